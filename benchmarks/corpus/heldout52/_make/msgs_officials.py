"""Writer "officials" (bc001–bc045): formal mail and short Telegram messages from public-sector staff — planning
architects, heads of units, registrars, HR, municipal secretaries, consultants hired by municipalities, and staff at
Region Dalarna and Länsstyrelsen Dalarna. Titles before names, long signatures with phones, addresses and GDPR
disclaimers, delegations as tables and bullet lists (some with, some without addresses, one with a reserve), managers
who register others without attending (or attend only some sessions), references to diarienummer and decisions, a
registrar forwarding a signup from the municipality's general mailbox, withdrawing one colleague while keeping
others, quota questions, substitutions, plus out-of-office, a registrar's automatic receipt, a newsletter,
misdirected mail and erasure requests."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bc001", "2026-12-02T10:17", ("Söderlund Maria", "maria.soderlund@borlange.se"),
             "Anmälan DalaLab – Borlänge kommun",
             """Hej Linnea,

Härmed anmäler Samhällsbyggnadsförvaltningen i Borlänge följande tre medarbetare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, samtliga träffar:

Namn                 Titel                     E-post
-------------------  ------------------------  -----------------------------
Jenny Wahlström      Översiktsplanerare        jenny.wahlstrom@borlange.se
Mikael Granath       Planeringsarkitekt        mikael.granath@borlange.se
Louise Tapper        Trafikplanerare           louise.tapper@borlange.se

Själv kommer jag inte att delta, men jag vill gärna ha en kopia på bekräftelsen så att jag kan lägga in träffarna i enhetens planering.

Med vänlig hälsning

Maria Söderlund
Enhetschef, Enheten för strategisk planering
Samhällsbyggnadsförvaltningen
Borlänge kommun

Besöksadress: Röda vägen 50, 781 81 Borlänge
Telefon: 0243-740 00 (växel), direkt 0243-748 12
maria.soderlund@borlange.se | www.borlange.se

________________________________
Detta e-postmeddelande och eventuella bilagor är endast avsedda för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det. När du skickar e-post till Borlänge kommun behandlas dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.borlange.se/personuppgifter
""",
             X("register", [P("Jenny Wahlström", "jenny.wahlstrom@borlange.se", "Borlänge kommun"),
                            P("Mikael Granath", "mikael.granath@borlange.se", "Borlänge kommun"),
                            P("Louise Tapper", "louise.tapper@borlange.se", "Borlänge kommun")], ALL),
             "head of unit registers three staff from a plain-text table and says she will not attend -> not in "
             "people; 'samtliga träffar' = all four; signature numbers and GDPR footer are noise"),

        mail("bc002", "2026-12-04T14:32", ("Karin Ek", "karin.ek@falun.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag, planeringsarkitekt Karin Ek, och min kollega översiktsplanerare Jonas Hellström vill anmäla oss till träffarna den 3 maj och den 29 november. De två övriga krockar med arbetet med aktualiseringen av översiktsplanen (dnr SBN 2026/0417), så dem får vi tyvärr avstå.

Jonas är inte med på den här tråden men nås via mig eller växeln.

Vänliga hälsningar
Karin Ek
Planeringsarkitekt
Stadsbyggnadsförvaltningen, Falu kommun
791 83 Falun
Telefon 023-82 000 (växel), 023-870 63 (direkt)

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 13:05
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab. Vi ses vid fyra tillfällen: 3 maj 2027 (Falun, kl. 10–15, fika från 09.30), 21 september 2027, 29 november 2027 och 22 februari 2028.

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Karin Ek", "karin.ek@falun.se", "Falu kommun"),
                            P("Jonas Hellström", None, "Falu kommun")], [S1, S3]),
             "Outlook reply: sender (title before name) + colleague without address; '3 maj och 29 november'; "
             "quoted invitation lists all four dates; dnr is not a date"),

        mail("bc003", "2027-01-11T09:02", ("Leksands kommun", "kommun@leksand.se"),
             "VB: Anmälan till Region Dalarnas lärprojekt",
             """Hej,

Nedanstående meddelande har inkommit till Leksands kommuns officiella e-postadress. Det verkar avse ert lärprojekt, så jag vidarebefordrar det till er för åtgärd. Meddelandet har inte diarieförts hos oss.

Med vänlig hälsning

Birgitta Holm
Registrator
Kansliavdelningen, Leksands kommun
Box 500, 793 27 Leksand
Tfn 0247-800 00
kommun@leksand.se

-----Ursprungligt meddelande-----
Från: Ulla Persson <ulla.persson@leksand.se>
Skickat: den 8 januari 2027 15:47
Till: Leksands kommun <kommun@leksand.se>
Ämne: Anmälan till Region Dalarnas lärprojekt

Hej,

