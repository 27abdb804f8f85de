"""Batch 47, theme "after": what arrives once people have signed up for DalaLab.

Follow-up signups (several as replies to the service's own confirmation mail, quoted below), session swaps and
additions, substitutes, diet updates and removals, a new name, a new address and a new employer, whole and partial
cancellations (one forwarded in a VB: chain, one in a Fwd: chain), questions from people already registered,
erasure requests, automatic replies to the confirmations (out-of-office, bounce, read receipt, delivery report),
a mailing-list post, phishing dressed as a registration reminder, a thank-you and a complaint.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

TO = "linnea.hassis@regiondalarna.se"

_DATES = {
    S1: "måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun",
    S2: "tisdag 21 september 2027",
    S3: "måndag 29 november 2027",
    S4: "tisdag 22 februari 2028",
}


def conf(first, sessions, sent, diet=None, to_addr=None, outlook=True):
    """The service's confirmation mail, quoted the way a mail client quotes it."""
    lines = [f"- {_DATES[s]}" for s in sessions]
    body = [
        f"Hej {first}!",
        "",
        "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.",
        "Du är anmäld till följande träffar:",
        *lines,
        "",
        f"Specialkost: {diet or '–'}",
        "",
        "Om något ska ändras räcker det att svara på det här mejlet.",
        "",
        "Vänliga hälsningar",
        "Linnea Hassis",
        "Region Dalarna",
    ]
    if outlook:
        head = [
            "",
            "________________________________",
            "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>",
            f"Skickat: {sent}",
            f"Till: {to_addr}" if to_addr else "Till: ",
            "Ämne: Bekräftelse: anmälan till DalaLab",
            "",
        ]
        return "\n".join(head + body)
    head = ["", f"Den {sent} skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:", ""]
    return "\n".join(head + ["> " + b if b else ">" for b in body])


