from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The invitation as this writer's senders quote it (own wording).
INVIT = """Hej,

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och
utvecklingskraft, ett lärprojekt om strategisk översiktsplanering för
tjänstepersoner i Dalarnas kommuner och i regionen.

Vi ses vid fyra tillfällen:
  * måndag 3 maj 2027 i Falun, 10–15 (kaffe från 09.30) – Hållbar utveckling
    i ett rumsligt perspektiv, tillsammans med Boverket
  * tisdag 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  * måndag 29 november 2027 – Önskvärda framtider och osäkerheter
  * tisdag 22 februari 2028 – Planera för tillgänglighet

Högst tre deltagare per kommun. Sista anmälningsdag är 14 april 2027.
Uppge namn, organisation, e-post, vilka datum du kommer och ev. specialkost.

Hälsningar
Linnea Hassis
Region Dalarna"""


def quoted(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.splitlines())


OUTLOOK_HDR = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:40
Till: {to}
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

"""

REMINDER = """Hej!

Påminnelse: sista dag att anmäla sig till DalaLab är den 14 april 2027.
Träffarna är 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
Har du redan anmält dig behöver du inte göra något mer.

/Linnea Hassis, Region Dalarna"""


def messages():
    return [
        mail("ac001", "2026-12-02T08:47", ("Persson Gunilla", "gunilla.persson@hedemora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig gärna
till hela lärprojektet.

Vänliga hälsningar

Gunilla Persson
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Box 101, 776 28 Hedemora
Besöksadress: Tingshusgatan 5
Direkt: 0225-342 17 | Mobil: 070-318 44 92 | Växel: 0225-340 00
www.hedemora.se

När du skickar e-post till Hedemora kommun behandlar vi dina personuppgifter
enligt dataskyddsförordningen (GDPR).

""" + OUTLOOK_HDR.format(to="Persson Gunilla <gunilla.persson@hedemora.se>") + INVIT,
             X("register", [P("Gunilla Persson", "gunilla.persson@hedemora.se", "Hedemora kommun")], ALL),
             "Outlook reply with surname-first display name; 'hela lärprojektet' = all four; quoted invitation lists all dates; signature full of numbers"),

        mail("ac002", "2026-12-03T13:20", ("Jessica Hammar", "jessica.hammar@borlange.se"), "Anmälan DalaLab",
             """Hej!

Vi är två från Borlänge som vill vara med: jag själv och min kollega
Fredrik Dahl (fredrik.dahl@borlange.se). Vi kan båda komma på de två
första träffarna, alltså 3 maj och 21 september. Resten får vi återkomma om
när höstens planering är klar.

Hälsningar
Jessica Hammar
Strategisk planerare, Borlänge kommun
0243-74 00 00""",
             X("register", [P("Jessica Hammar", "jessica.hammar@borlange.se", "Borlänge kommun"),
                            P("Fredrik Dahl", "fredrik.dahl@borlange.se", "Borlänge kommun")], [S1, S2]),
             "sender + colleague with address; 'de två första träffarna' spelled out as dates; 'återkomma om resten' books nothing more"),

        mail("ac003", "2026-12-04T10:05", ("Maja Öhrn", "maja.ohrn@ludvika.se"), "Anmälan från Ludvika kommun",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><p>Hej,</p>
<p>H&auml;rmed anm&auml;ler vi f&ouml;ljande personer fr&aring;n Ludvika kommun till samtliga tr&auml;ffar i DalaLab:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Befattning</th><th>Specialkost</th></tr>
<tr><td>Henrik S&ouml;derberg</td><td>henrik.soderberg@ludvika.se</td><td>Planchef</td><td>&nbsp;</td></tr>
<tr><td>Rebecka Alm</td><td>rebecka.alm@ludvika.se</td><td>&Ouml;versiktsplanerare</td><td>vegetarisk</td></tr>
<tr><td>Sami Khalil</td><td>sami.khalil@ludvika.se</td><td>Trafikplanerare</td><td>&nbsp;</td></tr>
</table>
<p>H&ouml;r av dig om n&aring;got saknas.</p>
<p>Med v&auml;nlig h&auml;lsning<br>Maja &Ouml;hrn<br>Administrat&ouml;r, Samh&auml;llsbyggnad<br>Ludvika kommun<br>0240-860 00</p>
</body></html>""",
             X("register", [P("Henrik Söderberg", "henrik.soderberg@ludvika.se", "Ludvika kommun"),
                            P("Rebecka Alm", "rebecka.alm@ludvika.se", "Ludvika kommun", diet="vegetarisk"),
                            P("Sami Khalil", "sami.khalil@ludvika.se", "Ludvika kommun")], ALL, diet="vegetarisk"),
             "HTML-only iso-8859-1 with entities; table of three; administrator sender not among people; diet in one cell",
             html=True, charset="iso-8859-1"),

        tg("ac004", "2026-12-07T21:33", "Petra Holm", 6031847720,
           "Hej! Vill anmäla mig till DalaLab, alla fyra träffarna 🙂 Jobbar som översiktsplanerare på Säters kommun. /Petra",
           X("register", [P("Petra Holm", None, "Säters kommun")], ALL),
           "telegram, name from sender, org from text, 'alla fyra'"),

        mail("ac005", "2026-12-09T07:58", ("Daniel Hughes", "daniel.hughes@regiondalarna.se"), "DalaLab registration",
             """Dear Linnea,

I would like to register for DalaLab. I can make the sessions on 3 May and
22 February, but the two autumn dates clash with a project I am running in
Gothenburg, so please leave those out for me.

I need lactose-free food at the coffee breaks and lunch, if possible.

Kind regards,
Daniel Hughes
Analyst, Regional Development
Region Dalarna | Box 712, 791 29 Falun
+46 23 49 00 00""",
             X("register", [P("Daniel Hughes", "daniel.hughes@regiondalarna.se", "Region Dalarna")], [S1, S4],
               diet="lactose-free"),
             "English signup; two dates named, autumn dates explicitly excluded; diet in English"),

        mail("ac006", "2026-12-10T14:12", ("Kjell-Åke Grahn", "kjell-ake.grahn@mora.se"), "Anmälan till DalaLab",
             """Hej Linnea.

Anmäler mig härmed till DalaLab. Den 29 november kan jag tyvärr inte
(semesterresa sedan länge bokad) men övriga tre tillfällen går bra.

Mvh
Kjell-Åke Grahn
Mora kommun, Plan- och bygg
Fridhemsgatan 1, 792 80 Mora
Tel 0250-260 00 vx""",
             X("register", [P("Kjell-Åke Grahn", "kjell-ake.grahn@mora.se", "Mora kommun")], [S1, S2, S4]),
             "iso-8859-1 plain; 'all except 29 november' = three sessions; hyphenated first name with Å",
             charset="iso-8859-1"),

        mail("ac007", "2026-12-11T16:40", ("Anna-Karin Mård", "anna-karin.mard@mora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag är föräldraledig till och med 31 januari 2027 och läser inte min e-post.
För ärenden som rör detaljplaner, kontakta planenheten via växeln 0250-260 00.
För bygglov: bygglov@mora.se

Anna-Karin Mård
Mora kommun""",
             X("auto_reply"),
             "Outlook out-of-office without special headers; date '31 januari 2027' and phone number are no sessions"),

        mail("ac008", "2026-12-14T09:15", ("Rolf Nygren", "rolf.nygren@gagnef.se"), "Fråga om DalaLab – förtroendevalda?",
             """Hej!

En fråga innan vi bestämmer oss: får förtroendevalda delta i DalaLab, eller
är lärprojektet bara för tjänstepersoner? Vår ordförande i
samhällsbyggnadsnämnden är intresserad av första träffen den 3 maj, men vi
vill inte anmäla henne om det inte är meningen.

Tacksam för svar.

Rolf Nygren
Planeringschef
Gagnefs kommun
0241-150 00""",
             X("question"),
             "question that names 3 May and 'anmäla' but books nobody"),

        mail("ac009", "2026-12-15T11:02", ("Tomas Ek", "tomas.ek@lansstyrelsen.se"), "DalaLab – två från Lst",
             """Hej Linnea,

Jag vill anmäla mig själv och Ingrid Sahlin, båda på enheten för
samhällsplanering, till träff 1 och träff 3.

Hälsningar

Tomas Ek
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
791 84 Falun
Telefon: 010-225 03 61
Växel: 010-225 00 00
lansstyrelsen.se/dalarna""",
             X("register", [P("Tomas Ek", "tomas.ek@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ingrid Sahlin", None, "Länsstyrelsen Dalarna")], [S1, S3]),
             "sessions by number 'träff 1 och träff 3'; colleague without address gets sender's org; Lst in subject"),

        tg("ac010", "2026-12-17T19:48", "Emil Rask", 5517302468,
           "hejsan, skriv upp mig på träffarna 21/9 och 22/2 tack! emil rask, avesta",
           X("register", [P("Emil Rask", None, "Avesta kommun")], [S2, S4]),
           "lower-case telegram; dates as d/m; 'avesta' lower case"),

        mail("ac011", "2026-12-18T10:30", ("DalaLab Event Services", "billing@dalalab-events.info"),
             "Faktura 2026-4471: Deltagaravgift DalaLab 2027 – betalning krävs",
             """Bästa deltagare,

Er anmälan till DalaLab 3 maj 2027 är mottagen. För att säkra platsen
måste deltagaravgiften 4 950 kr exkl. moms betalas inom 5 dagar.

Bankgiro: 5521-0934
OCR: 4471202612
Referens: DL-2027-FALUN

Obetalda platser släpps till väntelistan. Vid frågor svara inte på detta
mejl utan ring 08-555 019 30.

Med vänliga hälsningar
Ekonomiavdelningen, DalaLab Event Services""",
             X("unknown"),
             "invoice scam dressed as a registration confirmation; names 3 May, no real request"),

        mail("ac012", "2026-12-21T08:12", ("Lena Fors", "lena.fors@falun.se"), "anmälan",
             """Hej,

jag anmäler mig till samtliga tillfällen.
Specialkost: glutenfri.

Obs! Jag är ledig 23/12–6/1, svar på eventuella frågor kommer efter det.

Med vänlig hälsning
Lena Fors
Stadsarkitektkontoret
Stadsbyggnadsförvaltningen
Falu kommun
791 83 Falun
Besök: Stadshuset, Slaggatan 11
Tel: 023-826 45
Mobil: 073-027 81 13
Telefontid vardagar 9–11, lunchstängt 12–13

Tänk på miljön innan du skriver ut detta mejl.
Detta e-postmeddelande kan innehålla sekretessbelagd information och är
endast avsett för adressaten.""",
             X("register", [P("Lena Fors", "lena.fors@falun.se", "Falu kommun")], ALL, diet="glutenfri"),
             "terse signup, 'samtliga tillfällen'; vacation dates 23/12–6/1 and times in signature are no sessions"),

        mail("ac013", "2027-01-07T13:44", ("Birgitta Kvist", "birgitta.kvist@vansbro.se"), "Anmälan DalaLab – Vansbro",
             """Hej!

Jag anmäler härmed två medarbetare från Vansbro kommun till DalaLab:
Lars-Erik Svahn och Amanda Nilsson. Själv har jag tyvärr inte möjlighet
att delta.

De kommer båda på majträffen och på de två träffarna i höst. Februari 2028
vet vi inte ännu.

Mvh
Birgitta Kvist
Samhällsbyggnadschef
Vansbro kommun
Tel 0281-750 00""",
             X("register", [P("Lars-Erik Svahn", None, "Vansbro kommun"),
                            P("Amanda Nilsson", None, "Vansbro kommun")], [S1, S2, S3]),
             "manager registers two colleagues without addresses, not herself; 'majträffen och de två i höst'; February left open = not booked"),

        mail("ac014", "2027-01-11T10:20", ("Ola Brandt", "ola.brandt@hedemora.se"), "Hitta till träffen i Falun?",
             """Hej,

Hur tar man sig enklast till lokalen i Falun från resecentrum, och finns det
parkering i närheten? Jag åker från Hedemora den 3 maj.

/Ola""",
             X("question"),
             "practical question from a (presumably registered) participant; mentions 3 May but books nothing"),

        mail("ac015", "2027-01-13T15:05", ("Sanna Åkerlund", "sanna.akerlund@gmail.com"), "DalaLab",
             """Hej Linnea!

Jag vill anmäla mig till DalaLab, alla träffar. Jobbar som planarkitekt på
Orsa kommun men skriver från privata mejlen eftersom jobbmejlen krånglar
i mobilen.

Jag har nötallergi!

// Sanna Åkerlund

Skickat från min iPhone""",
             X("register", [P("Sanna Åkerlund", "sanna.akerlund@gmail.com", "Orsa kommun")], ALL, diet="nötallergi"),
             "private gmail address, organisation only from the text; diet 'nötallergi'; iPhone footer"),

        mail("ac016", "2027-01-15T09:00", ("Microsoft Outlook", "postmaster@falun.se"),
             "Olevererbart: Bekräftelse på anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare:

johan.persson@falun.se
Mottagarens e-postadress hittades inte i mottagarens e-postsystem.

Diagnostisk information för administratörer:
Genererande server: AM0PR02MB5123.eurprd02.prod.outlook.com
johan.persson@falun.se
Fjärrserver returnerade '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: johan.persson@falun.se
Subject: Bekräftelse på anmälan till DalaLab
Date: Fri, 15 Jan 2027 08:59:12 +0100

Hej Johan! Du är anmäld till DalaLab den 3 maj och 21 september 2027.""",
             X("auto_reply"),
             "bounce (NDR) of the organiser's own confirmation; quoted dates and a name must not register anyone"),

        mail("ac017", "2027-01-19T11:11", ("Agneta Lindström", "agneta.lindstrom@smedjebacken.se"), "Anmälan Smedjebacken",
             """Hej!

Från Smedjebackens kommun kommer vi tre:

Lindström, Agneta  –  agneta.lindstrom@smedjebacken.se
Björk, Hampus  –  hampus.bjork@smedjebacken.se
Olofsson, Reza  –  reza.olofsson@smedjebacken.se

Vi är med på alla fyra tillfällen.

/Agneta

--
Agneta Lindström | Översiktsplanerare | Smedjebackens kommun
Kyrkogatan 7, 777 81 Smedjebacken | 0240-660 00""",
             X("register", [P("Agneta Lindström", "agneta.lindstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Hampus Björk", "hampus.bjork@smedjebacken.se", "Smedjebackens kommun"),
                            P("Reza Olofsson", "reza.olofsson@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "'Efternamn, Förnamn' list of three including the sender; 'alla fyra tillfällen'"),

        mail("ac018", "2027-01-22T14:27", ("Sophie Turner", "sophie.turner@leksand.se"), "Signing up – DalaLab",
             """Hi Linnea,

I'm new at Leksand municipality (started in January as a planning
architect) and my manager asked me to sign up for DalaLab. My Swedish is
still a work in progress, hope English is fine!

