"""Theme "groups": messages about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", titles,
Namn:/E-post: blocks, lower case, given names only); two organisations in one mail; a fourth person from one
kommun; substitutes; partial cancellations; per-person diets; and questions, automatic mail, erasure and spam
around such groups.

Conventions used here beyond the brief: for a substitution `people` holds the substitute first and then the person
replaced; when several people have different diets, the message-level `diet` is the first one mentioned.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        # 046 — HR secretary registers three planners, bullets with addresses, not attending herself
        mail("az046", "2027-01-12T09:14", ("Gunilla Wahlberg", "gunilla.wahlberg@borlange.se"),
             "Anmälan DalaLab – tre från Borlänge",
             """Hej Linnea,

På uppdrag av vår samhällsbyggnadschef anmäler jag följande tre medarbetare till DalaLab:

  • Petra Lindqvist, petra.lindqvist@borlange.se
  • Mattias Öhrn, mattias.ohrn@borlange.se
  • Yasmin Karimi, yasmin.karimi@borlange.se

De ska gå på hela lärprojektet. Själv deltar jag inte, men skicka gärna bekräftelsen med kopia till mig.

Vänliga hälsningar
Gunilla Wahlberg
Administratör, Samhällsbyggnadsförvaltningen
Borlänge kommun
0243-74 000 (vx)
""",
             X("register", [P("Petra Lindqvist", "petra.lindqvist@borlange.se", "Borlänge kommun"),
                            P("Mattias Öhrn", "mattias.ohrn@borlange.se", "Borlänge kommun"),
                            P("Yasmin Karimi", "yasmin.karimi@borlange.se", "Borlänge kommun")], ALL),
             "secretary registers three colleagues in a bullet list; sender not attending; whole project"),

        # 047 — manager registers himself + two, Namn:/E-post: blocks, two sessions
        mail("az047", "2027-01-19T16:02", ("Anders Hellström", "anders.hellstrom@falun.se"),
             "DalaLab anmälan",
             """Hej!

Vi vill anmäla oss från planenheten i Falun till de två första träffarna (3 maj och 21 september). Vi
vet inte än om vi kan gå på de senare, återkommer om det.

Namn: Anders Hellström
E-post: anders.hellstrom@falun.se

Namn: Sofie Brandt
E-post: sofie.brandt@falun.se

Namn: Niklas Ahmadi
E-post: niklas.ahmadi@falun.se
Kost: vegetarisk

Mvh
Anders Hellström
Enhetschef Översiktlig planering, Falu kommun
""",
             X("register", [P("Anders Hellström", "anders.hellstrom@falun.se", "Falu kommun"),
                            P("Sofie Brandt", "sofie.brandt@falun.se", "Falu kommun"),
                            P("Niklas Ahmadi", "niklas.ahmadi@falun.se", "Falu kommun", diet="vegetarisk")],
               [S1, S2], diet="vegetarisk"),
             "manager registers himself and two others in Namn:/E-post: blocks; two dated sessions; one diet"),

        # 048 — HTML table, Ludvika, per-person diets
        mail("az048", "2027-02-03T10:41", ("Planering Ludvika", "planering@ludvika.se"),
             "Anmälan till DalaLab från Ludvika kommun",
             """<html><body>
<p>Hej Linnea!</p>
<p>Här kommer Ludvikas anmälan till l&auml;rprojektet. Alla tre deltar p&aring; samtliga fyra tr&auml;ffar.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>Befattning</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Karolina Sjöberg</td><td>Översiktsplanerare</td><td>karolina.sjoberg@ludvika.se</td><td>glutenfri</td></tr>
<tr><td>Henrik Mäkinen</td><td>Planarkitekt</td><td>henrik.makinen@ludvika.se</td><td>&ndash;</td></tr>
<tr><td>Daniel Forsgren</td><td>Trafikplanerare</td><td>daniel.forsgren@ludvika.se</td><td>laktosfri</td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>
Funktionsbrevl&aring;da Planering<br>Ludvika kommun</p>
</body></html>""",
             X("register", [P("Karolina Sjöberg", "karolina.sjoberg@ludvika.se", "Ludvika kommun", diet="glutenfri"),
                            P("Henrik Mäkinen", "henrik.makinen@ludvika.se", "Ludvika kommun"),
                            P("Daniel Forsgren", "daniel.forsgren@ludvika.se", "Ludvika kommun", diet="laktosfri")],
               ALL, diet="glutenfri, laktosfri"),
             "HTML table roster from a function mailbox; per-person diets (message diet = all); all sessions",
             html=True),

        # 049 — "Efternamn, Förnamn" list, no addresses, function mailbox
        mail("az049", "2027-01-27T08:55", ("", "samhallsbyggnad@mora.se"),
             "Deltagare DalaLab",
             """Hej,

