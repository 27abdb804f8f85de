from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# Theme: mail about more than one person (batch 26, ids ab046-ab090).

B046 = """Hej Linnea!

Vi är tre från Borlänge som vill vara med i hela DalaLab-serien: jag själv, Maja Öberg och Dennis Kallio. Alla tre sitter på planavdelningen och jobbar med den nya översiktsplanen.

Maja och Dennis står inte på kopia eftersom jag skickar från mobilen, men deras adresser följer vårt vanliga mönster fornamn.efternamn@borlange.se (utan prickar, alltså maja.oberg@borlange.se och dennis.kallio@borlange.se).

Hälsningar
Karl-Erik Dahlström
Planarkitekt
Borlänge kommun, Samhällsbyggnadsförvaltningen
Röda vägen 50, 781 81 Borlänge
Tfn 0243-74 000 | Telefontid tis–tors 9–11
"""

B047 = """Hej,

Jag är assistent till Stefan Mårtensson, stadsbyggnadschef här i Mora, och skriver för hans räkning.

Stefan vill gärna delta i DalaLab, men kalendern tillåter bara två av träffarna: den 3/5 och den 22/2. Själv ska jag inte delta.
Bekräftelse och eventuellt material kan skickas direkt till honom: stefan.martensson@mora.se

Tack på förhand!

Med vänliga hälsningar
Anette Rask
Ledningsassistent, Samhällsbyggnadsförvaltningen
Mora kommun
Tfn 0250-260 00
Kontoret är stängt 24/12–6/1
"""

B048 = """Hej Linnea,

Här kommer Falu kommuns anmälan till DalaLab. Vi har delat upp träffarna mellan oss så här:

Namn                       | E-post                   | Träffar       | Kost
---------------------------+--------------------------+---------------+------------
Westin, Agneta (undert.)   | agneta.westin@falun.se   | alla fyra     | -
Rahimi, Farid              | farid.rahimi@falun.se    | 3/5, 21/9     | vegetarisk
Lööf, Tove                 | tove.loof@falun.se       | 29/11         | glutenfri

Säg till om något saknas. Vi är alltså tre, så vi borde hålla oss inom ramen.

Vänliga hälsningar
Agneta Westin
Översiktsplanerare
Falu kommun
Stadsbyggnadsförvaltningen | 023-830 00
"""

B049 = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag vill anm&auml;la tv&aring; medarbetare fr&aring;n enheten f&ouml;r samh&auml;llsplanering till h&ouml;stens tv&aring; tr&auml;ffar (21 september och 29 november). Sj&auml;lv har jag tyv&auml;rr ledningsgrupp b&aring;da dagarna, s&aring; jag st&aring;r &ouml;ver den h&auml;r g&aring;ngen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>Roll</th><th>E-post</th></tr>
<tr><td>Sebastian Holmgren</td><td>Regional planerare</td><td>sebastian.holmgren@regiondalarna.se</td></tr>
<tr><td>Paula Engstr&ouml;m</td><td>Trafikstrateg</td><td>paula.engstrom@regiondalarna.se</td></tr>
</table>
<p>Vi ses s&auml;kert i korridoren &auml;nd&aring;!</p>
<p>H&auml;lsningar<br>
<b>Lena Granath</b><br>Enhetschef Samh&auml;llsplanering<br>Region Dalarna<br>Box 712, 791 29 Falun<br>Tfn 023-49 00 00</p>
</body></html>"""

B050 = """Hej!

Vi är två som samverkar kring den regionala vindkrafts- och ÖP-frågan och vill gärna gå tillsammans:

- jag själv, Ingela Rönnqvist, Länsstyrelsen Dalarna
- Oskar Hed, planarkitekt på Rättviks kommun, oskar.hed@rattvik.se

Vi vill båda komma på träffarna den 21 september och den 29 november. Oskar har bett mig skicka in för oss båda, så han skriver inte separat.

Med vänlig hälsning
Ingela Rönnqvist
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00
"""

B051 = """Hej,

En fråga innan vi skickar in något: vi är fyra i Avesta som är intresserade av DalaLab, varav en arbetar på det kommunala bostadsbolaget men sitter med i översiktsplanegruppen. Räknas hon in i taket på tre personer per kommun, eller kan vi anmäla alla fyra?

Vi vill gärna veta före den 1 mars när vi har planeringsmöte.

Mvh
Roger Wennberg
Planchef, Avesta kommun
0226-64 50 00
"""

B052 = """Hej Linnea

Vi från Hedemora anmäler oss till alla träffarna:

1. Camilla Norling, camilla.norling@hedemora.se
2. Patrik Sundin, patrik.sundin@hedemora.se
3. Lovisa Hedberg, lovisa.hedberg@hedemora.se

Jag vet att det är max tre per kommun, men vi vill gärna sätta upp Sven-Åke Berglund (sven-ake.berglund@hedemora.se) som reserv om någon plats blir ledig eller om någon av oss får förhinder.

