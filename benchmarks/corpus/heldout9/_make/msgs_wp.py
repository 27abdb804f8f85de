from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        tg("y136", "2026-12-02T07:14:00", "Fatima Al-Sayed", 6031847729,
           "Hej! Vill anmäla mig till DalaLab alla fyra gångerna 🙂 Fatima, Avesta kommun",
           X("register", [P("Fatima Al-Sayed", None, "Avesta kommun")], ALL),
           "short chat signup 'alla fyra gångerna' = all four; name only in the display name (first name in text)"),

        mail("y137", "2026-12-04T21:47:00", ("Johan Persson", "johan.persson@ludvika.se"),
             "Sv: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea
Jag hänger på 3/5 och 21 sept, de andra två krockar med fullmäktige

Johan

Skickat från min iPhone

> 1 dec. 2026 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.
>
> Träff 1: 3 maj 2027, Falun (med Boverket)
> Träff 2: 21 september 2027
> Träff 3: 29 november 2027
> Träff 4: 22 februari 2028
>
> Upp till tre personer per kommun. Anmäl dig senast 14 april 2027 genom att svara på detta mejl.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
""",
             X("register", [P("Johan Persson", "johan.persson@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "iPhone reply above a '>'-quoted invitation with all four dates and the deadline; '3/5 och 21 sept' only; org from ludvika.se"),

        tg("y138", "2026-12-05T12:31:00", "Maja L", 1187420065,
           "hej jag heter Maja Lindström och jobbar på Säters kommun jag vill anmäla mig och min kollega Erik Öberg till första och andra träffen",
           X("register", [P("Maja Lindström", None, "Säters kommun"), P("Erik Öberg", None, "Säters kommun")], [S1, S2]),
           "dictated, no punctuation; full name only in the text (display name 'Maja L'); sender + colleague; 'första och andra träffen' = 3 May + 21 Sep"),

        tg("y139", "2026-12-07T22:58:00", "Pekka Virtanen", 5290316648,
           "Hinner inte 21 sept, stryk mig från den. Resten står kvar /Pekka",
           X("cancel", [P("Pekka Virtanen", None, None)], [S2]),
           "partial cancellation of one session; 'resten står kvar' keeps the others; no organisation anywhere"),

        mail("y140", "2026-12-09T06:52:00", ("Sanna Eriksson-Kvist", "sanna.eriksson-kvist@hedemora.se"),
             "Anmälan",
             """Hej! Anmäler mig till alla träffarna i DalaLab. Laktosfri kost tack.

Hämta Outlook för Android""",
             X("register", [P("Sanna Eriksson-Kvist", "sanna.eriksson-kvist@hedemora.se", "Hedemora kommun")], ALL,
               diet="laktosfri"),
             "Outlook for Android, no signature: name only in the display name (hyphenated surname), org from hedemora.se; diet"),

        tg("y141", "2026-12-10T15:05:00", "Lars-Erik Dahl", 902215573,
           "blir det nåt digitalt alternativ 29/11 eller bara på plats?",
           X("question"),
           "question only; names a session date but no signup"),

        tg("y142", "2026-12-12T09:40:00", "Gunilla Hägg", 7714059382,
           "Kan jag byta 3/5 mot feb? Har semester då. Gunilla Mora kommun",
           X("change", [P("Gunilla Hägg", None, "Mora kommun")], [S4]),
           "bare swap 3/5 -> 'feb' (22 Feb 2028) phrased as a question; sessions = the new one only"),

        mail("y143", "2026-12-14T17:22:00", ("Anders Holm", "anders.holm@borlange.se"),
             "Kollega",
             """Hej Linnea lägg till min kollega Rebecka Sjögren hon vill också gå på alla träffar hon har mailen rebecka.sjogren@borlange.se tack Anders

Skickat från min iPhone""",
             X("register", [P("Rebecka Sjögren", "rebecka.sjogren@borlange.se", "Borlänge kommun")], ALL),
             "dictated iPhone mail, no punctuation; adds a colleague only (sender already registered, 'också'); colleague's address in text"),

        tg("y144", "2026-12-16T11:18:00", "Tomasz Nowak", 6648201937,
           "Hi, I'd like to sign up for 21 sept and 29/11. I work at Region Dalarna, public transport planning. /Tomasz",
           X("register", [P("Tomasz Nowak", None, "Region Dalarna")], [S2, S3]),
           "English chat signup with mixed date formats; Region Dalarna"),

        tg("y145", "2026-12-17T08:03:00", "Helena Björk", 3380127745,
           "Tack för bekräftelsen! 👍",
           X("unknown"),
           "bare thank-you, nothing to do"),

        mail("y146", "2026-12-18T13:37:00", ("Mikael Grönlund", "mikael.gronlund@smedjebacken.se"),
             "Avanmälan Linda",
             """Hej, Linda Berg slutar hos oss i mars så hon kommer inte på ngn av träffarna. Stryk henne. Vi återkommer om ersättare.
/Mikael

Hämta Outlook för Android""",
             X("cancel", [P("Linda Berg", None, "Smedjebackens kommun")], ALL),
             "manager cancels a colleague (sender not in people); 'ngn av träffarna' -> all four; 'i mars' is no session; possible replacement is not a signup"),

        tg("y147", "2027-01-05T19:26:00", "Kristoffer Mård", 1520947786,
           "Anmäler mig till den om tillgänglighet i februari och den om osäkerheter Kristoffer Älvdalen",
           X("register", [P("Kristoffer Mård", None, "Älvdalens kommun")], [S3, S4]),
           "dictated; sessions by topic: tillgänglighet = 22 Feb, osäkerheter = 29 Nov; 'Älvdalen' glued after the first name"),

        tg("y148", "2027-01-07T10:11:00", "Jonna Pettersson", 8120463391,
           "hej! vill att ni raderar mina personuppgifter från dalalab-listan, tack /Jonna",
           X("erasure", [P("Jonna Pettersson", None, None)]),
           "erasure request via chat; people = the sender, no organisation"),

        mail("y149", "2027-01-09T20:44:00", ("Karin Wallin", "karinwallin71@gmail.com"),
             "DalaLab",
             """Hej!
Skriver från privata mailen, jobbmailen strular i telefonen. Vill anmäla mig till 3 maj och 29 nov. Jag är vegetarian.

Karin Wallin
Samhällsplanerare, Orsa kommun

Skickat från min iPhone""",
             X("register", [P("Karin Wallin", "karinwallin71@gmail.com", "Orsa kommun")], [S1, S3], diet="vegetarian"),
             "private gmail sender; organisation only from the signature text; two sessions; diet 'vegetarian'"),

        tg("y150", "2027-01-11T07:49:00", "Ali Rezaei", 4471902258,
           "Hej! Jag är anmäld till alla fyra. Har precis fått veta att jag behöver glutenfri mat, kan ni notera det? Mvh Ali Rezaei, Falu kommun",
           X("change", [P("Ali Rezaei", None, "Falu kommun")], ALL, diet="glutenfri"),
           "diet update for an existing signup -> change; sessions stated as all four"),

        tg("y151", "2027-01-13T16:02:00", "Emil Norling", 2093385517,
           "anmäler mig 21/9! Leksand",
           X("register", [P("Emil Norling", None, "Leksands kommun")], [S2]),
           "minimal chat signup, one session, municipality as bare place name"),

        mail("y152", "2027-01-15T12:09:00", ("Eva Lundqvist", "eva.lundqvist@vansbro.se"),
             "Byte av deltagare",
             """Hej! Jag hinner inte 29/11 pga budgetarbetet. Min kollega Nils Herrgård går istället, han har nils.herrgard@vansbro.se
Eva

Skickat från min iPhone""",
             X("change", [P("Eva Lundqvist", "eva.lundqvist@vansbro.se", "Vansbro kommun"),
                          P("Nils Herrgård", "nils.herrgard@vansbro.se", "Vansbro kommun")], [S3]),
             "substitution for one session: sender out, colleague in; both in people; sessions = what the substitute takes"),

        tg("y153", "2027-01-18T21:15:00", "Sofie Ahlberg", 5962218804,
           "Hej vill anmäla mig till Dalalab, alla träffar. Jag jobbar på Rättviks lommun",
           X("register", [P("Sofie Ahlberg", None, "Rättviks kommun")], ALL),
           "autocorrect slip 'lommun' for kommun; all sessions"),

        tg("y154", "2027-01-20T08:27:00", "Björn Skoglund", 700418263,
           "Kan bara på höstens träff, anmäl mig dit. Gagnef",
           X("register", [P("Björn Skoglund", None, "Gagnefs kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' (singular) but two autumn sessions -> both candidates, unsure sessions"),

        mail("y155", "2027-01-22T14:50:00", ("Nina Karlsson", "nina.karlsson@lansstyrelsen.se"),
             "Fråga om DalaLab",
             """Hej, får vi från Länsstyrelsen vara med eller är det bara för kommunerna?
Hälsningar Nina

Hämta Outlook för Android""",
             X("question"),
             "question only from Länsstyrelsen (no signup yet)"),

        tg("y156", "2027-01-25T18:34:00", "Jessica Ström", 6873320419,
           "Hej. Måste avanmäla mig från hela DalaLab, har fått nytt jobb i Uppsala. Tack för mig! Jessica, Malung-Sälen",
           X("cancel", [P("Jessica Ström", None, "Malung-Sälens kommun")], ALL),
           "full cancellation 'hela DalaLab' -> all four; Uppsala is no organisation; ends with 'tack'"),

        tg("y157", "2027-01-27T10:58:00", "Per Almqvist", 1349920076,
           "hej anmäler två från oss: Hanna Lövgren och Mohammed Yusuf, båda till alla träffarna. själv kan jag inte. / Per, Smedjebacken",
           X("register", [P("Hanna Lövgren", None, "Smedjebackens kommun"),
                          P("Mohammed Yusuf", None, "Smedjebackens kommun")], ALL),
           "sender signs up two colleagues and explicitly not himself"),

        mail("y158", "2027-02-01T09:13:00", ("Camilla Olsson", "camilla.olsson@avesta.se"),
             "Sv: Bekräftelse DalaLab",
             """Kan jag lägga till 22 feb också? Står på 3/5 och 21/9 nu

Skickat från min iPhone

> 12 jan. 2027 kl. 10:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Camilla!
> Tack för din anmälan. Du är anmäld till:
> - 3 maj 2027
> - 21 september 2027
>
> Hälsningar Linnea
""",
             X("change", [P("Camilla Olsson", "camilla.olsson@avesta.se", "Avesta kommun")], [S1, S2, S4]),
             "add a session to an existing signup; current sessions stated -> sessions after change = 3/5, 21/9, 22 Feb"),

        tg("y159", "2027-02-03T06:41:00", "Amanda", 4419073350,
           "Hej Linnea Jag Vill Anmäla Mig Till Träffarna 3 Maj Och 22 Februari Vegansk Kost Tack Amanda Berg Mora",
           X("register", [P("Amanda Berg", None, "Mora kommun")], [S1, S4], diet="vegansk"),
           "dictated with every word capitalised; full name from the text (display name first name only); diet 'vegansk'"),

        tg("y160", "2027-02-05T23:09:00", "Lina Sandström", 8806127134,
           "Hej igen! Glömde säga när jag anmälde mig till 3/5 och 29/11 att jag har nötallergi. Lina, Ludvika",
           X("change", [P("Lina Sandström", None, "Ludvika kommun")], [S1, S3], diet="nötallergi"),
           "diet added after signup -> change; sessions are the ones she says she is registered for"),

        mail("y161", "2027-02-08T15:46:00", ("Ola Dahlberg", "ola.dahlberg@orsa.se"),
             "21 sept",
             """Hej. Varken jag eller Frida Moberg kan komma 21 sept, krock med KS. Övriga datum står kvar.
Ola

Skickat från min iPhone""",
             X("cancel", [P("Ola Dahlberg", "ola.dahlberg@orsa.se", "Orsa kommun"),
                          P("Frida Moberg", None, "Orsa kommun")], [S2]),
             "partial cancellation for sender and colleague; 'KS' is no session; other dates kept"),

        tg("y162", "2027-02-10T12:20:00", "Ingrid Mattsson", 2758839016,
           "Var i Falun är första träffen? och när börjar det",
           X("question"),
           "question only (venue and start time); 'första träffen' is not a signup"),

        tg("y163", "2027-02-12T17:55:00", "Robin Källström", 5503126690,
           "Anmäler mig till alla, mejla gärna bekräftelse till robin.kallstrom@vansbro.se",
           X("register", [P("Robin Källström", "robin.kallstrom@vansbro.se", "Vansbro kommun")], ALL),
           "chat signup with an e-mail address in the text; organisation from its domain"),

        mail("y164", "2027-02-15T07:36:00", ("Sara Nilsson Wikström", "sara.nilsson.wikstrom@gagnef.se"),
             "Anmälan DalaLab",
             """Hej!
Anmäler mig till alla fyra träffarna. Blir det lunch alla dagar? Jag är laktosintolerant.

Mvh Sara Nilsson Wikström
Gagnefs kommun

Skickat från min iPhone""",
             X("register", [P("Sara Nilsson Wikström", "sara.nilsson.wikstrom@gagnef.se", "Gagnefs kommun")], ALL,
               diet="laktosintolerant"),
             "signup plus a question -> register; double surname without hyphen; diet"),

        tg("y165", "2027-02-17T13:03:00", "Elsa Forsgren", 931046528,
           "hej! jag kan inte 3/5 men Jonas Ek tar min plats den dagen. Sen är jag med som vanligt. Mvh Elsa Rättvik",
           X("change", [P("Elsa Forsgren", None, "Rättviks kommun"), P("Jonas Ek", None, "Rättviks kommun")], [S1]),
           "substitution for one session only; sessions = what the substitute takes (3/5)"),

        tg("y166", "2027-02-19T20:12:00", "Lukas Meier", 6194475082,
           "Sorry, I have to cancel my spot on 29 Nov, conference abroad. Still coming in Feb. – Lukas, Länsstyrelsen",
           X("cancel", [P("Lukas Meier", None, "Länsstyrelsen Dalarna")], [S3]),
           "English partial cancellation; 'Feb' kept, not cancelled; Länsstyrelsen"),

        mail("y167", "2027-02-22T11:29:00", ("Ahmed Hussein", "ahmed.hussein@alvdalen.se"),
             "Anmälan DalaLab",
             """Anmäler mig till 29/11 och feb

Skickat från min iPhone""",
             X("register", [P("Ahmed Hussein", "ahmed.hussein@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
             "one-line iPhone mail; 'feb' = 22 Feb 2028; org from alvdalen.se"),

        tg("y168", "2027-02-24T08:47:00", "Oscar Widén", 3027781469,
           "Hej! Vill anmäla mig till 3 mak och 21 sept. Vegetarisk. Ludvika kommun",
           X("register", [P("Oscar Widén", None, "Ludvika kommun")], [S1, S2], diet="vegetarisk"),
           "autocorrect slip '3 mak' for 3 maj; diet"),

        tg("y169", "2027-02-26T10:05:00", "Therese Nordin", 7590234418,
           "Har blivit sjukskriven och kan inte delta i vår, stryk mig från 3 maj. Hör av mig om hösten. Therese, Avesta",
           X("cancel", [P("Therese Nordin", None, "Avesta kommun")], [S1]),
           "sick leave; cancels 3 May only; 'hör av mig om hösten' is no action on autumn sessions"),

        mail("y170", "2027-03-01T16:40:00", ("Malin Ek", "malin.ek@leksand.se"),
             "Byte",
             """Hej, jag kan tyvärr inte fortsätta i DalaLab. Min kollega Viktor Hansson (viktor.hansson@leksand.se) tar över min plats på alla träffar.
/Malin Ek

Hämta Outlook för Android""",
             X("change", [P("Malin Ek", "malin.ek@leksand.se", "Leksands kommun"),
                          P("Viktor Hansson", "viktor.hansson@leksand.se", "Leksands kommun")], ALL),
             "substitution for all sessions; both people; colleague's address in brackets"),

        tg("y171", "2027-03-03T21:38:00", "Patrik Jonsson", 1648830257,
           "hur många från samma kommun får man anmäla",
           X("question"),
           "dictated quota question, no punctuation"),

        tg("y172", "2027-03-05T09:51:00", "Mia 🌲", 5038817720,
           "Hej! Maria Holmgren heter jag, Region Dalarna, samhällsplanering. Kan jag få vara med på alla fyra?",
           X("register", [P("Maria Holmgren", None, "Region Dalarna")], ALL),
           "signup phrased as a question; display name is a nickname with emoji, real name in the text"),

        mail("y173", "2027-03-08T12:14:00", ("Lena Gustafsson", "lena.gustafsson@rattvik.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Vi blir tre från Rättvik: jag, Stefan Åkerlund och Josefin Mäkinen. Alla träffar.

Lena

Hämta Outlook för Android
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: Monday, March 1, 2027 9:00:12 AM
Till: Lena Gustafsson <lena.gustafsson@rattvik.se>
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

Hej!

Påminnelse om lärprojektet DalaLab. Träffarna är 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Varje kommun kan delta med upp till tre personer.

Anmäl er senast 14 april.

Vänliga hälsningar
Linnea Hassis, Region Dalarna
""",
             X("register", [P("Lena Gustafsson", "lena.gustafsson@rattvik.se", "Rättviks kommun"),
                            P("Stefan Åkerlund", None, "Rättviks kommun"),
                            P("Josefin Mäkinen", None, "Rättviks kommun")], ALL),
             "Outlook for Android reply above the quoted reminder (all dates, deadline); three people incl. sender; 'alla träffar'"),

        tg("y174", "2027-03-10T14:27:00", "Olof Sjöberg", 8265509913,
           "Tack för svaret Linnea, då vet jag 🙏",
           X("unknown"),
           "thanks for an answer, no request"),

        tg("y175", "2027-03-12T07:58:00", "Sven-Åke Larsson", 4902618375,
           "Jag är anmäld till 21/9, kan jag även komma på 29/11? Har fått loss tid. /Sven, Hedemora",
           X("change", [P("Sven-Åke Larsson", None, "Hedemora kommun")], [S2, S3]),
           "add a session, current one stated -> both; hyphenated first name in display name"),

        mail("y176", "2027-03-15T19:03:00", ("Josefin Larsson", "josefin.larsson@falun.se"),
             "Avanmälan",
             """Hej Linnea!
Tyvärr hinner jag inte delta i DalaLab alls, för mycket med ÖP:n just nu. Avanmäl mig från alla tillfällen. Förlåt!
Josefin

Hämta Outlook för Android""",
             X("cancel", [P("Josefin Larsson", "josefin.larsson@falun.se", "Falu kommun")], ALL),
             "full cancellation from Outlook for Android; org from falun.se"),

        tg("y177", "2027-03-18T11:44:00", "Anna-Karin Bäckström", 2215730648,
           "Vill gärna gå på den om utvecklingsinriktning. bara den. Anna-Karin Smedjebacken",
           X("register", [P("Anna-Karin Bäckström", None, "Smedjebackens kommun")], [S2]),
           "session named by topic only (utvecklingsinriktning = 21 Sep); 'bara den'"),

        tg("y178", "2027-03-22T17:16:00", "Kevin Lundberg", 6710092854,
           "oj skickade till fel chatt, ignorera 😅",
           X("unknown"),
           "message sent to the wrong chat, nothing to do"),

        mail("y179", "2027-03-29T08:05:00", ("Dragana Petrović", "dragana.petrovic@malung-salen.se"),
             "Anmälan till DalaLab 3/5",
             """Hej
Jag vill anmäla mig till träffen 3/5. Äter inte fläsk.
Dragana
Malung-Sälens kommun

Skickat från min iPhone""",
             X("register", [P("Dragana Petrović", "dragana.petrovic@malung-salen.se", "Malung-Sälens kommun")], [S1],
               diet="äter inte fläsk"),
             "one session in subject and body; diet phrased as 'äter inte fläsk'; non-ASCII surname"),

        tg("y180", "2027-04-06T13:52:00", "Jonas Lindqvist", 3586641207,
           "Anmälan från Avesta Kommun Jonas Lindqvist Och Petra Sundberg Till 21 September Och 29 November",
           X("register", [P("Jonas Lindqvist", None, "Avesta kommun"), P("Petra Sundberg", None, "Avesta kommun")],
             [S2, S3]),
           "dictated, odd capitalisation, no punctuation; sender names himself and a colleague; close to the deadline"),
    ]
