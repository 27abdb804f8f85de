"""Theme "phone" (batch 44, at136–at180): messages written on a phone.

Mostly Telegram chat (lower case, emoji, typos, voice-dictation slips, nicknames, follow-ups to an earlier
chat message, English and Swedish/English mixed) and short mobile e-mails ("Skickat från min iPhone"),
some as one-liners above a quoted invitation; plus the automatic mail, spam and odd mail any
registration address gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_SV = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 30 november 2026 09:12
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
>
> Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
> DalaLab. Vi ses vid fyra tillfällen:
>
>  * 3 maj 2027, Falun, kl 10–15 (fika från 09.30) – Hållbar utveckling i ett
>    rumsligt perspektiv och planeringsstrategins roll
>  * 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
>  * 29 november 2027 – Att planera för önskvärda framtider och för osäkerheter
>  * 22 februari 2028 – Planera för tillgänglighet
>
> Varje kommun kan delta med upp till tre personer. Anmäl dig senast
> 14 april 2027 genom att svara på det här mejlet. Ange eventuell specialkost.
>
> Varma hälsningar
> Linnea Hassis, Region Dalarna
"""

INVITE_EN = """
On 30 Nov 2026, at 09:12, Hassis Linnea <linnea.hassis@regiondalarna.se> wrote:

> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – fyra träffar:
> 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
> Anmälan senast 14 april 2027. Upp till tre personer per kommun.
>
> Linnea Hassis
> Region Dalarna
"""