Jag är nyanställd samhällsplanerare här på kommunen och har inte hittat vart anmälan till Region Dalarnas DalaLab ska skickas. Kan ni hjälpa mig att anmäla mig? Jag vill gärna gå på träffarna den 21 september och den 29 november.

Tack på förhand!
Ulla Persson
Samhällsplanerare, Leksands kommun
""",
             X("register", [P("Ulla Persson", "ulla.persson@leksand.se", "Leksands kommun")], [S2, S3]),
             "registrar forwards a signup from the municipality's general mailbox; the registrar is not registered, "
             "the named writer of the forwarded mail is; '21 september och 29 november'"),

        mail("bc004", "2027-01-13T16:45", ("Fredrik Aspelin", "fredrik.aspelin@norrplan.se"),
             "Anmälan DalaLab – deltagare för Vansbro kommun",
             """Hej Linnea,

Jag heter Fredrik Aspelin och är planeringsarkitekt på Norrplan Arkitektur & Samhällsbyggnad AB. Vi är anlitade av Vansbro kommun för att ta fram kommunens nya översiktsplan, och eftersom kommunen just nu saknar egen planerare har samhällsbyggnadschef Eva Brodin (kopia) bett mig delta i DalaLab i kommunens ställe.

Jag anmäler mig härmed till alla fyra träffarna.

Med vänliga hälsningar

Fredrik Aspelin
Planeringsarkitekt SPR
Norrplan Arkitektur & Samhällsbyggnad AB
Kyrkogatan 12, 791 30 Falun
Mobil 070-318 44 52
www.norrplan.se
Org.nr 556812-3390
""",
             X("register", [P("Fredrik Aspelin", "fredrik.aspelin@norrplan.se", None)], ALL),
             "consultant at a private firm working for Vansbro -> organisation null; 'alla fyra träffarna'; "
             "Eva Brodin on copy is not registered; org.nr and Falun street address are noise"),

        mail("bc005", "2027-01-19T11:20", ("Ingela Fors", "ingela.fors@regiondalarna.se"),
             "Anmälan från Region Dalarna, Regional utveckling",
             """Hej Linnea!

Vi från enheten Samhällsplanering på Regional utveckling vill vara med på hela lärprojektet. Anmälan gäller:

- Ingela Fors (undertecknad)
- Hampus Berg, hampus.berg@regiondalarna.se
- Sanna Mäki, Kollektivtrafikförvaltningen (vegetarisk kost)
- Robert Lind, robert.lind@regiondalarna.se

Vi är alltså fyra från regionen – jag utgår från att begränsningen till tre personer bara gäller kommunerna?

Hälsningar
Ingela Fors
Strateg, Samhällsplanering
Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tel. 023-49 00 00 (vx), 072-145 80 33
""",
             X("register", [P("Ingela Fors", "ingela.fors@regiondalarna.se", "Region Dalarna"),
                            P("Hampus Berg", "hampus.berg@regiondalarna.se", "Region Dalarna"),
                            P("Sanna Mäki", None, "Region Dalarna", diet="vegetarisk"),
                            P("Robert Lind", "robert.lind@regiondalarna.se", "Region Dalarna")], ALL,
               diet="vegetarisk"),
             "Region Dalarna strategist registers self + three colleagues (bullet list, one without address, "
             "Sanna vegetarian); 'hela lärprojektet' = all four; the quota question does not make it a question"),

        mail("bc006", "2027-01-21T08:50", ("Wennberg Anders", "anders.wennberg@lansstyrelsen.se"),
             "Anmälan DalaLab, Lst Dalarna",
             """Hej,

Från Lst Dalarna, enheten för samhällsbyggnad, anmäls handläggare Anders Wennberg (undertecknad) och planhandläggare Mona Ljung (mona.ljung@lansstyrelsen.se) till första och sista träffen, dvs. 3 maj 2027 och 22 februari 2028.

Mona är glutenintolerant.

Med vänlig hälsning

Anders Wennberg
Handläggare
Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
Besöksadress: Åsgatan 38, Falun
Postadress: 791 84 Falun
Telefon: 010-225 00 00 (vx)

Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna/om-oss/om-webbplatsen/behandling-av-personuppgifter
""",
             X("register", [P("Anders Wennberg", "anders.wennberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Mona Ljung", "mona.ljung@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenintolerant")], [S1, S4], diet="glutenintolerant"),
             "'Lst Dalarna'; sender + colleague with address; 'första och sista träffen' with dates spelled out; "
             "Mona's diet 'glutenintolerant'; surname-first display name"),

        mail("bc007", "2027-01-25T13:05", ("Lena Hofverberg", "lena.hofverberg@mora.se"),
             "Anmälan DalaLab från Mora kommun",
             """Hej Linnea,

Vi anmäler följande från Mora kommun, Samhällsbyggnadsförvaltningen:

• Erik Bodin, planarkitekt, erik.bodin@mora.se – alla träffar
• Ida Svärd, översiktsplanerare, ida.svard@mora.se – alla träffar
• Lena Hofverberg, planchef (undertecknad) – endast första träffen den 3 maj

