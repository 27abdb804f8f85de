"""Batch 46, theme "groups": mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", Namn:/E-post:
blocks, lower case, given names only); two organisations in one mail; a fourth person from one kommun;
substitutes; partial cancellations; different sessions and diets per person; and the questions, automatic mail,
erasure requests, spam and odd mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    m = []

    # ---------------------------------------------------------------- registrations
    m.append(mail(
        "av046", "2026-12-03T09:14", ("Karin Wästberg", "karin.wastberg@ludvika.se"),
        "Anmälan DalaLab – tre från samhällsbyggnad Ludvika",
        """Hej Linnea!

Jag sitter som administratör på samhällsbyggnadsförvaltningen och har fått i uppdrag att anmäla våra deltagare till DalaLab. Det blir följande tre:

• Oskar Lindqvist, översiktsplanerare – oskar.lindqvist@ludvika.se
• Maja Forsberg-Ek, planarkitekt – maja.forsberg-ek@ludvika.se (vegetarisk kost)
• Jonas Hed, samhällsplanerare – jonas.hed@ludvika.se

De vill vara med på hela serien. Jag själv ska inte delta, så skicka gärna bekräftelsen direkt till dem (kopia till mig går bra).

Vänliga hälsningar
Karin Wästberg
Administratör
Samhällsbyggnadsförvaltningen, Ludvika kommun
0240-862 17
""",
        X("register", [P("Oskar Lindqvist", "oskar.lindqvist@ludvika.se", "Ludvika kommun"),
                       P("Maja Forsberg-Ek", "maja.forsberg-ek@ludvika.se", "Ludvika kommun", diet="vegetarisk"),
                       P("Jonas Hed", "jonas.hed@ludvika.se", "Ludvika kommun")],
          ALL, diet="vegetarisk"),
        "administrator registers three colleagues in a bullet list, does not attend herself; no session named"))

    m.append(mail(
        "av047", "2026-12-07T14:40", ("HR-service Borlänge", "hr.service@borlange.se"),
        "Gruppanmälan DalaLab",
        """<html><body>
<p>Hej,</p>
<p>Här kommer Borlänge kommuns anmälan till DalaLab. Vi är tre som ska gå, men inte på samma träffar &ndash; se tabellen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Träffar</th><th>Kost</th></tr>
<tr><td>Linda Åkerlund</td><td>linda.akerlund@borlange.se</td><td>3/5, 21/9</td><td>glutenfri</td></tr>
<tr><td>Peter Sandin</td><td>peter.sandin@borlange.se</td><td>21/9, 29/11</td><td>&ndash;</td></tr>
<tr><td>Amira Haddad</td><td>amira.haddad@borlange.se</td><td>29/11</td><td>laktosfri</td></tr>
</table>
<p>Själv är jag bara kontaktperson för gruppen och deltar inte.</p>
<p>Mvh<br>Ingela Brandt<br>HR-konsult, Borlänge kommun<br>Tel 0243-740 19</p>
</body></html>""",
        X("register", [P("Linda Åkerlund", "linda.akerlund@borlange.se", "Borlänge kommun", diet="glutenfri"),
                       P("Peter Sandin", "peter.sandin@borlange.se", "Borlänge kommun"),
                       P("Amira Haddad", "amira.haddad@borlange.se", "Borlänge kommun", diet="laktosfri")],
          [S1, S2, S3], diet="glutenfri, laktosfri"),
        "HTML table from an HR function mailbox: different sessions and diets per person (union of sessions)",
        html=True))

    m.append(mail(
        "av048", "2026-12-09T10:02", ("Göran Tillberg", "goran.tillberg@falun.se"),
        "DalaLab - anmälan från planavdelningen",
        """Hej,

Från planavdelningen på Falu kommun anmäler jag nedanstående till lärprojektet. Själv deltar jag inte eftersom jag går i pension till sommaren, men jag vill gärna att de här tre får vara med från början till slut.

Sundberg, Elin          Översiktsplanerare
af Klercker, Johan      Planarkitekt
Nyström, Petra          Strateg, hållbar utveckling

Petra är glutenintolerant.

Mvh
Göran Tillberg
Avdelningschef plan
Falu kommun | Stadsbyggnadsförvaltningen
023-827 00 (växel)
""",
        X("register", [P("Elin Sundberg", None, "Falu kommun"),
                       P("Johan af Klercker", None, "Falu kommun"),
                       P("Petra Nyström", None, "Falu kommun", diet="glutenintolerant")],
          ALL, diet="glutenintolerant"),
        "manager's roster as 'Efternamn, Förnamn' with titles in columns, a particle name, no addresses"))

    m.append(tg(
        "av049", "2026-12-11T20:17", "Tomas Ahl", 583920174,
        "hej! anmäler mig själv + Erik och Lisa från plankontoret i Rättvik till träffen 21.9. Lisa är vegan",
        X("register", [P("Tomas Ahl", None, "Rättviks kommun"),
                       P("Erik", None, "Rättviks kommun"),
                       P("Lisa", None, "Rättviks kommun", diet="vegan")],
          [S2], diet="vegan"),
        "telegram: sender plus two colleagues known only by given name, date as 21.9"))

    m.append(mail(
        "av050", "2026-12-14T08:55", ("Susanne Mattsson", "susanne.mattsson@mora.se"),
        "Anmälan 4 pers Mora – DalaLab",
        """Hej!

