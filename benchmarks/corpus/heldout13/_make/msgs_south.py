from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# ---------------------------------------------------------------- quoted material

INV = """Hej!

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
Region Dalarna"""

INV_SUBJECT = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

REMINDER = """Hej!

En påminnelse: sista dag att anmäla sig till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028, alla i Falun kl. 10–15. Varje kommun kan delta med upp till tre personer.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis
Region Dalarna"""


def quote(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def outlook_head(to, sent, subject=INV_SUBJECT, frm="Linnea Hassis <linnea.hassis@regiondalarna.se>"):
    return f"""________________________________
Från: {frm}
Skickat: {sent}
Till: {to}
Ämne: {subject}
"""


def confirmation(first, dates):
    lines = "\n".join(f"- {d}" for d in dates)
    return f"""Hej {first}!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

{lines}

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna"""


D1 = "3 maj 2027, kl. 10.00–15.00, Falun"
D2 = "21 september 2027"
D3 = "29 november 2027"
D4 = "22 februari 2028"


def messages():
    return [
        # ------------------------------------------------------------ Falun, planchef signs up three
        mail("n046", "2026-12-02T08:47", ("Berggren Helena", "helena.berggren@falun.se"),
             "SV: " + INV_SUBJECT,
             """Hej Linnea,

Tack för inbjudan – det här ligger helt rätt i tiden för oss eftersom vi precis har dragit igång arbetet med en ny översiktsplan.

Från Falu kommun anmäler jag följande tre personer till samtliga träffar:

Helena Berggren, planchef, helena.berggren@falun.se
Daniel Åhman, översiktsplanerare, daniel.ahman@falun.se
Leyla Demir, strateg hållbar utveckling, leyla.demir@falun.se

Leyla behöver vegetarisk kost, vi andra äter allt.

Hör av dig om du behöver något mer från oss.

Vänliga hälsningar

Helena Berggren
Planchef
Planeringsavdelningen, Samhällsbyggnadsförvaltningen
Falu kommun
Besöksadress: Stigaregatan 2, Falun
Tfn 023-83 000 (vx), direkt 023-86 14 52
www.falun.se

""" + outlook_head("Berggren Helena <helena.berggren@falun.se>", "den 26 november 2026 10:02") + "\n" + INV,
             X("register", [P("Helena Berggren", "helena.berggren@falun.se", "Falu kommun"),
                            P("Daniel Åhman", "daniel.ahman@falun.se", "Falu kommun"),
                            P("Leyla Demir", "leyla.demir@falun.se", "Falu kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "Outlook reply: planchef signs up herself and two colleagues (list with titles and addresses) for 'samtliga träffar'; one vegetarian; quoted invitation"),

        # ------------------------------------------------------------ Borlänge registry auto receipt
        mail("n047", "2026-12-08T13:02", ("Borlänge kommun", "kommun@borlange.se"),
             "Vi har tagit emot ditt meddelande: VB: " + INV_SUBJECT,
             """Tack för ditt meddelande till Borlänge kommun!

Detta är ett automatiskt svar – du behöver inte svara på det.

Vi har tagit emot din e-post. Den registreras och lämnas vidare till berörd förvaltning eller handläggare. Meddelanden som kommer in efter kl. 15.00 registreras nästa arbetsdag.

Tänk på att e-post till kommunen blir allmän handling. Skicka inte känsliga personuppgifter via e-post.

Har du frågor är du välkommen att kontakta Kontaktcenter, måndag–fredag 08.00–16.30, telefon 0243-740 00.

Med vänlig hälsning
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
www.borlange.se""",
             X("auto_reply"),
             "automatic receipt from Borlänge's registry mailbox (kommun@) for a forwarded invitation; no person, no session"),

        # ------------------------------------------------------------ Ludvika coordinator, address pattern
        mail("n048", "2026-12-09T14:31", ("Annelie Grahn", "annelie.grahn@ludvika.se"),
             "Anmälan DalaLab – Ludvika kommun",
             """Hej!

På uppdrag av vår enhetschef Per Sköld anmäler jag följande medarbetare från Ludvika kommun till DalaLab, alla fyra träffarna:

- Tobias Malm, översiktsplanerare
- Sara Nordin, planarkitekt
- Mikael Holst, trafikplanerare

E-postadresserna följer mönstret förnamn.efternamn@ludvika.se. Ingen av dem har angett någon specialkost.

Om det blir aktuellt med fakturering så är vår referens 4410-SBF.

Med vänlig hälsning

Annelie Grahn
Administrativ samordnare
Samhällsbyggnadsförvaltningen
Ludvika kommun
771 82 Ludvika
Tfn 0240-860 00""",
             X("register", [P("Tobias Malm", "tobias.malm@ludvika.se", "Ludvika kommun"),
                            P("Sara Nordin", "sara.nordin@ludvika.se", "Ludvika kommun"),
                            P("Mikael Holst", "mikael.holst@ludvika.se", "Ludvika kommun")], ALL),
             "administrative coordinator registers three colleagues (not herself) on behalf of the manager; addresses given as a pattern"),

        # ------------------------------------------------------------ Telegram, Smedjebacken
        tg("n049", "2026-12-11T21:14", "Jenny Kvist", 6204418830,
           "hej! jobbar med ÖP:n på smedjebackens kommun. vill anmäla mig till 3/5 och 21/9 🙂 /jenny kvist",
           X("register", [P("Jenny Kvist", None, "Smedjebackens kommun")], [S1, S2]),
           "telegram lower case, '3/5 och 21/9'"),

        # ------------------------------------------------------------ Avesta, Gmail reply, three of four
        mail("n050", "2026-12-14T09:02", ("Lan Nguyen", "lan.nguyen@avesta.se"),
             "Re: " + INV_SUBJECT,
             """Hej Linnea!

Jag vill gärna anmäla mig till DalaLab. Första träffen i maj krockar med ett kommunfullmäktige som jag måste vara med på, men de övriga tre kan jag: 21/9, 29/11 och 22/2.

Specialkost: glutenfri (celiaki).

Hälsningar
Lan Nguyen
Samhällsplanerare, Avesta kommun
0226-64 50 00

Den tors 26 nov. 2026 kl 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + quote(INV),
             X("register", [P("Lan Nguyen", "lan.nguyen@avesta.se", "Avesta kommun", diet="glutenfri")],
               [S2, S3, S4], diet="glutenfri"),
             "Gmail reply with '>'-quoted invitation; skips the May session, '21/9, 29/11 och 22/2'; diet glutenfri"),

        # ------------------------------------------------------------ Hedemora, questions before signing up
        mail("n051", "2026-12-16T11:20", ("Magnus Ekholm", "magnus.ekholm@hedemora.se"),
             "Fråga om DalaLab",
             """Hej Linnea,

Vi är intresserade av DalaLab här i Hedemora men har några frågor innan vi anmäler någon:

1. Hålls alla fyra träffarna i Falun, eller flyttar de runt i länet?
2. Ingår lunch?
3. Vi är en liten planenhet och skulle helst vilja skicka olika personer beroende på tema. Går det att anmäla olika personer till olika träffar, så länge vi är högst tre per gång?

Tacksam för svar.

Vänliga hälsningar
Magnus Ekholm
Enhetschef plan och bygg
Hedemora kommun
Tfn 0225-340 00""",
             X("question"),
             "manager's numbered questions (place, lunch, rotating people) before any signup"),

        # ------------------------------------------------------------ Länsstyrelsen, self + colleague, nut allergy
        mail("n052", "2026-12-17T15:40", ("Granström Eva", "eva.granstrom@lansstyrelsen.se"),
             "Anmälan DalaLab från Länsstyrelsen Dalarna",
             """Hej Linnea,

Länsstyrelsen vill gärna delta i lärprojektet. Jag anmäler härmed mig själv och min kollega Ali Rezaei (ali.rezaei@lansstyrelsen.se), båda från enheten för samhällsplanering och kulturmiljö. Vi kommer på alla fyra träffarna.

Ali har nötallergi (jordnötter och trädnötter) – meddela gärna köket.

Med vänliga hälsningar

Eva Granström
Planhandläggare
Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna
791 84 Falun
Tel: 010-225 00 00

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter. Läs mer om hur vi behandlar personuppgifter på www.lansstyrelsen.se/dalarna.""",
             X("register", [P("Eva Granström", "eva.granstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ali Rezaei", "ali.rezaei@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "Länsstyrelsen: self + colleague with address, all four; colleague's nut allergy; GDPR footer and 791 84 Falun postal address"),

        # ------------------------------------------------------------ Region Dalarna colleague, two first
        mail("n053", "2026-12-18T10:05", ("Johanna Persson", "johanna.persson@regiondalarna.se"),
             "DalaLab",
             """Hej Linnea!

Skriv upp mig på de två första träffarna, alltså maj och september. Sen får vi se hur det ser ut med min planering längre fram.

/Johanna

Johanna Persson
Analytiker
Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00""",
             X("register", [P("Johanna Persson", "johanna.persson@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "internal short mail from a Region Dalarna colleague: 'de två första träffarna, alltså maj och september'"),

        # ------------------------------------------------------------ Säter, form-like list
        mail("n054", "2027-01-08T13:22", ("Gustafsson Anders", "anders.gustafsson@sater.se"),
             "Anmälan till DalaLab",
             """Hej,

Här kommer Säters anmälan till DalaLab enligt inbjudan.

Namn: Anders Gustafsson
Organisation: Säters kommun, Bygg- och miljöförvaltningen
E-post: anders.gustafsson@sater.se
Specialkost: –
Träffar: alla

Namn: Linda Mäkinen
Organisation: Säters kommun, Kommunledningskontoret
E-post: linda.makinen@sater.se
Specialkost: laktosfri
Träffar: alla

Vi återkommer om en eventuell tredje deltagare när vår nya planarkitekt har börjat i mars.

Med vänlig hälsning

Anders Gustafsson
Stadsarkitekt
Säters kommun
Box 85, 783 22 Säter
0225-550 00""",
             X("register", [P("Anders Gustafsson", "anders.gustafsson@sater.se", "Säters kommun"),
                            P("Linda Mäkinen", "linda.makinen@sater.se", "Säters kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "two form-like blocks (Namn/Organisation/E-post/Specialkost/Träffar: alla); a possible third person later is not registered"),

        # ------------------------------------------------------------ Hedemora out-of-office
        mail("n055", "2026-12-22T16:41", ("Magnus Ekholm", "magnus.ekholm@hedemora.se"),
             "Automatiskt svar: SV: Fråga om DalaLab",
             """Hej!

Jag är ledig till och med den 6 januari och läser inte min e-post under tiden.

Vid brådskande ärenden om bygglov, kontakta bygglov@hedemora.se eller kommunens växel 0225-340 00. För planärenden kan du vända dig till min kollega Sanna Tillberg, sanna.tillberg@hedemora.se.

God jul och gott nytt år!

Magnus Ekholm
Enhetschef plan och bygg
Hedemora kommun""",
             X("auto_reply"),
             "Swedish out-of-office over Christmas ('Automatiskt svar:'), names a colleague and an address; not a signup"),

        # ------------------------------------------------------------ Gagnef, iPhone, vegan
        mail("n056", "2027-01-10T19:33", ("Elias Sundberg", "elias.sundberg@gagnef.se"),
             "Re: " + INV_SUBJECT,
             """Hej, vill anmäla mig till alla fyra. Äter vegansk kost.
Elias Sundberg, Gagnefs kommun

Skickat från min iPhone

> 26 nov. 2026 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
""" + quote(INV),
             X("register", [P("Elias Sundberg", "elias.sundberg@gagnef.se", "Gagnefs kommun", diet="vegansk")],
               ALL, diet="vegansk"),
             "two-line phone reply, 'alla fyra', vegan; full invitation quoted below"),

        # ------------------------------------------------------------ Borlänge, HTML Outlook
        mail("n057", "2027-01-13T10:48", ("Öberg Mattias", "mattias.oberg@borlange.se"),
             "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jag anm&auml;ler mig h&auml;rmed till tr&auml;ff 1, 3 och 4 i DalaLab. Den 21 september har vi tyv&auml;rr planeringsdagar p&aring; f&ouml;rvaltningen s&aring; den f&aring;r jag st&aring; &ouml;ver.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<o:p></o:p></p>
<p class="MsoNormal"><b>Mattias &Ouml;berg</b><br>
&Ouml;versiktsplanerare<br>
Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>
Borl&auml;nge kommun<br>
Tel 0243-740 00<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Borl&auml;nge kommun behandlar personuppgifter enligt dataskyddsf&ouml;rordningen. L&auml;s mer p&aring; www.borlange.se/personuppgifter</span><o:p></o:p></p>
</div>
</body></html>""",
             X("register", [P("Mattias Öberg", "mattias.oberg@borlange.se", "Borlänge kommun")], [S1, S3, S4]),
             "HTML-only Outlook mail with entities; 'träff 1, 3 och 4', explains why not 21 September", html=True),

        # ------------------------------------------------------------ Borlänge, partial cancel
        mail("n058", "2027-02-18T15:12", ("Öberg Mattias", "mattias.oberg@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Vi har fått besked om att budgetberedningen läggs den 29 november, så jag måste tyvärr stryka den träffen. 3 maj och 22 februari kommer jag på som planerat.

Mvh
Mattias Öberg
Borlänge kommun

""" + outlook_head("Öberg Mattias <mattias.oberg@borlange.se>", "den 13 januari 2027 11:02",
                   subject="Bekräftelse: anmälan till DalaLab",
                   frm="DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>") + "\n"
             + confirmation("Mattias", [D1, D3, D4]),
             X("cancel", [P("Mattias Öberg", "mattias.oberg@borlange.se", "Borlänge kommun")], [S3]),
             "reply to his confirmation: withdraws from 29 November, keeps 3 May and 22 February -> cancel of one session"),

        # ------------------------------------------------------------ Ludvika substitution
        mail("n059", "2027-02-22T09:18", ("Annelie Grahn", "annelie.grahn@ludvika.se"),
             "SV: Anmälan DalaLab – Ludvika kommun",
             """Hej igen Linnea,

En ändring i Ludvikas anmälan: Sara Nordin har slutat hos oss. Hennes plats tas över av Rikard Ståhl (rikard.stahl@ludvika.se), som går på alla fyra träffarna i stället. Tobias och Mikael står kvar som tidigare.

Med vänlig hälsning

Annelie Grahn
Administrativ samordnare
Samhällsbyggnadsförvaltningen
Ludvika kommun
Tfn 0240-860 00

""" + outlook_head("Hassis Linnea <linnea.hassis@regiondalarna.se>", "den 9 december 2026 14:31",
                   subject="Anmälan DalaLab – Ludvika kommun",
                   frm="Grahn Annelie <annelie.grahn@ludvika.se>") + """
Hej!

På uppdrag av vår enhetschef Per Sköld anmäler jag följande medarbetare från Ludvika kommun till DalaLab, alla fyra träffarna:

- Tobias Malm, översiktsplanerare
- Sara Nordin, planarkitekt
- Mikael Holst, trafikplanerare

E-postadresserna följer mönstret förnamn.efternamn@ludvika.se.""",
             X("change", [P("Sara Nordin", None, "Ludvika kommun"),
                          P("Rikard Ståhl", "rikard.stahl@ludvika.se", "Ludvika kommun")], ALL),
             "coordinator's substitution: Sara out, Rikard in for all four; the two who stay are not in people; her own earlier mail quoted"),

        # ------------------------------------------------------------ consultant taking a Smedjebacken place
        mail("n060", "2027-01-18T08:26", ("Karl-Johan Wester", "kj.wester@norrplan.se"),
             "Anmälan DalaLab (Smedjebackens kommun)",
             """Hej Linnea,

Jag arbetar som konsult åt Smedjebackens kommun med deras nya översiktsplan. Enligt överenskommelse med kommunens planchef Maria Lönn tar jag en av Smedjebackens tre platser i DalaLab.

Jag anmäler mig därför till samtliga fyra träffar.

Vänliga hälsningar
Karl-Johan Wester
Planeringsarkitekt FPR/MSA
Norrplan AB
Åsgatan 12, 791 71 Falun
070-314 22 87
www.norrplan.se""",
             X("register", [P("Karl-Johan Wester", "kj.wester@norrplan.se", "Smedjebackens kommun")], ALL),
             "consultant who says he takes one of Smedjebacken's places -> that municipality; firm's Falun address"),

        # ------------------------------------------------------------ newsletter
        mail("n061", "2027-02-04T07:30", ("Planforum Nyheter", "nyhetsbrev@planforum.se"),
             "Planforum nyhetsbrev februari 2027: ÖP-modellen, nya PBL-ändringar och vårens webbinarier",
             """PLANFORUM NYHETSBREV – FEBRUARI 2027

Hej planerare!

I detta nummer:
• Boverkets ÖP-modell två år senare – vad har kommunerna lärt sig?
• Nya ändringar i plan- och bygglagen från 1 juli 2027
• Vårens webbinarier: anmäl dig redan nu!

WEBBINARIER VÅREN 2027
3 mars kl. 13.00 – Planeringsstrategi i praktiken
21 april kl. 09.00 – Digital tillgänglighet i översiktsplanen
19 maj kl. 13.00 – Scenarioplanering för små kommuner

Anmäl dig på planforum.se/webbinarier. Begränsat antal platser.

Du får detta nyhetsbrev eftersom du prenumererar på Planforums utskick.
Avsluta prenumerationen: planforum.se/avregistrera
Planforum AB, Box 1203, 111 82 Stockholm""",
             X("unknown"),
             "newsletter from a planning forum with its own webinar dates and 'anmäl dig' -> unknown"),

        # ------------------------------------------------------------ Hedemora manager forwards colleague's wish
        mail("n062", "2027-01-20T13:55", ("Ekholm Magnus", "magnus.ekholm@hedemora.se"),
             "VB: DalaLab?",
             """Hej Linnea,

Se nedan – vi anmäler Sanna till de två träffar hon nämner. Tack för svaren på mina frågor förresten!

Mvh
Magnus Ekholm
Enhetschef plan och bygg
Hedemora kommun

-----Ursprungligt meddelande-----
Från: Tillberg Sanna <sanna.tillberg@hedemora.se>
Skickat: den 19 januari 2027 16:40
Till: Ekholm Magnus <magnus.ekholm@hedemora.se>
Ämne: DalaLab?

Hej Magnus!

Jag skulle gärna vilja gå på DalaLab, i alla fall första och tredje träffen (3 maj och 29 november) som känns mest relevanta för vårt ÖP-arbete. Är det ok att jag anmäler mig, eller gör du det?

/Sanna""",
             X("register", [P("Sanna Tillberg", "sanna.tillberg@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "manager forwards (VB:) a colleague's internal mail; sender not registered; sessions and address only in the forwarded part"),

        # ------------------------------------------------------------ Avesta question: remote?
        mail("n063", "2027-01-19T10:12", ("Amir Haddad", "amir.haddad@avesta.se"),
             "Digitalt deltagande DalaLab?",
             """Hej!

Finns det möjlighet att delta digitalt via Teams på någon av träffarna? Vi har ont om tid på planenheten i vår och en heldag i Falun blir mycket med restid.

Om inte så förstår jag, då försöker vi lösa det ändå.

Hälsningar
Amir Haddad
Planarkitekt
Avesta kommun
Tfn 0226-64 50 00""",
             X("question"),
             "question only: can one join via Teams?"),

        # ------------------------------------------------------------ Telegram, Borlänge pair
        tg("n064", "2027-01-28T12:07", "Jonas Lind", 5120887415,
           "hej! anmäl mig o min kollega nadia berisha till första träffen 3 maj. vi jobbar båda på borlänge kommun, samhällsbyggnad",
           X("register", [P("Jonas Lind", None, "Borlänge kommun"), P("Nadia Berisha", None, "Borlänge kommun")], [S1]),
           "telegram: sender + colleague in lower case, 'första träffen 3 maj'"),

        # ------------------------------------------------------------ Falun diet update
        mail("n065", "2027-01-15T08:03", ("Åhman Daniel", "daniel.ahman@falun.se"),
             "Specialkost DalaLab",
             """Hej!

Helena Berggren anmälde mig till DalaLab i december. Jag glömde säga till henne att jag är glutenintolerant – kan ni notera det?

Tack på förhand!

Daniel Åhman
Översiktsplanerare
Falu kommun""",
             X("change", [P("Daniel Åhman", "daniel.ahman@falun.se", "Falu kommun", diet="glutenintolerant")], [],
               diet="glutenintolerant"),
             "diet update for an existing signup made by his manager; no sessions stated -> change with []"),

        # ------------------------------------------------------------ Region, English
        mail("n066", "2027-01-21T14:20", ("Aleksandra Kowalczyk", "aleksandra.kowalczyk@regiondalarna.se"),
             "Registration DalaLab",
             """Hi Linnea,

I hope it is fine to write in English. I would like to register for the two autumn sessions, on 21 September and 29 November. Unfortunately I am travelling in early May and in February 2028 I will most likely be on leave.

No special diet.

Best regards,
Aleksandra Kowalczyk
Regional development planner
Region Dalarna
+46 23 49 00 00""",
             X("register", [P("Aleksandra Kowalczyk", "aleksandra.kowalczyk@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English from a Region Dalarna employee; 'two autumn sessions, on 21 September and 29 November'; May/February mentioned as absences"),

        # ------------------------------------------------------------ Smedjebacken, Outlook reply with Dnr
        mail("n068", "2027-02-01T11:34", ("Heikkinen Tuomas", "tuomas.heikkinen@smedjebacken.se"),
             "SV: " + INV_SUBJECT,
             """Hej Linnea,

Jag anmäler mig till träffarna 3/5 och 29/11. Vi har samråd om vår planeringsstrategi (dnr KS 2026/212) under hösten, så de två valda teman passar oss bäst.

Med vänlig hälsning
Tuomas Heikkinen
Samhällsplanerare
Smedjebackens kommun
Kommunkontoret, Ö Esplanaden 2, 777 80 Smedjebacken
Tfn 0240-66 00 00

""" + outlook_head("Heikkinen Tuomas <tuomas.heikkinen@smedjebacken.se>", "den 26 november 2026 10:02") + "\n" + INV,
             X("register", [P("Tuomas Heikkinen", "tuomas.heikkinen@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "Outlook reply (surname-first display name): '3/5 och 29/11'; dnr, street address and postcode in text and signature"),

        # ------------------------------------------------------------ Säter manager cancels a colleague
        mail("n067", "2027-03-08T10:40", ("Gustafsson Anders", "anders.gustafsson@sater.se"),
             "Avanmälan DalaLab – Linda Mäkinen",
             """Hej Linnea,

Linda Mäkinen har fått en ny tjänst i en annan kommun och slutar hos oss vid månadsskiftet. Jag vill därför avanmäla henne från DalaLab.

Vi hoppas kunna skicka vår nya planarkitekt i hennes ställe och återkommer om det så snart hon har börjat. Min egen anmälan gäller som förut.

Med vänlig hälsning

Anders Gustafsson
Stadsarkitekt
Säters kommun""",
             X("cancel", [P("Linda Mäkinen", None, "Säters kommun")], ALL),
             "manager cancels a departing colleague, no dates -> all four; his own signup unchanged; a future replacement is not yet a registration"),

        # ------------------------------------------------------------ bounce
        mail("n069", "2027-02-01T11:41", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tuomas.heikinen@smedjebacken.se>: host mx.smedjebacken.se[192.0.2.41] said:
    550 5.1.1 <tuomas.heikinen@smedjebacken.se>: Recipient address rejected:
    User unknown in local recipient table (in reply to RCPT TO command)

--- Returned message ---
Subject: Bekräftelse: anmälan till DalaLab
To: tuomas.heikinen@smedjebacken.se

Hej Tuomas!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

- 3 maj 2027, kl. 10.00–15.00, Falun
- 29 november 2027""",
             X("auto_reply"),
             "bounce for a misspelt address; the returned confirmation holds a name and two dates -> nothing to register"),

        # ------------------------------------------------------------ Gagnef, reply to reminder, two people
        mail("n070", "2027-03-23T08:12", ("Lisa Dahlberg", "lisa.dahlberg@gagnef.se"),
             "SV: Påminnelse: sista anmälningsdag DalaLab 14 april",
             """Hej!

Tack för påminnelsen, det var på håll att glömmas bort här. Vi vill anmäla två personer från Gagnefs kommun till höstens båda träffar:

Lisa Dahlberg, lisa.dahlberg@gagnef.se
Hassan Ali, hassan.ali@gagnef.se

Ingen specialkost.

Vänliga hälsningar
Lisa Dahlberg
Planeringsstrateg
Gagnefs kommun
Tfn 0241-150 00

""" + outlook_head("Dahlberg Lisa <lisa.dahlberg@gagnef.se>", "den 22 mars 2027 09:00",
                   subject="Påminnelse: sista anmälningsdag DalaLab 14 april") + "\n" + REMINDER,
             X("register", [P("Lisa Dahlberg", "lisa.dahlberg@gagnef.se", "Gagnefs kommun"),
                            P("Hassan Ali", "hassan.ali@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "reply to the reminder: self + colleague for 'höstens båda träffar' (21 Sep + 29 Nov); reminder quotes all dates and the deadline"),

        # ------------------------------------------------------------ Borlänge, adds a session
        mail("n071", "2027-02-25T16:05", ("Jonas Lind", "jonas.lind@borlange.se"),
             "DalaLab – lägga till en träff",
             """Hej Linnea!

Jag anmälde mig till träffen 3 maj via Telegram för ett tag sedan. Nu har jag fått klartecken från min chef att gå på fler, så jag vill även vara med den 21 september. Alltså 3 maj och 21 september för min del.

Nadia som jag anmälde samtidigt står kvar på bara första träffen.

Hälsningar
Jonas Lind
Samhällsbyggnadsförvaltningen, Borlänge kommun""",
             X("change", [P("Jonas Lind", "jonas.lind@borlange.se", "Borlänge kommun")], [S1, S2]),
             "adds 21 September to an existing 3 May signup -> change with both; colleague unchanged, not in people"),

        # ------------------------------------------------------------ erasure
        mail("n072", "2027-03-02T20:48", ("Robin Ekdahl", "robin.ekdahl@gmail.com"),
             "Ta bort mina uppgifter",
             """Hej,

Jag fick er inbjudan till DalaLab vidarebefordrad av en tidigare kollega, men jag arbetar inte längre med samhällsplanering. Jag vill inte finnas med i era register – radera gärna alla uppgifter om mig.

Mvh
Robin Ekdahl""",
             X("erasure", [P("Robin Ekdahl", "robin.ekdahl@gmail.com", None)]),
             "erasure request from a private gmail address; no organisation"),

        # ------------------------------------------------------------ Region manager, long polite, two staff
        mail("n073", "2027-01-25T09:37", ("Hedström Ulrika", "ulrika.hedstrom@regiondalarna.se"),
             "SV: " + INV_SUBJECT,
             """Hej Linnea,

Tack för ett fint upplagt program. Jag har stämt av med enheten och vi vill gärna att två av våra medarbetare följer hela serien, eftersom arbetet med den regionala utvecklingsstrategin och den regionala fysiska planeringen ligger nära de teman ni tar upp.

Jag anmäler därför:

Oscar Lindblom, oscar.lindblom@regiondalarna.se
Marie Fors, marie.fors@regiondalarna.se

Båda kommer att delta på samtliga fyra träffar. Marie äter laktosfritt. Själv kommer jag tyvärr inte att kunna delta, men jag ser fram emot att höra hur det går.

Varma hälsningar

Ulrika Hedström
Enhetschef Samhällsplanering
Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00

""" + outlook_head("Hedström Ulrika <ulrika.hedstrom@regiondalarna.se>", "den 26 november 2026 10:02") + "\n" + INV,
             X("register", [P("Oscar Lindblom", "oscar.lindblom@regiondalarna.se", "Region Dalarna"),
                            P("Marie Fors", "marie.fors@regiondalarna.se", "Region Dalarna", diet="laktosfritt")],
               ALL, diet="laktosfritt"),
             "Region Dalarna manager registers two staff (not herself) for all four; one eats lactose-free; long polite reply with quoted invitation"),

        # ------------------------------------------------------------ Telegram question, English
        tg("n074", "2027-02-03T18:26", "Daniel Okafor", 7034419256,
           "hi, how long is each session, the whole day? and is it the same venue in falun every time?",
           X("question"),
           "telegram question in English, no signup"),

        # ------------------------------------------------------------ consultant, first and last, no muni place
        mail("n075", "2027-02-15T13:17", ("Sven-Erik Holmqvist", "sven-erik.holmqvist@dalaplankonsult.se"),
             "Anmälan lärprojektet DalaLab",
             """Hej!

Jag är planeringskonsult och har de senaste åren arbetat med översiktsplaner åt bland annat Borlänge och Falu kommun. Jag vill gärna anmäla mig till DalaLab, om även konsulter är välkomna.

Jag kan delta på den första träffen (3 maj) och den sista (22 feb 2028).

Med vänlig hälsning
Sven-Erik Holmqvist
Dalaplan Konsult AB
Tfn 070-228 41 90""",
             X("register", [P("Sven-Erik Holmqvist", "sven-erik.holmqvist@dalaplankonsult.se", None)], [S1, S4]),
             "consultant signs up (and wonders if consultants are welcome); names municipalities he has worked for but takes no place -> organisation null"),

        # ------------------------------------------------------------ Region cancel, polite
        mail("n076", "2027-03-29T10:22", ("Persson Johanna", "johanna.persson@regiondalarna.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Tyvärr har jag fått ett nytt uppdrag inom regionen som gör att jag inte hinner med DalaLab, så jag behöver avanmäla mig från båda träffarna jag var anmäld till, 3 maj och 21 september.

Aleksandra Kowalczyk på vår enhet är ju redan anmäld, så regional utveckling blir representerad ändå.

Ledsen för besväret och lycka till med upplägget!

Johanna Persson
Analytiker, Regional utveckling
Region Dalarna""",
             X("cancel", [P("Johanna Persson", "johanna.persson@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "polite cancellation of both her sessions, named; an already registered colleague is mentioned, not in people"),

        # ------------------------------------------------------------ Lst, self, GDPR footer
        mail("n077", "2027-02-09T08:55", ("Wahlund Per", "per.wahlund@lansstyrelsen.se"),
             "Anmälan – DalaLab",
             """Hej,

Anmäler mig härmed till DalaLab, samtliga fyra träffar. Jag jobbar med klimatanpassning och riksintressen på Lst och har en hel del kontakt med kommunerna i deras ÖP-arbete.

Specialkost: vegetarisk.

Med vänlig hälsning

Per Wahlund
Handläggare, Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen i Dalarnas län
010-225 03 61

Om du har frågor om hur Länsstyrelsen behandlar personuppgifter, se www.lansstyrelsen.se/dalarna/om-oss/personuppgifter.""",
             X("register", [P("Per Wahlund", "per.wahlund@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "Länsstyrelsen self-signup, 'samtliga fyra träffar', vegetarian; 'Lst' and 'Länsstyrelsen i Dalarnas län'"),

        # ------------------------------------------------------------ Avesta swap
        mail("n078", "2027-03-16T14:44", ("Lan Nguyen", "lan.nguyen@avesta.se"),
             "Ändring DalaLab",
             """Hej Linnea!

Fullmäktige i maj har flyttats, så nu kan jag komma på första träffen – men i stället krockar 29 november med en workshop. Kan jag byta 29 november mot 3 maj?

Tack!
Lan Nguyen
Avesta kommun""",
             X("change", [P("Lan Nguyen", "lan.nguyen@avesta.se", "Avesta kommun")], [S1]),
             "bare swap 'byta 29 november mot 3 maj' -> the new session only"),

        # ------------------------------------------------------------ Telegram Säter, lactose-free
        tg("n079", "2027-02-24T07:41", "Hampus Rydén", 1887342260,
           "hej, sater kommun här. anmäler mig till alla fyra träffarna. laktosfri tack! /hampus rydén",
           X("register", [P("Hampus Rydén", None, "Säters kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "telegram: 'sater' without ä, all four, laktosfri"),

        # ------------------------------------------------------------ Region question: politicians?
        mail("n080", "2027-03-01T11:09", ("Björn Lager", "bjorn.lager@regiondalarna.se"),
             "Kan förtroendevalda delta i DalaLab?",
             """Hej Linnea,

Jag har fått frågan från ett par ledamöter i regionala utvecklingsnämnden om förtroendevalda kan delta i DalaLab, eller om det enbart är tänkt för tjänstepersoner. Och om politiker från kommunerna deltar, räknas de i så fall in i kommunens tre platser?

Tacksam för besked så att jag kan svara dem.

Hälsningar
Björn Lager
Nämndsekreterare
Region Dalarna""",
             X("question"),
             "question on whether politicians may attend and whether they count against the quota; no signup"),

        # ------------------------------------------------------------ Hedemora, '>'-quoted, all but one
        mail("n081", "2027-03-03T15:30", ("Oskar Hägglund", "oskar.hagglund@hedemora.se"),
             "Re: " + INV_SUBJECT,
             """Hej!

Jag och min kollega Pia Lund (pia.lund@hedemora.se) vill gärna vara med på alla träffar utom den 21 september. Vi har stämt av med Magnus Ekholm, så vi blir tre från Hedemora tillsammans med Sanna Tillberg som redan är anmäld.

Mvh
Oskar Hägglund
Planarkitekt
Hedemora kommun

Den 26 nov 2026 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quote(INV),
             X("register", [P("Oskar Hägglund", "oskar.hagglund@hedemora.se", "Hedemora kommun"),
                            P("Pia Lund", "pia.lund@hedemora.se", "Hedemora kommun")], [S1, S3, S4]),
             "self + colleague 'alla träffar utom den 21 september'; an already registered colleague and the manager are named, not in people"),

        # ------------------------------------------------------------ English/Swedish OOO Region
        mail("n082", "2027-02-11T10:00", ("Hannah Whitfield", "hannah.whitfield@regiondalarna.se"),
             "Automatiskt svar: DalaLab – information till anmälda",
             """Hej! Jag är föräldraledig till och med 28 februari 2027 och läser inte min e-post. Vid frågor om kollektivtrafikplanering, kontakta trafikavdelningen via region@regiondalarna.se.

Hi! I am on parental leave until 28 February 2027 and will not read my e-mail. For questions about public transport planning, please contact region@regiondalarna.se.

Hannah Whitfield
Region Dalarna""",
             X("auto_reply"),
             "bilingual out-of-office (parental leave until 28 February 2027) triggered by an info mailing"),

        # ------------------------------------------------------------ Falun partial hand-over
        mail("n083", "2027-03-10T13:05", ("Demir Leyla", "leyla.demir@falun.se"),
             "DalaLab – kollega tar två av mina träffar",
             """Hej Linnea,

Jag har fått ett längre uppdrag i ett EU-projekt från i höst. Jag går på första och andra träffen som planerat, men min kollega Rebecka Nilsson (rebecka.nilsson@falun.se) tar över mina platser den 29 november och den 22 februari.

Rebecka har ingen specialkost.

Vänliga hälsningar
Leyla Demir
Strateg hållbar utveckling
Falu kommun
023-83 000""",
             X("change", [P("Leyla Demir", "leyla.demir@falun.se", "Falu kommun"),
                          P("Rebecka Nilsson", "rebecka.nilsson@falun.se", "Falu kommun")], [S3, S4]),
             "partial hand-over: colleague takes her last two sessions -> change with both people and the substitute's sessions"),

        # ------------------------------------------------------------ Säter newcomer after earlier cancel
        mail("n084", "2027-03-25T09:14", ("Gustafsson Anders", "anders.gustafsson@sater.se"),
             "SV: Avanmälan DalaLab – Linda Mäkinen",
             """Hej igen,

Som jag skrev tidigare i mars avanmälde vi Linda Mäkinen. Nu har vår nya planarkitekt börjat, och i Lindas ställe anmäler jag Fatima Yousef, fatima.yousef@sater.se, till samtliga träffar.

Fatima äter halal.

Med vänlig hälsning

Anders Gustafsson
Stadsarkitekt
Säters kommun

""" + outlook_head("Hassis Linnea <linnea.hassis@regiondalarna.se>", "den 8 mars 2027 10:40",
                   subject="Avanmälan DalaLab – Linda Mäkinen",
                   frm="Gustafsson Anders <anders.gustafsson@sater.se>") + """
Hej Linnea,

Linda Mäkinen har fått en ny tjänst i en annan kommun och slutar hos oss vid månadsskiftet. Jag vill därför avanmäla henne från DalaLab.""",
             X("register", [P("Fatima Yousef", "fatima.yousef@sater.se", "Säters kommun", diet="halal")],
               ALL, diet="halal"),
             "newcomer takes the place of a colleague cancelled in an earlier mail -> register of the newcomer only; halal"),

        # ------------------------------------------------------------ Telegram cancel one session
        tg("n085", "2027-04-07T07:58", "Jenny Kvist", 6204418830,
           "hej, jenny på smedjebackens kommun igen. måste tyvärr avanmäla mig från 3 maj, det krockar med ett samrådsmöte. 21/9 står kvar!",
           X("cancel", [P("Jenny Kvist", None, "Smedjebackens kommun")], [S1]),
           "telegram: withdraws from 3 May, keeps 21/9 -> cancel of one session"),

        # ------------------------------------------------------------ phishing
        mail("n086", "2027-02-27T03:12", ("IT-support", "noreply@mailbox-kontroll.com"),
             "Din brevlåda är nästan full – åtgärd krävs",
             """Bästa användare,

Din e-postlåda linnea.hassis@regiondalarna.se har nått 98 % av sin lagringskapacitet. Inkommande meddelanden kommer att avvisas inom 24 timmar.

Klicka här för att verifiera ditt konto och få 50 GB extra utrymme gratis:
http://mailbox-kontroll.com/verifiera?id=883120

Om du inte verifierar ditt konto kommer det att stängas permanent.

Med vänliga hälsningar
IT-support
© 2027 Microsoft Corporation""",
             X("unknown"),
             "phishing ('brevlådan är full'), no event content"),

        # ------------------------------------------------------------ Ludvika reserve
        mail("n087", "2027-03-30T12:41", ("Josefin Lund", "josefin.lund@ludvika.se"),
             "Reservplats DalaLab?",
             """Hej!

Jag har förstått att Ludvika redan har tre anmälda till DalaLab. Jag skulle ändå vilja anmäla mig som reserv till alla träffarna, om någon av de andra får förhinder eller om det blir platser över.

Hälsningar
Josefin Lund
Bygglovshandläggare
Ludvika kommun""",
             X("register", [P("Josefin Lund", "josefin.lund@ludvika.se", "Ludvika kommun")], ALL),
             "signs up as a reserve for all sessions, knowing the quota is full -> register (the rules wait-list her)"),

        # ------------------------------------------------------------ Falun, Latin-1, fourth Falun person
        mail("n088", "2027-04-01T10:26", ("Bengt Söderlund", "bengt.soderlund@falun.se"),
             "Anmälan DalaLab",
             """Hej,

Jag såg inbjudan till DalaLab på regionens webb och vill anmäla mig till träffarna den 3 maj och den 22 feb 2028. Jag arbetar som klimatstrateg på kommunledningsförvaltningen och tror att temana om hållbarhet och tillgänglighet passar bra.

Mvh
Bengt Söderlund
Klimatstrateg
Kommunledningsförvaltningen
Falu kommun
Tfn 023-82 000""",
             X("register", [P("Bengt Söderlund", "bengt.soderlund@falun.se", "Falu kommun")], [S1, S4]),
             "iso-8859-1 body; '3 maj och 22 feb 2028'; a fourth Falun person from another department (quota is not the parser's business)",
             charset="iso-8859-1"),

        # ------------------------------------------------------------ Lst question on material
        mail("n089", "2027-04-02T14:03", ("Granström Eva", "eva.granstrom@lansstyrelsen.se"),
             "Förberedelser inför DalaLab 3 maj",
             """Hej Linnea,

Några praktiska frågor inför första träffen:

– Finns det någon läsning eller förberedelse vi bör göra innan den 3 maj?
– Kommer presentationerna att delas efteråt?
– Finns det parkering vid lokalen, eller rekommenderar ni att man åker kollektivt?

Med vänliga hälsningar

Eva Granström
Planhandläggare
Länsstyrelsen Dalarna
Tel: 010-225 00 00

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter. Läs mer på www.lansstyrelsen.se/dalarna.""",
             X("question"),
             "registered participant's practical questions before 3 May; the date is not a signup"),

        # ------------------------------------------------------------ Avesta, late, two people first session
        mail("n090", "2027-04-09T16:52", ("Haddad Amir", "amir.haddad@avesta.se"),
             "SV: Påminnelse: sista anmälningsdag DalaLab 14 april",
             """Hej Linnea,

Hoppas att det inte är för sent! Vi har nu löst bemanningen och vill anmäla mig och min kollega Emelie Borg (emelie.borg@avesta.se) till första träffen den 3 maj. Höstens träffar vet vi inte ännu hur det blir med, vi återkommer om dem.

Tack för svaret om Teams förresten, vi kommer på plats.

Hälsningar
Amir Haddad
Planarkitekt
Avesta kommun
Tfn 0226-64 50 00

""" + outlook_head("Haddad Amir <amir.haddad@avesta.se>", "den 22 mars 2027 09:00",
                   subject="Påminnelse: sista anmälningsdag DalaLab 14 april") + "\n" + REMINDER,
             X("register", [P("Amir Haddad", "amir.haddad@avesta.se", "Avesta kommun"),
                            P("Emelie Borg", "emelie.borg@avesta.se", "Avesta kommun")], [S1]),
             "reply to the reminder shortly before the deadline: self + colleague for 3 May only; autumn sessions explicitly left open"),
    ]
