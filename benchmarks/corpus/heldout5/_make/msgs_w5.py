from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        tg("t181", "2026-12-02T07:48:00", "Maja 🌸", 6120448391,
           "hej! det är Maja Persson på Orsa kommun 😊 vill anmäla mig till alla fyra träffarna",
           X("register", [P("Maja Persson", None, "Orsa kommun")], ALL),
           "nickname+emoji display name; full name and organisation only in the text; 'alla fyra' = all sessions"),
        tg("t182", "2027-03-18T22:37:00", "Micke", 5509812274,
           "kan ej komma 21/9 sorry 😬 /micke lindh ludvika",
           X("cancel", [P("Micke Lindh", None, "Ludvika kommun")], [S2]),
           "one-line partial cancellation '21/9'; name and municipality in lower case after a slash"),
        tg("t183", "2026-12-05T11:02:00", "🦌", 7034519960,
           "Tjena. Anmäler mej till 3/5 o 29/11. Pernilla Gustafsson, Smedjebacken",
           X("register", [P("Pernilla Gustafsson", None, "Smedjebackens kommun")], [S1, S3]),
           "emoji-only display name; 'mej', 'o' for och; two numeric dates d/m"),
        tg("t184", "2027-01-09T15:26:00", "Anders", 1288450733,
           "funkar det att komma på bara en? är mest intresserad av den om tillgänglighet",
           X("question", [], []),
           "question only; names the accessibility session by topic but signs up for nothing"),
        tg("t185", "2027-02-03T13:15:00", "Lotta B", 5891027746,
           "hej, jag är redan anmäld till höstens två men min kollega Sven Ahlgren vill också med på dom. kan ni lägga till honom? vi är på rättvik",
           X("register", [P("Sven Ahlgren", None, "Rättviks kommun")], [S2, S3]),
           "colleague added; the sender is already registered and not among people; 'höstens två' = 21/9 + 29/11; 'rättvik' lower case"),
        mail("t186", "2026-12-14T06:52:00", ("Johanna", "johanna.sjodin@falun.se"), "Anmälan",
             """Hej
Anmäler mig till den första och den sista träffen. Äter vegetariskt.

Johanna Sjödin
Falu kommun

Skickat från min iPhone""",
             X("register", [P("Johanna Sjödin", "johanna.sjodin@falun.se", "Falu kommun", diet="vegetariskt")], [S1, S4],
               diet="vegetariskt"),
             "phone mail, first-name display name; 'första och sista' = 3 May + 22 Feb; diet 'äter vegetariskt'"),
        tg("t187", "2027-02-22T19:40:00", "Kicki ✨", 6677310025,
           "hej Linnea! Kristina Ahlberg här fr Hedemora. ja vill byta 3/5 mot 21/9 om det går? jobbar den 3e 😕",
           X("change", [P("Kristina Ahlberg", None, "Hedemora kommun")], [S2]),
           "bare swap 3/5 -> 21/9 gives only the new session; nickname display name; 'den 3e' repeats the dropped date"),
        tg("t188", "2027-01-21T08:05:00", "jonte", 2049938117,
           "anmäl mig o kollegan fredrik nord till den första. jonathan eriksson vansbro kommun. fredrik e laktosintolerant",
           X("register", [P("Jonathan Eriksson", None, "Vansbro kommun"),
                          P("Fredrik Nord", None, "Vansbro kommun", diet="laktosintolerant")], [S1],
             diet="laktosintolerant"),
           "sender + colleague, all lower case; 'den första' = 3 May; diet belongs to the colleague"),
        tg("t189", "2027-03-02T12:11:00", "Eva", 1173640082,
           "hur långt innan måste man avanmäla sig om man blir sjuk?",
           X("question", [], []),
           "question about cancelling, not a cancellation"),
        tg("t190", "2026-12-09T16:44:00", "Reza", 5320087714,
           "Hej jag heter Reza Mohammadi jobbar på Borlänge kommun som planarkitekt. Vill gärna delta på 21.9 och 22.2. Tack!",
           X("register", [P("Reza Mohammadi", None, "Borlänge kommun")], [S2, S4]),
           "first-name display name, full name in text; dotted dates '21.9' and '22.2' (2028 session)"),
        mail("t191", "2027-02-15T21:03:00", ("Lars-Erik", "larserik.hammar@gmail.com"), "Re: Tack för din anmälan",
             """Avanmäler mig från allt, har fått nytt jobb fr.o.m mars. Tack ändå!
Mvh L-E Hammar
Säters kommun

Skickat från min iPhone

> 28 jan. 2027 kl. 10:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Lars-Erik!
> Tack för din anmälan till DalaLab. Du är anmäld till 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
> Hälsningar Linnea""",
             X("cancel", [P("Lars-Erik Hammar", "larserik.hammar@gmail.com", "Säters kommun")], ALL),
             "full cancellation from a private gmail; 'L-E' short for the double first name; quoted confirmation lists all dates; 'fr.o.m mars' is not a session"),
        tg("t192", "2027-01-30T23:18:00", "Sofie 🌲", 6401155293,
           "hej! jag är anmäld på 3/5 och 29/11, glömde skriva att jag är glutenfri 🙈 /sofie nyström älvdalen",
           X("change", [P("Sofie Nyström", None, "Älvdalens kommun", diet="glutenfri")], [S1, S3], diet="glutenfri"),
           "diet added to an existing signup -> change; sessions the two she states; late-night, lower case"),
        tg("t193", "2026-12-17T10:30:00", "Hasse", 3398120457,
           "hej hej. kan jag anmäla mig fast jag jobbar på ett konsultbolag? /Hans Wennberg",
           X("question", [], []),
           "asks whether a consultant may sign up: question, no signup yet"),
        tg("t194", "2027-01-12T09:57:00", "Åsa Lind-Mårtensson", 5047712368,
           "Hej! Länsstyrelsen här 👋 Jag och min kollega Tobias Ek anmäler oss till alla fyra. Tobias är vegan.",
           X("register", [P("Åsa Lind-Mårtensson", None, "Länsstyrelsen Dalarna"),
                          P("Tobias Ek", None, "Länsstyrelsen Dalarna", diet="vegan")], ALL, diet="vegan"),
           "double surname from display name; 'Länsstyrelsen' without Dalarna; colleague's diet"),
        tg("t195", "2027-03-25T17:22:00", "Nilla", 6912004786,
           "ja kan int komma på den första, men resten kommer ja på. Anmäl mej till dom tack. Petronella Back, Mora",
           X("register", [P("Petronella Back", None, "Mora kommun")], [S2, S3, S4]),
           "dialect ('ja', 'int', 'dom'); new signup for all but the first -> three sessions; 'kan int komma' is not a cancellation"),
        tg("t196", "2026-12-11T14:08:00", "Fatima", 1844026539,
           "hej, Fatima Yusuf Leksands kommun. anmäler mig till träffen 29 nov 🙏",
           X("register", [P("Fatima Yusuf", None, "Leksands kommun")], [S3]),
           "short signup, '29 nov'"),
        mail("t197", "2027-03-08T07:14:00", ("Stefan Ohlsson", "stefan.ohlsson@avesta.se"), "Byte 21/9",
             """Hej Linnea
Jag kan inte 21/9, skickar min kollega Camilla Rask i stället (camilla.rask@avesta.se). Övriga träffar går jag på som vanligt.
Stefan

Skickat från min iPhone""",
             X("change", [P("Stefan Ohlsson", "stefan.ohlsson@avesta.se", "Avesta kommun"),
                          P("Camilla Rask", "camilla.rask@avesta.se", "Avesta kommun")], [S2]),
             "substitution for one session only; people = withdrawn sender + substitute; sessions = what the substitute takes"),
        tg("t198", "2027-04-02T20:50:00", "👀", 7288361004,
           "e de fullt för Gagnef redan? // Ronja",
           X("question", [], []),
           "quota question in dialect ('e de'), emoji display name, signed with first name only"),
        tg("t199", "2027-02-10T11:37:00", "Linus Å", 4420987163,
           "lägg till 22 feb för mig också, är redan anmäld till 3 maj. linus åberg, falun",
           X("change", [P("Linus Åberg", None, "Falu kommun")], [S1, S4]),
           "adds a session to an existing signup: sessions after the change = 3 May + 22 Feb"),
        tg("t200", "2027-01-26T13:49:00", "Magda", 5761208835,
           "Hi! Magdalena Kowalska from Ludvika municipality. I'd like to join sessions 2 and 3 please. nut allergy 🥜",
           X("register", [P("Magdalena Kowalska", None, "Ludvika kommun", diet="nut allergy")], [S2, S3],
             diet="nut allergy"),
           "English chat; 'sessions 2 and 3' by ordinal; diet in English"),
        mail("t201", "2026-12-21T18:26:00", ("Kjell", "kjell.dahlgren@malung-salen.se"), "anmälan",
             """Hej. Anmäl mig till samtliga. Mvh Kjell

Skickat från min iPhone""",
             X("register", [P("Kjell Dahlgren", "kjell.dahlgren@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "very short phone mail; surname only from the address; organisation only from the domain; 'samtliga' = all four"),
        tg("t202", "2027-03-30T08:21:00", "Tove", 2093374451,
           "avanmäler mig helt tyvärr 😞 tove sandström, regionen",
           X("cancel", [P("Tove Sandström", None, "Region Dalarna")], ALL),
           "full cancellation, 'helt'; 'regionen' = Region Dalarna"),
        tg("t203", "2027-01-05T10:03:00", "mattias.b", 6650239178,
           "Tja! kan man ta med en kollega från samhällsbyggnad som inte är planerare? Mattias, Säter",
           X("question", [], []),
           "question about bringing a colleague; no name for the colleague, no signup"),
        tg("t204", "2027-02-27T15:55:00", "Sanna 🐴", 1930082746,
           "Hej! Sanna Korhonen, Gagnef. Vill anmäla mig till den om framtider och osäkerheter",
           X("register", [P("Sanna Korhonen", None, "Gagnefs kommun")], [S3]),
           "session named by its topic only (29 Nov)"),
        tg("t205", "2027-03-12T06:40:00", "Bengt", 5188226604,
           "hej ja e anmäld te alla men kan int den 29 nov. Bengt Olsson Älvdalen",
           X("cancel", [P("Bengt Olsson", None, "Älvdalens kommun")], [S3]),
           "dialect ('ja e', 'te', 'int'); registered for all, cancels one session"),
        mail("t206", "2026-12-20T12:44:00", ("Ida Holm", "ida.holm@leksand.se"), "Re: Inbjudan DalaLab",
             """Hej! Jag och Jesper Nyqvist från Leksand vill vara med på båda i höst. Jesper äter inte fläsk.

Ida

Skickat från min iPhone

> 14 dec. 2026 kl. 09:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!
> Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
> Anmälan senast 14 april.""",
             X("register", [P("Ida Holm", "ida.holm@leksand.se", "Leksands kommun"),
                          P("Jesper Nyqvist", None, "Leksands kommun", diet="äter inte fläsk")], [S2, S3],
               diet="äter inte fläsk"),
             "phone reply above a quoted invitation with all dates; 'båda i höst' = 21/9 + 29/11; colleague's diet"),
        tg("t207", "2027-01-18T12:29:00", "Kalle", 3305571890,
           "anmälan: karl-johan pettersson, hedemora kommun, 3/5. kalle kallas jag 😅",
           X("register", [P("Karl-Johan Pettersson", None, "Hedemora kommun")], [S1]),
           "formal name in lower case differs from nickname display name 'Kalle'"),
        tg("t208", "2027-02-06T09:12:00", "Roya", 6203348817,
           "hej, jag skrev för ett tag sen att jag kommer på alla men nu vet jag att jag inte kan i februari. kan ni ta bort den? Roya Ahmadi, Borlänge",
           X("cancel", [P("Roya Ahmadi", None, "Borlänge kommun")], [S4]),
           "removes one session from an earlier all-sessions signup -> partial cancel of 22 Feb"),
        tg("t209", "2027-03-21T21:15:00", "Emelie", 4872200315,
           "hej! kan ni radera mina uppgifter, vill inte va med längre. emelie strand",
           X("erasure", [P("Emelie Strand", None, None)], []),
           "erasure request that also drops out; no organisation"),
        tg("t210", "2027-01-14T16:02:00", "Gustav Lindblom", 2561190348,
           "3/5 ✅ 21/9 ✅ 29/11 ❌ 22/2 ✅ – Malung",
           X("register", [P("Gustav Lindblom", None, "Malung-Sälens kommun")], [S1, S2, S4]),
           "signup as a checklist with emoji ticks and a cross; only 'Malung' for the organisation"),
        mail("t211", "2027-03-04T07:31:00", ("Anna", "anna.wester@orsa.se"), "Fråga",
             """Hej, blir det lunch på alla träffar eller bara i Falun 3 maj? Finns det ngn digital möjlighet?
Anna Wester

Skickat från min iPhone""",
             X("question", [], []),
             "question from phone; names 3 May but asks only"),
        tg("t212", "2026-12-28T19:05:00", "Olof 🎣", 1509934772,
           "hej anmäler mig",
           X("register", [P("Olof", None, None)], ALL, unsure=["organisation"]),
           "vague: no sessions -> all four; only a first name from the display name; organisation unknown, would need asking"),
        tg("t213", "2027-03-16T10:48:00", "Jenny på Lst", 3927781405,
           "Hej! Jenny Marklund heter jag. Kan inte komma på höstens träff, kan min kollega Omar Haddad gå istället?",
           X("change", [P("Jenny Marklund", None, "Länsstyrelsen Dalarna"),
                        P("Omar Haddad", None, "Länsstyrelsen Dalarna")], [S2, S3], unsure=["sessions"]),
           "substitution; 'höstens träff' singular but there are two autumn sessions -> both, unsure; organisation from 'Lst' in the display name"),
        tg("t214", "2027-04-07T13:33:00", "Pelle", 6093318254,
           "hej det är Per Nilsson på Falun. kommer tyvärr inte den 3 maj, men syns iaf i höst!",
           X("cancel", [P("Per Nilsson", None, "Falu kommun")], [S1]),
           "partial cancellation; 'i höst' keeps the autumn sessions, not cancelled"),
        mail("t215", "2027-01-28T15:17:00", ("Birgitta Söderström", "birgitta.soderstrom@rattvik.se"), "Anmälan kollegor",
             """Hej Linnea. Anmäler två från oss: Amanda Kvist och Jon Bergman, alla fyra tillfällena. Själv kan jag inte tyvärr.
Hälsningar Birgitta, Rättviks kommun

Skickat från min iPhone""",
             X("register", [P("Amanda Kvist", None, "Rättviks kommun"), P("Jon Bergman", None, "Rättviks kommun")], ALL),
             "sender registers two colleagues but not herself"),
        tg("t216", "2027-01-08T11:20:00", "Ulla", 2730516649,
           "Hej ulla granlund smedjebackens kommun här. Har ni fått min anmälan? skickade mail i december men har inte fått ngn bekräftelse",
           X("question", [], []),
           "asks whether an earlier signup arrived: question, not a new signup"),
        tg("t217", "2027-02-18T14:26:00", "Nisse", 5601847723,
           "min kollega Elsa Berg kommer ersätta mig på alla träffar fr.o.m 21/9, jag går bara på den första. Niklas Hedin, Gagnefs kommun",
           X("change", [P("Niklas Hedin", None, "Gagnefs kommun"), P("Elsa Berg", None, "Gagnefs kommun")], [S2, S3, S4]),
           "substitution from a date on: 'fr.o.m 21/9' = 21/9, 29/11, 22/2 for the substitute"),
        tg("t218", "2026-12-03T09:41:00", "Ebba", 1460293318,
           "anmäl mig till 21.9 tack! ebba lundqvist avesta. laktosfri",
           X("register", [P("Ebba Lundqvist", None, "Avesta kommun", diet="laktosfri")], [S2], diet="laktosfri"),
           "short signup with dotted date and diet"),
        mail("t219", "2027-03-02T16:58:00", ("Daniel", "daniel.mattsson@ludvika.se"), "Re: Bekräftelse DalaLab",
             """Hej, vill byta från sista träffen till den 29 nov istället, annars som förut (3 maj). /Daniel

Skickat från min iPhone

> 11 feb. 2027 kl. 14:20 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Daniel, du är anmäld till träffarna 3 maj 2027 och 22 februari 2028. Välkommen!""",
             X("change", [P("Daniel Mattsson", "daniel.mattsson@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "swap 'sista' -> 29 nov with the kept session stated -> sessions after change 3/5 + 29/11; quoted confirmation has 22 Feb"),
        tg("t220", "2027-02-01T10:10:00", "Hanna O", 3857720961,
           "ok tack för svaret! då kör vi, anmäler mig tom 29 nov. feb vet jag inte än, återkommer. hanna olsson regiondalarna",
           X("register", [P("Hanna Olsson", None, "Region Dalarna")], [S1, S2, S3]),
           "'tom 29 nov' (t.o.m.) = first three; February left open, not signed up"),
        tg("t221", "2027-03-10T15:03:00", "Jocke", 4019926530,
           "glöm inte hämta Alva på fritids kl 16 idag, ja e i Borlänge på möte hela em ❤️",
           X("unknown", [], []),
           "misdirected private message; a municipality name and a time but nothing for the event"),
        tg("t222", "2027-01-19T08:34:00", "Lena", 6348809127,
           "hej. vi är tre från Säter som vill vara med: jag (Lena Björk), Hampus Strid o Mirjam Haidari. alla träffar.",
           X("register", [P("Lena Björk", None, "Säters kommun"), P("Hampus Strid", None, "Säters kommun"),
                          P("Mirjam Haidari", None, "Säters kommun")], ALL),
           "three people in one chat message, sender among them; 'alla träffar'"),
        mail("t223", "2027-04-09T06:15:00", ("Torbjörn Wiik", "torbjorn.wiik@vansbro.se"), "Avanmälan",
             """Kommer inte 3/5. Sjukskriven.
Torbjörn

Skickat från min iPhone""",
             X("cancel", [P("Torbjörn Wiik", "torbjorn.wiik@vansbro.se", "Vansbro kommun")], [S1]),
             "terse phone cancellation of one session; organisation from the domain"),
        tg("t224", "2027-03-28T18:47:00", "Amina", 7120058846,
           "hej! kan jag komma på den andra träffen? Amina Warsame mora kommun",
           X("register", [P("Amina Warsame", None, "Mora kommun")], [S2], unsure=["intent"]),
           "phrased as a question but most likely a signup for 21 Sep; 'den andra träffen' by ordinal"),
        mail("t225", "2027-01-16T22:09:00", ("Mikael Rönn", "mikael.ronn@hedemora.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Den 21 kan jag men inte den 29.
Mikael

Skickat från min iPhone

> 10 jan. 2027 kl. 13:40 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej! Region Dalarna bjuder in till DalaLab. Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
> Anmäl dig genom att svara på detta mejl.""",
             X("register", [P("Mikael Rönn", "mikael.ronn@hedemora.se", "Hedemora kommun")], [S2], unsure=["intent"]),
             "vague phone reply: day numbers only ('den 21', 'den 29') resolved against the sessions; availability read as a signup for 21 Sep"),
    ]
