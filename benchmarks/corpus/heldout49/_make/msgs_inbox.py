"""Theme "inbox": one registration inbox for DalaLab over the winter 2026/27, in the order it fills up.

The invitation goes out on 1 December 2026. First come signups written above the quoted invitation (Outlook
headers, Gmail "skrev:", ">" quoting, HTML blockquotes, forwards), colleagues added in a second mail, and
questions on venue, cost, food and distance attendance; mixed in is machine mail (out-of-office, bounce,
delivery report, read receipt), a newsletter, spam and phishing, and erasure requests. In spring come diet
changes, added sessions, substitutions, cancellations and late signups just before the 14 April deadline.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    inv = (
        "Hej!\n\n"
        "Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.\n"
        "Projektet riktar sig till er som arbetar med översiktsplanering och planeringsstrategier i kommuner\n"
        "och region.\n\n"
        "Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30), tillsammans med Boverket\n"
        "Träff 2: tisdag 21 september 2027 – utvecklingsinriktning i ÖP-modellen\n"
        "Träff 3: måndag 29 november 2027 – önskvärda framtider och osäkerheter\n"
        "Träff 4: tisdag 22 februari 2028 – planera för tillgänglighet\n\n"
        "Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till\n"
        "linnea.hassis@regiondalarna.se. Ange eventuella kostönskemål.\n\n"
        "Varmt välkomna!\n"
        "Linnea Hassis\n"
        "Samhällsplanerare, Region Dalarna\n"
    )
    gt = "\n".join("> " + line if line else ">" for line in inv.splitlines())
    inv_html = inv.replace("\n\n", "</p><p>").replace("\n", "<br>")

    return [
        mail("az001", "2026-12-02T08:47", ("Lindqvist Karin", "karin.lindqvist@falun.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig gärna till hela "
             "lärprojektet.\n\nVänliga hälsningar\nKarin Lindqvist\nÖversiktsplanerare\n"
             "Samhällsbyggnadsförvaltningen, Falu kommun\nTfn 023-83 412\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 14:02\n"
             "Till: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + inv,
             X("register", [P("Karin Lindqvist", "karin.lindqvist@falun.se", "Falu kommun")], ALL),
             "first signup of the day above an Outlook-quoted invitation listing all four dates; whole project → all"),

        mail("az002", "2026-12-02T10:15", ("Nordin Sara", "sara.nordin@ludvika.se"),
             "Frånvaro: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag är föräldraledig till och med 31 januari 2027 och läser inte min e-post.\n"
             "Ärenden om detaljplaner: plan@ludvika.se eller växeln 0240-860 00.\n\n/Sara Nordin\n",
             X("auto_reply"),
             "out-of-office answer to the invitation mailout; a date in it is not a session"),

        mail("az003", "2026-12-02T13:30", ("Hanna Wiklund", "hannawiklund84@gmail.com"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nSkriver från privata mejlen eftersom jobbmejlen strular i telefonen. Jag jobbar som "
             "planarkitekt på Gagnefs kommun och vill väldigt gärna vara med. Den 21 september är jag dock "
             "bortrest (bröllop i Kanada!) så den får jag stå över, men övriga tre träffar räknar jag med.\n\n"
             "Hälsningar Hanna\n\n"
             "Den tis 1 dec. 2026 kl 14:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n\n" + gt + "\n",
             X("register", [P("Hanna Wiklund", "hannawiklund84@gmail.com", "Gagnefs kommun")], [S1, S3, S4]),
             "private Gmail address, employer given in the text; all but the excluded September date; "
             "Gmail 'skrev:' quote below"),

        tg("az004", "2026-12-03T09:02", "Lars-Erik", 5823304417,
           "Hej! Går det att vara med på distans på träffarna? Sitter uppe i Idre och det är en bra bit ner till "
           "Falun, särskilt på vintern",
           X("question"),
           "distance-attendance question on Telegram; no signup"),

        mail("az005", "2026-12-03T11:40", ("Johanna Axelsson", "johanna.axelsson@borlange.se"),
             "SV: Inbjudan DalaLab",
             "<html><body><div style=\"font-family:Calibri,sans-serif\"><p>Hej Linnea,</p>"
             "<p>Jag och min kollega Ahmed Yusuf (<a href=\"mailto:ahmed.yusuf@borlange.se\">"
             "ahmed.yusuf@borlange.se</a>) vill anmäla oss till alla fyra träffarna.</p>"
             "<p>Ahmed äter vegan, jag äter allt.</p>"
             "<p>Med vänlig hälsning<br><b>Johanna Axelsson</b><br>Strategisk planerare<br>"
             "Borlänge kommun | Stadshuset, 781 81 Borlänge<br>0243-740 00</p></div>"
             "<hr><p><b>Från:</b> Hassis Linnea<br><b>Skickat:</b> den 1 december 2026 14:02<br>"
             "<b>Ämne:</b> Inbjudan DalaLab</p><blockquote><p>" + inv_html + "</p></blockquote>"
             "</body></html>",
             X("register", [P("Johanna Axelsson", "johanna.axelsson@borlange.se", "Borlänge kommun"),
                            P("Ahmed Yusuf", "ahmed.yusuf@borlange.se", "Borlänge kommun", diet="vegan")],
               ALL, diet="vegan"),
             "HTML-only signup of two, colleague's address given, diet belongs to the colleague; "
             "invitation in an HTML blockquote", html=True),

        mail("az006", "2026-12-03T16:20", ("Mats Hellberg", "mats.hellberg@sater.se"),
             "Kostnad?",
             "Hej\n\nInnan jag tar det med min chef: kostar det något att delta i DalaLab, och står ni för "
             "lunchen eller får vi ta med egen? Resor betalar vi förstås själva antar jag.\n\n"
             "Mats Hellberg\nSäters kommun, Bygg och miljö\n",
             X("question"),
             "cost and lunch question before deciding; no signup"),

        mail("az007", "2026-12-04T07:55", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Olevererbart: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Det gick inte att leverera till följande mottagare eller grupper:\n\n"
             "tomas.berg@vansbro.se\n"
             "E-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress och försök skicka "
             "meddelandet igen.\n\n"
             "Diagnostisk information för administratörer:\n"
             "Genererande server: GV0P278MB0123.SWEP278.PROD.OUTLOOK.COM\n"
             "tomas.berg@vansbro.se\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup'\n\n"
             "Ursprungliga meddelanderubriker:\n"
             "From: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Subject: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n"
             "Date: Tue, 1 Dec 2026 14:02:11 +0100\n\n" + inv,
             X("auto_reply"),
             "bounce of the invitation, carrying the full invitation text with all dates; never a signup"),

        mail("az008", "2026-12-04T14:10", ("Gunilla Rask", "gunilla.rask@mora.se"),
             "Anmälan från Mora",
             "Hej Linnea!\n\nHärmed anmäler jag två medarbetare från planenheten till DalaLab: Elin Sjöberg och "
             "Jonas Hed. Själv har jag tyvärr inte möjlighet den här gången, men jag följer gärna projektet på "
             "håll.\n\nHälsningar\nGunilla Rask\nPlanchef, Mora kommun\n",
             X("register", [P("Elin Sjöberg", None, "Mora kommun"), P("Jonas Hed", None, "Mora kommun")], ALL),
             "manager signs up two staff without addresses and explicitly not herself"),

        tg("az009", "2026-12-07T08:30", "Petra Å", 6120987345,
           "hej! Petra Ålund här, Rättviks kommun 🙂 anmäler mig till första och sista träffen. glutenfri kost tack",
           X("register", [P("Petra Ålund", None, "Rättviks kommun", diet="glutenfri")], [S1, S4], diet="glutenfri"),
           "Telegram signup with ordinal sessions (first and last) and a diet"),

        mail("az010", "2026-12-07T10:02", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL Kunskapsbanken – december 2026",
             "<html><body><h1>PBL Kunskapsbanken – nyheter i december</h1>"
             "<p>Nu finns den uppdaterade vägledningen om översiktsplanens utvecklingsinriktning.</p>"
             "<h2>Kalendarium</h2><ul><li>3 maj 2027 – Boverket medverkar i Region Dalarnas DalaLab, Falun</li>"
             "<li>9–10 juni 2027 – Planeringsdagarna, Stockholm. Anmäl dig senast 1 maj!</li></ul>"
             "<p>Du får detta nyhetsbrev eftersom du prenumererar på nyheter från Boverket. "
             "<a href=\"https://www.boverket.se/avprenumerera\">Avsluta prenumerationen</a></p></body></html>",
             X("unknown"),
             "HTML newsletter mentioning the 3 May session and 'anmäl dig'; bulk mail, never answered",
             html=True),

        mail("az011", "2026-12-08T13:15", ("Maria Eklund", "maria.eklund@leksand.se"),
             "Anmälan DalaLab",
             "Hej,\nanmäler mig, Maria Eklund, Leksands kommun, till samtliga träffar.\n/Maria\n\n"
             "Skickat från min iPhone\n",
             X("register", [P("Maria Eklund", "maria.eklund@leksand.se", "Leksands kommun")], ALL),
             "short phone signup for all sessions"),

        mail("az012", "2026-12-08T15:45", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
             "DalaLab - venue question",
             "Hi Linnea,\n\nI'm quite new at the County Administrative Board and still finding my way around "
             "Dalarna. Where in Falun will the May meeting be held, and is it easy to reach from the train "
             "station? I haven't decided yet whether to sign up.\n\nBest regards,\nDaniel Okafor\n"
             "Länsstyrelsen Dalarna\n",
             X("question"),
             "English venue question from the county board, explicitly not yet a signup"),

        mail("az013", "2026-12-09T09:10", ("Eriksson Bengt", "bengt.eriksson@hedemora.se"),
             "Läst: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Ditt meddelande\n\n  Till: Hassis Linnea\n  Ämne: Inbjudan DalaLab – Planering för hållbarhet och "
             "utvecklingskraft\n  Skickat: den 1 december 2026 14:02\n\nlästes den 9 december 2026 09:09.\n",
             X("auto_reply"),
             "read receipt for the invitation"),

        mail("az014", "2026-12-10T11:22", ("Patrik Söderberg", "patrik.soderberg@regiondalarna.se"),
             "DalaLab från regionens sida",
             "Hej Linnea!\n\nVi på enheten för samhällsplanering tänkte vara med som deltagare också, inte bara "
             "arrangörer. Skriv upp mig och Sofia Nygren, och eventuellt någon till från enheten – jag "
             "återkommer om det. Alla fyra träffarna.\n\nLaktosfritt för min del.\n\nPatrik\n",
             X("register", [P("Patrik Söderberg", "patrik.soderberg@regiondalarna.se", "Region Dalarna",
                              diet="laktosfritt"),
                            P("Sofia Nygren", None, "Region Dalarna")], ALL, diet="laktosfritt",
               unsure=["unnamed"]),
             "region colleague signs up self and one named colleague, 'maybe one more' unnamed; sender's diet"),

        mail("az015", "2026-12-11T08:05", ("Maria Eklund", "maria.eklund@leksand.se"),
             "Re: Anmälan DalaLab",
             "Hej igen!\n\nMin kollega Oskar Lund (oskar.lund@leksand.se) vill också vara med, men bara på "
             "höstträffarna. Han har mycket med detaljplaner i vår.\n\nMaria\n\n"
             "8 dec. 2026 kl. 13:15 skrev Maria Eklund <maria.eklund@leksand.se>:\n"
             "> Hej,\n> anmäler mig, Maria Eklund, Leksands kommun, till samtliga träffar.\n> /Maria\n",
             X("register", [P("Oskar Lund", "oskar.lund@leksand.se", "Leksands kommun")], [S2, S3]),
             "colleague added in a second mail; sender already registered (quoted) and not among the people; "
             "'höstträffarna' plural = Sep and Nov"),

        mail("az016", "2026-12-14T14:30", ("IT-support Region Dalarna", "noreply@regiondalarna-it.com"),
             "Åtgärd krävs: din brevlåda är 98 % full",
             "Bästa användare,\n\nDin brevlåda linnea.hassis@regiondalarna.se har nästan nått sin gräns. "
             "Inkommande meddelanden (t.ex. anmälningar) kommer att avvisas inom 24 timmar.\n\n"
             "Verifiera ditt konto här för att få 50 GB extra utrymme:\n"
             "http://regiondalarna-it.com/owa/verify?u=linnea.hassis\n\nIT-avdelningen\n",
             X("unknown"),
             "phishing dressed as IT support, mentions registrations; nothing to parse"),

        tg("az017", "2026-12-15T09:40", "Henrik Sandberg", 7034551289,
           "anmäl mig o kollegan Lisa Berglund till 3 maj. /Henrik, Hedemora",
           X("register", [P("Henrik Sandberg", None, "Hedemora kommun"), P("Lisa Berglund", None, "Hedemora kommun")],
             [S1]),
           "terse Telegram signup of two for one date, organisation from the sign-off"),

        mail("az018", "2026-12-16T10:10", ("Åsa Lindgren", "asa.lindgren@avesta.se"),
             "Mat på träffarna",
             "Hej!\n\nHur blir det med maten – serveras det lunch vid alla fyra tillfällena eller bara fika? "
             "Undrar mest för att veta om man ska boka något själv de gånger det inte blir i Falun.\n\n"
             "Mvh Åsa\n",
             X("question"),
             "food question naming 'all four occasions'; no signup"),

        mail("az019", "2026-12-17T15:55", ("Göran Mörk", "goran.mork@avesta.se"),
             "Ta bort mina uppgifter",
             "Hej.\n\nJag har fått er inbjudan men går i pension vid årsskiftet och kommer inte att delta. "
             "Jag vill att ni tar bort mig från era utskickslistor och raderar de personuppgifter ni har om "
             "mig.\n\nGöran Mörk\nAvesta kommun\n",
             X("erasure", [P("Göran Mörk", "goran.mork@avesta.se", "Avesta kommun")]),
             "erasure request in an old charset; 'kommer inte att delta' is not a cancellation",
             charset="iso-8859-1"),

        mail("az020", "2026-12-21T07:30", ("Pettersson Camilla", "camilla.pettersson@smedjebacken.se"),
             "Automatiskt svar: Frågor om DalaLab",
             "Tack för ditt mejl. Jag är ledig 21 december–6 januari och är tillbaka på kontoret den 7 januari "
             "2027.\n\nThank you for your e-mail. I am on leave until 7 January 2027.\n\n"
             "Camilla Pettersson\nSmedjebackens kommun\n",
             X("auto_reply"),
             "bilingual Christmas out-of-office answering the organiser's mailout"),

        mail("az021", "2027-01-08T09:15", ("Anders Mattsson", "anders.mattsson@orsa.se"),
             "VB: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nGott nytt år! Vi i Orsa vill vara med med två personer: jag själv och vår nya "
             "planarkitekt Frida Holm, som börjar hos oss 1 februari (hon har ingen adress hos oss ännu). "
             "Frida har nötallergi, viktigt att köket vet.\n\nHälsn. Anders Mattsson\nSamhällsbyggnad, "
             "Orsa kommun\n\n---------- Vidarebefordrat meddelande ---------\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nDatum: tis 1 dec. 2026 14:02\n"
             "Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n"
             "Till: <kommun@orsa.se>\n\n" + inv,
             X("register", [P("Anders Mattsson", "anders.mattsson@orsa.se", "Orsa kommun"),
                            P("Frida Holm", None, "Orsa kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "forwarded invitation with signup of self and a new colleague; colleague's nut allergy"),

        mail("az022", "2027-01-11T13:40", ("Rebecka Falk", "rebecka.falk@ludvika.se"),
             "Sista anmälningsdag",
             "Hej\nGäller 14 april som sista dag för alla träffarna? Vi vet inte förrän efter sommaren vem "
             "som har tid i november och februari, går det att anmäla sig till dem senare?\n"
             "Rebecka Falk, Ludvika\n",
             X("question"),
             "deadline question naming months; no signup"),

        mail("az023", "2027-01-12T10:00", ("Nils Fors", "nils.fors@alvdalen.se"),
             "Anmälan",
             "<html><body><p>Hej!</p><p>Jag anmäler mig till DalaLab, träffarna 3/5 och 22/2.</p>"
             "<p>Hälsningar</p><table><tr><td><b>Nils Fors</b><br>Planeringsarkitekt<br>Älvdalens kommun<br>"
             "Dalgatan 78, 796 80 Älvdalen</td><td>Tel 0251-310 00<br>Mobil 070-312 45 67<br>Fax 0251-310 99"
             "</td></tr></table><p style=\"color:#777;font-size:9px\">Detta e-postmeddelande kan innehålla "
             "sekretessbelagd information. Om du fått det av misstag, radera det och meddela avsändaren.</p>"
             "</body></html>",
             X("register", [P("Nils Fors", "nils.fors@alvdalen.se", "Älvdalens kommun")], [S1, S4]),
             "HTML signup with numeric day/month dates; signature table full of numbers; disclaimer says "
             "'radera' but is no erasure", html=True),

        mail("az024", "2027-01-14T16:45", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
             "RE: DalaLab - venue question",
             "Hi again Linnea,\n\nThanks for the directions. I've now decided: please sign me up for the "
             "sessions in September and November. I'm vegan, by the way.\n\nBest,\nDaniel\n\n"
             "-----Original Message-----\nFrom: Hassis Linnea\nSent: den 9 december 2026 11:20\n"
             "Subject: SV: DalaLab - venue question\n\nHej Daniel! Första träffen är i Falun nära "
             "resecentrum, ca tio minuters promenad. Välkommen att anmäla dig senast 14 april.\n",
             X("register", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan")], [S2, S3], diet="vegan"),
             "English follow-up turning the earlier question into a signup for two months"),

        mail("az025", "2027-01-19T08:20", ("Anna from PlanDesk", "anna@plandesk-solutions.io"),
             "Linnea, 30% off GIS planning suite for regional planners",
             "Hi Linnea,\n\nI noticed Region Dalarna is running a learning project on comprehensive planning. "
             "Register today for a free 20-minute demo of PlanDesk – the all-in-one tool for spatial strategies, "
             "scenario planning and accessibility analysis.\n\nBook here: https://plandesk-solutions.io/demo\n\n"
             "Cheers,\nAnna\nUnsubscribe: reply STOP\n",
             X("unknown"),
             "English sales spam that mimics the project's topics and says 'register'"),

        mail("az026", "2027-01-25T11:05", ("Tomas Berg", "t.berg@vansbro.se"),
             "DalaLab – anmälan från Vansbro",
             "Hej!\n\nJag hörde av en kollega i Malung att ni skickat ut en inbjudan till DalaLab, men den verkar "
             "aldrig ha kommit fram till oss (ni kanske har min gamla adress?). Jag vill i alla fall anmäla mig "
             "till projektet. Vilka datum är det som gäller, och är alla träffar i Falun?\n\n"
             "Tomas Berg\nPlanhandläggare, Vansbro kommun\n",
             X("register", [P("Tomas Berg", "t.berg@vansbro.se", "Vansbro kommun")], ALL),
             "signup that also asks questions and knows no dates; the question marks hide a register → all"),

        tg("az027", "2027-02-02T09:50", "Kalle Öhman", 5590213876,
           "Tja! Vi blir tre från Malung-Sälen: jag, Ingrid Persson och en till som inte är bestämd än. "
           "Alla datum 👍",
           X("register", [P("Kalle Öhman", None, "Malung-Sälens kommun"),
                          P("Ingrid Persson", None, "Malung-Sälens kommun")], ALL, unsure=["unnamed"]),
           "three announced, two named; the third unnamed"),

        mail("az028", "2027-02-08T14:00", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Levererat: SV: Anmälan från Mora",
             "Ditt meddelande har levererats till följande mottagare:\n\n"
             "Gunilla Rask (gunilla.rask@mora.se)\n\n"
             "Ämne: SV: Anmälan från Mora\n",
             X("auto_reply"),
             "delivery report for the organiser's confirmation, subject names a signup"),

        mail("az029", "2027-02-15T10:30", ("Elin Sjöberg", "elin.sjoberg@mora.se"),
             "Fråga om ersättare",
             "Hej Linnea!\n\nGunilla anmälde mig i december. Om jag skulle bli sjuk eller få förhinder vid något "
             "tillfälle, går det bra att skicka en kollega i mitt ställe, eller måste det vara samma personer "
             "hela vägen?\n\nTack på förhand!\nElin\n",
             X("question"),
             "registered participant asks about substitutes in principle; no change requested"),

        mail("az030", "2027-02-22T13:10", ("Viktor Janssen", "viktor.janssen@ludvika.se"),
             "Request to delete personal data (GDPR art. 17)",
             "Dear Sir/Madam,\n\nI received an invitation to DalaLab from your organisation. I have not signed "
             "up and do not intend to. Under Article 17 GDPR I request that you erase all personal data you hold "
             "about me and confirm when this is done.\n\nRegards,\nViktor Janssen\nLudvika kommun\n",
             X("erasure", [P("Viktor Janssen", "viktor.janssen@ludvika.se", "Ludvika kommun")]),
             "formal English GDPR erasure request"),

        mail("az031", "2027-03-01T08:40", ("Jenny Åkesson", "jenny.akesson@falun.se"),
             "Anmälan DalaLab, Falu kommun",
             "Hej!\nKarin Lindqvist tipsade om att Falun har platser kvar. Jag vill gärna vara med på alla "
             "träffar utom den i februari 2028, då är jag tjänstledig.\nKost: laktosfri.\n\n"
             "Jenny Åkesson\nTrafikplanerare\nFalu kommun\n",
             X("register", [P("Jenny Åkesson", "jenny.akesson@falun.se", "Falu kommun", diet="laktosfri")],
               [S1, S2, S3], diet="laktosfri"),
             "signup excluding one session ('alla utom februari'); a named colleague is only the tipster"),

        tg("az032", "2027-03-03T11:15", "Petra Å", 6120987345,
           "Hej igen! Jag är ju anmäld till 3 maj och 22 feb, kan jag lägga till 21 september också?",
           X("change", [P("Petra Ålund", None, "Rättviks kommun")], [S1, S2, S4]),
           "adds a session to an existing signup; full set after the change; name from the earlier message"),

        mail("az033", "2027-03-08T15:20", ("Gunilla Rask", "gunilla.rask@mora.se"),
             "SV: Anmälan från Mora",
             "Hej Linnea,\n\nJonas Hed har tyvärr slutat hos oss. I hans ställe kommer Ulrika Dahl "
             "(ulrika.dahl@mora.se) på alla träffarna. Elin är med som tidigare.\n\nHälsningar\nGunilla\n\n"
             "Från: Hassis Linnea\nSkickat: den 8 februari 2027 13:59\nTill: Rask Gunilla\n"
             "Ämne: SV: Anmälan från Mora\n\nHej Gunilla! Tack, Elin Sjöberg och Jonas Hed är nu anmälda till "
             "alla fyra träffarna.\n",
             X("change", [P("Ulrika Dahl", "ulrika.dahl@mora.se", "Mora kommun"), P("Jonas Hed", None, "Mora kommun")], ALL),
             "substitution by a manager; Elin's place unchanged; confirmation quoted below"),

        mail("az034", "2027-03-12T09:00", ("Bengt Eriksson", "bengt.eriksson@hedemora.se"),
             "Fråga DalaLab",
             "Hej, behöver man ha varit med på första träffen för att kunna hänga med på de senare? Funderar på "
             "att hoppa på i höst.\nMvh Bengt Eriksson, Hedemora kommun\n",
             X("question"),
             "question hinting at a possible autumn signup but asking nothing to be booked"),

        mail("az035", "2027-03-18T14:25", ("Camilla Pettersson", "camilla.pettersson@smedjebacken.se"),
             "SV: Inbjudan DalaLab",
             "<div>Hej Linnea!</div><div>Nu är jag äntligen ikapp efter ledigheten. Jag vill anmäla mig till "
             "hela DalaLab, och min kollega Johan Ek följer med, men han kan bara komma på majträffen.</div>"
             "<div><br>/Camilla<br>Smedjebackens kommun</div>"
             "<div style=\"border-top:1px solid #ccc\"><b>Från:</b> Hassis Linnea "
             "&lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 1 december 2026 14:02</div>"
             "<blockquote style=\"margin-left:1em\"><p>" + inv_html + "</p></blockquote>",
             X("register", [P("Camilla Pettersson", "camilla.pettersson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Johan Ek", None, "Smedjebackens kommun")], ALL, unsure=["each-own-sessions"]),
             "HTML reply: sender all sessions, colleague only May; union labelled", html=True),

        mail("az036", "2027-03-24T10:45", ("Oskar Lund", "oskar.lund@leksand.se"),
             "avanmälan november",
             "Hej\n\nTyvärr måste jag avanmäla mig från träffen i november, den krockar med ett KF-sammanträde. "
             "September står kvar.\n\n/Oskar Lund, Leksand\n",
             X("cancel", [P("Oskar Lund", "oskar.lund@leksand.se", "Leksands kommun")], [S3]),
             "partial cancellation of one of two autumn sessions"),

        mail("az037", "2027-03-29T08:10", ("Lindqvist Karin", "karin.lindqvist@falun.se"),
             "Ändrad kost",
             "Hej Linnea,\n\nJag står anmäld till alla fyra träffarna i DalaLab. Sedan jag anmälde mig har jag "
             "fått diagnosen celiaki, så jag behöver glutenfri kost både till fika och lunch.\n\nTack!\nKarin\n",
             X("change", [P("Karin Lindqvist", "karin.lindqvist@falun.se", "Falu kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "diet change for an existing registration; sessions stated as all four"),

        tg("az038", "2027-04-01T13:30", "Henrik Sandberg", 7034551289,
           "Lisa kan inte komma 3 maj ändå, hon har fått förhinder. jag kommer som planerat",
           X("cancel", [P("Lisa Berglund", None, "Hedemora kommun")], [S1]),
           "colleague withdrawn without a substitute → cancel; the sender still attends and is not among them"),

        mail("az039", "2027-04-06T09:55", ("Emma Carlsson", "emma.carlsson@regiondalarna.se"),
             "Re: Inbjudan DalaLab",
             "Hej Linnea! Sorry för sent svar – had it flagged since December 🙈\n\n"
             "I'd like to join from the autumn on, dvs från september och framåt. Jobbar med "
             "kollektivtrafikplanering så den sista om tillgänglighet är extra intressant.\n\n"
             "/Emma Carlsson, Region Dalarna\n\n"
             "On Tue, 1 Dec 2026 at 14:02, Hassis Linnea <linnea.hassis@regiondalarna.se> wrote:\n\n" + gt + "\n",
             X("register", [P("Emma Carlsson", "emma.carlsson@regiondalarna.se", "Region Dalarna")], [S2, S3, S4]),
             "late Swedish-English signup 'from September on' above a Gmail-style English quote"),

        tg("az040", "2027-04-07T16:40", "Ingela Strand", 6677120934,
           "Hej! Jag är den tredje från Malung-Sälens kommun som Kalle pratade om. Kommer på majträffen och "
           "höstens träff",
           X("register", [P("Ingela Strand", None, "Malung-Sälens kommun")], [S1, S2, S3], unsure=["sessions"]),
           "the earlier unnamed third person; 'höstens träff' singular fits both autumn sessions"),

        mail("az041", "2027-04-08T08:15", ("Anders Mattsson", "anders.mattsson@orsa.se"),
             "Avanmälan DalaLab",
             "Hej Linnea,\n\nJag måste tyvärr avanmäla mig helt från DalaLab – ny tjänst från maj. "
             "Frida Holm går som planerat.\n\nHälsningar\nAnders\n",
             X("cancel", [P("Anders Mattsson", "anders.mattsson@orsa.se", "Orsa kommun")], ALL),
             "full cancellation by the sender; colleague's signup stands and is not in the request"),

        mail("az042", "2027-04-08T11:30", ("Sofia Nygren", "sofia.nygren@regiondalarna.se"),
             "3 maj",
             "Hej!\n\nPatrik anmälde mig i december. Nu har jag fått en obligatorisk utbildning den 3 maj och kan "
             "inte komma då. Går det att flytta mig till någon senare träff, eller ska jag bara strykas från "
             "den?\n\nSofia\n",
             X("cancel", [P("Sofia Nygren", "sofia.nygren@regiondalarna.se", "Region Dalarna")], [S1],
               unsure=["change-or-cancel"]),
             "hard: cannot come on 3 May but asks whether to move or just drop it; she is already on all"),

        mail("az043", "2027-04-09T14:05", ("Ahmed Yusuf", "ahmed.yusuf@borlange.se"),
             "Autosvar: Bekräftelse DalaLab",
             "Hej! Jag är på tjänsteresa 8–12 april och har begränsad tillgång till e-post. Åter 13 april. "
             "Ärenden som rör anmälningar och bygglov: kontakta Johanna Axelsson, johanna.axelsson@borlange.se.\n\n"
             "/Ahmed Yusuf, Borlänge kommun\n",
             X("auto_reply"),
             "out-of-office full of April dates and the word 'anmälningar'; automatic"),

        mail("az044", "2027-04-09T16:00", ("Mats Hellberg", "mats.hellberg@sater.se"),
             "Anmälan Säter",
             "Hej igen!\n\nNu har chefen sagt ja. Anmäl gärna vår nya planerare Mikael Strand till alla "
             "träffarna. Själv hänger jag kanske med i maj om kalendern tillåter, jag hör av mig.\n\n"
             "Mats Hellberg\nSäters kommun\n",
             X("register", [P("Mikael Strand", None, "Säters kommun")], ALL, unsure=["sender-attends"]),
             "signup for a colleague; the sender's own 'maybe in May' is not a signup yet"),

        mail("az045", "2027-04-10T21:50", ("Lovisa Dahlström", "lovisa.dahlstrom@gagnef.se"),
             "anmälan",
             "hej, anmäler mig till 21 sep och 29 nov – nej vänta, 29 nov krockar med budgetdialogen. "
             "Ta 21 sep och 22 feb istället.\nLovisa Dahlström, Gagnefs kommun\n",
             X("register", [P("Lovisa Dahlström", "lovisa.dahlstrom@gagnef.se", "Gagnefs kommun")], [S2, S4],
               unsure=["corrected"]),
             "late-evening signup where the writer corrects her own sessions mid-message"),
    ]
