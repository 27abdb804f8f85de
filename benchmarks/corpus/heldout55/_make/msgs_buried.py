"""Writer "buried" (bf091–bf135): long messages where the DalaLab request is a small part of the text.

Project updates, meeting notes and APT minutes, internal newsletters, hand-over mails and chatty Telegram messages
that list many other dates (samråd periods, council meetings, a conference on 4 May, "semester v.28–32", office
hours), signatures with diarienummer, org.nr and date-like phone numbers, disclaimers, PS lines that hold the actual
request, and replies where the DalaLab dates appear only in a quoted invitation while the writer's own words say
which. Only the writer's own words about DalaLab count. Some mention the event without any request (unknown).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 1 december 2026 09:00
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
>
> Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar
> med planeringsprocesser till lärprojektet DalaLab – Planering för hållbarhet
> och utvecklingskraft. Projektet består av fyra träffar:
>
> 1. 3 maj 2027, kl. 10–15 (fika från 9.30), Falun: Hållbar utveckling i ett
>    rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> 2. 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i
>    ÖP-modellen och hur kan man jobba med det?
> 3. 29 november 2027: Att planera både för önskvärda framtider och för
>    osäkerheter
> 4. 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk
>    mobilitet och digital tillgänglighet
>
> Upp till tre personer per kommun kan delta. Anmäl dig senast 14 april 2027
> till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.
>
> Välkomna!
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("bf091", "2026-12-02T08:47", ("Anna-Karin Sjödin", "anna-karin.sjodin@falun.se"),
             "Lägesrapport ÖP Falun + lite annat",
             """Hej Linnea!

Tänkte ge dig en kort lägesrapport från oss innan jul, eftersom du bad om det på länsträffen.

1. Översiktsplanen: utställningen är planerad till 15 mars–30 april 2027. Vi räknar med antagande i KF i oktober.
2. Grönstrukturplanen: remissvaren är sammanställda, ca 40 yttranden. Beslut i samhällsbyggnadsnämnden 27 januari.
3. Bostadsförsörjningsprogrammet: försenat, vi återkommer efter nyår.
4. Personal: vi har rekryterat en ny planarkitekt som börjar 1 februari. Själv är jag ledig 23 december–9 januari.

Och när jag ändå skriver – jag vill gärna anmäla mig till DalaLab. Alla fyra träffarna, om det går.

Hör av dig om du vill ha underlagen till punkt 2 inför regionens möte 12 januari.

God jul!
Anna-Karin

--
Anna-Karin Sjödin
Strategisk planerare
Samhällsbyggnadsförvaltningen, Falu kommun
791 83 Falun
Tel 023-83 000 (vx), direkt 023-82 11 29
""",
             X("register", [P("Anna-Karin Sjödin", "anna-karin.sjodin@falun.se", "Falu kommun")], ALL),
             "one line in a four-point status report: 'alla fyra träffarna'; exhibition/board/leave dates and "
             "'82 11 29' in the phone are not sessions"),

        mail("bf092", "2026-12-03T06:30", ("Planeringsnytt Dalarna", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt nr 12/2026 – kalendern för våren",
             """PLANERINGSNYTT DALARNA – nr 12/2026
Nyheter om samhällsplanering i länet

I DETTA NUMMER
* Ny vägledning för ÖP-modellen
* Länets kommuner och bostadsförsörjningen
* Kalendarium

KALENDARIUM
14 januari – Boverkets webbinarium om ÖP-modellen (digitalt)
10 februari – Länsstyrelsens planeringsdag, Falun
3 maj – DalaLab startar i Falun. Region Dalarna bjuder in planerare till ett
lärprojekt i fyra träffar (3 maj, 21 september, 29 november och 22 februari 2028).
Anmälan senast 14 april till linnea.hassis@regiondalarna.se.
4 maj – Planeringskonferensen, Gävle

Du får det här nyhetsbrevet eftersom du prenumererar på Planeringsnytt Dalarna.
Avsluta prenumerationen: https://planeringsnytt.se/avsluta
Planeringsnytt AB, org.nr 559123-0921
""",
             X("unknown"),
             "newsletter that lists the DalaLab dates and how to register; nobody asks for anything"),

        mail("bf093", "2026-12-08T15:12", ("Karin Ström", "karin.strom@borlange.se"),
             "Minnesanteckningar planeringsgruppen 7/12 (+ DalaLab)",
             """Hej Linnea,

Jag skickar våra minnesanteckningar från i går eftersom punkt 4 rör er – det blir enklast så.

MINNESANTECKNINGAR, planeringsgruppen Borlänge, 2026-12-07
Närvarande: Karin Ström, Jonas Ekholm, Lars Bäck, Mirja Tuominen

1. Föregående anteckningar – godkända.
2. Detaljplan Kvarnsveden etapp 2: samråd 18 januari–15 februari. Lars ansvarar.
3. Budget 2027: ramärendet går till KS 23 februari.
4. DalaLab (Region Dalarna): Karin och Jonas deltar på första och tredje träffen
   (3 maj och 29 november). Karin anmäler båda till Linnea Hassis. Mirja avvaktar.
5. Övrigt: julfika 17/12 kl. 14.

Nästa möte: 11 januari kl. 9–11, Stadshuset rum 305.

Så: anmäl gärna mig och Jonas Ekholm (jonas.ekholm@borlange.se) till de två träffarna enligt punkt 4.

