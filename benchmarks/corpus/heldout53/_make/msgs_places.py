"""Writer "places" (bd046–bd090): messages about places and the quota rules — "finns det platser kvar?", waiting-list
requests, conditional signups ("om det finns plats"), a fourth/fifth person from a municipality (and a fifth from
Region Dalarna, which has no quota), swapping a place inside a municipality, handing a place to a neighbour
municipality, deadline-extension questions, last-days signups, double registrations, "har ni fått min anmälan?"
(as a question and as a repeated signup), cancellations that hand the place to a named colleague, and complaints."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bd046", "2026-12-02T08:47", ("Karolina Dahlström", "karolina.dahlstrom@leksand.se"), "Platser kvar?",
             """Hej Linnea,

Finns det fortfarande platser kvar i DalaLab? I så fall vill jag gärna anmäla mig till alla fyra träffarna.

Jag arbetar med den nya översiktsplanen här i Leksand och tror att det här passar oss perfekt.

Vänliga hälsningar
Karolina Dahlström
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Leksands kommun
Box 301, 793 27 Leksand
Tel 0247-800 00 | Mobil 070-214 38 91
""",
             X("register", [P("Karolina Dahlström", "karolina.dahlstrom@leksand.se", "Leksands kommun")], ALL),
             "'finns det platser kvar?' followed by 'i så fall vill jag anmäla mig' -> register, not question; "
             "'alla fyra träffarna'; Box/postcode/phones are not dates"),

        tg("bd047", "2026-12-04T19:32", "Malin Öst", "5527190384",
           """hej! finns det platser kvar för Hedemora? isf anmäler jag mig till 21/9 👍""",
           X("register", [P("Malin Öst", None, "Hedemora kommun")], [S2]),
           "conditional signup ('isf anmäler jag mig') -> register for 21/9 only; name from the display name, "
           "organisation from 'för Hedemora'"),

        mail("bd048", "2026-12-09T13:20", ("Lindkvist Stefan", "stefan.lindkvist@gagnef.se"), "Väntelista DalaLab",
             """Hej!

Jag har förstått att det är max tre personer per kommun och att Gagnef redan har fyllt sina platser (Lena Rask, Oskar Holm och Emma Sved är anmälda).

Kan jag ändå få stå på väntelistan ifall någon av dem får förhinder? Det gäller i så fall hela serien, alla fyra tillfällena.

Mvh
Stefan Lindkvist
Planeringsarkitekt, Gagnefs kommun
0241-150 00
""",
             X("register", [P("Stefan Lindkvist", "stefan.lindkvist@gagnef.se", "Gagnefs kommun")], ALL),
             "fourth person from Gagnef asks to be put on the waiting list -> register (the quota check waitlists "
             "him); the three colleagues named as already registered are not people; surname-first display name"),

        mail("bd049", "2026-12-11T10:05", ("Linda Ahlgren", "linda.ahlgren@avesta.se"), "Byte av plats inom Avesta",
             """Hej Linnea,

En ändring för Avesta kommun: Malin Eriksson har fått ett annat uppdrag under hösten och kan inte gå på träffarna den 21 september och 29 november. Hassan Ali (hassan.ali@avesta.se) tar hennes plats de två gångerna. Malin går själv som planerat den 3 maj och 22 februari.

Hälsningar
Linda Ahlgren
Enhetschef Plan och bygg
Avesta kommun
Tel: 0226-64 50 00
""",
             X("change", [P("Malin Eriksson", None, "Avesta kommun"),
                          P("Hassan Ali", "hassan.ali@avesta.se", "Avesta kommun")], [S2, S3]),
             "swap of a place inside the municipality for two sessions: Malin out, Hassan in -> change with both; "
             "sessions = what the substitute takes (21/9, 29/11); manager-sender not in people"),

        tg("bd050", "2026-12-13T21:14", "Petter Rask", "6043318275",
           """Hej! Petter Rask här, planarkitekt i Vansbro. Anmäl mig gärna till 3 maj, och resten om det blir plats 😊""",
           X("register", [P("Petter Rask", None, "Vansbro kommun")], ALL, unsure=["sessions"]),
           "'3 maj, och resten om det blir plats': places are per municipality, not per session, so he most likely "
           "gets all four; a human would confirm whether he wants all or only 3 May -> ALL, unsure sessions"),

        mail("bd051", "2026-12-15T15:40", ("Jan-Erik Falk", "jan-erik.falk@borlange.se"),
             "Synpunkt: tre platser per kommun",
             """Hej,

