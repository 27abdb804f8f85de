"""Writer "networks" (be136–be180): people writing for groups that are not one municipality. A regional GIS network
coordinator registering members from three municipalities, Region Dalarna project leaders registering project staff
and municipal partners, Länsstyrelsen staff (and a Länsstyrelsen Gävleborg planner on the shared lansstyrelsen.se
domain), trainees and students, politicians and their secretaries, planners from the neighbouring county, a
consultancy, municipal companies (Falu Energi & Vatten, Borlänge Energi: separate companies, not the municipality, so
organisation null with "organisation" unsure), people who changed employer between signup and session, and a
municipal planner who also chairs a planning network. Mixed intents; follow-ups refer back to earlier messages here.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("be136", "2026-12-08T10:17", ("Maja Granlund", "maja.granlund@regiondalarna.se"),
             "Anmälningar från GIS-nätverket Dalarna",
             """Hej Linnea!

Tack för inbjudan, som jag skickade vidare till GIS-nätverket förra veckan. Tre av
våra medlemmar vill gärna vara med i DalaLab och bad mig samla ihop anmälningarna,
så här kommer de:

- Henrik Dahlström, GIS-ingenjör, Mora kommun – henrik.dahlstrom@mora.se
- Lena Ås, kart- och mätchef, Orsa kommun – lena.as@orsa.se
- Karl-Erik Mång, GIS-samordnare, Älvdalens kommun (nyanställd, har inte fått
  någon mejladress än – nås via mig tills vidare)

De vill gå på hela serien, alla fyra träffarna. Själv är jag inte med den här
gången, jag sitter på regionens GIS-enhet och följer det via nätverket.

Vänliga hälsningar

Maja Granlund
GIS-samordnare, Region Dalarna
Samordnare för GIS-nätverket Dalarna
Box 712, 791 29 Falun
Tel 023-49 01 87
""",
             X("register", [P("Henrik Dahlström", "henrik.dahlstrom@mora.se", "Mora kommun"),
                            P("Lena Ås", "lena.as@orsa.se", "Orsa kommun"),
                            P("Karl-Erik Mång", None, "Älvdalens kommun")], ALL),
             "network coordinator (Region Dalarna) registers members of three municipalities, not herself; each "
             "person's organisation from their own line; 'alla fyra träffarna' = all four"),

        tg("be137", "2027-01-19T13:40", "Alva Nordin", "6093374120",
           """Hej! Jag heter Alva Nordin och läser samhällsplanerarprogrammet, gör praktik på Borlänge kommun (stadsbyggnad) jan–juni. Min handledare Petter tyckte jag skulle anmäla mig till första träffen 3 maj, så det gör jag härmed 😊 har ingen borlänge-mejl än""",
           X("register", [P("Alva Nordin", None, "Borlänge kommun")], [S1]),
           "student trainee: organisation = where she is placed (Borlänge kommun); 'första träffen 3 maj'; "
           "handledare Petter is not registered"),

        mail("be138", "2026-12-14T15:02", ("Ulrika Sahlin", "ulrika.sahlin@regiondalarna.se"),
             "Anmälan DalaLab – projektet Levande orter i Dalarna",
             """Hej Linnea,

Jag är projektledare för Levande orter i Dalarna (finansierat med regionala
utvecklingsmedel) och vi vill gärna koppla projektet till DalaLab. Jag anmäler:

1. Mig själv, Ulrika Sahlin
2. Sanna Berg, projektsamordnare hos oss på regionen, sanna.berg@regiondalarna.se
3. Per Hallin, planarkitekt, Hedemora kommun, per.hallin@hedemora.se
4. Aino Korhonen, strategisk planerare, Avesta kommun, aino.korhonen@avesta.se

Per och Aino är våra kommunala partner i projektet och har fått ok från sina
chefer. Vi fyra kommer på de två första träffarna, 3 maj och 21 september.
Projektet slutar vid årsskiftet, så längre än så kan vi inte lova.

Aino äter vegetariskt.

Hälsningar
Ulrika Sahlin
Projektledare, Avdelningen för hållbar utveckling
Region Dalarna
Mobil 070-311 48 26
""",
             X("register", [P("Ulrika Sahlin", "ulrika.sahlin@regiondalarna.se", "Region Dalarna"),
                            P("Sanna Berg", "sanna.berg@regiondalarna.se", "Region Dalarna"),
                            P("Per Hallin", "per.hallin@hedemora.se", "Hedemora kommun"),
                            P("Aino Korhonen", "aino.korhonen@avesta.se", "Avesta kommun", diet="vegetariskt")],
               [S1, S2], diet="vegetariskt"),
             "Region Dalarna project leader: herself, project colleague and two municipal partners (two orgs beside "
             "the region); 'vi fyra' is people, sessions are '3 maj och 21 september'; diet is Aino's"),

        mail("be139", "2027-01-11T09:48", ("Frida Lönnqvist", "frida.lonnqvist@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen",
             """Hej!