Jag deltar alltså bara vid uppstarten i Falun, därefter är det Erik och Ida som följer projektet.

Vänliga hälsningar
Lena Hofverberg
Planchef
Samhällsbyggnadsförvaltningen
Mora kommun
Fredsgatan 16, 792 80 Mora
0250-260 00 (växel), 0250-267 41 (direkt)
""",
             X("register", [P("Erik Bodin", "erik.bodin@mora.se", "Mora kommun"),
                            P("Ida Svärd", "ida.svard@mora.se", "Mora kommun"),
                            P("Lena Hofverberg", "lena.hofverberg@mora.se", "Mora kommun")], ALL,
               unsure=["sessions"]),
             "three from Mora in a bullet list; the manager attends only 3 May while the other two take all four; "
             "one sessions list per message -> the union (all four), marked unsure"),

        mail("bc008", "2027-02-01T10:40", ("Åsa Grönlund", "asa.gronlund@hedemora.se"),
             "Anmälan till DalaLab – Hedemora kommun (ordinarie och ersättare)",
             """Hej!

Hedemora kommun anmäler härmed följande till lärprojektet DalaLab, samtliga fyra träffar.

Ordinarie deltagare:
1. Åsa Grönlund, enhetschef plan (undertecknad)
2. Tobias Ryd, planarkitekt, tobias.ryd@hedemora.se
3. Nadia Saleh, miljöstrateg, nadia.saleh@hedemora.se

Ersättare:
– Kjell Åberg, bygglovshandläggare, kjell.aberg@hedemora.se. Kjell går in om någon av de ordinarie får förhinder vid något tillfälle; vi meddelar i så fall i god tid.

Med vänlig hälsning

Åsa Grönlund
Enhetschef Plan
Samhällsbyggnadsförvaltningen, Hedemora kommun
Tingshusgatan 1, 776 28 Hedemora
Tfn 0225-340 00 vx | 0225-341 22
asa.gronlund@hedemora.se
""",
             X("register", [P("Åsa Grönlund", "asa.gronlund@hedemora.se", "Hedemora kommun"),
                            P("Tobias Ryd", "tobias.ryd@hedemora.se", "Hedemora kommun"),
                            P("Nadia Saleh", "nadia.saleh@hedemora.se", "Hedemora kommun")], ALL,
               unsure=["people"]),
             "three ordinary participants incl. the sender; the named reserve (ersättare) only steps in later "
             "-> not registered now, marked unsure; 'samtliga fyra träffar'"),

        mail("bc009", "2027-02-03T15:12", ("Susanne Blom", "susanne.blom@ludvika.se"),
             "Anmälan av nyanställd till DalaLab",
             """<html><body>
<p>Hej Linnea,</p>
<p>Vi har en nyanställd planeringsarkitekt som börjar hos oss den 1 mars 2027. Hennes chef, samhällsbyggnadschef Ola Dahlberg, har bett mig anmäla henne till DalaLab &ndash; samtliga fyra tillfällen.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>Befattning</th><th>E-post</th><th>Anställningsstart</th></tr>
<tr><td>Sara Nyström</td><td>Planeringsarkitekt</td><td>sara.nystrom@ludvika.se</td><td>2027-03-01</td></tr>
</table>
<p>E-postadressen aktiveras vid anställningsstart. Fram till dess kan ni nå mig.</p>
<p>Med vänlig hälsning<br>
<b>Susanne Blom</b><br>
HR-specialist<br>
HR-avdelningen, Ludvika kommun<br>
Fredsgatan 16, 771 82 Ludvika<br>
Tel: 0240-860 00</p>
</body></html>
""",
             X("register", [P("Sara Nyström", "sara.nystrom@ludvika.se", "Ludvika kommun")], ALL),
             "HTML-only mail from HR registering a new employee (table); HR sender and the manager are not "
             "registered; start date 2027-03-01 is no session; 'samtliga fyra tillfällen'", html=True),

        mail("bc010", "2027-01-20T09:30", ("Linda Karlberg", "linda.karlberg@sater.se"),
             "Säters kommuns deltagande i DalaLab, dnr KS 2026/00312",
             """Hej,

Enligt beslut i kommunstyrelsens arbetsutskott 2027-01-18, § 9 (dnr KS 2026/00312), ska Säters kommun delta i Region Dalarnas lärprojekt DalaLab. Till deltagare utsågs:

- planarkitekt Markus Eriksson
- översiktsplanerare Helena Sund

Deltagandet avser de tre första träffarna (maj, september och november 2027). Om fortsatt deltagande i februari 2028 fattas beslut senare under året.

Protokollsutdrag bifogas.

Med vänlig hälsning

