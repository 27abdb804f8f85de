"""Writer "ordinary" (bg001–bg045): the everyday bulk of the DalaLab mailbox, written by many different ordinary
people with no deliberate traps: plain signups for oneself, oneself plus one or two colleagues, or colleagues only;
simple cancellations (whole and partial), session swaps, a substitution and a diet update; practical questions
(cost, venue, language, deadline, digital attendance); a thank-you with nothing to do; an erasure request; and a few
out-of-office replies. E-mail (about two thirds) and Telegram, short and long, formal and chatty, with and without
greetings, signatures, phone numbers, quoted invitations and the odd typo."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bg001", "2026-12-02T08:47", ("Lena Karlsson", "lena.karlsson@avesta.se"), "Anmälan DalaLab", """Hej!

Jag anmäler mig härmed till lärprojektet DalaLab.

Mvh
Lena Karlsson
Planarkitekt
Avesta kommun
Tel 0226-64 52 10
""",
             X("register", [P("Lena Karlsson", "lena.karlsson@avesta.se", "Avesta kommun")], ALL),
             "plain self-signup, no session named -> all four; phone number in signature"),

        mail("bg002", "2026-12-04T13:15", ("Åsa Lindholm", "asa.lindholm@mora.se"), "Anmälan till DalaLab – två från Mora", """Hej Linnea,

Tack för inbjudan! Vi är två från Mora som gärna vill vara med i DalaLab: jag själv och min kollega Per Hansson (per.hansson@mora.se). Vi jobbar båda med översiktsplanen som ska ut på samråd nästa höst, så upplägget passar oss väldigt bra.

Vänliga hälsningar
Åsa Lindholm
Samhällsplanerare, Mora kommun
Besöksadress: Fredsgatan 16, 792 80 Mora
0250-260 00 (växel)
""",
             X("register", [P("Åsa Lindholm", "asa.lindholm@mora.se", "Mora kommun"),
                            P("Per Hansson", "per.hansson@mora.se", "Mora kommun")], ALL),
             "self + one colleague with address; no session named -> all four; 'nästa höst' is about their plan, not a session"),

        mail("bg003", "2026-12-08T10:02", ("Strömberg Camilla", "camilla.stromberg@regiondalarna.se"), "SV: Inbjudan DalaLab", """Hej,

Jag vill anmäla mig till träffarna i maj och september. Jag är vegetarian, så vegetarisk lunch om det går.

Hälsningar
Camilla Strömberg
Regional utveckling, Region Dalarna
070-318 44 27
""",
             X("register", [P("Camilla Strömberg", "camilla.stromberg@regiondalarna.se", "Region Dalarna",
                              diet="vegetarisk")], [S1, S2], diet="vegetarisk"),
             "'maj och september' = 3 May + 21 Sep; surname-first display name; diet stated as 'vegetarisk lunch'"),

        tg("bg004", "2026-12-09T19:31", "Katarina Holm", "5120873364", """Hej! Anmäl mig till alla fyra träffarna tack. Katarina, Hedemora kommun""",
           X("register", [P("Katarina Holm", None, "Hedemora kommun")], ALL),
           "short Telegram self-signup; 'alla fyra' = all; full name from sender display name"),

        mail("bg005", "2026-12-11T11:20", ("Mattias Lund", "mattias.lund@ludvika.se"), "Fråga om DalaLab", """Hej!

Jag funderar på att anmäla mig till DalaLab men undrar om man måste vara på plats vid alla fyra träffarna, eller går det att delta digitalt vid någon av dem? Det är en bit att åka från Ludvika.

Tack på förhand!
Mattias Lund
Ludvika kommun
""",
             X("question", [], []),
             "pure question (digital attendance) before any signup -> question, no people, no sessions"),

        mail("bg006", "2026-12-14T14:40", ("Kjell Ström", "kjell.strom@vansbro.se"), "Anmälan DalaLab från Vansbro", """Hej,

Från Vansbro kommun anmäler jag två av mina planerare till DalaLab:

