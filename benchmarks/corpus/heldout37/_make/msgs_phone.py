"""Batch 38, theme phone: Telegram messages and short mobile e-mails (an136-an180).

Lower case, emoji, typos, voice dictation, nicknames, one-liners above quoted invitations, follow-ups
("glömde säga att jag är vegan"), English and mixed, dates written every way, short questions, cancellations.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INV_QUOTE_GMAIL = """Den tis 12 jan. 2027 kl 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej!
>
> Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och
> utvecklingskraft. Lärprojektet består av fyra träffar:
>
> 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
> 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Sista anmälningsdag är 14 april 2027. Upp till tre personer per kommun.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
"""

INV_QUOTE_IPHONE = """> 12 jan. 2027 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej! Välkommen att anmäla dig till DalaLab. Träffarna äger rum
> 3/5 2027 (Falun), 21/9 2027, 29/11 2027 och 22/2 2028.
> Anmäl dig senast 14 april till linnea.hassis@regiondalarna.se.
> Max tre personer per kommun.
"""


def messages():
    return [
        tg("an136", "2026-12-03T08:12", "Saga Lindqvist", 5102938471,
           "hej! anmäler mig till alla fyra träffarna 🙌\n/Saga Lindqvist, Orsa kommun",
           X("register", [P("Saga Lindqvist", None, "Orsa kommun")], ALL),
           "telegram one-liner with emoji, all four sessions, org in signature"),

        tg("an137", "2026-12-05T21:47", "Jonatan Hed", 6620014783,
           "hej vill anmäla mig till 3/5 och 21.9. jobbar på mora kommun som planarkitekt. mvh jonte",
           X("register", [P("Jonatan Hed", None, "Mora kommun")], [S1, S2]),
           "nickname signature; name from telegram sender; dates 3/5 and 21.9"),

        tg("an138", "2026-12-07T12:03", "Ebba Sandström", 7013388210,
           "glömde säga att jag är vegan 🌱",
           X("change", [P("Ebba Sandström", None, None, diet="vegan")], [], diet="vegan"),
           "follow-up diet only: change with no sessions"),

        mail("an139", "2027-01-12T11:31", ("Per-Olof Granlund", "per-olof.granlund@ludvika.se"),
             "Re: Inbjudan DalaLab",
             "Anmäler mig till första träffen 3 maj.\n\nSkickat från min iPhone\n\n" + INV_QUOTE_IPHONE,
             X("register", [P("Per-Olof Granlund", "per-olof.granlund@ludvika.se", "Ludvika kommun")], [S1]),
             "iPhone one-liner above quoted invitation listing all dates; only S1 booked"),

        tg("an140", "2027-01-13T07:55", "Malin Öberg", 5839201174,
           "hej det är malin öberg från säters kommun jag vill anmäla mig till träffen den tjugoförsta september "
           "och den tjugonionde november punkt tack",
           X("register", [P("Malin Öberg", None, "Säters kommun")], [S2, S3]),
           "voice dictation: dates as words, 'punkt' dictated"),

        tg("an141", "2027-01-13T16:20", "Tomasz Nowak", 8120456632,
           "hi! can I sign up for may 3rd and feb 22? I'm at borlänge municipality. / Tomasz",
           X("register", [P("Tomasz Nowak", None, "Borlänge kommun")], [S1, S4]),
           "English telegram, two sessions, municipality in English"),

        tg("an142", "2027-01-14T09:02", "Lena Bäckström", 5544120983,
           "blir det lunch 3/5 eller ska man ta med matsäck?",
           X("question"),
           "short question mentioning a date, no signup"),

        tg("an143", "2027-01-15T19:44", "Kristoffer Åhman", 6901127745,
           "hej linnea, kan tyvärr inte komma den 29:e nov 😕 resten står kvar",
           X("cancel", [P("Kristoffer Åhman", None, None)], [S3]),
           "partial drop of one session, others kept: cancel S3"),

        mail("an144", "2027-01-16T22:08", ("Lotta B", "lotta.bergkvist71@gmail.com"),
             "anmälan dalalab",
             "hej! jag o min kollega Hampus Dahl vill anmäla oss till alla träffar. vi jobbar på leksands kommun.\n"
             "/Lotta Bergkvist\n\nSkickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Lotta Bergkvist", "lotta.bergkvist71@gmail.com", "Leksands kommun"),
                            P("Hampus Dahl", None, "Leksands kommun")], ALL),
             "gmail sender with short display name; two people, org from text"),

        tg("an145", "2027-01-18T10:15", "Nils-Erik Vikström", 7345002199,
           "avanmäl mig från allt tack. har bytt jobb",
           X("cancel", [P("Nils-Erik Vikström", None, None)], ALL),
           "terse full cancellation"),

        mail("an146", "2027-01-12T10:03", ("Ingela Myrberg", "ingela.myrberg@hedemora.se"),
             "Automatiskt svar: Inbjudan DalaLab",
             "Hej!\n\nJag är ledig t.o.m. 17/1 med begränsad tillgång till mejl. "
             "Vid brådskande ärenden kontakta växeln 0225-340 00.\n\n/Ingela",
             X("auto_reply"),
             "out-of-office reply with a date"),

        tg("an147", "2027-01-19T13:37", "Anna Kowalczyk", 6033981245,
           "hej! sorry my swedish is bad 🙈 I want to come to the tredje maj meeting in Falun. "
           "Anna Kowalczyk, Region Dalarna",
           X("register", [P("Anna Kowalczyk", None, "Region Dalarna")], [S1]),
           "mixed English/Swedish, 'tredje maj'"),

        tg("an148", "2027-01-21T08:49", "Rasmus Eklöf", 5287710036,
           "kan jag byta 21/9 mot 22/2? har krock med semestern",
           X("change", [P("Rasmus Eklöf", None, None)], [S4]),
           "bare swap: only the new session"),

        mail("an149", "2027-01-22T07:12", ("Siv Hallgren", "siv.hallgren@alvdalen.se"),
             "SV: Inbjudan DalaLab",
             "Hej, jag kommer på alla. Glutenfri kost tack.\n/Siv\n\nHämta Outlook för iOS\n"
             "________________________________\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 12 januari 2027 10:02\n"
             "Till: Siv Hallgren <siv.hallgren@alvdalen.se>\n"
             "Ämne: Inbjudan DalaLab\n\n"
             "Hej! Välkommen till DalaLab: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.\n"
             "Sista anmälningsdag 14 april.",
             X("register", [P("Siv Hallgren", "siv.hallgren@alvdalen.se", "Älvdalens kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "Outlook iOS reply above quoted invitation; name from From header; diet"),

        tg("an150", "2027-01-24T17:26", "Oskar Frisk", 7781236640,
           "hej! jag kan inte gå 3 maj men min kollega Elin Norberg tar min plats. hon äter vegetariskt btw",
           X("change", [P("Oskar Frisk", None, None),
                        P("Elin Norberg", None, None, diet="vegetarisk")], [S1], diet="vegetarisk"),
           "substitution for one session; substitute's diet"),

        tg("an151", "2027-01-26T11:58", "Ville Nyberg", 6459930128,
           "när e sista dagen att anmäla sig?",
           X("question"),
           "short question about the deadline"),

        tg("an152", "2027-01-27T20:31", "Birgitta Lööf", 5190347726,
           "hej, vill att ni raderar mina uppgifter ur er lista. tack",
           X("erasure", [P("Birgitta Lööf", None, None)]),
           "erasure request on telegram"),

        mail("an153", "2027-01-28T06:44", (None, "johan.sundqvist@smedjebacken.se"),
             "dalalab",
             "anmäl mig o Fia Ek till 21.9 o 29.11 tack!\n//johan s\n\nSkickat från min iPhone",
             X("register", [P("Johan Sundqvist", "johan.sundqvist@smedjebacken.se", "Smedjebackens kommun"),
                            P("Fia Ek", None, "Smedjebackens kommun")], [S2, S3]),
             "bare address without display name; nickname colleague; 'o' for och"),

        tg("an154", "2027-01-30T03:17", "Invest Pro 💰", 8899012345,
           "🔥🔥 Tjäna 5000 kr/dag med krypto! Inga förkunskaper behövs. Skriv till @fastcash_se NU 🚀",
           X("unknown"),
           "crypto spam on telegram"),

        tg("an155", "2027-02-01T14:05", "Hanna Westin", 6120098347,
           "Hej Linnea! Lägg till mig på nästa träff 😊 Mvh Hanna från Gagnef",
           X("register", [P("Hanna Westin", None, "Gagnefs kommun")], [S1]),
           "'nästa träff' from February means 3 May"),

        tg("an156", "2027-02-03T18:40", "David Okafor", 7233451908,
           "hey, something came up and I can't make it on sept 21. sorry!",
           X("cancel", [P("David Okafor", None, None)], [S2]),
           "English cancellation of one session"),

        mail("an157", "2027-02-04T12:19", ("Maria Törnqvist", "maria.tornqvist@falun.se"),
             "Anmälan",
             "<div dir=\"ltr\"><div>Hej!</div><div>Jag vill gärna vara med på alla fyra. Jag är laktosintolerant.</div>"
             "<div><br></div><div>Maria Törnqvist<br>Planarkitekt, Falu kommun<br>Stadshuset, 791 83 Falun<br>"
             "Tel 023-830 00 / 070-214 55 83</div><div><br></div><div>Skickat från min iPhone</div></div>",
             X("register", [P("Maria Törnqvist", "maria.tornqvist@falun.se", "Falu kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "HTML mail from phone, signature with phone numbers and address, diet", html=True),

        tg("an158", "2027-02-05T09:21", "Axel Brandt", 5678012394,
           "är det digitalt eller på plats den 21 sept?",
           X("question"),
           "question about format of a session, no signup"),

        tg("an159", "2027-02-08T15:33", "Moa Jansson", 6011223347,
           "jag + gustav lind från rättvik kommer på alla träffar 👍",
           X("register", [P("Moa Jansson", None, "Rättviks kommun"),
                          P("Gustav Lind", None, "Rättviks kommun")], ALL),
           "lower-case colleague name, '+' joining, org applies to both"),

        mail("an160", "2027-02-08T16:02", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: DalaLab – bekräftelse av anmälan",
             "Delivery has failed to these recipients or groups:\n\n"
             "k.persson@vansbro.se\n"
             "The email address you entered couldn't be found.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
             X("auto_reply"),
             "bounce of a confirmation"),

        tg("an161", "2027-02-10T22:14", "Jenny Holm", 7402298815,
           "ps. jag har nötallergi! viktigt ⚠️",
           X("change", [P("Jenny Holm", None, None, diet="nötallergi")], [], diet="nötallergi"),
           "follow-up allergy, no sessions"),

        tg("an162", "2027-02-12T10:48", "Per Hansson", 5923304412,
           "Hej, Per Hansson här, Avesta kommun. Anmäler mig till den 22:a februari och den 29:e november.",
           X("register", [P("Per Hansson", None, "Avesta kommun")], [S3, S4]),
           "ordinal dates out of order, year left out"),

        tg("an163", "2027-02-14T08:30", "Linus Granström", 6344109872,
           "hej kan jag anmäla mig till höstens träff? /Linus, Vansbro",
           X("register", [P("Linus Granström", None, "Vansbro kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' is ambiguous between September and November"),

        mail("an164", "2027-02-16T13:55", ("Karin Ohlsson", "karin.ohlsson@borlange.se"),
             "SV: Anmälan DalaLab",
             "Hej! Tyvärr måste jag avboka hela serien, har fått ett nytt uppdrag. Mvh Karin\n\n"
             "Hämta Outlook för Android\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: måndag 18 januari 2027 14:20\n"
             "Till: Karin Ohlsson\n"
             "Ämne: Anmälan DalaLab\n\n"
             "Tack för din anmälan till DalaLab! Du är anmäld till alla fyra tillfällen: "
             "3 maj, 21 september, 29 november 2027 och 22 februari 2028.",
             X("cancel", [P("Karin Ohlsson", "karin.ohlsson@borlange.se", "Borlänge kommun")], ALL),
             "Outlook Android cancellation above quoted confirmation"),

        tg("an165", "2027-02-18T12:07", "Fredrik Nyström", 7109982231,
           "hej igen! kan du ändra min anmälan så att jag bara går 3 maj och 22 feb?",
           X("change", [P("Fredrik Nyström", None, None)], [S1, S4]),
           "change stating the sessions after the change"),

        mail("an166", "2027-02-20T19:26", ("Göran Älvåker", "goran.alvaker@malung-salen.se"),
             "anmälan",
             "hej!\nvill anmäla mig till träffen i falun 3 maj. äter vegetariskt.\n\n"
             "Göran Älvåker\nSamhällsbyggnad, Malung-Sälens kommun\nBox 14, 782 21 Malung\n0280-181 00\n\n"
             "Skickat från min iPad",
             X("register", [P("Göran Älvåker", "goran.alvaker@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk")], [S1], diet="vegetarisk"),
             "iso-8859-1 mail from iPad with signature address", charset="iso-8859-1"),

        tg("an167", "2027-02-22T16:50", "Sophie Grant", 5066128894,
           "Hi, is there parking near the venue in Falun? Thx",
           X("question"),
           "English practical question"),

        tg("an168", "2027-02-24T09:13", "Ida P", 6578803321,
           "hej vi blir 2 från orsa: jag (Ida Persson) o Alexander Berg. båda på 3.5 o 21.9",
           X("register", [P("Ida Persson", None, "Orsa kommun"),
                          P("Alexander Berg", None, "Orsa kommun")], [S1, S2]),
           "short telegram display name; full name in text; dates 3.5 and 21.9"),

        mail("an169", "2027-02-26T07:38", ("Ulf Skoglund", "ulf.skoglund@hedemora.se"),
             "DalaLab",
             "Hej Linnea, anmäler mina två planerare Sofia Ring och Ahmed Hassan till samtliga träffar. "
             "Själv kan jag tyvärr inte.\n/Ulf\n\nSkickat från min iPhone",
             X("register", [P("Sofia Ring", None, "Hedemora kommun"),
                            P("Ahmed Hassan", None, "Hedemora kommun")], ALL),
             "manager registers two others and not himself"),

        tg("an170", "2027-03-01T11:24", "Petra Wik", 7920034456,
           "hej, Lars Mattsson på vår avdelning kommer inte kunna delta alls, han har slutat. stryk honom 🙏",
           X("cancel", [P("Lars Mattsson", None, None)], ALL),
           "withdrawing a colleague without substitute; sender not among people"),

        tg("an171", "2027-03-03T20:02", "Mark Ellison", 6215590047,
           "Please delete all my personal data from your registration list (GDPR). /Mark",
           X("erasure", [P("Mark Ellison", None, None)]),
           "English erasure request"),

        tg("an172", "2027-03-05T08:06", "Emma Karlsson", 5388124460,
           "anmälan: emma karlsson, länsstyrelsen, alla 4 ggr. vegan",
           X("register", [P("Emma Karlsson", None, "Länsstyrelsen Dalarna", diet="vegan")], ALL, diet="vegan"),
           "telegraphic style; 'länsstyrelsen'; 'alla 4 ggr'"),

        mail("an173", "2027-03-08T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev från Boverket – mars 2027",
             "Nyheter i mars\n\n- Ny vägledning om översiktsplanering\n- Webbinarium om tillgänglighet 22 mars\n"
             "- PBL Kunskapsbanken uppdaterad\n\nDu får detta nyhetsbrev eftersom du prenumererar. "
             "Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev",
             X("auto_reply"),
             "newsletter mentioning planning topics"),

        tg("an174", "2027-03-10T14:44", "Kajsa Edlund", 6793381120,
           "vilken tid börjar det på måndag 3 maj? 🕘",
           X("question"),
           "question about start time"),

        tg("an175", "2027-03-14T21:59", "Teo Lundgren", 7055612283,
           "hej anmäler mej till dalalab 21 sept o 29 nov. mvh Teo Lundgren mora kommun",
           X("register", [P("Teo Lundgren", None, "Mora kommun")], [S2, S3]),
           "typo 'mej', abbreviated months"),

        mail("an176", "2027-03-18T17:03", ("Sanna Lidén", "sanna.liden@gmail.com"),
             "Re: Inbjudan DalaLab",
             "Jag vill vara med på 3/5! Jobbar på Säters kommun.\n\n" + INV_QUOTE_GMAIL,
             X("register", [P("Sanna Lidén", "sanna.liden@gmail.com", "Säters kommun")], [S1]),
             "Gmail one-liner above quoted invitation; private address, org from text"),

        tg("an177", "2027-03-22T10:29", "Viktor Hellström", 5812207763,
           "hej! Johanna Friberg går istället för mig på alla träffar, jag är föräldraledig. /Viktor, Avesta",
           X("change", [P("Viktor Hellström", None, "Avesta kommun"),
                        P("Johanna Friberg", None, "Avesta kommun")], ALL),
           "substitution for all sessions"),

        mail("an178", "2027-03-25T09:51", ("Ronja Sjöberg", "ronja.sjoberg@rattvik.se"),
             "Läst: Bekräftelse DalaLab",
             "Ditt meddelande\n\n  Till: Ronja Sjöberg\n  Ämne: Bekräftelse DalaLab\n"
             "  Skickat: den 24 mars 2027 15:12\n\nlästes den 25 mars 2027 09:51.",
             X("auto_reply"),
             "read receipt"),

        tg("an179", "2027-04-02T15:47", "Jessica Blom", 6902231178,
           "hej mamma, kan du hämta elsa på förskolan kl 4 idag? ❤️",
           X("unknown"),
           "message sent to the wrong chat, unrelated to the event"),

        tg("an180", "2027-04-09T12:15", "Selma Nord", 7677340091,
           "tjena! vill anmäla mig och Kalle Åström (båda Region Dalarna) till träffen den 29:e. /Selma",
           X("register", [P("Selma Nord", None, "Region Dalarna"),
                          P("Kalle Åström", None, "Region Dalarna")], [S3]),
           "'den 29:e' alone: only 29 November fits; late signup near deadline"),
    ]
