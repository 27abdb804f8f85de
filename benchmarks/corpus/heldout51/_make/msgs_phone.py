"""Writer "phone" (bb046–bb090): Telegram messages and short mails typed or dictated on a phone.

Lower case, missing punctuation, voice-dictation artefacts ("punkt", numbers as words), emojis, abbreviations
("o", "pls", "isf", "nån"), English and Swedish/English mixed. People sign up themselves and sometimes a
colleague; sessions are named by season, month, ordinal, weekday, week number or theme; corrections in the
middle of a message; maybes; relative words that are not sessions ("i morgon", "nästa vecka"); follow-ups that
only make sense as answers ("ja stämmer", "bara den första"); quick cancellations; questions about parking,
food, the programme and remote attendance; "Skickat från min iPhone" mails.

Session weekdays: 3 May 2027 and 29 Nov 2027 are Mondays, 21 Sep 2027 and 22 Feb 2028 Tuesdays
(ISO weeks 18, 38, 48 and 8).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        tg("bb046", "2026-12-04T21:17", "Johan L", "5531908274",
           """hej anmäler mig till alla fyra 👍 /johan lindqvist falun""",
           X("register", [P("Johan Lindqvist", None, "Falu kommun")], ALL),
           "one-line lower-case self-signup; full name and 'falun' only in the signoff; all four named"),

        tg("bb047", "2026-12-09T07:48", "Ingrid Holm", "6120774391",
           """Vill gå på vårträffen o den i februari 🙂 Ingrid, Avesta""",
           X("register", [P("Ingrid Holm", None, "Avesta kommun")], [S1, S4]),
           "'vårträffen' = 3 May (only spring session), 'den i februari' = 22 Feb 2028; 'o' for och"),

        tg("bb048", "2026-12-14T16:02", "Per Nyström", "1988230457",
           """hej jag heter per nyström och jobbar på ludvika kommun jag vill anmäla mig till första och tredje träffen punkt tack""",
           X("register", [P("Per Nyström", None, "Ludvika kommun")], [S1, S3]),
           "voice-dictated, no punctuation, literal 'punkt'; ordinals första + tredje = 3 May + 29 Nov"),

        tg("bb049", "2026-12-17T12:30", "Tom", "7004519826",
           """hi! can i sign up for the sept one + the one about accessibility? Tom Berg, Region Dalarna""",
           X("register", [P("Tom Berg", None, "Region Dalarna")], [S2, S4]),
           "English; 'the sept one' = 21 Sep, 'the one about accessibility' = theme of 22 Feb; phrased as a "
           "question but it is a signup"),

        tg("bb050", "2027-01-08T19:44", "Sofia Engström", "5890132766",
           """anmäler mig till 21/9 nej vänta 29/11 menade jag 🙈 /Sofia, Hedemora""",
           X("register", [P("Sofia Engström", None, "Hedemora kommun")], [S3]),
           "correction mid-message: 21/9 is withdrawn in the same breath, only 29/11 remains"),

        tg("bb051", "2027-01-11T10:05", "Maja Eriksson", "6673021985",
           """bara den första""",
           X("register", [P("Maja Eriksson", None, None)], [S1], unsure=["intent"]),
           "bare follow-up that only makes sense as an answer (to 'which sessions?'): the sender for the first "
           "session only; could also be narrowing an earlier signup"),

        tg("bb052", "2027-01-11T10:06", "Maja Eriksson", "6673021985",
           """ja stämmer 👍""",
           X("unknown", [], []),
           "pure confirmation reply with no context: nothing to register, cancel or answer"),

        tg("bb053", "2027-01-13T22:19", "Anders Hägg", "2256617093",
           """kör på 3 maj för min del. september kanske, vet inte än om jag får ledigt, återkommer om den. /Anders Hägg Rättviks kn""",
           X("register", [P("Anders Hägg", None, "Rättviks kommun")], [S1], unsure=["sessions"]),
           "maybe: only 3 May is booked, September is a 'kanske' he will come back about; 'Rättviks kn'"),

        tg("bb054", "2027-01-15T08:12", "Erik Sjödin", "8120457733",
           """avanmäl mig pls 🙏 /erik sjödin mora""",
           X("cancel", [P("Erik Sjödin", None, "Mora kommun")], ALL),
           "quick full cancellation, no session named -> all four; 'pls'"),

        tg("bb055", "2027-01-19T13:50", "Lena Dahl", "1400928361",
           """kan inte 21/9 tyvärr, resten står kvar""",
           X("cancel", [P("Lena Dahl", None, None)], [S2]),
           "partial cancellation of one date; 'resten står kvar' books nothing new; no organisation given"),

        tg("bb056", "2027-01-21T17:33", "Mikaela", "5077341826",
           """finns det parkering vid lokalen i falun? kommer med bil 🚗""",
           X("question", [], []),
           "parking question only; 'falun' is the venue, not an organisation"),

        tg("bb057", "2027-01-25T11:58", "Robin Sahlin", "6391204478",
           """blir det lunch eller bara fika? 🥪""",
           X("question", [], []),
           "food question only"),

        tg("bb058", "2027-01-27T20:41", "Helena Blom", "9012377456",
           """går det att va med på distans? teams/zoom? bor i sälen o det är 2,5 h enkel väg 😅""",
           X("question", [], []),
           "remote-attendance question; '2,5 h' is not a date; 'sälen' gives a place but nothing is booked"),

        tg("bb059", "2027-02-01T09:14", "Kent Ljung", "3345601987",
           """när börjar det den 3 maj? o finns programmet nånstans""",
           X("question", [], []),
           "question naming a session date: time and programme; no signup, sessions []"),

        tg("bb060", "2027-02-03T15:26", "Ravi Kumar", "7788902145",
           """hej! me + my colleague anna wester vill joina alla sessions 🙌 we're both from borlänge kommun /Ravi""",
           X("register", [P("Ravi Kumar", None, "Borlänge kommun"), P("Anna Wester", None, "Borlänge kommun")],
             ALL),
           "Swedish/English mix; sender + colleague written in lower case; 'alla sessions' = all four"),

        tg("bb061", "2027-02-05T16:55", "Karl-Johan Berg", "4021187760",
           """skickar anmälan nu innan jag glömmer, nästa vecka är jag på semester. alla fyra för mig. Karl-Johan Berg, Säter""",
           X("register", [P("Karl-Johan Berg", None, "Säters kommun")], ALL),
           "relative 'nästa vecka' is not a session; hyphenated first name; 'Säter'"),

        tg("bb062", "2027-02-08T18:03", "Hanna Vesterlund", "6605293318",
           """bara tisdagarna funkar för mig, måndagar har vi nämnd. /hanna gagnef""",
           X("register", [P("Hanna Vesterlund", None, "Gagnefs kommun")], [S2, S4]),
           "sessions by weekday: the Tuesday sessions are 21 Sep and 22 Feb (3 May and 29 Nov are Mondays)"),

        tg("bb063", "2027-02-10T12:12", "Camilla Ek", "2870066413",
           """hej anmäl mig till den tredje o den fjärde träffen. camilla ek, vansbro""",
           X("register", [P("Camilla Ek", None, "Vansbro kommun")], [S3, S4]),
           "'den tredje' here is the third session (not 3 May), the word 'träffen' follows; 29 Nov + 22 Feb"),

        tg("bb064", "2027-02-12T07:39", "Fredrik Ahl", "5190448821",
           """the last one only pls. Fredrik Ahl, Länsstyrelsen""",
           X("register", [P("Fredrik Ahl", None, "Länsstyrelsen Dalarna")], [S4]),
           "English; 'the last one' = 22 Feb 2028; 'Länsstyrelsen' alone = Länsstyrelsen Dalarna"),

        tg("bb065", "2027-02-15T14:47", "Mikael Öberg", "8355012679",
           """byt min 3/5 till 21/9 tack""",
           X("change", [P("Mikael Öberg", None, None)], [S2]),
           "bare swap: only the new session; no organisation"),

        tg("bb066", "2027-02-17T19:20", "Linda Forsgren", "1273398054",
           """är redan anmäld till maj, lägg till november också 👍 /Linda, Vansbro""",
           X("change", [P("Linda Forsgren", None, "Vansbro kommun")], [S1, S3]),
           "adding a session to an existing signup; sessions after the change = May + November"),

        tg("bb067", "2027-02-19T21:05", "Jonas Mattsson", "6049927183",
           """jag kan inte 29 nov men min kollega olof svärd tar min plats den dagen. /Jonas, Älvdalen""",
           X("change", [P("Jonas Mattsson", None, "Älvdalens kommun"), P("Olof Svärd", None, "Älvdalens kommun")],
             [S3]),
           "substitution for one session: sender out, colleague in; both listed; sessions = what the substitute takes"),

        tg("bb068", "2027-02-22T08:27", "Therese Bergman", "3961120574",
           """glömde säga i min anmälan: jag är laktosintolerant 🙏""",
           X("change", [P("Therese Bergman", None, None, diet="laktosintolerant")], [],
             diet="laktosintolerant"),
           "diet added to an existing signup -> change; no sessions stated, so none"),

        tg("bb069", "2027-02-24T13:15", "Elsa Nord", "7430028816",
           """✅ 3/5
✅ 21/9
❌ 29/11
✅ 22/2
Elsa Nord, Rättvik""",
           X("register", [P("Elsa Nord", None, "Rättviks kommun")], [S1, S2, S4]),
           "checklist of emojis: the crossed-out date is excluded"),

        tg("bb070", "2027-02-26T22:48", "Sanna Kvist", "2510396648",
           """hej kan ni radera mitt nummer och alla mina uppgifter? tack""",
           X("erasure", [P("Sanna Kvist", None, None)], []),
           "erasure on Telegram: people = the sender"),

        tg("bb071", "2027-03-01T16:31", "Göran Sjöberg", "4488120937",
           """hej älskling kan du köpa mjölk på vägen hem ❤️""",
           X("unknown", [], []),
           "message sent to the wrong chat; nothing about the event"),

        mail("bb072", "2027-03-02T07:16", ("Maria Sund", "maria.sund@leksand.se"), "anmälan",
             """hej anmäl mig till alla träffar

Skickat från min iPhone""",
             X("register", [P("Maria Sund", "maria.sund@leksand.se", "Leksands kommun")], ALL),
             "two-line phone mail; name from display name, organisation from the leksand.se domain"),

        mail("bb073", "2027-03-03T17:42", ("Sara Lind", "sara.lind@smedjebacken.se"), "Dala lab",
             """Hej Linnea jag vill anmäla mig och min kollega Peter Åhman till första träffen den tredje maj och till den i november punkt Peter äter vegetariskt punkt med vänlig hälsning Sara

Skickat från min iPhone""",
             X("register", [P("Sara Lind", "sara.lind@smedjebacken.se", "Smedjebackens kommun"),
                            P("Peter Åhman", None, "Smedjebackens kommun", diet="vegetariskt")],
               [S1, S3], diet="vegetariskt"),
             "dictated mail ('punkt', 'Dala lab', 'den tredje maj' in words); colleague without address; "
             "the diet is the colleague's"),

        mail("bb074", "2027-03-04T08:03", ("James Mackenzie", "j.mackenzie@regiondalarna.se"), "DalaLab",
             """Hi Linnea, sorry for the short mail, on the train. Please sign me up for Sep 21 and Nov 29. I'll send my colleague's details tomorrow.

J

Sent from my Galaxy""",
             X("register", [P("James Mackenzie", "j.mackenzie@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English phone mail; the colleague is only announced (no name), 'tomorrow' is not a session"),

        mail("bb075", "2027-03-05T06:51", ("Wiklund Tobias", "tobias.wiklund@borlange.se"),
             "Sv: Bekräftelse DalaLab",
             """måste tyvärr avboka den 3 maj, krock med budgetdagen. övriga gäller

/Tobias

Skickat från Outlook för iOS
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 18 januari 2027 10:02
Till: Wiklund Tobias <tobias.wiklund@borlange.se>
Ämne: Bekräftelse DalaLab

Hej Tobias!

Tack för din anmälan. Du är anmäld till:
- 3 maj 2027, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Vänliga hälsningar
Linnea""",
             X("cancel", [P("Tobias Wiklund", "tobias.wiklund@borlange.se", "Borlänge kommun")], [S1]),
             "phone reply on top of a confirmation listing all four dates; only 3 May cancelled; surname-first "
             "display name"),

        mail("bb076", "2027-03-08T12:24", ("Gustav Åkerlund", "gustav.akerlund@regiondalarna.se"),
             "Re: Menade du 21 september?",
             """ja stämmer, 21 sept och 29 nov

Skickat från min iPhone

> 8 mars 2027 kl. 11:40 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Gustav! Du skrev att du vill komma 21 mars och 29 nov, men det finns ingen träff i mars. Menade du 21 september?
> /Linnea""",
             X("register", [P("Gustav Åkerlund", "gustav.akerlund@regiondalarna.se", "Region Dalarna")],
               [S2, S3]),
             "'ja stämmer' as an answer; the quoted question supplies the context; '21 mars' in the quote is no "
             "session"),

        mail("bb077", "2027-03-09T21:37", ("Nils Hed", "nils.hed73@gmail.com"), "dalalab",
             """hej! anmäler mig till dalalab, alla 4. jobbar på orsa kommun men skriver från privata mejlen

/nils hed""",
             X("register", [P("Nils Hed", "nils.hed73@gmail.com", "Orsa kommun")], ALL),
             "private gmail address; organisation only in the text ('orsa kommun'); all lower case"),

        mail("bb078", "2027-03-10T09:58", ("Lisa Grahn", "lisa.grahn@alvdalen.se"), "remote?",
             """hi, is it possible to join remotely? the drive from Älvdalen is long 😬 if yes I'd sign up for all of them

Sent from my iPhone""",
             X("question", [], []),
             "English remote-attendance question; the signup is conditional on the answer, so nothing is booked"),

        mail("bb079", "2027-03-11T14:20", ("Elin Rask", "elin.rask@falun.se"),
             "Automatiskt svar: DalaLab – påminnelse om anmälan",
             """Hej!
Jag är föräldraledig till och med 1 maj. Vid brådskande ärenden kontakta kommunens växel 023-830 00.

/Elin Rask
Samhällsbyggnadsförvaltningen, Falu kommun""",
             X("auto_reply", [], []),
             "out-of-office to the reminder; '1 maj' and phone digits are not sessions"),

        mail("bb080", "2027-03-12T16:45", ("Mats Ek", "mats.ek@hedemora.se"), "stryk karin",
             """hej, kollegan karin bäck kan inte komma på nån av träffarna, stryk henne från listan. tack /mats

Skickat från min iPhone""",
             X("cancel", [P("Karin Bäck", None, "Hedemora kommun")], ALL),
             "manager cancels a colleague written in lower case; sender not among people; 'nån av träffarna' -> all"),

        tg("bb081", "2027-03-15T19:09", "Greta Ohlsson", "9120053377",
           """anmäler mig till den om osäkerheter och den om tillgänglighet. Greta Ohlsson, Regionen""",
           X("register", [P("Greta Ohlsson", None, "Region Dalarna")], [S3, S4]),
           "sessions by theme: uncertainties = 29 Nov, accessibility = 22 Feb; 'Regionen'"),

        tg("bb082", "2027-03-17T12:55", "Axel Borg", "3300482116",
           """vill gärna komma på höstens träff 🍂 /axel borg, leksand""",
           X("register", [P("Axel Borg", None, "Leksands kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' in the singular: both autumn sessions are candidates"),

        tg("bb083", "2027-03-18T07:22", "Tove Lund", "6681130495",
           """kan v. 38 o v. 8""",
           X("register", [P("Tove Lund", None, None)], [S2, S4]),
           "week numbers: week 38 = 21 Sep 2027, week 8 = 22 Feb 2028; terse"),

        tg("bb084", "2027-03-19T15:40", "Lars Persson", "4875520163",
           """hej! anmäler mig till alla. kollegan Fia kanske också vill men hon hör av sig själv. Lars P, Borlänge""",
           X("register", [P("Lars Persson", None, "Borlänge kommun")], ALL),
           "colleague only mentioned as a maybe who writes herself: not among people"),

        mail("bb085", "2027-03-22T11:11", ("Ulf Kvarn", "ulf.kvarn@mora.se"), "höstträffarna",
             """hej! jag (Mora) och Eva Strand från Orsa vill båda gå på de två höstträffarna. eva har ingen mejl till hands men hon hör av sig om det behövs

/ulf

Skickat från min iPhone""",
             X("register", [P("Ulf Kvarn", "ulf.kvarn@mora.se", "Mora kommun"), P("Eva Strand", None, "Orsa kommun")],
               [S2, S3]),
             "two organisations; 'de två höstträffarna' = 21 Sep + 29 Nov"),

        tg("bb086", "2027-03-24T20:02", "Jenny Ström", "5502983347",
           """anmäl mig till 21/9 o 22/2. blir det lunch? isf laktosfri för mig""",
           X("register", [P("Jenny Ström", None, None, diet="laktosfri")], [S2, S4], diet="laktosfri"),
           "signup with a food question and a conditional diet; still register"),

        tg("bb087", "2027-03-26T09:33", "Olivia Sandin", "2199870456",
           """hej, jag kan inte komma i maj ändå 😕 ses i september! /Olivia, Smedjebacken""",
           X("cancel", [P("Olivia Sandin", None, "Smedjebackens kommun")], [S1]),
           "cancels May only; 'ses i september' refers to an existing booking, not a new one"),

        tg("bb088", "2027-03-29T13:48", "Björn Wall", "7710358824",
           """är anmäld till alla men kan bara den sista nu. stryk resten""",
           X("cancel", [P("Björn Wall", None, None)], [S1, S2, S3], unsure=["intent"]),
           "drops three of four sessions: a partial cancellation of 3 May, 21 Sep, 29 Nov (could also be read "
           "as a change to 22 Feb only)"),

        mail("bb089", "2027-03-31T18:26", ("Anna Eriksson", "anna.eriksson@lansstyrelsen.se"), "Anmälan DalaLab?",
             """Hi! Is the deadline April 14 or can we still register after Easter? And is there a fee?
Thanks, Anna

Sent from Outlook for Android""",
             X("question", [], []),
             "English questions about the deadline and a fee; 'April 14' and 'Easter' are no sessions"),

        tg("bb090", "2027-04-07T10:17", "Viktor Hallin", "3067214598",
           """ändring: kan inte maj men vill ha båda höstträffarna istället. /viktor, ludvika""",
           X("change", [P("Viktor Hallin", None, "Ludvika kommun")], [S2, S3]),
           "swap from May to both autumn sessions; sessions after the change = 21 Sep + 29 Nov"),
    ]
