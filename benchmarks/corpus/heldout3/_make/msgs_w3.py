from build import ALL, P, S1, S2, S3, S4, X, mail, tg

BOT = "anmalan@dalalab.example"

INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 15:12
Till: Översiktsplanerare i Dalarna
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering och
planeringsstrategier. Lärprojektet består av fyra träffar i Falun:

  3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
               för en stärkt översiktsplanering (tillsammans med Boverket)
  21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur
               kan man jobba med det?
  29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
               digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation, e-post och eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        # ------------------------------------------------------------------ r121
        mail("r121", "2026-12-02T09:12:00", ("Birgitta Löfgren", "birgitta.lofgren@avesta.se"),
             "Anmälan DalaLab – Samhällsbyggnadsförvaltningen",
             """Hej,

Härmed anmäls följande medarbetare från Samhällsbyggnadsförvaltningen till lärprojektet DalaLab:

Nyström, Henrik        översiktsplanerare     henrik.nystrom@avesta.se
Åkesson, Maja          planarkitekt           maja.akesson@avesta.se
Karlsson Wiik, Jonas   miljöstrateg           jonas.karlsson.wiik@avesta.se

Frågor om själva deltagandet besvaras av respektive medarbetare.

Med vänlig hälsning

Birgitta Löfgren
HR-administratör
Avesta kommun
Tel 0226-64 50 00
Besöksadress: Kungsgatan 32, 774 81 Avesta""",
             X("register", [P("Henrik Nyström", "henrik.nystrom@avesta.se", "Avesta kommun"),
                            P("Maja Åkesson", "maja.akesson@avesta.se", "Avesta kommun"),
                            P("Jonas Karlsson Wiik", "jonas.karlsson.wiik@avesta.se", "Avesta kommun")], ALL),
             "HR administrator registers three others ('Härmed anmäls följande medarbetare', implied non-attendance); "
             "'Efternamn, Förnamn' table with a double surname; no session named -> all four"),
        # ------------------------------------------------------------------ r122
        mail("r122", "2026-12-03T14:05:00", ("Tobias Hed", "tobias.hed@leksand.se"), "DalaLab anmälan Leksand",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Från oss i Leksand kommer jag själv och Frida Mattsson (frida.mattsson@leksand.se). Dessutom vill jag anmäla Yusuf Demir som börjar som planarkitekt hos oss 1 mars – han har ingen e-postadress ännu men får en så fort han börjat.

Vi siktar på höstens två träffar och den i februari. Maj-träffen krockar tyvärr med vår budgetdag.

/Tobias

Tobias Hed
Enhetschef Plan
Leksands kommun
070-312 44 90""",
             X("register", [P("Tobias Hed", "tobias.hed@leksand.se", "Leksands kommun"),
                            P("Frida Mattsson", "frida.mattsson@leksand.se", "Leksands kommun"),
                            P("Yusuf Demir", None, "Leksands kommun")], [S2, S3, S4]),
             "manager registers himself and two colleagues, one without an address yet; "
             "'höstens två träffar och den i februari' -> 21/9, 29/11, 22/2; May mentioned only as a clash"),
        # ------------------------------------------------------------------ r123
        mail("r123", "2026-12-04T10:40:00", ("Samhällsbyggnad Falun", "samhallsbyggnad@falun.se"), "Anmälan till DalaLab",
             """Hej!

Vi vill anmäla vår nyanställda planeringsstrateg Cecilia Dahlberg till lärprojektet. Hennes egen adress är cecilia.dahlberg@falun.se – skicka gärna bekräftelsen dit och inte till den här brevlådan, som läses av flera.

Cecilia är glutenintolerant.

Hälsningar
Elin på Samhällsbyggnadsförvaltningens kansli
Falu kommun
023-830 00""",
             X("register", [P("Cecilia Dahlberg", "cecilia.dahlberg@falun.se", "Falu kommun", "glutenintolerant")], ALL,
               "glutenintolerant"),
             "shared function mailbox writes for one person whose own address is in the text; title before the name; "
             "the signer (Elin) does not attend; no session named -> all four"),
        # ------------------------------------------------------------------ r124
        mail("r124", "2026-12-07T08:31:00", ("Kristoffer Åberg", "kristoffer.aberg@ramboll.se"), "Anmälan – Vansbro kommun",
             """Hej Linnea,

Jag är konsult på Ramboll och arbetar sedan i höstas som tf. översiktsplanerare åt Vansbro kommun, som är mitt i arbetet med en ny ÖP. Kommunen har bett mig delta i DalaLab för deras räkning.

Jag vill därför anmäla mig till de två första träffarna. Vi tar ställning till resten när vi vet hur uppdraget förlängs.

Vänliga hälsningar
Kristoffer Åberg
Ramboll Sverige AB
Samhällsplanering, Falun
Tel: 010-615 60 00""",
             X("register", [P("Kristoffer Åberg", "kristoffer.aberg@ramboll.se", "Vansbro kommun")], [S1, S2]),
             "consultant (ramboll.se) attends for Vansbro kommun; 'de två första träffarna' -> 3/5, 21/9; "
             "'Falun' in the signature is the consultancy's office"),
        # ------------------------------------------------------------------ r125
        mail("r125", "2026-12-08T13:22:00", ("Peter Olsson", "peter.olsson@gagnef.se"), "Anmälan: utvecklingsinriktning",
             """Hej,

Jag skulle vilja anmäla mig till träffen om utvecklingsinriktning i ÖP-modellen. Sofia Lindqvist på Regionen (sofia.lindqvist@regiondalarna.se), som vi samarbetar med i vårt ÖP-arbete, vill också gå på samma träff – hon bad mig anmäla henne samtidigt.

Peter Olsson
Översiktsplanerare | Gagnefs kommun
Tel 0241-150 00""",
             X("register", [P("Peter Olsson", "peter.olsson@gagnef.se", "Gagnefs kommun"),
                            P("Sofia Lindqvist", "sofia.lindqvist@regiondalarna.se", "Region Dalarna")], [S2]),
             "two organisations in one mail (Gagnef + 'Regionen'); session by theme 'utvecklingsinriktning' -> 21/9"),
        # ------------------------------------------------------------------ r126
        mail("r126", "2026-12-09T16:03:00", ("Karin Ödman", "karin.odman@orsa.se"), "VB: DalaLab",
             """Hej Linnea,
Marcus bad mig skicka detta vidare till rätt person, hoppas det är du.
Karin

Karin Ödman
Administratör
Orsa kommun

Från: Marcus Hellström <marcus.hellstrom@orsa.se>
Skickat: den 9 december 2026 14:47
Till: Karin Ödman <karin.odman@orsa.se>
Ämne: DalaLab

Hej Karin!
Kan du anmäla mig till DalaLab? Jag vill gå 3 maj och 29 nov. Hittar inte vart man skickar anmälan.
Tack!
/M""",
             X("register", [P("Marcus Hellström", "marcus.hellstrom@orsa.se", "Orsa kommun")], [S1, S3]),
             "forwarded request: the person is only in the forwarded Outlook header; the forwarding administrator "
             "does not attend; '/M' signature"),
        # ------------------------------------------------------------------ r127
        tg("r127", "2026-12-10T20:41:00", "Ronja Ekholm", 5530918827,
           """Hej Linnea! Kan bara den 29:e (november), skriv upp mig på den tack 🙏
Ronja Ekholm, Region Dalarna""",
           X("register", [P("Ronja Ekholm", None, "Region Dalarna")], [S3]),
           "Telegram; 'bara den 29:e' -> 29 Nov only; organisation in the text"),
        # ------------------------------------------------------------------ r128
        mail("r128", "2027-02-03T11:16:00", ("Jenny Björk", "jenny.bjork@hedemora.se"), "Fråga om fjärde deltagare",
             """Hej Linnea,

Vi är redan tre anmälda från Hedemora till DalaLab. Vår nya bygglovschef, Kristin Ahlgren, vill gärna vara med den 29 november eftersom temat om osäkerheter ligger nära det hon jobbar med.

Går det att göra ett undantag från taket på tre personer, eller kan någon av oss kliva åt sidan just den gången och låta henne gå? Jag anmäler henne inte ännu, vill först veta vad som gäller.

Hälsningar
Jenny Björk
Samhällsplanerare, Hedemora kommun""",
             X("question", [], []),
             "quota question naming a date and a would-be participant, explicitly 'anmäler henne inte ännu' -> question"),
        # ------------------------------------------------------------------ r129
        mail("r129", "2026-12-11T09:50:00", ("Lotta Wennberg", "lotta.wennberg@ludvika.se"),
             "Anmälan till DalaLab från Ludvika kommun",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Härmed anmäler jag följande från Samhällsbyggnadsförvaltningen till hela serien av träffar:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Planchef Annika Roos</td><td>annika.roos@ludvika.se</td><td>&ndash;</td></tr>
<tr><td>Stadsarkitekt Mats Eriksson</td><td>mats.eriksson@ludvika.se</td><td>vegetarisk</td></tr>
<tr><td>Översiktsplanerare Noor Al-Khalil</td><td>noor.alkhalil@ludvika.se</td><td>&ndash;</td></tr>
</table>
<p>Med vänlig hälsning<br>
Lotta Wennberg<br>
Förvaltningsadministratör<br>
Ludvika kommun | 771 82 Ludvika | 0240-860 00</p>
</body></html>""",
             X("register", [P("Annika Roos", "annika.roos@ludvika.se", "Ludvika kommun"),
                            P("Mats Eriksson", "mats.eriksson@ludvika.se", "Ludvika kommun", "vegetarisk"),
                            P("Noor Al-Khalil", "noor.alkhalil@ludvika.se", "Ludvika kommun")], ALL, "vegetarisk"),
             "HTML-only table; job titles in the name cells before the names; administrator does not attend; "
             "'hela serien' -> all four", html=True),
        # ------------------------------------------------------------------ r130
        mail("r130", "2026-12-14T13:37:00", ("Maj-Britt Olsson", "maj-britt.olsson@rattvik.se"), "Anmälan lärprojekt",
             """Hej!

Jag vill anmäla mig till alla fyra träffarna i lärprojektet. Min kollega Gunnar Persson är också intresserad men han anmäler sig själv separat när han har koll på sin kalender.

Hälsningar
Maj-Britt Olsson
Bygg- och miljöförvaltningen
Rättviks kommun
Storgatan 2, 795 80 Rättvik""",
             X("register", [P("Maj-Britt Olsson", "maj-britt.olsson@rattvik.se", "Rättviks kommun")], ALL),
             "iso-8859-1; colleague who 'anmäler sig själv separat' is not among the people; hyphenated first name",
             charset="iso-8859-1"),
        # ------------------------------------------------------------------ r131
        mail("r131", "2027-02-15T10:05:00", ("Anneli Forsberg", "anneli.forsberg@falun.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Jonas Blom, som är anmäld från oss till alla fyra träffarna, slutar hos oss sista mars. Emelie Hagström tar över hans tjänst och även hans plats i DalaLab. Hennes adress är emelie.hagstrom@falun.se.

Hälsningar
Anneli Forsberg
Avdelningschef Strategisk samhällsplanering
Falu kommun
Stadshuset, 791 83 Falun""",
             X("change", [P("Jonas Blom", None, "Falu kommun"),
                          P("Emelie Hagström", "emelie.hagstrom@falun.se", "Falu kommun")], ALL),
             "substitution 'X slutar, Y tar hans plats' written by a manager who does not attend; "
             "the substitute takes all four (stated for the leaver)"),
        # ------------------------------------------------------------------ r132
        mail("r132", "2026-12-15T15:20:00", ("Sara Lindkvist", "sara.lindkvist@mora.se"), "Anmälan Mora kommun",
             """Hej Linnea,

Från Mora kommun anmäler vi följande till träffarna om önskvärda framtider och osäkerheter samt om tillgänglighet:

Lindkvist, Sara (undertecknad)
Mattsson, Per-Olof – per-olof.mattsson@mora.se
Hermansson, Ebba – ebba.hermansson@mora.se, glutenfri

Vi hoppas kunna vara med på de andra träffarna också, men det får bli nästa budgetår.

Tack!
Sara

--
Sara Lindkvist
Planeringsarkitekt
Mora kommun, Tingshuset, 792 80 Mora""",
             X("register", [P("Sara Lindkvist", "sara.lindkvist@mora.se", "Mora kommun"),
                            P("Per-Olof Mattsson", "per-olof.mattsson@mora.se", "Mora kommun"),
                            P("Ebba Hermansson", "ebba.hermansson@mora.se", "Mora kommun", "glutenfri")],
               [S3, S4], "glutenfri"),
             "'Efternamn, Förnamn' list with the sender marked '(undertecknad)'; sessions by theme only "
             "(framtider/osäkerheter + tillgänglighet) -> 29/11, 22/2; per-person diet"),
        # ------------------------------------------------------------------ r133
        mail("r133", "2027-01-11T06:02:00", ("Nordisk Kursadministration", "faktura@nordkursadm.eu"),
             "Faktura 2027-0142 – Deltagarregistrering DalaLab",
             """FAKTURA

Fakturanr: 2027-0142
Fakturadatum: 2027-01-11
Förfallodatum: 2027-01-21

Avser: Registrering av deltagare i registret över kompetensutvecklingsinsatser 2027,
evenemang "DalaLab – Planering för hållbarhet", arrangör Region Dalarna,
första tillfälle 3 maj 2027.

Registreringsavgift (1 st)            4 950,00 kr
Moms 25 %                             1 237,50 kr
ATT BETALA                            6 187,50 kr

Betalas till bankgiro 5532-1187. Ange fakturanummer som referens.

Registreringen förnyas automatiskt årligen om den inte sägs upp skriftligen senast 30 dagar
före förfallodagen. Vid utebliven betalning debiteras påminnelseavgift och dröjsmålsränta.

Nordisk Kursadministration
Org.nr 559912-0044""",
             X("unknown", [], []),
             "invoice scam dressed as a participant registration: 'Region Dalarna', event name, a session date, "
             "bankgiro -> unknown"),
        # ------------------------------------------------------------------ r134
        mail("r134", "2026-12-16T09:27:00", ("Thomas Reilly", "thomas.reilly@lansstyrelsen.se"), "Registration DalaLab",
             """Dear Linnea,

I would like to register for the DalaLab sessions on 21 September and 22 February. My colleague at Region Dalarna, Karin Sjödin (karin.sjodin@regiondalarna.se), asked me to sign her up for the same two sessions, as she is travelling this week and has no access to her e-mail.

Kind regards,
Thomas Reilly
Planning Officer | County Administrative Board of Dalarna
Länsstyrelsen Dalarna, 791 84 Falun
+46 10-225 00 00""",
             X("register", [P("Thomas Reilly", "thomas.reilly@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Karin Sjödin", "karin.sjodin@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "English; sender (Länsstyrelsen) + colleague at another organisation (Region Dalarna)"),
        # ------------------------------------------------------------------ r135
        tg("r135", "2026-12-17T21:12:00", "Jonna Säll", 6081274435,
           """hej! anmäler mig och kollegan jonas berglund till alla utom den i november. vi är från smedjebacken 😊""",
           X("register", [P("Jonna Säll", None, "Smedjebackens kommun"),
                          P("Jonas Berglund", None, "Smedjebackens kommun")], [S1, S2, S4]),
           "Telegram lower case; sender + colleague; 'alla utom den i november' -> 3/5, 21/9, 22/2"),
        # ------------------------------------------------------------------ r136
        mail("r136", "2026-12-18T08:44:00", ("Gunilla Westin", "gunilla.westin@smedjebacken.se"),
             "Anmälan för Eva-Lena Sundqvist",
             """Hej,

Jag skriver å vår samhällsbyggnadschef Eva-Lena Sundqvists vägnar. Hon kan inte den 3 maj på grund av ett kommunstyrelsesammanträde, men vill gärna bli anmäld till resten av träffarna.

Bekräftelsen kan skickas till mig, så lägger jag in i hennes kalender.

Gunilla Westin
Nämndsekreterare
Smedjebackens kommun
0240-66 00 00""",
             X("register", [P("Eva-Lena Sundqvist", None, "Smedjebackens kommun")], [S2, S3, S4]),
             "secretary writes on a manager's behalf (title before the name, genitive 'Sundqvists'); no address; "
             "'resten' after excluding 3 May -> 21/9, 29/11, 22/2"),
        # ------------------------------------------------------------------ r137
        mail("r137", "2027-03-02T13:58:00", ("Tobias Hed", "tobias.hed@leksand.se"), "Ändring – DalaLab Leksand",
             """Hej igen,

En ändring i vår anmälan: Yusuf Demir kommer inte att börja hos oss ändå, så han ska inte vara med i DalaLab. Vi har i nuläget ingen som kan ta hans plats, så stryk honom bara. Frida och jag står kvar som tidigare.

/Tobias

Tobias Hed
Enhetschef Plan
Leksands kommun""",
             X("cancel", [P("Yusuf Demir", None, "Leksands kommun")], ALL),
             "subject says 'Ändring' but a colleague is withdrawn without a substitute -> cancel; "
             "the sender and Frida 'står kvar' and are not among the people; no session named -> all four"),
        # ------------------------------------------------------------------ r138
        mail("r138", "2026-12-21T17:03:00", ("Nils Åberg", "nils.aberg@sater.se"), "anmälan",
             """Anmäler mig + Lars Holmgren, också Säter. Alla datum.
/Nils

Skickat från min iPhone""",
             X("register", [P("Nils Åberg", "nils.aberg@sater.se", "Säters kommun"),
                            P("Lars Holmgren", None, "Säters kommun")], ALL),
             "terse phone mail; colleague without an address; 'Alla datum' -> all four"),
        # ------------------------------------------------------------------ r139
        mail("r139", "2027-01-19T10:12:00", ("Sven-Erik Mård", "sven-erik.mard@orsa.se"), "Lägga till ett tillfälle",
             """Hej!

Jag är anmäld till 3 maj och 21 september. Nu har det lossnat i kalendern så jag vill gärna vara med den 29 november också. Februari vet jag inte än, återkommer om det.

Sven-Erik Mård
Planhandläggare
Orsa kommun""",
             X("change", [P("Sven-Erik Mård", "sven-erik.mard@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "adding a session to an existing signup -> change; sessions after the change 3/5, 21/9, 29/11; "
             "February undecided"),
        # ------------------------------------------------------------------ r140
        mail("r140", "2026-12-22T11:30:00", ("Gustav Myrberg", "gustav.myrberg@alvdalen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi blir två från Älvdalen: jag och Hanna Persson (hanna.persson@alvdalen.se). Vi börjar med första träffen i Falun och ser sedan hur det passar med resten.

Gustav

Gustav Myrberg | Samhällsplanerare | Älvdalens kommun | 0251-800 00

""" + INVITATION,
             X("register", [P("Gustav Myrberg", "gustav.myrberg@alvdalen.se", "Älvdalens kommun"),
                            P("Hanna Persson", "hanna.persson@alvdalen.se", "Älvdalens kommun")], [S1]),
             "reply to the invitation; the quoted invitation lists all four dates and themes; 'första träffen' -> 3 May only"),
        # ------------------------------------------------------------------ r141
        mail("r141", "2027-01-08T14:49:00", ("Lovisa Grahn", "lovisa.grahn@avesta.se"), "Fråga om första träffen",
             """Hej!

Jag funderar på att anmäla mig men undrar först hur länge träffen den 3 maj håller på, och om lunch ingår? Jag har långt att åka och behöver veta om jag hinner tillbaka till ett möte kl 16.

Tacksam för svar.
Lovisa Grahn
Avesta kommun""",
             X("question", [], []),
             "question naming a session date; 'funderar på att anmäla mig' -> no signup yet"),
        # ------------------------------------------------------------------ r142
        tg("r142", "2027-01-20T12:06:00", "Sofie Nordin", 7204519963,
           """Hej! Jag vill anmäla mig till vårens och höstens träffar i år. Sofie Nordin, Länsstyrelsen Dalarna""",
           X("register", [P("Sofie Nordin", None, "Länsstyrelsen Dalarna")], [S1, S2, S3]),
           "Telegram; 'vårens och höstens träffar i år' (sent in 2027) -> 3/5, 21/9, 29/11, not Feb 2028"),
        # ------------------------------------------------------------------ r143
        mail("r143", "2027-01-21T09:15:00", ("Annika Stål", "annika.stal@gagnef.se"), "Ny deltagare från Gagnef",
             """Hej Linnea,

Min anmälan från december gäller som förut. Nu har vi fått en ny planarkitekt, Ida Wikström (ida.wikstrom@gagnef.se), och henne vill jag anmäla till alla fyra träffarna.

Vänliga hälsningar
Annika Stål
Gagnefs kommun
Tel 0241-151 12""",
             X("register", [P("Ida Wikström", "ida.wikstrom@gagnef.se", "Gagnefs kommun")], ALL),
             "sender's own signup 'gäller som förut' -> not among the people; registers a new colleague"),
        # ------------------------------------------------------------------ r144
        mail("r144", "2027-02-09T08:21:00", ("Elsa Hammarberg", "elsa.hammarberg@regiondalarna.se"), "Kost",
             """Hej,

jag är anmäld till de två höstträffarna (21/9 och 29/11). Jag har nyligen fått diagnosen celiaki, så jag behöver glutenfri mat till fika och lunch.

Tack på förhand!
Elsa

Elsa Hammarberg
Kultur och bildning, Region Dalarna""",
             X("change", [P("Elsa Hammarberg", "elsa.hammarberg@regiondalarna.se", "Region Dalarna", "glutenfri")],
               [S2, S3], "glutenfri"),
             "diet update for an existing signup -> change; sessions stated (21/9, 29/11); "
             "diet stated as 'glutenfri' (celiaki as the reason)"),
        # ------------------------------------------------------------------ r145
        mail("r145", "2027-01-25T16:10:00", ("Fatima Khalil", "fatima.khalil@regiondalarna.se"),
             "Sign-up for DalaLab",
             """Hello Linnea,

Please register me and my two colleagues from the Regional Development unit, Oscar Lind (oscar.lind@regiondalarna.se) and Nadia Ferreira (nadia.ferreira@regiondalarna.se), for all sessions except the one in February – we have our annual planning days then.

Oscar is vegetarian.

Thanks a lot!
Fatima Khalil
Analyst | Region Dalarna
Box 712, 791 29 Falun""",
             X("register", [P("Fatima Khalil", "fatima.khalil@regiondalarna.se", "Region Dalarna"),
                            P("Oscar Lind", "oscar.lind@regiondalarna.se", "Region Dalarna", "vegetarian"),
                            P("Nadia Ferreira", "nadia.ferreira@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S3], "vegetarian"),
             "English; sender + two colleagues; 'all sessions except the one in February' -> first three; per-person diet"),
        # ------------------------------------------------------------------ r146
        mail("r146", "2027-03-01T10:00:00", ("HR Säters kommun", "hr@sater.se"), "Avanmälan DalaLab",
             """Hej,

Petra Sjödin (petra.sjodin@sater.se) har avslutat sin anställning hos Säters kommun per den 28 februari och kommer därför inte att delta på de träffar hon är anmäld till.

Med vänlig hälsning
HR-enheten
Säters kommun
Växel 0225-550 00""",
             X("cancel", [P("Petra Sjödin", "petra.sjodin@sater.se", "Säters kommun")], ALL),
             "HR function mailbox cancels a former employee; no session named -> all four; "
             "'28 februari' is not a session"),
        # ------------------------------------------------------------------ r147
        mail("r147", "2027-01-27T13:41:00", ("Ylva Sundberg", "ylva.sundberg@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen",
             """Hej!

Jag samordnar Länsstyrelsens deltagande i DalaLab och anmäler härmed

  Engström, Rickard (samhällsplanerare)
  Hedlund, Amanda (klimatanpassningssamordnare)

till den första träffen, den som hålls tillsammans med Boverket.

Vänliga hälsningar
Ylva Sundberg
Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00""",
             X("register", [P("Rickard Engström", None, "Länsstyrelsen Dalarna"),
                            P("Amanda Hedlund", None, "Länsstyrelsen Dalarna")], [S1]),
             "coordinator registers two others ('Efternamn, Förnamn' with titles in brackets), no addresses; "
             "'första träffen ... med Boverket' -> 3 May"),
        # ------------------------------------------------------------------ r148
        mail("r148", "2027-01-18T09:02:00", ("Hanna Wester", "hanna.wester@rattvik.se"),
             "Automatiskt svar: Bekräftelse på anmälan – DalaLab",
             """Hej!

Jag är föräldraledig och läser inte min e-post. Jag är tillbaka den 7 juni 2027.

För frågor om detaljplaner, kontakta plan@rattvik.se eller växeln 0248-700 00.

Vänliga hälsningar
Hanna Wester
Rättviks kommun""",
             X("auto_reply", [], []),
             "Outlook 'Automatiskt svar:' to a confirmation (no auto headers); return date and phone number only",
             to=BOT),
        # ------------------------------------------------------------------ r149
        mail("r149", "2027-01-28T11:55:00", ("Mattias Grönberg", "mattias.gronberg@vansbro.se"),
             "Gemensam anmälan Vansbro/Malung-Sälen",
             """Hej Linnea,

Vansbro och Malung-Sälen samverkar kring en gemensam översiktsplan för fjällområdet, så vi tänkte anmäla oss tillsammans. Från Vansbro kommer jag och från Malung-Sälen Petra Gustafsson (petra.gustafsson@malung-salen.se). Vi vill gå 21/9 och 29/11.

Petra har nötallergi.

Mvh
Mattias Grönberg, Vansbro kommun
0281-750 00""",
             X("register", [P("Mattias Grönberg", "mattias.gronberg@vansbro.se", "Vansbro kommun"),
                            P("Petra Gustafsson", "petra.gustafsson@malung-salen.se", "Malung-Sälens kommun",
                              "nötallergi")], [S2, S3], "nötallergi"),
             "two municipalities in one mail; colleague's diet"),
        # ------------------------------------------------------------------ r150
        tg("r150", "2027-02-11T19:30:00", "Elias Nyberg", 1187402256,
           """hej, kan jag flytta min anmälan från 21/9 till 22/2? / elias, borlänge""",
           X("change", [P("Elias Nyberg", None, "Borlänge kommun")], [S4]),
           "Telegram bare swap phrased as a question -> change to 22 Feb"),
        # ------------------------------------------------------------------ r151
        mail("r151", "2027-02-01T08:08:00", ("Plan- och byggenheten", "planbygg@orsa.se"), "Anmälan DalaLab",
             """Hej,

Det här skickas från vår gemensamma brevlåda eftersom min egen inkorg är full, men det är jag, Oskar Lindgren (oskar.lindgren@orsa.se), som vill anmäla mig. Jag är intresserad av träffarna om utvecklingsinriktningen i ÖP-modellen och om att planera för framtider och osäkerheter.

Skicka gärna svar till min egen adress.

Oskar Lindgren
Översiktsplanerare, Orsa kommun""",
             X("register", [P("Oskar Lindgren", "oskar.lindgren@orsa.se", "Orsa kommun")], [S2, S3]),
             "function mailbox; the person's own address in the text; sessions by theme -> 21/9, 29/11"),
        # ------------------------------------------------------------------ r152
        mail("r152", "2027-02-16T13:14:00", ("Marie Grönlund", "marie.gronlund@smedjebacken.se"),
             "Sv: Bekräftelse på anmälan – DalaLab",
             """Hej,

tack för bekräftelsen! Det har tyvärr ändrats lite sedan jag anmälde mig: jag kan inte den 3 maj eftersom vi har utställning av ÖP:n då. Kan jag få komma 22 februari i stället? Då blir det alltså 21/9, 29/11 och 22/2 för mig.

Mvh Marie

-----Ursprungligt meddelande-----
Från: DalaLab anmälan <anmalan@dalalab.example>
Skickat: den 18 januari 2027 09:02
Till: Marie Grönlund <marie.gronlund@smedjebacken.se>
Ämne: Bekräftelse på anmälan – DalaLab

Hej Marie Grönlund!

Du är anmäld till följande träffar i DalaLab – Planering för hållbarhet och utvecklingskraft:
  - 3 maj 2027, 10:00–15:00, Falun
  - 21 september 2027, 10:00–15:00, Falun
  - 29 november 2027, 10:00–15:00, Falun

Vill du ändra eller avanmäla dig, svara på det här mejlet.

Region Dalarna""",
             X("change", [P("Marie Grönlund", "marie.gronlund@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3, S4]),
             "reply to the confirmation: drops 3 May, adds 22 Feb, states the full set after the change; "
             "quoted confirmation lists the old three"),
        # ------------------------------------------------------------------ r153
        mail("r153", "2027-01-12T22:17:00", ("Erik Dalsten", "erik.dalsten@hotmail.com"), "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till lärprojektet DalaLab. Skriver från privata mejlen då jag är föräldraledig fram till april, men jag börjar jobba igen innan första träffen.

Jag har skaldjursallergi.

Mvh Erik Dalsten
Samhällsplanerare
Länsstyrelsen Dalarna""",
             X("register", [P("Erik Dalsten", "erik.dalsten@hotmail.com", "Länsstyrelsen Dalarna", "skaldjursallergi")],
               ALL, "skaldjursallergi"),
             "private hotmail address; organisation only in the signature; no session named -> all four; "
             "'första träffen' is only a time reference"),
        # ------------------------------------------------------------------ r154
        mail("r154", "2027-03-09T07:45:00", ("Jon Lagerqvist", "jon.lagerqvist@alvdalen.se"), "DalaLab 21/9",
             """Hej Linnea

Kan tyvärr inte den 21/9 (semester som var bokad innan), men 3/5, 29/11 och 22/2 står kvar.

Jon Lagerqvist
Älvdalens kommun""",
             X("cancel", [P("Jon Lagerqvist", "jon.lagerqvist@alvdalen.se", "Älvdalens kommun")], [S2]),
             "partial cancellation of 21/9; the sessions kept are named too"),
        # ------------------------------------------------------------------ r155
        tg("r155", "2027-02-04T10:22:00", "Liam O'Brien", 6390021784,
           """Hi! I'm a consultant at WSP working on Älvdalen municipality's new comprehensive plan (ÖP) and I'll be attending on their behalf. Please sign me up for the session about development direction in the ÖP model and the accessibility one. My email is liam.obrien@wsp.com""",
           X("register", [P("Liam O'Brien", "liam.obrien@wsp.com", "Älvdalens kommun")], [S2, S4]),
           "Telegram in English; consultant attends for Älvdalen; sessions by theme -> 21/9, 22/2; address in text"),
        # ------------------------------------------------------------------ r156
        mail("r156", "2027-02-05T15:33:00", ("Roger Lindh", "roger.lindh@regiondalarna.se"), "Har min anmälan kommit fram?",
             """Hej,

jag skickade en anmälan den 12 januari till träffarna 21/9 och 29/11 men har inte fått någon bekräftelse. Kan du kolla om jag står med? Om inte – hur gör jag?

Roger Lindh
Region Dalarna""",
             X("question", [], []),
             "question about an earlier signup; names dates but asks rather than books"),
        # ------------------------------------------------------------------ r157
        mail("r157", "2027-02-08T10:30:00", ("Susanne Lilja", "susanne.lilja@borlange.se"), "Anmälan DalaLab",
             """<html><body>
<p>Hej,</p>
<p>På uppdrag av Kjell Andersson, stadsbyggnadsdirektör, anmäler jag honom till träff 2 och 3 i DalaLab.</p>
<p>Kjells e-post: <a href="mailto:kjell.andersson@borlange.se">kjell.andersson@borlange.se</a></p>
<p>Med vänliga hälsningar<br>
<b>Susanne Lilja</b><br>
Ledningsstöd<br>
Borlänge kommun<br>
Röda vägen 50, 781 81 Borlänge</p>
</body></html>""",
             X("register", [P("Kjell Andersson", "kjell.andersson@borlange.se", "Borlänge kommun")], [S2, S3]),
             "HTML-only; assistant registers a director 'på uppdrag av'; 'träff 2 och 3' -> 21/9, 29/11", html=True),
        # ------------------------------------------------------------------ r158
        mail("r158", "2027-02-22T09:40:00", ("Ingrid Sahlström", "ingrid.sahlstrom@regiondalarna.se"),
             "Specialkost för anmäld deltagare",
             """Hej!

Jag är assistent på enheten för samhällsanalys och har en kompletterande uppgift till en anmälan: Ahmed Yilmaz (ahmed.yilmaz@regiondalarna.se), som är anmäld till samtliga fyra träffar, är vegan.

Vänligen
Ingrid Sahlström
Region Dalarna""",
             X("change", [P("Ahmed Yilmaz", "ahmed.yilmaz@regiondalarna.se", "Region Dalarna", "vegan")], ALL, "vegan"),
             "third-party diet update for an existing signup -> change; sender not among the people; sessions stated (all four)"),
        # ------------------------------------------------------------------ r159
        mail("r159", "2027-02-10T04:18:00", ("Event Register Europe", "listings@eventregister-eu.com"),
             "Register your company listing – DalaLab 2027",
             """Dear Region Dalarna,

Your event "DalaLab – Planering för hållbarhet och utvecklingskraft" (3 May 2027, Falun) is not yet
listed in the European Events & Conferences Register 2027.

To REGISTER YOUR LISTING and make sure participants can find your event, simply complete, sign
and return the attached form. Listings are updated annually.

Annual listing fee: EUR 1 190 (payable within 15 days of registration).

Register now – limited places in the printed edition!

Event Register Europe Ltd.
Unsubscribe: reply with REMOVE""",
             X("unknown", [], []),
             "'register your company listing' scam in English naming the event, Region Dalarna and a session date -> unknown"),
        # ------------------------------------------------------------------ r160
        mail("r160", "2026-12-14T10:10:00", ("Jenny Björk", "jenny.bjork@hedemora.se"), "DalaLab – Hedemora",
             """Följande från Hedemora kommun deltar i DalaLab, alla fyra tillfällena:

1. Amir Hosseini, amir.hosseini@hedemora.se
2. Therese Lund, therese.lund@hedemora.se
3. Jenny Björk (jag)

Ingen specialkost.

Jenny""",
             X("register", [P("Amir Hosseini", "amir.hosseini@hedemora.se", "Hedemora kommun"),
                            P("Therese Lund", "therese.lund@hedemora.se", "Hedemora kommun"),
                            P("Jenny Björk", "jenny.bjork@hedemora.se", "Hedemora kommun")], ALL),
             "numbered list with the sender last, marked '(jag)'; 'Ingen specialkost' is no diet"),
        # ------------------------------------------------------------------ r161
        mail("r161", "2027-01-14T14:02:00", ("Margareta Hjort", "margareta.hjort@borlange.se"), "Avanmälan",
             """Hej,

vi behöver tyvärr avanmäla följande två från samtliga träffar på grund av en omorganisation:

Lindberg, Oskar
Sandström, Elin

Jag själv står kvar som anmäld.

Hälsningar
Margareta Hjort
Strategisk planering
Borlänge kommun""",
             X("cancel", [P("Oskar Lindberg", None, "Borlänge kommun"),
                          P("Elin Sandström", None, "Borlänge kommun")], ALL),
             "manager cancels two colleagues ('Efternamn, Förnamn', no addresses) from all sessions; "
             "the sender stays registered and is not among the people"),
        # ------------------------------------------------------------------ r162
        mail("r162", "2027-03-03T08:55:00", ("Göran Sahlin", "goran.sahlin@malung-salen.se"), "Anmälan",
             """Hej,

Jag heter Göran Sahlin och jobbar som samhällsplanerare i Malung-Sälens kommun. Jag skulle vilja vara med på träffarna om utvecklingsinriktning och om tillgänglighet, rumslig närhet och mobilitet.

Hälsningar Göran
Malung-Sälens kommun, Box 14, 782 21 Malung""",
             X("register", [P("Göran Sahlin", "goran.sahlin@malung-salen.se", "Malung-Sälens kommun")], [S2, S4]),
             "iso-8859-1; sessions by theme only -> 21/9, 22/2", charset="iso-8859-1"),
        # ------------------------------------------------------------------ r163
        mail("r163", "2027-03-04T16:21:00", ("Kent Hallberg", "kent.hallberg@regiondalarna.se"), "Byte av datum",
             """Hallå!

Går det att byta min plats den 21 september mot den 29 november istället? Krockar med ett samråd.

MVH
Kent Hallberg
Regional utveckling, Region Dalarna
023-49 00 00""",
             X("change", [P("Kent Hallberg", "kent.hallberg@regiondalarna.se", "Region Dalarna")], [S3]),
             "bare swap phrased as a question -> change; only the new session"),
        # ------------------------------------------------------------------ r164
        tg("r164", "2027-03-05T07:48:00", "Alva Kronberg", 5023967718,
           """Anmäl mig + Erik Sjöberg (erik.sjoberg@rattvik.se) till 3/5. Vi jobbar båda på Rättviks kommun. Jag är vegetarian 🌱""",
           X("register", [P("Alva Kronberg", None, "Rättviks kommun", "vegetarian"),
                          P("Erik Sjöberg", "erik.sjoberg@rattvik.se", "Rättviks kommun")], [S1], "vegetarian"),
           "Telegram; sender + colleague with an address; the sender's own diet"),
        # ------------------------------------------------------------------ r165
        mail("r165", "2027-03-08T13:05:00", ("Camilla Nord", "camilla.nord@vansbro.se"), "VB: Avanmälan DalaLab",
             """Vidarebefordrar enligt önskemål från Lisa.
/Camilla

-------- Vidarebefordrat meddelande --------
Från: Lisa Borg <lisa.borg@vansbro.se>
Datum: 2027-03-08 11:20
Till: Camilla Nord <camilla.nord@vansbro.se>
Ämne: Avanmälan DalaLab

Hej Camilla, kan du hjälpa mig att avanmäla mig från DalaLab? Jag blir sjukskriven en längre tid framöver och vet inte vart anmälan skickades.
Tack /Lisa""",
             X("cancel", [P("Lisa Borg", "lisa.borg@vansbro.se", "Vansbro kommun")], ALL),
             "forwarded cancellation; the person only in the forwarded header; forwarder not among the people"),
        # ------------------------------------------------------------------ r166
        mail("r166", "2027-03-10T11:11:00", ("Lina Vestman", "lina.vestman@regiondalarna.se"), "DalaLab 3 maj – ersättare",
             """Hej Linnea!

Jag kan inte komma på första träffen den 3 maj – min kollega Viktor Sandberg (viktor.sandberg@regiondalarna.se) går i mitt ställe just den gången. De övriga träffarna går jag på som planerat.

Hälsningar
Lina Vestman
Region Dalarna""",
             X("change", [P("Lina Vestman", "lina.vestman@regiondalarna.se", "Region Dalarna"),
                          P("Viktor Sandberg", "viktor.sandberg@regiondalarna.se", "Region Dalarna")], [S1]),
             "substitution for one session only; people = the one giving up the place and the substitute; "
             "sessions = what the substitute takes (3 May)"),
        # ------------------------------------------------------------------ r167
        mail("r167", "2027-03-22T19:44:00", ("Jessica Norén", "jessica.noren@borlange.se"), "Radering av personuppgifter",
             """Hej.

Jag avanmälde mig från DalaLab i februari. Nu vill jag även att ni raderar alla personuppgifter ni har om mig (namn, e-post och kostuppgifter) enligt artikel 17 i dataskyddsförordningen.

Bekräfta gärna när det är gjort.

Jessica Norén""",
             X("erasure", [P("Jessica Norén", "jessica.noren@borlange.se", "Borlänge kommun")], []),
             "GDPR erasure request after an earlier cancellation; organisation from the domain"),
        # ------------------------------------------------------------------ r168
        mail("r168", "2027-03-15T08:30:00", ("Helena Björklund", "helena.bjorklund@regiondalarna.se"),
             "Ändring av min anmälan",
             """Hej Linnea,

Jag vill ändra min anmälan: stryk träffen om önskvärda framtider och osäkerheter och sätt upp mig på tillgänglighetsträffen i stället. Maj- och septemberträffarna är jag kvar på.

Tack!
Helena Björklund
Region Dalarna""",
             X("change", [P("Helena Björklund", "helena.bjorklund@regiondalarna.se", "Region Dalarna")], [S1, S2, S4]),
             "swap by theme (framtider/osäkerheter -> tillgänglighet) with the kept sessions named -> full set 3/5, 21/9, 22/2"),
        # ------------------------------------------------------------------ r169
        mail("r169", "2027-03-17T14:14:00", ("Sofia Ek", "sofia.ek@falun.se"), "Ändring av deltagare",
             """<html><body>
<p>Hej!</p>
<p>En ändring av deltagare från Falu kommun:</p>
<table border="0" cellpadding="3">
<tr><td><b>Utgår:</b></td><td>Maria Öhman</td></tr>
<tr><td><b>Ersätts av:</b></td><td>Lina Carlsson, lina.carlsson@falun.se</td></tr>
<tr><td><b>Gäller:</b></td><td>båda höstträffarna</td></tr>
</table>
<p>Lina har laktosintolerans.</p>
<p>Vänliga hälsningar<br>Sofia Ek<br>Administratör, Stadsbyggnadsförvaltningen<br>Falu kommun</p>
</body></html>""",
             X("change", [P("Maria Öhman", None, "Falu kommun"),
                          P("Lina Carlsson", "lina.carlsson@falun.se", "Falu kommun", "laktosintolerans")],
               [S2, S3], "laktosintolerans"),
             "HTML-only key/value table substitution; administrator does not attend; 'båda höstträffarna' -> 21/9, 29/11; "
             "the substitute's diet", html=True),
        # ------------------------------------------------------------------ r170
        mail("r170", "2027-03-18T10:47:00", ("Tove Engberg", "tove.engberg@malung-salen.se"),
             "Digitalt deltagande i februari?",
             """Hej Linnea,

Kan man delta digitalt på tillgänglighetsträffen i februari? Det vore ju passande med tanke på temat 🙂 Jag som är anmäld sitter i Sälen, och resan till Falun tar nästan tre timmar enkel väg en vintervardag.

Om det inte går kommer jag ändå, men det vore bra att veta.

Tove Engberg
Malung-Sälens kommun""",
             X("question", [], []),
             "question about digital participation in the accessibility session; mentions being registered, books nothing"),
        # ------------------------------------------------------------------ r171
        tg("r171", "2027-03-23T18:02:00", "Åsa Rehn", 8123365540,
           """Måste tyvärr avboka första träffen (3/5), krockar med vår ledningsgruppsdag. De andra är jag kvar på. Åsa, Länsstyrelsen""",
           X("cancel", [P("Åsa Rehn", None, "Länsstyrelsen Dalarna")], [S1]),
           "Telegram partial cancellation of the first session; the others kept"),
        # ------------------------------------------------------------------ r172
        mail("r172", "2027-03-25T02:36:00", ("Region Dalarna – Evenemang", "noreply@regiondalarna-events.net"),
             "Din plats på DalaLab reserveras – bekräfta inom 48 timmar",
             """Hej!

Du har en reserverad plats på DalaLab den 21 september 2027 (arrangör: Region Dalarna).
För att slutföra din registrering behöver du bekräfta dina uppgifter och betala en
administrativ avgift på 295 kr inom 48 timmar, annars går platsen till nästa person i kön.

Betala till bankgiro 891-2245 och ange ditt personnummer som referens, eller logga in
via länken nedan med BankID:

https://regiondalarna-events.net/bekrafta?id=88231

Med vänlig hälsning
Evenemangsenheten""",
             X("unknown", [], []),
             "phishing dressed as a confirmation from 'Region Dalarna' (look-alike domain) with bankgiro and a date -> unknown"),
        # ------------------------------------------------------------------ r173
        tg("r173", "2027-03-26T22:40:00", "Mohammed Al-Sayed", 2250089431,
           """tja! vill vara med på de två första träffarna. mohammed, länsstyrelsen""",
           X("register", [P("Mohammed Al-Sayed", None, "Länsstyrelsen Dalarna")], [S1, S2]),
           "Telegram lower case; 'de två första träffarna' -> 3/5, 21/9; name from the sender"),
        # ------------------------------------------------------------------ r174
        mail("r174", "2027-03-29T09:18:00", ("Laura Mendez", "laura.mendez@regiondalarna.se"), "DalaLab – withdrawal",
             """Hi Linnea,

I'm afraid I have to withdraw from the November and February sessions – I'll be on parental leave from October. Please keep me on the list for May and September.

Best,
Laura

Laura Mendez
Project Manager, Region Dalarna""",
             X("cancel", [P("Laura Mendez", "laura.mendez@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "English partial cancellation by month names -> 29/11, 22/2; May and September kept"),
        # ------------------------------------------------------------------ r175
        tg("r175", "2027-03-31T12:12:00", "Hampus Olofsson", 3349902187,
           """glömde säga i anmälan att jag är laktosintolerant! är anmäld på alla fyra träffarna. /hampus, regionen""",
           X("change", [P("Hampus Olofsson", None, "Region Dalarna", "laktosintolerant")], ALL, "laktosintolerant"),
           "Telegram diet update for an existing signup -> change; sessions stated (all four); 'regionen'"),
        # ------------------------------------------------------------------ r176
        mail("r176", "2027-04-02T07:01:00", ("Mail Delivery System", "MAILER-DAEMON@mx1.falun.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.falun.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<tomas.bergqvist@falun.se>: host mail.falun.se[10.12.4.20] said: 550 5.1.1
    <tomas.bergqvist@falun.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--- Returned message ---
From: DalaLab anmälan <anmalan@dalalab.example>
To: tomas.bergqvist@falun.se
Subject: Bekräftelse på anmälan – DalaLab

Hej Tomas Bergqvist!

Du är anmäld till följande träffar i DalaLab:
  - 3 maj 2027, 10:00–15:00, Falun
  - 21 september 2027, 10:00–15:00, Falun

Region Dalarna""",
             X("auto_reply", [], []),
             "bounce from MAILER-DAEMON; the returned confirmation names a person and two dates -> nothing to register",
             to=BOT),
        # ------------------------------------------------------------------ r177
        mail("r177", "2027-04-05T13:26:00", ("Daniel Carter", "daniel.carter@lansstyrelsen.se"), "Deadline question",
             """Hi Linnea,

Quick question: is the 14 April deadline for all four sessions, or can we still sign up for the autumn sessions and the one in February later in the year? A couple of colleagues aren't sure about their schedules yet.

Thanks,
Daniel Carter
Länsstyrelsen Dalarna""",
             X("question", [], []),
             "English question about the deadline; mentions sessions and signing up, books nothing"),
        # ------------------------------------------------------------------ r178
        tg("r178", "2027-04-06T08:34:00", "Kerstin Brandt", 4471106623,
           """hej linnea, sanna eklund hos oss på lst kan inte 29/11, peter holm tar hennes plats den dagen""",
           X("change", [P("Sanna Eklund", None, "Länsstyrelsen Dalarna"),
                        P("Peter Holm", None, "Länsstyrelsen Dalarna")], [S3]),
           "Telegram lower-case third-party substitution for one session; sender not involved; 'lst'"),
        # ------------------------------------------------------------------ r179
        tg("r179", "2027-04-07T21:05:00", "Ebba Hermansson", 6902314478,
           """hej, det är ebba från mora kommun. jag och per-olof mattsson kan tyvärr inte komma på någon av träffarna, ni får stryka oss båda""",
           X("cancel", [P("Ebba Hermansson", None, "Mora kommun"),
                        P("Per-Olof Mattsson", None, "Mora kommun")], ALL),
           "Telegram; sender cancels herself and a colleague from all sessions; lower case hyphenated name"),
        # ------------------------------------------------------------------ r180
        tg("r180", "2027-04-09T15:50:00", "Viktor Sandberg", 1564470092,
           """hej! finns det parkering vid lokalen i falun den 3 maj? eller är det bäst att ta tåget""",
           X("question", [], []),
           "Telegram question about parking naming a session date; books nothing"),
    ]