Hälsningar
Camilla Norling
Samhällsplanerare
Hedemora kommun
"""

B053 = """Hej!

En ändring för Leksand: Anna Skog kan inte gå på träffen den 21 september (krock med en samrådsträff). I stället går Per Nyström, per.nystrom@leksand.se, den dagen.

Anna är kvar på övriga träffar som tidigare.

Hälsningar
Gunilla Brandt
Planchef
Leksands kommun
Tfn 0247-800 00
"""

B054 = """Hej Linnea,

Av oss fyra från Säter som anmäldes i januari måste Kim Lundh och Amanda Berggren tyvärr utgå helt – Kim har fått ny tjänst i Gävle och Amanda går på föräldraledighet i april. Jag och Rolf är kvar som planerat.

Tack och förlåt för krånglet!

Mvh
Jessica Ahl
Säters kommun
Bygg- och miljöförvaltningen
"""

B055 = """Hej Linnea,

Anmäl gärna Tilda enligt nedan. Jag hänger själv med på första träffen i Falun, men inte på de andra.

/Maria

Maria Kullander
Enhetschef Plan och bygg
Gagnefs kommun

-----Ursprungligt meddelande-----
Från: Tilda Ersson <tilda.ersson@gagnef.se>
Skickat: den 14 januari 2027 08:52
Till: Maria Kullander <maria.kullander@gagnef.se>
Ämne: DalaLab

Hej Maria!

Jag skulle gärna vilja gå på DalaLab. Allra mest intresserad är jag av första träffen (3 maj) och den i november om önskvärda framtider och osäkerheter. September krockar med vår egen workshop den 20–22 september och februari vet jag inte än.

Går det bra att du anmäler mig?

Tilda
"""

B056 = """Hej,

Samhällsbyggnadsförvaltningen i Vansbro anmäler härmed Hans-Olov Persson, översiktsplanerare, till DalaLab – Planering för hållbarhet och utvecklingskraft. Han deltar på samtliga träffar.

Hans-Olov nås enklast via denna funktionsbrevlåda eller på telefon 0281-750 00.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Vansbro kommun
Dnr SBF 2027/0042
"""

B057 = """hej! anmäler mig o min kollega Jonna Wik, vi e båda från Orsa kommun. 3 maj och 21 sept för oss båda 👍"""

B058 = """hej linnea, jag anmälde mig och Kent Blom från Smedjebacken i december. Kent har slutat hos oss så han kommer inte alls. jag kommer som planerat /Elin"""

B059 = """Hi Linnea,

Please register me and my colleague Dr. Anja Keller (anja.keller@regiondalarna.se) for sessions 2 and 4, i.e. 21 September 2027 and 22 February 2028. Anja joined our unit in January from Freiburg and is very keen on the accessibility theme.

We will both attend in person. No dietary requirements.

Best regards,
David Okonkwo
Senior analyst, Regional development
Region Dalarna
+46 23 49 00 00
"""

B060 = """Hej!

Kompletterar vår anmälan från Ludvika med specialkost (det var inget fält för det i förra mejlet):

Ulla Sand – laktosfri
Bertil Holm – vegetarisk

Övriga i gruppen, inklusive jag, äter allt.

Tack!
Marie Hellström
Ludvika kommun
Stadsbyggnad | 0240-860 00
"""

B061 = """Hej Linnea,

Jag vill anmäla kommundirektören Eva Tallberg och mig själv till vårträffen den 3 maj i Falun. Jag är hennes sekreterare men arbetar också med kommunens planeringsstrategi, så jag följer med.

Eva använder inte sin e-post så mycket, så skicka gärna allt till mig.

Vänliga hälsningar
Siv Olander
Kommunsekreterare
Älvdalens kommun
0251-310 00
"""

B062 = """Hej,

Jag vill anmäla två av mina kollegor från Malung-Sälens kommun:

- ronja persson, ronja.persson@malung-salen.se
- erik ivarsson-frost, erik.ivarsson-frost@malung-salen.se

De vill komma på alla träffar utom novemberträffen. Själv är jag föräldraledig från april så jag anmäler inte mig.

Mvh Frida Lind
Malung-Sälens kommun
"""

B063 = """Hej Linnea!

Vi är tre anmälda från Rättvik. Min fråga: får vi skicka olika personer till olika träffar, dvs. att någon annan från planavdelningen går den 29 november om en av oss inte kan? Räknas det då som en fjärde plats?

Mvh
Hampus Gref
Rättviks kommun
"""

B064 = """Hej!

Jag vill anmäla tre personer till träffen om att planera för önskvärda framtider och osäkerheter:

* mig själv (Borlänge kommun)
* Nina Falk, som jobbar på regionens kollektivtrafikförvaltning
* Jesper Ahl, konsult på Ramboll som vi anlitat för strategiarbetet, jesper.ahl@ramboll.se

