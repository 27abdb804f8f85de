"""Batch 14, writer "north": the northern and western municipalities (Älvdalen, Mora, Orsa, Malung-Sälen, Vansbro,
Rättvik, Leksand) through the season - small offices, shared cars, dialect, phones in the field, Telegram."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Hej!

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
Region Dalarna
"""

INVITE_HDR = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: {to}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

"""


def messages():
    return [
        mail("n001", "2026-12-01T08:12", ("Halvarsson Ingela", "ingela.halvarsson@alvdalen.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Här i Älvdalen är det i princip bara jag som jobbar med översiktsplaneringen (plus det mesta annat på plansidan...), så jag anmäler mig till hela lärprojektet.

En sak bara: jag kör ner från Älvdalen på morgonen, så det kan bli att jag hinner till fikat med nöd och näppe. Ingen specialkost.

Vänliga hälsningar
Ingela Halvarsson
Samhällsplanerare
Samhällsbyggnadsförvaltningen
Älvdalens kommun
Tfn 0251-310 00 (vx)
www.alvdalen.se

""" + INVITE_HDR.format(to="Halvarsson Ingela <ingela.halvarsson@alvdalen.se>") + INVITE,
             X("register", [P("Ingela Halvarsson", "ingela.halvarsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "Outlook reply to the invitation; one-person planning office signs up for the whole project (no dates "
             "named -> all four); 'fikat' remark is not a date; quoted invitation lists all dates"),

        tg("n002", "2026-12-02T21:40", "Per-Erik Moberg", 6031877420,
           "hej! ja e me på alla fyra träffarna 👍 per-erik moberg, orsa kommun",
           X("register", [P("Per-Erik Moberg", None, "Orsa kommun")], ALL),
           "telegram, dialect ('ja e me'), all four, lower-case name and organisation"),

        mail("n003", "2026-12-03T10:05", ("Johanna Perers", "johanna.perers@mora.se"),
             "Anmälan DalaLab – Mora kommun (3 pers)",
             """Hej!

Vi blir tre från Mora kommun som vill vara med i DalaLab:

Johanna Perers, översiktsplanerare (jag)
Lars Backlund, planarkitekt
Amanda Nises, trafikplanerare, amanda.nises@mora.se

Vi anmäler oss till alla fyra träffarna. Vi samåker ner till Falun, så om det går vill vi gärna hamna i samma grupp vid grupparbetena :)

Inga allergier eller specialkost hos någon av oss.

Med vänlig hälsning

Johanna Perers
Översiktsplanerare | Samhällsbyggnadsförvaltningen
Mora kommun
Besöksadress: Fredsgatan 16, 792 80 Mora
Telefon: 0250-260 00

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du inte är rätt mottagare, vänligen meddela avsändaren och radera meddelandet.
""",
             X("register", [P("Johanna Perers", "johanna.perers@mora.se", "Mora kommun"),
                            P("Lars Backlund", None, "Mora kommun"),
                            P("Amanda Nises", "amanda.nises@mora.se", "Mora kommun")], ALL),
             "sender + two colleagues (one with address), car-sharing trio, all four; street number and postcode in "
             "signature; confidentiality footer"),

        mail("n004", "2026-12-07T13:22", ("Joost van der Meer", "joost.vandermeer@malung-salen.se"),
             "Registration DalaLab",
             """Hi Linnea,

My name is Joost van der Meer and I started as a planner at Malung-Sälens kommun in October. My Swedish is getting better, but I hope it is OK that I write in English.

I would like to register for the first two sessions, 3 May and 21 September. November and February are difficult for me because of the winter season in Sälen - that is when everything happens up here.

No dietary requirements.

Kind regards,
Joost van der Meer
Fysisk planerare / Spatial planner
Malung-Sälens kommun
+46 280 181 00
""",
             X("register", [P("Joost van der Meer", "joost.vandermeer@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2]),
             "English signup from a newly arrived planner; 3 May + 21 Sep; the other two named only as months he "
             "cannot make; particle surname 'van der Meer'"),

        mail("n005", "2026-12-08T16:47", ("Kjell Grankvist", "kjell.grankvist@vansbro.se"), "Anmälan",
             """Hej
Anmäler mig till 3/5 o 29/11. Laktosfri kost tack.
Kjell Grankvist
Vansbro kommun

Skickat från min iPhone
""",
             X("register", [P("Kjell Grankvist", "kjell.grankvist@vansbro.se", "Vansbro kommun", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "terse phone mail; '3/5 o 29/11'; laktosfri"),

        mail("n006", "2026-12-09T09:31", ("Birgitta Olsson", "birgitta.olsson@rattvik.se"),
             "Anmälan DalaLab, Rättviks kommun",
             """Hej Linnea,

Jag sköter anmälningar åt Samhällsbyggnad här i Rättvik. Vill anmäla vår planarkitekt Maja Sund (maja.sund@rattvik.se) till samtliga fyra träffar i DalaLab.

Specialkost: vegetarisk.

Jag själv deltar inte, men skicka gärna bekräftelsen till både mig och Maja.

Hälsningar
Birgitta Olsson
Administratör, Samhällsbyggnadsförvaltningen
Rättviks kommun
Riksvägen 20, 795 80 Rättvik
0248-700 00
""",
             X("register", [P("Maja Sund", "maja.sund@rattvik.se", "Rättviks kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "administrator registers the planner, not herself; 'samtliga fyra träffar'; vegetarisk"),

        mail("n007", "2026-12-13T19:05", ("Elsa Hansson", "elsa.hansson73@gmail.com"), "DalaLab",
             """Hej!

Skriver från privata mejlen eftersom jobbdatorn är inlämnad på service. Jag vill anmäla mig till DalaLab, träff 1 och 2 (3 maj och 21 september). De andra två får jag återkomma om när jag vet hur hösten ser ut.

Jag jobbar som översiktsplanerare på Leksands kommun.

Mvh
Elsa
""",
             X("register", [P("Elsa Hansson", "elsa.hansson73@gmail.com", "Leksands kommun")], [S1, S2]),
             "Sunday-evening gmail signup, organisation only in text; 'träff 1 och 2 (3 maj och 21 september)'; "
             "the other two left open, not registered; signed with first name only"),

        tg("n008", "2026-12-14T20:18", "Mikael Nordin", 5129904481,
           "hej! går det att va med digitalt på dalalab? e ca 3,5 tim enkel väg från idre till falun så blir en "
           "lång dag 😅 /mikael, älvdalens kommun",
           X("question", [], []),
           "telegram question about remote participation; '3,5 tim' is travel time, not a date"),

        mail("n009", "2026-12-22T10:02", ("Amanda Nises", "amanda.nises@mora.se"),
             "Automatiskt svar: DalaLab – praktisk information inför våren",
             """Tack för ditt mejl!

Jag är ledig 21 december–6 januari och läser inte min e-post under den tiden. Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningens växel 0250-260 00.

God jul och gott nytt år!
Amanda Nises
Trafikplanerare, Mora kommun
""",
             X("auto_reply", [], []),
             "Outlook out-of-office from a registered participant, answering an info mail; holiday dates are not "
             "sessions"),

        mail("n010", "2027-01-08T08:40", ("Blomqvist Sofie", "sofie.blomqvist@regiondalarna.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Jag sitter ju på regionens kontor i Mora och jobbar mycket mot kommunerna i norra Dalarna, så det här vill jag gärna vara med på. Anmäl mig till alla träffar utom den första – 3 maj har jag sedan länge en resa inbokad.

/Sofie

Sofie Blomqvist
Regional utvecklingsstrateg, Samhällsplanering
Region Dalarna
Kontor: Mora
070-318 44 02

-----Ursprungligt meddelande-----
""" + INVITE_HDR.format(to="Region Dalarna Samhällsplanering") + INVITE,
             X("register", [P("Sofie Blomqvist", "sofie.blomqvist@regiondalarna.se", "Region Dalarna")],
               [S2, S3, S4]),
             "Region Dalarna colleague based in Mora (Mora is her office, not her organisation); 'alla träffar utom "
             "den första' = three sessions; quoted invitation"),

        mail("n011", "2027-01-11T14:15", ("Strömberg Helena", "helena.stromberg@lansstyrelsen.se"),
             "Anmälan till DalaLab",
             """Hej,

Jag vill anmäla mig till lärprojektet DalaLab, samtliga träffar. Jag arbetar på Länsstyrelsen Dalarna med planfrågor och har kommunerna i norra och västra Dalarna (Älvdalen, Mora, Orsa, Malung-Sälen, Vansbro, Rättvik och Leksand) som mitt handläggningsområde, så det vore värdefullt att träffa planerarna där.

Glutenfri kost, tack.

Med vänlig hälsning

Helena Strömberg
Handläggare
Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00
www.lansstyrelsen.se/dalarna

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer om hur vi behandlar personuppgifter på www.lansstyrelsen.se/dalarna.
""",
             X("register", [P("Helena Strömberg", "helena.stromberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenfri")], ALL, diet="glutenfri"),
             "Länsstyrelsen officer, all sessions; seven municipalities listed as her area are not her organisation; "
             "glutenfri; GDPR footer; surname-first display name"),

        mail("n012", "2027-01-13T11:02", ("Anders Wik", "anders.wik@norrplan.se"),
             "Anmälan DalaLab – plats för Vansbro kommun",
             """Hej Linnea,

Jag är planeringskonsult på Norrplan AB och har i uppdrag att ta fram den nya översiktsplanen för Vansbro kommun. Kommunen har bara en planerare, Kjell Grankvist, och han har bett mig ta en av Vansbros platser i DalaLab.

Jag anmäler mig därför för Vansbro kommuns räkning till träff 1, 2 och 3 (3 maj, 21 september och 29 november). Uppdraget löper ut vid årsskiftet, så februariträffen blir inte aktuell för mig.

Kjell har redan anmält sig själv.

Vänliga hälsningar
Anders Wik
Norrplan AB – Planering & samhällsbyggnad
Åsgatan 12, 791 71 Falun
070-562 19 83
""",
             X("register", [P("Anders Wik", "anders.wik@norrplan.se", "Vansbro kommun")], [S1, S2, S3]),
             "consultant taking one of Vansbro's places -> Vansbro kommun; three sessions; colleague already "
             "registered is not in people; the firm's Falun address is not an organisation"),

        tg("n013", "2027-01-15T12:34", "Hampus Ersson", 7208815536,
           "hej! anmäl mig o kollegan stina lindh till höstens träffar, 21 sept o 29 nov. vi åker ihop från malung 🚗 "
           "/hampus ersson, malung-sälens kommun",
           X("register", [P("Hampus Ersson", None, "Malung-Sälens kommun"),
                          P("Stina Lindh", None, "Malung-Sälens kommun")], [S2, S3]),
           "telegram, sender + colleague in lower case, car share; 'höstens träffar, 21 sept o 29 nov'"),

        mail("n014", "2027-01-18T07:55", ("Rune Westling", "rune.westling@alvdalen.se"), "Anmälan DalaLab",
             """Hej Linnea!

Ingela har ju redan anmält sig, men ja hänger på till dom två sista träffarna, 29 november och 22 februari. Vi tar samma bil ner från Älvdalen så det blir smidigt.

Ha't bra!
Rune

Rune Westling
Bygglovschef
Älvdalens kommun
Box 10, 796 22 Älvdalen
""",
             X("register", [P("Rune Westling", "rune.westling@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
             "dialect-tinged ('ja hänger på', 'dom två sista'); colleague already registered is not in people; "
             "29 Nov + 22 Feb; box number and postcode"),

        mail("n015", "2027-01-19T15:20", ("Torbjörn Ollas", "torbjorn.ollas@leksand.se"),
             "Anmälan från Leksands kommun",
             """Hej!

Från Leksands kommun anmäler jag följande två medarbetare till DalaLab, samtliga träffar:

- Tove Sahlin, planarkitekt, tove.sahlin@leksand.se (glutenfri kost)
- Oskar Lindkvist, GIS-ingenjör/planering, oskar.lindqvist@leksand.se

Elsa Hansson har anmält sig själv, så med henne blir vi tre.

Jag deltar inte själv.

Hälsningar
Torbjörn Ollas
Planchef
Samhällsbyggnadssektorn
Leksands kommun
Tfn 0247-800 00
""",
             X("register", [P("Tove Sahlin", "tove.sahlin@leksand.se", "Leksands kommun", diet="glutenfri"),
                            P("Oskar Lindkvist", "oskar.lindqvist@leksand.se", "Leksands kommun")], ALL,
               diet="glutenfri"),
             "manager registers two staff, not himself; Oskar's address is mistyped (lindqvist) and kept as written; "
             "self-registered colleague is not in people; glutenfri for Tove"),

        mail("n016", "2027-01-21T06:48", ("Ulrika Jons", "ulrika.jons@orsa.se"), "DalaLab",
             """God morgon!
Sitter i bilen på väg till ett samråd i Skattungbyn så kort: anmäler mig till träffarna 21/9 och 22/2. Var i Falun är det? Hittar ingen adress i inbjudan.
/Ulrika Jons, Orsa kommun

Skickat från Outlook för Android
""",
             X("register", [P("Ulrika Jons", "ulrika.jons@orsa.se", "Orsa kommun")], [S2, S4]),
             "phone mail from the field; signup plus a question about the venue (still register); '21/9 och 22/2'"),

        tg("n017", "2027-01-24T18:10", "Lukas Becker", 8412270093,
           "Hi! Lukas Becker here, I work as a planner at Rättvik municipality. Please sign me up for all four "
           "sessions. I'm vegan 🌱 Thanks!",
           X("register", [P("Lukas Becker", None, "Rättviks kommun", diet="vegan")], ALL, diet="vegan"),
           "English telegram signup, all four, vegan"),

        mail("n018", "2027-01-27T10:30", ("Frost Anna-Karin", "anna-karin.frost@gagnef.se"), "Anmälan DalaLab 3 maj",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="SV">
<div class="WordSection1">
<p class="MsoNormal">Hej!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jag anm&auml;ler mig till f&ouml;rsta tr&auml;ffen den 3 maj i Falun. &Ouml;vriga tr&auml;ffar f&aring;r jag ta st&auml;llning till senare, n&auml;r h&ouml;stens n&auml;mndplanering &auml;r klar.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kost: fl&auml;skfri<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med v&auml;nliga h&auml;lsningar<br>
<b>Anna-Karin Frost</b><br>
Samh&auml;llsplanerare<br>
Gagnefs kommun<br>
Tfn&nbsp;0241-150&nbsp;00<br>
<img width="120" height="40" src="cid:image001.png@01DB6F2A.5C1E3B90" alt="Gagnefs kommun"><o:p></o:p></p>
</div>
</body></html>
""",
             X("register", [P("Anna-Karin Frost", "anna-karin.frost@gagnef.se", "Gagnefs kommun", diet="fläskfri")],
               [S1], diet="fläskfri"),
             "HTML-only Outlook mail with entities and a logo; first session only; 'Kost: fläskfri'; hyphenated first "
             "name, surname-first display name", html=True),

        mail("n019", "2027-02-01T09:12", ("Karolina Hed", "karolina.hed@rattvik.se"),
             "Anmälan – Hed (Rättvik) och Haddad (Orsa)",
             """Hej!

Jag och Amir Haddad på Orsa kommun har kommit överens om att samåka till DalaLab, så vi anmäler oss till samma träffar: 3 maj och 29 november.

Amir: amir.haddad@orsa.se
Jag: karolina.hed@rattvik.se

Ingen specialkost för någon av oss.

Tack på förhand!
Karolina Hed
Planeringsarkitekt
Rättviks kommun
""",
             X("register", [P("Karolina Hed", "karolina.hed@rattvik.se", "Rättviks kommun"),
                            P("Amir Haddad", "amir.haddad@orsa.se", "Orsa kommun")], [S1, S3]),
             "two people from two neighbouring municipalities sharing a car; each keeps their own organisation; "
             "3 May + 29 Nov"),

        tg("n020", "2027-02-03T22:05", "Fatima Yusuf", 6690312258,
           "Hej! Jag heter Fatima Yusuf o jobbar på vansbro kommun som miljöstrateg. Vill anmäla mig till första "
           "och tredje träffen. Jag är laktosintolerant",
           X("register", [P("Fatima Yusuf", None, "Vansbro kommun", diet="laktosintolerant")], [S1, S3],
             diet="laktosintolerant"),
           "telegram; 'första och tredje träffen' = 3 May + 29 Nov; diet 'laktosintolerant'"),

        mail("n021", "2027-02-05T11:45", ("Britt Mattsson", "britt.mattsson@mora.se"), "Reservplats DalaLab?",
             """Hej Linnea,

Jag förstår att Mora redan har fyllt sina tre platser (Johanna, Lars och Amanda), men jag vill gärna stå som reserv om någon skulle hoppa av. I så fall alla fyra träffarna.

Jag jobbar med landsbygdsutveckling och näringslivsfrågor i kommunen och ÖP-arbetet berör mig mycket.

Hälsningar
Britt Mattsson
Näringslivsutvecklare
Mora kommun
""",
             X("register", [P("Britt Mattsson", "britt.mattsson@mora.se", "Mora kommun")], ALL),
             "fourth Mora person asks to be a reserve for all four (reserve is registered, the rules wait-list her); "
             "the three named colleagues are already registered, not in people"),

        mail("n022", "2026-12-16T13:00", ("Halvarsson Ingela", "ingela.halvarsson@alvdalen.se"),
             "Fråga om antal platser",
             """Hej igen Linnea,

En fråga innan fler från oss anmäler sig. Vår bygglovschef och en kollega som sitter på vårt kontor i Idre är också intresserade. Räknas det som tre personer från Älvdalen även om de inte ska gå på alla träffar? Och går det bra att dela på en plats, alltså att olika personer går olika gånger?

Vi är en liten förvaltning så vi brukar dela på det mesta – även bilen ner till Falun.

Hälsningar
Ingela

Ingela Halvarsson
Samhällsplanerare
Älvdalens kommun
""",
             X("question", [], []),
             "question about the per-municipality quota and sharing a place; no signup"),

        mail("n023", "2027-01-07T09:20", ("Mikael Nordin", "mikael.nordin@alvdalen.se"), "Anmälan DalaLab",
             """Hej,

Jag frågade via Telegram före jul om det gick att vara med på distans och fick svar att träffarna bara blir på plats eftersom det är mycket grupparbete. Förståeligt!

Då anmäler jag mig till 21 september och 29 november. I februari är det sportlov och full rulle här i Idre, och 3 maj krockar med ett samråd vi har i Särna. Jag försöker åka ner tillsammans med Ingela och Rune.

/Mikael Nordin
Samhällsplanerare, Idrekontoret
Älvdalens kommun
""",
             X("register", [P("Mikael Nordin", "mikael.nordin@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "follow-up to a Telegram question; signs up for 21 Sep + 29 Nov; the other two dates are named as "
             "conflicts; colleagues he rides with are not in people"),

        tg("n024", "2027-03-29T17:02", "Jonas Lundkvist", 5567120094,
           "hej, går det fortfarande att anmäla sig? i så fall vill jag va med 3 maj. jonas lundkvist, gagnefs kommun",
           X("register", [P("Jonas Lundkvist", None, "Gagnefs kommun")], [S1]),
           "telegram, asks if signup is still open and signs up 'i så fall' -> register for 3 May"),

        mail("n025", "2027-02-16T10:10", ("Tobias Rask", "tobias@fjallplan.se"), "Anmälan 21/9",
             """Hej!

Jag driver en liten planeringsbyrå i Orsa (Fjällplan) och har uppdrag åt bland annat Orsa och Älvdalen. Jag tar inte någon av kommunernas platser utan anmäler mig som extern – om det är okej att konsulter deltar?

I så fall vill jag gärna vara med på träff 2, den 21 september (utvecklingsinriktning), den är mest relevant för mina uppdrag.

Vegetarisk kost tack.

Mvh
Tobias Rask
Fjällplan
Orsa
072-904 11 37
""",
             X("register", [P("Tobias Rask", "tobias@fjallplan.se", None, diet="vegetarisk")], [S2],
               diet="vegetarisk"),
             "consultant registering as an external (explicitly not taking a municipality's place) -> organisation "
             "None; also asks whether consultants may join (still register); 21 Sep"),

        tg("n026", "2027-03-02T12:30", "Erik Sjöström", 1938846207,
           "tjena linnea! anmäl mig till alla utom 21/9, då e ja föräldraledig. erik sjöström, region dalarna "
           "(kollektivtrafiken)",
           X("register", [P("Erik Sjöström", None, "Region Dalarna")], [S1, S3, S4]),
           "telegram, informal; 'alla utom 21/9' = three sessions; Region Dalarna"),

        mail("n027", "2027-02-22T08:15", ("Ulrika Jons", "ulrika.jons@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Kan ni lägga till 3 maj också? Jag är anmäld till 21/9 och 22/2 sedan tidigare, men nu har det lossnat så jag kan vara med på första träffen också. Då blir det tre träffar för mig.

Tack!
Ulrika Jons
Orsa kommun

________________________________
Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 21 januari 2027 07:02
Till: Ulrika Jons <ulrika.jons@orsa.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Ulrika Jons!

Du är anmäld till följande träffar i DalaLab – Planering för hållbarhet och utvecklingskraft:
- Tisdag 21 september 2027, Falun
- Tisdag 22 februari 2028, Falun

Svara på detta mejl om något behöver ändras.

Region Dalarna
""",
             X("change", [P("Ulrika Jons", "ulrika.jons@orsa.se", "Orsa kommun")], [S1, S2, S4]),
             "adds 3 May to an existing signup and states the others -> change with all three; quoted confirmation"),

        mail("n028", "2027-03-08T13:40", ("Johanna Perers", "johanna.perers@mora.se"),
             "Byte av deltagare Mora kommun",
             """Hej Linnea!

Lars Backlund har tyvärr slutat hos oss (han har gått över till Trafikverket). Britt Mattsson, som stod som reserv för Mora, tar hans plats på alla fyra träffarna. Hon åker med mig och Amanda precis som Lars skulle ha gjort.

Britts adress: britt.mattsson@mora.se

Hälsningar
Johanna

Johanna Perers
Översiktsplanerare | Mora kommun
""",
             X("change", [P("Lars Backlund", None, "Mora kommun"),
                          P("Britt Mattsson", "britt.mattsson@mora.se", "Mora kommun")], ALL),
             "substitution: colleague who left replaced by the reserve, all four; sender writes for others only"),

        tg("n029", "2026-12-05T20:44", "Per-Erik Moberg", 6031877420,
           "hej igen. glömde säga att ja e glutenintolerant. /per-erik, orsa",
           X("change", [P("Per-Erik Moberg", None, "Orsa kommun", diet="glutenintolerant")], [],
             diet="glutenintolerant"),
           "telegram diet update after an earlier signup, no sessions stated -> change []"),

        mail("n030", "2027-03-10T16:00", ("Joost van der Meer", "joost.vandermeer@malung-salen.se"),
             "Change of session",
             """Hi Linnea,

The kommunfullmäktige meeting in September has been moved to the 21st, so I need to switch my registration from 21 September to 29 November. It turns out I can get away in November after all.

Thanks a lot, and sorry for the extra work!
Joost

Joost van der Meer
Malung-Sälens kommun
""",
             X("change", [P("Joost van der Meer", "joost.vandermeer@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "English bare swap 21 Sep -> 29 Nov (the new one); 'the 21st' refers to the council meeting"),

        mail("n031", "2027-03-15T10:25", ("Tove Sahlin", "tove.sahlin@leksand.se"),
             "Ändring DalaLab – föräldraledighet",
             """Hej Linnea,

Jag ska vara föräldraledig från augusti till och med januari, så jag missar höstens två träffar (21 september och 29 november). Min kollega Hilda Persson, hilda.persson@leksand.se, går i mitt ställe på de två. Jag kommer självklart 3 maj och är tillbaka i tid till februariträffen.

Glutenfri kost gäller fortfarande för mig, Hilda har ingen specialkost.

Vänligen
Tove Sahlin
Planarkitekt, Leksands kommun
""",
             X("change", [P("Tove Sahlin", "tove.sahlin@leksand.se", "Leksands kommun", diet="glutenfri"),
                          P("Hilda Persson", "hilda.persson@leksand.se", "Leksands kommun")], [S2, S3],
               diet="glutenfri"),
             "partial hand-over: colleague takes the two autumn sessions, sender keeps 3 May and February; sessions = "
             "what the substitute takes; the sender's diet restated"),

        tg("n032", "2027-03-17T19:50", "Hampus Ersson", 7208815536,
           "hej! ändring för stina lindh: hon kan int 29/11 men vill gärna komma 3 maj istället, så hon blir "
           "3/5 o 21/9. ja e kvar som förut. /hampus, malung",
           X("change", [P("Stina Lindh", None, "Malung-Sälens kommun")], [S1, S2]),
           "telegram change for a colleague: drops 29 Nov, adds 3 May, result stated; sender 'kvar som förut' is "
           "not in people; dialect 'int'"),

        mail("n033", "2027-03-19T11:11", ("Maja Sund", "maja.sund@rattvik.se"), "Kost – DalaLab",
             """Hej!

Birgitta anmälde mig till alla fyra träffarna i december, med vegetarisk kost. Nu har jag fått veta att jag behöver äta glutenfritt också, så: vegetarisk och glutenfri, tack.

/Maja Sund
Rättviks kommun

Skickat från min iPhone
""",
             X("change", [P("Maja Sund", "maja.sund@rattvik.se", "Rättviks kommun", diet="vegetarisk, glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "diet update for an existing signup; sessions stated ('alla fyra') -> all four; two diets"),

        tg("n034", "2027-03-22T07:30", "Fatima Yusuf", 6690312258,
           "hej! kan tyvärr inte komma 3 maj, vi har kf den dan 😩 men 29 november e jag med som planerat /fatima, vansbro",
           X("cancel", [P("Fatima Yusuf", None, "Vansbro kommun")], [S1]),
           "telegram partial cancellation of 3 May, keeps 29 Nov; 'kf' = kommunfullmäktige; lower-case "
           "'/fatima, vansbro' sign-off"),

        mail("n035", "2027-03-24T12:05", ("Amir Haddad", "amir.haddad@orsa.se"), "Avanmälan DalaLab",
             """Hej,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått nytt jobb i Östersund och slutar i Orsa den 30 april.

Karolina Hed i Rättvik, som jag skulle samåka med, vet om det.

Mvh
Amir Haddad
Orsa kommun

Skickat från min Galaxy
""",
             X("cancel", [P("Amir Haddad", "amir.haddad@orsa.se", "Orsa kommun")], ALL),
             "full cancellation, no session named -> all four; '30 april' is his last day; car-share partner not in "
             "people; phone footer"),

        mail("n036", "2027-03-25T14:45", ("Johanna Perers", "johanna.perers@mora.se"), "Amanda – DalaLab",
             """Hej Linnea,

Amanda Nises blir tjänstledig från oktober och kan därför inte delta 29 november och 22 februari. Hon är kvar på 3 maj och 21 september. Vi har ingen som kan ersätta henne just nu, Britt går ju redan på alla.

Johanna Perers
Mora kommun
""",
             X("cancel", [P("Amanda Nises", None, "Mora kommun")], [S3, S4]),
             "colleague withdrawn from two sessions, keeps the other two, no substitute -> cancel of 29 Nov + 22 Feb; "
             "sender and Britt not in people"),

        mail("n037", "2027-03-31T09:00", ("Strömberg Helena", "helena.stromberg@lansstyrelsen.se"),
             "Avanmälan DalaLab",
             """Hej,

Jag har fått en ny tjänst inom Länsstyrelsen och arbetar inte längre med planfrågor, så jag avanmäler mig från DalaLab. Den som tar över mitt handläggningsområde hör av sig när hen är på plats.

Med vänlig hälsning
Helena Strömberg
Länsstyrelsen Dalarna

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer om hur vi behandlar personuppgifter på www.lansstyrelsen.se/dalarna.
""",
             X("cancel", [P("Helena Strömberg", "helena.stromberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "Länsstyrelsen officer cancels entirely; an unnamed future successor is not registered; GDPR footer"),

        tg("n038", "2027-04-06T21:15", "Rune Westling", 4470918823,
           "hej, rune westling här, älvdalens kommun. måst tyvärr stryk mej från 22 feb, he e sportlov o ja ska va "
           "me barna. 29 nov står kvar",
           X("cancel", [P("Rune Westling", None, "Älvdalens kommun")], [S4]),
           "telegram in dialect ('måst', 'he e', 'me barna'); withdraws from 22 Feb only, keeps 29 Nov"),

        mail("n039", "2027-02-10T10:40", ("Kjell Grankvist", "kjell.grankvist@vansbro.se"), "Frågor inför DalaLab",
             """Hej!

Vi blir två från Vansbro plus vår ÖP-konsult som samåker till Falun 3 maj. Ett par frågor:

1. Finns det parkering vid lokalen, och kostar den?
2. Var exakt i Falun är träffen? Inbjudan säger bara Falun.
3. Kostar deltagandet något för kommunen, eller står regionen för fika och lunch?

Tack!
Kjell Grankvist
Planarkitekt/bygglov
Vansbro kommun
0281-750 00
""",
             X("question", [], []),
             "numbered practical questions from already-registered people; '3 maj' names their trip, not a signup"),

        tg("n040", "2027-04-08T18:30", "Maja Sund", 3318402265,
           "hej! slutar ni kl 15 alla gånger? vill hinna med tåget hem till rättvik 15.34 🙂",
           X("question", [], []),
           "telegram question about end time; times are not dates"),

        mail("n041", "2027-01-29T13:15", ("Lindkvist Oskar", "oskar.lindkvist@leksand.se"), "Är jag anmäld?",
             """Hej!

Min chef Torbjörn Ollas anmälde mig och Tove Sahlin till DalaLab för ett par veckor sedan. Tove har fått en bekräftelse men inte jag – kan du kolla att jag verkligen finns med?

Mvh
Oskar Lindkvist
GIS-ingenjör
Leksands kommun
""",
             X("question", [], []),
             "asks whether he is registered (his manager mistyped his address); question, not a new signup"),

        mail("n042", "2027-04-09T15:55", ("Gun Pers", "gun.pers@malung-salen.se"), "Radera mina uppgifter",
             """Hej.

Jag fick ett utskick om DalaLab med en påminnelse om att anmäla mig. Jag kommer inte att delta och vill att ni raderar alla personuppgifter ni har om mig.

Gun Pers
Malung-Sälens kommun
""",
             X("erasure", [P("Gun Pers", "gun.pers@malung-salen.se", "Malung-Sälens kommun")], []),
             "erasure request from someone who got a reminder; 'kommer inte att delta' is not a cancellation"),

        mail("n043", "2027-01-19T15:24", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Olevererbart: Bekräftelse: anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare:

oskar.lindqvist@leksand.se
Mottagarens e-postadress kunde inte hittas eller är ogiltig. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostikinformation för administratörer:

Genererande server: GV3P280MB0512.SWEP280.PROD.OUTLOOK.COM

oskar.lindqvist@leksand.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprungliga meddelanderubriker:

From: DalaLab anmälan <linnea.hassis@regiondalarna.se>
To: oskar.lindqvist@leksand.se
Subject: Bekräftelse: anmälan till DalaLab
Date: Tue, 19 Jan 2027 15:23:51 +0100

Hej Oskar Lindkvist!

Du är anmäld till följande träffar i DalaLab – Planering för hållbarhet och utvecklingskraft:
- Måndag 3 maj 2027, Falun
- Tisdag 21 september 2027, Falun
- Måndag 29 november 2027, Falun
- Tisdag 22 februari 2028, Falun
""",
             X("auto_reply", [], []),
             "Exchange non-delivery report for the mistyped address; returned confirmation lists a name and all four "
             "dates -> nothing to register"),

        mail("n044", "2027-02-25T07:00", ("Fjällnätverket", "nyhetsbrev@fjallnatverket.se"),
             "Nyhetsbrev februari: Fjällkonferensen 2027 i Sälen",
             """FJÄLLNÄTVERKET – NYHETSBREV FEBRUARI 2027

Fjällkonferensen 2027: Hållbar besöksnäring och planering i fjällen
3–5 maj, Högfjällshotellet, Sälen

Hur planerar vi för en växande besöksnäring utan att tappa det som gör fjällen unika? Årets konferens samlar kommuner, destinationsbolag och forskare. Sista anmälningsdag 14 april – anmäl dig nu, platserna är begränsade!

Övrigt i detta nummer:
- Ny vägledning om fritidshusområden
- Webbinarium 21 september: Vattenförsörjning i fjällkommuner
- Medlemsmöte i Idre 29 november

Du får detta nyhetsbrev eftersom du är medlem i Fjällnätverket.
Avregistrera dig: https://fjallnatverket.se/nyhetsbrev/avregistrera
""",
             X("unknown", [], []),
             "newsletter about another conference with dates that coincide with session dates and 'anmäl dig nu' -> "
             "unknown"),

        mail("n045", "2027-03-04T08:50", ("Emma Källström", "emma.kallstrom@rattvik.se"),
             "Synpunkter linje 70 Siljansområdet",
             """Hej Linnea!

Tack för ett bra möte om kollektivtrafiken runt Siljan den 2 mars. Som utlovat kommer här Rättviks synpunkter på förslaget till ny tidtabell för linje 70:

- Första turen från Rättvik mot Mora behöver gå före 06.30 för att passa skiftarbetare.
- Hållplatsen vid Vikarbyn behöver vara kvar.
- Vi ser gärna en kvällstur på lördagar under sommaren.

Hör av dig om något är oklart!

Hälsningar
Emma Källström
Trafikstrateg
Rättviks kommun
""",
             X("unknown", [], []),
             "misdirected mail to the organiser about bus timetables, not about the event -> unknown"),
    ]