Vi är fyra på Mora kommun som gärna vill vara med i DalaLab:

1. Susanne Mattsson (jag själv), susanne.mattsson@mora.se
2. Henrik Olsson, henrik.olsson@mora.se
3. Frida Jonsson Lööv, frida.jonssonloov@mora.se
4. Mattias Ers, mattias.ers@mora.se

Jag såg i inbjudan att det står upp till tre per kommun. Finns det någon möjlighet att vi får gå fyra? Mattias är nyanställd och det vore verkligen bra för honom att komma in i arbetet den här vägen. Om det inte går så prioritera de tre första.

Alla fyra tillfällena.

/Susanne
""",
        X("register", [P("Susanne Mattsson", "susanne.mattsson@mora.se", "Mora kommun"),
                       P("Henrik Olsson", "henrik.olsson@mora.se", "Mora kommun"),
                       P("Frida Jonsson Lööv", "frida.jonssonloov@mora.se", "Mora kommun"),
                       P("Mattias Ers", "mattias.ers@mora.se", "Mora kommun")],
          ALL),
        "four from one kommun in a numbered list, writer knows the quota and asks for an exception"))

    m.append(mail(
        "av051", "2027-02-11T13:27", ("Lena Grip", "lena.grip@hedemora.se"),
        "Ytterligare en deltagare från Hedemora",
        """Hej Linnea,

Vi är sedan tidigare anmälda tre stycken från Hedemora (jag, Kristoffer Backlund och Ulrika Nord). Nu har vi fått en ny planchef, Anders Ödmark, som också vill vara med, i alla fall på träffarna den 21 september och 29 november. Han nås på anders.odmark@hedemora.se.

Går det att lösa? Annars kanske han kan stå på reservlista.

Hälsningar
Lena Grip
Planarkitekt
Hedemora kommun
""",
        X("register", [P("Anders Ödmark", "anders.odmark@hedemora.se", "Hedemora kommun")], [S2, S3]),
        "a fourth person from a kommun whose three places are taken; the three already registered are named"))

    m.append(mail(
        "av052", "2026-12-16T11:31", ("Jenny Östlund", "jenny.ostlund@sater.se"),
        "Anmälan: gemensamt planteam Säter/Smedjebacken",
        """Hej!

Säter och Smedjebacken har sedan i fjol ett gemensamt team för översiktsplaneringen, så vi anmäler oss tillsammans. Vi skulle vilja gå på höstens två träffar.

Från Säter: jag själv (Jenny Östlund)
Från Smedjebacken: Robert Kallin, robert.kallin@smedjebacken.se, och Sara Wiik, sara.wiik@smedjebacken.se

Robert har nötallergi.

Tack på förhand!
Jenny Östlund
Översiktsplanerare, Säters kommun
0225-553 41
""",
        X("register", [P("Jenny Östlund", "jenny.ostlund@sater.se", "Säters kommun"),
                       P("Robert Kallin", "robert.kallin@smedjebacken.se", "Smedjebackens kommun", diet="nötallergi"),
                       P("Sara Wiik", "sara.wiik@smedjebacken.se", "Smedjebackens kommun")],
          [S2, S3], diet="nötallergi"),
        "two organisations in one signup, sessions as 'höstens två träffar'"))

    m.append(mail(
        "av053", "2027-01-08T07:48", ("Plan och bygg Vansbro", "planochbygg@vansbro.se"),
        "anmälan dalalab",
        """hej

anmälan till första träffen den 3:e maj i falun för två av oss på plan och bygg:

namn: ylva hedlund
e-post: ylva.hedlund@vansbro.se
kost: nötallergi

namn: kent rask
e-post: kent.rask@vansbro.se
kost: -

