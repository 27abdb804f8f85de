"""Batch 43, theme "groups": mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", Namn:/E-post:
blocks, lower case, given names only); two organisations in one mail; a fourth person from one kommun;
substitutes; partial cancellations; per-person sessions and diets; and the questions, automatic mail, erasure
requests, spam and odd mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

MO, BO, LU, FA = "Mora kommun", "Borlänge kommun", "Ludvika kommun", "Falu kommun"
SM, HE, SA, RD = "Smedjebackens kommun", "Hedemora kommun", "Säters kommun", "Region Dalarna"
OR, VA, GA, LE = "Orsa kommun", "Vansbro kommun", "Gagnefs kommun", "Leksands kommun"
AV, MS, LS, RA = "Avesta kommun", "Malung-Sälens kommun", "Länsstyrelsen Dalarna", "Rättviks kommun"
AL = "Älvdalens kommun"

INVITATION = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 10:12
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till lärprojektet DalaLab om strategisk översiktsplanering!

Träff 1: 3 maj 2027, 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
Träff 2: 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
Träff 3: 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
Träff 4: 22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Varmt välkomna!
Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("as046", "2027-01-12T09:41", ("Birgitta Hed", "birgitta.hed@mora.se"),
             "Anmälan DalaLab – tre deltagare från Mora",
             """Hej Linnea,

På uppdrag av samhällsbyggnadschefen anmäler jag följande tre medarbetare till DalaLab, samtliga fyra träffar:

  • Oskar Wiklund, planarkitekt – oskar.wiklund@mora.se
  • Helena Frost, översiktsplanerare – helena.frost@mora.se (vegetarisk kost)
  • Amir Haddad, GIS-samordnare – amir.haddad@mora.se

Jag deltar alltså inte själv, men hör gärna av dig till mig om något saknas.

Vänliga hälsningar
Birgitta Hed
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Mora kommun
Tel 0250-261 00 | Vasagatan 5, 792 80 Mora
""",
             X("register", [P("Oskar Wiklund", "oskar.wiklund@mora.se", MO),
                            P("Helena Frost", "helena.frost@mora.se", MO, diet="vegetarisk kost"),
                            P("Amir Haddad", "amir.haddad@mora.se", MO)], ALL, diet="vegetarisk kost"),
             "secretary registers three colleagues (bullets, one diet), explicitly not attending herself"),

        mail("as047", "2027-01-19T14:02", ("Torbjörn Ahlgren", "torbjorn.ahlgren@borlange.se"),
             "Anmälan till DalaLab från Borlänge",
             """<html><body style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Här kommer Borlänges anmälan. Deltagarna går på olika träffar, se tabellen. Själv har jag tyvärr inte
möjlighet att delta i år.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Träffar</th><th>Kost</th></tr>
<tr><td>Linda Sjöberg</td><td>linda.sjoberg@borlange.se</td><td>Alla</td><td>&ndash;</td></tr>
<tr><td>Mattias Öhman</td><td>mattias.ohman@borlange.se</td><td>3 maj, 21 sept</td><td>Glutenfri</td></tr>
<tr><td>Nora Eriksson</td><td>nora.eriksson@borlange.se</td><td>29 nov, 22 feb</td><td>&ndash;</td></tr>
</table>
<p>Med vänlig hälsning<br>
<b>Torbjörn Ahlgren</b><br>Samhällsbyggnadschef, Borlänge kommun<br>0243-740 00</p>
</body></html>""",
             X("register", [P("Linda Sjöberg", "linda.sjoberg@borlange.se", BO),
                            P("Mattias Öhman", "mattias.ohman@borlange.se", BO, diet="glutenfri"),
                            P("Nora Eriksson", "nora.eriksson@borlange.se", BO)], ALL, diet="glutenfri"),
             "HTML table roster, different sessions per person (union is all four), manager not attending",
             html=True),

        mail("as048", "2027-02-02T08:15", ("Petra Magnusson", "petra.magnusson@ludvika.se"),
             "DalaLab",
             """Hej,

Följande personer från Ludvika kommun önskar delta vid träffarna 3/5 och 21.9:

Bergström, Anneli – planeringsarkitekt
Lindqvist, Jonas – trafikplanerare

