"""Batch 47, theme "phone": Telegram messages and short mobile e-mails.

Lower case, emoji, typos, voice-dictation slips, nicknames as Telegram display names, one-liners above quoted
invitations ("Skickat från min iPhone"), chat follow-ups ("och min kollega också"), English and mixed
Swedish/English, dates written every way, short questions and cancellations, plus the automatic mail, spam and
stray messages any registration address or bot gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """\
> 23 nov. 2026 kl. 09:12 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för
> hållbarhet och utvecklingskraft. Träffarna vänder sig till er som
> arbetar med översiktsplanering och planeringsstrategier.
>
> Träff 1: måndag 3 maj 2027, Falun (fika från 09.30, start 10.00)
> Träff 2: tisdag 21 september 2027
> Träff 3: måndag 29 november 2027
> Träff 4: tisdag 22 februari 2028
>
> Varje kommun kan delta med upp till tre personer. Anmäl er senast
> den 14 april 2027 till mig och ange eventuell specialkost.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        tg("aw136", "2026-12-03T07:48", "Sara Öberg", 418230977,
           "hej! vill anmäla mig till dalalab, alla fyra ggr 👍\nSara Öberg, Mora kommun",
           X("register", [P("Sara Öberg", None, "Mora kommun")], ALL),
           "short Telegram signup, all four named as 'alla fyra ggr'"),

        tg("aw137", "2026-12-03T07:51", "Sara Öberg", 418230977,
           "och min kollega petter nyman också! petter.nyman@mora.se",
           X("register", [P("Petter Nyman", "petter.nyman@mora.se", "Mora kommun")], ALL, unsure=["sessions"]),
           "chat follow-up adding a colleague only; sender not in people; org from the colleague's address"),

        tg("aw138", "2026-12-04T16:22", "Johan Sjöberg", 502913344,
           "Hej jag vill anmäla mig till dala lab den tredje maj och den tjugo första september mitt namn är "
           "Johan Sjöberg jag jobbar på Borlänge kommun punkt tack",
           X("register", [P("Johan Sjöberg", None, "Borlänge kommun")], [S1, S2]),
           "voice dictation: dates as words, 'punkt' spoken, no punctuation"),

        mail("aw139", "2026-12-05T21:17", ("Anna-Karin Dahl", "anna-karin.dahl@hedemora.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag kommer! Vegetarisk kost tack 🙂\n\nAnna-Karin\n\nSkickat från min iPhone\n\n" + INVITE_QUOTE,
             X("register", [P("Anna-Karin Dahl", "anna-karin.dahl@hedemora.se", "Hedemora kommun",
                              diet="vegetarisk")], ALL, diet="vegetarisk"),
             "iPhone one-liner above the quoted invitation listing all four dates; hyphenated first name"),

        tg("aw140", "2026-12-07T11:05", "Dan O.", 733104582,
           "Hi, is it possible to join only online? do you have a zoom or teams link for the sept session",
           X("question", [], []),
           "English question about remote participation; no signup"),

        tg("aw141", "2026-12-08T18:40", "Erik H", 609887120,
           "måste tyvärr avanmäla mig till 29/11 😕 krock med KF\n// Erik Halvarsson Ludvika",
           X("cancel", [P("Erik Halvarsson", None, "Ludvika kommun")], [S3]),
           "cancel one session written 29/11; nickname display name, full name in text"),

        mail("aw142", "2026-12-09T08:01", ("Karin Moberg", "karin.moberg@falun.se"),
             "Frånvaro: Re: Inbjudan DalaLab",
             "Hej!\n\nJag är på föräldraledighet till och med 31 januari 2027 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 023-830 00.\n\n"
             "Karin Moberg\nPlanarkitekt, Falu kommun",
             X("auto_reply", [], []),
             "out-of-office reply to the invitation"),

        tg("aw143", "2026-12-10T03:12", "Crypto Queen 💎", 889012345,
           "💰💰 Earn 5000$ WEEKLY with our AI trading bot!! No experience needed 🚀 "
           "DM @fastprofit_signals now, only 10 spots left!!",
           X("unknown", [], []),
           "Telegram spam to the bot"),

        tg("aw144", "2026-12-11T12:33", "Lollo", 345678901,
           "blir det lunch i falun? o var ligger lokalen nånstans",
           X("question", [], []),
           "two short questions, lower case, 'o' for och"),

        tg("aw145", "2026-12-14T09:58", "Lena Rask", 472001936,
           "hej igen! jag e anmäld till alla träffar sen förut men glömde säga att jag är laktosintolerant 🥛🚫 "
           "/Lena Rask, Säter",
           X("change", [P("Lena Rask", None, "Säters kommun", diet="laktosintolerant")], ALL,
             diet="laktosintolerant"),
           "diet added to an existing booking of all sessions"),

        tg("aw146", "2026-12-15T14:10", "Kalle 🚲", 551203768,
           "tja! anmäler mig till första träffen i maj. Karl-Johan Lindh, samhällsbyggnad Gagnef. kjl@gagnef.se",
           X("register", [P("Karl-Johan Lindh", "kjl@gagnef.se", "Gagnefs kommun")], [S1]),
           "nickname display name; 'första träffen i maj'; address in text"),

        mail("aw147", "2026-12-16T07:26", ("Maria Wikström", "maria.wikstrom@avesta.se"),
             "Ändring DalaLab",
             "Hej Linnea, Jonas Berg kan inte komma 3/5, Fredrik Ahl går istället. fredrik.ahl@avesta.se\n"
             "Mvh Maria\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("change", [P("Jonas Berg", None, "Avesta kommun"),
                          P("Fredrik Ahl", "fredrik.ahl@avesta.se", "Avesta kommun")], [S1]),
             "substitution sent by a third person from a phone; leaver's address not given"),

        tg("aw148", "2026-12-17T20:44", "Sasha 🌿", 614550293,
           "hey! signing up för dalalab, sessions 21/9 och 29/11. Name: Aleksandra Nowak, Region Dalarna, "
           "aleksandra.nowak@regiondalarna.se. Im vegan 🌱",
           X("register", [P("Aleksandra Nowak", "aleksandra.nowak@regiondalarna.se", "Region Dalarna",
                            diet="vegan")], [S2, S3], diet="vegan"),
           "mixed Swedish/English; nickname display name, full name in text"),

        tg("aw149", "2026-12-18T10:15", "Birgitta", 398776120,
           "hur många från samma kommun får gå?",
           X("question", [], []),
           "one-line quota question"),

        mail("aw150", "2026-12-18T10:16", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undeliverable: Bekräftelse – DalaLab",
             "Delivery has failed to these recipients or groups:\n\n"
             "jonas.berg@avesta.se\n"
             "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
             "and try to resend the message.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
             X("auto_reply", [], []),
             "bounce of a confirmation; names an address but registers nobody"),

        tg("aw151", "2026-12-20T22:03", "Tove Engström", 725338410,
           "Hej, jag vill inte vara med längre och vill att ni tar bort alla mina uppgifter ur era listor. "
           "Tack. Tove Engström",
           X("erasure", [P("Tove Engström", None, None)], [], unsure=["intent", "organisation"]),
           "withdrawal plus erasure of all data; no organisation given"),

        tg("aw152", "2027-01-04T08:37", "per olsson", 437129005,
           "anmäler mig och min kollega till dahla labb alla tillfällen. jag heter per olsson och kollegan "
           "heter mats grahn vi är från rättvik",
           X("register", [P("Per Olsson", None, "Rättviks kommun"), P("Mats Grahn", None, "Rättviks kommun")],
             ALL),
           "dictated, lower case names, 'dahla labb' misheard"),

        tg("aw153", "2027-01-05T13:20", "Jessica Lund", 661094872,
           "är det 3 maj eller 5 mars? det står 3/5 i mailet jag fick 🤔",
           X("question", [], []),
           "question about date format, mentions a date without registering"),

        tg("aw154", "2027-01-07T15:49", "Hanna Lilja", 380045617,
           "kan jag byta från 21.9 till 29.11? /Hanna Lilja Orsa",
           X("change", [P("Hanna Lilja", None, "Orsa kommun")], [S3]),
           "swap phrased as a question; dotted dates; bare swap gives the new session"),

        mail("aw155", "2027-01-08T06:54", ("Gustav Mattsson", "gustav.mattsson@leksand.se"),
             "dalalab",
             "Hej! Jag måste tyvärr hoppa av hela dalalab pga ny tjänst i annan kommun. Stryk mig från listan.\n"
             "/Gustav\n\nSkickat från min iPhone",
             X("cancel", [P("Gustav Mattsson", "gustav.mattsson@leksand.se", "Leksands kommun")], ALL),
             "mobile cancel of everything; 'stryk mig från listan' is not an erasure"),

        tg("aw156", "2027-01-11T09:30", "Daniel Okafor", 590331284,
           "sorry my swedish is not good yet. I would like to register for the whole programme. "
           "Daniel Okafor, Länsstyrelsen, daniel.okafor@lansstyrelsen.se. gluten free please 🙏",
           X("register", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="gluten free")], ALL, diet="gluten free"),
           "English signup, 'whole programme', diet in English"),

        mail("aw157", "2027-01-12T10:02", ("Stefan Roos", "stefan.roos@borlange.se"),
             "Läst: DalaLab – bekräftelse",
             "Ditt meddelande\n\n  Till: stefan.roos@borlange.se\n  Ämne: DalaLab – bekräftelse\n"
             "  Skickat: den 12 januari 2027 09:41:07 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "lästes den 12 januari 2027 10:02:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
             X("auto_reply", [], []),
             "Outlook read receipt"),

        tg("aw158", "2027-01-12T10:05", "Stefan R", 471003958,
           "tack för bekräftelsen! 🙏👍",
           X("unknown", [], []),
           "thank-you with no request"),

        tg("aw159", "2027-01-14T11:11", "Ingrid B", 522610493,
           "Anmälan: Björk, Ingrid. Vansbro kommun. Tillfälle 1 och 4.",
           X("register", [P("Ingrid Björk", None, "Vansbro kommun")], [S1, S4]),
           "'Efternamn, Förnamn'; sessions by ordinal number"),

        tg("aw160", "2027-01-15T14:27", "Älvdalen plan", 803372219,
           "vi är fyra från Älvdalen som vill gå, går det eller blir nån utan plats?",
           X("question", [], []),
           "quota question, no names given"),

        mail("aw161", "2027-01-18T19:36", ("Henrik Olofsson", "henrik.olofsson@orsa.se"),
             "Re: Bekräftelse – DalaLab",
             "Hej, jag kan inte v.48, men resten står kvar.\n/Henrik\n\nSkickat från min iPhone\n\n"
             "> 12 jan. 2027 kl. 10:03 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>\n"
             "> Hej Henrik!\n> Tack för din anmälan till DalaLab. Du är anmäld till:\n"
             "> 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.\n>\n"
             "> Hälsningar\n> Linnea\n",
             X("cancel", [P("Henrik Olofsson", "henrik.olofsson@orsa.se", "Orsa kommun")], [S3]),
             "cancel by week number above a quoted confirmation listing all dates"),

        tg("aw162", "2027-01-19T08:03", "Jan vd Berg", 416882750,
           "hej, Jan van der Berg här från Falu kommun. vill anmäla mig till höstens träffar",
           X("register", [P("Jan van der Berg", None, "Falu kommun")], [S2, S3]),
           "name with particles; 'höstens träffar' = the two autumn sessions"),

        tg("aw163", "2027-01-21T17:45", "Aleksandra Nowak", 614550293,
           "Hi Linnea, unfortunately I can't make it on May 3rd, something came up. "
           "Still coming to the others though! /Aleksandra",
           X("cancel", [P("Aleksandra Nowak", None, None)], [S1], unsure=["organisation"]),
           "English partial cancel; only first name in text, full name from display name"),

        mail("aw164", "2027-01-22T06:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt januari: ny vägledning om översiktsplanering",
             "<html><body><h1>Planeringsnytt – januari 2027</h1>"
             "<p>Läs om den nya vägledningen för översiktsplanering, vårens seminarier och "
             "årets planeringsdagar i Stockholm.</p>"
             "<p><a href='https://planeringsnytt.se/jan'>Läs mer</a></p>"
             "<p style='font-size:10px'>Du får detta utskick för att du prenumererar. "
             "<a href='https://planeringsnytt.se/avregistrera'>Avregistrera dig</a></p></body></html>",
             X("unknown", [], []),
             "HTML newsletter about planning; 'avregistrera' is not a cancel", html=True),

        tg("aw165", "2027-01-25T12:12", "Marcus", 356920174,
           "hej! is the first session in Falun? och hur tar man sig dit från resecentrum",
           X("question", [], []),
           "mixed-language practical question"),

        tg("aw166", "2027-01-27T16:58", "Robin Ek", 488120567,
           "anmäl mig + Stina Holm från Smedjebacken till 3 maj. jag e glutenfri, stina äter vego 🥦 / Robin",
           X("register", [P("Robin Ek", None, "Smedjebackens kommun", diet="glutenfri"),
                          P("Stina Holm", None, "Smedjebackens kommun", diet="vego")], [S1],
             diet="glutenfri, vego", unsure=["organisation"]),
           "two people with different diets; sender's surname only in display name"),

        mail("aw167", "2027-01-28T02:41", ("IT-support", "it-support@regiondalarna-secure.com"),
             "Ditt Microsoft 365-lösenord går ut",
             "Hej,\n\nLösenordet för linnea.hassis@regiondalarna.se går ut inom 24 timmar. "
             "Klicka på länken nedan för att behålla ditt nuvarande lösenord:\n\n"
             "https://regiondalarna-secure.com/verify\n\nIT-avdelningen",
             X("unknown", [], []),
             "phishing from a look-alike domain"),

        tg("aw168", "2027-01-28T20:19", "Hanna Lilja", 380045617,
           "ps. ändrade mig, kan komma på 3 maj också 🙌",
           X("change", [P("Hanna Lilja", None, None)], [S1], unsure=["sessions", "intent", "organisation"]),
           "chat follow-up adding a session; earlier bookings not in this message"),

        mail("aw169", "2027-02-01T13:07", ("Mikael Sund", "mikael.sund@mora.se"),
             "Delete my data",
             "Hi,\nplease delete all my personal data from your registration list (GDPR).\nThanks\nMikael Sund\n\n"
             "Sent from my iPhone",
             X("erasure", [P("Mikael Sund", "mikael.sund@mora.se", "Mora kommun")], []),
             "short English erasure request from a phone"),

        mail("aw170", "2027-02-02T09:00", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
             "Automatic reply: DalaLab – registration confirmed",
             "Thank you for your email. I am away on business travel until 9 February with limited access "
             "to email. For urgent matters please contact the registry at dalarna@lansstyrelsen.se.\n\n"
             "Daniel Okafor",
             X("auto_reply", [], []),
             "English out-of-office mentioning another address"),

        mail("aw171", "2027-02-04T21:52", ("Jenny Nord", "jenny.nord@falun.se"),
             "Fråga",
             "hej! när är sista anmälningsdag? hinner man efter påsk?\n\nSkickat från min iPhone",
             X("question", [], []),
             "deadline question from a phone"),

        tg("aw172", "2027-02-08T07:41", "Malin", 647200318,
           "hej anmäler mig till dalalb 29 nov o 22 feb. mvh malin ström leksands kommun malin.strom@leksand.se",
           X("register", [P("Malin Ström", "malin.strom@leksand.se", "Leksands kommun")], [S3, S4]),
           "typos, lower case, 'o' for och"),

        mail("aw173", "2027-02-10T12:30", ("Eva Lind", "eva.lind@ludvika.se"),
             "Anmälan DalaLab",
             "<div dir='ltr'>Hej!<br>Vill anmäla min kollega Oskar Falk (oskar.falk@ludvika.se) till alla "
             "träffarna. Själv har jag tyvärr inte möjlighet.<br><br>/Eva</div>"
             "<div><br>Skickat från <a href='https://aka.ms/o0ukef'>Outlook för iOS</a></div>",
             X("register", [P("Oskar Falk", "oskar.falk@ludvika.se", "Ludvika kommun")], ALL),
             "HTML mobile mail registering a colleague only; sender not attending", html=True),

        tg("aw174", "2027-02-15T10:48", "Fredrik Ahl", 503378841,
           "Jag kan inte 22/2, min kollega Nils Persson tar min plats då. nils.persson@avesta.se /Fredrik, Avesta",
           X("change", [P("Fredrik Ahl", None, "Avesta kommun"),
                        P("Nils Persson", "nils.persson@avesta.se", "Avesta kommun")], [S4]),
           "substitution for the February session via Telegram"),

        tg("aw175", "2027-02-19T16:02", "Ylva", 377904561,
           "hej mamma kan du hämta mig vid 5 🚗",
           X("unknown", [], []),
           "message sent to the wrong chat"),

        mail("aw176", "2027-02-24T08:15", ("Åsa Hägg", "asa.hagg@malung-salen.se"),
             "Avanmälan",
             "Hej,\nkan tyvärr inte närvara på träffen om utvecklingsinriktning i ÖP-modellen.\n"
             "Mvh Åsa Hägg\n\nSkickat från min iPhone",
             X("cancel", [P("Åsa Hägg", "asa.hagg@malung-salen.se", "Malung-Sälens kommun")], [S2]),
             "session named by theme title only; iso-8859-1", charset="iso-8859-1"),

        tg("aw177", "2027-03-02T11:29", "Tompa", 422601773,
           "kostar det nåt?",
           X("question", [], []),
           "three-word fee question"),

        tg("aw178", "2027-03-09T14:55", "Tomas Wirén", 536188042,
           "me and my colleague Sofia Berglund want to join all sessions! Im Tomas Wirén, Borlänge. "
           "sofias email sofia.berglund@borlange.se",
           X("register", [P("Tomas Wirén", None, "Borlänge kommun"),
                          P("Sofia Berglund", "sofia.berglund@borlange.se", "Borlänge kommun")], ALL),
           "English signup of sender and colleague; only the colleague's address given"),

        tg("aw179", "2027-03-16T09:07", "Ulf Hedlund", 610775903,
           "Hej. Jag begär härmed att mina personuppgifter raderas enligt GDPR artikel 17. "
           "Ulf Hedlund, Säters kommun",
           X("erasure", [P("Ulf Hedlund", None, "Säters kommun")], []),
           "formal erasure request via Telegram"),

        mail("aw180", "2027-04-06T17:33", ("Jenny Nord", "jenny.nord@falun.se"),
             "stryk mig 3/5",
             "kommer tyvärr inte i maj, stryk mig från 3/5. höstträffarna o februari kommer jag på!\n"
             "/jenny\n\nSkickat från min iPhone",
             X("cancel", [P("Jenny Nord", "jenny.nord@falun.se", "Falu kommun")], [S1]),
             "mobile cancel of the May session, others kept; lower case"),
    ]
