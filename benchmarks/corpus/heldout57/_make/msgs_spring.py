"""Writer "spring" (bh046–bh090): mail and Telegram from March to 10 April 2027, as the 14 April deadline nears.

Replies to the reminders of 10 March and 7 April (quoting them, so the quoted text lists all four dates), late
signups, a manager signing up new hires, colleagues who left being replaced, swaps and changes of mind, diet updates,
cancellations because of council meetings, courses, parental leave or a new job, questions about the programme,
venue, travel and digital participation, a few out-of-office replies, two erasure requests and one misdirected chat.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

REMINDER = """Hej!

Vi vill påminna om att anmälan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft stänger onsdag 14 april 2027.

Projektet består av fyra träffar:
• 3 maj 2027 i Falun (10.00–15.00, fika från 09.30)
• 21 september 2027
• 29 november 2027
• 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på det här mejlet och skriv vilka träffar du vill vara med på samt eventuell specialkost.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""

LAST_REMINDER = """Hej!

Nu är det en vecka kvar – sista dag att anmäla sig till DalaLab är onsdag 14 april.

Första träffen är måndag 3 maj 2027 i Falun, därefter 21 september, 29 november och 22 februari 2028.
Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna
linnea.hassis@regiondalarna.se"""


def quoted(text, head):
    """A reply quote: a header line, then every line prefixed with '> '."""
    return head + "\n" + "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def outlook(text, sent, subject):
    """An Outlook-style quoted original below the reply."""
    return ("________________________________\n"
            "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\n"
            "Till: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
            f"Ämne: {subject}\n\n" + text)


R1_SUBJ = "Påminnelse: anmälan till DalaLab senast 14 april"
R2_SUBJ = "Sista påminnelse: anmälan till DalaLab senast 14 april"


