"""Writer "trådar" (batch 59, bi121–bi180): mail that is part of a conversation.

Replies to the invitation and to the reminder with the quoted original below, replies to the organiser's
confirmation ("Tack! En sak till: ...") that add a diet, add or drop a session or bring in a colleague, corrections
of one's own earlier mail, forwards between colleagues and managers (VB:/Fwd:) where the last writer signs up or
asks the organiser to sign up the colleague in the forwarded part, long Outlook chains where only the top message
is new, English-speaking participants (a consultant, a researcher, a Finnish and a Norwegian planner) and Telegram
follow-ups to earlier signups. Written from SCENARIO.md and the shared corpus only, without looking at the parser.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

LH = "Hassis Linnea <linnea.hassis@regiondalarna.se>"
DL = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"
INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"
CONF_SUBJ = "Bekräftelse: anmälan till DalaLab"
REM_SUBJ = "Påminnelse: sista anmälningsdag 14 april – DalaLab"

INV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. \
Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, \
erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering \
(tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till \
linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka \
träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna"""

REM = """Hej!

En påminnelse om att sista dag att anmäla sig till lärprojektet DalaLab – Planering för hållbarhet och \
utvecklingskraft är onsdag 14 april 2027.

Träffar:
- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig till linnea.hassis@regiondalarna.se och ange namn, \
organisation, e-postadress, eventuell specialkost och vilka träffar du vill delta i.

Välkomna!
Linnea Hassis
Region Dalarna"""

_LINES = {S1: "- 3 maj 2027, kl. 10.00–15.00, Falun", S2: "- 21 september 2027", S3: "- 29 november 2027",
          S4: "- 22 februari 2028"}


def conf(hello, sessions, plural=False):
    """The organiser's confirmation, as it appears quoted in a reply."""
    lines = "\n".join(_LINES[s] for s in sorted(sessions))
    if plural:
        head = (f"Hej {hello}!\n\nTack för er anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
                "Ni är anmälda till följande träffar:")
    else:
        head = (f"Hej {hello}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
                "Du är anmäld till följande träffar:")
    return (f"{head}\n\n{lines}\n\nSvara på det här mejlet om något behöver ändras.\n\n"
            "Hälsningar\nDalaLab, Region Dalarna")


def ol(frm, sent, to, subj, body, sep="-----Ursprungligt meddelande-----", cc=None):
    """A Swedish Outlook header block with the earlier message below it."""
    kopia = f"Kopia: {cc}\n" if cc else ""
    top = f"{sep}\n" if sep else ""
    return f"{top}Från: {frm}\nSkickat: {sent}\nTill: {to}\n{kopia}Ämne: {subj}\n\n{body}"


def ol_en(frm, sent, to, subj, body):
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}"


def q(intro, body):
    """'>'-quoting as Gmail, Apple Mail and Thunderbird do it."""
    return intro + "\n" + "\n".join("> " + l if l else ">" for l in body.splitlines())


INV_SENT = "den 26 november 2026 10:02"
REM_SENT = "den 15 mars 2027 08:30"


