from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
> utvecklingskraft. Projektet består av fyra träffar: 3 maj 2027 i Falun,
> 21 september 2027, 29 november 2027 och 22 februari 2028. Kl. 10–15, fika från 09.30.
>
> Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027.
>
> Välkomna!
> Linnea Hassis
> Region Dalarna"""


def messages():
    return [
        mail("g046", "2026-12-02T08:47", ("Lindström Malin", "malin.lindstrom@borlange.se"), "SV: Inbjudan DalaLab",
             """Hej Linnea,

Vi vill gärna vara med från Borlänge! Anmäl mig och mina två kollegor på planenheten:

Jesper Holm, jesper.holm@borlange.se
Yasmin Darwish, yasmin.darwish@borlange.se

Vi kör på alla fyra träffarna.

Vänliga hälsningar
Malin Lindström
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel 0243-740 00 | Mobil 070-312 45 98

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Ämne: Inbjudan DalaLab

""" + INV,
             X("register", [P("Malin Lindström", "malin.lindstrom@borlange.se", "Borlänge kommun"),
                            P("Jesper Holm", "jesper.holm@borlange.se", "Borlänge kommun"),
                            P("Yasmin Darwish", "yasmin.darwish@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply: sender + two colleagues with addresses; 'alla fyra'; quoted invitation below"),

        mail("g047", "2026-12-08T10:15", ("Birgitta Söderlund", "birgitta.soderlund@mora.se"), "Anmälan från Mora kommun",
             """Hej!

På uppdrag av samhällsbyggnadschef Anders Nilsson anmäler jag följande medarbetare till DalaLab:

- Anders Nilsson, samhällsbyggnadschef
- Kristin Mattsson, översiktsplanerare
- Robin Eriksson, planarkitekt

De deltar på träffarna den 3 maj och den 21 september. Om de två senare träffarna återkommer vi efter budgetbeslutet.

Alla når ni på förnamn.efternamn@mora.se.

Med vänlig hälsning

Birgitta Söderlund
Administratör/assistent
Samhällsbyggnadsförvaltningen
Mora kommun
0250-260 00""",
             X("register", [P("Anders Nilsson", "anders.nilsson@mora.se", "Mora kommun"),
                            P("Kristin Mattsson", "kristin.mattsson@mora.se", "Mora kommun"),
                            P("Robin Eriksson", "robin.eriksson@mora.se", "Mora kommun")], [S1, S2]),
             "assistant registers manager + two (not herself); address pattern förnamn.efternamn@mora.se; 3 maj + 21 sep"),

        mail("g048", "2026-12-09T13:32", ("Sofie Andersson", "sofie.andersson@leksand.se"), "DalaLab",
             """Hej

Jag och min kollega Erik Hedin på Leksands kommun vill anmäla oss till de två första träffarna (maj och september).

Erik äter vegetariskt, jag äter allt :)

/Sofie

--
Sofie Andersson
Planeringsarkitekt, Leksands kommun
Box 500, 793 27 Leksand""",
             X("register", [P("Sofie Andersson", "sofie.andersson@leksand.se", "Leksands kommun"),
                            P("Erik Hedin", None, "Leksands kommun", diet="vegetariskt")], [S1, S2],
               diet="vegetariskt"),
             "self + colleague without address; 'de två första träffarna'; colleague's diet only"),

        mail("g049", "2026-12-11T09:05", ("Johanna Wiik", "johanna.wiik@sater.se"), "Anmälan Säter + Hedemora",
             """Hej Linnea!

Säter och Hedemora jobbar ju ihop med den gemensamma översiktsplanen, så vi tänkte gå på DalaLab tillsammans.

Anmäl gärna:
Johanna Wiik, Säters kommun (jag)
Karin Lundh, Hedemora kommun – karin.lundh@hedemora.se

Vi vill vara med på hela serien.

Tack på förhand!
Johanna

