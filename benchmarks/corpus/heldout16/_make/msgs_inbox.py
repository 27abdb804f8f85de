from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost.

Varmt välkommen!
Linnea Hassis
Region Dalarna"""

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab är onsdag 14 april 2027. Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna"""


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def messages():
    return [
        mail("g001", "2026-12-02T08:47", ("Sjögren Lena", "lena.sjogren@avesta.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan, jag anmäler mig gärna.\n\nVänliga hälsningar\n\n"
             "Lena Sjögren\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Avesta kommun\n"
             "Tel 0226-64 50 00 (vx)\nwww.avesta.se\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 10:02\n"
             "Till: Sjögren Lena <lena.sjogren@avesta.se>\n"
             "Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INV,
             X("register", [P("Lena Sjögren", "lena.sjogren@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply to the invitation, self-signup with no dates -> all four; quoted invitation lists the dates"),
        mail("g002", "2026-12-03T13:20", ("Anders Wiik", "anders.wiik@borlange.se"), "Anmälan DalaLab",
             "Hej,\n\nHärmed anmäler jag mig själv och min kollega Fatima Ali (fatima.ali@borlange.se) till "
             "DalaLab. Vi kommer den 3 maj och den 21 sept.\n\nMed vänlig hälsning\nAnders Wiik\n"
             "Planarkitekt | Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\n0243-740 00",
             X("register", [P("Anders Wiik", "anders.wiik@borlange.se", "Borlänge kommun"),
                            P("Fatima Ali", "fatima.ali@borlange.se", "Borlänge kommun")], [S1, S2]),
             "self + colleague with address, '3 maj och 21 sept'"),
        tg("g003", "2026-12-04T19:41", "Kalle Nordin", 6021447318,
           "hej! anmäler mig till alla fyra träffarna. /kalle nordin leksands kommun",
           X("register", [P("Kalle Nordin", None, "Leksands kommun")], ALL), "telegram, lower case, all four"),
        mail("g004", "2026-12-07T07:12", ("Lisa Wahlund", "lisa.wahlund@gagnef.se"), "Anmälan",
             "Hej! Anmäler mig till DalaLab, alla träffar. Vegetarisk kost tack.\n\nLisa Wahlund\nGagnefs kommun\n\n"
             "Skickat från min iPhone",
             X("register", [P("Lisa Wahlund", "lisa.wahlund@gagnef.se", "Gagnefs kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "short phone mail, all sessions, vegetarian"),
        mail("g005", "2026-12-08T10:03", ("Carina Holm", "carina.holm@hedemora.se"),
             "Frånvaro: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag är tjänstledig till och med 10 januari 2027 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta Hedemora kommuns växel 0225-340 00.\n\nCarina Holm",
             X("auto_reply"), "out-of-office reply to the invitation"),
        tg("g006", "2026-12-09T12:15", "Erik Ståhl", 5190338204,
           "Hej, Erik Ståhl här från Mora kommun. Jag vill anmäla mig till första och andra träffen 👍",
           X("register", [P("Erik Ståhl", None, "Mora kommun")], [S1, S2]), "telegram, 'första och andra träffen'"),
        mail("g007", "2026-12-10T15:38", ("Marcus Lindqvist", "marcus.lindqvist@regiondalarna.se"),
             "Anmälan från regionen",
             "Hej Linnea,\n\nVi är två från enheten för samhällsplanering som vill vara med i DalaLab: jag och "
             "Helena Ros (helena.ros@regiondalarna.se). Vi siktar på samtliga träffar.\n\n"
             "Helena äter glutenfritt.\n\nHälsningar\nMarcus\n\n--\nMarcus Lindqvist\nRegionplanerare\n"
             "Region Dalarna\nBox 712, 791 29 Falun\n023-49 00 00",
             X("register", [P("Marcus Lindqvist", "marcus.lindqvist@regiondalarna.se", "Region Dalarna"),
                            P("Helena Ros", "helena.ros@regiondalarna.se", "Region Dalarna", diet="glutenfritt")],
               ALL, diet="glutenfritt"),
             "Region Dalarna colleagues, all sessions, colleague's diet"),
        mail("g008", "2026-12-14T09:55", ("Ulrika Sved", "ulrika.sved@orsa.se"), "DalaLab – Orsa",
             "Hej!\n\nFrån Orsa kommun anmäler jag våra planerare Jessica Dahl och Mikael Lindh till alla fyra "
             "träffarna. Själv har jag inte möjlighet att delta. Deras adresser är fornamn.efternamn@orsa.se.\n\n"
             "Med vänliga hälsningar\nUlrika Sved\nSamhällsbyggnadschef\nOrsa kommun\n\n"
             "Orsa kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.orsa.se.",
             X("register", [P("Jessica Dahl", "jessica.dahl@orsa.se", "Orsa kommun"),
                            P("Mikael Lindh", "mikael.lindh@orsa.se", "Orsa kommun")], ALL),
             "manager registers two colleagues, not herself; addresses as a pattern; GDPR footer"),
        tg("g009", "2026-12-15T21:04", "Emma Lund", 1877204563,
           "hej! går det att vara med digitalt på träffarna eller är det bara på plats i falun?",
           X("question"), "telegram question about remote participation"),
        mail("g010", "2026-12-17T11:26", ("Malin Höglund", "malin.hoglund@rattvik.se"), "Anmälan till DalaLab",
             "Hej Linnea,\n\njag vill anmäla mig till träffarna 3/5 och 29/11. Jag är laktosintolerant så "
             "laktosfritt till fika och lunch vore bra.\n\nHälsningar,\nMalin Höglund\nRättviks kommun\n"
             "Samhällsbyggnad\n0248-700 00",
             X("register", [P("Malin Höglund", "malin.hoglund@rattvik.se", "Rättviks kommun", diet="laktosfritt")],
               [S1, S3], diet="laktosfritt"),
             "Thunderbird plain mail, '3/5 och 29/11', lactose-free"),
        mail("g011", "2026-12-21T14:02", ("Karin Lundmark", "karin.lundmark@smedjebacken.se"),
             "Anmälan DalaLab Smedjebackens kommun",
             "<html><body><p>Hej!</p><p>Vi anmäler oss tre från Smedjebackens kommun till DalaLab, samtliga "
             "tillfällen:</p><ul><li>Karin Lundmark</li><li>Per Åhlén, per.ahlen@smedjebacken.se</li>"
             "<li>Sofie Nyström, sofie.nystrom@smedjebacken.se</li></ul><p>God jul!</p>"
             "<p>Karin Lundmark<br>Planeringsarkitekt<br>Smedjebackens kommun<br>0240-66 00 00</p></body></html>",
             X("register", [P("Karin Lundmark", "karin.lundmark@smedjebacken.se", "Smedjebackens kommun"),
                            P("Per Åhlén", "per.ahlen@smedjebacken.se", "Smedjebackens kommun"),
                            P("Sofie Nyström", "sofie.nystrom@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "HTML-only mail with a bullet list of three (sender included), all sessions", html=True),
        tg("g012", "2027-01-04T08:33", "Jonna Lind", 6433910275,
           "anmäl mig till 21/9 och 29/11 tack! är vegetarian. jonna lind, säters kommun",
           X("register", [P("Jonna Lind", None, "Säters kommun", diet="vegetarian")], [S2, S3], diet="vegetarian"),
           "telegram, '21/9 och 29/11', vegetarian"),
        mail("g013", "2027-01-07T13:48", ("Bengt Olsson", "bengt.olsson@vansbro.se"), "Anmälan",
             "Hej!\n\nJag vill anmäla mig till träffen tisdagen den 21 september. Övriga datum har jag tyvärr "
             "inte möjlighet.\n\nMvh\nBengt Olsson\nBygg- och miljöinspektör / planhandläggare\nVansbro kommun\n"
             "Tfn 0281-750 00",
             X("register", [P("Bengt Olsson", "bengt.olsson@vansbro.se", "Vansbro kommun")], [S2]),
             "single session by weekday and date"),
        mail("g014", "2027-01-08T10:10", ("Anna-Karin Mattsson", "anna-karin.mattsson@alvdalen.se"),
             "Anmälan DalaLab",
             "Hej!\n\nVi är två från Älvdalen som vill vara med på hela serien: jag och Jon Ersson. "
             "Jon äter vegetariskt.\n\nHälsningar\nAnna-Karin Mattsson\nÄlvdalens kommun\nDalgatan 16, 796 30 Älvdalen",
             X("register", [P("Anna-Karin Mattsson", "anna-karin.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Jon Ersson", None, "Älvdalens kommun", diet="vegetariskt")], ALL, diet="vegetariskt"),
             "self + colleague without address, 'hela serien' = all four; colleague's diet"),
        tg("g015", "2027-01-11T17:59", "Petter Holm", 858120447,
           "Hej! Jag och min kollega Sara Mäkinen från Falu kommun vill anmäla oss till 3 maj och 21 sept",
           X("register", [P("Petter Holm", None, "Falu kommun"), P("Sara Mäkinen", None, "Falu kommun")], [S1, S2]),
           "telegram, self + colleague, two dates"),
        mail("g016", "2027-01-12T09:31", ("Wester Karl-Johan", "karl-johan.wester@lansstyrelsen.se"),
             "Anmälan till DalaLab",
             "Hej,\n\nJag anmäler mig till DalaLab, träffarna 3 maj 2027 och 22 februari 2028.\n\n"
             "Med vänlig hälsning\nKarl-Johan Wester\nHandläggare, samhällsplanering\nLst Dalarna\n010-225 00 00\n\n"
             "När du kontaktar Länsstyrelsen behandlar vi dina personuppgifter. Läs mer om hur vi hanterar "
             "personuppgifter på www.lansstyrelsen.se/dalarna.",
             X("register", [P("Karl-Johan Wester", "karl-johan.wester@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S4]),
             "Länsstyrelsen, surname-first display name, two dates with years; GDPR footer"),
        mail("g017", "2027-01-14T20:47", ("Sofia Grönlund", "sofiagronlund82@gmail.com"), "dalalab",
             "Hej Linnea!\n\nSkriver från privata mejlen då jobbmejlen krånglar. Jag vill gärna anmäla mig till "
             "alla träffar i DalaLab.\n\n/Sofia Grönlund\nPlaneringsarkitekt, Malung-Sälens kommun",
             X("register", [P("Sofia Grönlund", "sofiagronlund82@gmail.com", "Malung-Sälens kommun")], ALL),
             "gmail address, organisation from the signature, all four"),
        tg("g018", "2027-01-18T10:22", "Oscar Berg", 7120039584,
           "tja, finns det parkering nära lokalen i falun? och blir det lunch eller ska man ta med?",
           X("question"), "telegram question: parking and lunch"),
        mail("g019", "2027-01-19T16:05", ("Daniel Fischer", "daniel.fischer@ludvika.se"), "Registration DalaLab",
             "Hi Linnea,\n\nI'd like to register for the DalaLab sessions on September 21 and November 29. "
             "My Swedish is still a work in progress, so I hope English is OK!\n\nBest regards,\nDaniel Fischer\n"
             "Urban planner, Ludvika kommun\n+46 240 860 00",
             X("register", [P("Daniel Fischer", "daniel.fischer@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "English signup, two dates"),
        mail("g020", "2027-01-22T11:40", ("Henrik Sahlin", "henrik@sahlinplan.se"), "Anmälan DalaLab",
             "Hej,\n\nJag arbetar som konsult med översiktsplaner åt flera kommuner i länet och vill gärna anmäla "
             "mig till de två första träffarna om det finns plats för externa.\n\nVänligen\nHenrik Sahlin\n"
             "Sahlin Plan & Miljö AB\nOrg.nr 559123-4567\n070-312 45 67",
             X("register", [P("Henrik Sahlin", "henrik@sahlinplan.se", None)], [S1, S2]),
             "consultant -> organisation null; 'de två första träffarna'"),
        tg("g021", "2027-01-25T07:48", "Maria Gustafsson", 5402918836,
           "vill anmäla mig till höstens träffar. glutenfri. // maria gustafsson, hedemora kommun",
           X("register", [P("Maria Gustafsson", None, "Hedemora kommun", diet="glutenfri")], [S2, S3],
             diet="glutenfri"),
           "telegram, 'höstens träffar' (plural) = 21 Sep + 29 Nov, gluten-free"),
        mail("g022", "2027-01-27T08:14", ("Anders Wiik", "anders.wiik@borlange.se"), "SV: Anmälan DalaLab",
             "Hej igen,\n\nJag måste tyvärr stryka mig från träffen 21 september, det krockar med ett "
             "samrådsmöte. 3 maj kommer jag som planerat, och Fatima går på båda.\n\nMvh\nAnders Wiik\n"
             "Borlänge kommun\n\n-----Ursprungligt meddelande-----\nFrån: Wiik Anders\n"
             "Skickat: den 3 december 2026 13:20\nTill: linnea.hassis@regiondalarna.se\nÄmne: Anmälan DalaLab\n\n"
             "Hej,\n\nHärmed anmäler jag mig själv och min kollega Fatima Ali (fatima.ali@borlange.se) till "
             "DalaLab. Vi kommer den 3 maj och den 21 sept.",
             X("cancel", [P("Anders Wiik", "anders.wiik@borlange.se", "Borlänge kommun")], [S2]),
             "partial cancellation of one session, keeps 3 May; quotes his own earlier signup"),
        mail("g023", "2027-01-29T10:17", ("Microsoft Outlook", "postmaster@orsa.se"),
             "Det gick inte att leverera: Bekräftelse DalaLab",
             "Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:\n\n"
             "jesica.dahl@orsa.se\nE-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress "
             "och försök skicka meddelandet igen.\n\nDiagnostisk information för administratörer:\n"
             "Genererande server: EX02.orsa.local\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found\n\n"
             "Ursprungligt meddelande:\nÄmne: Bekräftelse DalaLab\nHej Jessica! Du är anmäld till DalaLab: "
             "3 maj, 21 september, 29 november 2027 och 22 februari 2028.",
             X("auto_reply"), "Exchange non-delivery report for a mistyped address; returned confirmation lists all dates"),
        tg("g024", "2027-02-01T13:30", "Lena Sjögren", 2290174653,
           "hej! kan ni anmäla min kollega Ali Hosseini också, avesta kommun, till alla träffar. jag är redan anmäld sen tidigare",
           X("register", [P("Ali Hosseini", None, "Avesta kommun")], ALL),
           "telegram, sender (already registered) registers a colleague only"),
        mail("g025", "2027-02-03T14:44", ("Per-Olof Andersson", "per-olof.andersson@gagnef.se"),
             "Anmälan två personer Gagnef",
             "Hej!\n\nJag vill anmäla två av mina medarbetare till DalaLab, alla fyra tillfällena:\n\n"
             "Johanna Fält, johanna.falt@gagnef.se\nSamir Haddad, samir.haddad@gagnef.se (nötallergi)\n\n"
             "Tack på förhand!\n\nPer-Olof Andersson\nEnhetschef Plan och bygg\nGagnefs kommun\n"
             "Tel: 0241-150 00",
             X("register", [P("Johanna Fält", "johanna.falt@gagnef.se", "Gagnefs kommun"),
                            P("Samir Haddad", "samir.haddad@gagnef.se", "Gagnefs kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "manager registers two staff (not himself), diet in parentheses"),
        mail("g026", "2027-02-05T09:12", ("Ulla Sandin", "ulla.sandin@sater.se"), "Fråga om DalaLab",
             "Hej Linnea,\n\nTvå frågor innan vi bestämmer oss: går det bra att anmäla sig till enstaka träffar, "
             "eller förväntas man vara med på alla fyra? Och om en av våra tre får förhinder, kan någon annan "
             "gå i hennes ställe?\n\nHälsningar\nUlla Sandin\nSäters kommun",
             X("question"), "question about single sessions and substitutes, no signup"),
        tg("g027", "2027-02-08T18:11", "Kalle Nordin", 6021447318,
           "glömde skriva att jag är laktosintolerant 🙂 /kalle, leksand",
           X("change", [P("Kalle Nordin", None, "Leksands kommun", diet="laktosintolerant")], [],
             diet="laktosintolerant"),
           "telegram diet update for an existing signup, no sessions stated -> change []"),
        mail("g028", "2027-02-10T12:36", ("Bengt Olsson", "bengt.olsson@vansbro.se"), "Re: Anmälan",
             "Hej igen! Jag är anmäld till 21 september men kan nu även den 29 november, lägg gärna till "
             "den.\n\nBengt\n\nSkickat från min iPhone",
             X("change", [P("Bengt Olsson", "bengt.olsson@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "adds a session to an existing signup -> change with both sessions"),
        mail("g029", "2027-02-12T06:00", ("Hotell Dalecarlia Konferens", "nyhetsbrev@dalecarlia-konferens.se"),
             "Vårens konferenspaket – boka er planeringsdag nu!",
             "Planerar ni en arbetsdag eller workshop i vår?\n\nBoka konferenspaket före 31 mars och få 20 % "
             "rabatt på heldagspaket med förmiddagsfika, lunch och eftermiddagsfika. Gäller måndag–torsdag "
             "3 maj–17 juni 2027.\n\nBegränsat antal datum – anmäl intresse via vår hemsida.\n\n"
             "Avregistrera dig från nyhetsbrevet här.",
             X("unknown"), "conference hotel newsletter with dates and 'anmäl' -> unknown"),
        tg("g030", "2027-02-15T11:50", "Hampus Nord", 3309812776,
           "Hej! Hampus Nord, Orsa kommun. Anmäler mig till alla fyra. Vegetarisk kost",
           X("register", [P("Hampus Nord", None, "Orsa kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
           "telegram, all four, vegetarian"),
        mail("g031", "2027-02-17T15:22", ("Daniel Fischer", "daniel.fischer@ludvika.se"),
             "RE: Registration DalaLab",
             "Hi again,\n\nCould you switch me from November 29 to the May 3 session instead? Sorry for the "
             "trouble.\n\nThanks,\nDaniel\n\n________________________________\nFrom: Daniel Fischer\n"
             "Sent: Tuesday, January 19, 2027 4:05 PM\nTo: linnea.hassis@regiondalarna.se\n"
             "Subject: Registration DalaLab\n\nHi Linnea,\n\nI'd like to register for the DalaLab sessions on "
             "September 21 and November 29.",
             X("change", [P("Daniel Fischer", "daniel.fischer@ludvika.se", "Ludvika kommun")], [S1]),
             "English bare swap 29 Nov -> 3 May (new one only, per convention); quotes earlier signup"),
        mail("g032", "2027-02-19T10:58", ("Hjort Lina", "lina.hjort@hedemora.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nAnmäl gärna Robert Eriksson och mig till träffarna den 21 sept och den 29 nov.\n\n"
             "Med vänlig hälsning\nLina Hjort\nPlanchef\nHedemora kommun\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 10:02\n"
             "Till: Hjort Lina <lina.hjort@hedemora.se>\n"
             "Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INV,
             X("register", [P("Lina Hjort", "lina.hjort@hedemora.se", "Hedemora kommun"),
                            P("Robert Eriksson", None, "Hedemora kommun")], [S2, S3]),
             "Outlook reply, self + colleague, two dates; quoted invitation has all four"),
        tg("g033", "2027-02-22T20:30", "Jonna Lind", 6433910275,
           "hej, kan tyvärr inte vara med på någon av träffarna ändå. avanmäl mig! /jonna, säter",
           X("cancel", [P("Jonna Lind", None, "Säters kommun")], ALL), "telegram full cancellation"),
        mail("g034", "2027-02-24T13:05", ("Karin Lundmark", "karin.lundmark@smedjebacken.se"),
             "Byte av deltagare DalaLab",
             "Hej Linnea!\n\nPer Åhlén har slutat hos oss. Emelie Kask (emelie.kask@smedjebacken.se) tar hans "
             "plats på samtliga träffar.\n\nHälsningar\nKarin Lundmark\nSmedjebackens kommun",
             X("change", [P("Per Åhlén", None, "Smedjebackens kommun"),
                          P("Emelie Kask", "emelie.kask@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "substitution by a colleague (sender not in people), all sessions"),
        mail("g035", "2027-03-01T07:31", ("Maja Lindblom", "maja.lindblom@falun.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej,\n\nJag är på utbildning 1–5 mars och har begränsad tillgång till e-post. Jag är tillbaka "
             "måndag 8 mars.\n\nMed vänlig hälsning\nMaja Lindblom\nFalu kommun",
             X("auto_reply"), "Outlook automatic reply to the reminder, dates of absence"),
        tg("g036", "2027-03-03T09:17", "Linus Ekman", 4478102935,
           "hej! jag (linus ekman) och kollegan rebecka fors från malung-sälens kommun vill anmäla oss till alla träffar. rebecka är vegan",
           X("register", [P("Linus Ekman", None, "Malung-Sälens kommun"),
                          P("Rebecka Fors", None, "Malung-Sälens kommun", diet="vegan")], ALL, diet="vegan"),
           "telegram, self + colleague in lower case, colleague vegan"),
        mail("g037", "2027-03-08T21:14", ("Maja Lindblom", "maja.lindblom@falun.se"),
             "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej!\n\nDags att anmäla mig. Jag kommer på alla utom novemberträffen.\n\nMaja Lindblom\n"
             "Falu kommun, stadsbyggnadsförvaltningen\n\n"
             "Den fre 26 feb. 2027 kl 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n" + q(REMINDER),
             X("register", [P("Maja Lindblom", "maja.lindblom@falun.se", "Falu kommun")], [S1, S2, S4]),
             "Gmail-style reply to the reminder, 'alla utom novemberträffen'"),
        mail("g038", "2027-03-15T08:40", ("Fatima Ali", "fatima.ali@borlange.se"), "Är jag anmäld?",
             "Hej!\n\nMin kollega Anders anmälde mig i december men jag har inte fått någon bekräftelse. "
             "Kan du kolla att jag finns med?\n\nTack!\nFatima Ali\nBorlänge kommun",
             X("question"), "question whether an earlier signup went through"),
        tg("g039", "2027-03-18T16:26", "Ida Mattsson", 5067731180,
           "Hej, anmäler mig till 29 nov och 22 feb 2028. Ida Mattsson, Vansbro kommun",
           X("register", [P("Ida Mattsson", None, "Vansbro kommun")], [S3, S4]), "telegram, two later sessions"),
        mail("g040", "2027-03-22T14:12", ("Marcus Lindqvist", "marcus.lindqvist@regiondalarna.se"),
             "Avanmälan Helena Ros",
             "Hej Linnea,\n\nHelena Ros har fått förhinder och kommer inte att kunna delta i DalaLab. "
             "Du kan stryka henne från alla träffar. Jag är fortfarande med.\n\n/Marcus",
             X("cancel", [P("Helena Ros", None, "Region Dalarna")], ALL),
             "colleague cancels another (no substitute); sender stays registered, not in people"),
        mail("g041", "2027-03-29T10:05", ("Nils Boman", "nils.boman@leksand.se"), "Radera mina uppgifter",
             "Hej,\n\nJag har fått utskick om DalaLab men är inte intresserad. Jag vill att ni raderar de "
             "personuppgifter ni har om mig.\n\nMvh\nNils Boman",
             X("erasure", [P("Nils Boman", "nils.boman@leksand.se", "Leksands kommun")]),
             "erasure request; organisation from domain"),
        tg("g042", "2027-04-01T12:03", "Elias Berg", 2755018349,
           "hej! anmäler mig till 3/5 och 21/9. glutenfri och laktosfri kost tack. Elias Berg, Rättviks kommun",
           X("register", [P("Elias Berg", None, "Rättviks kommun", diet="glutenfri, laktosfri")], [S1, S2],
             diet="glutenfri, laktosfri"),
           "telegram, two dates, two diets"),
        mail("g043", "2027-04-06T11:00", ("Mora kommun", "registrator@mora.se"),
             "Mottagningsbevis: Påminnelse: anmälan till DalaLab senast 14 april",
             "Tack för ditt e-postmeddelande till Mora kommun.\n\nDitt meddelande har tagits emot och kommer att "
             "hanteras så snart som möjligt. Detta är ett automatiskt svar och går inte att besvara.\n\n"
             "Mora kommun\n792 80 Mora\n0250-260 00",
             X("auto_reply"), "municipal registry's automatic receipt"),
        mail("g044", "2027-04-09T15:47", ("Sanna Öberg", "sanna.oberg@ludvika.se"), "Anmälan Ludvika",
             "Hej!\n\nI sista stund: vi vill anmäla oss från Ludvika kommun, jag och Alva Rask. Vi kommer på "
             "samtliga träffar. Finns det parkering vid lokalen?\n\nMed vänliga hälsningar\nSanna Öberg\n"
             "Ludvika kommun\n\nDetta e-postmeddelande kan innehålla konfidentiell information. Om du inte är "
             "rätt mottagare, vänligen radera meddelandet.",
             X("register", [P("Sanna Öberg", "sanna.oberg@ludvika.se", "Ludvika kommun"),
                            P("Alva Rask", None, "Ludvika kommun")], ALL),
             "signup of two with a question (still register); confidentiality footer"),
        tg("g045", "2027-04-10T19:08", "Petter Holm", 858120447,
           "hej, kan tyvärr inte komma 3 maj. 21 sept står kvar! /petter, falun",
           X("cancel", [P("Petter Holm", None, "Falu kommun")], [S1]),
           "telegram partial cancellation, keeps the other session"),
    ]