Vi kör en gemensam workshop dagen efter och vill gärna ha samma underlag.

Med vänliga hälsningar
Veronica Lund
Strategisk planerare
Borlänge kommun
"""

B065 = """Hej,

Jag har själv redan anmält mig separat via ditt tidigare mejl. Nu vill även två kollegor här i Rättvik gå på samma träffar som jag, dvs. 3 maj och 22 februari:

Anneli Sjögren, anneli.sjogren@rattvik.se
Thomas Ek, thomas.ek@rattvik.se

Thomas är glutenintolerant.

Hälsningar
Märta Fors
Rättviks kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 10:15
Till: Fors Märta <marta.fors@rattvik.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab! Träffarna äger rum 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Anmälan senast 14 april 2027. Varje kommun kan delta med upp till tre personer.
"""

B066 = """Tack för ditt mejl.

Jag är ledig till och med den 10 januari och läser inte e-post under tiden. Frågor om Borlänges anmälan till DalaLab kan ställas till Maja Öberg, maja.oberg@borlange.se.

Karl-Erik Dahlström
Borlänge kommun
"""

B067 = """Hej,

HR-avdelningen anmäler härmed vår nyanställda översiktsplanerare Zeynep Arslan till DalaLab. Zeynep börjar hos oss den 1 mars och hennes e-postadress blir zeynep.arslan@avesta.se. Hon ska gå på samtliga fyra träffar enligt överenskommelse med planchefen.

Vänliga hälsningar
HR-avdelningen
Avesta kommun
Tfn 0226-64 50 00
"""

B068 = """hej! kan ni byta så att Lisa Håkansson går istället för mig den 29/11? hennes mail e lisa.hakansson@gagnef.se. /Ola, Gagnefs kommun"""

B069 = """Hej,

Gunnar Wass, samhällsbyggnadschef, har fått förhinder den 3 maj och den 21 september (budgetdagar och nämndsammanträde). Han kommer som planerat på de två övriga träffarna.

Med vänlig hälsning
Lisbeth Moen
Administratör
Orsa kommun, Samhällsbyggnad
"""

B070 = """Hej Linnea,

Tack för bekräftelsen! Kan jag också anmäla min kollega Viktor Strand (viktor.strand@ludvika.se) till samma träffar som jag? Han har precis börjat som planerare hos oss.

/Simon

Den 18 jan. 2027 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Simon,
> Du är anmäld till DalaLab:
> - 21 september 2027
> - 22 februari 2028
> Välkommen!
> Linnea Hassis, Region Dalarna
"""

B071 = """Hej!

Skriver från privata mejlen då jobbets Outlook ligger nere sedan i morse. Jag och min kollega Petra Wahlund från Säters kommun vill anmäla oss till 21/9 och 29/11.

Petra är vegan. Hennes jobbadress är petra.wahlund@sater.se.

/Jonas Kärnström, Säters kommun
"""

B072 = """Hej igen,

Vi är anmälda tre från Falun till 3 maj. Nu vill även Hugo Rask och jag gå på 21/9, så lägg gärna till den för oss två. Sanna stannar på bara majträffen.

Tack!
Elias Brorsson
Falu kommun
"""

B073 = """Hej,

Jag vill att ni raderar mina uppgifter från DalaLab-anmälan, och även Lennart Bodins – han har slutat hos oss och vi deltar inte längre från vår enhet.

Mvh
Åsa Lindkvist
Orsa kommun
"""

B074 = """<html><body>
<h1>Planeringsdagarna 2027 – ta med hela teamet!</h1>
<p>Anm&auml;l 3 personer eller fler fr&aring;n samma kommun f&ouml;r endast 4 990 kr/person. Early bird t.o.m. 31 mars.</p>
<p>Teman: &ouml;versiktsplanering, h&aring;llbarhet, tillg&auml;nglighet och utvecklingskraft. Stockholm 21–22 september 2027.</p>
<p><a href="https://planeringsdagarna.example/anmalan">Anm&auml;l ditt team h&auml;r</a></p>
<p style="font-size:9pt">Du f&aring;r detta mejl eftersom du prenumererar p&aring; v&aring;rt nyhetsbrev. <a href="https://planeringsdagarna.example/avregistrera">Avregistrera</a></p>
</body></html>"""

B075 = """Hej,

Vi delar planavdelning mellan Smedjebacken och Ludvika och vill anmäla oss tre till de två höstträffarna (21 sept och 29 nov):

- Ahmad Nouri (jag), Smedjebackens kommun
- Ronny Hallberg, Smedjebackens kommun
- Ida Grön, Ludvika kommun, ida.gron@ludvika.se

Hälsningar
Ahmad Nouri
Planarkitekt
Smedjebackens kommun
"""

B076 = """Hej!

Vi har anmält tre personer från Mora. Om någon av dem slutar under hösten – kan vi då byta ut personen senare, eller måste alla namn vara klara till den 14 april?

