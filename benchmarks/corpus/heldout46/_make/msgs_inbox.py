"""Theme "inbox" (aw001-aw045): one registration inbox over the winter 2026/27, in the order it fills up.

The invitation goes out on Tuesday 1 December 2026. First come the signups written above the quoted invitation
(Outlook headers, Gmail "skrev:" lines, ">" quoting, HTML blockquotes, a forwarded chain), then colleagues added
afterwards ("jag glömde ..."), questions on venue, cost, parking, food and distance attendance, machine mail
(out-of-office, a bounce, a delivery report, a read receipt), a newsletter, a mailing-list post, spam and
phishing, two erasure requests, and in spring the changes, substitutions and cancellations and the late signups
before the deadline of 14 April 2027. A few messages are ones a careful human would have to ask about.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

# The invitation as Outlook quotes it below a reply.
INV_OUTLOOK = """
________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:32
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.
Projektet vänder sig i första hand till dig som är tjänsteperson i kommun eller region och arbetar
med planeringsprocesser, t.ex. översiktsplanering och planeringsstrategier.

Lärprojektet består av fyra träffar:

  1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
     Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en
     stärkt översiktsplanering. Medverkande: Boverket.
  2. Tisdag 21 september 2027
     Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
  3. Måndag 29 november 2027
     Att planera både för önskvärda framtider och för osäkerheter
  4. Tisdag 22 februari 2028
     Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 genom att svara
på detta mejl. Ange namn, organisation, e-postadress och eventuell specialkost.

Varmt välkommen!

Linnea Hassis
Processledare, Samhällsplanering
Region Dalarna
"""

# The same invitation as Gmail / Thunderbird quote it.
INV_QUOTED = """
Den tis 1 dec. 2026 kl 15:32 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
> utvecklingskraft. Fyra träffar för dig som jobbar med planeringsprocesser i kommun eller region:
>
> * 3 maj 2027, Falun (10–15, fika från 9.30) – Hållbar utveckling i ett rumsligt perspektiv
>   och planeringsstrategins roll (med Boverket)
> * 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> * 29 november 2027 – Att planera för önskvärda framtider och för osäkerheter
> * 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
> Svara på detta mejl med namn, organisation och ev. specialkost.
>
> Hälsningar
> Linnea Hassis, Region Dalarna
"""

INV_HTML_QUOTE = """<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Datum:</b> 1 december 2026 15:32<br>
<b>Ämne:</b> Inbjudan DalaLab</p>
<p>Region Dalarna bjuder in till lärprojektet <b>DalaLab – Planering för hållbarhet och utvecklingskraft</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Datum</th><th>Tema</th></tr>
<tr><td>3 maj 2027, Falun</td><td>Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll</td></tr>
<tr><td>21 september 2027</td><td>Utvecklingsinriktning i ÖP-modellen</td></tr>
<tr><td>29 november 2027</td><td>Att planera både för önskvärda framtider och för osäkerheter</td></tr>
<tr><td>22 februari 2028</td><td>Planera för tillgänglighet</td></tr>
</table>
<p>Upp till tre personer per kommun. Anmälan senast 14 april 2027.</p>
</div>"""

REMINDER_OUTLOOK = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 mars 2027 09:12
Ämne: Påminnelse: sista anmälningsdag till DalaLab 14 april

Hej!
En påminnelse om att sista dag att anmäla sig till lärprojektet DalaLab är onsdag 14 april.
Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
Har du redan anmält dig behöver du inte göra något.

/Linnea
"""


