"""Batch 59, writer "kommungrupper" (bi061–bi120).

Theme: municipalities, Region Dalarna and Länsstyrelsen Dalarna sending their group to DalaLab (the quota is three a
municipality). Group leaders and planners sign up themselves and one to three colleagues; administrators and
managers sign up colleagues without attending themselves; names come as lists, tables pasted from Excel or Outlook,
"namn – e-post – kost" lines or running sentences, with diets per person and some colleagues without an address.
Groups of four ask whether the fourth can come or share the places between dates; later mail adds a fourth, swaps
one member for another, removes one member or tells one member's new diet. Mostly e-mail, sixteen Telegram messages
from the group's contact; a few questions, automatic replies, a thank-you and one whole group cancelled.
Written from the scenario and the labelled examples only, without looking at the parser.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION_QUOTE = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Till: {to}
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, om
strategisk översiktsplanering och planeringsstrategier. Lärprojektet består av fyra träffar:

- 3 maj 2027 kl. 10–15 i Falun (fika från 09.30), tillsammans med Boverket
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, e-post och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        mail(
            "bi061", "2026-12-02T09:12", ("Maria Holm", "maria.holm@borlange.se"),
            "Anmälan DalaLab – Borlänge kommun",
            """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Vi vill gärna skicka tre personer från Borlänge kommun:

- Maria Holm (jag), maria.holm@borlange.se
- Anders Lundin, anders.lundin@borlange.se
- Fatima Osman, fatima.osman@borlange.se – vegetarisk

Vi är alla tre med på samtliga fyra träffar.

Med vänliga hälsningar

Maria Holm
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Borlänge kommun
781 81 Borlänge
Tfn 0243-74 00 00
""",
            X("register", [P("Maria Holm", "maria.holm@borlange.se", "Borlänge kommun"),
                           P("Anders Lundin", "anders.lundin@borlange.se", "Borlänge kommun"),
                           P("Fatima Osman", "fatima.osman@borlange.se", "Borlänge kommun", diet="vegetarisk")],
              ALL, "vegetarisk"),
            "planner signs up herself and two colleagues as a bullet list with addresses; diet for one; "
            "'samtliga fyra träffar' = all four; postcode and phone are not dates"),

        mail(
            "bi062", "2026-12-03T14:40", ("Birgitta Sjödin", "birgitta.sjodin@leksand.se"),
            "DalaLab anmälan",
            """Hej,

Jag är administratör på plan- och byggenheten och har fått i uppdrag av vår enhetschef att anmäla våra deltagare till DalaLab. Själv ska jag inte delta.

Jenny Halvarsson – jenny.halvarsson@leksand.se – laktosfri
Nils Berg – nils.berg@leksand.se – ingen specialkost
Oscar Wahlström – oscar.wahlstrom@leksand.se – vegetarisk

De kommer på alla fyra tillfällena. Hör av dig om du behöver något mer från oss.

Vänliga hälsningar
Birgitta Sjödin
Administratör, Samhällsbyggnad
Leksands kommun
0247-800 00
""",
            X("register", [P("Jenny Halvarsson", "jenny.halvarsson@leksand.se", "Leksands kommun", diet="laktosfri"),
                           P("Nils Berg", "nils.berg@leksand.se", "Leksands kommun"),
                           P("Oscar Wahlström", "oscar.wahlstrom@leksand.se", "Leksands kommun",
                             diet="vegetarisk")],
              ALL, "laktosfri, vegetarisk"),
            "administrator registers three colleagues and says she will not attend -> not in people; "
            "'namn – e-post – kost' lines, 'ingen specialkost' is no diet; two distinct diets joined"),

        tg(
            "bi063", "2026-12-04T20:31", "Helena Rask", 6034418820,
            "Hej! Helena Rask här, planarkitekt i Mora kommun. Vill anmäla mig + Kalle Persson och Ida Nordin "
            "till dalalab, alla träffar. Ida är vegetarian 🌱",
            X("register", [P("Helena Rask", None, "Mora kommun"),
                           P("Kalle Persson", None, "Mora kommun"),
                           P("Ida Nordin", None, "Mora kommun", diet="vegetarian")],
              ALL, "vegetarian"),
            "Telegram: group contact signs up herself and two colleagues, no addresses; 'alla träffar'; "
            "diet for one colleague written 'vegetarian'"),

        mail(
            "bi064", "2026-12-07T10:05", ("Per-Olof Strand", "per-olof.strand@regiondalarna.se"),
            "Anmälan från Samhällsplanering till DalaLab",
            """Hej Linnea,

Här kommer anmälan från vår enhet. Jag har klistrat in direkt från vår lista nedan. Jag själv kommer inte att delta, men återkoppla gärna till mig när de är registrerade.

Förnamn\tEfternamn\tE-post\tSpecialkost
Lena\tDahlberg\tlena.dahlberg@regiondalarna.se\t
Mikael\tForsman\tmikael.forsman@regiondalarna.se\tglutenfri
Sanna\tKivelä\tsanna.kivela@regiondalarna.se\t
Jonatan\tEk\tjonatan.ek@regiondalarna.se\tvegansk

Alla fyra ska gå på samtliga träffar.

Hälsningar
Per-Olof Strand
Enhetschef, Samhällsplanering
Regional utveckling
Region Dalarna
""",
            X("register", [P("Lena Dahlberg", "lena.dahlberg@regiondalarna.se", "Region Dalarna"),
                           P("Mikael Forsman", "mikael.forsman@regiondalarna.se", "Region Dalarna",
                             diet="glutenfri"),
                           P("Sanna Kivelä", "sanna.kivela@regiondalarna.se", "Region Dalarna"),
                           P("Jonatan Ek", "jonatan.ek@regiondalarna.se", "Region Dalarna", diet="vegansk")],
              ALL, "glutenfri, vegansk"),
            "Region Dalarna manager pastes an Excel table (tabs, first and last name in separate columns) of four "
            "colleagues and does not attend; 'Alla fyra' is the four people, sessions are 'samtliga träffar'"),

        mail(
            "bi065", "2026-12-09T11:20", ("Göran Lilja", "goran.lilja@hedemora.se"),
            "DalaLab",
            """Hej!

Jag och min kollega Marie Åberg (marie.aberg@hedemora.se) från Hedemora kommun vill gärna vara med på träffarna den 3 maj och 21 september. Marie behöver laktosfri kost. Vi återkommer om de senare träffarna när vi vet hur hösten och vintern ser ut hos oss.

