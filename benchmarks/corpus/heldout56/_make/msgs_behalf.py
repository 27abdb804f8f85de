"""Writer "behalf" (bg136–bg180): mail and chat not written by the person it is about. Shared mailboxes (registrator@,
kommun@, info@, kontaktcenter@, HR) forwarding or relaying signups, cancellations and erasure requests, often with the
original writer only in a forwarded header; assistants and secretaries writing for their chiefs; managers deciding who
goes; signups pasted from forms, internal lists and a delegation decision; colleagues and spouses cancelling for
someone who is ill or leaving; substitutions and changes made by someone else; plus questions asked for others, a
human "we passed it on" reply, an out-of-office and a registry receipt. The writer is in people only when the request
is about them too (bg150, bg168, bg180)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bg136", "2027-01-12T10:31", ("Registrator Mora kommun", "registrator@mora.se"), "VB: Anmälan DalaLab",
             """Hej,

Nedanstående har kommit in till kommunens registratur men verkar vara avsett för er. Vi vidarebefordrar det och har inte diariefört det.

Med vänlig hälsning
Registraturen
Kommunledningsförvaltningen
Mora kommun
Fredsgatan 16, 792 80 Mora
0250-260 00

Från: Helena Lindström <helena.lindstrom@mora.se>
Skickat: den 11 januari 2027 16:48
Till: Registrator <registrator@mora.se>
Ämne: Anmälan DalaLab

Hej!

Jag vill anmäla mig till Region Dalarnas lärprojekt DalaLab, träffarna den 3 maj och 21 september. De två senare krockar tyvärr med budgetarbetet.

Vänliga hälsningar
Helena Lindström
Översiktsplanerare, Mora kommun
""",
             X("register", [P("Helena Lindström", "helena.lindstrom@mora.se", "Mora kommun")], [S1, S2]),
             "registrar forwards (VB:) a signup sent to the wrong mailbox; the registrar is not in people; Helena's "
             "address only in the forwarded header; 'de två senare' are not asked for; '11 januari 2027' is a header date"),

        mail("bg137", "2026-12-09T13:15", ("Annelie Granström", "annelie.granstrom@avesta.se"),
             "Anmälan till DalaLab – Per-Olof Dahlberg",
             """Hej Linnea,

Jag skriver på uppdrag av vår samhällsbyggnadschef Per-Olof Dahlberg, som gärna vill delta i lärprojektet DalaLab. Han har bokat in samtliga träffar i sin kalender.

Per-Olof behöver glutenfri kost. Han nås på per-olof.dahlberg@avesta.se eller 0226-64 50 12 om ni har frågor.

Med vänlig hälsning

Annelie Granström
Ledningsassistent
Samhällsbyggnadsförvaltningen
Avesta kommun
Tel: 0226-64 50 00
Besöksadress: Tingshusgatan 1, 774 81 Avesta
""",
             X("register", [P("Per-Olof Dahlberg", "per-olof.dahlberg@avesta.se", "Avesta kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "assistant registers her chief (assistant not in people); 'samtliga träffar' = all four; his address "
             "given in the text; hyphenated first name; phone numbers and postcode are not dates"),

        mail("bg138", "2027-02-22T08:47", ("Camilla Hedin", "camilla.hedin@borlange.se"), "DalaLab – våra deltagare",
             """Hej!

Vi har pratat ihop oss på planavdelningen om vilka som ska gå på DalaLab. Det blir Linus Ekholm och Malin Öberg som representerar Borlänge. Jag själv har tyvärr inte utrymme i år.

De går på första träffen i Falun och på den i november. Övriga två tillfällen prioriterar vi bort den här gången.

Hälsningar
Camilla Hedin
Enhetschef Plan
Samhällsbyggnadsförvaltningen, Borlänge kommun
0243-740 00 (vxl) | 070-214 88 31
""",
             X("register", [P("Linus Ekholm", None, "Borlänge kommun"), P("Malin Öberg", None, "Borlänge kommun")],
               [S1, S3]),
             "manager decides who goes and explicitly excludes herself; 'första träffen i Falun' + 'den i november' "
             "= 3 May + 29 Nov; colleagues have no addresses, organisation from the text/domain"),

        tg("bg139", "2027-04-03T19:42", "Birgitta Nordin", "5839201746",
           """Hej! Jag skriver åt min man Lars Nordin som jobbar på Hedemora kommun. Han opererades i veckan och är sjukskriven hela maj, så han kommer inte kunna vara med på träffen den 3 maj. Resten hoppas han kunna gå på, han hör av sig själv när han är på benen igen. Mvh Birgitta""",
           X("cancel", [P("Lars Nordin", None, "Hedemora kommun")], [S1]),
           "spouse cancels for her husband via Telegram: people = the husband only, not the sender; partial cancel "
           "of 3 May; 'hela maj' is not a session; the rest stays"),

        mail("bg140", "2027-03-17T11:02", ("Jonas Ahlin", "jonas.ahlin@falun.se"), "Avanmälan Rebecka Sund – DalaLab",
             """Hej Linnea,

