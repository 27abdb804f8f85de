from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The invitation as Outlook quotes it under a reply (sent Tuesday 1 December 2026).
INV = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:05
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt om strategisk översiktsplanering och planeringsstrategier. Projektet vänder sig i första hand till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
• 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Projektledare DalaLab
Region Dalarna
"""

# The reminder (sent Monday 1 March 2027), quoted the same way.
REM = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 mars 2027 08:30
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är onsdag 14 april 2027. Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15.

Upp till tre personer per kommun. Glöm inte att ange eventuell specialkost.

Hälsningar
Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("c001", "2026-12-01T14:06", ("Sven Jernberg", "sven.jernberg@rattvik.se"),
             "Automatiskt svar: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag är på tjänsteresa 30 november–4 december och har begränsad tillgång till e-post. "
             "Jag läser mina mejl när jag är tillbaka måndag 7 december.\n\nVid brådskande ärenden, kontakta "
             "samhällsbyggnadsförvaltningen via kommunens växel 0248-700 00.\n\nMed vänlig hälsning\nSven Jernberg\n"
             "Rättviks kommun",
             X("auto_reply"),
             "Outlook out-of-office answering the invitation minutes after it went out; dates of absence and a phone "
             "number, no signup"),

        mail("c002", "2026-12-01T15:22", ("Maja Granström", "maja.granstrom@falun.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nTack för inbjudan! Jag anmäler mig gärna till DalaLab. Vi håller på att ta fram en ny "
             "planeringsstrategi så tajmingen är perfekt.\n\nMed vänliga hälsningar\n\nMaja Granström\n"
             "Översiktsplanerare\nStadsbyggnadsförvaltningen\nFalu kommun\n791 83 Falun\nBesöksadress: Stadshuset, "
             "Slaggatan 2\nTel: 023-83 000 (växel)\nDirekt: 023-77 83 41\nwww.falun.se\n\n" + INV,
             X("register", [P("Maja Granström", "maja.granstrom@falun.se", "Falu kommun")], ALL),
             "Outlook reply quoting the invitation (all four dates, deadline); no session named -> all four; "
             "signature with postcode and phone numbers"),

        mail("c003", "2026-12-02T07:58", ("Olof Hedin", "olof.hedin@mora.se"), "Anmälan",
             "Hej!\n\nAnmäl mig till alla fyra träffar.\n\nMvh Olof Hedin, Mora kommun",
             X("register", [P("Olof Hedin", "olof.hedin@mora.se", "Mora kommun")], ALL),
             "short self-signup, 'alla fyra träffar'"),

        mail("c004", "2026-12-02T11:31", ("Kvist Amanda", "amanda.kvist@borlange.se"), "Anmälan DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
             "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>"
             "</head><body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej Linnea,</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Jag vill anm&auml;la mig till DalaLab, alla fyra tillf&auml;llena.</p>"
             "<p class=\"MsoNormal\">Vegetarisk kost, tack.</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">V&auml;nliga h&auml;lsningar</p>"
             "<p class=\"MsoNormal\"><b>Amanda Kvist</b><br>Planeringsstrateg<br>Strategisk samh&auml;llsplanering"
             "<br>Borl&auml;nge kommun<br>781 81 Borl&auml;nge<br>Tel. 0243-743 12</p>"
             "<p class=\"MsoNormal\"><a href=\"https://www.borlange.se\">www.borlange.se</a></p>"
             "</div></body></html>",
             X("register", [P("Amanda Kvist", "amanda.kvist@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML-only Outlook mail with entities; surname-first display name; 'Vegetarisk kost' -> vegetarisk",
             html=True),

        mail("c005", "2026-12-03T09:47", ("Tove Ersson", "tove.ersson@leksand.se"), "DalaLab – anmälan från Leksand",
             "Hej Linnea!\n\nVad roligt att Region Dalarna drar igång det här. Vi i Leksand antog vår "
             "planeringsstrategi i höstas (KF 2026-10-26, § 112) och står nu inför frågan hur vi ska jobba vidare "
             "med utvecklingsinriktningen i den kommande översiktsplanen, så DalaLab känns som helt rätt forum "
             "för oss. Inte minst träffen om ÖP-modellen i september ser jag fram emot, och tillgänglighetsträffen "
             "passar bra ihop med vårt arbete med en ny trafikstrategi.\n\nJag anmäler mig till träff 1, 2 och 4. "
             "Den 29 november har vi redan bokat budgetdagar med nämnden och det går tyvärr inte att flytta, så den "
             "får jag stå över.\n\nJag vet att flera kollegor också är intresserade, men de får höra av sig själva "
             "när de vet om de kan.\n\nHälsningar\nTove Ersson\nArkitekt/översiktsplanerare\n"
             "Samhällsbyggnadsförvaltningen, Leksands kommun\nBox 301, 793 27 Leksand\n0247-802 45",
             X("register", [P("Tove Ersson", "tove.ersson@leksand.se", "Leksands kommun")], [S1, S2, S4]),
             "long mail; 'träff 1, 2 och 4' = 3 May, 21 Sep, 22 Feb; 29 Nov explicitly left out; 'KF 2026-10-26, "
             "§ 112' and Box number are not sessions; colleagues not named, not registered"),

        mail("c006", "2026-12-03T16:10", ("Linda Sahlin", "linda.sahlin@hedemora.se"), "Anmälan till DalaLab",
             "Hej!\n\nFrån Hedemora vill vi anmäla två personer till samtliga träffar:\n\n"
             "- Linda Sahlin (jag), linda.sahlin@hedemora.se\n- Rickard Björk, rickard.bjork@hedemora.se\n\n"
             "Ingen av oss har någon specialkost.\n\nMvh\nLinda Sahlin\nPlanchef\nHedemora kommun\n"
             "0225-340 00",
             X("register", [P("Linda Sahlin", "linda.sahlin@hedemora.se", "Hedemora kommun"),
                            P("Rickard Björk", "rickard.bjork@hedemora.se", "Hedemora kommun")], ALL),
             "self + colleague in a dash list with addresses; 'samtliga träffar' = all four; 'ingen specialkost' "
             "-> diet null"),

        mail("c007", "2026-12-04T10:02", ("Jesper Nordin", "jesper.nordin@regiondalarna.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nKul initiativ. Jag anmäler mig till alla träffarna.\n\n/Jesper\n\n"
             "Jesper Nordin\nStrateg, Regional utveckling\nRegion Dalarna\nBox 712, 791 29 Falun\n"
             "Tel: 010-455 23 18\nJag är föräldraledig 21/12–8/1.\n\n" + INV,
             X("register", [P("Jesper Nordin", "jesper.nordin@regiondalarna.se", "Region Dalarna")], ALL),
             "organiser's own region; reply quoting the invitation; leave '21/12–8/1' in the signature is not a "
             "session"),

        mail("c008", "2026-12-07T08:36", ("Gustav Ahlin", "gustav.ahlin@malung-salen.se"), "Parkering i Falun?",
             "Hej!\n\nFinns det parkering vid lokalen i Falun den 3 maj? Vi kommer förmodligen att köra från "
             "Malung tidigt på morgonen, det är ca 13 mil. Jag tänker anmäla mig men vill veta hur det blir med "
             "bilen först.\n\nMvh Gustav Ahlin\nSamhällsplanerare, Malung-Sälens kommun",
             X("question"),
             "question about parking before signing up ('tänker anmäla mig men...'); names 3 May but no signup"),

        mail("c009", "2026-12-08T13:15", ("Marco Bianchi", "marco.bianchi@ludvika.se"), "Registration DalaLab",
             "Hi Linnea,\n\nThank you for the invitation. I'd like to register for DalaLab. I joined Ludvika "
             "kommun in October as a planning architect and I'm still working on my Swedish, so I hope English is "
             "OK.\n\nI can attend on 3 May and 29 November. In September I'll be on parental leave, and I'm not sure "
             "about February yet, so please leave that one out for now.\n\nBest regards,\nMarco Bianchi\n"
             "Planning architect | Ludvika kommun\n+46 240 860 00",
             X("register", [P("Marco Bianchi", "marco.bianchi@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "English; '3 May and 29 November'; September and February explicitly not taken"),

        mail("c010", "2026-12-09T10:40", ("Westberg Anna-Karin", "anna-karin.westberg@lansstyrelsen.se"),
             "Anmälan DalaLab",
             "Hej Linnea,\n\nHärmed anmäler jag mig till DalaLab, samtliga fyra träffar.\n\nSpecialkost: glutenfri\n\n"
             "Vänliga hälsningar\n\nAnna-Karin Westberg\nHandläggare samhällsplanering\nEnheten för "
             "samhällsplanering och kulturmiljö\nLänsstyrelsen Dalarna\n791 84 Falun\nTfn 010-225 03 41\n"
             "www.lansstyrelsen.se/dalarna\n\nNär du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina "
             "personuppgifter enligt dataskyddsförordningen (EU) 2016/679. Läs mer på vår webbplats.",
             X("register", [P("Anna-Karin Westberg", "anna-karin.westberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenfri")], ALL, diet="glutenfri"),
             "county board, surname-first display name with hyphenated first name; 'Specialkost: glutenfri'; GDPR "
             "footer with a regulation number"),

        mail("c011", "2026-12-10T14:20", ("Mikaela Back", "mikaela.back@alvdalen.se"), "Delta digitalt?",
             "Hej!\n\nVi är intresserade av DalaLab från Älvdalen, men det är nästan 15 mil enkel väg till Falun "
             "och ännu längre från Idre. Går det att delta digitalt på någon eller alla träffarna? Blir det i så "
             "fall via Teams?\n\nMvh\nMikaela Back\nPlaneringsstrateg\nÄlvdalens kommun\n0251-310 00",
             X("question"),
             "question about digital attendance; no signup yet"),

        mail("c012", "2026-12-14T03:12", ("Global Events Register", "listing@worldevents-register.com"),
             "DalaLab 2027 - Event Directory Listing Confirmation (Ref. GER-2027-55183)",
             "Dear Organizer,\n\nYour event \"DalaLab - Planering for hallbarhet och utvecklingskraft\" (Falun, "
             "03/05/2027) has been pre-registered in the Global Events Register 2027, the leading directory for "
             "conferences and trade fairs in Europe.\n\nTo keep your listing active, please verify the details and "
             "return the signed form within 10 days. The annual publication fee is EUR 1,195 (3 years: EUR 2,990).\n\n"
             "Expected attendees: 150\nListing category: Urban Planning / Sustainability\n\nIf we do not receive "
             "your reply, the listing will be confirmed automatically.\n\nKind regards,\nListing Department\n"
             "Global Events Register\nCalle Mayor 114, 28013 Madrid",
             X("unknown"),
             "English directory-listing scam; names the event and '03/05/2027' but is no signup"),

        mail("c013", "2026-12-15T09:05", ("Hampus Lindh", "hampus.lindh@sater.se"), "DalaLab",
             "Hej, anmäl mig till DalaLab, alla träffar.\n\nHälsningar Hampus Lindh, Säters kommun\n\n"
             "Skickat från Outlook för iOS",
             X("register", [P("Hampus Lindh", "hampus.lindh@sater.se", "Säters kommun")], ALL),
             "short phone mail, 'alla träffar'"),

        mail("c014", "2026-12-16T11:48", ("Birgitta Rosén", "birgitta.rosen@avesta.se"), "Anmälan till DalaLab",
             "Hej Linnea,\n\nJag vill anmäla våra två planarkitekter Elias Norling och Fanny Ström till hela "
             "lärprojektet. Deras adresser är elias.norling@avesta.se och fanny.strom@avesta.se.\n\nSjälv har jag "
             "tyvärr inte möjlighet att delta, men jag tycker att det är viktigt att Avesta är med.\n\n"
             "Vänliga hälsningar\nBirgitta Rosén\nSamhällsbyggnadschef\nAvesta kommun\n774 81 Avesta\n0226-645 00",
             X("register", [P("Elias Norling", "elias.norling@avesta.se", "Avesta kommun"),
                            P("Fanny Ström", "fanny.strom@avesta.se", "Avesta kommun")], ALL),
             "manager registers two colleagues, not herself; addresses in a sentence in the same order as the names; "
             "'hela lärprojektet' = all four"),

        mail("c015", "2026-12-18T13:30", ("Per-Erik Halvarsson", "per-erik.halvarsson@gagnef.se"), "Anmälan DalaLab",
             "Hej Linnea,\n\nAnmäler mig till 3/5, 21/9 och 29/11. Februariträffen vet jag inte än – vi har ett "
             "stort samråd då – så den får vänta. Jag hör av mig om det löser sig.\n\nMvh\nPer-Erik Halvarsson\n"
             "Översiktsplanerare, Gagnefs kommun",
             X("register", [P("Per-Erik Halvarsson", "per-erik.halvarsson@gagnef.se", "Gagnefs kommun")],
               [S1, S2, S3]),
             "'3/5, 21/9 och 29/11'; February left open, not registered"),

        mail("c016", "2026-12-28T20:45", ("Sandra Wiik", "sandra.wiik72@gmail.com"), "Anmälan DalaLab",
             "Hej!\n\nSkriver från privata mejlen eftersom jag är ledig över jul och nyår, men jag ville inte "
             "glömma bort det här. Jag jobbar som planarkitekt på Vansbro kommun och vill anmäla mig till de två "
             "första träffarna (3 maj och 21 sept).\n\nGod fortsättning!\nSandra Wiik\n\nSkickat från min iPhone",
             X("register", [P("Sandra Wiik", "sandra.wiik72@gmail.com", "Vansbro kommun")], [S1, S2]),
             "private gmail address, organisation from the text; 'de två första träffarna (3 maj och 21 sept)'"),

        mail("c017", "2027-01-05T08:20", ("Ingela Mård", "ingela.mard@orsa.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea och gott nytt år!\n\nJag anmäler mig gärna till DalaLab, alla tillfällen. Laktosfri kost, "
             "tack.\n\nMed vänlig hälsning\nIngela Mård\nSamhällsplanerare\nSektor samhällsbyggnad\nOrsa kommun\n"
             "Box 23, 794 21 Orsa\nTel 0250-552 00 (vx), 0250-552 37 (direkt)\n\n" + INV,
             X("register", [P("Ingela Mård", "ingela.mard@orsa.se", "Orsa kommun", diet="laktosfri")], ALL,
               diet="laktosfri"),
             "windows-1252 Outlook reply quoting the invitation; 'alla tillfällen'; 'Laktosfri kost' -> laktosfri",
             charset="windows-1252"),

        mail("c018", "2027-01-07T14:55", ("Roger Hellström", "roger.hellstrom@smedjebacken.se"),
             "Fråga om DalaLab",
             "Hej!\n\nMåste man delta på alla fyra träffarna om man anmäler sig, eller går det bra att välja? Det är "
             "främst den om tillgänglighet i februari 2028 som ligger nära det jag jobbar med (gång- och "
             "cykelplanen).\n\nHälsningar\nRoger Hellström\nTrafik- och samhällsplanerare\nSmedjebackens kommun",
             X("question"),
             "question whether all sessions must be attended; mentions the February session but signs up for nothing"),

        mail("c019", "2027-01-08T10:30", ("Elsa Wahlund", "elsa.wahlund@falun.se"), "Anmälan DalaLab, Falu kommun",
             "Hej Linnea!\n\nJag och min kollega Oscar Lindblom på detaljplaneenheten vill anmäla oss till DalaLab, "
             "alla fyra träffarna. Maja Granström har redan anmält sig, så då blir vi tre från Falun.\n\n"
             "Hälsningar\nElsa Wahlund\nPlanarkitekt\nStadsbyggnadsförvaltningen, Falu kommun\n023-77 84 10",
             X("register", [P("Elsa Wahlund", "elsa.wahlund@falun.se", "Falu kommun"),
                            P("Oscar Lindblom", None, "Falu kommun")], ALL),
             "self + colleague without address; the already registered colleague (Maja Granström) is mentioned "
             "but not part of this request"),

        mail("c020", "2027-01-11T09:12", ("Tove Ersson", "tove.ersson@leksand.se"), "SV: DalaLab – anmälan från Leksand",
             "Hej igen!\n\nBudgetdagarna i november har flyttats, så nu kan jag komma på den 29 november också. "
             "Lägg gärna till den – då blir det alla fyra för min del.\n\n/Tove\n\n"
             "Från: Tove Ersson\nSkickat: den 3 december 2026 09:47\nTill: Linnea Hassis\n"
             "Ämne: DalaLab – anmälan från Leksand\n\nJag anmäler mig till träff 1, 2 och 4. Den 29 november har vi "
             "redan bokat budgetdagar med nämnden och det går tyvärr inte att flytta, så den får jag stå över.",
             X("change", [P("Tove Ersson", "tove.ersson@leksand.se", "Leksands kommun")], ALL),
             "same person as c005 adds 29 Nov; states the result 'alla fyra' -> change with all four; her earlier "
             "mail is quoted"),

        mail("c021", "2027-01-12T15:40", ("Nadia Al-Hakim", "nadia.al-hakim@regiondalarna.se"), "Anmälan DalaLab",
             "Hej Linnea,\n\nJag anmäler mig till den sista träffen om tillgänglighet, 22 februari 2028. De övriga "
             "träffarna ligger lite för långt från mitt uppdrag, som mest handlar om kollektivtrafikförsörjning, "
             "men den träffen vill jag inte missa.\n\nMed vänlig hälsning\nNadia Al-Hakim\nTrafikplanerare\n"
             "Kollektivtrafikförvaltningen Dalatrafik\nRegion Dalarna\nBox 424, 791 28 Falun\nTel 010-211 70 62",
             X("register", [P("Nadia Al-Hakim", "nadia.al-hakim@regiondalarna.se", "Region Dalarna")], [S4]),
             "only the last session; 'de övriga träffarna' are declined"),

        mail("c022", "2027-01-14T11:03", ("Camilla Törnqvist", "camilla.tornqvist@borlange.se"), "Kostnad DalaLab?",
             "Hej!\n\nJag är nämndsekreterare på samhällsbyggnadsförvaltningen och håller i anmälningarna för några "
             "av våra planerare. Kostar det något att delta i DalaLab, och i så fall – vilken referens ska fakturan "
             "ha? Vi behöver veta det innan vi beställer (vårt referensnr är 4410-KS).\n\nMed vänlig hälsning\n"
             "Camilla Törnqvist\nNämndsekreterare\nBorlänge kommun\n0243-740 00",
             X("question"),
             "question about cost from a secretary; reference number is not a date; nobody named to register"),

        mail("c023", "2027-01-18T08:50", ("Niklas Grip", "niklas.grip@orsa.se"), "Anmälan till DalaLab",
             "Hej!\n\nJag vill anmäla mig till DalaLab, alla fyra träffarna.\n\nMvh\nNiklas Grip\n"
             "Planeringsarkitekt\nOrsa kommun\nTel 0250-552 14\nBox 23, 794 21 Orsa",
             X("register", [P("Niklas Grip", "niklas.grip@orsa.se", "Orsa kommun")], ALL),
             "short iso-8859-1 mail with a number-heavy signature",
             charset="iso-8859-1"),

        mail("c024", "2027-01-20T13:17", ("Agneta Sjödin", "agneta.sjodin@mora.se"), "Anmälan DalaLab – Mora kommun",
             "Hej Linnea!\n\nJag anmäler härmed vår samhällsbyggnadschef Thomas Larsson-Frid "
             "(thomas.larsson-frid@mora.se) till DalaLab, träffarna den 3 maj och den 21 september. Han behöver "
             "glutenfri kost.\n\nVänliga hälsningar\nAgneta Sjödin\nAdministratör, Samhällsbyggnadsförvaltningen\n"
             "Mora kommun\n792 80 Mora\n0250-260 00",
             X("register", [P("Thomas Larsson-Frid", "thomas.larsson-frid@mora.se", "Mora kommun", diet="glutenfri")],
               [S1, S2], diet="glutenfri"),
             "secretary registers her manager only; hyphenated surname; diet is his"),

        mail("c025", "2027-01-25T10:05", ("Hannah Whitaker", "hannah.whitaker@lansstyrelsen.se"), "DalaLab sign-up",
             "Hi Linnea,\n\nI'd like to sign up for DalaLab – all four sessions. I work as a planning strategist at "
             "the County Administrative Board, mostly with the regional planning documentation for the "
             "municipalities.\n\nI'm vegan, if that matters for the lunch.\n\nKind regards,\nHannah Whitaker\n"
             "Länsstyrelsen Dalarna\nPhone: +46 10 225 05 12",
             X("register", [P("Hannah Whitaker", "hannah.whitaker@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan")], ALL, diet="vegan"),
             "English; 'all four sessions'; 'I'm vegan' -> vegan"),

        mail("c026", "2027-01-28T16:22", ("Lotta Fridell", "lotta.fridell@ludvika.se"), "Anmälan DalaLab",
             "<html><body><div style=\"font-family:Aptos,Arial,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>Jag vill anm&auml;la mig till h&ouml;stens tv&aring; tr&auml;ffar i DalaLab, "
             "21&nbsp;september och 29&nbsp;november.</p><p>Tack p&aring; f&ouml;rhand!</p>"
             "<table cellpadding=\"0\" cellspacing=\"0\" style=\"border-top:1px solid #999\"><tr><td>"
             "<b>Lotta Fridell</b><br>Översiktsplanerare<br>Samhällsbyggnadsförvaltningen<br>Ludvika kommun</td>"
             "<td style=\"padding-left:20px\">Postadress: 771 82 Ludvika<br>Besöksadress: Lyviksvägen 2<br>"
             "Växel: 0240-860 00<br>Mobil: 070-318 44 95</td></tr></table>"
             "</div></body></html>",
             X("register", [P("Lotta Fridell", "lotta.fridell@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "HTML-only mail with a two-column signature table; 'höstens två träffar, 21 september och 29 november'",
             html=True),

        mail("c027", "2027-02-03T09:40", ("Jesper Nordin", "jesper.nordin@regiondalarna.se"),
             "DalaLab 29 november",
             "Hej Linnea,\n\nJag behöver tyvärr stryka mig från träffen den 29 november – den krockar med "
             "årskonferensen för den regionala utvecklingsstrategin. Övriga tre träffar är jag kvar på.\n\n/Jesper\n\n"
             "Jesper Nordin\nStrateg, Regional utveckling\nRegion Dalarna\nTel: 010-455 23 18",
             X("cancel", [P("Jesper Nordin", "jesper.nordin@regiondalarna.se", "Region Dalarna")], [S3]),
             "same person as c007; partial withdrawal from 29 Nov, keeps the other three -> cancel of 29 Nov only"),

        mail("c028", "2027-02-04T11:11", ("Mikaela Back", "mikaela.back@alvdalen.se"), "SV: Delta digitalt?",
             "Tack för snabbt svar! Då kommer jag på plats, och anmäler mig till alla fyra träffarna. Vi försöker "
             "samåka med några från Mora.\n\n/Mikaela\n\n"
             "Den 10 dec. 2026 kl. 15:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Mikaela!\n> Träffarna genomförs bara på plats, tyvärr finns ingen möjlighet att delta digitalt. "
             "Presentationerna kommer däremot att delas i efterhand.\n> Hälsningar Linnea\n>\n"
             "> Den 10 dec. 2026 kl. 14:20 skrev Mikaela Back <mikaela.back@alvdalen.se>:\n"
             ">> Går det att delta digitalt på någon eller alla träffarna?",
             X("register", [P("Mikaela Back", "mikaela.back@alvdalen.se", "Älvdalens kommun")], ALL),
             "same person as c011 now signs up after the answer; quoted chain with dates of the earlier mails"),

        mail("c029", "2027-02-08T14:30", ("Johanna Blom", "johanna.blom@rattvik.se"), "Anmälan",
             "Hej!\n\nJag anmäler mig till DalaLab, träffarna 3/5 och 22/2. Jag har nötallergi.\n\nMvh\n"
             "Johanna Blom\nPlanarkitekt, Rättviks kommun\nStorgatan 16, 795 80 Rättvik\n0248-700 00",
             X("register", [P("Johanna Blom", "johanna.blom@rattvik.se", "Rättviks kommun", diet="nötallergi")],
               [S1, S4], diet="nötallergi"),
             "'3/5 och 22/2' (22/2 = the 2028 session, written in Feb 2027); nötallergi; street number and postcode"),

        mail("c030", "2027-02-10T08:15", ("Susanne Hjort", "susanne.hjort@hedemora.se"), "Hörslinga?",
             "Hej,\n\nInnan vi bestämmer vilka fler som ska åka från Hedemora undrar jag två saker: finns det "
             "hörslinga i lokalen i Falun, och kommer presentationerna att delas i efterhand?\n\nTack!\n"
             "Susanne Hjort\nUtvecklingsledare, Hedemora kommun",
             X("question"),
             "question about accessibility and presentations; no signup"),

        mail("c031", "2027-02-15T13:05", ("Kvist Amanda", "amanda.kvist@borlange.se"), "Ändrad specialkost",
             "Hej igen!\n\nEn liten ändring: jag anmälde mig med vegetarisk kost men äter numera helt veganskt, "
             "så ändra gärna till vegan.\n\n/Amanda Kvist, Borlänge kommun",
             X("change", [P("Amanda Kvist", "amanda.kvist@borlange.se", "Borlänge kommun", diet="vegan")], [],
               diet="vegan"),
             "same person as c004; diet update naming no sessions -> change with []; new diet vegan (the old "
             "'vegetarisk' is replaced)"),

        mail("c032", "2027-02-18T10:25", ("Ida Grönlund", "ida.gronlund@sater.se"),
             "VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nMin chef skickade vidare inbjudan nedan. Jag vill gärna anmäla mig till alla "
             "träffar utom den 21 september, då är jag på semester.\n\nVänliga hälsningar\nIda Grönlund\n"
             "Planarkitekt\nSäters kommun\nRådhusgatan 1, 783 27 Säter\nTel 0225-550 00\n\n"
             "________________________________\nFrån: Lennart Boman <lennart.boman@sater.se>\n"
             "Skickat: den 2 december 2026 08:12\nTill: Ida Grönlund <ida.gronlund@sater.se>\n"
             "Ämne: VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
             "Ida, är detta något för dig? Vi kan vara tre från kommunen.\n/Lennart\n\n" + INV,
             X("register", [P("Ida Grönlund", "ida.gronlund@sater.se", "Säters kommun")], [S1, S3, S4]),
             "windows-1252 forward chain (manager -> her -> organiser); 'alla träffar utom den 21 september'; the "
             "manager in the chain is not a person",
             charset="windows-1252"),

        mail("c033", "2027-02-22T10:45", ("Linda Sahlin", "linda.sahlin@hedemora.se"), "Ändring Hedemora – DalaLab",
             "Hej!\n\nEn ändring från Hedemora: Rickard Björk har fått en tjänst i en annan kommun och slutar hos "
             "oss den 28 februari, så han ska inte vara med på DalaLab. Vi har ingen ersättare i nuläget – jag hör "
             "av mig om vi hittar någon. Själv kommer jag som planerat.\n\nMvh\nLinda Sahlin\nPlanchef\n"
             "Hedemora kommun",
             X("cancel", [P("Rickard Björk", None, "Hedemora kommun")], ALL),
             "same sender as c006 withdraws her colleague without a substitute -> cancel, all four; sender stays "
             "('som planerat'), not in people; '28 februari' is not a session; his address not written here"),

        mail("c034", "2027-02-24T21:37", ("Malin Hård", "malin.hard@gagnef.se"), "anmalan",
             "hej jag vill anmala mig till traffarna i maj och september. mvh Malin Hard, Gagnefs kommun",
             X("register", [P("Malin Hård", "malin.hard@gagnef.se", "Gagnefs kommun")], [S1, S2]),
             "no å/ä/ö, lower case; 'i maj och september' = 3 May + 21 Sep; name from the display name"),

        mail("c035", "2027-03-01T09:18", ("Fredrik Sahlberg", "fredrik.sahlberg@regiondalarna.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej!\n\nAnmäl mig till alla fyra. Blir det lunch på träffarna, eller ska man ordna det själv?\n\n"
             "/Fredrik Sahlberg\nSamhällsplanerare, Region Dalarna\n\n" + REM,
             X("register", [P("Fredrik Sahlberg", "fredrik.sahlberg@regiondalarna.se", "Region Dalarna")], ALL),
             "reply to the reminder (quoted dates and deadline); signup plus a lunch question -> register"),

        mail("c036", "2027-03-03T12:44", ("Marco Bianchi", "marco.bianchi@ludvika.se"), "Change of dates – DalaLab",
             "Hi Linnea,\n\nA small change to my registration. My parental leave has been moved to late autumn, so "
             "I can't make it on 29 November after all, but I'm now free on 21 September. Could you change my "
             "registration to May 3 and September 21?\n\nThanks!\nMarco",
             X("change", [P("Marco Bianchi", "marco.bianchi@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "same person as c009; English; states the sessions after the change (3 May, 21 Sep)"),

        mail("c037", "2027-03-08T08:02", ("Christer Moberg", "christer.moberg@borlange.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej, anmäl mig gärna till samtliga fyra.\n\n/Christer\n\nChrister Moberg\nTrafikplanerare\n"
             "Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\nTfn 0243-740 00\n\n" + REM,
             X("register", [P("Christer Moberg", "christer.moberg@borlange.se", "Borlänge kommun")], ALL),
             "reply to the reminder; 'samtliga fyra'; quoted reminder lists all dates and the deadline"),

        mail("c038", "2027-03-10T15:30", ("Gustav Ahlin", "gustav.ahlin@malung-salen.se"), "Anmälan DalaLab",
             "Hej!\n\nTack för svaret om parkeringen. Nu anmäler jag mig och min kollega Emelie Dahlström, "
             "emelie.dahlstrom@malung-salen.se, till alla fyra träffarna. Emelie är laktosintolerant.\n\n"
             "Mvh Gustav Ahlin\nSamhällsplanerare, Malung-Sälens kommun\n0280-181 00",
             X("register", [P("Gustav Ahlin", "gustav.ahlin@malung-salen.se", "Malung-Sälens kommun"),
                            P("Emelie Dahlström", "emelie.dahlstrom@malung-salen.se", "Malung-Sälens kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "same sender as c008 (parking question) now signs up self + colleague; diet belongs to the colleague"),

        mail("c039", "2027-03-12T10:10", ("Roger Hellström", "roger.hellstrom@smedjebacken.se"), "SV: Fråga om DalaLab",
             "Hej igen, och tack för svaret!\n\nDå anmäler jag mig till träffen om tillgänglighet den 22 februari "
             "2028.\n\nHälsningar\nRoger Hellström\nSmedjebackens kommun\n\n"
             "Den 8 jan. 2027 kl. 09:31 skrev Linnea Hassis:\n> Hej Roger! Man väljer själv vilka träffar man "
             "anmäler sig till, det går bra att bara gå på en.",
             X("register", [P("Roger Hellström", "roger.hellstrom@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "same person as c018 signs up for the February 2028 session only; quoted answer has a date"),

        mail("c040", "2027-03-16T07:45", ("Olof Hedin", "olof.hedin@mora.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag måste tyvärr avanmäla mig från DalaLab. Jag har fått nytt jobb i Uppsala och slutar i "
             "Mora den 30 april. Kanske hör någon kollega av sig istället.\n\nMvh Olof Hedin",
             X("cancel", [P("Olof Hedin", "olof.hedin@mora.se", "Mora kommun")], ALL),
             "same person as c003; full cancellation naming no session -> all four; '30 april' is not a session; "
             "possible colleague not a registration"),

        mail("c041", "2027-03-19T14:02", ("Lotta Fridell", "lotta.fridell@ludvika.se"), "Byte av deltagare DalaLab",
             "Hej Linnea,\n\nJag har fått förhinder i höst (föräldraledig från augusti). Min kollega Sebastian "
             "Moréus, sebastian.moreus@ludvika.se, tar min plats på båda träffarna, 21/9 och 29/11.\n\n"
             "Tack!\nLotta Fridell\nÖversiktsplanerare, Ludvika kommun",
             X("change", [P("Lotta Fridell", "lotta.fridell@ludvika.se", "Ludvika kommun"),
                          P("Sebastian Moréus", "sebastian.moreus@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "same person as c026; substitution in one message -> change with both people and the substitute's "
             "sessions (21/9, 29/11); 'från augusti' is not a session"),

        mail("c042", "2027-03-24T11:36", ("Kajsa Lilja", "kajsa.lilja@avesta.se"), "Anmälan DalaLab",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<div dir=\"ltr\">Hej!<br><br>Jag vill anm&auml;la mig till DalaLab, tr&auml;ffarna den 3 maj och "
             "den 29 nov. Jag har skaldjursallergi.<br><br>Med v&auml;nlig h&auml;lsning<br>"
             "<span style=\"color:#1F4E79\"><b>Kajsa Lilja</b></span><br>Strategisk planerare<br>"
             "Kommunledningskontoret<br>Avesta kommun<br>Besök: Stadshuset, Kungsgatan 34<br>"
             "Post: 774 81 Avesta<br>Tel: 0226-645 00 &middot; Direkt: 0226-645 87<br>"
             "<a href=\"mailto:kajsa.lilja@avesta.se\">kajsa.lilja@avesta.se</a><br>"
             "<i>Jag arbetar deltid, mån&ndash;tors.</i></div></body></html>",
             X("register", [P("Kajsa Lilja", "kajsa.lilja@avesta.se", "Avesta kommun", diet="skaldjursallergi")],
               [S1, S3], diet="skaldjursallergi"),
             "HTML-only; '3 maj och den 29 nov'; skaldjursallergi; signature with several numbers and 'mån–tors'",
             html=True),

        mail("c043", "2027-03-31T16:50", ("Martin Ekholm", "martin.ekholm@lansstyrelsen.se"), "Anmälan till DalaLab",
             "Hej Linnea,\n\nJag skulle vilja anmäla mig till DalaLab. Som handläggare på Länsstyrelsen arbetar jag "
             "med de översiktsplaner som kommunerna i länet tar fram, och i vår roll ingår både att ta fram "
             "planeringsunderlag och att lämna granskningsyttranden enligt 3 kap. 16 § PBL. Att se hur "
             "kommunerna resonerar kring utvecklingsinriktning och planeringsstrategier redan tidigt i processen "
             "skulle vara mycket värdefullt för oss, och jag tror att vi från statens sida också kan bidra med "
             "en del, inte minst kring riksintressen och klimatanpassning.\n\nJag anmäler mig till hela serien.\n\n"
             "Vänliga hälsningar\n\nMartin Ekholm\nSamhällsplanerare\nEnheten för samhällsplanering och "
             "kulturmiljö\nLänsstyrelsen Dalarna\nBesöksadress: Åsgatan 38, Falun\nPostadress: 791 84 Falun\n"
             "Tfn 010-225 04 88\nVårt diarienummer för samverkan: 400-1871-2027",
             X("register", [P("Martin Ekholm", "martin.ekholm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "long mail; 'hela serien' = all four; law paragraph, Falun street address and diary number are not "
             "sessions; organisation from domain and text"),

        mail("c044", "2027-04-06T13:20", ("Elsa Wahlund", "elsa.wahlund@falun.se"), "DalaLab 3 maj",
             "Hej!\n\nJag kan tyvärr inte komma den 3 maj, det är kommunfullmäktige samma dag och jag måste "
             "föredra ett ärende. Jag kommer på de tre andra träffarna. Oscar går som planerat på alla.\n\n"
             "Hälsningar\nElsa Wahlund\nFalu kommun",
             X("cancel", [P("Elsa Wahlund", "elsa.wahlund@falun.se", "Falu kommun")], [S1]),
             "same person as c019; partial withdrawal from 3 May -> cancel [3 May]; colleague Oscar unchanged, not "
             "in people"),

        mail("c045", "2027-04-09T17:02", ("Viktoria Nylander", "viktoria.nylander@rattvik.se"), "Anmälan DalaLab",
             "Hej! Hoppas jag inte är för sen – anmäler mig till alla träffarna.\n\n/Viktoria Nylander, Rättviks kommun",
             X("register", [P("Viktoria Nylander", "viktoria.nylander@rattvik.se", "Rättviks kommun")], ALL),
             "short late signup (before the deadline) with worry about being late; 'alla träffarna' = all four"),
    ]
