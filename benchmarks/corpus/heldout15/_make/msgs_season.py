"""Batch 16, writer "season": one planning season in the registration inbox, December to April.

Ordinary signups first (alone, with colleagues, with diets), then the changes, cancellations,
questions and automatic mail that come as the weeks go by.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

OUTLOOK_TO = "Hassis Linnea <linnea.hassis@regiondalarna.se>"

INVITATION = """Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunernas och regionens planerare till ett lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet består av fyra träffar:

1. Måndag 3 maj 2027, kl. 10–15 (fika från kl. 9.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. Tisdag 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till linnea.hassis@regiondalarna.se och ange eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Projektledare DalaLab
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def with_headers(item, *lines):
    """Add header lines (e.g. Auto-Submitted) to a built mail, as the sending system would."""
    raw = item["_content"]
    head, sep, body = raw.partition(b"\r\n\r\n")
    extra = b"".join(b"\r\n" + line.encode("ascii") for line in lines)
    item["_content"] = head + extra + sep + body
    return item


def messages():
    return [
        # ------------------------------------------------------------------ December: the first signups
        mail("j001", "2026-12-02T08:47", ("Lindström Karin", "karin.lindstrom@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan! Jag anmäler mig gärna till hela lärprojektet.

Vänliga hälsningar

Karin Lindström
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Falu kommun
791 83 Falun
Tel: 023-830 00 (växel)
www.falun.se

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITATION,
             X("register", [P("Karin Lindström", "karin.lindstrom@falun.se", "Falu kommun")], ALL),
             "Outlook reply to the invitation, 'hela lärprojektet' = all four; quoted invitation below",
             to=OUTLOOK_TO),

        tg("j002", "2026-12-03T21:12", "Jonas Hjort", 6031187420,
           "hej! jonas från mora kommun här 👋 vill anmäla mig till 3 maj och 21 sept",
           X("register", [P("Jonas Hjort", None, "Mora kommun")], [S1, S2]),
           "telegram self-signup, two dates"),

        mail("j003", "2026-12-04T10:31", ("Maja Ekholm", "maja.ekholm@borlange.se"),
             "Anmälan DalaLab – Borlänge kommun",
             """Hej Linnea!

Vi blir tre från Borlänge kommun som vill vara med på alla fyra träffarna i DalaLab:

Maja Ekholm, maja.ekholm@borlange.se
Daniel Persson, daniel.persson@borlange.se
Leila Haddad, leila.haddad@borlange.se – vegetarisk kost

Återkom gärna om ni behöver något mer från oss.

Med vänliga hälsningar
Maja Ekholm
Planeringsarkitekt | Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00 (vx)""",
             X("register", [P("Maja Ekholm", "maja.ekholm@borlange.se", "Borlänge kommun"),
                            P("Daniel Persson", "daniel.persson@borlange.se", "Borlänge kommun"),
                            P("Leila Haddad", "leila.haddad@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "sender + two colleagues listed with addresses, one vegetarian; all four"),

        mail("j004", "2026-12-07T18:55", ("Ida Rönnqvist", "ida.ronnqvist@leksand.se"), "Anmälan DalaLab",
             """Hej! Anmäler mig till första träffen 3/5 i Falun. Laktosfri kost tack.
/Ida Rönnqvist, Leksands kommun

Skickat från min iPhone""",
             X("register", [P("Ida Rönnqvist", "ida.ronnqvist@leksand.se", "Leksands kommun", diet="laktosfri")],
               [S1], diet="laktosfri"),
             "short phone mail, first session only, lactose-free"),

        tg("j005", "2026-12-09T12:40", "Mikael Strand", 5120948836,
           "Hej! Vi är två från Avesta kommun som vill anmäla oss till DalaLab, alla träffarna: jag (Mikael Strand) "
           "och min kollega Fatima Ali. Fatima är vegetarian.",
           X("register", [P("Mikael Strand", None, "Avesta kommun"),
                          P("Fatima Ali", None, "Avesta kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "telegram: sender + colleague, all sessions, colleague's diet"),

        mail("j006", "2026-12-10T14:20", ("Anna-Karin Sund", "anna-karin.sund@regiondalarna.se"), "DalaLab",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
Hej Linnea!<br><br>
Jag vill g&auml;rna vara med p&aring; tr&auml;ff 2 och 3, allts&aring; 21 september och 29 november. Den 3 maj &auml;r jag tyv&auml;rr redan uppbokad p&aring; en konferens i Stockholm, och februari vet jag inte &auml;nnu.<br><br>
H&auml;lsningar<br>
Anna-Karin</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 9pt; color: rgb(89, 89, 89);"><br>
<b>Anna-Karin Sund</b><br>
Regional utvecklingsstrateg<br>
Avdelningen f&ouml;r samh&auml;llsbyggnad<br>
Region Dalarna<br>
Box 712, 791 29 Falun<br>
Tel 023-49 00 00<br>
<a href="https://www.regiondalarna.se">www.regiondalarna.se</a></div>
</body></html>""",
             X("register", [P("Anna-Karin Sund", "anna-karin.sund@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HTML-only Outlook mail from the region; 'träff 2 och 3' with dates; May and February explicitly not",
             html=True, to=OUTLOOK_TO),

        mail("j007", "2026-12-14T09:05", ("Marco Bianchi", "marco.bianchi@ludvika.se"), "DalaLab registration",
             """Hello,

I work as a planning architect at Ludvika kommun and would like to sign up for the DalaLab learning project – all four sessions. I understand the sessions will be in Swedish, which is fine for me.

Dietary requirement: no pork.

Best regards,
Marco Bianchi
Planning architect
Ludvika kommun
Tel +46 240 860 00""",
             X("register", [P("Marco Bianchi", "marco.bianchi@ludvika.se", "Ludvika kommun", diet="no pork")], ALL,
               diet="no pork"),
             "English signup, all four, diet 'no pork'"),

        mail("j008", "2026-12-16T11:18", ("Birgitta Holm", "birgitta.holm@lansstyrelsen.se"), "Anmälan till DalaLab",
             """Hej!

Härmed anmäler jag mig till DalaLab – samtliga fyra träffar. Jag är glutenintolerant.

Med vänlig hälsning

Birgitta Holm
Handläggare fysisk planering
Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 01 23

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna/om-oss/om-webbplatsen/behandling-av-personuppgifter.html""",
             X("register", [P("Birgitta Holm", "birgitta.holm@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenintolerant")], ALL, diet="glutenintolerant"),
             "Länsstyrelsen, 'samtliga fyra träffar', glutenintolerant; windows-1252; GDPR footer",
             charset="windows-1252"),

        # ------------------------------------------------------------------ January
        tg("j009", "2027-01-08T07:50", "Petter Olsson", 1874402291,
           "tjena! petter olsson gagnefs kommun, anmäler mig till 3/5 och 29/11 👍",
           X("register", [P("Petter Olsson", None, "Gagnefs kommun")], [S1, S3]),
           "telegram lower case, '3/5 och 29/11'"),

        mail("j010", "2027-01-11T13:02", ("Lena Sjödin", "lena.sjodin@hedemora.se"), "Anmälan två deltagare Hedemora",
             """Hej,

Jag vill anmäla två av mina medarbetare till DalaLab:

- Oscar Lind, översiktsplanerare
- Sanna Berg, planarkitekt

De kommer på träffarna 21.9 och 22.2. Jag själv deltar inte. E-postadresserna är förnamn.efternamn@hedemora.se.

Vänliga hälsningar
Lena Sjödin
Plan- och exploateringschef
Hedemora kommun
Tel. 0225-340 00""",
             X("register", [P("Oscar Lind", "oscar.lind@hedemora.se", "Hedemora kommun"),
                            P("Sanna Berg", "sanna.berg@hedemora.se", "Hedemora kommun")], [S2, S4]),
             "manager registers two staff, not herself; addresses as a pattern; '21.9 och 22.2'"),

        mail("j011", "2027-01-13T15:40", ("Tobias Järn", "tobias.jarn@smedjebacken.se"), "Anmälan DalaLab",
             """Hej Linnea

Jag vill anmäla mig till DalaLab, alla träffarna. Specialkost: vegan.

Tack på förhand!

// Tobias Järn
Samhällsplanerare
Smedjebackens kommun
Box 301, 777 82 Smedjebacken
Tel 0240-660 00""",
             X("register", [P("Tobias Järn", "tobias.jarn@smedjebacken.se", "Smedjebackens kommun", diet="vegan")],
               ALL, diet="vegan"),
             "plain signup, all sessions, vegan; iso-8859-1 body", charset="iso-8859-1"),

        tg("j012", "2027-01-15T22:03", "Hanna Nilsson", 7215530918,
           "hej! anmäler mig till alla fyra träffarna. är laktosintolerant. hanna, orsa kommun",
           X("register", [P("Hanna Nilsson", None, "Orsa kommun", diet="laktosintolerant")], ALL,
             diet="laktosintolerant"),
           "telegram, all four, 'laktosintolerant'"),

        mail("j013", "2027-01-19T08:22", ("Jesper Wallin", "jesper.wallin@sater.se"), "SV: DalaLab",
             """Hej!

Jag vill anmäla mig till de två första träffarna, alltså i maj och september. Hur det ser ut för mig i november och februari vet jag inte än, så jag återkommer om dem.

Hälsningar
Jesper Wallin
Säters kommun, Samhällsbyggnad

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: DalaLab

""" + INVITATION,
             X("register", [P("Jesper Wallin", "jesper.wallin@sater.se", "Säters kommun")], [S1, S2]),
             "reply to the invitation; 'de två första träffarna' = May + Sept; the other two left open"),

        mail("j014", "2027-01-21T16:30", ("Karl-Johan Åberg", "karl-johan.aberg@kvarnenplan.se"), "Anmälan – konsult",
             """Hej Linnea,

Jag arbetar som planeringskonsult och har under året hjälpt Vansbro och Gagnef med deras översiktsplaner. Jag förstår att DalaLab i första hand vänder sig till kommunernas och regionens tjänstepersoner, men om det finns plats anmäler jag mig gärna till den första träffen den 3 maj.

Med vänlig hälsning
Karl-Johan Åberg
Kvarnen Planering AB
Slaggatan 12, 791 71 Falun
070-312 45 67
Org.nr 559123-4567""",
             X("register", [P("Karl-Johan Åberg", "karl-johan.aberg@kvarnenplan.se", None)], [S1]),
             "private consultant (organisation null) working for two municipalities; first session"),

        tg("j015", "2027-01-26T19:14", "Elsa Lund", 2290475513,
           "hej! vi är två från rättviks kommun, jag och kalle dahl. vi vill gärna vara med på höstens båda träffar "
           "(sept o nov)",
           X("register", [P("Elsa Lund", None, "Rättviks kommun"), P("Kalle Dahl", None, "Rättviks kommun")],
             [S2, S3]),
           "telegram, sender + colleague in lower case; 'höstens båda träffar' = Sept + Nov"),

        mail("j016", "2027-01-28T20:45", ("Sofie Mårtensson", "sofie.martensson87@gmail.com"), "anmälan dalalab",
             """Hej!

Skriver från min privata mejl eftersom jobbmejlen strular just nu. Jag vill anmäla mig till DalaLab, alla fyra tillfällena.

/Sofie Mårtensson
samhällsplanerare, Vansbro kommun""",
             X("register", [P("Sofie Mårtensson", "sofie.martensson87@gmail.com", "Vansbro kommun")], ALL),
             "private gmail address, organisation from the signature; all four"),

        # ------------------------------------------------------------------ February
        mail("j017", "2027-02-02T09:10", ("Rickard Håkansson", "rickard.hakansson@malung-salen.se"),
             "Anmälan DalaLab, Malung-Sälen",
             """Hej!

Malung-Sälens kommun anmäler tre personer till hela serien:

1. Rickard Håkansson (jag), rickard.hakansson@malung-salen.se
2. Jenny Persson, jenny.persson@malung-salen.se – vegetarisk
3. Ola Eriksson, ola.eriksson@malung-salen.se – glutenfri

Hälsningar från fjällen!
Rickard
--
Rickard Håkansson
Översiktsplanerare
Malung-Sälens kommun
0280-181 00""",
             X("register", [P("Rickard Håkansson", "rickard.hakansson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jenny Persson", "jenny.persson@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk"),
                            P("Ola Eriksson", "ola.eriksson@malung-salen.se", "Malung-Sälens kommun",
                              diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "numbered list of three incl. sender, two colleagues with different diets; 'hela serien'"),

        tg("j018", "2027-02-04T11:30", "Ingela Back", 998214730,
           "Hej! Ingela Back här, Älvdalens kommun. Jag vill anmäla mig till sista träffen 22/2 2028 😊",
           X("register", [P("Ingela Back", None, "Älvdalens kommun")], [S4]),
           "telegram, last session only ('sista träffen 22/2 2028')"),

        mail("j019", "2027-02-08T13:50", ("Rahimi Ahmad", "ahmad.rahimi@falun.se"), "Anmälan",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hej Linnea,</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Jag vill anm&auml;la mig till DalaLab, alla tr&auml;ffar utom den i november (d&aring; &auml;r jag bortrest).</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Mvh<br>Ahmad</p>
<p style="font-family:Calibri,sans-serif;font-size:9pt;color:#1F3864"><b>Ahmad Rahimi</b><br>
Planarkitekt<br>
Stadsbyggnadsf&ouml;rvaltningen<br>
Falu kommun<br>
023-830 00 v&auml;xel | ahmad.rahimi@falun.se</p>
</body></html>""",
             X("register", [P("Ahmad Rahimi", "ahmad.rahimi@falun.se", "Falu kommun")], [S1, S2, S4]),
             "HTML-only, surname-first display name; 'alla träffar utom den i november' = three",
             html=True, to=OUTLOOK_TO),

        tg("j020", "2027-02-10T17:20", "Emily Carter", 5567301284,
           "Hi! Emily Carter, Region Dalarna (emily.carter@regiondalarna.se). Could you sign me up for the May and "
           "September sessions? Thanks 🙂",
           X("register", [P("Emily Carter", "emily.carter@regiondalarna.se", "Region Dalarna")], [S1, S2]),
           "English telegram with address in the text; May + September"),

        mail("j021", "2027-02-15T07:12", ("Linda Hedin", "linda.hedin@mora.se"), "DalaLab anmälan",
             """Hej Linnea! Jag vill också vara med på DalaLab, alla fyra träffarna. Jag har nötallergi (hasselnöt, mandel, cashew) så säg gärna till köket.

Mvh Linda Hedin
Mora kommun

Skaffa Outlook för Android""",
             X("register", [P("Linda Hedin", "linda.hedin@mora.se", "Mora kommun", diet="nötallergi")], ALL,
               diet="nötallergi"),
             "phone mail, all four, nut allergy with examples"),

        mail("j022", "2027-02-18T10:05", ("Birgitta Lindqvist", "birgitta.lindqvist@gagnef.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Anmäl gärna vår nya planarkitekt Hampus Sjögren (hampus.sjogren@gagnef.se) till 2027-09-21 och 2027-11-29. Han börjar hos oss i augusti, så majträffen hinner han inte med. Själv har jag tyvärr inte möjlighet att delta.

Hälsningar
Birgitta Lindqvist
Samhällsbyggnadschef, Gagnefs kommun

-------- Vidarebefordrat meddelande --------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: 1 dec. 2026 14:02
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>

""" + INVITATION,
             X("register", [P("Hampus Sjögren", "hampus.sjogren@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "manager forwards the invitation and registers a new hire (not herself); ISO dates"),

        tg("j023", "2027-02-20T08:44", "Viktor Ek", 3370158824,
           "tja! anmäl mig o min kollega amanda sten till 3e maj, vi jobbar båda på ludvika kommun",
           X("register", [P("Viktor Ek", None, "Ludvika kommun"), P("Amanda Sten", None, "Ludvika kommun")], [S1]),
           "telegram, sender + colleague, '3e maj'"),

        mail("j024", "2027-02-23T12:15", ("Göran Frost", "goran.frost@orsa.se"), "Re: Inbjudan: DalaLab",
             """Hej!

Jag anmäler mig till DalaLab, samtliga träffar. Två frågor bara: ingår lunch, och går det att delta digitalt om vägarna är dåliga i februari?

Hälsningar
Göran Frost
Orsa kommun
Samhällsbyggnadsförvaltningen

Den tis 1 dec. 2026 kl 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quoted(INVITATION),
             X("register", [P("Göran Frost", "goran.frost@orsa.se", "Orsa kommun")], ALL),
             "signup for all plus two questions (still register); Gmail-style '>' quoted invitation"),

        # ------------------------------------------------------------------ questions
        mail("j025", "2027-02-24T14:40", ("Maja Ekholm", "maja.ekholm@borlange.se"), "Fråga om antal platser",
             """Hej igen Linnea!

Vi har fått fler intresserade här på förvaltningen efter att vi anmälde oss tre i december. Är gränsen på tre personer per kommun absolut, eller kan man ställa sig på en reservlista om någon kommun inte fyller sina platser?

Hälsningar
Maja""",
             X("question"),
             "question about the three-per-municipality quota; nobody named"),

        tg("j026", "2027-03-01T09:18", "Robin Sjöberg", 4408813765,
           "hej, var i falun är träffarna? och finns det parkering i närheten eller ska man ta bussen från "
           "resecentrum?",
           X("question"),
           "telegram question about venue and parking"),

        tg("j027", "2027-03-03T16:02", "Kerstin Moberg", 6692014437,
           "Hej! Jag anmälde mig via mejl i december men har inte fått någon bekräftelse. Kan ni kolla att jag är "
           "med? /Kerstin Moberg, Älvdalen",
           X("question"),
           "telegram: asks whether an earlier e-mail signup went through"),

        # ------------------------------------------------------------------ changes
        mail("j028", "2027-02-26T10:37", ("Daniel Persson", "daniel.persson@borlange.se"), "Specialkost DalaLab",
             """Hej,

Maja Ekholm anmälde mig till DalaLab i december. Jag glömde säga att jag behöver laktosfri kost – kan ni lägga till det?

Tack!
Daniel Persson
Trafikplanerare, Borlänge kommun""",
             X("change", [P("Daniel Persson", "daniel.persson@borlange.se", "Borlänge kommun", diet="laktosfri")],
               [], diet="laktosfri"),
             "diet added to an earlier signup made by a colleague; no sessions stated"),

        tg("j029", "2027-03-02T20:31", "Jonas Hjort", 6031187420,
           "hej igen! kan jag byta 21 sept mot 29 nov? 3 maj står kvar som förut. /jonas, mora",
           X("change", [P("Jonas Hjort", None, "Mora kommun")], [S1, S3]),
           "telegram swap Sept -> Nov while keeping May; sessions after the change stated"),

        mail("j030", "2027-03-05T11:25", ("Lena Sjödin", "lena.sjodin@hedemora.se"), "Ändring deltagare DalaLab",
             """Hej Linnea,

Sanna Berg har fått ett nytt uppdrag och kan inte delta i DalaLab. I hennes ställe går Mehmet Yilmaz, mehmet.yilmaz@hedemora.se, på samma träffar som Sanna var anmäld till (21 september och 22 februari). Oscar Lind gäller som förut.

Vänliga hälsningar
Lena Sjödin
Plan- och exploateringschef, Hedemora kommun""",
             X("change", [P("Sanna Berg", None, "Hedemora kommun"),
                          P("Mehmet Yilmaz", "mehmet.yilmaz@hedemora.se", "Hedemora kommun")], [S2, S4]),
             "manager's substitution: Sanna out, Mehmet in on her two dates; Oscar unchanged"),

        mail("j031", "2027-03-09T08:05", ("Jesper Wallin", "jesper.wallin@sater.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Nu har det klarnat med hösten, så jag vill gärna lägga till de två sista träffarna också (29/11 och 22/2). Då blir jag med på alla fyra.

/Jesper

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 19 januari 2027 08:30
Till: Wallin Jesper <jesper.wallin@sater.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Jesper!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027, kl. 10.00–15.00, Falun

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna""",
             X("change", [P("Jesper Wallin", "jesper.wallin@sater.se", "Säters kommun")], ALL),
             "reply to his confirmation adding the last two sessions; 'alla fyra' after the change"),

        mail("j032", "2027-03-12T13:48", ("Sofie Mårtensson", "sofie.martensson@vansbro.se"),
             "Ny mejladress – DalaLab",
             """Hej!

Jag anmälde mig till DalaLab från min privata adress (sofie.martensson87@gmail.com) i januari. Nu funkar jobbmejlen igen, så skicka gärna allt till den här adressen istället.

Tack!
Sofie Mårtensson
Samhällsplanerare
Vansbro kommun""",
             X("change", [P("Sofie Mårtensson", "sofie.martensson@vansbro.se", "Vansbro kommun")], []),
             "address update from the work address; old gmail address is not another person; no sessions"),

        tg("j033", "2027-03-16T07:41", "Ingela Back", 998214730,
           "Hej! Det blir tyvärr inte 22/2 för mig ändå 😕 Kan ni flytta mig till 21 sept och 29 nov istället? "
           "/Ingela Back, Älvdalen",
           X("change", [P("Ingela Back", None, "Älvdalens kommun")], [S2, S3]),
           "telegram: drops February, moves to Sept + Nov"),

        mail("j034", "2027-03-19T15:10", ("Anna-Karin Sund", "anna-karin.sund@regiondalarna.se"),
             "Kollega tar min plats 29/11",
             """Hej Linnea!

Jag är anmäld till 21 september och 29 november. Den 29 november krockar nu med regionfullmäktige, så min kollega Jakob Holmgren (jakob.holmgren@regiondalarna.se) går i mitt ställe den dagen. 21 september kommer jag själv som planerat.

Hälsningar
Anna-Karin Sund
Region Dalarna""",
             X("change", [P("Anna-Karin Sund", "anna-karin.sund@regiondalarna.se", "Region Dalarna"),
                          P("Jakob Holmgren", "jakob.holmgren@regiondalarna.se", "Region Dalarna")], [S3]),
             "partial hand-over: colleague takes 29 Nov, sender keeps 21 Sept"),

        # ------------------------------------------------------------------ cancellations and a replacement
        mail("j035", "2027-03-24T06:58", ("Ida Rönnqvist", "ida.ronnqvist@leksand.se"), "Avanmälan",
             """Hej! Jag måste tyvärr avanmäla mig från träffen 3 maj. Jag har fått nytt jobb och slutar i Leksand i slutet av april. Min kollega Mattias hör av sig om han vill ta platsen.

Ha det bra!
Ida

Skickat från min iPhone""",
             X("cancel", [P("Ida Rönnqvist", "ida.ronnqvist@leksand.se", "Leksands kommun")], [S1]),
             "cancels her one session; a colleague may take the place later (not registered here)"),

        mail("j036", "2027-03-26T09:30", ("Mattias Öhman", "mattias.ohman@leksand.se"), "Tar Idas plats i DalaLab",
             """Hej Linnea,

Ida Rönnqvist avanmälde sig tidigare i veckan (hon slutar hos oss). Jag tar gärna hennes plats den 3 maj, och om det går vill jag vara med på resten av träffarna också.

Med vänlig hälsning
Mattias Öhman
Översiktsplanerare, Leksands kommun
0247-800 00""",
             X("register", [P("Mattias Öhman", "mattias.ohman@leksand.se", "Leksands kommun")], ALL),
             "takes the place of a colleague who cancelled in an earlier mail -> register of the newcomer, all four"),

        tg("j037", "2027-03-29T12:06", "Viktor Ek", 3370158824,
           "hej! amanda sten kan inte komma 3 maj, hon är föräldraledig från april. jag kommer som planerat. "
           "/viktor, ludvika",
           X("cancel", [P("Amanda Sten", None, "Ludvika kommun")], [S1]),
           "telegram: sender cancels his colleague only, keeps his own place"),

        mail("j038", "2027-04-01T10:44", ("Marco Bianchi", "marco.bianchi@ludvika.se"), "Withdrawal from DalaLab",
             """Hi Linnea,

I'm afraid I have to withdraw from DalaLab. I'm leaving Ludvika kommun at the end of April to move back to Italy, so I won't be able to attend any of the sessions. Please remove me from the list – perhaps someone else from Ludvika can take my place.

Thank you for organising this, and all the best,
Marco

--
Marco Bianchi
Planning architect, Ludvika kommun""",
             X("cancel", [P("Marco Bianchi", "marco.bianchi@ludvika.se", "Ludvika kommun")], ALL),
             "English full withdrawal ('remove me from the list' is a cancellation, not erasure)"),

        mail("j039", "2027-04-06T16:22", ("Rahimi Ahmad", "ahmad.rahimi@falun.se"), "Avanmälan 3 maj – Falu kommun",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hej Linnea,</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Karin Lindstr&ouml;m och jag kan tyv&auml;rr inte komma p&aring; f&ouml;rsta tr&auml;ffen den 3 maj, det krockar med ett extrainsatt kommunfullm&auml;ktige d&auml;r vi b&aring;da ska f&ouml;redra &Ouml;P-&auml;rendet. &Ouml;vriga tr&auml;ffar st&aring;r kvar f&ouml;r oss b&aring;da.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Mvh<br>Ahmad</p>
<p style="font-family:Calibri,sans-serif;font-size:9pt;color:#1F3864"><b>Ahmad Rahimi</b><br>
Planarkitekt<br>
Stadsbyggnadsf&ouml;rvaltningen<br>
Falu kommun<br>
023-830 00 v&auml;xel | ahmad.rahimi@falun.se</p>
</body></html>""",
             X("cancel", [P("Ahmad Rahimi", "ahmad.rahimi@falun.se", "Falu kommun"),
                          P("Karin Lindström", None, "Falu kommun")], [S1]),
             "HTML-only: sender and colleague withdraw from 3 May, keep the rest",
             html=True, to=OUTLOOK_TO),

        tg("j040", "2027-04-08T21:37", "Hanna Nilsson", 7215530918,
           "hej. avanmäl mig från dalalab tyvärr, har fått jobb i en annan kommun från maj. /hanna nilsson, orsa kommun",
           X("cancel", [P("Hanna Nilsson", None, "Orsa kommun")], ALL),
           "telegram full cancellation, no session named -> all four"),

        # ------------------------------------------------------------------ automatic mail, erasure, noise
        with_headers(mail(
            "j041", "2027-03-10T07:00", ("Tobias Järn", "tobias.jarn@smedjebacken.se"),
            "Automatiskt svar: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
            """Hej!

Jag är tjänstledig till och med 21 mars och läser inte min e-post under tiden. Vid frågor om bygglov, kontakta bygglov@smedjebacken.se, i övriga ärenden kommunens växel 0240-660 00.

Vänliga hälsningar
Tobias Järn
Smedjebackens kommun""",
            X("auto_reply"),
            "out-of-office answering the reminder (Auto-Submitted header); '21 mars', '14 april' are not sessions",
            charset="iso-8859-1"),
            "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),

        with_headers(mail(
            "j042", "2027-02-18T10:09", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
            "Olevererbart: Bekräftelse: anmälan till DalaLab",
            """Leveransen misslyckades till följande mottagare eller grupper:

hampus.sjogren@gagnef.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta e-postadministratören om problemet kvarstår.

Diagnostikinformation för administratörer:

Genererande server: mx1.regiondalarna.se

hampus.sjogren@gagnef.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
To: hampus.sjogren@gagnef.se
Subject: Bekräftelse: anmälan till DalaLab
Date: Thu, 18 Feb 2027 10:09:12 +0100

Hej Hampus!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

- 21 september 2027, kl. 10.00–15.00, Falun
- 29 november 2027, kl. 10.00–15.00, Falun

Svara på det här mejlet om något behöver ändras.""",
            X("auto_reply"),
            "Exchange bounce (Olevererbart) of a confirmation to a not-yet-existing address; returned text has a name "
            "and two dates"),
            "Auto-Submitted: auto-replied"),

        tg("j043", "2027-02-12T23:15", "Patrik Lundmark", 8123306642,
           "Hej. Jag har ingen koppling till DalaLab, någon måste ha skickat mig länken hit. Ta bort alla uppgifter "
           "ni har sparat om mig, tack.",
           X("erasure", [P("Patrik Lundmark", None, None)]),
           "telegram erasure request from someone not taking part"),

        with_headers(mail(
            "j044", "2027-03-17T06:30", ("Samhällsplaneraren", "nyhetsbrev@samhallsplaneraren.se"),
            "Samhällsplaneraren nr 3/2027: ÖP-modellen, ny vägledning och webbinarier",
            """SAMHÄLLSPLANERAREN – nyhetsbrev nr 3, mars 2027

I detta nummer:

* ÖP-modellen två år senare – så har kommunerna tagit sig an utvecklingsinriktningen
* Ny vägledning om planeringsstrategier från Boverket
* Webbinarium 27 april: Tillgänglighet och rumslig närhet i översiktsplanen – anmäl dig på webben
* Lediga tjänster: översiktsplanerare i Uppsala, planarkitekt i Gävle

Läs hela numret: https://samhallsplaneraren.se/nr/2027-3

Du får det här nyhetsbrevet eftersom du prenumererar på Samhällsplaneraren.
Avsluta prenumerationen: https://samhallsplaneraren.se/avsluta?id=a71f0c""",
            X("unknown"),
            "planning newsletter (List-Unsubscribe, bulk) with 'anmäl dig' and a webinar date; not about the event"),
            "List-Unsubscribe: <https://samhallsplaneraren.se/avsluta?id=a71f0c>",
            "List-Id: Samhallsplaneraren <nyhetsbrev.samhallsplaneraren.se>",
            "Precedence: bulk"),

        mail("j045", "2027-01-05T09:00", ("Konferens Dalarna", "info@konferensdalarna.se"),
             "Boka vårens konferens i Falun – 15 % rabatt till och med 31 januari",
             """Hej!

Planerar ni möten, utbildningar eller nätverksträffar under våren? Hos oss på Konferens Dalarna finns lokaler för 10–200 personer mitt i Falun, med frukost, lunch och fika från eget kök.

Boka senast 31 januari och få 15 % rabatt på alla heldagspaket i mars–maj 2027.

Välkommen att höra av dig!

Konferens Dalarna
Kopparvägen 4, 791 30 Falun
023-10 20 30 | www.konferensdalarna.se

Vill du inte få fler utskick? Svara med AVREGISTRERA.""",
             X("unknown"),
             "conference-venue marketing mail; dates and 'maj' but nothing about the event"),
    ]