Min kollega Rebecka Sund är sjukskriven på obestämd tid och kommer därför inte att kunna delta i DalaLab. Hon bad mig höra av mig till dig – kan du avanmäla henne?

Vi ser över om någon annan på enheten kan ta hennes plats och återkommer i så fall före den 14 april.

Tack och hälsningar
Jonas Ahlin
Planarkitekt
Falu kommun, Stadsbyggnadsförvaltningen
023-830 00
""",
             X("cancel", [P("Rebecka Sund", None, "Falu kommun")], ALL),
             "colleague cancels for someone on sick leave; no session named -> all four; a possible future "
             "replacement is not a registration; '14 april' is the deadline, not a session"),

        mail("bg141", "2027-02-03T15:10", ("Kontaktcenter Gagnefs kommun", "kontaktcenter@gagnef.se"),
             "VB: Ärende via e-tjänst – Anmälan kurs/utbildning",
             """Hej!

Följande kom in via kommunens e-tjänst för allmänna ärenden. Vi tror att det är till er det ska, så vi skickar det vidare. Ärendet är avslutat hos oss.

--- Inskickat formulär ---
Ärendetyp: Övrigt
Namn: Ida Karlsson
E-post: ida.karlsson@gagnef.se
Telefon: 0241-152 37
Förvaltning/enhet: Samhällsbyggnad
Meddelande: Jag vill anmäla mig till DalaLab (Region Dalarna). Jag kan delta 21/9, 29/11 och 22/2 men inte den 3 maj. Vegetarisk kost tack.
Inskickat: 2027-02-03 14:22
Ärendenummer: KC-2027-000871
---

Med vänlig hälsning
Kontaktcenter
Gagnefs kommun
0241-150 00
""",
             X("register", [P("Ida Karlsson", "ida.karlsson@gagnef.se", "Gagnefs kommun", diet="vegetarisk")],
               [S2, S3, S4], diet="vegetarisk"),
             "contact centre relays a web-form submission; the signup is the form's person; '3 maj' is excluded; "
             "'2027-02-03 14:22' is the submit time; the case number is not a date"),

        mail("bg142", "2027-03-08T09:25", ("Anders Wahlgren", "anders.wahlgren@leksand.se"), "Byte av deltagare DalaLab",
             """Hej Linnea!

Vi anmälde i december Oskar Ljung till DalaLab. Oskar har nu gått vidare till en tjänst i Falun, så han kommer inte att delta för Leksands räkning.

I hans ställe skickar vi Frida Persson, frida.persson@leksand.se. Hon tar samma träffar som Oskar var anmäld till, alltså 3 maj och 29 november.

Mvh
Anders Wahlgren
Planchef, Leksands kommun
Tfn 0247-800 00
""",
             X("change", [P("Oskar Ljung", None, "Leksands kommun"),
                          P("Frida Persson", "frida.persson@leksand.se", "Leksands kommun")], [S1, S3]),
             "substitution by the manager (not in people): both the withdrawn and the substitute listed; sessions = "
             "what Frida takes; call: Oskar kept as Leksands kommun (he was registered for Leksand; 'en tjänst i "
             "Falun' is his new job, not his registration)"),

        tg("bg143", "2027-01-19T12:14", "Joel Sandin", "6120934587",
           """Hej! Anmäl mig och min kolega Amanda Rask, vi jobbar båda på Orsa kommun. Vi vill vara med på alla tillfällen 👍 Amanda är vegan""",
           X("register", [P("Joel Sandin", None, "Orsa kommun"), P("Amanda Rask", None, "Orsa kommun", diet="vegan")],
             ALL, diet="vegan"),
           "sender registers himself and a colleague (so he is in people); typo 'kolega'; 'alla tillfällen' = all "
           "four; the diet belongs to Amanda only"),

        mail("bg144", "2027-02-10T14:40", ("HR-service Ludvika kommun", "hr@ludvika.se"),
             "Begäran om radering av personuppgifter – tidigare medarbetare",
             """Hej,

Karin Löfgren (tidigare karin.lofgren@ludvika.se) avslutade sin anställning hos Ludvika kommun den 31 januari 2027. Hon har kontaktat oss och bett oss framföra att hon vill att Region Dalarna raderar alla hennes personuppgifter som finns i samband med DalaLab, inklusive anmälan och utskickslistor.

Hennes e-postadress hos oss är avstängd. Eventuell bekräftelse kan skickas till HR-service så förmedlar vi den.

Med vänlig hälsning
Jessica Moberg
HR-konsult, HR-service
Ludvika kommun
0240-860 00
""",
             X("erasure", [P("Karin Löfgren", "karin.lofgren@ludvika.se", "Ludvika kommun")], [],
               unsure=("organisation",)),
             "HR passes on a former employee's erasure request: people = Karin, not the HR writer; sessions none; "
             "call: her (now closed) ludvika.se address and Ludvika kommun are kept since the text and address "
             "name them, although she has left; the erasure implies her signup goes too but the intent is erasure"),

        mail("bg145", "2027-03-15T08:02", ("Lotta Fransson", "lotta.fransson@sater.se"),
             "Automatiskt svar: Påminnelse – anmäl dig till DalaLab senast 14 april",
             """Hej,

