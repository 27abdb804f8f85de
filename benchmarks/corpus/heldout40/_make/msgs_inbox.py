"""Theme "inbox": one registration inbox over the winter 2026/27 as it fills up.

First signups right after the invitation (replies above the quoted invitation), colleagues added later,
questions about venue, cost, remote attendance and food, out-of-office replies, a bounce, a delivery report,
a newsletter, spam and phishing, then changes and cancellations in spring and late signups near the deadline.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunernas och regionens tjänstepersoner som arbetar med
planeringsprocesser till ett lärprojekt om planeringsstrategier och strategisk
översiktsplanering.

Träff 1: 3 maj 2027, kl. 10–15 (fika från 9.30), Falun
Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en
stärkt översiktsplanering (tillsammans med Boverket)

Träff 2: 21 september 2027
Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?

Träff 3: 29 november 2027
Att planera både för önskvärda framtider och för osäkerheter

Träff 4: 22 februari 2028
Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress, vilka träffar du
vill delta i och eventuell specialkost.

Varmt välkomna!
Linnéa Hassis
Region Dalarna"""


def quoted(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


OUTLOOK_HEADER = """Från: Hassis Linnéa <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:02
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

"""


def messages():
    m = []

    # ---------------- December: first signups after the invitation ----------------
    m.append(mail(
        "aq001", "2026-12-01T09:14", ("Karin Wikström", "karin.wikstrom@falun.se"),
        "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej Linnéa!\n\nTack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig gärna till "
        "DalaLab.\n\nVänliga hälsningar\nKarin Wikström\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, "
        "Falu kommun\n023-830 00\n\n"
        + OUTLOOK_HEADER.format(to="Wikström Karin <karin.wikstrom@falun.se>") + INVITATION,
        X("register", [P("Karin Wikström", "karin.wikstrom@falun.se", "Falu kommun")], ALL),
        "reply above an Outlook-quoted invitation listing all four dates; reply names no date -> all sessions"))

    m.append(tg(
        "aq002", "2026-12-01T13:40", "Johan Lindqvist", 5829301746,
        "Hej! Jag vill anmäla mig till första träffen i Falun (3 maj). Johan Lindqvist, samhällsplanerare "
        "Mora kommun, johan.lindqvist@mora.se",
        X("register", [P("Johan Lindqvist", "johan.lindqvist@mora.se", "Mora kommun")], [S1]),
        "telegram signup for the first session only, address given in the text"))

    m.append(mail(
        "aq003", "2026-12-02T08:05", ("Eriksson Per-Olof", "per-olof.eriksson@borlange.se"),
        "Anmälan DalaLab Borlänge",
        """Hej,

Härmed anmäls följande från Borlänge kommun till DalaLab, samtliga fyra träffar:

- Per-Olof Eriksson (undertecknad)
- Sara Nyberg, sara.nyberg@borlange.se – vegetarisk kost
- Mats Holm, planhandläggare (nyanställd, har ingen mejladress ännu)

Med vänlig hälsning

Per-Olof Eriksson
Planchef
Samhällsbyggnadsförvaltningen
Borlänge kommun
Besöksadress: Röda vägen 50, 781 81 Borlänge
Tel: 0243-740 00 (vx) | Direkt: 0243-741 23 | Mobil: 070-312 45 67
www.borlange.se

Tänk på miljön innan du skriver ut detta mejl.""",
        X("register", [P("Per-Olof Eriksson", "per-olof.eriksson@borlange.se", "Borlänge kommun"),
                       P("Sara Nyberg", "sara.nyberg@borlange.se", "Borlänge kommun", diet="vegetarisk"),
                       P("Mats Holm", None, "Borlänge kommun")], ALL, diet="vegetarisk"),
        "writer plus two colleagues (one without address), From written 'Efternamn Förnamn', heavy signature"))

    m.append(mail(
        "aq004", "2026-12-02T15:22", ("Gunilla Ahlberg", "gunilla.ahlberg@hedemora.se"),
        "Anmälan till DalaLab",
        """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnéa,</p>
<p>På uppdrag av vår samhällsbyggnadschef anmäler jag två av våra planarkitekter till de två första
träffarna (<b>3 maj</b> och <b>21 september</b>):</p>
<ul>
<li>Ida Forsberg, <a href="mailto:ida.forsberg@hedemora.se">ida.forsberg@hedemora.se</a></li>
<li>Rasmus Höglund, <a href="mailto:rasmus.hoglund@hedemora.se">rasmus.hoglund@hedemora.se</a></li>
</ul>
<p>Själv deltar jag inte.</p>
<p>Med vänliga hälsningar<br>
<span style="color:#1f4e79"><b>Gunilla Ahlberg</b></span><br>
Administratör, Samhällsbyggnad<br>
Hedemora kommun<br>
Tfn 0225-340 00</p>
</body></html>""",
        X("register", [P("Ida Forsberg", "ida.forsberg@hedemora.se", "Hedemora kommun"),
                       P("Rasmus Höglund", "rasmus.hoglund@hedemora.se", "Hedemora kommun")], [S1, S2]),
        "HTML-only mail; administrator signs up two planners for two sessions and does not attend herself",
        html=True))

    m.append(tg(
        "aq005", "2026-12-03T21:10", "lisa berg", 7310458821,
        "hej! lisa berg här, planeringsarkitekt på leksands kommun. vill anmäla mej till alla träffarna i "
        "dalalab 🙂 mejl lisa.berg@leksand.se",
        X("register", [P("Lisa Berg", "lisa.berg@leksand.se", "Leksands kommun")], ALL),
        "all lower case (name and municipality), no dates -> all sessions"))

    m.append(mail(
        "aq006", "2026-12-04T10:30", ("Bengt Sköld", "bengt.skold@sater.se"),
        "Anmälan DalaLab",
        """Hej!

Jag vill gärna anmäla mig till DalaLab, alla träffar utom den i februari 2028 (då är jag föräldraledig).
Jag behöver glutenfri kost.

Med vänlig hälsning
Bengt Sköld
Fysisk planerare, Säters kommun
0225-550 00""",
        X("register", [P("Bengt Sköld", "bengt.skold@sater.se", "Säters kommun", diet="glutenfri")],
          [S1, S2, S3], diet="glutenfri"),
        "iso-8859-1; 'alla träffar utom den i februari' -> first three sessions; gluten-free",
        charset="iso-8859-1"))

    m.append(mail(
        "aq007", "2026-12-07T11:48", ("Oliver Grant", "oliver.grant@lansstyrelsen.se"),
        "Registration - DalaLab",
        """Hi Linnea,

I'm a regional planning officer at the County Administrative Board (Länsstyrelsen Dalarna) and would like
to register for two of the DalaLab sessions: 21 September and 29 November 2027. Unfortunately I can't
make the May meeting.

Dietary requirements: vegan.

Best regards,
Oliver Grant""",
        X("register", [P("Oliver Grant", "oliver.grant@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")],
          [S2, S3], diet="vegan"),
        "English signup for two sessions; the May session is mentioned only as one he cannot attend"))

    m.append(mail(
        "aq008", "2026-12-08T16:02", ("Helena Mårtensson", "helena.martensson@orsa.se"),
        "Fråga om DalaLab",
        "Hej!\n\nJag funderar på att anmäla mig till DalaLab men undrar först vad det kostar att delta, och "
        "var i Falun första träffen hålls? Behöver förankra med min chef innan jag anmäler mig.\n\n/Helena\n\n"
        "Helena Mårtensson\nPlanarkitekt, Orsa kommun",
        X("question"),
        "'funderar på att anmäla mig' with questions about cost and venue; no signup yet"))

    m.append(mail(
        "aq009", "2026-12-10T03:17", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
        "Returned mail: see transcript for details",
        """This is the mail system at host mx2.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<t.lindgren@avesta.se>: host mail.avesta.se[194.17.40.12] said: 550 5.1.1
    <t.lindgren@avesta.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--- Original message follows ---

From: Linnéa Hassis <linnea.hassis@regiondalarna.se>
To: t.lindgren@avesta.se
Subject: Påminnelse: Inbjudan till DalaLab

Hej! En påminnelse om DalaLab – träffar 3 maj 2027, 21 september 2027,
29 november 2027 och 22 februari 2028. Anmäl dig senast 14 april 2027.""",
        X("auto_reply"),
        "bounce (user unknown) with the original reminder listing all four dates below"))

    m.append(tg(
        "aq010", "2026-12-11T19:33", "Micke S", 6602917345,
        "Tja! Micke här (Mikael Sundberg), jobbar med ÖP:n på Ludvika kommun. Kan ni skriva upp mig på höstens "
        "båda träffar? Våren är kaos 😅",
        X("register", [P("Mikael Sundberg", None, "Ludvika kommun")], [S2, S3]),
        "nickname sender, full name in text; 'höstens båda träffar' -> both autumn sessions"))

    m.append(mail(
        "aq011", "2026-12-14T08:51", ("Ahmed Hassan", "ahmed.hassan@avesta.se"),
        "VB: VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej Linnéa,\n\nFick inbjudan vidarebefordrad från min chef. Jag anmäler mig härmed till lärprojektet, "
        "alla fyra träffarna.\n\nMvh\nAhmed Hassan\nPlanarkitekt | Avesta kommun\n0226-64 50 00\n\n"
        "Från: Göran Lilja <goran.lilja@avesta.se>\nSkickat: den 13 december 2026 16:48\n"
        "Till: Ahmed Hassan <ahmed.hassan@avesta.se>; Elin Strand <elin.strand@avesta.se>\n"
        "Ämne: VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
        "Nåt för er två? Anmäl er direkt till Linnéa i så fall. Tänk på att vi max får vara tre.\n/Göran\n\n"
        + OUTLOOK_HEADER.format(to="Lilja Göran <goran.lilja@avesta.se>") + INVITATION,
        X("register", [P("Ahmed Hassan", "ahmed.hassan@avesta.se", "Avesta kommun")], ALL),
        "forwarded chain; only the writer signs up, the colleague Elin named in the boss's note does not"))

    m.append(mail(
        "aq012", "2026-12-15T10:05", ("Planenheten Malung-Sälens kommun", "plan@malung-salen.se"),
        "Anmälan DalaLab – Frida Olsson",
        "Hej!\n\nVi vill anmäla vår nyanställda planarkitekt Frida Olsson till DalaLab (samtliga träffar). "
        "Hennes e-post är frida.olsson@malung-salen.se. Hon har nötallergi.\n\nHälsningar\nPlanenheten\n"
        "Malung-Sälens kommun\nplan@malung-salen.se | 0280-181 00",
        X("register", [P("Frida Olsson", "frida.olsson@malung-salen.se", "Malung-Sälens kommun",
                         diet="nötallergi")], ALL, diet="nötallergi"),
        "shared function mailbox writes for one person; the mailbox itself is not a participant"))

    m.append(mail(
        "aq013", "2026-12-17T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev december: ny vägledning om översiktsplanering",
        """<html><body>
<table width="600" align="center"><tr><td>
<h1 style="color:#00594f">Nyheter från PBL Kunskapsbanken</h1>
<h2>Ny vägledning: planeringsstrategi enligt 3 kap. PBL</h2>
<p>Nu finns en uppdaterad vägledning om hur kommunen tar fram en planeringsstrategi och hur den kopplar
till översiktsplanens aktualitet.</p>
<h2>Webbinarium 11 februari 2027: Utvecklingsinriktning i praktiken</h2>
<p>Tre kommuner berättar om hur de arbetat med utvecklingsinriktningen i ÖP-modellen.
<a href="https://www.boverket.se/webbinarium">Anmäl dig här</a>.</p>
<hr>
<p style="font-size:9pt;color:#777">Du får detta nyhetsbrev eftersom du prenumererar på Boverkets
nyheter. <a href="https://www.boverket.se/avregistrera">Avsluta prenumerationen</a>.</p>
</td></tr></table>
</body></html>""",
        X("unknown"),
        "HTML newsletter with an 'anmäl dig' link to another event; never answered",
        html=True))

    m.append(mail(
        "aq014", "2026-12-22T12:30", ("Daniel Forsgren", "daniel.forsgren@falun.se"),
        "Automatiskt svar: Påminnelse: Inbjudan till DalaLab",
        """Tack för ditt mejl! Jag är ledig till och med den 6 januari och läser inte e-post.
Brådskande ärenden: kontakta samhallsbyggnad@falun.se eller 023-830 00.

Thank you for your email. I am on Christmas leave until 6 January and will not be reading e-mail.
For urgent matters, please contact samhallsbyggnad@falun.se.

Daniel Forsgren
Falu kommun""",
        X("auto_reply"),
        "bilingual out-of-office over Christmas"))

    # ---------------- January–February: colleagues added, questions, more signups ----------------
    m.append(mail(
        "aq015", "2027-01-05T09:12", ("Ida Forsberg", "ida.forsberg@hedemora.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Tack för bekräftelsen! Ser fram emot den 3 maj.\n\n/Ida\n\n"
        "Den 2 dec. 2026 kl. 16:10 skrev Linnéa Hassis <linnea.hassis@regiondalarna.se>:\n"
        + quoted("Hej Ida!\n\nDu är anmäld till DalaLab: 3 maj 2027 och 21 september 2027. Välkommen!\n\n"
                 "Linnéa Hassis, Region Dalarna"),
        X("unknown"),
        "thank-you for a confirmation; mentions a date she is already registered for; nothing to act on"))

    m.append(tg(
        "aq016", "2027-01-08T14:20", "Ulrika Bergqvist", 4417702983,
        "Hej, en fråga: får vi vara fyra från Rättviks kommun? Vi är ett litet planteam och alla fyra vill "
        "gärna gå på DalaLab.",
        X("question"),
        "quota question that looks like a group signup; names nobody, asks first"))

    m.append(mail(
        "aq017", "2027-01-11T13:45", ("Jenny Ek", "jenny.ek@gagnef.se"),
        "Re: Bekräftelse: anmälan till DalaLab",
        "Hej igen!\n\nJag anmälde mig själv i december. Nu vill även min kollega Anna Lund vara med, men bara "
        "på de två första träffarna (3/5 och 21/9). Hennes adress: anna.lund@gagnef.se\n\nTack!\nJenny\n\n"
        "Den 9 dec. 2026 kl. 10:31 skrev Linnéa Hassis <linnea.hassis@regiondalarna.se>:\n"
        + quoted("Hej Jenny!\n\nDu är anmäld till DalaLab, alla fyra träffar (3 maj 2027, 21 september 2027, "
                 "29 november 2027, 22 februari 2028).\n\nVälkommen!\nLinnéa"),
        X("register", [P("Anna Lund", "anna.lund@gagnef.se", "Gagnefs kommun")], [S1, S2]),
        "colleague added later; writer already registered; quoted confirmation lists all four dates"))

    m.append(mail(
        "aq018", "2027-01-12T10:58", ("Stig Lundmark", "stig.lundmark@alvdalen.se"),
        "Distansdeltagande?",
        "Hej Linnéa,\n\nÄr det möjligt att delta digitalt på träffarna, t.ex. via Teams? Det är drygt två "
        "timmar enkel resa från Älvdalen till Falun och vi är bara två på planavdelningen. Om det går att vara "
        "med på distans anmäler vi oss gärna.\n\nHälsningar\nStig Lundmark\nPlaneringsarkitekt, Älvdalens "
        "kommun\nDalgatan 4, 796 31 Älvdalen\n0251-310 00",
        X("question"),
        "question about remote attendance; signup only conditional on the answer"))

    m.append(mail(
        "aq019", "2027-01-14T15:37", ("Therese Wallin", "therese.wallin@vansbro.se"),
        "Radera mina uppgifter",
        "Hej,\n\nJag fick er inbjudan till DalaLab men har slutat arbeta med planfrågor. Jag vill inte ha fler "
        "utskick och ber er radera mina uppgifter.\n\nTherese Wallin",
        X("erasure", [P("Therese Wallin", "therese.wallin@vansbro.se", "Vansbro kommun")]),
        "erasure request from an invitee; organisation from the From domain"))

    m.append(mail(
        "aq020", "2027-01-18T02:44", ("DalaLab Registration", "no-reply@dalalab-events.net"),
        "Action required: Confirm your DalaLab registration",
        """Dear participant,

Your registration for DalaLab (3 May 2027) is PENDING.
To keep your seat, verify your account within 24 hours:

http://dalalab-events.net/verify?id=88213&user=linnea.hassis

Failure to verify will automatically cancel your registration.

DalaLab Events Team""",
        X("unknown"),
        "phishing dressed as a registration confirmation; mentions a session date"))

    m.append(tg(
        "aq021", "2027-01-20T07:52", "Birgitta Halvarsson", 3958120476,
        "hej det här är birgitta halvarsson på smedjebackens kommun jag vill anmäla mig till dala lab träffen "
        "den tjugoförsta september och den tjugonionde november punkt jag är laktosintolerant punkt tack",
        X("register", [P("Birgitta Halvarsson", None, "Smedjebackens kommun", diet="laktosintolerant")],
          [S2, S3], diet="laktosintolerant"),
        "voice dictation: dates in words, 'punkt' for full stops, no punctuation"))

    m.append(mail(
        "aq022", "2027-01-22T11:15", ('"Dahl, Marie"', "marie.dahl@mora.se"),
        "Anmälan av deltagare – DalaLab",
        """Hej,

Från Mora kommun anmäls följande två medarbetare till DalaLab, samtliga träffar:

Persson, Lena – lena.persson@mora.se
Öberg, Tomas – tomas.oberg@mora.se

Johan Lindqvist har redan anmält sig själv separat.

Med vänlig hälsning
Marie Dahl
HR-konsult
Mora kommun | Fredsgatan 16, 792 80 Mora
Växel 0250-260 00""",
        X("register", [P("Lena Persson", "lena.persson@mora.se", "Mora kommun"),
                       P("Tomas Öberg", "tomas.oberg@mora.se", "Mora kommun")], ALL),
        "HR writes for two staff listed 'Efternamn, Förnamn'; colleague who signed up separately is not included"))

    m.append(tg(
        "aq023", "2027-01-26T12:05", "Fredrik Nyström", 1290447731,
        "Blir det lunch på DalaLab-träffarna eller bara fika? Undrar om man ska ta med matlåda 😄",
        X("question"),
        "food question from a participant"))

    m.append(mail(
        "aq024", "2027-02-01T09:40", ("Emma Clarke", "emma.clarke@regiondalarna.se"),
        "DalaLab signup",
        "Hej Linnéa!\n\nCould you sign me up för första och sista träffen? Jag kan tyvärr inte i september or "
        "November, too much going on with the RUS work.\n\nThanks!\nEmma\n\nEmma Clarke\nUtvecklingsstrateg | "
        "Regional utveckling\nRegion Dalarna\n+46 (0)23-49 00 00",
        X("register", [P("Emma Clarke", "emma.clarke@regiondalarna.se", "Region Dalarna")], [S1, S4]),
        "mixed Swedish-English; 'första och sista träffen' -> S1 and S4; the excluded months are not sessions asked for"))

    m.append(mail(
        "aq025", "2027-02-03T16:22", ("Maria Ståhl", "maria.stahl@leksand.se"),
        "Anmälan DalaLab Leksand + Rättvik",
        """Hej!

Vi samåker från Leksand och Rättvik och vill anmäla oss till alla träffar:

Maria Ståhl (jag), Leksands kommun
Jonas Berglund, Leksands kommun, jonas.berglund@leksand.se
Erik Nordin, Rättviks kommun, erik.nordin@rattvik.se

Jonas äter vegetariskt.

Hälsningar
Maria Ståhl
Samhällsplanerare, Leksands kommun
Tel 0247-800 00""",
        X("register", [P("Maria Ståhl", "maria.stahl@leksand.se", "Leksands kommun"),
                       P("Jonas Berglund", "jonas.berglund@leksand.se", "Leksands kommun", diet="vegetariskt"),
                       P("Erik Nordin", "erik.nordin@rattvik.se", "Rättviks kommun")], ALL, diet="vegetariskt"),
        "two organisations in one mail; writer plus two others; diet belongs to one colleague"))

    m.append(mail(
        "aq026", "2027-02-05T22:47", ("Sofie Ahl", "sofie.ahl82@gmail.com"),
        "anmälan",
        "Hej! Vill anmäla mig till trâffen den 29:e november. Mvh Sofie Ahl\n\nSkickat från min iPhone",
        X("register", [P("Sofie Ahl", "sofie.ahl82@gmail.com", None)], [S3]),
        "phone mail from a private gmail address, no organisation named; 'den 29:e november'; typo"))

    m.append(mail(
        "aq027", "2027-02-08T08:03",
        ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
        "Levererat: Bekräftelse: anmälan till DalaLab",
        """Ditt meddelande har levererats till följande mottagare:

Maria Ståhl (maria.stahl@leksand.se)

Ämne: Bekräftelse: anmälan till DalaLab""",
        X("auto_reply"),
        "delivery report for a confirmation; never answered"))

    # ---------------- Late February–April: changes, cancellations, late signups ----------------
    m.append(mail(
        "aq028", "2027-02-17T13:26", ("Rasmus Höglund", "rasmus.hoglund@hedemora.se"),
        "Specialkost DalaLab",
        "Hej!\n\nJag är anmäld till DalaLab. Vill bara meddela att jag numera behöver glutenfri kost.\n\n"
        "Mvh Rasmus Höglund\nHedemora kommun",
        X("change", [P("Rasmus Höglund", "rasmus.hoglund@hedemora.se", "Hedemora kommun", diet="glutenfri")], [],
          diet="glutenfri"),
        "diet update for an existing registration, no session named -> change with no sessions"))

    m.append(tg(
        "aq029", "2027-02-22T18:14", "Birgitta Halvarsson", 3958120476,
        "Hej igen, Birgitta på Smedjebacken. Jag är anmäld till 21/9 och 29/11 men vill gärna lägga till "
        "första träffen i maj också.",
        X("change", [P("Birgitta Halvarsson", None, "Smedjebackens kommun")], [S1, S2, S3]),
        "adds a session; states current sessions -> sessions after the change"))

    m.append(mail(
        "aq030", "2027-02-24T10:11", ("Lars Wennberg", "lars.wennberg@regiondalarna.se"),
        "Underlag till styrgruppsmötet",
        "Hej Lina,\n\nBifogar underlaget inför styrgruppsmötet på torsdag. Kan du kolla siffrorna för "
        "kollektivtrafiken innan vi skickar ut det?\n\n/Lars",
        X("unknown"),
        "internal mail meant for someone else (autocomplete picked the wrong address); nothing about DalaLab"))

    m.append(mail(
        "aq031", "2027-03-01T07:35", ("Sofie Ahl", "sofie.ahl82@gmail.com"),
        "Ny mejladress",
        "Hej, jag anmälde mig till DalaLab i februari från min privata mejl. Kan ni använda min jobbadress "
        "istället: sofie.ahl@vansbro.se (jag jobbar på Vansbro kommun).\n\n/Sofie Ahl",
        X("change", [P("Sofie Ahl", "sofie.ahl@vansbro.se", "Vansbro kommun")], []),
        "address update sent from the old private address; the new work address is the person's"))

    m.append(mail(
        "aq032", "2027-03-03T14:50", ('"Dahl, Marie"', "marie.dahl@mora.se"),
        "Ändring DalaLab – Mora",
        "Hej,\n\nTomas Öberg kan inte delta på första träffen den 3 maj. I hans ställe går Hanna Sjöqvist, "
        "hanna.sjoqvist@mora.se, den dagen. Tomas är kvar på övriga träffar.\n\nMvh Marie Dahl\nHR, Mora kommun",
        X("change", [P("Tomas Öberg", None, "Mora kommun"),
                     P("Hanna Sjöqvist", "hanna.sjoqvist@mora.se", "Mora kommun")], [S1]),
        "substitution for one session written by HR: both people, the substitute's session"))

    m.append(mail(
        "aq033", "2027-03-05T09:02", ("Anna Lund", "anna.lund@gagnef.se"),
        "Byte av träff",
        "Hej! Jag skulle vilja byta 21.9 mot 29.11 om det går.\n\n/Anna Lund, Gagnefs kommun",
        X("change", [P("Anna Lund", "anna.lund@gagnef.se", "Gagnefs kommun")], [S3]),
        "bare swap written '21.9 mot 29.11' -> only the new session"))

    m.append(mail(
        "aq034", "2027-03-08T11:19", ("Eriksson Per-Olof", "per-olof.eriksson@borlange.se"),
        "SV: Anmälan DalaLab Borlänge",
        "Hej Linnéa,\n\nMats Holm kommer tyvärr inte att kunna delta, han slutar hos oss i april. Sara och jag "
        "kvarstår som anmälda.\n\n/P-O\n\nPer-Olof Eriksson\nPlanchef, Borlänge kommun\nDirekt: 0243-741 23 | "
        "Mobil: 070-312 45 67\n\n"
        "Från: Eriksson Per-Olof\nSkickat: den 2 december 2026 08:05\nTill: Hassis Linnéa\n"
        "Ämne: Anmälan DalaLab Borlänge\n\n"
        "Härmed anmäls följande från Borlänge kommun till DalaLab, samtliga fyra träffar:\n"
        "- Per-Olof Eriksson (undertecknad)\n- Sara Nyberg, sara.nyberg@borlange.se – vegetarisk kost\n"
        "- Mats Holm, planhandläggare (nyanställd, har ingen mejladress ännu)",
        X("cancel", [P("Mats Holm", None, "Borlänge kommun")], ALL),
        "cancels one of three colleagues; the others stay; quoted original signup below"))

    m.append(tg(
        "aq035", "2027-03-10T20:41", "lisa berg", 7310458821,
        "hej, lisa berg leksand. kan tyvärr inte den 3/5, krockar med kommunfullmäktige. övriga träffar står "
        "jag kvar på",
        X("cancel", [P("Lisa Berg", None, "Leksands kommun")], [S1]),
        "lower-case cancellation of one session ('3/5'); the rest stand"))

    m.append(mail(
        "aq036", "2027-03-12T06:58", ("Region Dalarna Ekonomi", "faktura@regiondalarna-ekonomi.com"),
        "Faktura 2027-0311 – Deltagaravgift DalaLab",
        """Hej,

Enligt er anmälan till DalaLab (3 maj 2027) ska deltagaravgiften 4 950 kr betalas senast 2027-03-20.
Betala till bankgiro 5566-1123 eller via länken nedan:

https://regiondalarna-ekonomi.com/betala?ref=DL2027-0311

OBS! Obetalda anmälningar makuleras utan vidare meddelande.

Region Dalarna – Ekonomiavdelningen""",
        X("unknown"),
        "invoice phishing from a look-alike domain, referring to a registration"))

    m.append(mail(
        "aq037", "2027-03-15T13:07", ("Ronny Gustafsson", "ronny.gustafsson@telia.com"),
        "Begäran om radering enligt GDPR",
        "Hej,\n\nJag har fått flera utskick om DalaLab trots att jag aldrig anmält mig. Med stöd av artikel 17 i "
        "dataskyddsförordningen (GDPR) begär jag att ni raderar samtliga personuppgifter ni har om mig och "
        "bekräftar att det är gjort.\n\nRonny Gustafsson",
        X("erasure", [P("Ronny Gustafsson", "ronny.gustafsson@telia.com", None)]),
        "formal GDPR art. 17 erasure request from a private address; no organisation"))

    m.append(mail(
        "aq038", "2027-03-18T10:44", ("Bengt Sköld", "bengt.skold@sater.se"),
        "Avanmälan DalaLab",
        """Hej Linnéa,

Tyvärr måste jag avanmäla mig från DalaLab. Efter omorganisationen här ingår inte längre
översiktsplaneringen i mina arbetsuppgifter.

Med vänlig hälsning
Bengt Sköld
Fysisk planerare, Säters kommun
Besöksadress: Rådhusgatan 1, Säter
0225-550 00""",
        X("cancel", [P("Bengt Sköld", "bengt.skold@sater.se", "Säters kommun")], ALL),
        "iso-8859-1 whole cancellation, no session named -> all sessions",
        charset="iso-8859-1"))

    m.append(tg(
        "aq039", "2027-03-22T08:26", "Oliver Grant", 8841207763,
        "Hi, sorry but I have to cancel the November session (29th). Still coming in September. "
        "Oliver, Länsstyrelsen",
        X("cancel", [P("Oliver Grant", None, "Länsstyrelsen Dalarna")], [S3]),
        "English telegram cancellation of one session; September is kept, not cancelled"))

    m.append(tg(
        "aq040", "2027-03-25T17:09", "Annika Roos", 2276309158,
        "Hej! Funderar på att anmäla mig till majträffen i Falun. Finns det parkering vid lokalen, eller är "
        "det bättre att ta tåget?",
        X("question"),
        "'funderar på att anmäla mig' plus a venue/parking question; not a signup"))

    m.append(mail(
        "aq041", "2027-03-26T15:31", ("Karin Wikström", "karin.wikstrom@falun.se"),
        "Ändra min anmälan",
        "Hej Linnéa,\n\nJag är anmäld till alla fyra träffar men det har blivit ändrade förutsättningar på "
        "jobbet. Kan du ändra så att jag bara är med på de två sista, i november och februari?\n\nTack!\n"
        "Karin\n\nKarin Wikström\nÖversiktsplanerare, Falu kommun",
        X("change", [P("Karin Wikström", "karin.wikstrom@falun.se", "Falu kommun")], [S3, S4]),
        "change stating the sessions after the change ('bara de två sista')"))

    m.append(mail(
        "aq042", "2027-03-29T09:18", ("Stig Lundmark", "stig.lundmark@alvdalen.se"),
        "SV: Distansdeltagande?",
        "Hej igen!\n\nVi har bestämt att åka ändå. Jag anmäler mig till träffen om utvecklingsinriktning i "
        "ÖP-modellen och den om tillgänglighet (rumslig närhet, mobilitet och digital tillgänglighet). Hoppas "
        "jag inte är för sent ute!\n\nStig Lundmark\nPlaneringsarkitekt, Älvdalens kommun\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Stig Lundmark\nSkickat: den 12 januari 2027 10:58\n"
        "Ämne: Distansdeltagande?\n\nÄr det möjligt att delta digitalt på träffarna, t.ex. via Teams?",
        X("register", [P("Stig Lundmark", "stig.lundmark@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
        "late signup naming sessions by their theme titles -> S2 and S4"))

    m.append(mail(
        "aq043", "2027-04-02T11:55", ("Ahmed Hassan", "ahmed.hassan@avesta.se"),
        "Avanmälan höstens träffar",
        "Hej, jag behöver tyvärr avanmäla mig från höstens träffar pga föräldraledighet aug–dec. Jag kommer "
        "på 3 maj och på träffen i februari 2028 som planerat.\n\n/Ahmed Hassan, Avesta kommun",
        X("cancel", [P("Ahmed Hassan", "ahmed.hassan@avesta.se", "Avesta kommun")], [S2, S3]),
        "cancels 'höstens träffar' (plural -> both autumn sessions); kept sessions are mentioned too"))

    m.append(mail(
        "aq044", "2027-04-06T16:40", ("Per Dalin", "per.dalin@orsa.se"),
        "Fwd: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej Linnéa,\n\nJag kan tyvärr inte själv vara med, men vill anmäla två från vår planenhet till "
        "samtliga träffar:\n\nViktor Karlsson, viktor.karlsson@orsa.se\nAmira Saleh, amira.saleh@orsa.se "
        "(vegetarian)\n\nHelena Mårtensson anmäler sig själv separat.\n\nMvh\nPer Dalin\nSamhällsbyggnadschef, "
        "Orsa kommun\n0250-55 21 00\n\n"
        "---------- Forwarded message ---------\nFrån: Linnéa Hassis <linnea.hassis@regiondalarna.se>\n"
        "Date: mån 30 nov. 2026 14:02\nSubject: Inbjudan till DalaLab – Planering för hållbarhet och "
        "utvecklingskraft\nTo: <per.dalin@orsa.se>\n\n" + INVITATION,
        X("register", [P("Viktor Karlsson", "viktor.karlsson@orsa.se", "Orsa kommun"),
                       P("Amira Saleh", "amira.saleh@orsa.se", "Orsa kommun", diet="vegetarian")], ALL,
          diet="vegetarian"),
        "manager signs up two staff, not himself, above a forwarded invitation; colleague signing up separately excluded"))

    m.append(tg(
        "aq045", "2027-04-09T21:58", "Kalle Mattsson", 5503918274,
        "Hej! Hoppas jag inte är för sent ute 🙈 Anmäler mig härmed till alla fyra DalaLab-träffarna. "
        "Karl Mattsson, planhandläggare Vansbro kommun, karl.mattsson@vansbro.se",
        X("register", [P("Karl Mattsson", "karl.mattsson@vansbro.se", "Vansbro kommun")], ALL),
        "late signup days before the deadline; formal name in text differs from the nickname sender name"))

    return m
