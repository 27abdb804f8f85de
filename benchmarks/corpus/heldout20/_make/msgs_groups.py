from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna
"""

REMINDER_SUBJ = "Påminnelse: anmälan till DalaLab senast 14 april"

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15 med fika från 09.30.

Varje kommun kan delta med upp till tre personer. Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna
"""


def outlook(sent, to, subject, text):
    """An Outlook-style quoted original below the reply."""
    return ("\n\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{text}")


def gt(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def messages():
    return [
        # ---------------------------------------------------------------- December
        mail("b046", "2026-12-03T09:14", ("Grönlund Helena", "helena.gronlund@borlange.se"), "SV: " + INVITE_SUBJ,
             "Hej Linnea,\n\n"
             "Tack för inbjudan! Från Borlänge vill vi gärna vara med fullt ut. Anmäl mig själv och två från min "
             "grupp: Tobias Ekman (tobias.ekman@borlange.se) och Linda Persson. Vi kommer alla tre på samtliga "
             "träffar.\n\n"
             "Linda har inte fått sin nya mejladress än, jag skickar den när hon har den.\n\n"
             "Vänliga hälsningar\n\n"
             "Helena Grönlund\n"
             "Enhetschef Översiktsplanering\n"
             "Samhällsbyggnadsförvaltningen\n"
             "Borlänge kommun\n"
             "Röda vägen 50, 781 81 Borlänge\n"
             "Tfn 0243-740 00 / 070-312 45 67\n"
             "www.borlange.se\n\n"
             "Jag är ledig 23/12–6/1."
             + outlook("den 26 november 2026 10:02", "Grönlund Helena <helena.gronlund@borlange.se>",
                       INVITE_SUBJ, INVITE),
             X("register", [P("Helena Grönlund", "helena.gronlund@borlange.se", "Borlänge kommun"),
                            P("Tobias Ekman", "tobias.ekman@borlange.se", "Borlänge kommun"),
                            P("Linda Persson", None, "Borlänge kommun")], ALL),
             "manager + two of her team in prose, one without address; 'samtliga träffar'; surname-first display "
             "name; leave 23/12–6/1 in signature; quoted invitation"),

        mail("b047", "2026-12-08T13:40", ("Birgitta Eng", "birgitta.eng@leksand.se"),
             "Anmälan DalaLab – Leksands kommun (3 personer)",
             "Hej!\n\n"
             "Jag är administratör på Samhällsutvecklingsenheten och har fått i uppdrag att anmäla våra planerare "
             "till DalaLab. Jag deltar inte själv.\n\n"
             "- Anders Lundin, anders.lundin@leksand.se – alla fyra träffarna\n"
             "- Maja Hellström, maja.hellstrom@leksand.se – 3 maj och 21 september (vegetarisk kost)\n"
             "- Karl-Erik Dahlberg, karl-erik.dahlberg@leksand.se – endast 29 november\n\n"
             "Om det blir någon avgift: fakturaadress Leksands kommun, Box 301, 793 27 Leksand, ref. 4410.\n\n"
             "Hälsningar\n"
             "Birgitta Eng\n"
             "Administratör, Samhällsutvecklingsenheten\n"
             "Leksands kommun\n"
             "0247-800 00",
             X("register", [P("Anders Lundin", "anders.lundin@leksand.se", "Leksands kommun"),
                            P("Maja Hellström", "maja.hellstrom@leksand.se", "Leksands kommun", diet="vegetarisk"),
                            P("Karl-Erik Dahlberg", "karl-erik.dahlberg@leksand.se", "Leksands kommun")],
               ALL, diet="vegetarisk"),
             "administrator registers three (bullets with addresses), not herself; per-person sessions whose union "
             "is all four; diet for one person; Box/postcode/ref numbers"),

        mail("b048", "2026-12-14T10:05", ("Plan- och bygg Gagnef", "planbygg@gagnef.se"), "Anmälan till DalaLab",
             "Hej,\n\n"
             "Vi vill anmäla följande två medarbetare till DalaLab:\n\n"
             "Nordin, Ylva <ylva.nordin@gagnef.se>\n"
             "Åberg, Simon <simon.aberg@gagnef.se>\n\n"
             "De kommer på första och tredje träffen. Inga behov av specialkost.\n\n"
             "Med vänlig hälsning\n"
             "Agneta Rydén\n"
             "för Plan- och byggenheten, Gagnefs kommun\n"
             "Funktionsbrevlåda: planbygg@gagnef.se\n"
             "Besöksadress: Kyrkbacken 1, 785 80 Gagnef\n"
             "Telefontid mån–tors 9–11",
             X("register", [P("Ylva Nordin", "ylva.nordin@gagnef.se", "Gagnefs kommun"),
                            P("Simon Åberg", "simon.aberg@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "shared mailbox; 'Efternamn, Förnamn <addr>' lines; signer not a participant; 'första och tredje "
             "träffen'; 'Inga behov av specialkost' is no diet"),

        mail("b049", "2026-12-17T15:22", ("Fridh Louise", "louise.fridh@mora.se"),
             "Anmälan DalaLab från Mora kommun",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
             "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} "
             "td {padding:2pt 6pt;} --></style></head>\n"
             "<body lang=\"SV\"><div class=\"WordSection1\">\n"
             "<p class=\"MsoNormal\">Hej Linnea!</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<p class=\"MsoNormal\">H&auml;r kommer Mora kommuns anm&auml;lan till DalaLab. Vi &auml;r tre som "
             "deltar, men p&aring; lite olika tr&auml;ffar:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n"
             "<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Tr&auml;ffar</b></td>"
             "<td><b>Specialkost</b></td></tr>\n"
             "<tr><td>Rolf Ingvarsson</td><td>rolf.ingvarsson@mora.se</td><td>Alla fyra</td><td>&nbsp;</td></tr>\n"
             "<tr><td>Amanda Svedberg</td><td>amanda.svedberg@mora.se</td><td>3/5, 21/9</td>"
             "<td>Glutenfri</td></tr>\n"
             "<tr><td>Jesper Kvist</td><td>jesper.kvist@mora.se</td><td>21/9, 29/11, 22/2</td>"
             "<td>Laktosfri</td></tr>\n"
             "</table>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<p class=\"MsoNormal\">Jag administrerar bara anm&auml;lan och deltar inte sj&auml;lv.</p>\n"
             "<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<p class=\"MsoNormal\">H&auml;lsningar<br>Louise Fridh<br>HR-administrat&ouml;r, "
             "Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>Mora kommun<br>Fredsgatan 16, 792 80 Mora<br>"
             "0250-260 00</p>\n</div></body></html>",
             X("register", [P("Rolf Ingvarsson", "rolf.ingvarsson@mora.se", "Mora kommun"),
                            P("Amanda Svedberg", "amanda.svedberg@mora.se", "Mora kommun", diet="glutenfri"),
                            P("Jesper Kvist", "jesper.kvist@mora.se", "Mora kommun", diet="laktosfri")],
               ALL, diet="glutenfri, laktosfri"),
             "HTML-only Outlook table: per-person sessions (union all four) and diets; sender administers only",
             html=True),

        mail("b050", "2026-12-21T11:02", ("Sofie Lindblad", "sofie.lindblad@ludvika.se"),
             "Anmälan DalaLab – Ludvika + Smedjebacken",
             "Hej Linnea!\n\n"
             "Jag och min kollega i Smedjebacken, Mikael Rask, jobbar ihop med en gemensam fördjupad översiktsplan "
             "för Väsmanområdet och skulle gärna gå DalaLab tillsammans. Vi vill anmäla oss till alla träffar utom "
             "den i februari 2028 (då har vi samråd).\n\n"
             "Mikael nås på mikael.rask@smedjebacken.se. Han anmäls från Smedjebackens kommun och jag från "
             "Ludvika.\n\n"
             "God jul!\n\n"
             "Sofie Lindblad\n"
             "Planarkitekt, Ludvika kommun\n"
             "0240-860 00",
             X("register", [P("Sofie Lindblad", "sofie.lindblad@ludvika.se", "Ludvika kommun"),
                            P("Mikael Rask", "mikael.rask@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S2, S3]),
             "two organisations in one mail; 'alla träffar utom den i februari 2028' = three sessions"),

        # ---------------------------------------------------------------- January
        mail("b051", "2027-01-05T10:30", ("Rebecca Hughes", "rebecca.hughes@regiondalarna.se"),
             "DalaLab registration – Spatial Planning unit",
             "Hi Linnea,\n\n"
             "Happy new year! I'd like to register two colleagues from my unit for DalaLab:\n\n"
             "Daniel Okafor – he doesn't have his regiondalarna address yet, he starts on 18 January\n"
             "Ingela Strömberg – ingela.stromberg@regiondalarna.se\n\n"
             "They will both attend the first session in May and the one on 21 September. I won't be taking part "
             "myself, unfortunately – too many other commitments this year.\n\n"
             "Best regards,\n"
             "Rebecca Hughes\n"
             "Head of Unit, Spatial Planning and Infrastructure\n"
             "Region Dalarna\n"
             "Box 712, 791 29 Falun\n"
             "+46 23 49 00 00",
             X("register", [P("Daniel Okafor", None, "Region Dalarna"),
                            P("Ingela Strömberg", "ingela.stromberg@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "English; head of unit registers two, not herself; 'first session in May' + '21 September'; "
             "'18 January' is a start date"),

        tg("b052", "2027-01-08T20:17", "Tove Malmberg", 6031448120,
           "hej! tove här från orsa kommun 🙂 vill anmäla mig + mina kollegor ronja berggren och ville ståhl till "
           "dalalab, alla träffarna. ronja är vegan",
           X("register", [P("Tove Malmberg", None, "Orsa kommun"),
                          P("Ronja Berggren", None, "Orsa kommun", diet="vegan"),
                          P("Ville Ståhl", None, "Orsa kommun")], ALL, diet="vegan"),
           "telegram group signup in lower case; sender + two colleagues; diet for one"),

        mail("b053", "2027-01-11T08:52", ("Lindh Magnus", "magnus.lindh@sater.se"), "Anmälan DalaLab",
             "Hej,\n\n"
             "Min kollega Jenny Fors anmälde sig förra veckan och nu har jag också fått klartecken från min chef. "
             "Jag vill anmäla mig till samma träffar som Jenny, alltså 3 maj och 29 november.\n\n"
             "Mvh\n"
             "Magnus Lindh\n"
             "Planhandläggare\n"
             "Säters kommun | Samhällsbyggnadsförvaltningen\n"
             "Rådhusgatan 1, 783 27 Säter\n"
             "0225-550 00",
             X("register", [P("Magnus Lindh", "magnus.lindh@sater.se", "Säters kommun")], [S1, S3]),
             "colleague already registered mentioned in passing (not a person); sessions stated explicitly"),

        mail("b054", "2027-01-14T14:08", ("Sahlin Annelie", "annelie.sahlin@falun.se"), "SV: " + INVITE_SUBJ,
             "Hej Linnea!\n\n"
             "Här kommer Falu kommuns anmälan till DalaLab. Vi har diskuterat internt och går med tre personer från "
             "översiktsplaneringen:\n\n"
             "1. Elsa Nordqvist, strateg\n"
             "2. Patrik Hammar, planarkitekt\n"
             "3. Lovisa Björk, trafikplanerare\n\n"
             "Alla tre deltar på samtliga fyra träffar. Om det skulle bli någon plats över vill vi gärna ha med "
             "Hugo Ekberg (landskapsarkitekt) som reserv.\n\n"
             "E-postadresserna är enligt fornamn.efternamn@falun.se. Jag deltar inte själv.\n\n"
             "Vänliga hälsningar\n"
             "Annelie Sahlin\n"
             "Samhällsbyggnadschef\n"
             "Falu kommun\n"
             "Stadshuset, 791 83 Falun\n"
             "023-830 00"
             + outlook("den 26 november 2026 10:02", "Sahlin Annelie <annelie.sahlin@falun.se>",
                       INVITE_SUBJ, INVITE),
             X("register", [P("Elsa Nordqvist", "elsa.nordqvist@falun.se", "Falu kommun"),
                            P("Patrik Hammar", "patrik.hammar@falun.se", "Falu kommun"),
                            P("Lovisa Björk", "lovisa.bjork@falun.se", "Falu kommun"),
                            P("Hugo Ekberg", "hugo.ekberg@falun.se", "Falu kommun")], ALL),
             "numbered list of three + a fourth as reserve (a person); pattern address written out (ö -> o); "
             "manager not attending; quoted invitation"),

        mail("b055", "2027-01-18T16:45", ("Greta Nyström", "greta.nystrom@vansbro.se"),
             "Avanmälan DalaLab – Vansbro",
             "Hej Linnea,\n\n"
             "Tråkigt besked: vi från Vansbro kommun måste avanmäla oss från DalaLab. Efter beslutet i "
             "kommunstyrelsen den 12 januari pausas arbetet med den nya översiktsplanen och vi har inte möjlighet "
             "att lägga tid på lärprojektet i år.\n\n"
             "Det gäller alltså alla tre som anmäldes i december: jag själv, Leo Sandström och Hedvig Lund.\n\n"
             "Om läget ändras hör jag av mig igen.\n\n"
             "Hälsningar\n"
             "Greta Nyström\n"
             "Plan- och byggchef\n"
             "Vansbro kommun\n"
             "0281-750 00",
             X("cancel", [P("Greta Nyström", "greta.nystrom@vansbro.se", "Vansbro kommun"),
                          P("Leo Sandström", None, "Vansbro kommun"),
                          P("Hedvig Lund", None, "Vansbro kommun")], ALL),
             "group cancellation incl. the sender, no sessions named -> all four; '12 januari' is not a session"),

        mail("b056", "2027-01-20T09:31", ("Torbjörn Kask", "torbjorn.kask@avesta.se"), "Byte av deltagare DalaLab",
             "Hej!\n\n"
             "Stefan Wahlberg, som jag anmälde i december, har slutat hos oss vid årsskiftet. Hans plats tar vår nya "
             "planarkitekt Nadia Haddad, nadia.haddad@avesta.se. Hon går på samma träffar som Stefan var anmäld "
             "till: 3 maj, 21 september och 29 november.\n\n"
             "Tack på förhand!\n\n"
             "/Torbjörn\n\n"
             "Torbjörn Kask\n"
             "Stadsarkitekt\n"
             "Avesta kommun\n"
             "Tel 0226-64 50 00",
             X("change", [P("Stefan Wahlberg", None, "Avesta kommun"),
                          P("Nadia Haddad", "nadia.haddad@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "substitution in one message: both people, the substitute's sessions; sender not a participant"),

        mail("b057", "2027-01-22T11:12", ("Kerstin Ljung", "kerstin.ljung@rattvik.se"), "Ändring i Rättviks anmälan",
             "Hej Linnea,\n\n"
             "Jonna Eriksson har fått ett nytt jobb i Mora och slutar hos oss i februari, så hon ska inte vara med i "
             "DalaLab. Kan du stryka henne från vår anmälan? Vi har ingen ersättare i nuläget.\n\n"
             "Axel Frost och jag står kvar som tidigare.\n\n"
             "Hälsningar\n"
             "Kerstin Ljung\n"
             "Översiktsplanerare\n"
             "Rättviks kommun\n"
             "Storgatan 2, 795 80 Rättvik\n"
             "0248-700 00",
             X("cancel", [P("Jonna Eriksson", None, "Rättviks kommun")], ALL),
             "colleague withdrawn without substitute -> cancel all four despite the 'Ändring' subject; Mora is her "
             "new employer, not her organisation here; the two who stay are not people"),

        mail("b058", "2027-01-25T13:20", ("Sven-Olof Mård", "sven-olof.mard@alvdalen.se"),
             "DalaLab – anmälan Älvdalen",
             "Hej!\n\n"
             "Vi blir tre från Älvdalens kommun, men med lite olika upplägg:\n\n"
             "Jag själv kommer på första träffen 3 maj och på den sista i februari 2028.\n"
             "Lina Granath går på alla fyra. Hon behöver vegetarisk kost.\n"
             "Ture Backman kommer bara den 21 september. Ture har glutenfri kost.\n\n"
             "Lina och Ture har adresser enligt samma mönster som min.\n\n"
             "Hälsningar\n"
             "Sven-Olof Mård\n"
             "Kommunarkitekt\n"
             "Älvdalens kommun\n"
             "Dalgatan 11, 796 80 Älvdalen\n"
             "0251-310 00",
             X("register", [P("Sven-Olof Mård", "sven-olof.mard@alvdalen.se", "Älvdalens kommun"),
                            P("Lina Granath", "lina.granath@alvdalen.se", "Älvdalens kommun", diet="vegetarisk"),
                            P("Ture Backman", "ture.backman@alvdalen.se", "Älvdalens kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "per-person sessions and diets in prose (union all four); addresses 'samma mönster som min' written "
             "out; iso-8859-1",
             charset="iso-8859-1"),

        # ---------------------------------------------------------------- February
        mail("b059", "2027-02-01T10:48", ("Ulrika Mattsson", "ulrika.mattsson@malung-salen.se"), "VB: DalaLab",
             "Hej Linnea,\n\n"
             "Se nedan från Åsa – kan du anmäla dem? Jag är Åsas assistent och sköter anmälningarna åt "
             "förvaltningen.\n\n"
             "Hälsningar\n"
             "Ulrika Mattsson\n"
             "Administratör, Samhällsbyggnad\n"
             "Malung-Sälens kommun\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Lindkvist Åsa <asa.lindkvist@malung-salen.se>\n"
             "Skickat: den 29 januari 2027 16:02\n"
             "Till: Mattsson Ulrika <ulrika.mattsson@malung-salen.se>\n"
             "Ämne: DalaLab\n\n"
             "Hej Ulrika!\n\n"
             "Kan du anmäla mig, Gustav Nordström och Elvira Hansson till DalaLab hos Region Dalarna? Vi tar de två "
             "första träffarna, november och februari får vi ta ställning till senare.\n\n"
             "Gustavs adress är gustav.nordstrom@malung-salen.se, Elvira har ingen egen adress än (hon börjar "
             "15 februari).\n\n"
             "Tack!\n"
             "Åsa",
             X("register", [P("Åsa Lindkvist", "asa.lindkvist@malung-salen.se", "Malung-Sälens kommun"),
                            P("Gustav Nordström", "gustav.nordstrom@malung-salen.se", "Malung-Sälens kommun"),
                            P("Elvira Hansson", None, "Malung-Sälens kommun")], [S1, S2]),
             "forwarded internal mail: the assistant forwards, the manager (inner From) and two colleagues are "
             "registered; 'de två första träffarna'; November/February deferred; '15 februari' a start date"),

        mail("b060", "2027-02-03T08:37", ("Irene Wall", "irene.wall@smedjebacken.se"), "Fråga om antal deltagare",
             "Hej,\n\n"
             "En fråga innan vi anmäler oss: taket är tre personer per kommun, men hur räknas Mikael Rask? Han är "
             "redan anmäld tillsammans med Ludvika eftersom de jobbar med en gemensam FÖP. Räknas han in i "
             "Smedjebackens tre platser?\n\n"
             "Vi är i så fall två eller tre till som vill gå.\n\n"
             "Mvh\n"
             "Irene Wall\n"
             "Enhetschef Plan\n"
             "Smedjebackens kommun\n"
             "0240-660 00",
             X("question", [], []),
             "quota question from a manager; an already registered colleague mentioned; no signup yet"),

        mail("b061", "2027-02-05T15:10", ("Sebastian Kühn", "sebastian.kuhn@lansstyrelsen.se"),
             "Registration DalaLab (Länsstyrelsen + Hedemora)",
             "Hello,\n\n"
             "I work at the County Administrative Board (Länsstyrelsen Dalarna), in the unit for community "
             "planning. I would like to register for DalaLab together with Marta Kowalczyk from Hedemora "
             "municipality (marta.kowalczyk@hedemora.se) – we are running a joint project on accessibility and "
             "rural mobility.\n\n"
             "We would like to attend the sessions on 29 November and 22 February. I'm vegan; Marta has no dietary "
             "requirements.\n\n"
             "Sorry for writing in English, my Swedish is still a work in progress!\n\n"
             "Kind regards,\n"
             "Sebastian Kühn\n"
             "Planning Officer\n"
             "Länsstyrelsen Dalarna\n"
             "Åsgatan 38, 791 84 Falun\n"
             "Phone: 010-225 00 00",
             X("register", [P("Sebastian Kühn", "sebastian.kuhn@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan"),
                            P("Marta Kowalczyk", "marta.kowalczyk@hedemora.se", "Hedemora kommun")],
               [S3, S4], diet="vegan"),
             "English; two organisations (Länsstyrelsen + Hedemora); Falun street address is not an organisation"),

        tg("b062", "2027-02-08T07:41", "Jenny Fors", 5127730982,
           "Hej! Jenny Fors här, Säter. Både jag och Magnus Lindh måste tyvärr stryka 29/11, krockar med "
           "budgetdagarna. 3 maj står vi kvar på.",
           X("cancel", [P("Jenny Fors", None, "Säters kommun"),
                        P("Magnus Lindh", None, "Säters kommun")], [S3]),
           "partial cancellation for two people (the sender and the colleague of b053); 3 May stays"),

        mail("b063", "2027-02-10T09:55", ("Wiberg Eva", "eva.wiberg@hedemora.se"), "Anmälan DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
             "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
             "<p>Hej!</p>\n"
             "<p>Jag vill anm&auml;la tv&aring; deltagare fr&aring;n Hedemora kommun till tr&auml;ffarna den "
             "3 maj 2027 och 22 februari 2028:</p>\n"
             "<ul>\n<li>Wennberg, Carina &ndash; planarkitekt</li>\n<li>&Aring;hlund, Petter &ndash; "
             "milj&ouml;strateg</li>\n</ul>\n"
             "<p>Jag deltar inte sj&auml;lv. Ingen av dem har behov av specialkost.</p>\n"
             "<p>Med v&auml;nlig h&auml;lsning<br>\nEva Wiberg<br>\nN&auml;mndsekreterare<br>\n"
             "Hedemora kommun<br>\nStora Torget 1, 776 81 Hedemora<br>\n0225-340 00</p>\n"
             "</div></body></html>",
             X("register", [P("Carina Wennberg", None, "Hedemora kommun"),
                            P("Petter Åhlund", None, "Hedemora kommun")], [S1, S4]),
             "HTML-only; bullet list of 'Efternamn, Förnamn' without addresses; secretary not attending",
             html=True),

        mail("b064", "2027-02-12T14:03", ("Grönlund Helena", "helena.gronlund@borlange.se"),
             "SV: SV: " + INVITE_SUBJ,
             "Hej igen!\n\n"
             "En sak jag glömde i december: Tobias Ekman är laktosintolerant, kan ni notera det till fika och "
             "lunch?\n\n"
             "/Helena\n\n"
             "Helena Grönlund\n"
             "Enhetschef Översiktsplanering\n"
             "Borlänge kommun\n"
             "Tfn 0243-740 00 / 070-312 45 67"
             + outlook("den 4 december 2026 08:12", "Grönlund Helena <helena.gronlund@borlange.se>",
                       "SV: " + INVITE_SUBJ,
                       "Tack Helena!\n\nJag har noterat anmälan för dig, Tobias Ekman och Linda Persson till alla "
                       "fyra träffarna (3 maj, 21 september, 29 november och 22 februari).\n\nHälsningar\n"
                       "Linnea Hassis\nRegion Dalarna\n"),
             X("change", [P("Tobias Ekman", None, "Borlänge kommun", diet="laktosintolerant")], [],
               diet="laktosintolerant"),
             "manager writes again with a colleague's diet -> change with sessions []; the quoted confirmation "
             "lists all dates and names (not people)"),

        mail("b065", "2027-02-15T11:20", ("Rebecca Hughes", "rebecca.hughes@regiondalarna.se"),
             "RE: DalaLab registration – Spatial Planning unit",
             "Hi Linnea,\n\n"
             "A change to the registration I sent in January: Daniel Okafor has moved to another department and "
             "will not be able to join DalaLab. Rashid Mansour (rashid.mansour@regiondalarna.se) from my unit will "
             "take his place instead, on the same dates – 3 May and 21 September.\n\n"
             "Ingela's registration stays as it is.\n\n"
             "Thanks,\n"
             "Rebecca\n\n"
             "Rebecca Hughes\n"
             "Head of Unit, Spatial Planning and Infrastructure\n"
             "Region Dalarna\n"
             "+46 23 49 00 00\n\n"
             "On 5 Jan 2027, at 14:02, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:\n"
             + gt("Hi Rebecca,\n\nThank you! Daniel Okafor and Ingela Strömberg are now registered for DalaLab "
                  "on 3 May and 21 September 2027.\n\nBest regards,\nLinnea Hassis\nRegion Dalarna"),
             X("change", [P("Daniel Okafor", None, "Region Dalarna"),
                          P("Rashid Mansour", "rashid.mansour@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "English substitution by the head of unit (writes again after b051); Ingela unchanged, not a person"),

        mail("b066", "2027-02-17T10:02", ("Ahlgren Bengt", "bengt.ahlgren@ludvika.se"),
             "Ytterligare anmälningar från Ludvika",
             "Hej Linnea,\n\n"
             "Sofie Lindblad har ju redan anmält sig (tillsammans med Smedjebacken). Utöver henne vill vi anmäla två "
             "till från Samhällsbyggnadsförvaltningen:\n\n"
             "Lindholm, Jessica <jessica.lindholm@ludvika.se>; Bergman, Anton <anton.bergman@ludvika.se>\n\n"
             "Båda kommer bara på vårträffen i Falun.\n\n"
             "Med vänlig hälsning\n"
             "Bengt Ahlgren\n"
             "Förvaltningschef Samhällsbyggnad\n"
             "Ludvika kommun\n"
             "Tfn 0240-860 00",
             X("register", [P("Jessica Lindholm", "jessica.lindholm@ludvika.se", "Ludvika kommun"),
                            P("Anton Bergman", "anton.bergman@ludvika.se", "Ludvika kommun")], [S1]),
             "Outlook-pasted 'Efternamn, Förnamn <addr>; ...' recipients; 'vårträffen' = 3 May; colleague already "
             "registered mentioned; sender not attending"),

        mail("b067", "2027-02-19T08:00", ("Samhällsbyggnad Rättvik", "samhallsbyggnad@rattvik.se"),
             "Automatiskt svar: Anmälan DalaLab – Rättvik",
             "Tack för ditt e-postmeddelande till Samhällsbyggnadsförvaltningen i Rättviks kommun.\n\n"
             "Funktionsbrevlådan bevakas vardagar och vi besvarar ditt ärende inom tre arbetsdagar. Under vecka 8 "
             "(sportlov) kan handläggningen ta längre tid.\n\n"
             "Gäller ditt ärende bygglov når du bygglovsjouren tisdagar och torsdagar kl. 9–11 på 0248-700 00.\n\n"
             "Detta är ett automatiskt svar – svara inte på detta meddelande.\n\n"
             "Rättviks kommun\n"
             "Storgatan 2, 795 80 Rättvik",
             X("auto_reply", [], []),
             "shared mailbox auto-reply (no headers, only subject and text)"),

        mail("b068", "2027-02-22T13:15", ("Greta Nyström", "greta.nystrom@vansbro.se"),
             "DalaLab – ny anmälan från Vansbro",
             "Hej Linnea,\n\n"
             "Som jag skrev i januari avanmälde vi oss från DalaLab. Nu har det lossnat lite: vi har anställt en ny "
             "planarkitekt, Kasper Holmgren (kasper.holmgren@vansbro.se), som börjar 1 mars, och vi vill gärna att "
             "han går i stället för Leo Sandström.\n\n"
             "Kasper kommer på träffarna 21 september och 29 november. Jag och Hedvig står fortsatt utanför.\n\n"
             "Hälsningar\n"
             "Greta Nyström\n"
             "Plan- och byggchef\n"
             "Vansbro kommun\n"
             "0281-750 00",
             X("register", [P("Kasper Holmgren", "kasper.holmgren@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "newcomer replacing a colleague cancelled in an earlier mail (b055) -> register; '1 mars' a start date"),

        tg("b069", "2027-02-24T12:30", "Karl Bure", 7045128836,
           "Hej! Anmäler mig och min kollega lotta.rehn@lansstyrelsen.se till höstens två träffar. Vi jobbar båda på "
           "Länsstyrelsen Dalarna. /Kalle",
           X("register", [P("Karl Bure", None, "Länsstyrelsen Dalarna"),
                          P("Lotta Rehn", "lotta.rehn@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
           "telegram: sender + colleague known only by address (name from the address); 'höstens två träffar'"),

        mail("b070", "2027-02-26T09:12", ("Mona Skog", "mona.skog@orsa.se"), "Fråga om ersättare",
             "Hej!\n\n"
             "Vi har tre anmälda från Orsa (Tove Malmberg, Ronja Berggren och Ville Ståhl). Om någon av dem blir "
             "sjuk inför en träff, får vi skicka en annan kollega i stället utan att anmäla om, eller måste ni ha "
             "namnet i förväg för lunchen?\n\n"
             "Hälsningar\n"
             "Mona Skog\n"
             "Administratör, Orsa kommun",
             X("question", [], []),
             "question about substitutes; names three already registered colleagues (not people)"),

        # ---------------------------------------------------------------- March
        mail("b071", "2027-03-01T10:40", ("Plan- och bygg Gagnef", "planbygg@gagnef.se"),
             "Radering av uppgifter – Ylva Nordin",
             "Hej,\n\n"
             "Ylva Nordin, som vi anmälde till DalaLab i december, har slutat hos oss. Hon har bett oss framföra att "
             "hon vill att alla hennes personuppgifter raderas ur era register (GDPR). Hennes gamla adress "
             "ylva.nordin@gagnef.se är avstängd.\n\n"
             "Simon Åbergs anmälan gäller som förut.\n\n"
             "Med vänlig hälsning\n"
             "Agneta Rydén\n"
             "för Plan- och byggenheten, Gagnefs kommun",
             X("erasure", [P("Ylva Nordin", "ylva.nordin@gagnef.se", "Gagnefs kommun")], [], unsure=["intent"]),
             "shared mailbox passes on a departed colleague's GDPR erasure request (also implies a withdrawal); "
             "Simon's signup 'gäller som förut' -> not a person"),

        mail("b072", "2027-03-03T14:25", ("Irene Wall", "irene.wall@smedjebacken.se"),
             "Anmälan DalaLab – Smedjebacken",
             "Hej Linnea,\n\n"
             "Tack för svaret om Mikael! Då anmäler vi två till från Smedjebackens kommun, så blir vi tre "
             "totalt:\n\n"
             "• Camilla Sjödin, camilla.sjodin@smedjebacken.se – 21/9 och 29/11\n"
             "• Roger Fält, roger.falt@smedjebacken.se – 22/2 2028\n\n"
             "Själv avstår jag den här gången.\n\n"
             "Mvh\n"
             "Irene Wall\n"
             "Enhetschef Plan\n"
             "Smedjebackens kommun\n"
             "0240-660 00",
             X("register", [P("Camilla Sjödin", "camilla.sjodin@smedjebacken.se", "Smedjebackens kommun"),
                            P("Roger Fält", "roger.falt@smedjebacken.se", "Smedjebackens kommun")], [S2, S3, S4]),
             "manager (writes again after b060) registers two, not herself; per-person sessions, union three"),

        mail("b073", "2027-03-05T11:05", ("Fridh Louise", "louise.fridh@mora.se"), "DalaLab – ändring Mora",
             "Hej!\n\n"
             "Amanda Svedberg och Rolf Ingvarsson kan tyvärr inte delta den 21 september – samma dag har vi "
             "fullmäktigeberedning för ÖP:n. De är kvar på övriga träffar som de är anmälda till. Jesper Kvist "
             "påverkas inte.\n\n"
             "Hälsningar\n"
             "Louise Fridh\n"
             "HR-administratör, Samhällsbyggnadsförvaltningen\n"
             "Mora kommun\n"
             "Fredsgatan 16, 792 80 Mora",
             X("cancel", [P("Amanda Svedberg", None, "Mora kommun"),
                          P("Rolf Ingvarsson", None, "Mora kommun")], [S2]),
             "administrator withdraws two colleagues from one session -> partial cancel; Jesper unaffected; "
             "windows-1252",
             charset="windows-1252"),

        mail("b074", "2027-03-08T16:50", ("Hampus Tallberg", "hampus.tallberg@tallboark.se"), "Anmälan DalaLab",
             "Hej!\n\n"
             "Vi är två planeringskonsulter på Tallbo Arkitekter som just nu arbetar med översiktsplaner åt flera "
             "dalakommuner (bl.a. Ludvika och Säter). Vi skulle gärna delta på sista träffen om tillgänglighet den "
             "22 februari 2028, om den är öppen för konsulter.\n\n"
             "Deltagare:\n"
             "Hampus Tallberg, hampus.tallberg@tallboark.se\n"
             "Nelly Rosén, nelly.rosen@tallboark.se\n\n"
             "Hälsningar\n"
             "Hampus Tallberg\n"
             "Tallbo Arkitekter AB\n"
             "Holmgatan 12, 791 71 Falun\n"
             "Org.nr 556812-4470\n"
             "070-455 21 90",
             X("register", [P("Hampus Tallberg", "hampus.tallberg@tallboark.se", None),
                            P("Nelly Rosén", "nelly.rosen@tallboark.se", None)], [S4]),
             "two consultants from a private firm -> organisation null despite client municipalities named; "
             "org.nr and phone numbers"),

        mail("b075", "2027-03-10T08:20", ("Birgitta Eng", "birgitta.eng@leksand.se"),
             "SV: Anmälan DalaLab – Leksands kommun (3 personer)",
             "Hej!\n\n"
             "Karl-Erik Dahlberg kan inte gå på träffen den 29 november (han är föräldraledig från oktober). I "
             "stället går Noah Pettersson, noah.pettersson@leksand.se, den dagen. Noah har glutenfri kost.\n\n"
             "Anders och Maja är anmälda som tidigare.\n\n"
             "Hälsningar\n"
             "Birgitta Eng\n"
             "Administratör, Samhällsutvecklingsenheten\n"
             "Leksands kommun"
             + outlook("den 9 december 2026 09:30", "Birgitta Eng <birgitta.eng@leksand.se>",
                       "SV: Anmälan DalaLab – Leksands kommun (3 personer)",
                       "Tack Birgitta!\n\nAnders Lundin, Maja Hellström och Karl-Erik Dahlberg är nu anmälda enligt "
                       "dina uppgifter.\n\nHälsningar\nLinnea Hassis\nRegion Dalarna\n"),
             X("change", [P("Karl-Erik Dahlberg", None, "Leksands kommun"),
                          P("Noah Pettersson", "noah.pettersson@leksand.se", "Leksands kommun", diet="glutenfri")],
               [S3], diet="glutenfri"),
             "administrator (writes again after b047): substitution for one session with the substitute's diet; "
             "Anders and Maja unchanged; 'från oktober' not a session"),

        tg("b076", "2027-03-12T17:05", "Marie Lagerkvist", 6498812077,
           "hej! marie från gagnef kommun. kan du lägga till vår nya planerare alva sjökvist? samma träffar som "
           "simon åberg har, dvs 1:a och 3:e. tack!",
           X("register", [P("Alva Sjökvist", None, "Gagnefs kommun")], [S1, S3]),
           "telegram: sender registers a colleague only; 'samma träffar som simon' made explicit ('1:a och 3:e'); "
           "Simon already registered, not a person"),

        mail("b077", "2027-03-15T10:30", ("Wiberg Eva", "eva.wiberg@hedemora.se"), "VB: DalaLab september",
             "Hej Linnea,\n\n"
             "Se Petters mejl nedan. Han är anmäld till 3 maj och 22 februari sedan tidigare – kan ni lägga till "
             "21 september också?\n\n"
             "Hälsningar\n"
             "Eva Wiberg\n"
             "Nämndsekreterare\n"
             "Hedemora kommun\n\n"
             "Från: Åhlund Petter <petter.ahlund@hedemora.se>\n"
             "Skickat: den 12 mars 2027 15:47\n"
             "Till: Wiberg Eva <eva.wiberg@hedemora.se>\n"
             "Ämne: DalaLab september\n\n"
             "Hej Eva!\n"
             "Jag skulle vilja gå på septemberträffen också (utvecklingsinriktning i ÖP-modellen), den är ju "
             "väldigt relevant för vårt arbete. Kan du fixa det?\n"
             "/Petter",
             X("change", [P("Petter Åhlund", "petter.ahlund@hedemora.se", "Hedemora kommun")], [S1, S2, S4]),
             "secretary forwards a colleague's wish to add a session; his current sessions stated -> all three "
             "after the change; address from the forwarded header"),

        mail("b078", "2027-03-17T13:12", ("Holst Ann-Christin", "ann-christin.holst@lansstyrelsen.se"),
             "SV: " + REMINDER_SUBJ,
             "Hej!\n\n"
             "Här kommer en anmälan från enheten för samhällsplanering på Länsstyrelsen:\n\n"
             "Fabian Öhman – alla fyra träffarna\n"
             "Wilma Carlsson – alla fyra träffarna (skaldjursallergi)\n"
             "Ann-Christin Holst (jag) – endast 3 maj\n\n"
             "Fabian och Wilma har adresser enligt förnamn.efternamn@lansstyrelsen.se.\n\n"
             "Vänliga hälsningar\n\n"
             "Ann-Christin Holst\n"
             "Enhetschef, Enheten för samhällsplanering och kulturmiljö\n"
             "Länsstyrelsen Dalarna\n"
             "Besöksadress: Åsgatan 38, Falun\n"
             "Postadress: 791 84 Falun\n"
             "Telefon: 010-225 01 23\n"
             "Växel: 010-225 00 00\n"
             "lansstyrelsen.se/dalarna\n\n"
             "Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på "
             "lansstyrelsen.se/dalarna/om-oss/personuppgifter."
             + outlook("den 15 mars 2027 09:00", "Holst Ann-Christin <ann-christin.holst@lansstyrelsen.se>",
                       REMINDER_SUBJ, REMINDER),
             X("register", [P("Fabian Öhman", "fabian.ohman@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Wilma Carlsson", "wilma.carlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="skaldjursallergi"),
                            P("Ann-Christin Holst", "ann-christin.holst@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               ALL, diet="skaldjursallergi"),
             "manager with her team: team all four, herself one; pattern addresses written out (Ö -> o); long "
             "signature and GDPR footer; quoted reminder"),

        mail("b079", "2027-03-19T09:44", ("Lindkvist Åsa", "asa.lindkvist@malung-salen.se"), "Reserv till DalaLab?",
             "Hej Linnea,\n\n"
             "Vi har redan tre anmälda från Malung-Sälen (jag, Gustav Nordström och Elvira Hansson), så jag vet att "
             "vi har fyllt vår kvot. Men vår nya översiktsplanerare Tilda Nyman, tilda.nyman@malung-salen.se, är "
             "väldigt intresserad. Kan hon stå som reserv på alla fyra träffarna om någon plats blir ledig?\n\n"
             "Hälsningar\n"
             "Åsa Lindkvist\n"
             "Samhällsbyggnadschef\n"
             "Malung-Sälens kommun",
             X("register", [P("Tilda Nyman", "tilda.nyman@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "a fourth person as reserve (asked as a question, but it is a signup); the three registered are "
             "mentioned only"),

        mail("b080", "2027-03-22T15:35", ("Kjell Aronsson", "kjell.aronsson@regiondalarna.se"),
             "Två anmälningar till DalaLab (Vansbro och Rättvik)",
             "Hej Linnea,\n\n"
             "Jag träffade två planerare på nätverksträffen i Mora i fredags som vill vara med i DalaLab men bad "
             "mig föra fram det:\n\n"
             "- Tyra Eklind, Vansbro kommun, tyra.eklind@vansbro.se\n"
             "- Bo Hedén, Rättviks kommun (jag har ingen adress till honom, men han nås via växeln 0248-700 00)\n\n"
             "Båda vill gå på träffen den 21 september om utvecklingsinriktning. Själv är jag ju redan med som "
             "processledare, så mig behöver du inte räkna.\n\n"
             "Hälsningar\n"
             "Kjell Aronsson\n"
             "Regional utvecklingsstrateg\n"
             "Region Dalarna",
             X("register", [P("Tyra Eklind", "tyra.eklind@vansbro.se", "Vansbro kommun"),
                            P("Bo Hedén", None, "Rättviks kommun")], [S2]),
             "regional official writes for two people from two municipalities; organisation from the text, not the "
             "sender's domain; sender not a participant"),

        mail("b081", "2027-03-24T08:05", ("Grönlund Helena", "helena.gronlund@borlange.se"),
             "Ny e-postadress för Linda",
             "Hej,\n\n"
             "Linda Persson i min grupp har gift sig och heter nu Linda Ek. Hennes nya adress är "
             "linda.ek@borlange.se – kan ni uppdatera det i deltagarlistan så att utskicken hamnar rätt?\n\n"
             "Tack!\n"
             "Helena\n\n"
             "Helena Grönlund\n"
             "Enhetschef Översiktsplanering\n"
             "Borlänge kommun",
             X("change", [P("Linda Ek", "linda.ek@borlange.se", "Borlänge kommun")], []),
             "manager's third mail: name and address update for a colleague -> change, sessions []; the old name is "
             "not a second person"),

        tg("b082", "2027-03-26T12:10", "Pontus Wretling", 5893014467,
           "Hej. Pontus Wretling, avesta kommun. Jag och Nadia Haddad kan tyvärr inte komma 21/9 pga studieresa. "
           "Vi kommer på de andra träffarna vi anmält oss till",
           X("cancel", [P("Pontus Wretling", None, "Avesta kommun"),
                        P("Nadia Haddad", None, "Avesta kommun")], [S2]),
           "telegram partial cancellation for the sender and a colleague"),

        mail("b083", "2027-03-29T06:12", ("Kommunkatalogen Norden", "faktura@kommunkatalog-norden.com"),
             "Faktura 2027-3391 – registrering DalaLab",
             "FAKTURA\n\n"
             "Fakturanummer: 2027-3391\n"
             "Kundnummer: 88412\n"
             "Fakturadatum: 2027-03-29\n\n"
             "Ert evenemang \"DalaLab – Planering för hållbarhet och utvecklingskraft\" med samtliga deltagande "
             "kommuner har registrerats i Kommunkatalogen Norden 2027/2028.\n\n"
             "Registreringsavgift (12 mån): 8 900 kr exkl. moms\n"
             "Att betala: 11 125 kr\n\n"
             "Betalas till bankgiro 5512-0934 senast 12 april 2027. Ange fakturanummer som referens.\n\n"
             "Önskar ni inte kvarstå i katalogen ska skriftlig uppsägning ske inom 8 dagar från fakturadatum.\n\n"
             "Kommunkatalogen Norden\n"
             "Kundtjänst: +44 20 3808 1177",
             X("unknown", [], []),
             "fake directory invoice (listing scam) naming the event; '12 april' is a due date"),

        mail("b084", "2027-03-31T14:40", ("Mikaela Forsgren", "mikaela.forsgren@regiondalarna.se"),
             "Anmälan DalaLab – Region Dalarna, Samhällsplanering",
             "Hej Linnea!\n\n"
             "Vi vill anmäla tre från avdelningen Samhällsplanering. Jag har satt ihop en tabell:\n\n"
             "Namn            | E-post                           | Träffar      | Specialkost\n"
             "----------------+----------------------------------+--------------+------------\n"
             "Emelie Krantz   | emelie.krantz@regiondalarna.se   | alla         | –\n"
             "Oscar Lilja     | oscar.lilja@regiondalarna.se     | 3/5, 29/11   | nötallergi\n"
             "Nina Wester     | nina.wester@regiondalarna.se     | 21/9         | vegan\n\n"
             "Jag själv är inte med den här gången.\n\n"
             "Vänliga hälsningar\n"
             "Mikaela Forsgren\n"
             "Avdelningschef Samhällsplanering\n"
             "Region Dalarna\n"
             "Vasagatan 16, 791 29 Falun\n"
             "023-49 00 00",
             X("register", [P("Emelie Krantz", "emelie.krantz@regiondalarna.se", "Region Dalarna"),
                            P("Oscar Lilja", "oscar.lilja@regiondalarna.se", "Region Dalarna", diet="nötallergi"),
                            P("Nina Wester", "nina.wester@regiondalarna.se", "Region Dalarna", diet="vegan")],
               ALL, diet="nötallergi, vegan"),
             "plain-text table with per-person sessions (union all four) and diets; head of department not "
             "attending"),

        # ---------------------------------------------------------------- April
        mail("b085", "2027-04-02T09:18", ("Hans Brandt", "hans.brandt@gagnef.se"), "Anmalan DalaLab",
             "Hej!\n\n"
             "Anmaler harmed mig sjalv till DalaLab, traffarna 21 sept och 29 nov. Min kollega Alva ar redan "
             "anmald, vi kommer att aka tillsammans.\n\n"
             "Ursakta att det saknas prickar, sitter pa en lanad dator utan svenskt tangentbord.\n\n"
             "Hans Brandt\n"
             "Gagnefs kommun",
             X("register", [P("Hans Brandt", "hans.brandt@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "Swedish without å/ä/ö; colleague already registered mentioned in passing; us-ascii",
             charset="us-ascii"),

        mail("b086", "2027-04-05T10:02", ("Holst Ann-Christin", "ann-christin.holst@lansstyrelsen.se"),
             "Återbud 3 maj – Fabian och Wilma",
             "Hej Linnea,\n\n"
             "Fabian Öhman och Wilma Carlsson kan tyvärr inte komma på första träffen den 3 maj – de är upptagna "
             "med ett regeringsuppdrag den veckan. De är fortfarande anmälda till övriga träffar. Jag kommer själv "
             "som planerat.\n\n"
             "Hälsningar\n"
             "Ann-Christin\n\n"
             "Ann-Christin Holst\n"
             "Enhetschef, Länsstyrelsen Dalarna\n"
             "Telefon: 010-225 01 23",
             X("cancel", [P("Fabian Öhman", None, "Länsstyrelsen Dalarna"),
                          P("Wilma Carlsson", None, "Länsstyrelsen Dalarna")], [S1]),
             "manager (writes again after b078) withdraws two of her team from one session; she still comes, "
             "not a person"),

        mail("b087", "2027-04-07T16:22", ("Kerstin Ljung", "kerstin.ljung@rattvik.se"), "Byte av träff – Rättvik",
             "Hej Linnea!\n\n"
             "Axel Frost och jag är anmälda till 3 maj, men det krockar med ett samråd här i Rättvik. Kan vi byta "
             "till 21 september i stället?\n\n"
             "Tack och hälsningar\n"
             "Kerstin Ljung\n"
             "Översiktsplanerare\n"
             "Rättviks kommun\n"
             "0248-700 00",
             X("change", [P("Kerstin Ljung", "kerstin.ljung@rattvik.se", "Rättviks kommun"),
                          P("Axel Frost", None, "Rättviks kommun")], [S2]),
             "bare swap for two people (sender + colleague) -> only the new session"),

        tg("b088", "2027-04-08T19:40", "Vera Holmqvist", 7719204458,
           "Hej, Vera Holmqvist från Mora kommun. Jesper Kvist har slutat och jag tar över hans platser i DalaLab: "
           "21/9, 29/11 och 22/2. Jag är laktosfri precis som han var 😊",
           X("change", [P("Jesper Kvist", None, "Mora kommun"),
                        P("Vera Holmqvist", None, "Mora kommun", diet="laktosfri")], [S2, S3, S4], diet="laktosfri"),
           "telegram substitution by the substitute herself; sessions she takes; her diet"),

        mail("b089", "2027-04-09T11:30", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Anmälan DalaLab – Avesta kommun",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
             "<body lang=\"SV\"><div class=\"WordSection1\">\n"
             "<p class=\"MsoNormal\">Hej!</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<p class=\"MsoNormal\">Fr&aring;n Avesta kommun anm&auml;ls h&auml;rmed:</p>\n"
             "<ol>\n<li>Lundmark, Isak (isak.lundmark@avesta.se) &ndash; samtliga tr&auml;ffar</li>\n"
             "<li>Qvist, Matilda &ndash; reserv, om n&aring;gon av v&aring;ra anm&auml;lda f&aring;r "
             "f&ouml;rhinder</li>\n</ol>\n"
             "<p class=\"MsoNormal\">Nadia Haddad och Pontus Wretling &auml;r redan anm&auml;lda sedan "
             "tidigare.</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
             "<p class=\"MsoNormal\">Med v&auml;nlig h&auml;lsning<br>Johanna Vestin<br>Registrator, "
             "Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>Avesta kommun<br>774 81 Avesta<br>0226-64 50 00</p>\n"
             "</div></body></html>",
             X("register", [P("Isak Lundmark", "isak.lundmark@avesta.se", "Avesta kommun"),
                            P("Matilda Qvist", None, "Avesta kommun")], ALL),
             "HTML-only from a shared mailbox; numbered 'Efternamn, Förnamn' list; reserve without address or "
             "sessions (a person, all four); two registered colleagues mentioned only",
             html=True),

        mail("b090", "2027-04-10T10:15", ("Tommy Ahl", "tommy.ahl@borlange.se"), "Vilka är anmälda från Borlänge?",
             "Hej,\n\n"
             "Jag har tagit över som tillförordnad chef för översiktsplaneringen i Borlänge efter Helena Grönlund. "
             "Kan du bekräfta vilka från oss som står anmälda till DalaLab? Jag tror att det är Tobias Ekman och "
             "Linda Ek, och att Helenas plats är ledig nu – stämmer det? Jag vill inte anmäla någon förrän jag vet "
             "hur det ser ut.\n\n"
             "Mvh\n"
             "Tommy Ahl\n"
             "T.f. enhetschef Översiktsplanering\n"
             "Borlänge kommun",
             X("question", [], [], unsure=["intent"]),
             "question about who is registered from the municipality; names are mentioned, nobody registered or "
             "cancelled"),
    ]