Undertecknad administrerar endast anmälan och deltar inte.

Hälsningar
Petra Magnusson
HR-konsult, Ludvika kommun
""",
             X("register", [P("Anneli Bergström", None, LU), P("Jonas Lindqvist", None, LU)], [S1, S2]),
             "'Efternamn, Förnamn' roster with titles, dates as 3/5 and 21.9, no addresses, HR sender not attending"),

        mail("as049", "2027-02-09T13:27", ("Kristoffer Dahl", "kristoffer.dahl@falun.se"),
             "Fjärde deltagare från Falun?",
             """Hej Linnea!

Vi har ju redan anmält tre från Falu kommun (Malin Rosén, Erik Stål och jag själv). Nu har vår nya
praktikant Sanna Liljeqvist också visat intresse. Går det att lägga till henne som fjärde deltagare?
Om inte, sätt henne gärna på en reservlista ifall någon plats blir ledig.

Mvh
Kristoffer Dahl
Översiktsplanerare, Falu kommun
023-830 00
""",
             X("register", [P("Sanna Liljeqvist", None, FA)], ALL),
             "quota: a fourth person from a kommun already holding three places, reserve list asked for"),

        mail("as050", "2027-02-15T10:50", ("Ulla Persson", "ulla.persson@smedjebacken.se"),
             "Byte av deltagare 29 nov",
             """Hej,

Karin Wallin kan inte delta på träffen den 29:e november (semester). I hennes ställe går
Johan Nääs, johan.naas@smedjebacken.se, den dagen. Övriga träffar går Karin som vanligt.

/Ulla Persson
Enhetschef plan och bygg
Smedjebackens kommun
""",
             X("change", [P("Karin Wallin", None, SM), P("Johan Nääs", "johan.naas@smedjebacken.se", SM)], [S3]),
             "manager substitutes one colleague for one session ('den 29:e november'); leaver's address not given"),

        mail("as051", "2027-02-22T16:05", ("Lena Sund", "lena.sund@hedemora.se"),
             "SV: Anmälan DalaLab Hedemora",
             """Hej igen,

En ändring för vår grupp: Pia Norberg och Stefan Ek kan tyvärr inte komma på septemberträffen (den 21:a),
de krockar med budgetarbetet. Jonas Hägg går som planerat.

Mvh Lena

-----Ursprungligt meddelande-----
Från: Lena Sund
Skickat: den 14 januari 2027 09:02
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab Hedemora

Hej! Vi anmäler Pia Norberg, Stefan Ek och Jonas Hägg till alla fyra träffarna.
""",
             X("cancel", [P("Pia Norberg", None, HE), P("Stefan Ek", None, HE)], [S2]),
             "partial cancellation: two of three cancel one session; quoted original signup is not a request"),

        mail("as052", "2027-01-07T11:33", ("Hampus Lindh", "hampus.lindh@sater.se"),
             "Fråga om antal platser",
             """Hej Linnea,

Vi är fyra på plan- och byggenheten i Säter som är intresserade av DalaLab. Gäller max tre per kommun
strikt, eller kan vi ta med en fjärde om det blir platser över? Vill veta innan vi bestämmer vilka som ska gå.

Tack på förhand!
Hampus Lindh
Säters kommun
""",
             X("question", [], []),
             "question about the quota before any names are given"),

        mail("as053", "2027-01-20T07:00", ("Torbjörn Ahlgren", "torbjorn.ahlgren@borlange.se"),
             "Autosvar: SV: Anmälan till DalaLab från Borlänge",
             """Tack för ditt mejl. Jag är tjänstledig till och med 2027-02-01 och läser inte e-post.

Frågor om anmälan av medarbetare till utbildningar besvaras av förvaltningens kansli,
kansli.samhallsbyggnad@borlange.se, tfn 0243-740 00.

Torbjörn Ahlgren
Samhällsbyggnadschef, Borlänge kommun
""",
             X("auto_reply", [], []),
             "out-of-office from the manager who sent a group signup; mentions 'anmälan av medarbetare'"),

        mail("as054", "2027-01-26T15:44", ("Ylva Granqvist", "ylva.granqvist@regiondalarna.se"),
             "Anmälan DalaLab: Region Dalarna + Säter",
             """Hej Linnea!

