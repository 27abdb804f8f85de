from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:12
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in er som arbetar med planeringsprocesser i kommunerna och regionen till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet handlar om strategisk översiktsplanering och planeringsstrategier och består av fyra träffar i Falun:

3 maj 2027, kl. 10–15 (fika från 09.30) – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 genom att svara på detta mejl. Ange gärna eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Utvecklingsstrateg
Region Dalarna
"""

REMINDER = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 mars 2027 08:00
Ämne: Påminnelse: DalaLab – sista anmälningsdag 14 april

Hej!

Det finns fortfarande platser kvar i lärprojektet DalaLab. Sista dag att anmäla sig är onsdag 14 april. Alla träffar hålls i Falun, kl. 10–15:

• 3 maj 2027
• 21 september 2027
• 29 november 2027
• 22 februari 2028

Varje kommun kan delta med upp till tre personer. Svara på detta mejl för att anmäla dig.

Hälsningar
Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("h001", "2026-12-01T15:14", ("Ulrika Sjögren", "ulrika.sjogren@hedemora.se"),
             "Automatiskt svar: Inbjudan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag är tjänstledig till och med 31 januari 2027 och läser inte min e-post under tiden.
För frågor om detaljplaner, kontakta plan@hedemora.se eller växeln 0225-340 00.

Med vänlig hälsning
Ulrika Sjögren
Hedemora kommun""",
             X("auto_reply"),
             "Outlook out-of-office in answer to the invitation mail-out"),

        mail("h002", "2026-12-02T08:47", ("Gustafsson Malin", "malin.gustafsson@falun.se"),
             "SV: Inbjudan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser väldigt intressant ut och passar bra nu när vi börjar med den nya översiktsplanen. Jag anmäler mig gärna till lärprojektet.

Hälsningar
Malin

Malin Gustafsson
Översiktsplanerare | Stadsbyggnadsförvaltningen
Falu kommun
023-82 000 (vx)
malin.gustafsson@falun.se

""" + INVITATION,
             X("register", [P("Malin Gustafsson", "malin.gustafsson@falun.se", "Falu kommun")], ALL),
             "Outlook reply to the invitation, self-signup naming no dates -> all four; quoted invitation"),

        tg("h003", "2026-12-02T10:15", "Per-Olof Nilsson", 6071829345,
           "hej! vill anmäla mig till dalalab, alla fyra träffarna. per-olof, vansbro kommun",
           X("register", [P("Per-Olof Nilsson", None, "Vansbro kommun")], ALL),
           "telegram self-signup, all four"),

        mail("h004", "2026-12-03T13:22", ("Andreas Hellström", "andreas.hellstrom@borlange.se"), "Anmälan DalaLab",
             """Hej,

Jag och min kollega Linda Persson (linda.persson@borlange.se) vill anmäla oss till DalaLab, samtliga träffar. Linda är vegetarian.

Med vänliga hälsningar

Andreas Hellström
Planarkitekt
Samhällsbyggnadsförvaltningen
Borlänge kommun
781 81 Borlänge
Tel 0243-74 00 00
www.borlange.se

Tänk på miljön innan du skriver ut detta e-postmeddelande.""",
             X("register", [P("Andreas Hellström", "andreas.hellstrom@borlange.se", "Borlänge kommun"),
                            P("Linda Persson", "linda.persson@borlange.se", "Borlänge kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "self + colleague with address, all sessions; the colleague's diet"),

        mail("h005", "2026-12-03T16:40", ("Eva Myrberg", "eva.myrberg71@gmail.com"), "Dalalab",
             """Hej!
Anmäler mig till träffarna 3 maj och 21 sept. Behöver glutenfri mat.
/Eva Myrberg, Leksands kommun

Skickat från min iPhone""",
             X("register", [P("Eva Myrberg", "eva.myrberg71@gmail.com", "Leksands kommun", diet="glutenfri")],
               [S1, S2], diet="glutenfri"),
             "short iPhone mail from a private gmail address, organisation in the sign-off; two dates, diet"),

        mail("h006", "2026-12-04T09:05", ("Karolina Ström", "karolina.strom@regiondalarna.se"), "DalaLab – anmälan",
             """Hej Linnea,

Vi från enheten för samhällsplanering vill gärna hänga med. Anmäl mig och Johan Eriksson (johan.eriksson@regiondalarna.se) till de två första träffarna, 3 maj och 21 september. Hur vi gör med de senare får vi se när nästa års verksamhetsplan är klar.

/Karolina

Karolina Ström
Utvecklingsstrateg, samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00""",
             X("register", [P("Karolina Ström", "karolina.strom@regiondalarna.se", "Region Dalarna"),
                            P("Johan Eriksson", "johan.eriksson@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "Region Dalarna colleague of the organiser signs up herself + one colleague for the first two"),

        tg("h007", "2026-12-04T21:30", "Sofie Lund", 5218830164,
           "Hej! Sofie Lund från Mora kommun. Vill anmäla mig till första träffen den 3 maj 🙂 Vegetarisk kost tack!",
           X("register", [P("Sofie Lund", None, "Mora kommun", diet="vegetarisk")], [S1], diet="vegetarisk"),
           "telegram signup for the first session with a diet"),

        mail("h008", "2026-12-08T11:03", ("Jesper Wahlund", "jesper@wahlundplan.se"), "Fråga om DalaLab",
             """Hej Linnea,

Jag är fristående planeringskonsult och tar just nu fram planeringsstrategin åt Smedjebackens kommun (på uppdrag, jag är inte anställd där). Är lärprojektet öppet även för oss konsulter, eller är det bara för kommunernas och regionens egna tjänstepersoner? Jag vill ju inte ta någon av kommunens tre platser.

Vänliga hälsningar
Jesper Wahlund
Wahlund Plan & Analys AB
070-312 44 81
www.wahlundplan.se""",
             X("question"),
             "consultant asks whether consultants may take part; no signup yet"),

        mail("h009", "2026-12-09T14:30", ("Karl-Johan Mård", "karl-johan.mard@sater.se"),
             "Anmälan till DalaLab från Säters kommun",
             """Hej Linnea,

Vi blir tre från Säters kommun som vill delta i lärprojektet, på samtliga fyra träffar:

- Karl-Johan Mård, planchef (jag själv)
- Ida Forslund, översiktsplanerare, ida.forslund@sater.se
- Yasmin Al-Hadi, planarkitekt, yasmin.al-hadi@sater.se

Ida är laktosintolerant, i övrigt ingen specialkost.

Med vänlig hälsning
Karl-Johan Mård
Planchef
Samhällsbyggnadsförvaltningen, Säters kommun
Box 85, 783 22 Säter
0225-550 00""",
             X("register", [P("Karl-Johan Mård", "karl-johan.mard@sater.se", "Säters kommun"),
                            P("Ida Forslund", "ida.forslund@sater.se", "Säters kommun", diet="laktosintolerant"),
                            P("Yasmin Al-Hadi", "yasmin.al-hadi@sater.se", "Säters kommun")],
               ALL, diet="laktosintolerant"),
             "planning manager signs up himself + two colleagues (bullet list with addresses), all four; one diet"),

        mail("h010", "2026-12-10T08:20", ("Jesper Wahlund", "jesper@wahlundplan.se"), "SV: Fråga om DalaLab",
             """Hej igen,

Tack för snabbt svar! Då anmäler jag mig till träffarna 21 september och 29 november.

Jesper

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 16:41
Till: Jesper Wahlund <jesper@wahlundplan.se>
Ämne: SV: Fråga om DalaLab

Hej Jesper,

Ja, konsulter som arbetar med kommunernas planering är välkomna i mån av plats, och du räknas inte in i kommunens tre platser.

Hälsningar
Linnea

Från: Jesper Wahlund <jesper@wahlundplan.se>
Skickat: den 8 december 2026 11:03
Ämne: Fråga om DalaLab

Hej Linnea,
Jag är fristående planeringskonsult och tar just nu fram planeringsstrategin åt Smedjebackens kommun ...""",
             X("register", [P("Jesper Wahlund", "jesper@wahlundplan.se", None)], [S2, S3]),
             "consultant signs up after the organiser's answer (quoted thread); organisation None"),

        tg("h011", "2026-12-10T19:48", "Jenny Sahlin", 1640093277,
           "hej, anmäl mig o kollegan marcus åhlin till 3/5 o 21/9. vi jobbar båda på ludvika kommun /jenny",
           X("register", [P("Jenny Sahlin", None, "Ludvika kommun"), P("Marcus Åhlin", None, "Ludvika kommun")],
             [S1, S2]),
           "telegram, sender + colleague in lower case, '3/5 o 21/9'"),

        mail("h012", "2026-12-11T10:20", ("Hussein Abdi", "hussein.abdi@avesta.se"), "Anmälan DalaLab",
             """Hej!

Härmed anmäler jag mig till lärprojektet DalaLab. Jag kan tyvärr inte delta den 29 november eftersom jag är på en annan konferens då, men på övriga tre träffar är jag gärna med.

Vänliga hälsningar

Hussein Abdi
Samhällsplanerare
Avesta kommun | Kommunledningskontoret
Tel: 0226-64 50 00
Besöksadress: Kungsgatan 32, Avesta

Detta e-postmeddelande kan innehålla information som är sekretessbelagd. Om du inte är rätt mottagare, vänligen meddela avsändaren och radera meddelandet.""",
             X("register", [P("Hussein Abdi", "hussein.abdi@avesta.se", "Avesta kommun")], [S1, S2, S4]),
             "signup for all but 29 November; Outlook signature with disclaimer"),

        mail("h013", "2026-12-14T09:41", ("Kerstin Jonsson", "kerstin.jonsson@orsa.se"), "Fråga om DalaLab",
             """Hej!

Vi på samhällsbyggnad i Orsa är intresserade av DalaLab men har ganska långt till Falun. Finns det möjlighet att delta digitalt på någon av träffarna? Och ingår lunch?

Mvh
Kerstin Jonsson
Samhällsbyggnadsförvaltningen
Orsa kommun""",
             X("question"),
             "question about digital participation and lunch before signing up"),

        tg("h014", "2026-12-15T15:15", "Åsa Dahlberg", 7012456638,
           "Anmäler mig till alla träffar! Åsa Dahlberg, Rättviks kommun. Laktosfri kost 🙏",
           X("register", [P("Åsa Dahlberg", None, "Rättviks kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "telegram, all sessions, diet"),

        mail("h015", "2026-12-16T08:55", ("Plan & Bygg Nyheter", "nyhetsbrev@planochbygg-nyheter.se"),
             "Nyhetsbrev december: Ny vägledning om översiktsplanering, vårens seminarier",
             """PLAN & BYGG NYHETER – december 2026

Boverket har publicerat ny vägledning om planeringsstrategier
Läs om vad den nya vägledningen innebär för kommunernas arbete med översiktsplanen.

Vårens seminarier – anmäl dig nu!
• 9 februari: Detaljplaner och dagvatten (digitalt)
• 17 mars: Planering för klimatanpassning, Stockholm
• 12 maj: PBL-dagen, Göteborg
Early bird-pris till och med 15 januari.

Du får detta nyhetsbrev eftersom du har prenumererat på Plan & Bygg Nyheter.
Avsluta prenumerationen: https://planochbygg-nyheter.se/avregistrera""",
             X("unknown"),
             "trade newsletter with seminar dates and 'anmäl dig'; not about the event"),

        mail("h016", "2026-12-18T13:10", ("Wik Helena", "helena.wik@lansstyrelsen.se"), "Anmälan DalaLab – Länsstyrelsen",
             """Hej Linnea!

Vi på samhällsbyggnadsenheten vill gärna vara med i DalaLab. Anmäl mig och min kollega Mikael Strand (mikael.strand@lansstyrelsen.se) till träffarna i maj och september – längre fram än så vågar vi inte lova något just nu.

Hälsningar
Helena Wik
Planhandläggare
Länsstyrelsen Dalarna, Samhällsbyggnadsenheten
010-225 00 00
www.lansstyrelsen.se/dalarna

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer på vår webbplats.""",
             X("register", [P("Helena Wik", "helena.wik@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Mikael Strand", "mikael.strand@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "Länsstyrelsen, surname-first display name, self + colleague; 'träffarna i maj och september'; windows-1252",
             charset="windows-1252"),

        mail("h017", "2026-12-18T13:11", ("Strand Mikael", "mikael.strand@lansstyrelsen.se"),
             "Automatiskt svar: Bekräftelse av anmälan – DalaLab",
             """Hej,

Jag är ledig till och med 6 januari 2027 och läser inte e-post under tiden. Vid brådskande ärenden, kontakta Länsstyrelsens växel 010-225 00 00.

God jul och gott nytt år!
Mikael Strand""",
             X("auto_reply"),
             "holiday out-of-office answering a registration confirmation"),

        tg("h018", "2026-12-21T22:05", "Tobias Berg", 948201736,
           "hej! anmäl mig till dalalab, alla datum. har nötallergi! /tobias berg, gagnef",
           X("register", [P("Tobias Berg", None, "Gagnefs kommun", diet="nötallergi")], ALL, diet="nötallergi"),
           "telegram lower case, all dates, nut allergy"),

        mail("h019", "2027-01-11T10:02", ("Lena Sandin", "lena.sandin@malung-salen.se"), "DalaLab",
             """Hej!

Jag skulle vilja anmäla mig till de två första träffarna i DalaLab (3 maj och 21 september).

Mvh
Lena Sandin
Planarkitekt
Malung-Sälens kommun
0280-181 00""",
             X("register", [P("Lena Sandin", "lena.sandin@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "plain signup for the first two sessions"),

        tg("h020", "2027-01-12T12:45", "Daniel Kovač", 5380017724,
           "Hi! Daniel Kovač here, I work as a planner at Smedjebacken municipality. I'd like to sign up for all "
           "four sessions of DalaLab. I'm vegetarian, if that matters for lunch. Thanks!",
           X("register", [P("Daniel Kovač", None, "Smedjebackens kommun", diet="vegetarian")], ALL,
             diet="vegetarian"),
           "English telegram signup, all four, vegetarian"),

        mail("h021", "2027-01-14T09:17", ("Christina Bengtsson", "christina.bengtsson@hedemora.se"),
             "Anmälan till DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Jag vill anmäla två medarbetare från Samhällsbyggnadsförvaltningen i Hedemora till DalaLab:</p>
<ul>
<li>Filip Eriksson, planarkitekt</li>
<li>Sanna Nord, översiktsplanerare</li>
</ul>
<p>Båda kommer på alla fyra träffarna. Filip är vegan.</p>
<p>Med vänlig hälsning<br>
Christina Bengtsson<br>
Förvaltningschef, Samhällsbyggnadsförvaltningen<br>
Hedemora kommun<br>
Tel 0225-340 00</p>
</div></body></html>""",
             X("register", [P("Filip Eriksson", None, "Hedemora kommun", diet="vegan"),
                            P("Sanna Nord", None, "Hedemora kommun")], ALL, diet="vegan"),
             "HTML-only Outlook mail: manager registers two staff (not herself), all four; one is vegan",
             html=True),

        tg("h022", "2027-01-19T14:02", "Linda Persson", 2210736458,
           "hej! var i falun blir träffarna? står bara falun i inbjudan. finns det parkering där?",
           X("question"),
           "telegram question about the venue and parking"),

        mail("h023", "2027-01-22T11:30", ("Bertil Ståhl", "bertil.stahl@alvdalen.se"), "Anmälan Älvdalens kommun",
             """Hej Linnea,

Här kommer anmälan från Älvdalens kommun till DalaLab. Vi blir två: jag själv och vår nya planarkitekt Elsa Brandt, som börjar hos oss 1 februari och därför inte har någon e-postadress än.

Vi vill vara med på träffarna 3 maj, 21 september och 29 november. Februariträffen 2028 tar vi ställning till senare.

Hälsningar
Bertil Ståhl
Stadsarkitekt
Älvdalens kommun
0251-310 00""",
             X("register", [P("Bertil Ståhl", "bertil.stahl@alvdalen.se", "Älvdalens kommun"),
                            P("Elsa Brandt", None, "Älvdalens kommun")], [S1, S2, S3]),
             "self + new colleague without address, three named dates; the February one left for later"),

        mail("h024", "2027-01-26T16:50", ("Andreas Hellström", "andreas.hellstrom@borlange.se"),
             "SV: Bekräftelse av anmälan – DalaLab",
             """Hej,

En sak jag glömde: jag behöver laktosfri kost. Kan ni notera det inför fikat och lunchen?

/Andreas

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 3 december 2026 13:24
Till: Andreas Hellström <andreas.hellstrom@borlange.se>
Ämne: Bekräftelse av anmälan – DalaLab

Hej Andreas Hellström!
Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:
3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
Välkommen!""",
             X("change", [P("Andreas Hellström", "andreas.hellstrom@borlange.se", "Borlänge kommun", diet="laktosfri")],
               [], diet="laktosfri"),
             "diet added to an existing signup, replying to the confirmation (quoted dates are not his request)"),

        mail("h025", "2027-02-02T10:10", ("Kerstin Jonsson", "kerstin.jonsson@orsa.se"), "SV: Fråga om DalaLab",
             """Tack för svaret! Synd att det inte går digitalt, men då får vi samåka. Jag anmäler mig till träffarna 21/9 och 29/11 – våren är redan full hos oss.

Kerstin

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 13:05
Till: Kerstin Jonsson <kerstin.jonsson@orsa.se>
Ämne: SV: Fråga om DalaLab

Hej Kerstin!
Träffarna är tyvärr bara fysiska, i Falun. Lunch och fika bjuder vi på.
Hälsningar
Linnea

Från: Kerstin Jonsson <kerstin.jonsson@orsa.se>
Skickat: den 14 december 2026 09:41
Ämne: Fråga om DalaLab

Hej!
Vi på samhällsbyggnad i Orsa är intresserade av DalaLab men har ganska långt till Falun. Finns det möjlighet att delta digitalt på någon av träffarna? Och ingår lunch?""",
             X("register", [P("Kerstin Jonsson", "kerstin.jonsson@orsa.se", "Orsa kommun")], [S2, S3]),
             "signup after the organiser's answer; '21/9 och 29/11'; organisation from domain and quoted thread"),

        tg("h026", "2027-02-04T20:14", "Sara Lindholm", 6634102289,
           "hej! kan jag få anmäla mig till alla träffar utom den första? jobbar på falu kommun, stadsbyggnad "
           "/sara lindholm",
           X("register", [P("Sara Lindholm", None, "Falu kommun")], [S2, S3, S4]),
           "telegram, 'alla utom den första' = the last three"),

        mail("h027", "2027-02-09T09:33", ("Peter Ahlberg", "peter.ahlberg@mora.se"), "Anmälan DalaLab Mora",
             """Hej! Anmäler mig själv och Fatima Yusuf (fatima.yusuf@mora.se) till träff 1 och 2, alltså 3 maj och 21 sept. Fatima äter halal.

Mvh Peter Ahlberg
Mora kommun, plan- och byggavdelningen

Hämta Outlook för Android""",
             X("register", [P("Peter Ahlberg", "peter.ahlberg@mora.se", "Mora kommun"),
                            P("Fatima Yusuf", "fatima.yusuf@mora.se", "Mora kommun", diet="halal")],
               [S1, S2], diet="halal"),
             "phone mail: self + colleague with address, sessions 1 and 2 spelled out; colleague's diet"),

        tg("h028", "2027-02-12T13:00", "Tobias Berg", 948201736,
           "hej, tobias berg från gagnef igen. måste tyvärr stryka mig från träffen 29 nov, krockar med "
           "budgetberedningen. övriga tre är kvar",
           X("cancel", [P("Tobias Berg", None, "Gagnefs kommun")], [S3]),
           "telegram partial cancellation of one session, keeps the other three"),

        mail("h029", "2027-02-18T11:11", ("Aleksandra Petrović", "aleksandra.petrovic@falun.se"), "Registration DalaLab",
             """Dear Linnea,

I would like to register for DalaLab. I am only able to attend the sessions on 21 September and 22 February 2028, but those topics are also the closest to my work in traffic planning.

Best regards,
Aleksandra Petrović
Traffic Planner
Falu kommun | Samhällsbyggnadsförvaltningen
+46 23 82 000""",
             X("register", [P("Aleksandra Petrović", "aleksandra.petrovic@falun.se", "Falu kommun")], [S2, S4]),
             "English signup for two sessions"),

        mail("h030", "2027-03-01T08:03", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<linda.persson@borlange.se>: host borlange-se.mail.protection.outlook.com[52.101.68.12]
    said: 552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
    (in reply to end of DATA command)

--- Returned message ---
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: linda.persson@borlange.se
Date: Mon, 1 Mar 2027 08:00:12 +0100
Subject: Påminnelse: DalaLab – sista anmälningsdag 14 april

Hej!

Det finns fortfarande platser kvar i lärprojektet DalaLab. Sista dag att anmäla sig är onsdag 14 april. Alla träffar hålls i Falun, kl. 10–15:
3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028.""",
             X("auto_reply"),
             "bounce (mailbox full) of the reminder; returned text lists all dates"),

        mail("h031", "2027-03-01T08:05", ("Vansbro kommun", "kommun@vansbro.se"),
             "Automatiskt svar: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Tack för ditt e-postmeddelande till Vansbro kommun!

Vi har tagit emot ditt meddelande. Det kommer att registreras och lämnas över till berörd handläggare. Vi besvarar normalt e-post inom två arbetsdagar.

Observera att e-post som skickas till kommunen kan bli allmän handling.

Med vänlig hälsning
Vansbro kommun
Kommunledningskontoret
Telefon 0281-750 00""",
             X("auto_reply"),
             "municipal registry's automatic receipt of the reminder"),

        mail("h032", "2027-03-01T09:00", ("Annelie Karlsson", "annelie.karlsson@smedjebacken.se"),
             "SV: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Hej!

Tack för påminnelsen, det hade vi nästan missat. Anmäl mig och min kollega Roger Ek till alla träffar. Vi jobbar båda på miljö- och byggförvaltningen.

Annelie Karlsson
Översiktsplanerare
Smedjebackens kommun
0240-660 00

""" + REMINDER,
             X("register", [P("Annelie Karlsson", "annelie.karlsson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Roger Ek", None, "Smedjebackens kommun")], ALL),
             "reply to the reminder: self + colleague without address, 'alla träffar'; quoted reminder with dates"),

        mail("h033", "2027-03-03T14:25", ("Peter Ahlberg", "peter.ahlberg@mora.se"), "Ändring DalaLab – Mora",
             """Hej Linnea,

Fatima Yusuf har tyvärr slutat hos oss. Oskar Lind (oskar.lind@mora.se) tar hennes plats och går på samma träffar, dvs 3 maj och 21 september. Han har inga särskilda kostönskemål.

Jag själv är kvar som förut.

Mvh Peter

Peter Ahlberg
Planarkitekt
Mora kommun""",
             X("change", [P("Fatima Yusuf", None, "Mora kommun"), P("Oskar Lind", "oskar.lind@mora.se", "Mora kommun")],
               [S1, S2]),
             "substitution: colleague left, another takes her place and sessions; sender unchanged, not in people"),

        tg("h034", "2027-03-05T19:02", "Jonas Ersson", 1187503962,
           "Hej! Vill anmäla mig till de två sista träffarna, 29/11 och 22/2. Jonas Ersson, Leksands kommun",
           X("register", [P("Jonas Ersson", None, "Leksands kommun")], [S3, S4]),
           "telegram signup for the last two sessions"),

        mail("h035", "2027-03-08T10:40", ("Emelie Hallberg", "emelie.hallberg@falun.se"), "Fler platser för Falun?",
             """Hej!

Jag förstår att varje kommun får skicka tre personer och att vi redan är tre från Falu kommun. Vi har en ny planarkitekt som gärna skulle gå på träffen om tillgänglighet i februari 2028. Finns det någon möjlighet till en extra plats, eller har ni en reservlista?

Vänliga hälsningar
Emelie Hallberg
Planchef, Falu kommun""",
             X("question"),
             "question about an extra place / reserve list for a fourth Falun person; no one is named or signed up"),

        mail("h036", "2027-03-12T15:30", ("Strand Mikael", "mikael.strand@lansstyrelsen.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått en ny tjänst på Trafikverket och slutar på Länsstyrelsen i slutet av mars. Helena Wik är fortfarande anmäld som tidigare.

Tack och lycka till med projektet!

Mikael Strand
Planhandläggare
Länsstyrelsen Dalarna""",
             X("cancel", [P("Mikael Strand", "mikael.strand@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "full cancellation, no dates named -> all four; colleague stays registered, not in people"),

        tg("h037", "2027-03-16T12:12", "Åsa Dahlberg", 7012456638,
           "Hej! Åsa Dahlberg, Rättvik. Jag är anmäld till alla fyra men blir föräldraledig från oktober, så jag "
           "kan bara vara med 3 maj och 21 september. Kan ni ta bort mig från de två sista? 🙏",
           X("cancel", [P("Åsa Dahlberg", None, "Rättviks kommun")], [S3, S4]),
           "telegram: withdraws from the last two, keeps the first two -> cancel of the two"),

        mail("h038", "2027-03-19T09:50", ("Maja Gren", "maja.gren@vansbro.se"), "Anmälan DalaLab",
             """Hej,

Min kollega Per-Olof Nilsson anmälde sig i december. Nu vill jag också anmäla mig, till den första och den sista träffen (3 maj 2027 och 22 februari 2028).

Vänligen
Maja Gren
Bygglov och planering
Vansbro kommun""",
             X("register", [P("Maja Gren", "maja.gren@vansbro.se", "Vansbro kommun")], [S1, S4]),
             "self-signup for first and last; already registered colleague mentioned, not in people"),

        tg("h039", "2027-03-23T17:45", "Sara Lindholm", 6634102289,
           "hej igen! det löste sig med maj, så lägg gärna till mig på 3 maj också. då blir det alla fyra 😊 /sara, falu kommun",
           X("change", [P("Sara Lindholm", None, "Falu kommun")], ALL),
           "telegram: adds the first session to an existing signup, states all four after the change"),

        mail("h040", "2027-03-25T11:20", ("Johan Eriksson", "johan.eriksson@regiondalarna.se"), "Byte av träff DalaLab",
             """Hej Linnea!

Karolina anmälde mig i december. Går det att byta 21 september mot 29 november? Jag har fått en krock med ett internat i september.

Tack på förhand!
Johan

Johan Eriksson
Analytiker
Region Dalarna""",
             X("change", [P("Johan Eriksson", "johan.eriksson@regiondalarna.se", "Region Dalarna")], [S3]),
             "bare swap of one session for another -> the new one"),

        mail("h041", "2027-04-01T13:05", ("Stefan Nordin", "stefan.nordin@regiondalarna.se"),
             "Protokoll planeringsrådet 26 mars",
             """Hej Linnea,

Här kommer utkastet till protokollet från planeringsrådet i fredags. Kan du titta på punkt 4 (regional utvecklingsstrategi) innan jag skickar ut det till ledamöterna? Det vore bra om det gick iväg före påsk.

Tack!
Stefan

Stefan Nordin
Nämndsekreterare
Region Dalarna""",
             X("unknown"),
             "internal mail to the organiser about another matter"),

        mail("h042", "2027-04-06T10:10", ("Ewa Granlund", "ewa.granlund@ludvika.se"), "Ta bort mina uppgifter",
             """Hej,

Jag fick er inbjudan till DalaLab men arbetar sedan årsskiftet inte längre med planering. Jag kommer alltså inte att delta och ber er radera mina personuppgifter och ta bort mig från era sändlistor.

Tack!
Ewa Granlund
Ludvika kommun""",
             X("erasure", [P("Ewa Granlund", "ewa.granlund@ludvika.se", "Ludvika kommun")]),
             "erasure request from someone on the invitation list"),

        tg("h043", "2027-04-08T16:30", "Nina Öberg", 5902387114,
           "hej, hinner jag anmäla mig fortfarande? i så fall alla träffarna. nina öberg, hedemora kommun. "
           "glutenfri 🙏",
           X("register", [P("Nina Öberg", None, "Hedemora kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "telegram signup close to the deadline, asks if in time; all four, diet"),

        tg("h044", "2027-04-09T12:00", "Jenny Sahlin", 1640093277,
           "Hej! Jenny Sahlin, Ludvika. Marcus Åhlin har slutat hos oss så han ska inte vara med – ta bort honom "
           "från 3/5 och 21/9. Jag kommer som planerat.",
           X("cancel", [P("Marcus Åhlin", None, "Ludvika kommun")], [S1, S2]),
           "telegram: sender cancels a colleague who left; she stays registered, not in people"),

        tg("h045", "2027-04-10T09:30", "Mohammed Rahimi", 6820341975,
           "Hej. Jag vill anmäla mig till DalaLab 29 nov och 22 feb. Mohammed Rahimi, Region Dalarna "
           "(kollektivtrafikförvaltningen)",
           X("register", [P("Mohammed Rahimi", None, "Region Dalarna")], [S3, S4]),
           "telegram signup for the last two sessions, Region Dalarna"),
    ]