Följande från Mora kommun anmäls till DalaLab, samtliga tillfällen:

Eriksson, Malin
Gustafsson, Per-Olof
Nilsson Berg, Therese

E-postadresser följer vårt vanliga format om ni behöver dem.

/Samhällsbyggnadsförvaltningen, Mora kommun
""",
             X("register", [P("Malin Eriksson", None, "Mora kommun"),
                            P("Per-Olof Gustafsson", None, "Mora kommun"),
                            P("Therese Nilsson Berg", None, "Mora kommun")], ALL),
             "'Efternamn, Förnamn' list, double surname, no addresses given; function mailbox sender"),

        # 050 — two organisations: Säter sender + Hedemora colleague
        mail("az050", "2027-02-09T13:20", ("Ingrid Forsberg", "ingrid.forsberg@sater.se"),
             "Säter + Hedemora till DalaLab",
             """Hej Linnea

Vi har en gemensam översiktsplanering med Hedemora och vill därför gå tillsammans. Jag anmäler mig själv
och min kollega på Hedemora kommun, Oskar Widén (oskar.widen@hedemora.se). Vi kommer på alla fyra.

Oskar kan bli lite sen till första träffen, tåget från Hedemora är inte alltid i tid.

Hälsningar
Ingrid Forsberg
Planeringsarkitekt
Säters kommun
""",
             X("register", [P("Ingrid Forsberg", "ingrid.forsberg@sater.se", "Säters kommun"),
                            P("Oskar Widén", "oskar.widen@hedemora.se", "Hedemora kommun")], ALL),
             "two kommuner in one mail; colleague's org from his address; a late-arrival remark that changes nothing"),

        # 051 — fourth person from Leksand
        mail("az051", "2027-02-15T11:07", ("Björn Åkesson", "bjorn.akesson@leksand.se"),
             "Ytterligare en deltagare från Leksand?",
             """Hej,

Vi har redan tre anmälda från Leksand (Cecilia, Jon och jag själv). Nu har vi en ny planeringsstrateg,
Amira Haddad, som gärna skulle vilja vara med. Anmäl henne gärna om det finns plats, annars sätt henne på
en reservlista: amira.haddad@leksand.se

Tack!
Björn Åkesson
Leksands kommun
""",
             X("register", [P("Amira Haddad", "amira.haddad@leksand.se", "Leksands kommun")], ALL),
             "fourth person from a kommun whose three places are taken; only the newcomer is the request"),

        # 052 — substitute, Avesta
        mail("az052", "2027-03-02T14:33", ("Helena Strand", "helena.strand@avesta.se"),
             "SV: Anmälan DalaLab",
             """Hej igen,

Karl Berglund som var anmäld från oss har fått ett annat uppdrag och kan inte delta. Istället går Sara
Lindh (sara.lindh@avesta.se) på hans plats, på samma träffar som han var anmäld till, dvs alla.

Mvh Helena
HR-partner, Avesta kommun

> Från: Linnea Hassis
> Skickat: den 20 januari 2027
> Tack, Karl Berglund är nu anmäld till samtliga fyra träffar.
""",
             X("change", [P("Sara Lindh", "sara.lindh@avesta.se", "Avesta kommun"),
                          P("Karl Berglund", None, "Avesta kommun")], ALL),
             "HR swaps one registered colleague for a substitute taking all sessions; quoted confirmation"),

        # 053 — partial cancellation of one of three, no substitute
        mail("az053", "2027-03-09T07:48", ("Tove Grahn", "tove.grahn@rattvik.se"),
             "Ändring i vår anmälan",
             """God morgon Linnea,

En ändring för Rättviks del: Ellinor Sandberg kommer inte att kunna delta i DalaLab, hon har sagt upp sig.
Vi har ingen ersättare just nu. Mats och jag är kvar som tidigare.

Tove Grahn
Planchef, Rättviks kommun
""",
             X("cancel", [P("Ellinor Sandberg", None, "Rättviks kommun")], ALL),
             "subject says change but one colleague withdrawn without substitute -> cancel; others unchanged"),

        # 054 — partial session cancellation for two
        tg("az054", "2027-04-02T19:12", "Jenny Olausson", 6120447391,
           """Hej! Jenny här från Smedjebacken. Både jag och Rasmus Holm har krock med KF-sammanträde 21 sept så vi får stryka oss från den träffen. Övriga datum står fast""",
           X("cancel", [P("Jenny Olausson", None, "Smedjebackens kommun"),
                        P("Rasmus Holm", None, "Smedjebackens kommun")], [S2]),
           "telegram; sender and colleague cancel one session only, others remain"),

        # 055 — question about the group/quota
        mail("az055", "2027-01-08T15:26", ("Lena Hjort", "lena.hjort@gagnef.se"),
             "Fråga om antal deltagare",
             """Hej!

