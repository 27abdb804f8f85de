"""Theme: one registration inbox over the winter 2026/27, in the order it fills up.

December: signups written above the quoted invitation (Outlook headers, Gmail "skrev:" lines, ">" quoting, HTML),
out-of-office and other machine mail answering the invitation; January-February: colleagues added afterwards,
questions on venue, cost, food and distance attendance, a newsletter, spam, phishing and erasure requests;
March-April: changes, substitutions, cancellations and late signups before the deadline of 14 April 2027.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

LH = "Linnea Hassis <linnea.hassis@regiondalarna.se>"
SUBJ = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"

INV = """Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt
om strategisk översiktsplanering och planeringsstrategier för er som arbetar med planering i kommun och region.

Träffar:
• måndag 3 maj 2027, Falun, kl. 10.00–15.00 (fika från 09.30), tillsammans med Boverket
• tisdag 21 september 2027
• måndag 29 november 2027
• tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmälan görs genom att svara på detta mejl senast
den 14 april 2027. Skriv gärna om du har behov av specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""

# the same invitation without characters outside Latin-1 (for the old-charset messages)
INV_L1 = INV.replace("–", "-").replace("•", "*")


def gt(text):
    """Gmail-style '>' quoting."""
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def outlook(sent, subject=SUBJ, to="Utskick DalaLab", frm=LH, text=INV):
    return f"""________________________________
Från: {frm}
Skickat: {sent}
Till: {to}
Ämne: {subject}

{text}"""


def inv_html():
    paras = INV.split("\n\n")
    return "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paras)


