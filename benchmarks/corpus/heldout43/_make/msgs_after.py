"""Batch 44, theme "after": what comes after a signup.

Follow-up signups (several as replies to the service's own confirmation mail, quoted below the new text),
session swaps and additions, substitutes, diet updates and a diet removal, a new name and a new address,
whole and partial cancellations (one in a VB: chain, one as a forwarded reminder), questions from people who
are already registered, erasure requests (plain and GDPR-worded), automatic replies to the confirmations
(Swedish and English out-of-office, bounce, read receipt, ticket acknowledgement), a mailing-list post,
phishing dressed as a registration check, a thank-you and a complaint.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

TO = "linnea.hassis@regiondalarna.se"


def confirmation(first, lines, prefix="> "):
    """The service's confirmation mail as a replying mail client quotes it."""
    text = (f"Hej {first}!\n\n"
            "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.\n"
            "Du är anmäld till följande tillfällen:\n\n"
            + "".join(f"  * {ln}\n" for ln in lines)
            + "\nOm något ska ändras räcker det att du svarar på det här mejlet.\n\n"
            "Vänliga hälsningar\nAnmälan DalaLab\nRegion Dalarna\n")
    return "\n".join((prefix + ln).rstrip() for ln in text.splitlines())


def messages():
    m = []

    # ------------------------------------------------------------------ follow-up signups
    m.append(mail(
        "at091", "2027-01-12T08:47", ("Erik Nordström", "erik.nordstrom@mora.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack för snabb bekräftelse!\n\n"
        "En sak till: min kollega Sara Ek vill också vara med, och hon vill gå på samma träffar som jag. "
        "Hennes mejl är sara.ek@mora.se.\n\n"
        "/Erik\n\n"
        "Erik Nordström\nÖversiktsplanerare, Samhällsbyggnadsförvaltningen\nMora kommun\n0250-261 40\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Anmälan DalaLab <linnea.hassis@regiondalarna.se>\n"
        "Skickat: den 11 januari 2027 16:20\n"
        "Till: Erik Nordström <erik.nordstrom@mora.se>\n"
        "Ämne: Bekräftelse: din anmälan till DalaLab\n\n"
        + confirmation("Erik", ["3 maj 2027, 10.00–15.00 (fika från 09.30), Falun",
                                "29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter"],
                       prefix=""),
        X("register", [P("Sara Ek", "sara.ek@mora.se", "Mora kommun")], [S1, S3]),
        "reply to the confirmation: colleague takes 'samma träffar som jag', the dates only in the quoted confirmation"))

    m.append(mail(
        "at092", "2027-02-03T13:15", ("Maria Holmgren", "maria.holmgren@sater.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
        "<p>Hej!</p>"
        "<p>Tack för bekräftelsen. Vi blev två till här i Säter som gärna vill hänga på:</p>"
        "<ul><li>Helena Roos, helena.roos@sater.se – vegetarisk kost</li>"
        "<li>Jonas Ek, jonas.ek@sater.se</li></ul>"
        "<p>Båda på hela programmet, alla fyra gångerna.</p>"
        "<p>Hälsningar<br>Maria Holmgren<br>Planeringsarkitekt<br>Säters kommun | 0225-553 00</p>"
        "</div>"
        "<div style=\"border-top:1px solid #ccc;padding-top:6px\"><b>Från:</b> Anmälan DalaLab "
        "&lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> 2 februari 2027 09:02<br>"
        "<b>Ämne:</b> Bekräftelse: din anmälan till DalaLab</div>"
        "<blockquote style=\"margin-left:8px;border-left:2px solid #ccc;padding-left:8px\">"
        "Hej Maria!<br><br>Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft."
        "<br>Du är anmäld till följande tillfällen:<br>* 3 maj 2027, Falun<br>* 21 september 2027<br>"
        "* 29 november 2027<br>* 22 februari 2028<br><br>Vänliga hälsningar<br>Anmälan DalaLab</blockquote>"
        "</body></html>",
        html=True,
        expected=X("register", [P("Helena Roos", "helena.roos@sater.se", "Säters kommun", diet="vegetarisk kost"),
                       P("Jonas Ek", "jonas.ek@sater.se", "Säters kommun")], ALL, diet="vegetarisk kost"),
        notes="HTML reply to a confirmation: two more colleagues, one with a diet; the sender is already booked"))

    m.append(mail(
        "at093", "2027-03-22T10:31", ("Anna von Essen", "anna.vonessen@falun.se"),
        "Anmälan DalaLab - reservplats?",
        "Hej Linnea,\n\n"
        "Jag vet att vi redan är tre från Falu kommun som är anmälda (Per, Kicki och Hassan), men jag skulle "
        "verkligen vilja vara med på träffen om utvecklingsinriktning den 21.9. Går det att stå på reservlista "
        "om någon hoppar av?\n\n"
        "Anna von Essen\nStrateg, Stadsbyggnadsförvaltningen\nFalu kommun\n023-830 00",
        X("register", [P("Anna von Essen", "anna.vonessen@falun.se", "Falu kommun")], [S2]),
        "a fourth person from a full municipality asks to be waitlisted for one session; particle surname"))

    m.append(mail(
        "at094", "2027-01-27T15:58", ("Daniel Fischer", "daniel.fischer@ludvika.se"),
        "Re: Confirmation: your DalaLab registration",
        "Hi Linnea,\n\n"
        "My colleague Greta Halvorsen saw the confirmation below and would like to join as well, but only "
        "the first and the last session (May and February). She doesn't speak much Swedish yet, so English "
        "material would be great if there is any. Her address: greta.halvorsen@ludvika.se\n\n"
        "Cheers,\nDaniel\n\n"
        "On Tue, 26 Jan 2027 at 11:04, Anmälan DalaLab <linnea.hassis@regiondalarna.se> wrote:\n"
        + confirmation("Daniel", ["3 maj 2027, Falun", "21 september 2027", "29 november 2027",
                                  "22 februari 2028"]),
        X("register", [P("Greta Halvorsen", "greta.halvorsen@ludvika.se", "Ludvika kommun")], [S1, S4]),
        "English reply to a Swedish confirmation listing all four: the colleague takes only May and February"))

    m.append(tg(
        "at095", "2027-02-14T21:40", "Niklas", 584203117,
        "hej igen! anmälde mig själv förra veckan. nu vill min kollega också vara med, "
        "Berglund, Therese (Vansbro kommun) therese.berglund@vansbro.se, hon kan bara v. 38 och v. 48",
        X("register", [P("Therese Berglund", "therese.berglund@vansbro.se", "Vansbro kommun")], [S2, S3]),
        "Telegram follow-up for a colleague written 'Efternamn, Förnamn', sessions as ISO week numbers"))

    m.append(mail(
        "at096", "2027-04-06T07:12", ("Lindqvist-Öberg Maja", "maja.lindqvist-oberg@avesta.se"),
        "anmälan",
        "hej\n\nsåg att anmälan stänger snart. jag vill anmäla mig till höstens träffar. "
        "min kollega lars anmälde sig redan i januari så han ska inte räknas två gånger :)\n\n"
        "maja lindqvist-öberg\nplanhandläggare avesta\n\nSkickat från min iPhone",
        X("register", [P("Maja Lindqvist-Öberg", "maja.lindqvist-oberg@avesta.se", "Avesta kommun")], [S2, S3]),
        "lower-case phone mail, hyphenated name, 'höstens träffar' = September and November; colleague already booked"))

    m.append(mail(
        "at097", "2026-12-09T14:05", ("Camilla Dahlberg", "camilla.dahlberg@regiondalarna.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej,\n\nJag anmälde mig själv för en vecka sedan (se nedan). Nu vill även vår nya trafikplanerare "
        "José de la Cruz vara med. Han börjar hos oss i januari och har ingen adress här än, så skicka "
        "gärna info via mig tills vidare. Han är laktosintolerant.\n\n"
        "Alla fyra träffarna gäller för honom också.\n\n"
        "Camilla Dahlberg\nRegionala utvecklingsförvaltningen\nRegion Dalarna\n\n"
        "Från: Anmälan DalaLab\nSkickat: den 2 december 2026 10:14\nÄmne: Bekräftelse: din anmälan till DalaLab\n\n"
        + confirmation("Camilla", ["3 maj 2027, Falun", "21 september 2027", "29 november 2027",
                                   "22 februari 2028"], prefix=""),
        X("register", [P("José de la Cruz", None, "Region Dalarna", diet="laktosintolerant")], ALL,
          diet="laktosintolerant"),
        "follow-up signup for a new colleague without an address (not his colleague's); particle name; diet"))

    # ------------------------------------------------------------------ swaps and additions
    m.append(mail(
        "at098", "2027-02-18T09:20", ("Lena Holm", "lena.holm@borlange.se"),
        "Byte av träff",
        "Hej!\n\nJag är anmäld till träffen den 29:e november men har fått en krock med en samrådsträff. "
        "Kan jag byta till träffen om tillgänglighet i februari 2028 i stället?\n\n"
        "Tack på förhand\nLena Holm\nSamhällsplanerare\nBorlänge kommun\nTfn 0243-740 00",
        X("change", [P("Lena Holm", "lena.holm@borlange.se", "Borlänge kommun")], [S4]),
        "bare swap: November session for the accessibility session, new one given by theme title"))

    m.append(mail(
        "at099", "2027-03-02T16:44", ("Mikael Berg", "mikael.berg@hedemora.se"),
        "Re: DalaLab",
        "Hej Linnea\n\nJag står bara på första träffen i Falun nu. Lägg gärna till mig på höstens två träffar "
        "också, vi har fått klartecken från chefen.\n\n/Mikael Berg, Hedemora kommun",
        X("change", [P("Mikael Berg", "mikael.berg@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
        "addition: booked on the first, adds both autumn sessions; result is three sessions"))

    m.append(tg(
        "at100", "2027-03-15T12:03", "Ahmed Hassan", 731904558,
        "Hej, Ahmed från Borlänge här. Kan jag byta 21/9 mot 29/11? Samma sak annars",
        X("change", [P("Ahmed Hassan", None, "Borlänge kommun")], [S3]),
        "Telegram bare swap with slash dates; no address in the text"))

    m.append(mail(
        "at101", "2027-04-08T19:52", ("Johanna Lind", "johanna.lind@leksand.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Det blev visst fel, jag ville bara anmäla mig till den första, i Falun. Inte de andra. "
        "Kan du ändra?\n\nJohanna\n\n"
        "Från: Anmälan DalaLab <linnea.hassis@regiondalarna.se>\nDatum: 8 april 2027 kl. 18:30\n"
        "Till: Johanna Lind <johanna.lind@leksand.se>\nÄmne: Bekräftelse: din anmälan till DalaLab\n\n"
        + confirmation("Johanna", ["3 maj 2027, Falun", "21 september 2027", "29 november 2027",
                                   "22 februari 2028"]),
        X("change", [P("Johanna Lind", "johanna.lind@leksand.se", "Leksands kommun")], [S1],
          unsure=["change-or-cancel"]),
        "reply to a confirmation of all four: keep only the first (change to one; could be read as cancelling three)"))

    # ------------------------------------------------------------------ substitutes
    m.append(mail(
        "at102", "2027-02-22T10:10", ("Gunilla Eklund", "gunilla.eklund@avesta.se"),
        "Ersättare 3/5 DalaLab",
        "Hej Linnea!\n\n"
        "Anders Lund kan tyvärr inte delta den 3/5 eftersom han har semester. I hans ställe kommer "
        "Petra Sjöberg (petra.sjoberg@avesta.se). På övriga tillfällen går Anders som planerat.\n\n"
        "Med vänlig hälsning\n\nGunilla Eklund\nAdministratör\nSektor Samhällsbyggnad\nAvesta kommun\n"
        "Besöksadress: Tingshusgatan 1, 774 81 Avesta\nVäxel: 0226-645 000",
        X("change", [P("Anders Lund", None, "Avesta kommun"),
                     P("Petra Sjöberg", "petra.sjoberg@avesta.se", "Avesta kommun")], [S1]),
        "administrator reports a substitute for one session only; the one leaving has no address in the text"))

    m.append(mail(
        "at103", "2027-03-09T08:05", ("Bengt Olsson", "bengt.olsson@orsa.se"),
        "DalaLab - ny deltagare i mitt ställe",
        "Hej,\n\nJag har fått nya arbetsuppgifter och kommer inte att jobba med översiktsplanen framöver. "
        "Ingrid Sundberg-Holm tar över min plats i DalaLab (jag var anmäld till alla fyra). Hon nås på "
        "ingrid.sundberg-holm@orsa.se och äter glutenfritt.\n\n"
        "Tack för hjälpen!\nBengt Olsson\nOrsa kommun",
        X("change", [P("Bengt Olsson", "bengt.olsson@orsa.se", "Orsa kommun"),
                     P("Ingrid Sundberg-Holm", "ingrid.sundberg-holm@orsa.se", "Orsa kommun", diet="glutenfritt")],
          ALL, diet="glutenfritt"),
        "substitute takes over all four places; the substitute's diet"))

    m.append(tg(
        "at104", "2027-03-30T17:21", "Sanna Wallin", 902117364,
        "Jag kommer nog inte kunna gå på höstens träffar pga föräldraledighet. Kan någon kollega ta min plats? "
        "Återkommer med namn. /Sanna, Rättviks kommun",
        X("cancel", [P("Sanna Wallin", None, "Rättviks kommun")], [S2, S3], unsure=["change-or-cancel"]),
        "withdrawal from the autumn sessions with a substitute promised but not named: cancel for now"))

    m.append(mail(
        "at105", "2027-01-05T13:37", ("Per-Erik Strand", "per-erik.strand@smedjebacken.se"),
        "Byte av deltagare",
        "Hej!\n\nJag är anmäld till träffarna 21 september och 29 november. Jag kan gå i september som "
        "planerat, men i november skickar vi Fredrik Åkesson istället för mig. Han har inte fått sin "
        "jobbmejl ännu.\n\nMvh Per-Erik Strand\nSmedjebackens kommun",
        X("change", [P("Per-Erik Strand", "per-erik.strand@smedjebacken.se", "Smedjebackens kommun"),
                     P("Fredrik Åkesson", None, "Smedjebackens kommun")], [S3]),
        "sender keeps one session and is replaced on the other; the substitute has no address yet"))

    # ------------------------------------------------------------------ diet, name and address
    m.append(tg(
        "at106", "2027-02-01T07:55", "Linnea Dahl", 455812906,
        "Hej! Linnea Dahl här, Gagnefs kommun. Jag är anmäld till alla träffarna men glömde skriva att jag är "
        "glutenfri. Kan ni notera det? Tack!",
        X("change", [P("Linnea Dahl", None, "Gagnefs kommun", diet="glutenfri")], ALL, diet="glutenfri"),
        "Telegram diet update for someone booked on everything; the writer shares the organiser's first name"))

    m.append(mail(
        "at107", "2027-02-25T12:40", ("Oskar Lindgren", "oskar.lindgren@rattvik.se"),
        "Kost",
        "Hej,\n\nI min anmälan skrev jag laktosfri, men det var ett misstag (det gällde en annan konferens). "
        "Jag har ingen specialkost. Jag står kvar på 3 maj och 21 sept.\n\n"
        "Oskar Lindgren\nRättviks kommun",
        X("change", [P("Oskar Lindgren", "oskar.lindgren@rattvik.se", "Rättviks kommun")], [S1, S2]),
        "diet removal: the diet named is the one withdrawn, so no diet; sessions restated"))

    m.append(mail(
        "at108", "2027-03-04T10:02", ("Karin Berglund", "karin.berglund@falun.se"),
        "Namnbyte",
        "Hej Linnea!\n\nJag har gift mig och heter numera Karin af Ekenstam. Min nya mejladress är "
        "karin.afekenstam@falun.se, den gamla slutar fungera i slutet av mars.\n"
        "Anmälan gäller som förut, alla fyra träffarna.\n\n"
        "Hälsningar\nKarin af Ekenstam (f.d. Berglund)\nFalu kommun",
        X("change", [P("Karin af Ekenstam", "karin.afekenstam@falun.se", "Falu kommun")], ALL),
        "new name and new address, sent from the old address"))

    m.append(mail(
        "at109", "2027-02-09T09:14", ("Sofie Martinsson", "sofie.martinsson@alvdalen.se"),
        "Uppdatering: kost för Sven-Åke",
        "Hej!\n\nEn liten rättelse: Sven-Åke Dahl, som jag anmälde i december, är vegan och inte vegetarian "
        "som jag skrev. Han är anmäld till samtliga tillfällen.\n\n"
        "Mvh\nSofie Martinsson\nÄlvdalens kommun",
        X("change", [P("Sven-Åke Dahl", None, "Älvdalens kommun", diet="vegan")], ALL, diet="vegan"),
        "diet correction for a colleague the sender registered; the sender is not among the people"))

    # ------------------------------------------------------------------ cancellations
    m.append(tg(
        "at110", "2027-03-11T20:17", "Johan Persson", 618450293,
        "hej, jag anmälde mig till alla fyra men kan inte 21.9 längre. stryk mig från den. "
        "Johan Persson, Leksands kommun",
        X("cancel", [P("Johan Persson", None, "Leksands kommun")], [S2]),
        "Telegram partial cancel with a dotted date"))

    m.append(mail(
        "at111", "2027-02-16T11:03", ("Ulla Forsberg", "ulla.forsberg@smedjebacken.se"),
        "VB: Anmälan DalaLab",
        "Hej Linnea,\n\nse nedan – Tomas har slutat hos oss, så stryk honom från alla träffar. "
        "Vi återkommer om vi skickar någon annan.\n\n"
        "Ulla Forsberg\nEnhetschef Plan och bygg\nSmedjebackens kommun\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Tomas Wiklund <tomas.wiklund@smedjebacken.se>\n"
        "Skickat: den 14 december 2026 13:22\n"
        "Till: linnea.hassis@regiondalarna.se\n"
        "Kopia: Ulla Forsberg <ulla.forsberg@smedjebacken.se>\n"
        "Ämne: Anmälan DalaLab\n\n"
        "Hej!\nJag vill anmäla mig till DalaLab, alla fyra tillfällena. Inga allergier.\n"
        "Tomas Wiklund, Smedjebackens kommun",
        X("cancel", [P("Tomas Wiklund", "tomas.wiklund@smedjebacken.se", "Smedjebackens kommun")], ALL),
        "manager forwards (VB:) the original signup to cancel a colleague who has left; the quoted text is a signup"))

    m.append(mail(
        "at112", "2027-04-02T08:30", ("Rebecka Nyström", "rebecka.nystrom@malung-salen.se"),
        "Fwd: Påminnelse: DalaLab 3 maj i Falun",
        "Hej, jag kan tyvärr inte komma på den här. De andra träffarna står kvar.\nRebecka\n\n"
        "---------- Forwarded message ---------\n"
        "From: Anmälan DalaLab <linnea.hassis@regiondalarna.se>\n"
        "Date: fre 2 apr. 2027 kl 07:00\n"
        "Subject: Påminnelse: DalaLab 3 maj i Falun\n"
        "To: <rebecka.nystrom@malung-salen.se>\n\n"
        "Hej Rebecka!\n\nVälkommen till första träffen i DalaLab måndag 3 maj 2027 i Falun. "
        "Fika serveras från 09.30, vi börjar 10.00 och slutar 15.00.\n"
        "Tema: Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en "
        "stärkt översiktsplanering, tillsammans med Boverket.\n\n"
        "Nästa träff är 21 september.\n\nVälkommen!\nAnmälan DalaLab",
        X("cancel", [P("Rebecka Nyström", "rebecka.nystrom@malung-salen.se", "Malung-Sälens kommun")], [S1]),
        "partial cancel of 'den här' = the session of the forwarded reminder; the reminder also names the next date"))

    m.append(mail(
        "at113", "2027-03-19T15:12", ("Daniel Fischer", "daniel.fischer@ludvika.se"),
        "Cancel February session",
        "Hi,\n\nI registered for all four sessions but unfortunately I can't make the one on "
        "22 February 2028 (we have a council meeting that day). Please remove me from that one only.\n\n"
        "Best regards\nDaniel Fischer\nSpatial planner, Ludvika kommun\n+46 240 860 00",
        X("cancel", [P("Daniel Fischer", "daniel.fischer@ludvika.se", "Ludvika kommun")], [S4]),
        "English partial cancel of the last session only"))

    m.append(tg(
        "at114", "2027-01-30T22:48", "Sofia Ahlgren", 377029814,
        "avanmäl mig, det blev för mycket nu. sorry!",
        X("cancel", [P("Sofia Ahlgren", None, None)], ALL),
        "bare Telegram cancel: no sessions named, no organisation"))

    m.append(mail(
        "at115", "2027-02-11T06:58", ("Eva Söderberg", "eva.soderberg@hedemora.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej! Tyvärr måste vi avboka både mig och Jenny Falk. Vi har fått ett stort detaljplaneuppdrag "
        "som tar all tid. Tråkigt!\n\nEva Söderberg\nHedemora kommun\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Anmälan DalaLab\nÄmne: Bekräftelse: din anmälan till DalaLab\n\n"
        + confirmation("Eva", ["21 september 2027", "29 november 2027"]),
        X("cancel", [P("Eva Söderberg", "eva.soderberg@hedemora.se", "Hedemora kommun"),
                     P("Jenny Falk", None, "Hedemora kommun")], [S2, S3], unsure=["sessions"]),
        "reply to a confirmation cancelling two people; the quoted confirmation gives the sender's sessions"))

    m.append(mail(
        "at116", "2027-01-08T09:33", ("Magnus Eriksson", "magnus.eriksson@lansstyrelsen.se"),
        "Avanmälan",
        "Hej,\n\nJag hade anmält mig till DalaLab men eftersom vi på Lst Dalarna inte har möjlighet att delta "
        "i år avanmäler jag mig härmed från samtliga tillfällen.\n\n"
        "Med vänlig hälsning\nMagnus Eriksson\nSamhällsplaneringsenheten\nLänsstyrelsen Dalarna\n010-225 00 00",
        charset="iso-8859-1",
        expected=X("cancel", [P("Magnus Eriksson", "magnus.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
                   ALL),
        notes="iso-8859-1 whole cancellation from the County Administrative Board, 'Lst Dalarna'"))

    # ------------------------------------------------------------------ questions
    m.append(mail(
        "at117", "2027-01-14T13:09", ("Annika Blom", "annika.blom@gagnef.se"),
        "Är jag anmäld?",
        "Hej!\n\nJag skickade en anmälan för ett par veckor sedan men har inte fått någon bekräftelse. "
        "Kan du kolla om jag finns med?\n\nAnnika Blom\nGagnefs kommun",
        X("question", [], []),
        "question from someone who believes she is registered; no new request"))

    m.append(tg(
        "at118", "2027-02-20T11:11", "Viktor Åberg", 268391047,
        "Behöver man gå på alla fyra eller kan man hoppa in på en? Är anmäld till alla men kanske missar nån",
        X("question", [], []),
        "Telegram question from a registered participant about attendance"))

    m.append(mail(
        "at119", "2027-03-12T14:26", ("Emma Gustavsson", "emma.gustavsson@borlange.se"),
        "Frågor inför 3 maj",
        "Hej Linnea,\n\nJag är anmäld till första träffen och undrar:\n"
        "1. Blir det lunch eller bara fika?\n"
        "2. Var i Falun är det? Finns det parkering?\n"
        "3. Kommer presentationerna att skickas ut efteråt?\n\n"
        "Tack!\nEmma Gustavsson\nTrafikplanerare, Borlänge kommun\n0243-740 00",
        X("question", [], []),
        "numbered practical questions before the first session"))

    m.append(mail(
        "at120", "2027-04-09T16:05", ("Tove Hedlund", "tove.hedlund@vansbro.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "<html><body><p>Hej!</p><p>Tack för bekräftelsen. Jag ser att den 21 september står med – "
        "är den träffen digital eller på plats? Det står bara Falun vid första träffen.</p>"
        "<p>/Tove</p><hr>"
        "<blockquote>Hej Tove!<br>Tack för din anmälan till DalaLab.<br>Du är anmäld till följande tillfällen:"
        "<br>* 3 maj 2027, Falun<br>* 21 september 2027<br><br>Vänliga hälsningar<br>Anmälan DalaLab"
        "</blockquote></body></html>",
        html=True,
        expected=X("question", [], []),
        notes="HTML reply to a confirmation that asks about one of the confirmed sessions; no change requested"))

    m.append(mail(
        "at121", "2027-02-26T10:50", ("Richard Moore", "richard.moore@regiondalarna.se"),
        "Question about the quota",
        "Hello,\n\nI'm registered for DalaLab through Region Dalarna. Do we at the region count towards the "
        "\"three per municipality\" limit? A couple of colleagues are wondering whether they can still sign up.\n\n"
        "Thanks,\nRichard Moore\nRegional Development, Region Dalarna",
        X("question", [], []),
        "English question about the quota from a registered participant; colleagues unnamed"))

    m.append(tg(
        "at122", "2027-03-05T08:19", "Fatima Karimi", 813566402,
        "Hej! Jag är anmäld till 29 nov. Får jag ta med en praktikant den dagen eller måste hen anmälas separat?",
        X("question", [], []),
        "Telegram question whether an unnamed trainee may come along; nobody is registered by it"))

    # ------------------------------------------------------------------ erasure
    m.append(tg(
        "at123", "2027-03-28T18:34", "Hanna Lundberg", 549920871,
        "radera mina uppgifter tack. jag ska inte vara med längre",
        X("erasure", [P("Hanna Lundberg", None, None)], []),
        "short Telegram erasure request that also implies leaving"))

    m.append(mail(
        "at124", "2027-02-04T09:00", ("Jonas Hellström", "jonas.hellstrom@leksand.se"),
        "Begäran om radering av personuppgifter (art. 17 GDPR)",
        "Till Region Dalarna\n\n"
        "Jag begär härmed, med stöd av artikel 17 i dataskyddsförordningen (GDPR), att samtliga "
        "personuppgifter som rör mig och som behandlats i samband med anmälan till DalaLab raderas. "
        "Jag önskar skriftlig bekräftelse när raderingen är genomförd.\n\n"
        "Jonas Hellström\nLeksands kommun",
        X("erasure", [P("Jonas Hellström", "jonas.hellstrom@leksand.se", "Leksands kommun")], []),
        "formal GDPR erasure request"))

    m.append(mail(
        "at125", "2027-03-17T13:40", ("Lisa Norberg", "lisa.norberg@vansbro.se"),
        "Tidigare medarbetare",
        "Hej,\n\nRolf Nyberg som var anmäld till DalaLab från oss har slutat. Kan ni ta bort honom och "
        "radera hans uppgifter ur era listor?\n\nHälsningar\nLisa Norberg\nHR, Vansbro kommun",
        X("erasure", [P("Rolf Nyberg", None, "Vansbro kommun")], [], unsure=["intent"]),
        "erasure on behalf of a former employee (also a removal): erasure, unsure intent"))

    m.append(mail(
        "at126", "2027-01-25T20:02", ("Laura Bianchi", "laura.bianchi@malung-salen.se"),
        "Data deletion",
        "Hi, please delete all my personal data from the DalaLab registration list and stop sending me e-mail "
        "about it. Thank you.\n\nLaura Bianchi",
        X("erasure", [P("Laura Bianchi", "laura.bianchi@malung-salen.se", "Malung-Sälens kommun")], []),
        "English erasure request"))

    # ------------------------------------------------------------------ automatic replies
    m.append(mail(
        "at127", "2027-01-12T16:21", ("Jenny Falk", "jenny.falk@hedemora.se"),
        "Autosvar: Bekräftelse: din anmälan till DalaLab",
        "Hej!\n\nJag är på semester till och med den 24 januari och läser inte min e-post. "
        "Vid brådskande ärenden, kontakta kommunens växel 0225-340 00.\n\n"
        "Jenny Falk\nHedemora kommun",
        X("auto_reply", [], []),
        "Swedish out-of-office in reply to a confirmation"))

    m.append(mail(
        "at128", "2027-02-02T09:03", ("Mail Delivery System", "MAILER-DAEMON@mx1.ludvika.se"),
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx1.ludvika.se.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<k.sandberg@ludvika.se>: host mx1.ludvika.se[10.10.2.5] said: 550 5.1.1\n"
        "    <k.sandberg@ludvika.se>: Recipient address rejected: User unknown in\n"
        "    local recipient table\n\n"
        "--- Original message headers ---\n"
        "From: Anmälan DalaLab <linnea.hassis@regiondalarna.se>\n"
        "To: k.sandberg@ludvika.se\n"
        "Subject: Bekräftelse: din anmälan till DalaLab\n",
        X("auto_reply", [], []),
        "bounce of a confirmation (unknown user)"))

    m.append(mail(
        "at129", "2027-03-01T08:44", ("Mattias Berggren", "mattias.berggren@falun.se"),
        "Läst: Bekräftelse: din anmälan till DalaLab",
        "Ditt meddelande\n\n  Till: Mattias Berggren\n  Ämne: Bekräftelse: din anmälan till DalaLab\n"
        "  Skickat: den 28 februari 2027 15:10:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
        "lästes den 1 mars 2027 08:44:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        X("auto_reply", [], []),
        "Outlook read receipt for a confirmation"))

    m.append(mail(
        "at130", "2027-01-19T11:40", ("Samhällsbyggnad Orsa", "samhallsbyggnad@orsa.se"),
        "Ärende mottaget [#SB-2027-0114] SV: Bekräftelse: din anmälan till DalaLab",
        "Tack för ditt meddelande!\n\nVi har tagit emot ditt ärende och det har fått nummer SB-2027-0114. "
        "En handläggare återkommer inom fem arbetsdagar. Svara inte på detta meddelande.\n\n"
        "Samhällsbyggnadsförvaltningen\nOrsa kommun",
        charset="iso-8859-1",
        expected=X("auto_reply", [], []),
        notes="ticket system acknowledgement from a shared mailbox, iso-8859-1"))

    m.append(mail(
        "at131", "2027-02-03T13:16", ("Greta Halvorsen", "greta.halvorsen@ludvika.se"),
        "Automatic reply: Confirmation: your DalaLab registration",
        "Thank you for your e-mail. I am away on parental leave until 15 March 2027 and will not be reading "
        "my e-mail.\n\nFor planning matters please contact plan@ludvika.se. Messages are not forwarded.\n\n"
        "Greta Halvorsen\nLudvika kommun",
        charset="iso-8859-1",
        expected=X("auto_reply", [], []),
        notes="English out-of-office to a confirmation, iso-8859-1; names a return date and another address"))

    # ------------------------------------------------------------------ unknown
    m.append(mail(
        "at132", "2027-02-12T10:17", ("Kristina Wahl via Planerare Dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Tips inför DalaLab: Boverkets vägledning om översiktsplan",
        "Hej alla,\n\nFör er som (liksom jag) har anmält er till DalaLab: Boverket har uppdaterat sin "
        "vägledning om översiktsplanering och planeringsstrategi, bra läsning inför första träffen 3 maj. "
        "Länk finns på Boverkets webb under PBL kunskapsbanken.\n\n"
        "Kristina Wahl, Falu kommun\n\n"
        "_______________________________________________\n"
        "planerare-dalarna mailing list\n"
        "Avregistrering: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
        to="planerare-dalarna@lists.regiondalarna.se",
        expected=X("unknown", [], []),
        notes="mailing-list post that mentions having registered and a session date; not a request"))

    m.append(mail(
        "at133", "2027-03-24T03:12", ("Region Dalarna Evenemang", "no-reply@regiondalarna-events.com"),
        "Åtgärd krävs: verifiera din DalaLab-anmälan inom 24 timmar",
        "<html><body><p>Hej deltagare,</p>"
        "<p>Vi har noterat ett problem med din anmälan till <b>DalaLab – 3 maj 2027</b>. För att behålla din "
        "plats måste du verifiera dina uppgifter och ditt Microsoft 365-konto inom 24 timmar, annars "
        "tas din anmälan bort.</p>"
        "<p><a href=\"http://regiondalarna-events.com.verify-login.ru/dalalab\">Verifiera anmälan här</a></p>"
        "<p>Med vänliga hälsningar<br>Region Dalarna Evenemangsteam</p></body></html>",
        html=True,
        expected=X("unknown", [], []),
        notes="phishing dressed as a registration check from a look-alike domain"))

    m.append(mail(
        "at134", "2027-04-10T09:58", ("Marianne Eld", "marianne.eld@gagnef.se"),
        "Tack!",
        "Hej Linnea!\n\nVille bara säga tack för att ni ordnar DalaLab. Fick bekräftelsen direkt och allt "
        "ser rätt ut. Det ska bli riktigt roligt att träffa andra planerare i länet den 3 maj!\n\n"
        "Varma hälsningar\nMarianne Eld\nGagnefs kommun",
        X("unknown", [], []),
        "thank-you from a registered participant: names a date but asks for nothing"))

    m.append(mail(
        "at135", "2027-03-31T11:34", ("Stig Almqvist", "stig.almqvist@alvdalen.se"),
        "Synpunkt på DalaLab",
        "Hej,\n\nJag vill lämna en synpunkt. Att bara tre personer per kommun får delta slår hårt mot oss "
        "små kommuner där plan, bygg och miljö sitter ihop och alla borde vara med. Dessutom ligger alla "
        "träffar i Falun, vilket för oss i Älvdalen innebär nästan fem timmars resa tur och retur. "
        "Det borde gå att delta digitalt.\n\nJag är anmäld och kommer ändå, men tycker att ni ska tänka "
        "om inför nästa omgång.\n\nStig Almqvist\nBygglovshandläggare\nÄlvdalens kommun",
        X("unknown", [], [], unsure=["intent"]),
        "complaint about the quota and venue from a registered participant; no request to act on"))

    return m
