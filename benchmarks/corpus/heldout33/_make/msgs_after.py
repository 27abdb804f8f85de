from build import P, X, mail, tg, S1, S2, S3, S4, ALL

IPHONE = "\n\nSkickat från min iPhone\n"

CONF_HEAD = ("Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den {sent}\n"
             "Till: {to}\n"
             "Ämne: Bekräftelse på din anmälan – DalaLab\n\n")


def confirmation(first, dates):
    """The organiser's confirmation as people quote it under their reply."""
    lines = "".join(f"  • {d}\n" for d in dates)
    return (f"Hej {first}!\n\n"
            "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            "Du är anmäld till:\n\n" + lines +
            "\nTräffarna börjar kl. 10.00 med fika från 09.30. Program och lokal skickas ut cirka två veckor "
            "före varje träff. Vill du ändra eller avanmäla dig räcker det att svara på detta mejl.\n\n"
            "Välkommen!\n\nLinnea Hassis\nRegion Dalarna\nRegional utveckling\n")


def quoted(text):
    return "".join("> " + line for line in text.splitlines(keepends=True))


def messages():
    return [
        mail("aj091", "2027-01-12T09:14", ("Maria Sandberg", "maria.sandberg@hedemora.se"),
             "SV: Bekräftelse på din anmälan – DalaLab",
             "Hej Linnea,\n\nTack! Nu har jag fått klartecken från min chef att gå på fler träffar, så jag vill "
             "gärna lägga till den 29 november också.\n\nMvh\nMaria\n\n"
             + CONF_HEAD.format(sent="8 januari 2027 14:02", to="Maria Sandberg <maria.sandberg@hedemora.se>")
             + confirmation("Maria", ["3 maj 2027 (Falun)", "21 september 2027"]),
             X("change", [P("Maria Sandberg", "maria.sandberg@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
             "reply to confirmation adding a session; current sessions only in the quoted confirmation"),

        mail("aj092", "2027-02-03T16:40", ("Per-Erik Lindqvist", "per-erik.lindqvist@hedemora.se"), "byte av träff",
             "Hej, jag är anmäld till 3 maj men det krockar med kommunfullmäktige. Kan ni flytta mig till "
             "21 spetember istället?\n\nTack på förhand\nPer-Erik Lindqvist\nSamhällsbyggnadsförvaltningen\n"
             "Hedemora kommun\n0225-341 00 (vx) | 070-312 48 90\nStora Torget 1, 776 81 Hedemora\n",
             X("change", [P("Per-Erik Lindqvist", "per-erik.lindqvist@hedemora.se", "Hedemora kommun")], [S2]),
             "bare swap with misspelt month ('spetember'); only the new session; phone numbers in signature"),

        mail("aj093", "2027-01-27T11:05", ("Linda Mårtensson", "linda.martensson@borlange.se"),
             "SV: Bekräftelse på din anmälan – DalaLab",
             "Hej!\n\nTack för bekräftelsen. Min kollega Petter Dahl vill också hänga på, till samma träffar som "
             "jag. Hans mejl är petter.dahl@borlange.se\n\n/Linda\n\n"
             + quoted(confirmation("Linda", ["3 maj 2027 (Falun)", "21 september 2027"])),
             X("register", [P("Petter Dahl", "petter.dahl@borlange.se", "Borlänge kommun")], [S1, S2]),
             "colleague added in a reply to the writer's own confirmation; sessions from the '>' quoted "
             "confirmation; writer already registered, not in people"),

        mail("aj094", "2026-12-15T13:22", ("Sofia Hjort", "sofia.hjort@leksand.se"), "Komplettering till min anmälan",
             "Hej igen!\n\nJag glömde skriva i min anmälan att jag är laktosintolerant. Det gäller alla träffar "
             "jag är anmäld till.\n\nHälsningar\nSofia Hjort\nÖversiktsplanerare, Leksands kommun\n",
             X("change", [P("Sofia Hjort", "sofia.hjort@leksand.se", "Leksands kommun", "laktosintolerant")], [],
               diet="laktosintolerant"),
             "diet added after signup, no session named"),

        mail("aj095", "2027-02-18T07:12", ("Ivar Holmgren", "ivar.holmgren@mora.se"), "Dalalab",
             "Hej Linnea\nFick höra att det bara får vara tre per kommun och vi är visst fyra från Mora nu. "
             "Jag drar tillbaka min anmälan så att de andra får vara kvar, det är lugnt.\nIvar" + IPHONE,
             X("cancel", [P("Ivar Holmgren", "ivar.holmgren@mora.se", "Mora kommun")], ALL),
             "withdrawal motivated by the quota, no session named; quota mentioned but not a question"),

        tg("aj096", "2027-03-02T20:47", "Hampus Lind", 6283019457,
           "byt 21/9 mot 29/11 för mig tack",
           X("change", [P("Hampus Lind", None, None)], [S3]),
           "telegram terse swap with d/m dates; no organisation"),

        mail("aj097", "2026-12-22T10:03", ("Gunnar Björk", "gunnar.bjork@vansbro.se"),
             "Autosvar: Bekräftelse på din anmälan – DalaLab",
             "Tack för ditt mejl. Jag är på semester till och med 3 januari och läser inte min e-post under "
             "tiden. Vid brådskande ärenden, kontakta kommunens växel 0281-750 00.\n\nGunnar Björk\n"
             "Vansbro kommun\n",
             X("auto_reply"),
             "out-of-office answering the confirmation; a date that is no session"),

        mail("aj098", "2027-03-09T15:31", ("Anders Nyqvist", "anders.nyqvist@smedjebacken.se"), "SV: DalaLab 21/9",
             "Hej!\n\nJag kan tyvärr inte delta den 21/9 eftersom jag är på föräldraledighet hela september, men "
             "de andra träffarna står kvar.\n\nHälsningar\nAnders Nyqvist\nSmedjebackens kommun\n",
             X("cancel", [P("Anders Nyqvist", "anders.nyqvist@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "partial withdrawal with the rest kept"),

        mail("aj099", "2027-01-20T08:55", ("Helena Brandt", "helena.brandt@ludvika.se"), "Ändring – anmälan Ludvika",
             "Hej Linnea,\n\nVi behöver göra en ändring i Ludvikas anmälan. Tobias Grön kommer inte att kunna "
             "delta i DalaLab eftersom han har gått över till ett annat uppdrag inom förvaltningen. Vi har i "
             "dagsläget ingen ersättare, men återkommer om det blir aktuellt.\n\nÖvriga anmälda från oss "
             "deltar som planerat.\n\nMed vänlig hälsning\nHelena Brandt\nEnhetschef Planering\n"
             "Ludvika kommun\n0240-860 00\n",
             X("cancel", [P("Tobias Grön", None, "Ludvika kommun")], ALL),
             "manager withdraws a colleague without substitute under an 'Ändring' subject; colleague has no address"),

        mail("aj100", "2027-01-19T13:05", ("Jenny Åkerlund", "jenny.akerlund@mora.se"),
             "Fwd: Fwd: Bekräftelse på din anmälan – DalaLab",
             "Hej!\n\nRasmus skickade sin bekräftelse vidare till mig och jag vill också vara med – anmäl mig "
             "gärna till samma tillfällen som han ska på.\n\nJenny Åkerlund\nPlanarkitekt, Mora kommun\n\n"
             "---------- Forwarded message ---------\n"
             "Från: Rasmus Hed <rasmus.hed@mora.se>\nDate: tis 19 jan. 2027 10:31\n"
             "Subject: Fwd: Bekräftelse på din anmälan – DalaLab\nTo: Jenny Åkerlund <jenny.akerlund@mora.se>\n\n"
             "Kolla, det här kanske är något för dig också?\n\n"
             "---------- Forwarded message ---------\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nDate: mån 18 jan. 2027 16:12\n"
             "Subject: Bekräftelse på din anmälan – DalaLab\nTo: Rasmus Hed <rasmus.hed@mora.se>\n\n"
             + confirmation("Rasmus", ["21 september 2027", "29 november 2027"]),
             X("register", [P("Jenny Åkerlund", "jenny.akerlund@mora.se", "Mora kommun")], [S2, S3]),
             "signup for the writer at the same sessions as a colleague whose confirmation is forwarded twice"),

        mail("aj101", "2027-03-15T12:18", ("Eva Lind", "eva.lind@falun.se"), "Förhinder 3 maj – kollega ersätter",
             "Hej!\n\nJag har fått förhinder den 3 maj (länsstyrelsens samrådsmöte lades samma dag). Min kollega "
             "Ola Persson (ola.persson@falun.se) går i mitt ställe den dagen. Resten av träffarna går jag på "
             "själv som planerat.\n\n/Eva\n\nEva Lind\nStadsbyggnadsförvaltningen, Falu kommun\n023-830 00\n",
             X("change", [P("Eva Lind", "eva.lind@falun.se", "Falu kommun"),
                          P("Ola Persson", "ola.persson@falun.se", "Falu kommun")], [S1]),
             "substitution for one session written by the one leaving; substitute's sessions only"),

        mail("aj102", "2027-02-08T09:41", ("HR Gagnefs kommun", "hr@gagnef.se"), "dalalab",
             "hej,\n\nannika berg ersätter jonas ek på alla dalalab-träffarna eftersom jonas har gått på "
             "föräldraledighet. annikas mejl är annika.berg@gagnef.se\n\nmvh\nlena\nhr-avdelningen, "
             "gagnefs kommun\n",
             X("change", [P("Jonas Ek", None, "Gagnefs kommun"),
                          P("Annika Berg", "annika.berg@gagnef.se", "Gagnefs kommun")], ALL),
             "lower-case substitution by an HR function mailbox; surnames that are common words (Berg, Ek)"),

        mail("aj103", "2026-12-14T13:02", ("Lotta Persson", "lotta.persson@rattvik.se"),
             "Läst: Bekräftelse på din anmälan – DalaLab",
             "Ditt meddelande\n\n    Till: Lotta Persson\n    Ämne: Bekräftelse på din anmälan – DalaLab\n"
             "    Skickat: den 14 december 2026 11:20:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "lästes den 14 december 2026 13:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n",
             X("auto_reply"),
             "Outlook read receipt for the confirmation"),

        mail("aj104", "2027-03-04T10:26", ("Mattias Ekström", "mattias.ekstrom@borlange.se"), "VB: höstens träffar",
             "Hej Linnea,\n\nVidarebefordrar från Maria. Hon kommer alltså inte på höstträffarna, kan du stryka "
             "henne där? Vårträffen och februari gäller som förut.\n\nMattias Ekström\nPlanchef, Borlänge kommun\n\n"
             "Från: Maria Kallin <maria.kallin@borlange.se>\nSkickat: den 2 mars 2027 08:12\n"
             "Till: Mattias Ekström <mattias.ekstrom@borlange.se>\nÄmne: höstens träffar\n\n"
             "Hej Mattias, jag är ju tjänstledig hela hösten så jag kan inte gå på DalaLab i september och "
             "november. Kan du meddela Region Dalarna?\n/Maria\n",
             X("cancel", [P("Maria Kallin", "maria.kallin@borlange.se", "Borlänge kommun")], [S2, S3]),
             "manager forwards a colleague's withdrawal from the autumn sessions (VB:); address from forwarded header"),

        mail("aj105", "2027-02-15T14:50", ("Ingrid Wallin", "ingrid.wallin@sater.se"), "Radering av personuppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i januari. Nu vill jag också att ni raderar alla uppgifter "
             "ni har sparat om mig – namn, e-post och kostuppgifter. Bekräfta gärna när det är gjort.\n\n"
             "Ingrid Wallin\nSäters kommun\n",
             X("erasure", [P("Ingrid Wallin", "ingrid.wallin@sater.se", "Säters kommun")]),
             "erasure after an earlier cancellation; the cancellation is told, not asked"),

        tg("aj106", "2027-01-30T18:20", "Nora Eklund", 7104482296,
           "Hej! Är anmäld till majträffen, kan ni lägga på februari också? /Nora, Rättvik",
           X("change", [P("Nora Eklund", None, "Rättviks kommun")], [S1, S4]),
           "telegram: adding a session, current one stated; request phrased as a question"),

        mail("aj107", "2026-12-18T15:44", ("Emma Lundgren", "emma.lundgren@falun.se"), "Har min anmälan kommit fram?",
             "Hej! Jag anmälde mig till DalaLab via mejl den 10 december men har inte fått någon bekräftelse. "
             "Kan du kolla att jag finns med på listan?\n\nMvh Emma Lundgren\nFalu kommun\n",
             X("question"),
             "did my signup arrive, nothing quoted; a date that is no session"),

        mail("aj108", "2027-01-25T10:10", ("Björn Hagström", "bjorn.hagstrom@leksand.se"), "Fråga om platserna",
             "Hej Linnea\n\nVi är tre från Leksand som är anmälda. Om någon av oss får förhinder vid ett enskilt "
             "tillfälle undrar jag om vi då får skicka en annan kollega just den gången eller om platserna är "
             "knutna till personen för hela projektet\n\nHälsningar\nBjörn Hagström\nLeksands kommun\n",
             X("question"),
             "quota question without a question mark; hypothetical substitute, nobody named"),

        mail("aj109", "2026-12-11T08:31", ("Sven Ålund", "sven.alund@alvdalen.se"),
             "SV: Bekräftelse på din anmälan – DalaLab",
             "Tack, ser fram emot det!\n\n/Sven\n\n"
             + quoted(confirmation("Sven", ["3 maj 2027 (Falun)", "21 september 2027", "29 november 2027",
                                            "22 februari 2028"])),
             X("unknown", unsure=["intent"]),
             "thank-you reply to the confirmation with all four dates quoted; nothing to act on"),

        mail("aj110", "2027-02-22T13:37", ("Tove Lindahl", "tove.lindahl@hedemora.se"), "Anmälan igen",
             "Hej Linnea!\n\nJag avanmälde mig i december eftersom jag trodde att jag skulle byta tjänst, men det "
             "blev inte så. Jag vill därför anmäla mig igen, till alla fyra tillfällen.\n\nTove Lindahl\n"
             "Hedemora kommun\n",
             X("register", [P("Tove Lindahl", "tove.lindahl@hedemora.se", "Hedemora kommun")], ALL),
             "new signup after an earlier cancellation that is only told"),

        mail("aj111", "2027-01-14T16:02", ("Olle Ström", "olle.strom@malung-salen.se"),
             "SV: Bekräftelse på din anmälan – DalaLab",
             "Hej,\n\nI bekräftelsen står det att jag är anmäld till alla fyra träffar, men jag anmälde mig bara "
             "till den första och den sista. Kan ni rätta det?\n\nOlle\n\n"
             + quoted(confirmation("Olle", ["3 maj 2027 (Falun)", "21 september 2027", "29 november 2027",
                                            "22 februari 2028"])),
             X("change", [P("Olle Ström", "olle.strom@malung-salen.se", "Malung-Sälens kommun")], [S1, S4]),
             "correction of a wrong confirmation by ordinals ('den första och den sista')"),

        tg("aj112", "2027-03-18T07:55", "Leo Sjöberg", 5938104726,
           "Stryk mig från novemberträffen, krockar med budgetmötet. Mvh Leo Sjöberg Borlänge kommun",
           X("cancel", [P("Leo Sjöberg", None, "Borlänge kommun")], [S3]),
           "telegram cancel of one session by month word"),

        mail("aj113", "2026-12-16T11:21", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse på din anmälan – DalaLab",
             "Delivery has failed to these recipients or groups:\n\njohan.strom@malung-salen.se\n"
             "The email address you entered couldn't be found. Please check the recipient's email address and "
             "try to resend the message.\n\nDiagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\n\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "To: johan.strom@malung-salen.se\nSubject: Bekräftelse på din anmälan – DalaLab\n\n"
             + confirmation("Johan", ["3 maj 2027 (Falun)", "29 november 2027"]),
             X("unknown"),
             "bounce of a confirmation with the dates inside"),

        mail("aj114", "2027-02-11T09:08", ("Klara Fors", "klara.fors@sater.se"), "Jag går i stället för Nils",
             "Hej Linnea!\n\nNils Wiklund har fått förhinder under 2027, och vi har kommit överens om att jag tar "
             "över hans plats i DalaLab. Han var anmäld till 3 maj, 21 september och 29 november, och det är "
             "de träffarna jag går på.\n\nHälsningar\nKlara Fors\nPlanarkitekt\nSäters kommun\n"
             "Tel 0225-550 00\n",
             X("change", [P("Nils Wiklund", None, "Säters kommun"),
                          P("Klara Fors", "klara.fors@sater.se", "Säters kommun")], [S1, S2, S3]),
             "substitution written by the substitute; the one leaving has no address"),

        mail("aj115", "2027-01-08T14:14", ("Jonas Frid", "jonas.frid@rattvik.se"), "Avanmälan Jonas Frid",
             "Hej,\n\nJag avanmäler mig från DalaLab. Min kollega Lotta Persson är också anmäld från Rättvik – "
             "hennes anmälan gäller som förut.\n\nMvh\nJonas Frid\nRättviks kommun\n",
             X("cancel", [P("Jonas Frid", "jonas.frid@rattvik.se", "Rättviks kommun")], ALL),
             "cancel of the writer; colleague whose signup stands is not in people"),

        mail("aj116", "2027-02-25T10:48", ("Oskar Wahl", "oskar.wahl@orsa.se"), "Ny deltagare från Orsa",
             "Hej!\n\nJag är redan anmäld sedan tidigare och det gäller som förut. Nu vill även vår nyanställda "
             "planerare Frida Lund vara med, på alla träffar. Hon har ingen mejladress hos oss än eftersom hon "
             "börjar 1 mars, så skicka gärna informationen till mig så länge.\n\nOskar Wahl\nOrsa kommun\n"
             "0250-550 00\n",
             X("register", [P("Frida Lund", None, "Orsa kommun")], ALL),
             "newcomer without address registered by a colleague whose own signup stands"),

        mail("aj117", "2027-03-22T11:30", ("Rebecka Söder", "rebecka.soder@mora.se"), "Ändrad anmälan DalaLab",
             "<html><body><p>Hej,</p><p>Jag vill ändra min anmälan. Jag kommer att gå på <b>alla träffar utom "
             "den i maj</b>, alltså:</p><ul><li>21 september 2027</li><li>29 november 2027</li>"
             "<li>22 februari 2028</li></ul><p>Mvh<br>Rebecka Söder<br>Mora kommun<br>"
             "<span style=\"color:#888\">Tel 0250-260 00</span></p></body></html>",
             X("change", [P("Rebecka Söder", "rebecka.soder@mora.se", "Mora kommun")], [S2, S3, S4]),
             "HTML-only change stating the sessions after the change ('alla utom den i maj')", html=True),

        tg("aj118", "2027-01-05T21:36", "Elin Nord", 6651730982,
           "uppdatering: jag äter vegan numera, inte bara vegetariskt 🌱",
           X("change", [P("Elin Nord", None, None, "vegan")], [], diet="vegan"),
           "telegram diet update replacing an earlier diet"),

        mail("aj119", "2027-02-01T13:15", ("Britt Lindh", "britt.lindh@vansbro.se"), "Avanmälan - Göran Öhman",
             "Hej!\n\nPå uppdrag av samhällsbyggnadschef Göran Öhman meddelar jag att han tyvärr måste "
             "avanmäla sig från samtliga träffar i DalaLab, då han går i pension i april.\n\n"
             "Med vänliga hälsningar\nBritt Lindh\nAdministratör, Samhällsbyggnadsförvaltningen\n"
             "Vansbro kommun\nBox 1, 780 50 Vansbro\n",
             X("cancel", [P("Göran Öhman", None, "Vansbro kommun")], ALL),
             "iso-8859-1; administrator cancels for her boss", charset="iso-8859-1"),

        mail("aj120", "2027-01-21T09:03", ("Ahmed Karimi", "ahmed.karimi@regiondalarna.se"), "Change of session",
             "Hi Linnea,\n\nI'm currently signed up for the first DalaLab session (3 May) but I'll be at a "
             "conference in Copenhagen then. Could you move me to the accessibility one instead — the one "
             "about proximity and digital access?\n\nThanks,\nAhmed Karimi\nRegion Dalarna\n",
             X("change", [P("Ahmed Karimi", "ahmed.karimi@regiondalarna.se", "Region Dalarna")], [S4]),
             "English swap; the new session named only by its theme"),

        mail("aj121", "2027-03-29T16:05", ("Daniel Moreau", "daniel.moreau@lansstyrelsen.se"),
             "Request for erasure of personal data",
             "Dear organiser,\n\nUnder Article 17 of the GDPR I ask you to erase all personal data relating to me "
             "that was collected in connection with my DalaLab registration, and to remove me from any mailing "
             "lists for the sessions.\n\nKind regards,\nDaniel Moreau\nCounty Administrative Board of Dalarna\n",
             X("erasure", [P("Daniel Moreau", "daniel.moreau@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "English GDPR erasure; organisation in English"),

        mail("aj122", "2027-03-11T08:40", ("Maja Eriksson", "maja.eriksson@orsa.se"), "Kost – Hans Backlund",
             "Hej,\n\nEn komplettering till Orsas anmälningar: Hans Backlund har nötallergi. Tacksam om ni "
             "meddelar cateringen inför träffarna.\n\nMaja Eriksson\nAssistent, Samhällsbyggnad\nOrsa kommun\n",
             X("change", [P("Hans Backlund", None, "Orsa kommun", "nötallergi")], [], diet="nötallergi"),
             "diet update for a colleague by an assistant who does not attend"),

        mail("aj123", "2027-03-05T12:02", ("Simon Kvist", "simon.kvist@malung-salen.se"),
             "SV: Ledig plats i DalaLab",
             "Ja, absolut! Jag tar den.\n\n/Simon\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 4 mars 2027 15:40\n"
             "Till: Simon Kvist <simon.kvist@malung-salen.se>\nÄmne: Ledig plats i DalaLab\n\n"
             "Hej Simon!\n\nDu stod på reservlistan för Malung-Sälen. Agnes Berglund har avanmält sig, så nu finns "
             "en plats ledig för er kommun. Den gäller höstens två träffar och februariträffen (21 september, "
             "29 november och 22 februari). Vill du ha den?\n\nHälsningar\nLinnea Hassis\nRegion Dalarna\n",
             X("register", [P("Simon Kvist", "simon.kvist@malung-salen.se", "Malung-Sälens kommun")], [S2, S3, S4]),
             "accepting a waitlist offer; the sessions only in the organiser's quoted offer; someone else's "
             "cancellation quoted"),

        mail("aj124", "2027-02-09T15:27", ("Fredrik Hallberg", "fredrik.hallberg@gagnef.se"), "Kostönskemål",
             "Hej!\n\nI min anmälan skrev jag att jag behöver glutenfri kost, men det behövs inte längre – det "
             "visade sig inte vara celiaki. Ni kan stryka kostönskemålet.\n\nFredrik Hallberg\nGagnefs kommun\n",
             X("change", [P("Fredrik Hallberg", "fredrik.hallberg@gagnef.se", "Gagnefs kommun")], []),
             "diet withdrawn: the diet word appears but no diet remains"),

        tg("aj125", "2027-03-24T12:44", "Viktor Dahlberg", 5204917730,
           "går det att vara med digitalt den 29 november om man inte kan ta sig till Falun",
           X("question", [], []),
           "telegram question about remote attendance naming a session, no question mark"),

        mail("aj126", "2027-03-03T10:19", ("Personalenheten Älvdalen", "personal@alvdalen.se"),
             "VB: VB: Anmälan DalaLab",
             "Hej,\n\nJohan Mattsson har avslutat sin anställning hos oss per den 28 februari. Vi hittade "
             "nedanstående när vi gick igenom hans ärenden – vänligen stryk honom från DalaLab.\n\n"
             "Personalenheten\nÄlvdalens kommun\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Siv Olander\nSkickat: den 1 mars 2027 09:12\n"
             "Till: Personalenheten\nÄmne: VB: Anmälan DalaLab\n\n"
             "Johan var anmäld till det här, kan ni ta hand om det när ni avslutar hans konton?\n/Siv\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Johan Mattsson\nSkickat: den 9 december 2026 15:47\n"
             "Till: Linnea Hassis\nÄmne: Anmälan DalaLab\n\n"
             "Hej, jag anmäler mig härmed till DalaLab.\nJohan Mattsson, planerare, Älvdalens kommun, "
             "johan.mattsson@alvdalen.se\n",
             X("cancel", [P("Johan Mattsson", "johan.mattsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "personnel mailbox cancels a former employee inside a twice-forwarded chain; his address only in "
             "the quoted signup; the middle forwarder is not in people"),

        mail("aj127", "2027-02-17T14:33", ("Cecilia Ring", "cecilia.ring@rattvik.se"), "Kursintyg?",
             "Hej!\n\nFår vi något kursintyg efter sista träffen i februari 2028? Det skulle underlätta i vår "
             "kompetensutvecklingsplan.\n\nCecilia Ring\nRättviks kommun\n",
             X("question", [], []),
             "question about a certificate naming the last session"),

        mail("aj128", "2027-01-13T10:52", ("Ebba Gran", "ebba.gran@avesta.se"), "Komplettering anmälan Avesta",
             "Hej,\n\nSom komplettering till min egen anmälan (som gäller oförändrat) vill vi anmäla ytterligare "
             "två personer från Avesta kommun till DalaLab:\n\nHolm, Sara\nNyberg, Jonas\n\nDe har inga egna "
             "mejladresser i systemet ännu, så skicka gärna information via mig.\n\nEbba Gran\n"
             "Samhällsbyggnadsförvaltningen\nAvesta kommun\n0226-64 50 00\n",
             X("register", [P("Sara Holm", None, "Avesta kommun"), P("Jonas Nyberg", None, "Avesta kommun")], ALL),
             "'Efternamn, Förnamn' newcomers without addresses; writer's own signup stands"),

        mail("aj129", "2027-01-28T06:12", ("EventData Solutions", "sales@eventdata-leads.com"),
             "DalaLab 2027 – confirm your attendee list",
             "Hi,\n\nFollowing the registrations for DalaLab – Planering för hållbarhet och utvecklingskraft, we "
             "would like to confirm whether you are interested in acquiring the verified attendee list "
             "(312 contacts, incl. municipal planners from Falun, Borlänge and Mora).\n\n"
             "Sessions covered: 3 May 2027, 21 September 2027, 29 November 2027, 22 February 2028.\n\n"
             "Price: 1,290 USD. Reply YES to receive counts and a sample.\n\nBest regards,\nKaren Miles\n"
             "EventData Solutions\n\nTo unsubscribe reply REMOVE.\n",
             X("unknown"),
             "attendee-list scam using 'confirm' and the session dates"),

        mail("aj130", "2027-02-04T11:11", ("Hannah Berg", "hannah.berg@regiondalarna.se"), "DalaLab – one more",
             "Hi Linnea,\n\nFurther to my own registration, my colleague Marcus Webb would also like to join – "
             "but only the September and November sessions, as he's on leave in May and February. His address "
             "is marcus.webb@regiondalarna.se.\n\nBest,\nHannah\n",
             X("register", [P("Marcus Webb", "marcus.webb@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English colleague signup; months given also as the reason for not coming"),

        mail("aj131", "2027-04-02T09:00", ("Sarah Olofsson", "sarah.olofsson@lansstyrelsen.se"),
             "Automatic reply: DalaLab – din ändring är registrerad",
             "Thank you for your email. I am out of the office from 1 April to 9 April with limited access to "
             "email. For urgent matters regarding spatial planning, please contact "
             "dalarna@lansstyrelsen.se.\n\nSarah Olofsson\nLänsstyrelsen Dalarna\n",
             X("auto_reply"),
             "English out-of-office answering a change confirmation"),

        mail("aj132", "2027-02-12T13:49", ("Ulrika Blom", "ulrika.blom@smedjebacken.se"),
             "Uppdaterad deltagarlista Smedjebacken",
             "Hej!\n\nHär kommer vår uppdaterade lista för DalaLab:\n\n"
             "Strand, Malin – NY, ersätter Wik, Tove som har slutat\n"
             "Nyqvist, Anders – oförändrad\n"
             "Blom, Ulrika – oförändrad\n\n"
             "Malins mejl: malin.strand@smedjebacken.se\n\nHälsningar\nUlrika Blom\nSmedjebackens kommun\n",
             X("change", [P("Tove Wik", None, "Smedjebackens kommun"),
                          P("Malin Strand", "malin.strand@smedjebacken.se", "Smedjebackens kommun")], ALL,
               unsure=["sessions"]),
             "substitution inside an updated 'Efternamn, Förnamn' list; unchanged people (writer included) "
             "left out; substitute's sessions not stated"),

        mail("aj133", "2027-03-16T08:22", ("Jakob Hellström", "jakob.hellstrom@falun.se"), "21 september",
             "Hej, jag kommer inte kunna vara med den 21 september. Går det att byta till novemberträffen om "
             "framtider och osäkerheter i stället?\n\nJakob Hellström\nFalu kommun\n",
             X("change", [P("Jakob Hellström", "jakob.hellstrom@falun.se", "Falu kommun")], [S3],
               unsure=["intent"]),
             "swap asked as a question; new session by month and theme"),

        tg("aj134", "2027-01-16T19:02", "Tilda Rönnqvist", 7319046528,
           "Hej! Jag fick bekräftelse på majträffen 👍 Min kollega Alva Rönn vill också komma dit, vi jobbar "
           "båda på Leksands kommun",
           X("register", [P("Alva Rönn", None, "Leksands kommun")], [S1]),
           "telegram: colleague signed up for the writer's confirmed session; writer already registered"),

        mail("aj135", "2027-04-06T10:37", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"),
             "Flytt av plats – Emil Sund",
             "Hej!\n\nVi skriver å Emil Sunds vägnar (emil.sund@ludvika.se). Han är anmäld till 3 maj men vill "
             "flytta sin plats till 22 februari.\n\nHälsningar\nSamhällsbyggnadsförvaltningen\nLudvika kommun\n",
             X("change", [P("Emil Sund", "emil.sund@ludvika.se", "Ludvika kommun")], [S4]),
             "shared mailbox moves a colleague's place; the person's own address in the text"),
    ]