Vi på Länsstyrelsen Dalarna, enheten för samhällsplanering och kulturmiljö, vill
anmäla två personer till höstens två träffar (utvecklingsinriktning respektive
önskvärda framtider och osäkerheter):

Frida Lönnqvist (jag)
Tobias Ahlgren, handläggare fysisk planering

Vi har ju en roll i ÖP-processen genom granskningsyttrandena, så det vore nyttigt
att höra hur kommunerna resonerar. Vårträffen hoppar vi över eftersom vi har vår
egen planeringsdag den 3 maj.

Med vänliga hälsningar
Frida Lönnqvist
Planhandläggare
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 03 71
""",
             X("register", [P("Frida Lönnqvist", "frida.lonnqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Tobias Ahlgren", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "Länsstyrelsen Dalarna: self + colleague without address; 'höstens två träffar' = 21 Sep + 29 Nov "
             "(themes confirm); 3 maj is explicitly skipped"),

        mail("be140", "2027-02-03T11:26", ("Cecilia Norrby", "cecilia.norrby@lansstyrelsen.se"),
             "DalaLab 29 november",
             """Hej Linnea,

Jag fick inbjudan till DalaLab vidarebefordrad av en kollega på Länsstyrelsen
Dalarna, som sa att planerare från grannlänen kan vara med på enstaka träffar.
Jag anmäler mig gärna till träffen den 29 november om att planera för önskvärda
framtider och osäkerheter.

Hälsningar
Cecilia Norrby
Samhällsplanerare
Länsstyrelsen Gävleborg, Samhällsbyggnadsenheten
801 70 Gävle
Tel 010-225 17 40
""",
             X("register", [P("Cecilia Norrby", "cecilia.norrby@lansstyrelsen.se", None)], [S3]),
             "lansstyrelsen.se is shared by all county boards; signature says Länsstyrelsen Gävleborg, not in the "
             "list -> null; Länsstyrelsen Dalarna is only the colleague who forwarded"),

        tg("be141", "2027-01-24T18:05", "Mats Hedberg", "5127790034",
           """Hej! Mats Hedberg här, ordförande i samhällsbyggnadsnämnden i Rättvik (C). Vill gärna vara med på första träffen med Boverket i vår. Tjänstepersonerna har redan anmält sig, vet inte om vi politiker räknas in i de tre men det får ni avgöra.""",
           X("register", [P("Mats Hedberg", None, "Rättviks kommun")], [S1]),
           "politician registers himself; a nämnd chair belongs to Rättviks kommun; 'första träffen med Boverket' "
           "= 3 May; quota remark is for the organiser"),

        mail("be142", "2027-02-10T08:34", ("Jonas Ström", "jonas.strom@hofors.se"), "Anmälan DalaLab från Hofors",
             """Hej,

Hofors ligger ju precis på andra sidan länsgränsen och vi har mycket utbyte med
Falun och Säter, särskilt kring pendlingen. Jag skulle vilja anmäla mig till
DalaLab, träffarna 3/5 och 22/2 (den sista, om tillgänglighet, passar vår
pendlingsfråga perfekt).

Om ni bara tar emot deltagare från Dalarna förstår jag det, hör av er i så fall.

Mvh
Jonas Ström
Planeringsarkitekt
Hofors kommun, Samhällsbyggnad
Centralgatan 1, 813 82 Hofors
0290-291 40
""",
             X("register", [P("Jonas Ström", "jonas.strom@hofors.se", None)], [S1, S4]),
             "neighbouring county (Gävleborg) municipality, not in the list -> null; Falun and Säter are only "
             "mentioned; '3/5 och 22/2'; iso-8859-1 body",
             charset="iso-8859-1"),

        mail("be143", "2027-02-15T13:12", ("Anders Wennberg", "anders.wennberg@kvarnbackenplan.se"),
             "Anmälan – konsult för Smedjebackens ÖP",
             """Hej Linnea!

Jag är konsult på Kvarnbacken Planering AB och tar just nu fram planeringsstrategin
för Smedjebackens kommun på uppdrag av deras samhällsbyggnadsförvaltning. Deras
planchef Ewa Hellström tyckte att jag borde gå på DalaLab och bad mig höra av mig
direkt. Jag anmäler mig till de tre sista träffarna (21 sept, 29 nov och 22 feb) –
den 3 maj är jag tyvärr upptagen med ett samråd i en annan kommun.

Ewa anmäler sig själv separat.

