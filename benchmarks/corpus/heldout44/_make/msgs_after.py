"""Theme "after": what comes after a signup (au091-au135).

Follow-up signups (some as replies to the service's confirmation, quoted), session swaps and additions,
substitutes, diet updates and removals, new name or address, whole and partial cancellations (also forwarded
in a VB:/Fwd: chain), questions from people already registered, erasure requests, automatic replies to the
confirmations (out-of-office, bounce, read receipt), a mailing-list post, phishing dressed as registration,
and odd mail (a thank-you, a complaint).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

FALUN, BORL, LUD, MORA = "Falu kommun", "Borlänge kommun", "Ludvika kommun", "Mora kommun"
REG, LST = "Region Dalarna", "Länsstyrelsen Dalarna"


def conf(name, org, dates, prefix="> "):
    """A quoted confirmation as the service might have sent it (quoted text, not the request)."""
    lines = [
        "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>",
        "Ämne: Bekräftelse: anmälan till DalaLab",
        "",
        "Hej!",
        "",
        "Tack för din anmälan till DalaLab - Planering för hållbarhet och utvecklingskraft.",
        "",
        f"Anmäld: {name} ({org})",
        "Träffar:",
    ] + [f"  - {d}" for d in dates] + [
        "",
        "Vill du ändra eller avboka, svara på det här mejlet.",
        "",
        "Vänliga hälsningar",
        "Linnea Hassis, Region Dalarna",
    ]
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines)


D1 = "3 maj 2027, 10:00-15:00, Falun (fika från 09:30)"
D2 = "21 september 2027"
D3 = "29 november 2027"
D4 = "22 februari 2028"
DALL = [D1, D2, D3, D4]


def messages():
    m = []

    # ---------------- register ----------------
    m.append(mail(
        "au091", "2027-01-12T08:47", ("Helena Ek", "helena.ek@ludvika.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej Linnea,\n\ntack för bekräftelsen! Min kollega Oskar Bergqvist på samhällsbyggnad vill också vara med,"
        " på samma villkor som jag (alltså hela serien). Hans mejl är oskar.bergqvist@ludvika.se.\n\n"
        "Hälsningar\nHelena Ek\nÖversiktsplanerare | Ludvika kommun\n0240-86 000\n\n"
        + conf("Helena Ek", "Ludvika kommun", DALL),
        X("register", [P("Oskar Bergqvist", "oskar.bergqvist@ludvika.se", LUD)], ALL),
        "reply to the confirmation signing up a colleague; the sender (already booked) is not among the people;"
        " 'samma villkor' = all four; quoted dates are not the request"))

    m.append(mail(
        "au092", "2027-02-03T13:15", ("Ulla Krantz", "ulla.krantz@orsa.se"),
        "En till från Orsa",
        "Hej!\n\nVi är redan två anmälda från Orsa (jag och Mikael Svärd). Nu vill även vår nya planarkitekt"
        " Tove Landin vara med, tove.landin@orsa.se. Hon kan bara de två första gångerna, maj och september.\n\n"
        "Mvh Ulla Krantz\nPlanchef, Orsa kommun",
        X("register", [P("Tove Landin", "tove.landin@orsa.se", "Orsa kommun")], [S1, S2]),
        "third person from a municipality after two are booked; the named already-booked colleagues are not"
        " people; 'de två första gångerna, maj och september'"))

    m.append(mail(
        "au093", "2027-03-01T10:02", ("Daniel O'Connor", "daniel.oconnor@regiondalarna.se"),
        "DalaLab - sign up (follow-up to Sara's registration)",
        "Hi Linnea,\n\nMy colleague Sara Jonsson signed up last month and forwarded me your confirmation. I'd like"
        " to join too, but only for the sessions on 21 Sept and 29 Nov - I'm on leave in May and February.\n\n"
        "Dietary note: I'm vegan.\n\nBest regards,\nDaniel O'Connor\nAnalyst, Regional Development\n"
        "Region Dalarna | +46 23 77 70 00",
        X("register", [P("Daniel O'Connor", "daniel.oconnor@regiondalarna.se", REG, diet="vegan")], [S2, S3],
          diet="vegan"),
        "English follow-up signup, two named dates, apostrophe in the name, a colleague mentioned only as context"))

    m.append(mail(
        "au094", "2027-01-25T15:40", ("Anders Pettersson", "anders.pettersson@gagnef.se"),
        "Re: Bekräftelse: anmälan till DalaLab",
        "Lägg gärna till två till från oss:\n\nNilsson, Ingrid\nBerg, Tomas\n\nbåda Gagnef, alla träffar."
        " De har inga egna adresser här, svara till mig.\n\n/Anders\n\n"
        + conf("Anders Pettersson", "Gagnefs kommun", DALL),
        X("register", [P("Ingrid Nilsson", None, "Gagnefs kommun"), P("Tomas Berg", None, "Gagnefs kommun")],
          ALL),
        "'Efternamn, Förnamn' list in a reply to the sender's own confirmation; no addresses given"))

    m.append(mail(
        "au095", "2027-02-17T07:58", ("Johanna Rask", "johanna.rask@hedemora.se"),
        "DalaLab",
        "<html><body><div>Hej!</div><div>Min kollega fick precis er bekräftelse. Jag vill också gärna gå,"
        " men bara på de två sista träffarna.</div><div><br></div><div>Johanna Rask</div>"
        "<div style=\"color:#888\">Skickat från min iPhone</div></body></html>",
        X("register", [P("Johanna Rask", "johanna.rask@hedemora.se", "Hedemora kommun")], [S3, S4]),
        "HTML mail from a phone; 'de två sista träffarna' = sessions 3 and 4", html=True))

    m.append(mail(
        "au096", "2027-03-09T11:21", ("Registrator Länsstyrelsen", "registrator.dalarna@lansstyrelsen.se"),
        "Anmälan DalaLab, komplettering",
        "Hej,\n\nSom komplettering till vår tidigare anmälan anmäler vi härmed även\n\n"
        "  Carl-Johan von Essen, carl-johan.von.essen@lansstyrelsen.se\n"
        "  Märta af Klercker, marta.af.klercker@lansstyrelsen.se\n\n"
        "till höstens träffar.\n\nMed vänlig hälsning\nEnheten för samhällsplanering\nLänsstyrelsen Dalarna\n"
        "010-225 00 00",
        X("register", [P("Carl-Johan von Essen", "carl-johan.von.essen@lansstyrelsen.se", LST),
                       P("Märta af Klercker", "marta.af.klercker@lansstyrelsen.se", LST)], [S2, S3]),
        "functional mailbox signs up two with particles and a hyphen; 'höstens träffar' (plural) = Sep and Nov"))

    m.append(tg(
        "au097", "2027-02-22T20:14", "Petra Söderberg", 418203957,
        "hej! min chef anmälde mig till första träffen. vill också gå på den om tillgänglighet och den om"
        " önskvärda framtider. petra söderberg, rättviks kommun",
        X("register", [P("Petra Söderberg", None, "Rättviks kommun")], [S3, S4], unsure=["intent"]),
        "Telegram, lower case, sessions by theme title; already booked on session 1 by someone else - read as a"
        " signup for the two named ones (could be a change adding them)"))

    m.append(mail(
        "au098", "2027-03-30T16:05", ("Magnus Holmgren", "magnus.holmgren@vansbro.se"),
        "Anmälan v. 38 och v. 48",
        "Hej\n\nJag anmälde mig inte i vintras men vill nu gärna vara med på träffarna v. 38 och v. 48."
        " Äter ej fisk.\n\nMagnus Holmgren\nByggnadsinspektör/planhandläggare\nVansbro kommun",
        X("register", [P("Magnus Holmgren", "magnus.holmgren@vansbro.se", "Vansbro kommun", diet="Äter ej fisk")],
          [S2, S3], diet="Äter ej fisk"),
        "sessions given as ISO week numbers (v. 38 = 21 Sep, v. 48 = 29 Nov); diet phrased as a sentence"))

    # ---------------- change ----------------
    m.append(tg(
        "au099", "2027-01-19T14:02", "Jonas Falk", 602114873,
        "Hej, jag är anmäld till 3 maj. Kan ni lägga till 21/9 också? /Jonas Falk, Mora",
        X("change", [P("Jonas Falk", None, MORA)], [S1, S2]),
        "addition to an existing booking; sessions after the change are both"))

    m.append(mail(
        "au100", "2027-02-08T09:33", ("Björn Lindqvist", "bjorn.lindqvist@sater.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej,\n\nkan jag byta 29 november mot 22 februari? Novemberveckan krockar med KF.\n\n"
        "Med vänliga hälsningar\n\nBjörn Lindqvist\nFysisk planerare\nSamhällsbyggnadsförvaltningen\n"
        "Säters kommun\nBox 300, 783 27 Säter\nTel: 0225-550 00\nwww.sater.se\n\n"
        + conf("Björn Lindqvist", "Säters kommun", [D1, D3]),
        X("change", [P("Björn Lindqvist", "bjorn.lindqvist@sater.se", "Säters kommun")], [S4]),
        "bare swap in a reply quoting a two-session confirmation; long Outlook signature"))

    m.append(mail(
        "au101", "2027-03-15T08:10", ("Kristina Wallin", "kristina.wallin@hedemora.se"),
        "Ersättare 21/9",
        "Hej Linnea!\n\nAnna Lindgren, som är anmäld från oss, kan inte komma den 21 september."
        " Per Sjöberg (per.sjoberg@hedemora.se) går i stället just den gången.\n\n"
        "Hälsningar\nKristina Wallin\nEnhetschef plan, Hedemora kommun",
        X("change", [P("Anna Lindgren", None, "Hedemora kommun"),
                     P("Per Sjöberg", "per.sjoberg@hedemora.se", "Hedemora kommun")], [S2]),
        "substitute for one session, written by a manager who is not among the people; Anna's address not given"))

    m.append(mail(
        "au102", "2026-12-14T12:47", ("Ingela Frisk", "ingela.frisk@leksand.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej igen!\n\nJag glömde att skriva att jag är glutenintolerant. Gäller alla fyra träffarna som jag"
        " är anmäld till.\n\nMvh Ingela\n\n" + conf("Ingela Frisk", "Leksands kommun", DALL),
        X("change", [P("Ingela Frisk", "ingela.frisk@leksand.se", "Leksands kommun", diet="glutenintolerant")],
          ALL, diet="glutenintolerant"),
        "diet added after the confirmation; iso-8859-1", charset="iso-8859-1"))

    m.append(mail(
        "au103", "2027-01-28T10:55", ("Lars Östlund", "lars.ostlund@smedjebacken.se"),
        "Ändra kost",
        "Hej,\n\njag skrev laktosfri i min anmälan men det var fel, det gäller min fru och inte mig :)"
        " Ta bort specialkosten för mig, jag äter allt. Jag är fortfarande anmäld till 3/5 och 21/9.\n\n"
        "Lars Östlund\nSmedjebackens kommun",
        X("change", [P("Lars Östlund", "lars.ostlund@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
        "diet removal: a diet word appears but the stated diet is none"))

    m.append(mail(
        "au104", "2027-02-11T13:30", ("Sara Wahlström", "sara.wahlstrom@borlange.se"),
        "Nytt namn och ny mejladress",
        "Hej!\n\nJag anmälde mig till DalaLab som Sara Persson (sara.persson@borlange.se). Jag har gift mig"
        " och heter nu Sara Wahlström, och min nya adress är den jag skriver från. Anmälan gäller som förut,"
        " alla fyra tillfällena.\n\nTack!\nSara Wahlström\nStrategisk planerare, Borlänge kommun",
        X("change", [P("Sara Wahlström", "sara.wahlstrom@borlange.se", BORL)], ALL),
        "new surname and address; the old name and address appear in the text too"))

    m.append(tg(
        "au105", "2027-03-22T18:41", "Erik Nyström", 730551286,
        "Hej! Jag är anmäld till höstens träffar. Har fått ny mejl: erik.nystrom@lansstyrelsen.se"
        " (den gamla på regionen slutar fungera). Numera på Lst Dalarna.",
        X("change", [P("Erik Nyström", "erik.nystrom@lansstyrelsen.se", LST)], [S2, S3]),
        "Telegram address and organisation change; sessions stated as 'höstens träffar'"))

    m.append(mail(
        "au106", "2027-04-02T09:12", ("Karl Hedlund", "karl.hedlund@alvdalen.se"),
        "september?",
        "Hej, jag är anmäld till september men det ser ut som att jag inte kommer kunna då. Kanske kan jag"
        " komma i november istället, om det finns plats?\n\nKarl Hedlund, Älvdalens kommun",
        X("change", [P("Karl Hedlund", "karl.hedlund@alvdalen.se", "Älvdalens kommun")], [S3],
          unsure=["change-or-cancel"]),
        "tentative swap Sep -> Nov phrased as a question; could be read as cancel of Sep only"))

    m.append(mail(
        "au107", "2026-12-21T15:03", ("Emma Blom", "emma.blom@avesta.se"),
        "Fel i bekräftelsen",
        "Hej!\n\nI bekräftelsen står det bara 3 maj, men jag ville anmäla mig till hela lärprojektet."
        " Kan ni rätta det?\n\n/Emma Blom, Avesta\n\n" + conf("Emma Blom", "Avesta kommun", [D1]),
        X("change", [P("Emma Blom", "emma.blom@avesta.se", "Avesta kommun")], ALL),
        "correction of a wrong confirmation: sessions after the change are all four"))

    m.append(mail(
        "au108", "2027-03-04T14:26", ("Maria Lund", "maria.lund@falun.se"),
        "Byte av deltagare DalaLab",
        "Hej,\n\nVi har våra tre platser från Falu kommun. Eva Strand slutar hos oss i sommar, så Johan Ek tar"
        " över hennes plats från och med septemberträffen. Eva går alltså bara på den första.\n\n"
        "Johans mejl: johan.ek@falun.se\n\nHälsningar\nMaria Lund\nAvdelningschef, Stadsbyggnadskontoret",
        X("change", [P("Eva Strand", None, FALUN), P("Johan Ek", "johan.ek@falun.se", FALUN)], [S2, S3, S4]),
        "substitution from September on under a full quota; the substitute's sessions are the last three"))

    m.append(tg(
        "au109", "2027-01-07T22:09", "Hanna Berglöf", 551902364,
        "flytta mig från 21.9 till den 29:e nov tack",
        X("change", [P("Hanna Berglöf", None, None)], [S3]),
        "bare swap with '21.9' and 'den 29:e nov'; no organisation anywhere"))

    # ---------------- cancel ----------------
    m.append(mail(
        "au110", "2027-02-26T11:48", ("Jessica Mårtensson", "jessica.martensson@avesta.se"),
        "Avanmälan DalaLab",
        "Hej Linnea,\n\nJag har fått ett nytt jobb utanför Dalarna och måste tyvärr avanmäla mig från hela"
        " DalaLab. Lycka till med projektet!\n\nJessica Mårtensson\nAvesta kommun",
        X("cancel", [P("Jessica Mårtensson", "jessica.martensson@avesta.se", "Avesta kommun")], ALL),
        "whole cancellation, no sessions named"))

    m.append(mail(
        "au111", "2027-03-18T08:36", ("Ola Grip", "ola.grip@mora.se"),
        "Re: Bekräftelse: anmälan till DalaLab",
        "Kan tyvärr inte komma 22 februari 2028, men resten står kvar.\n\nOla\n\n"
        + conf("Ola Grip", "Mora kommun", DALL),
        X("cancel", [P("Ola Grip", "ola.grip@mora.se", MORA)], [S4]),
        "partial cancel of one session in a reply quoting all four"))

    m.append(mail(
        "au112", "2027-01-31T09:20", ("Fredrik Dahl", "fredrik.dahl@rattvik.se"),
        "VB: DalaLab",
        "Hej Linnea, se nedan. Maria kommer alltså inte på någon av träffarna. Vi återkommer om en ersättare.\n"
        "/Fredrik\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Maria Holm <maria.holm@rattvik.se>\n"
        "Skickat: den 30 januari 2027 16:12\n"
        "Till: Fredrik Dahl <fredrik.dahl@rattvik.se>\n"
        "Ämne: DalaLab\n\n"
        "Hej Fredrik! Kan du meddela Region Dalarna att jag inte kan delta i DalaLab? Jag blir sjukskriven"
        " under våren och vet inte hur hösten blir.\n\nMaria",
        X("cancel", [P("Maria Holm", "maria.holm@rattvik.se", "Rättviks kommun")], ALL),
        "cancel forwarded in a VB: chain; the person is in the forwarded header, the sender is not among people"))

    m.append(mail(
        "au113", "2027-02-15T10:04", ("Lena Sandberg", "lena.sandberg@malung-salen.se"),
        "Ändring av anmälan",
        "Hej!\n\nGustav Ahlberg som vi anmälde i december hoppar av DalaLab. Vi skickar ingen ersättare för"
        " honom. Jag och Rebecka står kvar som vanligt.\n\nLena Sandberg\nMalung-Sälens kommun\n0280-181 00",
        X("cancel", [P("Gustav Ahlberg", None, "Malung-Sälens kommun")], ALL),
        "withdrawn colleague without substitute is a cancel though the subject says 'Ändring'; the others stay"))

    m.append(tg(
        "au114", "2027-03-26T07:12", "Lisa Mattsson", 309775418,
        "avanmäl mig från 3/5 tack. /Lisa",
        X("cancel", [P("Lisa Mattsson", None, None)], [S1]),
        "short Telegram cancel of one session written as '3/5'"))

    m.append(mail(
        "au115", "2027-03-11T13:52", ("Per-Olof Gustafsson", "per-olof.gustafsson@borlange.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej,\n\nTyvärr krockar höstens två träffar med budgetarbetet. Avboka dem, men behåll maj och februari.\n\n"
        "Med vänlig hälsning\nPer-Olof Gustafsson\nPlaneringsstrateg\nBorlänge kommun\n\n"
        + conf("Per-Olof Gustafsson", "Borlänge kommun", DALL),
        X("cancel", [P("Per-Olof Gustafsson", "per-olof.gustafsson@borlange.se", BORL)], [S2, S3]),
        "partial cancel of the two autumn sessions, keeping the others; iso-8859-1", charset="iso-8859-1"))

    m.append(tg(
        "au116", "2027-04-07T12:30", "Sofia Ekberg", 884120593,
        "Hej, både jag och Ali Hassan från Vansbro måste tyvärr avboka 29/11. Övriga datum gäller.",
        X("cancel", [P("Sofia Ekberg", None, "Vansbro kommun"), P("Ali Hassan", None, "Vansbro kommun")], [S3]),
        "Telegram cancel for the sender and a colleague, one session"))

    # ---------------- question ----------------
    m.append(mail(
        "au117", "2027-04-06T15:18", ("Tobias Lind", "tobias.lind@gagnef.se"),
        "Fråga om första träffen",
        "Hej!\n\nJag har fått bekräftelse på min plats, tack. Var i Falun är träffen den 3 maj, och ingår lunch"
        " eller ska vi ordna själva?\n\nTobias Lind\nGagnefs kommun",
        X("question", [], []),
        "question from a registered participant; mentions a session date but changes nothing"))

    m.append(mail(
        "au118", "2027-01-14T09:44", ("Camilla Nord", "camilla.nord@leksand.se"),
        "Om jag blir sjuk?",
        "Hej,\n\nJag är anmäld till alla fyra träffarna. Om jag skulle bli sjuk inför någon av dem, får jag"
        " skicka en kollega i mitt ställe då, eller måste hen anmäla sig själv?\n\nMvh\nCamilla Nord",
        X("question", [], []),
        "hypothetical substitution asked as a question"))

    m.append(mail(
        "au119", "2027-02-19T16:27", ("Ahmed Yusuf", "ahmed.yusuf@regiondalarna.se"),
        "Question about the sessions",
        "Hello,\n\nI received the confirmation for all four sessions - thank you. Two quick questions: will the"
        " presentations be in Swedish only, and is there parking near the venue in Falun?\n\n"
        "Kind regards,\nAhmed Yusuf",
        X("question", [], []),
        "English question from a registered participant"))

    m.append(tg(
        "au120", "2027-03-03T19:55", "Malin Åkesson", 177430682,
        "hej har jag fått plats? anmälde mig i januari men har inte fått nåt mejl",
        X("question", [], []),
        "Telegram: asks whether an earlier signup went through"))

    m.append(mail(
        "au121", "2027-03-24T10:38", ("Niklas Forsberg", "niklas.forsberg@leksand.se"),
        "Hur många från Leksand?",
        "Hej Linnea!\n\nVi har fått höra att det bara är tre platser per kommun. Kan du kolla hur många från"
        " Leksands kommun som redan är anmälda innan jag skickar in fler namn?\n\nNiklas Forsberg\n"
        "Samhällsbyggnadschef",
        X("question", [], []),
        "quota question before a possible signup; no one is registered"))

    m.append(mail(
        "au122", "2027-01-05T13:09", ("Therese Holmström", "therese.holmstrom@avesta.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej, kostar DalaLab något för kommunen? Ekonomi vill veta innan de godkänner resorna. Och får man något"
        " intyg efteråt?\n\n/Therese\n\n" + conf("Therese Holmström", "Avesta kommun", [D2, D3]),
        X("question", [], []),
        "cost and certificate question in a reply quoting a confirmation with dates"))

    # ---------------- erasure ----------------
    m.append(mail(
        "au123", "2027-03-29T14:44", ("Jessica Mårtensson", "jessica.martensson@gmail.com"),
        "Radera mina uppgifter",
        "Hej,\n\nJag avanmälde mig från DalaLab i februari eftersom jag slutat på Avesta kommun. Vill att ni"
        " raderar mina uppgifter ur anmälningslistan nu.\n\nJessica Mårtensson",
        X("erasure", [P("Jessica Mårtensson", "jessica.martensson@gmail.com", "Avesta kommun")], [],
          unsure=["organisation"]),
        "erasure from a private address; organisation taken from the text, not the domain"))

    m.append(mail(
        "au124", "2027-02-02T11:11", ("Viktor Enqvist", "viktor.enqvist@hedemora.se"),
        "GDPR request - DalaLab",
        "Dear Sir/Madam,\n\nUnder Article 17 of the GDPR I request that you erase all personal data you hold"
        " about me in connection with the DalaLab registration, and confirm when this has been done.\n\n"
        "Viktor Enqvist",
        X("erasure", [P("Viktor Enqvist", "viktor.enqvist@hedemora.se", "Hedemora kommun")], []),
        "formal English GDPR erasure request"))

    m.append(tg(
        "au125", "2027-03-13T21:37", "Rickard Bäck", 246098317,
        "Avanmäl mig från alla träffar och ta bort alla mina uppgifter ur era register. /Rickard Bäck, Ludvika",
        X("erasure", [P("Rickard Bäck", None, LUD)], [], unsure=["intent"]),
        "cancel and erase in one: read as erasure (erasing implies leaving)"))

    m.append(mail(
        "au126", "2027-04-09T08:25", ("HR Orsa kommun", "hr@orsa.se"),
        "Avslutad anställning - radering av personuppgifter",
        "Hej,\n\nMikael Svärd har avslutat sin anställning hos Orsa kommun. Vi ber er radera hans uppgifter"
        " (mikael.svard@orsa.se) ur era deltagarlistor för DalaLab.\n\nMed vänlig hälsning\nHR-avdelningen\n"
        "Orsa kommun",
        X("erasure", [P("Mikael Svärd", "mikael.svard@orsa.se", "Orsa kommun")], [], unsure=["intent"]),
        "erasure on behalf of a former employee, sent by HR; might also be handled as a cancel"))

    # ---------------- auto_reply ----------------
    m.append(mail(
        "au127", "2026-12-18T16:02", ("Anette Svensson", "anette.svensson@sater.se"),
        "Autosvar: Bekräftelse: anmälan till DalaLab",
        "Tack för ditt mejl. Jag är ledig till och med 6 januari och läser inte min e-post.\n"
        "Brådskande ärenden: kontakta Säters kommuns kundcenter, 0225-550 00.\n\nAnette Svensson",
        X("auto_reply", [], []),
        "Swedish out-of-office reply to the confirmation"))

    m.append(mail(
        "au128", "2027-01-20T10:17", ("Mail Delivery System", "postmaster@mora.se"),
        "Undeliverable: Bekräftelse: anmälan till DalaLab",
        "Delivery has failed to these recipients or groups:\n\nstina.eriksson@mora.se\n"
        "The email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address"
        " lookup'\n\nOriginal message headers:\n\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
        "To: stina.eriksson@mora.se\nSubject: Bekräftelse: anmälan till DalaLab\n\n"
        + conf("Stina Eriksson", "Mora kommun", [D1, D4], prefix=""),
        X("auto_reply", [], []),
        "bounce of a confirmation that carries a name, an organisation and session dates"))

    m.append(mail(
        "au129", "2027-02-09T08:03", ("Pontus Ahl", "pontus.ahl@falun.se"),
        "Läst: Bekräftelse: anmälan till DalaLab",
        "Ditt meddelande\n\n  Till: Pontus Ahl\n  Ämne: Bekräftelse: anmälan till DalaLab\n"
        "  Skickat: den 8 februari 2027 14:51\n\nlästes den 9 februari 2027 08:03.",
        X("auto_reply", [], []),
        "Outlook read receipt"))

    m.append(mail(
        "au130", "2027-03-05T12:00", ("Linda McKenzie", "linda.mckenzie@lansstyrelsen.se"),
        "Automatic reply: Confirmation: DalaLab",
        "<html><body><p>Thank you for your message. I am on parental leave until 21 September 2027 and will not"
        " be reading e-mail.</p><p>For planning matters please contact the unit's shared mailbox.</p>"
        "<p>/Linda McKenzie</p></body></html>",
        X("auto_reply", [], []),
        "English HTML out-of-office whose return date is a session date", html=True))

    m.append(mail(
        "au131", "2027-01-08T07:45", ("Kontaktcenter Borlänge", "kontaktcenter@borlange.se"),
        "Ärendenummer BK-2027-00412: Bekräftelse: anmälan till DalaLab",
        "Hej!\n\nTack för ditt meddelande till Borlänge kommun. Det har registrerats och fått ärendenummer"
        " BK-2027-00412. Vi besvarar normalt e-post inom tre arbetsdagar.\n\nDetta är ett automatiskt svar"
        " och kan inte besvaras.\n\nBorlänge kommun, Kontaktcenter",
        X("auto_reply", [], []),
        "municipal registry's automatic receipt with a case number"))

    # ---------------- unknown ----------------
    m.append(mail(
        "au132", "2027-02-24T17:33", ("Lotta Vik via planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Re: Samåkning till DalaLab 3 maj?",
        "Hej alla,\n\nJag och Hugo från Mora åker bil till Falun den 3 maj och har två platser över."
        " Hör av er direkt till mig om ni vill följa med.\n\n/Lotta Vik, Mora kommun\n\n"
        "_______________________________________________\nplanerare-dalarna mailing list\n"
        "Avregistrering: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
        X("unknown", [], []),
        "mailing-list post about carpooling to session 1; not addressed to the service"))

    m.append(mail(
        "au133", "2027-03-17T03:14", ("DalaLab Registration", "noreply@regiondalarna-anmalan.com"),
        "Åtgärd krävs: Verifiera din anmälan till DalaLab",
        "Hej,\n\nDin anmälan till DalaLab - Planering för hållbarhet och utvecklingskraft (3 maj 2027) kunde inte"
        " slutföras. För att behålla din plats måste du verifiera ditt Microsoft 365-konto inom 24 timmar:\n\n"
        "https://regiondalarna-anmalan.com/verify?id=88213\n\nOm du inte verifierar kommer din plats att"
        " gå till nästa person på väntelistan.\n\nRegion Dalarna",
        X("unknown", [], []),
        "phishing dressed as a registration notice from a look-alike domain"))

    m.append(mail(
        "au134", "2027-01-13T12:06", ("Åsa Granlund", "asa.granlund@smedjebacken.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Tack för snabb bekräftelse! Ser verkligen fram emot att träffa er alla i maj.\n\nÅsa\n\n"
        + conf("Åsa Granlund", "Smedjebackens kommun", DALL),
        X("unknown", [], []),
        "thank-you reply to a confirmation: nothing to change or answer"))

    m.append(mail(
        "au135", "2027-02-12T20:48", ("Gunnar Olsson", "gunnar.olsson@alvdalen.se"),
        "Synpunkter på upplägget",
        "Hej.\n\nJag vill framföra att det är orimligt att alla fyra träffar läggs i Falun. För oss i Älvdalen"
        " blir det närmare tre timmars resa enkel väg, och start kl 10 betyder att man får åka hemifrån före"
        " sju. Det borde gå att ha åtminstone en träff digitalt eller i norra Dalarna. Jag är anmäld och"
        " kommer, men detta borde ni tänka på till nästa gång.\n\nGunnar Olsson\nÄlvdalens kommun",
        X("unknown", [], [], unsure=["intent"]),
        "complaint from a registered participant; no request to act on (could be taken as a question)"))

    return m
