from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INV = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 08:15
Till: plan-dalarna@regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab. Träffarna:
3 maj 2027 (Falun, fika från 09:30), 21 september 2027, 29 november 2027 och 22 februari 2028.
Varje kommun kan delta med upp till tre personer. Sista anmälningsdag 14 april 2027.

Välkomna!
Linnea Hassis
Region Dalarna"""


def q(text):
    return "\n".join("> " + l if l else ">" for l in text.splitlines())


def messages():
    return [
        mail("z091", "2026-12-02T10:41:00", ("Westberg Anna", "anna.westberg@falun.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             f"""Hej Linnea,

Från Falu kommun, Samhällsbyggnadsförvaltningen, anmäler vi följande:

1. Anna Westberg (jag), översiktsplanerare
2. Johan Lindqvist, planarkitekt – johan.lindqvist@falun.se
3. Maryam Ahmadi, strateg hållbar utveckling – maryam.ahmadi@falun.se

Alla tre på samtliga träffar.

Vänliga hälsningar
Anna Westberg
Översiktsplanerare | Falu kommun
Tfn 023-82 000 | Stadshuset, 791 83 Falun

{INV}""",
             X("register", [P("Anna Westberg", "anna.westberg@falun.se", "Falu kommun"),
                            P("Johan Lindqvist", "johan.lindqvist@falun.se", "Falu kommun"),
                            P("Maryam Ahmadi", "maryam.ahmadi@falun.se", "Falu kommun")], ALL),
             "Outlook reply over invitation, surname-first display name, numbered list of three with (jag)"),

        mail("z092", "2026-12-03T14:07:00", ("Per-Olof Dahlgren", "per-olof.dahlgren@borlange.se"), "Anmälan DalaLab Borlänge",
             """Hej,

Vi från Borlänge kommun vill anmäla två personer från planeringsavdelningen. Jag själv kommer inte delta, men jag samordnar för avdelningen.

- Lina Sjöberg, lina.sjoberg@borlange.se – alla fyra träffarna
- Kenan Hodžić, kenan.hodzic@borlange.se – bara 3 maj och 22 februari 2028

Lina är vegetarian.

Tack på förhand!
Per-Olof Dahlgren
Enhetschef Planering
Borlänge kommun
0243-740 00""",
             X("register", [P("Lina Sjöberg", "lina.sjoberg@borlange.se", "Borlänge kommun", diet="vegetarian"),
                            P("Kenan Hodžić", "kenan.hodzic@borlange.se", "Borlänge kommun")], ALL, diet="vegetarian"),
             "coordinator not attending; two people with different session sets (union = all); per-person diet"),

        mail("z093", "2026-12-04T08:55:00", ("Per-Olof Dahlgren", "per-olof.dahlgren@borlange.se"), "SV: Anmälan DalaLab Borlänge",
             """Hej igen,

Ändrade planer redan – Kenan kan ändå vara med på alla fyra tillfällena, så anmäl honom till samtliga.

Lina gäller som förut.

/P-O

-----Ursprungligt meddelande-----
Från: Per-Olof Dahlgren
Skickat: den 3 december 2026 14:07
Ämne: Anmälan DalaLab Borlänge

- Lina Sjöberg, lina.sjoberg@borlange.se – alla fyra träffarna
- Kenan Hodžić, kenan.hodzic@borlange.se – bara 3 maj och 22 februari 2028""",
             X("change", [P("Kenan Hodžić", "kenan.hodzic@borlange.se", "Borlänge kommun")], ALL),
             "coordinator changes a colleague to all sessions; Lina 'gäller som förut' excluded; quoted earlier list"),

        mail("z094", "2026-12-05T11:20:00", ("Region Dalarna - Samhällsplanering", "samhallsplanering@regiondalarna.se"), "Deltagare från Region Dalarna",
             """Hej Linnea!

Här kommer regionens deltagare till DalaLab, från enheten Samhällsplanering:

