"""Batch 39, theme "after": what comes after a signup.

Changes of sessions (swaps, additions), substitutes, diet changes and removals, new addresses, cancellations (whole,
one session, one of several people, forwarded in a chain), replies to the service's own confirmation mail quoted
below (labelled by what the reply asks, never by the quote), erasure requests, late questions, automatic replies to
the confirmations - mixed with ordinary signups, questions, spam and odd mail.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

SERVICE = "DalaLab anmälan <linnea.hassis@regiondalarna.se>"
DATES = {S1: "3 maj 2027, 10.00-15.00, Falun (fika från 09.30)", S2: "21 september 2027", S3: "29 november 2027",
         S4: "22 februari 2028"}


def conf(first, full, org, sessions, diet="-"):
    """The service's own confirmation mail, as a participant would see it quoted."""
    rows = "\n".join(f"  * {DATES[s]}" for s in sessions)
    return (f"Hej {first}!\n\n"
            f"Tack för din anmälan till DalaLab - Planering för hållbarhet och utvecklingskraft.\n"
            f"Vi har registrerat:\n\n"
            f"  Namn: {full}\n  Organisation: {org}\n  Träffar:\n{rows}\n  Specialkost: {diet}\n\n"
            f"Stämmer något inte? Svara på det här mejlet så rättar vi.\n\n"
            f"Välkommen!\nRegion Dalarna / DalaLab\n")


def gt(text):
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def outlook(sent, to, subject, body, frm=SERVICE):
    return (f"Från: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{body}")


INVITE = """Region Dalarna bjuder in till lärprojektet DalaLab - Planering för hållbarhet och utvecklingskraft.
Målgrupp: kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träff 1: 3 maj 2027 i Falun - Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
Träff 2: 21 september 2027 - Utvecklingsinriktning i ÖP-modellen
Träff 3: 29 november 2027 - Att planera för önskvärda framtider och för osäkerheter
Träff 4: 22 februari 2028 - Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag 14 april 2027.
Anmälan till linnea.hassis@regiondalarna.se

Varmt välkomna!
Linnea Hassis, Region Dalarna"""


