"""Writer "needs" (be091–be135): signups, changes, cancellations and questions that carry practical needs — diets
and allergies per person (vegan/halal in one group, EpiPen allergies, "ingen fisk", "laktosfritt men inte
mjölkproteinallergi", "samma kost som sist", diets changed later or given for the wrong person and corrected),
wheelchairs, hearing loops, personal assistants and sign-language interpreters (neither is a participant),
parking and travel, arriving late or leaving early, remote attendance and childcare; plus spam, misdirected
mail, automatic replies and erasure requests that mention diets. Message-level `diet` joins several people's
diets with "; " in the order written; `P(..., diet=...)` says whose each is."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("be091", "2026-12-02T08:47", ("Dahlgren Jonas", "jonas.dahlgren@borlange.se"),
             "Anmälan DalaLab – tre från Borlänge",
             """Hej Linnea!

Vi blir tre från samhällsbyggnad i Borlänge som vill vara med i lärprojektet, på alla fyra träffarna:

- Jonas Dahlgren (jag), jonas.dahlgren@borlange.se
- Lisa Persson, lisa.persson@borlange.se
- Omar Haddad, omar.haddad@borlange.se

Angående maten: jag äter allt men Lisa är vegan och Omar äter halal.

Tack på förhand!

Med vänliga hälsningar
Jonas Dahlgren
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Borlänge kommun
Besök: Röda vägen 50, 781 81 Borlänge
Tel 0243-740 00 (vx), mobil 070-318 22 45
""",
             X("register", [P("Jonas Dahlgren", "jonas.dahlgren@borlange.se", "Borlänge kommun"),
                            P("Lisa Persson", "lisa.persson@borlange.se", "Borlänge kommun", diet="vegan"),
                            P("Omar Haddad", "omar.haddad@borlange.se", "Borlänge kommun", diet="halal")],
               ALL, diet="vegan; halal"),
             "sender + two colleagues, no dates -> all four; 'jag äter allt' = no diet for the sender; "
             "Lisa vegan, Omar halal"),

        tg("be092", "2026-12-04T19:22", "Ida Frost", "6120984437",
           """Hej! Vill anmäla mig till 3 maj och 21 sept. OBS svår jordnötsallergi, jag bär alltid EpiPen. Kan ni meddela köket så att inget med jordnötter serveras vid mitt bord? Ida Frost, Säters kommun""",
           X("register", [P("Ida Frost", None, "Säters kommun", diet="svår jordnötsallergi")], [S1, S2],
             diet="svår jordnötsallergi"),
           "Telegram signup for two dates; severe peanut allergy (EpiPen is a carried device, not a diet); "
           "request to the kitchen does not make it a question"),

        mail("be093", "2026-12-08T10:12", ("Per-Olof Matsson", "per-olof.matsson@alvdalen.se"),
             "Parkering och resa till träffen i Falun",
             """Hej!

Vi är tre från Älvdalen som redan har anmält oss. Vi tänkte samåka i en av kommunens elbilar till första träffen den 3 maj. Finns det parkering nära lokalen, och går det att ladda bilen där? Om inte, hur långt är det att gå från resecentrum?

Vi räknar med att åka härifrån 07.15 och vara i Falun ca 9.30, så vi hinner till fikat.

Mvh
Per-Olof Matsson
Samhällsplanerare, Älvdalens kommun
Dalgatan 59, 796 22 Älvdalen
0251-310 00
""",
             X("question"),
             "parking/charging question from people already registered; '3 maj', '07.15', '9.30' are no signup"),

        mail("be094", "2026-12-10T13:05", ("Lena Sjögren", "lena.sjogren@hedemora.se"), "Anmälan + tillgänglighet",
             """Hej,

Jag anmäler mig härmed till hela lärprojektet (alla fyra tillfällen).

Jag kör elrullstol, som är något bredare än en vanlig manuell rullstol, så jag undrar om lokalerna har hiss eller ramp och en tillgänglighetsanpassad toalett (RWC)? Jag behöver också en plats vid ett bord utan fast stol.

Ingen specialkost.

