from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# People writing for others: managers, administrators, HR, shared mailboxes, colleagues.

INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet vänder sig i första hand till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
- 3 maj 2027, kl. 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
- 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
- 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
- 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def messages():
    return [
        mail("e046", "2026-12-03T09:14", ("Sahlström Marita", "marita.sahlstrom@borlange.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler härmed tre av mina medarbetare på Samhällsplanering till DalaLab:

• Kalle Jernberg, kalle.jernberg@borlange.se
• Rebecka Nordlöf, rebecka.nordlof@borlange.se
• Yusuf Demir, yusuf.demir@borlange.se

De deltar på hela lärprojektet. Själv har jag tyvärr inte möjlighet, men jag följer gärna upp med dem efteråt.

Vänliga hälsningar

Marita Sahlström
Enhetschef Samhällsplanering
Samhällsbyggnadsförvaltningen
Borlänge kommun
Besöksadress: Röda vägen 50, 781 81 Borlänge
Tel: 0243-740 00 (vx), direkt 0243-741 12
Mobil: 070-312 45 87
www.borlange.se

Jag är ledig 23/12–7/1.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Till: Marita Sahlström <marita.sahlstrom@borlange.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITE,
             X("register", [P("Kalle Jernberg", "kalle.jernberg@borlange.se", "Borlänge kommun"),
                            P("Rebecka Nordlöf", "rebecka.nordlof@borlange.se", "Borlänge kommun"),
                            P("Yusuf Demir", "yusuf.demir@borlange.se", "Borlänge kommun")], ALL),
             "unit manager (surname-first display name) signs up three staff in a bullet list, not herself; 'hela lärprojektet' = all four; Outlook header block and quoted invitation with all dates; leave 23/12–7/1 in signature"),

        mail("e047", "2026-12-07T13:40", ("Planenheten Falu kommun", "plan@falun.se"),
             "Anmälan DalaLab från Planenheten",
             """Hej,

Planenheten på Falu kommun anmäler följande personer till DalaLab:

Sjödin, Malin
Lidström, Oskar

De vill delta på de två första träffarna, 3 maj och 21 september. E-postadresserna är enligt mönstret fornamn.efternamn@falun.se.

Vi återkommer om en eventuell tredje person.

Med vänlig hälsning
Planenheten
Samhällsbyggnadsförvaltningen, Falu kommun
791 83 Falun
Växel 023-830 00
plan@falun.se""",
             X("register", [P("Malin Sjödin", "malin.sjodin@falun.se", "Falu kommun"),
                            P("Oskar Lidström", "oskar.lidstrom@falun.se", "Falu kommun")], [S1, S2]),
             "shared mailbox plan@ (no person behind it named); 'Efternamn, Förnamn' lines; pattern address written out; '3 maj och 21 september'"),

        mail("e048", "2026-12-09T15:22", ("Ann-Charlotte Grip", "ann-charlotte.grip@hedemora.se"),
             "Anmälan DalaLab – Hedemora",
             """Hej!

Vi är tre från Hedemora som vill vara med i DalaLab, på alla fyra träffarna:

1. Ann-Charlotte Grip (jag själv, avdelningschef)
2. Tobias Fransson, översiktsplanerare
3. Li Wang, planarkitekt

Li är vegan, vi andra äter allt.

Hälsningar
Ann-Charlotte Grip
Avdelningschef Plan och bygg
Hedemora kommun
Tel 0225-340 00
Åsgatan 24, 776 30 Hedemora""",
             X("register", [P("Ann-Charlotte Grip", "ann-charlotte.grip@hedemora.se", "Hedemora kommun"),
                            P("Tobias Fransson", None, "Hedemora kommun"),
                            P("Li Wang", None, "Hedemora kommun", diet="vegan")], ALL, diet="vegan"),
             "manager signs up herself and her team in a numbered list; colleagues without addresses; per-person diet (Li vegan); postcode/street numbers"),

        tg("e049", "2026-12-11T20:05", "Ylva Hedin", 6120455873,
           """hej! jag anmäler min kollega Elsa Norling som är föräldraledig just nu men kommer tillbaka till våren. hon vill vara med 21/9 och 29/11. vi jobbar båda på Gagnefs kommun. hon kollar inte jobbmejlen förrän i april så skicka gärna bekräftelse till mig""",
           X("register", [P("Elsa Norling", None, "Gagnefs kommun")], [S2, S3]),
           "colleague signs up a colleague on parental leave via Telegram; sender not among people; '21/9 och 29/11'; 'april' is not a session"),

        mail("e050", "2026-12-14T10:31", ("HR Ludvika kommun", "hr@ludvika.se"),
             "Anmälan av nyanställd till DalaLab",
             """Hej,

Vi på HR hjälper Samhällsbyggnadsförvaltningen med anmälan av en nyanställd medarbetare. Johanna Melin börjar som planarkitekt hos oss den 1 februari 2027 och hennes e-postadress blir då johanna.melin@ludvika.se (den är inte aktiv förrän hon börjat).

Vi vill anmäla henne till samtliga tillfällen i DalaLab.

Med vänliga hälsningar
Birgitta Svahn
HR-specialist
Ludvika kommun, HR-avdelningen
771 82 Ludvika
0240-860 00""",
             X("register", [P("Johanna Melin", "johanna.melin@ludvika.se", "Ludvika kommun")], ALL),
             "HR mailbox signs up a new hire who starts 1 Feb (not a session); 'samtliga tillfällen' = all four; sender (Birgitta Svahn) not among people"),

        mail("e051", "2026-12-16T08:55", ("Registrator Rättviks kommun", "registrator@rattvik.se"),
             "VB: Anmälan till DalaLab",
             """Hej,

Vidarebefordrar nedanstående enligt önskemål från Samhällsbyggnadsförvaltningen.

Registrator
Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-700 00

-----Ursprungligt meddelande-----
Från: Katarina Rosell <katarina.rosell@rattvik.se>
Skickat: den 15 december 2026 16:48
Till: Registrator <registrator@rattvik.se>
Ämne: Anmälan till DalaLab

Hej registrator!

Kan ni skicka in en anmälan till Region Dalarna för mig och Lars Ohlsson till DalaLab? Vi vill gå på de två första träffarna. Min mejl kommer inte ut till externa adresser just nu pga felet i Exchange.

Tack!
Katarina Rosell
Översiktsplanerare, Rättviks kommun""",
             X("register", [P("Katarina Rosell", "katarina.rosell@rattvik.se", "Rättviks kommun"),
                            P("Lars Ohlsson", None, "Rättviks kommun")], [S1, S2]),
             "registrator mailbox forwards a colleague's internal request; the people and 'de två första träffarna' (3 May, 21 Sep) are only in the forwarded part"),

        mail("e052", "2026-12-18T11:07", ("Eva Martinsson", "eva.martinsson@regiondalarna.se"),
             "DalaLab registration – two participants",
             """Hi Linnea,

Please register the following two people for DalaLab, all four sessions:

- Hannah Pettersson (Region Dalarna, Samhällsplanering) – hannah.pettersson@regiondalarna.se
- Gustav Lindmark (County Administrative Board / Länsstyrelsen Dalarna) – gustav.lindmark@lansstyrelsen.se

Gustav asked me to include him since we are running the regional transport analysis together. Neither has any dietary requirements.

I'm writing in English since our new planning coordinator, who will take over these matters, doesn't read Swedish yet – hope that's ok.

Best regards,
Eva Martinsson
Team Assistant, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
+46 23 49 00 00""",
             X("register", [P("Hannah Pettersson", "hannah.pettersson@regiondalarna.se", "Region Dalarna"),
                            P("Gustav Lindmark", "gustav.lindmark@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "English; team assistant registers two people from two organisations (Region + Länsstyrelsen); sender not among people; 'no dietary requirements'"),

        mail("e053", "2026-12-21T14:18", ("Göran Ljungqvist", "goran.ljungqvist@mora.se"),
             "Anmälan DalaLab Mora kommun",
             """Hej Linnea!

Från Mora kommun anmäler jag två planerare:

Ingela Mård – ingela.mard@mora.se
Patrik Sundberg – patrik.sundberg@mora.se

Båda ska vara med 3/5, 21/9, 29/11 och 22/2. Själv kan jag tyvärr inte delta, det krockar med nämndsmötena.

Patrik är glutenfri.

God jul!
Göran Ljungqvist
Stadsbyggnadschef
Mora kommun
Fredsgatan 16, 792 80 Mora
0250-260 00""",
             X("register", [P("Ingela Mård", "ingela.mard@mora.se", "Mora kommun"),
                            P("Patrik Sundberg", "patrik.sundberg@mora.se", "Mora kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "manager (not participating) lists 'Name – address' lines; all four dates as d/m; per-person diet"),

        mail("e054", "2027-01-04T09:02", ("Tove Edlund", "tove.edlund@avesta.se"),
             "DalaLab",
             """Hej!

Vi blir tre från Avesta: jag, Rolf Kvist och Amanda Persson. Vi tänkte komma på vårträffen och på den i februari (tillgänglighet), de andra två krockar med budgetarbetet.

Rolf och Amanda har adresser enligt fornamn.efternamn@avesta.se.

Gott nytt år!
/Tove

Tove Edlund
Planeringsstrateg, Avesta kommun
0226-64 50 00""",
             X("register", [P("Tove Edlund", "tove.edlund@avesta.se", "Avesta kommun"),
                            P("Rolf Kvist", "rolf.kvist@avesta.se", "Avesta kommun"),
                            P("Amanda Persson", "amanda.persson@avesta.se", "Avesta kommun")], [S1, S4]),
             "sender + two colleagues ('jag, X och Y'); 'vårträffen' = 3 May, 'den i februari' = 22 Feb 2028; pattern addresses written out"),

        mail("e055", "2027-01-07T16:44", ("Malte Granberg", "malte.granberg@vansbro.se"),
             "Anmälan DalaLab – Vansbro",
             """Hej,

Vi från Vansbro kommun vill anmäla oss så här:

Jag (Malte Granberg) kommer på alla träffar.
Selma Rask, selma.rask@vansbro.se, bara på den 3 maj.
Leo Hjort, leo.hjort@vansbro.se, på 21/9 och 29/11.

Ingen specialkost.

MVH
Malte Granberg
Samhällsbyggnadschef
Vansbro kommun, 780 50 Vansbro
0281-750 00""",
             X("register", [P("Malte Granberg", "malte.granberg@vansbro.se", "Vansbro kommun"),
                            P("Selma Rask", "selma.rask@vansbro.se", "Vansbro kommun"),
                            P("Leo Hjort", "leo.hjort@vansbro.se", "Vansbro kommun")], ALL),
             "different sessions for different people: sender all, Selma 3 May, Leo 21/9 + 29/11 -> union = all four; 'Ingen specialkost' -> diet null"),

        mail("e056", "2027-01-08T10:26", ("Ingvar Pålsson", "ingvar.palsson@leksand.se"),
             "Återbud DalaLab – Leksands kommun",
             """Hej Linnea,

Tråkigt nog måste vi från Leksand dra tillbaka vår anmälan till DalaLab. Det gäller alltså mig, Ronja Blom och Henrik Tapper. Förvaltningen omorganiseras under våren och vi kan inte avsätta tid just nu.

Vi hoppas kunna vara med i något liknande längre fram.

Hälsningar
Ingvar Pålsson
Planchef
Leksands kommun
Box 300, 793 27 Leksand
0247-800 00""",
             X("cancel", [P("Ingvar Pålsson", "ingvar.palsson@leksand.se", "Leksands kommun"),
                          P("Ronja Blom", None, "Leksands kommun"),
                          P("Henrik Tapper", None, "Leksands kommun")], ALL),
             "cancellation of the whole group (sender + two colleagues), no session named -> all four"),

        mail("e057", "2027-01-11T08:49", ("Planenheten Falu kommun", "plan@falun.se"),
             "SV: Anmälan DalaLab från Planenheten",
             """Hej igen,

Utöver Malin Sjödin och Oskar Lidström som vi anmälde i december vill vi nu även anmäla Fatima Yilmaz, fatima.yilmaz@falun.se, till samma träffar, alltså 3 maj och 21 september.

Malin och Oskars anmälan gäller som tidigare.

Med vänlig hälsning
Planenheten
Samhällsbyggnadsförvaltningen, Falu kommun
plan@falun.se

Från: Planenheten Falu kommun
Skickat: den 7 december 2026 13:40
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab från Planenheten

Hej,

Planenheten på Falu kommun anmäler följande personer till DalaLab:

Sjödin, Malin
Lidström, Oskar

De vill delta på de två första träffarna, 3 maj och 21 september.""",
             X("register", [P("Fatima Yilmaz", "fatima.yilmaz@falun.se", "Falu kommun")], [S1, S2]),
             "plan@ writes again: only the newly added third person; earlier two 'gäller som tidigare' are not people; quoted earlier mail"),

        mail("e058", "2027-01-13T13:15", ("Camilla Frisk", "camilla.frisk@falun.se"),
             "Anmälan DalaLab – bygglov",
             """Hej!

Jag är chef för bygglovsenheten i Falun. Jag vet inte om Planenheten redan har anmält folk till DalaLab, men vi skulle gärna vilja skicka Jesper Nyqvist (jesper.nyqvist@falun.se) på alla fyra träffarna. Om kommunens platser redan är fyllda får ni gärna sätta honom som reserv.

Vänligen
Camilla Frisk
Enhetschef Bygglov
Falu kommun
023-830 00""",
             X("register", [P("Jesper Nyqvist", "jesper.nyqvist@falun.se", "Falu kommun")], ALL),
             "fourth Falun person (after Malin, Oskar, Fatima from plan@): still a register; 'reserv' wording; sender manager not among people"),

        tg("e059", "2027-01-15T12:37", "Vera Stenmark", 5093318264,
           """Hej! Anmäler mig och kollegan Hugo Lund från Orsa till alla fyra träffar. Hugo är glutenfri, jag är vegetarian 🌱""",
           X("register", [P("Vera Stenmark", None, "Orsa kommun", diet="vegetarian"),
                          P("Hugo Lund", None, "Orsa kommun", diet="glutenfri")],
             ALL, diet="glutenfri, vegetarian"),
           "Telegram: sender + colleague; per-person diets, two diet words joined"),

        mail("e060", "2027-01-18T10:03", ("Gunnel Åhs", "gunnel.ahs@smedjebacken.se"),
             "Anmälan DalaLab Smedjebackens kommun",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>H&auml;r kommer Smedjebackens anm&auml;lningar till DalaLab. Jag &auml;r administrat&ouml;r p&aring; samh&auml;llsbyggnad och sk&ouml;ter anm&auml;lan &aring;t planerarna.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Specialkost</th></tr>
<tr><td>Viktor Strid</td><td>viktor.strid@smedjebacken.se</td><td>3/5 och 21/9</td><td>&ndash;</td></tr>
<tr><td>Maja Fors</td><td>maja.fors@smedjebacken.se</td><td>3/5</td><td>Laktosfri</td></tr>
<tr><td>Anton Heed</td><td>anton.heed@smedjebacken.se</td><td>29/11</td><td>&ndash;</td></tr>
</table>
<p>H&ouml;r av dig om n&aring;got saknas!</p>
<p>Med v&auml;nlig h&auml;lsning<br>
<b>Gunnel &Aring;hs</b><br>
Administrat&ouml;r, Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>
Smedjebackens kommun<br>
Box 14, 777 21 Smedjebacken<br>
0240-660 00</p>
</div>
</body></html>""",
             X("register", [P("Viktor Strid", "viktor.strid@smedjebacken.se", "Smedjebackens kommun"),
                            P("Maja Fors", "maja.fors@smedjebacken.se", "Smedjebackens kommun", diet="laktosfri"),
                            P("Anton Heed", "anton.heed@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S2, S3], diet="laktosfri"),
             "HTML-only table from an administrator; per-row sessions -> union 3/5, 21/9, 29/11; diet in one row; sender not among people", html=True),

        mail("e061", "2027-01-20T09:38", ("Åke Nordin", "ake.nordin@sater.se"),
             "Anmälan för kollega – DalaLab",
             """Hej!

Min kollega Signe Ahlgren är sjukskriven just nu men bad mig anmäla henne till DalaLab innan platserna tar slut. Hon vill gå på alla utom den i november. Hennes adress är signe.ahlgren@sater.se men hon läser den inte förrän hon är tillbaka, så skicka gärna en kopia av bekräftelsen till mig.

Själv är jag inte planerare så jag stannar hemma :)

Mvh
Åke Nordin
GIS-ingenjör, Säters kommun
Rådhusgatan 1, 783 27 Säter
0225-550 00""",
             X("register", [P("Signe Ahlgren", "signe.ahlgren@sater.se", "Säters kommun")], [S1, S2, S4]),
             "colleague signs up a colleague on sick leave; 'alla utom den i november' = 3 May, 21 Sep, 22 Feb; sender explicitly not participating"),

        mail("e062", "2027-01-22T14:10", ("Kommunstyrelsen Älvdalens kommun", "kommunstyrelsen@alvdalen.se"),
             "Fråga om DalaLab",
             """Hej,

Inbjudan till DalaLab har kommit till kommunstyrelsens brevlåda. Innan vi anmäler någon undrar vi:

1. Får förtroendevalda delta, eller är det bara för tjänstepersoner?
2. Räknas de i så fall in i de tre platserna per kommun?
3. Kostar det något att delta?

Vi har två ledamöter i kommunstyrelsen som är intresserade av träffen den 3 maj.

Med vänlig hälsning
Kommunstyrelsens kansli
Älvdalens kommun
Dalgatan 82, 796 31 Älvdalen""",
             X("question", [], []),
             "shared KS mailbox asks questions before any signup; numbered questions (not a list of people); '3 maj' is context only"),

        mail("e063", "2027-01-25T11:20", ("Sahlström Marita", "marita.sahlstrom@borlange.se"),
             "SV: SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

En ändring i Borlänges anmälan: Yusuf Demir slutar hos oss i mars. Nadia Ekholm, nadia.ekholm@borlange.se, tar hans plats och deltar på alla fyra träffarna precis som Yusuf skulle ha gjort.

Kalle och Rebecka påverkas inte.

Vänliga hälsningar

Marita Sahlström
Enhetschef Samhällsplanering
Borlänge kommun
Tel: 0243-740 00 (vx), direkt 0243-741 12

Från: Sahlström Marita
Skickat: den 3 december 2026 09:14
Till: Linnea Hassis
Ämne: SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej Linnea,

Jag anmäler härmed tre av mina medarbetare på Samhällsplanering till DalaLab. De deltar på hela lärprojektet.
[...]""",
             X("change", [P("Yusuf Demir", None, "Borlänge kommun"),
                          P("Nadia Ekholm", "nadia.ekholm@borlange.se", "Borlänge kommun")], ALL),
             "substitution (Yusuf out, Nadia in) -> change with both; quoted earlier mail trimmed, no addresses (Yusuf email null); Kalle and Rebecka unaffected, not people"),

        tg("e064", "2027-01-27T07:48", "Malte Granberg", 6678012943,
           """God morgon. Malte från Vansbro här. Leo Hjort kan inte vara med i DalaLab längre, han har fått nytt jobb i Borlänge. Vi har ingen ersättare just nu. Selma och jag kommer som planerat.""",
           X("cancel", [P("Leo Hjort", None, "Vansbro kommun")], ALL),
           "Telegram: manager withdraws a colleague without a substitute -> cancel; no session named -> all four; 'Borlänge' is Leo's new job, not an organisation; Selma and sender unchanged"),

        mail("e065", "2027-01-29T15:55", ("Lukas Meier", "lukas.meier@alvdalen.se"),
             "Registration DalaLab – Älvdalen",
             """Dear Linnea,

I am writing on behalf of my manager, Ruth Halvarsson (ruth.halvarsson@alvdalen.se), who is on sick leave until mid-March. She asked me to register her for DalaLab on September 21 and February 22.

I would also like to join the same two sessions myself. I moved here from Freiburg last year and my Swedish is not yet good enough for writing, but I understand most of it in meetings.

Kind regards,
Lukas Meier
Strategic Planner
Älvdalens kommun
Dalgatan 82, SE-796 31 Älvdalen
+46 251 800 00""",
             X("register", [P("Ruth Halvarsson", "ruth.halvarsson@alvdalen.se", "Älvdalens kommun"),
                            P("Lukas Meier", "lukas.meier@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
             "English; sender signs up his manager on sick leave and himself for the same two sessions; 'mid-March' is not a session"),

        mail("e066", "2027-02-01T08:00", ("Registrator Hedemora kommun", "registrator@hedemora.se"),
             "Mottagningsbekräftelse: SV: Bekräftelse DalaLab 3 maj",
             """Tack för ditt e-postmeddelande till Hedemora kommun.

Detta är en automatisk bekräftelse på att vi har tagit emot ditt meddelande. Allmänna handlingar diarieförs och handläggs så snart som möjligt. Du behöver inte svara på detta meddelande.

Observera att e-post som skickas till kommunen kan bli allmän handling enligt offentlighetsprincipen.

Registrator
Hedemora kommun
Åsgatan 24, 776 30 Hedemora
Telefon 0225-340 00 (Kontaktcenter, vardagar 8–16)""",
             X("auto_reply", [], []),
             "automatic receipt from a registrator mailbox (no Auto-Submitted header); subject echoes '3 maj'; not a signup"),

        mail("e067", "2027-02-03T10:12", ("Katarina Rosell", "katarina.rosell@rattvik.se"),
             "DalaLab – en till från Rättvik",
             """Hej Linnea!

Nu fungerar min mejl igen, så jag skriver direkt den här gången (förra anmälan för mig och Lars kom via registrator i december).

Vår nya kollega Tilda Svärd, tilda.svard@rattvik.se, vill också följa med på de två första träffarna. Hon är vegan.

Då är vi tre från Rättvik.

Hälsningar
Katarina Rosell
Översiktsplanerare
Rättviks kommun
0248-700 00""",
             X("register", [P("Tilda Svärd", "tilda.svard@rattvik.se", "Rättviks kommun", diet="vegan")],
               [S1, S2], diet="vegan"),
             "colleague adds a third Rättvik person; sender and Lars already registered (not people); 'de två första träffarna' = 3 May, 21 Sep; diet vegan for Tilda"),

        mail("e068", "2027-02-05T13:30", ("Ann-Charlotte Grip", "ann-charlotte.grip@hedemora.se"),
             "Avanmälan DalaLab – Hedemora",
             """Hej Linnea,

Tyvärr måste vi på Hedemora avanmäla hela vår grupp från DalaLab – alltså mig, Tobias Fransson och Li Wang. Kommunen har infört kraftiga besparingar och alla externa utbildningar är stoppade resten av året.

Ledsen för besväret, och lycka till med projektet!

Hälsningar
Ann-Charlotte Grip
Avdelningschef Plan och bygg
Hedemora kommun
Tel 0225-340 00""",
             X("cancel", [P("Ann-Charlotte Grip", "ann-charlotte.grip@hedemora.se", "Hedemora kommun"),
                          P("Tobias Fransson", None, "Hedemora kommun"),
                          P("Li Wang", None, "Hedemora kommun")], ALL),
             "whole-group cancellation (sender + two colleagues), no sessions named -> all four"),

        mail("e069", "2027-02-08T09:47", ("Ingela Mård", "ingela.mard@mora.se"),
             "Ytterligare anmälningar från Mora",
             """Hej!

Göran Ljungqvist anmälde mig och Patrik Sundberg i december. Nu vill ytterligare två från Mora vara med på alla fyra träffarna:

- Oscar Tell, oscar.tell@mora.se
- Hedvig Brandt, hedvig.brandt@mora.se

Jag förstår att vi då blir fyra och att det är max tre per kommun. Sätt i så fall Hedvig som reserv, hon kan hoppa in om någon av oss får förhinder.

Vänliga hälsningar
Ingela Mård
Planarkitekt, Mora kommun
0250-260 00""",
             X("register", [P("Oscar Tell", "oscar.tell@mora.se", "Mora kommun"),
                            P("Hedvig Brandt", "hedvig.brandt@mora.se", "Mora kommun")], ALL),
             "registered participant signs up two more colleagues -> Mora's fourth person, one explicitly as reserve (still a person to register); sender and Patrik already registered"),

        tg("e070", "2027-02-10T18:22", "Åke Nordin", 7034561289,
           """Hej, skriver åt min kollega Signe Ahlgren i Säter igen. Hon är fortfarande sjukskriven och klarar inte 3 maj, men kommer på de andra hon är anmäld till.""",
           X("cancel", [P("Signe Ahlgren", None, "Säters kommun")], [S1]),
           "Telegram: colleague withdraws an absent colleague from one session only -> cancel of 3 May"),

        mail("e071", "2027-02-12T11:05", ("Planenheten Falu kommun", "plan@falun.se"),
             "Ändring DalaLab – Falu kommun",
             """Hej,

Malin Sjödin går på föräldraledighet från april och kan därför inte delta i DalaLab. I hennes ställe kommer Albin Kärr, albin.karr@falun.se, på 3 maj och 21 september.

Oskar Lidström och Fatima Yilmaz deltar som tidigare.

Med vänlig hälsning
Planenheten
Samhällsbyggnadsförvaltningen, Falu kommun
plan@falun.se""",
             X("change", [P("Malin Sjödin", None, "Falu kommun"),
                          P("Albin Kärr", "albin.karr@falun.se", "Falu kommun")], [S1, S2]),
             "shared mailbox substitution (Malin out, Albin in for 3/5 and 21/9) -> change with both; 'april' is not a session; Oskar and Fatima unchanged"),

        mail("e072", "2027-02-15T14:33", ("Birger Holm", "birger.holm@gagnef.se"),
             "Anmälan DalaLab – Dalälvsprojektet (Gagnef och Leksand)",
             """Hej Linnea,

Jag är projektledare för det gemensamma Dalälvsprojektet mellan Gagnef och Leksand. Två av projektets planerare vill delta i DalaLab:

Gagnefs kommun: Elvira Ström, elvira.strom@gagnef.se
Leksands kommun: Nils-Erik Frost, nils-erik.frost@leksand.se

Båda anmäls till den tredje och fjärde träffen (framtider/osäkerheter och tillgänglighet). Jag själv deltar inte.

Mvh
Birger Holm
Projektledare Dalälvsprojektet
Gagnefs kommun, Djurås
0241-150 00 / 070-224 18 90""",
             X("register", [P("Elvira Ström", "elvira.strom@gagnef.se", "Gagnefs kommun"),
                            P("Nils-Erik Frost", "nils-erik.frost@leksand.se", "Leksands kommun")], [S3, S4]),
             "project leader signs up people from two municipalities in one mail; 'tredje och fjärde träffen' = 29 Nov + 22 Feb; sender not participating"),

        mail("e073", "2027-02-17T09:21", ("Agnes Wiberg", "agnes.wiberg@lansstyrelsen.se"),
             "Anmälan till DalaLab från Länsstyrelsen",
             """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hej!</p>
<p>Enheten f&ouml;r samh&auml;llsbyggnad p&aring; L&auml;nsstyrelsen Dalarna anm&auml;ler f&ouml;ljande till h&ouml;stens tv&aring; tr&auml;ffar i DalaLab:</p>
<ul>
<li>Agnes Wiberg (jag)</li>
<li>Jonatan Lilja</li>
<li>Mirja Koskinen &ndash; vegetarisk kost</li>
<li>Ebbe Strandberg</li>
</ul>
<p>Adresserna &auml;r enligt m&ouml;nstret f&ouml;rnamn.efternamn@lansstyrelsen.se.</p>
<p>V&auml;nliga h&auml;lsningar<br>
Agnes Wiberg<br>
Handl&auml;ggare, Enheten f&ouml;r samh&auml;llsbyggnad<br>
L&auml;nsstyrelsen Dalarna<br>
791 84 Falun<br>
010-225 00 00</p>
</body></html>""",
             X("register", [P("Agnes Wiberg", "agnes.wiberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Jonatan Lilja", "jonatan.lilja@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Mirja Koskinen", "mirja.koskinen@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarisk"),
                            P("Ebbe Strandberg", "ebbe.strandberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3], diet="vegetarisk"),
             "HTML-only bullet list of four from Länsstyrelsen (no quota); 'höstens två träffar' = 21 Sep + 29 Nov; pattern addresses written out; per-person diet", html=True),

        tg("e074", "2027-02-19T10:09", "Jessica Bäck", 5281904476,
           """Hej! Jag är assistent på samhällsbyggnad i Malung-Sälen. Vill anmäla vår chef Roger Lindén till första träffen 3 maj. Han har nötallergi. Tack!""",
           X("register", [P("Roger Lindén", None, "Malung-Sälens kommun", diet="nötallergi")], [S1],
             diet="nötallergi"),
           "Telegram: assistant signs up her manager (sender not a person); 'första träffen 3 maj'; diet"),

        mail("e075", "2027-02-22T15:40", ("HR Ludvika kommun", "hr@ludvika.se"),
             "SV: Anmälan av nyanställd till DalaLab",
             """Hej,

Vi anmälde i december Johanna Melin till DalaLab. Hon har tyvärr tackat nej till tjänsten och kommer alltså inte att delta. Samhällsbyggnadsförvaltningen har ingen ersättare i nuläget, så stryk henne helt.

Med vänliga hälsningar
Birgitta Svahn
HR-specialist
Ludvika kommun, HR-avdelningen
0240-860 00""",
             X("cancel", [P("Johanna Melin", None, "Ludvika kommun")], ALL),
             "HR withdraws the new hire without a substitute -> cancel all four; sent on 22 Feb 2027 (not the 2028 session)"),

        mail("e076", "2027-02-24T08:15", ("Karl-Johan Ödlund", "karl-johan.odlund@orsa.se"),
             "Adresser till Orsas deltagare i DalaLab",
             """Hej Linnea,

Vera Stenmark och Hugo Lund anmälde sig via er Telegram-bot i januari och har inte fått någon bekräftelse. Det beror nog på att ni saknar deras e-postadresser. Här är de:

Vera Stenmark – vera.stenmark@orsa.se
Hugo Lund – hugo.lund@orsa.se

Inget annat ändras i deras anmälan.

Mvh
Karl-Johan Ödlund
Chef Plan- och byggenheten
Orsa kommun
Box 23, 794 21 Orsa
0250-55 21 00""",
             X("change", [P("Vera Stenmark", "vera.stenmark@orsa.se", "Orsa kommun"),
                          P("Hugo Lund", "hugo.lund@orsa.se", "Orsa kommun")], []),
             "manager supplies addresses for two colleagues' earlier signup -> change with sessions [] (address update naming no sessions); 'januari' not a session"),

        mail("e077", "2027-03-01T13:52", ("Tove Edlund", "tove.edlund@avesta.se"),
             "SV: DalaLab",
             """Hej igen!

Amanda Persson har fått ny tjänst i Sala och slutar hos oss i april. Istället kommer Julia Hagström (julia.hagstrom@avesta.se) på samma träffar som Amanda var anmäld till, dvs vårträffen i maj och den i februari.

Rolf och jag kommer som planerat.

/Tove

Tove Edlund
Planeringsstrateg, Avesta kommun
0226-64 50 00

________________________________
Från: Tove Edlund
Skickat: den 4 januari 2027 09:02
Till: linnea.hassis@regiondalarna.se
Ämne: DalaLab

Hej!

Vi blir tre från Avesta: jag, Rolf Kvist och Amanda Persson. Vi tänkte komma på vårträffen och på den i februari (tillgänglighet), de andra två krockar med budgetarbetet.""",
             X("change", [P("Amanda Persson", None, "Avesta kommun"),
                          P("Julia Hagström", "julia.hagstrom@avesta.se", "Avesta kommun")], [S1, S4]),
             "substitution within a reply (Amanda out, Julia in) -> change; substitute's sessions 3 May + 22 Feb restated; 'Sala' and 'april' are noise"),

        mail("e078", "2027-03-03T10:40", ("Gunnel Åhs", "gunnel.ahs@smedjebacken.se"),
             "Specialkost DalaLab – Smedjebacken",
             """Hej Linnea,

Två tillägg om specialkost för Smedjebackens deltagare: Anton Heed har meddelat att han är glutenintolerant och Viktor Strid vill ha vegetarisk kost. Träffarna är desamma som i min tidigare anmälan.

Med vänlig hälsning
Gunnel Åhs
Administratör, Samhällsbyggnadsförvaltningen
Smedjebackens kommun
0240-660 00""",
             X("change", [P("Anton Heed", None, "Smedjebackens kommun", diet="glutenintolerant"),
                          P("Viktor Strid", None, "Smedjebackens kommun", diet="vegetarisk")], [],
               diet="glutenintolerant, vegetarisk"),
             "administrator updates diets for two colleagues, no sessions named -> change []; per-person diets joined"),

        tg("e079", "2027-03-05T19:30", "Ylva Hedin", 6120455873,
           """Hej igen, Ylva i Gagnef. Elsa Norling är tillbaka från föräldraledigheten och vill vara med på 3 maj också. Så hon går på 3/5, 21/9 och 29/11 👍""",
           X("change", [P("Elsa Norling", None, "Gagnefs kommun")], [S1, S2, S3]),
           "Telegram: colleague adds a session for an earlier registered colleague; sessions after the change stated (3/5, 21/9, 29/11)"),

        mail("e080", "2027-03-08T16:05", ("Lukas Meier", "lukas.meier@alvdalen.se"),
             "Cancellation DalaLab – Ruth Halvarsson and Lukas Meier",
             """Dear Linnea,

Unfortunately Ruth and I have to cancel our registration for DalaLab. Our department is being reorganised after the summer and neither of us will be working with comprehensive planning any more.

Sorry for the inconvenience, and thank you for your help.

Kind regards,
Lukas Meier
Strategic Planner
Älvdalens kommun
+46 251 800 00""",
             X("cancel", [P("Ruth Halvarsson", None, "Älvdalens kommun"),
                          P("Lukas Meier", "lukas.meier@alvdalen.se", "Älvdalens kommun")], ALL),
             "English whole-group cancellation (sender + his manager); full name only in the subject; no sessions named -> all four"),

        mail("e081", "2027-03-10T09:12", ("Registrator Ludvika kommun", "registrator@ludvika.se"),
             "Inkommen anmälan DalaLab (Dnr KS 2027/0142)",
             """Hej,

Följande anmälan har kommit in på papper till kommunens registrator och vidarebefordras härmed till Region Dalarna.

Namn: Stefan Jarl
Enhet: Tillväxt och samhällsutveckling
Träffar: 21 september, 29 november
Specialkost: laktosfri

Ärendet är diariefört under Dnr KS 2027/0142.

Med vänlig hälsning
Registrator
Kommunledningsförvaltningen
Ludvika kommun
771 82 Ludvika
0240-860 00""",
             X("register", [P("Stefan Jarl", None, "Ludvika kommun")], [S2, S3], diet="laktosfri"),
             "registrator mailbox forwards a paper form (field list); no address for the person -> null, organisation from the mailbox; Dnr numbers are noise"),

        mail("e082", "2027-03-12T14:48", ("Katarina Rosell", "katarina.rosell@rattvik.se"),
             "Reserv från Rättvik – DalaLab",
             """Hej Linnea!

Vi är redan tre från Rättvik (jag, Lars Ohlsson och Tilda Svärd), men Wilma Dahlin på vår enhet är också väldigt intresserad. Kan ni sätta upp henne som reserv för alla träffarna, ifall någon av oss får förhinder eller om det blir platser över? Hennes adress är wilma.dahlin@rattvik.se.

Hälsningar
Katarina Rosell
Översiktsplanerare
Rättviks kommun""",
             X("register", [P("Wilma Dahlin", "wilma.dahlin@rattvik.se", "Rättviks kommun")], ALL),
             "colleague asks to put a fourth person on the reserve list for all sessions -> register (a named reserve is a person); the three already registered are not people"),

        tg("e083", "2027-03-15T11:56", "Anna-Karin Moberg", 5907713352,
           """hej! Anna-Karin Moberg här, ny chef för planenheten i Ludvika. anmäler mig själv + mina två planerare filip ros och sofie grahn. vi tar 21.9 och 22.2, de andra krockar""",
           X("register", [P("Anna-Karin Moberg", None, "Ludvika kommun"),
                          P("Filip Ros", None, "Ludvika kommun"),
                          P("Sofie Grahn", None, "Ludvika kommun")], [S2, S4]),
           "Telegram: manager signs up herself and her team; lower-case names; '21.9 och 22.2'"),

        mail("e084", "2027-03-18T08:33", ("Kommunstyrelsen Malung-Sälens kommun", "kommunstyrelsen@malung-salen.se"),
             "VB: DalaLab 29 nov",
             """Hej,

Detta kom till kommunstyrelsens funktionsbrevlåda, vi vidarebefordrar till rätt mottagare.

Kommunstyrelsens kansli
Malung-Sälens kommun
Lisagatan 34, 782 82 Malung

---------- Vidarebefordrat meddelande ----------
Från: Hampus Grönlund <hampus.gronlund@malung-salen.se>
Datum: tis 16 mars 2027 kl 15:21
Ämne: DalaLab 29 nov
Till: <kommunstyrelsen@malung-salen.se>

Hej! Jag skulle vilja anmäla mig till DalaLab, träffen om framtider och osäkerheter den 29 november. Vet inte vart jag ska skicka detta.

Hampus Grönlund
Trafikplanerare""",
             X("register", [P("Hampus Grönlund", "hampus.gronlund@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "KS functional mailbox forwards a self-signup sent to the wrong place; person and session only in the forwarded part; '16 mars' is the forward date"),

        mail("e085", "2027-03-22T10:17", ("Ingela Mård", "ingela.mard@mora.se"),
             "Byten i Moras anmälan till DalaLab",
             """Hej Linnea,

Två byten från Mora:

Patrik Sundberg och Oscar Tell kan inte längre delta. I stället kommer Klara Wennberg (klara.wennberg@mora.se) och Isak Borg (isak.borg@mora.se) på alla träffar.

Hedvig Brandt står kvar som reserv och jag själv deltar som tidigare.

Vänliga hälsningar
Ingela Mård
Planarkitekt, Mora kommun
0250-260 00""",
             X("change", [P("Patrik Sundberg", None, "Mora kommun"),
                          P("Oscar Tell", None, "Mora kommun"),
                          P("Klara Wennberg", "klara.wennberg@mora.se", "Mora kommun"),
                          P("Isak Borg", "isak.borg@mora.se", "Mora kommun")], ALL),
             "two substitutions in one mail -> change listing both withdrawn and both substitutes; 'alla träffar'; reserve and sender unchanged"),

        tg("e086", "2027-03-25T13:02", "Thomas Lagergren", 6392207715,
           """Hej, jag är administratör i Vansbro kommun. Går det att skicka olika personer på olika träffar, så länge vi är max tre per gång? Eller måste det vara samma tre hela projektet?""",
           X("question", [], []),
           "Telegram question from an administrator about rotating participants; no signup"),

        mail("e087", "2027-03-29T09:44", ("Malte Granberg", "malte.granberg@vansbro.se"),
             "DalaLab – en till från Vansbro",
             """Hej,

Eftersom Leo Hjort hoppade av vill vi anmäla nora lindkvist i hans ställe, nora.lindkvist@vansbro.se. Hon kommer på 3/5.

MVH
Malte Granberg
Samhällsbyggnadschef
Vansbro kommun
0281-750 00""",
             X("register", [P("Nora Lindkvist", "nora.lindkvist@vansbro.se", "Vansbro kommun")], [S1]),
             "newcomer replacing a colleague cancelled in an earlier mail -> register; lower-case name"),

        mail("e088", "2027-04-01T15:27", ("Sahlström Marita", "marita.sahlstrom@borlange.se"),
             "DalaLab – Rebecka Nordlöf",
             """Hej Linnea,

Rebecka Nordlöf kan tyvärr inte vara med på höstens träffar (21/9 och 29/11) eftersom hon är tjänstledig då, men hon kommer på de andra två som planerat.

Vänliga hälsningar

Marita Sahlström
Enhetschef Samhällsplanering
Borlänge kommun
Tel: 0243-740 00 (vx), direkt 0243-741 12
Mobil: 070-312 45 87""",
             X("cancel", [P("Rebecka Nordlöf", None, "Borlänge kommun")], [S2, S3]),
             "manager withdraws a colleague from two sessions only -> partial cancel of 21/9 and 29/11"),

        mail("e089", "2027-04-06T11:38", ("Eva Martinsson", "eva.martinsson@regiondalarna.se"),
             "Anmälan DalaLab – två till från Region Dalarna",
             """Hej Linnea,

Nu har jag fått ihop två till från kollektivtrafikförvaltningen som vill vara med på sista träffen, den om tillgänglighet:

Omar Haddad, omar.haddad@regiondalarna.se – äter halal
Linn Backman, linn.backman@regiondalarna.se

Hälsningar
Eva Martinsson
Teamassistent, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
023-49 00 00""",
             X("register", [P("Omar Haddad", "omar.haddad@regiondalarna.se", "Region Dalarna", diet="halal"),
                            P("Linn Backman", "linn.backman@regiondalarna.se", "Region Dalarna")], [S4],
               diet="halal"),
             "team assistant (wrote e052 in English) registers two more in Swedish; 'sista träffen, den om tillgänglighet' = 22 Feb 2028; per-person diet"),

        mail("e090", "2027-04-09T14:02", ("Kommunstyrelsen Leksands kommun", "kommunstyrelsen@leksand.se"),
             "DalaLab – Leksands kommun",
             """Hej,

Leksands kommun avanmälde i januari sina deltagare till DalaLab. Efter omorganisationen har Ronja Blom, ronja.blom@leksand.se, nu möjlighet att delta och vi vill därför anmäla henne till alla fyra träffarna.

Med vänlig hälsning
Kommunstyrelsens kansli
Leksands kommun
Box 300, 793 27 Leksand""",
             X("register", [P("Ronja Blom", "ronja.blom@leksand.se", "Leksands kommun")], ALL),
             "KS mailbox re-registers a person from a group cancelled in January -> register all four; 'januari' is not a session"),
    ]