def messages():
    m = []

    # --- signups -------------------------------------------------------------------------------------------
    m.append(tg("at136", "2026-12-03T07:41", "Sara Lindqvist", 482019377,
                "hej! vill anmäla mig till dalalab 🙌 alla 4 träffarna. Sara Lindqvist, Mora kommun, "
                "sara.lindqvist@mora.se",
                X("register", [P("Sara Lindqvist", "sara.lindqvist@mora.se", "Mora kommun")], ALL),
                "telegram one-liner signup, all four named as a count"))

    m.append(tg("at137", "2026-12-03T07:44", "Sara Lindqvist", 482019377,
                "och min kollega jonas ek också 😊 han jobbar också här på mora kommun. vegetarian",
                X("register", [P("Jonas Ek", None, "Mora kommun", diet="vegetarian")], ALL, diet="vegetarian"),
                "follow-up chat message adding a colleague (sender already registered, not in people), diet"))

    m.append(mail("at138", "2026-12-04T21:17", ("Per Håkansson", "per.hakansson@ludvika.se"),
                  "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                  "Anmäl mig till 3/5 och 29/11 tack!\n/Per\n\nSkickat från min iPhone\n" + INVITE_SV,
                  X("register", [P("Per Håkansson", "per.hakansson@ludvika.se", "Ludvika kommun")], [S1, S3]),
                  "iPhone one-liner above the quoted invitation that lists all four dates"))

    m.append(tg("at139", "2026-12-07T16:58", "Anna-Karin Öberg", 731554210,
                "hej jag heter anna karin öberg jag jobbar på bor länge kommun med översikts planering "
                "jag vill anmäla mig till träffen den tjugoförsta september och den i november tack",
                X("register", [P("Anna-Karin Öberg", None, "Borlänge kommun")], [S2, S3]),
                "voice dictation: 'bor länge' for Borlänge, dates spelled out, no punctuation"))

    m.append(tg("at140", "2026-12-09T12:05", "Tom Richards", 305817264,
                "Hi! I'd like to sign up for the February one only (the accessibility theme). "
                "Tom Richards, Region Dalarna – tom.richards@regiondalarna.se. Thanks!",
                X("register", [P("Tom Richards", "tom.richards@regiondalarna.se", "Region Dalarna")], [S4]),
                "English telegram signup, session named by month and theme"))

    m.append(tg("at147", "2026-12-14T19:22", "Micke 🎣", 619004582,
                "tjena! Mikael Lundgren, Leksand. kör alla fyra 👍 mikael.lundgren@leksand.se",
                X("register", [P("Mikael Lundgren", "mikael.lundgren@leksand.se", "Leksands kommun")], ALL),
                "nickname as telegram display name, full name in text, slang"))

    m.append(tg("at148", "2026-12-15T10:37", "Gustav Nord", 258771093,
                "hej! can I sign up my colleague? Fatima Al-Sayed, hon jobbar på Avesta kommun med ÖP. "
                "Bara höstens träffar. fatima.al-sayed@avesta.se",
                X("register", [P("Fatima Al-Sayed", "fatima.al-sayed@avesta.se", "Avesta kommun")], [S2, S3]),
                "mixed Swedish/English, sender signs up a colleague only, 'höstens träffar' (plural)"))

    m.append(tg("at151", "2027-01-08T08:13", "Ingrid W", 904418826,
                "Anmälan: Westberg, Ingrid. Gagnefs kommun. 3/5 + 21/9. Laktosfri 🙏",
                X("register", [P("Ingrid Westberg", None, "Gagnefs kommun", diet="laktosfri")], [S1, S2],
                  diet="laktosfri"),
                "'Efternamn, Förnamn', dates d/m joined by +, diet"))

    m.append(tg("at155", "2027-01-12T13:50", "Sofia Eriksson", 377120945,
                "hej, vi blir tre från Rättvik: jag (Sofia Eriksson), Olle Mattsson och Kerstin Bäck. "
                "alla träffar. olle äter vegan",
                X("register", [P("Sofia Eriksson", None, "Rättviks kommun"),
                               P("Olle Mattsson", None, "Rättviks kommun", diet="vegan"),
                               P("Kerstin Bäck", None, "Rättviks kommun")], ALL, diet="vegan"),
                "three from one municipality in one chat line, diet for one of them"))

    m.append(tg("at156", "2027-01-12T13:53", "Sofia Eriksson", 377120945,
                "kan vi bli fyra från rättvik? isåfall anmäl även Nils Hed 🙂",
                X("register", [P("Nils Hed", None, "Rättviks kommun")], ALL, unsure=["intent"]),
                "follow-up: conditional fourth person over the quota (question + signup)"))

    m.append(mail("at157", "2027-01-14T06:48", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
                  "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                  "Count me in for the September and November sessions.\n\nDaniel\n\nSent from my iPhone\n"
                  + INVITE_EN,
                  X("register", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
                    [S2, S3]),
                  "English iPhone reply above a quoted Swedish invitation, sessions by month"))

    m.append(mail("at162", "2027-01-20T17:31", ("Åsa Grönlund", "asa.gronlund@hedemora.se"),
                  "dalalab",
                  "Hej! Jag anmäler mig till träffarna v 38 och v 48. Ingen specialkost.\n\n"
                  "Åsa Grönlund\nPlanarkitekt, Hedemora kommun\n070-318 44 92\n\n"
                  "Skaffa Outlook för iOS\n",
                  X("register", [P("Åsa Grönlund", "asa.gronlund@hedemora.se", "Hedemora kommun")], [S2, S3]),
                  "sessions by week number, 'ingen specialkost' is no diet, Outlook mobile footer"))

    m.append(tg("at168", "2027-02-02T11:26", "Malin Rask", 145502398,
                "Hej, jag vill gå på den om osäkerheter och önskvärda framtider, och den om tillgänglighet. "
                "Malin Rask, Vansbro kommun",
                X("register", [P("Malin Rask", None, "Vansbro kommun")], [S3, S4]),
                "sessions named only by theme title"))

    m.append(tg("at169", "2027-02-05T22:09", "Linus Jansson", 688213470,
                "anmäler mig till första träffen (3:e maj). har nötallergi!! Linus Jansson, Säter",
                X("register", [P("Linus Jansson", None, "Säters kommun", diet="nötallergi")], [S1],
                  diet="nötallergi"),
                "'första träffen (3:e maj)', allergy, town name for the municipality"))

    m.append(tg("at174", "2027-02-24T09:02", "Jenny van der Berg", 512678843,
                "hi! jag heter Jenny van der Berg, Region Dalarna, vill anmäla mig 🙂 "
                "all sessions except the one in november",
                X("register", [P("Jenny van der Berg", None, "Region Dalarna")], [S1, S2, S4]),
                "name with particles, mixed language, sessions given by exclusion"))

    m.append(tg("at177", "2027-03-09T15:44", "Viktor Holm", 873390115,
                "hej, anmäl mig till höstens träff! Viktor Holm, Hedemora",
                X("register", [P("Viktor Holm", None, "Hedemora kommun")], [S2, S3], unsure=["sessions"]),
                "'höstens träff' singular while there are two autumn sessions"))

    # --- changes -------------------------------------------------------------------------------------------
    m.append(tg("at146", "2026-12-11T14:18", "Lars-Göran Persson", 226908451,
                "kan jag byta från 3 maj till 22 feb? krockar med kommunfullmäktige 😬",
                X("change", [P("Lars-Göran Persson", None, None)], [S4]),
                "bare swap asked as a question, telegram, no organisation"))

    m.append(mail("at153", "2027-01-10T18:02", ("Helena Sjöberg", "helena.sjoberg@falun.se"),
                  "Sv: anmälan",
                  "hejsan! jag är anmäld till maj och september men glömde säga att jag är glutenfri. "
                  "sorry!\n/Helena\n\nSkickat från min iPhone",
                  X("change", [P("Helena Sjöberg", "helena.sjoberg@falun.se", "Falu kommun", diet="glutenfri")],
                    [S1, S2], diet="glutenfri"),
                  "diet added afterwards, existing sessions stated by month"))

    m.append(tg("at160", "2027-01-18T07:55", "Petra Olsson", 440372618,
                "Hej! Jag (Petra Olsson) kan inte gå 29:e nov, min kollega Ahmed Yusuf går i stället. "
                "vi är båda på Falu kommun. ahmed.yusuf@falun.se",
                X("change", [P("Petra Olsson", None, "Falu kommun"),
                             P("Ahmed Yusuf", "ahmed.yusuf@falun.se", "Falu kommun")], [S3]),
                "substitution for one session, '29:e nov'"))

    m.append(tg("at165", "2027-02-01T20:40", "Lotta Berglund", 997145206,
                "hallå! jag är redan anmäld till 3 maj men vill lägga till 22/2 också",
                X("change", [P("Lotta Berglund", None, None)], [S1, S4]),
                "adds a session to an existing booking: both sessions after the change"))

    m.append(mail("at172", "2027-02-19T12:11", ("Ola Brandt", "ola.brandt@avesta.se"),
                  "Ändring DalaLab",
                  "Hej! Kan du ändra min anmälan så att jag bara går 21/9 och 29/11 i stället för alla fyra? "
                  "Tack!\nMvh Ola\n\nSkickat från min iPhone",
                  X("change", [P("Ola Brandt", "ola.brandt@avesta.se", "Avesta kommun")], [S2, S3]),
                  "narrows an all-four booking to two sessions"))

    # --- cancellations -------------------------------------------------------------------------------------
    m.append(tg("at142", "2026-12-10T08:27", "Maria Nyström", 367245108,
                "hej, Maria Nyström här. kommer tyvärr inte kunna komma 21.9 🙁 de andra står kvar",
                X("cancel", [P("Maria Nyström", None, None)], [S2]),
                "cancel one session written 21.9, the others kept"))

    m.append(mail("at143", "2026-12-12T06:31", ("Erik Dahlberg", "erik.dahlberg@hedemora.se"),
                  "Avanmälan",
                  "Hej Linnea, jag måste tyvärr avanmäla mig från hela DalaLab, har fått nytt jobb i Uppsala. "
                  "Lycka till!\nMvh Erik\n\nSkickat från min iPhone",
                  X("cancel", [P("Erik Dahlberg", "erik.dahlberg@hedemora.se", "Hedemora kommun")], ALL),
                  "short mobile cancel of everything"))

    m.append(tg("at159", "2027-01-16T23:12", "hanna", 159886730,
                "hej avanmäler mig från dalalb tyvär. hanna lööf, smedjebacken",
                X("cancel", [P("Hanna Lööf", None, "Smedjebackens kommun")], ALL),
                "typos, lower case name, no session named"))

    m.append(tg("at171", "2027-02-17T16:05", "Emma Lind", 702461983,
                "sorry, måste cancel:a september-träffen, double booked 🙈 /Emma Lind",
                X("cancel", [P("Emma Lind", None, None)], [S2]),
                "Swedish/English mix, 'cancel:a', session by month"))

    m.append(tg("at180", "2027-04-06T10:14", "Birgitta Olander", 334790621,
                "hej! min kollega Stina Ahl kommer inte alls, hon har slutat här på Orsa kommun. "
                "ingen ersättare än",
                X("cancel", [P("Stina Ahl", None, "Orsa kommun")], ALL),
                "colleague withdrawn without substitute, sender not cancelling herself"))

    # --- questions -----------------------------------------------------------------------------------------
    m.append(tg("at141", "2026-12-09T20:51", "Jonna Falk", 851203367,
                "blir det lunch på första träffen eller ska man ta med? 🥪",
                X("question"), "short question about lunch"))

    m.append(tg("at150", "2027-01-05T09:33", "Rickard Sahlin", 217640098,
                "vart i falun är första träffen? 📍",
                X("question"), "location question, 'vart' for 'var'"))

    m.append(tg("at154", "2027-01-11T17:19", "Chris Moberg", 566019842,
                "Hey, is there any way to join online? I'm in Mora and can't travel in May",
                X("question"), "English question mentioning a month, no signup"))

    m.append(mail("at161", "2027-01-19T22:47", ("Karin Sund", "karin.sund@malung-salen.se"),
                  "Fråga",
                  "Hej! Hur sent kan man anmäla sig? Vi har inte bestämt vilka som ska åka än.\n\n"
                  "Skickat från min iPhone",
                  X("question"), "deadline question from a phone, nobody named"))

    m.append(tg("at166", "2027-02-03T12:58", "Oskar", 690118235,
                "är det gratis? 💸",
                X("question"), "three-word question"))

    m.append(tg("at173", "2027-02-22T08:20", "Elin Borg", 421937760,
                "hur många får vi vara från samma kommun? tänkte ta med halva planavd 😅",
                X("question"), "quota question"))

    m.append(tg("at178", "2027-03-22T14:36", "Jörgen Mattsson", 780335419,
                "finns det parkering vid lokalen i falun 3/5? kommer med bil från älvdalen",
                X("question"), "question naming a date and a town, not a signup"))

    # --- erasure -------------------------------------------------------------------------------------------
    m.append(mail("at149", "2026-12-28T11:02", ("Johan Strand", "johan.strand@orsa.se"),
                  "Mina uppgifter",
                  "Hej, jag vill att ni raderar mina uppgifter från anmälningslistan och era utskick.\n/Johan\n\n"
                  "Skickat från min iPhone",
                  X("erasure", [P("Johan Strand", "johan.strand@orsa.se", "Orsa kommun")]),
                  "short mobile erasure request"))

    m.append(tg("at164", "2027-01-27T19:08", "Gunnar Wik", 128843057,
                "hej. ta bort mig ur era register, vill inte få fler meddelanden från den här boten. //Gunnar Wik",
                X("erasure", [P("Gunnar Wik", None, None)]),
                "erasure via telegram, no organisation"))

    m.append(mail("at179", "2027-04-02T07:15", ("Ruth Andersson", "ruth.andersson@leksand.se"),
                  "Re: DalaLab",
                  "Please delete all my personal data you hold (GDPR art. 17). I won't be attending.\n\n"
                  "Ruth\n\nSent from my iPhone",
                  X("erasure", [P("Ruth Andersson", "ruth.andersson@leksand.se", "Leksands kommun")],
                    unsure=["intent"]),
                  "English GDPR erasure that also implies a cancellation"))

    # --- automatic mail ------------------------------------------------------------------------------------
    m.append(mail("at144", "2026-12-01T09:14", ("Kristina Holm", "kristina.holm@sater.se"),
                  "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
                  "Hej!\nJag är tjänstledig till och med 10 januari och läser inte min e-post. "
                  "Brådskande ärenden: ring växeln 0225-550 00.\n\nKristina Holm\nSäters kommun\n",
                  X("auto_reply"), "out-of-office reply to the invitation"))

    m.append(mail("at152", "2026-12-04T10:40", ("Mail Delivery System", "postmaster@regiondalarna.se"),
                  "Undeliverable: Sv: Anmälan DalaLab",
                  "Delivery has failed to these recipients or groups:\n\n"
                  "jonas.ek@mora.se\n"
                  "The email address you entered couldn't be found. Please check the recipient's email "
                  "address and try to resend the message.\n\n"
                  "Diagnostic information for administrators:\n"
                  "Generating server: SMTP01.regiondalarna.se\n"
                  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
                  X("auto_reply"), "bounce of a confirmation to a colleague's address"))

    m.append(mail("at163", "2027-01-21T08:00", ("Bengt Ljung", "bengt.ljung@regiondalarna.se"),
                  "Automatic reply: DalaLab – påminnelse",
                  "<html><body><p>Thank you for your message. I am out of the office until "
                  "<b>1 February</b> with limited access to e-mail.</p><p>Tack för ditt mejl, jag är "
                  "tillbaka 1 februari.</p><p>Bengt Ljung<br>Region Dalarna</p></body></html>",
                  X("auto_reply"), "HTML bilingual out-of-office from a Region address", html=True))

    m.append(mail("at170", "2027-02-09T15:27", ("Siv Dahl", "siv.dahl@alvdalen.se"),
                  "Läst: DalaLab – inbjudan",
                  "Ditt meddelande\n\n  Till: Dahl Siv\n  Ämne: DalaLab – inbjudan\n  Skickat: den 9 februari "
                  "2027 14:02\n\nlästes den 9 februari 2027 15:27.\n",
                  X("auto_reply"), "read receipt"))

    m.append(mail("at175", "2027-03-01T10:03", ("Kontaktcenter Ludvika", "kontaktcenter@ludvika.se"),
                  "Ärende 2027-0418 mottaget",
                  "Tack för ditt e-postmeddelande till Ludvika kommuns kontaktcenter.\n"
                  "Ditt ärende har registrerats med nummer 2027-0418 och besvaras inom fem arbetsdagar.\n"
                  "Detta meddelande går inte att svara på.\n",
                  X("auto_reply"), "automatic case-receipt from a municipality, iso-8859-1",
                  charset="iso-8859-1"))

    # --- spam and mail not for the service -----------------------------------------------------------------
    m.append(tg("at145", "2026-12-10T03:12", "Crypto Signals VIP", 999012345,
                "🚀🚀 Earn 5000$ weekly with BTC trading!! no experience needed ✅ DM @cryptoboss_vip now 💰",
                X("unknown"), "telegram crypto spam"))

    m.append(tg("at158", "2027-01-15T16:31", "Maja Strömberg", 509837162,
                "pappa jag glömde nycklarna kan du lägga dom under mattan?? 🔑",
                X("unknown"), "personal message sent to the bot by mistake"))

    m.append(mail("at167", "2027-02-07T05:49", ("IT-support", "no-reply@m365-security-alert.com"),
                  "Ditt lösenord går ut idag",
                  "<html><body><p>Hej linnea.hassis,</p><p>Ditt Microsoft 365-lösenord går ut idag. "
                  "Klicka nedan för att behålla ditt nuvarande lösenord.</p>"
                  "<p><a href=\"http://m365-security-alert.com/keep\">BEHÅLL LÖSENORD</a></p></body></html>",
                  X("unknown"), "HTML phishing mail", html=True))

    m.append(tg("at176", "2027-03-04T12:00", "Planerarnätverket Dalarna", 640275519,
                "📢 Nyhetsbrev mars: Boverket har publicerat ny vägledning om översiktsplanering. "
                "Läs mer på vår sida. Nästa nätverksträff 21 september i Borlänge!",
                X("unknown"), "forwarded newsletter post naming a session date"))

    return m