Eriksson, Malin     malin.eriksson@regiondalarna.se    alla
Nordin, Gustav      gustav.nordin@regiondalarna.se     21/9, 29/11
Al-Sayed, Rana      rana.al-sayed@regiondalarna.se     alla (glutenfri)
Bergkvist, Tove     tove.bergkvist@regiondalarna.se    3/5

Hör av dig om något saknas.

Hälsningar
Funktionsbrevlåda Samhällsplanering
Region Dalarna, Box 712, 791 29 Falun""",
             X("register", [P("Malin Eriksson", "malin.eriksson@regiondalarna.se", "Region Dalarna"),
                            P("Gustav Nordin", "gustav.nordin@regiondalarna.se", "Region Dalarna"),
                            P("Rana Al-Sayed", "rana.al-sayed@regiondalarna.se", "Region Dalarna", diet="glutenfri"),
                            P("Tove Bergkvist", "tove.bergkvist@regiondalarna.se", "Region Dalarna")], ALL, diet="glutenfri"),
             "function mailbox sends a surname-first table of four (no quota for the Region); per-person sessions, union all"),

        tg("z095", "2026-12-05T21:43:00", "Gustav N", 7712043,
           "Hej, Gustav Nordin på regionen här. Samordnaren anmälde mig till 21/9 och 29/11 men jag kan komma 3 maj också, lägg till den tack",
           X("change", [P("Gustav Nordin", None, "Region Dalarna")], [S1, S2, S3]), "telegram addition to an existing signup; sessions after change"),

        mail("z096", "2026-12-07T09:02:00", ("Karin Öhman", "karin.ohman@lansstyrelsen.se"), "DalaLab - anmälan Länsstyrelsen",
             """God morgon,

Länsstyrelsen Dalarna, enheten för samhällsbyggnad, önskar delta med följande handläggare:

Karin Öhman (undertecknad)
Sebastian Lundgren, sebastian.lundgren@lansstyrelsen.se
Helena de Wit, helena.de.wit@lansstyrelsen.se

Vi deltar på träffarna om utvecklingsinriktning och om osäkerheter, dvs. höstens två. Vårens träff i Falun krockar med vår egen planeringsdag.

Med vänlig hälsning

Karin Öhman
Samhällsplanerare
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00""",
             X("register", [P("Karin Öhman", "karin.ohman@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Sebastian Lundgren", "sebastian.lundgren@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Helena de Wit", "helena.de.wit@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "sessions by theme and 'höstens två'; particle surname; exclusion of spring session"),

        mail("z097", "2026-12-08T16:34:00", ("Johan Lindqvist", "johan.lindqvist@falun.se"), "SV: Inbjudan: DalaLab",
             f"""Hej!

Anna anmälde mig tidigare men jag har föräldraledigt i november, så stryk mig från den 29 november. Övriga träffar står kvar.

Mvh Johan

Johan Lindqvist
Planarkitekt, Falu kommun

{INV}""",
             X("cancel", [P("Johan Lindqvist", "johan.lindqvist@falun.se", "Falu kommun")], [S3]),
             "partial cancellation of one session, reply over invitation which lists all dates"),

        mail("z098", "2026-12-09T07:48:00", ("Maryam Ahmadi", "maryam.ahmadi@falun.se"), "Fråga om lunch",
             """Hej Linnea,

Jag är anmäld via Anna Westberg. Blir det lunch på alla träffarna eller bara fika? Jag äter halal, eller vegetariskt går också bra. Och hålls alla fyra i Falun?

Tack!
Maryam Ahmadi
Falu kommun""",
             X("question", [P("Maryam Ahmadi", "maryam.ahmadi@falun.se", "Falu kommun")], [], diet="halal, eller vegetariskt"),
             "question about lunch and venue from an already-registered person; diet mentioned"),

        mail("z099", "2026-12-10T13:15:00", ("Anders Hjort", "anders.hjort@borlange.se"), "VB: Anmälan DalaLab Borlänge",
             """Hej Linnea,

Jag har fått detta vidarebefordrat från P-O. Jag vill också vara med – alla träffar. Då blir vi tre från Borlänge om jag räknat rätt.