Tack för svar.

Karl Hedlund
Mora kommun
"""

B077 = """Hej Linnea,

Se nedan. Bosse tar alltså Karins plats på alla fyra träffarna. Hans adress är bo.lindqvist@alvdalen.se.

Hälsningar
Tor Eriksson
Avdelningschef Samhällsbyggnad
Älvdalens kommun

________________________________
Från: Karin Sahlin <karin.sahlin@alvdalen.se>
Skickat: den 2 februari 2027 16:40
Till: Tor Eriksson <tor.eriksson@alvdalen.se>
Kopia: Bo Lindqvist <bo.lindqvist@alvdalen.se>
Ämne: DalaLab

Hej Tor,
Som vi pratade om idag måste jag lämna min plats i DalaLab. Bosse har sagt att han gärna går i stället. Kan du meddela Region Dalarna?
/Karin
"""

B078 = """hi! registering myself and two colleagues from Falun: Sam Okafor and Elin Rydberg. all sessions except february please. Elin is vegan, Sam and I eat everything"""

B079 = """Hej Linnea,

Som samordnare för Västerdalarnas planeringsnätverk skickar jag in anmälningar för tre av kommunerna i nätverket. De vill alla gå på de tre första träffarna:

Vansbro: Hans Nyman, hans.nyman@vansbro.se
Malung-Sälen: Therese Backman, therese.backman@malung-salen.se
Älvdalen: Jon Elfström, jon.elfstrom@alvdalen.se

Själv ingår jag i arrangörsgruppen och behöver ingen egen plats.

Hälsningar
Karin Söderholm
Region Dalarna, Regional utveckling
"""

B080 = """Hej,

Ingen av oss tre från Hedemora – Annika Berg, Jonas Grahn och jag – kan komma den 29 november eftersom vi har kommunfullmäktige samma dag. Övriga datum gäller.

Mvh
Lars-Göran Stål
Hedemora kommun
"""

B081 = """Hej!

Både jag och Sofie Lindmark vill byta från 21 september till 22 februari, om det finns plats.

Hälsningar
Axel Borg
Borlänge kommun
"""

B082 = """Hej Linnea,

Jag avanmälde mig i januari, men nu har det löst sig med bemanningen – kan du anmäla mig igen till alla träffar? Och lägg gärna till min kollega Moa Kvist, moa.kvist@gagnef.se, hon vill också gå på samtliga.

Tack!
Nora Heljestrand
Gagnefs kommun
"""

B083 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">H&auml;r kommer Leksands anm&auml;lan till samtliga fyra tr&auml;ffar. Tabellen visar vilka som deltar.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>Namn</b></td><td><b>Titel</b></td><td><b>E-post</b></td><td><b>Deltar</b></td></tr>
<tr><td>Emma Jernberg</td><td>&Ouml;versiktsplanerare</td><td>emma.jernberg@leksand.se</td><td>Ja</td></tr>
<tr><td>Olof Backlund</td><td>GIS-ingenj&ouml;r</td><td>olof.backlund@leksand.se</td><td>Ja</td></tr>
<tr><td>Karin Moberg</td><td>Planchef</td><td>karin.moberg@leksand.se</td><td>Nej &ndash; vill bara ha materialet</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar<br>Karin Moberg<br>Planchef, Leksands kommun<br>0247-800 00</p>
</div></body></html>"""

B084 = """hur många får vi vara från rättvik? vi e 4 som vill gå"""

B085 = """Hej,

Skickar för Nils och Saras räkning – de vill båda gå på första träffen den 3/5. Jag klistrar in dem som de står i adressboken:

Hållén Nils <nils.hallen@sater.se>; Vikström Sara <sara.vikstrom@sater.se>

Vänliga hälsningar
Birgitta Olsson
Förvaltningssekreterare
Säters kommun
"""

B086 = """Hej,

Jenny Mård, som är anmäld till DalaLab från Mora, har bytt efternamn och heter numera Jenny Eld. Hennes nya adress är jenny.eld@mora.se. Den gamla slutar fungera i slutet av februari.

Mvh
Petter Nord
Mora kommun
"""

B087 = """Hej,

Kommunstyrelsens förvaltning meddelar att Bengt Ohlsson har avslutat sin anställning i Älvdalens kommun och därför inte kommer att delta i DalaLab.

Med vänlig hälsning
Registrator
Kommunstyrelsens förvaltning
Älvdalens kommun
"""

B088 = """Hej Linnea!

Anmäl mig och kollegan Hampus Ståhl till höstens träff, tack! Vi hinner inte med fler än en i år.

Mvh
Kristoffer Sandin
Ludvika kommun
"""

B089 = """anmäl mig + chefen Rebecka Ahlgren till tillgänglighetsträffen. vi e båda från avesta. jag är vegetarian"""