/Göran Lilja
Planchef, Hedemora kommun
""",
            X("register", [P("Göran Lilja", "goran.lilja@hedemora.se", "Hedemora kommun"),
                           P("Marie Åberg", "marie.aberg@hedemora.se", "Hedemora kommun", diet="laktosfri")],
              [S1, S2], "laktosfri"),
            "running sentence: sender + one colleague with address; '3 maj och 21 september'; later sessions "
            "only as a maybe"),

        mail(
            "bi066", "2026-12-10T08:47", ("Karolina Berg", "karolina.berg@falun.se"),
            "Fråga om antal deltagare per kommun",
            """Hej Linnea,

Vi är fyra personer inom Falu kommun som är intresserade av DalaLab – två från översiktsplaneringen på samhällsbyggnadsförvaltningen och två från hållbarhetsenheten på kommunledningskontoret.

Gäller "upp till tre personer per kommun" hela kommunen, eller per förvaltning? Vi vill inte anmäla fler än vi får, så jag väntar med anmälan tills jag hört från dig.

Tack på förhand!

Karolina Berg
Strateg, Samhällsbyggnadsförvaltningen
Falu kommun
""",
            X("question"),
            "question about how the quota is counted before signing up; no names, no signup yet"),

        mail(
            "bi067", "2026-12-14T13:02", ("Annelie Hammar", "annelie.hammar@lansstyrelsen.se"),
            "Anmälan Länsstyrelsen Dalarna – DalaLab",
            """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Vi från Länsstyrelsen Dalarna, enheten för samhällsplanering, anmäler följande personer till DalaLab (alla träffar):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Annelie Hammar</td><td>annelie.hammar@lansstyrelsen.se</td><td>&ndash;</td></tr>
<tr><td>Pontus Rydén</td><td>pontus.ryden@lansstyrelsen.se</td><td>glutenfri</td></tr>
<tr><td>Sofie Lindahl</td><td>sofie.lindahl@lansstyrelsen.se</td><td>vegetarisk</td></tr>
</table>
<p>&nbsp;</p>
<p>Med vänlig hälsning<br>
Annelie Hammar<br>
Handläggare, Enheten för samhällsplanering<br>
Länsstyrelsen Dalarna<br>
010-225 00 00</p>
<p style="font-size:8pt;color:#888">När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter enligt dataskyddsförordningen.</p>
</body></html>
""",
            X("register", [P("Annelie Hammar", "annelie.hammar@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                           P("Pontus Rydén", "pontus.ryden@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                             diet="glutenfri"),
                           P("Sofie Lindahl", "sofie.lindahl@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                             diet="vegetarisk")],
              ALL, "glutenfri, vegetarisk"),
            "HTML-only mail with a table (sender in the first row, so she attends); 'alla träffar'; GDPR footer",
            html=True),

        tg(
            "bi068", "2026-12-15T12:14", "Therese Kolmodin", 1287764309,
            "Hej, anmäler mig och min kollega Lars Björk från Säters kommun till alla fyra träffarna. "
            "Lars äter glutenfri kost. Tack!",
            X("register", [P("Therese Kolmodin", None, "Säters kommun"),
                           P("Lars Björk", None, "Säters kommun", diet="glutenfri")],
              ALL, "glutenfri"),
            "Telegram: sender + colleague, no addresses; diet for the colleague only"),

        mail(
            "bi069", "2026-12-16T15:36", ("Elsa Nordqvist", "elsa.nordqvist@gagnef.se"),
            "Anmälan DalaLab Gagnef + fråga om fjärde plats",
            """Hej!

Vi från Gagnefs kommun vill anmäla oss till DalaLab, samtliga tillfällen:

1. Elsa Nordqvist, elsa.nordqvist@gagnef.se
2. Martin Holmgren, martin.holmgren@gagnef.se
3. Linda Ström, linda.strom@gagnef.se (nötallergi)

Jag såg att det är max tre per kommun, men vi har en nyanställd planarkitekt, Adam Jönsson (adam.jonsson@gagnef.se), som verkligen skulle ha nytta av det här. Finns det någon möjlighet att han kan följa med som fjärde? Om det blir platser över vill vi gärna anmäla honom också, annars förstår vi förstås.

Hälsningar
Elsa Nordqvist
Samhällsplanerare
Gagnefs kommun
""",
            X("register", [P("Elsa Nordqvist", "elsa.nordqvist@gagnef.se", "Gagnefs kommun"),
                           P("Martin Holmgren", "martin.holmgren@gagnef.se", "Gagnefs kommun"),
                           P("Linda Ström", "linda.strom@gagnef.se", "Gagnefs kommun", diet="nötallergi"),
                           P("Adam Jönsson", "adam.jonsson@gagnef.se", "Gagnefs kommun")],
              ALL, "nötallergi"),
            "group of four: three listed and a fourth asked for 'om det blir platser över' -> all four in people "
            "(the quota is the reply's business); 'samtliga tillfällen'"),

        mail(
            "bi070", "2026-12-18T09:58", ("Roger Mattsson", "roger.mattsson@avesta.se"),
            "DalaLab - deltagare från Avesta",
            """Hej Linnea.

Jag är förvaltningschef för samhällsbyggnad i Avesta och vill anmäla tre av mina medarbetare till DalaLab: Josefin Ahlberg (josefin.ahlberg@avesta.se), Kenneth Nyström och Leila Haddad. Kenneth och Leila har inte fått sina nya e-postadresser ännu efter omorganisationen, så skicka gärna allt via Josefin tills vidare.

Jag deltar inte själv. De ska gå på samtliga tillfällen. Leila är vegetarian.

MVH
Roger Mattsson
Förvaltningschef
Samhällsbyggnadsförvaltningen, Avesta kommun

