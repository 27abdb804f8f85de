from build import P, X, mail, tg, S1, S2, S3, S4, ALL

ORG = ("DalaLab – Region Dalarna", "linnea.hassis@regiondalarna.se")

SLINE = {
    S1: "måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun",
    S2: "tisdag 21 september 2027",
    S3: "måndag 29 november 2027",
    S4: "tisdag 22 februari 2028",
}


def conf(first, sessions):
    lines = "\n".join("- " + SLINE[s] for s in sessions)
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            f"Du är anmäld till följande träffar:\n\n{lines}\n\nSista dag för anmälan är 14 april 2027. Svara på "
            "det här mejlet om något behöver ändras.\n\nHälsningar\nLinnea Hassis\nDalaLab, Region Dalarna")


def outlook(sent, to, subject, body, frm="DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"):
    return f"Från: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{body}"


def gq(header, body):
    return header + "\n" + "\n".join("> " + l if l else ">" for l in body.splitlines())


CSUBJ = "Bekräftelse: anmälan till DalaLab"

INVITATION = (
    "Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!\n\n"
    "Region Dalarna bjuder in kommunernas och regionens planerare till ett lärprojekt om strategisk "
    "översiktsplanering och planeringsstrategier. Projektet består av fyra träffar:\n\n"
    "1. 3 maj 2027, kl. 10–15 i Falun (fika från 09.30): Hållbar utveckling i ett rumsligt perspektiv och "
    "planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)\n"
    "2. 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?\n"
    "3. 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter\n"
    "4. 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet\n\n"
    "Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till "
    "linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell "
    "specialkost.\n\nVarmt välkomna!\nLinnea Hassis, Region Dalarna")


