from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INVITATION_QUOTE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 10:02
Till: Grönlund Marita <marita.gronlund@avesta.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab. Under fyra träffar arbetar vi
med planeringsstrategier och strategisk översiktsplanering.

Träff 1: 3 maj 2027, Falun (tillsammans med Boverket)
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 genom att svara på detta mejl.

Hälsningar
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("y001", "2027-02-01T08:14:00", ("Grönlund Marita", "marita.gronlund@avesta.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan! Jag vill gärna vara med i lärprojektet. Vi har precis dragit igång arbetet med en ny ÖP så det här
kommer lägligt.

Vänliga hälsningar
Marita Grönlund
Planarkitekt
Samhällsbyggnadsförvaltningen
Avesta kommun
774 81 Avesta
Tfn 0226-64 50 00

""" + INVITATION_QUOTE,
             X("register", [P("Marita Grönlund", "marita.gronlund@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply to the invitation, surname-first display name; no dates in her own text -> all four; "
             "quoted invitation lists all dates, the deadline and the quota"),

        tg("y002", "2027-02-01T21:47:00", "Johan Eriksson", 6120334,
           "Hej! Johan Eriksson, översiktsplanerare i Orsa. Jag vill anmäla mig till första och tredje träffen "
           "(3 maj + 29 nov). Glutenfri kost om det bjuds på mat 🙏",
           X("register", [P("Johan Eriksson", None, "Orsa kommun")], [S1, S3], diet="glutenfri"),
           "Telegram evening signup; 'första och tredje' confirmed by dates; diet; org from 'i Orsa'"),

        mail("y003", "2027-02-02T13:05:00", ("Helena Bäckström", "helena.backstrom@borlange.se"),
             "Anmälan två deltagare från Borlänge",
             """Hej,

Jag vill anmäla två medarbetare från plan- och bygglovsavdelningen till DalaLab:

- Ahmed Al-Sayed, planarkitekt
- Frida Holm, frida.holm@borlange.se, översiktsplanerare

De deltar på samtliga träffar. Själv har jag tyvärr inte möjlighet att vara med, men jag håller mig
uppdaterad via dem.

Hälsningar
Helena Bäckström
Enhetschef Plan
Borlänge kommun
Röda vägen 50, 781 81 Borlänge""",
             X("register", [P("Ahmed Al-Sayed", None, "Borlänge kommun"),
                            P("Frida Holm", "frida.holm@borlange.se", "Borlänge kommun")], ALL),
             "manager signs up two staff and explicitly not herself; one colleague without address, hyphenated surname; "
             "'samtliga träffar' -> all four; street number/postcode not dates"),

        mail("y004", "2027-02-03T07:32:00", ("Åsa Rask", "asa.rask@alvdalen.se"), "Fråga om digitalt deltagande",
             """God morgon!

Jag funderar på att anmäla mig till DalaLab, men det är drygt två timmars bilresa från Älvdalen till Falun och
att åka fram och tillbaka samma dag blir långt. Finns det möjlighet att delta digitalt, via Teams eller liknande,
på någon eller alla träffar?

Tacksam för svar innan jag bestämmer mig.

Åsa Rask
Samhällsplanerare, Älvdalens kommun""",
             X("question"),
             "question about digital participation before deciding ('funderar på att anmäla mig') -> no signup"),

        mail("y005", "2027-03-01T08:01:00", ("Per-Anders Lindkvist", "per-anders.lindkvist@leksand.se"),
             "Autosvar: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej!

Jag är ledig under sportlovet vecka 9 och är tillbaka på kontoret måndag 8 mars. Jag läser inte min e-post
under tiden.

Vid brådskande ärenden, kontakta Leksands kommuns växel 0247-800 00 eller bygglov@leksand.se.

Med vänlig hälsning
Per-Anders Lindkvist
Leksands kommun""",
             X("auto_reply"),
             "sportlov out-of-office answering the reminder (no auto headers, only 'Autosvar:' subject); "
             "'14 april' and '8 mars' are not sessions"),

        tg("y006", "2027-02-03T12:18:00", "Sanna Lindholm", 7781002,
           "hej! går det att byta min plats från 21/9 till 29/11? jobbar i Säter /Sanna",
           X("change", [P("Sanna Lindholm", None, "Säters kommun")], [S3]),
           "bare swap phrased as a question -> change, only the new session; name from sender display; org 'i Säter'"),

        mail("y007", "2027-02-04T16:40:00", ("Patrik Wessman", "patrik.wessman@falun.se"), "Anmälan",
             """<div dir="ltr">Hej Linnea!<br><br>Jag anmäler mig härmed till DalaLab, alla fyra träffarna. \
Jag äter vegetariskt.<br><br>Hälsningar<br>Patrik</div><div><br></div>--<br>
<div><b>Patrik Wessman</b><br>Strateg, Stadsbyggnadsförvaltningen<br>Falu kommun<br>
023-83 000 | <a href="mailto:patrik.wessman@falun.se">patrik.wessman@falun.se</a></div>""",
             X("register", [P("Patrik Wessman", "patrik.wessman@falun.se", "Falu kommun")], ALL, diet="vegetariskt"),
             "HTML-only Gmail-style mail; 'alla fyra träffarna'; diet 'vegetariskt'", html=True),

        mail("y008", "2027-02-05T10:21:00", ("Therese Ahl", "therese.ahl@ludvika.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag såg precis att vi har en studieresa med byggnadsnämnden inbokad den 22 februari 2028, så jag kommer tyvärr
inte kunna vara med på den sista träffen. De övriga tre går jag på som planerat.

/Therese

Den 18 jan. 2027 kl. 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Therese!
> Tack för din anmälan till DalaLab. Du är anmäld till:
> 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
> Välkommen!
> Linnea""",
             X("cancel", [P("Therese Ahl", "therese.ahl@ludvika.se", "Ludvika kommun")], [S4]),
             "partial cancellation of the last session in a reply to the confirmation; quoted confirmation lists all "
             "four; 'övriga tre' stay"),

        tg("y009", "2027-02-06T09:55:00", "Tomasz Nowak", 5530091,
           "Hello! My name is Tomasz Nowak, I work as a planner at Smedjebacken municipality. I would like to register "
           "for the May and September meetings (3 May, 21 Sept). I am vegan. Thank you!",
           X("register", [P("Tomasz Nowak", None, "Smedjebackens kommun")], [S1, S2], diet="vegan"),
           "English Telegram signup, Saturday morning; 'Smedjebacken municipality'; two sessions; vegan"),

        mail("y010", "2027-02-08T11:03:00", ("Kristoffer Ljung", "kristoffer.ljung@regiondalarna.se"),
             "DalaLab – anmälan",
             """Hej Linnea!

Skriv upp mig på DalaLab, men inte första träffen – jag är på utbildning i Karlstad hela den veckan. Resten
är jag med på.

Kristoffer

Kristoffer Ljung
Regional utveckling, Samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
Mobil 070-123 45 67""",
             X("register", [P("Kristoffer Ljung", "kristoffer.ljung@regiondalarna.se", "Region Dalarna")],
               [S2, S3, S4]),
             "internal colleague tone; 'inte första träffen ... Resten' -> sessions 2-4 without any date written; "
             "box number and phone digits"),

        mail("y011", "2027-02-09T14:27:00", ("Gunilla Eriksson-Vikström", "gunilla.eriksson-vikstrom@hedemora.se"),
             "Praktiska frågor inför 3 maj",
             """Hej!

Jag är redan anmäld (tillsammans med två kollegor) och har några praktiska frågor:

1. Var i Falun hålls den första träffen? I inbjudan står bara Falun.
2. Ingår lunch, eller ska vi ordna det själva?
3. Fika från 09.30 – betyder det att vi kan komma då, eller startar programmet tidigare?

Tack på förhand!
Gunilla Eriksson-Vikström
Hedemora kommun""",
             X("question"),
             "numbered questions (venue in Falun, lunch, fika time) from an already registered person; "
             "subject names 3 May -> question, no sessions"),

        tg("y012", "2027-02-10T19:12:00", "Ingrid Backlund", 3310457,
           "Hej. Jag har slutat på kommunen och vill att ni raderar mina personuppgifter ur era register för "
           "DalaLab. Tack.",
           X("erasure", [P("Ingrid Backlund", None, None)]),
           "erasure via Telegram; 'kommunen' unnamed -> organisation null; name from sender"),

        mail("y013", "2027-02-11T08:50:00", ("Lars Mattsson", "lars.mattsson@mora.se"), "Anmälan Mora kommun (3 pers)",
             """Hej,

Vi blir tre från Mora kommun som vill delta i DalaLab, alla fyra träffarna:

Lars Mattsson (jag) – laktosfri
Per Olsson, per.olsson@mora.se
Nadia Karimi, nadia.karimi@mora.se – vegetarisk

Hör av dig om något saknas.

Mvh
Lars Mattsson
Planeringschef
Mora kommun""",
             X("register", [P("Lars Mattsson", "lars.mattsson@mora.se", "Mora kommun", diet="laktosfri"),
                            P("Per Olsson", "per.olsson@mora.se", "Mora kommun"),
                            P("Nadia Karimi", "nadia.karimi@mora.se", "Mora kommun", diet="vegetarisk")],
               ALL, diet="laktosfri, vegetarisk"),
             "sender plus two colleagues in a list (full quota), per-person diets for two of three; all four"),

        tg("y014", "2027-02-11T22:05:00", "Elsa Mårtensson", 8844120,
           "Anmäler mig till träffen om tillgänglighet (rumslig närhet, mobilitet osv). Elsa Mårtensson, Rättviks kommun",
           X("register", [P("Elsa Mårtensson", None, "Rättviks kommun")], [S4]),
           "session named only by its theme (accessibility) -> 22 Feb 2028"),

        mail("y015", "2027-02-22T07:15:00", ("Johanna Skog", "johanna.skog@gagnef.se"),
             "Frånvaro/Out of office: Fråga om er anmälan till DalaLab",
             """Tack för ditt mejl. Jag är på sportlovsledighet 22–26 februari och har begränsad tillgång till e-post.
Ditt meddelande vidarebefordras inte, men jag svarar så snart jag är tillbaka.

Thank you for your e-mail. I am out of office 22–26 February with limited access to e-mail.

Johanna Skog
Gagnefs kommun""",
             X("auto_reply"),
             "bilingual sportlov out-of-office; '22–26 februari' (2027) resembles the 22 Feb 2028 session"),

        mail("y016", "2027-02-12T15:33:00", ("Camilla Nordin", "camilla.nordin@vansbro.se"), "Byte av deltagare 3 maj",
             """Hej Linnea,

Jag är anmäld till DalaLab men kan inte delta den 3 maj på grund av en krock med ett samrådsmöte. Min kollega
Lars-Göran Pettersson (lars-goran.pettersson@vansbro.se) går i mitt ställe den dagen. Resterande träffar går
jag själv på som vanligt.

Tack!
Camilla Nordin
Vansbro kommun""",
             X("change", [P("Camilla Nordin", "camilla.nordin@vansbro.se", "Vansbro kommun"),
                          P("Lars-Göran Pettersson", "lars-goran.pettersson@vansbro.se", "Vansbro kommun")], [S1]),
             "substitution for one session only; people = withdrawn sender and substitute; sessions = what the "
             "substitute takes (3 May)"),

        tg("y017", "2027-02-13T10:40:00", "Ali Rezaei", 6092218,
           "Hej, hur tar man sig enklast till lokalen i Falun från stationen? Och finns det parkering om man kör bil? 🚗",
           X("question"),
           "travel/parking question via Telegram"),

        mail("y018", "2027-02-15T09:00:00", ("Eva-Lena Wiklund", "eva-lena.wiklund@lansstyrelsen.se"),
             "Anmälan till lärprojektet DalaLab",
             """Hej,

Härmed anmäler jag mig till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, samtliga
fyra träffar.

Jag arbetar som handläggare med översiktsplanering och riksintressen på Länsstyrelsen och ser gärna att
länsstyrelsens perspektiv finns med i samtalen.

Med vänliga hälsningar

Eva-Lena Wiklund
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
Postadress: 791 84 Falun
Besöksadress: Åsgatan 38
Telefon: 010-225 00 00""",
             X("register", [P("Eva-Lena Wiklund", "eva-lena.wiklund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "formal Länsstyrelsen signup, 'samtliga fyra träffar'; signature with postcode, street number, phone"),

        mail("y019", "2027-02-15T17:48:00", ("Jonny Hedin", "jonny.hedin@malung-salen.se"), "anmalan dalalab",
             """Hej

Anmaler mig till traffarna 3/5 och 21/9. Kan tyvarr inte de andra tva pga andra moten.

Jonny Hedin
Malung-Salens kommun

Skickat fran min iPhone""",
             X("register", [P("Jonny Hedin", "jonny.hedin@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "phone mail without å/ä/ö ('Malung-Salens', 'traffarna'); numeric dates 3/5 and 21/9"),

        tg("y020", "2027-02-16T12:02:00", "Karin D", 4410982,
           "Hej! Vi är två från Leksands kommun som vill vara med på alla fyra träffar: jag, Karin Dahl, och min "
           "kollega Emil Forsgren (emil.forsgren@leksand.se).",
           X("register", [P("Karin Dahl", None, "Leksands kommun"),
                          P("Emil Forsgren", "emil.forsgren@leksand.se", "Leksands kommun")], ALL),
           "Telegram pair signup; sender display name is abbreviated, full name in text; colleague's address given"),

        mail("y021", "2027-02-17T08:05:00", ("Rolf Sundberg", "rolf.sundberg@hedemora.se"), "Avanmälan",
             """Hej!

Tyvärr har det blivit ändrade förutsättningar hos oss och jag måste avanmäla mig från DalaLab. Jag hoppas att
någon annan från Hedemora kan ta platsen, jag har pratat med min chef om det.

Rolf Sundberg
Hedemora kommun""",
             X("cancel", [P("Rolf Sundberg", "rolf.sundberg@hedemora.se", "Hedemora kommun")], ALL),
             "full cancellation, no session named -> all four; hoped-for replacement is unnamed, no substitution"),

        mail("y022", "2027-03-02T13:14:00", ("Linda Åkerlund", "linda.akerlund@sater.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej Linnea!

Tack för påminnelsen, jag hade helt glömt bort att anmäla mig. Jag vill gärna vara med på höstens båda träffar.
Våren är tyvärr fullbokad för mig.

Hälsningar
Linda Åkerlund
Säters kommun
0225-550 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: måndag 1 mars 2027 08:00
Ämne: Påminnelse: sista dag för anmälan till DalaLab är 14 april

Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är onsdag 14 april 2027. Träffarna är:
- 3 maj 2027 i Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Max tre deltagare per kommun. Välkommen med din anmälan!

Linnea Hassis, Region Dalarna""",
             X("register", [P("Linda Åkerlund", "linda.akerlund@sater.se", "Säters kommun")], [S2, S3]),
             "reply to the reminder; 'höstens båda träffar' = 21 Sep + 29 Nov; quoted reminder lists all dates"),

        tg("y023", "2027-02-18T07:20:00", "Oskar Lund", 9012773,
           "God morgon! Jag är anmäld till 3 maj och 21 sept. Ville bara meddela att jag har blivit vegetarian sen "
           "jag anmälde mig 🌱 /Oskar, Avesta",
           X("change", [P("Oskar Lund", None, "Avesta kommun")], [S1, S2], diet="vegetarian"),
           "diet update for an existing signup -> change; sessions are the ones he states he holds"),

        mail("y024", "2027-02-18T15:52:00", ("Henrik Bergman", "henrik.bergman@falun.se"), "Program för första träffen?",
             """Hej,

Finns det ett mer detaljerat program för träffen den 3 maj? Jag undrar framför allt vilka från Boverket som
medverkar och om vi förväntas förbereda något, t.ex. ta med vår egen planeringsstrategi eller ÖP-underlag.

Jag är anmäld sedan tidigare.

Mvh Henrik Bergman
Falu kommun, Samhällsbyggnadsförvaltningen""",
             X("question"),
             "programme question naming 3 May from an already registered person -> question, no sessions"),

        mail("y025", "2027-02-19T10:30:00", ("Maja Hellström", "maja.hellstrom@sandviken.se"),
             "Anmälan DalaLab från Sandviken",
             """Hej!

Jag fick tips om DalaLab av en kollega i Borlänge. Jag arbetar med översiktsplanering i Sandvikens kommun och
skulle gärna vilja delta, om det är öppet även för kommuner utanför Dalarna. Anmäl mig i så fall till alla
fyra träffarna.

Vänliga hälsningar
Maja Hellström
Sandvikens kommun""",
             X("register", [P("Maja Hellström", "maja.hellstrom@sandviken.se", None)], ALL),
             "signup from a municipality outside Dalarna -> organisation null (Borlänge is only where the tip came "
             "from); conditional but explicit 'Anmäl mig'"),

        tg("y026", "2027-02-20T16:16:00", "Magnus Öberg", 2207711,
           "Kan tyvärr inte komma den 29 november, krockar med KF. Övriga träffar står kvar. Magnus Öberg, Ludvika",
           X("cancel", [P("Magnus Öberg", None, "Ludvika kommun")], [S3]),
           "partial cancellation via Telegram, one session"),

        mail("y027", "2027-02-22T13:37:00", ("Sofia Lindqvist", "sofia.lindqvist@falun.se"), "Anmälan från Falun",
             """Hej Linnea,

Vi är fyra på översiktsplaneenheten i Falun som är intresserade av DalaLab, och jag anmäler oss härmed till
samtliga träffar:

Sofia Lindqvist
Mohammed Haddad
Jenny Andersson
Björn Ek

Jag såg att det står upp till tre per kommun, men vi hoppas att det går att göra ett undantag eftersom
träffarna är här i Falun. Om inte får Björn stå på reservlistan.

Vänliga hälsningar
Sofia Lindqvist
Falu kommun""",
             X("register", [P("Sofia Lindqvist", "sofia.lindqvist@falun.se", "Falu kommun"),
                            P("Mohammed Haddad", None, "Falu kommun"),
                            P("Jenny Andersson", None, "Falu kommun"),
                            P("Björn Ek", None, "Falu kommun")], ALL),
             "four from one municipality (over the quota of three), sender first in the bare-name list; Björn "
             "offered as reserve is still among those asked for"),

        mail("y028", "2027-02-23T09:41:00", ("Birgitta Olausson", "birgitta.olausson@orsa.se"), "VB: DalaLab",
             """Hej,

Vidarebefordrar från vår planarkitekt Dragan, som har bett mig skicka in hans anmälan. Se nedan.

Birgitta Olausson
Administratör, Samhällsbyggnad
Orsa kommun

Från: Dragan Petrović <dragan.petrovic@orsa.se>
Skickat: den 22 februari 2027 18:03
Till: Olausson Birgitta <birgitta.olausson@orsa.se>
Ämne: DalaLab

Hej Birgitta, kan du skicka min anmälan till Region Dalarna? Jag vill gå på 3 maj och 22 feb 2028. Tack! /Dragan""",
             X("register", [P("Dragan Petrović", "dragan.petrovic@orsa.se", "Orsa kommun")], [S1, S4]),
             "administrator forwards a colleague's request; sender not registered; sessions and address only in the "
             "forwarded part; forward header date 22 februari 2027 is not a session"),

        tg("y029", "2027-02-24T20:30:00", "Tove Engström", 1188234,
           "Hej! Blir det lunch på alla träffarna eller bara fika? Och vilket datum är sista anmälan? 😊",
           X("question"),
           "lunch and deadline question via Telegram"),

        mail("y030", "2027-02-25T11:11:00", ("Giulia Romano", "giulia.romano@regiondalarna.se"), "Registration – DalaLab",
             """Dear Linnea,

I'd like to sign up for DalaLab. I joined Region Dalarna's spatial planning unit in January, so I'm still
learning Swedish – I hope it's fine that I write in English. I can join all four sessions.

One important thing: I have a severe nut allergy, so please let the caterer know.

Best regards,
Giulia Romano
Spatial planner | Region Dalarna""",
             X("register", [P("Giulia Romano", "giulia.romano@regiondalarna.se", "Region Dalarna")], ALL,
               diet="severe nut allergy"),
             "English signup from a new Region employee; all four; diet in English"),

        mail("y031", "2027-02-26T08:29:00", ("Sigrid Halvarsson", "sigrid.halvarsson@rattvik.se"), "Lägga till en träff",
             """Hej Linnea!

Jag anmälde mig i december till den första träffen (3 maj). Nu har jag sett att den 29 november handlar om att
planera för osäkerheter, vilket är precis vad vi brottas med i vår ÖP-revidering – så jag vill gärna lägga
till den också om det finns plats.

Tack!
Sigrid Halvarsson
Rättviks kommun""",
             X("change", [P("Sigrid Halvarsson", "sigrid.halvarsson@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "adds a session to an existing signup -> change; sessions after the change = 3 May + 29 Nov"),

        tg("y032", "2027-02-27T14:50:00", "Leila N", 7400318,
           "Anmäler mig till alla tillfällen! Leila Nasser, Borlänge kommun, leila.nasser@borlange.se",
           X("register", [P("Leila Nasser", "leila.nasser@borlange.se", "Borlänge kommun")], ALL),
           "terse Telegram signup with e-mail address in the text; 'alla tillfällen'"),

        mail("y033", "2027-03-03T10:12:00", ("Sven-Åke Grönberg", "sven-ake.gronberg@alvdalen.se"), "ANMÄLAN DALALAB",
             """Hej.

Undertecknad anmäler sig till DalaLab, träffarna den 3 maj 2027 och den 29 november 2027. Övriga datum har jag
redan andra åtaganden.

Med vänlig hälsning

Sven-Åke Grönberg
Planeringsarkitekt
Älvdalens kommun
Box 14, 796 21 Älvdalen""",
             X("register", [P("Sven-Åke Grönberg", "sven-ake.gronberg@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "formal 'Undertecknad' style, capitals subject, ISO-8859-1; two full dates", charset="iso-8859-1"),

        mail("y034", "2027-03-04T11:45:00", ("Jesper Lundin", "jesper.lundin@borlange.se"), "Fråga om antal platser",
             """Hej!

Vi är några på Borlänge kommun som är intresserade av DalaLab. Jag har förstått att två från vår planavdelning
redan är anmälda. Gäller gränsen på tre personer per kommun per träff eller för hela lärprojektet? Om det är
per träff skulle vi kunna turas om, t.ex. att jag går den 21 september och en kollega den 29 november.

Innan jag anmäler mig vill jag veta hur det fungerar.

Jesper Lundin
Trafikplanerare, Borlänge kommun""",
             X("question"),
             "quota question with hypothetical dates; 'Innan jag anmäler mig' -> no signup"),

        tg("y035", "2027-03-05T09:02:00", "Mikael Strömberg", 3356789,
           "Hej! Jag kan inte den 3 maj, så Sofie Berg, min kollega här på Malung-Sälens kommun, tar min plats den "
           "dagen. Hon nås på sofie.berg@malung-salen.se. /Mikael",
           X("change", [P("Mikael Strömberg", None, "Malung-Sälens kommun"),
                        P("Sofie Berg", "sofie.berg@malung-salen.se", "Malung-Sälens kommun")], [S1]),
           "Telegram substitution for one session; sender (name from display) out, colleague in; org from "
           "'min kollega här på Malung-Sälens kommun'"),

        mail("y036", "2027-03-08T13:20:00", ("Roger Lind", "roger.lind@smedjebacken.se"), "SV: Anmälan DalaLab",
             """Hej,

Jag hänger på Anna! Anmäl mig till samma träffar som hon.

Roger Lind
Miljö- och byggkontoret, Smedjebackens kommun

Från: Anna Kuusela <anna.kuusela@smedjebacken.se>
Skickat: den 8 mars 2027 10:05
Till: linnea.hassis@regiondalarna.se
Kopia: Roger Lind <roger.lind@smedjebacken.se>
Ämne: Anmälan DalaLab

Hej Linnea!

Jag vill anmäla mig till träffarna 21 september och 29 november. Roger Lind på miljö- och byggkontoret
kanske också hör av sig.

Vänliga hälsningar
Anna Kuusela
Smedjebackens kommun""",
             X("register", [P("Roger Lind", "roger.lind@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "reply-all to a colleague's own signup: 'samma träffar som hon' takes the sessions from the quoted mail; "
             "Anna signed up herself and is not among people"),

        tg("y037", "2027-03-09T18:44:00", "Rahul Mehta", 8123456,
           "hey, can i join the autumn session? rahul mehta, region dalarna 🙂",
           X("register", [P("Rahul Mehta", None, "Region Dalarna")], [S2, S3], unsure=["sessions"]),
           "lower-case English; 'the autumn session' (singular) while there are two autumn sessions -> both, unsure"),

        mail("y038", "2027-03-10T10:10:00", ("Ulrika Persson", "ulrika.persson@gagnef.se"), "Avanmälan Birgitta Sjögren",
             """Hej Linnea,

Jag vill avanmäla vår kollega Birgitta Sjögren från DalaLab. Hon har gått på föräldraledighet tidigare än
planerat och kommer inte att kunna delta på någon av träffarna. Vi återkommer om vi vill skicka någon annan i
hennes ställe.

Vänligen
Ulrika Persson
Avdelningschef, Samhällsbyggnad
Gagnefs kommun""",
             X("cancel", [P("Birgitta Sjögren", None, "Gagnefs kommun")], ALL),
             "manager cancels a colleague (sender not in people); 'någon av träffarna' -> all four; no substitute"),

        tg("y039", "2027-03-11T12:12:00", "Emir Hodžić", 2019283,
           "Spelas föreläsningarna in? Jag kan tyvärr inte åka till Falun i maj men skulle gärna se Boverkets "
           "dragning i efterhand.",
           X("question"),
           "recording/digital question; 'kan inte åka ... i maj' from someone not said to be registered -> question, "
           "not a cancellation"),

        mail("y040", "2027-03-12T07:55:00", ("Ebba Karlsson", "ebba.karlsson@ludvika.se"), "Anmälan till DalaLab 3 maj",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag vill anmäla mig till första träffen i Falun den 3 maj. Jag är glutenintolerant och
laktosintolerant, så det vore bra om fikat och lunchen kan anpassas.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vänliga hälsningar</p>
<p class="MsoNormal"><b>Ebba Karlsson</b><br>Översiktsplanerare<br>Ludvika kommun<br>
Tel: 0240-860 00</p>
</div></body></html>""",
             X("register", [P("Ebba Karlsson", "ebba.karlsson@ludvika.se", "Ludvika kommun")], [S1],
               diet="glutenintolerant och laktosintolerant"),
             "Outlook HTML-only signup for the first session only; two intolerances", html=True),

        tg("y041", "2027-03-14T21:03:00", "Annelie Sundqvist-Berg", 4455667,
           "Hej, vill anmäla mig till träffarna 21.9 och 22.2. Hälsningar Annelie Sundqvist-Berg, Hedemora",
           X("register", [P("Annelie Sundqvist-Berg", None, "Hedemora kommun")], [S2, S4]),
           "Sunday-evening Telegram signup; dotted dates 21.9 and 22.2; double surname"),

        mail("y042", "2027-03-16T09:28:00", ("Niklas Forsman", "niklas.forsman@avesta.se"), "DalaLab",
             """Hej!

Jag vill anmäla mig till DalaLab, alla fyra gångerna. Min kollega Yasmin Abdi vill också vara med, men hon
skickar in sin egen anmälan när hon är tillbaka från semestern så att hon kan fylla i sin kost själv.

/Niklas Forsman
GIS-samordnare
Avesta kommun""",
             X("register", [P("Niklas Forsman", "niklas.forsman@avesta.se", "Avesta kommun")], ALL),
             "self-signup; colleague named but will sign up separately -> not among people"),

        mail("y043", "2027-03-18T16:05:00", ("Karolina Wallin", "karolina.wallin@vansbro.se"),
             "Har min anmälan kommit fram?",
             """Hej,

Jag skickade en anmälan till DalaLab i slutet av januari men har inte fått någon bekräftelse. Kan du kolla att
jag finns med? Jag anmälde mig till alla träffar.

Karolina Wallin
Vansbro kommun""",
             X("question", unsure=["intent"]),
             "asks whether an earlier signup arrived; reads as a status question, though an organiser not finding "
             "her might register her -> unsure intent"),

        tg("y044", "2027-03-22T17:30:00", "Hampus Wik", 6677889,
           "hej, måste tyvärr avanmäla mig från alla träffar, har fått nytt jobb i Uppsala från april. tack ändå och "
           "lycka till med projektet! /Hampus",
           X("cancel", [P("Hampus Wik", None, None)], ALL),
           "full cancellation via Telegram; no organisation given (Uppsala is the new job) -> null"),

        mail("y045", "2027-03-29T14:02:00", ("Ingela Hjort", "ingela.hjort@leksand.se"), "Äntligen min anmälan :)",
             """Hej Linnea!

Förlåt att jag är sen – det har varit en galen vinter med bygglovsrusning och en sjukskrivning på enheten. Men
nu: jag vill väldigt gärna vara med i DalaLab!

Jag är ledig 14–25 april (Mallorca!) och tyvärr går inte den 21 september heller, då har vi vår stora
landsbygdsdag i Leksand som jag är projektledare för. Så anmäl mig till 3 maj, 29 november och 22 februari,
tack.

Äter allt, inga allergier.

Ha det fint i vårsolen!
Ingela Hjort
Landsbygdsutvecklare / planerare
Leksands kommun
Tfn 0247-802 15""",
             X("register", [P("Ingela Hjort", "ingela.hjort@leksand.se", "Leksands kommun")], [S1, S3, S4]),
             "chatty late signup; excluded 21 Sep and a leave period 14–25 April are not sessions; three sessions "
             "named; 'äter allt' -> no diet"),
    ]
