from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("l046", "2027-01-18T13:47", ("Lindkvist Åsa", "asa.lindkvist@avesta.se"),
             "Anmälan DalaLab - Avesta kommun",
             """Hej Linnea,

Här kommer Avestas anmälan till DalaLab. Vi blir tre som vill följa hela lärprojektet:

1. Hammar, Johan – johan.hammar@avesta.se
2. Pettersson, Linnéa – linnea.pettersson@avesta.se
3. Lindkvist, Åsa (undertecknad)

Johan är översiktsplanerare, Linnéa jobbar på miljö- och klimatsidan och själv är jag planchef. Fakturaadress behövs väl inte eftersom det är kostnadsfritt?

Med vänlig hälsning

Åsa Lindkvist
Planchef
Samhällsbyggnadsförvaltningen
Avesta kommun
Kungsgatan 32, 774 81 Avesta
Tel 0226-64 50 00 (växel), direkt 0226-64 51 27
""",
             X("register", [P("Johan Hammar", "johan.hammar@avesta.se", "Avesta kommun"),
                            P("Linnéa Pettersson", "linnea.pettersson@avesta.se", "Avesta kommun"),
                            P("Åsa Lindkvist", "asa.lindkvist@avesta.se", "Avesta kommun")], ALL),
             "numbered list 'Efternamn, Förnamn – e-post'; sender is third with '(undertecknad)' and no address in the "
             "list; display name surname-first; no dates -> all four; invoice question does not change intent"),

        mail("l047", "2027-02-03T08:55", ("HR-avdelningen Ludvika kommun", "hr@ludvika.se"),
             "Anmälan – Mikael Strömberg",
             """Hej!

På uppdrag av Mikael Strömberg, nyanställd översiktsplanerare hos oss från 1 februari, anmäler vi honom till DalaLab. Han vill delta den 3 maj och den 29 november. Under september har han redan planerad tjänstledighet.

Mikaels e-postadress: mikael.stromberg@ludvika.se
Han har nötallergi, vilket vi gärna vill att ni noterar inför fika och lunch.

Frågor om anmälan besvaras av Mikael direkt – denna brevlåda bevakas endast tisdagar och torsdagar.

Vänliga hälsningar
HR-avdelningen
Ludvika kommun
0240-860 00
""",
             X("register", [P("Mikael Strömberg", "mikael.stromberg@ludvika.se", "Ludvika kommun",
                              diet="nötallergi")], [S1, S3], diet="nötallergi"),
             "HR function mailbox registers a named employee; the mailbox is not a person; '1 februari' is a start "
             "date and 'september' leave is not a session; diet on him"),

        mail("l048", "2027-01-11T10:20", ("Margareta Ols", "margareta.ols@hedemora.se"),
             "Anmälan för Birgitta Holmqvist",
             """Hej,

Jag är assistent åt vår samhällsbyggnadschef Birgitta Holmqvist och skriver å hennes vägnar. Birgitta vill gärna delta i DalaLab men har tyvärr inte möjlighet att gå på allt. Vänligen anmäl henne till vårträffen i maj och till februariträffen om tillgänglighet.

Själv deltar jag inte, men skicka gärna bekräftelsen både till mig och till Birgitta (birgitta.holmqvist@hedemora.se) så lägger jag in det i hennes kalender.

Hälsningar
Margareta Ols
Ledningsassistent
Samhällsbyggnadsförvaltningen, Hedemora kommun
Tel. 0225-340 00
""",
             X("register", [P("Birgitta Holmqvist", "birgitta.holmqvist@hedemora.se", "Hedemora kommun")], [S1, S4]),
             "assistant writes for her manager and does not attend; 'vårträffen i maj' + 'februariträffen' = 3 May "
             "and 22 Feb 2028; manager's address given in text"),

        mail("l049", "2027-02-15T15:02", ("Daniel Wretling", "daniel.wretling@lansstyrelsen.se"),
             "Anmälan DalaLab (Lst + Säter)",
             """Hej Linnea!

Vi vill anmäla oss till de två höstträffarna (21/9 och 29/11):
- Daniel Wretling, Länsstyrelsen Dalarna (jag)
- Sanna Eriksson, Länsstyrelsen Dalarna, enheten för samhällsplanering
- Pontus Lilja, Säters kommun

Pontus bad mig ta med honom eftersom han sitter i budgetberedning hela den här veckan och inte hinner skriva själv. Hans mejl är pontus.lilja@sater.se om ni behöver nå honom.

Vårträffen den 3 maj krockar tyvärr med vår egen länsträff för ÖP-handläggare, så den hoppar vi över.

Hälsningar
Daniel Wretling
Handläggare, Samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Daniel Wretling", "daniel.wretling@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Sanna Eriksson", None, "Länsstyrelsen Dalarna"),
                            P("Pontus Lilja", "pontus.lilja@sater.se", "Säters kommun")], [S2, S3]),
             "two organisations in one list; the Säter colleague gets his own organisation and address; 3 May "
             "named only as declined"),

        mail("l050", "2027-01-07T09:31", ("Jenny Forsgren", "jenny.forsgren@borlange.se"),
             "Fråga om antal platser",
             """Hej!

Vi är fyra på planavdelningen i Borlänge som är intresserade av DalaLab. I inbjudan står det att en kommun kan delta med upp till tre personer. Finns det någon möjlighet att vi blir fyra om andra kommuner inte fyller sina platser, eller går det att ha en person på reservplats? Alternativt kan vi rotera så att olika personer går på olika träffar?

Vi anmäler oss så fort vi vet hur ni vill ha det.

Tack på förhand!
Jenny Forsgren
Planarkitekt, Borlänge kommun
0243-740 00
""",
             X("question", [], []),
             "quota question before signing up ('Vi anmäler oss så fort vi vet') -> question, no people"),

        mail("l051", "2027-02-22T11:15", ("Anders Hult", "anders.hult@leksand.se"),
             "Anmälan DalaLab Leksand",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Leksands kommun anm&auml;ler f&ouml;ljande till samtliga fyra tr&auml;ffar. Vi har f&ouml;rst&aring;tt att det &auml;r max tre per kommun, s&aring; den fj&auml;rde personen i listan anm&auml;ls som reserv ifall n&aring;gon plats blir ledig.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>Roll</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Anders Hult</td><td>Planchef</td><td>anders.hult@leksand.se</td><td>&ndash;</td></tr>
<tr><td>Moa Kjellberg</td><td>&Ouml;versiktsplanerare</td><td>moa.kjellberg@leksand.se</td><td>vegetarisk</td></tr>
<tr><td>Fredrik Ljungqvist</td><td>Trafikplanerare</td><td>fredrik.ljungqvist@leksand.se</td><td>&ndash;</td></tr>
<tr><td>Elvira Sand (reserv)</td><td>Landskapsarkitekt</td><td>elvira.sand@leksand.se</td><td>laktosfri</td></tr>
</table>
<p>Mvh<br>Anders Hult<br>Planchef, Leksands kommun<br>Tel 0247-800 00 | Box 1, 793 21 Leksand</p>
</body></html>""",
             X("register", [P("Anders Hult", "anders.hult@leksand.se", "Leksands kommun"),
                            P("Moa Kjellberg", "moa.kjellberg@leksand.se", "Leksands kommun", diet="vegetarisk"),
                            P("Fredrik Ljungqvist", "fredrik.ljungqvist@leksand.se", "Leksands kommun"),
                            P("Elvira Sand", "elvira.sand@leksand.se", "Leksands kommun", diet="laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "HTML-only table with role and diet columns; fourth person is a reserve (a reserve is a person); "
             "'(reserv)' not part of the name; sender in the table"),

        mail("l052", "2027-03-09T14:40", ("Kerstin Wahlund", "kerstin.wahlund@orsa.se"),
             "SV: Bekräftelse DalaLab",
             """Hej,

En ändring för Orsa: Karl Nyström kan inte gå den 21 september (han är på konferens i Göteborg hela den veckan), så vår bygglovshandläggare Fatima Ali går i hans ställe den dagen. Hennes adress är fatima.ali@orsa.se. Karl går som planerat på övriga träffar.

/Kerstin

Kerstin Wahlund
Enhetschef Plan, Orsa kommun
0250-55 20 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 16:05
Till: Kerstin Wahlund <kerstin.wahlund@orsa.se>
Ämne: Bekräftelse DalaLab

Hej! Tack för er anmälan. Följande är anmälda från Orsa kommun:

Karl Nyström – 3 maj, 21 september, 29 november 2027 och 22 februari 2028
Kerstin Wahlund – 3 maj 2027

Välkomna!
Linnea
""",
             X("change", [P("Karl Nyström", None, "Orsa kommun"),
                          P("Fatima Ali", "fatima.ali@orsa.se", "Orsa kommun")], [S2]),
             "substitution for one session only: Fatima takes 21 Sep in Karl's place, Karl keeps the rest; sessions "
             "= what the substitute takes; quoted confirmation lists all dates and the sender's own signup"),

        mail("l053", "2027-03-23T16:12", ("Per Sjödin", "per.sjodin@falun.se"),
             "Avanmälan två deltagare Falun",
             """Hej Linnea,

Av oss tre som anmäldes från Falu kommun i januari blir det tyvärr bara jag kvar. Ebba Grönlund har fått en ny tjänst i Gävle och Simon Åhman går på föräldraledighet från april, så de kan inte delta på någon av träffarna. Stryk dem gärna ur listan.

Vi har i nuläget ingen ersättare, men jag hör av mig om det ändras före 14 april.

Min egen anmälan står kvar som den är.

Hälsningar
Per Sjödin
Stadsbyggnadskontoret, Falu kommun
023-830 00
""",
             X("cancel", [P("Ebba Grönlund", None, "Falu kommun"), P("Simon Åhman", None, "Falu kommun")], ALL),
             "withdraws two of a group, no substitute -> cancel all four for both; sender keeps his place and is "
             "not among the people; Gävle is the new employer, not her organisation here; '14 april' is the deadline"),

        tg("l054", "2027-02-10T19:44", "Maja Sundberg", 70211,
           "hej! anmäl mig + kollegan jonas ek (vansbro båda två). jag tar 3/5 o 21/9, jonas kan bara höstträffen",
           X("register", [P("Maja Sundberg", None, "Vansbro kommun"), P("Jonas Ek", None, "Vansbro kommun")],
             [S1, S2, S3], unsure=["sessions"]),
           "lower-case colleague with a surname that is a word; per-person sessions, union; Jonas's singular "
           "'höstträffen' could be 21 Sep or 29 Nov -> both candidates, unsure"),

        mail("l055", "2027-01-25T08:07", ("Lennart Blom", "lennart.blom@rattvik.se"),
             "DalaLab – anmälan planenheten",
             """Hej!

Jag anmäler härmed tre medarbetare från planenheten i Rättvik till träff 1 och träff 3 (3 maj resp. 29 november):

Ola Persson, planarkitekt
Karin Nord, översiktsplanerare
Tove Dahlberg, GIS-ingenjör

Adresserna följer vårt vanliga mönster, fornamn.efternamn@rattvik.se. Själv har jag inte möjlighet att delta, men jag ser fram emot att höra vad de tar med sig hem.

Mvh
Lennart Blom
Samhällsbyggnadschef
Rättviks kommun
Storgatan 2, 795 80 Rättvik
""",
             X("register", [P("Ola Persson", "ola.persson@rattvik.se", "Rättviks kommun"),
                            P("Karin Nord", "karin.nord@rattvik.se", "Rättviks kommun"),
                            P("Tove Dahlberg", "tove.dahlberg@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "manager registers three, not himself; addresses given as a pattern, written out; 'träff 1 och träff 3'"),

        mail("l056", "2027-02-01T13:30", ("Sofia Granberg", "sofia.granberg@smedjebacken.se"),
             "Anmälan Smedjebacken",
             """Hej,

Vi blir tre från Smedjebacken, men med lite olika upplägg:

Anders Wiklund – första och sista träffen
Malin Hedberg – alla fyra
Sofia Granberg (jag) – de två träffarna i höst

Anders och Malin nås på anders.wiklund@smedjebacken.se respektive malin.hedberg@smedjebacken.se.

Är det ok att vi fördelar oss så? Vi kommer att samåka från Smedjebacken.

Hälsningar
Sofia Granberg
Smedjebackens kommun
Tel 0240-66 00 00
""",
             X("register", [P("Anders Wiklund", "anders.wiklund@smedjebacken.se", "Smedjebackens kommun"),
                            P("Malin Hedberg", "malin.hedberg@smedjebacken.se", "Smedjebackens kommun"),
                            P("Sofia Granberg", "sofia.granberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "per-person sessions by ordinal and season; union is all four; 'respektive' pairs addresses with names"),

        mail("l057", "2027-03-02T10:02", ("Oscar Halvarsson", "oscar.halvarsson@gagnef.se"),
             "Anmälan",
             """Hej Linnea!

Anmälan till DalaLab från Gagnefs kommun, alla tillfällen:

Namn – e-post – kost
Oscar Halvarsson – oscar.halvarsson@gagnef.se – glutenfri
Tilda Rosén – tilda.rosen@gagnef.se – vegan

Tack!
Oscar
--
Oscar Halvarsson | Strategisk planerare | Gagnefs kommun
Växel 0241-150 00 | Besök: Djurås centrum, 785 21 Gagnef
""",
             X("register", [P("Oscar Halvarsson", "oscar.halvarsson@gagnef.se", "Gagnefs kommun", diet="glutenfri"),
                            P("Tilda Rosén", "tilda.rosen@gagnef.se", "Gagnefs kommun", diet="vegan")],
               ALL, diet="glutenfri, vegan"),
             "'Namn – e-post – kost' lines with per-person diets; sender is first row"),

        mail("l058", "2027-03-17T09:12", ("Registrator Älvdalens kommun", "registrator@alvdalen.se"),
             "Anmälan DalaLab – Henrik Mattsson",
             """Hej,

Vidarebefordrar en anmälan som kommit till oss via telefon. Henrik Mattsson är nyanställd planerare och har ännu inte fått någon egen e-postadress (kontot aktiveras först efter 1 april). Han vill delta på alla fyra träffarna.

Ev. frågor kan ställas till Henrik på telefon 0251-310 45 eller till denna adress.

Med vänlig hälsning
Registrator
Kommunledningskontoret
Älvdalens kommun
Dnr KS 2027/00311
""",
             X("register", [P("Henrik Mattsson", None, "Älvdalens kommun")], ALL),
             "registry mailbox writes for a named person who has no address yet: the mailbox address is not his; "
             "diary number and '1 april' are not sessions"),

        mail("l059", "2027-04-06T11:20", ("Camilla Lövgren", "camilla.lovgren@malung-salen.se"),
             "Ang. Stina Olausson – 29/11",
             """Hej!

Stina Olausson kan tyvärr inte delta den 29 november – samma dag har vi kommunfullmäktige där hon ska föredra ett ärende. Hennes övriga datum (3/5, 21/9 och 22/2) står kvar.

Jag skriver för Stina eftersom hon är på utbildning hela veckan.

Vänliga hälsningar
Camilla Lövgren
Administratör, Samhällsbyggnad
Malung-Sälens kommun
""",
             X("cancel", [P("Stina Olausson", None, "Malung-Sälens kommun")], [S3]),
             "administrator withdraws a colleague from one session; the remaining dates are listed but are not "
             "cancelled -> cancel [29 Nov]; sender not among the people"),

        mail("l060", "2027-02-18T14:03", ("Lisbeth Mård", "lisbeth.mard@orsa.se"),
             "Anmälan kommundirektör",
             """Hej,

Vår kommundirektör Anna-Karin Sjödin vill delta i DalaLab. Tyvärr har hon kommunfullmäktige den 21/9 och är på semester den veckan då den 29/11 infaller, så anmäl henne till de två andra träffarna.

Jag (assistent) deltar inte själv. Anna-Karin har ingen specialkost.

Mvh Lisbeth Mård
Kommunledningskontoret Orsa kommun
0250-55 21 00
""",
             X("register", [P("Anna-Karin Sjödin", None, "Orsa kommun")], [S1, S4]),
             "assistant registers her manager for 'de två andra träffarna': the two dates named are the ones she "
             "cannot attend -> 3 May and 22 Feb; 'ingen specialkost' is no diet"),

        mail("l061", "2027-01-28T12:00", ("Thomas Becker", "thomas.becker@regiondalarna.se"),
             "Registration – two participants from Region Dalarna",
             """Hi Linnea,

I would like to register two members of my team for DalaLab: Jana Novak (regional planner) and Lukas Meier (mobility analyst). They will join the September and November sessions only; the spring one clashes with our Interreg kick-off and February is not decided yet.

Their addresses follow the usual format, firstname.lastname@regiondalarna.se. I will not attend myself.

Best regards,
Thomas Becker
Head of Unit, Regional Development
Region Dalarna
+46 23 49 00 00
""",
             X("register", [P("Jana Novak", "jana.novak@regiondalarna.se", "Region Dalarna"),
                            P("Lukas Meier", "lukas.meier@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English manager registers two team members, not himself; address pattern written out; spring and "
             "February named only as not chosen"),

        mail("l062", "2027-01-14T15:55", ("Erik Mossberg", "erik.mossberg@hedemora.se"),
             "Fråga: kan platsen gå mellan kollegor?",
             """Hej,

En fråga innan vi anmäler oss: är platserna personliga, eller kan en kommun skicka olika personer till olika träffar? Vi tänkte att den som jobbar med tillgänglighet går i februari och att en annan kollega tar maj- och septemberträffarna.

Tack,
Erik Mossberg
Hedemora kommun
""",
             X("question", [], []),
             "question about rotating places between colleagues; names months but registers no one"),

        mail("l063", "2027-03-30T08:41", ("Rikard Ström", "rikard.strom@hedemora.se"),
             "Uppdatering kost – Hedemora",
             """Hej Linnea!

Två uppdateringar inför fikat och lunchen för oss som är anmälda från Hedemora:

Elsa Brandt har blivit vegetarian sedan vi anmälde oss, och själv har jag fått konstaterad glutenintolerans.

Träffarna är desamma som förut.

Tack och hej
Rikard Ström
Planarkitekt
Hedemora kommun, Stadshuset, 776 81 Hedemora
""",
             X("change", [P("Elsa Brandt", None, "Hedemora kommun", diet="vegetarian"),
                          P("Rikard Ström", "rikard.strom@hedemora.se", "Hedemora kommun", diet="glutenintolerans")],
               [], diet="vegetarian, glutenintolerans"),
             "diet update for two registered people, no sessions named -> change with []; per-person diets"),

        tg("l064", "2027-03-12T21:05", "Hugo Berglund", 88120,
           "avanmäl mig och petra ljung från 22 feb, vi har budgetdagar då 😕 resten som förut. /Hugo, Säters kommun",
           X("cancel", [P("Hugo Berglund", None, "Säters kommun"), P("Petra Ljung", None, "Säters kommun")], [S4]),
           "telegram partial withdrawal for sender and a lower-case colleague; '22 feb' without year = 2028 session"),

        mail("l065", "2027-02-25T10:10", ("Gunnel Dahlin", "gunnel.dahlin@vansbro.se"),
             "Anmälan DalaLab Vansbro",
             """Hej Linnea,

Vansbro kommun har just nu ingen egen översiktsplanerare, så vi har anlitat Mattias Ro på Ramboll som tar fram vår nya ÖP. Vi vill gärna att han går i kommunens ställe tillsammans med mig. Vi anmäler oss båda till alla fyra träffarna.

Mattias: mattias.ro@ramboll.se, tel 010-615 60 00
Jag: se nedan.

Mvh
Gunnel Dahlin
Miljö- och byggchef
Vansbro kommun
Box 501, 780 50 Vansbro
""",
             X("register", [P("Gunnel Dahlin", "gunnel.dahlin@vansbro.se", "Vansbro kommun"),
                            P("Mattias Ro", "mattias.ro@ramboll.se", "Vansbro kommun")], ALL),
             "consultant explicitly takes the municipality's place -> Vansbro kommun despite ramboll.se address; "
             "surname 'Ro' is a word"),

        mail("l066", "2027-01-20T16:30", ("Karolina Wern", "karolina.wern@sweco.se"),
             "Anmälan – Sweco",
             """Hej!

Jag och min kollega Ida Wall på Sweco arbetar med översiktsplanering åt flera kommuner i Dalarna (bl.a. Mora och Gagnef) och skulle gärna vilja delta i DalaLab om det är öppet för konsulter. Vi anmäler oss i så fall till träffarna i maj och september. Idas adress är ida.wall@sweco.se.

Om platserna är reserverade för kommunerna förstår vi förstås det.

Vänliga hälsningar
Karolina Wern
Sweco Society AB
Falun
070-123 45 67
""",
             X("register", [P("Karolina Wern", "karolina.wern@sweco.se", None),
                            P("Ida Wall", "ida.wall@sweco.se", None)], [S1, S2]),
             "two consultants working for several municipalities -> organisation null (Mora, Gagnef, Falun are "
             "clients/office); conditional 'i så fall' still a signup"),

        mail("l067", "2027-02-08T09:48", ("Gunnar Hellström", "gunnar.hellstrom@malung-salen.se"),
             "VB: DalaLab – vem vill gå?",
             """Hej Linnea,

Se nedan – anmäl gärna Kim och Ronja enligt vad de skriver. Jag går inte själv.

/Gunnar

Gunnar Hellström
Planchef, Malung-Sälens kommun

Från: Kim Lundin <kim.lundin@malung-salen.se>
Skickat: den 5 februari 2027 14:22
Till: Gunnar Hellström <gunnar.hellstrom@malung-salen.se>
Kopia: Ronja Sahlin <ronja.sahlin@malung-salen.se>
Ämne: SV: DalaLab – vem vill gå?

Hej Gunnar!

Jag vill gärna gå på alla utom novemberträffen, då är jag i Bryssel. Ronja sa att hon bara kan den 3 maj, de andra krockar med hennes kurs på SLU.

/Kim

Från: Gunnar Hellström
Skickat: den 4 februari 2027 08:30
Till: Plan Malung-Sälen
Ämne: DalaLab – vem vill gå?

Hej alla! Vi får skicka upp till tre personer till DalaLab (3/5, 21/9, 29/11 och 22/2). Säg till senast 7 februari om ni vill gå!
""",
             X("register", [P("Kim Lundin", "kim.lundin@malung-salen.se", "Malung-Sälens kommun"),
                            P("Ronja Sahlin", "ronja.sahlin@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S4]),
             "manager forwards internal thread; the people and their sessions are only in the quoted reply "
             "(Kim: all but November; Ronja: 3 May) -> union; addresses from the From/Kopia lines; manager's own "
             "mail lists all four dates"),

        tg("l068", "2027-01-30T12:17", "Sofie Backman", 55302,
           "Hej! Vi är tre från Ludvika kommun som vill vara med på DalaLab: jag, Emir Hodžić och Linda Wahl. "
           "Alla fyra träffarna. Hälsningar Sofie",
           X("register", [P("Sofie Backman", None, "Ludvika kommun"), P("Emir Hodžić", None, "Ludvika kommun"),
                          P("Linda Wahl", None, "Ludvika kommun")], ALL),
           "telegram group signup: sender plus two colleagues without addresses"),

        mail("l069", "2027-03-31T13:13", ("Sven Tallberg", "sven.tallberg@mora.se"),
             "Platser kvar för Mora?",
             """Hej,

Hur många från Mora kommun är anmälda till DalaLab hittills? Jag har en kollega, Ahmed Yusuf, som är sugen men jag vet inte om vi redan har fyllt våra tre platser. Om det finns plats anmäler han sig själv innan den 14:e.

/Sven Tallberg
Mora kommun, Plan & bygg
""",
             X("question", [], []),
             "quota question naming a colleague who will sign up himself -> question, no people; 'den 14:e' is "
             "the deadline"),

        mail("l070", "2027-04-01T10:05", ("Lotta Ahlberg", "lotta.ahlberg@falun.se"),
             "Reserv från Falun",
             """Hej Linnea,

Vi är redan tre anmälda från Falu kommun (Elin Mark, Johanna Rydh och jag), men ytterligare en kollega vill gärna vara med. Kan ni sätta upp Wilma Karlsson som reserv, ifall någon av oss får förhinder eller om det blir platser över? Hon har e-post wilma.karlsson@falun.se.

Tack!
Lotta Ahlberg
Falu kommun
""",
             X("register", [P("Wilma Karlsson", "wilma.karlsson@falun.se", "Falu kommun")], ALL),
             "fourth person as reserve is a register; the three already registered (sender included) are not people "
             "here; no sessions -> all four"),

        mail("l071", "2027-03-18T13:25", ("Helena Sköld", "helena.skold@regiondalarna.se"),
             "Byte av deltagare",
             """<html><body>
<div>Hej Linnea,</div>
<div><br></div>
<div>Viktor Sand p&aring; v&aring;r avdelning f&ouml;r regional utveckling slutar hos oss sista mars. Hans plats i DalaLab tas &ouml;ver av <b>Hilda Bj&ouml;rk</b> (hilda.bjork@regiondalarna.se), som g&aring;r p&aring; samtliga tr&auml;ffar som Viktor var anm&auml;ld till, dvs. alla fyra.</div>
<div><br></div>
<div>Tack f&ouml;r hj&auml;lpen!</div>
<div><br></div>
<div>Helena Sk&ouml;ld<br>Avdelningschef Regional utveckling<br>Region Dalarna<br>Box 712, 791 29 Falun<br>023-49 00 00</div>
</body></html>""",
             X("change", [P("Viktor Sand", None, "Region Dalarna"),
                          P("Hilda Björk", "hilda.bjork@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only substitution written by the manager (not a person); substitute takes all four; "
             "'sista mars' is not a session"),

        mail("l072", "2027-02-12T08:15", ("Jesper Frost", "jesper.frost@avesta.se"),
             "Radera mina uppgifter",
             """Hej,

Min kollega anmälde visst hela enheten till DalaLab, inklusive mig, utan att fråga. Jag kommer inte att delta och vill att ni raderar alla uppgifter om mig ur era register (GDPR art. 17). De andra på enheten får svara för sig själva.

Jesper Frost
Avesta kommun
""",
             X("erasure", [P("Jesper Frost", "jesper.frost@avesta.se", "Avesta kommun")], []),
             "erasure by one person of a group registered by a colleague; the others are not concerned"),

        mail("l073", "2026-12-22T10:00", ("Ulla Brink", "ulla.brink@mora.se"),
             "Automatiskt svar: Anmälan Mora kommun – DalaLab",
             """Tack för ditt mejl. Jag är ledig 22/12–6/1 och läser inte min e-post.

Gäller det anmälningarna till DalaLab för Mora kommun, kontakta min kollega Nora Fält, nora.falt@mora.se, 0250-260 00. Brådskande bygglovsärenden: bygglov@mora.se.

Med vänlig hälsning
Ulla Brink
""",
             X("auto_reply", [], []),
             "out-of-office naming a colleague who handles the group's signups -> auto_reply, no people"),

        mail("l074", "2027-03-05T11:48", ("Maria Lindell", "maria.lindell@avesta.se"),
             "Anmälan x2",
             """Hej!

Jag vill anmäla mig själv och min chef Roger Dahl till DalaLab. Jag är nämndsekreterare i samhällsbyggnadsnämnden men följer planfrågorna nära, så det vore värdefullt för oss båda.

Vi kan tyvärr inte den 21 september då nämnden sammanträder, och i maj är Roger föräldraledig. Så: 29.11 samt 22.2 för oss båda.

Roger nås på roger.dahl@avesta.se.

MVH
Maria Lindell
Nämndsekreterare
Avesta kommun
""",
             X("register", [P("Maria Lindell", "maria.lindell@avesta.se", "Avesta kommun"),
                            P("Roger Dahl", "roger.dahl@avesta.se", "Avesta kommun")], [S3, S4]),
             "secretary who does attend, plus her manager; 21 Sep and May named as impossible; '29.11 samt 22.2'"),

        tg("l075", "2027-02-27T07:52", "Kristoffer Ahl", 60419,
           "Hej, jag är redan anmäld från Älvdalen. Kan ni lägga till min kollega Jesper Olsson på samma träffar "
           "som jag har (3 maj och 21 sept)? Hans mejl: jesper.olsson@alvdalen.se",
           X("register", [P("Jesper Olsson", "jesper.olsson@alvdalen.se", "Älvdalens kommun")], [S1, S2]),
           "adding a colleague to an existing signup is a register of the colleague only; sender already "
           "registered, not among the people"),

        mail("l076", "2027-04-08T15:30", ("Moa Kjellberg", "moa.kjellberg@leksand.se"),
             "Leksand – 21 september",
             """Hej igen!

Vi från Leksand som är anmälda (Anders Hult, Fredrik Ljungqvist och jag) kan inte komma den 21 september – kommunen har gemensam personaldag då. Stryk den träffen för oss alla tre, övriga står kvar.

Vår reserv Elvira berörs inte.

/Moa Kjellberg
Översiktsplanerare, Leksands kommun
""",
             X("cancel", [P("Anders Hult", None, "Leksands kommun"), P("Fredrik Ljungqvist", None, "Leksands kommun"),
                          P("Moa Kjellberg", "moa.kjellberg@leksand.se", "Leksands kommun")], [S2]),
             "partial withdrawal for a group of three including the sender; the reserve is explicitly not "
             "concerned"),

        mail("l077", "2027-03-26T09:09", ("Peter Hjort", "peter.hjort@vansbro.se"),
             "Ändring – Anna Rask",
             """Hej,

Anna Rask vill byta träff: i stället för 29 november går hon den 22 februari 2028. Hon är inte anmäld till något annat tillfälle.

Tack
Peter Hjort
Vansbro kommun
""",
             X("change", [P("Anna Rask", None, "Vansbro kommun")], [S4]),
             "colleague's session swap written by another; after the change she has only 22 Feb"),

        mail("l078", "2027-01-12T14:45", ("Karin Ahlqvist", "karin.ahlqvist@regiondalarna.se"),
             "Deltagare DalaLab, enheten Samhällsplanering",
             """Hej Linnea,

Som vi pratade om på fikat i förra veckan: här är våra deltagare från enheten för samhällsplanering. De går på träff 1 och 2 (3 maj och 21 september), resten tar vi ställning till efter sommaren.

Svensson, Marie
Öberg, Tomas
Nilsson Falk, Ingela

Själv har jag redan anmält mig i ett separat mejl. Specialkost: Tomas är laktosintolerant.

Hälsningar
Karin
""",
             X("register", [P("Marie Svensson", None, "Region Dalarna"),
                            P("Tomas Öberg", None, "Region Dalarna", diet="laktosintolerant"),
                            P("Ingela Nilsson Falk", None, "Region Dalarna")], [S1, S2], diet="laktosintolerant"),
             "'Efternamn, Förnamn' lines including a double surname; sender already registered separately -> not a "
             "person; organisation from the sender's domain"),

        tg("l079", "2027-03-03T17:20", "Elin Hagström", 41177,
           "hej! anmäler mig o min kollega carl-johan rönn, vi är båda på lst. vi kommer på tillgänglighetsträffen, "
           "de andra hinner vi inte",
           X("register", [P("Elin Hagström", None, "Länsstyrelsen Dalarna"),
                          P("Carl-Johan Rönn", None, "Länsstyrelsen Dalarna")], [S4]),
           "telegram, session by theme (tillgänglighet = 22 Feb 2028); 'lst'; lower-case hyphenated name"),

        mail("l080", "2027-01-19T10:40", ("Jenny Forsgren", "jenny.forsgren@borlange.se"),
             "SV: Fråga om antal platser",
             """Hej igen,

Tack för svaret! Då anmäler vi oss så här, till alla fyra träffarna:

Jenny Forsgren (jag)
Olof Kask, olof.kask@borlange.se
Mirja Heino, mirja.heino@borlange.se
Sixten Bergh, sixten.bergh@borlange.se – reserv, om ni får platser över

Mirja är vegetarian.

/Jenny

Den 8 jan. 2027 kl. 13:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Jenny!
> Max tre per kommun gäller, men ni får gärna anmäla en fjärde som reserv. Sista dag att anmäla sig är 14 april.
> /Linnea
""",
             X("register", [P("Jenny Forsgren", "jenny.forsgren@borlange.se", "Borlänge kommun"),
                            P("Olof Kask", "olof.kask@borlange.se", "Borlänge kommun"),
                            P("Mirja Heino", "mirja.heino@borlange.se", "Borlänge kommun", diet="vegetarian"),
                            P("Sixten Bergh", "sixten.bergh@borlange.se", "Borlänge kommun")],
               ALL, diet="vegetarian"),
             "four people after a quota question, the fourth as reserve (still a person); the organiser in the "
             "quote is not a person"),

        mail("l081", "2027-04-09T08:30", ("Oscar Halvarsson", "oscar.halvarsson@gagnef.se"),
             "VB: DalaLab",
             """Hej Linnea, se nedan. Julia har alltså bestämt sig för att hoppa av helt.
Oscar

-----Ursprungligt meddelande-----
Från: Julia Forsman <julia.forsman@gagnef.se>
Skickat: den 8 april 2027 17:02
Till: Oscar Halvarsson <oscar.halvarsson@gagnef.se>
Ämne: DalaLab

Hej Oscar!
Jag har fått alldeles för mycket på mitt bord med detaljplanerna i Djurås och måste lämna DalaLab. Kan du meddela arrangörerna? Förlåt!
/Julia
""",
             X("cancel", [P("Julia Forsman", "julia.forsman@gagnef.se", "Gagnefs kommun")], ALL),
             "colleague forwards someone else's withdrawal; her address from the forwarded header; no session -> "
             "all four; forwarder not a person"),

        tg("l082", "2027-03-21T12:40", "Tobias Lind", 73555,
           "Hej! Den 21/9 kan jag inte, då går min kollega Ida Lund istället. 29/11 kommer jag som vanligt. "
           "/Tobias, Hedemora",
           X("change", [P("Tobias Lind", None, "Hedemora kommun"), P("Ida Lund", None, "Hedemora kommun")], [S2]),
           "sender substituted for one session by a colleague; sessions = what the substitute takes; 29/11 stays"),

        mail("l083", "2027-02-09T13:00", ("HR Rättviks kommun", "hr@rattvik.se"),
             "Fråga om deltagande",
             """Hej,

Vi har två nyanställda på miljöenheten, Oskar Lindgren och Leyla Karimi. Får de delta i DalaLab fast de inte arbetar direkt med planprocesser? Och räknas de i så fall in i kommunens tre platser?

Vänligen
HR-enheten
Rättviks kommun
Vattenvägen 18, 795 32 Rättvik
""",
             X("question", [], []),
             "HR mailbox asks about eligibility of two named people; no signup -> question"),

        mail("l084", "2027-01-26T15:15", ("Nora Fält", "nora.falt@mora.se"),
             "Anmälan Mora kommun – DalaLab",
             """<html><body>
<p>Hej Linnea!</p>
<p>H&auml;r &auml;r Moras deltagare. Tr&auml;ffarna &auml;r numrerade som i inbjudan (1 = 3 maj osv.). Jag &auml;r kontaktperson men deltar inte sj&auml;lv.</p>
<table border="1">
<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Tr&auml;ffar</b></td><td><b>Specialkost</b></td></tr>
<tr><td>Ulla Brink</td><td>ulla.brink@mora.se</td><td>1, 2, 3, 4</td><td></td></tr>
<tr><td>Nils Rehn</td><td>nils.rehn@mora.se</td><td>1, 3</td><td>laktosfri</td></tr>
<tr><td>Amanda Eld</td><td>amanda.eld@mora.se</td><td>4</td><td></td></tr>
</table>
<p>H&auml;lsningar<br>Nora F&auml;lt<br>Planeringssekreterare, Mora kommun<br>0250-260 00</p>
</body></html>""",
             X("register", [P("Ulla Brink", "ulla.brink@mora.se", "Mora kommun"),
                            P("Nils Rehn", "nils.rehn@mora.se", "Mora kommun", diet="laktosfri"),
                            P("Amanda Eld", "amanda.eld@mora.se", "Mora kommun")], ALL, diet="laktosfri"),
             "HTML table with session numbers per person (union = all four) and a diet column; contact person "
             "does not attend"),

        mail("l085", "2027-02-04T11:11", ("Ian Roberts", "ian.roberts@falun.se"),
             "DalaLab registration",
             """Hello,

Please register the following from Falun municipality for the May and February sessions:

Kowalski, Anna
Berg, David (david.berg@falun.se)

I am only coordinating and will not take part myself. Anna does not have her municipal e-mail yet, so please send her confirmation to me.

(For what it's worth, I attended a similar planning lab in Leeds on 3 March last year and found it very useful.)

Kind regards,
Ian Roberts
Business Support, City Planning Office
Falu kommun
""",
             X("register", [P("Anna Kowalski", None, "Falu kommun"),
                            P("David Berg", "david.berg@falun.se", "Falu kommun")], [S1, S4]),
             "English, 'Surname, First' lines; coordinator not attending; Anna has no address (confirmation to the "
             "sender does not make his address hers); '3 March' is not a session"),

        mail("l086", "2027-03-15T10:30", ("Åke Lundberg", "ake.lundberg@ludvika.se"),
             "Byte av två deltagare – Ludvika",
             """Hej Linnea!

Vi behöver byta ut två av våra tre deltagare. Gustav Eng och Lina Moberg kan inte fortsätta; i stället kommer Sara Bäck (sara.back@ludvika.se) och Omar Jalil (omar.jalil@ludvika.se). De tar över samma träffar, dvs. 3/5 och 29/11.

Den tredje, Mikael Strömberg, är kvar som förut.

Hälsningar
Åke Lundberg
Enhetschef Samhällsplanering
Ludvika kommun
""",
             X("change", [P("Gustav Eng", None, "Ludvika kommun"), P("Lina Moberg", None, "Ludvika kommun"),
                          P("Sara Bäck", "sara.back@ludvika.se", "Ludvika kommun"),
                          P("Omar Jalil", "omar.jalil@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "double substitution in one message: both withdrawn and both substitutes are people; the colleague "
             "'kvar som förut' is not; sender not a person"),

        mail("l087", "2027-04-07T16:45", ("Kristoffer Ahl", "kristoffer.ahl@alvdalen.se"),
             "Älvdalen drar tillbaka anmälningarna",
             """Hej,

Tyvärr måste Älvdalens kommun dra tillbaka alla tre anmälningar till DalaLab: min egen, Jesper Olssons och Henrik Mattssons. Vi står inför en omorganisation under året och kan inte avsätta tid.

Vi hoppas kunna vara med nästa gång ni kör något liknande.

Med vänliga hälsningar
Kristoffer Ahl
Planeringschef
Älvdalens kommun
Dalgatan 61, 796 31 Älvdalen
""",
             X("cancel", [P("Kristoffer Ahl", "kristoffer.ahl@alvdalen.se", "Älvdalens kommun"),
                          P("Jesper Olsson", None, "Älvdalens kommun"),
                          P("Henrik Mattsson", None, "Älvdalens kommun")], ALL),
             "whole group withdrawn including the sender; names in genitive ('Jesper Olssons') normalised; no "
             "session -> all four"),

        mail("l088", "2027-02-16T06:12", ("Konferensregistret Norden", "faktura@konferens-registret.eu"),
             "Faktura 2027-0418 – deltagaravgift DalaLab, 3 deltagare",
             """Bästa kund,

Enligt er registrering av 3 deltagare till DalaLab (3 maj 2027, Falun) debiteras deltagaravgift om 4 950 kr per person exkl. moms.

Att betala: 14 850 kr
Bankgiro: 5123-8877
OCR: 2027041800315
Förfallodag: 28 februari 2027

Vid utebliven betalning stryks era deltagare ur deltagarlistan och ärendet överlämnas till inkasso.

Med vänlig hälsning
Konferensregistret Norden
Kundtjänst
""",
             X("unknown", [], []),
             "invoice scam about 'era 3 deltagare' naming the event and 3 May -> unknown, no people, no sessions"),

        mail("l089", "2027-01-21T09:58", ("Nordell Tuva", "tuva.nordell@regiondalarna.se"),
             "Anmälan DalaLab – Tuva och Elias",
             """Hej!

Anmäl gärna Elias Nordqvist och mig till DalaLab. Vi kommer båda på alla fyra träffarna.

Specialkost: Elias – glutenfri.

Bekräftelsen kan gå till mig, men Elias vill gärna ha en kopia på elias.nordqvist@regiondalarna.se.

Hälsningar
Tuva Nordell
t.f. enhetschef, Samhällsplanering
Region Dalarna
""",
             X("register", [P("Elias Nordqvist", "elias.nordqvist@regiondalarna.se", "Region Dalarna",
                              diet="glutenfri"),
                            P("Tuva Nordell", "tuva.nordell@regiondalarna.se", "Region Dalarna")],
               ALL, diet="glutenfri"),
             "surname-first display name; sender + colleague; diet belongs to the colleague only"),

        tg("l090", "2027-04-02T20:14", "Lovisa Ek", 39901,
           "hej! kan ni anmäla min kollega Rebecka Holm (rebecka.holm@hedemora.se) till 3 maj? jag själv kan "
           "tyvärr inte, har semester då",
           X("register", [P("Rebecka Holm", "rebecka.holm@hedemora.se", "Hedemora kommun")], [S1]),
           "telegram sender registers a colleague and not herself; colleague's organisation from her address"),
    ]
