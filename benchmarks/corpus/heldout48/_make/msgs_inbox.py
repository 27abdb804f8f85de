"""Theme: one registration inbox over the winter 2026/27, in the order it fills up.

Signups written above a quoted invitation (Outlook headers, Gmail "skrev:" lines, ">" quoting, HTML blockquotes),
colleagues added afterwards, questions on venue, cost, food and distance attendance, machine mail (out-of-office,
bounce, delivery report, read receipt), a newsletter, spam and phishing, erasure requests, and in spring the changes,
substitutions, cancellations and late signups before the deadline of 14 April 2027.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INV_SUBJECT = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"

INV = """Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
planeringsprocesser till DalaLab, ett lärprojekt om strategisk översiktsplanering
och planeringsstrategier. Lärprojektet består av fyra träffar:

  * Måndag 3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30)
    Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
    för en stärkt översiktsplanering. Medverkan av Boverket.
  * Tisdag 21 september 2027
    Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
  * Måndag 29 november 2027
    Att planera både för önskvärda framtider och för osäkerheter
  * Tisdag 22 februari 2028
    Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
    digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan görs till
linnea.hassis@regiondalarna.se senast den 14 april 2027. Ange namn,
organisation, e-postadress och eventuell specialkost.

Varmt välkommen!

Linnea Hassis
Processledare, Samhällsplanering
Region Dalarna"""

INV_HTML = (
    "<p>Hej!</p><p>Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med "
    "planeringsprocesser till <b>DalaLab</b>, ett lärprojekt om strategisk översiktsplanering.</p>"
    "<ul><li>3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30)</li>"
    "<li>21 september 2027</li><li>29 november 2027</li><li>22 februari 2028</li></ul>"
    "<p>Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till "
    "<a href=\"mailto:linnea.hassis@regiondalarna.se\">linnea.hassis@regiondalarna.se</a>.</p>"
    "<p>Varmt välkommen!<br>Linnea Hassis<br>Region Dalarna</p>"
)

OUTLOOK_HDR = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 13:12
Till: {to}
Ämne: """ + INV_SUBJECT


def q(text, mark="> "):
    """Quote every line of ``text`` with ``mark``."""
    return "\n".join((mark + line).rstrip() for line in text.split("\n"))


