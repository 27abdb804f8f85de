"""Theme "staff": administrators, secretaries, managers, HR and shared function mailboxes (registrator@, plan@,
personal@) signing up, changing or withdrawing OTHER people: rosters pasted from Excel (tab- and semicolon-separated,
surname first) and from the Outlook To-line, aligned tables with roles and units, an HTML table, two organisations in
one mail, a manager who attends herself or explicitly does not, more people than the quota of three, people given
only by first name, addresses given only as a pattern, replies to our confirmation adding someone, substitutions and
withdrawals by HR, plus a few questions, an erasure request for a former employee, a registry auto-receipt, an
out-of-office and a mail meant for another Linnea. Mostly Swedish e-mail, a third Telegram, some English."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("ba001", "2026-12-02T09:14", ("Marie Hägglund", "marie.hagglund@falun.se"),
             "Anmälan DalaLab – Samhällsbyggnadsförvaltningen",
             """Hej Linnea,

Jag hjälper planenheten med anmälan till DalaLab. Följande tre personer ska delta i hela lärprojektet (listan är kopierad rakt ur vår personalförteckning):

Efternamn\tFörnamn\tTitel\tE-post
Lindholm\tJessica\tÖversiktsplanerare\tjessica.lindholm@falun.se
Åberg\tMattias\tPlanarkitekt\tmattias.aberg@falun.se
Rahimi\tSoraya\tStrateg hållbar utveckling\tsoraya.rahimi@falun.se

Själv är jag administratör och deltar inte. Hör av dig om du behöver fakturaadress eller något annat.

