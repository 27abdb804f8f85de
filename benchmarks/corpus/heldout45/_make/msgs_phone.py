"""Batch 46, theme "phone" (av136-av180): what people send from their phones.

About two thirds Telegram messages to the bot, the rest short mobile e-mails ("Skickat från min iPhone",
"Hämta Outlook för Android"): lower case, emoji, typos, voice-dictation slips ("bor länge kommun", "punkt"),
nicknames, one-liners above a quoted invitation, follow-ups to an earlier chat message ("och min kollega
också"), English and mixed Swedish/English, dates as 3/5, 21.9, "v. 38", "höstens träffar" or a theme title;
plus the out-of-office replies, bounces, read receipts, newsletters and phishing a registration address gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """
> Den 3 dec. 2026 kl. 08:47 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet
> och utvecklingskraft, för er som arbetar med översiktsplanering och
> planeringsstrategier i kommun eller region.
>
> Träffar:
> * 3 maj 2027, Falun, kl. 10–15 (fika från 09.30) – tillsammans med Boverket
> * 21 september 2027
> * 29 november 2027
> * 22 februari 2028
>
> Anmäl dig senast den 14 april 2027 till linnea.hassis@regiondalarna.se.
> Max tre deltagare per kommun. Ange gärna eventuell specialkost.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
"""


def messages():
    m = []

    # --- Telegram: signups ---
    m.append(tg("av136", "2026-12-04T07:52", "Emma L", 418220937,
                "hej! vill anmäla mig till dalalab, alla fyra träffarna 👍 emma lindqvist, samhällsplanerare på mora kommun. "
                "glutenfri kost tack",
                X("register", [P("Emma Lindqvist", None, "Mora kommun", diet="glutenfri")], ALL, diet="glutenfri"),
                "telegram one-liner in lower case: self, all four, organisation and diet in the text"))
    m.append(tg("av137", "2026-12-04T07:55", "Emma L", 418220937,
                "och min kollega jonas berg också 🙂 jonas.berg@mora.se",
                X("register", [P("Jonas Berg", "jonas.berg@mora.se", "Mora kommun")], ALL, unsure=["sessions"]),
                "follow-up to an earlier chat message: colleague only, 'också' refers to a message not shown"))
    m.append(tg("av138", "2026-12-09T16:31", "Per-Olof Hansson", 730145862,
                "Hej jag heter Per Olof Hansson jag jobbar som planarkitekt på Hedemora kommun och vill anmäla mig till "
                "träffen den tredje maj och den tjugoförsta september punkt Jag äter vegetariskt punkt tack",
                X("register", [P("Per Olof Hansson", None, "Hedemora kommun", diet="vegetariskt")], [S1, S2],
                  diet="vegetariskt"),
                "voice dictation: dates spelled out as words, the word 'punkt' left in"))
    m.append(tg("av145", "2026-12-15T12:08", "Micke F", 602918344,
                "Tjena! Micke här från Smedjebacken (Mikael Forsberg egentligen 😄) kör på alla fyra",
                X("register", [P("Mikael Forsberg", None, "Smedjebackens kommun")], ALL),
                "nickname with the real name in brackets; 'kör på alla fyra'"))
    m.append(tg("av146", "2026-12-17T09:40", "Henrik Åberg", 295513076,
                "Hej! Can I register my colleague too? She's called Anna-Karin Olsson, anna-karin.olsson@avesta.se, "
                "hon vill gå på första och sista träffen",
                X("register", [P("Anna-Karin Olsson", "anna-karin.olsson@avesta.se", "Avesta kommun")], [S1, S4]),
                "mixed English/Swedish, colleague only, sessions as 'första och sista'"))
    m.append(tg("av149", "2027-01-08T21:14", "Ida", 871204553,
                "hej vill anmla mig o min kolega till dalalabb 3 maj. Ida Sjöberg o Fredrik Holm, rättvik. ida äter laktosfritt",
                X("register", [P("Ida Sjöberg", None, "Rättviks kommun", diet="laktosfritt"),
                               P("Fredrik Holm", None, "Rättviks kommun")], [S1], diet="laktosfritt"),
                "typos, two people, one date, diet for one of them"))
    m.append(tg("av152", "2027-01-12T10:02", "Tom Richter", 533870214,
                "Hi! I'd like to sign up for sessions 2 and 3 (sept + nov). Tom Richter, Region Dalarna, "
                "tom.richter@regiondalarna.se. vegan 🌱",
                X("register", [P("Tom Richter", "tom.richter@regiondalarna.se", "Region Dalarna", diet="vegan")],
                  [S2, S3], diet="vegan"),
                "English, sessions by number"))
    m.append(tg("av158", "2027-01-20T13:27", "Hanna Strand", 184466309,
                "Anmäler mig till den om tillgänglighet och den om osäkerheter/framtider. Hanna Strand, Länsstyrelsen",
                X("register", [P("Hanna Strand", None, "Länsstyrelsen Dalarna")], [S3, S4]),
                "sessions named only by their themes"))
    m.append(tg("av162", "2027-01-27T08:15", "Nils Å", 947310528,
                "Nils Åkesson, Malung-Sälen, nils.akesson@malung-salen.se – kan v.38 och v.48 👍",
                X("register", [P("Nils Åkesson", "nils.akesson@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
                "sessions given as week numbers"))
    m.append(tg("av164", "2027-02-02T11:49", "Sofia", 366019872,
                "anmälan: Lundgren, Sofia – Falu kommun – sofia.lundgren@falun.se – höstens träffar",
                X("register", [P("Sofia Lundgren", "sofia.lundgren@falun.se", "Falu kommun")], [S2, S3]),
                "'Efternamn, Förnamn' and 'höstens träffar' (the two autumn sessions)"))
    m.append(tg("av169", "2027-02-16T19:03", "aisha", 258803116,
                "hej hej, skriv upp mig på första träffen 3:e maj 🙏 namn: aisha mohammed, avesta kommun, aisha.mohammed@avesta.se",
                X("register", [P("Aisha Mohammed", "aisha.mohammed@avesta.se", "Avesta kommun")], [S1]),
                "lower-case name, '3:e maj'"))
    m.append(tg("av174", "2027-03-03T07:26", "Katarina Sjögren", 619057742,
                "anmäl mig till Dala lab alla tillfällen mitt namn är Katarina Sjögren från bor länge kommun",
                X("register", [P("Katarina Sjögren", None, "Borlänge kommun")], ALL),
                "dictation error: 'bor länge kommun' for Borlänge, 'Dala lab'"))
    m.append(tg("av179", "2027-03-29T22:41", "Viktor Lund", 805372690,
                "sign me up for 3.5 och 21/9 pls, maybe nov too but not sure yet. Viktor Lund, Mora",
                X("register", [P("Viktor Lund", None, "Mora kommun")], [S1, S2], unsure=["sessions"]),
                "mixed language, two firm dates and a tentative third"))

    # --- Telegram: changes ---
    m.append(tg("av144", "2026-12-14T15:18", "Lena Ek", 147752093,
                "kan jag byta från 21.9 till 29.11? har krock med kommunfullmäktige. / lena ek, säter",
                X("change", [P("Lena Ek", None, "Säters kommun")], [S3]),
                "bare swap of sessions with dotted dates"))
    m.append(tg("av154", "2027-01-14T12:33", "Malin B", 390284517,
                "hej! jag är anmäld till alla fyra träffarna men har fått reda på att jag är glutenintolerant 🙈 "
                "kan ni lägga till det? /malin berglund, gagnef",
                X("change", [P("Malin Berglund", None, "Gagnefs kommun", diet="glutenintolerant")], ALL,
                  diet="glutenintolerant"),
                "diet added to an existing booking"))
    m.append(tg("av155", "2027-01-18T08:04", "Elin Norberg", 712640385,
                "Hej, Erik Sandberg kan inte gå 3/5, jag hoppar in istället för honom. Elin Norberg, Borlänge",
                X("change", [P("Erik Sandberg", None, "Borlänge kommun"), P("Elin Norberg", None, "Borlänge kommun")],
                  [S1]),
                "substitution written by the substitute"))
    m.append(tg("av166", "2027-02-08T14:55", "Oskar Lindh", 560981234,
                "jag är anmäld till 3 maj, kan ni lägga till 22 feb också? / Oskar Lindh Ludvika",
                X("change", [P("Oskar Lindh", None, "Ludvika kommun")], [S1, S4]),
                "add a session to an existing booking: both after the change"))
    m.append(tg("av171", "2027-02-22T17:10", "Linda Holmberg", 431775609,
                "kommer nog inte kunna på 21 sept, kan jag gå på nästa istället?",
                X("change", [P("Linda Holmberg", None, None)], [S3], unsure=["organisation"]),
                "swap to 'nästa' (the session after 21 sept); name only from the Telegram sender"))
    m.append(tg("av177", "2027-03-10T10:22", "Emma L", 418220937,
                "glömde säga: jonas berg kan bara första träffen, inte de andra",
                X("change", [P("Jonas Berg", None, None)], [S1], unsure=["change-or-cancel", "organisation"]),
                "follow-up about a colleague: keep the first session, drop the rest"))

    # --- Telegram: cancellations ---
    m.append(tg("av141", "2026-12-11T06:58", "Sara Nyström", 889401276,
                "hej, måste tyvärr avanmäla mig från 29/11 😞 /sara nyström leksand",
                X("cancel", [P("Sara Nyström", None, "Leksands kommun")], [S3]),
                "cancel one session written 29/11"))
    m.append(tg("av161", "2027-01-25T15:37", "Maria Å", 204918653,
                "Hej, min kollega Ulf Gustafsson (ulf.gustafsson@alvdalen.se) har slutat hos oss så ni kan stryka honom "
                "från alla träffar. /Maria, Älvdalen",
                X("cancel", [P("Ulf Gustafsson", "ulf.gustafsson@alvdalen.se", "Älvdalens kommun")], ALL),
                "colleague withdrawn without a substitute: a cancel for him only"))
    m.append(tg("av168", "2027-02-12T08:30", "Daniel E", 675230418,
                "❌ 21/9 för mig, sorry! // Daniel Eriksson, Region Dalarna",
                X("cancel", [P("Daniel Eriksson", None, "Region Dalarna")], [S2]),
                "emoji-only verb: a cross mark for a cancellation"))

    # --- Telegram: questions ---
    m.append(tg("av139", "2026-12-10T11:45", "Karl Nyman", 322187045,
                "hi, is it ok to sign up if im not a planner? I work w/ GIS at Ludvika kommun",
                X("question"),
                "English question about eligibility, no signup yet"))
    m.append(tg("av142", "2026-12-12T12:12", "Jenny", 546672190,
                "blir det lunch i falun el ska man ta med? 🥪",
                X("question"),
                "short question about lunch"))
    m.append(tg("av151", "2027-01-11T20:47", "robban", 903385716,
                "vad är sista dag för anmälan?",
                X("question"),
                "one-line question about the deadline"))
    m.append(tg("av157", "2027-01-19T18:20", "Sebastian Kroon", 771096435,
                "hey, will the sessions be streamed or is it in person only? im in sälen so its a bit of a drive 😅",
                X("question"),
                "English question about remote attendance"))
    m.append(tg("av165", "2027-02-04T09:12", "Petra W", 128845903,
                "funkar det att anmäla sig här på telegram eller måste man maila?",
                X("question"),
                "question about the channel itself, not a signup"))
    m.append(tg("av172", "2027-02-24T13:41", "Göran Lilja", 487529016,
                "hur många får man vara per kommun? vi är 4 som vill gå 🤔",
                X("question"),
                "quota question, names nobody"))

    # --- Telegram: erasure and unknown ---
    m.append(tg("av148", "2027-01-05T10:30", "Johan Lindberg", 356710824,
                "hej, jag anmälde mig via telegram tidigare men har slutat på orsa kommun. kan ni ta bort mina uppgifter? "
                "/ Johan Lindberg",
                X("erasure", [P("Johan Lindberg", None, "Orsa kommun")]),
                "erasure after changing jobs"))
    m.append(tg("av175", "2027-03-08T16:02", "Chris Walker", 843017259,
                "please delete my data, I signed up by mistake. Chris Walker",
                X("erasure", [P("Chris Walker", None, None)]),
                "English erasure request, no organisation"))
    m.append(tg("av160", "2027-01-22T14:48", "Anneli", 219964087,
                "hej mamma kan du hämta ellie på förskolan? jag har möte till 17 ❤️",
                X("unknown"),
                "message sent to the wrong chat"))

    # --- E-mail from phones ---
    m.append(mail("av140", "2026-12-05T18:22", ("Karin Åström", "karin.astrom@falun.se"), "Re: Inbjudan DalaLab",
                  "Anmäl mig till alla utom den i februari. /Karin\n\nSkickat från min iPhone\n" + INVITE,
                  X("register", [P("Karin Åström", "karin.astrom@falun.se", "Falu kommun")], [S1, S2, S3]),
                  "one-liner above a quoted invitation: all except February"))
    m.append(mail("av150", "2027-01-09T07:14", ("Björn Wallin", "bjorn.wallin@vansbro.se"), "SV: Inbjudan DalaLab",
                  "Hej, jag kan tyvärr inte vara med på någon av träffarna ändå, stryk mig.\nMvh Björn\n\n"
                  "Skickat från min iPhone\n" + INVITE.replace("–", "-"),
                  X("cancel", [P("Björn Wallin", "bjorn.wallin@vansbro.se", "Vansbro kommun")], ALL),
                  "cancel everything above a quoted invitation listing all dates", charset="iso-8859-1"))
    m.append(mail("av159", "2027-01-21T22:05", ("Gunilla Persson", "gunilla.persson@mora.se"), "radera",
                  "Hej! Vill inte längre finnas med i era register, radera allt om mig tack.\n"
                  "Gunilla Persson, Mora kommun\n\nSkickat från min Samsung Galaxy",
                  X("erasure", [P("Gunilla Persson", "gunilla.persson@mora.se", "Mora kommun")]),
                  "short erasure request from a phone"))
    m.append(mail("av167", "2027-02-15T12:51", ("Johanna Wikström", "johanna.wikstrom@orsa.se"), "DalaLab Orsa",
                  "Hej Linnea!\nVi blir tre från Orsa: jag, Lars von Platen och Amira El-Sayed. Alla fyra träffarna. "
                  "Amira är vegetarian.\n/Johanna\n\nSkickat från min iPhone",
                  X("register", [P("Johanna Wikström", "johanna.wikstrom@orsa.se", "Orsa kommun"),
                                 P("Lars von Platen", None, "Orsa kommun"),
                                 P("Amira El-Sayed", None, "Orsa kommun", diet="vegetarian")], ALL, diet="vegetarian"),
                  "three people, particle and hyphenated names, diet for one"))
    m.append(mail("av176", "2027-03-15T08:37", ("Patrik Nyberg", "patrik.nyberg@rattvik.se"), "Anmälan DalaLab",
                  "<html><body><div dir=\"auto\">Hej, anmäler mig till 29 nov och 22 feb.</div>"
                  "<div dir=\"auto\">Mvh</div><div dir=\"auto\">Patrik Nyberg<br>Översiktsplanerare<br>"
                  "Rättviks kommun<br>Tel 0248-700 00 · Mobil 070-123 45 67</div><br>"
                  "<div>Hämta <a href=\"https://aka.ms/AAb9ysg\">Outlook för Android</a></div></body></html>",
                  X("register", [P("Patrik Nyberg", "patrik.nyberg@rattvik.se", "Rättviks kommun")], [S3, S4]),
                  "HTML-only mobile Outlook mail with a phone-number signature", html=True))
    m.append(mail("av178", "2027-03-22T15:16", ("Stina Alm", "stina.alm@gagnef.se"), "fråga",
                  "Hej, finns det parkering vid lokalen i Falun? Och var exakt är det?\n/Stina\n\nSkickat från min iPhone",
                  X("question"),
                  "practical question from a phone"))

    # --- Automatic mail ---
    m.append(mail("av143", "2026-12-13T03:01", ("Anders Dahl", "anders.dahl@borlange.se"),
                  "Automatiskt svar: Bekräftelse DalaLab",
                  "Tack för ditt mejl. Jag är föräldraledig och tillbaka den 3 maj 2027.\n"
                  "Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 0243-740 00.\n\n"
                  "Anders Dahl\nPlanarkitekt, Borlänge kommun",
                  X("auto_reply"),
                  "out-of-office whose return date is a session date"))
    m.append(mail("av153", "2027-01-13T10:41", ("Mail Delivery System", "postmaster@ludvika.se"),
                  "Undeliverable: Bekräftelse DalaLab – 3 maj 2027",
                  "Delivery has failed to these recipients or groups:\n\n"
                  "marcus.hellgren@ludvika.se\nThe email address you entered couldn't be found.\n\n"
                  "Diagnostic information for administrators:\nGenerating server: MX01.ludvika.se\n"
                  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
                  X("auto_reply"),
                  "bounce of a confirmation, subject carries a session date"))
    m.append(mail("av163", "2027-01-31T09:58", ("Therese Lund", "therese.lund@sater.se"), "Läst: Anmälan DalaLab",
                  "Ditt meddelande\n\n  Till: Therese Lund\n  Ärende: Anmälan DalaLab\n  Skickat: den 30 januari 2027 16:12\n\n"
                  "lästes den 31 januari 2027 09:58.",
                  X("auto_reply"),
                  "read receipt"))
    m.append(mail("av170", "2027-02-19T11:25", ("Erik Jansson", "erik.jansson@lansstyrelsen.se"),
                  "Automatic reply: Re: DalaLab 21/9",
                  "I am out of the office until 1 March with limited access to email. Please contact the registry "
                  "at dalarna@lansstyrelsen.se.\n\nSent from my iPhone",
                  X("auto_reply"),
                  "English out-of-office from a phone, a date in the subject"))
    m.append(mail("av180", "2027-04-06T14:03", ("Microsoft Outlook", "postmaster@hedemora.se"),
                  "Levererat: DalaLab – anmälan alla fyra träffarna",
                  "Ditt meddelande har levererats till följande mottagare:\n\n"
                  "linnea.hassis@regiondalarna.se\n\nÄmne: DalaLab – anmälan alla fyra träffarna",
                  X("auto_reply"),
                  "delivery report whose subject reads like a signup"))

    # --- Spam, newsletters ---
    m.append(mail("av147", "2026-12-16T04:19", ("IT-support", "it-support@regiondalarna-mail.com"),
                  "Din brevlåda är nästan full",
                  "Hej linnea.hassis,\n\nDin brevlåda har nått 98 % av sin lagringskapacitet. "
                  "Verifiera ditt konto inom 24 timmar för att undvika att inkommande e-post blockeras:\n"
                  "https://regiondalarna-mail.com/verify\n\nIT-support",
                  X("unknown"),
                  "phishing mail"))
    m.append(mail("av156", "2027-01-19T07:00", ("Planeringsdagarna", "nyhetsbrev@planeringsdagarna.se"),
                  "Nyhetsbrev januari: boka in våren!",
                  "Nyhetsbrev från Planeringsdagarna\n\n"
                  "Den 3 maj öppnar anmälan till höstens konferens om översiktsplanering. Missa inte heller vårt "
                  "webbinarium om ÖP-modellen den 21 september.\n\nAvregistrera dig här: https://planeringsdagarna.se/avreg",
                  X("unknown"),
                  "newsletter about planning with dates that match sessions"))
    m.append(mail("av173", "2027-02-26T23:37", ("Ekonomi", "ekonomi@faktura-service.net"), "Faktura 4481 förfallen",
                  "Hej,\n\nVi påminner om att faktura 4481 (12 450 kr) har förfallit. "
                  "Se bifogad faktura här: https://faktura-service.net/f/4481\n\nMvh\nEkonomiavdelningen",
                  X("unknown"),
                  "invoice scam"))
    return m
