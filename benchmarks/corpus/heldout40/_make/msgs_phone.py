"""Batch 41, theme "phone": Telegram messages (about two thirds) and short mobile e-mails.

Lower case, emoji, typos, voice dictation, nicknames, one-liners above quoted invitations, follow-ups,
English and mixed, dates written every way, short questions, cancellations, plus the automatic mail and
spam any registration address gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

# The invitation as a phone mail client quotes it ("> ") ...
INVITE_GT = """\
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet
> och utvecklingskraft. Projektet vänder sig i första hand till kommunala och
> regionala tjänstepersoner som arbetar med planeringsprocesser.
>
> Träffar:
> 3 maj 2027, kl. 10–15 (fika från 9.30), Falun – Hållbar utveckling i ett
> rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Anmäl dig senast 14 april 2027 till
> linnea.hassis@regiondalarna.se. Ange eventuell specialkost.
>
> Välkomna!
> Linnea Hassis
> Region Dalarna
"""

# ... and as Outlook for iOS quotes it (header block, no markers).
INVITE_OUTLOOK = """\
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 7 december 2026 09:12
Till: planerare-dalarna@regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Välkommen att anmäla dig till DalaLab, ett lärprojekt om strategisk
översiktsplanering och planeringsstrategier för kommuner och region i Dalarna.

Datum:
• 3 maj 2027 i Falun, 10:00–15:00 (fika från 09:30)
• 21 september 2027
• 29 november 2027
• 22 februari 2028

Max tre deltagare per kommun. Sista anmälningsdag 14 april 2027.
Meddela specialkost i anmälan.