Johanna Wiik
Översiktsplanerare | Säters kommun
Rådhusgatan 1, 783 27 Säter
0225-550 00""",
             X("register", [P("Johanna Wiik", "johanna.wiik@sater.se", "Säters kommun"),
                            P("Karin Lundh", "karin.lundh@hedemora.se", "Hedemora kommun")], ALL),
             "two organisations in one mail (Säter sender + Hedemora colleague); 'hela serien' = all four"),

        mail("g050", "2027-01-11T15:44", ("Lars Ståhl", "lars.stahl@falun.se"), "Reserv DalaLab?",
             """Hej Linnea,

Vi är redan tre från Falu kommun som är anmälda (jag, Cecilia Brandt och Tomas Wik), så jag förstår att vi har fyllt vår kvot. Men vår nyanställda planerare Lina Moberg (lina.moberg@falun.se) är väldigt intresserad – kan ni sätta upp henne som reserv till alla träffarna om någon plats blir ledig?

Hälsningar
Lars Ståhl
Enhetschef strategisk planering
Falu kommun""",
             X("register", [P("Lina Moberg", "lina.moberg@falun.se", "Falu kommun")], ALL),
             "already-registered three not in people; new colleague asked as reserve -> register her (wait-list is the rules' business)"),

        tg("g051", "2027-01-13T20:17", "Hampus Dahlgren", 6011458823,
           """tja! anmäler mig o kollegan petra sundin, båda från orsa kommun. 3/5 och 29/11 👍""",
           X("register", [P("Hampus Dahlgren", None, "Orsa kommun"), P("Petra Sundin", None, "Orsa kommun")],
             [S1, S3]), "telegram: sender + colleague in lower case; 3/5 and 29/11"),

        mail("g052", "2027-03-02T11:20", ("Anette Persson", "anette.persson@ludvika.se"), "Byte av deltagare DalaLab",
             """Hej,

Karl Sten som var anmäld från Ludvika kommun har slutat hos oss i februari. Maja Eklöf, som har tagit över hans tjänst, går istället på alla fyra träffarna. Hennes adress är maja.eklof@ludvika.se.

Hälsningar
Anette Persson
Planchef, Ludvika kommun""",
             X("change", [P("Karl Sten", None, "Ludvika kommun"),
                          P("Maja Eklöf", "maja.eklof@ludvika.se", "Ludvika kommun")], ALL),
             "manager: colleague left, successor takes his place on all four -> change with both; sender not in people"),

        mail("g053", "2027-02-16T08:12", ("Gustav Hellström", "gustav.hellstrom@mora.se"), "Avanmälan Petter Ås",
             """Hej

Petter Ås har avslutat sin anställning hos Mora kommun och kommer alltså inte att delta i DalaLab. Stryk honom från listan. Vi återkommer om vi skickar någon annan.

Mvh
Gustav Hellström
Mora kommun""",
             X("cancel", [P("Petter Ås", None, "Mora kommun")], ALL),
             "colleague who left is withdrawn, no substitute yet -> cancel all four; possible later replacement not registered"),

        mail("g054", "2027-02-24T14:03", ("Gustav Hellström", "gustav.hellstrom@mora.se"), "Re: Avanmälan Petter Ås",
             """Hej igen,

Nu har vi hittat en ersättare för Petter: Leila Haddad, leila.haddad@mora.se, som började hos oss i måndags. Hon vill gärna gå på samtliga träffar.

Mvh
Gustav

Den 16 februari 2027 08:12 skrev Gustav Hellström <gustav.hellstrom@mora.se>:
> Hej
>
> Petter Ås har avslutat sin anställning hos Mora kommun och kommer alltså inte
> att delta i DalaLab. Stryk honom från listan. Vi återkommer om vi skickar någon annan.""",
             X("register", [P("Leila Haddad", "leila.haddad@mora.se", "Mora kommun")], ALL),
             "newcomer takes the place of a colleague cancelled in an earlier mail (quoted) -> register of the newcomer only"),

        mail("g055", "2027-03-08T16:40", ("Ronja Blom", "ronja.blom@avesta.se"), "DalaLab – kollega tar två av mina träffar",
             """Hej Linnea!

Jag är anmäld till alla fyra träffar men har fått förhinder i höst (21/9 och 29/11). Min kollega Jonas Ahl (jonas.ahl@avesta.se) går på de två träffarna i mitt ställe. Maj och februari går jag själv som planerat.

