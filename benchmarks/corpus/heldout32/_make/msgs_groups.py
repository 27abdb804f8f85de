from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 10:14
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering. Projektet består av fyra träffar:

3 maj 2027, kl. 10–15 i Falun (fika från 09.30) – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll (med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkommen!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("ai046", "2026-12-03T08:47", ("Erika Sjöberg", "erika.sjoberg@leksand.se"), "Anmälan DalaLab – tre från Leksand",
             "Hej Linnea!\n\nVi vill gärna vara med i DalaLab. Jag anmäler mig själv och mina kollegor Anton Björk "
             "(anton.bjork@leksand.se) och Frida Moberg (frida.moberg@leksand.se) till alla fyra träffarna.\n\n"
             "Ser fram emot det!\n\nVänliga hälsningar\nErika Sjöberg\nÖversiktsplanerare\nLeksands kommun\n"
             "Box 500, 793 27 Leksand\nTel: 0247-800 00 | Mobil: 070-221 45 18",
             X("register", [P("Erika Sjöberg", "erika.sjoberg@leksand.se", "Leksands kommun"),
                            P("Anton Björk", "anton.bjork@leksand.se", "Leksands kommun"),
                            P("Frida Moberg", "frida.moberg@leksand.se", "Leksands kommun")], ALL),
             "ordinary: sender plus two colleagues with addresses, all sessions"),
        mail("ai047", "2026-12-04T13:20", ("Agneta Ros", "agneta.ros@avesta.se"), "Anmälan till DalaLab",
             "Hej,\n\nPå uppdrag av vår enhetschef anmäler jag följande två medarbetare till DalaLab:\n\n"
             "Hedlund, Magnus – magnus.hedlund@avesta.se\nKarlsson, Therese – therese.karlsson@avesta.se\n\n"
             "De deltar den 3 maj och den 21 september. Själv deltar jag inte.\n\n"
             "Med vänlig hälsning\nAgneta Ros\nAdministrativ assistent\nSamhällsbyggnadsförvaltningen, Avesta kommun\n"
             "Tel 0226-64 50 00",
             X("register", [P("Magnus Hedlund", "magnus.hedlund@avesta.se", "Avesta kommun"),
                            P("Therese Karlsson", "therese.karlsson@avesta.se", "Avesta kommun")], [S1, S2]),
             "secretary registers two others, 'Efternamn, Förnamn' with addresses; sender not among"),
        tg("ai048", "2026-12-05T19:02", "Maria E", 6104471290,
           "Hej! Jag heter Maria Ek och jobbar på Orsa kommun. Anmäler mig och min kollega Jonas Berg till alla träffar i DalaLab 🙂",
           X("register", [P("Maria Ek", None, "Orsa kommun"), P("Jonas Berg", None, "Orsa kommun")], ALL),
           "telegram: sender plus colleague without address"),
        mail("ai049", "2026-12-07T10:31", ("Petra Nordin", "petra.nordin@hedemora.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nVi blir tre från Hedemora som vill vara med på hela serien: jag själv, Per Olsson och Lena Holm. "
             "Per och Lena jobbar båda på plan- och byggenheten.\n\nHälsningar\nPetra Nordin\nÖversiktsplanerare\n"
             "Hedemora kommun\nTel 0225-340 00\n\n" + INVITE.format(to="Nordin Petra <petra.nordin@hedemora.se>"),
             X("register", [P("Petra Nordin", "petra.nordin@hedemora.se", "Hedemora kommun"),
                            P("Per Olsson", None, "Hedemora kommun"),
                            P("Lena Holm", None, "Hedemora kommun")], ALL),
             "Outlook reply quoting the invitation with all dates; 'hela serien'; colleagues without addresses"),
        mail("ai050", "2026-12-08T15:55", ("Maja Törnqvist", "maja.tornqvist@regiondalarna.se"), "DalaLab – anmälan",
             "Hej Linnea!\n\nJag vill anmäla mig själv till DalaLab, samtliga träffar. Jag anmäler också Peter Alm på "
             "Länsstyrelsen (peter.alm@lansstyrelsen.se), som vi samarbetar med i regionplanearbetet – han vill också "
             "gå på alla fyra.\n\n/Maja\n\nMaja Törnqvist\nRegional utveckling, Region Dalarna\n010-211 50 00",
             X("register", [P("Maja Törnqvist", "maja.tornqvist@regiondalarna.se", "Region Dalarna"),
                            P("Peter Alm", "peter.alm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "two organisations in one mail: region sender plus Länsstyrelsen colleague"),
        mail("ai051", "2026-12-10T09:14", ("Fredrik Hall", "fredrik.hall@borlange.se"), "Anmälan 29 november",
             "Hej!\n\nVi är tre från Borlänge kommun som vill anmäla oss till träffen den 29 november:\n\n"
             "Fredrik Hall (jag) – vegetarisk\nCecilia Bond, cecilia.bond@borlange.se – inga önskemål\n"
             "Amanda Roos, amanda.roos@borlange.se – glutenfri\n\nMvh Fredrik Hall\nStrategisk planerare\nBorlänge kommun",
             X("register", [P("Fredrik Hall", "fredrik.hall@borlange.se", "Borlänge kommun", diet="vegetarisk"),
                            P("Cecilia Bond", "cecilia.bond@borlange.se", "Borlänge kommun"),
                            P("Amanda Roos", "amanda.roos@borlange.se", "Borlänge kommun", diet="glutenfri")],
               [S3], diet="vegetarisk, glutenfri"),
             "per-person diets in a list, one session"),
        mail("ai052", "2026-12-11T11:05", ("Planenheten Ludvika", "plan@ludvika.se"), "Anmälan DalaLab",
             "Hej!\n\nVi vill anmäla två medarbetare till DalaLab, alla fyra träffarna:\n\n"
             "Sara Nyberg, sara.nyberg@ludvika.se\nAli Karimi, ali.karimi@ludvika.se\n\n"
             "Bekräftelsen får gärna skickas direkt till dem.\n\nMvh\nPlanenheten\nLudvika kommun\n771 82 Ludvika",
             X("register", [P("Sara Nyberg", "sara.nyberg@ludvika.se", "Ludvika kommun"),
                            P("Ali Karimi", "ali.karimi@ludvika.se", "Ludvika kommun")], ALL),
             "function mailbox writes for two people whose addresses are in the text"),
        mail("ai053", "2026-12-14T16:40", ("Göran Fält", "goran.falt@orsa.se"), "Avanmälan 3 maj",
             "Hej Linnea,\n\nTvå av mina medarbetare som är anmälda till DalaLab kan tyvärr inte komma den 3 maj på grund av "
             "en krock med kommunfullmäktige:\n\nLindberg, Anna\nSjö, Erik\n\nDe kommer på de övriga träffarna som planerat.\n\n"
             "Med vänliga hälsningar\nGöran Fält\nPlanchef, Orsa kommun\n0250-55 20 00",
             X("cancel", [P("Anna Lindberg", None, "Orsa kommun"), P("Erik Sjö", None, "Orsa kommun")], [S1]),
             "manager cancels two staff for one session; 'Efternamn, Förnamn' without addresses"),
        mail("ai054", "2026-12-15T08:22", ("Jenny Wahl", "jenny.wahl@falun.se"), "Fråga om antal deltagare",
             "Hej!\n\nVi är fyra på planeringsavdelningen i Falun som är intresserade av DalaLab. I inbjudan står det upp "
             "till tre personer per kommun – gäller det strikt, eller finns det möjlighet att vara fyra om någon plats "
             "blir över? Vi vill veta innan vi bestämmer vilka som ska anmäla sig.\n\nTack!\nJenny Wahl\nFalu kommun",
             X("question"), "quota question before any signup"),
        mail("ai055", "2026-12-17T14:03", ("Länsstyrelsen Dalarna", "dalarna@lansstyrelsen.se"), "Anmälan till DalaLab från Länsstyrelsen",
             "<html><body><p>Hej!</p><p>Länsstyrelsen Dalarna anmäler följande tre personer till DalaLab. De deltar på "
             "<b>första, andra och fjärde</b> träffen (inte den 29 november).</p>"
             "<table border=\"1\"><tr><th>Namn</th><th>E-post</th><th>Enhet</th></tr>"
             "<tr><td>Gustav Ahlgren</td><td>gustav.ahlgren@lansstyrelsen.se</td><td>Samhällsplanering</td></tr>"
             "<tr><td>Rebecka Stål</td><td>rebecka.stal@lansstyrelsen.se</td><td>Samhällsplanering</td></tr>"
             "<tr><td>Jan Lönn</td><td>jan.lonn@lansstyrelsen.se</td><td>Miljöanalys</td></tr></table>"
             "<p>Med vänlig hälsning<br>Kristina, registrator<br>Länsstyrelsen Dalarna<br>010-225 00 00</p></body></html>",
             X("register", [P("Gustav Ahlgren", "gustav.ahlgren@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Rebecka Stål", "rebecka.stal@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Jan Lönn", "jan.lonn@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S4]),
             "HTML-only table from a function mailbox; sessions by ordinal", html=True),
        mail("ai056", "2026-12-18T10:47", ("Bengt Öberg", "bengt.oberg@sater.se"), "Anmälan höstens träffar",
             "Hej,\n\nFöljande från Säters kommun anmäler sig till höstens två träffar (21/9 och 29/11):\n\n"
             "Öberg, Bengt (undertecknad)\nLjung, Malin\nStrömberg, Åke\n\nHälsningar\nBengt Öberg\nSamhällsbyggnadschef\n"
             "Säters kommun, Box 300, 783 27 Säter",
             X("register", [P("Bengt Öberg", "bengt.oberg@sater.se", "Säters kommun"),
                            P("Malin Ljung", None, "Säters kommun"),
                            P("Åke Strömberg", None, "Säters kommun")], [S2, S3]),
             "iso-8859-1; 'Efternamn, Förnamn' list including the sender; two autumn sessions", charset="iso-8859-1"),
        tg("ai057", "2026-12-20T21:15", "Sara W", 6220391847,
           "Hej! Både jag (Sara Wik) och Kalle Nyström från Mora kommun måste tyvärr avanmäla oss från träffen 22 februari. Resten är vi med på.",
           X("cancel", [P("Sara Wik", None, "Mora kommun"), P("Kalle Nyström", None, "Mora kommun")], [S4]),
           "telegram partial cancellation for two people"),
        mail("ai058", "2027-01-08T09:30", ("Helena Brandt", "helena.brandt@borlange.se"), "Ersättare 21 september",
             "Hej Linnea,\n\nJohan Ek, som är anmäld till DalaLab, kan inte gå den 21 september. Petra Lund "
             "(petra.lund@borlange.se) går i stället för honom just den gången. Övriga träffar går Johan som planerat.\n\n"
             "Mvh\nHelena Brandt\nEnhetschef Strategisk samhällsplanering\nBorlänge kommun\n0243-740 00",
             X("change", [P("Johan Ek", None, "Borlänge kommun"),
                          P("Petra Lund", "petra.lund@borlange.se", "Borlänge kommun")], [S2]),
             "manager: substitution for one session; sender not among"),
        mail("ai059", "2027-01-11T13:12", ("Fiona Carlsson", "fiona.carlsson@regiondalarna.se"), "Registration DalaLab",
             "Hi Linnea,\n\nPlease register me and two colleagues from the regional development unit, Ahmed Yusuf and "
             "Linda Borg, for all four DalaLab sessions. Linda has a nut allergy, so please pass that on to the caterer.\n\n"
             "Best regards,\nFiona Carlsson\nAnalyst, Region Dalarna\n+46 10 211 50 00",
             X("register", [P("Fiona Carlsson", "fiona.carlsson@regiondalarna.se", "Region Dalarna"),
                            P("Ahmed Yusuf", None, "Region Dalarna"),
                            P("Linda Borg", None, "Region Dalarna", diet="nut allergy")], ALL, diet="nut allergy"),
             "English; colleagues without addresses; one person's diet"),
        mail("ai060", "2027-01-12T08:05", ("Olof Backman", "olof.backman@hedemora.se"), "VB: DalaLab – hänger du med?",
             "Hej Linnea!\n\nKarin och jag anmäler oss båda till DalaLab, alla fyra träffarna – se nedan.\n\n/Olof\n\n"
             "Olof Backman\nBygglovshandläggare, Hedemora kommun\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Karin Eld <karin.eld@hedemora.se>\nSkickat: den 11 januari 2027 16:42\n"
             "Till: Olof Backman <olof.backman@hedemora.se>\nÄmne: DalaLab – hänger du med?\n\n"
             "Hej Olof! Jag tänker gå på DalaLab, alla fyra gångerna. Hänger du med? Kan du anmäla oss båda i så fall?\n\n/Karin",
             X("register", [P("Olof Backman", "olof.backman@hedemora.se", "Hedemora kommun"),
                            P("Karin Eld", "karin.eld@hedemora.se", "Hedemora kommun")], ALL),
             "forwarded internal chain; colleague's address from the forwarded header"),
        mail("ai061", "2027-01-14T11:48", ("Ulrika Sahlin", "ulrika.sahlin@alvdalen.se"), "Lägga till en träff",
             "Hej!\n\nJag och Ulf Granath är anmälda till träffen 3 maj. Vi vill gärna lägga till 29 november också, "
             "för oss båda.\n\nTack!\nUlrika Sahlin\nÄlvdalens kommun",
             X("change", [P("Ulrika Sahlin", "ulrika.sahlin@alvdalen.se", "Älvdalens kommun"),
                          P("Ulf Granath", None, "Älvdalens kommun")], [S1, S3]),
             "adding a session for two people; sessions after the change"),
        mail("ai062", "2027-01-18T14:26", ("Birgitta Ohlsson", "birgitta.ohlsson@falun.se"), "Anmälan DalaLab – Anders Wallin",
             "Hej,\n\nJag anmäler vår samhällsbyggnadschef Anders Wallin (anders.wallin@falun.se) till DalaLab. Han kan "
             "delta 3/5 och 22/2, de andra datumen är han upptagen.\n\nMed vänlig hälsning\nBirgitta Ohlsson\n"
             "Chefssekreterare\nSamhällsbyggnadsförvaltningen\nFalu kommun\n791 83 Falun\nTel 023-830 00",
             X("register", [P("Anders Wallin", "anders.wallin@falun.se", "Falu kommun")], [S1, S4]),
             "secretary registers her boss only; numeric dates"),
        tg("ai063", "2027-01-19T07:58", "Micke", 5987712034,
           "Hej, en fråga. Gäller max tre per kommun även om vi kommer från olika förvaltningar? Vi är två från bygg och två från näringslivsenheten i Ludvika som är sugna.",
           X("question"), "telegram quota question"),
        mail("ai064", "2027-01-21T22:10", ("Stina Aronsson", "stina.aronsson@gagnef.se"), "anmälan",
             "hej.\n\nanmäler oss tre från gagnef till dalalab: anders persson, britt-marie ståhl och mig själv. "
             "alla träffarna.\n\n/stina aronsson\n\nSkickat från min iPhone",
             X("register", [P("Stina Aronsson", "stina.aronsson@gagnef.se", "Gagnefs kommun"),
                            P("Anders Persson", None, "Gagnefs kommun"),
                            P("Britt-Marie Ståhl", None, "Gagnefs kommun")], ALL),
             "all lower case names from a phone"),
        mail("ai065", "2027-01-25T10:00", ("Kerstin Hed", "kerstin.hed@vansbro.se"), "Avbokning DalaLab",
             "Hej Linnea,\n\nTyvärr måste vi från Vansbro avboka vårt deltagande i DalaLab helt. Det gäller mig, Lars Dahl "
             "och Eva Mattsson. Vi har fått en omorganisation som gör att vi inte har möjlighet i år.\n\n"
             "Ledsen för besväret!\nKerstin Hed\nVansbro kommun\n0281-750 00",
             X("cancel", [P("Kerstin Hed", "kerstin.hed@vansbro.se", "Vansbro kommun"),
                          P("Lars Dahl", None, "Vansbro kommun"),
                          P("Eva Mattsson", None, "Vansbro kommun")], ALL),
             "whole group cancels, no session named"),
        mail("ai066", "2027-01-26T06:12", ("Lena Grahn", "lena.grahn@borlange.se"), "Automatiskt svar: Bekräftelse DalaLab",
             "Tack för ditt mejl.\n\nJag är föräldraledig till och med 28 februari 2027 och läser inte min e-post. "
             "Frågor om anmälningar från Samhällsbyggnadsförvaltningen besvaras av planering@borlange.se.\n\n"
             "Med vänlig hälsning\nLena Grahn\nBorlänge kommun",
             X("auto_reply"), "out-of-office naming a function mailbox and a date"),
        mail("ai067", "2027-01-28T03:44", ("DalaLab Attendee Services", "billing@eu-events-registry.com"),
             "DalaLab 2027 – Group registration invoice #44812",
             "Dear participant coordinator,\n\nThank you for your group registration for DalaLab 2027 (3 May 2027, 21 September 2027, "
             "29 November 2027, 22 February 2028). To confirm the places for your group of 3 attendees, please settle "
             "the attached invoice of EUR 1,290 per attendee within 5 working days.\n\nFailure to pay will result in the "
             "cancellation of all seats.\n\nPay now: http://eu-events-registry.com/pay/44812\n\nAttendee Services",
             X("unknown"), "invoice scam dressed as group registration, lists all dates"),
        mail("ai068", "2027-02-01T12:34", ("Marie Lund", "marie.lund@gagnef.se"), "Radera uppgifter",
             "Hej,\n\nMin kollega Per Edvall och jag avanmälde oss från DalaLab i januari. Nu vill vi att ni raderar alla "
             "personuppgifter ni har om oss båda (namn, e-post och kostuppgifter). Per har bett mig skriva för oss båda.\n\n"
             "Vänligen bekräfta när det är gjort.\n\nMarie Lund\nGagnefs kommun",
             X("erasure", [P("Marie Lund", "marie.lund@gagnef.se", "Gagnefs kommun"),
                           P("Per Edvall", None, "Gagnefs kommun")]),
             "erasure for sender and a colleague"),
        mail("ai069", "2027-02-03T09:19", ("Tina Rehn", "tina.rehn@mora.se"), "Anmälan DalaLab Mora + Orsa",
             "Hej Linnea!\n\nMora och Orsa samarbetar kring översiktsplanen, så vi vill gärna gå tillsammans. Från Mora kommun "
             "anmäler jag mig själv och Henrik Falk, och från Orsa kommun följer Sanna Öhman med. Alla tre på samtliga "
             "träffar.\n\nHälsningar\nTina Rehn\nPlanarkitekt\nMora kommun\n0250-260 00",
             X("register", [P("Tina Rehn", "tina.rehn@mora.se", "Mora kommun"),
                            P("Henrik Falk", None, "Mora kommun"),
                            P("Sanna Öhman", None, "Orsa kommun")], ALL),
             "two municipalities in one mail; the text gives each person's organisation"),
        mail("ai070", "2027-02-05T15:37", ("Tove Lindahl", "tove.lindahl@lansstyrelsen.se"), "Kost DalaLab",
             "Hej!\n\nJag och Emma Rask är båda anmälda till alla fyra träffarna i DalaLab. Vill bara komplettera med "
             "kostönskemål: Emma är vegan och jag är laktosintolerant.\n\nTack!\nTove Lindahl\nLänsstyrelsen Dalarna",
             X("change", [P("Tove Lindahl", "tove.lindahl@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="laktosintolerant"),
                          P("Emma Rask", None, "Länsstyrelsen Dalarna", diet="vegan")],
               ALL, diet="vegan, laktosintolerant"),
             "diet update for two already-registered people; sessions stated as all four"),
        tg("ai071", "2027-02-07T18:25", "Ebba", 6311209475,
           "Hej! Ebba Norling här, Älvdalens kommun. Anmäl mig + Hanna Sund till 3 maj och 21 sept. Hanna är glutenfri.",
           X("register", [P("Ebba Norling", None, "Älvdalens kommun"),
                          P("Hanna Sund", None, "Älvdalens kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
           "telegram: two people, two sessions, colleague's diet"),
        mail("ai072", "2027-02-09T10:52", ("Hampus Lind", "hampus.lind@smedjebacken.se"), "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag och Therese Wall (therese.wall@smedjebacken.se) kan i nuläget bara binda oss för första träffen, "
             "den i Falun, så vi anmäler oss till den. Vi återkommer om resten efter sommaren.\n\n"
             "Vänliga hälsningar\n\nHampus Lind\nFysisk planerare\nSmedjebackens kommun\nKyrkogatan 2, 777 30 Smedjebacken\n"
             "Växel: 0240-660 00 | Direkt: 0240-660 21\nwww.smedjebacken.se\n\n"
             + INVITE.format(to="Lind Hampus <hampus.lind@smedjebacken.se>"),
             X("register", [P("Hampus Lind", "hampus.lind@smedjebacken.se", "Smedjebackens kommun"),
                            P("Therese Wall", "therese.wall@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "Outlook reply quoting all dates but signing up for 'första träffen' only"),
        mail("ai073", "2027-02-12T13:03", ("Camilla Kron", "camilla.kron@sater.se"), "Ändring av anmälan",
             "Hej Linnea,\n\nTomas Berg, som jag anmälde tillsammans med mig själv i december, hoppar av DalaLab helt – "
             "han har bytt tjänst. Jag fortsätter som vanligt.\n\nMvh Camilla Kron\nSäters kommun",
             X("cancel", [P("Tomas Berg", None, "Säters kommun")], ALL),
             "withdrawn colleague without substitute under subject 'Ändring'; sender continues, not among"),
        mail("ai074", "2027-02-15T08:40", ("Rasmus Edlund", "rasmus.edlund@ludvika.se"), "Reservplats?",
             "Hej!\n\nVi har redan tre anmälda från Ludvika. Om vi längre fram skulle vilja skicka en fjärde person – "
             "finns det någon reservlista, eller är det helt stängt? Vi har ingen bestämd person ännu.\n\n"
             "Hälsningar\nRasmus Edlund\nLudvika kommun",
             X("question"), "quota / waitlist question with no person named"),
        mail("ai075", "2027-02-17T11:11", ("Lars Hedin", "lars.hedin@rattvik.se"), "Anmälan DalaLab Rättvik",
             "Hej,\n\nVi är fyra från Rättviks kommun som vill anmäla oss till DalaLab, alla tillfällen:\n\n"
             "Lars Hedin\nAnnika Moe\nSven Rask\nYvonne Tapper\n\nMvh\nLars Hedin\nSamhällsplanerare, Rättviks kommun\n"
             "Storgatan 2, 795 80 Rättvik\nTel 0248-700 00",
             X("register", [P("Lars Hedin", "lars.hedin@rattvik.se", "Rättviks kommun"),
                            P("Annika Moe", None, "Rättviks kommun"),
                            P("Sven Rask", None, "Rättviks kommun"),
                            P("Yvonne Tapper", None, "Rättviks kommun")], ALL),
             "four from one municipality (over the quota); plain name list including sender"),
        mail("ai076", "2027-02-19T14:44", ("Oskar Svärd", "oskar.svard@malung-salen.se"), "Anmälan DalaLab",
             "Hej!\n\nAnmäler tre från Malung-Sälens kommun till samtliga träffar:\n\n"
             "- Linus Frost, linus.frost@malung-salen.se (vegetarisk)\n- Hanna Bergqvist, hanna.bergqvist@malung-salen.se\n"
             "- jag själv\n\nHälsningar\nOskar Svärd\nUtvecklingsstrateg\nMalung-Sälens kommun\n0280-181 00",
             X("register", [P("Oskar Svärd", "oskar.svard@malung-salen.se", "Malung-Sälens kommun"),
                            P("Linus Frost", "linus.frost@malung-salen.se", "Malung-Sälens kommun", diet="vegetarisk"),
                            P("Hanna Bergqvist", "hanna.bergqvist@malung-salen.se", "Malung-Sälens kommun")],
               ALL, diet="vegetarisk"),
             "ordinary list with addresses and one diet; sender 'jag själv'"),
        tg("ai077", "2027-02-22T20:33", "Oskar L", 6050123987,
           "Hej, det är Oskar Lind på Falu kommun. Vi tre som är anmälda (jag, Mia Berg och Jon Ahl) vill byta 29 nov mot 22 feb om det går?",
           X("change", [P("Oskar Lind", None, "Falu kommun"), P("Mia Berg", None, "Falu kommun"),
                        P("Jon Ahl", None, "Falu kommun")], [S4]),
           "telegram: bare swap for a group gives only the new session"),
        mail("ai078", "2027-02-24T09:06", ("Gunilla Frid", "gunilla.frid@mora.se"), "Anmälan DalaLab",
             "Hej Linnea,\n\nJag vill anmäla två planerare hos oss:\n\nNilsson, Åsa <asa.nilsson@mora.se>; Holm, Jens <jens.holm@mora.se>\n\n"
             "De kommer på alla träffar utom den i november.\n\nMed vänliga hälsningar\nGunilla Frid\nAssistent\n"
             "Mora kommun, 792 80 Mora",
             X("register", [P("Åsa Nilsson", "asa.nilsson@mora.se", "Mora kommun"),
                            P("Jens Holm", "jens.holm@mora.se", "Mora kommun")], [S1, S2, S4]),
             "Outlook-style 'Efternamn, Förnamn <addr>' list; 'alla utom den i november'"),
        mail("ai079", "2027-02-26T16:18", ("Mattias Orre", "mattias.orre@avesta.se"), "Sofia Lundin 21/9",
             "Hej!\n\nSofia Lundin kan tyvärr inte komma den 21 september men kommer på de övriga träffarna. "
             "Kan du stryka henne från det datumet?\n\nTack / Mattias\nAvesta kommun",
             X("cancel", [P("Sofia Lundin", None, "Avesta kommun")], [S2]),
             "colleague cancels one session for another person"),
        mail("ai080", "2027-03-01T10:29", ("Josefin Ahl", "josefin.ahl@leksand.se"), "Fråga – olika personer olika träffar",
             "Hej!\n\nFår vi skicka olika personer till olika träffar, så länge vi aldrig är fler än tre per gång? "
             "Vi har en del semestrar och tjänstledigheter som gör det svårt för samma personer att gå på alla fyra.\n\n"
             "Mvh Josefin Ahl\nLeksands kommun",
             X("question"), "question about rotating people within the quota"),
        mail("ai081", "2027-03-03T11:57", ("Mail Delivery System", "MAILER-DAEMON@mx1.falun.se"),
             "Undeliverable: Anmälan DalaLab – tre från Falun",
             "This is the mail system at host mx1.falun.se.\n\nI'm sorry to have to inform you that your message could not "
             "be delivered to one or more recipients.\n\n<linnea.hasis@regiondalarna.se>: host mx.regiondalarna.se said: "
             "550 5.1.1 User unknown\n\n--- Original message ---\nFrom: Nora Fjäll <nora.fjall@falun.se>\n"
             "Subject: Anmälan DalaLab – tre från Falun\n\nHej! Jag anmäler mig, Pontus Ek och Li Sandén till alla fyra träffarna.\n",
             X("auto_reply"), "bounce (misspelled recipient) containing a group signup"),
        mail("ai082", "2027-03-05T13:40", ("David Moreno", "david.moreno@borlange.se"), "DalaLab registration – two municipalities",
             "Hello Linnea,\n\nI would like to register for the sessions on 21 September and 29 November. My counterpart "
             "in Falun, Erik Sand (erik.sand@falun.se), would like to join the same two sessions – we are working on a "
             "joint study of the Borlänge–Falun corridor.\n\nKind regards,\nDavid Moreno\nPlanning strategist\n"
             "Borlänge kommun\n+46 243 740 00",
             X("register", [P("David Moreno", "david.moreno@borlange.se", "Borlänge kommun"),
                            P("Erik Sand", "erik.sand@falun.se", "Falu kommun")], [S2, S3]),
             "English; two municipalities; two sessions"),
        tg("ai083", "2027-03-08T12:02", "Anna", 6402288751,
           "Hej! Vi är tre från Malung-Sälen som vill vara med på alla: Ida Persson, Rolf Olsson och jag (Anna Berg)",
           X("register", [P("Anna Berg", None, "Malung-Sälens kommun"), P("Ida Persson", None, "Malung-Sälens kommun"),
                          P("Rolf Olsson", None, "Malung-Sälens kommun")], ALL),
           "telegram group signup, sender's name at the end"),
        mail("ai084", "2027-03-10T08:50", ("Samhällsbyggnad Orsa", "samhallsbyggnad@orsa.se"), "Anmälan DalaLab",
             "Hej,\n\nHärmed anmäls Jenny Åkesson (jenny.akesson@orsa.se) och Mats Lidén till DalaLab, samtliga fyra "
             "träffar. Mats är ny hos oss och har inte fått sin e-postadress ännu, så skicka gärna hans bekräftelse hit.\n\n"
             "Med vänlig hälsning\nSamhällsbyggnadsförvaltningen\nOrsa kommun",
             X("register", [P("Jenny Åkesson", "jenny.akesson@orsa.se", "Orsa kommun"),
                            P("Mats Lidén", None, "Orsa kommun")], ALL),
             "function mailbox; one person with address, one without (mailbox address is not his own)"),
        mail("ai085", "2027-03-12T15:21", ("Elin Rydh", "elin.rydh@leksand.se"), "Byte av deltagare",
             "Hej Linnea,\n\nLisa Strand har slutat hos oss. Hennes plats i DalaLab tar Nina Ek (nina.ek@leksand.se) över, "
             "för alla fyra träffarna.\n\nHälsningar\nElin Rydh\nPlanchef, Leksands kommun",
             X("change", [P("Lisa Strand", None, "Leksands kommun"),
                          P("Nina Ek", "nina.ek@leksand.se", "Leksands kommun")], ALL),
             "manager substitutes a participant for the whole series"),
        mail("ai086", "2027-03-15T09:33", ("Maja Frisk", "maja.frisk@avesta.se"), "Anmälan februari 2028",
             "Hej!\n\nJag och Robin Ek (robin.ek@avesta.se) vill anmäla oss till träffen den 22 februari 2028 om tillgänglighet.\n\n"
             "Mvh\nMaja Frisk\nTrafikplanerare\nAvesta kommun",
             X("register", [P("Maja Frisk", "maja.frisk@avesta.se", "Avesta kommun"),
                            P("Robin Ek", "robin.ek@avesta.se", "Avesta kommun")], [S4]),
             "ordinary: two people, one session"),
        mail("ai087", "2027-03-18T14:09", ("Ingrid Dahlström", "ingrid.dahlstrom@alvdalen.se"), "Anmälan från Älvdalens kommun",
             "Hej,\n\nÄlvdalens kommun anmäler följande till DalaLab, alla träffar:\n\n"
             "Översiktsplanerare Elin Mård, elin.mard@alvdalen.se\nFysisk planerare Jonas Bäck, jonas.back@alvdalen.se\n"
             "samt undertecknad.\n\nMed vänlig hälsning\nIngrid Dahlström\nSamhällsbyggnadschef\nÄlvdalens kommun\n"
             "Dalgatan 21, 796 80 Älvdalen\n0251-310 00",
             X("register", [P("Ingrid Dahlström", "ingrid.dahlstrom@alvdalen.se", "Älvdalens kommun"),
                            P("Elin Mård", "elin.mard@alvdalen.se", "Älvdalens kommun"),
                            P("Jonas Bäck", "jonas.back@alvdalen.se", "Älvdalens kommun")], ALL),
             "iso-8859-1; titles before names; 'samt undertecknad'", charset="iso-8859-1"),
        mail("ai088", "2027-03-22T10:14", ("Lena Sandberg", "lena.sandberg@falun.se"), "VB: DalaLab november",
             "Hej Linnea!\n\nSe nedan från Gunnar. Kan du stryka honom och Eva Strand från träffen i november?\n\n"
             "Tack på förhand!\nLena Sandberg\nAdministratör, Samhällsbyggnadsförvaltningen\nFalu kommun\n023-830 00\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Gunnar Ek <gunnar.ek@falun.se>\nSkickat: den 22 mars 2027 08:02\n"
             "Till: Lena Sandberg <lena.sandberg@falun.se>\nÄmne: DalaLab november\n\n"
             "Hej Lena, kan du avanmäla mig och Eva Strand från DalaLab-träffen 29 november? Vi har budgetberedning då. "
             "Övriga träffar går vi på som planerat.\n\n/Gunnar",
             X("cancel", [P("Gunnar Ek", "gunnar.ek@falun.se", "Falu kommun"),
                          P("Eva Strand", None, "Falu kommun")], [S3]),
             "secretary forwards manager's cancellation for two; sender not among"),
        mail("ai089", "2027-03-29T11:36", ("Jessica Holm", "jessica.holm@smedjebacken.se"), "Anmälan",
             "Hej!\n\nJag och min kollega Robert Ström vill gärna anmäla oss till höstens träff i DalaLab.\n\n"
             "Mvh Jessica Holm\nSmedjebackens kommun",
             X("register", [P("Jessica Holm", "jessica.holm@smedjebacken.se", "Smedjebackens kommun"),
                            P("Robert Ström", None, "Smedjebackens kommun")], [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions"),
        tg("ai090", "2027-04-06T17:45", "Lotta V", 6518830021,
           "Hej! Har ni fått vår anmälan? Vi skickade den från den gemensamma brevlådan på Vansbro kommun för mig och Pelle för ett par veckor sen men har inte fått någon bekräftelse.",
           X("question"), "telegram question about a group signup sent from a function mailbox"),
    ]