Hälsningar
Karin Ström
Planchef, Borlänge kommun
Tel 0243-74 00 00
""",
             X("register", [P("Karin Ström", "karin.strom@borlange.se", "Borlänge kommun"),
                            P("Jonas Ekholm", "jonas.ekholm@borlange.se", "Borlänge kommun")], [S1, S3]),
             "request at the end refers to item 4 of the minutes: 3 May + 29 Nov; Mirja 'avvaktar' is not "
             "registered; samråd, KS and next-meeting dates are not sessions"),

        tg("bf094", "2026-12-09T19:40", "Mikael Grahn", "6042117893",
           """Hej Linnea! Tack för senast på planeringsdagen i Avesta 8 december, bra diskussioner. Vi kör samråd på ÖP:n 10 feb–24 mars så det blir en intensiv vår, och sen är jag föräldraledig v.27–33. Men: kan du skriva upp mig och min kollega Sara Lind på alla DalaLab-träffarna? Vi är båda på Avesta kommun. Mvh Mikael""",
           X("register", [P("Mikael Grahn", None, "Avesta kommun"), P("Sara Lind", None, "Avesta kommun")], ALL),
           "sender + colleague, 'alla DalaLab-träffarna'; samråd period and parental leave weeks are not sessions"),

        mail("bf095", "2026-12-11T10:05", ("Johan Persson", "johan.persson@mora.se"),
             "Status: arbetsgruppen regional planeringsstrategi",
             """Hej Linnea och övriga i arbetsgruppen (Linnea, du får den direkt eftersom sista stycket gäller dig),

Här kommer en kort status från Mora inför mötet 16 februari:

- Kartunderlaget för landsbygdsnoderna är klart och ligger på den gemensamma ytan.
- Workshopen med näringslivet blir 26 januari kl. 13–16 i Mora.
- Våra synpunkter på strategiutkastet lämnar vi senast 5 mars.
- Jag är borta 21–25 februari (sportlov).

En sak om DalaLab: jag står anmäld till alla fyra träffarna, men den 29 november krockar med budgetberedningen här, så stryk mig från den. De andra tre går jag på som planerat.

Vänliga hälsningar
Johan Persson
Översiktsplanerare, Mora kommun
Fridhemsgatan 1, 792 80 Mora
0250-260 00
""",
             X("cancel", [P("Johan Persson", "johan.persson@mora.se", "Mora kommun")], [S3]),
             "partial cancellation in the last paragraph of a status mail: 'stryk mig från' 29 Nov only"),

        mail("bf096", "2026-12-14T13:22", ("Helena Björk", "helena.bjork@vansbro.se"),
             "Vansbro och DalaLab – en fråga",
             """Hej Linnea,

Tack för inbjudan till DalaLab. Jag tycker det ser väldigt intressant ut, och det passar bra i tid för oss: vi har precis fått uppdraget att ta fram en planeringsstrategi, och kommunstyrelsen ska besluta om direktivet 2 februari. Vi är bara två planerare i Vansbro, så kompetensutbyte med de andra kommunerna är guld värt.

Innan jag anmäler mig undrar jag en sak: går det att delta digitalt den 21 september om den träffen också är i Falun? Vi har kommunfullmäktige på kvällen samma dag och det är drygt två timmar enkel väg.

Tack på förhand!

Helena Björk
Planarkitekt
Vansbro kommun
Tel 0281-750 00
Besöksadress: Centrumhuset, Vansbro
""",
             X("question"),
             "'Innan jag anmäler mig' + question about joining 21 Sep remotely; no signup yet"),

        mail("bf097", "2026-12-16T16:40", ("Oskar Hedin", "oskar.hedin@leksand.se"),
             "Pendlingsdata till trafikstrategin",
             """Hej Linnea,

Vi håller på med underlaget till Leksands trafikstrategi och skulle behöva regionens pendlingsstatistik för 2019–2025, helst uppdelad på in- och utpendling per tätort. Har ni det i ett format vi kan läsa in i GIS? Det vore fint om vi kunde få det senast 20 januari, så hinner vi gå igenom det före avstämningen med Trafikverket 27 januari.

Tack!

Oskar Hedin
Trafikplanerare, Leksands kommun
Tel 0247-800 00, mobil 070-321 09 21