Linda Karlberg
Kommunsekreterare
Kommunledningskontoret
Säters kommun
Box 300, 783 27 Säter
Telefon 0225-550 00
""",
             X("register", [P("Markus Eriksson", None, "Säters kommun"),
                            P("Helena Sund", None, "Säters kommun")], [S1, S2, S3]),
             "municipal secretary registers two appointees by a committee decision, not herself; 'de tre första "
             "träffarna' = May, Sep, Nov; the decision date and dnr are not sessions; Feb 2028 left open"),

        mail("bc011", "2027-02-08T09:55", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "DalaLab registration",
             """Hi Linnea,

I would like to sign up for the DalaLab sessions on May 3 and November 29. I follow Swedish fine in meetings but find it easier to write in English.

Please note that I am vegan.

Best regards,
Daniel Okafor
Senior Adviser, Regional Development
Region Dalarna
Box 712, SE-791 29 Falun, Sweden
Phone +46 23 49 00 00 | Mobile +46 72 188 31 07
""",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S1, S3],
               diet="vegan"),
             "English self-signup from Region Dalarna; 'May 3 and November 29'; diet vegan"),

        mail("bc012", "2027-02-10T12:18", ("Gunnel Tidström", "gunnel.tidstrom@rattvik.se"),
             "Anmälan DalaLab",
             """Hej,

Jag anmäler mig själv och planarkitekt Anders Ohlsson (anders.ohlsson@rattvik.se) till höstens två träffar i DalaLab. Vårens träff och den i februari har vi inte möjlighet att gå på.

Med vänliga hälsningar

Gunnel Tidström
Avdelningschef Samhällsbyggnad
Rättviks kommun
Storgatan 2, 795 80 Rättvik
Tel 0248-700 00 (vxl) / 0248-702 15
www.rattvik.se

Tänk på miljön innan du skriver ut detta e-postmeddelande.
""",
             X("register", [P("Gunnel Tidström", "gunnel.tidstrom@rattvik.se", "Rättviks kommun"),
                            P("Anders Ohlsson", "anders.ohlsson@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "head of department registers self + colleague; 'höstens två träffar' = 21 Sep + 29 Nov; the "
             "spring and February sessions are explicitly excluded"),

        mail("bc013", "2027-02-15T07:48", ("Olov Bäckman", "olov.backman@alvdalen.se"),
             "Anmälan till DalaLab",
             """Hej!

Jag anmäler mig till DalaLab, träffarna 3 maj och 22 februari 2028. Övriga datum har vi nämndsammanträden.

Jag är laktosintolerant.

Mvh
Olov Bäckman
Samhällsplanerare
Älvdalens kommun
Dalgatan 78, 796 80 Älvdalen
0251-310 00
""",
             X("register", [P("Olov Bäckman", "olov.backman@alvdalen.se", "Älvdalens kommun")], [S1, S4],
               diet="laktosintolerant"),
             "iso-8859-1 body; '3 maj och 22 februari 2028'; diet laktosintolerant; other dates declined",
             charset="iso-8859-1"),

        mail("bc014", "2027-02-18T10:05", ("Camilla Westin", "camilla.westin@gagnef.se"),
             "Ändring av anmälan DalaLab – Gagnefs kommun",
             """Hej Linnea,

Vi anmälde i december planarkitekt Viktor Ahlgren och bygglovsarkitekt Per Sjödin till samtliga fyra träffar.

Viktor lämnar tyvärr kommunen i sommar. Han går på första träffen den 3 maj, men från och med september tar hans efterträdare Lina Ahlberg (lina.ahlberg@gagnef.se) över hans plats. Per Sjödins anmälan är oförändrad.

Med vänlig hälsning

Camilla Westin
Enhetschef Plan och bygg
Gagnefs kommun
Mockfjärdsvägen 1, 785 21 Gagnef
Tfn 0241-150 00
""",
             X("change", [P("Viktor Ahlgren", None, "Gagnefs kommun"),
                          P("Lina Ahlberg", "lina.ahlberg@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "head of unit: substitution from September on; people = the withdrawn and the substitute; sessions = "
             "what Lina takes (21/9, 29/11, 22/2); Per unchanged, sender not registered"),

        mail("bc015", "2027-02-22T14:40", ("Mona Ljung", "mona.ljung@lansstyrelsen.se"),
             "Tillägg till anmälan DalaLab",
             """Hej,

Jag är sedan tidigare anmäld till träffarna 3 maj och 22 februari (anmälan gjordes av Anders Wennberg). Nu vill jag även lägga till träffen den 29 november, om det går bra.

Hälsningar
Mona Ljung
Planhandläggare, Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
010-225 01 37
""",
             X("change", [P("Mona Ljung", "mona.ljung@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S3, S4]),
             "adds a session to an existing signup -> sessions after the change; sent on 22 Feb 2027 so '22 "
             "februari' is the 2028 session; Anders Wennberg only mentioned"),

        mail("bc016", "2027-02-24T09:10", ("Söderlund Maria", "maria.soderlund@borlange.se"),
             "SV: Anmälan DalaLab – Borlänge kommun",
             """Hej igen,