B090 = """Hej Linnea,

Jag vill anmäla Lotta Rask, lotta.rask@vansbro.se, till alla fyra träffarna. Om min egen del återkommer jag när budgeten för nästa år är klar i maj – räkna inte med mig än.

Hälsningar
Cecilia Vinberg
Enhetschef, Vansbro kommun
"""


def messages():
    return [
        mail("ab046", "2026-12-09T08:41", ("Karl-Erik Dahlström", "karl-erik.dahlstrom@borlange.se"),
             "Anmälan DalaLab – Borlänge (3 personer)", B046,
             X("register", [P("Karl-Erik Dahlström", "karl-erik.dahlstrom@borlange.se", "Borlänge kommun"),
                            P("Maja Öberg", "maja.oberg@borlange.se", "Borlänge kommun"),
                            P("Dennis Kallio", "dennis.kallio@borlange.se", "Borlänge kommun")], ALL),
             "sender + two colleagues; addresses from the stated pattern written out; 'hela serien' = all; phone hours"),
        mail("ab047", "2026-12-11T13:05", ("Anette Rask", "anette.rask@mora.se"), "Anmälan DalaLab – Stefan Mårtensson",
             B047,
             X("register", [P("Stefan Mårtensson", "stefan.martensson@mora.se", "Mora kommun")], [S1, S4]),
             "assistant writes for her manager, does not attend; his address in text; 3/5 + 22/2; closed 24/12–6/1"),
        mail("ab048", "2026-12-15T10:22", ("Westin Agneta", "agneta.westin@falun.se"), "DalaLab – anmälan Falu kommun",
             B048,
             X("register", [P("Agneta Westin", "agneta.westin@falun.se", "Falu kommun"),
                            P("Farid Rahimi", "farid.rahimi@falun.se", "Falu kommun", diet="vegetarisk"),
                            P("Tove Lööf", "tove.loof@falun.se", "Falu kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "plain-text table 'Efternamn, Förnamn'; per-person sessions (union = all) and per-person diets; sender marked (undert.)"),
        mail("ab049", "2026-12-17T15:48", ("Lena Granath", "lena.granath@regiondalarna.se"),
             "Anmälan till DalaLab", B049,
             X("register", [P("Sebastian Holmgren", "sebastian.holmgren@regiondalarna.se", "Region Dalarna"),
                            P("Paula Engström", "paula.engstrom@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HTML-only table; manager registers two staff, not herself ('står över'); höstens två = 21/9 + 29/11",
             html=True),
        mail("ab050", "2026-12-18T09:30", ("Ingela Rönnqvist", "ingela.ronnqvist@lansstyrelsen.se"),
             "Anmälan DalaLab, Lst + Rättvik", B050,
             X("register", [P("Ingela Rönnqvist", "ingela.ronnqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Oskar Hed", "oskar.hed@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "two organisations in one mail (Länsstyrelsen sender + Rättvik colleague with address)"),
        mail("ab051", "2027-01-08T11:14", ("Roger Wennberg", "roger.wennberg@avesta.se"), "Fråga om antal platser",
             B051, X("question"),
             "quota question before signing up (four people, one from municipal housing company); '1 mars' deadline of their own"),
        mail("ab052", "2027-01-11T14:37", ("Camilla Norling", "camilla.norling@hedemora.se"),
             "Anmälan Hedemora + reserv", B052,
             X("register", [P("Camilla Norling", "camilla.norling@hedemora.se", "Hedemora kommun"),
                            P("Patrik Sundin", "patrik.sundin@hedemora.se", "Hedemora kommun"),
                            P("Lovisa Hedberg", "lovisa.hedberg@hedemora.se", "Hedemora kommun"),
                            P("Sven-Åke Berglund", "sven-ake.berglund@hedemora.se", "Hedemora kommun")], ALL),
             "numbered list of three + a fourth as reserve (a reserve is a person); quota mentioned"),
        mail("ab053", "2027-03-02T10:03", ("Gunilla Brandt", "gunilla.brandt@leksand.se"), "Ändring Leksand 21/9",
             B053,
             X("change", [P("Anna Skog", None, "Leksands kommun"),
                          P("Per Nyström", "per.nystrom@leksand.se", "Leksands kommun")], [S2]),
             "substitution for one session only: Per takes 21/9 in Anna's place; sender (planchef) not in people"),
        mail("ab054", "2027-02-16T16:20", ("Jessica Ahl", "jessica.ahl@sater.se"), "Två avanmälningar från Säter",
             B054,
             X("cancel", [P("Kim Lundh", None, "Säters kommun"), P("Amanda Berggren", None, "Säters kommun")], ALL),
             "withdraws two of a group of four, no substitute; 'utgå helt' = all; sender and Rolf stay (not in people); 'Gävle' is Kim's new job"),
        mail("ab055", "2027-01-14T13:10", ("Maria Kullander", "maria.kullander@gagnef.se"), "VB: DalaLab", B055,
             X("register", [P("Tilda Ersson", "tilda.ersson@gagnef.se", "Gagnefs kommun"),
                            P("Maria Kullander", "maria.kullander@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "forwarded internal mail: Tilda's sessions (3 maj + November theme) only in the forward; manager adds herself for first session; '20–22 september' workshop is not a session"),
        mail("ab056", "2027-01-19T09:55", ("Samhällsbyggnad Vansbro", "samhallsbyggnad@vansbro.se"),
             "Anmälan DalaLab", B056,
             X("register", [P("Hans-Olov Persson", None, "Vansbro kommun")], ALL),
             "function mailbox registers a named person; no personal address; dnr number"),
        tg("ab057", "2027-01-21T19:42", "Mattias Israelsson", 70211, B057,
           X("register", [P("Mattias Israelsson", None, "Orsa kommun"), P("Jonna Wik", None, "Orsa kommun")], [S1, S2]),
           "telegram: sender + colleague, 'o', 'e', emoji"),
        tg("ab058", "2027-02-03T07:58", "Elin Sjödin", 70488, B058,
           X("cancel", [P("Kent Blom", None, "Smedjebackens kommun")], ALL),
           "telegram: colleague withdrawn entirely, sender stays; 'i december' is not a session"),
        mail("ab059", "2027-02-04T10:45", ("David Okonkwo", "david.okonkwo@regiondalarna.se"),
             "Registration DalaLab – two participants", B059,
             X("register", [P("David Okonkwo", "david.okonkwo@regiondalarna.se", "Region Dalarna"),
                            P("Anja Keller", "anja.keller@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "English; 'Dr.' title before colleague's name; sessions 2 and 4 by number and date; 'Freiburg' noise"),
        mail("ab060", "2027-01-26T11:31", ("Marie Hellström", "marie.hellstrom@ludvika.se"), "Specialkost – Ludvika",
             B060,
             X("change", [P("Ulla Sand", None, "Ludvika kommun", diet="laktosfri"),
                          P("Bertil Holm", None, "Ludvika kommun", diet="vegetarisk")], [], diet="laktosfri, vegetarisk"),
             "diet update for two colleagues, no session named -> change []; sender eats everything (not in people)"),
        mail("ab061", "2027-02-08T14:12", ("Siv Olander", "siv.olander@alvdalen.se"), "Anmälan vårträffen", B061,
             X("register", [P("Eva Tallberg", None, "Älvdalens kommun"),
                            P("Siv Olander", "siv.olander@alvdalen.se", "Älvdalens kommun")], [S1]),
             "secretary registers her boss AND herself; boss has no address (send to secretary)"),
        mail("ab062", "2027-02-10T08:27", ("Frida Lind", "frida.lind@malung-salen.se"), "anmälan DalaLab", B062,
             X("register", [P("Ronja Persson", "ronja.persson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Erik Ivarsson-Frost", "erik.ivarsson-frost@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S4]),
             "lower-case names in a list; 'alla utom novemberträffen'; sender not attending (parental leave from April)"),
        mail("ab063", "2027-02-12T15:02", ("Hampus Gref", "hampus.gref@rattvik.se"), "Fråga om platserna", B063,
             X("question"),
             "quota/rotation question that names 29 November; no signup"),
        mail("ab064", "2027-02-15T10:18", ("Veronica Lund", "veronica.lund@borlange.se"),
             "Anmälan till träffen om framtider och osäkerheter", B064,
             X("register", [P("Veronica Lund", "veronica.lund@borlange.se", "Borlänge kommun"),
                            P("Nina Falk", None, "Region Dalarna"),
                            P("Jesper Ahl", "jesper.ahl@ramboll.se", None)], [S3]),
             "three people, three organisations: sender (Borlänge), 'regionens' (Region Dalarna, no address), consultant (None); session by theme; 'dagen efter' workshop"),
        mail("ab065", "2026-12-21T09:07", ("Fors Märta", "marta.fors@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", B065,
             X("register", [P("Anneli Sjögren", "anneli.sjogren@rattvik.se", "Rättviks kommun"),
                            P("Thomas Ek", "thomas.ek@rattvik.se", "Rättviks kommun", diet="glutenintolerant")],
               [S1, S4], diet="glutenintolerant"),
             "sender already registered separately (not in people); 'samma träffar som jag, dvs. 3 maj och 22 februari'; quoted invitation lists all dates; surname Ek"),
        mail("ab066", "2026-12-28T06:00", ("Karl-Erik Dahlström", "karl-erik.dahlstrom@borlange.se"),
             "Automatiskt svar: Bekräftelse: anmälan DalaLab – Borlänge (3 personer)", B066,
             X("auto_reply"),
             "out-of-office naming a colleague and her address; no headers; not a signup"),
        mail("ab067", "2027-02-17T13:40", ("HR Avesta kommun", "hr@avesta.se"), "Anmälan DalaLab – nyanställd",
             B067,
             X("register", [P("Zeynep Arslan", "zeynep.arslan@avesta.se", "Avesta kommun")], ALL),
             "HR function mailbox registers a new hire; future address given in text; '1 mars' start date is not a session"),
        tg("ab068", "2027-02-19T21:15", "Ola Sundberg", 70932, B068,
           X("change", [P("Ola Sundberg", None, "Gagnefs kommun"),
                        P("Lisa Håkansson", "lisa.hakansson@gagnef.se", "Gagnefs kommun")], [S3]),
           "telegram substitution: sender out, Lisa in for 29/11; both people"),
        mail("ab069", "2027-02-22T08:50", ("Lisbeth Moen", "lisbeth.moen@orsa.se"), "Gunnar Wass – DalaLab", B069,
             X("cancel", [P("Gunnar Wass", None, "Orsa kommun")], [S1, S2]),
             "administrator withdraws her manager from two sessions, rest stands -> cancel of those two; sender not in people"),
        mail("ab070", "2027-01-19T08:33", ("Simon Eklund", "simon.eklund@ludvika.se"), "Re: Bekräftelse DalaLab",
             B070,
             X("register", [P("Viktor Strand", "viktor.strand@ludvika.se", "Ludvika kommun")], [S2, S4]),
             "adds a colleague to 'samma träffar som jag' - sessions only in the quoted confirmation; sender already registered"),
        mail("ab071", "2027-02-24T09:12", ("Jonas Kärnström", "jonas.karnstrom72@gmail.com"), "DalaLab anmälan",
             B071,
             X("register", [P("Jonas Kärnström", "jonas.karnstrom72@gmail.com", "Säters kommun"),
                            P("Petra Wahlund", "petra.wahlund@sater.se", "Säters kommun", diet="vegan")],
               [S2, S3], diet="vegan"),
             "private gmail sender, organisation from text; colleague's work address; per-person diet"),
        mail("ab072", "2027-03-01T14:25", ("Elias Brorsson", "elias.brorsson@falun.se"), "Lägga till 21/9", B072,
             X("change", [P("Elias Brorsson", "elias.brorsson@falun.se", "Falu kommun"),
                          P("Hugo Rask", None, "Falu kommun")], [S1, S2]),
             "two of three registered for 3 May add 21/9 -> change, sessions after change; Sanna unchanged (not in people)"),
        mail("ab073", "2027-03-03T10:40", ("Åsa Lindkvist", "asa.lindkvist@orsa.se"), "Radera uppgifter", B073,
             X("erasure", [P("Åsa Lindkvist", "asa.lindkvist@orsa.se", "Orsa kommun"),
                           P("Lennart Bodin", None, "Orsa kommun")]),
             "erasure for the sender and a colleague who left ('Lennart Bodins' genitive)"),
        mail("ab074", "2027-03-04T07:00", ("Planeringsdagarna", "info@planeringsdagarna.example"),
             "Ta med hela teamet – grupprabatt för kommuner", B074,
             X("unknown"),
             "HTML newsletter/ad for another conference; group price for 3 per municipality, '21–22 september'"),
        mail("ab075", "2027-03-05T11:11", ("Ahmad Nouri", "ahmad.nouri@smedjebacken.se"),
             "Anmälan Smedjebacken/Ludvika", B075,
             X("register", [P("Ahmad Nouri", "ahmad.nouri@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ronny Hallberg", None, "Smedjebackens kommun"),
                            P("Ida Grön", "ida.gron@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "shared planning department, two municipalities; '(jag)' in list; höstträffarna"),
        mail("ab076", "2027-03-08T13:30", ("Karl Hedlund", "karl.hedlund@mora.se"), "Byta deltagare senare?", B076,
             X("question"),
             "question on substituting later; mentions the 14 April deadline; no signup"),
        mail("ab077", "2027-02-03T08:15", ("Tor Eriksson", "tor.eriksson@alvdalen.se"), "VB: DalaLab", B077,
             X("change", [P("Karin Sahlin", "karin.sahlin@alvdalen.se", "Älvdalens kommun"),
                          P("Bo Lindqvist", "bo.lindqvist@alvdalen.se", "Älvdalens kommun")], ALL),
             "forwarded chain: substitution Karin -> 'Bosse' (Bo Lindqvist, full name in Kopia header); all four; sender not in people"),
        tg("ab078", "2027-03-09T18:04", "Jonas Petrén", 71377, B078,
           X("register", [P("Jonas Petrén", None, "Falu kommun"), P("Sam Okafor", None, "Falu kommun"),
                          P("Elin Rydberg", None, "Falu kommun", diet="vegan")], [S1, S2, S3], diet="vegan"),
           "English telegram, three people, 'all except february', diet only for one colleague"),
        mail("ab079", "2027-03-10T09:20", ("Karin Söderholm", "karin.soderholm@regiondalarna.se"),
             "Anmälningar från Västerdalarnas planeringsnätverk", B079,
             X("register", [P("Hans Nyman", "hans.nyman@vansbro.se", "Vansbro kommun"),
                            P("Therese Backman", "therese.backman@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jon Elfström", "jon.elfstrom@alvdalen.se", "Älvdalens kommun")], [S1, S2, S3]),
             "Region Dalarna coordinator registers three people from three municipalities; she needs no place; 'de tre första'"),
        mail("ab080", "2027-03-12T15:45", ("Lars-Göran Stål", "lars-goran.stal@hedemora.se"), "29 november", B080,
             X("cancel", [P("Annika Berg", None, "Hedemora kommun"), P("Jonas Grahn", None, "Hedemora kommun"),
                          P("Lars-Göran Stål", "lars-goran.stal@hedemora.se", "Hedemora kommun")], [S3]),
             "partial withdrawal for a group of three including sender; 'övriga datum gäller'"),
        mail("ab081", "2027-03-15T10:05", ("Axel Borg", "axel.borg@borlange.se"), "Byte av träff", B081,
             X("change", [P("Axel Borg", "axel.borg@borlange.se", "Borlänge kommun"),
                          P("Sofie Lindmark", None, "Borlänge kommun")], [S4]),
             "bare swap for two people -> only the new session"),
        mail("ab082", "2027-03-17T12:48", ("Nora Heljestrand", "nora.heljestrand@gagnef.se"), "Anmäl mig igen",
             B082,
             X("register", [P("Nora Heljestrand", "nora.heljestrand@gagnef.se", "Gagnefs kommun"),
                            P("Moa Kvist", "moa.kvist@gagnef.se", "Gagnefs kommun")], ALL),
             "re-registration after an earlier cancellation + a colleague; 'i januari' is the old cancellation"),
        mail("ab083", "2027-03-18T14:22", ("Moberg Karin", "karin.moberg@leksand.se"), "Anmälan Leksand", B083,
             X("register", [P("Emma Jernberg", "emma.jernberg@leksand.se", "Leksands kommun"),
                            P("Olof Backlund", "olof.backlund@leksand.se", "Leksands kommun")], ALL),
             "HTML-only Outlook table with a 'Deltar' column: the sender's own row says Nej -> only two people",
             html=True),
        tg("ab084", "2027-03-19T20:30", "Fia Nises", 71802, B084,
           X("question"),
           "telegram quota question, no signup"),
        mail("ab085", "2027-03-22T09:36", ("Birgitta Olsson", "birgitta.olsson@sater.se"), "DalaLab 3/5", B085,
             X("register", [P("Nils Hållén", "nils.hallen@sater.se", "Säters kommun"),
                            P("Sara Vikström", "sara.vikstrom@sater.se", "Säters kommun")], [S1]),
             "secretary pastes Outlook 'Efternamn Förnamn <addr>' (no comma); she does not attend"),
        mail("ab086", "2027-02-11T11:00", ("Petter Nord", "petter.nord@mora.se"), "Namnbyte deltagare", B086,
             X("change", [P("Jenny Eld", "jenny.eld@mora.se", "Mora kommun")], []),
             "colleague's name and address change, no session -> change []; old name must not be a second person; 'slutet av februari'"),
        mail("ab087", "2027-03-24T08:05", ("Registrator Älvdalens kommun", "registrator@alvdalen.se"),
             "Avanmälan DalaLab", B087,
             X("cancel", [P("Bengt Ohlsson", None, "Älvdalens kommun")], ALL),
             "function mailbox withdraws a named person who left; no session -> all four"),
        mail("ab088", "2027-03-26T16:02", ("Kristoffer Sandin", "kristoffer.sandin@ludvika.se"), "Anmälan", B088,
             X("register", [P("Kristoffer Sandin", "kristoffer.sandin@ludvika.se", "Ludvika kommun"),
                            P("Hampus Ståhl", None, "Ludvika kommun")], [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular with two autumn sessions -> both, unsure; 'fler än en'"),
        tg("ab089", "2027-04-01T12:12", "Tobias Nilsson", 72044, B089,
           X("register", [P("Tobias Nilsson", None, "Avesta kommun", diet="vegetarian"),
                          P("Rebecka Ahlgren", None, "Avesta kommun")], [S4], diet="vegetarian"),
           "telegram: sender + manager, session by theme (tillgänglighet = 22 Feb 2028); diet for sender only"),
        mail("ab090", "2027-04-06T10:30", ("Cecilia Vinberg", "cecilia.vinberg@vansbro.se"), "Anmälan Lotta Rask",
             B090,
             X("register", [P("Lotta Rask", "lotta.rask@vansbro.se", "Vansbro kommun")], ALL),
             "manager registers a colleague and explicitly not herself yet ('räkna inte med mig än'); 'maj' budget is not a session"),
    ]