Säters kommun och vi på regionen ska driva ett gemensamt spår i DalaLab, så vi anmäler oss som ett par:

Ylva Granqvist, Region Dalarna (regional utveckling)
Pontus Ahl, Säters kommun – pontus.ahl@sater.se

Vi kommer båda på alla träffarna.

Hälsningar
Ylva Granqvist
Strateg, Region Dalarna
""",
             X("register", [P("Ylva Granqvist", "ylva.granqvist@regiondalarna.se", RD),
                            P("Pontus Ahl", "pontus.ahl@sater.se", SA)], ALL),
             "two organisations in one signup, sender attends"),

        tg("as055", "2027-02-04T20:17", "Frida Olsson", 482913375,
           """hej! anmäler mig + kollegan Per Backlund till första och sista träffen. vi jobbar båda på Orsa kommun. per är laktosintolerant""",
           X("register", [P("Frida Olsson", None, OR), P("Per Backlund", None, OR, diet="laktosintolerant")],
             [S1, S4], diet="laktosintolerant"),
           "telegram, sender plus colleague, 'första och sista träffen', colleague's diet"),

        mail("as056", "2027-03-01T09:12", ("HR Vansbro kommun", "hr@vansbro.se"),
             "Avslutad anställning – radering av uppgifter",
             """Hej,

Mikael Strand, som anmäldes till DalaLab av sin chef i januari, har avslutat sin anställning hos Vansbro
kommun. Vi ber er därför ta bort honom från deltagarlistan och radera de personuppgifter ni har sparat om
honom (namn, e-post mikael.strand@vansbro.se och kostuppgifter).

Med vänlig hälsning
HR-enheten
Vansbro kommun
""",
             X("erasure", [P("Mikael Strand", "mikael.strand@vansbro.se", VA)], []),
             "HR function mailbox asks erasure for a former employee registered by his manager"),

        mail("as057", "2027-02-17T03:21", ("DalaLab Events Team", "billing@dalalab-events.com"),
             "Pending invoice – group registration (3 participants)",
             """Dear participant,

Your group registration for DalaLab (3 participants) has been received but is NOT yet confirmed.
A participation fee of 4 500 SEK per person must be paid within 48 hours or the seats will be released.

Pay securely here: http://dalalab-events.com/pay?ref=GRP-20931

Kind regards,
Events Billing Department
""",
             X("unknown", [], []),
             "phishing invoice for a 'group registration'"),

        mail("as058", "2027-03-04T07:30", ("Boverket nyhetsbrev", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev mars: översiktsplanering i lag",
             """PBL Kunskapsbanken – nyhetsbrev mars 2027

I detta nummer:
• Så arbetar kommuner i grupp med planeringsstrategier
• Ny vägledning om utvecklingsinriktning i ÖP-modellen
• Anmäl ert lag till vår webbinarieserie – alla kommunens planerare kan delta

Läs mer på boverket.se

Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumeration här.
""",
             X("unknown", [], []),
             "newsletter about planning groups and team signups to another event"),

        mail("as059", "2027-01-28T12:09", ("Annika Skoglund", "annika.skoglund@gagnef.se"),
             "Anmälan Gagnef",
             """Hej! Anmälan från Gagnefs kommun till DalaLab, alla fyra tillfällena. Jag själv samt två kollegor:

Namn: Annika Skoglund
E-post: annika.skoglund@gagnef.se
Kost: –

Namn: Rasmus Dahlin
E-post: rasmus.dahlin@gagnef.se
Kost: glutenfri

Namn: Tove Malm
E-post: tove.malm@gagnef.se
Kost: laktosfri

Hälsningar Annika
""",
             X("register", [P("Annika Skoglund", "annika.skoglund@gagnef.se", GA),
                            P("Rasmus Dahlin", "rasmus.dahlin@gagnef.se", GA, diet="glutenfri"),
                            P("Tove Malm", "tove.malm@gagnef.se", GA, diet="laktosfri")],
               ALL, diet="glutenfri; laktosfri"),
             "Namn:/E-post:/Kost: blocks, two different diets, sender attends"),

        mail("as060", "2027-02-11T22:48", ("gustav nyberg", "gustav.nyberg@leksand.se"),
             "dalalab",
             """hej, vi blir tre från leksand: jag, anna och erik från planavdelningen. alla träffarna.
