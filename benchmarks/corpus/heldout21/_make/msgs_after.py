from build import P, X, mail, tg, S1, S2, S3, S4, ALL

ORG = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"
LINES = {S1: "3 maj 2027, kl. 10.00–15.00, Falun", S2: "21 september 2027",
         S3: "29 november 2027", S4: "22 februari 2028"}


def confirmation(first, sessions):
    """The service's confirmation as it is sent."""
    rows = "\n".join(f"- {LINES[s]}" for s in sessions)
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            f"Du är anmäld till följande träffar:\n\n{rows}\n\nSvara på det här mejlet om något behöver ändras."
            "\n\nHälsningar\nDalaLab, Region Dalarna")


def outlook_quote(first, sessions, sent, to):
    return (f"\n\nFrån: {ORG}\nSkickat: {sent}\nTill: {to}\nÄmne: Bekräftelse: anmälan till DalaLab\n\n"
            + confirmation(first, sessions))


def gt_quote(first, sessions, head):
    body = confirmation(first, sessions)
    return f"\n\n{head} skrev {ORG}:\n\n" + "\n".join("> " + l if l else ">" for l in body.split("\n"))


REMINDER = """Hej!

Påminnelse: sista dag att anmäla sig till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffar:
1. 3 maj 2027 kl. 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på det här mejlet med namn, e-post, kommun och vilka träffar du vill gå på.

Välkommen!
Linnea Hassis
Region Dalarna"""


def reminder_quote(sent, to):
    return (f"\n\nFrån: {ORG}\nSkickat: {sent}\nTill: {to}\n"
            "Ämne: DalaLab – påminnelse: sista anmälningsdag 14 april\n\n" + REMINDER)


