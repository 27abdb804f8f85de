from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION_QUOTE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 10 december 2026 14:30
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Träff 1: 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun. Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
Träff 2: 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
Träff 3: 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter
Träff 4: 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange eventuella kostönskemål.

Välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("j046", "2027-01-18T08:52", ("Mikael Forsgren", "mikael.forsgren@borlange.se"),
             "Anmälan DalaLab – tre deltagare från Borlänge",
             """Hej Linnea,

Jag anmäler härmed tre medarbetare från vår enhet till DalaLab. Själv har jag tyvärr inte möjlighet att delta, men jag tar gärna del av material om ni skickar ut något efter träffarna.

- Camilla Öberg, planarkitekt, camila.oberg@borlange.se
- David Hellström, översiktsplanerare, david.hellstrom@borlange.se
- Rebecka Sandin, trafikplanerare, rebecka.sandin@borlange.se

De deltar på samtliga fyra träffar.

Med vänlig hälsning

Mikael Forsgren
Enhetschef Översiktlig planering
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel: 0243-740 00 (vx) | Mobil: 070-234 56 12
""",
             X("register", [P("Camilla Öberg", "camila.oberg@borlange.se", "Borlänge kommun"),
                            P("David Hellström", "david.hellstrom@borlange.se", "Borlänge kommun"),
                            P("Rebecka Sandin", "rebecka.sandin@borlange.se", "Borlänge kommun")], ALL),
             "manager registers three staff in a bullet list, not himself; one address mistyped (kept as written); 'samtliga fyra'"),

        mail("j047", "2026-12-15T13:05", ("Lovisa Hammar", "lovisa.hammar@leksand.se"), "Anmälan DalaLab",
             """Hej!

Jag och min kollega Per Nilsson (per.nilsson@leksand.se, på kopia) vill anmäla oss till träffarna den 3 maj och den 21 september. De två senare får vi återkomma om när vi vet hur nästa år ser ut.

Vänliga hälsningar
Lovisa Hammar
Planarkitekt
Leksands kommun
Box 52, 793 21 Leksand
""",
             X("register", [P("Lovisa Hammar", "lovisa.hammar@leksand.se", "Leksands kommun"),
                            P("Per Nilsson", "per.nilsson@leksand.se", "Leksands kommun")], [S1, S2]),
             "self + colleague with address in parentheses; two dates; 'de två senare' deferred, not registered"),

        mail("j048", "2027-02-03T10:31", ("Birgitta Holm", "birgitta.holm@mora.se"), "Anmälan till DalaLab från Mora kommun",
             """Hej!

På uppdrag av samhällsbyggnadschef Lars Dahlin anmäler jag följande personer till lärprojektet DalaLab:

Lars Dahlin, samhällsbyggnadschef
Maria Jönsson, planarkitekt
Henrik Skoglund, GIS-ingenjör/planerare

Samtliga har e-postadress enligt förnamn.efternamn@mora.se. Maria har vegetarisk kost, övriga äter allt.

De kommer att delta vid alla fyra tillfällena.

Vänliga hälsningar

Birgitta Holm
Administratör
Samhällsbyggnadsförvaltningen
Mora kommun
Tfn 0250-260 00
www.mora.se
""",
             X("register", [P("Lars Dahlin", "lars.dahlin@mora.se", "Mora kommun"),
                            P("Maria Jönsson", "maria.jonsson@mora.se", "Mora kommun", diet="vegetarisk"),
                            P("Henrik Skoglund", "henrik.skoglund@mora.se", "Mora kommun")], ALL, diet="vegetarisk"),
             "assistant registers her chief and two planners on his behalf (not herself); addresses only as the pattern förnamn.efternamn@mora.se; one vegetarian"),

        mail("j049", "2027-02-22T15:40", ("Wikander Josefin", "josefin.wikander@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej igen!

Min anmälan gäller som tidigare. Nu vill även min kollega Sanna Pettersson vara med. Hon är föräldraledig i vår och kommer tillbaka i augusti, så det blir bara höstens två träffar för hennes del (21/9 och 29/11).

Hennes jobbmejl är avstängt under ledigheten, så skicka gärna info om henne till mig så vidarebefordrar jag.

/Josefin

Josefin Wikander
Planeringsarkitekt | Stadsbyggnadsförvaltningen
Falu kommun | 791 83 Falun
023-830 00

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 28 januari 2027 10:02
Till: Wikander Josefin <josefin.wikander@falun.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Josefin!

Tack för din anmälan. Du är anmäld till följande träffar:

- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna
""",
             X("register", [P("Sanna Pettersson", None, "Falu kommun")], [S2, S3]),
             "reply to own confirmation adding a colleague for the two autumn sessions; sender's own signup 'gäller som tidigare' so not in people; colleague without address"),

        tg("j050", "2027-01-09T21:14", "Hampus Lindblad", 6031857720,
           "tja! anmäl mig och kollegan jonas eriksson till träffen 3 maj, vi jobbar på gagnefs kommun. resten av träffarna återkommer vi om",
           X("register", [P("Hampus Lindblad", None, "Gagnefs kommun"), P("Jonas Eriksson", None, "Gagnefs kommun")], [S1]),
           "telegram, sender + lower-case colleague, one date; the rest deferred"),

        mail("j051", "2027-03-02T09:10", ("Anders Lindh", "anders.lindh@ludvika.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Karin Sjödin, som är anmäld till DalaLab från Ludvika, har slutat hos oss i februari. Vi skulle vilja att hennes efterträdare Ali Rahimi tar över hennes plats på samtliga träffar. Ali nås på ali.rahimi@ludvika.se.

Övriga anmälda från Ludvika gäller som förut.

Tack på förhand!

Anders Lindh
Planchef
Ludvika kommun
Tfn 0240-860 00
""",
             X("change", [P("Karin Sjödin", None, "Ludvika kommun"), P("Ali Rahimi", "ali.rahimi@ludvika.se", "Ludvika kommun")], ALL),
             "manager: a colleague has left the job, her successor takes her place on all sessions -> substitution; sender not in people; other Ludvika signups unchanged"),

        mail("j052", "2027-03-16T11:25", ("Sofie Granlund", "sofie.granlund@hedemora.se"), "Ersättare 29 november",
             """Hej!

Jag är anmäld till alla fyra DalaLab-träffarna men den 29 november sitter jag i KS-beredning hela dagen. Min kollega Lena Strömberg (lena.stromberg@hedemora.se) går i mitt ställe den gången. Övriga datum kommer jag själv.

Hälsningar
Sofie Granlund
Översiktsplanerare
Hedemora kommun
Tfn 0225-340 00
""",
             X("change", [P("Sofie Granlund", "sofie.granlund@hedemora.se", "Hedemora kommun"),
                          P("Lena Strömberg", "lena.stromberg@hedemora.se", "Hedemora kommun")], [S3]),
             "substitute for one session only: colleague goes instead of the sender on 29 Nov; sender keeps the rest"),

        mail("j053", "2027-03-24T14:02", ("Monica Berglund", "monica.berglund@sater.se"), "Avanmälan DalaLab – Emma Nordin",
             """Hej,

Emma Nordin, som anmäldes till DalaLab i december, har avslutat sin anställning hos Säters kommun. Vänligen avanmäl henne från samtliga träffar. Hennes e-postadress (emma.nordin@sater.se) stängs vid månadsskiftet.

Vi återkommer om vi hittar någon som kan ta hennes plats.

Med vänlig hälsning

Monica Berglund
Förvaltningschef, Samhällsbyggnadsförvaltningen
Säters kommun
Rådhusgatan 1, 783 27 Säter

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, meddela avsändaren och radera det.
""",
             X("cancel", [P("Emma Nordin", "emma.nordin@sater.se", "Säters kommun")], ALL),
             "manager cancels a colleague who left the job, no substitute yet; sender not in people; disclaimer footer",
             charset="windows-1252"),

        mail("j054", "2027-01-25T10:45", ("Jenny Olsson", "jenny.olsson@rattvik.se"), "Anmälan DalaLab Rättvik",
             """Hej Linnea!

Från Rättviks kommun vill vi anmäla:

1. Jenny Olsson (jag), jenny.olsson@rattvik.se
2. Martin Lidberg, martin.lidberg@rattvik.se
3. Karolina Svärd, karolina.svard@rattvik.se

Vi har förstått att det är max tre per kommun, men om någon plats blir ledig vill vi gärna ha med Tim Ahlström (tim.ahlstrom@rattvik.se) som reserv.

Alla fyra träffarna gäller. Martin är laktosintolerant.

Vänliga hälsningar
Jenny Olsson
Samhällsplanerare, Rättviks kommun
""",
             X("register", [P("Jenny Olsson", "jenny.olsson@rattvik.se", "Rättviks kommun"),
                            P("Martin Lidberg", "martin.lidberg@rattvik.se", "Rättviks kommun", diet="laktosintolerant"),
                            P("Karolina Svärd", "karolina.svard@rattvik.se", "Rättviks kommun"),
                            P("Tim Ahlström", "tim.ahlstrom@rattvik.se", "Rättviks kommun")], ALL, diet="laktosintolerant"),
             "numbered list of three incl. the sender plus a fourth named as reserve (in people); one diet"),

        mail("j055", "2027-02-10T16:18", ("Daniel Åhman", "daniel.ahman@planbyranfyra.se"), "Anmälan till DalaLab",
             """Hej,

Jag arbetar som konsult åt Vansbro kommun med den nya översiktsplanen och skulle gärna följa DalaLab tillsammans med kommunens planeringsansvariga Hanna Lind (hanna.lind@vansbro.se), som står på kopia.

Vi vill anmäla oss båda till alla fyra tillfällena. Om det finns begränsningar för konsulter förstår jag det, i så fall gäller anmälan i första hand Hanna.

Med vänliga hälsningar

Daniel Åhman
Planeringskonsult
Planbyrå Fyra AB
Slottsgatan 12, 791 30 Falun
072-581 44 90
""",
             X("register", [P("Daniel Åhman", "daniel.ahman@planbyranfyra.se", None),
                            P("Hanna Lind", "hanna.lind@vansbro.se", "Vansbro kommun")], ALL),
             "consultant (organisation null) registers himself and the municipal planner he works for; two organisations in one mail"),

        mail("j056", "2027-01-13T09:30", ("Karl-Johan Mattsson", "karl-johan.mattsson@regiondalarna.se"),
             "Anmälan – två från regionen och en från Lst",
             """Hej Linnea,

Vi har pratat ihop oss med Länsstyrelsen och vill anmäla följande till DalaLab:

Region Dalarna: Karl-Johan Mattsson (jag) och Fia Norling
Länsstyrelsen Dalarna: Gustav Ehn, gustav.ehn@lansstyrelsen.se

Vi kommer alla på 3/5, 21/9 och 29/11. Februariträffen krockar med regionfullmäktige för min och Fias del, och Gustav vill hellre hålla ihop med oss.

Hälsningar
K-J

Karl-Johan Mattsson
Regional utveckling, Samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Karl-Johan Mattsson", "karl-johan.mattsson@regiondalarna.se", "Region Dalarna"),
                            P("Fia Norling", None, "Region Dalarna"),
                            P("Gustav Ehn", "gustav.ehn@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S3]),
             "Region Dalarna + Länsstyrelsen in one mail; sender included ('(jag)'); 3/5, 21/9, 29/11; February explicitly left out"),

        mail("j057", "2027-02-15T13:12", ("Eva-Lena Krantz", "eva-lena.krantz@avesta.se"), "DalaLab",
             """Hej!

Jag kommer tyvärr inte kunna delta själv, men vill anmäla två av våra planarkitekter:

Oskar Lund – oskar.lund@avesta.se
Amanda Berg – amanda.berg@avesta.se

De är intresserade av höstträffarna, alltså 21.9 och 29.11.

Mvh
Eva-Lena Krantz
Samhällsbyggnadschef, Avesta kommun
""",
             X("register", [P("Oskar Lund", "oskar.lund@avesta.se", "Avesta kommun"),
                            P("Amanda Berg", "amanda.berg@avesta.se", "Avesta kommun")], [S2, S3]),
             "sender explicitly not attending, registers two planners for 21.9 and 29.11"),

        tg("j058", "2027-03-08T19:47", "Mikael Hed", 5219044873,
           "hej! vi är tre från orsa kommun som vill anmäla oss till alla träffar: jag, sofie ljung och anton berg. sofie är glutenfri",
           X("register", [P("Mikael Hed", None, "Orsa kommun"), P("Sofie Ljung", None, "Orsa kommun", diet="glutenfri"),
                          P("Anton Berg", None, "Orsa kommun")], ALL, diet="glutenfri"),
           "telegram, sender + two lower-case colleagues, all sessions, one colleague's diet"),

        mail("j059", "2026-12-14T10:02", ("Persson Ulrika", "ulrika.persson@malung-salen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi blir tre från Malung-Sälen: jag, Erik Halvarsson och Nadia Karlsson. Vi kommer på första och andra träffen (3 maj och 21 september), resten får vi återkomma om.

Erik vill ha vegetarisk mat.

Ulrika Persson
Planeringsarkitekt
Malung-Sälens kommun
0280-180 00

""" + INVITATION_QUOTE + "\n",
             X("register", [P("Ulrika Persson", "ulrika.persson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Erik Halvarsson", None, "Malung-Sälens kommun", diet="vegetarisk"),
                            P("Nadia Karlsson", None, "Malung-Sälens kommun")], [S1, S2], diet="vegetarisk"),
             "Outlook reply above the quoted invitation (all four dates); sender + two colleagues without addresses; 'första och andra'; colleague's diet"),

        mail("j060", "2027-03-29T08:20", ("Göran Blom", "goran.blom@alvdalen.se"), "Anmälan DalaLab",
             """Hej,

Härmed anmäler jag mig själv samt kollegorna Ida Persson och Tobias Mård till DalaLab, alla träffar.

Kost: Ida vegetarisk, Tobias nötallergi (jordnötter).

mvh
Göran Blom
Bygg- och miljöavdelningen
Älvdalens kommun
""",
             X("register", [P("Göran Blom", "goran.blom@alvdalen.se", "Älvdalens kommun"),
                            P("Ida Persson", None, "Älvdalens kommun", diet="vegetarisk"),
                            P("Tobias Mård", None, "Älvdalens kommun", diet="nötallergi")], ALL, diet="vegetarisk, nötallergi"),
             "self + two colleagues without addresses, all sessions; two different diets on two colleagues; iso-8859-1",
             charset="iso-8859-1"),

        mail("j061", "2027-02-24T14:55", ("Linda Holmqvist", "linda.holmqvist@smedjebacken.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Calibri, sans-serif; font-size: 11pt;">
<p>Hej!</p>
<p>H&auml;r kommer anm&auml;lan fr&aring;n Smedjebackens kommun:</p>
<table border="1" cellpadding="4" style="border-collapse: collapse;">
<tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Kost</th></tr>
<tr><td>Linda Holmqvist</td><td>linda.holmqvist@smedjebacken.se</td><td>Alla</td><td>&ndash;</td></tr>
<tr><td>Robert Nystr&ouml;m</td><td>robert.nystrom@smedjebacken.se</td><td>Alla</td><td>Laktosfri</td></tr>
</table>
<p>&nbsp;</p>
<p>V&auml;nliga h&auml;lsningar<br>
Linda Holmqvist<br>
Planhandl&auml;ggare<br>
Smedjebackens kommun<br>
0240-660 00</p>
</body></html>
""",
             X("register", [P("Linda Holmqvist", "linda.holmqvist@smedjebacken.se", "Smedjebackens kommun"),
                            P("Robert Nyström", "robert.nystrom@smedjebacken.se", "Smedjebackens kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "HTML-only mail with a table (name, address, sessions 'Alla', diet); sender is the first row", html=True),

        mail("j062", "2027-04-07T16:30", ("Cecilia Fors", "cecilia.fors@gagnef.se"), "Avanmälan 21 september",
             """Hej Linnea,

Tyvärr måste både jag och Magnus Ståhl avanmäla oss från träffen den 21 september – vi har samrådsmöte om ÖP:n samma dag. Vi kommer på de andra träffarna som planerat.

Hälsningar
Cecilia Fors
Gagnefs kommun
""",
             X("cancel", [P("Cecilia Fors", "cecilia.fors@gagnef.se", "Gagnefs kommun"),
                          P("Magnus Ståhl", None, "Gagnefs kommun")], [S2]),
             "partial cancellation for two people (sender + colleague) of one session; they keep the rest"),

        mail("j063", "2027-03-19T12:40", ("Sara Nordqvist", "sara.nordqvist@borlange.se"), "Ny deltagare i mitt ställe",
             """Hej!

Jag har fått ett nytt jobb och slutar på Borlänge kommun den 31 mars. Min efterträdare Johanna Berg tar över min plats i DalaLab, på alla fyra träffarna. Hennes mejl är johanna.berg@borlange.se (hon börjar 1 april, så adressen är aktiv först då).

Tack för ett bra initiativ, hoppas det blir lyckat!

Sara Nordqvist
Översiktsplanerare
Borlänge kommun

Skickat från Outlook för iOS
""",
             X("change", [P("Sara Nordqvist", "sara.nordqvist@borlange.se", "Borlänge kommun"),
                          P("Johanna Berg", "johanna.berg@borlange.se", "Borlänge kommun")], ALL),
             "sender leaving the job hands her place on all four sessions to her successor -> substitution; '31 mars', '1 april' are not sessions"),

        mail("j064", "2027-01-11T11:11", ("Per-Olof Grahn", "per-olof.grahn@falun.se"), "Fråga om antal deltagare",
             """Hej,

Vi är fyra personer på översiktsplaneenheten som gärna vill vara med i DalaLab. I inbjudan står det upp till tre per kommun – gäller det per träff eller för hela projektet? Kan vi i så fall turas om, så att olika personer går på olika träffar?

Innan jag skickar in någon anmälan vill jag veta hur vi ska göra.

Mvh
Per-Olof Grahn
Enhetschef, Falu kommun
""",
             X("question", [], []),
             "question about the three-per-municipality quota for a team of four; explicitly no signup yet"),

        mail("j065", "2027-03-05T08:05", ("Ola Strand", "ola.strand@mora.se"), "SV: Avanmälan Henrik Skoglund",
             """Hej igen,

Som jag skrev förra veckan kan Henrik Skoglund inte delta i DalaLab. Vi vill nu anmäla Fatima Ali i hans ställe, till alla träffar. Hennes adress är fatima.ali@mora.se.

Hälsningar
Ola Strand
Mora kommun

-----Ursprungligt meddelande-----
Från: Ola Strand
Skickat: den 24 februari 2027 09:12
Till: linnea.hassis@regiondalarna.se
Ämne: Avanmälan Henrik Skoglund

Hej, Henrik Skoglund måste tyvärr avanmälas från DalaLab, han har bytt tjänst inom kommunen. Vi återkommer om ersättare.
/Ola
""",
             X("register", [P("Fatima Ali", "fatima.ali@mora.se", "Mora kommun")], ALL),
             "newcomer takes the place of a colleague cancelled in an EARLIER mail (quoted below) -> register of the newcomer only"),

        mail("j066", "2027-01-07T07:02", ("Åsa Lindgren", "asa.lindgren@leksand.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag är föräldraledig till och med 30 juni 2027 och läser inte min e-post.

Ärenden som rör översiktsplanering: kontakta Per Nilsson, per.nilsson@leksand.se, 0247-800 00.
Bygglovsfrågor: bygglov@leksand.se

Med vänlig hälsning
Åsa Lindgren
Leksands kommun
""",
             X("auto_reply", [], []),
             "out-of-office (parental leave) naming a colleague and his address as contact; nothing to register"),

        mail("j067", "2027-02-05T10:14", ("", "lisa.eriksson@vansbro.se"), "Automatiskt svar: Påminnelse: DalaLab",
             """Lisa Eriksson har avslutat sin anställning på Vansbro kommun. Ditt meddelande har inte vidarebefordrats.

För frågor om fysisk planering, kontakta planenheten via kommunens växel 0281-750 00 eller kommun@vansbro.se.

This mailbox is no longer monitored. Please contact kommun@vansbro.se.
""",
             X("auto_reply", [], []),
             "automatic reply from the mailbox of someone who left the job (Swedish + English)"),

        mail("j068", "2027-01-18T09:02",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Olevererbart: Bekräftelse: anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

camila.oberg@borlange.se
Det gick inte att hitta e-postadressen som du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM

camila.oberg@borlange.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
To: camila.oberg@borlange.se
Subject: Bekräftelse: anmälan till DalaLab
Date: Mon, 18 Jan 2027 09:01:47 +0100

Hej Camilla!

Du har anmälts till DalaLab – Planering för hållbarhet och utvecklingskraft av Mikael Forsgren. Du är anmäld till följande träffar:

- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Hälsningar
DalaLab, Region Dalarna
""",
             X("auto_reply", [], []),
             "Exchange non-delivery report for a mistyped colleague address; returned confirmation names her and all four dates"),

        mail("j069", "2027-03-10T06:00", ("Plan & Bygg Nyheter", "nyhetsbrev@planochbyggnyheter.se"),
             "Nyhetsbrev mars: Gruppanmälan till Plandagarna 2027 – tre deltagare till priset av två",
             """PLAN & BYGG NYHETER – MARS 2027

I detta nummer:
* Ny PBL-proposition – vad betyder den för översiktsplaneringen?
* Boverket: vägledning om planeringsstrategier
* Plandagarna 2027, 20–21 maj i Stockholm

GRUPPRABATT: Anmäl hela arbetslaget! Tre deltagare till priset av två om ni anmäler er senast 15 april. Ange namn och e-post för varje deltagare i formuläret.

Läs mer och anmäl dig: https://planochbyggnyheter.se/plandagarna

Du får detta nyhetsbrev eftersom du prenumererar på Plan & Bygg Nyheter.
Avsluta prenumerationen: https://planochbyggnyheter.se/avsluta?id=88213
""",
             X("unknown", [], []),
             "planning newsletter offering group signup to another conference; dates and 'anmäl' but not about the event"),

        tg("j070", "2027-03-27T12:15", "Nina Kallin", 1187730452,
           "hej! jag och petter östlund från hedemora är anmälda till 3 maj men vi kan inte då. kan vi byta till 29 november istället?",
           X("change", [P("Nina Kallin", None, "Hedemora kommun"), P("Petter Östlund", None, "Hedemora kommun")], [S3]),
           "telegram, two people swap 3 May for 29 Nov -> change with the new session"),

        mail("j071", "2027-02-18T14:20", ("Lovisa Hammar", "lovisa.hammar@leksand.se"), "Komplettering anmälan DalaLab",
             """Hej!

Jag glömde skriva i vår anmälan i december att Per Nilsson är glutenintolerant. Själv äter jag allt.

Tack!
Lovisa

Lovisa Hammar
Planarkitekt, Leksands kommun
""",
             X("change", [P("Per Nilsson", None, "Leksands kommun", diet="glutenintolerant")], [], diet="glutenintolerant"),
             "diet update for a colleague registered earlier, no sessions stated -> change []; sender has no diet and is not in people"),

        mail("j072", "2027-01-29T15:05", ("Hannah Whitaker", "hannah.whitaker@regiondalarna.se"), "DalaLab registration",
             """Hi Linnea,

I'd like to register for DalaLab – myself and my colleague Tomás Rivera (tomas.rivera@regiondalarna.se) from the regional development unit. We would both like to attend May 3rd and November 29th.

Tomás is vegetarian. Our intern might want to join later on, I'll get back to you about that.

Sorry for writing in English, my Swedish is still a work in progress!

Best regards,
Hannah Whitaker
Analyst, Regional Development
Region Dalarna
+46 23 49 00 00
""",
             X("register", [P("Hannah Whitaker", "hannah.whitaker@regiondalarna.se", "Region Dalarna"),
                            P("Tomás Rivera", "tomas.rivera@regiondalarna.se", "Region Dalarna", diet="vegetarian")],
               [S1, S3], diet="vegetarian"),
             "English, self + colleague at Region Dalarna; 'May 3rd and November 29th'; unnamed intern not registered"),

        tg("j073", "2027-01-22T17:40", "Kim Nyman", 7402918336,
           "hej, en fråga: om man är anmäld men inte kan en av gångerna, får man skicka en kollega i sitt ställe då?",
           X("question", [], []),
           "telegram question about sending a substitute; nobody named"),

        mail("j074", "2027-04-02T10:00", ("Karolina Svärd", "karolina.svard@rattvik.se"), "Radera mina uppgifter",
             """Hej,

Jag slutar på Rättviks kommun den 9 april och kommer därför inte att delta i DalaLab. Jag vill att ni raderar alla mina personuppgifter ur ert register.

Jenny Olsson känner till att min plats blir ledig.

Hälsningar
Karolina Svärd
""",
             X("erasure", [P("Karolina Svärd", "karolina.svard@rattvik.se", "Rättviks kommun")], []),
             "someone leaving the job asks for erasure of her data; colleague named only as informed, not in people"),

        mail("j075", "2027-03-11T13:48", ("Anneli Hjort", "anneli.hjort@sater.se"), "VB: DalaLab",
             """Hej!

Vidarebefordrar från vår samhällsbyggnadschef Eva Lundh, se nedan. Hon och Sven Holm vill alltså gå på första träffen i Falun.

Hälsningar
Anneli Hjort
Nämndsekreterare
Säters kommun

---------- Vidarebefordrat meddelande ---------
Från: Eva Lundh <eva.lundh@sater.se>
Datum: tis 9 mars 2027 kl 16:02
Ämne: DalaLab
Till: Anneli Hjort <anneli.hjort@sater.se>

Hej Anneli, kan du anmäla mig och Sven till vårens träff i DalaLab (3 maj)? Vi tar bilen ner till Falun. Sven är vegan.
/Eva
""",
             X("register", [P("Eva Lundh", "eva.lundh@sater.se", "Säters kommun"),
                            P("Sven Holm", None, "Säters kommun", diet="vegan")], [S1], diet="vegan"),
             "assistant forwards her chief's request for the chief and a colleague; assistant not in people; chief's address from the forwarded header"),

        mail("j076", "2027-04-01T09:50", ("Stefan Ek", "stefan.ek@avesta.se"), "DalaLab – kollega tar två träffar",
             """Hej Linnea!

Jag är anmäld till alla fyra träffar men kommer bara kunna vara med på de två första, eftersom jag går ner i tid från oktober. Min kollega Olof Bergman tar över mina platser i november och februari. Han nås på olof.bergman@avesta.se.

Tack och hej
Stefan Ek
Avesta kommun
0226-64 50 00
""",
             X("change", [P("Stefan Ek", "stefan.ek@avesta.se", "Avesta kommun"),
                          P("Olof Bergman", "olof.bergman@avesta.se", "Avesta kommun")], [S3, S4]),
             "partial hand-over: a colleague takes the sender's last two sessions -> change with both, sessions the substitute takes"),

        mail("j077", "2027-02-26T11:30", ("Lars Wennberg", "lars.wennberg@wennbergplan.se"), "Anmälan DalaLab – Säters kommun",
             """Hej Linnea,

Jag är inhyrd som planarkitekt hos Säters kommun under 2027 och kommer, i samråd med planchefen Bo Ekman, att ta en av kommunens platser i DalaLab. Bo vill också anmäla sig själv. Vi deltar båda på alla fyra träffarna.

Bo når ni på bo.ekman@sater.se.

Med vänlig hälsning
Lars Wennberg
Wennberg Planering AB
Org.nr 559123-4567
070-612 33 80
""",
             X("register", [P("Lars Wennberg", "lars.wennberg@wennbergplan.se", "Säters kommun"),
                            P("Bo Ekman", "bo.ekman@sater.se", "Säters kommun")], ALL),
             "hired consultant says he takes one of Säter's places -> organisation Säters kommun; plus the municipal planning chief"),

        tg("j078", "2027-03-31T07:40", "Therese Bäck", 2290463158,
           "morgon! kollegan maja lund (ludvika) har blivit långtidssjukskriven och kan inte komma på nån av träffarna, kan ni stryka henne? jag kommer som planerat",
           X("cancel", [P("Maja Lund", None, "Ludvika kommun")], ALL),
           "telegram, sender cancels a colleague for all sessions and keeps her own signup"),

        mail("j079", "2027-01-20T10:25", ("Elsa Hansson", "elsa.hansson@vansbro.se"), "Anmälan DalaLab",
             """Hej!

Vi vill anmäla oss till DalaLab, träffarna 3 maj och 22 februari 2028:

Elsa Hansson, Vansbro kommun (jag)
Malin Gran, Vansbro kommun
Nils Åkerlund, Malung-Sälens kommun

Vi samåker från västra Dalarna och tar det därför i samma mejl. Nils räknas alltså på Malung-Sälens platser.

Vänliga hälsningar
Elsa Hansson
Vansbro kommun
""",
             X("register", [P("Elsa Hansson", "elsa.hansson@vansbro.se", "Vansbro kommun"),
                            P("Malin Gran", None, "Vansbro kommun"),
                            P("Nils Åkerlund", None, "Malung-Sälens kommun")], [S1, S4]),
             "three people from two municipalities in one mail (carpool); colleague from the neighbour municipality has its organisation"),

        mail("j080", "2027-04-09T16:45", ("Ann-Sofie Rask", "ann-sofie.rask@leksand.se"), "Anmälan",
             """Hej,

Jag vill anmäla mig till DalaLab, alla träffar. Det kan hända att en kollega till vill följa med, jag återkommer i så fall med namn.

/Ann-Sofie Rask
Leksands kommun

Skickat från min iPhone
""",
             X("register", [P("Ann-Sofie Rask", "ann-sofie.rask@leksand.se", "Leksands kommun")], ALL),
             "self-signup, all sessions; a possible unnamed colleague later is not registered"),

        mail("j081", "2027-02-08T09:17", ("Ulf Sandström", "ulf.sandstrom@regiondalarna.se"), "Anmälan av två medarbetare",
             """Hej Linnea!

Anmäl gärna Ola Persson och Linn Ek från enheten för samhällsplanering till alla träffarna i DalaLab. De har adresserna ola.persson@regiondalarna.se och linn.ek@regiondalarna.se.

En fråga: finns det möjlighet att delta digitalt om någon av dem är på tjänsteresa?

Hälsningar
Ulf Sandström
Enhetschef, Region Dalarna
""",
             X("register", [P("Ola Persson", "ola.persson@regiondalarna.se", "Region Dalarna"),
                            P("Linn Ek", "linn.ek@regiondalarna.se", "Region Dalarna")], ALL),
             "manager registers two staff (not himself) and asks a question -> register"),

        mail("j082", "2027-03-30T13:15", ("Per-Olof Grahn", "per-olof.grahn@falun.se"), "Ändring DalaLab Falun",
             """Hej,

Av de tre vi anmälde från Falu kommun kan Johan Tell inte komma den 3 maj. Han är med på resten av träffarna. Övriga två gäller som förut.

Mvh
Per-Olof Grahn
Enhetschef, Falu kommun
""",
             X("cancel", [P("Johan Tell", None, "Falu kommun")], [S1]),
             "manager withdraws one colleague from one session (keeps the rest) -> cancel of that session; others unchanged"),

        mail("j083", "2027-01-14T09:31", ("Länsstyrelsen Dalarna", "dalarna@lansstyrelsen.se"),
             "Mottagningsbekräftelse: Bekräftelse: anmälan till DalaLab",
             """Tack för ditt meddelande till Länsstyrelsen Dalarna.

Vi har tagit emot ditt e-postmeddelande. Det här är ett automatiskt svar och du behöver inte svara på det. Om ditt ärende kräver åtgärd kommer en handläggare att kontakta dig.

Allmänna handlingar som kommer in till Länsstyrelsen kan komma att lämnas ut enligt offentlighetsprincipen.

Länsstyrelsen Dalarna
790 25 Falun
Telefon 010-225 00 00
""",
             X("auto_reply", [], []),
             "registry's automatic receipt from Länsstyrelsen Dalarna"),

        tg("j084", "2027-02-12T12:34", "Ronja Malm", 5566210984,
           "hej, anmäl mig till alla fyra träffarna! jobbar på falu kommun. min chef anmäler resten av gruppen separat via mejl",
           X("register", [P("Ronja Malm", None, "Falu kommun")], ALL),
           "telegram self-signup; the rest of the group is registered separately by the manager (not in people)"),

        mail("j085", "2027-03-22T20:10", ("Lars Morin", "lars.morin@alvdalen.se"), "anmalan dalalab",
             """Hej

Jag heter Lars Morin och jobbar pa Alvdalens kommun. Jag vill anmala mig och min kollega Anna Back till traffarna 21/9 och 29/11. Anna ater glutenfritt.

Mvh Lars
""",
             X("register", [P("Lars Morin", "lars.morin@alvdalen.se", "Älvdalens kommun"),
                            P("Anna Back", None, "Älvdalens kommun", diet="glutenfritt")], [S2, S3], diet="glutenfritt"),
             "written without å/ä/ö ('Alvdalens', 'traffarna'); self + colleague; colleague's diet"),

        mail("j086", "2027-03-12T10:40", ("Hampus Lindblad", "hampus.lindblad@gagnef.se"), "Lägga till träffar",
             """Hej!

Jag och Jonas Eriksson anmälde oss via Telegram till träffen 3 maj. Nu vill vi lägga till 21 september och 29 november också, så att vi är med på tre av fyra.

Hälsningar
Hampus Lindblad
Gagnefs kommun
""",
             X("change", [P("Hampus Lindblad", "hampus.lindblad@gagnef.se", "Gagnefs kommun"),
                          P("Jonas Eriksson", None, "Gagnefs kommun")], [S1, S2, S3]),
             "two people already registered for 3 May add two sessions -> change with the sessions after the change"),

        mail("j087", "2027-02-02T11:22", ("Marta Kowalska", "marta.kowalska@leksand.se"), "Sign-up DalaLab",
             """Hi Linnea,

I would like to sign up for DalaLab together with my colleague Jonas Berg (jonas.berg@leksand.se). We can only attend on Nov 29 and Feb 22, unfortunately – the spring is fully booked with our comprehensive plan consultation.

Neither of us has any dietary requirements.

Kind regards,
Marta Kowalska
Urban planner | Leksand Municipality
""",
             X("register", [P("Marta Kowalska", "marta.kowalska@leksand.se", "Leksands kommun"),
                            P("Jonas Berg", "jonas.berg@leksand.se", "Leksands kommun")], [S3, S4]),
             "English, self + colleague; 'Nov 29 and Feb 22'; 'no dietary requirements'"),

        mail("j088", "2026-12-11T09:05", ("Helena Wik", "helena.wik@gagnef.se"), "Fråga om anmälan",
             """Hej!

Jag är assistent på samhällsbyggnadskontoret. Min chef vill skicka tre handläggare till DalaLab. Kan jag anmäla alla tre i ett och samma mejl, eller måste var och en anmäla sig själv? Och behöver ni veta kostönskemål redan vid anmälan?

Tack på förhand!
Helena Wik
Gagnefs kommun
""",
             X("question", [], []),
             "assistant asks how to register a team; nobody named, no signup"),

        mail("j089", "2027-02-01T07:45", ("Konferens Dalarna", "info@konferensdalarna-event.se"),
             "Konferenslokaler för era träffar 2027",
             """Hej Linnea!

Vi har sett att Region Dalarna planerar en serie träffar under 2027. Behöver ni lokal för 30–60 deltagare? Vi erbjuder heldagspaket med förmiddagsfika, lunch och eftermiddagsfika från 495 kr per person.

Boka före 28 februari och få 10 % rabatt på hela serien.

Välkommen att höra av dig!
Konferens Dalarna
Tel 023-10 20 30
Avregistrera dig från våra utskick genom att svara STOPP.
""",
             X("unknown", [], []),
             "sales mail from a conference venue; not about registration"),

        tg("j090", "2027-04-06T18:22", "Robert Nyström", 8015537264,
           "hej, jag kan inte den 21 september. kollegan erik sandin från smedjebacken går i stället för mig den dagen, erik.sandin@smedjebacken.se",
           X("change", [P("Robert Nyström", None, "Smedjebackens kommun"),
                        P("Erik Sandin", "erik.sandin@smedjebacken.se", "Smedjebackens kommun")], [S2]),
           "telegram substitution for one session; substitute's address in the text; sender keeps his other sessions"),
    ]