def messages():
    return [
        # ---------------------------------------------------------------- December: the invitation goes out
        mail("ax001", "2026-12-02T08:41", ("Karin Ljungqvist", "karin.ljungqvist@falun.se"), "SV: " + SUBJ,
             f"""Hej Linnea,

Tack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig gärna till lärprojektet.
Jag äter vegetariskt.

Vänliga hälsningar
Karin Ljungqvist
Översiktsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
023-82 000 (vx)

{outlook("den 1 december 2026 13:47")}
""",
             X("register", [P("Karin Ljungqvist", "karin.ljungqvist@falun.se", "Falu kommun", "vegetariskt")],
               ALL, "vegetariskt"),
             "signup above an Outlook-quoted invitation; no session named in her own text → all four"),

        mail("ax002", "2026-12-02T08:43", ("Anna Grahn", "anna.grahn@hedemora.se"),
             "Frånvarande: " + SUBJ,
             """Hej!

Jag är på tjänsteresa 1–4 december och läser min e-post sporadiskt. Jag är åter på kontoret måndag 7 december.
Brådskande ärenden om bygglov hänvisas till kundtjänst, 0225-340 00.

Anna Grahn
Hedemora kommun""",
             X("auto_reply"), "Swedish out-of-office answering the invitation, with dates and a phone number"),

        mail("ax003", "2026-12-03T21:17", ("Tobias Wikström", "tobbe.wikstrom@gmail.com"), "Re: " + SUBJ,
             f"""Hej! Jag kommer på de två första träffarna, 3 maj och 21 sept. Skriver från privata mejlen
då jag inte kommer åt jobbmejlen hemifrån.

/Tobias Wikström
Planeringsarkitekt, Mora kommun

Skickat från Gmail Mobil

Den tis 1 dec. 2026 kl 13:47 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

{gt(INV)}
""",
             X("register", [P("Tobias Wikström", "tobbe.wikstrom@gmail.com", "Mora kommun")], [S1, S2]),
             "private Gmail address, organisation only in the signature; 'skrev:' line and > quoted dates"),

        mail("ax004", "2026-12-03T10:05", ("Nadia Haddad", "nadia.haddad@borlange.se"), "Re: " + SUBJ,
             f"""<html><body><div dir="ltr"><p>Hej Linnea!</p>
<p>Jag vill anmäla mig själv och min kollega Karl Persson (<a href="mailto:karl.persson@borlange.se">karl.persson@borlange.se</a>)
till DalaLab, alla tillfällen. Karl är glutenintolerant.</p>
<p>Hälsningar<br><b>Nadia Haddad</b><br>Strategisk samhällsplanerare<br>Borlänge kommun<br>
<span style="color:#888">Röda vägen 50, 781 81 Borlänge</span></p></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den tis 1 dec. 2026 kl 13:47 skrev Linnea Hassis
&lt;<a href="mailto:linnea.hassis@regiondalarna.se">linnea.hassis@regiondalarna.se</a>&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
{inv_html()}</blockquote></div></body></html>""",
             X("register", [P("Nadia Haddad", "nadia.haddad@borlange.se", "Borlänge kommun"),
                            P("Karl Persson", "karl.persson@borlange.se", "Borlänge kommun", "glutenintolerant")],
               ALL, "glutenintolerant"),
             "HTML-only Gmail reply with a blockquoted invitation; herself and a colleague, colleague's diet",
             html=True),

        mail("ax005", "2026-12-04T06:12", ("Mail Delivery System", "MAILER-DAEMON@mx2.mora.se"),
             "Undelivered Mail Returned to Sender",
             f"""This is the mail system at host mx2.mora.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gunnar.ahl@mora.se>: host mail.mora.se said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)

--- Original message ---
From: {LH}
Subject: {SUBJ}
Date: Tue, 1 Dec 2026 13:47:02 +0100

{INV}
""",
             X("auto_reply"), "bounce of the invitation; the returned invitation lists all four dates"),

        tg("ax006", "2026-12-04T12:30", "Jonas Berg", 6120448391,
           "Hej! Jonas Berg heter jag, planerare på Leksands kommun. Vill anmäla mig till DalaLab, alla fyra träffarna 👍",
           X("register", [P("Jonas Berg", None, "Leksands kommun")], ALL),
           "plain Telegram signup, organisation in the text, no address"),

        mail("ax007", "2026-12-07T14:22", ("Karolina Strand", "karolina.strand@orsa.se"), "Fråga om lokal 3 maj",
             """Hej,

Var i Falun hålls den första träffen? Det står bara Falun i inbjudan. Jag undrar också om det
finns parkering i närheten, eller om någon samordnar samåkning från Orsa/Mora-hållet.

Mvh Karolina Strand
Orsa kommun""",
             X("question"), "venue and parking question naming the first session's date"),

        mail("ax008", "2026-12-08T09:58", ("Helena Öberg", "helena.oberg@avesta.se"), "SV: Anmälan DalaLab",
             """Hej igen!

Min kollega Per Johansson (per.johansson@avesta.se) vill också vara med, på samma träffar som jag.

/Helena

-----Ursprungligt meddelande-----
Från: Helena Öberg <helena.oberg@avesta.se>
Skickat: den 3 december 2026 10:12
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Anmälan DalaLab

Hej! Jag anmäler mig till träffarna 3 maj och 29 november.
Helena Öberg, planeringsstrateg, Avesta kommun
""",
             X("register", [P("Per Johansson", "per.johansson@avesta.se", "Avesta kommun")], [S1, S3]),
             "colleague added afterwards; 'samma träffar som jag' resolved by the sender's own quoted signup"),

        mail("ax009", "2026-12-09T08:12", ("Oskar Nilsson", "oskar.nilsson@ludvika.se"), "Läst: " + SUBJ,
             """Ditt meddelande

  Till: Oskar Nilsson
  Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 1 december 2026 13:47:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 9 december 2026 08:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.""",
             X("auto_reply"), "Outlook read receipt for the invitation"),

        mail("ax010", "2026-12-10T11:36", ("Sofia Bergkvist", "sofia.bergkvist@gagnef.se"), "Kostnad?",
             """Hej Linnea!

Kostar det något att delta i DalaLab? Vår budget för kompetensutveckling är slut för i år och jag
behöver veta innan jag pratar med min chef. Om det är kostnadsfritt anmäler jag mig direkt.

Hälsningar
Sofia Bergkvist
Gagnefs kommun""",
             X("question"), "cost question with a conditional 'then I'll sign up' that is not yet a signup"),

        mail("ax011", "2026-12-10T16:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt december: ny PBL-vägledning, seminarier i vår",
             """<html><body style="font-family:Arial">
<h1>Planeringsnytt – december 2026</h1>
<h2>Ny vägledning om översiktsplanering</h2>
<p>Boverket har publicerat en uppdaterad vägledning om ÖP-modellen och utvecklingsinriktning.</p>
<h2>Kalendarium</h2>
<ul><li>3 maj 2027 – Regionalt planeringsforum, Stockholm</li>
<li>21 september 2027 – Webbinarium: klimatanpassning i detaljplan</li></ul>
<p>Vill du anmäla dig till våra seminarier? <a href="https://planeringsnytt.se/seminarier">Klicka här</a>.</p>
<p style="font-size:11px;color:#999">Du får detta nyhetsbrev för att du prenumererar på Planeringsnytt.
<a href="https://planeringsnytt.se/avregistrera">Avregistrera dig</a></p>
</body></html>""",
             X("unknown"), "HTML newsletter with session-like dates and the word 'anmäla'", html=True),

        mail("ax012", "2026-12-14T10:20", ("Aleksandra Nowak", "aleksandra.nowak@regiondalarna.se"),
             "RE: " + SUBJ,
             f"""Hi Linnea,

Sorry for writing in English – my Swedish is still a work in progress. I would like to register for
DalaLab, but only the sessions on 3 May and 22 February, as I am on leave in the autumn.
I'm vegan.

Best regards,
Aleksandra Nowak
Analyst, Regional Development
Region Dalarna

On Tue, 1 Dec 2026 at 13:47, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:
{gt(INV)}
""",
             X("register", [P("Aleksandra Nowak", "aleksandra.nowak@regiondalarna.se", "Region Dalarna", "vegan")],
               [S1, S4], "vegan"),
             "English signup for two sessions above a Swedish quoted invitation"),

        mail("ax013", "2026-12-15T13:03", ("Mikael Dahlin", "mikael.dahlin@alvdalen.se"), "Delta på distans?",
             """Hej.
Vi har ungefär 25 mil enkel väg till Falun. Finns det möjlighet att följa träffarna digitalt, t.ex. via Teams?
Annars blir det svårt för oss att vara med.
Mikael Dahlin, samhällsplanerare, Älvdalens kommun""",
             X("question"), "distance-attendance question"),

        mail("ax014", "2026-12-16T07:49", ("Bengt-Åke Sjölund", "bengt-ake.sjolund@hedemora.se"),
             "SV: Inbjudan: DalaLab - Planering för hållbarhet och utvecklingskraft",
             f"""Hej Linnea,

Härmed anmäler jag mig till DalaLab, samtliga fyra träffar. Jag är laktosintolerant.
Blir det lunch vid första träffen i Falun, eller ska man ordna det själv?

Mvh
Bengt-Åke Sjölund
Planarkitekt
Hedemora kommun | Samhällsbyggnadsförvaltningen
Tel 0225-345 67 | Mobil 070-312 45 67
Stora Torget 1, 776 30 Hedemora

-----Ursprungligt meddelande-----
Från: Linnea Hassis [mailto:linnea.hassis@regiondalarna.se]
Skickat: den 1 december 2026 13:47
Till: Utskick DalaLab
Ämne: Inbjudan: DalaLab - Planering för hållbarhet och utvecklingskraft

{INV_L1}
""",
             X("register", [P("Bengt-Åke Sjölund", "bengt-ake.sjolund@hedemora.se", "Hedemora kommun",
                              "laktosintolerant")], ALL, "laktosintolerant"),
             "ISO-8859-1 signup with a lunch question inside; long signature with phone numbers",
             charset="iso-8859-1"),

        mail("ax015", "2026-12-18T03:27", ("IT-support Region Dalarna", "noreply@regiondalarna-support.com"),
             "Åtgärd krävs: ditt lösenord upphör idag",
             """<html><body>
<p>Hej linnea.hassis,</p>
<p>Lösenordet för din e-postlåda upphör att gälla <b>idag</b>. För att undvika att konton spärras måste du
bekräfta dina uppgifter inom 24 timmar.</p>
<p><a href="http://regiondalarna-support.com/owa/verify?u=linnea.hassis" style="background:#0067b8;color:#fff;padding:8px">Behåll nuvarande lösenord</a></p>
<p>IT-avdelningen<br>Region Dalarna</p>
</body></html>""",
             X("unknown"), "phishing dressed up as the organiser's own IT support", html=True),

        mail("ax016", "2026-12-21T09:00", ("Karin Ljungqvist", "karin.ljungqvist@falun.se"),
             "Automatiskt svar: Bekräftelse på din anmälan till DalaLab",
             """Tack för ditt mejl. Jag är ledig till och med 6 januari och läser inte e-post under tiden.
Brådskande frågor: kontakta Falu kommuns kontaktcenter, 023-82 000.

Thank you for your message. I am on holiday until 6 January and will not be reading e-mail.

God jul och gott nytt år!
Karin""",
             X("auto_reply"), "bilingual Christmas out-of-office from an already registered participant"),

        tg("ax017", "2026-12-22T19:44", "Pelle", 5830217764,
           "tja! ingår lunch på träffarna eller bara fika? och finns det veg alternativ",
           X("question"), "informal Telegram food question, 'veg' is not a diet of a signup"),

        # ---------------------------------------------------------------- January
        mail("ax018", "2027-01-08T10:31", ("Marie Forsberg", "marie.forsberg@ludvika.se"), "Anmälan från Ludvika",
             """Hej!

Jag är enhetschef för planenheten i Ludvika och anmäler härmed tre medarbetare till DalaLab,
samtliga fyra tillfällen. Själv deltar jag inte.

Dahl, Elin – elin.dahl@ludvika.se
Nilsson, Oskar – oskar.nilsson@ludvika.se (vegetarian)
Ali, Fatima – fatima.ali@ludvika.se

Med vänlig hälsning
Marie Forsberg
Enhetschef Planenheten
Ludvika kommun
0240-860 00""",
             X("register", [P("Elin Dahl", "elin.dahl@ludvika.se", "Ludvika kommun"),
                            P("Oskar Nilsson", "oskar.nilsson@ludvika.se", "Ludvika kommun", "vegetarian"),
                            P("Fatima Ali", "fatima.ali@ludvika.se", "Ludvika kommun")],
               ALL, "vegetarian"),
             "manager signs up three others (names written 'Efternamn, Förnamn'), not herself"),

        mail("ax019", "2027-01-11T18:05", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             "Delivery Status Notification (Delay)",
             """** Leveransen är försenad till följande mottagare: **

Meddelandet har inte levererats till anna.grahn@hedemora.se ännu. Vi försöker skicka det igen
och meddelar dig om leveransen misslyckas.

Svar från fjärrservern:
451 4.7.1 Try again later

----- Ursprungligt meddelande -----
Ämne: Påminnelse: anmäl dig till DalaLab senast 14 april""",
             X("auto_reply"), "delayed-delivery report, quotes the deadline reminder"),

        mail("ax020", "2027-01-12T08:17", ("Johanna Eklund", "johanna.eklund@sater.se"), "VB: " + SUBJ,
             f"""Hej,
jag fick inbjudan vidarebefordrad av min chef och vill gärna vara med på höstens träffar.

Johanna Eklund
Översiktsplanerare, Säters kommun

---------- Vidarebefordrat meddelande ---------
Från: Ann-Sofie Wallin <ann-sofie.wallin@sater.se>
Datum: mån 11 jan. 2027 kl 16:20
Ämne: VB: {SUBJ}
Till: Johanna Eklund <johanna.eklund@sater.se>

Johanna – något för dig? Jag hinner inte själv. /Ann-Sofie

---------- Vidarebefordrat meddelande ---------
Från: {LH}
Datum: tis 1 dec. 2026 kl 13:47
Ämne: {SUBJ}

{INV}
""",
             X("register", [P("Johanna Eklund", "johanna.eklund@sater.se", "Säters kommun")], [S2, S3]),
             "signup above a twice-forwarded invitation; 'höstens träffar' (plural) = the two autumn sessions"),

        mail("ax021", "2027-01-14T15:40", ("Rolf Granberg", "rolf.granberg@vansbro.se"),
             "Radera mina uppgifter",
             """Hej.

Jag har fått er inbjudan till DalaLab men jobbar inte med planering längre. Jag vill att ni tar bort mig
från era utskickslistor och raderar de personuppgifter ni har om mig, enligt GDPR.

Rolf Granberg
Vansbro kommun""",
             X("erasure", [P("Rolf Granberg", "rolf.granberg@vansbro.se", "Vansbro kommun")]),
             "GDPR erasure request from someone who only received the invitation"),

        tg("ax022", "2027-01-15T07:58", "Mats Ek", 7014588210,
           "hej, anmäl mig o kollegan Sara Nyström till första träffen 3/5. Vi är från Orsa kommun. "
           "jag e glutenfri, Sara äter allt",
           X("register", [P("Mats Ek", None, "Orsa kommun", "glutenfri"), P("Sara Nyström", None, "Orsa kommun")],
             [S1], "glutenfri"),
           "Telegram signup for self and colleague, one session, diet for one of them only"),

        mail("ax023", "2027-01-19T11:11", ("Johan på SynligNu", "johan@synlignu-marknad.se"),
             "Syns er kommun på Google?",
             """Hej Linnea!

Jag såg att ni arrangerar evenemang och ville tipsa om hur ni kan få fler anmälningar genom sökmotoroptimering.
Vi har hjälpt över 40 kommuner att öka sin synlighet med upp till 300 %.

Har du 15 minuter för ett kort samtal nästa vecka? Boka en tid här: https://synlignu-marknad.se/boka

Med vänlig hälsning
Johan Sjöberg, SynligNu Marknadsföring AB
Avregistrera: svara STOPP""",
             X("unknown"), "marketing spam that talks about 'anmälningar'"),

        mail("ax024", "2027-01-20T13:25", ("Henrik Olsson", "henrik.olsson@rattvik.se"), "Max tre per kommun?",
             """Hej Linnea,

Vi är fyra på planavdelningen som är intresserade av DalaLab. I inbjudan står det upp till tre personer per kommun –
gäller det strikt? Kan i så fall den fjärde stå på reservlista om någon annan kommun inte fyller sina platser?

Hälsningar
Henrik Olsson
Rättviks kommun""",
             X("question"), "quota question naming no one to register"),

        mail("ax025", "2027-01-22T09:14", ("Linda Holmqvist", "linda.holmqvist@smedjebacken.se"), "SV: " + SUBJ,
             f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">Jag anmäler mig härmed till DalaLab. Observera att jag har nötallergi.</p>
<p class="MsoNormal">Med vänlig hälsning<br>Linda Holmqvist<br>Planeringsarkitekt | Smedjebackens kommun<br>
Tel: 0240-66 00 00</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 1 december 2026 13:47<br><b>Till:</b> Utskick DalaLab<br>
<b>Ämne:</b> {SUBJ}</p></div>
{inv_html()}
</div></body></html>""",
             X("register", [P("Linda Holmqvist", "linda.holmqvist@smedjebacken.se", "Smedjebackens kommun",
                              "nötallergi")], ALL, "nötallergi"),
             "Outlook HTML reply with Word markup and the quoted invitation; no session named → all", html=True),

        tg("ax026", "2027-01-26T12:02", "Petra Lindgren", 5511902837,
           "Hej igen, Petra på Vansbro kommun här. Jag anmälde mig via mejl i december. "
           "Kan ni lägga till min kollega Eva Lind också? Hon vill gå på alla fyra.",
           X("register", [P("Eva Lind", None, "Vansbro kommun")], ALL),
           "colleague added afterwards over Telegram; the already registered sender is not part of it"),

        tg("ax027", "2027-01-28T20:15", "Ulf Sandberg", 6688123004,
           "Hej. Jag har fått en bekräftelse på en anmälan jag aldrig gjort. Ta bort mig och radera allt ni har om mig.",
           X("erasure", [P("Ulf Sandberg", None, None)]),
           "Telegram erasure by someone claiming he never signed up; no organisation given"),

        # ---------------------------------------------------------------- February
        mail("ax028", "2027-02-02T10:47", ("Maja Grönlund", "maja.gronlund@leksand.se"), "SV: SV: " + SUBJ,
             f"""Hej Linnea!

Jag hänger också på, men bara första träffen (3/5). Jonas har redan anmält sig via boten, se nedan.

Maja Grönlund
Leksands kommun

________________________________
Från: Jonas Berg <jonas.berg@leksand.se>
Skickat: den 1 februari 2027 16:02
Till: Maja Grönlund <maja.gronlund@leksand.se>; Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: SV: {SUBJ}

Hej Maja, jag anmälde mig till alla fyra via Telegram-boten i december, det gick smidigt. Ska du med?
/Jonas

{outlook("den 1 december 2026 13:47")}
""",
             X("register", [P("Maja Grönlund", "maja.gronlund@leksand.se", "Leksands kommun")], [S1]),
             "nested thread: only the top text is a signup; the colleague's quoted earlier signup is not"),

        mail("ax029", "2027-02-05T14:30", ("Sanna Björk", "sanna.bjork@lansstyrelsen.se"),
             "Automatic reply: DalaLab – påminnelse",
             """I am on parental leave until 3 May 2027. Your e-mail will not be forwarded.
For questions about spatial planning, please contact samhallsplanering.dalarna@lansstyrelsen.se.

Jag är föräldraledig till och med 3 maj 2027. Ditt mejl vidarebefordras inte.""",
             X("auto_reply"), "out-of-office whose return date equals the first session"),

        mail("ax030", "2027-02-09T09:33", ("Ebba Lindholm", "ebba.lindholm@regiondalarna.se"),
             "Dokumentation från träffarna",
             """Hej Linnea,

Två frågor inför DalaLab: kommer presentationerna att delas efteråt, och spelas träffarna in så att
kollegor som inte kan komma kan ta del av dem?

Tack på förhand!
Ebba Lindholm
Region Dalarna, Samhällsplanering""",
             X("question"), "question about recordings and slides (distance-like, no signup)"),

        mail("ax031", "2027-02-12T16:51", ("Karin Ljungqvist", "karin.ljungqvist@falun.se"), "Ändrad kost",
             """Hej Linnea,

En liten ändring i min anmälan till DalaLab: jag äter numera helt veganskt, så ändra gärna från vegetariskt
till vegan.

Tack!
Karin Ljungqvist, Falu kommun""",
             X("change", [P("Karin Ljungqvist", "karin.ljungqvist@falun.se", "Falu kommun", "vegan")], [], "vegan"),
             "diet change only; no sessions stated, so none labelled"),

        mail("ax032", "2027-02-16T11:02", ("Gustav Ahlberg", "gustav.ahlberg@lansstyrelsen.se"), "Anmälan DalaLab",
             """Hej, jag vill anmäla mig till träffarna 21/9 och 29/11.

Mvh Gustav Ahlberg
Samhällsplaneringsenheten
Länsstyrelsen Dalarna
010-225 00 00""",
             X("register", [P("Gustav Ahlberg", "gustav.ahlberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3]),
             "short signup with numeric dates, organisation from signature and domain"),

        mail("ax033", "2027-02-19T13:58", ("Stefan Nord", "stefan.nord@regiondalarna.se"), "Protokoll styrgruppen",
             """Hej Linnea!

Bifogar protokollet från gårdagens styrgruppsmöte. Se särskilt punkt 4 om lokalbokningen inför 3 maj –
vi behöver bekräfta antalet deltagare till Bergslagssalen senast vecka 12.

/Stefan""",
             X("unknown"), "internal stray mail to the registration inbox mentioning the first session"),

        # ---------------------------------------------------------------- March: changes and cancellations
        mail("ax034", "2027-03-02T08:26", ("Sofia Bergkvist", "sofia.bergkvist@gagnef.se"), "Byte av träff",
             """Hej!

Jag är anmäld till första träffen den 3 maj men har fått förhinder. Går det att byta till träffen den
21 september i stället?

Hälsningar
Sofia Bergkvist
Gagnefs kommun""",
             X("change", [P("Sofia Bergkvist", "sofia.bergkvist@gagnef.se", "Gagnefs kommun")], [S2]),
             "move from 3 May to 21 September → only the new session"),

        mail("ax035", "2027-03-05T15:12", ("Henrik Olsson", "henrik.olsson@rattvik.se"), "Ersättare 3 maj",
             """Hej Linnea,

Jag kan inte komma på första träffen den 3 maj. Min kollega Anders Holm på planavdelningen går i mitt ställe
den dagen. Resten av träffarna går jag själv som planerat.

Hälsningar
Henrik Olsson
Rättviks kommun""",
             X("change", [P("Henrik Olsson", "henrik.olsson@rattvik.se", "Rättviks kommun"),
                          P("Anders Holm", None, "Rättviks kommun")], [S1]),
             "substitution for one session only; substitute without address gets the sender's organisation"),

        tg("ax036", "2027-03-09T18:40", "Lena S", 5277310945,
           "Hej! Måste tyvärr avanmäla mig från DalaLab, alla träffar. Jag har bytt jobb. /Lena Sundberg, Malung-Sälens kommun",
           X("cancel", [P("Lena Sundberg", None, "Malung-Sälens kommun")], ALL),
           "Telegram cancellation of everything; full name only in the text, not the display name"),

        mail("ax037", "2027-03-12T10:09", ("Nadia Haddad", "nadia.haddad@borlange.se"), "Ändring i anmälan – Borlänge",
             """Hej,

Karl Persson har slutat hos oss, så stryk honom från DalaLab. Min egen anmälan gäller som förut.

/Nadia Haddad, Borlänge kommun""",
             X("cancel", [P("Karl Persson", None, "Borlänge kommun")], ALL),
             "'Ändring' subject but a withdrawn colleague without substitute → cancel; sender's own signup stands"),

        mail("ax038", "2027-03-16T11:45", ("Microsoft Outlook", "postmaster@leksand.se"),
             "Olevererbart: Bekräftelse på din anmälan till DalaLab",
             """Det gick inte att leverera till de här mottagarna eller grupperna:

maja.gronlund@leksand.se
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka meddelandet
igen senare eller kontakta mottagaren direkt.

Diagnostikinformation för administratörer:
Genererande server: EXCH01.leksand.se
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""",
             X("auto_reply"), "Exchange non-delivery report (mailbox full) naming a registered participant"),

        mail("ax039", "2027-03-18T07:32", ("Tobias Wikström", "tobias.wikstrom@mora.se"), "Lägga till träff",
             """Hej!
Jag är anmäld till 3/5 och 21/9. Kan ni lägga till 22/2 -28 också? Har fått klartecken från chefen nu.
/Tobias W, Mora kommun""",
             X("change", [P("Tobias Wikström", "tobias.wikstrom@mora.se", "Mora kommun")], [S1, S2, S4]),
             "adds a session to a stated registration → all sessions after the change; now from work address"),

        tg("ax040", "2027-03-23T21:08", "Kristoffer Hed", 7203391156,
           "När är sista dagen att anmäla sig? Och kan man anmäla sig bara till en träff?",
           X("question"), "deadline question on Telegram"),

        mail("ax041", "2027-03-29T08:02", ("Bengt-Åke Sjölund", "bengt-ake.sjolund@hedemora.se"),
             "Avanmälan 29 november",
             """Hej Linnea,

Jag måste tyvärr stryka mig från träffen den 29 november – den krockar med kommunfullmäktige.
Övriga tillfällen står kvar.

Mvh
Bengt-Åke Sjölund
Hedemora kommun
Tel 0225-345 67""",
             X("cancel", [P("Bengt-Åke Sjölund", "bengt-ake.sjolund@hedemora.se", "Hedemora kommun")], [S3]),
             "cancels one session only, in windows-1252", charset="windows-1252"),

        # ---------------------------------------------------------------- April: last days before 14 April
        mail("ax042", "2027-04-01T14:48", ("Lars Eriksson", "lars.eriksson@avesta.se"), "Sen anmälan DalaLab",
             """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Hoppas det inte är för sent – jag vill gärna anmäla mig till vårens träff i Falun.
Jag äter inte fläsk.</p>
<p>Vänliga hälsningar<br>Lars Eriksson<br>Avesta kommun, Samhällsbyggnad</p>
</div></body></html>""",
             X("register", [P("Lars Eriksson", "lars.eriksson@avesta.se", "Avesta kommun", "äter inte fläsk")],
               [S1], "äter inte fläsk"),
             "late HTML-only signup; 'vårens träff' is the only spring session (Avesta's third person)", html=True),

        mail("ax043", "2027-04-06T09:20", ("Marie Forsberg", "marie.forsberg@ludvika.se"), "Byte av deltagare",
             """Hej Linnea,

Fatima Ali har fått nya arbetsuppgifter och kan inte delta i DalaLab. I hennes ställe kommer
Emma Ström (emma.strom@ludvika.se), på samtliga träffar. Emma är laktosintolerant.

Med vänlig hälsning
Marie Forsberg
Enhetschef Planenheten, Ludvika kommun""",
             X("change", [P("Fatima Ali", None, "Ludvika kommun"),
                          P("Emma Ström", "emma.strom@ludvika.se", "Ludvika kommun", "laktosintolerant")],
               ALL, "laktosintolerant"),
             "substitution by a manager; the leaving person's address is not in this text → None"),

        mail("ax044", "2027-04-08T12:15", ("Linda Holmqvist", "linda.holmqvist@smedjebacken.se"),
             "Re: Bekräftelse på din anmälan till DalaLab",
             """Tack, då är det noterat!

/Linda

Den 7 apr. 2027 kl 15:30 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Linda!
>
> Du är anmäld till DalaLab: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
> Vi har noterat nötallergi.
>
> Hälsningar
> Linnea""",
             X("unknown"), "a thank-you above a quoted confirmation listing all sessions: nothing to do"),

        mail("ax045", "2027-04-10T17:36", ("Erik Sandström", "erik.sandstrom@falun.se"), "Hinner jag anmäla mig?",
             """Hej,

Jag såg att sista anmälningsdag är 14 april, så jag hoppas att jag hinner. Jag skulle vilja gå på höstens
träff om det finns plats – 3 maj kan jag tyvärr inte.

Erik Sandström
Trafikplanerare, Falu kommun""",
             X("register", [P("Erik Sandström", "erik.sandstrom@falun.se", "Falu kommun")], [S2, S3],
               unsure=["sessions"]),
             "late signup for 'höstens träff' (singular, two autumn sessions) → both, unsure"),
    ]