I can attend on 21 September and 29 November. Unfortunately I'm away on
3 May, and I don't know my schedule for 2028 yet.

Thanks,
Sophie Turner
Leksands kommun""",
             X("register", [P("Sophie Turner", "sophie.turner@leksand.se", "Leksands kommun")], [S2, S3]),
             "English signup for two named dates; 3 May excluded, 2028 undecided = not booked"),

        mail("ac019", "2027-01-26T08:05", ("Karolina Wester", "karolina.wester@gagnef.se"), "Fråga inför anmälan",
             """Hej!

Vi funderar på att anmäla oss från Gagnef, troligen två personer. Måste man
gå på alla fyra träffarna, eller går det bra att bara komma den 3 maj och
den 22 februari? Vi återkommer med namn när vi vet.

Hälsningar
Karolina Wester
Gagnefs kommun""",
             X("question"),
             "question that mentions dates and 'anmäla oss' but books nobody yet"),

        tg("ac020", "2027-01-28T20:15", "Frida L", 7140028315,
           "Hej! Jag och min kollega Oskar Berglund från Malung-Sälen vill gärna vara med på alla träffarna. Jag heter Frida Lund. Oskar är vegetarian.",
           X("register", [P("Frida Lund", None, "Malung-Sälens kommun"),
                          P("Oskar Berglund", None, "Malung-Sälens kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "telegram; sender's full name only in the text; colleague's diet"),

        mail("ac021", "2027-02-02T10:48", ("Mattias Öberg", "mattias.oberg@borlange.se"), "DalaLab",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<div>Hej Linnea!</div>
<div>&nbsp;</div>
<div>Jag vill anmäla mig till höstens träff i DalaLab. Temat om utvecklingsinriktning låter särskilt relevant för oss just nu.</div>
<div>&nbsp;</div>
<div>Vänliga hälsningar</div>
<div><b>Mattias Öberg</b><br>Samhällsplanerare<br>Borlänge kommun<br>
<span style="color:#888">Tfn 0243-74 12 09 &middot; Röda vägen 50, 781 81 Borlänge</span></div>
</body></html>""",
             X("register", [P("Mattias Öberg", "mattias.oberg@borlange.se", "Borlänge kommun")], [S2],
               unsure=["sessions"]),
             "HTML-only; 'höstens träff' singular, but the theme he names (utvecklingsinriktning) points to 21 Sep; organiser might still confirm",
             html=True),

        mail("ac022", "2027-02-04T13:03", ("Samhällsplanering Region Dalarna", "samhallsplanering@regiondalarna.se"),
             "Anmälan DalaLab – Johanna Fält",
             """Hej,

Vi anmäler Johanna Fält (johanna.falt@regiondalarna.se) till DalaLab,
samtliga tillfällen.

Hälsningar
Funktionsbrevlådan Samhällsplanering
Region Dalarna""",
             X("register", [P("Johanna Fält", "johanna.falt@regiondalarna.se", "Region Dalarna")], ALL),
             "function mailbox registers a person whose address is in the text; mailbox is not a person"),

        mail("ac023", "2027-02-08T09:37", ("Bengt Östberg", "bengt.ostberg@rattvik.se"), "Anmälan",
             """Anmäler mig till 3 maj och 29 nov.

Mvh Bengt

Bengt Östberg
Planarkitekt
Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-70 000""",
             X("register", [P("Bengt Östberg", "bengt.ostberg@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "terse iso-8859-1 signup; '29 nov' abbreviated; postcode and phone in signature",
             charset="iso-8859-1"),

        mail("ac024", "2027-02-10T16:55", ("Clara Björnberg", "clara.bjornberg@lansstyrelsen.se"),
             "Automatic reply: Anmälan DalaLab",
             """Thank you for your email. I am out of the office until 15 February and
have limited access to email. For urgent matters please contact
registrator.dalarna@lansstyrelsen.se.

Tack för ditt mejl. Jag är på tjänsteresa till och med 15 februari.

Clara Björnberg
Länsstyrelsen Dalarna""",
             X("auto_reply"),
             "bilingual out-of-office; a return date is not a session"),

        mail("ac025", "2027-02-12T11:20", ("Stefan Jonsson", "stefan.jonsson@alvdalen.se"), "Anmälan DalaLab, Älvdalen",
             """Hej!

Vi anmäler oss tre från Älvdalens kommun:

  Namn            Roll                   Kost
  Stefan Jonsson  Planeringsarkitekt     -
  Maria Bäck      Miljöstrateg           glutenfri
  Nils Hed        Näringslivsutvecklare  -

Vi kommer på alla träffar utom den 21 september, då har vi
kommunfullmäktige.

Hälsningar
Stefan Jonsson
Älvdalens kommun
Dalgatan 16, 796 80 Älvdalen
0251-310 00""",
             X("register", [P("Stefan Jonsson", "stefan.jonsson@alvdalen.se", "Älvdalens kommun"),
                            P("Maria Bäck", None, "Älvdalens kommun", diet="glutenfri"),
                            P("Nils Hed", None, "Älvdalens kommun")], [S1, S3, S4], diet="glutenfri"),
             "plain-text table of three incl. sender; 'alla utom 21 september'; diet in a column"),

        mail("ac026", "2027-02-16T08:44", ("Emil Rask", "emil.rask@avesta.se"), "Ändring DalaLab",
             """Hej Linnea,

Jag anmälde mig via Telegram i december till 21/9 och 22/2. Nu har jag fått
klartecken från chefen att gå på hela serien, så jag vill gärna vara med på
alla fyra träffarna i stället.

Tack!
Emil Rask
Planarkitekt, Avesta kommun
0226-64 50 00""",
             X("change", [P("Emil Rask", "emil.rask@avesta.se", "Avesta kommun")], ALL),
             "change that extends an earlier signup to all four; old dates named; sessions after the change"),

        tg("ac027", "2027-02-19T14:00", "Mikael Strand", 829145307,
           "Hi! This is Mikael Strand from Hedemora municipality. Please register me for the first session only (May 3rd). My email is mikael.strand@hedemora.se",
           X("register", [P("Mikael Strand", "mikael.strand@hedemora.se", "Hedemora kommun")], [S1]),
           "English telegram; e-mail given in text; 'first session only'"),

        mail("ac028", "2027-02-23T10:10", ("Region Dalarna IT-support", "no-reply@regiondalarna-secure.com"),
             "Åtgärd krävs: din anmälan till DalaLab kunde inte verifieras",
             """Hej,

Vi kunde inte verifiera din anmälan till DalaLab 2027. För att behålla din
plats på träffen 3 maj måste du logga in och bekräfta dina uppgifter inom
24 timmar:

https://regiondalarna-secure.com/dalalab/verify?id=88231

Om du inte bekräftar kommer anmälan att makuleras.

IT-support
Region Dalarna""",
             X("unknown"),
             "phishing from a look-alike domain, dressed as registration; no request"),

        mail("ac029", "2027-02-25T09:25", ("Linus Ahlgren", "linus.ahlgren@mora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi blir två från Mora: jag och Helena Krantz <helena.krantz@mora.se>.
Vi kommer den 3 maj, den 21 sept och den 22 feb. Helena behöver laktosfri
kost.

Hälsningar
Linus Ahlgren
Trafik- och samhällsplanerare
Mora kommun
Mobil 070-245 11 80

""" + OUTLOOK_HDR.format(to="Ahlgren Linus <linus.ahlgren@mora.se>") + INVIT,
             X("register", [P("Linus Ahlgren", "linus.ahlgren@mora.se", "Mora kommun"),
                            P("Helena Krantz", "helena.krantz@mora.se", "Mora kommun", diet="laktosfri")],
               [S1, S2, S4], diet="laktosfri"),
             "Outlook reply quoting the invitation; three dates written short ('21 sept', '22 feb'); colleague's diet"),

        mail("ac030", "2027-03-01T13:31", ("Petter Hallin", "petter.hallin@gagnef.se"), "Radera mina uppgifter",
             """Hej,

Jag har fått flera utskick om DalaLab men har aldrig anmält mig och tänker
inte göra det heller. Jag begär att ni raderar alla personuppgifter ni har
om mig och tar bort mig från era sändlistor, enligt artikel 17 i GDPR.

Petter Hallin""",
             X("erasure", [P("Petter Hallin", "petter.hallin@gagnef.se", "Gagnefs kommun")]),
             "erasure request; organisation only from the gagnef.se domain"),

        mail("ac031", "2027-03-04T15:40", ("Yvonne Sjödin", "yvonne.sjodin@sater.se"), "Avanmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body>
<p>Hej Linnea,</p>
<p>V&aring;ra tv&aring; deltagare fr&aring;n S&auml;ter, <b>Lisa Ek</b> och <b>Johan Berg</b>, m&aring;ste tyv&auml;rr avanm&auml;la sig fr&aring;n h&ouml;stens tv&aring; tr&auml;ffar (21/9 och 29/11) p&aring; grund av en omorganisation. Tr&auml;ffarna i maj och i februari 2028 st&aring;r kvar.</p>
<p>Med v&auml;nlig h&auml;lsning<br>
Yvonne Sj&ouml;din<br>
Enhetschef, Plan och bygg<br>
S&auml;ters kommun<br>
Box 85, 783 22 S&auml;ter &middot; 0225-550 00</p>
</body></html>""",
             X("cancel", [P("Lisa Ek", None, "Säters kommun"), P("Johan Berg", None, "Säters kommun")], [S2, S3]),
             "HTML-only iso-8859-1 partial cancellation for two colleagues by their manager; sender not among people; kept sessions not in the label",
             html=True, charset="iso-8859-1"),

        mail("ac032", "2027-03-08T10:02", ("Ulrika Sund", "ulrika.sund@leksand.se"), "Lägga till en träff",
             """Hej!

Jag är anmäld till DalaLab den 3 maj och den 21 september. Kan du lägga
till mig på träffen den 29 november också? Det har visat sig att jag kan
komma då.

Tack på förhand,
Ulrika Sund
Miljö- och byggförvaltningen
Leksands kommun
0247-800 00""",
             X("change", [P("Ulrika Sund", "ulrika.sund@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "adds a session to a stated existing signup -> sessions after the change are all three"),

        mail("ac033", "2027-03-10T12:15", ("Jonas Lindkvist", "jonas.lindkvist@ludvika.se"), "Digitalt deltagande?",
             """Hej Linnea,

Är alla fyra träffarna fysiska, eller finns det möjlighet att delta via
Teams den 29 november? Det skulle göra det lättare för oss som har långt
att åka.

Mvh Jonas Lindkvist
Ludvika kommun""",
             X("question"),
             "question about remote participation naming a session date; no booking"),

        tg("ac034", "2027-03-12T17:20", "Emil Rask", 5517302468,
           "hej, jag måste stryka mig från 21 september, det krockar med fullmäktige. resten gäller som vanligt /emil",
           X("cancel", [P("Emil Rask", None, None)], [S2]),
           "telegram partial cancellation of one date; no organisation in the text; 'resten gäller'"),

        mail("ac035", "2027-03-16T09:05", ("Marie Hedberg", "marie.hedberg@falun.se"), "Byte av deltagare DalaLab",
             """Hej,

Karl Svensson på vår planenhet kan inte gå på DalaLab längre eftersom han
går över till en annan tjänst. I stället kommer Therese Olsson
(therese.olsson@falun.se) att delta, på samtliga fyra träffar.

Hälsningar
Marie Hedberg
Planchef, Falu kommun
023-830 00""",
             X("change", [P("Karl Svensson", None, "Falu kommun"),
                          P("Therese Olsson", "therese.olsson@falun.se", "Falu kommun")], ALL),
             "substitution by manager: withdrawn colleague and substitute are people, sender is not; sessions = substitute's"),

        mail("ac036", "2027-03-19T11:48", ("Persson Gunilla", "gunilla.persson@hedemora.se"), "SV: Påminnelse DalaLab",
             """Hej Linnea,

Tyvärr måste jag avanmäla mig från DalaLab. Jag har fått en ny tjänst i
Uppsala och slutar i Hedemora i slutet av april.

Tack för att jag fick vara med i planeringen, och lycka till med projektet!

Gunilla

Gunilla Persson
Översiktsplanerare, Hedemora kommun
Direkt: 0225-342 17

________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 17 mars 2027 08:30
Ämne: Påminnelse DalaLab

""" + REMINDER,
             X("cancel", [P("Gunilla Persson", "gunilla.persson@hedemora.se", "Hedemora kommun")], ALL),
             "whole cancellation (no date named -> all four) in a reply quoting a reminder with all dates; 'slutet av april' is no session"),

        mail("ac037", "2027-03-22T14:14", ("Bengt Östberg", "bengt.ostberg@rattvik.se"), "Byte av datum",
             """Hej igen,

Jag är anmäld till 3 maj och 29 november. Går det att byta 29 november mot
22 februari 2028 i stället? 3 maj står kvar.

Mvh Bengt Östberg
Rättviks kommun""",
             X("change", [P("Bengt Östberg", "bengt.ostberg@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "swap with the kept session stated -> sessions after the change 3 May + 22 Feb"),

        tg("ac038", "2027-03-25T08:30", "Frida L", 7140028315,
           "Hej igen, Frida Lund här. Ville bara säga att jag numera behöver glutenfri kost, gäller alla fyra träffarna som jag är anmäld till.",
           X("change", [P("Frida Lund", None, None, diet="glutenfri")], ALL, diet="glutenfri"),
           "telegram diet update for an existing signup; sessions stated as all four; no organisation in this text"),

        mail("ac039", "2027-03-29T10:40", ("Stefan Jonsson", "stefan.jonsson@alvdalen.se"), "Maria Bäck – 3 maj",
             """Hej,

Maria Bäck, som jag anmälde i februari, kommer tyvärr inte att kunna delta
den 3 maj. Hon är kvar på de övriga träffarna hon är anmäld till.

Hälsningar
Stefan Jonsson
Älvdalens kommun""",
             X("cancel", [P("Maria Bäck", None, "Älvdalens kommun")], [S1]),
             "iso-8859-1; colleague's partial cancellation by the sender, who is not among people",
             charset="iso-8859-1"),

        mail("ac040", "2027-04-01T09:12", ("Sanna Moberg", "sanna.akerlund@gmail.com"), "Nytt namn och ny mejladress",
             """Hej!

Jag har gift mig och bytt efternamn från Åkerlund till Moberg. Nu fungerar
också jobbmejlen, så använd gärna sanna.moberg@orsa.se framöver i stället
för gmailen.

Anmälan gäller som förut, alla fyra träffarna.

Hälsningar
Sanna Moberg
Orsa kommun""",
             X("change", [P("Sanna Moberg", "sanna.moberg@orsa.se", "Orsa kommun")], ALL),
             "details change (new surname, new work address) from the old private address; old name/address not a second person"),

        mail("ac041", "2027-04-05T16:03", ("Daniel Hughes", "daniel.hughes@regiondalarna.se"), "DalaLab – February session",
             """Hi Linnea,

Unfortunately I have to withdraw from the February session (22 Feb 2028),
as I'll be on parental leave from January. The 3 May session is still fine
for me.

Best,
Daniel""",
             X("cancel", [P("Daniel Hughes", "daniel.hughes@regiondalarna.se", "Region Dalarna")], [S4]),
             "English partial cancellation; the kept date (3 May) is not cancelled"),

        tg("ac042", "2027-04-06T11:25", "Petra Holm", 6031847720,
           "Hej, Petra Holm på Säters kommun här. Måste tyvärr avanmäla mig helt från DalaLab, har fått ny tjänst. Förlåt för strulet!",
           X("cancel", [P("Petra Holm", None, "Säters kommun")], ALL),
           "telegram whole cancellation ('helt') -> all four"),

        mail("ac043", "2027-04-07T13:50", ("Agneta Lindström", "agneta.lindstrom@smedjebacken.se"), "Ändring 29 november",
             """Hej Linnea,

Jag kan inte gå på träffen den 29 november (krockar med budgetarbetet),
men min kollega Peter Wahl, peter.wahl@smedjebacken.se, går i mitt ställe
den dagen. Övriga träffar går jag på som planerat.

/Agneta

--
Agneta Lindström | Översiktsplanerare | Smedjebackens kommun
Kyrkogatan 7, 777 81 Smedjebacken | 0240-660 00""",
             X("change", [P("Agneta Lindström", "agneta.lindstrom@smedjebacken.se", "Smedjebackens kommun"),
                          P("Peter Wahl", "peter.wahl@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "one-session substitution: sender withdrawn for 29 Nov, colleague in; sessions = what the substitute takes"),

        mail("ac044", "2027-04-08T15:30", ("Sophie Turner", "sophie.turner@leksand.se"), "Re: Signing up – DalaLab",
             """Hi again Linnea,

I'm registered for 21 September and 29 November, but my trip in May has
been cancelled, so I can join on 3 May as well. Could you please add me
for that session too?

Thanks a lot,
Sophie

> I can attend on 21 September and 29 November. Unfortunately I'm away on
> 3 May, and I don't know my schedule for 2028 yet.""",
             X("change", [P("Sophie Turner", "sophie.turner@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "English: adds 3 May to a stated signup; quotes her own earlier mail; 2028 still not booked"),

        tg("ac045", "2027-04-09T18:10", "Nils Dahlgren", 1984420067,
           "hej! hinner jag anmäla mig fortfarande? isf vill jag gå på alla träffarna. Nils Dahlgren, Gagnef, nils.dahlgren@gagnef.se",
           X("register", [P("Nils Dahlgren", "nils.dahlgren@gagnef.se", "Gagnefs kommun")], ALL),
           "late telegram signup phrased around a question ('hinner jag?') but clearly asks to be registered for all"),
    ]
