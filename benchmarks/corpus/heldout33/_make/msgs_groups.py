from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
planeringsprocesser till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Träffar:
* 3 maj 2027, kl. 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt
  perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
* 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur
  kan man jobba med det?
* 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
* 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
  digital tillgänglighet

Upp till tre personer per kommun kan delta. Sista anmälningsdag är den 14 april 2027,
anmälan till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines()) + "\n"


def messages():
    return [
        mail("aj046", "2026-12-03T09:12", ("Karin Wester", "karin.wester@borlange.se"),
             "Anmälan tre planerare – DalaLab",
             "Hej Linnea,\n\n"
             "Från Samhällsbyggnadsförvaltningen i Borlänge anmäler jag följande tre medarbetare till hela "
             "DalaLab:\n\n"
             "• Jonas Pettersson, översiktsplanerare – jonas.pettersson@borlange.se\n"
             "• Amra Hodžić, planarkitekt – amra.hodzic@borlange.se\n"
             "• Viktor Lagerqvist, strateg – viktor.lagerqvist@borlange.se\n\n"
             "Själv har jag tyvärr inte möjlighet att delta, men jag följer arbetet genom dem.\n\n"
             "Vänliga hälsningar\n"
             "Karin Wester\n"
             "Enhetschef, Strategisk planering\n"
             "Borlänge kommun\n"
             "Tfn 0243-740 12\n",
             X("register", [P("Jonas Pettersson", "jonas.pettersson@borlange.se", "Borlänge kommun"),
                            P("Amra Hodžić", "amra.hodzic@borlange.se", "Borlänge kommun"),
                            P("Viktor Lagerqvist", "viktor.lagerqvist@borlange.se", "Borlänge kommun")], ALL),
             "manager registers three staff with bullets, explicitly not attending herself"),

        mail("aj047", "2026-12-07T14:30", ("Sandberg Lotta", "lotta.sandberg@hedemora.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nVi anmäler oss härmed:\n\n"
             "Sandberg, Lotta; Öhman, Per-Erik; Kallio, Minna\n\n"
             "Alla tre jobbar på plan- och byggenheten och vi kommer på samtliga träffar.\n\n"
             "Mvh Lotta\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 1 december 2026 10:02\n"
             "Till: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INV,
             X("register", [P("Lotta Sandberg", "lotta.sandberg@hedemora.se", "Hedemora kommun"),
                            P("Per-Erik Öhman", None, "Hedemora kommun"),
                            P("Minna Kallio", None, "Hedemora kommun")], ALL),
             "Outlook reply, semicolon 'Efternamn, Förnamn' list incl. sender, invitation quoted below"),

        mail("aj048", "2026-12-10T11:05", ("Birgitta Nyqvist", "birgitta.nyqvist@ludvika.se"),
             "Anmälan DalaLab från Ludvika",
             "Hej,\n\n"
             "På uppdrag av förvaltningschef Tomas Hägg anmäler jag två personer från Ludvika till DalaLab, "
             "men bara till majträffen och till träffen den 21 september:\n\n"
             "Strand, Helena (planchef)\n"
             "Öberg, Rasmus (översiktsplanerare)\n\n"
             "Bekräftelse kan skickas till mig, jag samordnar deras kalendrar.\n\n"
             "Med vänlig hälsning\n"
             "Birgitta Nyqvist\n"
             "Nämndsekreterare, Ludvika kommun\n",
             X("register", [P("Helena Strand", None, "Ludvika kommun"),
                            P("Rasmus Öberg", None, "Ludvika kommun")], [S1, S2]),
             "secretary on behalf of a chief (not attending), 'Efternamn, Förnamn' without addresses, two sessions"),

        mail("aj049", "2026-12-14T15:40", ("Maria Kask", "maria.kask@regiondalarna.se"),
             "Anmälan DalaLab – Region Dalarna",
             "<html><body>"
             "<p>Hej Linnea!</p>"
             "<p>Vi från regionen blir fyra på alla fyra träffarna (vi har förstått att taket på tre gäller "
             "kommunerna):</p>"
             "<table border=\"1\" cellpadding=\"4\">"
             "<tr><th>Namn</th><th>E-post</th><th>Enhet</th><th>Kost</th></tr>"
             "<tr><td>Maria Kask</td><td>maria.kask@regiondalarna.se</td><td>Regional utveckling</td><td>–</td></tr>"
             "<tr><td>Oskar Vinberg</td><td>oskar.vinberg@regiondalarna.se</td><td>Kollektivtrafik</td>"
             "<td>vegetarisk</td></tr>"
             "<tr><td>Leila Amini</td><td>leila.amini@regiondalarna.se</td><td>Regional utveckling</td><td>–</td></tr>"
             "<tr><td>Göran Back</td><td>goran.back@regiondalarna.se</td><td>Kultur och bildning</td>"
             "<td>laktosfri</td></tr>"
             "</table>"
             "<p>Hälsningar<br>Maria Kask<br>Regionala utvecklingsförvaltningen</p>"
             "</body></html>",
             X("register", [P("Maria Kask", "maria.kask@regiondalarna.se", "Region Dalarna"),
                            P("Oskar Vinberg", "oskar.vinberg@regiondalarna.se", "Region Dalarna", "vegetarisk"),
                            P("Leila Amini", "leila.amini@regiondalarna.se", "Region Dalarna"),
                            P("Göran Back", "goran.back@regiondalarna.se", "Region Dalarna", "laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "HTML-only table of four incl. sender, per-person diets, region (no quota)", html=True),

        tg("aj050", "2026-12-15T20:14", "Sofia Lind", 5512093,
           "Hej! Anmäler mig + kollegan Kalle Ek, vi är från Orsa. Alla fyra träffar 👍",
           X("register", [P("Sofia Lind", None, "Orsa kommun"), P("Kalle Ek", None, "Orsa kommun")], ALL),
           "Telegram, sender plus colleague, organisation in text"),

        mail("aj051", "2026-12-17T08:22", ("Anders Moberg", "anders.moberg@gagnef.se"),
             "DalaLab – gemensam anmälan Gagnef/Leksand",
             "Hej!\n\n"
             "Gagnef och Leksand har ett gemensamt ÖP-samarbete och vi skulle gärna gå på DalaLab tillsammans. "
             "Anmäl oss så här:\n\n"
             "Från Gagnefs kommun: jag själv (Anders Moberg) och Lisa Gren, lisa.gren@gagnef.se\n"
             "Från Leksands kommun: Tuva Eriksson, tuva.eriksson@leksand.se\n\n"
             "Vi kommer på alla fyra tillfällena.\n\n"
             "Hälsningar\nAnders Moberg\nSamhällsplanerare, Gagnefs kommun\n",
             X("register", [P("Anders Moberg", "anders.moberg@gagnef.se", "Gagnefs kommun"),
                            P("Lisa Gren", "lisa.gren@gagnef.se", "Gagnefs kommun"),
                            P("Tuva Eriksson", "tuva.eriksson@leksand.se", "Leksands kommun")], ALL),
             "two municipalities in one mail, per-line organisation headings"),

        mail("aj052", "2026-12-21T10:48", ("Jessica Alm", "jessica.alm@sater.se"),
             "Anmälan nyanställd till DalaLab",
             "Hej!\n\n"
             "Vi har en nyanställd planarkitekt, Mohammed Farah, som börjar hos oss den 1 februari. "
             "Han och hans chef Ingela Dahl vill gärna vara med på höstens två träffar (21/9 och 29/11).\n\n"
             "Mohammeds e-post blir mohammed.farah@sater.se (den aktiveras när han börjar). "
             "Ingela nås på ingela.dahl@sater.se.\n\n"
             "Med vänlig hälsning\n"
             "Jessica Alm\n"
             "HR-specialist\n"
             "Säters kommun\n",
             X("register", [P("Mohammed Farah", "mohammed.farah@sater.se", "Säters kommun"),
                            P("Ingela Dahl", "ingela.dahl@sater.se", "Säters kommun")], [S2, S3]),
             "HR registers a new hire and his manager, autumn sessions, iso-8859-1", charset="iso-8859-1"),

        mail("aj053", "2027-01-08T13:15", ("Håkan Lindblom", "hakan.lindblom@falun.se"),
             "Byte av deltagare 3 maj",
             "Hej Linnea,\n\n"
             "Anna Berg är anmäld till alla fyra träffarna men kan inte komma den 3 maj, då är hon på "
             "utbildning i Stockholm. Petter Nyström (petter.nystrom@falun.se) går i hennes ställe den dagen. "
             "Resten av träffarna går Anna som planerat.\n\n"
             "/Håkan Lindblom\nPlanchef, Falu kommun\n",
             X("change", [P("Anna Berg", None, "Falu kommun"),
                          P("Petter Nyström", "petter.nystrom@falun.se", "Falu kommun")], [S1]),
             "manager substitutes one session only; leaver without address keeps the rest"),

        mail("aj054", "2027-01-12T09:03", ("Lena Hedin", "lena.hedin@vansbro.se"),
             "Avanmälan DalaLab",
             "Hej,\n\n"
             "Jag skriver å Patrik Söderbergs vägnar. Han är sjukskriven en längre tid och kan därför inte "
             "delta i DalaLab. Vänligen stryk honom från samtliga träffar.\n\n"
             "Hans kollega Malin Ros är kvar som anmäld.\n\n"
             "Vänliga hälsningar\nLena Hedin\nAdministratör, Samhällsbyggnad\nVansbro kommun\n",
             X("cancel", [P("Patrik Söderberg", None, "Vansbro kommun")], ALL),
             "administrator cancels a colleague; another colleague stays and is not in the request"),

        mail("aj055", "2027-01-13T16:40", ("Nils Granqvist", "nils.granqvist@mora.se"),
             "Fråga om antal platser",
             "Hej\n\n"
             "Vi är fyra på planeringsavdelningen i Mora som gärna vill delta i DalaLab. Jag ser att det står "
             "upp till tre per kommun men undrar om den fjärde kan stå på en reservlista eller om vi måste "
             "välja ut tre redan nu\n\n"
             "Hälsningar Nils\n",
             X("question", [], []),
             "quota question without a question mark, nobody named"),

        mail("aj056", "2027-01-18T10:30", ("Eva Brink", "eva.brink@avesta.se"),
             "Anmälan Avesta",
             "Hej!\n\n"
             "Avesta anmäler tre personer till DalaLab: jag, Eva Brink, samt Hampus Ek (hampus.ek@avesta.se) "
             "och Jenny Falk (jenny.falk@avesta.se).\n\n"
             "Vi kan gå på alla träffar utom den i november – då har vi budgetdagar i kommunen.\n\n"
             "Eva Brink\nÖversiktsplanerare\n",
             X("register", [P("Eva Brink", "eva.brink@avesta.se", "Avesta kommun"),
                            P("Hampus Ek", "hampus.ek@avesta.se", "Avesta kommun"),
                            P("Jenny Falk", "jenny.falk@avesta.se", "Avesta kommun")], [S1, S2, S4]),
             "group of three, 'alla utom den i november'"),

        mail("aj057", "2027-01-20T14:02", ("Camilla Ljung", "camilla.ljung@rattvik.se"),
             "Lägga till septemberträffen",
             "Hej!\n\n"
             "Vi tre från Rättvik (jag, Olof Mattsson och Siv Gustafsson) är anmälda till första träffen den "
             "3 maj. Vi skulle gärna vara med även på träffen i september om utvecklingsinriktning. Kan ni "
             "lägga till den för oss alla tre?\n\n"
             "Tack på förhand!\nCamilla Ljung\n",
             X("change", [P("Camilla Ljung", "camilla.ljung@rattvik.se", "Rättviks kommun"),
                          P("Olof Mattsson", None, "Rättviks kommun"),
                          P("Siv Gustafsson", None, "Rättviks kommun")], [S1, S2]),
             "group adds a session (by month and theme), phrased as a request with question mark"),

        mail("aj058", "2027-01-22T08:15", ("Ulf Backman", "ulf.backman@smedjebacken.se"),
             "Avanmälan Ulf Backman",
             "Hej,\n\n"
             "Jag måste tyvärr avanmäla mig från DalaLab – en omorganisation gör att jag får andra "
             "arbetsuppgifter från mars. Min kollega Frida Holm är också anmäld och hennes anmälan gäller som "
             "förut.\n\n"
             "Mvh Ulf Backman\nSmedjebackens kommun\n",
             X("cancel", [P("Ulf Backman", "ulf.backman@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "sender cancels; colleague's signup 'gäller som förut' is not in the request"),

        mail("aj059", "2027-01-25T11:47", ("Sara Nordin", "sara.nordin@leksand.se"),
             "VB: DalaLab?",
             "Hej Linnea, se nedan – kan du anmäla Jonas till alla träffar? Tack!\n/Sara\n\n"
             "Sara Nordin\nEnhetschef Plan, Leksands kommun\n\n"
             "Från: Jonas Bergström <jonas.bergstrom@leksand.se>\n"
             "Skickat: den 25 januari 2027 09:12\n"
             "Till: Sara Nordin <sara.nordin@leksand.se>\n"
             "Ämne: DalaLab?\n\n"
             "Hej Sara! Jag såg inbjudan till DalaLab från Region Dalarna, vore det ok att jag går? Det passar "
             "bra ihop med ÖP-arbetet.\n/Jonas\n",
             X("register", [P("Jonas Bergström", "jonas.bergstrom@leksand.se", "Leksands kommun")], ALL),
             "manager forwards an employee's request; person's address in the forwarded header"),

        mail("aj060", "2027-01-27T15:20", ("Linus Åberg", "linus.aberg@alvdalen.se"),
             "Anmälan till två träffar",
             "Hej!\n\n"
             "Jag och min kollega Ronja Persson (ronja.persson@alvdalen.se) vill anmäla oss till två av "
             "träffarna: den om tillgänglighet (rumslig närhet, mobilitet osv.) och den om att planera för "
             "osäkerheter och önskvärda framtider. De andra två hinner vi tyvärr inte med.\n\n"
             "Linus Åberg\nÄlvdalens kommun\n",
             X("register", [P("Linus Åberg", "linus.aberg@alvdalen.se", "Älvdalens kommun"),
                            P("Ronja Persson", "ronja.persson@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
             "two people, sessions by theme only"),

        mail("aj061", "2027-02-01T07:55", ("Event Housing Partners", "groups@eventhousing-partners.com"),
             "Group Registration – DalaLab attendees",
             "Dear Organiser,\n\n"
             "We noticed that your event DalaLab will take place in Falun on 3 May 2027. Event Housing Partners "
             "is the preferred housing bureau for events in the region. To secure discounted group rates, "
             "please register your attendee group with us by replying with the names, e-mail addresses and "
             "organisations of all participants before 1 March.\n\n"
             "Rooms not registered through us cannot be guaranteed.\n\n"
             "Kind regards,\nGroup Reservations Team\nEvent Housing Partners\n",
             X("unknown", [], []),
             "housing-bureau scam dressed as group registration"),

        mail("aj062", "2027-02-03T12:10", ("Jens Olander", "jens.olander@hedemora.se"),
             "Radera mina uppgifter",
             "Hej,\n\n"
             "Min chef har tydligen anmält hela enheten till DalaLab, inklusive mig, utan att fråga först. "
             "Jag kommer inte att delta och vill dessutom att ni tar bort alla mina personuppgifter ur er "
             "deltagarlista och era register, med stöd av GDPR.\n\n"
             "Jens Olander\n",
             X("erasure", [P("Jens Olander", "jens.olander@hedemora.se", "Hedemora kommun")], []),
             "erasure by someone a manager registered with a group"),

        mail("aj063", "2027-02-05T16:02", ("Marie Holmgren", "marie.holmgren@ludvika.se"),
             "Autosvar: Bekräftelse DalaLab",
             "Tack för ditt mejl.\n\n"
             "Jag är tjänstledig till och med den 31 mars. Ärenden om anmälningar till DalaLab och andra "
             "utbildningar hanteras under tiden av Helena Strand, helena.strand@ludvika.se, tfn 0240-860 00.\n\n"
             "Marie Holmgren\nLudvika kommun\n",
             X("auto_reply", [], []),
             "out-of-office naming a colleague who handles DalaLab signups"),

        tg("aj064", "2027-02-08T19:33", "Mattias Grön", 6021844,
           "hej, jag kommer inte kunna gå 21/9. hanna ström från samma kontor (avesta) tar min plats den dagen, "
           "hon har mejl hanna.strom@avesta.se",
           X("change", [P("Mattias Grön", None, "Avesta kommun"),
                        P("Hanna Ström", "hanna.strom@avesta.se", "Avesta kommun")], [S2]),
           "Telegram lower-case substitution for one session, org only via 'samma kontor (avesta)'"),

        mail("aj065", "2027-02-10T10:10", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "Registration – DalaLab",
             "Hi Linnea,\n\n"
             "I'd like to register myself and two colleagues from the regional development unit for the "
             "September and November sessions:\n\n"
             "- Priya Natarajan, priya.natarajan@regiondalarna.se\n"
             "- Tomas Kerr, tomas.kerr@regiondalarna.se\n\n"
             "Unfortunately none of us can make it in May or February.\n\n"
             "Best regards,\nDaniel Okafor\nAnalyst, Region Dalarna\n",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna"),
                            P("Priya Natarajan", "priya.natarajan@regiondalarna.se", "Region Dalarna"),
                            P("Tomas Kerr", "tomas.kerr@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English, sender plus two, sessions by month with the excluded months named too"),

        mail("aj066", "2027-02-12T09:25", ("Gunilla Sjöberg", "gunilla.sjoberg@malung-salen.se"),
             "Anmälan DalaLab Malung-Sälen",
             "Hej!\n\n"
             "Härmed anmäls följande från Malung-Sälens kommun till DalaLab (samtliga träffar):\n\n"
             "1. Emil Rask, översiktsplanerare, 0280-181 22, emil.rask@malung-salen.se\n"
             "2. Karolina Finn, planarkitekt, 0280-181 35, karolina.finn@malung-salen.se\n"
             "3. Björn Hed, mark och exploatering, 0280-182 07, bjorn.hed@malung-salen.se\n"
             "4. Ida Wallin, samhällsplanerare, 0280-181 90, ida.wallin@malung-salen.se\n\n"
             "Jag vet att det står max tre per kommun. Om det inte finns plats för alla fyra, prioritera i den "
             "ordning de står. Själv deltar jag inte.\n\n"
             "Gunilla Sjöberg\nKanslichef\nMalung-Sälens kommun\n0280-180 00\n",
             X("register", [P("Emil Rask", "emil.rask@malung-salen.se", "Malung-Sälens kommun"),
                            P("Karolina Finn", "karolina.finn@malung-salen.se", "Malung-Sälens kommun"),
                            P("Björn Hed", "bjorn.hed@malung-salen.se", "Malung-Sälens kommun"),
                            P("Ida Wallin", "ida.wallin@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "four over quota with priority order, numbered list with phone numbers, sender not attending"),

        mail("aj067", "2027-02-15T13:50", ("Petra Holm", "petra.holm@orsa.se"),
             "Komplettering kost – Orsa",
             "Hej!\n\n"
             "En komplettering till anmälan från Orsa: Kalle Ek har celiaki och behöver glutenfri kost vid "
             "fika och lunch. I övrigt är allt oförändrat.\n\n"
             "Petra Holm\nAssistent, Samhällsbyggnad Orsa\n",
             X("change", [P("Kalle Ek", None, "Orsa kommun", "glutenfri")], [], diet="glutenfri"),
             "assistant adds a colleague's diet, no sessions stated"),

        mail("aj068", "2027-02-17T08:40", ("Sven Karlberg", "sven.karlberg@gagnef.se"),
             "byte av träff",
             "Hej, vi två från Gagnef (jag och Maja Lund) vill flyta från 21 sept till 29 nov om det går.\n"
             "Mvh Sven\n\nSkickat från min iPhone\n",
             X("change", [P("Sven Karlberg", "sven.karlberg@gagnef.se", "Gagnefs kommun"),
                          P("Maja Lund", None, "Gagnefs kommun")], [S3]),
             "bare swap for two with typo 'flyta'"),

        mail("aj069", "2027-02-19T10:00", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"),
             "Anmälan DalaLab – Elin Sundqvist",
             "Hej,\n\n"
             "Detta skickas från vår gemensamma funktionsbrevlåda. Vi vill anmäla Elin Sundqvist, planarkitekt, "
             "till DalaLab (samtliga träffar). Elins egen adress är elin.sundqvist@ludvika.se – skicka gärna "
             "bekräftelsen dit.\n\n"
             "Med vänlig hälsning\nSamhällsbyggnadsförvaltningen\nLudvika kommun\n",
             X("register", [P("Elin Sundqvist", "elin.sundqvist@ludvika.se", "Ludvika kommun")], ALL),
             "shared mailbox registers one person whose own address is in the text"),

        mail("aj070", "2027-02-22T11:11", ("Jonna Rehn", "jonna.rehn@rattvik.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nVi blir två från Rättvik: jag och Henrik Sjödin (henrik.sjodin@rattvik.se). "
             "Vi går bara på första och sista träffen.\n\n/Jonna\n\n"
             "Den 1 dec. 2026 kl. 10:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n" + quoted(INV),
             X("register", [P("Jonna Rehn", "jonna.rehn@rattvik.se", "Rättviks kommun"),
                            P("Henrik Sjödin", "henrik.sjodin@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "reply over the quoted invitation with all dates; 'första och sista' as ordinals"),

        mail("aj071", "2027-02-24T14:45", ("Roger Lilja", "roger.lilja@smedjebacken.se"),
             "Avanmälan 29 november – Smedjebacken",
             "Hej,\n\n"
             "Vi från Smedjebacken kan tyvärr inte komma på träffen den 29 november, eftersom "
             "kommunfullmäktige sammanträder samma dag. Det gäller alla tre: Roger Lilja, Annika Moberg och "
             "Daniel Fors. Övriga träffar kommer vi på som planerat.\n\n"
             "Roger Lilja\nPlanchef\n",
             X("cancel", [P("Roger Lilja", "roger.lilja@smedjebacken.se", "Smedjebackens kommun"),
                          P("Annika Moberg", None, "Smedjebackens kommun"),
                          P("Daniel Fors", None, "Smedjebackens kommun")], [S3]),
             "group withdraws from one session, keeps the rest; iso-8859-1", charset="iso-8859-1"),

        mail("aj072", "2027-02-26T09:02", ("Therese Ek", "therese.ek@borlange.se"),
             "dalalab",
             "hej!\noskar lund slutar hos oss i mars. fredrik ahl tar över hans plats i dalalab på alla fyra "
             "träffarna, fredrik.ahl@borlange.se\n\nmvh therese ek, hr\n",
             X("change", [P("Oskar Lund", None, "Borlänge kommun"),
                          P("Fredrik Ahl", "fredrik.ahl@borlange.se", "Borlänge kommun")], ALL),
             "HR third-party substitution all in lower case"),

        tg("aj073", "2027-03-01T12:30", "Kristina Vik", 7730122,
           "Hej, räknas länsstyrelsen in i kvoten på tre? Vi är fyra här som vill gå, vill veta innan vi anmäler oss",
           X("question", [], []),
           "Telegram quota question from Länsstyrelsen before any signup"),

        tg("aj074", "2027-03-02T07:48", "Sten Ros", 5098871,
           "Anmäler: Per Ek, Ulla Ek, Sten Ros – Vansbro. Alla datum",
           X("register", [P("Per Ek", None, "Vansbro kommun"), P("Ulla Ek", None, "Vansbro kommun"),
                          P("Sten Ros", None, "Vansbro kommun")], ALL),
           "Telegram terse list including the sender last"),

        mail("aj075", "2027-03-03T13:20", ("Annelie Borg", "annelie.borg@lansstyrelsen.se"),
             "Anmälan DalaLab",
             "Hej!\n\n"
             "Jag anmäler härmed mig själv och kollegan Fredrik Sahlin (fredrik.sahlin@lansstyrelsen.se), "
             "enheten för samhällsplanering, till andra och tredje träffen i DalaLab.\n\n"
             "Med vänliga hälsningar\nAnnelie Borg\nLänsstyrelsen Dalarna\n010-225 00 00\n",
             X("register", [P("Annelie Borg", "annelie.borg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Fredrik Sahlin", "fredrik.sahlin@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3]),
             "sessions by ordinal, Länsstyrelsen"),

        mail("aj076", "2027-03-05T10:42", ("Ingrid Falk", "ingrid.falk@mora.se"),
             "DalaLab – Mora",
             "Hej Linnea!\n\n"
             "Jag anmäler mig själv och mina två planarkitekter Ali Haddad och Sanna Brus till samtliga "
             "DalaLab-träffar. Sanna är vegan.\n\n"
             "Hälsningar\n"
             "Ingrid Falk\n"
             "Chef Plan- och exploateringsenheten\n"
             "Mora kommun\n"
             "Besöksadress: Fredsgatan 16, 792 80 Mora\n"
             "Postadress: Mora kommun, 792 80 Mora\n"
             "Tfn: 0250-260 00 (växel), 0250-261 44 (direkt)\n"
             "Mobil: 070-312 45 87\n"
             "www.mora.se\n\n"
             "När du skickar e-post till Mora kommun behandlas dina personuppgifter enligt dataskyddsförordningen "
             "(GDPR). Läs mer på www.mora.se/personuppgifter.\n",
             X("register", [P("Ingrid Falk", "ingrid.falk@mora.se", "Mora kommun"),
                            P("Ali Haddad", None, "Mora kommun"),
                            P("Sanna Brus", None, "Mora kommun", "vegan")], ALL, diet="vegan"),
             "manager plus two staff without addresses, one diet, long signature and GDPR footer"),

        mail("aj077", "2027-03-08T15:05", ("Per Lindgren", "per.lindgren@sater.se"),
             "Ändring – Johan Ekström",
             "Hej,\n\n"
             "Johan Ekström i vår grupp kan inte delta den 22 februari 2028 men kommer på de övriga tre "
             "träffarna som vanligt. Vi andra från Säter är oförändrade.\n\n"
             "Per Lindgren\nSäters kommun\n",
             X("cancel", [P("Johan Ekström", None, "Säters kommun")], [S4]),
             "colleague withdrawn from one session under 'Ändring'; the rest of the group unchanged"),

        tg("aj078", "2027-03-09T21:10", "Chris Doyle", 8044120,
           "Hi! Please sign up me and my colleague Ahmed Rashid, we're both at Borlänge municipality. "
           "Only the May 3rd session for now.",
           X("register", [P("Chris Doyle", None, "Borlänge kommun"), P("Ahmed Rashid", None, "Borlänge kommun")],
             [S1]),
           "Telegram English, sender and colleague, one session"),

        mail("aj079", "2027-03-10T08:58", ("Karl-Johan Bäck", "karl-johan.back@lansstyrelsen.se"),
             "Anmälan Lst + RD",
             "Hej,\n\n"
             "Jag anmäler mig (Länsstyrelsen) och Matilda Ros från RD, matilda.ros@regiondalarna.se, till "
             "DalaLab. Vi samverkar kring RUS och översiktsplaneringen och vill gärna gå tillsammans på alla "
             "träffar.\n\n"
             "/Karl-Johan Bäck\nSamhällsplanerare\n",
             X("register", [P("Karl-Johan Bäck", "karl-johan.back@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Matilda Ros", "matilda.ros@regiondalarna.se", "Region Dalarna")], ALL),
             "two organisations, region written 'RD', hyphenated first name"),

        mail("aj080", "2027-03-12T09:40", ("Agneta Svensson", "agneta.svensson@falun.se"),
             "VB: Sjukskrivning – DalaLab 3 maj",
             "Hej,\n\nTove har bett mig meddela er, se nedan. Hon ska alltså strykas från första träffen.\n\n"
             "Mvh Agneta Svensson\nAdministratör, Falu kommun\n\n"
             "Från: Tove Lindh <tove.lindh@falun.se>\n"
             "Skickat: den 11 mars 2027 17:22\n"
             "Till: Agneta Svensson <agneta.svensson@falun.se>\n"
             "Ämne: Sjukskrivning\n\n"
             "Hej Agneta! Jag ska opereras i slutet av april och blir sjukskriven några veckor, så jag kan inte "
             "gå på DalaLab den 3 maj. Kan du meddela Region Dalarna? Höstens träffar räknar jag med att gå på.\n"
             "/Tove\n",
             X("cancel", [P("Tove Lindh", "tove.lindh@falun.se", "Falu kommun")], [S1]),
             "administrator forwards a colleague's withdrawal from one session ('VB:'), autumn kept"),

        mail("aj081", "2027-03-15T11:30", ("Mikael Torstensson", "mikael.torstensson@alvdalen.se"),
             "Nya deltagare från Älvdalen",
             "Hej!\n\n"
             "Vi har omfördelat uppdraget internt. I stället för Lars Hed och Karin Olsson, som var anmälda, går "
             "Nils Eklund (nils.eklund@alvdalen.se) och Sara Mäki (sara.maki@alvdalen.se) på samtliga fyra "
             "träffar. Tacksam om ni ändrar i deltagarlistan.\n\n"
             "Mikael Torstensson\nFörvaltningschef, Älvdalens kommun\n",
             X("change", [P("Lars Hed", None, "Älvdalens kommun"), P("Karin Olsson", None, "Älvdalens kommun"),
                          P("Nils Eklund", "nils.eklund@alvdalen.se", "Älvdalens kommun"),
                          P("Sara Mäki", "sara.maki@alvdalen.se", "Älvdalens kommun")], ALL),
             "department head swaps two people for two others"),

        mail("aj082", "2027-03-16T14:14", ("Therese Kvist", "therese.kvist@hedemora.se"),
             "Anmälan majträffen",
             "<html><body><p>Hej,</p>"
             "<p>Följande från Hedemora anmäls till <b>majträffen</b> i Falun:</p>"
             "<ul><li>Therese Kvist</li>"
             "<li>Mats Björk – mats.bjork@hedemora.se</li>"
             "<li>Anneli Sund – anneli.sund@hedemora.se, laktosfri</li></ul>"
             "<p>Om de övriga träffarna återkommer vi.</p>"
             "<p>Therese Kvist<br>Hedemora kommun</p></body></html>",
             X("register", [P("Therese Kvist", "therese.kvist@hedemora.se", "Hedemora kommun"),
                            P("Mats Björk", "mats.bjork@hedemora.se", "Hedemora kommun"),
                            P("Anneli Sund", "anneli.sund@hedemora.se", "Hedemora kommun", "laktosfri")],
               [S1], diet="laktosfri"),
             "HTML-only bullet list incl. sender without address, 'majträffen', one diet", html=True),

        mail("aj083", "2027-03-18T10:05", ("Johanna Lund", "johanna.lund@vansbro.se"),
             "DalaLab",
             "Hej!\n\n"
             "Jag och Erik Mårtensson (erik.martensson@vansbro.se) anmäler oss till alla fyra. Blir det lunch "
             "även på höstträffarna, och i så fall var?\n\n"
             "Johanna\n",
             X("register", [P("Johanna Lund", "johanna.lund@vansbro.se", "Vansbro kommun"),
                            P("Erik Mårtensson", "erik.martensson@vansbro.se", "Vansbro kommun")], ALL),
             "signup of two with a question naming the autumn sessions"),

        mail("aj084", "2027-03-19T06:00", ("Plan & Bygg Forum", "nyhetsbrev@planbyggforum.se"),
             "Nyhetsbrev mars: gruppanmälan öppen till Plandagarna 2027",
             "PLAN & BYGG FORUM – NYHETSBREV MARS 2027\n\n"
             "Nu öppnar anmälan till Plandagarna 2027! Anmäl hela arbetsgruppen – från tre deltagare från "
             "samma organisation får ni 20 % rabatt.\n\n"
             "I detta nummer:\n- Ny praxis om detaljplaner\n- Så lyckas ni med ÖP-modellen\n"
             "- Kalendarium: kurser och seminarier våren 2027\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumerationen här: "
             "https://planbyggforum.se/avregistrera\n",
             X("unknown", [], []),
             "newsletter offering group signup to another event"),

        mail("aj085", "2027-03-22T08:01", ("Säters kommun", "kommun@sater.se"),
             "Mottagningskvitto: Anmälan DalaLab – bekräftelse",
             "Detta är ett automatiskt svar.\n\n"
             "Ditt meddelande har tagits emot av Säters kommun och registrerats med diarienummer KS 2027/0412. "
             "Handläggare: Per Lindgren.\n\n"
             "Svara inte på detta meddelande.\n",
             X("auto_reply", [], []),
             "registry receipt from a municipality's mailbox naming a case officer"),

        mail("aj086", "2027-03-23T13:37", ("Anton Wikström", "anton.wikstrom@leksand.se"),
             "Anmälan DalaLab Leksand",
             "Hej, klistrar in från vår lista:\n\n"
             "Efternamn\tFörnamn\tE-post\tTräffar\n"
             "WIKSTRÖM\tAnton\tanton.wikstrom@leksand.se\talla\n"
             "NORDIN\tMaja\tmaja.nordin@leksand.se\talla\n"
             "Holmqvist\tEbba\tebba.holmqvist@leksand.se\talla\n\n"
             "Mvh Anton\n",
             X("register", [P("Anton Wikström", "anton.wikstrom@leksand.se", "Leksands kommun"),
                            P("Maja Nordin", "maja.nordin@leksand.se", "Leksands kommun"),
                            P("Ebba Holmqvist", "ebba.holmqvist@leksand.se", "Leksands kommun")], ALL),
             "tab-separated spreadsheet paste, surname first and in capitals"),

        mail("aj087", "2027-03-25T09:50", ("Maria Kask", "maria.kask@regiondalarna.se"),
             "Rättelse e-postadress",
             "Hej!\n\n"
             "I vår anmälan från regionen blev Oskar Vinbergs adress fel. Rätt adress är "
             "oskar.a.vinberg@regiondalarna.se (han har en namne hos oss). Inget annat ändras.\n\n"
             "Maria\n",
             X("change", [P("Oskar Vinberg", "oskar.a.vinberg@regiondalarna.se", "Region Dalarna")], []),
             "colleague's address corrected by the one who registered the group"),

        tg("aj088", "2027-03-29T17:15", "Linn Axelsson", 6650913,
           "Tråkigt men vi från Avesta (jag, Moa Strand och Tim Berg) hoppar av hela dalalab 😕 budgeten drogs in",
           X("cancel", [P("Linn Axelsson", None, "Avesta kommun"), P("Moa Strand", None, "Avesta kommun"),
                        P("Tim Berg", None, "Avesta kommun")], ALL),
           "Telegram group withdraws from the whole project"),

        mail("aj089", "2027-04-01T10:20", ("Oscar Nyberg", "oscar.nyberg@orsa.se"),
             "Anmälan DalaLab",
             "Hej,\n\n"
             "Anmäl mig och en kollega till alla träffar. Vem av kollegorna som följer med bestäms på "
             "enhetsmötet, jag återkommer med namnet.\n\n"
             "Oscar Nyberg\nOrsa kommun\n",
             X("register", [P("Oscar Nyberg", "oscar.nyberg@orsa.se", "Orsa kommun")], ALL, unsure=["others"]),
             "sender plus an unnamed colleague to be named later"),

        mail("aj090", "2027-04-06T15:30", ("Kim Sjöström", "kim.sjostrom@avesta.se"),
             "Dela plats?",
             "Hej!\n\n"
             "Går det att dela på en plats, alltså att jag går den 3 maj och min kollega Ali Yusuf går 21 "
             "september och 29 november? Vi är redan tre anmälda från Avesta i övrigt.\n\n"
             "Kim\n",
             X("question", [], []),
             "question about sharing a quota place, naming dates and a colleague"),
    ]