Tack!
Ronja Blom
Avesta kommun
Skickat från Outlook för iOS""",
             X("change", [P("Ronja Blom", "ronja.blom@avesta.se", "Avesta kommun"),
                          P("Jonas Ahl", "jonas.ahl@avesta.se", "Avesta kommun")], [S2, S3]),
             "partial hand-over: colleague takes two of her sessions -> change, both people, the substitute's sessions"),

        mail("g056", "2026-12-14T10:58", ("Tobias Wennberg", "tobias.wennberg@avesta.se"), "anmälan dalalab avesta",
             """Hej,

Avesta kommun anmäler följande tre personer:

Tobias Wennberg (undertecknad)
Ronja Blom
Gül Demir

Mejladresser enligt förnamn.efternamn@avesta.se (Gül utan prickar: gul.demir@avesta.se). Vi är med på alla träffar. Gül är laktosintolerant.

Mvh Tobias

Tobias Wennberg | Samhällsplanerare | Avesta kommun | 0226-64 50 00""",
             X("register", [P("Tobias Wennberg", "tobias.wennberg@avesta.se", "Avesta kommun"),
                            P("Ronja Blom", "ronja.blom@avesta.se", "Avesta kommun"),
                            P("Gül Demir", "gul.demir@avesta.se", "Avesta kommun", diet="laktosintolerant")], ALL,
               diet="laktosintolerant"),
             "three people, address pattern written out per person (with the ü exception given); one diet"),

        mail("g057", "2027-01-19T09:30", ("Helena Brodin", "helena.brodin@vansbro.se"), "Registration DalaLab – Vansbro",
             """Hi Linnea,

I would like to register myself and our external planning consultant, David Moore (david.moore@nordplan-consult.com), for DalaLab. David works on our comprehensive plan and will take one of Vansbro kommun's places. We will both attend all sessions.

