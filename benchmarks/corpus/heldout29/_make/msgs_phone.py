from build import P, X, mail, tg, S1, S2, S3, S4, ALL

IPHONE = "\n\nSkickat från min iPhone"


def messages():
    return [
        tg("af136", "2026-12-03T07:12", "Sara Lindqvist", 5120443871,
           "hej vill anmäla mig till dalalab alla träffarna. jobbar i falun som planarkitekt",
           X("register", [P("Sara Lindqvist", None, "Falu kommun")], ALL),
           "lower case, no punctuation at the end; organisation only as 'jobbar i falun'; no dates = all four"),

        tg("af137", "2026-12-04T21:40", "Daniel Okafor", 6033918245,
           "Hi! Can I sign up for the 21/9 and 29/11 sessions? I work at Region Dalarna (urban planning unit)",
           X("register", [P("Daniel Okafor", None, "Region Dalarna")], [S2, S3]),
           "English, phrased as a question but it is a signup; dates as d/m"),

        mail("af138", "2026-12-05T16:22", ("Mats Holm", "mats.holm@ludvika.se"), "DalaLab",
             "Anmäl mig o kollegan Per Ekström till mån 3/5. Vi är båda från Ludvika. "
             "Pers mejl per.ekstrom@ludvika.se" + IPHONE,
             X("register", [P("Mats Holm", "mats.holm@ludvika.se", "Ludvika kommun"),
                            P("Per Ekström", "per.ekstrom@ludvika.se", "Ludvika kommun")], [S1]),
             "short phone mail; 'o' for och; weekday-abbreviated date; colleague's address given as 'Pers mejl'"),

        tg("af139", "2026-12-07T12:03", "Jonas Vikström", 4471902336,
           "stryk mig från 29 nov tack /jonas lst",
           X("cancel", [P("Jonas Vikström", None, "Länsstyrelsen Dalarna")], [S3]),
           "'stryk mig' with one date = cancel that session only; organisation as 'lst' in lower case"),

        tg("af140", "2026-12-08T08:15", "Britt-Marie Dahl", 5893310027,
           "Hej det är Britt Marie Dahl från Orsa kommun jag vill anmäla mig till träffen den tredje maj "
           "och den tjugoförsta september punkt jag är vegetarian punkt",
           X("register", [P("Britt-Marie Dahl", None, "Orsa kommun", diet="vegetarian")], [S1, S2],
             diet="vegetarian"),
           "dictated text: dates spelled out as words, 'punkt' written out, name without hyphen (profile has it)"),

        tg("af141", "2026-12-09T10:51", "Emir Hadžić", 6207715490,
           "hej\nanmälan\nEmir Hadžić\nBorlänge k\nalla datum\nglutenfri",
           X("register", [P("Emir Hadžić", None, "Borlänge kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "several short lines sent as one message; 'Borlänge k' abbreviation; diet alone on a line"),

        tg("af142", "2026-12-10T19:28", "Helena Kask", 5560081934,
           "tis 21/9 är jag med men inte mån 3/5, hinner inte. jobbar på ludvika kommun. 22/2 o 29/11 också ja",
           X("register", [P("Helena Kask", None, "Ludvika kommun")], [S2, S3, S4]),
           "negated date among the named ones; abbreviated weekdays; dates out of order"),

        tg("af143", "2026-12-11T06:44", "Göran Isaksson", 4908823517,
           "blir det lunch eller ska man ta med eget? och finns det parkering nära där ni ska vara i falun",
           X("question", [], []),
           "pure practical question, mentions Falun only as the venue (not an organisation or signup)"),

        tg("af144", "2026-12-14T22:09", "Ove Sundin", 5317740268,
           "ta bort mina uppgifter ur era listor. vill inte ha mer utskick. Mvh Ove Sundin",
           X("erasure", [P("Ove Sundin", None, None)], []),
           "erasure on Telegram: no e-mail, no organisation stated"),

        mail("af145", "2026-12-15T13:37", ("Lena Östberg", "lena.ostberg72@gmail.com"), "Radera",
             "hej, jag har slutat på säters kommun och vill att ni tar bort mig helt ur registret för "
             "dalalab o allt annat. tack" + IPHONE,
             X("erasure", [P("Lena Östberg", "lena.ostberg72@gmail.com", "Säters kommun")], [],
               unsure=["organisation"]),
             "erasure from a private gmail address; former employer named in text (organisation doubtful)"),

        tg("af146", "2026-12-16T09:02", "Henrik Wallin", 6642019873,
           "kan jag byta 29/11 mot 22/2? /Henrik, Mora",
           X("change", [P("Henrik Wallin", None, "Mora kommun")], [S4]),
           "bare swap phrased as a question = new session only; first name + town as signature"),

        tg("af147", "2026-12-17T14:26", "Malin Sjöberg", 5082276614,
           "anmäl även min kollega Fatima Yusuf hon jobbar också i Avesta. bara första träffen för henne",
           X("register", [P("Fatima Yusuf", None, "Avesta kommun")], [S1]),
           "'även': sender already registered, only the colleague is the request; 'första träffen'"),

        tg("af148", "2026-12-18T11:47", "Lisa Eng", 4730096251,
           "👍 räkna med mig på alla 4 🙌 /Lisa Hedemora",
           X("register", [P("Lisa Eng", None, "Hedemora kommun")], ALL),
           "emoji-wrapped signup; 'alla 4'; organisation only as town after the name"),

        tg("af149", "2027-01-04T08:33", "Aleksandra Novak", 6119843307,
           "Hej! Sorry my Swedish is bad. I want anmäla to DalaLab, all sessions. I work in Smedjebacken "
           "kommun, planning department. Email: a.novak@smedjebacken.se",
           X("register", [P("Aleksandra Novak", "a.novak@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "mixed English/Swedish; Telegram sender gives her own e-mail in the text"),

        mail("af150", "2027-01-05T07:58", ("Karl-Johan Nilsson", "karl-johan.nilsson@rattvik.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Kan inte komma 3 maj tyvärr, krockar m kommunfullmäktige. Men resten står kvar" + IPHONE +
             "\n\n> 12 dec. 2026 kl. 09:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n>\n"
             "> Välkommen till DalaLab! Träffarna äger rum:\n> 3 maj 2027, Falun\n> 21 september 2027\n"
             "> 29 november 2027\n> 22 februari 2028\n> Sista anmälningsdag 14 april 2027.\n",
             X("cancel", [P("Karl-Johan Nilsson", "karl-johan.nilsson@rattvik.se", "Rättviks kommun")], [S1]),
             "phone reply above quoted invitation with all four dates; only 3 May is cancelled, rest 'står kvar'"),

        tg("af151", "2027-01-07T16:19", "Johan Mattsson", 5904417782,
           "hej anmäer mig till höstens träff. johan rättvik",
           X("register", [P("Johan Mattsson", None, "Rättviks kommun")], [S2, S3], unsure=["sessions"]),
           "typo 'anmäer'; 'höstens träff' singular but two autumn sessions"),

        tg("af152", "2027-01-08T03:11", "💰 Crypto Mentor 💰", 7711204598,
           "🔥🔥 Tjäna 50 000 kr i veckan med kryptohandel!! Ingen erfarenhet krävs. Skriv till @fastcash_mentor "
           "NU, bara 10 platser kvar 🚀",
           X("unknown", [], []),
           "Telegram spam; 'platser kvar' sounds like registration but is not about the event"),

        mail("af153", "2027-01-08T10:05", ("Camilla Berglund", "camilla.berglund@leksand.se"),
             "Autosvar: Anmälan DalaLab",
             "Hej!\nJag är föräldraledig t.o.m. 31/1 och läser inte min mejl. Vid brådskande ärenden kontakta "
             "samhällsbyggnadsförvaltningen på 0247-800 00.\n\nCamilla",
             X("auto_reply", [], []),
             "out-of-office with a date '31/1' and 'Anmälan DalaLab' in the subject; not a signup"),

        tg("af154", "2027-01-11T12:40", "Maja Ek", 4822360915,
           "jag + kollegan anders berg anmäler oss till 3/5 o 21/9. vi jobbar på lst. anders mejl "
           "anders.berg@lansstyrelsen.se",
           X("register", [P("Maja Ek", None, "Länsstyrelsen Dalarna"),
                          P("Anders Berg", "anders.berg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
           "sender on Telegram has no e-mail, colleague's is in the text; lower-case colleague name; 'lst'"),

        tg("af155", "2027-01-12T15:55", "Rebecka Holmgren", 6390012844,
           "ändra min kost till laktosfri tack, annars som förut",
           X("change", [P("Rebecka Holmgren", None, None, diet="laktosfri")], [], diet="laktosfri"),
           "diet update only; sessions not stated; no organisation on Telegram"),

        tg("af156", "2027-01-13T09:21", "Pontus Larsson", 5276631409,
           "kan inte gå 21 sept, min kollega Noor Al-Sayed går istället. Vi är från Vansbro",
           X("change", [P("Pontus Larsson", None, "Vansbro kommun"),
                        P("Noor Al-Sayed", None, "Vansbro kommun")], [S2]),
           "substitution in one line; 'sept' abbreviation; shared organisation 'Vi är från Vansbro'"),

        tg("af157", "2027-01-14T20:02", "Tuomas Heikkinen", 6805573120,
           "when is the last day to sign up? and is it all in Swedish or some english too",
           X("question", [], []),
           "English question, no signup"),

        mail("af158", "2027-01-18T17:46", ("Karin Olofsson", "karin.olofsson@gagnef.se"), "Dala lab",
             "Hej Linnea jag vill anmäla mig och min kollega Gustav Eklund till dala lab alla fyra träffarna "
             "Gustav är glutenintolerant mvh Karin" + IPHONE,
             X("register", [P("Karin Olofsson", "karin.olofsson@gagnef.se", "Gagnefs kommun"),
                            P("Gustav Eklund", None, "Gagnefs kommun", diet="glutenintolerant")], ALL,
               diet="glutenintolerant"),
             "dictated mail without punctuation; colleague without address gets sender's organisation; his diet"),

        tg("af159", "2027-01-20T07:30", "Sofia Bergqvist", 4560198723,
           "hej jag får tyvärr avanmäla mig från hela dalalab, har fått nytt jobb. /Sofia Bergqvist Älvdalen",
           X("cancel", [P("Sofia Bergqvist", None, "Älvdalens kommun")], ALL),
           "cancel of everything ('hela dalalab'); organisation as town in signature"),

        tg("af160", "2027-01-21T13:13", "Viktor Lindahl", 5941127736,
           "anmäler mig till 22 feb. går det att vara med digitalt? bor i sälen o jobbar för malung-sälens kommun",
           X("register", [P("Viktor Lindahl", None, "Malung-Sälens kommun")], [S4]),
           "signup plus a question = register; 'sälen' (where he lives) vs employer"),

        mail("af161", "2027-01-25T06:52", ("Tomas Gren", "tomas.gren@leksand.se"), "anmälnig",
             "hej anmäler mig till dalalab 3/5, 21/9 o 29/11. februari vet jag inte än återkommer\nmvh\nTomas\n"
             "skickat från min iphone",
             X("register", [P("Tomas Gren", "tomas.gren@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "typo in subject; February explicitly left open, not signed up"),

        tg("af162", "2027-01-27T10:08", "Marianne Ström", 6473350981,
           "Hej! Jag heter Marianne Ström och vill anmäla mig till alla träffar. Min mejl är "
           "marianne.strom@regiondalarna.se, jobbar på regionens samhällsplanering",
           X("register", [P("Marianne Ström", "marianne.strom@regiondalarna.se", "Region Dalarna")], ALL),
           "Telegram sender writes her address; 'regionens' = Region Dalarna"),

        tg("af163", "2027-02-01T18:24", "Ahmed Nasser", 5187702243,
           "Hello, jag är ny på Borlänge kommun since january, can I still join even though it starts in may? "
           "Vill gärna vara med på alla",
           X("register", [P("Ahmed Nasser", None, "Borlänge kommun")], ALL),
           "code-switching; a question plus 'vill gärna vara med på alla' = register all; 'may'/'january' are not sessions"),

        tg("af164", "2027-02-02T11:35", "Ulla Nygren", 4389915062,
           "stryk mig från listan",
           X("cancel", [P("Ulla Nygren", None, None)], ALL, unsure=["intent"]),
           "three words; cancel of all, though 'listan' could also mean the mailing list (erasure?)"),

        tg("af165", "2027-02-03T08:49", "Anders Lund", 6721148830,
           "jag kommer på träffen v.18 i falun. Anders Lund, Säter",
           X("register", [P("Anders Lund", None, "Säters kommun")], [S1]),
           "session as week number v.18 (= 3 May); 'falun' is the venue, 'Säter' his organisation"),

        tg("af166", "2027-02-04T14:17", "Karl Stenberg", 5648823095,
           "anmäler två från oss (jag själv kommer inte)\nlinda persson\nerik johansson\nbåda hedemora kommun, "
           "alla tillfällen\nlinda vegan",
           X("register", [P("Linda Persson", None, "Hedemora kommun", diet="vegan"),
                          P("Erik Johansson", None, "Hedemora kommun")], ALL, diet="vegan"),
           "sender only writes for others; lower-case names on separate lines; diet for one of them"),

        tg("af167", "2027-02-08T09:58", "Elin Fors", 6092264417,
           "hej kan ni lägga till novemberträffen på mig också, har redan 3/5 och 21/9. falu kommun",
           X("change", [P("Elin Fors", None, "Falu kommun")], [S1, S2, S3]),
           "adding a session by month word; existing sessions stated so all three after the change"),

        mail("af168", "2027-02-09T19:03", ("Jakob Schmidt", "jakob.schmidt@lansstyrelsen.se"), "DalaLab signup",
             "Hi Linnea, please register me for the sessions on May 3 and February 22. Regards, Jakob Schmidt, "
             "Länsstyrelsen Dalarna\n\nSent from my iPhone",
             X("register", [P("Jakob Schmidt", "jakob.schmidt@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S4]),
             "English phone mail, month-first dates"),

        mail("af169", "2027-02-11T16:40", ("Peter Åhl", "peter.ahl@mora.se"), "Maria",
             "Hej! Maria Lind kan inte komma alls, hon har gått på föräldraledighet. Stryk henne. /Peter" + IPHONE,
             X("cancel", [P("Maria Lind", None, "Mora kommun")], ALL),
             "manager cancels a colleague (no substitute); sender not among people; colleague gets sender's org"),

        tg("af170", "2027-02-15T12:22", "Anna Hed", 5733041186,
           "🙋‍♀️ 3/5 ✅ 21/9 ✅ 29/11 ❌ 22/2 ✅ vego 🌱 //Anna Rättvik",
           X("register", [P("Anna Hed", None, "Rättviks kommun", diet="vego")], [S1, S2, S4], diet="vego"),
           "sessions chosen by emoji ticks and a cross; 'vego' as diet"),

        tg("af171", "2027-02-17T10:44", "Sten Backlund", 4915503728,
           "hur många får vi vara från ludvika? vi är 4 som vill",
           X("question", [], []),
           "quota question; no names, no signup yet"),

        mail("af172", "2027-02-22T07:15", ("Roger Ekman", "roger.ekman@hotmail.com"), "Anmälan",
             "Anmäler mig till alla tillfällen.\n\nMvh\nRoger Ekman\nPlaneringsarkitekt\nSamhällsbyggnad\n"
             "Vansbro kommun\nStationsgatan 1, 780 50 Vansbro\n070-231 44 90" + IPHONE,
             X("register", [P("Roger Ekman", "roger.ekman@hotmail.com", "Vansbro kommun")], ALL),
             "private hotmail address; organisation only from the signature with street address and phone"),

        tg("af173", "2027-02-24T21:50", "Oskar Virtanen", 6288174503,
           "please delete all my personal data (GDPR). I am not interested anymore",
           X("erasure", [P("Oskar Virtanen", None, None)], []),
           "English erasure request; name only from the Telegram profile"),

        tg("af174", "2027-03-01T08:06", "Ingela Persson", 5419936627,
           "byt mitt tillfälle i september mot det i november tack ingela persson avesta",
           X("change", [P("Ingela Persson", None, "Avesta kommun")], [S3]),
           "dictated swap by month names, no punctuation; name and town run on at the end"),

        mail("af175", "2027-03-03T15:29", ("Bo Grönlund", "bo.gronlund@avesta.se"), "Re: DalaLab",
             "lägg till tina också hon är på mejlen. tina.hoglund@avesta.se. alla träffar" + IPHONE,
             X("register", [P("Tina Höglund", "tina.hoglund@avesta.se", "Avesta kommun")], ALL),
             "'också': only the colleague is new; her name written only as 'tina' + address (surname from it)",
             ),

        mail("af176", "2027-03-05T12:12", ("Jenny Åberg", "jenny.aberg@borlange.se"), "anmälan",
             "anmäler mig till 21.9 och 29.11 mvh jenny\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Jenny Åberg", "jenny.aberg@borlange.se", "Borlänge kommun")], [S2, S3]),
             "dotted dates, Android footer instead of iPhone"),

        mail("af177", "2027-03-08T09:40", ("Olle Järvinen", "olle.jarvinen@hedemora.se"), "Läst: Anmälan DalaLab",
             "Ditt meddelande\n\n  Till: Olle Järvinen\n  Ämne: Anmälan DalaLab\n  Skickat: den 8 mars 2027 08:55\n\n"
             "lästes den 8 mars 2027 09:40.",
             X("auto_reply", [], []),
             "read receipt from a phone mail client; subject mentions signup"),

        tg("af178", "2027-03-10T17:31", "Hanna Mora", 6571183390,
           "hej\njag kan inte 3 maj\nmen min kollega Elsa Nord kan gå i mitt ställe\nhon är vegetarian\norsa kommun",
           X("change", [P("Hanna Mora", None, "Orsa kommun"),
                        P("Elsa Nord", None, "Orsa kommun", diet="vegetarian")], [S1], diet="vegetarian"),
           "substitution over several lines; sender surname 'Mora' is not Mora kommun; diet is the substitute's"),

        tg("af179", "2027-03-15T22:47", "Emma Wik", 5830027764,
           "haha fel chatt sorry 😅 ignorera",
           X("unknown", [], []),
           "message sent to the bot by mistake"),

        mail("af180", "2027-03-22T20:18", ("Fredrik Dalin", "fredrik.dalin@smedjebacken.se"),
             "SV: Bekräftelse DalaLab",
             "Nej tyvärr, jag hinner inte med 21/9 och 29/11 ändå. Stryk mig från de två. Maj och feb står kvar" +
             IPHONE + "\n\n15 jan. 2027 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n"
             "> Tack för din anmälan till DalaLab. Du är anmäld till 3 maj 2027, 21 september 2027, "
             "29 november 2027 och 22 februari 2028.\n",
             X("cancel", [P("Fredrik Dalin", "fredrik.dalin@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "partial cancel on top of a quoted confirmation listing all four dates"),
    ]