Jag är föräldraledig till och med 31 maj 2027 och läser inte min e-post.

Frågor om detaljplaner och översiktsplanen: kontakta Sven Ågren, sven.agren@sater.se, 0225-553 41.
Anmälningar till kurser och konferenser för planenheten hanteras under tiden av Sven.
Övriga ärenden: registrator@sater.se eller växeln 0225-550 00.

Vänliga hälsningar
Lotta Fransson
Administratör, Samhällsbyggnadsförvaltningen
Säters kommun
""",
             X("auto_reply"),
             "out-of-office from an administrator ('Automatiskt svar:', no auto headers); names a stand-in who "
             "'handles signups' -> still nobody to register; '31 maj 2027' and the deadline are not sessions"),

        mail("bg146", "2027-02-25T10:05", ("Elisabet Vång", "elisabet.vang@regiondalarna.se"),
             "Anmälan från Regional utveckling",
             """<html><head><meta charset="utf-8"></head><body>
<p>Hej Linnea!</p>
<p>Jag hj&auml;lper enhetschefen med anm&auml;lningarna till DalaLab. Fr&aring;n v&aring;r enhet kommer f&ouml;ljande tv&aring; att delta p&aring; <b>alla fyra tr&auml;ffarna</b>:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Mikael Str&ouml;mberg</td><td>mikael.stromberg@regiondalarna.se</td><td>&ndash;</td></tr>
<tr><td>Yasmin Al-Sayed</td><td>yasmin.al-sayed@regiondalarna.se</td><td>laktosfri</td></tr>
</table>
<p>Sj&auml;lv &auml;r jag inte med den h&auml;r g&aring;ngen.</p>
<p>V&auml;nliga h&auml;lsningar<br>Elisabet V&aring;ng<br>Administrat&ouml;r, Regional utveckling<br>Region Dalarna<br>Box 712, 791 29 Falun<br>Tel 023-49 01 33</p>
</body></html>""",
             X("register", [P("Mikael Strömberg", "mikael.stromberg@regiondalarna.se", "Region Dalarna"),
                            P("Yasmin Al-Sayed", "yasmin.al-sayed@regiondalarna.se", "Region Dalarna",
                              diet="laktosfri")], ALL, diet="laktosfri"),
             "HTML-only with entities and a table; administrator registers two colleagues and says she is not "
             "coming; 'alla fyra träffarna'; diet only for Yasmin; Falun postal address is not the organisation"),

        tg("bg147", "2027-01-27T10:22", "Lena Jonsson", "7093311820",
           """Hej! Jag är assistent åt Mats Brolin, planchef på Rättviks kommun. Han vill anmäla sig till träffarna 3 maj och 21 sept. Bekräftelse kan gå till mats.brolin@rattvik.se. Tack!""",
           X("register", [P("Mats Brolin", "mats.brolin@rattvik.se", "Rättviks kommun")], [S1, S2]),
           "assistant on Telegram registers her chief: people = Mats (address from the text), not the sender; "
           "'21 sept'"),

        mail("bg148", "2027-02-15T13:55", ("Orsa kommun", "kommun@orsa.se"), "VB: Fråga om DalaLab",
             """Hej!

Vi har fått frågan nedan i kommunens funktionsbrevlåda. Kan ni svara Annika direkt?

Med vänlig hälsning
Medborgarservice, Orsa kommun
0250-552 00

Från: Annika Söderström <annika.soderstrom@orsa.se>
Skickat: den 15 februari 2027 11:30
Till: Orsa kommun <kommun@orsa.se>
Ämne: Fråga om DalaLab

Hej, vet ni vem man frågar om DalaLab? Jag undrar om det går att vara med digitalt på träffarna i september och november, eller om man måste åka till Falun. Jag har inte anmält mig än.

/Annika
""",
             X("question"),
             "municipality's shared mailbox forwards a colleague's question; 'Jag har inte anmält mig än' -> no "
             "signup; September/November named only in the question -> no sessions, no people"),

        mail("bg149", "2027-01-21T16:30", ("Karin Blomqvist", "karin.blomqvist@lansstyrelsen.se"), "VB: DalaLab sign-up",
             """Hej Linnea,

Jag godkänner att Daniel deltar, se hans mejl nedan. Kan du anmäla honom till de två träffar han nämner?

Hälsningar
Karin Blomqvist
Enhetschef, Samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna
010-225 00 00

-----Ursprungligt meddelande-----
Från: Daniel Kowalski <daniel.kowalski@lansstyrelsen.se>
Skickat: den 21 januari 2027 09:12
Till: Karin Blomqvist <karin.blomqvist@lansstyrelsen.se>
Ämne: DalaLab sign-up

Hi Karin,

