"""Batch 18, theme "inbox": the first ten weeks after the invitation (December 2026 to mid-February 2027) in the
ordinary registration inbox. Outlook replies with the quoted invitation, managers' forwards, HTML-only and
iso-8859-1 mail, a few questions, changes and cancellations, one out-of-office and one invoice scam."""
import html
from html.entities import codepoint2name

from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"
SV = "SV: " + INV_SUBJ
VB = "VB: " + INV_SUBJ


def invitation(d="–"):
    """The invitation as Linnea sent it on 26 November 2026 (d = the dash; '-' for iso-8859-1 mail)."""
    return f"""Hej!

Region Dalarna bjuder in till lärprojektet DalaLab {d} Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00{d}15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet {d} rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till {d} anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna"""


def outlook_old(to, d="–", when="den 26 november 2026 10:02"):
    return (f"\n\n-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {when}\nTill: {to}\nÄmne: Inbjudan till DalaLab {d} Planering för hållbarhet och "
            f"utvecklingskraft\n\n" + invitation(d))


def outlook_new(to, d="–", when="torsdag 26 november 2026 10:02"):
    return (f"\n\n________________________________\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {when}\nTill: {to}\nÄmne: Inbjudan till DalaLab {d} Planering för hållbarhet och "
            f"utvecklingskraft\n\n" + invitation(d))


def gt_quote(text, intro):
    return "\n\n" + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def ent(text):
    """HTML-escape and turn non-ASCII letters into named entities, as Outlook does."""
    out = []
    for c in html.escape(text, quote=False):
        if ord(c) > 127 and ord(c) in codepoint2name:
            out.append("&" + codepoint2name[ord(c)] + ";")
        else:
            out.append(c)
    return "".join(out)


def outlook_html(paragraphs, charset="iso-8859-1", entities=True):
    """An HTML-only Outlook body: one <p class=MsoNormal> per line, empty lines as &nbsp; paragraphs."""
    conv = ent if entities else (lambda s: html.escape(s, quote=False))
    ps = []
    for line in paragraphs.split("\n"):
        ps.append('<p class="MsoNormal">' + (conv(line) if line else "&nbsp;") + "<o:p></o:p></p>")
    return (f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="SV" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(ps) + "\n</div>\n</body></html>\n")


