"""Batch 43, theme "phone": messages typed (or dictated) on a phone.

Mostly Telegram messages to the bot, plus short mobile e-mails ("Skickat från min iPhone"): lower case, emoji,
typos, voice-dictation slips, nicknames, one-liners above a quoted invitation, follow-ups to an earlier chat
message, English and Swedish/English mixes, dates written every way (3/5, 21.9, v. 48, "höstens träff", by
theme), short questions and cancellations, and the automatic mail and spam any registration address receives.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """
> 12 feb. 2027 kl. 09:14 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!
>
> Lärprojektet består av fyra träffar:
> 3 maj 2027, Falun (med Boverket) – Hållbar utveckling i ett rumsligt perspektiv
> 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Anmäl dig senast 14 april 2027. Upp till tre personer per kommun.
> Ange ev. specialkost.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        tg("as136", "2027-02-14T07:42", "Sara Lindqvist", 318204957,
           "hej! vill anmäla mig till dalalab, alla fyra träffarna 🙌\n/Sara Lindqvist, Mora kommun",
           X("register", [P("Sara Lindqvist", None, "Mora kommun")], ALL),
           "telegram signup, no dates named -> all four, org from text"),

        tg("as137", "2027-02-14T07:51", "Sara Lindqvist", 318204957,
           "och min kollega på plankontoret i Mora, Olle Berg, också! samma som jag 😊",
           X("register", [P("Olle Berg", None, "Mora kommun")], ALL, unsure=["sessions"]),
           "follow-up to an earlier chat message: colleague only, 'samma som jag' refers to a message not shown"),

        tg("as138", "2027-03-02T17:20", "Maria Oskarsson", 540971263,
           "Hej jag heter Maria Oskarsson jag jobbar på länsstyrelsen och vill anmäla mig till dala lab den "
           "tredje maj och den tjugo första september punkt tack",
           X("register", [P("Maria Oskarsson", None, "Länsstyrelsen Dalarna")], [S1, S2]),
           "voice dictation: dates in words, 'punkt' dictated, 'dala lab' split"),

        mail("as139", "2027-02-15T06:58", ("Anders Holm", "anders.holm@borlange.se"), "Sv: Inbjudan DalaLab",
             "Jag o Lena Ek kommer på alla. Lena är vegetarian\n\nSkickat från min iPhone\n" + INVITE_QUOTE,
             X("register", [P("Anders Holm", "anders.holm@borlange.se", "Borlänge kommun"),
                            P("Lena Ek", None, "Borlänge kommun", diet="vegetarian")], ALL, diet="vegetarian"),
             "one-liner above quoted invitation listing all dates; colleague's diet"),

        tg("as140", "2027-03-19T12:05", "Johan Falk", 702368115,
           "hej, måste tyvärr avanmäla mig från 21/9 😞 krockar med KF. mvh Johan Falk Hedemora",
           X("cancel", [P("Johan Falk", None, "Hedemora kommun")], [S2]),
           "short telegram cancel of one session, d/m date"),

        tg("as141", "2027-01-11T09:33", "Pia", 266810429,
           "blir det lunch eller bara fika?",
           X("question", [], []),
           "one-line question, nickname sender"),

        mail("as142", "2027-01-25T08:01", ("Karin Nyberg", "karin.nyberg@falun.se"),
             "Automatiskt svar: DalaLab – anmälan öppen",
             "Hej!\n\nJag är föräldraledig t.o.m. 28/2 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta Stadsbyggnadsförvaltningen via växeln 023-830 00.\n\n"
             "Karin Nyberg\nÖversiktsplanerare\nFalu kommun",
             X("auto_reply", [], []),
             "out-of-office with a date and phone number"),

        tg("as143", "2027-02-20T21:14", "Jesper Lind", 831502774,
           "Hi! Is it possible to join the sessions online? I'm based in Malung and it's a long drive 🚗",
           X("question", [], []),
           "English question, org mentioned but nobody registered"),

        tg("as144", "2027-03-08T10:47", "Tom Becker", 459217806,
           "hi, I'd like to sign up for the sessions on 29 Nov and 22 Feb. Tom Becker, Region Dalarna. "
           "I'm vegan 🌱",
           X("register", [P("Tom Becker", None, "Region Dalarna", diet="vegan")], [S3, S4], diet="vegan"),
           "English signup, two sessions by English date, diet"),

        tg("as145", "2027-03-22T15:36", "Emma Sjöberg", 127683409,
           "Hej igen! Kan jag byta från första träffen till den i september istället? /Emma Sjöberg Gagnef",
           X("change", [P("Emma Sjöberg", None, "Gagnefs kommun")], [S2]),
           "bare swap by ordinal and month, gives only the new session"),

        tg("as146", "2027-01-30T03:12", "💎 Crypto Signals VIP 💎", 995034718,
           "💰💰 Earn 5000 USDT weekly with our AI trading bot!! 🚀🚀\nLimited spots – join VIP now 👉 "
           "t.me/cryptosignals_vip_pro\nNo experience needed ✅ 100% guaranteed ✅",
           X("unknown", [], []),
           "telegram crypto spam"),

        mail("as147", "2027-03-03T11:20", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undeliverable: Sv: Anmälan DalaLab 3 maj",
             "Leveransen misslyckades till följande mottagare:\n\n    p.lundgren@smedjebacken.se\n\n"
             "Mottagarens e-postadress hittades inte. Kontrollera adressen och försök igen.\n\n"
             "Diagnostic information for administrators:\nRemote Server returned "
             "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\nSubject: Sv: Anmälan DalaLab 3 maj\nFrom: Linnea Hassis\n",
             X("auto_reply", [], []),
             "bounce of an outgoing reply; subject names a date and a signup"),

        tg("as148", "2027-02-27T19:08", "Micke", 603175284,
           "tja! micke här från rättvik (mikael söderström egentligen 😅) kör på alla dalalab-träffarna. "
           "laktosfri",
           X("register", [P("Mikael Söderström", None, "Rättviks kommun", diet="laktosfri")], ALL,
             diet="laktosfri"),
           "nickname profile, real name in lower case in parentheses, diet as bare word"),

        tg("as149", "2027-04-06T08:15", "Ola Persson", 371840692,
           "vart i falun är första träffen? o finns det parkering",
           X("question", [], []),
           "question about venue, mentions a session"),

        mail("as150", "2027-04-02T13:44", ("Petra Grahn", "petra.grahn@ludvika.se"), "Dalalab 3/5",
             "Hej! Jag kan inte 3/5 men min kollega Viktor Ahl går istället. Jag behåller resten.\n\n"
             "/Petra\n\nSkickat från min iPhone",
             X("change", [P("Petra Grahn", "petra.grahn@ludvika.se", "Ludvika kommun"),
                          P("Viktor Ahl", None, "Ludvika kommun")], [S1]),
             "substitution for one session from a phone; colleague's address not given"),

        tg("as151", "2027-03-11T11:02", "Ingrid W", 214598037,
           "Anmälan: Westerlund, Ingrid. Säters kommun. 21.9 + 29.11. glutenfri tack",
           X("register", [P("Ingrid Westerlund", None, "Säters kommun", diet="glutenfri")], [S2, S3],
             diet="glutenfri"),
           "'Efternamn, Förnamn', dotted dates, abbreviated profile name"),

        tg("as152", "2027-03-29T20:41", "Lars-Göran Pettersson", 887406123,
           "Hej. Jag vill att ni raderar mina personuppgifter ur ert anmälningsregister enligt GDPR. "
           "Jag kommer inte att delta. Hälsningar Lars-Göran Pettersson",
           X("erasure", [P("Lars-Göran Pettersson", None, None)], []),
           "erasure on telegram, hyphenated name, no org"),

        mail("as153", "2027-02-18T14:27", ("Björn Strand", "bjorn.strand@avesta.se"), "Läst: Bekräftelse DalaLab",
             "Ditt meddelande\n\n  Till: Strand Björn\n  Ämne: Bekräftelse DalaLab\n"
             "  Skickat: den 18 februari 2027 13:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "lästes den 18 februari 2027 14:27:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
             X("auto_reply", [], []),
             "read receipt for a confirmation"),

        tg("as154", "2027-03-31T16:58", "Fredrik Nordin", 145329876,
           "hej avanmäl mig från allt, har bytt jobb 🙏 Fredrik Nordin (var på Avesta kommun)",
           X("cancel", [P("Fredrik Nordin", None, "Avesta kommun")], ALL),
           "cancel everything, former employer named"),

        tg("as155", "2027-03-15T09:26", "Jonas Eklund", 562094718,
           "hej! jag och min colleague Aisha Rahimi från Borlänge wanna join 3 maj + 21 sept. I'm Jonas Eklund "
           "btw. Aisha äter halal",
           X("register", [P("Jonas Eklund", None, "Borlänge kommun"),
                          P("Aisha Rahimi", None, "Borlänge kommun", diet="halal")], [S1, S2], diet="halal"),
           "Swedish/English mix, two people, diet for the colleague"),

        tg("as156", "2027-02-02T22:10", "Kicki", 730618452,
           "sista dag för anmälan?",
           X("question", [], []),
           "three-word question"),

        mail("as157", "2027-03-05T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev från PBL Kunskapsbanken – mars 2027",
             "<html><body><h2>PBL Kunskapsbanken – nytt i mars</h2>"
             "<p>Nu finns en uppdaterad vägledning om översiktsplanens utvecklingsinriktning.</p>"
             "<p><b>Seminarium 3 maj:</b> Boverket medverkar på Region Dalarnas lärprojekt om planeringsstrategier.</p>"
             "<p><a href=\"https://www.boverket.se/\">Läs mer</a> | "
             "<a href=\"https://www.boverket.se/avregistrera\">Avregistrera dig</a></p>"
             "</body></html>",
             X("unknown", [], []),
             "HTML newsletter mentioning the first session", html=True),

        tg("as158", "2027-03-24T07:55", "Hanna Lind", 419862035,
           "hej det är Hanna Lind från Orsa kommun jag vill anmäla mig till dala labb tjugonionde november och "
           "tjugoandra februari tack",
           X("register", [P("Hanna Lind", None, "Orsa kommun")], [S3, S4]),
           "voice dictation: ordinal dates in words, no punctuation, 'dala labb'"),

        tg("as159", "2027-04-01T10:12", "Nils Håkansson", 284705319,
           "ändring: har fått veta att jag är celiakiker så glutenfritt för mig på alla träffar tack. "
           "/Nils Håkansson, Leksand",
           X("change", [P("Nils Håkansson", None, "Leksands kommun", diet="glutenfritt")], ALL,
             diet="glutenfritt", unsure=["sessions"]),
           "diet change for an already registered person; sessions not stated"),

        mail("as160", "2027-02-22T18:03", ("Susanne Dahl", "susanne.dahl@vansbro.se"), "Anmälan från Vansbro",
             "Hej Linnea\nVi blir tre från Vansbro: jag, Erik Tåg och Ann-Sofi Ström. Alla fyra ggr.\n"
             "Erik nötallergiker!\n\nSusanne\n\nSkickat från min iPhone",
             X("register", [P("Susanne Dahl", "susanne.dahl@vansbro.se", "Vansbro kommun"),
                            P("Erik Tåg", None, "Vansbro kommun", diet="nötallergiker"),
                            P("Ann-Sofi Ström", None, "Vansbro kommun")], ALL, diet="nötallergiker"),
             "three from one municipality from a phone, diet for one colleague"),

        tg("as161", "2027-01-20T15:47", "Malin Eriksson", 652380147,
           "Älskling kan du hämta Elsa på fritids? sitter fast i möte till 17 ❤️",
           X("unknown", [], []),
           "private message sent to the bot by mistake"),

        mail("as162", "2027-02-23T09:30", ("Olof Pihl", "olof.pihl@alvdalen.se"), "Automatiskt svar: Re: DalaLab",
             "Tack för ditt mejl. Jag har semester v. 8-9 och läser inte e-post. Åter 8 mars.\n\n"
             "Olof Pihl\nSamhällsbyggnad, Älvdalens kommun\n0251-800 00",
             X("auto_reply", [], []),
             "out-of-office naming week numbers (v. 8 is a session week in 2028)"),

        tg("as163", "2027-04-08T13:19", "Hans af Klinteberg", 508471236,
           "Hej! Jag (Hans af Klinteberg, regionen) kan inte komma 29/11 – stryk mig från den 🙏",
           X("cancel", [P("Hans af Klinteberg", None, "Region Dalarna")], [S3]),
           "cancel one session, name with particle, 'regionen'"),

        tg("as164", "2027-03-17T21:03", "Therese Blom", 176023948,
           "är jag anmäld? skickade mejl förra veckan men har inte fått nån bekräftelse",
           X("question", [], []),
           "status question, nobody registered by it"),

        mail("as165", "2027-02-09T02:17", ("IT-support", "admin@regiondalarna-se.help"),
             "Din brevlåda är 98% full – verifiera nu",
             "Hej linnea.hassis@regiondalarna.se\n\nDin brevlåda har nästan nått sin lagringsgräns. "
             "Inkommande meddelanden kommer att avvisas inom 24 timmar.\n\n"
             "Klicka här för att verifiera ditt konto: http://regiondalarna-se.help/owa/verify\n\nIT-support",
             X("unknown", [], []),
             "phishing from a look-alike domain"),

        tg("as166", "2027-03-09T08:40", "Ulrika Berglund", 327915604,
           "Anmäler mig till träffarna v. 48 och v. 8. Ulrika Berglund, Smedjebackens kommun",
           X("register", [P("Ulrika Berglund", None, "Smedjebackens kommun")], [S3, S4]),
           "sessions by week number only"),

        tg("as167", "2027-03-26T12:30", "Karin Ljung", 841260573,
           "jag är redan anmäld till 3 maj men vill lägga till höstens båda träffar också 👍 Karin Ljung, Falun",
           X("change", [P("Karin Ljung", None, "Falu kommun")], [S1, S2, S3]),
           "add sessions to an existing booking: 'höstens båda träffar'"),

        mail("as168", "2027-01-28T16:22", ("David Morgan", "david.morgan@lansstyrelsen.se"), "DalaLab",
             "Hi Linnea,\nplease sign me up for all four. No dietary restrictions.\nThanks, David\n\n"
             "Sent from my Galaxy",
             X("register", [P("David Morgan", "david.morgan@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "English mobile mail, 'no dietary restrictions' is no diet"),

        tg("as169", "2027-02-11T12:48", "Sophie Wallin", 693027418,
           "quick q – do I need to attend all four or can I pick the ones I want?",
           X("question", [], []),
           "English question about choosing sessions"),

        tg("as170", "2027-04-05T14:06", "Gunilla", 238604917,
           "Hej, vår Peter Svensk har slutat hos oss på Hedemora kommun så han kommer inte på dalalab. /Gunilla",
           X("cancel", [P("Peter Svensk", None, "Hedemora kommun")], ALL),
           "colleague withdrawn without substitute, sender not among people"),

        mail("as171", "2027-03-12T19:55", ("Linda Högberg", "linda.hogberg@mora.se"), "Radera mina uppgifter",
             "Hej,\nJag anmälde mig av misstag. Vänligen radera alla mina uppgifter hos er.\n\n"
             "Linda Högberg\nMora kommun\n\nSkickat från min iPad",
             X("erasure", [P("Linda Högberg", "linda.hogberg@mora.se", "Mora kommun")], []),
             "erasure in iso-8859-1 from a tablet", charset="iso-8859-1"),

        tg("as172", "2027-02-25T06:37", "Stina Malm", 915736240,
           "3/5 o 22/2 för mig tack. Stina Malm Malung",
           X("register", [P("Stina Malm", None, "Malung-Sälens kommun")], [S1, S4]),
           "terse one-liner, slash dates, 'Malung'"),

        tg("as173", "2027-04-09T18:25", "Roger Ek", 407158392,
           "kan inte komma på höstens träff tyvärr",
           X("cancel", [P("Roger Ek", None, None)], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular, two autumn sessions"),

        mail("as174", "2027-03-04T10:11", ("Lena Åberg", "lena.aberg@rattvik.se"), "VB: DalaLab",
             "Hej Linnea! Tobias bad mig skicka vidare, hans mejl strular. /Lena\n\n"
             "Hämta Outlook för iOS\n\n"
             "-------- Vidarebefordrat meddelande --------\n"
             "Från: Tobias Norén <tobias.noren@rattvik.se>\n"
             "Datum: 4 mars 2027 09:52\n"
             "Till: Lena Åberg <lena.aberg@rattvik.se>\n"
             "Ämne: DalaLab\n\n"
             "Kan du anmäla mig till 21 sep och 29 nov? Mitt mejl vägrar skicka utanför huset.\n/T",
             X("register", [P("Tobias Norén", "tobias.noren@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "forwarded signup; forwarder does not attend, address from forwarded header"),

        tg("as175", "2027-03-18T11:50", "Anna-Karin Lundh", 584219037,
           "Hej! Är träffen 21/9 också i Falun eller blir det nån annanstans?",
           X("question", [], []),
           "question naming a session date"),

        mail("as176", "2027-01-14T04:09", ("Mail Delivery Subsystem", "postmaster@hedemora.se"),
             "Delivery Status Notification (Delay)",
             "This is an automatically generated Delivery Status Notification.\n\n"
             "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
             "Delivery to the following recipients has been delayed:\n\n    linnea.hassis@regiondalarna.se\n\n"
             "Message will be retried for 2 more day(s)\n\n"
             "----- Original message -----\nSubject: Anmälan DalaLab alla träffar\n",
             X("auto_reply", [], []),
             "delay notification quoting a signup subject"),

        tg("as177", "2027-04-03T09:04", "Elin Sandberg", 361850274,
           "byt mig till 22 feb istället för 29 nov, tack! //Elin Sandberg Avesta",
           X("change", [P("Elin Sandberg", None, "Avesta kommun")], [S4]),
           "bare swap between two dates"),

        tg("as178", "2026-12-03T10:00", "Bengt", 120498763,
           "/start",
           X("unknown", [], []),
           "bot start command only"),

        tg("as179", "2027-02-16T13:37", "Amir Haddad", 749312605,
           "hej, anmäl mig till alla fyra! blir det vegetariskt alternativ? isf tar jag det. "
           "/Amir Haddad, Ludvika kommun",
           X("register", [P("Amir Haddad", None, "Ludvika kommun", diet="vegetariskt")], ALL,
             diet="vegetariskt"),
           "signup with an embedded question and a conditional diet"),

        mail("as180", "2027-04-07T07:26", ("Jenny Holmgren", "jenny.holmgren@leksand.se"), "Ändring DalaLab",
             "<div dir=\"ltr\">Hej!<br>Jag anmälde mig till alla fyra men kan bara 21/9 och 29/11 nu. "
             "Stryk de andra 🙁<br><br>Jenny Holmgren<br>Planarkitekt, Leksands kommun<br>"
             "0247-800 00</div><div><br>Skickat från min iPhone</div>",
             X("change", [P("Jenny Holmgren", "jenny.holmgren@leksand.se", "Leksands kommun")], [S2, S3],
               unsure=["change-or-cancel"]),
             "HTML mobile mail reducing a booking: remaining sessions stated", html=True),
    ]