/Anders Hjort, trafikplanerare, Borlänge kommun

---------- Vidarebefordrat meddelande ----------
Från: Per-Olof Dahlgren <per-olof.dahlgren@borlange.se>
Datum: 3 december 2026 14:07
Ämne: Anmälan DalaLab Borlänge

- Lina Sjöberg, lina.sjoberg@borlange.se – alla fyra träffarna
- Kenan Hodžić, kenan.hodzic@borlange.se – bara 3 maj och 22 februari 2028""",
             X("register", [P("Anders Hjort", "anders.hjort@borlange.se", "Borlänge kommun")], ALL),
             "self-signup above a forwarded colleague list; forwarded people not included"),

        tg("z100", "2026-12-11T19:02:00", "Tove Bergkvist", 5590311,
           "hej! tove från region dalarna. jag är anmäld till 3/5 men kan tyvärr inte då. kan jag ta 22 feb istället?",
           X("change", [P("Tove Bergkvist", None, "Region Dalarna")], [S4]), "bare swap phrased as question -> new session only"),

        mail("z101", "2026-12-14T10:10:00", ("Elin Strand", "elin.strand@borlange.se"), "RE: Anmälan DalaLab Borlänge",
             """Hej,

Lina Sjöberg har slutat hos oss. Jag tar över hennes plats och hennes träffar (alla fyra). Jag är laktosintolerant.

Elin Strand
Planeringsarkitekt
Samhällsbyggnadsförvaltningen, Borlänge kommun
Röda vägen 50, 781 81 Borlänge""",
             X("change", [P("Elin Strand", "elin.strand@borlange.se", "Borlänge kommun", diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "substitution written by the substitute; departed colleague not in people"),

        mail("z102", "2026-12-15T15:51:00", ("Rana Al-Sayed", "rana.al-sayed@regiondalarna.se"), "Automatiskt svar: Inbjudan DalaLab",
             """Tack för ditt mejl. Jag är tjänstledig till och med 31 januari 2027 och läser inte min e-post. För brådskande ärenden kontakta samhallsplanering@regiondalarna.se.

Thank you for your message. I am on leave until 31 January 2027.

Rana Al-Sayed
Region Dalarna""",
             X("auto_reply", [], []), "out-of-office from a registered person, bilingual"),

        mail("z103", "2026-12-16T09:29:00", ("Ulrika Persson-Kallin", "ulrika.persson-kallin@falun.se"), "DalaLab - ändring Falun",
             """Hej Linnea

Jag är chef för Anna Westberg, Johan Lindqvist och Maryam Ahmadi som är anmälda från Falu kommun. Anna har fått ett annat uppdrag och kan inte delta alls. Vi återkommer om vi hittar någon som ersätter henne.

Hälsningar
Ulrika Persson-Kallin
Avdelningschef Strategisk planering
Falu kommun""",
             X("cancel", [P("Anna Westberg", None, "Falu kommun")], ALL),
             "manager withdraws a colleague without substitute (yet) -> cancel; other two named but not affected"),

        mail("z104", "2026-12-17T11:03:00", ("Ulrika Persson-Kallin", "ulrika.persson-kallin@falun.se"), "SV: DalaLab - ändring Falun",
             """Hej igen,

Nu har vi en ersättare för Anna: Oskar Eklöf, oskar.eklof@falun.se. Han kan dock inte den 3 maj, så han tar de tre senare träffarna.

/Ulrika

Från: Ulrika Persson-Kallin
Skickat: den 16 december 2026 09:29
Till: Linnea Hassis
Ämne: DalaLab - ändring Falun

Anna har fått ett annat uppdrag och kan inte delta alls. Vi återkommer om vi hittar någon som ersätter henne.""",
             X("change", [P("Oskar Eklöf", "oskar.eklof@falun.se", "Falu kommun")], [S2, S3, S4]),
             "substitute named by manager, takes the three later sessions"),

        tg("z105", "2026-12-18T07:15:00", "Sebastian L", 6120874,
           "God morgon. Sebastian Lundgren, Lst Dalarna. Hur många får vi vara från länsstyrelsen? Gäller taket på tre även oss?",
           X("question", [P("Sebastian Lundgren", None, "Länsstyrelsen Dalarna")], []), "quota question, Lst abbreviation"),

        mail("z106", "2026-12-21T14:40:00", ("Hannes Grip", "hannes.grip@ludvika.se"), "Anmälan",
             """Hej!
