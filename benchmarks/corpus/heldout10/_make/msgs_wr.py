from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("z046", "2026-12-02T07:48:00", ("Ingrid Backlund", "ingrid.backlund@orsa.se"), "Sv: Inbjudan DalaLab",
             """Hej Linnea,

Jag är ensam planerare här i Orsa så det blir bara jag. Anmäl mig till hela serien.

Ingrid

Ingrid Backlund
Planarkitekt / översiktsplanerare
Samhällsbyggnadsförvaltningen
Orsa kommun
Box 23, 794 21 Orsa
0250-55 21 07

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:30
Ämne: Inbjudan DalaLab

Välkommen till DalaLab! Träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028.
Sista anmälningsdag 14 april 2027.""",
             X("register", [P("Ingrid Backlund", "ingrid.backlund@orsa.se", "Orsa kommun")], ALL),
             "sole planner signs up for the whole series over the quoted invitation (dates only in the quote)"),
        mail("z047", "2026-12-03T13:15:00", ("Per-Olof Åhs", "per-olof.ahs@alvdalen.se"), "DalaLab Älvdalen",
             """Hej!

Från Älvdalen kommer vi att vara två: jag själv och vår kommunchef Birgitta Zakrisson (birgitta.zakrisson@alvdalen.se) som vill vara med på första träffen i Falun. Själv vill jag gärna gå på alla fyra.

Birgitta har bett mig skriva att hon inte äter fisk.

Vänliga hälsningar
Per-Olof Åhs
Planeringsingenjör, Älvdalens kommun""",
             X("register", [P("Per-Olof Åhs", "per-olof.ahs@alvdalen.se", "Älvdalens kommun"),
                            P("Birgitta Zakrisson", "birgitta.zakrisson@alvdalen.se", "Älvdalens kommun", diet="inte äter fisk")],
               ALL, diet="inte äter fisk"),
             "planner + municipal director with different sessions (union = all); per-person diet for the director"),
        tg("z048", "2026-12-04T21:37:00", "Lisa V", 704112,
           "Hej! Lisa Vikström heter jag, jobbar på Vansbro kommun med planfrågor. vill anmäla mig till 3 maj och 29 nov 🙂",
           X("register", [P("Lisa Vikström", None, "Vansbro kommun")], [S1, S3]),
           "Telegram, display name short, full name in text, two dates"),
        mail("z049", "2026-12-07T10:02:00", ("Malung-Sälens kommun Samhällsbyggnad", "samhallsbyggnad@malung-salen.se"), "Anmälan",
             """Hej

Vi anmäler härmed följande två personer från Malung-Sälens kommun till DalaLab:

Johan Persson Bäck, johan.perssonback@malung-salen.se
Sanna Eriksson-Lövgren, sanna.eriksson-lovgren@malung-salen.se

Båda på samtliga tillfällen.

/Administratör samhällsbyggnad""",
             X("register", [P("Johan Persson Bäck", "johan.perssonback@malung-salen.se", "Malung-Sälens kommun"),
                            P("Sanna Eriksson-Lövgren", "sanna.eriksson-lovgren@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "function mailbox signs up two (double surnames); sender not a participant"),
        mail("z050", "2026-12-08T16:44:00", ("Karolina Dahl", "karolina.dahl@gagnef.se"), "Fråga om resor",
             """Hej Linnea!

Innan vi bestämmer oss i Gagnef: står Region Dalarna för några resekostnader, eller betalar kommunen själv? Vi är en liten förvaltning och det är en bit till Falun för oss som bor i Björbo. Finns det möjlighet att delta digitalt på någon av träffarna?

Tack på förhand,
Karolina Dahl
Gagnefs kommun""",
             X("question"), "question about travel costs and digital participation, no signup"),
        mail("z051", "2026-12-09T08:05:00", ("Anders Hed", "anders.hed@smedjebacken.se"), "Anmälan DalaLab – Smedjebacken",
             """Hej,

Anmäler mig själv och kollegan Fatima Al-Sayed till DalaLab. Vi kommer till den 3/5 och 21/9 men hoppar över träffarna i november och februari pga budgetarbetet.

Fatima är laktosintolerant.

Mvh
Anders Hed
Stadsarkitekt
Smedjebackens kommun
Tel 0240-66 00 00 (växel) | 070-312 45 90""",
             X("register", [P("Anders Hed", "anders.hed@smedjebacken.se", "Smedjebackens kommun"),
                            P("Fatima Al-Sayed", None, "Smedjebackens kommun", diet="laktosintolerant")],
               [S1, S2], diet="laktosintolerant"),
             "two people, 3/5 and 21/9 explicit, other two excluded by month; per-person diet"),
        tg("z052", "2026-12-10T12:20:00", "Mikael Rättvik", 691003,
           "hej, jag heter mikael lindgren, rättviks kommun. är det lunch ingår på träffarna eller ska man ta med?",
           X("question"), "Telegram question about lunch; display-name surname is a place, real surname in text"),
        mail("z053", "2026-12-11T14:31:00", ("Eva Mattsson", "eva.mattsson@rattvik.se"), "SV: DalaLab",
             """Hej Linnea

Rättvik anmäler tre: jag (Eva Mattsson), Jonas Brink och Helena Sjöholm. Jonas och Helena har adresser fornamn.efternamn@rattvik.se som vanligt.

Alla tre på alla träffar. Helena är vegetarian.

Hälsningar Eva
Planchef, Rättviks kommun
Storgatan 1, 795 80 Rättvik""",
             X("register", [P("Eva Mattsson", "eva.mattsson@rattvik.se", "Rättviks kommun"),
                            P("Jonas Brink", None, "Rättviks kommun"),
                            P("Helena Sjöholm", None, "Rättviks kommun", diet="vegetarian")], ALL, diet="vegetarian"),
             "three from Rättvik, colleagues' addresses only as a pattern (not written out -> null)"),
        mail("z054", "2026-12-14T09:58:00", ("Ingrid Backlund", "ingrid.backlund@orsa.se"), "Ändring anmälan",
             """Hej igen,

Jag anmälde mig till alla fyra träffar i början av december. Nu har jag fått veta att jag har semester i slutet av september så jag kan inte vara med den 21 september. Övriga tre står kvar.

Ingrid Backlund
Orsa kommun""",
             X("change", [P("Ingrid Backlund", "ingrid.backlund@orsa.se", "Orsa kommun")], [S1, S3, S4]),
             "registered for all, drops 21 Sep -> change with remaining three"),
        mail("z055", "2026-12-15T19:12:00", ("Olle Jönsson", "olle.jonsson@vansbro.se"), "DalaLab",
             """Hej. Jag är kommunalråd i Vansbro och har blivit tipsad av vår planerare. Får politiker också delta eller är det bara för tjänstepersoner? Om det går vill jag gärna gå på träffen om tillgänglighet.

Olle Jönsson (C)
Kommunstyrelsens ordförande
Vansbro kommun""",
             X("question", sessions=[], unsure=["intent"]),
             "politician asks whether politicians may attend; conditional wish for the accessibility session -> question"),
        tg("z056", "2026-12-16T06:55:00", "Agneta Frost", 711250,
           "God morgon! Agneta Frost, Malung-Sälens kommun, agneta.frost@malung-salen.se. Anmäler mig till den om framtider och osäkerheter och den i februari. Glutenfri kost tack",
           X("register", [P("Agneta Frost", "agneta.frost@malung-salen.se", "Malung-Sälens kommun", diet="glutenfri kost")],
             [S3, S4], diet="glutenfri kost"),
           "Telegram with address in text; session by theme + by month"),
        mail("z057", "2026-12-17T11:40:00", ("Mailer-Daemon", "MAILER-DAEMON@alvdalen.se"), "Undeliverable: DalaLab – bekräftelse",
             """Delivery has failed to these recipients or groups:

birgita.zakrisson@alvdalen.se
The e-mail address you entered couldn't be found.

Diagnostic information for administrators:
Generating server: EX02.alvdalen.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

Original message headers:
Subject: DalaLab – bekräftelse
Date: Thu, 17 Dec 2026 11:39:58 +0100""",
             X("auto_reply"), "bounce of a confirmation (misspelled address)"),
        mail("z058", "2026-12-18T15:05:00", ("Birgitta Zakrisson", "birgitta.zakrisson@alvdalen.se"), "Re: DalaLab",
             """Hej Linnea,

Per-Olof anmälde mig till första träffen. Jag vill gärna lägga till den 22 februari 2028 också, om det går.

Mvh
Birgitta Zakrisson
Kommundirektör
Älvdalens kommun""",
             X("change", [P("Birgitta Zakrisson", "birgitta.zakrisson@alvdalen.se", "Älvdalens kommun")], [S1, S4]),
             "director adds a session to an existing signup (stated) -> both"),
        mail("z059", "2026-12-21T10:10:00", ("Karolina Dahl", "karolina.dahl@gagnef.se"), "Sv: Fråga om resor",
             """Tack för snabbt svar! Då kör vi. Anmäl mig och min kollega Tomas Ahlgren (tomas.ahlgren@gagnef.se) till alla träffar. Vi samåker från Gagnef.

/Karolina

> Hej Karolina, resor betalas av respektive organisation. Träffarna är fysiska, den 3 maj i Falun.
> /Linnea""",
             X("register", [P("Karolina Dahl", "karolina.dahl@gagnef.se", "Gagnefs kommun"),
                            P("Tomas Ahlgren", "tomas.ahlgren@gagnef.se", "Gagnefs kommun")], ALL),
             "follow-up to own question, now signs up two; quoted answer mentions 3 May only"),
        tg("z060", "2026-12-22T22:14:00", "Jonas B", 688420,
           "hej det är jonas brink från rättvik. eva anmälde mig men jag kan tyvärr inte 3 maj, har en utbildning då. resten kör jag",
           X("change", [P("Jonas Brink", None, "Rättviks kommun")], [S2, S3, S4]),
           "colleague-registered person drops first session, keeps 'resten'"),
        mail("z061", "2027-01-07T08:30:00", ("Anders Hed", "anders.hed@smedjebacken.se"), "Fatima",
             """Hej Linnea och gott nytt år,

Fatima Al-Sayed har slutat hos oss i Smedjebacken vid årsskiftet, så stryk henne från DalaLab. Jag återkommer om vi hittar någon ersättare.

Anders""",
             X("cancel", [P("Fatima Al-Sayed", None, "Smedjebackens kommun")], ALL),
             "colleague withdrawn without substitute (no substitute yet) -> cancel; no session named -> all four"),
        mail("z062", "2027-01-08T13:22:00", ("Hanna Rask", "hanna.rask@orsa.se"), "Anmälan DalaLab Orsa",
             """Hej,

Jag är nyanställd som översiktsplanerare i Orsa sedan januari och min kollega Ingrid Backlund tipsade om DalaLab. Ingrid är redan anmäld. Jag vill gärna gå på samma träffar som hon, dvs. 3 maj, 29 november och 22 februari.

Vänliga hälsningar
Hanna Rask
Orsa kommun
0250-55 21 15""",
             X("register", [P("Hanna Rask", "hanna.rask@orsa.se", "Orsa kommun")], [S1, S3, S4]),
             "new employee; already-registered colleague named but not in people; dates explicit"),
        mail("z063", "2027-01-11T07:02:00", ("Per-Olof Åhs", "per-olof.ahs@alvdalen.se"), "Automatiskt svar: DalaLab – program",
             """Tack för ditt mail. Jag är tjänstledig till och med 2027-01-24 och läser inte e-post. Vid brådskande ärenden om bygglov kontakta bygglov@alvdalen.se, i planfrågor 0251-800 00.

Per-Olof Åhs
Älvdalens kommun""",
             X("auto_reply"), "out-of-office with a date that is not a session"),
        tg("z064", "2027-01-12T17:48:00", "Sven-Erik Olsson", 730019,
           "Hej jag skulle vilja anmäla mig till DalaLab. Jobbar på Gagnefs kommun som samhällsplanerare. Alla datum funkar",
           X("register", [P("Sven-Erik Olsson", None, "Gagnefs kommun")], ALL),
           "Telegram, name only from display name, 'alla datum' -> all"),
        mail("z065", "2027-01-13T12:12:00", ("Marianne Hölttä", "marianne.holtta@vansbro.se"), "DalaLab anmälan",
             """<html><body><p>Hej!</p>
<p>Vansbro kommun anmäler mig, <b>Marianne Hölttä</b>, miljö- och planhandläggare, till DalaLab.</p>
<p>Jag kan delta 21/9 och 29/11. Första träffen krockar med kommunfullmäktige.</p>
<p>Hälsningar<br>Marianne Hölttä<br>Vansbro kommun<br>Tel 0281-750 00</p></body></html>""",
             X("register", [P("Marianne Hölttä", "marianne.holtta@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "HTML-only; 21/9 and 29/11; Finnish surname", html=True),
        mail("z066", "2027-01-15T16:03:00", ("Eva Mattsson", "eva.mattsson@rattvik.se"), "Byte Rättvik",
             """Hej,

Helena Sjöholm har gått på föräldraledighet. I stället kommer Daniel Ohlsson (daniel.ohlsson@rattvik.se) att gå på alla fyra träffar som Helena var anmäld till. Daniel har inga matallergier.

Eva""",
             X("change", [P("Helena Sjöholm", None, "Rättviks kommun"),
                          P("Daniel Ohlsson", "daniel.ohlsson@rattvik.se", "Rättviks kommun")], ALL),
             "substitution: Helena out, Daniel in for her sessions (she had all four); 'inga matallergier' is not a diet"),
        mail("z067", "2027-01-18T10:47:00", ("Katarina Mörk", "katarina.mork@smedjebacken.se"), "Ersättare för Fatima",
             """Hej Linnea!

Anders Hed bad mig höra av mig. Jag tar den plats som Fatima Al-Sayed hade i DalaLab, alltså träffarna 3 maj och 21 september.

Jag är vegan.

Katarina Mörk
Planeringsarkitekt
Smedjebackens kommun""",
             X("register", [P("Katarina Mörk", "katarina.mork@smedjebacken.se", "Smedjebackens kommun", diet="vegan")],
               [S1, S2], diet="vegan", unsure=["intent"]),
             "takes a freed place after Fatima was already cancelled -> a new signup for the two dates"),
        tg("z068", "2027-01-20T20:30:00", "Hanna", 740551,
           "hallå, kan jag få ta bort alla mina uppgifter ur ert register? har bytt jobb från orsa. /Hanna Rask",
           X("erasure", [P("Hanna Rask", None, "Orsa kommun")], unsure=["organisation"]),
           "Telegram erasure request; organisation from former employer text"),
        mail("z069", "2027-01-22T09:15:00", ("Leif Strand", "leif.strand@orsa.se"), "DalaLab",
             """Hej Linnea!

Hanna Rask har tyvärr lämnat oss. Jag går i hennes ställe på samma träffar (3 maj, 29 nov, 22 feb).

Leif Strand
Bygg- och miljöchef
Orsa kommun""",
             X("change", [P("Hanna Rask", None, "Orsa kommun"), P("Leif Strand", "leif.strand@orsa.se", "Orsa kommun")],
               [S1, S3, S4]),
             "substitution from the manager himself, dates abbreviated"),
        mail("z070", "2027-01-26T14:58:00", ("Nyhetsbrev Boverket", "nyhetsbrev@boverket.se"), "PBL-nytt januari 2027",
             """PBL-nytt januari 2027

Nytt i PBL Kunskapsbanken: vägledning om översiktsplanens utvecklingsinriktning.
Webbinarium 3 maj 2027 kl 10-12: Planeringsstrategier i praktiken. Anmäl dig på boverket.se.

Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumeration här.""",
             X("unknown"), "newsletter with a date that matches a session; anmäl-word; never answered"),
        mail("z071", "2027-02-01T11:20:00", ("Johan Persson Bäck", "johan.perssonback@malung-salen.se"), "Tillgänglighet",
             """Hej Linnea

Jag använder rullstol. Är lokalen i Falun tillgänglig, och finns det parkering nära entrén? Jag är redan anmäld till alla träffar.

Hälsningar Johan
Malung-Sälens kommun""",
             X("question"), "accessibility question from registered person; not a diet, not a change"),
        tg("z072", "2027-02-03T08:12:00", "Agneta Frost", 711250,
           "Hej igen! Måste tyvärr avanmäla mig från träffen 29 november, blir dubbelbokad. Februari står kvar",
           X("cancel", [P("Agneta Frost", None, None)], [S3]),
           "Telegram partial cancellation of one session; this message names no organisation -> null"),
        mail("z073", "2027-02-05T15:35:00", ("Sofie Brännström", "sofie.brannstrom@gagnef.se"), "Fjärde person från Gagnef?",
             """Hej!

Vi är redan tre från Gagnef som är anmälda (Karolina, Tomas och Sven-Erik). Finns det någon möjlighet att vi blir fyra? Jag skulle i så fall vilja ställa mig på en väntelista till alla träffar.

Mvh Sofie Brännström
Gagnefs kommun""",
             X("register", [P("Sofie Brännström", "sofie.brannstrom@gagnef.se", "Gagnefs kommun")], ALL, unsure=["intent"]),
             "fourth from a municipality asks for the waiting list; others already registered not in people"),
        mail("z074", "2027-02-09T10:00:00", ("Tomas Ahlgren", "tomas.ahlgren@gagnef.se"), "Avanmälan",
             """Hej

Jag kan tyvärr inte delta i DalaLab ändå. Sofie Brännström som stod på väntelistan kan ta min plats om hon vill, men det får hon bekräfta själv.

Tomas Ahlgren, Gagnefs kommun""",
             X("cancel", [P("Tomas Ahlgren", "tomas.ahlgren@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation; suggested substitute not confirmed -> not in people"),
        mail("z075", "2027-02-12T13:27:00", ("Ulla Kåks", "ulla.kaks@smedjebacken.se"), "Fwd: DalaLab",
             """Hej Linnea, vidarebefordrar från vår kommundirektör. Han vill att jag också anmäls, till hösten båda träffarna.
Ulla Kåks, Smedjebackens kommun

---------- Forwarded message ---------
Från: Göran Wik <goran.wik@smedjebacken.se>
Datum: tis 9 feb. 2027 kl 16:02
Ämne: DalaLab
Till: Ulla Kåks <ulla.kaks@smedjebacken.se>

Ulla, anmäl dig till DalaLab i höst. Vi har tre platser och Anders + Katarina har två av dem.
/Göran""",
             X("register", [P("Ulla Kåks", "ulla.kaks@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "forwarded director mail; 'till hösten båda träffarna' = 21/9 + 29/11; director not in people"),
        tg("z076", "2027-02-16T19:40:00", "Daniel O", 752200,
           "Tjena! Daniel Ohlsson, Rättvik. Jag är anmäld istället för Helena. Kan ni ändra så jag får vegetariskt?",
           X("change", [P("Daniel Ohlsson", None, "Rättviks kommun", diet="vegetariskt")], ALL, diet="vegetariskt", unsure=["sessions"]),
           "diet change for an existing signup; sessions unstated -> all four as the substitute had"),
        mail("z077", "2027-02-22T09:33:00", ("Maria Lind", "maria.lind@regiondalarna.se"), "Kollegor från regionen",
             """Hej Linnea,

Vi på Regional utveckling vill anmäla fyra till DalaLab, ingen kvot för oss vad jag förstår:
1. Maria Lind (jag)
2. Ahmed Yusuf, ahmed.yusuf@regiondalarna.se
3. Kristin Svärd, kristin.svard@regiondalarna.se
4. Björn Ek af Wetterstedt, bjorn.ekafwetterstedt@regiondalarna.se

Alla fyra träffarna för alla.

/Maria""",
             X("register", [P("Maria Lind", "maria.lind@regiondalarna.se", "Region Dalarna"),
                            P("Ahmed Yusuf", "ahmed.yusuf@regiondalarna.se", "Region Dalarna"),
                            P("Kristin Svärd", "kristin.svard@regiondalarna.se", "Region Dalarna"),
                            P("Björn Ek af Wetterstedt", "bjorn.ekafwetterstedt@regiondalarna.se", "Region Dalarna")], ALL),
             "four from the Region (no quota), numbered list, name with particle"),
        mail("z078", "2027-03-01T11:11:00", ("Olle Jönsson", "olle.jonsson@vansbro.se"), "Sv: DalaLab",
             """Tack för beskedet att förtroendevalda är välkomna. Då anmäler jag mig till träffen om tillgänglighet i februari 2028.

Olle Jönsson
Vansbro kommun

-----Ursprungligt meddelande-----
Från: Linnea Hassis
Skickat: den 25 februari 2027
Ja, politiker är välkomna. Träffarna är 3 maj, 21 september, 29 november och 22 februari.""",
             X("register", [P("Olle Jönsson", "olle.jonsson@vansbro.se", "Vansbro kommun")], [S4]),
             "politician's follow-up signup by theme + month; quoted answer lists all dates"),
        tg("z079", "2027-03-04T10:05:00", "Lisa Vikström", 704112,
           "hej! kan jag byta 29 nov mot 21 sept? 3 maj är som innan",
           X("change", [P("Lisa Vikström", None, None)], [S1, S2]),
           "swap with what stays stated -> resulting sessions 3/5 + 21/9; no organisation in this message -> null"),
        mail("z080", "2027-03-10T08:40:00", ("Eva Mattsson", "eva.mattsson@rattvik.se"), "Kostnad?",
             """Hej,

Vår ekonom undrar om det finns någon deltagaravgift för DalaLab eller om det bara är resan vi betalar. Och får vi faktura i så fall till Rättviks kommun, ref 4410?

Mvh Eva Mattsson""",
             X("question"), "cost/invoice question, reference number not a date"),
        mail("z081", "2027-03-16T14:14:00", ("Marianne Hölttä", "marianne.holtta@vansbro.se"), "Kan inte komma",
             """Hej Linnea. Jag måste tyvärr avanmäla mig från DalaLab helt, vi har fått ett stort detaljplaneuppdrag. Ledsen för det!
Marianne
Vansbro kommun""",
             X("cancel", [P("Marianne Hölttä", "marianne.holtta@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation, no sessions named -> all four"),
        mail("z082", "2027-03-19T07:25:00", ("Rut Halvarsson", "rut.halvarsson@malung-salen.se"), "anmälan + fråga",
             """Hej Linnea,

Jag vill anmäla mig till DalaLab, träffarna 21.9 och 22.2. Blir det samåkning från Malung eller hyr regionen buss? Annars tar jag tjänstebilen.

Rut Halvarsson
Näringslivs- och planeringsstrateg
Malung-Sälens kommun | Box 14, 782 21 Malung""",
             X("register", [P("Rut Halvarsson", "rut.halvarsson@malung-salen.se", "Malung-Sälens kommun")], [S2, S4]),
             "signup mixed with a travel question -> register; dates as 21.9 and 22.2; postcode not a date",
             charset="iso-8859-1"),
        tg("z083", "2027-03-22T13:03:00", "Tuomas Niemi", 761904,
           "Hi, Tuomas Niemi here, new GIS coordinator at Älvdalen municipality (don't speak much Swedish yet). I'd like to join the first meeting on May 3rd and the one in November. Is English ok?",
           X("register", [P("Tuomas Niemi", None, "Älvdalens kommun")], [S1, S3]),
           "English Telegram signup with a question about language; 'the one in November' = 29 Nov"),
        mail("z084", "2027-03-29T16:50:00", ("Gunilla Nises", "gunilla.nises@lansstyrelsen.se"), "DalaLab – Lst",
             """Hej!

Från Länsstyrelsen kommer jag att delta på de två första träffarna. Min kollega Peter Hall anmäler sig själv separat.

Med vänlig hälsning
Gunilla Nises
Samhällsplanerare, enheten för samhällsbyggnad
Länsstyrelsen Dalarna""",
             X("register", [P("Gunilla Nises", "gunilla.nises@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "county board; 'de två första' = 3/5 + 21/9; colleague who signs up separately not in people"),
        mail("z085", "2027-04-06T09:09:00", ("Leif Strand", "leif.strand@orsa.se"), "Re: DalaLab",
             """Hej, en sak till. Jag har fått diagnosen celiaki så jag behöver glutenfritt på fika och lunch. Inget annat ändras i min anmälan.

Leif Strand, Orsa kommun""",
             X("change", [P("Leif Strand", "leif.strand@orsa.se", "Orsa kommun", diet="glutenfritt")], ALL,
               diet="glutenfritt", unsure=["sessions"]),
             "diet update for an existing signup; sessions not restated ('inget annat ändras') -> all four as default, unsure"),
        tg("z086", "2027-04-09T23:41:00", "Sven-Erik Olsson", 730019,
           "avanmäler mig från 3 maj och 21/9. novemberträffen o feb blir jag kvar på",
           X("cancel", [P("Sven-Erik Olsson", None, None)], [S1, S2]),
           "late-night partial cancellation of two sessions; no organisation in this message -> null"),
    ]
