"""Batch 35, theme "inbox": what one registration inbox receives over the winter, in the order it arrives.

Writer's own text. Mostly e-mail, some Telegram. A few people recur (a signup, later a diet update, a swap,
a cancellation), as in a real inbox; each label rests on its own message alone.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The invitation as Outlook quotes it under a reply (quoted text is not the signup).
INV = """\

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:02
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft. Vi ses vid fyra tillfällen:

  * 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och
    planeringsstrategins roll (med Boverket)
  * 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  * 29 november 2027 – Att planera för önskvärda framtider och för osäkerheter
  * 22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027
genom att svara på det här mejlet. Ange gärna eventuell specialkost.

Varma hälsningar
Linnea Hassis
Region Dalarna
"""

INV_QUOTED = "\n".join("> " + line if line else ">" for line in INV.splitlines()) + "\n"


def messages():
    return [
        # ---- December: the invitation goes out ---------------------------------------------------------------
        mail("ak001", "2026-12-01T08:03", ("Patrik Wall", "patrik.wall@ludvika.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag är på tjänsteresa och är tillbaka måndag 7 december. Jag har begränsad tillgång "
             "till e-post under tiden.\n\nÄrenden som gäller detaljplaner kan skickas till "
             "plan@ludvika.se.\n\nMed vänlig hälsning\nPatrik Wall\nPlanarkitekt, Ludvika kommun\n",
             X("auto_reply"),
             "out-of-office one minute after the invitation; subject repeats the invitation's"),

        mail("ak002", "2026-12-01T08:05", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Olevererbart: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Leveransen till de här mottagarna eller grupperna misslyckades:\n\n"
             "gunilla.skoglund@hedemora.se\nE-postadressen du angav kunde inte hittas. Kontrollera "
             "mottagarens e-postadress och försök skicka meddelandet igen.\n\n"
             "Diagnostisk information för administratörer:\n\nGenererande server: "
             "SMTP01.regiondalarna.se\n\ngunilla.skoglund@hedemora.se\nRemote Server returned "
             "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "----- Ursprungligt meddelande -----\n" + INV,
             X("auto_reply"),
             "bounce of the invitation, the full invitation (dates, 'anmäl dig') below it"),

        mail("ak003", "2026-12-01T10:34", ("Maria Lindqvist", "maria.lindqvist@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan, det här låter precis som det vi behöver just nu när vi "
             "startar om arbetet med ÖP:n. Jag anmäler mig gärna.\n\n/Maria\n\n"
             "Maria Lindqvist\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\nBorlänge kommun\n"
             "Röda vägen 50, 781 81 Borlänge\nTel: 0243-740 12  Mobil: 070-318 44 90\n"
             "www.borlange.se\n" + INV,
             X("register", [P("Maria Lindqvist", "maria.lindqvist@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply above the quoted invitation (all four dates quoted); long signature with numbers"),

        tg("ak004", "2026-12-01T14:05", "Jonas Berg", 5518820341,
           "hej! anmäl mig till dalalab, alla fyra gångerna. Jonas Berg, Orsa kommun",
           X("register", [P("Jonas Berg", None, "Orsa kommun")], ALL),
           "Telegram one-liner, all four"),

        mail("ak005", "2026-12-02T11:47", ("Karin Olofsson", "karin.olofsson@falun.se"),
             "Anmälan DalaLab från Falun",
             "Hej Linnea,\n\nFrån planenheten på samhällsbyggnadsförvaltningen i Falun kommer tre av oss: "
             "Sara Nyström (sara.nystrom@falun.se), Petter Ahl (petter.ahl@falun.se) och jag själv.\n\n"
             "Vi räknar med att vara med på hela serien.\n\nHälsningar\nKarin Olofsson\n"
             "Enhetschef plan, Falu kommun\n023-833 00 (vx)\n",
             X("register", [P("Karin Olofsson", "karin.olofsson@falun.se", "Falu kommun"),
                            P("Sara Nyström", "sara.nystrom@falun.se", "Falu kommun"),
                            P("Petter Ahl", "petter.ahl@falun.se", "Falu kommun")], ALL),
             "manager signs up two colleagues and herself ('och jag själv'); 'hela serien' = all"),

        mail("ak006", "2026-12-03T13:30", ("Anders Hed", "anders.hed@leksand.se"),
             "DalaLab",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>Jag vill anmäla mig till DalaLab, men bara till de två första träffarna "
             "(<b>3 maj</b> och <b>21 september</b>) – längre än så vågar jag inte planera.</p>"
             "<p>Mvh<br>Anders Hed<br><span style=\"color:#6b6b6b\">Samhällsplanerare | Leksands kommun"
             "<br>Box 301, 793 27 Leksand | 0247-800 00</span></p></div></body></html>",
             X("register", [P("Anders Hed", "anders.hed@leksand.se", "Leksands kommun")], [S1, S2]),
             "HTML-only, two sessions in bold", html=True),

        mail("ak007", "2026-12-04T07:55", ("Birgitta Säll", "birgitta.sall@sater.se"),
             "Anmälan till lärprojektet",
             "Hej,\n\nHärmed anmäler jag mig till samtliga träffar i DalaLab. Jag äter vegetariskt.\n\n"
             "Med vänliga hälsningar\n\nBirgitta Säll\nPlaneringsstrateg\nSäters kommun\n"
             "Rådhusgatan 1, 783 27 Säter\n0225-550 00\n",
             X("register", [P("Birgitta Säll", "birgitta.sall@sater.se", "Säters kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "iso-8859-1, samtliga träffar, diet as a sentence", charset="iso-8859-1"),

        mail("ak008", "2026-12-07T09:10", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev från Boverket – december 2026: Ny vägledning om översiktsplanering",
             "Boverkets nyhetsbrev | December 2026\n\nI DET HÄR NUMRET\n"
             "- Ny vägledning: planeringsstrategin i praktiken\n"
             "- Webbinarium 3 februari: Utvecklingsinriktning i ÖP-modellen – anmäl dig här\n"
             "- Regionala samverkansprojekt: Dalarna, Västerbotten och Skåne\n\n"
             "Läs mer på www.boverket.se/nyheter\n\n"
             "Du får det här mejlet eftersom du prenumererar på Boverkets nyhetsbrev. "
             "Avsluta prenumerationen: www.boverket.se/avsluta\n",
             X("unknown"),
             "newsletter on the same subject matter, with its own 'anmäl dig' and a webinar date"),

        mail("ak009", "2026-12-07T15:22", ("Sofie Grahn", "sofie.grahn@alvdalen.se"),
             "Fråga om DalaLab",
             "Hej!\n\nFinns det möjlighet att delta digitalt på någon av träffarna? Det är nästan tre "
             "timmars resa till Falun för oss från Älvdalen, och en heldag plus resa blir svårt att få "
             "till för alla fyra tillfällena.\n\nTack på förhand,\nSofie Grahn\nÄlvdalens kommun\n",
             X("question"),
             "question about remote participation; names the number of sessions but asks, does not sign up"),

        mail("ak010", "2026-12-08T10:02", ("Tomás Herrera", "tomas.herrera@regiondalarna.se"),
             "Registration – DalaLab",
             "Dear Linnea,\n\nI would like to register for DalaLab. I joined Region Dalarna's unit for "
             "regional development in October as a planning architect, and my Swedish is still a work "
             "in progress, so I hope English is fine.\n\nI can attend the first and the last session "
             "(3 May and 22 February). In September and November I will be on fieldwork.\n\n"
             "Best regards,\nTomás Herrera\nRegion Dalarna\n+46 23 49 00 00\n",
             X("register", [P("Tomás Herrera", "tomas.herrera@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "English, sessions by ordinal and date; the other two months named as not possible"),

        mail("ak011", "2026-12-09T12:40", ("Eva Grönberg", "eva.gronberg@mora.se"),
             "Anmälan DalaLab – Mora kommun",
             "Hej,\n\nPå uppdrag av samhällsbyggnadschefen anmäler jag följande medarbetare till "
             "DalaLab:\n\nEk, Lisa\nMattsson, Olle\nDahl, Kristin\n\nJag deltar inte själv. "
             "Frågor om deltagandet besvaras av respektive person.\n\nVänliga hälsningar\n"
             "Eva Grönberg\nNämndsekreterare\nMora kommun\nFredsgatan 16, 792 80 Mora\n0250-260 00\n",
             X("register", [P("Lisa Ek", None, "Mora kommun"), P("Olle Mattsson", None, "Mora kommun"),
                            P("Kristin Dahl", None, "Mora kommun")], ALL),
             "secretary registers three as 'Efternamn, Förnamn', no addresses, sender not attending"),

        tg("ak012", "2026-12-10T08:15", "Frida", 6120447782,
           "Hej, gäller anmälan för hela serien eller kan man gå bara på höstens?",
           X("question"),
           "Telegram question mentioning the autumn; no signup"),

        mail("ak013", "2026-12-11T16:48", ("Samhällsbyggnad Hedemora", "samhallsbyggnad@hedemora.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nVi vill anmäla vår översiktsplanerare Jenny Åkesson (jenny.akesson@hedemora.se) "
             "till DalaLab, alla tillfällen. Bekräftelse skickas gärna direkt till henne.\n\n"
             "Med vänlig hälsning\nRegistrator, Samhällsbyggnadsförvaltningen\nHedemora kommun\n",
             X("register", [P("Jenny Åkesson", "jenny.akesson@hedemora.se", "Hedemora kommun")], ALL),
             "function mailbox writes for a person whose own address is in the text"),

        mail("ak014", "2026-12-14T09:30", ("Nils Forsberg", "nils.forsberg@gagnef.se"),
             "Två anmälningar (Gagnef + Leksand)",
             "Hej Linnea,\n\nIda Stål på Leksands kommun och jag håller på med en gemensam "
             "planeringsstrategi för älvdalsstråket och vill gärna gå DalaLab ihop. Så: anmäl oss båda "
             "två till alla fyra träffarna. Idas adress är ida.stal@leksand.se.\n\n"
             "Hälsningar\nNils Forsberg\nGagnefs kommun\n",
             X("register", [P("Nils Forsberg", "nils.forsberg@gagnef.se", "Gagnefs kommun"),
                            P("Ida Stål", "ida.stal@leksand.se", "Leksands kommun")], ALL),
             "two organisations in one mail; colleague's org named in running text"),

        mail("ak015", "2026-12-15T11:11", ("Evenemangsregistret", "faktura@eventreg-norden.com"),
             "Bekräftelse av anmälan – DalaLab 2027 – Faktura 2026-4471",
             "Bästa deltagare,\n\nTack för er anmälan till DalaLab 2027. För att er plats ska bli "
             "giltig måste deltagaravgiften om 4 900 kr exkl. moms betalas senast 2026-12-30 till "
             "bankgiro 5521-0093.\n\nFakturanummer: 2026-4471\nOCR: 44710020266\n\n"
             "Obetald avgift innebär att platsen går till nästa person på reservlistan.\n\n"
             "Med vänlig hälsning\nEvenemangsregistret Norden AB\n",
             X("unknown"),
             "invoice scam dressed as a registration confirmation"),

        tg("ak016", "2026-12-16T14:20", "Hanna Lund", 4987001256,
           "Anmäl mig gärna till första och tredje träffen! /Hanna Lund, Smedjebacken",
           X("register", [P("Hanna Lund", None, "Smedjebackens kommun")], [S1, S3]),
           "Telegram, sessions by ordinal, municipality by place name"),

        mail("ak017", "2026-12-17T08:14", ("Maria Lindqvist", "maria.lindqvist@borlange.se"),
             "Läst: Bekräftelse – din anmälan till DalaLab",
             "Ditt meddelande\n\n  Till: Lindqvist Maria\n  Ämne: Bekräftelse – din anmälan till DalaLab\n"
             "  Skickat: den 1 december 2026 11:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
             "Stockholm, Wien\n\nlästes den 17 december 2026 08:14 (UTC+01:00) Amsterdam, Berlin, "
             "Bern, Rom, Stockholm, Wien.\n",
             X("auto_reply"),
             "read receipt for the organiser's confirmation"),

        mail("ak018", "2026-12-22T13:33", ("Maria Lindqvist", "maria.lindqvist@borlange.se"),
             "Komplettering till min anmälan",
             "Hej igen!\n\nJag glömde skriva när jag anmälde mig att jag är glutenintolerant. "
             "Går det att ordna till fikat och lunchen?\n\nGod jul!\n/Maria Lindqvist, Borlänge\n",
             X("change", [P("Maria Lindqvist", "maria.lindqvist@borlange.se", "Borlänge kommun",
                            diet="glutenintolerant")], [], diet="glutenintolerant"),
             "diet added to an existing signup, phrased partly as a question; no sessions"),

        # ---- January -----------------------------------------------------------------------------------------
        mail("ak019", "2027-01-07T08:41", ("Per-Erik Nordin", "per-erik.nordin@vansbro.se"),
             "anmälan",
             "hej anmäler mig till dalalb 3/5 och 29/11\nmvh Per-Erik Nordin Vansbro kommun\n\n"
             "Skickat från min iPhone\n",
             X("register", [P("Per-Erik Nordin", "per-erik.nordin@vansbro.se", "Vansbro kommun")], [S1, S3]),
             "terse phone mail with a typo, numeric day/month dates"),

        mail("ak020", "2027-01-08T10:20", ("Åsa Wiklund", "asa.wiklund@avesta.se"),
             "Fråga om antal deltagare",
             "Hej,\n\nVi är fyra på planavdelningen som är intresserade av DalaLab. Jag undrar hur "
             "många vi får vara från samma kommun, och om det i så fall finns någon reservlista.\n\n"
             "Åsa Wiklund\nAvesta kommun\n",
             X("question"),
             "quota question from a municipality"),

        mail("ak021", "2027-01-11T09:00", ("Åsa Wiklund", "asa.wiklund@avesta.se"),
             "SV: Fråga om antal deltagare",
             "Tack för snabbt svar! Då blir det vi tre: jag själv, Emil Sjöberg "
             "(emil.sjoberg@avesta.se) och Fatima Rahimi. Vår fjärde kollega avstår den här gången.\n\n"
             "Alla tre kommer på samtliga träffar.\n\n/Åsa\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 8 januari 2027 14:51\n"
             "Till: Wiklund Åsa <asa.wiklund@avesta.se>\nÄmne: SV: Fråga om antal deltagare\n\n"
             "Hej Åsa! Varje kommun kan delta med upp till tre personer, så tyvärr inte alla fyra. "
             "Vi har ingen reservlista i nuläget.\n/Linnea\n",
             X("register", [P("Åsa Wiklund", "asa.wiklund@avesta.se", "Avesta kommun"),
                            P("Emil Sjöberg", "emil.sjoberg@avesta.se", "Avesta kommun"),
                            P("Fatima Rahimi", None, "Avesta kommun")], ALL),
             "reply to the organiser's quota answer; unnamed fourth colleague stays out; one without address"),

        mail("ak022", "2027-01-12T14:45", ("Oskar Jansson", "oskar.jansson@rattvik.se"),
             "DalaLab – anmälan",
             "Hej!\n\nJag är mest intresserad av de två träffarna om att planera för osäkerheter "
             "respektive tillgänglighet och digital närhet, så anmäl mig gärna till dem.\n\n"
             "Vänliga hälsningar\nOskar Jansson\nTrafik- och samhällsplanerare\nRättviks kommun\n"
             "Storgatan 2, 795 80 Rättvik\n",
             X("register", [P("Oskar Jansson", "oskar.jansson@rattvik.se", "Rättviks kommun")], [S3, S4]),
             "sessions by theme only, no dates"),

        mail("ak023", "2027-01-14T11:30", ("Sven Lagerqvist", "sven.lagerqvist@ludvika.se"),
             "Begäran om radering av personuppgifter",
             "Hej,\n\nJag begär med stöd av artikel 17 i dataskyddsförordningen att Region Dalarna "
             "raderar samtliga personuppgifter om mig som finns i era deltagar- och utskickslistor "
             "för DalaLab. Jag vill inte heller få fler utskick.\n\nBekräfta gärna när det är gjort.\n\n"
             "Sven Lagerqvist\nLudvika kommun\n",
             X("erasure", [P("Sven Lagerqvist", "sven.lagerqvist@ludvika.se", "Ludvika kommun")]),
             "formal GDPR erasure request"),

        tg("ak024", "2027-01-18T09:15", "Hanna Lund", 4987001256,
           "Hej igen! Jag är anmäld till 3 maj och 29 nov. Kan ni lägga till den sista i februari "
           "också? /Hanna, Smedjebacken",
           X("change", [P("Hanna Lund", None, "Smedjebackens kommun")], [S1, S3, S4]),
           "Telegram: adds a session to stated existing ones; first name only in signature, full name in account"),

        mail("ak025", "2027-01-20T13:02", ("Ulrika Berglund", "ulrika.berglund@falun.se"),
             "VB: DalaLab?",
             "Hej Linnea,\n\nSe nedan – kan du anmäla Johan? Han har mitt godkännande.\n\n"
             "Ulrika Berglund\nAvdelningschef Samhällsbyggnad, Falu kommun\n\n"
             "Från: Persson Johan <johan.persson@falun.se>\nSkickat: den 19 januari 2027 16:40\n"
             "Till: Berglund Ulrika <ulrika.berglund@falun.se>\nÄmne: DalaLab?\n\n"
             "Hej Ulrika!\n\nJag såg inbjudan till DalaLab och skulle gärna vara med på träffarna, "
             "det passar bra ihop med strategiuppdraget. Är det ok?\n\n/Johan\n",
             X("register", [P("Johan Persson", "johan.persson@falun.se", "Falu kommun")], ALL),
             "manager forwards an employee's request (VB:); address from the forwarded header; a 4th from Falun"),

        mail("ak026", "2027-01-25T10:10", ("Karin Olofsson", "karin.olofsson@falun.se"),
             "Ändring i Faluns anmälan",
             "Hej!\n\nPetter Ahl har fått ett annat uppdrag och kan inte delta i DalaLab. I hans ställe "
             "kommer Linda Krantz, linda.krantz@falun.se, på samtliga träffar. Sara och jag är kvar som "
             "tidigare.\n\nHälsningar\nKarin\n",
             X("change", [P("Petter Ahl", None, "Falu kommun"),
                          P("Linda Krantz", "linda.krantz@falun.se", "Falu kommun")], ALL),
             "substitution by the manager; the others 'kvar som tidigare' are not part of it"),

        mail("ak027", "2027-01-27T15:40", ("Lars Hedlund", "lars.hedlund@smedjebacken.se"),
             "Resväg",
             "Hej\n\nUndrar om det finns parkering vid lokalen i Falun och hur man enklast tar sig dit "
             "från resecentrum. Tänkte åka tåg om det går\n\nLars Hedlund\nSmedjebackens kommun\n",
             X("question"),
             "question without a question mark"),

        # ---- February ----------------------------------------------------------------------------------------
        tg("ak028", "2027-02-01T08:05", "Maja E", 7003119845,
           "Hi! Maja Eriksson from Länsstyrelsen Dalarna here. Please sign me up for all sessions except "
           "the one in November. I'm vegan btw",
           X("register", [P("Maja Eriksson", None, "Länsstyrelsen Dalarna", diet="vegan")], [S1, S2, S4],
             diet="vegan"),
           "English Telegram, 'all except November', diet; display name shorter than the signed name"),

        mail("ak029", "2027-02-03T11:20", ("Anders Hed", "anders.hed@leksand.se"),
             "Byte av datum",
             "Hej! Jag behöver byta från 21 septmber till 29 novmber pga en krock med "
             "kommunfullmäktige. Går det bra?\n\nAnders Hed, Leksand\n",
             X("change", [P("Anders Hed", "anders.hed@leksand.se", "Leksands kommun")], [S3]),
             "bare swap with two typos; only the new session"),

        mail("ak030", "2027-02-05T14:00", ("Elin Strand", "elin.strand@rattvik.se"),
             "Anmälan DalaLab",
             "Hej,\n\nJag vill också anmäla mig, till träffen om tillgänglighet i februari 2028. "
             "Oskar Janssons anmälan gäller som förut, vi har bara pratat ihop oss om vem som går på "
             "vad.\n\nElin Strand\nRättviks kommun\n",
             X("register", [P("Elin Strand", "elin.strand@rattvik.se", "Rättviks kommun")], [S4]),
             "colleague's signup 'gäller som förut' (not in people); session by theme and month"),

        mail("ak031", "2027-02-09T09:45", ("Eva Grönberg", "eva.gronberg@mora.se"),
             "Kristin Dahl – DalaLab",
             "Hej,\n\nKristin Dahl, som jag anmälde i december, går på föräldraledighet i vår och kommer "
             "inte att kunna delta på någon av träffarna. Vi återkommer om vi hittar en ersättare.\n\n"
             "Vänliga hälsningar\nEva Grönberg\nNämndsekreterare, Mora kommun\n",
             X("cancel", [P("Kristin Dahl", None, "Mora kommun")], ALL),
             "secretary withdraws a colleague without substitute; 'återkommer om ersättare'"),

        mail("ak032", "2027-02-12T16:30", ("Planeringsdagarna 2027", "info@planeringsdagarna.se"),
             "Sista chansen: early bird till Planeringsdagarna 2027!",
             "<html><body><h1>Planeringsdagarna 2027</h1><p>Sveriges största mötesplats för "
             "samhällsplanerare – 21–22 september i Stockholm.</p><p><b>Early bird-priset gäller till "
             "28 februari.</b> Anmäl dig och dina kollegor redan idag!</p>"
             "<p><a href=\"https://planeringsdagarna.se/anmalan\">Anmäl dig här</a></p>"
             "<p style=\"font-size:9pt\">Vill du inte ha fler utskick? <a href=\"#\">Avregistrera</a></p>"
             "</body></html>",
             X("unknown"),
             "HTML marketing for another conference whose date collides with session 2", html=True),

        tg("ak033", "2027-02-15T10:25", "Jonas Berg", 5518820341,
           "kan inte 21/9 tyvärr, övriga står kvar. /jonas berg orsa",
           X("cancel", [P("Jonas Berg", None, "Orsa kommun")], [S2]),
           "Telegram lower case, drops one session, keeps the rest"),

        mail("ak034", "2027-02-18T13:10", ("Gustav Ekman", "gustav.ekman@malung-salen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nSent omsider – jag anmäler mig till alla träffar utom den sista i februari "
             "2028, då är jag föräldraledig.\n\nMed vänlig hälsning\n\nGustav Ekman\n"
             "Översiktsplanerare\nMalung-Sälens kommun | Samhällsbyggnadsförvaltningen\n"
             "Besök: Lisagatan 32, Malung | Post: 782 82 Malung\nTel 0280-181 00 | Direkt 0280-182 47\n"
             "gustav.ekman@malung-salen.se\n\n"
             "Detta e-postmeddelande kan innehålla sekretessbelagd information. Om du har fått det av "
             "misstag, radera det och meddela avsändaren.\n\n" + INV_QUOTED,
             X("register", [P("Gustav Ekman", "gustav.ekman@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S3]),
             "'alla utom den sista'; '>'-quoted invitation and disclaimer below"),

        mail("ak035", "2027-02-23T08:50", ("Ingrid Backman", "ingrid.backman@regiondalarna.se"),
             "DalaLab",
             "Hej Linnea!\n\nJag kan tyvärr bara komma på höstens träff, men den vill jag inte missa. "
             "Skriv upp mig!\n\nIngrid Backman\nRegional utveckling, Region Dalarna\n",
             X("register", [P("Ingrid Backman", "ingrid.backman@regiondalarna.se", "Region Dalarna")], [S2, S3],
               unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions; 'tyvärr' without a cancellation"),

        # ---- March -------------------------------------------------------------------------------------------
        mail("ak036", "2027-03-01T11:00", ("Anna Mård", "anna.mard@alvdalen.se"),
             "Fwd: DalaLab 3 maj",
             "Hej, vidarebefordrar från vår förvaltningschef nedan.\n/Anna Mård, Älvdalens kommun\n\n"
             "---------- Forwarded message ---------\nFrån: Rolf Zetterlund <rolf.zetterlund@alvdalen.se>\n"
             "Date: mån 1 mars 2027 kl 09:12\nSubject: DalaLab 3 maj\nTo: Anna Mård "
             "<anna.mard@alvdalen.se>\n\nAnna, kan du avanmäla mig från DalaLab den 3 maj? Jag sitter i "
             "budgetberedningen hela dagen. Resten av träffarna går jag på som planerat.\n/Rolf\n",
             X("cancel", [P("Rolf Zetterlund", "rolf.zetterlund@alvdalen.se", "Älvdalens kommun")], [S1]),
             "cancellation of one session inside a Fwd: by an assistant; person in forwarded header"),

        mail("ak037", "2027-03-04T14:15", ("Lisa Ek", "lisa.ek@mora.se"),
             "olle",
             "hej linnea! olle mattsson har bytt tjänst till socialförvaltningen så johanna nyberg tar "
             "hans plats på dalalab, alla träffarna. hennes mejl är johanna.nyberg@mora.se\n\nmvh lisa\n",
             X("change", [P("Olle Mattsson", None, "Mora kommun"),
                          P("Johanna Nyberg", "johanna.nyberg@mora.se", "Mora kommun")], ALL),
             "lower-case third-party substitution written by a colleague who is not part of it"),

        mail("ak038", "2027-03-08T09:30", ("Gustav Ekman", "gustav.ekman@malung-salen.se"),
             "Automatiskt svar: Påminnelse: DalaLab 3 maj – praktisk information",
             "Tack för ditt mejl!\n\nJag är på semester till och med 19 mars och läser inte e-post. "
             "Ditt meddelande vidarebefordras inte. Vid brådskande ärenden, ring växeln 0280-181 00.\n\n"
             "Gustav Ekman, Malung-Sälens kommun\n",
             X("auto_reply"),
             "out-of-office reply to the organiser's reminder; subject has a session date"),

        mail("ak039", "2027-03-12T12:00", ("Britt-Marie Åström", "britt-marie.astrom@lansstyrelsen.se"),
             "Anmälan från Lst Dalarna",
             "Hej,\n\nFrån oss på samhällsbyggnadsenheten kommer Mikael Holm och Sofia Lindgren på de två "
             "höstträffarna, 21 september och 29 november. Själv har jag tyvärr inte möjlighet.\n\n"
             "Britt-Marie Åström\nEnhetschef\nLänsstyrelsen Dalarna\n010-225 00 00\n",
             X("register", [P("Mikael Holm", None, "Länsstyrelsen Dalarna"),
                            P("Sofia Lindgren", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "manager registers two without addresses and says she will not come herself; 'Lst Dalarna'"),

        tg("ak040", "2027-03-17T15:35", "Kalle S", 6671234508,
           "Hej! Vill anmäla mig till andra och fjärde träffen. Laktosfri kost. Karl Sundin, Borlänge",
           X("register", [P("Karl Sundin", None, "Borlänge kommun", diet="laktosfri")], [S2, S4],
             diet="laktosfri"),
           "Telegram, ordinals, diet; display name a nickname"),

        mail("ak041", "2027-03-22T10:40", ("Mats Hallberg", "mats.hallberg@hedemora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\">"
             "<p>Hej Linnea,</p><p>Jag och min kollega Tove Ek (<a href=\"mailto:tove.ek@hedemora.se\">"
             "tove.ek@hedemora.se</a>) anmäler oss till alla fyra tillfällena. Själv har jag "
             "nötallergi, Tove äter allt.</p><p>Mvh Mats Hallberg<br>Hedemora kommun</p></div>"
             "<hr><div><b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>"
             "<b>Skickat:</b> den 1 december 2026 08:02<br><b>Ämne:</b> Inbjudan: DalaLab – Planering "
             "för hållbarhet och utvecklingskraft</div><div><p>Vi ses vid fyra tillfällen: 3 maj, "
             "21 september och 29 november 2027 samt 22 februari 2028. Varje kommun kan delta med upp "
             "till tre personer.</p></div></body></html>",
             X("register", [P("Mats Hallberg", "mats.hallberg@hedemora.se", "Hedemora kommun", diet="nötallergi"),
                            P("Tove Ek", "tove.ek@hedemora.se", "Hedemora kommun")], ALL, diet="nötallergi"),
             "HTML-only reply with quoted invitation; two people, the diet is the sender's only", html=True),

        mail("ak042", "2027-03-29T08:20", ("Tomás Herrera", "tomas.herrera@regiondalarna.se"),
             "Withdrawal – DalaLab",
             "Dear Linnea,\n\nUnfortunately I have to withdraw my registration for DalaLab altogether – "
             "I have accepted a position in Oslo and will leave Region Dalarna at the end of April.\n\n"
             "Thank you for your help, and good luck with the project!\n\nTomás\n",
             X("cancel", [P("Tomás Herrera", "tomas.herrera@regiondalarna.se", "Region Dalarna")], ALL),
             "English cancellation of the whole signup, no session named"),

        # ---- April, before the deadline ------------------------------------------------------------------------
        mail("ak043", "2027-04-02T13:50", ("Lena Brandt", "lena.brandt@ludvika.se"),
             "DalaLab Ludvika",
             "Hej!\n\nVi från Ludvika blir Helena Söderberg (helena.soderberg@ludvika.se) och Patrik "
             "Wall (patrik.wall@ludvika.se). Båda på alla träffar.\n\nHälsningar\nLena Brandt\n"
             "Stadsbyggnadsförvaltningen, Ludvika kommun\n",
             X("register", [P("Helena Söderberg", "helena.soderberg@ludvika.se", "Ludvika kommun"),
                            P("Patrik Wall", "patrik.wall@ludvika.se", "Ludvika kommun")], ALL,
               unsure=["sender-attends"]),
             "'Vi från Ludvika blir X och Y': the sender is most likely not among them"),

        mail("ak044", "2027-04-07T11:25", ("Ulla Rask", "ulla.rask@gagnef.se"),
             "Är det för sent?",
             "Hej!\n\nHinner jag fortfarande anmäla mig till DalaLab? I så fall vill jag gärna gå på "
             "alla träffar. Jag äter inte fläskkött.\n\nMed vänlig hälsning\nUlla Rask\n"
             "Planeringsarkitekt, Gagnefs kommun\nTel 0241-150 00\n",
             X("register", [P("Ulla Rask", "ulla.rask@gagnef.se", "Gagnefs kommun", diet="inte fläskkött")],
               ALL, diet="inte fläskkött", unsure=["intent"]),
             "iso-8859-1; conditional signup phrased as a question, before the deadline; unusual diet",
             charset="iso-8859-1"),

        tg("ak045", "2027-04-09T16:55", "Oskar Jansson", 5830092217,
           "Hej, ändrar min anmälan: det blir bara 29 november för min del. Oskar Jansson, Rättvik",
           X("change", [P("Oskar Jansson", None, "Rättviks kommun")], [S3], unsure=["change-or-cancel"]),
           "Telegram: states the remaining session (drops the other without naming it)"),
    ]