I saw the invitation to DalaLab from Region Dalarna. If it's OK with you I'd like to join the sessions on 21 September and 29 November – the topics fit well with the regional planning work I'm doing. I can't make the one in May (I'm away 26 April–7 May).

Best,
Daniel
""",
             X("register", [P("Daniel Kowalski", "daniel.kowalski@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3]),
             "manager approves and forwards an English request from her staff member; the manager is not in people; "
             "sessions only in the forwarded part ('de två träffar han nämner'); '26 April–7 May' is an absence"),

        mail("bg150", "2026-12-14T15:48", ("Tobias Lund", "tobias.lund@vansbro.se"), "Anmälan DalaLab Vansbro",
             """Hej!

Vi blir tre från Vansbro kommun som vill vara med i DalaLab: jag själv, Sanna Eriksson och Hugo Blom. Vi siktar på samtliga träffar.

Sanna behöver glutenfritt.

Vänligen
Tobias Lund
Samhällsplanerare
Vansbro kommun, Box 1, 780 50 Vansbro
0281-750 00
""",
             X("register", [P("Tobias Lund", "tobias.lund@vansbro.se", "Vansbro kommun"),
                            P("Sanna Eriksson", None, "Vansbro kommun", diet="glutenfri"),
                            P("Hugo Blom", None, "Vansbro kommun")], ALL, diet="glutenfri"),
             "writer registers himself ('jag själv') and two colleagues; 'samtliga träffar' = all four; "
             "'glutenfritt' recorded as glutenfri for Sanna only"),

        tg("bg151", "2027-04-07T16:20", "Pernilla Åberg", "5521873094",
           """hej! Robin Hallberg på Smedjebacken bad mig meddela att han opererat knät och är sjukskriven tom 20 maj, så han missar träffen 3 maj. Han kommer på dom andra som planerat.""",
           X("cancel", [P("Robin Hallberg", None, "Smedjebackens kommun")], [S1]),
           "colleague cancels one session for someone on sick leave; 'på Smedjebacken' -> Smedjebackens kommun; "
           "'tom 20 maj' is not a session; the other sessions stay"),

        mail("bg152", "2027-03-02T14:12", ("Åsa Gustafsson", "asa.gustafsson@alvdalen.se"), "DalaLab – anmälan Älvdalen",
             """Hej Linnea,

Här kommer Älvdalens anmälan till DalaLab:

Anna-Karin Dahl, översiktsplanerare – alla fyra träffarna
Jimmy Nilsson, miljöstrateg – bara första träffen i Falun, 3 maj

Jag själv följer arbetet via Anna-Karin.

Mvh
Åsa Gustafsson
Samhällsbyggnadschef
Älvdalens kommun
Dalgatan 23, 796 31 Älvdalen
0251-310 00
""",
             X("register", [P("Anna-Karin Dahl", None, "Älvdalens kommun"), P("Jimmy Nilsson", None, "Älvdalens kommun")],
               ALL, unsure=("each-own-sessions",)),
             "chief registers two people with different sessions each (Anna-Karin all four, Jimmy only 3 May); call: "
             "message-level sessions = the union (all four); the writer only follows the work"),

        mail("bg153", "2027-03-23T09:37", ("Sofia Rehn", "sofia.rehn@hedemora.se"),
             "Ang. Gunnar Westers anmälan – specialkost",
             """Hej!

Jag anmälde i januari vår förvaltningschef Gunnar Wester till alla fyra DalaLab-träffarna. Han har nu fått besked om att han inte tål laktos – kan ni lägga till laktosfri kost på hans anmälan?

Allt annat är oförändrat.

Tack på förhand!
Sofia Rehn
Nämndsekreterare, Hedemora kommun
0225-340 00
""",
             X("change", [P("Gunnar Wester", None, "Hedemora kommun", diet="laktosfri")], ALL, diet="laktosfri"),
             "secretary updates the diet on her chief's existing signup -> change; sessions after the change = all "
             "four (stated); 'i januari' is not a session"),

        mail("bg154", "2027-03-04T10:18", ("Registrator Säters kommun", "registrator@sater.se"),
             "VB: Radera mina uppgifter",
             """För kännedom och åtgärd – inkom till kommunens registratur 2027-03-03, dnr KS 2027/0219.

Registrator
Säters kommun
Rådhusgatan 1, 783 27 Säter

________________________________
Från: Ulla Rydberg <ulla.rydberg@sater.se>
Skickat: onsdag 3 mars 2027 15:41
Till: Registrator
Ämne: Radera mina uppgifter

Hej. Jag får hela tiden mejl om DalaLab från Region Dalarna fast jag jobbar med ekonomi och aldrig anmält mig. Jag vill att mina uppgifter tas bort ur deras listor. Vet inte vart jag ska vända mig så jag skriver hit.

Ulla Rydberg
Ekonomienheten
""",
             X("erasure", [P("Ulla Rydberg", "ulla.rydberg@sater.se", "Säters kommun")]),
             "registrar forwards an erasure request; people = the original writer from the forwarded header, not "
             "the registrar; dnr and dates are not sessions"),

        tg("bg155", "2027-02-07T20:51", "Anders Granberg", "1684420935",
           """Hej! Min fru Sofie Granberg jobbar på Borlänge kommun och vill anmäla sig till DalaLab men hon har inte telegram. Hon vill vara med på alla fyra träffarna. Hennes jobbmejl är sofie.granberg@borlange.se""",
           X("register", [P("Sofie Granberg", "sofie.granberg@borlange.se", "Borlänge kommun")], ALL),
           "husband registers his wife via the bot: people = the wife with the address from the text; the sender "
           "(same surname) is not in people"),

        mail("bg156", "2026-12-02T08:40", ("Falu kommun", "info@falun.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Tack för ert meddelande. Vi har vidarebefordrat inbjudan till Stadsbyggnadsförvaltningen, som själva anmäler de medarbetare som ska delta.

Med vänlig hälsning
Kommunkontakten
Falu kommun
023-830 00
www.falun.se

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:05
Till: Falu kommun <info@falun.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab. Under fyra träffar – 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028 – fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier.

Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se. Varje kommun kan delta med upp till tre personer.

Välkommen!
Linnea Hassis
Region Dalarna
""",
             X("unknown", unsure=("intent",)),
             "human reply from a municipality's info@ mailbox saying it passed the invitation on; no request, "
             "nobody named to register; quoted invitation lists all dates; call: unknown rather than auto_reply "
             "since a person wrote it"),

        tg("bg157", "2027-01-08T11:05", "Maja Holmgren", "6347710258",
           """hej! en fråga: kan vår chef anmäla hela gruppen på en gång eller måste var och en skriva själv? vi är fyra från Mora som är intresserade""",
           X("question"),
           "question about signing up on someone's behalf; no names, no sessions -> nothing registered; "
           "'fyra från Mora' touches the quota but is not the parser's business"),

        mail("bg158", "2027-03-10T13:20", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"), "Anmälan DalaLab",
             """Hej!

Vi anmäler följande från Ludvika kommun (klistrat från vår interna lista):

Namn\tE-post\tTräffar\tSpecialkost
Viktoria Hammar\tviktoria.hammar@ludvika.se\tAlla\t-
Samir Haddad\tsamir.haddad@ludvika.se\tAlla\tHalal

Hör av er om något saknas.

Samhällsbyggnadsförvaltningen
Ludvika kommun
Besök: Carlavägen 3 | Post: 771 82 Ludvika
Växel 0240-860 00
""",
             X("register", [P("Viktoria Hammar", "viktoria.hammar@ludvika.se", "Ludvika kommun"),
                            P("Samir Haddad", "samir.haddad@ludvika.se", "Ludvika kommun", diet="halal")],
               ALL, diet="halal"),
             "department's shared mailbox pastes a tab-separated list; 'Alla' = all four; header row is not a "
             "person; '-' means no diet; diet halal for Samir only"),

        mail("bg159", "2027-04-06T10:44", ("Britt Marie Sahlén", "britt-marie.sahlen@malung-salen.se"),
             "Lars-Göran Ivarsson – DalaLab 21/9",
             """Hej Linnea

Lars-Göran Ivarsson, som är anmäld till DalaLab, kan tyvärr inte närvara den 21 september eftersom kommunfullmäktige sammanträder samma dag. Han deltar som planerat på övriga träffar.

Hälsningar
Britt Marie Sahlén
Kommunsekreterare
Malung-Sälens kommun
Box 14, 782 21 Malung
0280-181 00
""",
             X("cancel", [P("Lars-Göran Ivarsson", None, "Malung-Sälens kommun")], [S2]),
             "municipal secretary cancels one session for a registered colleague; sessions cancelled = 21 Sep only; "
             "'övriga träffar' continue and are not part of the cancellation"),

        mail("bg160", "2027-03-29T14:03", ("Henrik Sjödin", "henrik.sjodin@falun.se"), "Ändring – Elsa Brandt DalaLab",
             """Hej Linnea!

Vår planarkitekt Elsa Brandt är anmäld till första träffen den 3 maj. Vi har fått en krock med ett samråd den veckan, så hon skulle hellre vilja gå på sista träffen den 22 februari 2028 i stället. Går det att flytta hennes anmälan dit?

Med vänlig hälsning
Henrik Sjödin
Enhetschef detaljplan
Falu kommun
023-830 00
""",
             X("change", [P("Elsa Brandt", None, "Falu kommun")], [S4]),
             "manager moves a colleague from 3 May to 22 Feb 2028 -> change, sessions after the change = 22 Feb only; "
             "phrased as a question ('Går det att...') but it is a change request"),

        tg("bg161", "2027-04-09T07:58", "Kent Mårtensson", "2219087436",
           """Morgon! Karl Hult här hos oss i Säter kan inte gå på höstens träffar. Nadia Yilmaz tar hans plats den 21/9 och 29/11 istället. /Kent, planchef Säters kommun""",
           X("change", [P("Karl Hult", None, "Säters kommun"), P("Nadia Yilmaz", None, "Säters kommun")], [S2, S3]),
           "manager substitutes one colleague for another via Telegram; both people listed, sender not; sessions = "
           "what Nadia takes (21/9, 29/11)"),

        mail("bg162", "2027-02-18T11:26", ("Vansbro kommun", "kommun@vansbro.se"), "Anmälan per telefon – DalaLab",
             """Hej!

Vi har tagit emot ett telefonsamtal från Bengt Söderlund, bygglovshandläggare hos oss, som vill anmäla sig till DalaLab. Han har inte tillgång till sin e-post just nu eftersom han är ute på fältarbete hela veckan.

Han vill delta 29 november och 22 februari. Nås enklast på mobil 070-318 22 64.

Med vänlig hälsning
Kundcenter
Vansbro kommun
0281-750 00
""",
             X("register", [P("Bengt Söderlund", None, "Vansbro kommun")], [S3, S4]),
             "customer centre relays a phone signup; no address for Bengt (the kommun@ address is the relay's); "
             "'22 februari' without year = the 2028 session; fourth Vansbro person in this set (quota not the "
             "parser's business)"),

        mail("bg163", "2027-03-31T15:20", ("Rebecca Hughes", "rebecca.hughes@regiondalarna.se"),
             "DalaLab – new colleague starting in May",
             """Hi Linnea,

I work in HR for the regional development unit. We have a new spatial planner, Tom Ahlgren, starting with us on 10 May. His manager would like him to take part in DalaLab from the second session onwards.

Since registration closes on 14 April and he won't have a Region Dalarna address until he starts, can we register him now with his private e-mail, or should he contact you himself once he's on board?

Kind regards,
Rebecca Hughes
HR Business Partner, Region Dalarna
+46 23 49 00 00
""",
             X("question", unsure=("intent",)),
             "English HR question about how to register a future employee; it asks how, it does not register him "
             "(no address given, 'or should he contact you himself') -> question, no people/sessions; call flagged"),

        tg("bg164", "2027-02-12T09:31", "Camilla Ö", "5902146683",
           """Hej! Skriver åt min chef Margareta Olausson, Leksands kommun. Anmäl henne till de två höstträffarna. Hon är vegetarian.""",
           X("register", [P("Margareta Olausson", None, "Leksands kommun", diet="vegetarian")], [S2, S3],
             diet="vegetarian"),
           "assistant registers her chief; 'de två höstträffarna' = 21 Sep + 29 Nov; sender (abbreviated display "
           "name) not in people"),

        mail("bg165", "2027-04-02T13:10", ("Mikael Granlund", "mikael.granlund@gagnef.se"),
             "Återkallande av anmälan DalaLab",
             """Hej,

Tyvärr måste vi dra tillbaka Gagnefs anmälningar till DalaLab. Efter omprioriteringar i budgeten för 2027 har förvaltningen beslutat att inte delta i externa utbildningar under året.

Det gäller Ida Karlsson och Mohammed Farah.

Jag beklagar sent besked.

Mikael Granlund
Förvaltningschef, Samhällsbyggnad
Gagnefs kommun
0241-150 00
""",
             X("cancel", [P("Ida Karlsson", None, "Gagnefs kommun"), P("Mohammed Farah", None, "Gagnefs kommun")], ALL),
             "head of department withdraws two colleagues; no session named -> all four (even though 'under året' "
             "says 2027, the whole signup is withdrawn); addresses not in this message -> null"),

        tg("bg166", "2027-03-20T17:45", "Marianne Lundin", "1287763590",
           """Hej. Min man Stefan Lundin har gått i pension men får fortfarande era utskick om DalaLab vidarebefordrade hem. Han vill inte stå kvar i några listor hos er. Snälla radera hans uppgifter.""",
           X("erasure", [P("Stefan Lundin", None, None)]),
           "spouse asks for her retired husband's data to be erased: people = the husband; no organisation named "
           "anywhere -> null; sender not in people"),

        mail("bg167", "2027-01-31T21:37", ("Per Backman", "per.backman71@gmail.com"), "Anmälan åt Jenny Backman",
             """Hej!

Min fru Jenny Backman, som jobbar som planerare på Malung-Sälens kommun, bad mig skicka hennes anmälan till DalaLab eftersom hennes jobbdator är på service. Hon vill vara med på alla träffarna.

Hennes jobbmejl är jenny.backman@malung-salen.se, skicka gärna bekräftelsen dit.

Vänliga hälsningar
Per Backman

Skickat från min iPhone
""",
             X("register", [P("Jenny Backman", "jenny.backman@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "husband writes from a private gmail for his wife: people = Jenny with her work address from the text; "
             "the gmail sender is not registered"),

        mail("bg168", "2027-02-04T08:55", ("Emelie Karlberg", "emelie.karlberg@hedemora.se"), "VB: DalaLab?",
             """Hej Linnea!

Jag anmäler mig till DalaLab, träffarna 3 maj och 21 september. Tove (se nedan) vill också vara med på samma två träffar, så anmäl henne också är du snäll.

/Emelie Karlberg
Planarkitekt, Hedemora kommun

-------- Vidarebefordrat meddelande --------
Ämne: DalaLab?
Datum: 2027-02-03 16:12
Från: Tove Hedberg <tove.hedberg@hedemora.se>
Till: Emelie Karlberg <emelie.karlberg@hedemora.se>

Hej! Anmäler du dig till DalaLab? Kan du anmäla mig också i så fall, samma träffar som du. Jag hinner inte skriva själv innan sportlovet.
/Tove
""",
             X("register", [P("Emelie Karlberg", "emelie.karlberg@hedemora.se", "Hedemora kommun"),
                            P("Tove Hedberg", "tove.hedberg@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "writer registers herself and a colleague whose full name and address are only in the forwarded "
             "header; 'samma två träffar' = 3 May + 21 Sep"),

        tg("bg169", "2027-03-12T13:40", "Cissi 🌻", "6678203149",
           """hej! kan du registrera Ella Sandström och Noah Berg från Falu kommun till första träffen 3/5? bara den. jag är redan anmäld själv sen tidigare""",
           X("register", [P("Ella Sandström", None, "Falu kommun"), P("Noah Berg", None, "Falu kommun")], [S1]),
           "colleague registers two others; sender already registered, so not in people; 'kan du registrera' is "
           "a request, not a question; nickname display name"),

        mail("bg170", "2027-04-01T09:12", ("HR Regional utveckling", "hr.regionalutveckling@regiondalarna.se"),
             "Namnbyte – anmäld deltagare DalaLab",
             """Hej,

Vår medarbetare Emilia Norling, som är anmäld till alla fyra DalaLab-träffarna, har gift sig och heter nu Emilia Kvist. Hennes nya e-postadress är emilia.kvist@regiondalarna.se (den gamla, emilia.norling@regiondalarna.se, slutar fungera 30 april).

Vänligen uppdatera anmälan.

Med vänlig hälsning
Therese Aho
HR-administratör, Region Dalarna
""",
             X("change", [P("Emilia Kvist", "emilia.kvist@regiondalarna.se", "Region Dalarna")], ALL),
             "HR updates a participant's name and address -> change for one person (new name and address); the old "
             "name/address is not a second person; sessions stay all four"),

        mail("bg171", "2027-03-15T08:01", ("Leksands kommun", "kommun@leksand.se"),
             "Mottagningsbekräftelse: Påminnelse – anmäl dig till DalaLab",
             """Detta är ett automatiskt svar. Svara inte på detta meddelande.

Tack för ditt e-postmeddelande till Leksands kommun. Vi har tagit emot det och det kommer att registreras och fördelas till rätt handläggare. Handläggningstiden är normalt 1–5 arbetsdagar.

Leksands kommun
Box 300, 793 27 Leksand
Telefon 0247-800 00
www.leksand.se
""",
             X("auto_reply"),
             "a municipality's registry mailbox acknowledges the reminder automatically ('Detta är ett automatiskt "
             "svar'); 'registreras' is the registry's, not a signup; '1–5 arbetsdagar' is no date"),

        tg("bg172", "2027-03-26T22:10", "Tomas Ek", "5403318826",
           """Hej, jag är sambo till Anneli Wik på Orsa kommun. Hon ska gå på föräldraledighet i sommar och kan därför inte vara med i DalaLab alls. Hon bad mig avanmäla henne från allt 🙏""",
           X("cancel", [P("Anneli Wik", None, "Orsa kommun")], ALL),
           "partner cancels for her: 'från allt' / 'inte ... alls' -> all four; people = Anneli only"),

        mail("bg173", "2027-03-19T16:05", ("Jörgen Lind", "jorgen.lind@smedjebacken.se"), "Deltagare DalaLab",
             """Hej!

Från Smedjebacken skickar vi Lina Åkerlund och Pontus Grahn på alla fyra träffarna. Jag ska själv försöka hänga med på någon av dem om kalendern tillåter, men räkna inte med mig än.

Lina äter vegetariskt.

Mvh
Jörgen Lind
Stadsarkitekt
Smedjebackens kommun
0240-660 00
""",
             X("register", [P("Lina Åkerlund", None, "Smedjebackens kommun", diet="vegetarisk"),
                            P("Pontus Grahn", None, "Smedjebackens kommun")], ALL, diet="vegetarisk",
               unsure=("sender-attends",)),
             "manager sends two colleagues; call: the writer's tentative 'försöka hänga med ... räkna inte med mig "
             "än' is not a signup, so he is not in people; 'äter vegetariskt' -> vegetarisk for Lina"),

        tg("bg174", "2027-02-24T14:18", "Ewa Hallin", "7715932068",
           """Hej! Jag är assistent till vår förvaltningschef i Avesta som är anmäld till DalaLab. Han undrar om det finns parkering vid lokalen i Falun den 3 maj och om det går bra att komma först vid lunch?""",
           X("question"),
           "assistant asks practical questions for her already registered chief (who is not named); '3 maj' is "
           "context of the question -> no people, no sessions"),

        tg("bg175", "2027-03-03T10:11", "Rebecka | Avesta SBF", "6931055742",
           """Anmälan:
Namn: Oscar Lindh
Org: Avesta kommun
Mejl: oscar.lindh@avesta.se
Träffar: 1 och 4
Kost: -
(kopierat från vårt interna formulär)""",
           X("register", [P("Oscar Lindh", "oscar.lindh@avesta.se", "Avesta kommun")], [S1, S4]),
           "form fields pasted into Telegram by a department colleague; 'Träffar: 1 och 4' = session numbers -> "
           "3 May + 22 Feb; 'Kost: -' = no diet; sender not in people"),

        mail("bg176", "2027-04-08T15:34", ("Registrator Borlänge kommun", "registrator@borlange.se"),
             "VB: Avanmälan DalaLab 29/11",
             """Vidarebefordras enligt önskemål från avsändaren, som skickat till fel adress.

Registrator
Borlänge kommun

-----Ursprungligt meddelande-----
Från: Jesper Alm <jesper.alm@borlange.se>
Skickat: den 8 april 2027 13:09
Till: Registrator <registrator@borlange.se>
Ämne: Avanmälan DalaLab 29/11

Hej,

Jag måste tyvärr avanmäla mig från DalaLab-träffen den 29 november – vi har plangranskning samma vecka. Övriga träffar står fast.

Jesper Alm
Planhandläggare, Borlänge kommun
0243-740 00
""",
             X("cancel", [P("Jesper Alm", "jesper.alm@borlange.se", "Borlänge kommun")], [S3]),
             "registrar forwards a partial cancellation; person and address from the forwarded header; only 29 Nov "
             "cancelled"),

        mail("bg177", "2027-02-16T09:50", ("Registrator Mora kommun", "registrator@mora.se"),
             "Delegationsbeslut – deltagare i DalaLab",
             """<html><body>
<p>Hej,</p>
<p>Nedan finns kommunchefens delegationsbeslut om deltagande i Region Dalarnas lärprojekt DalaLab. Beslutet skickas till er för kännedom och som anmälan av kommunens deltagare.</p>
<hr>
<p><b>DELEGATIONSBESLUT</b><br>Dnr KS 2027/00412<br>Datum: 2027-02-15</p>
<p><b>Ärende:</b> Deltagande i lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft</p>
<p><b>Beslut</b><br>Kommunchefen beslutar att utse följande tjänstepersoner att delta i lärprojektet:</p>
<ol>
<li>Helena Lindström, översiktsplanerare</li>
<li>Rickard Frost, trafikplanerare</li>
</ol>
<p>Kostnader för resor belastar samhällsbyggnadsförvaltningens budget (ansvar 4100).</p>
<p>Beslutet fattas med stöd av delegationsordningen punkt 2.14.</p>
<p>Lars Hedström<br>Kommunchef</p>
<hr>
<p>Med vänlig hälsning<br>Registraturen, Mora kommun<br>0250-260 00</p>
</body></html>""",
             X("register", [P("Helena Lindström", None, "Mora kommun"), P("Rickard Frost", None, "Mora kommun")], ALL,
               unsure=("sessions",)),
             "HTML delegation decision sent 'som anmälan' by the registrar; the decision-maker and registrar are not "
             "in people; no sessions named -> all four (call: Helena earlier asked for only 3 May + 21 Sep, but this "
             "message names none); dnr, date and 'punkt 2.14' are not sessions"),

        tg("bg178", "2027-03-16T08:30", "Hampus Lövgren", "4420817763",
           """Tjena! Johanna Borg hos oss i Avesta är anmäld till 3 maj. Hon vill lägga till träffen i november också. Hon har ingen telegram därför skriver jag""",
           X("change", [P("Johanna Borg", None, "Avesta kommun")], [S1, S3]),
           "colleague adds a session to someone's existing signup -> change; sessions after the change = 3 May + "
           "29 Nov"),

        mail("bg179", "2026-12-11T10:20", ("Rättviks kommun", "info@rattvik.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Vi har stämt av inbjudan med samhällsbyggnadsavdelningen. Från Rättvik vill Anton Bergman (planerare) och Lovisa Sahlin (kommunekolog) vara med på höstens träffar.

Mvh
Kommunkontoret
Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-700 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:05
Till: info@rattvik.se
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Träffar:
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Sista dag för anmälan är 14 april 2027. Upp till tre personer per kommun.

Välkomna!
Linnea Hassis, Region Dalarna
""",
             X("register", [P("Anton Bergman", None, "Rättviks kommun"), P("Lovisa Sahlin", None, "Rättviks kommun")],
               [S2, S3]),
             "info@ mailbox replies to the invitation for two colleagues; 'höstens träffar' = 21 Sep + 29 Nov; the "
             "quoted invitation lists all four dates and is not the signup"),

        tg("bg180", "2027-04-05T21:14", "P H", "6014483927",
           """Hej, skriver från privata telefonen. Patrik Holm heter jag, chef för planenheten i Ludvika. Anmäl mig och vår praktikant Wilma Dahlqvist till träffen 29/11.""",
           X("register", [P("Patrik Holm", None, "Ludvika kommun"), P("Wilma Dahlqvist", None, "Ludvika kommun")],
             [S3]),
           "manager registers himself and an intern; his name comes from the text, not the initials display "
           "name; 'planenheten i Ludvika' -> Ludvika kommun for both"),
    ]