Vänliga hälsningar
Lena Sjögren
Planeringsstrateg
Hedemora kommun
Tfn 0225-340 00
""",
             X("register", [P("Lena Sjögren", "lena.sjogren@hedemora.se", "Hedemora kommun")], ALL),
             "signup for all four with accessibility questions (still register); wheelchair is not a diet; "
             "'Ingen specialkost' -> diet null"),

        mail("be095", "2026-12-14T15:30", ("Anders Wahlberg", "anders.wahlberg@regiondalarna.se"),
             "DalaLab anmälan",
             """Hej Linnea,

Jag vill anmäla mig till träffarna 3/5 och 29/11 (de andra två krockar med regionfullmäktige).

Jag har hörapparat och behöver hörslinga i lokalen – och att alla som pratar använder mikrofon, även vid frågor från publiken. Tacksam om ni kan kolla det med lokalen.

Kost: laktosfri.

/Anders

Anders Wahlberg
Regional utveckling, Region Dalarna
Box 712, 791 29 Falun
010-238 00 00
""",
             X("register", [P("Anders Wahlberg", "anders.wahlberg@regiondalarna.se", "Region Dalarna",
                              diet="laktosfri")], [S1, S3], diet="laktosfri"),
             "'3/5 och 29/11'; hearing loop request is not a diet; the other two sessions are explicitly not wanted"),

        mail("be096", "2026-12-16T09:40", ("Sara Lindholm", "sara.lindholm@mora.se"), "Anmälan DalaLab, assistent",
             """Hej!

Jag vill anmäla mig till samtliga fyra träffar i DalaLab.

Jag har en personlig assistent, Anna Wik, som följer med mig på alla träffar. Hon deltar inte i själva lärprojektet men behöver sitta bredvid mig och äter lunch och fika med oss. Behöver hon anmälas separat, och räknas hon i så fall in i Moras tre platser?

Kost: glutenfri (celiaki). Anna äter allt.

Hälsningar
Sara Lindholm
Översiktsplanerare, Mora kommun
0250-260 00
""",
             X("register", [P("Sara Lindholm", "sara.lindholm@mora.se", "Mora kommun", diet="glutenfri (celiaki)")],
               ALL, diet="glutenfri (celiaki)", unsure=["people"]),
             "personal assistant Anna Wik is not a participant (she does not take part in the project and takes "
             "no place); sender asks whether she must be registered -> unsure people; 'Anna äter allt' is no diet"),

        tg("be097", "2026-12-18T20:14", "Maja Ström", "5093318872",
           """Hej! Jag är döv och funderar på att anmäla mig till DalaLab. Bokar ni teckenspråkstolk till träffarna eller ska jag beställa själv via tolkcentralen? Tolkarna brukar behöva veta datum och tider minst fyra veckor innan. /Maja, plan- och byggenheten Leksand""",
           X("question"),
           "question about interpreters before signing up ('funderar på att anmäla mig') -> no signup"),

        mail("be098", "2027-01-08T11:02", ("Karin Eld", "karin.eld@ludvika.se"), "Anmälan 21 september",
             """Hej Linnea,

Jag vill anmäla mig själv och min kollega Hamid Rezaei (hamid.rezaei@ludvika.se) till träffen den 21 september.

Hamid använder teckenspråk och vi har redan beställt två tolkar från tolkcentralen för den dagen – de kommer alltså utöver oss två och är inte deltagare, men de behöver platser längst fram med bra ljus. Behöver ni deras namn?

Hamid äter vegetariskt, jag har inga särskilda önskemål.

Mvh
Karin Eld
Planarkitekt | Ludvika kommun
Tel 0240-860 00
""",
             X("register", [P("Karin Eld", "karin.eld@ludvika.se", "Ludvika kommun"),
                            P("Hamid Rezaei", "hamid.rezaei@ludvika.se", "Ludvika kommun", diet="vegetariskt")],
               [S2], diet="vegetariskt"),
             "self + colleague for 21 Sep; the two interpreters are explicitly not participants; Hamid's diet"),

        mail("be099", "2027-01-11T07:55", ("Göran Lilja", "goran.lilja@vansbro.se"), "Anmälan första träffen",
             """Hej!

Jag anmäler mig till första träffen den 3 maj.

Jag åker Dalatrafik från Vansbro och är i Falun först 10.25, så jag missar fikat och kommer en kvart sent till starten. Hoppas det går bra.

Kost: ingen fisk eller skaldjur, annars äter jag allt.

