"""Theme "inbox" (as001-as045): one registration inbox over the winter, in the order it fills up.

The invitation goes out on 1 December 2026; the first out-of-office reply and a bounce arrive within minutes,
then the first signups written above the quoted invitation (Outlook headers, "> " quoting, Gmail "skrev:",
forwarded chains), colleagues added afterwards, questions about venue, cost, distance attendance, parking, food
and no-show fees, read receipts and delivery reports, a newsletter, a mailing-list post, spam and phishing; in
spring diet changes, substitutions, swaps and cancellations, erasure requests, and late signups just before the
deadline (14 April 2027). A handful are marked `unsure` where a careful human would have to ask.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

REG = "linnea.hassis@regiondalarna.se"

# The invitation as it was sent, quoted below replies in many forms.
INVITE = """\
Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft. Lärprojektet vänder sig i första hand till er som arbetar med
planeringsprocesser i kommunerna och på regionen, och handlar om strategisk
översiktsplanering och hur planeringsstrategier kan stärka den.

Lärprojektet består av fyra träffar:

1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
   för en stärkt översiktsplanering. Boverket medverkar.
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
   jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
   tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan görs till
linnea.hassis@regiondalarna.se senast den 14 april 2027. Skriv namn,
organisation, e-postadress och eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Samhällsplanerare, Region Dalarna
"""

# A latin-1-safe short form (for the iso-8859-1 mails).
INVITE_L1 = """\
DalaLab - Planering för hållbarhet och utvecklingskraft
Fyra träffar: 3 maj 2027 (Falun, kl 10-15, fika från 9.30), 21 september 2027,
29 november 2027 och 22 februari 2028.
Upp till tre personer per kommun. Anmälan senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation, e-post och ev. specialkost.
"""


def quoted(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


OUTLOOK_HDR = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:30
Till: {to}
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
"""