Linda Gustafsson, linda.gustafsson@vansbro.se
Robert Eriksson, robert.eriksson@vansbro.se

De deltar på samtliga träffar. Själv har jag tyvärr inte möjlighet att vara med.

Med vänlig hälsning
Kjell Ström
Samhällsbyggnadschef
Vansbro kommun
Tel 0281-750 00
""",
             X("register", [P("Linda Gustafsson", "linda.gustafsson@vansbro.se", "Vansbro kommun"),
                            P("Robert Eriksson", "robert.eriksson@vansbro.se", "Vansbro kommun")], ALL),
             "manager registers two colleagues, explicitly not himself -> sender not in people; 'samtliga träffar' = all four"),

        mail("bg007", "2026-12-17T07:12", ("Mikael Sundberg", "mikael.sundberg@rattvik.se"), "DalaLab", """Anmäler mig till första träffen 3 maj. Återkommer om de andra.
/Mikael

Skickat från min iPhone
""",
             X("register", [P("Mikael Sundberg", "mikael.sundberg@rattvik.se", "Rättviks kommun")], [S1]),
             "phone mail, no greeting; only the first session; 'återkommer om de andra' does not add sessions; org from rattvik.se"),

        tg("bg008", "2026-12-20T16:05", "Sophie Clarke", "6634190275", """Hi, I would like to sign up for DalaLab, all sessions. I work at Länsstyrelsen Dalarna (county board). Thanks!""",
           X("register", [P("Sophie Clarke", None, "Länsstyrelsen Dalarna")], ALL),
           "English Telegram signup; 'all sessions' = all four; organisation from the text"),

        mail("bg009", "2026-12-22T09:00", ("Helena Brodin", "helena.brodin@borlange.se"), "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", """Hej,

Tack för ditt mejl. Jag är ledig till och med den 6 januari och läser inte min e-post under tiden. Vid brådskande ärenden, ring Borlänge kommuns kontaktcenter på 0243-740 00.

God jul och gott nytt år!
Helena Brodin
""",
             X("auto_reply", [], []),
             "Swedish out-of-office in answer to the invitation ('Automatiskt svar:'); '6 januari' and phone are not sessions"),

        mail("bg010", "2027-01-07T10:34", ("Johanna Blom", "johanna.blom@borlange.se"), "Anmälan DalaLab Borlänge", """Hej Linnea!

Gott nytt år! Vi vill anmäla tre personer från Borlänge kommun till DalaLab, alla fyra träffarna:

- Johanna Blom (jag), johanna.blom@borlange.se
- Malin Kvist, malin.kvist@borlange.se
- Patrik Hellström, patrik.hellstrom@borlange.se

Malin behöver vegetarisk kost, vi andra äter allt.

