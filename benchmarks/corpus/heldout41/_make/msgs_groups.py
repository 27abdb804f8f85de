"""Batch 42, theme "groups" (ar046–ar090).

Mail about several people at once: secretaries, managers, HR staff and function mailboxes who register, change or
cancel colleagues (often without attending themselves), rosters in many layouts (bullets, HTML tables, "Efternamn,
Förnamn", Namn:/E-post: blocks, lower case, given names only), two organisations in one mail, a fourth person from one
kommun, substitutes, partial cancellations, per-person sessions and diets, and the questions, automatic mail, erasure
requests, spam and misdirected mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

LU, BO, MO, FA, RA = "Ludvika kommun", "Borlänge kommun", "Mora kommun", "Falu kommun", "Rättviks kommun"
SA, AV, OR, AL, HE = "Säters kommun", "Avesta kommun", "Orsa kommun", "Älvdalens kommun", "Hedemora kommun"
LE, GA, VA, SM, MS = "Leksands kommun", "Gagnefs kommun", "Vansbro kommun", "Smedjebackens kommun", "Malung-Sälens kommun"
RD, LST = "Region Dalarna", "Länsstyrelsen Dalarna"


def messages():
    return [
        mail("ar046", "2026-12-02T08:47", ("Birgitta Holmén", "birgitta.holmen@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Jag är nämndsekreterare på samhällsbyggnadsförvaltningen och har fått i uppdrag
att anmäla våra tre planerare till lärprojektet:

  • Jenny Åkesson, planarkitekt – jenny.akesson@ludvika.se
  • Mikael Forsgren, översiktsplanerare – mikael.forsgren@ludvika.se
  • Hanna Lidström, strateg – hanna.lidstrom@ludvika.se

Alla tre ska vara med på samtliga träffar. Själv deltar jag inte, så skicka
gärna bekräftelsen direkt till dem (och mig på kopia om det går).

Vänliga hälsningar
Birgitta Holmén
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Ludvika kommun
Tfn 0240-860 00 (vx)

________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 24 november 2026 09:12
Till: Holmén Birgitta <birgitta.holmen@ludvika.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas planerare till lärprojektet DalaLab.
Vi ses vid fyra tillfällen:

  3 maj 2027 kl. 10–15 i Falun (fika från 9.30)
  21 september 2027
  29 november 2027
  22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl er senast den
14 april 2027 till mig.

Linnea Hassis
Region Dalarna
""",
             X("register", [P("Jenny Åkesson", "jenny.akesson@ludvika.se", LU),
                            P("Mikael Forsgren", "mikael.forsgren@ludvika.se", LU),
                            P("Hanna Lidström", "hanna.lidstrom@ludvika.se", LU)], ALL),
             "secretary registers three planners in a bullet list, not attending herself; quoted invitation lists all dates"),

        mail("ar047", "2026-12-03T13:20", ("HR Samhällsbyggnad", "hr.samhallsbyggnad@borlange.se"),
             "Anmälan till DalaLab från Borlänge",
             """<html><body style="font-family:Calibri,sans-serif">
<p>Hej,</p>
<p>På uppdrag av förvaltningschefen anmäler vi nedanstående medarbetare till DalaLab.
Vi på HR deltar inte själva, vi sköter bara anmälan.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Träffar</th><th>Specialkost</th></tr>
<tr><td>Sofia Rehn</td><td>sofia.rehn@borlange.se</td><td>Alla</td><td>&ndash;</td></tr>
<tr><td>Tobias Wikström</td><td>tobias.wikstrom@borlange.se</td><td>3/5 och 21/9</td><td>vegetarisk</td></tr>
<tr><td>Leila Haddad</td><td>leila.haddad@borlange.se</td><td>29/11, 22/2</td><td>glutenfri</td></tr>
</table>
<p>Hör av dig om något saknas.</p>
<p>Med vänlig hälsning<br>HR Samhällsbyggnad<br>Borlänge kommun<br>0243-740 00</p>
</body></html>""",
             X("register", [P("Sofia Rehn", "sofia.rehn@borlange.se", BO),
                            P("Tobias Wikström", "tobias.wikstrom@borlange.se", BO, diet="vegetarisk"),
                            P("Leila Haddad", "leila.haddad@borlange.se", BO, diet="glutenfri")], ALL,
               diet="vegetarisk, glutenfri"),
             "HR function mailbox, HTML table with different sessions and diets per person; union is all four",
             html=True),

        mail("ar048", "2026-12-07T10:05", ("Ingrid Dahlberg", "ingrid.dahlberg@mora.se"),
             "Anmälan DalaLab – Mora",
             """Hej!

Vi anmäler oss från Mora kommun till DalaLab, samtliga fyra tillfällen:

Dahlberg, Ingrid – översiktsplanerare (jag själv)
Nyström, Per-Erik – planchef
Ols, Kerstin – miljöstrateg, nötallergi

Kerstins allergi är ganska kraftig, så det vore bra om köket får veta det
redan inför fikat i Falun.

Mvh
Ingrid

--
Ingrid Dahlberg
Översiktsplanerare | Samhällsbyggnadsförvaltningen | Mora kommun
Tel 0250-260 00 | www.mora.se
""",
             X("register", [P("Ingrid Dahlberg", "ingrid.dahlberg@mora.se", MO),
                            P("Per-Erik Nyström", None, MO),
                            P("Kerstin Ols", None, MO, diet="nötallergi")], ALL, diet="nötallergi"),
             "'Efternamn, Förnamn' roster with titles, sender included; one diet"),

        mail("ar049", "2026-12-09T15:31", ("Elin Sahlin", "elin.sahlin@falun.se"),
             "Anmälan 4 personer Falu kommun",
             """Hej Linnea,

Vi är fyra från stadsbyggnadsförvaltningen som gärna vill vara med i DalaLab hela vägen:

1. Elin Sahlin (undertecknad)
2. Rasmus Berglöf
3. Annika Tallroth
4. Jesper Moberg

Jag såg i inbjudan att det är max tre per kommun. Om ni inte kan göra ett
undantag så sätt gärna Jesper som reserv – han är nyanställd och skulle ha
stor nytta av det, men de tre första går före.

Med vänlig hälsning
Elin Sahlin
Planchef, Falu kommun
023-830 00
""",
             X("register", [P("Elin Sahlin", "elin.sahlin@falun.se", FA), P("Rasmus Berglöf", None, FA),
                            P("Annika Tallroth", None, FA), P("Jesper Moberg", None, FA)], ALL),
             "quota trouble: four from one kommun, the fourth offered as reserve"),

        tg("ar050", "2026-12-10T21:14", "Petra Lindqvist", 482019377,
           "hej! anmäler mig + johan och sara från plan o bygg i rättvik till alla träffarna 👍 sara e vegan",
           X("register", [P("Petra Lindqvist", None, RA), P("Johan", None, RA), P("Sara", None, RA, diet="vegan")],
             ALL, diet="vegan"),
           "Telegram, lower case, colleagues by given name only, diet for one of them"),

        mail("ar051", "2027-03-02T11:12", ("Lennart Hagström", "lennart.hagstrom@sater.se"),
             "Ersättare 21/9",
             """Hej Linnea

Ulrika Bergman är anmäld till alla fyra träffarna men har en inbokad
semestervecka när den andra träffen äger rum (21 september). Jag vill att
Fredrik Lund, fredrik.lund@sater.se, går i hennes ställe just den gången.
Övriga träffar går Ulrika på som vanligt.

Hälsningar
Lennart Hagström
Enhetschef Plan & Bygg
Säters kommun
""",
             X("change", [P("Ulrika Bergman", None, SA), P("Fredrik Lund", "fredrik.lund@sater.se", SA)], [S2]),
             "manager sends a substitute for one session only; the original keeps the rest"),

        mail("ar052", "2027-03-15T09:40", ("Camilla Öhman", "camilla.ohman@avesta.se"),
             "Avanmälan första träffen",
             """Hej!

Av oss tre anmälda från Avesta kan två tyvärr inte komma på första träffen
den 3:e maj eftersom kommunstyrelsen har budgetdag då: Niklas Grahn och
Therese Ek. De är med på de andra träffarna. Jag kommer som planerat.

/Camilla Öhman
Samhällsplanerare, Avesta kommun
""",
             X("cancel", [P("Niklas Grahn", None, AV), P("Therese Ek", None, AV)], [S1]),
             "partial cancellation: two of three from one session; sender stays"),

        mail("ar053", "2026-12-14T14:22", ("Kristoffer Sandin", "kristoffer.sandin@orsa.se"),
             "Gemensam anmälan Orsa + Älvdalen",
             """Hej Linnea,

Orsa och Älvdalen samarbetar ju kring översiktsplaneringen, så vi skickar en
gemensam anmälan:

Orsa kommun
- Kristoffer Sandin, planarkitekt (undertecknad)
- Jonna Mattsson, mark- och exploatering

Älvdalens kommun
- Malin Olsson-Ström, samhällsplanerare, malin.olsson-strom@alvdalen.se
- Björn Tåg, GIS-ingenjör

Vi tänker oss alla fyra träffarna. Jonna är laktosintolerant.

/Kristoffer
""",
             X("register", [P("Kristoffer Sandin", "kristoffer.sandin@orsa.se", OR), P("Jonna Mattsson", None, OR,
                                                                                      diet="laktosintolerant"),
                            P("Malin Olsson-Ström", "malin.olsson-strom@alvdalen.se", AL), P("Björn Tåg", None, AL)],
               ALL, diet="laktosintolerant"),
             "one mail, two organisations, hyphenated name"),

        mail("ar054", "2026-12-16T07:58", ("sten löf", "sten.lof@hedemora.se"),
             "anmälan",
             """hej linnea
anmäler mig o mina kollegor lisa berg och ove nilsson till dalalab. vi kör dom två första, 3 maj o 21 sep. ove e glutenintolerant

/sten

Skickat från min iPhone
""",
             X("register", [P("Sten Löf", "sten.lof@hedemora.se", HE), P("Lisa Berg", None, HE),
                            P("Ove Nilsson", None, HE, diet="glutenintolerant")], [S1, S2], diet="glutenintolerant"),
             "all lower case from a phone; sender plus two colleagues, two sessions"),

        mail("ar055", "2026-12-18T10:30", ("Annelie Westin", "annelie.westin@vansbro.se"),
             "Fråga om antal deltagare",
             """Hej!

Vi är en liten kommun men har faktiskt fyra som jobbar med planfrågor. Får vi
skicka alla fyra om vi delar upp träffarna så att högst tre är med vid varje
tillfälle? Eller räknas taket per person över hela projektet?

Tacksam för svar innan vi anmäler oss.

Annelie Westin
Kommunekolog, Vansbro kommun
""",
             X("question", [P("Annelie Westin", "annelie.westin@vansbro.se", VA)], []),
             "question about how the quota of three is counted before a group signup"),

        mail("ar056", "2026-12-21T08:00", ("Tobias Wikström", "tobias.wikstrom@borlange.se"),
             "Automatiskt svar: Bekräftelse på anmälan till DalaLab",
             """Hej,

Jag är tjänstledig till och med 2027-01-31 och läser inte min e-post under
den tiden. Vid brådskande ärenden, kontakta planchef Sofia Rehn,
sofia.rehn@borlange.se.

I am on leave until 31 January 2027 and will not read e-mail.

Tobias Wikström
""",
             X("auto_reply", [], []),
             "out-of-office from one member of a registered group, names a colleague"),

        mail("ar057", "2027-01-05T06:00", ("Samhällsbyggarforum", "nyhetsbrev@samhallsbyggarforum.se"),
             "Gruppanmälan till Planeringsdagarna 2027 – 20 % rabatt för hela teamet",
             """<html><body>
<h2>Planeringsdagarna 2027 – nu öppnar anmälan!</h2>
<p>Kom hela planeringsavdelningen! Anmäl tre eller fler från samma organisation
och få <b>20&nbsp;% rabatt</b> på konferensavgiften.</p>
<ul>
<li>Tema: Översiktsplanen i en osäker tid</li>
<li>Datum: 14–15 oktober 2027, Stockholm</li>
<li>Sista dag för gruppris: 28 februari</li>
</ul>
<p><a href="https://samhallsbyggarforum.se/planeringsdagarna">Anmäl ditt team här</a></p>
<p style="font-size:10px">Du får detta nyhetsbrev eftersom du prenumererar på Samhällsbyggarforum.
<a href="https://samhallsbyggarforum.se/avregistrera">Avregistrera</a></p>
</body></html>""",
             X("unknown", [], []),
             "newsletter offering group registration for another conference", html=True),

        mail("ar058", "2027-02-03T13:45", ("Personalavdelningen Leksand", "personal@leksand.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Vår medarbetare Therese Vallin har avslutat sin anställning hos Leksands
kommun per den 31 januari. Hon var anmäld till DalaLab via sin chef.

Therese har bett oss framföra att hon vill att ni raderar hennes
personuppgifter (namn, e-post och eventuella kostuppgifter) ur era
deltagarlistor. Bekräfta gärna till oss när det är gjort.

Med vänlig hälsning
Personalavdelningen
Leksands kommun
""",
             X("erasure", [P("Therese Vallin", None, LE)], []),
             "HR asks for erasure of a former employee's data on her behalf"),

        mail("ar059", "2027-01-11T09:15", ("Samhällsplanering Region Dalarna", "samhallsplanering@regiondalarna.se"),
             "Anmälan från enheten för samhällsplanering",
             """Hej Linnea!

Här kommer enhetens anmälningar. Vi vill gå på höstens träffar (september och
november). Vi är fyra, men vi har förstått att taket på tre bara gäller
kommunerna.

Namn: Oskar Lindgren
E-post: oskar.lindgren@regiondalarna.se
Kost: –

Namn: Amanda Berg-Nilsson
E-post: amanda.berg-nilsson@regiondalarna.se
Kost: vegetarisk

Namn: Hussein Al-Amin
E-post: hussein.al-amin@regiondalarna.se
Kost: äter inte fläsk

Namn: Marie Jernberg
E-post: marie.jernberg@regiondalarna.se

Hälsningar
Funktionsbrevlådan Samhällsplanering
(skickat av Oskar)
""",
             X("register", [P("Oskar Lindgren", "oskar.lindgren@regiondalarna.se", RD),
                            P("Amanda Berg-Nilsson", "amanda.berg-nilsson@regiondalarna.se", RD, diet="vegetarisk"),
                            P("Hussein Al-Amin", "hussein.al-amin@regiondalarna.se", RD, diet="äter inte fläsk"),
                            P("Marie Jernberg", "marie.jernberg@regiondalarna.se", RD)], [S2, S3],
               diet="vegetarisk, äter inte fläsk"),
             "function mailbox, Namn:/E-post:/Kost: blocks, four from the region (no quota), autumn sessions"),

        mail("ar060", "2027-02-15T16:02", ("Karin Hellström", "karin.hellstrom@leksand.se"),
             "Ändring av anmälan – Leksand",
             """Hej!

Vi behöver justera våra anmälningar:

- Anna Rosén ska bara gå den 3 maj (inte resten)
- Erik Sjödin går 21.9 och 29.11 i stället för alla fyra

Jag själv står kvar på alla träffar som förut.

Tack!
Karin Hellström
Planarkitekt, Leksands kommun
0247-800 00
""",
             X("change", [P("Anna Rosén", None, LE), P("Erik Sjödin", None, LE)], [S1, S2, S3]),
             "change with different new sessions per person; sender's own booking unchanged"),

        mail("ar061", "2027-03-08T08:20", ("Göran Backlund", "goran.backlund@gagnef.se"),
             "Avanmälan Gagnefs deltagare DalaLab",
             """Hej Linnea.

Tyvärr måste jag avanmäla alla tre från Gagnef – Stina Hed, Linus Jonsson och
Maria Ärnström – från DalaLab. Vi genomför en omorganisation under året och
kan inte frigöra den tid som krävs. Vi hoppas kunna vara med i ett senare
skede.

Med vänlig hälsning
Göran Backlund
Sektorchef Samhälle
Gagnefs kommun
""",
             X("cancel", [P("Stina Hed", None, GA), P("Linus Jonsson", None, GA), P("Maria Ärnström", None, GA)], ALL),
             "manager cancels the whole group; not a participant himself"),

        mail("ar062", "2027-01-13T17:44", ("Daniel Kovac", "daniel.kovac@lansstyrelsen.se"),
             "DalaLab registration – two participants",
             """Hi Linnea,

I'd like to register two colleagues from the County Administrative Board for
DalaLab: Sara Lindahl (sara.lindahl@lansstyrelsen.se) and Tomas Eklund
(tomas.eklund@lansstyrelsen.se). They will attend the first session on 3 May
and the last one in February 2028.

I won't be attending myself, I'm just coordinating on our side. Sara is vegan.

Best regards,
Daniel Kovac
Coordinator, Spatial Planning Unit
Länsstyrelsen Dalarna
+46 10 225 00 00
""",
             X("register", [P("Sara Lindahl", "sara.lindahl@lansstyrelsen.se", LST, diet="vegan"),
                            P("Tomas Eklund", "tomas.eklund@lansstyrelsen.se", LST)], [S1, S4], diet="vegan"),
             "English, coordinator registers two colleagues for first and last session"),

        tg("ar063", "2027-01-14T19:03", "Jonas Åberg", 731550284,
           "hur många får man vara per kommun? och räknas vikarier in i det?",
           X("question", [P("Jonas Åberg", None, None)], []),
           "Telegram question about the quota and substitutes"),

        mail("ar064", "2026-12-03T09:01", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan till DalaLab",
             """Delivery has failed to these recipients or groups:

hanna.lidstrom@ludvika.se
The e-mail address you entered couldn't be found. Please check the
recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
hanna.lidstrom@ludvika.se
Remote Server returned '550 5.1.1 <hanna.lidstrom@ludvika.se>: Recipient address rejected: User unknown'

Original message headers:
Subject: Bekräftelse: anmälan till DalaLab
From: linnea.hassis@regiondalarna.se
To: hanna.lidstrom@ludvika.se
""",
             X("auto_reply", [], []),
             "bounce of a confirmation sent to one member of a group"),

        mail("ar065", "2027-01-13T08:30", ("Ola Persson", "ola.persson@malung-salen.se"),
             "VB: SV: VB: Inbjudan DalaLab",
             """Hej Linnea,

Se nedan – de som svarat ja från oss är Emma och Viktor. Anmäl dem till alla
tillfällen är du snäll. Själv avstår jag den här gången.

Ola Persson
Planchef, Malung-Sälens kommun
0280-181 00

-----Ursprungligt meddelande-----
Från: Viktor Halvarsson <viktor.halvarsson@malung-salen.se>
Skickat: den 12 januari 2027 16:40
Till: Ola Persson <ola.persson@malung-salen.se>
Ämne: SV: VB: Inbjudan DalaLab

Ja, jag hänger gärna på! Jag är vegetarian om det spelar någon roll.

-----Ursprungligt meddelande-----
Från: Emma Grönlund <emma.gronlund@malung-salen.se>
Skickat: den 12 januari 2027 10:05
Till: Ola Persson <ola.persson@malung-salen.se>
Ämne: SV: VB: Inbjudan DalaLab

Jag vill! Men den 29/11 krockar nog med budgetarbetet, så den får jag
kanske stå över.

-----Ursprungligt meddelande-----
Från: Ola Persson
Skickat: den 11 januari 2027 14:22
Till: Plan-gruppen
Ämne: VB: Inbjudan DalaLab

Någon som är intresserad? Vi får vara max tre.

> Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027,
> 22 februari 2028. Sista anmälningsdag 14 april.
""",
             X("register", [P("Emma Grönlund", "emma.gronlund@malung-salen.se", MS),
                            P("Viktor Halvarsson", "viktor.halvarsson@malung-salen.se", MS, diet="vegetarian")],
               ALL, diet="vegetarian", unsure=["sessions"]),
             "forwarded chain: manager forwards colleagues' yes-replies; one may skip 29/11"),

        mail("ar066", "2026-12-28T12:10", ("Petra Lindqvist", "petra.lindqvist@rattvik.se"),
             "Kost för Rättviks deltagare",
             """Hej!

Jag anmälde mig, Johan Björk och Sara Wiik via Telegram för en tid sedan.
Två saker om maten som jag glömde: Johan är laktosintolerant och Sara är
vegan (det kanske redan kom fram). Vi är fortfarande anmälda till alla fyra
träffarna, inget annat ändras.

Hälsningar
Petra Lindqvist
Rättviks kommun
""",
             X("change", [P("Johan Björk", None, RA, diet="laktosintolerant"), P("Sara Wiik", None, RA, diet="vegan")],
               ALL, diet="laktosintolerant, vegan"),
             "diet change for two colleagues, sessions stated as unchanged all four"),

        mail("ar067", "2027-01-18T11:27", ("Gun-Britt Sjöberg", "gun-britt.sjoberg@sater.se"),
             "Anmälan DalaLab, Säters kommun",
             """Hej!

Härmed anmäls från Säters kommun, Samhällsbyggnadsavdelningen:

Lena Kvist, planeringsarkitekt, lena.kvist@sater.se
Hampus Wiberg, trafikplanerare, hampus.wiberg@sater.se

Båda deltar v. 18 (Falun) och v. 38. Om resten av träffarna återkommer vi
när vi vet mer om höstens bemanning.

Med vänliga hälsningar
Gun-Britt Sjöberg
Administratör
Säters kommun | Box 85 | 783 22 Säter
Tfn 0225-550 00
""",
             X("register", [P("Lena Kvist", "lena.kvist@sater.se", SA), P("Hampus Wiberg", "hampus.wiberg@sater.se", SA)],
               [S1, S2]),
             "iso-8859-1, administrator registers two, sessions given as week numbers",
             charset="iso-8859-1"),

        mail("ar068", "2027-01-20T03:12", ("IT-Support", "it-support@regiondalarna-mail.com"),
             "Åtgärd krävs: Din gruppbrevlåda har nått sin gräns",
             """Bästa användare,

Din gruppbrevlåda (anmälningar) har nått 98 % av sin lagringskvot. För att
undvika att inkommande anmälningar går förlorade måste du verifiera
brevlådans medlemmar inom 24 timmar:

https://regiondalarna-mail.com/verify?user=linnea.hassis

Om du inte verifierar kommer brevlådan att låsas.

Med vänlig hälsning
IT-Support
""",
             X("unknown", [], []),
             "phishing about a full group mailbox"),

        mail("ar069", "2027-01-22T14:50", ("Ekonomienheten Hedemora", "ekonomi@hedemora.se"),
             "Fakturering DalaLab",
             """Hej,

Vi har tre medarbetare anmälda till DalaLab. Kostar lärprojektet något, och
i så fall – fakturerar ni per deltagare eller samlat till kommunen? Vilken
referens behöver ni från oss?

Vänligen
Ekonomienheten
Hedemora kommun
""",
             X("question", [P("Ekonomienheten Hedemora", "ekonomi@hedemora.se", HE)], []),
             "finance mailbox asks about invoicing for a group"),

        mail("ar070", "2026-12-11T09:09", ("Stina Hed", "stina.hed@gagnef.se"),
             "Vi kommer från Gagnef!",
             """Hej Linnea!

Kul initiativ! Vi blir tre från Gagnef: jag, Linus och Maria. Vi vill gärna
vara med på alla träffar.

Vänliga hälsningar
Stina

Stina Hed
Översiktsplanerare
Gagnefs kommun
""",
             X("register", [P("Stina Hed", "stina.hed@gagnef.se", GA), P("Linus", None, GA), P("Maria", None, GA)], ALL),
             "colleagues named only by given name; sender's full name only in signature"),

        tg("ar071", "2027-02-09T20:31", "Rebecka Nord", 615204938,
           "hej! rebecka här från vansbro. moa kan inte 29/11, kan ni stryka henne just den dagen? hon kör resten som vanligt",
           X("cancel", [P("Moa", None, VA)], [S3]),
           "Telegram partial cancel for a colleague named by given name, one session"),

        mail("ar072", "2027-01-25T10:44", ("Helena Strand", "helena.strand@smedjebacken.se"),
             "Ytterligare en deltagare från Smedjebacken?",
             """Hej Linnea!

Vi har redan Lars Ekman, Eva Lund och Tove Rask anmälda från Smedjebacken.
Nu har vi anställt en ny planarkitekt, Amir Karimi (amir.karimi@smedjebacken.se),
som verkligen borde vara med. Jag vet att gränsen är tre per kommun – men
anmäl honom gärna, och om det inte går kan han väl stå på väntelistan.
Alla fyra träffarna i så fall.

Hälsningar
Helena Strand
Enhetschef Samhällsutveckling
Smedjebackens kommun
""",
             X("register", [P("Amir Karimi", "amir.karimi@smedjebacken.se", SM)], ALL),
             "fourth person for a kommun that already holds three places; the three are not the request"),

        mail("ar073", "2026-12-09T10:31", ("Jenny Åkesson", "jenny.akesson@ludvika.se"),
             "Läst: Bekräftelse på anmälan till DalaLab",
             """Ditt meddelande

  Till: Åkesson Jenny
  Ämne: Bekräftelse på anmälan till DalaLab
  Skickat: den 9 december 2026 10:14

lästes den 9 december 2026 10:31.
""",
             X("auto_reply", [], []),
             "read receipt from a participant"),

        mail("ar074", "2027-02-22T13:37", ("Amanda Berg-Nilsson", "amanda.berg-nilsson@regiondalarna.se"),
             "Byte av träff för två av oss",
             """Hej!

Oskar Lindgren och Marie Jernberg vill byta träffen den 29 november mot den
22 februari 2028 – osäkerhetsträffen krockar med regionfullmäktige. Jag och
Hussein står kvar som förut.

Hälsningar
Amanda
""",
             X("change", [P("Oskar Lindgren", None, RD), P("Marie Jernberg", None, RD)], [S4]),
             "bare swap for two colleagues; the sender and another stay as before"),

        mail("ar075", "2027-01-27T15:05", ("Ann-Sofie Jansson-Berg", "ann-sofie.jansson-berg@vansbro.se"),
             "Anmälan från Vansbro",
             """<html><body>
<p>Hej!</p>
<p>Vi vill anmäla oss till DalaLab från Vansbro kommun:</p>
<ul>
<li>Ann-Sofie Jansson-Berg, samhällsplanerare (jag)</li>
<li>Carl von Essen, bygglovschef &ndash; carl.vonessen@vansbro.se</li>
</ul>
<p>Vi siktar på de två träffarna i höst, den om <i>utvecklingsinriktning i ÖP-modellen</i>
och den om att planera för <i>önskvärda framtider och osäkerheter</i>.</p>
<p>Carl är allergisk mot skaldjur.</p>
<p>Hälsningar<br>Ann-Sofie</p>
</body></html>""",
             X("register", [P("Ann-Sofie Jansson-Berg", "ann-sofie.jansson-berg@vansbro.se", VA),
                            P("Carl von Essen", "carl.vonessen@vansbro.se", VA, diet="allergisk mot skaldjur")],
               [S2, S3], diet="allergisk mot skaldjur"),
             "HTML bullets, hyphenated name and particle, sessions by theme title", html=True),

        mail("ar076", "2027-03-29T12:18", ("Johanna Lilja via planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
             "[planerare-dalarna] Samåkning till DalaLab 3 maj?",
             """Hej alla,

Vi är tre från Mora som ska till första DalaLab-träffen i Falun den 3 maj.
Någon mer från norra Dalarna som vill samåka? Vi har plats för två till i
bilen, avfärd ca 07.45 från Mora.

/Johanna Lilja, Mora kommun

--
Du får detta mejl eftersom du är med på listan planerare-dalarna.
Avsluta: https://lists.regiondalarna.se/planerare-dalarna/unsubscribe
""",
             X("unknown", [], []),
             "mailing-list post about carpooling to a session, not a request", to="planerare-dalarna@lists.regiondalarna.se"),

        mail("ar077", "2027-01-28T08:55", ("Peter Sjöström", "peter.sjostrom@borlange.se"),
             "Fråga innan anmälan – rotera deltagare?",
             """Hej Linnea,

En fråga innan vi anmäler fler: är det tänkt att samma personer går på alla
fyra träffarna, eller går det bra att vi roterar så att den som är mest
berörd av temat går? Till exempel vår trafikplanerare på
tillgänglighetsträffen i februari.

Hälsningar
Peter Sjöström
Stadsarkitekt, Borlänge kommun
""",
             X("question", [P("Peter Sjöström", "peter.sjostrom@borlange.se", BO)], []),
             "question whether a group may rotate people between sessions"),

        mail("ar078", "2027-03-22T10:00", ("Gunnar Hed", "gunnar.hed@orsa.se"),
             "Radering av uppgifter – DalaLab",
             """Hej.

Kristoffer Sandin och Jonna Mattsson från Orsa kommun deltar inte längre i
DalaLab. Radera alla uppgifter ni har om dem – namn, e-post och
kostuppgifter – och bekräfta skriftligt när det är gjort.

Gunnar Hed
Dataskyddssamordnare
Orsa kommun
""",
             X("erasure", [P("Kristoffer Sandin", None, OR), P("Jonna Mattsson", None, OR)], [], unsure=["intent"]),
             "data protection officer asks erasure for two colleagues who also withdraw"),

        mail("ar079", "2027-02-01T11:40", ("Ylva Törnqvist", "ylva.tornqvist@lansstyrelsen.se"),
             "Anmälan DalaLab",
             """Hej!

Anmäler Björn Sandberg och Helena Norin från vår enhet för samhällsplanering
till alla träffar. Eventuellt hänger jag själv med på någon av dem, det får vi
se när kalendern klarnar.

Ylva Törnqvist
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Björn Sandberg", None, LST), P("Helena Norin", None, LST)], ALL,
               unsure=["sender-attends"]),
             "sender registers two and may or may not come herself"),

        mail("ar080", "2027-03-30T14:25", ("Camilla Öhman", "camilla.ohman@avesta.se"),
             "Niklas Grahn",
             """Hej igen!

Niklas Grahn har fått nytt jobb och slutar hos oss efter första träffen. Han
är med den 3 maj men stryk honom från resten. Vi funderar på om någon annan
kan ta hans plats i höst – jag återkommer om det.

/Camilla
""",
             X("cancel", [P("Niklas Grahn", None, AV)], [S2, S3, S4], unsure=["change-or-cancel"]),
             "colleague withdrawn from the later sessions, a substitute maybe later"),

        tg("ar081", "2027-02-04T18:12", "Malin Olsson-Ström", 903127746,
           "Kan jag anmäla mina kollegor här i chatten också, eller måste det gå via mejl? Vi är två till från Älvdalen som vill vara med.",
           X("question", [P("Malin Olsson-Ström", None, AL)], []),
           "Telegram question whether colleagues can be registered in the chat; no names given"),

        mail("ar082", "2027-01-25T10:45", ("Smedjebackens kommun", "kommun@smedjebacken.se"),
             "Autosvar: Ytterligare en deltagare från Smedjebacken?",
             """Tack för ditt meddelande!

Detta är ett automatiskt svar. Ditt ärende har tagits emot av
Smedjebackens kommun och kommer att handläggas inom fem arbetsdagar.

Observera att e-post till kommunen kan bli allmän handling.

Smedjebackens kommun
Växel 0240-66 00 00
""",
             X("auto_reply", [], []),
             "automatic acknowledgement from a kommun's function mailbox"),

        mail("ar083", "2027-02-08T09:33", ("Henrik Olander", "henrik@olanderplan.se"),
             "Question about participation",
             """Hello,

I run a small planning consultancy that works with several of the Dalarna
municipalities on their comprehensive plans. Would it be possible for two of
our consultants to join DalaLab, or is it limited to public sector staff?
And if we could join, would we count against a municipality's quota of three?

Kind regards,
Henrik Olander
Olander Plan AB
""",
             X("question", [P("Henrik Olander", "henrik@olanderplan.se", None)], []),
             "English question from a consultancy outside the organisations"),

        mail("ar084", "2027-02-10T13:13", ("Lotta Ståhl", "lotta.stahl@mora.se"),
             "Fråga om assistent",
             """Hej!

Vår planchef Per-Erik Nyström är anmäld till DalaLab. Han har en
hörselnedsättning och brukar ha med sig mig som sekreterare som
antecknar. Räknas jag in i Moras tre platser? Och behövs i så fall en egen
anmälan för mig?

Med vänlig hälsning
Lotta Ståhl
Förvaltningssekreterare, Mora kommun
""",
             X("question", [P("Lotta Ståhl", "lotta.stahl@mora.se", MO)], []),
             "question whether a supporting secretary counts against the quota"),

        mail("ar085", "2026-12-08T11:11", ("Linda Ek", "linda.ek@regiondalarna.se"),
             "Lista julbordet 17/12",
             """Hej Linnea!

Här är de från vår enhet som kommer på julbordet:
Oskar, Amanda, Marie, Hussein och Göran.
Amanda är vegetarian och Hussein äter inte fläsk.

Kan du föra vidare till restaurangen? Tack!
/Linda
""",
             X("unknown", [], []),
             "colleague's roster with diets for a Christmas dinner, not DalaLab"),

        mail("ar086", "2027-02-26T15:48", ("Birgitta Holmén", "birgitta.holmen@ludvika.se"),
             "Ändringar i Ludvikas anmälan",
             """<html><body>
<p>Hej Linnea,</p>
<p>Här är en uppdaterad lista för Ludvika:</p>
<table border="1">
<tr><th>Namn</th><th>Status</th><th>Kommentar</th></tr>
<tr><td>Jenny Åkesson</td><td>Kvar</td><td></td></tr>
<tr><td>Mikael Forsgren</td><td>Avanmäls</td><td>Föräldraledig från mars</td></tr>
<tr><td>Hanna Lidström</td><td>Avanmäls</td><td>Har slutat (därav studsande mejl)</td></tr>
</table>
<p>De avanmäls från samtliga träffar. Vi återkommer om ersättare.</p>
<p>Vänliga hälsningar<br>Birgitta Holmén<br>Nämndsekreterare, Ludvika kommun</p>
</body></html>""",
             X("cancel", [P("Mikael Forsgren", None, LU), P("Hanna Lidström", None, LU)], ALL),
             "HTML status table: two of three cancelled, one stays", html=True),

        tg("ar087", "2027-02-09T20:33", "Tove Rask", 377041652,
           "oj sorry, fel chatt! skulle till jobbgruppen 🙈",
           X("unknown", [], []),
           "Telegram message sent to the wrong chat"),

        mail("ar088", "2027-03-11T10:20", ("Ingrid Dahlberg", "ingrid.dahlberg@mora.se"),
             "Ny deltagare i stället för Kerstin",
             """Hej Linnea,

Kerstin Ols är tyvärr långtidssjukskriven. I hennes ställe kommer Peter Hägg,
miljöstrateg (peter.hagg@mora.se), på samtliga träffar. Peter är
vegetarian – Kerstins nötallergi kan ni alltså stryka.

Mvh
Ingrid Dahlberg
Mora kommun
""",
             X("change", [P("Kerstin Ols", None, MO), P("Peter Hägg", "peter.hagg@mora.se", MO, diet="vegetarian")],
               ALL, diet="vegetarian"),
             "substitute for all sessions with a new diet; old diet withdrawn"),

        tg("ar089", "2027-02-17T22:05", "Hussein Al-Amin", 258866013,
           "Hej. Jag blev anmäld till DalaLab via vår funktionsbrevlåda utan att någon frågade mig. "
           "Jag vill inte vara med och vill att ni raderar alla uppgifter om mig, även kostuppgiften.",
           X("erasure", [P("Hussein Al-Amin", None, None)], []),
           "Telegram erasure by someone a function mailbox registered"),

        mail("ar090", "2027-01-27T09:02", ("Helena Strand", "helena.strand@smedjebacken.se"),
             "SV: Ytterligare en deltagare från Smedjebacken?",
             """Tack för snabbt svar!

Då gör vi så här: Eva Lund lämnar sin plats till Amir Karimi, eftersom Eva
ändå går i pension till hösten. Amir tar alltså alla fyra träffarna i
stället för henne.

/Helena

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 26 januari 2027 15:10
Ämne: SV: Ytterligare en deltagare från Smedjebacken?

> Hej Helena! Smedjebacken har redan tre platser (Lars Ekman, Eva Lund och
> Tove Rask), så Amir kan tyvärr inte få en fjärde. Jag har satt honom på
> väntelistan.
""",
             X("change", [P("Eva Lund", None, SM), P("Amir Karimi", None, SM)], ALL),
             "reply to a quota refusal: one of the three gives her place to the fourth"),
    ]
