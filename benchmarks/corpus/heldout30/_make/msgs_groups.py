from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("ag046", "2026-12-03T09:12", ("Helena Wikström", "helena.wikstrom@falun.se"), "Anmälan till DalaLab",
             """Hej Linnea!

Jag vill anmäla mig själv och två kollegor från samhällsbyggnadsförvaltningen till lärprojektet:

- Helena Wikström (jag), helena.wikstrom@falun.se
- Oskar Bergqvist, oskar.bergqvist@falun.se
- Fatima Haddad, fatima.haddad@falun.se

Vi vill vara med på alla fyra träffarna.

Tack på förhand!

Vänliga hälsningar
Helena Wikström
Översiktsplanerare
Falu kommun, Samhällsbyggnadsförvaltningen
Slottsgatan 2, 791 83 Falun
Tel 023-82 000 (växel), direkt 023-86 14 27
""",
             X("register", [P("Helena Wikström", "helena.wikstrom@falun.se", "Falu kommun"),
                            P("Oskar Bergqvist", "oskar.bergqvist@falun.se", "Falu kommun"),
                            P("Fatima Haddad", "fatima.haddad@falun.se", "Falu kommun")], ALL),
             "ordinary: sender plus two colleagues in a bulleted list with addresses, all four sessions"),

        mail("ag047", "2026-12-04T14:38", ("Sundberg, Magnus", "magnus.sundberg@borlange.se"), "DalaLab - anmälan Borlänge",
             """Hej,

Följande från Borlänge kommun anmäls till DalaLab, samtliga tillfällen:

Sundberg, Magnus
Ekström, Jenny
Alvarez Lindh, Paula

Jenny och Paula har inte fått inbjudan direkt så skicka gärna bekräftelsen till mig så vidarebefordrar jag.

Mvh
Magnus Sundberg
Planeringschef, Borlänge kommun
0243-740 00
""",
             X("register", [P("Magnus Sundberg", "magnus.sundberg@borlange.se", "Borlänge kommun"),
                            P("Jenny Ekström", None, "Borlänge kommun"),
                            P("Paula Alvarez Lindh", None, "Borlänge kommun")], ALL),
             "'Efternamn, Förnamn' list including the sender; two without addresses, one with double surname"),

        mail("ag048", "2026-12-07T10:05", ("Gun-Britt Olofsson", "gun-britt.olofsson@leksand.se"), "Anmälan lärprojekt planeringsstrategi",
             """Hej!

Jag är nämndsekreterare på samhällsbyggnad i Leksand och skriver på uppdrag av vår planchef.

Anmäl gärna:
Planchef Tobias Hed, tobias.hed@leksand.se
Planarkitekt Maja Nordin, maja.nordin@leksand.se

De kan tyvärr bara komma den 3/5 och 21.9 – övriga datum krockar med fullmäktige.

Själv deltar jag inte.

Med vänlig hälsning
Gun-Britt Olofsson
Nämndsekreterare
Leksands kommun
Box 301, 793 27 Leksand
""",
             X("register", [P("Tobias Hed", "tobias.hed@leksand.se", "Leksands kommun"),
                            P("Maja Nordin", "maja.nordin@leksand.se", "Leksands kommun")], [S1, S2]),
             "secretary registers two others, says explicitly she does not attend; dates as 3/5 and 21.9"),

        mail("ag049", "2027-01-11T08:21", ("HR Ludvika", "hr@ludvika.se"), "Avanmälan - medarbetare har slutat",
             """Hej,

Vi på HR har fått information om att Sanna Pettersson (sanna.pettersson@ludvika.se) var anmäld till ert lärprojekt DalaLab. Sanna har avslutat sin anställning hos Ludvika kommun per 31 december och kommer därför inte att delta.

Vänligen avanmäl henne från samtliga träffar. Hennes e-postadress kommer att stängas inom kort.

Med vänlig hälsning
HR-funktionen
Ludvika kommun
""",
             X("cancel", [P("Sanna Pettersson", "sanna.pettersson@ludvika.se", "Ludvika kommun")], ALL),
             "shared HR mailbox cancels a former employee; address in text; sender not a person"),

        mail("ag050", "2027-01-12T13:47", ("Samhällsbyggnad Mora", "samhallsbyggnad@mora.se"), "Anmälan DalaLab",
             """Hej

Anmälan till DalaLab för vår nya översiktsplanerare Emil Tapani Korhonen, emil.korhonen@mora.se. Han börjar hos oss 1 februari och har därför inte fått inbjudan själv.

Han ska delta på alla tillfällen. Han är vegetarian.

Frågor kan skickas till Emil direkt eller till den här brevlådan.

Samhällsbyggnadsförvaltningen
Mora kommun
FE 1, 792 80 Mora
""",
             X("register", [P("Emil Korhonen", "emil.korhonen@mora.se", "Mora kommun", diet="vegetarian")], ALL,
               diet="vegetarian"),
             "function mailbox writes for a named person whose address is in the text; middle name; diet as 'vegetarian'"),

        mail("ag051", "2027-01-14T11:30", ("Karolina Strand", "karolina.strand@regiondalarna.se"), "Anmälan DalaLab – Region + Lst",
             """Hej Linnea,

Jag och Anders Mattsson på Länsstyrelsen har pratat ihop oss och vill båda vara med i DalaLab, alla fyra träffarna.

Karolina Strand, Region Dalarna, Regional utveckling – karolina.strand@regiondalarna.se
Anders Mattsson, Länsstyrelsen Dalarna, samhällsbyggnadsenheten – anders.mattsson@lansstyrelsen.se

Anders har bett mig anmäla honom eftersom han är på tjänsteresa den här veckan.

Hälsningar
Karolina
""",
             X("register", [P("Karolina Strand", "karolina.strand@regiondalarna.se", "Region Dalarna"),
                            P("Anders Mattsson", "anders.mattsson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "two organisations in one mail: region sender registers herself and a Länsstyrelsen colleague"),

        mail("ag052", "2027-01-18T16:02", ("Lena Höglund", "lena.hoglund@gagnef.se"), "Anmälan + specialkost",
             """Hej!

Vi blir tre från Gagnef som vill vara med i lärprojektet, alla datum:

Lena Höglund – inga särskilda önskemål
Pär Jonsson – vegetarisk
Mirela Kovačević – glutenfri

Pär har pars.jonsson@gagnef.se och Mirela mirela.kovacevic@gagnef.se.

/Lena

--
Lena Höglund, kommunekolog
Gagnefs kommun | 0241-150 00
""",
             X("register", [P("Lena Höglund", "lena.hoglund@gagnef.se", "Gagnefs kommun"),
                            P("Pär Jonsson", "pars.jonsson@gagnef.se", "Gagnefs kommun", diet="vegetarisk"),
                            P("Mirela Kovačević", "mirela.kovacevic@gagnef.se", "Gagnefs kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "per-person diets in the list, addresses given afterwards in prose; one address differs in spelling from the name"),

        mail("ag053", "2027-01-20T09:44", ("Johan Dahlberg", "johan.dahlberg@avesta.se"), "DalaLab",
             """Hej,

Anmäler mig till hela serien. Min kollega Therese Nyberg (therese.nyberg@avesta.se) vill bara vara med på den om osäkerheter och framtider i november, resten har hon inte tid med.

Johan Dahlberg
Strategisk planerare, Avesta kommun
""",
             X("register", [P("Johan Dahlberg", "johan.dahlberg@avesta.se", "Avesta kommun"),
                            P("Therese Nyberg", "therese.nyberg@avesta.se", "Avesta kommun")], ALL),
             "different sessions per person: sender all four, colleague only 29 nov by theme; message sessions are the union"),

        mail("ag054", "2027-01-21T12:15", ("Ingvar Björk", "ingvar.bjork@hedemora.se"), "Fråga om antal deltagare",
             """Hej Linnea

Vi är fyra personer på plan- och byggenheten i Hedemora som gärna skulle vilja gå DalaLab. I inbjudan står det "upp till tre personer per kommun". Är det helt fast eller finns det möjlighet att få med en fjärde om det blir platser över? Alternativt, går det att dela upp så att olika personer går på olika träffar?

Vi väntar med att anmäla tills vi vet.

Mvh
Ingvar Björk
Enhetschef plan och bygg
Hedemora kommun
""",
             X("question", [], []),
             "quota question from a group of four; explicitly waits with registering"),

        mail("ag055", "2027-01-25T15:20", ("Richard Brennan", "richard.brennan@avesta.se"), "Registration DalaLab - Avesta team",
             """Hello Linnea,

I hope you don't mind me writing in English. Please register the following people from Avesta municipality for the DalaLab learning project:

1. Richard Brennan (myself) - richard.brennan@avesta.se
2. Sofia Eriksson - sofia.eriksson@avesta.se

We would like to attend all sessions. Sofia has a nut allergy, please note this for the lunch.

Best regards,
Richard Brennan
Urban planner | Avesta kommun
+46 226 645 00
""",
             X("register", [P("Richard Brennan", "richard.brennan@avesta.se", "Avesta kommun"),
                            P("Sofia Eriksson", "sofia.eriksson@avesta.se", "Avesta kommun", diet="nut allergy")],
               ALL, diet="nut allergy"),
             "English group registration, diet for the colleague only"),

        mail("ag056", "2027-01-27T10:03", ("Sara Andersson", "sara.andersson@rattvik.se"), "Anmälan DalaLab Rättvik",
             """<html><body>
<p>Hej Linnea!</p>
<p>Här kommer Rättviks anmälan till DalaLab:</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Tillfällen</th><th>Kost</th></tr>
<tr><td>Sara Andersson</td><td>sara.andersson@rattvik.se</td><td>Alla</td><td>-</td></tr>
<tr><td>Nils-Erik Holmgren</td><td>nils-erik.holmgren@rattvik.se</td><td>Alla</td><td>Laktosfri</td></tr>
<tr><td>Amina Yusuf</td><td>amina.yusuf@rattvik.se</td><td>Alla</td><td>-</td></tr>
</table>
<p>Tack!<br>Sara Andersson<br>Planeringsarkitekt, Rättviks kommun<br>0248-700 00</p>
</body></html>
""",
             X("register", [P("Sara Andersson", "sara.andersson@rattvik.se", "Rättviks kommun"),
                            P("Nils-Erik Holmgren", "nils-erik.holmgren@rattvik.se", "Rättviks kommun", diet="Laktosfri"),
                            P("Amina Yusuf", "amina.yusuf@rattvik.se", "Rättviks kommun")], ALL, diet="Laktosfri"),
             "HTML-only mail with a table of three people, sessions and a per-person diet column", html=True),

        mail("ag057", "2027-01-28T07:58", ("Per-Olof Lindgren", "per-olof.lindgren@vansbro.se"), "anmälan",
             """Hej. Anmäl mig och mina två medarbetare Anna Sjöberg och Kalle Persson till alla träffar i DalaLab. Vi är hela planavdelningen i Vansbro så det blir lite tomt här de dagarna :)

Skickat från min iPhone""",
             X("register", [P("Per-Olof Lindgren", "per-olof.lindgren@vansbro.se", "Vansbro kommun"),
                            P("Anna Sjöberg", None, "Vansbro kommun"),
                            P("Kalle Persson", None, "Vansbro kommun")], ALL),
             "manager registers himself and two colleagues in prose, no addresses; org from sender domain"),

        mail("ag058", "2027-02-01T13:10", ("Katarina Mäkinen", "katarina.makinen@orsa.se"), "SV: Anmälan DalaLab",
             """Hej igen,

Tyvärr blir det ändrat för oss. Varken jag eller Henrik Ström kan komma den 21 september eftersom det är budgetdagar i kommunen då. Kan du stryka oss båda från den träffen? Resten gäller som tidigare.

/Katarina

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 januari 2027 10:12
Till: Katarina Mäkinen <katarina.makinen@orsa.se>
Ämne: SV: Anmälan DalaLab

Hej Katarina!
Tack för er anmälan. Du och Henrik Ström är nu anmälda till alla fyra träffarna: 3 maj, 21 september, 29 november och 22 februari 2028.
Hälsningar Linnea
""",
             X("cancel", [P("Katarina Mäkinen", "katarina.makinen@orsa.se", "Orsa kommun"),
                          P("Henrik Ström", None, "Orsa kommun")], [S2]),
             "partial cancellation for sender and colleague; quoted confirmation lists all four dates"),

        mail("ag059", "2027-02-02T09:25", ("Maria Fors", "maria.fors@smedjebacken.se"), "Byte av deltagare",
             """Hej Linnea,

Kristina Bäckman (kristina.backman@smedjebacken.se) var anmäld till DalaLab 3 maj och 21 september men har fått ett annat uppdrag och kan inte delta. Istället går Ali Rahimi, ali.rahimi@smedjebacken.se, på samma två tillfällen.

Jag är Kristinas och Alis chef.

Vänligen
Maria Fors
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("change", [P("Kristina Bäckman", "kristina.backman@smedjebacken.se", "Smedjebackens kommun"),
                          P("Ali Rahimi", "ali.rahimi@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
             "manager substitutes one employee for another, herself not attending; substitute takes 3 maj and 21 sep"),

        tg("ag060", "2027-02-03T20:14", "Sofie Granberg", 5183920417,
           """hej! anmäler mig och kollegan sara lind från orsa kommun till alla träffar. sara har mejl sara.lind@orsa.se""",
           X("register", [P("Sofie Granberg", None, "Orsa kommun"),
                          P("Sara Lind", "sara.lind@orsa.se", "Orsa kommun")], ALL),
           "telegram, lower case, sender plus colleague; org from text"),
        mail("ag061", "2027-02-04T11:48", ("Elin Vestman", "elin.vestman@sater.se"), "Anmälan från Säter + fråga",
             """Hej!

Vi vill anmäla oss tre från Säters kommun till DalaLab, alla fyra tillfällen:
Elin Vestman, elin.vestman@sater.se
Jonas Gustafsson, jonas.gustafsson@sater.se
Birgitta Lund, birgitta.lund@sater.se

En fråga: vår nya miljöstrateg Rasmus skulle också vara väldigt intresserad. Finns det någon väntelista om någon annan kommun inte fyller sina platser?

Hälsningar
Elin Vestman
Säters kommun
""",
             X("register", [P("Elin Vestman", "elin.vestman@sater.se", "Säters kommun"),
                            P("Jonas Gustafsson", "jonas.gustafsson@sater.se", "Säters kommun"),
                            P("Birgitta Lund", "birgitta.lund@sater.se", "Säters kommun")], ALL),
             "full quota of three plus a waitlist question about a fourth (Rasmus, not registered)"),

        mail("ag062", "2027-02-05T08:33", ("Lindqvist, Maria", "maria.lindqvist@rattvik.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,
Jag anmäler härmed mig själv samt
Ohlsson, Jakob <jakob.ohlsson@rattvik.se>
till samtliga träffar.
//Maria

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 28 november 2026 14:02
Till: Lindqvist, Maria <maria.lindqvist@rattvik.se>; Ohlsson, Jakob <jakob.ohlsson@rattvik.se>; Wahlberg, Per <per.wahlberg@rattvik.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab – ett lärprojekt om strategisk översiktsplanering!
Träff 1: 3 maj 2027 kl 10–15 i Falun (fika från 09.30)
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028
Varje kommun kan delta med upp till tre personer. Sista anmälningsdag 14 april 2027.
""",
             X("register", [P("Maria Lindqvist", "maria.lindqvist@rattvik.se", "Rättviks kommun"),
                            P("Jakob Ohlsson", "jakob.ohlsson@rattvik.se", "Rättviks kommun")], ALL),
             "Outlook reply; colleague in 'Efternamn, Förnamn <addr>' form; quoted header names a third person (Per Wahlberg) who is not signed up"),

        mail("ag063", "2027-02-08T10:17", ("Annika Ström", "annika.strom@lansstyrelsen.se"), "Anmälan landshövdingens stab / DalaLab",
             """Hej,

Jag är assistent åt vår enhetschef Göran Ahlberg-Pihl på samhällsbyggnadsenheten och anmäler honom härmed till DalaLab. Han har tyvärr bara möjlighet att delta vid det första tillfället i Falun i maj.

Göran är laktosintolerant.

Hans e-post: goran.ahlberg-pihl@lansstyrelsen.se

Med vänlig hälsning
Annika Ström
Assistent
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00
""",
             X("register", [P("Göran Ahlberg-Pihl", "goran.ahlberg-pihl@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="laktosintolerant")], [S1], diet="laktosintolerant"),
             "assistant registers her manager only, for the first session; hyphenated surname; diet"),

        mail("ag064", "2027-02-09T14:56", ("Jesper Hallgren", "jesper.hallgren@alvdalen.se"), "Anmälan kollega",
             """Hej Linnea!

Själv har jag inte möjlighet att vara med i DalaLab i år, men jag vill anmäla min kollega Ronja Mattsson (ronja.mattsson@alvdalen.se) som är ny översiktsplanerare hos oss. Alla träffar.

Tack!
Jesper
Älvdalens kommun
""",
             X("register", [P("Ronja Mattsson", "ronja.mattsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "sender registers only a colleague and says he does not attend"),

        mail("ag065", "2027-02-10T09:09", ("Åsa Näslund", "asa.naslund@alvdalen.se"), "Anmälan höstens träffar",
             """Hej!

Vi från Älvdalen vill anmäla oss till höstens två träffar i DalaLab:

Åsa Näslund, planeringssekreterare
Fredrik von Essen, planarkitekt (fredrik.vonessen@alvdalen.se)

Fredrik äter inte fläskkött.

Hälsningar
Åsa Näslund
Älvdalens kommun, Dalgatan 52
""",
             X("register", [P("Åsa Näslund", "asa.naslund@alvdalen.se", "Älvdalens kommun"),
                            P("Fredrik von Essen", "fredrik.vonessen@alvdalen.se", "Älvdalens kommun",
                              diet="äter inte fläskkött")], [S2, S3], diet="äter inte fläskkött"),
             "iso-8859-1; 'höstens två träffar' = 21 sep and 29 nov; particle name; unusual diet phrasing",
             charset="iso-8859-1"),

        mail("ag066", "2027-02-11T15:31", ("Linda Carlsson", "linda.carlsson@borlange.se"), "Ändring av Borlänges anmälan",
             """Hej,

En ändring i vår anmälan: Ahmed Nour (ahmed.nour@borlange.se) har bytt tjänst och kommer inte att delta i DalaLab. Vi andra två, jag och Mikael Öhman, kommer som planerat.

Vi återkommer om vi hittar någon som kan ta Ahmeds plats.

Mvh Linda Carlsson
Borlänge kommun
""",
             X("cancel", [P("Ahmed Nour", "ahmed.nour@borlange.se", "Borlänge kommun")], ALL),
             "withdrawn colleague without substitute under 'Ändring' subject = cancel; the others stay and are not people"),

        mail("ag067", "2027-02-12T11:02", ("Tove Lindahl", "tove.lindahl@hedemora.se"), "Lägg till kollega",
             """Hej Linnea!

Jag är redan anmäld till 3 maj och 29 november. Kan du lägga till min kollega Samuel Eriksson (samuel.eriksson@hedemora.se) på samma två träffar? Vi samåker.

/Tove
""",
             X("register", [P("Samuel Eriksson", "samuel.eriksson@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "adding a colleague to 'samma två träffar' as the sender's existing signup; sender already registered, not among people"),

        mail("ag068", "2027-02-15T08:40", ("Registrator Länsstyrelsen Dalarna", "dalarna@lansstyrelsen.se"), "VB: Anmälan till DalaLab",
             """Diarienummer: 109-1234-2027

Meddelandet nedan har inkommit till Länsstyrelsens funktionsbrevlåda och vidarebefordras till er för åtgärd.

-----Ursprungligt meddelande-----
Från: Hanna Eklund
Ämne: Anmälan till DalaLab

Hej, jag heter Hanna Eklund och jobbar med regional planering på Länsstyrelsen. Jag vill gärna vara med på träffarna i september och november. Min mejl är hanna.eklund@lansstyrelsen.se.
Hanna
""",
             X("register", [P("Hanna Eklund", "hanna.eklund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "registry function mailbox forwards a named person's signup; her address only in the body; case number"),

        mail("ag069", "2027-02-16T13:13", ("Dragan Petrović", "dragan.petrovic@borlange.se"), "registration for dalalab",
             """Hi Linnea

me and my colleague Yasmin Al-Khatib want to join dalalab on may 3 and september 21. Sorry my swedish is not so good yet so i write english. Yasmin mail is yasmin.al-khatib@borlange.se

thanks you
Dragan Petrovic
Borlange municipality, city planning""",
             X("register", [P("Dragan Petrović", "dragan.petrovic@borlange.se", "Borlänge kommun"),
                            P("Yasmin Al-Khatib", "yasmin.al-khatib@borlange.se", "Borlänge kommun")], [S1, S2]),
             "broken English, two people, two sessions in English date words; name spelled without diacritic in signature"),

        mail("ag070", "2027-02-17T10:50", ("Personalavdelningen Falu kommun", "personal@falun.se"), "Begäran om radering av personuppgifter",
             """Hej,

Vår tidigare medarbetare Viktor Sandberg (viktor.sandberg@falun.se) har lämnat kommunen och har bett oss framföra att han vill att alla hans personuppgifter i ert anmälningssystem för DalaLab raderas.

Med vänlig hälsning
Personalavdelningen
Falu kommun
""",
             X("erasure", [P("Viktor Sandberg", "viktor.sandberg@falun.se", "Falu kommun")], []),
             "erasure for a former employee, requested via the personnel function mailbox"),

        mail("ag071", "2027-02-18T06:02", ("Mikaela Grahn", "mikaela.grahn@gagnef.se"), "Frånvaro: Anmälan DalaLab Gagnef",
             """Hej!

Jag är tjänstledig till och med 31 mars 2027 och läser inte min e-post. För frågor om planärenden kontakta Pär Jonsson, pars.jonsson@gagnef.se, eller växeln 0241-150 00.

Mvh Mikaela Grahn
Gagnefs kommun
""",
             X("auto_reply", [], []),
             "out-of-office reply to a group confirmation; names a colleague with address"),

        mail("ag072", "2027-02-19T09:37", ("Bengt Wallin", "bengt.wallin@ludvika.se"), "Anmälan planeringsenheten Ludvika",
             """Hej!

Hela planeringsenheten vill gå på DalaLab! Jag anmäler därför:

Bengt Wallin (enhetschef)
Cecilia Ehn
Hampus Lilja
Nadia Mansour
Erik Ros

Allihop till alla fyra träffarna. Adresserna är förnamn.efternamn@ludvika.se.

Hälsar
Bengt Wallin
Ludvika kommun
0240-860 00
""",
             X("register", [P("Bengt Wallin", "bengt.wallin@ludvika.se", "Ludvika kommun"),
                            P("Cecilia Ehn", None, "Ludvika kommun"),
                            P("Hampus Lilja", None, "Ludvika kommun"),
                            P("Nadia Mansour", None, "Ludvika kommun"),
                            P("Erik Ros", None, "Ludvika kommun")], ALL),
             "five from one municipality (over the quota of three); addresses only as a pattern, not given"),

        mail("ag073", "2027-02-22T14:05", ("Malin Engström", "malin.engstrom@regiondalarna.se"), "Anmälan Region Dalarna",
             """Hej Linnea,

Från oss på Regional utveckling kommer följande till samtliga träffar:

Namn\t\tE-post\t\t\t\tKost
Malin Engström\tmalin.engstrom@regiondalarna.se\t-
Olle Kvist\tolle.kvist@regiondalarna.se\t\tvegan
Yvonne Ek\tyvonne.ek@regiondalarna.se\t\t-
Tariq Hussain\ttariq.hussain@regiondalarna.se\thalal

Vi har förstått att regionen inte har något tak på antal, säg till annars.

Hälsningar
Malin
""",
             X("register", [P("Malin Engström", "malin.engstrom@regiondalarna.se", "Region Dalarna"),
                            P("Olle Kvist", "olle.kvist@regiondalarna.se", "Region Dalarna", diet="vegan"),
                            P("Yvonne Ek", "yvonne.ek@regiondalarna.se", "Region Dalarna"),
                            P("Tariq Hussain", "tariq.hussain@regiondalarna.se", "Region Dalarna", diet="halal")],
               ALL, diet="vegan, halal"),
             "tab-separated plain-text table of four from the region (no quota); two diets"),

        mail("ag074", "2027-02-23T16:44", ("Susanne Lövgren", "susanne.lovgren@malung-salen.se"), "Ny kost för kollega",
             """Hej!

Min kollega Eva Berg är anmäld till alla fyra träffarna i DalaLab. Hon har nyligen fått diagnosen celiaki, så hon behöver glutenfri kost framöver. Kan ni notera det?

Tack!
Susanne Lövgren
Malung-Sälens kommun
""",
             X("change", [P("Eva Berg", None, "Malung-Sälens kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "diet update for a colleague written by someone else; colleague without address; sessions stated as all four"),

        mail("ag075", "2027-02-24T10:28", ("Hans Mört", "hans.mort@orsa.se"), "Anmälan Orsa och Mora",
             """Hej

Orsa och Mora har gemensam översiktsplanering sedan i fjol, så vi anmäler oss tillsammans:

- Hans Mört, Orsa kommun (hans.mort@orsa.se)
- Lisa Wennberg, Mora kommun (lisa.wennberg@mora.se)

Båda på alla träffar.

/Hans Mört
""",
             X("register", [P("Hans Mört", "hans.mort@orsa.se", "Orsa kommun"),
                            P("Lisa Wennberg", "lisa.wennberg@mora.se", "Mora kommun")], ALL),
             "two municipalities in one mail via a joint planning function"),
        tg("ag076", "2027-02-25T18:55", "Mats Ahlin", 6620193384,
           """Hej. Kan ni avanmäla mig och Lars Frisk från träffen 21/9? Vi har båda förhinder. /Mats, Vansbro kommun""",
           X("cancel", [P("Mats Ahlin", None, "Vansbro kommun"),
                        P("Lars Frisk", None, "Vansbro kommun")], [S2]),
           "telegram cancellation of one session for sender and colleague; no addresses"),

        mail("ag077", "2027-03-01T11:11", ("Ulrika Dahl", "ulrika.dahl@smedjebacken.se"), "Fråga om platserna",
             """Hej Linnea!

Kort fråga: räknas de tre platserna per kommun per person eller per tillfälle? Vi funderar på att låta olika kollegor gå på olika träffar beroende på tema, så att t.ex. en går i maj och en annan i september.

Mvh
Ulrika Dahl
Smedjebackens kommun
""",
             X("question", [], []),
             "quota question about rotating people between sessions; no signup"),

        mail("ag078", "2027-03-02T09:00", ("Robert Nygren", "robert.nygren@falun.se"), "Byte av datum för Anna",
             """Hej,

Anna Sjödin (anna.sjodin@falun.se) i min grupp behöver byta från träffen den 21/9 till den 29/11. Hon har semester i september.

Robert Nygren
Gruppchef översiktsplanering
Falu kommun
""",
             X("change", [P("Anna Sjödin", "anna.sjodin@falun.se", "Falu kommun")], [S3]),
             "manager swaps one session for an employee; bare swap gives only the new session"),

        mail("ag079", "2027-03-03T21:40", ("britt karlsson", "britt.karlsson@avesta.se"), "anmälan dalalab",
             """hej
anmäler följande från avesta:
karlsson, britt
nyström, ola
båda till 3:e maj och den 22 feb.
mvh britt""",
             X("register", [P("Britt Karlsson", "britt.karlsson@avesta.se", "Avesta kommun"),
                            P("Ola Nyström", None, "Avesta kommun")], [S1, S4]),
             "lower-case 'efternamn, förnamn' list including the sender; dates '3:e maj' and '22 feb' without year"),

        mail("ag080", "2027-03-04T13:27", ("Eva Rönnqvist", "eva.ronnqvist@sater.se"), "Avanmälan 22 februari",
             """Hej!

Jag är administratör på samhällsbyggnadsförvaltningen i Säter. Våra tre deltagare i DalaLab – Elin Vestman, Jonas Gustafsson och Birgitta Lund – kan tyvärr inte komma på den sista träffen (tillgänglighet, februari 2028) då den krockar med kommunens planeringsdagar. Övriga träffar deltar de på som planerat.

Vänliga hälsningar
Eva Rönnqvist
Administratör
Säters kommun
""",
             X("cancel", [P("Elin Vestman", None, "Säters kommun"),
                          P("Jonas Gustafsson", None, "Säters kommun"),
                          P("Birgitta Lund", None, "Säters kommun")], [S4]),
             "administrator cancels the last session for three others, by theme word and month; she is not attending"),

        mail("ag081", "2027-03-05T08:15", ("Jonna Eliasson", "jonna.eliasson@mora.se"), "Anmälan DalaLab – Mora",
             """<html><body style="font-family:Calibri">
<p>Hej!</p>
<p>Vi anmäler oss enligt nedan (X = deltar):</p>
<table border="1">
<tr><th></th><th>3 maj</th><th>21 sep</th><th>29 nov</th><th>22 feb</th></tr>
<tr><td>Jonna Eliasson</td><td>X</td><td>X</td><td></td><td></td></tr>
<tr><td>Kerstin Hagberg</td><td>X</td><td></td><td>X</td><td></td></tr>
</table>
<p>Kerstins adress är kerstin.hagberg@mora.se.</p>
<p>Med vänlig hälsning<br><b>Jonna Eliasson</b><br>Samhällsplanerare | Mora kommun<br>Tel: 0250-260 00</p>
</body></html>
""",
             X("register", [P("Jonna Eliasson", "jonna.eliasson@mora.se", "Mora kommun"),
                            P("Kerstin Hagberg", "kerstin.hagberg@mora.se", "Mora kommun")], [S1, S2, S3]),
             "HTML-only matrix of people × sessions; different sessions per person, message sessions the union (22 feb nobody)",
             html=True),

        mail("ag082", "2027-03-08T10:42", ("Kicki Svärd", "kicki.svard@leksand.se"), "Anmälan kommundirektör",
             """Hej Linnea,

Jag anmäler vår kommundirektör Lars-Åke Hjort (lars-ake.hjort@leksand.se) till DalaLab den 3 maj. Jag följer med honom den dagen eftersom jag är hans stabsstrateg och ansvarar för vårt ÖP-arbete, så skriv upp mig också.

Lars-Åke vill ha vegetarisk lunch.

Kicki Svärd
Stabsstrateg, Kommunledningskontoret
Leksands kommun
""",
             X("register", [P("Lars-Åke Hjort", "lars-ake.hjort@leksand.se", "Leksands kommun", diet="vegetarisk"),
                            P("Kicki Svärd", "kicki.svard@leksand.se", "Leksands kommun")], [S1], diet="vegetarisk"),
             "staff member registers her director and then adds herself too; one session; diet for the director"),

        mail("ag083", "2027-03-09T15:18", ("Mattias Hedlund", "mattias.hedlund@hedemora.se"), "DalaLab Hedemora",
             """Hej!

Anmäl gärna Petra Holm (petra.holm@hedemora.se) och Jonas Ek (jonas.ek@hedemora.se) till alla träffar. Själv försöker jag ta mig till första träffen i maj men jag vet inte säkert ännu, jag hör av mig.

Mattias Hedlund
Hedemora kommun
""",
             X("register", [P("Petra Holm", "petra.holm@hedemora.se", "Hedemora kommun"),
                            P("Jonas Ek", "jonas.ek@hedemora.se", "Hedemora kommun")], ALL,
               unsure=["sender-attends"]),
             "sender registers two colleagues; his own attendance is only tentative and not a signup"),

        mail("ag084", "2027-03-10T07:23", ("Nordic Events Group Booking", "booking@nordic-groupevents.com"), "Group registration for your event - special offer",
             """Dear event organiser,

We noticed you are organising a learning project with several participants per municipality. Nordic Events offers group registration handling, badge printing and catering coordination from only 49 EUR per participant.

Reply to this e-mail with your participant list and we will prepare a quote within 24 hours.

Kind regards
Nordic Events Group Booking
""",
             X("unknown", [], []),
             "sales mail about group registration, not a signup"),

        mail("ag085", "2027-03-11T12:34", ("Ingela Brandt", "ingela.brandt@lansstyrelsen.se"), "Registration of two trainees",
             """Dear Linnea,

We have two international trainees at the County Administrative Board this spring, Lukas Meier (lukas.meier@lansstyrelsen.se) and Chiara Romano (chiara.romano@lansstyrelsen.se). They are planners from Germany and Italy and would benefit a lot from the first DalaLab session on 3 May in Falun. Could you register them for that session? They understand Swedish reasonably well.

I will not attend myself.

Best regards,
Ingela Brandt
Head of Unit, Länsstyrelsen Dalarna
""",
             X("register", [P("Lukas Meier", "lukas.meier@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Chiara Romano", "chiara.romano@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "English, manager registers two trainees for the first session only; she does not attend"),

        mail("ag086", "2027-03-15T09:51", ("Stefan Åkesson", "stefan.akesson@gagnef.se"), "VB: Anmälan DalaLab",
             """Hej Linnea,

Vidarebefordrar Kalles anmälan nedan, han har problem med sin Outlook och den studsade. Själv vill jag också anmäla mig, men bara till 3 maj.

Stefan Åkesson
Gagnefs kommun

---------- Vidarebefordrat meddelande ----------
Från: Karl-Johan Bylund <karl-johan.bylund@gagnef.se>
Datum: 12 mars 2027 16:20
Ämne: Anmälan DalaLab

Hej! Jag vill anmäla mig till alla träffar i DalaLab. Jag är glutenintolerant.
/Kalle Bylund
""",
             X("register", [P("Karl-Johan Bylund", "karl-johan.bylund@gagnef.se", "Gagnefs kommun", diet="glutenintolerant"),
                            P("Stefan Åkesson", "stefan.akesson@gagnef.se", "Gagnefs kommun")], ALL,
               diet="glutenintolerant"),
             "forwarded signup of a colleague (all sessions, diet) plus the forwarder's own for 3 maj; union is all four"),

        mail("ag087", "2027-03-17T14:09", ("Gunilla Rask", "gunilla.rask@smedjebacken.se"), "Byte av person pga kvoten",
             """Hej,

Vi har redan våra tre platser fyllda från Smedjebacken men Gunnar Bäck har nu gått i pension. Stina Ahl (stina.ahl@smedjebacken.se) tar över hans plats. Gunnar var anmäld till hela serien och Stina tar samtliga träffar.

Gunnars gamla adress gunnar.back@smedjebacken.se är avstängd.

Hälsningar
Gunilla Rask
Planchef, Smedjebackens kommun
""",
             X("change", [P("Gunnar Bäck", "gunnar.back@smedjebacken.se", "Smedjebackens kommun"),
                          P("Stina Ahl", "stina.ahl@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "substitution within a full quota; leaving person's address given as closed; manager not attending"),

        mail("ag088", "2027-03-22T10:30", ("Lena Andersson", "lena.andersson@hedemora.se"), "Deltagare DalaLab",
             """Hej,

Deltagare från Hedemora kommun (kompletterar tidigare besked från Ingvar Björk):

ANDERSSON Lena, lena.andersson@hedemora.se
ÖBERG Tomas, tomas.oberg@hedemora.se

Vi deltar på träff 2 och 3.

/Lena Andersson, planarkitekt
""",
             X("register", [P("Lena Andersson", "lena.andersson@hedemora.se", "Hedemora kommun"),
                            P("Tomas Öberg", "tomas.oberg@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "surname in capitals first ('ANDERSSON Lena'); sessions as 'träff 2 och 3'; a third name mentioned only as reference"),

        mail("ag089", "2027-03-29T08:48", ("Personalenheten Älvdalen", "personal@alvdalen.se"), "Avanmälan DalaLab",
             """Hej!

Ronja Mattsson (ronja.mattsson@alvdalen.se) går på föräldraledighet från april och kommer därför inte kunna delta vid maj-träffen i Falun. Vi ber er avanmäla henne från den. Hon räknar med att vara tillbaka till hösten och deltar då som planerat.

Med vänlig hälsning
Personalenheten
Älvdalens kommun
""",
             X("cancel", [P("Ronja Mattsson", "ronja.mattsson@alvdalen.se", "Älvdalens kommun")], [S1]),
             "HR mailbox cancels one session for an employee on parental leave; later sessions stay"),

        tg("ag090", "2027-04-06T12:02", "Anna-Karin Wiklund", 7391002846,
           """Hi! We are three planners from Ludvika, can we still sign up all three of us before the deadline or is it full? Bengt already registered five people I think""",
           X("question", [], []),
           "English telegram quota question from a group; no names of those who would sign up"),
    ]
