from build import P, X, mail, tg, S1, S2, S3, S4, ALL

IPHONE = "\n\nSkickat från min iPhone\n"
GALAXY = "\n\nSkickat från min Samsung Galaxy-smartphone.\n"

INVITE = (
    "> Hej!\n"
    ">\n"
    "> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och\n"
    "> utvecklingskraft. Projektet består av fyra träffar:\n"
    ">\n"
    "> 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)\n"
    "> 21 september 2027 – Utvecklingsinriktning i ÖP-modellen\n"
    "> 29 november 2027 – Att planera för önskvärda framtider och för osäkerheter\n"
    "> 22 februari 2028 – Planera för tillgänglighet\n"
    ">\n"
    "> Upp till tre personer per kommun. Anmälan senast 14 april 2027 till\n"
    "> linnea.hassis@regiondalarna.se\n"
    ">\n"
    "> Välkomna!\n"
    "> Linnea Hassis, Region Dalarna\n"
)


def messages():
    return [
        tg("ak136", "2026-12-02T21:14", "Johan", 5512093871,
           "hej! vill anmäla mig till dalalab 👍 johan berg, leksand",
           X("register", [P("Johan Berg", None, "Leksands kommun")], ALL),
           "telegram one-liner, lower-case name and bare town, no session named"),

        mail("ak137", "2026-12-03T07:12", ("Maria Ek", "maria.ek@falun.se"), "Anmälan",
             "Hej! Anmälr mig till 3 maj o 21 sept. \n\nMvh Maria Ek\nFalu kommun" + IPHONE,
             X("register", [P("Maria Ek", "maria.ek@falun.se", "Falu kommun")], [S1, S2]),
             "iphone mail, typo in verb, 'o' for och, two sessions"),

        tg("ak138", "2026-12-05T16:40", "Sara", 6023418850,
           "Hej det är Sara Lind från bor länge kommun jag vill anmäla mig till tjugoförsta september och "
           "tjugonionde november",
           X("register", [P("Sara Lind", None, "Borlänge kommun")], [S2, S3]),
           "voice dictation: 'bor länge' for Borlänge, dates spelled out as ordinals"),

        mail("ak139", "2026-12-07T12:03", ("Mark Ellis", "mark.ellis@regiondalarna.se"), "dalalab q",
             "Hi Linnea, quick q - will the sessions be hybrid or only on site? cant always get to Falun\n\n"
             "/Mark\n\nSent from my iPhone\n",
             X("question"),
             "english question from phone, no apostrophes"),

        tg("ak140", "2026-12-09T19:22", "Anna Nyström", 1187740236,
           "kan inte komma 3/5, ska på bröllop 💍 stryk mig från den. resten e kvar",
           X("cancel", [P("Anna Nyström", None, None)], [S1]),
           "telegram partial cancel of one session, others stand"),

        mail("ak141", "2026-12-10T06:55", ("Björn Sahlin", "bjorn.sahlin@mora.se"), "dalalab",
             "hej! anmäler mig o per eriksson till dalalab, alla träffar. per har ingen mejl än (nyanställd), "
             "kör via mig sålänge\n\n/björn\n\nSkickat från Outlook för iOS\n",
             X("register", [P("Björn Sahlin", "bjorn.sahlin@mora.se", "Mora kommun"),
                            P("Per Eriksson", None, "Mora kommun")], ALL),
             "sender plus new colleague without address, lower-case names, outlook ios"),

        tg("ak142", "2026-12-11T11:47", "Kajsa Moberg", 7730125594,
           "blir det lunch el ska man ta med egen 🥪",
           X("question"),
           "telegram question about lunch, no question mark"),

        mail("ak143", "2026-12-14T09:31", ("Ingrid Hallberg", "ingrid.hallberg@orsa.se"),
             "Automatiskt svar: DalaLab – information inför första träffen",
             "Hej!\n\nJag är föräldraledig t.o.m. 31 januari och läser inte min e-post. Kollar mobilen "
             "sporadiskt.\nBrådskande ärenden: ring växeln 0250-55 21 00.\n\n/Ingrid\n",
             X("auto_reply"),
             "out-of-office mentioning phone, subject names first session"),

        tg("ak144", "2026-12-15T22:08", "Lisa Holm", 9902317745,
           "btw jag e vegan nu 🌱 kan ni ändra det till fikat o lunchen? /lisa",
           X("change", [P("Lisa Holm", None, None, diet="vegan")], [], diet="vegan"),
           "telegram diet update, no sessions"),

        mail("ak145", "2026-12-17T17:19", ("Karl Nyberg", "karl.nyberg@falun.se"), "Re: DalaLab 21/9",
             "hej linnea! kan tyvärr inte 21/9 😕 ola dahl från oss går istället, ola.dahl@falun.se\n\n"
             "mvh karl" + GALAXY,
             X("change", [P("Karl Nyberg", "karl.nyberg@falun.se", "Falu kommun"),
                          P("Ola Dahl", "ola.dahl@falun.se", "Falu kommun")], [S2]),
             "substitution for one session from phone, lower case"),

        tg("ak146", "2026-12-18T08:02", "Mats Olsson", 4401982277,
           "anm. mig + kollega stina ek till höstens träffar tack //mats, hedemora",
           X("register", [P("Mats Olsson", None, "Hedemora kommun"), P("Stina Ek", None, "Hedemora kommun")],
             [S2, S3]),
           "abbreviation 'anm.', colleague without address, 'höstens träffar' plural = both autumn"),

        mail("ak147", "2027-01-08T13:44", ("Johanna Falk", "johanna.falk@hedemora.se"), "byte",
             "hej! kan ja byta 3 maj mot 29 novmber? blev dubbelbokad pga kommunstyrelsen\n\n/Johanna" + IPHONE,
             X("change", [P("Johanna Falk", "johanna.falk@hedemora.se", "Hedemora kommun")], [S3]),
             "bare swap with typos ('ja', 'novmber'), subject one word"),

        mail("ak148", "2027-01-09T20:15", ("Viktor Åberg", "viktor.aberg@gagnef.se"), "mina uppgifter",
             "hej, jag har redan avanmält mig från dalalab men vill också att ni raderar mina personuppgifter "
             "(namn, mejl, kostönskemål) ur era listor. tack\n\nviktor åberg" + IPHONE,
             X("erasure", [P("Viktor Åberg", "viktor.aberg@gagnef.se", "Gagnefs kommun")]),
             "erasure after earlier cancellation, informal"),

        tg("ak149", "2027-01-11T10:26", "Emma Dahlberg", 3318807612,
           "hej hej! emma dahlberg, avesta kommun. anmäl mig till alla utom den i februari 🙏",
           X("register", [P("Emma Dahlberg", None, "Avesta kommun")], [S1, S2, S3]),
           "'alla utom den i februari'"),

        mail("ak150", "2027-01-12T07:38", ("Therese Borg", "therese.borg@avesta.se"), "anm dalalab",
             "hej linnea\nanmäler följande (alla avesta, alla tillfällen):\nlund, karin\nberg, anders\n"
             "öberg, mia\n\nmejladresser kommer, sitter på tåget nu\n/therese, HR" + IPHONE,
             X("register", [P("Karin Lund", None, "Avesta kommun"), P("Anders Berg", None, "Avesta kommun"),
                            P("Mia Öberg", None, "Avesta kommun")], ALL),
             "HR registers three by lower-case 'efternamn, förnamn', sender not attending, no addresses"),

        tg("ak151", "2027-01-13T15:51", "Anders Grahn", 8012264583,
           "hur många från samma kommun får vara med undrar jag. vi e typ 5 st som vill",
           X("question"),
           "quota question without question mark"),

        mail("ak152", "2027-01-14T03:12", ("DalaLab Registrering", "noreply@dalalab-event2027.com"),
             "Din anmälan till DalaLab 2027 är mottagen ✅",
             "Hej!\n\nTack för din anmälan till DalaLab 2027. Din plats är reserverad i 24 timmar.\n"
             "Bekräfta och betala deltagaravgiften 2 495 kr via länken nedan för att behålla platsen:\n"
             "https://dalalab-event2027.com/bekrafta\n\nSvara JA från din mobil för att bekräfta.\n\n"
             "Med vänlig hälsning\nRegistreringsteamet\n",
             X("unknown"),
             "scam dressed as a registration confirmation"),

        tg("ak153", "2027-01-18T09:05", "Tom Becker", 2290174638,
           "hey! signing up for the first one only (may 3). tom becker, lst dalarna",
           X("register", [P("Tom Becker", None, "Länsstyrelsen Dalarna")], [S1]),
           "english telegram, 'lst dalarna', first session only"),

        mail("ak154", "2027-01-19T18:27", ("Petra Sjölund", "petra.sjolund@ludvika.se"), "Re: Anmälan DalaLab",
             "hej! är anmäld till 3/5 sen tidigare, lägg till 22/2 oxå tack 😊\n\npetra" + GALAXY,
             X("change", [P("Petra Sjölund", "petra.sjolund@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "adding a session, states existing one → both"),

        tg("ak155", "2027-01-21T07:44", "Kalle", 6675519020,
           "hej komma jag heter kalle persson från orsa kommun punkt jag vill anmäla mig till dalalab alla "
           "gånger punkt tack",
           X("register", [P("Kalle Persson", None, "Orsa kommun")], ALL),
           "voice dictation with spoken punctuation 'komma', 'punkt'"),

        mail("ak156", "2027-01-25T16:02", ("Gunilla Rask", "gunilla.rask@rattvik.se"), "eva",
             "hej linnea, eva sundin slutar hos oss i feb så stryk henne från dalalab. ingen ersättare just "
             "nu, återkommer om vi hittar nån\n\n/gunilla" + IPHONE,
             X("cancel", [P("Eva Sundin", None, "Rättviks kommun")], ALL),
             "manager withdraws colleague without substitute, subject only a first name"),

        tg("ak157", "2027-01-27T12:33", "Fredrik Norén", 5590027381,
           "min kollegas anmälan gäller som förut men själv kan jag inte 29/11 tyvärr",
           X("cancel", [P("Fredrik Norén", None, None)], [S3]),
           "colleague's signup stands, sender drops one session"),

        mail("ak158", "2027-01-28T08:14", ("Jonas Wik", "jonas.wik@gagnef.se"), "Fwd: DalaLab – kan du gå?",
             "japp, anmäler mig härmed till alla 4 👍\n\nSkickat från min iPhone\n\n"
             "Vidarebefordrat brev:\n\nFrån: Helena Strand <helena.strand@gagnef.se>\n"
             "Datum: 27 januari 2027 16:40:12 CET\nTill: Jonas Wik <jonas.wik@gagnef.se>\n"
             "Ämne: DalaLab – kan du gå?\n\nHej Jonas,\nkan du gå på den här? Fyra träffar, 3 maj, 21 sept, "
             "29 nov och 22 feb. Anmäl dig i så fall direkt till Linnea.\n/Helena\n",
             X("register", [P("Jonas Wik", "jonas.wik@gagnef.se", "Gagnefs kommun")], ALL),
             "forwarded manager's mail, forwarder signs up; manager not a participant"),

        tg("ak159", "2027-02-01T20:49", "Petter Nord", 1034478261,
           "hej! jag (smedjebacken) o min sambo frida nord som jobbar på ludvika kommun vill båda anmäla oss "
           "till allt 😄",
           X("register", [P("Petter Nord", None, "Smedjebackens kommun"), P("Frida Nord", None, "Ludvika kommun")],
             ALL),
           "two organisations in one telegram message"),

        mail("ak160", "2027-02-02T10:11", ("Planeringsavdelningen Vansbro", "plan@vansbro.se"), "anmälan",
             "hej, anmäl gärna lena vik (lena.vik@vansbro.se) till 21/9 och 29/11.\n\nmvh planeringsavd.\n\n"
             "Skickat från Outlook för Android\n",
             X("register", [P("Lena Vik", "lena.vik@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "shared mailbox writes for a person whose own address is in the text"),

        tg("ak161", "2027-02-03T14:27", "Oskar Lind", 7713906624,
           "finns det parkering nära lokalen i falun",
           X("question"),
           "short question without '?'"),

        mail("ak162", "2027-02-04T09:58", ("Sofia Berglund", "sofia.berglund@sater.se"),
             "Läst: DalaLab – bekräftelse på din anmälan",
             "Ditt meddelande\n\n  Till: Sofia Berglund\n  Ämne: DalaLab – bekräftelse på din anmälan\n"
             "  Skickat: den 3 februari 2027 16:20\n\nlästes den 4 februari 2027 09:58.\n",
             X("auto_reply"),
             "read receipt, subject about a signup"),

        tg("ak163", "2027-02-08T17:36", "Malin Ström", 2847716350,
           "e anmäld på allt men hoppar över den om osäkerheter o önskvärda framtider, krockar m fullmäktige 🙄",
           X("cancel", [P("Malin Ström", None, None)], [S3]),
           "partial cancel naming session by its theme"),

        mail("ak164", "2027-02-09T07:21", ("Linda Wahl", "linda.wahl@borlange.se"), "DalaLab swap",
             "Hi Linnea,\nSara Ek cant attend DalaLab after all (new role). Ahmed Rahimi "
             "(ahmed.rahimi@borlange.se) takes her place, she was signed up for all 4.\nthx!\nLinda\n\n"
             "Sent from my Galaxy\n",
             X("change", [P("Sara Ek", None, "Borlänge kommun"),
                          P("Ahmed Rahimi", "ahmed.rahimi@borlange.se", "Borlänge kommun")], ALL),
             "english third-party substitution by manager, sender not a participant"),

        tg("ak165", "2027-02-10T21:03", "Hampus Ek", 9120038476,
           "hej, får tyvärr avanmäla mig helt från dalalab, ny tjänst fr o m mars 😕",
           X("cancel", [P("Hampus Ek", None, None)], ALL),
           "full cancellation over telegram"),

        mail("ak166", "2027-02-11T12:49", ("Åsa Söderholm", "asa.soderholm@sater.se"), "Anmälan DalaLab",
             "Hej!\nAnmäler mig till alla 4 träffarna. Glutenfri kost pls!\n\nÅsa Söderholm\n"
             "Säters kommun\n070-312 45 67\n\nSkickat från min iPad\n",
             X("register", [P("Åsa Söderholm", "asa.soderholm@sater.se", "Säters kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "iso-8859-1 mobile mail with diet", charset="iso-8859-1"),

        tg("ak167", "2027-02-15T08:17", "Niklas Hedlund", 4476021935,
           "jag vill flytta min anmälan från tredje maj till tjugo andra februari tack",
           X("change", [P("Niklas Hedlund", None, None)], [S4]),
           "dictated swap, 'tjugo andra' split by dictation"),

        mail("ak168", "2027-02-16T19:40", ("Greta Lund", "greta.lund@alvdalen.se"), "Anmälan till DalLab",
             "hej anmäler oss till dalalab, alla träffarna. Vi är tre från Älvdalen: jag, Nils Ek "
             "nils.ek@alvdalen.se och Maja Rask (maja.rask@alvdalen.se)\n\n/Greta" + IPHONE,
             X("register", [P("Greta Lund", "greta.lund@alvdalen.se", "Älvdalens kommun"),
                            P("Nils Ek", "nils.ek@alvdalen.se", "Älvdalens kommun"),
                            P("Maja Rask", "maja.rask@alvdalen.se", "Älvdalens kommun")], ALL),
             "three from one municipality, typo in subject, addresses inline"),

        tg("ak169", "2027-02-18T16:12", "Rebecka Holmgren", 3305519827,
           "hämtar du barnen idag? jag sitter fast i möte 🚗",
           X("unknown"),
           "wrong-chat message"),

        tg("ak170", "2027-02-22T10:30", "Daniel Forsberg", 6640983125,
           "anmäl mig till höstens träff tack 🍂 daniel forsberg, mora",
           X("register", [P("Daniel Forsberg", None, "Mora kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular, two autumn sessions"),

        mail("ak171", "2027-02-24T11:05", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             "Delivery Status Notification (Failure)",
             "Address not found\n\nYour message wasn't delivered to jens.mattsson@leksnd.se because the domain "
             "leksnd.se couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "----- Original message -----\nSubject: Re: DalaLab anmälan\nhej jens, jag anmäler oss båda "
             "till 3 maj\n",
             X("auto_reply"),
             "bounce quoting a signup text"),

        tg("ak172", "2027-03-01T13:58", "Ida Wallin", 1769904412,
           "hej! har bytt jobb o jobbar nu på mora kommun, ny mejl ida.wallin@mora.se. fortsätter på dalalab "
           "som vanligt",
           X("change", [P("Ida Wallin", "ida.wallin@mora.se", "Mora kommun")], []),
           "address and organisation update, no sessions"),

        mail("ak173", "2027-03-03T07:50", ("Camilla Ahlström", "camilla.ahlstrom@smedjebacken.se"), "21/9",
             "hej! varken jag eller anders moberg kan 21/9 pga budgetmöte. vi kommer på resten\n\n/camilla" + GALAXY,
             X("cancel", [P("Camilla Ahlström", "camilla.ahlstrom@smedjebacken.se", "Smedjebackens kommun"),
                          P("Anders Moberg", None, "Smedjebackens kommun")], [S2]),
             "sender and colleague drop one session"),

        tg("ak174", "2027-03-08T18:21", "Hanna Lindqvist", 8851207346,
           "3/5 ✅\n21/9 ✅\n29/11 ❌\n22/2 ✅\nanmäl mig! /hanna lindqvist, hedemora",
           X("register", [P("Hanna Lindqvist", None, "Hedemora kommun")], [S1, S2, S4]),
           "sessions picked with emoji checkmarks and crosses"),

        mail("ak175", "2027-03-10T12:16", ("Erik Mård", "erik.mard@leksand.se"), "plats?",
             "hej är vi redan tre från leksand? vill anmäla en till men vet ej om det finns plats\n\n/erik" + IPHONE,
             X("question"),
             "quota question, no new person named"),

        tg("ak176", "2027-03-15T09:44", "Oskar Lind", 7713906624,
           "den andra o fjärde träffen för mig tack! oskar lind, säter",
           X("register", [P("Oskar Lind", None, "Säters kommun")], [S2, S4]),
           "ordinals 'andra o fjärde'"),

        mail("ak177", "2027-03-18T15:33", ("Moa Eriksson", "moa.eriksson@ludvika.se"),
             "Sv: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Ja tack, jag kommer! 😊\n\n/Moa\n\nSkickat från min iPhone\n\n"
             "> 12 dec. 2026 kl. 09:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n>\n" + INVITE,
             X("register", [P("Moa Eriksson", "moa.eriksson@ludvika.se", "Ludvika kommun")], ALL),
             "phone reply to invitation; quoted dates are not a session choice"),

        tg("ak178", "2027-03-22T20:05", "Sebastian Kjellberg", 2016638854,
           "jag kan inte 22/2. skickar nån annan från kontoret istället, återkommer m namn",
           X("cancel", [P("Sebastian Kjellberg", None, None)], [S4], unsure=["change-or-cancel"]),
           "drops one session, substitute announced but not named"),

        mail("ak179", "2027-03-29T08:08", ("Noor Haddad", "noor.haddad@regiondalarna.se"), "dalalab reg",
             "Hi Linnea, pls register my manager Karin Holm for all the DalaLab sessions. "
             "Her email is karin.holm@regiondalarna.se\nThx!\nNoor\n\nSent from my iPhone\n",
             X("register", [P("Karin Holm", "karin.holm@regiondalarna.se", "Region Dalarna")], ALL),
             "english, assistant registers manager, sender not attending"),

        tg("ak180", "2027-04-07T17:52", "Elin", 5038821967,
           "Hej det är Elin Sjöberg från Malung Sälen kommun jag vill anmäla mig till alla fyra träffarna och "
           "jag har nötallergi tack",
           X("register", [P("Elin Sjöberg", None, "Malung-Sälens kommun", diet="nötallergi")], ALL,
             diet="nötallergi"),
           "dictated signup near deadline, org without hyphen, allergy"),
    ]