Jag och min kollega Sanna Ek (sanna.ek@ludvika.se) vill anmäla oss. Sanna kommer bara på den första, i Falun. Jag tar alla.
Sanna har nötallergi.

Hannes Grip
GIS-samordnare
Ludvika kommun
Skickat från min iPhone""",
             X("register", [P("Hannes Grip", "hannes.grip@ludvika.se", "Ludvika kommun"),
                            P("Sanna Ek", "sanna.ek@ludvika.se", "Ludvika kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "self + colleague with fewer sessions; surname a common word; per-person diet"),

        mail("z107", "2027-01-08T08:12:00", ("Malin Eriksson", "malin.eriksson@regiondalarna.se"), "SV: Deltagare från Region Dalarna",
             """Hej Linnea,

Gott nytt år! En justering av regionens lista: Tove Bergkvist kan inte vara med alls längre, hon går över till annan tjänst. I stället kommer Ibrahim Yusuf (ibrahim.yusuf@regiondalarna.se) på träffen 22 februari 2028, som Tove hade bytt till.

Mvh
Malin Eriksson
Regionplanerare, Region Dalarna
072-123 45 67""",
             X("change", [P("Ibrahim Yusuf", "ibrahim.yusuf@regiondalarna.se", "Region Dalarna")], [S4]),
             "colleague substitution within the region; substitute takes one session"),

        mail("z108", "2027-01-11T10:33:00", ("Linda Mattsson", "linda.mattsson@hedemora.se"), "DalaLab",
             """<html><body><p>Hej,</p>
<p>Hedemora kommun anmäler oss två till DalaLab:</p>
<table border="1"><tr><th>Namn</th><th>E-post</th><th>Träffar</th><th>Kost</th></tr>
<tr><td>Linda Mattsson</td><td>linda.mattsson@hedemora.se</td><td>Alla</td><td>-</td></tr>
<tr><td>Tomas Wikström</td><td>tomas.wikstrom@hedemora.se</td><td>3 maj, 21 sept</td><td>Vegan</td></tr>
</table>
<p>Med vänliga hälsningar<br>Linda Mattsson<br>Planchef, Hedemora kommun</p></body></html>""",
             X("register", [P("Linda Mattsson", "linda.mattsson@hedemora.se", "Hedemora kommun"),
                            P("Tomas Wikström", "tomas.wikstrom@hedemora.se", "Hedemora kommun", diet="Vegan")], ALL, diet="Vegan"),
             "HTML-only table with diet column", html=True),

        tg("z109", "2027-01-12T22:18:00", "Tomas W", 4400219,
           "tomas wikström hedemora. kan ni ta bort mina uppgifter helt? jag ska inte vara med ändå, och vill inte finnas kvar i nåt register",
           X("erasure", [P("Tomas Wikström", None, "Hedemora kommun")], []), "erasure request with implicit withdrawal via telegram"),

        mail("z110", "2027-01-14T13:26:00", ("Fredrik Olsson", "fredrik.olsson@borlange.se"), "Fjärde person från Borlänge?",
             """Hej Linnea,

Jag förstår att vi redan är tre från Borlänge (Elin, Kenan och Anders). Finns det möjlighet att stå på reservlista om någon kommun inte fyller sina platser? Jag är i så fall intresserad av alla träffar.

Vänligen
Fredrik Olsson
Exploateringsingenjör
Borlänge kommun""",
             X("question", [P("Fredrik Olsson", "fredrik.olsson@borlange.se", "Borlänge kommun")], [], unsure=["intent"]),
             "fourth person asks about waitlist; question rather than signup (could be read as conditional register)"),

        mail("z111", "2027-01-18T09:05:00", ("Sara Nyberg", "sara.nyberg@sater.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             f"""Hej,

