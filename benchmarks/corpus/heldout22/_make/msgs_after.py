from build import P, X, mail, tg, S1, S2, S3, S4, ALL

DATES = {S1: "måndag 3 maj 2027", S2: "tisdag 21 september 2027", S3: "måndag 29 november 2027",
         S4: "tisdag 22 februari 2028"}


def conf(name, org, sessions, sent, diet="–", outlook=True):
    """The service's confirmation, quoted as a reply quotes it."""
    lines = ["Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft!", "",
             f"Deltagare: {name} ({org})", "Träffar:"] + [f"  - {DATES[s]}" for s in sessions] + [
             f"Kost: {diet}", "", "Första träffen hålls i Falun kl. 10–15, fika från 09.30.",
             "Svara på detta mejl om något behöver ändras.", "", "Vänliga hälsningar",
             "Linnea Hassis, Region Dalarna"]
    if outlook:
        head = ("________________________________\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
                f"Skickat: {sent}\nTill: {name}\nÄmne: Bekräftelse: anmälan DalaLab\n\n")
        return head + "\n".join(lines)
    return f"Den {sent} skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n" + "\n".join(
        "> " + l if l else ">" for l in lines)


def messages():
    return [
        mail("a091", "2027-01-08T09:14", ("Lund Maria", "maria.lund@leksand.se"), "SV: Bekräftelse: anmälan DalaLab",
             "Hej Linnea,\n\nTack för bekräftelsen! Jag glömde skriva att jag äter vegetariskt, så vegetarisk kost "
             "till lunchen om det går.\n\nMed vänlig hälsning\nMaria Lund\nSamhällsplanerare\nLeksands kommun\n"
             "Box 301, 793 27 Leksand\nTel 0247-800 00\n\n"
             + conf("Maria Lund", "Leksands kommun", ALL, "den 4 januari 2027 15:02"),
             X("change", [P("Maria Lund", "maria.lund@leksand.se", "Leksands kommun", "vegetarisk")], [],
               "vegetarisk"),
             "Outlook reply to the confirmation adding a diet; surname-first display name; sessions only in the "
             "quoted confirmation -> change with []"),
        mail("a092", "2027-01-11T13:40", ("Henrik Dahlgren", "henrik.dahlgren@vansbro.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             "Tack, ser fram emot det!\n\nEn fråga bara: går det att delta digitalt på någon av träffarna om man "
             "inte kan ta sig till Falun? Vi har långt att åka från Vansbro.\n\n/Henrik\n\n"
             + conf("Henrik Dahlgren", "Vansbro kommun", [S1, S2], "den 10 januari 2027 20:11"),
             X("question", [], []),
             "thanks plus a question about digital participation; quoted confirmation lists two dates -> question, "
             "nothing else"),
        mail("a093", "2027-01-13T08:02", ("Sanna Wikström", "sanna.wikstrom@borlange.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             "Hej!\n\nJag ser att jag står på 3 maj och 29 november. Kan ni ändra så att jag i stället går 3 maj och "
             "21 september? Krockar med budgetarbetet i november.\n\nHälsningar\nSanna Wikström\n"
             "Borlänge kommun, Samhällsbyggnadsförvaltningen\nRöda vägen 50, 781 81 Borlänge\n0243-740 00\n\n"
             + conf("Sanna Wikström", "Borlänge kommun", [S1, S3], "den 12 januari 2027 09:30"),
             X("change", [P("Sanna Wikström", "sanna.wikstrom@borlange.se", "Borlänge kommun")], [S1, S2]),
             "change stating the sessions after it: 3 May + 21 Sep (29 Nov dropped); quoted confirmation"),
        mail("a094", "2027-01-15T10:27", ("Gustav Almqvist", "gustav.almqvist@hedemora.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             "Hej igen,\n\nJag anmälde mig bara till första träffen men chefen tycker att jag ska gå på den sista "
             "också, den 22 februari. Lägg gärna till den.\n\nGustav Almqvist\nHedemora kommun\n\n"
             + conf("Gustav Almqvist", "Hedemora kommun", [S1], "den 9 januari 2027 11:45", outlook=False),
             X("change", [P("Gustav Almqvist", "gustav.almqvist@hedemora.se", "Hedemora kommun")], [S1, S4]),
             "addition: registered for the first meeting, adds 22 Feb -> both; '>'-quoted confirmation"),
        mail("a095", "2027-01-19T16:55", ("Frida Åkesson", "frida.akesson@mora.se"), "Re: Bekräftelse: anmälan DalaLab",
             "Hej,\n\nkan tyvärr inte den 29 nov (kommunfullmäktige), men kommer på de andra tre.\n\n"
             "mvh Frida\n\nSkickat från min iPhone\n\n"
             + conf("Frida Åkesson", "Mora kommun", ALL, "18 jan. 2027 kl. 14:20", outlook=False),
             X("cancel", [P("Frida Åkesson", "frida.akesson@mora.se", "Mora kommun")], [S3]),
             "partial withdrawal of 29 Nov -> cancel of that session only; iPhone reply"),
        tg("a096", "2027-01-21T21:13", "Jesper Olander", 5558121,
           "Hej, jag måste tyvärr avanmäla mig från DalaLab helt. Ny tjänst från februari och hinner inte. "
           "Jesper, Orsa kommun",
           X("cancel", [P("Jesper Olander", None, "Orsa kommun")], ALL),
           "Telegram full cancellation, no session named -> all four; 'från februari' is not a session"),
        mail("a097", "2027-01-25T07:48", ("Petra Nordin", "petra.nordin@ludvika.se"), "Avanmälan kollega",
             "Hej Linnea!\n\nVår planarkitekt Emil Sundqvist (emil.sundqvist@ludvika.se) har slutat hos oss, så han "
             "ska strykas från DalaLab. Vi återkommer om vi skickar någon annan i hans ställe.\n\n"
             "Vänligen\nPetra Nordin\nEnhetschef Planering\nLudvika kommun\n0240-860 00",
             X("cancel", [P("Emil Sundqvist", "emil.sundqvist@ludvika.se", "Ludvika kommun")], ALL),
             "manager cancels a colleague who left; sender not in people; no sessions named -> all four"),
        mail("a098", "2027-01-28T11:05", ("Jonna Persson", "jonna.persson@sater.se"), "Byte av deltagare DalaLab",
             "Hej,\n\nLars Hägg från Säters kommun är anmäld till alla fyra träffarna men har fått andra uppdrag. "
             "Min kollega Tilde Broman tar hans plats från och med hösten, alltså 21 september, 29 november och "
             "22 februari. Hennes adress är tilde.broman@sater.se. Lars går själv på träffen i maj.\n\n"
             "Med vänliga hälsningar\nJonna Persson\nSäters kommun",
             X("change", [P("Lars Hägg", None, "Säters kommun"),
                          P("Tilde Broman", "tilde.broman@sater.se", "Säters kommun")], [S2, S3, S4],
               unsure=["sessions"]),
             "substitution in one message: Lars keeps May, Tilde takes the three autumn/winter sessions -> change "
             "with both, substitute's sessions; sender writes for others"),
        mail("a099", "2027-02-01T14:32", ("Oliver Strand", "oliver.strand@falun.se"), "Fel mejladress i anmälan",
             "Hej!\n\nJag såg att bekräftelsen för min kollega gick till olle.strand@falun.se, men det är jag som är "
             "anmäld och min adress är oliver.strand@falun.se. Kan ni rätta det så att utskicken kommer rätt?\n\n"
             "Tack!\nOliver Strand\nFalu kommun, Stadsbyggnadsförvaltningen\n023-830 00",
             X("change", [P("Oliver Strand", "oliver.strand@falun.se", "Falu kommun")], []),
             "address correction, no sessions named -> change []; the wrong address is not a second person"),
        tg("a100", "2027-02-02T08:15", "Kristoffer Malm", 5558122,
           "hej! mitt namn är felstavat i bekräftelsen, det är Kristoffer med K, inte Christoffer. kristoffer.malm@avesta.se",
           X("change", [P("Kristoffer Malm", "kristoffer.malm@avesta.se", "Avesta kommun")], []),
           "Telegram name correction -> change []; org from the address domain"),
        mail("a101", "2027-02-04T10:10", ("Hanna Bergkvist", "hanna.bergkvist@smedjebacken.se"), "Nytt jobb - DalaLab",
             "Hej Linnea,\n\nJag var anmäld till DalaLab från Ludvika kommun (hanna.bergkvist@ludvika.se) men har "
             "sedan 1 februari bytt till Smedjebackens kommun. Jag vill gärna fortsätta i projektet, nu för "
             "Smedjebacken. Kan ni uppdatera mina uppgifter?\n\nHälsningar\nHanna Bergkvist\nFysisk planerare\n"
             "Smedjebackens kommun\nBox 42, 777 81 Smedjebacken",
             X("change", [P("Hanna Bergkvist", "hanna.bergkvist@smedjebacken.se", "Smedjebackens kommun")], []),
             "job move: same person, new address and organisation; '1 februari' is not a session; old address not a "
             "second person"),
        mail("a102", "2027-02-08T15:44", ("Ida Roos", "ida.roos@avesta.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag slutar på Avesta kommun sista mars och måste därför avanmäla mig från alla träffarna. "
             "Min efterträdare är inte rekryterad än, men vi hör av oss när vi vet mer.\n\nVänliga hälsningar\n"
             "Ida Roos\nAvesta kommun\nTel 0226-64 50 00",
             X("cancel", [P("Ida Roos", "ida.roos@avesta.se", "Avesta kommun")], ALL),
             "job move -> full cancellation; unnamed successor is not a person"),
        mail("a103", "2027-02-10T09:20", ("Elsa Hagström", "elsa.hagstrom@rattvik.se"), "SV: Bekräftelse: anmälan DalaLab",
             "Hej!\n\nJag ska bli mamma i sommar och är föräldraledig från augusti, så jag kan bara vara med på "
             "vårträffen. Stryk mig från september, november och februari. Förhoppningsvis kan någon kollega ta "
             "platsen, jag återkommer om det.\n\nElsa Hagström\nRättviks kommun\n\n"
             + conf("Elsa Hagström", "Rättviks kommun", ALL, "den 14 december 2026 10:12"),
             X("cancel", [P("Elsa Hagström", "elsa.hagstrom@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
             "parental leave: keeps 'vårträffen', withdraws the other three -> cancel of those three"),
        mail("a104", "2027-02-12T12:00", ("Tobias Lindström", "tobias.lindstrom@gagnef.se"), "Radera mina personuppgifter",
             "Hej,\n\nMed hänvisning till GDPR (artikel 17) begär jag att ni raderar alla personuppgifter om mig "
             "som ni har sparat i samband med anmälan till DalaLab. Jag deltar inte längre.\n\nTobias Lindström\n"
             "Gagnefs kommun",
             X("erasure", [P("Tobias Lindström", "tobias.lindstrom@gagnef.se", "Gagnefs kommun")], []),
             "GDPR erasure request"),
        tg("a105", "2027-02-14T22:31", "Nadia Karimi", 5558123,
           "ta bort mina uppgifter ur era register tack, jag ska inte vara med",
           X("erasure", [P("Nadia Karimi", None, None)], []),
           "Telegram erasure; name from sender, nothing else known"),
        mail("a106", "2027-02-16T07:01", ("Åsa Lindgren", "asa.lindgren@malung-salen.se"),
             "Autosvar: Bekräftelse: anmälan DalaLab",
             "Hej,\n\nJag är på semester till och med 28 februari och läser inte min e-post. Vid brådskande ärenden, "
             "kontakta kommunens växel 0280-181 00.\n\nMvh Åsa Lindgren\nMalung-Sälens kommun",
             X("auto_reply", [], []),
             "Swedish out-of-office answering the confirmation; '28 februari' is not a session"),
        mail("a107", "2027-02-17T09:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan DalaLab",
             "This is the mail system at host mx1.regiondalarna.se.\n\nI'm sorry to have to inform you that your "
             "message could not be delivered to one or more recipients.\n\n<bjorn.kallstrom@hedemora.se>: host "
             "mx.hedemora.se said: 550 5.1.1 User unknown\n\n--- Original message ---\nTo: bjorn.kallstrom@hedemora.se\n"
             "Subject: Bekräftelse: anmälan DalaLab\n\nDeltagare: Björn Källström (Hedemora kommun)\nTräffar: "
             "3 maj 2027, 21 september 2027",
             X("auto_reply", [], []),
             "bounce of the confirmation; the returned text names a person and dates -> nothing"),
        mail("a108", "2027-02-22T06:30", ("Linus Ekberg", "linus.ekberg@lansstyrelsen.se"),
             "Automatiskt svar: Ändrade tider DalaLab",
             "Tack för ditt mejl. Jag är tjänstledig 22 februari–3 april. Brådskande ärenden: dalarna@lansstyrelsen.se.\n\n"
             "Thank you for your e-mail. I am on leave 22 February to 3 April. For urgent matters please contact "
             "dalarna@lansstyrelsen.se.\n\nLinus Ekberg\nLänsstyrelsen Dalarna",
             X("auto_reply", [], []),
             "bilingual out-of-office; '22 februari' is the date of leave, not the 2028 session"),
        mail("a109", "2027-02-24T11:12", ("Kommunkontakt Orsa", "kontaktcenter@orsa.se"),
             "Ärende 2027-0412 mottaget: Bekräftelse: anmälan DalaLab",
             "Hej!\n\nDitt meddelande har tagits emot av Orsa kommuns kontaktcenter och fått ärendenummer 2027-0412. "
             "Vi besvarar normalt ärenden inom 3 arbetsdagar.\n\nDetta är ett automatiskt meddelande och kan inte "
             "besvaras.\n\nOrsa kommun\nDansbanevägen 1, 794 21 Orsa",
             X("auto_reply", [], []),
             "ticket-system receipt from a municipality's contact centre -> auto_reply"),
        mail("a110", "2027-02-25T08:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt februari: ÖP-modellen, kurser och seminarier",
             "<html><body><h2>Planeringsnytt – februari 2027</h2><p>Boverket har uppdaterat vägledningen om "
             "ÖP-modellen och utvecklingsinriktning.</p><p><b>Seminarium:</b> Planera för tillgänglighet, "
             "22 februari i Stockholm. <a href='https://planeringsnytt.se/anmal'>Anmäl dig här</a>.</p>"
             "<p>Vill du inte längre få nyhetsbrevet? <a href='https://planeringsnytt.se/avreg'>Avregistrera "
             "dig</a>.</p></body></html>",
             X("unknown", [], []),
             "HTML newsletter with planning words, a date and 'anmäl dig' -> unknown", html=True),
        mail("a111", "2027-03-01T03:17", ("Event Directory Services", "listings@global-event-index.com"),
             "Ert evenemang DalaLab har listats – bekräfta uppgifter",
             "Hej arrangör,\n\nErt evenemang \"DalaLab – Planering för hållbarhet\" (3 maj 2027, Falun) har lagts till "
             "i Global Event Index 2027. För att behålla listningen och få tillgång till deltagarregistret, "
             "bekräfta era uppgifter via länken nedan. Årsavgift 1 290 EUR.\n\nhttps://global-event-index.com/confirm"
             "?id=88213\n\nEvent Directory Services",
             X("unknown", [], []),
             "event-listing scam naming the event and the first date -> unknown"),
        mail("a112", "2027-03-02T10:41", ("Ekonomi Region Dalarna", "faktura@regiondalarna-ekonomi.com"),
             "Obetald faktura 77120 – DalaLab deltagaravgift",
             "Hej,\n\nVi har inte mottagit betalning för faktura 77120 avseende deltagaravgift DalaLab, 4 200 kr. "
             "Betala senast 9 mars till bankgiro 5512-0098 för att undvika inkassoavgift. Se bifogad länk: "
             "https://regiondalarna-ekonomi.com/faktura/77120\n\nMed vänlig hälsning\nEkonomienheten",
             X("unknown", [], []),
             "fake invoice phishing from a look-alike domain -> unknown"),
        mail("a113", "2027-03-04T13:26", ("Anton Sjöberg", "anton.sjoberg@falun.se"), "VB: Byte till annan träff",
             "Hej Linnea,\n\nSe nedan från Amanda, kan du fixa det?\n\n/Anton\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Amanda Vestin <amanda.vestin@falun.se>\nSkickat: den 3 mars "
             "2027 16:50\nTill: Anton Sjöberg <anton.sjoberg@falun.se>\nÄmne: Byte till annan träff\n\n"
             "Hej Anton! Jag kan inte den 21/9 som jag är anmäld till, har semester då. Kan du be dem byta mig till "
             "den 29/11 istället? /Amanda",
             X("change", [P("Amanda Vestin", "amanda.vestin@falun.se", "Falu kommun")], [S3]),
             "forwarded chain: the manager forwards a colleague's bare swap 21/9 -> 29/11; only the new one; sender "
             "not in people"),
        mail("a114", "2027-03-05T09:58", ("Magnus Öberg", "magnus.oberg@alvdalen.se"), "SV: Bekräftelse: anmälan DalaLab",
             "Hej,\n\nTack för bekräftelsen. Får min kollega också följa med? Hon heter Linn Sahlén, "
             "linn.sahlen@alvdalen.se, och vill gå på alla fyra precis som jag. Hon är laktosintolerant.\n\n"
             "Magnus Öberg\nÄlvdalens kommun\nDalgatan 2, 796 31 Älvdalen\n0251-310 00\n\n"
             + conf("Magnus Öberg", "Älvdalens kommun", ALL, "den 2 mars 2027 08:31"),
             X("register", [P("Linn Sahlén", "linn.sahlen@alvdalen.se", "Älvdalens kommun", "laktosintolerant")], ALL,
               "laktosintolerant"),
             "reply to own confirmation adding a colleague ('Får ... följa med?' is a signup); sender already "
             "registered, not in people"),
        mail("a115", "2027-03-08T15:05", ("Rebecca Holt", "rebecca.holt@regiondalarna.se"), "Re: Bekräftelse: anmälan DalaLab",
             "Hi Linnea,\n\nThanks for the confirmation! Quick question: is there parking near the venue in Falun, "
             "or should I take the train from Borlänge? I'd be arriving around 9:15.\n\nBest,\nRebecca Holt\n"
             "Region Dalarna, Regional development\n+46 23 49 00 00\n\n"
             + conf("Rebecca Holt", "Region Dalarna", [S1, S2], "Mon, 1 Mar 2027 at 10:02", outlook=False),
             X("question", [], []),
             "English thanks + question about parking; quoted confirmation and '9:15' are not a request"),
        mail("a116", "2027-03-10T12:19", ("Daniel Crawford", "daniel.crawford@ludvika.se"), "Change of session",
             "Hello,\n\nI'm registered for the September 21 session but have a conflict. Could you move me to the "
             "November 29 one instead?\n\nThanks a lot,\nDaniel Crawford\nLudvika Municipality",
             X("change", [P("Daniel Crawford", "daniel.crawford@ludvika.se", "Ludvika kommun")], [S3]),
             "English bare swap Sep 21 -> Nov 29 -> only the new one"),
        mail("a117", "2027-03-11T08:44", ("Karl-Johan Mattsson", "karl-johan.mattsson@leksand.se"),
             "Kost för kollega – DalaLab",
             "Hej!\n\nJag anmälde Ebba Törnqvist (ebba.tornqvist@leksand.se) i december. Hon har sagt att hon är "
             "glutenintolerant, kan ni notera det inför lunchen?\n\nTack på förhand\nKarl-Johan Mattsson\n"
             "Leksands kommun",
             X("change", [P("Ebba Törnqvist", "ebba.tornqvist@leksand.se", "Leksands kommun", "glutenintolerant")], [],
               "glutenintolerant"),
             "diet update for a colleague the sender registered earlier -> change [], sender not in people"),
        tg("a118", "2027-03-12T19:47", "Moa Lindahl", 5558124,
           "hej! kan jag byta från 3/5 till 21/9? 🙏 /moa, borlänge",
           X("change", [P("Moa Lindahl", None, "Borlänge kommun")], [S2]),
           "Telegram bare swap -> only the new session"),
        tg("a119", "2027-03-15T07:22", "Ali Rahimi", 5558125,
           "när kommer programmet för första träffen? och vilken lokal i Falun?",
           X("question", [], []),
           "Telegram question; 'första träffen' inside a question -> no sessions"),
        mail("a120", "2027-03-16T10:03", ("Gustav Almqvist", "gustav.almqvist@hedemora.se"), "SV: Bekräftelse: anmälan DalaLab",
             "Hej igen!\n\nGlöm mitt förra mejl om tillägget. Vi har pratat om det på enheten och nu blir det så att "
             "jag går på alla fyra träffarna. Förlåt för krånglet.\n\nGustav\n\n"
             "> Jag anmälde mig bara till första träffen men chefen tycker att jag ska gå på den sista också, den 22 "
             "februari. Lägg gärna till den.",
             X("change", [P("Gustav Almqvist", "gustav.almqvist@hedemora.se", "Hedemora kommun")], ALL),
             "the same person as a094 writes again: now all four (stated) -> change ALL; quoted earlier mail"),
        mail("a121", "2027-03-17T13:30", ("Cecilia Forsman", "cecilia.forsman@vansbro.se"), "VB: Avanmälan",
             "Hej,\n\nJag vidarebefordrar från Pontus. Han ska alltså inte gå på septemberträffen, men står kvar på "
             "de andra.\n\nCecilia Forsman\nPlanchef, Vansbro kommun\n\n---------- Vidarebefordrat meddelande "
             "---------\nFrån: Pontus Grahn <pontus.grahn@vansbro.se>\nDatum: tis 16 mars 2027 kl 17:02\nÄmne: "
             "Avanmälan\n\nCecilia, kan du avanmäla mig från 21 sept? Jag är i Bryssel hela den veckan.",
             X("cancel", [P("Pontus Grahn", "pontus.grahn@vansbro.se", "Vansbro kommun")], [S2]),
             "forwarded partial withdrawal for a colleague -> cancel of 21 Sep only"),
        mail("a122", "2027-03-18T14:12", ("Sjödin, Malin", "malin.sjodin@orsa.se"), "SV: Bekräftelse: anmälan DalaLab",
             "<html><head><meta charset='utf-8'></head><body><div style='font-family:Calibri'><p>Hej!</p>"
             "<p>Jag kan inte längre delta i DalaLab. Min kollega <b>Albin Hedberg</b> (albin.hedberg@orsa.se) tar "
             "min plats på samtliga träffar. Han äter vegetariskt.</p><p>Med vänlig hälsning<br>Malin Sjödin<br>"
             "Översiktsplanerare<br>Orsa kommun<br>Tel: 0250-55 21 00</p></div><hr><p><b>Från:</b> Linnea Hassis "
             "&lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 20 januari 2027 09:10<br><b>Ämne:</b> "
             "Bekräftelse: anmälan DalaLab</p><p>Deltagare: Malin Sjödin (Orsa kommun)<br>Träffar: 3 maj 2027, "
             "21 september 2027, 29 november 2027, 22 februari 2028</p></body></html>",
             X("change", [P("Malin Sjödin", "malin.sjodin@orsa.se", "Orsa kommun"),
                          P("Albin Hedberg", "albin.hedberg@orsa.se", "Orsa kommun", "vegetarisk")], ALL,
               "vegetarisk"),
             "HTML-only Outlook reply: substitution on 'samtliga träffar' -> change with both, all four; diet is the "
             "substitute's", html=True),
        tg("a123", "2027-04-06T20:05", "Sara Lindqvist", 5558126,
           "hej är det för sent att anmäla sig? annars vill jag gärna komma 29 nov och 22 feb. sara.lindqvist@orsa.se",
           X("register", [P("Sara Lindqvist", "sara.lindqvist@orsa.se", "Orsa kommun")], [S3, S4]),
           "late Telegram signup with a question -> register for the two named sessions"),
        mail("a124", "2027-03-22T11:36", ("Ulrika Bengtsson", "ulrika.bengtsson@mora.se"), "Reservplats Mora",
             "Hej Linnea,\n\nVi är redan tre från Mora kommun som är anmälda. Om det blir någon plats över vill vi "
             "gärna att Tove Ekman (tove.ekman@mora.se) står som reserv för hela serien.\n\nHälsningar\nUlrika "
             "Bengtsson\nMora kommun\nTingsnäsvägen 1, 792 80 Mora",
             X("register", [P("Tove Ekman", "tove.ekman@mora.se", "Mora kommun")], ALL),
             "fourth person from a municipality as reserve -> register (a reserve named is a person); 'hela serien' = "
             "all four; the three already registered are not named"),
        mail("a125", "2027-03-23T09:09", ("Emma Lönn", "emma.lonn@gmail.com"), "Rättelse kommun",
             "Hej!\n\nI bekräftelsen står det att jag kommer från Borlänge kommun, men jag jobbar på Säters kommun "
             "sedan januari. Jag anmälde mig från min privata adress, det är därför. Kan ni ändra?\n\n/Emma Lönn",
             X("change", [P("Emma Lönn", "emma.lonn@gmail.com", "Säters kommun")], []),
             "organisation correction from a private address; organisation from the text (Säter), not the wrong one"),
        mail("a126", "2027-03-24T15:50", ("Fredrik Söderberg", "fredrik.soderberg@gagnef.se"), "Förhinder DalaLab",
             "Hej,\n\nTvå av oss från Gagnef har förhinder i höst: Per Wallin kan inte 21 september och Eva Brandt "
             "kan inte 29 november. De kommer på övriga träffar som planerat.\n\nMvh Fredrik Söderberg\nGagnefs "
             "kommun",
             X("cancel", [P("Per Wallin", None, "Gagnefs kommun"), P("Eva Brandt", None, "Gagnefs kommun")], [S2, S3]),
             "partial withdrawals for two colleagues, different sessions -> cancel, union; sender not in people"),
        tg("a127", "2027-03-25T18:40", "Wilma Hult", 5558127,
           "tack för bekräftelsen! jag är vegan förresten 🌱",
           X("change", [P("Wilma Hult", None, None, "vegan")], [], "vegan"),
           "Telegram thanks + diet -> change []; no organisation anywhere"),
        mail("a128", "2027-03-26T08:12", ("Lena Hammar", "lena.hammar@regiondalarna.se"), "Fråga om inspelning",
             "Hej Linnea!\n\nKommer föreläsningarna att spelas in? Några kollegor som inte kan komma 3 maj undrar om "
             "de kan ta del av materialet i efterhand.\n\n/Lena\nRegion Dalarna, Regional utveckling",
             X("question", [], []),
             "colleague inside the organiser's region asks about recording; '3 maj' in a question -> no sessions"),
        mail("a129", "2027-03-29T07:35", ("Birgitta Nyström", "birgitta.nystrom@hedemora.se"), "Hedemora drar sig ur DalaLab",
             "Hej,\n\nPå grund av neddragningar har förvaltningen beslutat att Hedemora kommun inte deltar i "
             "DalaLab i år. Vänligen avanmäl våra tre deltagare:\n\n- Johan Sten, johan.sten@hedemora.se\n"
             "- Rut Ahlberg, rut.ahlberg@hedemora.se\n- Birgitta Nyström (jag själv)\n\nVi beklagar och hoppas få "
             "vara med en annan gång.\n\nBirgitta Nyström\nSamhällsbyggnadschef\nHedemora kommun\nTel 0225-340 00",
             X("cancel", [P("Johan Sten", "johan.sten@hedemora.se", "Hedemora kommun"),
                          P("Rut Ahlberg", "rut.ahlberg@hedemora.se", "Hedemora kommun"),
                          P("Birgitta Nyström", "birgitta.nystrom@hedemora.se", "Hedemora kommun")], ALL),
             "whole municipality withdraws three people incl. sender -> cancel all four"),
        mail("a130", "2027-03-30T16:02", ("Viktor Hjalmarsson", "viktor.hjalmarsson@sater.se"), "Byter tillfälle för en träff",
             "Hej!\n\nJag är anmäld till alla fyra men kan inte den 22 februari 2028. Min kollega Nora Ek "
             "(nora.ek@sater.se) går i mitt ställe just den gången.\n\nVänligen\nViktor Hjalmarsson\nSäters kommun",
             X("change", [P("Viktor Hjalmarsson", "viktor.hjalmarsson@sater.se", "Säters kommun"),
                          P("Nora Ek", "nora.ek@sater.se", "Säters kommun")], [S4]),
             "substitution for one session only -> change with both, substitute's session 22 Feb"),
        tg("a131", "2027-04-01T12:44", "Jakob Berglund", 5558128,
           "kan tyvärr inte komma på vårträffen, men hösten funkar. jakob, rättvik",
           X("cancel", [P("Jakob Berglund", None, "Rättviks kommun")], [S1]),
           "Telegram partial cancellation of 'vårträffen' (3 May); 'hösten funkar' keeps the rest"),
        mail("a132", "2027-04-05T10:21", ("Sofie Lundkvist", "sofie.lundkvist@lansstyrelsen.se"), "Sen anmälan DalaLab",
             "Hej!\n\nHoppas det inte är för sent – vi vill anmäla oss från Länsstyrelsen Dalarna:\n\n"
             "Sofie Lundkvist, sofie.lundkvist@lansstyrelsen.se – glutenfri\n"
             "Arvid Holmgren, arvid.holmgren@lansstyrelsen.se – nötallergi\n\n"
             "Båda till alla träffar.\n\nMed vänlig hälsning\nSofie Lundkvist\nLänsstyrelsen Dalarna\n"
             "Åsgatan 38, 791 84 Falun\n010-225 00 00",
             X("register", [P("Sofie Lundkvist", "sofie.lundkvist@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "glutenfri"),
                            P("Arvid Holmgren", "arvid.holmgren@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "nötallergi")], ALL, "glutenfri, nötallergi"),
             "late signup for two, a diet each; 'alla träffar' = all four; Falun postal address not the organisation"),
        mail("a133", "2027-04-07T09:48", ("Anders Nylund", "anders.nylund@falun.se"), "Ny mejladress",
             "Hej,\n\nFrån och med 1 april har Falu kommun nya adresser för förvaltningen. Jag är anmäld till DalaLab "
             "med anders.nylund@fbf.falun.se men vill att utskicken nu går till anders.nylund@falun.se.\n\n"
             "Tack!\nAnders Nylund\nFalu kommun",
             X("change", [P("Anders Nylund", "anders.nylund@falun.se", "Falu kommun")], []),
             "address change; the old address is not a second person; '1 april' not a session"),
        mail("a134", "2027-04-08T14:27", ("Rasmus Eld", "rasmus.eld@borlange.se"), "Anmälan DalaLab (sent!)",
             "Hej Linnea,\n\nJag har precis börjat som planarkitekt i Borlänge och fick tipset om DalaLab av min "
             "chef. Jag vill gärna anmäla mig till 21/9, 29/11 och 22/2. Den 3 maj är jag tyvärr redan bokad.\n\n"
             "Med vänlig hälsning\nRasmus Eld\nBorlänge kommun\n0243-740 00",
             X("register", [P("Rasmus Eld", "rasmus.eld@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "late signup for three sessions; '3 maj' explicitly excluded"),
        mail("a135", "2027-04-09T17:55", ("Isak Wennberg", "isak.wennberg@ludvika.se"), "Ersätter Emil Sundqvist",
             "Hej!\n\nI januari avanmälde min chef Petra Nordin vår kollega Emil Sundqvist. Nu är det bestämt att "
             "jag tar hans plats i DalaLab. Jag vill delta på alla träffar.\n\nMvh\nIsak Wennberg\nPlanarkitekt, "
             "Ludvika kommun",
             X("register", [P("Isak Wennberg", "isak.wennberg@ludvika.se", "Ludvika kommun")], ALL),
             "newcomer replacing a colleague cancelled in an earlier mail (a097) -> register; Emil and Petra are not "
             "people here"),
    ]