En komplettering till vår anmälan: trafikplanerare Louise Tapper (louise.tapper@borlange.se) har meddelat att hon har celiaki och behöver glutenfri kost. Hon är anmäld till samtliga träffar och det gäller alltså alla tillfällen.

Övriga anmälningar från oss är oförändrade.

Med vänlig hälsning

Maria Söderlund
Enhetschef, Enheten för strategisk planering
Samhällsbyggnadsförvaltningen, Borlänge kommun
0243-748 12
""",
             X("change", [P("Louise Tapper", "louise.tapper@borlange.se", "Borlänge kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "manager adds a diet for a registered colleague -> change for Louise only; her sessions stated as "
             "all; diet as the need stated ('glutenfri'); sender and the others unchanged"),

        mail("bc017", "2027-03-02T11:30", ("Tove Rask", "tove.rask@smedjebacken.se"),
             "Byte av träff DalaLab",
             """Hej!

Jag skulle vilja byta träff: i stället för den 21 september vill jag gå den 29 november. Vi har byggnadsnämnd den 21:a.

Tack!

Tove Rask
Planeringsarkitekt
Smedjebackens kommun
Samhällsbyggnadsförvaltningen
777 80 Smedjebacken
Tfn 0240-66 00 00
""",
             X("change", [P("Tove Rask", "tove.rask@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "bare swap 21 Sep -> 29 Nov, only the new session; 'den 21:a' refers to the old date"),

        tg("bc018", "2027-03-04T21:10", "Johanna Lilja", "6120487733",
           """Hej! Johanna Lilja på Hedemora kommun här. Jag kan inte den 3 maj ändå, kan jag få gå 21 sept istället?""",
           X("change", [P("Johanna Lilja", None, "Hedemora kommun")], [S2]),
           "Telegram swap asked as a question: 3 May -> 21 Sep; only the new session"),

        tg("bc019", "2027-03-09T07:55", "Björn Tallqvist", "5893120456",
           """God morgon. Jag kan inte gå på träffen 29/11, min kollega Tove Gran tar min plats då. /Björn, Mora kommun""",
           X("change", [P("Björn Tallqvist", None, "Mora kommun"), P("Tove Gran", None, "Mora kommun")], [S3]),
           "substitution for one session; people = sender (out) and colleague (in); sessions = 29 Nov"),

        mail("bc020", "2027-03-11T15:20", ("Ola Dahlberg", "ola.dahlberg@ludvika.se"),
             "Ändring i Ludvika kommuns anmälan till DalaLab",
             """Hej,

Med hänvisning till vår anmälan till DalaLab (Sara Nyström, Jonas Ek och Mattias Lind) vill jag meddela en ändring: Mattias Lind, som var anmäld till alla fyra träffar, ersätts av planarkitekt Karl Fransson (karl.fransson@ludvika.se) på samtliga träffar.

Saras och Jonas anmälningar gäller som förut.

Med vänlig hälsning

Ola Dahlberg
Samhällsbyggnadschef
Ludvika kommun
771 82 Ludvika
Tel 0240-860 00 (vx)

Informationen i detta e-postmeddelande är avsedd endast för adressaten. Ludvika kommun hanterar personuppgifter enligt GDPR.
""",
             X("change", [P("Mattias Lind", None, "Ludvika kommun"),
                          P("Karl Fransson", "karl.fransson@ludvika.se", "Ludvika kommun")], ALL),
             "manager swaps one delegate for another; the two whose signup 'gäller som förut' are not in people; "
             "sessions = what Karl takes (all four)"),

        mail("bc021", "2027-03-15T10:25", ("Annelie Kvist", "annelie.kvist@avesta.se"),
             "Ändring: anmälan DalaLab Avesta kommun",
             """Hej Linnea,

Vi behöver tyvärr dra tillbaka anmälan för Petra Ström, som har fått en annan tjänst inom kommunen och inte längre arbetar med översiktsplanering.

Övriga två från Avesta kommun, Lars Mattsson och Hugo Berglund, deltar som planerat.

Med vänliga hälsningar

Annelie Kvist
Avdelningschef, Plan och exploatering
Avesta kommun
Kungsgatan 32, 774 81 Avesta
Telefon 0226-64 50 00
""",
             X("cancel", [P("Petra Ström", None, "Avesta kommun")], ALL),
             "withdrawing one colleague without a substitute is a cancel (subject says 'Ändring'); no session "
             "named -> all four; the two who continue are not in people; windows-1252 body",
             charset="windows-1252"),

        mail("bc022", "2027-03-16T08:05", ("Jonas Hellström", "jonas.hellstrom@falun.se"),
             "Avanmälan 29 november – DalaLab",
             """Hej,