/gustav

Skickat från min iPhone
""",
             X("register", [P("Gustav Nyberg", "gustav.nyberg@leksand.se", LE), P("Anna", None, LE),
                            P("Erik", None, LE)], ALL),
             "lower case from a phone, colleagues given only by first name"),

        mail("as061", "2027-02-24T10:03", ("Camilla Borg", "camilla.borg@avesta.se"),
             "Kostuppgift – DalaLab",
             """Hej Linnea,

I december anmälde jag Maria Ek och Oscar Lund från Avesta kommun till alla fyra träffarna. Maria har nu
meddelat att hon är vegan, kan du notera det? För Oscar gäller allt som förut.

Tack!
Camilla Borg
Administratör, Samhällsbyggnad
Avesta kommun, 0226-64 50 00
""",
             X("change", [P("Maria Ek", None, AV, diet="vegan")], ALL, diet="vegan"),
             "administrator changes one colleague's diet; the other 'gäller som förut' is not among people"),

        mail("as062", "2027-03-09T08:36", ("Göran Mattsson", "goran.mattsson@malung-salen.se"),
             "VB: DalaLab i höst?",
             """Linnea – se nedan. Vänligen anmäl Sofie och Daniel enligt önskemål.

Mvh Göran Mattsson
Förvaltningschef, Malung-Sälens kommun

---------- Vidarebefordrat meddelande ----------
Från: Sofie Hedin <sofie.hedin@malung-salen.se>
Datum: mån 8 mars 2027 16:41
Ämne: DalaLab i höst?
Till: Göran Mattsson <goran.mattsson@malung-salen.se>

Hej Göran!
Daniel Kvist och jag skulle gärna gå på DalaLab, åtminstone de två träffarna i höst. Våren är för full.
Kan du anmäla oss?
/Sofie
""",
             X("register", [P("Sofie Hedin", "sofie.hedin@malung-salen.se", MS), P("Daniel Kvist", None, MS)],
               [S2, S3]),
             "manager forwards an internal request; sessions 'de två träffarna i höst' in the forwarded part"),

        mail("as063", "2027-03-16T13:55", ("Samhällsbyggnadsförvaltningen Mora", "samhallsbyggnad@mora.se"),
             "Återkallad anmälan DalaLab",
             """Hej,

På grund av en pågående omorganisation måste Mora kommun tyvärr dra tillbaka hela sin anmälan till
DalaLab. Det gäller:

Oskar Wiklund
Helena Frost
Amir Haddad

Vi hoppas kunna vara med vid ett senare tillfälle.

Samhällsbyggnadsförvaltningen
Mora kommun
""",
             X("cancel", [P("Oskar Wiklund", None, MO), P("Helena Frost", None, MO), P("Amir Haddad", None, MO)],
               ALL),
             "function mailbox cancels a whole group from all sessions"),

        mail("as064", "2027-01-14T09:58", ("Sara Holmgren", "sara.holmgren@falun.se"),
             "Frågor inför anmälan",
             """Hej!

Jag håller i anmälningarna för vår förvaltning och har två frågor innan jag skickar in namnen:

1) Behöver ni kostuppgifter per person redan nu, eller räcker det att jag skickar en sammanställning senare?
2) Kan vår konsult från WSP följa med som en av kommunens tre?

Tack,
Sara Holmgren
Förvaltningsassistent, Falu kommun
""",
             X("question", [], []),
             "assistant collecting a group signup asks questions first; no names given"),

        mail("as065", "2027-02-02T08:16", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan DalaLab (2 deltagare)",
             """Delivery has failed to these recipients or groups:

anneli.bergstrom@ludvika.se
The e-mail address you entered couldn't be found.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 <anneli.bergstrom@ludvika.se>: Recipient address rejected: User unknown'

Original message headers:
Subject: Bekräftelse: anmälan DalaLab (2 deltagare)
To: anneli.bergstrom@ludvika.se
""",
             X("auto_reply", [], []),
             "bounce of a confirmation to one member of a group"),

        mail("as066", "2027-02-26T11:20", ("Elin Rask", "elin.rask@lansstyrelsen.se"),
             "DalaLab registration – two colleagues",
             """Hi Linnea,