mvh
plan och bygg, vansbro kommun
(detta är en funktionsbrevlåda, svaren läses av flera)
""",
        X("register", [P("Ylva Hedlund", "ylva.hedlund@vansbro.se", "Vansbro kommun", diet="nötallergi"),
                       P("Kent Rask", "kent.rask@vansbro.se", "Vansbro kommun")],
          [S1], diet="nötallergi"),
        "function mailbox, lower-case namn:/e-post:/kost: blocks, 'den 3:e maj'"))

    m.append(mail(
        "av054", "2026-12-01T15:22", ("Marie Lundh", "marie.lundh@regiondalarna.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea!

Jag anmäler härmed två kollegor från enheten för samhällsplanering: Tobias Grahn (tobias.grahn@regiondalarna.se) och Hanna Ekelund (hanna.ekelund@regiondalarna.se). De kommer på första och sista träffen. Själv har jag tyvärr inte möjlighet i år.

Hälsningar
Marie

Marie Lundh
Enhetschef Samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 24 november 2026 10:05
Till: Lundh Marie <marie.lundh@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till DalaLab, ett lärprojekt i fyra träffar om planeringsstrategier och strategisk översiktsplanering.

Träffar:
- Måndag 3 maj 2027, Falun: Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
- Tisdag 21 september 2027: Utvecklingsinriktning i ÖP-modellen
- Måndag 29 november 2027: Att planera för önskvärda framtider och för osäkerheter
- Tisdag 22 februari 2028: Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl senast den 14 april 2027 till mig.

Linnea Hassis
Region Dalarna
""",
        X("register", [P("Tobias Grahn", "tobias.grahn@regiondalarna.se", "Region Dalarna"),
                       P("Hanna Ekelund", "hanna.ekelund@regiondalarna.se", "Region Dalarna")],
          [S1, S4]),
        "Outlook reply above the quoted invitation (all four dates); 'första och sista träffen'; sender not attending"))

    m.append(mail(
        "av055", "2027-01-13T16:05", ("Claire Dubois", "claire.dubois@lansstyrelsen.se"),
        "Registration DalaLab – three from the County Administrative Board",
        """Dear Linnea,

I would like to register myself and two colleagues from Länsstyrelsen Dalarna for DalaLab:

- Claire Dubois (me)
- Ahmed Rahimi, ahmed.rahimi@lansstyrelsen.se
- Birgitta Lööf, birgitta.loof@lansstyrelsen.se

We can attend every session except the one on 29 November, when we have a regional board meeting. Regarding food: I am vegetarian and Ahmed has a nut allergy.

Best regards,
Claire Dubois
Regional planning coordinator
Länsstyrelsen Dalarna
+46 10-225 00 00
""",
        X("register", [P("Claire Dubois", "claire.dubois@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegetarian"),
                       P("Ahmed Rahimi", "ahmed.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="nut allergy"),
                       P("Birgitta Lööf", "birgitta.loof@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
          [S1, S2, S4], diet="vegetarian, nut allergy"),
        "English group signup 'every session except 29 November', two diets for two people"))

    m.append(mail(
        "av056", "2027-01-20T09:37", ("Birgitta Dahl", "birgitta.dahl@alvdalen.se"),
        "Anmälan till DalaLab",
        """Hej,

På uppdrag av vår samhällsbyggnadschef anmäler jag två personer från Älvdalens kommun till träffarna v. 18 och v. 48:

Nils-Åke Mörk, nils-ake.mork@alvdalen.se
Therese Halvarsson, therese.halvarsson@alvdalen.se

Jag är själv assistent och ska inte med.

Hälsningar
Birgitta Dahl
Assistent, Samhällsbyggnad
Älvdalens kommun
0251-310 00
""",
        X("register", [P("Nils-Åke Mörk", "nils-ake.mork@alvdalen.se", "Älvdalens kommun"),
                       P("Therese Halvarsson", "therese.halvarsson@alvdalen.se", "Älvdalens kommun")],
          [S1, S3]),
        "iso-8859-1; assistant registers two for sessions given as week numbers (v. 18, v. 48)",
        charset="iso-8859-1"))

    m.append(mail(
        "av068", "2027-01-19T08:12", ("Per Mårtensson", "per.martensson@falun.se"),
        "VB: Anmälan DalaLab",
        """Hej Linnea, vidarebefordrar nedan från Sofia som fått studsar när hon skickat till dig. Kan du lägga in henne?
/Per

---------- Vidarebefordrat meddelande ----------
Från: Sofia Malm <sofia.malm@falun.se>
Datum: 18 januari 2027 16:02
Ämne: Anmälan DalaLab
Till: linnea.hasis@regiondalarna.se

Hej! Jag vill anmäla mig till träffarna 21/9 och 22/2. Jag är laktosintolerant.

Sofia Malm
Planarkitekt, Falu kommun
""",
        X("register", [P("Sofia Malm", "sofia.malm@falun.se", "Falu kommun", diet="laktosintolerant")],
          [S2, S4], diet="laktosintolerant"),
        "colleague forwards a bounced signup; the person is in the forwarded part, not the sender"))

    m.append(mail(
        "av069", "2027-02-02T13:50", ("Charlotta von Essen", "charlotta.vonessen@regiondalarna.se"),
        "Anmälan – Region Dalarna och Länsstyrelsen",
        """<html><body>
<p>Hej Linnea,</p>
<p>Vi är tre som arbetar ihop i länsplaneringsgruppen och vill anmäla oss till två av träffarna: den om
utvecklingsinriktning i ÖP-modellen och den om tillgänglighet (rumslig närhet, mobilitet och digital
tillgänglighet).</p>
<ul>
<li>von Essen, Charlotta &ndash; Region Dalarna</li>
<li>de Geer, Mikael &ndash; Länsstyrelsen Dalarna, mikael.degeer@lansstyrelsen.se</li>
<li>Hallberg-Ståhl, Ingrid &ndash; Region Dalarna, ingrid.hallberg-stahl@regiondalarna.se</li>
</ul>
<p>Hälsningar<br>Charlotta von Essen<br>Utvecklingsstrateg, Region Dalarna</p>
</body></html>""",
        X("register", [P("Charlotta von Essen", "charlotta.vonessen@regiondalarna.se", "Region Dalarna"),
                       P("Mikael de Geer", "mikael.degeer@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                       P("Ingrid Hallberg-Ståhl", "ingrid.hallberg-stahl@regiondalarna.se", "Region Dalarna")],
          [S2, S4]),
        "HTML list, 'Efternamn, Förnamn' with particles and a hyphen, two organisations, sessions by theme title",
        html=True))

    m.append(mail(
        "av070", "2027-02-24T10:18", ("Kerstin Alm", "kerstin.alm@avesta.se"),
        "DalaLab Avesta",
        """Hej!

Anmäler följande från Avesta kommun till samtliga träffar:
- Johanna Eriksson, johanna.eriksson@avesta.se
- Mohammed Al-Sayed, mohammed.al-sayed@avesta.se

Eventuellt hänger jag själv med på första träffen i Falun, men det får jag återkomma om när jag sett över kalendern.

Kerstin Alm
Stadsarkitekt
Avesta kommun
""",
        X("register", [P("Johanna Eriksson", "johanna.eriksson@avesta.se", "Avesta kommun"),
                       P("Mohammed Al-Sayed", "mohammed.al-sayed@avesta.se", "Avesta kommun")],
          ALL, unsure=["sender-attends"]),
        "two colleagues registered; the sender 'kanske' joins the first session later - not a signup yet"))

    # ---------------------------------------------------------------- changes
    m.append(mail(
        "av057", "2027-03-02T08:41", ("Ulla Berglöf", "ulla.berglof@ludvika.se"),
        "Byte av deltagare DalaLab",
        """Hej,

Jonas Hed som är anmäld från oss har fått en ny tjänst i Borlänge och kan därför inte vara med i DalaLab. I stället tar Emir Hodžić, emir.hodzic@ludvika.se, över hans plats på alla fyra träffarna.

Ulla Berglöf
Planchef
Ludvika kommun
Tfn 0240-865 02
""",
        X("change", [P("Jonas Hed", None, "Ludvika kommun"),
                     P("Emir Hodžić", "emir.hodzic@ludvika.se", "Ludvika kommun")],
          ALL),
        "manager substitutes a colleague who moves to another kommun (his place stays Ludvika's)"))

    m.append(mail(
        "av058", "2027-02-16T15:09", ("Roger Fält", "roger.falt@avesta.se"),
        "Ändrad specialkost",
        """Hej Linnea,

Två av oss från Avesta som är anmälda till alla fyra DalaLab-träffarna har ändrade kostbehov:

Camilla Strand – numera vegan
Dragan Petrović – laktosfri (inte glutenfri som vi skrev först)

Allt annat gäller som förut.

/Roger Fält, planeringsstrateg, Avesta kommun
""",
        X("change", [P("Camilla Strand", None, "Avesta kommun", diet="vegan"),
                     P("Dragan Petrović", None, "Avesta kommun", diet="laktosfri")],
          ALL, diet="vegan, laktosfri"),
        "diet change for two colleagues, one correcting an earlier diet; sessions stated as all four"))

    m.append(mail(
        "av059", "2027-03-08T09:58", ("Åsa Moberg", "asa.moberg@orsa.se"),
        "Flytta vår anmälan till 21 september",
        """Hej!

Vi tre från Orsa (jag, Per-Olof Nises och Hilda Bäck) är anmälda till 3 maj men måste byta till den 21 september i stället, eftersom kommunfullmäktige har lagt ett extrainsatt möte den 3:e.

Går det bra?

Åsa Moberg
Samhällsplanerare
Orsa kommun
""",
        X("change", [P("Åsa Moberg", "asa.moberg@orsa.se", "Orsa kommun"),
                     P("Per-Olof Nises", None, "Orsa kommun"),
                     P("Hilda Bäck", None, "Orsa kommun")],
          [S2]),
        "a group of three swaps 3 maj for 21 september (bare swap gives the new session)"))

    m.append(mail(
        "av060", "2027-03-10T11:26", ("Tove Skoglund", "tove.skoglund@gagnef.se"),
        "Re: Bekräftelse DalaLab",
        """Hej igen,

En liten ändring för vår grupp: Maria Ahlin är anmäld till 3/5 men vill nu också gå på träffen om önskvärda framtider och osäkerheter. Kan ni lägga till den för henne? Vi andra står kvar som vi är.

Tove

Tove Skoglund | Planeringsarkitekt | Gagnefs kommun
""",
        X("change", [P("Maria Ahlin", None, "Gagnefs kommun")], [S1, S3]),
        "one member of a group adds a session named by its theme; the rest of the group unchanged"))

    m.append(mail(
        "av061", "2027-03-15T13:44", ("David Kerr", "david.kerr@regiondalarna.se"),
        "Change of participant 21 Sept",
        """Hi Linnea,

Sara Lind is double-booked on 21 September and can't make the DalaLab session that day. Her colleague Per Olsson (per.olsson@regiondalarna.se) will go in her place. Sara keeps her other sessions as registered.

Thanks,
David

David Kerr
Analyst, Regional Development
Region Dalarna
""",
        X("change", [P("Sara Lind", None, "Region Dalarna"),
                     P("Per Olsson", "per.olsson@regiondalarna.se", "Region Dalarna")],
          [S2]),
        "English: a third person reports a substitute for one session only"))

    m.append(tg(
        "av062", "2027-03-18T21:03", "Hanna Sjöberg", 712004583,
        "Hej! Hanna Sjöberg här, Borlänge. Kan du flytta mig och Kalle Ström från 29 nov till 22 feb? Vi krockar med budgetdagarna",
        X("change", [P("Hanna Sjöberg", None, "Borlänge kommun"),
                     P("Kalle Ström", None, "Borlänge kommun")],
          [S4]),
        "telegram: sender moves herself and a colleague from one session to another"))

    # ---------------------------------------------------------------- cancellations
    m.append(mail(
        "av063", "2027-03-22T08:20", ("Eva Lindahl", "eva.lindahl@leksand.se"),
        "Avanmälan två personer",
        """Hej Linnea,

Två av våra tre anmälda från Leksand kan tyvärr inte delta i DalaLab alls på grund av en omorganisation: Jesper Grönlund och Malin Stenius. Marcus Persson kommer som planerat.

Vänliga hälsningar
Eva Lindahl
HR-partner
Leksands kommun
0247-800 00
""",
        X("cancel", [P("Jesper Grönlund", None, "Leksands kommun"),
                     P("Malin Stenius", None, "Leksands kommun")],
          ALL),
        "HR cancels two of three; the one who stays is named and is not part of the request"))

    m.append(mail(
        "av064", "2027-03-25T16:47", ("Bengt Rosén", "bengt.rosen@mora.se"),
        "Återbud den 29:e november",
        """Hej,

Ingen av oss från Mora kan komma den 29:e november, det är budgetberedning hela dagen. Det gäller alltså Henrik Olsson, Frida Jonsson Lööv och Susanne Mattsson. Övriga träffar står de kvar på.

Bengt Rosén
Samhällsbyggnadschef, Mora kommun
""",
        X("cancel", [P("Henrik Olsson", None, "Mora kommun"),
                     P("Frida Jonsson Lööv", None, "Mora kommun"),
                     P("Susanne Mattsson", None, "Mora kommun")],
          [S3]),
        "manager cancels a whole group for one session ('den 29:e november'), keeps the others"))

    m.append(mail(
        "av065", "2027-02-03T10:05", ("Personalavdelningen Smedjebacken", "personal@smedjebacken.se"),
        "Avsluta anmälan - slutat sin anställning",
        """Hej,

Robert Kallin har avslutat sin anställning hos Smedjebackens kommun per den 31 januari. Vi ber er därför avanmäla honom från DalaLab. Vi återkommer om någon annan ska ta hans plats.

Med vänlig hälsning
Personalavdelningen
Smedjebackens kommun
""",
        X("cancel", [P("Robert Kallin", None, "Smedjebackens kommun")], ALL),
        "HR function mailbox withdraws an employee who left; substitute only promised, so a cancel"))

    m.append(tg(
        "av066", "2027-03-29T19:31", "Ida Nordin", 448201937,
        "hej, Ida Nordin från Säter. jag och Jenny Östlund måste tyvärr stryka oss från höstens träffar. 3 maj står vi kvar på",
        X("cancel", [P("Ida Nordin", None, "Säters kommun"),
                     P("Jenny Östlund", None, "Säters kommun")],
          [S2, S3]),
        "telegram: sender cancels herself and a colleague for 'höstens träffar', keeps 3 maj"))

    m.append(mail(
        "av067", "2027-02-08T13:15", ("Sofie Järvholm", "sofie.jarvholm@rattvik.se"),
        "SV: Bekräftelse: anmälan DalaLab – Rättviks kommun",
        """Hej!

Vi drar tillbaka anmälan för Lars-Erik Påhlsson, han har blivit sjukskriven under längre tid. Övriga två står kvar.

Mvh Sofie

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 12 januari 2027 14:20
Till: Sofie Järvholm <sofie.jarvholm@rattvik.se>
Ämne: Bekräftelse: anmälan DalaLab – Rättviks kommun

Hej Sofie,

tack för anmälan! Följande är registrerade från Rättviks kommun:

Sofie Järvholm – 3 maj, 21 sept, 29 nov, 22 feb
Lars-Erik Påhlsson – 3 maj, 21 sept
Annika Wallin – 29 nov, 22 feb

Välkomna!
Linnea
""",
        X("cancel", [P("Lars-Erik Påhlsson", None, "Rättviks kommun")], [S1, S2]),
        "reply to a group confirmation withdraws one person; his booked sessions appear only in the quote"))

    # ---------------------------------------------------------------- questions
    m.append(mail(
        "av071", "2026-12-18T10:44", ("Anders Kvist", "anders.kvist@borlange.se"),
        "Fråga om antal deltagare",
        """Hej,

Vi är fem på planenheten i Borlänge som är intresserade av DalaLab, men alla kan inte gå på alla träffar. Räknas taket på tre per kommun per träff, eller totalt för hela projektet? Om det är per träff skulle vi kunna rotera så att högst tre är på plats varje gång.

Innan jag skickar in namn vill jag veta vad som gäller.

Anders Kvist
Planchef, Borlänge kommun
""",
        X("question", [], []),
        "quota question from a manager before sending a roster of five"))

    m.append(mail(
        "av072", "2026-12-02T13:10", ("Kommunledningskontoret Hedemora", "kommunledning@hedemora.se"),
        "Gruppanmälan?",
        """Hej!

Behöver varje deltagare anmäla sig själv, eller kan vi som samordnare skicka en samlad lista med namn och mejladresser? Och vill ni i så fall ha den som Excelfil eller räcker det att skriva in den i mejlet?

Vänligen
Malin Ek
Kommunledningskontoret, Hedemora kommun
""",
        X("question", [], []),
        "function mailbox asks how to send a group signup"))

    m.append(mail(
        "av073", "2027-01-26T09:03", ("Ben Hartley", "ben.hartley@mora.se"),
        "Consultants and the three-person limit",
        """Hello,

We have two external consultants working on our comprehensive plan this year. If they come to the DalaLab sessions together with two of our own planners, does that count as four from Mora, or do consultants not count towards the limit of three per municipality?

Kind regards,
Ben Hartley
Planning Department, Mora Municipality
""",
        X("question", [], []),
        "English quota question about consultants; no names, nobody registered"))

    m.append(tg(
        "av074", "2027-02-19T12:26", "Ronny Lax", 301957662,
        "tjena! hur många från smedjebacken är anmälda just nu? funderar på om det finns plats för en till hos oss",
        X("question", [], []),
        "telegram: asks how many places the kommun has left"))

    m.append(mail(
        "av075", "2027-01-28T14:33", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"),
        "Bekräftelser till funktionsbrevlåda",
        """Hej,

Kan ni skicka bekräftelser och kallelser för våra anmälda till den här funktionsbrevlådan i stället för till var och en? Det underlättar för oss att hålla ihop resor och kalenderbokningar.

Mvh
Samhällsbyggnadsförvaltningen
Leksands kommun
""",
        X("question", [], []),
        "function mailbox asks whether group mail can go to it; no person named"))

    m.append(mail(
        "av076", "2027-03-04T08:37", ("Lotta Frisk", "lotta.frisk@vansbro.se"),
        "Kan vår praktikant följa med?",
        """Hej Linnea!

Vi är två från Vansbro som är anmälda. Nu har vi en praktikant från kulturgeografiprogrammet här under våren, Alva Strömgren. Får hon följa med oss den 3 maj, eller är träffarna bara för anställda? Om det går bra anmäler jag henne förstås.

Lotta Frisk
Bygglovshandläggare
Vansbro kommun
""",
        X("question", [], [], unsure=["intent"]),
        "asks whether a trainee may come; a conditional signup, so a question"))

    m.append(mail(
        "av077", "2027-04-06T15:58", ("Patrik Öhman", "patrik.ohman@ludvika.se"),
        "Vilka är anmälda från Ludvika?",
        """Hej,

Jag har precis börjat som samhällsbyggnadschef i Ludvika och försöker få koll på vilka av mina medarbetare som är anmälda till DalaLab och till vilka träffar. Kan du skicka en lista?

Tack!
Patrik Öhman
Samhällsbyggnadschef
Ludvika kommun
""",
        X("question", [], []),
        "new manager asks for the list of registered colleagues"))

    # ---------------------------------------------------------------- automatic mail
    m.append(mail(
        "av078", "2026-12-22T16:01", ("Oskar Lindqvist", "oskar.lindqvist@ludvika.se"),
        "Autosvar: Bekräftelse: anmälan DalaLab – Ludvika kommun",
        """Hej,

Tack för ditt mejl. Jag är ledig till och med den 6 januari och läser inte e-post under den tiden.
Vid brådskande ärenden, kontakta planenheten via kommunens växel 0240-860 00 eller plan@ludvika.se.

God jul och gott nytt år!
Oskar Lindqvist
""",
        X("auto_reply", [], []),
        "out-of-office from one member of a group that got a confirmation"))

    m.append(mail(
        "av079", "2027-02-03T14:07", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
        "Undeliverable: Bekräftelse: anmälan DalaLab – Region Dalarna och Länsstyrelsen",
        """Delivery has failed to these recipients or groups:

mikael.degeer@lansstyrelsen.se
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se

mikael.degeer@lansstyrelsen.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: charlotta.vonessen@regiondalarna.se, mikael.degeer@lansstyrelsen.se,
 ingrid.hallberg-stahl@regiondalarna.se
Subject: Bekräftelse: anmälan DalaLab – Region Dalarna och Länsstyrelsen
Date: Wed, 3 Feb 2027 14:06:51 +0100
""",
        X("auto_reply", [], []),
        "bounce of a confirmation to one of three group members"))

    m.append(mail(
        "av080", "2027-03-16T07:12", ("Ahmed Rahimi", "ahmed.rahimi@lansstyrelsen.se"),
        "Automatic reply: DalaLab – registration confirmed",
        """Thank you for your email. I am attending a conference in Brussels 15-19 March with limited access to email.

For matters concerning regional planning, please contact my colleague Birgitta Lööf, birgitta.loof@lansstyrelsen.se.

Ahmed Rahimi
Länsstyrelsen Dalarna
""",
        X("auto_reply", [], []),
        "English automatic reply naming a colleague and her address"))

    m.append(mail(
        "av081", "2027-03-08T11:47", ("Hilda Bäck", "hilda.back@orsa.se"),
        "Läst: Flytta vår anmälan till 21 september",
        """Ditt meddelande

  Till: Hilda Bäck
  Ämne: Flytta vår anmälan till 21 september
  Skickat: den 8 mars 2027 10:12

lästes den 8 mars 2027 11:47.
""",
        X("auto_reply", [], []),
        "read receipt from a group member; the subject carries a date"))

    m.append(mail(
        "av082", "2027-04-01T09:00", ("Älvdalens kommun", "kommun@alvdalen.se"),
        "Vi har tagit emot ditt meddelande [Ärende 2027-00412]",
        """Tack för ditt meddelande till Älvdalens kommun.

Ditt meddelande "Påminnelse: anmälan till DalaLab stänger 14 april" har registrerats och skickats vidare till rätt handläggare.
Ärendenummer: 2027-00412

Detta är ett automatiskt svar och går inte att besvara.

Älvdalens kommun
Dalgatan 59, 796 31 Älvdalen
""",
        X("auto_reply", [], []),
        "automatic acknowledgement from a kommun's registry mailbox"))

    # ---------------------------------------------------------------- unknown
    m.append(mail(
        "av083", "2027-03-03T06:30", ("Planbyrån Nord", "nyhetsbrev@planbyran-nord.se"),
        "Nyhetsbrev mars: Gruppanmälan till vårens ÖP-kurser – 20 % rabatt",
        """<html><body>
<h2>Planbyrån Nord &ndash; nyhetsbrev mars 2027</h2>
<p>Hej planerare!</p>
<p>Nu öppnar vi anmälan till vårens kurser i strategisk översiktsplanering. <b>Anmäl tre eller fler från samma
kommun och få 20&nbsp;% rabatt</b> på hela gruppen.</p>
<ul>
<li>ÖP-modellen i praktiken &ndash; 14 april, Borlänge</li>
<li>Tillgänglighetsanalys med GIS &ndash; 5 maj, digitalt</li>
</ul>
<p><a href="https://planbyran-nord.se/kurser">Läs mer och anmäl din grupp</a></p>
<p style="font-size:small">Du får detta mejl eftersom du prenumererar på Planbyrån Nords nyhetsbrev.
<a href="https://planbyran-nord.se/avregistrera">Avregistrera</a></p>
</body></html>""",
        X("unknown", [], []),
        "HTML newsletter offering group discounts on other courses", html=True))

    m.append(mail(
        "av084", "2027-02-22T03:14", ("IT-support Region Dalarna", "it-support@regiondalarna-helpdesk.com"),
        "Din brevlåda har nått sin kvot - åtgärd krävs",
        """Hej linnea.hassis,

Din brevlåda har överskridit sin kvot på 2 GB. Inkommande anmälningar och e-post kommer att avvisas inom 24 timmar.

För att undvika att förlora meddelanden, verifiera ditt konto här:
http://regiondalarna-helpdesk.com/owa/verify?u=linnea.hassis

IT-support
Region Dalarna
""",
        X("unknown", [], []),
        "phishing about a mailbox 'kvot' from a look-alike domain"))

    m.append(mail(
        "av085", "2027-04-08T12:11", ("Jonas Hed via planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Samåkning till DalaLab 3 maj?",
        """Hej alla,

någon mer från södra Dalarna som ska på DalaLab i Falun 3 maj och vill samåka? Jag kör från Ludvika och har tre platser kvar i bilen.

/Jonas

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
""",
        X("unknown", [], []),
        "mailing-list post about car-sharing to a session, mentions a date",
        to="planerare-dalarna@lists.regiondalarna.se"))

    m.append(mail(
        "av086", "2027-02-26T10:52", ("Carina Holm", "carina.holm@gagnef.se"),
        "Anmälan länsträff bostadsförsörjning",
        """Hej Linnea,

Här kommer Gagnefs anmälan till länsträffen om bostadsförsörjningsprogram den 17 mars på Länsstyrelsen:

- Carina Holm
- Erik Sahlin
- Moa Ljung (vegetarian)

Hälsningar
Carina Holm
Gagnefs kommun
""",
        X("unknown", [], [], unsure=["intent"]),
        "a group signup for a different event sent to the DalaLab contact"))

    m.append(tg(
        "av087", "2027-01-05T02:41", "Crypto Gains VIP", 998877112,
        "🔥 Gå med i vår VIP-grupp! 300% avkastning på 7 dagar 💰 Bjud in dina kollegor – ju fler i gruppen desto "
        "större bonus. Skriv till @cryptogainsvip_bot nu!",
        X("unknown", [], []),
        "telegram spam inviting 'colleagues' to a group"))

    # ---------------------------------------------------------------- erasure
    m.append(mail(
        "av088", "2027-04-02T11:20", ("Eva Lindahl", "eva.lindahl@leksand.se"),
        "Begäran om radering av personuppgifter",
        """Hej,

Jesper Grönlund, som tidigare var anmäld till DalaLab från Leksands kommun, har slutat hos oss. Han har bett mig framföra att han vill att ni raderar alla personuppgifter ni har om honom (namn, e-post, kostuppgifter) enligt artikel 17 i dataskyddsförordningen.

Vänliga hälsningar
Eva Lindahl
HR-partner, Leksands kommun
""",
        X("erasure", [P("Jesper Grönlund", None, "Leksands kommun")], []),
        "HR passes on a former employee's erasure request"))

    m.append(mail(
        "av089", "2027-03-30T09:45", ("Dataskyddsombud Malung-Sälen", "dataskydd@malung-salen.se"),
        "Radering - tre medarbetare",
        """Hej,

Som dataskyddsombud för Malung-Sälens kommun begär jag, på uppdrag av nedanstående medarbetare, att deras uppgifter i anmälningsregistret för DalaLab raderas:

Wikström, Lars (lars.wikstrom@malung-salen.se)
Olofsson, Greta (greta.olofsson@malung-salen.se)
Nyberg Sjö, Anton (anton.nybergsjo@malung-salen.se)

Bekräfta gärna skriftligen när raderingen är genomförd.

Med vänlig hälsning
Dataskyddsombudet
Malung-Sälens kommun
""",
        X("erasure", [P("Lars Wikström", "lars.wikstrom@malung-salen.se", "Malung-Sälens kommun"),
                      P("Greta Olofsson", "greta.olofsson@malung-salen.se", "Malung-Sälens kommun"),
                      P("Anton Nyberg Sjö", "anton.nybergsjo@malung-salen.se", "Malung-Sälens kommun")],
          []),
        "data protection officer requests erasure for three staff listed 'Efternamn, Förnamn'"))

    m.append(tg(
        "av090", "2027-04-09T17:22", "Maja Forsberg-Ek", 640318255,
        "Hej! Kan ni radera alla uppgifter om mig och min kollega Nils Berglund? Vi vill inte att våra uppgifter "
        "sparas hos er längre. /Maja, Ludvika",
        X("erasure", [P("Maja Forsberg-Ek", None, "Ludvika kommun"),
                      P("Nils Berglund", None, "Ludvika kommun")],
          []),
        "telegram: erasure for the sender and a colleague"))

    return m