Jag vill gärna delta på den om tillgänglighet och den om framtider och osäkerheter. Kan inte de andra.

Sara Nyberg
Säters kommun

{q(INV)}""",
             X("register", [P("Sara Nyberg", "sara.nyberg@sater.se", "Säters kommun")], [S3, S4]),
             "sessions by theme only, over quoted (>) invitation with all dates"),

        mail("z112", "2027-01-20T16:02:00", ("Kenan Hodžić", "kenan.hodzic@borlange.se"), "Byte av datum?",
             """Hej,

Jag är anmäld till samtliga fyra, men 21 september krockar med KF. Jag kommer alltså på 3 maj, 29 november och 22 februari. Hoppas det är OK.

Kenan Hodžić, Borlänge kommun""",
             X("cancel", [P("Kenan Hodžić", "kenan.hodzic@borlange.se", "Borlänge kommun")], [S2]),
             "drops one session while listing the remaining ones -> cancel of 21 Sept"),

        mail("z113", "2027-01-25T12:44:00", ("Postmaster", "postmaster@ludvika.se"), "Olevererbart: DalaLab bekräftelse",
             """Leveransen till följande mottagare misslyckades:

sanna.ek@ludvika.se
Mottagarens postlåda finns inte. 550 5.1.1 User unknown

Diagnostisk information för administratörer:
Genererande server: mx1.ludvika.se

-- Ursprungligt meddelande --
Ämne: DalaLab bekräftelse
Du är anmäld till 3 maj 2027.""",
             X("auto_reply", [], []), "bounce of a confirmation with a date in the quoted part"),

        mail("z114", "2027-01-26T08:37:00", ("Hannes Grip", "hannes.grip@ludvika.se"), "Sanna",
             """Hej,

Såg att mejlet till Sanna studsade – hon har bytt efternamn och heter nu Sanna Ek Björk, sanna.ekbjork@ludvika.se. Hon är fortfarande anmäld till 3 maj.

Hannes""",
             X("change", [P("Sanna Ek Björk", "sanna.ekbjork@ludvika.se", "Ludvika kommun")], [S1]),
             "name/address change by colleague, org from sender domain"),

        mail("z115", "2027-02-01T10:18:00", ("Nils Åkerlund", "nils.akerlund@leksand.se"), "SV: Bekräftelse DalaLab",
             """Tack för bekräftelsen. Jag glömde nämna att jag är celiakiker, så glutenfritt behövs.

Nils

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 januari 2027 15:02
Till: Nils Åkerlund <nils.akerlund@leksand.se>
Ämne: Bekräftelse DalaLab

Hej Nils! Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Välkommen!
/Linnea, Region Dalarna""",
             X("change", [P("Nils Åkerlund", "nils.akerlund@leksand.se", "Leksands kommun", diet="celiakiker, så glutenfritt")], ALL, diet="celiakiker, så glutenfritt"),
             "diet change over quoted confirmation listing all four sessions"),

        tg("z116", "2027-02-03T12:30:00", "Jussi Heikkinen", 8812290,
           "Hei, anmäler mej och min kollega Aino Lampinen från Älvdalen till alla träffarna. Jag är vegetarian men Aino äter allt.",
           X("register", [P("Jussi Heikkinen", None, "Älvdalens kommun", diet="vegetarian"), P("Aino Lampinen", None, "Älvdalens kommun")], ALL, diet="vegetarian"),
           "telegram two people, Finnish names, per-person diet"),

        mail("z117", "2027-02-05T15:59:00", ("Planeringsenheten Mora", "planering@mora.se"), "Anmälan till DalaLab från Mora",
             """Hej!

Mora kommun anmäler:
• Ingrid Backlund, ingrid.backlund@mora.se
• Ahmed Farah, ahmed.farah@mora.se
• Lisa Jonsson Hed, lisa.jonssonhed@mora.se
• Per Mora, per.mora@mora.se

