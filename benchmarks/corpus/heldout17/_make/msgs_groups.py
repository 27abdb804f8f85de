from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna
"""

REMINDER = """Hej!

Nu är det drygt en månad kvar till sista anmälningsdag för lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00, Falun (tillsammans med Boverket)
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Kom ihåg att varje kommun kan delta med upp till tre personer. Är ni redan anmälda behöver ni inte göra något.

Hälsningar
Linnea Hassis
Region Dalarna
"""


def outlook_quote(to_name, to_addr, sent, subject, text):
    return (f"\n________________________________\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\nTill: {to_name} <{to_addr}>\nÄmne: {subject}\n\n{text}")


def gt_quote(intro, text):
    return f"\n{intro}\n" + "\n".join(("> " + line).rstrip() for line in text.splitlines()) + "\n"


INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"
INV_SENT = "torsdag, 26 november 2026 10:02"
REM_SUBJ = "Påminnelse: sista dag för anmälan till DalaLab 14 april"
REM_SENT = "måndag, 8 mars 2027 09:00"


def messages():
    return [
        mail("f046", "2026-12-02T09:14", ("Hellström Maja", "maja.hellstrom@leksand.se"), "SV: " + INV_SUBJ,
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Från Leksand anmäler jag mig själv samt mina kollegor Anders Perlind (anders.perlind@leksand.se) och Lovisa Jakobsson (lovisa.jakobsson@leksand.se). Vi tänker gå på alla fyra träffarna.

Ingen av oss har några särskilda kostönskemål.

Vänliga hälsningar

Maja Hellström
Planchef
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 301, 793 27 Leksand
Tfn 0247-800 00 (vx), direkt 0247-803 12
www.leksand.se
""" + outlook_quote("Hellström Maja", "maja.hellstrom@leksand.se", INV_SENT, INV_SUBJ, INVITE),
             X("register", [P("Maja Hellström", "maja.hellstrom@leksand.se", "Leksands kommun"),
                            P("Anders Perlind", "anders.perlind@leksand.se", "Leksands kommun"),
                            P("Lovisa Jakobsson", "lovisa.jakobsson@leksand.se", "Leksands kommun")], ALL),
             "Outlook reply to the invitation (quoted, all dates); planning manager registers herself and two "
             "colleagues in one sentence with addresses in brackets; 'alla fyra träffarna'; no diet stated "
             "('inga särskilda kostönskemål'); box/postcode/phones in signature"),

        mail("f047", "2026-12-04T13:40", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"),
             "Anmälan till DalaLab",
             """Hej,

På uppdrag av planchefen anmäler jag följande två medarbetare från Borlänge kommun till DalaLab:

• Grahn, Tobias – planarkitekt
• Engström, Hanna – översiktsplanerare

De deltar på de två första träffarna, dvs. 3 maj och 21 september. Bekräftelse skickas gärna till den här funktionsbrevlådan så vidarebefordrar vi.

Med vänlig hälsning
Birgitta Ljung
Nämndsekreterare
Samhällsbyggnadsförvaltningen
Borlänge kommun
781 81 Borlänge
0243-740 00
""",
             X("register", [P("Tobias Grahn", None, "Borlänge kommun"),
                            P("Hanna Engström", None, "Borlänge kommun")], [S1, S2]),
             "function mailbox samhallsbyggnad@ with a secretary writing for two named colleagues; bullet list "
             "'Efternamn, Förnamn' without addresses; sender (secretary) not registered; '3 maj och 21 september'"),

        mail("f048", "2026-12-07T10:22", ("Forsgren Anneli", "anneli.forsgren@mora.se"),
             "Anmälan DalaLab - Mora kommun (3 pers)",
             """Hej Linnea,

Jag är HR-administratör på samhällsbyggnadsförvaltningen i Mora och har fått i uppdrag att anmäla våra tre deltagare. Jag klistrar in från vår lista nedan – de har önskat olika träffar.

Namn\tE-post\tTräffar\tSpecialkost
Frida Nordin\tfrida.nordin@mora.se\t3 maj, 21 sept\tVegetarisk
Mikael Dahlgren\tmikael.dahlgren@mora.se\t3 maj\t-
Jessica Skoglund\tjessica.skoglund@mora.se\t21 sept, 29 nov\tGlutenfri

Själv deltar jag inte, men hör gärna av dig till mig om något saknas.

Med vänlig hälsning
Anneli Forsgren
HR-administratör
Samhällsbyggnadsförvaltningen
Mora kommun
Tel. 0250-260 00
""",
             X("register", [P("Frida Nordin", "frida.nordin@mora.se", "Mora kommun", diet="vegetarisk"),
                            P("Mikael Dahlgren", "mikael.dahlgren@mora.se", "Mora kommun"),
                            P("Jessica Skoglund", "jessica.skoglund@mora.se", "Mora kommun", diet="glutenfri")],
               [S1, S2, S3], diet="vegetarisk, glutenfri"),
             "HR administrator (not registered) pastes a tab-separated Excel table; sessions differ per person "
             "(Frida 3/5+21/9, Mikael 3/5, Jessica 21/9+29/11) -> message sessions = their union; diet per person",
             charset="windows-1252"),

        mail("f049", "2026-12-09T15:05", ("Ulrika Sandin", "ulrika.sandin@sater.se"),
             "Anmälan från gemensamma plankontoret Säter–Hedemora",
             """Hej!

Vi på det gemensamma plankontoret för Säter och Hedemora vill gärna vara med i DalaLab. Vi är tre som anmäler oss:

Ulrika Sandin (jag), anställd i Säters kommun
Patrik Rydberg, patrik.rydberg@hedemora.se – anställd i Hedemora kommun
Josefin Krantz, Säters kommun

Vi kommer på samtliga fyra träffar. Josefin har ingen egen e-post än eftersom hon börjar hos oss först i januari, så skicka hennes bekräftelse till mig.

Eftersom vi formellt tillhör två kommuner hoppas jag att vi inte tar alla platser för någon av dem.

Hälsningar
Ulrika Sandin
Samordnare, gemensamma plankontoret Säter–Hedemora
Säters kommun, Box 85, 783 22 Säter
070-312 45 80
""",
             X("register", [P("Ulrika Sandin", "ulrika.sandin@sater.se", "Säters kommun"),
                            P("Patrik Rydberg", "patrik.rydberg@hedemora.se", "Hedemora kommun"),
                            P("Josefin Krantz", None, "Säters kommun")], ALL),
             "joint planning office of two municipalities: sender (Säter) + a Hedemora employee with address + a "
             "Säter colleague without address; 'samtliga fyra träffar'"),

        tg("f050", "2026-12-11T20:31", "Malin Öberg", 6402217358,
           "hej! vi är två från avesta kommun som vill vara med på dalalab, jag och min kollega erik nyström. "
           "3 maj o 21 sept 👍 mejl: malin.oberg@avesta.se",
           X("register", [P("Malin Öberg", "malin.oberg@avesta.se", "Avesta kommun"),
                          P("Erik Nyström", None, "Avesta kommun")], [S1, S2]),
           "Telegram, lower case: sender + colleague; sender's address in the text; '3 maj o 21 sept'"),

        mail("f051", "2026-12-14T11:03", ("Helen Carter", "helen.carter@regiondalarna.se"),
             "Registration DalaLab – two participants from Regional Development",
             """Hi Linnea,

Apologies for writing in English – my Swedish is still a work in progress!

I would like to register two colleagues from our unit for DalaLab:

- Daniel Fischer, daniel.fischer@regiondalarna.se
- Aisha Mohammed, aisha.mohammed@regiondalarna.se

They will both attend the whole series (all four meetings). I will not take part myself this time, but please copy me on the confirmation.

Aisha is vegetarian; Daniel has no dietary requirements.

Best regards,
Helen Carter
Head of Unit, Regional Development
Region Dalarna
Box 712, 791 29 Falun
+46 23 49 00 00
""",
             X("register", [P("Daniel Fischer", "daniel.fischer@regiondalarna.se", "Region Dalarna"),
                            P("Aisha Mohammed", "aisha.mohammed@regiondalarna.se", "Region Dalarna",
                              diet="vegetarian")], ALL, diet="vegetarian"),
             "English; unit manager registers two colleagues, not herself ('I will not take part'); 'whole "
             "series (all four meetings)'; diet for one person"),

        mail("f052", "2026-12-16T08:50", ("Åsa Borg", "asa.borg@falun.se"), "Fråga om antal deltagare per kommun",
             """Hej Linnea,

Vi är fyra på plan- och exploateringsavdelningen i Falun som gärna skulle vara med i DalaLab. I inbjudan står det att varje kommun kan delta med upp till tre personer. Gäller det per träff eller för hela lärprojektet?

Om det är per träff skulle vi kunna lösa det genom att en av oss hoppar över någon av träffarna. Annars får vi välja ut tre. Jag återkommer med namn när jag vet hur det fungerar.

Hälsningar
Åsa Borg
Avdelningschef Plan och exploatering
Falu kommun
023-830 00
""",
             X("question"),
             "quota question (four from one municipality, per session or for the whole project?); no names, "
             "no signup yet ('återkommer med namn')"),

        mail("f053", "2026-12-18T14:12", ("Lövgren Carina", "carina.lovgren@falun.se"),
             "Anmälan DalaLab – Falu kommun",
             """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} td {font-family:"Calibri",sans-serif; font-size:11.0pt; padding:0cm 5.4pt;} --></style>
</head>
<body lang="SV" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Efter &Aring;sa Borgs fr&aring;ga i veckan har vi nu valt ut tre personer fr&aring;n Falu kommun. &Aring;sa sj&auml;lv avst&aring;r. Samtliga nedan anm&auml;ls till alla fyra tr&auml;ffar.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Avdelning</b></td><td><b>Specialkost</b></td></tr>
<tr><td>Elias Westin</td><td><a href="mailto:elias.westin@falun.se">elias.westin@falun.se</a></td><td>Plan och exploatering</td><td>&nbsp;</td></tr>
<tr><td>Hedda Sundberg</td><td><a href="mailto:hedda.sundberg@falun.se">hedda.sundberg@falun.se</a></td><td>Plan och exploatering</td><td>Laktosfri</td></tr>
<tr><td>Omar Farah</td><td><a href="mailto:omar.farah@falun.se">omar.farah@falun.se</a></td><td>Trafik och infrastruktur</td><td>&nbsp;</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<o:p></o:p></p>
<p class="MsoNormal">Carina L&ouml;vgren<br>
Administrat&ouml;r<br>
Samh&auml;llsbyggnadsf&ouml;rvaltningen, Falu kommun<br>
Slaggatan 12, 791 83 Falun<br>
Tel&nbsp;023-830&nbsp;00<o:p></o:p></p>
</div>
</body></html>
""",
             X("register", [P("Elias Westin", "elias.westin@falun.se", "Falu kommun"),
                            P("Hedda Sundberg", "hedda.sundberg@falun.se", "Falu kommun", diet="laktosfri"),
                            P("Omar Farah", "omar.farah@falun.se", "Falu kommun")], ALL, diet="laktosfri"),
             "HTML-only Outlook table pasted from Excel; administrator not registered; Åsa Borg named but "
             "'avstår' (not a person here); 'alla fyra träffar'; diet in one cell", html=True),

        mail("f054", "2026-12-21T07:48", ("Greta Wahlberg", "greta.wahlberg@vansbro.se"), "DalaLab",
             """Hej! Anmäler mig och Sven Lindh (plan/bygglov, Vansbro) till första träffen i Falun. Vi får se om vi hinner fler gånger i höst.
/Greta

Skickat från min iPhone
""",
             X("register", [P("Greta Wahlberg", "greta.wahlberg@vansbro.se", "Vansbro kommun"),
                            P("Sven Lindh", None, "Vansbro kommun")], [S1]),
             "short phone mail: sender + colleague without address; 'första träffen' = 3 May; 'i höst' is no "
             "signup"),

        mail("f055", "2027-01-08T10:35", ("Öhman Thomas", "thomas.ohman@ludvika.se"), "VB: DalaLab – vem vill gå?",
             """Hej Linnea!

Se nedan. Anmäl gärna Kalle och Ida till de träffar de själva skriver. Själv kan jag tyvärr inte delta i år.

Gott nytt år!
Thomas Öhman
Plan- och bygglovschef
Ludvika kommun
0240-860 00

-----Ursprungligt meddelande-----
Från: Lundmark Ida <ida.lundmark@ludvika.se>
Skickat: den 7 januari 2027 15:12
Till: Öhman Thomas <thomas.ohman@ludvika.se>; Bengtsson Kalle <kalle.bengtsson@ludvika.se>
Ämne: SV: DalaLab – vem vill gå?

Jag är med! Men första veckan i maj är jag ledig, så för min del blir det bara höstens två träffar (21/9 och 29/11).
/Ida

-----Ursprungligt meddelande-----
Från: Bengtsson Kalle <kalle.bengtsson@ludvika.se>
Skickat: den 7 januari 2027 09:48
Till: Öhman Thomas <thomas.ohman@ludvika.se>
Ämne: SV: DalaLab – vem vill gå?

Hej Thomas, jag vill gärna gå på 3 maj och 21 september. Februariträffen 2028 krockar med ÖP-samrådet så den hoppar jag över.
/Kalle

-----Ursprungligt meddelande-----
Från: Öhman Thomas <thomas.ohman@ludvika.se>
Skickat: den 5 januari 2027 13:20
Till: Bengtsson Kalle; Lundmark Ida
Ämne: DalaLab – vem vill gå?

Hej båda, Region Dalarna har bjudit in till DalaLab med fyra träffar (3/5, 21/9, 29/11 2027 och 22/2 2028). Vi får skicka upp till tre. Säg till vilka träffar ni vill gå på så anmäler jag er.
/Thomas
""",
             X("register", [P("Kalle Bengtsson", "kalle.bengtsson@ludvika.se", "Ludvika kommun"),
                            P("Ida Lundmark", "ida.lundmark@ludvika.se", "Ludvika kommun")], [S1, S2, S3]),
             "manager forwards an internal thread (not registered himself); each colleague's sessions only in the "
             "forwarded replies (Kalle 3/5+21/9, Ida 21/9+29/11) -> union; addresses from the forwarded headers; "
             "the manager's original lists all four dates"),

        mail("f056", "2027-01-11T08:12", ("Olof Strömberg", "olof.stromberg@rattvik.se"),
             "Byte av deltagare DalaLab – Rättvik",
             """Hej Linnea,

Jag är anmäld till alla fyra träffarna i DalaLab, men jag har fått nya arbetsuppgifter från februari och lämnar planenheten. Karin Backman, som tar över översiktsplanen efter mig, går i stället för mig på samtliga träffar. Hennes adress är karin.backman@rattvik.se.

Karin är vegetarian, om det spelar någon roll för fikat.

Tack på förhand!
Olof Strömberg
Översiktsplanerare (t.o.m. 31/1)
Rättviks kommun
Riksvägen 25, 795 80 Rättvik
0248-700 00
""",
             X("change", [P("Olof Strömberg", "olof.stromberg@rattvik.se", "Rättviks kommun"),
                          P("Karin Backman", "karin.backman@rattvik.se", "Rättviks kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "substitution 'Karin går i stället för mig': sender out, colleague in; people lists both; the "
             "substitute takes all four; diet of the substitute; '31/1' in signature"),

        mail("f057", "2027-01-13T13:27", ("Hermansson Gustav", "gustav.hermansson@gagnef.se"), "Anmälan DalaLab Gagnef",
             """Hej,

Vi vill anmäla oss från Gagnefs kommun. Jag kopierade adresserna direkt från Outlook så de ser lite konstiga ut:

Hermansson, Gustav <gustav.hermansson@gagnef.se>; Sjödin, Maria <maria.sjodin@gagnef.se>; Ahlgren, Stefan <stefan.ahlgren@gagnef.se>

Alltså jag själv, Maria och Stefan. Vi kommer den 3/5 och den 29/11. De andra två datumen har vi tyvärr redan andra åtaganden.

Mvh
Gustav Hermansson
Samhällsplanerare
Gagnefs kommun
Tel 0241-150 00
Dnr KS 2026/418
""",
             X("register", [P("Gustav Hermansson", "gustav.hermansson@gagnef.se", "Gagnefs kommun"),
                            P("Maria Sjödin", "maria.sjodin@gagnef.se", "Gagnefs kommun"),
                            P("Stefan Ahlgren", "stefan.ahlgren@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "Outlook address list 'Efternamn, Förnamn <addr>;' including the sender; '3/5 och 29/11'; 'de andra "
             "två datumen' declined; Dnr in signature"),

        mail("f058", "2027-01-15T09:41", ("Lars-Erik Nord", "lars-erik.nord@smedjebacken.se"),
             "DalaLab – anmälan tre personer Smedjebacken",
             """Hej!

Här kommer anmälan från Smedjebackens kommun. Vi blir tre: jag själv, Jonna Alm (jonna.alm@smedjebacken.se) och Rami Haddad (rami.haddad@smedjebacken.se).

Vi kommer på alla träffar utom den i maj, eftersom vi har kommunfullmäktige samma dag.

Specialkost: Jonna vegetarisk, Rami glutenfri. Jag äter allt.

Hälsningar
Lars-Erik Nord
Stadsarkitekt
Smedjebackens kommun
Box 500, 777 82 Smedjebacken
0240-66 00 00
""",
             X("register", [P("Lars-Erik Nord", "lars-erik.nord@smedjebacken.se", "Smedjebackens kommun"),
                            P("Jonna Alm", "jonna.alm@smedjebacken.se", "Smedjebackens kommun", diet="vegetarisk"),
                            P("Rami Haddad", "rami.haddad@smedjebacken.se", "Smedjebackens kommun",
                              diet="glutenfri")], [S2, S3, S4], diet="vegetarisk, glutenfri"),
             "sender + two colleagues; 'alla träffar utom den i maj' = three sessions; diets per person; "
             "iso-8859-1 body", charset="iso-8859-1"),

        tg("f059", "2027-01-18T12:05", "Ulrika Sandin", 5127734096,
           "Hej, Ulrika på plankontoret Säter-Hedemora här. Patrik Rydberg (Hedemora) har sagt upp sig så han "
           "ska inte vara med på dalalab längre. Stryk honom från alla träffar. Josefin och jag kommer som planerat!",
           X("cancel", [P("Patrik Rydberg", None, "Hedemora kommun")], ALL),
           "Telegram: sender withdraws one colleague (no substitute) -> cancel of all; 'Josefin och jag kommer som "
           "planerat' are not in people"),

        mail("f060", "2027-01-20T10:10", ("Plan Orsa", "plan@orsa.se"), "Anmälan DalaLab",
             """Hej,

Plan- och byggenheten i Orsa kommun anmäler härmed följande två medarbetare till DalaLab – Planering för hållbarhet och utvecklingskraft:

Emelie Dalin, planarkitekt, emelie.dalin@orsa.se
Jörgen Bohlin, GIS-ingenjör, jorgen.bohlin@orsa.se

Båda deltar på alla träffar. Skicka gärna bekräftelse direkt till dem, med kopia till den här brevlådan.

Med vänlig hälsning
Plan- och byggenheten
Orsa kommun
Box 23, 794 21 Orsa
Växel 0250-55 21 00
""",
             X("register", [P("Emelie Dalin", "emelie.dalin@orsa.se", "Orsa kommun"),
                            P("Jörgen Bohlin", "jorgen.bohlin@orsa.se", "Orsa kommun")], ALL),
             "function mailbox plan@ writing for two named people (no person signs); 'alla träffar' = all four"),

        mail("f061", "2027-01-22T16:02", ("Linda Mårtensson", "linda.martensson@alvdalen.se"), "Re: " + INV_SUBJ,
             """Hej!

Vi är två från Älvdalen som vill vara med. Jag anmäler mig till den 3 maj och den 22 februari. Min kollega Arvid Persson kommer på september- och novemberträffarna i stället, vi turas om så att någon från kommunen är med varje gång. Arvid har ingen kommunadress ännu (nyanställd), så kontakta honom via mig.

Mvh
Linda Mårtensson
Översiktsplanerare
Älvdalens kommun
0251-310 00
""" + gt_quote("Den tors 26 nov. 2026 kl 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:", INVITE),
             X("register", [P("Linda Mårtensson", "linda.martensson@alvdalen.se", "Älvdalens kommun"),
                            P("Arvid Persson", None, "Älvdalens kommun")], ALL),
             "different sessions per person in sentences (Linda 3/5+22/2, Arvid Sep+Nov) -> union = all four; "
             "colleague without address; '>'-quoted invitation"),

        mail("f062", "2027-01-25T11:30", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"),
             "Avanmälan DalaLab – Borlänge",
             """Hej,

Med anledning av den omorganisation som genomförs på samhällsbyggnadsförvaltningen under våren måste vi tyvärr avanmäla våra två deltagare Tobias Grahn och Hanna Engström från DalaLab.

Vi hoppas kunna återkomma med nya namn längre fram.

Med vänlig hälsning
Birgitta Ljung
Nämndsekreterare
Samhällsbyggnadsförvaltningen
Borlänge kommun
""",
             X("cancel", [P("Tobias Grahn", None, "Borlänge kommun"),
                          P("Hanna Engström", None, "Borlänge kommun")], ALL),
             "group cancellation from the function mailbox (secretary writes again); no session named -> all "
             "four; possible later names are no signup"),

        mail("f063", "2027-01-27T14:48", ("Hellström Maja", "maja.hellstrom@leksand.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             """Hej igen,

En liten ändring för vår del: Anders Perlind kan inte komma den 21 september eftersom han är på en konferens i Umeå den veckan. Han kommer på de tre andra träffarna som planerat, liksom Lovisa och jag.

Mvh Maja

________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: fredag, 4 december 2026 08:31
Till: Hellström Maja <maja.hellstrom@leksand.se>
Ämne: Bekräftelse: anmälan DalaLab

Hej Maja!

Tack för er anmälan. Följande personer från Leksands kommun är anmälda till samtliga fyra träffar (3 maj, 21 september, 29 november 2027 och 22 februari 2028):

Maja Hellström
Anders Perlind
Lovisa Jakobsson

Välkomna!
Linnea Hassis
Region Dalarna
""",
             X("cancel", [P("Anders Perlind", None, "Leksands kommun")], [S2]),
             "partial withdrawal of one colleague ('kan inte komma den 21 september ... kommer på de tre andra') "
             "-> cancel of 21 Sep only; sender and Lovisa unchanged; quoted confirmation lists names and all dates"),

        mail("f064", "2027-02-01T09:25", ("Marie Claesson", "marie.claesson@lansstyrelsen.se"),
             "DalaLab registration – Länsstyrelsen Dalarna",
             """Hello Linnea,

I am writing on behalf of the planning unit at the County Administrative Board (Länsstyrelsen Dalarna). Two of my colleagues would like to join DalaLab:

* Jonathan Reed – jonathan.reed@lansstyrelsen.se
* Linnéa Ståhl – linnea.stahl@lansstyrelsen.se

They will attend the sessions on May 3 and November 29 only. Jonathan is vegan; Linnéa has no special requirements.

I am not attending myself, so there is no need to add me to the list.

Kind regards,
Marie Claesson
Unit Manager, Community Planning
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
Tel: 010-225 00 00
""",
             X("register", [P("Jonathan Reed", "jonathan.reed@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan"),
                            P("Linnéa Ståhl", "linnea.stahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S3], diet="vegan"),
             "English; manager registers two colleagues, not herself; 'May 3 and November 29'; diet for one; "
             "Linnéa (organiser's namesake) is a participant"),

        mail("f065", "2027-02-03T15:16", ("Wahlberg Greta", "greta.wahlberg@vansbro.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             """Hej Linnea!

Tack för bekräftelsen. Kan du lägga till vår nya planarkitekt Sebastian Wik också? Han ska gå på samma träff som Sven och jag, alltså den 3 maj. Hans adress är sebastian.wik@vansbro.se.

/Greta

Greta Wahlberg
Bygg- och miljöchef
Vansbro kommun
Tel 0281-750 00

Från: Hassis Linnea
Skickat: tisdag 22 december 2026 09:14
Till: Wahlberg Greta
Ämne: Bekräftelse: anmälan DalaLab

Hej Greta!

Du och Sven Lindh är nu anmälda till DalaLab, träff 1 måndag 3 maj 2027 kl. 10.00–15.00 i Falun. Övriga träffar är 21 september, 29 november 2027 och 22 februari 2028 – hör av er om ni vill lägga till någon av dem.

Hälsningar
Linnea
""",
             X("register", [P("Sebastian Wik", "sebastian.wik@vansbro.se", "Vansbro kommun")], [S1]),
             "reply to a confirmation adding one new colleague 'på samma träff som Sven och jag, alltså den 3 "
             "maj'; sender and Sven already registered, not in people; quoted confirmation names the other dates"),

        mail("f066", "2027-02-05T10:40", ("Marita Pettersson", "marita.pettersson@ludvika.se"),
             "Fråga om anmälan av flera personer",
             """Hej,

Jag är administratör på samhällsbyggnadsförvaltningen i Ludvika och hjälper våra chefer med anmälningar till utbildningar. Två frågor inför DalaLab:

1. Räcker det att jag skickar in en lista med namn och e-postadresser, eller måste varje deltagare anmäla sig själv?
2. Får deltagarna en egen bekräftelse och kalenderinbjudan, eller går allt till den som anmält?

Tacksam för svar!

Med vänliga hälsningar
Marita Pettersson
Administratör
Samhällsbyggnadsförvaltningen, Ludvika kommun
0240-860 00
""",
             X("question"),
             "administrator's procedural question about registering groups; numbered list '1.' '2.' are not "
             "sessions; no one registered"),

        mail("f067", "2027-02-08T13:05", ("Forsgren Anneli", "anneli.forsgren@mora.se"), "Fjärde deltagare från Mora?",
             """Hej Linnea,

Vi har redan tre anmälda från Mora (Frida Nordin, Mikael Dahlgren och Jessica Skoglund). Nu har vår nyanställda översiktsplanerare Hugo Lindblom, hugo.lindblom@mora.se, också visat intresse. Jag förstår att taket är tre per kommun, men kan han få stå på reservlista till träffen den 21 september ifall någon plats blir ledig?

Med vänlig hälsning
Anneli Forsgren
HR-administratör
Mora kommun
""",
             X("register", [P("Hugo Lindblom", "hugo.lindblom@mora.se", "Mora kommun")], [S2],
               unsure=["intent"]),
             "fourth person from one municipality asked onto the reserve list for 21 Sep (a reserve named is a "
             "person; the quota is the assistant's business); the three already registered are not in people"),

        mail("f068", "2027-02-10T09:55", ("Per-Olov Jernberg", "per-olov.jernberg@regiondalarna.se"),
             "Anmälningar från ÖP-nätverket",
             """Hej Linnea!

Vid senaste träffen i länets nätverk för översiktsplanerare bad några deltagare mig att samla ihop deras anmälningar till DalaLab. Här är de (inklistrat från min Excel-lista):

Efternamn\tFörnamn\tKommun\tE-post
Norling\tEva\tOrsa\t
Åberg\tTomas\tMalung-Sälen\ttomas.aberg@malung-salen.se
Hedin\tCamilla\tRättvik\tcamilla.hedin@rattvik.se

Alla tre vill gå på första träffen den 3 maj. Eva saknade e-postadress på listan, men hon jobbar på Orsa kommun.

Själv är jag med som arrangör och behöver inte anmälas.

Hälsningar
Per-Olov Jernberg
Nätverkssamordnare, Regional utveckling
Region Dalarna
""",
             X("register", [P("Eva Norling", None, "Orsa kommun"),
                            P("Tomas Åberg", "tomas.aberg@malung-salen.se", "Malung-Sälens kommun"),
                            P("Camilla Hedin", "camilla.hedin@rattvik.se", "Rättviks kommun")], [S1]),
             "regional network coordinator (not registered) pastes an Excel table with surname and first name in "
             "separate columns, three municipalities, one empty address cell; 'första träffen den 3 maj'"),

        tg("f069", "2027-02-12T07:40", "Lars-Erik Nord", 1288406531,
           "Hej! Lars-Erik i Smedjebacken. Jonna Alm är anmäld till alla träffar utom majträffen, men nu kan hon "
           "inte 21/9. Kan hon ta 3 maj i stället? Då blir det 3/5, 29/11 och 22/2 för henne.",
           X("change", [P("Jonna Alm", None, "Smedjebackens kommun")], [S1, S3, S4]),
           "Telegram: sender changes a colleague's sessions and states the result (3/5, 29/11, 22/2); sender "
           "not in people"),

        mail("f070", "2027-02-15T10:02", ("Plan Falun", "plan@falun.se"), "Autosvar: Deltagarlista DalaLab",
             """Tack för ditt meddelande till plan@falun.se!

Detta är ett automatiskt svar. Funktionsbrevlådan bevakas vardagar kl. 8–16 och vi besvarar ditt ärende inom tre arbetsdagar. Gäller det bygglov, ring kundtjänst 023-830 00.

Under vecka 7 (15–19 februari) är bemanningen begränsad.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Falu kommun
""",
             X("auto_reply"),
             "auto-reply from a function mailbox ('Autosvar:', no auto headers); dates and hours are not "
             "sessions"),

        mail("f071", "2027-02-17T11:12", ("Nordqvist Agneta", "agneta.nordqvist@malung-salen.se"), "Anmälan DalaLab",
             """Hej!

Jag anmäler på uppdrag av vår samhällsbyggnadschef två medarbetare från Malung-Sälens kommun:

Halvarsson, Niklas (niklas.halvarsson@malung-salen.se)
Wennberg, Sofie (sofie.wennberg@malung-salen.se) – nötallergi

De vill gå på vårträffen och novemberträffen. Tomas Åberg anmäldes redan via ÖP-nätverket, så totalt blir vi tre.

Vänliga hälsningar
Agneta Nordqvist
Sekreterare
Samhällsbyggnad, Malung-Sälens kommun
Box 14, 782 21 Malung
0280-181 00
""",
             X("register", [P("Niklas Halvarsson", "niklas.halvarsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Sofie Wennberg", "sofie.wennberg@malung-salen.se", "Malung-Sälens kommun",
                              diet="nötallergi")], [S1, S3], diet="nötallergi"),
             "secretary registers two, 'Efternamn, Förnamn (addr)'; 'vårträffen och novemberträffen' = 3 May + "
             "29 Nov; already-registered colleague Tomas Åberg not in people; windows-1252",
             charset="windows-1252"),

        mail("f072", "2027-02-19T13:50", ("Jakobsson Lovisa", "lovisa.jakobsson@leksand.se"), "Ändring DalaLab – Leksand",
             """Hej Linnea,

Jag går på föräldraledighet från augusti till december, så jag kan inte vara med på träffarna den 21 september och den 29 november. Vår planarkitekt Amanda Grönlund (amanda.gronlund@leksand.se) går i mitt ställe på de två träffarna. Själv kommer jag fortfarande på 3 maj och 22 februari.

Maja Hellström vet om ändringen.

Hälsningar
Lovisa Jakobsson
Planarkitekt
Leksands kommun
0247-800 00
""",
             X("change", [P("Lovisa Jakobsson", "lovisa.jakobsson@leksand.se", "Leksands kommun"),
                          P("Amanda Grönlund", "amanda.gronlund@leksand.se", "Leksands kommun")], [S2, S3],
               unsure=["sessions"]),
             "partial substitution: Amanda takes the sender's 21/9 and 29/11, sender keeps 3/5 and 22/2; "
             "sessions = what the substitute takes; Maja Hellström only informed"),

        mail("f073", "2027-02-22T08:58", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"),
             "Ny anmälan DalaLab – Borlänge",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Efter omorganisationen kan vi nu anm&auml;la tv&aring; nya deltagare fr&aring;n Borl&auml;nge kommun i st&auml;llet f&ouml;r de som avanm&auml;ldes i januari:</p>
<ul>
<li>Rebecka Olausson, <a href="mailto:rebecka.olausson@borlange.se">rebecka.olausson@borlange.se</a></li>
<li>Ali Yilmaz, <a href="mailto:ali.yilmaz@borlange.se">ali.yilmaz@borlange.se</a></li>
</ul>
<p class="MsoNormal">De deltar p&aring; h&ouml;stens tv&aring; tr&auml;ffar och p&aring; tr&auml;ffen i februari 2028. V&aring;rtr&auml;ffen hinner de tyv&auml;rr inte.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br>Birgitta Ljung<br>N&auml;mndsekreterare<br>Samh&auml;llsbyggnadsf&ouml;rvaltningen, Borl&auml;nge kommun</p>
</div></body></html>
""",
             X("register", [P("Rebecka Olausson", "rebecka.olausson@borlange.se", "Borlänge kommun"),
                            P("Ali Yilmaz", "ali.yilmaz@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "HTML-only from the function mailbox: newcomers after the January group cancellation -> register; "
             "'höstens två träffar och träffen i februari 2028' = three sessions; 'vårträffen' declined",
             html=True),

        mail("f074", "2027-02-24T15:20", ("Plan Orsa", "plan@orsa.se"), "Ändring DalaLab – Orsa",
             """Hej,

Vi har fått ett samrådsmöte för den fördjupade översiktsplanen för Orsa tätort inlagt den 3 maj, så Emelie Dalin och Jörgen Bohlin kan tyvärr inte delta på den första träffen. De kommer som planerat på övriga tre.

Med vänlig hälsning
Plan- och byggenheten
Orsa kommun
""",
             X("cancel", [P("Emelie Dalin", None, "Orsa kommun"), P("Jörgen Bohlin", None, "Orsa kommun")], [S1]),
             "function mailbox withdraws two colleagues from the first session only -> cancel of 3 May; "
             "'övriga tre' kept"),

        mail("f075", "2027-03-01T19:22", ("Hanna Engström", "hanna.engstrom@borlange.se"), "Radera mina uppgifter",
             """Hej,

Jag anmäldes till DalaLab av vår förvaltning i december och avanmäldes sedan i januari. Eftersom jag inte längre ska delta vill jag att ni raderar alla uppgifter ni har om mig (namn, e-post och eventuell kostinformation).

Tack!
Hanna Engström
Borlänge kommun
""",
             X("erasure", [P("Hanna Engström", "hanna.engstrom@borlange.se", "Borlänge kommun")]),
             "erasure by a colleague who had been registered and cancelled by her office"),

        mail("f076", "2027-03-03T10:44", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"), "Anmälan DalaLab",
             """Hej!

Vi vill anmäla vår nya planarkitekt Nadia Rahimi (nadia.rahimi@ludvika.se) till DalaLab. Hon deltar den 3 maj och den 29 november.

Sedan tidigare är Kalle Bengtsson och Ida Lundmark anmälda från Ludvika, deras anmälningar gäller som förut.

Hälsningar
Marita Pettersson
för Samhällsbyggnadsförvaltningen, Ludvika kommun
""",
             X("register", [P("Nadia Rahimi", "nadia.rahimi@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "function mailbox (administrator signs) registers one named person; colleagues whose signup 'gäller "
             "som förut' are not in people"),

        tg("f077", "2027-03-05T12:20", "Simon Hjort", 7045519283,
           "Hej! Simon på Region Dalarna (samhällsplanering/kollektivtrafik). Vill anmäla mig och kollegan Tove "
           "Rask till 21 sept och 22 feb 🙂 tove behöver glutenfritt",
           X("register", [P("Simon Hjort", None, "Region Dalarna"),
                          P("Tove Rask", None, "Region Dalarna", diet="glutenfri")], [S2, S4], diet="glutenfri"),
           "Telegram: sender + colleague at the region; '22 feb' without year = 2028 session; diet for the "
           "colleague ('glutenfritt')"),

        mail("f078", "2027-03-08T08:35", ("Mårtensson Linda", "linda.martensson@alvdalen.se"),
             "Byte av deltagare – Älvdalen",
             """Hej Linnea!

Arvid Persson, som skulle gå på träffarna i september och november, slutar hos oss i slutet av april. Jennifer Sandström (jennifer.sandstrom@alvdalen.se) tar hans platser, alltså 21/9 och 29/11. Jag själv går på mina träffar som planerat.

Mvh
Linda Mårtensson
Översiktsplanerare
Älvdalens kommun
0251-310 00
""",
             X("change", [P("Arvid Persson", None, "Älvdalens kommun"),
                          P("Jennifer Sandström", "jennifer.sandstrom@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "substitution of a colleague by the sender (sender unchanged, not in people); sessions = what the "
             "substitute takes; 'slutet av april' is no session"),

        mail("f079", "2027-03-10T14:05", ("Öberg Malin", "malin.oberg@avesta.se"), "SV: " + REM_SUBJ,
             """Hej!

Erik Nyström och jag är redan anmälda sedan december. Nu vill även vår kollega Ines Wallén (ines.wallen@avesta.se) vara med, men bara på sista träffen den 22 februari 2028.

Hälsningar
Malin Öberg
Planarkitekt
Avesta kommun
0226-64 50 00
""" + outlook_quote("Öberg Malin", "malin.oberg@avesta.se", REM_SENT, REM_SUBJ, REMINDER),
             X("register", [P("Ines Wallén", "ines.wallen@avesta.se", "Avesta kommun")], [S4]),
             "reply to the reminder (quoted, all dates and deadline): adds one colleague for the last session; "
             "sender and Erik already registered, not in people"),

        mail("f080", "2027-03-12T09:12", ("Hammar Ylva", "ylva.hammar@lansstyrelsen.se"),
             "Anmälan DalaLab – Länsstyrelsen Dalarna, samhällsbyggnadsenheten",
             """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} td.xl65 {mso-number-format:"\\@"; font-size:11.0pt;} --></style>
</head>
<body lang="SV">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">H&auml;r kommer ytterligare tre anm&auml;lningar fr&aring;n L&auml;nsstyrelsen (Jonathan och Linn&eacute;a anm&auml;ldes tidigare av Marie). Jag har klistrat in tabellen fr&aring;n v&aring;r sammanst&auml;llning. Sj&auml;lv ska jag inte delta.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="0" cellpadding="0" cellspacing="0" width="620" style="border-collapse:collapse;width:465pt">
<tr height="20"><td class="xl65"><b>Namn</b></td><td class="xl65"><b>Enhet</b></td><td class="xl65"><b>E-post</b></td><td class="xl65"><b>Tr&auml;ffar</b></td><td class="xl65"><b>Specialkost</b></td></tr>
<tr height="20"><td class="xl65">Johanna Eriksson</td><td class="xl65">Samh&auml;llsbyggnad</td><td class="xl65">johanna.eriksson@lansstyrelsen.se</td><td class="xl65">3 maj</td><td class="xl65">Vegetarisk</td></tr>
<tr height="20"><td class="xl65">Gustaf Lind</td><td class="xl65">Samh&auml;llsbyggnad</td><td class="xl65">gustaf.lind@lansstyrelsen.se</td><td class="xl65">3 maj, 29 nov</td><td class="xl65"></td></tr>
<tr height="20"><td class="xl65">Maryam Rostami</td><td class="xl65">Milj&ouml;analys</td><td class="xl65">maryam.rostami@lansstyrelsen.se</td><td class="xl65">29 nov</td><td class="xl65">Glutenfri</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar<br>
Ylva Hammar<br>
Handl&auml;ggare, Samh&auml;llsbyggnadsenheten<br>
L&auml;nsstyrelsen Dalarna<br>
010-225 00 00<o:p></o:p></p>
</div>
</body></html>
""",
             X("register", [P("Johanna Eriksson", "johanna.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarisk"),
                            P("Gustaf Lind", "gustaf.lind@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Maryam Rostami", "maryam.rostami@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenfri")], [S1, S3], diet="vegetarisk, glutenfri"),
             "HTML-only with an Excel table (xl65 cells): sessions per person (3 maj / 3 maj+29 nov / 29 nov) -> "
             "union; diets per person; earlier colleagues and the sender not in people", html=True),

        mail("f081", "2027-03-15T11:48", ("Tell Magnus", "magnus.tell@hedemora.se"), "Anmälan DalaLab – fyra från Hedemora",
             """Hej Linnea,

Sedan Patrik Rydberg slutade har Hedemora inte haft någon anmäld till DalaLab. Nu är vi i stället fyra som vill delta:

- Kristoffer Bäck
- Elsa Nyman
- Amir Sadeghi
- Lina Forslund

Adresserna är fornamn.efternamn@hedemora.se (utan prickar över bokstäverna). Alla fyra vill gå på samtliga träffar.

Jag vet att det står upp till tre per kommun. Om det inte går att få in alla fyra så stryk Lina i första hand, hon är ny hos oss och kan gå nästa omgång.

Själv deltar jag inte.

Hälsningar
Magnus Tell
Plan- och byggchef
Hedemora kommun
Stationsgatan 12, 776 30 Hedemora
0225-340 00
""",
             X("register", [P("Kristoffer Bäck", "kristoffer.back@hedemora.se", "Hedemora kommun"),
                            P("Elsa Nyman", "elsa.nyman@hedemora.se", "Hedemora kommun"),
                            P("Amir Sadeghi", "amir.sadeghi@hedemora.se", "Hedemora kommun"),
                            P("Lina Forslund", "lina.forslund@hedemora.se", "Hedemora kommun")], ALL),
             "four from one municipality (over the quota; Lina named as the one to drop) -> all four registered, "
             "quota is the assistant's business; pattern addresses written out (ä->a); 'alla fyra' counts people; "
             "Patrik Rydberg (left) and sender not in people"),

        mail("f082", "2027-03-17T16:30", ("Nord Lars-Erik", "lars-erik.nord@smedjebacken.se"),
             "Avanmälan DalaLab – Smedjebacken",
             """Hej Linnea,

Tråkigt besked: kommunstyrelsen har beslutat om stopp för kurser och konferenser resten av året, så vi måste avanmäla oss alla tre från Smedjebacken – jag själv, Jonna Alm och Rami Haddad. Förhoppningsvis kan vi vara med i en senare omgång.

Hälsningar
Lars-Erik Nord
Stadsarkitekt, Smedjebackens kommun
""",
             X("cancel", [P("Lars-Erik Nord", "lars-erik.nord@smedjebacken.se", "Smedjebackens kommun"),
                          P("Jonna Alm", None, "Smedjebackens kommun"),
                          P("Rami Haddad", None, "Smedjebackens kommun")], ALL),
             "group cancellation including the sender; no session named -> all four"),

        mail("f083", "2027-03-19T10:05", ("Forsgren Anneli", "anneli.forsgren@mora.se"), "Ändrad specialkost – Mora",
             """Hej igen!

Två ändringar av specialkost för våra deltagare från Mora:

Mikael Dahlgren – laktosfri
Jessica Skoglund – vegetarisk (inte glutenfri som jag skrev i december)

Träffarna är oförändrade.

Mvh
Anneli Forsgren
HR-administratör
Mora kommun
""",
             X("change", [P("Mikael Dahlgren", None, "Mora kommun", diet="laktosfri"),
                          P("Jessica Skoglund", None, "Mora kommun", diet="vegetarisk")], [],
               diet="laktosfri, vegetarisk"),
             "diet update for two colleagues by the administrator, no sessions named -> change with []; the old "
             "diet 'glutenfri' is not the new one"),

        tg("f084", "2027-03-22T18:40", "Anton Lager", 5893317042,
           "Hej, Anton Lager här, planarkitekt i Säter. Anmäler mig och Vera Hultgren från Borlänge kommun (vi "
           "samåker) till 21/9 o 29/11. /Anton",
           X("register", [P("Anton Lager", None, "Säters kommun"), P("Vera Hultgren", None, "Borlänge kommun")],
             [S2, S3]),
           "Telegram: two organisations in one message (sender Säter, colleague Borlänge); '21/9 o 29/11'"),

        mail("f085", "2027-03-25T13:15", ("Roger Isaksson", "roger.isaksson@gagnef.se"), "Vilka från Gagnef är anmälda?",
             """Hej!

Jag är ny som samhällsbyggnadschef i Gagnef sedan mars och försöker få koll på vilka av mina medarbetare som är anmälda till DalaLab och till vilka träffar. Kan du skicka en lista? Jag vill inte råka anmäla någon dubbelt eller gå över gränsen på tre.

Tack på förhand,
Roger Isaksson
Samhällsbyggnadschef
Gagnefs kommun
""",
             X("question"),
             "manager asks who from his municipality is registered; no signup"),

        mail("f086", "2027-03-29T04:12", ("Emily Watson", "emily.watson@eventleadsdata.com"),
             "DalaLab 2027 Attendee List",
             """Hi,

Hope you're doing well.

Would you be interested in acquiring the DalaLab 2027 Attendees Email List?

We have 1,850 verified contacts of municipal planners, regional managers and decision makers, including name, title, organisation, e-mail and direct phone number.

Please let me know your interest so I can share pricing and counts.

Regards,
Emily Watson
Marketing Coordinator

If you do not wish to receive further emails, reply with "Remove".
""",
             X("unknown"),
             "English attendee-list scam; 'Remove' is no erasure"),

        tg("f087", "2027-04-01T08:22", "Malin Öberg", 6402217358,
           "hej igen! erik nyström har tyvärr slutat hos oss så han kommer inte på några träffar. har ingen "
           "ersättare än, återkommer. /malin, avesta",
           X("cancel", [P("Erik Nyström", None, "Avesta kommun")], ALL),
           "Telegram: sender withdraws a colleague without substitute -> cancel, all four"),

        mail("f088", "2027-04-05T09:01", ("Dahlgren Mikael", "mikael.dahlgren@mora.se"),
             "Automatiskt svar: Bekräftelse: ändrad specialkost",
             """Hej!

Jag är tjänstledig till och med 16 april och läser inte min e-post. Brådskande ärenden om detaljplaner hänvisas till Frida Nordin, frida.nordin@mora.se, eller växeln 0250-260 00.

Mvh Mikael Dahlgren
Mora kommun
""",
             X("auto_reply"),
             "Outlook 'Automatiskt svar:' from a registered colleague, naming another person and her address"),

        mail("f089", "2027-04-07T10:30", ("Öberg Malin", "malin.oberg@avesta.se"), "Ersättare för Erik Nyström",
             """Hej Linnea!

Nu har vi hittat en ersättare för Erik Nyström, som jag avanmälde den 1 april via Telegram. Hampus Ölund (hampus.olund@avesta.se) tar Eriks platser, alltså 3 maj och 21 september. Hampus är laktosintolerant.

Hälsningar
Malin Öberg
Planarkitekt
Avesta kommun
""",
             X("register", [P("Hampus Ölund", "hampus.olund@avesta.se", "Avesta kommun", diet="laktosintolerant")],
               [S1, S2], diet="laktosintolerant"),
             "newcomer replacing a colleague cancelled earlier -> register of the newcomer only; sessions stated; "
             "diet 'laktosintolerant'"),

        mail("f090", "2027-04-09T15:45", ("Samhällsbyggnad Älvdalen", "samhallsbyggnad@alvdalen.se"), "Sen anmälan DalaLab",
             """Hej,

Hoppas det inte är för sent! Vi skulle vilja anmäla Tilda Westerlund, tilda.westerlund@alvdalen.se, från Älvdalens kommun till höstens två träffar. Hon har just börjat som planeringsarkitekt hos oss.

Linda Mårtensson och Jennifer Sandström är redan anmälda från Älvdalen.

Vänliga hälsningar
Ingela Kvarnström
Samhällsbyggnadsförvaltningen
Älvdalens kommun
0251-310 00
""",
             X("register", [P("Tilda Westerlund", "tilda.westerlund@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "function mailbox, one named newcomer; 'höstens två träffar' = 21 Sep + 29 Nov; two colleagues "
             "already registered are not in people"),
    ]
