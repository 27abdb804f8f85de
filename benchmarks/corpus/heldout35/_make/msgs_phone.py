"""Batch 36, theme "phone": Telegram messages and short mobile e-mails (al136-al180)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_QUOTE = (
    "> 1 dec. 2026 kl. 09:12 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n"
    "> \n"
    "> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!\n"
    "> Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.\n"
    "> Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se.\n"
    "> Max tre personer per kommun.\n"
)


def messages():
    return [
        tg("al136", "2026-12-02T21:14", "Sara Lindqvist", 6021847733,
           "hej! vill anmäla mig till dalalab 🙋‍♀️ alla träffarna. sara lindqvist, leksands kommun",
           X("register", [P("Sara Lindqvist", None, "Leksands kommun")], ALL),
           "telegram lower-case self signup with emoji, org in text"),

        mail("al137", "2026-12-03T07:12", ("Johan Berg", "johan.berg@ludvika.se"), "Re: Inbjudan DalaLab",
             "Anmäler mig till alla fyra!\n\n/Johan\n\nSkickat från min iPhone\n\n" + INVITE_QUOTE,
             X("register", [P("Johan Berg", "johan.berg@ludvika.se", "Ludvika kommun")], ALL),
             "iPhone one-liner reply above quoted invitation listing all dates"),

        tg("al138", "2026-12-05T16:40", "Anders Öberg", 5533012987,
           "Hej jag heter Anders Öberg från Borlänge kommun punkt jag vill anmäla mig till träffen den tredje maj "
           "och den 21 september punkt tack så mycket",
           X("register", [P("Anders Öberg", None, "Borlänge kommun")], [S1, S2]),
           "voice dictation with spoken 'punkt', date as words 'tredje maj'"),

        tg("al139", "2026-12-07T12:03", "Mikael Strand", 7100234561,
           "hi, is it ok if i write in english? 🙂 i'd like to join all four dalalab sessions. "
           "mikael strand, region dalarna (new here, my swedish is still wip)",
           X("register", [P("Mikael Strand", None, "Region Dalarna")], ALL),
           "english telegram signup with a side question, all sessions"),

        mail("al140", "2026-12-08T22:31", ("Karl Hedlund", "karl.hedlund@falun.se"), "dalalab",
             "hej, anmäler mig o min kollega petra nyström till 3/5 o 29/11. hon e också på samhällsbyggnad här "
             "i falukorv ..falun alltså, autocorrect 🙄\nmvh kalle\n\nSkickat från min iPhone\n",
             X("register", [P("Karl Hedlund", "karl.hedlund@falun.se", "Falu kommun"),
                            P("Petra Nyström", None, "Falu kommun")], [S1, S3]),
             "nickname signature, colleague without address, autocorrect slip, two dates"),

        tg("al141", "2027-03-28T07:55", "Lena Björk", 5890127345,
           "hej måste tyvärr avanmäla mig från 21/9 😞 krockar m semestern. resten kör jag! /lena",
           X("cancel", [P("Lena Björk", None, None)], [S2]),
           "partial cancel of one session on telegram, others kept"),

        tg("al142", "2027-01-11T11:20", "Fredrik Nord", 6677001122,
           "blir det lunch på första träffen elr ska man ta med? 🥪",
           X("question"),
           "lunch question naming a session -> sessions []"),

        tg("al143", "2027-02-02T19:47", "Kerstin Ahlgren", 5012398765,
           "undrar var i falun första träffen är, hittar inget i mejlet",
           X("question"),
           "question without question mark"),

        mail("al144", "2026-12-10T06:48", ("Maja Eriksson", "maja.eriksson@gagnef.se"), "Anmälan",
             "Hej! Jag vill anmäla mig till dala lab, alla datumen. Jag är vegetarian.\nMvh Maja Eriksson\n"
             "Gagnefs kommun\n\nHämta Outlook för Android\n",
             X("register", [P("Maja Eriksson", "maja.eriksson@gagnef.se", "Gagnefs kommun", "vegetarian")], ALL,
               diet="vegetarian"),
             "android mail signup with diet, 'dala lab' split"),

        tg("al145", "2027-03-02T20:10", "Eva Dahl", 5321987654,
           "hej linnea! jag kan inte komma 29 nov 😕 min kollega ola persson tar min plats den dagen. "
           "vi jobbar båda på rättviks kommun",
           X("change", [P("Eva Dahl", None, "Rättviks kommun"), P("Ola Persson", None, "Rättviks kommun")], [S3]),
           "self substitution for one session, colleague in lower case"),

        tg("al146", "2027-01-19T08:05", "Nils Eklund", 6234509876,
           "Hej kan jag byta från tre maj till tjugoförsta september istället tack",
           X("change", [P("Nils Eklund", None, None)], [S2]),
           "dictated swap with dates as words, no punctuation"),

        mail("al147", "2027-02-14T23:02", ("Hanna Sjöberg", "hanna.sjoberg@mora.se"), "radera",
             "hej, vill att ni tar bort alla mina uppgifter ur era listor för dalalab. gdpr. tack\n/hanna\n\n"
             "Skickat från min iPhone\n",
             X("erasure", [P("Hanna Sjöberg", "hanna.sjoberg@mora.se", "Mora kommun")]),
             "short erasure request from phone"),

        mail("al148", "2027-01-04T09:00", ("Jenny Falk", "jenny.falk@avesta.se"),
             "Autosvar: Re: DalaLab – bekräftelse",
             "Hej! Jag är ledig till och med 10 januari och läser inte mejl. Brådskande ärenden: ring växeln "
             "0226-64 50 00.\n\nDetta är ett automatiskt svar skickat från min mobil.\n",
             X("auto_reply"),
             "out-of-office from a phone"),

        tg("al149", "2027-02-20T03:14", "Crypto Queen 💎", 7999000111,
           "💰💰 REGISTER NOW 💰💰 earn 5000$/week from home with bitcoin trading!! only 10 spots left, "
           "dm me 👉 @cryptoqueen_official",
           X("unknown"),
           "telegram spam using the word register"),

        tg("al150", "2026-12-15T13:30", "Tove Lund", 5480012233,
           "hej! anmäler oss tre från vansbro till alla tillfällen:\n1. jonas ek\n2. malin hägg\n"
           "3. jag själv, tove lund\ntack 🙏",
           X("register", [P("Jonas Ek", None, "Vansbro kommun"), P("Malin Hägg", None, "Vansbro kommun"),
                          P("Tove Lund", None, "Vansbro kommun")], ALL),
           "numbered lower-case list of three incl. sender"),

        tg("al151", "2027-02-08T17:22", "Ulrika Hägglund", 6019283746,
           "jag e anmäld till 3 maj o 21 sep, kan ni lägga till 22 feb oxå? 🙂",
           X("change", [P("Ulrika Hägglund", None, None)], [S1, S2, S4]),
           "adding a session, current ones stated -> all after change"),

        mail("al152", "2026-12-16T18:45", ("Annika Westin", "annika.westin@hedemora.se"), "Anmälan 2 pers",
             "Hej! Anmäler mina medarbetare Frida Holm frida.holm@hedemora.se och Oskar Lind "
             "oskar.lind@hedemora.se till höstens träffar. Själv kan jag tyvärr inte.\n/Annika, enhetschef\n\n"
             "Skickat från min iPad\n",
             X("register", [P("Frida Holm", "frida.holm@hedemora.se", "Hedemora kommun"),
                            P("Oskar Lind", "oskar.lind@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "manager registers two staff for 'höstens träffar', sender not attending"),

        tg("al153", "2027-01-05T10:10", "Elin S", 5712340098,
           "Anmälan: Sundberg, Elin – Säters kommun – alla datum. Glutenfri kost tack",
           X("register", [P("Elin Sundberg", None, "Säters kommun", "glutenfri")], ALL, diet="glutenfri"),
           "'Efternamn, Förnamn' on telegram, sender display name abbreviated"),

        tg("al154", "2027-01-22T14:55", "Gustav Mattsson", 6300456712,
           "hur många från samma kommun får va med? vi e 4 i orsa som vill 🤔",
           X("question"),
           "quota question, informal"),

        tg("al155", "2027-03-09T21:40", "Per Sandberg", 5177889900,
           "DalaLab:\n3/5 ✅\n21/9 ✅\n29/11 ❌\n22/2 ✅\nPer Sandberg, Avesta",
           X("register", [P("Per Sandberg", None, "Avesta kommun")], [S1, S2, S4]),
           "sessions chosen by check/cross emoji"),

        mail("al156", "2027-03-15T12:12", ("Camilla Ros", "camilla.ros@orsa.se"), "Anmälan dalalab",
             "Hej, anmäl mig till alla utom den i november (har en resa då). Camilla Ros, Orsa kommun\n\n"
             "Skickat från min Samsung Galaxy-smartphone.\n",
             X("register", [P("Camilla Ros", "camilla.ros@orsa.se", "Orsa kommun")], [S1, S2, S4]),
             "'alla utom den i november'"),

        tg("al157", "2027-02-11T08:33", "Ida Marklund", 6145230987,
           "glömde skriva i anmälan att jag är glutenfri 🙈 /ida marklund, falun",
           X("change", [P("Ida Marklund", None, "Falu kommun", "glutenfri")], [], diet="glutenfri"),
           "diet update naming no sessions"),

        mail("al158", "2027-01-26T07:30", ("Björn Hallberg", "bjorn.hallberg@malung-salen.se"), "Fwd: dalalab?",
             "Hej Linnea, kan du anmäla Lisa till alla fyra? Hon har inte fått inbjudan.\n/Björn\n\n"
             "Skickat från min iPhone\n\nBörja vidarebefordrat meddelande:\n\n"
             "> Från: Lisa Grön <lisa.gron@malung-salen.se>\n> Datum: 25 januari 2027 16:02:11 CET\n"
             "> Till: Björn Hallberg <bjorn.hallberg@malung-salen.se>\n> Ämne: dalalab?\n> \n"
             "> Hej! Jag skulle gärna vilja vara med i DalaLab, kan du kolla hur man anmäler sig?\n> /Lisa\n",
             X("register", [P("Lisa Grön", "lisa.gron@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "forwarded iPhone chain, forwarder registers the colleague, address from forwarded header"),

        tg("al159", "2027-03-20T22:18", "Sebastian Kron", 5066778899,
           "byra 21/9 mot 29/11 pga krock m ett samråd, går det?? sry sen kväll",
           X("change", [P("Sebastian Kron", None, None)], [S3]),
           "swap with typo 'byra', phrased as question"),

        tg("al160", "2027-04-02T09:05", "Robin Ahl", 6400112233,
           "hej, måste hoppa av hela dalalab tyvärr, har fått nytt jobb i västerås. tack ändå & lycka till! "
           "/robin ahl, hedemora",
           X("cancel", [P("Robin Ahl", None, "Hedemora kommun")], ALL),
           "whole signup withdrawn, 'hoppa av'"),

        mail("al161", "2027-03-05T15:27", ("HR Smedjebacken", "hr@smedjebacken.se"), "Sofia Berglund – DalaLab",
             "Hej, Sofia Berglund har avslutat sin anställning hos oss. Vänligen stryk henne från DalaLab.\n"
             "Mvh HR-enheten, Smedjebackens kommun\n\nSkickat från mobilen\n",
             X("cancel", [P("Sofia Berglund", None, "Smedjebackens kommun")], ALL),
             "HR shared mailbox cancels a former employee, no address for her"),

        tg("al162", "2027-03-24T12:40", "Malin Rask", 5998877665,
           "hej, jag kan tyvärr inte 3 maj. emil från oss på älvdalen kommer som planerat, hans anmälan gäller "
           "som förut 👍",
           X("cancel", [P("Malin Rask", None, "Älvdalens kommun")], [S1]),
           "partial cancel; colleague's signup 'gäller som förut' not among people"),

        mail("al163", "2026-12-20T10:02", ("Tom Nilsson", "tom.nilsson@lansstyrelsen.se"), "DalaLab registration",
             "Hi Linnea,\nI'd like to register for DalaLab, sessions 1 and 3 (May 3 and Nov 29). I'm vegan btw.\n"
             "Cheers, Tom\n\nSent from my iPhone\n",
             X("register", [P("Tom Nilsson", "tom.nilsson@lansstyrelsen.se", "Länsstyrelsen Dalarna", "vegan")],
               [S1, S3], diet="vegan"),
             "english phone mail, ordinal sessions with dates, diet"),

        tg("al164", "2026-12-28T18:02", "Stina Wallin", 6088776655,
           "anmäl mig till dala lapp alla gångerna jag heter stina wallin från gagnef kommun och jag är laktos fri",
           X("register", [P("Stina Wallin", None, "Gagnefs kommun", "laktosfri")], ALL, diet="laktosfri"),
           "voice dictation slips ('dala lapp', 'laktos fri'), no punctuation"),

        mail("al165", "2027-01-13T20:20", ("Jonas Ek", "jonas.ek@vansbro.se"), "digitalt?",
             "Går det att delta digitalt på någon av träffarna. Bor långt från Falun\n/Jonas\n\n"
             "Skickat från min iPhone\n",
             X("question"),
             "question ending in a full stop"),

        tg("al166", "2027-02-17T16:16", "Amanda Borg", 5233445566,
           "vill gärna vara med på höstens träff om det finns plats! amanda borg, ludvika",
           X("register", [P("Amanda Borg", None, "Ludvika kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular -> both autumn sessions, unsure"),

        mail("al167", "2027-01-29T11:48", ("Planering Borlänge", "planering@borlange.se"), "anmälan",
             "Hej, anmäler Viktor Åberg (viktor.aberg@borlange.se) till 22/2. Han är ny hos oss.\n\n"
             "/Sanna på planeringsavd.\nSkickat från mobilen\n",
             X("register", [P("Viktor Åberg", "viktor.aberg@borlange.se", "Borlänge kommun")], [S4]),
             "shared mailbox registers a person with own address in text"),

        tg("al168", "2027-02-24T07:50", "Johanna Kvist", 6511223344,
           "godmorgon ☀️ anmäler mig (johanna kvist, falu kommun) + david sjöström från borlänge kommun till "
           "första träffen. vi samåker 🚗",
           X("register", [P("Johanna Kvist", None, "Falu kommun"), P("David Sjöström", None, "Borlänge kommun")],
             [S1]),
           "two organisations in one telegram, 'första träffen'"),

        mail("al169", "2027-03-01T19:03", ("Erik Dahlgren", "erik.dahlgren@rattvik.se"), "Dalalab",
             "Hej! anmäler mig till andra och fjärde träffen. Mvh Erik Dahlgren, Rättviks kommun\n\n"
             "Skickat från min iPhone\n",
             X("register", [P("Erik Dahlgren", "erik.dahlgren@rattvik.se", "Rättviks kommun")], [S2, S4]),
             "sessions by ordinal"),

        tg("al170", "2027-03-11T13:13", "Hampus Lindgren", 7011223344,
           "hej, anmäler mig bara till den om tillgänglighet (mobilitet, digital närhet osv). "
           "hampus lindgren, region dalarna",
           X("register", [P("Hampus Lindgren", None, "Region Dalarna")], [S4]),
           "session by theme only"),

        mail("al171", "2027-01-08T04:12", ("Event Registry Europe", "noreply@eu-event-registry.example"),
             "Registration confirmation: DalaLab 2027",
             "Dear organiser,\n\nYour event \"DalaLab 2027\" has been registered in the European Events Directory.\n"
             "To keep your listing active, please pay the annual fee of EUR 1 290 within 7 days using the link "
             "below.\n\nRegistration no: EED-2027-44821\n\nKind regards\nEvent Registry Europe\n",
             X("unknown"),
             "listing scam dressed as registration confirmation"),

        tg("al172", "2027-03-30T23:59", "Ludde", 5300998877,
           "test 🎤 hallå hörs detta",
           X("unknown"),
           "voice-dictation test message, no request"),

        tg("al173", "2027-03-17T10:25", "Anton Ström", 6622113300,
           "hej! det blir jag som går på 21/9 istället för elsa grahn, hon har fått förhinder. "
           "mvh anton ström, ludvika",
           X("change", [P("Elsa Grahn", None, "Ludvika kommun"), P("Anton Ström", None, "Ludvika kommun")], [S2]),
           "substitute writes himself, leaving colleague named in lower case"),

        tg("al174", "2027-04-05T20:00", "Oliver Hed", 5844332211,
           "hej sent ute kanske men vill anmäla mig till maj o feb-träffarna. oliver hed, mora. har nötallergi btw",
           X("register", [P("Oliver Hed", None, "Mora kommun", "nötallergi")], [S1, S4], diet="nötallergi"),
           "sessions by month names only, diet"),

        mail("al175", "2027-03-22T17:44", ("Linda Åkesson", "linda.akesson@sater.se"), "Sv: DalaLab",
             "hej! kan tyvär inte 29/11, övriga står kvar. sorry!\n/Linda\n\nSkickat från min iPhone\n",
             X("cancel", [P("Linda Åkesson", "linda.akesson@sater.se", "Säters kommun")], [S3]),
             "drop one session, others kept, typo 'tyvär'"),

        tg("al176", "2027-01-30T15:15", "Rasmus Eng", 6955443322,
           "när e sista dagen att anmäla sig? o får man komma på bara nån träff?",
           X("question"),
           "deadline and partial participation questions"),

        mail("al177", "2027-02-05T06:30", ("Emma Lund", "emma.lund@avesta.se"), "DalaLab",
             '<div dir="auto">hej! anmäler mig till alla träffar i dalalab 😊</div>'
             '<div dir="auto">/Emma Lund, Avesta kommun</div><div dir="auto"><br></div>'
             '<div dir="auto">Skickat från min Galaxy</div>',
             X("register", [P("Emma Lund", "emma.lund@avesta.se", "Avesta kommun")], ALL),
             "HTML-only phone mail", html=True),

        tg("al178", "2027-02-27T12:00", "Anna Fors", 6123450000,
           "hej! har ny mejladress, kan ni uppdatera min anmälan: anna.fors@orsa.se (den gamla slutar funka 1/3)",
           X("change", [P("Anna Fors", "anna.fors@orsa.se", "Orsa kommun")], []),
           "address update, no sessions named"),

        tg("al179", "2027-01-16T09:45", "Niklas Berglund", 5577001234,
           "hej! me and 2 colleagues from mora want to join all sessions: niklas berglund (me), "
           "sofie åström sofie.astrom@mora.se and ali hassan. thx!",
           X("register", [P("Niklas Berglund", None, "Mora kommun"),
                          P("Sofie Åström", "sofie.astrom@mora.se", "Mora kommun"),
                          P("Ali Hassan", None, "Mora kommun")], ALL),
           "swenglish telegram, three people, one with address"),

        mail("al180", "2027-02-05T08:02", ("Mats Holm", "mats.holm@leksand.se"),
             "Läst: DalaLab – praktisk information",
             "Ditt meddelande\n\n  Till: Mats Holm\n  Ämne: DalaLab – praktisk information\n"
             "  Skickat: den 4 februari 2027 16:10\n\nlästes den 5 februari 2027 08:02.\n",
             X("auto_reply"),
             "read receipt from a phone mail client"),
    ]