Innan jag anmäler någon: gäller max tre personer per kommun för hela projektet, eller per tillfälle? Vi är
fem planerare som gärna vill dela på platserna, så att olika personer går olika gånger.

Tacksam för svar.
Lena Hjort, Gagnefs kommun
""",
             X("question"),
             "quota question about rotating several people; nobody registered yet"),

        # 056 — out-of-office from function mailbox
        mail("az056", "2026-12-22T12:00", ("Planeringsavdelningen Orsa", "planering@orsa.se"),
             "Automatiskt svar: Anmälan DalaLab – Orsa",
             """Tack för ditt mejl.

Planeringsavdelningens funktionsbrevlåda bevakas inte mellan 23 december och 6 januari. Ärenden som gäller
bygglov hänvisas till kommunens kundtjänst, 0250-55 21 00.

Vi återkommer efter helgerna.

Orsa kommun
""",
             X("auto_reply"),
             "out-of-office from a function mailbox, subject mentions the signup"),

        # 057 — erasure of former employees
        mail("az057", "2027-03-16T10:05", ("Marie Kvist", "marie.kvist@vansbro.se"),
             "Radering av personuppgifter – före detta medarbetare",
             """Hej,

Jag arbetar med personalfrågor på Vansbro kommun. Tre personer som tidigare anmälts till era aktiviteter har
slutat hos oss: Johan Eklund, Maja Persson och Anton Lilja. Vi ber er därför att radera deras
personuppgifter ur era register enligt GDPR.

Med vänlig hälsning
Marie Kvist
HR-specialist
Vansbro kommun
""",
             X("erasure", [P("Johan Eklund", None, "Vansbro kommun"),
                           P("Maja Persson", None, "Vansbro kommun"),
                           P("Anton Lilja", None, "Vansbro kommun")]),
             "HR asks erasure for three former employees; sender not among people"),

        # 058 — spam: group travel offer
        mail("az058", "2027-02-20T06:30", ("Dala Gruppresor", "info@dalagruppresor-erbjudande.com"),
             "Grupprabatt för er konferensdelegation!",
             """Hej planerare!

Ska ni åka flera kollegor till en utbildning i Falun i vår? Boka er gruppresa med oss och få 25 % rabatt
på buss för grupper om 3–12 personer. Anmäl er grupp senast 14 april!

Klicka här för att boka: http://dalagruppresor-erbjudande.com/grupp

Vill du inte ha fler utskick? Avregistrera dig här.
""",
             X("unknown"),
             "spam that mimics group signup language (anmäl, grupp, 14 april)"),

        # 059 — telegram, sender + given names only
        tg("az059", "2027-01-30T21:44", "Emma Rask", 5583019267,
           """hej, vill anmäla mig + Lisa och Omar från Orsa kommun till dalalab 🙂 alla träffarna""",
           X("register", [P("Emma Rask", None, "Orsa kommun"),
                          P("Lisa", None, "Orsa kommun"),
                          P("Omar", None, "Orsa kommun")], ALL),
           "telegram; sender plus two colleagues by given name only"),

        # 060 — English, Region Dalarna manager registers team of four
        mail("az060", "2027-02-11T09:30", ("Richard Coleman", "richard.coleman@regiondalarna.se"),
             "Registration – regional development team",
             """Hi Linnea,

I'd like to register four people from our team at Region Dalarna for DalaLab – the full programme:

1. Ahmed Yusuf – ahmed.yusuf@regiondalarna.se
2. Kristina Falk – kristina.falk@regiondalarna.se (vegan)
3. Lars-Erik Dahl – lars-erik.dahl@regiondalarna.se
4. Paula Moreno – paula.moreno@regiondalarna.se

I won't attend myself, I'm afraid, but please copy me on anything practical.

Best regards,
Richard Coleman
Head of Unit, Regional Development
""",
             X("register", [P("Ahmed Yusuf", "ahmed.yusuf@regiondalarna.se", "Region Dalarna"),
                            P("Kristina Falk", "kristina.falk@regiondalarna.se", "Region Dalarna", diet="vegan"),
                            P("Lars-Erik Dahl", "lars-erik.dahl@regiondalarna.se", "Region Dalarna"),
                            P("Paula Moreno", "paula.moreno@regiondalarna.se", "Region Dalarna")],
               ALL, diet="vegan"),
             "English; region (no quota) registers four; sender explicitly not attending; one diet"),

        # 061 — Länsstyrelsen + Falu kommun
        mail("az061", "2027-03-04T13:58", ("Sanna Lövgren", "sanna.lovgren@lansstyrelsen.se"),
             "Anmälan 3 maj",
             """Hej!

