from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("w046", "2026-12-09T10:37:00", ("Lindqvist Johanna", "johanna.lindqvist@hedemora.se"),
             "Anmälan DalaLab – två från Hedemora",
             """Hej Linnea,

Jag och min kollega Mustafa Darwish på plan- och byggenheten vill gärna vara med i DalaLab. Vi har pratat ihop oss och tänker gå på hela serien, så anmäl oss båda till samtliga träffar.

Mustafa når du på mustafa.darwish@hedemora.se.

Vänliga hälsningar
Johanna Lindqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Tel 0225-340 00""",
             X("register", [P("Johanna Lindqvist", "johanna.lindqvist@hedemora.se", "Hedemora kommun"),
                            P("Mustafa Darwish", "mustafa.darwish@hedemora.se", "Hedemora kommun")], ALL),
             "'jag och min kollega' with the colleague's address in the text; surname-first display name; 'samtliga träffar' = all four"),

        mail("w047", "2026-12-14T07:48:00", ("Gustav Hellström", "gustav.hellstrom@borlange.se"),
             "DalaLab - anmälan från Borlänge",
             """Hej!

Jag är enhetschef för strategisk planering i Borlänge och skickar härmed in vårt lag till DalaLab:

Cecilia Wärn, översiktsplanerare
Henrik Mattsson, planarkitekt
Leyla Kaya, trafikplanerare

De kommer på första och andra träffen (3 maj och 21 september). Hur vi gör med de två sista får vi ta ställning till efter sommaren när vi vet hur arbetet med nya ÖP:n ser ut.

Själv har jag tyvärr inte möjlighet att delta, men skicka gärna kopia på bekräftelsen till mig.

Hälsningar
Gustav Hellström
Enhetschef, Strategisk planering
Borlänge kommun""",
             X("register", [P("Cecilia Wärn", None, "Borlänge kommun"),
                            P("Henrik Mattsson", None, "Borlänge kommun"),
                            P("Leyla Kaya", None, "Borlänge kommun")], [S1, S2]),
             "boss sends in a team of three without addresses and explicitly does not attend himself; 'de två sista' undecided -> only 3/5 and 21/9"),

        mail("w048", "2027-01-09T10:15:00", ("Marie Olsson", "marie.olsson@leksand.se"),
             "Anmälan för Anders Hammar",
             """Hej,

Jag skriver på uppdrag av vår samhällsbyggnadschef Anders Hammar, som vill anmäla sig till DalaLab. Han deltar vid alla fyra tillfällena.

Anders behöver glutenfri kost, både till fikat och lunchen.

Bekräftelse skickas till anders.hammar@leksand.se, gärna med mig på kopia.

Tack på förhand!

Med vänlig hälsning
Marie Olsson
Administrativ assistent
Samhällsbyggnadsförvaltningen, Leksands kommun""",
             X("register", [P("Anders Hammar", "anders.hammar@leksand.se", "Leksands kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "assistant registers her manager: sender not among people; manager's address given; his diet"),

        tg("w049", "2026-12-19T20:14:00", "Elias Norén", 5830114427,
           "Hej! Jag och kollegan Ali Rahimi från Mora kommun vill anmäla oss till DalaLab. Vi kör alla träffarna 👍 /Elias",
           X("register", [P("Elias Norén", None, "Mora kommun"), P("Ali Rahimi", None, "Mora kommun")], ALL),
           "Telegram: sender + colleague, organisation from the text, no addresses; 'alla träffarna'"),

        mail("w050", "2027-03-02T13:40:00", ("Anna Wallin", "anna.wallin@falun.se"), "Sv: Bekräftelse DalaLab",
             """Hej!

Jag krockar tyvärr med ett samråd den 21 september och kan inte komma på den träffen. Min kollega Per Nilsson (per.nilsson@falun.se) går i stället för mig just den gången. Övriga träffar går jag på som planerat.

/Anna

Anna Wallin
Planeringsarkitekt, Falu kommun

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 18 december 2026 09:02
Till: Anna Wallin <anna.wallin@falun.se>
Ämne: Bekräftelse DalaLab

Hej Anna,
Tack för din anmälan! Du är anmäld till:
- 3 maj 2027
- 21 september 2027
- 29 november 2027
- 22 februari 2028
Välkommen!
Linnea""",
             X("change", [P("Anna Wallin", "anna.wallin@falun.se", "Falu kommun"),
                          P("Per Nilsson", "per.nilsson@falun.se", "Falu kommun")], [S2]),
             "colleague replaces the sender for one session only -> substitution, sessions = the one the substitute takes; quoted confirmation lists all four"),

        mail("w051", "2027-02-17T08:05:00", ("Tomas Berglund", "tomas.berglund@avesta.se"), "Avanmälan Lena Sjöström",
             """Hej Linnea.

Lena Sjöström på vår planavdelning är sjukskriven på obestämd tid och kommer inte att kunna vara med i DalaLab. Ta bort henne från alla träffar är du snäll. Jag hör av mig om vi hittar någon som kan ta hennes plats framöver.

Hälsn. Tomas
--
Tomas Berglund
Planchef
Avesta kommun | Centrumhuset, Kungsgatan 32, 774 81 Avesta
0226-64 50 00""",
             X("cancel", [P("Lena Sjöström", None, "Avesta kommun")], ALL),
             "manager removes a colleague on sick leave, no substitute named -> cancel all four; sender not among people; address/phone digits"),

        mail("w052", "2027-01-25T15:22:00", ("Olle Persson", "olle.persson@gagnef.se"), "Gagnef till DalaLab",
             """Hej!

Vi tänker utnyttja alla tre platserna från Gagnef. Anmäl mig och Maria Åberg (maria.aberg@gagnef.se) till alla träffar så länge.

Den tredje platsen är vikt åt någon från bygglov, men vi har inte bestämt vem ännu – jag återkommer med namn så fort jag vet. Kan ni hålla platsen till dess?

Mvh
Olle Persson
Kommunarkitekt
Gagnefs kommun""",
             X("register", [P("Olle Persson", "olle.persson@gagnef.se", "Gagnefs kommun"),
                            P("Maria Åberg", "maria.aberg@gagnef.se", "Gagnefs kommun")], ALL),
             "first of two mails filling Gagnef's three places: two named now, third place 'reserved' for an unnamed person (not a person); also asks a question but is a signup"),

        mail("w053", "2027-02-08T11:03:00", ("Sandra Holm", "sandra.holm@gagnef.se"), "VB: Gagnef till DalaLab",
             """Hej Linnea!

Jag är den tredje från Gagnef som Olle skrev om nedan. Jag vill också vara med på alla fyra träffarna. Jag äter vegetariskt.

Hälsningar
Sandra Holm
Bygglovshandläggare, Gagnefs kommun

---------- Vidarebefordrat meddelande ----------
Från: Olle Persson <olle.persson@gagnef.se>
Datum: mån 25 jan. 2027 kl. 15:22
Ämne: Gagnef till DalaLab
Till: <linnea.hassis@regiondalarna.se>
Kopia: Sandra Holm <sandra.holm@gagnef.se>

Hej!

Vi tänker utnyttja alla tre platserna från Gagnef. Anmäl mig och Maria Åberg (maria.aberg@gagnef.se) till alla träffar så länge.

Den tredje platsen är vikt åt någon från bygglov, men vi har inte bestämt vem ännu – jag återkommer med namn så fort jag vet. Kan ni hålla platsen till dess?

Mvh
Olle Persson
Kommunarkitekt
Gagnefs kommun""",
             X("register", [P("Sandra Holm", "sandra.holm@gagnef.se", "Gagnefs kommun", diet="vegetariskt")], ALL,
               diet="vegetariskt"),
             "second mail filling Gagnef's places: the third person signs up herself; the forwarded earlier signup (two names) must not be registered again"),

        mail("w054", "2027-01-13T16:55:00", ("Rebecca Howard", "rebecca.howard@regiondalarna.se"), "DalaLab registration",
             """Hi Linnea,

My colleague Jakob Wennberg and I (both in the regional development unit) would like to sign up for DalaLab. We can make the first session in May and the last one, on accessibility, in February – but not the two in the autumn because of the budget process.

Jakob's address is jakob.wennberg@regiondalarna.se.

Best regards,
Rebecca Howard
Senior Analyst, Regional Development
Region Dalarna""",
             X("register", [P("Rebecca Howard", "rebecca.howard@regiondalarna.se", "Region Dalarna"),
                            P("Jakob Wennberg", "jakob.wennberg@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "English 'my colleague and I'; first + last (accessibility) session, the autumn ones excluded"),

        mail("w055", "2026-12-08T09:30:00", ("Ida Grönlund", "ida.gronlund@sater.se"), "Anmälan av kollega (föräldraledig)",
             """Hej!

Min kollega Sofia Berg är föräldraledig fram till i mars men har bett mig anmäla henne till DalaLab innan platserna tar slut. Hon vill gå på alla träffar. Hennes jobbmejl är sofia.berg@sater.se, men eftersom hon inte läser den just nu får ni gärna skicka bekräftelsen till mig också.

Själv är jag redan anmäld sedan tidigare.

Tack!
Ida Grönlund
Säters kommun, Samhällsbyggnad""",
             X("register", [P("Sofia Berg", "sofia.berg@sater.se", "Säters kommun")], ALL),
             "colleague signs up another who is on parental leave; sender already registered, so not among people"),

        mail("w056", "2027-03-22T14:12:00", ("Kristoffer Ahlberg", "kristoffer.ahlberg@ludvika.se"), "Fråga om anmälan",
             """Hej,

En fråga för en kollegas räkning: Hanna Rydberg på vår enhet är tjänstledig just nu och kommer inte åt sin mejl. Hon tror att hon anmälde sig till DalaLab i december men har aldrig sett någon bekräftelse. Kan du kolla om hon finns med på listan? I så fall behöver vi inte göra något mer.

Mvh Kristoffer Ahlberg
Ludvika kommun""",
             X("question"),
             "asks whether a colleague on leave is registered -> question, no signup"),

        tg("w057", "2027-04-03T12:48:00", "Jessica Lund", 6620918834,
           "hej, mikael strand här på orsa kommun ska opereras och är sjukskriven hela maj, så han kommer inte på träffen 3 maj. han bad mig meddela er. mvh jessica",
           X("cancel", [P("Mikael Strand", None, "Orsa kommun")], [S1]),
           "Telegram, lower case: colleague reports another's sickness for one session -> cancel 3 May for him; 'hela maj' not a session"),

        mail("w058", "2027-02-02T10:47:00", ("Åsa Backman", "asa.backman@rattvik.se"), "Anmälan DalaLab + specialkost",
             """Hej Linnea!

Här kommer Rättviks anmälan till DalaLab. Vi blir tre:

1. Åsa Backman (jag) – vegetarisk
2. Jonas Hedberg, jonas.hedberg@rattvik.se – laktosfri
3. Malin Gustafsson, malin.gustafsson@rattvik.se – ingen specialkost

Alla tre vill delta på samtliga träffar.

Hälsningar Åsa
Åsa Backman, planeringsstrateg
Rättviks kommun, Box 25, 795 21 Rättvik""",
             X("register", [P("Åsa Backman", "asa.backman@rattvik.se", "Rättviks kommun", diet="vegetarisk"),
                            P("Jonas Hedberg", "jonas.hedberg@rattvik.se", "Rättviks kommun", diet="laktosfri"),
                            P("Malin Gustafsson", "malin.gustafsson@rattvik.se", "Rättviks kommun")], ALL,
               diet="vegetarisk, laktosfri"),
             "numbered list of three incl. the sender, per-person diets (one 'ingen specialkost'); box/postcode digits"),

        mail("w059", "2027-03-05T12:31:00", ("Niklas Öberg", "niklas.oberg@smedjebacken.se"), "Re: Bekräftelse på din anmälan",
             """Hej igen!

Tack för bekräftelsen. Min kollega Tove Ljung har nu också fått klartecken från sin chef och vill hänga med. Kan du anmäla henne till samma träffar som jag, alltså 21 september och 29 november?

Toves mejl: tove.ljung@smedjebacken.se

/Niklas

> Hej Niklas,
> Tack för din anmälan till DalaLab! Du är anmäld till 21 september och 29 november 2027.
> Med vänlig hälsning
> Linnea Hassis, Region Dalarna""",
             X("register", [P("Tove Ljung", "tove.ljung@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "already-registered sender adds a colleague 'till samma träffar som jag' (dates spelled out); sender not among people"),

        mail("w060", "2027-03-18T09:58:00", ("Björn Wikander", "bjorn.wikander@orsa.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Karin Sundell, som är anmäld från oss till DalaLab, slutar hos oss sista mars. Anders Moberg tar över hennes tjänst och även hennes plats i DalaLab, alla fyra träffarna. Anders mejl är anders.moberg@orsa.se.

Tack för hjälpen!

Björn Wikander
Samhällsbyggnadschef
Orsa kommun""",
             X("change", [P("Karin Sundell", None, "Orsa kommun"),
                          P("Anders Moberg", "anders.moberg@orsa.se", "Orsa kommun")], ALL),
             "manager swaps a leaving employee for her successor on all four sessions -> substitution; sender not among people"),

        tg("w061", "2027-01-30T09:06:00", "Sebastian Kraft", 7012245590,
           "Hi! Me and my colleague Fatima Yusuf (Vansbro municipality) want to join the sessions on 21 Sept and 29 Nov. I'm Sebastian Kraft btw. Thanks!",
           X("register", [P("Sebastian Kraft", None, "Vansbro kommun"), P("Fatima Yusuf", None, "Vansbro kommun")],
             [S2, S3]),
           "English Telegram: sender + colleague, 'Vansbro municipality', two dates"),

        mail("w062", "2027-01-19T17:20:00", ("Karl-Johan Hedin", "karl-johan.hedin@lansstyrelsen.se"), "Anmälan från Länsstyrelsen",
             """Hej!

Från Länsstyrelsen Dalarna anmäler jag Maja Lindholm och Robert Sjödin från enheten för samhällsplanering. De vill gå på de två första träffarna, 3/5 och 21/9.

Själv vet jag ännu inte om jag kan, så jag anmäler mig i så fall separat längre fram.

Hälsningar
Karl-Johan Hedin
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
010-225 00 00""",
             X("register", [P("Maja Lindholm", None, "Länsstyrelsen Dalarna"),
                            P("Robert Sjödin", None, "Länsstyrelsen Dalarna")], [S1, S2]),
             "sender registers two colleagues and will sign up himself separately later (not among people); '3/5 och 21/9'"),

        mail("w063", "2027-04-06T21:14:00", ("Emma Nordin", "emma.nordin@alvdalen.se"), "Anmälan",
             """Hej! Sent men förhoppningsvis inte för sent: jag och min kollega Jon Eriksson vill komma på första träffen i Falun 3 maj. Bara den, resten får vi se. Jon är nötallergiker (ordentligt, inte bara lite), viktigt att köket vet.

Emma Nordin, Älvdalens kommun

Skickat från min iPhone""",
             X("register", [P("Emma Nordin", "emma.nordin@alvdalen.se", "Älvdalens kommun"),
                            P("Jon Eriksson", None, "Älvdalens kommun", diet="nötallergiker")], [S1],
               diet="nötallergiker"),
             "late phone mail: self + colleague, only 3 May ('resten får vi se' adds nothing); the colleague's nut allergy; Falun is the venue"),

        mail("w064", "2027-04-01T11:40:00", ("Gunilla Ahl", "gunilla.ahl@malung-salen.se"), "Förhinder 29 november – Petter Brandt",
             """Hej,

Vår kommundirektör Petter Brandt (petter.brandt@malung-salen.se) är anmäld till DalaLab men har fått förhinder till träffen den 29 november, då den krockar med budgetfullmäktige. Han deltar på övriga träffar som planerat.

Hälsningar
Gunilla Ahl
Kommunledningskontoret
Malung-Sälens kommun""",
             X("cancel", [P("Petter Brandt", "petter.brandt@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "assistant cancels one session for her manager; he keeps the others -> cancel 29 Nov only; sender not among people"),

        mail("w065", "2027-02-23T08:52:00", ("Susanne Frid", "susanne.frid@ludvika.se"), "Anmälan DalaLab Ludvika",
             """<html><body>
<p>Hej Linnea,</p>
<p>Vi fr&aring;n Ludvika anm&auml;ler f&ouml;ljande tre personer till DalaLab. Vi deltar p&aring; alla tr&auml;ffar utom den i november (29/11), d&aring; vi har planeringsdagar.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Susanne Frid</td><td>susanne.frid@ludvika.se</td><td>&ndash;</td></tr>
<tr><td>Oskar Lindfors</td><td>oskar.lindfors@ludvika.se</td><td>laktosfri</td></tr>
<tr><td>Nadia El-Amin</td><td>nadia.el-amin@ludvika.se</td><td>halal</td></tr>
</table>
<p>Med v&auml;nliga h&auml;lsningar<br>Susanne Frid<br>Planeringschef, Ludvika kommun</p>
</body></html>""",
             X("register", [P("Susanne Frid", "susanne.frid@ludvika.se", "Ludvika kommun"),
                            P("Oskar Lindfors", "oskar.lindfors@ludvika.se", "Ludvika kommun", diet="laktosfri"),
                            P("Nadia El-Amin", "nadia.el-amin@ludvika.se", "Ludvika kommun", diet="halal")],
               [S1, S2, S4], diet="laktosfri, halal"),
             "HTML-only mail with a table (name, address, diet column) incl. the sender; 'alla utom den i november (29/11)' -> three sessions",
             html=True),

        mail("w066", "2026-12-21T19:03:00", ("Roger Nyman", "roger.nyman@avesta.se"), "Sv: Inbjudan DalaLab",
             """Vi är två från Avesta som vill vara med, jag och Camilla Ström. Alla datum funkar för oss.
/Roger

Från: Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:00
Ämne: Inbjudan DalaLab

Välkommen att anmäla dig till DalaLab - Planering för hållbarhet och utvecklingskraft. Träffarna hålls 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Max tre personer per kommun. Sista anmälningsdag 14 april 2027.""",
             X("register", [P("Roger Nyman", "roger.nyman@avesta.se", "Avesta kommun"),
                            P("Camilla Ström", None, "Avesta kommun")], ALL),
             "terse iso-8859-1 reply above the quoted invitation: sender + colleague, 'alla datum' = all four; quoted dates/deadline are not the signup",
             charset="iso-8859-1"),

        tg("w067", "2027-02-27T16:31:00", "Sanna Holmgren", 5124477810,
           "Hej, Sanna här från Säters kommun. Jag är anmäld till alla fyra, men 22 feb kan jag inte. Min kollega Dragan Petrović går i mitt ställe den dagen.",
           X("change", [P("Sanna Holmgren", None, "Säters kommun"), P("Dragan Petrović", None, "Säters kommun")], [S4]),
           "Telegram substitution for one session: sender out on 22 Feb, colleague in -> both people, sessions = 22 Feb"),

        mail("w068", "2027-01-29T13:05:00", ("Ulrika Dahlberg", "ulrika.dahlberg@mora.se"), "VB: DalaLab?",
             """Hej Linnea,
Se nedan – Ronja får gärna gå. Anmäl henne till de träffar hon skriver.
Ulrika Dahlberg, avdelningschef, Mora kommun

Från: Ronja Eriksson <ronja.eriksson@mora.se>
Skickat: den 28 januari 2027 16:40
Till: Ulrika Dahlberg <ulrika.dahlberg@mora.se>
Ämne: DalaLab?

Hej Ulrika!
Jag skulle gärna vilja gå på DalaLab, i alla fall de två första träffarna (3 maj och 21 sep). Går det bra att jag anmäler mig, eller vill du göra det?
/Ronja""",
             X("register", [P("Ronja Eriksson", "ronja.eriksson@mora.se", "Mora kommun")], [S1, S2]),
             "manager forwards an employee's internal request and approves it; person, address and sessions only in the forwarded part; manager not among people"),

        mail("w069", "2026-12-02T08:20:00", ("Per Hedström", "per.hedstrom@vansbro.se"), "Fråga: gruppanmälan",
             """Hej!

Jag är chef för en liten planeringsgrupp i Vansbro och funderar på att låta två av mina medarbetare delta i DalaLab. Räcker det att jag skickar in en gemensam anmälan med namnen, eller behöver var och en anmäla sig själv? Och behöver vi ange specialkost redan vid anmälan?

Vänligen
Per Hedström
Vansbro kommun""",
             X("question"),
             "boss asks how a group signup works, names nobody -> question"),

        mail("w070", "2027-02-12T10:10:00", ("Joanna Mills", "joanna.mills@falun.se"), "Registration for new colleague",
             """Hello,

I'd like to register our new colleague Tomasz Kowalski for DalaLab. He starts with us in the planning department at Falu kommun on 1 March, so he doesn't have his work email yet – it will be tomasz.kowalski@falun.se. He'll attend all the meetings.

I'm already registered myself, so this is only for Tomasz.

Kind regards,
Joanna Mills
Urban Planner | Falu kommun""",
             X("register", [P("Tomasz Kowalski", "tomasz.kowalski@falun.se", "Falu kommun")], ALL),
             "English: registers a new colleague who starts 1 March (not a session) with his future address; sender already registered"),

        mail("w071", "2027-03-09T15:45:00", ("Camilla Hjort", "camilla.hjort@leksand.se"), "Specialkost för Ebba Nord",
             """Hej!

I december anmälde jag min kollega Ebba Nord till DalaLab (3 maj och 21 september). Hon har sedan dess fått diagnosen celiaki och behöver glutenfri mat, både till fika och lunch. Kan ni lägga in det?

Tack!
Camilla Hjort
Leksands kommun""",
             X("change", [P("Ebba Nord", None, "Leksands kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
             "diet update for a colleague the sender registered earlier -> change; sessions = the two she is registered for"),

        mail("w072", "2027-04-08T16:32:00", ("Viktor Ramström", "viktor.ramstrom@hedemora.se"), "Avanmälan höstens träffar",
             """Hej Linnea,

Efter en omorganisation här på kommunen måste jag tyvärr avanmäla både mig och Jenny Carlsson från höstens träffar. Vi kommer fortfarande på träffen i maj och på den sista i februari.

Ledsen för strulet!
Viktor Ramström
Hedemora kommun""",
             X("cancel", [P("Viktor Ramström", "viktor.ramstrom@hedemora.se", "Hedemora kommun"),
                          P("Jenny Carlsson", None, "Hedemora kommun")], [S2, S3]),
             "partial cancellation for self + colleague: 'höstens träffar' (plural) = 21 Sep + 29 Nov; May and February kept"),

        tg("w073", "2027-01-11T07:55:00", "Lena Åkerlund", 6391020076,
           "Hej! Anmäler mina tre planerare från Malung-Sälen till DalaLab: Kevin Berglund, Amra Hodžić och Tobias Fäldt. Alla träffar. Själv går jag inte.",
           X("register", [P("Kevin Berglund", None, "Malung-Sälens kommun"), P("Amra Hodžić", None, "Malung-Sälens kommun"),
                          P("Tobias Fäldt", None, "Malung-Sälens kommun")], ALL),
           "Telegram: boss sends in three staff, not herself; 'Malung-Sälen'"),

        mail("w074", "2027-02-15T09:12:00", ("Karin Åhlén", "karin.ahlen@mora.se"), "Anmälan Mora kommun",
             """Hej,

Jag heter Karin Åhlén och är översiktsplanerare i Mora kommun. Jag vill anmäla mig till DalaLab, samtliga fyra träffar.

Vi räknar med att fylla alla tre platserna från Mora, men mina två kollegor har inte hunnit stämma av med sina chefer ännu. De hör av sig själva eller så skickar jag namnen senare.

Vänliga hälsningar
Karin Åhlén
Mora kommun
Tingshusgatan 1, 792 80 Mora""",
             X("register", [P("Karin Åhlén", "karin.ahlen@mora.se", "Mora kommun")], ALL),
             "first of two mails filling Mora's three places: only the sender now; two unnamed colleagues are not people"),

        mail("w075", "2027-02-24T14:28:00", ("Ulf Grahn", "ulf.grahn@mora.se"), "Mora – de två andra platserna",
             """Hej Linnea!

Karin Åhlén anmälde sig för ett par veckor sedan och sa att hon lämnat två platser öppna för oss. Nu har vi fått klartecken: anmäl mig och Lejla Mehmedović (lejla.mehmedovic@mora.se). Vi vill båda gå på de tre första träffarna – den i februari 2028 krockar med vår ÖP-utställning.

Hälsningar
Ulf Grahn
Trafik- och samhällsplanering, Mora kommun""",
             X("register", [P("Ulf Grahn", "ulf.grahn@mora.se", "Mora kommun"),
                            P("Lejla Mehmedović", "lejla.mehmedovic@mora.se", "Mora kommun")], [S1, S2, S3]),
             "second mail filling Mora's places: the already-registered colleague is mentioned but not a person; 'de tre första' = all but Feb"),

        mail("w076", "2027-01-07T06:00:00", ("Moa Engström", "moa.engstrom@rattvik.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab",
             """Hej,

Jag är föräldraledig till och med 15 augusti 2027. Under tiden hänvisas frågor om översiktsplanen till min kollega Fredrik Sahlin, fredrik.sahlin@rattvik.se, 0248-700 00.

Ditt mejl vidarebefordras inte.

Moa Engström
Rättviks kommun""",
             X("auto_reply"),
             "out-of-office naming a stand-in colleague with address -> auto_reply, nobody registered"),

        mail("w077", "2027-03-29T10:02:00", ("Lina Bergkvist", "lina.bergkvist@vansbro.se"), "Lägga till en träff",
             """Hej!

Jag och Hampus Jonsson är anmälda till första träffen 3 maj. Nu har vi sett att träffen den 29 november handlar om att planera för önskvärda framtider och osäkerheter, vilket passar perfekt med vårt pågående arbete. Kan du lägga till den för oss båda?

Tack,
Lina Bergkvist
Vansbro kommun""",
             X("change", [P("Lina Bergkvist", "lina.bergkvist@vansbro.se", "Vansbro kommun"),
                          P("Hampus Jonsson", None, "Vansbro kommun")], [S1, S3]),
             "self + colleague add a session to an existing signup -> change, sessions after the change = 3 May + 29 Nov"),

        mail("w078", "2026-12-16T11:11:00", ("Eva Strandberg", "eva.strandberg@smedjebacken.se"), "Anmälan DalaLab Smedjebackens kommun",
             """Hej

Anmäler följande från bygg- och miljöavdelningen:

Lundberg, Kristina – kristina.lundberg@smedjebacken.se
Osman, Abdi – abdi.osman@smedjebacken.se

Båda deltar vid samtliga tillfällen.

Mvh
Eva Strandberg
HR/administration
Smedjebackens kommun""",
             X("register", [P("Kristina Lundberg", "kristina.lundberg@smedjebacken.se", "Smedjebackens kommun"),
                            P("Abdi Osman", "abdi.osman@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "administrator registers two colleagues written 'Efternamn, Förnamn'; sender not among people"),

        tg("w079", "2027-03-14T19:40:00", "Oliver Lindahl", 5547301182,
           "Quick question: if I get sick on the day, can a colleague just come in my place or do I need to tell you first?",
           X("question"),
           "English Telegram question about a colleague substituting; no signup"),

        mail("w080", "2027-03-31T13:50:00", ("Anneli Wästberg", "anneli.wastberg@borlange.se"), "Radera uppgifter – Per-Olof Söderlund",
             """Hej,

Per-Olof Söderlund, som tidigare var anmäld till DalaLab från Borlänge, har slutat hos oss och hans mejladress (per-olof.soderlund@borlange.se) är stängd. Han har via telefon bett mig framföra att han vill att ni raderar alla hans personuppgifter ur era listor.

Vänliga hälsningar
Anneli Wästberg
Borlänge kommun""",
             X("erasure", [P("Per-Olof Söderlund", "per-olof.soderlund@borlange.se", "Borlänge kommun")]),
             "erasure asked on behalf of a former colleague; people = the person to erase (his old address), not the sender"),

        mail("w081", "2027-03-12T22:47:00", ("Jimmy Larsson", "jimmy.larsson@orsa.se"), "anmälan",
             """hej,
jag och min kolega Pernilla Åström vill anmäla oss till dalalab, träffarna 21/9 & 22/2. hon har inte mail till hands så jag skriver för oss båda
mvh jimmy
Orsa kommun / bygg o plan""",
             X("register", [P("Jimmy Larsson", "jimmy.larsson@orsa.se", "Orsa kommun"),
                            P("Pernilla Åström", None, "Orsa kommun")], [S2, S4]),
             "lower-case late-evening mail with typo 'kolega'; self + colleague; '21/9 & 22/2'"),

        mail("w082", "2027-02-26T12:00:00", ("Sara Malik", "sara.malik@regiondalarna.se"), "Nov 29 – swap",
             """Hi Linnea,

Johan Ekdahl asked me to let you know that he's double-booked on 29 November (the session on planning for desirable futures and uncertainties). I'll go in his place that day – Sara Malik, same unit as Johan. He keeps his place for the other sessions.

Thanks!
Sara Malik
Public Transport Planning, Region Dalarna""",
             X("change", [P("Johan Ekdahl", None, "Region Dalarna"),
                          P("Sara Malik", "sara.malik@regiondalarna.se", "Region Dalarna")], [S3]),
             "English: the substitute herself writes that she replaces a colleague for one session -> change, both people, 29 Nov"),

        mail("w083", "2027-03-25T08:36:00", ("Anna-Karin Hed", "anna-karin.hed@rattvik.se"), "Ta bort deltagare",
             """Hej!

Malin Gustafsson har gått vidare till en tjänst i Falun och ska inte längre stå med som deltagare från Rättviks kommun i DalaLab. Ta bort henne från listan. Vi återkommer om vi skickar någon annan i hennes ställe.

Anna-Karin Hed
Planeringschef, Rättviks kommun""",
             X("cancel", [P("Malin Gustafsson", None, "Rättviks kommun")], ALL),
             "manager withdraws an employee who left (no substitute yet) -> cancel all four; her new job in Falun is not her organisation here"),

        tg("w084", "2027-01-16T11:22:00", "Sofie Lilja", 6803349921,
           "tjena! anmäler mig + kollegan jonas ek till dalalab, vi är från hedemora. båda äter vego. kör på alla tillfällen",
           X("register", [P("Sofie Lilja", None, "Hedemora kommun", diet="vego"),
                          P("Jonas Ek", None, "Hedemora kommun", diet="vego")], ALL, diet="vego"),
           "casual Telegram: self + lower-case colleague, shared diet 'vego' for both, 'hedemora'"),

        mail("w085", "2027-01-21T14:03:00", ("Birgitta Ståhl", "birgitta.stahl@falun.se"), "Anmälan: von Essen och Al-Hakim Nilsson",
             """Hej Linnea,

På uppdrag av våra förvaltningschefer anmäler jag härmed:

– Charlotte von Essen, stadsbyggnadschef, charlotte.vonessen@falun.se
– Karim Al-Hakim Nilsson, chef för mark och exploatering, karim.al-hakim.nilsson@falun.se

De deltar på träffarna 3 maj och 22 februari 2028. Kalenderinbjudningar skickas gärna direkt till dem.

Vänliga hälsningar
Birgitta Ståhl
Förvaltningsassistent
Stadsbyggnadsförvaltningen, Falu kommun
023-830 00""",
             X("register", [P("Charlotte von Essen", "charlotte.vonessen@falun.se", "Falu kommun"),
                            P("Karim Al-Hakim Nilsson", "karim.al-hakim.nilsson@falun.se", "Falu kommun")], [S1, S4]),
             "assistant registers two managers with particle/double surnames; sender not among people"),

        mail("w086", "2026-12-11T12:25:00", ("Zeynep Aydın", "zeynep.aydin@avesta.se"), "Dela plats?",
             """Hej!

Jag och min kollega Jens Wahlberg är båda intresserade av DalaLab men ingen av oss kan gå på alla träffar. Går det att vi delar på en plats, så att jag tar vårens träff och Jens höstens två? Eller räknas vi som två av kommunens tre platser då?

Hälsningar
Zeynep Aydın
Avesta kommun""",
             X("question"),
             "asks whether two colleagues may share one place; no signup yet -> question"),

        mail("w087", "2027-03-03T07:29:00", ("Hussein Abdi", "hussein.abdi@lansstyrelsen.se"), "Anmälan DalaLab",
             """God morgon,

Jag vill anmäla mig till DalaLab, alla träffar. Min kollega Eva Bodén funderar också på att följa med, men hon är på semester den här veckan så jag kollar med henne när hon är tillbaka. Hon hör i så fall av sig själv.

Hälsningar
Hussein Abdi
Handläggare, samhällsplanering
Länsstyrelsen Dalarna""",
             X("register", [P("Hussein Abdi", "hussein.abdi@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "self-signup; a colleague who may come later and will write herself is not among people"),

        mail("w088", "2027-04-09T15:55:00", ("Mattias Öhman", "mattias.ohman@regiondalarna.se"), "Tre från regionen till träffen om osäkerheter",
             """Hej Linnea!

Vi är tre på regionens enhet för samhällsplanering som vill gå på träffen om att planera för både önskvärda framtider och osäkerheter: jag själv, Elin Rask och Yusuf Demir. Övriga träffar har vi tyvärr inte möjlighet till.

Elin: elin.rask@regiondalarna.se
Yusuf: yusuf.demir@regiondalarna.se

Mvh Mattias
Region Dalarna""",
             X("register", [P("Mattias Öhman", "mattias.ohman@regiondalarna.se", "Region Dalarna"),
                            P("Elin Rask", "elin.rask@regiondalarna.se", "Region Dalarna"),
                            P("Yusuf Demir", "yusuf.demir@regiondalarna.se", "Region Dalarna")], [S3]),
             "self + two colleagues; session named only by its title (futures and uncertainties) = 29 Nov; 'regionen'"),

        mail("w089", "2027-03-16T18:20:00", ("Petra Mårtensson", "petra.martensson@alvdalen.se"), "Specialkost",
             """Hej,

Jag och Hugo Dalin är redan anmälda till alla fyra träffarna. Vi glömde skriva specialkost: Hugo är vegan och jag äter laktosfritt.

Tack på förhand!
Petra Mårtensson
Älvdalens kommun""",
             X("change", [P("Petra Mårtensson", "petra.martensson@alvdalen.se", "Älvdalens kommun", diet="laktosfritt"),
                          P("Hugo Dalin", None, "Älvdalens kommun", diet="vegan")], ALL, diet="vegan, laktosfritt"),
             "diet update for self + colleague already registered for all four -> change; two different diets"),

        tg("w090", "2027-02-04T13:17:00", "Nathalie Berg", 5290067713,
           "Hej! Jag är assistent till förvaltningschefen Bengt Lager på Ludvika kommun. Han vill anmäla sig till första och tredje träffen. Mejl: bengt.lager@ludvika.se",
           X("register", [P("Bengt Lager", "bengt.lager@ludvika.se", "Ludvika kommun")], [S1, S3]),
           "Telegram: assistant registers her manager (sender not among people); 'första och tredje träffen'; his address written"),
    ]
