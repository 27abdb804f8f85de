from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """Hej,

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt
om strategisk översiktsplanering och planeringsstrategier för dig som jobbar med planeringsprocesser
i kommun eller region.

Lärprojektet består av fyra träffar:
• måndag 3 maj 2027 kl. 10–15 (fika från 9.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
  och planeringsstrategins roll för en stärkt översiktsplanering. Boverket medverkar.
• tisdag 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan
  man jobba med det?
• måndag 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• tisdag 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
  digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista dag för anmälan är den 14 april 2027.
Uppge namn, organisation, e-post, eventuell specialkost och vilka träffar du vill delta i.

Hälsningar
Linnea Hassis
Region Dalarna"""


def q(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def messages():
    return [
        mail("l001", "2027-02-15T08:47", ("Anders Wahlström", "anders.wahlstrom@hedemora.se"),
             "SV: Inbjudan DalaLab – anmälan senast 14 april",
             "Hej Linnea!\n\nJag vill gärna anmäla mig till samtliga träffar.\n\nVänliga hälsningar\n\n"
             "Anders Wahlström\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\nHedemora kommun\n"
             "Tel: 0225-345 12\nMobil: 070-318 44 90\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 8 februari 2027 13:20\n"
             "Till: Anders Wahlström <anders.wahlstrom@hedemora.se>\n"
             "Ämne: Inbjudan DalaLab – anmälan senast 14 april\n\n" + INV,
             X("register", [P("Anders Wahlström", "anders.wahlstrom@hedemora.se", "Hedemora kommun")], ALL),
             "Outlook reply over the quoted invitation (all four dates, deadline); 'samtliga träffar' = all four"),

        tg("l002", "2027-02-16T21:14", "Therese Lund", 6012447381,
           "hej! anmäler mig till vårträffen o novemberträffen 🙂 therese, orsa kommun",
           X("register", [P("Therese Lund", None, "Orsa kommun")], [S1, S3]),
           "telegram; 'vårträffen' = 3 May (only spring session), 'novemberträffen' = 29 Nov; lower case org"),

        mail("l003", "2027-02-17T10:03", ("Robert Sjödin", "robert.sjodin@avesta.se"), "Anmälan DalaLab",
             "Hej,\n\nJag och min kollega Malin Åhs (malin.ahs@avesta.se) vill anmäla oss till 3/5 och 21/9. "
             "Malin är glutenfri.\n\nMvh\nRobert Sjödin\nPlanarkitekt\nAvesta kommun\nKungsgatan 32, 774 81 Avesta\n"
             "0226-64 51 07",
             X("register", [P("Robert Sjödin", "robert.sjodin@avesta.se", "Avesta kommun"),
                            P("Malin Åhs", "malin.ahs@avesta.se", "Avesta kommun", diet="glutenfri")],
               [S1, S2], diet="glutenfri"),
             "self + colleague with address; '3/5 och 21/9'; colleague's diet; street number and postcode"),

        mail("l004", "2027-02-18T07:31", ("Pernilla Fors", "pernilla.fors@alvdalen.se"),
             "Automatiskt svar: Påminnelse: DalaLab",
             "Hej!\n\nJag är ledig till och med den 28 februari och läser inte min e-post. "
             "Ditt meddelande vidarebefordras inte.\n\nVid brådskande ärenden, kontakta "
             "samhällsbyggnadskontoret på 0251-801 00 (vardagar 8–16).\n\nPernilla Fors\nÄlvdalens kommun",
             X("auto_reply"),
             "Outlook out-of-office written like a person; '28 februari' and office hours are no sessions"),

        mail("l005", "2027-02-19T13:40", ("Camilla Törnqvist", "camilla.tornqvist@borlange.se"),
             "Fråga om DalaLab",
             "Hej Linnea,\n\nVi är fyra på planavdelningen som är intresserade av DalaLab. Står det i inbjudan "
             "att det är max tre per kommun, eller är det per förvaltning? Och måste man gå på alla fyra "
             "träffarna eller kan man välja ut några?\n\nVi vill gärna reda ut det innan vi anmäler oss.\n\n"
             "Tack på förhand!\nCamilla Törnqvist\nPlanchef, Borlänge kommun\n0243-740 00",
             X("question"),
             "question before signing up; mentions 'fyra' and 'tre' (quota) but no signup"),

        mail("l006", "2027-02-22T09:55", ("Katarina Wennberg", "katarina.wennberg@lansstyrelsen.se"),
             "Anmälan till lärprojektet DalaLab",
             "Hej Linnea,\n\nTack för inbjudan till lärprojektet. Länsstyrelsen har ett länsövergripande "
             "samrådsmöte den 3 maj och jag har därför inte möjlighet att delta vid den första träffen. "
             "Däremot anmäler jag mig gärna till träffen om utvecklingsinriktning i ÖP-modellen samt den "
             "avslutande träffen om tillgänglighet, eftersom de ligger nära vårt uppdrag kring "
             "översiktsplanernas aktualitet.\n\nJag har inga särskilda kostbehov.\n\n"
             "Med vänlig hälsning\n\nKatarina Wennberg\nHandläggare, enheten för samhällsplanering\n"
             "Länsstyrelsen Dalarna\nBesöksadress: Åsgatan 38, Falun\nPostadress: 791 84 Falun\n"
             "Telefon: 010-225 03 48 (telefontid mån–tors 9–11)\n\n"
             "När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter. "
             "Läs mer på www.lansstyrelsen.se/dalarna.",
             X("register", [P("Katarina Wennberg", "katarina.wennberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S4]),
             "sessions only by theme (utvecklingsinriktning = 21 Sep, tillgänglighet = 22 Feb 2028); "
             "3 May named as NOT attended; 'inga särskilda kostbehov' = no diet; GDPR footer"),

        mail("l007", "2027-02-23T14:12", ("Oskar Lindh", "oskar.lindh@regiondalarna.se"), "DalaLab - två från RUF",
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej Linnea!</p>"
             "<p>Vi är två från avdelningen f&ouml;r regional utveckling som vill vara med p&aring; "
             "samtliga tillf&auml;llen:</p>"
             "<ul><li>Oskar Lindh (jag)</li>"
             "<li>Fatima Rahimi, fatima.rahimi@regiondalarna.se &ndash; vegansk kost</li></ul>"
             "<p>Ses i maj!</p>"
             "<p>/Oskar</p>"
             "<p style=\"color:#7f7f7f;font-size:9pt\">Oskar Lindh<br>Samh&auml;llsplanerare<br>Region Dalarna<br>"
             "Box 712, 791 29 Falun<br>Tfn 023-49 00 00</p></div></body></html>",
             X("register", [P("Oskar Lindh", "oskar.lindh@regiondalarna.se", "Region Dalarna"),
                            P("Fatima Rahimi", "fatima.rahimi@regiondalarna.se", "Region Dalarna", diet="vegansk")],
               ALL, diet="vegansk"),
             "HTML-only with entities, bullet list; '(jag)'; 'samtliga tillfällen' = all four; 'Ses i maj' adds nothing",
             html=True),

        tg("l008", "2027-02-24T18:20", "Lukas Meier", 5530981124,
           "Hi! I'd like to sign up for the first two meetings (May and September). "
           "Lukas, urban planner at Ludvika municipality",
           X("register", [P("Lukas Meier", None, "Ludvika kommun")], [S1, S2]),
           "English telegram; 'first two meetings' = 3 May + 21 Sep; 'Ludvika municipality'"),

        mail("l009", "2027-02-25T06:00", ("Plan & Bygg Nytt", "nyhetsbrev@planbyggnytt.se"),
             "Nyhetsbrev v. 8: Ny PBL-praxis, översiktsplanering och våra vårwebbinarier",
             "PLAN & BYGG NYTT – vecka 8 2027\n\n"
             "I detta nummer:\n- Boverket: ny vägledning om planeringsstrategier\n"
             "- Så jobbar tre kommuner med utvecklingsinriktningar i ÖP\n"
             "- Mark- och miljööverdomstolen: fem domar du bör känna till\n\n"
             "WEBBINARIER VÅREN 2027\nAnmäl dig redan idag! Måndag 3 maj: Digital översiktsplan i praktiken. "
             "Tisdag 21 september: Klimatanpassning i detaljplan. Pris 1 495 kr exkl. moms.\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Plan & Bygg Nytt. "
             "Avregistrera dig här: https://planbyggnytt.se/avregistrera",
             X("unknown"),
             "newsletter naming '3 maj' and '21 september' with 'Anmäl dig' -> unknown, no people"),

        mail("l010", "2027-02-26T11:08", ("Susanne Backman", "susanne.backman@gagnef.se"),
             "Anmälan DalaLab – Per-Olof Dahlin",
             "Hej!\n\nJag anmäler härmed vår samhällsbyggnadschef Per-Olof Dahlin (per-olof.dahlin@gagnef.se) "
             "till DalaLab. Han deltar på alla träffar utom den 29 november, då han har budgetberedning.\n\n"
             "Eventuella frågor kan ställas till mig.\n\nMed vänliga hälsningar\nSusanne Backman\n"
             "Ledningsassistent\nGagnefs kommun\n0241-150 00",
             X("register", [P("Per-Olof Dahlin", "per-olof.dahlin@gagnef.se", "Gagnefs kommun")], [S1, S2, S4]),
             "assistant registers her manager (sender not in people); 'alla utom den 29 november' = three sessions; "
             "hyphenated first name with address in text"),

        mail("l011", "2027-03-01T07:12", ("Karl Nordin", "karl.nordin@rattvik.se"), "DalaLab",
             "Anmäl mig till 21/9 o 29/11 tack\n/Kalle\n\nSkickat från min iPhone",
             X("register", [P("Karl Nordin", "karl.nordin@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "very short phone mail; nickname signature 'Kalle', name from From; org only from rattvik.se"),

        mail("l012", "2027-03-02T15:26", ("Elsa Brandt", "elsa.brandt@ludvika.se"), "Avanmälan",
             "Hej Linnea,\n\nJag måste tyvärr avanmäla mig från DalaLab. Jag har fått en tjänst i Gävle och "
             "slutar hos Ludvika kommun den 31 mars. Det kommer säkert en ny översiktsplanerare efter mig "
             "som kanske hör av sig.\n\nTack för allt och lycka till med projektet!\n\nElsa Brandt\n"
             "Översiktsplanerare, Ludvika kommun\n0240-860 00",
             X("cancel", [P("Elsa Brandt", "elsa.brandt@ludvika.se", "Ludvika kommun")], ALL),
             "full cancellation, no session named -> all four; '31 mars' is not a session; a future successor "
             "is no signup"),

        mail("l013", "2027-03-03T12:44", ("Hussein Al-Amin", "hussein.al-amin@smedjebacken.se"),
             "Anmälan + fråga om parkering",
             "Hej!\n\nAnmäler mig till första träffen i Falun. Går det att parkera vid lokalen eller ska man "
             "ta tåget? Det går ett tåg från Smedjebacken 07.42 som är framme strax efter nio.\n\n"
             "Hälsningar\nHussein Al-Amin\nBygglov och planering\nSmedjebackens kommun",
             X("register", [P("Hussein Al-Amin", "hussein.al-amin@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "signup with a question (still register); 'första träffen' = 3 May; train times are not dates"),

        tg("l014", "2027-03-04T20:02", "Mattias Örn", 7190234456,
           "tjena, är septemberträffen digital eller på plats? o var isf",
           X("question"),
           "telegram question naming the September session; no signup"),

        mail("l015", "2027-03-05T19:37", ("Tilda Nordqvist", "tilda.nordqvist@gmail.com"), "Anmälan",
             "Hej!\n\nSkriver från privata mejlen eftersom jobbmejlen krånglar just nu. Jag heter Tilda "
             "Nordqvist och är planeringsarkitekt på Vansbro kommun. Jag vill anmäla mig till de två "
             "höstträffarna. Laktosfri kost, tack.\n\nHälsningar\nTilda",
             X("register", [P("Tilda Nordqvist", "tilda.nordqvist@gmail.com", "Vansbro kommun", diet="laktosfri")],
               [S2, S3], diet="laktosfri"),
             "private gmail address but organisation given in text; 'de två höstträffarna' = 21 Sep + 29 Nov"),

        mail("l016", "2027-03-08T09:21", ("Johan Pers", "johan.pers@mora.se"), "SV: Bekräftelse DalaLab",
             "Hej igen!\n\nJag är anmäld till 3 maj. Kan ni lägga till 29 november också? Jag har pratat med "
             "min chef och det går bra.\n\nMvh Johan\n\n"
             "Den 18 februari 2027 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Johan!\n>\n> Tack för din anmälan. Du är anmäld till träffen måndag 3 maj 2027 i Falun.\n"
             "> Fika serveras från kl. 9.30.\n>\n> Hälsningar\n> Linnea",
             X("change", [P("Johan Pers", "johan.pers@mora.se", "Mora kommun")], [S1, S3]),
             "addition to an existing signup -> change with both sessions (stated); quoted confirmation"),

        mail("l017", "2027-03-09T14:50", ("Anna-Karin Sjöström", "anna-karin.sjostrom@mora.se"),
             "VB: DalaLab?",
             "Hej Linnea,\n\nSe nedan – Sanna vill gärna vara med i DalaLab och jag tycker det är en bra idé. "
             "Kan du anmäla henne? Själv deltar jag inte.\n\nHälsningar\nAnna-Karin Sjöström\n"
             "Enhetschef Plan, Mora kommun\n\n"
             "Från: Sanna Wikén <sanna.wiken@mora.se>\nSkickat: den 8 mars 2027 16:31\n"
             "Till: Anna-Karin Sjöström <anna-karin.sjostrom@mora.se>\nÄmne: DalaLab?\n\n"
             "Hej! Jag såg inbjudan till DalaLab från regionen. Skulle gärna gå, åtminstone i maj och "
             "september – november krockar med samrådet för fördjupningen av ÖP:n. Ok för dig?\n\n/Sanna",
             X("register", [P("Sanna Wikén", "sanna.wiken@mora.se", "Mora kommun")], [S1, S2]),
             "manager forwards (VB:) colleague's internal mail; sender not in people; person and address only in "
             "the forwarded header; 'i maj och september', November explicitly not"),

        mail("l018", "2027-03-10T11:15", ("Helena Bergkvist", "helena.bergkvist@regiondalarna.se"),
             "Lägg till mig",
             "Hej Linnea!\n\nLägg gärna till mig på listan till DalaLab – jag kommer på alla träffar utom den "
             "sista. Jag har nötallergi.\n\n/Helena\n\nHelena Bergkvist\nUtvecklingsstrateg, Region Dalarna\n"
             "023-49 01 23",
             X("register", [P("Helena Bergkvist", "helena.bergkvist@regiondalarna.se", "Region Dalarna",
                              diet="nötallergi")], [S1, S2, S3], diet="nötallergi"),
             "organiser's colleague at the region; 'alla utom den sista' = three sessions; diet"),

        mail("l019", "2027-03-11T16:03", ("Sofie Lagerqvist", "sofie.lagerqvist@smedjebacken.se"),
             "Radera mina personuppgifter",
             "Hej,\n\nJag har fått flera utskick om DalaLab. Jag ber er radera de personuppgifter ni har om "
             "mig (namn och e-postadress) ur era register och utskickslistor, med stöd av artikel 17 i "
             "dataskyddsförordningen. Jag kommer inte att delta.\n\nSofie Lagerqvist\nSmedjebackens kommun",
             X("erasure", [P("Sofie Lagerqvist", "sofie.lagerqvist@smedjebacken.se", "Smedjebackens kommun")]),
             "GDPR erasure request; 'kommer inte att delta' does not make it a cancel"),

        tg("l020", "2027-03-12T12:30", "Jessica Pettersson", 6677012395,
           "hej! vi blir två från säter: jag och Ahmed Yusuf. alla träffar 👍",
           X("register", [P("Jessica Pettersson", None, "Säters kommun"), P("Ahmed Yusuf", None, "Säters kommun")],
             ALL),
           "telegram; sender + colleague; 'säter' lower case; 'alla träffar'"),

        mail("l021", "2027-03-15T08:05", ("Tomas Keller", "tomas.keller@falun.se"), "RE: Inbjudan DalaLab",
             "Dear Linnea,\n\nI started as a planning architect at Falun municipality in January, and my "
             "manager forwarded your invitation. I would like to attend on May 3rd, and if possible also the "
             "sessions in November and February. My Swedish is still improving, so I hope English is fine.\n\n"
             "Best regards,\nTomas Keller\nFalu kommun, Stadsbyggnadsförvaltningen\n+46 23 82 000\n\n"
             + q(INV),
             X("register", [P("Tomas Keller", "tomas.keller@falun.se", "Falu kommun")], [S1, S3, S4]),
             "English reply over the '>'-quoted Swedish invitation; 'May 3rd ... November and February' = "
             "three sessions; 'in January' is not a session"),

        mail("l022", "2027-03-15T10:41", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Olevererbart: Bekräftelse på anmälan till DalaLab",
             "Det gick inte att leverera meddelandet till följande mottagare:\n\n"
             "    johan.ersson@smedjebaken.se\n    Mottagarens domän hittades inte (550 5.1.2).\n\n"
             "Diagnostisk information för administratörer:\nGenererande server: mx1.regiondalarna.se\n"
             "Remote Server returned '550 5.1.2 Host unknown'\n\n"
             "----- Ursprungligt meddelande -----\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nDatum: 15 mars 2027 10:40\n"
             "Ämne: Bekräftelse på anmälan till DalaLab\n\n"
             "Hej Johan Ersson!\n\nTack för din anmälan till DalaLab. Du är anmäld till:\n"
             "- måndag 3 maj 2027\n- tisdag 21 september 2027\n\nVälkommen!\nLinnea Hassis, Region Dalarna",
             X("auto_reply"),
             "bounce for a misspelled domain; returned confirmation holds a name and two dates -> nothing"),

        mail("l023", "2027-03-16T13:17", ("Göran Lilja", "goran.lilja@hedemora.se"), "Ändring av anmälan",
             "Hej!\n\nJenny Borg, som anmäldes från oss i januari, har slutat hos Hedemora kommun och kommer "
             "alltså inte på någon av träffarna. Vi återkommer om vi hittar någon som kan ta hennes plats.\n\n"
             "Hälsningar\nGöran Lilja\nEnhetschef, Plan och bygg\nHedemora kommun",
             X("cancel", [P("Jenny Borg", None, "Hedemora kommun")], ALL),
             "manager withdraws a colleague without substitute -> cancel despite subject 'Ändring'; sender not in "
             "people; possible replacement is not a signup"),

        mail("l024", "2027-03-17T15:58", ("Linus Holmqvist", "linus.holmqvist@falun.se"), "Re: DalaLab",
             "Hej igen,\n\nNu har jag fått klartecken från min chef! Anmäl mig till alla fyra.\n\nLinus\n\n"
             "Den 12 mars 2027 kl. 09:14 skrev Linus Holmqvist <linus.holmqvist@falun.se>:\n"
             "> Hej!\n> Jag är intresserad av DalaLab men måste kolla med min chef först. Går det bra att "
             "bara\n> anmäla sig till 21 sept om det blir så?\n>\n> Linus Holmqvist, Falu kommun",
             X("register", [P("Linus Holmqvist", "linus.holmqvist@falun.se", "Falu kommun")], ALL),
             "Gmail-style reply over his own earlier question: the quoted '21 sept' is superseded by 'alla fyra'"),

        mail("l025", "2027-03-18T10:26", ("Ida Rask", "ida.rask@borlange.se"), "Anmälan från Borlänge kommun",
             "Hej Linnea,\n\nEfter ditt svar på Camillas fråga har vi bestämt oss – här är Borlänges tre:\n\n"
             "Anna Lind, anna.lind@borlange.se – 3/5 och 29/11\n"
             "Mikael Sten, mikael.sten@borlange.se – 3/5 (vegetarisk)\n"
             "Jag själv – 3/5 och 21/9\n\n"
             "Hör av dig om något är oklart.\n\nIda Rask\nPlanarkitekt\nBorlänge kommun\n0243-741 86",
             X("register", [P("Anna Lind", "anna.lind@borlange.se", "Borlänge kommun"),
                            P("Mikael Sten", "mikael.sten@borlange.se", "Borlänge kommun", diet="vegetarisk"),
                            P("Ida Rask", "ida.rask@borlange.se", "Borlänge kommun")],
               [S1, S2, S3], diet="vegetarisk"),
             "three people with per-person sessions -> union 3/5, 21/9, 29/11; 'Jag själv' = sender; "
             "surnames Lind and Sten are common words"),

        tg("l026", "2027-03-19T07:49", "Eva Sahlin", 5102938475,
           "hej igen! glömde skriva att jag är glutenintolerant. /Eva, Leksand",
           X("change", [P("Eva Sahlin", None, "Leksands kommun", diet="glutenintolerant")], [],
             diet="glutenintolerant"),
           "diet update naming no session -> change with []; 'Leksand'"),

        mail("l027", "2027-03-22T09:12", ("Anneli Frisk", "anneli.frisk@alvdalen.se"), "Anmälan DalaLab",
             "<html><body><p>Hej!</p><p>H&auml;r kommer min anm&auml;lan:</p>"
             "<table border=\"1\" cellpadding=\"4\">"
             "<tr><td><b>Namn</b></td><td>Anneli Frisk</td></tr>"
             "<tr><td><b>Organisation</b></td><td>&Auml;lvdalens kommun</td></tr>"
             "<tr><td><b>E-post</b></td><td>anneli.frisk@alvdalen.se</td></tr>"
             "<tr><td><b>Tr&auml;ffar</b></td><td>3/5, 21/9, 29/11, 22/2</td></tr>"
             "<tr><td><b>Specialkost</b></td><td>Nej</td></tr></table>"
             "<p>Mvh Anneli</p></body></html>",
             X("register", [P("Anneli Frisk", "anneli.frisk@alvdalen.se", "Älvdalens kommun")], ALL),
             "HTML-only form-like table; all four dates listed; 'Specialkost: Nej' = no diet",
             html=True),

        mail("l028", "2027-03-23T11:30", ("Birgitta Hallin", "birgitta.hallin@falun.se"), "Väntelista?",
             "Hej Linnea,\n\nVi har redan tre anmälda från Falu kommun, men vi har en praktikant från "
             "Samhällsplanerarprogrammet som gärna skulle följa med den 3 maj. Finns det möjlighet till det, "
             "eller hamnar hon i så fall på en väntelista? Vet du förresten vilka tre som står anmälda "
             "hos dig – vi har tappat bort det lite internt.\n\nMvh\nBirgitta Hallin\nStadsbyggnadschef, "
             "Falu kommun",
             X("question"),
             "question about a fourth (unnamed) person and the quota; names 3 May but nobody is signed up"),

        mail("l029", "2027-03-24T13:05", ("Margareta Öhrn", "margareta.ohrn@lansstyrelsen.se"),
             "Anmälan DalaLab från Länsstyrelsen",
             "Hej,\n\nAnmäl gärna Holm, Annika och Ström, Jesper (båda på samhällsbyggnadsenheten) till "
             "höstens båda träffar. Själv har jag tyvärr inte möjlighet att delta i år.\n\n"
             "Med vänlig hälsning\nMargareta Öhrn\nEnhetschef\nLst Dalarna\n010-225 00 00",
             X("register", [P("Annika Holm", None, "Länsstyrelsen Dalarna"),
                            P("Jesper Ström", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "'Efternamn, Förnamn' pairs joined by 'och'; sender not attending; 'höstens båda träffar' = "
             "21 Sep + 29 Nov; 'Lst Dalarna'"),

        mail("l030", "2027-03-25T08:40", ("Maja Sundell", "maja.sundell@leksand.se"), "Byte 3 maj",
             "Hej Linnea!\n\nJag kan inte gå den 3 maj eftersom jag ska på en utbildning i Stockholm den "
             "veckan. Min kollega Tove Mård (tove.mard@leksand.se) går i mitt ställe den dagen. Resten av "
             "träffarna går jag på som planerat.\n\nTove äter vegetariskt.\n\nTack!\nMaja Sundell\n"
             "Leksands kommun",
             X("change", [P("Maja Sundell", "maja.sundell@leksand.se", "Leksands kommun"),
                          P("Tove Mård", "tove.mard@leksand.se", "Leksands kommun", diet="vegetariskt")],
               [S1], diet="vegetariskt"),
             "substitution for one session: both people, sessions = what the substitute takes (3 May); the "
             "sender keeps the rest; diet 'vegetariskt' is Tove's"),

        tg("l031", "2027-03-26T16:22", "Jonte 🚲", 8011223344,
           "Anmäl mig till 3.5 och 21.9 tack! vegetarisk kost. //Jonas Hed, Region Dalarna",
           X("register", [P("Jonas Hed", None, "Region Dalarna", diet="vegetarisk")], [S1, S2], diet="vegetarisk"),
           "telegram display name is a nickname with emoji; the real name is in the signature; '3.5 och 21.9'"),

        mail("l032", "2027-03-29T05:12", ("Nordiska Evenemangsregistret", "faktura@evenemangsregistret-nord.com"),
             "Faktura 2027-88213: Registrering DalaLab – förfaller 14 april",
             "Bästa kund,\n\nHärmed översänds faktura avseende registrering och publicering av ert "
             "evenemang \"DalaLab – Planering för hållbarhet\" (datum 3 maj 2027) i Nordiska "
             "Evenemangsregistret under perioden 2027–2028.\n\nBelopp: 7 950 kr exkl. moms\n"
             "Bankgiro: 5521-0893\nOCR: 2027882130\nFörfallodatum: 2027-04-14\n\n"
             "Vid utebliven betalning överlämnas ärendet till inkasso.\n\nNordiska Evenemangsregistret",
             X("unknown"),
             "invoice scam naming the event, 3 May and the deadline date -> unknown"),

        mail("l033", "2027-03-29T13:48", ("Petra Holmlund", "petra.holmlund@vansbro.se"), "Anmälan igen",
             "Hej Linnea!\n\nJag avanmälde mig i februari eftersom jag inte trodde att jag skulle hinna, men "
             "nu har vi fått in en ny kollega på bygglov så det har löst sig. Jag vill därför gärna vara med "
             "igen på alla träffar, om det finns plats.\n\nHälsningar\nPetra Holmlund\nVansbro kommun",
             X("register", [P("Petra Holmlund", "petra.holmlund@vansbro.se", "Vansbro kommun")], ALL),
             "re-registration after an earlier cancellation -> register; 'avanmälde' must not make it a cancel"),

        mail("l034", "2027-03-30T09:16", ("Niklas Broman", "niklas.broman@leksand.se"), "DalaLab 21 sept",
             "Hej,\n\nJag kommer tyvärr inte kunna delta den 21 september – vi är i Italien 15–28 september. "
             "Övriga träffar står kvar som tidigare.\n\nMvh\nNiklas Broman\nLeksands kommun\n0247-800 00",
             X("cancel", [P("Niklas Broman", "niklas.broman@leksand.se", "Leksands kommun")], [S2]),
             "partial withdrawal -> cancel of 21 Sep only; holiday range 15–28 september contains the session "
             "date but is not one"),

        mail("l035", "2027-03-31T10:02", ("Ronja Eriksson", "ronja.eriksson@gagnef.se"), "SV: Lunch?",
             "Tack för svaret! Då anmäler jag mig till majträffen till att börja med, så får jag se hur det "
             "blir med resten.\n\nRonja Eriksson\nGagnefs kommun\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 30 mars 2027 16:44\n"
             "Till: Ronja Eriksson <ronja.eriksson@gagnef.se>\nÄmne: SV: Lunch?\n\n"
             "Hej Ronja!\n\nJa, lunch ingår vid alla fyra träffarna (3/5, 21/9, 29/11 och 22/2), liksom fika "
             "förmiddag och eftermiddag.\n\nHälsningar\nLinnea\n\n"
             "Från: Ronja Eriksson <ronja.eriksson@gagnef.se>\nSkickat: den 30 mars 2027 08:10\n"
             "Ämne: Lunch?\n\nHej! Ingår lunch på träffarna?",
             X("register", [P("Ronja Eriksson", "ronja.eriksson@gagnef.se", "Gagnefs kommun")], [S1]),
             "signup on top of the organiser's quoted answer listing all four dates; 'majträffen' = 3 May only; "
             "'resten' is undecided, not registered"),

        mail("l036", "2027-04-01T00:03", ("Daniel Hjort", "daniel.hjort@regiondalarna.se"),
             "Automatic reply: Påminnelse – sista anmälningsdag 14 april",
             "Thank you for your message. I am out of the office with limited access to e-mail and will be "
             "back on Monday 12 April. For urgent matters, please contact the Regional Development "
             "switchboard on +46 23 49 00 00.\n\nKind regards,\nDaniel Hjort\nRegion Dalarna",
             X("auto_reply"),
             "English out-of-office echoing the Swedish reminder subject with the deadline; '12 April' no session"),

        mail("l037", "2027-04-05T14:20", ("Lena Ohlsson", "lena.ohlsson@hedemora.se"), "Program för 3 maj?",
             "Hej!\n\nJag är anmäld sedan tidigare. När kommer programmet för träffen den 3 maj, och var i "
             "Falun blir det? Vet ni redan nu var höstens träffar hålls?\n\nTack,\nLena Ohlsson\n"
             "Hedemora kommun",
             X("question"),
             "question from someone already registered; names 3 May and 'höstens träffar' but no new signup"),

        mail("l038", "2027-04-06T21:34", ("Björn Mattsson", "bjorn.mattsson@malung-salen.se"), "Anmälan – sent men",
             "Hej Linnea!\n\nUrsäkta att jag hör av mig så här sent, det har varit full fart här med "
             "ÖP-samrådet som pågår hela mars och april, och kommunfullmäktige den 26 april har tagit all tid. "
             "Men jag vill absolut vara med! Jag anmäler mig till majträffen i Falun och till höstens träff. "
             "Fler än så hinner jag nog inte i år, vi har vintersäsong från december och då är det "
             "fullt upp med bygglov i fjällen.\n\nKost: inget särskilt.\n\nHälsningar från Sälen\n"
             "Björn Mattsson\nPlanarkitekt, Malung-Sälens kommun\n0280-181 00",
             X("register", [P("Björn Mattsson", "bjorn.mattsson@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S3], unsure=["sessions"]),
             "'höstens träff' singular with two autumn sessions -> both candidates + unsure; 'majträffen' = 3 May; "
             "26 april, mars och april, december are no sessions; 'inget särskilt' = no diet"),

        tg("l039", "2027-04-07T06:58", "Hanna Jonsson", 5890123477,
           "hej, måste tyvärr stryka mig från novemberträffen. /Hanna, Mora",
           X("cancel", [P("Hanna Jonsson", None, "Mora kommun")], [S3]),
           "telegram partial cancellation 'novemberträffen' = 29 Nov"),

        mail("l040", "2027-04-07T11:32", ("Emelie Granath", "emelie.granath@orsa.se"), "Anmälan Orsa",
             "Hej!\n\nJag anmäler mig och min chef Bertil Ståhl till träffen den 3 maj. Bertil vill även gå "
             "på den 22/2 om tillgänglighet.\n\nHälsningar\nEmelie Granath\nSamhällsplanerare\nOrsa kommun\n"
             "Box 23, 794 21 Orsa",
             X("register", [P("Emelie Granath", "emelie.granath@orsa.se", "Orsa kommun"),
                            P("Bertil Ståhl", None, "Orsa kommun")], [S1, S4]),
             "iso-8859-1; two people with different sessions -> union 3 May + 22 Feb 2028; '22/2' without year "
             "is the 2028 session; Box number and postcode",
             charset="iso-8859-1"),

        mail("l041", "2027-04-08T08:25", ("Fredrik Ahlin", "fredrik.ahlin@leksand.se"), "Ny arbetsplats",
             "Hej Linnea!\n\nJag har bytt jobb från Gagnefs kommun till Leksands kommun från och med 1 april. "
             "Jag är anmäld till 3 maj och 29 november och vill gärna gå kvar på dem. Kan du uppdatera "
             "organisation och e-post till den här adressen? Min gamla adress fredrik.ahlin@gagnef.se "
             "slutar fungera i slutet av april.\n\nHälsningar\nFredrik Ahlin\nÖversiktsplanerare\n"
             "Leksands kommun",
             X("change", [P("Fredrik Ahlin", "fredrik.ahlin@leksand.se", "Leksands kommun")], [S1, S3]),
             "organisation and address update; sessions stated (3 May, 29 Nov) are kept; old Gagnef address "
             "is not a second person nor his org"),

        mail("l042", "2027-04-08T13:59", ("Rebecka Ljung", "rebecka.ljung@avesta.se"), "VB: DalaLab",
             "Hej Linnea!\n\nVi är två från Avesta som vill vara med på de tre första träffarna: jag och "
             "Hampus (se nedan).\n\n/Rebecka Ljung, Avesta kommun\n\n"
             "Från: Hampus Ekdahl <hampus.ekdahl@avesta.se>\nSkickat: den 7 april 2027 15:12\n"
             "Till: Rebecka Ljung <rebecka.ljung@avesta.se>\nÄmne: SV: DalaLab\n\n"
             "Ja, jag hänger på! Men inte februariträffen, då har vi planeringsdagar hela veckan.\n\nHampus\n\n"
             "Från: Rebecka Ljung\nSkickat: den 7 april 2027 14:50\nÄmne: DalaLab\n\n"
             "Ska vi anmäla oss till regionens lärprojekt? Sista dag 14/4.",
             X("register", [P("Rebecka Ljung", "rebecka.ljung@avesta.se", "Avesta kommun"),
                            P("Hampus Ekdahl", "hampus.ekdahl@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "forwarded internal chain; colleague's address only in the forwarded header; 'de tre första' = "
             "3 May, 21 Sep, 29 Nov; '14/4' is the deadline"),

        mail("l043", "2027-04-09T09:03", ("Gustav Ahlgren", "gustav.ahlgren@regiondalarna.se"), "Anmälan",
             "Anmäler mig.\n/Gustav",
             X("register", [P("Gustav Ahlgren", "gustav.ahlgren@regiondalarna.se", "Region Dalarna")], ALL),
             "two-word signup, no dates -> all four; org only from regiondalarna.se"),

        tg("l044", "2027-04-09T17:45", "Sara Lindmark", 6234098811,
           "anmäler mig och kollegan Viktor Enqvist till 21/9 och 29/11, vi är båda från älvdalen. "
           "viktor vill ha fläskfri kost",
           X("register", [P("Sara Lindmark", None, "Älvdalens kommun"),
                          P("Viktor Enqvist", None, "Älvdalens kommun", diet="fläskfri")], [S2, S3],
             diet="fläskfri"),
           "telegram; sender + colleague; 'älvdalen' lower case; the colleague's diet"),

        mail("l045", "2027-04-10T10:18", ("Lars-Erik Nises", "lars-erik.nises@rattvik.se"),
             "Anmälan från Rättviks kommun",
             "Hej Linnea,\n\nHär kommer anmälan från Rättvik, lagom till sista anmälningsdag den 14/4 (hoppas jag!). "
             "Vi är tre:\n\n"
             "- Lars-Erik Nises (jag)\n- Karin Björk, karin.bjork@rattvik.se, laktosfri\n"
             "- Nils Frost som reserv, om någon av oss får förhinder\n\n"
             "Vi vill gå på alla fyra träffarna.\n\nMed vänlig hälsning\nLars-Erik Nises\nPlan- och "
             "miljöchef, Rättviks kommun\nStorgatan 2, 795 80 Rättvik\n0248-700 00",
             X("register", [P("Lars-Erik Nises", "lars-erik.nises@rattvik.se", "Rättviks kommun"),
                            P("Karin Björk", "karin.bjork@rattvik.se", "Rättviks kommun", diet="laktosfri"),
                            P("Nils Frost", None, "Rättviks kommun")], ALL, diet="laktosfri"),
             "list with '(jag)', a colleague with address and diet, and a reserve (a reserve is a person); "
             "'alla fyra'; '14/4' is the deadline, no session"),
    ]
