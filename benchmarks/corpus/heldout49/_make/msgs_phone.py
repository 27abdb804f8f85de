"""Theme "phone": Telegram chat and short mobile mail.

Lower-case one-liners, emoji, typos, voice-dictation slips (numbers spelt out, no punctuation), nicknames as
display names, one-liners above a quoted invitation ("Skickat från min iPhone"), chat follow-ups that lean on an
earlier message, English and mixed Swedish/English, dates written every way (3/5, 21.9, 29.11, "tjugoförsta
september", "feb 22", ISO), short questions and cancellations, plus the automatic mail, spam, bot commands and
stray messages a registration address or bot gets anyway.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 1 december 2026 08:47
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
> Region Dalarna bjuder in kommunernas planerare till ett lärprojekt om
> planeringsstrategier och strategisk översiktsplanering. Fyra träffar:
>  * 3 maj 2027, Falun (fika från 09:30, start 10:00)
>  * 21 september 2027
>  * 29 november 2027
>  * 22 februari 2028
> Upp till tre personer per kommun. Anmäl dig senast 14 april 2027 till
> linnea.hassis@regiondalarna.se och ange ev. specialkost.
>
> Välkomna!
> Linnea
"""


def messages():
    return [
        tg("az136", "2026-12-03T21:14", "Maja L", 5512034401,
           "hej! maja lindqvist här, ÖP-handläggare i Orsa. vill gärna vara med på hela dalalab-grejen 🙌",
           X("register", [P("Maja Lindqvist", None, "Orsa kommun")], ALL),
           "lower-case chat signup, no session named -> all four; org from 'i Orsa'"),

        mail("az137", "2026-12-02T07:41", ("Anders Fryk", "anders.fryk@hedemora.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Anmäler mig till 3/5 och 21/9. Resten får vi se.\n\nSkickat från min iPhone\n" + INVITE_QUOTE,
             X("register", [P("Anders Fryk", "anders.fryk@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "phone one-liner above quoted invitation listing all four dates; only 3/5 and 21/9 count"),

        tg("az138", "2026-12-05T16:02", "Kerstin Ahl", 7023318845,
           "Hej det är Kerstin Ahl från Leksand kommun jag vill anmäla mig till första träffen den tredje maj "
           "och jag äter glutenfritt punkt",
           X("register", [P("Kerstin Ahl", None, "Leksands kommun", diet="glutenfritt")], [S1], diet="glutenfritt"),
           "voice dictation: spelt-out date, dictated 'punkt', 'Leksand kommun'"),

        tg("az139", "2026-12-07T12:30", "tomás 🗺️", 6120457712,
           "hi, this is Tomás Reyes, I work at Region Dalarna (GIS). can I sign up for the Sept and Nov sessions? "
           "vegan btw 🌱",
           X("register", [P("Tomás Reyes", None, "Region Dalarna", diet="vegan")], [S2, S3], diet="vegan"),
           "English signup phrased as a question; month names abbreviated; nickname display name"),

        mail("az140", "2026-12-02T09:13", ("Ulrika Sandström", "ulrika.sandstrom@borlange.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag är tjänstledig t.o.m. 6 januari 2027 och läser inte min e-post.\n"
             "Ärenden om detaljplaner: kontakta planenheten, 0243-740 00.\n\n/Ulrika",
             X("auto_reply"),
             "out-of-office reply to the invitation, mentions a date and a phone number"),

        tg("az141", "2027-03-29T06:58", "Pelle N", 5877120034,
           "kan inte 3 maj längre 😩 sjukskriven. /Pelle Norberg Mora",
           X("cancel", [P("Pelle Norberg", None, "Mora kommun")], [S1]),
           "terse chat cancellation of one session, name and org in sign-off"),

        tg("az142", "2027-01-11T19:47", "Jocke", 6688201457,
           "glömde säga: sanna öberg från oss på falu kommun hänger med också, alla fyra träffarna",
           X("register", [P("Sanna Öberg", None, "Falu kommun")], ALL),
           "chat follow-up registering only a colleague; sender is not among the people"),

        mail("az143", "2027-02-14T13:22", ("Lena Berglund", "lena.berglund@avesta.se"), "Lunch?",
             "Blir det lunch den 3 maj eller ska man ta med?\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("question"),
             "short mobile question naming a date; question -> no sessions"),

        tg("az144", "2027-01-20T08:15", "Linus H", 7345012290,
           "anmäl mig till 21.9 och 29.11 tack. linus håkansson, smedjebacken",
           X("register", [P("Linus Håkansson", None, "Smedjebackens kommun")], [S2, S3]),
           "dotted day.month dates, lower-case name and kommun"),

        mail("az145", "2027-01-08T03:12", ("Growth Team", "hello@rankboost-seo.io"),
             "Quick question about regiondalarna.se",
             "Hi there,\n\nI was checking out regiondalarna.se and noticed you're missing out on 70% of organic "
             "traffic. We can get you to page #1 on Google in 30 days – guaranteed.\n\nWorth a quick 15 min call "
             "on Thursday?\n\nCheers,\nDan\n\nReply STOP to unsubscribe",
             X("unknown"),
             "SEO spam to the registration address"),

        tg("az146", "2027-03-02T22:40", "Birgitta Ekholm", 5230984411,
           "radera mina uppgifter tack. vill inte va med längre",
           X("erasure", [P("Birgitta Ekholm", None, None)]),
           "erasure plus withdrawal in one chat line; erasure wins, person kept, no org given"),

        mail("az147", "2026-12-09T10:05", ("Emma Sjöberg", "emma.sjoberg@ludvika.se"), "Anmälan DalaLab",
             "<html><body><div dir=\"ltr\">Hej Linnea!<br><br>Jag och Fredrik Wall (fredrik.wall@ludvika.se) vill "
             "anmäla oss till alla träffarna. Fredrik är laktosintolerant.<br><br>/Emma</div>"
             "<div><br></div><div>Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a></div></body></html>",
             X("register", [P("Emma Sjöberg", "emma.sjoberg@ludvika.se", "Ludvika kommun"),
                            P("Fredrik Wall", "fredrik.wall@ludvika.se", "Ludvika kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "HTML-only mobile Outlook mail, two people, diet belongs to the colleague", html=True),

        tg("az148", "2027-02-03T11:26", "Nisse", 6901127745,
           "hej igen, kan jag byta från 3 maj till 22 feb? /Nils Rask, Vansbro",
           X("change", [P("Nils Rask", None, "Vansbro kommun")], [S4]),
           "bare swap in chat: only the new session; nickname display name"),

        tg("az149", "2027-03-30T17:05", "Hanna Roos", 7411902356,
           "när är sista dagen att anmäla sig? och går det att anmäla sig efteråt om man missar?",
           X("question"),
           "deadline question in chat"),

        mail("az150", "2027-04-02T15:31", ("Jonas Ek", "jonas.ek@lansstyrelsen.se"),
             "Out of Office: Re: DalaLab – anmälan",
             "Thank you for your message. I am out of the office until 12 April 2027 with limited access to "
             "e-mail.\n\nFor urgent matters please call +46 10 225 00 00.\n\nJonas Ek\nLänsstyrelsen Dalarna",
             X("auto_reply"),
             "English out-of-office with a date close to the deadline"),

        mail("az151", "2027-01-15T09:44", ("Mail Delivery System", "MAILER-DAEMON@mx1.sater.se"),
             "Undeliverable: Bekräftelse: DalaLab",
             "This is the mail system at host mx1.sater.se.\n\nI'm sorry to have to inform you that your message "
             "could not be delivered to one or more recipients.\n\n<kajsa.lund@sater.se>: host mx1.sater.se said: "
             "550 5.1.1 User unknown\n\n--- original message follows ---\nSubject: Bekräftelse: DalaLab\n"
             "Du är anmäld till 3 maj, 21 september, 29 november och 22 februari.",
             X("auto_reply"),
             "bounce of a confirmation; the returned text lists all dates and a name"),

        tg("az152", "2027-02-18T14:12", "Kicki", 5599031284,
           "vi blir tre från rättvik: jag (kicki åström), olle dahl och malin persson. jag på alla, "
           "de två bara i höst",
           X("register", [P("Kicki Åström", None, "Rättviks kommun"), P("Olle Dahl", None, "Rättviks kommun"),
                          P("Malin Persson", None, "Rättviks kommun")], ALL, unsure=["each-own-sessions"]),
           "three people with different sessions (sender all, colleagues the two autumn ones); union is all four"),

        tg("az153", "2027-03-10T09:51", "Agneta Blom", 6012873345,
           "Hej! Johan Ek på Säters kommun kan tyvärr inte vara med alls, han har slutat hos oss. Mvh Agneta",
           X("cancel", [P("Johan Ek", None, "Säters kommun")], ALL),
           "colleague withdrawn without substitute -> cancel of all sessions; sender not among people"),

        mail("az154", "2026-12-02T18:20", ("Gustav Lind", "gustav.lind@malung-salen.se"), "Re: Inbjudan: DalaLab",
             "Vi kör! Räkna med mig på alla fyra 👍\n\nSkickat från min iPhone\n\n"
             "> 1 dec. 2026 kl. 08:47 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n"
             + INVITE_QUOTE.replace("\n> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n> Skickat: den 1 "
                                    "december 2026 08:47\n> Ämne: Inbjudan: DalaLab – Planering för hållbarhet "
                                    "och utvecklingskraft\n>\n", "\n"),
             X("register", [P("Gustav Lind", "gustav.lind@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "emoji one-liner above quoted invitation; org from domain"),

        tg("az155", "2027-01-04T20:01", "ida", 7788120093, "/start",
           X("unknown"),
           "bare bot /start command, no content"),

        mail("az156", "2027-02-01T06:00", ("Boverket", "nyhetsbrev@info.boverket.se"),
             "Nyhetsbrev februari: ny vägledning om översiktsplanering",
             "<html><body><h2>Boverkets nyhetsbrev – februari 2027</h2><p>Ny vägledning för översiktsplanens "
             "utvecklingsinriktning är publicerad. Webbinarium 3 maj kl. 10.00.</p>"
             "<p><a href=\"https://www.boverket.se\">Läs mer</a></p><p style=\"font-size:9px\">Du får detta "
             "utskick eftersom du prenumererar. <a href=\"https://www.boverket.se/avregistrera\">Avregistrera "
             "dig</a></p></body></html>",
             X("unknown"),
             "HTML newsletter to the registration address; mentions a session date and topic words", html=True),

        tg("az157", "2027-03-22T13:37", "Priya", 6453398120,
           "sorry, can't make it on feb 22 after all – double booked 🙁 still coming to the others! "
           "– Priya Nair, Region Dalarna",
           X("cancel", [P("Priya Nair", None, "Region Dalarna")], [S4]),
           "English cancel of one session; 'still coming to the others' must not widen it"),

        tg("az158", "2027-02-25T10:10", "Ronja Falk", 5044871236,
           "anmäl mig till 21 sep... nej vänta, 29 nov menar jag. sorry 🙈 /Ronja, Borlänge",
           X("register", [P("Ronja Falk", None, "Borlänge kommun")], [S3], unsure=["corrected"]),
           "writer corrects her own session mid-message; only 29 nov"),

        mail("az159", "2027-03-15T16:48", ("Per Olsson", "per.olsson@avesta.se"), "anmälan",
             "Hej Linnea jag vill anmäla mig och min kollega Stina till hösten träffarna tack "
             "Per Olsson Avesta kommun\n\nSkickat från min iPhone",
             X("register", [P("Per Olsson", "per.olsson@avesta.se", "Avesta kommun"),
                            P("Stina", None, "Avesta kommun")], [S2, S3]),
             "dictated mail without punctuation; 'hösten träffarna' (plural) = both autumn sessions; colleague "
             "first name only"),

        tg("az160", "2027-02-09T08:33", "Mia på Mora kn", 6230094478,
           "Mora här. Anmäler Erik Gustafsson och Lisa Nyberg till första träffen. Jag själv kan inte.",
           X("register", [P("Erik Gustafsson", None, "Mora kommun"), P("Lisa Nyberg", None, "Mora kommun")], [S1]),
           "sender registers two colleagues and says she is not coming"),

        tg("az161", "2027-04-06T19:19", "Stefan Hed", 7199034552,
           "finns det parkering vid lokalen i falun? 🚗",
           X("question"),
           "one-line practical question; 'falun' is the venue, not the sender's organisation"),

        mail("az162", "2027-03-05T11:02", ("Mark Jensen", "mark.jensen@lansstyrelsen.se"), "data removal",
             "Hi,\nplease delete my personal data from your registration list.\n\nRegards\nMark Jensen\n\n"
             "Sent from my iPhone",
             X("erasure", [P("Mark Jensen", "mark.jensen@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "English erasure request from a phone"),

        tg("az163", "2027-03-18T21:55", "Ellen Vik", 5901238867,
           "blir nog inte 21 sept för mig, kanske kan komma i nov istället? återkommer /ellen, orsa",
           X("cancel", [P("Ellen Vik", None, "Orsa kommun")], [S2], unsure=["change-or-cancel"]),
           "tentative: drops 21 sept, maybe moves to nov, says she will come back; a human would ask"),

        mail("az164", "2027-01-27T12:03", ("Sara Lindgren", "sara.lindgren@borlange.se"), "",
             "Hej, anmäl mig till 3 maj och 22 februari. nötallergi!!\nMvh Sara\n--\nSara Lindgren\n"
             "Planarkitekt\nSamhällsbyggnadsförvaltningen\nBorlänge kommun\n0243-74 12 55\n"
             "Röda vägen 50, 781 81 Borlänge",
             X("register", [P("Sara Lindgren", "sara.lindgren@borlange.se", "Borlänge kommun", diet="nötallergi")],
               [S1, S4], diet="nötallergi"),
             "empty subject, short body, long signature with phone and postcode digits"),

        tg("az165", "2027-02-12T15:44", "Mats 🎣", 6777031290,
           "fel chatt sorry 😅",
           X("unknown"),
           "stray message to the bot"),

        tg("az166", "2027-01-30T07:22", "Jenny Wik", 5188342209,
           "anmäl mig till den tjugoförsta september och den tjugonionde november Hälsningar Jenny Wik "
           "Älvdalens kommun",
           X("register", [P("Jenny Wik", None, "Älvdalens kommun")], [S2, S3]),
           "voice dictation with ordinal dates spelt out"),

        mail("az167", "2027-04-08T10:00", ("Karin Mattsson", "karin.mattsson@rattvik.se"),
             "Autosvar: Anmälan DalaLab",
             "Tack för ditt mejl! Jag har semester v. 14–15 och är tillbaka måndag 19/4. "
             "Brådskande ärenden: ring växeln 0248-700 00.\n\nKarin",
             X("auto_reply"),
             "Swedish auto-reply; dates in it are not sessions"),

        tg("az168", "2027-03-01T18:30", "Ozzy", 7012395541,
           "btw jag har blivit vegan sen jag anmälde mig 😄 /oskar berg, ludvika",
           X("change", [P("Oskar Berg", None, "Ludvika kommun", diet="vegan")], diet="vegan"),
           "diet change as a chat follow-up, no sessions stated"),

        tg("az169", "2027-02-22T09:08", "Charlotte Wiik", 6345590012,
           "Hi! Signing up our team from Säter: Anna Holm and Björn Ek, all sessions. Maybe me too, let's see 🤷‍♀️",
           X("register", [P("Anna Holm", None, "Säters kommun"), P("Björn Ek", None, "Säters kommun")], ALL,
             unsure=["sender-attends"]),
           "English; sender may or may not come herself"),

        mail("az170", "2027-03-25T17:12", ("Gunilla Ström", "gunilla.strom@hedemora.se"), "Re: DalaLab",
             "Jag kommer inte 29/11 🙁 men 22/2 står fast.\n/Gunilla\n\nSkickat från Outlook för iOS",
             X("cancel", [P("Gunilla Ström", "gunilla.strom@hedemora.se", "Hedemora kommun")], [S3]),
             "cancel one session while confirming another; 22/2 is not cancelled"),

        tg("az171", "2027-02-28T12:44", "Felix Andersson", 5733120985,
           "hi! I registered for 3rd of May only men vill köra alla fyra actually 😅 /Felix, Region Dalarna, "
           "kollektivtrafik",
           X("change", [P("Felix Andersson", None, "Region Dalarna")], ALL),
           "mixed Swedish/English change: from one session to all four"),

        mail("az172", "2027-03-11T02:17", ("IT-support", "support@mailbox-verifiering.com"),
             "Din brevlåda är full – verifiera ditt konto inom 24h",
             "Bästa användare,\n\nDin brevlåda har nått 99% av sin lagringsgräns. Klicka nedan för att verifiera "
             "ditt konto, annars kommer inkommande e-post att avvisas.\n\nhttp://mailbox-verifiering.com/login\n\n"
             "IT-avdelningen",
             X("unknown"),
             "Swedish phishing mail"),

        tg("az173", "2027-04-01T16:27", "Rickard Å", 6890012377,
           "kan jag ta med en kollega till sista träffen? hon heter Tove Lund, vi jobbar båda på Vansbro kommun",
           X("register", [P("Tove Lund", None, "Vansbro kommun")], [S4], unsure=["intent"]),
           "asked as a question but meant as signing up a colleague for the last session"),

        tg("az174", "2027-04-09T20:48", "Tobbe", 7503381264,
           "vet att ni sa max tre per kommun men om det blir plats så vill jag gärna med, alla träffar. "
           "ställ mig på kö annars. tobias sund, mora",
           X("register", [P("Tobias Sund", None, "Mora kommun")], ALL),
           "fourth-from-kommun signup aware of the quota, asks to be queued; nickname display name"),

        mail("az175", "2026-12-04T12:31", ("Märta Sandberg", "marta.sandberg@gagnef.se"), "Fwd: Inbjudan: DalaLab",
             "Kolla denna! Vore kul om vi åkte båda två? Vad tycker du? /M\n\nSkickat från min iPhone\n\n"
             "Vidarebefordrat brev:\n" + INVITE_QUOTE,
             X("unknown"),
             "forward meant for a colleague sent to the registration address by mistake; not a signup"),

        tg("az176", "2027-03-31T08:02", "Hugo Lind", 5622901847,
           "avanmäl mig från allt tack. /Hugo Lind, Falu kommun",
           X("cancel", [P("Hugo Lind", None, "Falu kommun")], ALL),
           "short cancellation of everything"),

        tg("az177", "2027-03-04T13:59", "Maria E", 6011774523,
           "vi blir 4 från regionen på träffen 21/9. jag (Maria Eng) + Ali Yusuf + två till som jag återkommer om",
           X("register", [P("Maria Eng", None, "Region Dalarna"), P("Ali Yusuf", None, "Region Dalarna")], [S2],
             unsure=["unnamed"]),
           "four announced, two named; 'regionen' = Region Dalarna"),

        mail("az178", "2027-02-16T21:03", ("Lars-Erik Björk", "lars-erik.bjork@smedjebacken.se"), "Fråga",
             "<div>Hej!</div><div>Ingår lunch i anmälan? Och går det bra att vara med digitalt den 21 sept, "
             "jag har lite långt att åka.</div><div><br></div><div>/Lars-Erik</div><div><br></div>"
             "<div>Skickat från min iPad</div>",
             X("question"),
             "HTML question from an iPad naming a session; question -> no sessions", html=True),

        tg("az179", "2027-03-12T10:36", "Alva Nord", 7266013389,
           "hej jag är anmäld till 2027-05-03, kan ni lägga till 29 november också? /Alva, Leksand",
           X("change", [P("Alva Nord", None, "Leksands kommun")], [S1, S3]),
           "adds a session to an existing one; ISO date; sessions after change are both"),

        tg("az180", "2027-01-14T11:11", "Kim Sjöholm", 5400982216,
           "anmäl mig till träffen i höst 🍂 /kim, gagnef",
           X("register", [P("Kim Sjöholm", None, "Gagnefs kommun")], [S2, S3], unsure=["sessions"]),
           "singular 'träffen i höst' fits two autumn sessions"),
    ]