Jag vill anmäla mig till första träffen 3 maj. Jag tar med mig Robin Ek från Falu kommun som jag samarbetar
med kring riksintressena, han har bett mig anmäla honom också (robin.ek@falun.se).

Mvh
Sanna Lövgren
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
""",
             X("register", [P("Sanna Lövgren", "sanna.lovgren@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Robin Ek", "robin.ek@falun.se", "Falu kommun")], [S1]),
             "Länsstyrelsen sender plus a Falun colleague; one session"),

        # 062 — diet change for registered colleagues, no session change
        mail("az062", "2027-03-22T10:19", ("Kommunledningskontoret Hedemora", "kommunledning@hedemora.se"),
             "Specialkost för våra anmälda",
             """Hej,

Kompletterar vår tidigare anmälan med specialkost:
- Frida Nord: glutenfri
- Stefan Olsson: glutenfri
Tredje personen (Ahmad) har ingen specialkost.

Hälsningar, kommunledningskontoret
Hedemora kommun
""",
             X("change", [P("Frida Nord", None, "Hedemora kommun", diet="glutenfri"),
                          P("Stefan Olsson", None, "Hedemora kommun", diet="glutenfri")], [], diet="glutenfri"),
             "function mailbox adds diets to existing registrations; third person explicitly unaffected"),

        # 063 — titles before names, Vansbro, one session
        mail("az063", "2027-02-24T15:45", ("Camilla Bergkvist", "camilla.bergkvist@vansbro.se"),
             "Vansbro till första DalaLab-träffen",
             """Hejsan,

Till träffen i Falun den 3:e maj anmäler vi planeringsarkitekt Jonas Ek, översiktsplanerare Maria Holm och
samhällsplanerare Fredrik Nyström. De övriga träffarna återkommer vi om när budgeten för hösten är klar.