Med vänlig hälsning
Anders Wennberg
Planeringskonsult, fil.mag. kulturgeografi
Kvarnbacken Planering AB | Org.nr 559123-4567
Slaggatan 4, 777 30 Smedjebacken
070-522 90 13
""",
             X("register", [P("Anders Wennberg", "anders.wennberg@kvarnbackenplan.se", None)], [S2, S3, S4]),
             "consultant working for Smedjebacken: his employer is a private firm -> null; 'de tre sista' with dates; "
             "Ewa 'anmäler sig själv separat' is not among people"),

        mail("be144", "2027-02-22T10:03", ("Linda Westin", "linda.westin@fev.se"), "Anmälan DalaLab",
             """Hej!

Jag jobbar som VA-strateg på Falu Energi & Vatten AB, alltså det kommunala bolaget
i Falun. Vi är remissinstans för Falu kommuns nya översiktsplan och jobbar mycket
med VA-planen kopplat till utvecklingsinriktningen, så jag skulle gärna vilja följa
DalaLab. Anmäl mig gärna till hela projektet.

Vänliga hälsningar
Linda Westin
VA-strateg
Falu Energi & Vatten AB
Box 1284, 791 12 Falun
Växel 023-77 49 00
""",
             X("register", [P("Linda Westin", "linda.westin@fev.se", None)], ALL, unsure=["organisation"]),
             "municipal company: a separate company owned by Falu kommun, not the municipality -> null, unsure "
             "(organiser may count her as Falun); 'hela projektet' = all four"),

        mail("be145", "2027-03-08T07:55", ("Jonna Lind", "jonna.lind@borlange.se"),
             "Ny arbetsgivare – ändra min anmälan",
             """Hej!

Jag anmälde mig i december till 3 maj och 21 september, då från jonna.lind@falun.se.
Sedan 1 mars är jag anställd som översiktsplanerare på Borlänge kommun i stället.
Jag vill gärna gå kvar på samma två träffar, men som Borlänge och med den här
adressen. Min gamla falunadress stängs i slutet av mars.

(Falun får väl då en plats ledig? Min förra chef Göran hör av sig om någon tar över.)

Hälsningar
Jonna Lind
Översiktsplanerare
Borlänge kommun, Samhällsbyggnadsförvaltningen
Röda vägen 50, 781 81 Borlänge
0243-741 23
""",
             X("change", [P("Jonna Lind", "jonna.lind@borlange.se", "Borlänge kommun")], [S1, S2]),
             "changed employer Falun -> Borlänge: change of organisation and address, same sessions; old falun.se "
             "address is not a second person; 'Göran' not registered"),

        mail("be146", "2027-01-28T16:44", ("Tomas Envall", "tomas.envall@ludvika.se"),
             "Anmälan DalaLab – ÖP-nätverket / Ludvika",
             """Hej Linnea,

Jag har två hattar: till vardags är jag planarkitekt på Ludvika kommun och sedan i
höstas är jag också ordförande i Dalarnas ÖP-nätverk. Jag vill anmäla mig till alla
fyra träffarna, och i rollen som ordförande berättar jag gärna kort om nätverket på
någon av dem om det finns utrymme.

Ludvikas två andra deltagare är redan anmälda av vår planchef, så jag blir den
tredje från oss om jag räknas dit.

Hälsningar
Tomas Envall
Planarkitekt, Ludvika kommun | Ordförande, Dalarnas ÖP-nätverk
Carlavägen 24, 771 82 Ludvika
Tel 0240-861 37
""",
             X("register", [P("Tomas Envall", "tomas.envall@ludvika.se", "Ludvika kommun")], ALL),
             "two roles: network chair and Ludvika planner; the network is no organisation, his employer is Ludvika; "
             "the two already registered colleagues are not people; all four"),

        tg("be147", "2027-02-06T21:30", "Hugo Sandell", "7045118820",
           """Hej! Jag är student på Högskolan Dalarna (samhällsplanering, termin 5) och skriver uppsats om planeringsstrategier i Dalarnas kommuner. Får studenter vara med på DalaLab? Isåfall vill jag jättegärna anmäla mig till alla träffar!""",
           X("register", [P("Hugo Sandell", None, None)], ALL, unsure=["intent"]),
           "student without placement: Högskolan Dalarna not in the list -> null; signup conditional on being "
           "allowed, so the organiser answers first (unsure intent); 'alla träffar'"),

        mail("be148", "2027-02-25T14:20", ("Ulrika Sahlin", "ulrika.sahlin@regiondalarna.se"),
             "SV: Anmälan DalaLab – projektet Levande orter i Dalarna",
             """Hej igen Linnea,

En ändring från vår sida: Sanna Berg har gått över till en annan tjänst inom
regionen och är inte längre med i projektet. Hon ska därför inte delta i DalaLab –
stryk henne från båda träffarna (3 maj och 21 september). Vi andra tre kommer som
planerat.

/Ulrika

Från: Ulrika Sahlin
Skickat: den 14 december 2026 15:02
Till: Linnea Hassis
Ämne: Anmälan DalaLab – projektet Levande orter i Dalarna

