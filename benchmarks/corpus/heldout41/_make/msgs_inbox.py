"""Theme "inbox" (ar001-ar045): one registration inbox over the winter 2026/27, in the order it fills up.

The invitation goes out on 1 December 2026. First come the signups written above the quoted invitation (Outlook,
Gmail, forwarded, HTML, old charsets), then colleagues added afterwards ("jag glömde ..."), questions about venue,
cost, remote attendance, parking and food, the machines' mail (out-of-office, a bounce, a delivery report, a read
receipt), a newsletter, a mailing-list post, spam and phishing, erasure requests, and in spring the changes,
substitutions and cancellations and the late signups just before the deadline on 14 April 2027. A handful are
ambiguous in ways a careful human would ask about (marked with ``unsure``).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

LH = "linnea.hassis@regiondalarna.se"

# --- the invitation, as it turns up quoted in the replies -------------------------------------------------------

INVITE = """\
Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft. Projektet vänder sig i första hand till er som arbetar med
planeringsprocesser i kommunerna och regionen, och handlar om strategisk
översiktsplanering och planeringsstrategier.

Lärprojektet består av fyra träffar:

  1. Måndag 3 maj 2027, kl. 10.00-15.00 (fika från 09.30), Falun
     Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
     för en stärkt översiktsplanering. Boverket medverkar.
  2. Tisdag 21 september 2027
     Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
     jobba med det?
  3. Måndag 29 november 2027
     Att planera både för önskvärda framtider och för osäkerheter
  4. Tisdag 22 februari 2028
     Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
     tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan görs till
