from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# Telegram bot and phone mail (writer of e136-e180, batch 19).

INVITE_QUOTE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den {sent}
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        tg("e136", "2026-12-03T21:14", "Maja Öberg", 6093318842,
           "hej\nvill anmäla mig till dalalab\nalla 4 ggr 👍\nmaja öberg, ludvika kommun",
           X("register", [P("Maja Öberg", None, "Ludvika kommun")], ALL),
           "several short messages pasted as one; 'alla 4 ggr' = all four; no address in the text"),

        tg("e137", "2026-12-06T10:02", "Kalle Nises", 1187420635,
           "hejsan! jag o min kollega jens ahlgren vill komma på 3/5 och 21.9, vi jobbar båda på leksands kommun. "
           "jens mejl e jens.ahlgren@leksand.se",
           X("register", [P("Kalle Nises", None, "Leksands kommun"),
                          P("Jens Ahlgren", "jens.ahlgren@leksand.se", "Leksands kommun")], [S1, S2]),
           "sender + lower-case colleague with address; '3/5' and '21.9' in one sentence"),

        mail("e138", "2026-12-08T07:41", ("Therese Lind", "therese.lind@avesta.se"), "SV: Inbjudan till DalaLab",
             "Hej! Anmäler mig till 29 nov o feb-träffen. Vegetarisk kost tack\n\nMvh Therese\n\nSkickat från min iPhone\n\n"
             + INVITE_QUOTE.format(sent="26 november 2026 10:02", to="Lind Therese <therese.lind@avesta.se>"),
             X("register", [P("Therese Lind", "therese.lind@avesta.se", "Avesta kommun")], [S3, S4], diet="vegetarisk"),
             "phone reply above the quoted invitation (all four dates, deadline); 'feb-träffen' = 22 Feb 2028"),

        tg("e139", "2026-12-11T12:37", "Sven-Erik Dahlberg", 5520981174,
           "tjena! e det gratis att va med? o måste man gå på alla 4 ggr eller kan man välja själv?",
           X("question"),
           "question only; 'alla 4 ggr' is not a signup"),

        tg("e140", "2026-12-14T16:52", "Lotta Fors", 7204418863,
           "mamma kommer hem ca 18 ska jag handla nåt? 🛒🥛",
           X("unknown"),
           "wrong recipient, private chit-chat"),

        mail("e141", "2026-12-17T18:05", ("Anders Hägglund", "anders.hagglund@mora.se"), "Dalalab",
             "Hej, anmäl mig o Petra Strömberg petra.stromberg@mora.se till alla träffar utom sept. "
             "Petra är glutenintolerant.\n/Anders\n\nSkickat från min Galaxy",
             X("register", [P("Anders Hägglund", "anders.hagglund@mora.se", "Mora kommun"),
                            P("Petra Strömberg", "petra.stromberg@mora.se", "Mora kommun", diet="glutenintolerant")],
               [S1, S3, S4], diet="glutenintolerant"),
             "phone mail; self + colleague with address; 'alla utom sept' = three sessions; diet is Petra's"),

        tg("e142", "2026-12-20T23:11", "Linnéa Wester", 8831046257,
           "hi, is this where i sign up for dalalab? I'm Linnéa from Säter kommun and would like to join all sessions. "
           "email linnea.wester@sater.se 🙏",
           X("register", [P("Linnéa Wester", "linnea.wester@sater.se", "Säters kommun")], ALL),
           "English; asks and signs up in one message -> register; no dates = all four"),

        tg("e143", "2026-12-28T14:20", "Hampus Rydén", 2290561738,
           "god fortsättning! 🎆 går det att anmäla sig här i boten eller måste man maila linnea?",
           X("question"),
           "question about how to sign up; no signup"),

        tg("e144", "2027-01-04T08:12", "Maja Öberg", 6093318842,
           "hej igen! maja fr ludvika här. glömde säga att jag e laktosintolerant 🙈",
           X("change", [P("Maja Öberg", None, "Ludvika kommun", diet="laktosintolerant")], [], diet="laktosintolerant"),
           "same sender as e136; diet update naming no sessions -> change with []"),

        mail("e145", "2027-01-07T06:58", ("Bengt Ohlsson", "bengtohlsson62@hotmail.com"), "anmälan",
             "Hej jag jobbar som planarkitekt på malung-sälen kommun och vill anmala mig till forsta traffen 3 maj. "
             "Min jobbmail funkar inte pa mobilen darav hotmail.\nBengt Ohlsson\n\nSkickat från Outlook för iOS",
             X("register", [P("Bengt Ohlsson", "bengtohlsson62@hotmail.com", "Malung-Sälens kommun")], [S1]),
             "private hotmail address, organisation from text ('malung-sälen kommun'); missing å/ä/ö"),

        tg("e146", "2027-01-09T19:44", "Rebecka Nyström", 4471902385,
           "hej 😊 avanmäl mig fr 21.9 tyvärr, krockar m semester. resten kommer jag på! /rebecka, hedemora",
           X("cancel", [P("Rebecka Nyström", None, "Hedemora kommun")], [S2]),
           "partial withdrawal -> cancel of 21 Sep only"),

        tg("e147", "2027-01-12T13:03", "Tobias Grönlund", 3360718824,
           "Hej! Vi blir 3 fr Gagnef: jag, Ida Myrberg o Fatima Yousef. Alla träffar. ida e vegan",
           X("register", [P("Tobias Grönlund", None, "Gagnefs kommun"),
                          P("Ida Myrberg", None, "Gagnefs kommun", diet="vegan"),
                          P("Fatima Yousef", None, "Gagnefs kommun")], ALL, diet="vegan"),
           "three people in one line, no addresses; 'Alla träffar'; diet is Ida's"),

        mail("e148", "2027-01-15T07:22", ("Eva-Lena Persson", "eva-lena.persson@borlange.se"),
             "Re: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag kommer gärna på 3/5 och 29/11!\nEva-Lena\n\nHämta Outlook för Android\n\n"
             + INVITE_QUOTE.format(sent="14 januari 2027 15:40", to="Persson Eva-Lena <eva-lena.persson@borlange.se>"),
             X("register", [P("Eva-Lena Persson", "eva-lena.persson@borlange.se", "Borlänge kommun")], [S1, S3]),
             "one-line Android reply; quoted invitation holds all four dates"),

        tg("e149", "2027-01-18T11:30", "Mikael Sundh", 5018273346,
           "hej, mikael sundh orsa kommun. jag e anmäld till 3 maj, vill lägga till 29 nov ocksa",
           X("change", [P("Mikael Sundh", None, "Orsa kommun")], [S1, S3]),
           "adds a session to an existing signup -> change with the sessions after the change"),

        tg("e150", "2027-01-21T09:47", "Annelie Kvist", 6675120093,
           "Hi! Can my colleague Marcus Eng (marcus.eng@falun.se) take my place on 3 May? I'm at Falu kommun too. thx",
           X("change", [P("Annelie Kvist", None, "Falu kommun"),
                        P("Marcus Eng", "marcus.eng@falun.se", "Falu kommun")], [S1]),
           "English substitution phrased as a question -> change; both people; substitute takes 3 May"),

        mail("e151", "2027-01-25T21:33", ("Sofie Ahlström", "sofie.ahlstrom@leksand.se"), "Ta bort mig",
             "Hej, vill inte vara med på era listor längre, radera mina uppgifter tack.\nSofie\n\nSkickat från min iPhone",
             X("erasure", [P("Sofie Ahlström", "sofie.ahlstrom@leksand.se", "Leksands kommun")]),
             "short erasure request from phone"),

        tg("e152", "2027-01-28T15:15", "Per-Olof Lund", 9012274461,
           "tja! kan ni boka in mig och nisse (nils wennberg) på vårträffen? vi e från smedjebacken",
           X("register", [P("Per-Olof Lund", None, "Smedjebackens kommun"),
                          P("Nils Wennberg", None, "Smedjebackens kommun")], [S1]),
           "'vårträffen' = 3 May; nickname with full name in brackets"),

        tg("e153", "2027-02-01T10:09", "Helena Borg", 1839205571,
           "var e träffen 21/9? samma ställe som i maj? o vilken tid börjar det",
           X("question"),
           "question naming a session date -> still no sessions"),

        mail("e154", "2027-02-03T12:48", ("Camilla Sjödin", "camilla.sjodin@rattvik.se"), "Avanmälan",
             "Hej! Jag måste avanmäla mig helt tyvärr, har fått nytt jobb i Uppsala fr.o.m. 1 mars 😢 Tack för mig!\n\n"
             "Camilla Sjödin\nRättviks kommun\n070-312 45 67\n\nSkickat från min iPhone",
             X("cancel", [P("Camilla Sjödin", "camilla.sjodin@rattvik.se", "Rättviks kommun")], ALL),
             "full cancellation, no session named -> all four; '1 mars' is not a session"),

        tg("e155", "2027-02-05T08:31", "Kerstin Malm", 2740166935,
           "hej! anmäl mig till 29 nov o 22/2 tack. kerstin malm, lst dalarna. kerstin.malm@lansstyrelsen.se",
           X("register", [P("Kerstin Malm", "kerstin.malm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
           "'lst dalarna'; '22/2' without year = 2028 session; address in text"),

        tg("e156", "2027-02-08T17:26", "Wiktor Eld", 7712093358,
           "sorry fel chatt 🙈 träning 18.30 ikväll, ta med pannlampa",
           X("unknown"),
           "wrong chat; '18.30' is a time"),

        mail("e157", "2027-02-10T20:14", ("Johanna Lövgren", "johanna.lovgren@alvdalen.se"), "Fråga + anmälan",
             "Hej! Anmäler mig till alla fyra. Finns det parkering vid lokalen i Falun?\n\nMvh Johanna, Älvdalens kommun\n\n"
             "Skickat från min iPad",
             X("register", [P("Johanna Lövgren", "johanna.lovgren@alvdalen.se", "Älvdalens kommun")], ALL),
             "signup plus a question -> register"),

        tg("e158", "2027-02-12T22:40", "Omar Haddad", 3098817425,
           "hej jag heter omar haddad o jobbar på borlänge kommun (omar.haddad@borlange.se). vill anmäla mig till "
           "höst träffarna 21 sep o 29 nov. äter halal 🙏",
           X("register", [P("Omar Haddad", "omar.haddad@borlange.se", "Borlänge kommun")], [S2, S3], diet="halal"),
           "autumn sessions named explicitly; diet 'halal'"),

        tg("e159", "2027-02-15T07:55", "Linnéa Wester", 8831046257,
           "hi again! Linnéa (Säter) here. small change – I can't make Sept 21 after all 😕 still coming to the other three",
           X("cancel", [P("Linnéa Wester", None, "Säters kommun")], [S2]),
           "same sender as e142; partial withdrawal -> cancel of 21 Sep only; no address in this message"),

        mail("e160", "2027-02-17T12:02", ("Ronja Eriksson", "ronja.eriksson@hedemora.se"), "Specialkost",
             "Hej, jag e anmäld till 3/5 o 21/9. Har blivit vegan sen dess, kan ni ändra?\n/Ronja\n\nSkickat från min iPhone",
             X("change", [P("Ronja Eriksson", "ronja.eriksson@hedemora.se", "Hedemora kommun", diet="vegan")],
               [S1, S2], diet="vegan"),
             "diet update that states her sessions -> change with those sessions"),

        tg("e161", "2027-02-19T14:18", "Göte Lindh", 4409127730,
           "anmäler mig själv + kollegan britt-marie sahlin till 3/5. hon har nötallergi!! vi e från avesta",
           X("register", [P("Göte Lindh", None, "Avesta kommun"),
                          P("Britt-Marie Sahlin", None, "Avesta kommun", diet="nötallergi")], [S1], diet="nötallergi"),
           "lower-case hyphenated colleague name; diet is the colleague's"),

        tg("e162", "2027-02-22T09:36", "Elsa Hammar", 5861730249,
           "heej! kan jag ta med en praktikant på träffarna? hon heter alva o börjar hos oss i april",
           X("question"),
           "question about bringing an intern; no signup yet; sent on 22 Feb 2027 (not a session)"),

        mail("e163", "2027-02-24T10:01", ("Lars Gustavsson", "lars.gustavsson@ludvika.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             "Hej! Jag är på sportlov v.9 och läser inte mejl. Brådskande ärenden: ring växeln 0240-860 00.\n/Lars",
             X("auto_reply"),
             "out-of-office set from the phone, answering a confirmation"),

        tg("e164", "2027-02-26T16:04", "Mona Ekholm", 6120448357,
           "hejsan! kollegan jenny frisk har slutat hos oss i mora, kan ni stryka henne fr alla träffar",
           X("cancel", [P("Jenny Frisk", None, "Mora kommun")], ALL),
           "sender cancels a colleague (sender not in people); no substitute -> cancel all four"),

        tg("e165", "2027-03-01T13:27", "Kalle Nises", 1187420635,
           "hej igen, kalle fr leksand. jens ahlgren kan inte 21.9 längre men kommer 3/5. jag kommer som planerat",
           X("cancel", [P("Jens Ahlgren", None, "Leksands kommun")], [S2]),
           "same sender as e137; colleague's partial withdrawal -> cancel 21 Sep for Jens only"),

        mail("e166", "2027-03-03T06:45", ("Ulrika Bergman", "ulrika.bergman@orsa.se"), "DalaLab",
             "Hej Linnea! Anmäler mig till alla tillfällen. Glutenfri o laktosfri kost tack 🙂\n\n//Ulrika\n\n"
             "Skickat från min iPhone",
             X("register", [P("Ulrika Bergman", "ulrika.bergman@orsa.se", "Orsa kommun")], ALL,
               diet="glutenfri, laktosfri"),
             "two diet words joined by 'o'"),

        tg("e167", "2027-03-05T11:50", "Adam Nord", 2583907761,
           "Hello, I'm an exchange planner at Region Dalarna until june. can I join the first session on May 3? "
           "adam.nord@regiondalarna.se",
           X("register", [P("Adam Nord", "adam.nord@regiondalarna.se", "Region Dalarna")], [S1]),
           "English signup phrased as a question; 'june' is not a session"),

        tg("e168", "2027-03-08T08:05", "Sara Lundin", 9374012286,
           "hej! jag e anmäld till alla fyra men har bytt jobb fr falun till borlänge kommun. ny mejl sara.lundin@borlange.se",
           X("change", [P("Sara Lundin", "sara.lundin@borlange.se", "Borlänge kommun")], ALL),
           "address/organisation update stating her sessions (all four); old organisation Falun is not hers now"),

        mail("e169", "2027-03-10T17:12", ("Niklas Holmqvist", "niklas.holmqvist@sater.se"), "traffarna i host",
             "Hej! Kan tyvarr inte komma pa traffarna i host (sep o nov) pga tjanstledighet. Var snall o stryk mig "
             "fran dem. Maj o feb kommer jag pa.\nNiklas H\nSater kommun\n\nSkickat från min Android",
             X("cancel", [P("Niklas Holmqvist", "niklas.holmqvist@sater.se", "Säters kommun")], [S2, S3]),
             "no å/ä/ö; partial withdrawal of the two autumn sessions -> cancel those"),

        tg("e170", "2027-03-12T12:31", "Patrik Öhman", 1650273398,
           "hej! ja o två kollegor vill anmäla oss: lina sandström, lina.sandstrom@vansbro.se, och kent jäderberg "
           "kent.jaderberg@vansbro.se. alla 4 träffarna. mig når ni på patrik.ohman@vansbro.se",
           X("register", [P("Patrik Öhman", "patrik.ohman@vansbro.se", "Vansbro kommun"),
                          P("Lina Sandström", "lina.sandstrom@vansbro.se", "Vansbro kommun"),
                          P("Kent Jäderberg", "kent.jaderberg@vansbro.se", "Vansbro kommun")], ALL),
           "three people with addresses in one run-on message; organisation from the vansbro.se domain"),

        tg("e171", "2027-03-15T20:48", "Ingela Dahlin", 4827390016,
           "Hej! Ta bort mig ur ert system tack. Vill inte få fler meddelanden från den här boten",
           X("erasure", [P("Ingela Dahlin", None, None)]),
           "Telegram erasure: sender only, no address, no organisation"),

        tg("e172", "2027-03-17T10:22", "Jessica Wahlberg", 7038815524,
           "hej jag e anmäld till feb 2028 men vill byta till 21 sept istället, funkar det? /jessica, malung",
           X("change", [P("Jessica Wahlberg", None, "Malung-Sälens kommun")], [S2]),
           "bare swap Feb -> Sep: only the new session; 'malung' = Malung-Sälens kommun"),

        mail("e173", "2027-03-19T07:38", ("Hassan Ali", "hassan.ali@falun.se"), "Anmälan 3/5",
             "Hej, jag vill anmäla mig till träffen 3/5 i Falun. Behöver man ta med dator?\n\nHassan\n"
             "Falu kommun | Samhällsbyggnadsförvaltningen\n023-830 00\n\nSkickat från min iPhone",
             X("register", [P("Hassan Ali", "hassan.ali@falun.se", "Falu kommun")], [S1]),
             "date in subject and body; signup plus a question -> register; phone number in signature"),

        tg("e174", "2027-03-22T15:09", "Ella Bäck", 3315620947,
           "👋 hur många platser har orsa kvar? tror vi e 2 anmälda redan",
           X("question"),
           "quota question; no signup"),

        tg("e175", "2027-03-25T03:17", "Global Event Directory", 7950012384,
           "Dear organizer, your event DalaLab 2027 will be published in the International Planning Events Directory. "
           "To confirm your listing send 890 EUR before 15 April or the event will be removed. Reply YES to confirm.",
           X("unknown"),
           "listing scam via Telegram"),

        tg("e176", "2027-03-29T21:02", "Tove Lindholm", 6248107735,
           "hej! anmäl mig till alla träffarna utom 29/11, då e jag bortrest. /tove lindholm, rättvik. äter vego",
           X("register", [P("Tove Lindholm", None, "Rättviks kommun")], [S1, S2, S4], diet="vego"),
           "'alla utom 29/11' = three sessions; diet 'vego'"),

        mail("e177", "2027-04-01T16:36", ("Tomas Engström", "tomas.engstrom@ludvika.se"), "Anmälan",
             "Hej! anmäler mig + kollega Sanna Öst till 21/9 och 29/11. Sanna har mejl sanna.ost@ludvika.se\n"
             "Mvh Tomas\n\nHämta Outlook för Android",
             X("register", [P("Tomas Engström", "tomas.engstrom@ludvika.se", "Ludvika kommun"),
                            P("Sanna Öst", "sanna.ost@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "self + colleague with address, sent 1 April"),

        tg("e178", "2027-04-03T18:44", "Greta Hallberg", 1502986673,
           "hej hej, e det för sent att anmäla sig?? vill gärna va med på 22/2 😅 greta hallberg, malung-sälens kommun",
           X("register", [P("Greta Hallberg", None, "Malung-Sälens kommun")], [S4]),
           "asks and signs up -> register; '22/2' = 2028 session"),

        mail("e179", "2027-04-06T08:10", ("Daniel Kowalski", "daniel.kowalski@regiondalarna.se"), "Sign up",
             "Hi Linnea, please sign me up for all four sessions. I'm vegetarian.\n\nBest, Daniel\n\nSent from my iPhone",
             X("register", [P("Daniel Kowalski", "daniel.kowalski@regiondalarna.se", "Region Dalarna")], ALL,
               diet="vegetarian"),
             "English phone mail; 'all four sessions'"),

        tg("e180", "2027-04-09T13:55", "Elsa Hammar", 5861730249,
           "ok tack för svar! då anmäler jag mig + praktikanten alva nordin till 3 maj. båda från älvdalen",
           X("register", [P("Elsa Hammar", None, "Älvdalens kommun"),
                          P("Alva Nordin", None, "Älvdalens kommun")], [S1]),
           "same sender as e162, now signing up self + intern"),
    ]
