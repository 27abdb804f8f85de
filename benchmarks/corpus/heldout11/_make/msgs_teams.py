"""Batch 12, writer "teams" (k046-k090): people writing for groups and for others, as it happens in the
municipalities and at Region Dalarna - planning managers sending their teams, assistants registering directors,
colleagues standing in for one session, people leaving their jobs, HR, follow-ups a week apart, a fourth person
when the three places are taken."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The invitation as Outlook quotes it under a reply (header block, no '>').
INVITE_OUTLOOK = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def messages():
    return [
        # ---------------------------------------------------------------- Borlänge: planchef sends her team
        mail("k046", "2026-12-02T08:47", ("Westin Karolina", "karolina.westin@borlange.se"),
             "Anmälan DalaLab – planenheten Borlänge",
             """Hej Linnea!

Tack för inbjudan. Från planenheten i Borlänge skickar jag följande tre medarbetare, som deltar på samtliga fyra träffar:

1. Mikael Strömberg, planarkitekt – mikael.stromberg@borlange.se
2. Jessica Lind, översiktsplanerare – jessica.lind@borlange.se
3. Dragan Petrović, trafikplanerare – dragan.petrovic@borlange.se

Jessica är vegetarian, övriga äter allt.

Själv kommer jag inte att delta, men jag tar gärna en kopia på bekräftelserna.

Med vänlig hälsning

Karolina Westin
Planchef
Samhällsbyggnadsförvaltningen
Borlänge kommun

Besöksadress: Röda vägen 50
781 81 Borlänge
Tel: 0243-740 00 (vx)
www.borlange.se
""",
             X("register", [P("Mikael Strömberg", "mikael.stromberg@borlange.se", "Borlänge kommun"),
                            P("Jessica Lind", "jessica.lind@borlange.se", "Borlänge kommun", diet="vegetarian"),
                            P("Dragan Petrović", "dragan.petrovic@borlange.se", "Borlänge kommun")],
               ALL, diet="vegetarian"),
             "planning manager registers her three planners (numbered list with addresses), not herself; no dates -> all four; one vegetarian"),

        # ---------------------------------------------------------------- Falun: assistant registers the director
        mail("k047", "2026-12-04T10:12", ("Birgitta Mattsson", "birgitta.mattsson@falun.se"),
             "Anmälan: Anders Holmqvist, samhällsbyggnadsdirektör",
             """Hej,

Jag anmäler härmed samhällsbyggnadsdirektör Anders Holmqvist till första träffen i DalaLab, måndagen den 3 maj 2027 i Falun. Övriga träffar har han tyvärr inte möjlighet att delta i på grund av kommunstyrelsens sammanträden.

Anders har glutenintolerans, tacksam om ni tar hänsyn till det vid fika och lunch.

Bekräftelsen kan gå direkt till honom, anders.holmqvist@falun.se, gärna med kopia till mig.

Vänliga hälsningar

Birgitta Mattsson
Ledningsassistent
Samhällsbyggnadsförvaltningen
Falu kommun
023-83 000 (vx)

Falu kommun behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på falun.se/personuppgifter
""",
             X("register", [P("Anders Holmqvist", "anders.holmqvist@falun.se", "Falu kommun", diet="glutenintolerans")],
               [S1], diet="glutenintolerans"),
             "assistant registers her director for the first session only; sender not in people; diet 'glutenintolerans'"),

        # ---------------------------------------------------------------- Leksand: colleague stands in for one session
        mail("k048", "2027-03-02T15:20", ("Maja Ström", "maja.strom@leksand.se"),
             "SV: Bekräftelse – anmälan DalaLab",
             """Hej!

Jag är anmäld till alla fyra träffarna men har fått förhinder den 21 september (vi har samrådsmöte i Insjön den dagen). Min kollega Per-Erik Hansson går i mitt ställe just den gången, per-erik.hansson@leksand.se.

Resten av träffarna kommer jag som planerat.

/Maja

Maja Ström
Översiktsplanerare
Leksands kommun
Tfn 0247-800 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 09:12
Till: Maja Ström <maja.strom@leksand.se>
Ämne: Bekräftelse – anmälan DalaLab

Hej Maja!

Tack för din anmälan. Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:

- 3 maj 2027
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Mer information kommer närmare första träffen.

