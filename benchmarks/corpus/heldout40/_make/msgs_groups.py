"""Theme "groups" (batch 41, aq046-aq090): mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in every layout (bullets, HTML tables, "Efternamn, Förnamn", one per line
with titles, Namn:/E-post: blocks, lower case); people from two organisations in one mail; quota trouble (a
fourth person); substitutes; partial cancellations of a group; plus the questions, automatic mail, erasure
requests, spam and odd mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

MORA, BORL, LUDV, SATE = "Mora kommun", "Borlänge kommun", "Ludvika kommun", "Säters kommun"
HEDE, AVES, FALU, LEKS = "Hedemora kommun", "Avesta kommun", "Falu kommun", "Leksands kommun"
ORSA, RATT, SMED, GAGN = "Orsa kommun", "Rättviks kommun", "Smedjebackens kommun", "Gagnefs kommun"
VANS, ALVD, MASA = "Vansbro kommun", "Älvdalens kommun", "Malung-Sälens kommun"
REG, LST = "Region Dalarna", "Länsstyrelsen Dalarna"


def messages():
    m = []

    # ------------------------------------------------------------------ signups (18)
    m.append(mail(
        "aq046", "2026-12-03T09:14", ("Birgitta Halvarsson", "birgitta.halvarsson@mora.se"),
        "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea!

Jag anmäler härmed tre personer från samhällsbyggnadsförvaltningen i Mora till lärprojektet:

- Jonas Lindqvist, jonas.lindqvist@mora.se
- Elin Backlund, elin.backlund@mora.se
- Rasmus Ers (har ingen mejladress ännu, han börjar hos oss efter nyår)

Själv deltar jag inte, jag sköter bara anmälningarna åt enheten.

Vänliga hälsningar
Birgitta Halvarsson
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Mora kommun
Fredsgatan 16, 792 80 Mora
Tfn 0250-260 00 (växel), direkt 0250-267 41

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 28 november 2026 10:02
Till: Halvarsson Birgitta <birgitta.halvarsson@mora.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till
lärprojektet DalaLab. Projektet består av fyra träffar:

  3 maj 2027, kl 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
  21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
  29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är 14 april 2027.

Välkommen med din anmälan!
Linnea Hassis, Region Dalarna
""",
        X("register", [P("Jonas Lindqvist", "jonas.lindqvist@mora.se", MORA),
                       P("Elin Backlund", "elin.backlund@mora.se", MORA),
                       P("Rasmus Ers", None, MORA)], ALL),
        "secretary registers three colleagues (one without address), not herself; quoted invitation lists all dates"))

    m.append(mail(
        "aq047", "2026-12-09T13:40", ("HR Samhällsbyggnad", "hr.samhallsbyggnad@borlange.se"),
        "Anmälan DalaLab från Borlänge kommun",
        """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Vi på HR för samhällsbyggnadsförvaltningen anmäler nedanstående medarbetare till DalaLab.
De deltar på <b>höstens två träffar</b> (21/9 och 29/11).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Titel</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Lovisa Grahn</td><td>Översiktsplanerare</td><td>lovisa.grahn@borlange.se</td><td>–</td></tr>
<tr><td>Daniel Moberg</td><td>Trafikplanerare</td><td>daniel.moberg@borlange.se</td><td>Vegetarisk</td></tr>
</table>
<p>Med vänlig hälsning<br>
HR-teamet Samhällsbyggnad<br>
Borlänge kommun, Röda vägen 50, 781 81 Borlänge<br>
Tel 0243-740 00</p>
</body></html>
""",
        X("register", [P("Lovisa Grahn", "lovisa.grahn@borlange.se", BORL),
                       P("Daniel Moberg", "daniel.moberg@borlange.se", BORL, diet="vegetarisk")],
          [S2, S3], diet="vegetarisk"),
        "HTML-only table from an HR function mailbox; 'höstens två träffar' = S2+S3; diet in a table cell",
        html=True))

    m.append(mail(
        "aq048", "2026-12-14T08:05", ("Planeringsavdelningen Ludvika", "plan@ludvika.se"),
        "Anmälan Ludvika kommun",
        """Hej,

Från Ludvika kommun anmäls följande till DalaLab:

Sundberg, Karin – översiktsplanerare
Öhman, Peter – planeringsarkitekt

De kommer på alla träffar utom den i februari 2028 (den krockar med budgetarbetet).

Mvh
Planeringsavdelningen
Ludvika kommun
plan@ludvika.se | 0240-860 00
""",
        X("register", [P("Karin Sundberg", None, LUDV), P("Peter Öhman", None, LUDV)], [S1, S2, S3]),
        "function mailbox; 'Efternamn, Förnamn' with titles; 'alla utom den i februari' = S1-S3; the plan@ address is nobody's"))

    m.append(tg(
        "aq049", "2026-12-15T19:22", "Malin Eriksson", 5123456789,
        "Hej! Vill anmäla mig själv och min kollega Fredrik Nygren till 3/5 och 21.9. Vi jobbar båda på Säters kommun 🙂",
        X("register", [P("Malin Eriksson", None, SATE), P("Fredrik Nygren", None, SATE)], [S1, S2]),
        "Telegram: self plus colleague, numeric dates 3/5 and 21.9"))

    m.append(mail(
        "aq050", "2027-01-11T10:31", ("Sara Holm", "sara.holm@hedemora.se"),
        "Anmälan – Hedemora + Avesta",
        """Hej Linnea,

Hedemora och Avesta har ett gemensamt ÖP-arbete för Dalälvsstråket, så vi tänkte gå ihop på DalaLab.
Jag anmäler mig själv samt Mikael Dahl från Avesta kommun (mikael.dahl@avesta.se), han har sagt ok.
Vi vill båda gå på hela serien.

Hälsningar
Sara Holm
Strategisk planerare | Hedemora kommun
Tel 0225-340 00 | Mobil 070-318 22 61
Stora Torget 1, 776 28 Hedemora
""",
        X("register", [P("Sara Holm", "sara.holm@hedemora.se", HEDE),
                       P("Mikael Dahl", "mikael.dahl@avesta.se", AVES)], ALL),
        "two organisations in one mail: writer from Hedemora plus a colleague from Avesta; 'hela serien' = all"))

    m.append(mail(
        "aq051", "2027-01-13T14:02", ("Annelie Björklund", "annelie.bjorklund@falun.se"),
        "Anmälan Falu kommun (4 pers)",
        """Hej!

Vi är fyra från stadsbyggnadsförvaltningen som vill vara med i DalaLab:

1. Annelie Björklund (jag)
2. Gustav Ahlgren, gustav.ahlgren@falun.se
3. Sofia Törnqvist, sofia.tornqvist@falun.se
4. Nils-Erik Mård, nils-erik.mard@falun.se

Jag vet att det står upp till tre per kommun, men eftersom första träffen ändå är här i Falun hoppas vi
att det kan gå. Annars får Nils-Erik stå på reserv.

Alla fyra tillfällena för samtliga.

/Annelie Björklund
Planarkitekt, Falu kommun
Stadsbyggnadsförvaltningen, 791 83 Falun
023-830 00
""",
        X("register", [P("Annelie Björklund", "annelie.bjorklund@falun.se", FALU),
                       P("Gustav Ahlgren", "gustav.ahlgren@falun.se", FALU),
                       P("Sofia Törnqvist", "sofia.tornqvist@falun.se", FALU),
                       P("Nils-Erik Mård", "nils-erik.mard@falun.se", FALU)], ALL),
        "quota trouble: four from one municipality in one signup; all four are requested (refusal/waitlist is the reply's job)"))

    m.append(mail(
        "aq052", "2027-01-18T16:45", ("Thomas Berg", "thomas.berg@lansstyrelsen.se"),
        "Registration DalaLab",
        """Hi Linnea,

Sorry for writing in English, I'm still working on my Swedish. I would like to register myself and my
colleague Anna-Karin Wiklund (anna-karin.wiklund@lansstyrelsen.se) for the first and the last session,
i.e. 3 May 2027 and 22 February 2028. Unfortunately neither of us can make the autumn ones.

Best regards,
Thomas Berg
Planning Officer, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
+46 10-225 00 00
""",
        X("register", [P("Thomas Berg", "thomas.berg@lansstyrelsen.se", LST),
                       P("Anna-Karin Wiklund", "anna-karin.wiklund@lansstyrelsen.se", LST)], [S1, S4]),
        "English, county board, self plus colleague for first and last session; autumn ones excluded"))

    m.append(mail(
        "aq053", "2027-01-20T07:58", ("Cecilia Wennberg", "cecilia.wennberg@leksand.se"),
        "dalalab",
        """hej

anmäler mina tre medarbetare till första träffen i falun: emma sjöberg, kalle nordin och jon persson.
jag har själv inte möjlighet tyvärr. de tar med egna datorer.

/cecilia

Skickat från min iPhone

Cecilia Wennberg
Enhetschef Plan och bygg
Leksands kommun
Box 300, 793 27 Leksand
0247-800 00
""",
        X("register", [P("Emma Sjöberg", None, LEKS), P("Kalle Nordin", None, LEKS),
                       P("Jon Persson", None, LEKS)], [S1]),
        "manager registers three lower-case names, not herself; 'första träffen' = S1"))

    m.append(tg(
        "aq054", "2027-01-22T12:10", "Oskar Jernberg", 734512098,
        "Hej, anmäler mig + Linnéa Mattsson och Ida Frost från Orsa kommun, alla fyra tillfällena. Ida är glutenfri.",
        X("register", [P("Oskar Jernberg", None, ORSA), P("Linnéa Mattsson", None, ORSA),
                       P("Ida Frost", None, ORSA, diet="glutenfri")], ALL, diet="glutenfri"),
        "Telegram: three from Orsa incl. sender; diet belongs to one of them"))

    m.append(mail(
        "aq055", "2027-01-25T11:20", ("Therese Lundin", "therese.lundin@rattvik.se"),
        "VB: DalaLab?",
        """Hej Linnea,

Vidarebefordrar nedan från Johan som började hos oss i december. Kan du anmäla honom enligt hans önskemål?

Vänligen
Therese Lundin
HR-konsult, Rättviks kommun
Tfn 0248-700 00

-----Ursprungligt meddelande-----
Från: Johan Stenberg <johan.stenberg@rattvik.se>
Skickat: den 24 januari 2027 16:12
Till: Therese Lundin <therese.lundin@rattvik.se>
Ämne: DalaLab?

Hej Therese!
Min chef tyckte att jag skulle gå på Region Dalarnas DalaLab för planerare. Kan du anmäla mig till alla
fyra träffarna? Jag hittar ingen anmälningslänk.
/Johan
""",
        X("register", [P("Johan Stenberg", "johan.stenberg@rattvik.se", RATT)], ALL),
        "HR forwards a colleague's request (VB:); the forwarded header gives his address; HR not attending"))

    m.append(mail(
        "aq056", "2027-02-01T09:47", ("Gunnel Åkesson", "gunnel.akesson@smedjebacken.se"),
        "Anmälan till DalaLab, Smedjebackens kommun",
        """Hej!

Vi blir tre från Smedjebacken: jag själv samt

Kristina Lund, samhällsbyggnadschef
Ahmed Yusuf, GIS-ingenjör

Vi kommer den 29 nov och den 22 feb. Vårträffen och septemberträffen krockar tyvärr med annat.

Hälsningar
Gunnel Åkesson
Planhandläggare
Smedjebackens kommun, Samhällsbyggnadsförvaltningen
Kyrkogatan 1, 777 81 Smedjebacken
0240-660 00
""",
        X("register", [P("Gunnel Åkesson", "gunnel.akesson@smedjebacken.se", SMED),
                       P("Kristina Lund", None, SMED), P("Ahmed Yusuf", None, SMED)], [S3, S4]),
        "iso-8859-1; self plus two titled colleagues without addresses; the other two sessions are named only as excluded",
        charset="iso-8859-1"))

    m.append(mail(
        "aq057", "2027-02-03T15:05", ("Maja Larsson", "maja.larsson@regiondalarna.se"),
        "Anmälan DalaLab – Regionen + Gagnef",
        """Hej Linnea!

Jag vet att du sitter två korridorer bort, men här kommer en formell anmälan :)

Jag och Hampus Lind från enheten för samhällsplanering vill gå på hela lärprojektet.
Dessutom bad Henrik Björk på Gagnefs kommun mig att anmäla honom, han hänger med på alla träffarna:
henrik.bjork@gagnef.se

Tack!
Maja

Maja Larsson
Regionplanerare, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00
""",
        X("register", [P("Maja Larsson", "maja.larsson@regiondalarna.se", REG), P("Hampus Lind", None, REG),
                       P("Henrik Björk", "henrik.bjork@gagnef.se", GAGN)], ALL),
        "Region staff registers self, a colleague and a municipal partner from Gagnef (two organisations)"))

    m.append(tg(
        "aq058", "2027-02-05T17:33", "Lena Hedlund", 6021187734,
        "hej det är lena hedlund från vansbro kommun jag vill anmäla mig och min kollega tobias till den "
        "tjugoförsta september och den tjugonionde november tack så mycket",
        X("register", [P("Lena Hedlund", None, VANS), P("Tobias", None, VANS)], [S2, S3]),
        "voice dictation, no punctuation, dates in words; colleague by first name only"))

    m.append(mail(
        "aq059", "2027-02-08T10:12", ("Jessica Ohlsson", "jessica.ohlsson@alvdalen.se"),
        "Registration / anmälan DalaLab",
        """Hi Linnea / Hej!

Registering on behalf of vår planeringschef Erik Gustafsson (erik.gustafsson@alvdalen.se) – he's
travelling this week så jag tar det åt honom. Han vill vara med på alla sessions.

Note: he is vegan, so no dairy i fikat please.

Thanks!
Jessica Ohlsson
Assistant to the CEO / Kommunledningskontoret
Älvdalens kommun
Dalgatan 23, 796 80 Älvdalen
+46 251 310 00
""",
        X("register", [P("Erik Gustafsson", "erik.gustafsson@alvdalen.se", ALVD, diet="vegan")], ALL,
          diet="vegan"),
        "mixed Swedish-English; assistant registers her chief, not herself; diet vegan"))

    m.append(mail(
        "aq060", "2026-12-18T13:25", ("Karin Selander", "karin.selander@malung-salen.se"),
        "Re: Inbjudan till DalaLab",
        """Hej,

Här kommer Malung-Sälens anmälan. Jag själv är inte med, men anmäler tre kollegor:

Namn: Anna Hellström
Befattning: Översiktsplanerare
E-post: anna.hellstrom@malung-salen.se

Namn: Bo Ekman
Befattning: Bygglovschef
E-post: bo.ekman@malung-salen.se

Namn: Cecilia Pihl
Befattning: Kommunekolog
E-post: cecilia.pihl@malung-salen.se

De kommer 3 maj, 21 sept och 29 nov. Februariträffen får vi återkomma om.

Mvh Karin Selander
Administratör, Samhällsbyggnad
Malung-Sälens kommun | Box 14, 782 21 Malung | 0280-181 00

> Hej!
> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft. Träffar:
> 1. 3 maj 2027, Falun
> 2. 21 september 2027
> 3. 29 november 2027
> 4. 22 februari 2028
> Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se.
> Max tre personer per kommun.
""",
        X("register", [P("Anna Hellström", "anna.hellstrom@malung-salen.se", MASA),
                       P("Bo Ekman", "bo.ekman@malung-salen.se", MASA),
                       P("Cecilia Pihl", "cecilia.pihl@malung-salen.se", MASA)], [S1, S2, S3]),
        "Namn:/E-post: blocks for three colleagues; February deferred, not asked for; '>' quoted invitation lists all four"))

    m.append(tg(
        "aq061", "2027-02-10T08:50", "Karin Selander", 412339087,
        "Hej! Vi har redan Anna Hellström, Bo Ekman och Cecilia Pihl anmälda från Malung-Sälen. Nu vill vår "
        "praktikant Dennis Wallin också hänga med på första träffen 3 maj. Går det att lägga till honom?",
        X("register", [P("Dennis Wallin", None, MASA)], [S1]),
        "quota trouble: a fourth person added to a full municipality; the three already registered are not the request"))

    m.append(mail(
        "aq062", "2027-02-15T13:00", ("Lars-Göran Pettersson", "lars-goran.pettersson@avesta.se"),
        "Anmälan",
        """<html><head><meta charset="utf-8"></head><body>
<div>Hej Linnea,</div>
<div><br></div>
<div>Jag vill anmäla följande från Avesta kommun:</div>
<ul>
<li>Lars-Göran Pettersson, planchef (jag själv)</li>
<li>Amira Haddad, planarkitekt, <a href="mailto:amira.haddad@avesta.se">amira.haddad@avesta.se</a></li>
</ul>
<div>till träffarna <i>&quot;Att planera både för önskvärda framtider och för osäkerheter&quot;</i>
och <i>&quot;Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet&quot;</i>.</div>
<div><br></div>
<div>Mvh<br>Lars-Göran Pettersson<br>Planchef, Avesta kommun<br>0226-64 50 00</div>
</body></html>
""",
        X("register", [P("Lars-Göran Pettersson", "lars-goran.pettersson@avesta.se", AVES),
                       P("Amira Haddad", "amira.haddad@avesta.se", AVES)], [S3, S4]),
        "HTML-only bullet list; sessions named only by their theme titles (S3, S4)",
        html=True))

    m.append(tg(
        "aq063", "2027-03-01T21:04", "Patrik Holmgren", 5550012345,
        "Anmäl mig och Jenny Kvist från Hedemora till alla träffarna. jenny.kvist@hedemora.se om ni behöver hennes mejl",
        X("register", [P("Patrik Holmgren", None, HEDE), P("Jenny Kvist", "jenny.kvist@hedemora.se", HEDE)], ALL),
        "Telegram: self without address plus colleague with address"))

    # ------------------------------------------------------------------ changes (7)
    m.append(mail(
        "aq064", "2027-03-03T10:20", ("Planeringsavdelningen Ludvika", "plan@ludvika.se"),
        "Byte av deltagare DalaLab",
        """Hej,

Karin Sundberg går på föräldraledighet från april. I hennes ställe går Petra Nilsson
(petra.nilsson@ludvika.se) på samma träffar som Karin var anmäld till, dvs. 3 maj, 21 september och
29 november.

Mvh
Planeringsavdelningen, Ludvika kommun
plan@ludvika.se | 0240-860 00
""",
        X("change", [P("Karin Sundberg", None, LUDV), P("Petra Nilsson", "petra.nilsson@ludvika.se", LUDV)],
          [S1, S2, S3]),
        "substitution from a function mailbox: both people, the substitute's three sessions"))

    m.append(tg(
        "aq065", "2027-03-04T07:41", "Malin Eriksson", 5123456789,
        "God morgon! Jag och Fredrik Nygren från Säter är anmälda till 3/5 och 21.9. Kan ni lägga till 29 november för oss båda?",
        X("change", [P("Malin Eriksson", None, SATE), P("Fredrik Nygren", None, SATE)], [S1, S2, S3]),
        "adding a session for two people; sessions after the change are stated"))

    m.append(mail(
        "aq066", "2027-03-08T14:15", ("HR Samhällsbyggnad", "hr.samhallsbyggnad@borlange.se"),
        "Ändring DalaLab",
        """Hej!

Lovisa Grahn och Daniel Moberg vill byta träffen 21 september mot den 22 februari 2028 –
septemberdatumet krockar med kommunfullmäktige.

Tack på förhand!
HR-teamet Samhällsbyggnad, Borlänge kommun
""",
        X("change", [P("Lovisa Grahn", None, BORL), P("Daniel Moberg", None, BORL)], [S4]),
        "bare swap for two colleagues from an HR mailbox: only the new session"))

    m.append(mail(
        "aq067", "2027-03-10T11:00", ("Oskar Jernberg", "oskar.jernberg@orsa.se"),
        "Kost – Ida Frost, Orsa",
        """Hej,

En uppdatering om Ida Frost som jag anmälde i januari: det var fel när jag skrev glutenfri, hon är
laktosintolerant. Resten gäller som tidigare.

Mvh Oskar
Oskar Jernberg, samhällsplanerare
Orsa kommun, Box 23, 794 21 Orsa
0250-552 00
""",
        X("change", [P("Ida Frost", None, ORSA, diet="laktosintolerant")], [], diet="laktosintolerant"),
        "diet correction for a colleague (old diet mentioned as wrong); writer not in people"))

    m.append(mail(
        "aq068", "2027-03-12T09:30", ("Thomas Berg", "thomas.berg@lansstyrelsen.se"),
        "New e-mail address – Anna-Karin Wiklund",
        """Hi Linnea,

Just a heads-up: my colleague Anna-Karin Wiklund, whom I registered in January, has a new e-mail address:
ak.wiklund@lansstyrelsen.se. The old one stops working at the end of March. Nothing else changes.

Best,
Thomas

Thomas Berg | Planning Officer | Länsstyrelsen Dalarna | +46 10-225 00 00
""",
        X("change", [P("Anna-Karin Wiklund", "ak.wiklund@lansstyrelsen.se", LST)], []),
        "English address update for a colleague; no sessions; writer not in people"))

    m.append(tg(
        "aq069", "2027-03-15T12:47", "Viktor Sandin", 318264907,
        "Tjena! Rasmus Ers på Mora kommun kan inte åka på första träffen, så jag tar hans plats den 3 maj. /Viktor, också Mora",
        X("change", [P("Rasmus Ers", None, MORA), P("Viktor Sandin", None, MORA)], [S1]),
        "Telegram substitution: the sender takes a colleague's place on one session"))

    m.append(mail(
        "aq070", "2027-03-18T08:22", ("Annelie Björklund", "annelie.bjorklund@falun.se"),
        "SV: Anmälan Falu kommun (4 pers)",
        """Hej igen!

Ni satte Nils-Erik Mård på reservlistan. Nu har Sofia Törnqvist fått ett nytt uppdrag och kan bara gå på
första träffen i maj. Kan Nils-Erik ta hennes plats på de tre senare träffarna (sept, nov och feb)?

/Annelie
Planarkitekt, Falu kommun
023-830 00
""",
        X("change", [P("Sofia Törnqvist", None, FALU), P("Nils-Erik Mård", None, FALU)], [S2, S3, S4]),
        "partial substitution: waitlisted colleague takes the three later sessions; labelled with the substitute's sessions"))

    # ------------------------------------------------------------------ cancellations (5)
    m.append(mail(
        "aq071", "2027-03-19T13:55", ("Cecilia Wennberg", "cecilia.wennberg@leksand.se"),
        "Avanmälan Leksand – DalaLab",
        """Hej Linnea,

Vi har fått en omorganisation på Plan och bygg och kan tyvärr inte prioritera DalaLab i år.
Jag avanmäler därför Emma Sjöberg, Kalle Nordin och Jon Persson.

Ledsen för besväret.

Cecilia Wennberg
Enhetschef Plan och bygg, Leksands kommun
0247-800 00
""",
        X("cancel", [P("Emma Sjöberg", None, LEKS), P("Kalle Nordin", None, LEKS), P("Jon Persson", None, LEKS)],
          ALL),
        "manager cancels her whole group; no session named = all"))

    m.append(mail(
        "aq072", "2027-03-22T10:05", ("Planeringsavdelningen Ludvika", "plan@ludvika.se"),
        "DalaLab – Peter Öhman",
        """Hej,

Peter Öhman kan tyvärr inte delta i DalaLab alls. Övriga från Ludvika (Petra Nilsson) gäller som förut.

Mvh
Planeringsavdelningen, Ludvika kommun
""",
        X("cancel", [P("Peter Öhman", None, LUDV)], ALL),
        "cancelling one of several people; the colleague whose signup 'gäller som förut' is not in people"))

    m.append(tg(
        "aq073", "2027-03-24T19:05", "Tobias Ek", 702938475,
        "hej! jag och lena hedlund från vansbro kan inte komma 29 nov, kan ni stryka oss den dagen? 21 sept står kvar",
        X("cancel", [P("Tobias Ek", None, VANS), P("Lena Hedlund", None, VANS)], [S3]),
        "two people cancel one session; the remaining session is mentioned but not cancelled"))

    m.append(mail(
        "aq074", "2027-03-29T10:40", ("Patrik Holmgren", "patrik.holmgren@hedemora.se"),
        "SV: Bekräftelse DalaLab",
        """Hej,

Jenny Kvist (jenny.kvist@hedemora.se) har slutat hos oss, så ta bort henne från DalaLab.
Jag och Sara är kvar som tidigare.

Patrik Holmgren
Planarkitekt, Hedemora kommun
0225-340 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 mars 2027 08:15
Ämne: Bekräftelse DalaLab

Hej Patrik och Jenny!
Ni är nu anmälda till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
Välkomna!
""",
        X("cancel", [P("Jenny Kvist", "jenny.kvist@hedemora.se", HEDE)], ALL),
        "colleague has left: cancel for her only; writer stays; quoted confirmation lists all dates"))

    m.append(mail(
        "aq075", "2027-04-02T15:20", ("Maja Larsson", "maja.larsson@regiondalarna.se"),
        "Avanmälan 3 maj",
        """Hej Linnea,

Hampus Lind och jag kan inte vara med på vårens träff den 3 maj, vi är på en konferens i Umeå då.
Resten av träffarna står kvar.

Hälsningar
Maja Larsson
Regionplanerare, Region Dalarna
""",
        X("cancel", [P("Maja Larsson", "maja.larsson@regiondalarna.se", REG), P("Hampus Lind", None, REG)], [S1]),
        "iso-8859-1; self and colleague cancel one session",
        charset="iso-8859-1"))

    # ------------------------------------------------------------------ questions (5)
    m.append(mail(
        "aq076", "2027-01-28T10:05", ("Mats Rydén", "mats.ryden@hedemora.se"),
        "Fråga om antal deltagare",
        """Hej!

Kort fråga: Sara Holm är anmäld från oss och fler är på gång. Vår nya planarkitekt börjar i mars och
vore perfekt för projektet. Får vi vara fyra från Hedemora om det behövs, eller finns det en reservlista?
Jag anmäler ingen mer förrän jag vet.

Mats Rydén
Samhällsbyggnadschef, Hedemora kommun
""",
        X("question"),
        "asks whether four are allowed; names an already-registered colleague but registers nobody"))

    m.append(tg(
        "aq077", "2027-02-12T20:13", "Johanna Marklund", 887766554,
        "Hej! Funderar på att anmäla mig och två kollegor från Rättvik, men måste man gå på alla fyra träffarna eller kan man välja?",
        X("question"),
        "'funderar på att anmäla' – a question that looks like a group signup"))

    m.append(mail(
        "aq078", "2027-02-17T13:37", ("Magnus Falk", "magnus.falk@gagnef.se"),
        "Konsult i kvoten?",
        """Hej Linnea,

Vi har en konsult som sitter hos oss på uppdrag och driver vår översiktsplan. Räknas en sådan in i
kvoten på tre per kommun, och får hen över huvud taget delta? Henrik Björk är ju redan anmäld från oss.

Mvh
Magnus Falk
HR-specialist
Gagnefs kommun, Kyrkbacken 1, 785 21 Gagnef
0241-150 00
""",
        X("question"),
        "HR asks about the quota for a consultant; mentions a registered colleague; no request"))

    m.append(tg(
        "aq079", "2027-03-05T09:12", "Amira Haddad", 2094457812,
        "Hej, vilka från Avesta är anmälda just nu? Vill stämma av innan vi anmäler fler. Lars-Göran och jag borde väl stå med?",
        X("question"),
        "question about the municipality's list; names people but asks nothing to be done"))

    m.append(mail(
        "aq080", "2027-01-07T11:48", ("Oliver Strand", "oliver.strand@nordplan-konsult.se"),
        "DalaLab – open to consultants?",
        """Hi,

We are a planning consultancy (Nordplan AB) working with several municipalities in Dalarna. Could three
of our consultants join DalaLab, or is it only for municipal and regional staff? If it is possible, what
would it cost?

Kind regards,
Oliver Strand
Senior Consultant, Nordplan AB
Storgatan 9, 791 71 Falun | +46 70 445 12 90
""",
        X("question"),
        "English question from a consultancy about a group of three; nothing registered"))

    # ------------------------------------------------------------------ automatic mail (4)
    m.append(mail(
        "aq081", "2026-12-04T09:15", ("Birgitta Halvarsson", "birgitta.halvarsson@mora.se"),
        "Automatiskt svar: Bekräftelse DalaLab – Mora kommun",
        """Tack för ditt mejl!

Jag är ledig till och med den 8 december. För brådskande ärenden om anmälningar av medarbetare,
kontakta Jonas Lindqvist, jonas.lindqvist@mora.se, 0250-267 00.

Birgitta Halvarsson
Mora kommun
""",
        X("auto_reply"),
        "out-of-office from the secretary who registered a group; names a colleague as contact"))

    m.append(mail(
        "aq082", "2027-03-30T10:41", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jenny.kvist@hedemora.se>: host mx.hedemora.se[193.44.12.8] said: 550 5.1.1
    <jenny.kvist@hedemora.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--- Original message follows ---
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: jenny.kvist@hedemora.se, patrik.holmgren@hedemora.se
Subject: Avbokning DalaLab

Hej Jenny! Du är nu avanmäld från DalaLab (3 maj, 21 september, 29 november 2027 och 22 februari 2028).
""",
        X("auto_reply"),
        "bounce of a mail to a departed group member; the original lists names and all dates"))

    m.append(mail(
        "aq083", "2027-02-20T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev PBL Kunskapsbanken – februari 2027",
        """<html><body>
<h2>Nyheter från PBL Kunskapsbanken</h2>
<p>Ny vägledning om översiktsplanens utvecklingsinriktning och planeringsstrategier är publicerad.</p>
<p><b>Webbinarium för grupper:</b> Anmäl hela plangruppen till vårt webbinarium om översiktsplanering
den 3 maj – samma dag träffar vi kommunerna i Dalarna i Falun tillsammans med Region Dalarna.</p>
<p>Läs mer och anmäl er på boverket.se/kalender.</p>
<hr>
<p style="font-size:9pt">Du får detta nyhetsbrev eftersom du prenumererar på PBL Kunskapsbanken.
<a href="https://www.boverket.se/nyhetsbrev/avsluta">Avsluta prenumeration</a></p>
</body></html>
""",
        X("unknown"),
        "HTML newsletter mentioning group signup and 3 May; not a reply, never answered",
        html=True))

    m.append(mail(
        "aq084", "2027-03-09T16:27", ("Eva Nord via Planerarnätverket Dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Samåkning till DalaLab 3 maj?",
        """Hej alla,

Vi från Orsa och Mora tänkte samåka till första DalaLab-träffen i Falun den 3 maj. Vi är fem hittills
(Oskar, Linnéa, Ida, Jonas och jag). Någon mer från norra Dalarna som ska dit? Hör av er till mig direkt,
eva.nord@mora.se.

/Eva

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
Avregistrering: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("unknown"),
        "mailing-list post about carpooling to a session, listing names; not a signup",
        to="planerare-dalarna@lists.regiondalarna.se"))

    # ------------------------------------------------------------------ erasure (2)
    m.append(mail(
        "aq085", "2027-02-22T08:10", ("Kalle Nordin", "kalle.nordin@leksand.se"),
        "Radera mina uppgifter",
        """Hej.

Min chef anmälde mig och två kollegor till DalaLab utan att fråga mig. Jag vill inte vara med, och jag
begär att ni raderar alla mina personuppgifter enligt GDPR (artikel 17). Mina kollegor får svara för sig
själva.

Kalle Nordin
Leksands kommun
""",
        X("erasure", [P("Kalle Nordin", "kalle.nordin@leksand.se", LEKS)]),
        "erasure by one person of a group registered by a manager; colleagues not included"))

    m.append(tg(
        "aq086", "2027-04-06T13:22", "Ahmed Yusuf", 650124983,
        "Hej, jag blev anmäld av min kollega på Smedjebackens kommun. Jag vill att ni tar bort alla mina "
        "uppgifter helt (GDPR), tack.",
        X("erasure", [P("Ahmed Yusuf", None, SMED)]),
        "Telegram erasure by a person a colleague registered"))

    # ------------------------------------------------------------------ spam / phishing (2)
    m.append(mail(
        "aq087", "2027-01-30T03:12", ("Kommundagarna Event Team", "registration@kommun-events-2027.com"),
        "Bekräftelse på gruppbokning – 4 deltagare från er organisation",
        """Hej,

Tack för er gruppanmälan till Planeringskonferensen 2027! Vi har reserverat 4 platser för er kommun.

För att behålla platserna måste faktura nr 2027-0412 (12 400 kr) betalas inom 5 dagar via länken nedan:
https://kommun-events-2027.com/pay?ref=0412

Obetalda platser går vidare till väntelistan.

Med vänliga hälsningar
Event Team
""",
        X("unknown"),
        "spam: fake group-booking invoice dressed as a registration confirmation"))

    m.append(mail(
        "aq088", "2027-03-14T22:47", ("Region Dalarna IT", "no-reply@regiondalarna-se.com"),
        "Deltagarlistan för DalaLab har delats med dig",
        """<html><body>
<p>Hej,</p>
<p>Linnea Hassis har delat dokumentet <b>DalaLab_deltagare_alla_kommuner.xlsx</b> med dig.</p>
<p>För att se vilka kollegor som är anmälda måste du verifiera ditt konto inom 24 timmar.</p>
<p><a href="https://regiondalarna-se.com/login/verify">Logga in och verifiera</a></p>
<p>Region Dalarna IT-support</p>
</body></html>
""",
        X("unknown"),
        "phishing: fake shared participant list from a look-alike domain",
        html=True))

    # ------------------------------------------------------------------ odd (2)
    m.append(mail(
        "aq089", "2026-12-07T14:30", ("Marie Lindgren", "marie.lindgren@borlange.se"),
        "Listan till julbordet",
        """Hej Linnea!

Här kommer listan från vår avdelning till julbordet på Hotell Galtströms fredag den 18 december:

Lovisa Grahn
Daniel Moberg
Fatima Ali
Marie Lindgren (jag)

Vi blir fyra. Tack för att du håller i det!

/Marie
Borlänge kommun
""",
        X("unknown"),
        "wrong recipient (another Linnea, autocomplete): a Christmas-dinner roster, not a signup"))

    m.append(tg(
        "aq090", "2027-02-02T10:55", "Gunnel Åkesson", 9988776655,
        "Tack för bekräftelsen för oss alla tre! Vi ses i november 👍",
        X("unknown"),
        "thank-you for a group confirmation; nothing to act on"))

    return m
