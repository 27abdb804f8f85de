"""Theme "inbox": one registration inbox over the winter 2026/27 as it fills up.

First signups right after the invitation of 1 December 2026 (often replies above the quoted invitation), colleagues
added later, questions about venue, cost, remote attendance and food, out-of-office replies, a bounce, a newsletter and
a mailing-list digest, spam and phishing, then changes and cancellations in spring and late signups near the deadline.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INV = """Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till ett
lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet består av fyra träffar:

1. 3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30): Hållbar utveckling i ett rumsligt perspektiv och
   planeringsstrategins roll för en stärkt översiktsplanering. Medverkar gör Boverket.
2. 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till
linnea.hassis@regiondalarna.se och ange namn, organisation, e-postadress och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Samhällsplanerare, Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def messages():
    m = []

    m.append(mail(
        "ap001", "2026-12-01T14:32", ("Karin Sjöberg", "karin.sjoberg@leksand.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig gärna till lärprojektet.
Jag äter vegetariskt (ingen fisk heller).

Vänliga hälsningar
Karin Sjöberg
Planarkitekt, Samhällsbyggnadsförvaltningen
Leksands kommun
Besöksadress: Cesarsvägen 8, 793 80 Leksand
Tfn: 0247-800 00 (vx) | Direkt: 0247-802 17 | Mobil: 070-312 45 88
karin.sjoberg@leksand.se

Den 1 dec. 2026 kl. 09:00 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
{quoted(INV)}
""",
        X("register", [P("Karin Sjöberg", "karin.sjoberg@leksand.se", "Leksands kommun", diet="vegetarisk")], ALL,
          diet="vegetarisk"),
        "reply above the >-quoted invitation (all four dates in the quote); no date named → all; vegetarian"))

    m.append(mail(
        "ap002", "2026-12-01T15:10", ("Gunnar Holm", "gunnar.holm@mora.se"),
        "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej!

Tack för ditt mejl. Jag är föräldraledig till och med den 31 januari 2027 och läser inte min e-post.

Ärenden om detaljplaner: kontakta Magnus Dahl, magnus.dahl@mora.se.
Övriga ärenden: Mora kommuns växel, 0250-260 00.

Med vänlig hälsning
Gunnar Holm
Planarkitekt, Mora kommun
""",
        X("auto_reply"),
        "out-of-office to the invitation; names a colleague with address and a date, nothing to register"))

    m.append(mail(
        "ap003", "2026-12-01T16:47", ("Microsoft Outlook", "postmaster@sater.se"),
        "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Delivery has failed to these recipients or groups:

lena.ostlund@sater.se
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the
message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: MX02.sater.se

lena.ostlund@sater.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from EUR02-DB5-obe.outbound.protection.outlook.com (40.107.20.112) by MX02.sater.se
Date: Tue, 1 Dec 2026 09:00:12 +0100
From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: lena.ostlund@sater.se
Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Message-ID: <GV1P189MB1862A4D3E0@GV1P189MB1862.EURP189.PROD.OUTLOOK.COM>
Content-Type: multipart/alternative
""",
        X("auto_reply"),
        "non-delivery report for the invitation (unknown recipient at Säter); English system text"))

    m.append(tg(
        "ap004", "2026-12-02T07:58", "Mattias Nyberg", 5183920417,
        """Hej! Mattias Nyberg här, översiktsplanerare på Orsa kommun. Anmäler mig till DalaLab, alla fyra träffarna 👍
mejl: mattias.nyberg@orsa.se""",
        X("register", [P("Mattias Nyberg", "mattias.nyberg@orsa.se", "Orsa kommun")], ALL),
        "plain Telegram signup, all four, address in text"))

    m.append(mail(
        "ap005", "2026-12-02T10:20", ("Granberg Per-Olof", "per-olof.granberg@hedemora.se"), "SV: Inbjudan DalaLab",
        f"""Hej Linnea,

Från Hedemora kommun anmäler vi Sara Lindqvist (sara.lindqvist@hedemora.se) och Johan Ek, båda på plan- och
byggenheten. Själv har jag tyvärr inte möjlighet att vara med, men jag ser fram emot att höra vad de tar med sig hem.

Med vänlig hälsning

Per-Olof Granberg
Samhällsbyggnadschef
Hedemora kommun | Samhällsbyggnadsförvaltningen
Kyrkogatan 2, 776 28 Hedemora
Telefon: 0225-340 00 | Mobil: 073-820 11 54

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:00
Till: Granberg Per-Olof <per-olof.granberg@hedemora.se>
Ämne: Inbjudan DalaLab

{INV}
""",
        X("register", [P("Sara Lindqvist", "sara.lindqvist@hedemora.se", "Hedemora kommun"),
                       P("Johan Ek", None, "Hedemora kommun")], ALL),
        "manager signs up two colleagues (one without address), not himself; Outlook-style quote below"))

    m.append(mail(
        "ap006", "2026-12-03T13:15", ("Ylva Brandt", "ylva.brandt@borlange.se"), "Anmälan",
        """Hej!

Jag vill anmäla mig till träffarna 3/5 och 29/11. De andra två krockar tyvärr med våra samrådsmöten.

Mvh Ylva Brandt
Översiktsplanerare, Borlänge kommun
0243-740 00
""",
        X("register", [P("Ylva Brandt", "ylva.brandt@borlange.se", "Borlänge kommun")], [S1, S3]),
        "two sessions written d/m"))

    m.append(tg(
        "ap007", "2026-12-04T09:02", "Stina Öhman", 6620417735,
        "hej! går det att vara med på distans? vi har nästan 20 mil till Falun från Idre 😅 /Stina, Älvdalens kommun",
        X("question"),
        "question about remote attendance, no signup"))

    m.append(mail(
        "ap008", "2026-12-07T11:40", ("Magnus Dahl", "magnus.dahl@mora.se"), "DalaLab – anmälan Mora kommun",
        """Hej,

Vi anmäler följande från Mora kommun till samtliga fyra träffar:

Dahl, Magnus – magnus.dahl@mora.se
Bergkvist, Elin – elin.bergkvist@mora.se (laktosintolerant)

Hälsningar
Magnus Dahl
Planchef
Mora kommun, Fredsgatan 16, 792 80 Mora
tfn 0250-260 00
""",
        X("register", [P("Magnus Dahl", "magnus.dahl@mora.se", "Mora kommun"),
                       P("Elin Bergkvist", "elin.bergkvist@mora.se", "Mora kommun", diet="laktosintolerant")], ALL,
          diet="laktosintolerant"),
        "writer plus colleague, names as 'Efternamn, Förnamn', diet on the colleague only"))

    m.append(mail(
        "ap009", "2026-12-08T08:30", ("Lisa Håkansson", "lisa.hakansson@falun.se"), "Anmälan DalaLab",
        """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Jag anmäler mig till den första och den sista träffen i DalaLab. Höstträffarna har jag tyvärr inte möjlighet
att gå på.</p>
<p>Hälsningar<br>Lisa</p>
<table cellpadding="0" cellspacing="0" style="border-top:1px solid #00675a;margin-top:12px">
<tr><td style="padding-right:16px"><b>Lisa Håkansson</b><br>Strategisk planerare<br>Falu kommun<br>
Stadshuset, Stigaregatan 1<br>791 83 Falun</td>
<td>Tel: 023-830 00<br><a href="mailto:lisa.hakansson@falun.se">lisa.hakansson@falun.se</a><br>
<a href="https://www.falun.se">www.falun.se</a></td></tr>
</table>
</body></html>""",
        X("register", [P("Lisa Håkansson", "lisa.hakansson@falun.se", "Falu kommun")], [S1, S4]),
        "HTML-only; 'första och sista träffen' → 3 May and 22 Feb", html=True))

    m.append(mail(
        "ap010", "2026-12-09T15:55", ("Bengt Åström", "bengt.astrom@smedjebacken.se"), "Anmälan DalaLab",
        """Hej Linnea!

Jag och vår nya planarkitekt Maja anmäler oss till samtliga tillfällen. Maja börjar hos oss 1 februari och har
ingen e-postadress ännu, jag återkommer med den.

Bengt Åström
Stadsarkitekt
Smedjebackens kommun
Tel 0240-66 00 00
""",
        X("register", [P("Bengt Åström", "bengt.astrom@smedjebacken.se", "Smedjebackens kommun"),
                       P("Maja", None, "Smedjebackens kommun")], ALL),
        "iso-8859-1; writer plus a colleague known only by first name, no address; '1 februari' is not a session",
        charset="iso-8859-1"))

    m.append(mail(
        "ap011", "2026-12-10T10:12", ("Sofia Eriksson", "sofia.eriksson@rattvik.se"), "Fråga om DalaLab",
        """Hej!

Jag funderar på att anmäla mig till DalaLab men vet inte om jag kan vara med på alla fyra träffarna. Måste man
delta på samtliga eller går det bra att välja några?

Hälsningar
Sofia Eriksson, samhällsplanerare, Rättviks kommun
""",
        X("question"),
        "'funderar på att anmäla mig' – a question, not yet a signup"))

    m.append(tg(
        "ap012", "2026-12-11T19:48", "Daniel Okafor", 1290374856,
        """Hi! Daniel Okafor here, I work as a planner at Ludvika municipality (my Swedish is still a work in progress 🙂).
I would like to join the sessions in September and November. I'm vegan.
Email: daniel.okafor@ludvika.se""",
        X("register", [P("Daniel Okafor", "daniel.okafor@ludvika.se", "Ludvika kommun", diet="vegan")], [S2, S3],
          diet="vegan"),
        "English Telegram signup, sessions by month, vegan"))

    m.append(mail(
        "ap013", "2026-12-14T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Boverkets nyhetsbrev om samhällsplanering – december 2026",
        """Visa nyhetsbrevet i webbläsaren: https://www.boverket.se/nyhetsbrev/2026-12

BOVERKETS NYHETSBREV OM SAMHÄLLSPLANERING – DECEMBER 2026

Ny vägledning om planeringsstrategi
Nu finns en uppdaterad vägledning om hur kommunerna kan arbeta med planeringsstrategin som ett verktyg för en
aktuell översiktsplan. Läs mer på boverket.se/planeringsstrategi

Webbinarium: utvecklingsinriktning i ÖP-modellen
Den 3 februari 2027 kl. 13.00–14.30 håller vi ett webbinarium om utvecklingsinriktningen. Anmäl dig senast
27 januari via länken nedan.

Regionala lärprojekt
Flera regioner, bland annat Region Dalarna, startar under 2027 lärprojekt om strategisk översiktsplanering
där Boverket medverkar.

Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets nyhetsbrev om samhällsplanering.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
Boverket, Box 534, 371 23 Karlskrona
""",
        X("auto_reply"),
        "newsletter that talks about planning strategies, a webinar signup and Region Dalarna → auto_reply"))

    m.append(tg(
        "ap014", "2026-12-15T12:21", "Mattias Nyberg", 5183920417,
        "Hej igen, glömde säga att jag är glutenintolerant! /Mattias, Orsa",
        X("change", [P("Mattias Nyberg", None, "Orsa kommun", diet="glutenintolerant")], [],
          diet="glutenintolerant"),
        "diet added after an earlier signup, no session → change with []"))

    m.append(mail(
        "ap015", "2026-12-16T03:17", ("Region Dalarna Evenemang", "evenemang@regiondalarna-se.com"),
        "Åtgärd krävs: bekräfta din plats på DalaLab",
        """<html><body style="font-family:Arial,sans-serif">
<div style="background:#004b87;color:#fff;padding:10px"><b>Region Dalarna</b> | Evenemangsservice</div>
<p>Hej,</p>
<p>Din anmälan till <b>DalaLab – Planering för hållbarhet och utvecklingskraft</b> har tagits emot men är ännu
<b>inte bekräftad</b>.</p>
<p>Av säkerhetsskäl måste du verifiera din identitet med ditt Microsoft 365-konto inom 24 timmar. Obekräftade
platser tilldelas andra deltagare.</p>
<p style="text-align:center"><a href="http://regiondalarna-se.com/m365/verify?u=deltagare"
style="background:#e30613;color:#fff;padding:10px 20px;text-decoration:none">BEKRÄFTA MIN PLATS</a></p>
<p>Med vänlig hälsning<br>Evenemangsservice, Region Dalarna</p>
</body></html>""",
        X("unknown"),
        "phishing dressed as a registration confirmation, look-alike domain, HTML-only", html=True))

    m.append(mail(
        "ap016", "2026-12-21T09:05", ("Jenny Strand", "jenny.strand@lansstyrelsen.se"),
        "Autosvar: Påminnelse: Inbjudan DalaLab",
        """Tack för ditt meddelande. Jag är ledig 21 december–8 januari och har begränsad tillgång till e-post.
Vid brådskande ärenden, kontakta registrator: dalarna@lansstyrelsen.se, 010-225 00 00.

Thank you for your message. I am on leave 21 December–8 January with limited access to e-mail.
For urgent matters, please contact the registry: dalarna@lansstyrelsen.se, +46 10 225 00 00.

Jenny Strand
Länsstyrelsen Dalarna
""",
        X("auto_reply"),
        "bilingual out-of-office to the reminder"))

    m.append(mail(
        "ap017", "2026-12-22T13:48", ("Planenheten Gagnef", "plan@gagnef.se"),
        "Anmälan till DalaLab – Hanna Johansson",
        """Hej!

Vi på planenheten vill anmäla vår planhandläggare Hanna Johansson (hanna.johansson@gagnef.se) till DalaLab.
Hon kan vara med på alla träffar utom den i februari 2028.

Hälsningar
Planenheten
Gagnefs kommun
Tfn 0241-150 00 · plan@gagnef.se
""",
        X("register", [P("Hanna Johansson", "hanna.johansson@gagnef.se", "Gagnefs kommun")], [S1, S2, S3]),
        "function mailbox writes for a named person; 'alla utom den i februari'"))

    m.append(mail(
        "ap018", "2027-01-08T08:52", ("Linda Holmgren", "linda.holmgren@avesta.se"), "Frågor om DalaLab",
        """Hej!

Två snabba frågor innan vi bestämmer vilka som ska anmälas från Avesta: kostar det något att delta, och ingår
lunch? Ska vi själva boka och betala resorna till Falun?

Mvh
Linda Holmgren
Avesta kommun
""",
        X("question"),
        "questions on cost, lunch and travel before deciding who signs up"))

    m.append(tg(
        "ap019", "2027-01-11T17:34", "Jonas Lind", 7741092385,
        "hej det här är jonas lind från vansbro kommun jag vill anmäla mig till träffen den tredje maj och den "
        "tjugoförsta september min mejl är jonas punkt lind snabel a vansbro punkt se tack",
        X("register", [P("Jonas Lind", "jonas.lind@vansbro.se", "Vansbro kommun")], [S1, S2]),
        "voice dictation: lower case, dates in words, address spelled out ('punkt', 'snabel a')"))

    m.append(mail(
        "ap020", "2027-01-13T09:17", ("Eva Marklund", "eva.marklund@malung-salen.se"), "VB: DalaLab",
        f"""Hej Linnea!

Se nedan – Oskar vill gärna vara med på höstens två träffar. Kan du anmäla honom? Vi har någon till på
Sälen-kontoret som funderar, jag återkommer om det.

/Eva

Eva Marklund
Enhetschef Plan och bygg
Malung-Sälens kommun
0280-181 00

Från: Oskar Hedlund <oskar.hedlund@malung-salen.se>
Skickat: den 12 januari 2027 15:41
Till: Marklund Eva <eva.marklund@malung-salen.se>
Ämne: DalaLab

Hej Eva,
Har du sett den här? Jag skulle gärna gå på höstens två träffar. 3 maj krockar med samrådet för
Lima-Transtrand och i februari är jag föräldraledig. Okej om jag är med, och vill du anmäla mig?
/Oskar

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:00
Ämne: Inbjudan DalaLab

{INV}
""",
        X("register", [P("Oskar Hedlund", "oskar.hedlund@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
        "forwarded chain: manager asks to register a colleague (address from the forwarded header); "
        "'höstens två träffar' → Sep + Nov"))

    m.append(mail(
        "ap021", "2027-01-19T22:40", ("DalaLab Summit Secretariat", "secretariat@dalalab-summit.org"),
        "Registration confirmation – Invoice DL-2027-0419",
        """Dear Participant,

Thank you for registering for the DalaLab International Planning Summit 2027 (3–4 May 2027, Falun, Sweden).
Your seat is provisionally reserved.

To confirm your registration, please pay the participation fee of EUR 495 within 5 working days to:
Beneficiary: DL Events Ltd
IBAN: LT12 3250 0459 8812 0045
SWIFT: REVOLT21

Unpaid registrations will be cancelled and the seat released to the waiting list. For discounted hotel
bookings, reply to this e-mail with your passport details.

Kind regards,
Conference Secretariat
""",
        X("unknown"),
        "fee-scam spam styled as a registration confirmation with a real session date"))

    m.append(mail(
        "ap022", "2027-01-25T14:06", ("Rolf Sandberg", "rolf.sandberg@avesta.se"), "Radera mina uppgifter",
        """Hej,

Jag har fått er inbjudan till DalaLab men jobbar numera med upphandling och inte med planfrågor. Jag vill därför
att ni raderar mina personuppgifter ur era utskickslistor och register, med stöd av GDPR artikel 17.

Rolf Sandberg
Avesta kommun
""",
        X("erasure", [P("Rolf Sandberg", "rolf.sandberg@avesta.se", "Avesta kommun")]),
        "erasure request from a recipient of the invitation"))

    m.append(tg(
        "ap023", "2027-02-02T11:25", "Rasmus Falk", 2038471956,
        "Tja, får vi vara fyra från Borlänge? Vi är ett ganska stort planteam och alla vill med 😄",
        X("question"),
        "quota question ('får vi vara fyra?'), nobody named to register"))

    m.append(mail(
        "ap024", "2027-02-05T15:30", ("Marie Lundgren", "marie.lundgren@lansstyrelsen.se"), "Anmälan DalaLab",
        """Hej Linnea,

Jag vill gärna anmäla mig till DalaLab, alla fyra träffarna. Min kollega Fredrik Alm på Region Dalarna
(enheten för samhällsplanering) vill också vara med – han har inte hunnit svara själv så jag tar det här.
Vi äter båda vegetarisk kost.

Hälsningar
Marie Lundgren
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
Tel: 010-225 00 00
""",
        X("register", [P("Marie Lundgren", "marie.lundgren@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="vegetarisk"),
                       P("Fredrik Alm", None, "Region Dalarna", diet="vegetarisk")], ALL, diet="vegetarisk"),
        "two organisations in one mail: writer at Länsstyrelsen plus a Region colleague without address"))

    m.append(mail(
        "ap025", "2027-02-09T06:00", ("planerare-dalarna-request", "planerare-dalarna-request@lists.regiondalarna.se"),
        "planerare-dalarna Digest, Vol 4, Issue 6",
        """Skicka bidrag till listan planerare-dalarna till
	planerare-dalarna@lists.regiondalarna.se

Dagens ämnen:

   1. Re: DalaLab – samåkning från Mora? (Magnus Dahl)
   2. Nya riktlinjer för bullerutredningar (Anders Backlund)

----------------------------------------------------------------------

Meddelande: 1
Datum: Mon, 8 Feb 2027 16:12:44 +0100
Från: Magnus Dahl <magnus.dahl@mora.se>
Ämne: Re: DalaLab – samåkning från Mora?

Jag är anmäld till alla fyra träffarna och kör bil från Mora den 3 maj. Två platser lediga, hör av er!
/Magnus

----------------------------------------------------------------------

Meddelande: 2
Datum: Mon, 8 Feb 2027 17:03:10 +0100
Från: Anders Backlund <anders.backlund@ludvika.se>
Ämne: Nya riktlinjer för bullerutredningar

Hej alla, har någon hunnit titta på de nya riktlinjerna? Vi funderar på hur de påverkar våra
detaljplaner vid riksväg 50.

----------------------------------------------------------------------

Slut på planerare-dalarna Digest, Vol 4, Issue 6
Avregistrera: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("auto_reply"),
        "mailing-list digest from the Region's domain quoting a participant's 'anmäld till alla fyra' → auto_reply"))

    m.append(mail(
        "ap026", "2027-02-15T10:44", ("Torbjörn Öberg", "torbjorn.oberg@sater.se"), "Lokal för första träffen?",
        """Hej!

Vi funderar på att anmäla oss från Säter, troligen jag och en kollega. Var i Falun blir den första träffen, och
finns det parkering i närheten? Går det bra att ta sig dit med tåg och buss?

/Torbjörn Öberg, Säters kommun
""",
        X("question"),
        "venue/parking/transport question phrased around a possible future signup"))

    m.append(mail(
        "ap027", "2027-02-22T13:02", ("Sofia Eriksson", "sofia.eriksson@rattvik.se"), "SV: Fråga om DalaLab",
        """Hej igen!

Nu har jag pratat med min chef och vi kör. Anmäl mig till alla träffar utom novemberträffen, då är jag på
tjänsteresa.

Tack!
Sofia

Sofia Eriksson
Samhällsplanerare
Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-700 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 11 december 2026 08:44
Till: Sofia Eriksson <sofia.eriksson@rattvik.se>
Ämne: SV: Fråga om DalaLab

Hej Sofia!
Det går bra att välja träffar, t.ex. bara 3 maj och 21 september. Skriv vilka datum du vill vara med på när
du anmäler dig. Sista anmälningsdag är 14 april.
Hälsningar Linnea

-----Ursprungligt meddelande-----
Från: Sofia Eriksson <sofia.eriksson@rattvik.se>
Skickat: den 10 december 2026 10:12
Ämne: Fråga om DalaLab

Jag funderar på att anmäla mig till DalaLab men vet inte om jag kan vara med på alla fyra träffarna.
""",
        X("register", [P("Sofia Eriksson", "sofia.eriksson@rattvik.se", "Rättviks kommun")], [S1, S2, S4]),
        "signup after a question; quoted organiser reply gives example dates that are not the request"))

    m.append(mail(
        "ap028", "2027-03-01T08:21", ("Ylva Brandt", "ylva.brandt@borlange.se"), "SV: Anmälan",
        """Hej igen Linnea,

Jag är anmäld till 3 maj och 29 november. Nu har samrådsmötet i september flyttats, så jag kan gärna vara med
den 21:a september också!

/Ylva Brandt, Borlänge kommun
""",
        X("change", [P("Ylva Brandt", "ylva.brandt@borlange.se", "Borlänge kommun")], [S1, S2, S3]),
        "add a session to an existing signup → sessions after the change"))

    m.append(tg(
        "ap029", "2027-03-04T16:09", "Sara Lindqvist", 8820193746,
        """Hej! Sara Lindqvist från Hedemora här. Johan Ek har bytt tjänst och kan inte vara med i DalaLab, så Amir Haddad tar hans plats på alla fyra träffarna.
Amirs mejl: amir.haddad@hedemora.se""",
        X("change", [P("Johan Ek", None, "Hedemora kommun"),
                     P("Amir Haddad", "amir.haddad@hedemora.se", "Hedemora kommun")], ALL),
        "substitution reported by a third colleague (the writer is not among the people)"))

    m.append(mail(
        "ap030", "2027-03-08T11:37", ("Lisa Håkansson", "lisa.hakansson@falun.se"), "Avanmälan DalaLab",
        """Hej Linnea,

Tyvärr måste jag avanmäla mig från DalaLab. Jag har fått en ny tjänst i Uppsala och slutar på Falu kommun i
slutet av april.

Tack för ett fint initiativ, lycka till med träffarna!
Lisa Håkansson
""",
        X("cancel", [P("Lisa Håkansson", "lisa.hakansson@falun.se", "Falu kommun")], ALL),
        "whole cancellation, no session named → all"))

    m.append(mail(
        "ap031", "2027-03-12T09:58", ("Maja Forsberg", "maja.forsberg@smedjebacken.se"), "Min e-postadress",
        """Hej Linnea!

Jag heter Maja Forsberg och är ny planarkitekt i Smedjebacken. Bengt Åström anmälde mig till DalaLab i
december, men då hade jag ingen mejladress. Nu har jag det: maja.forsberg@smedjebacken.se – skicka gärna
information dit framöver.

Hälsningar
Maja
""",
        X("change", [P("Maja Forsberg", "maja.forsberg@smedjebacken.se", "Smedjebackens kommun")], []),
        "address update for someone registered earlier by a colleague; no session → change []"))

    m.append(tg(
        "ap032", "2027-03-16T07:45", "Mattias Nyberg", 5183920417,
        "Hej! Kan tyvärr inte komma den 3 maj, det krockar med kommunfullmäktige. Övriga träffar är jag kvar på. "
        "/Mattias Nyberg, Orsa",
        X("cancel", [P("Mattias Nyberg", None, "Orsa kommun")], [S1]),
        "cancel one session, the rest stay"))

    m.append(mail(
        "ap033", "2027-03-19T14:12", ("Magnus Dahl", "magnus.dahl@mora.se"), "Ändring av anmälan – Mora",
        """Hej Linnea,

En ändring från Mora: Elin Bergkvist kommer tyvärr inte att kunna delta i DalaLab eftersom hon går på
föräldraledighet från april. Min egen anmälan gäller som förut.

Vi har i nuläget ingen som kan ta hennes plats, men hör av oss om det ändras.

Hälsningar
Magnus Dahl
Planchef, Mora kommun
""",
        X("cancel", [P("Elin Bergkvist", None, "Mora kommun")], ALL),
        "one of two people withdrawn without substitute → cancel for her only, whatever the subject says"))

    m.append(mail(
        "ap034", "2027-03-23T10:30", ("Hanna Johansson", "hanna.johansson@gagnef.se"), "Byte av träff",
        """Hej! Jag blev anmäld via plan@gagnef.se i december. Kan jag byta 29.11 mot 22.2? Det visade sig att vi har
budgetdagar i slutet av november.

Mvh Hanna
""",
        X("change", [P("Hanna Johansson", "hanna.johansson@gagnef.se", "Gagnefs kommun")], [S4]),
        "bare swap with dotted dates → only the new session"))

    m.append(mail(
        "ap035", "2027-03-26T15:05", ('"Öberg, Torbjörn"', "torbjorn.oberg@sater.se"), "Anmälan DalaLab, Säters kommun",
        """Hej,

Härmed anmäler jag mig till DalaLab, samtliga träffar. Kollegan jag nämnde tidigare har tyvärr inte möjlighet,
så det blir bara jag från Säter.
Specialkost: vegetarisk.

Med vänliga hälsningar
Torbjörn Öberg
Planeringsarkitekt
Säters kommun
Box 300, 783 27 Säter
Tel. 0225-550 00
""",
        X("register", [P("Torbjörn Öberg", "torbjorn.oberg@sater.se", "Säters kommun", diet="vegetarisk")], ALL,
          diet="vegetarisk"),
        "iso-8859-1, From display name 'Efternamn, Förnamn'; an unnamed colleague is not coming",
        charset="iso-8859-1"))

    m.append(mail(
        "ap036", "2027-03-29T07:12", ("Petra Nordin", "petra.nordin77@gmail.com"), "anmälan",
        """Hej anmäler mej till dalalab, alla träffarna. Jobbar som planerare på Falu kommun men skicka från privata
mejlen då jag sitter på tåget

/Petra Nordin

Skickat från min iPhone
""",
        X("register", [P("Petra Nordin", "petra.nordin77@gmail.com", "Falu kommun")], ALL),
        "phone mail from private gmail; organisation from the text; typos"))

    m.append(mail(
        "ap037", "2027-03-31T20:19", ("Kristoffer Lundh", "k.lundh@telia.com"), "GDPR – begäran om radering",
        """Hej.

Jag har fått ert utskick om DalaLab, antagligen via nätverkslistan för planerare. Jag är konsult och har inte
anmält mig och tänker inte göra det. Jag begär att ni raderar alla personuppgifter ni har om mig (namn,
e-postadress, telefonnummer) och bekräftar när det är gjort.

Kristoffer Lundh
Lundh Samhällsplanering AB
070-555 12 34
""",
        X("erasure", [P("Kristoffer Lundh", "k.lundh@telia.com", None)]),
        "erasure from a consultant (no canonical organisation), says he is not signing up"))

    m.append(tg(
        "ap038", "2027-04-02T12:50", "Kalle", 9301847562,
        "Hej! Karl Mäkinen heter jag men kalla mig Kalle 😄 jobbar med översiktsplanen på Avesta kommun. Hinner jag "
        "anmäla mig fortfarande? Vill gärna vara med på alla fyra. karl.makinen@avesta.se",
        X("register", [P("Karl Mäkinen", "karl.makinen@avesta.se", "Avesta kommun")], ALL),
        "late signup worded half as a question; Telegram name is a nickname, full name in text"))

    m.append(mail(
        "ap039", "2027-04-03T10:05", ("Daniel Okafor", "daniel.okafor@ludvika.se"), "Cancellation – DalaLab",
        """Hi Linnea,

Unfortunately I have to withdraw my registration for DalaLab. I am moving back to Gothenburg this summer and will
leave Ludvika kommun in June.

Thanks a lot and sorry for the trouble.

Best regards,
Daniel Okafor
Planner, Ludvika kommun
""",
        X("cancel", [P("Daniel Okafor", "daniel.okafor@ludvika.se", "Ludvika kommun")], ALL),
        "English whole cancellation; 'June' and 'summer' are not sessions"))

    m.append(mail(
        "ap040", "2027-04-05T09:26", ("Stina Öhman", "stina.ohman@alvdalen.se"), "Anmälan från Älvdalen",
        """<html><body>
<div dir="ltr">Hej Linnea!<br><br>
Vi i Älvdalen har bestämt oss: jag och kollegan Kjell Mattsson anmäler oss till första och sista träffen
(3 maj och 22 februari). Kjell äter glutenfritt.<br><br>
Tack för svaret om distansdeltagande förresten!<br><br>
Hälsningar<br>
<b>Stina Öhman</b><br>
Planarkitekt | Älvdalens kommun<br>
Dalgatan 16, 796 31 Älvdalen<br>
<span style="color:#777">Växel 0251-800 00</span>
</div></body></html>""",
        X("register", [P("Stina Öhman", "stina.ohman@alvdalen.se", "Älvdalens kommun"),
                       P("Kjell Mattsson", None, "Älvdalens kommun", diet="glutenfri")], [S1, S4],
          diet="glutenfri"),
        "HTML-only; writer plus colleague without address; diet on the colleague", html=True))

    m.append(mail(
        "ap041", "2027-04-07T16:40", ("Oskar Hedlund", "oskar.hedlund@malung-salen.se"), "Avanmälan en träff",
        """Hej Linnea,

Jag är anmäld till höstens träffar (via Eva Marklund). Jag måste tyvärr stryka mig från träffen "Att planera
både för önskvärda framtider och för osäkerheter" eftersom jag ska på en utbildning då. Septemberträffen står
kvar.

Hälsningar
Oskar Hedlund
Planarkitekt
Malung-Sälens kommun
""",
        X("cancel", [P("Oskar Hedlund", "oskar.hedlund@malung-salen.se", "Malung-Sälens kommun")], [S3]),
        "cancel one session named by its theme title"))

    m.append(tg(
        "ap042", "2027-04-08T18:03", "Jonas Lind", 7741092385,
        "Hej igen, Jonas Lind i Vansbro. Jag är anmäld till 3/5 och 21/9 men vill gärna gå på alla fyra träffarna "
        "istället om det finns plats",
        X("change", [P("Jonas Lind", None, "Vansbro kommun")], ALL),
        "extend to all four → sessions after the change"))

    m.append(mail(
        "ap043", "2027-04-09T21:14", ("Johanna Wiklund", "johanna.wiklund72@hotmail.com"), "Ridningen på lördag",
        """Hej Linnea!

Tack för senast på föräldramötet. Kan Elsa åka med er till ridskolan på lördag? Jag hämtar henne kl 15.

Kram Johanna
""",
        X("unknown"),
        "private mail to the wrong Linnea, nothing about the event"))

    m.append(mail(
        "ap044", "2027-04-10T08:15", ("Sanna Lindholm", "sanna.lindholm@regiondalarna.se"), "Late signup DalaLab 🙈",
        """Hej Linnea!

Sorry att jag är sen – hoppas det inte är too late. Can you add me for träff 2 och 3 (Sept + Nov)? I maj är
jag på konferens i Bryssel and in February I'm on parental leave.
Gluten free please!

/Sanna

Sanna Lindholm
Regional utvecklingsstrateg | Regional Development Strategist
Region Dalarna
Box 712, 791 29 Falun
+46 23 49 00 00
""",
        X("register", [P("Sanna Lindholm", "sanna.lindholm@regiondalarna.se", "Region Dalarna",
                         diet="gluten free")], [S2, S3], diet="gluten free"),
        "late signup in mixed Swedish-English, sessions by number and month; the excluded months are named too"))

    m.append(tg(
        "ap045", "2027-04-10T13:30", "Kalle", 9301847562,
        "Tack för bekräftelsen! Ses i Falun i maj 😊",
        X("unknown"),
        "thank-you after confirmation, nothing to act on"))

    return m