Göran Lilja
Bygglov och planering
Vansbro kommun, Box 501, 780 50 Vansbro
""",
             X("register", [P("Göran Lilja", "goran.lilja@vansbro.se", "Vansbro kommun",
                              diet="ingen fisk eller skaldjur")], [S1], diet="ingen fisk eller skaldjur"),
             "iso-8859-1 body; 'första träffen den 3 maj' only; late arrival 10.25 is still attendance",
             charset="iso-8859-1"),

        tg("be100", "2027-01-13T21:48", "Erik Nyman", "1849302267",
           """anmäler mig till alla fyra träffarna 👍 men 3 maj måste jag gå kl 14 (hämtning på förskolan). laktosfritt tack. Erik Nyman, Orsa kommun""",
           X("register", [P("Erik Nyman", None, "Orsa kommun", diet="laktosfritt")], ALL, diet="laktosfritt"),
           "all four; leaving early on 3 May does not remove that session; 'kl 14' is a time"),

        mail("be101", "2027-01-15T14:20", ("Jenny Olsson", "jenny.olsson@malung-salen.se"), "Anmälan DalaLab",
             """Hej!

Jag anmäler mig till alla fyra träffar i DalaLab.

Från Sälen tar det nästan tre timmar enkel väg till Falun, så om det finns möjlighet att delta på distans (Teams/Zoom) vid något tillfälle vore det väldigt välkommet. Om inte kommer jag på plats.

Kost: vegetarisk, gärna utan svamp.

Hälsningar
Jenny Olsson
Kommunekolog, Malung-Sälens kommun
0280-181 00
""",
             X("register", [P("Jenny Olsson", "jenny.olsson@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk, gärna utan svamp")], ALL, diet="vegetarisk, gärna utan svamp"),
             "unconditional signup for all four ('Om inte kommer jag på plats'); remote wish is a side request"),

        tg("be102", "2027-01-18T12:03", "Patrik Holm", "6671002394",
           """Hej, går det att följa träffarna digitalt? Vi har resestopp i kommunen under våren. Vill gärna vara med men kan inte åka till Falun 3 maj. /Patrik, Avesta""",
           X("question"),
           "remote-attendance question; 'vill gärna vara med' is a wish, not a signup"),

        mail("be103", "2027-01-20T10:31", ("Therese Lundin", "therese.lundin@falun.se"), "Fråga om barn på träffen",
             """Hej!

Jag är föräldraledig på halvtid i vår och skulle vilja vara med på första träffen den 3 maj. Går det att ta med min dotter (hon är då 6 månader) eller finns det någon form av barnpassning? Jag behöver också kunna amma i ett avskilt rum.

Jag återkommer med anmälan när jag vet hur det blir.

Mvh Therese Lundin
Falu kommun, stadsbyggnadsförvaltningen
""",
             X("question"),
             "childcare question; 'återkommer med anmälan' -> not yet a signup"),

        mail("be104", "2027-01-22T16:45", ("Annelie Björk", "annelie.bjork@avesta.se"), "Anmälan",
             """Anmälan DalaLab

Namn: Annelie Björk, planarkitekt
Organisation: Avesta kommun
Träffar: alla utom den sista (3/5, 21/9, 29/11)
Kost: laktosfritt – OBS inte mjölkproteinallergi, så laktosfria mejeriprodukter och lite smör i bakverk går bra.

/Annelie
""",
             X("register", [P("Annelie Björk", "annelie.bjork@avesta.se", "Avesta kommun",
                              diet="laktosfritt, inte mjölkproteinallergi")], [S1, S2, S3],
               diet="laktosfritt, inte mjölkproteinallergi"),
             "form-like signup; 'alla utom den sista' = three dates listed; lactose-free but explicitly not "
             "milk-protein allergy"),

        mail("be105", "2027-01-25T08:20", ("Oskar Lindqvist", "oskar.lindqvist@gagnef.se"),
             "Ändring kost – Oskar Lindqvist",
             """Hej!

Jag anmälde mig i december till alla fyra träffar med vegetarisk kost. Sedan dess har jag gått över till helt vegansk kost, så ändra gärna till vegan. Allt annat gäller som förut.

Tack!
Oskar Lindqvist
Gagnefs kommun
""",
             X("change", [P("Oskar Lindqvist", "oskar.lindqvist@gagnef.se", "Gagnefs kommun", diet="vegan")], ALL,
               diet="vegan"),
             "diet changed after signup -> change; stated sessions all four; old 'vegetarisk' is not the diet"),

        mail("be106", "2027-01-27T13:12", ("Anna Nordin", "anna.nordin@sater.se"), "SV: Anmälan DalaLab",
             """Hej igen,