def messages():
    m = []

    m.append(mail(
        "ao091", "2027-01-12T08:47", ("Karin Lundqvist", "karin.lundqvist@hedemora.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack, men jag skrev fel datum – det ska vara 21/9, inte 3 maj. Jag kan inte i maj.\n\n"
        "/Karin\n\n"
        "Den mån 11 jan. 2027 kl 16:02 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:\n"
        + gt(conf("Karin", "Karin Lundqvist", "Hedemora kommun", [S1])),
        X("change", [P("Karin Lundqvist", "karin.lundqvist@hedemora.se", "Hedemora kommun")], [S2]),
        "reply to confirmation correcting the date; quoted confirmation lists 3 maj; bare correction -> new session only"))

    m.append(tg(
        "ao092", "2026-12-14T12:31", "Jonas Wikström", 5518230947,
        "Hej! Vill anmäla mig till DalaLab, alla fyra träffarna. Jonas Wikström, planarkitekt Mora kommun. "
        "jonas.wikstrom@mora.se",
        X("register", [P("Jonas Wikström", "jonas.wikstrom@mora.se", "Mora kommun")], ALL),
        "plain telegram signup, all sessions, address in text"))

    m.append(mail(
        "ao093", "2026-12-18T10:15", ("Ann-Sofie Eriksson", "ann-sofie.eriksson@ludvika.se"),
        "Anmälan DalaLab – Ludvika",
        "Hej Linnea!\n\nNu har vi bestämt oss på planavdelningen. Från Ludvika kommer vi att vara tre som deltar "
        "på alla fyra träffarna:\n\n"
        "- jag själv\n- Mattias Holm, mattias.holm@ludvika.se\n- Leila Haddad (hon har ingen mejl än, börjar hos oss "
        "i januari)\n\nInga allergier vad jag vet.\n\n"
        "Med vänlig hälsning\n\n"
        "Ann-Sofie Eriksson\nÖversiktsplanerare | Samhällsbyggnadsförvaltningen\nLudvika kommun\n"
        "Besöksadress: Stationsgatan 12, 771 82 Ludvika\nTel 0240-860 00 (vx) | Mobil 070-312 45 67\n"
        "www.ludvika.se\n\nVi behandlar personuppgifter enligt dataskyddsförordningen, läs mer på ludvika.se/gdpr",
        X("register", [P("Ann-Sofie Eriksson", "ann-sofie.eriksson@ludvika.se", "Ludvika kommun"),
                       P("Mattias Holm", "mattias.holm@ludvika.se", "Ludvika kommun"),
                       P("Leila Haddad", None, "Ludvika kommun")], ALL),
        "self plus two colleagues, one without address; 'inga allergier' is no diet; signature with phones"))

    m.append(mail(
        "ao094", "2027-02-03T13:22", ("Per-Olof Nyberg", "per-olof.nyberg@rattvik.se"),
        "Återbud en träff",
        "Hej,\n\nJag kommer tyvärr inte kunna delta den 29:e november, det krockar med kommunfullmäktige. "
        "Övriga träffar står jag kvar på.\n\nMvh\nPer-Olof Nyberg\nPlanchef, Rättviks kommun\n"
        "Storgatan 16, 795 80 Rättvik\n0248-700 00",
        X("cancel", [P("Per-Olof Nyberg", "per-olof.nyberg@rattvik.se", "Rättviks kommun")], [S3]),
        "cancel one session written 'den 29:e november'; the rest kept"))

    m.append(mail(
        "ao095", "2026-12-22T15:40", ("Henrik Dahl", "henrik.dahl@gagnef.se"),
        "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
        "Tack för ditt mejl!\n\nJag är tjänstledig till och med 9 januari 2027 och läser inte min e-post under "
        "tiden. Brådskande ärenden: plan@gagnef.se eller växeln 0241-150 00.\n\n"
        "Thank you for your e-mail. I am on leave until 9 January 2027.\n\n"
        "Henrik Dahl\nGagnefs kommun",
        X("auto_reply"),
        "out-of-office answering the service's confirmation"))

    m.append(mail(
        "ao096", "2027-03-08T09:05", ("Helena Ström", "helena.strom@lansstyrelsen.se"),
        "Ny deltagare i mitt ställe – DalaLab",
        "Hej!\n\nJag är anmäld till höstens två träffar (21/9 och 29/11) men har fått ändrade arbetsuppgifter och "
        "kommer inte att kunna delta. Min kollega Oskar Lind (oskar.lind@lansstyrelsen.se) går istället på båda.\n\n"
        "Hälsningar\nHelena Ström\nSamhällsplanerare\nEnheten för samhällsbyggnad\n"
        "Länsstyrelsen Dalarna\n010-225 00 00",
        X("change", [P("Helena Ström", "helena.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                     P("Oskar Lind", "oskar.lind@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
        "substitute takes both autumn sessions; both people, substitute's sessions"))

    m.append(tg(
        "ao097", "2027-02-19T20:14", "Sanna Kvist", 1294408812,
        "hej, jag är anmäld till 3 maj. kan ni lägga till 22 feb också? /Sanna Kvist, Säter",
        X("change", [P("Sanna Kvist", None, "Säters kommun")], [S1, S4]),
        "add a session; message states current one -> both"))

    m.append(mail(
        "ao098", "2027-01-20T11:48", ("Plan Borlänge", "plan@borlange.se"),
        "DalaLab - anmälan från Borlänge",
        "Hej,\n\nVi anmäler följande från samhällsbyggnadsförvaltningen till första och sista träffen:\n\n"
        "Lindgren, Tove – tove.lindgren@borlange.se\nRasmus Ek\n\n"
        "Hälsningar\nMarie på planenheten\nBorlänge kommun\nRöda vägen 50, 781 81 Borlänge",
        X("register", [P("Tove Lindgren", "tove.lindgren@borlange.se", "Borlänge kommun"),
                       P("Rasmus Ek", None, "Borlänge kommun")], [S1, S4]),
        "function mailbox writes for two; 'Efternamn, Förnamn'; 'första och sista träffen'; writer not attending"))

    m.append(tg(
        "ao099", "2027-01-07T07:55", "Fredrik Alm", 7730152268,
        "Hej! Funderar på att anmäla mig till dalalab men vet inte om jag hinner med hösten. Går det att bara "
        "anmäla sig till första träffen och se sen? /Fredrik",
        X("question"),
        "looks like a signup but only asks whether one may sign up for the first session"))

    m.append(mail(
        "ao100", "2027-03-15T14:30", ("Magnus Öberg", "magnus.oberg@orsa.se"),
        "Begäran om radering av personuppgifter",
        "Hej,\n\nJag avanmälde mig från DalaLab redan i januari. Nu begär jag att ni raderar alla personuppgifter "
        "ni har om mig (GDPR artikel 17), även i era listor och mejlutskick.\n\nTack på förhand.\n\n"
        "Magnus Öberg\nOrsa kommun",
        X("erasure", [P("Magnus Öberg", "magnus.oberg@orsa.se", "Orsa kommun")]),
        "erasure after an earlier cancellation"))

    m.append(mail(
        "ao101", "2027-02-10T16:12", ("Ingrid Backman", "ingrid.backman@falun.se"),
        "Anmälan",
        "<html><body><div style=\"font-family:Calibri,sans-serif\"><p>Hej!</p>"
        "<p>Jag vill anmäla mig till DalaLab, träffarna <b>21.9</b> och <b>29.11</b>.</p>"
        "<p>Jag är vegetarian, så vegetarisk lunch tack.</p>"
        "<p>Vänliga hälsningar<br>Ingrid Backman<br>Strateg, Stadsbyggnadsförvaltningen<br>Falu kommun<br>"
        "023-830 00</p></div></body></html>",
        X("register", [P("Ingrid Backman", "ingrid.backman@falun.se", "Falu kommun", diet="vegetarisk")], [S2, S3],
          diet="vegetarisk"),
        "HTML-only signup, dates as 21.9 and 29.11, vegetarian", html=True))

    m.append(mail(
        "ao102", "2027-03-03T08:20", ("Lars Dahlberg", "lars.dahlberg@smedjebacken.se"),
        "VB: Avanmälan DalaLab",
        "Hej Linnea,\n\nSe nedan – Emma slutar hos oss sista mars, så stryk henne från alla träffar. "
        "Vi återkommer om någon annan ska gå.\n\n/Lars\n\n"
        "Lars Dahlberg\nSamhällsbyggnadschef\nSmedjebackens kommun\n0240-660 00\n\n"
        + outlook("den 2 mars 2027 16:40", "Lars Dahlberg <lars.dahlberg@smedjebacken.se>", "Avanmälan DalaLab",
                  "Hej Lars!\n\nSom du vet har jag sagt upp mig. Kan du avanmäla mig från DalaLab? "
                  "Jag var anmäld till alla fyra.\n\nEmma",
                  frm="Emma Rask <emma.rask@smedjebacken.se>"),
        X("cancel", [P("Emma Rask", "emma.rask@smedjebacken.se", "Smedjebackens kommun")], ALL),
        "manager forwards a colleague's cancellation; writer not among people; Emma's address from forwarded header"))

    m.append(tg(
        "ao103", "2027-02-25T18:03", "Jenny Persson", 843117509,
        "Hej igen! När jag anmälde mig skrev jag laktosfri, men det behövs inte längre – jag tål allt nu 😊 "
        "Så ni kan stryka specialkosten. /Jenny Persson, Leksands kommun",
        X("change", [P("Jenny Persson", None, "Leksands kommun")], []),
        "diet removal: the old diet is named but no longer applies -> change, no diet, no sessions"))

    m.append(mail(
        "ao104", "2027-02-01T03:17", ("DalaLab Event Team", "noreply@dalalab-eventreg.com"),
        "Action required: confirm your DalaLab registration list",
        "Dear organiser,\n\nYour attendee list for DalaLab 2027 (4 sessions: 3 May, 21 Sep, 29 Nov, 22 Feb) "
        "will be deactivated within 24 hours unless you verify your account.\n\n"
        "Verify now: http://dalalab-eventreg.com/verify?id=88213\n\n"
        "If you do not verify, all registrations will be lost.\n\nEvent Registration Services",
        X("unknown"),
        "phishing dressed as registration admin, lists all four dates"))

    m.append(mail(
        "ao105", "2027-01-26T10:41", ("Daniel Fischer", "daniel.fischer@regiondalarna.se"),
        "DalaLab sign-up",
        "Hi Linnea,\n\nI'm new at the regional development unit (started in January) and my manager suggested "
        "DalaLab. I'd like to sign up for the sessions in September and November. I'm vegan, if that matters "
        "for lunch.\n\nBest regards,\nDaniel Fischer\nAnalyst, Regional utveckling\nRegion Dalarna\n"
        "+46 23 49 00 00",
        X("register", [P("Daniel Fischer", "daniel.fischer@regiondalarna.se", "Region Dalarna", diet="vegan")],
          [S2, S3], diet="vegan"),
        "English signup, sessions by month, vegan"))

    m.append(mail(
        "ao106", "2027-03-22T21:09", ("Anna Sjöberg", "annasjoberg78@gmail.com"),
        "Ny mejladress",
        "Hej!\n\nJag anmälde mig till DalaLab från min privata mejl, men vill hellre att allt går till jobbet på "
        "Vansbro kommun: anna.sjoberg@vansbro.se\n\nAnmälan i övrigt gäller som förut.\n\nHälsningar\nAnna Sjöberg",
        X("change", [P("Anna Sjöberg", "anna.sjoberg@vansbro.se", "Vansbro kommun")], []),
        "address update from private gmail to work address; label the new address"))

    m.append(mail(
        "ao107", "2027-02-08T11:02", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
        "Undeliverable: Bekräftelse: din anmälan till DalaLab",
        "Delivery has failed to these recipients or groups:\n\njonny.blom@sater.se\n"
        "The email address you entered couldn't be found. Please check the recipient's email address and try to "
        "resend the message.\n\nDiagnostic information for administrators:\n"
        "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
        "Original message headers:\n\nFrom: linnea.hassis@regiondalarna.se\nTo: jonny.blom@sater.se\n"
        "Subject: Bekräftelse: din anmälan till DalaLab\n\n"
        + conf("Jonny", "Jonny Blom", "Säters kommun", ALL),
        X("auto_reply"),
        "bounce of a confirmation; the returned confirmation lists all sessions"))

    m.append(tg(
        "ao108", "2027-03-29T17:45", "Robin Sandberg", 6093378412,
        "Måste tyvärr avanmäla mig från DalaLab helt, har fått ny tjänst i Uppsala från april. "
        "//Robin Sandberg Gagnef",
        X("cancel", [P("Robin Sandberg", None, "Gagnefs kommun")], ALL),
        "whole cancellation on telegram"))

    m.append(mail(
        "ao109", "2027-01-15T09:30", ("Åsa Törnqvist", "asa.tornqvist@malung-salen.se"),
        "Anmälan till DalaLab",
        "Hej!\n\nAnmäler härmed mig själv till samtliga tillfällen i DalaLab. Laktosfri kost, tack.\n\n"
        "Med vänliga hälsningar\nÅsa Törnqvist\nFysisk planerare\nMalung-Sälens kommun\nBox 14, 782 21 Malung\n"
        "0280-181 00",
        X("register", [P("Åsa Törnqvist", "asa.tornqvist@malung-salen.se", "Malung-Sälens kommun",
                         diet="laktosfri")], ALL, diet="laktosfri"),
        "iso-8859-1 signup, all sessions, lactose-free", charset="iso-8859-1"))

    m.append(mail(
        "ao110", "2027-04-06T13:55", ("Tomas Granlund", "tomas.granlund@alvdalen.se"),
        "Fråga inför första träffen",
        "Hej!\n\nJag är anmäld till alla fyra träffarna. Två frågor inför den 3 maj: blir det lunch, och var i Falun "
        "är det? Finns det parkering i närheten?\n\nTomas Granlund\nÄlvdalens kommun\nDalgatan 1, 796 80 Älvdalen",
        X("question"),
        "late practical question from someone already registered; mentions sessions but asks nothing to change"))

    m.append(mail(
        "ao111", "2026-12-09T14:02", ("Erik Mattsson", "erik.mattsson@orsa.se"),
        "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej Linnea,\n\nJag och min kollega Sofia Nilsson vill gärna vara med på de två första.\n\n"
        "Erik Mattsson\nSamhällsbyggnadsförvaltningen, Orsa kommun\n\n"
        "Den 7 dec. 2026 kl 10:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n" + gt(INVITE),
        X("register", [P("Erik Mattsson", "erik.mattsson@orsa.se", "Orsa kommun"),
                       P("Sofia Nilsson", None, "Orsa kommun")], [S1, S2]),
        "reply to the invitation; quote lists all four; 'de två första' -> S1, S2"))

    m.append(mail(
        "ao112", "2027-03-01T10:26", ("Malin Hed", "malin.hed@gagnef.se"),
        "Byte av träff",
        "Hej!\n\nJag behöver flytta mig från februariträffen till den 29 november i stället. Går det bra?\n\n"
        "Hälsningar Malin Hed, Gagnefs kommun",
        X("change", [P("Malin Hed", "malin.hed@gagnef.se", "Gagnefs kommun")], [S3]),
        "bare swap S4 -> S3, phrased with 'Går det bra?'; new session only"))

    m.append(tg(
        "ao113", "2027-02-14T09:12", "Nils Åkesson", 2210987344,
        "anmäl mig till den om tillgänglighet. Nils Åkesson, Avesta kommun",
        X("register", [P("Nils Åkesson", None, "Avesta kommun")], [S4]),
        "session named by its theme (tillgänglighet -> 22 feb 2028)"))

    m.append(mail(
        "ao114", "2027-03-11T15:18", ("Camilla Borg", "camilla.borg@mora.se"),
        "Ändring i Moras anmälan",
        "Hej!\n\nVi anmälde tre från Mora (jag, Petter Åhlin och Linn Zetterlund). Linn går på föräldraledighet "
        "och kan inte delta på någon av träffarna. Jag och Petter kommer som planerat.\n\n"
        "Vänligen\nCamilla Borg\nÖversiktsplanerare, Mora kommun\nFridhemsgatan 1, 792 80 Mora\n0250-260 00",
        X("cancel", [P("Linn Zetterlund", None, "Mora kommun")], ALL),
        "one of three withdraws without substitute -> cancel for her only; the others keep their places"))

    m.append(mail(
        "ao115", "2027-01-28T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev: Översiktsplanering januari 2027",
        "Nyheter om översiktsplanering från Boverket\n\n"
        "* Ny vägledning om utvecklingsinriktning i ÖP-modellen\n"
        "* Webbinarium 9 mars: planeringsstrategier i praktiken – anmäl dig här: https://www.boverket.se/webbinarier\n"
        "* Regionala träffar under våren, bland annat i Falun den 3 maj tillsammans med Region Dalarna\n\n"
        "Du får det här mejlet eftersom du prenumererar på Boverkets nyhetsbrev. Avsluta prenumeration: "
        "https://www.boverket.se/nyhetsbrev/avsluta",
        X("auto_reply"),
        "newsletter mentioning the 3 May meeting and 'anmäl dig'"))

    m.append(mail(
        "ao116", "2027-02-22T07:38", ("Gustav Lindahl", "gustav.lindahl@rattvik.se"),
        "Dalalab",
        "Hej Linnea jag vill anmäla mig till dalalab till första träffen tredje maj och den tjugoförsta september "
        "punkt med vänliga hälsningar Gustav Lindahl Rättvik\n\nSkickat från min iPhone",
        X("register", [P("Gustav Lindahl", "gustav.lindahl@rattvik.se", "Rättviks kommun")], [S1, S2]),
        "voice dictation, dates in words"))

    m.append(mail(
        "ao117", "2027-01-19T12:10", ("Birgitta Hallén", "birgitta.hallen@falun.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej!\n\nTack för bekräftelsen. Tyvärr kan jag inte gå på den 3 maj, men min kollega Ahmed Yusuf "
        "(ahmed.yusuf@falun.se) kan gå i mitt ställe den dagen. Resten går jag på själv.\n\n"
        "Birgitta Hallén\nPlanarkitekt, Falu kommun\n023-830 00\n\n"
        + outlook("den 18 januari 2027 14:31", "Birgitta Hallén <birgitta.hallen@falun.se>",
                  "Bekräftelse: din anmälan till DalaLab",
                  conf("Birgitta", "Birgitta Hallén", "Falu kommun", ALL)),
        X("change", [P("Birgitta Hallén", "birgitta.hallen@falun.se", "Falu kommun"),
                     P("Ahmed Yusuf", "ahmed.yusuf@falun.se", "Falu kommun")], [S1]),
        "substitute for one session in a reply to confirmation (quote lists all four) -> substitute's session S1"))

    m.append(tg(
        "ao118", "2027-03-04T11:27", "Mattias Holm", 4471902563,
        "får vi vara fyra från Ludvika om en av oss bara kommer på en träff?",
        X("question"),
        "quota question, no one named"))

    m.append(mail(
        "ao119", "2027-02-05T15:50", ("Sara Lindberg", "sara.lindberg@leksand.se"),
        "Registration DalaLab",
        "Hi Linnea!\n\nSorry for the English, my Swedish is still so-so. Jag vill registrera mig för all sessions "
        "except the one in February. Is that ok?\n\nThanks!\nSara Lindberg\nPlanner, Leksands kommun",
        X("register", [P("Sara Lindberg", "sara.lindberg@leksand.se", "Leksands kommun")], [S1, S2, S3]),
        "mixed Swedish-English; 'all except February' -> S1-S3"))

    m.append(tg(
        "ao120", "2027-04-02T22:16", "Kent Olausson", 9182736450,
        "Hej, vill att ni tar bort alla uppgifter om mig ur era register. Jag har inget med det här att göra. GDPR. "
        "/Kent Olausson",
        X("erasure", [P("Kent Olausson", None, None)]),
        "erasure on telegram, no organisation"))

    m.append(mail(
        "ao121", "2027-03-17T08:58", ("Lovisa Eng", "lovisa.eng@borlange.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "En liten ändring: jag skrev vegetarisk men äter numera vegan. Tack!\n\nLovisa\n\n"
        "16 mars 2027 kl. 17:20 skrev DalaLab anmälan:\n"
        + gt(conf("Lovisa", "Lovisa Eng", "Borlänge kommun", [S1, S2], diet="vegetarisk")),
        X("change", [P("Lovisa Eng", "lovisa.eng@borlange.se", "Borlänge kommun", diet="vegan")], [], diet="vegan"),
        "diet change in reply to confirmation; quote shows old diet and sessions; no session change"))

    m.append(mail(
        "ao122", "2027-02-16T13:04", ("Johan Westin", "johan.westin@hedemora.se"),
        "VB: Inbjudan DalaLab",
        "Hej,\n\nJag fick inbjudan vidarebefordrad av min chef. Anmäler mig till höstens båda träffar.\n\n"
        "Mvh Johan Westin\nBygglov och planering, Hedemora kommun\n\n"
        + outlook("den 15 februari 2027 09:12", "Johan Westin <johan.westin@hedemora.se>", "VB: Inbjudan DalaLab",
                  "Johan, något för dig? /Stina\n\n" + outlook("den 7 december 2026 10:00",
                                                                "kommun@hedemora.se", "Inbjudan DalaLab", INVITE,
                                                                frm="Linnea Hassis <linnea.hassis@regiondalarna.se>"),
                  frm="Stina Malmberg <stina.malmberg@hedemora.se>"),
        X("register", [P("Johan Westin", "johan.westin@hedemora.se", "Hedemora kommun")], [S2, S3]),
        "forwarded chain with invitation (all four dates); 'höstens båda träffar' -> S2, S3; the manager is not a person"))

    m.append(mail(
        "ao123", "2027-02-04T08:47", ("Kristina Nordin", "kristina.nordin@sater.se"),
        "Läst: Bekräftelse: din anmälan till DalaLab",
        "Ditt meddelande\n\n  Till: Kristina Nordin\n  Ämne: Bekräftelse: din anmälan till DalaLab\n"
        "  Skickat: den 3 februari 2027 14:02\n\nlästes den 4 februari 2027 08:47.",
        X("auto_reply"),
        "read receipt for a confirmation"))

    m.append(tg(
        "ao124", "2026-12-11T10:05", "Mohammed Al-Rashid", 3305918827,
        "Hejsan! Jag heter Mohammed Al-Rashid och jobbar på Länsstyrelsen, plan och bebyggelse. "
        "Vill vara med på alla träffar. Har nötallergi btw",
        X("register", [P("Mohammed Al-Rashid", None, "Länsstyrelsen Dalarna", diet="nötallergi")], ALL,
          diet="nötallergi"),
        "telegram signup 'Länsstyrelsen', all sessions, nut allergy"))

    m.append(mail(
        "ao125", "2027-03-24T12:40", ("Viktor Hedlund", "viktor.hedlund@smedjebacken.se"),
        "Återbud 21 september",
        "<html><body><p>Hej!</p><p>Jag måste tyvärr lämna återbud till träffen <b>21 september</b> – vi har "
        "budgetdialog då. Vi ses i maj och på de senare träffarna.</p>"
        "<p>/Viktor Hedlund<br>Planeringsarkitekt<br>Smedjebackens kommun<br>Tel 0240-660 00</p></body></html>",
        X("cancel", [P("Viktor Hedlund", "viktor.hedlund@smedjebacken.se", "Smedjebackens kommun")], [S2]),
        "HTML-only cancellation of one session", html=True))

    m.append(mail(
        "ao126", "2027-01-13T14:14", ("Elin Forsberg", "elin.forsberg@regiondalarna.se"),
        "Anmälan DalaLab (Region + Säter)",
        "Hej Linnea!\n\nJag vill anmäla mig själv och även Jakob Nääs från Säters kommun som vi samarbetar med i "
        "ÖP-arbetet (jakob.naas@sater.se). Båda till alla fyra träffarna.\n\n"
        "Hälsningar\nElin Forsberg\nRegional planering, Region Dalarna\nVasagatan 16, Falun\n073-050 12 34",
        X("register", [P("Elin Forsberg", "elin.forsberg@regiondalarna.se", "Region Dalarna"),
                       P("Jakob Nääs", "jakob.naas@sater.se", "Säters kommun")], ALL),
        "two organisations in one mail; colleague's org from text"))

    m.append(mail(
        "ao127", "2027-03-02T06:12", ("Ekonomi Eventfaktura", "ekonomi@eventfaktura-norden.se"),
        "Faktura 2027-0412 – registreringsavgift DalaLab",
        "Hej,\n\nHärmed översänds faktura för registreringsavgift DalaLab 2027 (4 träffar) för er organisation.\n\n"
        "Belopp: 4 900 kr\nBankgiro: 5541-2290\nFörfallodag: 2027-03-09\n\n"
        "Vid utebliven betalning stryks era anmälningar. Frågor: ekonomi@eventfaktura-norden.se\n\n"
        "Eventfaktura Norden AB",
        X("unknown"),
        "fake invoice for registration fee"))

    m.append(tg(
        "ao128", "2027-03-12T16:33", "Hampus Wallin", 1908234476,
        "byt mig från 21/9 till 29/11 tack! /Hampus, Orsa",
        X("change", [P("Hampus Wallin", None, "Orsa kommun")], [S3]),
        "telegram bare swap S2 -> S3; full name from sender"))

    m.append(mail(
        "ao129", "2027-02-24T10:19", ("Falu Catering", "bokning@falucatering.se"),
        "Offert fika och lunch 3 maj",
        "Hej Linnea!\n\nTack för förfrågan. Här kommer vår offert för den 3 maj:\n\n"
        "Förmiddagsfika 09.30 för ca 45 personer: 65 kr/person\nLunch (dagens, inkl. vegetariskt och glutenfritt "
        "alternativ): 145 kr/person\nEftermiddagskaffe: 45 kr/person\n\n"
        "Meddela slutligt antal och specialkost senast en vecka innan.\n\n"
        "Vänliga hälsningar\nMaria Jansson\nFalu Catering AB\nÅsgatan 40, Falun\n023-123 45",
        X("unknown"),
        "caterer's quote for the 3 May session sent to the registration address; diets and date but no request"))

    m.append(mail(
        "ao130", "2027-01-05T09:41", ("Rebecka Olsson", "rebecka.olsson@alvdalen.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack för bekräftelsen! Ser fram emot att ses i Falun i maj.\n\n/Rebecka\n\n"
        + outlook("den 4 januari 2027 15:58", "Rebecka Olsson <rebecka.olsson@alvdalen.se>",
                  "Bekräftelse: din anmälan till DalaLab",
                  conf("Rebecka", "Rebecka Olsson", "Älvdalens kommun", [S1, S2])),
        X("unknown"),
        "thank-you to the confirmation, nothing to act on"))

    m.append(mail(
        "ao131", "2027-02-09T22:48", (None, "lasse.bergkvist@vansbro.se"),
        "dalalab",
        "hej. anmäler mig + kollegan maja (maja.holmgren@vansbro.se) till 3/5 och 21/9.\nlasse",
        X("register", [P("Lasse Bergkvist", "lasse.bergkvist@vansbro.se", "Vansbro kommun"),
                       P("Maja Holmgren", "maja.holmgren@vansbro.se", "Vansbro kommun")], [S1, S2]),
        "lower case, nickname, no display name; names from addresses; dates 3/5 and 21/9"))

    m.append(mail(
        "ao132", "2027-02-01T10:07", ("Oliver Sundin", "oliver.sundin@sater.se"),
        "Har min anmälan kommit fram?",
        "Hej,\n\nJag skickade en anmälan till DalaLab den 12 januari men har inte fått någon bekräftelse. "
        "Har den kommit fram?\n\nMvh\nOliver Sundin\nSäters kommun\n0225-550 00",
        X("question"),
        "asks whether an earlier signup arrived; no new request"))

    m.append(mail(
        "ao133", "2027-01-21T11:33", ("Josefin Åberg", "josefin.aberg@avesta.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej!\n\nJag ser i bekräftelsen att jag bara står på 3 maj. Jag vill gärna vara med på alla fyra – kan ni "
        "ändra det?\n\nJosefin Åberg\nAvesta kommun\n\n"
        "Den ons 20 jan. 2027 kl 13:12 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:\n"
        + gt(conf("Josefin", "Josefin Åberg", "Avesta kommun", [S1])),
        X("change", [P("Josefin Åberg", "josefin.aberg@avesta.se", "Avesta kommun")], ALL),
        "reply to confirmation extending to all four; sessions after the change"))

    m.append(tg(
        "ao134", "2027-01-29T13:51", "Björn Sahlin", 2650913384,
        "Hej, jag anmäler min kollega Fatima Osman (fatima.osman@hedemora.se) till alla tillfällen. "
        "Själv kan jag inte. /Björn, Hedemora",
        X("register", [P("Fatima Osman", "fatima.osman@hedemora.se", "Hedemora kommun")], ALL),
        "writer registers only a colleague"))

    m.append(mail(
        "ao135", "2027-04-08T09:15", ("Gunilla Frid", "gunilla.frid@malung-salen.se"),
        "Återbud 22/2",
        "Hej!\n\nPå uppdrag av Anders Lilja och Therese Modig: de kan tyvärr inte delta den 22/2 -28 på grund av "
        "budgetdagar. Övriga träffar gäller som tidigare.\n\nVänliga hälsningar\nGunilla Frid\n"
        "Administratör, Samhällsbyggnad\nMalung-Sälens kommun\nBox 14, 782 21 Malung\n0280-181 00",
        X("cancel", [P("Anders Lilja", None, "Malung-Sälens kommun"),
                     P("Therese Modig", None, "Malung-Sälens kommun")], [S4]),
        "administrator cancels one session for two colleagues; writer not among people"))

    return m