def messages():
    return [
        mail("bi121", "2026-12-01T09:14", ("Nordin Malin", "malin.nordin@leksand.se"), "SV: " + INV_SUBJ,
             "Hej Linnea!\n\nTack för inbjudan. Jag anmäler mig till DalaLab, samtliga träffar.\n\n"
             "Med vänlig hälsning\n\nMalin Nordin\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\n"
             "Leksands kommun\nBox 301, 793 27 Leksand\nTel 0247-800 00\n\n"
             + ol(LH, INV_SENT, "Nordin Malin <malin.nordin@leksand.se>", INV_SUBJ, INV),
             X("register", [P("Malin Nordin", "malin.nordin@leksand.se", "Leksands kommun")], ALL),
             "Outlook reply to the invitation, 'samtliga träffar' -> all four; quoted invitation lists the dates"),

        mail("bi122", "2026-12-02T13:37", ("Per-Olof Granath", "per-olof.granath@mora.se"), "Re: " + INV_SUBJ,
             "Hej,\n\nanmäler mig härmed till träffarna 3 maj och 29 november. Jag behöver laktosfri kost.\n\n"
             "Hälsn. Per-Olof Granath, Mora kommun\n\n"
             + q("> 26 nov. 2026 kl. 10:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>", INV),
             X("register", [P("Per-Olof Granath", "per-olof.granath@mora.se", "Mora kommun")], [S1, S3],
               diet="laktosfri"),
             "Apple Mail reply with '>'-quoted invitation; two named sessions; diet laktosfri"),

        tg("bi123", "2026-12-04T20:41", "Jonna Blom", 6093318275,
           "hej igen! glömde säga att jag är vegan 🌱 anmälde mig till alla fyra träffarna i förrgår. /Jonna, Orsa kommun",
           X("change", [P("Jonna Blom", None, "Orsa kommun")], ALL, diet="vegan"),
           "Telegram follow-up adding a diet to an existing signup -> change; she states all four sessions"),

        mail("bi124", "2027-01-18T08:22", ("Hjort Lars", "lars.hjort@hedemora.se"), "SV: " + CONF_SUBJ,
             "Tack! En sak till: jag har celiaki och behöver glutenfri kost vid fika och lunch.\n\n/Lars\n\n"
             + ol(DL, "den 15 januari 2027 14:40", "Hjort Lars <lars.hjort@hedemora.se>", CONF_SUBJ,
                  conf("Lars", [S1, S2]), sep=None),
             X("change", [P("Lars Hjort", "lars.hjort@hedemora.se", "Hedemora kommun")], [S1, S2],
               diet="glutenfri"),
             "reply to the confirmation adding a diet -> change; sessions from the quoted confirmation (3/5, 21/9); "
             "organisation from the domain"),

        mail("bi125", "2026-12-08T10:05", ("Carlsson Yvonne", "yvonne.carlsson@falun.se"), "SV: Anmälan DalaLab",
             "Hej igen,\n\nJag skrev fel datum i förra mejlet. Det ska vara tisdag 21 september, inte 22 september. "
             "Alltså 3 maj och 21 september.\n\nUrsäkta krånglet!\nYvonne\n\n"
             "Yvonne Carlsson\nPlaneringsarkitekt | Falu kommun\n023-830 00\n\n"
             + ol("Carlsson Yvonne", "den 7 december 2026 16:51",
                  "'linnea.hassis@regiondalarna.se' <linnea.hassis@regiondalarna.se>", "Anmälan DalaLab",
                  "Hej Linnea!\n\nJag vill anmäla mig till DalaLab, träffarna den 3 maj och den 22 september.\n\n"
                  "Mvh Yvonne Carlsson, Falu kommun"),
             X("change", [P("Yvonne Carlsson", "yvonne.carlsson@falun.se", "Falu kommun")], [S1, S2]),
             "correction of her own signup sent the day before (wrong date 22 Sep -> 21 Sep); sessions after the "
             "correction 3 May + 21 Sep"),

        mail("bi126", "2027-01-11T11:20", ("Ewa Sjödin", "ewa.sjodin@borlange.se"), "VB: DalaLab i höst?",
             "Hej Linnea,\n\nAnmäl gärna Anders enligt nedan, jag har godkänt det.\n\nHälsningar\nEwa Sjödin\n"
             "Avdelningschef Strategisk planering\nBorlänge kommun\n\n"
             + ol("Anders Lönn <anders.lonn@borlange.se>", "den 8 januari 2027 15:12",
                  "Ewa Sjödin <ewa.sjodin@borlange.se>", "DalaLab i höst?",
                  "Hej Ewa!\n\nRegionen har bjudit in till DalaLab. Första träffen i maj krockar med min "
                  "föräldraledighet, men höstens två träffar (21 september och 29 november) skulle passa bra, och de "
                  "handlar om precis det vi håller på med i ÖP:n. Är det ok att jag anmäler mig? Februariträffen vet "
                  "jag inte än.\n\n/Anders", sep="________________________________"),
             X("register", [P("Anders Lönn", "anders.lonn@borlange.se", "Borlänge kommun")], [S2, S3]),
             "manager forwards a colleague's request and asks to sign him up 'enligt nedan'; manager not in people; "
             "the two autumn dates are in the forwarded part"),

        mail("bi127", "2026-12-03T07:48", ("Ohlsson Stefan", "stefan.ohlsson@rattvik.se"), "VB: " + INV_SUBJ,
             "Hej!\n\nJag och Karin kommer. Alla fyra träffarna. Karin Dalkvist har adressen "
             "karin.dalkvist@rattvik.se, hon är vegetarian.\n\n"
             "Stefan Ohlsson\nSamhällsbyggnadschef, Rättviks kommun\n\n"
             + ol(LH, "torsdag, 26 november 2026 10:02", "Ohlsson Stefan <stefan.ohlsson@rattvik.se>", INV_SUBJ,
                  INV, sep="________________________________"),
             X("register", [P("Stefan Ohlsson", "stefan.ohlsson@rattvik.se", "Rättviks kommun"),
                            P("Karin Dalkvist", "karin.dalkvist@rattvik.se", "Rättviks kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "manager forwards the invitation back with 'Jag och Karin kommer'; both registered for all four; "
             "Karin's diet only"),

        tg("bi128", "2027-01-22T12:10", "Sören Dahl", 1187743920,
           "Hej! Min kollega Petra anmälde sig via mejl i förra veckan. Jag vill också vara med, på alla träffar. "
           "Sören Dahl, Avesta kommun",
           X("register", [P("Sören Dahl", None, "Avesta kommun")], ALL),
           "Telegram signup for the sender only; the colleague who already registered is merely mentioned"),

        mail("bi129", "2026-12-14T15:33", ("Riikka Mäkelä", "riikka.makela@pohjois-pohjanmaa.fi"),
             "FW: VB: " + INV_SUBJ,
             "Dear Linnea,\n\nMy colleague Magnus at Region Dalarna forwarded your invitation to me. I work as a "
             "regional planner at the Council of Oulu Region in Finland, and we are just starting our own work on a "
             "regional planning strategy, so DalaLab would be very interesting for me.\n\n"
             "I would like to register for the first two sessions, 3 May in Falun and 21 September. I understand the "
             "sessions are held in Swedish; I read Swedish reasonably well, but I will probably ask my questions in "
             "English, if that is fine.\n\nBest regards,\nRiikka Mäkelä\nRegional Planner\nCouncil of Oulu Region\n"
             "riikka.makela@pohjois-pohjanmaa.fi\n+358 40 123 4567\n\n"
             + ol_en("Magnus Ehn <magnus.ehn@regiondalarna.se>", "Friday, December 11, 2026 9:47 AM",
                     "Riikka Mäkelä <riikka.makela@pohjois-pohjanmaa.fi>", "VB: " + INV_SUBJ,
                     "Hi Riikka, see below – maybe something for you? Registration goes to Linnea. /Magnus\n\n"
                     + ol(LH, INV_SENT, "Ehn Magnus <magnus.ehn@regiondalarna.se>", INV_SUBJ, INV, sep=None)),
             X("register", [P("Riikka Mäkelä", "riikka.makela@pohjois-pohjanmaa.fi", None)], [S1, S2]),
             "Finnish regional planner writing in English, forwarding a colleague's forward of the invitation; "
             "foreign organisation -> null; the forwarding Region Dalarna colleague is not in people"),

        mail("bi130", "2027-03-02T16:05", ("Grip Åsa", "asa.grip@sater.se"), "SV: " + CONF_SUBJ,
             "Hej!\n\nTyvärr måste jag avboka mig från träffen 21 september – vi har kommunfullmäktige samma dag. "
             "De andra tre står kvar.\n\nVänliga hälsningar\nÅsa Grip\nSäters kommun\n\n"
             + ol(DL, "den 9 februari 2027 11:03", "Grip Åsa <asa.grip@sater.se>", CONF_SUBJ, conf("Åsa", ALL),
                  sep=None),
             X("cancel", [P("Åsa Grip", "asa.grip@sater.se", "Säters kommun")], [S2]),
             "partial cancellation in a reply to the confirmation; only 21 Sep cancelled"),

        mail("bi131", "2026-12-10T09:58", ("Kristoffer Wahlund", "kristoffer.wahlund@gagnef.se"),
             "SV: " + INV_SUBJ,
             "Hej Linnea,\n\nIntressant upplägg! Innan vi anmäler oss: går det att delta digitalt på någon av "
             "träffarna? Vi har en bit till Falun och är bara två på planenheten. Och vet ni redan var höstens "
             "träffar kommer att hållas?\n\nMvh\nKristoffer Wahlund\nPlanchef, Gagnefs kommun\n0241-150 00\n\n"
             + ol(LH, INV_SENT, "Wahlund Kristoffer <kristoffer.wahlund@gagnef.se>", INV_SUBJ, INV),
             X("question"),
             "question in a reply to the invitation, explicitly before signing up -> no people, no sessions"),

        tg("bi132", "2027-02-03T17:45", "Maja Lindqvist", 5567102348,
           "hej! jag är bara anmäld till maj-träffen men kan jag byta till september istället? det blir krångligt "
           "med 3 maj. /Maja, Mora",
           X("change", [P("Maja Lindqvist", None, "Mora kommun")], [S2]),
           "Telegram request to move from 3 May to September -> change; sessions after the change = 21 Sep"),

        mail("bi133", "2027-02-16T10:31", ("Hallberg Jimmy", "jimmy.hallberg@ludvika.se"),
             "SV: SV: Anmälan DalaLab",
             "Hej igen Linnea!\n\nNu har jag fått klartecken från min chef även för februariträffen, så lägg gärna "
             "till 22 februari 2028. Då blir det 3 maj, 21 september och 22 februari för min del.\n\n/Jimmy\n\n"
             + ol(LH, "den 2 februari 2027 13:20", "Hallberg Jimmy <jimmy.hallberg@ludvika.se>",
                  "SV: Anmälan DalaLab",
                  "Hej Jimmy!\n\nTack, nu är du anmäld till 3 maj och 21 september. Hör av dig om du får ok för fler "
                  "träffar, det går bra att lägga till fram till 14 april.\n\nHälsningar\nLinnea\n\n"
                  + ol("Hallberg Jimmy", "den 1 februari 2027 08:47", LH, "Anmälan DalaLab",
                       "Hej!\n\nJag vill anmäla mig till DalaLab 3 maj och 21 september. Den 29 november har vi "
                       "budgetberedning så den går bort. Februari vet jag inte än, jag återkommer om den.\n\n"
                       "Jimmy Hallberg\nTrafik- och samhällsplanerare\nLudvika kommun\n0240-860 00", sep=None),
                  sep=None),
             X("change", [P("Jimmy Hallberg", "jimmy.hallberg@ludvika.se", "Ludvika kommun")], [S1, S2, S4]),
             "three-message Outlook chain, only the top is new: adds 22 Feb to an existing 3/5 + 21/9 signup"),

        mail("bi134", "2027-01-07T13:12", ("Ingrid Haugen", "ingrid.haugen@trysil.kommune.no"),
             "SV: VB: " + INV_SUBJ,
             "Hi Linnea,\n\nTommy Eriksson in Malung-Sälen sent me this invitation. We cooperate with them on "
             "cross-border planning in the Trysil–Sälen area, and I would very much like to join. Is it open to "
             "people from Norway? If so, please register me for the first session (3 May) and the last one in "
             "February 2028. I'm a vegetarian.\n\nBest regards / Med vennlig hilsen\nIngrid Haugen\n"
             "Arealplanlegger\nTrysil kommune, Norway\nTlf +47 62 45 77 00\n\n"
             "Fra: Tommy Eriksson <tommy.eriksson@malung-salen.se>\nSendt: mandag 4. januar 2027 14:05\n"
             "Til: Ingrid Haugen <ingrid.haugen@trysil.kommune.no>\nEmne: VB: " + INV_SUBJ + "\n\n"
             "Hei Ingrid! Kanske något för dig? Anmälan till Linnea, se nedan. /Tommy\n\n"
             + ol(LH, INV_SENT, "Eriksson Tommy <tommy.eriksson@malung-salen.se>", INV_SUBJ, INV, sep=None),
             X("register", [P("Ingrid Haugen", "ingrid.haugen@trysil.kommune.no", None)], [S1, S4],
               diet="vegetarian"),
             "Norwegian planner in English; signup conditional on eligibility still a signup; first and last "
             "session; Norwegian municipality -> organisation null; the forwarding Malung-Sälen colleague not in people"),

        mail("bi135", "2026-12-15T14:22", ("Rask Helena", "helena.rask@regiondalarna.se"), "SV: " + INV_SUBJ,
             "Hej Linnea!\n\nVi på enheten för regional utveckling vill gärna vara med hela vägen – anmäl mig och "
             "Oscar Bäck (oscar.back@regiondalarna.se) till alla fyra träffarna. Jag kan ta en kort presentation av "
             "RUS-arbetet om ni vill ha det.\n\nKram/Helena\n\nHelena Rask\nSamhällsplanerare\nRegion Dalarna\n"
             "Box 712, 791 29 Falun\n\n"
             + ol(LH, INV_SENT, "Rask Helena <helena.rask@regiondalarna.se>", INV_SUBJ, INV),
             X("register", [P("Helena Rask", "helena.rask@regiondalarna.se", "Region Dalarna"),
                            P("Oscar Bäck", "oscar.back@regiondalarna.se", "Region Dalarna")], ALL),
             "organiser's own region replying to the invitation for herself and a colleague; all four"),

        mail("bi136", "2027-03-08T09:12", ("Öberg Mattias", "mattias.oberg@falun.se"), "SV: " + CONF_SUBJ,
             "Tack! En sak till: jag kan tyvärr inte den 29 november (semester), men min kollega Maja Holm "
             "(maja.holm@falun.se) går i mitt ställe den dagen. Övriga träffar kommer jag på själv.\n\nMattias\n\n"
             + ol(DL, "den 3 mars 2027 10:47", "Öberg Mattias <mattias.oberg@falun.se>", CONF_SUBJ,
                  conf("Mattias", ALL), sep=None),
             X("change", [P("Mattias Öberg", "mattias.oberg@falun.se", "Falu kommun"),
                          P("Maja Holm", "maja.holm@falun.se", "Falu kommun")], [S3]),
             "substitution for one session in a reply to the confirmation: both people; sessions = what the "
             "substitute takes (29 Nov)"),

        mail("bi137", "2027-02-09T11:04", ("Pia Norling", "pia.norling@vansbro.se"), "Automatiskt svar: " + CONF_SUBJ,
             "Hej,\n\nJag är på tjänsteresa till och med den 14 februari och läser inte e-post regelbundet. Vid "
             "brådskande ärenden, kontakta kommunens växel 0281-750 00 eller plan@vansbro.se.\n\n"
             "Med vänlig hälsning\nPia Norling\nVansbro kommun",
             X("auto_reply"),
             "Outlook out-of-office answering the confirmation mail; no Auto-Submitted header"),

        tg("bi138", "2027-03-11T21:03", "Hampus Ek", 903442817,
           "hej, ändrade mig 😅 kan köra alla fyra ändå, inte bara 3 maj som jag skrev förut. /hampus, ludvika",
           X("change", [P("Hampus Ek", None, "Ludvika kommun")], ALL),
           "Telegram follow-up extending an earlier 3 May signup to all four -> change, sessions all four"),

        mail("bi139", "2027-02-22T14:50", ("Lisa Mörk", "lisa.mork@alvdalen.se"), "Fwd: DalaLab",
             "Hej Linnea!\n\nJag vill anmäla mig till DalaLab, alla fyra träffarna. Min kollega Mikael bad mig "
             "anmäla honom också, se hans mejl nedan.\n\nTack!\nLisa Mörk\nMiljö- och planeringsenheten, "
             "Älvdalens kommun\n\n"
             "---------- Forwarded message ---------\nFrån: Mikael Jonsson <mikael.jonsson@alvdalen.se>\n"
             "Date: fre 19 feb. 2027 kl 16:02\nSubject: DalaLab\nTo: Lisa Mörk <lisa.mork@alvdalen.se>\n\n\n"
             "Hej Lisa, du som ändå ska anmäla dig till DalaLab, kan du anmäla mig samtidigt? Jag hänger med på "
             "samma träffar som du. Skriv att jag behöver glutenfri kost.\n\n/Micke",
             X("register", [P("Lisa Mörk", "lisa.mork@alvdalen.se", "Älvdalens kommun"),
                            P("Mikael Jonsson", "mikael.jonsson@alvdalen.se", "Älvdalens kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "Gmail forward: sender signs up for all four and adds the colleague from the forwarded part ('samma "
             "träffar som du'); his address from the forwarded header; his diet only"),

        mail("bi140", "2027-03-18T08:05", ("Backman Camilla", "camilla.backman@malung-salen.se"), "SV: " + CONF_SUBJ,
             "Tack för bekräftelsen!\n\nTvå frågor: var i Falun är första träffen, och blir det lunch eller ska vi "
             "ta med? Jag åker buss från Malung så det vore bra att veta adressen i god tid.\n\nHälsningar Camilla\n\n"
             + ol(DL, "den 17 mars 2027 15:20", "Backman Camilla <camilla.backman@malung-salen.se>", CONF_SUBJ,
                  conf("Camilla", [S1, S3]), sep=None),
             X("question"),
             "practical questions in a reply to the confirmation; quoted dates are not a request"),

        mail("bi141", "2027-01-27T10:40", ("Lind Sara", "sara.lind@avesta.se"), "SV: Anmälan till DalaLab",
             "Hej igen!\n\nJag såg nu att jag skrev fel e-postadress i förra mejlet – det ska vara "
             "sara.lind@avesta.se, utan h på slutet. Anmälan gäller som tidigare alla fyra träffarna.\n\n"
             "Mvh\nSara Lind\nAvesta kommun\n\n"
             + ol("Lind Sara", "den 25 januari 2027 15:18", "linnea.hassis@regiondalarna.se",
                  "Anmälan till DalaLab",
                  "Hej!\n\nJag vill anmäla mig till alla fyra träffarna i DalaLab.\n\nNamn: Sara Lind\n"
                  "Organisation: Avesta kommun\nE-post: sara.lindh@avesta.se\nSpecialkost: nej\n\nHälsningar Sara"),
             X("change", [P("Sara Lind", "sara.lind@avesta.se", "Avesta kommun")], ALL),
             "correction of her own earlier mail (mistyped address) -> change of details; the wrong address is not "
             "a second person; sessions stay all four"),

        tg("bi142", "2027-03-23T07:32", "Karl-Johan Persson", 2210984456,
           "hej! måste tyvärr avanmäla mig från 29 nov, krockar med budgetarbetet. står kvar på de andra tre "
           "/kalle, hedemora",
           X("cancel", [P("Karl-Johan Persson", None, "Hedemora kommun")], [S3]),
           "Telegram partial cancellation of one session"),

        mail("bi143", "2027-01-13T19:47", ("Hed Birgitta", "birgitta.hed@orsa.se"), "SV: SV: SV: " + INV_SUBJ,
             "Tack för snabbt svar!\n\nDå anmäler jag mig till träffarna 3 maj och 21 september. De andra två får "
             "jag återkomma om när nämndens sammanträdesplan för 2028 är klar.\n\n"
             "Birgitta Hed (C)\nOrdförande samhällsbyggnadsnämnden\nOrsa kommun\n\n"
             + ol(LH, "den 12 januari 2027 09:15", "Hed Birgitta <birgitta.hed@orsa.se>", "SV: SV: " + INV_SUBJ,
                  "Hej Birgitta!\n\nJa, förtroendevalda är varmt välkomna, även om lärprojektet i första hand vänder "
                  "sig till tjänstepersoner. Det går också bra att bara gå på några av träffarna.\n\n"
                  "Hälsningar\nLinnea\n\n"
                  + ol("Hed Birgitta", "den 11 januari 2027 21:30", LH, "SV: " + INV_SUBJ,
                       "Hej,\ngäller inbjudan även oss politiker? Jag sitter som ordförande i "
                       "samhällsbyggnadsnämnden och skulle gärna följa arbetet med planeringsstrategin.\n/Birgitta\n\n"
                       + ol(LH, INV_SENT, "Hed Birgitta <birgitta.hed@orsa.se>", INV_SUBJ, INV, sep=None),
                       sep=None),
                  sep=None),
             X("register", [P("Birgitta Hed", "birgitta.hed@orsa.se", "Orsa kommun")], [S1, S2]),
             "politician's long chain (her question, the organiser's answer, the invitation); only the top is new: "
             "signup for 3 May and 21 Sep; the other two deferred"),

        mail("bi144", "2027-03-10T13:15", ("Fält Roger", "roger.falt@smedjebacken.se"), "VB: " + CONF_SUBJ,
             "Hej Linnea,\n\nJohanna Lindell har slutat hos oss i Smedjebacken, så hon ska strykas från DalaLab. "
             "Vi återkommer om någon annan kan ta hennes plats.\n\nHälsningar\nRoger Fält\nSamhällsbyggnadschef\n"
             "Smedjebackens kommun\n\n"
             + ol("Lindell Johanna <johanna.lindell@smedjebacken.se>", "den 12 februari 2027 10:21",
                  "Fält Roger <roger.falt@smedjebacken.se>", "VB: " + CONF_SUBJ,
                  "FYI, nu är jag anmäld!\n\n"
                  + ol(DL, "den 12 februari 2027 09:58", "Lindell Johanna <johanna.lindell@smedjebacken.se>",
                       CONF_SUBJ, conf("Johanna", ALL), sep=None)),
             X("cancel", [P("Johanna Lindell", "johanna.lindell@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "manager forwards a former employee's forwarded confirmation and asks to remove her: cancel all four; "
             "manager not in people; her address from the forwarded header"),

        mail("bi145", "2027-02-25T11:30", ("Sjöö Anna-Karin", "anna-karin.sjoo@lansstyrelsen.se"),
             "SV: " + CONF_SUBJ,
             "Tack! En sak till: min kollega Per Nåhls på samhällsbyggnadsenheten vill också följa med, på samma "
             "träffar som jag. Hans adress är per.nahls@lansstyrelsen.se.\n\nHälsningar\nAnna-Karin Sjöö\n"
             "Länsstyrelsen Dalarna\n\n"
             + ol(DL, "den 24 februari 2027 16:12", "Sjöö Anna-Karin <anna-karin.sjoo@lansstyrelsen.se>",
                  CONF_SUBJ, conf("Anna-Karin", [S2, S3, S4]), sep=None),
             X("register", [P("Per Nåhls", "per.nahls@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3, S4]),
             "reply to her own confirmation signing up a colleague for 'samma träffar som jag' (the three quoted); "
             "the sender is already registered and not in people"),

        tg("bi146", "2027-03-30T18:20", "Elsa Hammar", 7034412976,
           "hej! blir det parkering vid lokalen i falun den 3 maj? jag är anmäld sen förra veckan 🚗",
           X("question"),
           "Telegram practical question from someone already registered; the date is no request"),

        mail("bi147", "2027-02-01T10:12", ("Hannah Whitfield", "hannah.whitfield@norrplan.se"), "Fwd: VB: " + INV_SUBJ,
             "Hello Linnea,\n\nViveka Strömberg at Falu kommun forwarded this invitation to me (below). I'm a British "
             "planning consultant based in Falun and currently help two of the Dalarna municipalities with their "
             "översiktsplan, so the autumn sessions would be very useful.\n\nCould you please register me for "
             "sessions 2 and 3 (21 September and 29 November)? I understand municipal staff come first – if space "
             "is limited, please let me know.\n\nKind regards,\nHannah Whitfield\nSenior Consultant, Norrplan AB\n"
             "+46 70 412 88 31\n\n"
             "---------- Forwarded message ---------\nFrom: Viveka Strömberg <viveka.stromberg@falun.se>\n"
             "Date: Thu, 28 Jan 2027 at 14:51\nSubject: VB: " + INV_SUBJ + "\n"
             "To: Hannah Whitfield <hannah.whitfield@norrplan.se>\n\n\nHej Hannah, kanske intressant för dig? /Viveka\n\n"
             + ol(LH, INV_SENT, "Strömberg Viveka <viveka.stromberg@falun.se>", INV_SUBJ, INV),
             X("register", [P("Hannah Whitfield", "hannah.whitfield@norrplan.se", None)], [S2, S3]),
             "English consultant at a private firm -> organisation null; 'sessions 2 and 3'; the Falun colleague "
             "who forwarded it is not in people"),

        mail("bi148", "2027-02-12T13:44", ("Forsgren Nina", "nina.forsgren@gagnef.se"), "SV: " + CONF_SUBJ,
             "Tack! En sak till: Amir är vegetarian och jag behöver laktosfri kost. Det glömde jag skriva i "
             "anmälan.\n\n/Nina\n\n"
             + ol(DL, "den 11 februari 2027 15:30", "Forsgren Nina <nina.forsgren@gagnef.se>", CONF_SUBJ,
                  conf("Nina och Amir", [S1, S2, S3], plural=True), sep=None,
                  cc="Haddad Amir <amir.haddad@gagnef.se>"),
             X("change", [P("Nina Forsgren", "nina.forsgren@gagnef.se", "Gagnefs kommun", diet="laktosfri"),
                          P("Amir Haddad", "amir.haddad@gagnef.se", "Gagnefs kommun", diet="vegetarian")],
               [S1, S2, S3], diet="laktosfri, vegetarian"),
             "reply to a joint confirmation adding two different diets -> change for both; sessions from the "
             "confirmation; Amir's address from the Kopia line"),

        mail("bi149", "2027-03-15T08:31", ("Daniel Hughes", "daniel.hughes@regiondalarna.se"),
             "Automatic reply: " + REM_SUBJ,
             "Thank you for your email. I am on parental leave until 30 August 2027 and will not be reading my "
             "email. For matters concerning regional infrastructure planning, please contact "
             "regiondalarna@regiondalarna.se or call +46 23 49 00 00.\n\nBest regards,\nDaniel Hughes\nRegion Dalarna",
             X("auto_reply"),
             "English out-of-office answering the reminder; the Swedish subject carries the deadline"),

        tg("bi150", "2027-02-15T08:50", "Linus Wester", 1620093851,
           "hej, kollegan tipsade om dalalab. anmäler mig till 3/5 och 21/9! /linus, hedemora kommun",
           X("register", [P("Linus Wester", None, "Hedemora kommun")], [S1, S2]),
           "short Telegram signup after a colleague's tip; numeric dates"),

        mail("bi151", "2027-03-04T15:26", ("Rydberg Gustav", "gustav.rydberg@vansbro.se"), "SV: " + CONF_SUBJ,
             "Hej Linnea,\n\nNu ser jag att jag anmälde mig till fel träff. Jag menade tisdagen i februari "
             "(tillgänglighet), inte måndagen i november. Kan du ändra så att jag bara står på 22 februari?\n\n"
             "Tack och förlåt strulet\nGustav\n\n"
             + ol(DL, "den 2 mars 2027 10:44", "Rydberg Gustav <gustav.rydberg@vansbro.se>", CONF_SUBJ,
                  conf("Gustav", [S3]), sep=None)
             + "\n\n"
             + ol("Rydberg Gustav", "den 1 mars 2027 22:10", LH, "DalaLab",
                  "Hej! Anmäler mig till DalaLab-träffen den 29 november om tillgänglighet. "
                  "/Gustav Rydberg, Vansbro kommun"),
             X("change", [P("Gustav Rydberg", "gustav.rydberg@vansbro.se", "Vansbro kommun")], [S4]),
             "chain: his own signup naming the wrong date, the confirmation, and the new top correcting it to "
             "22 Feb only"),

        mail("bi152", "2027-03-22T10:15", ("Berglund Ulrika", "ulrika.berglund@smedjebacken.se"), "SV: " + REM_SUBJ,
             "Hej Linnea!\n\nBra med påminnelsen – vi hade tänkt anmäla oss men det blev inte av. Från Smedjebacken "
             "kommer vi tre:\n\nUlrika Berglund, ulrika.berglund@smedjebacken.se\n"
             "Tobias Kvist, tobias.kvist@smedjebacken.se (glutenfri kost)\n"
             "Fatima Ali, fatima.ali@smedjebacken.se\n\nAlla tre på samtliga träffar.\n\n"
             "Hälsningar\nUlrika Berglund\nPlaneringsarkitekt\nSmedjebackens kommun\n\n"
             + ol(LH, REM_SENT, "Berglund Ulrika <ulrika.berglund@smedjebacken.se>", REM_SUBJ, REM),
             X("register", [P("Ulrika Berglund", "ulrika.berglund@smedjebacken.se", "Smedjebackens kommun"),
                            P("Tobias Kvist", "tobias.kvist@smedjebacken.se", "Smedjebackens kommun",
                              diet="glutenfri"),
                            P("Fatima Ali", "fatima.ali@smedjebacken.se", "Smedjebackens kommun")],
               ALL, diet="glutenfri"),
             "reply to the reminder registering three (sender included) for all four; one diet"),

        tg("bi153", "2027-04-05T20:12", "Kim Roslund", 5892200417,
           "hej igen. blir ingen dalalab för mig, har fått nytt jobb i stockholm. avanmäl mig från allt tack 😞 "
           "/kim, borlänge",
           X("cancel", [P("Kim Roslund", None, "Borlänge kommun")], ALL),
           "Telegram full cancellation ('från allt') -> all four"),

        mail("bi154", "2027-03-01T09:40", ("Hellström Mona", "mona.hellstrom@leksand.se"), "VB: " + INV_SUBJ,
             "Hej Linnea,\n\nJag skickar inbjudan vidare igen eftersom jag har en fråga om kvoten. Vi har redan tre "
             "anmälda från Leksand, men vår nya planeringsstrateg börjar den 1 april. Finns det möjlighet att hon "
             "kommer med, eller får hon i så fall ta någon annans plats? Hon heter Ylva och jag kan anmäla henne när "
             "hon har börjat.\n\nHälsningar\nMona Hellström\nPlan- och exploateringschef\nLeksands kommun\n\n"
             + ol(LH, INV_SENT, "Hellström Mona <mona.hellstrom@leksand.se>", INV_SUBJ, INV),
             X("question"),
             "forward of the invitation with a quota question about a future colleague; nobody registered yet"),

        mail("bi155", "2027-01-19T16:03", ("Thomas Richter", "thomas.richter@kultgeog.uu.se"), "RE: VB: " + INV_SUBJ,
             "Dear Ms Hassis,\n\nThank you for sending me the invitation. I am a researcher in human geography at "
             "Uppsala University, working on a project on strategic spatial planning in Swedish municipalities, and "
             "the third session, on planning for both desirable futures and uncertainty, is very close to our "
             "work.\n\nWould it be possible for me to take part in the session on 29 November 2027? Please register "
             "me if that's fine, and let me know if you would rather I did not take notes for research purposes.\n\n"
             "Best wishes,\nThomas Richter\nPostdoctoral researcher\nDepartment of Social and Economic Geography\n"
             "Uppsala University\n\n"
             + ol_en(LH, "Monday, January 18, 2027 2:12 PM", "Thomas Richter <thomas.richter@kultgeog.uu.se>",
                     "VB: " + INV_SUBJ,
                     "Hej Thomas,\n\nHär är inbjudan som vi pratade om i telefon.\n\nVänliga hälsningar\nLinnea\n\n"
                     + ol(LH, INV_SENT, "Kommuner Dalarna", INV_SUBJ, INV, sep=None)),
             X("register", [P("Thomas Richter", "thomas.richter@kultgeog.uu.se", None)], [S3]),
             "English researcher (university -> organisation null) asking to join one session and 'please register "
             "me' -> register 29 Nov"),

        mail("bi156", "2027-02-04T08:15", ("Nyström Jessica", "jessica.nystrom@malung-salen.se"),
             "SV: Anmälan DalaLab",
             "Hej igen,\n\nJag skrev fel i förra mejlet: det ska vara första och tredje träffen, inte första och "
             "sista. Alltså 3 maj och 29 november. I februari 2028 har vi redan en studieresa inplanerad.\n\n"
             "/Jessica\n\n"
             + ol("Nyström Jessica", "den 3 februari 2027 16:40", "linnea.hassis@regiondalarna.se",
                  "Anmälan DalaLab",
                  "Hej Linnea!\nJag vill anmäla mig till första och sista träffen i DalaLab.\n"
                  "Jessica Nyström, Malung-Sälens kommun"),
             X("change", [P("Jessica Nyström", "jessica.nystrom@malung-salen.se", "Malung-Sälens kommun")], [S1, S3]),
             "correction of her own signup from the day before: first and third instead of first and last"),

        tg("bi157", "2027-01-09T12:30", "Alva Göransson", 6678012395,
           "Hej igen! Glömde skriva i anmälan att jag behöver glutenfri kost 🙏",
           X("change", [P("Alva Göransson", None, None)], [], diet="glutenfri", unsure=["sessions"]),
           "Telegram diet follow-up to an earlier signup -> change; her sessions are not stated anywhere, so "
           "sessions are unknown (unsure); no organisation given"),

        mail("bi158", "2027-02-18T13:05", ("Sundell Hanna", "hanna.sundell@sater.se"), "VB: SV: DalaLab – ok?",
             "Hej Linnea!\n\nSe nedan – vi har fått ok från chefen. Jag och Per Holm vill anmäla oss till alla fyra "
             "träffarna. Per är vegetarian.\n\nHälsningar\nHanna Sundell\nÖversiktsplanerare, Säters kommun\n\n"
             + ol("Lundh Gunnar <gunnar.lundh@sater.se>", "den 17 februari 2027 17:02",
                  "Sundell Hanna <hanna.sundell@sater.se>", "SV: DalaLab – ok?",
                  "Ja, gå ni båda två på alla fyra. Det passar bra med ÖP-arbetet.\n/Gunnar\n\n"
                  + ol("Sundell Hanna", "den 17 februari 2027 10:15", "Lundh Gunnar", "DalaLab – ok?",
                       "Hej Gunnar! Regionen kör DalaLab med fyra träffar (3/5, 21/9, 29/11 och 22/2 2028). Är det "
                       "ok att Per och jag anmäler oss? Kostnadsfritt förutom resor.\n/Hanna", cc="Holm Per"),
                  cc="Holm Per <per.holm@sater.se>"),
             X("register", [P("Hanna Sundell", "hanna.sundell@sater.se", "Säters kommun"),
                            P("Per Holm", "per.holm@sater.se", "Säters kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "forward of an internal approval thread; sender + colleague for all four; the approving manager is "
             "not in people; Per's address from the Kopia line"),

        mail("bi159", "2027-04-07T09:48", ("Ingrid Haugen", "ingrid.haugen@trysil.kommune.no"), "Re: " + CONF_SUBJ,
             "Hi Linnea,\n\nUnfortunately I have to cancel my participation on 3 May – we have a municipal council "
             "meeting that day that I cannot miss. Please keep me registered for February 2028.\n\n"
             "Sorry for the late notice!\nIngrid\n\nIngrid Haugen\nArealplanlegger, Trysil kommune\n\n"
             "Fra: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\nSendt: 8. januar 2027 09:12\n"
             "Til: Ingrid Haugen <ingrid.haugen@trysil.kommune.no>\nEmne: " + CONF_SUBJ + "\n\n"
             + conf("Ingrid", [S1, S4]),
             X("cancel", [P("Ingrid Haugen", "ingrid.haugen@trysil.kommune.no", None)], [S1]),
             "English partial cancellation (3 May) in a reply to the confirmation; February kept; Norwegian "
             "municipality -> null"),

        mail("bi160", "2027-03-25T14:02", ("Lagerkvist Sofia", "sofia.lagerkvist@ludvika.se"), "SV: " + CONF_SUBJ,
             "Tack för bekräftelsen!\n\nEn fråga bara: vi har en praktikant från samhällsplanerarprogrammet hos oss "
             "i vår. Går det bra att hon följer med till träffen 3 maj, eller räknas hon in i kommunens tre "
             "platser?\n\nMvh Sofia\n\nSofia Lagerkvist\nLudvika kommun\n\n"
             + ol(DL, "den 24 mars 2027 09:10", "Lagerkvist Sofia <sofia.lagerkvist@ludvika.se>", CONF_SUBJ,
                  conf("Sofia", ALL), sep=None),
             X("question"),
             "question about bringing an intern; no signup of the unnamed intern"),

        tg("bi161", "2027-02-26T19:14", "Olof Rehn", 813345609,
           "hej! jag och Therese Åkerlund på länsstyrelsen är anmälda till 3 maj. kan vi båda byta till 21 sept "
           "istället? det blev krock med en tillsynsresa",
           X("change", [P("Olof Rehn", None, "Länsstyrelsen Dalarna"),
                        P("Therese Åkerlund", None, "Länsstyrelsen Dalarna")], [S2]),
           "Telegram session change for the sender and a colleague: 3 May -> 21 Sep"),

        mail("bi162", "2027-01-04T07:15", ("Bengt Ahlgren", "bengt.ahlgren@malung-salen.se"), "Sv: " + INV_SUBJ,
             "Anmäler mig till alla. laktosfri kost tack.\n/Bengt Ahlgren, Malung-Sälen\n\nSkickat från min iPhone\n\n"
             + q("> 26 nov. 2026 kl. 10:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n>", INV),
             X("register", [P("Bengt Ahlgren", "bengt.ahlgren@malung-salen.se", "Malung-Sälens kommun")], ALL,
               diet="laktosfri"),
             "terse iPhone reply to the invitation; 'alla' -> all four"),

        mail("bi163", "2027-03-16T11:11", ("Axelsson Rebecka", "rebecka.axelsson@borlange.se"), "SV: " + CONF_SUBJ,
             "Tack! En sak till: jag vill gärna lägga till den 29 november också, nu när jag vet att jag är ledig "
             "då.\n\nHälsningar\nRebecka Axelsson\nBorlänge kommun\n\n"
             + ol(DL, "den 10 mars 2027 13:37", "Axelsson Rebecka <rebecka.axelsson@borlange.se>", CONF_SUBJ,
                  conf("Rebecka", [S1, S2]), sep=None),
             X("change", [P("Rebecka Axelsson", "rebecka.axelsson@borlange.se", "Borlänge kommun")], [S1, S2, S3]),
             "adds a session in a reply to the confirmation: sessions after the change = 3/5, 21/9, 29/11"),

        mail("bi164", "2026-12-18T08:03", ("Dalkvist Karin", "karin.dalkvist@rattvik.se"), "SV: " + CONF_SUBJ,
             "Tack, ser fram emot det!\n\nHälsningar Karin\n\n"
             + ol(DL, "den 17 december 2026 16:02", "Dalkvist Karin <karin.dalkvist@rattvik.se>", CONF_SUBJ,
                  conf("Karin", ALL), sep=None),
             X("unknown"),
             "plain thank-you to the confirmation: no request of any kind"),

        tg("bi165", "2027-03-03T10:25", "Anna Kowalski", 1935550248,
           "Hi! I emailed Linnea last week about DalaLab but haven't heard back, so trying here as well 🙂 Could you "
           "register me for Sept 21 and Nov 29? Anna Kowalski, Kowalski Urban Design (consultant, based in "
           "Borlänge). anna@kowalskiurban.se",
           X("register", [P("Anna Kowalski", "anna@kowalskiurban.se", None)], [S2, S3]),
           "English Telegram signup from a consultant (company -> null; Borlänge is only where she lives); "
           "address given in the text"),

        mail("bi166", "2027-03-19T15:40", ("Bodin Lennart", "lennart.bodin@avesta.se"), "VB: DalaLab",
             "Hej Linnea,\n\nJonas har bett mig skicka vidare detta till dig, han sitter på utbildning hela veckan. "
             "Kan du ändra hans anmälan enligt nedan?\n\nMvh\nLennart Bodin\nStadsbyggnadschef, Avesta kommun\n\n"
             + ol("Mellberg Jonas <jonas.mellberg@avesta.se>", "den 18 mars 2027 12:31",
                  "Bodin Lennart <lennart.bodin@avesta.se>", "DalaLab",
                  "Hej Lennart, kan du vidarebefordra till Linnea på regionen? Jag är anmäld till 3 maj och "
                  "29 november, men 3 maj krockar nu med samrådet för centrumplanen. Jag vill byta den mot "
                  "21 september i stället. 29 november står kvar.\n\n/Jonas"),
             X("change", [P("Jonas Mellberg", "jonas.mellberg@avesta.se", "Avesta kommun")], [S2, S3]),
             "manager forwards a colleague's change request; sessions after the change 21/9 + 29/11; manager not "
             "in people"),

        mail("bi167", "2027-04-01T16:22", ("Forsgren Nina", "nina.forsgren@gagnef.se"), "SV: SV: " + CONF_SUBJ,
             "Hej igen Linnea,\n\nTyvärr måste både jag och Amir avanmäla oss från novemberträffen – vi har fått en "
             "krock med kommunens chefsinternat. 3 maj och 21 september står kvar.\n\nHälsningar\nNina Forsgren\n"
             "Gagnefs kommun\n\n"
             + ol(LH, "den 12 februari 2027 15:02", "Forsgren Nina <nina.forsgren@gagnef.se>",
                  "SV: " + CONF_SUBJ,
                  "Tack, det är noterat: vegetarisk kost för Amir och laktosfritt för dig.\n\n/Linnea\n\n"
                  + ol("Forsgren Nina", "den 12 februari 2027 13:44", LH, "SV: " + CONF_SUBJ,
                       "Tack! En sak till: Amir är vegetarian och jag behöver laktosfri kost. Det glömde jag skriva "
                       "i anmälan.\n\n/Nina\n\n"
                       + ol(DL, "den 11 februari 2027 15:30", "Forsgren Nina <nina.forsgren@gagnef.se>", CONF_SUBJ,
                            conf("Nina och Amir", [S1, S2, S3], plural=True), sep=None,
                            cc="Haddad Amir <amir.haddad@gagnef.se>"),
                       sep=None),
                  sep=None, cc="Haddad Amir <amir.haddad@gagnef.se>"),
             X("cancel", [P("Nina Forsgren", "nina.forsgren@gagnef.se", "Gagnefs kommun"),
                          P("Amir Haddad", "amir.haddad@gagnef.se", "Gagnefs kommun")], [S3]),
             "long chain, only the top is new: both cancel 29 Nov; diets appear only in the quoted history, so the "
             "message states none"),

        tg("bi168", "2027-01-25T13:00", "Tuva Sjöberg", 5120098733,
           "hej, får man gå på bara en träff eller måste man gå på alla fyra? funderar på att anmäla mig",
           X("question"),
           "Telegram question before signing up"),

        mail("bi169", "2026-12-07T10:10", ("Kallin Lena", "lena.kallin@regiondalarna.se"), "SV: " + INV_SUBJ,
             "Hej Linnea!\n\nJag anmäler följande kollegor från oss på Region Dalarna till samtliga träffar:\n\n"
             "- Jenny Hallin, jenny.hallin@regiondalarna.se\n- Mohammed Said, mohammed.said@regiondalarna.se\n"
             "- Kerstin Wiik, kerstin.wiik@regiondalarna.se\n\nSjälv har jag tyvärr inte möjlighet i år.\n\n"
             "Hälsningar\nLena Kallin\nEnhetschef, Samhällsplanering\nRegion Dalarna\n\n"
             + ol(LH, INV_SENT, "Kallin Lena <lena.kallin@regiondalarna.se>", INV_SUBJ, INV),
             X("register", [P("Jenny Hallin", "jenny.hallin@regiondalarna.se", "Region Dalarna"),
                            P("Mohammed Said", "mohammed.said@regiondalarna.se", "Region Dalarna"),
                            P("Kerstin Wiik", "kerstin.wiik@regiondalarna.se", "Region Dalarna")], ALL),
             "unit head replies to the invitation registering three colleagues but not herself"),

        mail("bi170", "2027-01-14T08:36", ("Eld Robert", "robert.eld@orsa.se"), "SV: Anmälan DalaLab",
             "Hej igen!\n\nOj, jag skrev \"alla träffar\" i mejlet i går, men jag har ju tjänstledigt i höst. Jag "
             "kan bara den 3 maj och den 22 februari 2028, så anmäl mig bara till de två.\n\n/Robert\n\n"
             + ol("Eld Robert", "den 13 januari 2027 16:05",
                  "'linnea.hassis@regiondalarna.se' <linnea.hassis@regiondalarna.se>", "Anmälan DalaLab",
                  "Hej!\nAnmäl mig gärna till alla träffar i DalaLab.\nRobert Eld, fysisk planerare, Orsa kommun"),
             X("change", [P("Robert Eld", "robert.eld@orsa.se", "Orsa kommun")], [S1, S4]),
             "correction of his own signup from the day before: all four -> 3 May and 22 Feb only"),

        tg("bi171", "2027-03-12T12:17", "Ali Yousef", 6401873320,
           "Hej! Anmälde mig igår via mejl till 21/9. Kan jag lägga till 29/11 också? /Ali, Länsstyrelsen",
           X("change", [P("Ali Yousef", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "Telegram follow-up adding a session to an e-mail signup -> change, sessions 21/9 + 29/11"),

        mail("bi172", "2027-02-08T09:05", ("Emelie Storm", "emelie.storm@mora.se"), "Fwd: Anmälan DalaLab",
             "Hej Linnea!\n\nJag skickade min anmälan till fel adress förra veckan (skrev regiondalarna.com), så jag "
             "skickar den igen, se nedan.\n\n/Emelie\n\n"
             "---------- Vidarebefordrat meddelande ----------\nFrån: Emelie Storm <emelie.storm@mora.se>\n"
             "Datum: 1 februari 2027 14:22\nÄmne: Anmälan DalaLab\nTill: <linnea.hassis@regiondalarna.com>\n\n"
             "Hej!\n\nJag vill anmäla mig till DalaLab, alla fyra träffarna. Jag äter glutenfritt.\n\n"
             "Emelie Storm\nÖversiktsplanerare\nMora kommun",
             X("register", [P("Emelie Storm", "emelie.storm@mora.se", "Mora kommun")], ALL, diet="glutenfritt"),
             "forward of her own signup that went to a wrong address; the forwarded part is the signup itself"),

        tg("bi173", "2027-03-26T16:45", "Mikko Virtanen", 1378840562,
           "Hi, Mikko again (the planner from Helsinki-Uusimaa) – sorry, I won't be able to make the September "
           "session after all. Still coming in May and November!",
           X("cancel", [P("Mikko Virtanen", None, None)], [S2]),
           "English Telegram partial cancellation of 21 Sep; Finnish regional council -> organisation null"),

        mail("bi174", "2027-04-08T10:30", ("Dalén Henrik", "henrik.dalen@alvdalen.se"), "SV: " + CONF_SUBJ,
             "Hej!\n\nTack för bekräftelsen. Ska vi som är anmälda förbereda något inför första träffen, t.ex. ta med "
             "vår egen ÖP eller planeringsstrategi? Och kommer det något program innan?\n\nHälsningar\n"
             "Henrik Dalén\nÄlvdalens kommun\n\n"
             + ol(DL, "den 7 april 2027 14:05", "Dalén Henrik <henrik.dalen@alvdalen.se>", CONF_SUBJ,
                  conf("Henrik", [S1, S2]), sep=None),
             X("question"),
             "question in a reply to the confirmation"),

        mail("bi175", "2026-12-11T14:05", ("Brink Ola", "ola.brink@leksand.se"), "VB: SV: VB: " + INV_SUBJ,
             "Hej Linnea,\n\nFrida och jag har pratat ihop oss, se nedan. Vi vill båda vara med på de två första "
             "träffarna (3 maj och 21 september). Frida har adressen frida.lindmark@leksand.se.\n\n"
             "Mvh\nOla Brink\nGIS-samordnare\nLeksands kommun\n\n"
             + ol("Lindmark Frida <frida.lindmark@leksand.se>", "den 10 december 2026 11:48",
                  "Brink Ola <ola.brink@leksand.se>", "SV: VB: " + INV_SUBJ,
                  "Ja! Men bara de två första, sen är jag föräldraledig från oktober.\n/Frida\n\n"
                  + ol("Brink Ola", "den 10 december 2026 09:20", "Lindmark Frida", "VB: " + INV_SUBJ,
                       "Ska vi? /Ola\n\n" + ol(LH, INV_SENT, "Brink Ola <ola.brink@leksand.se>", INV_SUBJ, INV,
                                               sep=None))),
             X("register", [P("Ola Brink", "ola.brink@leksand.se", "Leksands kommun"),
                            P("Frida Lindmark", "frida.lindmark@leksand.se", "Leksands kommun")], [S1, S2]),
             "forward of an internal chain about the invitation; sender + colleague for the first two sessions"),

        tg("bi176", "2027-02-20T09:50", "Therese Björk", 7195530112,
           "hej! jag har bytt jobb från Borlänge kommun till Region Dalarna sen januari. anmälan till alla fyra står "
           "kvar men ny mejl: therese.bjork@regiondalarna.se",
           X("change", [P("Therese Björk", "therese.bjork@regiondalarna.se", "Region Dalarna")], ALL),
           "Telegram details change (new employer and address); sessions stay all four; the old employer is not "
           "her organisation"),

        mail("bi177", "2027-04-09T13:20", ("Wiik Kerstin", "kerstin.wiik@regiondalarna.se"), "SV: " + CONF_SUBJ,
             "Hej Linnea,\n\nJag har tyvärr blivit sjukskriven en längre tid framöver och kan inte delta på någon av "
             "träffarna. Stryk mig från listan.\n\nKerstin\n\n"
             + ol(DL, "den 8 december 2026 09:30", "Wiik Kerstin <kerstin.wiik@regiondalarna.se>", CONF_SUBJ,
                  conf("Kerstin", ALL), sep=None),
             X("cancel", [P("Kerstin Wiik", "kerstin.wiik@regiondalarna.se", "Region Dalarna")], ALL),
             "full cancellation in a reply to the confirmation -> all four"),

        mail("bi178", "2027-03-05T11:50", ("Riikka Mäkelä", "riikka.makela@pohjois-pohjanmaa.fi"),
             "RE: " + CONF_SUBJ,
             "Hi Linnea,\n\nThanks again for the confirmation. One more thing: could I switch from the September "
             "session to the one on 29 November? Our regional council has its budget seminar on 21 September. So "
             "it would be 3 May and 29 November for me.\n\nKind regards,\nRiikka\n\n"
             + ol_en(DL, "Tuesday, December 15, 2026 9:05 AM",
                     "Riikka Mäkelä <riikka.makela@pohjois-pohjanmaa.fi>", CONF_SUBJ, conf("Riikka", [S1, S2])),
             X("change", [P("Riikka Mäkelä", "riikka.makela@pohjois-pohjanmaa.fi", None)], [S1, S3]),
             "English session swap in a reply to the confirmation: 21 Sep -> 29 Nov; sessions after = 3/5 + 29/11"),

        tg("bi179", "2027-03-09T20:30", "Sofie Nord", 2284401937,
           "hej, anmäl mig o min kollega stefan berg till 21 sept o 29 nov. vi jobbar på vansbro kommun. jag är "
           "vegetarian, stefan äter allt",
           X("register", [P("Sofie Nord", None, "Vansbro kommun", diet="vegetarian"),
                          P("Stefan Berg", None, "Vansbro kommun")], [S2, S3], diet="vegetarian"),
           "Telegram signup for sender + colleague (lower-case name); only the sender has a diet"),

        mail("bi180", "2027-04-10T16:55", ("Strid Johan", "johan.strid@gagnef.se"), "SV: " + REM_SUBJ,
             "Hej!\n\nHinner jag fortfarande anmäla mig? I så fall vill jag gärna vara med på alla fyra "
             "träffarna.\n\nTrevlig helg!\nJohan Strid\nGagnefs kommun\n\nSkickat från Outlook för iOS\n\n"
             + ol(LH, "måndag, mars 15, 2027 08:30", "Strid Johan <johan.strid@gagnef.se>", REM_SUBJ, REM,
                  sep="________________________________"),
             X("register", [P("Johan Strid", "johan.strid@gagnef.se", "Gagnefs kommun")], ALL),
             "Saturday reply to the reminder before the deadline: asks if there is time and signs up for all four"),
    ]
