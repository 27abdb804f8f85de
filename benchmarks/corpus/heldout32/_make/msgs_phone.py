from build import P, X, mail, tg, S1, S2, S3, S4, ALL

IPHONE = "\n\nSkickat från min iPhone"

INVITE_QUOTE = """> 3 feb. 2027 kl. 10:14 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Välkommen till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft!
>
> Lärprojektet riktar sig till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.
>
> Träffar:
> 3 maj 2027, kl. 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
> 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Max tre personer per kommun. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.
>
> Varmt välkomna!
> Linnea Hassis
> Region Dalarna"""

FWD_INVITE = """Inledning till vidarebefordrat meddelande:

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: 1 februari 2027 09:02:11 CET
Till: planerare-dalarna@regiondalarna.se
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Välkommen att anmäla dig till lärprojektet DalaLab. Vi ses vid fyra tillfällen:

* 3 maj 2027, Falun
* 21 september 2027
* 29 november 2027
* 22 februari 2028

Anmälan senast 14 april 2027. Upp till tre personer per kommun.

Hälsningar
Linnea Hassis, Region Dalarna"""


def messages():
    return [
        tg("ai136", "2026-12-02T19:47", "Sara M 🌸", 5102934471,
           "hej! vill anmäla mig till dalalab, alla fyra träffarna 😊\nSara Mattsson, Leksands kommun",
           X("register", [P("Sara Mattsson", None, "Leksands kommun")], ALL),
           "plain Telegram signup, all four, name and org on second line"),
        mail("ai137", "2026-12-03T07:58", ("Johan Berglund", "johan.berglund@hedemora.se"), "Anmälan",
             "Hej Linnea,\n\nJag anmäler mig till första träffen 3 maj i Falun.\n\nMvh Johan" + IPHONE,
             X("register", [P("Johan Berglund", "johan.berglund@hedemora.se", "Hedemora kommun")], [S1]),
             "short iPhone mail, one session"),
        tg("ai138", "2026-12-04T22:13", "AK Holm", 5230019854,
           "hej anmäler mig o min kollega erik sundin till 21/9 o 29/11. jag heter anna-karin holm, mora kommun",
           X("register", [P("Anna-Karin Holm", None, "Mora kommun"), P("Erik Sundin", None, "Mora kommun")], [S2, S3]),
           "lower case, 'o' for 'och', sender plus colleague, numeric dates"),
        tg("ai139", "2026-12-07T08:31", "Per Olsson", 5377210046,
           "Hej det är Per Olsson från Orsa kommun jag vill anmäla mig till alla träffar punkt jag är vegetarian punkt tack",
           X("register", [P("Per Olsson", None, "Orsa kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "dictated text with 'punkt' spelled out, diet"),
        mail("ai140", "2026-12-08T16:22", ("Maria Kowalski", "maria.kowalski@ludvika.se"), "DalaLab sign up",
             "Hi,\n\nI'd like to sign up for the sessions on 21 Sept and 22 Feb.\n\nBest,\nMaria\n\nSent from my iPhone",
             X("register", [P("Maria Kowalski", "maria.kowalski@ludvika.se", "Ludvika kommun")], [S2, S4]),
             "English phone mail, two sessions"),
        tg("ai141", "2026-12-09T06:50", "Jonas", 5411870392,
           "hej, måste tyvärr avanmäla mig från 3 maj 😕 sjuk i familjen. /jonas lindgren borlänge",
           X("cancel", [P("Jonas Lindgren", None, "Borlänge kommun")], [S1]),
           "cancel one session, name in lower case in signature"),
        tg("ai142", "2026-12-10T12:05", "Micke", 5529013388,
           "blir det lunch på träffarna eller ska man ta med själv?",
           X("question"),
           "question about lunch, no signup"),
        mail("ai143", "2026-12-11T21:40", ("Lena Ek", "lena.ek@falun.se"), "DalaLab",
             "Hej! Anmäler mig till DalaLab, alla tillfällen. Glutenfri kost tack.\n/Lena\n\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Lena Ek", "lena.ek@falun.se", "Falu kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "Android mail in iso-8859-1, all sessions, diet", charset="iso-8859-1"),
        tg("ai144", "2026-12-14T20:18", "Linda Åberg", 5610447729,
           "hej igen! kan jag byta 3 maj mot 29 nov? krockar med ett KF 🙈 /linda, säter",
           X("change", [P("Linda Åberg", None, "Säters kommun")], [S3]),
           "bare swap, full name only in the display name"),
        tg("ai145", "2026-12-15T09:02", "Kalle P", 5733208815,
           "hej, jag (Karl Persson, Vansbro) kan inte komma 21/9, min kollega stina nyberg går istället",
           X("change", [P("Karl Persson", None, "Vansbro kommun"), P("Stina Nyberg", None, "Vansbro kommun")], [S2]),
           "substitution for one session, substitute in lower case"),
        mail("ai146", "2027-02-03T11:47", ("Oskar Dahl", "oskar.dahl@rattvik.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Anmäler mig till de två första träffarna! /Oskar" + IPHONE + "\n\n" + INVITE_QUOTE,
             X("register", [P("Oskar Dahl", "oskar.dahl@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "iPhone reply quoting the invitation with all dates; 'de två första' = 3 maj and 21 sept"),
        tg("ai147", "2026-12-22T15:30", "Jenny Nyström", 5801126654,
           "Hej! Jag är ledig t.o.m. 7 januari och läser inte meddelanden. Vid brådskande ärenden ring växeln 0243-740 00. (Automatiskt svar)",
           X("auto_reply"),
           "Telegram Business away message"),
        tg("ai148", "2027-01-05T10:11", "Tove", 5877340912,
           "hej kan ni ta bort mina uppgifter ur ert register? gdpr. mvh tove hedlund, avesta",
           X("erasure", [P("Tove Hedlund", None, "Avesta kommun")]),
           "erasure request, lower case"),
        tg("ai149", "2027-01-07T13:26", "Ahmed", 5902215573,
           "hi! this is Ahmed Hassan from Borlänge municipality, I want to join all sessions. I'm vegan 🌱",
           X("register", [P("Ahmed Hassan", None, "Borlänge kommun", diet="vegan")], ALL, diet="vegan"),
           "English Telegram signup, org as 'Borlänge municipality', diet"),
        mail("ai150", "2027-01-11T08:14", ("Birgitta Lund", "birgitta.lund@smedjebacken.se"), "Anmälan Ulf Grahn",
             "Hej,\n\nAnmäler min chef Ulf Grahn (ulf.grahn@smedjebacken.se) till alla fyra träffarna i DalaLab. Han är laktosintolerant.\n\nMvh Birgitta" + IPHONE,
             X("register", [P("Ulf Grahn", "ulf.grahn@smedjebacken.se", "Smedjebackens kommun", diet="laktosintolerant")], ALL,
               diet="laktosintolerant"),
             "secretary registers her boss from phone; sender not among people"),
        tg("ai151", "2027-01-12T17:55", "Kristina F", 5988012346,
           "Hej! Vill anmäla mig till tilfället 29 novembet. Mvh Kristina Falk Gagnef kommun",
           X("register", [P("Kristina Falk", None, "Gagnefs kommun")], [S3]),
           "typos ('tilfället', 'novembet'), 'Gagnef kommun'"),
        tg("ai152", "2027-01-13T21:09", "Hanna 🌻", 6011239870,
           "funderar på att anmäla mig men vet inte om jag kan alla datum.. måste man gå på alla fyra? 🤔",
           X("question"),
           "hesitation and question, no signup yet"),
        mail("ai153", "2027-01-15T18:33", ("Magnus Wiklund", "magnus.wiklund@alvdalen.se"), "Avanmälan",
             "Hej Linnea!\n\nTyvärr måste jag avanmäla mig från DalaLab helt, har fått nytt jobb. Tack för mig!\n\n/Magnus" + IPHONE,
             X("cancel", [P("Magnus Wiklund", "magnus.wiklund@alvdalen.se", "Älvdalens kommun")], ALL),
             "full cancellation from phone"),
        tg("ai154", "2027-01-18T07:42", "Elin Sjöberg", 6045578123,
           "hej! anmäler mig till alla träffar. mejl: elin.sjoberg@mora.se om ni behöver skicka info 🙏",
           X("register", [P("Elin Sjöberg", "elin.sjoberg@mora.se", "Mora kommun")], ALL),
           "Telegram with own address in text; name from display name, org from domain"),
        tg("ai155", "2027-01-19T12:30", "Fredde", 6078812001,
           "hej, glömde säga att jag är glutenfri! är anmäld till alla träffarna redan. /fredrik nord, ludvika",
           X("change", [P("Fredrik Nord", None, "Ludvika kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "diet update for existing signup to all sessions"),
        tg("ai156", "2027-01-21T14:04", "Amanda L", 6102330987,
           "Hej\nJag heter Amanda Larsson\nJobbar på Region Dalarna\nVill gärna vara med på 3 maj och 22 feb\nTack!",
           X("register", [P("Amanda Larsson", None, "Region Dalarna")], [S1, S4]),
           "one line per thought, region, two sessions"),
        mail("ai157", "2027-01-25T06:58", ("Henrik Strand", "henrik.strand@lansstyrelsen.se"), "Anmälan DalaLab 21/9",
             "Se ämnesraden 🙂\n/Henrik Strand, Länsstyrelsen" + IPHONE,
             X("register", [P("Henrik Strand", "henrik.strand@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2]),
             "session only in the subject line"),
        tg("ai158", "2027-01-26T03:17", "Anna Investment 💰", 6150043321,
           "💰 Tjäna 5000$ i veckan med Bitcoin trading! Ingen erfarenhet behövs. Skriv till @cryptoqueen_anna 🚀🚀",
           X("unknown"),
           "crypto spam on Telegram"),
        tg("ai159", "2027-01-28T16:48", "Malin Berg", 6189904412,
           "hej! min kollega jens holmberg kan inte komma på 29/11 pga sjukdom, ni kan stryka honom från den. jag kommer som vanligt. /malin, hedemora",
           X("cancel", [P("Jens Holmberg", None, "Hedemora kommun")], [S3]),
           "colleague withdrawn from one session, no substitute; sender unchanged"),
        mail("ai160", "2027-02-01T08:05", ("Jessica Moore", "jessica.moore@avesta.se"), "DalaLab",
             "Hey Linnea, sorry for short mail, on the train. Pls sign me and my colleague Tom Wallin up for Nov 29 and Feb 22. Thanks!\nJessica\n\nGet Outlook for iOS",
             X("register", [P("Jessica Moore", "jessica.moore@avesta.se", "Avesta kommun"), P("Tom Wallin", None, "Avesta kommun")],
               [S3, S4]),
             "English Outlook-for-iOS mail, sender plus colleague without address"),
        tg("ai161", "2027-02-02T07:20", "Lars-Erik M", 6201187765,
           "hej jag heter lars erik mård och jobbar på malung sälens kommun jag vill anmäla mig till tillfället den tredje maj och den tjugoförsta september",
           X("register", [P("Lars-Erik Mård", None, "Malung-Sälens kommun")], [S1, S2]),
           "dictation without punctuation, dates in words, 'malung sälens kommun'"),
        tg("ai162", "2027-02-04T11:36", "Johan B", 6233450018,
           "hur många får man anmäla från samma kommun? vi är fyra som vill gå 😅",
           X("question"),
           "quota question"),
        mail("ai163", "2027-02-05T19:12", ("Sofia Hellström", "sofia.hellstrom@borlange.se"), "Re: Anmälan DalaLab",
             "Hej! Jag är anmäld till 3 maj men vill lägga till 21/9 också.\n/Sofia" + IPHONE,
             X("change", [P("Sofia Hellström", "sofia.hellstrom@borlange.se", "Borlänge kommun")], [S1, S2]),
             "adds a session; sessions after the change"),
        tg("ai164", "2027-02-08T13:50", "Nisse", 6270098123,
           "anmäler oss från rättvik:\n- jag (Nils Eriksson)\n- Eva Bäck\n- Pontus Ros\nalla träffar! eva är vegetarian",
           X("register", [P("Nils Eriksson", None, "Rättviks kommun"), P("Eva Bäck", None, "Rättviks kommun", diet="vegetarian"),
                          P("Pontus Ros", None, "Rättviks kommun")], ALL, diet="vegetarian"),
           "list of three from one municipality, diet for one"),
        mail("ai165", "2027-03-09T10:02", ("Gunilla Ström", "gunilla.strom@orsa.se"),
             "Autosvar: Påminnelse DalaLab – anmälan senast 14 april",
             "Tack för ditt mejl. Jag är på tjänsteresa 8–12 mars med begränsad tillgång till e-post. Brådskande ärenden: 0250-55 21 00.\n\nGunilla Ström\nSamhällsbyggnad, Orsa kommun",
             X("auto_reply"),
             "out-of-office reply to the reminder"),
        tg("ai166", "2027-02-10T20:27", "Ida G", 6301182290,
           "hej, kan inte komma 21 sept o 29 nov längre 😞 men 3 maj och februari står kvar. /Ida Grönlund, Falun",
           X("cancel", [P("Ida Grönlund", None, "Falu kommun")], [S2, S3]),
           "partial cancellation, the rest stays"),
        tg("ai167", "2027-02-11T09:15", "Robin A", 6333019876,
           "Tjena! Anmäler mig till alla träffarna 👍 blir det fika? Robin Axelsson, Säter",
           X("register", [P("Robin Axelsson", None, "Säters kommun")], ALL),
           "signup with a side question"),
        mail("ai168", "2027-02-12T22:03", ("Camilla Norén", "camilla.noren@vansbro.se"), "Anmälan dalalab",
             "Hej Linnea! Anmäöer mig till DalaLab alla fyta tillfällena.\nMvh Camilla Norén Vansbro kommun" + IPHONE,
             X("register", [P("Camilla Norén", "camilla.noren@vansbro.se", "Vansbro kommun")], ALL),
             "fat-finger typos ('Anmäöer', 'fyta')"),
        tg("ai169", "2027-02-15T17:40", "Daniel Park", 6370012458,
           "Hi, please delete all my personal data from your system. Thanks, Daniel Park",
           X("erasure", [P("Daniel Park", None, None)]),
           "English erasure, no organisation given"),
        tg("ai170", "2027-02-16T12:12", "Maja Sandberg", 6402287710,
           "hej vill anmäla mig till höstens träff! /maja, älvdalen",
           X("register", [P("Maja Sandberg", None, "Älvdalens kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular while there are two autumn sessions"),
        mail("ai171", "2027-02-18T07:31", ("Therese Blom", "therese.blom@gagnef.se"),
             "VB: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea, vidarebefordrar till dig – jag och Anders Sund vill anmäla oss till 3 maj och 21 september.\n/Therese"
             + IPHONE + "\n\n" + FWD_INVITE,
             X("register", [P("Therese Blom", "therese.blom@gagnef.se", "Gagnefs kommun"), P("Anders Sund", None, "Gagnefs kommun")],
               [S1, S2]),
             "forwarded invitation from iPhone; forwarded dates are not the signup"),
        tg("ai172", "2027-02-19T15:58", "Emma L", 6455501239,
           "hi, I can't make it on May 3rd, my colleague Oliver Grant will take my place. I'm still coming to the other ones. - Emma Lindahl, Region Dalarna",
           X("change", [P("Emma Lindahl", None, "Region Dalarna"), P("Oliver Grant", None, "Region Dalarna")], [S1]),
           "English substitution for one session"),
        tg("ai173", "2027-02-22T10:44", "Maria G", 6489902137,
           "Hej! Anmälan till DalaLab: Maria Gustafsson, Hedemora kommun, maria.gustafsson@hedemora.se. Deltar 3/5, 21/9, 29/11. Laktosfri tack",
           X("register", [P("Maria Gustafsson", "maria.gustafsson@hedemora.se", "Hedemora kommun", diet="laktosfri")],
             [S1, S2, S3], diet="laktosfri"),
           "structured Telegram signup with address, three sessions, diet"),
        mail("ai174", "2027-02-24T13:29", ("Petra Lilja", "petra.lilja@avesta.se"), "DalaLab",
             "<html><body><div dir=\"ltr\">Hej!<br>Jag vill anmäla mig till DalaLab-träffen 22 februari 2028.<br><br>Mvh<br>Petra Lilja<br>Avesta kommun</div>"
             "<div><br></div><div>Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a></div></body></html>",
             X("register", [P("Petra Lilja", "petra.lilja@avesta.se", "Avesta kommun")], [S4]),
             "HTML-only mail from Outlook for iOS", html=True),
        tg("ai175", "2027-03-01T08:08", "Sanna", 6512238840,
           "var i falun är första träffen? och finns det parkering 🚗",
           X("question"),
           "practical question"),
        mail("ai176", "2027-03-03T04:51", ("Event Registration Team", "noreply@eventreg-secure.com"),
             "DalaLab 2027: Bekräfta deltagarlistan",
             "Bästa arrangör,\n\nDitt evenemang DalaLab har listats i Nordic Event Directory 2027. För att deltagarlistan ska publiceras måste registreringsavgiften 4 900 kr betalas inom 48 timmar.\n\nBekräfta här: http://eventreg-secure.com/confirm?id=88213\n\nMed vänliga hälsningar\nEvent Registration Team",
             X("unknown"),
             "listing/invoice scam dressed as registration"),
        tg("ai177", "2027-03-05T19:36", "Anton", 6544107732,
           "hallå! jag avanmäler mig från hela dalalab tyvärr, blir föräldraledig 👶 /Anton Vik, Ludvika",
           X("cancel", [P("Anton Vik", None, "Ludvika kommun")], ALL),
           "full cancellation on Telegram"),
        mail("ai178", "2027-03-10T21:17", ("Johanna Kvist", "johanna.kvist@leksand.se"), "Anmälan DalaLab Leksand",
             "Hej, vi blir två från Leksand på alla träffar:\n\nJohanna Kvist johanna.kvist@leksand.se (nötallergi)\nMartin Öst martin.ost@leksand.se\n\n/Johanna\n\nSkickat från min iPad",
             X("register", [P("Johanna Kvist", "johanna.kvist@leksand.se", "Leksands kommun", diet="nötallergi"),
                            P("Martin Öst", "martin.ost@leksand.se", "Leksands kommun")], ALL, diet="nötallergi"),
             "iPad mail, two with addresses, diet for the sender"),
        tg("ai179", "2027-03-16T07:55", "Erik Lind", 6578890014,
           "Hej det är Erik Lind från Falu kommun jag skulle vilja byta från den 29 november till den 22 februari tack",
           X("change", [P("Erik Lind", None, "Falu kommun")], [S4]),
           "dictated swap"),
        tg("ai180", "2027-04-08T12:21", "Kalle 🏒", 6601123458,
           "anmäl mig till 3 maj bara! Karl-Johan Svensson, Orsa",
           X("register", [P("Karl-Johan Svensson", None, "Orsa kommun")], [S1]),
           "nickname display name, one session, close to the deadline"),
    ]