Hälsningar
Linnea Hassis
Regional utveckling, Region Dalarna
"""


def messages():
    m = []

    # ---------------------------------------------------------------- Telegram
    m.append(tg("aq136", "2026-12-08T07:42", "Sara B", 583920174,
                "hej! vill anmäla mig till dalalab 🙂 sara björk, översiktsplanerare i leksand. sara.bjork@leksand.se",
                X("register", [P("Sara Björk", "sara.bjork@leksand.se", "Leksands kommun")], ALL),
                "lower-case one-person telegram signup with address, no dates → all four"))

    m.append(mail("aq137", "2027-01-19T14:02",
                  ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
                  "Levererat: Bekräftelse: din anmälan till DalaLab",
                  "Ditt meddelande har levererats till följande mottagare:\n\n"
                  "Henrik Johansson (henrik.johansson@ludvika.se)\n\n"
                  "Ämne: Bekräftelse: din anmälan till DalaLab\n\n"
                  "Du är anmäld till 3 maj 2027 och 22 februari 2028.",
                  X("auto_reply"),
                  "delivery report for a confirmation; names a person and dates but asks for nothing"))

    m.append(tg("aq138", "2026-12-08T08:03", "Sara B", 583920174,
                "glömde säga att jag är vegan 🌱",
                X("change", [P("Sara Björk", None, None, diet="vegan")], [], diet="vegan"),
                "follow-up diet only: change with no sessions; name from the sender, no organisation in this message"))

    m.append(tg("aq139", "2027-01-14T12:30", "Andy N", 1049283716,
                "hej det är anders nilsson från smedjebackens kommun jag vill anmäla mig till träffarna i september "
                "och november punkt min mejl är anders punkt nilsson snabel-a smedjebacken punkt se",
                X("register", [P("Anders Nilsson", "anders.nilsson@smedjebacken.se", "Smedjebackens kommun")],
                  [S2, S3]),
                "voice dictation: months as words, address spelled out with 'punkt' and 'snabel-a'"))

    m.append(tg("aq140", "2027-02-02T16:48", "Emma Clarke", 902716634,
                "Hi! I'm Emma Clarke, planner at Ludvika municipality (started in January). "
                "Could you sign me up for the May 3rd and 22/2 sessions? emma.clarke@ludvika.se  thx!",
                X("register", [P("Emma Clarke", "emma.clarke@ludvika.se", "Ludvika kommun")], [S1, S4]),
                "English, two date styles in one line"))

    m.append(tg("aq141", "2027-01-20T10:05", "Karin Gagnef", 661039285,
                "Kan ni anmäla mina kollegor Lena Åberg och Tomas Fredriksson från Gagnef? jag själv kan tyvärr inte, "
                "krockar med budgetarbetet",
                X("register", [P("Lena Åberg", None, "Gagnefs kommun"),
                               P("Tomas Fredriksson", None, "Gagnefs kommun")], ALL),
                "writer signs up two colleagues and does not attend herself"))

    m.append(tg("aq142", "2027-03-03T22:11", "Jessica", 5521887403,
                "funderar på att anmäla mig men vet inte om jag får ledigt än.. när är sista dagen? 🤔",
                X("question"),
                "sounds like a signup but only asks for the deadline"))

    m.append(tg("aq143", "2027-02-17T13:37", "Ulf Orsa", 389104772,
                "får vi vara fyra från Orsa? 😅",
                X("question"),
                "quota question, no one is signed up"))

    m.append(tg("aq144", "2027-03-29T06:55", "Ingrid Sjöberg", 1198273645,
                "hej, måste tyvärr avanmäla mig från 21.9, krockar med KF. /Ingrid Sjöberg, Rättvik",
                X("cancel", [P("Ingrid Sjöberg", None, "Rättviks kommun")], [S2]),
                "cancel one session, date as d.m"))

    m.append(tg("aq145", "2027-03-10T19:20", "olle d", 470019283,
                "kan jag byta 29 nov mot 22 feb? mvh olle dahl vansbro",
                X("change", [P("Olle Dahl", None, "Vansbro kommun")], [S4]),
                "bare swap phrased as a question → only the new session"))

    m.append(tg("aq146", "2027-03-15T11:02", "Petra Lund", 829301746,
                "Hej! Jag (Petra Lund, Avesta kommun) kan inte gå 3 maj, min kollega Erik Strand går istället. "
                "erik.strand@avesta.se",
                X("change", [P("Petra Lund", None, "Avesta kommun"),
                             P("Erik Strand", "erik.strand@avesta.se", "Avesta kommun")], [S1]),
                "substitution for one session: both people, the substitute's session"))

    m.append(tg("aq147", "2027-01-08T09:44", "Hanna Ek", 2093847561,
                "anmäler mig till alla utom den i februari. Hanna Ek, Falu kommun, hanna.ek@falun.se",
                X("register", [P("Hanna Ek", "hanna.ek@falun.se", "Falu kommun")], [S1, S2, S3]),
                "'alla utom den i februari' → the first three"))

    m.append(tg("aq148", "2027-02-24T20:31", "Micke", 736492018,
                "höstens träffar + första träffen för mig tack 🙏 /Mikael Berg, Borlänge",
                X("register", [P("Mikael Berg", None, "Borlänge kommun")], [S1, S2, S3]),
                "'höstens träffar' (plural, both autumn sessions) plus 'första träffen'; nickname as sender"))

    m.append(tg("aq149", "2027-03-01T14:14", "Fatima Hassan", 918273640,
                "Vill gå på den om tillgänglighet och den om osäkerheter. Fatima Hassan, Säter",
                X("register", [P("Fatima Hassan", None, "Säters kommun")], [S3, S4]),
                "sessions named only by their themes"))

    m.append(tg("aq150", "2026-12-15T17:58", "Nisse G", 604918237,
                "tjena! nisse här från lst 👋 anmäl mig till alla fyra. nils gustafsson",
                X("register", [P("Nils Gustafsson", None, "Länsstyrelsen Dalarna")], ALL),
                "nickname, 'lst' for Länsstyrelsen, full name in lower case"))

    m.append(tg("aq151", "2027-02-09T08:20", "Maria Lindqvist", 3312098476,
                "Ny mejladress för mig: maria.lindqvist@mora.se (den gamla maria.l@mora.se slutar funka i mars). "
                "/Maria Lindqvist",
                X("change", [P("Maria Lindqvist", "maria.lindqvist@mora.se", "Mora kommun")], []),
                "address update: the new address, not the old one; organisation from its domain"))

    m.append(tg("aq152", "2027-03-22T12:47", "Jonas W", 845017362,
                "jag är redan anmäld till 3 maj men vill lägga till 29/11 också. Jonas Wikström Älvdalen",
                X("change", [P("Jonas Wikström", None, "Älvdalens kommun")], [S1, S3]),
                "add a session: sessions after the change"))

    m.append(tg("aq153", "2027-03-31T15:09", "Robert H", 557201938,
                "Hej, Linda Sund från vår grupp kan inte vara med alls längre 😕 vi andra kommer som planerat. "
                "//Robert, Hedemora kommun",
                X("cancel", [P("Linda Sund", None, "Hedemora kommun")], ALL),
                "one of several cancels; the writer stays and is not among the people"))

    m.append(tg("aq154", "2027-04-02T10:33", "Tove Marklund", 1320984756,
                "Jag vill att ni raderar alla mina uppgifter enligt GDPR. Tack. Tove Marklund",
                X("erasure", [P("Tove Marklund", None, None)]),
                "erasure request on telegram"))

    m.append(tg("aq155", "2027-01-26T03:12", "DalaLab Support ✅", 6091827364,
                "🎉 GRATTIS! Du har valts ut till en gratis VIP-plats på DalaLab 2027! "
                "Bekräfta din registrering inom 24h här: http://dalalab-registrering.xyz/claim "
                "och ange kortuppgifter för verifiering (0 kr dras).",
                X("unknown"),
                "phishing dressed as registration confirmation"))

    m.append(tg("aq156", "2027-01-13T18:40", "Kerstin", 402918376,
                "tack för infon! 👍",
                X("unknown"),
                "thank-you with nothing to act on"))

    m.append(tg("aq157", "2027-02-28T09:18", "Bengt Å", 771092834,
                "blir det lunch 3 maj? och finns det parkering nära lokalen i falun?",
                X("question"),
                "practical question naming a session date, not a signup"))

    m.append(tg("aq158", "2027-03-18T14:26", "Oskar L", 930182746,
                "hey, kan jag join:a the sessions on 21 sep and 29 nov? jobbar på Region Dalarna, name is Oskar Lindgren",
                X("register", [P("Oskar Lindgren", None, "Region Dalarna")], [S2, S3]),
                "mixed Swedish-English signup"))

    m.append(tg("aq159", "2027-01-05T07:15", "Elin N", 218374659,
                "Anmäl Elin Norberg, Malung-Sälen, alla gånger. glutenfri. elin.norberg@malung-salen.se",
                X("register", [P("Elin Norberg", "elin.norberg@malung-salen.se", "Malung-Sälens kommun",
                                 diet="glutenfri")], ALL, diet="glutenfri"),
                "terse note-style self signup with diet"))

    m.append(tg("aq160", "2027-04-06T21:03", "Viktor Håkansson", 690281734,
                "hej, kommer tyvärr inte kunna delta i dalalab alls, har fått nytt jobb i Uppsala. stryk mig 🙁",
                X("cancel", [P("Viktor Håkansson", None, None)], ALL),
                "whole cancellation; name from the sender, no organisation given"))

    m.append(tg("aq161", "2027-02-11T11:51", "Annika Rask", 1057392846,
                "Anmälan: Annika Rask, Säters kommun. Datum: 2027-05-03, 2027-11-29",
                X("register", [P("Annika Rask", None, "Säters kommun")], [S1, S3]),
                "ISO dates, form-like"))

    m.append(tg("aq162", "2027-03-05T16:22", "sofia a", 487209361,
                "anmäl mig till den 29:e, sofia ahlström rättviks kommun",
                X("register", [P("Sofia Ahlström", None, "Rättviks kommun")], [S3]),
                "'den 29:e' without month: only 29 November has a session on the 29th"))

    m.append(tg("aq163", "2027-03-25T08:09", "Lasse O", 3029187465,
                "jag (Lars Olsson) skulle på 21/9 och 29/11 men har fått förhinder, Birgitta Holm går i mitt ställe. "
                "vi är båda på Orsa kommun. birgitta.holm@orsa.se",
                X("change", [P("Lars Olsson", None, "Orsa kommun"),
                             P("Birgitta Holm", "birgitta.holm@orsa.se", "Orsa kommun")], [S2, S3]),
                "writer hands his two sessions to a substitute"))

    m.append(tg("aq164", "2027-04-08T13:45", "Gunilla Strömberg", 815293047,
                "Hej det här är Gunilla Strömberg från Avesta kommun jag måste tyvärr avboka träffen den "
                "tjugoförsta september för då är jag på semester",
                X("cancel", [P("Gunilla Strömberg", None, "Avesta kommun")], [S2]),
                "voice dictation, date as words"))

    m.append(tg("aq165", "2027-02-06T10:10", "Liam", 990817263,
                "Is the Feb session online or in Falun? thinking of signing up for that one",
                X("question"),
                "English question that mentions signing up but asks first"))

    m.append(tg("aq166", "2027-01-30T19:37", "Pia Granlund", 2210938475,
                "Hejsan! Jag o min kollega Mats Eriksson vill anmäla oss, Borlänge kommun. 3 maj o 21 sept. "
                "Mats är vegetarian",
                X("register", [P("Pia Granlund", None, "Borlänge kommun"),
                               P("Mats Eriksson", None, "Borlänge kommun", diet="vegetarian")],
                  [S1, S2], diet="vegetarian"),
                "self plus colleague, diet belongs to the colleague"))

    # ---------------------------------------------------------------- e-mail
    m.append(mail("aq167", "2027-01-11T07:58", ("Malin Holm", "malin.holm@hedemora.se"),
                  "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                  "Jag och Per Ekström kommer på alla. /Malin\n\nSkickat från min iPhone\n\n"
                  "> 7 dec. 2026 kl. 09:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n>\n" + INVITE_GT,
                  X("register", [P("Malin Holm", "malin.holm@hedemora.se", "Hedemora kommun"),
                                 P("Per Ekström", None, "Hedemora kommun")], ALL),
                  "one-liner above a quoted invitation listing all four dates; colleague without address"))

    m.append(mail("aq168", "2027-02-15T12:20", ("Per Wallin", "per.wallin@leksand.se"),
                  "Re: Inbjudan: DalaLab",
                  "<html><body><div dir=\"auto\">Vi blir tre fr&aring;n Leksand: jag, Kristina Bergman och "
                  "Ahmed Yusuf. Kommer till alla tr&auml;ffar &#128578;</div>"
                  "<div dir=\"auto\"><br></div><div dir=\"auto\">/Per</div>"
                  "<div><br><div class=\"gmail_quote\">Den m&aring;n 7 dec. 2026 09:12 skrev Linnea Hassis:"
                  "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                  "Hej!<br>Region Dalarna bjuder in till l&auml;rprojektet DalaLab.<br><br>"
                  "Tr&auml;ffar:<br>3 maj 2027, Falun<br>21 september 2027<br>29 november 2027<br>"
                  "22 februari 2028<br><br>Upp till tre personer per kommun. Anm&auml;l senast 14 april 2027."
                  "</blockquote></div></div></body></html>",
                  X("register", [P("Per Wallin", "per.wallin@leksand.se", "Leksands kommun"),
                                 P("Kristina Bergman", None, "Leksands kommun"),
                                 P("Ahmed Yusuf", None, "Leksands kommun")], ALL),
                  "HTML-only phone reply: writer plus two colleagues, quoted dates are not the request",
                  html=True))

    m.append(mail("aq169", "2027-02-22T17:04", ("Göran Mattsson", "goran.mattsson@rattvik.se"),
                  "VB: Inbjudan: DalaLab",
                  "Hej Linnea,\nanmäl Jenny Sjödin (jenny.sjodin@rattvik.se) till 3/5 och 21/9 tack. "
                  "Jag själv hinner inte i år.\n\nGöran Mattsson\nSamhällsbyggnadschef\nRättviks kommun\n"
                  "Box 75, 795 21 Rättvik\nTel 0248-70 000 · Mobil 070-312 45 67\n\n"
                  "Skickat från min Galaxy\n\n\n-------- Originalmeddelande --------\n"
                  + INVITE_OUTLOOK.split("________________________________\n", 1)[1]
                  .replace("–", "-").replace("•", "*"),
                  X("register", [P("Jenny Sjödin", "jenny.sjodin@rattvik.se", "Rättviks kommun")], [S1, S2]),
                  "manager forwards the invitation and signs up a colleague only; iso-8859-1",
                  charset="iso-8859-1"))

    m.append(mail("aq170", "2027-03-12T09:27", ("Planavdelningen Falu kommun", "plan@falun.se"),
                  "Anmälan DalaLab",
                  "Hej!\n\nVi anmäler Karl-Johan Eriksson till träff 1 och 4.\n\n"
                  "Hälsningar\nSofie, för Planavdelningen\n\nFalu kommun | Samhällsbyggnadsförvaltningen\n"
                  "Stadshuset, Stigaregatan 1, 791 83 Falun\nVäxel 023-830 00 · plan@falun.se\n"
                  "www.falun.se\n\nSkickat från Outlook för iOS",
                  X("register", [P("Karl-Johan Eriksson", None, "Falu kommun")], [S1, S4]),
                  "shared function mailbox writes for one person; sessions by number"))

    m.append(mail("aq171", "2027-03-19T07:12", ("Eva Lundgren", "eva.lundgren@gagnef.se"),
                  "Sv: DalaLab",
                  "Hej Linnea! Kan inte komma 29/11 längre men de andra står kvar. Mvh Eva\n\n"
                  "Hämta Outlook för iOS\n\n" + INVITE_OUTLOOK,
                  X("cancel", [P("Eva Lundgren", "eva.lundgren@gagnef.se", "Gagnefs kommun")], [S3]),
                  "one-session cancellation above a quoted invitation"))

    m.append(mail("aq172", "2027-01-19T13:55", ("Henrik Johansson", "henrik.johansson@ludvika.se"),
                  "Sv: Anmälan DalaLab",
                  "glömde: jag är laktosintolerant. /Henrik\n\nSkickat från min iPhone\n\n"
                  "> 19 jan. 2027 kl. 13:40 skrev Henrik Johansson <henrik.johansson@ludvika.se>:\n>\n"
                  "> Hej! Jag anmäler mig till 3 maj och 22 februari.\n> Henrik Johansson\n"
                  "> Strategisk planerare, Ludvika kommun\n> 0240-860 00\n",
                  X("change", [P("Henrik Johansson", "henrik.johansson@ludvika.se", "Ludvika kommun",
                                 diet="laktosintolerant")], [], diet="laktosintolerant"),
                  "diet follow-up quoting the writer's own earlier signup; the quoted dates are not restated"))

    m.append(mail("aq173", "2027-03-08T20:44", ("Rebecca Moore", "rebecca.moore@borlange.se"),
                  "DalaLab signup",
                  "Hi Linnea,\n\nsigning up myself and a colleague from the county board: me (Borlänge kommun) "
                  "and Daniel Ståhl (Länsstyrelsen, daniel.stahl@lansstyrelsen.se). We'd like the September "
                  "and November sessions.\n\nCheers,\nRebecca\n\nSent from my iPhone",
                  X("register", [P("Rebecca Moore", "rebecca.moore@borlange.se", "Borlänge kommun"),
                                 P("Daniel Ståhl", "daniel.stahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
                    [S2, S3]),
                  "English, two organisations in one mail, months only"))

    m.append(mail("aq174", "2027-01-04T15:31", ("Åsa Hed", "asa.hed@mora.se"),
                  "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                  "Hej! Räcker det att jag svarar på det här mejlet för att vara anmäld eller finns det ett "
                  "formulär nånstans?\n\nSkickat från mobilen\n\n"
                  "> 7 dec. 2026 kl. 09:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n>\n" + INVITE_GT,
                  X("question"),
                  "reply to the invitation asking how to sign up; not yet a signup"))

    m.append(mail("aq175", "2027-03-02T11:06", ("James Holloway", "james.holloway@gmail.com"),
                  "data",
                  "Hello, please delete my personal data from your registration list.\n"
                  "James Holloway\n\nSent from my phone",
                  X("erasure", [P("James Holloway", "james.holloway@gmail.com", None)]),
                  "English erasure request from gmail, no organisation"))

    m.append(mail("aq176", "2027-02-27T04:17",
                  ("Region Dalarna Eventservice", "noreply@regiondalarna-event.com"),
                  "Åtgärd krävs: bekräfta din anmälan till DalaLab",
                  "Hej,\n\nDin anmälan till DalaLab (3 maj 2027) är inte slutförd. Logga in med ditt "
                  "e-postkonto och lösenord inom 48 timmar för att behålla din plats:\n\n"
                  "https://regiondalarna-event.com/login?ref=dalalab\n\nOm du inte bekräftar tilldelas "
                  "platsen någon annan.\n\nVänliga hälsningar\nEventservice",
                  X("unknown"),
                  "credential phishing dressed as a registration confirmation"))

    m.append(mail("aq177", "2027-03-20T08:00", ("Lars-Erik Vik", "lars-erik.vik@borlange.se"),
                  "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
                  "Tack för ditt mejl. Jag är föräldraledig t.o.m. 31 mars och läser inte e-post. "
                  "Vid brådskande ärenden kontakta plan@borlange.se.\n\n"
                  "I'm on parental leave until 31 March.\n\nLars-Erik Vik\nBorlänge kommun",
                  X("auto_reply"),
                  "bilingual out-of-office answering the reminder"))

    m.append(mail("aq178", "2027-02-08T10:41", ("Mail Delivery Subsystem", "mailer-daemon@regiondalarna.se"),
                  "Undeliverable: Bekräftelse: din anmälan till DalaLab",
                  "Delivery has failed to these recipients or groups:\n\n"
                  "tomas.fredriksen@gagnef.se\nThe e-mail address you entered couldn't be found.\n\n"
                  "Diagnostic information for administrators:\nRemote server returned "
                  "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
                  "------ Original message ------\nHej Tomas!\nDu är anmäld till DalaLab: 3 maj 2027, "
                  "21 september 2027, 29 november 2027 och 22 februari 2028.\nHälsningar Linnea\n",
                  X("auto_reply"),
                  "bounce of a confirmation that quotes all four dates"))

    m.append(mail("aq179", "2027-03-16T06:30", ("Boverket", "nyhetsbrev@boverket.se"),
                  "Nyhetsbrev: Översiktsplanering i praktiken – mars 2027",
                  "Nyheter från Boverket\n\n• Ny vägledning om planeringsstrategier i PBL Kunskapsbanken\n"
                  "• Anmäl dig till vårt webbinarium om ÖP-modellen den 3 maj\n"
                  "• Medverkan i DalaLab tillsammans med Region Dalarna\n\n"
                  "Du får detta mejl eftersom du prenumererar på Boverkets nyhetsbrev. Avsluta prenumeration: "
                  "https://www.boverket.se/nyhetsbrev",
                  X("unknown"),
                  "newsletter mentioning DalaLab and a signup on 3 May; never answered"))

    m.append(mail("aq180", "2027-01-24T22:19", ("Birgitta Lindh", "birgitta.lindh54@telia.com"),
                  "bilder",
                  "Hej Mats! Här kommer bilderna från i lördags, hoppas du har det bra i Göteborg 😊 "
                  "Kram mamma\n\nSkickat från min iPad",
                  X("unknown"),
                  "private mail sent to the wrong address"))

    return m