Jag såg att jag skrev fel i min anmälan nedan: det är inte Per som är glutenfri, det är jag. Per äter allt.

Vi är fortfarande båda anmälda till 3 maj och 21 september.

Förlåt för krånglet!
/Anna

Från: Anna Nordin
Skickat: den 12 januari 2027 10:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Anmälan DalaLab

Hej! Jag och Per Öst (per.ost@sater.se) vill anmäla oss till 3 maj och 21 september.
Kost: Per – glutenfri.
/Anna Nordin, Säters kommun
""",
             X("change", [P("Anna Nordin", "anna.nordin@sater.se", "Säters kommun", diet="glutenfri"),
                          P("Per Öst", "per.ost@sater.se", "Säters kommun")], [S1, S2], diet="glutenfri"),
             "diet given for the wrong person, corrected: glutenfri moves from Per to Anna; both records change; "
             "sessions restated (3 May, 21 Sep); quoted original is not a new signup"),

        tg("be107", "2027-01-29T18:40", "Linus Åberg", "7034458120",
           """oj skrev fel förut 🙈 det är sesamallergi jag har, inte nötallergi. nötter går bra. /Linus, Rättviks kommun""",
           X("change", [P("Linus Åberg", None, "Rättviks kommun", diet="sesamallergi")], [], diet="sesamallergi"),
           "correction of an earlier diet -> change; no sessions stated -> []; 'nötallergi' is the wrong one"),

        mail("be108", "2027-02-01T09:05", ("Helena Brandt", "helena.brandt@leksand.se"), "Anmälan DalaLab",
             """Hej Linnea!

Tack för senast på regionens planeringsdag i oktober. Jag vill gärna anmäla mig till DalaLab, alla fyra träffarna.

Kost: samma som sist (ni har det sedan planeringsdagen).

Hälsningar
Helena Brandt
Samhällsplanerare, Leksands kommun
Norsgatan 19, 793 80 Leksand
""",
             X("register", [P("Helena Brandt", "helena.brandt@leksand.se", "Leksands kommun",
                              diet="samma som sist")], ALL, diet="samma som sist"),
             "all four; diet given only by reference to an earlier event -> kept as written for the organiser to "
             "look up; 'oktober' is not a session"),

        mail("be109", "2027-02-03T11:50", ("Bengt Axelsson", "bengt.axelsson@gagnef.se"), "Avanmälan 3 maj",
             """Hej,

Jag är anmäld till alla fyra träffar men ska opereras i höften i april och kommer inte kunna resa på ett tag. Jag måste därför avanmäla mig från den 3 maj. Övriga träffar står jag kvar på.

Med vänlig hälsning
Bengt Axelsson
Gagnefs kommun
""",
             X("cancel", [P("Bengt Axelsson", "bengt.axelsson@gagnef.se", "Gagnefs kommun")], [S1]),
             "partial cancellation of 3 May for health reasons; the rest stands"),

        tg("be110", "2027-02-05T07:58", "Sofia Berg", "5528810043",
           """Hej! Jag måste avanmäla mig från träffen 21/9, min personliga assistent är på semester då och jag kan inte resa utan henne. Står kvar på de andra. /Sofia Berg, Hedemora""",
           X("cancel", [P("Sofia Berg", None, "Hedemora kommun")], [S2]),
           "partial cancellation 21/9; the assistant is not a participant and is not in people"),

        mail("be111", "2027-02-08T14:10", ("Ulrika Nordström", "ulrika.nordstrom@hedemora.se"),
             "Avanmälan Camilla Ek",
             """Hej!

Camilla Ek (camilla.ek@hedemora.se) har slutat hos oss och kommer inte att delta i DalaLab. Avanmäl henne från alla träffar. Hon hade anmält specialkost, så den kan ni också stryka.

Vi återkommer om någon annan tar hennes plats.

Ulrika Nordström
Enhetschef Plan, Hedemora kommun
0225-340 00
""",
             X("cancel", [P("Camilla Ek", "camilla.ek@hedemora.se", "Hedemora kommun")], ALL),
             "manager cancels a colleague (sender not in people); 'specialkost' names no diet -> null; possible "
             "replacement is not a registration"),

        mail("be112", "2027-02-10T10:25", ("Stefan Mård", "stefan.mard@orsa.se"), "Avanmälan DalaLab",
             """Hej!

