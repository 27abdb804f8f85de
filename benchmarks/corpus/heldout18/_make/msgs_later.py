from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# Theme: mail after people have signed up (January to 10 April 2027): replies to the service's confirmation,
# changes, diets, cancellations, corrections, questions, erasure, automatic mail, newsletters, scams, and
# signups close to the deadline.

EVENT = "DalaLab – Planering för hållbarhet och utvecklingskraft"


def conf(name, dates, when_line, greeting="Hej", to_addr=None, head="Du är anmäld till"):
    """A quoted confirmation from the registration service, '>'-style."""
    lines = [
        f"{when_line} skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:",
        f"> {greeting} {name}!",
        ">",
        f"> {head} {EVENT}.",
        f"> Träffar: {dates}.",
        ">",
        "> Första träffen hålls i Falun kl. 10–15, fika från 09.30. Information om",
        "> lokal och program skickas ut ungefär två veckor före varje träff.",
        ">",
        "> Vill du ändra eller avanmäla dig, svara på det här mejlet.",
        ">",
        "> Vänliga hälsningar",
        "> Linnea Hassis",
        "> Region Dalarna",
    ]
    return "\n".join(lines)


def outlook_conf(to_name, to_addr, sent, dates, subject="Du är anmäld till DalaLab"):
    """An Outlook-style quoted confirmation (header block, no '>')."""
    return (
        "________________________________\n"
        "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
        f"Skickat: {sent}\n"
        f"Till: {to_name} <{to_addr}>\n"
        f"Ämne: {subject}\n\n"
        f"Hej {to_name.split()[0]}!\n\n"
        f"Vi har tagit emot din anmälan till {EVENT}.\n\n"
        f"Du är anmäld till: {dates}.\n\n"
        "Första träffen hålls i Falun kl. 10–15 med fika från 09.30. Sista dag för anmälan är 14 april 2027.\n\n"
        "Vill du ändra något eller avanmäla dig räcker det att svara på det här mejlet.\n\n"
        "Vänliga hälsningar\n"
        "Linnea Hassis\n"
        "Region Dalarna\n"
    )


FOUR = "3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028"