Best regards,
Helena Brodin
Planning Manager
Vansbro kommun""",
             X("register", [P("Helena Brodin", "helena.brodin@vansbro.se", "Vansbro kommun"),
                            P("David Moore", "david.moore@nordplan-consult.com", "Vansbro kommun")], ALL),
             "English; consultant explicitly takes one of the municipality's places -> Vansbro kommun"),

        mail("g058", "2027-01-21T13:12", ("Åsa Nordin", "asa.nordin@regiondalarna.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag anmäler mig till DalaLab, och Per Wahlgren på Länsstyrelsen (per.wahlgren@lansstyrelsen.se) vill också vara med – han bad mig skicka med honom. Vi tar båda 3/5, 21/9 och 22/2; 29/11 krockar med länsplaneringsdagarna.

Hälsningar
Åsa Nordin
Regional utveckling
Region Dalarna""",
             X("register", [P("Åsa Nordin", "asa.nordin@regiondalarna.se", "Region Dalarna"),
                            P("Per Wahlgren", "per.wahlgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S4]),
             "Region Dalarna sender + Länsstyrelsen colleague; three numeric dates, the fourth excluded"),

        mail("g059", "2026-12-16T11:06", ("Mikael Törnqvist", "mikael.tornqvist@ludvika.se"), "Fråga om antal platser",
             """Hej,

Vi är fyra på planavdelningen som är intresserade av DalaLab. Står det fast att det är max tre per kommun, eller kan man dela platserna så att olika personer går på olika träffar? Räknas bolagen (t.ex. Ludvikahem) in i kommunens tre?

Innan vi bestämmer oss vill jag gärna veta detta.

Mikael Törnqvist
Ludvika kommun""",
             X("question", [], []),
             "question about the quota and sharing places; no one registered yet"),

        mail("g060", "2027-01-25T07:02", ("Ulrika Brandt", "ulrika.brandt@hedemora.se"), "Autosvar: SV: Anmälan DalaLab",
             """Hej!

Jag är tjänstledig t.o.m. 28 februari 2027 och läser inte min e-post.

Ärenden gällande detaljplaner: kontakta Lars Persson, lars.persson@hedemora.se
Ärenden gällande översiktsplan: kontakta Ann-Sofie Grön, 0225-340 00

Med vänlig hälsning
Ulrika Brandt
Hedemora kommun""",
             X("auto_reply", [], []),
             "Swedish out-of-office naming stand-ins with address and phone; nothing to register"),

        mail("g061", "2027-01-27T14:20", ("Camilla Jonsson", "camilla.jonsson@gagnef.se"), "Anmälan till DalaLab",
             """<html><body style="font-family:Calibri">
<p>Hej!</p>
<p>H&auml;r kommer Gagnefs anm&auml;lan till DalaLab. Alla tre g&aring;r p&aring; samtliga tr&auml;ffar.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Camilla Jonsson</td><td>camilla.jonsson@gagnef.se</td><td>&ndash;</td></tr>
<tr><td>Oskar Nyberg</td><td>oskar.nyberg@gagnef.se</td><td>Glutenfri</td></tr>
<tr><td>Frida Hall</td><td>frida.hall@gagnef.se</td><td>Laktosfri</td></tr>
</table>
<p>V&auml;nliga h&auml;lsningar<br>Camilla Jonsson<br>Samh&auml;llsbyggnad, Gagnefs kommun<br>0241-150 00</p>
</body></html>""",
             X("register", [P("Camilla Jonsson", "camilla.jonsson@gagnef.se", "Gagnefs kommun"),
                            P("Oskar Nyberg", "oskar.nyberg@gagnef.se", "Gagnefs kommun", diet="glutenfri"),
                            P("Frida Hall", "frida.hall@gagnef.se", "Gagnefs kommun", diet="laktosfri")], ALL,
               diet="glutenfri, laktosfri"),
             "HTML-only table of three incl. sender, per-person diets", html=True, charset="iso-8859-1"),

        tg("g062", "2027-03-16T18:49", "Fredrik Sjödin", 7120993451,
           """hej! jag kan inte 22 feb, min kollega anders holm går istället. vi är båda på hedemora kommun""",
           X("change", [P("Fredrik Sjödin", None, "Hedemora kommun"), P("Anders Holm", None, "Hedemora kommun")],
             [S4]), "telegram substitution for one session: sender out, colleague in for 22 Feb"),

        mail("g063", "2027-02-01T10:01", ("Maria Eriksson", "maria.eriksson@alvdalen.se"), "Ytterligare anmälan Älvdalen",
             """Hej Linnea,

Jag och Sven Olsson är redan anmälda från Älvdalens kommun och det gäller som förut. Nu vill vi lägga till vår nya kollega Rebecka Nord, rebecka.nord@alvdalen.se, till alla träffar. Då blir vi tre.

Tack!
Maria

Maria Eriksson
Samhällsplanerare
Älvdalens kommun
Dalgatan 21, 796 30 Älvdalen""",
             X("register", [P("Rebecka Nord", "rebecka.nord@alvdalen.se", "Älvdalens kommun")], ALL),
             "adds a third colleague; sender and Sven 'gäller som förut' -> not in people"),

        mail("g064", "2027-03-22T09:14", ("Josefin Kallin", "josefin.kallin@rattvik.se"), "Förhinder 29 november",
             """Hej,

Varken jag eller Ulrika Sandberg kan komma på träffen den 29 november, vi har kommunfullmäktige samma dag. Resten av träffarna är vi med på.

Hälsningar
Josefin Kallin och Ulrika Sandberg
Rättviks kommun""",
             X("cancel", [P("Josefin Kallin", "josefin.kallin@rattvik.se", "Rättviks kommun"),
                          P("Ulrika Sandberg", None, "Rättviks kommun")], [S3]),
             "two people withdraw from one session, keep the rest -> cancel of 29 Nov for both"),

        mail("g065", "2027-03-10T15:27", ("Emma Strand", "emma.strand@gagnef.se"), "Lägg till september",
             """Hej!

Jag och Simon Bäck är anmälda till första träffen 3 maj. Vi vill gärna lägga till träffen 21 september också, för oss båda.

/Emma Strand, Gagnefs kommun

Skickat från min iPhone""",
             X("change", [P("Emma Strand", "emma.strand@gagnef.se", "Gagnefs kommun"),
                          P("Simon Bäck", None, "Gagnefs kommun")], [S1, S2]),
             "two colleagues add a session to an existing signup -> change, sessions after the change"),

        mail("g066", "2027-02-03T12:49", ("Anna-Karin Lövgren", "anna-karin.lovgren@smedjebacken.se"), "VB: DalaLab",
             """Hej Linnea,

Jag själv har inte möjlighet att delta, men anmäl gärna Olof Brandt och Helena Ring från oss. Båda vill gå på första och sista träffen.

Hälsningar
Anna-Karin Lövgren
Samhällsbyggnadschef
Smedjebackens kommun

---------- Vidarebefordrat meddelande ---------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: tis 1 dec. 2026 kl 14:02
Ämne: Inbjudan DalaLab
Till: <kommunerna@regiondalarna.se>

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab. Träffar: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Anmälan senast 14 april 2027.""",
             X("register", [P("Olof Brandt", None, "Smedjebackens kommun"),
                            P("Helena Ring", None, "Smedjebackens kommun")], [S1, S4]),
             "manager forwards invitation and registers two staff, not herself; 'första och sista träffen'"),

        mail("g067", "2027-03-25T16:55", ("Lotta Grahn", "lotta.grahn@rattvik.se"), "Radera mina uppgifter",
             """Hej,

Jag slutar på Rättviks kommun den 31 mars och kommer inte att delta i DalaLab. Min kollega Josefin har redan meddelat er. Jag vill att ni raderar alla mina personuppgifter ur ert register.

Tack
Lotta Grahn""",
             X("erasure", [P("Lotta Grahn", "lotta.grahn@rattvik.se", "Rättviks kommun")], []),
             "erasure request from someone leaving the municipality; colleague mentioned only in passing"),

        tg("g068", "2027-02-05T07:41", "Sara Lind", 5098812360,
           """Hej. Anmäler mig och två kollegor: Mikael Ek och Tove Hansson. Alla tre från Malung-Sälens kommun. Vi vill gå på alla träffar""",
           X("register", [P("Sara Lind", None, "Malung-Sälens kommun"), P("Mikael Ek", None, "Malung-Sälens kommun"),
                          P("Tove Hansson", None, "Malung-Sälens kommun")], ALL),
           "telegram: sender + two colleagues, all four"),

        mail("g069", "2027-02-09T08:36", ("Persson Lars", "lars.persson@hedemora.se"), "SV: Inbjudan DalaLab",
             """Hej!

Vi blir tre från Hedemora: jag, Ann-Sofie Grön och Ulrika Brandt (ulrika.brandt@hedemora.se). Vi anmäler oss till första träffen i maj. Höstens träffar återkommer vi om när vi vet hur planeringen ser ut.

Ann-Sofie är glutenintolerant.

MVH
Lars Persson
Detaljplanearkitekt
Hedemora kommun
Tel 0225-340 00

Från: Linnea Hassis
Skickat: den 1 december 2026 14:02
Till: Lars Persson
Ämne: Inbjudan DalaLab

""" + INV,
             X("register", [P("Lars Persson", "lars.persson@hedemora.se", "Hedemora kommun"),
                            P("Ann-Sofie Grön", None, "Hedemora kommun", diet="glutenintolerant"),
                            P("Ulrika Brandt", "ulrika.brandt@hedemora.se", "Hedemora kommun")], [S1],
               diet="glutenintolerant"),
             "reply with quoted invitation; three people, one diet; 'höstens träffar' deferred, not registered"),

        mail("g070", "2027-02-12T10:22", ("Nina Karlsson", "nina.karlsson@leksand.se"), "Praktikant?",
             """Hej Linnea!

Vi har en praktikant från Samhällsplanerarprogrammet hos oss under våren, Hilda. Får hon följa med på träffen i maj, och räknas hon då in i Leksands tre platser? Hon har ingen kommunmejl.

Hälsningar
Nina Karlsson
Leksands kommun""",
             X("question", [], []),
             "question whether an intern may come and whether she counts in the quota; no signup"),

        mail("g071", "2027-02-15T06:30", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"), "Nyhetsbrev februari: Nya ÖP-modellen, kurser och seminarier",
             """Planeringsforum – Nyhetsbrev nr 2/2027

* Seminarium: Utvecklingsinriktning i praktiken, 21 september, Stockholm. Anmäl dig senast 1 september!
* Kurs: Översiktsplanering för kommunens team – ta med dina kollegor, grupprabatt från tre deltagare.
* Webbinarium 3 maj: Digital tillgänglighet i planeringen.

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum.
Avsluta prenumerationen: https://planeringsforum.se/avsluta""",
             X("unknown", [], []),
             "newsletter with session-like dates, team signup offer and 'anmäl dig' -> unknown"),

        mail("g072", "2027-02-18T13:05", ("Karlsson Henrik", "henrik.karlsson@lansstyrelsen.se"), "Anmälan DalaLab Lst",
             """Hej,

Från Lst Dalarna anmäler jag mig själv och Sanna Vik (sanna.vik@lansstyrelsen.se), enheten för samhällsplanering. Vi deltar på samtliga fyra träffar. Sanna är vegan.

Med vänliga hälsningar
Henrik Karlsson
Handläggare, samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på lansstyrelsen.se/dalarna.""",
             X("register", [P("Henrik Karlsson", "henrik.karlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Sanna Vik", "sanna.vik@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")], ALL,
               diet="vegan"),
             "'Lst Dalarna'; sender + colleague; surname-first display name; GDPR footer; colleague's diet"),

        mail("g073", "2027-03-04T11:48", ("Jonas Åberg", "jonas.aberg@orsa.se"), "Kost för Eva Mård",
             """Hej,

Min kollega Eva Mård, som är anmäld till alla fyra träffarna, har nyss fått diagnosen celiaki. Kan ni notera glutenfri kost för henne?

Tack,
Jonas Åberg
Orsa kommun""",
             X("change", [P("Eva Mård", None, "Orsa kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "colleague's diet update for an existing signup (sessions stated) -> change; sender not in people"),

        mail("g074", "2027-04-07T08:20", ("Kerstin Lind", "kerstin.lind@alvdalen.se"), "Förhinder 3 maj – Per Öhman och Linda Ås",
             """Hej!

Samhällsbyggnadschef Per Öhman och planarkitekt Linda Ås kan tyvärr inte delta den 3 maj på grund av ett extrainsatt kommunstyrelsemöte. De kommer på övriga träffar enligt anmälan.

Med vänlig hälsning
Kerstin Lind
Assistent, Samhällsbyggnadsförvaltningen
Älvdalens kommun""",
             X("cancel", [P("Per Öhman", None, "Älvdalens kommun"), P("Linda Ås", None, "Älvdalens kommun")], [S1]),
             "assistant cancels the first session for manager and colleague; sender not in people"),

        tg("g075", "2027-02-22T21:09", "Amir Rahimi", 8021377645,
           """hi! registering me and my colleague tom berg (tom.berg@falun.se) for sept 21 and nov 29. we're both at falun municipality""",
           X("register", [P("Amir Rahimi", None, "Falu kommun"), P("Tom Berg", "tom.berg@falun.se", "Falu kommun")],
             [S2, S3]), "English telegram: sender + colleague with address; 'sept 21 and nov 29'"),

        mail("g076", "2027-02-10T14:32", ("Microsoft Outlook", "postmaster@hedemora.se"), "Olevererbart: Bekräftelse: anmälan DalaLab",
             """Leveransen till dessa mottagare eller grupper misslyckades:

ann-sofie.gron@hedemora.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:
Genererar server: HE1PR0402MB.eurprd04.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungligt meddelande:
Ämne: Bekräftelse: anmälan DalaLab
Hej Ann-Sofie Grön! Du är anmäld till DalaLab 3 maj 2027 (Hedemora kommun).""",
             X("auto_reply", [], []),
             "Outlook bounce of a confirmation to a guessed colleague address; name and date inside -> nothing to register"),

        mail("g077", "2027-02-25T09:51", ("Petter Lindqvist", "petter.lindqvist@leksand.se"), "SV: Anmälan DalaLab",
             """Hej, jag hakar på Sofies anmälan – anmäl mig också till samma två träffar.

/Petter Lindqvist, Leksands kommun

Från: Sofie Andersson <sofie.andersson@leksand.se>
Skickat: den 9 december 2026 13:32
Till: linnea.hassis@regiondalarna.se; Petter Lindqvist
Ämne: DalaLab

Hej

Jag och min kollega Erik Hedin på Leksands kommun vill anmäla oss till de två första träffarna (maj och september).

Erik äter vegetariskt, jag äter allt :)

/Sofie""",
             X("register", [P("Petter Lindqvist", "petter.lindqvist@leksand.se", "Leksands kommun")], [S1, S2]),
             "colleague added on CC replies 'samma två träffar' as the quoted signup; only he is new"),

        mail("g078", "2027-03-01T15:15", ("Elsa Mörk", "elsa.mork@vansbro.se"), "Anmälan",
             """Hej

Jag anmäler mig till DalaLab, alla träffar. Vi blir förmodligen två från Vansbro, men vem den andra blir är inte bestämt än – jag hör av mig med namn.

Hälsningar Elsa Mörk
Vansbro kommun""",
             X("register", [P("Elsa Mörk", "elsa.mork@vansbro.se", "Vansbro kommun")], ALL),
             "self-signup; an unnamed colleague to come later is not registered"),

        mail("g079", "2027-03-29T10:44", ("Malin Lindström", "malin.lindstrom@borlange.se"), "Byte av träff",
             """Hej Linnea,

Vi tre från Borlänge (jag, Jesper Holm och Yasmin Darwish) vill byta 21 september mot 29 november. Går det bra?

Tack!
Malin""",
             X("change", [P("Malin Lindström", "malin.lindstrom@borlange.se", "Borlänge kommun"),
                          P("Jesper Holm", None, "Borlänge kommun"),
                          P("Yasmin Darwish", None, "Borlänge kommun")], [S3]),
             "group swap 'byta 21 september mot 29 november' for three -> change, the new session"),

        tg("g080", "2027-03-03T12:30", "Nils Hägg", 6650923018,
           """hej, får man ta med en kollega från grannkommunen som inte fått inbjudan? eller måste hon anmäla sig själv""",
           X("question", [], []), "telegram question about bringing a colleague from another municipality"),

        mail("g081", "2027-03-05T08:05", ("Tomasz Nowak", "tomasz.nowak@falun.se"), "DalaLab",
             """Hi Linnea,

I'd like to sign up for the first two meetings (3 May and 21 September). My colleague Sara Holm will register separately.

Thanks,
Tomasz Nowak
Falu kommun""",
             X("register", [P("Tomasz Nowak", "tomasz.nowak@falun.se", "Falu kommun")], [S1, S2]),
             "English self-signup; colleague who 'will register separately' is not in people"),

        mail("g082", "2027-03-12T13:58", ("Lars Ståhl", "lars.stahl@falun.se"), "Stryk Lina Moberg från reservlistan",
             """Hej,

Lina Moberg, som stod som reserv från Falu kommun, har fått ett annat uppdrag och kan inte delta. Ni kan stryka henne.

Mvh Lars""",
             X("cancel", [P("Lina Moberg", None, "Falu kommun")], ALL),
             "manager withdraws a wait-listed colleague -> cancel all four"),

        mail("g083", "2027-01-28T14:38", ("Lena Axelsson", "lena.axelsson@regiondalarna.se"), "Anmälan från enheten för samhällsplanering",
             """Hej Linnea!

Vi från enheten för samhällsplanering på regionen vill vara med på de två höstträffarna. Anmäl:

Lena Axelsson
Mikael Forsgren
Sanna Lilja

Adresser som vanligt fornamn.efternamn@regiondalarna.se.

/Lena""",
             X("register", [P("Lena Axelsson", "lena.axelsson@regiondalarna.se", "Region Dalarna"),
                            P("Mikael Forsgren", "mikael.forsgren@regiondalarna.se", "Region Dalarna"),
                            P("Sanna Lilja", "sanna.lilja@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "Region Dalarna unit of three incl. sender; address pattern; 'de två höstträffarna' = 21 Sep + 29 Nov"),

        mail("g084", "2027-04-05T09:26", ("Therese Dahl", "therese.dahl@sater.se"), "Ersättare 3 maj",
             """Hej!

Jag kan tyvärr inte komma den 3 maj. Istället kommer min kollega Henrik Dahl (henrik.dahl@sater.se) den dagen. Övriga träffar går jag på som vanligt.

Hälsningar
Therese Dahl
Säters kommun""",
             X("change", [P("Therese Dahl", "therese.dahl@sater.se", "Säters kommun"),
                          P("Henrik Dahl", "henrik.dahl@sater.se", "Säters kommun")], [S1]),
             "substitute for one session only; sender keeps the rest -> change, substitute's session"),

        tg("g085", "2027-03-15T19:56", "Amina Yusuf", 5587120094,
           """hej! jag heter amina och jobbar i smedjebacken. vill anmäla mig + min kollega johan ek till första träffen 🙂""",
           X("register", [P("Amina Yusuf", None, "Smedjebackens kommun"), P("Johan Ek", None, "Smedjebackens kommun")],
             [S1]), "telegram: first name in text, surname from sender; colleague in lower case; 'första träffen'"),

        mail("g086", "2027-02-26T10:03", ("Nina Karlsson", "nina.karlsson@leksand.se"), "Automatiskt svar: Anmälan DalaLab – tre från Leksand",
             """Tack för ditt meddelande.

Jag är föräldraledig från och med 1 mars 2027. Under tiden kontaktar du Per Eriksson, per.eriksson@leksand.se, tfn 0247-800 00.

Nina Karlsson
Leksands kommun""",
             X("auto_reply", [], []),
             "Outlook 'Automatiskt svar:' echoing a group signup subject; a stand-in named with address"),

        mail("g087", "2026-12-19T03:12", ("Event Data Solutions", "sales@eventdata-leads.biz"), "DalaLab attendee list available",
             """Hello,

We noticed you are organising DalaLab. We have verified contact lists of 4,500 Swedish municipal planners (names, emails, phone numbers) ready for your event.

Pricing: 1,200 EUR for the full list, 25% discount if you order before 31 December.

Reply YES to receive a sample.

Kind regards,
Event Data Solutions""",
             X("unknown", [], []),
             "English spam selling attendee lists"),

        mail("g088", "2027-03-18T14:10", ("Linda Bergman", "linda.bergman@orsa.se"), "Anmälan DalaLab, Orsa + konsult",
             """Hej,

Jag vill anmäla mig till träffarna 21/9 och 29/11. Med mig kommer också Nils Berg från WSP, som hjälper oss med översiktsplanen – nils.berg@wsp.com. Han vill gärna gå på samma träffar.

Vänliga hälsningar
Linda Bergman
Planarkitekt
Orsa kommun
Box 23, 794 21 Orsa""",
             X("register", [P("Linda Bergman", "linda.bergman@orsa.se", "Orsa kommun"),
                            P("Nils Berg", "nils.berg@wsp.com", None)], [S2, S3]),
             "municipality planner + consultant from a firm (not said to take a municipal place) -> consultant org None"),

        mail("g089", "2027-04-01T11:40", ("Petter Lindqvist", "petter.lindqvist@leksand.se"), "Hur många är anmälda från Leksand?",
             """Hej!

Kan du kolla hur många vi är anmälda från Leksands kommun? Jag tror det är jag, Sofie Andersson och Erik Hedin, men Nina Karlsson trodde att hon också var anmäld. Vill inte att vi tar en fjärde plats i onödan.

/Petter""",
             X("question", [], []),
             "question about who holds the municipality's places; names registered colleagues, no request"),

        tg("g090", "2027-04-08T17:22", "Rasmus Kvist", 7904412387,
           """hej, både jag och emma lund får tyvärr stryka oss från februariträffen. / rasmus, gagnef""",
           X("cancel", [P("Rasmus Kvist", None, "Gagnefs kommun"), P("Emma Lund", None, "Gagnefs kommun")], [S4]),
           "telegram: sender + colleague withdraw from the February session only"),
    ]
