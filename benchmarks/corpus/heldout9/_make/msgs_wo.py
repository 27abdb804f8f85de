from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("y091", "2026-12-02T08:14:00", ("Hanna Grip", "hanna.grip@regiondalarna.se"),
             "Sv: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Klart jag ska vara med, skriv upp mig på hela lärprojektet. Ser fram emot det!

/Hanna

Hanna Grip
Samhällsplanerare
Region Dalarna | Regional utveckling
Box 712, 791 29 Falun
Tel: 023-49 00 00 (växel) | Mobil: 070-312 45 88
www.regiondalarna.se

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:02
Till: Hanna Grip <hanna.grip@regiondalarna.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej,

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering.
Träffar: 3 maj 2027 (Falun, 10–15, fika från 09.30), 21 september 2027, 29 november 2027 och 22 februari 2028.
Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.

Välkommen med din anmälan!
Linnea
""",
             X("register", [P("Hanna Grip", "hanna.grip@regiondalarna.se", "Region Dalarna")], ALL),
             "organiser's own colleague replies to an internal Outlook invitation; 'hela lärprojektet' = all four; quoted invitation lists all dates, Box/postcode/phones in the signature"),

        mail("y092", "2026-12-09T13:47:00", ("Lars-Göran Fjällström", "lars-goran.fjallstrom@lansstyrelsen.se"),
             "Anmälan till två av DalaLab-träffarna",
             """Hej,

Jag arbetar som antikvarie på kulturmiljöenheten och ser att flera av träffarna berör frågor där kulturmiljön ofta kommer in sent i planeringen. Jag skulle därför vilja anmäla mig till träffen "Att planera både för önskvärda framtider och för osäkerheter" samt den avslutande om tillgänglighet (rumslig närhet, fysisk mobilitet och digital tillgänglighet).

De två första hinner jag tyvärr inte med på grund av fältsäsongen och inventeringarna i Siljansbygden.

Vänliga hälsningar
Lars-Göran Fjällström
Antikvarie, Enheten för kulturmiljö
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00

Läs om hur vi behandlar dina personuppgifter: www.lansstyrelsen.se/dalarna/om-oss/personuppgifter
""",
             X("register", [P("Lars-Göran Fjällström", "lars-goran.fjallstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S3, S4]),
             "sessions named only by their titles (uncertainty/futures = 29 Nov, accessibility = 22 Feb); 'de två första' explicitly declined; Lst signature with Falun street address"),

        mail("y093", "2027-01-08T10:20:00", ("Marcus Öberg", "marcus.oberg@trafikverket.se"),
             "Fråga om deltagande i DalaLab",
             """Hej Linnea,

Jag fick inbjudan till DalaLab vidarebefordrad från en kollega på Ludvika kommun. Jag jobbar med samhällsplanering på Trafikverket, Region Mitt, och vi har mycket kontakt med kommunerna i länet kring översiktsplanerna, särskilt när det gäller transportinfrastruktur och tillgänglighet.

Är lärprojektet öppet även för statliga myndigheter som oss, eller riktar det sig bara till kommunerna och regionen? Om det är öppet skulle jag och kanske en kollega vara intresserade av framför allt träffen den 22 februari 2028. Vi vill inte ta en plats från någon kommun.

Tacksam för besked innan jag anmäler mig.

Med vänlig hälsning
Marcus Öberg
Samhällsplanerare
Trafikverket, Planering Region Mitt
Röda vägen 1, 781 89 Borlänge
Telefon: 010-123 45 67
""",
             X("question"),
             "Trafikverket asks whether state agencies may join and says 'besked innan jag anmäler mig' -> question only, though a date is named; Borlänge address is Trafikverket's"),

        mail("y094", "2027-02-15T14:32:00", ("Pettersson-Lilja Anders", "anders.pettersson-lilja@trafikverket.se"),
             "DalaLab - anmälan Trafikverket",
             """Hej!

Min kollega Marcus Öberg har fått beskedet att även statliga aktörer är välkomna i mån av plats, tack för det. Jag anmäler mig härmed till de två höstträffarna, alltså 21/9 och 29/11. Marcus anmäler sig själv separat.

Ingen specialkost.

Hälsningar
Anders Pettersson-Lilja
Trafikverket
Box 810, 781 28 Borlänge
Direkt 010-123 56 02
""",
             X("register", [P("Anders Pettersson-Lilja", "anders.pettersson-lilja@trafikverket.se", None)], [S2, S3]),
             "Trafikverket (HQ in Borlänge) -> organisation None; surname-first display name with double surname; colleague 'anmäler sig själv separat' is not among people; 'Ingen specialkost' is no diet"),

        mail("y095", "2027-01-19T09:05:00", ("Sofie Lindén", "sofie.linden@boverket.se"),
             "Deltagande som åhörare",
             """Hej Linnea,

Som du vet medverkar jag och Tobias från Boverket på den första träffen i Falun för att prata om planeringsstrategin och ÖP-modellen, så den behöver jag inte anmäla mig till på vanligt sätt.

Men jag skulle gärna följa projektet vidare som deltagare. Kan du anmäla mig till den andra och den tredje träffen (21 september och 29 november)? Den sista om tillgänglighet krockar tyvärr med en nationell konferens vi har.

Jag är vegetarian, om det spelar någon roll för fikat.

Hälsningar
Sofie Lindén
Handläggare, Enheten för samhällsplanering
Boverket
Box 534, 371 23 Karlskrona
0455-35 30 00
""",
             X("register", [P("Sofie Lindén", "sofie.linden@boverket.se", None, diet="vegetarian")], [S2, S3],
               diet="vegetarian"),
             "Boverket speaker at session 1 registers as participant for sessions 2 and 3 only; Tobias (co-speaker) not registered; organisation None"),

        mail("y096", "2027-02-03T16:48:00", ("James O'Connor", "james.oconnor@wsp.com"),
             "Registration DalaLab",
             """Hello Linnea,

I'm a senior planning consultant with WSP in Falun. Over the past years I've worked with Hedemora and Säter on their comprehensive plans, but I don't represent any municipality in this – I'd be attending out of my own professional interest and WSP covers my time.

If that is fine with you, please register me for the second and fourth meetings (21 September 2027 and 22 February 2028). The other two clash with client workshops I already have in the diary.

I read Swedish well but speak it less confidently, hope that's OK.

Kind regards,
James O'Connor
Senior Consultant, Urban & Regional Planning
WSP Sverige AB
Falun office
M +46 72 555 01 93
""",
             X("register", [P("James O'Connor", "james.oconnor@wsp.com", None)], [S2, S4]),
             "English, WSP consultant on his own account -> None although Hedemora and Säter are named; apostrophe in name; 'second and fourth' with dates"),

        mail("y097", "2027-01-25T11:10:00", ("Ylva Hjort", "ylva.hjort@vansbro.se"),
             "Anmälan Vansbro kommun",
             """Hej!

Vansbro kommun anmäler två personer till DalaLab, samtliga fyra träffar:

1. Ylva Hjort (undertecknad), plan- och byggchef, ylva.hjort@vansbro.se
2. Jonas Ahl, Sweco, jonas.ahl@sweco.se – Jonas är vår upphandlade konsult för den nya översiktsplanen och tar en av kommunens platser.

Vi kan eventuellt komma att anmäla en tredje person längre fram.

Med vänlig hälsning

Ylva Hjort
Plan- och byggchef
Vansbro kommun
Box 501, 780 50 Vansbro
0281-750 00
""",
             X("register", [P("Ylva Hjort", "ylva.hjort@vansbro.se", "Vansbro kommun"),
                            P("Jonas Ahl", "jonas.ahl@sweco.se", "Vansbro kommun")], ALL),
             "municipality registers itself plus its Sweco consultant who explicitly takes one of Vansbro's places -> consultant labelled Vansbro kommun despite sweco.se; possible third person later is not registered"),

        tg("y098", "2027-03-02T21:37:00", "Mats Grönqvist", 7701234,
           "hej! mats på ramboll här. jobbar m en fördjupad öp åt rättvik men detta är för egen del, inte som kommunens plats. kan ni skriva upp mig på träffen 29/11?",
           X("register", [P("Mats Grönqvist", None, None)], [S3]),
           "Telegram, lower case; Ramboll consultant says explicitly he is not Rättvik's place -> organisation None; 29/11 only"),

        mail("y099", "2026-12-14T15:55:00", ("Birgitta Ståhl", "bst@du.se"),
             "Anmälan – Högskolan Dalarna",
             """Hej Linnea,

Tack för inbjudan som ni skickade till oss på Högskolan Dalarna. Jag är docent i kulturgeografi och leder ett forskningsprojekt om strategisk översiktsplanering i små och medelstora kommuner, så DalaLab passar oss väldigt bra.

Jag vill anmäla mig själv och vår doktorand Ali Reza Mohammadi (arm@du.se) till hela serien av träffar. Vi deltar förstås på samma villkor som övriga och kommer inte att samla in några data utan att först fråga deltagarna.

Ali äter halal, jag har inga särskilda önskemål.

Vänliga hälsningar
Birgitta Ståhl
Docent i kulturgeografi
Högskolan Dalarna
791 88 Falun
023-77 80 00
""",
             X("register", [P("Birgitta Ståhl", "bst@du.se", None),
                            P("Ali Reza Mohammadi", "arm@du.se", None, diet="halal")], ALL, diet="halal"),
             "university researcher + PhD student (du.se, Falun) -> organisation None for both; 'hela serien' = all four; diet belongs to the colleague; short initials-style addresses"),

        mail("y100", "2027-03-11T07:52:00", ("Emelie Sundqvist", "emelie.sundqvist@lansstyrelsen.se"),
             "Avanmälan 21 september",
             """God morgon,

Jag är anmäld till samtliga DalaLab-träffar men måste tyvärr avanmäla mig från den 21 september. Samma dag har vi den länsövergripande klimatanpassningsdagen som jag är ansvarig för. Övriga träffar deltar jag på som planerat.

Hälsningar
Emelie Sundqvist
Klimatanpassningssamordnare
Länsstyrelsen Dalarna
Enheten för samhällsskydd och beredskap
010-225 03 14
""",
             X("cancel", [P("Emelie Sundqvist", "emelie.sundqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2]),
             "partial cancellation of 21 Sep only; 'samtliga' refers to the existing registration, the rest stays"),

        mail("y101", "2027-02-22T12:03:00", ("Per Andersson", "per.andersson@regiondalarna.se"),
             "Byte av träff",
             """Hej Linnea

Jag anmälde mig i december till den 3 maj och den 29 november. Nu visar det sig att 29/11 krockar med regionstyrelsens budgetberedning, så jag skulle vilja byta den mot den sista träffen, 22 feb 2028. 3 maj står kvar.

Tack på förhand!
Per

Per Andersson | Strateg, Infrastruktur och samhällsplanering
Region Dalarna
Mobil 070-228 19 40
""",
             X("change", [P("Per Andersson", "per.andersson@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "session swap with the existing registration stated -> after change 3 May + 22 Feb; sent on 22 Feb 2027 (not the 2028 session)"),

        mail("y102", "2027-02-08T10:41:00", ("Gustav Norling", "gustav.norling@lansstyrelsen.se"),
             "Ersättare i DalaLab",
             """Hej,

Karin Eriksson Blom på vår enhet för samhällsplanering slutar hos oss den 28 februari och kan därför inte gå på DalaLab. Hon var anmäld till alla fyra träffarna.

Reza Tavakoli, planhandläggare hos oss, tar över hennes plats på samtliga träffar. Hans adress är reza.tavakoli@lansstyrelsen.se. Reza är glutenintolerant.

Med vänlig hälsning
Gustav Norling
Enhetschef, Samhällsplanering
Länsstyrelsen Dalarna
""",
             X("change", [P("Karin Eriksson Blom", None, "Länsstyrelsen Dalarna"),
                          P("Reza Tavakoli", "reza.tavakoli@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="glutenintolerant")], ALL, diet="glutenintolerant"),
             "unit chief substitutes a leaving colleague (unhyphenated double surname) with another; sender not among people; substitute takes all four; diet is the substitute's"),

        tg("y103", "2027-04-06T18:20:00", "Petra Nordin", 5512009,
           "Hej! Kan ni stryka mig från träffen i maj? Krockar med regionfullmäktige tyvärr 😕 Resten går jag på. /Petra, Region Dalarna",
           X("cancel", [P("Petra Nordin", None, "Region Dalarna")], [S1]),
           "Telegram partial cancellation; 'träffen i maj' = 3 May; emoji"),

        mail("y104", "2027-03-20T19:14:00", ("Johanna Björk", "johanna.bjork.privat@gmail.com"),
             "Radera mina uppgifter",
             """Hej,

Jag anmälde mig till DalaLab i december, då från min jobbadress på Tyréns där jag arbetade som planeringskonsult. Jag har nu slutat där och har inte längre anledning att delta.

Jag vill att ni tar bort min anmälan och raderar alla personuppgifter ni har om mig. Bekräfta gärna till den här adressen när det är gjort.

Johanna Björk
""",
             X("erasure", [P("Johanna Björk", "johanna.bjork.privat@gmail.com", None)]),
             "erasure from a private gmail by a former Tyréns consultant -> organisation None; the old work address is not written out"),

        mail("y105", "2027-03-29T06:02:00", ("Annika Wiberg", "annika.wiberg@lansstyrelsen.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej,

Jag är föräldraledig till och med 29 november 2027 och läser inte min e-post. För frågor om kulturmiljö och samhällsplanering, kontakta Länsstyrelsen Dalarnas växel på 010-225 00 00 eller dalarna@lansstyrelsen.se.

Hello,

I am on parental leave until 29 November 2027 and will not be reading my e-mail. Please contact Länsstyrelsen Dalarna at +46 10 225 00 00 or dalarna@lansstyrelsen.se.

Annika Wiberg
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "bilingual out-of-office reply to the reminder; leave 'till och med 29 november 2027' coincides with a session date but is no signup"),

        mail("y106", "2027-02-11T08:00:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Boverket informerar: Nyheter om översiktsplanering – februari 2027",
             """BOVERKET INFORMERAR – FEBRUARI 2027

Webbinarium 21 september: Utvecklingsinriktning i praktiken
Hur kan kommunerna formulera en utvecklingsinriktning i den nya ÖP-modellen? Vi samtalar med planerare från tre kommuner. Anmäl dig senast 10 september via boverket.se/webbinarier.

Nytt i PBL Kunskapsbanken
Vägledningen om planeringsstrategi har uppdaterats med nya exempel. Läs mer på boverket.se/pbl-kunskapsbanken.

Regionala träffar våren 2027
Under maj och juni besöker vi flera län. Den 3 maj deltar vi i Region Dalarnas lärprojekt i Falun.

--
Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets nyheter om samhällsplanering.
Avsluta prenumeration: https://www.boverket.se/nyhetsbrev/avsluta
Boverket, Box 534, 371 23 Karlskrona
""",
             X("unknown"),
             "agency newsletter to the organiser naming 21 September, 3 May and 'anmäl dig' -> unknown, not a signup"),

        mail("y107", "2026-12-17T14:26:00", ("Kerstin Malmberg", "kerstin.malmberg@regiondalarna.se"),
             "Fråga om antal deltagare från regionen",
             """Hej Linnea!

En fråga innan vi anmäler oss: gäller taket på tre personer per kommun även för oss på regionen? Vi är fem på enheten för samhällsplanering som är intresserade, plus en från Dalatrafik som jobbar med tillgänglighetsfrågor. Vill inte tränga undan kommunerna om det blir fullt.

Kram
Kerstin

Kerstin Malmberg
Region Dalarna
""",
             X("question"),
             "question about the quota for the Region, 'innan vi anmäler oss' -> no signup, no people"),

        mail("y108", "2027-01-13T09:38:00", ("Malin Åhs", "malin.ahs@regiondalarna.se"),
             "Anmälan från Regional utveckling",
             """Hej Linnea,

Tack för svaret om antalet platser! Vi blir fyra från enheten som vill vara med på första och tredje träffen (3 maj och 29 november):

- Malin Åhs (jag), malin.ahs@regiondalarna.se
- Fredrik von Essen, fredrik.vonessen@regiondalarna.se
- Leila Haddadi, leila.haddadi@regiondalarna.se – vegan
- Kerstin Malmberg, kerstin.malmberg@regiondalarna.se

Kerstin och jag kommer eventuellt även på den andra träffen, men det återkommer vi om.

Hälsningar
Malin Åhs
Utvecklingsstrateg
Region Dalarna
""",
             X("register", [P("Malin Åhs", "malin.ahs@regiondalarna.se", "Region Dalarna"),
                            P("Fredrik von Essen", "fredrik.vonessen@regiondalarna.se", "Region Dalarna"),
                            P("Leila Haddadi", "leila.haddadi@regiondalarna.se", "Region Dalarna", diet="vegan"),
                            P("Kerstin Malmberg", "kerstin.malmberg@regiondalarna.se", "Region Dalarna")],
               [S1, S3], diet="vegan"),
             "four Region people incl. sender (bullet list, 'von' particle); 'första och tredje' = 3 May + 29 Nov; 'eventuellt även den andra ... återkommer' is not a signup; per-person diet"),

        mail("y109", "2027-02-25T13:15:00", ("Nadia El-Khoury", "nadia.el-khoury@lansstyrelsen.se"),
             "Anmälan DalaLab – höstens träffar",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Jag vill g&auml;rna anm&auml;la mig till h&ouml;stens tv&aring; tr&auml;ffar i DalaLab. Jag arbetar som planhandl&auml;ggare p&aring; L&auml;nsstyrelsen och granskar &ouml;versiktsplaner fr&aring;n flera av kommunerna i l&auml;net, s&aring; det vore v&auml;rdefullt att h&ouml;ra hur de t&auml;nker kring utvecklingsinriktning och os&auml;kerheter.</p>
<p>Jag beh&ouml;ver glutenfri kost.</p>
<p>V&auml;nliga h&auml;lsningar<br>
<b>Nadia El-Khoury</b><br>
Planhandl&auml;ggare, Enheten f&ouml;r samh&auml;llsplanering<br>
L&auml;nsstyrelsen Dalarna<br>
Tel 010-225 04 87</p>
<p style="color:#808080;font-size:8pt">Detta e-postmeddelande kan inneh&aring;lla information som &auml;r konfidentiell. Om du inte &auml;r r&auml;tt mottagare, meddela avs&auml;ndaren och radera meddelandet.</p>
</body></html>
""",
             X("register", [P("Nadia El-Khoury", "nadia.el-khoury@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3], diet="glutenfri"),
             "HTML-only mail with entities; 'höstens två träffar' = 21 Sep + 29 Nov; hyphenated Arabic surname; organisation from domain + 'Länsstyrelsen'"),

        mail("y110", "2027-03-04T10:27:00", ("Åsa Lindqvist", "asa.lindqvist@tyrens.se"),
             "Anmälan för Smedjebackens kommun",
             """Hej!

Jag är planeringsarkitekt på Tyréns och sedan i höstas inhyrd på Smedjebackens kommun som stöd i arbetet med översiktsplanen. Kommunens planarkitekt är föräldraledig under 2027 och samhällsbyggnadschefen Per-Erik Lund har bett mig representera kommunen i DalaLab i hennes ställe. Per-Erik står på kopia.

Jag vill därför anmäla mig till de två första träffarna, 3 maj och 21 september. Hur vi gör med de två senare får vi se när hon är tillbaka.

Mvh
Åsa Lindqvist
Tyréns Sverige AB, kontoret i Borlänge
""",
             X("register", [P("Åsa Lindqvist", "asa.lindqvist@tyrens.se", "Smedjebackens kommun")], [S1, S2],
               unsure=["organisation"]),
             "iso-8859-1; Tyréns consultant says the municipality asked her to represent it -> Smedjebackens kommun (her own claim, so unsure); Per-Erik Lund only mentioned; Borlänge office is not the organisation",
             charset="iso-8859-1"),

        tg("y111", "2027-01-28T12:12:00", "Tove Markström", 6120458,
           "Hej! Tove här från Lst Dalarna, vattenenheten 🙂 Anmäler mig till alla fyra träffarna. Mejl: tove.markstrom@lansstyrelsen.se",
           X("register", [P("Tove Markström", "tove.markstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "Telegram with an address in the text (kept); 'Lst Dalarna'; 'alla fyra'"),

        mail("y112", "2027-03-16T15:40:00", ("Oskar Brännström", "oskar.brannstrom@lansstyrelsen.se"),
             "Anmälan 3 maj",
             """Hej Linnea,

Jag jobbar med regional planering på Länsstyrelsen Gävleborg och vi följer med stort intresse hur ni i Dalarna arbetar med planeringsstrategier, eftersom vi står inför ett liknande arbete med kommunerna här. Om det finns plats skulle jag gärna delta på den första träffen den 3 maj i Falun.

Vänliga hälsningar
Oskar Brännström
Samhällsplanerare
Länsstyrelsen Gävleborg
801 70 Gävle
010-225 10 00
""",
             X("register", [P("Oskar Brännström", "oskar.brannstrom@lansstyrelsen.se", None)], [S1]),
             "lansstyrelsen.se is shared by all county boards: the signature says Gävleborg -> organisation None, not Länsstyrelsen Dalarna"),

        mail("y113", "2027-02-01T08:55:00", ("Jukka Heikkinen", "jukka.heikkinen@regiondalarna.se"),
             "DalaLab tillgänglighet",
             """Hej,

Jag arbetar med trafikplanering och tillgänglighet på Dalatrafik och tycker att den avslutande träffen om tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet – ligger precis i vår kärnfråga. Jag anmäler mig gärna till den. Laktosfri kost tack.

Med vänlig hälsning
Jukka Heikkinen
Trafikplanerare
Dalatrafik – kollektivtrafikförvaltningen i Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Jukka Heikkinen", "jukka.heikkinen@regiondalarna.se", "Region Dalarna")], [S4],
               diet="laktosfri"),
             "Dalatrafik is part of Region Dalarna (regiondalarna.se) -> Region Dalarna; session only by title/'avslutande' = 22 Feb 2028; Finnish name"),

        mail("y114", "2027-03-08T16:05:00", ("Ebba Lönnqvist", "ebba.lonnqvist@regiondalarna.se"),
             "Lägg till en träff",
             """Hej igen!

Jag är sedan tidigare anmäld till träffen den 21 september om utvecklingsinriktning. Efter att ha läst programmet vill jag gärna även vara med den 29 november – kan du lägga till den på min anmälan?

Mvh Ebba

Skickat från Outlook för iOS
""",
             X("change", [P("Ebba Lönnqvist", "ebba.lonnqvist@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "adds a session to an existing registration; both stated -> 21 Sep + 29 Nov; organisation only from the domain"),

        mail("y115", "2027-04-02T11:33:00", ("Lena Hasselgren", "lena.hasselgren@regiondalarna.se"),
             "Avanmälan kollega",
             """Hej Linnea,

Jag skriver för min medarbetares räkning: Sofia Al-Amin är sjukskriven på obestämd tid och kommer inte att kunna delta på någon av DalaLab-träffarna. Vill du stryka henne från deltagarlistan? Vi har i nuläget ingen som kan gå i hennes ställe.

Hälsningar
Lena Hasselgren
Avdelningschef Samhällsplanering
Region Dalarna
""",
             X("cancel", [P("Sofia Al-Amin", None, "Region Dalarna")], ALL),
             "manager cancels a colleague (sender not among people); 'någon av träffarna' -> all four; no substitute -> cancel"),

        mail("y116", "2027-01-21T20:47:00", ("Tilda Vestin", "h22tilve@du.se"),
             "Fråga om att närvara vid DalaLab",
             """Hej!

Jag läser masterprogrammet i fysisk planering vid Högskolan Dalarna och skriver min uppsats om planeringsstrategier i Dalarnas kommuner. Skulle det vara möjligt för mig att närvara som observatör vid någon av träffarna, till exempel den 21 september?

Jag förstår helt om lärprojektet bara är öppet för tjänstepersoner.

Vänliga hälsningar
Tilda Vestin
masterstudent, Högskolan Dalarna
""",
             X("question"),
             "student asks whether she may observe; names one date as an example -> question, no sessions"),

        tg("y117", "2027-04-09T07:45:00", "Robin Dahlgren", 3390117,
           "morrn! två snabba frågor inför 3 maj: finns det parkering vid lokalen i Falun, och går det att vara med digitalt om man blir kvar i Mora den dagen? /Robin, lst",
           X("question"),
           "Telegram questions from a (presumably registered) Lst person; date and two places named, no request"),

        mail("y118", "2027-03-23T13:58:00", ("Anneli Sjödin", "anneli.sjodin@regiondalarna.se"),
             "Anmälan för Mora kommuns räkning",
             """Hej Linnea,

Mora kommuns nyanställda översiktsplanerare Ingrid Ersson-Mattsson hörde av sig till mig på länets planeringsnätverk och bad mig anmäla henne, eftersom hennes e-post hos kommunen inte är aktiverad än. Hon vill delta på samtliga träffar. Hennes adress blir ingrid.ersson-mattsson@mora.se från och med 1 april.

Själv är jag redan anmäld sedan tidigare.

Hälsningar
Anneli Sjödin
Region Dalarna, Regional utveckling
""",
             X("register", [P("Ingrid Ersson-Mattsson", "ingrid.ersson-mattsson@mora.se", "Mora kommun")], ALL),
             "Region employee registers a Mora planner (sender already registered, not among people); future address given in text -> kept; Mora kommun, not Region"),

        mail("y119", "2027-04-08T17:22:00", ("Viktor Hammarlund", "viktor.hammarlund@sweco.se"),
             "SV: Påminnelse – sista dag för anmälan till DalaLab 14 april",
             """Hej,

Anmäler mig till den sista träffen (22/2 2028). Jag deltar som konsult på egen hand, inte för någon kommun.

Mvh
Viktor Hammarlund
Sweco Architects AB, Falun
070-861 22 35

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 6 april 2027 09:00
Till: Planeringsnätverket Dalarna
Ämne: Påminnelse – sista dag för anmälan till DalaLab 14 april

Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är onsdag 14 april 2027. Träffarna:
• 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028 – Planera för tillgänglighet

Upp till tre personer per kommun.

Hälsningar
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Viktor Hammarlund", "viktor.hammarlund@sweco.se", None)], [S4]),
             "short reply above a quoted reminder listing all four dates and the deadline; '22/2 2028' only; Sweco consultant on his own -> None"),

        mail("y120", "2027-01-15T10:09:00", ("Sandström, Jenny", "jenny.sandstrom@lansstyrelsen.se"),
             "Kost",
             """Hej Linnea!

Jag anmälde mig till alla fyra DalaLab-träffarna i december men glömde då att skriva att jag har mjölkproteinallergi. Kan du lägga till det på min anmälan?

Tack!
Jenny Sandström
Länsstyrelsen Dalarna
""",
             X("change", [P("Jenny Sandström", "jenny.sandstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="mjölkproteinallergi")], ALL, diet="mjölkproteinallergi"),
             "diet update for an existing registration -> change; sessions stated as 'alla fyra'; 'Efternamn, Förnamn' display name"),

        mail("y121", "2027-02-17T09:30:00", ("Elena Petrova", "elena.petrova@regiondalarna.se"),
             "DalaLab sign-up",
             """Hi Linnea,

I work in Region Dalarna's EU and international unit, coordinating our part of an Interreg project on rural accessibility, so the learning project looks very relevant. Please sign me up for the first and the last sessions – 3 May in Falun, and the one on accessibility in February 2028.

One practical thing: I'm vegan.

Thanks a lot,
Elena

Elena Petrova
Project Coordinator, EU and International Affairs
Region Dalarna
""",
             X("register", [P("Elena Petrova", "elena.petrova@regiondalarna.se", "Region Dalarna")], [S1, S4],
               diet="vegan"),
             "English from Region staff; 'first and the last' = 3 May + 22 Feb 2028; diet 'vegan'"),

        tg("y122", "2027-03-26T22:05:00", "Emil Sjöholm", 8045561,
           "hej, emil från ramboll. jag kommer inte kunna gå 21/9 som jag var anmäld till, men min kollega hampus lidén (hampus.liden@ramboll.se) tar min plats den dagen. vi är båda här på egen hand, inte för nån kommun",
           X("change", [P("Emil Sjöholm", None, None), P("Hampus Lidén", "hampus.liden@ramboll.se", None)], [S2]),
           "Telegram substitution between two Ramboll consultants for 21 Sep; lower-case name of the substitute; both organisation None"),

        mail("y123", "2027-02-26T11:18:00", ("Niklas Öhman", "niklas.ohman@sweco.se"),
             "Återkallar anmälan",
             """Hej Linnea,

Jag behöver tyvärr dra tillbaka min anmälan till DalaLab i sin helhet. Mitt uppdrag för Borlänge kommun avslutas i mars och jag går över till ett projekt i Stockholm, så det blir svårt att delta.

Lycka till med projektet!

Niklas Öhman
Uppdragsledare Samhällsplanering
Sweco Society AB, Borlänge
""",
             X("cancel", [P("Niklas Öhman", "niklas.ohman@sweco.se", None)], ALL, unsure=["organisation"]),
             "full cancellation by a Sweco consultant; his Borlänge assignment does not make him Borlänge kommun (but whether he held a Borlänge place is unclear)"),

        mail("y124", "2027-01-11T14:02:00", ("Mikael Dahlberg", "mikael.dahlberg@lansstyrelsen.se"),
             "VB: DalaLab – kan vi gå?",
             """Hej Linnea,

Vi blir två från Lst som vill vara med: jag och Jonatan Öhrn (se hans mejl nedan). Vi går båda på träffarna 3 maj och 21 september; de två senare vet vi inte än.

Mikael Dahlberg
Länsstyrelsen Dalarna, Samhällsplanering

-------- Vidarebefordrat meddelande --------
Från: Jonatan Öhrn <jonatan.ohrn@lansstyrelsen.se>
Datum: 2027-01-11 13:40
Till: Mikael Dahlberg <mikael.dahlberg@lansstyrelsen.se>
Ämne: DalaLab – kan vi gå?

Hej Micke! Såg inbjudan från regionen, ska vi anmäla oss? Jag kan 3/5 och 21/9 men vet inte hur det blir med 29/11 och 22/2 – mycket granskningar då.

/Jonatan
""",
             X("register", [P("Mikael Dahlberg", "mikael.dahlberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Jonatan Öhrn", "jonatan.ohrn@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "forward: sender + colleague whose address is only in the forwarded header; forwarded part names all four dates but only 3/5 and 21/9 are asked for; 'Lst'"),

        mail("y125", "2027-03-30T09:01:00", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Olevererbart: DalaLab – bekräftelse av anmälan",
             """Leveransen har misslyckats till följande mottagare eller grupper:

johan.persson@regiondalarna.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM

johan.persson@regiondalarna.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: johan.persson@regiondalarna.se
Subject: DalaLab – bekräftelse av anmälan
Date: Tue, 30 Mar 2027 09:00:41 +0200

Hej Johan!

Tack för din anmälan till DalaLab. Du är anmäld till träffarna 3 maj 2027 och 21 september 2027.

Hälsningar
Linnea Hassis
""",
             X("auto_reply"),
             "Exchange non-delivery report in Swedish for a returned confirmation naming a person and two dates -> auto_reply, nothing registered"),

        mail("y126", "2027-02-09T08:31:00", ("Roger Hellström", "roger.hellstrom@gagnef.se"),
             "DalaLab – Gagnef",
             """Hej,

Gagnefs kommun har i dag ingen egen översiktsplanerare, så vi skickar vår upphandlade konsult från WSP, Linda Marjavaara (linda.marjavaara@wsp.com), till DalaLab. Hon deltar för kommunens räkning på alla fyra träffarna och återrapporterar till oss. Själv har jag tyvärr inte möjlighet att delta.

Jag utgår från att deltagandet är kostnadsfritt, annars får du gärna höra av dig.

Roger Hellström
Samhällsbyggnadschef
Gagnefs kommun
0241-150 00
""",
             X("register", [P("Linda Marjavaara", "linda.marjavaara@wsp.com", "Gagnefs kommun")], ALL),
             "municipality sends its WSP consultant 'för kommunens räkning' -> Gagnefs kommun despite wsp.com; sender explicitly not attending; side remark about cost is not a question to label"),

        tg("y127", "2027-02-12T13:03:00", "Sanna Mäkinen", 4420873,
           "Tjena Linnea! Anmäler mig o kollegan Jesper Wallin till 3/5 o 21/9. Vi är båda på regional utveckling, Region Dalarna. /Sanna",
           X("register", [P("Sanna Mäkinen", None, "Region Dalarna"), P("Jesper Wallin", None, "Region Dalarna")],
             [S1, S2]),
           "Telegram, sender + colleague, 'o' for och, numeric dates"),

        mail("y128", "2027-03-18T09:12:00", ("Amanda Lindholm", "amanda.lindholm@regiondalarna.se"),
             "Ny arbetsgivare – uppdatera min anmälan",
             """Hej!

När jag anmälde mig till DalaLab arbetade jag på Länsstyrelsen, men sedan 1 mars är jag anställd på Region Dalarna som regionplanerare. Kan du ändra min anmälan så att den står på regionen och den här nya adressen? Jag är fortfarande anmäld till 21 september och 22 februari och vill gärna gå på båda.

Hälsningar
Amanda Lindholm
Regionplanerare, Region Dalarna
""",
             X("change", [P("Amanda Lindholm", "amanda.lindholm@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "details change: moved from Länsstyrelsen to Region Dalarna -> current organisation Region Dalarna, new address; sessions stated and unchanged"),

        mail("y129", "2027-04-01T10:44:00", ("Ali Reza Mohammadi", "arm@du.se"),
             "Cancellation 29 November",
             """Hi Linnea,

Unfortunately I have to cancel my participation in the DalaLab meeting on 29 November – my half-time seminar has just been scheduled for that day. I'll attend the other sessions as planned.

Best regards,
Ali Reza Mohammadi
PhD candidate, Dalarna University
""",
             X("cancel", [P("Ali Reza Mohammadi", "arm@du.se", None)], [S3]),
             "English partial cancellation by a university PhD student -> None; only 29 Nov"),

        mail("y130", "2027-03-05T15:18:00", ("Marit Olsson-Rask", "marit.olsson-rask@regiondalarna.se"),
             "Två frågor om upplägget",
             """Hej Linnea,

Ett par frågor om DalaLab:

1) Kommer presentationerna från träffarna att delas i efterhand?
2) Går det att komma bara på eftermiddagen den 3 maj? Jag har ett styrgruppsmöte till kl 12.

Tack!
Marit

Marit Olsson-Rask
Processledare, Region Dalarna
""",
             X("question"),
             "numbered questions from Region staff; 3 May and 'kl 12' named, no signup or change request"),

        tg("y131", "2027-03-14T20:30:00", "Hugo Ljungqvist", 2287340,
           "Hej. Hugo på Länsstyrelsen Dalarna här. Jag vill inte vara med i DalaLab längre och vill att ni raderar alla mina personuppgifter, både anmälan och mejladress. Tack.",
           X("erasure", [P("Hugo Ljungqvist", None, "Länsstyrelsen Dalarna")]),
           "Telegram erasure request; people = sender, organisation from text"),

        mail("y132", "2027-03-01T13:20:00", ("Maria Jönsson", "maria.jonsson@leksand.se"),
             "Byte av deltagare – Leksand",
             """Hej!

Robin Engström från Sweco, som var anmäld till DalaLab som en av Leksands kommuns platser, har avslutat sitt uppdrag hos oss. I stället går Maja Berglund-Nilsson från vår planenhet, maja.berglund-nilsson@leksand.se, på samtliga träffar.

Våra två andra platser är oförändrade.

Vänliga hälsningar
Maria Jönsson
Planchef, Leksands kommun
""",
             X("change", [P("Robin Engström", None, "Leksands kommun"),
                          P("Maja Berglund-Nilsson", "maja.berglund-nilsson@leksand.se", "Leksands kommun")], ALL),
             "substitution: a Sweco consultant holding a Leksand place replaced by a municipal planner; sender and 'två andra platser' not among people; substitute takes all"),

        mail("y133", "2027-04-07T11:50:00", ("Gunnel Rydén", "gunnel.ryden@regiondalarna.se"),
             "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej, jag vill gärna vara med på de två sista träffarna (29 nov och 22 feb). Jobbar med folkhälsa och social hållbarhet på regionen, så tillgänglighetsträffen känns extra angelägen.

Gunnel

Den 6 april 2027 kl. 09:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej!
> Sista dag att anmäla sig till DalaLab är onsdag 14 april.
> Träffar: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
> Upp till tre personer per kommun.
> /Linnea
""",
             X("register", [P("Gunnel Rydén", "gunnel.ryden@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "one-paragraph reply over a '>'-quoted reminder with all dates; 'de två sista' = 29 Nov + 22 Feb; 'regionen'"),

        mail("y134", "2026-12-21T10:15:00", ("Marta Kowalczyk", "mko@du.se"),
             "Participation in one DalaLab session",
             """Dear Linnea Hassis,

I'm a researcher in energy and the built environment at Dalarna University, based at the Borlänge campus. A colleague at Region Dalarna pointed me to DalaLab. I would like to attend the session on planning for both desirable futures and uncertainties in November, as it is very close to my scenario work. Could you please register me?

With best regards,
Marta Kowalczyk, PhD
Dalarna University | Högskolan Dalarna
Borlänge
""",
             X("register", [P("Marta Kowalczyk", "mko@du.se", None)], [S3]),
             "English; session only by title + 'in November' = 29 Nov; Högskolan Dalarna in Borlänge -> None, not Borlänge kommun or Region"),

        tg("y135", "2027-04-03T16:40:00", "Elsa Yilmaz", 9013772,
           "hej! jag anmälde mig till alla fyra men kan nu bara komma på de två sista. kan ni ändra det? /elsa, lst dalarna",
           X("change", [P("Elsa Yilmaz", None, "Länsstyrelsen Dalarna")], [S3, S4]),
           "Telegram change that states the sessions after the change ('bara de två sista') -> 29 Nov + 22 Feb; 'lst dalarna' lower case"),
    ]
