"""Theme: the phone. Telegram chat and short mobile e-mail: lower case, emoji, typos, voice-dictation slips, nicknames
as Telegram display names, one-liners above quoted invitations, chat follow-ups, English and mixed Swedish/English,
dates written every way, short questions and cancellations, plus the automatic mail, spam and stray messages any
registration address or bot gets."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft, för er som arbetar med översiktsplanering och planeringsstrategier.

Träff 1: måndag 3 maj 2027 kl. 10.00–15.00 i Falun (fika från 09.30), med Boverket
Träff 2: tisdag 21 september 2027
Träff 3: måndag 29 november 2027
Träff 4: tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027
till linnea.hassis@regiondalarna.se och ange eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quoted(head, text=INV):
    return head + "\n" + "\n".join("> " + line if line else ">" for line in text.splitlines())


def outlook(sent, text=INV):
    return ("________________________________\n"
            "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\n"
            "Till: Hassis Linnea\n"
            "Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + text)


def messages():
    return [
        tg("ax136", "2026-12-07T08:41", "Johanna Lind", 5120448731,
           "Hej! Jag vill anmäla mig till DalaLab, alla fyra tillfällena. Johanna Lind, samhällsplanerare Leksands kommun",
           X("register", [P("Johanna Lind", None, "Leksands kommun")], ALL),
           "plain Telegram signup naming no date: all four sessions"),

        mail("ax137", "2026-12-08T21:14", ("Per Nyström", "per.nystrom@hedemora.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             quoted("Jag kommer på första träffen! /Per\n\nSkickat från min iPhone\n\n"
                    "> 7 dec. 2026 kl. 10:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>"),
             X("register", [P("Per Nyström", "per.nystrom@hedemora.se", "Hedemora kommun")], [S1]),
             "iPhone one-liner above a quoted invitation listing all four dates: only the first"),

        tg("ax138", "2026-12-09T12:03", "Mackan 🏔️", 6633019245,
           "tja! mattias ekberg här, älvdalens kommun. kör på alla fyra 💪 äter vego",
           X("register", [P("Mattias Ekberg", None, "Älvdalens kommun", diet="vego")], ALL, diet="vego"),
           "nickname display name, real name in lower case in the text, slang diet"),

        tg("ax139", "2026-12-09T12:20", "Johanna Lind", 5120448731,
           "åh glömde: jag är glutenfri! 🙈",
           X("change", [P("Johanna Lind", None, None, diet="glutenfri")], [], diet="glutenfri"),
           "chat follow-up adding a diet, no session and no organisation in this message"),

        mail("ax140", "2027-03-02T07:55", ("Anna Sjöberg", "anna.sjoberg@borlange.se"),
             "Re: Bekräftelse DalaLab",
             "Hej! Måste tyvärr avanmäla mig från tisdag 21/9, krockar med KF. Mvh Anna\n\n\nSkickat från min Galaxy",
             X("cancel", [P("Anna Sjöberg", "anna.sjoberg@borlange.se", "Borlänge kommun")], [S2]),
             "short mobile cancellation of one session written 21/9 with weekday"),

        mail("ax141", "2027-01-11T09:00", ("Malin Rask", "malin.rask@leksand.se"),
             "Autosvar: Bekräftelse på din anmälan till DalaLab",
             "Tack för ditt mejl!\n\nJag är föräldraledig t.o.m. 31 mars 2027 och läser inte min e-post.\n"
             "Vid brådskande ärenden, ring Leksands kommuns växel 0247-800 00.\n\nMalin Rask\nPlanarkitekt",
             X("auto_reply"),
             "Swedish out-of-office with a date in it"),

        mail("ax142", "2027-01-14T03:27", ("Daniel Smith", "daniel.smith@rankfast-seo.com"),
             "Quick question about regiondalarna.se",
             "Hi,\n\nI was checking your website and noticed it is not ranking on page 1 of Google for important "
             "keywords. We can fix that within 30 days at a very low cost.\n\nShall I send you a free audit?\n\n"
             "Regards,\nDaniel Smith\nSEO Consultant\n\nIf you don't want to hear from me again, reply NO.",
             X("unknown"),
             "SEO spam to the registration address, phrased as a question"),

        tg("ax143", "2027-01-15T16:48", "Erik W", 7001882316,
           "Hi! Can I attend the September session remotely? Teams or similar? //Erik, Länsstyrelsen",
           X("question"),
           "English question naming a session: no people, no sessions"),

        mail("ax144", "2026-12-12T17:32", ("Karin Dahl", "karin.dahl@smedjebacken.se"),
             "Anmälan",
             "Hej Lina jag vill anmäla mig till Dala lapp den tredje maj och den tjugoförsta september punkt "
             "Med vänlig hälsning Karin Dahl Smedjebackens kommun\n\nSkickat från min iPhone",
             X("register", [P("Karin Dahl", "karin.dahl@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
             "voice dictation: dates in words, 'punkt' written out, 'Dala lapp' for DalaLab"),

        tg("ax145", "2026-12-14T20:11", "Lasse Holm", 5893301127,
           "anmäler mig till 3/5 och 29.11 😊 Lars Holm, Orsa",
           X("register", [P("Lars Holm", None, "Orsa kommun")], [S1, S3]),
           "two dates in two numeric styles, bare town name for the organisation"),

        mail("ax146", "2026-12-15T06:58", ("Sara Wik", "sara.wik@rattvik.se"),
             "DalaLab",
             "2027-09-21 + 2028-02-22 tack!\nSara Wik\nRättviks kommun\n\nSkickat från min iPhone",
             X("register", [P("Sara Wik", "sara.wik@rattvik.se", "Rättviks kommun")], [S2, S4]),
             "terse signup with ISO dates only"),

        mail("ax147", "2026-12-16T10:24", ("Tom Becker", "tom.becker@vansbro.se"),
             "Registration DalaLab",
             "Hi Linnea,\n\nI'd like to sign up for all the sessions. I'm lactose intolerant, if that matters for lunch.\n\n"
             "Best,\nTom Becker\nPlanning officer, Vansbro kommun\n\nSent from my iPhone",
             X("register", [P("Tom Becker", "tom.becker@vansbro.se", "Vansbro kommun", diet="lactose intolerant")],
               ALL, diet="lactose intolerant"),
             "English signup, all sessions, English diet"),

        mail("ax148", "2026-12-17T13:40", ("Emma Strömberg", "emma.stromberg@mora.se"),
             "joina DalaLab",
             "hej! me and my colleague Nils Berggren would like to joina första träffen 3 maj 🙌 "
             "Nils är vegan.\n/Emma (Mora kommun)\n\nSkickat från Outlook för iOS",
             X("register", [P("Emma Strömberg", "emma.stromberg@mora.se", "Mora kommun"),
                            P("Nils Berggren", None, "Mora kommun", diet="vegan")], [S1], diet="vegan"),
             "Swedish/English mix, two people, colleague's diet, colleague without address"),

        tg("ax149", "2027-01-19T11:05", "Pia S", 6120557903,
           "blir det lunch på första träffen elr bara fika?",
           X("question"),
           "short chat question mentioning a session"),

        tg("ax150", "2027-03-15T08:12", "Olle G", 5402267718,
           "kan ej komma den 3 maj, krock m budgetdagarna. Olle Granath",
           X("cancel", [P("Olle Granath", None, None)], [S1]),
           "chat cancellation of one session, abbreviations, no organisation given"),

        tg("ax151", "2027-02-22T19:30", "Maria F", 6877120034,
           "Hej! Jag vill att ni tar bort alla mina personuppgifter ur ert register. Mvh Maria Falk",
           X("erasure", [P("Maria Falk", None, None)]),
           "erasure request over Telegram, shortened display name"),

        mail("ax152", "2027-01-08T09:13", ("Mail Delivery System", "MAILER-DAEMON@mail.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mail.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "<jon.eriksson@vansbro.se>: host mx.vansbro.se[194.28.110.5] said: 550 5.1.1\n"
             "    <jon.eriksson@vansbro.se>: Recipient address rejected: User unknown\n\n"
             "Reporting-MTA: dns; mail.regiondalarna.se\nFinal-Recipient: rfc822; jon.eriksson@vansbro.se\n"
             "Action: failed\nStatus: 5.1.1\n\n--- original message ---\nSubject: Bekräftelse DalaLab 3 maj 2027",
             X("auto_reply"),
             "bounce with an address and a session date in it"),

        mail("ax153", "2027-02-03T07:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt nr 2/2027: ÖP-modellen och utvecklingsinriktning",
             "<html><body style=\"font-family:Arial\"><h1>Planeringsnytt</h1>"
             "<p>Nu finns nya exempel på hur kommuner arbetar med <b>utvecklingsinriktning</b> i ÖP-modellen.</p>"
             "<p>Anmäl dig till vårt webbinarium om planeringsstrategier den 21 september – "
             "<a href=\"https://planeringsnytt.se/webb\">anmälan här</a>.</p>"
             "<hr><p style=\"font-size:10px\">Du får detta nyhetsbrev eftersom du prenumererar. "
             "<a href=\"https://planeringsnytt.se/avsluta\">Avsluta prenumerationen</a></p></body></html>",
             X("unknown"),
             "HTML newsletter on the same topic, with 'anmäl dig' and a date equal to a session", html=True),

        mail("ax154", "2027-03-09T12:47", ("Henrik Ås", "henrik.as@gagnef.se"),
             "byte 21/9",
             "hej, jag kan inte 21 sept men Ida Nordin tar min plats den dagen (ida.nordin@gagnef.se) 🙂\n/Henrik\n\n"
             "Sent from my iPhone",
             X("change", [P("Henrik Ås", "henrik.as@gagnef.se", "Gagnefs kommun"),
                          P("Ida Nordin", "ida.nordin@gagnef.se", "Gagnefs kommun")], [S2]),
             "mobile substitution for one session: both people, the substitute's session"),

        tg("ax155", "2026-12-18T22:16", "Steffe", 5338904412,
           "hej vill anmöla mig till dalalabb alla gångerna. stefan lundqvist avesta kommun",
           X("register", [P("Stefan Lundqvist", None, "Avesta kommun")], ALL),
           "typos, lower-case name, nickname display name"),

        tg("ax156", "2027-02-10T14:29", "Lasse Holm", 5893301127,
           "sorry, kan ni byta mitt 29.11 mot 22.2? /lars holm",
           X("change", [P("Lars Holm", None, None)], [S4]),
           "chat follow-up: bare swap of one date for another gives the new one"),

        mail("ax157", "2026-12-20T09:31", ("Frida Malm", "frida.malm@ludvika.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Anmäler mig + Jonas Ek (jonas.ek@ludvika.se) till 21/9 o 29:e nov 👍\n/Frida\n\n"
             "Hämta Outlook för Android\n\n" + outlook("den 7 december 2026 10:02"),
             X("register", [P("Frida Malm", "frida.malm@ludvika.se", "Ludvika kommun"),
                            P("Jonas Ek", "jonas.ek@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "one-liner above an Outlook-style invitation that is not marked with '>': only the two named dates"),

        mail("ax158", "2027-01-04T08:02", ("Omar Said", "omar.said@lansstyrelsen.se"),
             "Automatic reply: Bekräftelse DalaLab",
             "Thank you for your message. I am out of the office until 11 January 2027 with limited access to e-mail.\n"
             "For urgent matters please contact dalarna@lansstyrelsen.se.\n\nOmar Said",
             X("auto_reply"),
             "English out-of-office from the county board"),

        tg("ax159", "2027-01-22T15:44", "Alvin 🎮", 7215560081,
           "mamma kan du hämta mig efter träningen kl 18? 🙏",
           X("unknown"),
           "stray message in the wrong chat"),

        tg("ax160", "2027-01-25T10:00", "Eva Lindh", 6450019872,
           "/start",
           X("unknown"),
           "bot start command and nothing else"),

        mail("ax161", "2026-12-21T18:20", ("Ove Persson", "ove.persson@avesta.se"),
             "Re: Inbjudan DalaLab",
             quoted("Vilken tid börjar den 21 sep och var är det? Står bara datum i inbjudan.\n\n"
                    "Skickat från min iPhone\n\n"
                    "> 7 dec. 2026 kl. 10:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>"),
             X("question"),
             "mobile question above a quoted invitation: no signup"),

        mail("ax162", "2027-03-22T16:05", ("Gunnar Ek", "gunnar.ek@sater.se"),
             "Avanmälan",
             "Hej,\nJag har fått ny tjänst och slutar på kommunen i april, så jag avanmäler mig från hela DalaLab.\n"
             "Tack för mig!\nGunnar Ek\n\nSkickat från min iPad",
             X("cancel", [P("Gunnar Ek", "gunnar.ek@sater.se", "Säters kommun")], ALL),
             "cancellation of everything in windows-1252, organisation from the domain", charset="windows-1252"),

        tg("ax163", "2027-02-01T12:12", "Linda B", 5719902263,
           "hej, kan jag hänga på höstens träff? 🍂 Linda Berg, Falun",
           X("register", [P("Linda Berg", None, "Falu kommun")], [S2, S3], unsure=["sessions"]),
           "signup phrased as a question, 'höstens träff' singular with two autumn sessions"),

        mail("ax164", "2027-01-12T11:18", ("Ahmed Hassan", "ahmed.hassan@regiondalarna.se"),
             "DalaLab sign-up",
             "Hello,\nPlease register me for May 3rd and Nov 29th.\n\nRegards,\nAhmed Hassan\n"
             "Regional Development Officer | Region Dalarna\n+46 23-49 00 00\n\nGet Outlook for iOS",
             X("register", [P("Ahmed Hassan", "ahmed.hassan@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "English ordinal dates, organiser's own organisation"),

        tg("ax165", "2027-01-27T21:37", "Jen 🌲", 6038112294,
           "hi! pls sign me up for 9/21 and 2/22 🙂 Jennifer Olsson, Malung-Sälen",
           X("register", [P("Jennifer Olsson", None, "Malung-Sälens kommun")], [S2, S4]),
           "US month/day dates, emoji display name"),

        mail("ax166", "2027-01-29T07:14", ("Rickard Holm", "rickard.holm@falun.se"),
             "Anmälan DalaLab alla 4 - Rickard Holm Falu kn",
             "\n\nSkickat från min iPhone",
             X("register", [P("Rickard Holm", "rickard.holm@falun.se", "Falu kommun")], ALL),
             "everything in the subject, empty body apart from the phone footer"),

        mail("ax167", "2027-02-05T08:36", ("Åsa Lindkvist", "asa.lindkvist@mora.se"),
             "Dala labb",
             "hej jag kommer till den sista träffen den tjugoandra februari 2028 komma kan ni anmäla mig tack "
             "Åsa Lindkvist Mora kommun\n\nSkickat från min iPhone",
             X("register", [P("Åsa Lindkvist", "asa.lindkvist@mora.se", "Mora kommun")], [S4]),
             "voice dictation: 'komma' written out, date in words"),

        mail("ax168", "2027-02-08T19:52", ("Kristina Borg", "kristina.borg@hedemora.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
             "<body dir=\"auto\"><div dir=\"ltr\">Anmäler mig till alla tillfällen!<br>Vegetarisk kost 🥦<br><br>"
             "/Kristina Borg<br>Hedemora kommun</div><div dir=\"ltr\"><br>Skickat från min iPhone</div>"
             "<div dir=\"ltr\"><br><blockquote type=\"cite\">7 dec. 2026 kl. 10:02 skrev Hassis Linnea "
             "&lt;linnea.hassis@regiondalarna.se&gt;:<br><br>"
             + INV.replace("\n", "<br>") +
             "</blockquote></div></body></html>",
             X("register", [P("Kristina Borg", "kristina.borg@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML-only iPhone reply, quoted invitation in a blockquote", html=True),

        mail("ax169", "2027-02-09T10:03", ("Björn Åkesson", "bjorn.akesson@rattvik.se"),
             "DalaLab anmälan",
             "Hej! Jag (Björn Åkesson) kommer på första och sista träffen. Är glutenintolerant.\n"
             "Hälsningar från Rättvik\n\n-- \nSkickat från min mobil",
             X("register", [P("Björn Åkesson", "bjorn.akesson@rattvik.se", "Rättviks kommun", diet="glutenintolerant")],
               [S1, S4], diet="glutenintolerant"),
             "iso-8859-1 mobile mail, 'första och sista' as ordinal sessions", charset="iso-8859-1"),

        tg("ax170", "2027-02-12T13:26", "Jonny", 6912334450,
           "Hi, is there parking near the venue in Falun? Coming by car from Sälen 🚗",
           X("question"),
           "English practical question, place names but no signup"),

        tg("ax171", "2027-03-30T07:48", "Johanna Lind", 5120448731,
           "nej men usch, stryk mig från alla träffar, har fått nytt jobb 😕",
           X("cancel", [P("Johanna Lind", None, None)], ALL),
           "chat cancellation of everything, name only from the display name"),

        tg("ax172", "2027-04-02T20:09", "Kicki", 6300871145,
           "hej! är sista dag för anmälan 14/4? går det att anmäla sig efter det om det finns plats kvar?",
           X("question"),
           "deadline question with a date that is not a session"),

        mail("ax173", "2027-02-15T12:31", ("Peter Lund", "peter.lund@orsa.se"),
             "anmälan kollega",
             "Hej! Kan ni anmäla min kollega Ulrika Sand (ulrika.sand@orsa.se) till alla fyra? "
             "Själv hinner jag tyvärr inte.\nMvh Peter, Orsa kommun\n\nSkickat från min iPhone",
             X("register", [P("Ulrika Sand", "ulrika.sand@orsa.se", "Orsa kommun")], ALL),
             "sender signs up a colleague only and is not among the people"),

        tg("ax174", "2027-02-17T02:14", "Crypto Queen 💰", 7788001234,
           "🔥🔥 Earn $5000 weekly with crypto trading!! No experience needed. DM me now 👉 @fastcash_pro 🔥🔥",
           X("unknown"),
           "Telegram spam"),

        mail("ax175", "2027-01-08T15:09", ("Nyberg, Camilla", "camilla.nyberg@avesta.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             quoted("ja tack, jag kommer 3 maj o 21 sep 👍\n\nSkickat från min iPhone\n\n"
                    "> 8 jan. 2027 kl. 09:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>"),
             X("register", [P("Camilla Nyberg", "camilla.nyberg@avesta.se", "Avesta kommun")], [S1, S2]),
             "'Efternamn, Förnamn' in From, one-liner above quoted invitation"),

        mail("ax176", "2027-03-25T17:41", ("Tom Becker", "tom.becker@vansbro.se"),
             "Re: Registration DalaLab",
             "Hi Linnea, unfortunately I can't make it on 22 Feb 2028 – could you take me off that one? "
             "The rest stays as is.\nCheers, Tom\n\nSent from my iPhone",
             X("cancel", [P("Tom Becker", "tom.becker@vansbro.se", "Vansbro kommun")], [S4]),
             "English cancellation of one session"),

        mail("ax177", "2027-01-04T10:47", ("Per Nyström", "per.nystrom@hedemora.se"),
             "Läst: Bekräftelse på din anmälan till DalaLab",
             "Ditt meddelande\n\n  Till: Per Nyström\n  Ämne: Bekräftelse på din anmälan till DalaLab\n"
             "  Skickat: den 4 januari 2027 09:12:33 (UTC+01:00)\n\nlästes den 4 januari 2027 10:47:02 (UTC+01:00).",
             X("auto_reply"),
             "read receipt from a participant"),

        tg("ax178", "2027-02-19T09:58", "Maja Ek", 5981446620,
           "anmäl mig till träff 1️⃣ och 3️⃣ tack! Maja Ek, Gagnefs kn",
           X("register", [P("Maja Ek", None, "Gagnefs kommun")], [S1, S3]),
           "session numbers as keycap emoji, 'kn' for kommun"),

        mail("ax179", "2027-03-04T14:22", ("Lisa Grant", "lisa.grant@falun.se"),
             "GDPR",
             "Hi,\nplease delete all personal data you hold about me (GDPR art. 17).\nThanks,\nLisa Grant, Falu kommun\n\n"
             "Sent from my Android",
             X("erasure", [P("Lisa Grant", "lisa.grant@falun.se", "Falu kommun")]),
             "English erasure request from a phone"),

        mail("ax180", "2027-04-06T11:11", ("Kristina Borg", "kristina.borg@hedemora.se"),
             "kost",
             "Hej! Kan ni ändra min kost från vegetarisk till laktosfri? Mvh Kristina (från mobilen)",
             X("change", [P("Kristina Borg", "kristina.borg@hedemora.se", "Hedemora kommun", diet="laktosfri")], [],
               diet="laktosfri"),
             "diet change naming the old and the new diet; the new one counts"),
    ]
