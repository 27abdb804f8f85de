from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer 2: the informal side (Telegram chat, short phone mails, typos, dialect, English, odd names).


def messages():
    return [
        # ---------------------------------------------------------------- Telegram: signups
        tg("r061", "2026-12-03T07:42:00", "Mattias Wiklund", 7300100061,
           """hej! vill anmäla mig till dalalab, alla träffar. jobbar på borlänge k:n /mattias""",
           X("register", [P("Mattias Wiklund", None, "Borlänge kommun")], ALL),
           "Telegram lower case; no session named = all four; 'borlänge k:n'"),
        tg("r062", "2026-12-05T20:13:00", "Ninni", 7300100062,
           """Hej hej
Det är Nina Söderberg från Leksand
Jag o min kollega Per-Olof Hed vill komma på första träffen 3/5
Han är vegetarian""",
           X("register", [P("Nina Söderberg", None, "Leksands kommun"),
                          P("Per-Olof Hed", None, "Leksands kommun", "vegetarian")], [S1], "vegetarian"),
           "Telegram nickname display name, full name in the text; chat typed over several lines; "
           "hyphenated colleague; diet only for the colleague"),
        tg("r063", "2026-12-08T12:05:00", "Abdi Warsame", 7300100063,
           """Hej jag heter Abdi Warsame jag jobbar i Ludvika kommun som planerare. Jag vill anmäla till alla träff. Tack så mycket""",
           X("register", [P("Abdi Warsame", None, "Ludvika kommun")], ALL),
           "Telegram non-native Swedish ('anmäla till alla träff')"),
        tg("r064", "2026-12-10T16:48:00", "kicki", 7300100064,
           """anmäl mig + Tove Lindahl till 21.9 och 29.11 🙏 vi är från falun
/Kristina Ahlgren""",
           X("register", [P("Kristina Ahlgren", None, "Falu kommun"),
                          P("Tove Lindahl", None, "Falu kommun")], [S2, S3]),
           "Telegram lower-case nickname display name; full name in the sign-off; dot dates; 'falun'"),
        tg("r065", "2026-12-14T09:31:00", "Gustav von Essen", 7300100065,
           """Hello, I work at Länsstyrelsen (planning unit) and would like to join sessions 2 and 4. Thanks!""",
           X("register", [P("Gustav von Essen", None, "Länsstyrelsen Dalarna")], [S2, S4]),
           "Telegram English; particle 'von'; sessions by number; 'Länsstyrelsen'"),
        tg("r066", "2026-12-16T11:22:00", "Daniel Okafor", 7300100066,
           """hej! sign me up för alla fyra pls 🙏 jobbar på Region Dalarna, samhällsplanering. blir det lunch btw?""",
           X("register", [P("Daniel Okafor", None, "Region Dalarna")], ALL),
           "Telegram mixed Swedish/English; signup with a side question about lunch -> register"),
        tg("r067", "2027-01-07T21:40:00", "Hanna Forsberg", 7300100067,
           """hej
vill anmäla mig
bara feb träffen
tillgänglighet
mora""",
           X("register", [P("Hanna Forsberg", None, "Mora kommun")], [S4]),
           "Telegram one thought per line; 'feb träffen' + theme; organisation as a bare town name"),
        tg("r068", "2027-01-11T08:02:00", "J-E Lund", 7300100068,
           """Jan-Erik Lund här, Smedjebacken. Skriv upp mej på vårträffen o novemberträffen. Är glutenintolerant""",
           X("register", [P("Jan-Erik Lund", None, "Smedjebackens kommun", "glutenintolerant")], [S1, S3],
             "glutenintolerant"),
           "Telegram initials as display name, full name in the text; 'vårträffen' = 3 May; spoken 'mej', 'o'"),
        tg("r069", "2027-01-13T14:57:00", "🌲", 7300100069,
           """Hej, Elsa Mård, Älvdalens kommun. Anmäler mej till alla 4 tillfällena 👍""",
           X("register", [P("Elsa Mård", None, "Älvdalens kommun")], ALL),
           "Telegram with an emoji as display name; name and organisation in the text"),
        tg("r070", "2027-01-18T19:26:00", "Lasse Mattsson", 7300100070,
           """Hej. Ja ska va me på allihop. Orsa kommun. Lasse""",
           X("register", [P("Lasse Mattsson", None, "Orsa kommun")], ALL),
           "Telegram spoken/dialect Swedish ('ja ska va me på allihop')"),
        tg("r071", "2027-01-21T10:10:00", "Sara", 7300100071,
           """Sara Nilsson-Berg, Rättvik. Anmäler mig o kollegan mats holmgren (mats.holmgren@rattvik.se) till september""",
           X("register", [P("Sara Nilsson-Berg", None, "Rättviks kommun"),
                          P("Mats Holmgren", "mats.holmgren@rattvik.se", "Rättviks kommun")], [S2]),
           "Telegram first-name display name; hyphenated surname; lower-case colleague with address; month only"),
        tg("r072", "2027-01-26T13:44:00", "Camilla Öhrn", 7300100072,
           """hej! kan ni anmäla min kollega Fredrik Strand till alla träffar? han har inte telegram. Vi är på Hedemora kommun. jag själv är redan anmäld""",
           X("register", [P("Fredrik Strand", None, "Hedemora kommun")], ALL),
           "Telegram; sender registers only a colleague (she is already registered, not among the people)"),
        tg("r073", "2027-02-02T15:19:00", "Mohammed Al-Sayed", 7300100073,
           """Hej, jag vill gärna delta på höstträffen. Avesta kommun""",
           X("register", [P("Mohammed Al-Sayed", None, "Avesta kommun")], [S2, S3], unsure=["sessions"]),
           "Telegram 'höstträffen' (singular) while two sessions are in the autumn -> both candidates, ask"),
        tg("r074", "2027-02-04T07:55:00", "Petra Ljunggren", 7300100074,
           """kan jag få komma på 29 nov? säters kommun""",
           X("register", [P("Petra Ljunggren", None, "Säters kommun")], [S3], unsure=["intent"]),
           "Telegram signup phrased as a question"),
        tg("r075", "2027-02-09T12:30:00", "Anders", 7300100075,
           """ANDERS BÄCKSTRÖM VANSBRO KOMMUN ANMÄLER MIG TILL 3 MAJ OCH 22 FEB""",
           X("register", [P("Anders Bäckström", None, "Vansbro kommun")], [S1, S4]),
           "Telegram all capitals; first-name display name, full name in the text"),
        # ---------------------------------------------------------------- Telegram: changes
        tg("r076", "2027-02-11T18:03:00", "Robert Lindqvist", 7300100076,
           """hej byt mig från 3 maj till 29 novmber tack, har krock""",
           X("change", [P("Robert Lindqvist", None, None)], [S3]),
           "Telegram bare swap with a typo ('novmber'); no organisation given"),
        tg("r077", "2027-02-15T09:47:00", "Ella Kuusela", 7300100077,
           """hej! är anmäld till första men kan inte 3/5 😕 men kommer 21/9 istället. Ella, Gagnef""",
           X("change", [P("Ella Kuusela", None, "Gagnefs kommun")], [S2]),
           "Telegram 'kan inte 3/5 men kommer 21/9' = swap; sessions after the change = 21 Sep"),
        tg("r078", "2027-02-18T22:11:00", "Lovisa Berglund", 7300100078,
           """glömde skriva att jag är laktosintolerant! är anmäld till maj o september /lovisa, falu kommun""",
           X("change", [P("Lovisa Berglund", None, "Falu kommun", "laktosintolerant")], [S1, S2],
             "laktosintolerant"),
           "Telegram diet update for an existing signup; sessions stated"),
        tg("r079", "2027-02-23T11:36:00", "Tobias Hedin", 7300100079,
           """Hej! Jag står redan på 21/9. Lägg till 22/2 också om det finns plats. Malung-Sälen""",
           X("change", [P("Tobias Hedin", None, "Malung-Sälens kommun")], [S2, S4]),
           "Telegram add a session -> change, both sessions"),
        tg("r080", "2027-03-01T08:20:00", "Maria Eriksson", 7300100080,
           """hej, jag kan inte gå 29/11, min kollega Jonas Hellström går istället. Mora k:n""",
           X("change", [P("Maria Eriksson", None, "Mora kommun"),
                        P("Jonas Hellström", None, "Mora kommun")], [S3]),
           "Telegram substitution for one session; 'Mora k:n'"),
        # ---------------------------------------------------------------- Telegram: cancellations
        tg("r081", "2027-03-03T17:52:00", "Olle Sjöberg", 7300100081,
           """stryk mig från listan är du snäll, blir inget""",
           X("cancel", [P("Olle Sjöberg", None, None)], ALL),
           "Telegram 'stryk mig' = full cancel; no organisation"),
        tg("r082", "2027-03-05T10:05:00", "Amira Hadžić", 7300100082,
           """Hej Linnea, jag får förhinder den 21 sept tyvärr. Övriga gäller! /Amira Borlänge""",
           X("cancel", [P("Amira Hadžić", None, "Borlänge kommun")], [S2]),
           "Telegram indirect partial cancel ('får förhinder'); the rest stays"),
        tg("r083", "2027-03-09T13:28:00", "Chris Taylor", 7300100083,
           """hi, sorry but I have to cancel the november one. Still coming to the others. Chris (Regionen)""",
           X("cancel", [P("Chris Taylor", None, "Region Dalarna")], [S3]),
           "Telegram English partial cancel; 'Regionen'"),
        tg("r084", "2027-03-12T16:40:00", "Karin af Ugglas", 7300100084,
           """avanmäler mig feb-träffen, krockar med kommunfullmäktige. /Karin, Säter""",
           X("cancel", [P("Karin af Ugglas", None, "Säters kommun")], [S4]),
           "Telegram partial cancel; particle 'af' in the display name"),
        # ---------------------------------------------------------------- Telegram: questions, other
        tg("r085", "2027-01-28T09:14:00", "Johan Brandt", 7300100085,
           """sänds det digitalt? kan inte åka till falun i maj""",
           X("question", [], []),
           "Telegram streaming question; 'falun' is the place, 'i maj' no booking"),
        tg("r086", "2027-02-01T20:37:00", "Sofia Rahimi", 7300100086,
           """hej måste man gå på alla fyra eller kan man välja?""",
           X("question", [], []),
           "Telegram 'måste man gå på alla?' -> question"),
        tg("r087", "2027-02-22T12:12:00", ".", 7300100087,
           """kan jag ta med en kollega?""",
           X("question", [], []),
           "Telegram one-liner, empty-ish display name; colleague not named -> question"),
        tg("r088", "2027-03-15T08:49:00", "Ida-Maria Fjällström", 7300100088,
           """har min anmälan kommit fram? fick ingen bekräftelse 🤔""",
           X("question", [], []),
           "Telegram status question; nothing booked"),
        tg("r089", "2027-03-18T15:58:00", "Birgitta Holm", 7300100089,
           """Hej gubben! Glöm inte hämta Alva på förskolan kl 16 idag, jag har möte till 17. Puss 💕""",
           X("unknown", [], []),
           "Telegram personal message sent to the wrong recipient -> unknown"),
        tg("r090", "2027-03-24T11:03:00", "Henrik S", 7300100090,
           """Hej. Vill att ni raderar alla mina uppgifter, jag ska inte vara med. Henrik Sandberg""",
           X("erasure", [P("Henrik Sandberg", None, None)], []),
           "Telegram erasure request (also 'ska inte vara med'; erasure is the request); full name in the text"),
        # ---------------------------------------------------------------- E-mail: signups
        mail("r091", "2026-12-02T06:51:00", ("Åsa Grönlund", "asa.gronlund@mora.se"), "dalalab",
             """Hej! Anmäler mig till alla träffarna.

Mvh Åsa

Skickat från min iPhone""",
             X("register", [P("Åsa Grönlund", "asa.gronlund@mora.se", "Mora kommun")], ALL),
             "short phone mail; organisation only from the domain"),
        mail("r092", "2026-12-07T15:33:00", ("Ronny Dahlberg", "ronny.dahlberg@avesta.se"), "anm",
             """hej linnea
vi blir tre från avesta på första träffen:
Dahlberg, Ronny (jag)
Karlsson, Mikaela
Yilmaz, Deniz - vegan

mvh ronny""",
             X("register", [P("Ronny Dahlberg", "ronny.dahlberg@avesta.se", "Avesta kommun"),
                            P("Mikaela Karlsson", None, "Avesta kommun"),
                            P("Deniz Yilmaz", None, "Avesta kommun", "vegan")], [S1], "vegan"),
             "'Efternamn, Förnamn' list with '(jag)'; lower-case mail; diet for one colleague"),
        mail("r093", "2026-12-09T19:05:00", ("L Olsson", "linda.olsson@hedemora.se"), "dalalab!",
             """<html><body><div>hejsan!</div>
<div>jag o <b>Björn Tapper</b> från hedemora vill va med på sept o nov träffarna 😊</div>
<div><br></div><div>/Linda</div>
<div><br></div><div style="color:#888888">Skickat från Outlook för Android</div></body></html>""",
             X("register", [P("Linda Olsson", "linda.olsson@hedemora.se", "Hedemora kommun"),
                            P("Björn Tapper", None, "Hedemora kommun")], [S2, S3]),
             "HTML-only phone mail; initial in the From name, first name in the sign-off; months abbreviated"),
        mail("r094", "2026-12-12T10:40:00", ("Tomasz Nowak", "tomasz.nowak84@gmail.com"), "DalaLab registration",
             """Hi Linnea,

I'm a planner at Borlänge municipality (started in December, still waiting for my work email). Please register me for all four DalaLab meetings. I'm vegetarian.

Best,
Tomasz""",
             X("register", [P("Tomasz Nowak", "tomasz.nowak84@gmail.com", "Borlänge kommun", "vegetarian")], ALL,
               "vegetarian"),
             "English; gmail address; organisation in the text ('Borlänge municipality')"),
        mail("r095", "2027-02-01T09:18:00", ("Karin Westberg", "karin.westberg@rattvik.se"), "DalaLab – ny kollega",
             """Hej

Kan du skriva upp Ali Mohammadi på alla fyra? Han börjar hos oss 1 mars som planarkitekt, mejl ali.mohammadi@rattvik.se. Jag går inte själv.

Hälsn Karin""",
             X("register", [P("Ali Mohammadi", "ali.mohammadi@rattvik.se", "Rättviks kommun")], ALL),
             "registers a new colleague only; sender does not attend; '1 mars' is not a session"),
        mail("r096", "2026-12-15T13:27:00", ("Jenny Hansson", "jenny.hansson@hotmail.com"), "Anmälan",
             """hej, anmäler mig till 3 maj + 22 feb. skriver härifrån för jobbmejlen krånglar

mvh Jenny Hansson
planhandläggare
Kommunen
Kommunhuset, Box 123, 777 21 Smedjebacken""",
             X("register", [P("Jenny Hansson", "jenny.hansson@hotmail.com", "Smedjebackens kommun")], [S1, S4]),
             "private address; signature says only 'Kommunen', the place is in the postal address"),
        mail("r097", "2026-12-18T08:37:00", ("Göran Ersson", "goran.ersson@alvdalen.se"), "DalaLab",
             """Hej Linnea!

Ja tänkte ja skulle hänga på dom där DalaLab-träffarna, alla fyra om dä går. Ä lite osäker på om ja hinner ner te Falun i november men vi tar dä då.

Ha dä gott!
Göran
Älvdalens kommun, bygg o miljö""",
             X("register", [P("Göran Ersson", "goran.ersson@alvdalen.se", "Älvdalens kommun")], ALL),
             "dialect/spoken Swedish; doubt about November but registers all four; 'Falun' is the place"),
        mail("r098", "2027-01-05T14:22:00", ("Sanna Kallio", "sanna.kallio@regiondalarna.se"), "DalaLab",
             """Hej! Jag och min colleague Ahmed Farah (ahmed.farah@regiondalarna.se) would like to join de två höstträffarna. Thanks/tack!

Sanna Kallio | Reg. Dalarna | Samhällsplanering""",
             X("register", [P("Sanna Kallio", "sanna.kallio@regiondalarna.se", "Region Dalarna"),
                            P("Ahmed Farah", "ahmed.farah@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "mixed Swedish/English; 'de två höstträffarna' = 21 Sep + 29 Nov; 'Reg. Dalarna'"),
        mail("r099", "2027-01-08T11:50:00", ("Peter Lindgren", "peter.lindgren@ludvika.se"), "Anmälan",
             """Anmäl mig till 21/9 o 22/2 tack

--
Peter Lindgren
Översiktsplanerare
Samhällsbyggnadsförvaltningen | Ludvika kommun
0240-860 00 | 070-318 44 27
Besöksadress: Stationsgatan 18, 771 30 Ludvika
www.ludvika.se""",
             X("register", [P("Peter Lindgren", "peter.lindgren@ludvika.se", "Ludvika kommun")], [S2, S4]),
             "one line and a long signature with numbers"),
        mail("r100", "2027-01-12T16:09:00", ("Holm Anneli", "anneli.holm@gagnef.se"), "lärprojektet",
             """hej. anneli holm gagnefs kommun, vill anmäla mig till lärprojektet. fläskfri kost tack (ingen allergi, bara så ni vet)""",
             X("register", [P("Anneli Holm", "anneli.holm@gagnef.se", "Gagnefs kommun", "fläskfri")], ALL, "fläskfri"),
             "From name surname first; lower-case one-liner; no session named = all four; unusual diet"),
        mail("r101", "2027-01-14T09:02:00", ("Viktor Åberg", "viktor.aberg@lansstyrelsen.se"), "anmälan fr Lst",
             """Hej Linnea

Anmäler mig + Maja Lindholm o Emma Sjödin från samhällsplaneringsenheten här på Lst. Alla tre på samtliga träffar.

Mvh Viktor Åberg
Länsstyrelsen Dalarna
010-225 00 00""",
             X("register", [P("Viktor Åberg", "viktor.aberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Maja Lindholm", None, "Länsstyrelsen Dalarna"),
                            P("Emma Sjödin", None, "Länsstyrelsen Dalarna")], ALL),
             "'Lst'; sender + two colleagues without addresses; 'samtliga träffar'"),
        mail("r102", "2027-01-19T13:15:00", ("Kent Åström", "kent.astrom@hofors.se"), "DalaLab – från grannen",
             """Hej!

Kent på Hofors kommun här (ja, vi ligger i Gävleborg men gränsar till er 😉). Vi håller på med vår ÖP just nu och jag skulle gärna hänga på de två första träffarna, 3 maj och 21 sept. Går det bra så anmäler jag mig härmed.

Kent Åström
Samhällsbyggnad, Hofors kommun""",
             X("register", [P("Kent Åström", "kent.astrom@hofors.se", None)], [S1, S2], unsure=["organisation"]),
             "organisation outside the configured ones (Hofors, Gävleborg) -> null"),
        mail("r103", "2027-01-22T10:44:00", ("Bo-Göran Näslund", "bo-goran.naslund@sater.se"), "Anmälan DalaLab",
             """Hej!
Jag anmäler mig till träffarna 29/11 och 22/2. Nötallergi.
Bo-Göran Näslund
Säters kommun""",
             X("register", [P("Bo-Göran Näslund", "bo-goran.naslund@sater.se", "Säters kommun", "nötallergi")],
               [S3, S4], "nötallergi"),
             "iso-8859-1 mail; hyphenated first name; diet as a single word", charset="iso-8859-1"),
        mail("r104", "2027-01-14T12:26:00", ("Jessica Lundin", "jessica.lundin@orsa.se"), "SV: Inbjudan DalaLab",
             """Ja tack, kommer på 3/5!
/J

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 12 januari 2027 09:12
Till: Jessica Lundin <jessica.lundin@orsa.se>
Ämne: Inbjudan DalaLab

Hej!

Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft. Lärprojektet består av fyra träffar:
3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv
21 september 2027 – Utvecklingsinriktning i ÖP-modellen
29 november 2027 – Att planera för önskvärda framtider och osäkerheter
22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april.

Hälsningar
Linnea Hassis
Region Dalarna""",
             X("register", [P("Jessica Lundin", "jessica.lundin@orsa.se", "Orsa kommun")], [S1]),
             "reply on top of the quoted invitation (all four dates quoted); signed with an initial"),
        mail("r105", "2027-01-25T17:48:00", ("Lisa Mårtensson", "lisa.martensson@falun.se"), "anmälan",
             """hej! anmäler mig o Ebba Grahn-Nyström, båda vill på alla. ebba ska ha glutenfri kost.

mvh lisa
Falu kommun""",
             X("register", [P("Lisa Mårtensson", "lisa.martensson@falun.se", "Falu kommun"),
                            P("Ebba Grahn-Nyström", None, "Falu kommun", "glutenfri")], ALL, "glutenfri"),
             "lower case; hyphenated colleague name; diet for the colleague only"),
        mail("r106", "2027-02-03T08:30:00", ("Olga Petrenko", "olga.petrenko@malung-salen.se"), "Anmälan till DalaLab",
             """Hej Linnea

Jag heter Olga och jobbar som planerare i Malung-Sälens kommun sedan i höst. Jag vill gärna delta på träffar i maj och september. Jag äter inte kött, vegetarisk mat tack.

Med vänliga hälsningar Olga Petrenko""",
             X("register", [P("Olga Petrenko", "olga.petrenko@malung-salen.se", "Malung-Sälens kommun", "vegetarisk")],
               [S1, S2], "vegetarisk"),
             "non-native Swedish; months only; 'sedan i höst' is not a session"),
        # ---------------------------------------------------------------- E-mail: changes
        mail("r107", "2027-02-08T13:57:00", ("Hannah Berg-Larsen", "hannah.berglarsen@leksand.se"), "DalaLab switch",
             """Hi Linnea, quick one – can I switch from the November session to the February one instead? I'm only down for Nov so that would be it.

Cheers, Hannah""",
             X("change", [P("Hannah Berg-Larsen", "hannah.berglarsen@leksand.se", "Leksands kommun")], [S4]),
             "English swap phrased as a question; only session after the change = 22 Feb"),
        mail("r108", "2027-02-12T09:41:00", ("Marcus Holmqvist", "marcus.holmqvist@vansbro.se"), "Sv: DalaLab",
             """hej igen! glömde säga att Jenny Palm som jag anmälde förra veckan är vegan. hon är med på alla fyra.
/Marcus""",
             X("change", [P("Jenny Palm", None, "Vansbro kommun", "vegan")], ALL, "vegan"),
             "third-party diet update for a colleague; sender not among the people; sessions stated"),
        mail("r109", "2027-02-16T15:12:00", ("Pernilla Zetterlund", "pernilla.zetterlund@avesta.se"), "ändring",
             """Hej, ändring: jag står på maj. Kan ni flytta mig till november istället och även lägga till februari? Tack!
Pernilla""",
             X("change", [P("Pernilla Zetterlund", "pernilla.zetterlund@avesta.se", "Avesta kommun")], [S3, S4]),
             "swap plus an added session -> 29 Nov + 22 Feb after the change"),
        mail("r110", "2027-02-10T10:28:00", ("Stefan Ohlin", "stefan.ohlin@orsa.se"), "min plats i DalaLab",
             """Hej!

Jag slutar i Orsa i mars så min plats går till min efterträdare Malin Lövgren (malin.lovgren@orsa.se). Hon tar alla fyra träffarna.

Tack för mig!
Stefan""",
             X("change", [P("Stefan Ohlin", "stefan.ohlin@orsa.se", "Orsa kommun"),
                          P("Malin Lövgren", "malin.lovgren@orsa.se", "Orsa kommun")], ALL),
             "substitution by a successor for all four; 'i mars' is not a session"),
        # ---------------------------------------------------------------- E-mail: cancellations
        mail("r111", "2027-02-25T07:33:00", ("Erik Wallin", "erik.wallin@borlange.se"), "ang. dalalab",
             """Hej. Lämnar min plats i DalaLab, hinner helt enkelt inte med allt annat. Ge den gärna till någon annan.
/Erik""",
             X("cancel", [P("Erik Wallin", "erik.wallin@borlange.se", "Borlänge kommun")], ALL),
             "'lämnar min plats' without a successor = full cancel; 'ang.' subject"),
        mail("r112", "2027-02-20T21:04:00", ("Fanny Lindroth", "fanny.lindroth@leksand.se"), "avanmälan :(",
             """hej linnea! jag blir föräldraledig från april så jag måste tyvärr avanmäla mig från alltihop 😢 hoppas få va med nästa gång
kram fanny""",
             X("cancel", [P("Fanny Lindroth", "fanny.lindroth@leksand.se", "Leksands kommun")], ALL),
             "full cancel, lower case, emoji; 'april' is not a session"),
        mail("r113", "2027-03-08T14:16:00", ("Monica Jansson", "monica.jansson@hedemora.se"), "DalaLab",
             """Hej, Rasmus Åkesson har slutat hos oss, stryk honom från DalaLab. Vi återkommer om ersättare.
Monica Jansson, enhetschef""",
             X("cancel", [P("Rasmus Åkesson", None, "Hedemora kommun")], ALL),
             "manager cancels a former employee without an address; no substitute named yet"),
        mail("r114", "2027-03-11T11:39:00", ("Niklas Dahl", "niklas.dahl@alvdalen.se"), "3 maj",
             """Hej! Både jag och Kalle Morén kan tyvärr inte komma den 3 maj, vi har fullmäktige. Resten står vi kvar på.
Niklas""",
             X("cancel", [P("Niklas Dahl", "niklas.dahl@alvdalen.se", "Älvdalens kommun"),
                          P("Kalle Morén", None, "Älvdalens kommun")], [S1]),
             "two people cancel one session; the rest stays"),
        # ---------------------------------------------------------------- E-mail: questions, auto, spam
        mail("r115", "2027-03-16T12:48:00", ("Marie Strand", "marie.strand@smedjebacken.se"), "parkering?",
             """hej, finns det parkering nära lokalen i Falun eller ska man åka kollektivt?
mvh Marie""",
             X("question", [], []),
             "parking question; 'Falun' is the place"),
        mail("r116", "2027-03-19T08:55:00", ("Johan Fredriksson", "johan.fredriksson@ludvika.se"), "fråga om platser",
             """Hej! Vi är fyra på planavdelningen som vill vara med. Hur gör vi med max tre per kommun, kan vi dela på platserna mellan träffarna?
/Johan""",
             X("question", [], []),
             "quota question; nobody named, nothing booked"),
        mail("r117", "2027-03-26T10:21:00", ("Aisha Bello", "aisha.bello@falun.se"), "question",
             """Hi, is there a fee for DalaLab? And will lunch be provided?
Thanks, Aisha""",
             X("question", [], []),
             "English question about cost and lunch"),
        mail("r118", "2027-03-04T06:12:00", ("Anders Nordqvist", "anders.nordqvist@mora.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             """Hej! Jag är på semester t.o.m. 14/3 och läser inte mejl. Vid brådskande ärenden ring växeln 0250-260 00.
/Anders""",
             X("auto_reply", [], []),
             "out-of-office reply to a confirmation; '14/3' is not a session"),
        mail("r119", "2027-03-22T13:34:00", ("Karolina Svensson", "karolina.svensson@regiondalarna.se"),
             "Frånvaro / Out of office: Re: DalaLab",
             """Tack för ditt mejl. Jag är ledig och åter 6 april. Brådskande? Kontakta registrator@regiondalarna.se.

Thank you for your email. I am away and back on 6 April. For urgent matters, contact registrator@regiondalarna.se.""",
             X("auto_reply", [], []),
             "bilingual out-of-office"),
        mail("r120", "2027-04-06T09:00:00", ("Konferens & Event Norden", "info@konferensnorden-bokning.com"),
             "Lokal till ert lärprojekt? 20% rabatt",
             """Hej!

Vi har sett att ni planerar ett lärprojekt med träffar i Falun under 2027. Boka konferenslokal, fika och lunch hos oss – nu med 20 % rabatt för offentlig sektor om ni bokar före 30 april.

Svara på detta mejl med antal deltagare och önskade datum så återkommer vi med offert!

Med vänlig hälsning
Konferens & Event Norden AB
Avregistrera: svara STOPP""",
             X("unknown", [], []),
             "sales spam about the event; 'bokar', 'deltagare', dates -> unknown"),
    ]
