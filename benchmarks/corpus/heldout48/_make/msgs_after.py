"""Writer 'after': what arrives once people have signed up.

Follow-up signups (several as replies quoting the service's own confirmation mail), session swaps and additions,
substitutes, diet updates and removals, a new name, address or employer, whole and partial cancellations (one in a
forwarded VB: chain), questions from people already registered, erasure requests, automatic replies and a bounce
to the confirmations, phishing dressed as a registration reminder, a thank-you and complaints.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

_LINE = {
    S1: "måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun",
    S2: "tisdag 21 september 2027",
    S3: "måndag 29 november 2027",
    S4: "tisdag 22 februari 2028",
}


def _conf(name, dates, sent, diet="ingen angiven", style=">"):
    """The service's confirmation mail, as a mail client quotes it under a reply or forward."""
    lines = [
        f"Hej {name}!",
        "",
        "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.",
        "Du är anmäld till:",
        *[f"  • {_LINE[d]}" for d in dates],
        f"Kost: {diet}",
        "",
        "Vill du ändra något eller avanmäla dig? Svara på det här mejlet.",
        "",
        "Vänliga hälsningar",
        "DalaLab anmälan, Region Dalarna",
    ]
    if style == ">":
        head = [f"Den {sent} skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:"]
        return "\n".join(head + [("> " + l).rstrip() for l in lines])
    if style == "outlook":
        head = ["________________________________",
                "Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>",
                f"Skickat: den {sent}",
                f"Till: {name}",
                "Ämne: Bekräftelse: din anmälan till DalaLab", ""]
        return "\n".join(head + lines)
    head = ["---------- Vidarebefordrat meddelande ---------",
            "Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>",
            f"Datum: {sent}",
            "Ämne: Bekräftelse: din anmälan till DalaLab",
            f"Till: {name}", ""]
    return "\n".join(head + lines)


