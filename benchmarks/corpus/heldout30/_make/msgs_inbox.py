from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den {sent}
> Till: Planerare Dalarna
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för
> hållbarhet och utvecklingskraft. Projektet vänder sig i första hand till
> kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.
>
> Träff 1: 3 maj 2027, kl. 10–15 (fika från 09.30), Falun. Hållbar utveckling
> i ett rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> Träff 2: 21 september 2027. Utvecklingsinriktning i ÖP-modellen
> Träff 3: 29 november 2027. Att planera för önskvärda framtider och osäkerheter
> Träff 4: 22 februari 2028. Planera för tillgänglighet
>
> Varje kommun kan delta med upp till tre personer. Anmälan senast den
> 14 april 2027 till linnea.hassis@regiondalarna.se. Ange eventuell
> specialkost.
>
> Varmt välkomna!
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        mail("ag001", "2026-12-03T09:12", ("Solberg Ingrid", "ingrid.solberg@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler mig gärna till DalaLab!

Vänliga hälsningar
Ingrid Solberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Tfn 023-82 71 45 | Mobil 070-331 28 90
791 83 Falun

""" + INVITE.format(sent="1 december 2026 14:05"),
             X("register", [P("Ingrid Solberg", "ingrid.solberg@falun.se", "Falu kommun")], ALL),
             "Outlook reply: the quoted invitation lists all four dates, the signup names none, so all four"),

        mail("ag002", "2026-12-04T13:40", ("Ahmed Hassan", "ahmed.hassan@borlange.se"), "Anmälan",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill anmäla mig till träffarna den <b>3 maj</b> och <b>29 november</b>. De andra två krockar tyvärr med
vår planeringsdag.</p>
<p>Jag är glutenintolerant.</p>
<p>Mvh<br>Ahmed Hassan<br>Planarkitekt, Borlänge kommun<br>0243-740 12 33</p>
</div></body></html>""",
             X("register", [P("Ahmed Hassan", "ahmed.hassan@borlange.se", "Borlänge kommun", diet="glutenintolerant")],
               [S1, S3], diet="glutenintolerant"),
             "HTML-only; two sessions by date; diet as 'glutenintolerant'", html=True),

        mail("ag003", "2026-12-07T10:05", ("Märta Höök", "marta.hook@rattvik.se"), "Anmälan till DalaLab",
             """Hej,

Härmed anmäler jag mig till första och sista träffen i DalaLab. Höstens två kan jag tyvärr inte
eftersom vi har samrådet för ÖP då.

Laktosfri kost, tack.

Märta Höök
Planeringsstrateg
Rättviks kommun, Storgatan 2, 795 80 Rättvik
""",
             X("register", [P("Märta Höök", "marta.hook@rattvik.se", "Rättviks kommun", diet="laktosfri")],
               [S1, S4], diet="laktosfri"),
             "iso-8859-1; 'första och sista träffen' = 3 May and 22 Feb; 'höstens två' are the ones declined",
             charset="iso-8859-1"),

        mail("ag004", "2026-12-09T16:22", ("Dragana Petrović", "dragana.petrovic@ludvika.se"),
             "Registration DalaLab",
             """Hello Linnea,

Sorry for writing in English, my Swedish is still not so good in writing. I would like to register for
the DalaLab meetings in September and November. In May I am on parental leave and in February I dont know yet.

I eat vegan food.

Best regards,
Dragana Petrović
Urban planner | Ludvika kommun
+46 240 860 00
""",
             X("register", [P("Dragana Petrović", "dragana.petrovic@ludvika.se", "Ludvika kommun", diet="vegan")],
               [S2, S3], diet="vegan"),
             "English, sessions by month only; May and February are explicitly not taken"),

        mail("ag005", "2026-12-10T08:31", ("Nils-Erik Dahl", "nils-erik.dahl@hedemora.se"), "DalaLab 21.9",
             """Anmäler mig till 21.9.

//Nils-Erik

--
Nils-Erik Dahl
Samhällsplanerare / Planning officer
Hedemora kommun
Besöksadress: Tunagatan 9, 776 31 Hedemora
Postadress: Box 101, 776 22 Hedemora
Tel: 0225-343 00 (vx) | Direkt: 0225-341 87 | Mobil: 076-118 42 07
Org.nr 212000-2189
Dnr 2026/0412-21
Telefontid mån-tors 8.30-11.30
Under vecka 52-1 är kontoret stängt.
""",
             X("register", [P("Nils-Erik Dahl", "nils-erik.dahl@hedemora.se", "Hedemora kommun")], [S2]),
             "one-line signup; the signature is full of numbers (org nr, dnr, phone hours, weeks) that are not dates"),

        mail("ag006", "2026-12-11T11:47", ("Oskar Jansson", "oskar.jansson@gagnef.se"), "Fråga om första träffen",
             """Hej!

En fråga innan jag anmäler mig: är träffen den 3 maj i Falun en heldag? Jag behöver veta om jag
hinner med tåget från Djurås 08.12, och om det blir lunch eller bara fika.

Tack på förhand,
Oskar Jansson
Gagnefs kommun
""",
             X("question"),
             "a question naming a date and a train time; 'innan jag anmäler mig' is not yet a signup"),

        mail("ag007", "2026-12-14T14:03", ("Elif Demir", "elif.demir@avesta.se"), "lunch?",
             """Hej Linnea

Blir det lunch på träffarna? I så fall vill jag ha vegetarisk. Och skriv upp mig på alla fyra förresten,
jag glömde anmäla mig innan jul-stressen drog igång :)

Elif Demir, Avesta kommun
""",
             X("register", [P("Elif Demir", "elif.demir@avesta.se", "Avesta kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "question about lunch mixed with a signup -> register; the signup comes after the question"),

        mail("ag008", "2026-12-15T09:20", ("Tomas Wennberg", "tomas.wennberg@gagnef.se"), "Radera uppgifter",
             """Hej,

Jag har fått ert utskick om DalaLab men arbetar inte längre med planfrågor. Jag vill att ni raderar
alla uppgifter ni har om mig (namn, e-post, ev. anmälningar) enligt GDPR.

Tomas Wennberg
""",
             X("erasure", [P("Tomas Wennberg", "tomas.wennberg@gagnef.se", "Gagnefs kommun")]),
             "erasure request; mentions anmälningar but asks for deletion, not cancellation"),

        mail("ag009", "2026-12-18T17:02", ("Ulrika Hed", "ulrika.hed@mora.se"),
             "Automatiskt svar: Påminnelse: DalaLab – anmälan senast 14 april",
             """Hej!

Jag är tjänstledig till och med den 10 januari 2027 och läser inte min e-post.

Vid brådskande ärenden som rör detaljplaner, kontakta planenheten på 0250-260 00 eller
plan@mora.se.

Med vänlig hälsning
Ulrika Hed
Mora kommun
""",
             X("auto_reply"),
             "out-of-office reply to the reminder; the subject names the deadline, the body a return date"),

        mail("ag010", "2026-12-18T17:03", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<karl.lundkvist@smedjebacken.se>: host mail.smedjebacken.se[193.45.12.8] said:
    550 5.1.1 <karl.lundkvist@smedjebacken.se>: Recipient address rejected:
    User unknown in local recipient table (in reply to RCPT TO command)

------- Original message -------
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Subject: Påminnelse: DalaLab – anmälan senast 14 april

Hej! Glöm inte att anmäla dig till DalaLab. Första träffen är den 3 maj 2027 i Falun,
sedan 21 september, 29 november och 22 februari 2028.
""",
             X("auto_reply"),
             "bounce of the reminder; the original carries all four dates and a person's address"),

        mail("ag011", "2026-12-21T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL Kunskapsbanken – december",
             """Nyheter från PBL Kunskapsbanken

* Ny vägledning om översiktsplanering och planeringsstrategi
* Seminarium 3 maj 2027: Boverket medverkar på DalaLab i Falun tillsammans med Region Dalarna
* Webbinarium 19 januari: Utvecklingsinriktningar i ÖP-modellen – anmäl dig på boverket.se

Du får det här nyhetsbrevet eftersom du prenumererar på PBL Kunskapsbanken.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
""",
             X("auto_reply"),
             "newsletter mentioning the event's first date and 'anmäl dig'; mailing-list mail is auto_reply"),

        mail("ag012", "2027-01-05T03:14", ("Region Dalarna Eventservice", "noreply@regiondalarna-event.com"),
             "Åtgärd krävs: bekräfta din anmälan till DalaLab",
             """<html><body>
<p>Hej,</p>
<p>Din anmälan till <b>DalaLab – Planering för hållbarhet</b> (3 maj 2027) kunde inte slutföras.
Verifiera ditt Microsoft 365-konto inom 24 timmar för att behålla din plats.</p>
<p><a href="http://regiondalarna-event.com.login-verify.ru/o365">Bekräfta anmälan</a></p>
<p>Region Dalarna IT-support</p>
</body></html>""",
             X("unknown"),
             "phishing dressed as a registration confirmation, lookalike domain, names the first date", html=True),

        mail("ag013", "2027-01-07T12:55", ("Global Event Directory", "listings@global-event-directory.org"),
             "DalaLab 2027 - Confirm your listing / Invoice 2027-0113",
             """Dear Organizer,

Your event "DalaLab - Planering for hallbarhet" (Falun, 03.05.2027) has been added to the Global Event
Directory 2027/2028. To keep the listing, please return the signed form and pay the annual fee of
EUR 1 290 to the account below within 7 days.

Participants: 4 sessions - 03.05.2027, 21.09.2027, 29.11.2027, 22.02.2028

Global Event Directory S.L., Calle de Alcalá 48, Madrid
IBAN ES91 2100 0418 4502 0005 1332
""",
             X("unknown"),
             "listing/invoice scam listing all four dates"),

        mail("ag014", "2027-01-08T10:10", ("Birgitta Forsgren", "birgitta.forsgren@mora.se"),
             "Anmälan till DalaLab för Per-Olof Lindqvist",
             """Hej!

Jag är assistent på samhällsbyggnadsförvaltningen och anmäler härmed vår planchef
Per-Olof Lindqvist (per-olof.lindqvist@mora.se) till samtliga träffar i DalaLab.

Han har nötallergi, viktigt att köket får veta.

Hälsningar
Birgitta Forsgren
Administratör, Mora kommun
0250-262 17
""",
             X("register", [P("Per-Olof Lindqvist", "per-olof.lindqvist@mora.se", "Mora kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "assistant registers her manager; she is not among the people; the diet is his"),

        mail("ag015", "2027-01-11T15:36", ("Sofie Lindgren", "sofie.lindgren@orsa.se"), "Vi kommer 3 maj",
             """hej! jag och min kollega Anna Berg vill gärna komma på första träffen 3 maj. Hon har inte fått
inbjudan så hon har ingen egen mejl i er lista, men det går bra att skicka allt till mig.

/sofie, orsa kommun
""",
             X("register", [P("Sofie Lindgren", "sofie.lindgren@orsa.se", "Orsa kommun"),
                            P("Anna Berg", None, "Orsa kommun")], [S1]),
             "lower case; sender plus a colleague without an address, who gets the sender's organisation"),

        mail("ag016", "2027-01-12T09:00", ("HR Säters kommun", "hr@sater.se"), "Anmälan DalaLab – två deltagare",
             """Hej,

Följande medarbetare anmäls till höstens träffar i DalaLab:

Nyström, Karin – karin.nystrom@sater.se
Öberg, Mats – mats.oberg@sater.se

Mats är vegetarian.

HR-enheten
Säters kommun | 0225-550 00
""",
             X("register", [P("Karin Nyström", "karin.nystrom@sater.se", "Säters kommun"),
                            P("Mats Öberg", "mats.oberg@sater.se", "Säters kommun", diet="vegetarian")],
               [S2, S3], diet="vegetarian"),
             "function mailbox; 'Efternamn, Förnamn' list; 'höstens träffar' (plural) = both autumn sessions"),

        mail("ag017", "2027-01-12T09:44", ("Johanna af Klercker", "johanna.afklercker@regiondalarna.se"),
             "Läst: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Ditt meddelande

  Till: Johanna af Klercker
  Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 1 december 2026 14:05:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 12 januari 2027 09:44:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "Outlook read receipt, two timestamps, no signup"),

        mail("ag018", "2027-01-13T13:20", ("Postmaster", "postmaster@leksand.se"),
             "Levererat: Anmälningsbekräftelse DalaLab",
             """Ditt meddelande har levererats till följande mottagare:

Lars Grönberg (lars.gronberg@leksand.se)

Ämne: Anmälningsbekräftelse DalaLab
""",
             X("auto_reply"),
             "delivery report naming a person and an address; it is not that person's signup"),

        mail("ag019", "2027-01-14T08:02", ("Leksands kommun", "kommun@leksand.se"),
             "Tack för ditt meddelande till Leksands kommun [Ärende 2027/00231]",
             """Tack för ditt e-postmeddelande till Leksands kommun.

Ditt meddelande har registrerats med diarienummer 2027/00231 och kommer att hanteras av
berörd förvaltning. Svarstiden är normalt 5-10 arbetsdagar.

Detta är ett automatiskt genererat meddelande och går inte att svara på.

Leksands kommun, Box 301, 793 27 Leksand. Växel 0247-800 00.
""",
             X("auto_reply"),
             "municipal registry auto-acknowledgement with case number"),

        mail("ag020", "2027-01-15T11:11", ("Fredrik von Essen", "fredrik.vonessen@lansstyrelsen.se"),
             "Automatic reply: DalaLab – vem kommer från Lst?",
             """I am out of the office from 14 January until 25 January 2027 with limited access to e-mail.
For urgent matters please contact the registry at dalarna@lansstyrelsen.se.

Jag är på tjänsteresa 14–25 januari 2027 och har begränsad tillgång till e-post.
Vid brådskande ärenden kontakta registratorn, dalarna@lansstyrelsen.se.

Fredrik von Essen
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "bilingual out-of-office; subject is a question, body dates are the absence"),

        mail("ag021", "2027-01-19T07:48", ("Tiina Mäkinen", "tiina.makinen@vansbro.se"), "Avanmälan 21/9",
             """God morgon,

Jag är anmäld till alla fyra träffarna men kan tyvärr inte komma den 21/9 – då har vi
kommunfullmäktige. Övriga datum står fast.

Tiina Mäkinen
Vansbro kommun
""",
             X("cancel", [P("Tiina Mäkinen", "tiina.makinen@vansbro.se", "Vansbro kommun")], [S2]),
             "cancels one session only; 'övriga datum står fast'"),

        mail("ag022", "2027-01-21T14:15", ("Jonas Ekholm", "jonas.ekholm@falun.se"), "Byte av träff",
             """Hej Linnea,

Kan jag få byta min plats på träffen 29 nov mot den i februari (tillgänglighet)? Vi har
budgetberedning i slutet av november.

Tack!
Jonas
Falu kommun, stadsbyggnadsförvaltningen
""",
             X("change", [P("Jonas Ekholm", "jonas.ekholm@falun.se", "Falu kommun")], [S4]),
             "bare swap November -> February (by month and theme); only the new session"),

        mail("ag023", "2027-01-25T10:30", ("Maria Sjöberg-Nilsson", "maria.sjoberg-nilsson@vansbro.se"),
             "Ändring anmälan",
             """Hej,

Jag kan tyvärr inte komma på första träffen den 3 maj. Min kollega Erik Sandberg
(erik.sandberg@vansbro.se) går istället. Han är glutenfri.

Mvh Maria Sjöberg-Nilsson
Vansbro kommun | 0281-750 00
""",
             X("change", [P("Maria Sjöberg-Nilsson", "maria.sjoberg-nilsson@vansbro.se", "Vansbro kommun"),
                          P("Erik Sandberg", "erik.sandberg@vansbro.se", "Vansbro kommun", diet="glutenfri")],
               [S1], diet="glutenfri"),
             "substitution for one session; both people listed; diet belongs to the substitute"),

        mail("ag024", "2027-01-27T09:05", ("Karin Vestlund", "karin.vestlund@malung-salen.se"),
             "Hur många får vi vara?",
             """Hej!

Hur många från samma kommun får delta? Vi är fyra på plan som är intresserade, men vill inte
anmäla någon innan vi vet hur det är med platserna.

Hälsningar Karin Vestlund, Malung-Sälens kommun
""",
             X("question"),
             "quota question; 'fyra' is a head count, no signup yet"),

        mail("ag025", "2027-02-01T16:40", ("Robert Sahlin", "robert.sahlin@smedjebacken.se"),
             "22 februari 2028?",
             """Hej, i inbjudan står sista träffen den 22 februari 2028 – stämmer verkligen året, eller ska det
vara 2027? Och vet ni redan var träff 2–4 hålls, blir det Falun varje gång?

Robert Sahlin
Smedjebackens kommun
""",
             X("question"),
             "question quoting a session date and numbered sessions; nobody signs up"),

        mail("ag026", "2027-02-02T20:18", ("James Whitfield", "james.whitfield@regiondalarna.se"),
             "Data deletion request",
             """Hi,

I signed up for your mailing about DalaLab last year but I'm leaving Region Dalarna at the end of
February. Please delete all personal data you hold about me, in accordance with GDPR Article 17.

Kind regards,
James Whitfield
""",
             X("erasure", [P("James Whitfield", "james.whitfield@regiondalarna.se", "Region Dalarna")]),
             "English erasure with an article number and a month"),

        mail("ag027", "2027-02-03T08:55", ("Camilla Roos", "camilla.roos@alvdalen.se"),
             "Johan Ek har slutat – ta bort honom",
             """Hej!

Johan Ek (johan.ek@alvdalen.se) slutade hos oss i januari. Han stod på er sändlista för DalaLab.
Kan ni radera hans uppgifter? Vi återkommer om vem som ska delta från Älvdalen i stället.

Camilla Roos
Enhetschef Samhällsbyggnad, Älvdalens kommun
""",
             X("erasure", [P("Johan Ek", "johan.ek@alvdalen.se", "Älvdalens kommun")]),
             "manager asks erasure for a colleague who left; he is the person, she is not",
             ),

        mail("ag028", "2027-02-04T12:07", ("Henrik Nord", "henrik.nord@avesta.se"), "DalaLab",
             """Anmäl mig till 3/5 och 21/9 tack

Skickat från min iPhone""",
             X("register", [P("Henrik Nord", "henrik.nord@avesta.se", "Avesta kommun")], [S1, S2]),
             "terse phone mail; dates as d/m"),

        mail("ag029", "2027-02-08T09:33", ("Lovisa Granath", "lovisa.granath@ludvika.se"),
             "Anmälan DalaLab första träffen",
             """Hej!

Jag vill anmäla mig till första träffen. Övriga får jag återkomma om när jag vet hur hösten ser ut.

Med vänlig hälsning

Lovisa Granath
Planhandläggare
Ludvika kommun | Samhällsbyggnadsförvaltningen
Fredsgatan 16, 771 82 Ludvika
Tel 0240-860 00 | lovisa.granath@ludvika.se

VÄLKOMMEN TILL BYGGDAGEN 12 MARS 2027 – Ludvika kommun bjuder in byggare och fastighetsägare!

Tänk på miljön innan du skriver ut detta e-postmeddelande.
""",
             X("register", [P("Lovisa Granath", "lovisa.granath@ludvika.se", "Ludvika kommun")], [S1]),
             "only the first session; a signature banner carries another event's date"),

        mail("ag030", "2027-02-10T06:30", ("Samhällsplanering Dalarna", "nyhetsbrev@regiondalarna.se"),
             "Nyhetsbrev Samhällsplanering Dalarna nr 2/2027",
             """<html><body style="font-family:Arial">
<h2>Samhällsplanering Dalarna – nyhetsbrev nr 2/2027</h2>
<h3>Sista chansen: anmäl dig till DalaLab!</h3>
<p>Lärprojektet startar den 3 maj i Falun. Anmäl dig senast 14 april till Linnea Hassis.
Upp till tre personer per kommun.</p>
<h3>Regional utvecklingsstrategi</h3>
<p>Remissen för RUS går ut i mars.</p>
<p style="font-size:9pt;color:#888">Du får detta nyhetsbrev som prenumerant.
<a href="https://www.regiondalarna.se/nyhetsbrev/avregistrera">Avregistrera</a></p>
</body></html>""",
             X("auto_reply"),
             "the organiser's own HTML newsletter promoting the event from the same domain; not a signup",
             html=True),

        mail("ag031", "2027-02-11T10:45", ("Hotell Dalecarlia Konferens", "sales@dalecarliakonferens.se"),
             "Konferenslokal för DalaLab 3 maj?",
             """Hej Linnea!

Vi såg att ni arrangerar DalaLab den 3 maj i Falun. Vi har en konferenssal för 40 personer ledig
just det datumet, inklusive fika 09.30 och lunch, från 695 kr/person. Hör av er så skickar vi offert!

Med vänliga hälsningar
Anders Möller, Säljansvarig
Hotell Dalecarlia Konferens
""",
             X("unknown"),
             "sales mail naming the first date and fika time; not about registration"),

        mail("ag032", "2027-02-15T13:58", ("Emma Bergkvist", "emma.bergkvist@regiondalarna.se"),
             "Anmälan",
             """Hej Linnea!

Jag vill gärna vara med på träffen om att planera för önskvärda framtider och osäkerheter, och på
tillgänglighetsträffen. Vårens träff med Boverket har jag redan varit på i en annan form.

/Emma Bergkvist
Regional utveckling, Region Dalarna
""",
             X("register", [P("Emma Bergkvist", "emma.bergkvist@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "sessions by theme words only; the Boverket session is declined"),

        mail("ag033", "2027-02-17T11:22", ("Sara Wikström", "sara.wikstrom@lansstyrelsen.se"),
             "Anmälan från Lst",
             """Hej,

Anmäler mig till DalaLab. Jag har nötallergi.

Sara Wikström
Handläggare, Samhällsbyggnadsenheten
Lst Dalarna
010-225 00 00
Myntgatan 2, 791 84 Falun
""",
             X("register", [P("Sara Wikström", "sara.wikstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="nötallergi")], ALL, diet="nötallergi"),
             "Lst; no sessions named = all four; a Falun street address in the signature is not her organisation"),

        mail("ag034", "2027-02-22T15:05", ("Göran Älvdal", "goran.alvdal@malung-salen.se"), "Anmälan DalaLab",
             """Hej!

Jag anmäler mig till alla tillfällen utom det i november (då är vi på fjällsäkerhetsutbildning).

Göran Älvdal
Malung-Sälens kommun
Tfn 0280-181 00
""",
             X("register", [P("Göran Älvdal", "goran.alvdal@malung-salen.se", "Malung-Sälens kommun")], [S1, S2, S4]),
             "windows-1252; 'alla utom november'; surname looks like a municipality (Älvdalen) but the domain is Malung-Sälen",
             charset="windows-1252"),

        mail("ag035", "2027-02-24T09:50", ("Camilla Roos", "camilla.roos@alvdalen.se"), "Deltagare från Älvdalen",
             """Hej igen!

Som jag lovade: från Älvdalen kommer Linn Björk (linn.bjork@alvdalen.se) och vår nya planarkitekt
Hampus Olsson, som börjar 1 mars och inte har fått sin e-post ännu. De anmäls till hela serien.
Själv har jag tyvärr inte möjlighet att delta.

Camilla Roos
Enhetschef Samhällsbyggnad, Älvdalens kommun
0251-315 00
""",
             X("register", [P("Linn Björk", "linn.bjork@alvdalen.se", "Älvdalens kommun"),
                            P("Hampus Olsson", None, "Älvdalens kommun")], ALL),
             "manager signs up two others, one without address; she explicitly does not attend; '1 mars' is a start date"),

        mail("ag036", "2027-02-26T14:12", ("Christoffer Hallin", "christoffer.hallin@hedemora.se"), "Vi blir tre",
             """Hej Linnea,

Vi blir tre från Hedemora: jag, Lena Strand och Tomas Höglund. Vi vill alla komma på höstens träff,
den andra kanske vi tar senare. Lena är glutenfri.

Christoffer
""",
             X("register", [P("Christoffer Hallin", "christoffer.hallin@hedemora.se", "Hedemora kommun"),
                            P("Lena Strand", None, "Hedemora kommun", diet="glutenfri"),
                            P("Tomas Höglund", None, "Hedemora kommun")], [S2, S3], diet="glutenfri",
               unsure=["sessions"]),
             "'höstens träff' singular: two autumn sessions, both labelled; sender is one of three; the diet is Lena's"),

        mail("ag037", "2027-03-01T10:18", ("Alexandra Dimitriou", "alexandra.dimitriou@borlange.se"),
             "Digitalt deltagande?",
             """Hej!

Finns det möjlighet att delta digitalt den 21 september och den 29 november? Jag anmäler mig i så fall
till dem, men om det bara är på plats får jag nog avstå.

Alexandra Dimitriou
Trafikplanerare, Borlänge kommun
""",
             X("question", unsure=["intent"]),
             "a conditional signup that depends on the answer; she has not signed up yet, so a question",
             ),

        mail("ag038", "2027-03-02T18:40", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             "Delivery Status Notification (Failure)",
             """Address not found

Your message wasn't delivered to petra.lindh.planering@gmail.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
From: linnea.hassis@regiondalarna.se
Subject: Bekräftelse: du är anmäld till DalaLab

Hej Petra! Tack för din anmälan. Du är anmäld till träffarna 3 maj och 21 september 2027.
""",
             X("auto_reply"),
             "bounce of a confirmation: the original says someone is registered for two dates"),

        mail("ag039", "2027-03-04T08:26", ("Andersson Mikael", "mikael.andersson@gagnef.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Ja tack, 29/11 och 22/2 för min del. Våren är fullbokad.

/Micke

Mikael Andersson | Översiktsplanerare | Gagnefs kommun | 0241-150 00

""" + INVITE.format(sent="1 december 2026 14:05"),
             X("register", [P("Mikael Andersson", "mikael.andersson@gagnef.se", "Gagnefs kommun")], [S3, S4]),
             "top-posted reply; quoted invitation has all four dates, the reply names two; display name 'Andersson Mikael'"),

        mail("ag040", "2027-03-08T13:00", ("KJELL-ÅKE PERSSON", "kjell-ake.persson@smedjebacken.se"),
             "ANMÄLAN",
             """ANMÄLAN DALALAB
NAMN: PERSSON KJELL-ÅKE
KOMMUN: SMEDJEBACKEN
DATUM: ALLA
KOST: LAKTOSFRI
""",
             X("register", [P("Kjell-Åke Persson", "kjell-ake.persson@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosfri")], ALL, diet="laktosfri"),
             "all capitals, surname-first in a form ('PERSSON KJELL-ÅKE'), 'DATUM: ALLA'"),

        mail("ag041", "2027-03-11T09:37", ("Vendela Holm", "vendela.holm@rattvik.se"), "Fick ingen bekräftelse",
             """Hej!

Jag skickade en anmälan till alla fyra träffarna i mitten av januari men har inte fått någon bekräftelse.
Har ni fått den? Vill inte missa platsen eftersom vi redan är två anmälda från Rättvik.

Vendela Holm
Rättviks kommun
""",
             X("question"),
             "asks whether an earlier signup arrived; mentions 'alla fyra' but signs up nothing new",
             ),

        mail("ag042", "2027-03-15T10:02", ("Patrik Eng", "patrik.eng@ludvika.se"),
             "Automatiskt svar: Anmälningsbekräftelse DalaLab",
             """Jag har slutat min anställning på Ludvika kommun. Din e-post vidarebefordras inte.

Frågor om översiktsplanering: kontakta Lovisa Granath, lovisa.granath@ludvika.se, 0240-860 00.
""",
             X("auto_reply"),
             "permanent 'has left' auto-reply naming a colleague with address; nobody is registered or cancelled"),

        mail("ag043", "2027-03-18T07:51", ("Linnea Hassis", "linnea.hassis.regiondalarna@outlook.com"),
             "Brådskande – anmälningsavgifter DalaLab",
             """Hej,

Jag sitter i möte hela dagen. Kan du snabbt betala anmälningsavgiften för de fyra deltagarna från
Orsa till kontot nedan? Det måste gå i dag annars förlorar vi platserna till 3 maj. Svara bara här.

Bankgiro 5231-8842, mottagare Event Nordic AB, 18 400 kr.

Linnea

Skickat från min iPhone
""",
             X("unknown"),
             "CEO/payment fraud impersonating the organiser from a free-mail address; mentions participants and a date"),

        mail("ag044", "2027-03-24T11:29", ("Hanna Lund", "hanna.lund@leksand.se"), "Anmälan – Leksand + en från Gagnef",
             """Hej Linnea!

Jag anmäler mig till de två första träffarna (3 maj och 21 sept). Jag anmäler också Björn Eriksson
från Gagnefs kommun, bjorn.eriksson@gagnef.se, till samma träffar – vi samverkar om en gemensam
planeringsstrategi för Siljan–Västerdalälven. Björn är vegetarian, jag äter allt.

Vänliga hälsningar
Hanna Lund
Leksands kommun
""",
             X("register", [P("Hanna Lund", "hanna.lund@leksand.se", "Leksands kommun"),
                            P("Björn Eriksson", "bjorn.eriksson@gagnef.se", "Gagnefs kommun", diet="vegetarian")],
               [S1, S2], diet="vegetarian"),
             "two organisations in one signup; the colleague's diet only; 'jag äter allt' is no diet"),

        mail("ag045", "2027-04-06T22:47", ("Rasmus Kallin", "rasmus.kallin82@gmail.com"), "anmälan dalalab",
             """Hej, jobbar som planerare på Orsa kommun men skriver från privata mejlen eftersom jobbmejlen
strular efter IT-bytet. Vill anmäla mig till alla träffar. Använd gärna den här adressen tills vidare.

Rasmus Kallin
""",
             X("register", [P("Rasmus Kallin", "rasmus.kallin82@gmail.com", "Orsa kommun")], ALL),
             "private gmail address; organisation from the text; arrives just before the deadline"),
    ]
