from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """-------- Originalmeddelande --------
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Datum: 2026-12-14 15:02 (GMT+01:00)
Till: planerare-dalarna@regiondalarna.se
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering.
Träffar:
3 maj 2027, kl 10–15 (fika från 09.30), Falun
21 september 2027
29 november 2027
22 februari 2028

Sista anmälningsdag är 14 april 2027. Upp till tre personer per kommun.

Varmt välkomna!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        tg("u136", "2026-12-02T21:14", "Hanna Lövgren", 6031884215,
           "hej vill anmala mig till alla 4 traffarna 👍 jobbar pa ludvika kommun",
           X("register", [P("Hanna Lövgren", None, "Ludvika kommun")], ALL),
           "no å/ä/ö; 'alla 4 traffarna' = all four; organisation from 'ludvika kommun'; no address"),

        tg("u137", "2026-12-04T07:48", "Mikael Strömberg", 5217730094,
           "anmäl mig o kollgan jenny persson till 3/5 o 21/9. vi e fran hedemora. hennes mejl jenny.persson@hedemora.se",
           X("register", [P("Mikael Strömberg", None, "Hedemora kommun"),
                          P("Jenny Persson", "jenny.persson@hedemora.se", "Hedemora kommun")], [S1, S2]),
           "sender + colleague in lower case; only the colleague has an address; typo 'kollgan'; 3/5 and 21/9"),

        mail("u138", "2026-12-08T12:03", ("Linda Eriksson", "linda.eriksson@avesta.se"), "Anmälan",
             "hej! anmäl mig till 3/5, 29/11 och 22/2 tack\nlinda\n\nSkickat från min iPhone",
             X("register", [P("Linda Eriksson", "linda.eriksson@avesta.se", "Avesta kommun")], [S1, S3, S4]),
             "one-line phone mail; three numeric dates, 22/2 is the 2028 session; organisation from domain"),

        tg("u139", "2026-12-11T16:30", "Tobias Nyström", 1187420653,
           "hi, is it possible to join online only? cant travel to falun in may :/",
           X("question", [], []),
           "English question about remote attendance; 'in may' is no signup"),

        tg("u140", "2026-12-15T22:41", "Agnes Halvarsson", 7420915538,
           "hej! anmaler mig till traffen 21.9 och 29.11 🙂 vegetarian. agnes, orsa",
           X("register", [P("Agnes Halvarsson", None, "Orsa kommun")], [S2, S3], diet="vegetarian"),
           "dotted dates 21.9/29.11; 'vegetarian' as written; 'orsa' lower case; name from sender (writes again in u179)"),

        mail("u141", "2026-12-17T06:55", ("Rickard Fors", "rickard.fors@borlange.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag + Malin Hedberg (malin.hedberg@borlange.se) kommer på alla. Malin glutenfri.\n\n/R\n\n"
             "Skickat från min Samsung Galaxy-smartphone.\n\n\n" + INVITE,
             X("register", [P("Rickard Fors", "rickard.fors@borlange.se", "Borlänge kommun"),
                            P("Malin Hedberg", "malin.hedberg@borlange.se", "Borlänge kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "phone reply above the quoted invitation (all dates, deadline, 'kl 10–15'); 'kommer på alla' = all four; "
             "diet is the colleague's"),

        tg("u142", "2026-12-20T10:12", "Petter Gustafsson", 934478120,
           "god jul! 🎄 skriv upp mig pa 2027-05-03 och 2028-02-22. mvh petter, lansstyrelsen",
           X("register", [P("Petter Gustafsson", None, "Länsstyrelsen Dalarna")], [S1, S4]),
           "ISO dates typed in a chat; 'lansstyrelsen' without ä"),

        tg("u143", "2026-12-23T14:05", "Sofie Karlsson", 5589012347,
           "mamma kan du hämta ellie på förskolan idag? sitter fast i möte till 4 🙏❤️",
           X("unknown", [], []),
           "wrong recipient: private message sent to the bot by mistake"),

        tg("u144", "2026-12-28T19:40", "Kajsa Wennberg", 6675230981,
           "hej! jag anmalde mig har via boten men vill nu att ni raderar alla mina uppgifter, namn mejl allt. tack",
           X("erasure", [P("Kajsa Wennberg", None, None)], []),
           "erasure via Telegram; mentions an earlier signup but asks for deletion -> erasure; no organisation"),

        mail("u145", "2027-01-04T08:12", ("Karolina Wester", "karolina.wester@mora.se"), "avanmälan",
             "Hej, måste tyvärr avanmäla mig från 21 sept, krockar med KF. Kommer på övriga.\n\nKarolina\n\n"
             "Skickat från Outlook för iOS",
             X("cancel", [P("Karolina Wester", "karolina.wester@mora.se", "Mora kommun")], [S2]),
             "partial withdrawal: only 21 Sep cancelled; 'kommer på övriga' keeps the rest"),

        tg("u146", "2027-01-07T11:22", "Ibrahim Yusuf", 2290415576,
           "hej anmäler mig o min kollega sara lind till första träffen (3 maj). båda smedjebacken. sara är glutenintolerant",
           X("register", [P("Ibrahim Yusuf", None, "Smedjebackens kommun"),
                          P("Sara Lind", None, "Smedjebackens kommun", diet="glutenintolerant")],
             [S1], diet="glutenintolerant"),
           "sender + colleague, no addresses; 'första träffen (3 maj)'; diet is the colleague's"),

        tg("u147", "2027-01-10T20:33", "Emelie Dahlgren", 8120467739,
           "hej! byta fran 3/5 till 29/11 gar det? /emelie, vansbro",
           X("change", [P("Emelie Dahlgren", None, "Vansbro kommun")], [S3]),
           "bare swap phrased as a question -> change, only the new session"),

        tg("u148", "2027-01-13T08:05", "Jonatan Ahlberg", 1675309842,
           "Hey! Sign me up for sept 21 + nov 29 pls 🙏 Jonatan, Region Dalarna, jonatan.ahlberg@regiondalarna.se",
           X("register", [P("Jonatan Ahlberg", "jonatan.ahlberg@regiondalarna.se", "Region Dalarna")], [S2, S3]),
           "English Telegram signup with an address in the text; 'sept 21 + nov 29'"),

        mail("u149", "2027-01-15T17:48", ("Helena Sjöstrand", "helena.sjostrand@gagnef.se"),
             "Re: Bekräftelse DalaLab",
             "hej, jag ar anmald till alla 4 men kan inte nagon gang langre, bytt tjanst. avanmal mig helt tack\n"
             "/helena\n\nSkickat från min iPhone\n\n"
             "> 17 dec. 2026 kl. 09:14 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>\n"
             "> Hej Helena!\n> Tack för din anmälan. Du är anmäld till:\n> 3 maj 2027\n> 21 september 2027\n"
             "> 29 november 2027\n> 22 februari 2028\n>\n> Välkommen!\n> Linnea",
             X("cancel", [P("Helena Sjöstrand", "helena.sjostrand@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation without å/ä/ö ('avanmal mig helt'); quoted confirmation lists all dates"),

        tg("u150", "2027-01-18T12:50", "Andreas Mörk", 3904518826,
           "finns det nån parkering vid lokalen i falun? 🚗",
           X("question", [], []),
           "practical question only"),

        tg("u151", "2027-01-21T21:09", "Matilda Berggren", 6214870053,
           "hej! anmäl mig till 3.5, 21.9, 29.11 o 22.2 😊 laktosfri. matilda, säter",
           X("register", [P("Matilda Berggren", None, "Säters kommun")], ALL, diet="laktosfri"),
           "all four listed as dotted dates; 22.2 is 2028; diet laktosfri"),

        tg("u152", "2027-01-25T07:31", "Kent Åberg", 4471902268,
           "kommer inte 22/2. men de andra e ok. /kent borlänge",
           X("cancel", [P("Kent Åberg", None, "Borlänge kommun")], [S4]),
           "terse partial withdrawal of 22/2 (2028 session) only"),

        mail("u153", "2027-01-27T13:14", ("Ylva Hammar", "ylva.hammar@ludvika.se"), "Ang dalalab",
             "Hej! Kollegan Fredrik Sund kan inte komma 3/5, jag går istället för honom den dagen. "
             "Han kommer på resten som vanligt.\nYlva\n\nSkickat från min iPhone",
             X("change", [P("Fredrik Sund", None, "Ludvika kommun"),
                          P("Ylva Hammar", "ylva.hammar@ludvika.se", "Ludvika kommun")], [S1]),
             "substitution for one session: Fredrik out of 3/5, the sender takes it; sessions = the substitute's",
             ),

        tg("u154", "2027-01-30T18:18", "Niklas Öberg", 5830092714,
           "hej, jag anmälde mig till alla men vill ändra till bara 21/9 o 29/11. niklas, falu kommun",
           X("change", [P("Niklas Öberg", None, "Falu kommun")], [S2, S3]),
           "change from all four to two: sessions after the change"),

        tg("u155", "2027-02-02T09:40", "Camilla Rosén", 1358846620,
           "Hi, I signed up earlier but pls use my work email camilla.rosen@leksand.se instead "
           "(old one was camilla.rosen@gmail.com). thx!",
           X("change", [P("Camilla Rosén", "camilla.rosen@leksand.se", "Leksands kommun")], []),
           "English address update, no sessions named -> change []; the new address is the person's, the old one "
           "not a second person"),

        tg("u156", "2027-02-04T15:55", "Ali Hosseini", 7062281149,
           "Hello, I work at Avesta kommun as a planner and want to join all sessions. "
           "Is English ok at the meetings? ali.hosseini@avesta.se",
           X("register", [P("Ali Hosseini", "ali.hosseini@avesta.se", "Avesta kommun")], ALL),
           "English signup that also asks a question -> register; 'all sessions'"),

        mail("u157", "2027-02-06T11:02", ("Jessica Nordin", "jessica.nordin@rattvik.se"), "fråga",
             "Hej, är det ok om vi är 4 från rättvik? eller max 3?\n/Jessica\n\nSkickat från min iPad",
             X("question", [], []),
             "quota question; '4' and '3' are not dates"),

        tg("u158", "2027-02-09T20:20", "Elias Wahlberg", 2749981305,
           "anmal mig o emma.kron@malung-salen.se till 2027-09-21 🙌 elias, malung-salen",
           X("register", [P("Elias Wahlberg", None, "Malung-Sälens kommun"),
                          P("Emma Kron", "emma.kron@malung-salen.se", "Malung-Sälens kommun")], [S2]),
           "colleague given only by address (name from it); ISO date; 'malung-salen' without ä"),

        tg("u159", "2027-02-11T06:45", "Therese Lund", 6398012274,
           "hej! stryk mig från alla träffar tack 😔 therese lund, mora",
           X("cancel", [P("Therese Lund", None, "Mora kommun")], ALL),
           "full cancellation ('stryk mig från alla')"),

        mail("u160", "2027-02-13T22:31", ("Marcus Ljung", "marcus.ljung@orsa.se"), "Re: DalaLab – påminnelse",
             "hej! anmäl mig o kim åkerlund (kim.akerlund@orsa.se) till höstens träffar dvs 21/9 o 29/11. kim är vegan\n\n"
             "/Marcus\nSkickat från mobilen\n\n"
             "Den 10 feb. 2027 kl. 08:30 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n"
             "> Påminnelse: sista dag att anmäla sig till DalaLab är 14 april 2027.\n"
             "> Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.\n"
             "> Anmälan görs genom att svara på detta mejl.",
             X("register", [P("Marcus Ljung", "marcus.ljung@orsa.se", "Orsa kommun"),
                            P("Kim Åkerlund", "kim.akerlund@orsa.se", "Orsa kommun", diet="vegan")],
               [S2, S3], diet="vegan"),
             "late-evening phone reply above a quoted reminder (all dates); colleague in lower case with address; "
             "diet is the colleague's"),

        tg("u161", "2027-02-16T13:13", "Gustav Pettersson", 4185503397,
           "sry kan inte 3 maj längre, kan jag ta 21 sept istället? gustav, gagnef",
           X("change", [P("Gustav Pettersson", None, "Gagnefs kommun")], [S2]),
           "swap 3 May -> 21 Sep phrased as a question -> change, new session only"),

        tg("u162", "2027-02-18T19:02", "Rebecka Holmqvist", 7931046658,
           "Hej! Är det här man bokar tvättstugan? Vill ha torsdag 18-21 😅",
           X("unknown", [], []),
           "wrong recipient (laundry booking); '18-21' is a time"),

        mail("u163", "2027-02-22T07:20", ("Daniel Fransson", "daniel.fransson@falun.se"), "lägg till en träff",
             "Hej, lägg till mig på 22/2 -28 också, utöver 3/5 som jag redan är anmäld till.\n/Daniel\n\n"
             "Skickat från min iPhone",
             X("change", [P("Daniel Fransson", "daniel.fransson@falun.se", "Falu kommun")], [S1, S4]),
             "adds a session to an existing signup -> change with both; sent on 22 Feb 2027, '22/2 -28' is the 2028 session"),

        tg("u164", "2027-02-24T16:44", "Wilma Engström", 3317405582,
           "hej! vi blir 3 från älvdalen: jag, oskar berglund och frida nilsson. alla 4 träffar. frida vegetarisk",
           X("register", [P("Wilma Engström", None, "Älvdalens kommun"),
                          P("Oskar Berglund", None, "Älvdalens kommun"),
                          P("Frida Nilsson", None, "Älvdalens kommun", diet="vegetarisk")],
             ALL, diet="vegetarisk"),
           "three people in one line, lower case; 'vi blir 3' is a count not a date; diet is Frida's"),

        tg("u165", "2027-02-27T10:10", "Patrik Sandin", 1940267713,
           "hej. fredrik sund på ludvika har slutat hos oss, han ska inte va med på nåt mer. /patrik, ludvika",
           X("cancel", [P("Fredrik Sund", None, "Ludvika kommun")], ALL),
           "colleague withdrawn without substitute -> cancel all four; sender not in people (Fredrik also in u153)"),

        mail("u166", "2027-03-02T12:12", ("Anna-Karin Myrberg", "anna-karin.myrberg@sater.se"), "Radera",
             "Hej\nVänligen radera mina personuppgifter ur era listor.\nAK\n\nSkickat från min iPhone",
             X("erasure", [P("Anna-Karin Myrberg", "anna-karin.myrberg@sater.se", "Säters kommun")], []),
             "short erasure request by phone; hyphenated first name"),

        tg("u167", "2027-03-04T21:37", "Jesper Lindholm", 5026617490,
           "is the 21/9 session in falun too or somewhere else? 🤔",
           X("question", [], []),
           "English question naming a session date -> no sessions"),

        tg("u168", "2027-03-07T08:58", "Frida Olausson", 8852203164,
           "hej! anmäler mig till träffen i maj o den i novmber. frida olausson, vansbro kommun. frida.olausson@vansbro.se 🌸",
           X("register", [P("Frida Olausson", "frida.olausson@vansbro.se", "Vansbro kommun")], [S1, S3]),
           "month names only ('i maj', typo 'novmber'); address in text"),

        mail("u169", "2027-03-09T18:24", ("Sebastian Kvist", "sebastian.kvist@gmail.com"), "DalaLab",
             "Hej! Jobbar på Borlänge kommun men skriver från privata mailen. Anmäl mig till 29/11 o 22/2.\n"
             "Sebastian Kvist\n\nSkickat från min iPhone",
             X("register", [P("Sebastian Kvist", "sebastian.kvist@gmail.com", "Borlänge kommun")], [S3, S4]),
             "private gmail; organisation from the text; 29/11 and 22/2 (2028)"),

        tg("u170", "2027-03-12T14:30", "Ludvig Sahlin", 2601438857,
           "anmäl mig till första o sista träffen tack. ludvig, region dalarna",
           X("register", [P("Ludvig Sahlin", None, "Region Dalarna")], [S1, S4]),
           "'första o sista träffen' = 3 May + 22 Feb"),

        tg("u171", "2027-03-15T23:02", "Nadia Salem", 6749320015,
           "hi! I have to cancel everything, moving to Gothenburg in april 😢 Nadia, Falu kommun",
           X("cancel", [P("Nadia Salem", None, "Falu kommun")], ALL),
           "English full cancellation; 'in april' is not a session"),

        tg("u172", "2027-03-18T09:15", "Oscar Björk", 3578804126,
           "hej, min kollega maja ring går istället för mig 21/9. vi e båda på gagnefs kommun",
           X("change", [P("Oscar Björk", None, "Gagnefs kommun"), P("Maja Ring", None, "Gagnefs kommun")], [S2]),
           "substitution: sender out of 21/9, colleague in; people both; sessions = the substitute's"),

        mail("u173", "2027-03-22T11:45", ("Johanna Brandt", "johanna.brandt@avesta.se"), "SV: Anmälan DalaLab",
             "Hej! Jag är laktosintolerant, glömde skriva det i anmälan.\n/Johanna\n\n"
             "Hämta Outlook för iOS<https://aka.ms/o0ukef>\n"
             "________________________________\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: måndagen den 15 mars 2027 10:02\n"
             "Till: Brandt Johanna <johanna.brandt@avesta.se>\n"
             "Ämne: SV: Anmälan DalaLab\n\n"
             "Hej Johanna!\nTack, du är nu anmäld till träffarna 3 maj och 21 september 2027.\n\n"
             "Hälsningar\nLinnea Hassis\nRegion Dalarna",
             X("change", [P("Johanna Brandt", "johanna.brandt@avesta.se", "Avesta kommun")], [],
               diet="laktosintolerant"),
             "diet update, no sessions in her own text -> change []; the quoted confirmation names two dates"),

        tg("u174", "2027-03-25T17:17", "Simon Hellström", 4813379920,
           "anmäl mig 03.05!!! 🙋‍♂️ simon h, mora",
           X("register", [P("Simon Hellström", None, "Mora kommun")], [S1]),
           "very short; '03.05' = 3 May; full name from sender"),

        mail("u175", "2027-03-29T12:00", ("Lisa Törnqvist", "lisa.tornqvist@mora.se"), "sista dag?",
             "hej, är sista anmälningsdag 14/4? hinner jag anmäla två kollegor efter deras planeringsdag 12/4?\n"
             "/Lisa\n\nSkickat från min iPhone",
             X("question", [], []),
             "deadline question; 14/4 and 12/4 are not sessions; no signup"),

        tg("u176", "2027-04-01T07:44", "Kristoffer Alm", 2185566034,
           "hej! avanmäler mig o kollegan tove ask från 3/5 pga semester. vi kommer på resten. /kristoffer, smedjebacken",
           X("cancel", [P("Kristoffer Alm", None, "Smedjebackens kommun"), P("Tove Ask", None, "Smedjebackens kommun")],
             [S1]),
           "partial withdrawal of two people from 3/5 only"),

        mail("u177", "2027-04-03T16:05", ("Ewa Sjödin", "ewa.sjodin@regiondalarna.se"), "bilder",
             "hej! skickar bilderna från kickoffen i fredags, säg till om nåt saknas 📸\n/E\n\nSkickat från min iPhone",
             X("unknown", [], []),
             "internal off-topic mail from a Region colleague; nothing about the event"),

        tg("u178", "2027-04-05T20:50", "Henrik Bergman", 908126647,
           "hi, sign me up for all four! henrik.bergman@lansstyrelsen.se",
           X("register", [P("Henrik Bergman", "henrik.bergman@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "English, 'all four'; organisation from the address in the text"),

        tg("u179", "2027-04-08T10:25", "Agnes Halvarsson", 7420915538,
           "hej igen! jag e anmäld till 21.9 o 29.11 men vill lagga till 22 feb oxå 🙂 agnes, orsa",
           X("change", [P("Agnes Halvarsson", None, "Orsa kommun")], [S2, S3, S4]),
           "same sender as u140 adds a session -> change with the sessions after the change"),

        tg("u180", "2027-04-10T09:05", "Amanda Fröberg", 6502297318,
           "anmäler mig till 3e maj. glutenfri + vegetarisk 🥗 /amanda fröberg, ludvika",
           X("register", [P("Amanda Fröberg", None, "Ludvika kommun")], [S1], diet="glutenfri, vegetarisk"),
           "'3e maj'; two diet words joined"),
    ]
