from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_QUOTE = """> 3 nov. 2026 kl. 14:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
> utvecklingskraft. Projektet består av fyra träffar:
>
> 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
> 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Anmälan senast 14 april 2027 till
> linnea.hassis@regiondalarna.se.
>
> Välkomna!
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        tg("c136", "2026-12-03T21:14", "Kalle Nordin", 6012734418,
           "hej! vill anmala mig till alla 4 traffarna 👍 kalle nordin, ludvika kommun",
           X("register", [P("Kalle Nordin", None, "Ludvika kommun")], ALL),
           "telegram self-signup without å/ä ('anmala', 'traffarna'); 'alla 4' = all four; no address"),

        tg("c137", "2026-12-05T07:48", "Maja Persson", 5830019247,
           "tja! kan jag anmäla mig o min kollega johanna eriksson? johanna.eriksson@hedemora.se\n"
           "vi kör 3/5 och 21/9. jag är maja.persson@hedemora.se 😊",
           X("register", [P("Maja Persson", "maja.persson@hedemora.se", "Hedemora kommun"),
                          P("Johanna Eriksson", "johanna.eriksson@hedemora.se", "Hedemora kommun")],
             [S1, S2]),
           "sender + colleague, both addresses typed in the text; '3/5 och 21/9'; organisation from hedemora.se"),

        mail("c138", "2026-12-07T12:31", ("Sundström Anders", "anders.sundstrom@orsa.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Ja tack, jag kommer på alla. Laktosintolerant.\n\n/Anders\n\nSkickat från min iPhone\n\n"
             + INVITE_QUOTE,
             X("register", [P("Anders Sundström", "anders.sundstrom@orsa.se", "Orsa kommun")], ALL,
               diet="laktosintolerant"),
             "one-line phone reply above the quoted invitation (all dates, deadline); 'alla' = all four; "
             "surname-first display name; diet 'laktosintolerant'"),

        tg("c139", "2026-12-09T10:26", "Hüseyin Demir", 7120584436,
           "Hi, I want to register for 21/9 and 29/11. Huseyin Demir, Borlange kommun. "
           "email huseyin.demir@borlange.se",
           X("register", [P("Hüseyin Demir", "huseyin.demir@borlange.se", "Borlänge kommun")], [S2, S3]),
           "English telegram signup, day/month numeric dates; name written without ü in the text, sender "
           "name has it; address in the text is kept"),

        tg("c140", "2026-12-12T16:05", "Frida Hellström", 5203948812,
           "hej! anmäl mig till 3 maj o 29 nov tack. frida, mora kn",
           X("register", [P("Frida Hellström", None, "Mora kommun")], [S1, S3]),
           "short signup, 'o' for och, 'mora kn' = Mora kommun; name from the sender (writes again in c163)"),

        tg("c141", "2026-12-14T22:40", "Jocke", 1938472650,
           "tjena. anmäler mig till vårträffen 🙌 joakim strömberg, smedjebacken",
           X("register", [P("Joakim Strömberg", None, "Smedjebackens kommun")], [S1]),
           "sender name is a nickname, full name in the text (lower case); 'vårträffen' = the only spring "
           "session, 3 May"),

        mail("c142", "2026-12-16T07:55", ("Pernilla Gustafsson", "pernilla.gustafsson@gagnef.se"), "Anmälan",
             "Hej! Anmaler mig till 3.5, 21.9 o 29.11. Vego.\n/Pernilla\n\nHämta Outlook för iOS",
             X("register", [P("Pernilla Gustafsson", "pernilla.gustafsson@gagnef.se", "Gagnefs kommun")],
               [S1, S2, S3], diet="vego"),
             "phone mail, dotted numeric dates '3.5, 21.9 o 29.11'; diet written as 'Vego'; Outlook iOS footer"),

        tg("c143", "2026-12-18T11:02", "Rebecka Lund", 6649201873,
           "hej, går det att vara med digitalt? bor i idre o det är långt till falun 😅",
           X("question"),
           "question only (remote participation); place names are not organisations or a signup"),

        tg("c144", "2026-12-20T20:33", "Tobias Eng", 5471938026,
           "hej anmäler mig och kollegan ida wahlberg (ida.wahlberg@leksand.se) till alla träffar. ida e vegan. "
           "/tobias eng leksands kn",
           X("register", [P("Tobias Eng", None, "Leksands kommun"),
                          P("Ida Wahlberg", "ida.wahlberg@leksand.se", "Leksands kommun", diet="vegan")],
             ALL, diet="vegan"),
           "sender (no address) + colleague with address; 'alla träffar' = all four; the diet is the colleague's "
           "(Ida writes again in c178)"),

        mail("c145", "2026-12-22T14:17", ("Gun Mårtensson", "gun.martensson47@telia.com"), "Sotning",
             "Hej. Ni skulle komma och sota den 12/1 men jag är bortrest då, kan vi ta det 19/1 istället?\n\n"
             "Gun Mårtensson\nTallbacksvägen 4, Sundborn\n070-318 22 95\n\nSkickat från min iPad",
             X("unknown"),
             "wrong recipient (chimney sweeping appointment); numeric dates that are not sessions"),

        tg("c146", "2027-01-04T08:12", "Ellinor Bäck", 8023361954,
           "God fortsättning! Vill anmäla mig till 21/09 och 22/02. Ellinor Bäck, Avesta",
           X("register", [P("Ellinor Bäck", None, "Avesta kommun")], [S2, S4]),
           "zero-padded numeric dates '21/09 och 22/02' (22/02 = the 2028 session); 'Avesta' = Avesta kommun"),

        tg("c147", "2027-01-07T13:45", "Sam Oduya", 1284470395,
           "hello, is the course in english or swedish? my swedish is not so good yet. also is there a cost?",
           X("question"),
           "English question only, no signup"),

        tg("c148", "2027-01-10T19:20", "Marie Holmqvist", 5562018830,
           "hej!! jag o min chef vill anmäla oss. Marie Holmqvist och Lars-Göran Björk, Vansbro kommun. "
           "alla tillfällen 🙂 lars-göran vill ha glutenfritt",
           X("register", [P("Marie Holmqvist", None, "Vansbro kommun"),
                          P("Lars-Göran Björk", None, "Vansbro kommun", diet="glutenfritt")],
             ALL, diet="glutenfritt"),
           "sender + manager, no addresses; 'alla tillfällen' = all four; diet belongs to the manager"),

        mail("c149", "2027-01-12T06:58", ("Mikael Forslund", "mikael.forslund@rattvik.se"), "Re: DalaLab",
             "Hej, jag o Stefan Hammar (stefan.hammar@rattvik.se) kommer på första och tredje.\n"
             "Mvh Micke\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Mikael Forslund", "mikael.forslund@rattvik.se", "Rättviks kommun"),
                            P("Stefan Hammar", "stefan.hammar@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "phone mail signed with a nickname; 'första och tredje' = 3 May + 29 Nov; colleague's address in "
             "parentheses"),

        tg("c150", "2027-01-15T12:10", "Petter", 3390187264,
           "hej kan ni avanmäla mig från allt. fått nytt jobb i gävle 🙃 petter sjölund, säter",
           X("cancel", [P("Petter Sjölund", None, "Säters kommun")], ALL),
           "full cancellation ('från allt') -> all four; surname only in the text; Gävle is not an organisation"),

        tg("c151", "2027-01-18T21:55", "Anna-Karin Lidén", 4817730926,
           "hej! är det i falun alla gånger eller byts orten? 3/5 står det falun men inget om de andra. "
           "undrar innan jag anmäler mig",
           X("question"),
           "question naming '3/5' and 'innan jag anmäler mig' -> no signup, sessions []"),

        tg("c152", "2027-01-21T09:30", "Nadia Yusuf", 7745102389,
           "Hej jag vill anmäla mig till 29/11-27 och 22/2-28 📅 Nadia Yusuf Borlänge kommun nadia.yusuf@borlange.se",
           X("register", [P("Nadia Yusuf", "nadia.yusuf@borlange.se", "Borlänge kommun")], [S3, S4]),
           "dates with a year suffix '29/11-27', '22/2-28'; address in the text"),

        mail("c153", "2027-01-25T17:42", ("Jan-Erik Dahlin", "janne.dahlin@hotmail.com"), "Utskick",
             "Hej, fick ert mejl via en kollega men är inte intresserad. Vill inte ha fler utskick, "
             "ta bort mina uppgifter.\n/Janne Dahlin\n\nSkickat från min iPhone",
             X("erasure", [P("Jan-Erik Dahlin", "janne.dahlin@hotmail.com", None)]),
             "erasure from a private address ('ta bort mina uppgifter'); no organisation given"),

        tg("c154", "2027-01-28T15:15", "Oscar Lindh", 2265019843,
           "yo, e anmäld till alla men kan inte 21 sept pga semester, kommer på resten 👍 /oscar lindh, falun",
           X("cancel", [P("Oscar Lindh", None, "Falu kommun")], [S2]),
           "partial withdrawal ('kan inte 21 sept ... kommer på resten') = cancel of 21 Sep only"),

        tg("c155", "2027-02-01T10:05", "Helena Åberg", 6301857724,
           "hej! ändrat mig angående maten, är numera vegan 🌱 anmäld till alla. helena åberg, orsa",
           X("change", [P("Helena Åberg", None, "Orsa kommun", diet="vegan")], ALL, diet="vegan"),
           "diet update for an existing signup; she states she is registered for all -> change, all four"),

        tg("c156", "2027-02-03T22:48", "Tove Fransson", 5098273316,
           "mamma kan du hämta elsa på förskolan imorgon? jag har möte till 5 😘",
           X("unknown"),
           "message to the wrong Telegram chat; nothing about the event"),

        mail("c157", "2027-02-05T11:20", ("Kjell Ahlström", "kjell.ahlstrom@lansstyrelsen.se"), "Avanmälan 3/5",
             "Hej!\nJag måste tyvärr avanmäla min kollega Yvonne Sved från 3/5, hon är föräldraledig då. "
             "Hon kommer på de andra.\n\nMvh\nKjell Ahlström\nLänsstyrelsen Dalarna\n010-225 00 00\n\n"
             "Skickat från min iPhone",
             X("cancel", [P("Yvonne Sved", None, "Länsstyrelsen Dalarna")], [S1]),
             "sender cancels a colleague's one session (sender not in people); 'kommer på de andra' -> only 3 May "
             "cancelled"),

        tg("c158", "2027-02-08T07:33", "Yasmin Rahimi", 4408126795,
           "Hi! Please sign me up for Sept 21st and Nov 29th. yasmin.rahimi@regiondalarna.se – halal food if "
           "possible 🙏",
           X("register", [P("Yasmin Rahimi", "yasmin.rahimi@regiondalarna.se", "Region Dalarna")], [S2, S3],
             diet="halal"),
           "English signup; organisation from the regiondalarna.se address in the text; diet 'halal'"),

        tg("c159", "2027-02-10T18:40", "Martin Öberg", 2950381176,
           "Hej, lägg till mig på 22/2 också, är redan anmäld till 3/5 o 21/9. martin öberg gagnef",
           X("change", [P("Martin Öberg", None, "Gagnefs kommun")], [S1, S2, S4]),
           "adds a session to an existing signup and states the others -> change with all three"),

        tg("c160", "2027-02-12T12:00", "Telegram Support ✅", 7902215548,
           "⚠️ Ditt Telegram-konto har flaggats för ovanlig aktivitet. Verifiera inom 24 h annars stängs kontot: "
           "t.me/secure_verify_acc_bot 🔒",
           X("unknown"),
           "phishing spam on Telegram"),

        mail("c161", "2027-02-15T08:09", ("Sofie Nilsson", "sofie.nilsson@malung-salen.se"), "Fråga",
             "Hej, finns det parkering vid lokalen i Falun 3 maj? Kommer med bil från Sälen.\n\nMvh Sofie\n\n"
             "Skickat från min iPhone",
             X("question"),
             "phone mail question naming 3 May; no signup"),

        tg("c162", "2027-02-17T20:20", "Emelie Granath", 6187340052,
           "hej! kan jag anmala mig + 2 kollegor? jag, robin ek och fatima al-sayed, alla alvdalen. vi kör 3/5 🙂",
           X("register", [P("Emelie Granath", None, "Älvdalens kommun"),
                          P("Robin Ek", None, "Älvdalens kommun"),
                          P("Fatima Al-Sayed", None, "Älvdalens kommun")], [S1]),
           "sender + two colleagues in lower case, 'alvdalen' without Ä; '3/5' only (Robin writes in c171)"),

        tg("c163", "2027-02-19T09:14", "Frida Hellström", 5203948812,
           "hej igen! kan jag byta 29 nov mot 22 feb? /frida, mora",
           X("change", [P("Frida Hellström", None, "Mora kommun")], [S4]),
           "same sender as c140; bare swap -> only the new session; '22 feb' without year = 2028 session"),

        mail("c164", "2027-02-22T13:36", ("Åsa Lindström", "asa.lindstrom@borlange.se"), "Re: Bekräftelse DalaLab",
             "Hej, jag kan inte 21/9 men Dennis Larsson (dennis.larsson@borlange.se) går i mitt ställe.\n"
             "Mvh Åsa\n\nSkickat från min iPhone\n\n"
             "> 10 jan. 2027 kl. 09:12 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>\n"
             "> Hej Åsa!\n> Tack för din anmälan till DalaLab. Du är anmäld till:\n"
             "> - 3 maj 2027, Falun\n> - 21 september 2027\n>\n> Välkommen!\n> Linnea",
             X("change", [P("Åsa Lindström", "asa.lindstrom@borlange.se", "Borlänge kommun"),
                          P("Dennis Larsson", "dennis.larsson@borlange.se", "Borlänge kommun")], [S2]),
             "substitution for one session: Åsa out of 21/9, Dennis takes it; quoted confirmation lists 3 May "
             "too, which is not part of the change"),

        tg("c165", "2027-02-24T16:50", "Jonna Viklund", 1576602948,
           "hejsan, anmäler mig till 2027-09-21. ev. kommer jag på 29/11 också men vet ej än, återkommer",
           X("register", [P("Jonna Viklund", None, None)], [S2], unsure=["sessions"]),
           "ISO date; 29/11 only as a maybe ('ev. ... vet ej än, återkommer') -> not registered; no organisation"),

        tg("c166", "2027-02-26T07:05", "Carl-Johan Mörk", 3847120569,
           "morrn. ta bort mig o min kollega ulrika sand från alla träffar, vi har fått förhinder. "
           "mvh cj mörk, avesta kommun",
           X("cancel", [P("Carl-Johan Mörk", None, "Avesta kommun"), P("Ulrika Sand", None, "Avesta kommun")],
             ALL),
           "cancellation of sender + colleague from all sessions ('ta bort ... från alla träffar' is not "
           "erasure); signed 'cj mörk', full name from sender"),

        mail("c167", "2027-03-01T19:12", ("Daniel Weber", "daniel.weber@sater.se"), "Registration",
             "Hi Linnea,\n\nI'd like to join the learning project, all sessions. I'm lactose intolerant.\n\n"
             "Best, Daniel\n\nSent from my iPhone",
             X("register", [P("Daniel Weber", "daniel.weber@sater.se", "Säters kommun")], ALL,
               diet="lactose intolerant"),
             "English phone mail; 'all sessions'; organisation from sater.se"),

        tg("c168", "2027-03-03T12:44", "Lovisa Engström", 2718830465,
           "hej, är inte anmäld än men undrar om träffarna spelas in? har svårt att komma ifrån på alla datum",
           X("question"),
           "question only; explicitly not a signup"),

        tg("c169", "2027-03-05T21:03", "Håkan Sjödin", 5629017384,
           "Hej. Anmäler mig till tillfälle 1, 2 och 4. Håkan Sjödin Region Dalarna, hakan.sjodin@regiondalarna.se. "
           "Glutenfri o laktosfri",
           X("register", [P("Håkan Sjödin", "hakan.sjodin@regiondalarna.se", "Region Dalarna")], [S1, S2, S4],
             diet="glutenfri, laktosfri"),
           "sessions by number ('tillfälle 1, 2 och 4'); two diet words joined"),

        mail("c170", "2027-03-08T10:27", ("Roger Lindblad", "roger.lindblad@smedjebacken.se"),
             "Automatiskt svar: Påminnelse – sista anmälningsdag till DalaLab 14 april",
             "Tack för ditt mejl. Jag är föräldraledig t.o.m. 29/3 och läser inte mejl.\n"
             "Brådskande ärenden: plan@smedjebacken.se, 0240-660 00.\n\nHämta Outlook för iOS",
             X("auto_reply"),
             "out-of-office reply to the reminder, no auto headers; '29/3' and '14 april' are not sessions"),

        tg("c171", "2027-03-10T17:30", "Robin Ek", 4093376251,
           "hej! emelie anmälde mig till 3/5 men jag vill va med på 29/11 också 👍 robin ek, älvdalen",
           X("change", [P("Robin Ek", None, "Älvdalens kommun")], [S1, S3]),
           "colleague registered in c162 adds a session, stating the existing one -> change with both"),

        tg("c172", "2027-03-12T08:58", "Gustav Ryd", 6935120784,
           "hej vill avanmala mig, kommer inte kunna delta pa nagon av traffarna. gustav ryd mora",
           X("cancel", [P("Gustav Ryd", None, "Mora kommun")], ALL),
           "cancellation without å/ä ('avanmala', 'nagon av traffarna') -> all four"),

        tg("c173", "2027-03-15T13:22", "Ana Petrović", 1862204937,
           "hey, i signed up for may 3 but i need to switch to the november one instead, sorry! ana, ludvika",
           X("change", [P("Ana Petrović", None, "Ludvika kommun")], [S3]),
           "English bare swap 'may 3' -> 'the november one' = 29 Nov only"),

        mail("c174", "2027-03-18T07:40", ("Lars Wennberg", "lars.wennberg@falun.se"), "Anmälan kollega",
             "Hej!\nVill anmäla min kollega Amanda Blom, amanda.blom@falun.se, till 21/9 och 29/11. "
             "Jag själv är redan anmäld.\n/Lars\n\nSkickat från min iPhone",
             X("register", [P("Amanda Blom", "amanda.blom@falun.se", "Falu kommun")], [S2, S3]),
             "sender registers a colleague only ('Jag själv är redan anmäld' -> sender not in people)"),

        tg("c175", "2027-03-22T19:47", "Theo Lindkvist", 3174490682,
           "hej, vill att ni raderar mina uppgifter ur er lista. tack",
           X("erasure", [P("Theo Lindkvist", None, None)]),
           "Telegram erasure: the sender, no address, no organisation"),

        tg("c176", "2027-03-25T11:11", "Mira Jonsson", 5287731409,
           "Hej! Vilken tid börjar det 21/9? Och hinner man anmäla sig efter 14/4 om man bara ska på hösten?",
           X("question"),
           "question naming 21/9 and the deadline 14/4; no signup"),

        mail("c177", "2027-03-29T16:05", ("Kent Bylund", "kent.bylund@vansbro.se"), "anmalan dalalab",
             "hej anmal mig till 3 maj 21 sep och 29 nov, inte den i feb.\n/kent bylund\n\nSkickat från min Android",
             X("register", [P("Kent Bylund", "kent.bylund@vansbro.se", "Vansbro kommun")], [S1, S2, S3]),
             "phone mail without å/ä, no commas between dates; 'inte den i feb' excludes 22 Feb"),

        tg("c178", "2027-04-01T09:02", "Ida Wahlberg", 6478105293,
           "hej! ida här från leksand. kan inte komma 3/5 längre, men vår kollega jens aho tar min plats den dagen. "
           "jens.aho@leksand.se",
           X("change", [P("Ida Wahlberg", None, "Leksands kommun"),
                        P("Jens Aho", "jens.aho@leksand.se", "Leksands kommun")], [S1]),
           "substitution for one session (Ida out of 3/5, Jens in); Ida registered in c144, her address is not "
           "in this text; sessions = what Jens takes"),

        tg("c179", "2027-04-06T22:30", "Alva Nygren", 2583019674,
           "hej hinner jag anmäla mig fortfarande? isf alla 4 🙏 alva nygren, orsa kommun, alva.nygren@orsa.se",
           X("register", [P("Alva Nygren", "alva.nygren@orsa.se", "Orsa kommun")], ALL),
           "signup phrased with a question before the deadline ('isf alla 4') -> register all four"),

        mail("c180", "2027-04-09T12:48", ("Johanna Eriksson", "johanna.eriksson@hedemora.se"), "Re: DalaLab",
             "Hej! Jag och Maja Persson kan tyvärr inte 21/9 (krockar med KF). 3/5 står fast.\n/Johanna\n\n"
             "Skickat från min iPhone",
             X("cancel", [P("Johanna Eriksson", "johanna.eriksson@hedemora.se", "Hedemora kommun"),
                          P("Maja Persson", None, "Hedemora kommun")], [S2]),
             "both registered in c137; partial withdrawal of 21/9 for two people, 3/5 stays; Maja's address "
             "is not in this text"),
    ]