Tyvärr måste jag avanmäla mig från hela DalaLab. Vi har fått besked om att inga tjänsteresor beviljas under 2027 om mötet inte går att delta i digitalt, och jag förstår att träffarna bara är på plats.

Hoppas det blir en digital variant någon gång!

Stefan Mård
Orsa kommun
""",
             X("cancel", [P("Stefan Mård", "stefan.mard@orsa.se", "Orsa kommun")], ALL),
             "full cancellation because no remote option -> all four"),

        tg("be113", "2027-02-12T16:33", "Hanna Ölund", "6203117759",
           """Hej! Tåget från Smedjebacken går inte i tid den 29/11 och vi har ingen tjänstebil den dagen, så jag och Mikael Lund måste tyvärr avanmäla oss från novemberträffen. Vi kommer på de andra. /Hanna Ölund, Smedjebackens kommun""",
           X("cancel", [P("Hanna Ölund", None, "Smedjebackens kommun"), P("Mikael Lund", None, "Smedjebackens kommun")],
             [S3]),
           "two people cancel 29/11 for travel reasons; 'novemberträffen' = 29 Nov"),

        mail("be114", "2027-02-15T09:18", ("Fredrik Ahl", "fredrik.ahl@leksand.se"), "Ändring – Tove går i mitt ställe",
             """Hej Linnea,

Jag är anmäld till alla fyra men kan inte delta 21/9 och 29/11 pga ett annat uppdrag. Min kollega Tove Sandin (tove.sandin@leksand.se) går i mitt ställe de två gångerna. Tove är vegetarian och laktosintolerant.

3 maj och 22 februari går jag själv som planerat.

Mvh
Fredrik Ahl
Leksands kommun
""",
             X("change", [P("Fredrik Ahl", "fredrik.ahl@leksand.se", "Leksands kommun"),
                          P("Tove Sandin", "tove.sandin@leksand.se", "Leksands kommun",
                            diet="vegetarian, laktosintolerant")], [S2, S3], diet="vegetarian, laktosintolerant"),
             "substitution for two sessions: people = withdrawn + substitute, sessions = what Tove takes; diet is "
             "Tove's"),

        mail("be115", "2027-02-17T13:44", ("Maria Granberg", "maria.granberg@orsa.se"), "Ändrad kost",
             """Hej!

Jag är anmäld till alla fyra träffar. Två saker:

1. Jag har fått diagnosen celiaki, så jag behöver glutenfri kost från och med nu (tidigare angav jag ingen specialkost).
2. Jag har opererat foten och går med kryckor i vår – finns det hiss till lokalen den 3 maj?

Tack!
Maria Granberg
Planeringsarkitekt, Orsa kommun
""",
             X("change", [P("Maria Granberg", "maria.granberg@orsa.se", "Orsa kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "new diet after signup -> change (with an access question); stated sessions all four"),

        tg("be116", "2027-02-19T19:05", "Johanna Sten", "1190384456",
           """Hej! Jag är anmäld till 3 maj, kan ni lägga till 22 februari också? Kosten samma som förut, dvs laktosfri. /Johanna Sten, Vansbro""",
           X("change", [P("Johanna Sten", None, "Vansbro kommun", diet="laktosfri")], [S1, S4], diet="laktosfri"),
           "adds 22 Feb to 3 May -> both; 'samma som förut, dvs laktosfri' resolves the diet in the text"),

        mail("be117", "2027-02-22T10:00", ("Per-Olof Matsson", "per-olof.matsson@alvdalen.se"), "Koständringar Älvdalen",
             """Hej Linnea,

Vi är tre från Älvdalen anmälda till alla fyra träffar (jag, Erik Hansson och Sanna Rydh). Ett par ändringar av kosten:

- Erik är inte längre vegetarian utan äter allt.
- Sanna har fått konstaterad nötallergi (hasselnöt och mandel) – inte livshotande, men hon vill slippa nötter helt.

Min egen kost är som förut.