I'm writing on behalf of two colleagues who joined Länsstyrelsen this winter and don't yet read Swedish
comfortably:

- Tomasz Nowak (tomasz.nowak@lansstyrelsen.se)
- Aisha Karimi (aisha.karimi@lansstyrelsen.se)

They would like to attend the session on planning for both desirable futures and uncertainties, and the one on
accessibility (spatial proximity, physical mobility and digital access). Aisha is vegetarian.
I won't be attending myself.

Best regards,
Elin Rask
Planning coordinator, Länsstyrelsen Dalarna
""",
             X("register", [P("Tomasz Nowak", "tomasz.nowak@lansstyrelsen.se", LS),
                            P("Aisha Karimi", "aisha.karimi@lansstyrelsen.se", LS, diet="vegetarian")],
               [S3, S4], diet="vegetarian"),
             "English, sessions named only by theme, sender not attending"),

        mail("as067", "2027-03-02T14:40", ("Jenny Falk", "jenny.falk@avesta.se"),
             "Flytta vår grupp",
             """Hej,

Vi tre från Avesta (Ida Svärd, Kalle Berglund och jag) är anmälda till 3 maj men kan inte den dagen
eftersom det är kommunfullmäktige. Kan ni byta 3 maj mot 21/9 för oss alla?

Mvh
Jenny Falk
""",
             X("change", [P("Ida Svärd", None, AV), P("Kalle Berglund", None, AV),
                          P("Jenny Falk", "jenny.falk@avesta.se", AV)], [S2]),
             "whole group moved from one session to another (bare swap), sender included"),

        mail("as068", "2027-02-18T10:27", ("Åsa Lindén", "asa.linden@rattvik.se"),
             "Anmälan från Rättviks kommun – v. 18 och v. 38",
             """Hej!

Rättviks kommun anmäler två deltagare till DalaLab-träffarna v. 18 och v. 38:

Åsa Lindén, planchef (undertecknad)
Örjan Käll, kommunekolog, orjan.kall@rattvik.se - allergisk mot nötter

Hälsningar
Åsa Lindén
Rättviks kommun | Riksvägen 36, 795 80 Rättvik | 0248-700 00
""",
             X("register", [P("Åsa Lindén", "asa.linden@rattvik.se", RA),
                            P("Örjan Käll", "orjan.kall@rattvik.se", RA, diet="allergisk mot nötter")],
               [S1, S2], diet="allergisk mot nötter"),
             "iso-8859-1, sessions as week numbers, sender attends, colleague's allergy",
             charset="iso-8859-1"),

        tg("as069", "2027-03-11T18:02", "Jonas Wik", 730164288,
           """Hej, jag och Lisa Forsberg från Ludvika kan tyvärr inte närvara den 3:e maj. Vi kommer på resten!""",
           X("cancel", [P("Jonas Wik", None, LU), P("Lisa Forsberg", None, LU)], [S1]),
           "telegram, sender and colleague cancel one session"),

        mail("as070", "2026-12-03T15:12", ("Maja Berglund", "maja.berglund@regiondalarna.se"),
             "Anmälan julbord planenheten",
             """Hej Linnea!

Här är vi som ska på julbordet den 16 december:

Maja Berglund
Pelle Nord (vegetariskt)
Siri Ahl
Tomas Lövgren

Du bokade väl bord till sex? Då är vi fyra säkra och två kanske.

/Maja
""",
             X("unknown", [], []),
             "roster with 'anmälan' and a diet, but for the unit's Christmas dinner, not DalaLab"),

        mail("as071", "2027-02-08T09:07", ("Linda Sjöberg", "linda.sjoberg@borlange.se"),
             "Vilka från Borlänge är anmälda?",
             """Hej,

Vår chef anmälde några av oss till DalaLab innan jul men nu är han tjänstledig och ingen av oss minns
riktigt vilka som kom med. Kan du kolla vilka från Borlänge som står på listan, och till vilka träffar?

Tack!
Linda Sjöberg
Planarkitekt, Borlänge kommun
""",
             X("question", [], []),
             "group member asks who of her kommun is registered"),

        mail("as072", "2027-03-18T16:31", ("Ingrid Sahlin", "ingrid.sahlin@vansbro.se"),
             "Anmälan DalaLab Vansbro",
             """Hej,

