"""Writer "lifechanges" (bf046–bf090): people whose circumstances change between signup and session — parental and
sick leave, new jobs inside and outside the list, retirement, a reorganisation that moves a planner to Region Dalarna,
a colleague who quits and a successor named later, substitutes, a name change after marriage, a municipality that
switches e-mail domain, someone back from leave who takes her places back from her substitute, and a manager who
reshuffles one session. Registers, changes, cancels, questions, and a few automatic, misdirected and erasure mails."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bf046", "2026-12-02T08:47", ("Karolina Wester", "karolina.wester@mora.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag kom tillbaka från föräldraledigheten i måndags och hittade inbjudan till DalaLab i inkorgen – kul! Jag vill gärna anmäla mig till hela lärprojektet.

Jag har varit föräldraledig sedan mars, så om ni har mig kvar i något gammalt register med ett annat telefonnummer är det numret nedan som gäller.

Vänliga hälsningar
Karolina Wester
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Mora kommun
Tel 0250-261 34 | Mobil 070-318 44 92
Fredsgatan 16, 792 80 Mora
""",
             X("register", [P("Karolina Wester", "karolina.wester@mora.se", "Mora kommun")], ALL),
             "back from parental leave, signs up for 'hela lärprojektet' -> all four; 'i mars' and the phone numbers are not sessions"),

        mail("bf047", "2026-12-04T13:12", ("Jesper Holmgren", "jesper.holmgren@leksand.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Inbjudan nedan gick till min gamla adress på Borlänge kommun och vidarebefordrades hit – jag har bytt jobb och är sedan 1 november planeringsarkitekt i Leksand. Anmäl mig gärna till de två första träffarna, 3 maj och 21 september. De andra får jag återkomma om när jag vet hur hösten ser ut.

/Jesper

Jesper Holmgren
Planeringsarkitekt, Leksands kommun
0247-802 55

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 10:02
Till: jesper.holmgren@borlange.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till lärprojektet DalaLab! Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Sista dag för anmälan är 14 april 2027. Upp till tre personer per kommun kan delta.
""",
             X("register", [P("Jesper Holmgren", "jesper.holmgren@leksand.se", "Leksands kommun")], [S1, S2]),
             "new job in Leksand: the old borlange.se address in the forwarded header is not his organisation now; "
             "'de två första' = 3 May + 21 Sep; quoted invitation lists all four dates"),

        tg("bf048", "2026-12-06T19:33", "Maja Ström", "6620418835",
           """hej! anmäl mig till första och sista träffen tack. Maja Ström, Smedjebackens kommun. blir föräldraledig aug–dec så därför inte de andra 🙂""",
           X("register", [P("Maja Ström", None, "Smedjebackens kommun")], [S1, S4]),
           "'första och sista träffen' = 3 May + 22 Feb; parental leave aug–dec explains the gap, names no session"),

        mail("bf049", "2026-12-07T07:02", ("Sara Nyström", "sara.nystrom@borlange.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl.

Jag är föräldraledig till och med 31 augusti 2027 och läser inte min e-post under den tiden.

För frågor om översiktsplanering, kontakta Magnus Ek, magnus.ek@borlange.se, 0243-740 12.
Vid brådskande ärenden: Borlänge kommuns kontaktcenter 0243-740 00.

Sara Nyström
Borlänge kommun
""",
             X("auto_reply"),
             "out-of-office (parental leave) answering the invitation; the named colleague and dates are no signup"),

        mail("bf050", "2026-12-09T14:25", ("Anders Nyqvist", "anders.nyqvist@borlange.se"), "Anmälan från Borlänge kommun",
             """Hej!

Vi vill anmäla följande från Borlänge kommun till DalaLab, samtliga fyra träffar:

- Sofia Lindh, sofia.lindh@borlange.se
- Robert Åman, robert.aman@borlange.se
- vår nya översiktsplanerare som börjar 1 mars – tjänsten är inte tillsatt än, vi återkommer med namn

Jag själv deltar inte.

Med vänlig hälsning
Anders Nyqvist
Planchef, Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Sofia Lindh", "sofia.lindh@borlange.se", "Borlänge kommun"),
                            P("Robert Åman", "robert.aman@borlange.se", "Borlänge kommun")], ALL),
             "manager registers two named colleagues, not himself; the unhired third ('vi återkommer med namn') is no "
             "person yet; 'samtliga fyra' -> all four; '1 mars' is a start date"),

        mail("bf051", "2026-12-10T11:40", ("Therese Lundin", "therese.lundin@hedemora.se"), "Fråga om deltagande",
             """Hej Linnea,

Jag är föräldraledig på 20 % under våren och är ledig måndagar. Första träffen 3 maj är en måndag – kan jag ändå delta och anmäla mig till hela serien, eller bör man helst vara i tjänst alla dagar?

Och en sak till: om jag anmäler mig, tar jag då en hel plats av kommunens tre? Vi är fler på Hedemora som är intresserade.

Tack på förhand!
Therese Lundin
Planarkitekt, Hedemora kommun
""",
             X("question"),
             "questions only (can she take part while on part-time parental leave; does she count in the quota); "
             "'3 maj' is mentioned but nothing is registered"),

        mail("bf052", "2026-12-14T16:08", ("Elin Markström", "elin.markstrom83@gmail.com"), "Anmälan till DalaLab",
             """Hej!

Jag började som planarkitekt på Gagnefs kommun den 1 december och har ännu inte fått någon jobbmejl, så jag skriver från min privata adress.

Jag vill gärna anmäla mig till träffarna 3 maj och 29 november. Min kommunadress blir troligen elin.markstrom@gagnef.se när IT har fixat den – använd gärna den när den finns.

Mvh
Elin Markström
Planarkitekt, Gagnefs kommun
""",
             X("register", [P("Elin Markström", "elin.markstrom83@gmail.com", "Gagnefs kommun")], [S1, S3]),
             "new employee writing from gmail; organisation from the text; the work address is only 'troligen', so the "
             "address she writes from is kept; two named dates"),

        mail("bf053", "2027-01-08T09:55", ("Per-Olof Nääs", "per-olof.naas@lansstyrelsen.se"), "Anmälan DalaLab",
             """Hej Linnea,

Jag har bytt arbetsgivare inom länet – efter tolv år på Falu kommun är jag sedan årsskiftet handläggare på Länsstyrelsen Dalarna, enheten för samhällsplanering. Jag hann aldrig anmäla mig via kommunen, så jag gör det nu: gärna de två sista träffarna (29 november och 22 februari).

Hälsningar
Per-Olof Nääs
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 04 17
""",
             X("register", [P("Per-Olof Nääs", "per-olof.naas@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "moved from Falu kommun to Länsstyrelsen; organisation is the current one (domain + signature), not Falun; "
             "'de två sista' = 29 Nov + 22 Feb"),

        mail("bf054", "2026-12-16T10:21", ("Tobias Lind", "tobias.lind@falun.se"), "Ansökan om föräldraledighet",
             """Hej Linnea!

Här kommer min ansökan om föräldraledighet enligt det vi pratade om: heltid 1 mars–31 augusti 2027, därefter 50 % till och med december. Min chef Karin har godkänt upplägget.

Blanketten ligger som bilaga. Säg till om något saknas!

/Tobias

Tobias Lind
Bygglovshandläggare, Falu kommun
""",
             X("unknown"),
             "misdirected HR mail (meant for another Linnea at the municipality's HR); leave dates are not sessions, "
             "nothing about DalaLab"),

        mail("bf055", "2026-12-18T15:30", ("Malin Grönberg", "malin.gronberg@lansstyrelsen.se"),
             "Anmälan DalaLab – ny organisationstillhörighet från 1/1",
             """Hej!

Jag vill anmäla mig till DalaLab, alla fyra träffarna.

Observera att jag från 1 januari flyttas över till Region Dalarna, eftersom arbetet med regional fysisk planering flyttar dit i omorganisationen. Min nya adress blir malin.gronberg@regiondalarna.se – den fungerar redan, så använd gärna den för kallelser och material.

Mvh
Malin Grönberg
Länsstyrelsen Dalarna (fr.o.m. 1/1 Region Dalarna)
Regional fysisk planering
""",
             X("register", [P("Malin Grönberg", "malin.gronberg@regiondalarna.se", "Region Dalarna")], ALL),
             "reorganisation moves her to Region Dalarna before the first session; the address she asks to be used is "
             "the new one; all four named"),

        mail("bf056", "2027-01-11T08:14", ("Hanna Björk", "hanna.bjork@rattvik.se"), "Avanmälan DalaLab",
             """Hej,

Jag anmälde mig till DalaLab i december, men nu visar det sig att jag går på föräldraledighet redan i slutet av april och blir borta till sommaren 2028. Jag behöver därför avanmäla mig från alla träffar.

Min chef Stefan Wik återkommer om någon annan från Rättvik kan ta platsen.

Hälsningar
Hanna Björk
Samhällsplanerare, Rättviks kommun
Storgatan 3, 795 80 Rättvik
""",
             X("cancel", [P("Hanna Björk", "hanna.bjork@rattvik.se", "Rättviks kommun")], ALL),
             "full cancellation for parental leave ('alla träffar'); the manager who may name someone later is not a person"),

        tg("bf057", "2027-01-12T12:03", "Oskar Hedin", "5127730948",
           """Hej! Ny som planeringsarkitekt på Vansbro kommun sen januari. Vill anmäla mig till träffarna 21 sept och 29 nov. oskar.hedin@vansbro.se""",
           X("register", [P("Oskar Hedin", "oskar.hedin@vansbro.se", "Vansbro kommun")], [S2, S3]),
           "new employee; address given in the text; '21 sept och 29 nov'"),

        mail("bf058", "2027-01-14T13:47", ("Johanna Lindqvist", "johanna.lindqvist@ludvika.se"), "Nytt efternamn – DalaLab",
             """Hej!

Jag anmälde mig i december som Johanna Berg (johanna.berg@ludvika.se). Efter bröllopet i nyår heter jag nu Johanna Lindqvist och har fått ny e-postadress, den jag skriver från. Den gamla adressen fungerar till sista februari.

Jag är anmäld till alla fyra träffarna och det gäller fortfarande.

Om ni skickar något per post är min nya hemadress Gruvgatan 4 B, 771 31 Ludvika.

Vänliga hälsningar
Johanna Lindqvist (f.d. Berg)
Översiktsplanerare, Ludvika kommun
""",
             X("change", [P("Johanna Lindqvist", "johanna.lindqvist@ludvika.se", "Ludvika kommun")], ALL),
             "details change after marriage: same person, new surname and address; the old name must not become a "
             "second person; sessions stated as all four; 'sista februari' is not 22 Feb"),

        tg("bf059", "2027-01-15T17:20", "Bengt Olsson", "1893406621",
           """Hej Linnea. Bengt Olsson här, Hedemora kommun. Jag vill gärna anmäla mig men jag går i pension i oktober, så bara de två första träffarna för min del. Mvh Bengt""",
           X("register", [P("Bengt Olsson", None, "Hedemora kommun")], [S1, S2]),
           "retiring in October: 'de två första träffarna' = 3 May + 21 Sep"),

        mail("bf060", "2027-01-18T10:32", ("Marie Dahlberg", "marie.dahlberg@avesta.se"), "Petter Ahl – avanmälan",
             """Hej!

Petter Ahl, som är anmäld till DalaLab från Avesta, har sagt upp sig och slutar hos oss den 22 januari. Tjänsten ska tillsättas men rekryteringen är inte klar – vi återkommer med namn på den som tar hans plats så snart vi vet.

Tills vidare: stryk Petter från alla träffar.

Med vänliga hälsningar
Marie Dahlberg
Enhetschef Plan och bygg
Avesta kommun
0226-64 50 00
""",
             X("cancel", [P("Petter Ahl", None, "Avesta kommun")], ALL),
             "colleague quits, successor not yet hired ('vi återkommer med namn') -> cancel of Petter, all four; "
             "sender not among people; '22 januari' is not a session"),

        mail("bf061", "2027-01-20T15:05", ("Jonas Ahlin", "jonas.ahlin@vansbro.se"), "Anmälan av min efterträdare",
             """Hej!

Jag slutar på Vansbro kommun sista februari, så jag anmäler inte mig själv. Min efterträdare Anders Holm börjar 1 mars och jag vill gärna att han får vara med i DalaLab från start – anmäl honom till alla fyra träffarna.

Hans adress blir anders.holm@vansbro.se. Han har glutenintolerans, om det spelar roll för fikat.

Tack för allt och lycka till med projektet!
Jonas Ahlin
Samhällsbyggnadschef, Vansbro kommun
""",
             X("register", [P("Anders Holm", "anders.holm@vansbro.se", "Vansbro kommun", diet="glutenintolerans")],
               ALL, diet="glutenintolerans"),
             "leaving sender registers his successor, not himself; all four; diet is the successor's"),

        mail("bf062", "2027-01-21T09:06", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse avanmälan DalaLab",
             """Det gick inte att leverera meddelandet till följande mottagare:

petter.ahl@avesta.se
Mottagarens e-postadress finns inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererad av server: GV1PR07MB8123.eurprd07.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

-------- Ursprungligt meddelande --------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Till: petter.ahl@avesta.se
Ämne: Bekräftelse avanmälan DalaLab

Hej Petter! Du är nu avanmäld från DalaLab (3 maj, 21 september, 29 november 2027 och 22 februari 2028).
""",
             X("auto_reply"),
             "bounce: the address of a colleague who has left no longer exists; the returned confirmation's name and "
             "dates are nothing to act on"),

        tg("bf063", "2027-01-24T21:14", "Ingvild Haugen", "7034158862",
           """Hi! I'm starting as a planner at Ludvika kommun on 1 March (moving from Trondheim). Could I sign up already now for all four DalaLab sessions? My work email isn't set up yet. Thanks! Ingvild""",
           X("register", [P("Ingvild Haugen", None, "Ludvika kommun")], ALL),
           "English; future employee of Ludvika signs up now; 'all four'; name from display name; no e-mail"),

        mail("bf064", "2027-01-26T11:18", ("Stina Eriksson", "stina.eriksson@smedjebacken.se"),
             "Omorganisation – hur gör jag med min anmälan?",
             """Hej Linnea,

Från 1 mars flyttas jag i en omorganisation till Region Dalarna (enheten för regional utveckling). Jag är anmäld till DalaLab via Smedjebackens kommun, alla fyra träffarna.

Hur ska jag göra – ska jag avanmäla mig och anmäla mig på nytt från regionen, eller räcker det att ni ändrar organisation hos er? Det vore bra om Smedjebacken i så fall kan använda sin plats till någon annan.

Hälsningar
Stina Eriksson
Planeringsstrateg, Smedjebackens kommun
0240-660 00
""",
             X("question", unsure=["intent"]),
             "asks how to move her signup after a reorganisation to Region Dalarna; could be read as a change request "
             "(new organisation), but she asks which way to do it -> question, unsure intent"),

        mail("bf065", "2027-01-28T08:39", ("Rasmus Fors", "rasmus.fors@gagnef.se"), "Anmälan DalaLab – Gagnef",
             """Hej!

Jag har ersatt Per Olsson som översiktsplanerare på Gagnefs kommun – Per slutade i december. Han hann aldrig anmäla sig till DalaLab, så jag anmäler mig nu i stället.

Den 3 maj kan jag tyvärr inte (en sedan länge bokad resa), men gärna på resten av träffarna.

Hälsningar
Rasmus Fors
Översiktsplanerare
Gagnefs kommun, 785 80 Gagnef
""",
             X("register", [P("Rasmus Fors", "rasmus.fors@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "successor of someone never registered -> plain register; 'inte 3 maj, gärna resten' = the other three; "
             "Per Olsson is not a person of the request"),

        tg("bf066", "2027-02-01T10:45", "Frida Moberg", "6402917735",
           """Hej! Jag heter Frida Moberg och har tagit över Lars Nygrens tjänst som planarkitekt i Orsa, han slutade i januari. Han var anmäld till DalaLab (alla fyra träffarna tror jag) – kan jag ta hans plats? Min mejl är frida.moberg@orsa.se""",
           X("change", [P("Lars Nygren", None, "Orsa kommun"), P("Frida Moberg", "frida.moberg@orsa.se", "Orsa kommun")],
             ALL),
           "substitution: successor takes the place of a colleague who quit; people lists both; sessions = his, all four"),

        tg("bf067", "2027-02-03T19:52", "Ida Falk", "2281904467",
           """hej! jag är halvtidssjukskriven till i sommar så jag väntar med våren men vill gärna anmäla mig till höstens träffar. Ida Falk, Rättviks kommun""",
           X("register", [P("Ida Falk", None, "Rättviks kommun")], [S2, S3]),
           "sick leave until summer; 'höstens träffar' (plural) = 21 Sep + 29 Nov"),

        tg("bf068", "2027-02-05T08:11", "Tove Lind", "5590126684",
           """Hej, jag är sjukskriven efter en operation och läkaren säger minst 3 månader, så jag kommer inte kunna vara med 3 maj 😞 Räknar med att vara tillbaka till september-träffen. /Tove, Mora kommun""",
           X("cancel", [P("Tove Lind", None, "Mora kommun")], [S1]),
           "partial cancel for sick leave: only 3 May; 'september-träffen' is kept, not cancelled"),

        mail("bf069", "2027-02-08T13:30", ("Åsa Dalin", "asa.dalin@alvdalen.se"), "Anmälan DalaLab, Älvdalens kommun",
             """Hej,

Härmed anmäls följande från Älvdalens kommun till DalaLab, träffarna 3 maj och 21 september:

Lena Svensson (f.d. Ahl), lena.svensson@alvdalen.se
Mikael Thor, mikael.thor@alvdalen.se

Jag själv anmäler mig inte. Obs: Lena har bytt efternamn sedan i höstas, så hon kan finnas under Ahl i äldre listor hos er.

Med vänlig hälsning
Åsa Dalin
Nämndsekreterare, Samhällsbyggnadsnämnden
Älvdalens kommun
""",
             X("register", [P("Lena Svensson", "lena.svensson@alvdalen.se", "Älvdalens kommun"),
                            P("Mikael Thor", "mikael.thor@alvdalen.se", "Älvdalens kommun")], [S1, S2]),
             "secretary registers two, not herself; 'f.d. Ahl' is Lena's former name, not a third person"),

        mail("bf070", "2027-02-10T16:44", ("Anna Forsman", "anna.forsman@hedemora.se"), "Radera mina uppgifter",
             """Hej,

Jag slutar på Hedemora kommun på fredag och lämnar kommunsektorn helt. Jag var anmäld till DalaLab men kommer alltså inte att delta, och jag vill att ni raderar alla mina personuppgifter hos er (namn, e-post, kostuppgifter) enligt GDPR.

Tack!
Anna Forsman
""",
             X("erasure", [P("Anna Forsman", "anna.forsman@hedemora.se", "Hedemora kommun")]),
             "erasure request (GDPR, 'raderar alla mina personuppgifter'), which covers leaving the list; no sessions"),

        mail("bf071", "2027-02-11T09:27", ("Tom Becker", "tom.becker@falun.se"), "Registration DalaLab",
             """Hello Linnea,

I joined Falu kommun in January as a strategic planner (relocated from Stockholm – my Swedish is still a work in progress!). A colleague forwarded me the DalaLab invitation, and I would like to register for the whole programme.

No dietary requirements.

Best regards,
Tom Becker
Strategic Planner, Stadsbyggnadsförvaltningen
Falu kommun
+46 23 83 000
""",
             X("register", [P("Tom Becker", "tom.becker@falun.se", "Falu kommun")], ALL),
             "English newcomer; 'the whole programme' -> all four; 'No dietary requirements' -> diet null"),

        mail("bf072", "2027-02-15T10:02", ("Ulrika Jonsson", "ulrika.jonsson@malung-salen.se"), "Ny e-postadress – DalaLab",
             """Hej Linnea,

Malung-Sälens kommun har bytt e-postdomän: våra gamla adresser på @malung.se slutar fungera 31 mars.

Jag och min kollega Göran Ek är anmälda till 3 maj och 21 september, och våra nya adresser är ulrika.jonsson@malung-salen.se och goran.ek@malung-salen.se. Kan ni uppdatera er lista så att kallelser och material kommer fram? Anmälningarna är i övrigt oförändrade.

Hälsningar
Ulrika Jonsson
Planarkitekt, Malung-Sälens kommun
""",
             X("change", [P("Ulrika Jonsson", "ulrika.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                          P("Göran Ek", "goran.ek@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "details change after a domain switch: two people, new addresses; sessions stated and unchanged; the old "
             "@malung.se addresses are not people"),

        tg("bf073", "2027-02-17T14:36", "Jonna Wiklund", "4409871253",
           """Hej! En fråga: om man blir sjukskriven strax innan en träff, kan en kollega gå istället eller måste man avanmäla sig och att hen anmäler sig separat?""",
           X("question"),
           "general question about substitutes on sick leave; no request"),

        mail("bf074", "2027-02-19T11:58", ("Gunnar Ersson", "gunnar.ersson@orsa.se"), "Ändrade planer – DalaLab",
             """Hej Linnea!

Lite ändrade planer: jag går i pension den 30 juni, så det blir bara vårens träff för min del. Stryk mig från september, november och februari.

Kul att få vara med åtminstone en gång innan jag lämnar!

Mvh
Gunnar Ersson
Stadsarkitekt, Orsa kommun
0250-552 10
""",
             X("cancel", [P("Gunnar Ersson", "gunnar.ersson@orsa.se", "Orsa kommun")], [S2, S3, S4]),
             "retirement: cancels the last three sessions by month ('september, november och februari'), keeps 3 May"),

        mail("bf075", "2027-02-22T09:13", ("Marie Dahlberg", "marie.dahlberg@avesta.se"), "SV: Petter Ahl – avanmälan",
             """Hej igen!

Som utlovat: Petters efterträdare är nu klar. Sofie Granath började hos oss i måndags och tar gärna platsen – hon kan vara med på alla fyra träffarna. Adress: sofie.granath@avesta.se. Hon är vegetarian.

Mvh
Marie Dahlberg
Enhetschef Plan och bygg, Avesta kommun

Från: Marie Dahlberg
Skickat: den 18 januari 2027 10:32
Till: Linnea Hassis
Ämne: Petter Ahl – avanmälan

Petter Ahl, som är anmäld till DalaLab från Avesta, har sagt upp sig och slutar hos oss den 22 januari. Tjänsten ska tillsättas men rekryteringen är inte klar – vi återkommer med namn på den som tar hans plats så snart vi vet.
""",
             X("register", [P("Sofie Granath", "sofie.granath@avesta.se", "Avesta kommun", diet="vegetarian")],
               ALL, diet="vegetarian", unsure=["intent"]),
             "successor named later: Petter was already cancelled in January, so Sofie is a new signup for the freed "
             "place (could be read as a substitution -> unsure intent); Petter in the quote is not a person"),

        tg("bf076", "2027-02-24T02:47", "Karriär Direkt 💼", "7781203349",
           """💼 Trött på ditt jobb? Byt karriär IDAG! Tjäna 3 000–7 000 kr/dag hemifrån, ingen erfarenhet krävs. Begränsat antal platser – anmäl dig nu, bara 12 platser kvar till 1 mars! 👉 skriv JA""",
           X("unknown"),
           "Telegram spam with 'anmäl dig', 'platser' and a date"),

        mail("bf077", "2027-02-26T13:20", ("Birgitta Holm", "birgitta.holm@sater.se"), "Byte 21 september – Säter",
             """Hej!

Vi behöver kasta om lite bland våra anmälda. Mats Lund har fått ett tillfälligt uppdrag som projektledare under hösten och kan inte gå den 21 september. Karin Ek, karin.ek@sater.se, går i hans ställe den dagen.

Mats går som planerat på de övriga träffarna.

Hälsningar
Birgitta Holm
Chef Samhällsbyggnad, Säters kommun
""",
             X("change", [P("Mats Lund", None, "Säters kommun"), P("Karin Ek", "karin.ek@sater.se", "Säters kommun")],
               [S2]),
             "manager's reshuffle: substitution for one session; people = the replaced and the substitute; sessions = "
             "what Karin takes (21 Sep); Mats keeps the rest"),

        tg("bf078", "2027-03-01T08:25", "Jakob Norén", "3318845570",
           """Hej igen! Jag avanmälde mig i januari när jag blev sjukskriven men nu är jag tillbaka i jobb 🙌 Vill anmäla mig igen till alla träffar om det finns plats. Jakob Norén, Leksands kommun""",
           X("register", [P("Jakob Norén", None, "Leksands kommun")], ALL),
           "back from sick leave, re-registers after an earlier cancel; 'alla träffar' -> all four"),

        mail("bf079", "2027-03-03T15:41", ("Camilla Sten", "camilla.sten@mora.se"), "Avanmälan",
             """Hej!

Jag har fått ett nytt jobb på ett konsultbolag i Uppsala och slutar på Mora kommun sista mars. Därför avanmäler jag mig från DalaLab – alla fyra träffarna.

Tack för ett fint initiativ, och lycka till!

Camilla Sten
Planeringsarkitekt, Mora kommun
Fredsgatan 16, 792 80 Mora
070-224 51 86
""",
             X("cancel", [P("Camilla Sten", "camilla.sten@mora.se", "Mora kommun")], ALL),
             "new job outside the list -> cancels all four; her registration's organisation is Mora"),

        mail("bf080", "2027-03-12T09:17", ("Henrik Sjödin", "henrik.sjodin@ludvika.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Jag har avslutat min anställning på Ludvika kommun och den här brevlådan bevakas inte längre.

Frågor om detaljplaner: plan@ludvika.se
Frågor om översiktsplanen: Johanna Lindqvist, johanna.lindqvist@ludvika.se

Ludvika kommun, 771 82 Ludvika
""",
             X("auto_reply"),
             "auto-reply from the mailbox of someone who has left; the named colleague and '14 april' call for nothing"),

        mail("bf081", "2027-03-08T10:50", ("Nils Åkesson", "nils.akesson@falun.se"), "Ny arbetsplats - DalaLab",
             """Hej!

Jag anmälde mig i december från Borlänge kommun (nils.akesson@borlange.se) till 3 maj och 29 november. Sedan 1 mars jobbar jag på Falu kommun, stadsbyggnadsförvaltningen, och vill gärna gå på samma träffar från min nya arbetsplats. Borlänges plats kan då gå till någon annan där.

Min nya adress är den jag skriver från.

Hälsningar
Nils Åkesson
Planarkitekt, Falu kommun
""",
             X("change", [P("Nils Åkesson", "nils.akesson@falun.se", "Falu kommun")], [S1, S3]),
             "details change after a new job in another municipality: new organisation and address, same sessions "
             "(3 May, 29 Nov); the old Borlänge address is not a second person; iso-8859-1",
             charset="iso-8859-1"),

        mail("bf082", "2027-03-10T12:12", ("Fatima Olsson", "fatima.olsson@vansbro.se"), "Namnbyte i sommar",
             """Hej!

Jag är anmäld till DalaLab och ska gifta mig i juli, och byter då efternamn. Behöver jag meddela er det i förväg, eller räcker det att jag hör av mig efter sommaren? Och kommer namnbrickan till hösten att stå på det nya namnet?

Tack!
Fatima Olsson
Vansbro kommun
""",
             X("question"),
             "question about a future name change; nothing to change yet"),

        mail("bf083", "2027-03-12T14:05", ("Hampus Kvist", "hampus.kvist@avesta.se"), "Anmälan DalaLab – vikarie",
             """Hej!

Jag vikarierar som planarkitekt på Avesta kommun för Emma Sjödin under hennes föräldraledighet, från nu till och med december 2027. Jag skulle vilja anmäla mig till de tre träffarna som ligger under 2027.

Jag vet inte om Emma hann anmäla sig innan hon gick på ledighet – i så fall kan jag väl ta hennes plats?

Vänliga hälsningar
Hampus Kvist
Planarkitekt (vikarie), Avesta kommun
""",
             X("register", [P("Hampus Kvist", "hampus.kvist@avesta.se", "Avesta kommun")], [S1, S2, S3],
               unsure=["intent"]),
             "substitute for a colleague on parental leave signs up for 'de tre träffarna under 2027'; if Emma was "
             "registered it is a substitution -> unsure intent"),

        tg("bf084", "2027-03-15T18:30", "Lisa Hed", "8123390046",
           """hej, jag har fått jobb i Västerås stad från 1 maj så jag måste avanmäla mig från dalalab 😕 anmälde mig i dec med lisa.hed@sater.se. /Lisa""",
           X("cancel", [P("Lisa Hed", "lisa.hed@sater.se", "Säters kommun")], ALL),
           "new job outside the list; cancels without naming sessions -> all four; address and organisation from the "
           "text"),

        tg("bf085", "2027-03-17T09:04", "Linus Borg", "2970451183",
           """hej! min kollega Eva Nord är sjukskriven och kommer inte kunna gå 3 maj. jag går istället för henne den dagen. hon behåller sina andra platser om hon är frisk till hösten. Linus Borg, Hedemora kommun, linus.borg@hedemora.se""",
           X("change", [P("Eva Nord", None, "Hedemora kommun"), P("Linus Borg", "linus.borg@hedemora.se", "Hedemora kommun")],
             [S1]),
           "substitution for one session while a colleague is on sick leave; people both; sessions = what Linus takes"),

        tg("bf086", "2027-03-19T20:40", "Kjell Sundberg", "1150738829",
           """Hej! Jag går i pension i december men skulle gärna vara med på sista träffen 22 feb ändå. Är det ok som pensionär eller är den bara för anställda?""",
           X("question"),
           "question (may a retiree attend?); '22 feb' is named but nothing is registered"),

        mail("bf087", "2027-03-22T08:30", ("Elsa Grahn", "elsa.grahn@falun.se"), "Åter från föräldraledighet – DalaLab",
             """Hej Linnea!

Jag är tillbaka från föräldraledigheten 1 april. Under tiden anmäldes min vikarie Olle Dahl (olle.dahl@falun.se) till DalaLab i mitt ställe, men hans förordnande tar slut när jag kommer tillbaka.

Jag skulle därför gärna ta tillbaka platsen – samma träffar som Olle var anmäld till, dvs alla fyra. Olle vet om det.

Vänliga hälsningar
Elsa Grahn
Översiktsplanerare, Stadsbyggnadsförvaltningen
Falu kommun
023-83 000
""",
             X("change", [P("Olle Dahl", "olle.dahl@falun.se", "Falu kommun"),
                          P("Elsa Grahn", "elsa.grahn@falun.se", "Falu kommun")], ALL),
             "back from leave and takes her place back from her substitute: substitution, people both; sessions = "
             "Olle's, all four; '1 april' is not a session"),

        tg("bf088", "2027-03-25T11:16", "Sanna Holmström", "6681250397",
           """Hej är detta försäkringskassan? Jag vill anmäla föräldraledighet från 1 april för min dotter, hur gör jag""",
           X("unknown"),
           "misdirected (thinks the bot is Försäkringskassan); 'anmäla' is about parental leave, not the event"),

        mail("bf089", "2027-03-29T10:08", ("Annelie Rask", "annelie.rask@smedjebacken.se"),
             "Avanmälan – avslutad anställning",
             """<html><body><p>Hej,</p>
<p>Vi vill meddela att <b>Nadia Karim</b> har avslutat sin anställning hos Smedjebackens kommun per den 15 mars. Enligt våra uppgifter var hon anmäld till er utbildning DalaLab den 21/9 och 29/11.</p>
<p>Vänligen avanmäl henne.</p>
<p>Med vänlig hälsning<br>
Annelie Rask<br>
HR-specialist, Personalenheten<br>
Smedjebackens kommun<br>
0240-660 00</p></body></html>
""",
             X("cancel", [P("Nadia Karim", None, "Smedjebackens kommun")], [S2, S3]),
             "HTML-only: HR cancels a person who has left; sessions cancelled = the ones she held (21/9, 29/11); sender "
             "not among people; '15 mars' is not a session",
             html=True),

        tg("bf090", "2027-04-06T16:55", "Gunnel Backman", "934127760",
           """Hej, jag har gått i pension nu och vill att ni tar bort mina uppgifter från DalaLab-listan. Mvh Gunnel""",
           X("erasure", [P("Gunnel Backman", None, None)]),
           "erasure via Telegram after retirement; people = the sender, no address, no organisation stated"),
    ]