Vi är medvetna om att det bara är tre platser per kommun – Per står i första hand som reserv om någon faller bort. Alla träffar gäller.

Hälsningar
Planeringsenheten
Mora kommun""",
             X("register", [P("Ingrid Backlund", "ingrid.backlund@mora.se", "Mora kommun"),
                            P("Ahmed Farah", "ahmed.farah@mora.se", "Mora kommun"),
                            P("Lisa Jonsson Hed", "lisa.jonssonhed@mora.se", "Mora kommun"),
                            P("Per Mora", "per.mora@mora.se", "Mora kommun")], ALL, unsure=["people"]),
             "function mailbox, four listed with one as reserve; surname equals a place; unsure who to register"),

        mail("z118", "2027-02-08T09:41:00", ("Ahmed Farah", "ahmed.farah@mora.se"), "Re: Anmälan till DalaLab från Mora",
             """Hej, jag hinner inte alls i höst med vår ÖP-revidering, så jag släpper min plats till Per Mora för de två höstträffarna. Jag går fortfarande 3 maj och 22 feb.

Ahmed""",
             X("change", [P("Per Mora", "per.mora@mora.se", "Mora kommun")], [S2, S3]),
             "partial substitution: substitute takes the two autumn sessions; sender keeps others"),

        mail("z119", "2027-02-10T11:11:00", ("Kristina Hallgren", "kristina.hallgren@gagnef.se"), "DalaLab",
             """Hej Linnea,

Innan jag anmäler mig: är träffen den 21 september också i Falun, och finns det möjlighet att delta digitalt på någon av träffarna? Vi har långt att åka från Gagnef vintertid.

Vänliga hälsningar,
Kristina Hallgren
Samhällsplanerare
Gagnefs kommun
Tel. 0241-150 00""",
             X("question", [P("Kristina Hallgren", "kristina.hallgren@gagnef.se", "Gagnefs kommun")], []),
             "pre-signup question naming a date; question sessions empty"),

        mail("z120", "2027-02-11T08:03:00", ("Kristina Hallgren", "kristina.hallgren@gagnef.se"), "SV: DalaLab",
             """Tack för snabbt svar! Då anmäler jag mig till alla utom den i februari 2028.

/Kristina

Från: Linnea Hassis
Skickat: den 10 februari 2027 16:20
Ämne: SV: DalaLab

Hej Kristina, alla träffar hålls i Falun, tyvärr inget digitalt deltagande. 21 september, 29 november och 22 februari är alla i Regionens lokaler.""",
             X("register", [P("Kristina Hallgren", "kristina.hallgren@gagnef.se", "Gagnefs kommun")], [S1, S2, S3]),
             "'alla utom den i februari' over organiser's quoted answer with dates"),

        tg("z121", "2027-02-14T18:47:00", "Elin Strand", 3309128,
           "Hej! Elin Strand Borlänge. Vill bara dubbelkolla: står jag som anmäld till alla fyra efter att jag tog Linas plats?",
           X("question", [P("Elin Strand", None, "Borlänge kommun")], []), "confirmation question on telegram"),

        mail("z122", "2027-02-17T13:52:00", ("Sebastian Lundgren", "sebastian.lundgren@lansstyrelsen.se"), "Avanmälan DalaLab",
             """Hej,

Tyvärr måste jag avanmäla mig från DalaLab helt p.g.a. omorganisation. Karin Öhman och Helena de Wit från Länsstyrelsen deltar som planerat.

Med vänlig hälsning
Sebastian Lundgren
Länsstyrelsen Dalarna
Enheten för samhällsbyggnad""",
             X("cancel", [P("Sebastian Lundgren", "sebastian.lundgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "full cancellation; colleagues who continue named but not in people"),

        mail("z123", "2027-02-22T10:27:00", ("Jonas Lind", "jonas.lind@sweco.se"), "Anmälan DalaLab – för Smedjebackens kommun",
             """Hej,