def messages():
    return [
        # ---------------------------------------------------------------- January
        mail("i091", "2027-01-11T08:47", ("Annelie Strömberg", "annelie.stromberg@hedemora.se"), "SV: " + CSUBJ,
             "Hej Linnea,\n\nTack för bekräftelsen. Nu när sammanträdesplanen för hösten har kommit ser jag att jag "
             "inte kan delta den 29 november – vi har budgetdagar i kommunstyrelsen 29–30/11 och jag måste vara med "
             "där. De andra tre träffarna står kvar som de är.\n\nVänliga hälsningar\nAnnelie Strömberg\n"
             "Översiktsplanerare\nSamhällsbyggnadsförvaltningen, Hedemora kommun\nTfn 0225-341 27 | Mobil 070-612 44 90\n"
             "Box 101, 776 28 Hedemora\n\n"
             + outlook("den 18 december 2026 10:02", "Annelie Strömberg <annelie.stromberg@hedemora.se>", CSUBJ,
                       conf("Annelie", ALL)),
             X("cancel", [P("Annelie Strömberg", "annelie.stromberg@hedemora.se", "Hedemora kommun")], [S3]),
             "Outlook reply over a confirmation listing all four; partial withdrawal of 29 Nov, rest kept -> cancel "
             "[S3]; '29–30/11' budget days are the reason, not another session"),

        mail("i092", "2027-01-19T13:22", ("Kjell Dahlström", "kjell.dahlstrom@avesta.se"), "Byte av träff",
             "Hej!\n\nJag är anmäld till 3 maj och 21 septembr men nu krockar septembr med en studieresa till "
             "Stockholm (vi är borta 20-22 sept). Kan jag byta september mot novembr-träffen istället? Maj står "
             "kvar som förut.\n\nMvh Kjell\n\nKjell Dahlström, planeringsarkitekt\nAvesta kommun\n0226-645 300",
             X("change", [P("Kjell Dahlström", "kjell.dahlstrom@avesta.se", "Avesta kommun")], [S1, S3]),
             "swap with typos ('septembr', 'novembr'); current sessions stated and May kept -> sessions after the "
             "change 3 May + 29 Nov; trip '20-22 sept' is not a session; iso-8859-1",
             charset="iso-8859-1"),

        tg("i093", "2027-01-24T21:05", "Minna Koskinen", 6120448391,
           "hej! kan jag byta 3/5 mot 22/2? maj funkar inte längre, vi flyttar då. Minna, Smedjebacken",
           X("change", [P("Minna Koskinen", None, "Smedjebackens kommun")], [S4]),
           "telegram bare swap '3/5 mot 22/2' -> only the new session (22 Feb 2028)"),

        mail("i126", "2027-01-14T07:15", ("Hotell Dalablick Konferens", "erbjudande@dalablickkonferens.se"),
             "Planeringsdagar våren 2027 – boka före 14 april och få 15 % rabatt",
             "Hej planerare!\n\nStår ni inför en intensiv vår med översiktsplan, planeringsstrategi och "
             "samrådsmöten? Ta med arbetsgruppen till Hotell Dalablick och jobba ostört med utsikt över Siljan.\n\n"
             "Vårt dagkonferenspaket (från 695 kr/person) innehåller förmiddagsfika, lunchbuffé, eftermiddagsfika "
             "och lokal med projektor. Specialkost ordnar vi självklart – vegetariskt, glutenfritt och laktosfritt.\n\n"
             "Lediga datum bl.a. 3 maj, 21 september och 29 november. Boka senast 14 april och få 15 % rabatt "
             "med koden PLAN27.\n\nAnmäl er grupp på dalablickkonferens.se/boka eller ring 0248-100 20.\n\n"
             "Vill du inte ha fler utskick? Avregistrera dig här: dalablickkonferens.se/avregistrera",
             X("unknown"),
             "conference-hotel advertising mail with session dates, a 14 April deadline, diets and 'Anmäl er' "
             "-> unknown"),

        mail("i127", "2027-01-27T16:40", ("Ruth Eriksson", "ruth.eriksson@planforsarkitektur.se"),
             "Cancel registration – DalaLab",
             "Hi Linnea,\n\nPlease cancel my registration for DalaLab. The project I was working on has been "
             "discontinued, so unfortunately I will not be attending any of the sessions.\n\nThank you for "
             "organising, and sorry for the extra work.\n\nKind regards,\nRuth Eriksson\nSenior Planner\n"
             "Planfors Arkitektur AB\nÅsgatan 12, 791 71 Falun\n+46 70 331 82 15",
             X("cancel", [P("Ruth Eriksson", "ruth.eriksson@planforsarkitektur.se", None)], ALL),
             "English full cancellation by a private consultant -> organisation None; no session named -> all four"),

        mail("i131", "2027-01-29T13:00", ("Lotta Granberg", "lotta.granberg@regiondalarna.se"),
             "Fråga om närvaro",
             "Hej Linnea!\n\nJag är anmäld till alla fyra träffarna. Är det obligatoriskt att vara med på samtliga, "
             "eller går det bra att hoppa över någon om det krockar med annat? Jag vet ännu inte hur hösten ser ut "
             "på vår avdelning.\n\nInget behöver ändras nu, jag vill bara veta vad som gäller.\n\n/Lotta\n\n"
             "Lotta Granberg\nRegional utveckling, Region Dalarna\n023-49 00 00",
             X("question"),
             "question from someone already registered ('alla fyra'); nothing to change -> question, people []"),

        mail("i132", "2027-01-07T10:35", ("Jesper Mård", "jesper.mard@borlange.se"), "Allergi",
             "Hej!\n\nJag är anmäld till 3/5 och 21/9 och vill bara meddela att jag har nötallergi. Den är ganska "
             "kraftig, så det vore bra om köket kände till det.\n\nHälsningar\nJesper Mård\nPlanavdelningen, "
             "Borlänge kommun\n0243-740 00",
             X("change", [P("Jesper Mård", "jesper.mard@borlange.se", "Borlänge kommun", diet="nötallergi")],
               [S1, S2], diet="nötallergi"),
             "diet update for an existing signup that states the sessions (3/5, 21/9) -> change with those"),

        # ---------------------------------------------------------------- February
        mail("i094", "2027-02-01T10:14", ("Torbjörn Nääs", "torbjorn.naas@vansbro.se"), "Re: DalaLab",
             "Hej Linnea!\n\nJag anmälde mig till vårträffen i Falun (3 maj) i december. Efter att ha pratat med "
             "min chef vill jag gärna lägga till den 21:a september också – temat om utvecklingsinriktning passar "
             "precis i vårt ÖP-arbete.\n\nHälsningar\nTorbjörn Nääs\nVansbro kommun, Samhällsbyggnad\n"
             "Tel 0281-750 00 (växel)",
             X("change", [P("Torbjörn Nääs", "torbjorn.naas@vansbro.se", "Vansbro kommun")], [S1, S2]),
             "adding a session to a stated one: 'vårträffen (3 maj)' + 'lägg till den 21:a september' -> both"),

        mail("i095", "2027-02-03T15:40", ("Henrik Lövgren", "henrik.lovgren@gagnef.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag har fått en ny tjänst i Uppsala och slutar på Gagnefs kommun den 31 mars. Därför måste "
             "jag tyvärr avanmäla mig från DalaLab.\n\nMin kollega Sanna Ruuth är också anmäld – hennes anmälan "
             "gäller som förut, hon kommer att vara med på alla träffar.\n\nTack för ett bra initiativ!\n"
             "Henrik Lövgren\nPlaneringsstrateg, Gagnefs kommun\n0241-150 00",
             X("cancel", [P("Henrik Lövgren", "henrik.lovgren@gagnef.se", "Gagnefs kommun")], ALL),
             "full withdrawal of the sender; colleague's signup 'gäller som förut' -> she is not among people; "
             "'31 mars' is not a session"),

        mail("i096", "2027-02-08T09:31", ("Patrik Ollas", "patrik.ollas@orsa.se"), "Ersättare 3 maj",
             "Hej!\n\nJag är anmäld till samtliga fyra träffar. Den 3 maj är jag dock upptagen med ett samråd om "
             "vindkraft som inte går att flytta. Min kollega Josefin Almén, josefin.almen@orsa.se, går i stället "
             "för mig den dagen. Resten av träffarna går jag på själv som planerat.\n\nMed vänlig hälsning\n"
             "Patrik Ollas\nÖversiktsplanerare\nOrsa kommun\n0250-552 00",
             X("change", [P("Patrik Ollas", "patrik.ollas@orsa.se", "Orsa kommun"),
                          P("Josefin Almén", "josefin.almen@orsa.se", "Orsa kommun")], [S1]),
             "substitution for one session only: colleague takes 3 May, sender keeps the rest -> change, both "
             "people, sessions = what the substitute takes [S1]"),

        mail("i097", "2027-02-10T14:02", ("Maja Lindroth", "maja.lindroth@borlange.se"), "SV: " + CSUBJ,
             "<html><head><meta charset=\"utf-8\"><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;"
             "font-size:11pt}</style></head><body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej!</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Jag gl&ouml;mde skriva i min anm&auml;lan att jag &auml;r <b>glutenfri</b>. "
             "Tacksam om ni noterar det till fikat och lunchen.</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<p class=\"MsoNormal\">Med v&auml;nlig h&auml;lsning<br>Maja Lindroth<br>Mark- och exploatering<br>"
             "Borl&auml;nge kommun<br>Tfn 0243-742 19</p><p class=\"MsoNormal\">&nbsp;</p>"
             "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             "<p class=\"MsoNormal\"><b>Fr&aring;n:</b> DalaLab &ndash; Region Dalarna &lt;linnea.hassis@regiondalarna.se&gt;<br>"
             "<b>Skickat:</b> den 4 februari 2027 09:15<br><b>Till:</b> Maja Lindroth &lt;maja.lindroth@borlange.se&gt;<br>"
             "<b>&Auml;mne:</b> Bekr&auml;ftelse: anm&auml;lan till DalaLab</p></div>"
             "<p class=\"MsoNormal\">Hej Maja!</p><p class=\"MsoNormal\">Tack f&ouml;r din anm&auml;lan till DalaLab. "
             "Du &auml;r anm&auml;ld till f&ouml;ljande tr&auml;ffar:</p><ul><li>m&aring;ndag 3 maj 2027, "
             "kl. 10.00&ndash;15.00, Falun</li><li>tisdag 22 februari 2028</li></ul>"
             "<p class=\"MsoNormal\">Sista dag f&ouml;r anm&auml;lan &auml;r 14 april 2027.</p>"
             "<p class=\"MsoNormal\">H&auml;lsningar<br>Linnea Hassis</p></div></body></html>",
             X("change", [P("Maja Lindroth", "maja.lindroth@borlange.se", "Borlänge kommun", diet="glutenfri")], [],
               diet="glutenfri"),
             "HTML-only Outlook reply: diet update naming no session -> change []; the quoted confirmation's two "
             "dates are not restated", html=True),

        mail("i098", "2027-02-12T11:20", ("Rebecka Halvarsson", "rebecka.halvarsson@leksand.se"),
             "Ändrade uppgifter – DalaLab",
             "Hej,\n\nJag är anmäld till DalaLab sedan januari under namnet Rebecka Moberg. Jag har gift mig och "
             "heter numera Rebecka Halvarsson, och min gamla adress rebecka.moberg@leksand.se slutar fungera efter "
             "28 februari. Använd gärna den här adressen i stället.\n\nIngen ändring i övrigt.\n\nVänligen\n"
             "Rebecka Halvarsson\nKommunarkitekt, Leksands kommun\n0247-800 00",
             X("change", [P("Rebecka Halvarsson", "rebecka.halvarsson@leksand.se", "Leksands kommun")], []),
             "name and address change for an existing signup -> change []; the old name/address is not a second "
             "person"),

        mail("i112", "2027-02-15T08:00", ("Anders Björk", "anders.bjork@orsa.se"), "Automatiskt svar: " + CSUBJ,
             "Tack för ditt mejl.\n\nJag är föräldraledig till och med 22 februari och läser inte min e-post under "
             "tiden. Vid brådskande ärenden, kontakta Samhällsbyggnad Orsa på 0250-552 00 eller "
             "samhallsbyggnad@orsa.se.\n\nAnders Björk\nOrsa kommun",
             X("auto_reply"),
             "out-of-office reply to a confirmation (no auto headers); '22 februari' is the end of leave, not the "
             "2028 session"),

        mail("i099", "2027-02-16T08:05", ("Göran Wallgren", "goran.wallgren@ludvika.se"), "VB: DalaLab hösten",
             "Hej Linnea,\n\nSe Amandas mejl nedan. Kan du stryka henne från de datumen? Majträffen är hon kvar "
             "på.\n\nMvh\nGöran Wallgren\nEnhetschef Strategisk planering\nLudvika kommun\n0240-860 00\n\n"
             + outlook("den 15 februari 2027 16:44", "Göran Wallgren <goran.wallgren@ludvika.se>", "DalaLab hösten",
                       "Hej Göran!\n\nNu är det bekräftat att jag går på föräldraledighet från augusti. Jag kommer "
                       "alltså inte kunna vara med på DalaLab den 21/9 eller 29/11 (jag var anmäld till de två och "
                       "till 3 maj). Den 3 maj kan jag fortfarande vara med. Kan du meddela Region Dalarna?\n\n/Amanda",
                       frm="Amanda Sjögren <amanda.sjogren@ludvika.se>"),
             X("cancel", [P("Amanda Sjögren", "amanda.sjogren@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "manager forwards (VB:) a colleague's mail: the cancellation of 21/9 + 29/11 is inside the forwarded "
             "part; her address from the forwarded header; manager not among people; 3 May kept"),

        mail("i128", "2027-02-22T10:10", ("Berisha Nadia", "nadia.berisha@rattvik.se"), "Ändringar från Rättvik",
             "Hej!\n\nTvå ändringar från oss i Rättvik:\n\n- jag kan inte komma den 3 maj (jag är på kurs i Umeå)\n"
             "- Karl Öberg kan inte den 22 februari nästa år\n\nI övrigt står våra anmälningar kvar.\n\n"
             "Hälsningar\nNadia Berisha\nPlan- och byggenheten\nRättviks kommun",
             X("cancel", [P("Nadia Berisha", "nadia.berisha@rattvik.se", "Rättviks kommun"),
                          P("Karl Öberg", None, "Rättviks kommun")], [S1, S4]),
             "two partial withdrawals for two people -> cancel, union 3 May + 22 Feb 2028; sent on 22 Feb 2027; "
             "surname-first display name"),

        tg("i129", "2027-02-25T19:02", "Mattias Höglund", 7302154486,
           "hej. anna-karin lund går istället för mig den 29:e november, jag har fått förhinder. vi är båda på "
           "borlänge kommun",
           X("change", [P("Mattias Höglund", None, "Borlänge kommun"), P("Anna-Karin Lund", None, "Borlänge kommun")],
             [S3]),
           "telegram substitution for one session, substitute in lower case -> change, both people, [S3]"),

        # ---------------------------------------------------------------- March
        mail("i133", "2027-03-01T15:48", ("Leif Sundberg", "leif.sundberg@ludvika.se"), "SV: Avanmälan 3 maj",
             "Hej igen,\n\nglöm mitt mejl från i morse! Mötet som krockade har flyttats, så jag kommer på träffen "
             "den 3 maj ändå, precis som planerat.\n\n/Leif\n\n"
             + outlook("den 1 mars 2027 08:12", "linnea.hassis@regiondalarna.se", "Avanmälan 3 maj",
                       "Hej,\n\njag måste tyvärr avanmäla mig från den 3 maj på grund av ett extrainsatt "
                       "kommunstyrelsemöte.\n\nLeif Sundberg\nLudvika kommun", frm="Leif Sundberg"),
             X("register", [P("Leif Sundberg", "leif.sundberg@ludvika.se", "Ludvika kommun")], [S1]),
             "takes back his own cancellation of the same morning (quoted below) -> signing up again = register "
             "[S1]; the quoted part is a cancel"),

        mail("i101", "2027-03-03T13:10", ("Ulrika Bäckman", "ulrika.backman@gagnef.se"), "Anmälan igen",
             "Hej!\n\nJag avanmälde mig i februari eftersom jag trodde att jag skulle vara tjänstledig under hösten, "
             "men det blev inte så. Därför vill jag gärna anmäla mig igen – till alla träffar utom den sista i "
             "februari 2028, då är jag på en konferens i Göteborg.\n\nHälsningar\nUlrika Bäckman\n"
             "Gagnefs kommun, Bygg och miljö\n0241-152 33",
             X("register", [P("Ulrika Bäckman", "ulrika.backman@gagnef.se", "Gagnefs kommun")], [S1, S2, S3]),
             "signing up again after an earlier cancellation -> register; 'alla utom den sista i februari 2028' "
             "= three; 'i februari' (past) is not a session"),

        mail("i102", "2027-03-05T09:45", ("Sven-Erik Grahn", "sven-erik.grahn@mora.se"),
             "Vilka träffar är jag anmäld till?",
             "Hej,\n\nJag har tyvärr raderat bekräftelsemejlet och minns inte om jag anmälde mig till båda "
             "höstträffarna eller bara till den i september. Kan du kolla vad som gäller? Jag vill inte ändra "
             "något, bara veta.\n\nMvh Sven-Erik Grahn\nMora kommun, Stadsbyggnad",
             X("question"),
             "question about his own signup; mentions autumn sessions and September but asks for no change"),

        mail("i103", "2027-03-08T16:12", ("Daniel Whitaker", "daniel.whitaker@regiondalarna.se"),
             "RE: " + CSUBJ,
             "Hi Linnea,\n\nQuick note: I won't be able to make the November session (29th) as I'll be at a "
             "conference in Rotterdam that week. The other three sessions stay as they are.\n\nBest,\n"
             "Daniel Whitaker\nAnalyst, Regional Development\nRegion Dalarna\n+46 23 77 50 00\n\n"
             "From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>\nSent: Monday, 11 January 2027 09:00\n"
             "To: Daniel Whitaker <daniel.whitaker@regiondalarna.se>\nSubject: " + CSUBJ + "\n\n"
             + conf("Daniel", ALL),
             X("cancel", [P("Daniel Whitaker", "daniel.whitaker@regiondalarna.se", "Region Dalarna")], [S3]),
             "English partial withdrawal ('November session (29th)') over a quoted Swedish confirmation with all "
             "four -> cancel [S3]"),

        mail("i104", "2027-03-10T10:30", ("Lena Forsgren", "lena.forsgren@avesta.se"), "Byte av deltagare från Avesta",
             "Hej!\n\nKerstin Ahl, som är anmäld till alla fyra träffarna i DalaLab, har slutat hos oss i och med "
             "februari. I hennes ställe kommer vår nyanställda planerare Mikael Brandt, mikael.brandt@avesta.se, "
             "att delta på samtliga träffar.\n\nJag själv deltar inte. Hör av dig om något behövs.\n\n"
             "Vänliga hälsningar\nLena Forsgren\nEnhetschef, Samhällsbyggnadsförvaltningen\nAvesta kommun\n"
             "0226-645 000",
             X("change", [P("Kerstin Ahl", None, "Avesta kommun"), P("Mikael Brandt", "mikael.brandt@avesta.se",
                                                                      "Avesta kommun")], ALL),
             "manager substitutes a colleague who left: both people, substitute takes all four; manager not "
             "among people"),

        mail("i135", "2027-03-11T13:37", ("Louise Ekman", "louise.ekman@sater.se"), "Fler träffar för oss från Säter",
             "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">"
             "<div>Hej Linnea!</div><div><br></div>"
             "<div>Vi tre fr&aring;n S&auml;ters kommun &ndash; jag, Amir Haddad och Frida Modin &ndash; &auml;r "
             "i dag anm&auml;lda till v&aring;rtr&auml;ffen den 3 maj. Efter v&aring;rt planeringsm&ouml;te "
             "den 9 mars har vi best&auml;mt att vi &auml;ven vill delta den 21 september och den 29 november.</div>"
             "<div><br></div><div>Februarittr&auml;ffen f&aring;r vi &aring;terkomma om.</div><div><br></div>"
             "<div>Tack!</div><div>Louise Ekman<br>Samh&auml;llsplanerare<br>S&auml;ters kommun<br>"
             "Tfn 0225-553 40</div></body></html>",
             X("change", [P("Louise Ekman", "louise.ekman@sater.se", "Säters kommun"),
                          P("Amir Haddad", None, "Säters kommun"), P("Frida Modin", None, "Säters kommun")],
               [S1, S2, S3]),
             "HTML-only: three people registered for 3 May add 21 Sep + 29 Nov -> change with all three sessions; "
             "'9 mars' meeting and February left open are not sessions", html=True),

        mail("i106", "2027-03-12T12:03", ("Linus Åberg", "linus.aberg78@gmail.com"), "Re: " + CSUBJ,
             "Hej! Tack för bekräftelsen.\n\nEn praktisk fråga inför 3 maj: finns det parkering vid lokalen i "
             "Falun, eller är det bättre att ta tåget? Jag kommer från Hedemora.\n\nLinus Åberg\n"
             "Hedemora kommun\n\n"
             + gq("Den tis 2 mars 2027 kl 08:14 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:",
                  conf("Linus", [S1, S2])),
             X("question"),
             "Gmail reply with '> '-quoted confirmation; only a practical question about 3 May -> question"),

        mail("i107", "2027-03-15T09:20", ("Pernilla Vestin", "pernilla.vestin@falun.se"), "VB: Avanmälan 3 maj",
             "Hej Linnea,\n\nJag skickade mejlet nedan till fel adress förra veckan (den gamla projektbrevlådan) och "
             "har inte fått något svar, så jag skickar det till dig i stället.\n\n/Pernilla\n\n"
             + outlook("den 8 mars 2027 14:02", "dalalab@regiondalarna.se", "Avanmälan 3 maj",
                       "Hej!\n\nJag behöver tyvärr avanmäla mig från första träffen den 3 maj – då har vi samråd "
                       "för den fördjupade översiktsplanen för Grycksbo. Övriga tre träffar står kvar.\n\n"
                       "Hälsningar\nPernilla Vestin\nPlanarkitekt, Falu kommun\n023-830 00",
                       frm="Pernilla Vestin"),
             X("cancel", [P("Pernilla Vestin", "pernilla.vestin@falun.se", "Falu kommun")], [S1]),
             "the sender forwards her own earlier mail: the partial withdrawal (3 May) is only in the forwarded part"),

        tg("i108", "2027-03-17T07:41", "Alva Persson", 5519027763,
           "Hej! glömde säga när jag anmälde mig att jag är vegan 🌱 /Alva, Leksands kommun",
           X("change", [P("Alva Persson", None, "Leksands kommun", diet="vegan")], [], diet="vegan"),
           "telegram diet update naming no session -> change []"),

        mail("i109", "2027-03-18T14:55", ("Marcus Sjödin", "marcus.sjodin@hedemora.se"), "Ytterligare en från Hedemora",
             "Hej Linnea!\n\nJag är redan anmäld till DalaLab (alla träffar). Nu vill även min kollega Rasmus Eng, "
             "rasmus.eng@hedemora.se, vara med – men bara på höstens två träffar, eftersom han börjar hos oss först "
             "i augusti.\n\nHälsningar\nMarcus Sjödin\nPlanchef, Hedemora kommun\nStora Torget 1, 776 81 Hedemora",
             X("register", [P("Rasmus Eng", "rasmus.eng@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "already-registered sender adds a colleague: only the colleague is registered; 'höstens två träffar' "
             "= 21 Sep + 29 Nov; 'augusti' is not a session"),

        mail("i110", "2027-03-19T11:11", ("Lund Katarina", "katarina.lund@smedjebacken.se"), "Avanmälan",
             "Hej,\n\nEk, Jonas på vår avdelning har fått förhinder och ska avanmälas från DalaLab, samtliga "
             "träffar. Min egen anmälan gäller som förut.\n\nVänliga hälsningar\nKatarina Lund\n"
             "Smedjebackens kommun\n0240-660 00",
             X("cancel", [P("Jonas Ek", None, "Smedjebackens kommun")], ALL),
             "sender cancels a colleague written 'Ek, Jonas'; her own signup 'gäller som förut' -> she is not "
             "among people; 'samtliga träffar' -> all four"),

        mail("i111", "2027-03-22T20:47", ("Felicia Dahlgren", "felicia.dahlgren@falun.se"), "Ändring",
             "hej\när anmäld till 3 maj o 29 nov men måste flyta nov-träffen till den i februai istället, har en "
             "utbildning i nov. går det? maj som vanligt\n/Felicia Dahlgren Falu kommun\n\nSkickat från min iPhone",
             X("change", [P("Felicia Dahlgren", "felicia.dahlgren@falun.se", "Falu kommun")], [S1, S4]),
             "phone mail with typos ('flyta', 'februai'): 29 Nov moved to February, May kept -> 3 May + 22 Feb 2028"),

        mail("i113", "2027-03-24T13:30", ("Gunnel Dahl", "gunnel.dahl@alvdalen.se"),
             "Återtag av anmälningar – Älvdalens kommun",
             "Hej!\n\nEfter beslut i ledningsgruppen den 23 mars behöver Älvdalens kommun tyvärr dra tillbaka "
             "samtliga tre anmälningar till DalaLab: min egen samt Nils Rydbergs och Fatima Omars. Anledningen är "
             "det ansträngda budgetläget 2027. Vi hoppas kunna vara med i en senare omgång.\n\nMed vänlig hälsning\n"
             "Gunnel Dahl\nSektorchef Samhällsbyggnad\nÄlvdalens kommun\nDalgatan 21, 796 31 Älvdalen\n0251-310 00",
             X("cancel", [P("Gunnel Dahl", "gunnel.dahl@alvdalen.se", "Älvdalens kommun"),
                          P("Nils Rydberg", None, "Älvdalens kommun"), P("Fatima Omar", None, "Älvdalens kommun")],
               ALL),
             "whole municipality withdraws three signups (genitive names 'Nils Rydbergs och Fatima Omars') -> "
             "cancel all four; windows-1252", charset="windows-1252"),

        mail("i114", "2027-03-29T10:02", ("Hampus Lind", "hampus.lind@borlange.se"), "Radera mina uppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i början av mars. Jag vill nu också att ni raderar alla mina "
             "personuppgifter (namn, e-post, kostuppgifter) ur era listor, enligt GDPR. Bekräfta gärna när det "
             "är gjort.\n\nMvh Hampus Lind\nBorlänge kommun",
             X("erasure", [P("Hampus Lind", "hampus.lind@borlange.se", "Borlänge kommun")], []),
             "erasure after an earlier cancellation; no session"),

        tg("i115", "2027-03-30T17:26", "Johanna Nyström", 6843310295,
           "kan inte 21.9 tyvärr 😕 resten kör jag! /johanna, avesta",
           X("cancel", [P("Johanna Nyström", None, "Avesta kommun")], [S2]),
           "telegram partial withdrawal '21.9', rest kept -> cancel [S2]"),

        mail("i116", "2027-03-31T09:12", ("Per-Olof Rask", "per-olof.rask@ludvika.se"), "SV: " + CSUBJ,
             "Hej!\n\nSom du ser nedan står jag som anmäld till 3 maj och 22 februari. Nu har jag fått klartecken "
             "att vara med på hela serien, så jag vill gärna vara med på alla fyra träffarna.\n\nTack på förhand!\n"
             "Per-Olof Rask\nLudvika kommun\n\n"
             + outlook("den 20 januari 2027 11:30", "Per-Olof Rask <per-olof.rask@ludvika.se>", CSUBJ,
                       conf("Per-Olof", [S1, S4])),
             X("change", [P("Per-Olof Rask", "per-olof.rask@ludvika.se", "Ludvika kommun")], ALL),
             "adds the two autumn sessions: 'alla fyra' after the change -> all four; quoted confirmation lists "
             "two"),

        # ---------------------------------------------------------------- April, up to the deadline
        mail("i117", "2027-04-01T11:40", ("Björn Hansson", "bjorn.hansson@lansstyrelsen.se"), "Ändring för Elsa Wiik",
             "Hej Linnea!\n\nMin kollega Elsa Wiik, som är anmäld till DalaLab den 29/11, vill hellre gå på träffen "
             "om utvecklingsinriktning den 21 september. Kan ni byta för henne?\n\n(Detta är inget aprilskämt.)\n\n"
             "Hälsningar\nBjörn Hansson\nSamhällsbyggnadsenheten\nLänsstyrelsen Dalarna\n010-225 00 00",
             X("change", [P("Elsa Wiik", None, "Länsstyrelsen Dalarna")], [S2]),
             "swap for a colleague (29/11 -> 21 Sep, theme named too) -> only the new session; sender not among "
             "people"),

        mail("i119", "2027-04-02T06:58", ("Theo Lundkvist", "theo.lundkvist@mora.se"), "Re: " + CSUBJ,
             "Hej, tyvärr måste jag stryka mig helt från DalaLab – omorganisation här och jag får andra "
             "arbetsuppgifter. Tack ändå!\n/Theo\n\nSkickat från min iPhone\n\n"
             + gq("> 14 jan. 2027 kl. 10:21 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:",
                  conf("Theo", ALL)),
             X("cancel", [P("Theo Lundkvist", "theo.lundkvist@mora.se", "Mora kommun")], ALL),
             "iPhone reply over the confirmation: 'stryk mig helt' -> cancel all four"),

        mail("i125", "2027-04-02T08:30", ("Malin Eriksson", "malin.eriksson@lansstyrelsen.se"),
             "Ny arbetsgivare – vill behålla platsen i DalaLab",
             "Hej Linnea,\n\nJag anmälde mig till DalaLab i december när jag jobbade på Säters kommun "
             "(malin.eriksson@sater.se). Sedan 1 april arbetar jag i stället på Länsstyrelsen Dalarna, "
             "samhällsbyggnadsenheten. Jag vill gärna vara kvar i projektet – kan anmälan flyttas över till min nya "
             "adress och organisation? Säter har sagt att de inte skickar någon i mitt ställe.\n\nHälsningar\n"
             "Malin Eriksson\nLänsstyrelsen Dalarna\n010-225 01 47",
             X("change", [P("Malin Eriksson", "malin.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], []),
             "details change (new employer and address) naming no session -> change []; the old address and "
             "Säters kommun are not her current details"),

        tg("i134", "2027-04-03T09:50", "Hanna Lööf", 5077216638,
           "hej, står jag fortfarande på listan för 22/2? fick ett mejl om avanmälan som jag inte har skickat 🤔",
           X("question"),
           "question about her own signup; mentions 22/2 and 'avanmälan' but cancels nothing"),

        mail("i120", "2027-04-05T10:05", ("Agneta Sörberg", "agneta.sorberg@rattvik.se"), "Komplettering kost",
             "Hej!\n\nEn komplettering till Rättviks anmälningar till DalaLab: Tove Sahlin är vegetarian.\n\n"
             "I övrigt inga ändringar, övriga anmälningar från oss gäller som förut.\n\nMvh\nAgneta Sörberg\n"
             "Nämndsekreterare, Rättviks kommun\n0248-700 00",
             X("change", [P("Tove Sahlin", None, "Rättviks kommun", diet="vegetarian")], [], diet="vegetarian"),
             "secretary adds a diet for one colleague -> change [] for her only; the other signups 'gäller som "
             "förut'; sender not among people"),

        mail("i121", "2027-04-06T13:14", ("Kristoffer Alm", "kristoffer.alm@gagnef.se"), "Är jag anmäld?",
             "Hej,\n\nJag skickade en anmälan till DalaLab i januari men har aldrig fått någon bekräftelse. Om den "
             "inte har kommit fram: anmäl mig till 3 maj och 29 november. Är jag redan anmäld behöver ni inte göra "
             "något.\n\nMvh\nKristoffer Alm\nGagnefs kommun",
             X("register", [P("Kristoffer Alm", "kristoffer.alm@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "asks whether he is registered and, if not, signs up for 3 May + 29 Nov -> register"),

        mail("i122", "2027-04-06T15:50", ("Jessica Holm", "jessica.holm@orsa.se"), "Byte av deltagare – Orsa",
             "Hej!\n\nJag skrev tidigare att vi skulle försöka hitta en ersättare för Lisa Grönlund på "
             "höstträffarna. Det har vi tyvärr inte lyckats med, så stryk henne från 21/9 och 29/11. Om någon "
             "annan blir aktuell längre fram hör jag av mig.\n\nHälsningar\nJessica Holm\nOrsa kommun",
             X("cancel", [P("Lisa Grönlund", None, "Orsa kommun")], [S2, S3]),
             "subject says 'Byte av deltagare' but no substitute was found -> cancel of 21/9 + 29/11 for the "
             "colleague; sender not among people"),

        mail("i123", "2027-04-07T09:18", ("Tomas Wiberg", "tomas.wiberg@smedjebacken.se"), "SV: Avanmälan Anton Berg",
             "Hej igen!\n\nI februari avanmälde jag Anton Berg från DalaLab. Nu har hans schema ändrats och han kan "
             "vara med ändå, så vi vill anmäla honom igen till samtliga fyra träffar. Han nås på "
             "anton.berg@smedjebacken.se.\n\nTomas Wiberg\nSmedjebackens kommun\n\n"
             + outlook("den 11 februari 2027 13:05", "linnea.hassis@regiondalarna.se", "Avanmälan Anton Berg",
                       "Hej,\n\nAnton Berg måste tyvärr avanmälas från alla träffar i DalaLab.\n\n/Tomas Wiberg",
                       frm="Tomas Wiberg"),
             X("register", [P("Anton Berg", "anton.berg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "re-registration of a colleague after an earlier cancellation (quoted) -> register all four; sender "
             "not among people"),

        mail("i118", "2027-04-07T15:33", ("Camilla Öhrn", "camilla.ohrn@vansbro.se"), "Anmälan DalaLab i sista stund",
             "<html><body><p>Hej!</p><p>Hoppas jag inte &auml;r f&ouml;r sen &ndash; jag s&aring;g i "
             "p&aring;minnelsen att anm&auml;lan ska vara inne senast 14 april. Jag vill anm&auml;la mig till "
             "samtliga tr&auml;ffar i DalaLab.</p><p>Jag &auml;r laktosintolerant.</p>"
             "<p>Med v&auml;nliga h&auml;lsningar<br>Camilla &Ouml;hrn<br>Bygglovshandl&auml;ggare/planerare<br>"
             "Vansbro kommun<br>Tfn 0281-752 06<br>Besöksadress: Kyrkbacken 1, Vansbro</p></body></html>",
             X("register", [P("Camilla Öhrn", "camilla.ohrn@vansbro.se", "Vansbro kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "HTML-only late signup for 'samtliga träffar'; diet 'laktosintolerant'; '14 april' is the deadline",
             html=True),

        tg("i124", "2027-04-08T12:20", "Sean O'Connor", 6290057731,
           "Hi! I'm signed up for May 3 and Nov 29. Could you add Sept 21 as well? Thanks! Sean, Falu kommun",
           X("change", [P("Sean O'Connor", None, "Falu kommun")], [S1, S2, S3]),
           "English telegram: adds 21 Sep to two stated sessions -> change with all three"),

        mail("i130", "2027-04-08T16:25", ("Emelie Sandström", "emelie.sandstrom@mora.se"),
             "VB: Inbjudan DalaLab – sista anmälningsdag 14 april",
             "Hej!\n\nFick inbjudan vidarebefordrad av Sven-Erik nyss. Jag vill gärna anmäla mig till vårträffen "
             "och novemberträffen om osäkerheter. Sven-Eriks egen anmälan gäller som förut.\n\nEmelie Sandström\n"
             "Mora kommun\n\n"
             + outlook("den 8 april 2027 14:10", "Emelie Sandström <emelie.sandstrom@mora.se>",
                       "VB: Inbjudan DalaLab – sista anmälningsdag 14 april",
                       "Du borde gå på det här! /S-E\n\n" + INVITATION,
                       frm="Sven-Erik Grahn <sven-erik.grahn@mora.se>"),
             X("register", [P("Emelie Sandström", "emelie.sandstrom@mora.se", "Mora kommun")], [S1, S3]),
             "late signup over a forwarded invitation (all four dates); 'vårträffen och novemberträffen om "
             "osäkerheter' = 3 May + 29 Nov; colleague's signup 'gäller som förut' -> not among people"),

        tg("i100", "2027-04-09T22:17", "Jonna Hedman", 7719403382,
           "hej! hinner jag anmäla mig fortfarande? isf alla fyra träffarna tack 🙏 jobbar på rättviks kommun, plan o bygg",
           X("register", [P("Jonna Hedman", None, "Rättviks kommun")], ALL),
           "late telegram signup with a question about the deadline -> register all four"),

        mail("i105", "2027-04-10T08:58", ("Ida Wennberg", "ida.wennberg@malung-salen.se"), "Sen anmälan DalaLab",
             "Hej!\n\nJag hoppas att det fortfarande går bra att anmäla sig – jag såg att sista dagen är 14 april. "
             "Jag vill anmäla mig själv och min kollega Oskar Hellström (oskar.hellstrom@malung-salen.se) till "
             "träffarna 3/5 och 21/9. De andra två får vi återkomma om när vi vet hur arbetet med fjällplanen går.\n\n"
             "Oskar är vegetarian.\n\nTrevlig helg!\nIda Wennberg\nMalung-Sälens kommun\n"
             "Telefontid tis–tors 9–11: 0280-181 00",
             X("register", [P("Ida Wennberg", "ida.wennberg@malung-salen.se", "Malung-Sälens kommun"),
                            P("Oskar Hellström", "oskar.hellstrom@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarian")], [S1, S2], diet="vegetarian"),
             "late signup (Saturday before the deadline) for self + colleague, 3/5 and 21/9; the other two left "
             "open; colleague's diet; phone hours 'tis–tors 9–11'"),
    ]