PS. Skriv upp mig på DalaLab också – inte första träffen (vi har vårt eget ÖP-seminarium i Leksand 3 maj) men de tre andra.
""",
             X("register", [P("Oskar Hedin", "oskar.hedin@leksand.se", "Leksands kommun")], [S2, S3, S4]),
             "the signup is the PS after the signature: all but the first -> 21 Sep, 29 Nov, 22 Feb; '09 21' in the "
             "mobile number is not a date"),

        mail("bf098", "2026-12-18T17:02", ("Maria Sandell", "maria.sandell@hedemora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl!

Jag är ledig 18 december–10 januari och läser inte min e-post. Under vecka 2 är jag på utbildning och svarar med fördröjning.

Brådskande planärenden: kontakta Samhällsbyggnad på 0225-341 00 (telefontid mån–fre 10–12).

Observera även att jag har semester v.28–32 2027.

Med vänlig hälsning
Maria Sandell
Hedemora kommun
""",
             X("auto_reply"),
             "out-of-office echoing the invitation's subject; leave periods and week numbers are not sessions"),

        mail("bf099", "2027-01-07T09:15", ("Lina Wester", "lina.wester@rattvik.se"),
             "Gott nytt år + några praktiska saker",
             """Hej Linnea, och gott nytt år!

Några praktiska saker från oss i Rättvik:

– Planenheten har flyttat in i nya lokaler på Storgatan 2 (fd Tingshuset). Postadressen är oförändrad.
– Vårt direktnummer är nu 0248-70 09 21.
– Kontorstider: helgfria vardagar 8–16.30, telefontid 10–11.
– Samrådet om vindbruksplanen pågår 18 januari–28 februari. Sprid gärna!

Sedan en sak om DalaLab: jag är anmäld till 3 maj, men den dagen flyttar hela förvaltningen in i nya kommunhuset, så jag behöver byta den mot 21 september i stället.

Hälsningar
Lina Wester
Planeringsarkitekt, Rättviks kommun
""",
             X("change", [P("Lina Wester", "lina.wester@rattvik.se", "Rättviks kommun")], [S2]),
             "swap 3 May -> 21 Sep in one paragraph of a practical-matters mail; sessions after the change = 21 Sep; "
             "'70 09 21' in the phone number is not a session"),

        tg("bf100", "2027-01-09T21:10", "Erik Nordin", "5219340087",
           """Hej, sitter på tåget hem från regionträffen. Tack för en bra dag! Kort från oss: vi i Gagnef har fått klartecken för den fördjupade ÖP:n för Djurås, start 1 mars och klar till hösten 2028. Jag är ledig 15–26 februari (sportlov+). PS anmäl mig till DalaLab 21/9, resten vet jag inte än /Erik, Gagnef""",
           X("register", [P("Erik Nordin", None, "Gagnefs kommun")], [S2]),
           "PS at the end of a chatty Telegram: only 21/9; the others undecided; project and leave dates are not "
           "sessions"),

        mail("bf101", "2027-01-12T11:30", ("Rachel Moore", "rachel.moore@lansstyrelsen.se"),
             "Update: climate adaptation mapping + DalaLab",
             """Hi Linnea,

A quick update on the climate adaptation mapping, since the region asked for one before the steering group:

- Flood risk layers for the Dalälven valley are done; the landslide layers follow in February.
- Steering group meeting on 15 March, 13:00–15:00 (Teams).
- Draft report due 30 April; final version before the summer break (weeks 28–32 are a no-go for most of us).
- I'm presenting the work at the Nordic planning conference in Gävle on 4 May.

Also – please sign me up for DalaLab, sessions 1 and 2 (May 3 and Sept 21). I'll see about the later ones once our autumn plan is set.

Best regards,
Rachel Moore
Climate adaptation coordinator
Länsstyrelsen Dalarna
791 84 Falun
+46 10-225 03 05
""",
             X("register", [P("Rachel Moore", "rachel.moore@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "English project update; 'sessions 1 and 2 (May 3 and Sept 21)'; 15 March, 30 April, 4 May and "
             "'03 05' in the phone are not sessions"),

        mail("bf102", "2027-01-14T14:05", ("Göran Wik", "goran.wik@alvdalen.se"),
             "Protokollsutdrag ledningsgruppen 2027-01-13",
             """Hej Linnea,

Här är ett utdrag ur ledningsgruppens anteckningar från i går (Dnr KS 2027/0011). Punkt 7 gäller DalaLab.

§ 5 Budgetuppföljning: prognos lämnas till KS 9 februari.
§ 6 Vinterväghållning: extra plogning beslutad t.o.m. 31 mars.
§ 7 Personal: Emil Backman avslutar sin anställning 28 februari. Hans plats i DalaLab avbokas. Ersättare utses tidigast i höst.
§ 8 Nästa möte: 10 februari kl. 8.30.

Vänligen avanmäl alltså Emil Backman från DalaLab.

Med vänlig hälsning
Göran Wik
Samhällsbyggnadschef
Älvdalens kommun
Box 10, 796 22 Älvdalen
Org.nr 212000-2197
""",
             X("cancel", [P("Emil Backman", None, "Älvdalens kommun")], ALL),
             "manager withdraws a leaving colleague (§ 7 + one line); no session named -> all four; sender not in "
             "people; possible future replacement is not a signup"),

        tg("bf103", "2027-01-15T07:58", "Ylva Nyström", "6630128854",
           """God morgon! Lång vecka här... Vi har öppet hus om ÖP:n 2 februari och 9 mars, och jag är på Boverkets konferens 4 maj. Men DalaLab vill jag vara med på: 3/5 och 22/2. Jag jobbar på Vansbro kommun.
PS. jag är glutenfri""",
           X("register", [P("Ylva Nyström", None, "Vansbro kommun")], [S1, S4], diet="glutenfri"),
           "'3/5 och 22/2' among other dates (open houses, 4 May conference); diet in a PS"),

        mail("bf104", "2027-01-19T10:20", ("Sven-Erik Ojala", "sven-erik.ojala@mora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag kommer gärna på den sista träffen, den om tillgänglighet – det är precis vad vi håller på med i Mora just nu (cykelplan, landsbygdsnoder, mobilitetshubbar). De andra tre hinner jag tyvärr inte med.

/Sven-Erik

Sven-Erik Ojala
Samhällsplanerare, Mora kommun
Mobil 070-229 05 03

""" + INVITE,
             X("register", [P("Sven-Erik Ojala", "sven-erik.ojala@mora.se", "Mora kommun")], [S4]),
             "own words name the session by theme (tillgänglighet = 22 Feb 2028); quoted invitation lists all four; "
             "'05 03' in the mobile is not a date"),

        mail("bf105", "2027-01-21T08:12", ("Per Lindholm", "per.lindholm@regiondalarna.se"),
             "Veckobrev v.3 – Samhällsplanering",
             """VECKOBREV v.3 – Enheten för samhällsplanering

Personal
Välkommen Fatima Rahimi, ny GIS-samordnare från 18 januari! Fatima sitter i rum 4:12.

Kalender
26/1 ledningsgrupp
4/2 RUS-workshop med kommunerna, Borlänge
15/3 styrgrupp klimatanpassning
4/5 Planeringskonferensen i Gävle (anmälan via Per)

Påminnelser
Tidrapporten för januari ska vara inne senast 29/1.

DalaLab
Linnea – en fråga från flera kommuner: kommer Boverkets presentationer från 3 maj att läggas ut efteråt? Säg till så skriver jag om det i nästa veckobrev.

Trevlig helg!
Per
""",
             X("question"),
             "internal newsletter; the only line to the organiser asks whether the 3 May presentations will be "
             "published; no signup, no sessions"),

        tg("bf106", "2027-01-24T20:33", "Jenny Olsson", "1937204468",
           """Hej! Lite rörigt här: vi byter ärendesystem 1 februari, och jag har fått ta över bygglovsenheten tillfälligt till 30 april. Därför kan jag inte gå på DalaLab 3 maj. Min kollega Hanna Öberg går istället, hon är också på Hedemora kommun. De övriga träffarna går jag själv på som planerat. Tack!""",
           X("change", [P("Jenny Olsson", None, "Hedemora kommun"), P("Hanna Öberg", None, "Hedemora kommun")],
             [S1]),
           "substitution for 3 May only (Jenny keeps the others); people = withdrawn + substitute; sessions = what "
           "Hanna takes"),

        mail("bf107", "2027-01-27T13:45", ("Malin Sjöqvist", "malin.sjoqvist@orsa.se"),
             "Introduktion ny planarkitekt – DalaLab",
             """Hej Linnea,

Jag håller i introduktionen för vår nya planarkitekt Amanda Berg, som börjar hos oss 1 mars. Hennes program ser ut så här:

Vecka 9: introduktion på förvaltningen, rundtur i kommunen
8 mars: IT-utbildning
15 mars: arbetsmiljöutbildning
12 april: uppföljningssamtal med chef

Hennes chef Tomas Ring vill också att hon anmäls till DalaLab, samtliga träffar. Hennes e-post blir amanda.berg@orsa.se (aktiv från 1 mars).

Med vänlig hälsning
Malin Sjöqvist
HR-assistent
Orsa kommun
Org.nr 212000-2171
Tel 0250-552 00
""",
             X("register", [P("Amanda Berg", "amanda.berg@orsa.se", "Orsa kommun")], ALL),
             "HR registers a new employee in the middle of an intro schedule; 'samtliga träffar' = all four; "
             "sender and manager not in people"),

        mail("bf108", "2027-01-29T09:02", ("Tove Lundqvist", "tove.lundqvist@falun.se"),
             "Lite av varje inför att jag slutar",
             """Hej Linnea,

Som du kanske hört flyttar jag till Västerås och börjar på Mälardalsrådet 1 mars. Några saker inför överlämningen:

– Detaljplanerna för Främby udde och Kniptorget lämnar jag till Peter Lönn.
– Överlämningsmöte med regionen 15 februari kl. 10, om det passar er.
– Mitt sista arbetspass är 26 februari.

PS. En sak till: jag vill att ni raderar de personuppgifter ni har om mig i samband med DalaLab (jag anmälde mig i december). Jag kommer ju inte att kunna delta.

Tack för gott samarbete!
Tove

Tove Lundqvist
Planarkitekt, Falu kommun
023-83 000

Falu kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.falun.se/personuppgifter.
""",
             X("erasure", [P("Tove Lundqvist", "tove.lundqvist@falun.se", "Falu kommun")]),
             "erasure request in a PS (implies withdrawal too); the GDPR footer alone would not be one"),

        mail("bf109", "2027-02-01T15:30", ("Sofie Engström", "sofie.engstrom@regiondalarna.se"),
             "Min vårplanering",
             """Hej Linnea,

Du bad oss i gruppen att skicka vår planering för våren, så här kommer min:

Kontorstider: mån–tors 8–16, fredagar distans.
22 februari–5 mars: fältarbete med kulturmiljöinventeringen i Västerdalarna.
4 maj: konferens i Stockholm (hela dagen).
Semester: v.28–32.
21 september på kvällen: regionfullmäktige, där jag föredrar kulturmiljöprogrammet.

Och DalaLab: jag anmäler mig till första träffen 3 maj. De övriga får jag återkomma om när höstens schema är klart. Vegetarisk kost, tack.

Hälsningar
Sofie Engström
Kulturmiljöstrateg, Region Dalarna
""",
             X("register", [P("Sofie Engström", "sofie.engstrom@regiondalarna.se", "Region Dalarna")], [S1],
               diet="vegetarisk"),
             "schedule full of dates (22 Feb fieldwork, 4 May, v.28–32, 21 Sep evening council); own DalaLab words: "
             "only 3 May; others later"),

        mail("bf110", "2027-02-03T11:11", ("Lars Dahlström", "lars.dahlstrom@ludvika.se"),
             "Tack för workshopen!",
             """Hej Linnea,

Tack för en riktigt bra workshop i går! Jag bifogar bilderna på whiteboardtavlorna från grupparbetet – vi hann ju inte renskriva dem. Kan du vidarebefordra dem till Kristoffer på Länsstyrelsen?

Vi har ett internt uppföljningsmöte 17 februari och tar upp era förslag om stråkanalysen där.

Ser fram emot DalaLab, vi ses 3 maj! (Jag anmälde mig redan i december.)

Hälsningar
Lars Dahlström
Ludvika kommun
0240-860 00
""",
             X("unknown"),
             "thank-you mail; 'vi ses 3 maj' from someone already registered -> nothing to do"),

        tg("bf111", "2027-02-05T12:14", "Linda Ahlberg", "5580361129",
           """Hej! Vi är fyra på planenheten i Hedemora som gärna vill gå på DalaLab. Vi har precis dragit igång arbetet med nya ÖP:n (uppstart 1 februari, samråd preliminärt hösten 2027) så det passar perfekt. Jag läste att det är max tre per kommun. Gäller det per träff eller för hela projektet? Då skulle vi kunna turas om. Ingen av oss har anmält sig än.""",
           X("question"),
           "quota question before anyone signs up; no request to register yet"),

        mail("bf112", "2027-02-08T08:40", ("Ingela Rask", "ingela.rask@smedjebacken.se"),
             "Sammanfattning från styrgruppsmötet 4 februari",
             """Hej alla,

Här kommer en sammanfattning från styrgruppsmötet för Bergslagsstråket 4 februari.

1. Lägesrapport: förstudien är klar och skickas på remiss 1 mars–15 april.
2. Finansiering: Smedjebacken och Ludvika delar kostnaden för den fördjupade analysen.
3. Tidplan: rapport till kommunstyrelserna 31 maj. Nästa styrgrupp 22 april.
4. Övrigt: Ingela är tjänstledig v.29–31.

Till sist, Linnea: lägg gärna till 22 februari 2028 på min DalaLab-anmälan. Jag är redan anmäld till 3 maj och 21/9.

Hälsningar
Ingela Rask
Utvecklingsstrateg
Smedjebackens kommun
Tel 0240-66 00 00
""",
             X("change", [P("Ingela Rask", "ingela.rask@smedjebacken.se", "Smedjebackens kommun")], [S1, S2, S4]),
             "adds 22 Feb 2028 to a stated 3 May + 21/9 -> all three after the change; steering-group dates are "
             "not sessions"),

        mail("bf113", "2027-02-10T14:50", ("Lena Holm", "lena.holm@sater.se"),
             "Anteckningar APT Samhällsbyggnad 9/2",
             """Hej Linnea,

Jag är sekreterare på vår APT och fick i uppdrag att skicka anmälan till DalaLab - se punkt 6 nedan.

ANTECKNINGAR APT SAMHÄLLSBYGGNAD, SÄTERS KOMMUN, 2027-02-09

1. Mötets öppnande.
2. Ekonomi: utfall januari enligt budget.
3. Semesterplanering: önskemål lämnas senast 15 mars; huvudperiod v.28-32.
4. Skyddsrond i stadshuset 12 april.
5. Detaljplan Åsgatan: granskning 1-22 mars.
6. DalaLab: Säter skickar tre personer: Anders Lund, Bodil Gran och Cecilia Frost. Alla träffar. Lena skickar anmälan.
7. Nästa APT 9 mars.

Vänliga hälsningar
Lena Holm
Administratör, Säters kommun
Dnr SBN 2027/0503
""",
             X("register", [P("Anders Lund", None, "Säters kommun"), P("Bodil Gran", None, "Säters kommun"),
                            P("Cecilia Frost", None, "Säters kommun")], ALL),
             "secretary (not in people) sends APT minutes; item 6 names three people, 'alla träffar'; "
             "iso-8859-1; 'Dnr 2027/0503' is not 3 May",
             charset="iso-8859-1"),

        tg("bf114", "2027-02-12T18:25", "Karl-Johan Bengtsson", "7024419380",
           """Hej Linnea, hoppas allt är bra. Här i Leksand är det full fart med ÖP:n, vi har samrådsmöten 1, 8 och 15 mars i Siljansnäs, Insjön och Leksand. Tyvärr blir det inte DalaLab i september för min del – kommunfullmäktige har flyttat budgetsammanträdet till 21/9 och det tar hela dagen. Resten står jag kvar på. /KJ, Leksands kommun""",
           X("cancel", [P("Karl-Johan Bengtsson", None, "Leksands kommun")], [S2]),
           "partial cancellation of the September session (council meeting the same day); samråd dates are not "
           "sessions"),

        mail("bf115", "2027-02-15T10:00", ("Petter Nilsson", "petter.nilsson@malung-salen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Jag anmäler mig till de två höstträffarna. I vår har vi fullt upp med fjällplanen (granskning 8 mars–19 april, antagande i KF 14 juni), så våren går inte.

Hälsningar
Petter Nilsson
Planeringsarkitekt
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
Tel 0280-181 00

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. Malung-Sälens kommun behandlar personuppgifter i enlighet med dataskyddsförordningen (EU) 2016/679.

""" + INVITE,
             X("register", [P("Petter Nilsson", "petter.nilsson@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "'de två höstträffarna' = 21 Sep + 29 Nov; quoted invitation lists all four; disclaimer and plan dates "
             "are not sessions"),

        mail("bf116", "2027-02-17T16:10", ("Robert Kask", "robert.kask@avesta.se"),
             "Avesta – underlag till regional bostadsmarknadsanalys",
             """Hej Linnea,

Bifogar Avestas underlag till den regionala bostadsmarknadsanalysen:

- Tabell 1: färdigställda bostäder 2020–2026 per upplåtelseform
- Tabell 2: planberedskap per 31 december 2026
- Tabell 3: prognos 2027–2030

Siffrorna för 2026 är preliminära tills SCB publicerar 18 mars. Säg till om ni behöver något mer innan deadline 1 mars.

Mvh
Robert Kask
Bostadsstrateg, Avesta kommun
Tel 0226-64 50 00

PS. Apropå DalaLab: jag har blivit vegan efter nyår, så uppdatera gärna min anmälan (jag är anmäld till alla fyra).
""",
             X("change", [P("Robert Kask", "robert.kask@avesta.se", "Avesta kommun")], ALL, diet="vegan"),
             "diet update in a PS of a data-delivery mail -> change; states he is registered for all four"),

        tg("bf117", "2027-02-19T21:45", "Anders Holmqvist", "6802237715",
           """Hi Linnea, Anders here (Rättvik). Busy spring ahead: study trip to Copenhagen 12–16 April and then the Gävle planning conference on 4 May. But please sign me up for DalaLab on May 3 – and Nov 29 as well. The September one clashes with our budget days. Thanks!""",
           X("register", [P("Anders Holmqvist", None, "Rättviks kommun")], [S1, S3]),
           "English Telegram; 'May 3 – and Nov 29'; September explicitly excluded; trip and 4 May conference not "
           "sessions"),

        mail("bf118", "2027-02-22T09:30", ("Maja Korhonen", "maja.korhonen@ludvika.se"),
             "Några frågor inför våren",
             """Hej Linnea,

Jag har samlat på mig några frågor, så jag tar dem i ett mejl:

1. Regional transportplan: när kommer remissen? Vi hörde "slutet av mars" på länsträffen, stämmer det?
2. Befolkningsprognosen: kan vi få den kommunvisa prognosen före 15 april?
3. DalaLab: var hålls träffarna i september och november, och är tiderna desamma som 3 maj (10–15)?
4. Kommer ni att ha sommarstängt v.28–32 även i år?

Tack på förhand!

Maja Korhonen
Samhällsplanerare
Ludvika kommun
Tel 0240-862 11
""",
             X("question"),
             "list of questions, item 3 about DalaLab venues/times; sent on 22 February (not the 2028 session); no "
             "signup"),

        mail("bf119", "2027-02-24T13:05", ("Ebba Hallin", "ebba.hallin@mora.se"),
             "Överlämning Noretsområdet",
             """Hej Linnea,

Eftersom jag slutar vill jag att du vet var Noretsprojektet står:

– Markanvisningstävlingen avgörs 9 april; juryn är klar.
– Exploateringsavtalet går till KF 26 april.
– Kontaktperson på Mora kommun efter mig blir Johan Persson.

PS. Jag måste tyvärr avanmäla mig från DalaLab – jag börjar ny tjänst i Uppsala 1 april. Ingen från Mora tar min plats i nuläget.

Hälsningar
Ebba Hallin
Exploateringsingenjör, Mora kommun
""",
             X("cancel", [P("Ebba Hallin", "ebba.hallin@mora.se", "Mora kommun")], ALL),
             "full cancellation in a PS of a hand-over mail -> all four; Johan Persson is a contact, not a "
             "substitute"),

        tg("bf120", "2027-02-26T08:05", "Hampus Berglund", "1388025561",
           """Hej! Ändra min anmälan till DalaLab: bara 21/9 och 29/11 istället för alla fyra. Våren är kaos, vi har granskning av ÖP:n 1 mars–30 april och sen är jag pappaledig maj–juni. Mvh Hampus, Orsa kommun""",
           X("change", [P("Hampus Berglund", None, "Orsa kommun")], [S2, S3]),
           "change from all four to 21/9 + 29/11; granskning and leave periods are not sessions"),

        mail("bf121", "2027-03-01T10:40", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"),
             "Mottagningsbekräftelse: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Tack för ditt meddelande till Samhällsbyggnadsförvaltningen i Ludvika kommun.

Ditt ärende har registrerats med diarienummer SBN 2027/0503. Ange diarienumret vid kontakt med oss.

Handläggningstiden är normalt 2–3 veckor. Under perioden v.28–32 har vi begränsad bemanning.

Telefontid: mån–fre 9–11, tel 0240-860 00.

Detta är ett automatiskt svar och går inte att svara på.

Ludvika kommun, org.nr 212000-2114
""",
             X("auto_reply"),
             "function mailbox's automatic receipt for the reminder; diarienummer '2027/0503' is not a session"),

        mail("bf122", "2027-03-03T11:25", ("Ulrika Mårtensson", "ulrika.martensson@gagnef.se"),
             "Från ledningsgruppen: bemanning hösten + DalaLab",
             """Hej Linnea,

Vi gick igenom höstens bemanning i ledningsgruppen i går. Kort om det som berör er:

- Maria Dufva går på föräldraledighet från 6 september.
- Oskar Lind (oskar.lind@gagnef.se) tar över hennes planuppdrag och hennes platser i DalaLab för de två höstträffarna och februariträffen. Maria går själv på träffen 3 maj som planerat.
- Vår nya planchef tillträder 1 juni.
- Kommunfullmäktige behandlar ÖP-aktualiseringen 21 september på kvällen; det påverkar inte DalaLab.

Hör av dig om något är oklart.

Ulrika Mårtensson
Förvaltningschef, Gagnefs kommun
Tel 0241-150 00
""",
             X("change", [P("Maria Dufva", None, "Gagnefs kommun"), P("Oskar Lind", "oskar.lind@gagnef.se",
                                                                    "Gagnefs kommun")], [S2, S3, S4]),
             "substitution from 21 Sep on: Oskar takes Maria's autumn + February places; people = withdrawn + "
             "substitute; sessions = what Oskar takes; the 21 Sep evening council meeting is not about a session"),

        mail("bf123", "2027-03-05T14:14", ("Kerstin Blom", "kerstin.blom@alvdalen.se"),
             "Anmälan DalaLab",
             """<html><body>
<p>Hej Linnea,</p>
<p>Lite bakgrund först: Älvdalen är mitt i aktualiseringen av översiktsplanen. Kommunfullmäktige beslutade om
planeringsstrategin 14 december, och vi har dialogmöten i Idre 16 mars, Särna 23 mars och Älvdalen 30 mars. Efter
sommaren tar vi fram ett samrådsförslag som ska ut i januari 2028.</p>
<p>Just därför passar DalaLab oss väldigt bra. Jag anmäler mig därför till samtliga träffar.</p>
<p>Med vänlig hälsning<br>
<b>Kerstin Blom</b><br>
Översiktsplanerare<br>
Älvdalens kommun<br>
Dnr KS 2026/0921<br>
Telefon 0251-310 00, mobil 070-511 29 22<br>
Telefontid tisdagar 13–15. Semester v.28–32.</p>
</body></html>
""",
             X("register", [P("Kerstin Blom", "kerstin.blom@alvdalen.se", "Älvdalens kommun")], ALL),
             "HTML-only; one sentence after a paragraph of ÖP dates: 'samtliga träffar'; Dnr '2026/0921' and "
             "'29 22' in the mobile are not sessions",
             html=True),

        tg("bf124", "2027-03-08T19:50", "Sara Engman", "5147726093",
           """Hej! Har precis kommit hem från Boverkets dag i Stockholm. Vi är några från Ludvika som funderar på DalaLab. Innan vi anmäler oss: ingår lunch 3 maj, och var i Falun är det? Vi åker kommunbil så vi behöver veta om det finns parkering.""",
           X("question"),
           "practical questions before signing up; 3 May named only as context"),

        mail("bf125", "2027-03-10T09:05", ("Jonas Lilja", "jonas.lilja@falun.se"),
             "VB: DalaLab – häng med?",
             """Hej Linnea,

Jag hänger på Petra – anmäl mig gärna till samma två träffar som hon nämner nedan.

Mvh
Jonas Lilja
Landskapsarkitekt, Falu kommun
Tel 023-82 05 03

-------- Vidarebefordrat meddelande --------
Från: Petra Hägg <petra.hagg@falun.se>
Datum: 9 mars 2027 16:02
Till: Planenheten <planenheten@falun.se>
Ämne: DalaLab – häng med?

Hej alla!

Jag har anmält mig till DalaLab 3 maj och 29 november. Det finns en plats kvar för Falun (max tre per kommun), så häng gärna med om ni vill. De andra två träffarna, 21 september och 22 februari, krockar med våra egna planeringsdagar.

Kom också ihåg APT 16 mars och att tidrapporten ska in 31 mars.

/Petra
""",
             X("register", [P("Jonas Lilja", "jonas.lilja@falun.se", "Falu kommun")], [S1, S3]),
             "own words 'samma två träffar som hon nämner nedan' -> Petra's 3 May + 29 Nov in the forwarded part; "
             "Petra is already registered and not in people"),

        mail("bf126", "2027-03-12T16:30", ("Björn Karlsson", "bjorn.karlsson@lansstyrelsen.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej Linnea,

Jag kan tyvärr inte komma på den första träffen – vi har tillsynsbesök i Malung den dagen. September står fast.

Hälsningar
Björn Karlsson
Handläggare, enheten för samhällsbyggnad
Länsstyrelsen Dalarna
Tel 010-225 00 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 mars 2027 10:14
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Björn!
Tack för din anmälan. Du är anmäld till:
- 3 maj 2027, kl. 10–15, Falun
- 21 september 2027
Välkommen!
Linnea
""",
             X("cancel", [P("Björn Karlsson", "bjorn.karlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "reply to a confirmation; own words cancel 'den första träffen' = 3 May only; 21 Sep stands"),

        mail("bf127", "2027-03-15T10:10", ("Therese Lindblad", "therese.lindblad@orsa.se"),
             "DalaLab + min höst",
             """Hej Linnea,

Jag har väntat med att anmäla mig tills jag visste hur hösten blev, och nu vet jag mer:

– Jag är ersättare i kommunfullmäktige, och fullmäktige sammanträder 21 september på kvällen. Det hinner jag hem till efter DalaLab.
– Budgetberedningen ligger 4–5 oktober, så den krockar inte heller.
– Konferensen 4 maj i Gävle står jag över i år.

Så: anmäl mig till alla fyra träffarna.

Hälsningar
Therese Lindblad
Planarkitekt, Orsa kommun
Tel 0250-552 31
""",
             X("register", [P("Therese Lindblad", "therese.lindblad@orsa.se", "Orsa kommun")], ALL),
             "'alla fyra träffarna'; the evening council meeting on 21 Sep does not clash; other dates are context"),

        tg("bf128", "2027-03-17T12:40", "Maja Eriksson", "6915503382",
           """Hej Linnea! Kort uppdatering från Malung-Sälen: fjällplanen är ute på granskning 8 mars–19 april, och vi har öppet hus i Sälen 27 mars. Jag anmäler mig till DalaLab, men inte februariträffen – det är mitt i högsäsongen här uppe. /Maja, Malung-Sälens kommun""",
           X("register", [P("Maja Eriksson", None, "Malung-Sälens kommun")], [S1, S2, S3]),
           "'inte februariträffen' -> the other three; granskning and open-house dates are not sessions"),

        mail("bf129", "2027-03-19T11:50", ("Boverket", "webbinarier@boverket.se"),
             "Inbjudan: Webbinarium om ÖP-modellen 4 maj",
             """Välkommen till Boverkets webbinarium om ÖP-modellen!

Tid: 4 maj 2027 kl. 9.00–11.00
Plats: digitalt (länk skickas till anmälda)

Vi går igenom erfarenheterna från kommunernas första år med ÖP-modellen: planeringsstrategi, utvecklingsinriktning och användning av mark- och vattenområden.

Boverket medverkar även dagen innan, 3 maj, på DalaLab i Falun tillsammans med Region Dalarna.

Anmäl dig till webbinariet via länken senast 28 april: https://www.boverket.se/webbinarier

Med vänliga hälsningar
Boverket
Box 534, 371 23 Karlskrona
""",
             X("unknown"),
             "another organiser's invitation that mentions DalaLab on 3 May; no request"),

        tg("bf130", "2027-03-22T09:15", "Fredrik Åhs", "1702639945",
           """Hi Linnea, hope spring is treating you well. Lots going on here at Region Dalarna: the regional development strategy goes to the board 13 April, and I'm moderating the 4 May conference in Gävle. Sadly that means I have to step back from DalaLab – I can't make any of the sessions after all, so please take me off the participant list. Fredrik""",
           X("cancel", [P("Fredrik Åhs", None, "Region Dalarna")], ALL),
           "English; 'can't make any of the sessions ... take me off the participant list' = full cancellation, "
           "not erasure"),

        tg("bf131", "2027-03-25T15:20", "Anders Lund", "5463018827",
           """Hej! Anders Lund här, Säters kommun. Vi hade APT i går och fick veta att KF:s budgetsammanträde 2028 är flyttat till 22 februari. Så jag och Bodil Gran måste tyvärr avanmäla oss från DalaLab-träffen 22/2. Cecilia Frost går som vanligt. Vi andra står kvar på maj, september och november.""",
           X("cancel", [P("Anders Lund", None, "Säters kommun"), P("Bodil Gran", None, "Säters kommun")], [S4]),
           "partial cancellation for sender + colleague (22/2 only); Cecilia unchanged, not in people"),

        mail("bf132", "2027-03-29T08:55", ("Ida Norling", "ida.norling@hedemora.se"),
             "Ny tjänst från 1 april – och DalaLab",
             """Hej Linnea,

Jag vill berätta att jag lämnar Hedemora kommun. Min sista dag här är 31 mars, avtackningen är 30 mars kl. 15 (du är välkommen!), och från 1 april jobbar jag på Länsstyrelsen Dalarna, enheten för samhällsbyggnad.

Mina pågående ärenden tar Maria Sandell över; hon nås på 0225-341 00.

Jag vill gärna vara kvar i DalaLab på samma träffar som förut, 3/5 och 29/11 – ändra bara organisation och e-post. Ny adress: ida.norling@lansstyrelsen.se (den här adressen slutar fungera 31 mars).

Tack för allt samarbete hittills!
Ida Norling
""",
             X("change", [P("Ida Norling", "ida.norling@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S3]),
             "details change (new employer and address) for an existing signup; sessions stay 3/5 + 29/11; the old "
             "Hedemora address is not a second person"),

        tg("bf133", "2027-04-01T20:10", "Nora Vesterlund", "7129904416",
           """Hej! Jag var med på er regionala planeringsdag i höstas och blev anmäld till DalaLab i januari via en kollega. Sedan dess har jag bytt jobb och flyttat från länet (ny tjänst i Umeå från 15 mars). Jag vill att ni raderar alla uppgifter ni har om mig – namn, telefon, e-post och allt annat. Tack! Nora""",
           X("erasure", [P("Nora Vesterlund", None, None)]),
           "'radera alla uppgifter ni har om mig' after a job change; no organisation any more"),

        tg("bf134", "2027-04-05T10:30", "Tobias Rehn", "6387051142",
           """Vidarebefordrat från Linnea Hassis:
Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Träff 1: 3 maj 2027, kl. 10–15, Falun
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028
Upp till tre personer per kommun. Anmäl dig senast 14 april till linnea.hassis@regiondalarna.se.""",
           X("unknown", unsure=["intent"]),
           "forwarded invitation with no word of the sender's own; a human would ask what he wants"),

        tg("bf135", "2027-04-08T16:45", "Elsa Grönlund", "5871162290",
           """Hej! Lite nytt från Smedjebacken: vi har fått besked om bidraget till stationsområdet (beslut 30 mars), planprogrammet ska ut på samråd 3 maj–14 juni (!), och jag har semester v.28–32. Med det sagt: jag vill gärna vara med på DalaLab, 21 september och 22 februari. Hinner jag före deadline 14 april? 🙂 /Elsa, Smedjebackens kommun""",
           X("register", [P("Elsa Grönlund", None, "Smedjebackens kommun")], [S2, S4]),
           "signup for 21 Sep + 22 Feb; '3 maj' is the start of a samråd period, not a session; the deadline "
           "question does not undo the signup"),
    ]
