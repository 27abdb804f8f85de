"""Theme "phone": Telegram messages and short mobile e-mails (batch 40).

Lower case, emoji, typos, voice dictation, nicknames, one-liners above quoted invitations, follow-ups,
English and mixed Swedish-English, dates written every way, short questions and cancellations.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 30 november 2026 14:12
> Ämne: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft
>
> Hej!
> Region Dalarna bjuder in kommunala och regionala planerare till lärprojektet
> DalaLab - Planering för hållbarhet och utvecklingskraft.
>
> Träffar:
> 3 maj 2027, kl 10-15 (fika från 09.30), Falun - Hållbar utveckling i ett
>   rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> 21 september 2027 - Utvecklingsinriktning i ÖP-modellen
> 29 november 2027 - Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 - Planera för tillgänglighet
>
> Varje kommun kan delta med upp till tre personer. Sista anmälningsdag 14 april 2027.
> Anmälan till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.
>
> Välkomna!
> Linnea Hassis, Region Dalarna
"""


def messages():
    m = []

    # ---------------------------------------------------------------- signups (18)
    m.append(tg("ap136", "2026-12-02T07:41", "Jenny Markström", 5102938476,
                "hej! vill anmäla mig till dalalab, alla fyra träffarna 🙂\n"
                "Jenny Markström, översiktsplanerare i Orsa. jenny.markstrom@orsa.se",
                X("register", [P("Jenny Markström", "jenny.markstrom@orsa.se", "Orsa kommun")], ALL),
                "short Telegram signup, all four, address in text"))

    m.append(tg("ap137", "2026-12-03T16:58", "Olof Bergkvist", 734501928,
                "Hej det här är Olof Bergkvist på samhällsbyggnad i Ludvika kommun jag vill anmäla mig till "
                "träffarna den tredje maj och den tjugoförsta september punkt tack",
                X("register", [P("Olof Bergkvist", None, "Ludvika kommun")], [S1, S2]),
                "voice dictation, dates spelled out as words, 'punkt' dictated"))

    m.append(mail("ap138", "2026-12-04T06:12", ("Erik Sandgren", "erik.sandgren@hedemora.se"),
                  "DalaLab",
                  "Anmäl mig till 3/5 och 29/11.\n\nErik\n\nSkickat från min iPhone",
                  X("register", [P("Erik Sandgren", "erik.sandgren@hedemora.se", "Hedemora kommun")], [S1, S3]),
                  "two-line mobile mail, dates as d/m, person from From"))

    m.append(tg("ap139", "2026-12-05T12:30", "Sara Lindqvist", 6620018347,
                "anmäler mig + kollega amir hosseini (amir.hosseini@borlange.se) till alla. mvh sara lindqvist borlänge",
                X("register", [P("Sara Lindqvist", None, "Borlänge kommun"),
                               P("Amir Hosseini", "amir.hosseini@borlange.se", "Borlänge kommun")], ALL),
                "lower-case self plus colleague with address, '+' for 'och'"))

    m.append(mail("ap140", "2026-12-07T21:04", ("Maria Ekholm", "maria.ekholm@leksand.se"),
                  "SV: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft",
                  "Jag kommer på alla utom den i februari! /Maria\n\nSkickat från Outlook för iOS\n" + INVITATION,
                  X("register", [P("Maria Ekholm", "maria.ekholm@leksand.se", "Leksands kommun")], [S1, S2, S3]),
                  "one-liner above quoted invitation listing all dates; 'alla utom den i februari'"))

    m.append(tg("ap141", "2026-12-09T09:15", "Tomas Nyberg", 881234509,
                "Hi, I'd like to sign up for the DalaLab sessions on 21.9 and 29.11. "
                "Tomas Nyberg, Region Dalarna. vegetarian please 🥗",
                X("register", [P("Tomas Nyberg", None, "Region Dalarna", diet="vegetarian")], [S2, S3],
                  diet="vegetarian"),
                "English Telegram, dates as d.m, diet in English"))

    m.append(tg("ap142", "2026-12-10T14:47", "Karin Åberg", 1029384756,
                "hej, jag kan inte själv men vill anmäla två från oss: Lisa Holm och Ahmed Yusuf, "
                "båda på planenheten i Säter. alla tillfällen",
                X("register", [P("Lisa Holm", None, "Säters kommun"), P("Ahmed Yusuf", None, "Säters kommun")], ALL),
                "writer not attending, two colleagues without addresses"))

    m.append(mail("ap143", "2026-12-12T08:03", ("Hanna Persson", "hanna.persson@falun.se"),
                  "Anmälan DalaLab",
                  "<html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body dir=\"auto\">"
                  "<div>Hej Linnea!</div><div><br></div>"
                  "<div>Jag vill gärna vara med på första träffen i Falun 🙂 Glutenfri kost tack.</div>"
                  "<div><br></div><div>Hälsningar Hanna</div>"
                  "<div><br><div dir=\"ltr\">Skickat från min iPhone</div></div></body></html>",
                  X("register", [P("Hanna Persson", "hanna.persson@falun.se", "Falu kommun", diet="glutenfri")], [S1],
                    diet="glutenfri"),
                  "HTML-only phone mail, 'första träffen', diet", html=True))

    m.append(tg("ap144", "2026-12-14T19:20", "Gustav Nilsson", 455667788,
                "Anmälan: Nilsson, Gustav – Mora kommun – 22/2 -28",
                X("register", [P("Gustav Nilsson", None, "Mora kommun")], [S4]),
                "'Efternamn, Förnamn', date '22/2 -28'"))

    m.append(tg("ap145", "2027-01-08T11:02", "Elin Sjöberg", 3344556677,
                "hej! kan ni signa upp mig för höstens träffar? /Elin Sjöberg, Rättvik kommun 🍂",
                X("register", [P("Elin Sjöberg", None, "Rättviks kommun")], [S2, S3]),
                "Swenglish 'signa upp', 'höstens träffar' (plural) = Sept + Nov, org written 'Rättvik kommun'"))

    m.append(tg("ap146", "2027-01-11T22:36", "Fredrik Olsson", 990011223,
                "anmäla mej till dalalabb alla datum. fredrik olsson vansbro komun",
                X("register", [P("Fredrik Olsson", None, "Vansbro kommun")], ALL),
                "typos ('dalalabb', 'komun'), lower-case name"))

    m.append(mail("ap147", "2027-01-13T10:25", ("Plan Gagnef", "plan@gagnef.se"),
                  "Anmälan till DalaLab",
                  "Hej,\n\nVi anmäler Johanna Lind (johanna.lind@gagnef.se) till samtliga träffar i DalaLab.\n\n"
                  "Hälsningar\nPlanavdelningen\nGagnefs kommun\nKyrkbacksvägen 1, 785 22 Gagnef\n"
                  "Tel växel 0241-150 00\nwww.gagnef.se",
                  X("register", [P("Johanna Lind", "johanna.lind@gagnef.se", "Gagnefs kommun")], ALL),
                  "shared function mailbox writes for one person; mailbox is not a participant"))

    m.append(tg("ap148", "2027-01-19T13:13", "Sofia Dahlberg", 2211334455,
                "Hej! Jag vill anmäla mig till träffen om tillgänglighet och den om osäkerheter. "
                "Mvh Sofia Dahlberg, Länsstyrelsen",
                X("register", [P("Sofia Dahlberg", None, "Länsstyrelsen Dalarna")], [S3, S4]),
                "sessions named by their theme titles"))

    m.append(mail("ap149", "2027-01-25T07:55", ("Kask Anneli", "anneli.kask@avesta.se"),
                  "VB: Inbjudan DalaLab",
                  "Linnea - vidarebefordrar din inbjudan. Peter och jag vill vara med 3 maj och 21 sept.\n"
                  "Peter Strand: peter.strand@avesta.se\n\n"
                  "//Anneli Kask\nSamhällsbyggnadschef\nAvesta kommun\nTel 0226-64 50 00\nMob 070-312 44 18\n\n"
                  "Skickat från min iPhone\n\n"
                  "Början på vidarebefordrat brev:\n\n"
                  "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
                  "Datum: 30 november 2026 14:12:03 CET\n"
                  "Ämne: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft\n\n"
                  "Hej!\nRegion Dalarna bjuder in till lärprojektet DalaLab.\n"
                  "Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027, 22 februari 2028.\n"
                  "Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.\n",
                  X("register", [P("Anneli Kask", "anneli.kask@avesta.se", "Avesta kommun"),
                                 P("Peter Strand", "peter.strand@avesta.se", "Avesta kommun")], [S1, S2]),
                  "forwarded invitation below; From written 'Kask Anneli'; self plus colleague, two sessions"))

    m.append(mail("ap150", "2027-04-09T23:48", ("Malin Rask", "malin.rask@smedjebacken.se"),
                  "Anmälan (hoppas inte för sent!)",
                  "Hej! Hoppas det inte är för sent. Vill anmäla mig till den 29:e november.\n\n"
                  "Malin Rask\nSmedjebackens kommun\n\nSkickat från min Galaxy",
                  X("register", [P("Malin Rask", "malin.rask@smedjebacken.se", "Smedjebackens kommun")], [S3]),
                  "late-night signup before deadline, 'den 29:e november'"))

    m.append(tg("ap151", "2027-02-02T15:40", "Jonas Ek", 612398745,
                "Hej! Anmäler mig själv (Jonas Ek, Malung-Sälen) och min kollega från Älvdalen, Petra Nord, "
                "till alla fyra. Petra behöver vegetarisk mat.",
                X("register", [P("Jonas Ek", None, "Malung-Sälens kommun"),
                               P("Petra Nord", None, "Älvdalens kommun", diet="vegetarisk")], ALL,
                  diet="vegetarisk"),
                "two organisations in one message, diet belongs to the colleague"))

    m.append(mail("ap152", "2027-02-08T12:17", ("Göran Åström", "goran.astrom@sater.se"),
                  "DalaLab anmälan",
                  "Hej, anmäler mig till DalaLab 21/9, 29/11 och 22/2. Laktosfri kost.\n\n"
                  "Mvh\nGöran Åström\nFysisk planerare\nSäters kommun\nBox 300, 783 27 Säter\n"
                  "Tel 0225-550 00, mobil 073-811 20 45\n",
                  X("register", [P("Göran Åström", "goran.astrom@sater.se", "Säters kommun", diet="laktosfri")],
                    [S2, S3, S4], diet="laktosfri"),
                  "iso-8859-1 mail, three sessions as d/m, signature with numbers", charset="iso-8859-1"))

    m.append(tg("ap153", "2027-02-15T08:09", "Kicki L", 1357924680,
                "hej linnea! kristina lundgren här (kicki), falu kommun. anmäl mig till alla dalalab-träffar. "
                "kristina.lundgren@falun.se 👍",
                X("register", [P("Kristina Lundgren", "kristina.lundgren@falun.se", "Falu kommun")], ALL),
                "nickname as Telegram name, full name in lower case in text"))

    # ---------------------------------------------------------------- changes (7)
    m.append(tg("ap154", "2026-12-02T08:05", "Jenny M", 5102938476,
                "glömde säga att jag är vegan 🌱 / Jenny Markström Orsa",
                X("change", [P("Jenny Markström", None, "Orsa kommun", diet="vegan")], [], diet="vegan"),
                "follow-up diet update, no sessions"))

    m.append(tg("ap155", "2027-01-21T17:30", "Ida Larsson", 246813579,
                "kan jag byta 3/5 mot 21/9? blev krock med ett samråd. Ida Larsson, Mora",
                X("change", [P("Ida Larsson", None, "Mora kommun")], [S2]),
                "bare swap of sessions → only the new one"))

    m.append(mail("ap156", "2027-02-11T06:48", ("Lars Öberg", "lars.oberg@hedemora.se"),
                  "DalaLab i höst",
                  "Hej, jag kan inte gå på höstens träffar. Min kollega Emma Wiklund (emma.wiklund@hedemora.se) "
                  "går i stället den 21 sept och 29 nov.\n\n/Lars, skickat från mobilen",
                  X("change", [P("Lars Öberg", "lars.oberg@hedemora.se", "Hedemora kommun"),
                               P("Emma Wiklund", "emma.wiklund@hedemora.se", "Hedemora kommun")], [S2, S3]),
                  "substitution: colleague takes the writer's autumn places"))

    m.append(tg("ap157", "2027-02-19T10:10", "Rebecka Holmgren", 778899001,
                "hej igen! är anmäld till 3 maj, kan ni lägga till 22 februari också? / Rebecka Holmgren, Region Dalarna",
                X("change", [P("Rebecka Holmgren", None, "Region Dalarna")], [S1, S4]),
                "add a session; sessions after the change"))

    m.append(tg("ap158", "2027-02-24T20:02", "Nils Hagberg", 3141592653,
                "ny mejladress: nils.hagberg@rattvik.se (gamla var nils.hagberg@gmail.com) /Nils Hagberg, Rättvik",
                X("change", [P("Nils Hagberg", "nils.hagberg@rattvik.se", "Rättviks kommun")], []),
                "address update; the new address is the person's"))

    m.append(tg("ap159", "2027-03-03T14:22", "Daniel Park", 1122334455,
                "Hi! Could I swap the November session for the February one? Thanks, Daniel Park, Borlänge kommun",
                X("change", [P("Daniel Park", None, "Borlänge kommun")], [S4]),
                "English bare swap, sessions named by month"))

    m.append(mail("ap160", "2027-03-08T18:31", ("Anna Grahn", "anna.grahn@ludvika.se"),
                  "Re: Bekräftelse: DalaLab",
                  "Hej! En ändring: jag behöver glutenfri kost på fika och lunch. /Anna\n\n"
                  "Skickat från min iPhone\n\n"
                  "> 12 jan. 2027 kl. 09:14 skrev Anmälan DalaLab <linnea.hassis@regiondalarna.se>:\n"
                  ">\n> Hej Anna Grahn!\n> Du är anmäld till DalaLab:\n> - 3 maj 2027, Falun\n"
                  "> - 21 september 2027\n> Svara på detta mejl om något ska ändras.\n",
                  X("change", [P("Anna Grahn", "anna.grahn@ludvika.se", "Ludvika kommun", diet="glutenfri")], [],
                    diet="glutenfri"),
                  "diet update above quoted confirmation; quoted sessions are not the request"))

    # ---------------------------------------------------------------- cancellations (5)
    m.append(tg("ap161", "2027-03-12T07:20", "Erik Sandgren", 908172635,
                "hej, måste tyvärr avanmäla mig från dalalab helt 😞 fått nytt jobb. /Erik Sandgren Hedemora",
                X("cancel", [P("Erik Sandgren", None, "Hedemora kommun")], ALL),
                "whole cancellation on Telegram"))

    m.append(tg("ap162", "2027-03-15T12:44", "Hanna Persson", 564738291,
                "kan inte komma 21/9, har en operation då. resten står kvar! /Hanna, Falun",
                X("cancel", [P("Hanna Persson", None, "Falu kommun")], [S2]),
                "cancel one session; name from sender, signed by first name"))

    m.append(mail("ap163", "2027-03-18T09:37", ("Sara Lindqvist", "sara.lindqvist@borlange.se"),
                  "Ang. DalaLab",
                  "Hej, Amir Hosseini kommer inte kunna delta på DalaLab, han har slutat hos oss. "
                  "Jag står kvar som anmäld.\n\nSara Lindqvist\nPlanarkitekt, Borlänge kommun\n"
                  "0243-740 00\n\nSkickat från min iPhone",
                  X("cancel", [P("Amir Hosseini", None, "Borlänge kommun")], ALL),
                  "cancel one of several people; writer stays and is not in people"))

    m.append(tg("ap164", "2027-03-22T16:05", "Gustav Nilsson", 455667788,
                "hej Linnea det är Gustav Nilsson från Mora jag kommer tyvärr inte kunna komma på den sista "
                "träffen i februari så stryk mig från den tack",
                X("cancel", [P("Gustav Nilsson", None, "Mora kommun")], [S4]),
                "voice dictation, 'den sista träffen i februari'"))

    m.append(tg("ap165", "2027-03-29T21:11", "Tomas Nyberg", 881234509,
                "sorry, need to cancel for the first meeting in Falun (May 3). still coming to the rest. "
                "– Tomas Nyberg, Region Dalarna",
                X("cancel", [P("Tomas Nyberg", None, "Region Dalarna")], [S1]),
                "English single-session cancellation"))

    # ---------------------------------------------------------------- questions (5)
    m.append(tg("ap166", "2026-12-16T13:50", "Mikael Forsberg", 2468013579,
                "funderar på att anmäla mig till dalalab men vet inte om jag hinner alla fyra, måste man gå på alla?",
                X("question"),
                "looks like a signup but only asks whether all sessions are required"))

    m.append(tg("ap167", "2027-01-27T10:33", "Anneli Kask", 1928374650,
                "får vi vara fyra från Avesta? 😬",
                X("question"),
                "quota question, names nobody"))

    m.append(tg("ap168", "2027-02-04T07:02", "Sven-Erik Mattsson", 1593574862,
                "blir det lunch 3/5? och var i falun är det?",
                X("question"),
                "short question mentioning a date"))

    m.append(tg("ap169", "2027-02-28T19:45", "Linda Eriksson", 1472583690,
                "hi! is there a remote option for the sept session? I'm in Älvdalen, long drive 🚗",
                X("question"),
                "English question naming a session and a municipality"))

    m.append(tg("ap170", "2027-03-25T11:18", "Patrik Holm", 369258147,
                "när är sista dagen att anmäla sig?",
                X("question"),
                "deadline question"))

    # ---------------------------------------------------------------- automatic mail (4)
    m.append(mail("ap171", "2026-12-22T15:00", ("Karl Wennberg", "karl.wennberg@mora.se"),
                  "Frånvarande: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft",
                  "Tack för ditt mejl. Jag är ledig t.o.m. 2 januari och läser inte min e-post.\n"
                  "Brådskande ärenden: kontakta växeln 0250-260 00.\n\n"
                  "Thank you for your e-mail. I am on leave until January 2.\n\nKarl Wennberg\nMora kommun",
                  X("auto_reply"),
                  "bilingual out-of-office reply to the invitation"))

    m.append(mail("ap172", "2027-01-14T09:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
                  "Undeliverable: Bekräftelse: DalaLab",
                  "Delivery has failed to these recipients or groups:\n\n"
                  "johan.bergman@ludvika.se\n"
                  "The e-mail address you entered couldn't be found. Please check the recipient's e-mail "
                  "address and try to resend the message.\n\n"
                  "Diagnostic information for administrators:\n"
                  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
                  "Original message headers:\nSubject: Bekräftelse: DalaLab\n"
                  "Du är anmäld till 3 maj 2027 och 21 september 2027.\n",
                  X("auto_reply"),
                  "bounce of a confirmation, quotes sessions and an address"))

    m.append(mail("ap173", "2027-03-01T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
                  "Nyhetsbrev: Översiktsplanering mars 2027",
                  "Nyheter om översiktsplanering\n\n"
                  "* Ny vägledning om planeringsstrategier\n"
                  "* Anmäl dig till vårt webbinarium 3 maj om ÖP-modellen\n"
                  "* Seminarium om tillgänglighet 22 februari 2028\n\n"
                  "Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyheter.\n"
                  "Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta\n",
                  X("auto_reply"),
                  "newsletter with 'anmäl dig' and session-like dates"))

    m.append(mail("ap174", "2027-03-20T20:14", ("Viktor Hallin via dalaplan", "dalaplan@lists.regiondalarna.se"),
                  "[dalaplan] Samåkning till DalaLab 3 maj?",
                  "Hej alla, någon som kör från Mora till Falun 3 maj? Jag har två platser lediga i bilen.\n"
                  "/Viktor\n\n"
                  "--\nDu får det här meddelandet eftersom du prenumererar på e-postlistan dalaplan.\n"
                  "Avsluta: dalaplan-unsubscribe@lists.regiondalarna.se\n",
                  X("auto_reply"),
                  "mailing-list mail about the first session"))

    # ---------------------------------------------------------------- erasure (2)
    m.append(tg("ap175", "2027-03-05T22:50", "Therese Moberg", 8642097531,
                "hej, kan ni radera mina uppgifter ur anmälningssystemet? vill inte finnas kvar. /Therese Moberg",
                X("erasure", [P("Therese Moberg", None, None)]),
                "Telegram erasure request, no organisation given"))

    m.append(mail("ap176", "2027-04-02T13:26", ("David Roos", "david.roos@lansstyrelsen.se"),
                  "GDPR request",
                  "Hi,\n\nUnder GDPR art. 17 I request that you delete all personal data you hold about me "
                  "in connection with DalaLab.\n\nBest regards\nDavid Roos\nLänsstyrelsen Dalarna\n\n"
                  "Sent from my phone",
                  X("erasure", [P("David Roos", "david.roos@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
                  "English GDPR erasure from phone"))

    # ---------------------------------------------------------------- spam / phishing (2)
    m.append(mail("ap177", "2027-02-17T03:41", ("Region Dalarna Event", "noreply@regiondalarna-events.com"),
                  "Bekräfta din DalaLab-registrering inom 24 timmar",
                  "Hej!\n\nDin plats på DalaLab 3 maj 2027 är reserverad men inte bekräftad.\n"
                  "Logga in med ditt Microsoft 365-konto för att behålla platsen:\n"
                  "http://regiondalarna-events.com/confirm?id=88213\n\n"
                  "Om du inte bekräftar inom 24 timmar går platsen till nästa person.\n",
                  X("unknown"),
                  "phishing dressed as a registration confirmation, look-alike domain"))

    m.append(tg("ap178", "2027-03-09T02:15", "💰 Krypto Kungen", 7000012345,
                "🔥 Anmäl dig nu! Registrering öppen 🔥 Tjäna 5000 kr/dag på krypto — DM @cryptoking_se 💰💰",
                X("unknown"),
                "Telegram spam using 'anmäl dig'"))

    # ---------------------------------------------------------------- odd (2)
    m.append(tg("ap179", "2027-01-15T18:40", "Elin Sjöberg", 3344556677,
                "tack för bekräftelsen! 🙏 ses i höst",
                X("unknown"),
                "thank-you with nothing to act on"))

    m.append(mail("ap180", "2027-04-06T16:52", ("Birgitta Sund", "birgitta.sund@vansbro.se"),
                  "Protokoll",
                  "Hej Mats!\n\nBifogar protokollet från byggnadsnämnden i går. Kolla § 14.\n\n/Birgitta\n\n"
                  "Skickat från min iPhone",
                  X("unknown"),
                  "mail sent to the wrong address, nothing about the event"))

    return m