def messages():
    return [
        # ---------------------------------------------------------------- follow-up signups
        mail("ay091", "2027-01-14T13:40", ("Karin Öberg", "karin.oberg@hedemora.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej!\n\nTack för bekräftelsen. Min kollega Johan Lind på samhällsbyggnad vill också hänga med, "
             "på samma tillfällen som jag.\n\nVänliga hälsningar\nKarin Öberg\nPlanarkitekt\nHedemora kommun\n"
             "0225-345 12\n\n"
             + _conf("Karin Öberg", [S1, S2], "14 januari 2027 10:02", style="outlook"),
             X("register", [P("Johan Lind", None, "Hedemora kommun")], [S1, S2]),
             "follow-up signup in reply to confirmation; 'samma tillfällen som jag' resolved from the quoted "
             "confirmation; sender already registered"),

        mail("ay114", "2027-01-19T13:13", ("Camilla Rosén", "camilla.rosen@rattvik.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej igen!\n\nKan ni anmäla två kollegor också: Peter Sjöberg (peter.sjoberg@rattvik.se) och "
             "Ulla Hed. Båda vill gå på höstens två träffar. Peter är vegan.\n\n/Camilla\n\n"
             + _conf("Camilla Rosén", ALL, "18 januari 2027 kl. 16:31"),
             X("register", [P("Peter Sjöberg", "peter.sjoberg@rattvik.se", "Rättviks kommun", diet="vegan"),
                            P("Ulla Hed", None, "Rättviks kommun")], [S2, S3], diet="vegan"),
             "two colleagues added in a reply; quoted all-four confirmation is the sender's, not theirs"),

        tg("ay115", "2026-12-09T16:20", "Mats Olsson", 55661122,
           "Hej igen! Anmälde mig själv förra veckan. Nu vill även min kollega vara med: "
           "Sofia Andersson, sofia.andersson@orsa.se, alla fyra tillfällena.",
           X("register", [P("Sofia Andersson", "sofia.andersson@orsa.se", "Orsa kommun")], ALL),
           "telegram follow-up signup for a colleague only; organisation from her address"),

        mail("ay124", "2027-01-25T15:15", ("Lotta Sjöström", "lotta.sjostrom@malung-salen.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej! Vi blir två till från Malung-Sälen:\n\n"
             "- Eva Nilsson kommer 3 maj och 22 februari\n"
             "- Nils Hägg bara på 21 september\n\n"
             "Eva är laktosintolerant.\n\nMvh Lotta\n\n"
             + _conf("Lotta Sjöström", [S1, S3], "25 januari 2027 09:12"),
             X("register", [P("Eva Nilsson", None, "Malung-Sälens kommun", diet="laktosintolerant"),
                            P("Nils Hägg", None, "Malung-Sälens kommun")], [S1, S2, S4],
               diet="laktosintolerant", unsure=["each-own-sessions"]),
             "two follow-up signups with different sessions each; quoted confirmation dates (S1, S3) are noise"),

        mail("ay125", "2027-02-01T10:00", ("Sophie Martin", "sophie.martin@falun.se"),
             "Adding a colleague to DalaLab",
             "Hi Linnea,\n\nI signed up for DalaLab a couple of weeks ago. Could you please add my colleague "
             "Tom Becker (tom.becker@falun.se) for the first session only, 3 May in Falun? "
             "He's vegetarian.\n\nThanks a lot!\nSophie\n\n--\nSophie Martin\nStrategic planner | Falu kommun\n"
             "+46 23 83 000",
             X("register", [P("Tom Becker", "tom.becker@falun.se", "Falu kommun", diet="vegetarian")], [S1],
               diet="vegetarian"),
             "English follow-up signup for a colleague, one session"),

        # ---------------------------------------------------------------- swaps and additions
        mail("ay093", "2027-02-09T10:12", ("Lena Forsberg", "lena.forsberg@borlange.se"),
             "Byte av datum – DalaLab",
             "Hej Linnea,\n\nJag skulle vilja byta från träffen 21 september till den 29 november. "
             "Går det bra?\n\nMvh\nLena Forsberg\nBorlänge kommun, Samhällsbyggnadsförvaltningen\n"
             "Röda vägen 50, 781 81 Borlänge",
             X("change", [P("Lena Forsberg", "lena.forsberg@borlange.se", "Borlänge kommun")], [S3]),
             "plain swap of one session for another"),

        mail("ay094", "2027-03-03T15:30", ("Mikael Strand", "mikael.strand@falun.se"),
             "Lägg till ett tillfälle",
             "Hej, jag är anmäld till första träffen 3/5. Nu har jag fått klartecken från chefen att gå "
             "på 22/2 2028 också, så lägg gärna till det.\n/Micke\n\n"
             "Mikael Strand\nÖversiktsplanerare\nFalu kommun",
             X("change", [P("Mikael Strand", "mikael.strand@falun.se", "Falu kommun")], [S1, S4]),
             "session added to an existing registration; both sessions after the change"),

        mail("ay117", "2027-02-04T09:09", ("Oskar Lundqvist", "oskar.lundqvist@mora.se"),
             "Byta tillfälle",
             "Hej,\n\nJag är anmäld till 3/5 och 22/2. Kan jag gå 21/9 i stället för 3/5? "
             "Den 3 maj har vi kommunfullmäktige.\n\nOskar Lundqvist\nMora kommun",
             X("change", [P("Oskar Lundqvist", "oskar.lundqvist@mora.se", "Mora kommun")], [S2, S4]),
             "swap with the current sessions stated: S2 and S4 after the change"),

        tg("ay118", "2027-03-12T11:47", "Elin Björk", 91234567,
           "Går det att byta mitt tillfälle 3 maj mot 29 november? /Elin, Älvdalens kommun",
           X("change", [P("Elin Björk", None, "Älvdalens kommun")], [S3]),
           "swap phrased as a question is still a change"),

        mail("ay122", "2027-02-17T08:32", ("Kristina Berg", "kristina.berg@alvdalen.se"),
             "Ulf Berglund – ett tillfälle till",
             "Hej Linnea,\n\nUlf Berglund är anmäld till 3 maj. Han vill nu gå på 21 september också. "
             "Han sitter i fält hela veckan utan dator, därför skriver jag.\n\n"
             "Mvh Kristina Berg, planchef\nÄlvdalens kommun",
             X("change", [P("Ulf Berglund", None, "Älvdalens kommun")], [S1, S2]),
             "addition for a colleague written by his manager; sender not among people"),

        tg("ay135", "2027-04-03T09:30", "Jens Karlberg", 30405060,
           "hej, behöver ändra min anmälan. jag vill bara gå på höstträffen nu, inte de andra",
           X("change", [P("Jens Karlberg", None, None)], [S2, S3], unsure=["sessions"]),
           "'höstträffen' singular while autumn has two sessions; no organisation given"),

        # ---------------------------------------------------------------- substitutes
        mail("ay095", "2027-04-02T08:20", ("Maria Ek", "maria.ek@ludvika.se"),
             "Ersättare 3 maj",
             "Hej!\n\nJag kan tyvärr inte komma den 3 maj eftersom jag är på kurs i Stockholm. Min kollega "
             "Anders Nyström (anders.nystrom@ludvika.se) går i mitt ställe den dagen. Resten av tillfällena "
             "går jag själv som planerat.\n\nHälsningar\nMaria Ek\nLudvika kommun\n0240-860 00",
             X("change", [P("Maria Ek", "maria.ek@ludvika.se", "Ludvika kommun"),
                          P("Anders Nyström", "anders.nystrom@ludvika.se", "Ludvika kommun")], [S1]),
             "substitute for one session only; both the leaving and the coming person"),

        tg("ay121", "2027-01-30T20:40", "Malin Persson", 44332211,
           "Hej! Har krock 22/2 -28. Min kollega Jonas Ahl tar min plats den gången, "
           "jonas.ahl@smedjebacken.se\n/Malin, Smedjebacken",
           X("change", [P("Malin Persson", None, "Smedjebackens kommun"),
                        P("Jonas Ahl", "jonas.ahl@smedjebacken.se", "Smedjebackens kommun")], [S4]),
           "telegram substitute, date with a two-digit year '22/2 -28'"),

        # ---------------------------------------------------------------- diet updates and removals
        tg("ay096", "2026-12-18T21:14", "Sara L", 61234987,
           "hej glömde säga att jag är glutenfri! anmälde mig igår via mejlen. /Sara Lindqvist, Leksand",
           X("change", [P("Sara Lindqvist", None, "Leksands kommun", diet="glutenfri")], [], diet="glutenfri"),
           "diet added after signup; full name in the text, not the display name"),

        mail("ay097", "2027-01-20T11:02", ("Tomas Hedlund", "tomas.hedlund@avesta.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             "Hej, en rättelse: i bekräftelsen står det laktosfri för mig, men det behövs inte längre. "
             "Jag har ingen specialkost.\n\nTomas\n\n"
             + _conf("Tomas Hedlund", ALL, "19 januari 2027 14:55", diet="laktosfri"),
             X("change", [P("Tomas Hedlund", "tomas.hedlund@avesta.se", "Avesta kommun")], []),
             "diet removed; the old diet in text and quote must not be recorded"),

        mail("ay123", "2027-03-05T13:58", ("Håkan Wall", "hakan.wall@borlange.se"),
             "Kostuppgift Anna Sundin",
             "Hej, en ändring för Anna Sundin som är anmäld från oss: hon är inte längre vegetarian "
             "men har nötallergi. Resten gäller som förut.\n\nHåkan Wall\nBorlänge kommun",
             X("change", [P("Anna Sundin", None, "Borlänge kommun", diet="nötallergi")], [], diet="nötallergi"),
             "diet replaced for a colleague; old diet dropped"),

        mail("ay127", "2027-01-12T09:20", ("Göran Åkerlund", "goran.akerlund@sater.se"),
             "Ändrad kost",
             "Hej!\n\nJag är anmäld till alla träffarna. Sedan jag anmälde mig har jag fått veta att jag är "
             "laktosintolerant, så jag behöver laktosfri kost till fika och lunch.\n\n"
             "Hälsningar\nGöran Åkerlund, Säters kommun",
             X("change", [P("Göran Åkerlund", "goran.akerlund@sater.se", "Säters kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "diet update in ISO-8859-1; sessions stated as all", charset="iso-8859-1"),

        mail("ay133", "2027-02-12T14:14", ("Therese Falk", "therese.falk@ludvika.se"),
             "Kost till vår anmälan",
             "Hej!\nKompletterar vår anmälan från Ludvika: Åsa Strömberg är vegetarian och Bengt Larsson "
             "är glutenfri. Själv äter jag allt.\n\nTherese Falk\nStrategisk planerare\nLudvika kommun",
             X("change", [P("Åsa Strömberg", None, "Ludvika kommun", diet="vegetarian"),
                          P("Bengt Larsson", None, "Ludvika kommun", diet="glutenfri")], [],
               diet="vegetarian, glutenfri"),
             "diets for two colleagues after signup; sender (no diet) not among people"),

        # ---------------------------------------------------------------- new name, address, employer
        mail("ay098", "2027-02-15T09:45", ("Emma Wikström", "emma.wikstrom@falun.se"),
             "Namnbyte",
             "Hej!\n\nJag är anmäld till DalaLab som Emma Karlsson (emma.karlsson@falun.se). Jag har gift mig "
             "och heter nu Emma Wikström, och min nya adress är den jag skriver från. Den gamla slutar "
             "fungera i mars. Inget annat ändras.\n\nEmma Wikström\nFalu kommun",
             X("change", [P("Emma Wikström", "emma.wikstrom@falun.se", "Falu kommun")], []),
             "new surname and address; the old name/address is not a second person"),

        mail("ay099", "2027-03-10T14:05", ("Jenny Holm", "jenny.holm@borlange.se"),
             "Ny arbetsgivare – vill behålla platsen",
             "Hej Linnea!\n\nJag slutar på Borlänge kommun den 31 mars och börjar på Region Dalarna, "
             "regionala utvecklingsförvaltningen, den 1 april. Jag vill gärna vara kvar i DalaLab på samma "
             "tillfällen som nu (alla fyra). Min nya adress blir jenny.holm@regiondalarna.se – använd den "
             "från april.\n\nDå frigörs väl en av Borlänges platser om någon annan där vill gå.\n\n"
             "Hälsningar Jenny",
             X("change", [P("Jenny Holm", "jenny.holm@regiondalarna.se", "Region Dalarna")], ALL),
             "employer change: new organisation and the new address from the text, not the From"),

        tg("ay100", "2027-01-08T12:30", "Johanna Mattsson", 70450011,
           "Hej, kan ni ändra mejladressen i min anmälan till johanna.mattsson@gagnef.se? "
           "Den gamla (jmattsson@gmail.com) kollar jag sällan",
           X("change", [P("Johanna Mattsson", "johanna.mattsson@gagnef.se", "Gagnefs kommun")], []),
           "address change by telegram; the new address, not the old one"),

        mail("ay134", "2027-03-16T19:45", ("Julia Lindahl", "julia.lindahl77@gmail.com"),
             "DalaLab – nytt jobb",
             "Hej Linnea!\n\nJag anmälde mig till DalaLab från Vansbro kommun i januari, men nu har jag bytt "
             "jobb och är sedan 1 mars på stadsbyggnadskontoret i Mora. Jag vill gärna fortsätta – går det "
             "att flytta över min anmälan till Mora kommun? Jag har ingen jobbmejl där än, så använd den "
             "här adressen tills vidare.\n\nJulia Lindahl\nSkickat från min iPhone",
             X("change", [P("Julia Lindahl", "julia.lindahl77@gmail.com", "Mora kommun")], []),
             "employer change from a private address; new organisation Mora, not the old Vansbro"),

        # ---------------------------------------------------------------- cancellations
        tg("ay092", "2027-02-02T07:55", "Per Hansson", 50112233,
           "Hej! Per Hansson här, Mora kommun. Jag står anmäld på alla fyra men 29 nov krockar med "
           "budgetarbetet. Stryk mig från just den.",
           X("cancel", [P("Per Hansson", None, "Mora kommun")], [S3]),
           "partial cancellation of one session; 'alla fyra' is the current registration"),

        mail("ay101", "2027-03-22T16:48", ("Björn Sandberg", "bjorn.sandberg@smedjebacken.se"),
             "Avanmälan DalaLab",
             "Hej,\n\nJag måste tyvärr avanmäla mig från hela DalaLab, jag har fått andra uppdrag under året.\n\n"
             "Björn Sandberg\nSamhällsplanerare\nSmedjebackens kommun\nTel 0240-660 00\n"
             "Box 500, 777 29 Smedjebacken",
             X("cancel", [P("Björn Sandberg", "bjorn.sandberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "whole cancellation"),

        mail("ay102", "2027-03-15T08:05", ("Gunilla Rask", "gunilla.rask@avesta.se"),
             "VB: DalaLab hösten",
             "Hej Linnea,\n\nVidarebefordrar från Olof, som sitter ute på ett projekt och inte hinner mejla "
             "själv. Kan du ordna det han ber om?\n\nGunilla Rask\nEnhetschef Planering\nAvesta kommun\n\n"
             "Från: Olof Berg <olof.berg@avesta.se>\n"
             "Skickat: den 14 mars 2027 17:50\n"
             "Till: Gunilla Rask <gunilla.rask@avesta.se>\n"
             "Ämne: DalaLab hösten\n\n"
             "Hej Gunilla!\nKan du be Linnea på regionen stryka mig från höstens båda DalaLab-träffar "
             "(21/9 och 29/11)? Jag kommer den 3 maj och i februari som planerat.\n/Olof\n\nSkickat från mobilen",
             X("cancel", [P("Olof Berg", "olof.berg@avesta.se", "Avesta kommun")], [S2, S3]),
             "partial cancellation inside a forwarded VB: chain; the forwarding manager is not among people"),

        mail("ay116", "2027-03-18T10:10", ("Anneli Söderberg", "anneli.soderberg@gagnef.se"),
             "Ändring i vår anmälan",
             "Hej!\n\nVi anmälde oss två från Gagnef, jag och Lars Wester. Lars har fått nytt jobb och slutar "
             "hos oss i april, så han ska strykas från alla tillfällen. Jag kommer som planerat.\n\n"
             "Anneli Söderberg\nGagnefs kommun",
             X("cancel", [P("Lars Wester", None, "Gagnefs kommun")], ALL),
             "colleague withdrawn without a substitute is a cancel despite the subject; sender unchanged"),

        mail("ay119", "2027-03-26T14:50", ("Mattias Grön", "mattias.gron@falun.se"),
             "Hanna Ljung - avanmalan",
             "Hej,\n\nHanna Ljung pa var enhet ar langtidssjukskriven och kommer inte att kunna delta pa nagot "
             "av DalaLab-tillfallena. Vanligen stryk henne.\n\nMattias Gron\nEnhetschef, Falu kommun",
             X("cancel", [P("Hanna Ljung", None, "Falu kommun")], ALL),
             "cancellation for a colleague written without å/ä/ö"),

        mail("ay120", "2027-04-09T12:00", ("Sanna Holmberg", "sanna.holmberg@sater.se"),
             "3 maj",
             "Hej!\n\nJag kommer tyvärr inte kunna vara med den 3 maj. Kan jag i så fall hoppa in på något av "
             "de senare tillfällena i stället, eller blir jag avanmäld helt då?\n\n"
             "Sanna Holmberg, Säters kommun",
             X("cancel", [P("Sanna Holmberg", "sanna.holmberg@sater.se", "Säters kommun")], [S1],
               unsure=["change-or-cancel"]),
             "drops one session and asks whether to move or quit; organiser must ask"),

        mail("ay126", "2027-03-01T07:45", ("Sven Gustafsson", "sven.gustafsson@hedemora.se"),
             "Avanmälan 29/11 och 22/2",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej Linnea,</p>"
             "<p>Jag behöver tyvärr avanmäla mig från de två sista träffarna (29&nbsp;november och "
             "22&nbsp;februari). Den 3 maj och 21 september kommer jag som planerat.</p>"
             "<p>Med vänlig hälsning<br><b>Sven Gustafsson</b><br>Planeringsarkitekt<br>Hedemora kommun<br>"
             "<span style=\"color:#777\">Tel: 0225-340 00</span></p></div></body></html>",
             X("cancel", [P("Sven Gustafsson", "sven.gustafsson@hedemora.se", "Hedemora kommun")], [S3, S4]),
             "HTML-only partial cancellation; the kept sessions are not cancelled", html=True),

        mail("ay128", "2027-02-22T10:30", ("Linda Öhman", "linda.ohman@orsa.se"),
             "Fwd: Bekräftelse: din anmälan till DalaLab",
             "Hej,\n\nJag har fått bekräftelsen nedan men jag har aldrig anmält mig. Antagligen har någon "
             "kollega anmält mig utan att fråga. Jag kan inte delta, så stryk anmälan.\n\n/Linda Öhman\n\n"
             + _conf("Linda Öhman", ALL, "fre 19 feb. 2027 kl. 13:40", style="fwd"),
             X("cancel", [P("Linda Öhman", "linda.ohman@orsa.se", "Orsa kommun")], ALL),
             "forwarded confirmation with a cancellation on top; quoted dates are not a signup"),

        # ---------------------------------------------------------------- questions from registered people
        mail("ay103", "2027-01-27T10:30", ("Helena Nord", "helena.nord@orsa.se"),
             "Fråga om första träffen",
             "Hej! Jag är anmäld till 3 maj. Var i Falun blir det, och serveras lunch? Jag åker tåg från Orsa "
             "och undrar om jag hinner till fikat 09.30.\n\nHelena",
             X("question"),
             "question from a registered person naming a session"),

        tg("ay104", "2027-02-20T19:03", "Kalle Viklund", 88213345,
           "Hur många från Rättvik är anmälda nu? vi funderar på att skicka en till",
           X("question"),
           "quota question; not a signup"),

        mail("ay131", "2027-03-08T11:25", ("Ahmed Yusuf", "ahmed.yusuf@borlange.se"),
             "Kalenderinbjudan?",
             "Hej!\n\nJag är anmäld till alla fyra DalaLab-träffarna. Kan jag få dem som kalenderinbjudningar "
             "(.ics)? Och vet ni vilken lokal det blir den 21 september?\n\nTack på förhand\nAhmed Yusuf\n"
             "Borlänge kommun",
             X("question"),
             "registered person asking for calendar invitations and a venue"),

        mail("ay112", "2027-04-08T17:30", ("Rolf Engström", "rolf.engstrom@hedemora.se"),
             "Synpunkt på kvoten",
             "Hej.\n\nVi fick besked att vår fjärde person inte får plats eftersom Hedemora redan har tre "
             "anmälda. Jag tycker ärligt talat att det är orimligt att en liten kommun, där hela planenheten "
             "är fyra personer, inte kan skicka alla. Går det verkligen inte att göra ett undantag?\n\n"
             "Rolf Engström\nSamhällsbyggnadschef, Hedemora kommun",
             X("question"),
             "complaint about the quota refusal, in windows-1252; no new signup", charset="windows-1252"),

        # ---------------------------------------------------------------- complaint with a correction
        mail("ay113", "2027-02-25T11:11", ("Fredrik Nyberg", "fredrik.nyberg@ludvika.se"),
             "Fel i bekräftelsen!",
             "Hej, jag fick just en bekräftelse som säger att jag är anmäld till 29 november. Det stämmer "
             "inte – jag anmälde mig till 21 september och ingenting annat. Rätta detta.\n\n"
             "Fredrik Nyberg, Ludvika kommun\n\n"
             + _conf("Fredrik Nyberg", [S3], "25 februari 2027 10:58", style="outlook"),
             X("change", [P("Fredrik Nyberg", "fredrik.nyberg@ludvika.se", "Ludvika kommun")], [S2]),
             "complaint correcting a wrong session; the quoted wrong date must be dropped"),

        # ---------------------------------------------------------------- erasure
        mail("ay105", "2027-04-06T13:20", ("Ingrid Back", "ingrid.back@vansbro.se"),
             "Radera mina uppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i februari. Jag vill nu att ni raderar alla "
             "personuppgifter ni har om mig, med stöd av artikel 17 i dataskyddsförordningen (GDPR). "
             "Bekräfta gärna när det är gjort.\n\nIngrid Back\nVansbro kommun",
             X("erasure", [P("Ingrid Back", "ingrid.back@vansbro.se", "Vansbro kommun")]),
             "formal erasure request after an earlier cancellation"),

        mail("ay106", "2027-03-29T08:05", ("Patrik Lund", "patrik.lund@malung-salen.se"),
             "avanmälan + radering",
             "Hej. Jag hoppar av DalaLab. Ta samtidigt bort mina personuppgifter helt, jag vill inte "
             "finnas kvar i någon lista.\n\nPatrik",
             X("erasure", [P("Patrik Lund", "patrik.lund@malung-salen.se", "Malung-Sälens kommun")]),
             "cancellation and erasure in one; erasure covers both"),

        tg("ay132", "2027-03-20T22:10", "Nora Ali", 66778899,
           "Jag avanmälde mig för ett tag sedan. Kan ni också radera mina uppgifter (namn, mejl, kost)? Tack",
           X("erasure", [P("Nora Ali", None, None)]),
           "telegram erasure; no organisation known"),

        # ---------------------------------------------------------------- automatic replies
        mail("ay107", "2026-12-22T10:04", ("Marie Dahl", "marie.dahl@leksand.se"),
             "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
             "Tack för ditt mejl. Jag är ledig till och med den 6 januari 2027 och läser inte min e-post. "
             "Vid brådskande ärenden, ring kommunens växel 0247-800 00.\n\nMarie Dahl\nLeksands kommun",
             X("auto_reply"),
             "out-of-office reply to the confirmation"),

        mail("ay108", "2027-01-04T07:15", ("Daniel Kovač", "daniel.kovac@lansstyrelsen.se"),
             "Out of Office: Bekräftelse: din anmälan till DalaLab",
             "Jag är tjänstledig t.o.m. 2027-01-31. Ditt mejl vidarebefordras inte.\n\n"
             "I am on leave until 31 January 2027. Your e-mail will not be forwarded.\n\n"
             "Daniel Kovač\nLänsstyrelsen Dalarna",
             X("auto_reply"),
             "bilingual out-of-office to the confirmation"),

        mail("ay109", "2027-02-11T14:00", ("Kerstin Hallberg", "kerstin.hallberg@vansbro.se"),
             "Automatiskt svar: SV: Bekräftelse: din anmälan till DalaLab",
             "Jag har slutat min anställning på Vansbro kommun och detta mejl kommer inte att läsas. "
             "För frågor om översiktsplanering, kontakta plan@vansbro.se.",
             X("auto_reply"),
             "auto-reply saying the registrant has left; must not become a cancellation"),

        mail("ay129", "2027-01-14T10:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: din anmälan till DalaLab",
             "Delivery has failed to these recipients or groups:\n\njon.pettersson@mora.se\n"
             "The email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n"
             "Remote Server returned '550 5.1.1 <jon.pettersson@mora.se>: Recipient address rejected: "
             "User unknown'\n\n"
             "Original message headers:\nFrom: linnea.hassis@regiondalarna.se\nTo: jon.pettersson@mora.se\n"
             "Subject: Bekräftelse: din anmälan till DalaLab\nDate: Thu, 14 Jan 2027 10:02:11 +0100",
             X("auto_reply"),
             "bounce of a confirmation; the address in it is not a person to register"),

        # ---------------------------------------------------------------- phishing, thanks, stray
        mail("ay110", "2027-03-30T06:12", ("Region Dalarna – Evenemang", "no-reply@regiondalarna-event.com"),
             "Åtgärd krävs: bekräfta din plats på DalaLab inom 24 timmar",
             "<html><body style=\"font-family:Arial\">"
             "<img src=\"https://regiondalarna-event.com/logo.png\" alt=\"Region Dalarna\">"
             "<h2>Påminnelse om din registrering</h2>"
             "<p>Hej deltagare,</p>"
             "<p>Vi har noterat att din anmälan till <b>DalaLab 3 maj 2027</b> ännu inte är verifierad. "
             "Om du inte bekräftar inom 24 timmar går platsen till nästa person på reservlistan.</p>"
             "<p><a href=\"https://regiondalarna-event.com/verify?id=88213\" "
             "style=\"background:#005a9c;color:#fff;padding:8px 16px\">Logga in med ditt Microsoft 365-konto"
             "</a></p>"
             "<p style=\"font-size:9px;color:#999\">Detta är ett automatiskt meddelande. Svara inte.</p>"
             "</body></html>",
             X("unknown"),
             "phishing dressed as a registration reminder; not from the organiser", html=True),

        mail("ay111", "2027-01-15T08:40", ("Åsa Lindgren", "asa.lindgren@sater.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             "Stort tack, ser fram emot att ses i Falun i maj!\n\nÅsa\n\nSkickat från Outlook för Android\n\n"
             + _conf("Åsa Lindgren", ALL, "14 januari 2027 16:20"),
             X("unknown"),
             "thank-you reply; quoted confirmation dates must not create a registration"),

        tg("ay130", "2026-12-03T18:02", "Birgitta", 12398765,
           "Tack för bekräftelsen!! 😊",
           X("unknown"),
           "telegram thank-you, nothing to do"),
    ]