Mvh
Per-Olof Matsson
Älvdalens kommun
""",
             X("change", [P("Erik Hansson", None, "Älvdalens kommun"),
                          P("Sanna Rydh", None, "Älvdalens kommun", diet="nötallergi (hasselnöt och mandel)")], ALL,
               diet="nötallergi (hasselnöt och mandel)"),
             "diet changes for two colleagues (Erik drops vegetarian, Sanna gets nut allergy); sender's own record "
             "unchanged -> not in people; sessions stated all four"),

        tg("be118", "2027-02-24T08:12", "Dan Okafor", "7420019835",
           """Hi! Daniel Okafor, Ludvika municipality. Please sign me up for May 3 and Nov 29. I'm pescetarian (fish is fine, no meat). On May 3 I'll have to leave around 14:30 to catch the train home.""",
           X("register", [P("Daniel Okafor", None, "Ludvika kommun", diet="pescetarian")], [S1, S3],
             diet="pescetarian"),
           "English Telegram signup; full name from text (display name 'Dan'); leaving early is still attendance"),

        mail("be119", "2027-02-26T11:30", ("Birgitta Sahlin", "birgitta.sahlin@falun.se"),
             "Anmälan till DalaLab – tre medarbetare",
             """<html><body>
<p>Hej!</p>
<p>Jag anmäler h&auml;rmed tre medarbetare fr&aring;n stadsbyggnadsf&ouml;rvaltningen till h&ouml;stens tv&aring; tr&auml;ffar:</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Anders Bj&ouml;rk</td><td>anders.bjork@falun.se</td><td>&ndash;</td></tr>
<tr><td>Fatima Ali</td><td>fatima.ali@falun.se</td><td>halal, ingen alkohol i maten</td></tr>
<tr><td>Greta Nordin</td><td>greta.nordin@falun.se</td><td>glutenfri + laktosfri</td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>
Birgitta Sahlin<br>Administrat&ouml;r, Falu kommun<br>023-830 00</p>
</body></html>
""",
             X("register", [P("Anders Björk", "anders.bjork@falun.se", "Falu kommun"),
                            P("Fatima Ali", "fatima.ali@falun.se", "Falu kommun", diet="halal, ingen alkohol i maten"),
                            P("Greta Nordin", "greta.nordin@falun.se", "Falu kommun", diet="glutenfri + laktosfri")],
               [S2, S3], diet="halal, ingen alkohol i maten; glutenfri + laktosfri"),
             "HTML-only table; administrator registers three, not herself; 'höstens två träffar' = 21 Sep + 29 Nov; "
             "per-person diets, '–' = none",
             html=True),

        tg("be120", "2027-03-01T13:27", "Elsa Myhr", "5877240931",
           """hej! anmäler mig till 3 maj 🙂 har en bebis på 4 mån som jag ammar – finns det ett rum där jag kan pumpa under lunchen? /elsa myhr, gagnefs kommun""",
           X("register", [P("Elsa Myhr", None, "Gagnefs kommun")], [S1]),
           "signup for 3 May with a practical question (still register); lower-case name and organisation"),

        mail("be121", "2027-03-03T09:50", ("Karl Fors", "karl.fors@lansstyrelsen.se"), "Anmälan DalaLab – Lst",
             """Hej!

Jag och kollegan Mattias Öberg (mattias.oberg@lansstyrelsen.se) vill anmäla oss till alla träffar i lärprojektet.

Mattias har svår skaldjursallergi (anafylaxi) och bär alltid EpiPen – även ånga från kokning av räkor kan ge reaktion. Är det okej om han pratar direkt med köket inför träffarna? Själv äter jag vegetariskt.

Vänliga hälsningar
Karl Fors
Samhällsplaneringsenheten
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00
""",
             X("register", [P("Karl Fors", "karl.fors@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegetariskt"),
                            P("Mattias Öberg", "mattias.oberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="svår skaldjursallergi (anafylaxi)")],
               ALL, diet="svår skaldjursallergi (anafylaxi); vegetariskt"),
             "'Lst' signature; two people, all sessions; severe allergy is the colleague's, vegetarian the sender's; "
             "Falun street address is not the organisation"),

        mail("be122", "2027-03-05T15:02", ("Lars Haugen", "lars.haugen@rattvik.se"), "Registration DalaLab",
             """Hi Linnea,

I'm a Norwegian planner working at Rättvik municipality this year. I'd like to sign up for the sessions on September 21 and February 22.

Dietary: no pork and no shellfish, please.

Also: I don't have a car – is the venue reachable by bus from Falun station?