linnea.hassis@regiondalarna.se senast den 14 april 2027. Ange namn,
organisation och eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Regional utveckling, Region Dalarna
"""

INVITE_SHORT = """\
DalaLab – Planering för hållbarhet och utvecklingskraft
Fyra träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och
22 februari 2028. Upp till tre deltagare per kommun.
Sista anmälningsdag 14 april 2027 till linnea.hassis@regiondalarna.se.
"""


def outlook(body, sent="den 1 december 2026 15:02", subject="Inbjudan: DalaLab – Planering för hållbarhet och "
            "utvecklingskraft", text=INVITE, to="Planerare Dalarna"):
    return (f"{body}\n\n"
            f"Från: Linnea Hassis <{LH}>\n"
            f"Skickat: {sent}\n"
            f"Till: {to}\n"
            f"Ämne: {subject}\n\n"
            f"{text}")


def gmail(body, text=INVITE, head="Den tis 1 dec. 2026 kl 15:02 skrev Linnea Hassis <" + LH + ">:"):
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())
    return f"{body}\n\n{head}\n\n{quoted}\n"


def html_quote(text):
    return "<br>\n".join(text.splitlines())


def messages():
    m = []

    # ---- December: the first replies to the invitation ---------------------------------------------------------

    m.append(mail(
        "ar001", "2026-12-02T08:47", ("Karin Åberg", "karin.aberg@gagnef.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        outlook("Hej Linnea!\n\nVad roligt, det här har vi väntat på. Jag anmäler mig gärna till hela "
                "lärprojektet.\n\nMed vänlig hälsning\n\nKarin Åberg\nÖversiktsplanerare\n"
                "Samhällsbyggnadsförvaltningen, Gagnefs kommun\nTel 0241-155 32\nwww.gagnef.se"),
        X("register", [P("Karin Åberg", "karin.aberg@gagnef.se", "Gagnefs kommun")], ALL),
        "Outlook reply above the full quoted invitation; 'hela lärprojektet', quoted dates are not the signup"))

    m.append(mail(
        "ar002", "2026-12-02T09:15", ("Sofia Nyberg", "sofia.nyberg@hedemora.se"),
        "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        gmail("Hej,\n\nJag och min kollega Per-Olof Lindqvist vill gärna vara med den 3 maj och 21.9. "
              "Resten av träffarna får vi se om vi hinner, vi återkommer i så fall.\n\nPer-Olof är "
              "glutenintolerant, jag äter allt.\n\n/Sofia\n\nSofia Nyberg, planarkitekt\nHedemora kommun"),
        X("register", [P("Sofia Nyberg", "sofia.nyberg@hedemora.se", "Hedemora kommun"),
                       P("Per-Olof Lindqvist", None, "Hedemora kommun", diet="glutenintolerant")],
          [S1, S2], diet="glutenintolerant"),
        "two people, two dates in two forms (3 maj, 21.9) above a Gmail-quoted invitation; colleague's diet"))

    m.append(tg(
        "ar003", "2026-12-02T10:31", "Jonas Berglund", 418229736,
        "hej! anmäler mig till dalalab, alla träffarna. Jonas Berglund, Borlänge kommun. vegetarisk kost tack",
        X("register", [P("Jonas Berglund", None, "Borlänge kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
        "short Telegram signup in lower case, all sessions, diet"))

    m.append(mail(
        "ar004", "2026-12-02T13:05", ("Martin Sundqvist", "martin.sundqvist@borlange.se"),
        "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Tack för ditt mejl!\n\nJag är tjänstledig till och med den 8 januari 2027 och läser inte min e-post "
        "under den tiden. Ärenden som rör detaljplaner hänvisas till Ida Mohlin, ida.mohlin@borlange.se. "
        "Övriga ärenden: kontaktcenter 0243-740 00.\n\n"
        "Thank you for your e-mail. I am on leave until 8 January 2027 and will not be reading my e-mail.\n\n"
        "Martin Sundqvist\nBorlänge kommun",
        X("auto_reply"),
        "bilingual out-of-office in answer to the invitation; names a colleague and a date"))

    m.append(mail(
        "ar005", "2026-12-02T16:40", ("Lindgren, Mattias", "mattias.lindgren@ludvika.se"),
        "SV: Inbjudan DalaLab",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
        "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
        "<p>Hej Linnea,</p>"
        "<p>Anmäler härmed mig själv till DalaLab. Jag kan tyvärr inte vara med på träffen i november "
        "(vi har budgetberedning då) men övriga tre kommer jag gärna på.</p>"
        "<p>Mvh<br><b>Mattias Lindgren</b><br>Strategisk samhällsplanerare<br>Ludvika kommun | "
        "Stadshuset, 771 82 Ludvika<br>Mobil: 070-318 44 90</p>"
        "<hr><p><b>Från:</b> Linnea Hassis &lt;" + LH + "&gt;<br><b>Skickat:</b> den 1 december 2026 15:02"
        "<br><b>Ämne:</b> Inbjudan DalaLab</p><p>" + html_quote(INVITE) + "</p></div></body></html>",
        X("register", [P("Mattias Lindgren", "mattias.lindgren@ludvika.se", "Ludvika kommun")], [S1, S2, S4]),
        "HTML-only, 'Efternamn, Förnamn' display name, signup for all but the November session", html=True))

    m.append(mail(
        "ar006", "2026-12-03T07:58", ("Elin Mattsson", "elin.mattsson@alvdalen.se"),
        "Fråga om DalaLab",
        "God morgon!\n\nInnan vi anmäler oss undrar vi några saker. Kostar det något att delta, och i så fall "
        "vad? Och går det att följa träffarna på distans? Vi har ungefär 13 mil till Falun och det blir en "
        "lång dag för en träff på fem timmar.\n\nTack på förhand!\n\nElin Mattsson\nPlan- och "
        "byggenheten\nÄlvdalens kommun",
        X("question", [P("Elin Mattsson", "elin.mattsson@alvdalen.se", "Älvdalens kommun")]),
        "question on cost and remote attendance before signing up; 'anmäler oss' is not a signup"))

    m.append(mail(
        "ar007", "2026-12-03T11:22", ("Emma Sjöberg", "emma.sjoberg@smedjebacken.se"),
        "VB: Inbjudan: DalaLab",
        "Hej Linnea,\n\nJag fick inbjudan vidarebefordrad av min chef. Jag vill anmäla mig till första "
        "träffen i Falun och till den om att planera för önskvärda framtider och osäkerheter. De andra två "
        "ligger mitt i semester resp. en kursvecka.\n\nHälsningar\nEmma Sjöberg\nSmedjebackens kommun\n\n"
        "---------- Vidarebefordrat meddelande ---------\n"
        "Från: Tomas Hult <tomas.hult@smedjebacken.se>\n"
        "Datum: ons 2 dec. 2026 kl 17:40\n"
        "Ämne: VB: Inbjudan: DalaLab\n"
        "Till: Emma Sjöberg <emma.sjoberg@smedjebacken.se>\n\n"
        "Emma, det här borde vara något för dig? Anmäl dig direkt till Linnea i så fall.\n/Tomas\n\n"
        "---------- Vidarebefordrat meddelande ---------\n"
        f"Från: Linnea Hassis <{LH}>\nDatum: tis 1 dec. 2026 kl 15:02\n\n" + INVITE,
        X("register", [P("Emma Sjöberg", "emma.sjoberg@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
        "forwarded chain (manager -> colleague); sessions named as 'första träffen' and by theme title"))

    m.append(mail(
        "ar008", "2026-12-03T14:10", ("Anders von Essen", "anders.vonessen@sater.se"),
        "Anmälan DalaLab - Säters kommun",
        "Hej!\n\nVi blir tre från Säter som vill gå alla fyra tillfällena:\n\n"
        "- Anders von Essen (jag), anders.vonessen@sater.se\n"
        "- Maria de Wit, maria.dewit@sater.se - vegan\n"
        "- Lars-Göran Öhman, lars-goran.ohman@sater.se\n\n"
        "Hälsningar\nAnders von Essen\nPlanchef, Säters kommun\n0225-553 10",
        X("register", [P("Anders von Essen", "anders.vonessen@sater.se", "Säters kommun"),
                       P("Maria de Wit", "maria.dewit@sater.se", "Säters kommun", diet="vegan"),
                       P("Lars-Göran Öhman", "lars-goran.ohman@sater.se", "Säters kommun")], ALL, diet="vegan"),
        "iso-8859-1, three people with particles and a hyphen, one diet", charset="iso-8859-1"))

    m.append(mail(
        "ar009", "2026-12-04T09:00", ("Planeringsforum Nyhetsbrev", "nyhetsbrev@planeringsforum.se"),
        "Nyhetsbrev december: ÖP-modellen, webbinarier och årets planeringspris",
        "<html><body><h1>Planeringsforum – nyhetsbrev nr 12/2026</h1>"
        "<h2>Webbinarium: utvecklingsinriktning i ÖP-modellen</h2>"
        "<p>Den 21 september håller vi ett webbinarium om hur kommuner arbetar med utvecklingsinriktningen. "
        "Anmäl dig via vår webbplats.</p>"
        "<h2>Tillgänglighet och närhet</h2><p>Ny rapport om rumslig närhet och digital tillgänglighet "
        "i glesbygd. Läs mer.</p>"
        "<p style=\"font-size:9pt\">Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum. "
        "<a href=\"https://planeringsforum.se/avsluta\">Avsluta prenumerationen</a></p></body></html>",
        X("unknown"),
        "HTML newsletter on the same themes, with a session date and 'anmäl dig'; not a signup", html=True))

    m.append(tg(
        "ar010", "2026-12-04T15:37", "Malin Eklund", 529104387,
        "Hej! Ingår lunch på träffarna eller är det bara fika? Och vet ni var i Falun det blir?",
        X("question", [P("Malin Eklund", None, None)]),
        "Telegram question on food and venue, no organisation"))

    m.append(mail(
        "ar011", "2026-12-07T10:12", ("Karin Åberg", "karin.aberg@gagnef.se"),
        "SV: SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej igen!\n\nJag glömde ju i mitt förra mejl att anmäla min kollega Johan Mäkelä "
        "(johan.makela@gagnef.se). Han vill vara med på samma tillfällen som jag.\n\n/Karin\n\n"
        "Från: Karin Åberg\nSkickat: den 2 december 2026 08:47\nTill: Linnea Hassis\n"
        "Ämne: SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
        "Hej Linnea!\n\nVad roligt, det här har vi väntat på. Jag anmäler mig gärna till hela lärprojektet.\n",
        X("register", [P("Johan Mäkelä", "johan.makela@gagnef.se", "Gagnefs kommun")], ALL, unsure=["sessions"]),
        "'jag glömde' colleague added; 'samma tillfällen som jag' resolved from the quoted own signup (all)"))

    m.append(mail(
        "ar012", "2026-12-08T08:30", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
        "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Delivery has failed to these recipients or groups:\n\n"
        "gustav.holm@orsa.se\n"
        "The email address you entered couldn't be found. Please check the recipient's email address and "
        "try to resend the message.\n\n"
        "Diagnostic information for administrators:\n"
        "Remote Server returned '550 5.1.1 <gustav.holm@orsa.se>: Recipient address rejected: User unknown'\n\n"
        "Original message headers:\n"
        f"From: Linnea Hassis <{LH}>\nTo: gustav.holm@orsa.se\n"
        "Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INVITE_SHORT,
        X("auto_reply"),
        "bounce for the invitation itself, with the invitation's dates in it"))

    m.append(mail(
        "ar013", "2026-12-09T13:44", ("Johanna Nilsson", "johanna.nilsson@malung-salen.se"),
        "parkering + en fråga till",
        "Hej\n\nfinns det parkering vid lokalen i Falun? Jag kommer med bil från Malung och vill gärna veta "
        "om jag ska beräkna tid för att leta p-plats.\n\nEn sak till: jag jobbar med folkhälsa och "
        "tillgänglighetsfrågor, inte med planering i strikt mening. Är det ok att jag anmäler mig ändå eller "
        "är det bara för planerare?\n\nJohanna Nilsson\nFolkhälsostrateg\nMalung-Sälens kommun",
        X("question", [P("Johanna Nilsson", "johanna.nilsson@malung-salen.se", "Malung-Sälens kommun")]),
        "two questions (parking, who may attend); 'anmäler mig' inside a question"))

    m.append(mail(
        "ar014", "2026-12-10T09:05", ("David Okafor", "david.okafor@falun.se"),
        "Sign-up DalaLab",
        "Dear Linnea,\n\nA colleague translated the invitation for me - I'm still learning Swedish! I would "
        "like to sign up for DalaLab. I can attend on May 3rd and at the February session, but not in the "
        "autumn as I will be on parental leave.\n\nPlease note I have a nut allergy.\n\nBest regards,\n"
        "David Okafor\nUrban planner, Falu kommun\n+46 23 820 00",
        X("register", [P("David Okafor", "david.okafor@falun.se", "Falu kommun", diet="nut allergy")],
          [S1, S4], diet="nut allergy"),
        "English signup, 'May 3rd' and 'the February session', autumn excluded; nut allergy"))

    m.append(mail(
        "ar015", "2026-12-11T16:20", ("Region Dalarna IT-support", "it-support@regiondalarna-webmail.com"),
        "Åtgärd krävs: din brevlåda är 98 % full",
        "<html><body><p>Hej användare,</p><p>Din brevlåda har nått 98 % av sin kvot. Inkommande e-post, "
        "till exempel anmälningar och kallelser, kommer att avvisas inom 24 timmar.</p>"
        "<p><a href=\"http://regiondalarna-webmail.com/verify\">Verifiera ditt konto här</a> med ditt "
        "användarnamn och lösenord för att behålla åtkomsten.</p><p>IT-support<br>Region Dalarna</p>"
        "</body></html>",
        X("unknown"),
        "phishing posing as Region Dalarna IT, look-alike domain", html=True))

    m.append(mail(
        "ar016", "2026-12-14T10:40", ("Ulf Persson", "ulf.persson@mora.se"),
        "Anmälan DalaLab från Mora kommun",
        "Hej Linnea!\n\nFrån Mora kommun anmäler jag följande tre medarbetare till DalaLab:\n\n"
        "Eva Dahl, översiktsplanerare, eva.dahl@mora.se\n"
        "Niklas Bäckström, trafikplanerare, niklas.backstrom@mora.se\n"
        "Fatima Hassan, planarkitekt, fatima.hassan@mora.se\n\n"
        "De tänker gå på samtliga träffar. Själv har jag inte möjlighet att delta men ser fram emot att "
        "höra hur det går.\n\nMed vänliga hälsningar\n\nUlf Persson\nSamhällsbyggnadschef\nMora kommun\n"
        "Fredsgatan 16, 792 80 Mora\nVäxel 0250-260 00",
        X("register", [P("Eva Dahl", "eva.dahl@mora.se", "Mora kommun"),
                       P("Niklas Bäckström", "niklas.backstrom@mora.se", "Mora kommun"),
                       P("Fatima Hassan", "fatima.hassan@mora.se", "Mora kommun")], ALL),
        "manager signs up three staff and explicitly not himself; fills Mora's quota"))

    m.append(tg(
        "ar017", "2026-12-15T12:03", "Sara L", 603918274,
        "Anmäl mig till 21/9 och 29/11 tack! Sara Lind, Rättvik",
        X("register", [P("Sara Lind", None, "Rättviks kommun")], [S2, S3]),
        "Telegram, slash dates, short sender name, place name for the organisation"))

    m.append(mail(
        "ar018", "2026-12-16T09:12", ("Tove Eriksson", "tove.eriksson@leksand.se"),
        "Läst: Bekräftelse på anmälan till DalaLab",
        "Ditt meddelande\n\n  Till: Tove Eriksson\n  Ämne: Bekräftelse på anmälan till DalaLab\n"
        "  Skickat: den 15 december 2026 16:31\n\nlästes den 16 december 2026 09:12.",
        X("auto_reply"),
        "read receipt for a confirmation; contains 'anmälan' and dates"))

    m.append(mail(
        "ar019", "2026-12-18T14:55", ("Lars Östberg", "lars.ostberg@vansbro.se"),
        "DalaLab – går det att välja enstaka träffar?",
        "Hej,\n\nVi är två i Vansbro som är intresserade men vi vet inte om vi hinner med alla fyra. Går det "
        "att anmäla sig till enstaka träffar, eller förväntas man följa hela lärprojektet? Och kan man i så "
        "fall byta person mellan träffarna?\n\nMvh Lars Östberg\nVansbro kommun",
        X("question", [P("Lars Östberg", "lars.ostberg@vansbro.se", "Vansbro kommun")]),
        "question about single sessions and swapping people; no signup yet"))

    m.append(mail(
        "ar020", "2026-12-21T08:20", ("Anneli Forsberg", "anneli.forsberg@regiondalarna.se"),
        "Autosvar: SV: DalaLab – lokal första träffen",
        "Hej! Jag är ledig över jul och nyår och är tillbaka på kontoret den 7 januari. Ditt mejl kommer "
        "inte att vidarebefordras.\n\nHi! I'm out of the office over the holidays, back on 7 January.\n\n"
        "Anneli Forsberg\nRegion Dalarna",
        X("auto_reply"),
        "holiday out-of-office from an internal Region Dalarna colleague"))

    # ---- January-February: more signups, the odd mail, questions -----------------------------------------------

    m.append(mail(
        "ar021", "2027-01-08T10:15", ("Hedlund Björn", "bjorn.hedlund@lansstyrelsen.se"),
        "dalalab",
        "hej linnea, gott nytt år!\n\nanmäler mig o kollegan anna-karin petterson till dalalab. vi kör alla "
        "tillfällen utom det i september (krockar m en tillsynsvecka). anna-karin är laktosintolerant\n\n"
        "/björn\n\n--\nBjörn Hedlund\nHandläggare, Samhällsbyggnadsenheten\nLänsstyrelsen Dalarna\n"
        "Åsgatan 38, 791 84 Falun\nTel 010-225 00 00",
        X("register", [P("Björn Hedlund", "bjorn.hedlund@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                       P("Anna-Karin Petterson", None, "Länsstyrelsen Dalarna", diet="laktosintolerant")],
          [S1, S3, S4], diet="laktosintolerant"),
        "lower case, abbreviations, Länsstyrelsen, all but September, colleague's diet"))

    m.append(mail(
        "ar022", "2027-01-12T13:30", ("Petter Sandin", "petter.sandin@hedemora.se"),
        "[planerare-dalarna] Exempel på planeringsstrategier?",
        "Hej alla på listan!\n\nVi ska börja ta fram en planeringsstrategi i Hedemora och letar efter "
        "goda exempel, gärna från mindre kommuner. Någon som vill dela med sig? Vi ses förhoppningsvis på "
        "DalaLab den 3 maj också.\n\nPetter\n\n_______________________________________________\n"
        "planerare-dalarna mailing list\nplanerare-dalarna@listor.regiondalarna.se\n"
        "Avsluta prenumeration: https://listor.regiondalarna.se/mailman/listinfo/planerare-dalarna",
        X("unknown"),
        "mailing-list post that mentions DalaLab and a session date; not for this service",
        to="planerare-dalarna@listor.regiondalarna.se"))

    m.append(mail(
        "ar023", "2027-01-14T09:48", ("Kristina Wallin", "kristina.wallin@hedemora.se"),
        "Begäran om radering av personuppgifter",
        "Hej,\n\nJag har fått er inbjudan till DalaLab men har aldrig anmält mig och är inte intresserad. "
        "Jag begär med stöd av artikel 17 i dataskyddsförordningen (GDPR) att ni raderar samtliga "
        "personuppgifter ni har om mig, inklusive min e-postadress i era utskickslistor.\n\n"
        "Vänligen bekräfta när det är gjort.\n\nKristina Wallin",
        X("erasure", [P("Kristina Wallin", "kristina.wallin@hedemora.se", "Hedemora kommun")]),
        "formal GDPR erasure request from someone never registered"))

    m.append(mail(
        "ar024", "2027-01-19T14:02", ("Rebecka Holmgren", "rebecka.holmgren@avesta.se"),
        "Anmälan",
        "<html><body><div>Hej!</div><div><br></div><div>Jag vill anmäla mig till maj-träffen i Falun och "
        "till höstträffen. Har ingen specialkost.</div><div><br></div><div>Hälsningar<br>Rebecka Holmgren"
        "<br>Samhällsplanerare, Avesta kommun</div></body></html>",
        X("register", [P("Rebecka Holmgren", "rebecka.holmgren@avesta.se", "Avesta kommun")], [S1, S2, S3],
          unsure=["sessions"]),
        "HTML; 'höstträffen' singular while there are two autumn sessions; 'ingen specialkost' is no diet",
        html=True))

    m.append(mail(
        "ar025", "2027-01-25T11:11", ("Mail Delivery Subsystem", "postmaster@regiondalarna.se"),
        "Delivery Status Notification (Delay)",
        "This is an automatically generated Delivery Status Notification.\n\n"
        "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
        "Delivery to the following recipients has been delayed:\n\n     lars.ostberg@vansbro.se\n\n"
        "Message will be retried for 2 more day(s)\n\n"
        "Original message:\nSubject: SV: DalaLab – går det att välja enstaka träffar?\n"
        "Date: Mon, 25 Jan 2027 09:02:11 +0100\n",
        X("auto_reply"),
        "delayed-delivery report for a reply to a question"))

    m.append(mail(
        "ar026", "2027-02-02T08:05", ("Mattias Lindgren", "mattias.lindgren@ludvika.se"),
        "Praktiska frågor inför första träffen",
        "Hej Linnea,\n\nJag är redan anmäld, men undrar var i Falun första träffen hålls, och om det blir "
        "fika från halv tio som det stod i inbjudan. Behöver vi ta med egen dator?\n\nMvh\nMattias Lindgren"
        "\nLudvika kommun",
        X("question", [P("Mattias Lindgren", "mattias.lindgren@ludvika.se", "Ludvika kommun")]),
        "practical questions from an already registered person, names the first session"))

    m.append(tg(
        "ar027", "2027-02-05T15:20", "Jonas Berglund", 418229736,
        "Hej det är Jonas från Borlänge igen. Jag är anmäld på alla träffarna men har blivit vegan sen "
        "december 😅 kan ni ändra det från vegetarisk?",
        X("change", [P("Jonas Berglund", None, "Borlänge kommun", diet="vegan")], ALL, diet="vegan"),
        "Telegram diet change; the old diet is also named, the new one counts"))

    m.append(mail(
        "ar028", "2027-02-10T10:00", ("Ulf Persson", "ulf.persson@mora.se"),
        "Ändring i Moras anmälan till DalaLab",
        "Hej!\n\nFatima Hassan har fått en ny tjänst i en annan kommun och kan därför inte delta i DalaLab. "
        "I hennes ställe kommer Oskar Lund (oskar.lund@mora.se) att gå på samtliga träffar. Eva och Niklas "
        "går som planerat.\n\nHälsningar\nUlf Persson\nSamhällsbyggnadschef, Mora kommun",
        X("change", [P("Fatima Hassan", "fatima.hassan@mora.se", "Mora kommun"),
                     P("Oskar Lund", "oskar.lund@mora.se", "Mora kommun")], ALL),
        "substitution by the manager; two colleagues unchanged and not part of the request"))

    m.append(mail(
        "ar029", "2027-02-16T13:25", ("Fjällkonferens Sälen", "bokning@fjallkonferens-salen.se"),
        "Konferenspaket 2027 – 20 % rabatt för offentlig sektor",
        "Hej!\n\nPlanerar ni utbildningsdagar eller workshops under 2027? Just nu erbjuder vi offentlig "
        "sektor 20 % rabatt på heldagskonferens inklusive fika, lunch och teknik. Boka före 31 mars!\n\n"
        "Vegetariska, veganska och glutenfria alternativ finns alltid.\n\nVälkommen att höra av dig!\n"
        "Fjällkonferens Sälen\n\nVill du inte ha fler utskick? Svara STOPP.",
        X("unknown"),
        "marketing spam with diet words and booking language"))

    m.append(mail(
        "ar030", "2027-02-22T09:40", ("Nora Lindahl", "nora.lindahl@regiondalarna.se"),
        "DalaLab remote?",
        "Hi Linnea,\n\nQuick question from a colleague on the 4th floor: will any of the DalaLab sessions be "
        "streamed on Teams? I'm interested in the accessibility session in February next year but I'll be "
        "based in Mora most of that week.\n\nThanks!\nNora\n\nNora Lindahl\nAnalyst, Region Dalarna",
        X("question", [P("Nora Lindahl", "nora.lindahl@regiondalarna.se", "Region Dalarna")]),
        "English question about remote attendance; interest in a session is not a signup"))

    # ---- March-April: changes, cancellations, late signups -----------------------------------------------------

    m.append(mail(
        "ar031", "2027-03-01T08:55", ("David Okafor", "david.okafor@falun.se"),
        "RE: Sign-up DalaLab",
        "Hi again Linnea,\n\nGood news - my parental leave has been moved, so I can also join the September "
        "session. That means I'm coming on 3 May, 21 Sept and 22 Feb. Still the nut allergy, of course.\n\n"
        "Best,\nDavid\n\n-----Original Message-----\nFrom: David Okafor <david.okafor@falun.se>\n"
        "Sent: Thursday, December 10, 2026 9:05 AM\nTo: Linnea Hassis <" + LH + ">\n"
        "Subject: Sign-up DalaLab\n\nDear Linnea, ... I can attend on May 3rd and at the February session ...",
        X("change", [P("David Okafor", "david.okafor@falun.se", "Falu kommun", diet="nut allergy")],
          [S1, S2, S4], diet="nut allergy"),
        "English change adding a session and stating all resulting sessions; quoted earlier signup"))

    m.append(mail(
        "ar032", "2027-03-04T11:30", ("Emma Sjöberg", "emma.sjoberg@smedjebacken.se"),
        "Avanmälan en träff",
        "Hej,\n\nJag måste tyvärr avanmäla mig från träffen den 29:e november, vi har fullmäktige samma dag. "
        "Första träffen i maj står kvar.\n\nHälsningar Emma Sjöberg, Smedjebackens kommun",
        X("cancel", [P("Emma Sjöberg", "emma.sjoberg@smedjebacken.se", "Smedjebackens kommun")], [S3]),
        "cancel one of two sessions ('den 29:e november'); the other kept"))

    m.append(mail(
        "ar033", "2027-03-09T16:02", ("Karin Åberg", "karin.aberg@gagnef.se"),
        "3 maj",
        "Hej Linnea,\n\nNu har det krockat för mig den 3 maj – vi har samråd om översiktsplanen just den "
        "dagen. Går det att skicka någon annan från Gagnef i mitt ställe, eller ska jag bara stryka mig från "
        "den gången? Resten av träffarna är jag med på som tänkt.\n\nKarin",
        X("cancel", [P("Karin Åberg", "karin.aberg@gagnef.se", "Gagnefs kommun")], [S1],
          unsure=["change-or-cancel"]),
        "can't come to one session, asks whether to send a substitute (unnamed) or just drop it"))

    m.append(mail(
        "ar034", "2027-03-12T10:20", ("Tove Eriksson", "tove.eriksson@leksand.se"),
        "Avanmälan + radera",
        "Hej.\n\nJag slutar på Leksands kommun i april. Avanmäl mig från DalaLab och ta bort mina uppgifter "
        "ur er deltagarlista.\n\nTove Eriksson",
        X("erasure", [P("Tove Eriksson", "tove.eriksson@leksand.se", "Leksands kommun")], unsure=["intent"]),
        "cancellation and erasure in one short mail"))

    m.append(mail(
        "ar035", "2027-03-15T07:45", ("Ida Mohlin", "ida.mohlin@borlange.se"),
        "Frånvaro: Anmälan DalaLab Borlänge",
        "Hej,\n\nJag är föräldraledig 1 mars–3 maj 2027. Under tiden hanteras mina ärenden om "
        "översiktsplanen av Martin Sundqvist, martin.sundqvist@borlange.se, 0243-740 00.\n\n"
        "Med vänlig hälsning\nIda Mohlin\nBorlänge kommun\n\n"
        "Detta är ett automatiskt svar.",
        X("auto_reply"),
        "out-of-office whose leave ends on the first session's date"))

    m.append(mail(
        "ar036", "2027-03-18T14:14", ("Anders von Essen", "anders.vonessen@sater.se"),
        "Avanmälan DalaLab - Säters kommun",
        "Hej Linnea!\n\nTyvärr måste vi dra oss ur DalaLab helt, det gäller både mig och Maria de Wit - vi har "
        "fått en omorganisation som äter all tid i år. Lars-Göran Öhman går kvar på alla fyra.\n\n"
        "Beklagar!\n\nAnders von Essen\nPlanchef, Säters kommun",
        X("cancel", [P("Anders von Essen", "anders.vonessen@sater.se", "Säters kommun"),
                     P("Maria de Wit", None, "Säters kommun")], ALL),
        "iso-8859-1 cancel of two people from everything; the third stays and is not part of it",
        charset="iso-8859-1"))

    m.append(tg(
        "ar037", "2027-03-22T09:30", "Hanna", 735026194,
        "hej! går det fortfarande att anmäla sig? vill isf gärna vara med v. 18 i falun och sen i september. "
        "Hanna Ek, Orsa kommun, hanna.ek@orsa.se",
        X("register", [P("Hanna Ek", "hanna.ek@orsa.se", "Orsa kommun")], [S1, S2]),
        "Telegram late signup phrased as a question; week number for the first session; address in text"))

    m.append(mail(
        "ar038", "2027-03-26T12:00", ("Lisa Granath", "lisa.granath@mora.se"),
        "Anmälan till DalaLab",
        "Hej!\n\nJag hörde av Eva Dahl att det finns platser kvar i DalaLab. Jag vill gärna anmäla mig till "
        "alla tillfällen. Jag är glutenfri.\n\nVänliga hälsningar\nLisa Granath\nMiljöstrateg, Mora kommun",
        X("register", [P("Lisa Granath", "lisa.granath@mora.se", "Mora kommun", diet="glutenfri")], ALL,
          diet="glutenfri"),
        "a fourth person from Mora (quota of three already filled); a plain signup as written"))

    m.append(mail(
        "ar039", "2027-03-30T15:45", ("Henrik Alm", "henrik.alm@gisbyran.se"),
        "Faktura – GIS-utbildning februari",
        "Hej Linnea,\n\nSom vi pratade om i telefon bifogar jag fakturaunderlaget för GIS-utbildningen vi höll "
        "för regionen i februari (två dagar, 14 deltagare). Hör av dig om något behöver kompletteras, t.ex. "
        "referens eller kostnadsställe.\n\nMed vänlig hälsning\nHenrik Alm\nGISbyrån AB",
        X("unknown"),
        "ordinary business mail to the same person, about another course; not for this service"))

    m.append(mail(
        "ar040", "2027-04-02T10:10", ("Sofia Nyberg", "sofia.nyberg@hedemora.se"),
        "Byte av person 21.9",
        "Hej,\n\nJag kan tyvärr inte gå den 21.9 som planerat. Min kollega Henrik Strand "
        "(henrik.strand@hedemora.se) tar min plats den dagen. Per-Olof går som vanligt.\n\n/Sofia",
        X("change", [P("Sofia Nyberg", "sofia.nyberg@hedemora.se", "Hedemora kommun"),
                     P("Henrik Strand", "henrik.strand@hedemora.se", "Hedemora kommun")], [S2]),
        "substitution for one session; the unchanged colleague is not part of it"))

    m.append(mail(
        "ar041", "2027-04-06T08:25", ("Ahmed Karimi", "ahmed.karimi@regiondalarna.se"),
        "SV: Inbjudan: DalaLab",
        "<html><body><p>Hej Linnea!</p><p>Sent omsider – jag anmäler mig till de tre sista träffarna "
        "(september, november och februari). Första krockar med en resa.</p>"
        "<p>/Ahmed<br>Ahmed Karimi, regionplanerare<br>Region Dalarna</p>"
        "<div style=\"border-left:2px solid #ccc;padding-left:8px\"><p><b>Från:</b> Linnea Hassis<br>"
        "<b>Skickat:</b> den 1 december 2026 15:02</p><p>" + html_quote(INVITE) + "</p></div></body></html>",
        X("register", [P("Ahmed Karimi", "ahmed.karimi@regiondalarna.se", "Region Dalarna")], [S2, S3, S4]),
        "late HTML reply above the invitation; 'de tre sista' named by month", html=True))

    m.append(mail(
        "ar042", "2027-04-08T11:50", ("Gunnar Ros", "gunnar.ros@avesta.se"),
        "DalaLab – två till från Avesta",
        "Hej,\n\nAnmäler härmed Petra Wikström (petra.wikstrom@avesta.se) och Ali Rahimi "
        "(ali.rahimi@avesta.se) från Avesta kommun till DalaLab. Själv hoppas jag kunna följa med på första "
        "träffen, men det är inte klart än.\n\nGunnar Ros\nEnhetschef plan, Avesta kommun",
        X("register", [P("Petra Wikström", "petra.wikstrom@avesta.se", "Avesta kommun"),
                       P("Ali Rahimi", "ali.rahimi@avesta.se", "Avesta kommun")], ALL,
          unsure=["sender-attends"]),
        "two colleagues signed up; sender 'hoppas' to come to the first session - is he signing up?"))

    m.append(tg(
        "ar043", "2027-04-09T16:30", "Mikael Strömberg", 847261035,
        "Hej, vill anmäla mig till alla fyra träffarna. Jobbar halvtid i Säter och halvtid på länsstyrelsen. "
        "/Mikael Strömberg",
        X("register", [P("Mikael Strömberg", None, "Säters kommun")], ALL, unsure=["organisation"]),
        "Telegram signup naming two employers; which organisation counts?"))

    m.append(mail(
        "ar044", "2027-04-10T09:05", ("Gustav Holm", "gustav.holm72@gmail.com"),
        "anmälan dalalab (sent!)",
        "Hej, hoppas det inte är försent. Min jobbmejl har strulat hela vintern så jag skriver härifrån.\n\n"
        "Anmäl: Holm, Gustav (Orsa kommun) - 3/5, 29/11 o 22/2. Glutenfri kost tack.\n\nGustav",
        X("register", [P("Gustav Holm", "gustav.holm72@gmail.com", "Orsa kommun", diet="glutenfri")],
          [S1, S3, S4], diet="glutenfri"),
        "private address, organisation only in the text, 'Efternamn, Förnamn', slash dates"))

    m.append(tg(
        "ar045", "2027-04-10T21:40", "Lena Björk", 390517628,
        "Hej! Sista anmälningsdag är väl 14 april? Vet inte riktigt om jag kan än, ska prata med min chef på "
        "måndag och återkommer. Lena, Rättviks kommun",
        X("question", [P("Lena Björk", None, "Rättviks kommun")]),
        "Telegram question about the deadline; undecided, not a signup"))

    return m
