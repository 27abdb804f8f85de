"""Batch 20, writer c091-c135: what comes after the first signups (January to 10 April 2027).

Replies to the service's confirmation ("Du är anmäld till följande träffar: ..."), swaps, additions, partial and
full cancellations of oneself and of colleagues, corrections, job moves, leave, GDPR erasure, automatic mail,
newsletters and scams, and late signups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

ORG = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"
LINES = {S1: "3 maj 2027, kl. 10.00–15.00, Falun", S2: "21 september 2027", S3: "29 november 2027",
         S4: "22 februari 2028"}


def confirmation(first, sessions):
    """The service's confirmation as it was sent."""
    listed = "\n".join(f"- {LINES[s]}" for s in sessions)
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            f"Du är anmäld till följande träffar:\n\n{listed}\n\nSvara på det här mejlet om något behöver ändras."
            f"\n\nHälsningar\nDalaLab, Region Dalarna")


def outlook(sent, to, first, sessions, subject="Bekräftelse: anmälan till DalaLab"):
    """Outlook (Swedish) reply header block followed by the unquoted confirmation."""
    return (f"\n\nFrån: {ORG}\nSkickat: den {sent}\nTill: {to}\nÄmne: {subject}\n\n"
            + confirmation(first, sessions))


def quoted(intro, first, sessions):
    """Gmail/iPhone style: an attribution line and '>'-quoted confirmation."""
    body = "\n".join(("> " + l) if l else ">" for l in confirmation(first, sessions).split("\n"))
    return f"\n\n{intro}\n{body}"


