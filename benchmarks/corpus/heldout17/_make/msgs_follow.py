from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# What the service itself sends (confirmations) and the invitation, for quoting in replies and forwards.
CONF_ALL = ["3 maj 2027, kl. 10.00–15.00, Falun", "21 september 2027", "29 november 2027", "22 februari 2028"]


def conf(first, lines, prefix=""):
    text = (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            f"Du är anmäld till följande {'träffar' if len(lines) > 1 else 'träff'}:\n\n"
            + "".join(f"- {l}\n" for l in lines)
            + "\nSvara på det här mejlet om något behöver ändras.\n\nHälsningar\nDalaLab, Region Dalarna")
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


INVITATION = """\
DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till ett \
lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet består av fyra träffar:

1. 3 maj 2027, kl. 10–15 (fika från 9.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och \
planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till \
linnea.hassis@regiondalarna.se.

Varmt välkommen!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("f091", "2027-02-01T08:12", ("Lovisa Engström", "lovisa.engstrom@hedemora.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag har gått igenom vårens och höstens planering med min chef och det blir tyvärr för mycket "
             "att gå på alla fyra träffarna. Kan ni ändra min anmälan så att jag bara går på höstens två träffar "
             "i stället, alltså 21 september och 29 november?\n\nFörlåt för krånglet!\n\nLovisa\n\n"
             "Med vänlig hälsning\nLovisa Engström\nÖversiktsplanerare, Samhällsbyggnadsförvaltningen\n"
             "Hedemora kommun\nBesöksadress: Tingshusgatan 5, 776 30 Hedemora\nTel: 0225-341 00 (vx)\n"
             "www.hedemora.se\n\n"
             "Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 14 januari 2027 09:02\nTill: Lovisa Engström <lovisa.engstrom@hedemora.se>\n"
             "Ämne: Bekräftelse: anmälan till DalaLab\n\n" + conf("Lovisa", CONF_ALL),
             X("change", [P("Lovisa Engström", "lovisa.engstrom@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "Outlook reply to the confirmation (all four quoted): 'bara höstens två träffar i stället' -> sessions "
             "after the change 21/9 + 29/11; quoted dates are not the request"),
        tg("f092", "2027-02-02T21:47", "Tove Lindh", 6023418876,
           "Hej! Tove från Vansbro kommun här. Kan tyvärr inte den 21 sept (är bortrest hela den veckan) men "
           "kommer på de andra tre 👍",
           X("cancel", [P("Tove Lindh", None, "Vansbro kommun")], [S2]),
           "partial withdrawal via Telegram: cancel of 21 Sep only; 'de andra tre' stay"),
        mail("f093", "2027-02-03T07:31", ("Sebastian Forsman", "sebastian.forsman@avesta.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nTack för ditt mejl. Jag är föräldraledig från och med 1 februari till och med 30 april 2027 "
             "och läser inte min e-post under den tiden.\n\nÄrenden som rör översiktsplanen hänvisas till "
             "Maria Åhlén, tel. 0226-64 52 10. Övriga ärenden: Samhällsbyggnadsförvaltningen, 0226-64 50 00.\n\n"
             "Med vänlig hälsning\nSebastian Forsman\nAvesta kommun",
             X("auto_reply"),
             "Outlook out-of-office to the confirmation (no auto headers); dates of leave and a colleague's name "
             "are not a request"),
        mail("f094", "2027-02-04T10:20", ("Ohlsson Malin", "malin.ohlsson@orsa.se"), "Kost – DalaLab",
             "Hej Linnea,\n\nJag anmälde mig till DalaLab före jul men glömde att skriva att jag behöver "
             "glutenfri kost (jag har celiaki). Kan ni lägga till det till fikat och lunchen?\n\n"
             "Tack på förhand!\n\nMalin Ohlsson\nPlanarkitekt\nOrsa kommun | Box 23, 794 21 Orsa\n"
             "0250-55 20 00",
             X("change", [P("Malin Ohlsson", "malin.ohlsson@orsa.se", "Orsa kommun", diet="glutenfri")], [],
               diet="glutenfri"),
             "diet update for an existing signup naming no sessions -> change with []; surname-first display name"),
        tg("f095", "2027-02-05T12:14", "Albin Sävström", 5180937442,
           "hej! vart i falun är första träffen? står bara Falun i inbjudan. ska man ta med egen dator?",
           X("question"),
           "question about the place; 'första träffen' is asked about, not signed up for"),
        mail("f096", "2027-02-08T13:05", ("Katarina Widén", "katarina.widen@smedjebacken.se"), "Parkering 3 maj?",
             "Hej!\n\nJag och en kollega från Smedjebacken är anmälda till första träffen den 3 maj och tänkte "
             "samåka till Falun. Finns det parkering vid lokalen, eller finns det något parkeringshus i närheten "
             "som ni kan rekommendera? Behöver man betala?\n\nTacksam för svar.\n\nHälsningar\nKatarina Widén\n"
             "Samhällsplanerare\nSmedjebackens kommun\nTel. 0240-66 00 00",
             X("question"),
             "parking question from already registered people; 3 May named but no request"),
        mail("f097", "2027-02-09T15:40", ("Linus Grahn", "linus.grahn@gagnef.se"),
             "VB: Inbjudan: DalaLab – planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nJag började som planeringsarkitekt på Gagnefs kommun den 1 februari och fick "
             "inbjudan vidarebefordrad av min chef. Finns det fortfarande plats? I så fall vill jag gärna anmäla "
             "mig till hela lärprojektet.\n\nVänliga hälsningar\nLinus Grahn\nPlaneringsarkitekt\nGagnefs kommun\n"
             "Tel 0241-150 00\n\n"
             "Från: Karin Ståhl <karin.stahl@gagnef.se>\nSkickat: den 8 februari 2027 16:22\n"
             "Till: Linus Grahn <linus.grahn@gagnef.se>\n"
             "Ämne: VB: Inbjudan: DalaLab – planering för hållbarhet och utvecklingskraft\n\n"
             "Hej Linus, det här kan vara något för dig! Vi har en plats kvar av våra tre. /Karin\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 10:00\n"
             "Ämne: Inbjudan: DalaLab – planering för hållbarhet och utvecklingskraft\n\n" + INVITATION,
             X("register", [P("Linus Grahn", "linus.grahn@gagnef.se", "Gagnefs kommun")], ALL),
             "forwarded chain with the invitation (all dates, deadline); 'hela lärprojektet' = all four; the "
             "manager in the chain is not a person of the request"),
        mail("f098", "2027-02-10T09:30", ("Rebecka Thorsell", "rebecka.thorsell@falun.se"),
             "Ny arbetsgivare och ny e-postadress",
             "Hej!\n\nJag är anmäld till DalaLab sedan i december, då från Borlänge kommun. Från och med 1 februari "
             "jobbar jag i stället som översiktsplanerare på Falu kommun, så min gamla adress "
             "rebecka.thorsell@borlange.se kommer snart att sluta fungera. Kan ni ändra till "
             "rebecka.thorsell@falun.se och Falu kommun? Jag vill gärna fortsätta i lärprojektet precis som "
             "tidigare.\n\nMed vänlig hälsning\nRebecka Thorsell\nÖversiktsplanerare\n"
             "Stadsbyggnadsförvaltningen, Falu kommun\n023-830 00",
             X("change", [P("Rebecka Thorsell", "rebecka.thorsell@falun.se", "Falu kommun")], []),
             "new employer and address for an existing signup, no sessions named -> change []; the old Borlänge "
             "address is not a second person"),
        mail("f099", "2027-02-11T06:00", ("PlanNytt", "nyhetsbrev@plannytt.se"),
             "PlanNytt vecka 6: Nya ÖP-vägledningar, seminarier och lediga jobb",
             "PlanNytt – nyhetsbrevet för dig som arbetar med samhällsplanering\nVecka 6, 2027\n\n"
             "I detta nummer:\n\n"
             "• Boverket uppdaterar vägledningen om planeringsstrategier\n"
             "• Seminarium: Översiktsplanering i glesbygd – 21 september i Östersund. Anmäl dig senast "
             "31 augusti!\n"
             "• Webbinarium 3 maj kl. 13–14: Klimatanpassning i detaljplan\n"
             "• Lediga jobb: Översiktsplanerare till Mora kommun, planchef till Hedemora kommun\n\n"
             "Läs hela numret på plannytt.se\n\n---\nDu får det här mejlet eftersom du prenumererar på PlanNytt. "
             "Avsluta prenumerationen: https://plannytt.se/avsluta?id=88213\nPlanNytt, Box 1130, 111 81 Stockholm",
             X("unknown"),
             "mailing-list newsletter with '21 september', '3 maj' and 'anmäl dig' -> unknown"),
        tg("f100", "2027-02-12T16:55", "Anders Wahlberg", 1349960281,
           "hej, går det att flytta mig från vårträffen 3 maj till den i november istället? har krock med "
           "kommunfullmäktige. /anders wahlberg, alvdalens kommun",
           X("change", [P("Anders Wahlberg", None, "Älvdalens kommun")], [S3]),
           "bare swap 3 May -> November: only the new session; 'alvdalens' without ä"),
        mail("f101", "2027-02-15T10:45", ("Mikael Strid", "mikael.strid@borlange.se"),
             "Avanmälan DalaLab – Johanna Blom",
             "Hej Linnea!\n\nJohanna Blom, som vi anmälde från Borlänge i december, har gått på föräldraledighet "
             "tidigare än planerat och kommer inte att kunna delta i DalaLab. Vi har just nu ingen som kan ta "
             "hennes plats, men jag hör av mig om det ändras.\n\nHälsningar\nMikael Strid\n"
             "Planchef, Samhällsbyggnadsförvaltningen\nBorlänge kommun\nRöda vägen 50, 781 81 Borlänge\n"
             "Mobil 070-612 34 88",
             X("cancel", [P("Johanna Blom", None, "Borlänge kommun")], ALL),
             "manager cancels a colleague, no substitute yet -> cancel, all four; sender not in people"),
        mail("f102", "2027-02-16T11:03", ("Håkan Persson", "hakan.persson@rattvik.se"),
             "Anmälan till DalaLab från Rättvik",
             "Hej!\n\nVi vill anmäla två personer från Rättviks kommun till DalaLab:\n\n"
             "- Håkan Persson (jag), hakan.persson@rattvik.se\n"
             "- Alva Nyström, alva.nystrom@rattvik.se – vegetarisk kost\n\n"
             "Vi kommer på första och tredje träffen, dvs. 3 maj och 29 november. De andra två krockar tyvärr "
             "med vår budgetprocess.\n\nMvh\nHåkan Persson\nPlaneringsstrateg\nRättviks kommun\nTel 0248-700 00",
             X("register", [P("Håkan Persson", "hakan.persson@rattvik.se", "Rättviks kommun"),
                            P("Alva Nyström", "alva.nystrom@rattvik.se", "Rättviks kommun", diet="vegetarisk")],
               [S1, S3], diet="vegetarisk"),
             "self + colleague in a list; 'första och tredje träffen' = 3/5 + 29/11; diet is the colleague's"),
        mail("f103", "2027-02-17T14:20", ("Ingela Mårtensson", "ingela.martensson@vansbro.se"),
             "Fråga om digitalt deltagande",
             "Hej Linnea,\n\nVi är intresserade av DalaLab från Vansbro kommun men har långt till Falun – det "
             "blir nästan tre timmars bilresa åt varje håll. Finns det möjlighet att delta digitalt, t.ex. via "
             "Teams, på någon eller några av träffarna? Innan vi anmäler oss vill vi veta hur det fungerar.\n\n"
             "Tack på förhand!\n\nHälsningar\nIngela Mårtensson\nUtvecklingsstrateg\nVansbro kommun\n"
             "Tel 0281-750 00",
             X("question"),
             "question about digital attendance before signing up ('Innan vi anmäler oss') -> no signup"),
        mail("f104", "2027-02-19T09:14", ("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se"),
             "DalaLab – November session",
             "Hi Linnea,\n\nI'm afraid I'll have to withdraw from the session on 29 November – I've just been "
             "told I'm presenting at a Nordic planning conference in Copenhagen that week. I'm still very much "
             "planning to attend the other three sessions.\n\nSorry for the inconvenience, and thanks for "
             "organising this!\n\nBest regards,\nHannah Whitfield\nSenior Advisor, Spatial Planning\n"
             "Länsstyrelsen Dalarna (County Administrative Board of Dalarna)\n+46 10-225 00 00",
             X("cancel", [P("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S3]),
             "English partial withdrawal: cancel of 29 Nov only; 'the other three' stay"),
        tg("f105", "2027-02-22T08:37", "Wilma Hedberg", 7410025563,
           "Hej! Jag mejlade en anmälan i januari men har inte fått någon bekräftelse. Är jag anmäld? Wilma, Orsa",
           X("question"),
           "asks whether she is registered -> question, no people"),
        mail("f106", "2027-02-24T13:48", ("Viktoria Lund", "viktoria.lund@leksand.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag vill gärna lägga till träffen den 21 september också, så att jag är med både på den och "
             "på första träffen. Går det bra?\n\n/Viktoria\n\n"
             "Den 20 januari 2027 kl. 14:11 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:\n"
             + conf("Viktoria", CONF_ALL[:1], "> "),
             X("change", [P("Viktoria Lund", "viktoria.lund@leksand.se", "Leksands kommun")], [S1, S2]),
             "addition stated with the kept session ('både på den och på första träffen') -> 3/5 + 21/9; quoted "
             "'> Du är anmäld till följande träff' lists only 3 May"),
        mail("f107", "2027-02-26T09:02",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse: anmälan till DalaLab",
             "Det gick inte att leverera meddelandet till följande mottagare eller grupper:\n\n"
             "jonas.halgren@mora.se\nDet gick inte att hitta e-postadressen du angav. Kontrollera mottagarens "
             "e-postadress och försök att skicka meddelandet igen. Kontakta supportavdelningen om problemet "
             "kvarstår.\n\nDiagnostisk information för administratörer:\n\n"
             "Genererande server: HE1PR0701MB2203.eurprd07.prod.outlook.com\n\n"
             "jonas.halgren@mora.se\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup'\n\nUrsprungliga meddelanderubriker:\n\n"
             "From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\nTo: jonas.halgren@mora.se\n"
             "Subject: Bekräftelse: anmälan till DalaLab\nDate: Fri, 26 Feb 2027 09:01:57 +0100\n"
             "Message-ID: <a81f0c2e77d4@regiondalarna.se>\n\n" + conf("Jonas", CONF_ALL),
             X("auto_reply"),
             "Outlook non-delivery report for a misspelt address; the returned confirmation has a name and all "
             "four dates -> nothing to register"),
        tg("f108", "2027-03-01T18:22", "Elsa Dahlgren", 5902274418,
           "Hej! Måste tyvärr avanmäla mig från dalalab helt, jag har fått nytt jobb i Gävle och slutar på Mora "
           "kommun sista mars. Tack för mig och lycka till!",
           X("cancel", [P("Elsa Dahlgren", None, "Mora kommun")], ALL),
           "full withdrawal ('helt') -> all four; organisation from the text (Mora), Gävle is the new job"),
        mail("f109", "2027-03-02T10:05", ("Gustav Lilja", "gustav.lilja@malung-salen.se"), "Reseersättning?",
             "Hej!\n\nVi är tre från Malung-Sälen som är anmälda till DalaLab. Det är drygt 13 mil enkel väg "
             "till Falun för oss. Står Region Dalarna för resekostnaderna på något sätt, eller får varje kommun "
             "ta det själv? Finns det någon möjlighet att samordna samåkning med andra kommuner i västra "
             "Dalarna, t.ex. Vansbro?\n\nHälsningar\nGustav Lilja\nPlanerare\nMalung-Sälens kommun\n"
             "Box 14, 782 21 Malung\n0280-181 00",
             X("question"),
             "question about travel costs; 'tre ... anmälda' and '13 mil' are no request"),
        mail("f110", "2027-03-03T08:50", ("Kajsa Mickelsson", "kajsa.mickelsson@sater.se"), "Rättelse av namn",
             "Hej!\n\nI bekräftelsen jag fick står mitt efternamn som \"Michelsson\". Det stavas Mickelsson, med "
             "ck. Skulle ni kunna rätta det, så att det blir rätt på namnlappen också?\n\nTack!\n"
             "Kajsa Mickelsson\nSäters kommun",
             X("change", [P("Kajsa Mickelsson", "kajsa.mickelsson@sater.se", "Säters kommun")], []),
             "correction of a misspelt name, no sessions -> change []; the wrong spelling is not a person"),
        mail("f111", "2027-03-04T09:00", ("Siljansbacken Hotell & Konferens", "konferens@siljansbacken.se"),
             "Planeringsdagar vid Siljan – vårpaket 2027",
             "<html><body style=\"font-family:Arial,sans-serif\">"
             "<h1 style=\"color:#1d4e89\">Vårpaket för planeringsdagar</h1>"
             "<p>Hej!</p><p>Letar ni efter en lugn plats för nästa workshop eller planeringsdag? Vi erbjuder "
             "dagkonferens med förmiddagsfika, lunch och eftermiddagsfika från <b>495 kr/person</b>, och "
             "helpension från <b>1&nbsp;495 kr/person</b>.</p>"
             "<p>Lediga datum i maj: 3&ndash;4 maj, 10&ndash;12 maj och 24 maj. Boka senast 14 april så bjuder "
             "vi på guidad tur i Tällberg!</p>"
             "<p><a href=\"https://siljansbacken.se/boka?utm_source=nyhetsbrev\">Boka nu</a></p>"
             "<p style=\"font-size:10px;color:#888\">Du får detta utskick eftersom du tidigare har varit i "
             "kontakt med oss. <a href=\"https://siljansbacken.se/avregistrera\">Avregistrera dig här</a>.</p>"
             "</body></html>",
             X("unknown"),
             "HTML-only marketing mail from a conference hotel with '3–4 maj' and '14 april' -> unknown",
             html=True),
        tg("f112", "2027-03-05T20:10", "Noah Lindström", 6675501239,
           "hej! är anmäld till 21/9 och 29/11 och ville bara säga att jag är vegan 🌱 /noah, avesta kommun",
           X("change", [P("Noah Lindström", None, "Avesta kommun", diet="vegan")], [S2, S3], diet="vegan"),
           "diet update stating the sessions he is registered for -> change with those sessions"),
        mail("f113", "2027-03-08T09:12", ("Mikael Strid", "mikael.strid@borlange.se"),
             "Ersättare för Johanna Blom – DalaLab",
             "Hej igen Linnea!\n\nSom jag skrev i februari fick Johanna Blom förhinder. Nu har vi hittat någon som "
             "kan gå i stället: Simon Åberg, simon.aberg@borlange.se, nyanställd planarkitekt hos oss. Han vill "
             "gärna vara med på alla fyra träffarna.\n\nHälsningar\nMikael Strid\n"
             "Planchef, Samhällsbyggnadsförvaltningen\nBorlänge kommun\nRöda vägen 50, 781 81 Borlänge\n"
             "Mobil 070-612 34 88",
             X("register", [P("Simon Åberg", "simon.aberg@borlange.se", "Borlänge kommun")], ALL),
             "same sender as f101 writes again: the newcomer after an earlier cancellation is a register; the "
             "already cancelled colleague is not among the people"),
        mail("f114", "2027-03-09T11:30", ("Tilda Hammar", "tilda.hammar@ludvika.se"), "Tider 3 maj",
             "Hej!\n\nEn praktisk fråga inför måndag 3 maj: hur dags slutar träffen egentligen? Inbjudan säger "
             "10–15, men tåget hem till Ludvika går 15.12 och nästa inte förrän 16.40. Är det okej att gå lite "
             "tidigare om det behövs, eller missar man då något viktigt på slutet?\n\nTack!\nTilda Hammar\n"
             "Ludvika kommun, Samhällsbyggnadsförvaltningen\n0240-860 00",
             X("question"),
             "question about times; times and train departures are not sessions"),
        mail("f115", "2027-03-10T15:55", ("Anneli Rask", "anneli.rask@leksand.se"),
             "Avanmälan 3 maj – Oscar Fält och Ida Sundberg",
             "Hej!\n\nOscar Fält och Ida Sundberg från vår planavdelning måste tyvärr avanmäla sig från träffen "
             "den 3 maj – vi har samrådsmöte om den fördjupade översiktsplanen för Insjön samma dag. De kommer "
             "som planerat på höstens träffar och i februari.\n\nVänliga hälsningar\nAnneli Rask\n"
             "Enhetschef Plan\nLeksands kommun\nTel 0247-800 00",
             X("cancel", [P("Oscar Fält", None, "Leksands kommun"), P("Ida Sundberg", None, "Leksands kommun")],
               [S1]),
             "manager withdraws two colleagues from 3 May only; the other sessions stay; sender not in people"),
        tg("f116", "2027-03-11T07:48", "Hugo Fransson", 8120346657,
           "Hej! Hinner man fortfarnde anmäla sig? Vill i så fall vara med på alla fyra träffarna. Jobbar som "
           "planerare på Smedjebackens kommun, hugo.fransson@smedjebacken.se",
           X("register", [P("Hugo Fransson", "hugo.fransson@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "signup with a question ('Hinner man...? Vill i så fall') -> register all four; typo 'fortfarnde'"),
        mail("f117", "2027-03-12T14:02", ("Helena Grip", "helena.grip@orsa.se"), "Radering av personuppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i januari. Jag vill nu att ni raderar alla personuppgifter "
             "om mig som ni har sparat i samband med anmälan (namn, e-postadress, kostuppgifter m.m.), med stöd "
             "av artikel 17 i dataskyddsförordningen. Bekräfta gärna när det är gjort.\n\n"
             "Med vänlig hälsning\nHelena Grip\nOrsa kommun",
             X("erasure", [P("Helena Grip", "helena.grip@orsa.se", "Orsa kommun")], []),
             "GDPR erasure request after an earlier cancellation"),
        mail("f118", "2027-03-15T10:30", ("Carl Nordmark", "carl.nordmark@regiondalarna.se"),
             "Byte: DalaLab 21/9 och 29/11",
             "Hej Linnea!\n\nJag kommer tyvärr inte att kunna vara med på träffarna 21 september och 29 november, "
             "eftersom jag är tjänstledig under hösten. Min kollega Fatima Yilmaz, fatima.yilmaz@regiondalarna.se, "
             "går i stället för mig de två gångerna.\n\nTack!\nCarl\n\nCarl Nordmark\n"
             "Regional utvecklingsstrateg\nRegion Dalarna, Box 712, 791 29 Falun\nTel 023-49 00 00",
             X("change", [P("Carl Nordmark", "carl.nordmark@regiondalarna.se", "Region Dalarna"),
                          P("Fatima Yilmaz", "fatima.yilmaz@regiondalarna.se", "Region Dalarna")], [S2, S3],
               unsure=["intent"]),
             "substitution in one message (sender out, colleague in for 21/9 + 29/11) labelled as the shared "
             "corpus d024/d048: change, both people, the substitute's sessions"),
        mail("f119", "2027-03-16T06:45", ("Samuel Otieno", "samuel.otieno@falun.se"),
             "Automatic reply: DalaLab – påminnelse: anmäl dig senast 14 april",
             "Thank you for your email. I am on annual leave until Monday 29 March with no access to email.\n\n"
             "For urgent matters, please contact the City Planning Office at +46 23 83 000.\n\n"
             "Kind regards,\nSamuel Otieno\nFalu kommun",
             X("auto_reply"),
             "English out-of-office to the reminder; '14 april' and '29 March' are no sessions"),
        tg("f120", "2027-03-17T12:31", "Ebbe Norling", 2290184735,
           "Hej! Blir det samma lokal alla fyra gångerna eller flyttar det runt i länet? Och kommer det en separat "
           "kallelse inför höstträffarna?",
           X("question"),
           "question about the venue; 'alla fyra gångerna' and 'höstträffarna' are no signup"),
        mail("f121", "2027-03-18T16:02", ("Amanda Hultqvist", "amanda.hultqvist@falun.se"), "Anmälan DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej!</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Jag vill anm&auml;la mig till DalaLab, alla tillf&auml;llen utom det i "
             "november (d&aring; &auml;r jag p&aring; kurs).</p>"
             "<p class=\"MsoNormal\">Laktosfri kost, tack.</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Med v&auml;nlig h&auml;lsning<br>Amanda Hultqvist<br>Trafikplanerare<br>"
             "Stadsbyggnadsf&ouml;rvaltningen, Falu kommun<br>Slaggatan 4, 791 83 Falun<br>023-830 00</p>"
             "</div></body></html>",
             X("register", [P("Amanda Hultqvist", "amanda.hultqvist@falun.se", "Falu kommun", diet="laktosfri")],
               [S1, S2, S4], diet="laktosfri"),
             "HTML-only Outlook signup with entities; 'alla tillfällen utom det i november' = 3/5, 21/9, 22/2",
             html=True),
        mail("f122", "2027-03-19T03:12", ("Evenemangsregistret Norden", "info@evenemangsregistret-norden.com"),
             "Sista påminnelse: uppdatera er registrering – DalaLab 2027",
             "Bästa arrangör,\n\nEtt evenemang från er organisation, \"DalaLab – Planering för hållbarhet och "
             "utvecklingskraft\" (3 maj 2027, Falun), finns förregistrerat i Evenemangsregistret Norden "
             "2027/2028. För att era uppgifter ska vara korrekta ber vi er kontrollera och underteckna det "
             "bifogade formuläret senast den 26 mars.\n\nÅrsavgift för publicering: 1 190 EUR exkl. moms. Genom "
             "att returnera det undertecknade formuläret godkänner ni villkoren.\n\nReferensnummer: ERN-27-55817\n\n"
             "Med vänliga hälsningar\nKundtjänst\nEvenemangsregistret Norden\nRegistreringsavdelningen",
             X("unknown"),
             "listing scam naming the event and 3 May -> unknown"),
        tg("f123", "2027-03-22T19:40", "Lars-Erik Wallgren", 3358172094,
           "hej kan jag byta 22 februari mot 21 september? mvh lars-erik, hedemora",
           X("change", [P("Lars-Erik Wallgren", None, "Hedemora kommun")], [S2]),
           "bare swap 22 Feb (2028 session, though sent in 2027) -> 21 Sep only; lower case"),
        mail("f124", "2027-03-23T08:05", ("Patrik Ljung", "patrik.ljung@gagnef.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nTyvärr måste jag avanmäla mig från DalaLab. Efter omorganisationen jobbar jag inte längre "
             "med översiktsplanering utan med bygglov, och min chef tycker inte att det är motiverat att jag går. "
             "Tack ändå!\n\nPatrik\n\n"
             "Den 2027-01-18 kl. 10:03, skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:\n"
             + conf("Patrik", CONF_ALL, "> "),
             X("cancel", [P("Patrik Ljung", "patrik.ljung@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation replying to the confirmation ('> Du är anmäld till följande träffar', all four)"),
        mail("f125", "2027-03-25T13:15", ("Håkan Persson", "hakan.persson@rattvik.se"), "Fråga om vår anmälan",
             "Hej igen!\n\nJag skickade en anmälan för mig och Alva Nyström den 16 februari, men vi har inte fått "
             "någon bekräftelse. Kan ni se om vi finns med? Det gällde 3 maj och 29 november.\n\nHåkan\n\n"
             "Håkan Persson\nPlaneringsstrateg\nRättviks kommun\nTel 0248-700 00",
             X("question"),
             "same sender as f102 asks whether they are registered; repeats names and dates but asks only"),
        mail("f126", "2027-03-26T11:00", ("Älvdalens kommun", "kommun@alvdalen.se"),
             "Tack för ditt meddelande [Ärende 2027-1187]",
             "Hej,\n\nTack för ditt meddelande till Älvdalens kommun. Detta är en automatisk bekräftelse på att vi "
             "har tagit emot ditt e-postmeddelande. Meddelandet registreras och fördelas till berörd "
             "handläggare. Vi besvarar normalt e-post inom fem arbetsdagar.\n\nKommunens kontaktcenter har öppet "
             "måndag–fredag kl. 8–16, tel. 0251-310 00.\n\nDet här meddelandet går inte att svara på.\n\n"
             "Med vänlig hälsning\nÄlvdalens kommun",
             X("auto_reply"),
             "automatic receipt from a municipality's registry mailbox"),
        tg("f127", "2027-03-29T21:05", "Sofie Gustavsson", 6481207733,
           "hej! vill anmäla mig o min kollega jonatan berglund till höstträffarna, vi jobbar båda på säters "
           "kommun. jag är laktosintolerant, jonatan äter allt 😊",
           X("register", [P("Sofie Gustavsson", None, "Säters kommun", diet="laktosintolerant"),
                          P("Jonatan Berglund", None, "Säters kommun")], [S2, S3], diet="laktosintolerant"),
           "sender + colleague in lower case; 'höstträffarna' = 21/9 + 29/11; diet is the sender's"),
        mail("f128", "2027-03-30T09:40", ("Petra Söderberg", "petra.soderberg@mora.se"),
             "Fel e-postadress för Jonas Hallgren",
             "Hej!\n\nJonas Hallgren på vår planenhet säger att han aldrig har fått någon bekräftelse på sin "
             "anmälan till DalaLab. Jag misstänker att jag skrev fel adress när jag anmälde honom – rätt adress "
             "är jonas.hallgren@mora.se (med två l). Kan ni uppdatera och skicka bekräftelsen igen?\n\nTack!\n"
             "Petra Söderberg\nStadsarkitekt\nMora kommun\nTel 0250-260 00",
             X("change", [P("Jonas Hallgren", "jonas.hallgren@mora.se", "Mora kommun")], []),
             "address correction for a colleague (cf. the bounce f107), no sessions -> change []; sender not in "
             "people"),
        tg("f129", "2027-03-31T07:20", "Emir Kovačević", 1720438856,
           "Hej, min kollega Maja Rydén kan inte komma den 3 maj (hon är på utbildning den veckan), men hon "
           "räknar med att vara med på resten. /Emir, Hedemora kommun",
           X("cancel", [P("Maja Rydén", None, "Hedemora kommun")], [S1]),
           "partial withdrawal of a colleague; sender not in people"),
        mail("f130", "2027-04-01T16:22", ("Jenny Sandell", "jenny@sandellplan.se"), "Radera mina uppgifter",
             "Hej!\n\nJag hade anmält mig till DalaLab som konsult men har bestämt mig för att inte delta. Jag "
             "vill därför att ni tar bort mina uppgifter ur ert register.\n\nVänliga hälsningar\nJenny Sandell\n"
             "Sandell Plan & Landskap AB\nOrg.nr 559123-4567\n070-344 21 90",
             X("erasure", [P("Jenny Sandell", "jenny@sandellplan.se", None)], []),
             "'ta bort mina uppgifter' from a consultant -> erasure, organisation null"),
        mail("f131", "2027-04-02T10:48", ("Lukas Becker", "lukas.becker@borlange.se"),
             "Question about language and getting there – DalaLab",
             "Hi Linnea,\n\nI'm registered for the first session on May 3. I moved here from Germany last year and "
             "I'm still learning Swedish, so two quick questions:\n\n1. Will the presentations be in Swedish only, "
             "or will the slides be available afterwards so I can read them at my own pace?\n"
             "2. What's the easiest way to get to the venue from Falun Central station? Is it within walking "
             "distance?\n\nThanks a lot!\nLukas Becker\nPlanning architect, Borlänge kommun",
             X("question"),
             "English question from a registered participant; 'May 3' is no request"),
        mail("f132", "2027-04-05T14:30", ("Ingela Mårtensson", "ingela.martensson@vansbro.se"),
             "SV: Fråga om digitalt deltagande",
             "Hej igen!\n\nTack för snabbt svar. Då kör vi på plats i stället. Jag vill anmäla mig själv och min "
             "kollega Robin Ek, robin.ek@vansbro.se, till höstens två träffar, 21 september och 29 november. "
             "Vi samåker, så det blir ingen parkeringsfråga den här gången :)\n\nIngela\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 18 februari 2027 08:40\n"
             "Till: Ingela Mårtensson <ingela.martensson@vansbro.se>\nÄmne: SV: Fråga om digitalt deltagande\n\n"
             "Hej Ingela!\n\nTyvärr blir träffarna bara på plats, vi har inte möjlighet att sända dem digitalt. "
             "Dokumentation från varje träff läggs ut efteråt. Varmt välkomna att anmäla er senast 14 april!\n\n"
             "Hälsningar\nLinnea\n\n"
             "Från: Ingela Mårtensson <ingela.martensson@vansbro.se>\nSkickat: den 17 februari 2027 14:20\n"
             "Ämne: Fråga om digitalt deltagande\n\n"
             "Hej Linnea,\n\nVi är intresserade av DalaLab från Vansbro kommun men har långt till Falun. Finns "
             "det möjlighet att delta digitalt, t.ex. via Teams, på någon eller några av träffarna?",
             X("register", [P("Ingela Mårtensson", "ingela.martensson@vansbro.se", "Vansbro kommun"),
                            P("Robin Ek", "robin.ek@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "same sender as f103 now signs up herself + colleague for the autumn; quoted chain has the "
             "deadline and her earlier question"),
        tg("f133", "2027-04-07T12:02", "Frida Holmqvist", 5067712398,
           "Hej! Jag är anmäld till 3 maj och 29 nov. Kan jag byta 29 nov mot 22 feb? 3 maj blir som vanligt. "
           "/Frida, Ludvika",
           X("change", [P("Frida Holmqvist", None, "Ludvika kommun")], [S1, S4]),
           "swap with the kept session stated -> sessions after the change 3/5 + 22/2"),
        mail("f134", "2027-04-08T10:10", ("Bengt Lorentzon", "bengt.lorentzon@smedjebacken.se"),
             "DalaLab – stryk mig från de två sista träffarna",
             "Hej Linnea,\n\nJag går i pension i mitten av november, så ni kan stryka mig från träffarna 29/11 och "
             "22/2. Den 3 maj och 21 september är jag gärna med som planerat – det blir ett fint avslut på "
             "arbetslivet.\n\nHälsningar\nBengt Lorentzon\nÖversiktsplanerare\nSmedjebackens kommun\n"
             "Tel 0240-66 00 00, mobil 073-081 45 12",
             X("cancel", [P("Bengt Lorentzon", "bengt.lorentzon@smedjebacken.se", "Smedjebackens kommun")],
               [S3, S4]),
             "partial withdrawal of the last two sessions; the kept sessions are named too"),
        tg("f135", "2027-04-10T09:15", "Nadia Haddad", 4418830562,
           "hej! anmäler mig till 3/5 och 21/9 innan det stänger 😅 Nadia Haddad, Falu kommun, "
           "nadia.haddad@falun.se. vegetarisk kost om det går",
           X("register", [P("Nadia Haddad", "nadia.haddad@falun.se", "Falu kommun", diet="vegetarisk")], [S1, S2],
             diet="vegetarisk"),
           "late but before the deadline; e-mail in the text"),
    ]