Hälsningar
Linnea Hassis
Region Dalarna
""",
             X("change", [P("Maja Ström", "maja.strom@leksand.se", "Leksands kommun"),
                          P("Per-Erik Hansson", "per-erik.hansson@leksand.se", "Leksands kommun")], [S2]),
             "substitution for one session: colleague goes 21 Sep in her place, she keeps the rest; quoted confirmation lists all four"),

        # ---------------------------------------------------------------- Hedemora: leaving the job
        mail("k049", "2027-03-08T16:41", ("Tobias Lindkvist", "tobias.lindkvist@hedemora.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Jag har fått en ny tjänst i Uppsala och slutar på Hedemora kommun den 31 mars. Jag behöver därför avanmäla mig från DalaLab. Tråkigt, det såg ut att bli riktigt bra!

Min chef Annika Forsberg återkommer om någon annan från Hedemora ska ta platsen.

Tack för gott samarbete genom åren.

Tobias

--
Tobias Lindkvist
Planarkitekt | Hedemora kommun
Samhällsbyggnadsförvaltningen
0225-34 000
""",
             X("cancel", [P("Tobias Lindkvist", "tobias.lindkvist@hedemora.se", "Hedemora kommun")], ALL),
             "leaving the job: full cancellation, no session named -> all four; his manager is only mentioned; '31 mars' is not a session"),

        # ---------------------------------------------------------------- Gagnef: HR asks to remove a person
        mail("k050", "2027-02-15T11:03", ("HR Gagnefs kommun", "personal@gagnef.se"),
             "Avslutad anställning – DalaLab",
             """Hej,

Vi på HR har fått information om att Sven Ålander, som tidigare arbetade på samhällsbyggnadsförvaltningen, är anmäld till DalaLab. Sven avslutade sin anställning hos Gagnefs kommun den 31 januari 2027.

Vänligen ta bort honom från deltagarlistan.

Frågor om vem som eventuellt ersätter honom hänvisas till förvaltningen.

Med vänlig hälsning

Liselott Grahn
HR-konsult
HR-avdelningen
Gagnefs kommun
0241-150 00
""",
             X("cancel", [P("Sven Ålander", None, "Gagnefs kommun")], ALL),
             "HR (functional mailbox) asks to remove a former employee from the list -> cancel of him, all four; sender not in people",
             charset="windows-1252"),

        # ---------------------------------------------------------------- Smedjebacken: two mails a week apart
        mail("k051", "2027-01-18T13:05", ("Anneli Hedström", "anneli.hedstrom@smedjebacken.se"),
             "Anmälan DalaLab Smedjebacken",
             """Hej!

Vi vill anmäla två personer från Smedjebackens kommun till DalaLab:

Anneli Hedström (jag), anneli.hedstrom@smedjebacken.se
Rickard Öberg, rickard.oberg@smedjebacken.se

Båda på alla träffar. Vi blir kanske en till, jag återkommer i så fall.

Hälsningar
Anneli

Anneli Hedström
Samhällsplanerare
Smedjebackens kommun
777 80 Smedjebacken
0240-660 000
""",
             X("register", [P("Anneli Hedström", "anneli.hedstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Rickard Öberg", "rickard.oberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "self + colleague on two lines with addresses, 'alla träffar'; a possible third person is only announced"),
        mail("k052", "2027-01-25T08:20", ("Anneli Hedström", "anneli.hedstrom@smedjebacken.se"),
             "SV: Anmälan DalaLab Smedjebacken",
             """Hej igen!

Nu vet vi: vår nya miljöstrateg Leila Nasser vill också vara med, men bara på de två höstträffarna (21/9 och 29/11). Hennes adress är leila.nasser@smedjebacken.se.

Rickard och jag gäller som tidigare.

/Anneli

Från: Anneli Hedström
Skickat: den 18 januari 2027 13:05
Till: 'linnea.hassis@regiondalarna.se' <linnea.hassis@regiondalarna.se>
Ämne: Anmälan DalaLab Smedjebacken

Hej!

Vi vill anmäla två personer från Smedjebackens kommun till DalaLab:

Anneli Hedström (jag), anneli.hedstrom@smedjebacken.se
Rickard Öberg, rickard.oberg@smedjebacken.se

Båda på alla träffar. Vi blir kanske en till, jag återkommer i så fall.

Hälsningar
Anneli
""",
             X("register", [P("Leila Nasser", "leila.nasser@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "same office a week later adds a third person for the two autumn sessions; the earlier two 'gäller som tidigare'; own earlier mail quoted"),

        # ---------------------------------------------------------------- Mora: three places taken, a fourth asks
        mail("k053", "2027-03-22T12:18", ("Elsa Rosén", "elsa.rosen@mora.se"),
             "Fjärde person från Mora?",
             """Hej Linnea,

Jag förstår att Mora redan har tre anmälda till DalaLab (Mats Ekström, Jakob Lindahl och Ebba Sundin). Jag jobbar också med översiktsplanen och skulle väldigt gärna vilja vara med.

Går det att ställa mig som reserv om någon av dem får förhinder, eller om det blir platser över? I så fall gärna på alla fyra träffarna.

Tack på förhand!

Elsa Rosén
Planarkitekt
Mora kommun
Fredsgatan 16, 792 80 Mora
0250-260 00
""",
             X("register", [P("Elsa Rosén", "elsa.rosen@mora.se", "Mora kommun")], ALL),
             "fourth person from a municipality asks to be put on the reserve list -> register (rules wait-list); the three registered colleagues are not in people"),

        # ---------------------------------------------------------------- Vansbro: team via Telegram
        tg("k054", "2026-12-11T21:14", "Kristina Dahlberg", 6023871145,
           "hej! anmäler mitt gäng från vansbro: jag, linus berg och ida sahlin 🙌 alla fyra träffarna. ida är glutenfri. /kristina (plan o bygg vansbro)",
           X("register", [P("Kristina Dahlberg", None, "Vansbro kommun"),
                          P("Linus Berg", None, "Vansbro kommun"),
                          P("Ida Sahlin", None, "Vansbro kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "telegram, lower case: sender + two colleagues, all four; one colleague glutenfri"),

        # ---------------------------------------------------------------- Region Dalarna: plain-text table
        mail("k055", "2027-01-11T09:32", ("Susanne Krantz", "susanne.krantz@regiondalarna.se"),
             "Anmälan från Samhällsplanering, Regional utveckling",
             """Hej Linnea!

Här kommer anmälningar från oss på regionen. Vi är tre som vill gå på samtliga träffar:

Namn                Enhet                           Specialkost
Susanne Krantz      Samhällsplanering               -
Omar Haddad         Kollektivtrafikförvaltningen    vegetarisk
Linda Pettersson    Samhällsplanering               laktosfri

Mejladresserna är som vanligt förnamn.efternamn@regiondalarna.se.

Ha det gott!
Susanne

Susanne Krantz
Strateg, samhällsplanering
Avdelningen för regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Telefon 023-49 00 00
""",
             X("register", [P("Susanne Krantz", "susanne.krantz@regiondalarna.se", "Region Dalarna"),
                            P("Omar Haddad", "omar.haddad@regiondalarna.se", "Region Dalarna", diet="vegetarisk"),
                            P("Linda Pettersson", "linda.pettersson@regiondalarna.se", "Region Dalarna", diet="laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "Region Dalarna colleague lists herself and two others in a plain-text table; addresses only as the pattern förnamn.efternamn@; two diets"),

        # ---------------------------------------------------------------- Orsa: reply to the invitation, two people
        mail("k056", "2026-12-09T13:30", ("Nilsson Emma", "emma.nilsson@orsa.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag och min kollega Hugo Lund (hugo.lund@orsa.se) vill gärna vara med på träff 1 och 3.

Hugo har nötallergi (svår), så det vore bra om köket vet om det.

Mvh
Emma Nilsson
Samhällsbyggnadsförvaltningen
Orsa kommun
0250-552 00

""" + INVITE_OUTLOOK.format(to="Nilsson Emma <emma.nilsson@orsa.se>"),
             X("register", [P("Emma Nilsson", "emma.nilsson@orsa.se", "Orsa kommun"),
                            P("Hugo Lund", "hugo.lund@orsa.se", "Orsa kommun", diet="nötallergi")],
               [S1, S3], diet="nötallergi"),
             "Outlook reply above the quoted invitation (all four dates): self + colleague, 'träff 1 och 3'; surname-first display name"),

        # ---------------------------------------------------------------- Säter: manager forwards a colleague's wish
        mail("k057", "2027-01-27T10:48", ("Camilla Norling", "camilla.norling@sater.se"),
             "VB: DalaLab",
             """Hej Linnea!

Se nedan – Ahmad vill gärna gå. Anmäl honom och mig, vi kommer båda på alla fyra träffarna.

Hälsningar
Camilla Norling
Enhetschef Plan och bygg
Säters kommun
Tel 0225-550 00

-----Ursprungligt meddelande-----
Från: Ahmad Rahimi <ahmad.rahimi@sater.se>
Skickat: den 26 januari 2027 15:02
Till: Camilla Norling <camilla.norling@sater.se>
Ämne: DalaLab

Hej Camilla,

Jag såg inbjudan till DalaLab från Region Dalarna. Är det ok om jag är med? Det verkar relevant för arbetet med den nya översiktsplanen.

/Ahmad
""",
             X("register", [P("Camilla Norling", "camilla.norling@sater.se", "Säters kommun"),
                            P("Ahmad Rahimi", "ahmad.rahimi@sater.se", "Säters kommun")], ALL),
             "manager forwards (VB:) a colleague's internal request and registers him and herself; his address only in the forwarded header"),

        # ---------------------------------------------------------------- Rättvik: assistant registers two chiefs
        mail("k058", "2027-03-10T14:25", ("Ingela Persson", "ingela.persson@rattvik.se"),
             "Anmälan DalaLab – kommundirektör och samhällsbyggnadschef",
             """Hej,

Å kommundirektör Ulrika Sandströms och samhällsbyggnadschef Jan-Olof Mårds vägnar vill jag anmäla dem båda till DalaLab, träffarna tisdag 21 september och måndag 29 november.

E-post:
ulrika.sandstrom@rattvik.se
jan-olof.mard@rattvik.se

Ingen specialkost.

Med vänliga hälsningar

Ingela Persson
Nämndsekreterare / assistent
Kommunledningskontoret
Rättviks kommun
Riksvägen 23, 795 80 Rättvik
0248-700 00
""",
             X("register", [P("Ulrika Sandström", "ulrika.sandstrom@rattvik.se", "Rättviks kommun"),
                            P("Jan-Olof Mård", "jan-olof.mard@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "assistant registers the municipal director and the planning chief ('å ... vägnar') for two autumn sessions with weekdays; sender not in people"),

        # ---------------------------------------------------------------- Älvdalen: short Telegram signup
        tg("k059", "2027-02-18T07:52", "Aino Koskinen", 5190334782,
           "Hej, jag heter Aino Koskinen och jobbar på Älvdalens kommun. Vill anmäla mig till 21/9 och 29/11 tack",
           X("register", [P("Aino Koskinen", None, "Älvdalens kommun")], [S2, S3]),
           "telegram self-signup, two dates as d/m"),

        # ---------------------------------------------------------------- Malung-Sälen: English, sent by the manager
        mail("k060", "2027-02-24T11:06", ("Marco Bianchi", "marco.bianchi@malung-salen.se"),
             "DalaLab registration",
             """Hi Linnea,

I'm the new planner at Malung-Sälen municipality (I started in January). My manager Sarah Jansson asked me to sign up for DalaLab.

I would like to attend all sessions except November 29 - that week I'm on parental leave.

Dietary requirements: no pork.

Best regards,
Marco Bianchi
Planner / Planarkitekt
Malung-Sälens kommun
+46 280 180 00
""",
             X("register", [P("Marco Bianchi", "marco.bianchi@malung-salen.se", "Malung-Sälens kommun", diet="no pork")],
               [S1, S2, S4], diet="no pork"),
             "English, new employee told by his manager to sign up (manager only mentioned); 'all sessions except November 29'"),

        # ---------------------------------------------------------------- consultant on one of Avesta's places
        mail("k061", "2027-03-04T09:15", ("Petter Åberg", "petter@abergplan.se"),
             "Anmälan DalaLab (för Avesta kommun)",
             """Hej Linnea!

Jag är konsult och tar fram Avestas nya översiktsplan på uppdrag av kommunen. Planchefen Jonas Ehn har bett mig delta i DalaLab på en av Avesta kommuns platser.

Jag anmäler mig därför till träffarna 21 sept och 22 feb.

Vänliga hälsningar
Petter Åberg
Åberg Plan & Miljö AB
070-318 22 64
www.abergplan.se
""",
             X("register", [P("Petter Åberg", "petter@abergplan.se", "Avesta kommun")], [S2, S4]),
             "consultant taking one of a municipality's places -> that municipality; 'sept'/'feb' without year"),

        # ---------------------------------------------------------------- Länsstyrelsen: two officers
        mail("k062", "2027-02-16T10:27", ("Patrik Nordin", "patrik.nordin@lansstyrelsen.se"),
             "Anmälan DalaLab – Länsstyrelsen",
             """Hej Linnea,

Vi blir två från Länsstyrelsen: jag och Sofie Grip (sofie.grip@lansstyrelsen.se) från enheten för hållbar samhällsutveckling. Vi anmäler oss till samtliga tillfällen.

Laktosfritt för min del, tack.

Hälsningar
Patrik Nordin
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR).
""",
             X("register", [P("Patrik Nordin", "patrik.nordin@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="laktosfritt"),
                            P("Sofie Grip", "sofie.grip@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               ALL, diet="laktosfritt"),
             "Länsstyrelsen: self + colleague, 'samtliga tillfällen'; diet 'laktosfritt' for the sender only; GDPR footer",
             charset="windows-1252"),

        # ---------------------------------------------------------------- Gagnef: phone mail
        mail("k063", "2027-03-11T06:58", ("Lotta Bergman", "lotta.bergman@gagnef.se"),
             "Dalalab",
             """Hej! Anmäl mig till träffen 3/5. Har nötallergi.

Mvh Lotta Bergman, Gagnefs kommun

Skickat från min iPhone
""",
             X("register", [P("Lotta Bergman", "lotta.bergman@gagnef.se", "Gagnefs kommun", diet="nötallergi")],
               [S1], diet="nötallergi"),
             "short phone mail, one date '3/5', nut allergy"),

        # ---------------------------------------------------------------- Ludvika: planchef's HTML table incl. herself
        mail("k064", "2027-02-03T10:40", ("Engström Charlotte", "charlotte.engstrom@ludvika.se"),
             "Anmälan DalaLab – Ludvika kommun",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} td {font-family:"Calibri",sans-serif; font-size:11.0pt; padding:2pt 6pt;} --></style>
</head>
<body lang="SV">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">H&auml;r kommer Ludvika kommuns tre deltagare i DalaLab. Vi deltar p&aring; tr&auml;ff 1, 2 och 4 &ndash; den 29 november krockar tyv&auml;rr med budgetberedningen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><b>Namn</b></td><td><b>Befattning</b></td><td><b>E-post</b></td><td><b>Kost</b></td></tr>
<tr><td>Charlotte Engstr&ouml;m</td><td>Planchef</td><td><a href="mailto:charlotte.engstrom@ludvika.se">charlotte.engstrom@ludvika.se</a></td><td>&nbsp;</td></tr>
<tr><td>Ali Yusuf</td><td>Planarkitekt</td><td><a href="mailto:ali.yusef@ludvika.se">ali.yusef@ludvika.se</a></td><td>Halal</td></tr>
<tr><td>Hanna Bergkvist</td><td>GIS-samordnare</td><td><a href="mailto:hanna.bergkvist@ludvika.se">hanna.bergkvist@ludvika.se</a></td><td>Vegetarisk</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<o:p></o:p></p>
<p class="MsoNormal"><b>Charlotte Engstr&ouml;m</b><br>
Planchef<br>
Samh&auml;llsbyggnadsf&ouml;rvaltningen | Ludvika kommun<br>
Tel 0240-860 00<o:p></o:p></p>
</div>
</body></html>
""",
             X("register", [P("Charlotte Engström", "charlotte.engstrom@ludvika.se", "Ludvika kommun"),
                            P("Ali Yusuf", "ali.yusef@ludvika.se", "Ludvika kommun", diet="halal"),
                            P("Hanna Bergkvist", "hanna.bergkvist@ludvika.se", "Ludvika kommun", diet="vegetarisk")],
               [S1, S2, S4], diet="halal, vegetarisk"),
             "HTML-only Outlook mail, windows-1252: planning manager's table of three incl. herself; 'träff 1, 2 och 4'; a mistyped address kept as written",
             html=True, charset="windows-1252"),

        # ---------------------------------------------------------------- Borlänge again a week later: one session off
        mail("k065", "2026-12-09T09:05", ("Westin Karolina", "karolina.westin@borlange.se"),
             "SV: Anmälan DalaLab – planenheten Borlänge",
             """Hej igen,

En justering av Borlänges anmälan från förra veckan: Dragan Petrović kan inte delta den 29 november, då har han semester. Mikael och Jessica går på alla fyra som planerat, och Dragan på de övriga tre.

Med vänlig hälsning

Karolina Westin
Planchef
Samhällsbyggnadsförvaltningen
Borlänge kommun
Tel: 0243-740 00 (vx)

Från: Westin Karolina
Skickat: den 2 december 2026 08:47
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Anmälan DalaLab – planenheten Borlänge

Hej Linnea!

Tack för inbjudan. Från planenheten i Borlänge skickar jag följande tre medarbetare, som deltar på samtliga fyra träffar:

1. Mikael Strömberg, planarkitekt – mikael.stromberg@borlange.se
2. Jessica Lind, översiktsplanerare – jessica.lind@borlange.se
3. Dragan Petrović, trafikplanerare – dragan.petrovic@borlange.se

Jessica är vegetarian, övriga äter allt.
""",
             X("cancel", [P("Dragan Petrović", None, "Borlänge kommun")], [S3]),
             "same manager a week later: one colleague withdraws from 29 Nov and keeps the rest -> cancel of that session; her own earlier mail quoted"),

        # ---------------------------------------------------------------- Orsa: Telegram partial cancel
        tg("k066", "2027-04-03T17:40", "Hugo Lund", 7042250918,
           "hej det är hugo från orsa. kan tyvärr inte komma 29 nov, har fått en annan utbildning då. emma kommer som vanligt",
           X("cancel", [P("Hugo Lund", None, "Orsa kommun")], [S3]),
           "telegram: withdraws from one session; colleague only mentioned"),

        # ---------------------------------------------------------------- Älvdalen: leaving, successor takes over
        mail("k067", "2027-03-30T13:12", ("Britt-Marie Olsson", "britt-marie.olsson@alvdalen.se"),
             "Byte av deltagare DalaLab – Älvdalen",
             """Hej Linnea!

Jag går i pension vid månadsskiftet april/maj och kommer alltså inte att kunna delta i DalaLab. Min efterträdare Kim Sundberg tar över min plats på samtliga träffar. Kims e-post är kim.sundberg@alvdalen.se.

Tack för allt och lycka till med projektet!

Hälsningar
Britt-Marie Olsson
Samhällsplanerare
Älvdalens kommun
Dalgatan 78, 796 31 Älvdalen
0251-310 00
""",
             X("change", [P("Britt-Marie Olsson", "britt-marie.olsson@alvdalen.se", "Älvdalens kommun"),
                          P("Kim Sundberg", "kim.sundberg@alvdalen.se", "Älvdalens kommun")], ALL),
             "retiring: successor takes her place on all sessions -> change with both; 'månadsskiftet april/maj' is no session"),

        # ---------------------------------------------------------------- Falun: partial hand-over
        mail("k068", "2027-03-29T08:36", ("Sara Lindholm", "sara.lindholm@falun.se"),
             "Ändring DalaLab – överlämning till kollega",
             """Hej!

Jag är anmäld till hela serien, men jag blir föräldraledig från oktober. Min kollega Emir Hodžić (emir.hodzic@falun.se) tar därför över mina två sista träffar, den 29:e november och 22 februari. Själv kommer jag den 3 maj och 21 september som planerat.

Tack!
Sara

Sara Lindholm
Planeringsarkitekt
Stadsbyggnadsförvaltningen, Falu kommun
023-83 000
""",
             X("change", [P("Sara Lindholm", "sara.lindholm@falun.se", "Falu kommun"),
                          P("Emir Hodžić", "emir.hodzic@falun.se", "Falu kommun")], [S3, S4]),
             "partial hand-over: a colleague takes her last two sessions, she keeps the first two -> change, sessions = the substitute's"),

        # ---------------------------------------------------------------- Gagnef: newcomer after HR's earlier cancellation
        mail("k069", "2027-03-03T15:55", ("Ann-Sofie Wirén", "ann-sofie.wiren@gagnef.se"),
             "Ny deltagare från Gagnef i DalaLab",
             """Hej Linnea!

Som du säkert fått veta från vår HR har Sven Ålander slutat hos oss. Vi vill gärna behålla platsen i DalaLab: vår nyanställda planarkitekt Petra Holm tar över den. Hon kan vara med på alla fyra träffarna.

Petras e-post: petra.holm@gagnef.se

Vänliga hälsningar
Ann-Sofie Wirén
Samhällsbyggnadschef
Gagnefs kommun
""",
             X("register", [P("Petra Holm", "petra.holm@gagnef.se", "Gagnefs kommun")], ALL),
             "newcomer takes the place of a colleague cancelled in an earlier mail (HR's) -> register of the newcomer only; sender not in people"),

        # ---------------------------------------------------------------- Falun: reserve when the places are full
        mail("k070", "2027-03-31T10:02", ("Peter Wennberg", "peter.wennberg@falun.se"),
             "Reserv till DalaLab 3 maj",
             """Hej Linnea,

Jag vet att Falu kommun redan har fyllt sina tre platser i DalaLab. Om det blir återbud vill vi gärna att Lovisa Hed (lovisa.hed@falun.se) får platsen – kan ni sätta upp henne som reserv till träffen 3 maj?

Mvh
Peter Wennberg
Stadsbyggnadschef
Falu kommun
""",
             X("register", [P("Lovisa Hed", "lovisa.hed@falun.se", "Falu kommun")], [S1]),
             "municipality's three places filled: chief asks to put a colleague on the reserve list for 3 May -> register of her (wait-listed by the rules)"),

        # ---------------------------------------------------------------- Malung-Sälen: assistant via Telegram
        tg("k071", "2027-03-18T13:27", "Nathalie Ek", 5678120934,
           "Hej! Jag skriver för min chef Hans Lindberg (plan- och byggchef i Malung-Sälen). Han vill anmäla sig till alla fyra träffarna. Hans mejl: hans.lindberg@malung-salen.se",
           X("register", [P("Hans Lindberg", "hans.lindberg@malung-salen.se", "Malung-Sälens kommun")], ALL),
           "telegram: assistant registers her chief (sender not in people); address in the text"),

        # ---------------------------------------------------------------- questions
        mail("k072", "2027-02-22T09:44", ("Jonas Ehn", "jonas.ehn@avesta.se"),
             "Fråga om DalaLab – samma personer varje gång?",
             """Hej!

Vi funderar på hur vi ska anmäla oss från Avesta och har två frågor innan vi bestämmer oss:

1. Måste det vara samma tre personer på alla fyra träffarna, eller kan vi skicka olika personer beroende på tema (så länge vi aldrig är fler än tre)?
2. Vi har en konsult som tar fram vår ÖP. Kan han gå på en av kommunens platser?

Tacksam för svar.

Jonas Ehn
Planchef
Avesta kommun
0226-645 00
""",
             X("question"),
             "planning manager asks about the quota (rotating people, a consultant on a municipal place) before registering anyone"),
        mail("k073", "2027-04-01T14:10", ("Forsberg Annika", "annika.forsberg@hedemora.se"),
             "Vilka från Hedemora är anmälda?",
             """Hej Linnea,

Efter att Tobias Lindkvist slutat har jag tappat bort vem från Hedemora som fortfarande står anmäld till DalaLab. Kan du skicka en lista? Och går det att föra över hans plats till en ny medarbetare som börjar först i maj, även om anmälan stänger den 14 april?

Tack!
Annika

Annika Forsberg
Plan- och byggchef
Hedemora kommun
0225-34 000
""",
             X("question"),
             "manager asks who from her municipality is registered and whether a place can be transferred after the deadline; no one named to register"),
        tg("k074", "2027-03-16T19:05", "Erik Nyström", 6402881157,
           "hej! finns det parkering vid lokalen i falun? och vilken lokal blir det egentligen, står bara Falun i inbjudan",
           X("question"),
           "telegram question about parking and venue"),
        mail("k075", "2027-03-23T16:30", ("Hannah Whitfield", "hannah.whitfield@urbanform-consulting.com"),
             "Question: is DalaLab open to consultants?",
             """Dear Ms Hassis,

I work for a planning consultancy based in Stockholm and we currently have two assignments in Dalarna (comprehensive plans for smaller municipalities). A colleague forwarded the DalaLab invitation to me.

Is the programme open to private consultants, or only to municipal and regional staff? And if consultants can join, is there a fee?

Kind regards,
Hannah Whitfield
Senior Planner
Urban Form Consulting AB
+46 8 120 455 00
""",
             X("question"),
             "English question from a consultant whether consultants may take part; no signup"),

        # ---------------------------------------------------------------- automatic mail
        mail("k076", "2026-12-23T08:00", ("Westin Karolina", "karolina.westin@borlange.se"),
             "Automatiskt svar: Bekräftelse – anmälan DalaLab",
             """Tack för ditt mejl!

Jag är ledig 23 december–6 januari och läser inte min e-post under den tiden. Vid brådskande ärenden, kontakta planenheten via kommunens växel 0243-740 00.

Karolina Westin
Planchef, Borlänge kommun
""",
             X("auto_reply"),
             "Outlook out-of-office (no auto headers) from the planning manager; holiday dates and phone only"),
        mail("k077", "2027-04-02T09:31", ("Tobias Lindkvist", "tobias.lindkvist@hedemora.se"),
             "Automatiskt svar: Information inför DalaLab 3 maj",
             """Tobias Lindkvist har avslutat sin anställning vid Hedemora kommun.

Ditt meddelande har inte vidarebefordrats. Kontakta i stället Samhällsbyggnadsförvaltningen via kommunens växel, 0225-34 000, eller hedemora@hedemora.se.

Med vänlig hälsning
Hedemora kommun
""",
             X("auto_reply"),
             "auto-reply from the mailbox of someone who has left; the echoed subject names 3 May"),
        mail("k079", "2027-02-03T10:41", ("Microsoft Outlook", "postmaster@ludvika.se"),
             "Olevererbart: Bekräftelse – anmälan DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

ali.yusef@ludvika.se
Det gick inte att hitta e-postadressen som du angav. Kontrollera mottagarens e-postadress och försök sedan skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: SE1P280MB0512.SWEP280.PROD.OUTLOOK.COM

ali.yusef@ludvika.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: ali.yusef@ludvika.se
Subject: Bekräftelse – anmälan DalaLab
Date: Wed, 3 Feb 2027 10:40:52 +0100

Hej Ali!

Du är anmäld till DalaLab den 3 maj 2027, 21 september 2027 och 22 februari 2028.
""",
             X("auto_reply"),
             "Exchange non-delivery report (Swedish) for a mistyped colleague address; the returned confirmation names a person and three dates"),

        # ---------------------------------------------------------------- Leksand: Telegram, two people
        tg("k078", "2027-03-26T20:48", "Linnéa Dufva", 5833109276,
           "tjena! anmäl mig o kollegan siri hellström till höstens två träffar 🍂 vi e från leksand",
           X("register", [P("Linnéa Dufva", None, "Leksands kommun"),
                          P("Siri Hellström", None, "Leksands kommun")], [S2, S3]),
           "telegram lower case: self + colleague, 'höstens två träffar' = 21 Sep + 29 Nov"),

        # ---------------------------------------------------------------- not about the event
        mail("k080", "2027-02-01T07:15", ("Siljansgården Konferens", "info@siljansgardenkonferens.se"),
             "Planera vårens kick-off? 20 % på dagkonferens i mars och april",
             """Hej!

Nu är det dags att boka vårens planeringsdagar. Hos oss på Siljansgården får ni konferensrum med utsikt över Siljan, förmiddagsfika, lunch och eftermiddagsfika.

Erbjudande: 20 % rabatt på dagkonferens vardagar 1 mars–30 april 2027. Gäller grupper om minst 10 personer.
Boka senast 15 februari med koden VÅR27.

Vi tar hänsyn till all specialkost – vegetariskt, glutenfritt, laktosfritt.

Välkomna!
Siljansgården Konferens
Siljansvägen 4, 795 70 Tällberg
0247-500 00

Vill du inte längre få våra utskick? Avregistrera dig här: https://siljansgardenkonferens.se/avregistrera
""",
             X("unknown"),
             "marketing mail from a conference venue: dates, 'boka', diets -> unknown"),
        mail("k081", "2027-01-13T15:22", ("Karin Ljung", "karin.ljung@regiondalarna.se"),
             "Rum till RUS-workshopen",
             """Hej Linnea!

Kan du hjälpa mig att boka Lugnet-rummet till RUS-workshopen den 15 mars? Vi blir ungefär tolv personer från kommunerna. Jag tar hand om fikabeställningen själv.

Tack snälla!
/Karin

Karin Ljung
Utvecklingsstrateg
Region Dalarna
""",
             X("unknown"),
             "internal mail from a Region colleague about another workshop; not about DalaLab"),

        # ---------------------------------------------------------------- erasure
        mail("k082", "2027-04-06T19:20", ("Ahmad Rahimi", "ahmad.rahimi88@gmail.com"),
             "Radera mina uppgifter",
             """Hej,

Jag anmäldes till DalaLab i januari av min dåvarande chef på Säters kommun. Jag har nu bytt jobb och ska inte delta. Jag vill att ni raderar alla mina personuppgifter som finns hos er i samband med anmälan.

Tack.

Ahmad Rahimi
""",
             X("erasure", [P("Ahmad Rahimi", "ahmad.rahimi88@gmail.com", "Säters kommun")]),
             "erasure from a private address after changing jobs; registered earlier by his manager"),
        tg("k083", "2027-04-09T22:16", "Tove Lind", 6911457720,
           "hej, kan ni ta bort allt ni har sparat om mig? jag ska inte vara med längre",
           X("erasure", [P("Tove Lind", None, None)]),
           "telegram erasure request; no organisation"),

        # ---------------------------------------------------------------- changes
        mail("k084", "2027-02-10T13:47", ("Westin Karolina", "karolina.westin@borlange.se"),
             "Komplettering – kost",
             """Hej Linnea!

En komplettering till Borlänges anmälan: Mikael Strömberg behöver numera glutenfri kost. I övrigt är allt oförändrat.

Med vänlig hälsning
Karolina Westin
Planchef, Borlänge kommun
""",
             X("change", [P("Mikael Strömberg", None, "Borlänge kommun", diet="glutenfri")], [], diet="glutenfri"),
             "manager updates a colleague's diet, no sessions stated -> change with []"),
        mail("k085", "2027-03-15T08:12", ("Marco Bianchi", "marco.bianchi@malung-salen.se"),
             "RE: DalaLab registration",
             """Hi again Linnea,

I'm currently registered for May 3, Sept 21 and Feb 22. My parental leave has been moved to December, so I can make it on November 29 as well - could you add that one?

Thanks!
Marco

Marco Bianchi
Planner / Planarkitekt
Malung-Sälens kommun
""",
             X("change", [P("Marco Bianchi", "marco.bianchi@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "English: adds a session to the three he has -> change, sessions after the change = all four"),
        tg("k086", "2027-03-24T12:02", "Aino Koskinen", 5190334782,
           "hej igen! kan jag byta 29/11 mot 22/2? /aino, älvdalen",
           X("change", [P("Aino Koskinen", None, "Älvdalens kommun")], [S4]),
           "telegram bare swap -> the new session only"),
        mail("k087", "2027-01-20T11:38", ("Birgitta Mattsson", "birgitta.mattsson@falun.se"),
             "SV: Anmälan: Anders Holmqvist, samhällsbyggnadsdirektör",
             """Hej igen!

Anders Holmqvist har fått ändrade planer och kan nu även vara med den 21 september. Kan du lägga till honom på den träffen? Han är då anmäld till 3 maj och 21 september.

Tack!

Vänliga hälsningar
Birgitta Mattsson
Ledningsassistent
Samhällsbyggnadsförvaltningen
Falu kommun
023-83 000 (vx)
""",
             X("change", [P("Anders Holmqvist", None, "Falu kommun")], [S1, S2]),
             "assistant adds a session for her director and states both -> change, sessions after the change"),

        # ---------------------------------------------------------------- cancellations for others
        mail("k088", "2027-04-07T08:55", ("Ingela Persson", "ingela.persson@rattvik.se"),
             "Avanmälan 29 november – Rättvik",
             """Hej,

Ulrika Sandström och Jan-Olof Mård måste tyvärr avanmäla sig från träffen den 29 november, då det blir ett extra kommunfullmäktige den dagen. Anmälan till 21 september står kvar.

Med vänliga hälsningar

Ingela Persson
Nämndsekreterare / assistent
Kommunledningskontoret
Rättviks kommun
0248-700 00
""",
             X("cancel", [P("Ulrika Sandström", None, "Rättviks kommun"),
                          P("Jan-Olof Mård", None, "Rättviks kommun")], [S3]),
             "assistant withdraws both chiefs from one session, the other stays -> cancel of 29 Nov; sender not in people"),
        mail("k089", "2027-04-08T07:21", ("Linda Pettersson", "linda.pettersson@regiondalarna.se"),
             "Kliver av DalaLab",
             """Hej Linnea,

Jag måste tyvärr kliva av DalaLab helt – jag har fått ett nytt uppdrag inom kollektivtrafiken från 1 april och hinner inte med. Susanne och Omar är kvar som tänkt.

Ledsen för strulet!
/Linda

Skickat från Outlook för iOS
""",
             X("cancel", [P("Linda Pettersson", "linda.pettersson@regiondalarna.se", "Region Dalarna")], ALL),
             "Region colleague withdraws completely ('kliva av helt'); colleagues who stay only mentioned; '1 april' no session"),

        # ---------------------------------------------------------------- consultant for her own firm
        mail("k090", "2027-03-09T17:04", ("Johanna Frid", "johanna.frid@norrplan.se"),
             "Anmälan DalaLab",
             """Hej!

Jag arbetar på Norrplan Arkitekter AB och har just nu uppdrag åt både Rättvik och Orsa med underlag till deras översiktsplaner. Jag anmäler mig för företagets räkning (inte på någon av kommunernas platser) till den 3:e maj samt 22 feb -28.

Bra initiativ!

Hälsningar
Johanna Frid
Arkitekt SAR/MSA
Norrplan Arkitekter AB
Åsgatan 32, 791 71 Falun
073-612 40 88
""",
             X("register", [P("Johanna Frid", "johanna.frid@norrplan.se", None)], [S1, S4]),
             "consultant registers for her own firm, explicitly not on a municipal place -> organisation None; '3:e maj samt 22 feb -28'"),
    ]