def messages():
    m = []

    # ---- 1 December: the invitation goes out ----
    m.append(mail(
        "as001", "2026-12-01T08:31", ("Persson Gunnar", "gunnar.persson@mora.se"),
        "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """\
Hej,

Tack för ditt meddelande. Jag är ledig från och med 30 november till och med
6 januari och läser inte min e-post under den tiden. Ditt mejl kommer inte att
vidarebefordras.

Vid brådskande ärenden om detaljplaner, kontakta planenheten på
plan@mora.se eller via kommunens växel 0250-260 00.

Med vänlig hälsning
Gunnar Persson
Planchef, Mora kommun
""",
        X("auto_reply", [], []),
        "out-of-office reply seconds after the invitation; return date looks like a date but no session"))

    m.append(mail(
        "as002", "2026-12-01T08:32", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
        "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<goran.back@vansbro.se>: host mx.vansbro.se[192.0.2.41] said: 550 5.1.1
    <goran.back@vansbro.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--- Original message headers and first lines ---
From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: goran.back@vansbro.se
Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Date: Tue, 1 Dec 2026 08:30:12 +0100

{INVITE[:600]}
""",
        X("auto_reply", [], []),
        "bounce of the invitation to a mistyped address; quoted invitation lists dates"))

    m.append(mail(
        "as003", "2026-12-01T09:14", ("Wallin Jenny", "jenny.wallin@falun.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
Hej Linnea!

Vad roligt, det här har vi väntat på. Jag anmäler mig gärna.
Inga särskilda önskemål om mat.

Hälsningar
Jenny

Jenny Wallin
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Tfn 023-825 14
jenny.wallin@falun.se

{OUTLOOK_HDR.format(to="Wallin Jenny <jenny.wallin@falun.se>")}
{INVITE}""",
        X("register", [P("Jenny Wallin", "jenny.wallin@falun.se", "Falu kommun")], ALL),
        "first signup, Outlook reply above the full quoted invitation: no session named -> all four"))

    m.append(mail(
        "as004", "2026-12-01T10:47", ("Erik Sand", "erik.sand@borlange.se"),
        "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
Hej,

Vi blir två från Borlänge: jag själv och Malin Holmgren (malin.holmgren@borlange.se).
Vi kommer på 3/5 och 21.9, de andra datumen får vi återkomma om.

/Erik

Erik Sand
Planeringsarkitekt | Borlänge kommun
070-312 44 90

Den tis 1 dec. 2026 kl 08:30 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
{quoted(INVITE)}
""",
        X("register", [P("Erik Sand", "erik.sand@borlange.se", "Borlänge kommun"),
                       P("Malin Holmgren", "malin.holmgren@borlange.se", "Borlänge kommun")], [S1, S2]),
        "two people, dates written 3/5 and 21.9, above a '> ' quoted invitation that lists all four"))

    m.append(tg(
        "as005", "2026-12-01T13:05", "AK Öhman", 583920174,
        """\
Hej! Såg inbjudan till DalaLab. Vill anmäla mig till alla fyra träffarna 🙂
Anna-Karin Öhman, Rättviks kommun. Äter vegetariskt""",
        X("register", [P("Anna-Karin Öhman", None, "Rättviks kommun", diet="vegetariskt")], ALL,
          diet="vegetariskt"),
        "Telegram signup, hyphenated first name, display name differs, no address given"))

    m.append(mail(
        "as006", "2026-12-02T07:58", ("von Essen Cecilia", "cecilia.von.essen@lansstyrelsen.se"),
        "Anmälan DalaLab",
        """\
<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>God morgon Linnea,</p>
<p>Jag vill anmäla mig till <b>första och sista träffen</b> i DalaLab. Höstens två träffar
krockar tyvärr med vår egen planeringsdag, så dem får jag avstå.</p>
<p>Jag är laktosintolerant, så laktosfri fika och lunch vore bra.</p>
<p>Vänliga hälsningar</p>
<table style="border-top:1px solid #999"><tr><td>
<b>von Essen, Cecilia</b><br>
Handläggare, Enheten för samhällsplanering<br>
Länsstyrelsen Dalarna<br>
Åsgatan 38, 791 84 Falun<br>
Tel: 010-225 06 71<br>
<a href="mailto:cecilia.von.essen@lansstyrelsen.se">cecilia.von.essen@lansstyrelsen.se</a>
</td></tr></table>
</div></body></html>
""",
        X("register", [P("Cecilia von Essen", "cecilia.von.essen@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="laktosintolerant")], [S1, S4], diet="laktosintolerant"),
        "HTML-only, name with particle written 'von Essen, Cecilia', 'första och sista träffen', excludes autumn",
        html=True))

    m.append(mail(
        "as007", "2026-12-02T11:20", ("Karl-Johan Åberg", "karl-johan.aberg@hedemora.se"),
        "Fråga om DalaLab",
        """\
Hej Linnea,

Innan vi anmäler oss från Hedemora undrar jag två saker:
- Kostar det något att delta?
- Går det att vara med på distans på någon av träffarna, t.ex. den 21 september?
  Det är en bit att åka för oss.

Tacksam för svar!

Karl-Johan Åberg
Samhällsplanerare, Hedemora kommun
""",
        X("question", [], []),
        "question on cost and distance attendance that names a session date; nobody registered yet"))

    m.append(mail(
        "as008", "2026-12-03T15:36", ("Ingrid Mattsson", "ingrid.mattsson@sater.se"),
        "SV: Inbjudan DalaLab",
        f"""\
Hej!

Jag och min kollega Per-Olof Dahl vill anmäla oss till samtliga träffar.
Per-Olof har ingen egen mejladress ännu (han börjar hos oss i januari), så skicka
gärna allt till mig så vidarebefordrar jag.

Mvh
Ingrid Mattsson
Miljö- och byggförvaltningen
Säters kommun
0225-550 37

-----Ursprungligt meddelande-----
{INVITE_L1}""",
        X("register", [P("Ingrid Mattsson", "ingrid.mattsson@sater.se", "Säters kommun"),
                       P("Per-Olof Dahl", None, "Säters kommun")], ALL),
        "iso-8859-1, colleague without an address: his email is None, not the sender's", charset="iso-8859-1"))

    m.append(mail(
        "as009", "2026-12-04T09:02", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
        "Registration – DalaLab",
        """\
Hi Linnea,

My Swedish is still a work in progress, so I hope it is fine that I write in English.
I would like to register for the DalaLab sessions on 21 September and 29 November.
I am not able to attend in May, and February is still uncertain, so I'll leave that one for now.

Dietary requirement: gluten-free.

Best regards,
Daniel Okafor
Analyst, Regional Development
Region Dalarna
""",
        X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna",
                         diet="gluten-free")], [S2, S3], diet="gluten-free"),
        "English signup for two named sessions; May and February are mentioned but excluded"))

    m.append(mail(
        "as010", "2026-12-07T08:12", ("Wallin Jenny", "jenny.wallin@falun.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
Hej igen!

Jag glömde en sak i förra veckan: min kollega Tobias Grön vill också vara med,
på alla träffarna precis som jag. Han är vegetarian.
tobias.gron@falun.se

/Jenny

________________________________
Från: Wallin Jenny
Skickat: den 1 december 2026 09:14
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej Linnea!

Vad roligt, det här har vi väntat på. Jag anmäler mig gärna.
Inga särskilda önskemål om mat.

{OUTLOOK_HDR.format(to="Wallin Jenny <jenny.wallin@falun.se>")}
{INVITE}""",
        X("register", [P("Tobias Grön", "tobias.gron@falun.se", "Falu kommun", diet="vegetarian")], ALL,
          diet="vegetarian"),
        "'jag glömde': colleague added later in the same thread; the sender is already registered"))

    m.append(mail(
        "as011", "2026-12-08T13:44", ("Sofia Ljung", "sofia.ljung@leksand.se"),
        "Lokal och parkering 3 maj?",
        """\
Hej!

Var i Falun kommer första träffen att vara? Det står bara Falun i inbjudan.
Finns det parkering i närheten, och går det att ladda elbil där?

Hälsningar
Sofia Ljung, Leksands kommun
""",
        X("question", [], []),
        "venue and parking question about the first session; a date in the subject, no signup"))

    m.append(mail(
        "as012", "2026-12-09T06:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
        "Nyhetsbrev december: Nya ÖP-modellen, webbinarier våren 2027",
        """\
<html><body style="font-family:Arial">
<h2>Planeringsforum – nyhetsbrev december 2026</h2>
<p><b>Webbinarium: Utvecklingsinriktning i praktiken</b><br>
Tisdag 21 september 2027 kl 13–15. Anmäl dig via länken nedan, platserna är begränsade!</p>
<p><b>Kurs: Planera för tillgänglighet</b><br>
Två halvdagar i februari 2028. Anmälan öppnar i höst.</p>
<p><a href="https://planeringsforum.se/anmalan">Anmäl dig här</a></p>
<hr>
<p style="font-size:9pt;color:#777">Du får detta nyhetsbrev eftersom du prenumererar på
Planeringsforums utskick. <a href="https://planeringsforum.se/avregistrera">Avregistrera dig</a>.</p>
</body></html>
""",
        X("unknown", [], []),
        "HTML newsletter with look-alike topics, session dates and 'anmäl dig' links: unknown, not auto_reply",
        html=True))

    m.append(mail(
        "as013", "2026-12-10T13:47", ("Backman Nils", "nils.backman@orsa.se"),
        "Läst: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """\
Ditt meddelande

    Till: Backman Nils
    Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
    Skickat: den 1 december 2026 08:30:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 10 december 2026 13:47:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
        X("auto_reply", [], []),
        "read receipt ('Läst:') from a person's address: machine-written"))

    m.append(tg(
        "as014", "2026-12-14T12:09", "Petra", 702118356,
        "tjena! blir det lunch på dalalab-träffarna eller ska man ta med matsäck? och hur länge håller man på",
        X("question", [], []),
        "lower-case Telegram question about lunch and times; only a first name as sender"))

    m.append(mail(
        "as015", "2026-12-15T16:31", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
        "Automatic reply: SV: Registration – DalaLab",
        """\
Thank you for your email. I am away on a study trip until 8 January 2027 with
limited access to email. I will reply when I am back.

For urgent matters please contact regional.utveckling@regiondalarna.se.

Kind regards,
Daniel Okafor
""",
        X("auto_reply", [], []),
        "English out-of-office in reply to the organiser's confirmation, from a registered person"))

    m.append(mail(
        "as016", "2026-12-16T10:05", ("Lena Rehn", "lena.rehn@gagnef.se"),
        "Anmälan DalaLab från Gagnef",
        """\
Hej Linnea,

Från Gagnefs kommun kommer två av mina medarbetare att delta i DalaLab:

  Oskar Lindfors, planarkitekt, oskar.lindfors@gagnef.se
  Hedda Norén, GIS-ingenjör, hedda.noren@gagnef.se (nötallergi)

De är anmälda till hela serien. Själv har jag tyvärr inte möjlighet.

Med vänliga hälsningar
Lena Rehn
Enhetschef Samhällsbyggnad
Gagnefs kommun | 0241-150 00
""",
        X("register", [P("Oskar Lindfors", "oskar.lindfors@gagnef.se", "Gagnefs kommun"),
                       P("Hedda Norén", "hedda.noren@gagnef.se", "Gagnefs kommun", diet="nötallergi")],
          ALL, diet="nötallergi"),
        "manager signs up two staff and says she is not coming: sender not among people; diet in parentheses"))

    m.append(mail(
        "as017", "2026-12-18T03:12", ("Microsoft 365 Admin", "no-reply@m365-securemail-verify.com"),
        "Åtgärd krävs: Din brevlåda linnea.hassis@regiondalarna.se stängs om 24 timmar",
        """\
Bästa användare,

Vi har upptäckt ovanlig aktivitet på ditt konto linnea.hassis@regiondalarna.se.
Av säkerhetsskäl kommer din brevlåda att inaktiveras om du inte verifierar ditt konto.

Klicka här för att bekräfta din identitet: https://m365-securemail-verify.com/login?u=linnea.hassis

Om du inte verifierar inom 24 timmar kommer alla inkommande meddelanden,
inklusive anmälningar, att avvisas.

Microsoft 365 Säkerhetsteam
""",
        X("unknown", [], []),
        "phishing posing as Microsoft 365, names the registration address and mentions 'anmälningar'"))

    # ---- January ----
    m.append(mail(
        "as018", "2027-01-07T08:40", ("Persson Gunnar", "gunnar.persson@mora.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
Hej Linnea, god fortsättning!

Nu är jag tillbaka efter ledigheten. Från Mora vill vi anmäla tre personer:

Persson, Gunnar - gunnar.persson@mora.se
Ek, Hanna - hanna.ek@mora.se
Lindgren Sjöö, Fredrik - fredrik.lindgren.sjoo@mora.se (vegan)

Vi kan tyvärr inte på den sista träffen i februari 2028 eftersom den krockar med
budgetarbetet, men v. 18, 38 och 48 har vi bokat i kalendrarna.

Hälsningar
Gunnar

{OUTLOOK_HDR.format(to="Persson Gunnar <gunnar.persson@mora.se>")}
{INVITE}""",
        X("register", [P("Gunnar Persson", "gunnar.persson@mora.se", "Mora kommun"),
                       P("Hanna Ek", "hanna.ek@mora.se", "Mora kommun"),
                       P("Fredrik Lindgren Sjöö", "fredrik.lindgren.sjoo@mora.se", "Mora kommun", diet="vegan")],
          [S1, S2, S3], diet="vegan"),
        "three people as 'Efternamn, Förnamn', double surname, sessions by week number, February excluded"))

    m.append(mail(
        "as019", "2027-01-08T14:22", ("Amanda Berggren", "amanda.berggren@avesta.se"),
        "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        f"""\
Hej Linnea,

Karin skickade vidare den här till mig. Jag jobbar med fördjupningen av
översiktsplanen för Krylbo och skulle gärna vilja vara med på höstens två träffar.

Amanda Berggren
Planarkitekt, Avesta kommun

---------- Vidarebefordrat meddelande ---------
Från: Karin Ståhl <karin.stahl@avesta.se>
Datum: mån 4 jan. 2027 kl 10:02
Ämne: VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: Amanda Berggren <amanda.berggren@avesta.se>

Hej Amanda! Det här borde väl vara något för dig? Jag kan själv bara i maj, så
jag anmäler mig separat. /K

---------- Vidarebefordrat meddelande ---------
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Datum: tis 1 dec. 2026 kl 08:30
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: Karin Ståhl <karin.stahl@avesta.se>

{INVITE}""",
        X("register", [P("Amanda Berggren", "amanda.berggren@avesta.se", "Avesta kommun")], [S2, S3]),
        "forwarded chain; 'höstens två träffar'; the forwarding colleague signs up separately, so is not included"))

    m.append(mail(
        "as020", "2027-01-11T09:51", ("Göran Bäck", "goran.back@vansbro.se"),
        "DalaLab – måste man gå på alla?",
        """\
Hej,

Inbjudan kom visst aldrig fram till mig (min adress stavades nog fel), men en
kollega visade den. Jag är intresserad, men jag kan inte den 3 maj. Går det bra
att bara vara med på de tre senare träffarna, eller förutsätter ni att man går på
hela serien?

Göran Bäck
Vansbro kommun
""",
        X("question", [], [], unsure=["intent"]),
        "asks whether he may join only the three later sessions: best read as a question, could be a signup"))

    m.append(mail(
        "as021", "2027-01-13T16:05", ("Mats Hallberg", "mats.hallberg@leksand.se"),
        "Radera mina uppgifter",
        """\
Hej,

Jag slutar på Leksands kommun den 15 januari. Jag vill att ni tar bort mig från
era sändlistor för DalaLab och raderar de personuppgifter ni har om mig.

Tack på förhand,
Mats Hallberg
""",
        X("erasure", [P("Mats Hallberg", "mats.hallberg@leksand.se", "Leksands kommun")], []),
        "erasure request from someone leaving his job; a January date that is not a session"))

    m.append(tg(
        "as022", "2027-01-15T21:37", "johan e", 419305862,
        "hej. johan eriksson vansbro kommun här, anmäler mig till den 29:e nov och 22/2. mvh",
        X("register", [P("Johan Eriksson", None, "Vansbro kommun")], [S3, S4]),
        "lower-case Telegram signup, dates as 'den 29:e nov' and '22/2' (2028 implied)"))

    m.append(mail(
        "as023", "2027-01-19T10:15",
        ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
        "Levererat: SV: Lokal och parkering 3 maj?",
        """\
<html><body>
<p><b>Ditt meddelande har levererats till följande mottagare:</b></p>
<p>Sofia Ljung (sofia.ljung@leksand.se)</p>
<p>Ämne: SV: Lokal och parkering 3 maj?</p>
</body></html>
""",
        X("auto_reply", [], []),
        "HTML delivery report for the organiser's own reply; a session date sits in the subject", html=True))

    m.append(mail(
        "as024", "2027-01-22T11:30", ("Bergkvist Ulf", "ulf.bergkvist@ludvika.se"),
        "[planerare-dalarna] Remissvar RUS – samordning före 5 februari",
        """\
Hej alla på listan,

Som vi pratade om på nätverksträffen: vi samlar kommunernas synpunkter på
remissen av den regionala utvecklingsstrategin i ett gemensamt dokument.
Lägg in era kommentarer senast 5 februari, så sammanställer jag.

Länk till dokumentet finns på nätverkets Teams-yta.

/Ulf, Ludvika

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("unknown", [], []),
        "mailing-list post from a planner on a known domain; nothing for this service"))

    m.append(mail(
        "as025", "2027-01-27T13:18", ('"Olsson, Birgitta"', "birgitta.olsson@malung-salen.se"),
        "Anmälan till DalaLab - Malung-Sälen",
        f"""\
Hej Linnea!

Här kommer vår anmälan från Malung-Sälens kommun. Vi är tre som vill vara med på
alla tillfällen utom februariträffen (vi har fjällsäsong då...):

Olsson, Birgitta   planeringsstrateg   birgitta.olsson@malung-salen.se
Åkerström, Leif    bygglovschef        leif.akerstrom@malung-salen.se
Jäderberg, Saga    planarkitekt        saga.jaderberg@malung-salen.se   - vegan

Tack och hej!
Birgitta

Birgitta Olsson
Planeringsstrateg, Malung-Sälens kommun
Tel 0280-181 00

> {INVITE_L1.splitlines()[0]}
> {INVITE_L1.splitlines()[1]}
> {INVITE_L1.splitlines()[2]}
""",
        X("register", [P("Birgitta Olsson", "birgitta.olsson@malung-salen.se", "Malung-Sälens kommun"),
                       P("Leif Åkerström", "leif.akerstrom@malung-salen.se", "Malung-Sälens kommun"),
                       P("Saga Jäderberg", "saga.jaderberg@malung-salen.se", "Malung-Sälens kommun",
                         diet="vegan")], [S1, S2, S3], diet="vegan"),
        "iso-8859-1 table of three 'Efternamn, Förnamn' rows; 'alla tillfällen utom februariträffen'",
        charset="iso-8859-1"))

    # ---- February ----
    m.append(mail(
        "as026", "2027-02-02T10:40", ("Ingrid Mattsson", "ingrid.mattsson@sater.se"),
        "Avgift vid uteblivande?",
        """\
Hej Linnea,

En fråga från vår ekonom: tar ni ut någon avgift om en anmäld deltagare inte dyker
upp, eller om man avanmäler sig sent? Vi behöver veta det inför budgeten.

Mvh
Ingrid Mattsson
Säters kommun
""",
        X("question", [], []),
        "question about no-show and late-cancellation fees from a registered person; words 'anmäld', 'avanmäler'"))

    m.append(tg(
        "as027", "2027-02-05T19:02", "Jenny Wallin", 338170925,
        """\
Hej Linnea, det är Jenny Wallin från Falun. Jag är ju anmäld till alla fyra träffarna.
Har precis fått veta att jag inte tål gluten, så kan ni notera glutenfri kost åt mig? Tack!""",
        X("change", [P("Jenny Wallin", None, "Falu kommun", diet="glutenfri")], ALL, diet="glutenfri"),
        "diet change on Telegram from a registered person; sessions stated as all four; no address in the text"))

    m.append(mail(
        "as028", "2027-02-09T02:47", ("Jason Miller", "jason.miller.seo@outreachpro-mail.net"),
        "Quick question about regiondalarna.se",
        """\
Hi there,

I was checking regiondalarna.se and noticed it is not ranking on page 1 of Google
for several important keywords like "regional planning Sweden" and "event registration".

We can fix this with our guaranteed SEO package – first results within 30 days.
Can I send you a free audit? Just reply "YES".

Best,
Jason Miller
Senior SEO Consultant
""",
        X("unknown", [], []),
        "English SEO spam with 'registration' in the text"))

    m.append(mail(
        "as029", "2027-02-12T08:55", ("Nils Backman", "nils.backman@orsa.se"),
        "Anmälan",
        """\
<html><body>
<p>Hej!</p>
<p>Jag heter Nils Backman och arbetar med översiktsplanen i Orsa kommun. Jag vill gärna
anmäla mig till två av DalaLab-träffarna:</p>
<ul>
<li>den om <i>utvecklingsinriktning i ÖP-modellen</i></li>
<li>den om <i>tillgänglighet – rumslig närhet, mobilitet och digital tillgänglighet</i></li>
</ul>
<p>Mvh Nils<br>
Orsa kommun, Samhällsbyggnad<br>
0250-55 21 30</p>
</body></html>
""",
        X("register", [P("Nils Backman", "nils.backman@orsa.se", "Orsa kommun")], [S2, S4]),
        "HTML signup that names the sessions only by theme title", html=True))

    m.append(mail(
        "as030", "2027-02-18T15:12", ("Tilda Mård", "tilda.mard@alvdalen.se"),
        "DalaLab",
        """\
hej

jag vill anmäla mig till höstens träff i dalalab, den om ÖP. skickar från mobilen
så kort mejl

tilda mård
älvdalens kommun

Skickat från min iPhone
""",
        X("register", [P("Tilda Mård", "tilda.mard@alvdalen.se", "Älvdalens kommun")], [S2, S3],
          unsure=["sessions"]),
        "'höstens träff' (singular, two autumn sessions, both about planning): both candidates, ask which"))

    m.append(mail(
        "as031", "2027-02-24T09:30", ("Grön Tobias", "tobias.gron@falun.se"),
        "Automatiskt svar: Praktisk information inför DalaLab 3 maj",
        """\
Hej!

Jag är föräldraledig fram till 19 april 2027. Under tiden når du
Samhällsbyggnadsförvaltningens reception på 023-830 00.

/Tobias Grön
""",
        X("auto_reply", [], []),
        "Swedish out-of-office from a registered person, with a session date in the subject"))

    # ---- March: changes and cancellations ----
    m.append(mail(
        "as032", "2027-03-01T11:03", ("Erik Sand", "erik.sand@borlange.se"),
        "Ändring anmälan DalaLab",
        """\
Hej Linnea,

Jag kan tyvärr inte vara med den 3 maj, jag har fått en förhandling samma dag.
Lina Berg (lina.berg@borlange.se) går i stället för mig på den träffen.
I september kommer jag som planerat.

Erik Sand
Borlänge kommun
""",
        X("change", [P("Erik Sand", "erik.sand@borlange.se", "Borlänge kommun"),
                     P("Lina Berg", "lina.berg@borlange.se", "Borlänge kommun")], [S1]),
        "substitution for one session: both people listed, sessions the substitute takes"))

    m.append(mail(
        "as033", "2027-03-05T14:27", ("Ingrid Mattsson", "ingrid.mattsson@sater.se"),
        "Avanmälan 3/5",
        """\
Hej!

Jag måste tyvärr avanmäla mig från första träffen den 3/5. Övriga träffar kommer
jag på, och Per-Olof kommer som planerat på alla.

Mvh
Ingrid Mattsson
Säters kommun
""",
        X("cancel", [P("Ingrid Mattsson", "ingrid.mattsson@sater.se", "Säters kommun")], [S1]),
        "partial cancellation of one session; a colleague whose booking stands is not among people",
        charset="iso-8859-1"))

    m.append(tg(
        "as034", "2027-03-09T07:48", "AK Öhman", 583920174,
        """\
Hej igen. Tyvärr måste jag avanmäla mig från DalaLab, har fått nytt jobb i Västerås från april.
Tack för allt! /Anna-Karin Öhman, Rättvik""",
        X("cancel", [P("Anna-Karin Öhman", None, "Rättviks kommun")], ALL),
        "Telegram cancellation of everything with no session named -> all four; April is not a session"))

    m.append(mail(
        "as035", "2027-03-12T10:10", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
        "Change of session – DalaLab",
        """\
Hi Linnea,

Turns out I will be on parental leave in the autumn after all. Could I swap
21 September for the February session (22 Feb 2028)? The November one I will
unfortunately have to skip as well, sorry about the back and forth.

Thanks,
Daniel
""",
        X("change", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S4],
          unsure=["change-or-cancel"]),
        "English swap plus dropping November: after the change only February remains"))

    m.append(mail(
        "as036", "2027-03-16T13:55", ("Rebecca Thornton", "rebecca.thornton@falun.se"),
        "GDPR request – please delete my data",
        """\
Dear Ms Hassis,

Under Article 17 of the GDPR I request that you erase all personal data about me
that Region Dalarna holds in connection with the DalaLab learning project,
including my name, e-mail address and any dietary information.

Please confirm once this has been done.

Regards,
Rebecca Thornton
Falu kommun
""",
        X("erasure", [P("Rebecca Thornton", "rebecca.thornton@falun.se", "Falu kommun")], []),
        "formal English erasure request citing GDPR Article 17"))

    m.append(mail(
        "as037", "2027-03-19T08:21", ("Persson Gunnar", "gunnar.persson@mora.se"),
        "SV: Anmälan DalaLab Mora",
        """\
Hej Linnea,

Hanna Ek kan inte komma på första träffen den 3 maj. Vi försöker hitta någon annan
som kan gå i hennes ställe, jag hör av mig i så fall. Fredrik och jag kommer som planerat.

/Gunnar
""",
        X("cancel", [P("Hanna Ek", None, "Mora kommun")], [S1], unsure=["change-or-cancel"]),
        "colleague withdrawn from one session, substitute maybe later: cancel now; her address not in this mail"))

    m.append(mail(
        "as038", "2027-03-23T16:02", ("von Essen Cecilia", "cecilia.von.essen@lansstyrelsen.se"),
        "Frågor inför DalaLab",
        """\
<html><body>
<p>Hej Linnea,</p>
<p>Kommer presentationerna från träffarna att delas efteråt? Och kommer det att gå att
följa den 3 maj via Teams för kollegor som inte kan resa till Falun?</p>
<p>Hälsningar<br>Cecilia von Essen<br>Länsstyrelsen Dalarna</p>
</body></html>
""",
        X("question", [], []),
        "HTML question from a registered person about slides and streaming of a named session", html=True))

    m.append(mail(
        "as039", "2027-03-29T12:45", ('"Hagström, Jonas"', "jonas.hagstrom@smedjebacken.se"),
        "Sen anmälan?",
        """\
Hej,

Jag såg inbjudan först nu - hoppas att det inte är för sent. Jag vill gärna vara med
på DalaLab, alla träffar utom den 3:e maj som jag redan har semester.

Med vänlig hälsning

Jonas Hagström
Strateg, Kommunledningskontoret
Smedjebackens kommun
Tel. 0240-66 00 00 | Mobil 073-814 27 63
Besöksadress: Kyrkogatan 3, Smedjebacken
""",
        X("register", [P("Jonas Hagström", "jonas.hagstrom@smedjebacken.se", "Smedjebackens kommun")],
          [S2, S3, S4]),
        "late signup worded as a question; 'alla utom den 3:e maj'; phone numbers and street address in signature"))

    # ---- April: last signups before the deadline ----
    m.append(mail(
        "as040", "2027-04-01T09:17", ("Åsa Lindahl", "asa.lindahl@regiondalarna.se"),
        "Lokalbokning kollektivtrafikgruppen 3 maj",
        """\
Hej Linnea,

Du bokade väl stora salen i regionhuset till den 3 maj? Vi i kollektivtrafikgruppen
behöver ett rum för ca 12 personer samma förmiddag. Vet du om lilla salen är ledig,
eller vem jag ska fråga?

/Åsa
""",
        X("unknown", [], []),
        "colleague's internal mail to the organiser about a room on a session date: not for this service"))

    m.append(mail(
        "as041", "2027-04-05T10:33", ("Anders Kvist", "anders.kvist@avesta.se"),
        "Anmälan DalaLab Avesta",
        """\
Hej!

Jag anmäler härmed Tove Lund (tove.lund@avesta.se), ny planarkitekt hos oss,
till alla DalaLab-träffarna. Själv kanske jag också hänger med på första träffen,
det får vi se.

Hälsningar
Anders Kvist
Samhällsbyggnadschef, Avesta kommun
""",
        X("register", [P("Tove Lund", "tove.lund@avesta.se", "Avesta kommun")], ALL,
          unsure=["sender-attends"]),
        "sender registers a colleague and 'kanske' comes himself: ask whether he is signing up"))

    m.append(tg(
        "as042", "2027-04-07T17:26", "Mikael Strand", 861447203,
        """\
Hi! Is it too late to sign up for DalaLab? I'm Mikael Strand, planner at Ludvika kommun.
I'd like to join all four sessions. Email: mikael.strand@ludvika.se""",
        X("register", [P("Mikael Strand", "mikael.strand@ludvika.se", "Ludvika kommun")], ALL),
        "English Telegram late signup phrased as a question, address given in the text"))

    m.append(mail(
        "as043", "2027-04-08T11:48", ("von Essen Cecilia", "cecilia.von.essen@lansstyrelsen.se"),
        "SV: Anmälan DalaLab",
        """\
Hej Linnea!

Jag är anmäld till första och sista träffen. Nu har vår planeringsdag flyttats, så
lägg gärna till 21 september också. 29 november kan jag fortfarande inte.

Tack!
Cecilia
""",
        X("change", [P("Cecilia von Essen", "cecilia.von.essen@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
          [S1, S2, S4]),
        "adds a session to an existing booking: sessions after the change; November still excluded"))

    m.append(mail(
        "as044", "2027-04-09T22:14", ("Elin Forsberg", "elin.forsberg82@gmail.com"),
        "anmälan dalalab",
        """\
Hej Linnea,

Skriver från min privata mejl eftersom jobbmejlen krånglar. Jag är planarkitekt och
delar min tjänst mellan Orsa och Älvdalen. Jag skulle vilja anmäla mig till alla fyra
träffarna. Kost: glutenfri, tack.

Elin Forsberg
""",
        X("register", [P("Elin Forsberg", "elin.forsberg82@gmail.com", "Orsa kommun", diet="glutenfri")], ALL,
          diet="glutenfri", unsure=["organisation"]),
        "private address, job split between two municipalities: which one's place does she take"))

    m.append(mail(
        "as045", "2027-04-10T08:05", ("Karl-Johan Åberg", "karl-johan.aberg@hedemora.se"),
        "SV: Fråga om DalaLab",
        """\
Hej Linnea,

Tack för svaret! Då anmäler vi oss från Hedemora: jag själv och Sanna Eriksson-Wik
(sanna.eriksson-wik@hedemora.se). Vi kommer på alla fyra träffarna, på plats.
Sanna är laktosintolerant.

Karl-Johan

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 3 december 2026 10:12
Till: Åberg Karl-Johan <karl-johan.aberg@hedemora.se>
Ämne: SV: Fråga om DalaLab

Hej Karl-Johan,
Det är kostnadsfritt att delta, och lunch och fika bjuder vi på. Träffarna är
tyvärr bara på plats, även den 21 september. Anmäl er senast 14 april.
/Linnea

Från: Åberg Karl-Johan <karl-johan.aberg@hedemora.se>
Skickat: den 2 december 2026 11:20
Ämne: Fråga om DalaLab

Innan vi anmäler oss från Hedemora undrar jag två saker:
- Kostar det något att delta?
- Går det att vara med på distans på någon av träffarna, t.ex. den 21 september?
""",
        X("register", [P("Karl-Johan Åberg", "karl-johan.aberg@hedemora.se", "Hedemora kommun"),
                       P("Sanna Eriksson-Wik", "sanna.eriksson-wik@hedemora.se", "Hedemora kommun",
                         diet="laktosintolerant")], ALL, diet="laktosintolerant"),
        "last signup before the deadline, replying to the organiser's answer in a quoted Q&A thread"))

    return m