Skickat från Outlook för iOS
""",
            X("register", [P("Josefin Ahlberg", "josefin.ahlberg@avesta.se", "Avesta kommun"),
                           P("Kenneth Nyström", None, "Avesta kommun"),
                           P("Leila Haddad", None, "Avesta kommun", diet="vegetarian")],
              ALL, "vegetarian"),
            "manager registers three colleagues in a sentence and says 'Jag deltar inte själv'; two without "
            "addresses"),

        tg(
            "bi071", "2026-12-20T18:05", "Ove Lindblom", 5519027743,
            "hej, hur många får man vara per kommun på dalalab? vi är 4 på planenheten i rättvik som är sugna",
            X("question"),
            "Telegram question about the quota; no signup"),

        mail(
            "bi072", "2027-01-07T08:22", ("Jessica Fors", "jessica.fors@malung-salen.se"),
            "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Hej!

Vi blir två från Malung-Sälen: jag och Tobias Grahn (tobias.grahn@malung-salen.se). Vi kommer på första och sista träffen, de två i höst krockar tyvärr med vår budgetprocess.

Mvh Jessica

Jessica Fors | Planeringsarkitekt | Malung-Sälens kommun | 0280-181 00

""" + INVITATION_QUOTE.format(to="Fors Jessica <jessica.fors@malung-salen.se>"),
            X("register", [P("Jessica Fors", "jessica.fors@malung-salen.se", "Malung-Sälens kommun"),
                           P("Tobias Grahn", "tobias.grahn@malung-salen.se", "Malung-Sälens kommun")],
              [S1, S4]),
            "Outlook reply to the invitation (quoted part lists all four dates and the quota); 'första och sista "
            "träffen' = 3 May + 22 Feb; sender + one colleague"),

        mail(
            "bi073", "2027-01-08T13:45", ("Anders Wester", "anders.wester@orsa.se"),
            "anmälan dalalab orsa",
            """Hej,

Här kommer Orsas anmälan till DalaLab:

Anders Wester – anders.wester@orsa.se – ingen
Maja Lönn – maja.lonn@orsa.se – vegan
Hampus Skoog – (har ingen egen mejl ännu, nås via mig) – laktosfri

Alla träffar.

Hälsn
Anders

--
Anders Wester
Planeringschef, Orsa kommun
""",
            X("register", [P("Anders Wester", "anders.wester@orsa.se", "Orsa kommun"),
                           P("Maja Lönn", "maja.lonn@orsa.se", "Orsa kommun", diet="vegan"),
                           P("Hampus Skoog", None, "Orsa kommun", diet="laktosfri")],
              ALL, "vegan, laktosfri"),
            "'namn – e-post – kost' lines including the sender; one colleague has no address; 'ingen' is no diet"),

        mail(
            "bi074", "2027-01-11T10:10", ("Sara Bäckman", "sara.backman@smedjebacken.se"),
            "Anmälan till DalaLab",
            """Hej Linnea,

Jag anmäler härmed mig själv och två kollegor till DalaLab, alla fyra träffarna:

Bäckman Sara <sara.backman@smedjebacken.se>; Engström Patrik <patrik.engstrom@smedjebacken.se>; Mäkinen Riikka <riikka.makinen@smedjebacken.se>

(kopierat ur Outlook, därav efternamnet först)

Ingen av oss har några särskilda kostönskemål.

Vänliga hälsningar
Sara Bäckman
Samhällsplanerare
Smedjebackens kommun
""",
            X("register", [P("Sara Bäckman", "sara.backman@smedjebacken.se", "Smedjebackens kommun"),
                           P("Patrik Engström", "patrik.engstrom@smedjebacken.se", "Smedjebackens kommun"),
                           P("Riikka Mäkinen", "riikka.makinen@smedjebacken.se", "Smedjebackens kommun")],
              ALL),
            "recipients pasted from Outlook's To field ('Efternamn Förnamn <addr>;'), names labelled first name "
            "first; no diet"),

        tg(
            "bi075", "2027-01-12T07:48", "Mikael Sund", 822301467,
            "Tjena! Mikael Sund, Vansbro kommun. Anmäler mig själv och Tove Ahl, vi kan bara 3 maj o 29 nov. "
            "Tove är vegan",
            X("register", [P("Mikael Sund", None, "Vansbro kommun"),
                           P("Tove Ahl", None, "Vansbro kommun", diet="vegan")],
              [S1, S3], "vegan"),
            "Telegram: sender + colleague for two named sessions; 'o' for och"),

        mail(
            "bi076", "2027-01-13T14:30", ("Eva Rönnqvist", "eva.ronnqvist@ludvika.se"),
            "Anmälan DalaLab – Ludvika kommun (3 personer)",
            """Hej!

På uppdrag av samhällsbyggnadschefen anmäler jag nedanstående tre medarbetare till DalaLab. Jag är nämndadministratör och deltar alltså inte själv.

Namn               | E-post                        | Kost
-------------------+-------------------------------+-----------
Robert Engberg     | robert.engberg@ludvika.se     | –
Hanna Lindfors     | hanna.lindfors@ludvika.se     | glutenfri
Samir Al-Khatib    | samir.al-khatib@ludvika.se    | –

Anmälan gäller samtliga fyra träffar.

Med vänlig hälsning
Eva Rönnqvist
Nämndadministratör
Samhällsbyggnadsförvaltningen
Ludvika kommun
""",
            X("register", [P("Robert Engberg", "robert.engberg@ludvika.se", "Ludvika kommun"),
                           P("Hanna Lindfors", "hanna.lindfors@ludvika.se", "Ludvika kommun", diet="glutenfri"),
                           P("Samir Al-Khatib", "samir.al-khatib@ludvika.se", "Ludvika kommun")],
              ALL, "glutenfri"),
            "administrator registers three colleagues in a plain-text table and states she does not attend",
            charset="windows-1252"),

        mail(
            "bi077", "2027-01-14T16:12", ("Malin Ersson", "malin.ersson@alvdalen.se"),
            "Anmälan",
            """Hej Linnea!

Nu har vi pratat ihop oss på kontoret och vi blir tre från Älvdalen: jag själv, Olle Jansson och Karin Mört. Olle har mejl olle.jansson@alvdalen.se, Karin har ingen jobbmejl än eftersom hon börjar först i februari. Vi vill vara med på alla träffarna. Karin dricker inte mjölk, så laktosfri kost till henne om det går.

Hälsningar
Malin Ersson
Älvdalens kommun
""",
            X("register", [P("Malin Ersson", "malin.ersson@alvdalen.se", "Älvdalens kommun"),
                           P("Olle Jansson", "olle.jansson@alvdalen.se", "Älvdalens kommun"),
                           P("Karin Mört", None, "Älvdalens kommun", diet="laktosfri")],
              ALL, "laktosfri"),
            "running sentences: sender + two colleagues, one without an address; diet for one; "
            "'i februari' is a start date, not a session", charset="iso-8859-1"),

        mail(
            "bi078", "2027-01-18T09:03", ("Maria Holm", "maria.holm@borlange.se"),
            "Ändring i Borlänges anmälan till DalaLab",
            """Hej igen Linnea,

En ändring för vår grupp: Anders Lundin har fått ett nytt uppdrag och kan inte delta. I stället kommer Erik Viklund (erik.viklund@borlange.se) att gå på alla träffar. Erik har inga kostönskemål. Fatima och jag är kvar som tidigare.

/Maria
""",
            X("change", [P("Anders Lundin", None, "Borlänge kommun"),
                         P("Erik Viklund", "erik.viklund@borlange.se", "Borlänge kommun")],
              ALL),
            "substitution in a group: Anders out, Erik in for all sessions; people lists both; the sender and "
            "Fatima stay and are not part of the request"),

        mail(
            "bi079", "2027-01-19T10:40", ("Ove Lindblom", "ove.lindblom@rattvik.se"),
            "Anmälan DalaLab Rättvik",
            """Hej!

Tack för snabbt svar i Telegram. Då blir det vi tre från Rättviks kommun: Ove Lindblom (jag), Petra Hjort och Yusuf Demir. Petras mejl är petra.hjort@rattvik.se och Yusuf nås på yusuf.demir@rattvik.se. Den fjärde kollegan får vänta till nästa omgång.

Vi anmäler oss till alla träffar. Petra är vegetarian.

Ove Lindblom
Planeringsarkitekt
Rättviks kommun
Tel 0248-700 00
""",
            X("register", [P("Ove Lindblom", "ove.lindblom@rattvik.se", "Rättviks kommun"),
                           P("Petra Hjort", "petra.hjort@rattvik.se", "Rättviks kommun", diet="vegetarian"),
                           P("Yusuf Demir", "yusuf.demir@rattvik.se", "Rättviks kommun")],
              ALL, "vegetarian"),
            "follow-up to a quota question: sender + two colleagues in sentences; the unnamed fourth colleague "
            "is not registered"),

        tg(
            "bi080", "2027-01-21T12:30", "Helena Rask", 6034418820,
            "Hej igen! En ändring för Mora: Kalle Persson har blivit vegan sen vi anmälde oss, så vegansk kost "
            "till honom på alla träffar tack",
            X("change", [P("Kalle Persson", None, "Mora kommun")], ALL, "vegansk"),
            "Telegram: group contact gives one member's new diet -> change for that member only; he is "
            "registered for all sessions"),

        mail(
            "bi081", "2027-01-22T08:55", ("Karolina Berg", "karolina.berg@falun.se"),
            "SV: Fråga om antal deltagare per kommun",
            """Tack för beskedet! Då anmäler vi tre från Falu kommun:

Karolina Berg – karolina.berg@falun.se
Jesper Hallin – jesper.hallin@falun.se – glutenfri
Ylva Tornberg – ylva.tornberg@falun.se

Vi kommer på alla fyra träffarna. Med den fjärde kollegan avvaktar vi.

Karolina

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 11 december 2026 09:30
Till: Karolina Berg <karolina.berg@falun.se>
Ämne: SV: Fråga om antal deltagare per kommun

Hej Karolina!

Det gäller per kommun, alltså max tre personer från Falu kommun totalt.

Hälsningar
Linnea

-----Ursprungligt meddelande-----
Från: Karolina Berg <karolina.berg@falun.se>
Skickat: den 10 december 2026 08:47
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Fråga om antal deltagare per kommun

Hej Linnea,

Vi är fyra personer inom Falu kommun som är intresserade av DalaLab. Gäller "upp till tre personer per kommun" hela kommunen, eller per förvaltning?
""",
            X("register", [P("Karolina Berg", "karolina.berg@falun.se", "Falu kommun"),
                           P("Jesper Hallin", "jesper.hallin@falun.se", "Falu kommun", diet="glutenfri"),
                           P("Ylva Tornberg", "ylva.tornberg@falun.se", "Falu kommun")],
              ALL, "glutenfri"),
            "Outlook reply with two quoted mails; signup of sender + two; 'alla fyra träffarna'; the unnamed "
            "fourth colleague waits; quoted dates are not sessions"),

        mail(
            "bi082", "2027-01-25T14:18", ("Per-Olof Strand", "per-olof.strand@regiondalarna.se"),
            "SV: Anmälan från Samhällsplanering till DalaLab",
            """Hej Linnea,

Vi vill lägga till ytterligare en person från vår enhet: Hedvig Sandström, hedvig.sandstrom@regiondalarna.se. Hon kommer på de två sista träffarna (29 nov och 22 feb). Vanlig kost.

Jag förutsätter att taket på tre inte gäller oss på regionen, säg till annars.

/P-O
""",
            X("register", [P("Hedvig Sandström", "hedvig.sandstrom@regiondalarna.se", "Region Dalarna")],
              [S3, S4]),
            "manager adds a fifth Region Dalarna person to an earlier signup (he does not attend); "
            "'de två sista träffarna (29 nov och 22 feb)'; 'Vanlig kost' is no diet"),

        mail(
            "bi083", "2027-01-27T11:00", ("Birgitta Sjödin", "birgitta.sjodin@leksand.se"),
            "SV: DalaLab anmälan",
            """Hej,

Nils Berg har tyvärr sagt upp sig och slutar hos oss i februari, så han ska strykas från DalaLab. Jenny och Oscar är kvar som anmälda. Vi återkommer om vi hittar någon som kan ta den lediga platsen.

Vänliga hälsningar
Birgitta Sjödin
Administratör, Samhällsbyggnad
Leksands kommun
""",
            X("cancel", [P("Nils Berg", None, "Leksands kommun")], ALL),
            "administrator removes one member of the group (no session named -> all four); the others stay; "
            "'i februari' is his last month, not a session"),

        mail(
            "bi084", "2027-01-28T09:30", ("Roger Mattsson", "roger.mattsson@avesta.se"),
            "DalaLab – en fjärde från Avesta?",
            """Hej igen.

Vi har ytterligare en medarbetare, Tuva Granlund (tuva.granlund@avesta.se), som gärna vill vara med på DalaLab. Jag vet att det är tre platser per kommun och att de redan är tagna av Josefin, Kenneth och Leila, men om det finns möjlighet att sätta henne på en reservlista, eller om någon kommun inte fyller sina platser, så anmäler jag henne härmed till alla träffar.

Roger Mattsson
Förvaltningschef, Avesta kommun
""",
            X("register", [P("Tuva Granlund", "tuva.granlund@avesta.se", "Avesta kommun")], ALL),
            "manager signs up a fourth from his municipality for a waiting list; the three already registered "
            "are only mentioned"),

        tg(
            "bi085", "2027-02-01T08:10", "Gustav Berglund", 944120587,
            "Hej! Jag heter Gustav Berglund och jobbar på Länsstyrelsen Dalarna ihop med Annelie Hammar. "
            "Hon sa att jag kunde anmäla mig själv här som fjärde från oss. Jag kan alla träffar utom 21 sept.",
            X("register", [P("Gustav Berglund", None, "Länsstyrelsen Dalarna")], [S1, S3, S4]),
            "Telegram: fourth member of the Länsstyrelsen group signs himself up; 'alla träffar utom 21 sept'; "
            "Annelie only mentioned"),

        mail(
            "bi086", "2027-02-02T13:27", ("Lotta Grönlund", "lotta.gronlund@hedemora.se"),
            "Anmälan av kollegor utan e-post?",
            """Hej!

Jag är administratör på tekniska förvaltningen i Hedemora. Några av våra medarbetare som skulle kunna vara intresserade av DalaLab jobbar ute i verksamheten och har ingen egen e-postadress. Går det bra att anmäla dem ändå, och går bekräftelsen i så fall till mig? Behöver ni något mer än namn och kostönskemål?

Tacksam för svar.

Lotta Grönlund
Hedemora kommun
""",
            X("question"),
            "administrator asks how to register colleagues without e-mail; nobody named, no signup"),

        tg(
            "bi087", "2027-02-03T19:40", "Anders Wester", 5102239984,
            "Hej, Anders i Orsa. Hampus Skoog har fått mejl nu: hampus.skoog@orsa.se – lägg gärna in det på "
            "hans anmälan (alla träffar) så han får utskicken direkt",
            X("change", [P("Hampus Skoog", "hampus.skoog@orsa.se", "Orsa kommun")], ALL),
            "Telegram: group contact adds a colleague's new address to his existing signup (all sessions) -> "
            "change; sender only writes for him"),

        mail(
            "bi088", "2027-02-08T11:34", ("Elsa Nordqvist", "elsa.nordqvist@gagnef.se"),
            "SV: Anmälan DalaLab Gagnef + fråga om fjärde plats",
            """Hej Linnea,

Tack för svaret, vi förstår att Adam inte får en egen plats. Men Linda Ström kan inte komma den 21 september (hon är på semester), så kan Adam Jönsson gå i hennes ställe just den gången? Övriga träffar går Linda själv.

Hälsningar
Elsa
""",
            X("change", [P("Linda Ström", None, "Gagnefs kommun"),
                         P("Adam Jönsson", None, "Gagnefs kommun")],
              [S2]),
            "one-session substitution inside a group: Adam goes instead of Linda on 21 Sep only; people both; "
            "sessions = what the substitute takes"),

        mail(
            "bi089", "2027-02-09T21:02", ("Mikael Sund", "mikael.sund@vansbro.se"),
            "DalaLab Vansbro – en träff till",
            """Hej!

Vi skrev via Telegram förut. Nu kan både Tove Ahl och jag komma den 21 september också, så lägg gärna till den. Då är vi med 3/5, 21/9 och 29/11.

/Mikael Sund, Vansbro kommun

Skickat från min iPhone
""",
            X("change", [P("Mikael Sund", "mikael.sund@vansbro.se", "Vansbro kommun"),
                         P("Tove Ahl", None, "Vansbro kommun")],
              [S1, S2, S3]),
            "sender and colleague add a session to an existing signup -> change; sessions after the change"),

        mail(
            "bi090", "2027-02-10T09:05", ("Pontus Rydén", "pontus.ryden@lansstyrelsen.se"),
            "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
            """Hej!

Jag är föräldraledig till och med den 28 februari och läser inte min e-post. Vid brådskande ärenden, kontakta Länsstyrelsens växel 010-225 00 00 eller enhetens funktionsbrevlåda samhallsplanering.dalarna@lansstyrelsen.se.

Vänliga hälsningar
Pontus Rydén
Länsstyrelsen Dalarna
""",
            X("auto_reply"),
            "out-of-office from a group member who got the confirmation; '28 februari' is no session"),

        mail(
            "bi091", "2027-02-11T14:50", ("Daniel Okafor", "daniel.okafor@hedemora.se"),
            "Registration DalaLab",
            """Hi Linnea,

I am a new planner at Hedemora kommun (started in January). Göran Lilja told me there is one place left for Hedemora in DalaLab, so I would like to register myself for all four sessions. I am vegetarian.

My Swedish is improving but I prefer English in writing, I hope that is fine.

Best regards,
Daniel Okafor
Planning architect
Hedemora kommun
""",
            X("register", [P("Daniel Okafor", "daniel.okafor@hedemora.se", "Hedemora kommun")], ALL,
              "vegetarian"),
            "English self-signup taking his municipality's third place; Göran only mentioned; 'all four sessions'"),

        mail(
            "bi092", "2027-02-12T10:27", ("Kristoffer Holm", "kristoffer.holm@sater.se"),
            "DalaLab – fördelning av Säters platser",
            """Hej Linnea,

Vi är fyra i Säter som vill vara med i DalaLab. Therese Kolmodin och Lars Björk har redan anmält sig och går på alla träffar. Vi tänkte att Alva Nord och Björn Ek delar på den tredje platsen så att vi aldrig är fler än tre på samma träff:

Alva Nord, alva.nord@sater.se – 3 maj och 21 september
Björn Ek, bjorn.ek@sater.se – 29 november och 22 februari

Jag anmäler alltså Alva och Björn enligt ovan. Säg till om det inte fungerar med er kvot. Själv är jag inte med.

Med vänlig hälsning
Kristoffer Holm
Plan- och byggchef
Säters kommun
""",
            X("register", [P("Alva Nord", "alva.nord@sater.se", "Säters kommun"),
                           P("Björn Ek", "bjorn.ek@sater.se", "Säters kommun")],
              ALL),
            "group of four sharing places: the manager registers two colleagues who split the third place by "
            "date (Alva 3/5 + 21/9, Björn 29/11 + 22/2); the sessions asked for together are all four; the two "
            "already registered are only mentioned; sender does not attend"),

        tg(
            "bi093", "2027-02-15T13:10", "Jessica Fors", 7245510983,
            "Hej! Jessica på Malung-Sälens kommun. Vi vill anmäla två till från oss till höstens träffar, "
            "21/9 och 29/11: Sofia Eriksson och Pekka Niemi. Tobias och jag går ju bara på maj och februari, "
            "så vi blir aldrig fler än tre per träff 🙂",
            X("register", [P("Sofia Eriksson", None, "Malung-Sälens kommun"),
                           P("Pekka Niemi", None, "Malung-Sälens kommun")],
              [S2, S3]),
            "Telegram: contact adds two colleagues for the autumn sessions; her own and Tobias' sessions are "
            "only mentioned"),

        mail(
            "bi094", "2027-02-16T08:40", ("Malin Ersson", "malin.ersson@alvdalen.se"),
            "Digitalt deltagande?",
            """Hej!

En fråga från oss i Älvdalen: Karin Mört som är anmäld bor i Idre, och det blir en lång resa till Falun för en dag. Finns det möjlighet att delta digitalt på någon av träffarna, eller är det bara på plats?

Hälsningar
Malin
""",
            X("question"),
            "question about remote participation for a registered colleague; no change requested"),

        mail(
            "bi095", "2027-02-17T15:15", ("Eva Rönnqvist", "eva.ronnqvist@ludvika.se"),
            "SV: Anmälan DalaLab – Ludvika kommun (3 personer)",
            """Hej!

En ändring i Ludvikas anmälan: Samir Al-Khatib byts ut mot Therese Wik (therese.wik@ludvika.se) från och med första träffen och framåt. Therese behöver glutenfri kost.

Robert och Hanna är kvar som tidigare.

Med vänlig hälsning
Eva Rönnqvist
Nämndadministratör, Ludvika kommun

-----Ursprungligt meddelande-----
Från: Eva Rönnqvist
Skickat: den 13 januari 2027 14:30
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab – Ludvika kommun (3 personer)

På uppdrag av samhällsbyggnadschefen anmäler jag nedanstående tre medarbetare till DalaLab.
Robert Engberg, Hanna Lindfors, Samir Al-Khatib. Anmälan gäller samtliga fyra träffar.
""",
            X("change", [P("Samir Al-Khatib", None, "Ludvika kommun"),
                         P("Therese Wik", "therese.wik@ludvika.se", "Ludvika kommun", diet="glutenfri")],
              ALL, "glutenfri"),
            "administrator swaps one member for another from the first session on (= all four); the "
            "substitute's diet; quoted original lists the group"),

        mail(
            "bi096", "2027-02-18T09:50", ("Johanna Melin", "johanna.melin@regiondalarna.se"),
            "Anmälan DalaLab – Kollektivtrafikförvaltningen",
            """<html><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Vi är tre från Region Dalarnas kollektivtrafikförvaltning som vill anmäla oss till DalaLab. Vi är mest intresserade av träffen om tillgänglighet, men vill gärna följa hela lärprojektet. Klistrar in från Excel:</p>
<table style="border-collapse:collapse;width:480pt" cellspacing="0" cellpadding="0">
<tr><td style="border:.5pt solid windowtext">Namn</td><td style="border:.5pt solid windowtext">Befattning</td><td style="border:.5pt solid windowtext">E-post</td><td style="border:.5pt solid windowtext">Kost</td></tr>
<tr><td style="border:.5pt solid windowtext">Johanna Melin</td><td style="border:.5pt solid windowtext">Trafikplanerare</td><td style="border:.5pt solid windowtext">johanna.melin@regiondalarna.se</td><td style="border:.5pt solid windowtext"></td></tr>
<tr><td style="border:.5pt solid windowtext">Arvid Sjöholm</td><td style="border:.5pt solid windowtext">Strateg</td><td style="border:.5pt solid windowtext">arvid.sjoholm@regiondalarna.se</td><td style="border:.5pt solid windowtext">laktosfri</td></tr>
<tr><td style="border:.5pt solid windowtext">Zeynep Aydin</td><td style="border:.5pt solid windowtext">Utredare</td><td style="border:.5pt solid windowtext">zeynep.aydin@regiondalarna.se</td><td style="border:.5pt solid windowtext"></td></tr>
</table>
<p>Tack!<br>Johanna</p>
<p style="color:#1F4E79">Johanna Melin<br>Trafikplanerare<br>Kollektivtrafikförvaltningen<br>Region Dalarna</p>
</div></body></html>
""",
            X("register", [P("Johanna Melin", "johanna.melin@regiondalarna.se", "Region Dalarna"),
                           P("Arvid Sjöholm", "arvid.sjoholm@regiondalarna.se", "Region Dalarna", diet="laktosfri"),
                           P("Zeynep Aydin", "zeynep.aydin@regiondalarna.se", "Region Dalarna")],
              ALL, "laktosfri"),
            "HTML mail with an Excel-pasted table (sender in it); interest in one session but 'hela "
            "lärprojektet' -> all four", html=True),

        tg(
            "bi097", "2027-02-19T16:45", "Josefin Ahlberg", 6688142037,
            "Hej, Josefin från Avesta kommun här. Leila Haddad som är anmäld till alla träffar äter inte "
            "vegetariskt längre, hon vill ha halal. Går det att ändra?",
            X("change", [P("Leila Haddad", None, "Avesta kommun")], ALL, "halal"),
            "Telegram: group contact changes one member's diet; she is registered for all sessions"),

        mail(
            "bi098", "2027-02-22T11:11", ("Sara Bäckman", "sara.backman@smedjebacken.se"),
            "Avanmälan DalaLab – Smedjebackens kommun",
            """Hej Linnea,

Tyvärr måste vi avanmäla hela Smedjebackens grupp från DalaLab, det vill säga Sara Bäckman, Patrik Engström och Riikka Mäkinen. Vi har fått ett stort detaljplaneärende med hårda tidsramar och förvaltningsledningen har beslutat att vi inte kan gå ifrån under året.

Ledsen för det! Platserna får gärna gå till någon annan, och vi hoppas kunna vara med nästa gång.

Vänliga hälsningar
Sara Bäckman
Samhällsplanerare
Smedjebackens kommun
""",
            X("cancel", [P("Sara Bäckman", "sara.backman@smedjebacken.se", "Smedjebackens kommun"),
                         P("Patrik Engström", None, "Smedjebackens kommun"),
                         P("Riikka Mäkinen", None, "Smedjebackens kommun")],
              ALL),
            "whole group cancelled by its contact (herself included); no session named -> all four"),

        mail(
            "bi099", "2027-02-24T10:02", ("Stefan Gustafsson", "stefan.gustafsson@vansbro.se"),
            "VB: DalaLab?",
            """Hej Linnea,

Alma får gärna ta Vansbros tredje plats. Jag anmäler henne härmed, se nedan.

Stefan Gustafsson
Samhällsbyggnadschef, Vansbro kommun

Från: Alma Persson <alma.persson@vansbro.se>
Skickat: den 23 februari 2027 15:41
Till: Stefan Gustafsson <stefan.gustafsson@vansbro.se>
Ämne: DalaLab?

Hej Stefan!

Mikael och Tove ska ju på DalaLab, och jag har hört att det finns en plats kvar för oss. Jag skulle gärna vilja gå på alla träffar, det passar bra med arbetet med den nya översiktsplanen. Är det ok för dig? Jag behöver glutenfri kost.

/Alma
""",
            X("register", [P("Alma Persson", "alma.persson@vansbro.se", "Vansbro kommun")], ALL, "glutenfri"),
            "manager forwards (VB:) a colleague's internal request and registers her; her address and diet "
            "('glutenfri kost') only in the forwarded part; Mikael and Tove only mentioned"),

        tg(
            "bi100", "2027-02-26T07:35", "Ida Nordin", 5871203396,
            "Hej! Får man byta vem som går mellan träffarna eller måste det vara samma tre personer från "
            "kommunen hela vägen?",
            X("question"),
            "Telegram question about rotating group members; no request"),

        mail(
            "bi101", "2027-03-01T13:40", ("Malin Ersson", "malin.ersson@alvdalen.se"),
            "Olle Jansson – DalaLab",
            """Hej!

Olle Jansson har gått på föräldraledighet och kommer inte att kunna vara med på någon av träffarna, så stryk honom från anmälan. Karin och jag går som planerat.

Hälsningar
Malin Ersson
Älvdalens kommun
""",
            X("cancel", [P("Olle Jansson", None, "Älvdalens kommun")], ALL),
            "contact removes one member ('någon av träffarna' -> all four); the other two stay"),

        mail(
            "bi102", "2027-03-02T09:12", ("Birgitta Sjödin", "birgitta.sjodin@leksand.se"),
            "DalaLab – ny deltagare från Leksand",
            """Hej Linnea,

Nu har vi en ny deltagare som tar den plats som blev ledig i vår grupp:

Amanda Fält – amanda.falt@leksand.se – vegetarisk

Hon går på alla fyra träffarna. Jag deltar fortfarande inte själv.

Vänliga hälsningar
Birgitta Sjödin
Administratör, Samhällsbyggnad
Leksands kommun
""",
            X("register", [P("Amanda Fält", "amanda.falt@leksand.se", "Leksands kommun")], ALL, "vegetarisk"),
            "administrator registers a new member for the free place (no one named as replaced); sender not "
            "attending"),

        tg(
            "bi103", "2027-03-03T20:20", "Ove Lindblom", 5519027743,
            "Hej! Ove i Rättvik igen. Yusuf Demir kan inte komma 3 maj men är med på resten, så stryk honom "
            "bara från första träffen",
            X("cancel", [P("Yusuf Demir", None, "Rättviks kommun")], [S1]),
            "Telegram: contact cancels one member for one session only"),

        mail(
            "bi104", "2027-03-04T08:30", ("Maria Holm", "maria.holm@borlange.se"),
            "SV: Bekräftelse: anmälan till DalaLab",
            """Hej Linnea,

Fatima Osman har nyligen fått veta att hon inte tål gluten, så hon behöver både vegetarisk och glutenfri kost på träffarna framöver. Kan du ändra det?

Tack!
Maria

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 19 januari 2027 10:12
Till: Holm Maria <maria.holm@borlange.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Maria!

Följande deltagare från Borlänge kommun är anmälda till DalaLab: Maria Holm, Erik Viklund och Fatima Osman.

Träffar:
- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Hälsningar
DalaLab, Region Dalarna
""",
            X("change", [P("Fatima Osman", None, "Borlänge kommun")], ALL, "vegetarisk, glutenfri"),
            "reply to a group confirmation: one member's new diet (two needs in one value); she is registered "
            "for all four per the quoted confirmation"),

        mail(
            "bi105", "2027-03-05T14:05", ("Martin Holmgren", "martin.holmgren@gagnef.se"),
            "Kostnad och övernattning?",
            """Hej,

Vi är tre anmälda från Gagnef. Kostar det något att delta i DalaLab, och behöver vi boka övernattning själva inför träffarna, eller är det bara dagar?

Mvh
Martin Holmgren
Gagnefs kommun
""",
            X("question"),
            "question from a registered group member about cost and lodging"),

        tg(
            "bi106", "2027-03-08T11:47", "Ronja Edlund", 7012355418,
            "Hej! Jag jobbar på Region Dalarna, kulturförvaltningen. Maja Olsson tipsade om DalaLab. Kan jag "
            "och min kollega Henrik Stål komma på 3 maj och 22 feb? Ingen specialkost för någon av oss.",
            X("register", [P("Ronja Edlund", None, "Region Dalarna"),
                           P("Henrik Stål", None, "Region Dalarna")],
              [S1, S4]),
            "Telegram: sender + colleague at Region Dalarna for two sessions; Maja only mentioned; no diet"),

        mail(
            "bi107", "2027-03-09T10:20", ("Helena Rask", "helena.rask@mora.se"),
            "Byte av deltagare DalaLab – Mora",
            """Hej Linnea!

Ida Nordin går över till en annan tjänst i april, så i stället för henne kommer Jonas Eriksson (jonas.eriksson@mora.se) att gå på alla träffar. Kalle och jag är kvar.

Mvh Helena Rask
Planarkitekt, Mora kommun
""",
            X("change", [P("Ida Nordin", None, "Mora kommun"),
                         P("Jonas Eriksson", "jonas.eriksson@mora.se", "Mora kommun")],
              ALL),
            "substitution by e-mail from the Telegram group contact: Ida out, Jonas in for all sessions"),

        mail(
            "bi108", "2027-03-10T15:55", ("Jenny Halvarsson", "jenny.halvarsson@leksand.se"),
            "SV: Bekräftelse: anmälan till DalaLab",
            """Tack, ser fram emot det!

/Jenny

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 2 mars 2027 11:05
Till: Sjödin Birgitta; Halvarsson Jenny; Wahlström Oscar; Fält Amanda
Ämne: Bekräftelse: anmälan till DalaLab

Hej!

Följande deltagare från Leksands kommun är anmälda till DalaLab: Jenny Halvarsson, Oscar Wahlström och Amanda Fält. Träffarna hålls 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.

Hälsningar
DalaLab, Region Dalarna
""",
            X("unknown"),
            "group member's reply-all thank-you to the confirmation; no request; the quoted confirmation "
            "names people and dates"),

        tg(
            "bi109", "2027-03-12T09:15", "Lars Björk", 1398825067,
            "hej, jag blev anmäld av Therese i Säter. kan du lägga in min mejl lars.bjork@sater.se på "
            "anmälan? är med på alla träffarna",
            X("change", [P("Lars Björk", "lars.bjork@sater.se", "Säters kommun")], ALL),
            "Telegram: a group member registered by a colleague adds his own address -> change; all sessions"),

        mail(
            "bi110", "2027-03-15T08:05", ("Aisha Rahimi", "aisha.rahimi@lansstyrelsen.se"),
            "Registration for DalaLab – Länsstyrelsen Dalarna",
            """Hi Linnea,

On behalf of the climate and energy unit at the County Administrative Board (Länsstyrelsen Dalarna), I would like to register two colleagues for DalaLab:

- Ingrid Moberg, ingrid.moberg@lansstyrelsen.se
- Tom Becker, tom.becker@lansstyrelsen.se (vegan)

They would like to join the sessions on 21 September and 29 November. I will not attend myself.

Kind regards,
Aisha Rahimi
Unit manager
Länsstyrelsen Dalarna
""",
            X("register", [P("Ingrid Moberg", "ingrid.moberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                           P("Tom Becker", "tom.becker@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")],
              [S2, S3], "vegan"),
            "English: manager registers two colleagues and says she will not attend; two named sessions"),

        mail(
            "bi111", "2027-03-17T13:33", ("Göran Lilja", "goran.lilja@hedemora.se"),
            "SV: DalaLab",
            """Hej,

Nu vet vi hur hösten ser ut. Marie Åberg och jag kan komma även den 29 november, men inte den 22 februari. Vi är alltså med 3 maj, 21 september och 29 november. Daniel är anmäld till alla sedan tidigare och det gäller fortfarande.

/Göran
""",
            X("change", [P("Göran Lilja", "goran.lilja@hedemora.se", "Hedemora kommun"),
                         P("Marie Åberg", None, "Hedemora kommun")],
              [S1, S2, S3]),
            "sender and colleague add 29 Nov to their signup -> change, sessions after the change; Daniel only "
            "mentioned"),

        tg(
            "bi112", "2027-03-19T17:40", "Mikael Sund", 822301467,
            "hej! Alma Persson i Vansbro kan tyvärr inte komma 29 nov, hon är på kurs då. övriga träffar står "
            "kvar",
            X("cancel", [P("Alma Persson", None, "Vansbro kommun")], [S3]),
            "Telegram: group contact cancels one member for one session"),

        mail(
            "bi113", "2027-03-22T10:45", ("Sara Bäckman", "sara.backman@smedjebacken.se"),
            "DalaLab – Smedjebacken ändå med",
            """Hej Linnea,

Vi har fått lite luft i planeringen och ledningen har sagt ja till att en av oss ändå deltar. Patrik Engström (patrik.engstrom@smedjebacken.se) anmäls därför till de tre sista träffarna, alltså 21 september, 29 november och 22 februari. Den första i maj går inte för honom.

Riikka och jag står över den här gången.

Vänliga hälsningar
Sara Bäckman
Smedjebackens kommun
""",
            X("register", [P("Patrik Engström", "patrik.engstrom@smedjebacken.se", "Smedjebackens kommun")],
              [S2, S3, S4]),
            "after cancelling the whole group, the contact re-registers one colleague for the last three "
            "sessions; she and Riikka do not attend"),

        mail(
            "bi114", "2027-03-24T12:00", ("Annelie Hammar", "annelie.hammar@lansstyrelsen.se"),
            "Automatiskt svar: DalaLab – information inför första träffen",
            """Tack för ditt meddelande. Jag är på tjänsteresa 22–26 mars och har begränsad tillgång till e-post. Jag svarar så snart jag kan efter hemkomst.

Brådskande ärenden: ring Länsstyrelsens växel 010-225 00 00.

Annelie Hammar
Länsstyrelsen Dalarna
""",
            X("auto_reply"),
            "out-of-office from a group contact; '22–26 mars' is a date range, not a session"),

        tg(
            "bi115", "2027-03-26T08:50", "Nadia Ali", 6301847729,
            "Hej! Jag heter Nadia Ali och jobbar på hållbarhetsenheten i Falu kommun. Karolina Berg sa att "
            "kommunens tre platser är fulla men att jag kunde skriva hit. Anmäl mig gärna till alla träffar "
            "om någon plats blir ledig!",
            X("register", [P("Nadia Ali", None, "Falu kommun")], ALL),
            "Telegram: fourth person from a full municipality signs up for a waiting place; Karolina only "
            "mentioned"),

        mail(
            "bi116", "2027-04-01T09:25", ("Elsa Nordqvist", "elsa.nordqvist@gagnef.se"),
            "Byte i Gagnefs grupp – DalaLab",
            """Hej Linnea!

Linda Ström har bytt jobb och slutar hos oss, så Adam Jönsson (adam.jonsson@gagnef.se) tar hennes plats på samtliga träffar. Adam har inga allergier eller kostönskemål.

Martin och jag är kvar som vanligt.

Hälsningar
Elsa Nordqvist
Gagnefs kommun
""",
            X("change", [P("Linda Ström", None, "Gagnefs kommun"),
                         P("Adam Jönsson", "adam.jonsson@gagnef.se", "Gagnefs kommun")],
              ALL),
            "substitution for all sessions: Linda out, Adam in; 'inga allergier eller kostönskemål' is no diet"),

        mail(
            "bi117", "2027-04-06T14:14", ("Robert Engberg", "robert.engberg@ludvika.se"),
            "Lokal 3 maj?",
            """Hej,

Vi är tre från Ludvika som ska åka till första träffen i Falun och funderar på samåkning. Var i Falun är det, och skickar ni ut ett program innan?

Mvh Robert Engberg
Ludvika kommun
""",
            X("question"),
            "question about the venue from a registered group member; mentions the first session but asks "
            "nothing about registration"),

        tg(
            "bi118", "2027-04-07T19:05", "Malin Ersson", 5930718842,
            "Hej! Malin här från Älvdalens kommun. Vi har en ny kollega som tar den lediga platsen i vår grupp: "
            "Viktor Dahl, alla träffar, ingen specialkost. Tack!",
            X("register", [P("Viktor Dahl", None, "Älvdalens kommun")], ALL),
            "Telegram: contact registers a new member for the free place; no diet; sender already registered "
            "and not part of this request"),

        mail(
            "bi119", "2027-04-08T15:30", ("Ingela Morén", "ingela.moren@orsa.se"),
            "Politiker på DalaLab?",
            """Hej Linnea,

Jag är kommunstyrelsens ordförande i Orsa. Jag vet att våra planerare redan är anmälda, men om det finns plats vill jag och byggnadsnämndens ordförande Sten Olander gärna vara med på första träffen den 3 maj. Det vore värdefullt för oss politiker att höra Boverkets del.

Är det inte möjligt förstår vi det, men anmäl oss gärna i så fall.

Vänliga hälsningar
Ingela Morén (C)
Kommunstyrelsens ordförande
Orsa kommun
""",
            X("register", [P("Ingela Morén", "ingela.moren@orsa.se", "Orsa kommun"),
                           P("Sten Olander", None, "Orsa kommun")],
              [S1]),
            "politician signs up herself and a colleague politician for one session beyond the quota "
            "('anmäl oss gärna'); the planners are only mentioned"),

        mail(
            "bi120", "2027-04-09T08:15", ("Mats Lindqvist", "mats.lindqvist@lansstyrelsen.se"),
            "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Hej Linnea!

Anmäl gärna Frida Holmström (frida.holmstrom@lansstyrelsen.se) och Oskar Lund (oskar.lund@lansstyrelsen.se) från vår enhet till de två första träffarna. Jag deltar inte själv. Frida är laktosintolerant, Oskar äter allt.

Hälsningar
Mats Lindqvist
Enhetschef, Naturvårdsenheten
Länsstyrelsen Dalarna

""" + INVITATION_QUOTE.format(to="Lindqvist Mats <mats.lindqvist@lansstyrelsen.se>"),
            X("register", [P("Frida Holmström", "frida.holmstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                             diet="laktosintolerant"),
                           P("Oskar Lund", "oskar.lund@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
              [S1, S2], "laktosintolerant"),
            "manager forwards (VB:) the invitation and registers two colleagues without attending; 'de två "
            "första träffarna' = 3 May + 21 Sep per the forwarded list; diet written 'laktosintolerant'"),
    ]
