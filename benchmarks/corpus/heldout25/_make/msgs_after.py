from build import P, X, mail, tg, S1, S2, S3, S4, ALL

ORG = ("DalaLab – Region Dalarna", "linnea.hassis@regiondalarna.se")

DATE_LINES = {
    S1: "  • måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun",
    S2: "  • tisdag 21 september 2027",
    S3: "  • måndag 29 november 2027",
    S4: "  • tisdag 22 februari 2028",
}


def confirmation(first, sessions):
    lines = "\n".join(DATE_LINES[s] for s in sessions)
    return (f"Hej {first},\n\nVi har tagit emot din anmälan till DalaLab – Planering för hållbarhet och "
            f"utvecklingskraft. Du är anmäld till:\n\n{lines}\n\nBehöver du ändra något? Svara på detta mejl "
            f"senast 14 april 2027.\n\nVänliga hälsningar\nLinnea Hassis\nRegion Dalarna")


def outlook_quote(first, to_name, to_addr, sent, sessions, subject="Bekräftelse: din anmälan till DalaLab"):
    return (f"\n\nFrån: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\nSkickat: {sent}\n"
            f"Till: {to_name} <{to_addr}>\nÄmne: {subject}\n\n" + confirmation(first, sessions))


def gmail_quote(first, sent, sessions):
    body = confirmation(first, sessions)
    return (f"\n\nDen {sent} skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:\n\n"
            + "\n".join(("> " + l) if l else ">" for l in body.split("\n")))


