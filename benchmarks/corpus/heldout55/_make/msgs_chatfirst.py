"""Writer "chatfirst" (bf136–bf180): people who use the Telegram bot like a messenger – bursts of very short
messages, a bare "hej"/"hallå?" first, voice-to-text without punctuation, slang ("tre st", "allihop", "hela köret",
"nån", "mvh"), emojis and a lone 👍, follow-ups that lean on the previous message ("samma för min kollega", "och hon
är vegan", "*november menade jag"), nickname and department display names ("Jonte", "Ludvika Plan"), English chat –
and a few e-mails from the same people, written more formally. Each message is labelled on its own text."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        tg("bf136", "2026-12-02T21:14", "Lotta Gustafsson", "6013377420", """hej""",
           X("unknown"),
           "a bare greeting as the first message of a burst: nothing to act on yet"),
        tg("bf137", "2026-12-02T21:16", "Lotta Gustafsson", "6013377420",
           """vill anmäla mig till alla träffarna 😊 jobbar m översiktsplanen i leksand""",
           X("register", [P("Lotta Gustafsson", None, "Leksands kommun")], ALL),
           "self-signup, 'alla träffarna' = all four; name from the sender, 'i leksand' gives the organisation"),
        tg("bf138", "2026-12-02T21:17", "Lotta Gustafsson", "6013377420",
           """samma för min kollega pär wennberg""",
           X("register", [P("Pär Wennberg", None, None)], ALL, unsure=["sessions", "organisation"]),
           "on its own: register the colleague (lower case) 'the same' as the sender's previous message, which "
           "this text does not show -> all four as the default, organisation not in this text; sender not in people"),
        mail("bf139", "2026-12-03T08:40", ("Göran Persson", "goran.persson@gagnef.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi anmäler oss härmed, jag och Lena Matsson på samhällsbyggnad. Lena har ingen egen adress på listan än, hon började i november.

Hälsningar
Göran Persson
Översiktsplanerare
Gagnefs kommun
Besök: Gagnefsvägen 13, 785 61 Djurås
Tfn 0241-150 00, mobil 070-312 88 41

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:02
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!
Region Dalarna bjuder in kommunernas planerare till lärprojektet DalaLab. Träffarna äger rum
3 maj 2027 (Falun, 10–15, fika från 09.30), 21 september 2027, 29 november 2027 och 22 februari 2028.
Varje kommun kan delta med upp till tre personer. Sista dag för anmälan är 14 april 2027.
""",
             X("register", [P("Göran Persson", "goran.persson@gagnef.se", "Gagnefs kommun"),
                            P("Lena Matsson", None, "Gagnefs kommun")], ALL),
             "reply to the invitation registering sender + colleague without address; no dates named -> all four; "
             "the quoted invitation lists the dates and the deadline"),
        tg("bf140", "2026-12-09T07:48", "Micke B", "5290018836",
           """hej det är mikael berglund från hedemora kommun jag vill anmäla mig till första och tredje träffen och jag är glutenintolerant tack""",
           X("register", [P("Mikael Berglund", None, "Hedemora kommun")], [S1, S3], diet="glutenintolerant"),
           "voice-to-text without punctuation; nickname display name, full name from the text; 'första och tredje' "
           "= 3 May + 29 Nov"),
        tg("bf141", "2026-12-14T10:05", "Ludvika Plan", "7120448193",
           """Hej! Det här är planavdelningens gemensamma konto. Vi blir tre st från Ludvika: Sara Nyström, Hampus Lind och jag, Therese Dahl. Hela köret 👍""",
           X("register", [P("Sara Nyström", None, "Ludvika kommun"), P("Hampus Lind", None, "Ludvika kommun"),
                          P("Therese Dahl", None, "Ludvika kommun")], ALL),
           "department account; the writer names herself; 'tre st' people, 'hela köret' = all four sessions"),
        tg("bf142", "2026-12-14T10:07", "Ludvika Plan", "7120448193",
           """*Hampus Lindh med h""",
           X("change", [P("Hampus Lindh", None, "Ludvika kommun")]),
           "star-correction of a registered name -> details change; organisation from the 'Ludvika Plan' account; "
           "no sessions stated"),
        tg("bf143", "2026-12-16T22:31", "Annie ✨", "1887230564", """hallå?""",
           X("unknown"),
           "'hallå?' only, testing whether the bot answers"),
        tg("bf144", "2026-12-16T22:34", "Annie ✨", "1887230564",
           """funkar detta?? vill anmäla mig till dalalab. annie sjölander, orsa kommun. alla datum 🙏""",
           X("register", [P("Annie Sjölander", None, "Orsa kommun")], ALL),
           "signup despite 'funkar detta??'; name from the text (display name is a nickname); 'alla datum'"),
        mail("bf145", "2027-01-07T13:02", ("Lotta Gustafsson", "lotta.gustafsson@leksand.se"), "Anmälan DalaLab – Leksands kommun",
             """Hej Linnea!

Jag skrev till er Telegram-bot före jul men vill bekräfta via mejl så att allt blir rätt.

Följande från Leksands kommun anmäler sig till samtliga fyra träffar:
– Lotta Gustafsson, översiktsplanerare (lotta.gustafsson@leksand.se)
– Pär Wennberg, planarkitekt (par.wennberg@leksand.se)

Ingen av oss har några särskilda kostönskemål.

Vänliga hälsningar
Lotta Gustafsson
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Leksands kommun
Box 301, 793 27 Leksand
Tel. 0247-800 00
""",
             X("register", [P("Lotta Gustafsson", "lotta.gustafsson@leksand.se", "Leksands kommun"),
                            P("Pär Wennberg", "par.wennberg@leksand.se", "Leksands kommun")], ALL),
             "formal e-mail re-stating the Telegram signup for herself and a colleague; 'samtliga fyra'; "
             "'inga kostönskemål' is no diet"),
        tg("bf146", "2027-01-08T12:10", "Jonte", "6648120077",
           """tja! kan man anmäla sig här eller måste man maila? 🤔""",
           X("question"),
           "question about how to sign up, no signup yet"),
        tg("bf147", "2027-01-08T12:25", "Jonte", "6648120077",
           """nice 👍 jonathan ek, avesta kommun. kör 21/9 o 29/11. mvh""",
           X("register", [P("Jonathan Ek", None, "Avesta kommun")], [S2, S3]),
           "signup after the bot's answer; 'kör' = takes part; '21/9 o 29/11'; name from the text, not 'Jonte'"),
        mail("bf148", "2027-01-09T09:15", ("Ek Jonathan", "jonathan.ek@avesta.se"), "Anmälan till DalaLab",
             """Hej,

Jag anmälde mig via Telegram i går men vill för säkerhets skull bekräfta även här: Jonathan Ek, Avesta kommun, deltar den 21 september och den 29 november.

Min kollega Fatima Yusuf (fatima.yusuf@avesta.se) vill delta vid samma två tillfällen.

Med vänlig hälsning
Jonathan Ek
Planeringsarkitekt
Avesta kommun | Kungsgatan 32 | 774 81 Avesta
0226-64 50 00
""",
             X("register", [P("Jonathan Ek", "jonathan.ek@avesta.se", "Avesta kommun"),
                            P("Fatima Yusuf", "fatima.yusuf@avesta.se", "Avesta kommun")], [S2, S3]),
             "formal confirmation of his own signup plus a colleague 'vid samma två tillfällen' = 21 Sep + 29 Nov; "
             "surname-first display name"),
        tg("bf149", "2027-01-11T19:02", "Emelie Norén", "5123098814",
           """Anmäler mig o Maja Holm till 3 maj! Vi e båda från säter""",
           X("register", [P("Emelie Norén", None, "Säters kommun"), P("Maja Holm", None, "Säters kommun")], [S1]),
           "sender + colleague, one session; 'säter' lower case without ä"),
        tg("bf150", "2027-01-11T19:03", "Emelie Norén", "5123098814",
           """och hon är vegan 🌱""",
           X("change", [], [], diet="vegan", unsure=["people"]),
           "on its own: a diet for an unnamed 'hon' (the previous message is not in this text) -> diet update, "
           "nobody to name"),
        mail("bf151", "2027-01-12T08:20", ("Emelie Norén", "emelie.noren@sater.se"), "Anmälan DalaLab 3 maj",
             """Hej,

Jag skickade ett meddelande via er Telegram-bot i går kväll men är osäker på om det gick fram, så här kommer anmälan även per mejl.

Vi är två från Säters kommun som vill delta på träffen den 3 maj i Falun:
Emelie Norén, emelie.noren@sater.se
Maja Holm, maja.holm@sater.se

Maja är vegan.

Med vänliga hälsningar
Emelie Norén
Planhandläggare, Säters kommun
0225-550 00
""",
             X("register", [P("Emelie Norén", "emelie.noren@sater.se", "Säters kommun"),
                            P("Maja Holm", "maja.holm@sater.se", "Säters kommun", diet="vegan")], [S1], diet="vegan"),
             "formal version of the chat burst: two people, 3 May only; the diet is Maja's"),
        tg("bf152", "2027-01-15T16:40", "Kristoffer Å", "8012335471",
           """hi! kristoffer ålund here, county admin board (lst dalarna). sign me up for all 4 pls. im vegetarian btw 🥦""",
           X("register", [P("Kristoffer Ålund", None, "Länsstyrelsen Dalarna")], ALL, diet="vegetarian"),
           "English chat; 'lst dalarna' = Länsstyrelsen Dalarna; full name from the text"),
        tg("bf153", "2027-01-20T08:14", "Hanna Lindqvist", "6399201145",
           """hej! anmäl mig till 29 sep tack. hanna, rättviks kommun""",
           X("register", [P("Hanna Lindqvist", None, "Rättviks kommun")], [S2, S3], unsure=["sessions"]),
           "'29 sep' matches no session: the 29th is in November, September's is the 21st -> both candidates"),
        tg("bf154", "2027-01-20T08:15", "Hanna Lindqvist", "6399201145",
           """*november menade jag""",
           X("change", [P("Hanna Lindqvist", None, None)], [S3], unsure=["intent"]),
           "star-correction of the previous message: she means November (29 Nov); on its own a session change "
           "for the sender; no organisation in this text"),
        tg("bf155", "2027-01-27T20:55", "Tobbe 🎣", "5560981273",
           """hej! smedjebacken här. anmäl oss allihop till 3 maj o 21 sep: jag (tobias nygren), elsa berg och ali rahimi 🙌""",
           X("register", [P("Tobias Nygren", None, "Smedjebackens kommun"), P("Elsa Berg", None, "Smedjebackens kommun"),
                          P("Ali Rahimi", None, "Smedjebackens kommun")], [S1, S2]),
           "'allihop' = all three people named, not all sessions; two dates; sender's name in brackets"),
        tg("bf156", "2027-02-01T12:31", "Frida Ström", "7034412208",
           """hej! två frågor: blir det lunch eller bara fika? och var i falun är det? 😊""",
           X("question"),
           "two questions in one message, no signup"),
        mail("bf157", "2027-02-03T10:12", ("Frida Ström", "frida.strom@borlange.se"), "Anmälan DalaLab",
             """Hej Linnea!

Tack för svaret i Telegram. Jag anmäler mig härmed till den första och den fjärde träffen, alltså 3 maj 2027 och 22 februari 2028. De två höstträffarna krockar tyvärr med vår samrådsperiod.

Vänliga hälsningar

Frida Ström
Planarkitekt
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel: 0243-74 00 00
""",
             X("register", [P("Frida Ström", "frida.strom@borlange.se", "Borlänge kommun")], [S1, S4]),
             "formal signup after a chat question; 'första och fjärde' spelled out as dates; the autumn sessions "
             "are named only as not attended"),
        tg("bf158", "2027-02-04T06:52", "Kerstin Malm", "5901234456",
           """hej jag heter kerstin malm och jobbar på region dalarna jag vill gärna vara med på alla fyra träffarna jag är laktosintolerant tack hej hej""",
           X("register", [P("Kerstin Malm", None, "Region Dalarna")], ALL, diet="laktosintolerant"),
           "voice-to-text run-on; 'alla fyra träffarna'; diet"),
        mail("bf159", "2027-02-05T14:30", ("Kerstin Malm", "kerstin.malm@regiondalarna.se"), "Rättelse av kostuppgift – DalaLab",
             """Hej Linnea,

Jag anmälde mig till DalaLab via Telegram i går morse med röstinmatning, och det blev tyvärr fel i kostuppgiften. Jag är inte laktosintolerant – jag har nötallergi.

Min anmälan till alla fyra träffar gäller i övrigt som förut.

Vänliga hälsningar
Kerstin Malm
Utvecklingsstrateg, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tel. 023-49 00 00
""",
             X("change", [P("Kerstin Malm", "kerstin.malm@regiondalarna.se", "Region Dalarna")], ALL, diet="nötallergi"),
             "diet correction for an existing signup -> change; sessions stated (all four); the old diet "
             "(laktosintolerant) is what she is not"),
        tg("bf160", "2027-02-09T11:20", "Rättvik Samhällsbyggnad", "6877012934",
           """Hej! Hur många får vi vara från kommunen? Vi är fyra som vill gå 🙂 /Malin""",
           X("question"),
           "quota question from a department account; no names, no signup yet"),
        tg("bf161", "2027-02-11T13:45", "Jess", "7245509981",
           """Hi! Jess here – Jessica Moore, Mora kommun (planning dept). Sign me up for the Feb one pls, can't do the others 🙏""",
           X("register", [P("Jessica Moore", None, "Mora kommun")], [S4]),
           "English; 'the Feb one' = 22 Feb 2028; full name from the text, not the nickname"),
        tg("bf162", "2027-02-16T17:02", "Oskar Lindén", "5412776630",
           """hej! anmäler mig till alla 4 🙌 btw blir det lunch? /oskar, malung-sälen""",
           X("register", [P("Oskar Lindén", None, "Malung-Sälens kommun")], ALL),
           "signup and a side question in one message -> register"),
        tg("bf163", "2027-02-16T17:03", "Oskar Lindén", "5412776630", """👍""",
           X("unknown"),
           "lone thumbs-up reacting to the bot's reply; nothing to act on"),
        tg("bf164", "2027-02-22T09:30", "Tom Eriksson", "6190023417",
           """hey, tom from falun municipality. gotta drop the november one sorry 😬 still on for the rest""",
           X("cancel", [P("Tom Eriksson", None, "Falu kommun")], [S3]),
           "English partial cancellation: only 29 Nov; 'still on for the rest' keeps the others"),
        mail("bf165", "2027-02-24T15:05", ("Therese Dahl", "therese.dahl@ludvika.se"), "DalaLab – ändring för Ludvika kommun",
             """Hej Linnea,

Vi anmälde oss tre från Ludvika via Telegram i december (Sara Nyström, Hampus Lindh och jag).

Sara kan tyvärr inte delta den 3 maj på grund av en tjänsteresa. Hon deltar vid de övriga tre tillfällena som planerat. Hampus och jag deltar som tidigare.

Med vänlig hälsning
Therese Dahl
Planchef, Planavdelningen
Ludvika kommun
771 82 Ludvika
Tfn 0240-860 00
""",
             X("cancel", [P("Sara Nyström", None, "Ludvika kommun")], [S1]),
             "manager withdraws a colleague from one session (subject says 'ändring') -> cancel 3 May for Sara; "
             "Hampus and the sender continue unchanged, so not in people"),
        tg("bf166", "2027-03-02T07:15", "Kalle Öhman", "5033198267",
           """kan tyvärr inte 3 maj 😕 krockar m kf. resten kör jag /kalle, mora""",
           X("cancel", [P("Kalle Öhman", None, "Mora kommun")], [S1]),
           "partial cancellation; 'kf' = kommunfullmäktige; 'resten kör jag' keeps the other sessions"),
        tg("bf167", "2027-03-09T10:40", "Vansbro Samhällsbyggnad", "6702215589",
           """Hej, Petra Lund här. Ove Karlsson ska strykas från alla träffar, han har slutat hos oss på kommunen.""",
           X("cancel", [P("Ove Karlsson", None, "Vansbro kommun")], ALL),
           "department account cancels a colleague from all sessions; the writer is not in people"),
        mail("bf168", "2027-03-10T10:02", ("Sara Nyström", "sara.nystrom@ludvika.se"), "Automatiskt svar: DalaLab – ändring för Ludvika kommun",
             """Hej!

Jag är på tjänsteresa 8–19 mars och läser min e-post endast sporadiskt.
Vid brådskande ärenden, kontakta Planavdelningen på 0240-860 00 eller therese.dahl@ludvika.se.

Med vänlig hälsning
Sara Nyström
Ludvika kommun
""",
             X("auto_reply"),
             "Outlook out-of-office; dates and a colleague's address are not a request"),
        tg("bf169", "2027-03-12T13:20", "Linus Falk", "8123400567",
           """hej! kan jag byta från 21 sep till 22 feb? 🙏 /linus, region dalarna""",
           X("change", [P("Linus Falk", None, "Region Dalarna")], [S4]),
           "swap phrased as a question but a request -> change; bare swap gives only the new session"),
        tg("bf170", "2027-03-15T21:08", "Mia", "5877123409",
           """mia holmgren, älvdalen: kan inte 29/11 men min kollega erik dahl går istället 👌""",
           X("change", [P("Mia Holmgren", None, "Älvdalens kommun"), P("Erik Dahl", None, "Älvdalens kommun")], [S3]),
           "substitution in lower case: Mia out, Erik in for 29 Nov; both in people"),
        tg("bf171", "2027-03-18T16:45", "Göran Persson", "6455901238",
           """hej det är göran från gagnef jag och lena matsson kan tyvärr inte komma på tisdagen den tjugoförsta september vi har budgetdagar men resten står kvar""",
           X("cancel", [P("Göran Persson", None, "Gagnefs kommun"), P("Lena Matsson", None, "Gagnefs kommun")], [S2]),
           "voice-to-text, date spelled out ('tisdagen den tjugoförsta september' = 21 Sep); two people; 'resten "
           "står kvar'"),
        tg("bf172", "2027-03-20T23:12", "Sofie", "7790345512",
           """nåt har kommit emellan så avanmäl mig från allt 🙏 sofie granath, borlänge""",
           X("cancel", [P("Sofie Granath", None, "Borlänge kommun")], ALL),
           "full cancellation ('från allt'); name and organisation from the text"),
        mail("bf173", "2027-03-22T08:05", ("Jessica Moore", "jessica.moore@mora.se"), "Withdrawal – DalaLab 22 February 2028",
             """Dear Ms Hassis,

I registered via your Telegram bot in February for the DalaLab session on 22 February 2028. Unfortunately I will be on parental leave at that time, so I must withdraw my registration.

Thank you for your understanding.

Kind regards,
Jessica Moore
Planning Officer, Mora kommun
Fridhemsgatan 15, 792 80 Mora
+46 250 260 00
""",
             X("cancel", [P("Jessica Moore", "jessica.moore@mora.se", "Mora kommun")], [S4]),
             "formal English cancellation of her only session"),
        tg("bf174", "2027-03-24T12:02", "Alex 🚲", "6011284790",
           """hey where do we park in falun? any parking at the venue or should we take the train""",
           X("question"),
           "English voice-ish question without punctuation; no signup"),
        mail("bf175", "2027-03-25T09:30", ("Hanna Lindqvist", "hanna.lindqvist@rattvik.se"), "Min anmälan till DalaLab",
             """Hej!

Jag anmälde mig via er telegrambot i januari men glömde skriva min mejladress. Den är hanna.lindqvist@rattvik.se.
Jag är anmäld till träffen den 29 november (skrev först fel datum men rättade mig direkt).

Mvh
Hanna Lindqvist
Planhandläggare, Rättviks kommun
0248-700 00
""",
             X("change", [P("Hanna Lindqvist", "hanna.lindqvist@rattvik.se", "Rättviks kommun")], [S3]),
             "adds contact details to an existing signup -> change; her session stated (29 Nov)"),
        mail("bf176", "2027-03-26T14:40", ("Mikael Berglund", "mikael.berglund@hedemora.se"), "Bekräftelse på anmälan?",
             """Hej,

Jag anmälde mig via er Telegram-bot den 9 december (första och tredje träffen) men har inte fått någon bekräftelse. Kan ni bekräfta att jag är registrerad?

Med vänlig hälsning
Mikael Berglund
Samhällsplanerare
Hedemora kommun
Tel. 0225-340 00
""",
             X("question"),
             "asks whether an earlier signup went through; '9 december' and the sessions describe the earlier signup"),
        tg("bf177", "2027-03-29T19:44", "Bosse", "5302987711",
           """ta bort mina uppgifter tack, skrev till fel bot 🙈""",
           X("erasure", [P("Bosse", None, None)]),
           "erasure via chat; only the nickname display name to go by"),
        mail("bf178", "2027-03-31T06:10", ("Patrik Sahlin", "patrik.sahlin@gmail.com"), "Radera mina uppgifter",
             """Hej,

Jag fick er inbjudan vidarebefordrad av en bekant och skrev till er av misstag. Jag är inte planerare och vill att ni raderar alla personuppgifter ni har om mig, enligt GDPR.

Patrik Sahlin
""",
             X("erasure", [P("Patrik Sahlin", "patrik.sahlin@gmail.com", None)]),
             "GDPR erasure from a private gmail address -> organisation null"),
        mail("bf179", "2027-04-02T11:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"), "Nyhetsbrev april: ny vägledning om översiktsplanering",
             """NYHETSBREV APRIL 2027

I detta nummer:
• Boverket publicerar ny vägledning om planeringsstrategi
• Seminarium 21 september: Utvecklingsinriktning i praktiken – anmäl dig senast 1 september
• Tre kommuner i Dalarna om arbetet med tillgänglighet och digital närhet

Läs mer på planeringsforum.se

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforums utskick.
Avsluta prenumerationen: planeringsforum.se/avsluta
""",
             X("unknown"),
             "newsletter with 'anmäl dig', '21 september' and Dalarna themes -> unknown, not a signup"),
        mail("bf180", "2027-04-06T03:12", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"), "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<hampus.lind@ludvika.se>: host mail.ludvika.se[193.44.12.8] said:
    550 5.1.1 <hampus.lind@ludvika.se>: Recipient address rejected: User unknown

------ Original message ------
Subject: Bekräftelse: DalaLab – anmälan mottagen
To: hampus.lind@ludvika.se

Hej Hampus Lind!
Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
""",
             X("auto_reply"),
             "bounce of a confirmation to a misspelled address; the returned text names a person and all dates"),
    ]
