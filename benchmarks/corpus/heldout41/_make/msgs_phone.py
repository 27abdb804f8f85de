"""Batch 42, theme "phone": messages typed or dictated on a phone.

Mostly Telegram messages to the bot (lower case, emoji, typos, voice-dictation slips, nicknames, follow-ups to an
earlier chat message, English and mixed Swedish/English) and short mobile e-mails ("Skickat från min iPhone") with a
one-liner above a quoted invitation, plus the automatic mail, spam and stray messages any registration address gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """\
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för
> hållbarhet och utvecklingskraft. Vi träffas fyra gånger:
>
>  * 3 maj 2027 i Falun, kl. 10–15 (fika från 09.30) – Hållbar utveckling
>    i ett rumsligt perspektiv och planeringsstrategins roll
>  * 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
>  * 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
>  * 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Anmäl dig senast 14 april 2027 till
> linnea.hassis@regiondalarna.se och uppge eventuell specialkost.
>
> Välkommen!
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        tg("ar136", "2026-12-03T07:48", "Jonna B", 583920174,
           "hej! vill anmäla mig till dalalab, alla fyra träffarna 🙂 jonna berglund, mora kommun. äter vego btw",
           X("register", [P("Jonna Berglund", None, "Mora kommun", diet="vego")], ALL, diet="vego"),
           "telegram, all lower case, nickname sender, 'alla fyra' and a diet slang word"),

        tg("ar137", "2026-12-04T16:22", "Per-Olof Mattsson", 612004387,
           "Hej det är Per-Olof Mattsson på Ludvika commun jag vill anmäla mig till dala lab den tredje maj "
           "och den tjugoförsta september punkt tack så mycket",
           X("register", [P("Per-Olof Mattsson", None, "Ludvika kommun")], [S1, S2]),
           "voice dictation: dates spelt out in words, 'commun', 'punkt', 'dala lab'"),

        tg("ar138", "2026-12-04T16:24", "Per-Olof Mattsson", 612004387,
           "och min kollega också!! Maja Ek maja.ek@ludvika.se",
           X("register", [P("Maja Ek", "maja.ek@ludvika.se", "Ludvika kommun")], [S1, S2],
             unsure=["sessions"]),
           "follow-up to the previous chat message: colleague 'också' takes the same dates, which only the earlier "
           "message gives; sender not among people"),

        mail("ar139", "2026-12-07T06:55", ("Anders Nyqvist", "anders.nyqvist@falun.se"), "Re: Inbjudan DalaLab",
             "Jag kommer! Alla tillfällen.\n/Anders\n\nSkickat från min iPhone\n\n"
             "> 3 dec. 2026 kl. 09:12 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>\n" + INVITE_QUOTE,
             X("register", [P("Anders Nyqvist", "anders.nyqvist@falun.se", "Falu kommun")], ALL),
             "one-liner from iPhone above the quoted invitation that lists all four dates"),

        tg("ar140", "2026-12-08T21:10", "Tom Becker", 734519026,
           "hi! I'm Tom Becker, planner at Borlänge municipality. Could I join the sessions on 21/9 and 29/11? "
           "I'm vegan btw 🌱",
           X("register", [P("Tom Becker", None, "Borlänge kommun", diet="vegan")], [S2, S3], diet="vegan"),
           "English telegram, day/month numeric dates, diet"),

        tg("ar141", "2026-12-09T11:31", "Sven", 420087331,
           "blir det lunch på första träffen eller bara fika?",
           X("question", [], []),
           "short question about lunch, names the first session but asks about it"),

        tg("ar142", "2026-12-10T08:02", "Lisa Holm", 508812940,
           "hej, måste tyvärr avboka mig från 3 maj 😞 krockar med kf. /Lisa Holm, Säter",
           X("cancel", [P("Lisa Holm", None, "Säters kommun")], [S1]),
           "cancel of one session, emoji, abbreviation 'kf', organisation by town name"),

        tg("ar143", "2026-12-14T13:45", "Erik Sjöberg", 377120958,
           "kan inte vara med längre, stryk mig från dalalab. mvh Erik Sjöberg",
           X("cancel", [P("Erik Sjöberg", None, None)], ALL),
           "cancel of everything with no session named and no organisation"),

        mail("ar144", "2026-12-15T03:17", ("IT-support", "no-reply@mailbox-quota-alert.com"),
             "Din brevlåda är nästan full – åtgärd krävs",
             "Hej linnea.hassis,\n\nDin brevlåda har nått 98 % av sin lagringskapacitet. Inkommande e-post kommer "
             "att avvisas inom 24 timmar.\n\nKlicka här för att utöka ditt utrymme gratis:\n"
             "http://regiondalarna-se.mailbox-quota-alert.com/verify\n\nMed vänlig hälsning\nIT-supporten",
             X("unknown", [], []),
             "phishing mail posing as IT support"),

        mail("ar145", "2026-12-15T09:14", ("Ronja Svensson", "ronja.svensson@orsa.se"),
             "Frånvaro: Inbjudan DalaLab",
             "Hej!\n\nJag är föräldraledig till och med 31 januari 2027 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta Samhällsbyggnad Orsa på 0250-55 20 00.\n\n"
             "Med vänlig hälsning\nRonja Svensson\nPlanarkitekt, Orsa kommun",
             X("auto_reply", [], []),
             "Swedish out-of-office reply to the invitation"),

        tg("ar146", "2026-12-16T19:58", "Kalle", 690341275,
           "Lindgren, Karl. Falu kommun. anmäler mig till v 18 och v 48 🙏",
           X("register", [P("Karl Lindgren", None, "Falu kommun")], [S1, S3]),
           "'Efternamn, Förnamn', sessions given as week numbers, nickname sender name"),

        tg("ar147", "2026-12-18T10:06", "Karin Dahl", 245508813,
           "kan jag byta från 21 sept till 29 nov? /karin, gagnef",
           X("change", [P("Karin Dahl", None, "Gagnefs kommun")], [S3]),
           "bare swap of one session for another, lower case signature"),

        tg("ar148", "2026-12-21T15:40", "Olle Västlund", 199402356,
           "Hej! Olle Västlund Avesta här. Jag kan inte 3/5 men min kollega Sanna Rask går i stället, "
           "sanna.rask@avesta.se",
           X("change", [P("Sanna Rask", "sanna.rask@avesta.se", "Avesta kommun")], [S1]),
           "substitution: colleague takes the sender's place on one session"),

        mail("ar149", "2027-01-04T07:21", ("Gunilla Persson", "gunilla.persson@rattvik.se"),
             "Radera",
             "Hej, vill att ni raderar mina uppgifter från anmälan till dalalab, jag har slutat på kommunen.\n"
             "Mvh Gunilla Persson\n\nSkickat från min iPhone",
             X("erasure", [P("Gunilla Persson", "gunilla.persson@rattvik.se", "Rättviks kommun")], []),
             "erasure request from a phone; also implies she no longer attends"),

        tg("ar150", "2027-01-05T12:12", "Micke", 851230649,
           "tjena! kör på alla träffar 👍 Micke (Mikael Strand) Leksand",
           X("register", [P("Mikael Strand", None, "Leksands kommun")], ALL),
           "nickname with full name in brackets, informal signup for everything"),

        tg("ar151", "2027-01-07T08:33", "Therese", 563318720,
           "är det på plats eller digitalt? går det att vara med via teams",
           X("question", [], []),
           "short question without punctuation"),

        tg("ar152", "2027-01-08T14:05", "Ana Rodríguez", 904421837,
           "Hej! I'd like to sign up för första och sista sessionen. Ana Rodríguez, Region Dalarna. "
           "Gluten free pls 🙏",
           X("register", [P("Ana Rodríguez", None, "Region Dalarna", diet="gluten free")], [S1, S4],
             diet="gluten free"),
           "mixed Swedish/English, sessions as 'första och sista', diet in English"),

        mail("ar153", "2027-01-11T10:48", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: SV: DalaLab – bekräftelse",
             "Delivery has failed to these recipients or groups:\n\n"
             "bjorn.hallgren@smedjebacken.se\n"
             "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and "
             "try to resend the message.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
             X("auto_reply", [], []),
             "bounce (non-delivery report) of a confirmation"),

        tg("ar154", "2027-01-12T02:39", "Crypto Profit Team", 777000123,
           "💰💰 Earn 5000$ every week with our AI bitcoin trading bot!! 100% guaranteed. "
           "Join now 👉 t.me/cryptoprofit_vip 🚀🚀",
           X("unknown", [], []),
           "telegram spam"),

        tg("ar155", "2027-01-14T17:27", "Elin Mårtensson", 318847502,
           "hej igen! jag är anmäld till alla fyra, glömde säga att jag är laktosintolerant. elin, borlänge",
           X("change", [P("Elin Mårtensson", None, "Borlänge kommun", diet="laktosintolerant")], ALL,
             diet="laktosintolerant"),
           "diet added afterwards: a change with the sessions stated"),

        tg("ar156", "2027-01-18T09:15", "Hanna Lindqvist", 462290831,
           "hinner inte 21.9 och 29.11, stryk mig där men jag kommer i maj och februari! /Hanna Smedjebacken",
           X("cancel", [P("Hanna Lindqvist", None, "Smedjebackens kommun")], [S2, S3]),
           "partial cancel with dotted dates, the sessions she keeps named too"),

        mail("ar157", "2027-01-19T06:40", ("Sofia Wahlberg", "sofia.wahlberg@vansbro.se"), "Anmälan dalalab",
             "Hej anmäler mig och kollegan Johan Ersson till dalalab, alla datumen. Jag är vegetarian, johan "
             "äter allt.\n/Sofia\n\nSkickat från min iPhone",
             X("register", [P("Sofia Wahlberg", "sofia.wahlberg@vansbro.se", "Vansbro kommun", diet="vegetarian"),
                            P("Johan Ersson", None, "Vansbro kommun")], ALL, diet="vegetarian"),
             "mobile mail, sender plus colleague, diet for only one of them"),

        tg("ar158", "2027-01-20T12:50", "Jakob", 527764019,
           "när är sista dagen att anmäla sig?",
           X("question", [], []),
           "one-line question about the deadline"),

        tg("ar159", "2027-01-22T10:02", "Ingrid af Klercker", 283396540,
           "Anmäl mig till den 29:e nov och 22 feb tack! Ingrid af Klercker, Lst Dalarna",
           X("register", [P("Ingrid af Klercker", None, "Länsstyrelsen Dalarna")], [S3, S4]),
           "name with particle, 'den 29:e', abbreviated month, 'Lst Dalarna'"),

        mail("ar160", "2027-01-25T13:33", ("Fredrika Lund", "fredrika.lund@hedemora.se"),
             "Läst: Inbjudan DalaLab",
             "Ditt meddelande\n\n  Till: Lund Fredrika\n  Ämne: Inbjudan DalaLab\n  Skickat: den 3 december 2026 "
             "09:12\n\nlästes den 25 januari 2027 13:33.",
             X("auto_reply", [], []),
             "read receipt"),

        tg("ar161", "2027-01-26T20:14", "Amir Haddad", 845590217,
           "vilket datum är den om tillgänglighet? och är den om framtider/osäkerheter i falun också?",
           X("question", [], []),
           "question naming sessions by theme title, no signup"),

        tg("ar162", "2027-01-28T11:09", "Bengt Olsson", 301958462,
           "ta bort mitt nummer och alla mina uppgifter ur era register tack. GDPR.",
           X("erasure", [P("Bengt Olsson", None, None)], []),
           "terse erasure request on telegram"),

        tg("ar163", "2027-02-01T08:20", "Lukas Meyer", 689073415,
           "hi, is there a fee for the sessions? and where in Falun is the first one?",
           X("question", [], []),
           "English question about cost and venue"),

        tg("ar164", "2027-02-02T15:55", "Ebba Norling", 150623978,
           "jag igen.. glöm min anmälan, chefen sa nej 🙄",
           X("cancel", [P("Ebba Norling", None, None)], ALL),
           "follow-up cancel with no sessions and no organisation"),

        mail("ar165", "2027-02-03T07:12", ("Maria Lund", "maria.lund@borlange.se"), "SV: DalaLab – bekräftelse",
             "Hej Linnea, kan du lägga till 21/9 också? Jag står redan på 3/5.\n/Maria\n\nSkickat från min iPhone\n\n"
             "> 12 jan. 2027 kl. 10:40 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>\n"
             "> Hej Maria! Tack för din anmälan till DalaLab den 3 maj 2027 i Falun.\n"
             "> Välkommen!\n> Linnea\n",
             X("change", [P("Maria Lund", "maria.lund@borlange.se", "Borlänge kommun")], [S1, S2]),
             "add a session to an existing booking; quoted confirmation repeats the old date"),

        tg("ar166", "2027-02-05T09:44", "Anneli", 472215806,
           "hej anmäler min kollega Fredrik Ohlsson (fredrik.ohlsson@orsa.se) till alla träffar, själv kan jag inte",
           X("register", [P("Fredrik Ohlsson", "fredrik.ohlsson@orsa.se", "Orsa kommun")], ALL),
           "signup on behalf of a colleague, sender explicitly not attending"),

        tg("ar167", "2027-02-08T13:27", "Linus Moberg", 934471260,
           "kan jag hänga på höstens träff? /Linus Moberg Malung",
           X("register", [P("Linus Moberg", None, "Malung-Sälens kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular: two autumn sessions are candidates; signup phrased as a question"),

        mail("ar168", "2027-02-09T08:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev februari: Nytt vägledningsmaterial om översiktsplanering",
             "<html><body><h2>Boverkets nyhetsbrev – februari 2027</h2>"
             "<p>Nu finns nytt material om planeringsstrategier och utvecklingsinriktning i PBL Kunskapsbanken.</p>"
             "<p>Läs mer om våra webbinarier i vår.</p>"
             "<p><small>Du får detta mejl eftersom du prenumererar. "
             "<a href='https://www.boverket.se/avregistrera'>Avregistrera</a></small></p></body></html>",
             X("unknown", [], []),
             "HTML newsletter on the same subject area, not a signup", html=True),

        tg("ar169", "2027-02-11T16:03", "Sara", 586630193,
           "hur långa är träffarna? 10-15 alla gånger?",
           X("question", [], []),
           "short question about times"),

        tg("ar170", "2027-02-15T07:58", "Elsa Nordin", 203917458,
           "anmälan Nordin komma Elsa Hedemora kommun alla fyra träffarna vegetarisk kost",
           X("register", [P("Elsa Nordin", None, "Hedemora kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
           "voice dictation: 'komma' for the comma in 'Efternamn, Förnamn', no punctuation"),

        mail("ar171", "2027-02-16T11:20", ("Jens Forsberg", "jens.forsberg@regiondalarna.se"),
             "Automatic reply: DalaLab – påminnelse",
             "Thank you for your e-mail. I am out of the office until 1 March 2027 with limited access to e-mail.\n"
             "For urgent matters please contact the switchboard, 023-49 00 00.\n\n"
             "Tack för ditt mejl. Jag är tjänstledig till 1 mars 2027.\n\nJens Forsberg\nRegion Dalarna",
             X("auto_reply", [], []),
             "bilingual out-of-office from inside the region"),

        tg("ar172", "2027-02-18T12:36", "Nils Åkesson", 117843605,
           "hej, jag är anmäld till 3 maj och 21 sept. kan ni ändra så jag står som glutenfri istället för vegetarian? "
           "/Nils Åkesson Älvdalen",
           X("change", [P("Nils Åkesson", None, "Älvdalens kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
           "diet change; old diet also mentioned, booked sessions stated"),

        mail("ar173", "2027-02-22T18:47", ("Tom Becker", "tom.becker@borlange.se"), "DalaLab November",
             "Hi, Tom from Borlänge again - I can't make it in November after all, please drop me from that one. "
             "Still coming in September though!\n\nSent from my iPhone",
             X("cancel", [P("Tom Becker", "tom.becker@borlange.se", "Borlänge kommun")], [S3]),
             "English mobile mail cancelling one session named by month only"),

        mail("ar174", "2027-02-25T09:03", ("Priya Nair", "priya.nair@lansstyrelsen.se"), "delete my data",
             "Hello, please delete all my personal data from your registration list, I signed up by mistake.\n"
             "Thanks, Priya\n\nSent from my iPhone",
             X("erasure", [P("Priya Nair", "priya.nair@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [],
               unsure=["intent"]),
             "English erasure request that also withdraws a signup"),

        tg("ar175", "2027-03-01T16:52", "Alva", 958102374,
           "mamma kan du hämta mig vid skolan kl 5 😘",
           X("unknown", [], []),
           "message sent to the wrong chat"),

        mail("ar176", "2027-03-04T12:15", ("Viktor Holmgren", "viktor.holmgren@mora.se"), "Fått plats?",
             "Hej! Har jag fått plats på dalalab? Anmälde mig i februari men har inte fått nåt svar.\n"
             "/Viktor\n\nSkickat från min iPhone",
             X("question", [P("Viktor Holmgren", "viktor.holmgren@mora.se", "Mora kommun")], []),
             "question about his own registration status"),

        mail("ar177", "2027-03-08T07:31", ("Göran Ström", "goran.strom@avesta.se"), "Anmälan 3/5",
             "Hej! Anmäler mig till träffen 3/5 i Falun. Nötallergi!\n\nmvh Göran Ström\nPlanarkitekt, "
             "Samhällsbyggnadsförvaltningen\nAvesta kommun\n070-123 45 67\n\n"
             "Skickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Göran Ström", "goran.strom@avesta.se", "Avesta kommun", diet="nötallergi")], [S1],
               diet="nötallergi"),
             "iso-8859-1 mobile mail with signature and phone number, one session", charset="iso-8859-1"),

        tg("ar178", "2027-03-15T10:10", "Karl-Johan Ek", 640018392,
           "Anmäler oss tre från Rättvik: jag (Karl-Johan Ek), Stina Bergman och Mats Lööf. Alla träffar. "
           "Stina är vegan",
           X("register", [P("Karl-Johan Ek", None, "Rättviks kommun"),
                          P("Stina Bergman", None, "Rättviks kommun", diet="vegan"),
                          P("Mats Lööf", None, "Rättviks kommun")], ALL, diet="vegan"),
           "three people from one municipality (quota), diet for one"),

        mail("ar179", "2027-03-22T21:05", ("Wikström, Helena", "helena.wikstrom@gagnef.se"), "dalalab",
             "<div>Hej! Jag vill anmäla mig till höstens träffar.</div><div>//Helena</div><br>"
             "<div>Skickat från min iPhone</div>",
             X("register", [P("Helena Wikström", "helena.wikstrom@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "HTML-only mobile mail, 'Efternamn, Förnamn' display name, 'höstens träffar' plural", html=True),

        tg("ar180", "2027-04-06T11:48", "Ali Yilmaz", 376654120,
           "sorry skrev fel datum i min anmälan – menade 22/2 inte 21/9!! kan ni fixa? /Ali Yilmaz Ludvika",
           X("change", [P("Ali Yilmaz", None, "Ludvika kommun")], [S4]),
           "mixed language correction: bare swap of one session for another"),
    ]