Best regards,
Lars Haugen
Rättviks kommun
+46 248 700 00
""",
             X("register", [P("Lars Haugen", "lars.haugen@rattvik.se", "Rättviks kommun",
                              diet="no pork and no shellfish")], [S2, S4], diet="no pork and no shellfish"),
             "English signup for two sessions with a travel question; 'February 22' without year = 2028 session"),

        tg("be123", "2027-03-08T10:41", "Kalle", "6330918274",
           """Hej, Kalle Berg från Avesta kommun. Anmäl mig till 21/9 och 22/2. Jag kör rullstol och behöver handikapparkering nära entrén (har p-tillstånd). Äter allt.""",
           X("register", [P("Kalle Berg", None, "Avesta kommun")], [S2, S4]),
           "full name from text; wheelchair/parking need is not a diet; 'Äter allt' -> diet null"),

        mail("be124", "2027-03-10T08:36", ("Mikaela Sund", "mikaela.sund@regiondalarna.se"), "Anmälan",
             """Hej Linnea!

Jag och Johan Tapper (johan.tapper@regiondalarna.se) från regionens tillväxtavdelning vill anmäla oss till 3 maj och 22 februari.

Kost: jag – vegetarisk, Johan – inget särskilt.

/Mikaela

PS. Rättelse: jag blandade ihop oss, det är Johan som är vegetarian, jag äter allt!
""",
             X("register", [P("Mikaela Sund", "mikaela.sund@regiondalarna.se", "Region Dalarna"),
                            P("Johan Tapper", "johan.tapper@regiondalarna.se", "Region Dalarna", diet="vegetarian")],
               [S1, S4], diet="vegetarian"),
             "diet corrected within the same mail (PS): Johan is vegetarian, Mikaela eats everything; 'regionens' "
             "= Region Dalarna"),

        mail("be125", "2027-03-12T14:15", ("Elin Rask", "elin.rask@regiondalarna.se"), "SV: Nötfri lunch 3 maj?",
             """Hej Linnea,

Tack för ditt svar. Eftersom restaurangen inte kan garantera en helt nötfri miljö avstår jag från träffen den 3 maj och ber dig stryka mig från den. Jag är kvar på höstens två träffar och den i februari.

Hälsningar
Elin Rask
Region Dalarna

Den 10 mars 2027 16:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Elin!
> Jag har pratat med restaurangen. De lagar din lunch helt utan nötter, men de kan tyvärr inte garantera att det inte finns spår av nötter i lokalen den 3 maj.
> Hälsningar, Linnea
""",
             X("cancel", [P("Elin Rask", "elin.rask@regiondalarna.se", "Region Dalarna")], [S1]),
             "cancels only 3 May because of allergy safety; remaining sessions stay; quoted reply is context; no diet "
             "stated as such"),

        tg("be126", "2027-03-15T21:09", "Amanda Kvist", "1672093358",
           """hej, måste tyvärr avanmäla mig från alla träffar, blir föräldraledig från april och ett år framåt 👶 /Amanda, Rättvik""",
           X("cancel", [P("Amanda Kvist", None, "Rättviks kommun")], ALL),
           "full cancellation ('alla träffar'); full name from display name"),

        tg("be127", "2027-03-17T12:52", "Yasmin Nasser", "5309981127",
           """Hej! Jag är anmäld till alla träffar. Är lunchen halal, eller finns det ett halalalternativ? Och finns det veganskt på fikat för min kollega? /Yasmin, Vansbro kommun""",
           X("question"),
           "question about food options from a registered participant; 'halal'/'veganskt' asked about, not stated "
           "as diets"),

        mail("be128", "2027-03-19T06:30", ("Smakfull Konferensmat AB", "info@smakfullkonferens.se"),
             "Allergisäker konferenslunch – boka vårens möten nu!",
             """Hej planerare i Dalarna!

Har ni en konferens den 3 maj eller senare i vår? Smakfull Konferensmat levererar allergisäker lunch och fika till era möten – vegan, glutenfri, laktosfri och halal, alltid märkt och packad per person.

Just nu: 15 % rabatt på beställningar till och med 30 april. Anmäl ditt intresse genom att svara på detta mejl!

