"""Writer 1 (r001-r060): municipal e-mail as civil servants in Dalarna write it, and a few Telegram messages."""
from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INBJUDAN = """Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet vänder sig i första hand till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Lärprojektet består av fyra träffar i Falun:

1. Måndag 3 maj 2027 kl. 10.00–15.00 (fika från 09.30)
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering. Boverket medverkar.
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 genom att svara på detta mejl. Ange namn, organisation och eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Projektledare, Regional utveckling
Region Dalarna"""


def outlook_quote(sent, to, subject="Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", body=INBJUDAN,
                  frm="Hassis Linnea <linnea.hassis@regiondalarna.se>"):
    return f"""________________________________
Från: {frm}
Skickat: {sent}
Till: {to}
Ämne: {subject}

{body}"""


def chevron_quote(head, body=INBJUDAN):
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.splitlines())


BEKR_S2_S3 = """Hej!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till:

  • Tisdag 21 september 2027, 10.00–15.00, Falun
  • Måndag 29 november 2027, 10.00–15.00, Falun

Vill du ändra eller avanmäla dig, svara på detta mejl.

Hälsningar
DalaLab / Region Dalarna"""


def messages():
    return [
        # ------------------------------------------------------------------ signups
        mail("r001", "2026-12-02T09:41:00", ("Svedberg Gunilla", "gunilla.svedberg@mora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig gärna till samtliga träffar.

Hälsningar
Gunilla

Gunilla Svedberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Mora kommun
Tfn: 0250-261 54
Mobil: 070-318 44 92
www.mora.se

""" + outlook_quote("den 1 december 2026 15:02", "Svedberg Gunilla; plan@mora.se; Holmström Anders"),
             X("register", [P("Gunilla Svedberg", "gunilla.svedberg@mora.se", "Mora kommun")], ALL),
             "Outlook reply 'SV:' with the whole invitation quoted below an Outlook header block; 'samtliga träffar'; "
             "From display name 'Efternamn Förnamn'"),

        mail("r002", "2026-12-03T14:05:00", ("Johan Lindqvist", "johan.lindqvist@borlange.se"), "Anmälan DalaLab – Borlänge",
             """Hej,

Härmed anmäls följande från Borlänge kommun till träffarna 3/5 och 21/9:

Johan Lindqvist, johan.lindqvist@borlange.se
Amira Hassan, amira.hassan@borlange.se
Peter Mård, peter.mard@borlange.se

Specialkost: Amira fläskfri. Övriga inga.

Vi återkommer om de senare träffarna när vi vet hur bemanningen ser ut efter omorganisationen.

Med vänliga hälsningar

Johan Lindqvist
Planchef | Samhällsbyggnadsförvaltningen
Borlänge kommun
Direkt: 0243-740 12 | Växel: 0243-740 00
Besöksadress: Stadshuset, Röda vägen 50, Borlänge
Postadress: 781 81 Borlänge

Tänk på miljön innan du skriver ut detta mejl.
När du skickar e-post till Borlänge kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.borlange.se/personuppgifter""",
             X("register", [P("Johan Lindqvist", "johan.lindqvist@borlange.se", "Borlänge kommun"),
                            P("Peter Mård", "peter.mard@borlange.se", "Borlänge kommun"),
                            P("Amira Hassan", "amira.hassan@borlange.se", "Borlänge kommun", "fläskfri")],
               [S1, S2], "fläskfri"),
             "planning chief registers himself + two colleagues with addresses, dates as 3/5 and 21/9; per-person diet; "
             "long signature with Besöksadress/Postadress and a GDPR footer (not an erasure)"),

        mail("r003", "2026-12-04T08:17:00", ("Britt-Marie Ollas", "britt-marie.ollas@leksand.se"), "Anmälan",
             """Hej!

Anmäler mig till måndag 3 maj. Resten av träffarna får jag återkomma om.

Kost: laktosfri.

Hälsningar
Britt-Marie Ollas
Leksands kommun""",
             X("register", [P("Britt-Marie Ollas", "britt-marie.ollas@leksand.se", "Leksands kommun", "laktosfri")], [S1],
               "laktosfri"),
             "short self-signup, weekday + date 'måndag 3 maj', hyphenated first name, diet"),

        mail("r004", "2026-12-07T10:30:00", ("Jenny Sjöholm", "jenny.sjoholm@ludvika.se"), "Anmälan till DalaLab från Ludvika",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Planeringsteamet i Ludvika kommun vill delta i hela lärprojektet, dvs. alla fyra träffarna. Vi är tre personer, se nedan.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Namn</th><th>Roll</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Jenny Sjöholm</td><td>Planarkitekt</td><td>jenny.sjoholm@ludvika.se</td><td>&ndash;</td></tr>
<tr><td>Ali Mansour</td><td>Översiktsplanerare</td><td>ali.mansour@ludvika.se</td><td>Vegetarisk</td></tr>
<tr><td>Kristina Mörk</td><td>Trafikstrateg</td><td>kristina.mork@ludvika.se</td><td>&ndash;</td></tr>
</table>
<p>Hälsningar<br>Jenny</p>
<p style="color:#6b6b6b;font-size:9pt">Jenny Sjöholm<br>Planarkitekt<br><b>Ludvika kommun</b> | Samhällsbyggnadsförvaltningen<br>
Tfn 0240-860 00<br>Besöksadress: Stationsgatan 3, Ludvika<br>
<a href="https://www.ludvika.se">www.ludvika.se</a></p>
</body></html>""",
             X("register", [P("Jenny Sjöholm", "jenny.sjoholm@ludvika.se", "Ludvika kommun"),
                            P("Ali Mansour", "ali.mansour@ludvika.se", "Ludvika kommun", "vegetarisk"),
                            P("Kristina Mörk", "kristina.mork@ludvika.se", "Ludvika kommun")], ALL, "vegetarisk"),
             "HTML-only mail with a table (name, role, address, diet); whole planning team of three incl. the sender; "
             "'hela lärprojektet, alla fyra'", html=True),

        mail("r005", "2026-12-08T15:52:00", ("Åke Jernberg", "ake.jernberg@sater.se"), "DalaLab",
             """Hej Linnea,

jag anmäler mig till tisdagen den 21:a september och måndagen den 29:e november. Våren blir det för mycket för min del så jag hoppar över maj, och februari vet jag inte än.

/Åke

Åke Jernberg
Bygg- och planhandläggare
Säters kommun
Box 85, 783 22 Säter
Tfn 0225-553 00 (vx)""",
             X("register", [P("Åke Jernberg", "ake.jernberg@sater.se", "Säters kommun")], [S2, S3]),
             "iso-8859-1; 'tisdagen den 21:a september och måndagen den 29:e november'; other months named as not attended",
             charset="iso-8859-1"),

        mail("r006", "2026-12-10T11:03:00", ("Marta Kowalska", "marta.kowalska@regiondalarna.se"), "Registration DalaLab",
             """Hi Linnea,

My name is Marta Kowalska and I started at the Region's unit for regional development in November, working with spatial planning and the regional development strategy. My Swedish is still work in progress, so I hope it's fine that I write in English.

I would like to join DalaLab for the first and the last session (3 May and 22 February). The two autumn sessions clash with a course I'm taking, unfortunately.

I'm vegan, if that matters for the lunch.

Thanks a lot!
Marta

Marta Kowalska
Analyst, Regional utveckling
Region Dalarna
+46 (0)23-49 01 77""",
             X("register", [P("Marta Kowalska", "marta.kowalska@regiondalarna.se", "Region Dalarna", "vegan")], [S1, S4],
               "vegan"),
             "English from an international colleague; 'first and the last session' with dates in brackets; autumn named "
             "as not attended; diet"),

        mail("r007", "2026-12-14T13:20:00", ("Ingrid Halvarsson", "ingrid.halvarsson@gagnef.se"), "Anmälan DalaLab",
             """Hej!

Jag och min kollega Per-Olof Back vill vara med på alla träffar utom den i februari. Den får vi återkomma om när vi vet mer om nästa års budget.

Per-Olof har ingen e-post just nu (vi byter system), så skicka allt till mig.

Tack å hej
Ingrid Halvarsson
Gagnefs kommun, Plan och bygg
0241-150 00""",
             X("register", [P("Ingrid Halvarsson", "ingrid.halvarsson@gagnef.se", "Gagnefs kommun"),
                            P("Per-Olof Back", None, "Gagnefs kommun")], [S1, S2, S3]),
             "sender + colleague without address; 'alla träffar utom den i februari'"),

        mail("r008", "2026-12-15T09:12:00", ("Roger Lundh", "roger.lundh@avesta.se"), "Anmälan medarbetare DalaLab",
             """Hej Linnea,

Jag anmäler tre av mina medarbetare till träffen om utvecklingsinriktning i ÖP-modellen i höst:

Linda Nordin, linda.nordin@avesta.se
Ahmed Yusuf, ahmed.yusuf@avesta.se
Karolina Öhman, karolina.ohman@avesta.se

Själv har jag tyvärr inte möjlighet att delta. Om de övriga träffarna får vi återkomma efter årsskiftet.

Med vänlig hälsning
Roger Lundh
Samhällsbyggnadschef
Avesta kommun
Tel 0226-645 00""",
             X("register", [P("Linda Nordin", "linda.nordin@avesta.se", "Avesta kommun"),
                            P("Ahmed Yusuf", "ahmed.yusuf@avesta.se", "Avesta kommun"),
                            P("Karolina Öhman", "karolina.ohman@avesta.se", "Avesta kommun")], [S2]),
             "manager registers three staff for one session named by theme ('utvecklingsinriktning i ÖP-modellen'); "
             "sender not attending"),

        mail("r009", "2026-12-16T16:44:00", ("Kerstin Wiklund", "kerstin.wiklund@hedemora.se"), "Anmälan DalaLab",
             """Hej,

Jag vill anmäla mig till DalaLab, tillfällena 2027-05-03 och 2027-11-29. De andra två krockar med nämndsammanträden.

Med vänlig hälsning

Kerstin Wiklund
Planeringsarkitekt
Hedemora kommun | Samhällsbyggnadsförvaltningen
Besöksadress: Åsgatan 28, Hedemora
Tel. 0225-341 87

Jag arbetar deltid måndag–torsdag.
Frånvarande 2027-02-15 – 2027-02-19.
Välkommen till samrådsmöte om ÖP Hedemora 2027-03-09 kl. 18.00 i Medborgarhuset!""",
             X("register", [P("Kerstin Wiklund", "kerstin.wiklund@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "ISO dates; signature with absence dates and another meeting's date (not sessions)"),

        tg("r010", "2026-12-18T20:31:00", "Karin Mattsson", 5123987001,
           "Hej! Karin Mattsson heter jag, jobbar med planfrågor på Orsa kommun. Vill anmäla mig till vårens träff 🙂",
           X("register", [P("Karin Mattsson", None, "Orsa kommun")], [S1]),
           "Telegram; 'vårens träff' sent in December 2026 = the May 2027 session"),

        mail("r011", "2026-12-21T07:58:00", ("Erik Nises", "erik.nises@rattvik.se"), "Dalalab",
             """Hej. Anmäler mig och Sanna Jons (sanna.jons@rattvik.se) till andra och tredje träffen.
Mvh Erik Nises Rättviks kommun

Skickat från min iPhone""",
             X("register", [P("Erik Nises", "erik.nises@rattvik.se", "Rättviks kommun"),
                            P("Sanna Jons", "sanna.jons@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "phone mail; sessions by order 'andra och tredje träffen'"),

        mail("r012", "2027-01-08T10:15:00", ("Anna Eriksson Pers", "anna.erikssonpers@malung-salen.se"), "Anmälan DalaLab Malung-Sälen",
             """God fortsättning!

Från Malung-Sälens kommun anmäler vi följande till alla tillfällen i DalaLab:

Backlund, Therese – therese.backlund@malung-salen.se – glutenfri
Olsson, Mats – mats.olsson@malung-salen.se
Eriksson Pers, Anna (undertecknad) – anna.erikssonpers@malung-salen.se

Hälsningar
Anna Eriksson Pers
Strategisk planerare
Malung-Sälens kommun
0280-181 00""",
             X("register", [P("Therese Backlund", "therese.backlund@malung-salen.se", "Malung-Sälens kommun", "glutenfri"),
                            P("Mats Olsson", "mats.olsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Anna Eriksson Pers", "anna.erikssonpers@malung-salen.se", "Malung-Sälens kommun")],
               ALL, "glutenfri"),
             "'Efternamn, Förnamn' list with the sender '(undertecknad)'; double surname; per-person diet; 'alla tillfällen'"),

        mail("r013", "2027-01-11T13:37:00", ("Fredrik Wallin", "fredrik.wallin@lansstyrelsen.se"), "Anmälan till DalaLab",
             """Hej Linnea,

Jag vill gärna delta på de två höstträffarna (september och november). Skicka gärna en kalenderinbjudan.

Hälsningar
Fredrik Wallin
Handläggare
Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 03 61
Besöksadress: Åsgatan 38, Falun
Postadress: 791 84 Falun

Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen. Information om hur vi behandlar personuppgifter finns på www.lansstyrelsen.se/dalarna/personuppgifter""",
             X("register", [P("Fredrik Wallin", "fredrik.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "'de två höstträffarna (september och november)'; signature with Besöksadress and a data-protection footer"),

        tg("r014", "2027-01-12T19:02:00", "Jonas Berglund", 6230418857,
           "Hej, Jonas Berglund här från Smedjebackens kommun. Vill gärna vara med på alla fyra träffarna i DalaLab!",
           X("register", [P("Jonas Berglund", None, "Smedjebackens kommun")], ALL),
           "Telegram self-signup, 'alla fyra träffarna'"),

        mail("r015", "2027-01-13T08:49:00", ("Lena Hedin", "lena.hedin@vansbro.se"), "anmälan",
             """Hej!
Anmäler mig till 3 maj, 29/11 samt 22/2 2028. September går tyvärr inte pga en utbildning.
Lena Hedin
Vansbro kommun, Planering och bygg""",
             X("register", [P("Lena Hedin", "lena.hedin@vansbro.se", "Vansbro kommun")], [S1, S3, S4]),
             "three sessions in three formats ('3 maj', '29/11', '22/2 2028'); September named as not attended"),

        mail("r016", "2027-01-15T11:26:00", ("Sebastian Grönlund", "sebastian.gronlund@falun.se"), "Anmälan DalaLab",
             """Hej Linnea!

Vi är två från Falu kommun som vill delta på träffen om önskvärda framtider och osäkerheter samt den om tillgänglighet:

- Sebastian Grönlund (jag), sebastian.gronlund@falun.se
- Maja Tidblad, maja.tidblad@falun.se

Maja är vegetarian.

Vänligen
Sebastian Grönlund
Samhällsplanerare, Stadsbyggnadsförvaltningen
Falu kommun""",
             X("register", [P("Sebastian Grönlund", "sebastian.gronlund@falun.se", "Falu kommun"),
                            P("Maja Tidblad", "maja.tidblad@falun.se", "Falu kommun", "vegetarian")], [S3, S4],
               "vegetarian"),
             "two sessions named by theme ('önskvärda framtider och osäkerheter', 'tillgänglighet'); bullet list with '(jag)'"),

        mail("r017", "2027-01-18T14:10:00", ("Tord Mångs", "tord.mangs@alvdalen.se"), "DalaLab",
             """Anmälan till sista träffen.
Kost: vegetarisk

Tord Mångs
Älvdalens kommun""",
             X("register", [P("Tord Mångs", "tord.mangs@alvdalen.se", "Älvdalens kommun", "vegetarisk")], [S4],
               "vegetarisk"),
             "terse; 'sista träffen' = 22 Feb 2028; diet"),

        mail("r018", "2027-01-19T09:33:00", ("Annika Bergkvist", "annika.bergkvist@regiondalarna.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             chevron_quote("""Hej!

Joakim Rehn och jag från Regional utveckling kommer båda på 21/9 och 29/11. Joakims adress är joakim.rehn@regiondalarna.se.

/Annika Bergkvist
Region Dalarna

Den 1 dec. 2026 kl. 15:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"""),
             X("register", [P("Annika Bergkvist", "annika.bergkvist@regiondalarna.se", "Region Dalarna"),
                            P("Joakim Rehn", "joakim.rehn@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "reply with the invitation quoted with '>' (all four dates); sender + colleague with address"),

        mail("r019", "2027-01-20T15:05:00", ("Hans Eriksson", "hans.eriksson@mora.se"), "Anmälan DalaLab",
             """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="SV" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Hej,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Anmäler mig härmed till DalaLab, samtliga fyra tillfällen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med vänlig hälsning<o:p></o:p></p>
<p class="MsoNormal"><b>Hans Eriksson</b><o:p></o:p></p>
<p class="MsoNormal">Mark- och exploateringsingenjör<o:p></o:p></p>
<p class="MsoNormal">Mora kommun | Tekniska förvaltningen<o:p></o:p></p>
<p class="MsoNormal">Tel: 0250-264 05<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F;font-size:8.0pt">Mora kommun behandlar dina personuppgifter enligt GDPR.</span><o:p></o:p></p>
</div></body></html>""",
             X("register", [P("Hans Eriksson", "hans.eriksson@mora.se", "Mora kommun")], ALL),
             "HTML-only Outlook (MsoNormal) mail; 'samtliga fyra tillfällen'", html=True),

        mail("r020", "2027-01-22T10:48:00", ("Mona Ingels", "mona.ingels@orsa.se"), "Anmälan DalaLab Orsa",
             """Hej!

Vi från Orsa kommun anmäler oss till träffarna 21.9 och 22.2:

Mona Ingels (jag)
Göran Skoglund

Göran har nötallergi.

Mvh Mona
Mona Ingels, planarkitekt, Orsa kommun
Box 23, 794 21 Orsa""",
             X("register", [P("Mona Ingels", "mona.ingels@orsa.se", "Orsa kommun"),
                            P("Göran Skoglund", None, "Orsa kommun", "nötallergi")], [S2, S4], "nötallergi"),
             "iso-8859-1; dates as 21.9 and 22.2; colleague without address; per-person diet", charset="iso-8859-1"),

        mail("r021", "2027-01-25T13:14:00", ("Diego Fernández", "diego.fernandez@falun.se"), "DalaLab registration",
             """Hello Linnea,

My colleague Sebastian forwarded the invitation to me. I work as an urban planner at Falun municipality (I moved here from Spain last year, so I hope English is ok).

Could you please register me for May 3rd and September 21st? I will decide about the later sessions after the summer.

I'm lactose intolerant.

Best regards,
Diego Fernández
Urban planner
Falu kommun – Stadsbyggnadsförvaltningen""",
             X("register", [P("Diego Fernández", "diego.fernandez@falun.se", "Falu kommun", "lactose intolerant")],
               [S1, S2], "lactose intolerant"),
             "English from an international colleague; 'May 3rd and September 21st'; a colleague mentioned who is not "
             "registered here"),

        tg("r022", "2027-01-27T12:02:00", "Emma Lindahl", 7011842396,
           "hej! anmäl mig o min kollega Petra Nilsson till 3/5. vi jobbar på hedemora kommun",
           X("register", [P("Emma Lindahl", None, "Hedemora kommun"), P("Petra Nilsson", None, "Hedemora kommun")], [S1]),
           "Telegram lower case; sender + colleague for 3/5"),

        mail("r023", "2027-02-01T08:40:00", ("Britt-Marie Ollas", "britt-marie.ollas@leksand.se"), "Anmälan av kollega",
             """Hej igen!

Jag är redan anmäld till första träffen den 3 maj. Nu vill jag även anmäla min nya kollega Olof Jansson, olof.jansson@leksand.se, till samma träff. Han började hos oss i januari och jobbar med översiktsplanen.

Hälsningar
Britt-Marie Ollas
Leksands kommun""",
             X("register", [P("Olof Jansson", "olof.jansson@leksand.se", "Leksands kommun")], [S1]),
             "registers a colleague only; the sender is already registered and is not among the people"),

        tg("r024", "2027-02-03T17:45:00", "Malin Strandberg", 5894403120,
           "Anmäler mig till alla träffarna! Malin Strandberg, Säter. Blir det lunch eller ska man ta med själv?",
           X("register", [P("Malin Strandberg", None, "Säters kommun")], ALL),
           "Telegram signup for all plus a lunch question -> register"),

        mail("r025", "2027-02-05T10:09:00", ("Helena Forsberg", "helena.forsberg@regiondalarna.se"), "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till alla träffar utom den 29 november – då är jag på konferens i Umeå.

Hälsningar
Helena Forsberg
Strateg samhällsplanering
Region Dalarna
Besöksadress: Myntgatan 2, Falun
Tfn 023-49 00 00 (vx)

Region Dalarna | Box 712 | 791 29 Falun | www.regiondalarna.se""",
             X("register", [P("Helena Forsberg", "helena.forsberg@regiondalarna.se", "Region Dalarna")], [S1, S2, S4]),
             "'alla träffar utom den 29 november'; region signature with Besöksadress and box address"),

        mail("r026", "2027-02-09T13:55:00", ("Therése Åberg", "therese.aberg@smedjebacken.se"), "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

jag anmäler mig till den 3:e maj och den 22:a februari.

Vänliga hälsningar
Therése Åberg
Planeringsarkitekt
Smedjebackens kommun

""" + outlook_quote("den 8 februari 2027 16:40", "Åberg Therése", subject="VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                    frm="Hedberg Ulla <ulla.hedberg@smedjebacken.se>",
                    body="""Hej Therése!
Kan du anmäla dig till det här? Du och Roger kanske kan dela upp träffarna mellan er.
/Ulla

""" + outlook_quote("den 1 december 2026 15:02", "Hedberg Ulla")),
             X("register", [P("Therése Åberg", "therese.aberg@smedjebacken.se", "Smedjebackens kommun")], [S1, S4]),
             "VB: chain: the boss forwarded the invitation ('Du och Roger kanske...'), the planner forwards it on with "
             "her signup on top; '3:e maj', '22:a februari'; Roger and Ulla are not registered"),

        mail("r027", "2027-02-11T09:26:00", ("Mikael Sundh", "mikael.sundh@gagnef.se"), "Anmälan",
             """Hej Linnea

Jag jobbar inte tisdagar, så jag anmäler mig till de två måndagsträffarna, 3 maj och 29 november.

Mvh
Mikael Sundh
GIS-ingenjör
Gagnefs kommun""",
             X("register", [P("Mikael Sundh", "mikael.sundh@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "'de två måndagsträffarna' with both dates given"),

        tg("r028", "2027-02-15T21:13:00", "Linus Åkesson", 6642017385,
           "tja! vill anmäla mig till träffarna 21 sept o 29 nov. /Linus, Region Dalarna (regional utveckling)",
           X("register", [P("Linus Åkesson", None, "Region Dalarna")], [S2, S3]),
           "Telegram informal, '21 sept o 29 nov'"),

        mail("r029", "2027-02-17T10:40:00", ("Daniel Pettersson", "daniel.pettersson@vansbro.se"), "Anmälan DalaLab",
             """Hej!

Vi anmäler oss till vårens och höstens träffar. Troligen februari också, men det återkommer vi om.

Daniel Pettersson (daniel.pettersson@vansbro.se)
Maja Gustafsson (hon har inte fått sin mejladress ännu, hon börjar 1 mars)

Mvh Daniel
Vansbro kommun""",
             X("register", [P("Daniel Pettersson", "daniel.pettersson@vansbro.se", "Vansbro kommun"),
                            P("Maja Gustafsson", None, "Vansbro kommun")], [S1, S2, S3]),
             "'vårens och höstens träffar' = May + both autumn sessions; February only tentative (not booked); "
             "'1 mars' is a start date"),

        mail("r030", "2027-02-22T14:28:00", ("Anneke de Vries", "anneke.devries@lansstyrelsen.se"), "Sign-up DalaLab",
             """Dear Linnea,

I'd like to sign up for DalaLab – all sessions except the one in November, when I'm on leave.

I work at the County Administrative Board (Länsstyrelsen Dalarna) with regional planning and climate adaptation.

Kind regards,
Anneke de Vries""",
             X("register", [P("Anneke de Vries", "anneke.devries@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S4]),
             "English 'all sessions except the one in November'; particle surname"),

        mail("r031", "2027-03-01T07:31:00", ("Eva Dahlin", "eva.dahlin@alvdalen.se"), "Anmälan DalaLab 2027-09-21",
             """Se ämnesraden :)

/Eva Dahlin, Älvdalens kommun""",
             X("register", [P("Eva Dahlin", "eva.dahlin@alvdalen.se", "Älvdalens kommun")], [S2]),
             "the session is only in the subject line"),

        # ------------------------------------------------------------------ changes
        mail("r032", "2027-03-02T11:50:00", ("Sanna Jons", "sanna.jons@rattvik.se"), "Byte av träff",
             """Hej!

Kan jag byta den 29 november mot den 22 februari?

Mvh Sanna Jons
Rättviks kommun""",
             X("change", [P("Sanna Jons", "sanna.jons@rattvik.se", "Rättviks kommun")], [S4]),
             "bare swap phrased as a question -> the new session only"),

        mail("r033", "2027-03-04T09:05:00", ("Kerstin Wiklund", "kerstin.wiklund@hedemora.se"), "SV: Anmälan DalaLab",
             """Hej igen,

Jag är anmäld till 3 maj och 29 nov. Nämndmötet i september har flyttats, så jag kan även den 21 september – lägg gärna till den!

Med vänlig hälsning

Kerstin Wiklund
Planeringsarkitekt
Hedemora kommun | Samhällsbyggnadsförvaltningen
Besöksadress: Åsgatan 28, Hedemora
Tel. 0225-341 87

Jag arbetar deltid måndag–torsdag.""",
             X("change", [P("Kerstin Wiklund", "kerstin.wiklund@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
             "adds a session to a stated signup -> the full set after the change"),

        mail("r034", "2027-03-05T08:22:00", ("Åke Jernberg", "ake.jernberg@sater.se"), "SV: DalaLab",
             """Hej igen, glömde skriva i min anmälan att jag är laktosintolerant. Det gäller alltså båda mina höstträffar.
/Åke""",
             X("change", [P("Åke Jernberg", "ake.jernberg@sater.se", "Säters kommun")], [S2, S3], "laktosintolerant"),
             "diet added to an existing signup; sessions stated as 'båda mina höstträffar'"),

        mail("r035", "2027-03-08T13:16:00", ("Maja Lönn", "maja.lonn@falun.se"), "Nytt namn och ny e-post",
             """Hej!

Jag anmälde mig som Maja Tidblad till träffarna 29/11 och 22/2. Jag har gift mig och heter nu Maja Lönn, och min nya e-postadress är maja.lonn@falun.se (den gamla, maja.tidblad@falun.se, slutar fungera i slutet av mars).

Anmälan gäller i övrigt som tidigare. Fortfarande vegetarian 😊

Maja Lönn
Falu kommun""",
             X("change", [P("Maja Lönn", "maja.lonn@falun.se", "Falu kommun", "vegetarian")], [S3, S4], "vegetarian"),
             "name and address change; the old name/address must not become a second person; sessions stated"),

        mail("r036", "2027-03-10T10:44:00", ("Kristina Mörk", "kristina.mork@ludvika.se"), "Ersättare 21 september",
             """Hej,

Jag kan tyvärr inte komma tisdagen den 21 september. Min kollega Sofie Lagerkvist (sofie.lagerkvist@ludvika.se) går i mitt ställe den dagen. Övriga träffar kommer jag på som planerat.

Hälsningar
Kristina Mörk
Trafikstrateg
Ludvika kommun""",
             X("change", [P("Kristina Mörk", "kristina.mork@ludvika.se", "Ludvika kommun"),
                          P("Sofie Lagerkvist", "sofie.lagerkvist@ludvika.se", "Ludvika kommun")], [S2]),
             "substitution for one session; sessions = what the substitute takes"),

        tg("r037", "2027-03-11T18:37:00", "Karin Mattsson", 5123987001,
           "hej igen, kan jag flytta min anmälan från första träffen till den andra istället? /Karin Orsa",
           X("change", [P("Karin Mattsson", None, "Orsa kommun")], [S2]),
           "Telegram swap by order ('från första ... till den andra') -> the new session"),

        mail("r038", "2027-03-12T14:02:00", ("Fredrik Wallin", "fredrik.wallin@lansstyrelsen.se"), "SV: Bekräftelse: DalaLab",
             """Hej,

kan ni lägga till den sista träffen också, den om tillgänglighet?

Mvh
Fredrik

""" + outlook_quote("den 11 januari 2027 13:38", "Wallin Fredrik", subject="Bekräftelse: DalaLab", body=BEKR_S2_S3,
                    frm="DalaLab – anmälan <linnea.hassis@regiondalarna.se>"),
             X("change", [P("Fredrik Wallin", "fredrik.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3, S4]),
             "adds 'den sista träffen ... om tillgänglighet' in a reply to a quoted confirmation (21/9 + 29/11) -> all "
             "three after the change"),

        mail("r039", "2027-03-15T09:58:00", ("Roger Lundh", "roger.lundh@avesta.se"), "Ändring anmälan DalaLab",
             """Hej Linnea,

Karolina Öhman har fått ny tjänst i Uppsala och slutar hos oss i mars. I hennes ställe kommer vår nya planarkitekt Filip Grahn (filip.grahn@avesta.se) på träffen den 21 september.

Med vänlig hälsning
Roger Lundh
Samhällsbyggnadschef
Avesta kommun""",
             X("change", [P("Karolina Öhman", None, "Avesta kommun"),
                          P("Filip Grahn", "filip.grahn@avesta.se", "Avesta kommun")], [S2]),
             "manager's third-party substitution; the leaving person without an address here; title before the new name"),

        mail("r040", "2027-03-16T11:11:00", ("Anna Eriksson Pers", "anna.erikssonpers@malung-salen.se"), "Ändrad kost",
             """Hej!

En ändring för Mats Olsson som är anmäld till alla fyra träffarna: han har blivit vegan, så vegansk kost till honom tack.

Hälsningar
Anna Eriksson Pers
Malung-Sälens kommun""",
             X("change", [P("Mats Olsson", None, "Malung-Sälens kommun", "vegan")], ALL, "vegan"),
             "third-party diet update; sessions stated ('alla fyra'); sender not among the people"),

        # ------------------------------------------------------------------ cancellations
        mail("r041", "2027-03-18T15:34:00", ("Tord Mångs", "tord.mangs@alvdalen.se"), "Avanmälan",
             """Hej,

jag har fått en tjänst i Sundsvall och slutar i Älvdalen den 31 mars. Jag får därför avanmäla mig från DalaLab.

Tack för mig och lycka till med projektet!
Tord""",
             X("cancel", [P("Tord Mångs", "tord.mangs@alvdalen.se", "Älvdalens kommun")], ALL),
             "iso-8859-1; self-cancellation, no session named -> all four; '31 mars' not a session", charset="iso-8859-1"),

        mail("r042", "2027-03-19T08:55:00", ("Johan Lindqvist", "johan.lindqvist@borlange.se"), "DalaLab – Peter",
             """Hej,

Peter Mård kan inte delta den 3 maj (krockar med ett samråd). Han kommer däremot den 21/9 som planerat. Stryk honom från majträffen.

/Johan

Johan Lindqvist
Planchef | Samhällsbyggnadsförvaltningen
Borlänge kommun
Direkt: 0243-740 12 | Växel: 0243-740 00
Besöksadress: Stadshuset, Röda vägen 50, Borlänge""",
             X("cancel", [P("Peter Mård", None, "Borlänge kommun")], [S1]),
             "manager cancels one session for a colleague; the kept session (21/9) is not cancelled"),

        mail("r043", "2027-03-22T10:06:00", ("Anders Holmström", "anders.holmstrom@mora.se"), "VB: Träff 29/11",
             """Hej Linnea,

vidarebefordrar från Gunilla nedan. Hon kan alltså inte komma den 29 november.

Hälsningar
Anders Holmström
Enhetschef Plan
Mora kommun

-----Ursprungligt meddelande-----
Från: Svedberg Gunilla <gunilla.svedberg@mora.se>
Skickat: den 19 mars 2027 08:12
Till: Holmström Anders <anders.holmstrom@mora.se>
Ämne: Träff 29/11

Hej Anders!
Jag kommer inte kunna gå på DalaLab den 29/11, jag har flyttat en veckas semester dit. Kan du meddela Linnea? De andra träffarna går bra.
/Gunilla""",
             X("cancel", [P("Gunilla Svedberg", "gunilla.svedberg@mora.se", "Mora kommun")], [S3]),
             "VB: chain; the cancelling person and her address only in the forwarded header; one session"),

        mail("r044", "2027-03-23T09:14:00", ("Jessica Lund", "jessica.lund@falun.se"), "Fwd: DalaLab",
             """Hej, Sebastian bad mig meddela er, se nedan.
/Jessica

---------- Forwarded message ---------
From: Sebastian Grönlund <sebastian.gronlund@falun.se>
Date: tis 16 mars 2027 kl 21:04
Subject: DalaLab
To: Jessica Lund <jessica.lund@falun.se>


Hej Jessica,
jag går på föräldraledighet från april och kommer inte kunna vara med på någon av DalaLab-träffarna. Kan du avanmäla mig? Maja går som planerat.
/Sebbe""",
             X("cancel", [P("Sebastian Grönlund", "sebastian.gronlund@falun.se", "Falu kommun")], ALL),
             "Fwd: (Gmail style) cancellation for a colleague; 'någon av träffarna' = all; Maja stays and is not among "
             "the people; nickname signature"),

        tg("r045", "2027-03-25T22:03:00", "Jonas Berglund", 6230418857,
           "hej, kan du stryka mig från tillgänglighetsträffen i februari? blir pappaledig då. /jonas smedjebacken",
           X("cancel", [P("Jonas Berglund", None, "Smedjebackens kommun")], [S4]),
           "Telegram partial cancel by theme ('tillgänglighetsträffen') and month"),

        mail("r046", "2027-03-29T12:47:00", ("Annika Bergkvist", "annika.bergkvist@regiondalarna.se"), "SV: Bekräftelse: DalaLab",
             """Hej!

Jag får tyvärr förhinder tisdagen den 21:a, men kommer som planerat den 29:e. Joakim kommer på båda.

/Annika

""" + outlook_quote("den 19 januari 2027 09:35", "Bergkvist Annika", subject="Bekräftelse: DalaLab", body=BEKR_S2_S3,
                    frm="DalaLab – anmälan <linnea.hassis@regiondalarna.se>"),
             X("cancel", [P("Annika Bergkvist", "annika.bergkvist@regiondalarna.se", "Region Dalarna")], [S2]),
             "partial cancel 'tisdagen den 21:a' in a reply to a quoted confirmation; the colleague's signup is unchanged"),

        mail("r047", "2027-04-01T10:20:00", ("Daniel Pettersson", "daniel.pettersson@vansbro.se"), "DalaLab november",
             """Hej,

varken jag eller Maja Gustafsson kan komma den 29:e november pga budgetarbetet. Vi kommer på de andra som vi anmält oss till.

Mvh Daniel
Vansbro kommun""",
             X("cancel", [P("Daniel Pettersson", "daniel.pettersson@vansbro.se", "Vansbro kommun"),
                          P("Maja Gustafsson", None, "Vansbro kommun")], [S3]),
             "two people cancel one session ('varken jag eller ...')"),

        # ------------------------------------------------------------------ questions
        mail("r048", "2027-01-14T14:50:00", ("Amira Hassan", "amira.hassan@borlange.se"), "Fråga om antal platser",
             """Hej!

Vi är egentligen fyra på planavdelningen som är intresserade av DalaLab. Tre av oss är redan anmälda (Johan, Peter och jag). Finns det möjlighet för en fjärde att följa med, t.ex. på de träffar där någon av oss inte kan? Eller finns det en reservlista?

Hälsningar
Amira Hassan
Borlänge kommun""",
             X("question", [], []),
             "quota question; names people but books nothing"),

        mail("r049", "2027-03-30T09:37:00", ("Hans Eriksson", "hans.eriksson@mora.se"), "Fråga inför 3 maj",
             """Hej,

jag är anmäld till 3 maj. Börjar det kl 9.30 eller 10? Och var i Falun är det – vilken lokal? Behöver veta för att boka bil.

Mvh Hans""",
             X("question", [], []),
             "practical question from someone registered; a session date named, nothing booked"),

        tg("r050", "2027-02-20T16:12:00", "Pernilla Ström", 5530917264,
           "hej! blir det lunch på träffarna? och går det att vara med digitalt om man inte kan ta sig till falun?",
           X("question", [], []),
           "Telegram practical question"),

        mail("r051", "2027-02-24T10:02:00", ("Olof Jansson", "olof.jansson@leksand.se"), "Fråga DalaLab",
             """Hej!

Min kollega anmälde mig till 3 maj. Måste man gå på alla fyra träffarna, eller går det bra att bara vara med på vårens? Jag vill inte ta en plats från någon annan i kommunen.

Hälsningar
Olof Jansson
Leksands kommun""",
             X("question", [], []),
             "question naming 'vårens' and a date; no change requested"),

        mail("r052", "2027-03-03T15:20:00", ("Marta Kowalska", "marta.kowalska@regiondalarna.se"), "Question about the deadline",
             """Hi Linnea,

Quick question: is April 14 the deadline for all four sessions, or can colleagues still sign up for the autumn ones after the summer? Two people in my team are considering it.

Thanks,
Marta""",
             X("question", [], []),
             "English deadline question; mentions the deadline and 'the autumn ones'"),

        mail("r053", "2027-04-05T11:31:00", ("Malin Strandberg", "malin.strandberg@sater.se"), "Fråga om ersättare",
             """Hej!

Om jag inte skulle kunna komma den 29/11, går det då att skicka en kollega i stället, eller är platsen personlig? Vet inte än om jag kan, men vill veta vad som gäller.

Mvh Malin Strandberg
Säters kommun""",
             X("question", [], []),
             "hypothetical substitution question ('Om jag inte skulle kunna') -> question, nothing changed"),

        mail("r054", "2027-03-26T13:44:00", ("Linda Nordin", "linda.nordin@avesta.se"), "Har anmälan kommit fram?",
             """Hej!

Min chef anmälde mig och två kollegor i december till träffen i september. Vi har inte fått någon bekräftelse – har anmälan kommit fram?

Tack på förhand
Linda Nordin
Planarkitekt, Avesta kommun""",
             X("question", [], []),
             "status question about an earlier signup"),

        # ------------------------------------------------------------------ automatic mail
        mail("r055", "2027-04-07T08:00:00", ("Stina Hansson", "stina.hansson@orsa.se"),
             "Automatiskt svar: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Tack för ditt mejl!</p>
<p>Jag är föräldraledig till och med den 2 maj 2027 och läser inte min e-post. Från måndag 3 maj är jag tillbaka på kontoret.</p>
<p>För planfrågor, kontakta Planenheten på <a href="mailto:plan@orsa.se">plan@orsa.se</a> eller växeln 0250-55 21 00.</p>
<p>Vänliga hälsningar<br>Stina Hansson<br>Orsa kommun</p>
</div></body></html>""",
             X("auto_reply", [], []),
             "HTML-only Swedish out-of-office; 'måndag 3 maj' is a session date but no signup", html=True),

        mail("r056", "2027-03-09T07:12:00", ("Petra Lindgren", "petra.lindgren@regiondalarna.se"), "Autosvar: SV: DalaLab",
             """Jag är på tjänsteresa 8–12 mars och har begränsad tillgång till e-post. Ditt meddelande kommer inte att vidarebefordras. Vid brådskande ärenden, kontakta Regional utveckling via växeln 023-49 00 00.

I am travelling 8–12 March with limited access to e-mail. Your message will not be forwarded. For urgent matters, please call the switchboard +46 23 49 00 00.

Petra Lindgren
Region Dalarna""",
             X("auto_reply", [], []),
             "bilingual Swedish/English out-of-office, no automatic headers"),

        mail("r057", "2027-02-02T08:41:00", ("Mail Delivery System", "MAILER-DAEMON@smtp.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host smtp.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<petra.nilson@hedemora.se>: host mx1.hedemora.se[194.52.208.11] said: 550
    5.1.1 <petra.nilson@hedemora.se>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--- Returned message ---
From: linnea.hassis@regiondalarna.se
To: petra.nilson@hedemora.se
Subject: Bekräftelse: DalaLab
Date: Tue, 2 Feb 2027 08:41:02 +0100

Hej Petra!

Du är anmäld till DalaLab:
  • Måndag 3 maj 2027, 10.00–15.00, Falun

Hälsningar
DalaLab / Region Dalarna""",
             X("auto_reply", [], []),
             "bounce (plain text, no multipart/report) returning a confirmation with a session date"),

        # ------------------------------------------------------------------ unknown
        mail("r058", "2027-01-28T06:00:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Nyhetsbrev januari: ÖP-modellen, utvecklingsinriktning och tillgänglighet",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<h1>Planeringsforum – nyhetsbrev januari 2027</h1>
<h2>Utvecklingsinriktning i ÖP-modellen – så gör andra kommuner</h2>
<p>Allt fler kommuner arbetar med planeringsstrategier och utvecklingsinriktning enligt Boverkets ÖP-modell. Vi har pratat med tre planchefer om erfarenheterna.</p>
<h2>Webbinarium 21 september: Planera för tillgänglighet</h2>
<p>Rumslig närhet, fysisk mobilitet och digital tillgänglighet – hur hänger de ihop? <a href="https://planeringsforum.se/webbinarium">Anmäl dig här</a>. Begränsat antal platser, max tre per organisation.</p>
<h2>Kalendarium</h2>
<ul><li>3 maj: Planeringsdagen i Stockholm</li><li>29 november: Nätverksträff i Göteborg</li></ul>
<hr>
<p style="font-size:8pt">Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum. <a href="https://planeringsforum.se/avregistrera">Avregistrera dig</a>.</p>
</body></html>""",
             X("unknown", [], []),
             "HTML newsletter using the event's themes, session dates and 'max tre per organisation'", html=True),

        mail("r059", "2027-04-08T03:17:00", ("Region Dalarna Evenemang", "noreply@regiondalarna-event.com"),
             "Åtgärd krävs: bekräfta din plats på DalaLab 3 maj",
             """Hej,

Din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft (2027-05-03, 2027-09-21, 2027-11-29, 2028-02-22) är inte slutförd.

För att behålla din plats måste du bekräfta registreringen inom 24 timmar genom att logga in med ditt Microsoft 365-konto:

https://regiondalarna-event.com/dalalab/bekrafta?id=88213

Obekräftade platser går vidare till kommunernas reservlistor.

Med vänlig hälsning
Region Dalarna Evenemang""",
             X("unknown", [], []),
             "phishing using the event's name, all four dates and the quota idea; look-alike domain -> unknown"),

        # ------------------------------------------------------------------ erasure
        mail("r060", "2027-04-09T14:22:00", ("Stefan Björklund", "stefan.bjorklund@ludvika.se"), "Ta bort mina uppgifter",
             """Hej,

Jag har fått er inbjudan till DalaLab via en kollega men är inte intresserad. Enligt GDPR begär jag att ni tar bort alla mina personuppgifter ur era register.

Mvh
Stefan Björklund
Ludvika kommun""",
             X("erasure", [P("Stefan Björklund", "stefan.bjorklund@ludvika.se", "Ludvika kommun")], []),
             "erasure request citing GDPR"),
    ]
