"""Batch 15, writer "mixed" (h136-h180): a season's inbox, a different kind of sender each time."""
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
Region Dalarna"""

REMINDER = """Hej!

En påminnelse om att sista dag att anmäla sig till lärprojektet DalaLab är onsdag 14 april 2027.

Träffarna äger rum 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028, samtliga i Falun kl. 10–15.
Varje kommun kan delta med upp till tre personer. Har du redan anmält dig behöver du inte göra något.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""


def gt(text):
    return "\n".join("> " + l if l else ">" for l in text.splitlines())


def messages():
    return [
        mail("h136", "2026-12-02T08:47", ("Malin Persson", "malin.persson@leksand.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt intressant ut – vi har precis dragit igång arbetet med en ny översiktsplan, så tajmingen kunde inte vara bättre. Jag anmäler mig gärna till lärprojektet.

Hälsningar
Malin Persson
Översiktsplanerare
Leksands kommun
Box 52, 793 21 Leksand
Tel 0247-800 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Malin Persson <malin.persson@leksand.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITE,
             X("register", [P("Malin Persson", "malin.persson@leksand.se", "Leksands kommun")], ALL),
             "Outlook reply to the invitation, self-signup without dates -> all four; quoted invitation lists all dates"),

        mail("h137", "2026-12-02T13:20", ("Kent Hallberg", "kent.hallberg@vansbro.se"), "Fråga om DalaLab",
             """Hej,

Jag är kommunstyrelsens ordförande i Vansbro och har fått er inbjudan till DalaLab vidarebefordrad av vår planarkitekt.

Min fråga är om lärprojektet enbart riktar sig till tjänstepersoner, eller om även förtroendevalda är välkomna att delta? Vi ska under våren ta ställning till en planeringsstrategi och det hade varit värdefullt för mig att höra diskussionerna. Om det är öppet för politiker återkommer jag med en anmälan.

Med vänliga hälsningar

Kent Hallberg (C)
Kommunstyrelsens ordförande
Vansbro kommun
Tel 0281-750 00""",
             X("question"),
             "politician asks whether elected officials may attend; will register later -> question"),

        mail("h138", "2026-12-03T10:05", ("Niklas Forsgren", "niklas.forsgren@borlange.se"), "anmälan dalalab",
             """Hej!

Jobbar som GIS-ingenjör på samhällsbyggnad här i Borlänge och sitter med i ÖP-gruppen, så det vore kul att vara med. Anmäler mig till 21/9 och 29/11 (våren är rätt full för min del).

Vegetarisk kost tack.

/Niklas

--
Niklas Forsgren | GIS-ingenjör | Samhällsbyggnadsförvaltningen
Borlänge kommun | 0243-74 000 | niklas.forsgren@borlange.se""",
             X("register", [P("Niklas Forsgren", "niklas.forsgren@borlange.se", "Borlänge kommun", "vegetarisk")],
               [S2, S3], "vegetarisk"),
             "casual GIS engineer, '21/9 och 29/11', vegetarian"),

        mail("h139", "2026-12-04T16:40", ("Sofie Lindahl", "sofie.lindahl@regiondalarna.se"),
             "Automatiskt svar: SV: Fråga om DalaLab",
             """Hej!

Jag är föräldraledig till och med 31 augusti 2027 och läser inte min e-post.

För frågor om kollektivtrafikplanering, kontakta Per Hedlund, per.hedlund@regiondalarna.se.
Övriga frågor: Region Dalarnas växel, 023-49 00 00.

Med vänlig hälsning
Sofie Lindahl
Region Dalarna""",
             X("auto_reply"),
             "Outlook out-of-office (parental leave until 31 Aug 2027) from a Region colleague; names another person"),

        mail("h140", "2026-12-07T09:12", ("Birgitta Olausson", "birgitta.olausson@hedemora.se"),
             "Anmälan DalaLab – Hedemora kommun",
             """Hej!

På uppdrag av samhällsbyggnadschefen anmäler jag följande två medarbetare från Hedemora kommun till DalaLab, samtliga fyra träffar:

1. Kristoffer Ahlgren, planarkitekt – kristoffer.ahlgren@hedemora.se
2. Elsa Nordin, översiktsplanerare – elsa.nordin@hedemora.se. Elsa behöver glutenfri kost.

Kontakta mig gärna om ni behöver fler uppgifter.

Med vänlig hälsning

Birgitta Olausson
Administratör
Samhällsbyggnadsförvaltningen
Hedemora kommun
Besöksadress: Tingshusgatan 1, 776 30 Hedemora
Tel 0225-340 00

Tänk på miljön innan du skriver ut detta e-postmeddelande.""",
             X("register", [P("Kristoffer Ahlgren", "kristoffer.ahlgren@hedemora.se", "Hedemora kommun"),
                            P("Elsa Nordin", "elsa.nordin@hedemora.se", "Hedemora kommun", "glutenfri")],
               ALL, "glutenfri"),
             "administrator registers two colleagues (numbered list), not herself; 'samtliga fyra träffar'; one diet"),

        mail("h141", "2026-12-09T14:33", ("Ingvild Haugen", "ingvild.haugen@innlandetfylke.no"),
             "DalaLab – participant from Norway?",
             """Dear Linnea,

Your colleague Johan Ekman told me about DalaLab when we met at the cross-border planning meeting in Sälen last week.

I would very much like to join the first session on 3 May in Falun, if you accept participants from outside Dalarna. The topic of planning strategies is very close to what we are working on with our new regional plan for Innlandet, and it would be valuable to hear how the Swedish municipalities approach it. I read Swedish without problems, so the language is no issue.

Best regards,

Ingvild Haugen
Senior Adviser, Regional Planning
Innlandet fylkeskommune
Hamar, Norway
+47 62 00 08 00""",
             X("register", [P("Ingvild Haugen", "ingvild.haugen@innlandetfylke.no", None)], [S1]),
             "Norwegian county planner writing English; signs up for 3 May 'if you accept participants from outside' -> register, organisation null; a colleague's name is mentioned"),

        tg("h142", "2026-12-11T21:02", "Maja Öberg", 6034471820,
           "Hej! Går det att anmäla sig här? I så fall vill jag vara med på alla fyra träffarna 🙂 Maja Öberg, Rättviks kommun",
           X("register", [P("Maja Öberg", None, "Rättviks kommun")], ALL),
           "telegram, asks if the bot takes signups and signs up for all four in the same breath"),

        mail("h143", "2026-12-14T08:15", ("Holmqvist Anders", "anders.holmqvist@lansstyrelsen.se"),
             "Anmälan till DalaLab från Länsstyrelsen Dalarna",
             """Hej,

Från Länsstyrelsen Dalarna, enheten för samhällsplanering och kulturmiljö, vill vi anmäla tre deltagare till DalaLab:

Anders Holmqvist (undertecknad)
Lina Sjögren
Rickard Berg

E-postadresserna är förnamn.efternamn@lansstyrelsen.se.

Vi deltar på den första och den tredje träffen, alltså 3 maj och 29 november. De övriga två krockar tyvärr med vår tillsynsplanering.

Med vänlig hälsning

Anders Holmqvist
Samhällsplanerare
Länsstyrelsen Dalarna
010-225 00 00

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på vår webbplats.""",
             X("register", [P("Anders Holmqvist", "anders.holmqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Lina Sjögren", "lina.sjogren@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Rickard Berg", "rickard.berg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S3]),
             "Länsstyrelsen, surname-first display name, three people incl. sender; address pattern written out; 'första och tredje' = 3 May + 29 Nov; GDPR footer"),

        mail("h144", "2026-12-16T06:10", ("Sälen Konferens & Spa", "erbjudanden@salenkonferens.se"),
             "Julklapp till arbetsgruppen – 20 % på konferenspaket våren 2027",
             """Hej!

Planerar ni kick-off, planeringsdagar eller workshop under våren? Boka ert konferenspaket hos oss i Sälen före 31 januari 2027 så bjuder vi på 20 % rabatt på helpension – gäller vistelser måndag–torsdag mellan 8 mars och 30 april.

I paketet ingår:
* Konferenslokal med projektor och whiteboard
* Förmiddags- och eftermiddagsfika, lunch och middag
* Fri entré till spa och relaxavdelning

Boka direkt på salenkonferens.se/var2027 eller ring oss på 0280-123 45. Begränsat antal platser!

God jul önskar
Sälen Konferens & Spa

Vill du inte längre få våra erbjudanden? Avregistrera dig här: salenkonferens.se/avregistrera""",
             X("unknown"),
             "marketing mail from a conference hotel; dates, 'begränsat antal platser', 'boka' -> unknown"),

        mail("h145", "2026-12-18T10:30", ("Johanna Ek", "johanna.ek@norrskenanalys.se"), "Anmälan DalaLab – extern deltagare",
             """Hej Linnea,

Jag arbetar som konsult på Norrsken Samhällsanalys och stöttar just nu Smedjebackens kommun med underlaget till deras planeringsstrategi.

Jag förstår att träffarna i första hand riktar sig till kommunernas och regionens tjänstepersoner, men om det finns plats för externa deltagare vill jag gärna anmäla mig till de tre träffarna 21 september, 29 november och 22 februari. Jag tar naturligtvis inte någon av kommunens platser – de anmäler sig själva.

God jul och vänliga hälsningar
Johanna Ek
Konsult, fysisk planering
Norrsken Samhällsanalys AB
Åsgatan 14, 791 71 Falun
070-312 45 67""",
             X("register", [P("Johanna Ek", "johanna.ek@norrskenanalys.se", None)], [S2, S3, S4]),
             "consultant working for Smedjebacken, explicitly not taking the municipality's place -> organisation null; three dates"),

        mail("h146", "2026-12-21T13:55", ("Per-Anders Hedin", "per-anders.hedin@mora.se"), "DalaLab",
             """Hej!

Anmäler mig till DalaLab. Den 21 september och 29 november har vi tyvärr kommunfullmäktige, men 3 maj och 22 februari går bra.

Laktosfri kost tack.

God jul!
/P-A

Per-Anders Hedin
Planeringsarkitekt
Mora kommun
Fredsgatan 16, 792 80 Mora""",
             X("register", [P("Per-Anders Hedin", "per-anders.hedin@mora.se", "Mora kommun", "laktosfri")],
               [S1, S4], "laktosfri"),
             "iso-8859-1; names the two dates he cannot come and the two he signs up for; lactose-free",
             charset="iso-8859-1"),

        mail("h147", "2027-01-04T09:01", ("Tomas Lindgren", "tomas.lindgren@falun.se"),
             "Autosvar: DalaLab – nyhetsbrev om lärprojektet",
             """Tack för ditt mejl. Jag är på tjänsteresa och åter måndag 11 januari 2027. Brådskande ärenden: ring Stadsbyggnadsförvaltningens växel 023-83 000.

Thank you for your e-mail. I am travelling and will be back on Monday 11 January 2027. For urgent matters, please call +46 23 83 000.

Tomas Lindgren
Falu kommun""",
             X("auto_reply"),
             "bilingual out-of-office ('Autosvar:'), return date and phone numbers"),

        mail("h148", "2027-01-08T15:20", ("Lotta Wahlberg", "lotta.wahlberg@gagnef.se"), "Kvoten i DalaLab",
             """Hej Linnea!

Vi är fyra på plan- och byggenheten i Gagnef som gärna vill vara med i DalaLab. I inbjudan står det "upp till tre personer per kommun" – gäller det per träff eller för hela lärprojektet? Kan vi i så fall vara olika personer på olika träffar?

Vi väntar med anmälan tills vi vet hur det fungerar.

Hälsningar
Lotta Wahlberg
Planeringschef
Gagnefs kommun
0241-150 00""",
             X("question"),
             "question about the quota of three; explicitly waits with the signup"),

        mail("h149", "2027-01-12T10:44", ("Sara Holmberg", "sara.holmberg@avesta.se"), "Anmälan DalaLab Avesta",
             """Hej Linnea,

Vi blir tre från Avesta kommun som vill vara med på hela lärprojektet:

- Sara Holmberg (jag), översiktsplanerare
- Per Lindström, planarkitekt, per.lindstrom@avesta.se
- Jamal Osman, trafikplanerare, jamal.osman@avesta.se – vegetarisk kost

Ser fram emot det!

Vänliga hälsningar
Sara Holmberg
Översiktsplanerare, Samhällsbyggnadsförvaltningen
Avesta kommun
Tel 0226-645 000""",
             X("register", [P("Sara Holmberg", "sara.holmberg@avesta.se", "Avesta kommun"),
                            P("Per Lindström", "per.lindstrom@avesta.se", "Avesta kommun"),
                            P("Jamal Osman", "jamal.osman@avesta.se", "Avesta kommun", "vegetarisk")],
               ALL, "vegetarisk"),
             "sender plus two colleagues in a bullet list; 'hela lärprojektet' = all four; one vegetarian"),

        mail("h150", "2027-01-14T07:58", ("Fatima Al-Sayed", "fatima.al-sayed@regiondalarna.se"), "Sista DalaLab-träffen",
             """Hej Linnea!

Sista träffen, den om tillgänglighet den 22 feb 2028, är ju precis mitt gebit – kan du skriva upp mig på den? Bara den alltså, resten hinner jag inte.

Ses vid kaffemaskinen!
Fatima

Fatima Al-Sayed
Analytiker, tillgänglighet och resmönster
Region Dalarna, Kollektivtrafikförvaltningen
Tel 023-49 00 00""",
             X("register", [P("Fatima Al-Sayed", "fatima.al-sayed@regiondalarna.se", "Region Dalarna")], [S4]),
             "Region colleague, informal; only the last session ('22 feb 2028')"),

        tg("h151", "2027-01-17T19:30", "Lukas Brandt", 5120983374,
           "Hi! This is Lukas Brandt, I'm a planner at Ludvika kommun (moved here from Germany last year). "
           "Please sign me up for 21 Sept and 29 Nov. I'm vegetarian. Thanks!",
           X("register", [P("Lukas Brandt", None, "Ludvika kommun", "vegetarian")], [S2, S3], "vegetarian"),
           "English telegram from an international colleague; two autumn dates; vegetarian"),

        mail("h152", "2027-01-20T11:11", ("Bengt Jonsson", "bengt.jonsson@orsa.se"), "Ta bort mina uppgifter",
             """Hej.

Jag har fått er inbjudan till DalaLab men arbetar sedan årsskiftet inte längre med planfrågor (numera på VA-enheten). Jag ber er därför att ta bort mig från era sändlistor och radera de personuppgifter ni har om mig.

Mvh
Bengt Jonsson
Orsa kommun""",
             X("erasure", [P("Bengt Jonsson", "bengt.jonsson@orsa.se", "Orsa kommun")]),
             "erasure request from someone who changed jobs"),

        mail("h153", "2027-01-25T14:02", ("Annelie Borg", "annelie.borg@sater.se"), "Re: Bekräftelse DalaLab",
             """Hej!

Jag anmälde mig i december till träffen den 3 maj. Nu har jag fått klartecken från min chef att gå på fler, så lägg gärna till 21 september och 29 november också.

Tack!
Annelie

Annelie Borg
Planarkitekt, Säters kommun""",
             X("change", [P("Annelie Borg", "annelie.borg@sater.se", "Säters kommun")], [S1, S2, S3]),
             "adds two sessions to an existing signup -> change with all three sessions after the change"),

        mail("h154", "2027-01-28T09:30", ("Kerstin Wallgren", "kerstin.wallgren@falun.se"), "Anmälan till DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag och min kollega Ali Rezaei (<a href="mailto:ali.rezaei@falun.se">ali.rezaei@falun.se</a>) vill anmäla oss till DalaLab, samtliga tillfällen.</p>
<p>Ali behöver glutenfri kost.</p>
<p>Med vänlig hälsning<br>
<b>Kerstin Wallgren</b><br>
Strateg, Stadsbyggnadsförvaltningen<br>
Falu kommun<br>
<span style="color:#7f7f7f">Besök: Stadshuset, Stigaregatan 1, Falun | Tel 023-83 000</span></p>
</div></body></html>""",
             X("register", [P("Kerstin Wallgren", "kerstin.wallgren@falun.se", "Falu kommun"),
                            P("Ali Rezaei", "ali.rezaei@falun.se", "Falu kommun", "glutenfri")],
               ALL, "glutenfri"),
             "HTML-only mail; sender + colleague with address; 'samtliga tillfällen'; colleague's diet",
             html=True),

        mail("h155", "2027-02-01T06:00", ("Samhällsplaneraren", "nyhetsbrev@samhallsplaneraren.se"),
             "Samhällsplaneraren nr 2/2027: planeringsstrategier i praktiken",
             """SAMHÄLLSPLANERAREN – nyhetsbrev nr 2, februari 2027

I detta nummer:
* Tre kommuner berättar: så tog vi fram vår planeringsstrategi
* Webbinarium 22 februari kl. 13–14: Digital översiktsplan – vad krävs? Anmäl dig via länken nedan
* Krönika: Utvecklingsinriktning – ett begrepp att ta på allvar
* Kalendarium: konferenser och utbildningar våren 2027

Läs hela numret: https://samhallsplaneraren.se/nr/2027-2
Anmälan till webbinariet: https://samhallsplaneraren.se/webbinarier

Du får det här nyhetsbrevet eftersom du prenumererar på Samhällsplaneraren.
Avsluta prenumerationen: https://samhallsplaneraren.se/avsluta?id=a81f33""",
             X("unknown"),
             "planning newsletter; '22 februari', 'anmäl dig', planning vocabulary -> unknown"),

        mail("h156", "2027-02-03T20:20", ("Linda Moberg", "linda.moberg@malung-salen.se"), "Dalalab",
             """Hej, anmäler mig till första träffen 3 maj. Resten får jag återkomma om när höstens budget är klar.

Mvh Linda Moberg
Malung-Sälens kommun

Skickat från min Galaxy""",
             X("register", [P("Linda Moberg", "linda.moberg@malung-salen.se", "Malung-Sälens kommun")], [S1]),
             "short phone mail; first session only, the rest later"),

        tg("h157", "2027-02-06T11:45", "Kajsa Nilsson", 6712005439,
           "hej! jag och min kollega petter granberg från älvdalens kommun vill anmäla oss till alla träffar",
           X("register", [P("Kajsa Nilsson", None, "Älvdalens kommun"), P("Petter Granberg", None, "Älvdalens kommun")], ALL),
           "telegram lower case, sender + colleague, all sessions"),

        mail("h158", "2027-02-09T10:00", ("Gunnar Fält", "gunnar.falt@smedjebacken.se"), "Anmälan DalaLab 3 maj",
             """Hej,

Jag har förstått att även förtroendevalda är välkomna till DalaLab. Som ordförande i samhällsbyggnadsutskottet vill jag därför anmäla mig till den första träffen, måndagen den 3 maj, eftersom vi just nu tar fram en planeringsstrategi för kommunen.

Specialkost: fläskfri.

Med vänlig hälsning
Gunnar Fält (S)
Ordförande, samhällsbyggnadsutskottet
Smedjebackens kommun""",
             X("register", [P("Gunnar Fält", "gunnar.falt@smedjebacken.se", "Smedjebackens kommun", "fläskfri")],
               [S1], "fläskfri"),
             "politician signs up for the first session; diet 'fläskfri'"),

        mail("h159", "2027-02-11T13:37", ("Mette Kjær", "mette.kjaer@du.se"), "Question about DalaLab",
             """Hello,

I am a Danish researcher currently visiting Högskolan Dalarna, where I study how Nordic municipalities work with strategic spatial planning.

Would it be possible for me to observe one or more of the DalaLab sessions, or are they only for civil servants in the municipalities and the region? And will the sessions be held in Swedish? I read Swedish quite well, but I find it harder to follow when it is spoken quickly.

Kind regards,
Mette Kjær, PhD
Visiting researcher, Högskolan Dalarna
Aarhus University""",
             X("question"),
             "English question from a visiting researcher: may she observe, what language -> question"),

        mail("h160", "2027-02-15T09:05", ("Magnus Rydén", "magnus.ryden@avesta.se"), "Byte av deltagare i DalaLab",
             """Hej Linnea,

Per Lindström slutar hos oss i slutet av mars. I hans ställe kommer Ida Hellström (ida.hellstrom@avesta.se), som börjar som planarkitekt hos oss 1 mars, att delta i DalaLab – alla fyra träffarna, precis som Per var anmäld till.

Sara Holmberg och Jamal Osman gäller som förut.

Hälsningar
Magnus Rydén
Enhetschef Plan och bygg
Avesta kommun""",
             X("change", [P("Per Lindström", None, "Avesta kommun"), P("Ida Hellström", "ida.hellstrom@avesta.se", "Avesta kommun")],
               ALL),
             "manager: substitution (Per out, Ida in for all four); two others 'gäller som förut' are not in people"),

        mail("h161", "2027-02-18T11:48", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Undeliverable: DalaLab – bekräftelse på anmälan",
             """Delivery has failed to these recipients or groups:

jamal.osmann@avesta.se
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: DB9PR02MB7682.eurprd02.prod.outlook.com

jamal.osmann@avesta.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: jamal.osmann@avesta.se
Subject: DalaLab – bekräftelse på anmälan
Date: Thu, 18 Feb 2027 10:48:12 +0000

-----Original message-----
Hej Jamal!

Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:
3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
Specialkost: vegetarisk.

Välkommen!
Linnea Hassis, Region Dalarna""",
             X("auto_reply"),
             "Exchange non-delivery report for a mistyped address; returned confirmation holds a name, all dates and a diet"),

        mail("h162", "2027-01-13T08:33", ("Tobias Mård", "tobias.mard@gagnef.se"), "SV: Kvoten i DalaLab",
             """Hej Linnea,

Tack för snabbt svar till Lotta! Då har vi bestämt oss – vi anmäler följande tre från Gagnefs kommun till hela serien:

Tobias Mård (jag själv)
Lotta Wahlberg, lotta.wahlberg@gagnef.se
Emir Hodžić, emir.hodzic@gagnef.se – nötallergi

Hälsningar
Tobias Mård
Planarkitekt
Gagnefs kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 11 januari 2027 09:14
Till: Lotta Wahlberg <lotta.wahlberg@gagnef.se>
Kopia: Tobias Mård <tobias.mard@gagnef.se>
Ämne: SV: Kvoten i DalaLab

Hej Lotta!

Kvoten gäller för hela lärprojektet: tre personer per kommun, och samma personer på de träffar de anmäler sig till. Det går däremot bra att anmäla sig till bara några av träffarna.

Hälsningar
Linnea""",
             X("register", [P("Tobias Mård", "tobias.mard@gagnef.se", "Gagnefs kommun"),
                            P("Lotta Wahlberg", "lotta.wahlberg@gagnef.se", "Gagnefs kommun"),
                            P("Emir Hodžić", "emir.hodzic@gagnef.se", "Gagnefs kommun", "nötallergi")],
               ALL, "nötallergi"),
             "reply in a thread about the quota; three from Gagnef incl. sender, 'hela serien' = all four; nut allergy"),

        tg("h163", "2027-02-24T14:10", "Johan Björk", 1874420613,
           "hej, måste tyvärr stryka mig från 21 sept, krockar med kf. 3 maj och 29 nov står kvar. /johan, orsa",
           X("cancel", [P("Johan Björk", None, "Orsa kommun")], [S2]),
           "telegram partial cancellation of one session; the kept sessions are named too"),

        mail("h164", "2027-02-26T10:22", ("Elisabeth Grahn", "elisabeth.grahn@vansbro.se"), "Anmälan och en fundering",
             """Hej Linnea!

Jag heter Elisabeth Grahn och är sedan i höstas i princip ensam planerare i Vansbro kommun. Vi har en översiktsplan från 2014 som behöver ses över, och kommunstyrelsen har gett oss i uppdrag att ta fram en planeringsstrategi till nästa mandatperiod. Ärligt talat känns det som ett stort uppdrag för en liten organisation, så DalaLab kommer som en skänk från ovan – det ska bli väldigt värdefullt att få utbyta erfarenheter med kollegor i andra kommuner som brottas med samma frågor.

Jag vill gärna anmäla mig till lärprojektet, alla fyra träffarna om det går. Specialkost: vegan.

En fundering: från Vansbro blir det en lång resa till Falun. Finns det någon möjlighet att ta del av en deltagarlista i förväg, så att vi i västra Dalarna kan samordna samåkning?

Stort tack för ett fint initiativ!

Elisabeth Grahn
Planarkitekt
Vansbro kommun
Tel 0281-750 00""",
             X("register", [P("Elisabeth Grahn", "elisabeth.grahn@vansbro.se", "Vansbro kommun", "vegan")], ALL, "vegan"),
             "long mail from a lone planner: background, signup for all four, vegan, and a question about car-sharing -> register"),

        mail("h165", "2027-03-01T09:15", ("Jonas Wikner", "jonas.wikner@regiondalarna.se"), "Poolbilen + RUS-workshopen",
             """Hej Linnea!

Har du kvar nyckeln till poolbil 4 (den vita Kian)? Den står inte i skåpet och jag behöver den till Mora på onsdag.

Och påminnelse: workshopen om uppföljningen av den regionala utvecklingsstrategin är den 9 mars kl. 13–16 i sal Dalälven. Ta gärna med dina anteckningar från länsgruppen.

/Jonas""",
             X("unknown"),
             "unrelated mail from a Region colleague to the organiser (pool car key, another workshop)"),

        mail("h166", "2027-03-03T13:40", ("Oskar Lind", "oskar.lind@ludvika.se"), "Ändrad specialkost DalaLab",
             """Hej!

Jag är anmäld till alla fyra DalaLab-träffarna. Har nyligen fått diagnosen celiaki, så jag behöver glutenfri kost framöver.

Tack på förhand!
Oskar Lind
Ludvika kommun""",
             X("change", [P("Oskar Lind", "oskar.lind@ludvika.se", "Ludvika kommun", "glutenfri")], ALL, "glutenfri"),
             "diet update for an existing signup that states 'alla fyra' -> change with all four"),

        tg("h167", "2027-03-06T07:45", "Ronja Karlsson", 5467200981,
           "hej! ronja karlsson från säters kommun här. anmäler mig till 3 maj o 29 nov. äter vegetariskt 🌱",
           X("register", [P("Ronja Karlsson", None, "Säters kommun", "vegetariskt")], [S1, S3], "vegetariskt"),
           "telegram, 'o' for och, two dates, vegetarian"),

        mail("h168", "2027-03-08T12:30", ("Anna-Karin Hedlund", "anna-karin.hedlund@rattvik.se"), "VB: DalaLab?",
             """Hej Linnea,

Se nedan – anmäl gärna Olof till de träffar han skriver om. Själv har jag inte möjlighet att delta.

/Anna-Karin

Anna-Karin Hedlund
Samhällsbyggnadschef
Rättviks kommun

-----Ursprungligt meddelande-----
Från: Olof Skog <olof.skog@rattvik.se>
Skickat: den 5 mars 2027 14:12
Till: Anna-Karin Hedlund <anna-karin.hedlund@rattvik.se>
Ämne: DalaLab?

Hej!

Såg inbjudan till DalaLab. Jag skulle gärna vilja gå på de två höstträffarna, 21 september och 29 november – de handlar ju precis om det vi håller på med i ÖP:n. Okej för dig?

/Olof""",
             X("register", [P("Olof Skog", "olof.skog@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "manager forwards a planner's internal request; sender not registered; sessions and address only in the forwarded part"),

        mail("h169", "2027-03-10T15:55", ("Callum Fraser", "callum.fraser@falun.se"), "DalaLab sign-up",
             """Hi Linnea,

I'm a transport planner with Falu kommun (originally from Glasgow – three years here and my Swedish is getting there!). I'd like to sign up for all four DalaLab sessions.

I'm coeliac, so gluten-free food please.

Cheers,
Callum

Callum Fraser
Trafikplanerare / Transport Planner
Falu kommun""",
             X("register", [P("Callum Fraser", "callum.fraser@falun.se", "Falu kommun", "gluten-free")], ALL, "gluten-free"),
             "English signup from an international colleague, all four, gluten-free"),

        mail("h170", "2027-03-12T10:10", ("Viktor Hallin", "viktor.hallin@karlssonplan.se"), "Konsult – räknas jag in i kommunens platser?",
             """Hej,

Jag är konsult och sitter för närvarande placerad på Borlänge kommuns planavdelning, på ett uppdrag som löper året ut. Om jag anmäler mig till DalaLab – räknas jag då in i Borlänges tre platser, eller anmäler jag mig som extern deltagare? Jag vill inte ta en plats från någon av de ordinarie medarbetarna.

Tacksam för besked.

Viktor Hallin
Karlsson Planbyrå AB
072-845 11 90""",
             X("question"),
             "consultant asks whether he would count against Borlänge's quota; no signup yet"),

        mail("h171", "2027-03-15T17:05", ("Malin Persson", "malin.persson@leksand.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Tyvärr måste jag avanmäla mig från DalaLab. Jag har fått en tjänst i Gävle och slutar i Leksand sista april. Jag har tipsat min efterträdare om lärprojektet, så hon hör förhoppningsvis av sig när hon är på plats.

Tack, och förlåt för besväret!

Malin Persson
Översiktsplanerare
Leksands kommun""",
             X("cancel", [P("Malin Persson", "malin.persson@leksand.se", "Leksands kommun")], ALL),
             "full cancellation (new job), no session named -> all four; unnamed successor not registered"),

        mail("h172", "2027-03-17T08:40", ("Mikaela Vestin", "mikaela.vestin@orsa.se"), "DalaLab",
             """Hej! Anmäl mig gärna till 21 sep och 22 feb.

Mvh
Mikaela Vestin
GIS-samordnare, Orsa kommun

Hämta Outlook för iOS""",
             X("register", [P("Mikaela Vestin", "mikaela.vestin@orsa.se", "Orsa kommun")], [S2, S4]),
             "short Outlook-for-iOS mail from a GIS coordinator, '21 sep och 22 feb'"),

        mail("h173", "2027-03-19T11:20", ("Mikael Strömberg", "mikael.stromberg@borlange.se"), "Byte av träff",
             """Hej,

Jag står anmäld till träffen den 29 november men behöver byta till den 22 februari 2028 istället – vi har granskning av ÖP:n under november. Går det bra?

/Mikael

Mikael Strömberg
Samhällsplanerare
Borlänge kommun""",
             X("change", [P("Mikael Strömberg", "mikael.stromberg@borlange.se", "Borlänge kommun")], [S4]),
             "bare swap 29 Nov -> 22 Feb 2028: sessions = the new one"),

        mail("h174", "2027-03-22T09:50", ("Emelie Sahlin", "emelie.sahlin@ludvika.se"), "Anmälan DalaLab – Ulrika Wennberg",
             """Hej!

Jag skriver på uppdrag av vår samhällsbyggnadschef Ulrika Wennberg, som vill anmäla sig till den första träffen i DalaLab den 3 maj i Falun. Ulrika är laktosintolerant.

Hennes e-postadress är ulrika.wennberg@ludvika.se. Skicka gärna bekräftelsen till både henne och mig.

Vänliga hälsningar
Emelie Sahlin
Assistent, Samhällsbyggnadsförvaltningen
Ludvika kommun
Tel 0240-860 00""",
             X("register", [P("Ulrika Wennberg", "ulrika.wennberg@ludvika.se", "Ludvika kommun", "laktosintolerant")],
               [S1], "laktosintolerant"),
             "assistant registers her manager only (sender not in people); first session; 'laktosintolerant'"),

        tg("h175", "2027-03-25T13:13", "Eva Dahlin", 7093318452,
           "hej! hur långt är det från resecentrum i falun till lokalen där träffarna är? och går det att parkera där?",
           X("question"),
           "telegram practical question (distance, parking)"),

        mail("h176", "2027-03-30T10:05", ("Sebastian Kronberg", "sebastian.kronberg@hedemora.se"), "Anmälan DalaLab",
             """Hej,

Anmäler mig till de två första träffarna i DalaLab (3/5 och 21/9).

Mvh
Sebastian Kronberg
Planarkitekt
Hedemora kommun
Samhällsbyggnadsförvaltningen
Tel 0225-340 00""",
             X("register", [P("Sebastian Kronberg", "sebastian.kronberg@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "windows-1252; terse signup, 'de två första (3/5 och 21/9)'",
             charset="windows-1252"),

        mail("h177", "2027-04-01T14:20", ("Maja Öberg", "maja.oberg@rattvik.se"), "DalaLab – kollega tar två träffar",
             """Hej Linnea!

Jag är anmäld till alla fyra träffarna i DalaLab. Jag kommer som planerat den 3 maj och den 21 september, men från oktober är jag föräldraledig. Min kollega Tove Sandin (tove.sandin@rattvik.se) tar därför min plats på de två sista träffarna, 29/11 och 22/2.

Hälsningar
Maja Öberg
Planeringsarkitekt
Rättviks kommun""",
             X("change", [P("Maja Öberg", "maja.oberg@rattvik.se", "Rättviks kommun"),
                          P("Tove Sandin", "tove.sandin@rattvik.se", "Rättviks kommun")], [S3, S4]),
             "partial hand-over: colleague takes the last two sessions -> change with both people, the substitute's sessions"),

        mail("h178", "2027-04-06T08:55", ("Lennart Ståhl", "lennart.stahl@hedemora.se"), "DalaLab 3 maj – två avanmälningar",
             """Hej,

Kristoffer Ahlgren och Elsa Nordin kan tyvärr inte delta den 3 maj på grund av ett extrainsatt kommunstyrelsemöte. De kommer som planerat till de övriga tre träffarna.

Med vänlig hälsning
Lennart Ståhl
Samhällsbyggnadschef
Hedemora kommun""",
             X("cancel", [P("Kristoffer Ahlgren", None, "Hedemora kommun"), P("Elsa Nordin", None, "Hedemora kommun")], [S1]),
             "manager cancels two colleagues from the first session only; they keep the rest; sender not in people"),

        mail("h179", "2027-04-08T16:30", ("Robin Åström", "robin.astrom@smedjebacken.se"), "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej!

Bättre sent än aldrig – vi vill anmäla oss två från Smedjebacken: jag själv och Jenny Lööf (jenny.loof@smedjebacken.se). Alla träffar.

/Robin Åström, samhällsplanerare

Den tors 1 apr. 2027 kl 09:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + gt(REMINDER),
             X("register", [P("Robin Åström", "robin.astrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Jenny Lööf", "jenny.loof@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "Gmail-style reply to the reminder (quoted dates and deadline); sender + colleague, 'alla träffar'"),

        tg("h180", "2027-04-09T23:48", "Anders Mases", 6288104537,
           "anmäl mig till alla träffarna, jobbar på mora kommun. laktosfritt tack",
           X("register", [P("Anders Mases", None, "Mora kommun", "laktosfritt")], ALL, "laktosfritt"),
           "late-night telegram just before the deadline; all sessions; 'laktosfritt'"),
    ]
