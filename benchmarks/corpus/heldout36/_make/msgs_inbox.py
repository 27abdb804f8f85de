"""Batch 37, theme "inbox": one registration inbox over the winter 2026/27, roughly as it fills up.

First signups right after the invitation (replies above the quoted invitation), colleagues added later, questions
about venue, cost, remote attendance and food, out-of-office replies and bounces, spam and newsletters, a few
cancellations, changes and a substitution in the spring, and late signups near the deadline.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in kommunernas och regionens tjänstepersoner som arbetar
med planeringsprocesser till ett lärprojekt om strategisk översiktsplanering.

Träffar:
3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och
planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen
och hur kan man jobba med det?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk
mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027
till linnea.hassis@regiondalarna.se och ange eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quoted(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


OUTLOOK_HDR = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
"""

SUBJ = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"


def messages():
    return [
        mail("am001", "2026-12-02T08:14", ("Karin Sjöberg", "karin.sjoberg@falun.se"), "SV: " + SUBJ,
             "Hej Linnea!\n\nKul initiativ. Jag anmäler mig gärna till hela DalaLab.\n\nVänliga hälsningar\n"
             "Karin Sjöberg\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Falu kommun\n"
             "Tel 023-82 41 17\n\n" + OUTLOOK_HDR + "\n" + INVITE,
             X("register", [P("Karin Sjöberg", "karin.sjoberg@falun.se", "Falu kommun")], ALL),
             "Outlook reply above the full quoted invitation; no date named so all four; quoted dates are not the signup"),

        mail("am002", "2026-12-02T09:40", ("Martin Sundqvist", "martin.sundqvist@borlange.se"),
             "Automatiskt svar: " + SUBJ,
             "Hej,\n\nJag är tjänstledig till och med fredag 18 december och läser inte min e-post.\n"
             "Ärenden som rör detaljplaner hänvisas till planenhetens funktionsbrevlåda, plan@borlange.se,\n"
             "eller växeln 0243-740 00.\n\nMed vänlig hälsning\nMartin Sundqvist\nBorlänge kommun",
             X("auto_reply"), "out-of-office answer to the invitation mailout, Swedish"),

        mail("am003", "2026-12-02T10:05", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Olevererbart: " + SUBJ,
             "Leveransen misslyckades till dessa mottagare eller grupper:\n\n"
             "anna.troeng@gagnef.se\n"
             "Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök "
             "skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.\n\n\n"
             "Diagnostisk information för administratörer:\n\nGenererande server: MMXP123.regiondalarna.se\n\n"
             "anna.troeng@gagnef.se\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Ursprungliga meddelandehuvuden:\n\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Subject: " + SUBJ + "\nDate: Tue, 1 Dec 2026 15:02:11 +0100",
             X("auto_reply"), "Exchange non-delivery report in Swedish for the invitation mailout"),

        mail("am004", "2026-12-02T13:22", ("Edvardsson Sofia", "sofia.edvardsson@ludvika.se"), "SV: " + SUBJ,
             "Hej!\n\nJag och min kollega Anders Nyqvist vill anmäla oss till första träffen den 3 maj samt till "
             "träffen den 21 september. De två senare får vi återkomma om när vi vet hur budgeten ser ut.\n\n"
             "Mvh\nSofia Edvardsson\nPlanarkitekt | Ludvika kommun\nBox 712, 771 28 Ludvika\nMobil: 070-318 44 92\n\n"
             + OUTLOOK_HDR + "\n" + INVITE,
             X("register", [P("Sofia Edvardsson", "sofia.edvardsson@ludvika.se", "Ludvika kommun"),
                            P("Anders Nyqvist", None, "Ludvika kommun")], [S1, S2]),
             "two people, two named dates above quoted invitation; From display name 'Efternamn Förnamn'"),

        tg("am005", "2026-12-03T07:51", "Jonas Berglund", 581204377,
           "Hej! Jonas Berglund här, planarkitekt på Mora kommun. Vill gärna vara med på alla fyra träffarna 👍",
           X("register", [P("Jonas Berglund", None, "Mora kommun")], ALL),
           "short Telegram signup, all four, organisation from text"),

        mail("am006", "2026-12-03T15:30", ("Gustav Rehn", "gustav.rehn@leksand.se"), "Lokal 3 maj?",
             "Hej,\n\nInnan jag anmäler mig: var i Falun håller ni till den 3 maj, och finns det parkering i "
             "närheten? Jag har rörelsehinder och behöver kunna parkera nära entrén.\n\nTack på förhand!\n"
             "Gustav Rehn\nLeksands kommun",
             X("question"), "venue/parking question before signing up; mentions a date but no signup"),

        mail("am007", "2026-12-04T09:12", ("Emma Forsgren", "emma.forsgren@smedjebacken.se"), "Anmälan DalaLab",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej Linnea,</p><p>Jag vill anmäla mig till <b>första tillfället den 3 maj</b> i Falun. "
             "Övriga datum krockar tyvärr med våra nämndsammanträden.</p>"
             "<p>Jag är vegetarian, så <i>vegetarisk</i> kost tack.</p>"
             "<p>Hälsningar<br>Emma Forsgren<br>Strategisk planerare<br>Smedjebackens kommun<br>"
             "<span style=\"color:#888\">Tel. 0240-66 01 35</span></p></div></body></html>",
             X("register", [P("Emma Forsgren", "emma.forsgren@smedjebacken.se", "Smedjebackens kommun",
                              diet="vegetarisk")], [S1], diet="vegetarisk"),
             "HTML-only mail, one session, vegetarian diet"),

        mail("am008", "2026-12-05T02:47", ("Jessica from EventBoost", "jessica@eventboost-growth.io"),
             "Quick question about your upcoming event",
             "Hi there,\n\nI noticed Region Dalarna is running a series of workshops next year. Congrats!\n\n"
             "Organisers using EventBoost see 3x more registrations thanks to our AI-powered invite sequences "
             "and automated reminders. Would you be open to a 15-minute call next week?\n\n"
             "Best,\nJessica Moore\nGrowth Manager, EventBoost\n\nIf you don't want to hear from me again, reply STOP.",
             X("unknown"), "English sales spam that alludes to the event"),

        mail("am009", "2026-12-07T11:03", ("Birgitta Hallin", "birgitta.hallin@hedemora.se"),
             "Anmälan till DalaLab från Hedemora kommun",
             "Hej Linnea,\n\nHärmed anmäls följande medarbetare från Hedemora kommun till lärprojektet DalaLab:\n\n"
             "- Per-Olof Gustafsson, samhällsplanerare, per-olof.gustafsson@hedemora.se\n"
             "- Lena Åberg, översiktsplanerare, lena.aberg@hedemora.se\n\n"
             "Båda deltar vid samtliga tillfällen. Själv har jag tyvärr inte möjlighet att delta, men jag följer "
             "gärna arbetet via dem.\n\nMed vänlig hälsning\n\nBirgitta Hallin\nPlanchef\n"
             "Hedemora kommun, Samhällsbyggnadsförvaltningen\nStora Torget 1, 776 81 Hedemora\nTfn 0225-340 00",
             X("register", [P("Per-Olof Gustafsson", "per-olof.gustafsson@hedemora.se", "Hedemora kommun"),
                            P("Lena Åberg", "lena.aberg@hedemora.se", "Hedemora kommun")], ALL),
             "manager registers two staff and says she won't attend herself; iso-8859-1", charset="iso-8859-1"),

        mail("am010", "2026-12-08T16:25", ("Tomasz Wieczorek", "t.wieczorek82@gmail.com"), "remote attendance?",
             "Hi,\n\nI work with planning in Malung and a colleague forwarded me your invitation. Is it possible "
             "to join the sessions online, or is it on-site only? It's quite a long drive to Falun.\n\nThanks,\nTomasz",
             X("question"), "English question about remote attendance from a gmail address"),

        tg("am011", "2026-12-09T20:14", "Malin Ek", 7012936645,
           "anmäler mig till 3/5 och 29/11. glutenfri. /Malin Ek, Rättvik",
           X("register", [P("Malin Ek", None, "Rättviks kommun", diet="glutenfri")], [S1, S3], diet="glutenfri"),
           "terse Telegram signup, numeric dates, diet"),

        mail("am012", "2026-12-10T10:48", ("Orsa kommun Ekonomi", "ekonomi@orsa.se"), "Kostnad DalaLab?",
             "Hej!\n\nVi har ett par planerare som är intresserade av DalaLab. Kostar det något att delta, och "
             "behöver ni i så fall ett referensnummer för fakturan?\n\nMvh\nEkonomienheten\nOrsa kommun",
             X("question"), "cost/invoice question from a functional mailbox"),

        mail("am013", "2026-12-11T22:31", ("Tobias Wikström", "tobbe.wikstrom@gmail.com"), "Re: " + SUBJ,
             "hej linnea, jobbar som planerare på säters kommun men skriver från privata mejlen "
             "eftersom jobbdatorn krånglar. anmäl mig gärna till allt\n\nmvh tobias wikström\n\n"
             "Den tis 1 dec. 2026 kl 15:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n"
             + quoted(INVITE),
             X("register", [P("Tobias Wikström", "tobbe.wikstrom@gmail.com", "Säters kommun")], ALL),
             "lower-case Gmail reply, private address, organisation from text, quoted invitation with > prefix"),

        mail("am014", "2026-12-14T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Boverket informerar: Nytt om översiktsplanering – december 2026",
             "Nyhetsbrev från Boverket\n\n"
             "I detta nummer:\n* ÖP-modellen – nya exempel från kommuner\n* Webbinarium 27 januari: "
             "Utvecklingsinriktning i praktiken – anmäl dig på boverket.se\n* Ändringar i PBL 2027\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Boverkets utskick.\n"
             "Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta",
             X("auto_reply"), "newsletter with a signup call for another event"),

        mail("am015", "2026-12-15T12:09", ("Hanna Mattsson", "hanna.mattsson@avesta.se"), "DalaLab",
             "Hej! Anmäler mig till DalaLab, alla tillfällen. Nötallergi!! (svår)\n/Hanna\n\nSkickat från min iPhone",
             X("register", [P("Hanna Mattsson", "hanna.mattsson@avesta.se", "Avesta kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "iPhone short mail, name only from From header, diet"),

        mail("am016", "2026-12-17T14:40", ("Elin Strand", "elin.strand@regiondalarna.se"), "DalaLab – två till",
             "Hej Linnea!\n\nJag och Oskar från trafikenheten hänger på, skriv upp oss båda på alla fyra. "
             "Oskar Lundmark heter han i efternamn om du inte redan vet :)\n\nElin\n\n"
             "Elin Strand\nRegional utveckling, Region Dalarna\n072-145 88 30",
             X("register", [P("Elin Strand", "elin.strand@regiondalarna.se", "Region Dalarna"),
                            P("Oskar Lundmark", None, "Region Dalarna")], ALL),
             "internal colleague at the organiser, two people, informal"),

        mail("am017", "2026-12-21T08:02", ("Ahmed Yusuf", "ahmed.yusuf@lansstyrelsen.se"),
             "Automatic reply: Re: DalaLab – bekräftelse",
             "Thank you for your e-mail. I am on Christmas leave and will be back on 7 January 2027.\n"
             "For urgent matters please contact dalarna@lansstyrelsen.se.\n\n"
             "Tack för ditt mejl. Jag är ledig över jul och tillbaka 7 januari 2027.",
             X("auto_reply"), "bilingual out-of-office"),

        mail("am018", "2027-01-08T09:26", ("Karin Sjöberg", "karin.sjoberg@falun.se"), "SV: DalaLab – bekräftelse",
             "Hej igen Linnea och gott nytt år!\n\nMin kollega Rasmus Öhman vill också vara med, men bara på de "
             "två höstträffarna, alltså 21 september och 29 november. Hans adress är rasmus.ohman@falun.se.\n\n"
             "Hälsningar\nKarin\n\n" "________________________________\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 2 december 2026 10:31\n"
             "Till: Karin Sjöberg <karin.sjoberg@falun.se>\nÄmne: DalaLab – bekräftelse\n\n"
             "Hej Karin! Tack för din anmälan, du är registrerad på alla fyra träffar.\n/Linnea",
             X("register", [P("Rasmus Öhman", "rasmus.ohman@falun.se", "Falu kommun")], [S2, S3]),
             "colleague added later by an already registered sender; quoted confirmation; 'höstträffarna' spelled out"),

        mail("am019", "2027-01-11T13:15", ("Per-Olof Gustafsson", "per-olof.gustafsson@hedemora.se"), "Lunch?",
             "Hej, ingår lunch på träffarna eller ska man ordna det själv? Bra att veta för reseräkningen.\n\n"
             "/P-O Gustafsson, Hedemora",
             X("question"), "lunch question from a registered participant"),

        tg("am020", "2027-01-13T18:55", "Ida Holm", 944120587,
           "Hej, jag vill anmäla mig till höstens träff i DalaLab. Ida Holm, Gagnefs kommun",
           X("register", [P("Ida Holm", None, "Gagnefs kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' is ambiguous between the two autumn sessions"),

        mail("am021", "2027-01-15T08:37", ("Emma Forsgren", "emma.forsgren@smedjebacken.se"), "Ändrad kost",
             "Hej Linnea!\n\nJag anmälde mig i december och skrev vegetarisk, men jag har gått över till att äta "
             "vegan. Kan du ändra det?\n\nTack!\nEmma",
             X("change", [P("Emma Forsgren", "emma.forsgren@smedjebacken.se", "Smedjebackens kommun", diet="vegan")],
               [], diet="vegan"),
             "diet update without sessions; old diet mentioned too"),

        mail("am022", "2027-01-19T10:02", ("Daniel Fischer", "daniel.fischer@borlange.se"), "Registration DalaLab",
             "Dear Linnea,\n\nI would like to register for the sessions on 3 May 2027 and 22 February 2028. "
             "I work as a planner at Borlänge municipality (my Swedish is still work in progress, "
             "hence English).\n\nKind regards,\nDaniel Fischer\nSamhällsbyggnad, Borlänge kommun\n+46 243 74 12 09",
             X("register", [P("Daniel Fischer", "daniel.fischer@borlange.se", "Borlänge kommun")], [S1, S4]),
             "English signup, two sessions"),

        mail("am023", "2027-01-22T03:11", ("IT-support Region Dalarna", "it-support@regiondalarna-secure.com"),
             "Ditt lösenord går ut idag",
             "Hej,\n\nDitt lösenord för e-postkontot linnea.hassis@regiondalarna.se går ut idag. För att behålla "
             "åtkomst till din brevlåda måste du verifiera ditt konto inom 24 timmar:\n\n"
             "https://regiondalarna-secure.com/verify\n\nIT-support",
             X("unknown"), "phishing"),

        mail("am024", "2027-01-27T14:50", ("Lars-Erik Mård", "lars-erik.mard@leksand.se"), "Fråga om antal",
             "Hej!\nHur många får delta från samma kommun? Vi är fyra på plankontoret i Leksand som är "
             "intresserade, vill inte anmäla någon förrän vi vet.\n\nMvh Lars-Erik",
             X("question"), "quota question without a signup"),

        mail("am025", "2027-02-02T11:18", ("Samhällsbyggnad Vansbro", "samhallsbyggnad@vansbro.se"),
             "Anmälan DalaLab",
             "Hej,\n\nPå uppdrag av samhällsbyggnadschefen anmäls följande till DalaLab, samtliga fyra tillfällen:\n\n"
             "Nilsson, Gunnel\nÅkesson, Fredrik\n\nVid frågor, kontakta oss på detta mejl.\n\n"
             "Med vänlig hälsning\nAdministration, Samhällsbyggnadsförvaltningen\nVansbro kommun\n"
             "Järnvägsgatan 7, 786 31 Vansbro",
             X("register", [P("Gunnel Nilsson", None, "Vansbro kommun"), P("Fredrik Åkesson", None, "Vansbro kommun")],
               ALL),
             "functional mailbox registers two people written 'Efternamn, Förnamn'"),

        mail("am026", "2027-02-05T09:00", ("Gunnel Nilsson", "gunnel.nilsson@vansbro.se"), "Läst: DalaLab – bekräftelse",
             "Ditt meddelande\n\n  Till: Gunnel Nilsson\n  Ämne: DalaLab – bekräftelse\n  Skickat: den 3 februari "
             "2027 16:20\n\nlästes den 5 februari 2027 09:00.",
             X("auto_reply"), "read receipt"),

        tg("am027", "2027-02-09T07:33", "Jonas Berglund", 581204377,
           "Blir träffarna inspelade? Om man missar nån alltså",
           X("question"), "Telegram question from a registered participant"),

        mail("am028", "2027-02-12T19:44", ("Sven Olausson", "sven.olausson@hotmail.com"), "Radera mina uppgifter",
             "Hej.\nJag skickade av misstag en anmälan till er i december, jag är inte anställd i någon kommun "
             "utan bara intresserad. Jag vill att ni raderar alla mina personuppgifter enligt GDPR.\n\nSven Olausson",
             X("erasure", [P("Sven Olausson", "sven.olausson@hotmail.com", None)]),
             "GDPR erasure from a private address, no organisation"),

        mail("am029", "2027-02-16T15:05", ("Mikael Dahlgren", "mikael.dahlgren@alvdalen.se"), "Anmälan – Älvdalen",
             "<html><body><p>Hej!</p><p>Jag vill anmäla mig till DalaLab: alla tillfällen <u>utom</u> februari 2028, "
             "då är jag föräldraledig.</p><p>Med vänliga hälsningar</p>"
             "<table><tr><td><b>Mikael Dahlgren</b><br>Översiktsplanerare<br>Älvdalens kommun<br>"
             "Dalgatan 41, 796 31 Älvdalen<br>0251-310 00</td></tr></table></body></html>",
             X("register", [P("Mikael Dahlgren", "mikael.dahlgren@alvdalen.se", "Älvdalens kommun")], [S1, S2, S3]),
             "HTML signup 'all except February 2028'"),

        mail("am030", "2027-02-23T08:50", ("Rasmus Öhman", "rasmus.ohman@falun.se"), "Avanmälan DalaLab",
             "Hej Linnea,\n\nTyvärr måste jag avanmäla mig från DalaLab helt och hållet – jag har fått en ny tjänst "
             "i Uppsala och slutar i Falun i sommar.\n\nTack ändå!\nRasmus Öhman",
             X("cancel", [P("Rasmus Öhman", "rasmus.ohman@falun.se", "Falu kommun")], ALL),
             "full cancellation without dates"),

        tg("am031", "2027-03-01T12:04", "Jonas Berglund", 581204377,
           "hej igen, kan jag byta 3 maj mot 29 november? första krockar med kommunfullmäktige 😕",
           X("change", [P("Jonas Berglund", None, None)], [S3]),
           "bare swap on Telegram; organisation not in this message"),

        mail("am032", "2027-03-04T10:20", ("Hilda Mäkinen", "hilda.makinen@mora.se"), "Adress till första träffen",
             "Hej, i inbjudan står det bara Falun för den 3 maj – vilken adress/lokal gäller? Och börjar det kl 10?\n\n"
             "Hälsningar\nHilda Mäkinen\nMora kommun",
             X("question"), "venue and time question naming the first date"),

        mail("am033", "2027-03-08T16:12", ("Lena Åberg", "lena.aberg@hedemora.se"), "SV: DalaLab",
             "Hej!\n\nJag kan tyvärr inte delta i DalaLab längre på grund av omorganisation, men min kollega Jimmy "
             "Karlsson tar min plats på alla träffar. Hans mejl är jimmy.karlsson@hedemora.se.\n\n"
             "Vänliga hälsningar\nLena Åberg\nÖversiktsplanerare, Hedemora kommun",
             X("change", [P("Lena Åberg", "lena.aberg@hedemora.se", "Hedemora kommun"),
                          P("Jimmy Karlsson", "jimmy.karlsson@hedemora.se", "Hedemora kommun")], ALL),
             "substitution: colleague takes the sender's place on all sessions"),

        mail("am034", "2027-03-12T07:58", ("Edvardsson Sofia", "sofia.edvardsson@ludvika.se"), "DalaLab 21/9",
             "Hej Linnea,\n\nJag kan inte komma den 21/9 trots allt, men 3 maj står kvar. Anders kommer på båda "
             "som planerat.\n\nMvh Sofia\n\nSofia Edvardsson\nPlanarkitekt | Ludvika kommun\nMobil: 070-318 44 92",
             X("cancel", [P("Sofia Edvardsson", "sofia.edvardsson@ludvika.se", "Ludvika kommun")], [S2]),
             "partial drop of one session; colleague unchanged and not part of the request"),

        mail("am035", "2027-03-15T06:30", ("Karin Sjöberg", "karin.sjoberg@falun.se"),
             "Autosvar: DalaLab – program",
             "Hej!\nJag har semester vecka 11 och är tillbaka måndag 22 mars. Vid brådskande ärenden, kontakta "
             "Falu kommuns kontaktcenter på 023-830 00.\n\nKarin Sjöberg",
             X("auto_reply"), "out-of-office from a registered participant"),

        mail("am036", "2027-03-18T13:41", ("Priya Raman", "priya.raman@lansstyrelsen.se"), "DalaLab signup / anmälan",
             "Hi Linnea,\n\nsorry for my Swedish – jag vill anmäla mig till DalaLab. All sessions please, "
             "I'm at Länsstyrelsen Dalarna (samhällsplanering). Vegetarisk mat, tack!\n\nBest,\nPriya Raman",
             X("register", [P("Priya Raman", "priya.raman@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarisk")], ALL, diet="vegetarisk"),
             "mixed English/Swedish signup with diet"),

        mail("am037", "2027-03-22T11:09", ("Samhällsbyggnad Vansbro", "samhallsbyggnad@vansbro.se"),
             "Ändring anmälan DalaLab",
             "Hej,\n\nFredrik Åkesson har slutat hos oss. Vänligen stryk honom från DalaLab. Gunnel Nilsson "
             "deltar som tidigare.\n\nMvh\nAdministration, Samhällsbyggnadsförvaltningen, Vansbro kommun",
             X("cancel", [P("Fredrik Åkesson", None, "Vansbro kommun")], ALL),
             "functional mailbox withdraws a colleague without substitute"),

        mail("am038", "2027-03-26T09:15", ("Tällbergsgården Konferens", "info@tallberg-konferens.se"),
             "Boka vårens kick-off vid Siljan!",
             "Hej!\n\nPlanerar ni en konferens eller workshop i vår? Hos oss i Tällberg får ni konferenslokaler med "
             "utsikt över Siljan, lunch och fika från 695 kr/person.\n\nBoka före 30 april och få 10 % rabatt.\n\n"
             "Varmt välkomna!\nTällbergsgården Konferens",
             X("unknown"), "conference venue sales mail"),

        tg("am039", "2027-03-30T21:07", "Sara L", 5530981172,
           "tjena! kan man fortfarande anmäla sig? isf skriv upp mig på 22 feb -28 o 29 nov. Sara Lindholm, Orsa kommun",
           X("register", [P("Sara Lindholm", None, "Orsa kommun")], [S3, S4]),
           "sloppy Telegram signup, abbreviated year, Telegram display name differs from full name"),

        mail("am040", "2027-04-02T10:44", ("Nora Bäckström", "nora.backstrom@falun.se"), "Fwd: " + SUBJ,
             "Hej Linnea!\nFick inbjudan vidarebefordrad från Karin Sjöberg. Jag vill anmäla mig till träffen 3 maj. "
             "Glutenfri kost tack.\n\n/Nora Bäckström, Falu kommun\n\n"
             "---------- Vidarebefordrat meddelande ---------\nFrån: Karin Sjöberg <karin.sjoberg@falun.se>\n"
             "Date: tis 30 mars 2027 kl 14:12\nSubject: Fwd: " + SUBJ + "\nTo: Nora Bäckström "
             "<nora.backstrom@falun.se>\n\nKolla denna, anmäl dig senast 14/4!\n\n"
             "---------- Vidarebefordrat meddelande ---------\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Date: tis 1 dec. 2026 kl 15:02\n\n" + INVITE,
             X("register", [P("Nora Bäckström", "nora.backstrom@falun.se", "Falu kommun", diet="glutenfri")], [S1],
               diet="glutenfri"),
             "signup above a doubly forwarded invitation; the forwarder is not a participant"),

        mail("am041", "2027-04-06T15:27", ("Daniel Fischer", "daniel.fischer@borlange.se"), "Re: Registration DalaLab",
             "Hi Linnea,\n\nCould you please add 21 September to my registration as well? So that would be "
             "3 May, 21 September and 22 February.\n\nThanks!\nDaniel\n\n"
             "On 20 Jan 2027, at 08:12, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:\n"
             "> Hi Daniel, you are registered for 3 May 2027 and 22 February 2028. /Linnea",
             X("change", [P("Daniel Fischer", "daniel.fischer@borlange.se", "Borlänge kommun")], [S1, S2, S4]),
             "English change adding a session, states the full resulting set; quoted confirmation"),

        mail("am042", "2027-04-08T16:58", ("Ulrika Hedlund", "ulrika.hedlund@malung-salen.se"),
             "Sen anmälan DalaLab",
             "Hej!\n\nHoppas vi inte är för sena. Från Malung-Sälens kommun anmäler jag mig själv, Ulrika Hedlund, "
             "samt Patrik Ersson (patrik.ersson@malung-salen.se). Båda till alla fyra träffarna. Patrik är "
             "laktosintolerant.\n\nMed vänlig hälsning\nUlrika Hedlund\nPlan- och byggenheten\n"
             "Malung-Sälens kommun\nTfn 0280-181 00",
             X("register", [P("Ulrika Hedlund", "ulrika.hedlund@malung-salen.se", "Malung-Sälens kommun"),
                            P("Patrik Ersson", "patrik.ersson@malung-salen.se", "Malung-Sälens kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "late signup of two, diet belongs to the colleague; iso-8859-1", charset="iso-8859-1"),

        mail("am043", "2027-04-09T08:21", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             "Delivery Status Notification (Failure)",
             "** Address not found **\n\nYour message wasn't delivered to tobbe.wikstrom@gmial.com because the "
             "domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "The response was:\n\nDNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN\n\n"
             "----- Original message -----\nSubject: DalaLab 3 maj – praktisk information",
             X("auto_reply"), "Gmail bounce of an organiser mail; mentions a session date"),

        tg("am044", "2027-04-09T12:46", "Malin Ek", 7012936645,
           "Malin Ek, Rättvik här. Måste tyvärr avboka 29 november, 3 maj blir det som planerat.",
           X("cancel", [P("Malin Ek", None, "Rättviks kommun")], [S3]),
           "Telegram partial cancel; other session kept"),

        mail("am045", "2027-04-10T17:35", ("Lars-Erik Mård", "lars-erik.mard@leksand.se"), "Anmälan + fråga",
             "Hej Linnea,\n\nhinner jag fortfarande anmäla mig? I så fall vill jag gärna gå på alla fyra. "
             "Vi blev till slut bara två från Leksand som vill gå, den andra hör av sig själv.\n\n"
             "En fråga också: finns det något tåg från Leksand som hinner fram till fikat kl 9.30 den 3 maj?\n\n"
             "Mvh\nLars-Erik Mård\nPlanarkitekt, Leksands kommun\n0247-800 00",
             X("register", [P("Lars-Erik Mård", "lars-erik.mard@leksand.se", "Leksands kommun")], ALL),
             "late signup combined with a travel question naming the first date"),
    ]
