"""Theme "inbox" (au001–au045): one registration inbox over the winter, in the order the mail arrives.

The invitation goes out on 1 December 2026. First come the quick replies above the quoted invitation (Outlook
headers, ">" quoting, HTML blockquotes, forwards), then colleagues added later, questions about venue, cost,
distance attendance, parking and food, automatic mail (out-of-office, a bounce, a delivery report, a read
receipt), a newsletter, a mailing-list post, spam and phishing, erasure requests, and in spring the changes,
cancellations and late signups just before the deadline of 14 April 2027.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

# The invitation as Linnea sent it, quoted in several ways below.
INV_OUTLOOK = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:03
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet
och utvecklingskraft. Lärprojektet vänder sig i första hand till er som arbetar
med översiktsplanering och planeringsstrategier i kommunerna och regionen.

Träffar:
  1. Måndag 3 maj 2027, kl. 10–15 (fika från 9.30), Falun
     Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins
     roll för en stärkt översiktsplanering (tillsammans med Boverket)
  2. Tisdag 21 september 2027
     Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
  3. Måndag 29 november 2027
     Att planera både för önskvärda framtider och för osäkerheter
  4. Tisdag 22 februari 2028
     Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
     digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan görs till
linnea.hassis@regiondalarna.se senast den 14 april 2027. Ange namn,
organisation, e-postadress och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def messages():
    return [
        # --- December: the first replies to the invitation --------------------------------------------------
        mail("au003", "2026-12-01T14:52", ("Karin Sjöberg", "karin.sjoberg@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Vad roligt, det här har vi väntat på. Jag anmäler mig gärna till hela serien.

Vänliga hälsningar
Karin Sjöberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Tel: 023-82 41 07 | Mobil: 070-318 22 94
Besöksadress: Stadshuset, Slaggatan 2, Falun

""" + INV_OUTLOOK,
             X("register", [P("Karin Sjöberg", "karin.sjoberg@falun.se", "Falu kommun")], ALL),
             "Outlook reply above the full quoted invitation; 'hela serien' means all four, quoted dates are not the signup"),

        mail("au004", "2026-12-02T09:41", ("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag och min kollega Johan Ekdahl (johan.ekdahl@borlange.se) vill gärna vara med på
de två första träffarna, 3/5 och 21.9. Resten får vi återkomma om när vi vet hur
hösten ser ut. Johan äter vegetariskt, jag äter allt.

/Maria

Maria Lindqvist-Berg
Planarkitekt, Borlänge kommun
0243-74 x xx

Den 1 december 2026 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quoted(INV_OUTLOOK.split("\n\n", 1)[1]),
             X("register", [P("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se", "Borlänge kommun"),
                            P("Johan Ekdahl", "johan.ekdahl@borlange.se", "Borlänge kommun", diet="vegetariskt")],
               [S1, S2], diet="vegetariskt"),
             "two people, dates as 3/5 and 21.9 above a '>'-quoted invitation; diet belongs to the colleague only"),

        mail("au005", "2026-12-02T13:05", ("Lena Holm", "lena.holm@ludvika.se"),
             "SV: Inbjudan: DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag anmäler följande medarbetare från Ludvika kommun till samtliga tillfällen i DalaLab:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Andersson, Per</td><td>per.andersson@ludvika.se</td><td>&ndash;</td></tr>
<tr><td>Nyström, Elin</td><td>elin.nystrom@ludvika.se</td><td>Glutenfri</td></tr>
</table>
<p>Med vänlig hälsning<br>
<b>Lena Holm</b><br>
Administratör, Samhällsbyggnadsförvaltningen<br>
Ludvika kommun | 771 82 Ludvika<br>
Tfn 0240-860 00 (vx)</p>
</div>
<hr>
<p><b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 1 december 2026 14:03<br>
<b>Ämne:</b> Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>Region Dalarna bjuder in till lärprojektet DalaLab. Träffar: 3 maj 2027 i Falun,
21 september 2027, 29 november 2027 och 22 februari 2028.</p>
<p>Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027.</p>
</blockquote>
</body></html>
""",
             X("register", [P("Per Andersson", "per.andersson@ludvika.se", "Ludvika kommun"),
                            P("Elin Nyström", "elin.nystrom@ludvika.se", "Ludvika kommun", diet="Glutenfri")],
               ALL, diet="Glutenfri"),
             "HTML-only table from an administrator signing up two others (sender not a participant), names 'Efternamn, Förnamn'",
             html=True),

        mail("au001", "2026-12-01T14:04", ("Bengt Olsson", "bengt.olsson@mora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl!

Jag är tjänstledig till och med den 8 januari 2027 och läser inte min e-post.
Gäller det bygglov, kontakta bygglov@mora.se. Övriga ärenden: Mora kommuns
växel 0250-260 00.

Bengt Olsson
Mora kommun
""",
             X("auto_reply"),
             "out-of-office reply to the invitation, mentions dates and addresses that are not a signup"),

        tg("au006", "2026-12-02T19:22", "Anders Wikström", 582019347,
           """Hej! Vill anmäla mig till dalalab, alla fyra gångerna. Anders Wikström, Rättviks kommun. anders.wikstrom@rattvik.se""",
           X("register", [P("Anders Wikström", "anders.wikstrom@rattvik.se", "Rättviks kommun")], ALL),
           "short Telegram signup with address and municipality in the text"),

        mail("au002", "2026-12-01T14:04", ("Mail Delivery System", "MAILER-DAEMON@mx02.regiondalarna.se"),
             "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """This is the mail system at host mx02.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<stefan.persson@smedjebacken.se>: host mx.smedjebacken.se[194.47.xx.xx] said:
    550 5.1.1 <stefan.persson@smedjebacken.se>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message headers ---
From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: stefan.persson@smedjebacken.se
Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Tue, 1 Dec 2026 14:03:11 +0100
""",
             X("auto_reply"),
             "bounce for a recipient of the invitation; a named municipal address appears but nobody signs up"),

        mail("au007", "2026-12-04T15:32", ("Ingrid Halvarsson", "ingrid.halvarsson@vansbro.se"),
             "Fråga om DalaLab",
             """Hej Linnea,

Tack för inbjudan. Innan vi anmäler oss undrar jag om det går att delta på distans
på någon av träffarna? För oss i Vansbro är det drygt tio mil enkel väg till Falun,
och en heldag blir lång med resan. Om alla träffar är fysiska får vi nog prioritera.

Hälsningar
Ingrid Halvarsson
Samhällsplanerare, Vansbro kommun
""",
             X("question"),
             "question about distance attendance from someone who has not signed up yet"),

        mail("au008", "2026-12-07T10:11", ("Mats Eriksson", "mats.eriksson@leksand.se"),
             "Kostnad?",
             """Hej!

Kostar det något att vara med i DalaLab? Jag behöver veta det innan jag tar upp
det med min chef. Det står inget om avgift i inbjudan.

Mvh Mats Eriksson
Leksands kommun
""",
             X("question"),
             "cost question in Latin-1, no signup", charset="iso-8859-1"),

        mail("au009", "2026-12-08T16:47", ("Karin Sjöberg", "karin.sjoberg@falun.se"),
             "SV: SV: Inbjudan: DalaLab",
             """Hej igen,

jag glömde ju min kollega Sara Öhman! Hon vill också vara med på alla fyra
träffarna. Hennes adress är sara.ohman@falun.se. Hon är laktosintolerant.

Min egen anmälan gäller som förut.

Karin
""",
             X("register", [P("Sara Öhman", "sara.ohman@falun.se", "Falu kommun", diet="laktosintolerant")], ALL,
               diet="laktosintolerant"),
             "'jag glömde' a colleague: only the colleague is registered, the sender's own signup stands"),

        mail("au010", "2026-12-09T07:00", ("Plannytt", "nyhetsbrev@plannytt.se"),
             "Plannytt nr 12/2026: Ny vägledning för översiktsplanering",
             """<html><body style="font-family:Arial">
<h1>Plannytt – december 2026</h1>
<h2>Ny vägledning om planeringsstrategi</h2>
<p>Boverket har publicerat en uppdaterad vägledning om hur kommunerna kan arbeta med
planeringsstrategin och utvecklingsinriktningen i den nya ÖP-modellen.
<a href="https://plannytt.se/l/88121">Läs mer</a></p>
<h2>Kalendarium</h2>
<ul>
<li>3 maj 2027 – DalaLab i Falun, Region Dalarna</li>
<li>12 maj 2027 – Planeringsdagarna, Umeå</li>
<li>21 september 2027 – Seminarium om tillgänglighet och närhet</li>
</ul>
<p style="font-size:9px">Du får detta nyhetsbrev eftersom du prenumererar på Plannytt.
<a href="https://plannytt.se/avregistrera?u=lh8812">Avregistrera dig här</a>.</p>
</body></html>
""",
             X("unknown"),
             "HTML newsletter whose calendar names DalaLab and session dates; unknown, not a signup or auto_reply",
             html=True),

        mail("au011", "2026-12-09T08:31", ("postmaster@falun.se", "postmaster@falun.se"),
             "Levererat: Bekräftelse: anmälan till DalaLab",
             """Meddelandet har levererats till följande mottagare:

sara.ohman@falun.se

Ämne: Bekräftelse: anmälan till DalaLab

Leveransrapporten skickades automatiskt av Microsoft Exchange.
""",
             X("auto_reply"),
             "Exchange delivery report for a confirmation, naming a registered participant"),

        tg("au012", "2026-12-11T21:38", "Jonas Mäkelä", 730481256,
           """hej kan man anmäla sig här? jag heter jonas mäkelä och jobbar på länsstyrelsen, vill gärna gå på första och sista träffen""",
           X("register", [P("Jonas Mäkelä", None, "Länsstyrelsen Dalarna")], [S1, S4]),
           "lower-case Telegram signup phrased partly as a question; 'första och sista' sessions, no address"),

        mail("au013", "2026-12-14T03:12", ("IT-support Region Dalarna", "it-support@regiondalarna-se.com"),
             "Din brevlåda är nästan full – åtgärd krävs",
             """Hej linnea.hassis,

Din brevlåda har nått 98 % av sin kapacitet. Inkommande e-post, till exempel
anmälningar och kalenderinbjudningar, kan komma att avvisas.

Verifiera ditt konto inom 24 timmar för att få utökat lagringsutrymme:
https://regiondalarna-se.com/owa/verify?id=lhassis

Med vänlig hälsning
IT-avdelningen
""",
             X("unknown"),
             "phishing pretending to be the region's IT department from a look-alike domain"),

        mail("au014", "2026-12-15T11:26", ("Ahmed Karimi", "ahmed.karimi@regiondalarna.se"),
             "RE: Inbjudan: DalaLab",
             """Hi Linnea,

I'd like to sign up for DalaLab. I can only make 3 May and 29 November, the other
two dates clash with trips I already have booked. Also, my Swedish is still a bit
limited - is it ok if I ask questions in English during the sessions?

I'm vegan, if there is food.

Best regards,
Ahmed Karimi
Regional planner, Region Dalarna
+46 (0)23-77 80 00

From: Hassis Linnea <linnea.hassis@regiondalarna.se>
Sent: Tuesday, December 1, 2026 2:03 PM
Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in till lärprojektet DalaLab ... 3 maj, 21 september,
29 november 2027 och 22 februari 2028 ...
""",
             X("register", [P("Ahmed Karimi", "ahmed.karimi@regiondalarna.se", "Region Dalarna", diet="vegan")],
               [S1, S3], diet="vegan"),
             "English signup for two dates with a side question; quoted invitation lists all four"),

        mail("au015", "2026-12-17T13:58", ("Gunilla Ek", "gunilla.ek@sater.se"),
             "parkering falun",
             """Hej

Var i Falun är den första träffen? Det står bara Falun i inbjudan. Finns det
parkering i närheten eller är det bättre att åka tåg?

Gunilla Ek
Säters kommun
Skickat från min iPhone""",
             X("question"),
             "question on venue and parking from a phone, no signup"),

        # --- January–February ----------------------------------------------------------------------------
        mail("au016", "2027-01-08T09:15", ("Emma Strand", "emma.strand@regiondalarna.se"),
             "Automatic reply: DalaLab – praktisk information inför våren",
             """I am on parental leave until 1 March 2027 and will not read my e-mail.
For questions about regional planning, please contact registrator@regiondalarna.se.

Jag är föräldraledig till och med den 1 mars 2027 och läser inte min e-post.
""",
             X("auto_reply"),
             "bilingual out-of-office reply to a mass information mail, with a date that is not a session"),

        mail("au017", "2027-01-11T08:49", ("Charlotte von Essen", "charlotte.vonessen@hedemora.se"),
             "Anmälan DalaLab – Hedemora",
             """God morgon!

Härmed anmäls från Hedemora kommun:

- von Essen, Charlotte (charlotte.vonessen@hedemora.se)
- Dahl, Olof – nötallergi

Vi är med på samtliga fyra träffar.

Med vänliga hälsningar

Charlotte von Essen
Planeringschef
Hedemora kommun
Tel. 0225-340 00
""",
             X("register", [P("Charlotte von Essen", "charlotte.vonessen@hedemora.se", "Hedemora kommun"),
                            P("Olof Dahl", None, "Hedemora kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "'Efternamn, Förnamn' list including the sender, name with particle 'von', colleague without address"),

        mail("au018", "2027-01-13T12:20", ("Per-Olov Sandberg", "per-olov.sandberg@gagnef.se"),
             "Mat?",
             """Hej Linnea

Blir det lunch på träffarna eller bara fika? Jag har celiaki och vill veta om jag
ska ta med egen mat. Jag har inte anmält mig än men tänker göra det.

Per-Olov
""",
             X("question"),
             "food question that names a diet but is not yet a signup"),

        tg("au019", "2027-01-19T22:03", "Ronja Lind", 614590273,
           """Hej! Vet du om regionen har några lediga tjänster som samhällsplanerare just nu? Var ska man i så fall söka?""",
           X("unknown"),
           "Telegram message that is not for this service (a job enquiry)"),

        mail("au020", "2027-01-25T14:37", ("Tomas Larsson", "tomas.larsson@avesta.se"),
             "Radera mina uppgifter",
             """Hej,

Jag fick er inbjudan till DalaLab men jobbar inte längre med planering. Jag vill
att ni tar bort mig från era utskickslistor och raderar de personuppgifter ni har
om mig, enligt dataskyddsförordningen.

Tomas Larsson
Avesta kommun
""",
             X("erasure", [P("Tomas Larsson", "tomas.larsson@avesta.se", "Avesta kommun")]),
             "GDPR erasure request from someone who never signed up"),

        mail("au021", "2027-02-01T10:02", ("Åsa Näslund", "asa.naslund@alvdalen.se"),
             "Anmälan till DalaLab",
             """Hej!

Jag heter Åsa Näslund och arbetar som planarkitekt på Älvdalens kommun. Jag vill
anmäla mig till träffen i maj och till höstens träff. Jag är glutenintolerant.

Hälsningar
Åsa Näslund
Älvdalens kommun
Dalgatan 78, 796 30 Älvdalen
""",
             X("register", [P("Åsa Näslund", "asa.naslund@alvdalen.se", "Älvdalens kommun", diet="glutenintolerant")],
               [S1, S2, S3], diet="glutenintolerant", unsure=["sessions"]),
             "Latin-1 signup; 'höstens träff' (singular) fits both autumn sessions, so both are labelled",
             charset="iso-8859-1"),

        mail("au022", "2027-02-03T15:15", ("Lisa Forsberg", "lisa.forsberg@mora.se"),
             "Fyra från Mora?",
             """Hej!

Vi är fyra på planeringsavdelningen som skulle vilja gå. Går det att vara fyra från
samma kommun om en av oss bara är med på en träff? Annars får vi dela upp oss på
något sätt.

Lisa Forsberg
Mora kommun
""",
             X("question"),
             "question about the three-per-municipality quota, nobody signed up"),

        mail("au023", "2027-02-08T17:44", ("Nätverket för planerare i Dalarna", "planerare-dalarna@lists.regiondalarna.se"),
             "[planerare-dalarna] Minnesanteckningar från nätverksträffen 4 februari",
             """Hej alla i nätverket!

Här kommer minnesanteckningarna från träffen i Borlänge den 4 februari.

1. Läget i ÖP-arbetet: Gagnef och Orsa är på väg ut på samråd.
2. Boverket informerade om den nya vägledningen för planeringsstrategi.
3. Övrigt: Glöm inte att anmäla er till DalaLab senast 14 april, första träffen
   är 3 maj i Falun.

Nästa nätverksträff: 15 april, digitalt.

/Sekretariatet
--
Du får detta som medlem i listan planerare-dalarna.
Avsluta prenumeration: planerare-dalarna-leave@lists.regiondalarna.se
""",
             X("unknown"),
             "mailing-list post that reminds people to sign up but signs up nobody", to="planerare-dalarna@lists.regiondalarna.se"),

        mail("au024", "2027-02-15T09:30", ("Ulla Berglund", "ulla.berglund@orsa.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Vi får en ny planerare, Emil Grahn, som börjar hos oss den 1 mars. Jag vill anmäla
honom till hela DalaLab. Han har ingen mejladress hos oss än, så skicka gärna
informationen till mig tills vidare. Jag själv deltar inte.

Ulla Berglund
Enhetschef Plan och bygg, Orsa kommun

---------- Vidarebefordrat meddelande ----------
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Datum: tis 1 dec. 2026 kl. 14:03
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: <ulla.berglund@orsa.se>

""" + INV_OUTLOOK.split("\n\n", 1)[1],
             X("register", [P("Emil Grahn", None, "Orsa kommun")], ALL),
             "manager forwards the invitation to sign up a new hire without an address; the sender does not attend"),

        mail("au025", "2027-02-22T06:51", ("EventPay Billing", "billing@eventpay-secure.net"),
             "Invoice #44812 overdue – DalaLab registration fee",
             """<html><body>
<p>Dear customer,</p>
<p>Your invoice <b>#44812</b> for <b>DalaLab – registration fee (4 sessions)</b> is overdue.
Amount: <b>SEK 4 950</b>.</p>
<p>To avoid a late fee, please pay within 48 hours using the secure link below:</p>
<p><a href="http://eventpay-secure.net/pay/44812">Pay now</a></p>
<p>EventPay Billing Team</p>
</body></html>
""",
             X("unknown"),
             "English HTML phishing 'invoice' that names the event", html=True),

        mail("au026", "2027-02-26T08:02", ("Johan Ekdahl", "johan.ekdahl@borlange.se"),
             "Läst: Bekräftelse: anmälan till DalaLab",
             """Ditt meddelande

  Till: Ekdahl Johan
  Ämne: Bekräftelse: anmälan till DalaLab
  Skickat: den 25 februari 2027 15:40

lästes den 26 februari 2027 08:02.
""",
             X("auto_reply"),
             "read receipt from a registered participant"),

        # --- March: changes and cancellations --------------------------------------------------------------
        tg("au027", "2027-03-02T12:10", "Anders Wikström", 582019347,
           """hej, anders från rättvik igen. jag är anmäld på alla fyra träffarna, kan ni ändra min kost till vegetarisk? annars som förut""",
           X("change", [P("Anders Wikström", None, "Rättviks kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
           "diet change for all his sessions; no address in the text"),

        mail("au028", "2027-03-05T14:26", ("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se"),
             "Ändring DalaLab",
             """Hej!

Jag är anmäld till 3 maj och 21 september, men den 21:a krockar med ett
kommunfullmäktige. Kan jag gå på träffen den 29 november i stället? Maj står kvar.

/Maria Lindqvist-Berg, Borlänge
""",
             X("change", [P("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se", "Borlänge kommun")], [S1, S3]),
             "swap one session while keeping another; sessions after the change are stated"),

        mail("au029", "2027-03-09T10:44", ("Lena Holm", "lena.holm@ludvika.se"),
             "SV: DalaLab – byte av deltagare",
             """Hej,

Per Andersson har slutat hos oss. I stället kommer Fredrik Strand
(fredrik.strand@ludvika.se) att delta på samtliga träffar. Fredrik har ingen
specialkost.

Med vänlig hälsning
Lena Holm
Ludvika kommun
""",
             X("change", [P("Per Andersson", None, "Ludvika kommun"),
                          P("Fredrik Strand", "fredrik.strand@ludvika.se", "Ludvika kommun")], ALL),
             "substitution sent by an administrator; the leaver's address is not in this mail"),

        mail("au030", "2027-03-11T07:58", ("Johan Ekdahl", "johan.ekdahl@borlange.se"),
             "Lägga till en träff",
             """Hej Linnea

Jag är anmäld till 3 maj och 21 september. Kan ni lägga till mig på träffen
v. 48 också, den den 29:e? Den om framtider och osäkerheter verkar intressant.

Mvh Johan
""",
             X("change", [P("Johan Ekdahl", "johan.ekdahl@borlange.se", "Borlänge kommun")], [S1, S2, S3]),
             "adds a session given as 'v. 48', 'den 29:e' and by theme; sessions after the change are stated"),

        tg("au031", "2027-03-15T08:05", "Jonas Mäkelä", 730481256,
           """hej, jonas här från lst. tyvärr måste jag stryka mig från maj-träffen, hinner inte med pga remissarbete. sista träffen står kvar""",
           X("cancel", [P("Jonas Mäkelä", None, "Länsstyrelsen Dalarna")], [S1]),
           "partial cancel on Telegram: one session withdrawn, 'lst' for Länsstyrelsen"),

        mail("au032", "2027-03-18T16:20", ("Ahmed Karimi", "ahmed.karimi@regiondalarna.se"),
             "DalaLab - cancellation",
             """Hi Linnea,

Unfortunately I have been moved to another project and won't be able to take
part in DalaLab after all. Please take me off the list.

Thanks and sorry for the trouble,
Ahmed
""",
             X("cancel", [P("Ahmed Karimi", "ahmed.karimi@regiondalarna.se", "Region Dalarna")], ALL),
             "English full cancellation that does not say which sessions he was booked on"),

        mail("au033", "2027-03-22T11:12", ("Sara Öhman", "sara.ohman@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag kommer tyvärr inte kunna vara med i maj eftersom jag går på föräldraledighet.
Min kollega Hanna Jacobsson kanske kan gå i mitt ställe, men hon har inte
bestämt sig än. Jag återkommer om det.

Sara Öhman
Falu kommun

> Hej Sara! Du är anmäld till DalaLab: 3 maj, 21 september och 29 november 2027
> samt 22 februari 2028. Specialkost: laktosintolerant.
""",
             X("cancel", [P("Sara Öhman", "sara.ohman@falun.se", "Falu kommun")], [S1],
               unsure=["change-or-cancel"]),
             "cancels May with a possible but unconfirmed substitute; quoted confirmation lists all dates"),

        mail("au034", "2027-03-25T13:33", ("Henrik Borg", "henrik.borg@smedjebacken.se"),
             "Teams?",
             """Hej!

Kommer det gå att följa den första träffen via Teams eller blir den bara på plats
i Falun? Vi har ett par kollegor som gärna skulle lyssna på Boverkets del.

Hälsningar
Henrik Borg
Smedjebackens kommun
""",
             X("question"),
             "question about following the first session remotely; no signup"),

        tg("au035", "2027-03-29T19:47", "Elin Nyström", 455102938,
           """Hej! Jag vill att ni tar bort alla mina uppgifter ur anmälningssystemet, även kostuppgiften. /Elin Nyström, Ludvika""",
           X("erasure", [P("Elin Nyström", None, "Ludvika kommun")]),
           "erasure request on Telegram from a registered participant"),

        # --- April: late signups just before the deadline ------------------------------------------------
        mail("au036", "2027-04-01T09:12", ("Per-Olov Sandberg", "per-olov.sandberg@gagnef.se"),
             "Är det för sent?",
             """Hej igen Linnea,

Är det för sent att anmäla sig? Jag skulle i så fall vilja gå på träffen om
utvecklingsinriktning i ÖP-modellen och den om tillgänglighet. Jag har celiaki
som jag skrev förra gången.

Per-Olov Sandberg
Gagnefs kommun
""",
             X("register", [P("Per-Olov Sandberg", "per-olov.sandberg@gagnef.se", "Gagnefs kommun", diet="celiaki")],
               [S2, S4], diet="celiaki"),
             "late signup phrased as a question, sessions named only by theme"),

        mail("au037", "2027-04-05T10:00", ("Hotell Siljansborg Konferens", "konferens@siljansborg-event.se"),
             "Planerar ni höstens träffar? Boka konferens hos oss!",
             """Hej!

Vi ser att ni arrangerar återkommande träffar under hösten. Hos oss på Siljansborg
får ni konferenslokal, fika och lunch från 495 kr/person. Just nu 15 % rabatt på
bokningar i september och november.

Svara på detta mejl så skickar vi en offert!

Med vänlig hälsning
Konferensavdelningen
""",
             X("unknown"),
             "marketing mail mentioning autumn meetings; unsolicited, not a signup"),

        mail("au038", "2027-04-06T15:48", ("Gunilla Ek", "gunilla.ek@sater.se"),
             "Anmälan DalaLab från Säter",
             """<html><body>
<p>Hej Linnea!</p>
<p>Nu har vi bestämt oss. Vi blir två från Säter: jag själv och <b>Tobias Hedlund</b>
(tobias.hedlund@sater.se). Vi kan tyvärr bara höstens träffar, maj är helt fullbokad för oss.</p>
<p>Tack för svaret om parkeringen förresten!</p>
<p>--<br>
Gunilla Ek<br>
Översiktsplanerare | Säters kommun<br>
Box 300, 783 27 Säter<br>
Tel: 0225-550 00</p>
</body></html>
""",
             X("register", [P("Gunilla Ek", "gunilla.ek@sater.se", "Säters kommun"),
                            P("Tobias Hedlund", "tobias.hedlund@sater.se", "Säters kommun")], [S2, S3]),
             "HTML signup for two; 'höstens träffar' (plural) means both autumn sessions", html=True),

        mail("au039", "2027-04-07T08:35", ("Bengt Olsson", "bengt.olsson@mora.se"),
             "Anmälan DalaLab",
             """Hej,

Jag anmäler härmed Lisa Forsberg och Mikael Järv från Mora kommun till DalaLab.
Själv är jag också intresserad men vet inte om jag hinner, kalendern är full
fram till sommaren.

Bengt Olsson
Samhällsbyggnadschef, Mora kommun
""",
             X("register", [P("Lisa Forsberg", None, "Mora kommun"), P("Mikael Järv", None, "Mora kommun")], ALL,
               unsure=["sender-attends"]),
             "manager signs up two colleagues and is undecided himself"),

        mail("au040", "2027-04-08T20:14", ("Niklas Törnqvist", "niklas.tornqvist@gmail.com"),
             "DalaLab anmälan",
             """Hej!

Jag är konsult och arbetar just nu åt både Vansbro och Malung-Sälen med deras
översiktsplaner. Jag vill anmäla mig till alla träffar i DalaLab.

Niklas Törnqvist
Törnqvist Planering AB
""",
             X("register", [P("Niklas Törnqvist", "niklas.tornqvist@gmail.com", None)], ALL,
               unsure=["organisation"]),
             "consultant from a private address working for two municipalities: organisation unclear"),

        mail("au041", "2027-04-09T09:05", ("Charlotte von Essen", "charlotte.vonessen@hedemora.se"),
             "SV: Anmälan DalaLab – Hedemora",
             """Hej Linnea,

Olof Dahl kan tyvärr inte delta på någon av träffarna, han har fått ett nytt jobb
i Stockholm. Min egen anmälan står kvar som planerat.

Hälsningar
Charlotte

-----Ursprungligt meddelande-----
Från: Charlotte von Essen
Skickat: den 11 januari 2027 08:49
Ämne: Anmälan DalaLab – Hedemora

Härmed anmäls från Hedemora kommun:
- von Essen, Charlotte (charlotte.vonessen@hedemora.se)
- Dahl, Olof – nötallergi
""",
             X("cancel", [P("Olof Dahl", None, "Hedemora kommun")], ALL),
             "colleague withdrawn without substitute; the sender stays and is not part of the request"),

        tg("au042", "2027-04-09T17:30", "Sofia Almeida", 901337462,
           """Hi! Is it still possible to register for DalaLab? Sofia Almeida, Region Dalarna, sofia.almeida@regiondalarna.se. I'd like to join 3/5 and 29/11. Gluten free please :)""",
           X("register", [P("Sofia Almeida", "sofia.almeida@regiondalarna.se", "Region Dalarna", diet="Gluten free")],
             [S1, S3], diet="Gluten free"),
           "English late signup on Telegram with day/month dates"),

        mail("au043", "2027-04-10T08:20", ("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se"),
             "Avanmälan – hur sent?",
             """Hej,

En snabb fråga: hur sent innan en träff kan man avanmäla sig? Och blir det någon
kostnad om man uteblir utan att ha avanmält sig?

/Maria
""",
             X("question"),
             "question about cancellation terms from a registered participant; nothing is cancelled"),

        mail("au044", "2027-04-10T10:52", ("Linda Åkerman", "linda.akerman@avesta.se"),
             "Re: Påminnelse: sista anmälningsdag till DalaLab 14 april",
             """Jag hänger på! Alla datum funkar utom 22/2.

Linda Åkerman
Planarkitekt, Avesta kommun
0226-64 50 00

Den fre 9 apr. 2027 kl. 13:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej!
>
> Påminnelse: sista dag att anmäla sig till DalaLab är onsdag 14 april.
> Träffarna är 3 maj (Falun), 21 september, 29 november 2027 och 22 februari 2028.
> Anmäl dig genom att svara på detta mejl.
>
> Linnea
""",
             X("register", [P("Linda Åkerman", "linda.akerman@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "terse reply to a reminder: all dates except one given as 22/2"),

        mail("au045", "2027-04-10T15:37", ("Maria Lindqvist-Berg", "maria.lindqvist-berg@borlange.se"),
             "Två till från Borlänge",
             """Hej igen!

Nu vill två kollegor till också vara med: Erik Holmgren (erik.holmgren@borlange.se)
och Fatima Yusuf (fatima.yusuf@borlange.se). De kan bara första träffen i Falun.
Fatima äter halal.

Trevlig helg!
Maria
""",
             X("register", [P("Erik Holmgren", "erik.holmgren@borlange.se", "Borlänge kommun"),
                            P("Fatima Yusuf", "fatima.yusuf@borlange.se", "Borlänge kommun", diet="halal")],
               [S1], diet="halal"),
             "adds two colleagues, which takes Borlänge past the quota of three; only the first session"),
    ]