def messages():
    return [
        mail("bh046", "2027-03-10T10:14", ("Lena Holmqvist", "lena.holmqvist@avesta.se"), "SV: " + R1_SUBJ,
             """Hej Linnea,

Tack för påminnelsen, det här hade jag helt missat! Jag vill gärna anmäla mig till DalaLab.

Med vänlig hälsning

Lena Holmqvist
Planeringsarkitekt
Samhällsbyggnadsförvaltningen
Avesta kommun
Box 501, 774 81 Avesta
Tel: 0226-64 50 00
www.avesta.se

""" + outlook(REMINDER, "den 10 mars 2027 09:12", R1_SUBJ),
             X("register", [P("Lena Holmqvist", "lena.holmqvist@avesta.se", "Avesta kommun")], ALL),
             "reply to the reminder, no session named -> all four; quoted reminder lists the dates; Box/postcode/phone are not dates"),

        tg("bh047", "2027-03-10T19:40", "Tove Lindh", "6034418826",
           """Hej! Såg påminnelsen 🙈 Kan jag anmäla mig till 21 sept och 29 nov? Jobbar med fysisk planering på Gagnefs kommun. Äter vegetarisk kost om det spelar roll""",
           X("register", [P("Tove Lindh", None, "Gagnefs kommun", diet="vegetarisk")], [S2, S3], diet="vegetarisk"),
           "Telegram signup as a question ('Kan jag anmäla mig...') is a signup; two autumn dates; diet vegetarisk; name from sender"),

        mail("bh048", "2027-03-11T08:02", ("Anders Fält", "anders.falt@hedemora.se"), "Anmälan DalaLab – två nya planerare",
             """Hej!

Vi har fått två nya planerare på plan- och byggenheten sedan årsskiftet och jag tycker DalaLab vore en bra start för dem. Jag vill därför anmäla:

- Ida Sjöström, ida.sjostrom@hedemora.se
- Kristoffer Myhr, kristoffer.myhr@hedemora.se

Båda på alla fyra träffarna. Själv har jag tyvärr inte möjlighet att delta den här gången.

Hälsningar
Anders Fält
Enhetschef plan och bygg
Hedemora kommun
0225-340 00""",
             X("register", [P("Ida Sjöström", "ida.sjostrom@hedemora.se", "Hedemora kommun"),
                            P("Kristoffer Myhr", "kristoffer.myhr@hedemora.se", "Hedemora kommun")], ALL),
             "manager signs up two new hires with addresses, explicitly not himself -> sender not in people; 'alla fyra' = all"),

        mail("bh049", "2027-03-11T13:30", ("Per-Olof Granberg", "per-olof.granberg@malung-salen.se"), "Fråga om lokal 3 maj",
             """Hej Linnea,

Jag är redan anmäld till DalaLab men har en praktisk fråga inför första träffen: var i Falun är vi, och finns det parkering i närheten? Det är en bit att köra från Malung så jag vill gärna planera resan i god tid.

Tack på förhand!

/Per-Olof Granberg
Malung-Sälens kommun
0280-181 00""",
             X("question", [], []),
             "question about the venue and parking from someone already registered; '3 maj' in the subject is not a signup"),

        tg("bh050", "2027-03-12T07:55", "Jonna Pettersson", "5571209934",
           """anmäl mig till första träffen 3 maj tack! /Jonna, Orsa kommun""",
           X("register", [P("Jonna Pettersson", None, "Orsa kommun")], [S1]),
           "short lower-case Telegram signup for 3 May only; organisation from the text, full name from the sender"),

        mail("bh051", "2027-03-10T09:16", ("Karolina Björk", "karolina.bjork@leksand.se"), "Automatiskt svar: " + R1_SUBJ,
             """Hej,

Jag är föräldraledig till och med 30 april 2027 och läser inte min e-post.

Ärenden som rör översiktsplanering: kontakta samhällsbyggnadskontoret, 0247-800 00.

Med vänlig hälsning
Karolina Björk
Leksands kommun""",
             X("auto_reply", [], []),
             "out-of-office answer to the reminder ('Automatiskt svar:'); '30 april 2027' and the phone are not sessions"),

        mail("bh052", "2027-03-12T14:22", ("Lotta Sandin", "lotta.sandin@borlange.se"), "Ändring av deltagare från Borlänge",
             """Hej Linnea!

Simon Ek som var anmäld till DalaLab från oss har slutat hos oss i februari. Hans efterträdare Malin Dahlgren (malin.dahlgren@borlange.se) tar över hans plats på alla träffar.

Kan du ändra det i listan?

Tack och hälsningar
Lotta Sandin
Avdelningschef Strategisk planering
Borlänge kommun
Röda vägen 50, 781 81 Borlänge""",
             X("change", [P("Simon Ek", None, "Borlänge kommun"),
                          P("Malin Dahlgren", "malin.dahlgren@borlange.se", "Borlänge kommun")], ALL),
             "substitution (colleague left): people = the one leaving and the new colleague; sessions = what the substitute takes (all); manager-sender not in people"),

        mail("bh053", "2027-03-15T10:40", ("Mikael Hansson", "mikael.hansson@sater.se"), "Avanmälan 3 maj",
             """Hej,

Jag behöver tyvärr avanmäla mig från träffen den 3 maj – jag ska föredra ÖP-ärendet för kommunstyrelsens arbetsutskott samma dag och kan inte flytta det.

Övriga träffar står kvar, jag ser fram emot september!

Mvh
Mikael Hansson
Översiktsplanerare, Säters kommun""",
             X("cancel", [P("Mikael Hansson", "mikael.hansson@sater.se", "Säters kommun")], [S1]),
             "partial cancellation of 3 May because of another commitment; 'ser fram emot september' keeps, does not add, a session"),

        tg("bh054", "2027-03-15T21:05", "Hampus Öberg", "7219034561",
           """Hej! Jag är anmäld till 3 maj och 21 sept men nu krockar 21 sept med en annan grej. Kan jag ta 29 nov istället? /Hampus, Ludvika""",
           X("change", [P("Hampus Öberg", None, "Ludvika kommun")], [S1, S3]),
           "session change: 21 Sep swapped for 29 Nov; sessions after the change = 3 May + 29 Nov"),

        mail("bh055", "2027-03-16T09:30", ("Wennberg Sofie", "sofie.wennberg@regiondalarna.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag vill anm&auml;la mig till tr&auml;ff 2 och 3 (september och november). F&ouml;rsta tr&auml;ffen krockar tyv&auml;rr med en konferens och i februari &auml;r jag ledig.</p>
<p class="MsoNormal">Jag beh&ouml;ver glutenfri kost.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning</p>
<p class="MsoNormal"><b>Sofie Wennberg</b><br>Regional utvecklingsstrateg<br>Region Dalarna<br>Tfn 023-49 00 00</p>
</div></body></html>""",
             X("register", [P("Sofie Wennberg", "sofie.wennberg@regiondalarna.se", "Region Dalarna", diet="glutenfri")],
               [S2, S3], diet="glutenfri"),
             "HTML-only Outlook mail, surname-first display name; 'träff 2 och 3 (september och november)'; the other two are named only to be excluded",
             html=True),

        mail("bh056", "2027-03-16T15:48", ("Daniel Kowalski", "daniel.kowalski@lansstyrelsen.se"), "DalaLab registration",
             """Hi Linnea,

I started at Länsstyrelsen Dalarna on 1 March and my manager suggested I join DalaLab – is it still possible to sign up? If so, please register me for all the sessions.

I need lactose-free food, by the way.

Best regards,
Daniel Kowalski
Regional planner
County Administrative Board of Dalarna
+46 10 225 00 00""",
             X("register", [P("Daniel Kowalski", "daniel.kowalski@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="lactose-free")],
               ALL, diet="lactose-free"),
             "English signup from a new employee; 'all the sessions'; '1 March' is a start date, not a session; diet kept as written"),

        tg("bh057", "2027-03-17T12:10", "Rebecka Nilsson", "6480021375",
           """Hej! Går det att delta digitalt på någon av träffarna? Har ca 2,5 h resväg från Älvdalen så det vore smidigt för mig och kollegorna""",
           X("question", [], []),
           "question about digital participation; no signup, so no people or sessions"),

        mail("bh058", "2027-03-17T16:05", ("Frida Grip", "frida.grip@vansbro.se"), "Anmälan från Vansbro",
             """Hej!

Vi blir tre från Vansbro kommun: jag själv, Leif Andersson och Marie Persson. Vi kommer på alla träffar utom den 22 februari, då har vi vår planeringsdag.

Hör av dig om du behöver något mer från oss.

Hälsningar
Frida Grip
Samhällsbyggnad, Vansbro kommun
0281-750 00 | frida.grip@vansbro.se""",
             X("register", [P("Frida Grip", "frida.grip@vansbro.se", "Vansbro kommun"),
                            P("Leif Andersson", None, "Vansbro kommun"),
                            P("Marie Persson", None, "Vansbro kommun")], [S1, S2, S3]),
             "sender + two colleagues without addresses; 'alla träffar utom den 22 februari' = first three"),

        mail("bh059", "2027-03-18T08:45", ("Jessica Olausson", "jessica.olausson@falun.se"), "Specialkost DalaLab",
             """Hej Linnea,

Jag anmälde mig i januari till alla fyra träffarna. Sedan dess har jag fått besked om att jag inte tål gluten, så jag behöver glutenfri mat både till fika och lunch.

Tack!
Jessica Olausson
Falu kommun, Stadsbyggnadsförvaltningen""",
             X("change", [P("Jessica Olausson", "jessica.olausson@falun.se", "Falu kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "diet update for an existing signup -> change; she states she is registered for all four, so sessions = all four"),

        tg("bh060", "2027-03-18T20:30", "Viktor Hall", "1320977405",
           """Hej, tyvärr måste jag avanmäla mig från DalaLab. Har fått nytt jobb i Uppsala och börjar i maj. Lycka till med projektet!""",
           X("cancel", [P("Viktor Hall", None, None)], ALL),
           "full cancellation, no session named -> all four; no organisation stated (new job outside Dalarna is not one) -> null"),

        mail("bh061", "2027-03-19T11:20", ("Åsa Lund", "asa.lund@mora.se"), "Program för första träffen?",
             """Hej!

Finns det något program för första träffen ännu? Jag undrar vilka från Boverket som medverkar och om vi ska förbereda något i förväg, t.ex. läsa in oss på planeringsstrategin eller ta med vår egen ÖP.

Vänliga hälsningar
Åsa Lund
Mora kommun""",
             X("question", [], []),
             "question about the programme; 'första träffen' refers to the programme, not a signup"),

        mail("bh062", "2027-03-22T09:05", ("Karl-Johan Persson", "karl-johan.persson@smedjebacken.se"), "Re: " + R1_SUBJ,
             """Hej,

Jag anmäler härmed mig själv och min kollega Robin Sahlin till träffarna 3 maj och 29 november. Robin är vegan, jag äter allt.

/K-J

Karl-Johan Persson
Planeringsingenjör
Smedjebackens kommun
Tel 0240-66 00 00

""" + quoted(REMINDER, "Den 10 mars 2027 kl. 09:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"),
             X("register", [P("Karl-Johan Persson", "karl-johan.persson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Robin Sahlin", None, "Smedjebackens kommun", diet="vegan")], [S1, S3], diet="vegan"),
             "self + colleague for 3 May and 29 Nov; only Robin has a diet (per-person vegan, message diet vegan); quoted reminder lists all dates"),

        mail("bh063", "2027-03-22T13:50", ("Bengt Ahlin", "bengt.ahlin@leksand.se"), "Stryk Emelie Rask",
             """Hej Linnea,

Kan du stryka Emelie Rask från deltagarlistan? Hon går på föräldraledighet i april och kommer inte att kunna vara med på någon av träffarna. Vi återkommer om vi hittar någon som kan gå istället.

Hälsningar
Bengt Ahlin
Planchef, Leksands kommun""",
             X("cancel", [P("Emelie Rask", None, "Leksands kommun")], ALL),
             "manager cancels a colleague for all sessions ('någon av träffarna'); sender not in people; a possible replacement is not a signup"),

        tg("bh064", "2027-03-23T07:30", "Lukas Meyer", "5902184736",
           """Hi, can I still register? I'd like to come to the May 3 and Feb 22 sessions. I work at Borlänge municipality. thx""",
           X("register", [P("Lukas Meyer", None, "Borlänge kommun")], [S1, S4]),
           "English Telegram signup; 'Feb 22' without year = the 2028 session; 'Borlänge municipality'"),

        mail("bh065", "2027-03-23T16:12", ("Ylva Ström", "ylva.strom@orsa.se"), "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab förra veckan. Nu vill jag också att ni raderar de personuppgifter ni har om mig (namn, e-post och uppgift om specialkost) enligt GDPR.

Tack.

Ylva Ström
Orsa kommun""",
             X("erasure", [P("Ylva Ström", "ylva.strom@orsa.se", "Orsa kommun")], []),
             "erasure request after an earlier cancellation; the cancellation is past, so the request is erasure only"),

        mail("bh066", "2027-03-24T10:33", ("Stefan Lööf", "stefan.loof@ludvika.se"), "Anmälan",
             """Anmälan till DalaLab: Stefan Lööf, Ludvika kommun, samtliga tillfällen.

Obs! Jag är ledig 19–23 april om du behöver nå mig.

--
Stefan Lööf | Översiktsplanerare | Ludvika kommun
0240-860 00 | Besök: Carlsgatan 1, Ludvika""",
             X("register", [P("Stefan Lööf", "stefan.loof@ludvika.se", "Ludvika kommun")], ALL),
             "terse signup, 'samtliga tillfällen' = all four; leave '19–23 april' and street number are not sessions"),

        tg("bh067", "2027-03-24T18:44", "Elsa Mård", "6803312290",
           """hej! jag skrev tidigare att jag kommer 29 nov men vill gärna lägga till 3 maj också om det går 😊 /Elsa, Avesta""",
           X("change", [P("Elsa Mård", None, "Avesta kommun")], [S1, S3]),
           "adds a session to an existing signup -> change; sessions after the change = 3 May + 29 Nov"),

        mail("bh068", "2027-03-25T06:30", ("Jenny Hallberg", "jenny.hallberg@borlange.se"), "Automatiskt svar: Bekräftelse: anmälan DalaLab",
             """Tack för ditt mejl.

Jag är på tjänsteresa 22–26 mars och läser e-post sporadiskt. Vid brådskande ärenden, ring Borlänge kommuns växel 0243-740 00.

Jenny Hallberg
Borlänge kommun""",
             X("auto_reply", [], []),
             "out-of-office reply to a confirmation; '22–26 mars' and the phone are not sessions"),

        mail("bh069", "2027-03-25T15:10", ("Amanda Berg", "amanda.berg@rattvik.se"), "Byte av träffar mellan mig och Oscar",
             """Hej Linnea!

Oscar Lind och jag har pratat ihop oss och vill byta en träff med varandra. Jag är anmäld till 3/5 och 21/9, Oscar till 29/11 och 22/2.

Nu tar Oscar min plats den 21/9 och jag tar hans den 29/11. Alltså:
Amanda: 3/5 och 29/11
Oscar: 21/9 och 22/2

Hoppas det går bra!
Amanda Berg
Rättviks kommun""",
             X("change", [P("Amanda Berg", "amanda.berg@rattvik.se", "Rättviks kommun"),
                          P("Oscar Lind", None, "Rättviks kommun")], ALL, unsure=("each-own-sessions",)),
             "swap between two colleagues; each has own sessions after the change (Amanda 3/5+29/11, Oscar 21/9+22/2); the single list is their union = all four"),

        tg("bh070", "2027-03-26T12:02", "Maja Eriksson", "2290481537",
           """Hej hej! Jag och min kollega Sven Ohlsson från Mora vill anmäla oss till höstens två träffar 🍂 Sven behöver laktosfritt""",
           X("register", [P("Maja Eriksson", None, "Mora kommun"),
                          P("Sven Ohlsson", None, "Mora kommun", diet="laktosfri")], [S2, S3], diet="laktosfri"),
           "sender + colleague; 'höstens två träffar' = 21 Sep + 29 Nov; laktosfri is Sven's"),

        mail("bh071", "2027-03-30T10:00", ("Kjell Åhman", "kjell.ahman@orsa.se"), "Resor till Falun",
             """Hej,

Blir det någon samåkning eller buss från Mora/Orsa till Falun den 3 maj? Och ersätts resekostnader för deltagarna, eller står kommunerna för det själva?

Mvh
Kjell Åhman
Orsa kommun, Samhällsbyggnad
Tel. 0250-552 00""",
             X("question", [], []),
             "travel question; names 3 May but signs nobody up"),

        mail("bh072", "2027-03-30T14:37", ("Pia Nord", "pia.nord@alvdalen.se"), "Anmälan av Roger Eriksson",
             """Hej!

Jag anmäler härmed vår samhällsbyggnadschef Roger Eriksson (roger.eriksson@alvdalen.se) till DalaLab, alla fyra träffar. Han har nötallergi.

Kalenderinbjudningar kan skickas direkt till honom.

Vänliga hälsningar
Pia Nord
Administratör, Samhällsbyggnadsförvaltningen
Älvdalens kommun
Dalgatan 78, 796 80 Älvdalen""",
             X("register", [P("Roger Eriksson", "roger.eriksson@alvdalen.se", "Älvdalens kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "administrator registers her manager, not herself; his address from the text; diet his"),

        mail("bh073", "2027-03-31T08:20", ("Helena Frost", "helena.frost@gagnef.se"), "Avanmälan två träffar",
             """Hej Linnea,

Tyvärr krockar både 21 september och 29 november med budgetberedningen i år, så jag måste avanmäla mig från de två träffarna. Övriga står kvar.

Hälsningar
Helena Frost
Gagnefs kommun""",
             X("cancel", [P("Helena Frost", "helena.frost@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "partial cancellation of the two autumn sessions (sessions = the cancelled ones); 'övriga står kvar' names nothing"),

        tg("bh074", "2027-03-31T22:15", "Birgitta Lund", "5168830942",
           """Kan du hämta Elvira på fritids kl 16 imorgon? Jag sitter i möte till fem""",
           X("unknown", [], []),
           "misdirected private message to the bot; nothing about the event"),

        mail("bh075", "2027-03-31T11:45", ("Anneli Wik", "anneli.wik@regiondalarna.se"), "Anmälan DalaLab – Regional utveckling",
             """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hej Linnea,</p>
<p>H&auml;r kommer anm&auml;lan fr&aring;n avdelningen f&ouml;r regional utveckling. B&aring;da deltar p&aring; alla fyra tr&auml;ffarna.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Johanna Ek</td><td>johanna.ek@regiondalarna.se</td><td>&ndash;</td></tr>
<tr><td>Patrik S&ouml;der</td><td>patrik.soder@regiondalarna.se</td><td>Vegetarisk</td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>Anneli Wik<br>Handl&auml;ggare, Region Dalarna<br>Vasagatan 16, Falun</p>
</body></html>""",
             X("register", [P("Johanna Ek", "johanna.ek@regiondalarna.se", "Region Dalarna"),
                            P("Patrik Söder", "patrik.soder@regiondalarna.se", "Region Dalarna", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML table of two colleagues; sender (administrator) not attending; diet only Patrik's", html=True),

        mail("bh076", "2027-04-01T09:10", ("Görel Sjödin", "gorel.sjodin@malung-salen.se"), "Ny deltagare istället för Ahmed Ali",
             """Hej!

Ahmed Ali som är anmäld till DalaLab från Malung-Sälen har gått vidare till en ny tjänst i Mora. Vår nyanställda planarkitekt Lovisa Berg tar över hans plats.

Ahmed var anmäld till 3 maj och 21 september och Lovisa går på samma träffar. Hennes mejl: lovisa.berg@malung-salen.se

Tack!
Görel Sjödin
Planchef, Malung-Sälens kommun""",
             X("change", [P("Ahmed Ali", None, "Malung-Sälens kommun"),
                          P("Lovisa Berg", "lovisa.berg@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "substitution: Ahmed (left; 'ny tjänst i Mora' is not his organisation here) replaced by Lovisa for 3 May + 21 Sep"),

        tg("bh077", "2027-04-01T16:30", "Nadia Haddad", "7055213869",
           """Hej! Kan tyvärr inte komma 3 maj, har en utbildning i Stockholm då. Övriga träffar kommer jag på! /Nadia, Borlänge""",
           X("cancel", [P("Nadia Haddad", None, "Borlänge kommun")], [S1]),
           "partial cancellation of 3 May (course elsewhere); remaining sessions unchanged"),

        mail("bh078", "2027-04-05T08:15", ("Jonas Hedin", "jonas.hedin@rattvik.se"), "dalalab",
             """hej linnea, hann inte tidigare men vill anmäla mig till dalalab, alla träffar. mvh jonas

Skickat från min iPhone""",
             X("register", [P("Jonas Hedin", "jonas.hedin@rattvik.se", "Rättviks kommun")], ALL),
             "lower-case phone mail; 'alla träffar'; full name from the display name, organisation from the rattvik.se domain"),

        mail("bh079", "2027-04-05T13:20", ("Anna-Karin Lilja", "anna-karin.lilja@hedemora.se"), "Har min anmälan kommit in?",
             """Hej!

Jag skickade min anmälan till DalaLab den 2 mars men har inte fått någon bekräftelse. Kan du kolla att den har kommit in?

Hälsningar
Anna-Karin Lilja
Hedemora kommun""",
             X("question", [], []),
             "asks whether an earlier signup arrived; no new request; '2 mars' is not a session"),

        tg("bh080", "2027-04-06T10:05", "Sara Wahlund", "6391057728",
           """Hej, en ändring: min kollega Tobias Ek går istället för mig den 21 september. Övriga träffar kommer jag själv. / Sara, Gagnefs kommun""",
           X("change", [P("Sara Wahlund", None, "Gagnefs kommun"), P("Tobias Ek", None, "Gagnefs kommun")], [S2]),
           "substitution for one session: people = Sara (out) and Tobias (in); sessions = what the substitute takes (21 Sep)"),

        mail("bh081", "2027-04-06T15:40", ("Magnus Broström", "magnus.brostrom@falun.se"), "SV: " + R1_SUBJ,
             """Hej Linnea,

Sent omsider – jag vill anmäla mig till de två första träffarna. Hur det blir med vintern vet jag inte än, men jag återkommer om det i så fall.

Hälsningar
Magnus Broström
Planarkitekt
Falu kommun, Stadsbyggnadsförvaltningen
Stadshuset, Stigaregatan 5, 791 83 Falun
Tfn 023-83 000

""" + outlook(REMINDER, "den 10 mars 2027 09:12", R1_SUBJ),
             X("register", [P("Magnus Broström", "magnus.brostrom@falun.se", "Falu kommun")], [S1, S2]),
             "'de två första träffarna' = 3 May + 21 Sep; 'återkommer' about the winter session adds nothing; quoted reminder lists all dates"),

        mail("bh082", "2027-04-07T09:02", ("Ulrika Sjöberg", "ulrika.sjoberg@vansbro.se"), "Frånvaro: " + R2_SUBJ,
             """Jag är på kurs 7–9 april och har begränsad tillgång till e-post. Jag svarar när jag är tillbaka måndag 12 april.

Ulrika Sjöberg
Vansbro kommun""",
             X("auto_reply", [], []),
             "absence notice answering the last reminder; '7–9 april', '12 april' are not sessions"),

        tg("bh083", "2027-04-07T19:20", "Filip Strand", "1847392056",
           """Såg sista påminnelsen – hinner jag anmäla mig? I så fall alla träffar utom den i september. Region Dalarna, kollektivtrafikavdelningen""",
           X("register", [P("Filip Strand", None, "Region Dalarna")], [S1, S3, S4]),
           "late signup phrased conditionally ('I så fall') -> register; 'alla utom september' = three sessions"),

        mail("bh084", "2027-04-08T10:50", ("Elin Nordqvist", "elin.nordqvist@ludvika.se"), "Ändra min anmälan",
             """Hej!

Jag anmälde mig till alla fyra träffarna i januari, men har nu fått veta att jag blir föräldraledig under hösten. Kan du ändra så att jag bara står på 3 maj och 22 februari?

Tack!
Elin Nordqvist
Ludvika kommun
0240-862 15""",
             X("change", [P("Elin Nordqvist", "elin.nordqvist@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "change to sessions after the change (3 May + 22 Feb); worded as 'ändra så att jag bara står på', so change rather than a partial cancel of the autumn"),

        mail("bh085", "2027-04-08T14:05", ("Mona Backman", "mona.backman@lansstyrelsen.se"), "Anmälan DalaLab, Lst",
             """Hej Linnea,

Jag och min kollega Linus Karlsson (linus.karlsson@lansstyrelsen.se) vill anmäla oss till träffarna 29 november och 22 februari 2028. Linus äter vegetariskt, jag har inga särskilda önskemål.

Vänliga hälsningar
Mona Backman
Samhällsplanerare
Länsstyrelsen Dalarna
010-225 00 00""",
             X("register", [P("Mona Backman", "mona.backman@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Linus Karlsson", "linus.karlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegetarisk")],
               [S3, S4], diet="vegetarisk"),
             "self + colleague for 29 Nov + 22 Feb 2028; 'äter vegetariskt' labelled vegetarisk, Linus's only"),

        tg("bh086", "2027-04-08T21:30", "Lars Wikander", "5723018894",
           """Hej. Jag avanmälde mig redan i mars men vill nu att ni raderar alla mina personuppgifter också. Tack""",
           X("erasure", [P("Lars Wikander", None, None)], []),
           "erasure via Telegram after an earlier cancellation; people = sender, no organisation stated"),

        mail("bh087", "2027-04-09T08:30", ("Oskar Lindblad", "oskar.lindblad@sater.se"), "Två anmälningar från Säter",
             """Hej!

Vi är två till från Säters kommun som vill vara med: Alva Strömberg och jag. Vi kommer båda på 3 maj och 21 september.

Mvh
Oskar Lindblad
Säters kommun, Bygg och miljö
Rådhusgatan 1, 783 27 Säter
0225-550 00""",
             X("register", [P("Oskar Lindblad", "oskar.lindblad@sater.se", "Säters kommun"),
                            P("Alva Strömberg", None, "Säters kommun")], [S1, S2]),
             "sender + colleague (no address), both for 3 May + 21 Sep; postal address digits are not dates"),

        mail("bh088", "2027-04-09T11:15", ("Marta Zielińska", "marta.zielinska@falun.se"), "Withdrawal from DalaLab",
             """Hi Linnea,

I'm afraid I have to withdraw from DalaLab altogether – I'm moving back to Gdańsk in May. Thank you for organising, it looked like a great programme!

Best regards,
Marta Zielińska
Urban planner, Falu kommun""",
             X("cancel", [P("Marta Zielińska", "marta.zielinska@falun.se", "Falu kommun")], ALL),
             "English full withdrawal, no session named -> all four; 'in May' is not a session"),

        tg("bh089", "2027-04-10T09:40", "Alice Sundberg", "6617742083",
           """Hej! Behöver man ta med egen dator till träffen i Falun eller räcker det med mobilen?""",
           X("question", [], []),
           "practical question about the first meeting; no signup"),

        tg("bh090", "2027-04-10T16:55", "Erik Nyström", "2078815364",
           """Hej! Anmäler mig och kollegan Wilma Ahl (båda Älvdalens kommun) till alla träffar. Jag behöver glutenfritt och Wilma har nötallergi""",
           X("register", [P("Erik Nyström", None, "Älvdalens kommun", diet="glutenfri"),
                          P("Wilma Ahl", None, "Älvdalens kommun", diet="nötallergi")], ALL, diet="glutenfri, nötallergi"),
           "Saturday Telegram signup for self + colleague, all sessions; two people's diets joined in the message diet"),
    ]