def messages():
    return [
        # ---------------- December 2026: the invitation has just gone out ----------------
        mail("ay001", "2026-12-01T08:41", ("Helena Sundqvist", "helena.sundqvist@borlange.se"),
             "SV: " + INV_SUBJECT,
             "Hej Linnea!\n\nJag anmäler mig gärna till hela lärprojektet.\n\n"
             "Mvh\nHelena Sundqvist\nPlaneringsarkitekt\nSamhällsbyggnadsförvaltningen\nBorlänge kommun\n"
             "0243-74 00 00\n\n"
             + OUTLOOK_HDR.format(to="Helena Sundqvist <helena.sundqvist@borlange.se>") + "\n\n" + INV,
             X("register", [P("Helena Sundqvist", "helena.sundqvist@borlange.se", "Borlänge kommun")], ALL),
             "signup above an Outlook-quoted invitation; the quoted four dates are not a session choice"),

        mail("ay002", "2026-12-01T14:55", ("Mats Wiklander", "mats.wiklander@mora.se"),
             "Re: " + INV_SUBJECT,
             "Hej Linnea,\n\njag och Ingrid Mård från plan- och byggenheten anmäler oss till första träffen "
             "i Falun den 3 maj. Resten av träffarna får vi återkomma om när vi sett höstens planering.\n"
             "Jag är vegetarian.\n\n/Mats\n\n"
             "Den mån 30 nov. 2026 kl 13:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n"
             + q(INV),
             X("register", [P("Mats Wiklander", "mats.wiklander@mora.se", "Mora kommun", diet="vegetarian"),
                            P("Ingrid Mård", None, "Mora kommun")], [S1], diet="vegetarian"),
             "Gmail 'skrev:' reply with > quoting; two people, only the first session, sender's diet"),

        mail("ay003", "2026-12-02T10:17", ("Amra Begović", "amra.begovic@falun.se"),
             "SV: " + INV_SUBJECT,
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>Jag vill anmäla mig till alla fyra tillfällena. Jag behöver <b>glutenfri</b> kost.</p>"
             "<p>Hälsningar<br>Amra Begović<br>Översiktsplanerare, Falu kommun<br>"
             "<span style=\"color:#888\">Stadshuset, Slaggatan 2, 791 83 Falun</span></p></div>"
             "<hr><p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>"
             "<b>Skickat:</b> den 30 november 2026 13:12<br><b>Ämne:</b> " + INV_SUBJECT + "</p>"
             "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + INV_HTML
             + "</blockquote></body></html>",
             X("register", [P("Amra Begović", "amra.begovic@falun.se", "Falu kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "HTML-only reply with a blockquoted invitation listing the dates; all four and a diet", html=True),

        mail("ay004", "2026-12-02T13:20", ("Ove Knutsson", "ove.knutsson@hedemora.se"),
             "Autosvar: " + INV_SUBJECT,
             "Tack för ditt mejl!\n\nJag är föräldraledig till och med den 31 januari 2027 och läser inte min "
             "e-post. Ärenden om detaljplaner hänvisas till kommunens kontaktcenter, 0225-340 00.\n\n"
             "Ove Knutsson\nHedemora kommun",
             X("auto_reply"),
             "out-of-office reply to the invitation with a return date; never to be answered"),

        mail("ay005", "2026-12-03T07:58", ("Helena Sundqvist", "helena.sundqvist@borlange.se"),
             "SV: " + INV_SUBJECT,
             "Hej igen!\n\nGlömde en sak: min kollega Petra Holm (petra.holm@borlange.se) vill också vara med på "
             "alla träffarna. Hon är laktosintolerant.\n\nTack!\nHelena\n\n"
             "Från: Helena Sundqvist\nSkickat: den 1 december 2026 08:41\n"
             "Till: Linnea Hassis <linnea.hassis@regiondalarna.se>\nÄmne: SV: " + INV_SUBJECT + "\n\n"
             "Hej Linnea!\n\nJag anmäler mig gärna till hela lärprojektet.\n\nMvh\nHelena Sundqvist\n\n"
             + OUTLOOK_HDR.format(to="Helena Sundqvist <helena.sundqvist@borlange.se>") + "\n\n" + INV,
             X("register", [P("Petra Holm", "petra.holm@borlange.se", "Borlänge kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "colleague added afterwards above the sender's own quoted signup; only the colleague is new"),

        tg("ay006", "2026-12-04T19:32", "Jessica Mattsson", 5528104417,
           "Hej! Var i Falun är första träffen? Vilken lokal och finns det parkering i närheten?",
           X("question"),
           "venue question on the bot"),

        mail("ay007", "2026-12-07T09:05", ("Karl Sahlin", "karl.sahlin@orsa.se"),
             "Fråga om kostnad DalaLab",
             "Hej,\n\nInnan min chef godkänner att vi deltar undrar jag vad det kostar. Är det någon "
             "deltagaravgift, ingår lunch, och betalar vi resorna själva?\n\nVänligen\nKarl Sahlin\n"
             "Miljö- och byggnadsförvaltningen, Orsa kommun",
             X("question"),
             "cost question, signup only hinted at for later"),

        mail("ay008", "2026-12-07T09:14", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Olevererbart: " + INV_SUBJECT,
             "Det gick inte att leverera meddelandet till följande mottagare eller grupper:\n\n"
             "bengt.ahs@vansbro.se\nE-postadressen finns inte. Kontrollera adressen och försök igen.\n\n"
             "Diagnostisk information för administratörer:\nGenererande server: mx1.regiondalarna.se\n"
             "bengt.ahs@vansbro.se\nRemote Server returned '550 5.1.1 <bengt.ahs@vansbro.se>: "
             "Recipient address rejected: User unknown'\n\n"
             "Ursprungliga meddelanderubriker:\n\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "To: bengt.ahs@vansbro.se\nSubject: " + INV_SUBJECT + "\nDate: Mon, 7 Dec 2026 09:13:40 +0100\n\n"
             + INV,
             X("auto_reply"),
             "non-delivery report carrying the whole invitation with its dates and a Vansbro address"),

        tg("ay009", "2026-12-08T21:47", "PO Grahn", 6120093385,
           "hej, anmäl mig till dalalab, alla träffar. Per-Olof Grahn, Smedjebackens kommun, "
           "per-olof.grahn@smedjebacken.se",
           X("register", [P("Per-Olof Grahn", "per-olof.grahn@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "Telegram signup, nickname as display name, full name and address in the text"),

        mail("ay010", "2026-12-09T11:26", ("Elin Dahl", "elin.dahl@malung-salen.se"),
             "SV: " + INV_SUBJECT,
             "<html><body><p>Hej Linnea,</p><p>Går det att delta på distans via Teams på någon av träffarna? "
             "Det är långt till Falun från Sälen och vi är få på planenheten.</p>"
             "<p>Hälsningar<br>Elin Dahl<br>Malung-Sälens kommun</p>"
             "<div style=\"border-top:1px solid #e1e1e1\"><p><b>Från:</b> Linnea Hassis<br>"
             "<b>Skickat:</b> den 30 november 2026 13:12</p>" + INV_HTML + "</div></body></html>",
             X("question"),
             "distance-attendance question in HTML above the quoted invitation; no signup", html=True),

        mail("ay011", "2026-12-10T06:00", ("Planering i Norr", "nyhetsbrev@planeringinorr.se"),
             "Nyhetsbrev december: ÖP-modellen, webbinarier och nya vägledningar",
             "<html><body><h1>Planering i Norr – nyhetsbrev nr 12/2026</h1>"
             "<h2>Webbinarium: Utvecklingsinriktning i praktiken</h2>"
             "<p>Den 3 februari 2027 kl. 13–15 går vi igenom hur kommuner arbetat med utvecklingsinriktningen "
             "i ÖP-modellen. <a href=\"https://planeringinorr.se/anmalan\">Anmäl dig här</a>.</p>"
             "<h2>Tillgänglighet och närhet</h2><p>Ny rapport om rumslig närhet och digital tillgänglighet "
             "i glesbygdskommuner.</p>"
             "<p style=\"font-size:9pt\">Du får detta brev eftersom du prenumererar. "
             "<a href=\"https://planeringinorr.se/avsluta\">Avsluta prenumerationen</a></p></body></html>",
             X("unknown"),
             "planning newsletter with its own 'anmäl dig' and topics close to the sessions", html=True),

        mail("ay012", "2026-12-11T08:47", ("Stina Holmgren", "stina.holmgren@avesta.se"),
             "Läst: " + INV_SUBJECT,
             "Ditt meddelande\n\n  Till: Stina Holmgren\n  Ämne: " + INV_SUBJECT + "\n"
             "  Skickat: den 30 november 2026 13:12\n\nlästes den 11 december 2026 08:47.",
             X("auto_reply"),
             "read receipt from Outlook"),

        mail("ay013", "2026-12-14T15:03", ("Nordin Kristina", "kristina.nordin@hedemora.se"),
             "Anmälan DalaLab",
             "Hej!\n\nHärmed anmäler jag mig till DalaLab, träffarna 3/5 och 29/11. Övriga datum krockar "
             "med nämndsammanträden.\n\nMed vänlig hälsning\n\nNordin, Kristina\nStrateg, Kommunledningskontoret\n"
             "Hedemora kommun\nTfn 0225-341 12\n\nSkickat från Outlook",
             X("register", [P("Kristina Nordin", "kristina.nordin@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "ISO-8859-1 body, 'Efternamn, Förnamn' name, numeric dates 3/5 and 29/11", charset="iso-8859-1"),

        mail("ay014", "2026-12-15T03:12", ("IT-support", "support@mailbox-verify-se.com"),
             "Din e-postkvot har överskridits – verifiera kontot inom 24 timmar",
             "Bästa användare,\n\nDin brevlåda linnea.hassis@regiondalarna.se har nått 99 % av sin kvot. "
             "Inkommande meddelanden kommer att avvisas.\n\nKlicka här för att verifiera ditt konto och "
             "uppgradera lagringen: http://mailbox-verify-se.com/owa/login\n\nIT-avdelningen",
             X("unknown"),
             "phishing: mailbox-quota scam"),

        mail("ay015", "2026-12-16T10:40", ("Göran Alm", "goran.alm@rattvik.se"),
             "Anmälan från Rättviks kommun",
             "Hej Linnea!\n\nJag har själv inte möjlighet att vara med, men vill anmäla två av mina "
             "medarbetare till lärprojektet:\n\n- Lova Persson, lova.persson@rattvik.se\n"
             "- Emil Jansson (laktosfri kost)\n\nBåda går på samtliga träffar.\n\n"
             "Hälsningar\nGöran Alm\nSamhällsbyggnadschef\nRättviks kommun\nStora Gatan 33, 795 80 Rättvik",
             X("register", [P("Lova Persson", "lova.persson@rattvik.se", "Rättviks kommun"),
                            P("Emil Jansson", None, "Rättviks kommun", diet="laktosfri kost")],
               ALL, diet="laktosfri kost"),
             "manager signs up two colleagues and explicitly not himself; one address missing"),

        mail("ay016", "2026-12-18T13:29", ("Maria Lund", "maria.lund@sater.se"),
             "DalaLab – Säter",
             "Hej,\n\nFrån Säters kommun anmäler vi Karin Ek (karin.ek@sater.se) och Johan Berg "
             "(johan.berg@sater.se) till DalaLab. Vi ser fram emot att vara med!\n\n"
             "Maria Lund\nEnhetschef plan\nSäters kommun",
             X("register", [P("Karin Ek", "karin.ek@sater.se", "Säters kommun"),
                            P("Johan Berg", "johan.berg@sater.se", "Säters kommun")], ALL,
               unsure=["sender-attends"]),
             "'vi ser fram emot att vara med' leaves open whether the signing manager comes too"),

        mail("ay017", "2026-12-21T16:02", ("Sanna Erixon", "sanna.erixon@lansstyrelsen.se"),
             "Automatic reply: " + INV_SUBJECT,
             "Thank you for your message. I am out of office until 7 January 2027 with limited access to "
             "e-mail.\n\nJag är tjänstledig till och med 7 januari 2027.\n\nSanna Erixon\nLänsstyrelsen Dalarna",
             X("auto_reply"),
             "bilingual out-of-office from Länsstyrelsen"),

        tg("ay018", "2026-12-28T12:11", "Jenny K", 7001846620,
           "blir det lunch på alla träffarna eller bara fika? och går det att få veganskt?",
           X("question"),
           "food question on the bot; 'veganskt' is asked about, not a stated diet"),

        # ---------------- January 2027 ----------------
        mail("ay019", "2027-01-07T09:33", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "Re: " + INV_SUBJECT,
             "Hi Linnea,\n\nPlease sign me up for the first and the last session. I have a nut allergy, "
             "in case that matters for the catering.\n\nBest,\nDaniel Okafor\nRegional development, Region Dalarna\n\n"
             "On Mon, 30 Nov 2026 at 13:12, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:\n"
             + q(INV, ">"),
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna",
                              diet="nut allergy")], [S1, S4], diet="nut allergy"),
             "English reply above a Swedish quoted invitation; 'first and last session' → S1, S4"),

        mail("ay020", "2027-01-08T14:12", ("Åsa Hellström", "asa.hellstrom@avesta.se"),
             "Re: Anmälan DalaLab Avesta",
             "Hej igen,\n\nkan du lägga till Erik Ström (erik.strom@avesta.se) på vår anmälan? Han kommer den "
             "21/9 och 29/11.\n\n/Åsa\n\n"
             "Den fre 11 dec. 2026 kl 10:02 skrev Åsa Hellström <asa.hellstrom@avesta.se>:\n"
             "> Hej Linnea!\n>\n> Jag anmäler mig till alla fyra träffarna i DalaLab.\n>\n"
             "> Åsa Hellström\n> Avesta kommun",
             X("register", [P("Erik Ström", "erik.strom@avesta.se", "Avesta kommun")], [S2, S3]),
             "colleague added to an earlier quoted signup; the sender's own quoted signup is not new"),

        mail("ay021", "2027-01-11T08:20", ("Birgitta Olars", "birgitta.olars@leksand.se"),
             "Fjärde deltagare från Leksand?",
             "Hej!\n\nVi är redan tre anmälda från Leksand (Ulla, Stig och jag). Jag vet att det står upp till "
             "tre per kommun, men går det att lägga till Nils Tallberg till första träffen 3 maj? Annars får "
             "han gärna stå på reservlistan.\n\nMvh Birgitta Olars\nLeksands kommun",
             X("register", [P("Nils Tallberg", None, "Leksands kommun")], [S1]),
             "a fourth from one municipality (quota), waitlist welcome; sender already registered"),

        mail("ay022", "2027-01-12T10:51", ("Jenny Kask", "jenny.kask@vansbro.se"),
             "Anmälan",
             "<html><body><p>Hej Linnea!</p><p>Jag anmäler mig till höstens båda träffar i DalaLab.</p>"
             "<table style=\"border-top:2px solid #2b5f8a;font-size:9pt\"><tr><td><b>Jenny Kask</b><br>"
             "Planeringsstrateg<br>Vansbro kommun</td><td>Tfn 0281-750 00<br>Besök: Järnvägsgatan 1<br>"
             "<a href=\"https://www.vansbro.se\">www.vansbro.se</a></td></tr></table></body></html>",
             X("register", [P("Jenny Kask", "jenny.kask@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "HTML with a table signature; 'höstens båda träffar' → both autumn sessions", html=True),

        tg("ay023", "2027-01-13T18:04", "Fredrik M", 5893310072,
           "Hej, vill anmäla mig till höstens träff. Fredrik Matsson, Ludvika",
           X("register", [P("Fredrik Matsson", None, "Ludvika kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' in the singular while there are two autumn sessions"),

        mail("ay024", "2027-01-15T11:44", ("Lars Wester", "lars.wester@lansstyrelsen.se"),
             "Radera mina uppgifter",
             "Hej,\n\nJag har fått er inbjudan till DalaLab men vill inte finnas med i era utskickslistor. "
             "Radera mina personuppgifter ur era register, med stöd av artikel 17 i dataskyddsförordningen.\n\n"
             "Lars Wester\nLänsstyrelsen Dalarna",
             X("erasure", [P("Lars Wester", "lars.wester@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "GDPR erasure request citing article 17"),

        mail("ay025", "2027-01-18T16:37", ("Tomas Rydén", "tomas.ryden@gagnef.se"),
             "Avanmälan + GDPR",
             "Hej.\nAvanmäl mig från DalaLab och ta bort alla uppgifter ni har om mig.\nTomas Rydén, Gagnef",
             X("erasure", [P("Tomas Rydén", "tomas.ryden@gagnef.se", "Gagnefs kommun")]),
             "cancellation plus erasure in one short mail: erasure covers both"),

        tg("ay026", "2027-01-20T07:55", "Malin Sjöberg", 6650217739,
           "Hej! Anmäler mig själv + en kollega från Orsa till 3 maj. Vem kollegan blir bestämmer vi i februari",
           X("register", [P("Malin Sjöberg", None, "Orsa kommun")], [S1], unsure=["people"]),
           "unnamed colleague to be named later; only the sender can be recorded"),

        mail("ay027", "2027-01-25T09:02", ("Postmaster", "postmaster@falun.se"),
             "Levererat: Bekräftelse på anmälan – DalaLab",
             "Ditt meddelande har levererats till följande mottagare:\n\namra.begovic@falun.se\n\n"
             "Ämne: Bekräftelse på anmälan – DalaLab",
             X("auto_reply"),
             "delivery report for a confirmation naming a registered person's address"),

        # ---------------- February 2027 ----------------
        mail("ay028", "2027-02-01T12:30", ("Linda Forsgren", "linda.forsgren@ludvika.se"),
             "DalaLab 3 maj",
             "Hej!\n\nAnmäl mig gärna till första träffen den 3 maj. En fråga: går det att ta sig från "
             "Falu resecentrum till lokalen till fots, eller behöver man ta buss?\n\n"
             "Vänliga hälsningar\nLinda Forsgren\nSamhällsplanerare\nLudvika kommun\n"
             "0240-860 00 | linda.forsgren@ludvika.se",
             X("register", [P("Linda Forsgren", "linda.forsgren@ludvika.se", "Ludvika kommun")], [S1]),
             "signup with a travel question attached; the signup counts"),

        mail("ay029", "2027-02-03T20:18", ("Oskar Nyström", "oskar.nystrom78@gmail.com"),
             "anmälan dalalab",
             "Hej,\n\nJag jobbar med översiktsplanen i kommunen och vill anmäla mig till DalaLab, alla "
             "träffar. Skriver från privata mejlen eftersom jobbmejlen strular.\n\nOskar Nyström",
             X("register", [P("Oskar Nyström", "oskar.nystrom78@gmail.com", None)], ALL,
               unsure=["organisation"]),
             "private Gmail address and 'kommunen' without saying which"),

        mail("ay030", "2027-02-08T05:41", ("Region Dalarna Ekonomi", "faktura@regiondalarna-ekonomi.com"),
             "Obetald deltagaravgift DalaLab – åtgärd krävs",
             "<html><body><p>Hej,</p><p>Vi har inte mottagit betalning för er deltagaravgift till DalaLab "
             "(3 maj 2027). Betala 2 450 kr senast inom 3 dagar för att behålla platsen.</p>"
             "<p><a href=\"http://regiondalarna-ekonomi.com/betala?id=88311\">Betala faktura</a></p>"
             "<p>Region Dalarna, Ekonomiavdelningen</p></body></html>",
             X("unknown"),
             "phishing invoice posing as Region Dalarna and naming a session date", html=True),

        mail("ay031", "2027-02-15T10:09", ("Johanna Strand", "johanna.strand@regiondalarna.se"),
             "Underlag RUS",
             "Hej Linnea!\n\nHär kommer underlaget till mötet om regionala utvecklingsstrategin den 18 februari. "
             "Säg till om du vill att jag lägger till något om tillgänglighetsanalyserna.\n\n/Johanna",
             X("unknown"),
             "colleague's work mail to the same address; nothing to register"),

        mail("ay032", "2027-02-22T08:15", ("Jörgen Backlund", "jorgen.backlund@alvdalen.se"),
             "SV: " + INV_SUBJECT,
             "Hej,\n\nVi blir tre från Älvdalen:\n"
             "Jag själv kommer 3/5 och 21/9.\n"
             "Sara Wik (sara.wik@alvdalen.se) går på alla fyra, vegetariskt.\n"
             "Ola Persson bara sista träffen, 22/2 -28. Laktosfritt.\n\n"
             "Hälsningar\nJörgen Backlund\nPlanchef, Älvdalens kommun\nDalgatan 18, 796 30 Älvdalen\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 30 november 2026 13:12\nÄmne: " + INV_SUBJECT + "\n\n" + INV,
             X("register", [P("Jörgen Backlund", "jorgen.backlund@alvdalen.se", "Älvdalens kommun"),
                            P("Sara Wik", "sara.wik@alvdalen.se", "Älvdalens kommun", diet="vegetariskt"),
                            P("Ola Persson", None, "Älvdalens kommun", diet="laktosfritt")],
               ALL, diet="vegetariskt, laktosfritt", unsure=["each-own-sessions"]),
             "three people with different sessions each above an 'Ursprungligt meddelande' quote"),

        # ---------------- March 2027: changes and cancellations ----------------
        mail("ay033", "2027-03-01T09:48", ("Linda Forsgren", "linda.forsgren@ludvika.se"),
             "Ändring DalaLab",
             "Hej,\n\nKan jag få byta 3 maj mot 21 september? Det har dykt upp ett samråd i maj.\n\n"
             "Linda Forsgren, Ludvika kommun",
             X("change", [P("Linda Forsgren", "linda.forsgren@ludvika.se", "Ludvika kommun")], [S2]),
             "bare swap of one session for another"),

        mail("ay034", "2027-03-04T13:15", ("Helena Sundqvist", "helena.sundqvist@borlange.se"),
             "Ersättare 3 maj",
             "Hej Linnea,\n\nJag kan tyvärr inte den 3 maj. Lisa Nyberg (lisa.nyberg@borlange.se) går i mitt "
             "ställe den dagen. Övriga träffar är jag med på som planerat.\n\nMvh\nHelena Sundqvist\n"
             "Borlänge kommun",
             X("change", [P("Helena Sundqvist", "helena.sundqvist@borlange.se", "Borlänge kommun"),
                          P("Lisa Nyberg", "lisa.nyberg@borlange.se", "Borlänge kommun")], [S1]),
             "substitution for one session only; the rest of the sender's sessions stand"),

        tg("ay035", "2027-03-08T22:10", "Jonas Hed", 5301772954,
           "Måste tyvärr avanmäla mig helt från dalalab, det går inte ihop med jobbet. Jonas, Mora kommun",
           X("cancel", [P("Jonas Hed", None, "Mora kommun")], ALL),
           "full cancellation on Telegram; surname from the display name"),

        mail("ay036", "2027-03-10T15:22", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "May session",
             "Hi Linnea,\n\nIt looks like I won't be able to make it on 3 May after all. I'll check whether "
             "someone else in my unit can go instead and get back to you.\n\nDaniel",
             X("cancel", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S1],
               unsure=["change-or-cancel"]),
             "drops one session, a substitute perhaps to follow"),

        mail("ay037", "2027-03-15T08:03", ("Mats Wiklander", "mats.wiklander@mora.se"),
             "Kost DalaLab",
             "Hej!\nJag är anmäld till träffen i maj. Ändra gärna min kost från vegetarisk till vegansk.\n"
             "/Mats Wiklander, Mora",
             X("change", [P("Mats Wiklander", "mats.wiklander@mora.se", "Mora kommun", diet="vegansk")],
               [S1], diet="vegansk"),
             "diet change for a registered person; the session is stated and unchanged"),

        mail("ay038", "2027-03-18T11:36", ("Göran Alm", "goran.alm@rattvik.se"),
             "Ändring i Rättviks anmälan",
             "Hej,\n\nEmil Jansson har fått en ny tjänst och kommer inte att delta i DalaLab. Lova Persson "
             "är kvar som tidigare.\n\nHälsningar\nGöran Alm\nRättviks kommun",
             X("cancel", [P("Emil Jansson", None, "Rättviks kommun")], ALL),
             "manager withdraws a colleague without substitute; the other colleague's signup stands"),

        mail("ay039", "2027-03-22T10:27", ("Maria Lund", "maria.lund@sater.se"),
             "SV: DalaLab – Säter",
             "<html><body><p>Hej!</p><p>Johan Berg kan inte gå på höstens två träffar (21/9 och 29/11). "
             "Mikael Ek, <a href=\"mailto:mikael.ek@sater.se\">mikael.ek@sater.se</a>, tar hans plats på dem.</p>"
             "<p>/Maria</p><hr><p><b>Från:</b> Linnea Hassis<br><b>Skickat:</b> den 18 december 2026 14:02<br>"
             "<b>Ämne:</b> SV: DalaLab – Säter</p><p>Tack! Karin Ek och Johan Berg är nu anmälda till alla fyra "
             "träffarna.</p></body></html>",
             X("change", [P("Johan Berg", None, "Säters kommun"),
                          P("Mikael Ek", "mikael.ek@sater.se", "Säters kommun")], [S2, S3]),
             "HTML substitution for the autumn sessions above a quoted confirmation naming all four", html=True),

        mail("ay040", "2027-03-29T14:50", ("Annika Grönlund", "annika.gronlund@smedjebacken.se"),
             "Sen anmälan DalaLab",
             "Hej!\n\nHoppas det fortfarande går att anmäla sig. Jag vill gärna gå på alla träffar utom den i "
             "februari 2028, då är jag föräldraledig.\n\nMed vänliga hälsningar\n\nAnnika Grönlund\n"
             "Översiktsplanerare\nSmedjebackens kommun\nTfn: 0240-660 00\nMobil: 070-123 45 67\n"
             "Besöksadress: Kyrkogatan 4, 777 81 Smedjebacken",
             X("register", [P("Annika Grönlund", "annika.gronlund@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S2, S3]),
             "late signup for all but the February 2028 session; phone numbers in the signature",
             charset="windows-1252"),

        # ---------------- April 2027, before the deadline ----------------
        mail("ay041", "2027-04-02T09:00", ("Karl Sahlin", "karl.sahlin@orsa.se"),
             "Automatiskt svar: Påminnelse: sista anmälningsdag 14 april – DalaLab",
             "Hej! Jag har semester till och med 12 april och läser inte e-post. Brådskande frågor om bygglov: "
             "ring kommunens växel 0250-55 21 00.\n\nKarl Sahlin\nOrsa kommun",
             X("auto_reply"),
             "out-of-office to the deadline reminder; the subject has the deadline date"),

        mail("ay042", "2027-04-06T13:41", ("Ylva Bergkvist", "ylva.bergkvist@borlange.se"),
             "Sista anmälningsdag",
             "Hej,\n\nGäller sista anmälningsdag 14 april även för träffarna i höst och februari 2028, eller kan "
             "man anmäla sig till dem senare när vi vet hur bemanningen ser ut?\n\nYlva Bergkvist\n"
             "Borlänge kommun",
             X("question"),
             "question about the deadline that names sessions without signing up"),

        mail("ay043", "2027-04-07T17:26", ("Rickard Olsson", "rickard.olsson@malung-salen.se"),
             "anmälan",
             "hej anmäl mig o min koll Tove Ahl till 3 maj o 21 sep. tove ar glutenintolerant\n"
             "mvh rickard olsson malung-sälens kommun\n\nSkickat från min iPhone",
             X("register", [P("Rickard Olsson", "rickard.olsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Tove Ahl", None, "Malung-Sälens kommun", diet="glutenintolerant")],
               [S1, S2], diet="glutenintolerant"),
             "phone mail in lower case with abbreviations and a missing ä; two people, two sessions"),

        mail("ay044", "2027-04-08T10:05", ("Hanna Zetterlund", "hanna.zetterlund@gagnef.se"),
             "Hur anmäler jag mig?",
             "Hej!\n\nJag är ÖP-ansvarig i Gagnef och har precis hört talas om DalaLab. Jag vill gärna vara "
             "med på alla fyra träffarna – räcker det här mejlet som anmälan, eller finns det ett formulär?\n\n"
             "Hälsningar\nHanna Zetterlund",
             X("register", [P("Hanna Zetterlund", "hanna.zetterlund@gagnef.se", "Gagnefs kommun")], ALL,
               unsure=["intent"]),
             "wish to attend phrased as a question about how to sign up"),

        tg("ay045", "2027-04-10T08:31", "Fredrik M", 5893310072,
           "hej igen! jag anmälde mig till hösten i januari, det gäller 21 sept. lägg till 3 maj också tack\n/Fredrik Matsson, Ludvika",
           X("change", [P("Fredrik Matsson", None, "Ludvika kommun")], [S1, S2]),
           "adds a session to an existing signup; the sessions after the change are both"),
    ]