def messages():
    return [
        # ---------------------------------------------------------------- week 1
        mail("f001", "2026-12-01T09:14", ("Höglund Anders", "anders.hoglund@borlange.se"), SV,
             "Hej Linnea!\n\nTack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig till alla fyra "
             "träffarna. Ingen specialkost.\n\nVänliga hälsningar\n\nAnders Höglund\nÖversiktsplanerare\n"
             "Samhällsbyggnadsförvaltningen, Strategisk planering\nBorlänge kommun\nRöda vägen 50, 781 81 Borlänge\n"
             "Direkt: 0243-74 12 88\nMobil: 070-218 44 07\nwww.borlange.se\n\nBorlänge kommun behandlar "
             "personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.borlange.se/gdpr"
             + outlook_old("Höglund Anders <anders.hoglund@borlange.se>"),
             X("register", [P("Anders Höglund", "anders.hoglund@borlange.se", "Borlänge kommun")], ALL),
             "Outlook SV: reply, 'alla fyra träffarna'; 'Ingen specialkost' -> diet null; surname-first display "
             "name; quoted invitation with all dates; postcode and phones in the signature"),

        mail("f002", "2026-12-01T13:40", ("Malin Östberg", "malin.ostberg@hedemora.se"), SV,
             "Hej!\n\nJag och min kollega Tobias Rydén (tobias.ryden@hedemora.se) vill gärna anmäla oss till "
             "DalaLab. Vi tänkte gå på de två första träffarna, sedan får vi se hur det blir med budgeten för "
             "nästa år.\n\nTobias vill ha vegetarisk kost.\n\nMed vänliga hälsningar\nMalin Östberg\n"
             "Planeringsarkitekt\nHedemora kommun | Stadshuset, Kungsgatan 2 | 776 81 Hedemora\n"
             "Tfn 0225-341 26"
             + outlook_new("Malin Östberg <malin.ostberg@hedemora.se>"),
             X("register", [P("Malin Östberg", "malin.ostberg@hedemora.se", "Hedemora kommun"),
                            P("Tobias Rydén", "tobias.ryden@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               [S1, S2], diet="vegetarisk"),
             "self + colleague with address; 'de två första träffarna' = 3 May + 21 Sep; diet belongs to Tobias; "
             "'nästa år' is no session"),

        mail("f003", "2026-12-02T08:05", ("Lindmark Stefan", "stefan.lindmark@ludvika.se"), VB,
             "Hej Linnea,\n\nVi vill anmäla två från plan- och byggenheten i Ludvika: Frida Nordin "
             "(frida.nordin@ludvika.se) och Kalle Persson. De går på alla träffar. Själv har jag tyvärr inte "
             "möjlighet att vara med.\n\nHälsningar\nStefan Lindmark\nEnhetschef plan och bygg\nLudvika kommun\n"
             "771 82 Ludvika\n0240-860 00 (växel)"
             + "\n\n-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 26 november 2026 10:02\nTill: Lindmark Stefan <stefan.lindmark@ludvika.se>\n"
             "Ämne: " + INV_SUBJ + "\n\n" + invitation(),
             X("register", [P("Frida Nordin", "frida.nordin@ludvika.se", "Ludvika kommun"),
                            P("Kalle Persson", None, "Ludvika kommun")], ALL),
             "manager forwards (VB:) the invitation with the signup on top; sender only writes for the two; "
             "Kalle has no address -> sender's organisation; 'alla träffar' = all four"),

        mail("f004", "2026-12-02T16:22", ("Linda Granqvist", "linda.granqvist@mora.se"), "Anmälan DalaLab",
             outlook_html(
                 "Hej Linnea!\n\nJag vill anmäla mig till DalaLab, till vårens träff i Falun den 3 maj och till "
                 "träffen i november.\n\nGlutenfri kost, tack.\n\nHälsningar\nLinda Granqvist\n"
                 "Samhällsplanerare, Mora kommun\nFågelsjövägen 2, 792 80 Mora\nTel. 0250-261 34"),
             X("register", [P("Linda Granqvist", "linda.granqvist@mora.se", "Mora kommun")], [S1, S3],
               diet="glutenfri"),
             "HTML-only Outlook mail, iso-8859-1 with &auml; entities; '3 maj' + 'träffen i november' = 29 Nov; "
             "diet glutenfri", html=True, charset="iso-8859-1"),

        mail("f005", "2026-12-03T10:10", ("Rebecca Thornton", "rebecca.thornton@lansstyrelsen.se"),
             "RE: " + INV_SUBJ,
             "Hi Linnea,\n\nThank you for the invitation - I'm afraid my Swedish is still a work in progress, so "
             "I'll write in English. I'd like to sign up for DalaLab. I can attend the first two sessions (May "
             "and September), but not the later ones, as my parental leave starts in November.\n\nKind regards,\n"
             "Rebecca Thornton\nSamhällsplanerare / Spatial planner\nSamhällsbyggnadsenheten\n"
             "Länsstyrelsen Dalarna\n791 84 Falun\n+46 10-225 02 61"
             + outlook_new("Thornton Rebecca <rebecca.thornton@lansstyrelsen.se>"),
             X("register", [P("Rebecca Thornton", "rebecca.thornton@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "English reply to the Swedish invitation; 'first two sessions (May and September)'; 'November' is "
             "the start of her leave, not a session"),

        mail("f006", "2026-12-03T14:31", ("Bengt Hammarström", "bengt.hammarstrom@orsa.se"), "Fråga om DalaLab",
             "Hej,\n\nVi är två på samhällsbyggnad i Orsa som är intresserade av DalaLab. Innan vi anmäler oss "
             "undrar jag om alla träffar är på plats i Falun, eller om det går att delta digitalt på någon av "
             "dem? Det är en bit att åka för oss, särskilt i november och februari.\n\nMvh\nBengt Hammarström\n"
             "Planingenjör, Orsa kommun\nDalagatan 1, 794 21 Orsa\n0250-552 17",
             X("question"),
             "question before signing up ('Innan vi anmäler oss'); months named but no signup"),

        mail("f007", "2026-12-04T11:02", ("Eva Blomqvist", "eva.blomqvist@sater.se"), "SV: Inbjudan till DalaLab",
             "Hej!\n\nAnmäler mig härmed till höstens träffar, 21/9 och 29/11. Jag är laktosintolerant.\n\n"
             "Hälsningar\nEva Blomqvist\nStadsarkitekt\nSäters kommun\nBox 300, 783 27 Säter\n"
             "Tel 0225-553 40"
             + outlook_old("Blomqvist Eva <eva.blomqvist@sater.se>", d="-"),
             X("register", [P("Eva Blomqvist", "eva.blomqvist@sater.se", "Säters kommun")], [S2, S3],
               diet="laktosintolerant"),
             "iso-8859-1 plain Outlook reply (dashes in the quote are '-'); 'höstens träffar, 21/9 och 29/11'",
             charset="iso-8859-1"),

        mail("f008", "2026-12-07T09:30", ("Pernilla Axelsson", "pernilla.axelsson@vansbro.se"),
             "Fwd: " + INV_SUBJ,
             "Hej Linnea,\n\nJag vidarebefordrar inbjudan så du ser vad det gäller. Vi vill anmäla två från "
             "Vansbro: mig själv och Hampus Grönlund (hampus.gronlund@vansbro.se). Vi kommer båda på alla "
             "träffar utom den i september, då har vi budgetdagar.\n\nHälsningar\nPernilla Axelsson\n"
             "Utvecklingsstrateg\nVansbro kommun\nKrakbergsvägen 6, 780 50 Vansbro\n0281-750 12\n\n"
             "---------- Forwarded message ---------\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Date: tors 26 nov. 2026 kl 10:02\nSubject: " + INV_SUBJ + "\n"
             "To: Pernilla Axelsson <pernilla.axelsson@vansbro.se>\n\n" + invitation(),
             X("register", [P("Pernilla Axelsson", "pernilla.axelsson@vansbro.se", "Vansbro kommun"),
                            P("Hampus Grönlund", "hampus.gronlund@vansbro.se", "Vansbro kommun")], [S1, S3, S4]),
             "Fwd: of the invitation with signup on top; 'alla träffar utom den i september' = 3 May, 29 Nov, "
             "22 Feb; both people"),

        mail("f009", "2026-12-07T15:48", ("Brännström Ola", "ola.brannstrom@rattvik.se"), SV,
             "Anmäl mig till samtliga träffar tack!\n/Ola\n\nSkickat från Outlook för iOS"
             + outlook_new("Brännström Ola <ola.brannstrom@rattvik.se>"),
             X("register", [P("Ola Brännström", "ola.brannstrom@rattvik.se", "Rättviks kommun")], ALL),
             "short phone reply; 'samtliga träffar'; full name only from the display name (surname first); "
             "organisation from the domain"),

        mail("f010", "2026-12-08T10:20", ("Karolina Westin", "karolina.westin@regiondalarna.se"),
             "Anmälan från Samhällsplanering, Region Dalarna",
             "Hej Linnea!\n\nVi är två från enheten för samhällsplanering här på regionen som vill vara med i "
             "DalaLab: jag och Yusuf Demir (yusuf.demir@regiondalarna.se). Vi anmäler oss till vårträffen den "
             "3 maj och till den sista, 22 februari. Höstträffarna krockar med arbetet med RUS-uppföljningen.\n\n"
             "Ha det fint!\nKarolina\n\n--\nKarolina Westin\nRegional samhällsplanerare\n"
             "Avdelningen för regional utveckling\nRegion Dalarna\nBox 712, 791 29 Falun\n"
             "Tel: 023-49 01 55",
             X("register", [P("Karolina Westin", "karolina.westin@regiondalarna.se", "Region Dalarna"),
                            P("Yusuf Demir", "yusuf.demir@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "organiser's own region; 'vårträffen den 3 maj och ... den sista, 22 februari'; 'Höstträffarna' "
             "named only as what they skip"),

        mail("f011", "2026-12-09T08:55", ("Fernström Gustav", "gustav.fernstrom@smedjebacken.se"), SV,
             "Hej Linnea,\n\nJag anmäler mig till träffarna den 21 september och den 22 februari. Första "
             "träffen har vi tyvärr samråd om vindkraftsplanen.\n\nMed vänlig hälsning\n\nGustav Fernström\n"
             "Översiktsplanerare\nSmedjebackens kommun\nSamhällsbyggnadsförvaltningen\n"
             "Hagalundsvägen 4, 777 81 Smedjebacken\nTelefon: 0240-66 00 00 (vx)\nDirekt: 0240-66 01 37\n\n"
             "Jag är ledig 23/12 - 6/1"
             + outlook_old("Fernström Gustav <gustav.fernstrom@smedjebacken.se>", d="-"),
             X("register", [P("Gustav Fernström", "gustav.fernstrom@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S4]),
             "iso-8859-1 Outlook reply; '21 september och 22 februari'; 'Första träffen' only as what he "
             "cannot attend; leave 23/12 - 6/1 in the signature", charset="iso-8859-1"),

        mail("f012", "2026-12-09T14:12", ("Patrik Norling", "patrik.norling@gagnef.se"), "Frågor DalaLab",
             "Hej,\n\nTvå snabba frågor innan vi bestämmer oss:\n\n1. Kostar det något att delta, och står ni för "
             "lunch?\n2. Vi har en konsult som skriver vår nya ÖP. Räknas hen in i kommunens tre platser om hen "
             "följer med?\n\nTack på förhand!\n\nPatrik Norling\nSamhällsbyggnadschef\nGagnefs kommun\n"
             "Box 54, 785 21 Gagnef\n0241-150 00",
             X("question"),
             "two numbered questions, no signup; '1.' and '2.' and 'tre platser' are not sessions"),

        mail("f013", "2026-12-10T10:03", ("Sofie Lindblad", "sofie.lindblad@falun.se"), "Anmälan Falu kommun",
             "Hej!\n\nVi är tre från Falu kommun som vill vara med i DalaLab:\n\n"
             "- Sofie Lindblad (jag)\n- Magnus Hedin, magnus.hedin@falun.se\n"
             "- Ronja Eriksson, ronja.eriksson@falun.se\n\nAlla tre kommer på samtliga fyra träffar. Ronja är "
             "vegan, vi andra äter allt.\n\nVänliga hälsningar\nSofie Lindblad\nPlanarkitekt\n"
             "Stadsbyggnadsförvaltningen, Falu kommun\n791 83 Falun\nBesöksadress: Stadshuset, Stora Torget\n"
             "023-83 30 96",
             X("register", [P("Sofie Lindblad", "sofie.lindblad@falun.se", "Falu kommun"),
                            P("Magnus Hedin", "magnus.hedin@falun.se", "Falu kommun"),
                            P("Ronja Eriksson", "ronja.eriksson@falun.se", "Falu kommun", diet="vegan")],
               ALL, diet="vegan"),
             "bullet list of three including the sender ('(jag)'); 'samtliga fyra träffar'; vegan is Ronja's"),

        mail("f014", "2026-12-11T13:27", ("Åsa Wikander", "asa.wikander@leksand.se"), SV,
             outlook_html(
                 "Hej Linnea!\n\nTack för inbjudan. Jag vill gärna anmäla mig till den tredje träffen, den om att "
                 "planera för önskvärda framtider och osäkerheter. Det passar perfekt med vårt arbete med "
                 "scenarier i nya ÖP:n. Övriga träffar hinner jag tyvärr inte med i år.\n\nNötallergi.\n\n"
                 "Vänliga hälsningar\nÅsa Wikander\nStrategisk samhällsplanerare\nLeksands kommun\n"
                 "Kyrkallén 7, 793 30 Leksand\n0247-803 55\n\n"
                 "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: torsdag 26 november 2026 10:02\n"
                 "Till: Åsa Wikander <asa.wikander@leksand.se>\nÄmne: " + INV_SUBJ + "\n\n" + invitation(),
                 charset="utf-8", entities=False),
             X("register", [P("Åsa Wikander", "asa.wikander@leksand.se", "Leksands kommun")], [S3],
               diet="nötallergi"),
             "HTML-only utf-8 Outlook reply with the invitation quoted in HTML; 'den tredje träffen' + its theme "
             "= 29 Nov", html=True),

        # ---------------------------------------------------------------- week 3
        mail("f015", "2026-12-14T08:40", ("Höglund Anders", "anders.hoglund@borlange.se"),
             "SV: Bekräftelse DalaLab",
             "Hej igen Linnea,\n\nJag anmälde mig till alla fyra träffarna förra veckan, men nu har det visat sig "
             "att kommunstyrelsen har sin planeringsdag den 21 september. Den träffen får jag alltså stryka, "
             "övriga tre kommer jag på som planerat.\n\nHälsningar\nAnders\n\nAnders Höglund\n"
             "Översiktsplanerare, Borlänge kommun\n0243-74 12 88\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 2 december 2026 11:15\nTill: Höglund Anders <anders.hoglund@borlange.se>\n"
             "Ämne: Bekräftelse DalaLab\n\nHej Anders!\n\nTack för din anmälan. Du är anmäld till alla fyra "
             "träffarna: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.\n\n"
             "Vänliga hälsningar\nLinnea",
             X("cancel", [P("Anders Höglund", "anders.hoglund@borlange.se", "Borlänge kommun")], [S2]),
             "same person as f001; partial withdrawal of 21 Sep ('övriga tre kommer jag på') -> cancel of that "
             "session only; quoted confirmation lists all four"),

        mail("f016", "2026-12-14T11:11", ("Roger Nilsson", "roger.nilsson@alvdalen.se"), "Fwd: DalaLab",
             "Hej Linnea,\n\nSe nedan från en av våra planerare. Det är okej från min sida, så anmäl henne gärna "
             "enligt hennes önskemål.\n\nMvh\nRoger Nilsson\nChef Samhällsbyggnad\nÄlvdalens kommun\n"
             "Dalgatan 59, 796 30 Älvdalen\n0251-310 00\n\n"
             "---------- Forwarded message ---------\nFrån: Ida Hansson <ida.hansson@alvdalen.se>\n"
             "Date: fre 11 dec. 2026 kl 16:05\nSubject: DalaLab\nTo: Roger Nilsson <roger.nilsson@alvdalen.se>\n\n"
             "Hej Roger!\n\nFår jag gå på DalaLab som regionen bjuder in till? Jag tänkte de två sista "
             "träffarna, i november och februari, eftersom de handlar om osäkerheter och tillgänglighet, som vi "
             "håller på med i fördjupningen för Sälen-Idre-stråket.\n\n/Ida",
             X("register", [P("Ida Hansson", "ida.hansson@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
             "manager forwards an employee's request; the manager is not registered; 'de två sista träffarna, i "
             "november och februari' and Ida's address are only in the forwarded part"),

        mail("f017", "2026-12-15T09:20", ("Kristoffer Näslund", "kristoffer.naslund@borlange.se"),
             "Max tre per kommun?",
             "Hej!\n\nVi är fyra på planenheten i Borlänge som gärna vill vara med. Gäller max tre personer per "
             "kommun för hela lärprojektet, eller per träff? Om det är per träff kunde vi ju dela upp oss.\n\n"
             "En kollega har redan anmält sig, tror jag.\n\nMvh\nKristoffer Näslund\nPlanarkitekt\n"
             "Borlänge kommun\n0243-74 13 02",
             X("question"),
             "question about the quota; no signup"),

        mail("f018", "2026-12-16T15:05", ("Hult Margareta", "margareta.hult@avesta.se"), SV,
             "Hej,\n\nAnmäler härmed mig själv och min kollega Emir Hodzic (emir.hodzic@avesta.se) till DalaLab. "
             "Vi kommer gärna på vårträffen 3/5 och höstträffen i september.\n\nMed vänlig hälsning\n\n"
             "Margareta Hult\nÖversiktsplanerare\nAvesta kommun\nKungsgatan 32, 774 81 Avesta\n"
             "Tel: 0226-64 51 19\nwww.avesta.se"
             + outlook_old("Hult Margareta <margareta.hult@avesta.se>", d="-"),
             X("register", [P("Margareta Hult", "margareta.hult@avesta.se", "Avesta kommun"),
                            P("Emir Hodzic", "emir.hodzic@avesta.se", "Avesta kommun")], [S1, S2]),
             "iso-8859-1 Outlook reply; 'vårträffen 3/5 och höstträffen i september' = 3 May + 21 Sep",
             charset="iso-8859-1"),

        mail("f019", "2026-12-19T20:41", ("Petter Jonsson", "petter.jonsson@malung-salen.se"), "DalaLab",
             "Hej! Jag och Linnéa Holmgren från Malung-Sälen vill anmäla oss till alla träffar. Hennes mejl är "
             "linnea.holmgren@malung-salen.se\n\nMvh Petter\n\nSkickat från min iPhone",
             X("register", [P("Petter Jonsson", "petter.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Linnéa Holmgren", "linnea.holmgren@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "Saturday evening phone mail; self + colleague; colleague's first name resembles the organiser's "
             "but she is a participant"),

        mail("f020", "2026-12-21T07:30", ("Linda Granqvist", "linda.granqvist@mora.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             "Hej,\n\nTack för ditt mejl. Jag är ledig 21/12–6/1 och läser inte min e-post under den tiden. "
             "Ditt meddelande vidarebefordras inte.\n\nVid brådskande ärenden, kontakta Mora kommuns växel på "
             "0250-260 00 eller samhallsbyggnad@mora.se.\n\nGod jul och gott nytt år!\nLinda Granqvist",
             X("auto_reply"),
             "Outlook out-of-office reply to Linnea's confirmation ('Automatiskt svar:'); no auto headers; "
             "dates of leave and phone numbers only"),

        mail("f021", "2026-12-22T12:00", ("Lukas Weber", "lukas.weber@borlange.se"), "DalaLab registration",
             "Hi Linnea,\n\nMy manager forwarded me the invitation to DalaLab. I joined the planning unit in "
             "Borlänge in October and I'm still working on my Swedish, so I hope English is fine.\n\nI would "
             "like to register for the autumn sessions, i.e. September and November. I'm vegetarian.\n\n"
             "Best regards,\nLukas Weber\nUrban planner | Borlänge kommun\n+46 243 74 13 40",
             X("register", [P("Lukas Weber", "lukas.weber@borlange.se", "Borlänge kommun")], [S2, S3],
               diet="vegetarian"),
             "English; 'the autumn sessions, i.e. September and November'; 'joined ... in October' is no "
             "session; diet 'vegetarian'"),

        mail("f022", "2026-12-29T05:12", ("Evenemangsregistret Norden", "faktura@evenemangsregistret-norden.com"),
             "Påminnelse: obetald faktura 2026-88213 - DalaLab",
             "PÅMINNELSE\n\nFakturanummer: 2026-88213\nKundnummer: 441907\nAvser: Registrering av evenemanget "
             "\"DalaLab\" i Evenemangsregistret Norden 2027, premiumplacering 12 månader\n\n"
             "Belopp att betala: 7 950,00 SEK (exkl. moms)\nFörfallodatum: 2027-01-08\n"
             "Bankgiro: 5417-2203\nOCR: 4419072026882130\n\nOm betalning ej inkommit senast på förfallodagen "
             "debiteras påminnelseavgift om 450 kr och ärendet överlämnas till inkasso.\n\n"
             "Anmäl er senast 2027-01-08 för att behålla er plats i registret.\n\nEvenemangsregistret Norden\n"
             "Kundservice",
             X("unknown"),
             "catalogue-listing invoice scam naming the event; amounts, dates and OCR numbers; 'Anmäl er' is "
             "no signup"),

        # ---------------------------------------------------------------- January
        mail("f023", "2027-01-04T09:02", ("Brodin Annelie", "annelie.brodin@gagnef.se"), SV,
             "God fortsättning!\n\nHoppas det fortfarande finns plats. Jag vill anmäla mig till alla tillfällen "
             "utom det första, eftersom jag är på tjänsteresa i början av maj.\n\nHälsningar\n\nAnnelie Brodin\n"
             "Planarkitekt\nGagnefs kommun\nBox 54, 785 21 Gagnef\nBesöksadress: Djurås centrum\n0241-151 63"
             + outlook_new("Brodin Annelie <annelie.brodin@gagnef.se>"),
             X("register", [P("Annelie Brodin", "annelie.brodin@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "Outlook reply after the holidays; 'alla tillfällen utom det första' = 21 Sep, 29 Nov, 22 Feb; "
             "'början av maj' is her trip"),

        mail("f024", "2027-01-05T14:30", ("Malin Östberg", "malin.ostberg@hedemora.se"), "Ändring anmälan DalaLab",
             "Hej Linnea,\n\nTobias Rydén har fått ett nytt jobb och slutar hos oss i februari, så du kan stryka "
             "honom från båda träffarna han var anmäld till (3 maj och 21 sept). Jag kommer som planerat.\n\n"
             "Vi återkommer om någon annan från Hedemora vill ta hans plats.\n\nMed vänliga hälsningar\n"
             "Malin Östberg\nPlaneringsarkitekt, Hedemora kommun\nTfn 0225-341 26",
             X("cancel", [P("Tobias Rydén", None, "Hedemora kommun")], [S1, S2]),
             "colleague withdrawn without a substitute -> cancel, whatever the subject says; sender (f002) keeps "
             "her places and is not among people; no address for Tobias in this mail ('februari' is when he leaves)",
             ),

        mail("f025", "2027-01-07T10:10", ("Brännström Ola", "ola.brannstrom@rattvik.se"), "Specialkost DalaLab",
             outlook_html(
                 "Hej Linnea!\n\nJag anmälde mig till DalaLab i december men glömde skriva att jag behöver "
                 "glutenfri kost. Kan du lägga till det?\n\nTack!\n\nOla Brännström\nPlanarkitekt\n"
                 "Rättviks kommun\nRiksvägen 27, 795 80 Rättvik\nTel 0248-701 48",
                 charset="utf-8", entities=False),
             X("change", [P("Ola Brännström", "ola.brannstrom@rattvik.se", "Rättviks kommun", diet="glutenfri")],
               [], diet="glutenfri"),
             "same person as f009; HTML-only diet update naming no sessions -> change with []", html=True),

        mail("f026", "2027-01-08T08:47", ("Mörk Christer", "christer.mork@rattvik.se"),
             "VB: Inbjudan till DalaLab - Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nAnmäl gärna Elsa Ljung och Noah Berglund från vår planavdelning till DalaLab, de två "
             "första träffarna. Elsa: vegetarisk kost.\n\nOla Brännström har redan anmält sig själv, så vi blir "
             "tre från Rättvik.\n\nMed vänlig hälsning\nChrister Mörk\nSamhällsbyggnadschef\nRättviks kommun\n"
             "Box 302, 795 26 Rättvik\n0248-700 00"
             + "\n\n-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 26 november 2026 10:02\nTill: Mörk Christer <christer.mork@rattvik.se>\n"
             "Ämne: Inbjudan till DalaLab - Planering för hållbarhet och utvecklingskraft\n\n" + invitation("-"),
             X("register", [P("Elsa Ljung", None, "Rättviks kommun", diet="vegetarisk"),
                            P("Noah Berglund", None, "Rättviks kommun")], [S1, S2], diet="vegetarisk"),
             "iso-8859-1 VB: from a manager; two colleagues without addresses; 'de två första träffarna'; Ola "
             "(already registered) is mentioned but not part of this request", charset="iso-8859-1"),

        mail("f027", "2027-01-11T13:33", ("Marta Kowalczyk", "marta.kowalczyk@ludvika.se"), "Language of DalaLab",
             "Hello,\n\nI work as a planner at Ludvika kommun and am thinking about signing up for DalaLab. Will "
             "the sessions be held in Swedish only? I understand most Swedish, but it would help to know "
             "whether the slides from e.g. the Boverket session on 3 May will be shared afterwards.\n\n"
             "Thanks in advance,\nMarta Kowalczyk\nPlanner, Ludvika kommun\nTel. 0240-867 21",
             X("question"),
             "English question only ('thinking about signing up'); mentions 3 May but is no signup"),

        mail("f028", "2027-01-12T09:18", ("Bengt Hammarström", "bengt.hammarstrom@orsa.se"), "SV: Fråga om DalaLab",
             "Hej igen,\n\nTack för snabbt svar! Då anmäler vi oss:\n\nHammarström, Bengt\n"
             "Lind, Camilla (camilla.lind@orsa.se)\n\nBåda till alla fyra träffarna, vi samåker från Orsa.\n\n"
             "Mvh\nBengt Hammarström\nPlaningenjör, Orsa kommun\n0250-552 17\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 4 december 2026 08:30\nTill: Bengt Hammarström <bengt.hammarstrom@orsa.se>\n"
             "Ämne: SV: Fråga om DalaLab\n\nHej Bengt!\n\nAlla fyra träffarna är på plats, och den första är i "
             "Falun. Det går tyvärr inte att delta digitalt.\n\nVänliga hälsningar\nLinnea",
             X("register", [P("Bengt Hammarström", "bengt.hammarstrom@orsa.se", "Orsa kommun"),
                            P("Camilla Lind", "camilla.lind@orsa.se", "Orsa kommun")], ALL),
             "same person as f006 now signs up; names written 'Efternamn, Förnamn'; 'alla fyra träffarna'"),

        mail("f029", "2027-01-13T15:40", ("Eva Blomqvist", "eva.blomqvist@sater.se"), "SV: Bekräftelse DalaLab",
             "Hej Linnea,\n\nJag är anmäld till höstens två träffar men kan tyvärr inte den 29 november, då har "
             "vi fullmäktige. Kan jag byta den mot träffen i februari i stället? Då går jag alltså på 21 "
             "september och 22 februari.\n\nTack!\nEva\n\nEva Blomqvist\nStadsarkitekt, Säters kommun\n"
             "Tel 0225-553 40\n\n-----Ursprungligt meddelande-----\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\nSkickat: den 7 december 2026 13:12\n"
             "Till: Blomqvist Eva <eva.blomqvist@sater.se>\nÄmne: Bekräftelse DalaLab\n\nHej Eva!\n\nTack för "
             "din anmälan. Du är anmäld till träffarna 21 september 2027 och 29 november 2027. Vi har noterat "
             "laktosintolerans.\n\nVänliga hälsningar\nLinnea",
             X("change", [P("Eva Blomqvist", "eva.blomqvist@sater.se", "Säters kommun")], [S2, S4]),
             "same person as f007; iso-8859-1; swaps 29 Nov for February and states the result ('21 september "
             "och 22 februari'); no new diet (the quoted confirmation's is not a change)", charset="iso-8859-1"),

        mail("f030", "2027-01-14T11:00", ("Rebecca Thornton", "rebecca.thornton@lansstyrelsen.se"),
             "DalaLab - change of participant",
             "Hi Linnea,\n\nUnfortunately I have to withdraw from DalaLab - my parental leave has been moved up "
             "and now starts in April. My colleague Oscar Hellberg (oscar.hellberg@lansstyrelsen.se) will take "
             "my place at both sessions I signed up for, May 3 and Sept 21.\n\nThank you and sorry for the "
             "trouble!\n\nRebecca Thornton\nSpatial planner, Länsstyrelsen Dalarna\n+46 10-225 02 61",
             X("change", [P("Rebecca Thornton", "rebecca.thornton@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Oscar Hellberg", "oscar.hellberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "same person as f005; English substitution: people = the withdrawn and the substitute; sessions = "
             "what Oscar takes ('May 3 and Sept 21'); 'April' is her leave"),

        mail("f031", "2027-01-18T08:30", ("Per-Olof Sahlin", "per-olof.sahlin@sater.se"), "Anmälan till DalaLab",
             outlook_html(
                 "Hej!\n\nJag vill anmäla mig till DalaLab, samtliga träffar.\n\nKost: vegetarisk + laktosfri.\n\n"
                 "Med vänlig hälsning\nPer-Olof Sahlin\nPlanhandläggare\nSäters kommun\n"
                 "Rådhusgatan 1, 783 27 Säter\nVäxel: 0225-550 00\nDirekt: 0225-553 62",
                 charset="utf-8", entities=False),
             X("register", [P("Per-Olof Sahlin", "per-olof.sahlin@sater.se", "Säters kommun")], ALL,
               diet="vegetarisk, laktosfri"),
             "HTML-only utf-8; hyphenated first name; 'samtliga träffar'; two diet words joined with '+'",
             html=True),

        mail("f032", "2027-01-19T13:05", ("Lovisa Hedström", "lovisa.hedstrom@smedjebacken.se"),
             "Vilka är anmälda från Smedjebacken?",
             "Hej Linnea,\n\nJag har fått inbjudan till DalaLab vidarebefordrad men vet inte om vår kommun redan "
             "har fyllt sina tre platser. Kan du se vilka från Smedjebacken som är anmälda, och till vilka "
             "träffar? Då vet jag om det är lönt att anmäla sig.\n\nMvh\nLovisa Hedström\nMiljö- och "
             "byggförvaltningen\nSmedjebackens kommun\n0240-66 02 18",
             X("question"),
             "question about who holds the places; no signup yet"),

        mail("f033", "2027-01-21T10:27", ("Jessica Malm", "jessica.malm@regiondalarna.se"),
             "Fwd: " + INV_SUBJ,
             "Hej Linnea!\n\nVi från Regional utveckling vill också vara med. Anmäl mig och Henrik Sjödin "
             "(henrik.sjodin@regiondalarna.se) till höstträffarna.\n\nKram\nJessica\n\nJessica Malm\n"
             "Utvecklingsledare infrastruktur\nRegion Dalarna\nVasagatan 27, Falun\n023-49 03 11\n\n"
             "---------- Forwarded message ---------\nFrån: Henrik Sjödin <henrik.sjodin@regiondalarna.se>\n"
             "Date: ons 20 jan. 2027 kl 16:44\nSubject: Fwd: " + INV_SUBJ + "\n"
             "To: Jessica Malm <jessica.malm@regiondalarna.se>\n\nKolla den här! Borde vi inte gå?\n\n"
             "---------- Forwarded message ---------\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Date: tors 26 nov. 2026 kl 10:02\nSubject: " + INV_SUBJ + "\n\n" + invitation(),
             X("register", [P("Jessica Malm", "jessica.malm@regiondalarna.se", "Region Dalarna"),
                            P("Henrik Sjödin", "henrik.sjodin@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "two-level forward with the signup on top; 'höstträffarna' (plural) = 21 Sep + 29 Nov"),

        mail("f034", "2027-01-22T16:50", ("Brodin Annelie", "annelie.brodin@gagnef.se"), "Avanmälan DalaLab",
             "Hej Linnea,\n\nJag måste tyvärr avanmäla mig från DalaLab, från alla träffar. Jag har fått en "
             "tjänst i Falun och slutar i Gagnef i mars.\n\nTack ändå och lycka till med projektet!\n\n"
             "Annelie Brodin\nPlanarkitekt, Gagnefs kommun\n0241-151 63",
             X("cancel", [P("Annelie Brodin", "annelie.brodin@gagnef.se", "Gagnefs kommun")], ALL),
             "same person as f023; full cancellation 'från alla träffar' -> all four (contract); 'Falun' is her "
             "new employer, not her organisation in this request"),

        mail("f035", "2027-01-25T09:40", ("Halvarsson Tore", "tore.halvarsson@alvdalen.se"), SV,
             "Hej!\n\nIda Hansson har redan anmält sig från oss. Jag vill också vara med och anmäler mig till "
             "första och tredje träffen.\n\nMvh\nTore Halvarsson\nBygglovshandläggare/planerare\n"
             "Älvdalens kommun\nDalgatan 59, 796 30 Älvdalen\nTel 0251-311 72\nMobil 070-655 12 09"
             + outlook_old("Halvarsson Tore <tore.halvarsson@alvdalen.se>", d="-"),
             X("register", [P("Tore Halvarsson", "tore.halvarsson@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "iso-8859-1 Outlook reply; 'första och tredje träffen' = 3 May + 29 Nov; colleague already "
             "registered is not part of this request", charset="iso-8859-1"),

        mail("f036", "2027-01-27T14:14", ("Sebastian Ek", "sebastian.ek@mora.se"), "SV: " + INV_SUBJ,
             "Hej Linnea,\n\nAnmäler mig till 3 maj, 21 sept och 29 nov. Februari 2028 vet jag inte än, jag "
             "återkommer om den.\n\nHälsningar\n\nSebastian Ek\nÖversiktsplanerare\nMora kommun\n"
             "Samhällsbyggnadsförvaltningen\nFågelsjövägen 2, 792 80 Mora\n0250-262 08\n"
             "Jag arbetar deltid t.o.m. 2027-06-30 och är inte på plats fredagar."
             + outlook_new("Sebastian Ek <sebastian.ek@mora.se>", when="den 26 november 2026 10:02"),
             X("register", [P("Sebastian Ek", "sebastian.ek@mora.se", "Mora kommun")], [S1, S2, S3]),
             "three dates named; February 2028 explicitly left open (not registered); ISO date in signature"),

        mail("f037", "2027-01-28T11:20", ("Petter Jonsson", "petter.jonsson@malung-salen.se"),
             "Byte av deltagare DalaLab",
             "Hej!\n\nLinnéa Holmgren har tyvärr inte möjlighet att gå på DalaLab ändå. I stället kommer Alva "
             "Persson (alva.persson@malung-salen.se) på alla fyra träffarna. Jag själv är kvar som förut.\n\n"
             "Mvh\nPetter Jonsson\nÖversiktsplanerare\nMalung-Sälens kommun\nLisagatan 24, 782 82 Malung\n"
             "0280-181 45",
             X("change", [P("Linnéa Holmgren", None, "Malung-Sälens kommun"),
                          P("Alva Persson", "alva.persson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "same sender as f019; substitution: people = withdrawn colleague (no address here) + substitute; "
             "sender 'kvar som förut' not among people; sessions = the substitute's, all four",
             ),

        # ---------------------------------------------------------------- February
        mail("f038", "2027-02-01T08:15", ("Maja Källström", "maja.kallstrom@gagnef.se"), "DalaLab",
             outlook_html(
                 "Hej Linnea!\n\nJag vill anmäla mig till DalaLab. Den 3 maj kan jag tyvärr inte, men övriga tre "
                 "träffar går bra.\n\nSpecialkost: halal.\n\nVänliga hälsningar\nMaja Källström\n"
                 "Samhällsplanerare, Gagnefs kommun\nTel 0241-151 88"),
             X("register", [P("Maja Källström", "maja.kallstrom@gagnef.se", "Gagnefs kommun")], [S2, S3, S4],
               diet="halal"),
             "HTML-only iso-8859-1 with entities; 'Den 3 maj kan jag inte, men övriga tre' = the other three",
             html=True, charset="iso-8859-1"),

        mail("f039", "2027-02-02T13:00", ("Rut Ahlberg", "rut.ahlberg@ludvika.se"), "Lunch och parkering?",
             "Hej!\n\nEn praktisk fråga från Ludvika: ingår lunch på träffarna, och finns det parkering vid "
             "lokalen i Falun? Vi är ett par som funderar på att samåka.\n\nHälsningar\nRut Ahlberg\n"
             "Trafikplanerare, Ludvika kommun\n0240-863 90",
             X("question"),
             "practical question; no signup"),

        mail("f040", "2027-02-04T10:05", ("Söderlund Gunnar", "gunnar.soderlund@leksand.se"), VB,
             "Hej Linnea,\n\nVi har pratat ihop oss på enheten. Anmäl gärna Linn Carlsson och Johannes Wall till "
             "DalaLab, alla träffar utom den sista. Åsa Wikander är redan anmäld sedan tidigare.\n\n"
             "Med vänlig hälsning\nGunnar Söderlund\nEnhetschef Plan\nLeksands kommun\nBox 301, 793 27 Leksand\n"
             "0247-800 00 (vx)"
             + "\n\n-----Ursprungligt meddelande-----\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 26 november 2026 10:02\nTill: Söderlund Gunnar <gunnar.soderlund@leksand.se>\n"
             "Ämne: " + INV_SUBJ + "\n\n" + invitation(),
             X("register", [P("Linn Carlsson", None, "Leksands kommun"),
                            P("Johannes Wall", None, "Leksands kommun")], [S1, S2, S3]),
             "manager's VB: with signup on top; two colleagues without addresses; 'alla träffar utom den sista' "
             "= 3 May, 21 Sep, 29 Nov; Åsa (already registered) not in this request"),

        mail("f041", "2027-02-08T09:55", ("Sebastian Ek", "sebastian.ek@mora.se"), "DalaLab 21 september",
             "Hej,\n\nJag kan tyvärr inte komma den 21 september ändå, det krockar med kommunfullmäktige. Men de "
             "andra två som jag anmälde mig till står kvar.\n\nFebruariträffen har jag fortfarande inte "
             "bestämt mig om.\n\n/Sebastian Ek, Mora kommun",
             X("cancel", [P("Sebastian Ek", "sebastian.ek@mora.se", "Mora kommun")], [S2]),
             "same person as f036; partial withdrawal of 21 Sep -> cancel of that session only; 'Februariträffen' "
             "still undecided"),

        mail("f042", "2027-02-09T14:40", ("Malin Östberg", "malin.ostberg@hedemora.se"), "SV: Ändring anmälan DalaLab",
             "Hej igen!\n\nNu har vi en ny kollega som tar Tobias plats: Amanda Fors, amanda.fors@hedemora.se. "
             "Hon vill gå på de två första träffarna, precis som Tobias skulle. Ingen specialkost.\n\n"
             "Med vänliga hälsningar\nMalin Östberg\nPlaneringsarkitekt, Hedemora kommun\nTfn 0225-341 26\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Östberg Malin <malin.ostberg@hedemora.se>\n"
             "Skickat: den 5 januari 2027 14:30\nTill: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Ämne: Ändring anmälan DalaLab\n\nHej Linnea,\n\nTobias Rydén har fått ett nytt jobb och slutar "
             "hos oss i februari, så du kan stryka honom från båda träffarna han var anmäld till (3 maj och 21 "
             "sept). Jag kommer som planerat.",
             X("register", [P("Amanda Fors", "amanda.fors@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "iso-8859-1 reply to her own earlier mail (f024); newcomer after an earlier cancellation -> "
             "register; 'de två första träffarna'; Tobias only in the quote", charset="iso-8859-1"),

        mail("f043", "2027-02-11T11:11", ("Felicia Dahlberg", "felicia.dahlberg@gmail.com"), "Anmälan DalaLab",
             "Hej!\n\nJag heter Felicia Dahlberg och jobbar sedan januari som planarkitekt på Vansbro kommun. "
             "Min kommunadress är inte aktiverad än, så jag skriver härifrån. Jag vill gärna anmäla mig till "
             "alla träffarna.\n\nVänliga hälsningar\nFelicia Dahlberg\n073-551 20 84",
             X("register", [P("Felicia Dahlberg", "felicia.dahlberg@gmail.com", "Vansbro kommun")], ALL),
             "private gmail address; organisation from the text ('planarkitekt på Vansbro kommun'); 'alla "
             "träffarna'; 'sedan januari' is no session"),

        mail("f044", "2027-02-12T15:20", ("Kjell Åman", "kjell.aman@planfabriken.se"), "Anmälan DalaLab 3 maj",
             "Hej,\n\nJag är konsult på Planfabriken och arbetar med översiktsplanen för Smedjebackens kommun. "
             "Kommunens egna planerare anmäler sig separat, men jag skulle gärna vilja gå på den första "
             "träffen för egen del, om det är öppet även för konsulter.\n\nMed vänlig hälsning\nKjell Åman\n"
             "Planfabriken AB\nÅsgatan 12, 791 71 Falun\nOrg.nr 556712-4410\n070-341 77 52",
             X("register", [P("Kjell Åman", "kjell.aman@planfabriken.se", None)], [S1]),
             "consultant at a private firm -> organisation null (not taking the municipality's place); 'den "
             "första träffen'; org.nr and a Falun address are not the organisation"),

        mail("f045", "2027-02-15T10:30", ("Jessica Malm", "jessica.malm@regiondalarna.se"), "SV: DalaLab",
             "Hej Linnea!\n\nHenrik Sjödin och jag ångrar oss lite: vi vill gärna lägga till vårträffen också. Då blir "
             "det 3 maj, 21 september och 29 november för oss båda.\n\nTack!\nJessica\n\n--\nJessica Malm\n"
             "Utvecklingsledare infrastruktur, Region Dalarna\n023-49 03 11",
             X("change", [P("Jessica Malm", "jessica.malm@regiondalarna.se", "Region Dalarna"),
                          P("Henrik Sjödin", None, "Region Dalarna")],
               [S1, S2, S3]),
             "same people as f033; adds the spring session and states the result -> change with all three; "
             "Henrik has no address in this mail"),
    ]