def messages():
    return [
        mail("u091", "2027-01-07T09:12", ("Engström Malin", "malin.engstrom@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nTack för bekräftelsen. Jag glömde skriva i anmälan att jag behöver glutenfri kost, "
             "både till fikat och lunchen. Går det att notera?\n\nVänliga hälsningar\n\nMalin Engström\n"
             "Översiktsplanerare\nSamhällsbyggnadsförvaltningen\nBorlänge kommun\nBesöksadress: Borganäsvägen 15\n"
             "781 81 Borlänge\nTel: 0243-74 00 00 (vxl), direkt 0243-74 12 83\nwww.borlange.se"
             + outlook_quote("Malin", ALL, "den 5 januari 2027 14:02",
                             "Engström Malin <malin.engstrom@borlange.se>"),
             X("change", [P("Malin Engström", "malin.engstrom@borlange.se", "Borlänge kommun", diet="glutenfri")],
               [], diet="glutenfri"),
             "Outlook reply to the confirmation adding a diet; names no session in her own text -> change with []; "
             "quoted confirmation lists all four; surname-first display name; phone numbers in signature"),

        mail("u092", "2027-01-08T13:40", ("Ronja Halvarsson", "ronja.halvarsson@ludvika.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             "Tack så mycket! Ser fram emot att träffas i Falun.\n\n/Ronja\n\nSkickat från min iPhone"
             + gt_quote("Ronja", [S1, S3], "Den 7 jan. 2027 kl. 16:31"),
             X("unknown", [], [], unsure=["intent"]),
             "thanks only, no request; quoted confirmation (3 May, 29 Nov) is not a signup; nothing to act on"),

        mail("u093", "2027-01-11T10:05", ("Nordin Lars", "lars.nordin@hedemora.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej Linnea,\n\nI bekräftelsen står alla fyra träffarna, men jag anmälde mig bara till de två första "
             "(3 maj och 21 september). Våren 2028 vet jag inte hur det ser ut än, och i november har vi budget. "
             "Kan du rätta så att jag bara står på de två?\n\nHälsningar\nLars Nordin\nPlanarkitekt\n"
             "Hedemora kommun | Stationsgatan 12, 776 30 Hedemora\nTel 0225-340 00 | Mobil 070-318 44 92\n"
             + outlook_quote("Lars", ALL, "den 10 januari 2027 19:47", "Nordin Lars <lars.nordin@hedemora.se>"),
             X("change", [P("Lars Nordin", "lars.nordin@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "correction of the registered sessions: confirmation shows all four, he wants only 3 May and 21 Sep "
             "-> change with the sessions after the change; 'november' and 'våren 2028' are reasons, not sessions"),

        mail("u094", "2027-01-13T15:22", ("Helena Brandt", "helena.brandt@gagnef.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag står nu på 3 maj. Lägg gärna till 29 november också – det passar bra med vår "
             "ÖP-revidering.\n\nMvh\nHelena Brandt\nSamhällsplanerare, Gagnefs kommun\n0241-150 00\n"
             + outlook_quote("Helena", [S1], "den 12 januari 2027 10:30",
                             "Helena Brandt <helena.brandt@gagnef.se>"),
             X("change", [P("Helena Brandt", "helena.brandt@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "addition of a session stated against her current one ('står nu på 3 maj, lägg till 29 november') "
             "-> change with both"),

        mail("u095", "2027-01-15T08:30", ("Kent Löfgren", "kent.lofgren@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\ntack för bekräftelsen. En fråga bara: kommer det gå att delta digitalt den 21 september? "
             "Det är lång väg från Orsa en tisdag mitt i budgetarbetet.\n\nHälsningar Kent\n\n"
             "Kent Löfgren\nBygg- och miljöförvaltningen\nOrsa kommun, Box 23, 794 21 Orsa\n0250-55 21 07"
             + outlook_quote("Kent", ALL, "den 14 januari 2027 09:05", "Kent Löfgren <kent.lofgren@orsa.se>"),
             X("question", [], []),
             "question in a reply to the confirmation (digital participation on 21 Sep); no change asked"),

        tg("u096", "2027-01-18T20:14", "Jesper Hallberg", 6021447938,
           "hej! jesper hallberg smedjebacken här. kan ni byta min 3 maj mot 29 nov? har semester i början av maj",
           X("change", [P("Jesper Hallberg", None, "Smedjebackens kommun")], [S3]),
           "bare swap 3 May -> 29 Nov gives only the new session; org from 'smedjebacken'"),

        mail("u097", "2027-01-20T11:02", ("Roger Strömberg", "roger.stromberg@vansbro.se"),
             "Avanmälan DalaLab – Annika Sund",
             "Hej!\n\nAnnika Sund (annika.sund@vansbro.se) som är anmäld till DalaLab slutar hos oss sista februari "
             "och ska därför strykas från samtliga träffar. Vi har ingen ersättare i dagsläget.\n\n"
             "Med vänlig hälsning\nRoger Strömberg\nSamhällsbyggnadschef\nVansbro kommun\n"
             "Järnvägsgatan 12, 780 50 Vansbro\n0281-750 00",
             X("cancel", [P("Annika Sund", "annika.sund@vansbro.se", "Vansbro kommun")], ALL),
             "manager cancels a colleague who is leaving, no substitute -> cancel all four; sender not in people"),

        mail("u098", "2027-01-25T07:48", ("Sofie Kvarnström", "sofie.kvarnstrom@borlange.se"),
             "Ny e-postadress – anmälan DalaLab",
             "Hej Linnea!\n\nJag anmälde mig i december till DalaLab från min gamla adress "
             "sofie.kvarnstrom@sater.se. Från och med 1 februari jobbar jag i stället som översiktsplanerare på "
             "Borlänge kommun, och jag vill gärna vara kvar i projektet. Kan du byta till den här adressen "
             "och Borlänge som kommun?\n\nTack på förhand!\n\nSofie Kvarnström\nBorlänge kommun",
             X("change", [P("Sofie Kvarnström", "sofie.kvarnstrom@borlange.se", "Borlänge kommun")], []),
             "job move Säter -> Borlänge, new address for an existing signup; no sessions named -> change with []; "
             "the old sater.se address is not a second person"),

        mail("u099", "2027-01-27T09:00", ("Wahlström Kristin", "kristin.wahlstrom@leksand.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag är ledig 25/1–5/2 och har begränsad tillgång till e-post. Ditt meddelande läses när "
             "jag är tillbaka.\n\nBrådskande ärenden: kontakta planeringsenheten, 0247-800 00.\n\n"
             "Kristin Wahlström\nLeksands kommun",
             X("auto_reply", [], []),
             "Outlook out-of-office to the confirmation; '25/1–5/2' is a leave period"),

        mail("u100", "2027-01-29T14:31", ("Microsoft Outlook",
                                          "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Olevererbart: Bekräftelse: anmälan till DalaLab",
             "Det gick inte att leverera till de här mottagarna eller grupperna:\n\n"
             "tomas.hjelm@smedjebaken.se\n"
             "Det gick inte att hitta mottagarens e-postdomän. Kontrollera att adressen är rätt stavad och "
             "försök igen.\n\n\n\n\n\n"
             "Diagnostisk information för administratörer:\n\nGenererar server: GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM\n\n"
             "tomas.hjelm@smedjebaken.se\nRemote Server returned '550 5.4.310 DNS domain smedjebaken.se does not "
             "exist [Message=InfoDomainNonexistent]'\n\nUrsprungliga meddelandehuvuden:\n\n"
             "Received: from GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM ([fe80::4c1:2b7a:81d0:e3f1]) by "
             "GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM; Fri, 29 Jan 2027 14:31:05 +0000\n"
             "From: " + ORG + "\nTo: tomas.hjelm@smedjebaken.se\nSubject: Bekräftelse: anmälan till DalaLab\n\n"
             + confirmation("Tomas", [S1, S2]),
             X("auto_reply", [], []),
             "Exchange NDR in Swedish for a mistyped domain; the returned confirmation names a person and two "
             "sessions -> nothing to register"),

        mail("u101", "2027-02-01T10:17", ("Kajsa Öhrn", "kajsa.ohrn@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nSmå sak bara – mitt namn är felstavat i bekräftelsen. Det är Kajsa Öhrn (med j och h), inte "
             "Kaisa Örn. Bra om det blir rätt på namnskylten :)\n\nHälsningar\nKajsa Öhrn\n"
             "Strategisk planerare, Leksands kommun\nKyrkallén 2, 793 31 Leksand"
             + outlook_quote("Kaisa", [S1, S2, S3], "den 29 januari 2027 15:44",
                             "Kajsa Öhrn <kajsa.ohrn@leksand.se>"),
             X("change", [P("Kajsa Öhrn", "kajsa.ohrn@leksand.se", "Leksands kommun")], []),
             "name correction in reply to the confirmation; the misspelt 'Kaisa Örn' is not a person; no sessions "
             "named -> change with []"),

        mail("u102", "2027-02-03T16:45", ("Grace Mwangi", "grace.mwangi@falun.se"),
             "RE: Bekräftelse: anmälan till DalaLab",
             "Hi Linnea,\n\nThanks for the confirmation. Unfortunately I won't be able to make the November "
             "session - I'm at a conference in Nairobi that week. I'll be there for the other three though.\n\n"
             "Best regards,\nGrace Mwangi\nUrban Planner | Falu kommun\n+46 23 82 47 10"
             + outlook_quote("Grace", ALL, "den 2 februari 2027 11:20", "Grace Mwangi <grace.mwangi@falun.se>"),
             X("cancel", [P("Grace Mwangi", "grace.mwangi@falun.se", "Falu kommun")], [S3]),
             "English partial withdrawal ('the November session') -> cancel of 29 Nov only"),

        mail("u103", "2027-02-05T08:20", ("Bengt Sjödin", "bengt.sjodin@mora.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag får tyvärr avanmäla mig från DalaLab. Vi har fått en stor detaljplan som ska klara "
             "samråd innan sommaren och jag hinner helt enkelt inte. Tråkigt!\n\nMvh\nBengt Sjödin\n"
             "Planeringsarkitekt\nMora kommun\nFredsgatan 16, 792 80 Mora\n0250-260 00"
             + outlook_quote("Bengt", ALL, "den 18 december 2026 13:12", "Bengt Sjödin <bengt.sjodin@mora.se>"),
             X("cancel", [P("Bengt Sjödin", "bengt.sjodin@mora.se", "Mora kommun")], ALL),
             "full own cancellation naming no session -> all four; 'innan sommaren' is no session"),

        mail("u104", "2027-02-08T06:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "PLANnytt nr 2 2027: Ny vägledning för översiktsplanering och vårens seminarier",
             "PLANnytt – nyhetsbrev för dig som arbetar med samhällsplanering\nNr 2, februari 2027\n\n"
             "I DETTA NUMMER\n* Boverket har publicerat en uppdaterad vägledning om planeringsstrategi\n"
             "* Webbinarium 3 maj: Så får ni ÖP-modellen att fungera i praktiken\n"
             "* Planeringsdagarna 21–22 september i Uppsala – anmäl dig senast 14 april för early bird-pris!\n\n"
             "Vill du anmäla dig? Klicka här: https://planeringsforum.se/anmalan\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på PLANnytt. Avsluta prenumerationen: "
             "https://planeringsforum.se/avsluta?id=88a1f2\nPlaneringsforum Sverige AB, Box 4172, 102 64 Stockholm",
             X("unknown", [], []),
             "newsletter with '3 maj', '21–22 september', 'senast 14 april' and 'anmäl dig' -> unknown"),

        mail("u105", "2027-02-09T12:10", ("Ida Persson", "ida.persson@rattvik.se"),
             "Ändring DalaLab – Ida Persson, Rättvik",
             "Hej!\n\nJag ska bli mamma i höst och går på föräldraledighet från augusti, så jag kan bara vara med "
             "på första träffen den 3 maj. Stryk mig gärna från höstens två träffar och den i februari 2028.\n\n"
             "Hoppas att någon kollega kan ta min plats längre fram, jag hör av mig om det.\n\n"
             "Vänligen\nIda Persson\nÖversiktsplanerare\nRättviks kommun\nStorgatan 2, 795 80 Rättvik\n"
             "0248-700 00",
             X("cancel", [P("Ida Persson", "ida.persson@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
             "leave: keeps 3 May, withdraws the other three -> cancel of those; a possible future colleague is "
             "not a person"),

        mail("u106", "2027-02-10T09:35", ("Eva Rydén", "eva.ryden@avesta.se"),
             "Byte av deltagare DalaLab – Avesta",
             "Hej Linnea,\n\nTobias Grahn (tobias.grahn@avesta.se) har fått en tjänst i Västerås och slutar hos oss "
             "i mars. Linda Moberg, linda.moberg@avesta.se, tar hans plats på alla fyra träffarna.\n\n"
             "Hör av dig om du behöver något mer.\n\nHälsningar\nEva Rydén\nEnhetschef Strategisk planering\n"
             "Avesta kommun\nTingsgatan 1, 774 81 Avesta\nTel 0226-64 50 00",
             X("change", [P("Tobias Grahn", "tobias.grahn@avesta.se", "Avesta kommun"),
                          P("Linda Moberg", "linda.moberg@avesta.se", "Avesta kommun")], ALL),
             "substitution in one message (job move): both people, substitute's sessions = all four; sender not "
             "in people"),

        mail("u107", "2027-02-12T19:55", ("Anneli Frost", "anneli.frost@sater.se"),
             "Radering av personuppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i januari. Jag vill nu att ni raderar alla personuppgifter "
             "ni har om mig (namn, e-post, kostuppgifter) i enlighet med GDPR artikel 17, och bekräftar när det "
             "är gjort.\n\nMed vänlig hälsning\nAnneli Frost\nSäters kommun",
             X("erasure", [P("Anneli Frost", "anneli.frost@sater.se", "Säters kommun")], []),
             "GDPR erasure after an earlier cancellation"),

        tg("u108", "2027-02-15T21:03", "Mikael Dahlberg", 5307719264,
           "hej igen! vill anmäla min kollega sara lind också, till 3 maj. hon jobbar med plan här på älvdalens "
           "kommun som jag 🙂",
           X("register", [P("Sara Lind", None, "Älvdalens kommun")], [S1]),
           "addition of a colleague (lower case name, no address) for 3 May; sender only writes for her"),

        mail("u109", "2027-02-17T11:28", ("Jennie Törnqvist", "jennie.tornqvist@falun.se"),
             "VB: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nBekräftelsen nedan hamnade hos min kollega Jenny Törnkvist eftersom min adress blev "
             "felstavad i er lista (jenny.tornkvist@falun.se). Min rätta adress är jennie.tornqvist@falun.se – "
             "alltså den jag skriver från. Kan ni rätta?\n\nTack!\nJennie Törnqvist\nPlanhandläggare\n"
             "Falu kommun, Stadshuset, 791 83 Falun\n023-83 000\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Jenny Törnkvist <jenny.tornkvist@falun.se>\n"
             "Skickat: den 16 februari 2027 16:02\nTill: Jennie Törnqvist <jennie.tornqvist@falun.se>\n"
             "Ämne: VB: Bekräftelse: anmälan till DalaLab\n\nDen här är nog till dig! /Jenny\n"
             + outlook_quote("Jennie", [S2, S3, S4], "den 16 februari 2027 09:41",
                             "jenny.tornkvist@falun.se"),
             X("change", [P("Jennie Törnqvist", "jennie.tornqvist@falun.se", "Falu kommun")], []),
             "address correction in a forwarded chain; the colleague who received it by mistake and the wrong "
             "address are not people; quoted sessions are not restated -> change with []"),

        mail("u110", "2027-02-19T13:50", ("Nordin Lars", "lars.nordin@hedemora.se"),
             "Anmälan ytterligare en deltagare – Hedemora",
             "Hej igen Linnea,\n\nTack för att du rättade min anmälan. Nu vill även min kollega Hugo Bergman "
             "(hugo.bergman@hedemora.se) vara med, på samma träffar som jag, alltså 3 maj och 21 september.\n\n"
             "Hälsningar\nLars Nordin\nPlanarkitekt\nHedemora kommun | Stationsgatan 12, 776 30 Hedemora\n"
             "Tel 0225-340 00 | Mobil 070-318 44 92",
             X("register", [P("Hugo Bergman", "hugo.bergman@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "Lars writes again (see u093) to add a colleague; Lars himself is already registered and not in "
             "people"),

        tg("u111", "2027-02-23T22:40", "Ida Persson",  4471190835,
           "hej, det är ida persson från rättvik. mejlade för ett par veckor sen att jag bara kan 3 maj, men nu "
           "blir jag sjukskriven innan dess så jag kan inte 3 maj heller 😞 sorry för strulet",
           X("cancel", [P("Ida Persson", None, "Rättviks kommun")], [S1]),
           "Ida writes again (see u105) on Telegram: withdraws her last session 3 May"),

        mail("u112", "2027-02-25T04:12", ("Ashley Moore", "ashley.moore@eventdatapro.net"),
             "DalaLab 2027 - Attendees List",
             "Hi,\n\nHope you're doing well.\n\nI wanted to check if you'd be interested in acquiring the "
             "Attendees/Visitors list of DalaLab - Planering för hållbarhet och utvecklingskraft 2027?\n\n"
             "List includes: Name, Title, Organization, Email, Phone, Address, Website.\n"
             "Number of contacts: 1,240 verified\n\nIf you are interested, let me know and I will send you the "
             "counts and pricing.\n\nLooking forward to your response.\n\nRegards,\nAshley Moore\n"
             "Event Data Solutions\n\nIf you do not wish to receive further emails, reply with 'Remove'.",
             X("unknown", [], []),
             "English attendee-list scam naming the event -> unknown"),

        mail("u113", "2027-03-01T09:44", ("Patrik Söderlund", "patrik.soderlund@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nMåste man gå på alla fyra träffarna för att det ska räknas, eller går det bra att hoppa över "
             "en om det krockar? Jag vet ännu inte om jag kan 22 februari 2028.\n\nMvh Patrik\n\n"
             "Patrik Söderlund\nSamhällsbyggnad, Leksands kommun"
             + outlook_quote("Patrik", ALL, "den 26 februari 2027 08:10",
                             "Patrik Söderlund <patrik.soderlund@leksand.se>"),
             X("question", [], []),
             "question (must one attend all four?); uncertainty about 22 Feb is not a cancellation"),

        mail("u114", "2027-03-02T14:05", ("Camilla Grönberg", "camilla.gronberg@alvdalen.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag ser att jag står på 3 maj. Kan ni ändra till 21 september i stället? Vi har "
             "kommunfullmäktige den 3 maj.\n\nSka också säga att jag är laktosintolerant.\n\n"
             "Hälsningar\nCamilla Grönberg\nPlan- och byggenheten\nÄlvdalens kommun\nDalgatan 21, 796 31 Älvdalen"
             + outlook_quote("Camilla", [S1], "den 1 mars 2027 17:20",
                             "Camilla Grönberg <camilla.gronberg@alvdalen.se>"),
             X("change", [P("Camilla Grönberg", "camilla.gronberg@alvdalen.se", "Älvdalens kommun",
                            diet="laktosintolerant")], [S2], diet="laktosintolerant"),
             "swap 3 May -> 21 Sep plus a diet in the same reply -> change with the new session and the diet"),

        mail("u115", "2027-03-04T08:03", ("Berit Sahlén", "berit.sahlen@rattvik.se"),
             "Läst: DalaLab – påminnelse: sista anmälningsdag 14 april",
             "Ditt meddelande\n\n  Till: Sahlén Berit\n  Ämne: DalaLab – påminnelse: sista anmälningsdag 14 april\n"
             "  Skickat: den 3 mars 2027 15:30\n\nlästes den 4 mars 2027 08:03.",
             X("auto_reply", [], []),
             "read receipt for the reminder"),

        mail("u116", "2027-03-05T10:30", ("Ulrika Forsman", "ulrika.forsman@mora.se"),
             "Avanmälan 21 september",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
             "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>"
             "</head><body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej!<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
             "<p class=\"MsoNormal\">V&auml;nligen avanm&auml;l Kristoffer Nystr&ouml;m och Maja Eriksson fr&aring;n "
             "tr&auml;ffen den 21 september &ndash; de &auml;r p&aring; studieresa i Rotterdam den veckan. De kommer "
             "p&aring; &ouml;vriga tr&auml;ffar som planerat.<o:p></o:p></p>"
             "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Tack!<o:p></o:p></p>"
             "<p class=\"MsoNormal\"><b>Ulrika Forsman</b><br>Planchef<br>Mora kommun<br>"
             "Fredsgatan 16, 792 80 Mora<br>Tel 0250-262 31</p></div></body></html>",
             X("cancel", [P("Kristoffer Nyström", None, "Mora kommun"), P("Maja Eriksson", None, "Mora kommun")],
               [S2]),
             "HTML-only Outlook mail; manager withdraws two colleagues from 21 Sep only; sender not in people", html=True),

        mail("u117", "2027-03-08T15:15", ("Marta Kowalczyk", "marta.kowalczyk@regiondalarna.se"),
             "Change of e-mail address - DalaLab registration",
             "Hello,\n\nI registered for DalaLab in January with my Ludvika address (marta.kowalczyk@ludvika.se). "
             "Since 1 March I work at Region Dalarna instead, so please use this address from now on. I'm "
             "still coming to all four sessions.\n\nKind regards,\nMarta Kowalczyk\nRegional planner\n"
             "Region Dalarna, Myntgatan 2, 791 51 Falun",
             X("change", [P("Marta Kowalczyk", "marta.kowalczyk@regiondalarna.se", "Region Dalarna")], ALL),
             "English job move Ludvika -> Region Dalarna; sessions stated ('still ... all four') -> change with all "
             "four; the old address is not a second person"),

        mail("u118", "2027-03-09T07:30", ("Sven Åkerlund", "sven.akerlund@ludvika.se"),
             "Automatiskt svar: DalaLab – påminnelse: sista anmälningsdag 14 april",
             "Hej! Jag är tjänstledig till och med 31 maj 2027 och läser inte min e-post. Kontakta i stället "
             "Samhällsbyggnadsförvaltningen, 0240-860 00.\n\nHi! I am on leave until 31 May 2027 and will not "
             "read my e-mail. Please contact the Community Development Department, +46 240 860 00.\n\n"
             "Sven Åkerlund\nLudvika kommun",
             X("auto_reply", [], []),
             "bilingual out-of-office to the reminder"),

        mail("u119", "2027-03-11T16:20", ("Oscar Lindh", "oscar.lindh@malung-salen.se"),
             "SV: DalaLab – påminnelse: sista anmälningsdag 14 april",
             "Hej!\n\nBra att ni påminde, det hade jag missat. Jag anmäler mig till 29/11 och 22/2. Våren är "
             "tyvärr redan full.\n\nHälsningar\nOscar Lindh\nFysisk planerare\nMalung-Sälens kommun\n"
             "Box 14, 782 21 Malung\n0280-181 00"
             + reminder_quote("den 10 mars 2027 08:00", "oscar.lindh@malung-salen.se"),
             X("register", [P("Oscar Lindh", "oscar.lindh@malung-salen.se", "Malung-Sälens kommun")], [S3, S4]),
             "signup replying to the reminder; '22/2' is the 2028 session; quoted reminder lists all dates and "
             "the deadline"),

        mail("u120", "2027-03-12T10:00", ("Helena Brandt", "helena.brandt@gagnef.se"),
             "Avanmälan kollega – Gagnef",
             "Hej igen!\n\nMin kollega Åsa Wennberg som vi anmälde i december kan tyvärr inte delta alls, hon har "
             "bytt tjänst internt. Vi återkommer om någon annan kan ta hennes plats.\n\nMvh\nHelena Brandt\n"
             "Samhällsplanerare, Gagnefs kommun\n0241-150 00",
             X("cancel", [P("Åsa Wennberg", None, "Gagnefs kommun")], ALL),
             "Helena writes again (see u094): colleague withdrawn without a substitute -> cancel all four"),

        tg("u121", "2027-03-15T12:12", "Albin Nord", 7120558341,
           "Hej! När kommer programmet för 3 maj ut? Och var i Falun är det, går det att ta tåget dit?",
           X("question", [], []),
           "Telegram question naming 3 May; no signup"),

        mail("u122", "2027-03-16T09:25", ("Gustav Lindén", "gustav.linden@sater.se"),
             "VB: DalaLab",
             "Hej Linnea,\n\nSe nedan – kan ni anmäla Rebecka också? Då är vi tre från Säter.\n\n"
             "Hälsningar\nGustav Lindén\nSamhällsbyggnadschef, Säters kommun\nRådhusgatan 1, 783 27 Säter\n\n"
             "Från: Rebecka Holm <rebecka.holm@sater.se>\nSkickat: den 15 mars 2027 14:51\n"
             "Till: Gustav Lindén <gustav.linden@sater.se>\nÄmne: DalaLab\n\n"
             "Hej Gustav!\n\nJag skulle gärna gå på DalaLab, i alla fall 21 sept och 29 nov som handlar om "
             "utvecklingsinriktning och osäkerheter. Kan du anmäla mig eller ska jag göra det själv?\n\n/Rebecka",
             X("register", [P("Rebecka Holm", "rebecka.holm@sater.se", "Säters kommun")], [S2, S3]),
             "forwarded internal mail: manager asks to register the colleague; her sessions and address are only in "
             "the forwarded part"),

        mail("u123", "2027-03-18T14:40", ("Jonna Hellström", "jonna.hellstrom@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag kan inte den 29/11 (semester), men min kollega Linus Ek går i mitt ställe den dagen. "
             "De andra träffarna går jag på själv.\n\nHälsningar\nJonna Hellström\nBorlänge kommun\n"
             "Mobil 072-545 18 30"
             + outlook_quote("Jonna", ALL, "den 20 januari 2027 10:02",
                             "Jonna Hellström <jonna.hellstrom@borlange.se>"),
             X("change", [P("Jonna Hellström", "jonna.hellstrom@borlange.se", "Borlänge kommun"),
                          P("Linus Ek", None, "Borlänge kommun")], [S3]),
             "substitution for one session: both people, the substitute's session (29 Nov)"),

        mail("u124", "2027-03-22T08:55", ("Helena Brandt", "helena.brandt@gagnef.se"),
             "Ersättare för Åsa Wennberg – Gagnef",
             "Hej Linnea!\n\nSom jag skrev häromveckan avanmälde vi Åsa Wennberg. Nu kan Pontus Ahl "
             "(pontus.ahl@gagnef.se) ta hennes plats på alla träffarna.\n\nMvh\nHelena Brandt\n"
             "Samhällsplanerare, Gagnefs kommun\n0241-150 00",
             X("register", [P("Pontus Ahl", "pontus.ahl@gagnef.se", "Gagnefs kommun")], ALL),
             "Helena's third mail: newcomer replacing a colleague cancelled earlier (u120) -> register; Åsa is "
             "not in people"),

        tg("u125", "2027-03-23T19:10", "Viktoria Bergh", 6894203117,
           "Hej. Jag har avanmält mig från DalaLab. Radera mina uppgifter hos er tack.",
           X("erasure", [P("Viktoria Bergh", None, None)], []),
           "Telegram erasure after a cancellation; no organisation given"),

        mail("u126", "2027-03-24T11:30", ("Falu kommun Registrator", "registrator@falun.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             "Tack för ditt meddelande till Falu kommun.\n\nDitt e-postmeddelande har tagits emot och kommer att "
             "registreras och fördelas till berörd förvaltning. Du får inget ytterligare svar från denna adress.\n\n"
             "Observera att e-post till kommunen kan bli allmän handling.\n\nÖppettider kontaktcenter: "
             "måndag–fredag 08.00–16.30, tel 023-83 000.\n\nFalu kommun\nStadshuset, 791 83 Falun",
             X("auto_reply", [], []),
             "municipal registry's automatic receipt (confirmation sent to a registry address)"),

        mail("u127", "2027-03-25T13:15", ("Bengt Sjödin", "bengt.sjodin@mora.se"),
             "Anmälan igen – DalaLab",
             "Hej Linnea,\n\nJag avanmälde mig i februari, men nu har detaljplanen skjutits fram och jag har fått "
             "loss tid i höst. Kan jag anmäla mig igen till höstens två träffar?\n\nMvh\nBengt Sjödin\n"
             "Planeringsarkitekt\nMora kommun\nFredsgatan 16, 792 80 Mora\n0250-260 00",
             X("register", [P("Bengt Sjödin", "bengt.sjodin@mora.se", "Mora kommun")], [S2, S3]),
             "Bengt writes again (see u103): re-registers for 'höstens två träffar' = 21 Sep + 29 Nov"),

        mail("u128", "2027-03-26T10:40", ("Tove Lundin", "tove.lundin@hedemora.se"),
             "Fråga om antal platser",
             "Hej!\n\nVi är redan tre anmälda från Hedemora (Lars Nordin, Hugo Bergman och jag). Nu vill "
             "ytterligare en kollega vara med, men bara på en träff. Går det att ordna, eller finns det en "
             "reservlista?\n\nVänliga hälsningar\nTove Lundin\nHedemora kommun",
             X("question", [], []),
             "quota question naming registered colleagues; no one is signed up or changed"),

        mail("u129", "2027-03-29T08:15", ("Eva Rydén", "eva.ryden@avesta.se"),
             "Kost – Linda Moberg, DalaLab",
             "Hej Linnea,\n\nEn sak till om Linda Moberg som tog över Tobias plats: hon är vegan. "
             "Kan ni notera det till fika och lunch?\n\nHälsningar\nEva Rydén\nEnhetschef Strategisk planering\n"
             "Avesta kommun\nTel 0226-64 50 00",
             X("change", [P("Linda Moberg", None, "Avesta kommun", diet="vegan")], [], diet="vegan"),
             "Eva writes again (see u106): a colleague's diet, no sessions -> change with []; no address in this "
             "message -> email null, organisation from the sender"),

        tg("u130", "2027-03-31T17:05", "Hampus Ljung", 5980334172,
           "kan tyvärr inte 22/2, men annars kommer jag på allt. /hampus, ludvika",
           X("cancel", [P("Hampus Ljung", None, "Ludvika kommun")], [S4]),
           "partial withdrawal on Telegram -> cancel of 22 Feb 2028 only"),

        mail("u131", "2027-04-02T09:20", ("Microsoft 365 Admin", "no-reply@mso365-secure-login.com"),
             "Åtgärd krävs: din brevlåda är nästan full",
             "Kära användare linnea.hassis@regiondalarna.se,\n\nDin brevlåda har nått 98% av sin lagringsgräns. "
             "Inkommande meddelanden kommer att avvisas efter 48 timmar.\n\nKlicka nedan för att verifiera ditt "
             "konto och få 50 GB extra gratis:\n\nVERIFIERA NU: https://mso365-secure-login.com/verify\n\n"
             "Microsoft Corporation 2027. Alla rättigheter förbehållna.",
             X("unknown", [], []),
             "phishing in Swedish -> unknown"),

        mail("u132", "2027-04-06T14:00", ("Elsa Norling", "elsa.norling@vansbro.se"),
             "Är jag anmäld?",
             "Hej,\n\nJag skickade en anmälan till alla fyra träffarna den 2 februari men har inte fått någon "
             "bekräftelse. Kan ni kolla att jag finns med? Sista dagen närmar sig ju.\n\nTack!\nElsa Norling\n"
             "Vansbro kommun",
             X("question", [], [], unsure=["intent"]),
             "asks whether an earlier signup went through; labelled question (a human might re-register her)",
             charset="windows-1252"),

        tg("u133", "2027-04-08T21:30", "Karl Wiberg", 1688204957,
           "hej! hinner jag anmäla mig? isf alla fyra. karl wiberg, orsa kommun, karl.wiberg@orsa.se",
           X("register", [P("Karl Wiberg", "karl.wiberg@orsa.se", "Orsa kommun")], ALL),
           "late signup that also asks if it is in time -> register all four; address in the text"),

        mail("u134", "2027-04-09T15:45", ("Stefan Rydh", "stefan.rydh@malung-salen.se"),
             "SV: DalaLab – påminnelse: sista anmälningsdag 14 april",
             "Hej!\n\nVi är två till från Malung-Sälen som vill anmäla oss till första och sista träffen: jag och "
             "Frida Ström (frida.strom@malung-salen.se). Frida behöver vegetarisk kost.\n\nMvh\nStefan Rydh\n"
             "Näringslivs- och planeringsenheten\nMalung-Sälens kommun\n0280-181 00"
             + reminder_quote("den 10 mars 2027 08:00", "planering@malung-salen.se"),
             X("register", [P("Stefan Rydh", "stefan.rydh@malung-salen.se", "Malung-Sälens kommun"),
                            P("Frida Ström", "frida.strom@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk")], [S1, S4], diet="vegetarisk"),
             "late signup for self + colleague, 'första och sista träffen' = 3 May + 22 Feb; colleague's diet; "
             "quoted reminder lists all dates"),

        mail("u135", "2027-04-10T10:05", ("Kent Löfgren", "kent.lofgren@orsa.se"),
             "Ändrad anmälan DalaLab – Kent Löfgren",
             "Hej,\n\nJag slutar på Orsa kommun sista april och börjar på Länsstyrelsen efter sommaren. Jag "
             "avanmäler mig därför från träffarna i september, november och februari, men kommer gärna den 3 maj "
             "som planerat.\n\nHälsningar\nKent Löfgren\nBygg- och miljöförvaltningen\nOrsa kommun, Box 23, "
             "794 21 Orsa\n0250-55 21 07",
             X("cancel", [P("Kent Löfgren", "kent.lofgren@orsa.se", "Orsa kommun")], [S2, S3, S4]),
             "Kent writes again (see u095): job move, withdraws the three later sessions, keeps 3 May -> cancel of "
             "those three; the future employer Länsstyrelsen is not his organisation now"),
    ]