Hej Linnea,

Jag är projektledare för Levande orter i Dalarna (finansierat med regionala
utvecklingsmedel) och vi vill gärna koppla projektet till DalaLab. Jag anmäler:

1. Mig själv, Ulrika Sahlin
2. Sanna Berg, projektsamordnare hos oss på regionen, sanna.berg@regiondalarna.se
3. Per Hallin, planarkitekt, Hedemora kommun, per.hallin@hedemora.se
4. Aino Korhonen, strategisk planerare, Avesta kommun, aino.korhonen@avesta.se
""",
             X("cancel", [P("Sanna Berg", "sanna.berg@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "project leader withdraws one project member (no substitute) -> cancel; sender and the other three "
             "stay; her address from the quoted list; sessions named in the new text"),

        tg("be149", "2027-03-02T19:12", "Mats Hedberg", "5127790034",
           """Hej igen. Tyvärr krockar 3 maj med ett extra fullmäktige så jag får stryka mig från DalaLab. /Mats Hedberg, Rättvik""",
           X("cancel", [P("Mats Hedberg", None, "Rättviks kommun")], [S1]),
           "politician cancels his one session; 'stryka mig' with the date named -> 3 May"),

        mail("be150", "2027-03-01T10:40", ("Maja Granlund", "maja.granlund@regiondalarna.se"),
             "Fråga – kan nätverket rotera deltagare?",
             """Hej Linnea,

En fråga från GIS-nätverket: några av de mindre kommunerna har svårt att avvara
samma person fyra gånger. Går det att anmäla olika personer till olika träffar,
alltså att kommunens plats "roterar" mellan kollegor, så länge de aldrig är fler
än tre samtidigt? Ingen anmälan ännu, jag vill bara veta vad jag ska svara dem.

Tack på förhand!
Maja Granlund
GIS-samordnare, Region Dalarna
""",
             X("question"),
             "network coordinator asks about rotating participants; says explicitly no signup yet"),

        mail("be151", "2027-03-18T13:05", ("Maja Granlund", "maja.granlund@regiondalarna.se"),
             "Byte Orsa – GIS-nätverket",
             """Hej!

Lena Ås på Orsa kommun, som jag anmälde i december, har gått i pension i förtid.
Hennes efterträdare Emil Rask (emil.rask@orsa.se) tar över hennes plats på samtliga
träffar. Orsa har bekräftat det.

Hälsningar
Maja

--
Maja Granlund
GIS-samordnare, Region Dalarna | 023-49 01 87
""",
             X("change", [P("Lena Ås", None, "Orsa kommun"), P("Emil Rask", "emil.rask@orsa.se", "Orsa kommun")],
               ALL),
             "substitution written by the network coordinator (not among people): Lena out, Emil in; 'samtliga "
             "träffar' = all four; Lena's address is not in this message"),

        mail("be152", "2027-03-16T09:00", ("Frida Lönnqvist", "frida.lonnqvist@lansstyrelsen.se"),
             "Automatiskt svar: DalaLab – bekräftelse av anmälan",
             """Tack för ditt mejl.

Jag är på tjänsteresa 15–19 mars och har begränsad tillgång till e-post. I
brådskande planärenden, kontakta planering.dalarna@lansstyrelsen.se eller växeln
010-225 00 00.

