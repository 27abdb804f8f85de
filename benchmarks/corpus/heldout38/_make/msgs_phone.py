"""Theme "phone": Telegram messages (about two thirds) and short mobile e-mails — lower case, emoji, typos,
voice dictation, nicknames, one-liners above quoted invitations, follow-ups, English and mixed, dates written
every way, short questions, cancellations. Writer batch 39, ids ao136–ao180."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 24 november 2026 09:12
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
> Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
> DalaLab. Vi ses vid fyra tillfällen:
>
> 1. 3 maj 2027, kl 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett
>    rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> 2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 4. 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Anmäl dig senast 14 april 2027 till
> linnea.hassis@regiondalarna.se och ange eventuell specialkost.
>
> Välkomna!
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- Telegram
        tg("ao136", "2026-12-02T07:41", "Jonna", 5512093384,
           "hej! vill anmäla mig till dalalab 🙌 alla fyra gångerna\n/Jonna Svedberg, planerare orsa kommun",
           X("register", [P("Jonna Svedberg", None, "Orsa kommun")], ALL),
           "tg lower case, 'alla fyra gångerna' = all sessions, org from signature"),
        tg("ao137", "2026-12-04T12:18", "PO Backlund", 734401928,
           "Hej Linnea, Per-Olof Backlund här från Smedjebacken. Anmäler mig till 3/5 och 21/9, resten vet jag inte än",
           X("register", [P("Per-Olof Backlund", None, "Smedjebackens kommun")], [S1, S2]),
           "tg numeric day/month dates 3/5 and 21/9; 'resten vet jag inte än' adds nothing"),
        tg("ao138", "2026-12-03T21:05", "Jonna Svedberg", 5512093384,
           "glömde säga att jag är vegan 🌱 (anmälde mig igår)",
           X("change", [P("Jonna Svedberg", None, None, diet="vegan")], [], diet="vegan"),
           "tg follow-up diet only -> change with no sessions; no org in this message"),
        tg("ao139", "2026-12-07T08:02", "Mikael Granström", 6620198475,
           "hej det här är mikael granström på ludvika kommun jag vill anmäla mig till dala lab första träffen den "
           "tredje maj och även den tjugoförsta september punkt jag äter vegetariskt punkt tack",
           X("register", [P("Mikael Granström", None, "Ludvika kommun", diet="vegetarisk")], [S1, S2],
             diet="vegetarisk"),
           "tg voice dictation: spelled-out dates, 'punkt', 'dala lab'"),
        tg("ao140", "2026-12-09T16:47", "Sofia L", 1093847562,
           "Hi! This is Sofia Lindqvist from Region Dalarna's planning unit 👋 Can you sign me up for all the "
           "DalaLab sessions except the Feb one? I have a nut allergy btw",
           X("register", [P("Sofia Lindqvist", None, "Region Dalarna", diet="nut allergy")], [S1, S2, S3],
             diet="nut allergy"),
           "tg English, 'all except the Feb one' -> first three sessions, nut allergy"),
        tg("ao141", "2026-12-11T10:30", "Kicki", 882736451,
           "funderar på att anmäla mig 🤔 men kostar det nåt? och måste man gå på alla fyra?",
           X("question"),
           "tg question that looks like a signup ('funderar på att anmäla mig')"),
        tg("ao142", "2027-03-02T13:55", "Ebba Norling", 4471920365,
           "Hej! Måste tyvärr avanmäla mig från 29 nov, krockar med KF 😩\n/Ebba, Hedemora",
           X("cancel", [P("Ebba Norling", None, "Hedemora kommun")], [S3]),
           "tg cancel one session '29 nov'; full name from the Telegram account, org from 'Hedemora'"),
        tg("ao143", "2026-12-14T09:12", "Ulla-Britt", 3390218476,
           "hej, jag går inte själv men vill anmäla mina kollegor Kalle Nyström och Fatima Ali från stadsbyggnad "
           "i Borlänge, alla datum. kalle har mail karl.nystrom@borlange.se, fatima vet jag inte på rak arm",
           X("register", [P("Kalle Nyström", "karl.nystrom@borlange.se", "Borlänge kommun"),
                          P("Fatima Ali", None, "Borlänge kommun")], ALL),
           "tg writer signs up two colleagues only, one without address; writer not among people"),
        tg("ao144", "2027-01-08T19:22", "Hasse", 912830475,
           "blir det lunch den 3 maj? 🍽️",
           X("question"),
           "tg one-line question naming a session date"),
        tg("ao145", "2027-02-15T07:58", "Oskar Ek", 5019283746,
           "kan jag byta 21.9 mot 29.11? /Oskar Mora",
           X("change", [P("Oskar Ek", None, "Mora kommun")], [S3]),
           "tg bare swap with dotted dates -> only the new session"),
        tg("ao146", "2026-12-16T22:10", "anton", 6677120934,
           "anmäler mig o lisa berg (lisa.berg@leksand.se) till höstens träffar. jag heter anton sjöberg, leksands kommun",
           X("register", [P("Anton Sjöberg", None, "Leksands kommun"),
                          P("Lisa Berg", "lisa.berg@leksand.se", "Leksands kommun")], [S2, S3]),
           "tg lower-case names, self + colleague, 'höstens träffar' (plural) = Sept and Nov"),
        tg("ao147", "2027-03-20T11:40", "Malin Eriksson", 2093847561,
           "Hej. Jag vill att ni raderar alla mina uppgifter, jag har slutat på kommunen. Malin Eriksson",
           X("erasure", [P("Malin Eriksson", None, None)]),
           "tg erasure request; 'kommunen' names no municipality"),
        tg("ao148", "2027-01-19T03:14", "DalaLab Support ✅", 7001928374,
           "🎉 Congratulations! Your DalaLab registration is APPROVED. Claim your participant bonus of 500 SEK "
           "now 👉 http://dalalab-reg.top/claim?id=88123 💰 Offer expires in 24h!!",
           X("unknown"),
           "tg spam dressed as registration confirmation -> unknown"),
        tg("ao149", "2027-03-08T14:21", "Elin Forsberg", 830192746,
           "hej! Jag (Elin Forsberg) kan inte gå 3 maj, min kollega Hampus Dahl går istället. Vi är på Gagnefs "
           "kommun. hampus.dahl@gagnef.se",
           X("change", [P("Elin Forsberg", None, "Gagnefs kommun"),
                        P("Hampus Dahl", "hampus.dahl@gagnef.se", "Gagnefs kommun")], [S1]),
           "tg substitution for one session: both people, substitute's session"),
        tg("ao150", "2027-02-02T17:03", "Nils Håkansson", 1209384756,
           "är anmäld till första träffen, lägg till tillgänglighetsträffen också 👍 //Nils, Säter",
           X("change", [P("Nils Håkansson", None, "Säters kommun")], [S1, S4]),
           "tg add a session named by its theme ('tillgänglighet' = Feb 2028); sessions after change"),
        tg("ao151", "2027-01-12T10:05", "Mehmet Yilmaz", 4102938475,
           "hej! can I join the DalaLab sessions? Jag jobbar på Länsstyrelsen, översiktsplanering. "
           "Dates: 21 sept och 29 nov 🙏\n/Mehmet Yilmaz mehmet.yilmaz@lansstyrelsen.se",
           X("register", [P("Mehmet Yilmaz", "mehmet.yilmaz@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
           "tg mixed Swedish-English signup, 'can I join' is a request not a question"),
        tg("ao152", "2027-02-22T08:44", "Sigge", 6019283745,
           "får vi vara fyra från Rättvik? vi är ett helt planteam som vill 😅",
           X("question"),
           "tg quota question, no one named"),
        tg("ao153", "2027-03-11T12:09", "Jocke Lundh", 990128374,
           "hej linnea, Jocke här. Anmälde mig + Sara Holm + Viktor Ås från Avesta. Sara har fått nytt jobb, "
           "stryk henne. vi andra kommer som vanligt",
           X("cancel", [P("Sara Holm", None, "Avesta kommun")], ALL),
           "tg cancel one of three people; writer and Viktor unchanged"),
        tg("ao154", "2027-01-25T20:31", "Johanna P", 3382910475,
           "hej vill anmäla mig till dalalab , den 21 setember o 29 novmber. mvh johanna pettersson vansbro kommun. "
           "glutenfri",
           X("register", [P("Johanna Pettersson", None, "Vansbro kommun", diet="glutenfri")], [S2, S3],
             diet="glutenfri"),
           "tg typos in month names ('setember', 'novmber'), diet tacked on at the end"),
        tg("ao155", "2027-02-05T09:50", "Rasmus Lind", 7283910465,
           "Hej! Rasmus Lind, Falu kommun. Anmäl mig gärna till alla utom den i februari. Laktosfri kost tack",
           X("register", [P("Rasmus Lind", None, "Falu kommun", diet="laktosfri")], [S1, S2, S3], diet="laktosfri"),
           "tg 'alla utom den i februari' -> three sessions"),
        tg("ao156", "2027-02-06T10:12", "Rasmus Lind", 7283910465,
           "Tack för snabbt svar! 👍",
           X("unknown"),
           "tg thank-you with nothing to act on"),
        tg("ao157", "2027-03-15T15:37", "Anna Kask", 1928374650,
           "hej, byt min mejl till anna.kask@mora.se, den gamla slutar funka efter påsk. /Anna Kask",
           X("change", [P("Anna Kask", "anna.kask@mora.se", "Mora kommun")], []),
           "tg address update, no sessions; org from the new address domain"),
        tg("ao158", "2027-01-30T13:26", "Tove", 5566019283,
           "Anmäl mig till alla tillfällen 😊\nTove Lund, översiktsplanerare, Malung-Sälens kommun",
           X("register", [P("Tove Lund", None, "Malung-Sälens kommun")], ALL),
           "tg ordinary signup, all sessions"),
        tg("ao159", "2027-04-02T18:48", "Greger Mattsson", 1029384750,
           "avanmäler mig från dalalab helt. för mycket på jobbet just nu tyvärr. /Greger Älvdalen",
           X("cancel", [P("Greger Mattsson", None, "Älvdalens kommun")], ALL),
           "tg whole cancellation; place name in the signature gives the org"),
        tg("ao160", "2027-01-04T11:15", "Liam O'Connor", 8291037465,
           "hi, when is the registration deadline? and will the sessions be in english or swedish?",
           X("question"),
           "tg English question"),
        tg("ao161", "2027-02-18T07:19", "Ida Wallin", 6102938475,
           "Hej! Kan jag få komma på den 29:e november och 22/2? /Ida Wallin, Hedemora",
           X("register", [P("Ida Wallin", None, "Hedemora kommun")], [S3, S4]),
           "tg 'den 29:e november' and '22/2'; request phrased as a question"),
        tg("ao162", "2027-03-25T12:00", "Lovisa Ek", 7710293846,
           "hej, skulle vilja hänga med på höstens träff. Lovisa Ek, Borlänge",
           X("register", [P("Lovisa Ek", None, "Borlänge kommun")], [S2, S3], unsure=["sessions"]),
           "tg 'höstens träff' singular: two autumn sessions, unsure"),
        tg("ao163", "2027-03-29T09:33", "Orsa kommun Plan", 2847561039,
           "Fredrik Olsson (Orsa) slutar hos oss. Hans plats tas över av Maja Grön, maja.gron@orsa.se, samma datum "
           "som han hade: 21/9 och 29/11",
           X("change", [P("Fredrik Olsson", None, "Orsa kommun"),
                        P("Maja Grön", "maja.gron@orsa.se", "Orsa kommun")], [S2, S3]),
           "tg substitution from a function account; both people, substitute's sessions"),
        tg("ao164", "2027-04-06T16:02", "Daniel R", 9182736450,
           "Hi, under GDPR I request the deletion of all personal data you hold about me. "
           "Name: Daniel Roos, daniel.roos@ludvika.se",
           X("erasure", [P("Daniel Roos", "daniel.roos@ludvika.se", "Ludvika kommun")]),
           "tg English GDPR erasure"),
        tg("ao165", "2027-03-04T21:14", "Hanna Sundberg", 3019284756,
           "kan inte komma på osäkerhetsträffen i november 😕 men resten står kvar. /Hanna, Smedjebacken",
           X("cancel", [P("Hanna Sundberg", None, "Smedjebackens kommun")], [S3]),
           "tg cancel one session named by its theme; 'resten står kvar'"),

        # ---------------------------------------------------------------- mobile e-mail
        mail("ao166", "2026-12-01T18:27", ("Kristina Bergqvist", "kristina.bergqvist@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag hänger på alla! 😀\n/Kristina\n\nSkickat från min iPhone\n\n" + INVITE,
             X("register", [P("Kristina Bergqvist", "kristina.bergqvist@rattvik.se", "Rättviks kommun")], ALL),
             "one-liner above the quoted invitation (all four dates in the quote)"),
        mail("ao167", "2026-12-10T07:06", ("Hedlund Lars", "lars.hedlund@falun.se"),
             "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Anmäler mig till första och sista. Mvh Lars\n\nSkaffa Outlook för Android\n\n" + INVITE,
             X("register", [P("Lars Hedlund", "lars.hedlund@falun.se", "Falu kommun")], [S1, S4]),
             "'första och sista' over quoted invitation; From name 'Efternamn Förnamn'"),
        mail("ao168", "2027-01-14T12:40", ("Göran Wik", "goran.wik@avesta.se"),
             "Fwd: DalaLab",
             "Hej Linnea\nSätt upp Petra och mig. Petra Nord, petra.nord@avesta.se. Alla datum.\n/Göran\n\n"
             "Skickat från min Galaxy\n\n"
             "-------- Originalmeddelande --------\n"
             "Från: Petra Nord <petra.nord@avesta.se>\n"
             "Datum: 2027-01-14 10:02\n"
             "Till: Göran Wik <goran.wik@avesta.se>\n"
             "Ämne: DalaLab\n\n"
             "Hej Göran, såg den här inbjudan från regionen – ska vi gå? Fyra träffar, 3 maj, 21 sep, 29 nov och "
             "22 feb. Sista dag att anmäla är 14/4.\n/Petra\n\n"
             "Petra Nord\nPlanarkitekt | Samhällsbyggnadsförvaltningen\nAvesta kommun\n"
             "Tel 0226-64 50 00 | Mobil 070-312 44 91\n",
             X("register", [P("Göran Wik", "goran.wik@avesta.se", "Avesta kommun"),
                            P("Petra Nord", "petra.nord@avesta.se", "Avesta kommun")], ALL),
             "forwarded chain: dates in the forwarded text are not a session choice, 'Alla datum' above"),
        mail("ao169", "2027-02-09T08:15", ("Emil Strand", "emil.strand@vansbro.se"),
             "DalaLab",
             "<html><body><div dir=\"auto\">Hej! Anmäler mig till 21/9 🙂</div>"
             "<div dir=\"auto\"><br></div>"
             "<div dir=\"auto\">Emil Strand<br>Översiktsplanerare, Vansbro kommun<br>"
             "Mobil: 073-850 12 37<br>Besöksadress: Järnvägsgatan 12, Vansbro</div>"
             "<div dir=\"auto\"><br>Skickat från min iPhone</div></body></html>",
             X("register", [P("Emil Strand", "emil.strand@vansbro.se", "Vansbro kommun")], [S2]),
             "HTML-only mobile mail, one session as 21/9", html=True),
        mail("ao170", "2027-02-24T13:02", ("Åsa Lönn", "asa.lonn@sater.se"),
             "Anmälan DalaLab",
             "Hej,\njag vill anmäla mig till träffarna 3 maj, 21 sep och 29 nov. Är vegetarian.\n\n"
             "Åsa Lönn\nSäters kommun\n0225-553 00\n",
             X("register", [P("Åsa Lönn", "asa.lonn@sater.se", "Säters kommun", diet="vegetarian")],
               [S1, S2, S3], diet="vegetarian"),
             "iso-8859-1 short signup, three named dates", charset="iso-8859-1"),
        mail("ao171", "2027-03-03T10:48", ("Samhällsbyggnad Mora", "plan@mora.se"),
             "Anmälan till DalaLab",
             "Hej!\nVi anmäler vår planarkitekt Linus Höglund (linus.hoglund@mora.se) till samtliga träffar.\n\n"
             "Mvh\nSamhällsbyggnadsförvaltningen, Mora kommun\nplan@mora.se | 0250-260 00\n\nSkickat från mobilen\n",
             X("register", [P("Linus Höglund", "linus.hoglund@mora.se", "Mora kommun")], ALL),
             "shared function mailbox signs up one person; mailbox not a participant"),
        mail("ao172", "2026-12-05T16:20", ("Therese Åman", "therese.aman@ludvika.se"),
             "Re: Anmälan DalaLab",
             "Glömde skriva att jag är glutenintolerant!\n/Therese\n\nSkickat från min iPhone\n\n"
             "> 5 dec. 2026 kl. 15:58 skrev Therese Åman <therese.aman@ludvika.se>:\n>\n"
             "> Hej, anmäler mig till alla fyra träffarna i DalaLab.\n> Therese Åman, Ludvika kommun\n",
             X("change", [P("Therese Åman", "therese.aman@ludvika.se", "Ludvika kommun", diet="glutenintolerant")],
               [], diet="glutenintolerant"),
             "diet follow-up above her own quoted signup: change, no sessions"),
        mail("ao173", "2027-04-08T06:52", ("Bo Lindgren", "bo.lindgren@gagnef.se"),
             "Sv: DalaLab",
             "Hej, måste tyvärr lämna återbud till 3/5. Sjuk.\n/Bo\n\nSkickat från min iPhone",
             X("cancel", [P("Bo Lindgren", "bo.lindgren@gagnef.se", "Gagnefs kommun")], [S1]),
             "short mobile cancellation of one session '3/5'"),
        mail("ao174", "2027-01-21T19:09", ("Karin Vestin", "karin.vestin@alvdalen.se"),
             "Fråga",
             "Hej! Går det att delta digitalt om man inte kan ta sig till Falun? Funderar på att anmäla mig.\n\n"
             "Skickat från min iPhone",
             X("question"),
             "mobile question mentioning signing up"),
        mail("ao175", "2027-02-11T09:00", ("Jesper Hellström", "jesper.hellstrom@leksand.se"),
             "Automatiskt svar: DalaLab – påminnelse om anmälan",
             "Hej! Jag är på föräldraledighet till och med 2027-05-31 och läser inte min e-post. "
             "Ärenden om detaljplaner: plan@leksand.se, 0247-800 00.\n\n"
             "I am on parental leave until 31 May 2027. For planning matters, please contact plan@leksand.se.\n",
             X("auto_reply"),
             "out-of-office, bilingual, mentions a date"),
        mail("ao176", "2027-03-16T14:31", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
             "<erik.blom@hedemora.se>: host mx.hedemora.se[193.44.12.9] said: 550 5.1.1 User unknown\n\n"
             "--- Original message ---\nSubject: Bekräftelse: DalaLab 3 maj, 21 september\n"
             "Hej Erik! Du är anmäld till DalaLab 3 maj och 21 september.\n",
             X("auto_reply"),
             "bounce of a confirmation that quotes names and dates"),
        mail("ao177", "2027-03-01T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL Kunskapsbanken – mars 2027",
             "Nyheter i PBL Kunskapsbanken\n\n"
             "* Ny vägledning om översiktsplanens utvecklingsinriktning\n"
             "* Boverket medverkar i DalaLab 3 maj i Falun – läs mer om regionala lärprojekt\n"
             "* Webbinarium 22 april: planeringsstrategier i praktiken. Anmäl dig här!\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumeration: "
             "https://www.boverket.se/nyhetsbrev/avsluta\n",
             X("auto_reply"),
             "newsletter mentioning DalaLab and 'Anmäl dig här'"),
        mail("ao178", "2027-01-15T08:22", ("Viktor Ås", "viktor.as@avesta.se"),
             "Läst: Anmälan DalaLab",
             "Ditt meddelande\n\n  Till: Viktor Ås\n  Ämne: Anmälan DalaLab\n  Skickat: den 14 januari 2027 16:40\n\n"
             "lästes den 15 januari 2027 08:22.\n",
             X("auto_reply"),
             "read receipt from a participant's phone"),
        mail("ao179", "2027-02-27T02:37", ("DalaLab Registration", "no-reply@dalalab-events.com"),
             "Åtgärd krävs: verifiera din DalaLab-anmälan",
             "Hej deltagare,\n\nDin anmälan till DalaLab 3 maj 2027 är PENDING. För att behålla din plats måste du "
             "verifiera ditt konto och betala anmälningsavgift 295 kr inom 24 timmar:\n"
             "https://dalalab-events.com/verify?token=a81f3\n\nOm du inte verifierar raderas din plats.\n"
             "DalaLab Registration Team",
             X("unknown"),
             "phishing dressed as registration verification", to="planering@regiondalarna.se"),
        mail("ao180", "2026-12-03T11:58", ("Sanna", "sanna.k.89@gmail.com"),
             "julbord",
             "Hej! Anmäler mig och Micke till julbordet den 15 december 🎄 Micke äter inte fisk.\n/Sanna\n\n"
             "Skickat från min iPhone",
             X("unknown"),
             "signup for a different event sent to the wrong address -> unknown"),
    ]
