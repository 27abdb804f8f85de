from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """DalaLab – Planering för hållbarhet och utvecklingskraft

Region Dalarna bjuder in er som arbetar med planeringsprocesser i kommunerna och regionen till ett lärprojekt om strategisk översiktsplanering och planeringsstrategier.

Träff 1: måndag 3 maj 2027 kl. 10–15 (fika från 09.30), Falun. Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket).
Träff 2: tisdag 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
Träff 3: måndag 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
Träff 4: tisdag 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet.

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna"""


REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab är onsdag 14 april 2027. Träffarna hålls 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna"""


def messages():
    return [
        mail("e001", "2026-12-02T09:14", ("Malin Grahn", "malin.grahn@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nTack för inbjudan, det här ser väldigt intressant ut! Jag anmäler mig härmed till "
             "lärprojektet.\n\nVänliga hälsningar\n\nMalin Grahn\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen\n"
             "Avesta kommun\nBesöksadress: Kungsgatan 32, 774 81 Avesta\nTel: 0226-64 51 23\nwww.avesta.se\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 15:02\n"
             "Till: Malin Grahn <malin.grahn@avesta.se>\nÄmne: Inbjudan: DalaLab – Planering för hållbarhet och "
             "utvecklingskraft\n\n" + INVITE,
             X("register", [P("Malin Grahn", "malin.grahn@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply above the full invitation (all four dates, deadline, 10–15); no dates of her own -> all "
             "four; street address, postcode and phone in the signature"),

        mail("e002", "2026-12-03T16:40", ("Lövgren Anders", "anders.lovgren@borlange.se"), "Re: DalaLab",
             "Anmäler mig till 3 maj och 21 sept.\n\n/Anders",
             X("register", [P("Anders Lövgren", "anders.lovgren@borlange.se", "Borlänge kommun")], [S1, S2]),
             "one-line signup; display name surname-first; '3 maj och 21 sept'"),

        mail("e003", "2026-12-07T10:05", ("Jesper Holmgren", "jesper.holmgren@falun.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nJag heter Jesper och jobbar som GIS-ingenjör på stadsbyggnadsförvaltningen i Falun. Vi har "
             "precis dragit igång arbetet med en ny översiktsplan och jag har fått ansvar för underlagen – "
             "befolkningsprognoser, tillgänglighetsanalyser till service och kollektivtrafik, grönstrukturkartor och "
             "så vidare. Det har blivit tydligt att vi GIS-folk ofta kommer in alldeles för sent i processen, när "
             "strategierna redan är formulerade, och jag skulle vilja förstå bättre hur planerarna tänker kring "
             "utvecklingsinriktningen så att analyserna faktiskt blir användbara.\n\nSärskilt den sista träffen om "
             "tillgänglighet känns klockren för mig, men jag vill gärna gå hela serien om det går bra.\n\n"
             "Jag äter vegetariskt.\n\nHälsningar\nJesper Holmgren\nGIS-ingenjör, Falu kommun\n023-83 412",
             X("register", [P("Jesper Holmgren", "jesper.holmgren@falun.se", "Falu kommun", "vegetarisk")], ALL,
               diet="vegetarisk"),
             "long story about why; 'särskilt den sista träffen' but 'hela serien' -> all four; diet 'vegetariskt'"),

        mail("e004", "2026-12-09T13:22", ("Ylva Bergman", "ylva.bergman@gagnef.se"), "Anmälan DalaLab",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<p style=\"font-family:Calibri,sans-serif\">Hej!</p>"
             "<p style=\"font-family:Calibri,sans-serif\">Jag vill anm&auml;la mig till tr&auml;ffarna den 3/5, "
             "21/9 och 29/11. Tr&auml;ffen i februari 2028 vet jag inte &auml;n om jag kan vara med p&aring;, "
             "jag &aring;terkommer om den.</p>"
             "<p style=\"font-family:Calibri,sans-serif\">Med v&auml;nlig h&auml;lsning<br>"
             "<b>Ylva Bergman</b><br>Planeringsarkitekt<br>Gagnefs kommun<br>Tel 0241-150 00</p>"
             "</body></html>",
             X("register", [P("Ylva Bergman", "ylva.bergman@gagnef.se", "Gagnefs kommun")], [S1, S2, S3]),
             "HTML-only mail with entities; '3/5, 21/9 och 29/11'; February left open, not registered", html=True),

        mail("e005", "2026-12-11T08:03", (None, "tobias.lind@hedemora.se"), "vårträffen",
             "Hej,\n\nAnmäl mig gärna till vårträffen i Falun. Laktosintolerant.\n\nHälsningar\nTobias Lind\n"
             "Miljöstrateg\nHedemora kommun\nSamhällsbyggnadsförvaltningen\nBox 101, 776 28 Hedemora",
             X("register", [P("Tobias Lind", "tobias.lind@hedemora.se", "Hedemora kommun", "laktosintolerant")],
               [S1], diet="laktosintolerant"),
             "From has address only, name only in signature; 'vårträffen' = 3 May (the only spring session in "
             "2027); Box number and postcode"),

        mail("e006", "2026-12-14T11:30", ("Hannah Keller", "hannah.keller@leksand.se"), "DalaLab registration",
             "Hi Linnea,\n\nMy colleague passed on your invitation – I hope it's fine that I write in English, I "
             "moved here from Freiburg last year and my Swedish is still a work in progress.\n\nI'd like to sign up "
             "for the first two meetings (May 3 and September 21). I'll see about the rest later in the year.\n\n"
             "Best regards,\nHannah Keller\nUrban planner, Leksand Municipality\n+46 247 800 00",
             X("register", [P("Hannah Keller", "hannah.keller@leksand.se", "Leksands kommun")], [S1, S2]),
             "English; 'first two meetings (May 3 and September 21)'; 'the rest later' not registered"),

        mail("e007", "2026-12-16T18:47", ("Camilla Ros", "camilla.ros@ludvika.se"), "DalaLab",
             "Hej! Vill anmäla mig till samtliga träffar. Glutenfri kost tack.\n\nMvh Camilla Ros, Ludvika kommun\n\n"
             "Skickat från min iPhone",
             X("register", [P("Camilla Ros", "camilla.ros@ludvika.se", "Ludvika kommun", "glutenfri")], ALL,
               diet="glutenfri"),
             "phone mail; 'samtliga träffar' = all four; diet"),

        mail("e008", "2026-12-18T14:15", ("Per-Olof Brännström", "per-olof.brannstrom@malung-salen.se"),
             "Anmälan till DalaLab",
             "Hej,\n\nJag kan tyvärr inte den 3 maj eftersom vi har kommunfullmäktige den dagen, men jag anmäler mig "
             "gärna till resten av träffarna.\n\nMed vänlig hälsning\nPer-Olof Brännström\nPlanchef\n"
             "Malung-Sälens kommun\nLisagatan 35, 782 82 Malung\n0280-181 00",
             X("register", [P("Per-Olof Brännström", "per-olof.brannstrom@malung-salen.se",
                              "Malung-Sälens kommun")], [S2, S3, S4]),
             "'kan inte den 3 maj ... resten av träffarna' = the other three; hyphenated first name"),

        mail("e009", "2026-12-21T09:50", ("Karolina Nises", "karolina.nises@mora.se"), "Fråga om DalaLab",
             "Hej Linnea,\n\nInnan jag anmäler mig undrar jag om det går att delta digitalt på någon av träffarna? "
             "Det är en bit att åka från Mora till Falun och vi har begränsat med resebudget i år.\n\n"
             "Tack på förhand!\nKarolina Nises\nStrategisk samhällsplanerare, Mora kommun",
             X("question", [], []),
             "question only (remote participation), 'Innan jag anmäler mig' -> no signup"),

        mail("e010", "2026-12-22T15:02", ("Birgitta Mört", "birgitta.mort@orsa.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Tack för ditt mejl!\n\nJag är ledig och tillbaka på kontoret måndag 11 januari 2027. Under tiden läses "
             "inte e-post. Vid brådskande ärenden, kontakta Orsa kommuns växel på 0250-55 21 00.\n\n"
             "God jul och gott nytt år!\nBirgitta Mört",
             X("auto_reply", [], []),
             "Outlook out-of-office (subject 'Automatiskt svar:' only, no auto headers); '11 januari' and phone"),

        mail("e011", "2027-01-04T08:35", ("Leila Ahmadi", "leila.ahmadi@orsa.se"), "Anmälan DalaLab",
             "Hej Linnea och gott nytt år!\n\nJag har pratat med min chef och fått klartecken att vara med i "
             "DalaLab, kul! Anmäl mig till alla tillfällen förutom det i november – då är jag föräldraledig.\n\n"
             "Jag äter halal.\n\nHälsningar\nLeila Ahmadi\nSamhällsplanerare\nOrsa kommun",
             X("register", [P("Leila Ahmadi", "leila.ahmadi@orsa.se", "Orsa kommun", "halal")], [S1, S2, S4],
               diet="halal"),
             "'alla tillfällen förutom det i november' = three sessions; diet 'halal'"),

        mail("e012", "2027-01-07T13:11", ('"Nordin, Gustav"', "gustav.nordin@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag anmäler mig till träff 1 och 4.\n\nMvh\nGustav Nordin\nBygg- och miljöchef\n"
             "Rättviks kommun | Riksvägen 40, 795 80 Rättvik | 0248-700 00\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Linnea Hassis\nSkickat: tisdag 1 december 2026 15:02\n"
             "Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INVITE,
             X("register", [P("Gustav Nordin", "gustav.nordin@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "display name 'Nordin, Gustav'; 'träff 1 och 4' = 3 May + 22 Feb, numbered as in the quoted "
             "invitation; quoted text lists all dates"),

        tg("e013", "2027-01-08T20:14", "Linda Forsgren", 6034418275,
           "hej! kan jag anmäla mig här? vill gå på 21/9 o 29/11 😊 /linda, smedjebacken",
           X("register", [P("Linda Forsgren", None, "Smedjebackens kommun")], [S2, S3]),
           "Telegram; signup phrased as a question; '21/9 o 29/11'; lower-case 'smedjebacken'"),

        mail("e014", "2027-01-11T15:48", ("Åsa Hellström", "asa.hellstrom@sater.se"), "Anmälan DalaLab",
             "Hej Linnea!\n\nJag arbetar som miljöstrateg i Säters kommun och vi antog precis en ny miljö- och "
             "klimatstrategi i kommunfullmäktige i november. Nu står vi inför den klassiska utmaningen: hur får vi in "
             "målen i översiktsplanen så att de faktiskt påverkar var vi bygger, och inte bara blir ett dokument i "
             "en pärm? När jag läste programmet för DalaLab kände jag direkt att det var precis det här jag behöver, "
             "särskilt diskussionen om utvecklingsinriktning och om att planera för osäkerheter.\n\n"
             "Våren är tyvärr helt full för min del, men jag vill gärna delta på höstens båda träffar och den i "
             "februari.\n\nVänliga hälsningar\n\nÅsa Hellström\nMiljöstrateg\nSäters kommun\n"
             "Besöksadress: Rådhusgatan 1, Säter\nTelefon: 0225-553 12 | Mobil: 070-312 45 67",
             X("register", [P("Åsa Hellström", "asa.hellstrom@sater.se", "Säters kommun")], [S2, S3, S4]),
             "long story; 'höstens båda träffar och den i februari' = 21 Sep, 29 Nov, 22 Feb; 'i november' refers to "
             "a council decision, not a session"),

        mail("e015", "2027-01-13T07:58", ("Roger Lindblad", "roger.lindblad@vansbro.se"), "DalaLab – anmälan",
             "<html><body><div style=\"font-family:Arial;font-size:11pt\">"
             "<p>Hej,</p><p>Som samhällsbyggnadschef vill jag g&auml;rna sj&auml;lv vara med i l&auml;rprojektet "
             "och anm&auml;ler mig d&auml;rf&ouml;r till alla fyra tr&auml;ffarna.</p>"
             "<p>N&ouml;tallergi.</p>"
             "<p>Med v&auml;nlig h&auml;lsning</p>"
             "<table><tr><td><b>Roger Lindblad</b><br>Samh&auml;llsbyggnadschef<br>Vansbro kommun<br>"
             "Bror Kalles v&auml;g 3, 780 50 Vansbro<br>Tel: 0281-750 00</td></tr></table>"
             "</div></body></html>",
             X("register", [P("Roger Lindblad", "roger.lindblad@vansbro.se", "Vansbro kommun", "nötallergi")], ALL,
               diet="nötallergi"),
             "HTML-only mail with entities and a signature table; manager signing up himself; 'alla fyra'",
             html=True),

        mail("e016", "2027-01-15T10:27", ("Johanna Dahlin", "johanna.dahlin@alvdalen.se"), "Anmalan DalaLab",
             "Hej, jag skulle vilja anmala mig till traffarna i maj och november.\n\nMvh Johanna Dahlin\n"
             "Alvdalens kommun",
             X("register", [P("Johanna Dahlin", "johanna.dahlin@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "Swedish without å/ä/ö; months only: 'i maj och november'"),

        mail("e017", "2027-01-18T12:20", ("Jonatan Ström", "jonatan.strom@regiondalarna.se"), "DalaLab",
             "Hej Linnea!\n\nSkriv upp mig på alla utom septemberträffen, då är jag på en konferens i Umeå hela "
             "veckan. Ses i korridoren!\n\n/Jonatan\n\nJonatan Ström\nRegionplanerare, Region Dalarna\n"
             "Box 712, 791 29 Falun",
             X("register", [P("Jonatan Ström", "jonatan.strom@regiondalarna.se", "Region Dalarna")], [S1, S3, S4]),
             "colleague at the Region; 'alla utom septemberträffen' = three; Falun box address is not the organisation"),

        mail("e018", "2027-01-19T09:12", ("Katarina Wennberg", "katarina.wennberg@lansstyrelsen.se"),
             "Anmälan – DalaLab Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag anmäler mig till DalaLab, samtliga träffar. Jag äter vegansk kost.\n\n"
             "Med vänlig hälsning\n\nKatarina Wennberg\nHandläggare, fysisk planering\nEnheten för "
             "samhällsplanering\nLänsstyrelsen Dalarna\n791 84 Falun\nBesöksadress: Åsgatan 38\n010-225 00 00\n\n"
             "När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt "
             "dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna.",
             X("register", [P("Katarina Wennberg", "katarina.wennberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "vegansk")], ALL, diet="vegansk"),
             "Länsstyrelsen, formal with GDPR footer; 'samtliga träffar'; diet 'vegansk'"),

        mail("e019", "2027-01-22T03:17", ("IT-Support Webmail", "no-reply@mailbox-verify-se.com"),
             "Din brevlåda är 98% full – åtgärd krävs",
             "Bästa användare,\n\nDin brevlåda har nått 98% av sin lagringskapacitet. Inkommande meddelanden "
             "kommer att stoppas inom 24 timmar.\n\nKlicka här för att verifiera ditt konto och få 50 GB extra "
             "utrymme gratis: http://mailbox-verify-se.com/login\n\nReferens: #SE-2027-44817\n\nIT-avdelningen",
             X("unknown", [], []),
             "phishing spam; percentages, hours and a reference number, no event content"),

        mail("e020", "2027-01-25T14:06", ("Ida Kronqvist", "ida.kronqvist@borlange.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nAnders skickade den här vidare till mig. Jag vill också vara med – på alla fyra!\n\n"
             "Hälsningar\nIda Kronqvist\nLandskapsarkitekt\nBorlänge kommun\n0243-740 00\n\n"
             "Från: Anders Lövgren <anders.lovgren@borlange.se>\nSkickat: den 3 december 2026 16:45\n"
             "Till: Ida Kronqvist <ida.kronqvist@borlange.se>\nÄmne: VB: Inbjudan: DalaLab\n\n"
             "Kolla den här Ida, borde passa dig. Jag har anmält mig till 3 maj och 21 sept.\n/Anders\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 1 december 2026 15:02\n"
             "Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INVITE,
             X("register", [P("Ida Kronqvist", "ida.kronqvist@borlange.se", "Borlänge kommun")], ALL),
             "forwarded chain: colleague's note (his own sessions 3 maj, 21 sept) and invitation below; only Ida "
             "signs up, 'alla fyra'"),

        mail("e021", "2027-01-27T11:44", ("Niklas Öberg", "niklas.oberg@falun.se"), "Fråga om anmälan",
             "Hej!\n\nBehöver man anmäla sig till varje träff för sig, eller gäller en anmälan hela lärprojektet? "
             "Och får man skicka en ersättare om man inte kan någon gång?\n\nMvh Niklas Öberg\nFalu kommun",
             X("question", [], []),
             "pure question about how registration works; no signup"),

        mail("e022", "2027-01-29T16:02", ("Karolina Nises", "karolina.nises@mora.se"), "Re: Fråga om DalaLab",
             "Hej igen!\n\nTack för svaret. Då blir det att åka, vi samåker nog några från Mora. Jag anmäler mig "
             "till måndagen i maj och tisdagen i september.\n\n/Karolina\n\n"
             "Den 28 januari 2027 10:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Karolina!\n> Tyvärr blir träffarna bara fysiska den här gången.\n> Hälsningar Linnea\n>\n"
             "> Den 21 december 2026 09:50 skrev Karolina Nises:\n>> Innan jag anmäler mig undrar jag om det går "
             "att delta digitalt på någon av träffarna?",
             X("register", [P("Karolina Nises", "karolina.nises@mora.se", "Mora kommun")], [S1, S2]),
             "same person as e009 writes again and signs up; weekday + month: 'måndagen i maj och tisdagen i "
             "september' = 3 May, 21 Sep; quoted dates are the mail dates"),

        mail("e023", "2027-02-01T08:50", (None, "tobias.lind@hedemora.se"), "Sv: vårträffen",
             "Hej igen,\n\nJag anmälde mig till vårträffen i december. Kan ni lägga till novemberträffen också? Då "
             "blir det alltså maj och november för min del.\n\nTobias Lind\nMiljöstrateg, Hedemora kommun",
             X("change", [P("Tobias Lind", "tobias.lind@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "same person as e005 adds a session; sessions after the change stated ('maj och november'); diet not "
             "restated -> null"),

        mail("e024", "2027-02-03T10:38", ("Greta Hallberg", "greta.hallberg@leksand.se"), "Anmälan",
             "Hej Linnea,\n\nHärmed anmäler jag mig till hela serien av DalaLab-träffar. Jag är pescetarian (äter "
             "fisk men inte kött).\n\nHälsningar\nGreta Hallberg\nÖversiktsplanerare\nLeksands kommun\n"
             "Kyrkallén 6, 793 80 Leksand\n0247-800 00\n\nFrånvarande 15–19 februari.",
             X("register", [P("Greta Hallberg", "greta.hallberg@leksand.se", "Leksands kommun", "pescetarian")], ALL,
               diet="pescetarian"),
             "'hela serien' = all four; diet 'pescetarian'; absence '15–19 februari' in signature is not a session"),

        mail("e025", "2027-02-05T13:15", ("Diego Fernández", "diego.fernandez@regiondalarna.se"),
             "DalaLab – can I join?",
             "Hi Linnea,\n\nI'm a GIS analyst in the Region's public transport planning unit. Would it be OK for me "
             "to join even though my Swedish is still pretty basic? If so, please sign me up for all four sessions "
             "– I'm especially keen on the accessibility one.\n\nI'm lactose intolerant.\n\nThanks!\nDiego "
             "Fernández\nGIS Analyst, Region Dalarna\n+46 23 49 00 00",
             X("register", [P("Diego Fernández", "diego.fernandez@regiondalarna.se", "Region Dalarna",
                              "lactose intolerant")], ALL, diet="lactose intolerant"),
             "English; asks a question but signs up ('If so, please sign me up for all four') -> register"),

        mail("e026", "2027-02-08T07:41", ("Camilla Ros", "camilla.ros@ludvika.se"), "Re: DalaLab",
             "Hej!\n\nJag är anmäld till samtliga träffar men kan tyvärr inte komma den 29 november, då har vi "
             "kommunfullmäktige. De andra träffarna kommer jag på som planerat.\n\nMvh Camilla\n\n"
             "Skickat från min iPhone",
             X("cancel", [P("Camilla Ros", "camilla.ros@ludvika.se", "Ludvika kommun")], [S3]),
             "same person as e007; partial withdrawal -> cancel of 29 Nov only"),

        tg("e027", "2027-02-10T12:31", "Frida Hansson", 5177302948,
           "Hej! Anmäler mig till alla fyra träffarna. Mvh Frida Hansson, Malung-Sälens kommun",
           X("register", [P("Frida Hansson", None, "Malung-Sälens kommun")], ALL),
           "Telegram, full sentence with organisation; 'alla fyra'"),

        mail("e028", "2027-02-12T09:09", ("Robert Kask", "robert.kask@avesta.se"), "Anmälan DalaLab 2027",
             "Hej,\n\nJag vill anmäla mig till följande tillfällen:\n\n2027-05-03\n2027-11-29\n\n"
             "Mvh\nRobert Kask\nGIS-samordnare\nAvesta kommun\nTel. 0226-64 50 00\nSemester v. 28–31",
             X("register", [P("Robert Kask", "robert.kask@avesta.se", "Avesta kommun")], [S1, S3]),
             "ISO dates in a list; vacation weeks in signature"),

        mail("e029", "2027-02-15T14:53", ("Hampus Jernberg", "hampus.jernberg@gagnef.se"), "DalaLab",
             "Hej!\n\nJag jobbar med GIS och mark- och exploatering på Gagnefs kommun. Ylva är redan anmäld från oss "
             "och tipsade mig. Jag vill gärna vara med på den tredje och fjärde träffen, dvs. framtider/osäkerheter "
             "och tillgänglighet.\n\nJag behöver glutenfri och laktosfri mat.\n\nHälsningar\nHampus Jernberg\n"
             "Gagnefs kommun, Box 4, 785 21 Gagnef",
             X("register", [P("Hampus Jernberg", "hampus.jernberg@gagnef.se", "Gagnefs kommun",
                              "glutenfri, laktosfri")], [S3, S4], diet="glutenfri, laktosfri"),
             "ordinals 'tredje och fjärde träffen' + topics = 29 Nov, 22 Feb; colleague mentioned as already "
             "registered is not in people; two diets joined"),

        mail("e030", "2027-02-17T19:26", ("Alva Kristersson", "alva.kristersson@rattvik.se"), "Hösten!",
             "Hej Linnea!\n\nHoppas allt är bra med dig. Jag hänger på höstens två träffar, det blir kul att ses "
             "igen efter förra årets nätverksträff!\n\nKram Alva\n\nAlva Kristersson, planarkitekt, Rättviks kommun",
             X("register", [P("Alva Kristersson", "alva.kristersson@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "chatty; 'höstens två träffar' = 21 Sep + 29 Nov"),

        mail("e031", "2027-02-19T10:00", ("Marcus Thor", "marcus.thor@smedjebacken.se"),
             "Anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nHär kommer min anmälan.\n\nNamn: Marcus Thor\nOrganisation: Smedjebackens kommun, "
             "samhällsbyggnadsförvaltningen\nE-post: marcus.thor@smedjebacken.se\nTelefon: 0240-66 00 00\n"
             "Tillfällen: 3 maj 2027, 22 februari 2028\nSpecialkost: Vegetarisk\n\nMed vänlig hälsning\nMarcus Thor",
             X("register", [P("Marcus Thor", "marcus.thor@smedjebacken.se", "Smedjebackens kommun", "vegetarisk")],
               [S1, S4], diet="vegetarisk"),
             "form-like fields; dates with years"),

        mail("e032", "2027-02-22T08:14", ("Åsa Hellström", "asa.hellstrom@sater.se"), "Komplettering anmälan",
             "Hej igen!\n\nJag glömde skriva i min anmälan att jag är glutenintolerant.\n\nTack!\nÅsa Hellström\n"
             "Miljöstrateg, Säters kommun",
             X("change", [P("Åsa Hellström", "asa.hellstrom@sater.se", "Säters kommun", "glutenintolerant")], [],
               diet="glutenintolerant"),
             "same person as e014; diet update naming no sessions -> change with []; sent 22 Feb 2027"),

        mail("e033", "2027-02-24T21:05", ("Lukas Brandt", "lukas.brandt.arch@gmail.com"), "Registration DalaLab",
             "Hello,\n\nI work as an architect at Vansbro municipality – writing from my private address since our "
             "mail server has been down all day. Please register me for the sessions on 21 Sept, 29 Nov and 22 Feb."
             "\n\nKind regards\nLukas Brandt\nArchitect, Vansbro kommun",
             X("register", [P("Lukas Brandt", "lukas.brandt.arch@gmail.com", "Vansbro kommun")], [S2, S3, S4]),
             "English; private gmail but employed by Vansbro (stated) -> Vansbro kommun; '22 Feb' = 2028 session"),

        mail("e034", "2027-03-01T11:19", ("Johanna Dahlin", "johanna.dahlin@alvdalen.se"), "Byte av traff",
             "Hej igen,\n\nJag anmalde mig till maj och november, men vill byta novemberträffen mot den i februari. "
             "Sa det blir maj och februari istallet.\n\nMvh Johanna Dahlin\nAlvdalens kommun",
             X("change", [P("Johanna Dahlin", "johanna.dahlin@alvdalen.se", "Älvdalens kommun")], [S1, S4]),
             "same person as e016; swap Nov -> Feb with the result stated ('maj och februari') -> 3 May + 22 Feb; "
             "mixed missing accents"),

        mail("e035", "2027-03-03T13:47", ("Linus Wahlberg", "linus.wahlberg@falun.se"), "Anmälan DalaLab",
             "<html><body>"
             "<p>Hej Linnea,</p>"
             "<p>Jag &auml;r milj&ouml;strateg p&aring; Falu kommun och vill anm&auml;la mig till tr&auml;ffarna "
             "<b>21/9</b> och <b>22/2-28</b>.</p>"
             "<p>Med v&auml;nliga h&auml;lsningar<br>Linus Wahlberg<br>Milj&ouml;strateg<br>"
             "Milj&ouml;f&ouml;rvaltningen, Falu kommun<br>Stadshuset, Stora Torget, 791 83 Falun<br>"
             "023-830 00</p>"
             "</body></html>",
             X("register", [P("Linus Wahlberg", "linus.wahlberg@falun.se", "Falu kommun")], [S2, S4]),
             "HTML-only; '21/9' and '22/2-28' (bold)"),

        mail("e036", "2027-03-08T15:30", ("Sven-Erik Lund", "sven-erik.lund@mora.se"), "Antal platser per kommun",
             "Hej,\n\nHur många från varje kommun får delta i DalaLab? Vi är fyra på planavdelningen som är "
             "intresserade och jag vill veta innan vi bestämmer vilka som ska anmäla sig.\n\n"
             "Mvh Sven-Erik Lund\nPlanchef, Mora kommun\n0250-260 00",
             X("question", [], []),
             "question about the quota; no signup"),

        mail("e037", "2027-03-10T09:02", ("Jonatan Ström", "jonatan.strom@regiondalarna.se"), "Avanmälan DalaLab",
             "Hej Linnea,\n\nTyvärr måste jag avanmäla mig från DalaLab helt – jag har fått ett nytt jobb i Västerås "
             "och slutar här i slutet av april.\n\n/Jonatan",
             X("cancel", [P("Jonatan Ström", "jonatan.strom@regiondalarna.se", "Region Dalarna")], ALL),
             "same person as e017; full cancellation naming no sessions -> all four (cancelled sessions); "
             "'slutet av april' is not a session"),

        mail("e038", "2027-03-15T10:25", ("Aino Virtanen", "aino.virtanen@lansstyrelsen.se"),
             "Sign-up for DalaLab, May 3",
             "Hi Linnea,\n\nKatarina Wennberg forwarded me the invitation. I work with climate adaptation at "
             "Länsstyrelsen and would like to attend the first session on May 3. I can't commit to the autumn yet.\n\n"
             "I'm vegetarian.\n\nBest,\nAino Virtanen\nClimate adaptation officer\nCounty Administrative Board of "
             "Dalarna",
             X("register", [P("Aino Virtanen", "aino.virtanen@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "vegetarian")], [S1], diet="vegetarian"),
             "English; 'the first session on May 3'; colleague who forwarded is not in people; autumn not "
             "registered"),

        mail("e039", "2027-03-18T08:22", ("Elias Hägglund", "elias.hagglund@borlange.se"), "DalaLab",
             "Hej!\n\nAnmäler mig till alla tillfällen.\n\nHälsningar\nElias Hägglund\nTrafikplanerare\n"
             "Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\nTel 0243-740 00\n"
             "Föräldraledig 1/6–31/8 2027",
             X("register", [P("Elias Hägglund", "elias.hagglund@borlange.se", "Borlänge kommun")], ALL),
             "short; 'alla tillfällen'; parental leave dates 1/6–31/8 in signature are not sessions"),

        mail("e040", "2027-03-22T13:58", ("Leila Ahmadi", "leila.ahmadi@orsa.se"), "Ändring DalaLab",
             "Hej Linnea!\n\nMina planer har ändrats och föräldraledigheten blir senare än tänkt, så nu kan jag komma "
             "på novemberträffen också. Räkna med mig på alla fyra!\n\nLeila Ahmadi\nOrsa kommun",
             X("change", [P("Leila Ahmadi", "leila.ahmadi@orsa.se", "Orsa kommun")], ALL),
             "same person as e011 adds November; states the result 'alla fyra' -> all four"),

        tg("e041", "2027-03-25T07:12", "Noah Ekberg", 6291044870,
           "tja, anmäl mig till första träffen o sista. mvh noah, hedemora",
           X("register", [P("Noah Ekberg", None, "Hedemora kommun")], [S1, S4]),
           "Telegram, informal; 'första träffen o sista' = 3 May + 22 Feb"),

        mail("e042", "2027-03-29T11:36", ("Rebecka Olander", "rebecka.olander@ludvika.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej,\n\nBättre sent än aldrig – jag anmäler mig till alla träffar!\n\nMvh\nRebecka Olander\n"
             "Översiktsplanerare, Ludvika kommun\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 26 mars 2027 09:00\nÄmne: Påminnelse: anmälan till DalaLab senast 14 april\n\n"
             + REMINDER,
             X("register", [P("Rebecka Olander", "rebecka.olander@ludvika.se", "Ludvika kommun")], ALL),
             "reply to the reminder (quoted: deadline and all dates); 'alla träffar'"),

        mail("e043", "2027-04-01T16:10", ("Ture Backman", "ture.backman@leksand.se"), "Anmälan DalaLab",
             "Hej!\n\nJag anmäler mig till de tre första träffarna. Den sista i februari 2028 krockar med vår "
             "sportlovsvecka.\n\nMed vänlig hälsning\nTure Backman\nArkitekt\nLeksands kommun",
             X("register", [P("Ture Backman", "ture.backman@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "'de tre första träffarna' = 3 May, 21 Sep, 29 Nov; February explicitly excluded"),

        mail("e044", "2027-04-06T17:52", ("Kim Sandström", "kim.sandstrom@sater.se"), "Anmälan i sista stund",
             "Hej, hoppas jag hinner före den 14 april! Anmäl mig till samtliga träffar.\n\n/Kim\n\n"
             "Kim Sandström\nPlaneringsarkitekt\nSäters kommun\nTel 0225-550 00",
             X("register", [P("Kim Sandström", "kim.sandstrom@sater.se", "Säters kommun")], ALL),
             "late signup before the deadline; '14 april' is the deadline, not a session; 'samtliga'"),

        mail("e045", "2027-04-09T10:44", ('"Nordin, Gustav"', "gustav.nordin@rattvik.se"), "SV: DalaLab",
             "Hej,\n\nJag är anmäld till träff 1 och 4 men kan tyvärr inte komma den 3 maj. Den i februari står "
             "kvar.\n\nMvh\nGustav Nordin\nBygg- och miljöchef\nRättviks kommun | Riksvägen 40, 795 80 Rättvik | "
             "0248-700 00",
             X("cancel", [P("Gustav Nordin", "gustav.nordin@rattvik.se", "Rättviks kommun")], [S1]),
             "same person as e012; partial withdrawal of 3 May, February kept -> cancel of 3 May only"),
    ]