def messages():
    m = []

    # ------------------------------------------------------------------ register (8)
    m.append(mail(
        "aw091", "2027-01-14T08:47", ("Henrik Sjöberg", "henrik.sjoberg@mora.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej Linnea!\n\n"
        "Tack, allt stämmer. En sak till: min kollega Sara Holm (sara.holm@mora.se) vill också vara med, men "
        "bara på 21/9 och 29/11 – hon är tjänstledig i maj och februariträffen krockar med hennes "
        "utbildning.\n\n"
        "Hälsningar\nHenrik Sjöberg\nPlanarkitekt, Mora kommun\n0250-262 14\n"
        + conf("Henrik", ALL, "den 13 januari 2027 16:02", to_addr="Henrik Sjöberg <henrik.sjoberg@mora.se>"),
        X("register", [P("Sara Holm", "sara.holm@mora.se", "Mora kommun")], [S2, S3]),
        "reply to own confirmation (all four quoted) signs up a colleague for two sessions; sender already booked"))

    m.append(mail(
        "aw110", "2027-02-03T11:25", ("Emma Karlsson", "emma.karlsson@borlange.se"),
        "VB: Bekräftelse: anmälan till DalaLab",
        "Hej!\n\n"
        "Oskar skickade vidare er bekräftelse till mig och det här lät väldigt intressant. Jag vill också "
        "anmäla mig – gärna till hela serien. Jag är vegetarian.\n\n"
        "/Emma Karlsson, samhällsplanerare\nBorlänge kommun\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Oskar Lundin <oskar.lundin@borlange.se>\n"
        "Skickat: den 2 februari 2027 15:40\n"
        "Till: Emma Karlsson <emma.karlsson@borlange.se>\n"
        "Ämne: VB: Bekräftelse: anmälan till DalaLab\n\n"
        "Kolla här, du borde hänga på!\n"
        + conf("Oskar", [S1, S2], "den 1 februari 2027 09:12", to_addr="Oskar Lundin <oskar.lundin@borlange.se>"),
        X("register", [P("Emma Karlsson", "emma.karlsson@borlange.se", "Borlänge kommun", diet="vegetarian")], ALL,
          diet="vegetarian"),
        "forwarded colleague's confirmation (two sessions quoted); the forwarder signs up for all, with diet"))

    m.append(mail(
        "aw111", "2027-03-09T13:58", ("Kristina Moberg", "kristina.moberg@orsa.se"),
        "Ytterligare en från Orsa",
        "Hej Linnea,\n\n"
        "Jag vet att vi från Orsa redan har fyllt våra tre platser (jag, Fredrik och Olle), men vi har fått en "
        "nyanställd planarkitekt, Lisa Ek, som väldigt gärna vill vara med i DalaLab. Kan ni anmäla henne? Går "
        "det inte får ni gärna sätta henne på en reservlista ifall någon hoppar av.\n\n"
        "Hennes adress: lisa.ek@orsa.se\n\n"
        "Tack på förhand!\nKristina\n\n--\nKristina Moberg\nBygg- och miljöchef\nOrsa kommun\nDalagatan 1, 794 21 "
        "Orsa\nTfn 0250-55 21 03",
        X("register", [P("Lisa Ek", "lisa.ek@orsa.se", "Orsa kommun")], ALL),
        "fourth person from a municipality whose quota is full; asks for waitlist otherwise"))

    m.append(tg(
        "aw112", "2027-02-17T20:14", "Peter Ahlgren", 582019347,
        "hej, anmälde mig via mejl för ett tag sen. nu vill min kollega Tove Rask också vara med, på 3/5 och 22/2. "
        "vi jobbar båda på vansbro kommun",
        X("register", [P("Tove Rask", None, "Vansbro kommun")], [S1, S4]),
        "telegram: already-registered writer adds a colleague for two sessions written d/m"))

    m.append(mail(
        "aw113", "2027-01-26T10:03", ("Cecilia de Geer", "cecilia.degeer@lansstyrelsen.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
        "<p>Hej Linnea!</p>"
        "<p>Tack för bekräftelsen. Ytterligare två från oss på Länsstyrelsen vill vara med på samma träffar som "
        "jag, alltså 29 november och 22 februari:</p>"
        "<ul><li>Gustaf af Ugglas, gustaf.afugglas@lansstyrelsen.se – glutenfri</li>"
        "<li>Mira Haddad, mira.haddad@lansstyrelsen.se – vegan</li></ul>"
        "<p>Med vänlig hälsning<br>Cecilia de Geer<br>Handläggare, Samhällsbyggnadsenheten<br>"
        "Länsstyrelsen Dalarna<br>010-225 03 87</p>"
        "<hr><p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>"
        "<b>Skickat:</b> den 25 januari 2027 14:31<br><b>Ämne:</b> Bekräftelse: anmälan till DalaLab</p>"
        "<p>Hej Cecilia!<br>Tack för din anmälan till DalaLab. Du är anmäld till följande träffar:<br>"
        "- måndag 29 november 2027<br>- tisdag 22 februari 2028</p>"
        "<p>Om något ska ändras räcker det att svara på det här mejlet.</p></body></html>",
        X("register", [P("Gustaf af Ugglas", "gustaf.afugglas@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="glutenfri"),
                       P("Mira Haddad", "mira.haddad@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")],
          [S3, S4], diet="glutenfri, vegan"),
        "HTML reply to confirmation: two colleagues with particle name and separate diets, 'samma träffar som jag'",
        html=True))

    m.append(mail(
        "aw114", "2027-03-22T09:31", ("Maja Holmgren", "maja.holmgren@hedemora.se"),
        "Anmälan DalaLab",
        "Hej!\n\nMalin berättade att hon fått bekräftelse på sin plats, så jag tänkte att jag också hänger på. "
        "Maj-träffen hinner jag inte (föräldraledig till midsommar) men resten vill jag gärna gå på – september, "
        "november och februari.\n\nMVH\nMaja Holmgren\nHedemora kommun",
        X("register", [P("Maja Holmgren", "maja.holmgren@hedemora.se", "Hedemora kommun")], [S2, S3, S4]),
        "signup for three sessions named by month only, excluding the first"))

    m.append(mail(
        "aw115", "2027-02-24T16:12", ("Rebecca Lund", "rebecca.lund@falun.se"),
        "Re: DalaLab registration – one more",
        "Hi Linnea,\n\n"
        "Following up on my registration last week: I forgot to include my colleague Liam O'Connor "
        "(liam.oconnor@falun.se). He'd like to join the sessions on 3 May and 22 February. Please note he has a "
        "nut allergy.\n\n"
        "Many thanks,\nRebecca\n\n"
        "Rebecca Lund | Strategic Planner | Falu kommun\n+46 23 830 00",
        X("register", [P("Liam O'Connor", "liam.oconnor@falun.se", "Falu kommun", diet="nut allergy")], [S1, S4],
          diet="nut allergy"),
        "English follow-up adds a colleague (apostrophe name) for two sessions with an allergy"))

    m.append(mail(
        "aw116", "2027-03-30T07:55", ("Rickard Sundqvist", "rickard.sundqvist@avesta.se"),
        "Anmälan igen",
        "Hej Linnea!\n\nJag avanmälde mig i januari, men nu har det löst sig med bemanningen här. Kan jag anmäla "
        "mig igen, till 21 september och 29 november?\n\nSpecialkost: ingen\n\nRickard Sundqvist\nAvesta kommun",
        X("register", [P("Rickard Sundqvist", "rickard.sundqvist@avesta.se", "Avesta kommun")], [S2, S3]),
        "re-signup after an earlier cancellation, phrased as a question; 'Specialkost: ingen' is no diet"))

    # ------------------------------------------------------------------ change (11)
    m.append(tg(
        "aw092", "2027-01-08T19:42", "Jonas Wik", 731550284,
        "Hej! Jag är anmäld till 3 maj sen tidigare. Kan ni lägga till 22 feb också? /Jonas, Smedjebacken",
        X("change", [P("Jonas Wik", None, "Smedjebackens kommun")], [S1, S4]),
        "telegram: add a session to an existing booking; sessions after the change"))

    m.append(mail(
        "aw093", "2027-02-11T22:06", ("Ingrid Norell", "ingrid.norell@ludvika.se"),
        "byte",
        "hej linnea\n\nkan du byta mig från 21/9 till 29/11? september funkar inte pga budgetarbetet\n\ningrid\n\n"
        "Skickat från min iPhone",
        X("change", [P("Ingrid Norell", "ingrid.norell@ludvika.se", "Ludvika kommun")], [S3]),
        "bare swap in lower case from phone; only the new session"))

    m.append(mail(
        "aw094", "2027-03-03T10:48", ("Malin Ekstrand", "malin.ekstrand@hedemora.se"),
        "Ersättare 3 maj",
        "Hej!\n\nJag kan tyvärr inte den 3 maj eftersom det krockar med kommunfullmäktige. Min kollega Per Öberg, "
        "per.oberg@hedemora.se, går i mitt ställe den dagen. Övriga träffar går jag själv som planerat.\n\n"
        "Vänliga hälsningar\n\nMalin Ekstrand\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\nHedemora kommun\n"
        "Mobil 070-312 45 98\nwww.hedemora.se",
        X("change", [P("Malin Ekstrand", "malin.ekstrand@hedemora.se", "Hedemora kommun"),
                     P("Per Öberg", "per.oberg@hedemora.se", "Hedemora kommun")], [S1]),
        "substitute for one session only; sender keeps the others"))

    m.append(mail(
        "aw095", "2027-01-19T14:02", ("Sofia Lindahl-Berg", "sofia.lindahl-berg@avesta.se"),
        "Kost",
        "<html><head><meta charset=\"utf-8\"></head><body>"
        "<div>Hej,</div><div><br></div>"
        "<div>Jag glömde skriva i min anmälan att jag är <b>laktosintolerant</b>. Jag är anmäld till alla fyra "
        "träffarna.</div><div><br></div><div>Tack!</div>"
        "<div>Sofia Lindahl-Berg<br>Avesta kommun</div></body></html>",
        X("change", [P("Sofia Lindahl-Berg", "sofia.lindahl-berg@avesta.se", "Avesta kommun",
                       diet="laktosintolerant")], ALL, diet="laktosintolerant"),
        "HTML-only diet update for a hyphenated name, booked on all four",
        html=True))

    m.append(mail(
        "aw096", "2027-02-08T08:20", ("Erik Hammar", "erik.hammar@gagnef.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej,\n\nI bekräftelsen står det att jag är glutenfri, men det måste vara en förväxling – jag har ingen "
        "specialkost alls, så ni kan ta bort det. Datumen stämmer (3 maj och 21 sept).\n\n/Erik\n"
        + conf("Erik", [S1, S2], "den 5 februari 2027 13:47", diet="glutenfri",
               to_addr="Erik Hammar <erik.hammar@gagnef.se>"),
        X("change", [P("Erik Hammar", "erik.hammar@gagnef.se", "Gagnefs kommun")], [S1, S2]),
        "diet removal as reply to confirmation; quoted diet is not his; no diet in the label"))

    m.append(mail(
        "aw097", "2027-03-15T12:37", ("Karin Dahlgren", "karin.dahlgren@falun.se"),
        "Nytt efternamn och ny e-post",
        "Hej Linnea!\n\nJag anmälde mig i december som Karin Persson (karin.persson@falun.se). Jag har gift mig "
        "och heter nu Karin Dahlgren, och den gamla adressen stängs vid månadsskiftet. Kan du uppdatera så att "
        "utskicken kommer hit i stället? Jag är fortfarande med på alla fyra träffarna.\n\n"
        "Hälsningar\nKarin Dahlgren (f.d. Persson)\nFalu kommun, Stadsbyggnadsförvaltningen",
        X("change", [P("Karin Dahlgren", "karin.dahlgren@falun.se", "Falu kommun")], ALL),
        "new surname and address for an existing booking; old address in text"))

    m.append(mail(
        "aw098", "2027-03-02T15:16", ("Tobias Rönn", "tobias.ronn@borlange.se"),
        "Ny arbetsgivare – DalaLab",
        "Hej!\n\nJag var anmäld till DalaLab från Säters kommun (tobias.ronn@sater.se), men från den 1 mars "
        "jobbar jag som översiktsplanerare i Borlänge. Jag vill gärna fortsätta, nu för Borlänge kommun, på samma "
        "träffar som förut: de tre sista.\n\nDen gamla adressen läser jag inte längre.\n\n"
        "Mvh\nTobias Rönn\nSamhällsbyggnadsförvaltningen, Borlänge kommun\n0243-741 22",
        X("change", [P("Tobias Rönn", "tobias.ronn@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
        "moved employer: new organisation and address, sessions 'de tre sista'"))

    m.append(tg(
        "aw099", "2027-01-31T09:05", "Nora Björk", 904417262,
        "Hej! Kan ni ändra min kost från vegetarisk till vegan? Gäller alla träffar jag är anmäld till (alla fyra)",
        X("change", [P("Nora Björk", None, None, diet="vegan")], ALL, diet="vegan", unsure=["organisation"]),
        "telegram diet update; old diet named too; no organisation given"))

    m.append(mail(
        "aw100", "2027-04-06T10:11", ("Anneli Mattsson", "anneli.mattsson@rattvik.se"),
        "VB: Avanmälan DalaLab",
        "Hej Linnea,\n\nSe nedan. Elin har fått ett nytt uppdrag och kan bara gå på första träffen. Johan "
        "Bergkvist (johan.bergkvist@rattvik.se) tar hennes plats på de tre övriga.\n\n"
        "Hälsningar\nAnneli Mattsson\nEnhetschef Plan\nRättviks kommun\n\n"
        "Från: Elin Forsberg <elin.forsberg@rattvik.se>\n"
        "Skickat: den 5 april 2027 16:58\n"
        "Till: Anneli Mattsson <anneli.mattsson@rattvik.se>\n"
        "Ämne: Avanmälan DalaLab\n\n"
        "Hej Anneli! Med det nya uppdraget hinner jag inte med DalaLab efter maj. Kan du ordna så att någon annan "
        "tar min plats på resten? /Elin",
        X("change", [P("Elin Forsberg", "elin.forsberg@rattvik.se", "Rättviks kommun"),
                     P("Johan Bergkvist", "johan.bergkvist@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
        "VB: chain titled Avanmälan is a substitution by the manager for the last three sessions"))

    m.append(mail(
        "aw101", "2027-02-19T09:44", ("Ahmed Yusuf", "ahmed.yusuf@lansstyrelsen.se"),
        "Change of session",
        "Hi Linnea,\n\nI'm booked for the September session but it turns out I'll be abroad then. Could you move "
        "me to the February one (22 Feb) instead?\n\nBest regards,\nAhmed Yusuf\nCounty Administrative Board of "
        "Dalarna",
        X("change", [P("Ahmed Yusuf", "ahmed.yusuf@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
        "English bare swap September -> February"))

    m.append(mail(
        "aw102", "2027-03-18T14:29", ("\"Wallin, Camilla\"", "camilla.wallin@leksand.se"),
        "Ang. Lindqvist, Maria – DalaLab",
        "Hej,\n\nLindqvist, Maria (maria.lindqvist@leksand.se) är anmäld till DalaLab men går på "
        "föräldraledighet i april. Nygren-Sjö, Anders ersätter henne på samtliga träffar, hans adress är "
        "anders.nygren-sjo@leksand.se. Anders är vegetarian.\n\n"
        "Med vänlig hälsning\nCamilla Wallin\nAdministratör, Samhällsbyggnad\nLeksands kommun\n0247-800 00",
        X("change", [P("Maria Lindqvist", "maria.lindqvist@leksand.se", "Leksands kommun"),
                     P("Anders Nygren-Sjö", "anders.nygren-sjo@leksand.se", "Leksands kommun", diet="vegetarian")],
          ALL, diet="vegetarian"),
        "administrator writes 'Efternamn, Förnamn': substitute on all sessions with diet; sender not a person"))

    # ------------------------------------------------------------------ cancel (7)
    m.append(mail(
        "aw103", "2027-02-26T11:03", ("Gunilla Strömberg", "gunilla.stromberg@vansbro.se"),
        "SV: Bekräftelse: anmälan till DalaLab",
        "Hej,\n\nTyvärr måste jag avanmäla mig helt. Vi har fått neddragningar och jag kommer inte kunna "
        "prioritera det här i år.\n\nVänliga hälsningar\nGunilla Strömberg\nPlaneringsarkitekt\nVansbro kommun\n"
        "Tel 0281-750 00\n"
        + conf("Gunilla", [S1, S3], "den 10 december 2026 10:22",
               to_addr="Gunilla Strömberg <gunilla.stromberg@vansbro.se>"),
        X("cancel", [P("Gunilla Strömberg", "gunilla.stromberg@vansbro.se", "Vansbro kommun")], [S1, S3]),
        "whole cancellation as reply to confirmation; the quoted confirmation says which two sessions she held"))

    m.append(tg(
        "aw104", "2027-03-11T07:12", "Micke Grahn", 377204915,
        "kan inte komma 21.9 tyvärr, stryk mig den gången. övriga står jag kvar på",
        X("cancel", [P("Micke Grahn", None, None)], [S2], unsure=["organisation"]),
        "telegram partial cancel with dotted date; keeps the rest"))

    m.append(mail(
        "aw105", "2027-03-25T13:40", ("Lars Hedlund", "lars.hedlund@alvdalen.se"),
        "Fwd: avanmälan",
        "Vidarebefordrar från Sanna, hon kommer inte åt sin jobbmejl längre.\n/Lars\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sanna Eriksson <sanna.eriksson@alvdalen.se>\n"
        "Date: tis 23 mars 2027 kl 17:05\n"
        "Subject: avanmälan\n"
        "To: Lars Hedlund <lars.hedlund@alvdalen.se>\n\n"
        "Hej Lars!\nJag slutar sista mars. Kan du avanmäla mig från DalaLab? Jag var anmäld till 3 maj och "
        "21 september.\nTack! Sanna",
        X("cancel", [P("Sanna Eriksson", "sanna.eriksson@alvdalen.se", "Älvdalens kommun")], [S1, S2]),
        "Fwd: chain; the forwarded person cancels the two sessions she says she was booked on"))

    m.append(mail(
        "aw106", "2027-01-21T15:33", ("Fredrik Olsson", "fredrik.olsson@orsa.se"),
        "Ändring i anmälan",
        "Hej!\n\nEn ändring: Olle Nyman kommer inte att delta i höstens träffar. Vårträffen och februariträffen "
        "står han kvar på. Själv är jag med som planerat.\n\nMvh Fredrik Olsson\nOrsa kommun",
        X("cancel", [P("Olle Nyman", None, "Orsa kommun")], [S2, S3]),
        "subject says change but a colleague withdraws from 'höstens träffar' without substitute; sender unchanged"))

    m.append(mail(
        "aw107", "2027-04-01T08:09", ("Bengt Åkesson", "bengt.akesson@sater.se"),
        "22 februari",
        "Hej!\n\nVarken jag eller Åsa Lund kan komma den 22:a februari, vi har en granskning som ska ut då. "
        "Stryk oss båda från den träffen.\n\nMvh Bengt Åkesson\nSäters kommun\nTel. 0225-550 00",
        X("cancel", [P("Bengt Åkesson", "bengt.akesson@sater.se", "Säters kommun"),
                     P("Åsa Lund", None, "Säters kommun")], [S4]),
        "iso-8859-1: two people cancel one session, 'den 22:a februari'",
        charset="iso-8859-1"))

    m.append(mail(
        "aw108", "2027-03-04T17:21", ("Johanna Pettersson", "johanna.pettersson@regiondalarna.se"),
        "Withdrawal – DalaLab",
        "Hello Linnea,\n\nUnfortunately I have to withdraw from DalaLab altogether – I'm moving to a position in "
        "Stockholm in April. Please take me off the list for all four sessions.\n\nThank you, and good luck with "
        "the project!\n\nJohanna Pettersson\nRegion Dalarna",
        X("cancel", [P("Johanna Pettersson", "johanna.pettersson@regiondalarna.se", "Region Dalarna")], ALL),
        "English whole cancellation, not an erasure"))

    m.append(mail(
        "aw109", "2027-02-15T10:58", ("Patrik Lind", "patrik.lind@malung-salen.se"),
        "Stryk mig från en träff",
        "Hej Linnea!\n\nJag behöver stryka mig från träffen om att planera för önskvärda framtider och "
        "osäkerheter – den krockar med vår budgetberedning. De andra går jag på.\n\n"
        "Hälsningar\nPatrik Lind\nPlanchef\nMalung-Sälens kommun\nBox 14, 782 21 Malung\n0280-181 00",
        X("cancel", [P("Patrik Lind", "patrik.lind@malung-salen.se", "Malung-Sälens kommun")], [S3]),
        "partial cancel naming the session by its theme title"))

    # ------------------------------------------------------------------ question (5)
    m.append(mail(
        "aw117", "2027-03-16T12:04", ("Anna-Karin Dahl", "anna-karin.dahl@smedjebacken.se"),
        "Lunch 3 maj?",
        "Hej!\n\nJag är anmäld och har fått bekräftelse. Ingår lunch den 3 maj, eller ska man ordna det själv? "
        "Och var i Falun blir det – har ni adressen?\n\n/Anna-Karin Dahl\nSmedjebackens kommun",
        X("question", [], []),
        "registered person asks about lunch and venue for a named date"))

    m.append(tg(
        "aw118", "2027-02-05T21:47", "Viktor Lidén", 615093820,
        "har jag fått plats? skickade anmälan för två veckor sen men har inte fått nån bekräftelse",
        X("question", [], []),
        "telegram: asks whether his earlier signup went through"))

    m.append(mail(
        "aw119", "2027-01-12T09:18", ("Sigrid Nääs", "sigrid.naas@rattvik.se"),
        "Fråga om närvaro",
        "Hej,\n\nJag är anmäld till alla fyra träffarna. Måste man gå på samtliga, eller går det bra att hoppa "
        "över någon om det krockar? Vill bara veta innan jag lägger upp hösten.\n\nTack!\nSigrid",
        X("question", [], []),
        "question about attendance from someone booked on 'alla fyra'; nothing changes"))

    m.append(mail(
        "aw120", "2027-03-26T14:36", ("Daniel Moore", "daniel.moore@regiondalarna.se"),
        "Language of the sessions",
        "Hi,\n\nI'm registered for DalaLab. Will the sessions be held in Swedish only, or will there be any "
        "material in English? And will the slides be shared afterwards?\n\nThanks,\nDaniel Moore\n"
        "Analyst, Region Dalarna",
        X("question", [], []),
        "English question from a registered participant"))

    m.append(mail(
        "aw121", "2027-02-22T16:50", ("Stefan Ring", "stefan.ring@mora.se"),
        "Om jag blir förhindrad",
        "Hej!\n\nOm jag skulle bli förhindrad den 29 november, går det då att skicka en kollega i mitt ställe, "
        "eller räknas det som en ny anmälan mot kvoten på tre?\n\nHälsningar\nStefan Ring\nMora kommun",
        X("question", [], []),
        "hypothetical substitute: a question, not a change"))

    # ------------------------------------------------------------------ erasure (4)
    m.append(mail(
        "aw122", "2027-04-08T10:26", ("Annika Broman", "annika.broman@gagnef.se"),
        "Radera mina uppgifter",
        "Hej,\n\nJag avanmälde mig från DalaLab tidigare i vår. Nu vill jag också att ni raderar alla "
        "personuppgifter ni har om mig (namn, e-post och kostuppgifter).\n\nTack.\nAnnika Broman",
        X("erasure", [P("Annika Broman", "annika.broman@gagnef.se", "Gagnefs kommun")], []),
        "erasure request after an earlier cancellation; iso-8859-1",
        charset="iso-8859-1"))

    m.append(mail(
        "aw123", "2027-03-29T08:41", ("Thomas Berg", "thomas.berg@ludvika.se"),
        "Request for erasure of personal data (GDPR Art. 17)",
        "Dear Region Dalarna,\n\nUnder Article 17 of the General Data Protection Regulation I request the "
        "erasure of all personal data you hold about me in connection with the DalaLab registration. Please "
        "confirm in writing once this has been done.\n\nKind regards,\nThomas Berg\nLudvika kommun",
        X("erasure", [P("Thomas Berg", "thomas.berg@ludvika.se", "Ludvika kommun")], []),
        "formal English GDPR erasure"))

    m.append(mail(
        "aw124", "2027-04-02T13:15", ("Eva Sandberg", "eva.sandberg@leksand.se"),
        "Henrik Strand – uppgifter",
        "Hej!\n\nHenrik Strand (henrik.strand@leksand.se) har avslutat sin anställning hos oss. Han har bett mig "
        "framföra att han vill att ni raderar hans uppgifter ur anmälningslistan och ur era övriga register.\n\n"
        "Vänligen\nEva Sandberg\nHR-partner\nLeksands kommun",
        X("erasure", [P("Henrik Strand", "henrik.strand@leksand.se", "Leksands kommun")], []),
        "erasure on behalf of a former colleague; sender not among people"))

    m.append(tg(
        "aw125", "2027-03-07T18:33", "Lina Åberg", 248816573,
        "hej, jag vill inte vara med längre. ta bort mig och radera allt ni har sparat om mig, tack",
        X("erasure", [P("Lina Åberg", None, None)], [], unsure=["intent", "organisation"]),
        "telegram: leaving plus 'radera allt' – erasure covers the withdrawal"))

    # ------------------------------------------------------------------ auto_reply (5)
    m.append(mail(
        "aw126", "2026-12-22T15:04", ("Oskar Lundin", "oskar.lundin@borlange.se"),
        "Autosvar: Bekräftelse: anmälan till DalaLab",
        "Tack för ditt mejl!\n\nJag är ledig till och med den 6 januari och läser inte e-post under tiden. Vid "
        "brådskande ärenden, kontakta Samhällsbyggnadsförvaltningens växel 0243-740 00.\n\n"
        "Med vänlig hälsning\nOskar Lundin",
        X("auto_reply", [], []),
        "Swedish out-of-office answering the confirmation"))

    m.append(mail(
        "aw127", "2027-01-27T09:02", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx1.regiondalarna.se.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
        "It's attached below.\n\n"
        "                   The mail system\n\n"
        "<jon.persson@hedemora.se>: host mx.hedemora.se[193.44.2.10] said: 550 5.1.1\n"
        "    <jon.persson@hedemora.se>: Recipient address rejected: User unknown (in\n"
        "    reply to RCPT TO command)\n\n"
        "--- Original message ---\n"
        "From: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
        "To: jon.persson@hedemora.se\n"
        "Subject: Bekräftelse: anmälan till DalaLab\n\n"
        "Hej Jon!\n\nTack för din anmälan till DalaLab. Du är anmäld till följande träffar:\n"
        "- måndag 3 maj 2027\n- tisdag 21 september 2027\n",
        X("auto_reply", [], []),
        "bounce of a confirmation; quoted dates and name are not a signup"))

    m.append(mail(
        "aw128", "2027-02-02T13:40", ("Ulrika Franzén", "ulrika.franzen@falun.se"),
        "Läst: Bekräftelse: anmälan till DalaLab",
        "Ditt meddelande\n\n"
        "    Till: Ulrika Franzén\n"
        "    Ämne: Bekräftelse: anmälan till DalaLab\n"
        "    Skickat: den 2 februari 2027 10:14\n\n"
        "lästes den 2 februari 2027 13:40.",
        X("auto_reply", [], []),
        "Outlook read receipt for a confirmation"))

    m.append(mail(
        "aw129", "2027-01-05T08:00", ("Sarah Lindgren", "sarah.lindgren@lansstyrelsen.se"),
        "Automatic reply: Bekräftelse: anmälan till DalaLab",
        "Hello,\n\nI am on parental leave until 3 May 2027 and will not be reading e-mail. For planning matters, "
        "please contact my colleague Cecilia de Geer, cecilia.degeer@lansstyrelsen.se.\n\n"
        "Hej,\nJag är föräldraledig till och med den 3 maj 2027. I planfrågor, kontakta Cecilia de Geer.\n\n"
        "Sarah Lindgren\nLänsstyrelsen Dalarna",
        X("auto_reply", [], []),
        "bilingual out-of-office whose return date equals session 1 and names a colleague"))

    m.append(mail(
        "aw130", "2027-03-01T11:09", ("Microsoft Outlook", "postmaster@mora.se"),
        "Levererat: Bekräftelse: anmälan till DalaLab",
        "<html><body style=\"font-family:Segoe UI,sans-serif\">"
        "<p><b><font color=\"#000066\">Ditt meddelande har levererats till följande mottagare:</font></b></p>"
        "<p><a href=\"mailto:stefan.ring@mora.se\">Stefan Ring (stefan.ring@mora.se)</a></p>"
        "<p>Ämne: Bekräftelse: anmälan till DalaLab</p></body></html>",
        X("auto_reply", [], []),
        "HTML delivery report from the recipient's server",
        html=True))

    # ------------------------------------------------------------------ unknown (5)
    m.append(mail(
        "aw131", "2027-04-07T12:45", ("Pia Gustafsson", "pia.gustafsson@gagnef.se"),
        "[Planerare-Dalarna] Samåkning till DalaLab 3 maj?",
        "Hej alla!\n\nÄr det fler än jag som är anmälda till första DalaLab-träffen den 3 maj i Falun? Jag kör "
        "från Gagnef runt 08.30 och har tre platser lediga i bilen. Hör av er direkt till mig.\n\n"
        "/Pia Gustafsson, Gagnefs kommun\n\n"
        "_______________________________________________\n"
        "Planerare-Dalarna mailing list\nplanerare-dalarna@lists.regiondalarna.se\n"
        "Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
        X("unknown", [], []),
        "mailing-list post about carpooling to session 1; not for the service",
        to="planerare-dalarna@lists.regiondalarna.se"))

    m.append(mail(
        "aw132", "2027-02-09T06:12", ("Region Dalarna Anmälan", "noreply@regiondalarna-anmalan.com"),
        "Åtgärd krävs: bekräfta din plats i DalaLab inom 24 timmar",
        "<html><body>"
        "<p>Hej deltagare,</p>"
        "<p>Din anmälan till <b>DalaLab – Planering för hållbarhet och utvecklingskraft</b> är inte slutförd. "
        "För att behålla din plats den 3 maj 2027 måste du verifiera ditt kommunkonto inom 24 timmar.</p>"
        "<p><a href=\"http://regiondalarna-anmalan.com/verify?id=88213\">Logga in och bekräfta plats</a></p>"
        "<p>Om du inte bekräftar kommer platsen att gå till nästa person på reservlistan.</p>"
        "<p>Region Dalarna | Anmälningsservice</p></body></html>",
        X("unknown", [], []),
        "phishing dressed as a registration reminder from a look-alike domain",
        html=True))

    m.append(mail(
        "aw133", "2027-01-18T17:52", ("Ann-Sofie Wikström", "ann-sofie.wikstrom@sater.se"),
        "Re: Bekräftelse: anmälan till DalaLab",
        "Tack så mycket, vad roligt! Ser fram emot att ses i Falun i maj.\n\n/Ann-Sofie\n"
        + conf("Ann-Sofie", ALL, "mån 18 jan. 2027 kl. 15:20", outlook=False),
        X("unknown", [], []),
        "thank-you reply to the confirmation; quoted dates are not a new request"))

    m.append(mail(
        "aw134", "2027-03-12T10:37", ("Göran Blom", "goran.blom@borlange.se"),
        "Synpunkt på kvoten",
        "Hej,\n\nJag vill framföra att det är mycket olyckligt att Borlänge, som har en av länets största "
        "planavdelningar, bara får skicka tre personer till DalaLab. Två av mina medarbetare fick nej. Jag "
        "hoppas att ni tar med er det här inför nästa omgång.\n\n"
        "Göran Blom\nSamhällsbyggnadschef\nBorlänge kommun",
        X("unknown", [], [], unsure=["intent"]),
        "complaint about the quota; asks for nothing concrete"))

    m.append(mail(
        "aw135", "2027-02-16T07:30", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev februari: Översiktsplanering och planeringsstrategier",
        "<html><body>"
        "<h2>Nytt från Boverket – februari 2027</h2>"
        "<p><b>Ny vägledning om planeringsstrategi.</b> I PBL Kunskapsbanken finns nu exempel på hur kommuner "
        "arbetar med utvecklingsinriktning i den nya ÖP-modellen.</p>"
        "<p><b>Webbinarium 21 september:</b> Tillgänglighet och närhet i översiktsplaneringen. "
        "<a href=\"https://www.boverket.se/webbinarier\">Anmäl dig här</a>.</p>"
        "<p style=\"font-size:9pt\">Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets "
        "nyheter. <a href=\"https://www.boverket.se/avregistrera\">Avsluta prenumeration</a></p>"
        "</body></html>",
        X("unknown", [], []),
        "HTML newsletter on the same topic with a date equal to session 2 and its own signup link",
        html=True))

    return m