Frida Lönnqvist
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "out-of-office reply to a confirmation; dates are the absence"),

        tg("be153", "2027-03-04T12:22", "Oskar Lindh", "1288450937",
           """Tjena! Oskar Lindh heter jag, började som planarkitekt på Gagnefs kommun i februari (kom från Trafikverket i Borlänge). Min chef sa att Gagnef har en plats kvar i DalaLab – anmäl mig till alla fyra gärna. oskar.lindh@gagnef.se""",
           X("register", [P("Oskar Lindh", "oskar.lindh@gagnef.se", "Gagnefs kommun")], ALL),
           "new job: organisation is the current employer Gagnef, not Trafikverket/Borlänge; address in the text"),

        mail("be154", "2027-01-26T11:11", ("Karin Elmgren", "karin.elmgren@lansstyrelsen.se"), "Praktikant till 3 maj",
             """Hej Linnea,

Vi har en praktikant hos oss på Länsstyrelsen Dalarna under våren, Ida Sörensen,
som läser fysisk planering på BTH. Jag är själv redan anmäld till första träffen och
skulle gärna ta med henne dit – kan du anmäla henne till den 3 maj? Hon nås på
ida.sorensen@student.bth.se.

Hälsningar
Karin Elmgren
Landskapsarkitekt, Länsstyrelsen Dalarna
010-225 04 92
""",
             X("register", [P("Ida Sörensen", "ida.sorensen@student.bth.se", "Länsstyrelsen Dalarna")], [S1]),
             "supervisor registers a trainee; organisation = placement (Länsstyrelsen Dalarna) despite the student "
             "address; sender already registered, not among people"),

        mail("be155", "2027-03-29T15:40", ("Anders Wennberg", "anders.wennberg@kvarnbackenplan.se"),
             "Avanmälan DalaLab",
             """Hej,

Smedjebackens kommun tar hem arbetet med planeringsstrategin, så mitt uppdrag
avslutas i förtid. Jag avanmäler mig därför från träffarna jag var anmäld till
(21/9, 29/11 och 22/2). Ewa Hellström på kommunen står kvar som anmäld.

Mvh
Anders Wennberg
Kvarnbacken Planering AB
""",
             X("cancel", [P("Anders Wennberg", "anders.wennberg@kvarnbackenplan.se", None)], [S2, S3, S4]),
             "consultant cancels the three sessions he names; consultancy -> null; Ewa stays and is not among people"),

        mail("be156", "2027-02-01T14:33", ("Johan Ekholm", "johan.ekholm@regiondalarna.se"), "Anmälan regionråd",
             """Hej!

Jag är politisk sekreterare och skriver för regionrådet Birgitta Nääs (ordförande i
regionala utvecklingsnämnden), som gärna vill delta på DalaLab-träffen den 29
november om önskvärda framtider och osäkerheter. Hennes e-post är
birgitta.naas@regiondalarna.se. Hon är glutenintolerant.

Själv deltar jag inte.

Med vänliga hälsningar
Johan Ekholm
Politisk sekreterare (S)
Region Dalarna
""",
             X("register", [P("Birgitta Nääs", "birgitta.naas@regiondalarna.se", "Region Dalarna",
                              diet="glutenintolerant")], [S3], diet="glutenintolerant"),
             "political secretary registers a regional politician; sender not among people; 29 Nov"),

        tg("be157", "2027-02-12T08:50", "Kerstin Ols", "5590021376",
           """God morgon! Jag sitter i kommunstyrelsen i Smedjebacken. Är DalaLab öppet för oss förtroendevalda också eller bara för tjänstepersoner? Och räknas vi i så fall in i kommunens tre platser?""",
           X("question"),
           "politician asks whether elected officials may take part; no signup"),

        mail("be158", "2027-04-07T20:14", ("Anders Moberg", "anders.moberg@regionjh.se"), "Radera mina uppgifter",
             """Hej,

Jag anmälde mig till DalaLab i vintras när jag jobbade på Mora kommun, men jag har
sedan dess flyttat till Östersund och arbetar nu på Region Jämtland Härjedalen. Min
anmälan kan strykas och jag vill att ni raderar alla personuppgifter ni har om mig
(namn, gamla mejladressen anders.moberg@mora.se och kostuppgifter).

Tack!
Anders Moberg
Regionplanerare, Region Jämtland Härjedalen
""",
             X("erasure", [P("Anders Moberg", "anders.moberg@regionjh.se", None)], unsure=["organisation"]),
             "erasure (covers the cancellation too); he now works at Region Jämtland Härjedalen, not in the list -> "
             "null; his record is under Mora and the old address, hence unsure"),

        mail("be159", "2027-03-03T06:30", ("Planeringsnätverket Mitt", "nyhetsbrev@planeringsnatverketmitt.se"),
             "Nyhetsbrev mars: nätverksträff 21 september i Sundsvall – anmäl dig!",
             """PLANERINGSNÄTVERKET MITT – NYHETSBREV MARS 2027

Hej nätverksmedlem!

* Nätverksträff 21 september i Sundsvall: "Regional planering efter PBL-ändringen".
  Anmäl dig senast 31 augusti via vår webb.
* Webbinarium 3 maj kl 13–14: Klimatanpassning i översiktsplanen.
* Nytt i nätverket: Region Dalarna och Länsstyrelsen Västernorrland har gått med.

Du får detta nyhetsbrev eftersom du är medlem i Planeringsnätverket Mitt.
Avregistrera dig: https://planeringsnatverketmitt.se/avregistrera
""",
             X("unknown"),
             "newsletter from another planning network; its own dates and 'anmäl dig' are not a signup"),

        tg("be160", "2027-03-10T16:05", "Petra Söderholm", "6671023488",
           """Hej, Petra Söderholm trafikplanerare på Region Dalarna. Jag är anmäld till 3 maj men vill lägga till 22 februari också, tillgänglighetsträffen ligger ju mitt i mitt område 🚌""",
           X("change", [P("Petra Söderholm", None, "Region Dalarna")], [S1, S4]),
           "adds a session; sessions after the change = 3 May + 22 Feb (2028)"),

        tg("be161", "2027-03-22T12:48", "Ronja Pettersson", "2230918845",
           """hej! jag anmälde mig från säters kommun i januari men har bytt jobb och är på hedemora kommun sen 15 mars. kan ni ändra det? vill fortfarande gå på alla träffar. ny mejl ronja.pettersson@hedemora.se""",
           X("change", [P("Ronja Pettersson", "ronja.pettersson@hedemora.se", "Hedemora kommun")], ALL),
           "changed employer Säter -> Hedemora: change of organisation, all sessions stay; lower case"),

        mail("be162", "2027-03-25T10:30", ("Karin Sjölander", "karin.sjolander@regiongavleborg.se"),
             "Återkallar anmälan",
             """Hej Linnea,

Jag anmälde mig i februari till DalaLab. Vi har nu fått ett eget liknande upplägg i
Gävleborg och min chef vill att jag prioriterar det, så jag drar tillbaka min
anmälan helt. Lycka till med projektet!

Karin Sjölander
Samhällsplanerare, Region Gävleborg
026-15 90 00
""",
             X("cancel", [P("Karin Sjölander", "karin.sjolander@regiongavleborg.se", None)], ALL),
             "neighbouring region's planner withdraws entirely (no session named -> all four); Region Gävleborg not "
             "in the list -> null"),

        tg("be163", "2027-04-02T09:15", "Elsa Grahn", "5306627719",
           """Hej! Elsa här, praktikant på Mora kommun. Min praktik tar slut i juni så jag kan tyvärr inte gå på höstens träffar i september och november. 3 maj kommer jag på!""",
           X("cancel", [P("Elsa Grahn", None, "Mora kommun")], [S2, S3]),
           "trainee drops the autumn sessions (21 Sep, 29 Nov) and keeps 3 May; organisation = her placement"),

        mail("be164", "2027-01-15T13:55", ("Per-Olof Hagström", "per-olof.hagstrom@borlangeenergi.se"),
             "Fråga om deltagande – kommunalt bolag",
             """Hej,

Jag är mark- och exploateringsansvarig på Borlänge Energi AB, som är helägt av
Borlänge kommun. Vi är med tidigt i översiktsplaneringen kring fjärrvärme och VA.
Får bolagets medarbetare delta i DalaLab, och räknas vi i så fall in i Borlänge
kommuns tre platser eller separat?

Mvh
P-O Hagström
Borlänge Energi AB
0243-735 00
""",
             X("question"),
             "municipal company asks whether it may take part and how the quota applies; no signup"),

        mail("be165", "2027-02-18T09:37", ("Helena Wikner", "helena.wikner@lansstyrelsen.se"),
             "Anmälan – landsbygdsnätverket",
             """Hej!

Jag samordnar Landsbygdsnätverket i Västerdalarna från Länsstyrelsen Dalarna. Tre av
oss vill gå på träffen om att planera både för önskvärda framtider och för
osäkerheter – den passar perfekt för glesbygdskommunerna:

• Helena Wikner (jag), Länsstyrelsen Dalarna
• Göran Backlund, Vansbro kommun, goran.backlund@vansbro.se
• Sara Persson, Malung-Sälens kommun, sara.persson@malung-salen.se

Sara har nötallergi.

Vänligen
Helena Wikner
Landsbygdsutvecklare
Länsstyrelsen Dalarna
""",
             X("register", [P("Helena Wikner", "helena.wikner@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Göran Backlund", "goran.backlund@vansbro.se", "Vansbro kommun"),
                            P("Sara Persson", "sara.persson@malung-salen.se", "Malung-Sälens kommun",
                              diet="nötallergi")], [S3], diet="nötallergi"),
             "network coordinator at Länsstyrelsen registers herself and two municipal members; session by theme "
             "only = 29 Nov; diet is Sara's"),

        tg("be166", "2027-02-20T17:02", "Lukas Meier", "8012345671",
           """Hi! I'm Lukas Meier, an exchange trainee from TU Dortmund placed at Falu kommun's planning department until June. My supervisor said I could join the first DalaLab session on May 3rd. Could you register me? lukas.meier@falun.se Thanks!""",
           X("register", [P("Lukas Meier", "lukas.meier@falun.se", "Falu kommun")], [S1]),
           "English; trainee placed at Falu kommun (TU Dortmund is his university); May 3rd"),

        mail("be167", "2027-03-30T11:20", ("Marie Nygren", "marie.nygren@gagnef.se"), "Byte av deltagare 29 november",
             """Hej,

Vår nämndordförande Bertil Hansson (M), som är anmäld till träffen den 29 november,
kan tyvärr inte delta. I stället går vice ordförande Ingela Rask (S). Hon har ingen
kommunmejl men nås via mig.

Med vänlig hälsning
Marie Nygren
Nämndsekreterare, Bygg- och miljönämnden
Gagnefs kommun
0241-151 00
""",
             X("change", [P("Bertil Hansson", None, "Gagnefs kommun"), P("Ingela Rask", None, "Gagnefs kommun")],
               [S3]),
             "politician substitution sent by the committee secretary (not among people); both get Gagnef from the "
             "sender; sessions = what the substitute takes"),

        mail("be168", "2027-03-12T14:10", ("Viktoria Hellqvist", "viktoria.hellqvist@regiondalarna.se"),
             "Anmälan 22 februari – partner i Tillgänglighetslyftet",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Som projektledare f&ouml;r Tillg&auml;nglighetslyftet Dalarna anm&auml;ler jag v&aring;ra kommunala
partner till den sista tr&auml;ffen, 22 februari 2028 (Planera f&ouml;r tillg&auml;nglighet). Jag sj&auml;lv
&auml;r redan anm&auml;ld sedan tidigare.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Kommun</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Maria Sundberg</td><td>Leksand</td><td>maria.sundberg@leksand.se</td><td>&ndash;</td></tr>
<tr><td>Filip Ersson</td><td>Leksand</td><td>filip.ersson@leksand.se</td><td>laktosfri</td></tr>
<tr><td>Noor Al-Hakim</td><td>Gagnef</td><td>noor.al-hakim@gagnef.se</td><td>&ndash;</td></tr>
</table>
<p>Tack!<br>Viktoria Hellqvist<br>Projektledare Tillg&auml;nglighetslyftet Dalarna<br>Region Dalarna<br>
Tel 023-49 03 15</p>
</body></html>
""",
             X("register", [P("Maria Sundberg", "maria.sundberg@leksand.se", "Leksands kommun"),
                            P("Filip Ersson", "filip.ersson@leksand.se", "Leksands kommun", diet="laktosfri"),
                            P("Noor Al-Hakim", "noor.al-hakim@gagnef.se", "Gagnefs kommun")], [S4],
               diet="laktosfri"),
             "HTML-only table; Region Dalarna project leader registers partners from two municipalities, not herself "
             "(already registered); 22 Feb 2028; Filip's diet",
             html=True),

        tg("be169", "2027-01-08T10:30", "Erik Hammar", "3390475512",
           """Hej! Jag håller i ett nätverk för planerare i Siljansområdet (Leksand, Rättvik, Mora, Orsa). Kommer presentationerna från träffarna att delas efteråt så jag kan skicka dem vidare i nätverket?""",
           X("question"),
           "network organiser asks about sharing presentations; municipalities named are the network's, no signup"),

        mail("be170", "2027-04-01T08:20", ("Frida Lönnqvist", "frida.lonnqvist@lansstyrelsen.se"),
             "Avanmälan Tobias Ahlgren 29/11",
             """Hej Linnea,

Min kollega Tobias Ahlgren kan tyvärr inte komma den 29 november, han har en
huvudförhandling i mark- och miljödomstolen samma vecka. Den 21 september kommer
han som planerat. Min egen anmälan är oförändrad.

Hälsningar
Frida Lönnqvist
Länsstyrelsen Dalarna
""",
             X("cancel", [P("Tobias Ahlgren", None, "Länsstyrelsen Dalarna")], [S3]),
             "partial cancellation for a colleague (29 Nov only); sender unchanged and not among people"),

        mail("be171", "2027-03-14T19:48", ("Sofie Brandt", "sofiebrandt84@gmail.com"), "Anmälan DalaLab",
             """Hej!

Jag skriver från min privata mejl eftersom jag är mellan två jobb: jag slutade som
planerare på Avesta kommun i februari och börjar som översiktsplanerare på Hedemora
kommun den 1 april. Min nya chef där vill att jag går på DalaLab, så anmäl mig gärna
som Hedemora till träffarna 21/9 och 29/11. Jobbmejlen får jag först i april, så
använd den här så länge.

Tack!
Sofie Brandt
070-884 12 09

Skickat från min iPhone
""",
             X("register", [P("Sofie Brandt", "sofiebrandt84@gmail.com", "Hedemora kommun")], [S2, S3]),
             "between employers: registers as her new employer Hedemora (by the sessions she will be there), not "
             "Avesta; gmail address kept"),

        tg("be172", "2027-02-28T20:40", "Jonas Ström", "4410298837",
           """Hej, Jonas Ström från Hofors här (anmäld till 3/5 och 22/2). Glömde skriva i mejlet att jag är laktosintolerant. Tack!""",
           X("change", [P("Jonas Ström", None, None)], [S1, S4], diet="laktosintolerant"),
           "diet update for an existing signup -> change with the stated sessions; Hofors (Gävleborg) -> null"),

        mail("be173", "2027-01-21T09:31", ("Microsoft Outlook", "postmaster@alvdalen.se"),
             "Olevererbart: DalaLab – bekräftelse av anmälan",
             """Det gick inte att leverera till följande mottagare:

karl-erik.mang@alvdalen.se
Mottagarens e-postadress hittades inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: MX01.alvdalen.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprungligt meddelande:
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Till: karl-erik.mang@alvdalen.se
Ämne: DalaLab – bekräftelse av anmälan

Hej Karl-Erik! Du är anmäld till DalaLab, alla fyra träffarna: 3 maj 2027,
21 september 2027, 29 november 2027 och 22 februari 2028.
""",
             X("auto_reply"),
             "bounce for a guessed network member's address; the returned confirmation's name and dates are not a "
             "signup"),

        tg("be174", "2027-03-06T15:15", "Henrik Dahlström", "6004812239",
           """Lena, här är länken till ortofotot över Orsa tätort som vi pratade om på nätverksträffen: https://kartor.mora.se/delning/ortofoto-orsa-2026 . Säg till om du behöver höjdmodellen också""",
           X("unknown"),
           "misdirected: a GIS network member's message meant for a colleague; nothing about DalaLab"),

        mail("be175", "2027-04-05T18:22", ("Alva Nordin", "alva.nordin@student.uu.se"), "Radera mina uppgifter",
             """Hej,

Jag anmälde mig via er Telegram-bot i januari till den 3 maj, som praktikant på
Borlänge kommun. Det krockar tyvärr med en tenta så jag kommer inte, och jag vill
att ni raderar mina uppgifter (namn och Telegramkonto) ur era register.

Vänliga hälsningar
Alva Nordin
""",
             X("erasure", [P("Alva Nordin", "alva.nordin@student.uu.se", "Borlänge kommun")]),
             "erasure (includes not coming); trainee's organisation = placement Borlänge kommun; university address"),

        mail("be176", "2027-04-09T13:00", ("Viktoria Hellqvist", "viktoria.hellqvist@regiondalarna.se"),
             "Fråga: samåkning från Västerdalarna",
             """Hej Linnea,

Flera av de kommunala partnerna i Tillgänglighetslyftet undrar om det går att ordna
samåkning till träffarna i Falun. Kan ni ta fram en lista över vilka som är anmälda
från Vansbro, Malung-Sälen och Älvdalen, eller får man inte dela den av GDPR-skäl?
Alternativt kan ni kanske skicka ut en fråga till dem själva?

Hälsningar
Viktoria Hellqvist
Projektledare, Region Dalarna
""",
             X("question"),
             "project leader asks about a participant list for car-pooling; municipalities named are not people"),

        tg("be177", "2027-01-31T11:45", "Anna-Karin Ståhl", "1177345620",
           """Hej! Anna-Karin Ståhl, kommunalråd i Mora. Anmäler mig till 21 september och 22 februari. Är vegetarian 🌱""",
           X("register", [P("Anna-Karin Ståhl", None, "Mora kommun")], [S2, S4], diet="vegetarian"),
           "politician (kommunalråd) -> Mora kommun; 22 februari without year = the 2028 session"),

        mail("be178", "2027-04-06T08:05", ("Linda Westin", "linda.westin@fev.se"), "Avanmälan 3 maj",
             """Hej!

Jag kan tyvärr inte komma på första träffen den 3 maj på grund av en driftstörning
som vi fortfarande jobbar med. Resten av träffarna står jag kvar på.

Linda Westin
VA-strateg, Falu Energi & Vatten AB
""",
             X("cancel", [P("Linda Westin", "linda.westin@fev.se", None)], [S1], unsure=["organisation"]),
             "partial cancellation (3 May only); municipal company -> null as in be144, unsure"),

        mail("be179", "2027-02-08T15:26", ("Malin Hedin", "malin.hedin@smedjebacken.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag och kollegan Mikael Berg är anmälda till 3/5 och 29/11. Mikael vill nu även gå på
21/9 eftersom han leder vår arbetsgrupp om utvecklingsinriktning. Kan du lägga till
det för honom? För mig är allt som förut.

Malin Hedin
Planeringsarkitekt, Smedjebackens kommun
Kontaktperson för Bergslagens planeringsnätverk
Tel 0240-66 01 52

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 09:00
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till DalaLab! Träffar:
1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet
Anmälan senast 14 april 2027. Upp till tre personer per kommun.
""",
             X("change", [P("Mikael Berg", None, "Smedjebackens kommun")], [S1, S2, S3]),
             "adds 21/9 for a colleague: sessions after the change = 3/5, 21/9, 29/11; sender unchanged, not among "
             "people; quoted invitation lists all four"),

        tg("be180", "2027-03-27T03:12", "GIS Pro Academy", "7923004456",
           """🔥 GRATIS GIS-CERTIFIERING för kommunanställda! Endast 20 platser kvar. Registrera dig nu på gis-pro-academy.top och få ArcGIS-licens på köpet 💻 Erbjudandet gäller t.o.m. 3/5!""",
           X("unknown"),
           "Telegram spam with 'registrera dig' and a date"),
    ]
