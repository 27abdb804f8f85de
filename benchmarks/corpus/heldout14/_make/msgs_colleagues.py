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

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def messages():
    return [
        mail("h046", "2026-12-02T08:47", ("Wiklund Sandra", "sandra.wiklund@borlange.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Jag och min kollega Sven Lundh (sven.lundh@borlange.se) vill gärna vara med i hela lärprojektet, alltså alla fyra träffarna.

Vänliga hälsningar
Sandra Wiklund
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel 0243-74 71 36

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Wiklund Sandra <sandra.wiklund@borlange.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITE,
             X("register", [P("Sandra Wiklund", "sandra.wiklund@borlange.se", "Borlänge kommun"),
                            P("Sven Lundh", "sven.lundh@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply to the invitation: sender + colleague with address, 'alla fyra träffarna'; quoted invitation lists every date"),

        mail("h047", "2026-12-08T13:22", ("Bengt Halvarsson", "bengt.halvarsson@rattvik.se"),
             "Anmälan DalaLab – Rättviks kommun (3 pers)",
             """Hej,

Från Rättviks kommun anmäler jag följande tre medarbetare till DalaLab. Samtliga deltar på alla fyra träffarna.

1. Johanna Ersson – johanna.ersson@rattvik.se – planarkitekt
2. Mikael Spjut – mikael.spjut@rattvik.se – översiktsplanerare
3. Leila Nasser – leila.nasser@rattvik.se – trafikplanerare (vegetarisk kost)

Själv deltar jag inte, men jag vill gärna ha en kopia på bekräftelserna.

Med vänlig hälsning

Bengt Halvarsson
Samhällsbyggnadschef
Rättviks kommun
Riddarheimsvägen 6, 795 80 Rättvik
Växel 0248-70 000
www.rattvik.se""",
             X("register", [P("Johanna Ersson", "johanna.ersson@rattvik.se", "Rättviks kommun"),
                            P("Mikael Spjut", "mikael.spjut@rattvik.se", "Rättviks kommun"),
                            P("Leila Nasser", "leila.nasser@rattvik.se", "Rättviks kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "manager's numbered team list of three with addresses, sender not attending; one person vegetarian"),

        mail("h048", "2026-12-11T10:05", ("Karl-Johan Dahlberg", "karl-johan.dahlberg@leksand.se"),
             "Re: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi blir tre från Leksand: jag, Malin Hedström och Oskar Pers. Vi anmäler oss till den 3 maj och den 21 september. De två senare träffarna får vi se över när budgeten för 2028 är klar, så vi återkommer om dem.

/Karl-Johan

--
Karl-Johan Dahlberg
Planeringsarkitekt, Leksands kommun
0247-80 400

Den tors 26 nov. 2026 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quoted(INVITE),
             X("register", [P("Karl-Johan Dahlberg", "karl-johan.dahlberg@leksand.se", "Leksands kommun"),
                            P("Malin Hedström", None, "Leksands kommun"),
                            P("Oskar Pers", None, "Leksands kommun")], [S1, S2]),
             "Gmail reply: sender + two colleagues without addresses, 3 May and 21 Sep; the later two deferred; '>'-quoted invitation"),

        mail("h049", "2027-01-19T15:40", ("Anneli Sahlin", "anneli.sahlin@mora.se"),
             "Tillägg till anmälan DalaLab",
             """Hej igen Linnea!

Jag anmälde mig själv den 12 januari till träffarna 3 maj och 29 november. Nu vill även min kollega Patrik Ohlsson följa med, på samma två träffar (3/5 och 29/11). Hans mejl är patrik.ohlsson@mora.se.

Min egen anmälan gäller som förut.

Hälsningar
Anneli Sahlin
Samhällsplanerare, Mora kommun
Tfn 0250-260 00""",
             X("register", [P("Patrik Ohlsson", "patrik.ohlsson@mora.se", "Mora kommun")], [S1, S3]),
             "second mail adding a colleague to the same two sessions; the sender's own earlier signup 'gäller som förut' -> not in people"),

        tg("h050", "2026-12-14T19:32", "Therese Gran", 5551843,
           "hej! anmäl mig och kollegan kalle nyström, vi jobbar båda på säters kommun. alla träffar 👍",
           X("register", [P("Therese Gran", None, "Säters kommun"), P("Kalle Nyström", None, "Säters kommun")], ALL),
           "telegram: sender + colleague in lower case, 'säters kommun', all sessions"),

        mail("h051", "2027-01-11T09:12", ("Eva Brink", "eva.brink@hedemora.se"),
             "Anmälan från Samhällsbyggnadsförvaltningen, Hedemora",
             """Hej Linnea,

Vår förvaltningschef Stefan Roos har bett mig att anmäla förvaltningens deltagare till DalaLab. Det gäller:

Lars Greus, lars.greus@hedemora.se (vegetarisk kost)
Helén Axelsson, helen.axelson@hedemora.se

Båda deltar på alla fyra tillfällena. Jag är själv administratör och kommer inte att delta, men skicka gärna en kopia av bekräftelsen till mig.

Med vänlig hälsning
Eva Brink
Administratör
Samhällsbyggnadsförvaltningen
Hedemora kommun
Tel 0225-341 00

Hedemora kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.hedemora.se/gdpr""",
             X("register", [P("Lars Greus", "lars.greus@hedemora.se", "Hedemora kommun", diet="vegetarisk"),
                            P("Helén Axelsson", "helen.axelson@hedemora.se", "Hedemora kommun")],
               ALL, diet="vegetarisk"),
             "administrator asked by the department head to register two colleagues; neither the sender nor the head attends; one address misspelt (kept as written)"),

        mail("h052", "2027-01-14T16:03", ("Daniel Whitfield", "daniel.whitfield@nordplan-consulting.com"),
             "Registration – DalaLab",
             """Hello Linnea,

I'm a planning consultant with Nordplan Consulting and currently support Avesta and Hedemora with their comprehensive plans. My colleague Ingrid Sahlström (ingrid.sahlstrom@nordplan-consulting.com) and I would like to attend the two autumn sessions, 21 September and 29 November, if external participants are welcome.

Please let me know if you need anything else from us.

Best regards,
Daniel Whitfield
Senior Consultant
Nordplan Consulting AB
Vasagatan 12, 111 20 Stockholm
+46 8 410 220 00""",
             X("register", [P("Daniel Whitfield", "daniel.whitfield@nordplan-consulting.com", None),
                            P("Ingrid Sahlström", "ingrid.sahlstrom@nordplan-consulting.com", None)], [S2, S3]),
             "English: consultant + consultant colleague -> organisation null though they work for two municipalities; two autumn sessions"),

        mail("h053", "2027-01-21T11:30", ("Tove Lindh", "tove.lindh@ludvika.se"), "Anmälan x3 Ludvika",
             """Hej!

Vi är tre från Ludvika kommun som vill anmäla oss till DalaLab: jag själv, Erik Haglund och Samir Haddad. Alla träffar.

Mejladresserna är förnamn.efternamn@ludvika.se.

Hälsningar
Tove Lindh
Planavdelningen
Ludvika kommun""",
             X("register", [P("Tove Lindh", "tove.lindh@ludvika.se", "Ludvika kommun"),
                            P("Erik Haglund", "erik.haglund@ludvika.se", "Ludvika kommun"),
                            P("Samir Haddad", "samir.haddad@ludvika.se", "Ludvika kommun")], ALL),
             "sender + two colleagues, addresses only as the pattern förnamn.efternamn@ludvika.se (written out per person)"),

        mail("h054", "2027-02-03T14:18", ("Åsa Mattsson", "asa.mattsson@malung-salen.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body lang="SV">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vi blir tv&aring; fr&aring;n Malung-S&auml;lens kommun: jag och Per-Olof Ljung (<a href="mailto:per-olof.ljung@malung-salen.se">per-olof.ljung@malung-salen.se</a>). Vi kommer p&aring; den f&ouml;rsta och den sista tr&auml;ffen, allts&aring; 3 maj och 22 februari.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Per-Olof har glutenintolerans.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nliga h&auml;lsningar<br>
<b>&Aring;sa Mattsson</b><br>
Planeringsstrateg | Malung-S&auml;lens kommun<br>
Box 14, 782 21 Malung<br>
Tel 0280-181 00</p>
</div>
</body></html>""",
             X("register", [P("Åsa Mattsson", "asa.mattsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Per-Olof Ljung", "per-olof.ljung@malung-salen.se", "Malung-Sälens kommun",
                              diet="glutenintolerans")], [S1, S4], diet="glutenintolerans"),
             "HTML-only Outlook (iso-8859-1, entities): sender + colleague, first and last session; colleague's diet",
             html=True, charset="iso-8859-1"),

        mail("h055", "2027-02-08T10:47", ("Mattias Grahn", "mattias.grahn@lansstyrelsen.se"), "Anmälan",
             """Hej,

Jag vill anmäla mig och min kollega på Region Dalarna, Karin Björk, till de två första träffarna (3/5 och 21/9). Vi samarbetar kring regionplanen och vill gärna gå tillsammans. Karin når du på karin.bjork@regiondalarna.se.

Mvh
Mattias Grahn
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00

Läs om hur Länsstyrelsen behandlar dina personuppgifter på www.lansstyrelsen.se/dalarna/personuppgifter""",
             X("register", [P("Mattias Grahn", "mattias.grahn@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Karin Björk", "karin.bjork@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "Länsstyrelsen sender + a colleague from Region Dalarna (her own organisation); '3/5 och 21/9'"),

        tg("h056", "2027-02-10T07:55", "Fatima Yusuf", 5559120,
           "hej, anmäler mig till 21/9 och 29/11. glutenfri kost tack 🙏 /fatima, avesta kommun",
           X("register", [P("Fatima Yusuf", None, "Avesta kommun", diet="glutenfri")], [S2, S3], diet="glutenfri"),
           "telegram self-signup, two autumn dates as d/m, diet"),

        mail("h057", "2026-12-17T12:10", ("Gunnar Sjöholm", "gunnar.sjoholm@vansbro.se"), "DalaLab",
             """Hej Linnea,

Jag vill anmäla mig till DalaLab, samtliga träffar. Jag behöver laktosfri kost.

Vi blir nog fler från Vansbro, men de anmäler sig i så fall själva.

Hälsningar
Gunnar Sjöholm
Plan- och byggchef
Vansbro kommun
0281-750 00""",
             X("register", [P("Gunnar Sjöholm", "gunnar.sjoholm@vansbro.se", "Vansbro kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "plain self-signup, 'samtliga träffar', laktosfri; unnamed colleagues may register themselves later"),

        mail("h058", "2027-01-25T08:20", ("Kristina Moberg", "kristina.moberg@orsa.se"), "Anmälan två deltagare Orsa",
             """Hej!

Jag vill anmäla två av mina medarbetare till lärprojektet: Jenny Wallin och Kalle Frid. De går på alla fyra träffarna. Jenny har nötallergi.

Själv har jag tyvärr inte möjlighet att delta, men jag följer arbetet via dem.

Med vänlig hälsning
Kristina Moberg
Enhetschef plan och bygg
Orsa kommun
Box 23, 794 21 Orsa
0250-55 20 00""",
             X("register", [P("Jenny Wallin", None, "Orsa kommun", diet="nötallergi"),
                            P("Kalle Frid", None, "Orsa kommun")], ALL, diet="nötallergi"),
             "manager registers two staff without addresses, does not attend herself; one has a nut allergy"),

        mail("h059", "2027-02-15T09:35", ("Jakob Hellström", "jakob.hellstrom@falun.se"), "Anmälan DalaLab Falu kommun",
             """Hej!

Härmed anmäler jag mig själv samt mina kollegor Rebecka Holm (rebecka.holm@falun.se) och Ali Rahimi (ali.rahimi@falun.se) till samtliga träffar i DalaLab.

Vi förstår att det är max tre per kommun, men om det blir plats över vill vi gärna att Ida Nordin (ida.nordin@falun.se) står som reserv.

Vänliga hälsningar

Jakob Hellström
Översiktsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
Slaggatan 12, 791 83 Falun
Tfn 023-82 000""",
             X("register", [P("Jakob Hellström", "jakob.hellstrom@falun.se", "Falu kommun"),
                            P("Rebecka Holm", "rebecka.holm@falun.se", "Falu kommun"),
                            P("Ali Rahimi", "ali.rahimi@falun.se", "Falu kommun"),
                            P("Ida Nordin", "ida.nordin@falun.se", "Falu kommun")], ALL),
             "sender + two colleagues for all sessions, and a fourth named as reserve (in people; the rules wait-list her)"),

        mail("h060", "2027-03-02T13:05", ("Ingela Forslund", "ingela.forslund@regiondalarna.se"), "DalaLab – vi från RU",
             """Hej Linnea, kul med DalaLab!

Vi från Regional utveckling vill också vara med, i alla fall på första träffen i Falun i maj: jag, Joakim Skoog och Maryam Ahmadi. Övriga träffar återkommer vi om när vi vet hur hösten ser ut.

/Ingela

Ingela Forslund
Strateg, Regional utveckling
Region Dalarna""",
             X("register", [P("Ingela Forslund", "ingela.forslund@regiondalarna.se", "Region Dalarna"),
                            P("Joakim Skoog", None, "Region Dalarna"),
                            P("Maryam Ahmadi", None, "Region Dalarna")], [S1]),
             "colleague inside Region Dalarna registers herself and two others for 'första träffen i Falun i maj'; rest deferred"),

        mail("h061", "2027-03-09T21:48", ("Mikael Norling", "mikael.norling@gagnef.se"), "Dalalab",
             """Hej, anmäl mig och Lotta Sundin till 3 maj. Lotta är vegan.
/Mikael

Skickat från min iPhone""",
             X("register", [P("Mikael Norling", "mikael.norling@gagnef.se", "Gagnefs kommun"),
                            P("Lotta Sundin", None, "Gagnefs kommun", diet="vegan")], [S1], diet="vegan"),
             "two-line phone mail: sender + colleague to 3 May; colleague vegan; organisation only from the domain"),

        mail("h062", "2027-03-11T10:14", ("Åkerlund Marie", "marie.akerlund@alvdalen.se"), "VB: DalaLab",
             """Hej Linnea,

Se nedan. Anmäl både Oscar och mig till alla fyra träffar. Vi samåker från Älvdalen.

Mvh
Marie Åkerlund
Samhällsbyggnadschef
Älvdalens kommun
0251-310 00

Från: Oscar Blom <oscar.blom@alvdalen.se>
Skickat: den 10 mars 2027 16:41
Till: Åkerlund Marie <marie.akerlund@alvdalen.se>
Ämne: DalaLab

Hej Marie!

Har du sett inbjudan till DalaLab från regionen? Jag tycker vi borde gå, det passar perfekt med ÖP-arbetet. Ska vi anmäla oss båda två?

/Oscar""",
             X("register", [P("Marie Åkerlund", "marie.akerlund@alvdalen.se", "Älvdalens kommun"),
                            P("Oscar Blom", "oscar.blom@alvdalen.se", "Älvdalens kommun")], ALL),
             "manager forwards a colleague's mail and says 'anmäl både Oscar och mig'; Oscar's full name and address only in the forwarded header"),

        mail("h063", "2027-03-16T11:25", ("Ana Pereira", "ana.pereira@falun.se"), "DalaLab registration",
             """Hi Linnea,

I would like to sign up for DalaLab – all four meetings, if possible. I started as an urban planner at Falun municipality in January and my Swedish is still improving, so I hope English is fine.

My colleague Lina Berg will register herself separately.

Dietary requirements: vegetarian.

Thanks!
Ana Pereira
Urban Planner
Falu kommun | Stadsbyggnadsförvaltningen""",
             X("register", [P("Ana Pereira", "ana.pereira@falun.se", "Falu kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "English self-signup, all four; colleague who 'will register herself separately' is not in people"),

        mail("h064", "2027-03-22T08:05", ("Birgitta Lund", "birgitta.lund@smedjebacken.se"),
             "Anmälan DalaLab – Smedjebacken",
             """Hej!

Jag själv kan tyvärr inte vara med den här gången, men jag anmäler gärna två kollegor: Niklas Forsgren och Sofie Hammar. De vill delta den 29/11 och den 22/2.

Deras mejl: niklas.forsgren@smedjebacken.se och sofie.hammar@smedjebacken.se

Hälsningar
Birgitta Lund
Smedjebackens kommun
Samhällsbyggnadsavdelningen
Tel 0240-66 00 00""",
             X("register", [P("Niklas Forsgren", "niklas.forsgren@smedjebacken.se", "Smedjebackens kommun"),
                            P("Sofie Hammar", "sofie.hammar@smedjebacken.se", "Smedjebackens kommun")], [S3, S4]),
             "windows-1252: sender not attending registers two colleagues for '29/11 och 22/2' (22/2 = the 2028 session)",
             charset="windows-1252"),

        tg("h065", "2027-03-24T12:31", "Maja Lind", 5553307,
           "Hej! Kan ni anmäla mig och Jonas Eklund från rättviks kommun till första träffen? Tack! /Maja",
           X("register", [P("Maja Lind", None, "Rättviks kommun"), P("Jonas Eklund", None, "Rättviks kommun")], [S1]),
           "telegram: sender + colleague, 'första träffen', 'rättviks kommun' lower case"),

        mail("h066", "2027-03-29T15:12", ("Elias Nordqvist", "elias.nordqvist@vansbro.se"), "Vi blir två till från Vansbro",
             """Hej Linnea!

Utöver Gunnar Sjöholm, som redan har anmält sig, vill vi vara två till från Vansbro kommun: jag (Elias Nordqvist) och Hilda Persson. Båda på alla träffarna.

Jag är vegetarian och Hilda behöver laktosfri kost.

Tack på förhand!
Elias Nordqvist
Planarkitekt
Vansbro kommun""",
             X("register", [P("Elias Nordqvist", "elias.nordqvist@vansbro.se", "Vansbro kommun", diet="vegetarian"),
                            P("Hilda Persson", None, "Vansbro kommun", diet="laktosfri")],
               ALL, diet="vegetarian, laktosfri"),
             "sender + colleague, each with a diet; the colleague already registered (Gunnar) is not in people"),

        mail("h067", "2027-04-01T10:40", ("Helena Dahl", "helena.dahl@sater.se"), "Anmälan 3 maj",
             """Hej Linnea,

Jag skulle vilja anmäla mig och vår praktikant Amir Jafari till den första träffen den 3 maj. Amir har ännu ingen kommunmejl, så använd gärna amir.jafari98@gmail.com. Han är hos oss på Säters kommun till och med juni.

Hälsningar
Helena Dahl
Bygglovschef
Säters kommun
Tel 0225-550 00""",
             X("register", [P("Helena Dahl", "helena.dahl@sater.se", "Säters kommun"),
                            P("Amir Jafari", "amir.jafari98@gmail.com", "Säters kommun")], [S1]),
             "sender + trainee with a gmail address who works at the same municipality; 'första träffen den 3 maj'; 'till och med juni' is no date"),

        mail("h068", "2027-01-13T08:02", ("Eva Brink", "eva.brink@hedemora.se"),
             "SV: Anmälan från Samhällsbyggnadsförvaltningen, Hedemora",
             """Hej igen,

Jag glömde en person i mitt förra mejl: även Anders Holm, anders.holm@hedemora.se, ska vara med på alla fyra träffarna. Lars och Helén gäller som förut.

Mvh Eva

Från: Eva Brink
Skickat: den 11 januari 2027 09:12
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan från Samhällsbyggnadsförvaltningen, Hedemora

Hej Linnea,

Vår förvaltningschef Stefan Roos har bett mig att anmäla förvaltningens deltagare till DalaLab. Det gäller:

Lars Greus, lars.greus@hedemora.se (vegetarisk kost)
Helén Axelsson, helen.axelson@hedemora.se

Båda deltar på alla fyra tillfällena.""",
             X("register", [P("Anders Holm", "anders.holm@hedemora.se", "Hedemora kommun")], ALL),
             "follow-up adding a forgotten colleague; quoted earlier mail lists two others who 'gäller som förut' (not in people, nor their diet)"),

        mail("h069", "2027-03-03T09:58", ("Ulrika Berg", "ulrika.berg@gagnef.se"), "Ersättare för Gustav Lindblom",
             """Hej,

Som jag skrev i februari har Gustav Lindblom slutat hos oss och hans anmälan avbokades då. Nu har vi hittat någon som tar hans plats: Ellen Krantz, ellen.krantz@gagnef.se. Hon går på alla fyra träffarna.

/Ulrika Berg
Gagnefs kommun""",
             X("register", [P("Ellen Krantz", "ellen.krantz@gagnef.se", "Gagnefs kommun")], ALL),
             "newcomer takes the place of a colleague cancelled in an earlier mail -> register of the newcomer only"),

        mail("h070", "2027-03-05T14:20", ("Karin Lövgren", "karin.lovgren@avesta.se"), "Byte av deltagare 3 maj",
             """Hej Linnea,

Lisa Ahlgren, som är anmäld från Avesta kommun, kan tyvärr inte komma på träffen den 3 maj. I stället kommer Tobias Rydén (tobias.ryden@avesta.se) den dagen. Lisa är med som vanligt på resten av träffarna.

Mvh
Karin Lövgren
Planchef, Avesta kommun
0226-645 000""",
             X("change", [P("Lisa Ahlgren", None, "Avesta kommun"),
                          P("Tobias Rydén", "tobias.ryden@avesta.se", "Avesta kommun")], [S1]),
             "manager substitutes one colleague for another on 3 May only; sender not in people"),

        mail("h071", "2027-03-12T16:45", ("Anders Wahlberg", "anders.wahlberg@borlange.se"), "Re: Bekräftelse: DalaLab",
             """Hej,

Jag har tyvärr fått ett nytt uppdrag som gör att jag inte kan delta i DalaLab. Min kollega Nadia Saleh (nadia.saleh@borlange.se) tar över min plats på alla fyra träffarna. Hon har samma tjänst som jag på planenheten.

Hälsningar
Anders Wahlberg
Borlänge kommun

> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
>
> Du är anmäld till:
> - 3 maj 2027
> - 21 september 2027
> - 29 november 2027
> - 22 februari 2028
>
> Svara på det här mejlet om något behöver ändras.
> Region Dalarna""",
             X("change", [P("Anders Wahlberg", "anders.wahlberg@borlange.se", "Borlänge kommun"),
                          P("Nadia Saleh", "nadia.saleh@borlange.se", "Borlänge kommun")], ALL),
             "reply to a confirmation: sender drops out, colleague takes his place at all four -> substitution, both in people"),

        mail("h072", "2027-03-19T11:11", ("Mikael Spjut", "mikael.spjut@rattvik.se"), "Delar mina platser med en kollega",
             """Hej!

Min kollega Jon Berglund tar mina platser den 21/9 och den 29/11. Själv går jag på första träffen i maj och på den sista i februari som planerat.

Mvh Mikael Spjut
Översiktsplanerare, Rättviks kommun""",
             X("change", [P("Mikael Spjut", "mikael.spjut@rattvik.se", "Rättviks kommun"),
                          P("Jon Berglund", None, "Rättviks kommun")], [S2, S3]),
             "partial hand-over: colleague takes two of the sender's sessions (21/9, 29/11) -> change, both people, the substitute's sessions"),

        tg("h073", "2027-02-26T20:14", "Amanda Holm", 5552210,
           "hej! jag kan inte komma 29 nov pga annat uppdrag, kollegan filip åberg går istället för mig. vi är från mora",
           X("change", [P("Amanda Holm", None, "Mora kommun"), P("Filip Åberg", None, "Mora kommun")], [S3]),
           "telegram substitution for one session, names in lower case"),

        mail("h074", "2027-04-06T09:30", ("Anneli Sahlin", "anneli.sahlin@mora.se"), "Byte av träff",
             """Hej Linnea!

Patrik Ohlsson och jag behöver tyvärr byta från träffen den 3 maj till den 21 september i stället. Vi har fått en krock med ett medborgardialogmöte i Mora.

Tack och hälsningar
Anneli""",
             X("change", [P("Anneli Sahlin", "anneli.sahlin@mora.se", "Mora kommun"),
                          P("Patrik Ohlsson", None, "Mora kommun")], [S2]),
             "two people swap 3 May for 21 Sep (bare swap -> new session only); organisation from the domain"),

        mail("h075", "2027-01-27T13:02", ("Kristina Moberg", "kristina.moberg@orsa.se"), "Komplettering anmälan Orsa",
             """Hej,

En komplettering till min anmälan i måndags av två medarbetare: Kalle Frid har glutenintolerans, det glömde jag skriva.

Mvh Kristina Moberg
Orsa kommun""",
             X("change", [P("Kalle Frid", None, "Orsa kommun", diet="glutenintolerans")], [], diet="glutenintolerans"),
             "manager adds a colleague's diet to an earlier signup, no sessions stated -> change with []; sender not in people"),

        mail("h076", "2027-03-26T10:20", ("Ingela Forslund", "ingela.forslund@regiondalarna.se"), "Ändring DalaLab",
             """Hej Linnea!

En ändring för oss från Regional utveckling: Joakim Skoog kan inte komma den 3 maj längre, men han vill i stället gå på träffarna 21 september och 29 november. Maryam och jag står kvar på 3 maj.

/Ingela""",
             X("change", [P("Joakim Skoog", None, "Region Dalarna")], [S2, S3]),
             "colleague withdrawn from 3 May and added to two autumn sessions -> change with his sessions after; the two staying are not in people"),

        mail("h077", "2027-01-22T08:44", ("Tove Lindh", "tove.lindh@ludvika.se"), "Rättelse – Samirs mejladress",
             """Hej igen!

Jag skrev lite fel i gårdagens anmälan. Samir Haddad har inte den vanliga adressen, hans mejl är samir.haddad2@ludvika.se.

/Tove""",
             X("change", [P("Samir Haddad", "samir.haddad2@ludvika.se", "Ludvika kommun")], []),
             "address correction for a colleague, no sessions -> change with []"),

        mail("h078", "2027-02-19T17:30", ("Daniel Whitfield", "daniel.whitfield@nordplan-consulting.com"),
             "RE: Registration – DalaLab",
             """Hi Linnea,

A small update: Ingrid Sahlström will unfortunately not be able to attend on 29 November, so she will only join on 21 September. My own registration stays the same.

Best,
Daniel

Daniel Whitfield | Senior Consultant | Nordplan Consulting AB""",
             X("cancel", [P("Ingrid Sahlström", None, None)], [S3]),
             "English: consultant withdraws his colleague from one of her two sessions (keeps the other) -> cancel 29 Nov; consultants -> organisation null"),

        mail("h079", "2027-03-30T14:00", ("Eva Brink", "eva.brink@hedemora.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Lars Greus och Helén Axelsson måste tyvärr avanmäla sig från DalaLab, förvaltningen har omorganiserats och de har fått nya uppdrag. Anders Holm deltar som planerat.

Med vänlig hälsning
Eva Brink
Administratör, Hedemora kommun""",
             X("cancel", [P("Lars Greus", None, "Hedemora kommun"), P("Helén Axelsson", None, "Hedemora kommun")], ALL),
             "administrator cancels two colleagues entirely, no substitute; the one who stays is not in people"),

        tg("h080", "2027-04-08T18:12", "Therese Gran", 5551843,
           "hej, det blir tyvärr ingen 3 maj för mig, krockar med fullmäktige. kalle kommer som planerat! /therese",
           X("cancel", [P("Therese Gran", None, None)], [S1]),
           "telegram: sender cancels 3 May; colleague still comes (not in people); no organisation in this message"),

        mail("h081", "2027-04-07T09:03", ("Birgitta Lund", "birgitta.lund@smedjebacken.se"), "Sofie Hammar – februari",
             """Hej!

Sofie Hammar (sofie.hammar@smedjebacken.se) går på föräldraledighet efter nyår, så hon kan inte komma den 22 februari 2028. Den 29 november är hon med.

Hälsningar
Birgitta Lund
Smedjebackens kommun""",
             X("cancel", [P("Sofie Hammar", "sofie.hammar@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "sender withdraws a colleague from one session, she keeps the other -> cancel 22 Feb; 'efter nyår' is no session"),

        mail("h082", "2027-02-24T12:47", ("Karl-Johan Dahlberg", "karl-johan.dahlberg@leksand.se"), "21 september",
             """Hej!

Varken jag eller Malin Hedström kan vara med den 21 september, vi har fått en krock med ett samråd. Stryk oss gärna från den träffen. Oskar kommer ändå, och 3 maj gäller för oss alla tre.

/Karl-Johan""",
             X("cancel", [P("Karl-Johan Dahlberg", "karl-johan.dahlberg@leksand.se", "Leksands kommun"),
                          P("Malin Hedström", None, "Leksands kommun")], [S2]),
             "sender and a colleague both cancel 21 Sep; the third colleague and 3 May stay"),

        mail("h083", "2027-03-31T07:58", ("Åsa Mattsson", "asa.mattsson@malung-salen.se"), "Avanmälan",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab, jag slutar min tjänst i Malung-Sälen i slutet av april. Per-Olof Ljung deltar som planerat. Vi återkommer om någon annan kan ta min plats.

Vänliga hälsningar
Åsa Mattsson""",
             X("cancel", [P("Åsa Mattsson", "asa.mattsson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "sender cancels her whole signup (no session named -> all four); colleague stays; possible future replacement not registered"),

        mail("h084", "2027-03-15T10:10", ("Wiklund Sandra", "sandra.wiklund@borlange.se"), "Fråga om antal deltagare",
             """Hej Linnea,

Vi är redan tre anmälda från Borlänge. Nu undrar en nyanställd kollega om hon kan följa med på en enda träff, den 21 september. Räknas hon in i taket på tre personer per kommun även om hon bara är med en gång? Innan jag anmäler henne vill jag veta hur ni tänker.

Vänliga hälsningar
Sandra Wiklund
Borlänge kommun""",
             X("question", [], []),
             "question about the quota for a fourth colleague on one date; no one registered yet"),

        tg("h085", "2027-02-02T12:05", "Oskar Lindqvist", 5556678,
           "Hej, kan man skicka olika kollegor till olika träffar? t.ex. en person i maj och en annan i september",
           X("question", [], []),
           "telegram question: can different colleagues share a place across sessions"),

        mail("h086", "2027-04-09T11:30", ("Kristina Moberg", "kristina.moberg@orsa.se"), "Vilka är anmälda från Orsa?",
             """Hej Linnea,

Kan du bekräfta vilka som står anmälda från Orsa kommun? Jag har anmält Jenny Wallin och Kalle Frid, men jag vet att någon mer från kommunen kanske har anmält sig direkt till dig. Vi vill inte gå över tre.

Tack!
Kristina Moberg
Enhetschef plan och bygg, Orsa kommun""",
             X("question", [], []),
             "question: who is registered from her municipality; names already-registered colleagues, no request about them"),

        mail("h087", "2026-12-22T10:01", ("Johanna Ersson", "johanna.ersson@rattvik.se"),
             "Automatiskt svar: Bekräftelse: DalaLab",
             """Tack för ditt mejl.

Jag är ledig till och med 3 januari och läser inte min e-post. Vid brådskande ärenden, kontakta min kollega Mikael Spjut, mikael.spjut@rattvik.se, eller växeln 0248-70 000.

Vänliga hälsningar
Johanna Ersson
Rättviks kommun""",
             X("auto_reply", [], []),
             "out-of-office reply to a confirmation; names a colleague and his address, a date and a phone number"),

        mail("h088", "2027-01-11T09:20", ("Microsoft Outlook", "postmaster@hedemora.se"),
             "Olevererbart: Bekräftelse på anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

helen.axelson@hedemora.se
E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: HE1PR07MB3331.eurprd07.prod.outlook.com

helen.axelson@hedemora.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

From: linnea.hassis@regiondalarna.se
To: helen.axelson@hedemora.se
Subject: Bekräftelse på anmälan till DalaLab
Date: Mon, 11 Jan 2027 09:19:44 +0100""",
             X("auto_reply", [], []),
             "non-delivery report for a confirmation sent to a colleague's misspelt address"),

        mail("h089", "2027-03-08T15:22", ("Leila Nasser", "leila.nasser@rattvik.se"), "Radera mina uppgifter",
             """Hej,

Jag blev anmäld till DalaLab av min chef i december, men jag har bytt tjänst och ska inte delta. Ta bort mig helt och radera alla personuppgifter ni har om mig.

Tack
Leila Nasser""",
             X("erasure", [P("Leila Nasser", "leila.nasser@rattvik.se", "Rättviks kommun")], []),
             "erasure from someone registered by her manager; organisation from the domain"),

        mail("h090", "2027-02-16T06:30", ("Hotell Dalecarlia Konferens", "konferens@dalecarliahotell.se"),
             "Planeringsdag för hela arbetsgruppen? Konferenspaket våren 2027",
             """Hej!

Ska ni samla kollegorna för en planeringsdag i vår? Boka vårt heldagspaket för grupper om 5–40 personer: förmiddagsfika, lunch, eftermiddagsfika och konferensrum med teknik från 695 kr per person.

Lediga datum i maj: 3 maj, 10 maj och 17 maj. Anmäl er grupp senast 15 april så bjuder vi på mingel efteråt.

Välkomna!
Hotell Dalecarlia Konferens
Tel 0247-155 00

Vill du inte ha fler utskick? Avregistrera dig här: https://dalecarliahotell.se/avregistrera""",
             X("unknown", [], []),
             "hotel marketing for group conference days; '3 maj' and 'anmäl er grupp' are not a signup"),
    ]