Jag måste tyvärr stryka mig från träffen den 29 november. Då har vi samrådsmöte om den fördjupade översiktsplanen för Bjursås. Träffen den 3 maj står kvar.

Karin Ek, som anmälde oss, står på kopia.

Vänliga hälsningar
Jonas Hellström
Översiktsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
023-870 71
""",
             X("cancel", [P("Jonas Hellström", "jonas.hellstrom@falun.se", "Falu kommun")], [S3]),
             "partial cancellation of 29 Nov only; 3 May stays; Karin Ek on copy is not part of the request"),

        mail("bc023", "2027-03-18T13:45", ("Roger Dahl", "roger.dahl@orsa.se"),
             "Orsa kommun avbryter deltagande i DalaLab",
             """Hej,

Med anledning av kommunstyrelsens beslut 2027-03-16, § 44, om åtgärder för en budget i balans har förvaltningen beslutat att avbryta deltagandet i externa utbildningar och nätverk under resten av året.

Jag ber därför att ni avanmäler våra två deltagare, Helena Bäck och Frida Lund, från DalaLab.

Vi beklagar och hoppas kunna delta i kommande satsningar.

Med vänlig hälsning

Roger Dahl
Förvaltningschef
Samhällsbyggnadsförvaltningen
Orsa kommun
Box 23, 794 21 Orsa
Tfn 0250-55 21 00
""",
             X("cancel", [P("Helena Bäck", None, "Orsa kommun"), P("Frida Lund", None, "Orsa kommun")], ALL),
             "head of administration cancels both delegates by a budget decision; no session named -> all four; "
             "sender not in people; decision date is not a session"),

        mail("bc024", "2027-03-22T16:30", ("Hampus Berg", "hampus.berg@regiondalarna.se"),
             "DalaLab – stryk mig från höstens och vinterns träffar",
             """Hej Linnea,

Jag kommer gärna på uppstarten den 3 maj, men jag är föräldraledig från augusti och ett halvår framåt. Kan du stryka mig från de tre senare träffarna?

Tack och hälsningar
Hampus Berg
Utvecklingsstrateg
Regional utveckling, Region Dalarna
072-145 80 61
""",
             X("cancel", [P("Hampus Berg", "hampus.berg@regiondalarna.se", "Region Dalarna")], [S2, S3, S4]),
             "partial cancellation: 'de tre senare träffarna' = 21 Sep, 29 Nov, 22 Feb; 3 May kept"),

        tg("bc025", "2027-03-24T12:00", "Sven Hagström", "7012348895",
           """Hej, jag avanmäler mig från DalaLab. Har fått nytt jobb utanför länet. /Sven Hagström, Säters kommun""",
           X("cancel", [P("Sven Hagström", None, "Säters kommun")], ALL),
           "full cancellation via Telegram, no session named -> all four"),

        tg("bc026", "2027-03-29T20:45", "Emelie Norling", "5523096610",
           """kan tyvärr inte komma 29 nov, krockar med KF. Emelie, Ludvika""",
           X("cancel", [P("Emelie Norling", None, "Ludvika kommun")], [S3]),
           "short lower-case partial cancel; 'KF' = kommunfullmäktige; organisation 'Ludvika'"),

        tg("bc027", "2027-03-31T09:35", "Jan-Erik Brandt", "6688014432",
           """Hej Linnea. Stryk Emil Strand från Smedjebacken, han har slutat hos oss. Mvh Jan-Erik, plan- och byggchef""",
           X("cancel", [P("Emil Strand", None, "Smedjebackens kommun")], ALL),
           "manager cancels a former employee via Telegram; sender not in people; all four"),

        mail("bc028", "2026-12-08T10:10", ("Stefan Hedin", "stefan.hedin@falun.se"),
             "Fråga om antal deltagare per kommun – DalaLab",
             """Hej,

Gäller begränsningen till tre personer per kommun för kommunen som helhet, eller per förvaltning? Hos oss är både stadsbyggnadsförvaltningen och miljöförvaltningen intresserade, sammanlagt fem personer.

Om taket gäller hela kommunen: går det att turas om, så att olika personer går vid olika träffar så länge vi är högst tre åt gången?

Vänliga hälsningar
Stefan Hedin
Avdelningschef Samhällsplanering
Stadsbyggnadsförvaltningen
Falu kommun
Stigaregatan 1, 791 83 Falun
023-82 000
""",
             X("question"),
             "quota question from a head of department; 'fem personer' and 'tre åt gången' name nobody"),

        mail("bc029", "2026-12-10T13:25", ("Ulrika Sandell", "ulrika.sandell@lansstyrelsen.se"),
             "DalaLab – gäller taket även Länsstyrelsen?",
             """Hej Linnea,

Tack för inbjudan. Gäller taket på tre deltagare även Länsstyrelsen? Vi är fem handläggare på enheten som gärna vill delta, men jag vill veta vad som gäller innan jag skickar in namnen.