Smakfull Konferensmat AB · Org.nr 556123-4567 · Slaggatan 4, 791 71 Falun
Vill du inte ha fler utskick? Svara "STOPP".
""",
             X("unknown"),
             "catering advertisement with '3 maj', diets and 'Anmäl ditt intresse' -> unknown, no diet"),

        mail("be129", "2027-03-22T09:14", ("Malin Törnqvist", "malin.tornqvist@regiondalarna.se"), "Kickoffen 20/4",
             """Hej Linnea!

Svar till avdelningens kickoff den 20 april: jag och Petter kommer båda. Jag är glutenfri och Petter vill ha vegetariskt.

Blir det buss från Borlänge eller ska vi ta egen bil?

/Malin
""",
             X("unknown"),
             "internal reply about another event (department kickoff 20 April), not DalaLab -> unknown; its diets are "
             "not this event's"),

        tg("be130", "2027-03-24T03:17", "WCAG Granskning Sverige", "7712093345",
           """🔥 Är er kommuns webbplats tillgänglig? Från 2025 gäller nya krav! Vi granskar hela sajten enligt WCAG 2.2 för endast 4 990 kr. Anmäl er idag – 50 % rabatt till 31 mars. Svara JA så kontaktar vi er!""",
           X("unknown"),
           "Telegram spam about digital accessibility (the 4th session's theme) -> unknown"),

        mail("be131", "2027-03-26T17:05", ("Ulrika Nordström", "ulrika.nordstrom@hedemora.se"),
             "Automatiskt svar: Avanmälan Camilla Ek",
             """Tack för ditt mejl.

Jag är påskledig till och med måndag 5 april och åter tisdag 6 april. Brådskande ärenden: ring växeln 0225-340 00.

Frågor om anmälan och specialkost till kommunens konferenser besvaras av konferens@hedemora.se.

Ulrika Nordström
Enhetschef Plan, Hedemora kommun
""",
             X("auto_reply"),
             "out-of-office (subject 'Automatiskt svar:'); dates and 'specialkost' are no request"),

        mail("be132", "2027-03-29T10:22", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan till DalaLab",
             """Delivery has failed to these recipients or groups:

johan.tappr@regiondalarna.se
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

------ Original message ------
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Subject: Bekräftelse: anmälan till DalaLab

Hej Johan Tapper!
Du är anmäld till DalaLab: 3 maj 2027 och 22 februari 2028.
Kost: vegetarisk.
Välkommen!
""",
             X("auto_reply"),
             "bounce of a confirmation (mistyped address); name, dates and diet in the returned message are not a "
             "request"),

        mail("be133", "2027-04-01T08:03", ("Borlänge kommun Kontaktcenter", "kontaktcenter@borlange.se"),
             "Vi har tagit emot ditt meddelande [Ärende 2027-04881]",
             """Tack för ditt e-postmeddelande till Borlänge kommun!

Detta är ett automatiskt svar. Ditt ärende har registrerats med nummer 2027-04881 och besvaras normalt inom tre arbetsdagar.

Gäller ditt ärende tillgänglighet, t.ex. parkeringstillstånd för rörelsehindrade eller färdtjänst, hittar du e-tjänster på borlange.se.

Med vänliga hälsningar
Kontaktcenter, Borlänge kommun
Tel 0243-740 00
""",
             X("auto_reply"),
             "municipal function mailbox auto-acknowledgement; case number and phone are not dates"),

        mail("be134", "2027-04-05T20:40", ("Ronja Persson", "ronja.persson@malung-salen.se"), "Radera mina uppgifter",
             """Hej.

Jag anmälde mig tidigare till DalaLab men har bytt tjänst och kommer inte att delta. Jag vill att ni raderar alla uppgifter ni har om mig, även hälsouppgiften om min allergi som jag lämnade i anmälan (GDPR art. 17).

Bekräfta gärna när det är gjort.

Ronja Persson
""",
             X("erasure", [P("Ronja Persson", "ronja.persson@malung-salen.se", "Malung-Sälens kommun")]),
             "erasure request (implies withdrawal); organisation from the domain; 'min allergi' names no diet"),

        tg("be135", "2027-04-08T22:15", "Nils Gradin", "6894401273",
           """hej, ta bort mina uppgifter från er lista tack, inkl det jag skrev om kosten. vill inte ha det sparat.""",
           X("erasure", [P("Nils Gradin", None, None)]),
           "erasure via Telegram; name from sender, no organisation anywhere"),
    ]
