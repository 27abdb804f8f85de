"""Batch 13, writer "shifts": plans that shift during the season (January to early April 2027)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("m091", "2027-01-08T10:12", ("Persson Linda", "linda.persson@leksand.se"),
             "SV: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmälde mig i december till träffarna 3 maj och 21 september. Nu har det visat sig att 21 september krockar med samrådet för den fördjupade översiktsplanen för Insjön, så jag skulle vilja byta den mot 29 november i stället. 3 maj gäller som tidigare.

Tack på förhand!

Vänliga hälsningar
Linda Persson
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
Tel 0247-800 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 18 november 2026 10:02
Till: Persson Linda <linda.persson@leksand.se>
Ämne: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till lärprojektet DalaLab! Vi träffas fyra gånger:
3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028, alla i Falun kl. 10–15.
Anmälan senast den 14 april 2027. Varje kommun kan delta med upp till tre personer.
""",
             X("change", [P("Linda Persson", "linda.persson@leksand.se", "Leksands kommun")], [S1, S3]),
             "Outlook reply (surname-first display name): registered 3 May + 21 Sep, swaps 21 Sep for 29 Nov, "
             "keeps 3 May -> change [3 May, 29 Nov]; quoted invitation lists all four"),

        tg("m092", "2027-01-11T07:48", "Kalle Nyström", 6034418827,
           "hej! går det att flytta mig från första träffen till den i februari istället? maj funkar inte alls "
           "för oss på plan. /kalle, avesta kommun",
           X("change", [P("Kalle Nyström", None, "Avesta kommun")], [S4]),
           "telegram bare swap 'från första träffen till den i februari' -> change, new session only (22 Feb 2028)"),

        mail("m093", "2027-01-13T16:05", ("Lukas Schneider", "lukas.schneider@falun.se"),
             "DalaLab – September session",
             """Hi Linnea,

I signed up for all four DalaLab sessions back in December. I've just found out that I'll be on a course in Stockholm 20–22 September, so I won't be able to attend the session on the 21st. Could you take me off that one? The other three still stand.

Thanks a lot, and sorry for the extra work!

Best regards,
Lukas Schneider
Strategic planner | Falu kommun
+46 23 83 000
""",
             X("cancel", [P("Lukas Schneider", "lukas.schneider@falun.se", "Falu kommun")], [S2]),
             "English partial withdrawal: drops 21 Sep, keeps the other three -> cancel [21 Sep]; "
             "'20–22 September' course dates"),

        mail("m094", "2027-01-15T13:22", ("Josefin Lund", "josefin.lund@borlange.se"),
             "Byte av deltagare DalaLab – föräldraledighet",
             """Hej!

Jag är anmäld till alla fyra DalaLab-träffarna, men jag går på föräldraledighet i mitten av mars och kommer att vara borta resten av året och en bit in på 2028.

Min kollega Sanna Eriksson tar över min plats på samtliga träffar. Hennes adress är sanna.eriksson@borlange.se. Hon har inga särskilda önskemål om kost vad jag vet.

Hälsningar
Josefin Lund
Planarkitekt, Borlänge kommun
Samhällsbyggnadsförvaltningen
Röda vägen 50, 781 81 Borlänge
""",
             X("change", [P("Josefin Lund", "josefin.lund@borlange.se", "Borlänge kommun"),
                          P("Sanna Eriksson", "sanna.eriksson@borlange.se", "Borlänge kommun")], ALL),
             "substitution for parental leave: sender out, colleague takes her place on all four -> change, "
             "both people, all four sessions"),

        mail("m095", "2027-01-18T08:40", ("Anders Wallin", "anders.wallin@gagnef.se"),
             "Fel mejladress i min anmälan",
             """Hej,

När jag anmälde mig till DalaLab skrev jag tydligen min mejladress fel (anders.wallin@gagnef.com). Det är den här adressen som gäller: anders.wallin@gagnef.se. Inget annat ändras.

/Anders Wallin
Gagnefs kommun
""",
             X("change", [P("Anders Wallin", "anders.wallin@gagnef.se", "Gagnefs kommun")], []),
             "address correction for an existing signup, no sessions stated -> change []; the wrong "
             "gagnef.com address is not a second person"),

        tg("m096", "2027-01-19T21:03", "Tuva Hedin", 5281907463,
           "hej, anmälde mig i början av december men har inte fått nån bekräftelse. gäller min anmälan fortfarande?",
           X("question"),
           "telegram 'gäller min anmälan fortfarande?' -> question"),

        mail("m097", "2027-01-20T11:31", ("Lars-Erik Holm", "lars-erik.holm@hedemora.se"),
             "Lägga till en träff",
             """Hej Linnea

Jag är anmäld till träffen 21/9. Vill gärna lägga till 29/11 också om det finns plats kvar, temat om osäkerheter passar bra med vårt arbete med klimatanpassning.

Mvh
Lars-Erik Holm
Hedemora kommun

Skickat från min iPhone
""",
             X("change", [P("Lars-Erik Holm", "lars-erik.holm@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "adds a session and states the one he has ('anmäld till 21/9, lägga till 29/11') -> change with both"),

        mail("m098", "2027-01-22T09:55", ("Sara Nordin", "sara.nordin@regiondalarna.se"),
             "Ny arbetsgivare – samma träffar",
             """Hej Linnea!

Kul att vi blir kollegor nu – jag började på Region Dalarna (enheten för samhällsplanering) den 11 januari. Tidigare jobbade jag på Ludvika kommun och det var därifrån jag anmälde mig till DalaLab, med adressen sara.nordin@ludvika.se som inte längre fungerar.

Jag vill gärna vara kvar på samma träffar som förut, dvs. 3 maj och 22 februari, men nu som regionanställd och med den här adressen. Ludvika får gärna använda min plats till någon annan, jag har sagt till min gamla chef.

Hälsningar
Sara Nordin
Regionplanerare
Region Dalarna
""",
             X("change", [P("Sara Nordin", "sara.nordin@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "job change Ludvika kommun -> Region Dalarna, new address, keeps 3 May + 22 Feb -> change; "
             "old Ludvika address/organisation are not the current ones"),

        mail("m099", "2027-01-25T14:17", ("Gustav Lindberg", "gustav.lindberg@mora.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag minns inte riktigt vad jag anmälde mig till i december – var det alla fyra eller bara vårträffen? Kan du kolla? Vill lägga in det i kalendern.

/Gustav

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 18 november 2026 10:02
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att delta i lärprojektet DalaLab!
Träff 1: 3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv
Träff 2: 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
Träff 3: 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
Träff 4: 22 februari 2028 – Planera för tillgänglighet
Anmälan senast 14 april 2027. Varje kommun kan delta med upp till tre personer.
""",
             X("question"),
             "asks what he is registered for ('alla fyra eller bara vårträffen?') -> question; quoted invitation"),

        mail("m100", "2027-01-27T15:40", ("Mikael Strand", "mikael.strand@sater.se"),
             "Anmälan DalaLab Säter",
             """Hej!

Nu har vi fått ihop vår planering för 2027 och kan äntligen anmäla oss. Jag och min kollega Ylva Sjögren (ylva.sjogren@sater.se) vill båda vara med på hela lärprojektet, alla fyra träffar.

Ylva är laktosintolerant.

Med vänlig hälsning

Mikael Strand
Samhällsplanerare
Säters kommun
Rådhusgatan 1, 783 27 Säter
0225-550 00
""",
             X("register", [P("Mikael Strand", "mikael.strand@sater.se", "Säters kommun"),
                            P("Ylva Sjögren", "ylva.sjogren@sater.se", "Säters kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "self + colleague, all four; colleague's diet; street number and phone"),

        tg("m101", "2027-01-29T12:20", "Ravi Menon", 1932774051,
           "Hi! I'm signed up for May 3 only, but my manager wants me to join the Sept and Nov sessions as well. "
           "Could you add those two? Thanks / Ravi, Orsa kommun",
           X("change", [P("Ravi Menon", None, "Orsa kommun")], [S1, S2, S3]),
           "English telegram: has 3 May, adds Sept + Nov -> change with all three"),

        mail("m102", "2027-02-01T10:03", ("Elsa Berggren", "elsa.berggren@vansbro.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Tyvärr måste jag avanmäla mig från DalaLab. Vi är bara två på plan- och byggenheten och när min kollega slutar i vår hinner jag helt enkelt inte. Jag var anmäld till alla fyra träffar.

Vi hör av oss om någon annan från Vansbro kan gå i stället längre fram.

Vänliga hälsningar
Elsa Berggren
Vansbro kommun
""",
             X("cancel", [P("Elsa Berggren", "elsa.berggren@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation of all four; a possible later replacement is not a registration"),

        mail("m103", "2027-02-02T13:45", ("Ida Mångs", "ida.mangs@alvdalen.se"),
             "DalaLab – jag tar Pers plats",
             """Hej!

Som Per Nises skrev till dig förra veckan kan han inte gå på DalaLab längre. Jag tar hans plats från Älvdalens kommun, men jag kan tyvärr inte den 3 maj. Anmäl mig gärna till de tre övriga: 21/9, 29/11 och 22/2.

Jag är vegetarian om det spelar någon roll för luncherna.

Hälsningar
Ida Mångs
Planeringsarkitekt
Älvdalens kommun
""",
             X("register", [P("Ida Mångs", "ida.mangs@alvdalen.se", "Älvdalens kommun", diet="vegetarian")],
               [S2, S3, S4], diet="vegetarian"),
             "newcomer takes the place of a colleague who cancelled in an earlier mail -> register of the "
             "newcomer only; '21/9, 29/11 och 22/2'; not 3 May"),

        mail("m104", "2027-02-04T09:12", ("Christoffer Malmberg", "christoffer.malmberg@lansstyrelsen.se"),
             "Stavning av mitt namn",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>I bekr&auml;ftelsen ni skickade st&aring;r mitt namn som Kristoffer Malmberg. Det ska stavas <b>Christoffer</b> med Ch. Kan ni r&auml;tta det i deltagarlistan s&aring; att namnskylten blir r&auml;tt?</p>
<p>Med v&auml;nlig h&auml;lsning<br>
Christoffer Malmberg<br>
Samh&auml;llsplaneringsenheten<br>
L&auml;nsstyrelsen Dalarna<br>
791 84 Falun<br>
010-225 00 00</p>
<p style="font-size:8pt;color:#888888">N&auml;r du skickar e-post till L&auml;nsstyrelsen behandlas dina personuppgifter enligt dataskyddsf&ouml;rordningen. L&auml;s mer p&aring; www.lansstyrelsen.se/dalarna/om-oss/personuppgifter</p>
</body></html>
""",
             X("change", [P("Christoffer Malmberg", "christoffer.malmberg@lansstyrelsen.se",
                            "Länsstyrelsen Dalarna")], []),
             "HTML-only name-spelling correction (Kristoffer -> Christoffer), no sessions -> change []; "
             "GDPR footer; the misspelled name is not a second person",
             html=True),

        tg("m105", "2027-02-05T16:44", "Jonna Ersson", 7129035518,
           "hej! kan inte 29 nov längre pga budgetarbetet 😩 stryk mig från den, resten gäller som innan. "
           "jonna, rättviks kommun",
           X("cancel", [P("Jonna Ersson", None, "Rättviks kommun")], [S3]),
           "telegram partial withdrawal: drops 29 Nov, 'resten gäller' -> cancel [29 Nov]"),

        mail("m106", "2027-02-08T11:10", ("Annika Stål", "annika.stal@smedjebacken.se"),
             "VB: DalaLab 3/5",
             """Hej Linnea,

Vi har gjort om lite här hos oss. Patrik Öhman går inte på vårträffen i maj som det var tänkt, se hans mejl nedan. I stället går Lina Haraldsson (lina.haraldsson@smedjebacken.se) den 3 maj. Patrik behåller sina höstträffar.

Hälsningar
Annika Stål
Plan- och byggchef, Smedjebackens kommun

-------- Vidarebefordrat meddelande --------
Från: Patrik Öhman <patrik.ohman@smedjebacken.se>
Datum: 2027-02-05 15:32
Till: Annika Stål <annika.stal@smedjebacken.se>
Ämne: DalaLab 3/5

Hej Annika, jag har ju semesterveckan i Kroatien 1–7 maj som vi pratade om så jag missar första DalaLab-träffen. Kan Lina ta den? Hösten (21/9 och 29/11) går jag som planerat.
/Patrik
""",
             X("change", [P("Patrik Öhman", "patrik.ohman@smedjebacken.se", "Smedjebackens kommun"),
                          P("Lina Haraldsson", "lina.haraldsson@smedjebacken.se", "Smedjebackens kommun")],
               [S1]),
             "manager forwards a colleague's mail: partial hand-over of 3 May to Lina, Patrik keeps autumn -> "
             "change, both people, [3 May]; sender not in people; '1–7 maj' holiday"),

        mail("m107", "2027-02-09T14:30", ("Fredrik Nolander", "fredrik@nolanderplan.se"),
             "Anmälan DalaLab – för Malung-Sälens kommun",
             """Hej Linnea,

Jag är konsult och har sedan januari uppdraget att ta fram ny översiktsplan för Malung-Sälens kommun. Kommunen har bett mig ta en av deras tre platser i DalaLab, eftersom det är jag som håller i ÖP-arbetet under 2027. Planchefen Karin Rehn känner till det och har fått en kopia av detta mejl.

Jag anmäler mig därför till samtliga fyra träffar.

Vänliga hälsningar
Fredrik Nolander
Nolander Plan & Analys AB
Slaggatan 4, 791 71 Falun
070-812 44 90
www.nolanderplan.se
""",
             X("register", [P("Fredrik Nolander", "fredrik@nolanderplan.se", "Malung-Sälens kommun")], ALL),
             "consultant who takes one of Malung-Sälen's places -> organisation Malung-Sälens kommun; "
             "planning chief mentioned is not registered; 'samtliga fyra'"),

        mail("m108", "2027-02-10T08:01", ("Amanda Krantz", "amanda.krantz@orsa.se"),
             "Automatiskt svar: DalaLab – bekräftelse på din anmälan",
             """Hej,

Jag är föräldraledig från och med 1 februari 2027 till och med 31 december 2027 och läser inte min e-post.

Ärenden om detaljplaner: kontakta Ronja Persson, ronja.persson@orsa.se, 0250-55 21 00.
Övriga ärenden: kommunens växel 0250-55 21 00 eller orsa.kommun@orsa.se.

Amanda Krantz
Orsa kommun
""",
             X("auto_reply"),
             "out-of-office for parental leave (no auto headers, 'Automatiskt svar:' subject); names a stand-in "
             "colleague who is not registered"),

        mail("m109", "2027-02-12T10:47", ("Jesper Holmgren", "jesper.holmgren@borlange.se"),
             "Gäller min anmälan fortfarande?",
             """Hej!

En fundering: jag anmälde mig till DalaLab i december när jag jobbade på bygglovsenheten. Sedan 1 februari är jag på enheten för strategisk planering i stället (fortfarande Borlänge kommun och samma mejladress). Gäller min anmälan fortfarande, eller behöver chefen på nya enheten anmäla mig på nytt?

Mvh Jesper Holmgren
""",
             X("question"),
             "moved within the same municipality, same address; asks whether the signup still holds -> question"),

        mail("m110", "2027-02-15T09:20", ("Carina Lööf", "carina.loof@ludvika.se"),
             "Ytterligare en deltagare från Ludvika",
             """Hej Linnea,

Från Ludvika är jag och Olivia Berg redan anmälda, det gäller som förut. Nu har vi fått en ny planarkitekt, Samir Haddad, som började hos oss i förra veckan. Han vill gärna vara med på höstens två träffar (21 september och 29 november). Hans mejl är inte upplagt än, men det kommer att bli samir.haddad@ludvika.se.

Tack!
Carina Lööf
Enhetschef Strategisk planering
Ludvika kommun
""",
             X("register", [P("Samir Haddad", "samir.haddad@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "adds a new colleague for the two autumn sessions; sender and Olivia 'gäller som förut' -> not in people"),

        tg("m111", "2027-02-16T19:55", "Chloe Martin", 844120963,
           "hi, which sessions am I registered for? can't find the confirmation email anywhere 🙈",
           X("question"),
           "English telegram: asks what she is registered for -> question"),

        mail("m112", "2027-02-18T07:32", ("Noor Al-Sayed", "noor.al-sayed@avesta.se"),
             "Kost",
             """Hej! Glömde nämna i min anmälan att jag numera är vegan. Gäller alla träffar jag är anmäld till.

/Noor

Skickat från Outlook för iOS
""",
             X("change", [P("Noor Al-Sayed", "noor.al-sayed@avesta.se", "Avesta kommun", diet="vegan")], [],
               diet="vegan"),
             "diet update from a phone, sessions not stated -> change [] with diet vegan"),

        mail("m113", "2027-02-19T15:15", ("Erik Dahlgren", "erik.dahlgren@mora.se"),
             "Ändring DalaLab",
             """Hej,

Jag står anmäld till alla fyra träffarna, men efter att vi har lagt årsplaneringen ser jag att jag bara kommer att kunna gå på de två första. Kan du stryka mig från 29 november och 22 februari?

Vänliga hälsningar
Erik Dahlgren
Mora kommun | Samhällsbyggnadsförvaltningen
Fredsgatan 16, 792 80 Mora
""",
             X("cancel", [P("Erik Dahlgren", "erik.dahlgren@mora.se", "Mora kommun")], [S3, S4]),
             "withdraws from the last two, keeps the first two -> cancel [29 Nov, 22 Feb]"),

        mail("m114", "2027-02-22T13:05", ("Per Wiklander", "per.wiklander@falun.se"),
             "DalaLab 29 november – kollega går i mitt ställe",
             """Hej Linnea!

Jag är anmäld till alla fyra träffarna. Den 29 november visar det sig att vi har budgetberedning i kommunstyrelsen och jag måste vara där, så min kollega Maria Ek (maria.ek@falun.se) går i stället just den dagen. Övriga träffar går jag själv.

Hälsningar
Per Wiklander
Planeringsstrateg
Falu kommun
023-83 000
""",
             X("change", [P("Per Wiklander", "per.wiklander@falun.se", "Falu kommun"),
                          P("Maria Ek", "maria.ek@falun.se", "Falu kommun")], [S3]),
             "partial hand-over: colleague takes 29 Nov only, sender keeps the rest -> change, both, [29 Nov]"),

        mail("m115", "2027-02-24T10:50", ("Agnes Wikner", "agnes.wikner@rattvik.se"),
             "Reservplats DalaLab?",
             """Hej!

Jag förstår att Rättvik redan har sina tre platser fyllda (Jonna, Mattias och Lisa). Men om någon av dem får förhinder vill jag gärna stå som reserv – för alla träffar. Jag jobbar med översiktsplanen på heltid sedan januari.

Hälsningar
Agnes Wikner
Rättviks kommun
""",
             X("register", [P("Agnes Wikner", "agnes.wikner@rattvik.se", "Rättviks kommun")], ALL),
             "asks to be a reserve for all sessions -> register (the rules wait-list her); colleagues' first "
             "names are not people"),

        tg("m116", "2027-02-25T20:40", "Jonas Falk", 390275516,
           "hej linnea, jonas från hedemora här. blir pappaledig i höst så kim lindh tar mina två höstträffar "
           "(21/9 o 29/11). 3 maj går jag själv som planerat 👍",
           X("change", [P("Jonas Falk", None, "Hedemora kommun"), P("Kim Lindh", None, "Hedemora kommun")],
             [S2, S3]),
           "telegram partial hand-over for paternity leave: colleague (lower case) takes the autumn two -> "
           "change, both, [21 Sep, 29 Nov]"),

        mail("m117", "2027-03-01T11:25", ("Emily Lindqvist", "emily.lindqvist@malung-salen.se"),
             "Name change – still registered?",
             """Hi Linnea,

I signed up for DalaLab in December as Emily Carter (emily.carter@malung-salen.se). I got married in January and have changed my surname, so I'm now Emily Lindqvist and my e-mail address has changed to the one I'm writing from. The old address will stop working at the end of March.

Is my registration still valid, or do I need to register again under the new name?

Kind regards,
Emily Lindqvist
Planning Officer
Malung-Sälens kommun
""",
             X("change", [P("Emily Lindqvist", "emily.lindqvist@malung-salen.se", "Malung-Sälens kommun")], []),
             "English name and address update with a question, no sessions stated -> change []; the old name "
             "is not a second person"),

        mail("m118", "2027-03-02T16:10", ("Birgitta Hansson", "birgitta.hansson@orsa.se"),
             "Även februariträffen",
             """Hej!

Kan ni anmäla mig även till träffen den 22 februari 2028? Jag trodde först att jag skulle vara ledig då, men så blir det inte.

Tack och hälsningar
Birgitta Hansson
Orsa kommun
Tel. 0250-55 20 00
""",
             X("register", [P("Birgitta Hansson", "birgitta.hansson@orsa.se", "Orsa kommun")], [S4]),
             "adds one session ('även') without saying which she already has -> register for 22 Feb 2028; "
             "iso-8859-1",
             charset="iso-8859-1"),

        mail("m119", "2027-03-03T20:14", ("Malin Rydén", "malin.ryden@borlange.se"),
             "Radera mina uppgifter",
             """Hej,

Jag har sagt upp mig från Borlänge kommun och flyttar till Göteborg i april, så jag kommer inte att delta i DalaLab.

Jag vill att ni raderar alla mina personuppgifter hos er (namn, mejladress, kostuppgifter) enligt GDPR.

Tack för ett bra initiativ och lycka till med projektet!

Malin Rydén
""",
             X("erasure", [P("Malin Rydén", "malin.ryden@borlange.se", "Borlänge kommun")]),
             "leaving her job and Dalarna; explicit request to delete all her data -> erasure"),

        mail("m120", "2027-03-05T06:30", ("Plankompetens Utbildning", "nyhetsbrev@plankompetens.se"),
             "Sista chansen: Ny PBL i praktiken – 3 platser kvar!",
             """Hej planerare!

Vårens populära kurs Ny PBL i praktiken går i Stockholm 21–22 april och digitalt 5 maj. Anmäl dig senast 15 mars – endast 3 platser kvar!

Ur innehållet:
• Planbeskrivningen i nya PBL
• Översiktsplanens planeringsstrategi – så lyckas du
• Aktuella rättsfall 2026

Pris: 8 900 kr exkl. moms. Early bird t.o.m. 10 mars: 7 900 kr.

Anmälan: www.plankompetens.se/kurser

Du får detta nyhetsbrev eftersom du tidigare deltagit i någon av våra kurser. Avregistrera dig här: www.plankompetens.se/avregistrera
""",
             X("unknown"),
             "commercial course newsletter with 'anmäl dig', dates and 'planeringsstrategi' -> unknown"),

        tg("m121", "2027-03-08T08:05", "Per-Olof Grahn", 6712093384,
           "Hej! Jag är anmäld till alla fyra träffarna sedan december men har bytt jobb från Säters kommun till "
           "Smedjebackens kommun från 1 mars. Gäller anmälan fortfarande eller behöver jag göra en ny? Vill gärna "
           "gå på samma träffar. /P-O Grahn",
           X("change", [P("Per-Olof Grahn", None, "Smedjebackens kommun")], ALL),
           "telegram job change Säter -> Smedjebacken, keeps all four ('samma träffar') and asks if it still "
           "holds -> change, new organisation, all four"),

        mail("m122", "2027-03-09T13:40", ("Helena Björk", "helena.bjork@leksand.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej!

Det har blivit fel – jag ser i bekräftelsen nedan att jag står på 3 maj och 21 september. Det ska vara 3 maj och 29 november. Antagligen skrev jag fel när jag anmälde mig. Kan du rätta?

Hälsningar
Helena Björk, Leksands kommun

> Hej Helena Björk!
>
> Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:
> - måndag 3 maj 2027, 10:00–15:00, Falun
> - tisdag 21 september 2027, 10:00–15:00, Falun
>
> Vill du ändra något, svara på detta mejl.
> Region Dalarna
""",
             X("change", [P("Helena Björk", "helena.bjork@leksand.se", "Leksands kommun")], [S1, S3]),
             "correction of a wrong registration: should be 3 May + 29 Nov, not 21 Sep -> change [3 May, 29 Nov]; "
             "quoted confirmation names 21 Sep"),

        mail("m123", "2027-03-11T10:15", ("Eva Norling", "eva.norling@gagnef.se"),
             "Ny deltagare i stället för Johanna Solberg",
             """Hej Linnea,

Vår planarkitekt Johanna Solberg slutade hos oss i slutet av februari. Hon var anmäld till alla fyra DalaLab-träffarna.

Hennes efterträdare Viktor Ahl börjar den 1 april och tar över hennes plats på samtliga träffar. Viktors adress blir viktor.ahl@gagnef.se.

Med vänlig hälsning
Eva Norling
Samhällsbyggnadschef
Gagnefs kommun
Tel: 0241-150 00

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det.
""",
             X("change", [P("Johanna Solberg", None, "Gagnefs kommun"),
                          P("Viktor Ahl", "viktor.ahl@gagnef.se", "Gagnefs kommun")], ALL),
             "manager: colleague left the job, successor takes her place on all four -> change, both people; "
             "sender not in people; disclaimer"),

        tg("m124", "2027-03-12T14:22", "Mats Olausson", 2210983467,
           "avanmäler mig från 3/5, blir sjukskriven en period efter en operation. hör av mig om hösten längre "
           "fram / mats, vansbro kommun",
           X("cancel", [P("Mats Olausson", None, "Vansbro kommun")], [S1]),
           "telegram cancel of 3 May only; 'hör av mig om hösten' cancels nothing else"),

        mail("m125", "2027-03-15T09:35", ("Hussein Ali", "hussein.ali@avesta.se"),
             "Anmälan DalaLab – Avesta",
             """<html><body>
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hej Linnea,</p>
<p>Nu n&auml;r omorganisationen av samh&auml;llsbyggnadsf&ouml;rvaltningen &auml;r klar vet vi vilka som ska g&aring;. Anm&auml;l mig och Lena Sund (<a href="mailto:lena.sund@avesta.se">lena.sund@avesta.se</a>) till alla fyra tr&auml;ffarna.</p>
<p>Lena &auml;r glutenfri.</p>
<p>Peter som jag n&auml;mnde i telefon i januari blir inte aktuell.</p>
<p>Med v&auml;nliga h&auml;lsningar<br>
<b>Hussein Ali</b><br>
Planeringschef<br>
Avesta kommun<br>
0226-64 50 00</p>
</div>
</body></html>
""",
             X("register", [P("Hussein Ali", "hussein.ali@avesta.se", "Avesta kommun"),
                            P("Lena Sund", "lena.sund@avesta.se", "Avesta kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "HTML-only signup after a reorganisation: self + colleague, all four, colleague glutenfri; "
             "'Peter' who will not come is not a person",
             html=True),

        mail("m126", "2027-03-17T15:55", ("Kerstin Åhman", "kerstin.ahman@hedemora.se"),
             "Avanmälan – Anders Bergman",
             """Hej!

Anders Bergman har fått en ny tjänst inom kommunen (på tekniska förvaltningen) och ska därför inte längre gå på DalaLab. Han var anmäld till 21/9 och 29/11 – stryk honom från båda.

Vi återkommer om vi vill skicka någon annan.

Hälsningar
Kerstin Åhman
Hedemora kommun
""",
             X("cancel", [P("Anders Bergman", None, "Hedemora kommun")], [S2, S3]),
             "manager withdraws a colleague who moved to another job in the municipality, no substitute -> "
             "cancel his two sessions; sender not in people; windows-1252",
             charset="windows-1252"),

        mail("m127", "2027-03-19T12:00", ("Aleksandra Nowak", "aleksandra.nowak@regiondalarna.se"),
             "Flexibility between sessions?",
             """Hi Linnea,

Quick question before I sign up: if my plans change during the year, is it possible to switch from one session to another later on (e.g. from September to November), or should I only sign up for the sessions I'm 100 % sure about?

Thanks,
Aleksandra

Aleksandra Nowak
Regional Development, Region Dalarna
""",
             X("question"),
             "English question before signing up; 'September to November' is an example, not a signup"),

        tg("m128", "2027-03-22T17:30", "Nadia Berisha", 5067331982,
           "hej! är anmäld till 3 maj o 21 sept sen innan. kan ni byta 21 sept mot 22 feb? mvh nadia, ludvika",
           X("change", [P("Nadia Berisha", None, "Ludvika kommun")], [S1, S4]),
           "telegram swap with current sessions stated -> change [3 May, 22 Feb]"),

        mail("m129", "2027-03-24T10:40", ("Lars Halvarsson", "lars.halvarsson@alvdalen.se"),
             "Anmälan Cecilia Morén",
             """Hej,

Vår planarkitekt Cecilia Morén kommer tillbaka från sin föräldraledighet i augusti och vill gärna vara med på höstens två träffar samt den i februari 2028. Hennes adress är cecilia.moren@alvdalen.se, men hon läser den inte förrän hon är tillbaka, så skicka gärna bekräftelsen till mig också.

Hälsningar
Lars Halvarsson
Planchef, Älvdalens kommun
""",
             X("register", [P("Cecilia Morén", "cecilia.moren@alvdalen.se", "Älvdalens kommun")], [S2, S3, S4]),
             "manager registers a colleague returning from parental leave: 'höstens två träffar samt den i "
             "februari 2028' -> three sessions; sender not in people"),

        mail("m130", "2027-03-26T10:02", ("Mail Delivery System", "MAILER-DAEMON@mx1.sater.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.sater.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<karin.lilja@sater.se>: host mail.sater.se[10.12.4.20] said: 550 5.1.1
    <karin.lilja@sater.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--- Original message ---
From: anmalan@dalalab.example
To: karin.lilja@sater.se
Subject: Ändring bekräftad – DalaLab

Hej Karin Lilja! Din anmälan är ändrad. Du är nu anmäld till 21 september 2027 och 29 november 2027.
""",
             X("auto_reply"),
             "bounce for an address that no longer exists; returned confirmation names a person and two dates"),

        mail("m131", "2027-03-29T13:15", ("Annelie Mattsson", "annelie.mattsson@mora.se"),
             "Mora – tredje platsen",
             """Hej Linnea!

Nu vet vi äntligen vem som tar Moras tredje plats: Tove Sahlin, tove.sahlin@mora.se. Hon vill vara med på alla fyra träffarna och är vegetarian.

Jag och Erik är anmälda sedan tidigare, det gäller som förut.

Hälsningar
Annelie Mattsson
Mora kommun
""",
             X("register", [P("Tove Sahlin", "tove.sahlin@mora.se", "Mora kommun", diet="vegetarian")], ALL,
               diet="vegetarian"),
             "registers a colleague for the municipality's third place, all four, vegetarian; sender and "
             "Erik 'gäller som förut' -> not in people"),

        mail("m132", "2027-03-31T09:08", ("Hampus Grönberg", "hampus.gronberg@falun.se"),
             "Rättelse: fel adress för Rebecka Holm",
             """Hej,

När jag anmälde min kollega Rebecka Holm i januari skrev jag fel på hennes adress (rebeca.holm@falun.se). Rätt adress är rebecka.holm@falun.se – med k. Hon har inte fått någon bekräftelse, så det är nog därför.

Tack!
Hampus Grönberg
Falu kommun, Stadsbyggnadsförvaltningen
""",
             X("change", [P("Rebecka Holm", "rebecka.holm@falun.se", "Falu kommun")], []),
             "sender corrects a colleague's address, no sessions -> change [] for the colleague with the right "
             "address; sender not in people"),

        tg("m133", "2027-04-02T15:11", "Amir Rostami", 7420196605,
           "hej! fick precis ok från chefen 🙌 anmäler mig till 3 maj och 22 feb. amir, region dalarna "
           "(regional utveckling)",
           X("register", [P("Amir Rostami", None, "Region Dalarna")], [S1, S4]),
           "late telegram signup for 3 May + 22 Feb; 'region dalarna' in lower case"),

        mail("m134", "2027-04-06T11:20", ("Rättviks kommun", "kommun@rattvik.se"),
             "Ditt meddelande har tagits emot – Rättviks kommun",
             """Tack för ditt meddelande till Rättviks kommun!

Detta är ett automatiskt svar. Ditt e-postmeddelande har tagits emot och kommer att registreras och fördelas till berörd handläggare. Vi strävar efter att besvara ditt ärende inom fem arbetsdagar.

Observera att e-post som skickas till kommunen kan bli allmän handling.

Rättviks kommun
Box 254, 795 23 Rättvik
Besök: Storgatan 2
Tel 0248-700 00
""",
             X("auto_reply"),
             "municipal registry's automatic receipt (no auto headers) -> auto_reply"),

        mail("m135", "2027-04-09T16:20", ("Hugo Lindmark", "hugo.lindmark@vansbro.se"),
             "Ändring av träffar inför sista anmälningsdag",
             """Hej Linnea,

Innan anmälan stänger 14 april: jag är idag anmäld till 3 maj och 29 november. Kan du stryka 29 november och i stället lägga till 21 september och 22 februari? Då blir det alltså 3/5, 21/9 och 22/2 för min del.

Tack!
Hugo Lindmark
Vansbro kommun
0281-750 00
""",
             X("change", [P("Hugo Lindmark", "hugo.lindmark@vansbro.se", "Vansbro kommun")], [S1, S2, S4]),
             "drops 29 Nov and adds 21 Sep + 22 Feb, states the result -> change [3 May, 21 Sep, 22 Feb]; "
             "deadline date mentioned"),
    ]