Med vänlig hälsning

Ulrika Sandell
Enhetschef
Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
791 84 Falun
010-225 00 00
""",
             X("question"),
             "quota question before any signup ('innan jag skickar in namnen'); no people"),

        mail("bc030", "2026-12-14T09:40", ("Registrator Mora kommun", "registrator@mora.se"),
             "Fråga om diarienummer – inbjudan DalaLab",
             """Hej,

Er inbjudan till lärprojektet DalaLab har diarieförts hos Mora kommun under dnr KS 2026/00891.

Har ärendet ett diarienummer hos Region Dalarna som vi kan hänvisa till i vår akt? Och vem är handläggare hos er?

Med vänlig hälsning

Karin Sjöström
Registrator
Kommunledningskontoret, Mora kommun
792 80 Mora
0250-260 00
registrator@mora.se
""",
             X("question"),
             "registrar asks for the organiser's case number and handling officer; no signup"),

        tg("bc031", "2027-02-16T19:22", "Lars Mattsson", "5901772340",
           """Hej! Lars Mattsson här, planeringsarkitekt på Avesta kommun. Vill anmäla mig till alla fyra träffarna. Mejl: lars.mattsson@avesta.se""",
           X("register", [P("Lars Mattsson", "lars.mattsson@avesta.se", "Avesta kommun")], ALL),
           "Telegram self-signup with title and address in the text; 'alla fyra träffarna'"),

        tg("bc032", "2027-03-01T12:05", "Helena Bäck", "6344129087",
           """hej, anmäler mig o kollegan Frida Lund till 21/9 och 29/11. vi jobbar båda på samhällsbyggnad i Orsa kommun""",
           X("register", [P("Helena Bäck", None, "Orsa kommun"), P("Frida Lund", None, "Orsa kommun")], [S2, S3]),
           "sender + colleague, 'o' for och; '21/9 och 29/11'"),

        tg("bc033", "2027-03-03T08:14", "Per-Olof Wiklund", "5177203398",
           """God morgon. Registrera mig för träffen 3/5 i Falun. Per-Olof Wiklund, enhetschef Region Dalarna. Tfn 023-49 00 00""",
           X("register", [P("Per-Olof Wiklund", None, "Region Dalarna")], [S1]),
           "'3/5' only; Falun is the venue, Region Dalarna the organisation; phone digits are noise"),

        tg("bc034", "2027-03-08T17:40", "Malin Krantz | Planbyrån Väst", "6230018841",
           """Hej! Jag är konsult på Planbyrån Väst AB och jobbar åt Smedjebackens kommun med deras planeringsstrategi. Kommunen vill att jag deltar på träff 2 och 3. Anmäl mig gärna: Malin Krantz, malin.krantz@planbyranvast.se""",
           X("register", [P("Malin Krantz", "malin.krantz@planbyranvast.se", None)], [S2, S3]),
           "consultant from a private firm working for Smedjebacken -> organisation null; 'träff 2 och 3' = "
           "21 Sep + 29 Nov; company suffix in display name is not part of the name"),

        tg("bc035", "2027-01-07T12:12", "Kristoffer Ahl", "5098834217",
           """Hej! Går det att delta digitalt på någon av träffarna? Jobbar som planarkitekt i Malung-Sälen, det är långt till Falun.""",
           X("question"),
           "question about remote participation; no signup"),

        tg("bc036", "2027-02-25T16:05", "Gunnel Tidström", "6011458823",
           """Hej Linnea, kan du kolla vilka från Rättvik som står anmälda till DalaLab? Vill inte att vi överskrider maxantalet.""",
           X("question"),
           "head of department asks who is registered for her municipality (quota); no request about a person"),

        mail("bc037", "2027-01-28T14:20", ("Sofie Amundsen", "sofie.amundsen@stadsrum.se"),
             "Får konsulter delta i DalaLab?",
             """Hej,

Jag är anlitad av Hedemora kommun som processledare för deras arbete med ny översiktsplan. Kommunen har frågat om jag kan följa DalaLab tillsammans med deras planerare.

Får konsulter delta, och räknas jag i så fall in i kommunens tre platser? Jag anmäler mig inte förrän jag vet vad som gäller.

Vänliga hälsningar
Sofie Amundsen
Seniorkonsult, samhällsplanering
Stadsrum Konsult AB
Drottninggatan 5, 111 51 Stockholm
070-611 23 45
""",
             X("question"),
             "consultant asks whether consultants may attend and count towards the quota; explicitly not yet "
             "signing up"),

        mail("bc038", "2027-01-15T06:00", ("PlanNytt", "nyhetsbrev@plannytt.se"),
             "PlanNytt nr 1/2027: Ny PBL-praxis, webbinarium 21 september och mycket mer",
             """PlanNytt – nyhetsbrevet för dig som arbetar med samhällsplanering