Jag är konsult på Sweco och arbetar med Smedjebackens nya översiktsplan på uppdrag av kommunen. Kommunen har bett mig delta i deras ställe på första och sista träffen. Planchef Eva Sundin (eva.sundin@smedjebacken.se) står i kopia.

Jonas Lind
Sweco Society AB""",
             X("register", [P("Jonas Lind", "jonas.lind@sweco.se", "Smedjebackens kommun")], [S1, S4], unsure=["organisation"]),
             "consultant attending for a municipality; första och sista; cc'd manager not attending"),

        mail("z124", "2027-02-25T14:14:00", ("Nyhetsbrev Länsstyrelsen", "nyhetsbrev@lansstyrelsen.se"), "Nyheter om samhällsplanering – februari",
             """Länsstyrelsen Dalarna informerar

* Ny vägledning om klimatanpassning i översiktsplaneringen
* Seminarium om strandskydd 22 mars 2027
* Glöm inte DalaLab – sista anmälningsdag 14 april! Träffar 3 maj, 21 sept, 29 nov och 22 feb.

Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumeration här.""",
             X("auto_reply", [], []), "newsletter mentioning DalaLab and dates"),

        mail("z125", "2027-03-01T07:58:00", ("Emma Sahlin", "emma.sahlin@rattvik.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             f"""Hej!

Vi blir tre från Rättviks kommun. Jag tar första och andra träffen, och min kollega Marcus Olausson (marcus.olausson@rattvik.se) de två sista. Vår nya planarkitekt börjar i april – kan jag anmäla henne senare, efter sista anmälningsdag, när hon har fått mejladress?

Hälsningar
Emma Sahlin
Rättviks kommun, Samhällsbyggnad
0248-700 00

{INV}""",
             X("register", [P("Emma Sahlin", "emma.sahlin@rattvik.se", "Rättviks kommun"),
                            P("Marcus Olausson", "marcus.olausson@rattvik.se", "Rättviks kommun")], ALL),
             "register two with split sessions plus a question about an unnamed third; union all"),

        tg("z126", "2027-03-03T06:52:00", "Marcus O", 2219034,
           "Tjena Linnea. Marcus Olausson Rättvik. Emma har blivit sjukskriven länge så jag tar hennes två träffar också, dvs jag kommer på alla fyra nu.",
           X("change", [P("Marcus Olausson", None, "Rättviks kommun")], ALL),
           "addition: takes over colleague's sessions, now all four; Emma's withdrawal implied"),

        mail("z127", "2027-03-08T12:06:00", ("Oskar Eklöf", "oskar.eklof@falun.se"), "DalaLab – kan ändå 3 maj",
             """Hej Linnea,

Jag ersätter Anna Westberg från Falu kommun och var anmäld till de tre senare träffarna. Nu har min semester flyttats, så jag kan vara med den 3 maj också. Kan jag få komma på den?

Oskar Eklöf
Falu kommun""",
             X("change", [P("Oskar Eklöf", "oskar.eklof@falun.se", "Falu kommun")], ALL),
             "addition phrased as a question -> change, sessions after change"),

        mail("z128", "2027-03-12T15:33:00", ("Sofia Blom", "sofia.blom@avesta.se"), "anmälan dalalab",
             """hej