def messages():
    m = []

    # --- December: the first signups, replies above the invitation -----------------------------------------
    m.append(mail(
        "aw001", "2026-12-02T08:14", ("Grönvall Maria", "maria.gronvall@falun.se"),
        "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea!

Tack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig gärna till DalaLab.
Jag äter vegetariskt.

Med vänlig hälsning

Maria Grönvall
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Falu kommun
Tel: 023-82 41 17
Mobil: 070-318 22 05
www.falun.se
""" + INV_OUTLOOK,
        X("register", [P("Maria Grönvall", "maria.gronvall@falun.se", "Falu kommun", diet="vegetarisk")], ALL,
          diet="vegetarisk"),
        "first reply above an Outlook-quoted invitation listing all four dates; no session named -> all; diet as an adverb"))

    m.append(mail(
        "aw002", "2026-12-02T09:47", ("Helena Sjöberg", "helena.sjoberg@borlange.se"),
        "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej,

Jag och min kollega Oskar Lindqvist (oskar.lindqvist@borlange.se) vill gärna vara med på den
första och den tredje träffen. De andra två krockar tyvärr med våra nämndsammanträden.

Hälsningar
Helena Sjöberg
Planchef, Borlänge kommun
0243-74 000 (växel)
""" + INV_QUOTED,
        X("register", [P("Helena Sjöberg", "helena.sjoberg@borlange.se", "Borlänge kommun"),
                       P("Oskar Lindqvist", "oskar.lindqvist@borlange.se", "Borlänge kommun")], [S1, S3]),
        "sender plus colleague, sessions by ordinal ('första och tredje'), Gmail-quoted invitation with all dates"))

    m.append(mail(
        "aw003", "2026-12-02T11:05", ("Jonas Wallin", "jonas.wallin@ludvika.se"),
        "SV: Inbjudan DalaLab",
        """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Härmed anmäler jag mig, Jonas Wallin, samhällsplanerare i Ludvika, till samtliga fyra tillfällen.</p>
<p>Kost: <i>glutenfri</i></p>
<p>Mvh<br>Jonas</p>
<p style="color:#1f4e79;font-size:9pt">Jonas Wallin | Samhällsplanerare<br>
Ludvika kommun | Myntgatan 15 | 771 82 Ludvika<br>
Tel 0240-862 31</p>
<hr>
""" + INV_HTML_QUOTE + """
</body></html>""",
        X("register", [P("Jonas Wallin", "jonas.wallin@ludvika.se", "Ludvika kommun", diet="glutenfri")], ALL,
          diet="glutenfri"),
        "HTML-only signup above an HTML table of the four sessions; 'samtliga fyra tillfällen'", html=True))

    m.append(tg(
        "aw004", "2026-12-02T13:30", "Karin Ahlström", 583120947,
        "Hej! Vill anmäla mig till dalalab, alla träffarna. Karin Ahlström, Mora kommun. karin.ahlstrom@mora.se",
        X("register", [P("Karin Ahlström", "karin.ahlstrom@mora.se", "Mora kommun")], ALL),
        "short Telegram signup with organisation and address in the text"))

    m.append(mail(
        "aw005", "2026-12-03T07:58", ("Per Norberg", "per.norberg@rattvik.se"),
        "Sv: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Anmäl mig till 3/5 och 21/9 tack!
/Pelle

Skickat från min iPhone

> 1 dec. 2026 kl. 15:32 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej!
> Region Dalarna bjuder in till lärprojektet DalaLab. Träffar 3 maj, 21 september,
> 29 november 2027 och 22 februari 2028. Sista anmälningsdag 14 april 2027.
""",
        X("register", [P("Per Norberg", "per.norberg@rattvik.se", "Rättviks kommun")], [S1, S2]),
        "phone reply signed with a nickname; name from the From header; day/month dates"))

    m.append(mail(
        "aw006", "2026-12-03T10:20", ("Emelie Strand", "emelie.strand@hedemora.se"),
        "Fråga om DalaLab",
        """Hej!

Två snabba frågor innan jag anmäler mig: var i Falun hålls första träffen, och finns det
möjlighet att delta på distans (Teams) på någon av träffarna?

Tack på förhand
Emelie Strand
Hedemora kommun
""",
        X("question", [], []),
        "question on venue and distance attendance before signing up; nobody registered"))

    m.append(mail(
        "aw007", "2026-12-03T10:21", ("Bengt Holmqvist", "bengt.holmqvist@avesta.se"),
        "Automatiskt svar: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej,

Jag är på tjänsteresa till och med måndag 7 december och har begränsad tillgång till e-post.
Ditt mejl kommer inte att vidarebefordras. Vid brådskande ärenden, kontakta Avesta kommuns
kontaktcenter på 0226-64 50 00.

Bengt Holmqvist
Stadsarkitekt, Avesta kommun
""",
        X("auto_reply", [], []),
        "Outlook out-of-office reply to the invitation"))

    m.append(mail(
        "aw008", "2026-12-03T15:42", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
        "RE: Inbjudan DalaLab",
        """Dear Linnea,

Thank you for the invitation. I would like to register for DalaLab. I work as a planning officer
at the County Administrative Board (Länsstyrelsen Dalarna) and my Swedish is still a work in progress,
so I hope English is fine.

I can attend sessions 1, 2 and 4, but not the one in November.
No dietary requirements.

Best regards,
Daniel Okafor
Planning Officer, Länsstyrelsen Dalarna
+46 10-225 03 91
""" + INV_OUTLOOK,
        X("register", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
          [S1, S2, S4]),
        "English signup by session numbers with an exclusion ('not the one in November'); 'no dietary requirements' is no diet"))

    m.append(mail(
        "aw009", "2026-12-04T08:33", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
        "Undeliverable: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Delivery has failed to these recipients or groups:

kjell.eriksson@vansbro.se
The email address you entered couldn't be found. Please check the recipient's email address
and try to resend the message.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
kjell.eriksson@vansbro.se
Remote Server returned '550 5.1.1 <kjell.eriksson@vansbro.se>: Recipient address rejected: User unknown'

Original message headers:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Subject: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Tue, 1 Dec 2026 15:32:08 +0100
""",
        X("auto_reply", [], []),
        "bounce (NDR) for the invitation; a named address is not a person to register"))

    m.append(mail(
        "aw010", "2026-12-04T09:15", ("Lisa Berglund", "lisa.berglund@gagnef.se"),
        "VB: Anmälan DalaLab",
        """Hej Linnea,

Vidarebefordrar från vår planarkitekt, som inte fick inbjudan direkt. Kan du registrera honom?

Hälsningar
Lisa Berglund
Enhetschef Plan och bygg, Gagnefs kommun

---------- Vidarebefordrat meddelande ----------
Från: Ahmed Hassan <ahmed.hassan@gagnef.se>
Datum: 3 dec. 2026 16:48
Ämne: Anmälan DalaLab
Till: Lisa Berglund <lisa.berglund@gagnef.se>

Lisa, kan du anmäla mig till DalaLab som vi pratade om? Jag vill gärna gå på alla fyra.
Jag behöver laktosfri kost.

/Ahmed
""",
        X("register", [P("Ahmed Hassan", "ahmed.hassan@gagnef.se", "Gagnefs kommun", diet="laktosfri")], ALL,
          diet="laktosfri"),
        "manager forwards a colleague's request; the forwarder is not registered; the person is in the forwarded part"))

    m.append(tg(
        "aw011", "2026-12-05T21:10", "Simon Åkesson", 402887153,
        "kostar det nåt att vara med i dalalab? och ingår resan?",
        X("question", [], []),
        "Telegram question on cost, lower case"))

    m.append(mail(
        "aw012", "2026-12-07T08:02", ("Helena Sjöberg", "helena.sjoberg@borlange.se"),
        "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej igen,

Jag glömde i mitt förra mejl att Fredrik af Ugglas också vill vara med, men bara på första
träffen i maj. Han nås på fredrik.afugglas@borlange.se.

Oskar och jag står kvar som tidigare.

/Helena

Helena Sjöberg
Planchef, Borlänge kommun
""",
        X("register", [P("Fredrik af Ugglas", "fredrik.afugglas@borlange.se", "Borlänge kommun")], [S1]),
        "'jag glömde': a colleague with a name particle added later; the earlier signups 'står kvar' are not in people"))

    m.append(mail(
        "aw013", "2026-12-07T11:40", ("Rune Backlund", "rune.backlund@alvdalen.se"),
        "parkering vid DalaLab i Falun?",
        """Hej

Finns det parkering nära lokalen i Falun den 3 maj? Jag kommer med bil från Älvdalen och har
parkeringstillstånd för rörelsehindrade. Går det att ställa bilen nära entrén?

Rune Backlund
Bygglovshandläggare / planhandläggare
Älvdalens kommun
0251-310 00
""",
        X("question", [], []),
        "parking question that names the first session date but registers nobody"))

    m.append(mail(
        "aw014", "2026-12-08T13:05", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev Översiktsplanering – december 2026",
        """<html><body>
<h2>Nyheter om översiktsplanering</h2>
<p><b>Ny vägledning om planeringsstrategi</b><br>
PBL Kunskapsbanken har uppdaterat avsnittet om planeringsstrategi och översiktsplanens aktualitet.
<a href="https://www.boverket.se/sv/PBL-kunskapsbanken/">Läs mer</a></p>
<p><b>Webbinarium 3 maj: Utvecklingsinriktning i praktiken</b><br>
Anmäl dig redan nu till vårt digitala webbinarium för kommunala planerare.
<a href="https://www.boverket.se/sv/om-boverket/kalender/">Anmäl dig här</a></p>
<p><b>ÖP-modellen – frågor och svar</b><br>
Vi har samlat de vanligaste frågorna om hur ÖP-modellen kan användas i arbetet med nya översiktsplaner.</p>
<hr>
<p style="font-size:9pt">Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyheter om
översiktsplanering. <a href="https://www.boverket.se/nyhetsbrev/avsluta">Avsluta prenumerationen</a></p>
</body></html>""",
        X("unknown", [], []),
        "newsletter on the same topic with 'anmäl dig' and a date that is a session date; unknown, not a signup",
        html=True))

    m.append(mail(
        "aw015", "2026-12-09T09:30", ("Sofia Hedlund", "sofia.hedlund@smedjebacken.se"),
        "Anmälan från Smedjebacken",
        """Hej Linnea!

Från Smedjebackens kommun anmäler vi följande till DalaLab:

Lund, Ingrid – alla tillfällen
Mattsson, Erik – alla tillfällen, vegan

Själv har jag tyvärr inte möjlighet att delta, men jag har fått frågan om vi kan dela
presentationerna internt efteråt?

Vänliga hälsningar
Sofia Hedlund
Enhetschef Samhällsbyggnad
Smedjebackens kommun
Tel 0240-66 01 00
""",
        X("register", [P("Ingrid Lund", None, "Smedjebackens kommun"),
                       P("Erik Mattsson", None, "Smedjebackens kommun", diet="vegan")], ALL, diet="vegan"),
        "manager lists two staff as 'Efternamn, Förnamn' without addresses; sender does not attend; a side question"))

    m.append(mail(
        "aw016", "2026-12-10T14:18", ("Göran Öhman", "goran.ohman@sater.se"),
        "Anmälan DalaLab",
        """Hej!

Jag heter Göran Öhman och är översiktsplanerare på Säters kommun. Jag vill anmäla mig till
träffarna 21.9 och den 29:e november. Våren är redan full för min del.

Jag har nötallergi.

Hälsningar
Göran Öhman
Säters kommun, Samhällsbyggnadsförvaltningen
Tfn 0225-550 00
""",
        X("register", [P("Göran Öhman", "goran.ohman@sater.se", "Säters kommun", diet="nötallergi")], [S2, S3],
          diet="nötallergi"),
        "iso-8859-1 signup; dates as '21.9' and 'den 29:e november'", charset="iso-8859-1"))

    m.append(mail(
        "aw017", "2026-12-11T07:45", ("IT-support Region Dalarna", "it-support@regiondalarna-mail.com"),
        "VIKTIGT: Din brevlåda är nästan full – verifiera ditt konto inom 24 timmar",
        """Bästa användare,

Din brevlåda har nått 98 % av sin lagringskapacitet. Inkommande e-post, inklusive anmälningar,
kommer att avvisas om du inte verifierar ditt konto.

Klicka här för att verifiera: http://regiondalarna-mail.com/owa/verify?u=linnea.hassis

Om du inte verifierar inom 24 timmar kommer kontot att stängas.

IT-support
Region Dalarna
""",
        X("unknown", [], []),
        "phishing posing as the region's IT support from a look-alike domain"))

    m.append(mail(
        "aw018", "2026-12-14T10:02", ("Ingrid Lund", "ingrid.lund@smedjebacken.se"),
        "Har min anmälan kommit fram?",
        """Hej,

Min chef Sofia anmälde mig till DalaLab förra veckan, men jag har inte fått någon bekräftelse.
Kan du se om jag finns med på listan?

Tack!
Ingrid Lund
Planarkitekt, Smedjebackens kommun
""",
        X("question", [], []),
        "registered person asks whether her signup arrived; a question, not a new signup"))

    m.append(mail(
        "aw019", "2026-12-15T16:20", ("Hanna Mäkelä", "hanna.makela@orsa.se"),
        "Läst: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Ditt meddelande

  Till: Hanna Mäkelä
  Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 1 december 2026 15:32

lästes den 15 december 2026 16:19.
""",
        X("auto_reply", [], []),
        "Outlook read receipt ('Läst:') for the invitation"))

    m.append(tg(
        "aw020", "2026-12-16T08:50", "Tove Nyström", 716204538,
        """hej! skriv upp mig och Elin Backman på första träffen (3 maj). vi jobbar båda på Leksands kommun.
Elin har glutenintolerans
/Tove""",
        X("register", [P("Tove Nyström", None, "Leksands kommun"),
                       P("Elin Backman", None, "Leksands kommun", diet="glutenintolerans")], [S1],
          diet="glutenintolerans"),
        "Telegram: writer plus colleague, no addresses, diet belongs to the colleague"))

    m.append(mail(
        "aw021", "2026-12-18T12:00", ("Sanna Ekholm", "sanna.ekholm@mora.se"),
        "Automatic reply: Bekräftelse DalaLab",
        """Thank you for your email. I am on parental leave until 31 March 2027 and will not read my mail.

For planning matters, please contact the planning department: plan@mora.se, +46 250-260 00.

Tack för ditt mejl. Jag är föräldraledig till och med 31 mars 2027.
""",
        X("auto_reply", [], []),
        "bilingual out-of-office with a date and an alternative address"))

    m.append(mail(
        "aw022", "2026-12-21T09:12", ("Lars Jonsson", "lars.jonsson@orsa.se"),
        "DalaLab - Orsa",
        """Hej Linnea

Vi från Orsa vill gärna vara med på höstens träff. Anmäl Maja Sundqvist och mig.

God jul!
Lars Jonsson
Samhällsplanerare, Orsa kommun
""",
        X("register", [P("Maja Sundqvist", None, "Orsa kommun"),
                       P("Lars Jonsson", "lars.jonsson@orsa.se", "Orsa kommun")], [S2, S3], unsure=["sessions"]),
        "'höstens träff' (singular) while there are two autumn sessions; both given, marked unsure"))

    # --- January-February: questions, machine mail, odd mail ----------------------------------------------
    m.append(mail(
        "aw023", "2027-01-08T10:30", ("Mikael Persson", "mikael.persson@malung-salen.se"),
        "Digitalt deltagande?",
        """Hej!

Kommer träffarna att sändas digitalt? Vi är tre från Malung-Sälen som gärna vill följa DalaLab,
men 15 mil enkel väg till Falun blir en lång dag. Om det finns en digital länk anmäler vi oss direkt.

Mvh
Mikael Persson
Malung-Sälens kommun
""",
        X("question", [], []),
        "question on distance attendance; a conditional intention to sign up is not a signup"))

    m.append(mail(
        "aw024", "2027-01-11T13:45", (None, "postmaster@hedemora.se"),
        "Levererat: Bekräftelse på din anmälan till DalaLab",
        """Ditt meddelande har levererats till följande mottagare:

emelie.strand@hedemora.se (emelie.strand@hedemora.se)

Ämne: Bekräftelse på din anmälan till DalaLab
""",
        X("auto_reply", [], []),
        "delivery report for a confirmation; names a participant's address"))

    m.append(mail(
        "aw025", "2027-01-12T08:20", ("Torbjörn Wikström", "torbjorn.wikstrom@avesta.se"),
        "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea,

Ursäkta sent svar, inbjudan drunknade i julen. Jag anmäler gärna vår nya planarkitekt
Sara Lindgren-Pettersson (sara.lindgren-pettersson@avesta.se) till samtliga träffar.
Själv försöker jag hänga med på novemberträffen om kalendern tillåter.

Hälsningar
Torbjörn Wikström
Samhällsbyggnadschef
Avesta kommun
""" + INV_OUTLOOK,
        X("register", [P("Sara Lindgren-Pettersson", "sara.lindgren-pettersson@avesta.se", "Avesta kommun")], ALL,
          unsure=["sender-attends"]),
        "colleague with a hyphenated name on all sessions; the sender only 'försöker' come in November: ask"))

    m.append(mail(
        "aw026", "2027-01-14T15:02", ("Fjällkonferens Sälen", "info@fjallkonferens-salen.se"),
        "Planeringsdagar i fjällen – 20 % rabatt vid bokning före 31 januari",
        """Hej!

Planerar ni arbetsplatsträffar, utbildningsdagar eller strategidagar under våren?
Hos oss i Sälen får ni konferenslokal, helpension och skidpass i ett och samma paket.

Boka före 31 januari och få 20 % rabatt på konferenspaketet. Svara på detta mejl för offert!

Fjällkonferens Sälen
Avregistrera dig genom att svara STOPP.
""",
        X("unknown", [], []),
        "conference-venue spam; 'svara på detta mejl' is not a signup"))

    m.append(mail(
        "aw027", "2027-01-19T14:02", ("Karin Ahlström", "karin.ahlstrom@mora.se"),
        "Ta bort mina uppgifter",
        """Hej,

Jag slutar på Mora kommun sista januari och kommer därför inte att delta i DalaLab.
Jag vill att ni raderar alla personuppgifter ni har om mig.

Tack,
Karin Ahlström
""",
        X("erasure", [P("Karin Ahlström", "karin.ahlstrom@mora.se", "Mora kommun")], []),
        "erasure request that also withdraws from the project; erasure wins"))

    m.append(mail(
        "aw028", "2027-01-25T09:40", ("Nils Hammar", "nils.hammar@rattvik.se"),
        "[planerare-dalarna] Någon som åker till Falun 3 maj?",
        """Hej alla,

Är det någon fler som ska på DalaLab-träffen i Falun den 3 maj och vill samåka? Jag kör från
Rättvik och har tre lediga platser.

/Nils

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
Avregistrera: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("unknown", [], []),
        "mailing-list post about carpooling to a session, reaching the inbox through the list",
        to="planerare-dalarna@lists.regiondalarna.se"))

    m.append(mail(
        "aw029", "2027-02-02T11:11", ("Pieter van der Linden", "pieter.vanderlinden@falun.se"),
        "Language of the sessions",
        """Hi Linnea,

I started as a planner at Falu kommun in January and my colleague Maria forwarded the DalaLab invitation.
Will the sessions be held in Swedish only, or will there be material in English as well?
My Swedish is okay for reading but I'm slow in discussions.

Kind regards,
Pieter van der Linden
Falu kommun
""",
        X("question", [], []),
        "English question from a prospective participant with a name particle; no signup yet"))

    m.append(mail(
        "aw030", "2027-02-09T08:05", ("Anna-Karin Dahl", "anna-karin.dahl@hedemora.se"),
        "Anmälan",
        """Hej!

Jag vill anmäla mig till träffarna om "utvecklingsinriktning i ÖP-modellen" och om
"planera för tillgänglighet". De andra två har jag tyvärr inte möjlighet till.

Anna-Karin Dahl
Planarkitekt
Hedemora kommun (under 2027 utlånad till Säters kommun)
""",
        X("register", [P("Anna-Karin Dahl", "anna-karin.dahl@hedemora.se", "Hedemora kommun")], [S2, S4],
          unsure=["organisation"]),
        "sessions by theme title; signature says she is on loan to another municipality: organisation to ask"))

    m.append(tg(
        "aw031", "2027-02-15T16:30", "Johan Ek", 295017364,
        """Hej. Jag är inte intresserad längre och vill att ni tar bort allt ni har sparat om mig.
Johan Ek, Vansbro""",
        X("erasure", [P("Johan Ek", None, "Vansbro kommun")], []),
        "Telegram erasure request without the word 'radera'"))

    # --- February-April: changes, cancellations, late signups ---------------------------------------------
    m.append(mail(
        "aw032", "2027-02-22T10:10", ("Grönvall Maria", "maria.gronvall@falun.se"),
        "SV: Bekräftelse DalaLab",
        """Hej Linnea,

Jag är anmäld till alla fyra träffarna men kan tyvärr inte den 21 september (semester).
Kan du stryka den? De övriga gäller som förut.

/Maria

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 4 december 2026 10:02
Ämne: Bekräftelse DalaLab

Hej Maria! Du är anmäld till DalaLab: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
Kost: vegetarisk.
""",
        X("cancel", [P("Maria Grönvall", "maria.gronvall@falun.se", "Falu kommun")], [S2],
          unsure=["change-or-cancel"]),
        "drops one of four sessions and keeps the rest: a cancel of that session or a change to the other three"))

    m.append(mail(
        "aw033", "2027-03-01T09:00", ("Göran Öhman", "goran.ohman@sater.se"),
        "Ändring kost",
        """Hej!

Jag är anmäld till höstens båda träffar (21.9 och 29.11). I min anmälan skrev jag nötallergi,
men det gäller bara jordnötter. Skriv gärna jordnötsallergi i stället.

Göran
""",
        X("change", [P("Göran Öhman", "goran.ohman@sater.se", "Säters kommun", diet="jordnötsallergi")], [S2, S3],
          diet="jordnötsallergi"),
        "diet change, the old diet also named; sessions as stated, unchanged", charset="iso-8859-1"))

    m.append(mail(
        "aw034", "2027-03-08T13:20", ("Ulf Sandberg", "ulf.sandberg@ludvika.se"),
        "Byte av deltagare 3 maj",
        """Hej,

Jonas Wallin kan tyvärr inte delta på första träffen den 3 maj. Hans kollega Emma Forsberg
(emma.forsberg@ludvika.se) går i hans ställe den dagen. Resten av träffarna går Jonas som planerat.

Mvh
Ulf Sandberg
Avdelningschef, Ludvika kommun
""",
        X("change", [P("Jonas Wallin", None, "Ludvika kommun"),
                     P("Emma Forsberg", "emma.forsberg@ludvika.se", "Ludvika kommun")], [S1]),
        "substitution for one session written by a manager; the leaving person's address is not in the text"))

    m.append(mail(
        "aw035", "2027-03-12T07:30", ("Sara Lindgren-Pettersson", "sara.lindgren-pettersson@avesta.se"),
        "Avanmälan DalaLab",
        """Hej Linnea!

Tyvärr måste jag avanmäla mig från DalaLab. Jag har fått en tjänst i Uppsala och slutar i Avesta i april.
Tack för ett fint upplägg, jag hoppas kunna följa det på avstånd.

Hälsningar
Sara Lindgren-Pettersson
""",
        X("cancel", [P("Sara Lindgren-Pettersson", "sara.lindgren-pettersson@avesta.se", "Avesta kommun")], ALL),
        "full cancellation, no sessions named -> all"))

    m.append(mail(
        "aw036", "2027-03-16T12:45", ("Emelie Strand", "emelie.strand@hedemora.se"),
        "Autosvar: DalaLab - praktisk information",
        """Hej!

Jag är på semester och tillbaka 22/3. Mejl läses inte under tiden.
Vid frågor om detaljplaner, kontakta plan@hedemora.se.

Med vänlig hälsning
Emelie Strand
""",
        X("auto_reply", [], []),
        "iso-8859-1 out-of-office with a day/month date that is not a session", charset="iso-8859-1"))

    m.append(mail(
        "aw037", "2027-03-22T10:00", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
        "Change of sessions",
        """Hi Linnea,

Could I swap the February 2028 session for the November one? So I would attend May, September
and November instead. My calendar for 2028 turned out to be impossible.

Thanks,
Daniel
""",
        X("change", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S3]),
        "English swap that also states the sessions after the change"))

    m.append(tg(
        "aw038", "2027-03-29T15:15", "Oskar Lindqvist", 834661290,
        "Hej, jag vet inte om jag hinner med 3 maj, det krockar kanske med ett samråd. Går det bra att jag hör av mig senare?",
        X("question", [], [], unsure=["intent"]),
        "doubtful attendance worded as a question, not a cancellation yet"))

    m.append(mail(
        "aw039", "2027-04-01T08:40", ("Pieter van der Linden", "pieter.vanderlinden@falun.se"),
        "Re: Language of the sessions",
        """Hej Linnea,

Thanks for your answer! Jag har bestämt mig: please register me for all the sessions.
No special food.

Pieter van der Linden
Planner, Falu kommun
070-244 18 63

> Hej Pieter, träffarna hålls på svenska men presentationerna delas efteråt.
> /Linnea
""",
        X("register", [P("Pieter van der Linden", "pieter.vanderlinden@falun.se", "Falu kommun")], ALL),
        "mixed Swedish/English signup as a reply to an earlier answer; name with particle"))

    m.append(mail(
        "aw040", "2027-04-06T14:30", ("Helena Sjöberg", "helena.sjoberg@borlange.se"),
        "En till från Borlänge?",
        """Hej Linnea,

Kan vi anmäla ytterligare en person från Borlänge, Nadia Karimi? Hon började hos oss i mars och
vill gärna vara med från v. 18 och framåt. Vi förstår om det är fullt – sätt henne i så fall på
en reservlista.

/Helena
""",
        X("register", [P("Nadia Karimi", None, "Borlänge kommun")], ALL),
        "a fourth person from a municipality already holding three places; 'från v. 18 och framåt' = all"))

    m.append(tg(
        "aw041", "2027-04-07T09:05", "Tove Nyström", 716204538,
        "byt mig från 3 maj till 29 nov tack. Tove, Leksand",
        X("change", [P("Tove Nyström", None, "Leksands kommun")], [S3]),
        "bare swap in Telegram: only the new session"))

    m.append(mail(
        "aw042", "2027-04-08T16:50", ("Lars Jonsson", "lars.jonsson@orsa.se"),
        "Maja Sundqvist",
        """Hej

Maja Sundqvist är tyvärr långtidssjukskriven och kan inte delta i höst. Jag själv kommer som planerat.

Lars
""",
        X("cancel", [P("Maja Sundqvist", None, "Orsa kommun")], [S2, S3]),
        "colleague withdrawn without a substitute; 'i höst' gives the autumn sessions; the sender stays"))

    m.append(mail(
        "aw043", "2027-04-09T11:20", ("Kristina Olsson-Berg", "kristina.olsson-berg@vansbro.se"),
        "SV: Påminnelse: sista anmälningsdag till DalaLab 14 april",
        """Hej!

Hinner jag fortfarande? Anmäl mig i så fall till alla tillfällen utom det i februari 2028.
Jag äter pescetariskt.

Kristina Olsson-Berg
Planeringsstrateg
Vansbro kommun
""" + REMINDER_OUTLOOK,
        X("register", [P("Kristina Olsson-Berg", "kristina.olsson-berg@vansbro.se", "Vansbro kommun",
                         diet="pescetariskt")], [S1, S2, S3], diet="pescetariskt"),
        "late signup above a quoted reminder; 'alla utom februari 2028'"))

    m.append(mail(
        "aw044", "2027-04-10T07:55", ("Bokning Falu Konferens", "bokning@falukonferens.se"),
        "Faktura och bekräftelse lokalbokning 3 maj",
        """Hej Linnea,

Här kommer bekräftelse på bokningen av Stora salen den 3 maj 2027, kl. 09.00–15.30, för 45 personer
med förmiddagsfika, lunch och eftermiddagsfika. Specialkost meddelas senast en vecka innan.

Fakturan skickas separat till Region Dalarna, referens 4417.

Vänliga hälsningar
Bokningen, Falu Konferens
""",
        X("unknown", [], []),
        "venue booking confirmation for the organiser: about the event but not a message for the service"))

    m.append(tg(
        "aw045", "2027-04-10T21:30", "Petra Isaksson", 640352981,
        """Hej! Sent ute men vi hinner väl? Anmäl Amir Rahimi (vegan) och Linda Holm (glutenfri) från Mora kommun
till träffarna 3/5 och 22/2. Jag själv ska inte gå.""",
        X("register", [P("Amir Rahimi", None, "Mora kommun", diet="vegan"),
                       P("Linda Holm", None, "Mora kommun", diet="glutenfri")], [S1, S4], diet="vegan, glutenfri"),
        "late Telegram signup for two colleagues with different diets; writer not attending"))

    return m