def messages():
    return [
        mail("c091", "2027-01-08T09:12", ("Lars Hellström", "lars.hellstrom@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nTack för bekräftelsen. Jag glömde skriva i anmälan att jag äter vegetarisk kost – går det "
             "att ordna till fikat och lunchen?\n\nVänliga hälsningar\nLars Hellström\nPlanarkitekt\n"
             "Samhällsbyggnadsförvaltningen\nBorlänge kommun\nBesöksadress: Röda vägen 50, 781 81 Borlänge\n"
             "Tel: 0243-740 00, mobil 070-312 45 67"
             + outlook("7 januari 2027 16:02", "Lars Hellström <lars.hellstrom@borlange.se>", "Lars", [S1, S2]),
             X("change", [P("Lars Hellström", "lars.hellstrom@borlange.se", "Borlänge kommun", "vegetarisk")], [],
               diet="vegetarisk"),
             "Outlook reply to the confirmation adding a diet ('äter vegetarisk kost') -> change, no sessions named "
             "in his own text (quoted confirmation lists 3 May + 21 Sep); street number, postcode and phones"),
        mail("c092", "2027-01-11T13:40", ("Karlsson Annelie", "annelie.karlsson@avesta.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag ser att jag står som anmäld till alla fyra träffarna, men jag anmälde bara två. Jag kan "
             "inte den 21 september och inte heller den 22 februari – ta gärna bort mig från de två. 3 maj och "
             "29 november står kvar.\n\nMvh\nAnnelie Karlsson\nÖversiktsplanerare | Avesta kommun\n0226-64 50 00\n"
             "Kungsgatan 32, 774 81 Avesta"
             + outlook("10 januari 2027 19:30", "Karlsson Annelie <annelie.karlsson@avesta.se>", "Annelie", ALL),
             X("cancel", [P("Annelie Karlsson", "annelie.karlsson@avesta.se", "Avesta kommun")], [S2, S4]),
             "confirmation listed all four; she withdraws 21 Sep and 22 Feb (partial withdrawal = cancel of those "
             "two), 3 May and 29 Nov stay; surname-first display name"),
        mail("c093", "2027-01-14T10:05", ("Sven Dahlberg", "sven.dahlberg@gagnef.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             "Hej! Utöver 3 maj som jag redan är anmäld till vill jag gärna lägga till träffen 21 september "
             "också. /Sven\n\nSkickat från min iPhone"
             + quoted("> 13 jan. 2027 kl. 15:31 skrev " + ORG + ":", "Sven", [S1]),
             X("change", [P("Sven Dahlberg", "sven.dahlberg@gagnef.se", "Gagnefs kommun")], [S1, S2]),
             "addition: states his existing session and adds one -> change with both; iPhone '>'-quote"),
        tg("c094", "2027-01-17T20:41", "Malin Gustafsson", 6034417720,
           "hej! fick bekräftelsen men kan tyvärr inte 3 maj, kan ni byta till 29 nov istället? /Malin, Orsa kommun",
           X("change", [P("Malin Gustafsson", None, "Orsa kommun")], [S3]),
           "bare swap 3 May -> 29 Nov on Telegram: only the new session"),
        mail("c095", "2027-01-19T08:22", ("Åsa Lindström", "asa.lindstrom@hedemora.se"), "Avanmälan Karl Björk",
             "Hej Linnea!\n\nKarl (Kalle) Björk, karl.bjork@hedemora.se, som anmäldes till DalaLab i december har "
             "slutat hos oss vid årsskiftet. Stryk honom från träffarna. Vi återkommer om vi får någon ersättare "
             "innan anmälan stänger den 14 april.\n\nHälsningar\nÅsa Lindström\nEnhetschef Strategisk planering\n"
             "Hedemora kommun\nTel 0225-340 00",
             X("cancel", [P("Karl Björk", "karl.bjork@hedemora.se", "Hedemora kommun")], ALL),
             "manager cancels a colleague who left (job move), no sessions named -> all four; sender not in people; "
             "a possible future substitute is not a person yet; deadline date is not a session"),
        mail("c096", "2027-01-21T11:18", ("Niklas Sjöstrand", "niklas.sjostrand@borlange.se"),
             "Ny arbetsgivare – DalaLab",
             "Hej!\n\nJag anmälde mig till DalaLab i december från Ludvika kommun (niklas.sjostrand@ludvika.se). "
             "Från 1 februari jobbar jag i stället som planeringsarkitekt på Borlänge kommun och vill gärna "
             "fortsätta i projektet med min nya adress, den jag skriver från nu. Jag är anmäld till 3/5 och 21/9 "
             "och vill behålla dem.\n\nJag har pratat med min nya chef, och Borlänge har bara en anmäld hittills "
             "så det bör rymmas.\n\nHälsningar\nNiklas Sjöstrand",
             X("change", [P("Niklas Sjöstrand", "niklas.sjostrand@borlange.se", "Borlänge kommun")], [S1, S2]),
             "job move Ludvika -> Borlänge: details change for an existing signup; new address and organisation; "
             "the old Ludvika address is not a second person; sessions stated (3/5, 21/9)"),
        mail("c097", "2027-01-25T08:03", ("Sandra Mörk", "sandra.mork@hedemora.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag är föräldraledig till och med den 31 maj 2027 och läser inte min e-post. Ditt mejl "
             "vidarebefordras inte.\n\nFör frågor om detaljplaner, kontakta planeringsavdelningen på 0225-340 00 "
             "eller plan@hedemora.se.\n\nMed vänlig hälsning\nSandra Mörk",
             X("auto_reply"),
             "Outlook out-of-office to the confirmation (no auto headers, only the subject); '31 maj 2027' spans the "
             "3 May session but is no change"),
        mail("c098", "2027-01-27T14:26",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse: anmälan till DalaLab",
             "Leveransen misslyckades till de här mottagarna eller grupperna:\n\njesica.aberg@mora.se\n"
             "E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka "
             "meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.\n\n"
             "Diagnostisk information för administratörer:\n\nGenererande server: GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM"
             "\n\njesica.aberg@mora.se\nFjärrservern returnerade '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient jesica.aberg@mora.se not found by SMTP address lookup'\n\nUrsprungliga meddelanderubriker:\n\n"
             "Received: from GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM ([fe80::3c1a:9d2e:71b0:44f2]) by\n"
             " GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM with mapi id 15.20.8001.012; Wed, 27 Jan 2027 14:26:11 +0100\n"
             "From: " + ORG + "\nTo: jesica.aberg@mora.se\nSubject: Bekräftelse: anmälan till DalaLab\n"
             "Date: Wed, 27 Jan 2027 14:26:09 +0100\nMIME-Version: 1.0\n\n" + confirmation("Jessica", [S1, S3]),
             X("auto_reply"),
             "Exchange NDR in Swedish for a mistyped address; the returned confirmation names a person and two "
             "sessions -> nothing to register"),
        mail("c099", "2027-02-01T15:47", ("Tobias Nordin", "tobias.nordin@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag har fått den här bekräftelsen men jag har inte anmält mig och kommer inte att delta – "
             "någon måste ha anmält mig utan att fråga. Jag vill att ni raderar alla mina personuppgifter ur er "
             "anmälningslista och inte skickar fler utskick om DalaLab.\n\nTobias Nordin\nLeksands kommun"
             + outlook("1 februari 2027 11:20", "Tobias Nordin <tobias.nordin@leksand.se>", "Tobias", ALL),
             X("erasure", [P("Tobias Nordin", "tobias.nordin@leksand.se", "Leksands kommun")], []),
             "reply to a confirmation he never asked for: erase my data (implies withdrawal) -> erasure, no sessions"),
        mail("c100", "2027-02-03T10:29", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
             "RE: Bekräftelse: anmälan till DalaLab",
             "Hi Linnea,\n\nThanks for the confirmation! A quick question before I book travel: the confirmation "
             "only says Falun for the May session. Where will the September, November and February sessions be "
             "held, and will there be an option to join online?\n\nBest regards,\nDaniel Okafor\n"
             "Regional Development Analyst\nLänsstyrelsen Dalarna\n+46 10 225 00 00\n\n"
             "From: " + ORG + "\nSent: Tuesday, February 2, 2027 4:45 PM\nTo: Daniel Okafor "
             "<daniel.okafor@lansstyrelsen.se>\nSubject: Bekräftelse: anmälan till DalaLab\n\n"
             + confirmation("Daniel", ALL),
             X("question"),
             "English question about venues/online for a registered participant; months named but no change"),
        tg("c101", "2027-02-05T12:14", "Hampus Lind", 5190372846,
           "Hej. Anmälde mig för ett par veckor sen via mejl men har inte fått nån bekräftelse. Är jag med på "
           "listan? Hampus, Vansbro",
           X("question"),
           "asks whether his earlier signup went through -> question, no new signup"),
        mail("c102", "2027-02-08T07:30", ("Planeringsforum Mitt", "nyhetsbrev@planeringsforum-mitt.se"),
             "Nyhetsbrev februari: ÖP-dagarna, ny vägledning och vårens seminarier",
             "<html><body style=\"font-family:Arial,sans-serif\">"
             "<table width=\"600\" align=\"center\"><tr><td>"
             "<h1 style=\"color:#1d4f73\">Planeringsforum Mitt – nyhetsbrev februari 2027</h1>"
             "<h2>ÖP-dagarna 2027</h2><p>Årets ÖP-dagar hålls 20–21 september i Sundsvall. Temat är "
             "utvecklingsinriktning och planeringsstrategi. <a href=\"https://planeringsforum-mitt.se/opdagar\">"
             "Anmäl dig här</a> – early bird till 15 mars.</p>"
             "<h2>Ny vägledning om översiktsplanens aktualitet</h2><p>Boverket har publicerat en uppdaterad "
             "vägledning. Läs vår sammanfattning på webben.</p>"
             "<h2>Vårens webbinarier</h2><ul><li>3 mars: Klimatanpassning i ÖP</li>"
             "<li>14 april: Digital tillgänglighet på landsbygden</li><li>3 maj: Frågestund med PBL-juristen</li></ul>"
             "<p style=\"font-size:11px;color:#777\">Du får detta mejl eftersom du prenumererar på Planeringsforum "
             "Mitts nyhetsbrev. <a href=\"https://planeringsforum-mitt.se/avsluta?u=lh8812\">Avsluta prenumeration"
             "</a> | Planeringsforum Mitt, Storgatan 12, 852 30 Sundsvall</p>"
             "</td></tr></table></body></html>",
             X("unknown"),
             "HTML-only newsletter with '20–21 september', '3 maj', '14 april', 'Anmäl dig här' -> unknown",
             html=True),
        mail("c103", "2027-02-10T09:50", ("Marie Engström", "marie.engstrom@sater.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nTack för bekräftelsen. Vi blir en till från Säter – anmäl gärna även min kollega Johan "
             "Persson, johan.persson@sater.se, till samma träffar som jag (se nedan).\n\nHälsningar\n"
             "Marie Engström\nSamhällsplanerare\nSäters kommun\nBox 85, 783 22 Säter\n0225-550 00"
             + outlook("9 februari 2027 13:20", "Marie Engström <marie.engstrom@sater.se>", "Marie", [S2, S3]),
             X("register", [P("Johan Persson", "johan.persson@sater.se", "Säters kommun")], [S2, S3]),
             "adds a colleague 'till samma träffar som jag (se nedan)': the sessions are only in her quoted "
             "confirmation (21 Sep, 29 Nov); she is already registered, so only Johan is in people"),
        mail("c104", "2027-02-12T14:05", ("Hannah Bergqvist", "hannah.bergqvist@ludvika.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej!</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Litet fel i bekr&auml;ftelsen: mitt namn &auml;r stavat <i>Hanna Bergkvist</i>, "
             "men jag heter Hannah Bergqvist (med h p&aring; slutet och q). Kan ni r&auml;tta det i deltagarlistan "
             "och p&aring; namnskylten? E-postadressen st&auml;mmer.</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">H&auml;lsningar<br>Hannah Bergqvist<br>Planeringsekolog<br>Ludvika kommun<br>"
             "0240-860 00</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             "<p class=\"MsoNormal\"><b>Fr&aring;n:</b> DalaLab &ndash; Region Dalarna &lt;linnea.hassis@regiondalarna.se&gt;"
             "<br><b>Skickat:</b> den 11 februari 2027 10:44<br><b>Till:</b> Hanna Bergkvist &lt;hannah.bergqvist@ludvika.se&gt;"
             "<br><b>&Auml;mne:</b> Bekr&auml;ftelse: anm&auml;lan till DalaLab</p></div>"
             "<p class=\"MsoNormal\">Hej Hanna!</p><p class=\"MsoNormal\">Tack f&ouml;r din anm&auml;lan till DalaLab "
             "&ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft. Du &auml;r anm&auml;ld till "
             "f&ouml;ljande tr&auml;ffar:</p><ul><li>3 maj 2027, kl. 10.00&ndash;15.00, Falun</li>"
             "<li>29 november 2027</li><li>22 februari 2028</li></ul>"
             "<p class=\"MsoNormal\">Svara p&aring; det h&auml;r mejlet om n&aring;got beh&ouml;ver &auml;ndras.</p>"
             "<p class=\"MsoNormal\">H&auml;lsningar<br>DalaLab, Region Dalarna</p></div></body></html>",
             X("change", [P("Hannah Bergqvist", "hannah.bergqvist@ludvika.se", "Ludvika kommun")], []),
             "HTML-only Outlook reply correcting the spelling of her name; the misspelt 'Hanna Bergkvist' is not a "
             "second person; details update naming no sessions of her own -> change with []",
             html=True),
        mail("c105", "2027-02-15T16:32", ("Elsa Mårtensson", "elsa.martensson@mora.se"), "Föräldraledig – DalaLab",
             "Hej Linnea,\n\nJag ska gå på föräldraledighet från början av augusti och är tillbaka först i april "
             "2028. Jag kommer alltså på vårträffen i maj men måste tyvärr stryka mig från de tre övriga "
             "träffarna.\n\nKanske kan någon kollega ta över min plats i höst, men det återkommer vi i så fall om."
             "\n\nHälsningar\nElsa Mårtensson\nMora kommun\nTfn 0250-260 00",
             X("cancel", [P("Elsa Mårtensson", "elsa.martensson@mora.se", "Mora kommun")], [S2, S3, S4]),
             "parental leave: keeps 'vårträffen i maj', withdraws 'de tre övriga' -> cancel of 21 Sep, 29 Nov, 22 Feb"),
        mail("c106", "2027-02-17T10:10", ("Robert Ahlgren", "robert.ahlgren@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag är tyvärr på tjänsteresa den 21 september. Min kollega Sofie Wallin "
             "(sofie.wallin@falun.se) går i mitt ställe den dagen. På de andra träffarna kommer jag själv.\n\n"
             "/Robert\n\nRobert Ahlgren\nPlaneringsstrateg, Falu kommun\n023-830 00"
             + outlook("3 februari 2027 09:15", "Robert Ahlgren <robert.ahlgren@falun.se>", "Robert", ALL),
             X("change", [P("Robert Ahlgren", "robert.ahlgren@falun.se", "Falu kommun"),
                          P("Sofie Wallin", "sofie.wallin@falun.se", "Falu kommun")], [S2]),
             "substitution for one session: Robert out on 21 Sep, Sofie in -> change with both, the substitute's "
             "session; he keeps the others"),
        tg("c107", "2027-02-19T07:48", "Jonna Helgesson", 7412098833,
           "Hej! Jag måste tyvärr avanmäla mig från DalaLab helt, jag har fått nytt jobb i Uppsala från mars. "
           "Tack ändå! /Jonna",
           X("cancel", [P("Jonna Helgesson", None, None)], ALL),
           "full cancellation on Telegram (job move); no organisation given (Uppsala is the new job, not a party) "
           "-> null; no sessions -> all four"),
        mail("c108", "2027-02-22T11:02", ("Nordiska Evenemangsregistret", "registrering@nordic-event-register.com"),
             "Bekräfta er evenemangspost: DalaLab 2027 – svar senast 1 mars",
             "Till ansvarig för DalaLab – Planering för hållbarhet och utvecklingskraft\n\nVi har registrerat ert "
             "evenemang (Falun, 3 maj 2027) i Nordiska Evenemangsregistret 2027/2028. För att uppgifterna ska "
             "publiceras korrekt ber vi er kontrollera dem i bifogat formulär, underteckna och returnera det "
             "senast den 1 mars 2027.\n\nEvenemang: DalaLab\nOrt: Falun\nDatum: 2027-05-03, 2027-09-21, "
             "2027-11-29, 2028-02-22\nKontakt: linnea.hassis@regiondalarna.se\n\nGenom underskrift beställs en "
             "premiumpost i tre år till ett pris av 1 195 EUR per år exkl. moms enligt våra allmänna villkor.\n\n"
             "Med vänlig hälsning\nKundtjänst, Nordiska Evenemangsregistret\nReg. nr 2027-4471",
             X("unknown"),
             "listing scam in Swedish that quotes all four session dates -> unknown"),
        mail("c109", "2027-02-24T13:15", ("Ylva Hammar", "ylva.hammar@rattvik.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nEn komplettering till vår anmälan: jag är glutenfri, och min kollega Ove Sandström som också "
             "är anmäld är vegan. Vi har inga andra ändringar.\n\nTack på förhand!\nYlva Hammar\n"
             "Rättviks kommun\nStora torget 1, 795 80 Rättvik"
             + outlook("22 februari 2027 14:05", "Ylva Hammar <ylva.hammar@rattvik.se>", "Ylva", [S1, S3, S4]),
             X("change", [P("Ylva Hammar", "ylva.hammar@rattvik.se", "Rättviks kommun", "glutenfri"),
                          P("Ove Sandström", None, "Rättviks kommun", "vegan")], [], diet="glutenfri, vegan"),
             "diet update for two registered people, no sessions in her text -> change []; per-person diets"),
        mail("c110", "2027-02-26T09:41", ("Vansbro kommun Kontaktcenter", "kontaktcenter@vansbro.se"),
             "[Ärende VK-2027-01188] Bekräftelse: anmälan till DalaLab",
             "Detta är ett automatiskt meddelande – svara inte på detta mejl.\n\nTack för att du kontaktar "
             "Vansbro kommun! Vi har tagit emot ditt meddelande och det har fått ärendenummer VK-2027-01188. "
             "Ange ärendenumret om du kontaktar oss igen i samma fråga.\n\nVi besvarar normalt e-post inom fem "
             "arbetsdagar. Kontaktcenter har öppet måndag–fredag 08.00–16.30, tfn 0281-750 00.\n\n"
             "Ditt meddelande:\n----------\n" + confirmation("Ulla", [S1, S2]),
             X("auto_reply"),
             "municipal ticket-system receipt echoing the confirmation (sent to a shared mailbox) -> auto_reply"),
        mail("c111", "2027-03-01T08:55", ("Fatima Yusuf", "fatima.yusuf@borlange.se"), "Byte av datum DalaLab",
             "Hej!\n\nJag är anmäld till den första träffen 3 maj, men då krockar det med ett samråd. Kan jag byta "
             "till den 29 november istället?\n\nMvh Fatima Yusuf\nTrafikplanerare, Borlänge kommun",
             X("change", [P("Fatima Yusuf", "fatima.yusuf@borlange.se", "Borlänge kommun")], [S3]),
             "swap 3 May -> 29 Nov asked as 'kan jag byta' -> change, new session only (she writes again in c125)"),
        mail("c112", "2027-03-03T15:20", ("Marcus Lee", "marcus.lee@regiondalarna.se"),
             "Cancel November session – Marcus Lee",
             "Hi,\n\nI'm afraid I have to cancel my place at the session on 29 November – I'll be at a conference "
             "in Rotterdam that week. I'm still coming to the other three sessions.\n\nKind regards,\nMarcus Lee\n"
             "Senior Analyst, Regional Development\nRegion Dalarna | Box 712, 791 29 Falun\n+46 23 49 00 00",
             X("cancel", [P("Marcus Lee", "marcus.lee@regiondalarna.se", "Region Dalarna")], [S3]),
             "English partial cancellation of 29 Nov; keeps the other three"),
        mail("c113", "2027-03-05T10:30", ("Åsa Lindström", "asa.lindstrom@hedemora.se"), "Ny deltagare från Hedemora",
             "Hej igen Linnea!\n\nSom jag skrev i januari har Karl Björk slutat hos oss. Nu har hans efterträdare "
             "börjat: Mira Haglund, mira.haglund@hedemora.se. Hon vill gärna gå på alla fyra träffarna i hans "
             "ställe.\n\nHälsningar\nÅsa Lindström\nEnhetschef Strategisk planering\nHedemora kommun\n"
             "Tel 0225-340 00",
             X("register", [P("Mira Haglund", "mira.haglund@hedemora.se", "Hedemora kommun")], ALL),
             "same sender as c095: the newcomer replacing a colleague cancelled in an earlier mail -> register; "
             "Karl Björk is not in people"),
        tg("c114", "2027-03-08T12:20", "Per Lundqvist", 6871230459,
           "Hej! Glömde säga att jag är laktosintolerant, går det att fixa till fikat? /Pelle Lundqvist, Smedjebacken",
           X("change", [P("Per Lundqvist", None, "Smedjebackens kommun", "laktosintolerant")], [],
             diet="laktosintolerant"),
           "diet added after signup on Telegram -> change []; signs 'Pelle', name from sender"),
        mail("c115", "2027-03-10T14:02", ("Halvarsson Bengt", "bengt.halvarsson@alvdalen.se"),
             "VB: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nEmelie Rask fick bekräftelsen nedan. Hon är sjukskriven åtminstone till och med juni, så hon "
             "kan inte komma den 3 maj. Höstens träffar och den i februari hoppas vi att hon kan gå på, vi hör av "
             "oss om det ändras.\n\nBengt Halvarsson\nSamhällsbyggnadschef\nÄlvdalens kommun\nDalgatan 16, 796 "
             "22 Älvdalen\n\n-----Ursprungligt meddelande-----\nFrån: Rask Emelie <emelie.rask@alvdalen.se>\n"
             "Skickat: den 9 mars 2027 07:58\nTill: Halvarsson Bengt <bengt.halvarsson@alvdalen.se>\n"
             "Ämne: VB: Bekräftelse: anmälan till DalaLab\n\nKan du meddela dem? Jag orkar inte just nu.\n/E\n\n"
             "-----Ursprungligt meddelande-----\nFrån: " + ORG + "\nSkickat: den 18 januari 2027 10:12\n"
             "Till: Rask Emelie <emelie.rask@alvdalen.se>\nÄmne: Bekräftelse: anmälan till DalaLab\n\n"
             + confirmation("Emelie", ALL),
             X("cancel", [P("Emelie Rask", "emelie.rask@alvdalen.se", "Älvdalens kommun")], [S1]),
             "manager forwards a colleague's forwarded confirmation and withdraws her from 3 May only (sick leave); "
             "her address from the forwarded headers; sender not in people"),
        mail("c116", "2027-03-12T09:07", ("Kristina Malm", "kristina.malm@orsa.se"), "Fel e-postadress i anmälan",
             "Hej!\n\nMin chef anmälde mig till DalaLab, men med fel adress: stina.malm@orsa.se finns inte. Min "
             "adress är kristina.malm@orsa.se (den här). Bekräftelsen kom aldrig fram till mig, jag såg den först "
             "när chefen vidarebefordrade den. Kan ni ändra adressen så att kallelserna kommer rätt?\n\nTack!\n"
             "Kristina Malm\nOrsa kommun",
             X("change", [P("Kristina Malm", "kristina.malm@orsa.se", "Orsa kommun")], []),
             "address correction naming no sessions -> change []; the wrong address is not a second person"),
        mail("c117", "2027-03-15T11:45", ("Tove Eriksson", "tove.eriksson@malung-salen.se"),
             "Avanmälan höstens träffar – Malung-Sälen",
             "Hej Linnea,\n\nPå grund av en omorganisation här i kommunen kan ingen av oss tre delta i höst. "
             "Avanmäl därför följande från 21 september och 29 november:\n\n- Tove Eriksson (jag)\n"
             "- Anders Grönlund, anders.gronlund@malung-salen.se\n- Lina Påhlsson, lina.pahlsson@malung-salen.se\n\n"
             "Vårträffen 3 maj kommer vi alla tre på som planerat, och februariträffen återkommer vi om.\n\n"
             "Vänliga hälsningar\nTove Eriksson\nPlanchef, Malung-Sälens kommun\n0280-181 00",
             X("cancel", [P("Tove Eriksson", "tove.eriksson@malung-salen.se", "Malung-Sälens kommun"),
                          P("Anders Grönlund", "anders.gronlund@malung-salen.se", "Malung-Sälens kommun"),
                          P("Lina Påhlsson", "lina.pahlsson@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "partial cancellation for three people (self + two in a list) from the two autumn sessions; May kept, "
             "February open"),
        mail("c118", "2027-03-17T08:40", ("Rebecka Sjödin", "rebecka.sjodin@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej! I bekräftelsen står det kl. 10.00–15.00, men i inbjudan stod det fika från 09.30. Behöver vi "
             "vara där redan halv tio? Och var i Falun är det – har ni en adress?\n\nMvh Rebecka"
             + outlook("16 mars 2027 15:10", "Rebecka Sjödin <rebecka.sjodin@falun.se>", "Rebecka", [S1, S4]),
             X("question"),
             "question about times and venue in a reply to the confirmation; times are not sessions"),
        mail("c119", "2027-03-19T13:22", ("Oscar Lundberg", "oscar.lundberg@avesta.se"), "Anmälan DalaLab",
             "Hej!\n\nJag såg att min kollega Annelie fått en bekräftelse på DalaLab och undrar om jag också kan "
             "vara med. Anmäl mig i så fall till 3 maj och 22 februari.\n\nMvh\nOscar Lundberg\n"
             "Mark- och exploateringsingenjör\nAvesta kommun",
             X("register", [P("Oscar Lundberg", "oscar.lundberg@avesta.se", "Avesta kommun")], [S1, S4]),
             "late signup prompted by a colleague's confirmation; colleague mentioned by first name only is not "
             "in people; '22 februari' = the 2028 session"),
        tg("c120", "2027-03-22T17:05", "Linda Kvist", 5309981274, "Tack för bekräftelsen! Ser fram emot 3 maj 😊",
           X("unknown", unsure=["intent"]),
           "thanks only, nothing to do; names 3 May but is neither signup nor change"),
        mail("c121", "2027-03-24T15:30", ("Mikael Hedberg", "mikael.hedberg@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>B&aring;de jag och min kollega Eva Nordqvist vill byta fr&aring;n tr&auml;ffen 21 "
             "september till den 22 februari. Vi har budgetdialog hela den veckan i september.</p>"
             "<p>Tack!<br>Mikael Hedberg<br>Samh&auml;llsplanerare<br>Leksands kommun<br>Box 52, 793 21 Leksand<br>"
             "0247-800 00</p><hr><p><b>Fr&aring;n:</b> DalaLab &ndash; Region Dalarna "
             "&lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 8 mars 2027 11:02<br><b>Till:</b> "
             "Mikael Hedberg<br><b>&Auml;mne:</b> Bekr&auml;ftelse: anm&auml;lan till DalaLab</p>"
             "<p>Hej Mikael!</p><p>Tack f&ouml;r din anm&auml;lan till DalaLab &ndash; Planering f&ouml;r "
             "h&aring;llbarhet och utvecklingskraft. Du &auml;r anm&auml;ld till f&ouml;ljande tr&auml;ffar:</p>"
             "<ul><li>3 maj 2027, kl. 10.00&ndash;15.00, Falun</li><li>21 september 2027</li></ul>"
             "<p>Svara p&aring; det h&auml;r mejlet om n&aring;got beh&ouml;ver &auml;ndras.</p>"
             "<p>H&auml;lsningar<br>DalaLab, Region Dalarna</p></div></body></html>",
             X("change", [P("Mikael Hedberg", "mikael.hedberg@leksand.se", "Leksands kommun"),
                          P("Eva Nordqvist", None, "Leksands kommun")], [S4]),
             "HTML-only; bare swap for two people 21 Sep -> 22 Feb: only the new session (3 May is in the quoted "
             "confirmation, not restated)",
             html=True),
        mail("c122", "2027-03-26T10:12", ("Jonathan Price", "jonathan.price@nordplanconsulting.se"),
             "Request to delete personal data",
             "Dear DalaLab team,\n\nI was added to your registration list by a client without my consent and "
             "received a confirmation yesterday. I will not be attending. Under Article 17 of the GDPR I ask you "
             "to erase all personal data you hold about me and to confirm when this has been done.\n\nRegards,\n"
             "Jonathan Price\nNordplan Consulting AB\nSveavägen 44, 111 34 Stockholm",
             X("erasure", [P("Jonathan Price", "jonathan.price@nordplanconsulting.se", None)], []),
             "English GDPR erasure from a private consultant -> organisation null"),
        mail("c123", "2027-03-29T08:15", ("Vera Lindholm", "vera.lindholm@gagnef.se"),
             "Frånvaro: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             "Tack för ditt mejl. Jag är ledig 29 mars–9 april och har begränsad tillgång till e-post. Brådskande "
             "ärenden: ring kommunens växel 0241-150 00.\n\nThank you for your e-mail. I am on leave 29 March–9 "
             "April with limited access to e-mail.\n\nVera Lindholm\nGagnefs kommun",
             X("auto_reply"),
             "bilingual out-of-office to the reminder (subject prefix 'Frånvaro:'); deadline and leave dates"),
        mail("c124", "2027-03-30T13:48", ("Helena Borg", "helena.borg@lansstyrelsen.se"),
             "Överlämning av plats i DalaLab",
             "Hej Linnea!\n\nJag slutar på Länsstyrelsen den 31 mars och går över till Trafikverket. Min "
             "efterträdare som samordnare för fysisk planering, Amanda Wik (amanda.wik@lansstyrelsen.se), tar "
             "över min plats på samtliga fyra träffar.\n\nTack för allt!\nHelena Borg\nLänsstyrelsen Dalarna\n"
             "010-225 00 00",
             X("change", [P("Helena Borg", "helena.borg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Amanda Wik", "amanda.wik@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "job move: substitution in one message (sender out, successor in) -> change with both, all four"),
        mail("c125", "2027-03-31T09:20", ("Fatima Yusuf", "fatima.yusuf@borlange.se"), "SV: Byte av datum DalaLab",
             "Hej igen!\n\nGlöm mitt förra mejl om bytet – samrådet har flyttats. Jag behåller alltså 3 maj och "
             "vill dessutom gå på 29 november. Så: 3/5 och 29/11.\n\nMvh Fatima\n\n"
             "Från: Fatima Yusuf <fatima.yusuf@borlange.se>\nSkickat: den 1 mars 2027 08:55\n"
             "Till: linnea.hassis@regiondalarna.se\nÄmne: Byte av datum DalaLab\n\nHej!\n\nJag är anmäld till den "
             "första träffen 3 maj, men då krockar det med ett samråd. Kan jag byta till den 29 november istället?"
             "\n\nMvh Fatima Yusuf\nTrafikplanerare, Borlänge kommun",
             X("change", [P("Fatima Yusuf", "fatima.yusuf@borlange.se", "Borlänge kommun")], [S1, S3]),
             "second mail from c111's sender retracting the swap: states her sessions after the change (3/5, 29/11)"),
        mail("c126", "2027-04-01T06:12", ("Microsoft 365", "no-reply@m365-securemail.co"),
             "Åtgärd krävs: Din brevlåda linnea.hassis@regiondalarna.se är nästan full",
             "<html><body style=\"font-family:Segoe UI,sans-serif\"><p>Hej linnea.hassis,</p>"
             "<p>Din brevlåda har använt <b>49,6 GB</b> av 50 GB. Inkommande meddelanden, till exempel svar på "
             "dina utskick och anmälningar, kommer att avvisas från den 3 april 2027.</p>"
             "<p><a href=\"https://m365-securemail.co/verify?id=88321\" style=\"background:#0078d4;color:#fff;"
             "padding:8px 16px\">Utöka lagring gratis</a></p><p>Microsoft 365-teamet</p></body></html>",
             X("unknown"),
             "HTML phishing ('brevlådan nästan full') mentioning 'anmälningar' and a date -> unknown",
             html=True),
        tg("c127", "2027-04-02T21:30", "Nils Åhl", 7723015598,
           "hej, hinner jag fortfarande anmäla mig? isf alla 4 träffarna. nils.ahl@rattvik.se",
           X("register", [P("Nils Åhl", "nils.ahl@rattvik.se", "Rättviks kommun")], ALL),
           "late Telegram signup phrased with a question ('hinner jag') -> register all four; address in text"),
        mail("c128", "2027-04-05T10:02", ("Gunnar Bodin", "gunnar.bodin@mora.se"), "VB: DalaLab?",
             "Hej Linnea,\n\nSe nedan. Anmäl gärna Sara till de två träffar hon nämner. Vi har bara en anmäld från "
             "Mora i höst, så det ryms.\n\nGunnar Bodin\nPlanchef, Mora kommun\n0250-260 00\n\n"
             "Från: Sara Wennberg <sara.wennberg@mora.se>\nSkickat: den 2 april 2027 15:40\n"
             "Till: Gunnar Bodin <gunnar.bodin@mora.se>\nÄmne: DalaLab?\n\nHej Gunnar! Jag skulle gärna gå på "
             "DalaLab nu när jag är tillbaka från ledigheten, men våren är full. Går det bra om jag anmäler mig "
             "till 29 november och 22 februari? Elsa går ju inte i höst så det finns plats.\n\n/Sara",
             X("register", [P("Sara Wennberg", "sara.wennberg@mora.se", "Mora kommun")], [S3, S4]),
             "manager forwards a colleague's request: sessions and address only in the forwarded part; sender and "
             "the mentioned 'Elsa' are not in people"),
        mail("c129", "2027-04-06T07:55", ("Olsson Jan-Erik", "jan-erik.olsson@avesta.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag kan tyvärr inte delta den 3 maj, då är jag på en utbildning i Stockholm (3–4 maj). De "
             "övriga träffarna står kvar.\n\nMed vänliga hälsningar\n\nJan-Erik Olsson\nGIS-samordnare\n"
             "Avesta kommun | Samhällsbyggnadsförvaltningen\nKungsgatan 32, 774 81 Avesta\n"
             "Tel: 0226-64 50 00 | Mobil: 070-244 18 90\nwww.avesta.se\n\nJag har semester 12–23 juli 2027."
             + outlook("15 mars 2027 09:02", "Olsson Jan-Erik <jan-erik.olsson@avesta.se>", "Jan-Erik", ALL),
             X("cancel", [P("Jan-Erik Olsson", "jan-erik.olsson@avesta.se", "Avesta kommun")], [S1]),
             "partial cancellation of 3 May in an Outlook reply; '3–4 maj', holiday dates and phones in the "
             "signature; surname-first display name, hyphenated first name"),
        mail("c130", "2027-04-07T13:10", ("Marianne Holmqvist", "marianne.holmqvist@vansbro.se"),
             "Byte av deltagare – Vansbro",
             "Hej!\n\nPatrik Ström kan inte gå på höstens två träffar (21/9 och 29/11). Ingela Forsman, "
             "ingela.forsman@vansbro.se, går i hans ställe på dem. Patrik går kvar på 3 maj och 22 februari som "
             "tidigare.\n\nHälsningar\nMarianne Holmqvist\nAdministratör, Samhällsbyggnad\nVansbro kommun",
             X("change", [P("Patrik Ström", None, "Vansbro kommun"),
                          P("Ingela Forsman", "ingela.forsman@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "substitution written by an administrator: Patrik out of the autumn sessions, Ingela in -> change "
             "with both, the substitute's sessions; sender not in people"),
        mail("c131", "2027-04-08T16:45", ("Hedvig Ståhl", "hedvig.stahl@smedjebacken.se"), "Sen anmälan DalaLab",
             "Hej!\n\nJag hoppas att det inte är för sent – jag vill gärna anmäla mig till vårträffen den 3 maj. "
             "Jag äter vegan.\n\nHälsningar\nHedvig Ståhl\nBygglovshandläggare/planerare\nSmedjebackens kommun\n"
             "0240-660 00",
             X("register", [P("Hedvig Ståhl", "hedvig.stahl@smedjebacken.se", "Smedjebackens kommun", "vegan")],
               [S1], diet="vegan"),
             "late signup before the deadline, windows-1252 body; 'vårträffen den 3 maj'; diet 'vegan'",
             charset="windows-1252"),
        mail("c132", "2027-04-09T10:15", ("Camilla Ljung", "camilla.ljung@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             "Hej!\n\nJag ser att Jamal Aziz också har fått en bekräftelse från er. Jamal har bytt tjänst och "
             "jobbar inte längre med planering, så han ska inte vara med – stryk honom. Min egen anmälan gäller "
             "som förut.\n\nHälsningar\nCamilla Ljung\nOrsa kommun\nDalagatan 1, 794 21 Orsa"
             + outlook("20 januari 2027 08:30", "Camilla Ljung <camilla.ljung@orsa.se>", "Camilla", ALL),
             X("cancel", [P("Jamal Aziz", None, "Orsa kommun")], ALL),
             "colleague withdrawn without substitute -> cancel, no sessions named -> all four; the sender's own "
             "signup 'gäller som förut' so she is not in people; quoted confirmation is hers"),
        mail("c133", "2027-04-09T14:02", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
             "assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             "<bo.hammarstrom@alvdalen.se>: host mx.alvdalen.se[192.0.2.61] said: 552 5.2.2\n"
             "    <bo.hammarstrom@alvdalen.se>: Mailbox full (in reply to RCPT TO command)\n\n"
             "--- Returned message ---\nFrom: " + ORG + "\nTo: bo.hammarstrom@alvdalen.se\n"
             "Subject: Bekräftelse: anmälan till DalaLab\nDate: Fri, 9 Apr 2027 14:01:48 +0200\n\n"
             + confirmation("Bo", [S2, S3, S4]),
             X("auto_reply"),
             "Postfix bounce (mailbox full) returning a confirmation with three sessions -> auto_reply"),
        tg("c134", "2027-04-10T09:35", "Viktoria Sand", 6450087712,
           "hej! kan inte 29/11 längre pga tjänsteresa, kan jag ta 22/2 istället? /Vicky Sand, Gagnefs kommun",
           X("change", [P("Viktoria Sand", None, "Gagnefs kommun")], [S4]),
           "Telegram bare swap 29/11 -> 22/2 (the 2028 session): new session only; signs 'Vicky'"),
        mail("c135", "2027-04-10T11:20", ("Kerstin Hallberg", "kerstin.hallberg@sater.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag har beviljats tjänstledighet för studier hela hösten 2027, så jag kan tyvärr inte komma "
             "på träffarna 21 september och 29 november. Vårträffen och den 22 februari 2028 står kvar.\n\n"
             "Hälsningar\nKerstin Hallberg\nFysisk planerare\nSäters kommun"
             + quoted("Den tors 4 feb. 2027 kl 09:12 skrev " + ORG + ":", "Kerstin", ALL),
             X("cancel", [P("Kerstin Hallberg", "kerstin.hallberg@sater.se", "Säters kommun")], [S2, S3]),
             "leave of absence in the autumn: partial cancellation of 21 Sep and 29 Nov; Gmail-style quote; sent "
             "on a Saturday"),
    ]
