"""Theme "inbox": one registration inbox over the winter 2026/27 as it fills up.

First signups right after the invitation (often replies above the quoted invitation), colleagues added later,
questions about venue, cost, remote attendance and food, out-of-office replies, bounces, a newsletter, a
mailing-list post, spam and phishing, then changes and cancellations in spring and late signups near the deadline.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """Inbjudan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
planeringsprocesser till ett lärprojekt om strategisk översiktsplanering och
planeringsstrategier. Projektet består av fyra träffar:

Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
  Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
  för en stärkt översiktsplanering (tillsammans med Boverket)
Träff 2: tisdag 21 september 2027
  Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
  jobba med det?
Träff 3: måndag 29 november 2027
  Att planera både för önskvärda framtider och för osäkerheter
Träff 4: tisdag 22 februari 2028
  Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
  tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den
14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation,
e-postadress och eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


OUTLOOK_HDR = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:03
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

"""


def messages():
    m = []

    # ---------------- December: first signups after the invitation ----------------
    m.append(mail(
        "ao001", "2026-12-02T08:14", ("Karin Lindqvist", "karin.lindqvist@falun.se"),
        "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea!

Tack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig gärna
till DalaLab.

Vänliga hälsningar
Karin Lindqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Besöksadress: Stadshuset, Slaggatan 2, 791 83 Falun
Tel: 023-82 54 17 | Mobil: 070-318 22 90

Den 1 dec. 2026 kl. 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quote(INVITE),
        X("register", [P("Karin Lindqvist", "karin.lindqvist@falun.se", "Falu kommun")], ALL),
        "first reply above the quoted invitation; no date named so all four; quoted dates are not the request"))

    m.append(mail(
        "ao002", "2026-12-02T10:41", ("Hed Per-Olof", "per-olof.hed@mora.se"),
        "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej,

Vi blir tre från Mora: jag själv, Anna Back (anna.back@mora.se) och Jonas
Eriksson från bygglov. Alla tre vill vara med på samtliga träffar.

Mvh
Per-Olof Hed
Planchef, Mora kommun
Tingsnäsvägen 1, 792 80 Mora
0250-260 00 (vx) / 0250-261 44

""" + OUTLOOK_HDR.format(to="Hed Per-Olof <per-olof.hed@mora.se>") + INVITE,
        X("register", [P("Per-Olof Hed", "per-olof.hed@mora.se", "Mora kommun"),
                       P("Anna Back", "anna.back@mora.se", "Mora kommun"),
                       P("Jonas Eriksson", None, "Mora kommun")], ALL),
        "self plus two colleagues (one without address) above an Outlook-style unmarked quote; From is 'Efternamn Förnamn'"))

    m.append(tg(
        "ao003", "2026-12-03T21:07", "Sara", 583920174,
        "hej! vill anmäla mig till dalalab, första träffen och den i september. "
        "Sara Nyström, Leksands kommun, sara.nystrom@leksand.se",
        X("register", [P("Sara Nyström", "sara.nystrom@leksand.se", "Leksands kommun")], [S1, S2]),
        "telegram signup: 'första träffen' and 'den i september' -> S1, S2"))

    m.append(mail(
        "ao004", "2026-12-04T13:22", ("Samhällsbyggnad Borlänge", "plan@borlange.se"),
        "Anmälan DalaLab",
        """Hej!

Vi anmäler härmed följande medarbetare till DalaLab, samtliga träffar:

Eriksson, Malin – planarkitekt
Öberg, Tobias – planarkitekt

Malin är glutenintolerant.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tfn 0243-740 00
plan@borlange.se
""",
        X("register", [P("Malin Eriksson", None, "Borlänge kommun", diet="glutenintolerant"),
                       P("Tobias Öberg", None, "Borlänge kommun")], ALL, diet="glutenintolerant"),
        "function mailbox signs up two staff written 'Efternamn, Förnamn'; writer not a participant; mailbox address is nobody's"))

    m.append(mail(
        "ao005", "2026-12-07T07:55", ("David Kowalski", "david.kowalski@lansstyrelsen.se"),
        "Registration DalaLab",
        """Dear Ms Hassis,

A colleague forwarded your invitation to me. I would like to register for
DalaLab. I work as a strategic planner at the County Administrative Board
(Länsstyrelsen Dalarna), and I can attend the May and the November sessions
only, unfortunately. Please note that I am vegan.

Kind regards,
David Kowalski
Strategic Planner | Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun | +46 10-225 04 83
""",
        X("register", [P("David Kowalski", "david.kowalski@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")],
          [S1, S3], diet="vegan"),
        "English signup for two sessions named by month; vegan"))

    m.append(mail(
        "ao006", "2026-12-08T16:30", ("Linda Hansson", "linda.hansson@malung-salen.se"),
        "Fråga om DalaLab",
        """Hej Linnea,

Jag funderar på att anmäla mig till DalaLab men undrar först om det går att
delta på distans, åtminstone på några av träffarna? Jag sitter i Sälen och
det blir nästan fyra timmar tur och retur till Falun.

Om det inte går får jag prata med min chef först innan jag anmäler mig.

Hälsningar
Linda Hansson
Planeringsstrateg, Malung-Sälens kommun
0280-181 00
""",
        X("question"),
        "'funderar på att anmäla mig' plus a remote-attendance question: not yet a signup"))

    m.append(mail(
        "ao007", "2026-12-09T09:02", ("Stig Larsson", "stig.larsson@hedemora.se"),
        "Automatiskt svar: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Tack för ditt mejl!

Jag är på tjänsteresa till och med måndag 14 december och har begränsad
tillgång till e-post. Mejlet läses inte under tiden.

Brådskande ärenden om detaljplaner: kontakta samhällsbyggnadskontoret via
växeln 0225-340 00.

Thank you for your e-mail. I am away until 14 December with limited access to
e-mail.

Stig Larsson
Hedemora kommun
""",
        X("auto_reply"),
        "out-of-office reply to the invitation"))

    m.append(mail(
        "ao008", "2026-12-09T11:47", ("Johanna Skoglund", "johanna.skoglund@gagnef.se"),
        "Anmälan",
        """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill anmäla mig till DalaLab, alla fyra träffarna.<br>
Jag äter vegetariskt.</p>
<p>Vänliga hälsningar</p>
<table cellpadding="0" cellspacing="0" style="border-left:3px solid #00704a;padding-left:8px">
<tr><td><b>Johanna Skoglund</b></td></tr>
<tr><td>Samhällsplanerare</td></tr>
<tr><td>Gagnefs kommun | Kommunkontoret, Djurås</td></tr>
<tr><td>Tel: 0241-150 00 | <a href="mailto:johanna.skoglund@gagnef.se">johanna.skoglund@gagnef.se</a></td></tr>
</table>
</body></html>
""",
        X("register", [P("Johanna Skoglund", "johanna.skoglund@gagnef.se", "Gagnefs kommun", diet="vegetarisk")],
          ALL, diet="vegetarisk"),
        "HTML-only signup with signature table; 'äter vegetariskt' -> vegetarisk", html=True))

    m.append(tg(
        "ao009", "2026-12-10T19:33", "Mikael D", 1204775310,
        "hej det är mikael dahl från orsa kommun jag vill anmäla mig till dala lab alla träffar utom den i "
        "februari punkt min mejl är mikael punkt dahl snabel a orsa punkt se",
        X("register", [P("Mikael Dahl", "mikael.dahl@orsa.se", "Orsa kommun")], [S1, S2, S3]),
        "voice dictation: spoken address, 'alla träffar utom den i februari' -> S1-S3"))

    m.append(mail(
        "ao010", "2026-12-11T14:05", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
        "Olevererbart: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Det gick inte att leverera till följande mottagare eller grupper:

gunnar.sjoberg@vansbro.se
Den e-postadress du angav gick inte att hitta. Kontrollera mottagarens
e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:
Genererande server: DB9PR02MB7161.eurprd02.prod.outlook.com
gunnar.sjoberg@vansbro.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: gunnar.sjoberg@vansbro.se
Subject: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Fri, 11 Dec 2026 14:04:51 +0100
""",
        X("auto_reply"),
        "Outlook non-delivery report (Swedish) for the invitation"))

    m.append(mail(
        "ao011", "2026-12-14T10:20", ("Henrik Gustafsson", "henrik.gustafsson@sater.se"),
        "Anmalan DalaLab fran Sater",
        """Hej!

Anmäler mig själv och min kollega Åsa Wikström (asa.wikstrom@sater.se) till
DalaLab. Vi kommer bägge på höstens två träffar, alltså 21/9 och 29/11. Våren
är tyvärr full med detaljplaner.

Hälsningar
Henrik Gustafsson
Stadsarkitekt
Säters kommun, Box 300, 783 27 Säter
Tfn 0225-550 00
""",
        X("register", [P("Henrik Gustafsson", "henrik.gustafsson@sater.se", "Säters kommun"),
                       P("Åsa Wikström", "asa.wikstrom@sater.se", "Säters kommun")], [S2, S3]),
        "iso-8859-1 mail; self plus colleague; 'höstens två träffar, 21/9 och 29/11' -> S2, S3",
        charset="iso-8859-1"))

    m.append(mail(
        "ao012", "2026-12-15T08:40", ("Camilla Roos", "camilla.roos@ludvika.se"),
        "Kostnad?",
        """Hej

Vad kostar det att delta i DalaLab, och ingår lunch och fika? Jag behöver
veta det innan jag kan få deltagandet godkänt av min chef.

/Camilla

Camilla Roos
Planeringsekonom, Ludvika kommun
0240-860 00
""",
        X("question"),
        "question about cost and food before getting approval"))

    m.append(tg(
        "ao013", "2026-12-16T12:12", "Lotta Berg", 771034286,
        "Anmäl mig till 3/5 tack 🙂 /Lotta Berg, Avesta",
        X("register", [P("Lotta Berg", None, "Avesta kommun")], [S1]),
        "terse telegram signup, '3/5' is 3 May"))

    m.append(mail(
        "ao014", "2026-12-18T15:51", ("DalaLab Registrering", "registrering@dalalab-anmalan.com"),
        "Åtgärd krävs: bekräfta din plats på DalaLab 3 maj 2027",
        """Hej,

Din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft är
inte slutförd. För att säkra din plats den 3 maj 2027 måste du verifiera ditt
Microsoft 365-konto inom 24 timmar:

https://dalalab-anmalan.com/verify?session=3maj&ref=RD-44871

Ej verifierade platser släpps till reservlistan.

Med vänlig hälsning
Region Dalarna Eventservice
""",
        X("unknown"),
        "phishing dressed as a registration confirmation, from a look-alike domain"))

    m.append(mail(
        "ao015", "2026-12-21T09:30", ("Emma Strand", "emma.strand@rattvik.se"),
        "VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea,

Jag anmäler mig enligt nedan, min chef har gett klartecken.

Emma Strand
Planarkitekt, Rättviks kommun
Storgatan 2, 795 80 Rättvik
Direkt 0248-701 35

________________________________
Från: Bengtsson Mats <mats.bengtsson@rattvik.se>
Skickat: den 18 december 2026 16:12
Till: Strand Emma <emma.strand@rattvik.se>
Ämne: VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Emma, är inte det här något för dig? Anmäl dig gärna, max tre per kommun så
vänta inte för länge.

/Mats

""" + OUTLOOK_HDR.format(to="Bengtsson Mats <mats.bengtsson@rattvik.se>") + INVITE,
        X("register", [P("Emma Strand", "emma.strand@rattvik.se", "Rättviks kommun")], ALL),
        "forwarded chain: manager forwards invitation, employee signs up on top; manager is not a participant"))

    m.append(mail(
        "ao016", "2026-12-22T13:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev: Översiktsplanering – december 2026",
        """Boverkets nyhetsbrev om översiktsplanering, nr 12/2026

I detta nummer:
- Nytt i PBL Kunskapsbanken: planeringsstrategi steg för steg
- Webbinarium: Planeringsstrategi i praktiken, 3 februari 2027, kl. 13–15.
  Anmäl dig senast 27 januari via boverket.se/webbinarier
- Save the date: Planeringsdagarna 21–22 september 2027 i Norrköping
- Så jobbar tre kommuner med utvecklingsinriktningen i ÖP-modellen

Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets utskick.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
Boverket, Box 534, 371 23 Karlskrona
""",
        X("auto_reply"),
        "newsletter that talks about planning, signups and a 21 September date; not a request"))

    # ---------------- January: colleagues added, questions ----------------
    m.append(mail(
        "ao017", "2027-01-08T08:05", ("Karin Lindqvist", "karin.lindqvist@falun.se"),
        "Ytterligare deltagare från Falun",
        """Hej igen Linnea!

Jag anmälde mig i december. Nu har vi fått en ny översiktsplanerare, Fredrik
Holm, som också vill vara med. Han kan alla datum. Hans mejl är
fredrik.holm@falun.se.

God fortsättning!
Karin

Karin Lindqvist
Översiktsplanerare, Falu kommun
023-82 54 17
""",
        X("register", [P("Fredrik Holm", "fredrik.holm@falun.se", "Falu kommun")], ALL),
        "colleague added later; the writer is already registered and not part of this request"))

    m.append(tg(
        "ao018", "2027-01-11T17:44", "Niklas Borg", 398120557,
        "hej, får vi vara fyra från samma kommun? vi är ett ganska stort planteam i borlänge o alla vill gå",
        X("question"),
        "'får vi vara fyra?' asks about the quota; nobody named, not a signup"))

    m.append(mail(
        "ao019", "2027-01-12T10:10", ("Jenny Falk", "jenny.falk@ludvika.se"),
        "Anmälan DalaLab – Ludvika och Smedjebacken",
        """Hej!

Vi har gemensam samhällsbyggnadsförvaltning med Smedjebacken, så jag passar på
att anmäla oss båda:

- jag själv, Jenny Falk, Ludvika kommun
- Olle Persson, Smedjebackens kommun, olle.persson@smedjebacken.se

Vi vill båda gå på alla träffar.

Med vänliga hälsningar
Jenny Falk
Översiktsplanerare
Västerbergslagens samhällsbyggnadsförvaltning
Ludvika kommun | Smedjebackens kommun
Tel 0240-862 10
""",
        X("register", [P("Jenny Falk", "jenny.falk@ludvika.se", "Ludvika kommun"),
                       P("Olle Persson", "olle.persson@smedjebacken.se", "Smedjebackens kommun")], ALL),
        "two organisations in one mail; each person keeps their own municipality"))

    m.append(tg(
        "ao020", "2027-01-14T14:33", "Erik W", 2019384756,
        "Hej! Blir det lunch på träffarna eller ska man ta med eget? Och var i Falun är första träffen, "
        "vilken lokal? Jag är redan anmäld",
        X("question"),
        "questions about food and venue from someone already registered"))

    m.append(mail(
        "ao021", "2027-01-18T09:15", ("Birgitta Olsson", "birgitta.olsson@alvdalen.se"),
        "Anmälan till DalaLab",
        """Hej Linnea,

Jag skriver på uppdrag av vår samhällsbyggnadschef Nils Mattsson, som vill
delta på träffen om att planera för önskvärda framtider och osäkerheter och
på den om tillgänglighet (rumslig närhet, fysisk mobilitet och digital
tillgänglighet). Hans e-post är nils.mattsson@alvdalen.se.

Med vänlig hälsning
Birgitta Olsson
Nämndsekreterare
Älvdalens kommun, Dalgatan 25, 796 31 Älvdalen
0251-310 00
""",
        X("register", [P("Nils Mattsson", "nils.mattsson@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
        "secretary signs up her manager for two sessions named only by their theme titles"))

    m.append(tg(
        "ao022", "2027-01-20T07:58", "Tomas Lund", 845510923,
        "Hi! Jag heter Tomas Lund, planner på Region Dalarna. Want to sign up for all four sessions please. "
        "tomas.lund@regiondalarna.se",
        X("register", [P("Tomas Lund", "tomas.lund@regiondalarna.se", "Region Dalarna")], ALL),
        "mixed Swedish-English telegram signup, all four"))

    m.append(mail(
        "ao023", "2027-01-25T11:26", ("Jenny Falk", "jenny.falk@ludvika.se"),
        "Ändring anmälan DalaLab",
        """Hej,

Jag anmälde mig till alla träffar för ett par veckor sedan men har insett att
jag bara kan vara med på de två i höst. Kan du ändra min anmälan till 21
september och 29 november?

Olles anmälan gäller som förut.

/Jenny
""",
        X("change", [P("Jenny Falk", "jenny.falk@ludvika.se", "Ludvika kommun")], [S2, S3]),
        "change from all to the two autumn dates; colleague's signup 'gäller som förut' so not among people"))

    m.append(mail(
        "ao024", "2027-01-27T16:02", ("Ulf Bergman", "ulf.bergman@hedemora.se"),
        "Begäran om radering av personuppgifter",
        """Hej,

Jag har fått er inbjudan till DalaLab via en sändlista men har aldrig anmält
mig. Med stöd av dataskyddsförordningen (GDPR) art. 17 begär jag att ni
raderar alla personuppgifter om mig som Region Dalarna har i samband med
projektet, och bekräftar när det är gjort.

Ulf Bergman
Hedemora kommun
""",
        X("erasure", [P("Ulf Bergman", "ulf.bergman@hedemora.se", "Hedemora kommun")]),
        "formal GDPR erasure request citing art. 17"))

    # ---------------- February: more signups, list mail, spam ----------------
    m.append(mail(
        "ao025", "2027-02-02T08:48", ("Göran Aspelin", "goran.aspelin@avesta.se"),
        "dalalab",
        """hej,

anmäler kollegerna lisa nordin och ahmed yusuf från stadsbyggnad till
dalalab, alla träffarna. själv kan jag tyvärr inte den här gången.

mvh Göran

Skickat från min iPhone
""",
        X("register", [P("Lisa Nordin", None, "Avesta kommun"), P("Ahmed Yusuf", None, "Avesta kommun")], ALL),
        "only colleagues in lower case, writer not attending; colleagues get the writer's organisation"))

    m.append(tg(
        "ao026", "2027-02-05T20:15", "Sara Nyström", 583920174,
        "Hej, jag är redan anmäld till dalalab. Har precis fått beskedet att jag inte tål gluten så "
        "glutenfri kost tack! /Sara Nyström",
        X("change", [P("Sara Nyström", None, None, diet="glutenfri")], [], diet="glutenfri"),
        "diet update for an existing signup, no session named; no organisation in the text"))

    m.append(mail(
        "ao027", "2027-02-09T10:00", ("Rachel Moore", "rachel.moore@eventleadsdata.net"),
        "DalaLab 2027 Attendees List",
        """Hi,

I hope this email finds you well.

Would you be interested in acquiring the attendees list of "DalaLab –
Planering för hållbarhet och utvecklingskraft" (3 May 2027 – 22 Feb 2028)?

We have 1,850 verified contacts including name, title, organisation, phone
and email. Kindly let me know if you are interested and I will share pricing
and a sample.

Best regards,
Rachel Moore
Event Data Specialist

If you do not wish to receive further emails, reply "Leave Out".
""",
        X("unknown"),
        "attendee-list spam naming the event and its dates"))

    m.append(mail(
        "ao028", "2027-02-11T13:37", ("David Kowalski", "david.kowalski@lansstyrelsen.se"),
        "RE: Registration DalaLab",
        """Hello Linnea,

Unfortunately I have to withdraw from the November session – it clashes with a
board meeting I cannot move. I will still attend in May as planned.

Best,
David

David Kowalski
Strategic Planner | Länsstyrelsen Dalarna
+46 10-225 04 83
""",
        X("cancel", [P("David Kowalski", "david.kowalski@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3]),
        "English cancellation of one session ('the November session'); May kept"))

    m.append(mail(
        "ao029", "2027-02-15T09:21", ("Gustav Rask via planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Samåkning till DalaLab 3 maj?",
        """Hej alla!

Är det någon mer från norra Dalarna som ska på DalaLab den 3 maj? Jag kör från
Älvdalen via Mora och har tre lediga platser i bilen. Hör av er!

/Gustav Rask, Älvdalens kommun

--
Du får detta meddelande eftersom du är medlem i listan planerare-dalarna.
Skicka inlägg till planerare-dalarna@lists.regiondalarna.se
Avsluta prenumerationen: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("auto_reply"),
        "mailing-list post about carpooling to 3 May; list mail, not a request"))

    m.append(tg(
        "ao030", "2027-02-18T12:30", "Hanna", 1657203948,
        "Tjena! Anmäl mig o Kalle (Karl Svensson) till första o sista träffen. "
        "Jag är Hanna Lilja, Rättvik. hanna.lilja@rattvik.se",
        X("register", [P("Hanna Lilja", "hanna.lilja@rattvik.se", "Rättviks kommun"),
                       P("Karl Svensson", None, "Rättviks kommun")], [S1, S4]),
        "nickname with full name in brackets; 'första o sista träffen' -> S1, S4"))

    m.append(mail(
        "ao031", "2027-02-22T15:10", ("Annika Sundberg", "annika.sundberg@falun.se"),
        "Lokal 3 maj",
        """Hej Linnéa!

Kan du boka Stora sessionssalen i stadshuset den 3 maj kl. 13–16 för
planutskottets extramöte? Vi blir ca 12 personer, kaffe och smörgås behövs.
Fakturera ansvar 4120.

Tack!
Annika Sundberg
Nämndadministratör, Falu kommun
023-83 00 00
""",
        X("unknown"),
        "misdirected mail (room booking meant for another Linnéa) that happens to mention 3 maj"))

    # ---------------- March: changes and cancellations ----------------
    m.append(mail(
        "ao032", "2027-03-02T08:30", ("Lotta Berg", "lotta.berg@avesta.se"),
        "Byte av datum DalaLab",
        """Hej!

Jag är anmäld till 3 maj men behöver byta den mot 21 september istället, det
krockar med våra budgetdagar.

Tack på förhand
Lotta Berg
Trafikplanerare, Avesta kommun
Tfn 0226-64 50 00
""",
        X("change", [P("Lotta Berg", "lotta.berg@avesta.se", "Avesta kommun")], [S2]),
        "bare swap 3 maj -> 21 september gives only the new session"))

    m.append(mail(
        "ao033", "2027-03-05T11:11", ("Per-Olof Hed", "per-olof.hed@mora.se"),
        "Byte av deltagare DalaLab",
        """Hej Linnea,

Jonas Eriksson har fått en tjänst i Leksand och slutar hos oss i april. I
hans ställe går Ida Sjöström (ida.sjostrom@mora.se), som tar hans plats på
samtliga träffar. Anna och jag är kvar som tidigare.

Mvh
Per-Olof Hed
Planchef, Mora kommun
0250-261 44
""",
        X("change", [P("Jonas Eriksson", None, "Mora kommun"),
                     P("Ida Sjöström", "ida.sjostrom@mora.se", "Mora kommun")], ALL),
        "substitution: leaving colleague (still Mora, his new job in Leksand is a distractor) plus substitute, all sessions; writer and Anna unchanged"))

    m.append(tg(
        "ao034", "2027-03-08T18:20", "Tomas Lund", 845510923,
        "Hej, tyvärr måste jag avanmäla mig från DalaLab helt. Har fått nytt jobb i Uppsala från april. "
        "Tack ändå! Mvh Tomas Lund",
        X("cancel", [P("Tomas Lund", None, None)], ALL),
        "whole cancellation on telegram; no organisation named in the text"))

    m.append(mail(
        "ao035", "2027-03-10T14:44", ("Henrik Gustafsson", "henrik.gustafsson@sater.se"),
        "SV: Bekräftelse anmälan DalaLab",
        """Hej,

Jag kan tyvärr inte den 29:e november, vi har kommunfullmäktige då. Den andra
träffen kommer jag på. Åsa kommer på båda som planerat.

/Henrik

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 december 2026 09:12
Till: Henrik Gustafsson <henrik.gustafsson@sater.se>
Ämne: Bekräftelse anmälan DalaLab

Hej Henrik,

Tack för din anmälan! Du är anmäld till följande träffar:
- 21 september 2027
- 29 november 2027

Välkommen!
Linnea
""",
        X("cancel", [P("Henrik Gustafsson", "henrik.gustafsson@sater.se", "Säters kommun")], [S3]),
        "one-session cancellation ('den 29:e november') above a quoted confirmation listing both his dates"))

    m.append(mail(
        "ao036", "2027-03-15T09:05", ("Samhällsbyggnad Borlänge", "plan@borlange.se"),
        "Avanmälan DalaLab",
        """Hej,

Tobias Öberg kommer tyvärr inte att kunna delta i DalaLab då han går på
föräldraledighet. Malin Eriksson deltar som planerat.

Vi återkommer om vi vill skicka någon annan.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Borlänge kommun
Tfn 0243-740 00
""",
        X("cancel", [P("Tobias Öberg", None, "Borlänge kommun")], ALL),
        "one of two people withdrawn via function mailbox, no substitute -> cancel for him only"))

    m.append(mail(
        "ao037", "2027-03-18T13:25", ("Sara Nyström", "sara.nystrom@leksand.se"),
        "Lägga till träff",
        """Hej!

Jag är anmäld till 3 maj och 21.9. Kan ni lägga till den 22 februari också?
Vi har just börjat med tillgänglighetsanalysen i ÖP:n så den passar perfekt.

Hälsningar
Sara Nyström
Leksands kommun
""",
        X("change", [P("Sara Nyström", "sara.nystrom@leksand.se", "Leksands kommun")], [S1, S2, S4]),
        "add a session: sessions after the change are the two held plus 22 February"))

    m.append(mail(
        "ao038", "2027-03-22T10:40", ("Kristoffer Ek", "kristoffer.ek@vansbro.se"),
        "Ny e-postadress för DalaLab",
        """Hej!

När jag anmälde mig till DalaLab skrev jag min privata gmail. Byt gärna till
jobbadressen kristoffer.ek@vansbro.se (den jag skriver från nu), så att
kallelserna hamnar rätt.

Tack!
Kristoffer Ek
Fysisk planerare, Vansbro kommun
Östra vägen 1, 780 50 Vansbro
0281-750 00
""",
        X("change", [P("Kristoffer Ek", "kristoffer.ek@vansbro.se", "Vansbro kommun")], []),
        "address update for an existing signup, no sessions"))

    m.append(tg(
        "ao039", "2027-03-25T08:15", "Bengt H", 926730418,
        "ta bort mig ur era listor och radera mina personuppgifter tack. vill inte ha fler utskick om dalalab. "
        "/Bengt Håkansson",
        X("erasure", [P("Bengt Håkansson", None, None)]),
        "telegram erasure request, no organisation"))

    m.append(mail(
        "ao040", "2027-03-29T16:55", ("Johanna Skoglund", "johanna.skoglund@gagnef.se"),
        "Avanmälan hösten",
        """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Tyvärr måste jag avanmäla mig från <b>höstens båda träffar</b> (21 september och 29 november) &ndash;
jag är tjänstledig augusti&ndash;december. Majträffen och den i februari 2028 är jag kvar på.</p>
<p>Vänliga hälsningar<br>
Johanna Skoglund<br>
Samhällsplanerare, Gagnefs kommun<br>
0241-150 00</p>
</body></html>
""",
        X("cancel", [P("Johanna Skoglund", "johanna.skoglund@gagnef.se", "Gagnefs kommun")], [S2, S3]),
        "HTML-only cancellation of the two autumn sessions; the kept sessions are not cancelled", html=True))

    # ---------------- April: late signups near the deadline ----------------
    m.append(mail(
        "ao041", "2027-04-06T09:12", ("Maria Ekström", "maria.ekstrom@hedemora.se"),
        "Sen anmälan DalaLab",
        """Hej!

Hoppas att det inte är för sent! Jag vill anmäla mig till DalaLab men kan
bara vara med på Boverket-träffen i maj och på den om utvecklingsinriktning i
ÖP-modellen. Jag är laktosintolerant.

Med vänlig hälsning

Maria Ekström
Planeringsarkitekt | Översiktsplanering
Samhällsbyggnadsförvaltningen
Hedemora kommun
Besöksadress: Tingshusgatan 1, Hedemora
Postadress: 776 81 Hedemora
Tel: 0225-341 27 | Mobil: 073-802 16 54
www.hedemora.se
""",
        X("register", [P("Maria Ekström", "maria.ekstrom@hedemora.se", "Hedemora kommun", diet="laktosintolerant")],
          [S1, S2], diet="laktosintolerant"),
        "late signup; sessions named by host and theme (Boverket in May, utvecklingsinriktning) -> S1, S2"))

    m.append(tg(
        "ao042", "2027-04-07T22:03", "Janne P", 1389045672,
        "hej! hoppas det inte är försent, vill gärna anmäla mig till dalalab, hela serien. "
        "Janne Pettersson, Malung-Sälen",
        X("register", [P("Janne Pettersson", None, "Malung-Sälens kommun")], ALL),
        "late telegram signup before the deadline, 'hela serien' -> all; nickname kept as written"))

    m.append(mail(
        "ao043", "2027-04-08T11:30", ("Ahmed Yusuf", "ahmed.yusuf@avesta.se"),
        "Läst: Bekräftelse anmälan DalaLab",
        """Ditt meddelande

  Till: Ahmed Yusuf
  Ämne: Bekräftelse anmälan DalaLab
  Skickat: den 7 april 2027 15:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 8 april 2027 11:29:54 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
        X("auto_reply"),
        "read receipt for a confirmation"))

    m.append(mail(
        "ao044", "2027-04-09T14:20", ("Bergström Anders", "anders.bergstrom@lansstyrelsen.se"),
        "Anmälan DalaLab, Lst Dalarna",
        """Hej,

Härmed anmäler jag mig och en kollega från Lst Dalarna till träff 2, 3 och 4
(vi missar tyvärr maj):

Bergström, Anders (undertecknad)
Khalil, Rania – rania.khalil@lansstyrelsen.se

Mvh
Anders Bergström
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
        X("register", [P("Anders Bergström", "anders.bergstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                       P("Rania Khalil", "rania.khalil@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3, S4]),
        "'Efternamn, Förnamn' list, 'Lst Dalarna', sessions by number 'träff 2, 3 och 4'"))

    m.append(mail(
        "ao045", "2027-04-10T08:02", ("Fredrik Holm", "fredrik.holm@falun.se"),
        "SV: Bekräftelse anmälan DalaLab",
        """Tack för bekräftelsen! Ser fram emot att ses i Falun i maj.

/Fredrik

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 9 april 2027 16:40
Till: Fredrik Holm <fredrik.holm@falun.se>
Ämne: Bekräftelse anmälan DalaLab

Hej Fredrik, du är anmäld till alla fyra träffar: 3 maj 2027, 21 september
2027, 29 november 2027 och 22 februari 2028.
""",
        X("unknown"),
        "thank-you for a confirmation with nothing to act on; quoted dates are not a request"))

    return m
