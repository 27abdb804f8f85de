from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quote(to_name, to_addr, when="den 26 november 2026 10:02", subject="Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft", text=INVITE):
    return (f"\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: {when}\nTill: {to_name} <{to_addr}>\n"
            f"Ämne: {subject}\n\n{text}")


def gt_quote(text=INVITE, when="tors 26 nov. 2026 kl. 10:02"):
    return f"\n\nDen {when} skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n" + "\n".join("> " + l for l in text.splitlines())


REMINDER = """Hej!

Påminnelse: sista dag att anmäla sig till DalaLab är onsdag 14 april 2027. Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.

Hälsningar
Linnea Hassis, Region Dalarna"""


def messages():
    return [
        mail("a001", "2026-12-01T09:14", ("Gunilla Persson", "gunilla.persson@leksand.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan, det här ser väldigt intressant ut. Jag anmäler mig härmed.\n\n"
             "Med vänlig hälsning\n\nGunilla Persson\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\nLeksands kommun\n"
             "Box 301, 793 27 Leksand\nTel: 0247-800 00 (vxl)\nMobil: 070-312 45 67\nwww.leksand.se"
             + quote("Gunilla Persson", "gunilla.persson@leksand.se"),
             X("register", [P("Gunilla Persson", "gunilla.persson@leksand.se", "Leksands kommun")], ALL),
             "Outlook reply over the quoted invitation; no session named -> all four; box/postcode/phones in signature"),
        mail("a002", "2026-12-02T13:40", ("Tobias Hedman", "tobias.hedman@borlange.se"), "DalaLab",
             "Anmäler mig till alla fyra. /Tobias",
             X("register", [P("Tobias Hedman", "tobias.hedman@borlange.se", "Borlänge kommun")], ALL),
             "one-liner, name only from From header"),
        mail("a003", "2026-12-03T16:22", ("Malin Ekholm", "malin.ekholm@regiondalarna.se"), "Anmälan DalaLab – Malin Ekholm",
             "Hej Linnea,\n\nVad roligt att DalaLab blir av! Jag har följt diskussionerna kring planeringsstrategier sedan vi "
             "tog fram den regionala utvecklingsstrategin 2021 och tycker att det behövs ett forum där kommunerna och vi på "
             "regionen kan prata om hur översiktsplaneringen hänger ihop med det regionala perspektivet. Det blir extra "
             "intressant nu när flera kommuner håller på med sina ÖP:er och vi samtidigt arbetar med den regionala planen.\n\n"
             "Jag skulle gärna vara med på den första träffen 3 maj, och även på den 21 september när ni tar upp "
             "utvecklingsinriktningen. Den i november och februari får jag stå över, då har vi två stora remissomgångar.\n\n"
             "Säg till om du vill att jag bidrar med något kort inspel om RUS på någon av träffarna.\n\n"
             "Hälsningar\nMalin Ekholm\nStrateg, Regional utveckling\nRegion Dalarna\n010-223 51 08",
             X("register", [P("Malin Ekholm", "malin.ekholm@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "long mail; 'första träffen 3 maj' + '21 september'; November/February explicitly skipped; 2021 is a year"),
        mail("a004", "2026-12-04T10:05", ("Danielsson Ulf", "ulf.danielsson@hedemora.se"), "Anmälan",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Hej!</p>"
             "<p>Jag vill anm&auml;la mig till DalaLab, samtliga tr&auml;ffar.</p>"
             "<p>Jag &auml;ter glutenfritt (celiaki).</p><p>&nbsp;</p>"
             "<p>Med v&auml;nliga h&auml;lsningar<br><b>Ulf Danielsson</b><br>Planarkitekt<br>Hedemora kommun<br>"
             "Tfn 0225-340 00<br><a href=\"mailto:ulf.danielsson@hedemora.se\">ulf.danielsson@hedemora.se</a></p></div>"
             "</body></html>",
             X("register", [P("Ulf Danielsson", "ulf.danielsson@hedemora.se", "Hedemora kommun")], ALL, diet="glutenfri"),
             "HTML-only mail with entities; surname-first display name; 'äter glutenfritt (celiaki)' -> glutenfri", html=True),
        mail("a005", "2026-12-07T11:31", ("Birgitta Nordin", "birgitta.nordin@sater.se"), "Fråga om DalaLab",
             "Hej,\n\nKostar det något att delta i DalaLab? Jag behöver veta innan jag kan anmäla mig, vår budget för "
             "kompetensutveckling är rätt stram i år.\n\nVänliga hälsningar\nBirgitta Nordin\nSäters kommun\n0225-550 00",
             X("question", [], []),
             "question about cost before registering; not yet a signup"),
        tg("a006", "2026-12-08T20:47", "Jonna Mattsson", 6123409871,
           "hej! vill anmäla mig till dalalab, alla träffar 🙂 jonna.mattsson@gagnef.se",
           X("register", [P("Jonna Mattsson", "jonna.mattsson@gagnef.se", "Gagnefs kommun")], ALL),
           "telegram, lower case, address in text gives organisation"),
        mail("a007", "2026-12-09T08:52", ("Henrik Björk", "henrik.bjork@mora.se"), "SV: Inbjudan till DalaLab",
             "Hej!\n\nJag anmäler mig själv och min kollega Lisa Mårtensson till lärprojektet. Lisa sitter på "
             "plan- och byggenheten med mig.\n\nMvh\nHenrik Björk\nPlanchef, Mora kommun\n0250-260 00"
             + quote("Henrik Björk", "henrik.bjork@mora.se"),
             X("register", [P("Henrik Björk", "henrik.bjork@mora.se", "Mora kommun"),
                            P("Lisa Mårtensson", None, "Mora kommun")], ALL),
             "sender + colleague without address; no dates named -> all four; quoted invitation"),
        mail("a008", "2026-12-10T14:18", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"), "Registration DalaLab",
             "Hi Linnea,\n\nI would like to register for the sessions on 3 May and 29 November. My Swedish is still "
             "a work in progress, so I hope it is fine that I write in English.\n\nI'm vegetarian.\n\n"
             "Kind regards,\nDaniel Okafor\nAnalyst, Regional Development\nRegion Dalarna",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S1, S3],
               diet="vegetarian"),
             "English signup, two sessions, diet in English"),
        mail("a009", "2026-12-11T09:03", ("Kristina Hellström", "kristina.hellstrom@lansstyrelsen.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nJag vill gärna vara med på alla tillfällen. Observera att jag är ledig 21/12–6/1, så om något "
             "behöver bekräftas går det bra efter trettonhelgen.\n\nHälsningar\n\nKristina Hellström\n"
             "Handläggare, Enheten för samhällsplanering\nLänsstyrelsen Dalarna\nÅsgatan 38, 791 84 Falun\n"
             "Tel: 010-225 03 87\nVåra diarienummer: 400-1234-2026\nwww.lansstyrelsen.se/dalarna",
             X("register", [P("Kristina Hellström", "kristina.hellstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "'alla tillfällen'; leave dates 21/12–6/1 and numbers in signature are not sessions"),
        mail("a010", "2026-12-14T15:37", ("Lundberg Mikael", "mikael.lundberg@ludvika.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej\n\nJag kommer på 3 maj och 22 feb.\n\n//Mikael\n\nMikael Lundberg | Trafikplanerare | Ludvika kommun\n"
             "Tel 0240-860 00 | 771 82 Ludvika"
             + quote("Lundberg Mikael", "mikael.lundberg@ludvika.se"),
             X("register", [P("Mikael Lundberg", "mikael.lundberg@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "Outlook reply, 'Efternamn Förnamn' display name; '3 maj och 22 feb'; quote lists all dates"),
        mail("a011", "2026-12-15T10:44", ("Eva-Lena Gustafsson", "eva-lena.gustafsson@vansbro.se"), "dalalab",
             "Hej\nVansbro anmäler mig, Eva-Lena Gustafsson, till samtliga träffar. Jag är laktosintolerant.\n"
             "Hälsningar Eva-Lena\nVansbro kommun, Samhällsbyggnad",
             X("register", [P("Eva-Lena Gustafsson", "eva-lena.gustafsson@vansbro.se", "Vansbro kommun")], ALL,
               diet="laktosintolerant"),
             "short mail, hyphenated first name, diet"),
        mail("a012", "2026-12-17T13:09", ("Per-Olov Back", "per-olov.back@alvdalen.se"), "SV: Inbjudan till DalaLab",
             "Hej!\n\nGår det att delta digitalt på träffarna? Det är drygt två timmar enkel väg till Falun för oss "
             "och vi har svårt att lägga en hel dag på resor fyra gånger.\n\nMvh Per-Olov Back\nÄlvdalens kommun"
             + quote("Per-Olov Back", "per-olov.back@alvdalen.se"),
             X("question", [], []),
             "question about digital participation; quoted invitation; 'fyra gånger' is not a signup"),
        mail("a013", "2026-12-22T07:58", ("Karolina Sundberg", "karolina.sundberg@rattvik.se"),
             "Automatiskt svar: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag är ledig från 22 december till och med 7 januari och läser inte min e-post. "
             "Vid brådskande ärenden, kontakta plan- och bygg via kommunens växel 0248-700 00.\n\n"
             "God jul och gott nytt år!\nKarolina Sundberg\nRättviks kommun",
             X("auto_reply", [], []),
             "out-of-office reply to the invitation; dates are leave dates"),
        tg("a014", "2027-01-07T12:26", "Nils Östlund", 5230774410,
           "Anmäl mig till 21/9 o 29/11 tack. Nils Östlund, Smedjebacken",
           X("register", [P("Nils Östlund", None, "Smedjebackens kommun")], [S2, S3]),
           "telegram; '21/9 o 29/11'; organisation from 'Smedjebacken', no address"),
        mail("a015", "2027-01-08T21:15", ("Johanna Eriksson", "jo.eriksson82@hotmail.com"), "Anmälan DalaLab",
             "Hej!\n\nSkriver från min privata mejl eftersom jobbdatorn strular. Jag vill anmäla mig till DalaLab, "
             "alla fyra träffarna.\n\nJohanna Eriksson\nPlaneringsarkitekt\nMalung-Sälens kommun\n\n"
             "Skickat från min iPhone",
             X("register", [P("Johanna Eriksson", "jo.eriksson82@hotmail.com", "Malung-Sälens kommun")], ALL),
             "private address; organisation from the signature"),
        mail("a016", "2027-01-11T09:40", ("Sven-Erik Dahl", "sven-erik.dahl@falun.se"), "Anmälan DalaLab Falun",
             "Hej Linnea,\n\nVi är två från Falu kommun som vill anmäla oss: jag själv och Rebecka Holm "
             "(rebecka.holm@falun.se). Vi tar första träffen i maj till att börja med, sedan får vi se hur "
             "arbetsbelastningen ser ut i höst.\n\nHälsningar\nSven-Erik Dahl\nStadsbyggnadsförvaltningen, Falu kommun\n"
             "023-830 00",
             X("register", [P("Sven-Erik Dahl", "sven-erik.dahl@falun.se", "Falu kommun"),
                            P("Rebecka Holm", "rebecka.holm@falun.se", "Falu kommun")], [S1]),
             "two people; 'första träffen i maj' = 3 May only; 'i höst' is not a signup"),
        mail("a017", "2027-01-12T14:02", ("Tobias Hedman", "tobias.hedman@borlange.se"), "SV: DalaLab",
             "Hej igen\n\nJag anmälde mig till alla fyra i december men har nu sett att den 29 november krockar med "
             "KF. Kan du stryka mig från den? De andra tre går bra.\n\n/Tobias Hedman, Borlänge kommun",
             X("cancel", [P("Tobias Hedman", "tobias.hedman@borlange.se", "Borlänge kommun")], [S3]),
             "same person as a002; partial withdrawal of 29 Nov -> cancel of that session only"),
        mail("a018", "2027-01-14T11:25", ("Camilla Öberg", "camilla.oberg@avesta.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag vill anmäla mig till lärprojektet.\n\nVänliga hälsningar\nCamilla Öberg\nPlanhandläggare\n"
             "Avesta kommun, Kungsgatan 32, 774 81 Avesta\nTelefon: 0226-64 50 00\n\n"
             "Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du inte är rätt mottagare, "
             "vänligen radera meddelandet och meddela avsändaren. När du skickar e-post till Avesta kommun behandlas "
             "dina personuppgifter enligt dataskyddsförordningen (GDPR)."
             + quote("Camilla Öberg", "camilla.oberg@avesta.se"),
             X("register", [P("Camilla Öberg", "camilla.oberg@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply with disclaimer mentioning GDPR/radera (not erasure); all four"),
        mail("a019", "2027-01-18T08:16", ("Roger Skoglund", "roger.skoglund@hedemora.se"), "Lunch och resa",
             "Hej!\n\nBlir det lunch på träffarna, eller ska vi ordna det själva? Och går det att ta sig till "
             "lokalen från resecentrum i Falun utan bil?\n\nMvh Roger Skoglund\nHedemora kommun",
             X("question", [], []),
             "practical questions, no signup"),
        mail("a020", "2027-01-20T16:50", ("Anna Kowalski", "anna.kowalski@lansstyrelsen.se"), "DalaLab sign-up",
             "Hi Linnea,\n\nPlease sign me up for the whole series.\n\nBest regards,\nAnna Kowalski\n"
             "Planning Officer\nCounty Administrative Board of Dalarna\n+46 10 225 04 12",
             X("register", [P("Anna Kowalski", "anna.kowalski@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "English; 'the whole series' -> all four"),
        mail("a021", "2027-01-25T13:12", ("Frida Axelsson", "frida.axelsson@borlange.se"), "Anmälan DalaLab",
             "<html><body><p>Hej Linnea!</p><p>Jag vill anm&auml;la mig till tr&auml;ffarna <b>3/5</b> och "
             "<b>21/9</b>.</p><p>Specialkost: vegan</p><p>H&auml;lsningar<br>Frida Axelsson<br>"
             "Samh&auml;llsplanerare, Borl&auml;nge kommun<br>0243-740 00</p></body></html>",
             X("register", [P("Frida Axelsson", "frida.axelsson@borlange.se", "Borlänge kommun")], [S1, S2],
               diet="vegan"),
             "HTML-only; '3/5 och 21/9'; diet vegan", html=True),
        mail("a022", "2027-01-28T03:41", ("Global Events Directory", "listings@global-events-directory.net"),
             "Action required: confirm your DalaLab 2027 attendee listing",
             "Dear Organizer,\n\nYour event \"DalaLab – Planering för hållbarhet\" (3 May 2027, Falun) has been "
             "added to the Global Events Directory 2027. To keep your listing and receive the attendee contact "
             "list, please confirm your details and pay the annual fee of EUR 1,290 within 7 days.\n\n"
             "Confirm here: http://global-events-directory.net/confirm?id=88213\n\nGlobal Events Directory Ltd.",
             X("unknown", [], []),
             "listing scam naming the event and a date -> unknown"),
        tg("a023", "2027-02-01T19:05", "Sanna Rask", 7044182239,
           "Hej, jag heter Sanna Rask och jobbar på Leksands kommun. Vill gärna vara med på vårträffen!",
           X("register", [P("Sanna Rask", None, "Leksands kommun")], [S1]),
           "telegram; 'vårträffen' = 3 May"),
        mail("a024", "2027-02-03T10:28", ("Lars-Göran Bäckström", "lars-goran.backstrom@gagnef.se"),
             "Anmälan DalaLab, Gagnef",
             "Hej Linnea\n\nJag skulle vilja anmäla mig till DalaLab. Vi håller på att starta upp arbetet med en ny "
             "översiktsplan i Gagnef och det här kommer lägligt. Jonna Mattsson har redan anmält sig själv, så det "
             "gäller bara mig.\n\nJag kan komma på alla utom den i september, då är jag på semester.\n\n"
             "Med vänliga hälsningar\nLars-Göran Bäckström\nSamhällsbyggnadschef\nGagnefs kommun\n"
             "Tel 0241-150 00, mobil 073-080 12 34",
             X("register", [P("Lars-Göran Bäckström", "lars-goran.backstrom@gagnef.se", "Gagnefs kommun")],
               [S1, S3, S4]),
             "'alla utom den i september'; colleague who already registered herself is not included"),
        tg("a025", "2027-02-05T07:44", "Nils Östlund", 5230774410,
           "hej igen, kan du byta 29/11 mot 22/2 är du snäll /Nils, Smedjebacken",
           X("change", [P("Nils Östlund", None, "Smedjebackens kommun")], [S4]),
           "same sender as a014; bare swap -> only the new session; organisation from 'Smedjebacken'"),
        mail("a026", "2027-02-08T09:12", ("Birgitta Nordin", "birgitta.nordin@sater.se"), "SV: Fråga om DalaLab",
             "Tack för snabbt svar! Då anmäler jag mig till alla fyra.\n\n/Birgitta\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 7 december 2026 15:20\n"
             "Till: Birgitta Nordin <birgitta.nordin@sater.se>\nÄmne: SV: Fråga om DalaLab\n\n"
             "Hej Birgitta!\nDet är kostnadsfritt att delta, Region Dalarna står för lokal, fika och lunch. "
             "Du betalar bara din egen resa.\n/Linnea\n\n"
             "Från: Birgitta Nordin <birgitta.nordin@sater.se>\nSkickat: den 7 december 2026 11:31\n"
             "Ämne: Fråga om DalaLab\n\nKostar det något att delta i DalaLab?",
             X("register", [P("Birgitta Nordin", "birgitta.nordin@sater.se", "Säters kommun")], ALL),
             "same person as a005; signup on top of a thread; organisation from domain"),
        mail("a027", "2027-02-10T14:33", ("Helena Rydén", "helena.ryden@orsa.se"), "Anmälan från Orsa",
             "Hej!\n\nJag och min kollega Tomas Friberg (tomas.friberg@orsa.se) vill delta på träffarna 21 september "
             "och 29 november. Tomas är glutenintolerant.\n\nHälsningar\nHelena Rydén\nOrsa kommun",
             X("register", [P("Helena Rydén", "helena.ryden@orsa.se", "Orsa kommun"),
                            P("Tomas Friberg", "tomas.friberg@orsa.se", "Orsa kommun", diet="glutenintolerant")],
               [S2, S3], diet="glutenintolerant"),
             "sender + colleague with address; per-person diet"),
        mail("a028", "2027-02-12T11:07", ("Ingrid Sahlin", "ingrid.sahlin@mora.se"), "Program första träffen?",
             "Hej,\n\nFinns det ett program för träffen den 3 maj? Vi undrar också om man ska förbereda något, "
             "till exempel ta med material från den egna översiktsplanen.\n\nMvh Ingrid Sahlin, Mora kommun",
             X("question", [], []),
             "question naming a date; not a signup"),
        mail("a029", "2027-02-15T07:31", ("Jimmy Granath", "jimmy.granath@ludvika.se"), "Anmälan",
             "Anmälan: Jimmy Granath, Ludvika kommun, alla tillfällen\n\nSkickat från Outlook för iOS",
             X("register", [P("Jimmy Granath", "jimmy.granath@ludvika.se", "Ludvika kommun")], ALL),
             "phone one-liner"),
        mail("a030", "2027-02-17T12:55", ("Frida Axelsson", "frida.axelsson@borlange.se"), "SV: Anmälan DalaLab",
             "Hej igen!\n\nJag skrev vegan i min anmälan, men det räcker gott med vegetarisk kost.\n\n/Frida",
             X("change", [P("Frida Axelsson", "frida.axelsson@borlange.se", "Borlänge kommun")], [],
               diet="vegetarisk"),
             "same person as a021; diet update naming no sessions -> change with []"),
        mail("a031", "2027-02-22T08:20", ("Sundberg Karolina", "karolina.sundberg@rattvik.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nUrsäkta sent svar, jag var ledig över helgerna och sedan har det varit fullt upp. "
             "Jag anmäler mig gärna till 3 maj, 21 sept och 29 nov. Februari 2028 vet jag inte än.\n\n"
             "Vänliga hälsningar\nKarolina Sundberg\nPlanerare, Rättviks kommun\nStorgatan 2, 795 80 Rättvik\n"
             "0248-700 00"
             + quote("Sundberg Karolina", "karolina.sundberg@rattvik.se"),
             X("register", [P("Karolina Sundberg", "karolina.sundberg@rattvik.se", "Rättviks kommun")], [S1, S2, S3]),
             "same person as the out-of-office a013; three sessions; Feb 2028 left open, not registered"),
        mail("a032", "2027-02-25T15:46", ("Thomas Berger", "thomas.berger@malung-salen.se"), "DalaLab",
             "Hello,\n\nI started as a planner at Malung-Sälen municipality in January and my manager forwarded "
             "your invitation. I would like to register for all four sessions, if there is still room.\n\n"
             "Please note that I have a nut allergy.\n\nBest wishes\nThomas Berger",
             X("register", [P("Thomas Berger", "thomas.berger@malung-salen.se", "Malung-Sälens kommun")], ALL,
               diet="nut allergy"),
             "English signup, diet in English"),
        mail("a033", "2027-03-01T10:10", ("Åsa Lindahl", "asa.lindahl@borlange.se"), "Platser för Borlänge?",
             "Hej Linnea,\n\nHur många platser har Borlänge kvar i DalaLab? Jag tror att vi är två anmälda (Tobias "
             "och Frida) och vi funderar på att skicka en tredje.\n\nHälsningar\nÅsa Lindahl\n"
             "Enhetschef Planering, Borlänge kommun",
             X("question", [], []),
             "question about the quota; names already registered colleagues, no request about them"),
        mail("a034", "2027-03-03T13:27", ("Åsa Lindahl", "asa.lindahl@borlange.se"), "SV: Platser för Borlänge?",
             "Tack! Då anmäler vi vår tredje person:\n\nRahimi, Mohammed – GIS-ingenjör\n\nHan deltar på alla fyra "
             "träffarna. Själv kommer jag inte att delta.\n\n/Åsa",
             X("register", [P("Mohammed Rahimi", None, "Borlänge kommun")], ALL),
             "same sender as a033; registers a colleague written 'Efternamn, Förnamn'; sender not attending"),
        mail("a035", "2027-03-08T09:49", ("Malin Ekholm", "malin.ekholm@regiondalarna.se"), "Återbud september",
             "Hej!\n\nJag behöver tyvärr lämna återbud till septemberträffen, vi har regionfullmäktige samma dag. "
             "3 maj står kvar.\n\nMalin",
             X("cancel", [P("Malin Ekholm", "malin.ekholm@regiondalarna.se", "Region Dalarna")], [S2]),
             "same person as a003; partial withdrawal of the September session"),
        mail("a036", "2027-03-10T15:03", ("Roger Skoglund", "roger.skoglund@hedemora.se"), "VB: DalaLab",
             "Hej Linnea, kan du anmäla Kim enligt nedan?\n\nRoger\n\n"
             "Från: Kim Sandström <kim.sandstrom@hedemora.se>\nSkickat: den 10 mars 2027 14:41\n"
             "Till: Roger Skoglund <roger.skoglund@hedemora.se>\nÄmne: DalaLab\n\n"
             "Hej Roger! Jag vill gärna gå på alla fyra DalaLab-träffarna om det är okej för dig. /Kim",
             X("register", [P("Kim Sandström", "kim.sandstrom@hedemora.se", "Hedemora kommun")], ALL),
             "manager forwards a colleague's internal mail; person and address only in forwarded header"),
        mail("a037", "2027-03-15T11:18", ("Eva-Lena Gustafsson", "eva-lena.gustafsson@vansbro.se"),
             "Byte av deltagare DalaLab",
             "Hej!\n\nJag har fått nya arbetsuppgifter och lämnar därför min plats i DalaLab till Ola Persson "
             "(ola.persson@vansbro.se), som tar alla träffar. Ola har inga särskilda kostönskemål.\n\n"
             "Hälsningar Eva-Lena Gustafsson\nVansbro kommun",
             X("change", [P("Eva-Lena Gustafsson", "eva-lena.gustafsson@vansbro.se", "Vansbro kommun"),
                          P("Ola Persson", "ola.persson@vansbro.se", "Vansbro kommun")], ALL),
             "substitution in one message -> change with both; 'inga särskilda kostönskemål' = no diet"),
        tg("a038", "2027-03-18T17:32", "Marta Nowak", 8051123307,
           "Hi! Can I sign up for session 2 and 3? Marta Nowak, Region Dalarna, marta.nowak@regiondalarna.se",
           X("register", [P("Marta Nowak", "marta.nowak@regiondalarna.se", "Region Dalarna")], [S2, S3]),
           "English telegram; sessions by number"),
        tg("a039", "2027-03-22T21:10", "Sanna Rask", 7044182239,
           "tyvärr, kan inte komma 3 maj ändå 😞 avanmäl mig. Sanna, Leksand",
           X("cancel", [P("Sanna Rask", None, "Leksands kommun")], [S1]),
           "same sender as a023; cancels her only session"),
        mail("a040", "2027-03-26T10:36", ("Linda Wahlberg", "linda.wahlberg@smedjebacken.se"), "Anmälan DalaLab",
             "Hej!\n\nJag vill anmäla mig till höstens två träffar i DalaLab.\n\nTack på förhand!\n\n"
             "Linda Wahlberg\nMiljö- och planhandläggare\nSmedjebackens kommun\nBesöksadress: Kyrkogatan 1, "
             "777 30 Smedjebacken\nTel: 0240-66 00 00 | Direkt: 0240-66 01 45\n"
             "Föräldraledig 1/6–15/8 2027",
             X("register", [P("Linda Wahlberg", "linda.wahlberg@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3]),
             "'höstens två träffar' = 21 Sep + 29 Nov; leave dates and numbers in signature"),
        tg("a041", "2027-03-30T12:14", "Elsa B", 6902551870,
           "när är sista dag att anmäla sig?",
           X("question", [], []),
           "telegram question about the deadline"),
        mail("a042", "2027-04-02T09:58", ("Per-Olov Back", "per-olov.back@alvdalen.se"), "Anmälan Älvdalen",
             "Hej!\n\nVi kör på plats då. Jag anmäler mig till alla fyra och tar med Kerstin Morén från bygglov, "
             "hon vill bara vara med 3 maj.\n\nMvh Per-Olov Back\nÄlvdalens kommun\n0251-310 00",
             X("register", [P("Per-Olov Back", "per-olov.back@alvdalen.se", "Älvdalens kommun"),
                            P("Kerstin Morén", None, "Älvdalens kommun")], ALL),
             "same person as a012; different sessions per person -> union = all four"),
        mail("a043", "2027-04-06T14:21", ("Sven-Erik Dahl", "sven-erik.dahl@falun.se"), "Återbud Rebecka Holm",
             "Hej Linnea,\n\nRebecka Holm (rebecka.holm@falun.se) kan tyvärr inte komma den 3 maj, hon har fått förhinder. "
             "Jag kommer som planerat.\n\nHälsningar\nSven-Erik",
             X("cancel", [P("Rebecka Holm", "rebecka.holm@falun.se", "Falu kommun")], [S1]),
             "same sender as a016; colleague withdrawn without substitute; sender's own signup unchanged"),
        mail("a044", "2027-04-08T16:05", ("Henrik Björk", "henrik.bjork@mora.se"), "Ytterligare anmälan Mora",
             "Hej!\n\nVi vill också anmäla Emil Sjödin (emil.sjodin@mora.se) från Mora kommun. Han kan 21/9 och 22/2.\n\n"
             "Mvh Henrik",
             X("register", [P("Emil Sjödin", "emil.sjodin@mora.se", "Mora kommun")], [S2, S4]),
             "same sender as a007; registers a third colleague only (Mora then has three)"),
        mail("a045", "2027-04-09T08:03", ("Moa Engström", "moa.engstrom@leksand.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab 14 april",
             "Hej! Hinner jag fortfarande? I så fall vill jag vara med på alla.\n\nMoa Engström\nLeksands kommun"
             + quote("Moa Engström", "moa.engstrom@leksand.se", when="den 6 april 2027 09:00",
                     subject="Påminnelse: sista dag för anmälan till DalaLab 14 april", text=REMINDER),
             X("register", [P("Moa Engström", "moa.engstrom@leksand.se", "Leksands kommun")], ALL),
             "reply to the reminder; question plus conditional signup -> register all four; quoted dates and deadline"),
    ]
