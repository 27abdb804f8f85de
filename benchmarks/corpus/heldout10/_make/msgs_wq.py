from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("z001", "2026-12-02T08:14:00", ("Ingrid Halvarsson", "ingrid.halvarsson@avesta.se"), "Anmälan till DalaLab",
             """God morgon Linnea,

Tack för inbjudan. Jag vill gärna vara med i lärprojektet och anmäler mig härmed.

Vänliga hälsningar
Ingrid Halvarsson
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Avesta kommun
Tfn 0226-645 12""",
             X("register", [P("Ingrid Halvarsson", "ingrid.halvarsson@avesta.se", "Avesta kommun")], ALL),
             "plain self signup, no session named -> all four"),
        tg("z002", "2026-12-03T21:47:00", "Jonte", 70112,
           "tja! jonatan wikström här, borlänge. kör på första träffen i falun 3 maj, resten får vi se",
           X("register", [P("Jonatan Wikström", None, "Borlänge kommun")], [S1]),
           "chat, nickname display name, full name in text, only first session"),
        mail("z003", "2026-12-07T13:30:00", ("Ahmed Yusuf", "ahmed.yusuf@ludvika.se"), "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Vi blir två från Ludvika: jag själv och min kollega Petra Lindqvist (petra.lindqvist@ludvika.se). Vi kommer på alla fyra.

/Ahmed

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab! Träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028.
Sista anmälningsdag 14 april 2027.""",
             X("register", [P("Ahmed Yusuf", "ahmed.yusuf@ludvika.se", "Ludvika kommun"),
                            P("Petra Lindqvist", "petra.lindqvist@ludvika.se", "Ludvika kommun")], ALL),
             "reply over the quoted invitation (dates in quote are not the signup); two people all sessions"),
        mail("z004", "2026-12-09T16:05:00", ("Karin af Ekenstam", "karin.afekenstam@lansstyrelsen.se"), "Anmälan",
             """Hej!

Jag anmäler mig till träffarna 21/9 och 29/11. Första träffen krockar tyvärr med en annan konferens och den i februari vet jag inte ännu.

Jag är vegetarian.

Karin af Ekenstam
Länsstyrelsen Dalarna, enheten för samhällsplanering""",
             X("register", [P("Karin af Ekenstam", "karin.afekenstam@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegetarian")],
               [S2, S3], diet="vegetarian"),
             "particle surname, county board, two sessions written 21/9 and 29/11, diet"),
        tg("z005", "2026-12-11T07:02:00", "Maria Olsson", 70233,
           "Hej. Jag vill anmäla mig till alla tillfällen. Maria Olsson, Orsa kommun. Glutenfri kost tack",
           X("register", [P("Maria Olsson", None, "Orsa kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "telegram, formal tone, all sessions, diet"),
        mail("z006", "2026-12-14T10:41:00", ("Automatisk svar", "lars.bengtsson@mora.se"), "Frånvaro: Inbjudan DalaLab",
             """Hej,

Jag är på semester till och med 8 januari 2027 och läser inte min e-post. Vid brådskande ärenden kontakta plan@mora.se.

Lars Bengtsson
Mora kommun""",
             X("auto_reply"), "out-of-office with a date; never answered"),
        mail("z007", "2026-12-15T11:20:00", ("Sofia Nieminen", "sofia.nieminen@smedjebacken.se"), "DalaLab – anmälan tre personer",
             """Hej Linnea!

Smedjebackens kommun skickar tre deltagare till hela lärprojektet:

1. Sofia Nieminen, planarkitekt (jag)
2. Erik Hammar, samhällsbyggnadschef, erik.hammar@smedjebacken.se
3. Leila Karimi, GIS-ingenjör, leila.karimi@smedjebacken.se – laktosfri

Hälsningar
Sofia""",
             X("register", [P("Sofia Nieminen", "sofia.nieminen@smedjebacken.se", "Smedjebackens kommun"),
                            P("Erik Hammar", "erik.hammar@smedjebacken.se", "Smedjebackens kommun"),
                            P("Leila Karimi", "leila.karimi@smedjebacken.se", "Smedjebackens kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "numbered list of three, per-person diet for one"),
        mail("z008", "2026-12-18T14:55:00", ("Tobias Granlund", "tobias.granlund@gagnef.se"), "fråga",
             """Hej, blir det lunch på träffarna eller bara fika? Och hur långt är det från resecentrum i Falun till lokalen? Funderar på att anmäla mig.

Tobias Granlund, Gagnef""",
             X("question"), "question before signing up, no signup"),
        tg("z009", "2026-12-20T19:33:00", "Elin", 70345,
           "hejhej, elin strand från rättviks kommun. vill va med 3 maj o 22 feb 2028 🙂",
           X("register", [P("Elin Strand", None, "Rättviks kommun")], [S1, S4]),
           "lowercase chat with emoji, first and last sessions"),
        mail("z010", "2027-01-04T09:03:00", ("Peter Sandberg", "peter.sandberg@falun.se"), "Anmälan DalaLab – Falu kommun",
             """Hej,

Härmed anmäler jag mig och två kollegor från Falu kommun till DalaLab:

Sandberg, Peter (jag)
Öberg, Hanna – hanna.oberg@falun.se
Mirza, Daniyal – daniyal.mirza@falun.se

Vi deltar vid samtliga tillfällen. Hanna har nötallergi.

Med vänlig hälsning
Peter Sandberg
Stadsbyggnadsförvaltningen
Falu kommun, 791 83 Falun""",
             X("register", [P("Peter Sandberg", "peter.sandberg@falun.se", "Falu kommun"),
                            P("Hanna Öberg", "hanna.oberg@falun.se", "Falu kommun", diet="nötallergi"),
                            P("Daniyal Mirza", "daniyal.mirza@falun.se", "Falu kommun")], ALL, diet="nötallergi"),
             "Efternamn, Förnamn with (jag); diet for one colleague"),
        mail("z011", "2027-01-08T15:17:00", ("Hanna Öberg", "hanna.oberg@falun.se"), "Ändring kost",
             """Hej igen!

Peter anmälde mig tidigare. En rättelse: det är inte nötallergi utan jordnötsallergi, och jag äter dessutom vegetariskt. Samma träffar som förut.

Hanna Öberg""",
             X("change", [P("Hanna Öberg", "hanna.oberg@falun.se", "Falu kommun", diet="jordnötsallergi, vegetariskt")], ALL,
               diet="jordnötsallergi, vegetariskt", unsure=["sessions"]),
             "diet change; 'samma träffar som förut' -> all (earlier signup had all four)"),
        tg("z012", "2027-01-10T12:12:00", "Björn Dahlgren", 70456,
           "Hej! Björn Dahlgren, Vansbro. Jag är anmäld till alla men kan inte 21 september. Stryk mig från den, övriga gäller.",
           X("change", [P("Björn Dahlgren", None, "Vansbro kommun")], [S1, S3, S4]),
           "change: drop one session, sessions after change"),
        mail("z013", "2027-01-12T08:48:00", ("Anna-Karin Mattsson Rehn", "annakarin.mattssonrehn@regiondalarna.se"), "DalaLab",
             """Hej Linnea,

Jag tänkte haka på lärprojektet från regionens håll, framför allt höstens två träffar (september och november).

Anna-Karin Mattsson Rehn
Regional utveckling
Region Dalarna""",
             X("register", [P("Anna-Karin Mattsson Rehn", "annakarin.mattssonrehn@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "double first and surname, 'höstens två träffar' -> S2+S3"),
        mail("z014", "2027-01-14T17:40:00", ("Leksands kommun Plan", "plan@leksand.se"), "Anmälan från Leksand",
             """Hej!

Från Leksands kommun anmäls följande till DalaLab (alla träffar):
- Johan Persson, johan.persson@leksand.se
- Amira Hadžić, amira.hadzic@leksand.se

Vänligen
Planenheten
Leksands kommun""",
             X("register", [P("Johan Persson", "johan.persson@leksand.se", "Leksands kommun"),
                            P("Amira Hadžić", "amira.hadzic@leksand.se", "Leksands kommun")], ALL),
             "function mailbox sender, not a participant"),
        mail("z015", "2027-01-19T10:10:00", ("Mail Delivery Subsystem", "mailer-daemon@regiondalarna.se"), "Undeliverable: DalaLab – bekräftelse",
             """Delivery has failed to these recipients or groups:

nils.ohman@sater.se
The email address you entered couldn't be found.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 User unknown'""",
             X("auto_reply"), "bounce"),
        tg("z016", "2027-01-22T22:05:00", "Gunnel", 70567,
           "Hej, jag måste tyvärr avanmäla mig från DalaLab helt, har bytt jobb. Gunnel Axelsson Hedemora",
           X("cancel", [P("Gunnel Axelsson", None, "Hedemora kommun")], ALL),
           "telegram cancel of everything"),
        mail("z017", "2027-01-26T09:31:00", ("Fredrik Lund", "fredrik.lund@alvdalen.se"), "Anmälan DalaLab",
             """Hi Linnea,

I'm a planner at Älvdalen municipality (Swedish is my second language, sorry for writing English). I would like to register for the session on 3 May and the one on accessibility in February 2028.

Best regards,
Fredrik Lund""",
             X("register", [P("Fredrik Lund", "fredrik.lund@alvdalen.se", "Älvdalens kommun")], [S1, S4]),
             "English, session by theme (accessibility -> S4)"),
        mail("z018", "2027-02-01T13:13:00", ("Eva Nordin", "eva.nordin@borlange.se"), "VB: Inbjudan DalaLab",
             """Hej Linnea, jag anmäler Mohammed nedan, han har själv inte tid att skriva. Han vill gå på alla. Själv deltar jag inte.

Eva

-----Ursprungligt meddelande-----
Från: Mohammed Al-Sayed <mohammed.alsayed@borlange.se>
Skickat: 31 januari 2027 16:40
Till: Eva Nordin
Ämne: SV: Inbjudan DalaLab

Kan du anmäla mig? Jag vill gärna vara med.""",
             X("register", [P("Mohammed Al-Sayed", "mohammed.alsayed@borlange.se", "Borlänge kommun")], ALL),
             "sender registers a colleague from forwarded header, not herself"),
        tg("z019", "2027-02-03T06:55:00", "Olle P", 70678,
           "Olle Pettersson Malung-Sälen, anmäler mig till 3/5 o 21/9. vegan",
           X("register", [P("Olle Pettersson", None, "Malung-Sälens kommun", diet="vegan")], [S1, S2], diet="vegan"),
           "terse chat, slash dates, diet"),
        mail("z020", "2027-02-05T11:47:00", ("Sara Jönsson", "sara.jonsson@sater.se"), "Byte av deltagare",
             """Hej!

Nils Öhman som var anmäld från Säter har slutat hos oss. Jag tar hans plats på samtliga träffar istället.

Sara Jönsson
Säters kommun""",
             X("change", [P("Sara Jönsson", "sara.jonsson@sater.se", "Säters kommun")], ALL),
             "substitution: sender takes a departed colleague's place"),
        mail("z021", "2027-02-08T14:02:00", ("Linda Eriksson", "linda.eriksson@rattvik.se"), "Radera uppgifter",
             """Hej,

Jag anmälde mig i december men har nu avanmält mig. Jag vill att ni raderar alla mina personuppgifter ur era register enligt GDPR.

Linda Eriksson""",
             X("erasure", [P("Linda Eriksson", "linda.eriksson@rattvik.se", "Rättviks kommun")]),
             "erasure request"),
        mail("z022", "2027-02-10T15:30:00", ("Marcus Holm", "marcus.holm@avesta.se"), "Anmälan",
             """<html><body><p>Hej!</p><p>Jag och <b>Camilla Berg</b> (camilla.berg@avesta.se) anmäler oss till DalaLab. Vi kommer den <b>3 maj</b> och <b>29 november</b>.</p><p>Mvh<br>Marcus Holm<br>Avesta kommun</p></body></html>""",
             X("register", [P("Marcus Holm", "marcus.holm@avesta.se", "Avesta kommun"),
                            P("Camilla Berg", "camilla.berg@avesta.se", "Avesta kommun")], [S1, S3]),
             "HTML-only mail, two people, two sessions", html=True),
        tg("z023", "2027-02-12T18:20:00", "Kristoffer Lindahl", 70789,
           "Hej, är det någon parkering vid lokalen i Falun den 3 maj? Jag är redan anmäld.",
           X("question"), "question naming a date, already registered -> no sessions"),
        mail("z024", "2027-02-15T07:58:00", ("Åsa Thorsell", "asa.thorsell@orsa.se"), "Anmälan DalaLab",
             """Hej Linnea

Jag anmäler mig till DalaLab, alla fyra träffarna. Jag har glutenintolerans.

Med vänliga hälsningar
Åsa Thorsell
Samhällsplanerare | Orsa kommun
Box 23, 794 21 Orsa | 0250-55 21 43
Besök gärna vår Orsadag 12 juni 2027!""",
             X("register", [P("Åsa Thorsell", "asa.thorsell@orsa.se", "Orsa kommun", diet="glutenintolerans")], ALL,
               diet="glutenintolerans"),
             "signature with another date (12 juni) that is not a session"),
        mail("z025", "2027-02-18T12:44:00", ("Jenny Kallin", "jenny.kallin@gagnef.se"), "Avanmälan 3 maj",
             """Hej,

Tyvärr kan jag inte delta den 3 maj pga sjukskrivning. Övriga träffar står jag kvar på.

Hälsn. Jenny Kallin, Gagnefs kommun""",
             X("cancel", [P("Jenny Kallin", "jenny.kallin@gagnef.se", "Gagnefs kommun")], [S1]),
             "partial cancellation of one session"),
        tg("z026", "2027-02-20T20:10:00", "Hamid R", 70890,
           "hello, I am Hamid Rahimi from Mora municipality. want to join all meetings. I have halal food",
           X("register", [P("Hamid Rahimi", None, "Mora kommun", diet="halal")], ALL, diet="halal"),
           "non-native English on telegram, halal diet"),
        mail("z027", "2027-02-23T09:09:00", ("Tomas Wennberg", "tomas.wennberg@ludvika.se"), "Kan jag också komma?",
             """Hej!

Ahmed och Petra är redan anmälda från Ludvika. Kan jag också anmäla mig till träffen 21 september? Då blir vi tre.

Tomas Wennberg
Ludvika kommun""",
             X("register", [P("Tomas Wennberg", "tomas.wennberg@ludvika.se", "Ludvika kommun")], [S2]),
             "third person of a municipality, already-registered colleagues not among people; phrased as question"),
        mail("z028", "2027-02-26T16:33:00", ("Nyhetsbrev Boverket", "nyhetsbrev@boverket.se"), "Boverket informerar – februari 2027",
             """Nyheter från Boverket

* Ny vägledning om översiktsplanering
* Seminarium om klimatanpassning 14 april 2027
* Avregistrera dig från nyhetsbrevet här""",
             X("auto_reply"), "newsletter, never answered"),
        tg("z029", "2027-03-01T10:25:00", "Viktor Sjöberg", 70901,
           "Jag är anmäld till 3 maj men vill byta till 21 september istället. Viktor, Smedjebacken",
           X("change", [P("Viktor Sjöberg", None, "Smedjebackens kommun")], [S2]),
           "bare swap -> only new session; surname from display name"),
        mail("z030", "2027-03-04T13:50:00", ("Katarina Bergström", "katarina.bergstrom@vansbro.se"), "DalaLab",
             """Hej Linnea!

Kan du anmäla mig och vår nya planarkitekt Oskar Ljung till projektet? Oskar har ingen e-post hos oss ännu, han börjar 1 april. Vi tar alla träffar båda två. Jag äter inte fläsk.

/Katarina Bergström, Vansbro kommun""",
             X("register", [P("Katarina Bergström", "katarina.bergstrom@vansbro.se", "Vansbro kommun", diet="äter inte fläsk"),
                            P("Oskar Ljung", None, "Vansbro kommun")], ALL, diet="äter inte fläsk"),
             "colleague without address, start date not a session, diet phrased freely"),
        mail("z031", "2027-03-09T08:05:00", ("Lena Hedlund", "lena.hedlund@hedemora.se"), "Ny kollega ersätter Gunnel",
             """Hej,

Gunnel Axelsson avanmälde sig tidigare. Kan jag få hennes plats? Jag vill gå på den 29 november och den i februari 2028.

Lena Hedlund
Hedemora kommun""",
             X("register", [P("Lena Hedlund", "lena.hedlund@hedemora.se", "Hedemora kommun")], [S3, S4], unsure=["intent"]),
             "takes over an already-cancelled place: effectively a new signup for two sessions"),
        tg("z032", "2027-03-12T15:15:00", "Pia", 71012,
           "hej! pia lönn, länsstyrelsen. kan inte komma 22 feb längre, ta bort mig från den",
           X("cancel", [P("Pia Lönn", None, "Länsstyrelsen Dalarna")], [S4]),
           "chat cancellation of one session"),
        mail("z033", "2027-03-16T11:11:00", ("Rasmus Åkerlund", "rasmus.akerlund@malung-salen.se"), "Inte jag, utan Mikaela",
             """Hej!

Jag är anmäld till alla fyra träffar men får inte tid. Min kollega Mikaela Forsberg (mikaela.forsberg@malung-salen.se) går i mitt ställe på samtliga.

Rasmus""",
             X("change", [P("Mikaela Forsberg", "mikaela.forsberg@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "substitution: only the substitute is among people"),
        mail("z034", "2027-03-22T14:28:00", ("Emma Klint", "emma.klint@regiondalarna.se"), "Fråga om sista anmälningsdag",
             """Hej Linnea,

Gäller sista anmälningsdag 14 april även för oss på regionen, eller kan vi anmäla senare? Och kommer presentationerna läggas ut efteråt?

Tack!
Emma""",
             X("question"), "question about deadline; no signup"),
        tg("z035", "2027-03-28T09:40:00", "Fatima Osman", 71123,
           "God morgon! Fatima Osman, Borlänge kommun. Anmäler mig och kollegan Jesper Nyberg till första och andra träffen.",
           X("register", [P("Fatima Osman", None, "Borlänge kommun"), P("Jesper Nyberg", None, "Borlänge kommun")], [S1, S2]),
           "chat, two people, ordinal session references"),
        mail("z036", "2027-04-06T16:52:00", ("David Eklund", "david.eklund@leksand.se"), "Re: Anmälan från Leksand",
             """Hej!

Johan Persson har tyvärr fått förhinder och kan inte delta i DalaLab alls. Amiras anmälan gäller som förut.

David Eklund
Planchef, Leksands kommun""",
             X("cancel", [P("Johan Persson", "johan.persson@leksand.se", "Leksands kommun")], ALL),
             "manager withdraws colleague without substitute -> cancel; Amira not among people"),
        mail("z037", "2027-04-09T21:03:00", ("Erik Svensson", "erik.svensson83@gmail.com"), "Anmälan",
             """Hej, jag är konsult och jobbar åt Älvdalens kommun med deras nya ÖP. Kan jag anmäla mig till den 21 september? Skriver från privata mejlen.

Erik Svensson""",
             X("register", [P("Erik Svensson", "erik.svensson83@gmail.com", "Älvdalens kommun")], [S2], unsure=["organisation"]),
             "consultant from gmail working for a municipality"),
    ]