Härmed anmäler jag Lars Holm och Eva Berg från Vansbro kommun till alla fyra träffarna. Räkna gärna med mig
också, men det är osäkert om jag hinner, så jag kan behöva lämna återbud.

Ingrid Sahlin
Planeringschef
""",
             X("register", [P("Lars Holm", None, VA), P("Eva Berg", None, VA),
                            P("Ingrid Sahlin", "ingrid.sahlin@vansbro.se", VA)], ALL, unsure=["sender-attends"]),
             "manager registers two colleagues and tentatively herself"),

        mail("as073", "2027-03-23T11:14", ("Peter Mård", "peter.mard@alvdalen.se"),
             "Anmälan Älvdalen (4 pers)",
             """Hej!

Vi vill anmäla följande till DalaLab:

1. Peter Mård
2. Hanna Olsson
3. Viktor Dahl
4. Emma Sandberg

Vi vet att det står upp till tre per kommun, men Hanna och Viktor delar på en tjänst, så vi hoppas att det
går att göra ett undantag.

Mvh Peter Mård, Älvdalens kommun
""",
             X("register", [P("Peter Mård", "peter.mard@alvdalen.se", AL), P("Hanna Olsson", None, AL),
                            P("Viktor Dahl", None, AL), P("Emma Sandberg", None, AL)], ALL),
             "quota: four people from one kommun in one mail, numbered list, plea for an exception"),

        mail("as074", "2027-03-05T13:48", ("Kent Åberg", "kent.aberg@regiondalarna.se"),
             "Ny deltagare i stället för Anders Löf",
             """Hej Linnea,

Anders Löf har slutat hos oss. Hans efterträdare Sara Wennberg (sara.wennberg@regiondalarna.se) tar över
hans plats i DalaLab på alla träffar. Sara är glutenfri.

Vänliga hälsningar
Kent Åberg
Enhetschef, Samhällsplanering
Region Dalarna
""",
             X("change", [P("Anders Löf", None, RD), P("Sara Wennberg", "sara.wennberg@regiondalarna.se", RD,
                                                        diet="glutenfri")], ALL, diet="glutenfri"),
             "manager substitutes a successor for a colleague who left, successor's diet"),

        mail("as075", "2027-03-12T07:52", ("Karl Hedström", "karl.hedstrom@hedemora.se"),
             "Ta bort mig",
             """Hej.

Min chef har anmält mig till DalaLab utan att fråga mig först. Jag kommer inte att delta och vill att ni
tar bort mig från listan och raderar alla uppgifter ni har om mig.

Karl Hedström
""",
             X("erasure", [P("Karl Hedström", "karl.hedstrom@hedemora.se", HE)], []),
             "person registered by his manager asks to be removed and erased"),

        mail("as076", "2027-02-11T09:14", ("Malin Rosén", "malin.rosen@falun.se"),
             "Läst: Anmälan DalaLab – Falu kommun (3 pers)",
             """Ditt meddelande

  Till: Rosén Malin
  Ämne: Anmälan DalaLab – Falu kommun (3 pers)
  Skickat: den 10 februari 2027 15:02

lästes den 11 februari 2027 09:14.
""",
             X("auto_reply", [], []),
             "read receipt for a group confirmation"),

        mail("as077", "2027-03-21T02:44", ("Region Dalarna IT-support", "it-support@regiondalarna-secure.com"),
             "Din brevlåda är full – 3 meddelanden från deltagare väntar",
             """Hej linnea.hassis,

Din brevlåda har nått sin maxgräns. 3 inkommande meddelanden (anmälningar från deltagare) har stoppats.
Verifiera ditt konto inom 24 timmar för att ta emot dem:

https://regiondalarna-secure.com/owa/verify