def messages():
    return [
        # 091 bare swap with typos, reply over Outlook-quoted confirmation
        mail("ab091", "2027-01-19T08:47", ("Holmqvist Sanna", "sanna.holmqvist@smedjebacken.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej Linnea!\n\nTack för bekräftelsen. Jag ser nu att septembertäffen krockar med budgetberedningen "
             "(den är flyttad till 20–21 sept i år). Går det att byta septemebr mot novemberträffen istället?\n\n"
             "Mvh\nSanna Holmqvist\nFysisk planerare\nSmedjebackens kommun\nTfn 0240-66 01 37"
             + outlook_quote("Sanna", "Holmqvist Sanna", "sanna.holmqvist@smedjebacken.se",
                             "den 12 januari 2027 14:02", [S1, S2]),
             X("change", [P("Sanna Holmqvist", "sanna.holmqvist@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "bare swap Sept -> Nov written 'septemebr'/'novemberträffen' with typo; she does not restate that "
             "3 May stays, so only the new one (convention); 20–21 sept budget meeting is not a session; "
             "quoted confirmation lists 3 May + 21 Sept"),

        # 092 telegram addition, states existing
        tg("ab092", "2027-02-03T21:14", "Jonathan Lidén", 6120448731,
           "hej igen! e anmäld t 3/5 o 21/9 men vill gärna va me på 29 nov oxå om de går? /jonte, orsa kommun",
           X("change", [P("Jonathan Lidén", None, "Orsa kommun")], [S1, S2, S3]),
           "adding a session to a stated existing signup -> change with all three; nickname 'jonte' signs, "
           "name from sender"),

        # 093 full withdrawal, gmail quote
        mail("ab093", "2027-03-02T16:20", ("Ingrid Sahlström", "ingrid.sahlstrom@hedemora.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             "Hej,\n\nTyvärr måste jag avanmäla mig från DalaLab. Jag har fått en tjänst i Gävle och slutar i "
             "Hedemora den 31 mars, så det blir ingen fortsättning för min del. Jag har tipsat min efterträdare "
             "om projektet, hen hör säkert av sig när hen är på plats.\n\nTack för en bra inbjudan!\n\n"
             "Ingrid Sahlström\nÖversiktsplanerare, Hedemora kommun"
             + gmail_quote("Ingrid", "tors 7 jan. 2027 kl 10:31", ALL),
             X("cancel", [P("Ingrid Sahlström", "ingrid.sahlstrom@hedemora.se", "Hedemora kommun")], ALL),
             "full withdrawal, no session named -> all four; unnamed future successor is nobody yet; "
             "31 mars is not a session; Gmail '>' quote lists all four"),

        # 094 substitution
        mail("ab094", "2027-02-22T10:05", ("Lena Åkesson", "lena.akesson@avesta.se"), "Byte av deltagare DalaLab",
             "Hej Linnea,\n\nJag är anmäld till alla fyra träffarna men har fått nya arbetsuppgifter och kan "
             "inte gå längre. Min kollega Tobias Wennberg (tobias.wennberg@avesta.se) tar över min plats på "
             "samtliga träffar. Han äter vegetariskt.\n\nHälsningar\nLena Åkesson\nSamhällsbyggnadsförvaltningen\n"
             "Avesta kommun\n0226-64 50 00",
             X("change", [P("Lena Åkesson", "lena.akesson@avesta.se", "Avesta kommun"),
                          P("Tobias Wennberg", "tobias.wennberg@avesta.se", "Avesta kommun", diet="vegetariskt")],
               ALL, diet="vegetariskt"),
             "substitution: Lena out, Tobias in on all four; diet belongs to the substitute ('äter vegetariskt')"),

        # 095 diet update no session
        mail("ab095", "2027-01-08T13:40", ("Fredrika Olausson", "fredrika.olausson@rattvik.se"),
             "Komplettering till min anmälan",
             "Hej!\n\nJag anmälde mig till DalaLab före jul men glömde skriva att jag är laktosintolerant. "
             "Kan ni notera det till fikat och lunchen?\n\nTack på förhand\nFredrika\n\n--\nFredrika Olausson\n"
             "Planarkitekt | Rättviks kommun\nRiksvägen 1, 795 80 Rättvik\nTelefontid tis–tors 9–10",
             X("change", [P("Fredrika Olausson", "fredrika.olausson@rattvik.se", "Rättviks kommun",
                            diet="laktosintolerant")], [], diet="laktosintolerant"),
             "diet update naming no session -> change with []; 'före jul' is not a date to parse"),

        # 096 telegram address update
        tg("ab096", "2027-02-14T09:02", "Karl-Erik Moberg", 5581920374,
           "Hej. Jag anmälde mig via mejl i december men min adress har ändrats, ny är "
           "karl-erik.moberg@mora.se (den gamla kem@mora.se stängs). Allt annat som förut. /Kalle",
           X("change", [P("Karl-Erik Moberg", "karl-erik.moberg@mora.se", "Mora kommun")], []),
           "address update via Telegram, no session -> change []; the new address is his, the old one is not a "
           "second person; organisation from the mora.se address; signs 'Kalle'"),

        # 097 cancellation in forwarded chain
        mail("ab097", "2027-03-11T15:31", ("Göran Lilja", "goran.lilja@ludvika.se"), "VB: DalaLab i höst",
             "Hej Linnea,\n\nSe nedan från Amanda. Vänligen avanmäl henne från de två höstträffarna. Hon står "
             "kvar på maj och februari.\n\n/Göran Lilja, enhetschef Plan\nLudvika kommun\n\n"
             "Från: Brink Amanda <amanda.brink@ludvika.se>\nSkickat: den 10 mars 2027 16:55\n"
             "Till: Lilja Göran <goran.lilja@ludvika.se>\nÄmne: DalaLab i höst\n\n"
             "Hej Göran!\nJag har ju fått ta över ÖP-samrådet och det ligger precis i september–november. "
             "Jag hinner inte med DalaLab 21/9 och 29/11. Kan du meddela Linnea? Resten går bra.\n\n/Amanda",
             X("cancel", [P("Amanda Brink", "amanda.brink@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "manager forwards the colleague's withdrawal; sender not in people; Amanda's address from the "
             "forwarded header; partial withdrawal of the autumn sessions"),

        # 098 my colleague's signup stands
        mail("ab098", "2027-03-24T11:12", ("Ebba Nordlander", "ebba.nordlander@gagnef.se"), "Avanmälan",
             "Hej,\n\nJag måste tyvärr avanmäla mig från DalaLab – jag går på föräldraledighet från maj.\n\n"
             "Min kollega Nils Forsgren som också är anmäld från Gagnef ska fortfarande vara med, hans anmälan "
             "gäller som förut.\n\nVänliga hälsningar\nEbba Nordlander\nGagnefs kommun\n0241-150 00",
             X("cancel", [P("Ebba Nordlander", "ebba.nordlander@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation of the sender; colleague whose signup 'gäller som förut' is not among people; "
             "'från maj' does not name a session"),

        # 099 signing up again after cancellation
        mail("ab099", "2027-03-29T07:58", ("Mats Rönnqvist", "mats.ronnqvist@vansbro.se"),
             "Anmälan igen",
             "Hej Linnea!\n\nJag avanmälde mig i januari när det såg ut som att vi inte skulle ha resurser, men "
             "nu har vi fått en ny planeringsarkitekt på plats och jag har tid ändå. Kan jag anmäla mig igen, till "
             "alla fyra träffarna?\n\nMvh\nMats Rönnqvist\nVansbro kommun",
             X("register", [P("Mats Rönnqvist", "mats.ronnqvist@vansbro.se", "Vansbro kommun")], ALL),
             "signs up again after an earlier cancellation -> register; the new architect is not named, not a "
             "person; phrased as a question but it is a signup"),

        # 100 question about existing signup
        mail("ab100", "2027-01-25T12:30", ("Therese Blom", "therese.blom@borlange.se"), "Är jag anmäld?",
             "Hej!\n\nJag skickade in en anmälan till DalaLab den 9 december men har inte fått någon bekräftelse. "
             "Kan du kolla om den kommit fram, och vilka datum jag i så fall står på? Jag minns inte om jag skrev "
             "alla eller bara vårens.\n\nTherese Blom\nBorlänge kommun, Stadsbyggnadsförvaltningen",
             X("question", [], []),
             "question about her own existing signup, no new request; 9 december is not a session"),

        # 101 late signup
        mail("ab101", "2027-04-09T16:44", ("Albin Kvist", "albin.kvist@sater.se"), "Sen anmälan DalaLab",
             "Hej!\n\nHoppas det inte är för sent. Jag har precis börjat som planerare i Säter och vill gärna "
             "vara med på DalaLab den 3 maj och den 29 november. September går tyvärr inte.\n\nMed vänlig "
             "hälsning\nAlbin Kvist\nSäters kommun\nStora Torget 1, 783 27 Säter",
             X("register", [P("Albin Kvist", "albin.kvist@sater.se", "Säters kommun")], [S1, S3]),
             "late signup (9 April, before the deadline); 'September går tyvärr inte' excludes S2; February not "
             "mentioned -> not asked for"),

        # 102 partial withdrawal in HTML reply to confirmation
        mail("ab102", "2027-02-09T09:15", ("Wiklund, Johanna", "johanna.wiklund@falun.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "<html><body><div style='font-family:Calibri'><p>Hej!</p><p>Tack, allt st&auml;mmer utom den 22 feb "
             "&ndash; d&aring; &auml;r jag f&ouml;r&auml;ldraledig. Resten g&aring;r bra!</p><p>/Johanna Wiklund<br>"
             "Planeringsarkitekt<br>Falu kommun<br>023-830 00</p></div><hr><p><b>Fr&aring;n:</b> DalaLab &ndash; "
             "Region Dalarna &lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 4 februari 2027 11:20<br>"
             "<b>&Auml;mne:</b> Bekr&auml;ftelse: din anmälan till DalaLab</p><p>Hej Johanna,</p><p>Du &auml;r "
             "anm&auml;ld till:</p><ul><li>3 maj 2027, kl. 10.00&ndash;15.00, Falun</li><li>21 september 2027</li>"
             "<li>29 november 2027</li><li>22 februari 2028</li></ul><p>V&auml;nliga h&auml;lsningar<br>Linnea "
             "Hassis</p></body></html>",
             X("cancel", [P("Johanna Wiklund", "johanna.wiklund@falun.se", "Falu kommun")], [S4]),
             "HTML-only reply: partial withdrawal of 22 Feb ('allt stämmer utom'), rest stands -> cancel [S4]; "
             "quoted confirmation lists all four; surname-first display name", html=True),

        # 103 partial withdrawal two people, subject Ändring
        mail("ab103", "2027-03-16T14:03", ("Jessica Lundmark", "jessica.lundmark@malung-salen.se"),
             "Ändring i vår anmälan",
             "Hej Linnea,\n\nErik Halvarsson och jag kan tyvärr inte komma den 21/9 – vi har tillsynsbesök i "
             "Sälenfjällen hela den veckan. Övriga datum gäller som tidigare för oss båda.\n\nHälsningar\n"
             "Jessica Lundmark\nBygg- och miljö\nMalung-Sälens kommun",
             X("cancel", [P("Jessica Lundmark", "jessica.lundmark@malung-salen.se", "Malung-Sälens kommun"),
                          P("Erik Halvarsson", None, "Malung-Sälens kommun")], [S2]),
             "partial withdrawal for two people under 'Ändring' -> cancel [S2]; colleague without address"),

        # 104 telegram swap typos
        tg("ab104", "2027-02-27T18:36", "Hassan Jaber", 7012398845,
           "hej kan ja byta från 29 nov till 22 feb?? krockar me kommunfullmäktige. tack! /hassan vansbro",
           X("change", [P("Hassan Jaber", None, "Vansbro kommun")], [S4]),
           "bare swap Nov -> Feb via Telegram, typos; only the new session"),

        # 105 English substitution for one session
        mail("ab105", "2027-04-06T08:22", ("Rebecca Hollis", "rebecca.hollis@lansstyrelsen.se"),
             "DalaLab May 3 – replacement",
             "Hi Linnea,\n\nI'm registered for all four DalaLab sessions, but I've just been asked to represent "
             "us at a Boverket conference in Karlskrona on May 3rd. My colleague Sven Tallqvist "
             "(sven.tallqvist@lansstyrelsen.se) will attend the May session in my place. I'll still be there in "
             "September, November and February as planned.\n\nBest regards,\nRebecca Hollis\nLänsstyrelsen "
             "Dalarna, Samhällsbyggnadsenheten\n+46 10 225 00 00",
             X("change", [P("Rebecca Hollis", "rebecca.hollis@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Sven Tallqvist", "sven.tallqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "substitution for one session: sessions = what the substitute takes (3 May); her remaining sessions "
             "are unchanged"),

        # 106 colleague added to existing signup
        mail("ab106", "2027-02-17T10:50", ("Cecilia Öhman", "cecilia.ohman@leksand.se"), "DalaLab – en till från Leksand",
             "Hej!\n\nJag är redan anmäld sedan december. Nu vill även min kollega Mikaela Strand vara med, på "
             "träffarna 21/9 och 29/11. Hennes adress är mikaela.strand@leksand.se.\n\nTack!\nCecilia Öhman\n"
             "Leksands kommun",
             X("register", [P("Mikaela Strand", "mikaela.strand@leksand.se", "Leksands kommun")], [S2, S3]),
             "new colleague signed up by an already registered sender; the sender is not part of this request"),

        # 107 telegram diet, sessions stated
        tg("ab107", "2027-01-31T22:10", "Wilma Ekholm", 6639017724,
           "glömde säga att jag e vegan 🌱 är anmäld t alla fyra träffarna. /wilma, region dalarna",
           X("change", [P("Wilma Ekholm", None, "Region Dalarna", diet="vegan")], ALL, diet="vegan"),
           "diet update for an existing signup that states all four -> change ALL"),

        # 108 forwarded twice, cancel first session
        mail("ab108", "2027-03-19T09:40", ("Kajsa Dahlgren", "kajsa.dahlgren@hedemora.se"), "VB: VB: DalaLab",
             "Linnea – nedan från Anders. Han är sjukskriven resten av våren, så stryk honom från majträffen. "
             "Höstens träffar och februari står kvar så länge, vi hör av oss om det ändras.\n\nKajsa Dahlgren\n"
             "Samhällsbyggnadschef, Hedemora kommun\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Dahlgren Kajsa\nSkickat: den 18 mars 2027 17:02\n"
             "Till: HR Samhällsbyggnad\nÄmne: VB: DalaLab\n\nFör kännedom.\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Anders Påhlsson <anders.pahlsson@hedemora.se>\n"
             "Skickat: den 18 mars 2027 08:14\nTill: Dahlgren Kajsa\nÄmne: DalaLab\n\n"
             "Hej Kajsa, jag blir sjukskriven t.o.m. 31 maj enligt läkaren. Jag hinner alltså inte till DalaLab "
             "3 maj. Kan du meddela Region Dalarna?\n/Anders",
             X("cancel", [P("Anders Påhlsson", "anders.pahlsson@hedemora.se", "Hedemora kommun")], [S1]),
             "double forward; the manager cancels Anders from the May session only; 'vi hör av oss om det ändras' "
             "is no request; 31 maj is not a session; HR mailbox not a person"),

        # 109 question
        tg("ab109", "2027-02-05T12:12", "Oskar Bäckman", 5210034877,
           "hej! om jag skulle bli sjuk till nån träff, får en kollega gå istället då? jag är anmäld redan. /oskar",
           X("question", [], []),
           "hypothetical question about substitution; no colleague named, nothing changed"),

        # 110 name correction
        mail("ab110", "2027-01-14T15:05", ("Linnéa Ståhlberg", "linnea.stahlberg@regiondalarna.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej namne!\n\nLiten sak: i bekräftelsen har mitt namn blivit \"Linnea Stålberg\", men det stavas "
             "Linnéa Ståhlberg – med é och h. Bra om det blir rätt på namnskylten. Datumen stämmer däremot (höstens två träffar + februari).\n\n"
             "/Linnéa\nRegional utveckling, Region Dalarna"
             + outlook_quote("Linnea", "Linnea Stålberg", "linnea.stahlberg@regiondalarna.se",
                             "den 13 januari 2027 09:48", [S2, S3, S4]),
             X("change", [P("Linnéa Ståhlberg", "linnea.stahlberg@regiondalarna.se", "Region Dalarna")], [S2, S3, S4]),
             "name correction; 'Datumen stämmer (höstens två träffar + februari)' states her sessions: 21/9, 29/11, "
             "22/2 (also in the quoted confirmation); the misspelt name is not a second person; the organiser's "
             "name in the quote is not a person"),

        # 111 English telegram cancel
        tg("ab111", "2027-02-19T19:47", "Aino Virtanen", 8023317765,
           "Hi, sorry – I have to cancel my DalaLab registration, I'm moving back to Tampere in March. "
           "Thank you and good luck with the sessions! / Aino, Region Dalarna",
           X("cancel", [P("Aino Virtanen", None, "Region Dalarna")], ALL),
           "English Telegram full cancellation -> all four"),

        # 112 re-register specific sessions after cancellation
        mail("ab112", "2027-04-01T13:25", ("Petra Almgren", "petra.almgren@alvdalen.se"),
             "Anmälan DalaLab (igen)",
             "Hej,\n\nJag avanmälde mig i februari pga sjukdom men är nu frisk igen. Får jag anmäla mig på nytt "
             "till 3 maj och 21 september? Resten får bli en senare fråga.\n\nHälsningar\nPetra Almgren\n"
             "Älvdalens kommun\nDalgatan 78, 796 31 Älvdalen",
             X("register", [P("Petra Almgren", "petra.almgren@alvdalen.se", "Älvdalens kommun")], [S1, S2]),
             "signs up again after an earlier cancellation, two sessions; 'resten' is not asked for"),

        # 113 auto reply to confirmation
        mail("ab113", "2026-12-22T11:03", ("Niklas Frid", "niklas.frid@orsa.se"),
             "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
             "Tack för ditt mejl. Jag är ledig 21 december–6 januari och läser inte min e-post. Brådskande "
             "ärenden: kontakta Orsa kommuns växel 0250-55 21 00.\n\nNiklas Frid\nOrsa kommun",
             X("auto_reply", [], []),
             "out-of-office reply to the confirmation without auto headers; holiday dates are not sessions"),

        # 114 bounce
        mail("ab114", "2027-02-04T11:21", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Olevererbart: Bekräftelse: din anmälan till DalaLab",
             "Meddelandet kunde inte levereras till en eller flera mottagare.\n\n"
             "<jon.persson@rattvlk.se>: host not found (rattvlk.se)\n\nDiagnostic-Code: smtp; 550 5.1.2 "
             "Domain does not exist\n\n--- Ursprungligt meddelande ---\nTill: jon.persson@rattvlk.se\n"
             "Ämne: Bekräftelse: din anmälan till DalaLab\n\nHej Jon,\n\nDu är anmäld till:\n"
             "  • 3 maj 2027\n  • 29 november 2027",
             X("auto_reply", [], []),
             "bounce of a confirmation to a mistyped domain; the returned confirmation's name and dates are not a "
             "request"),

        # 115 question naming dates
        mail("ab115", "2027-03-05T10:10", ("Daniel Hägg", "daniel.hagg@mora.se"), "Fråga om plats för höstträffarna",
             "Hej!\n\nJag är anmäld till 21 sept och 29 nov. I inbjudan står bara Falun för den 3 maj – vet ni "
             "redan var höstens träffar hålls? Jag behöver boka bil i god tid.\n\nDaniel Hägg\nMora kommun",
             X("question", [], []),
             "question about place from someone already registered; the dates he names are not a request"),

        # 116 extend from first to all, theme mention
        mail("ab116", "2027-02-11T09:33", ("Samir Haddad", "samir.haddad@borlange.se"), "Utöka min anmälan",
             "Hej Linnea,\n\nJag anmälde mig bara till första träffen (den med Boverket) för att se hur det är, "
             "men efter att ha läst programmet vill jag vara med på hela serien – alla fyra. Går det bra?\n\n"
             "Vänligen\nSamir Haddad\nTrafikplanerare, Borlänge kommun",
             X("change", [P("Samir Haddad", "samir.haddad@borlange.se", "Borlänge kommun")], ALL),
             "extends an existing signup from the first session to all four -> change ALL"),

        # 117 substitution with colleague staying
        mail("ab117", "2027-03-08T14:50", ("Maria Svedin", "maria.svedin@falun.se"), "DalaLab – byte",
             "Hej!\n\nVi är tre från Falun anmälda: Johan Ekberg, Karolina Nyström och jag. Jag kan inte fortsätta "
             "(ny tjänst inom förvaltningen), så Sara Melin tar min plats på alla träffar. Johan och Karolina "
             "fortsätter som förut.\n\nSaras mejl: sara.melin@falun.se\n\nMvh Maria Svedin\nFalu kommun",
             X("change", [P("Maria Svedin", "maria.svedin@falun.se", "Falu kommun"),
                          P("Sara Melin", "sara.melin@falun.se", "Falu kommun")], ALL),
             "substitution; the two colleagues who continue 'som förut' are not among people"),

        # 118 function mailbox withdraws group
        mail("ab118", "2027-03-30T08:05", ("Plan Leksand", "plan@leksand.se"), "Återkallelse av anmälningar DalaLab",
             "Hej,\n\nMed anledning av den pågående omorganisationen av samhällsbyggnadsförvaltningen återkallar "
             "Leksands kommun sina anmälningar till DalaLab för Karin Mattsson och Olof Bergkvist. Vi hoppas "
             "kunna vara med i en kommande omgång.\n\nPlanenheten\nLeksands kommun\nTfn 0247-800 00",
             X("cancel", [P("Karin Mattsson", None, "Leksands kommun"), P("Olof Bergkvist", None, "Leksands kommun")],
               ALL),
             "function mailbox cancels two people, no session named -> all four; mailbox is not a person"),

        # 119 cancel phrased as question
        tg("ab119", "2027-03-21T08:55", "Lovisa Hammar", 6901275530,
           "God morgon! Går det att avboka bara novemberträffen? Jag har semester då (Thailand 🌴). Gör det i så "
           "fall, de andra står kvar. /Lovisa, Smedjebackens kommun",
           X("cancel", [P("Lovisa Hammar", None, "Smedjebackens kommun")], [S3]),
           "partial withdrawal phrased as a question but followed by 'Gör det i så fall' -> cancel [S3]"),

        # 120 English swap Nov -> Feb, themes
        mail("ab120", "2027-03-12T17:18", ("Tomas Lind", "tomas.lind@regiondalarna.se"),
             "Switch session?",
             "Hi Linnea,\n\nCould I switch from the session on uncertainties and desirable futures (Nov 29) to "
             "the accessibility one in February? I'm on a study trip to Rotterdam 27/11–1/12.\n\nThanks!\nTomas\n\n"
             "Tomas Lind | Senior analyst | Region Dalarna",
             X("change", [P("Tomas Lind", "tomas.lind@regiondalarna.se", "Region Dalarna")], [S4]),
             "bare swap written with session themes: Nov 29 -> Feb (tillgänglighet) -> only S4; study trip dates "
             "are not sessions"),

        # 121 add session with current sessions only in quoted confirmation
        mail("ab121", "2027-01-27T11:45", ("Erik Sjödin", "erik.sjodin@avesta.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             "Hej!\n\nKan du lägga till första träffen i maj också? Chefen tyckte det var viktigt att jag är med "
             "från början.\n\nErik"
             + gmail_quote("Erik", "mån 18 jan. 2027 kl 13:05", [S2]),
             X("change", [P("Erik Sjödin", "erik.sjodin@avesta.se", "Avesta kommun")], [S1, S2]),
             "adds 3 May to a signup whose existing session (21 Sept) is only in the quoted confirmation -> "
             "change with both; organisation from the avesta.se domain; 'chefen' is not a person"),

        # 122 swap + diet
        mail("ab122", "2027-02-24T07:30", ("Julia Marklund", "julia.marklund@gagnef.se"), "Byte + kost",
             "Hej!\n\nTvå saker:\n1) Kan jag flytta mig från 3 maj till 21 september? Vi har revision första "
             "veckan i maj.\n2) Jag har blivit vegetarian sen jag anmälde mig 🙂\n\nTack!\nJulia Marklund\n"
             "Gagnefs kommun\nMobil 070-123 45 67",
             X("change", [P("Julia Marklund", "julia.marklund@gagnef.se", "Gagnefs kommun", diet="vegetarian")],
               [S2], diet="vegetarian"),
             "swap (only the new session) plus a diet update in one numbered mail"),

        # 123 partial withdrawal with meeting on same date
        mail("ab123", "2027-03-03T13:13", ("Anneli Berggren", "anneli.berggren@ludvika.se"),
             "Kan inte 3/5",
             "Hej,\n\nJag är anmäld till alla fyra tillfällena men har nu fått veta att vi har KS-sammanträde 3/5 "
             "kl 9–16 där jag måste föredra ÖP-ärendet. Jag får alltså stryka den första träffen. 21/9, 29/11 "
             "och 22/2 går bra.\n\nAnneli Berggren\nStrategisk planerare\nLudvika kommun",
             X("cancel", [P("Anneli Berggren", "anneli.berggren@ludvika.se", "Ludvika kommun")], [S1]),
             "partial withdrawal of 3 May; the KS meeting shares the date; the other three are confirmed, not asked"),

        # 124 retraction of an earlier cancellation (quoted)
        mail("ab124", "2027-02-16T08:12", ("Viktor Åberg", "viktor.aberg@sater.se"), "SV: Avanmälan 29/11",
             "Hej igen Linnea!\n\nBortse från mitt mejl nedan – mötet flyttades så jag kan komma den 29 november "
             "ändå. Anmäl mig gärna igen till den.\n\n/Viktor\n\n"
             "Från: Åberg Viktor\nSkickat: den 15 februari 2027 15:40\nTill: linnea.hassis@regiondalarna.se\n"
             "Ämne: Avanmälan 29/11\n\nHej! Jag behöver tyvärr avanmäla mig från 29/11, vi har ett "
             "samrådsmöte då. Övriga träffar kvar.\n\nViktor Åberg\nSäters kommun",
             X("register", [P("Viktor Åberg", "viktor.aberg@sater.se", "Säters kommun")], [S3]),
             "retracts yesterday's quoted cancellation and signs up again for 29 Nov -> register [S3]; the quoted "
             "mail is not the request"),

        # 125 telegram substitution one session
        tg("ab125", "2027-04-04T20:30", "Rasmus Olin", 5174420938,
           "tja! min kollega Ella Sundberg går istället för mig den 21/9, ja har fått förhinder. /Rasmus, Säter",
           X("change", [P("Rasmus Olin", None, "Säters kommun"), P("Ella Sundberg", None, "Säters kommun")], [S2]),
           "Telegram substitution for one session; both people; 'Säter' -> Säters kommun"),

        # 126 question about programme
        mail("ab126", "2027-04-07T09:01", ("Helena Roos", "helena.roos@avesta.se"), "Program 3 maj?",
             "Hej!\n\nJag anmälde mig i januari. När kommer programmet för första träffen? Vi vill samåka från "
             "Avesta och behöver veta när det slutar.\n\nHelena Roos\nAvesta kommun",
             X("question", [], []),
             "question from a registered participant; mentions the first session but asks nothing to change"),

        # 127 late signup with diet
        mail("ab127", "2027-04-10T21:47", ("Ola Strömberg", "ola.stromberg@malung-salen.se"),
             "Sent ute...",
             "Hej,\n\nJag vet att jag är sent ute, men om det finns plats kvar vill jag anmäla mig till alla "
             "fyra träffarna. Jag behöver glutenfri kost.\n\nOla Strömberg\nMalung-Sälens kommun\n"
             "Skickat från min iPhone",
             X("register", [P("Ola Strömberg", "ola.stromberg@malung-salen.se", "Malung-Sälens kommun",
                              diet="glutenfri")], ALL, diet="glutenfri"),
             "late (but before the deadline) conditional signup -> register ALL with diet"),

        # 128 erasure after cancellation
        mail("ab128", "2027-03-26T10:30", ("Louise Engström", "louise.engstrom@rattvik.se"),
             "Radera mina uppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab förra månaden. Vänligen radera alla mina personuppgifter "
             "ur era register nu när jag inte deltar.\n\nMvh\nLouise Engström\nRättviks kommun",
             X("erasure", [P("Louise Engström", "louise.engstrom@rattvik.se", "Rättviks kommun")], []),
             "erasure after an earlier cancellation; sender is the person"),

        # 129 HTML-only full cancel from the region
        mail("ab129", "2027-03-15T15:15", ("Gustav Falk", "gustav.falk@regiondalarna.se"), "Avanmälan DalaLab",
             "<html><body><p>Hej Linnea!</p><p>Jag hinner tyv&auml;rr inte vara med i DalaLab i &aring;r med "
             "tanke p&aring; RUS-arbetet, s&aring; jag avanm&auml;ler mig fr&aring;n samtliga tr&auml;ffar.</p>"
             "<p>Ha det gott!<br>Gustav Falk<br>Avdelningen f&ouml;r regional utveckling<br>Region Dalarna<br>"
             "Box 712, 791 29 Falun</p></body></html>",
             X("cancel", [P("Gustav Falk", "gustav.falk@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only full cancellation 'samtliga träffar'; Falun address is the region's", html=True),

        # 130 diets for two colleagues in earlier group signup
        mail("ab130", "2027-02-02T11:11", ("Karin Sundqvist", "karin.sundqvist@orsa.se"),
             "Komplettering: kost för Orsa-gänget",
             "Hej!\n\nEn komplettering till anmälan jag skickade för våra två planerare: Petra Lund har "
             "glutenallergi och Oskar Wahlin är vegetarian. Datumen är desamma som förut.\n\nKarin Sundqvist\n"
             "Administratör, Samhällsbyggnad Orsa kommun",
             X("change", [P("Petra Lund", None, "Orsa kommun", diet="glutenallergi"),
                          P("Oskar Wahlin", None, "Orsa kommun", diet="vegetarian")], [],
               diet="glutenallergi, vegetarian"),
             "diet update for two colleagues, no session named -> change []; administrator sender not among people"),

        # 131 phishing posing as registration verification
        mail("ab131", "2027-03-09T03:12", ("DalaLab Registration", "no-reply@dalalab-verify.com"),
             "Åtgärd krävs: Bekräfta din DalaLab-anmälan",
             "Bästa deltagare,\n\nDin anmälan till DalaLab 3 maj 2027 kommer att annulleras om du inte verifierar "
             "dina uppgifter inom 24 timmar. Klicka här för att logga in med ditt Office 365-konto: "
             "http://dalalab-verify.com/login\n\nRegistreringsavgift: 495 kr\n\nMed vänliga hälsningar\n"
             "DalaLab Support",
             X("unknown", [], []),
             "phishing dressed as a confirmation/verification; names a session date but is spam"),

        # 132 organisation change with sessions stated
        mail("ab132", "2027-01-20T14:40", ("Hanna Kullberg", "hanna.kullberg@hedemora.se"), "Ny arbetsgivare",
             "Hej!\n\nJag anmälde mig till DalaLab från Säters kommun i december, men har sedan 1 januari bytt "
             "till Hedemora kommun (ny adress ovan). Min anmälan till 3 maj och 22 februari gäller fortfarande – "
             "kan ni uppdatera organisationen?\n\nHanna Kullberg\nPlanarkitekt, Hedemora kommun",
             X("change", [P("Hanna Kullberg", "hanna.kullberg@hedemora.se", "Hedemora kommun")], [S1, S4]),
             "organisation and address change; sessions stated as unchanged (3 May, 22 Feb); old employer "
             "Säter is not her organisation now"),

        # 133 confirmation wrong: asked only two
        mail("ab133", "2027-01-11T10:02", ("Anna-Karin Eld", "anna-karin.eld@vansbro.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej,\n\nHär har det blivit fel – ni har anmält mig till alla fyra men jag bad bara om 21/9 och "
             "29/11. Rätta gärna.\n\nMvh Anna-Karin Eld\nVansbro kommun"
             + outlook_quote("Anna-Karin", "Eld Anna-Karin", "anna-karin.eld@vansbro.se",
                             "den 8 januari 2027 16:30", ALL),
             X("change", [P("Anna-Karin Eld", "anna-karin.eld@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "correction of a confirmation: the sessions after the change are 21/9 and 29/11; quote lists all four"),

        # 134 secretary partial withdrawal for manager
        mail("ab134", "2027-02-08T13:58", ("Sofie Granath", "sofie.granath@borlange.se"), "Bengt Olsson – DalaLab",
             "Hej!\n\nJag skriver å Bengt Olssons vägnar. Han har tyvärr fått förhinder den 29.11 och den 22.2 "
             "(kommunstyrelsens presidium). Hans övriga två träffar gäller.\n\nVänliga hälsningar\nSofie Granath\n"
             "Ledningsstöd, Stadsbyggnadsförvaltningen\nBorlänge kommun",
             X("cancel", [P("Bengt Olsson", None, "Borlänge kommun")], [S3, S4]),
             "secretary withdraws her manager from 29.11 and 22.2; sender not among people; rest stands"),

        # 135 telegram short full cancel, no org
        tg("ab135", "2027-03-31T07:20", "Elsa Granlund", 7755102986,
           "stryk mej från alla träffar tack, det blev inte som jag trodde med jobbet. /elsa",
           X("cancel", [P("Elsa Granlund", None, None)], ALL),
           "short Telegram full cancellation; no organisation anywhere -> None"),
    ]
