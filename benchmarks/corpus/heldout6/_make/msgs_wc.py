from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("v091", "2026-12-01T08:14:00", ("Ingrid Backlund", "ingrid.backlund@orsa.se"), "Anmälan",
             """Anmäl mig till alla fyra.

/Ingrid Backlund, Orsa kommun""",
             X("register", [P("Ingrid Backlund", "ingrid.backlund@orsa.se", "Orsa kommun")], ALL),
             "two-line self-signup, 'alla fyra' -> all sessions"),
        tg("v092", "2026-12-01T21:37:00", "Stefan", 610442,
           "stryk mig från 21/9 tack. stefan moberg, säter",
           X("cancel", [P("Stefan Moberg", None, "Säters kommun")], [S2]),
           "lower-case partial cancellation; full name only in text (display name is first name only); 'säter'"),
        mail("v093", "2026-12-02T13:05:00", ("Maria Wik", "maria.wik@mora.se"), "Byte",
             """Kollegan Tove Lind (tove.lind@mora.se) tar min plats i maj.

Maria Wik
Samhällsbyggnad, Mora kommun
0250-261 44""",
             X("change", [P("Maria Wik", "maria.wik@mora.se", "Mora kommun"),
                          P("Tove Lind", "tove.lind@mora.se", "Mora kommun")], [S1]),
             "substitution for the May session only ('i maj' = 3 May); people = sender out + colleague in; phone digits in signature"),
        tg("v094", "2026-12-03T12:02:00", "Dilan Aziz", 702331, "vegan btw",
           X("change", [P("Dilan Aziz", None, None)], [], diet="vegan"),
           "bare diet addendum to an earlier signup -> change; no session and no organisation stated, name from display name"),
        mail("v095", "2026-12-03T16:40:00", ("Göran Petrović", "goran.petrovic@ludvika.se"),
             "Går det att komma bara på sista?",
             """Eller måste man gå på alla fyra?

Göran
Ludvika kommun""",
             X("question", [], []),
             "question carried mostly by the subject ('bara på sista'); no signup, sessions []"),
        tg("v096", "2026-12-04T06:55:00", "Hanna Lövgren", 708915,
           "Hej! Jag och Lukas Berg från Rättvik vill gärna vara med 3/5 och 29/11. hanna.lovgren@rattvik.se",
           X("register", [P("Hanna Lövgren", "hanna.lovgren@rattvik.se", "Rättviks kommun"),
                          P("Lukas Berg", None, "Rättviks kommun")], [S1, S3]),
           "chat signup for self + colleague; sender writes her own address; two dates in d/m form"),
        mail("v097", "2026-12-04T10:21:00", ("Jonas Ekholm", "jonas.ekholm@avesta.se"),
             "Autosvar: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Jag är på utbildning t.o.m. 11/12 och läser inte mejl. Brådskande ärenden: växeln 0226-645 000.

Jonas Ekholm""",
             X("auto_reply", [], []),
             "out-of-office marked only by the 'Autosvar:' subject; '11/12' is no session"),
        mail("v098", "2026-12-05T09:09:00", ("", "m.rahimi@borlange.se"), "Anmälan 3/5",
             """Mehdi Rahimi, Borlänge kommun. Bara den träffen.
Mvh""",
             X("register", [P("Mehdi Rahimi", "m.rahimi@borlange.se", "Borlänge kommun")], [S1]),
             "From has no display name; the date is only in the subject and the body says 'bara den träffen'"),
        tg("v099", "2026-12-06T19:30:00", "Sofie", 711002, "kan man anmäla sig fortfarande?",
           X("question", [], []),
           "one-line question, no signup"),
        mail("v100", "2026-12-07T08:02:00", ("Birgitta Åkesson", "birgitta.akesson@smedjebacken.se"), "Avanmälan",
             """Hej Linnea,
Jag kan inte delta längre, ta bort mig.
Birgitta""",
             X("cancel", [P("Birgitta Åkesson", "birgitta.akesson@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "full cancellation ('ta bort mig' from the project, not a data-erasure request) -> all four; org from domain"),
        tg("v101", "2026-12-08T11:45:00", "Fatima Osman", 713770,
           "Anmäler mig till höstens träffar. Fatima, Avesta kommun. Glutenfri",
           X("register", [P("Fatima Osman", None, "Avesta kommun", diet="glutenfri")], [S2, S3], diet="glutenfri"),
           "'höstens träffar' (plural) = 21/9 + 29/11; diet as a bare word"),
        mail("v102", "2026-12-09T14:33:00", ("Anders von Essen", "anders.vonessen@lansstyrelsen.se"), "",
             """Anmäler mig och Karin Ström (karin.strom@lansstyrelsen.se) till 21 sept och 22 feb.

Anders von Essen
Länsstyrelsen Dalarna""",
             X("register", [P("Anders von Essen", "anders.vonessen@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Karin Ström", "karin.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S4]),
             "empty subject; surname particle 'von'; two people, two abbreviated month dates"),
        tg("v103", "2026-12-10T22:10:00", "Erik J", 715004,
           "Byt mig från 29/11 till 22/2 tack. Erik Jansson Gagnef",
           X("change", [P("Erik Jansson", None, "Gagnefs kommun")], [S4]),
           "bare swap -> only the new session; full name in text, display name abbreviated"),
        mail("v104", "2026-12-11T07:30:00", ("Nora Sahlin", "nora.sahlin@vansbro.se"), "Re: Inbjudan till DalaLab",
             """Kommer på alla utom 29 nov.

Nora

Den 1 dec. 2026 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!
> Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
> Anmäl dig senast 14 april 2027.""",
             X("register", [P("Nora Sahlin", "nora.sahlin@vansbro.se", "Vansbro kommun")], [S1, S2, S4]),
             "reply with one line above the quoted invitation; 'alla utom 29 nov' = three sessions; quoted dates are not the signup"),
        tg("v105", "2026-12-12T10:03:00", "Mikael Dahl", 716229,
           "Anmäld till 3 maj och 21 sep. Lägg till laktosfri. /Mikael, Hedemora",
           X("change", [P("Mikael Dahl", None, "Hedemora kommun", diet="laktosfri")], [S1, S2], diet="laktosfri"),
           "diet update for an existing signup -> change; sessions are the ones he states he is registered for"),
        mail("v106", "2026-12-14T15:55:00", ("Leyla Demir", "leyla.demir@falun.se"), "Anmälan 22/2",
             """Hej, anmäl mig till den om tillgänglighet.
Tack! Leyla""",
             X("register", [P("Leyla Demir", "leyla.demir@falun.se", "Falu kommun")], [S4]),
             "session named by its theme (tillgänglighet = 22 Feb 2028), matching the subject; org from falun.se"),
        tg("v107", "2026-12-15T08:20:00", "Ola", 717881,
           "Ola Persson, Leksand. anmäler mig – kan inte 3 maj men dom andra 👍",
           X("register", [P("Ola Persson", None, "Leksands kommun")], [S2, S3, S4]),
           "signup for all but 3 May ('kan inte 3 maj' is an exclusion, not a cancellation); emoji"),
        mail("v108", "2026-12-16T12:12:00", ("Tomasz Nowak", "tomasz.nowak@regiondalarna.se"), "Registration",
             """Hi, please sign me up for all sessions. I have a nut allergy.
Tomasz Nowak, Region Dalarna""",
             X("register", [P("Tomasz Nowak", "tomasz.nowak@regiondalarna.se", "Region Dalarna", diet="nut allergy")],
               ALL, diet="nut allergy"),
             "short English signup with an allergy; Region Dalarna"),
        tg("v109", "2026-12-17T17:44:00", "Johanna Karlsson Nyberg", 719010, "Stryk mig 21/9 och 29/11",
           X("cancel", [P("Johanna Karlsson Nyberg", None, None)], [S2, S3]),
           "partial cancellation of two sessions; double surname from display name; no organisation stated"),
        mail("v110", "2026-12-18T09:40:00", ("Raili Mäkinen", "raili.makinen@alvdalen.se"), "Frågor",
             """Hej! Blir det digitalt deltagande? Och var hålls träffarna efter Falun?
/Raili""",
             X("question", [], []),
             "two practical questions, no signup; 'Falun' is a place, not a session"),
        tg("v111", "2027-01-04T13:26:00", "Ahmed Al-Sayed", 720103,
           "Jag + kollega Sara Nilsson, Ludvika. Alla träffar. ahmed.al-sayed@ludvika.se",
           X("register", [P("Ahmed Al-Sayed", "ahmed.al-sayed@ludvika.se", "Ludvika kommun"),
                          P("Sara Nilsson", None, "Ludvika kommun")], ALL),
           "telegraphic two-person signup with no verb; hyphenated surname; sender gives his address"),
        mail("v112", "2027-01-05T08:25:00", ("Kjell Ohlsson", "kjell.ohlsson@sater.se"), "Ersättare",
             """Hej. Jag skickar Amanda Söderström i stället för mig på alla tillfällen. amanda.soderstrom@sater.se
Kjell""",
             X("change", [P("Kjell Ohlsson", "kjell.ohlsson@sater.se", "Säters kommun"),
                          P("Amanda Söderström", "amanda.soderstrom@sater.se", "Säters kommun")], ALL),
             "substitution for all sessions ('alla tillfällen'); substitute's address trails the sentence"),
        tg("v113", "2027-01-07T13:13:00", "Emma Lundin", 721550, "radera mina uppgifter tack",
           X("erasure", [P("Emma Lundin", None, None)], []),
           "erasure via chat; person = sender from display name, no org"),
        mail("v114", "2027-01-08T16:01:00", ("Pernilla de Wolff", "pernilla.dewolff@malung-salen.se"), "Anmälan 3/5, 21/9",
             """Gäller mig.

Pernilla de Wolff
Malung-Sälens kommun
Box 14, 782 21 Malung""",
             X("register", [P("Pernilla de Wolff", "pernilla.dewolff@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "sessions only in the subject; body 'Gäller mig'; particle surname; box/postcode numbers in signature"),
        tg("v115", "2027-01-10T09:58:00", "Viktor Ström", 722300,
           "behöver man ha gått den första för att hänga med på de andra?",
           X("question", [], []),
           "question that mentions 'den första' but is no signup"),
        mail("v116", "2027-01-12T10:30:00", ("Sven-Erik Lund", "sven-erik.lund@leksand.se"), "Sv: Bekräftelse DalaLab",
             """Jag måste tyvärr lämna 3 maj. Resten står kvar.

Sven-Erik

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 14:12
Till: Lund Sven-Erik <sven-erik.lund@leksand.se>
Ämne: Bekräftelse DalaLab

Du är anmäld till 3 maj, 21 september, 29 november och 22 februari.""",
             X("cancel", [P("Sven-Erik Lund", "sven-erik.lund@leksand.se", "Leksands kommun")], [S1]),
             "partial cancellation above a quoted Outlook confirmation listing all four dates"),
        tg("v117", "2027-01-14T20:20:00", "Amina Yusuf", 724418,
           "Hej! Amina Yusuf, Borlänge kommun. Anmäler mig till 21.9 🙂 äter halal",
           X("register", [P("Amina Yusuf", None, "Borlänge kommun", diet="halal")], [S2], diet="halal"),
           "date written '21.9'; diet 'halal'"),
        mail("v118", "2027-01-18T07:05:00", ("Lars Hedin", "lars.hedin@hedemora.se"), "anmälan",
             """hej
vi blir tre från hedemora: jag, malin eklöf och pontus roos. alla träffar.
lars""",
             X("register", [P("Lars Hedin", "lars.hedin@hedemora.se", "Hedemora kommun"),
                            P("Malin Eklöf", None, "Hedemora kommun"),
                            P("Pontus Roos", None, "Hedemora kommun")], ALL),
             "all lower case; three people incl. sender; colleagues without addresses get the sender's org"),
        tg("v119", "2027-01-20T12:40:00", "Jesper Åberg", 725806,
           "Kollegan Lisa Hallberg tar min plats 29/11. Smedjebacken",
           X("change", [P("Jesper Åberg", None, "Smedjebackens kommun"),
                        P("Lisa Hallberg", None, "Smedjebackens kommun")], [S3]),
           "chat substitution for one session; org as a bare place name at the end"),
        mail("v120", "2027-01-25T13:50:00", ("Malin Forsgren", "malin.forsgren@falun.se"), "Lägg till",
             """Jag är anmäld till första träffen, lägg till den i november också.
Malin, Falun""",
             X("change", [P("Malin Forsgren", "malin.forsgren@falun.se", "Falu kommun")], [S1, S3]),
             "add a session to an existing signup -> change with both sessions ('första träffen' + 'den i november')"),
        mail("v121", "2027-02-01T09:15:00", ("Oskar Lindblom", "oskar.lindblom@avesta.se"), "anmälan dalalab",
             """<html><body><p>Hej,</p><p>Anmäl mig till träffarna 29 november och 22 februari.</p>
<p>Oskar Lindblom<br>Avesta kommun<br>Tel 0226-645 123</p></body></html>""",
             X("register", [P("Oskar Lindblom", "oskar.lindblom@avesta.se", "Avesta kommun")], [S3, S4]),
             "HTML-only short signup, two sessions; phone digits", html=True),
        tg("v122", "2027-02-03T18:05:00", "Kristoffer", 727114,
           "ändra min kost till vegetarisk. kristoffer holm, region dalarna",
           X("change", [P("Kristoffer Holm", None, "Region Dalarna")], [], diet="vegetarisk"),
           "diet change, lower-case name and org; no sessions stated -> []"),
        mail("v123", "2027-02-08T11:11:00", ("Elsa Nordqvist", "elsa.nordqvist@rattvik.se"), "Avanmälan Lukas Berg",
             """Lukas slutar hos oss, stryk honom från alla träffar.

Elsa Nordqvist
Rättviks kommun""",
             X("cancel", [P("Lukas Berg", None, "Rättviks kommun")], ALL),
             "manager cancels a colleague (full name only in subject); sender not among people"),
        tg("v124", "2027-02-10T07:59:00", "Noah Ibrahim", 728339,
           "jag vill anmäla mig till 3 maj. noah.ibrahim@orsa.se",
           X("register", [P("Noah Ibrahim", "noah.ibrahim@orsa.se", "Orsa kommun")], [S1]),
           "chat signup; organisation only from the address he writes (orsa.se)"),
        mail("v125", "2027-02-15T15:20:00", ("Helena Sundqvist", "helena.sundqvist@vansbro.se"),
             "Frånvaro: Sv: Anmälan DalaLab",
             """Tack för ditt mejl. Jag är föräldraledig till och med 2027-08-31. Kontakta samhallsbyggnad@vansbro.se.

/Helena""",
             X("auto_reply", [], []),
             "'Frånvaro:' out-of-office echoing an 'Anmälan' subject; ISO date that is no session"),
        tg("v126", "2027-02-18T21:48:00", "Tiina Koskinen", 729990,
           "Anmäl mig o Jussi Heikkinen till 21/9 & 22/2. Falun. Jussi är glutenfri",
           X("register", [P("Tiina Koskinen", None, "Falu kommun"),
                          P("Jussi Heikkinen", None, "Falu kommun", diet="glutenfri")], [S2, S4], diet="glutenfri"),
           "two people, the diet belongs to the colleague only; Finnish names; '&' and 'o'"),
        mail("v127", "2027-02-22T10:05:00", ("Andreas Berglund", "andreas.berglund@borlange.se"), "Flytta mig",
             """Från 21/9 till 29/11 om det går.
Andreas Berglund, Borlänge""",
             X("change", [P("Andreas Berglund", "andreas.berglund@borlange.se", "Borlänge kommun")], [S3]),
             "swap carried by subject + one line -> only the new session"),
        tg("v128", "2027-03-01T08:30:00", "Sara Mattsson", 731204,
           "hej, jag är anmäld till alla men kan inte 22/2. kan min kollega Peter Öhman gå då? /Sara, Mora",
           X("change", [P("Sara Mattsson", None, "Mora kommun"), P("Peter Öhman", None, "Mora kommun")], [S4],
             unsure=["intent"]),
           "substitution for 22/2 phrased as a question -> best reading change, substitute takes 22/2"),
        mail("v129", "2027-03-04T14:14:00", ("Per-Olof Fransson", "per-olof.fransson@gagnef.se"), "",
             """Hej! Jag och Ida Sjögren (ida.sjogren@gagnef.se) vill vara med på de två sista.
PO Fransson
Gagnefs kommun""",
             X("register", [P("Per-Olof Fransson", "per-olof.fransson@gagnef.se", "Gagnefs kommun"),
                            P("Ida Sjögren", "ida.sjogren@gagnef.se", "Gagnefs kommun")], [S3, S4]),
             "empty subject; 'de två sista' = 29/11 + 22/2; signature uses initials 'PO'"),
        tg("v130", "2027-03-09T12:00:00", "Hussein Ali", 732301, "Stryk mig helt. Älvdalen.",
           X("cancel", [P("Hussein Ali", None, "Älvdalens kommun")], ALL),
           "full cancellation ('helt'), org as bare place name"),
        mail("v131", "2027-03-15T09:45:00", ("Eva Lindström", "eva.lindstrom@regiondalarna.se"), "VB: Inbjudan DalaLab",
             """Linnea – anmäl Johan Ek, Smedjebacken (johan.ek@smedjebacken.se), till alla. Han har själv inte fått inbjudan.
/Eva

---------- Vidarebefordrat meddelande ----------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: 1 dec. 2026 10:02
Ämne: Inbjudan DalaLab

Välkommen att anmäla dig till DalaLab! Träffarna är 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
Sista anmälningsdag 14 april.""",
             X("register", [P("Johan Ek", "johan.ek@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "Region employee forwards the invitation to sign up someone from another org; sender not registered"),
        tg("v132", "2027-03-20T16:16:00", "Maja", 733452,
           "Maja Rosén, Säter — anmäler mig till första och tredje. vegetarian",
           X("register", [P("Maja Rosén", None, "Säters kommun", diet="vegetarian")], [S1, S3], diet="vegetarian"),
           "ordinals 'första och tredje' = 3/5 + 29/11; diet in English-like form"),
        mail("v133", "2027-03-29T08:08:00", ("Johan Sjöberg", "johan.sjoberg@ludvika.se"), "Vem har anmält sig från Ludvika?",
             """Vill veta innan jag anmäler mig.
Johan""",
             X("question", [], []),
             "question in the subject; 'innan jag anmäler mig' is not a signup"),
        tg("v134", "2027-04-05T22:30:00", "Linus Grahn", 734608,
           "sorry, blir ingen 3:e maj för mig. linus grahn leksand",
           X("cancel", [P("Linus Grahn", None, "Leksands kommun")], [S1]),
           "informal partial cancellation, '3:e maj', lower-case signature"),
        mail("v135", "2027-04-09T17:55:00", ("Katarina Ek Svensson", "katarina.eksvensson@avesta.se"), "Sen anmälan",
             """Hinner jag? Anmäl mig i så fall till 21/9 och 29/11.
Katarina Ek Svensson
Avesta kommun""",
             X("register", [P("Katarina Ek Svensson", "katarina.eksvensson@avesta.se", "Avesta kommun")], [S2, S3]),
             "late (but in time) signup with a question -> register; double surname"),
    ]