Hälsningar
Camilla Bergkvist
Förvaltningssekreterare, Vansbro kommun
""",
             X("register", [P("Jonas Ek", None, "Vansbro kommun"),
                            P("Maria Holm", None, "Vansbro kommun"),
                            P("Fredrik Nyström", None, "Vansbro kommun")], [S1]),
             "job titles before names in running text; first session only; secretary not attending"),

        # 064 — reply to invitation, "höstens två träffar", quoted invite lists all dates
        mail("az064", "2027-03-11T08:12", ("Elisabeth Moberg", "elisabeth.moberg@alvdalen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi anmäler Nils Halvarsson (nils.halvarsson@alvdalen.se) och Greta Mattsson (greta.mattsson@alvdalen.se)
till höstens två träffar. Våren hinner de inte med tyvärr.

//Elisabeth, kanslienheten Älvdalen

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till lärprojektet DalaLab! Träffarna äger rum:
  3 maj 2027 i Falun
  21 september 2027
  29 november 2027
  22 februari 2028
Sista anmälningsdag 14 april 2027. Upp till tre personer per kommun.
""",
             X("register", [P("Nils Halvarsson", "nils.halvarsson@alvdalen.se", "Älvdalens kommun"),
                            P("Greta Mattsson", "greta.mattsson@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "reply above quoted invitation listing all dates; 'höstens två träffar' = S2+S3"),

        # 065 — "höstens träff" singular for a group
        mail("az065", "2027-03-18T14:27", ("Ulrika Dahlin", "ulrika.dahlin@malung-salen.se"),
             "Anmälan hösten",
             """Hej Linnea,

Vi skulle vilja skicka två personer från Malung-Sälen på höstens träff: Viktor Persson och Hanna Jonsson.
Adresser: viktor.persson@malung-salen.se, hanna.jonsson@malung-salen.se

/Ulrika
""",
             X("register", [P("Viktor Persson", "viktor.persson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Hanna Jonsson", "hanna.jonsson@malung-salen.se", "Malung-Sälens kommun")],
               [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular fits S2 and S3; addresses on a separate line in name order"),

        # 066 — bare swap for whole group
        mail("az066", "2027-04-06T11:50", ("Pernilla Ödman", "pernilla.odman@borlange.se"),
             "Byte av datum för Borlänges deltagare",
             """Hej,

Våra tre anmälda (Petra, Mattias och Yasmin) kan tyvärr inte den 3 maj på grund av ett
fullmäktigeärende. Kan vi byta den träffen mot den 21 september i stället?

Mvh Pernilla Ödman
Planeringschef
Borlänge kommun
""",
             X("change", [P("Petra", None, "Borlänge kommun"),
                          P("Mattias", None, "Borlänge kommun"),
                          P("Yasmin", None, "Borlänge kommun")], [S2]),
             "bare swap 3 maj -> 21 sept for a group given by first names only; manager not attending"),

        # 067 — more people than named
        mail("az067", "2027-02-01T09:03", ("Elin Sund", "elin.sund@gagnef.se"),
             "Anmälan Gagnef",
             """Hej!

Från Gagnef blir vi tre: jag själv, Mikael Stenberg (mikael.stenberg@gagnef.se) och ytterligare en person
från bygg- och miljö som inte är utsedd än. Jag hör av mig med namnet så snart jag vet.

Alla fyra tillfällena.

Elin Sund
Översiktsplanerare, Gagnefs kommun
""",
             X("register", [P("Elin Sund", "elin.sund@gagnef.se", "Gagnefs kommun"),
                            P("Mikael Stenberg", "mikael.stenberg@gagnef.se", "Gagnefs kommun")],
               ALL, unsure=["unnamed"]),
             "three said to come but only two named; third place reserved for someone unnamed"),

        # 068 — sender may attend
        mail("az068", "2027-03-25T16:40", ("Göran Sahlin", "goran.sahlin@sater.se"),
             "DalaLab",
             """Hej

Anmäler härmed Ida Wikström och Karl Jansson från Säters kommun till alla fyra träffar. Jag kanske hänger
på någon gång om kalendern tillåter, men det tar vi då.

Göran Sahlin
Samhällsbyggnadschef
""",
             X("register", [P("Ida Wikström", None, "Säters kommun"),
                            P("Karl Jansson", None, "Säters kommun")], ALL, unsure=["sender-attends"]),
             "manager registers two; vaguely might attend himself -> sender-attends unsure"),

        # 069 — colleague leaving, unclear whether replaced
        mail("az069", "2027-03-29T13:13", ("Anneli Björk", "anneli.bjork@ludvika.se"),
             "Henrik Mäkinen slutar",
             """Hej Linnea,

Henrik Mäkinen slutar hos oss sista april, så han kommer inte att kunna fortsätta i DalaLab efter första
träffen. Vi funderar på om hans efterträdare ska ta över platsen, men det är inte bestämt än.

Anneli Björk, Ludvika kommun
""",
             X("cancel", [P("Henrik Mäkinen", None, "Ludvika kommun")], [S2, S3, S4],
               unsure=["change-or-cancel"]),
             "colleague leaves after session 1; successor undecided -> cancel later sessions, change-or-cancel unsure"),

        # 070 — writer corrects sessions mid-mail
        mail("az070", "2027-02-17T10:22", ("Kerstin Alm", "kerstin.alm@avesta.se"),
             "Anmälan två personer",
             """Hej,

Jag vill anmäla Anna Höglund och Bo Sjödin (anna.hoglund@avesta.se, bo.sjodin@avesta.se) till 3 maj och
21 september. Nej förresten, jag kollade kalendern – 21 sept går inte, ta 29 november i stället.

Tack på förhand
Kerstin Alm, Avesta kommun
""",
             X("register", [P("Anna Höglund", "anna.hoglund@avesta.se", "Avesta kommun"),
                            P("Bo Sjödin", "bo.sjodin@avesta.se", "Avesta kommun")], [S1, S3],
               unsure=["corrected"]),
             "two addresses in one parenthesis; writer corrects 21 sept to 29 nov in the same mail"),

        # 071 — telegram, all lower case
        tg("az071", "2027-01-21T22:05", "sven", 7011843256,
           """anmäl oss tre från smedjebacken:
sven dahl
karin ström
ali hassan
alla träffar. karin är nötallergisk""",
           X("register", [P("Sven Dahl", None, "Smedjebackens kommun"),
                          P("Karin Ström", None, "Smedjebackens kommun", diet="nötallergisk"),
                          P("Ali Hassan", None, "Smedjebackens kommun")], ALL, diet="nötallergisk"),
           "telegram all lower case roster including sender; per-person diet"),

        # 072 — tab-separated roster pasted from a spreadsheet
        mail("az072", "2027-03-01T08:31", ("Annika Westin", "annika.westin@regiondalarna.se"),
             "Deltagarlista från Regionens planeringsenhet",
             """Hej Linnea!

Klistrar in listan från vårt kalkylark. Alla ska på samtliga träffar utom Tobias som bara kan den sista.

Efternamn\tFörnamn\tE-post
Holmgren\tJessica\tjessica.holmgren@regiondalarna.se
Larsson\tTobias\ttobias.larsson@regiondalarna.se
Zetterberg\tAnnika\tannika.zetterberg@regiondalarna.se

Annika W
""",
             X("register", [P("Jessica Holmgren", "jessica.holmgren@regiondalarna.se", "Region Dalarna"),
                            P("Tobias Larsson", "tobias.larsson@regiondalarna.se", "Region Dalarna"),
                            P("Annika Zetterberg", "annika.zetterberg@regiondalarna.se", "Region Dalarna")],
               ALL, unsure=["each-own-sessions"]),
             "HARD: spreadsheet paste, surname first; sender Annika Westin is not Annika Zetterberg; one person "
             "only S4 -> union ALL plus each-own-sessions"),

        # 073 — HTML mail, Malung-Sälen, per-person diet, two sessions
        mail("az073", "2027-01-14T14:09", ("Mona Lundgren", "mona.lundgren@malung-salen.se"),
             "Anmälan DalaLab",
             """<div style="font-family:Calibri">
<p>Hej,</p>
<p>Vi anm&auml;ler f&ouml;ljande till tr&auml;ffarna <b>3 maj</b> och <b>22 februari 2028</b>:</p>
<ul>
<li>Mona Lundgren (jag sj&auml;lv)</li>
<li>Patrik Eng &ndash; patrik.eng@malung-salen.se &ndash; vegan</li>
</ul>
<p>H&auml;lsningar<br>Mona Lundgren<br>Strategisk planerare | Malung-S&auml;lens kommun<br>
Tel 0280-181 00</p>
</div>""",
             X("register", [P("Mona Lundgren", "mona.lundgren@malung-salen.se", "Malung-Sälens kommun"),
                            P("Patrik Eng", "patrik.eng@malung-salen.se", "Malung-Sälens kommun", diet="vegan")],
               [S1, S4], diet="vegan"),
             "HTML list with entities; sender plus colleague; S1 and S4", html=True),

        # 074 — four from one kommun at once
        mail("az074", "2027-02-26T09:47", ("Johanna Nyberg", "johanna.nyberg@hedemora.se"),
             "Anmälan Hedemora – fyra personer",
             """Hej!

Vi är fyra från Hedemora som vill vara med i DalaLab hela året:

Johanna Nyberg (jag)
Frida Nord – frida.nord@hedemora.se
Stefan Olsson – stefan.olsson@hedemora.se
Ahmad Rahimi – ahmad.rahimi@hedemora.se

Om bara tre får plats prioriterar vi de tre första.

Mvh Johanna Nyberg, Hedemora kommun
""",
             X("register", [P("Johanna Nyberg", "johanna.nyberg@hedemora.se", "Hedemora kommun"),
                            P("Frida Nord", "frida.nord@hedemora.se", "Hedemora kommun"),
                            P("Stefan Olsson", "stefan.olsson@hedemora.se", "Hedemora kommun"),
                            P("Ahmad Rahimi", "ahmad.rahimi@hedemora.se", "Hedemora kommun")], ALL),
             "four people from one kommun in a single signup, with a priority order"),

        # 075 — each own sessions
        mail("az075", "2027-03-05T12:36", ("Lars Tidblad", "lars.tidblad@orsa.se"),
             "Orsa – anmälan",
             """Hej,

Vi delar upp det: Maria Granberg går på vårens träff och Erik Hedin tar höstens båda. Februari 2028 får
vi ta ställning till senare.

maria.granberg@orsa.se
erik.hedin@orsa.se

Lars Tidblad, kommunarkitekt, Orsa kommun
""",
             X("register", [P("Maria Granberg", "maria.granberg@orsa.se", "Orsa kommun"),
                            P("Erik Hedin", "erik.hedin@orsa.se", "Orsa kommun")], [S1, S2, S3],
               unsure=["each-own-sessions"]),
             "two people to different sessions (spring vs both autumn); addresses listed without names"),

        # 076 — substitute for one session
        mail("az076", "2027-04-08T15:03", ("Lena Wallin", "lena.wallin@mora.se"),
             "Ersättare 29/11",
             """Hej!

Jag är anmäld till alla träffarna men är föräldraledig i slutet av november. Min kollega Tomas Björklund
(tomas.bjorklund@mora.se) går i mitt ställe den 29/11. Resten går jag på som planerat.

Lena Wallin
Mora kommun
""",
             X("change", [P("Tomas Björklund", "tomas.bjorklund@mora.se", "Mora kommun"),
                          P("Lena Wallin", "lena.wallin@mora.se", "Mora kommun")], [S3]),
             "substitute for a single session (29/11); sender keeps the other sessions"),

        # 077 — cancel whole group
        mail("az077", "2027-04-09T10:28", ("Ronny Hedberg", "ronny.hedberg@alvdalen.se"),
             "Återkallande av anmälan",
             """Hej,

Efter beslut i ledningsgruppen drar Älvdalens kommun tillbaka anmälan för samtliga våra deltagare:
Nils Halvarsson, Greta Mattsson och Sigrid Ersson.

Vi beklagar och hoppas kunna vara med en annan gång.

Ronny Hedberg
Kommunchef, Älvdalens kommun
""",
             X("cancel", [P("Nils Halvarsson", None, "Älvdalens kommun"),
                          P("Greta Mattsson", None, "Älvdalens kommun"),
                          P("Sigrid Ersson", None, "Älvdalens kommun")], ALL),
             "kommunchef withdraws the whole group; names in running text; no sessions -> all"),

        # 078 — English question about an external consultant
        mail("az078", "2027-02-05T17:15", ("Johan Wiklund", "johan.wiklund@rattvik.se"),
             "Question re consultant",
             """Hello Linnea,

Our comprehensive plan is partly written by a consultant from Sweco who works closely with the three of us
already registered from Rättvik. Would it be possible for her to join as well, or does she count against
our three places? Just asking, I'm not registering anyone yet.

Kind regards,
Johan Wiklund
Rättviks kommun
""",
             X("question"),
             "English question whether an external consultant can join / counts against the quota"),

        # 079 — bounce for a group address
        mail("az079", "2027-01-13T09:15", ("Mail Delivery System", "MAILER-DAEMON@mail.borlange.se"),
             "Undeliverable: Bekräftelse – anmälan DalaLab",
             """This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    yasmin.karimi@borlange.se

Reason: 550 5.1.1 User unknown

----- Original message -----
Subject: Bekräftelse – anmälan DalaLab
Hej Yasmin! Du är anmäld till DalaLab: 3 maj, 21 september, 29 november och 22 februari.
""",
             X("auto_reply"),
             "bounce of a confirmation for one of a group's members; quoted dates are not a signup"),

        # 080 — signature/CC people not registered
        mail("az080", "2027-03-15T11:44", ("Agneta Rönn", "agneta.ronn@leksand.se"),
             "Anmälan DalaLab – Leksand",
             """Hej,

Anmäler Cecilia Bohlin och Jon Frisk, båda planarkitekter, till lärprojektet. Adresser enligt
fornamn.efternamn@leksand.se.

Jag själv (Agneta) tar den tredje platsen. Jag har cc:at vår förvaltningschef Eva Sténberg så att hon
ser att det är gjort, hon ska inte anmälas.

Agneta Rönn
Teamledare plan
Leksands kommun | Box 21, 793 21 Leksand
Kopia: Eva Sténberg, förvaltningschef
""",
             X("register", [P("Cecilia Bohlin", None, "Leksands kommun"),
                            P("Jon Frisk", None, "Leksands kommun"),
                            P("Agneta Rönn", "agneta.ronn@leksand.se", "Leksands kommun")], ALL),
             "HARD: address pattern given, not addresses; sender takes third place; cc'd chef explicitly not registered"),

        # 081 — one colleague registers separately
        mail("az081", "2027-02-22T13:35", ("Mikaela Franzén", "mikaela.franzen@falun.se"),
             "Ytterligare anmälan Falun",
             """Hej,

Vi anmäler Teodor Blom (teodor.blom@falun.se) till 21 september och 29 november. Sofie Brandt anmäler
sig själv separat till de senare träffarna, så henne behöver du inte göra något åt utifrån detta mejl.

Hälsningar
Mikaela Franzén
Administratör, Stadsbyggnadsförvaltningen Falun
""",
             X("register", [P("Teodor Blom", "teodor.blom@falun.se", "Falu kommun")], [S2, S3]),
             "colleague who 'anmäler sig själv separat' is not among people; secretary not attending"),

        # 082 — add a session for two, stated full set
        tg("az082", "2027-03-27T08:20", "Per Ahlgren", 5930018422,
           """Hej Linnea. Ulla Rydén och jag (Rättvik) är anmälda till 3 maj. Kan du lägga till 22 feb 2028 för oss båda? Tack!""",
           X("change", [P("Ulla Rydén", None, "Rättviks kommun"),
                        P("Per Ahlgren", None, "Rättviks kommun")], [S1, S4]),
           "telegram; add a session for sender and colleague; after-change sessions S1+S4"),

        # 083 — telegram, parental leave, substitute from autumn
        tg("az083", "2027-04-01T12:55", "Marcus Engström", 6648102375,
           """Hej! Marcus, planchef Säter. Hanna Lind går på föräldraledighet i sommar så stryk henne efter majträffen. Emil Rosén tar över hennes plats från hösten och framåt.""",
           X("change", [P("Emil Rosén", None, "Säters kommun"),
                        P("Hanna Lind", None, "Säters kommun")], [S2, S3, S4]),
           "HARD: manager on telegram; substitution from autumn on -> substitute takes S2,S3,S4; Hanna keeps S1"),

        # 084 — question about rotating people
        mail("az084", "2027-01-25T10:10", ("Plan och bygg Avesta", "planochbygg@avesta.se"),
             "Fråga: olika personer olika gånger?",
             """Hej,

Vi är ett litet team. Går det bra att vi skickar olika personer till de olika träffarna, så länge vi aldrig
är fler än tre samtidigt? Och behöver vi i så fall meddela namnen i förväg inför varje tillfälle?

Mvh
Plan- och byggenheten, Avesta kommun
""",
             X("question"),
             "function mailbox asks whether different people may attend different sessions"),

        # 085 — erasure of three including sender
        mail("az085", "2027-04-10T09:02", ("Jessica Holmgren", "jessica.holmgren@regiondalarna.se"),
             "Ta bort våra uppgifter",
             """Hej,

Vi på planeringsenheten (Tobias Larsson, Annika Zetterberg och jag) har bestämt att inte delta. Vi vill
att ni tar bort alla våra personuppgifter från deltagarlistan och era system.

Jessica
""",
             X("erasure", [P("Jessica Holmgren", "jessica.holmgren@regiondalarna.se", "Region Dalarna"),
                           P("Tobias Larsson", None, "Region Dalarna"),
                           P("Annika Zetterberg", None, "Region Dalarna")], [],
               unsure=["intent"]),
             "group withdraws AND asks to erase data; labelled erasure (keeps people), intent unsure"),

        # 086 — internal forward sent by mistake
        mail("az086", "2027-01-18T14:48", ("Stina Karlberg", "stina.karlberg@ludvika.se"),
             "VB: Inbjudan DalaLab",
             """Hej alla i planteamet,

Vidarebefordrar inbjudan nedan. Titta i era kalendrar så pratar vi om vilka som ska gå på APT:n på
torsdag.

/Stina

-------- Vidarebefordrat meddelande --------
Från: Linnea Hassis
Ämne: Inbjudan DalaLab
Fyra träffar: 3 maj, 21 september, 29 november 2027 och 22 februari 2028. Anmälan senast 14 april.
""",
             X("unknown"),
             "internal forward to the team that also reached the organiser; no request yet"),

        # 087 — English/Swedish mix, Region + Länsstyrelsen
        mail("az087", "2027-02-19T16:25", ("Ewa Nowak", "ewa.nowak@regiondalarna.se"),
             "DalaLab – signup Region + Lst",
             """Hi Linnea / hej,

Please sign up me and Magnus Törnqvist from Länsstyrelsen (magnus.tornqvist@lansstyrelsen.se) for sessions
1 and 3 – dvs 3 maj och 29 nov. Magnus är celiaki-patient so he needs gluten-free food.

Tack & thanks!
Ewa Nowak
Region Dalarna, Regional utveckling
""",
             X("register", [P("Ewa Nowak", "ewa.nowak@regiondalarna.se", "Region Dalarna"),
                            P("Magnus Törnqvist", "magnus.tornqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="gluten-free")], [S1, S3], diet="gluten-free"),
             "mixed English/Swedish; region + länsstyrelsen; sessions by number and date; diet on colleague"),

        # 088 — Namn/E-post/Kost blocks, Säter, S1 and S4
        mail("az088", "2027-03-31T09:38", ("Säters kommun Registrator", "registrator@sater.se"),
             "Anmälan DalaLab (3/5 och 22/2)",
             """Anmälan enligt inbjudan, tillfällena 3/5 2027 och 22/2 2028.

Namn: Ida Wikström
E-post: ida.wikstrom@sater.se
Kost: -

Namn: Karl Jansson
E-post: karl.jansson@sater.se
Kost: Vegetarisk

Registrator
Säters kommun
""",
             X("register", [P("Ida Wikström", "ida.wikstrom@sater.se", "Säters kommun"),
                            P("Karl Jansson", "karl.jansson@sater.se", "Säters kommun", diet="Vegetarisk")],
               [S1, S4], diet="Vegetarisk"),
             "registrator mailbox; Namn/E-post/Kost blocks with empty diet '-'; dates as d/m"),

        # 089 — sender cancels herself only; colleagues unchanged
        mail("az089", "2027-04-07T07:15", ("Karolina Sjöberg", "karolina.sjoberg@ludvika.se"),
             "Avanmälan",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab p.g.a. ändrade arbetsuppgifter. Daniel och Henrik gäller som
förut.

Mvh
Karolina Sjöberg
""",
             X("cancel", [P("Karolina Sjöberg", "karolina.sjoberg@ludvika.se", "Ludvika kommun")], ALL),
             "sender cancels herself; colleagues 'gäller som förut' are not among people"),

        # 090 — telegram, self + boss with diet, d/m dates
        tg("az090", "2027-02-13T18:30", "Sara Lindh", 5102938475,
           """Hej! Sara Lindh, Avesta kommun. Vill anmäla mig och min chef Göran Lund till 3/5 och 21.9. Göran är glutenfri""",
           X("register", [P("Sara Lindh", None, "Avesta kommun"),
                          P("Göran Lund", None, "Avesta kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
           "telegram; sender and her boss; dates as 3/5 and 21.9; diet on the boss"),
    ]
