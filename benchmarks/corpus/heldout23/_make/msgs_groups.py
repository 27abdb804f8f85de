from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The organiser's invitation, as it appears quoted under replies (written for this file).
INVITE = """Hej!

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft, Region Dalarnas
lärprojekt om strategisk översiktsplanering och planeringsstrategier.

Lärprojektet riktar sig i första hand till tjänstepersoner i kommunerna och regionen som arbetar med
planeringsprocesser.

Träff 1: måndag 3 maj 2027 kl. 10–15 (fika från 09.30) i Falun. Hållbar utveckling i ett rumsligt perspektiv
och planeringsstrategins roll för en stärkt översiktsplanering. Medverkan av Boverket.
Träff 2: tisdag 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
jobba med det?
Träff 3: måndag 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
Träff 4: tisdag 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
tillgänglighet.

Upp till tre personer per kommun kan delta. Sista dag för anmälan är 14 april 2027. Skriv namn, organisation,
e-postadress, vilka träffar du vill delta på och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def outlook_header(name, addr, to, when, subject):
    return (f"________________________________\nFrån: {name} <{addr}>\nSkickat: {when}\nTill: {to}\n"
            f"Ämne: {subject}\n\n")


def messages():
    return [
        mail("i046", "2026-12-09T10:31", ("Hanna Sjödin", "hanna.sjodin@falun.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nTack för inbjudan! Från samhällsbyggnadsförvaltningen i Falun blir vi tre:\n\n"
             "- Hanna Sjödin (jag), hanna.sjodin@falun.se\n"
             "- Viktor Almén, viktor.almen@falun.se\n"
             "- Rebecca Thunberg, rebecca.thunberg@falun.se\n\n"
             "Vi vill vara med på hela serien. Rebecca vill ha vegetarisk kost, vi andra äter allt.\n\n"
             "Hälsningar\nHanna Sjödin\nÖversiktsplanerare\nFalu kommun | Samhällsbyggnadsförvaltningen\n"
             "Besök: Kristinegatan 16, Falun\nTel 023-83 000 (vxl), direkt 023-82 61 47\n\n"
             + outlook_header("Linnea Hassis", "linnea.hassis@regiondalarna.se", "Hanna Sjödin",
                              "den 26 november 2026 10:02",
                              "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft")
             + INVITE,
             X("register", [P("Hanna Sjödin", "hanna.sjodin@falun.se", "Falu kommun"),
                            P("Viktor Almén", "viktor.almen@falun.se", "Falu kommun"),
                            P("Rebecca Thunberg", "rebecca.thunberg@falun.se", "Falu kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "Outlook reply over the quoted invitation (all dates); sender + two colleagues in a dash list with "
             "addresses; 'hela serien' = all four; diet belongs to one colleague"),

        mail("i047", "2026-12-14T13:05", ("Marie Öberg", "marie.oberg@borlange.se"), "Anmälan DalaLab – Borlänge",
             "Hej!\n\nPå uppdrag av avdelningschefen för Strategisk planering anmäler jag följande två medarbetare "
             "till DalaLab:\n\nLindqvist, Mårten\nÅberg, Sofie\n\n"
             "De deltar 3/5 och 21/9. De två övriga träffarna krockar med KS-sammanträden, så dem får vi tyvärr "
             "avstå.\n\nBekräftelsen kan skickas till mig så vidarebefordrar jag den.\n\n"
             "Vänliga hälsningar\nMarie Öberg\nAssistent, Samhällsbyggnadsförvaltningen\nBorlänge kommun\n"
             "0243-740 00\nRöda vägen 50, 781 81 Borlänge",
             X("register", [P("Mårten Lindqvist", None, "Borlänge kommun"),
                            P("Sofie Åberg", None, "Borlänge kommun")], [S1, S2]),
             "assistant registers two colleagues written 'Efternamn, Förnamn' without addresses; sender not "
             "attending; '3/5 och 21/9'; 'de två övriga' declined; '781 81' is a postcode"),

        mail("i048", "2026-12-16T08:47", ("Jessica Blom", "jessica.blom@ludvika.se"), "Anmälan DalaLab Ludvika kommun",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej Linnea!</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">H&auml;r kommer Ludvika kommuns anm&auml;lan. Vi har f&ouml;rdelat "
             "tr&auml;ffarna mellan oss enligt tabellen. Jag st&aring;r sj&auml;lv inte med, jag sk&ouml;ter bara "
             "administrationen.</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Tr&auml;ffar</b></td><td><b>Kost</b></td></tr>"
             "<tr><td>Gunnar H&ouml;&ouml;k</td><td><a href=\"mailto:gunnar.hook@ludvika.se\">gunnar.hook@ludvika.se"
             "</a></td><td>Alla fyra</td><td>&ndash;</td></tr>"
             "<tr><td>Amanda Rask</td><td><a href=\"mailto:amanda.rask@ludvika.se\">amanda.rask@ludvika.se</a>"
             "</td><td>3 maj, 29 nov</td><td>Vegetarisk</td></tr>"
             "<tr><td>Yusuf Demir</td><td><a href=\"mailto:yusuf.demir@ludvika.se\">yusuf.demir@ludvika.se</a>"
             "</td><td>22 feb</td><td>Laktosfri</td></tr>"
             "</table><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Med v&auml;nlig h&auml;lsning<br>Jessica Blom<br>Administrat&ouml;r, "
             "Samh&auml;llsbyggnad<br>Ludvika kommun<br>0240-860 00</p></div></body></html>",
             X("register", [P("Gunnar Höök", "gunnar.hook@ludvika.se", "Ludvika kommun"),
                            P("Amanda Rask", "amanda.rask@ludvika.se", "Ludvika kommun", diet="vegetarisk"),
                            P("Yusuf Demir", "yusuf.demir@ludvika.se", "Ludvika kommun", diet="laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "HTML-only table with per-person sessions and diets; union of sessions = all four; administrator "
             "sender not attending", html=True),

        mail("i049", "2026-12-18T15:22", ("Anders Wikner", "anders.wikner@mora.se"), "Fråga om antal platser",
             "Hej!\n\nVi är fyra på plan- och exploateringsenheten i Mora som gärna vill vara med i DalaLab. I "
             "inbjudan står det upp till tre per kommun – finns det någon möjlighet till en fjärde plats, t.ex. "
             "om någon annan kommun inte fyller sina? Vi vill veta innan vi bestämmer vilka som ska anmälas.\n\n"
             "Svara gärna före vårt APT den 12 januari.\n\nTack på förhand!\nAnders Wikner\nEnhetschef plan och "
             "exploatering\nMora kommun\n0250-260 00",
             X("question"),
             "quota question 'vi är fyra' with no names and no signup yet -> question; '12 januari' is a meeting"),

        mail("i050", "2027-01-11T09:14", ("Linda Hed", "linda.hed@orsa.se"), "Anmälan från Orsa",
             "Hej Linnea!\n\nVi är fyra från Orsa som vill anmäla oss till alla träffar i DalaLab:\n\n"
             "1. Linda Hed (jag)\n2. Karl-Erik Moen\n3. Sanna Björk, sanna.bjork@orsa.se\n4. Pelle Frost\n\n"
             "Jag vet att det står max tre per kommun. Om det inte går att få en fjärde plats så sätt Pelle som "
             "reserv, han är minst insatt i ÖP-arbetet av oss.\n\nHälsningar\nLinda Hed\nPlanarkitekt, Orsa kommun\n"
             "Box 23, 794 21 Orsa",
             X("register", [P("Linda Hed", "linda.hed@orsa.se", "Orsa kommun"),
                            P("Karl-Erik Moen", None, "Orsa kommun"),
                            P("Sanna Björk", "sanna.bjork@orsa.se", "Orsa kommun"),
                            P("Pelle Frost", None, "Orsa kommun")], ALL),
             "four from one municipality, the fourth asked for as reserve (a reserve is a person); numbered list; "
             "only one colleague has an address"),

        mail("i051", "2027-01-12T11:40", ("Tobias Lager", "tobias.lager@regiondalarna.se"), "DalaLab – två anmälningar",
             "Hej Linnea,\n\njag vet att du sitter några dörrar bort, men skriver för ordningens skull: jag och "
             "Amir Nadeem på Länsstyrelsen (amir.nadeem@lansstyrelsen.se) vill anmäla oss till träff 2 och 3. Vi "
             "driver ett gemensamt uppdrag om regional utvecklingsinriktning, så de två passar oss perfekt.\n\n"
             "/Tobias\n\nTobias Lager\nEnheten för samhällsplanering\nRegion Dalarna\nBox 712, 791 29 Falun\n"
             "070-318 44 09",
             X("register", [P("Tobias Lager", "tobias.lager@regiondalarna.se", "Region Dalarna"),
                            P("Amir Nadeem", "amir.nadeem@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "two organisations in one mail (Region + Länsstyrelsen); sessions by number 'träff 2 och 3'"),

        mail("i052", "2027-01-14T14:02", ("Samhällsbyggnad Hedemora", "samhallsbyggnad@hedemora.se"),
             "Anmälan DalaLab",
             "Hej,\n\nVi anmäler härmed översiktsplanerare Ylva Grahn till DalaLab, samtliga träffar.\n\nYlva "
             "börjar sin tjänst 1 februari och har ännu ingen egen e-postadress. Skicka gärna bekräftelsen till "
             "den här funktionsbrevlådan så ser vi till att hon får den. Hon nås på 0225-341 58.\n\n"
             "Med vänlig hälsning\nKerstin, registrator\nSamhällsbyggnadsförvaltningen\nHedemora kommun",
             X("register", [P("Ylva Grahn", None, "Hedemora kommun")], ALL),
             "function mailbox writes for a named person; the mailbox is not her address -> email None; "
             "'1 februari' is a start date"),

        mail("i053", "2027-01-18T16:25", ("Åsa Lindmark", "asa.lindmark@smedjebacken.se"), "Anmälan Smedjebacken",
             "Hej!\n\nAnmäl gärna Jonatan Eld och Mira Sahlberg från vår planenhet till alla fyra träffarna. "
             "Själv hinner jag bara med första träffen i Falun i maj, så anmäl mig till den.\n\n"
             "Tack!\nÅsa Lindmark\nSektionschef plan och bygg\nSmedjebackens kommun\n0240-660 00",
             X("register", [P("Jonatan Eld", None, "Smedjebackens kommun"),
                            P("Mira Sahlberg", None, "Smedjebackens kommun"),
                            P("Åsa Lindmark", "asa.lindmark@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "manager registers two colleagues for all four and herself only for the first; union = all four"),

        mail("i054", "2027-01-20T10:10", ("Birgitta Nordin", "birgitta.nordin@gagnef.se"),
             "Byte av deltagare från hösten",
             "Hej Linnea,\n\nKarl Nyström, som är anmäld till alla fyra träffarna, går på föräldraledighet efter "
             "sommaren. Från och med hösten tar Edvin Palm (edvin.palm@gagnef.se) över hans plats i DalaLab, alltså "
             "de tre sista träffarna. Karl går som planerat på träffen i maj.\n\n"
             "Hälsningar\nBirgitta Nordin\nSamhällsbyggnadschef\nGagnefs kommun",
             X("change", [P("Karl Nyström", None, "Gagnefs kommun"),
                          P("Edvin Palm", "edvin.palm@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "substitution for part of the series: substitute takes the last three sessions; the withdrawn "
             "person keeps May; sender (chief) not among people"),

        tg("i055", "2027-01-21T20:44", "Frida Ahlgren", 6022418735,
           "Hej! Anmäl mig och kollegan Kalle Dahl från Leksands kommun till 3 maj 🙂 Kalle är vegan, jag äter allt",
           X("register", [P("Frida Ahlgren", None, "Leksands kommun"),
                          P("Kalle Dahl", None, "Leksands kommun", diet="vegan")], [S1], diet="vegan"),
           "telegram: sender + colleague, diet belongs to the colleague"),

        mail("i056", "2027-01-25T08:58", ("Eva Rosander", "eva.rosander@rattvik.se"), "Ändring av anmälan DalaLab",
             "Hej,\n\nEn ändring i Rättviks anmälan: Pia Lund och Tove Ahl kommer tyvärr inte att kunna delta på "
             "någon av träffarna efter omorganisationen – de har fått andra uppdrag. Vi har i nuläget ingen som kan "
             "ta deras platser.\n\nJag står själv kvar som anmäld.\n\nMvh\nEva Rosander\nRättviks kommun\n"
             "0248-700 00",
             X("cancel", [P("Pia Lund", None, "Rättviks kommun"), P("Tove Ahl", None, "Rättviks kommun")], ALL),
             "two colleagues withdrawn without substitute under subject 'Ändring' -> cancel, all four; the sender "
             "stays registered and is not among people"),

        mail("i057", "2027-01-27T13:16", ("Maria Grönlund", "maria.gronlund@sater.se"), "SV: Bekräftelse DalaLab",
             "Hej!\n\nJohan Bäck kan tyvärr inte komma den 29/11, han är på en kurs hela den veckan. Resten står "
             "kvar som tidigare, både för honom och för oss andra.\n\nMvh Maria\n\n"
             + outlook_header("Linnea Hassis", "linnea.hassis@regiondalarna.se", "Maria Grönlund",
                              "den 14 december 2026 09:30", "Bekräftelse DalaLab")
             + "Hej Maria!\n\nTack för er anmälan. Följande är anmälda från Säters kommun:\n\n"
               "Maria Grönlund – 3 maj, 21 september, 29 november, 22 februari\n"
               "Johan Bäck – 3 maj, 21 september, 29 november, 22 februari\n"
               "Lina Ström – 3 maj, 21 september, 29 november, 22 februari\n\n"
               "Välkomna!\nLinnea Hassis\nRegion Dalarna",
             X("cancel", [P("Johan Bäck", None, "Säters kommun")], [S3]),
             "partial withdrawal of one colleague from one session ('resten står kvar') -> cancel of 29 Nov for "
             "him only; the quoted confirmation lists three names and all dates"),

        mail("i058", "2027-01-28T10:03", ("Niklas Forsman", "niklas.forsman@vansbro.se"), "Fler från Vansbro",
             "Hej igen!\n\nJag anmälde mig själv redan i december (3 maj och 22 februari). Nu har jag fått klartecken "
             "från min chef att ta med två kollegor också: Mattias Eriksson och Hedda Lööf. De ska gå på samma två "
             "träffar som jag. Min egen anmälan gäller som förut.\n\nMvh\nNiklas Forsman\nVansbro kommun\n"
             "0281-750 00",
             X("register", [P("Mattias Eriksson", None, "Vansbro kommun"), P("Hedda Lööf", None, "Vansbro kommun")],
               [S1, S4]),
             "adds two colleagues 'till samma träffar som jag'; the sender's own earlier signup stands and he is "
             "not among people"),

        mail("i059", "2027-02-01T09:20", ("Carina Wester", "carina.wester@avesta.se"), "Anmälan nyanställd – DalaLab",
             "Hej,\n\nJag arbetar på HR och hjälper till med introduktionen för vår nyanställda planarkitekt Leila "
             "Haddad, som börjar hos oss den 1 mars. Hennes chef vill att hon deltar i hela DalaLab.\n\nHennes "
             "e-postadress blir leila.haddad@avesta.se (aktiveras vid anställningsstart). Själv ska jag inte "
             "delta.\n\nVänliga hälsningar\nCarina Wester\nHR-konsult\nAvesta kommun\n0226-645 000",
             X("register", [P("Leila Haddad", "leila.haddad@avesta.se", "Avesta kommun")], ALL),
             "HR writes for a new employee and gives her future address; HR sender not attending; '1 mars' not "
             "a session"),

        mail("i060", "2027-02-02T14:37", ("Daniel Okafor", "daniel.okafor@hedemora.se"), "DalaLab registration",
             "Hi Linnea,\n\nI'd like to register three people for the first two DalaLab sessions (May 3 and "
             "September 21): myself, my colleague Jonas Ahlberg (jonas.ahlberg@hedemora.se), and Ruth Pemberton "
             "from WSP (ruth.pemberton@wsp.com), who is supporting us as a consultant on the new comprehensive plan. "
             "Ruth is coming along with us, not instead of anyone.\n\nDiets: I'm vegetarian, Jonas has a nut "
             "allergy.\n\nBest regards,\nDaniel Okafor\nSenior planner, Hedemora Municipality\n+46 225 340 00",
             X("register", [P("Daniel Okafor", "daniel.okafor@hedemora.se", "Hedemora kommun", diet="vegetarian"),
                            P("Jonas Ahlberg", "jonas.ahlberg@hedemora.se", "Hedemora kommun", diet="nut allergy"),
                            P("Ruth Pemberton", "ruth.pemberton@wsp.com", None)],
               [S1, S2], diet="vegetarian, nut allergy"),
             "English; two municipal planners + a consultant attending alongside (not in anyone's place) -> "
             "consultant organisation None; per-person diets"),

        mail("i061", "2027-02-03T11:12", ("Ingela Sporre", "ingela.sporre@avesta.se"), "Fråga inför anmälan",
             "Hej!\n\nEn fråga innan vi skickar in vår anmälan: måste det vara samma tre personer på alla träffar? "
             "Vi tänkte att vår trafikplanerare går på träffen om tillgänglighet i februari medan bygglovschefen "
             "går den 21 september. Totalt blir vi kanske fem olika personer, men aldrig fler än tre samtidigt.\n\n"
             "Hälsningar\nIngela Sporre\nAvesta kommun",
             X("question"),
             "question about rotating people between sessions; names sessions and roles but no signup"),

        tg("i062", "2027-02-04T12:15", "Jimmy Ljung", 5190334872,
           "Tja! Anmäl mig + Sara Ek (båda Hedemora kommun) till 21 sept. Blir det lunch eller ska man ta med?",
           X("register", [P("Jimmy Ljung", None, "Hedemora kommun"), P("Sara Ek", None, "Hedemora kommun")], [S2]),
           "telegram signup for self + colleague with a lunch question -> register"),

        tg("i063", "2027-02-05T19:02", "Helena Rudd", 7713052281,
           "hej, kan du anmäla min kollega Rune Ahlström från mora kommun till alla fyra träffarna? han har inte "
           "telegram. själv är jag redan anmäld sen tidigare",
           X("register", [P("Rune Ahlström", None, "Mora kommun")], ALL),
           "telegram sender registers only a colleague; her own earlier signup is not part of this request"),

        mail("i064", "2027-02-08T10:45", ("Petra Själander", "petra.sjalander@malung-salen.se"),
             "Komplettering kost – Malung-Sälen",
             "Hej!\n\nEn komplettering till vår anmälan från i december (vi är tre från Malung-Sälen):\n\n"
             "Lena Holm – glutenfri\nAli Reza – halal\n\nJag själv har inga särskilda önskemål.\n\n"
             "Vänligen\nPetra Själander\nMalung-Sälens kommun\n0280-181 00",
             X("change", [P("Lena Holm", None, "Malung-Sälens kommun", diet="glutenfri"),
                          P("Ali Reza", None, "Malung-Sälens kommun", diet="halal")], [], diet="glutenfri, halal"),
             "diet update for two already registered colleagues, no session named -> change with []; sender has no "
             "diet and is not among people"),

        mail("i065", "2027-02-09T08:30", ("Berg Tomas", "tomas.berg@borlange.se"), "Anmälan DalaLab",
             "Hej,\n\nAnmälan från Borlänge kommun, Strategisk samhällsplanering:\n\nBerg, Tomas (jag)\n"
             "Nilsson, Frida\nKarlsson, Leo\n\nE-post enligt fornamn.efternamn@borlange.se. Vi vill vara med på alla "
             "träffar utom den i november – då har vi budgetberedning.\n\n/Tomas\n\n"
             "Tomas Berg | Planeringsstrateg | 0243-741 12",
             X("register", [P("Tomas Berg", "tomas.berg@borlange.se", "Borlänge kommun"),
                            P("Frida Nilsson", "frida.nilsson@borlange.se", "Borlänge kommun"),
                            P("Leo Karlsson", "leo.karlsson@borlange.se", "Borlänge kommun")], [S1, S2, S4]),
             "'Efternamn, Förnamn' list with '(jag)'; address pattern written out; 'alla utom den i november'; "
             "surname-first display name"),

        mail("i066", "2027-03-09T08:15", ("Roger Mattsson", "roger.mattsson@alvdalen.se"), "VB: DalaLab",
             "Hej Linnea, se nedan. Gustav avanmäls från DalaLab. Vi återkommer om vi hittar någon som kan ta hans "
             "plats.\n\n/Roger\nSamhällsbyggnadschef, Älvdalens kommun\n\n"
             + outlook_header("Gustav Wennberg", "gustav.wennberg@alvdalen.se", "Roger Mattsson",
                              "den 8 mars 2027 16:02", "DalaLab")
             + "Hej Roger,\n\nmed tanke på att jag går ner till 50 % från april hinner jag inte med DalaLab. Kan du "
               "avanmäla mig? Jag var anmäld till alla fyra träffarna.\n\n/Gustav",
             X("cancel", [P("Gustav Wennberg", "gustav.wennberg@alvdalen.se", "Älvdalens kommun")], ALL),
             "manager forwards a colleague's request to be withdrawn; person and address only in the forwarded "
             "header; a possible later replacement is not a registration"),

        mail("i067", "2027-02-11T13:50", ("Stefan Lilja", "stefan.lilja@malung-salen.se"), "Ersättare 29 november",
             "Hej!\n\nJag kan inte delta den 29 november. I mitt ställe kommer Per Sahlin från Sweco, som är inhyrd "
             "som översiktsplanerare hos oss i Malung-Sälen under ÖP-arbetet. Hans mejl: per.sahlin@sweco.se.\n\n"
             "Övriga träffar går jag själv på som planerat.\n\nMvh\nStefan Lilja\nMalung-Sälens kommun",
             X("change", [P("Stefan Lilja", "stefan.lilja@malung-salen.se", "Malung-Sälens kommun"),
                          P("Per Sahlin", "per.sahlin@sweco.se", "Malung-Sälens kommun")], [S3]),
             "substitution for one session by a consultant who takes the municipality's place -> consultant gets "
             "Malung-Sälens kommun; sessions = what the substitute takes"),

        mail("i068", "2027-02-12T09:05", ("Louise Hallberg", "louise.hallberg@leksand.se"), "Anmälan DalaLab",
             "Hej Linnea,\n\nJag skriver å vår förvaltningschef Bengt Ohlssons vägnar – han vill delta på alla fyra "
             "träffarna. Jag följer själv med på vårträffen i Falun för att dokumentera till vår ÖP-grupp, så anmäl "
             "gärna mig till den.\n\nVänliga hälsningar\nLouise Hallberg\nNämndsekreterare\nLeksands kommun\n"
             "0247-800 00",
             X("register", [P("Bengt Ohlsson", None, "Leksands kommun"),
                            P("Louise Hallberg", "louise.hallberg@leksand.se", "Leksands kommun")], ALL),
             "secretary writes for her chief (all four) and also signs herself up for 'vårträffen' only; union = "
             "all four"),

        mail("i069", "2027-02-15T15:40", ("Ulrika Strand", "ulrika.strand@falun.se"), "Platser för Falun?",
             "Hej,\n\nhur många platser har Falu kommun kvar? Jag tror att Hanna, Viktor och Rebecca redan är "
             "anmälda, men nu vill även vår nya GIS-ingenjör vara med den 3 maj. Kan hon i så fall komma i stället "
             "för någon av dem den dagen, eller räknas platserna per träff?\n\nMvh Ulrika Strand\nFalu kommun",
             X("question"),
             "quota question naming registered colleagues and a date; nobody is registered or changed"),

        mail("i070", "2027-02-16T10:22", ("Anna Westin", "anna.westin@vansbro.se"), "DalaLab – vi delar på platserna",
             "Hej!\n\nVi är fyra i Vansbro som vill vara med, men vi förstår att det bara är tre platser per kommun. "
             "Därför delar vi upp oss:\n\nAnna Westin (jag) och Bo Kling går på 3 maj och 21 sept.\n"
             "Cecilia Moberg och Didrik Hall går på 29 nov och 22 feb.\n\nSå vi blir aldrig fler än två åt gången. "
             "Hoppas det funkar!\n\nHälsningar\nAnna Westin\nVansbro kommun",
             X("register", [P("Anna Westin", "anna.westin@vansbro.se", "Vansbro kommun"),
                            P("Bo Kling", None, "Vansbro kommun"),
                            P("Cecilia Moberg", None, "Vansbro kommun"),
                            P("Didrik Hall", None, "Vansbro kommun")], ALL),
             "'vi är fyra' split into two pairs per session; union = all four; quota handling is not the parser's "
             "business"),

        tg("i071", "2027-02-17T21:10", "Moa Engström", 6401773920,
           "Hej! Kan du anmäla Elsa Grön och Mikael Sund (Borlänge kommun) till 21/9? Inte mig alltså, jag är "
           "föräldraledig då 😅",
           X("register", [P("Elsa Grön", None, "Borlänge kommun"), P("Mikael Sund", None, "Borlänge kommun")], [S2]),
           "telegram: sender explicitly not attending; two colleagues, one session"),

        mail("i072", "2027-02-18T07:02", ("Kristoffer Alm", "kristoffer.alm@orsa.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             "Tack för ditt mejl.\n\nJag är tjänstledig till och med 3 maj 2027. Frågor om DalaLab och Orsas "
             "anmälningar: kontakta min kollega Sven Ek, sven.ek@orsa.se, 0250-552 00.\nÄrenden om bygglov: "
             "bygglov@orsa.se.\n\nKristoffer Alm\nOrsa kommun",
             X("auto_reply"),
             "out-of-office naming a colleague and a session date ('till och med 3 maj')"),

        mail("i073", "2027-02-22T03:31", ("Nordiskt Konferensregister", "faktura@konferensregister-norden.com"),
             "Gruppanmälan DalaLab – 4 deltagare – faktura 2027-0412",
             "Bästa kund,\n\nEr gruppanmälan för 4 deltagare till \"DalaLab Planering 2027\" har registrerats i "
             "Nordiskt Konferensregister. För att deltagarna ska behålla sina platser ska registreringsavgiften "
             "12 400 kr exkl. moms betalas inom 10 dagar till bankgiro 5521-0934.\n\nDeltagare: 4 st\n"
             "Evenemangsdatum: 2027-05-03\nReferens: NKR-88231\n\nVid utebliven betalning överlämnas ärendet till "
             "inkasso.\n\nNordiskt Konferensregister AB",
             X("unknown"),
             "invoice scam dressed as a group registration with a session date -> unknown, no people"),

        mail("i074", "2027-02-24T19:48", ("Malin Skog", "malin.skog@gmail.com"), "Radera våra uppgifter",
             "Hej!\n\nJag och min före detta kollega Göran Friberg avanmälde oss från DalaLab i januari när vi bytte "
             "jobb. Nu vill vi att ni raderar alla uppgifter om oss båda (namn, e-post, kostuppgifter). Göran har bett "
             "mig skriva för oss båda – han nås på goran.friberg@outlook.com.\n\nTack!\nMalin Skog",
             X("erasure", [P("Malin Skog", "malin.skog@gmail.com", None),
                           P("Göran Friberg", "goran.friberg@outlook.com", None)]),
             "erasure for the sender and a former colleague; private addresses, no organisation given"),

        mail("i075", "2027-02-26T11:33", ("Lisa Bergman", "lisa.bergman@rattvik.se"), "Tillägg till anmälan",
             "Hej!\n\nKan du lägga till vår nya kollega Fatima Ali på Rättviks anmälan? Hon ska med på samma träffar "
             "som Johan och jag, alltså 3 maj och 21 september. Hennes adress är fatima.ali@rattvik.se.\n\n"
             "Tack!\nLisa Bergman\nRättviks kommun",
             X("register", [P("Fatima Ali", "fatima.ali@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "adding a new person to an existing group signup = register for her only; the already registered "
             "sender and colleague are not among people"),

        mail("i076", "2027-02-02T13:05", ("Olof Brandt", "olof.brandt@gagnef.se"), "SV: Vilka träffar? – DalaLab",
             "Hej Linnea,\n\nhär kommer det du frågade efter:\n\n"
             "Namn              3/5   21/9   29/11   22/2\n"
             "Olof Brandt        x     x\n"
             "Maja Lindkvist     x            x\n\n"
             "Maja är glutenintolerant.\n\n/Olof\n\n"
             + outlook_header("Linnea Hassis", "linnea.hassis@regiondalarna.se", "Olof Brandt",
                              "den 2 februari 2027 09:14", "Vilka träffar? – DalaLab")
             + "Hej Olof!\n\nTack för anmälan av dig och Maja. Ni skrev inte vilka träffar ni vill gå på – alla "
               "fyra (3/5, 21/9, 29/11, 22/2) eller bara några?\n\nHälsningar\nLinnea",
             X("register", [P("Olof Brandt", "olof.brandt@gagnef.se", "Gagnefs kommun"),
                            P("Maja Lindkvist", None, "Gagnefs kommun", diet="glutenintolerant")],
               [S1, S2, S3], diet="glutenintolerant"),
             "answer to the organiser's question with a plain-text x-grid per person; union 3/5, 21/9, 29/11; the "
             "quoted question lists all four dates"),

        mail("i077", "2027-03-01T10:00", ("Registrator Säters kommun", "registrator@sater.se"),
             "Anmälan – DalaLab 22 februari 2028 (Dnr KS 2026/412)",
             "Hej,\n\nKommunchef Ann-Britt Moberg önskar delta vid träffen den 22 februari 2028 (Planera för "
             "tillgänglighet).\n\nDnr KS 2026/412\n\nMed vänlig hälsning\nRegistraturen\nSäters kommun\n"
             "783 27 Säter\n0225-550 00",
             X("register", [P("Ann-Britt Moberg", None, "Säters kommun")], [S4]),
             "registrar function mailbox writes for the municipal manager; diary number and postcode are not "
             "dates"),

        mail("i078", "2027-03-02T14:18", ("Henrik Sjö", "henrik.sjo@avesta.se"), "Fel adress i vår anmälan",
             "Hej!\n\nI Avestas anmälan (tre personer, skickad 14 januari) blev Niklas Törnbergs adress fel. Rätt "
             "adress är niklas.tornberg@avesta.se – inte niklas.tornborg@avesta.se som jag skrev. Inget annat "
             "ändras.\n\nMvh\nHenrik Sjö\nAvesta kommun",
             X("change", [P("Niklas Törnberg", "niklas.tornberg@avesta.se", "Avesta kommun")], []),
             "address correction for a colleague, no session named -> change []; the wrong address must not "
             "become a second person; sender not among people"),

        mail("i079", "2027-03-04T09:41", ("Helén Ståhl", "helen.stahl@falun.se"), "Gemensam anmälan Falun/Borlänge",
             "Hej!\n\nFalun och Borlänge har ett gemensamt ÖP-samarbete och vi vill gärna gå tillsammans på de två "
             "höstträffarna. Anmäl:\n\n– mig, Helén Ståhl, Falu kommun\n– Ove Strand, Borlänge kommun, "
             "ove.strand@borlange.se\n– Mirja Kask, Falu kommun\n\nOve skickar ingen egen anmälan.\n\n"
             "Hälsningar\nHelén Ståhl\nFalu kommun",
             X("register", [P("Helén Ståhl", "helen.stahl@falun.se", "Falu kommun"),
                            P("Ove Strand", "ove.strand@borlange.se", "Borlänge kommun"),
                            P("Mirja Kask", None, "Falu kommun")], [S2, S3]),
             "two municipalities in one mail; 'de två höstträffarna' = 21 Sep + 29 Nov"),

        mail("i080", "2027-03-05T13:27", ("Karolina Dufva", "karolina.dufva@regiondalarna.se"),
             "Region Dalarnas deltagare i DalaLab",
             "Hej Linnea,\n\nJag samordnar regionens deltagande men deltar inte själv. Från Region Dalarna kommer:\n\n"
             "1. Erik Fahlén, trafikstrateg – alla träffar\n"
             "2. Sofia Wendt, regional utveckling – alla träffar (vegan)\n"
             "3. Jamal Osman, folkhälsa – alla utom 29/11\n"
             "4. Petra Linder, kultur och bildning – bara 22/2, digital tillgänglighet är hennes område\n"
             "5. Nils Hammar, analys – alla träffar\n\n"
             "Vi har ingen kvot som kommunerna, så jag hoppas fem går bra.\n\n"
             "Hälsningar\nKarolina Dufva\nRegional utveckling\nRegion Dalarna\n010-223 40 00",
             X("register", [P("Erik Fahlén", None, "Region Dalarna"),
                            P("Sofia Wendt", None, "Region Dalarna", diet="vegan"),
                            P("Jamal Osman", None, "Region Dalarna"),
                            P("Petra Linder", None, "Region Dalarna"),
                            P("Nils Hammar", None, "Region Dalarna")], ALL, diet="vegan"),
             "coordinator (not attending) registers five with per-person sessions; union all four; job titles "
             "after names"),

        tg("i081", "2027-03-08T18:22", "Oskar Frisk", 5877104623,
           "hej! jag kan inte komma 29 nov, min kollega Vera Lindahl tar min plats den dagen. vi är båda från orsa "
           "kommun",
           X("change", [P("Oskar Frisk", None, "Orsa kommun"), P("Vera Lindahl", None, "Orsa kommun")], [S3]),
           "telegram substitution for one session; both people; sessions = the substitute's"),

        mail("i082", "2027-03-10T16:05", ("Karin Nises", "karin.nises@leksand.se"), "DalaLab hösten",
             "Hej Linnea,\n\nVi tre från Leksand (Jessica Orre, Mats Hedin och jag) måste tyvärr avstå från "
             "höstens båda träffar, 21/9 och 29/11 – vi har samråd för den nya översiktsplanen hela hösten. "
             "Vårträffen och den i februari står kvar för alla tre.\n\nMvh\nKarin Nises\nLeksands kommun",
             X("cancel", [P("Karin Nises", "karin.nises@leksand.se", "Leksands kommun"),
                          P("Jessica Orre", None, "Leksands kommun"),
                          P("Mats Hedin", None, "Leksands kommun")], [S2, S3]),
             "group partial withdrawal -> cancel of the two autumn sessions for all three; the remaining sessions "
             "are not part of the request"),

        mail("i083", "2027-03-12T10:50", ("Therese Lööw", "therese.loow@smedjebacken.se"), "Namn senare?",
             "Hej!\n\nGår det bra att vi skickar in namnen senare? Vi vet att vi blir tre från Smedjebacken på träffen "
             "3 maj, men vilka det blir bestäms först på ledningsgruppen den 23 mars. Räcker det att vi håller tre "
             "platser nu och skickar namnen efter det, men före 14 april?\n\nHälsningar\nTherese Lööw\n"
             "Smedjebackens kommun",
             X("question"),
             "question about holding three places without names; '23 mars' and '14 april' not sessions; no "
             "person to register"),

        mail("i084", "2027-03-15T09:12", ("Annelie Backman", "annelie.backman@lansstyrelsen.se"),
             "Registration – County Administrative Board",
             "Hello Linnea,\n\nI'm writing on behalf of our unit for community planning. Please register two "
             "colleagues from the County Administrative Board: Hamid Rostami (hamid.rostami@lansstyrelsen.se), who "
             "is vegetarian, and Karolina Wiik, who has a nut allergy.\n\nThey would like to attend all sessions "
             "except the first one in Falun in May. I will not attend myself.\n\nKind regards,\nAnnelie Backman\n"
             "Länsstyrelsen Dalarna\n+46 10 225 00 00",
             X("register", [P("Hamid Rostami", "hamid.rostami@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarian"),
                            P("Karolina Wiik", None, "Länsstyrelsen Dalarna", diet="nut allergy")],
               [S2, S3, S4], diet="vegetarian, nut allergy"),
             "English; sender writes for two colleagues and does not attend; 'all except the first' = three; "
             "per-person diets"),

        mail("i085", "2027-03-17T14:30", ("Pernilla Ros", "pernilla.ros@mora.se"), "Anmälan Mora",
             "Hej!\n\nAnmäl Ellinor Sand och Patrik Myhr till alla träffar. Jag kommer troligen också, men jag "
             "återkommer om det när jag vet hur vårens budgetarbete blir.\n\nTack!\nPernilla Ros\nMora kommun\n"
             "0250-260 00",
             X("register", [P("Ellinor Sand", None, "Mora kommun"), P("Patrik Myhr", None, "Mora kommun")], ALL),
             "sender only 'troligen' and will come back -> not registered now; two colleagues, all four"),

        mail("i086", "2027-03-19T08:40", ("Dahlberg Sanna", "sanna.dahlberg@alvdalen.se"), "Anmälan DalaLab Älvdalen",
             "<html><body><p>Hej!</p><p>Här är Älvdalens deltagare (träff 1 = 3 maj, 2 = 21 sept, 3 = 29 nov, "
             "4 = 22 feb):</p>"
             "<table border=\"1\"><tr><th>Efternamn</th><th>Förnamn</th><th>E-post</th><th>Träffar</th></tr>"
             "<tr><td>Dahlberg</td><td>Sanna</td><td>sanna.dahlberg@alvdalen.se</td><td>1–4</td></tr>"
             "<tr><td>Ollars</td><td>Anders</td><td>anders.ollars@alvdalen.se</td><td>1–4</td></tr>"
             "<tr><td>Ek</td><td>Jenny</td><td>(saknar ännu)</td><td>1, 2</td></tr></table>"
             "<p>Mvh<br>Sanna Dahlberg<br>Planeringsarkitekt<br>Älvdalens kommun</p></body></html>",
             X("register", [P("Sanna Dahlberg", "sanna.dahlberg@alvdalen.se", "Älvdalens kommun"),
                            P("Anders Ollars", "anders.ollars@alvdalen.se", "Älvdalens kommun"),
                            P("Jenny Ek", None, "Älvdalens kommun")], ALL),
             "HTML-only table with surname and first name in separate columns and sessions by number; sender is in "
             "the first row; Jenny has no address", html=True),

        mail("i087", "2027-03-22T11:05", ("Lena Persson", "lena.persson@sater.se"), "Byte av träff",
             "Hej!\n\nKim Ek och jag är anmälda till 3 maj, men vi skulle vilja byta till 21 september istället. "
             "Går det bra?\n\nMvh\nLena Persson\nSäters kommun",
             X("change", [P("Lena Persson", "lena.persson@sater.se", "Säters kommun"),
                          P("Kim Ek", None, "Säters kommun")], [S2]),
             "bare swap for two people, phrased as a question -> change, only the new session"),

        tg("i088", "2027-03-24T20:31", "Jonny Mattsson", 6699120458,
           "hur många får man va per kommun? vi e fyra i älvdalen som vill va med på alla",
           X("question"),
           "telegram quota question 'vi e fyra', no names -> question"),

        mail("i089", "2027-02-02T08:26", ("Hans Grip", "hans.grip@smedjebacken.se"), "VB: DalaLab?",
             "Linnea – OK från mig, anmäl Tilda och Ruben enligt nedan.\n\n/Hans Grip\nPlan- och byggchef\n"
             "Smedjebackens kommun\n\n"
             + outlook_header("Tilda Sandin", "tilda.sandin@smedjebacken.se", "Hans Grip",
                              "den 1 februari 2027 13:40", "DalaLab?")
             + "Hej Hans!\n\nRuben Kvist och jag skulle gärna gå på träff 3 och 4 i DalaLab (framtider/osäkerheter "
               "och tillgänglighet). I maj hinner vi inte på grund av detaljplanen för Norra Hagen. Okej att vi "
               "anmäler oss?\n\n/Tilda",
             X("register", [P("Tilda Sandin", "tilda.sandin@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ruben Kvist", None, "Smedjebackens kommun")], [S3, S4]),
             "manager forwards a colleague's internal request with 'OK, anmäl enligt nedan'; sessions and Tilda's "
             "address only in the forwarded part; manager not among people"),

        mail("i090", "2027-04-06T15:12", ("Johanna Näs", "johanna.nas@mora.se"), "Ändring i Moras anmälan",
             "Hej!\n\nAv oss tre från Mora kan nu bara jag vara med. Lars Brink och Frida Olsson ska strykas från "
             "alla träffar – de har flyttats till ett annat projekt. Jag är kvar på samtliga.\n\nMvh\nJohanna Näs\n"
             "Mora kommun\n\nDen 14 januari 2027 kl. 10:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             + quoted("Hej Johanna!\n\nTack, nu är ni anmälda från Mora kommun: Johanna Näs, Lars Brink och Frida "
                      "Olsson, alla fyra träffarna (3/5, 21/9, 29/11 och 22/2).\n\nVälkomna!\nLinnea"),
             X("cancel", [P("Lars Brink", None, "Mora kommun"), P("Frida Olsson", None, "Mora kommun")], ALL),
             "two of three withdrawn without substitute under 'Ändring' -> cancel all four for them; the sender "
             "stays and is not among people; Gmail-style quoted confirmation lists all three and all dates"),
    ]