IT-support
Region Dalarna
""",
             X("unknown", [], []),
             "phishing posing as IT support, mentions participant signups"),

        mail("as078", "2027-01-21T10:05", ("Anneli Wester", "anneli.wester@orsa.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag anmäler härmed två av mina medarbetare till de två första träffarna:
Simon Ek, simon.ek@orsa.se
Julia Brandt, julia.brandt@orsa.se

Själv sitter jag tyvärr i budgetberedningen de dagarna.

Hälsningar
Anneli Wester
Enhetschef Samhällsplanering, Orsa kommun
0250-552 00
""" + INVITATION,
             X("register", [P("Simon Ek", "simon.ek@orsa.se", OR), P("Julia Brandt", "julia.brandt@orsa.se", OR)],
               [S1, S2]),
             "Outlook reply above the quoted invitation (which lists all dates); 'de två första träffarna'"),

        mail("as079", "2027-02-25T15:19", ("Ludvika kommun – Planering", "planering@ludvika.se"),
             "Fråga om deltagare",
             """Hej,

Måste det vara samma personer på alla fyra träffar, eller kan vi rotera mellan våra planerare beroende på
tema? Och räcker det om vi skickar namnen för höstens träffar i augusti?

Vänliga hälsningar
Planeringsenheten, Ludvika kommun
""",
             X("question", [], []),
             "function mailbox asks whether a group may rotate between sessions"),

        mail("as080", "2027-03-25T09:33", ("Kristoffer Dahl", "kristoffer.dahl@falun.se"),
             "Ändring Falun: Lena Granath / Per Ohlsson",
             """Hej Linnea,

Lena Granath (anmäld till alla fyra) kan bara vara med på första träffen. På höstens två träffar går
Per Ohlsson (per.ohlsson@falun.se) i stället. Februariträffen står vi över tills vidare, återkommer om den.

Mvh Kristoffer
""",
             X("change", [P("Lena Granath", None, FA), P("Per Ohlsson", "per.ohlsson@falun.se", FA)], [S2, S3],
               unsure=["sessions"]),
             "substitute takes two sessions, the fourth left open; mixed change and cancel"),

        tg("as081", "2027-01-30T11:46", "Marie Lund", 615207943,
           """Hej! Jag jobbar på HR i Hedemora kommun och anmäler två av våra planerare (själv ska jag inte gå):
Malin Öst – malin.ost@hedemora.se
Robin Jansson – robin.jansson@hedemora.se
Båda på 21/9 och 29/11.""",
           X("register", [P("Malin Öst", "malin.ost@hedemora.se", HE),
                          P("Robin Jansson", "robin.jansson@hedemora.se", HE)], [S2, S3]),
           "telegram from HR registering two planners, sender not attending"),

        mail("as082", "2027-03-29T14:10", ("Stina Lundgren", "stina.lundgren@gagnef.se"),
             "Avanmälan DalaLab",
             """Hej,

Vänligen avanmäl följande från samtliga DalaLab-träffar:

Dahlin, Rasmus
Malm, Tove

Annika Skoglund står kvar.

Mvh Stina Lundgren
Administratör, Gagnefs kommun
""",
             X("cancel", [P("Rasmus Dahlin", None, GA), P("Tove Malm", None, GA)], ALL),
             "administrator cancels two of three, 'Efternamn, Förnamn', iso-8859-1; the remaining one not among people",
             charset="iso-8859-1"),

        mail("as083", "2027-03-30T19:22", ("Anders Mäki via Planerare Dalarna",
                                           "planerare-dalarna@lists.regiondalarna.se"),
             "[Planerare-Dalarna] Samåkning till DalaLab 3 maj?",
             """Hej alla,

Vi är tre från Ludvika som ska till Falun på DalaLab 3 maj. Någon från Smedjebacken som vill samåka?
Vi har plats för två till i bilen.

/Anders Mäki, Ludvika kommun

--
Du får detta mejl eftersom du prenumererar på listan Planerare-Dalarna.
Avsluta prenumerationen: planerare-dalarna-leave@lists.regiondalarna.se
""",
             X("unknown", [], []),
             "mailing-list post about carpooling a group to session 1; not a request",
             to="planerare-dalarna@lists.regiondalarna.se"),

        mail("as084", "2027-02-12T13:37", ("Fredrik von Platen", "fredrik.vonplaten@regiondalarna.se"),
             "Anmälan DalaLab – regionen och länsstyrelsen",
             """<html><body>
<p>Hej Linnea,</p>
<p>Vi anmäler oss till samtliga träffar i DalaLab:</p>
<ul>
<li>Fredrik von Platen (undertecknad), Region Dalarna</li>
<li>Cecilia af Klercker, Länsstyrelsen Dalarna &ndash; cecilia.afklercker@lansstyrelsen.se</li>
<li>Ann-Sofie Lind-Berg, Region Dalarna &ndash; ann-sofie.lind-berg@regiondalarna.se &ndash; fläskfritt, tack</li>
</ul>
<p>Hälsningar<br>Fredrik von Platen<br><i>Regional utvecklingsstrateg</i></p>
</body></html>""",
             X("register", [P("Fredrik von Platen", "fredrik.vonplaten@regiondalarna.se", RD),
                            P("Cecilia af Klercker", "cecilia.afklercker@lansstyrelsen.se", LS),
                            P("Ann-Sofie Lind-Berg", "ann-sofie.lind-berg@regiondalarna.se", RD, diet="fläskfritt")],
               ALL, diet="fläskfritt"),
             "HTML list, names with particles and hyphens, two organisations, sender attends",
             html=True),

        tg("as085", "2027-03-03T12:25", "Tove Malm", 398450127,
           """Hej, en fråga: kan två av oss i Gagnef dela på en plats? Alltså att jag går förmiddagen och en kollega eftermiddagen den 3 maj""",
           X("question", [], []),
           "telegram question about sharing one of the kommun's places; a date is named but nothing is booked"),

        mail("as086", "2026-12-28T08:00", ("Tomasz Nowak", "tomasz.nowak@lansstyrelsen.se"),
             "Automatic reply: DalaLab – confirmation for 2 participants",
             """I am out of the office until 7 January 2027 with limited access to e-mail.
For urgent matters, please contact Elin Rask, elin.rask@lansstyrelsen.se.

Tomasz Nowak
Länsstyrelsen Dalarna
""",
             X("auto_reply", [], []),
             "English out-of-office from a group member"),

        mail("as087", "2027-04-06T10:41", ("HR-service Falu kommun", "hrservice@falun.se"),
             "Radering av personuppgifter",
             """Hej,

Följande medarbetare har avslutat sina anställningar hos Falu kommun och ska inte längre finnas i era
register för DalaLab. Vi ber er radera deras personuppgifter:

- Erik Stål
- Malin Rosén

HR-service
Falu kommun
""",
             X("erasure", [P("Erik Stål", None, FA), P("Malin Rosén", None, FA)], []),
             "HR mailbox asks erasure for two former staff"),

        mail("as088", "2027-03-15T08:59", ("Per-Olof Hammar", "per-olof.hammar@sater.se"),
             "DalaLab – anmälan till höstens träffar",
             """Hej,

Anmälan från Säters kommun till höstens träffar:

Cecilia Nord – planarkitekt, 0225-550 12 – vegetarisk
Oskar Hjelm – exploateringsingenjör, 070-555 12 34

Själv är jag endast kontaktperson.

/P-O Hammar
Stadsbyggnadskontoret, Säters kommun
""",
             X("register", [P("Cecilia Nord", None, SA, diet="vegetarisk"), P("Oskar Hjelm", None, SA)],
               [S2, S3], diet="vegetarisk"),
             "one per line with titles and phone numbers, 'höstens träffar', contact person not attending"),

        mail("as089", "2027-01-22T16:20", ("Simon Ek", "simon.ek@orsa.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             """Tack! Julia och jag ser fram emot det.

/Simon

> Tack för er anmälan. Simon Ek och Julia Brandt, Orsa kommun, är anmälda till 3 maj och 21 september 2027.
""",
             X("unknown", [], []),
             "thank-you reply to a group confirmation; quoted confirmation names people and dates"),

        mail("as090", "2027-04-08T11:02", ("Ulla Persson", "ulla.persson@smedjebacken.se"),
             "Johan Nääs 21/9",
             """Hej igen,

Johan Nääs kan tyvärr inte den 21/9 ändå. Vi försöker hitta någon annan som kan gå i hans ställe
och återkommer så snart vi vet.

/Ulla
""",
             X("cancel", [P("Johan Nääs", None, SM)], [S2], unsure=["change-or-cancel"]),
             "manager withdraws a colleague from one session, substitute promised but not named"),
    ]
