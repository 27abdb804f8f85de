"""Theme: the phone. Telegram chat and short mobile e-mail: lower case, emoji, typos, voice-dictation slips,
nicknames as Telegram display names, one-liners above a quoted invitation ("Skickat från min iPhone"), chat
follow-ups, English and mixed Swedish/English, dates written every way, short questions and cancellations, and
the automatic mail, spam and stray messages a registration address or bot gets anyway."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def _quote(head):
    """The invitation as a phone mail client quotes it under a reply."""
    inv = ("Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft!\n"
           "\n"
           "Lärprojektet för kommunala och regionala planerare består av fyra träffar:\n"
           "• 3 maj 2027, Falun (fika från 09.30, start 10.00) – tillsammans med Boverket\n"
           "• 21 september 2027 – utvecklingsinriktning i ÖP-modellen\n"
           "• 29 november 2027 – önskvärda framtider och osäkerheter\n"
           "• 22 februari 2028 – planera för tillgänglighet\n"
           "\n"
           "Anmälan senast 14 april 2027. Högst tre personer per kommun.\n"
           "Ange eventuell specialkost.\n"
           "\n"
           "Hälsningar\n"
           "Linnea Hassis\n"
           "Region Dalarna")
    return head + "\n\n" + "\n".join("> " + line if line else ">" for line in inv.split("\n")) + "\n"


Q_IPHONE = _quote("> 24 nov. 2026 kl. 13:47 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>")
Q_OUTLOOK = _quote("Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
                   "Skickat: den 24 november 2026 13:47\n"
                   "Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft")
Q_GMAIL = _quote("Den tis 24 nov. 2026 13:47 Linnea Hassis <linnea.hassis@regiondalarna.se> skrev:")


def messages():
    return [
        # ---------------------------------------------------------------- everyday
        tg("ay136", "2026-12-02T07:12", "Kalle 🎿", 5120447781,
           "hej! vill anmäla mig till dalalab, alla fyra träffarna 👍\n/Kalle Nyström, Mora kommun",
           X("register", [P("Kalle Nyström", None, "Mora kommun")], ALL),
           "nickname display name, full name in the text; no session named → all four"),

        mail("ay137", "2026-12-03T21:40", ("Sara Lindqvist", "sara.lindqvist@falun.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag kommer gärna på alla! Vegetarisk tack 🌿\n\nSara\n\nSkickat från min iPhone\n\n" + Q_IPHONE,
             X("register", [P("Sara Lindqvist", "sara.lindqvist@falun.se", "Falu kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "iPhone one-liner above the quoted invitation; quoted dates are not the signup"),

        tg("ay138", "2026-12-07T16:05", "Jonas Ek", 6633018240,
           "avanmäl mig från 21/9 tack. jonas ek, borlänge",
           X("cancel", [P("Jonas Ek", None, "Borlänge kommun")], [S2]),
           "lower-case one-line cancellation of one session, date as d/m"),

        tg("ay139", "2026-12-09T11:31", "Malin ☕", 1984450027,
           "blir det lunch den 3 maj eller bara fika? 🥗",
           X("question"),
           "short lunch question naming a session date: still a question, no sessions"),

        mail("ay140", "2026-12-10T08:02", ("Anna Persson", "anna.persson@ludvika.se"),
             "DalaLab sign up",
             "Hi,\n\nI'd like to sign up for the first session (May 3) only.\n\nBr\nAnna Persson\n"
             "Ludvika municipality\n\nSent from my iPhone",
             X("register", [P("Anna Persson", "anna.persson@ludvika.se", "Ludvika kommun")], [S1]),
             "English phone mail, one session, 'Ludvika municipality'"),

        tg("ay141", "2026-12-14T19:48", "Lotta Berg", 7241190356,
           "sorry, can't make it 29 nov 😞 pls ta bort mig från den\n//Lotta",
           X("cancel", [P("Lotta Berg", None, None)], [S3]),
           "mixed English/Swedish cancel of one session; name from display name, no organisation"),

        mail("ay142", "2026-12-16T10:14", ("Gunilla Rask", "gunilla.rask@leksand.se"),
             "Autosvar: DalaLab – påminnelse om anmälan",
             "Hej!\n\nJag är tjänstledig till och med 2027-01-10 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta kommunens växel 0247-800 00.\n\n"
             "Gunilla Rask\nPlanarkitekt, Leksands kommun",
             X("auto_reply"),
             "Swedish out-of-office with a date and phone number; must not be answered"),

        mail("ay143", "2027-02-01T06:00", ("Kommunteknik Nytt", "nyhetsbrev@kommunteknik-nytt.se"),
             "Nyhetsbrev februari: Smarta gatlampor sparar 40 % 💡",
             "<html><body><h2>Kommunteknik Nytt – februari 2027</h2>"
             "<p>Så sänkte tre kommuner i Mellansverige sina energikostnader med smart LED-belysning.</p>"
             "<p><a href=\"https://kommunteknik-nytt.se/webbinarium\">Anmäl dig till vårt kostnadsfria webbinarium "
             "den 3 mars</a></p>"
             "<p style=\"font-size:10px\">Du får detta utskick eftersom din adress finns i vårt register. "
             "<a href=\"https://kommunteknik-nytt.se/avregistrera\">Avregistrera dig här</a>.</p>"
             "</body></html>",
             X("unknown"),
             "HTML newsletter with its own 'anmäl dig' link and a date; not a signup", html=True),

        tg("ay144", "2027-01-05T13:20", "Petra Olsson", 8105563392,
           "hej kan ni ta bort alla mina uppgifter ur ert register? vill inte finnas med. mvh petra olsson",
           X("erasure", [P("Petra Olsson", None, None)]),
           "erasure request over Telegram, lower case"),

        mail("ay145", "2027-01-07T17:26", ("Mikael Sundberg", "mikael.sundberg@sater.se"),
             "anmälan dalalab",
             "Hej, anmäler mig till 3/5 och 21/9. Glutenfri.\n/Mikael Sundberg Säters kommun\n\n"
             "Skickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Mikael Sundberg", "mikael.sundberg@sater.se", "Säters kommun", diet="glutenfri")],
               [S1, S2], diet="glutenfri"),
             "Android mail in windows-1252, two sessions as d/m, one-word diet", charset="windows-1252"),

        tg("ay146", "2027-01-08T09:03", "Priya N", 5559018823,
           "Hello! Can I register for all the sessions? I'm Priya Nair, I work at Länsstyrelsen Dalarna. "
           "Vegan 🌱 thanks!",
           X("register", [P("Priya Nair", None, "Länsstyrelsen Dalarna", diet="vegan")], ALL, diet="vegan"),
           "English Telegram signup, all sessions, diet next to an emoji"),

        mail("ay147", "2027-01-11T14:52", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n"
             "<kalle.nystrom@mora.se>: host mx.mora.se[195.67.12.4] said: 550 5.1.1\n"
             "    <kalle.nystrom@mora.se>: Recipient address rejected: User unknown\n\n"
             "--- Original message ---\n"
             "Subject: Bekräftelse: DalaLab – du är anmäld till 3 maj, 21 september, 29 november och 22 februari\n",
             X("auto_reply"),
             "bounce of a confirmation that lists all four dates and a participant's address"),

        mail("ay148", "2027-01-12T12:10", ("Therese Nyberg", "therese.nyberg@vansbro.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Går det att vara med digitalt på någon av träffarna? Vansbro är långt från Falun 🙂\n/Therese\n\n"
             "Hämta Outlook för iOS\n\n" + Q_OUTLOOK,
             X("question"),
             "question one-liner above a quoted Outlook invitation; not a signup"),

        mail("ay149", "2027-01-14T07:45", ("Erik Holm", "erik.holm@hedemora.se"),
             "Re: Bekräftelse DalaLab",
             "hej, jag är redan anmäld men har visst blivit laktosintolerant 🙄 kan ni lägga till laktosfri kost?\n\n"
             "erik holm\nhedemora kommun\n\nSkickat från min iPhone",
             X("change", [P("Erik Holm", "erik.holm@hedemora.se", "Hedemora kommun", diet="laktosfri kost")],
               diet="laktosfri kost"),
             "diet change for an existing registration, sessions not restated"),

        tg("ay151", "2027-01-18T15:37", "Fredrik Lund", 6021837459,
           "Avanmälan: Fredrik Lund, Avesta. Kan tyvärr inte delta alls i år, för mycket på bordet",
           X("cancel", [P("Fredrik Lund", None, "Avesta kommun")], ALL),
           "short cancel of the whole project → all four sessions"),

        tg("ay152", "2027-01-19T20:15", "hanna", 7790012364,
           "hanna wik här, gagnef. anmäler mig till alla utom 2028-02-22 (föräldraledig då)",
           X("register", [P("Hanna Wik", None, "Gagnefs kommun")], [S1, S2, S3]),
           "'alla utom' an ISO date → the other three; bare first name as display name"),

        mail("ay153", "2027-01-20T22:03", ("Olle Martinsson", "olle.martinsson@orsa.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Räkna med mig på alla fyra!\n/Olle\n\nSkickat från min iPhone\n\n" + Q_IPHONE,
             X("register", [P("Olle Martinsson", "olle.martinsson@orsa.se", "Orsa kommun")], ALL),
             "first name only in the text, full name from the From header"),

        mail("ay154", "2027-02-03T09:15", ("Daniel Ruiz", "daniel.ruiz@lansstyrelsen.se"),
             "Automatic reply: DalaLab – frågor inför första träffen",
             "I am out of the office until 15 March with limited access to e-mail.\n"
             "Jag är på tjänsteresa till och med 15 mars och har begränsad tillgång till e-post.\n\n"
             "For urgent matters please contact registrator.dalarna@lansstyrelsen.se",
             X("auto_reply"),
             "bilingual out-of-office naming a date and another address"),

        tg("ay155", "2027-02-04T10:44", "Tobi", 6410093378,
           "hi, is the course in english or only swedish? my swedish is ok-ish 😅",
           X("question"),
           "English question in the bot, no signup"),

        tg("ay156", "2027-02-08T08:21", "Stina Å", 5287716604,
           "hej! jag (stina ålund) kan inte 21 sept, min kollega Nils Berglund tar min plats den dagen. "
           "vi är båda på vansbro kommun",
           X("change", [P("Stina Ålund", None, "Vansbro kommun"), P("Nils Berglund", None, "Vansbro kommun")],
             [S2]),
           "substitution for one session over Telegram: both people, the substitute's session"),

        mail("ay157", "2027-02-09T13:02", ("Göran Blom", "goran.blom@smedjebacken.se"),
             "anmälan kollega",
             "Hej!\nAnmäler min kollega Ida Strand (ida.strand@smedjebacken.se) till alla träffar i DalaLab. "
             "Själv har jag tyvärr inte möjlighet.\n\nMvh Göran\n\nSkickat från Outlook för Android",
             X("register", [P("Ida Strand", "ida.strand@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "sender registers a colleague only and says he will not come"),

        tg("ay170", "2027-02-10T18:30", "Bosse 🚲", 5870026641,
           "anmäl mig till alla träffarna!! Bo Eriksson, hedemora kn",
           X("register", [P("Bo Eriksson", None, "Hedemora kommun")], ALL),
           "nickname display name, 'kn' abbreviation for kommun"),

        mail("ay178", "2027-02-12T06:58", ("Anders Wallin", "anders.wallin@mora.se"),
             "DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div dir=\"ltr\"><div>Hej Linnea,</div><div>anmäler mig till alla tillfällen.</div>"
             "<div>Laktosfri, tack.</div><div><br></div><div>Anders Wallin</div>"
             "<div>Mora kommun</div></div><div><br></div>"
             "<div id=\"ms-outlook-mobile-signature\">Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a>"
             "</div></body></html>",
             X("register", [P("Anders Wallin", "anders.wallin@mora.se", "Mora kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "HTML-only Outlook for iOS mail, all sessions, diet", html=True),

        mail("ay179", "2027-02-15T07:05", ("Åsa Öberg", "asa.oberg@alvdalen.se"),
             "Avanmälan",
             "Hej! Avanmäler mig från första träffen, är sjukskriven en tid framöver. "
             "Hör av mig om hösten.\n\n/Åsa Öberg, Älvdalens kommun\n\nSkickat från min iPad",
             X("cancel", [P("Åsa Öberg", "asa.oberg@alvdalen.se", "Älvdalens kommun")], [S1]),
             "ISO-8859-1 phone mail, 'första träffen' cancelled; autumn only mentioned", charset="iso-8859-1"),

        tg("ay180", "2027-02-16T12:12", "Rasmus Hed", 6900551273,
           "anmäler mig till träffen v.18 i falun. region dalarna, samhällsplanering",
           X("register", [P("Rasmus Hed", None, "Region Dalarna")], [S1]),
           "session given as a week number (v.18 2027 = 3 May)"),

        # ---------------------------------------------------------------- harder phone cases
        tg("ay150", "2027-02-17T09:50", "Maria Dahl", 7345520981,
           "hej vill anmäla mig o min kollega johan till alla träffar. vi jobbar på rättviks kommun",
           X("register", [P("Maria Dahl", None, "Rättviks kommun"), P("Johan", None, "Rättviks kommun")], ALL,
             unsure=["people"]),
           "colleague named by first name only; a human would ask for his surname"),

        tg("ay158", "2027-02-18T16:44", "Karin Sjöberg", 5021773310,
           "hej jag vill anmäla mig till den tredje maj och den tjugoförsta september komma jag är "
           "glutenintolerant punkt hälsningar karin sjöberg leksands kommun",
           X("register", [P("Karin Sjöberg", None, "Leksands kommun", diet="glutenintolerant")], [S1, S2],
             diet="glutenintolerant"),
           "voice dictation: dates in words, 'komma'/'punkt' spoken punctuation, no capitals"),

        mail("ay159", "2027-02-19T08:33", ("Pernilla Grönvall", "pernilla.gronvall@ludvika.se"),
             "Anmälan",
             "Hej Linnea anmäler mig till den tjugonionde november och den tjugoandra februari punkt "
             "jag jobbar på lud vika kommun med översiktsplanen punkt hälsningar pernilla grön vall\n\n"
             "Skickat från min iPhone",
             X("register", [P("Pernilla Grönvall", "pernilla.gronvall@ludvika.se", "Ludvika kommun")], [S3, S4]),
             "dictated mail: split place and surname ('lud vika', 'grön vall'); header and domain resolve them"),

        tg("ay160", "2027-02-19T08:41", "Ali Rahimi", 6187732045,
           "glömde säga: jag är vegetarian 🥦",
           X("change", [P("Ali Rahimi", None, None, diet="vegetarian")], diet="vegetarian"),
           "chat follow-up adding a diet to an earlier signup; no sessions, no organisation"),

        tg("ay161", "2027-02-22T11:18", "Ellinor S", 7012298843,
           "hej! anmälde mig till 3 maj för ett tag sen, lägg till 29/11 också pls 🙏 /ellinor sandberg, gagnef",
           X("change", [P("Ellinor Sandberg", None, "Gagnefs kommun")], [S1, S3]),
           "adding a session to an existing one: both sessions after the change"),

        tg("ay162", "2027-02-26T17:55", "Pelle", 5433920018,
           "haha ok vi ses på fredag då 🍻🍻",
           X("unknown"),
           "stray chat message sent to the bot by mistake; relative day is not about the event"),

        tg("ay163", "2027-03-01T07:30", "Viktor Almgren", 6649105527,
           "kan ni flytta mig från 3 maj till 21 sept? krockar med KS 🙄 /viktor, säter",
           X("change", [P("Viktor Almgren", None, "Säters kommun")], [S2]),
           "bare swap of one session for another → only the new one"),

        tg("ay164", "2027-03-01T21:02", "Lina 🌸", 8320071564,
           "/start",
           X("unknown"),
           "Telegram /start command with nothing else"),

        mail("ay165", "2027-03-03T13:25", ("Lukas Meyer", "lukas.meyer@falun.se"),
             "DalaLab – autumn",
             "Hej! I'd love to join but only the hösten sessions, 21/9 and 29/11. Kan inte i maj, "
             "and February is still open.\n\nBest,\nLukas (Falun kommun, samhällsbyggnadsförvaltningen)\n\n"
             "Sent from my iPhone",
             X("register", [P("Lukas Meyer", "lukas.meyer@falun.se", "Falu kommun")], [S2, S3]),
             "Swedish/English mix; 'Falun kommun'; a session declined and one left open are not signed up"),

        tg("ay166", "2027-03-04T10:10", "Sofia M.", 5712600934,
           "Hej! vill vara med 3.5, 21/9-27 och 22 feb 🙂 sofia mäkinen, smedjebackens kommun",
           X("register", [P("Sofia Mäkinen", None, "Smedjebackens kommun")], [S1, S2, S4]),
           "three dates in three notations: d.m, d/m-yy and day + short month"),

        mail("ay167", "2027-03-05T15:48", ("Rachel Okafor", "rachel.okafor@regiondalarna.se"),
             "count me in",
             "Hi Linnea,\n\ncount me in for 5/3 - the Falun kick-off with Boverket. I'll get back to you about "
             "the rest.\n\nRachel\n\nSent from my iPhone",
             X("register", [P("Rachel Okafor", "rachel.okafor@regiondalarna.se", "Region Dalarna")], [S1]),
             "US month/day '5/3' = 3 May (no session on 5 March; 'Falun kick-off' confirms)"),

        tg("ay168", "2027-03-08T14:03", "Jens Backlund", 6093385512,
           "hej, kan jag anmäla mig till höstens träff? jens backlund, älvdalen",
           X("register", [P("Jens Backlund", None, "Älvdalens kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' in the singular while there are two autumn sessions"),

        tg("ay169", "2027-04-08T22:17", "Moa", 7509921146,
           "hinner man fortfarande anmäla sig? sista dagen är väl nån gång nästa vecka?",
           X("question"),
           "deadline question with a relative date the organiser answers with the real date"),

        tg("ay171", "2027-03-10T07:44", "Marcus Lind", 5398861177,
           "tja! anmäl mig till 3 maj tack 🙏 jobbar på falu kommun, samhällsbyggnad\n/mackan",
           X("register", [P("Marcus Lind", None, "Falu kommun")], [S1]),
           "signed with a nickname; the real name is the display name"),

        mail("ay172", "2027-03-11T19:30", ("Grahn Lisa", "lisa.grahn@borlange.se"),
             "remove me",
             "Hi, please delete all my personal data from the DalaLab list. I won't be taking part after all.\n"
             "Thanks, Lisa\n\nSent from my iPhone",
             X("erasure", [P("Lisa Grahn", "lisa.grahn@borlange.se", "Borlänge kommun")]),
             "English erasure request; sender header written 'Efternamn Förnamn'"),

        tg("ay173", "2027-03-15T12:58", "Karl-Johan 🌲", 6255018890,
           "kan inte 21 sept 😩 går det att byta till nån annan träff? annars stryk mig från den. /KJ Lundin, Orsa",
           X("cancel", [P("Karl-Johan Lundin", None, "Orsa kommun")], [S2], unsure=["change-or-cancel"]),
           "drop one session or swap it for an unnamed other: a human would ask"),

        mail("ay174", "2027-03-17T08:09", ("Maja Hedlund", "maja.hedlund@avesta.se"),
             "Anmälan Avesta",
             "Hej! Anmäler Lena Hägg och Ola Nord från planenheten till alla fyra. Ev kommer jag med också, "
             "återkommer om det.\n\n/Maja\n\nSkickat från min iPhone",
             X("register", [P("Lena Hägg", None, "Avesta kommun"), P("Ola Nord", None, "Avesta kommun")], ALL,
               unsure=["sender-attends"]),
             "two colleagues signed up, the sender only 'ev' – not registered, but to ask"),

        tg("ay175", "2027-03-19T15:26", "emma f", 7824410037,
           "hej! jag kör 3 maj och 21 sept, kollegan Amir Haddad tar 29 nov och feb. båda borlänge kommun. "
           "//Emma Falk",
           X("register", [P("Emma Falk", None, "Borlänge kommun"), P("Amir Haddad", None, "Borlänge kommun")],
             ALL, unsure=["each-own-sessions"]),
           "two people with different sessions each in one chat message"),

        tg("ay176", "2027-03-22T20:40", "Johanna Kvist", 5166283309,
           "hej! anmäler mig 👍",
           X("register", [P("Johanna Kvist", None, None)], ALL, unsure=["organisation"]),
           "bare signup: name only from the display name, organisation unknown (quota needs it)"),

        tg("ay177", "2027-03-24T03:12", "Crypto Queen 💎", 8011457732,
           "🔥🔥 Earn $5000 weekly from home with crypto trading!! No experience needed. "
           "DM me now 👉 t.me/fastprofit_vip 💰💰",
           X("unknown"),
           "Telegram spam"),
    ]