Med vänlig hälsning
Marie Hägglund
Administratör
Samhällsbyggnadsförvaltningen
Falu kommun
791 83 Falun
Tel 023-830 00 (vx)
""",
             X("register", [P("Jessica Lindholm", "jessica.lindholm@falun.se", "Falu kommun"),
                            P("Mattias Åberg", "mattias.aberg@falun.se", "Falu kommun"),
                            P("Soraya Rahimi", "soraya.rahimi@falun.se", "Falu kommun")], ALL),
             "administrator registers three from a tab-separated Excel paste (surname first, header row); she does "
             "not attend; no session named -> all four; postcode and phone are not dates"),

        mail("ba002", "2026-12-08T13:52", ("Sundberg Carina", "carina.sundberg@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag anmäler två från vår enhet till träffarna 3 maj och 21 september:

Lindberg, Maja <maja.lindberg@borlange.se>; Hosseini, Reza <reza.hosseini@borlange.se>

Själv har jag tyvärr inte möjlighet att vara med, men de ska återrapportera till planeringsgruppen efteråt.

Carina Sundberg
Enhetschef Strategisk planering
Borlänge kommun

________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:10
Till: Sundberg Carina <carina.sundberg@borlange.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab. Träffar:
1. Måndag 3 maj 2027, kl. 10.00–15.00, Falun
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027.

Linnea Hassis
Region Dalarna
""",
             X("register", [P("Maja Lindberg", "maja.lindberg@borlange.se", "Borlänge kommun"),
                            P("Reza Hosseini", "reza.hosseini@borlange.se", "Borlänge kommun")], [S1, S2]),
             "manager pastes an Outlook address line ('Efternamn, Förnamn <addr>;'), explicitly does not attend; "
             "two sessions named; quoted invitation lists all four dates"),

        tg("ba003", "2026-12-11T16:40", "Åsa Nordin", "6204417731",
           """Hej! Åsa här, enhetschef på samhällsbyggnad i Hedemora. Anmäler mig själv + Kalle Persson och Lena från vår grupp. Alla träffarna 👍""",
           X("register", [P("Åsa Nordin", None, "Hedemora kommun"), P("Kalle Persson", None, "Hedemora kommun"),
                          P("Lena", None, "Hedemora kommun")], ALL),
           "Telegram: manager signs up herself and two colleagues, one only by given name ('Lena'); name of the "
           "sender from the display name"),

        mail("ba004", "2026-12-14T10:03", ("Registrator Mora kommun", "registrator@mora.se"),
             "Anmälan till DalaLab – Lars Olausson",
             """Hej,

På uppdrag av Lars Olausson, planarkitekt på Samhällsbyggnadsförvaltningen, anmäls härmed hans deltagande i DalaLab vid träffarna den 29 november 2027 och den 22 februari 2028.

Lars är på tjänsteresa denna vecka och har bett oss skicka in anmälan. Eventuella frågor besvaras av Lars själv efter den 20 december.

Med vänliga hälsningar

Registrator
Mora kommun
Kommunstyrelseförvaltningen
792 80 Mora
0250-260 00

Detta e-postmeddelande har diarieförts. Mora kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.mora.se/personuppgifter
""",
             X("register", [P("Lars Olausson", None, "Mora kommun")], [S3, S4]),
             "shared function mailbox (registrator@) writes for a named person: the mailbox address is not his, so "
             "email null; '20 december' is not a session"),

        mail("ba005", "2027-01-08T08:31", ("Thomas Grahn", "thomas.grahn@ludvika.se"),
             "Anmälan Ludvika – DalaLab (5 personer)",
             """Hej Linnea

Vi är flera i Ludvika som vill gå DalaLab. Jag vet att inbjudan säger upp till tre per kommun, men jag skickar ändå hela listan i prioritetsordning så får ni avgöra om de två sista kan stå på reservlista:

1. Helena Byström, översiktsplanerare, Planeringsavdelningen
2. Ahmed Yusuf, trafikplanerare, Gatu- och parkavdelningen
3. Cecilia Nord, planarkitekt, Planeringsavdelningen
4. Patrik Lundh, GIS-samordnare, Planeringsavdelningen
5. Sanna Ek, miljöstrateg, Miljö- och klimatenheten

Alla fem vill vara med på samtliga fyra träffar. Jag själv deltar inte.

Mvh
Thomas Grahn
Avdelningschef Planering
Ludvika kommun
Tel 0240-860 00
""",
             X("register", [P("Helena Byström", None, "Ludvika kommun"), P("Ahmed Yusuf", None, "Ludvika kommun"),
                            P("Cecilia Nord", None, "Ludvika kommun"), P("Patrik Lundh", None, "Ludvika kommun"),
                            P("Sanna Ek", None, "Ludvika kommun")], ALL),
             "five people over the quota of three, numbered list with roles and units; all five are labelled (the "
             "quota is the organiser's business); list numbers 1-5 are not sessions; sender does not attend"),

        mail("ba006", "2027-01-11T14:20", ("Ingela Wahlström", "ingela.wahlstrom@smedjebacken.se"),
             "DalaLab - anmälan Smedjebacken + Ludvika",
             """Hej!

Vi har ju ett nära samarbete med Ludvika kring översiktsplanen, så jag anmäler både våra och deras deltagare i samma mejl (har stämt av med deras chef):

Smedjebackens kommun:
- Ingela Wahlström (jag själv)
- Oskar Blom, oskar.blom@smedjebacken.se

Ludvika kommun:
- Rebecka Franzén, rebecka.franzen@ludvika.se

Vi vill alla vara med 3 maj och 21 september. Resten tar vi ställning till senare.

Hälsningar
Ingela Wahlström
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("register", [P("Ingela Wahlström", "ingela.wahlstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Oskar Blom", "oskar.blom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Rebecka Franzén", "rebecka.franzen@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "two organisations in one mail under headings; sender attends ('jag själv'); 'resten' later is not "
             "registered"),

        mail("ba007", "2027-01-13T11:05", ("Emma Karlsson", "emma.karlsson@regiondalarna.se"),
             "Registration DalaLab – two new colleagues",
             """Hi Linnea,

I work in HR at Region Dalarna and I'm writing on behalf of two new colleagues in the Regional Development unit who started this month and whose Swedish isn't quite up to speed yet:

- Lukas Becker, regional planner, lukas.becker@regiondalarna.se
- Ana Ferreira, analyst, ana.ferreira@regiondalarna.se (vegan)

They would both like to attend the whole DalaLab series. Could you send the confirmations directly to them rather than to me?

Kind regards,
Emma Karlsson
HR Partner | Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Lukas Becker", "lukas.becker@regiondalarna.se", "Region Dalarna"),
                            P("Ana Ferreira", "ana.ferreira@regiondalarna.se", "Region Dalarna", diet="vegan")],
               ALL, diet="vegan"),
             "English, HR writes for two new hires (sender not registered); per-person diet; 'whole series' = all "
             "four; 'Box 712' is not a date"),

        tg("ba008", "2027-01-15T09:12", "Britt-Marie Holm", "5120987344",
           """Hej, jag är assistent på plankontoret i Orsa kommun. Vill anmäla vår chef Per-Erik Jonsson till första träffen i maj. Han är glutenfri. Mvh Britt-Marie""",
           X("register", [P("Per-Erik Jonsson", None, "Orsa kommun", diet="glutenfri")], [S1], diet="glutenfri"),
           "Telegram: an assistant registers her boss, not herself; 'första träffen i maj'; the diet is his"),

        mail("ba009", "2027-01-19T15:47", ("Sofia Hedberg", "sofia.hedberg@leksand.se"),
             "Re: Bekräftelse på din anmälan till DalaLab",
             """Hej igen!

Tack för bekräftelsen. Kan ni lägga till min kollega Henrik Dahlberg på samma träffar som jag? Han jobbar också med ÖP:n här i Leksand. Hans mejl är henrik.dahlberg@leksand.se

/Sofia

> Hej Sofia Hedberg!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
> Du är anmäld till:
>   - 3 maj 2027, kl. 10:00–15:00, Falun
>   - 29 november 2027
>
> Organisation: Leksands kommun
> Vill du ändra eller avanmäla dig, svara på detta mejl.
>
> Vänliga hälsningar
> Anmälan, Region Dalarna
""",
             X("register", [P("Henrik Dahlberg", "henrik.dahlberg@leksand.se", "Leksands kommun")], [S1, S3]),
             "reply to our confirmation adding a colleague 'på samma träffar som jag': the sessions come from the "
             "quoted confirmation; the already registered sender is not among the people"),

        mail("ba010", "2027-01-21T10:30", ("Ulrika Sjödin", "ulrika.sjodin@avesta.se"),
             "Anmälan DalaLab planenheten Avesta",
             """Hej,

Jag anmäler följande medarbetare på planenheten till DalaLab, alla fyra träffarna:

Karl Eriksson
Jenny Holmgren
Mikael Ström

E-postadresserna följer vårt vanliga mönster, fornamn.efternamn@avesta.se.

Själv kommer jag inte att delta, men jag vill gärna få en kopia på bekräftelserna.

Vänliga hälsningar
Ulrika Sjödin
Planchef
Avesta kommun
Tfn 0226-64 50 00
""",
             X("register", [P("Karl Eriksson", None, "Avesta kommun"), P("Jenny Holmgren", None, "Avesta kommun"),
                            P("Mikael Ström", None, "Avesta kommun")], ALL),
             "addresses only as a pattern (fornamn.efternamn@avesta.se): no address is written for a person, so "
             "email null; manager explicitly does not attend"),

        tg("ba011", "2027-01-22T13:25", "Birgitta Hed", "7011452968",
           """hej! Sara har slutat hos oss i Rättvik, Malin Wester tar hennes plats på alla träffar. Malins mejl: malin.wester@rattvik.se
/Birgitta HR""",
           X("change", [P("Sara", None, "Rättviks kommun"),
                        P("Malin Wester", "malin.wester@rattvik.se", "Rättviks kommun")], ALL),
           "Telegram substitution by HR: the leaving person only by given name, the substitute with an address; "
           "sender not among the people"),

        mail("ba012", "2027-01-25T16:02", ("Jörgen Mattsson", "jorgen.mattsson@hedemora.se"),
             "Avanmälan – Jonas Ek",
             """Hej,

Jonas Ek, som är anmäld till DalaLab från Hedemora kommun, avslutar sin anställning hos oss den 31 mars. Vänligen stryk honom från samtliga träffar.

Vi har i dagsläget ingen ersättare men kan komma att anmäla någon senare under våren.

Med vänlig hälsning
Jörgen Mattsson
Förvaltningschef, Samhällsbyggnadsförvaltningen
Hedemora kommun
""",
             X("cancel", [P("Jonas Ek", None, "Hedemora kommun")], ALL),
             "manager withdraws a leaving employee without a substitute -> cancel, all four; '31 mars' is not a "
             "session; a possible later replacement is not a signup"),

        mail("ba013", "2027-01-26T09:58", ("Ann-Sofie Larsson", "ann-sofie.larsson@regiondalarna.se"),
             "Anmälan från Regional utveckling",
             """Hej Linnea!

Här är vår lista från Regional utveckling, klistrad direkt ur Excel:

Namn;Avdelning;E-post;Träffar;Specialkost
Nyström Patrik;Samhällsplanering;patrik.nystrom@regiondalarna.se;alla;
Wik Johanna;Kollektivtrafik;johanna.wik@regiondalarna.se;alla;laktosfri
Ceder Olle;Näringsliv;olle.ceder@regiondalarna.se;alla;
Karlsson Mona;Samhällsplanering;mona.karlsson@regiondalarna.se;alla;vegetarisk

Jag har förstått att regionen inte omfattas av maxgränsen, säg till annars!

Hälsningar
Ann-Sofie
""",
             X("register", [P("Patrik Nyström", "patrik.nystrom@regiondalarna.se", "Region Dalarna"),
                            P("Johanna Wik", "johanna.wik@regiondalarna.se", "Region Dalarna", diet="laktosfri"),
                            P("Olle Ceder", "olle.ceder@regiondalarna.se", "Region Dalarna"),
                            P("Mona Karlsson", "mona.karlsson@regiondalarna.se", "Region Dalarna",
                              diet="vegetarisk")], ALL, diet="laktosfri, vegetarisk"),
             "semicolon-separated Excel paste, surname first without comma, a diet column with two entries; sender "
             "(who coordinates) is not in the list"),

        mail("ba014", "2027-01-27T07:49", ("Kristina Lund", "kristina.lund@sater.se"),
             "Anmälan DalaLab",
             """God morgon,

Jag och mina två medarbetare på planeringsenheten vill anmäla oss till höstens två träffar (21 september och 29 november):

Kristina Lund (jag)
Alexander Pihl, alexander.pihl@sater.se
Therese Gran, therese.gran@sater.se

Therese har nötallergi.

Vänligen
Kristina Lund
Enhetschef planering, Säters kommun

Skickat från Outlook för iOS
""",
             X("register", [P("Kristina Lund", "kristina.lund@sater.se", "Säters kommun"),
                            P("Alexander Pihl", "alexander.pihl@sater.se", "Säters kommun"),
                            P("Therese Gran", "therese.gran@sater.se", "Säters kommun", diet="nötallergi")],
               [S2, S3], diet="nötallergi"),
             "manager attends herself with two staff; 'höstens två träffar' spelled out; diet belongs to one "
             "colleague"),

        tg("ba015", "2027-01-29T12:40", "Daniel Okonkwo", "1988325410",
           """Hi! Admin at the planning dept in Borlänge here. Could you please register Sofia Brandt and Jens Öhman for all four sessions? I won't be attending myself. Thanks!""",
           X("register", [P("Sofia Brandt", None, "Borlänge kommun"), P("Jens Öhman", None, "Borlänge kommun")],
             ALL),
           "English Telegram from an admin who explicitly does not attend; organisation from 'Borlänge' in text"),

        mail("ba016", "2027-02-01T11:11", ("Lena Östlund", "lena.ostlund@vansbro.se"),
             "Fråga om antal deltagare",
             """Hej,

Jag är nämndsekreterare i Vansbro och samordnar anmälningarna för förvaltningen. Innan jag skickar in några namn undrar jag:

1. Räknas en politiker (ordföranden i byggnadsnämnden) in i de tre platserna per kommun?
2. Kan en plats delas mellan två personer, t.ex. att en går 3 maj och en annan 21 september?

Tacksam för svar.

Lena Östlund
Nämndsekreterare
Vansbro kommun
""",
             X("question", [], []),
             "secretary asks about the quota before sending names; the two dates are an example, nobody signed up"),

        mail("ba017", "2027-02-03T14:05", ("Monica Eld", "monica.eld@gagnef.se"),
             "DalaLab",
             """Hej!

Anmäler dessa två till DalaLab, träffarna 3/5 och 22/2:

Ström Anna (SBF) <anna.strom@gagnef.se>; Bäck Jonathan (SBF) <jonathan.back@gagnef.se>

Jag själv hänger med på den första i Falun men inte på resten.

//Monica

Monica Eld
Planeringschef | Samhällsbyggnadsförvaltningen
Gagnefs kommun | 0241-150 00
""",
             X("register", [P("Anna Ström", "anna.strom@gagnef.se", "Gagnefs kommun"),
                            P("Jonathan Bäck", "jonathan.back@gagnef.se", "Gagnefs kommun"),
                            P("Monica Eld", "monica.eld@gagnef.se", "Gagnefs kommun")], [S1, S4],
               unsure=["each-own-sessions"]),
             "Outlook To-line paste 'Efternamn Förnamn (SBF) <addr>'; '22/2' is the 2028 session; the manager joins "
             "only the first -> union of sessions"),

        mail("ba018", "2027-02-04T08:02", ("Registrator Ludvika kommun", "registrator@ludvika.se"),
             "Mottagningskvitto: Anmälan DalaLab",
             """Detta är ett automatiskt svar.

Tack för ditt meddelande till Ludvika kommun. Vi har tagit emot ditt e-postmeddelande och det kommer att registreras och fördelas till berörd handläggare.

Handläggningstiden är normalt upp till fem arbetsdagar. Det går inte att svara på detta meddelande.

Ludvika kommun
Registraturen
771 82 Ludvika

------ Ursprungligt meddelande ------
Ämne: Anmälan DalaLab
Tack! Vi har registrerat Helena Byström (Ludvika kommun) till 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
""",
             X("auto_reply", [], []),
             "registry's automatic receipt to our confirmation (cc'd function mailbox); the returned text names a "
             "person and all four dates -> nothing to register"),

        mail("ba019", "2027-02-09T10:44", ("Susanne Öberg", "susanne.oberg@mora.se"),
             "Ändring i anmälan – 21 september",
             """Hej Linnea,

Anna Berg och Olof Lindqvist från Mora är anmälda till alla fyra träffarna, men den 21 september krockar med kommunfullmäktiges budgetdag så de kan inte komma då. Kan du ta bort dem från just den träffen? Övriga tre gäller som förut.

Vänliga hälsningar
Susanne Öberg
Sekreterare, Samhällsbyggnadsförvaltningen
Mora kommun
""",
             X("cancel", [P("Anna Berg", None, "Mora kommun"), P("Olof Lindqvist", None, "Mora kommun")], [S2]),
             "secretary withdraws two people from one session (partial cancellation) -> only 21 Sep; subject says "
             "'Ändring'"),

        tg("ba020", "2027-02-10T15:18", "Jenny Malm", "6871205539",
           """Hej, jag anmälde Petra Nyqvist från Älvdalen till 3 maj förra veckan. Kan ni lägga till 29 november för henne också? Tack / Jenny, kansliet""",
           X("change", [P("Petra Nyqvist", None, "Älvdalens kommun")], [S1, S3]),
           "Telegram: staff adds a session to a colleague's signup; sessions after the change = 3 May + 29 Nov"),

        tg("ba021", "2027-02-12T08:55", "Roger Backman", "5559012376",
           """god morgon. anmäler Elsa och Mohammed från oss i vansbro till 21/9 🙂""",
           X("register", [P("Elsa", None, "Vansbro kommun"), P("Mohammed", None, "Vansbro kommun")], [S2]),
           "lower-case Telegram, two people only by given name, sender not included; '21/9'"),

        mail("ba022", "2027-02-15T13:30", ("Pernilla Skog", "pernilla.skog@alvdalen.se"),
             "Anmälan Älvdalen",
             """Hej!

Vi blir tre från Älvdalens kommun på DalaLab. Två namn har jag klara: Ida Mattsson (ida.mattsson@alvdalen.se) och Nils Wiklund (nils.wiklund@alvdalen.se). Den tredje platsen vill vi gärna hålla, jag återkommer med namn när vi har rekryterat vår nya planarkitekt.

De ska på alla träffar.

Mvh Pernilla Skog
HR-specialist
Älvdalens kommun
""",
             X("register", [P("Ida Mattsson", "ida.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Nils Wiklund", "nils.wiklund@alvdalen.se", "Älvdalens kommun")], ALL,
               unsure=["unnamed"]),
             "HR announces three, names two and reserves a third place for an unnamed future hire"),

        tg("ba023", "2027-02-17T16:12", "Fredrik Sahlén", "1620048837",
           """Anmäler Tove Ekman och Rikard Lilja från planeringsgruppen i Rättvik till första o tredje träffen. Kanske följer jag med också, beror på hur budgetarbetet ser ut i höst""",
           X("register", [P("Tove Ekman", None, "Rättviks kommun"), P("Rikard Lilja", None, "Rättviks kommun")],
             [S1, S3], unsure=["sender-attends"]),
           "Telegram: manager registers two and says he may come too -> label the two, ask about the sender; "
           "'i höst' is not a session reference"),

        tg("ba024", "2027-02-18T19:40", "Hanna Lindström", "7234981102",
           """Hej! Jag sköter anmälningarna för oss på Länsstyrelsen. Maria Sand vill gå 3 maj och Gustav Hellberg 21 september. Ingen av dem har specialkost.""",
           X("register", [P("Maria Sand", None, "Länsstyrelsen Dalarna"),
                          P("Gustav Hellberg", None, "Länsstyrelsen Dalarna")], [S1, S2],
             unsure=["each-own-sessions"]),
           "Telegram: coordinator at Länsstyrelsen, each person a different session -> union; 'ingen specialkost' "
           "is no diet"),

        mail("ba025", "2027-02-22T09:05", ("Catharina Blom", "catharina.blom@malung-salen.se"),
             "Anmälan Jesper Olsson",
             """Hej,

Jag vill anmäla vår översiktsplanerare Jesper Olsson (jesper.olsson@malung-salen.se) till träffen den 21 september.

Rättelse – nu när jag tittar i hans kalender ser jag att det var den 29 november han kunde, inte september. Alltså bara 29/11.

Med vänlig hälsning
Catharina Blom
Administratör, Samhällsbyggnad
Malung-Sälens kommun
""",
             X("register", [P("Jesper Olsson", "jesper.olsson@malung-salen.se", "Malung-Sälens kommun")], [S3],
               unsure=["corrected"]),
             "administrator corrects the session mid-message: 21 Sep -> 29 Nov only"),

        tg("ba026", "2027-02-24T07:20", "Micke Halvarsson", "1377520984",
           """Robin Hall från Mora kommun kan inte komma 3 maj, han är föräldraledig då. Övriga träffar står kvar. Mvh Micke (chef)""",
           X("cancel", [P("Robin Hall", None, "Mora kommun")], [S1]),
           "Telegram: manager cancels one session for a staff member; the rest stays"),

        mail("ba027", "2027-02-26T10:15", ("Personalenheten Borlänge kommun", "personal@borlange.se"),
             "Begäran om radering av personuppgifter – f.d. medarbetare",
             """Hej,

Vår tidigare medarbetare Viktor Hallberg (viktor.hallberg@borlange.se) anmäldes i december till DalaLab. Han har nu slutat hos oss och har bett oss begära att hans personuppgifter raderas ur era register. Vi kommer inte att anmäla någon ersättare.

Bekräfta gärna när raderingen är gjord.

Med vänlig hälsning
Personalenheten
Borlänge kommun
personal@borlange.se
""",
             X("erasure", [P("Viktor Hallberg", "viktor.hallberg@borlange.se", "Borlänge kommun")], []),
             "HR function mailbox requests erasure for a former employee -> erasure lists whose data; 'i december' "
             "is not a session"),

        mail("ba028", "2027-03-01T11:50", ("Gunnel Rask", "gunnel.rask@hedemora.se"),
             "Lista kick-off",
             """Hej Linnea!

Här kommer listan över vilka från samhällsbyggnad som kommer på kick-offen på Tyllsnäs fredag 23 april. Några äter inte kött, jag har markerat dem.

Leif Andersson
Sonja Mäkinen – vegetarisk
Tomas Öhrn
Rut Wall – vegetarisk
Mira Holm

Bussen går från stadshuset kl 8.00. Säg till om du behöver något mer till bokningen av lokalen!

Kram Gunnel
""",
             X("unknown", [], []),
             "meant for another Linnea (address autocomplete): an internal kick-off roster with diets, nothing about "
             "DalaLab -> unknown"),

        mail("ba029", "2027-03-03T13:37", ("Marcus Fält", "marcus.falt@orsa.se"),
             "Byte av deltagare DalaLab – Orsa",
             """Hej Linnea,

Hanna Lindgren på vår planenhet går på föräldraledighet från augusti. Johan Sved (johan.sved@orsa.se) tar därför över hennes plats på höstens träffar och februariträffen. Hanna går själv på träffen den 3 maj som planerat.

Hälsningar
Marcus Fält
Planeringschef
Orsa kommun
""",
             X("change", [P("Hanna Lindgren", None, "Orsa kommun"), P("Johan Sved", "johan.sved@orsa.se",
                                                                       "Orsa kommun")], [S2, S3, S4]),
             "partial substitution by the manager: substitute takes autumn + February; 3 May stays with Hanna and "
             "is not handed over"),

        mail("ba030", "2027-03-04T08:20", ("Plan Gagnefs kommun", "plan@gagnef.se"),
             "Anmälan: Amanda Lund",
             """Hej!

Vi vill anmäla vår nyanställda planarkitekt Amanda Lund till DalaLab, samtliga träffar. Amanda nås på amanda.lund@gagnef.se – skicka gärna bekräftelsen direkt till henne.

Kost: vegetarisk.

Hälsningar
Planenheten
Gagnefs kommun
plan@gagnef.se | 0241-150 00
""",
             X("register", [P("Amanda Lund", "amanda.lund@gagnef.se", "Gagnefs kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "shared plan@ mailbox writes for a named new hire whose own address is given; the mailbox is not a "
             "person"),

        tg("ba031", "2027-03-08T14:02", "Rebecca Holm", "2210934587",
           """Hello, I'm the department administrator at Länsstyrelsen Dalarna (County Administrative Board). Please sign up our two planners Kenji Watanabe and Ruth Okafor for the November 29 session. Kenji has a nut allergy. Thank you!""",
           X("register", [P("Kenji Watanabe", None, "Länsstyrelsen Dalarna", diet="nut allergy"),
                          P("Ruth Okafor", None, "Länsstyrelsen Dalarna")], [S3], diet="nut allergy"),
           "English Telegram from an administrator for two planners; per-person diet in English"),

        tg("ba032", "2027-03-09T10:30", "Eva Sjöström", "6673021148",
           """Hej! Jag är HR på Säters kommun. Vi har tappat koll på vilka av våra som är anmälda till DalaLab och till vilka datum, kan ni skicka en lista? Behöver det till kompetensplanen""",
           X("question", [], []),
           "HR asks who from the municipality is registered -> question, nobody signed up"),

        mail("ba033", "2027-03-10T11:25", ("Nina Berglund", "nina.berglund@leksand.se"),
             "Anmälan till DalaLab, Leksands kommun",
             """Hej,

Härmed anmäler vi från Leksands kommun följande tre deltagare till de tre första träffarna (maj, september och november). Februariträffen återkommer vi om när budgeten för 2028 är klar.

Roll                      Namn               Enhet
Översiktsplanerare        Lena Hjort         Plan och bygg
Landskapsarkitekt         Anders Tapper      Plan och bygg
Folkhälsostrateg          Yasmin Haddad      Kommunledningskontoret

Kontaktperson för anmälan är undertecknad.

Med vänlig hälsning
Nina Berglund
Verksamhetsutvecklare
Leksands kommun
Tel: 0247-800 00
E-post: nina.berglund@leksand.se
""",
             X("register", [P("Lena Hjort", None, "Leksands kommun"), P("Anders Tapper", None, "Leksands kommun"),
                            P("Yasmin Haddad", None, "Leksands kommun")], [S1, S2, S3]),
             "space-aligned table with role, name and unit (name in the middle column); 'de tre första'; February "
             "deferred; contact person is not a participant"),

        mail("ba034", "2027-03-12T15:55", ("Agneta Ljung", "agneta.ljung@malung-salen.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

Anmäler mig själv samt två kollegor från Malung-Sälen till hela DalaLab:

Agneta Ljung, stf förvaltningschef (jag) – vegetarisk kost
Sven-Olof Persson, planarkitekt, sven-olof.persson@malung-salen.se
Klara Nord, GIS-ingenjör, klara.nord@malung-salen.se – laktosfri

Vi samåker från Malung så vi hinner nog precis till fikat kl 9.30.

Hälsningar
Agneta
""",
             X("register", [P("Agneta Ljung", "agneta.ljung@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk"),
                            P("Sven-Olof Persson", "sven-olof.persson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Klara Nord", "klara.nord@malung-salen.se", "Malung-Sälens kommun", diet="laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "manager attends herself plus two; diets for two different people; 'hela DalaLab' = all four; 9.30 is "
             "a time"),

        mail("ba035", "2027-03-15T09:40", ("Linda Rönn", "linda.ronn@avesta.se"),
             "VB: DalaLab",
             """Hej!

Enligt nedan vill Emil Strand från vår trafikenhet delta på den sista träffen, den om tillgänglighet. Kan ni anmäla honom?

Mvh Linda Rönn, administratör Tekniska förvaltningen, Avesta kommun

-----Ursprungligt meddelande-----
Från: Strand Emil <emil.strand@avesta.se>
Skickat: den 12 mars 2027 16:03
Till: Rönn Linda <linda.ronn@avesta.se>
Ämne: DalaLab

Hej Linda, kan du anmäla mig till DalaLab-träffen om tillgänglighet i februari nästa år? De andra passar inte med mitt schema.
/Emil
""",
             X("register", [P("Emil Strand", "emil.strand@avesta.se", "Avesta kommun")], [S4]),
             "administrator forwards a colleague's internal request; his address only in the forwarded header; "
             "session by theme/order ('sista', 'tillgänglighet', 'februari nästa år')"),

        tg("ba036", "2027-03-16T17:05", "Tobbe L", "5093318822",
           """Hej igen, glömde en sak: Camilla i min grupp ska också med, samma som vi andra (alla träffar)""",
           X("register", [P("Camilla", None, None)], ALL),
           "Telegram follow-up adding a team member by given name only; no organisation anywhere; 'vi andra' "
           "are registered already and not part of this request"),

        mail("ba037", "2027-03-18T13:15", ("Anette Hedin", "anette.hedin@vansbro.se"),
             "Anmälan DalaLab - Vansbro kommun",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>H&auml;r kommer v&aring;ra anm&auml;lningar till DalaLab. Jag deltar inte sj&auml;lv.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Befattning</th><th>E-post</th><th>Tr&auml;ffar</th></tr>
<tr><td>Mats Forsgren</td><td>Planarkitekt</td><td><a href="mailto:mats.forsgren@vansbro.se">mats.forsgren@vansbro.se</a></td><td>3 maj, 21 sept</td></tr>
<tr><td>Lisa Ek</td><td>Bygglovshandl&auml;ggare</td><td><a href="mailto:lisa.ek@vansbro.se">lisa.ek@vansbro.se</a></td><td>3 maj, 21 sept</td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>Anette Hedin<br>Administrat&ouml;r, Samh&auml;llsbyggnad<br>Vansbro kommun</p>
</body></html>
""",
             X("register", [P("Mats Forsgren", "mats.forsgren@vansbro.se", "Vansbro kommun"),
                            P("Lisa Ek", "lisa.ek@vansbro.se", "Vansbro kommun")], [S1, S2]),
             "HTML-only mail with entities and a table (name, title, address, sessions); sender does not attend"),

        mail("ba038", "2027-03-19T10:02", ("Karin Moberg", "karin.moberg@regiondalarna.se"),
             "DalaLab – anmälan arbetsgruppen Region/Lst",
             """Hej Linnea!

Vi har en gemensam arbetsgrupp med Länsstyrelsen kring regional planering, och vi har kommit överens om att jag anmäler hela gruppen på en gång:

Från Region Dalarna: jag själv och Erik Sundin (erik.sundin@regiondalarna.se)
Från Länsstyrelsen: Malin Åkerlund (malin.akerlund@lansstyrelsen.se) och Peter Grönlund

Alla fyra tillfällen för samtliga. Peter är glutenintolerant.

/Karin

Karin Moberg
Enhetschef Samhällsplanering
Region Dalarna
Tel 023-49 00 00
""",
             X("register", [P("Karin Moberg", "karin.moberg@regiondalarna.se", "Region Dalarna"),
                            P("Erik Sundin", "erik.sundin@regiondalarna.se", "Region Dalarna"),
                            P("Malin Åkerlund", "malin.akerlund@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Peter Grönlund", None, "Länsstyrelsen Dalarna", diet="glutenintolerant")],
               ALL, diet="glutenintolerant"),
             "two organisations (Region + Länsstyrelsen) in one mail; sender attends; Peter has no address but gets "
             "Länsstyrelsen from the text, not the sender's Region"),

        tg("ba039", "2027-03-22T21:48", "Gun Ahlberg", "6012297744",
           """hej anmäl bengt ahl o ulla fr bygg o miljö orsa. alla ggr. /gun""",
           X("register", [P("Bengt Ahl", None, "Orsa kommun"), P("Ulla", None, "Orsa kommun")], ALL),
           "terse lower-case Telegram with abbreviations ('o', 'fr', 'ggr'); one person by given name only; sender "
           "not included"),

        tg("ba040", "2027-03-24T11:33", "Farida K.", "1845563390",
           """Hej! Kan ni notera att Farid Nasser (Ludvika kommun) är laktosintolerant? Han är anmäld till 3 maj och 21 sep. Jag är hans chef och glömde skriva det i anmälan.""",
           X("change", [P("Farid Nasser", None, "Ludvika kommun", diet="laktosintolerant")], [S1, S2],
             diet="laktosintolerant"),
           "Telegram: manager adds a diet to an employee's existing signup -> change with his stated sessions"),

        mail("ba041", "2027-03-26T14:10", ("Johanna Engström", "johanna.engstrom@falun.se"),
             "DalaLab sign-up – two planners from Falun",
             """Hello Linnea,

I'd like to sign up two of my team members from Falu kommun's planning department:

• Omar Haidari – urban planner (omar.haidari@falun.se)
• Elisabeth "Lisa" Grönberg – sustainability strategist (elisabeth.gronberg@falun.se)

They will attend the spring session in Falun and the one in February 2028. I won't be attending myself this time, unfortunately – too much going on with the new comprehensive plan.

Best regards,
Johanna Engström
Head of Planning | Falu kommun
""",
             X("register", [P("Omar Haidari", "omar.haidari@falun.se", "Falu kommun"),
                            P("Elisabeth Grönberg", "elisabeth.gronberg@falun.se", "Falu kommun")], [S1, S4]),
             "English, manager explicitly not attending; nickname in quotes; 'spring session' = 3 May, 'February "
             "2028' = 22 Feb"),

        mail("ba042", "2027-03-29T07:31", ("Maria Lidén", "maria.liden@borlange.se"),
             "Automatiskt svar: Bekräftelse på anmälan till DalaLab",
             """Hej!

Jag är föräldraledig till och med 31 augusti 2027. Ärenden som gäller kursanmälningar och kompetensutveckling för Samhällsbyggnadsförvaltningen hanteras under tiden av Jonas Pettersson, jonas.pettersson@borlange.se.

Vid brådskande ärenden, ring växeln 0243-740 00.

Maria Lidén
HR-konsult
Borlänge kommun
""",
             X("auto_reply", [], []),
             "out-of-office from an HR consultant (no auto headers) naming a stand-in with address; not a signup"),

        mail("ba043", "2027-04-01T10:50", ("Tiina Mäkelä", "tiina.makela@smedjebacken.se"),
             "Fel mejladress i anmälan",
             """Hej,
jag skrev fel adress när jag anmälde Lovisa Granberg förra veckan (det blev lovisa.granberg@smedjebaken.se, utan c). Rätt adress är lovisa.granberg@smedjebacken.se. Hon är anmäld till alla fyra träffarna och det ska vara kvar så.

Tack på förhand!
Tiina Mäkelä
Nämndsekreterare
Smedjebackens kommun
""",
             X("change", [P("Lovisa Granberg", "lovisa.granberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "secretary corrects a colleague's mistyped address -> change; the wrong address must not be kept; "
             "sessions stated as all four"),

        tg("ba044", "2027-04-06T16:20", "Stefan Norling", "7456120093",
           """Hej. Tyvärr måste vi avanmäla alla tre från Gagnef (Sven Åkerman, Maja Lindfors och Tobias) från 21 september pga nedskärningar. Resten står kvar tills vidare""",
           X("cancel", [P("Sven Åkerman", None, "Gagnefs kommun"), P("Maja Lindfors", None, "Gagnefs kommun"),
                        P("Tobias", None, "Gagnefs kommun")], [S2]),
           "Telegram: manager withdraws a whole team from one session; one by given name only"),

        mail("ba045", "2027-04-08T12:12", ("Grace Mwangi", "grace.mwangi@borlange.se"),
             "RE: Bekräftelse – anmälan DalaLab (Borlänge kommun)",
             """Hi,

Thanks for confirming our three. We understand the limit is three per municipality, but if one of them drops out we would like Kim Åhlund (kim.ahlund@borlange.se) to take the place – could you put Kim on the waiting list for the same sessions?

Best,
Grace Mwangi
Coordinator, Planning & Development
Borlänge kommun

> Hej!
> Följande personer från Borlänge kommun är anmälda till DalaLab:
> Maja Lindberg – 3 maj 2027, 21 september 2027
> Reza Hosseini – 3 maj 2027, 21 september 2027
> Sofia Brandt – 3 maj 2027, 21 september 2027
> Kommunens tre platser är därmed fyllda.
>
> Vänliga hälsningar
> Anmälan, Region Dalarna
""",
             X("register", [P("Kim Åhlund", "kim.ahlund@borlange.se", "Borlänge kommun")], [S1, S2]),
             "English reply to our Swedish confirmation asking to waitlist a fourth person 'for the same sessions' "
             "(from the quote); the three quoted names are not part of the request"),
    ]