I detta nummer:
* Mark- och miljööverdomstolen: nya avgöranden om detaljplaner
* Så arbetar tre kommuner med planeringsstrategier
* Webbinarium 21 september kl. 13–15: Översiktsplanering i praktiken. Anmäl dig på plannytt.se/webbinarium – begränsat antal platser!
* Konferensen Framtidens städer 3–4 maj i Göteborg

Du får detta nyhetsbrev eftersom du prenumererar på PlanNytt. Avsluta prenumerationen: plannytt.se/avregistrera
PlanNytt AB, Box 1234, 103 25 Stockholm
""",
             X("unknown"),
             "newsletter with '21 september', '3–4 maj' and 'anmäl dig' -> unknown, not a signup"),

        mail("bc039", "2027-02-12T11:05", ("Nils Ekholm", "nils.ekholm@borlange.se"),
             "Granskningsyttrande Kv. Tornet, dnr SBN 2026/1123",
             """Hej Linnéa!

Bifogar förslag till granskningsyttrande för detaljplanen för kvarteret Tornet. Hör av dig om du har synpunkter senast den 3 mars, så skickar jag det vidare till nämndsekreteraren inför sammanträdet.

/Nils

Nils Ekholm
Planarkitekt
Samhällsbyggnadsförvaltningen, Borlänge kommun
0243-748 30
""",
             X("unknown"),
             "misdirected internal mail (address autocompleted to the wrong Linnea) about a detailed plan; no "
             "event content"),

        tg("bc040", "2027-03-12T18:30", "Roger Dahl", "6902214475",
           """Ring mig när du kan ang. budgeten för nästa år. /R""",
           X("unknown"),
           "misdirected Telegram message meant for someone else; nothing about the event"),

        mail("bc041", "2027-01-04T08:00", ("Åsa Grönlund", "asa.gronlund@hedemora.se"),
             "Frånvaro: Påminnelse DalaLab",
             """Tack för ditt meddelande.

Jag är ledig till och med fredag 8 januari och läser inte e-post under den tiden. Vid brådskande ärenden, kontakta min ersättare planarkitekt Tobias Ryd, tobias.ryd@hedemora.se, tfn 0225-341 05, eller kommunens växel 0225-340 00.

Med vänlig hälsning

Åsa Grönlund
Enhetschef Plan
Samhällsbyggnadsförvaltningen, Hedemora kommun
Tingshusgatan 1, 776 28 Hedemora
""",
             X("auto_reply"),
             "out-of-office naming a deputy (ersättare) with address and phone -> auto_reply, nobody registered"),

        mail("bc042", "2027-02-05T14:03", ("Mora kommun", "registrator@mora.se"),
             "Mottagningsbekräftelse: SV: Inbjudan DalaLab",
             """Detta är ett automatiskt genererat svar.

Tack för ditt e-postmeddelande till Mora kommun. Vi har tagit emot ditt meddelande och det kommer att registreras och fördelas till berörd handläggare. Handlingar som kommer in till kommunen blir som regel allmänna handlingar.

Du kan inte svara på detta meddelande.

Mora kommun
Fredsgatan 16, 792 80 Mora
Växel 0250-260 00 | www.mora.se
""",
             X("auto_reply"),
             "municipal registrar's automatic receipt -> auto_reply"),

        mail("bc043", "2027-03-26T10:50", ("Robert Lind", "robert.lind@regiondalarna.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Jag har fått inbjudan till DalaLab via en sändlista, men jag arbetar inte längre med samhällsplanering och slutar på Region Dalarna den 31 mars.

Jag ber er därför radera mina personuppgifter ur era sändlistor och andra register som rör DalaLab, med stöd av artikel 17 i dataskyddsförordningen.

Med vänlig hälsning
Robert Lind
Analytiker, Region Dalarna
""",
             X("erasure", [P("Robert Lind", "robert.lind@regiondalarna.se", "Region Dalarna")]),
             "GDPR erasure request from Region Dalarna staff; '31 mars' is no session"),

        tg("bc044", "2027-04-02T22:10", "Maja Sten", "5788302169",
           """Hej. Enligt GDPR vill jag att ni raderar alla uppgifter ni har om mig kopplat till DalaLab. Maja Sten, Gagnefs kommun""",
           X("erasure", [P("Maja Sten", None, "Gagnefs kommun")]),
           "erasure via Telegram; organisation from the text"),

        tg("bc045", "2027-04-06T13:30", "Jörgen Eliasson", "6450917723",
           """Hej, Jörgen Eliasson här, nybliven stadsarkitekt i Malung-Sälens kommun. Hinner jag anmäla mig? Vill i så fall vara med på alla träffar. Glutenfri kost tack.""",
           X("register", [P("Jörgen Eliasson", None, "Malung-Sälens kommun")], ALL, diet="glutenfri"),
           "signup before the deadline phrased with a question; 'alla träffar' = all four; diet glutenfri"),
    ]