def messages():
    return [
        # e091 diet added in a reply to the confirmation, no sessions named
        mail("e091", "2027-01-08T09:14", ("Borg Annelie", "annelie.borg@ludvika.se"), "SV: Du är anmäld till DalaLab",
             "Hej Linnea,\n\nTack för bekräftelsen! Jag glömde skriva i anmälan att jag behöver vegetarisk kost. "
             "Går det att notera det?\n\nVänliga hälsningar\n\nAnnelie Borg\nPlanarkitekt\nSamhällsbyggnadsförvaltningen\n"
             "Ludvika kommun\n771 82 Ludvika\nTel 0240-860 00 (vx), direkt 0240-862 17\n\n"
             + outlook_conf("Annelie Borg", "annelie.borg@ludvika.se", "den 7 januari 2027 15:41", FOUR),
             X("change", [P("Annelie Borg", "annelie.borg@ludvika.se", "Ludvika kommun", diet="vegetarisk")], [],
               diet="vegetarisk"),
             "Outlook reply to the confirmation (surname-first display name) adding a diet; she names no sessions -> "
             "change with []; the quoted confirmation lists all four dates and the deadline"),

        # e092 plain thank-you
        mail("e092", "2027-01-11T16:02", ("Tommy Lundin", "tommy.lundin@avesta.se"), "Re: Du är anmäld till DalaLab",
             "Tack för bekräftelsen! Ser fram emot att ses i Falun i maj.\n\n/Tommy\n\nSkickat från Outlook för Android\n\n"
             + conf("Tommy", FOUR, "Den mån 11 jan. 2027 kl 10:05"),
             X("unknown"),
             "pure thank-you to the confirmation: nothing to do; 'i maj' and the quoted dates are not a signup"),

        # e093 telegram partial withdrawal
        tg("e093", "2027-01-13T20:31", "Jessica Mård", 6031844729,
           "hej! jessica mård från borlänge här. jag är anmäld till alla fyra men kan inte 21 sept pga semester, kommer på de andra 🙂",
           X("cancel", [P("Jessica Mård", None, "Borlänge kommun")], [S2]),
           "partial withdrawal via Telegram -> cancel of 21 Sep only; lower-case name and 'borlänge'"),

        # e094 swap asked as a question
        mail("e094", "2027-01-15T11:20", ("Gustav Ahlström", "gustav.ahlstrom@smedjebacken.se"),
             "SV: Vi har tagit emot din anmälan",
             "Hej!\n\nDet har tyvärr krockat med ett KF-sammanträde den 3 maj. Kan jag byta till träffen den 29 november i stället?\n\n"
             "Hälsningar\nGustav Ahlström\nMiljö- och byggnadskontoret, Smedjebackens kommun\nBox 67, 777 22 Smedjebacken\n"
             "0240-66 01 23\n\n"
             "Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>\nDatum: 12 jan. 2027 08:55\nÄmne: Vi har tagit emot din anmälan\n\n"
             "Hej Gustav!\n\nVi har tagit emot din anmälan till " + EVENT + ".\nDu är anmäld till: 3 maj 2027.\n\n"
             "Vänliga hälsningar\nLinnea Hassis, Region Dalarna\n",
             X("change", [P("Gustav Ahlström", "gustav.ahlstrom@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "bare swap 3 May -> 29 Nov phrased as 'Kan jag byta...?' -> change, new session only; box number and postcode"),

        # e095 addition
        mail("e095", "2027-01-18T13:47", ("Lovisa Grahn", "lovisa.grahn@orsa.se"), "Re: Du är anmäld till DalaLab",
             "Hej,\n\nJag är anmäld till 3 maj men vill gärna lägga till 21 september också, så att jag är med på båda.\n\n"
             "Mvh Lovisa Grahn\nOrsa kommun, Samhällsbyggnad\n\n"
             + conf("Lovisa Grahn", "3 maj 2027", "Den 16 januari 2027 09:12"),
             X("change", [P("Lovisa Grahn", "lovisa.grahn@orsa.se", "Orsa kommun")], [S1, S2]),
             "addition: registered for 3 May, adds 21 Sep -> change with both (sessions after the change)"),

        # e096 colleague added to the same sessions
        mail("e096", "2027-01-20T10:03", ("Marita Persson", "marita.persson@falun.se"), "SV: Vi har tagit emot din anmälan",
             "Hej Linnea!\n\nTack! Kan du lägga till min kollega Sven Boström (sven.bostrom@falun.se) på samma två träffar som jag, "
             "alltså 3/5 och 29/11? Han är ny hos oss sedan årsskiftet.\n\nMed vänlig hälsning\nMarita Persson\n"
             "Översiktsplanerare | Stadsbyggnadsförvaltningen\nFalu kommun | 791 83 Falun\nTelefon: 023-82 000\n\n"
             + outlook_conf("Marita Persson", "marita.persson@falun.se", "den 19 januari 2027 16:20",
                            "3 maj 2027 och 29 november 2027", subject="Vi har tagit emot din anmälan"),
             X("register", [P("Sven Boström", "sven.bostrom@falun.se", "Falu kommun")], [S1, S3]),
             "sender already registered asks to add a colleague on 'samma två träffar' (stated as 3/5 and 29/11) -> "
             "register of the colleague only"),

        # e097 out-of-office
        mail("e097", "2027-01-22T14:06", ("Karl Sjödin", "karl.sjodin@lansstyrelsen.se"),
             "Automatiskt svar: Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag är på tjänsteresa 18–29 januari med begränsad tillgång till e-post. Jag svarar när jag är tillbaka "
             "måndag 1 februari.\n\nBrådskande ärenden: Länsstyrelsens växel 010-225 00 00 eller dalarna@lansstyrelsen.se.\n\n"
             "Karl Sjödin\nLänsstyrelsen Dalarna\n",
             X("auto_reply"),
             "Outlook out-of-office to the confirmation ('Automatiskt svar:'), no auto headers; dates are travel dates"),

        # e098 delivery failure
        mail("e098", "2027-01-25T08:12", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Det gick inte att leverera: Du är anmäld till DalaLab",
             "Det gick inte att leverera meddelandet till följande mottagare eller grupper:\n\n"
             "elias.frid@gagenf.se\nDomänen gagenf.se hittades inte. Kontrollera mottagarens e-postadress och försök igen.\n\n"
             "Diagnostisk information för administratörer:\nGenererande server: mx1.regiondalarna.se\n"
             "elias.frid@gagenf.se\nRemote Server returned '550 5.4.310 DNS domain gagenf.se does not exist'\n\n"
             "----- Ursprungligt meddelande -----\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nTill: elias.frid@gagenf.se\n"
             "Ämne: Du är anmäld till DalaLab\n\nHej Elias!\n\nDu är anmäld till " + EVENT + ".\n"
             "Träffar: 3 maj 2027 och 21 september 2027.\n",
             X("auto_reply"),
             "Swedish Exchange bounce of a confirmation to a mistyped domain; the returned text names a person and two "
             "dates -> nothing to register"),

        # e099 new job outside Dalarna -> full cancel
        mail("e099", "2027-01-27T15:35", ("Camilla Rydén", "camilla.ryden@hedemora.se"), "Avanmälan DalaLab",
             "Hej!\n\nJag har fått nytt jobb på Uppsala kommun och slutar i Hedemora sista februari. Jag måste därför avanmäla mig "
             "från DalaLab. Tråkigt, det såg ut att bli riktigt bra!\n\nVem som tar över mina planfrågor är inte klart än, "
             "min chef hör av sig om det blir aktuellt.\n\nHälsningar\nCamilla Rydén\nHedemora kommun\nTel 0225-340 00\n",
             X("cancel", [P("Camilla Rydén", "camilla.ryden@hedemora.se", "Hedemora kommun")], ALL),
             "changed job -> full cancellation, no session named -> all four; a possible successor is not a signup"),

        # e100 new job within Dalarna -> address and organisation update
        mail("e100", "2027-02-01T09:48", ("Johannes Kvist", "johannes.kvist@leksand.se"), "Ny adress – DalaLab",
             "Hej Linnea,\n\nJag var anmäld till DalaLab från Gagnef (johannes.kvist@gagnef.se) men har bytt jobb och jobbar "
             "sedan 1 februari på Leksands kommun. Jag vill gärna fortsätta vara med – kan ni uppdatera min adress och "
             "organisation till den här?\n\nTack på förhand!\n\nJohannes Kvist\nPlanerare, Leksands kommun\n"
             "Cajsa Warg väg 8, 793 80 Leksand\n0247-800 00\n",
             X("change", [P("Johannes Kvist", "johannes.kvist@leksand.se", "Leksands kommun")], []),
             "job change within Dalarna: address/organisation update naming no sessions -> change []; the old gagnef.se "
             "address is not a second person; organisation is the new one"),

        # e101 telegram: am I registered?
        tg("e101", "2027-02-03T12:17", "Ronja Bergman", 5128830416,
           "Hej, är jag anmäld? Skickade ett mejl i december från ronja.bergman@sater.se men har inte fått nån bekräftelse",
           X("question"),
           "question whether registered; an address in the text does not make it a signup"),

        # e102 parental leave -> partial cancel
        mail("e102", "2027-02-05T10:26", ("Frida Modig", "frida.modig@rattvik.se"), "Föräldraledig – DalaLab",
             "Hej!\n\nJag är anmäld till alla fyra träffarna i DalaLab, men nu är det klart att jag går på föräldraledighet "
             "från 1 juni och är borta till sommaren 2028. Jag kan alltså bara vara med på träffen 3 maj. Stryk mig från de tre "
             "andra.\n\nJag återkommer om någon kollega kan ta över platsen i höst.\n\nVänliga hälsningar\nFrida Modig\n"
             "Rättviks kommun\nStorgatan 2, 795 80 Rättvik\n",
             X("cancel", [P("Frida Modig", "frida.modig@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
             "parental leave: keeps 3 May, withdraws the other three -> cancel of 21/9, 29/11, 22/2; '1 juni', "
             "'sommaren 2028' are not sessions"),

        # e103 parental leave with substitute for two sessions
        mail("e103", "2027-02-08T14:02", ("Sofie Lagerqvist", "sofie.lagerqvist@mora.se"), "SV: Du är anmäld till DalaLab",
             "Hej Linnea,\n\nJag blir föräldraledig från slutet av augusti till januari. Min kollega Hampus Dahlgren "
             "(hampus.dahlgren@mora.se) tar därför min plats på träffarna 21/9 och 29/11. 3 maj och 22 februari går jag själv "
             "som planerat.\n\nHälsningar\nSofie Lagerqvist\nStadsarkitektkontoret\nMora kommun\n0250-260 00\n\n"
             + outlook_conf("Sofie Lagerqvist", "sofie.lagerqvist@mora.se", "den 2 december 2026 11:03", FOUR),
             X("change", [P("Sofie Lagerqvist", "sofie.lagerqvist@mora.se", "Mora kommun"),
                          P("Hampus Dahlgren", "hampus.dahlgren@mora.se", "Mora kommun")], [S2, S3]),
             "substitution for two of four sessions: both people, sessions = what the substitute takes (21/9, 29/11); "
             "she keeps 3 May and 22 Feb unchanged"),

        # e104 English partial cancel
        mail("e104", "2027-02-10T17:55", ("Lukas Meier", "lukas.meier@borlange.se"), "Re: Du är anmäld till DalaLab",
             "Hi Linnea,\n\nThanks for the confirmation. Unfortunately I have a clash on November 29 (council committee "
             "meeting), so please take me off that session. I'll still attend the other three.\n\nBest regards,\n"
             "Lukas Meier\nUrban Planner, Borlänge kommun\n+46 243 740 00\n\n"
             + conf("Lukas Meier", FOUR, "Den 9 februari 2027 10:30"),
             X("cancel", [P("Lukas Meier", "lukas.meier@borlange.se", "Borlänge kommun")], [S3]),
             "English partial withdrawal from 29 Nov -> cancel of that session only; Swedish quoted confirmation"),

        # e105 name correction
        mail("e105", "2027-02-12T08:40", ("Cecilie Hammar", "cecilie.hammar@sater.se"), "Sv: Du är anmäld till DalaLab",
             "Hej!\n\nEtt litet fel i bekräftelsen: jag heter Cecilie, med e på slutet, inte Cecilia. Vore bra om det blir rätt "
             "på deltagarlistan och namnskylten :)\n\nMvh\nCecilie Hammar\nSäters kommun\n\n"
             + conf("Cecilia Hammar", "3 maj 2027 och 21 september 2027", "Den 11 februari 2027 13:22"),
             X("change", [P("Cecilie Hammar", "cecilie.hammar@sater.se", "Säters kommun")], []),
             "name correction naming no sessions -> change []; the misspelt 'Cecilia' in the quote is not a second person",
             charset="windows-1252"),

        # e106 GDPR erasure
        mail("e106", "2027-02-15T19:12", ("Mattias Grön", "mattias.gron@alvdalen.se"), "Begäran om radering (GDPR)",
             "Hej,\n\nJag har fått en bekräftelse på att jag är anmäld till DalaLab, men jag har aldrig anmält mig själv. "
             "Med stöd av artikel 17 i dataskyddsförordningen begär jag att alla personuppgifter om mig raderas ur er "
             "anmälningslista och era utskickslistor.\n\nBekräfta gärna när det är gjort.\n\nMattias Grön\nÄlvdalens kommun\n",
             X("erasure", [P("Mattias Grön", "mattias.gron@alvdalen.se", "Älvdalens kommun")], []),
             "GDPR art. 17 erasure from someone registered by someone else -> erasure"),

        # e107 newsletter
        mail("e107", "2027-02-17T07:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt nr 2 2027: Ny vägledning om översiktsplanering",
             "PLANERINGSNYTT – nyhetsbrev för dig som jobbar med samhällsplanering\n\n"
             "I detta nummer:\n* Boverket publicerar ny vägledning om översiktsplanens utvecklingsinriktning\n"
             "* Seminarium: Planera för tillgänglighet, Stockholm 21 september – anmäl dig senast 14 april\n"
             "* Rapport: Digital tillgänglighet i landsbygdskommuner\n\n"
             "Läs mer på planeringsnytt.se\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Planeringsnytt. Avregistrera dig här: "
             "https://planeringsnytt.se/avregistrera?id=88213\n",
             X("unknown"),
             "newsletter with '21 september', 'anmäl dig senast 14 april' and session-like topics -> unknown"),

        # e108 attendee-list scam (English)
        mail("e108", "2027-02-19T03:27", ("Sandra Mills", "sandra.mills@eventleadsdata.net"), "DalaLab 2027 Attendees List",
             "Hi,\n\nWould you be interested in acquiring the attendees list of DalaLab – Planering för hållbarhet och "
             "utvecklingskraft 2027?\n\nWe have 1,240 verified contacts with name, job title, organisation, email and phone "
             "number.\n\nIf interested, reply with \"SEND PRICING\" and I will share costs and a sample.\n\n"
             "Regards,\nSandra Mills\nLead Generation Manager\n\nTo opt out, reply \"REMOVE\".\n",
             X("unknown"),
             "English attendee-list scam naming the event -> unknown"),

        # e109 telegram reserve list
        tg("e109", "2027-02-22T07:44", "Albin Järv", 7410266185,
           "Hej! Albin Järv, planerare i Mora. Hörde att vi redan är tre från Mora som är anmälda. Kan ni ställa mig på "
           "reservlistan för 3 maj? albin.jarv@mora.se",
           X("register", [P("Albin Järv", "albin.jarv@mora.se", "Mora kommun")], [S1]),
           "'ställ mig på reservlistan' for 3 May (quota full) -> register with that session; address in text"),

        # e110 programme question
        mail("e110", "2027-02-24T13:05", ("Katarina Öst", "katarina.ost@ludvika.se"), "Fråga om programmet 21 september",
             "Hej!\n\nJag är anmäld till alla träffar. Finns det ett mer detaljerat program för träffen 21 september om "
             "utvecklingsinriktning i ÖP-modellen? Jag undrar vilka som föreläser och om vi förväntas förbereda något, t.ex. "
             "ta med vår egen ÖP.\n\nTack!\nKatarina Öst\nLudvika kommun\n",
             X("question"),
             "question about the programme from someone already registered; names a session date -> still []"),

        # e111 digital question (Pernilla, writes again in e118)
        mail("e111", "2027-02-26T10:18", ("Pernilla Stake", "pernilla.stake@malung-salen.se"), "Digitalt deltagande?",
             "Hej,\n\nGår det att delta digitalt på träffarna? Det är långt från Sälen till Falun och vi är bara två planerare "
             "i kommunen. Innan vi anmäler oss vill jag veta om det finns en Teams-länk eller liknande.\n\n"
             "Hälsningar\nPernilla Stake\nMalung-Sälens kommun\nLisagatan 32, 782 82 Malung\n0280-181 00\n",
             X("question"),
             "question about digital attendance before signing up ('Innan vi anmäler oss') -> no signup"),

        # e112 telegram cost question
        tg("e112", "2027-03-01T11:52", "Kent Lövgren", 1839920475,
           "Kostar det nåt att vara med i dalalab? behöver vi ange fakturaadress eller referens nånstans? /Kent, Älvdalen",
           X("question"),
           "cost / invoicing question via Telegram"),

        # e113 quota question
        mail("e113", "2027-03-02T15:10", ("Birgitta Sahlén", "birgitta.sahlen@sater.se"), "Fråga om antal platser",
             "Hej Linnea,\n\nVi är tre anmälda från Säter. Om någon av oss blir sjuk, får vi skicka en ersättare? Och kan en "
             "fjärde kollega vara med på bara en av träffarna, t.ex. den 29 november, om det finns plats?\n\n"
             "Mvh\nBirgitta Sahlén\nSamhällsbyggnadsförvaltningen, Säters kommun\n",
             X("question"),
             "quota question (substitute, a fourth person for one session) -> question; no one is named for signup"),

        # e114 ticket-system receipt
        mail("e114", "2027-03-03T09:31", ("Kontaktcenter Borlänge kommun", "kontaktcenter@borlange.se"),
             "[Ärende #2027-48213] Vi har tagit emot ditt ärende: Du är anmäld till DalaLab",
             "Hej!\n\nTack för ditt meddelande till Borlänge kommun. Ditt ärende har registrerats med ärendenummer "
             "2027-48213. Vi besvarar normalt ärenden inom tre arbetsdagar.\n\nDetta meddelande går inte att svara på.\n\n"
             "Med vänlig hälsning\nKontaktcenter, Borlänge kommun\n0243-740 00\n",
             X("auto_reply"),
             "ticket-system receipt from a municipal function address that got a confirmation -> auto_reply"),

        # e115 diet for a colleague
        mail("e115", "2027-03-05T11:08", ("Roger Nääs", "roger.naas@hedemora.se"), "SV: Vi har tagit emot din anmälan",
             "Hej!\n\nJag anmälde mig och Anders Wiberg (anders.wiberg@hedemora.se) förra veckan och fick bekräftelsen nedan. "
             "Glömde skriva att Anders är glutenintolerant – kan ni notera det till fikat och lunchen?\n\n"
             "/Roger Nääs\nHedemora kommun\n\n"
             + conf("Roger Nääs och Anders Wiberg", "21 september 2027", "Den 26 februari 2027 14:40",
                    greeting="Hej", head="Vi har tagit emot din anmälan till"),
             X("change", [P("Anders Wiberg", "anders.wiberg@hedemora.se", "Hedemora kommun", diet="glutenintolerant")], [],
               diet="glutenintolerant"),
             "diet update for a colleague only -> change with the colleague, sessions [] (none stated by the sender); "
             "the sender is not the subject"),

        # e116 telegram swap
        tg("e116", "2027-03-08T18:26", "Tilda Ersson", 6688102934,
           "hej, kan ni byta mig från 29/11 till 22/2? /tilda, leksand",
           X("change", [P("Tilda Ersson", None, "Leksands kommun")], [S4]),
           "bare swap via Telegram -> change with the new session only; 22/2 = the 2028 session"),

        # e117 substitution of a colleague (manager)
        mail("e117", "2027-03-09T10:44", ("Eva Hultgren", "eva.hultgren@avesta.se"), "VB: Du är anmäld till DalaLab",
             "Hej Linnea,\n\nMalin Strömqvist slutar hos oss sista mars. Kim Andersson (kim.andersson@avesta.se) tar hennes "
             "plats på samtliga träffar. Bekräftelsen till Malin nedan.\n\nHälsningar\nEva Hultgren\nEnhetschef plan\n"
             "Avesta kommun\nKungsgatan 32, 774 81 Avesta\n0226-64 50 00\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Malin Strömqvist <malin.stromqvist@avesta.se>\n"
             "Skickat: den 8 mars 2027 16:12\nTill: Eva Hultgren <eva.hultgren@avesta.se>\nÄmne: VB: Du är anmäld till DalaLab\n\n"
             "Kan du se till att någon tar min plats?\n\n/Malin\n\n"
             + outlook_conf("Malin Strömqvist", "malin.stromqvist@avesta.se", "den 14 december 2026 09:30", FOUR),
             X("change", [P("Malin Strömqvist", "malin.stromqvist@avesta.se", "Avesta kommun"),
                          P("Kim Andersson", "kim.andersson@avesta.se", "Avesta kommun")], ALL),
             "forwarded chain; manager substitutes Kim for Malin on 'samtliga träffar' -> change with both, all four; "
             "the sender is not among the people"),

        # e118 Pernilla writes again: signup after the answer
        mail("e118", "2027-03-10T08:22", ("Pernilla Stake", "pernilla.stake@malung-salen.se"), "Re: Digitalt deltagande?",
             "Hej igen!\n\nTack för snabbt svar. Synd att det inte går digitalt, men vi kör ändå: anmäl mig och min kollega "
             "Jimmy Rask till 3 maj och 21 september. Vi samåker från Sälen.\n\nHälsningar\nPernilla Stake\n"
             "Malung-Sälens kommun\n0280-181 00\n\n"
             "Den 26 februari 2027 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Pernilla!\n>\n> Träffarna är tyvärr bara fysiska, vi har ingen digital länk. Alla fyra träffarna\n"
             "> (3 maj, 21 september, 29 november, 22 februari) hålls på plats.\n>\n> Hälsningar\n> Linnea\n>\n"
             "> Den 26 februari 2027 10:18 skrev Pernilla Stake <pernilla.stake@malung-salen.se>:\n"
             ">> Går det att delta digitalt på träffarna?\n",
             X("register", [P("Pernilla Stake", "pernilla.stake@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jimmy Rask", None, "Malung-Sälens kommun")], [S1, S2]),
             "same person as e111 writes again and signs up self + colleague without address for 3/5 and 21/9; "
             "quoted answer lists all four dates"),

        # e119 HTML-only: colleague cancelled for one session
        mail("e119", "2027-03-12T13:57", ("Magnus Tell", "magnus.tell@orsa.se"), "Jonas Frisk 3 maj",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
             "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>Jonas Frisk kan tyv&auml;rr inte delta den 3 maj, han &auml;r p&aring; utbildning. "
             "Han kommer p&aring; de &ouml;vriga tr&auml;ffarna som planerat.</p>"
             "<p>H&auml;lsningar<br>Magnus Tell<br>Planchef<br>Orsa kommun<br>Box 23, 794 21 Orsa<br>0250-55 21 00</p>"
             "</div></body></html>",
             X("cancel", [P("Jonas Frisk", None, "Orsa kommun")], [S1]),
             "HTML-only (windows-1252, entities): manager withdraws a colleague from 3 May only -> cancel of that session; "
             "sender not among the people", html=True, charset="windows-1252"),

        # e120 English venue question
        mail("e120", "2027-03-15T16:40", ("Rachel Moore", "rachel.moore@regiondalarna.se"), "Venue for May 3?",
             "Hi Linnea,\n\nI'm signed up for DalaLab. Could you tell me where exactly in Falun the May 3 session is held? "
             "I'll be coming by train from Borlänge – is it within walking distance of Falun Central station?\n\n"
             "Thanks,\nRachel Moore\nRegional Development, Region Dalarna\n",
             X("question"),
             "English question about the venue from a registered participant -> question, no sessions"),

        # e121 address correction
        mail("e121", "2027-03-17T09:05", ("Ulrika Dahlén", "ulrika.dahlen@gagnef.se"), "Ändrad e-postadress",
             "Hej!\n\nJag anmälde mig i januari från min privata adress (ulrika.d@hotmail.com) eftersom jobbmejlen krånglade. "
             "Kan ni byta till jobbadressen ulrika.dahlen@gagnef.se så att kallelser och material hamnar rätt?\n\n"
             "Tack!\nUlrika Dahlén\nGagnefs kommun\n",
             X("change", [P("Ulrika Dahlén", "ulrika.dahlen@gagnef.se", "Gagnefs kommun")], []),
             "address correction naming no sessions -> change []; the old hotmail address is not kept",
             charset="iso-8859-1"),

        # e122 conditional signup
        mail("e122", "2027-03-19T14:28", ("Simon Bäck", "simon.back@ludvika.se"), "Är jag anmäld?",
             "Hej,\n\nMin chef sa att hon skulle anmäla några av oss till DalaLab men jag vet inte om hon gjort det för min del. "
             "Om jag inte redan står med vill jag gärna anmäla mig till alla fyra träffarna.\n\nMvh Simon Bäck\n"
             "Ludvika kommun\n",
             X("register", [P("Simon Bäck", "simon.back@ludvika.se", "Ludvika kommun")], ALL),
             "asks whether registered but signs up for all four if not -> register (a duplicate is harmless)"),

        # e123 telegram diet
        tg("e123", "2027-03-22T21:03", "Nadia Karlsson", 5307719842,
           "Hej! Jag är anmäld via mejl (nadia.karlsson@falun.se). Glömde säga att jag är laktosintolerant",
           X("change", [P("Nadia Karlsson", "nadia.karlsson@falun.se", "Falu kommun", diet="laktosintolerant")], [],
             diet="laktosintolerant"),
           "diet update via Telegram naming no sessions -> change []; address in text gives the organisation"),

        # e124 full own cancel, long signature
        mail("e124", "2027-03-24T11:37", ("Håkan Lindblom", "hakan.lindblom@lansstyrelsen.se"), "SV: Du är anmäld till DalaLab",
             "Hej Linnea,\n\nEfter en omorganisation här flyttas våra planfrågor till en annan enhet, och jag måste tyvärr "
             "avanmäla mig från DalaLab. Jag ber den nya enheten höra av sig om de vill skicka någon.\n\n"
             "Vänliga hälsningar\n\nHåkan Lindblom\nHandläggare, Enheten för samhällsplanering\nLänsstyrelsen Dalarna\n"
             "Besöksadress: Åsgatan 38, Falun\nPostadress: 791 84 Falun\nTelefon: 010-225 03 14 | Växel: 010-225 00 00\n"
             "Jag arbetar måndag–torsdag. Semester 28/6–30/7.\n\n"
             "Så behandlar vi dina personuppgifter: www.lansstyrelsen.se/dalarna/personuppgifter\n\n"
             + outlook_conf("Håkan Lindblom", "hakan.lindblom@lansstyrelsen.se", "den 3 december 2026 10:12", FOUR),
             X("cancel", [P("Håkan Lindblom", "hakan.lindblom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "full cancellation, no session named -> all four; long signature with street address, phones, holiday "
             "'28/6–30/7' and GDPR footer"),

        # e125 out-of-office (parental leave)
        mail("e125", "2027-03-26T10:02", ("Josefin Wallgren", "josefin.wallgren@borlange.se"),
             "Automatiskt svar: Vi har tagit emot din anmälan",
             "Hej!\n\nJag är föräldraledig till och med 20 september 2027 och läser inte min e-post. Jag är tillbaka "
             "tisdag 21 september.\n\nFrågor om översiktsplanen: Per-Olof Strand, 0243-740 12.\nÖvriga ärenden: "
             "kontaktcenter@borlange.se\n\nJosefin Wallgren\nBorlänge kommun\n",
             X("auto_reply"),
             "Swedish out-of-office about parental leave; 'tillbaka tisdag 21 september' is a session date but not a "
             "signup; a name and a phone number of a colleague"),

        # e126 near the deadline: autumn sessions
        mail("e126", "2027-04-02T15:49", ("Alva Mörk", "alva.mork@avesta.se"), "Anmälan DalaLab (hoppas inte för sent)",
             "Hej!\n\nSent omsider – jag hoppas att det inte är för sent. Jag vill vara med på höstens två träffar. "
             "I maj är jag tyvärr bortrest.\n\nMvh\nAlva Mörk\nMiljöstrateg, Avesta kommun\n073-812 44 90\n",
             X("register", [P("Alva Mörk", "alva.mork@avesta.se", "Avesta kommun")], [S2, S3]),
             "signup close to the deadline; 'höstens två träffar' = 21 Sep + 29 Nov; 'I maj' is an absence"),

        # e127 question: who is registered from Hedemora
        mail("e127", "2027-04-05T08:53", ("Stefan Grönlund", "stefan.gronlund@hedemora.se"), "Vilka från Hedemora är anmälda?",
             "Hej,\n\nKan ni bekräfta vilka från Hedemora som är anmälda nu? Camilla har slutat och jag vet att Roger och Anders "
             "står med. Har vi någon plats kvar innan 14 april, så att vi kan skicka ytterligare en person?\n\n"
             "Tack!\nStefan Grönlund\nSamhällsbyggnadschef, Hedemora kommun\n",
             X("question"),
             "question about who holds the quota places and whether one is free; names colleagues and the deadline but "
             "registers no one"),

        # e128 HTML table: three from Vansbro, near the deadline
        mail("e128", "2027-04-05T16:20", ("Lisa Nordin", "lisa.nordin@vansbro.se"), "Anmälan DalaLab Vansbro",
             "<html><body><p>Hej!</p><p>H&auml;r kommer anm&auml;lan fr&aring;n Vansbro kommun till samtliga tr&auml;ffar "
             "i DalaLab, innan sista dagen:</p>"
             "<table border=\"1\" cellpadding=\"4\"><tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>"
             "<tr><td>Lisa Nordin (jag)</td><td>lisa.nordin@vansbro.se</td><td>vegetarisk</td></tr>"
             "<tr><td>Patrik &Ouml;hman</td><td>patrik.ohman@vansbro.se</td><td>&ndash;</td></tr>"
             "<tr><td>Maja Hallberg</td><td>maja.hallberg@vansbro.se</td><td>glutenfri</td></tr></table>"
             "<p>V&auml;nliga h&auml;lsningar<br>Lisa Nordin<br>Vansbro kommun<br>0281-750 00</p></body></html>",
             X("register", [P("Lisa Nordin", "lisa.nordin@vansbro.se", "Vansbro kommun", diet="vegetarisk"),
                            P("Patrik Öhman", "patrik.ohman@vansbro.se", "Vansbro kommun"),
                            P("Maja Hallberg", "maja.hallberg@vansbro.se", "Vansbro kommun", diet="glutenfri")], ALL,
               diet="vegetarisk, glutenfri"),
             "HTML-only table of three (sender included), 'samtliga träffar' = all four; two per-person diets joined",
             html=True, charset="iso-8859-1"),

        # e129 telegram: still time?
        tg("e129", "2027-04-06T22:14", "Ida Sandström", 2290417763,
           "Hinner jag fortfarande anmäla mig? Isf till alla fyra träffarna 🙂 Ida Sandström, Orsa kommun",
           X("register", [P("Ida Sandström", None, "Orsa kommun")], ALL),
           "asks if there is still time and signs up for all four -> register"),

        # e130 leaving job: cancel and erase
        mail("e130", "2027-04-07T13:11", ("Kjell Mossberg", "kjell.mossberg@smedjebacken.se"), "Avanmälan och radering",
             "Hej,\n\nJag slutar på Smedjebackens kommun på fredag. Stryk mig från DalaLab och ta bort alla mina uppgifter "
             "ur era listor, jag vill inte få fler utskick.\n\nKjell Mossberg\n",
             X("erasure", [P("Kjell Mossberg", "kjell.mossberg@smedjebacken.se", "Smedjebackens kommun")], []),
             "leaving the job: 'stryk mig' + 'ta bort alla mina uppgifter' -> erasure (which implies the cancellation)"),

        # e131 Region Dalarna signup near the deadline
        mail("e131", "2027-04-08T09:26", ("Ebbe Ljung", "ebbe.ljung@regiondalarna.se"), "Anmälan",
             "Hej Linnea!\n\nJag jobbar med kollektivtrafikplanering här på regionen och vill gärna vara med på första och "
             "tredje träffen. Den andra krockar med trafikupphandlingen och i februari är jag på kurs.\n\n"
             "/Ebbe Ljung\nRegion Dalarna, Samhällsbyggnad\nVasagatan 16, Falun\n",
             X("register", [P("Ebbe Ljung", "ebbe.ljung@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "'första och tredje träffen' = 3 May + 29 Nov; the other two are explicitly declined"),

        # e132 reserve list by mail after a quota reply
        mail("e132", "2027-04-09T10:15", ("Jennie Palm", "jennie.palm@falun.se"), "SV: DalaLab – Falu kommun har redan tre anmälda",
             "Hej,\n\nOk, förstår. Ställ mig på reservlistan i så fall, om någon av dem får förhinder.\n\nMvh\nJennie Palm\n"
             "Planeringsenheten, Falu kommun\n023-82 000\n\n"
             "Den 8 april 2027 15:30 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Jennie!\n>\n> Tack för din anmälan. En kommun kan delta med högst tre personer, och från Falu\n"
             "> kommun är redan Marita Persson, Sven Boström och Nadia Karlsson anmälda.\n>\n"
             "> Vill du stå på reservlistan kan du svara på det här mejlet.\n>\n> Vänliga hälsningar\n> Linnea Hassis\n",
             X("register", [P("Jennie Palm", "jennie.palm@falun.se", "Falu kommun")], ALL),
             "reserve request after a quota refusal, no sessions named -> register for all four; the three names in the "
             "quote are not people of this request"),

        # e133 telegram: vårträffen
        tg("e133", "2027-04-09T19:48", "Arvid Nyström", 4470931256,
           "kan inte komma på vårträffen (krock med läkartid), men stå kvar på resten 🙏 /arvid, rättvik",
           X("cancel", [P("Arvid Nyström", None, "Rättviks kommun")], [S1]),
           "'vårträffen' = 3 May; partial withdrawal -> cancel of that session only"),

        # e134 Gustav (e094) writes again
        mail("e134", "2027-04-10T08:05", ("Gustav Ahlström", "gustav.ahlstrom@smedjebacken.se"),
             "SV: SV: Vi har tagit emot din anmälan",
             "Hej igen!\n\nKF-sammanträdet flyttades, så jag kan ändå komma den 3 maj. Kan jag vara med på både 3 maj och "
             "29 november? Förlåt för krånglet.\n\nGustav\n\n"
             "Från: Gustav Ahlström\nSkickat: den 15 januari 2027 11:20\nTill: linnea.hassis@regiondalarna.se\n"
             "Ämne: SV: Vi har tagit emot din anmälan\n\nHej!\n\nDet har tyvärr krockat med ett KF-sammanträde den 3 maj. "
             "Kan jag byta till träffen den 29 november i stället?\n",
             X("change", [P("Gustav Ahlström", "gustav.ahlstrom@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "same person as e094 writes again: wants both 3 May and 29 Nov -> change with the sessions after the change"),

        # e135 forwarded chain: manager signs up two colleagues on the last days
        mail("e135", "2027-04-10T11:42", ("Margareta Öberg", "margareta.oberg@alvdalen.se"), "VB: DalaLab?",
             "Hej Linnea,\n\nGodkänt från min sida – anmäl Elsa och Tove enligt nedan. Tove har adressen tove.rehn@alvdalen.se.\n\n"
             "Margareta Öberg\nSektorchef Samhälle, Älvdalens kommun\nDalgatan 24, 796 80 Älvdalen\n\n"
             "Från: Elsa Jonsson <elsa.jonsson@alvdalen.se>\nSkickat: den 9 april 2027 16:05\n"
             "Till: Margareta Öberg <margareta.oberg@alvdalen.se>\nÄmne: DalaLab?\n\n"
             "Hej! Tove Rehn och jag skulle gärna vilja gå på DalaLab. Vi kan på alla träffar utom den i september, "
             "då har vi planeringsdagar. Sista anmälningsdag är 14 april. Ok att vi anmäler oss?\n\n/Elsa\n",
             X("register", [P("Elsa Jonsson", "elsa.jonsson@alvdalen.se", "Älvdalens kommun"),
                            P("Tove Rehn", "tove.rehn@alvdalen.se", "Älvdalens kommun")], [S1, S3, S4]),
             "forwarded internal request approved by the manager (not registered); 'alla utom den i september' only in the "
             "forwarded part = 3/5, 29/11, 22/2; addresses from the forwarded header and the manager's text"),
    ]
