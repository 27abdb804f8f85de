"""Batch 42, theme "after": what arrives once people are signed up.

Follow-up signups (some as replies to the service's own confirmation, quoted below the new text), session swaps
and additions, substitutes, diet updates and removals, a new name or address, whole and partial cancellations
(also in VB:/Fwd: chains), questions from people already registered, erasure requests, machine replies to the
confirmations (out-of-office, bounce, read receipt), a mailing-list post, phishing dressed as registration, a
newsletter, a thank-you and a complaint.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def confirmation(name, addr, sent, dates):
    """The service's confirmation as an Outlook reply quotes it (the quote is not the request)."""
    lines = "\n".join(f"- {d}" for d in dates)
    first = name.split()[0]
    return f"""Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: {sent}
Till: {name} <{addr}>
Ämne: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej {first}!

Tack för din anmälan till DalaLab. Du är anmäld till:
{lines}

Första träffen hålls i Falun, fika från 09:30. Vill du ändra eller avanmäla
dig räcker det att svara på det här mejlet.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""


def messages():
    m = []

    # ---------------------------------------------------------------- follow-up signups / changes / cancels
    m.append(mail(
        "ar091", "2027-01-14T10:47", ("Erik Holm", "erik.holm@mora.se"),
        "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea,

Tack för bekräftelsen! Jag pratade med Sofia Lund på vår planeringsenhet och hon vill också vara med
i projektet, på alla fyra träffarna. Hennes adress är sofia.lund@mora.se.

Hälsningar
Erik Holm
Översiktsplanerare | Samhällsbyggnadsförvaltningen
Mora kommun | 0250-260 00 | erik.holm@mora.se

""" + confirmation("Erik Holm", "erik.holm@mora.se", "den 14 januari 2027 09:12",
                   ["3 maj 2027, Falun", "21 september 2027"]),
        X("register", [P("Sofia Lund", "sofia.lund@mora.se", "Mora kommun")], ALL),
        "reply to own confirmation signs up a colleague for all four; the quoted dates are the sender's, not hers"))

    m.append(tg(
        "ar092", "2027-01-20T21:13", "Karin Ek", 418205733,
        """hej! jag anmälde mig till första träffen förra veckan men vill lägga till 21.9 också om det går
/Karin Ek, Gagnef""",
        X("change", [P("Karin Ek", None, "Gagnefs kommun")], [S1, S2]),
        "telegram: adds a session to an existing booking, result is both"))

    m.append(mail(
        "ar093", "2027-02-02T08:05", ("Ahmed Yusuf", "ahmed.yusuf@hedemora.se"),
        "Byte av datum DalaLab",
        """Hej,

Jag skulle vilja byta från 29 november till 22/2 2028. Jag har semester i slutet av november.

Tack på förhand
Ahmed Yusuf
Planarkitekt, Hedemora kommun
Tel 0225-341 12""",
        X("change", [P("Ahmed Yusuf", "ahmed.yusuf@hedemora.se", "Hedemora kommun")], [S4]),
        "bare swap of one session for another, dates as '29 november' and '22/2 2028'"))

    m.append(mail(
        "ar094", "2027-02-09T13:31", ("Camilla Rehn", "camilla.rehn@ludvika.se"),
        "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej!

Jag kan tyvärr inte delta den 21 september då vi har budgetdialog samma dag. Min kollega
Lars-Göran Nyberg (lars-goran.nyberg@ludvika.se) går i mitt ställe just den gången. Övriga datum
kommer jag själv.

Med vänlig hälsning

Camilla Rehn
Strategisk samhällsplanerare
Ludvika kommun
Besöksadress: Fabriksgatan 2, 771 82 Ludvika
Mobil: 070-312 44 90

""" + confirmation("Camilla Rehn", "camilla.rehn@ludvika.se", "den 8 februari 2027 15:40",
                   ["3 maj 2027, Falun", "21 september 2027", "29 november 2027", "22 februari 2028"]),
        X("change", [P("Lars-Göran Nyberg", "lars-goran.nyberg@ludvika.se", "Ludvika kommun")], [S2]),
        "substitute for one session only; sender keeps the rest; quoted confirmation lists all four"))

    m.append(mail(
        "ar095", "2026-12-18T16:22", ("Fredrik Olsson-Wall", "fredrik.olsson-wall@regiondalarna.se"),
        "Kost – DalaLab",
        """Hej Linnea!

Glömde skriva i min anmälan att jag är glutenintolerant. Jag står anmäld till alla fyra träffarna.

/Fredrik

Fredrik Olsson-Wall
Regional utveckling, Region Dalarna
023-49 00 00""",
        X("change", [P("Fredrik Olsson-Wall", "fredrik.olsson-wall@regiondalarna.se", "Region Dalarna",
                       diet="glutenintolerant")], ALL, diet="glutenintolerant"),
        "diet added afterwards by an already registered person, sessions stated as all four"))

    m.append(mail(
        "ar096", "2027-03-03T11:58", ("Lena Matsson", "lena.matsson@malung-salen.se"),
        "Ändring kost",
        """Hej

I min anmälan skrev jag laktosfri men det behövs inte längre, ni kan stryka det. Jag är anmäld till
träffen 3 maj och 29/11, det gäller fortfarande.

Lena Matsson
Malung-Sälens kommun""",
        X("change", [P("Lena Matsson", "lena.matsson@malung-salen.se", "Malung-Sälens kommun")], [S1, S3]),
        "diet removed: the old diet is named but no diet remains; sessions unchanged"))

    m.append(mail(
        "ar097", "2027-01-25T09:14", ("Anna Persson", "anna.persson@falun.se"),
        "Nytt namn och ny mejladress",
        """Hej!

Jag är anmäld till samtliga DalaLab-träffar. Sedan årsskiftet heter jag Wikström i efternamn och min
adress har därför blivit anna.wikstrom@falun.se – den gamla slutar fungera i mars. Kan ni uppdatera
så att utskicken kommer rätt?

Tack!
Anna Wikström (f.d. Persson)
Bygg- och miljöförvaltningen, Falu kommun""",
        X("change", [P("Anna Wikström", "anna.wikstrom@falun.se", "Falu kommun")], ALL),
        "new surname and new address for a registered person; the From header still has the old ones"))

    m.append(mail(
        "ar098", "2027-02-15T14:40", ("Gunnel Hedin", "gunnel.hedin@sater.se"),
        "VB: Anmälan DalaLab",
        """Hej Linnea,

Se nedan. Johan har slutat hos oss vid månadsskiftet så han kommer inte att delta. Stryk honom från
alla tillfällen.

Gunnel Hedin
Enhetschef plan, Säters kommun
0225-550 00

________________________________
Från: Johan af Klercker <johan.afklercker@sater.se>
Skickat: den 2 december 2026 10:03
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Kopia: Gunnel Hedin <gunnel.hedin@sater.se>
Ämne: Anmälan DalaLab

Hej, jag anmäler mig härmed till DalaLab, samtliga fyra träffar.
Mvh Johan af Klercker, Säters kommun""",
        X("cancel", [P("Johan af Klercker", "johan.afklercker@sater.se", "Säters kommun")], ALL),
        "manager forwards (VB:) a colleague's old signup to withdraw him from everything; particle name"))

    m.append(tg(
        "ar099", "2027-03-11T07:52", "Pia Strand", 530918264,
        "kan inte komma 29 nov, men resten står kvar. mvh Pia Strand Orsa",
        X("cancel", [P("Pia Strand", None, "Orsa kommun")], [S3]),
        "telegram partial cancel of one session; the others stay"))

    m.append(mail(
        "ar100", "2027-03-22T19:05", ("Sarah Mitchell", "sarah.mitchell@regiondalarna.se"),
        "Fwd: Confirmation: DalaLab",
        """Hi Linnea,

Forwarding the confirmation below - please cancel my place for the February session (22 Feb 2028),
I will be on parental leave from January. The other three still stand.

Best,
Sarah

Sarah Mitchell | Analyst, Regional Development | Region Dalarna

---------- Forwarded message ---------
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Date: Mon, 15 Mar 2027 at 09:20
Subject: Confirmation: DalaLab
To: Sarah Mitchell <sarah.mitchell@regiondalarna.se>

Hi Sarah,

Thank you for registering for DalaLab. You are registered for:
- 3 May 2027, Falun
- 21 September 2027
- 29 November 2027
- 22 February 2028

Kind regards
Linnea Hassis""",
        X("cancel", [P("Sarah Mitchell", "sarah.mitchell@regiondalarna.se", "Region Dalarna")], [S4]),
        "English Fwd: of the confirmation cancelling only the last session"))

    m.append(mail(
        "ar101", "2027-02-23T10:10", ("Jenny Alm", "jenny.alm@avesta.se"),
        "SV: Fråga om DalaLab",
        """Tack för svaret om att det inte kostar något!

Då anmäler jag mig till höstens två träffar.

Jenny Alm
Avesta kommun

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 22 februari 2027 16:05
Till: Jenny Alm <jenny.alm@avesta.se>
Ämne: SV: Fråga om DalaLab

Hej Jenny, deltagandet är kostnadsfritt, Region Dalarna står för fika och lunch.
/Linnea""",
        X("register", [P("Jenny Alm", "jenny.alm@avesta.se", "Avesta kommun")], [S2, S3]),
        "signup after an answered question; 'höstens två träffar' = Sept and Nov"))

    # ---------------------------------------------------------------- questions from registered people
    m.append(mail(
        "ar102", "2027-03-29T12:17", ("Ola Grahn", "ola.grahn@orsa.se"),
        "Frågor inför 3 maj",
        """Hej,

Jag är anmäld till första träffen 3 maj. Var i Falun är det, och blir det lunch eller ska man ta med?
Finns det parkering?

/Ola Grahn, Orsa kommun, 0250-552 00""",
        X("question", [P("Ola Grahn", "ola.grahn@orsa.se", "Orsa kommun")], []),
        "practical questions from a registered person naming his session"))

    m.append(mail(
        "ar103", "2027-01-08T15:33", ("Hedvig Sandberg", "hedvig.sandberg@sater.se"),
        "Ingen bekräftelse?",
        """Hej!

Jag anmälde mig till DalaLab före jul men har inte fått någon bekräftelse. Är jag anmäld? Har kollat
skräpposten också.

Mvh Hedvig Sandberg
Säters kommun""",
        X("question", [P("Hedvig Sandberg", "hedvig.sandberg@sater.se", "Säters kommun")], []),
        "asks whether an earlier signup went through; not a new signup"))

    m.append(mail(
        "ar130", "2027-02-17T09:49", ("Tobias Engström", "tobias.engstrom@ludvika.se"),
        "Fråga om att byta mellan oss",
        """Hej Linnea

Min kollega och jag är anmälda till alla fyra träffarna. Är det ok att vi byter plats mellan oss om
någon av oss blir sjuk, eller måste vi meddela i förväg?

Hälsningar Tobias
Ludvika kommun""",
        X("question", [P("Tobias Engström", "tobias.engstrom@ludvika.se", "Ludvika kommun")], []),
        "hypothetical substitution asked about, nothing to change yet"))

    m.append(mail(
        "ar131", "2027-03-16T17:26", ("Marco Bianchi", "marco.bianchi@falun.se"),
        "Language and remote participation",
        """Hello,

I registered for all the DalaLab sessions in January. Will the sessions be held in Swedish only, or will
there be some material in English? And is there a remote option for the session on 21 September?

Thanks,
Marco Bianchi
Urban planner, Falu kommun""",
        X("question", [P("Marco Bianchi", "marco.bianchi@falun.se", "Falu kommun")], []),
        "English question from a registered person that names a date"))

    # ---------------------------------------------------------------- erasure
    m.append(mail(
        "ar104", "2027-03-05T08:30", ("Viktor Nord", "viktor.nord@borlange.se"),
        "Radera mina uppgifter",
        """Hej,

Jag har avanmält mig från DalaLab och vill nu att ni raderar mina uppgifter ur er deltagarlista och
eventuella andra register.

Viktor Nord""",
        X("erasure", [P("Viktor Nord", "viktor.nord@borlange.se", "Borlänge kommun")], []),
        "erasure request after an earlier cancellation"))

    m.append(mail(
        "ar105", "2027-04-02T22:41", ("Laura Svensson", "laura.svensson.home@gmail.com"),
        "Request for erasure of personal data (GDPR Art. 17)",
        """To whom it may concern,

Under Article 17 of the General Data Protection Regulation I request that you erase all personal data
you hold about me in connection with the DalaLab registration, including my name, e-mail address and
any dietary information. Please confirm in writing once this has been done.

Regards,
Laura Svensson""",
        X("erasure", [P("Laura Svensson", "laura.svensson.home@gmail.com", None)], []),
        "formal English GDPR erasure from a private address"))

    m.append(tg(
        "ar106", "2027-02-27T20:02", "Rasmus Wahl", 611473028,
        "Hej. Radera allt ni har sparat om mig, jag ska inte vara med längre. Rasmus Wahl",
        X("erasure", [P("Rasmus Wahl", None, None)], []),
        "telegram erasure that also implies withdrawal"))

    m.append(mail(
        "ar134", "2027-03-30T13:12", ("Sven Ohlsson", "sven.ohlsson@vansbro.se"),
        "gdpr",
        """hej, enligt gdpr vill jag att mina personuppgifter tas bort från era listor för dalalab. jag har
ändå slutar på kommunen i april.
sven""",
        X("erasure", [P("Sven Ohlsson", "sven.ohlsson@vansbro.se", "Vansbro kommun")], []),
        "lower-case terse erasure, surname from the address only"))

    # ---------------------------------------------------------------- machine mail
    m.append(mail(
        "ar107", "2027-01-14T09:13", ("Maja Lindgren", "maja.lindgren@ludvika.se"),
        "Autosvar: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej,

Jag är tjänstledig till och med 2027-01-31 och läser inte min e-post. Vid brådskande ärenden, kontakta
planeringsenheten på 0240-860 00 eller plan@ludvika.se.

Maja Lindgren
Ludvika kommun""",
        X("auto_reply", [], []),
        "out-of-office reply to a confirmation"))

    m.append(mail(
        "ar108", "2027-02-08T15:41", (None, "MAILER-DAEMON@regiondalarna.se"),
        "Undeliverable: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Delivery has failed to these recipients or groups:

camila.rehn@ludvika.se
The email address you entered couldn't be found. Please check the recipient's email address and try
to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
camila.rehn@ludvika.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: <camila.rehn@ludvika.se>
Subject: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Mon, 8 Feb 2027 15:40:12 +0100""",
        X("auto_reply", [], []),
        "bounce of a confirmation to a mistyped address"))

    m.append(mail(
        "ar109", "2027-01-14T11:02", ("Erik Holm", "erik.holm@mora.se"),
        "Läst: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Ditt meddelande

  Till: Erik Holm
  Ämne: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 14 januari 2027 09:12:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 14 januari 2027 11:02:10 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.""",
        X("auto_reply", [], []),
        "Outlook read receipt for a confirmation"))

    m.append(mail(
        "ar110", "2026-12-22T08:00", ("Helen Forsberg", "helen.forsberg@lansstyrelsen.se"),
        "Automatic reply: Confirmation: DalaLab",
        """Thank you for your e-mail. I am away over the holidays and back in the office on 8/1. Your message
will not be forwarded. For matters concerning spatial planning, please contact
samhallsplanering.dalarna@lansstyrelsen.se.

Helen Forsberg
Länsstyrelsen Dalarna""",
        X("auto_reply", [], []),
        "English out-of-office with a date '8/1' that is not a session"))

    m.append(mail(
        "ar132", "2027-03-01T10:31", ("Roger Backlund", "roger.backlund@avesta.se"),
        "Automatiskt svar: SV: Bekräftelse: DalaLab",
        """Jag har slutat min anställning på Avesta kommun. Frågor om översiktsplanen och DalaLab hänvisas
till Elin Moberg, elin.moberg@avesta.se, tel 0226-64 50 00.

Detta är ett automatiskt svar.""",
        X("auto_reply", [], []),
        "auto-reply naming a successor and DalaLab; not a substitution"))

    # ---------------------------------------------------------------- unknown / odd
    m.append(mail(
        "ar111", "2027-03-18T14:55", ("Åsa Blom", "asa.blom@hedemora.se"),
        "[planerare-dalarna] Spelas DalaLab in?",
        """Hej alla i nätverket!

Vet någon om DalaLab-träffarna kommer att spelas in? Jag är anmäld till 3 maj men kan bara stanna till
lunch. Och har någon en bra mall för planeringsstrategi att dela?

/Åsa, Hedemora

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna""",
        X("unknown", [], []),
        "mailing-list post about DalaLab reaching the service via the list, not addressed to it",
        to="planerare-dalarna@lists.regiondalarna.se"))

    m.append(mail(
        "ar112", "2027-02-11T03:17", ("DalaLab Registrering", "no-reply@dalalab-registrering.com"),
        "Åtgärd krävs: bekräfta din plats i DalaLab inom 24 timmar",
        """<html><body>
<p>Bästa deltagare,</p>
<p>Vi har uppdaterat vårt registreringssystem. Din plats på <b>DalaLab 3 maj 2027</b> kommer att
<b>tas bort</b> om du inte bekräftar dina uppgifter inom 24 timmar.</p>
<p><a href="http://dalalab-registrering.com.login-verify.ru/sso">Logga in med ditt kommunkonto här</a></p>
<p>Med vänliga hälsningar<br>Region Dalarna Eventteam</p>
</body></html>""",
        X("unknown", [], []),
        "phishing dressed as a registration confirmation, HTML", html=True))

    m.append(mail(
        "ar113", "2027-01-15T08:26", ("Birgitta Lundqvist", "birgitta.lundqvist@gagnef.se"),
        "Tack!",
        """Hej Linnea!

Bara ett stort tack för snabb bekräftelse och ett så tydligt upplägg. Det ska bli roligt att träffa
kollegorna från de andra kommunerna i maj.

Allt gott
Birgitta""",
        X("unknown", [], []),
        "thank-you note from a registered person, nothing to act on"))

    m.append(mail(
        "ar114", "2027-03-09T16:48", ("Per-Olof Dahl", "per-olof.dahl@borlange.se"),
        "Synpunkt på begränsningen tre per kommun",
        """Hej,

Vi fick besked att vår fjärde kollega inte får plats eftersom vi redan är tre från Borlänge. Jag tycker
det är orimligt att en kommun med över 50 000 invånare har samma tak som de minsta. Planeringen hos
oss involverar fler personer och det borde ni ta hänsyn till. Jag vill att detta framförs till de
ansvariga.

Per-Olof Dahl
Planchef, Borlänge kommun""",
        X("unknown", [], [], unsure=["intent"]),
        "complaint about the quota; could be read as a plea to admit the fourth person"))

    m.append(mail(
        "ar133", "2027-01-28T07:00", ("Region Dalarna Nyhetsbrev", "nyhetsbrev@regiondalarna.se"),
        "Nyhetsbrev Samhällsplanering – januari 2027",
        """<html><body>
<h1>Samhällsplanering i Dalarna</h1>
<h2>Sista chansen: anmäl dig till DalaLab</h2>
<p>Lärprojektet DalaLab startar 3 maj i Falun och fortsätter 21 september, 29 november och 22 februari
2028. Anmäl dig senast 14 april till linnea.hassis@regiondalarna.se – upp till tre personer per kommun.</p>
<h2>Ny vägledning om översiktsplanering</h2>
<p>Boverket har publicerat en uppdaterad vägledning...</p>
<p style="font-size:small">Du får detta nyhetsbrev eftersom du prenumererar.
<a href="https://www.regiondalarna.se/avregistrera">Avregistrera</a></p>
</body></html>""",
        X("unknown", [], []),
        "HTML newsletter that advertises DalaLab with all four dates and the deadline", html=True))

    # ---------------------------------------------------------------- more signups / changes / cancels
    m.append(mail(
        "ar115", "2027-02-04T13:05", ("Johanna Lindberg", "johanna.lindberg@borlange.se"),
        "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """<html><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Nu har vi bestämt vilka som följer med mig. Anmäl även:</p>
<ul>
<li>Nils-Erik Berglund, nils-erik.berglund@borlange.se</li>
<li>Sara Hammar, sara.hammar@borlange.se (vegetarian)</li>
</ul>
<p>Samma träffar som jag, alltså 3 maj och 29 november. Vi blir då tre från Borlänge.</p>
<p>Med vänlig hälsning<br>Johanna Lindberg<br>Samhällsplanerare, Borlänge kommun<br>0243-740 00</p>
</div>
<hr>
<p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 3 februari 2027 10:15<br>
<b>Ämne:</b> Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft</p>
<p>Hej Johanna! Tack för din anmälan. Du är anmäld till: 3 maj 2027, Falun; 29 november 2027.</p>
</body></html>""",
        X("register", [P("Nils-Erik Berglund", "nils-erik.berglund@borlange.se", "Borlänge kommun"),
                       P("Sara Hammar", "sara.hammar@borlange.se", "Borlänge kommun", diet="vegetarian")],
          [S1, S3], diet="vegetarian"),
        "HTML reply to confirmation adding two colleagues on the sender's dates; one diet"))

    m.append(mail(
        "ar116", "2027-01-12T10:40", ("Gustav Moberg", "gustav.moberg@leksand.se"),
        "Komplettering anmälan DalaLab",
        """Hej Linnea,

Som komplettering till min anmälan i december: följande två från Leksand anmäler sig också, men bara
till första träffen (v. 18) i Falun:

Dahlgren-Öst, Anna-Karin
Ström, Jonas - laktosintolerant

Gustav Moberg
Översiktsplanerare
Leksands kommun
Tfn 0247-800 00""",
        X("register", [P("Anna-Karin Dahlgren-Öst", None, "Leksands kommun"),
                       P("Jonas Ström", None, "Leksands kommun", diet="laktosintolerant")],
          [S1], diet="laktosintolerant"),
        "iso-8859-1 follow-up: 'Efternamn, Förnamn' list, session as week number v. 18",
        charset="iso-8859-1"))

    m.append(mail(
        "ar117", "2027-03-24T09:21", ("Malin Eriksson", "malin.eriksson@orsa.se"),
        "Lägga till en träff",
        """Hej!

Jag är anmäld till 21/9 men skulle gärna komma på träffen om tillgänglighet också – den om rumslig
närhet, fysisk mobilitet och digital tillgänglighet. Går det bra?

Malin Eriksson
Orsa kommun""",
        X("change", [P("Malin Eriksson", "malin.eriksson@orsa.se", "Orsa kommun")], [S2, S4]),
        "adds a session named only by its theme to a stated booking"))

    m.append(tg(
        "ar118", "2027-02-19T18:44", "Johanna Kvist", 774102385,
        """Hej, Johanna Kvist från Rättvik här. Går det att byta "önskvärda framtider och osäkerheter" mot första träffen i Falun istället?""",
        X("change", [P("Johanna Kvist", None, "Rättviks kommun")], [S1]),
        "telegram bare swap with the old session named by title; phrased as a question"))

    m.append(mail(
        "ar119", "2027-03-02T15:15", ("Ulrika Bergman", "ulrika.bergman@falun.se"),
        "Ändring för Martin Björk",
        """Hej,

Martin Björk kommer inte att kunna delta i höst (21.9 och 29.11) eftersom han är föräldraledig. Vi har
ingen som kan gå i hans ställe. Första träffen i maj och februariträffen står kvar.

Ulrika Bergman
Avdelningschef Samhällsplanering
Falu kommun
023-830 00""",
        X("cancel", [P("Martin Björk", None, "Falu kommun")], [S2, S3]),
        "manager withdraws a colleague from two sessions without substitute; subject says 'Ändring'"))

    m.append(tg(
        "ar120", "2027-04-06T12:03", "Emma Sjöberg", 305661827,
        "Hej! Jag måste tyvärr avanmäla mig helt från DalaLab, har fått nytt jobb i Uppsala. Tack ändå! /Emma Sjöberg",
        X("cancel", [P("Emma Sjöberg", None, None)], ALL),
        "telegram cancel of everything, no organisation given"))

    m.append(mail(
        "ar121", "2027-01-29T14:27", ("Bengt Nilsson", "bengt.nilsson@vansbro.se"),
        "Ny deltagare från Vansbro",
        """Hej Linnea!

Jag går i pension i februari. Maria von Essen tar över som planerare och därmed också min plats på alla
fyra DalaLab-träffarna. Hon nås på maria.vonessen@vansbro.se.

Tack för allt!
Bengt Nilsson
Vansbro kommun""",
        X("change", [P("Maria von Essen", "maria.vonessen@vansbro.se", "Vansbro kommun")], ALL),
        "substitute takes over the whole booking; particle surname"))

    m.append(mail(
        "ar122", "2027-01-19T14:02", ("Mikael Östlund", "mikael.ostlund@lansstyrelsen.se"),
        "Ny e-postadress",
        """Hej,

Från 1 februari har jag ny tjänst på regionen och ny adress: mikael.ostlund@regiondalarna.se.
Jag är anmäld till 3/5 och 21/9 och vill gärna behålla platserna. Kan ni ändra så att all information
om DalaLab går till den nya adressen?

Mikael Östlund
Länsstyrelsen Dalarna (t.o.m. 31/1)""",
        X("change", [P("Mikael Östlund", "mikael.ostlund@regiondalarna.se", "Region Dalarna")], [S1, S2]),
        "new address and new employer for a registered person; sender domain is the old organisation"))

    m.append(mail(
        "ar123", "2027-02-25T11:35", ("Tom Becker", "tom.becker@lansstyrelsen.se"),
        "RE: Confirmation: DalaLab",
        """Hi Linnea,

Thanks for confirming Ingrid's place. I'd like to join too, but only the November and February
sessions - I am abroad in May and September.

Best regards
Tom Becker
Länsstyrelsen Dalarna
+46 10 225 00 00

-----Original Message-----
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Sent: Wednesday, February 24, 2027 4:12 PM
To: Ingrid Falk <ingrid.falk@lansstyrelsen.se>
Cc: Tom Becker <tom.becker@lansstyrelsen.se>
Subject: Confirmation: DalaLab

Hi Ingrid, you are registered for all four DalaLab sessions: 3 May, 21 September, 29 November 2027
and 22 February 2028.""",
        X("register", [P("Tom Becker", "tom.becker@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
        "English reply to a colleague's confirmation; sender signs up for two sessions by month"))

    m.append(mail(
        "ar124", "2027-01-27T10:06", ("Stina Håkansson", "stina.hakansson@alvdalen.se"),
        "Kost Olle Nyström",
        """Hej

Min kollega Olle Nyström som jag anmälde förra veckan har nötallergi, kan ni notera det? Han är
anmäld till den 29:e.

Stina Håkansson
Älvdalens kommun""",
        X("change", [P("Olle Nyström", None, "Älvdalens kommun", diet="nötallergi")], [S3], diet="nötallergi"),
        "diet added for a colleague the sender registered; session as 'den 29:e'"))

    m.append(mail(
        "ar125", "2027-03-08T08:58", ("Kristoffer Larsson", "kristoffer.larsson@rattvik.se"),
        "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej!
Min kollega Hanna Berg (hanna.berg@rattvik.se) vill också gå, samma datum som jag.
/Kristoffer

Skickat från min iPhone

""" + confirmation("Kristoffer Larsson", "kristoffer.larsson@rattvik.se", "den 5 mars 2027 14:30",
                   ["21 september 2027", "29 november 2027"]),
        X("register", [P("Hanna Berg", "hanna.berg@rattvik.se", "Rättviks kommun")], [S2, S3]),
        "'samma datum som jag' resolved only by the quoted confirmation"))

    m.append(mail(
        "ar126", "2027-02-12T09:37", ("Oskar Lindh", "oskar.lindh@borlange.se"),
        "DalaLab",
        """Hej,

Jag anmälde mig till alla fyra men inser nu att jag bara kan 3 maj och 22 feb. Ta bort de andra två.

Oskar Lindh, Borlänge""",
        X("cancel", [P("Oskar Lindh", "oskar.lindh@borlange.se", "Borlänge kommun")], [S2, S3],
          unsure=["change-or-cancel"]),
        "reduces a full booking to two sessions: drops Sept and Nov (could be read as a change to May+Feb)"))

    m.append(mail(
        "ar127", "2027-03-26T16:10", ("Kerstin Ahl", "kerstin.ahl@smedjebacken.se"),
        "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea,

Tyvärr måste vi dra tillbaka våra anmälningar, både min och Tomas Lindqvists. Budgetläget gör att vi
inte kan frigöra tid i år. Vi hoppas kunna vara med en annan gång.

Vänliga hälsningar
Kerstin Ahl
Plan- och byggchef
Smedjebackens kommun
Tel. 0240-66 00 00

""" + confirmation("Kerstin Ahl", "kerstin.ahl@smedjebacken.se", "den 10 december 2026 11:02",
                   ["3 maj 2027, Falun", "21 september 2027", "29 november 2027", "22 februari 2028"]),
        X("cancel", [P("Kerstin Ahl", "kerstin.ahl@smedjebacken.se", "Smedjebackens kommun"),
                     P("Tomas Lindqvist", None, "Smedjebackens kommun")], ALL),
        "cancel for sender and colleague as a reply to the confirmation; genitive 'Lindqvists'"))

    m.append(tg(
        "ar128", "2027-03-14T22:19", "Nils Ahlberg", 902337416,
        "Hej, jag heter Nils Ahlberg och är anmäld 3 maj. Kan jag byta till 21 sept i stället? Krockar med KF",
        X("change", [P("Nils Ahlberg", None, None)], [S2]),
        "telegram bare swap, organisation not given"))

    m.append(mail(
        "ar129", "2027-04-10T23:12", (None, "linus.fahlen@alvdalen.se"),
        "anmälan",
        """hej hoppas jag inte missat sista dagen.. min kolega anmälde sig i vintras, nu vill jag också vara
med. den 29:e nov och den 22:a feb funkar för mig

linus fahlén
älvdalens kommun""",
        X("register", [P("Linus Fahlén", "linus.fahlen@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
        "late lower-case follow-up signup with typos, dates as 'den 29:e nov', name only in lower case"))

    m.append(mail(
        "ar135", "2027-03-31T10:54", ("Gunilla Wester", "gunilla.wester@hedemora.se"),
        "VB: DalaLab",
        """Hej Linnea,

Vidarebefordrar Petras önskemål nedan. Hon kompletterar oss två som redan är anmälda från Hedemora.

/Gunilla Wester
Planeringschef, Hedemora kommun

Från: Petra Lönn <petra.lonn@hedemora.se>
Skickat: den 30 mars 2027 15:22
Till: Gunilla Wester <gunilla.wester@hedemora.se>
Ämne: DalaLab

Hej Gunilla! Jag skulle vilja gå på DalaLab-träffarna v. 38 och v. 48, kan du anmäla mig?
/Petra""",
        X("register", [P("Petra Lönn", "petra.lonn@hedemora.se", "Hedemora kommun")], [S2, S3]),
        "manager forwards (VB:) a colleague's wish; sessions as week numbers; manager not a participant"))

    return m