Hälsningar
Johanna Blom
Planeringsenheten
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Johanna Blom", "johanna.blom@borlange.se", "Borlänge kommun"),
                            P("Malin Kvist", "malin.kvist@borlange.se", "Borlänge kommun", diet="vegetarisk"),
                            P("Patrik Hellström", "patrik.hellstrom@borlange.se", "Borlänge kommun")],
               ALL, diet="vegetarisk"),
             "sender + two colleagues in a list with addresses; all four; only Malin has a diet (per-person and message diet)"),

        tg("bg011", "2027-01-09T21:48", "Nils Åkerlund", "1873305529", """hej, kan jag anmäla mig till träffen 21 sept? jobbar på orsa kommun // Nils""",
           X("register", [P("Nils Åkerlund", None, "Orsa kommun")], [S2]),
           "signup phrased as a question ('kan jag anmäla mig') -> register; '21 sept' = 21 Sep 2027; 'orsa kommun' lower case"),

        mail("bg012", "2027-01-11T15:22", ("Ylva Dahlberg", "ylva.dahlberg@smedjebacken.se"), "Anmälan DalaLab", """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p>Jag vill anmäla mig till DalaLab, alla träffarna.<br>
Jag är glutenintolerant och behöver <b>glutenfri</b> mat.</p>
<p>Med vänliga hälsningar</p>
<p><b>Ylva Dahlberg</b><br>
Översiktsplanerare<br>
Smedjebackens kommun<br>
Tel: 0240-66 00 00</p>
</body></html>
""",
             X("register", [P("Ylva Dahlberg", "ylva.dahlberg@smedjebacken.se", "Smedjebackens kommun",
                              diet="glutenfri")], ALL, diet="glutenfri"),
             "HTML-only mail; 'alla träffarna' = all four; diet glutenfri"),

        mail("bg013", "2027-01-13T13:05", ("Fredrik Öberg", "fredrik.oberg@falun.se"), "Kostnad för DalaLab?", """Hej,

Två snabba frågor innan vi bestämmer oss om vem som ska gå från oss:
1. Kostar det något att delta i DalaLab?
2. Ingår lunch och fika?

Tack!
Fredrik Öberg
Falu kommun, stadsbyggnadsförvaltningen
023-830 00
""",
             X("question", [], []),
             "questions about cost and food before deciding who goes -> question, no people"),

        mail("bg014", "2027-01-15T08:20", ("Gustav Lund", "gustav.lund@sater.se"), "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft", """Hej!

Jag anmäler mig till 3 maj och 29 november.

/Gustav Lund, Säters kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:00
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

> Välkommen att anmäla dig till lärprojektet DalaLab. Projektet består av fyra träffar:
> 1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
> 2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> 3. 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
> 4. 22 februari 2028 – Planera för tillgänglighet
> Anmäl dig senast 14 april 2027. Upp till tre personer per kommun.
""",
             X("register", [P("Gustav Lund", "gustav.lund@sater.se", "Säters kommun")], [S1, S3]),
             "reply to the invitation; only the two dates in his own text count, the quoted invitation lists all four"),

        tg("bg015", "2027-01-18T12:10", "Frida Olsson", "7045518832", """Hej! Vi blir två från Älvdalens kommun, jag och min kollega Karl Mattsson. Vi vill gå på alla träffar 👍""",
           X("register", [P("Frida Olsson", None, "Älvdalens kommun"), P("Karl Mattsson", None, "Älvdalens kommun")], ALL),
           "Telegram: sender + colleague without address; 'alla träffar' = all four"),

        mail("bg016", "2027-01-21T10:50", ("Lars Dahl", "lars.dahl@gagnef.se"), "Anmälan av medarbetare till DalaLab", """Hej,

Jag vill anmäla min medarbetare Hanna Persson, hanna.persson@gagnef.se, till DalaLab. Hon deltar på samtliga träffar. Själv har jag tyvärr inte möjlighet i år.

Mvh
Lars Dahl
Enhetschef plan och bygg
Gagnefs kommun
0241-150 00
""",
             X("register", [P("Hanna Persson", "hanna.persson@gagnef.se", "Gagnefs kommun")], ALL),
             "manager registers one colleague only, not himself; 'samtliga träffar' = all four"),

        mail("bg017", "2027-01-25T14:18", ("Anneli Bergström", "anneli.bergstrom@leksand.se"), "Ändring av anmälan DalaLab", """Hej Linnea,

Jag är anmäld till DalaLab den 3 maj och den 21 september. Nu har det tyvärr krockat med ett annat möte i september, så jag skulle vilja byta 21 september mot träffen den 29 november i stället. 3 maj står kvar.

Tack och hälsningar
Anneli Bergström
Leksands kommun
""",
             X("change", [P("Anneli Bergström", "anneli.bergstrom@leksand.se", "Leksands kommun")], [S1, S3]),
             "session swap: 21 Sep -> 29 Nov, 3 May kept -> sessions after the change = 3 May + 29 Nov"),

        mail("bg018", "2027-01-27T09:41", ("Marcus Reid", "marcus.reid@ludvika.se"), "DalaLab registration", """Hello Linnea,

I'm a planner at Ludvika kommun and I'd like to register for the first two DalaLab sessions (3 May and 21 September). I understand Swedish well enough to follow along, though I'll probably ask my questions in English.

Also, I'm lactose intolerant, so lactose-free food would be great.

Best regards,
Marcus Reid
Planning Architect | Ludvika kommun
+46 240 860 00
""",
             X("register", [P("Marcus Reid", "marcus.reid@ludvika.se", "Ludvika kommun", diet="lactose-free")],
               [S1, S2], diet="lactose-free"),
             "English signup; 'first two sessions (3 May and 21 September)'; diet written in English as 'lactose-free'"),

        tg("bg019", "2027-01-29T07:55", "Tobias Rask", "903318477", """Hej, jag måste tyvärr avanmäla mig från DalaLab. Har fått ny tjänst. Mvh Tobias, Smedjebacken""",
           X("cancel", [P("Tobias Rask", None, "Smedjebackens kommun")], ALL),
           "full cancellation via Telegram, no session named -> all four; 'Smedjebacken' -> Smedjebackens kommun"),

        mail("bg020", "2027-02-01T16:37", ("Lotta Engström", "lotta.engstrom@malung-salen.se"), "anmälan", """Hej hej!

Jag fick inbjudan vidarebefordrad från min chef och tycker det låter jättespännande. Vi håller på att ta fram en ny översiktsplan här i Malung-Sälen och har pratat mycket om utvecklingsinriktningar och om hur vi ska hantera osäkerheter med turismen och fjällen, så höstens två träffar passar perfekt. Maj och februari har jag tyvärr redan fullt med annat (bl.a. säsongsavslut i Sälen), så jag anmäler mig bara till höstens två.

Ha det fint!
Lotta Engström
Planerare
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
0280-181 00
""",
             X("register", [P("Lotta Engström", "lotta.engstrom@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "long chatty self-signup; 'höstens två träffar' = 21 Sep + 29 Nov; maj and februari explicitly declined"),

        mail("bg021", "2027-02-03T11:11", ("Sven Hallberg", "sven.hallberg@hedemora.se"), "Lokal första träffen?", """Hej,

Var i Falun hålls första träffen den 3 maj? Och finns det parkering i närheten eller är det bäst att ta tåget? Jag är redan anmäld.

Tack,
Sven Hallberg
Hedemora kommun
""",
             X("question", [], []),
             "practical question (venue, parking) from someone already registered; mentions 3 May but no request -> no sessions"),

        mail("bg022", "2027-02-05T17:02", ("Sophie Clarke", "sophie.clarke@lansstyrelsen.se"), "Automatic reply: Bekräftelse på din anmälan till DalaLab", """Thank you for your email. I am out of the office until Monday 15 February with limited access to email. For urgent matters, please contact the Länsstyrelsen Dalarna switchboard on +46 10 225 00 00.

Kind regards,
Sophie Clarke
""",
             X("auto_reply", [], []),
             "English out-of-office in answer to a confirmation; '15 February' is not a session"),

        tg("bg023", "2027-02-07T20:14", "Emma Larsson", "6482207713", """hej! anmäler mig till alla tillfällen 😊 är laktosintolerant så laktosfri kost tack 🙏 /Emma, Falu kommun""",
           X("register", [P("Emma Larsson", None, "Falu kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "informal Telegram signup with emoji; 'alla tillfällen' = all four; diet laktosfri"),

        tg("bg024", "2027-02-09T09:26", "Maria Björk", "5508812460", """Hej Linnea! Kan du anmäla mina två kollegor Anton Sjöstrand och Sofia Ek till DalaLab? Båda på Orsa kommun, alla träffar. Jag kan inte själv. Tack! /Maria""",
           X("register", [P("Anton Sjöstrand", None, "Orsa kommun"), P("Sofia Ek", None, "Orsa kommun")], ALL),
           "Telegram: sender registers two colleagues, explicitly not herself; all four"),

        mail("bg025", "2027-02-11T13:44", ("Stefan Eriksson", "stefan.eriksson@malung-salen.se"), "Byte av deltagare DalaLab", """Hej,

Jag är anmäld till alla fyra träffarna i DalaLab men har tyvärr inte möjlighet att delta längre. Min kollega Ellen Brandt (ellen.brandt@malung-salen.se) tar min plats på samtliga träffar i stället.

Med vänlig hälsning
Stefan Eriksson
Malung-Sälens kommun
""",
             X("change", [P("Stefan Eriksson", "stefan.eriksson@malung-salen.se", "Malung-Sälens kommun"),
                          P("Ellen Brandt", "ellen.brandt@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "substitution: sender out, colleague in on all four -> change, people both, sessions = what Ellen takes"),

        tg("bg026", "2027-02-13T10:03", "Birgitta Öhman", "8120764419", """När är sista dagen att anmäla sig?""",
           X("question", [], []),
           "one-line question about the deadline -> question"),

        mail("bg027", "2027-02-16T08:09", ("Ida Wennberg", "ida.wennberg@falun.se"), "Kan inte delta 29 november", """Hej!

Jag kan tyvärr inte delta på DalaLab-träffen den 29 november eftersom jag är på tjänsteresa då. Övriga träffar är jag med på som planerat.

Hälsningar
Ida Wennberg
Falu kommun
""",
             X("cancel", [P("Ida Wennberg", "ida.wennberg@falun.se", "Falu kommun")], [S3]),
             "partial cancellation of 29 Nov only; 'övriga träffar som planerat' keeps the rest"),

        mail("bg028", "2027-02-18T15:30", ("Oscar Lindmark", "oscar.lindmark@hedemora.se"), "Anmälan DalaLab", """Hej,

Jag vill anmäla mig till de tre första träffarna i DalaLab (maj, september och november). Träffen i februari 2028 vet jag inte än om jag kan.

Med vänliga hälsningar

Oscar Lindmark
Planingenjör
Hedemora kommun
Tfn: 0225-340 00
Postadress: Hedemora kommun, 776 81 Hedemora
""",
             X("register", [P("Oscar Lindmark", "oscar.lindmark@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
             "'de tre första träffarna (maj, september och november)'; February session left open, not registered"),

        tg("bg029", "2027-02-20T11:47", "Anna Bergman", "2290417786", """sign me up for May 3 and Feb 22 please – Anna, Avesta""",
           X("register", [P("Anna Bergman", None, "Avesta kommun")], [S1, S4]),
           "short English Telegram; 'Feb 22' = the 2028 session; 'Avesta' -> Avesta kommun"),

        mail("bg030", "2027-02-23T19:05", ("Jimmy Andersson", "jimmy.andersson@rattvik.se"), "Radera mina uppgifter", """Hej,

Jag vill att ni raderar alla personuppgifter ni har om mig i samband med DalaLab.

Mvh
Jimmy Andersson
Rättviks kommun
""",
             X("erasure", [P("Jimmy Andersson", "jimmy.andersson@rattvik.se", "Rättviks kommun")], []),
             "plain erasure request; people = the sender; no sessions"),

        mail("bg031", "2027-02-25T10:12", ("Kristoffer Ahl", "kristoffer.ahl@leksand.se"), "Anmälan till DalaLab", """Hej Linnea,

Jag och min kollega Agnes Wik från Leksands kommun vill anmäla oss till DalaLab, träffarna den 3 maj och den 22 februari. Agnes har nötallergi.

Hälsningar,
Kristoffer Ahl
Leksands kommun
Mobil 073-812 55 09
""",
             X("register", [P("Kristoffer Ahl", "kristoffer.ahl@leksand.se", "Leksands kommun"),
                            P("Agnes Wik", None, "Leksands kommun", diet="nötallergi")],
               [S1, S4], diet="nötallergi"),
             "self + colleague without address; '3 maj och 22 februari' (22 Feb = 2028); colleague's diet nötallergi"),

        mail("bg032", "2027-03-01T08:33", ("Lena Karlsson", "lena.karlsson@avesta.se"), "SV: Anmälan DalaLab", """Hej igen,

Jag glömde skriva i min anmälan att jag äter vegetarisk kost. Jag är anmäld till alla fyra träffarna.

Mvh
Lena Karlsson
Avesta kommun
""",
             X("change", [P("Lena Karlsson", "lena.karlsson@avesta.se", "Avesta kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "diet added to an existing signup -> change; sessions = all four as she states"),

        tg("bg033", "2027-03-03T18:22", "Petter Holmgren", "1542098763", """kan inte komma 21/9 😕 övriga står kvar""",
           X("cancel", [P("Petter Holmgren", None, None)], [S2]),
           "partial cancellation of 21 Sep via Telegram; no organisation anywhere -> null"),

        tg("bg034", "2027-03-05T12:40", "Kent Jonsson", "6903115524", """Tack för bekräftelsen! 👍""",
           X("unknown", [], []),
           "thank-you for a confirmation: nothing to register, cancel or answer -> unknown"),

        mail("bg035", "2027-03-08T13:58", ("Magnus Hedberg", "magnus.hedberg@regiondalarna.se"), "Anmälan DalaLab – Region Dalarna", """<html><body>
<p>Hej Linnea,</p>
<p>Vi är tre från regionen som vill vara med i DalaLab, på träffarna 3 maj, 21 september och 22 februari:</p>
<ul>
<li>Magnus Hedberg, magnus.hedberg@regiondalarna.se</li>
<li>Sofie Ljung, sofie.ljung@regiondalarna.se</li>
<li>Tove Axelsson, tove.axelsson@regiondalarna.se</li>
</ul>
<p>Hälsningar<br>Magnus</p>
<p style="color:#666">Magnus Hedberg | Strateg, samhällsplanering | Region Dalarna<br>
Box 712, 791 29 Falun | 023-49 00 00</p>
</body></html>
""",
             X("register", [P("Magnus Hedberg", "magnus.hedberg@regiondalarna.se", "Region Dalarna"),
                            P("Sofie Ljung", "sofie.ljung@regiondalarna.se", "Region Dalarna"),
                            P("Tove Axelsson", "tove.axelsson@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S4]),
             "HTML list of three incl. the sender ('vi är tre'); three named dates; Falun box address is not the organisation"),

        tg("bg036", "2027-03-10T14:25", "Anders Nyström", "4471290836", """Hej! Jag skulle vilja vara med på träffen i november och den i februari. Anders, samhällsbyggnad Ludvika""",
           X("register", [P("Anders Nyström", None, "Ludvika kommun")], [S3, S4]),
           "'november och februari' = 29 Nov + 22 Feb 2028; 'samhällsbyggnad Ludvika' -> Ludvika kommun"),

        mail("bg037", "2027-03-12T09:15", ("Maria Sandström", "maria.sandstrom@sater.se"), "Avanmälan DalaLab", """Hej,

Ola Berg på vår planavdelning kommer inte att kunna delta i DalaLab eftersom han går på föräldraledighet i april. Stryk honom från deltagarlistan är du snäll.

Tack!
Maria Sandström
Avdelningschef, Säters kommun
0225-550 00
""",
             X("cancel", [P("Ola Berg", None, "Säters kommun")], ALL),
             "manager cancels a colleague (sender not in people); no session named -> all four; 'april' is not a session"),

        mail("bg038", "2027-03-15T07:02", ("", "helena.sjogren@sater.se"), "Anmälan", """Anmäler mig till alla träffarna.
Helena Sjögren, Säters kommun
""",
             X("register", [P("Helena Sjögren", "helena.sjogren@sater.se", "Säters kommun")], ALL),
             "two-line mail, bare address without display name; name from the text; 'alla träffarna' = all four"),

        tg("bg039", "2027-03-18T20:50", "Hampus Wallin", "3318654027", """Hej, jag är anmäld till 3 maj men kan inte då. Kan jag byta till 21 sept istället? Hampus från Vansbro""",
           X("change", [P("Hampus Wallin", None, "Vansbro kommun")], [S2]),
           "swap from 3 May to 21 Sep, asked as a question -> change; sessions after the change = 21 Sep only"),

        mail("bg040", "2027-03-22T06:30", ("Linus Forsgren", "linus.forsgren@avesta.se"), "Autosvar: Påminnelse – anmälan till DalaLab senast 14 april", """Hej!

Jag är föräldraledig och läser inte min e-post. Ärenden om detaljplaner hänvisas till plan@avesta.se eller kommunens växel 0226-64 50 00.

Linus Forsgren
Avesta kommun
""",
             X("auto_reply", [], []),
             "Swedish automatic reply ('Autosvar:') to the reminder; the deadline in the Subject is not a session"),

        mail("bg041", "2027-03-25T11:36", ("Jesper Nord", "jesper.nord@gagnef.se"), "SV: Påminnelse – anmälan till DalaLab senast 14 april", """Hej Linnea,

Tack för påminnelsen! Jag och Elsa Hedin (elsa.hedin@gagnef.se) kommer gärna på första träffen i Falun 3 maj. Resten får vi återkomma om när vi vet mer om höstens planering.

Mvh Jesper Nord
Gagnefs kommun

-----Ursprungligt meddelande-----
Från: Linnea Hassis
Skickat: den 22 mars 2027 09:00
Ämne: Påminnelse – anmälan till DalaLab senast 14 april

Hej! Glöm inte att anmäla dig till DalaLab senast 14 april. Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
""",
             X("register", [P("Jesper Nord", "jesper.nord@gagnef.se", "Gagnefs kommun"),
                            P("Elsa Hedin", "elsa.hedin@gagnef.se", "Gagnefs kommun")], [S1]),
             "reply to the reminder; self + colleague for 3 May only; 'resten får vi återkomma om' adds nothing; quoted reminder lists all dates"),

        tg("bg042", "2027-03-29T15:12", "Liam O'Connor", "7719034452", """Hi! Quick question – will the DalaLab sessions be held in Swedish only? My Swedish is ok but not great.""",
           X("question", [], []),
           "English question about language -> question, no signup"),

        mail("bg043", "2027-04-01T10:27", ("Ulrika Sjöberg", "ulrika.sjoberg@lansstyrelsen.se"), "Anmälan av två handläggare till DalaLab", """Hej,

Från Länsstyrelsen Dalarna vill vi anmäla två handläggare till samtliga träffar i DalaLab:

Henrik Palm, henrik.palm@lansstyrelsen.se – glutenfri
Rebecka Moberg, rebecka.moberg@lansstyrelsen.se – vegan

Jag själv deltar inte.

Vänliga hälsningar
Ulrika Sjöberg
Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Henrik Palm", "henrik.palm@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="glutenfri"),
                            P("Rebecka Moberg", "rebecka.moberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan")], ALL, diet="glutenfri, vegan"),
             "sender registers two colleagues, not herself; all four; a diet per person, message diet joined 'glutenfri; vegan'"),

        tg("bg044", "2027-04-05T21:03", "Maja Nordin", "1268840597", """hinner jag anmäla mig fortfarande? isåfall alla fyra. / Maja, Mora""",
           X("register", [P("Maja Nordin", None, "Mora kommun")], ALL, unsure=("intent",)),
           "before the deadline; asks if still possible and says 'isåfall alla fyra' -> register all four (conditional signup)"),

        mail("bg045", "2027-04-09T14:55", ("Frida Olsson", "frida.olsson@alvdalen.se"), "Avanmälan DalaLab", """Hej,

Tyvärr måste jag avanmäla både mig och min kollega Karl Mattsson från DalaLab. Vi har fått för mycket på bordet i vår och hinner inte med.

Vänliga hälsningar
Frida Olsson
Älvdalens kommun
Dalgatan 23, 796 31 Älvdalen
""",
             X("cancel", [P("Frida Olsson", "frida.olsson@alvdalen.se", "Älvdalens kommun"),
                          P("Karl Mattsson", None, "Älvdalens kommun")], ALL),
             "cancels self + colleague, no session named -> all four; 'i vår' is not a session"),
    ]