Jag vill framföra att begränsningen till tre deltagare per kommun slår hårt mot oss. Borlänge har fem planerare som alla arbetar med den nya översiktsplanen, och det känns fel att vi ska behöva välja bort två av dem medan mindre kommuner kanske inte ens fyller sina platser.

Finns det någon möjlighet till undantag, eller att outnyttjade platser fördelas om efter sista anmälningsdag?

Med vänlig hälsning
Jan-Erik Falk
Samhällsbyggnadschef
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("question"),
             "complaint about the quota plus a question about exceptions; nobody is named or signed up -> question"),

        mail("bd052", "2026-12-18T09:12", ("Maja Sjödin", "maja.sjodin@mora.se"), "Vår tredje plats till Orsa",
             """Hej Linnea!

Från Mora blir vi bara två på DalaLab, jag och Ida Berg, som redan är anmälda. Vi har pratat med grannarna i Orsa, som har fler intresserade än de får plats med, och vi lämnar gärna vår tredje plats till dem.

Det gäller Linda Persson, linda.persson@orsa.se. Hon vill vara med på alla träffar.

Går det för er så vore det fint!

Hälsningar Maja
--
Maja Sjödin, fysisk planerare
Mora kommun, 792 80 Mora
""",
             X("register", [P("Linda Persson", "linda.persson@orsa.se", "Orsa kommun")], ALL),
             "Mora hands its unused third place to neighbour Orsa: a signup of Linda Persson (Orsa, by her address) "
             "for all sessions; Maja and Ida are already registered and not people; whether the transfer is allowed "
             "is the organiser's quota call, not the parse"),

        tg("bd053", "2026-12-21T07:58", "Jonas Wretman", "1187420953",
           """har ni fått min anmälan? mejlade för en vecka sen men inget svar. annars anmäler jag mig här: jonas wretman, ludvika kommun, alla träffar""",
           X("register", [P("Jonas Wretman", None, "Ludvika kommun")], ALL),
           "'har ni fått min anmälan?' with the signup repeated ('annars anmäler jag mig här') -> register; "
           "lower-case name; 'alla träffar' = all four"),

        mail("bd054", "2027-01-04T06:00", ("Henrik Moberg", "henrik.moberg@falun.se"),
             "Autosvar: Bekräftelse på din anmälan till DalaLab",
             """Hej,

Jag är ledig till och med fredag 8 januari och läser inte min e-post under tiden. Ärenden om bygglov skickas till bygglov@falun.se. Frågor om lediga tomter och platser i kommunens tomtkö besvaras av kundcenter, 023-830 00.

Med vänlig hälsning
Henrik Moberg
Falu kommun
""",
             X("auto_reply"),
             "out-of-office reply to a confirmation; 'lediga ... platser' and '8 januari' are no request"),

        mail("bd055", "2027-01-08T11:23", ("Camilla Nordström", "camilla.nordstrom@sater.se"), "VB: Anmälan DalaLab",
             """Hej igen,

Har ni fått min anmälan? Jag skickade den före jul men har inte fått någon bekräftelse, så jag skickar den igen nedan för säkerhets skull.

/Camilla

-----Ursprungligt meddelande-----
Från: Camilla Nordström <camilla.nordstrom@sater.se>
Skickat: den 16 december 2026 14:02
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab

Hej!

Jag vill anmäla mig till träffarna 21/9 och 29/11. Vårens träff krockar tyvärr med vårt KF-sammanträde.

Vänliga hälsningar
Camilla Nordström
Planhandläggare, Säters kommun
0225-550 00
""",
             X("register", [P("Camilla Nordström", "camilla.nordstrom@sater.se", "Säters kommun")], [S2, S3]),
             "she forwards her own earlier signup ('skickar den igen nedan'): here the forwarded text IS the signup "
             "-> register 21/9 and 29/11; 'vårens träff' is excluded, '16 december 2026' is a sent date"),

        mail("bd056", "2027-01-12T16:48", ("Anders Hedin", "anders.hedin@rattvik.se"), "Avanmälan – Johanna tar min plats",
             """Hej,

Jag måste tyvärr lämna min plats i DalaLab eftersom jag går över till en tjänst på länsstyrelsen i februari. Min kollega Johanna Näslund (johanna.naslund@rattvik.se) tar över platsen för Rättviks kommun – hon är informerad och vill gå på alla träffar.

Tack och hälsningar
Anders Hedin
Översiktsplanerare, Rättviks kommun
Storgatan 2, 795 80 Rättvik
""",
             X("change", [P("Anders Hedin", "anders.hedin@rattvik.se", "Rättviks kommun"),
                          P("Johanna Näslund", "johanna.naslund@rattvik.se", "Rättviks kommun")], ALL),
             "cancellation that gives the place to a named colleague -> substitution (change) with both people; "
             "Johanna takes all four; his future job at länsstyrelsen is not his organisation now"),

        tg("bd057", "2027-01-15T12:31", "Sofie G", "5093341287",
           """Hej, anmäl mig om det finns plats! Sofie Granath, Smedjebackens kommun. Alla träffar. Vegetarisk kost tack""",
           X("register", [P("Sofie Granath", None, "Smedjebackens kommun")], ALL, diet="vegetarisk"),
           "'anmäl mig om det finns plats' -> register; full name from the text rather than the display name "
           "'Sofie G'; diet vegetarisk"),

        tg("bd058", "2027-01-19T08:15", "Henrik Moberg", "6620458813",
           """Hej! Jag tror jag anmälde mig två gånger, en gång via mejl i december och en gång här. Kan ni kolla så att jag bara står med en gång? Vill inte ta två av Faluns platser 😅""",
           X("question"),
           "'jag tror jag anmälde mig två gånger' with a request to check; no sessions, no change asked -> question"),

        mail("bd059", "2027-01-22T07:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Få platser kvar – Planeringsforum 2027",
             """PLANERINGSFORUM – Nyhetsbrev januari 2027

Få platser kvar till Planeringsforum 2027!
Den 21–22 september samlas planerare från hela landet i Uppsala. Temat i år är "Översiktsplanen som strategi". Anmäl dig senast 14 april – förra året blev det fullt på tre veckor.

Pris: 4 900 kr exkl. moms. Early bird t.o.m. 28 februari.

Läs mer och anmäl dig: https://planeringsforum.se/2027

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforums utskick.
Avregistrera dig: https://planeringsforum.se/avregistrera?id=88412
""",
             X("unknown"),
             "newsletter for another conference: 'få platser kvar', '21–22 september', 'senast 14 april', 'anmäl dig' "
             "-> unknown"),

        mail("bd060", "2027-01-26T14:10", ("Gustav Fernlund", "gustav.fernlund@regiondalarna.se"),
             "Anmälan – en femte från regionen",
             """Hej Linnea,

Jag vet att vi redan är fyra från Region Dalarna som är anmälda, men eftersom kvoten bara gäller kommunerna hoppas jag att det går bra att vi blir fem. Jag vill gärna vara med den 3 maj och den 22 februari 2028 – de två andra träffarna krockar med regionfullmäktige.

Hälsningar
Gustav Fernlund
Strateg, Regional utveckling
Region Dalarna
Tel 010-211 45 67
""",
             X("register", [P("Gustav Fernlund", "gustav.fernlund@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "fifth person from Region Dalarna (no quota) -> register; '3 maj' and '22 februari 2028'"),

        tg("bd061", "2027-01-29T18:44", "Micke Sand", "7029384415",
           """Hej! Mikael Sand från Leksand här. Jag står på väntelistan men har fått ett annat uppdrag i vår, så ni kan stryka mig helt. Tack!""",
           X("cancel", [P("Mikael Sand", None, "Leksands kommun")], ALL),
           "withdrawal from the waiting list ('stryka mig helt') -> cancel, all four; name from the text, not the "
           "display name 'Micke Sand'"),

        mail("bd062", "2027-02-02T10:30", ("Sanna Forslund", "sanna.forslund@ludvika.se"), "Dubbel anmälan",
             """Hej!

Jag tror att jag har anmält mig två gånger. Först anmälde jag mig till alla fyra träffarna i december, och sedan svarade jag av misstag på påminnelsen med "3 maj" eftersom jag trodde att man skulle bekräfta den första träffen.

Det är den första anmälan som gäller – jag vill vara med på alla fyra. Stryk gärna den andra så att jag inte tar upp två platser för Ludvika.

Mvh
Sanna Forslund
Planarkitekt | Ludvika kommun
0240-860 00
""",
             X("change", [P("Sanna Forslund", "sanna.forslund@ludvika.se", "Ludvika kommun")], ALL),
             "double registration: she states which one counts ('den första ... alla fyra') -> change with her "
             "sessions after it, all four; the mistaken '3 maj' reply is not the result"),

        mail("bd063", "2027-02-05T09:50", ("Eva Lundmark", "eva.lundmark@falun.se"), "Reservplats för Alva Lindström",
             """Hej,

Falu kommun har redan tre anmälda (Henrik Moberg, Jessica Nyström och jag) och dessutom Tomas Björk på väntelistan. Nu har vår nyanställda planarkitekt Alva Lindström också frågat om hon kan vara med. Kan ni skriva upp henne som reserv? Då blir hon alltså det femte namnet från Falun. Hon är intresserad av alla träffarna.

Vänligen
Eva Lundmark
Planchef, Falu kommun
Stadshuset, 791 83 Falun
""",
             X("register", [P("Alva Lindström", None, "Falu kommun")], ALL),
             "fifth name from Falun to be put on the reserve list -> register for Alva only (all sessions); the "
             "registered three and the waitlisted Tomas are only listed; no address for Alva"),

        tg("bd064", "2027-02-08T13:02", "Kalle Nordin", "942281736",
           """Hej, Kalle Nordin Orsa. Jag kan inte den 21 sept, min kollega Frida Hed går i mitt ställe den gången. Övriga träffar kör jag som vanligt""",
           X("change", [P("Kalle Nordin", None, "Orsa kommun"), P("Frida Hed", None, "Orsa kommun")], [S2]),
           "place swapped inside Orsa for one session: substitution -> change with both; sessions = 21 Sep "
           "(what Frida takes)"),

        mail("bd065", "2027-02-11T15:15", ("Lars Wenström", "lars.wenstrom@sater.se"), "Re: Besked om plats i DalaLab",
             """Hej Linnea,

Tack för beskedet, även om det inte var det vi hoppades på. Jag tycker det är olyckligt att Per Brandt hamnar på väntelista när han är den av oss som faktiskt ansvarar för planeringsstrategin. Vi hade ingen aning om att platserna skulle gå efter den ordning anmälningarna kom in.

Per säger själv att det inte är någon idé att stå i kö till träffar han troligen inte kommer med på, så stryk honom från väntelistan.

Lars Wenström
Planeringschef, Säters kommun

> Hej Lars!
> Säters kommun har redan tre anmälda till DalaLab (Camilla Nordström, Johan Ask och Sara Lööf). Per Brandt har därför satts på väntelistan för alla fyra träffar (3 maj, 21 september, 29 november 2027 och 22 februari 2028).
>
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna
""",
             X("cancel", [P("Per Brandt", None, "Säters kommun")], ALL),
             "complaint about the quota ending in 'stryk honom från väntelistan' -> cancel Per Brandt, all four; "
             "sender and the names in the quoted reply are not people"),

        mail("bd066", "2027-02-15T11:05", ("Aisha Rahimi", "aisha.rahimi@lansstyrelsen.se"), "Places left?",
             """Hi Linnea,

A colleague forwarded your invitation to DalaLab. Are there any places left? If so, I would like to sign up for the sessions in September and November – I'm on parental leave until the end of August.

I understand Swedish well but prefer to write in English.

Best regards,
Aisha Rahimi
Regional planner, Länsstyrelsen Dalarna
Åsgatan 38, Falun
+46 10-225 00 00
""",
             X("register", [P("Aisha Rahimi", "aisha.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "English 'are there any places left? If so, I would like to sign up' -> register; September and "
             "November = 21 Sep + 29 Nov; 'end of August' is leave, not a session"),

        mail("bd067", "2027-02-18T16:20", ("Tobias Lind", "tobias.lind@ludvika.se"), "Radera mina uppgifter",
             """Hej,

Jag står på väntelistan till DalaLab för Ludvika men slutar min anställning här på fredag. Jag vill därför att ni tar bort mig och raderar alla personuppgifter ni har om mig (namn, e-post och telefonnummer).

Tobias Lind
""",
             X("erasure", [P("Tobias Lind", "tobias.lind@ludvika.se", "Ludvika kommun")]),
             "leaves the waiting list AND asks that all personal data be erased -> erasure (the stronger request); "
             "organisation from the domain"),

        tg("bd068", "2027-02-22T20:40", "Rebecka Moe", "5871226034",
           """hej! anmäler mig och kollegan emil strand till alla träffar om det finns plats kvar för älvdalen""",
           X("register", [P("Rebecka Moe", None, "Älvdalens kommun"), P("Emil Strand", None, "Älvdalens kommun")],
             ALL),
           "conditional signup of sender + colleague written in lower case; 'älvdalen' -> Älvdalens kommun; "
           "'alla träffar'"),

        mail("bd069", "2027-02-25T08:40", ("Sundin, Ylva", "ylva.sundin@borlange.se"), "SV: Bekräftelse DalaLab",
             """Hej!

Jag kan tyvärr inte delta den 29 november eller den 22 februari, jag är tjänstledig då. Min kollega Sven-Olof Ekman tar min plats de två gångerna, han har adressen sven-olof.ekman@borlange.se.

3 maj och 21 september är jag med som planerat.

Hälsningar
Ylva Sundin
Trafikplanerare
Borlänge kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 20 januari 2027 10:12
Till: Sundin, Ylva <ylva.sundin@borlange.se>
Ämne: Bekräftelse DalaLab

Hej Ylva! Du är anmäld till DalaLab – alla fyra träffar: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
""",
             X("change", [P("Ylva Sundin", "ylva.sundin@borlange.se", "Borlänge kommun"),
                          P("Sven-Olof Ekman", "sven-olof.ekman@borlange.se", "Borlänge kommun")], [S3, S4]),
             "partial cancellation that hands the place to a named colleague -> substitution for 29/11 and 22/2; "
             "quoted confirmation lists all four; surname-first display name"),

        tg("bd070", "2027-03-01T12:12", "Elin Gustafsson", "6354472098",
           """Hur funkar väntelistan? Jag är nummer fyra från Vansbro. Får man besked innan sista anmälningsdagen om man kommer med, eller först efter?""",
           X("question"),
           "question about how the waiting list works from someone already waitlisted; no request -> question"),

        mail("bd071", "2027-03-04T10:31", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: din plats i DalaLab",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<sofie.granath@smedjebaken.se>: Host or domain name not found. Name service error
    for name=smedjebaken.se type=MX: Host not found, try again

--- Returnerat meddelande ---
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: sofie.granath@smedjebaken.se
Subject: Bekräftelse: din plats i DalaLab

Hej Sofie! Du har fått plats i DalaLab och är anmäld till 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Kost: vegetarisk.
""",
             X("auto_reply"),
             "bounce of a confirmation to a mistyped domain; the returned text has a name, all dates and a diet "
             "-> nothing to act on"),

        tg("bd072", "2027-03-08T17:25", "Maja Sjödin", "1739958820",
           """Hej Linnea! Jag lämnar min plats på höstens två träffar, det krockar med budgetarbetet. 3 maj och februari står kvar. /Maja, Mora""",
           X("cancel", [P("Maja Sjödin", None, "Mora kommun")], [S2, S3]),
           "'lämnar min plats på höstens två träffar' -> partial cancel of 21/9 + 29/11; the sessions she keeps "
           "are not cancelled"),

        mail("bd073", "2027-03-11T13:37", ("Hanna Ström", "hanna.strom@avesta.se"), "Har ni fått min anmälan?",
             """Hej,

Jag skickade en anmälan i slutet av januari men har inte fått någon bekräftelse. Om den inte har kommit fram anmäler jag mig härmed till samtliga träffar i DalaLab.

Jag är glutenintolerant, om det spelar någon roll för fikat och lunchen.

Hälsningar
Hanna Ström
Miljö- och samhällsplanerare, Avesta kommun
Tel 0226-64 51 12
""",
             X("register", [P("Hanna Ström", "hanna.strom@avesta.se", "Avesta kommun")], ALL, diet="glutenintolerant"),
             "subject is 'har ni fått min anmälan?' but the body repeats the signup ('anmäler jag mig härmed till "
             "samtliga träffar') -> register all four; diet glutenintolerant"),

        mail("bd074", "2027-03-15T09:02", ("Roger Enström", "roger.enstrom@smedjebacken.se"), "Förlängd anmälningstid?",
             """Hej Linnea,

Vi är en liten planavdelning och har just nu en vakans. Vår nya planeringsarkitekt börjar först den 19 april, alltså efter sista anmälningsdag den 14 april. Finns det möjlighet att förlänga anmälningstiden för hennes del, eller kan vi reservera en plats för Smedjebacken utan att ange namn ännu?

Vänliga hälsningar
Roger Enström
Samhällsbyggnadschef
Smedjebackens kommun
Box 14, 777 21 Smedjebacken
""",
             X("question"),
             "asks whether the deadline can be extended or a place reserved without a name -> question; no person "
             "to register"),

        tg("bd075", "2027-03-18T11:11", "Ola Berglund", "3348210076",
           """Hej! Jag slutar på Hedemora kommun i april, kan ni flytta min plats till min kollega? Hon heter Tove Lind, tove.lind@hedemora.se. Samma träffar som jag hade (alla)""",
           X("change", [P("Ola Berglund", None, "Hedemora kommun"),
                        P("Tove Lind", "tove.lind@hedemora.se", "Hedemora kommun")], ALL),
           "hands his place to a named colleague -> substitution (change) with both; '(alla)' -> all four"),

        mail("bd076", "2027-03-22T19:48", ("Anna Wästberg", "anna.wastberg@hotmail.com"), "Tackar nej till förskoleplats",
             """Hej,

Vi har fått erbjudande om förskoleplats för vår dotter Saga (född 2024-06-11) på Hälsinggårdens förskola från 3 maj. Vi tackar nej eftersom vi har fått plats närmare hemmet. Ge gärna platsen till nästa familj i kön.

Mvh
Anna Wästberg
""",
             X("unknown"),
             "misdirected mail about a preschool place; 'tackar nej', 'platsen' and '3 maj' are not about the "
             "event -> unknown"),

        mail("bd077", "2027-03-25T14:30", ("Roger Mattsson", "roger.mattsson@mora.se"), "Ida Berg – avanmälan",
             """Hej,

Ida Berg har avslutat sin anställning hos oss i Mora kommun och ska inte längre stå med på DalaLab. Vi har ingen ersättare i nuläget, så platsen får gärna gå vidare till någon på väntelistan.

Med vänlig hälsning
Roger Mattsson
Förvaltningschef, Samhällsbyggnad
Mora kommun
""",
             X("cancel", [P("Ida Berg", None, "Mora kommun")], ALL),
             "manager withdraws a colleague without a named substitute ('någon på väntelistan') -> cancel, all four; "
             "sender not in people"),

        mail("bd078", "2027-03-29T16:05", ("Elsa Nordqvist", "elsa.nordqvist@malung-salen.se"), "Anmälan i sista stund",
             """Hej!

Hoppas att det inte är för sent och att det finns plats för Malung-Sälen. Jag och min kollega Anton Hemming (anton.hemming@malung-salen.se) vill anmäla oss till första träffen den 3 maj och till träffen om önskvärda framtider och osäkerheter i november.

Anton är laktosintolerant.

Hälsningar
Elsa Nordqvist
Planarkitekt
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
0280-181 00
""",
             X("register", [P("Elsa Nordqvist", "elsa.nordqvist@malung-salen.se", "Malung-Sälens kommun"),
                            P("Anton Hemming", "anton.hemming@malung-salen.se", "Malung-Sälens kommun",
                              diet="laktosintolerant")], [S1, S3], diet="laktosintolerant"),
             "late signup of sender + colleague; '3 maj' and the November session by theme; Anton's diet"),

        tg("bd079", "2027-04-01T09:20", "Viktor Åhman", "5219903417",
           """Sista veckan nu va? 😅 anmäl mig till alla fyra. Viktor Åhman, Region Dalarna. Kost: vegan""",
           X("register", [P("Viktor Åhman", None, "Region Dalarna")], ALL, diet="vegan"),
           "last-days signup via Telegram; 'alla fyra'; diet vegan"),

        mail("bd080", "2027-04-05T10:44", ("Göran Lilja", "goran.lilja@alvdalen.se"),
             "Ingen bekräftelse – har ni fått min anmälan??",
             """Hej,

Jag anmälde mig till DalaLab den 2 mars och har fortfarande inte fått någon bekräftelse, trots att jag har mejlat en gång till sedan dess. Det är inte riktigt okej – vi måste boka bil och planera in dagarna i kalendern.

Kan ni bekräfta att min anmälan har kommit in och vilka träffar jag står på?

Göran Lilja
Planerare, Älvdalens kommun
Dalgatan 1, 796 22 Älvdalen
""",
             X("question"),
             "complaint + 'har ni fått min anmälan?' without restating any signup (no sessions) -> question"),

        mail("bd081", "2027-04-06T13:58", ("Samhällsbyggnad Rättvik", "samhallsbyggnad@rattvik.se"),
             "Anmälan DalaLab – två deltagare",
             """<html><body style="font-family:Calibri,sans-serif">
<p>Hej Linnea!</p>
<p>Vi vill anm&auml;la tv&aring; medarbetare fr&aring;n R&auml;ttviks kommun till DalaLab, om det fortfarande finns plats:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th></tr>
<tr><td>Maria Sundberg</td><td>maria.sundberg@rattvik.se</td><td>3 maj och 21 september</td></tr>
<tr><td>Ali Haddad</td><td>ali.haddad@rattvik.se</td><td>3 maj och 21 september</td></tr>
</table>
<p>Johanna N&auml;slund &auml;r sedan tidigare anm&auml;ld och ska inte r&auml;knas in h&auml;r, s&aring; vi blir tre totalt.</p>
<p>Med v&auml;nliga h&auml;lsningar<br>Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>R&auml;ttviks kommun<br>0248-700 00</p>
</body></html>""",
             X("register", [P("Maria Sundberg", "maria.sundberg@rattvik.se", "Rättviks kommun"),
                            P("Ali Haddad", "ali.haddad@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "HTML-only mail from a function mailbox with a table of two people; Johanna (already registered) is "
             "not a person here; '3 maj och 21 september'", html=True),

        tg("bd082", "2027-04-07T15:36", "Emelie Back", "6401187723",
           """Hej! Jag står på väntelistan för Borlänge. Vet ni om jag kommer med till 3 maj? Behöver boka tåg 🚆""",
           X("question"),
           "waitlisted person asks whether she gets a place; '3 maj' is in a question -> question, no sessions"),

        mail("bd083", "2027-04-08T08:22", ("Erik Holm", "erik.holm@lansstyrelsen.se"), "Lägga till en träff",
             """God morgon,

Jag är anmäld till första träffen den 3 maj. Om det finns plats vill jag gärna lägga till även träffen den 21 september om utvecklingsinriktning.

Mvh
Erik Holm
Länsstyrelsen Dalarna, enheten för samhällsplanering
010-225 01 23
""",
             X("change", [P("Erik Holm", "erik.holm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "adds a session 'om det finns plats' to an existing signup -> change; stated sessions after the "
             "change = 3/5 + 21/9"),

        mail("bd084", "2027-04-08T17:50", ("Lena Rask", "lena.rask@gagnef.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Jag har tyvärr fått för mycket på mitt bord i år och måste avanmäla mig från hela DalaLab. Ge gärna min plats till den som står först på väntelistan för Gagnef.

Ledsen för sent besked!
Lena Rask
Gagnefs kommun
""",
             X("cancel", [P("Lena Rask", "lena.rask@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation; the place goes to 'den som står först på väntelistan' (no one named) -> cancel, "
             "not a substitution"),

        tg("bd085", "2027-04-09T21:03", "Jessica Nyström", "5180076642",
           """jag tror jag anmälde mig två gånger, en gång här och en gång via mejl. men nu kan jag inte alls i år så stryk båda 🙈 /jessica, falun""",
           X("cancel", [P("Jessica Nyström", None, "Falu kommun")], ALL),
           "double registration, but 'kan inte alls ... stryk båda' -> cancel of all four; name from the display name"),

        mail("bd086", "2027-04-09T11:40", ("Nils Ersson", "nils.ersson@orsa.se"), "Anmälan om det finns plats",
             """Hej,

Om det finns plats kvar för Orsa vill jag anmäla mig till den sista träffen, den 22 februari 2028 om tillgänglighet. De andra datumen kan jag tyvärr inte.

Nils Ersson
Orsa kommun
""",
             X("register", [P("Nils Ersson", "nils.ersson@orsa.se", "Orsa kommun")], [S4]),
             "conditional signup a few days before the deadline; only the last session (date and theme agree)"),

        mail("bd087", "2027-04-10T09:15", ("Birgitta Hellström", "birgitta.hellstrom@hedemora.se"),
             "Anmälan innan fristen går ut",
             """Hej,

Innan anmälningstiden går ut vill jag anmäla två medarbetare från Hedemora kommun till DalaLab:

- Amanda Kron, amanda.kron@hedemora.se
- Filip Sahlin, filip.sahlin@hedemora.se (laktosfri kost)

Båda ska gå på hela serien. Tove Lind har redan tagit över Ola Berglunds plats, så med dem blir vi tre.

Hälsningar
Birgitta Hellström
Avdelningschef, Hedemora kommun
""",
             X("register", [P("Amanda Kron", "amanda.kron@hedemora.se", "Hedemora kommun"),
                            P("Filip Sahlin", "filip.sahlin@hedemora.se", "Hedemora kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "manager registers two colleagues on the last allowed day; 'hela serien' = all four; Tove and Ola are "
             "mentioned only as the quota count; Filip's diet"),

        mail("bd088", "2027-04-10T14:02", ("Stefan Lindkvist", "stefan.lindkvist@gagnef.se"),
             "Ta bort mig från väntelistan och radera mina uppgifter",
             """Hej,

Jag har fått plats på en annan utbildning och vill inte längre stå på väntelistan till DalaLab. Enligt GDPR ber jag er också att radera alla uppgifter ni har sparat om mig.

Stefan Lindkvist
Gagnefs kommun
""",
             X("erasure", [P("Stefan Lindkvist", "stefan.lindkvist@gagnef.se", "Gagnefs kommun")]),
             "leaves the waiting list and asks for GDPR erasure -> erasure; 'fått plats på en annan utbildning' is "
             "not about this event"),

        tg("bd089", "2027-04-03T02:14", "Crypto Trader Anna", "7740012955",
           """🔥 ENDAST 5 PLATSER KVAR! 🔥 Gå med i vår VIP-grupp och tjäna 25 000 kr i veckan på krypto. Skriv PLATS till @vipvinst_bot före 14 april!""",
           X("unknown"),
           "Telegram spam with 'platser kvar' and '14 april' -> unknown"),

        tg("bd090", "2027-02-27T10:50", "Karolina Dahlström", "5562307719",
           """Hej. Lite tråkigt att ni lagt första träffen samma dag som länets planeringsnätverk träffas i Mora, det borde ni ha koll på. Jag kan alltså inte komma 3 maj, avanmäl mig från den. Resten går jag på. /Karolina, Leksand""",
           X("cancel", [P("Karolina Dahlström", None, "Leksands kommun")], [S1]),
           "complaint + partial cancellation of 3 May only; 'Mora' is the other meeting's place, her organisation "
           "is Leksand"),
    ]
