"""Batch 38, theme "inbox": one registration inbox over the winter 2026/27, roughly as it fills up.

First signups right after the invitation (often replies above the quoted invitation), colleagues added later,
questions about venue, cost, remote attendance and food, out-of-office replies, bounces, a newsletter, spam and
phishing, then changes and cancellations in the spring and late signups near the deadline of 14 April 2027.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_BODY = """Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt om
strategisk översiktsplanering för kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
1. 3 maj 2027, kl 10-15 (fika från 09:30), Falun: Hållbar utveckling i ett rumsligt perspektiv och
   planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation och eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna"""

OUTLOOK_HEAD = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

"""


def outlook_quote():
    return "\n\n________________________________\n" + OUTLOOK_HEAD + INVITE_BODY


def gmail_quote(head="Den tis 1 dec. 2026 kl 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"):
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in INVITE_BODY.splitlines())


def messages():
    return [
        mail("an001", "2026-12-02T08:14", ("Karin Öberg", "karin.oberg@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Vad roligt, jag anmäler mig gärna till hela DalaLab.

Hälsningar
Karin Öberg
Översiktsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
Tfn 023-86 412 | Mobil 070-318 22 94
Stadshuset, Slaggatan 3, 791 83 Falun""" + outlook_quote(),
             X("register", [P("Karin Öberg", "karin.oberg@falun.se", "Falu kommun")], ALL),
             "first signup minutes after the invitation, Outlook reply above quoted invitation listing all dates"),

        mail("an002", "2026-12-02T09:40", ("Mattias Lindqvist", "mattias.lindqvist@borlange.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler mig själv och min kollega Sara Nyberg (sara.nyberg@borlange.se) till alla fyra träffarna.
Sara vill ha vegetarisk kost, själv äter jag allt.

/Mattias

--
Mattias Lindqvist
Planeringschef, Borlänge kommun
0243-74 000 vx""" + gmail_quote(),
             X("register", [P("Mattias Lindqvist", "mattias.lindqvist@borlange.se", "Borlänge kommun"),
                            P("Sara Nyberg", "sara.nyberg@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "sender plus colleague, per-person diet, Gmail quoting of the invitation"),

        mail("an003", "2026-12-02T10:05", ("Helena Backlund", "helena.backlund@mora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl!

Jag är föräldraledig till och med den 8 januari 2027 och läser inte min e-post under denna period.
Ärenden som rör detaljplaner hänvisas till plan@mora.se, övriga frågor till kommunens växel 0250-260 00.

Vänliga hälsningar
Helena Backlund
Mora kommun""",
             X("auto_reply"),
             "out-of-office triggered by the invitation mailing"),

        mail("an004", "2026-12-02T10:07", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Delivery has failed to these recipients or groups:

samhallsbyggnad.planering@vansbro.se
The email address you entered couldn't be found. Please check the recipient's email address and try to
resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
samhallsbyggnad.planering@vansbro.se
Remote Server returned '550 5.1.1 <samhallsbyggnad.planering@vansbro.se>: Recipient address rejected: User unknown'

Original message headers:

Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Tue, 1 Dec 2026 14:02:11 +0100""",
             X("auto_reply"),
             "bounce of the invitation to a dead functional address"),

        tg("an005", "2026-12-02T13:22", "Jonas Hedström", 583920114,
           "hej! vill anmäla mig till dalalab, alla träffar. jobbar med samhällsbyggnad i leksand",
           X("register", [P("Jonas Hedström", None, "Leksands kommun")], ALL),
           "short lower-case Telegram signup, organisation from 'i leksand'"),

        mail("an006", "2026-12-03T07:51", ("Anna-Karin Wallin", "anna-karin.wallin@rattvik.se"),
             "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Anmäl mig till 3 maj och 21 sept tack!
AK

Skickat från min iPhone

> 1 dec. 2026 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
""" + "\n".join("> " + l if l else ">" for l in INVITE_BODY.splitlines()),
             X("register", [P("Anna-Karin Wallin", "anna-karin.wallin@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "iPhone reply, two sessions named, quoted invitation lists all four; org from domain"),

        mail("an007", "2026-12-03T11:30", ("Per Sandberg", "per.sandberg@hedemora.se"),
             "Fråga om DalaLab",
             """Hej!

Vi har pratat om DalaLab på enheten och är intresserade. Innan vi anmäler oss undrar jag om det kostar
något att delta, och om lunch ingår vid träffarna?

Mvh
Per Sandberg
Miljö- och byggförvaltningen
Hedemora kommun""",
             X("question"),
             "question about cost and lunch before signing up"),

        mail("an008", "2026-12-04T14:18", ("Grönlund Eva", "eva.gronlund@lansstyrelsen.se"),
             "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Jag vill anmäla mig till lärprojektet DalaLab, samtliga träffar.</p>
<p>Med vänlig hälsning</p>
<p><b>Eva Grönlund</b><br>
Handläggare, Enheten för samhällsplanering<br>
Länsstyrelsen Dalarna<br>
Åsgatan 38, 791 84 Falun<br>
Tel: 010-225 03 47</p>
<p style="color:#888;font-size:8pt">När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter.
Läs mer på lansstyrelsen.se/dalarna.</p>
</body></html>""",
             X("register", [P("Eva Grönlund", "eva.gronlund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "HTML-only mail, From display name 'Efternamn Förnamn', GDPR footer in signature", html=True),

        mail("an009", "2026-12-04T16:02", ("Jessica from EventPro", "jessica@eventpro-solutions.com"),
             "Linnea, quick question about your upcoming event",
             """Hi Linnea,

I noticed Region Dalarna is organising a series of workshops in 2027. Are you still handling registrations
manually over e-mail?

EventPro helps public sector organisers automate sign-ups, badges and dietary requests. Teams save on
average 11 hours per event. Could I book 15 minutes with you next week for a quick demo?

Best,
Jessica Moreau
Account Executive, EventPro Solutions
Unsubscribe: reply STOP""",
             X("unknown"),
             "sales cold mail mentioning the event"),

        mail("an010", "2026-12-07T09:12", ("Daniel Fischer", "daniel.fischer@ludvika.se"),
             "DalaLab registration",
             """Hi Linnea,

My colleague forwarded your invitation. I'd like to sign up for the DalaLab sessions, all four of them.
I'm a planner at Ludvika municipality since September and my Swedish is still improving, but I understand
most of it, so I hope that's fine.

One more thing: I need gluten-free food (coeliac disease).

Kind regards,
Daniel Fischer
Urban planner | Ludvika kommun
+46 240-862 31""",
             X("register", [P("Daniel Fischer", "daniel.fischer@ludvika.se", "Ludvika kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "English signup for all sessions with gluten-free diet"),

        mail("an011", "2026-12-08T10:45", ("Birgitta Åkesson", "birgitta.akesson@smedjebacken.se"),
             "Anmälan till DalaLab",
             """Hej,

Härmed anmäler jag mig till samtliga fyra tillfällen i DalaLab. Jag är laktosintolerant, vilket jag ber er
notera inför fika och lunch.

Med vänlig hälsning

Birgitta Åkesson
Samhällsbyggnadschef
Smedjebackens kommun
Box 500, 777 81 Smedjebacken
Tel. 0240-66 00 00""",
             X("register", [P("Birgitta Åkesson", "birgitta.akesson@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "formal iso-8859-1 signup with lactose intolerance", charset="iso-8859-1"),

        tg("an012", "2026-12-09T19:37", "Lisa Mattsson", 740218833,
           "Hej! Går det att vara med på distans? Har 15 mil till Falun från Älvdalen och ingen bil i tjänsten",
           X("question"),
           "Telegram question about remote attendance"),

        mail("an013", "2026-12-10T13:05", ("Ulla Persson", "ulla.persson@mora.se"),
             "Anmälan DalaLab - Henrik Dahl",
             """Hej!

Jag skriver å vägnar av vår planchef Henrik Dahl som vill anmäla sig till samtliga träffar i DalaLab.
Hans mejladress är henrik.dahl@mora.se om ni behöver skicka något direkt till honom.

Med vänliga hälsningar
Ulla Persson
Administratör
Samhällsbyggnadsförvaltningen, Mora kommun
0250-261 08""",
             X("register", [P("Henrik Dahl", "henrik.dahl@mora.se", "Mora kommun")], ALL),
             "administrator signs up her manager; sender not among people"),

        mail("an014", "2026-12-14T15:50", ("Stina Hallberg", "stina.hallberg@regiondalarna.se"),
             "DalaLab",
             """Hej Linnea!

Jag och Oskar Ek från vår enhet kommer på första träffen i Falun i maj. Resten får vi återkomma om när vi vet
hur hösten ser ut.

Kram
Stina

Stina Hallberg
Regional utvecklingsförvaltning
Region Dalarna""",
             X("register", [P("Stina Hallberg", "stina.hallberg@regiondalarna.se", "Region Dalarna"),
                            P("Oskar Ek", None, "Region Dalarna")], [S1]),
             "internal colleagues at the Region, first session only, colleague without address"),

        mail("an015", "2026-12-15T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Boverkets nyhetsbrev om översiktsplanering – december 2026",
             """<html><body>
<h2>Nyheter om översiktsplanering</h2>
<p>I detta nummer: ny vägledning om planeringsstrategi, rapport om utvecklingsinriktningar i den nya
ÖP-modellen och inspelade webbinarier från hösten.</p>
<p><a href="https://www.boverket.se/nyhetsbrev">Läs hela nyhetsbrevet på webben</a></p>
<p style="font-size:9px">Du får detta mejl eftersom du prenumererar på Boverkets nyhetsbrev.
<a href="https://www.boverket.se/avregistrera">Avsluta prenumerationen</a></p>
</body></html>""",
             X("auto_reply"),
             "HTML newsletter on the same subject area", html=True),

        tg("an016", "2026-12-18T08:29", "Fredrik Olausson", 1129384756,
           "Anmäler mig till träff 1 och 4. /Fredrik, Säters kommun",
           X("register", [P("Fredrik Olausson", None, "Säters kommun")], [S1, S4]),
           "sessions by ordinal number on Telegram"),

        mail("an017", "2027-01-08T10:12", ("Malin Sjöberg", "malin.sjoberg@gagnef.se"),
             "anmälan",
             """hej, är det för sent att anmäla sig? annars vill jag gärna vara med på alla tillfällena.
jobbar som planarkitekt sen i höstas.

malin""",
             X("register", [P("Malin Sjöberg", "malin.sjoberg@gagnef.se", "Gagnefs kommun")], ALL),
             "sloppy lower-case signup phrased partly as a question; org from domain"),

        mail("an018", "2027-01-11T14:33", ("Olof Berglund", "olof.berglund@avesta.se"),
             "Lokal för första träffen?",
             """Hej,

Var i Falun hålls första träffen den 3 maj? Jag funderar på om det går att ta tåget eller om jag behöver
bil, och i så fall om det finns parkering i närheten.

Tack på förhand!
Olof Berglund
Avesta kommun""",
             X("question"),
             "venue and parking question that names a session date"),

        mail("an019", "2027-01-12T09:03", ("Lindqvist Mattias", "mattias.lindqvist@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej igen!

Lägg till min kollega Johanna Ryd också, hon vill gå på 21/9 och 29/11. Hennes adress är johanna.ryd@borlange.se

Mattias""" + outlook_quote(),
             X("register", [P("Johanna Ryd", "johanna.ryd@borlange.se", "Borlänge kommun")], [S2, S3]),
             "colleague added later by an earlier registrant; sender not among people; numeric dates"),

        mail("an020", "2027-01-14T03:41", ("Region Dalarna IT-support", "it-support@regiondalarna-secure.com"),
             "Viktigt: Din brevlåda är nästan full",
             """Hej linnea.hassis,

Din brevlåda har nått 98 % av sin lagringskvot. Inkommande meddelanden kan komma att avvisas.
Verifiera ditt konto inom 24 timmar för att få utökat utrymme:

https://regiondalarna-secure.com/owa/verify

IT-avdelningen
Region Dalarna""",
             X("unknown"),
             "phishing pretending to be the Region's IT support"),

        tg("an021", "2027-01-19T21:14", "Emma Holm", 902331457,
           "Hej! jag anmälde mig i december (Orsa kommun) men glömde skriva att jag är vegan. Går det att fixa till fikat och lunchen?",
           X("change", [P("Emma Holm", None, "Orsa kommun", diet="vegan")], [], diet="vegan"),
           "diet update for an existing signup, no session named"),

        mail("an022", "2027-01-22T18:55", ("Kjell Norberg", "kjellnorberg58@gmail.com"),
             "DalaLab",
             """Hej Linnea

Jag jobbar som planarkitekt på Vansbro kommun men skriver från privata mejlen eftersom jobbmejlen krånglar.
Anmäler mig till samtliga träffar. Skicka gärna bekräftelsen hit.

Kjell Norberg
070-552 18 03""",
             X("register", [P("Kjell Norberg", "kjellnorberg58@gmail.com", "Vansbro kommun")], ALL),
             "gmail address, organisation only from the text"),

        mail("an023", "2027-01-27T11:20", ("Sophie Laurent", "sophie.laurent@falun.se"),
             "Language of the DalaLab sessions",
             """Hello,

Will the DalaLab sessions be held in Swedish only, or will there be some material in English? I'm
considering signing up but want to know what to expect first.

Best regards,
Sophie Laurent
Falu kommun""",
             X("question"),
             "English question, no signup yet"),

        mail("an024", "2027-02-01T08:02", ("Karin Öberg", "karin.oberg@falun.se"),
             "Läst: Bekräftelse DalaLab",
             """Ditt meddelande

  Till: Karin Öberg
  Ämne: Bekräftelse DalaLab
  Skickat: den 29 januari 2027 16:40:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 1 februari 2027 08:02:37 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.""",
             X("auto_reply"),
             "Outlook read receipt from a registered participant"),

        mail("an025", "2027-02-03T13:47", ("Anders Wikström", "anders.wikstrom@ludvika.se"),
             "Deltagare från Ludvika kommun i DalaLab",
             """Hej Linnea.

Från Ludvika kommun kommer följande att delta i hela DalaLab, utöver Daniel som redan anmält sig:

Nilsson, Petra (petra.nilsson@ludvika.se)
Rahimi, Ali (ali.rahimi@ludvika.se)

Själv har jag tyvärr inte möjlighet att vara med. Petra behöver glutenfri kost.

Med vänlig hälsning
Anders Wikström
Förvaltningschef, Samhällsbyggnadsförvaltningen
Ludvika kommun
771 82 Ludvika""",
             X("register", [P("Petra Nilsson", "petra.nilsson@ludvika.se", "Ludvika kommun", diet="glutenfri"),
                            P("Ali Rahimi", "ali.rahimi@ludvika.se", "Ludvika kommun")], ALL, diet="glutenfri"),
             "manager registers two staff written 'Efternamn, Förnamn', not attending himself"),

        mail("an026", "2027-02-09T12:10", ("Anna-Karin Wallin", "anna-karin.wallin@rattvik.se"),
             "Ändring DalaLab",
             """Hej!
Kan jag byta 3 maj mot 29 november? Det krockar med kommunfullmäktige i maj.
/Anna-Karin Wallin, Rättvik

Skickat från min iPhone""",
             X("change", [P("Anna-Karin Wallin", "anna-karin.wallin@rattvik.se", "Rättviks kommun")], [S3]),
             "bare swap: only the new session"),

        mail("an027", "2027-02-15T10:38", ("Per Sandberg", "per.sandberg@hedemora.se"),
             "SV: Fråga om DalaLab",
             """Hej igen,

Tack för svaret om kostnaden. Ytterligare en fråga: vi är fyra på enheten som är intresserade. Räknas
gränsen på tre personer per träff eller för hela projektet? Några av oss skulle bara gå på en träff var.

Mvh Per

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 4 december 2026 09:15
Till: Per Sandberg <per.sandberg@hedemora.se>
Ämne: SV: Fråga om DalaLab

Hej Per! Det är kostnadsfritt att delta och lunch och fika ingår. /Linnea""",
             X("question"),
             "follow-up question about the quota, thread quoting the organiser's answer"),

        mail("an028", "2027-02-17T07:30", ("Henrik Dahl", "henrik.dahl@mora.se"),
             "Frånvaro: Bekräftelse DalaLab / Out of office",
             """Jag är på semester vecka 7 och är tillbaka måndag 22 februari. Brådskande ärenden: kontakta
Ulla Persson, 0250-261 08.

I am on leave during week 7 and will be back on Monday 22 February.

Henrik Dahl
Planchef, Mora kommun""",
             X("auto_reply"),
             "bilingual out-of-office with dates and a phone number"),

        mail("an029", "2027-02-24T15:22", ("Karin Öberg", "karin.oberg@falun.se"),
             "Byte av deltagare DalaLab",
             """Hej Linnea,

Jag har fått ett nytt uppdrag i kommunen och kommer inte kunna delta i DalaLab. Min kollega Tobias Lund
(tobias.lund@falun.se) tar min plats på alla träffar.

Hälsningar
Karin Öberg
Falu kommun
Tfn 023-86 412""",
             X("change", [P("Karin Öberg", "karin.oberg@falun.se", "Falu kommun"),
                          P("Tobias Lund", "tobias.lund@falun.se", "Falu kommun")], ALL),
             "substitution: colleague takes the sender's place for all sessions"),

        mail("an030", "2027-03-01T11:05", ("Rebecka Strand", "rebecka.strand@malung-salen.se"),
             "Anmälan",
             """<div dir="ltr">Hej!<div><br></div><div>Jag vill gärna vara med på höstens träff i DalaLab.
Maj och februari går tyvärr inte för mig.</div><div><br></div><div>Vänligen</div>
<div>Rebecka Strand</div><div>Bygg- och miljö, Malung-Sälens kommun</div><div>0280-181 00</div></div>""",
             X("register", [P("Rebecka Strand", "rebecka.strand@malung-salen.se", "Malung-Sälens kommun")],
               [S2, S3], unsure=["sessions"]),
             "Gmail HTML; 'höstens träff' is ambiguous between the two autumn sessions", html=True),

        mail("an031", "2027-03-05T09:48", ("Olof Berglund", "olof.berglund@avesta.se"),
             "Radera mina uppgifter",
             """Hej,

Jag har bestämt mig för att inte delta i DalaLab i år. Jag vill därför att ni raderar de personuppgifter
ni har om mig i samband med mina frågor om projektet.

Olof Berglund
Avesta kommun""",
             X("erasure", [P("Olof Berglund", "olof.berglund@avesta.se", "Avesta kommun")]),
             "GDPR erasure request from someone who only asked questions"),

        tg("an032", "2027-03-09T07:15", "Fredrik Olausson", 1129384756,
           "kan tyvärr inte komma 22/2 nästa år, träff 1 står kvar. /Fredrik O, Säter",
           X("cancel", [P("Fredrik Olausson", None, "Säters kommun")], [S4]),
           "partial drop of one session, the other stays"),

        mail("an033", "2027-03-12T16:40", ("Niklas Berg", "niklas.berg@orsa.se"),
             "DalaLab anmälan",
             """Hej! Signing up for sessions 2 och 3 (21 sept + 29 nov). Tack!

Niklas Berg
Orsa kommun
Sent from Outlook for Android""",
             X("register", [P("Niklas Berg", "niklas.berg@orsa.se", "Orsa kommun")], [S2, S3]),
             "mixed Swedish/English short signup"),

        mail("an034", "2027-03-16T10:02", ("Daniel Fischer", "daniel.fischer@ludvika.se"),
             "Withdrawal from DalaLab",
             """Hi Linnea,

Unfortunately I have to withdraw from DalaLab altogether, as I'm starting a new job in Uppsala in April.
Thank you for organising, and sorry for the trouble.

Best,
Daniel""",
             X("cancel", [P("Daniel Fischer", "daniel.fischer@ludvika.se", "Ludvika kommun")], ALL),
             "English cancellation of everything"),

        tg("an035", "2027-03-18T12:01", "Maja Eriksson", 665120094,
           "blir det lunch på träffen 3 maj eller ska man ta med matlåda?",
           X("question"),
           "Telegram food question naming a date"),

        mail("an036", "2027-03-22T14:11", ("Mail Delivery Subsystem", "postmaster@falun.se"),
             "Leveransfel: Bekräftelse DalaLab",
             """Det gick inte att leverera meddelandet till följande mottagare:

tobias.lumd@falun.se
Mottagarens e-postadress hittades inte.

Statusrapport: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Ursprungligt meddelande:
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Bekräftelse DalaLab""",
             X("auto_reply"),
             "Swedish bounce of a confirmation sent to a mistyped address"),

        mail("an037", "2027-03-25T08:56", ("Niklas Berg", "niklas.berg@orsa.se"),
             "Ändra anmälan DalaLab",
             """Hej Linnea,

Kan jag ändra min anmälan så att jag går på alla fyra träffarna istället för bara 2 och 3? Fick klartecken
från chefen nu.

Mvh Niklas Berg, Orsa kommun""",
             X("change", [P("Niklas Berg", "niklas.berg@orsa.se", "Orsa kommun")], ALL),
             "change stating the sessions after the change"),

        mail("an038", "2027-03-29T13:25", ("Mattias Lindqvist", "mattias.lindqvist@borlange.se"),
             "Stryk Johanna Ryd",
             """Hej,

Johanna Ryd kommer tyvärr inte kunna delta i DalaLab, hon har slutat hos oss. Stryk henne från listan.
Sara och jag står kvar som tidigare.

/Mattias
Borlänge kommun""",
             X("cancel", [P("Johanna Ryd", None, "Borlänge kommun")], ALL),
             "colleague withdrawn without substitute; sender and other colleague stay"),

        mail("an039", "2027-04-02T09:17", ("Gunnar Fors", "gunnar.fors@regiondalarna.se"),
             "Underlag styrgrupp fredag",
             """Hej Linnea,

Kan du skicka underlaget till styrgruppsmötet på fredag? Jag hittar inte den senaste versionen av
budgeten på Teams.

Tack!
Gunnar""",
             X("unknown"),
             "internal colleague mail unrelated to the event"),

        mail("an040", "2027-04-07T16:48", ("Ingrid Halvarsson", "ingrid.halvarsson@alvdalen.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Hoppas det inte är för sent! Jag och kollegan Pontus Larsson vill anmäla oss till alla fyra träffarna.
Pontus har nötallergi.

Ingrid Halvarsson
Älvdalens kommun
Dalgatan 41, 796 31 Älvdalen
0251-310 00""" + gmail_quote(),
             X("register", [P("Ingrid Halvarsson", "ingrid.halvarsson@alvdalen.se", "Älvdalens kommun"),
                            P("Pontus Larsson", None, "Älvdalens kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "late reply above the months-old quoted invitation, colleague with nut allergy"),

        tg("an041", "2027-04-08T22:05", "Sanna Öhman", 318877402,
           "hej! anmäler mig till 3/5 o 29/11, hedemora kommun. glutenfri kost tack 🙏",
           X("register", [P("Sanna Öhman", None, "Hedemora kommun", diet="glutenfri")], [S1, S3], diet="glutenfri"),
           "late Telegram signup with dates as d/m and diet"),

        mail("an042", "2027-04-09T08:31", ("Mikael Strömberg", "mikael.stromberg@avesta.se"),
             "Anmälan till DalaLab",
             """<html><body><p>Hej Linnea,</p>
<p>Jag anmäler mig härmed till DalaLab &ndash; samtliga fyra träffar. Vegetarisk kost önskas.</p>
<p>Med vänlig hälsning<br>
<strong>Mikael Strömberg</strong><br>
Strategisk planerare<br>
Avesta kommun | Kommunledningskontoret<br>
Kungsgatan 32, 774 81 Avesta<br>
Tfn: 0226-64 50 00 &nbsp;|&nbsp; <a href="mailto:mikael.stromberg@avesta.se">mikael.stromberg@avesta.se</a></p>
</body></html>""",
             X("register", [P("Mikael Strömberg", "mikael.stromberg@avesta.se", "Avesta kommun",
                              diet="vegetarisk")], ALL, diet="vegetarisk"),
             "HTML signup near the deadline with vegetarian diet", html=True),

        mail("an043", "2027-04-09T13:40", ("Tobias Lund", "tobias.lund@falun.se"),
             "Specialkost DalaLab",
             """Hej!

Jag tog över Karins plats i DalaLab. Vill bara meddela att jag är laktosintolerant, om ni kan notera det
inför fikat och lunchen.

Tobias Lund
Falu kommun""",
             X("change", [P("Tobias Lund", "tobias.lund@falun.se", "Falu kommun", diet="laktosintolerant")], [],
               diet="laktosintolerant"),
             "diet update with no session named"),

        mail("an044", "2027-04-10T09:02", ("Gustav Ekman", "gustav.ekman@sater.se"),
             "Sista anmälningsdag",
             """Hej,

Gäller sista anmälningsdag 14 april även höstens träffar, eller kan man anmäla sig senare till dem?

Hälsningar
Gustav Ekman
Säters kommun""",
             X("question"),
             "question about the deadline that mentions dates"),

        mail("an045", "2027-04-10T11:27", ("Gustav Ekman", "gustav.ekman@sater.se"),
             "Anmälan DalaLab",
             """Hej igen,

Jag chansar och anmäler mig redan nu till samtliga träffar utom den i februari 2028, som krockar med
budgetarbetet.

Hälsningar
Gustav Ekman
Plan- och byggenheten, Säters kommun
Tel 0225-550 00""",
             X("register", [P("Gustav Ekman", "gustav.ekman@sater.se", "Säters kommun")], [S1, S2, S3]),
             "iso-8859-1 signup for all but the last session", charset="iso-8859-1"),
    ]