anmäler mig till dalalab. alla tillfällen. jag har glutenintolerans.
//sofia blom, avesta kommun, planavdelningen""",
             X("register", [P("Sofia Blom", "sofia.blom@avesta.se", "Avesta kommun", diet="glutenintolerans")], ALL, diet="glutenintolerans"),
             "terse lower case self-signup with diet"),

        mail("z129", "2027-03-18T10:49:00", ("Helena de Wit", "helena.de.wit@lansstyrelsen.se"), "Kollega ersätter Sebastian",
             """Hej Linnea!

Sebastian Lundgren har ju avanmält sig. I hans ställe vill vår nya handläggare Viktor Ahlberg (viktor.ahlberg@lansstyrelsen.se) gå på 21 september och 29 november, samma som Karin och jag.

Hälsningar
Helena de Wit
Länsstyrelsen Dalarna""",
             X("register", [P("Viktor Ahlberg", "viktor.ahlberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3], unsure=["intent"]),
             "new person replacing an already-cancelled colleague; register (or change); sender not attending in this request"),

        tg("z130", "2027-03-22T20:20:00", "Ingrid Backlund", 9901447,
           "Hej, Ingrid Backlund Mora. Får förhinder 29/11 tyvärr. Resten står kvar.",
           X("cancel", [P("Ingrid Backlund", None, "Mora kommun")], [S3]), "partial cancellation, 'får förhinder', telegram"),

        mail("z131", "2027-03-26T09:15:00", ("Lars Vikström", "lars.vikstrom@malung-salen.se"), "Re: DalaLab",
             """Hej!

Från Malung-Sälen anmäler jag mig (Lars Vikström) och Therese Back, therese.back@malung-salen.se. Vi kommer på den första träffen i maj och på den om utvecklingsinriktning. Hur det blir med de övriga vet vi inte än, vi återkommer efter budgetbeslut.

Lars Vikström
Kommunarkitekt
Malung-Sälens kommun""",
             X("register", [P("Lars Vikström", "lars.vikstrom@malung-salen.se", "Malung-Sälens kommun"),
                            P("Therese Back", "therese.back@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "two people, session by month and theme; tentative about others (not included)"),

        mail("z132", "2027-04-02T11:40:00", ("Johanna Berglund", "johanna.berglund@vansbro.se"), "DalaLab Vansbro",
             """Hej,

Jag anmälde mig tidigare till alla fyra, men chefen säger nu att vi bara har budget för hösten. Så ni får stryka mig på vårträffen och på den i februari 2028.

Tack och hej
Johanna Berglund
Vansbro kommun""",
             X("cancel", [P("Johanna Berglund", "johanna.berglund@vansbro.se", "Vansbro kommun")], [S1, S4]),
             "partial cancellation of two sessions by description"),

        tg("z133", "2027-04-06T13:03:00", "Orsa Planering", 1188720,
           "Hej! Vi från Orsa kommun vill anmäla Petra Hansson och Mikael Söderberg till höstens träffar. Petra: petra.hansson@orsa.se",
           X("register", [P("Petra Hansson", "petra.hansson@orsa.se", "Orsa kommun"), P("Mikael Söderberg", None, "Orsa kommun")], [S2, S3]),
           "telegram from a unit account registering two others; 'höstens träffar' plural = Sept + Nov"),

        mail("z134", "2027-04-09T16:45:00", ("Malin Eriksson", "malin.eriksson@regiondalarna.se"), "Sista justering regionen",
             """Hej Linnea,

Innan deadline: Gustav Nordin kan inte 29 november och stryks där. Rana Al-Sayed är tillbaka från tjänstledigheten och står kvar på alla. Själv har jag inget att ändra.

Ha en fin helg!
Malin""",
             X("cancel", [P("Gustav Nordin", None, "Region Dalarna")], [S3]),
             "coordinator cancels one session for a colleague; others mentioned unchanged"),

        mail("z135", "2027-04-10T08:22:00", ("Yvonne Carlsson", "yvonne.carlsson@smedjebacken.se"), "VS: Anmälan DalaLab – för Smedjebackens kommun",
             """Hej Linnea,

Som komplement till Jonas Linds (Sweco) anmälan vill jag själv delta på alla fyra träffarna från Smedjebackens kommun. Jag är vegetarian.

Vänliga hälsningar
Yvonne Carlsson
Samhällsbyggnadschef
Smedjebackens kommun

Från: Jonas Lind <jonas.lind@sweco.se>
Skickat: den 22 februari 2027 10:27
Ämne: Anmälan DalaLab – för Smedjebackens kommun

Kommunen har bett mig delta i deras ställe på första och sista träffen.""",
             X("register", [P("Yvonne Carlsson", "yvonne.carlsson@smedjebacken.se", "Smedjebackens kommun", diet="vegetarian")], ALL, diet="vegetarian"),
             "self-signup on top of forwarded consultant signup; consultant not included"),
    ]
