"""Batch 13, writer 'office': municipal office mail (Outlook signatures, disclaimers, internal forwards), m046-m090."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV_TITLE = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"

INV_BODY = """Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Under fyra träffar arbetar vi med strategisk översiktsplanering och planeringsstrategier, tillsammans med Boverket och forskare.

Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering

Träff 2: tisdag 21 september 2027
Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?

Träff 3: måndag 29 november 2027
Att planera både för önskvärda framtider och för osäkerheter

Träff 4: tisdag 22 februari 2028
Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på detta mejl senast onsdag 14 april 2027. Ange om du vill delta i alla träffar eller bara några, och eventuella kostönskemål.

Varmt välkommen!

Linnea Hassis
Processledare, Regional utveckling
Region Dalarna
linnea.hassis@regiondalarna.se"""

INV_OUTLOOK = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: """ + INV_TITLE + "\n\n" + INV_BODY

EXTERN = ("VARNING: Detta mejl kommer från en extern avsändare. Klicka inte på länkar eller öppna bilagor "
          "om du inte känner igen avsändaren.\n\n")


def messages():
    return [
        # ---------------------------------------------------------------- register (22)
        mail("m046", "2026-12-02T08:47", ("Helena Strömqvist", "helena.stromqvist@avesta.se"),
             "SV: " + INV_TITLE,
             """Hej Linnea!

Tack för inbjudan, det här låter väldigt intressant och kommer lägligt nu när vi startar upp arbetet med ny översiktsplan. Jag anmäler mig härmed till DalaLab, hela serien.

Med vänlig hälsning

Helena Strömqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
Besöksadress: Kungsgatan 32, Avesta
Postadress: 774 81 Avesta
Telefon: 0226-64 50 00 (växel)
Direkt: 0226-64 52 17
www.avesta.se

[Avesta kommun logotyp]

När du skickar e-post till Avesta kommun behandlar vi dina personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer på www.avesta.se/personuppgifter.

________________________________
""" + INV_OUTLOOK,
             X("register", [P("Helena Strömqvist", "helena.stromqvist@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply to the invitation: 'hela serien' = all four; long signature, logo alt-text, GDPR footer, quoted invitation"),

        mail("m047", "2027-01-14T10:31", ("Persson Maria", "maria.persson@borlange.se"), "VB: DalaLab",
             """Hej Linnea,

Vidarebefordrar Karins anmälan nedan, hon sitter i möten hela dagen. Tacksam om du skickar bekräftelsen direkt till henne.

Hälsningar
Maria Persson
Administratör
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Växel: 0243-74 00 00
www.borlange.se

[Bild: Borlänge kommun – logotyp]

Tänk på miljön innan du skriver ut detta e-postmeddelande.

Från: Lund Karin <karin.lund@borlange.se>
Skickat: den 13 januari 2027 16:52
Till: Persson Maria <maria.persson@borlange.se>
Ämne: DalaLab

Hej Maria!

Kan du anmäla mig till DalaLab (Region Dalarnas planeringsträffar)? Jag vill gå på de två första, 3 maj och 21 sept. Sista dag är 14 april tror jag.

Tack på förhand!
/Karin

Karin Lund
Planeringsarkitekt
Borlänge kommun
""",
             X("register", [P("Karin Lund", "karin.lund@borlange.se", "Borlänge kommun")], [S1, S2]),
             "admin forwards a colleague's internal 'kan du anmäla mig?'; sender not registered; dates and address only in the forwarded part"),

        mail("m048", "2027-01-19T13:05", ("Johanna Åkerlund", "johanna.akerlund@falun.se"),
             "Anmälan från Falu kommun – DalaLab",
             """Hej!

Vi blir tre från Samhällsbyggnadsförvaltningen i Falu kommun som vill delta i DalaLab, på samtliga fyra träffar:

- Johanna Åkerlund, översiktsplanerare (jag själv)
- Elias Morén, planarkitekt, elias.moren@falun.se
- Rebecka Sund, trafikplanerare, rebecka.sund@falun.se

Rebecka behöver glutenfri kost, vi andra äter allt.

Elias och Rebecka har jag satt i kopia så att de ser anmälan.

Vänliga hälsningar
Johanna Åkerlund
Översiktsplanerare
Avdelningen för strategisk planering
Samhällsbyggnadsförvaltningen
Falu kommun
Telefon 023-83 000 (kontaktcenter)
Mobil 070-212 45 18
johanna.akerlund@falun.se

[Falu kommun]

Falu kommun hanterar personuppgifter enligt dataskyddsförordningen. Mer information finns på falun.se/personuppgifter
""",
             X("register", [P("Johanna Åkerlund", "johanna.akerlund@falun.se", "Falu kommun"),
                            P("Elias Morén", "elias.moren@falun.se", "Falu kommun"),
                            P("Rebecka Sund", "rebecka.sund@falun.se", "Falu kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "sender plus two colleagues in a bullet list (addresses for the two); 'samtliga fyra träffar'; diet for one colleague"),

        mail("m049", "2027-01-21T09:12", ("Anneli Hjort", "anneli.hjort@gagnef.se"), "Anmälan DalaLab",
             """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style></head>
<body lang="SV" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jag vill anm&auml;la mig till DalaLab, till tr&auml;ffarna den 3 maj och 29 november. Har redan bokat in dem i kalendern. De andra tv&aring; krockar med v&aring;ra byggnadsn&auml;mnder tyv&auml;rr.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar<o:p></o:p></p>
<p class="MsoNormal"><b>Anneli Hjort</b><o:p></o:p></p>
<p class="MsoNormal">Planeringsstrateg<o:p></o:p></p>
<p class="MsoNormal">Gagnefs kommun | Kommunledningsf&ouml;rvaltningen<o:p></o:p></p>
<p class="MsoNormal">0241-150 00 (v&auml;xel) | <a href="mailto:anneli.hjort@gagnef.se">anneli.hjort@gagnef.se</a><o:p></o:p></p>
<p class="MsoNormal"><img width="180" height="52" id="Bild_x0020_1" src="cid:image001.png@01DB6B1E.2F4A9C30" alt="Gagnefs kommun logotyp"><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Gagnefs kommun behandlar personuppgifter enligt dataskyddsf&ouml;rordningen (GDPR). L&auml;s mer p&aring; www.gagnef.se/gdpr<o:p></o:p></span></p>
</div>
</body>
</html>
""",
             X("register", [P("Anneli Hjort", "anneli.hjort@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "HTML-only Outlook (Word-generated) mail; '3 maj och 29 november'; logo img alt-text, GDPR line", html=True),

        mail("m050", "2027-01-24T21:40", ("Lindh Jessica", "jessica.lindh@hedemora.se"), "SV: " + INV_TITLE,
             """Hej! Anmäl mig gärna till 29/11 och 22/2. Övriga datum kan jag inte.

/Jessica

Skickat från Outlook för iOS
________________________________
""" + INV_OUTLOOK,
             X("register", [P("Jessica Lindh", "jessica.lindh@hedemora.se", "Hedemora kommun")], [S3, S4]),
             "Outlook for iOS reply, surname-first display name, org only from domain; '29/11 och 22/2' (22/2 = 2028); quoted invitation"),

        mail("m051", "2027-01-27T11:20", ("Oskar Lindblom", "oskar.lindblom@leksand.se"), "DalaLab – anmälan",
             """Hej Linnea,

Boka in mig på samtliga träffar i DalaLab, tack! Jag är vegetarian och behöver dessutom laktosfritt.

Hälsningar

Oskar Lindblom
Planarkitekt | Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
Tfn 0247-800 00 (vx) | Dir 0247-802 64
oskar.lindblom@leksand.se
www.leksand.se

Jag arbetar deltid (80 %) och är inte i tjänst på fredagar.

[Leksands kommun – logotyp]
""",
             X("register", [P("Oskar Lindblom", "oskar.lindblom@leksand.se", "Leksands kommun",
                              diet="vegetarian, laktosfritt")], ALL, diet="vegetarian, laktosfritt"),
             "'Boka in mig på samtliga träffar' = all four; two diet needs; '80 %' and Box number in signature"),

        mail("m052", "2027-02-01T14:02", ("Therese Nordin", "therese.nordin@ludvika.se"), "Anmälan DalaLab Ludvika",
             """Hej,

Från Ludvika kommun vill vi anmäla tre personer till båda höstträffarna (september och november):

Therese Nordin (undertecknad)
Anders Holm
Sara Lind

Mejladresserna följer mönstret förnamn.efternamn@ludvika.se. Ingen har några särskilda kostönskemål.

Med vänlig hälsning
Therese Nordin
Enhetschef Plan och bygg
Ludvika kommun
Besök: Stationsgatan 18 | Post: 771 82 Ludvika
0240-860 00
therese.nordin@ludvika.se

Ludvika kommun – Vi skapar framtiden tillsammans
Ludvika kommun behandlar dina personuppgifter enligt GDPR. Läs mer på ludvika.se/gdpr.
""",
             X("register", [P("Therese Nordin", "therese.nordin@ludvika.se", "Ludvika kommun"),
                            P("Anders Holm", "anders.holm@ludvika.se", "Ludvika kommun"),
                            P("Sara Lind", "sara.lind@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "three from Ludvika incl. sender; addresses given as a pattern; 'båda höstträffarna (september och november)'"),

        mail("m053", "2027-02-03T10:15", ("Katarzyna Wójcik", "katarzyna.wojcik@malung-salen.se"),
             "RE: " + INV_TITLE,
             """Hi Linnea,

Thank you for the invitation! My Swedish is still a work in progress, so I hope English is fine.

I would like to register for the first session on 3 May and the last one on 22 February 2028. Unfortunately I am on leave in the autumn. I am vegan, if that matters for the lunch.

Best regards / Med vänliga hälsningar

Katarzyna Wójcik
Fysisk planerare / Physical planner
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
+46 280 181 00
www.malung-salen.se

[Malung-Sälens kommun]

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. This e-mail may contain confidential information and is intended for the addressee only.

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Sent: Tuesday, December 1, 2026 10:02 AM
To: Linnea Hassis <linnea.hassis@regiondalarna.se>
Subject: """ + INV_TITLE + "\n\n" + INV_BODY,
             X("register", [P("Katarzyna Wójcik", "katarzyna.wojcik@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegan")], [S1, S4], diet="vegan"),
             "English Outlook reply (English client headers in the quote); first and last session named; vegan; bilingual disclaimer"),

        mail("m054", "2027-02-04T08:05", ("Sven-Erik Mattsson", "sven-erik.mattsson@mora.se"), "SV: " + INV_TITLE,
             """Hej!

Jag anmäler mig till träffarna 21/9 och 29/11. Maj och februari har vi redan andra åtaganden.

Mvh
Sven-Erik Mattsson
Samhällsplanerare
Mora kommun
Samhällsbyggnadsförvaltningen
Besöksadress: Fredsgatan 16, Mora
Postadress: 792 80 Mora
Telefon: 0250-260 00
E-post: sven-erik.mattsson@mora.se

Tänk på miljön – skriv bara ut detta mejl om det är nödvändigt.

När du skickar e-post till Mora kommun sparas och behandlas dina personuppgifter. Läs mer om hur vi hanterar personuppgifter på mora.se/personuppgifter.

________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Till: Linnea Hassis
Ämne: """ + INV_TITLE + "\n\n" + EXTERN + INV_BODY,
             X("register", [P("Sven-Erik Mattsson", "sven-erik.mattsson@mora.se", "Mora kommun")], [S2, S3]),
             "reply with '21/9 och 29/11'; hyphenated first name; environment and GDPR footers; quoted invitation with external-sender banner"),

        mail("m055", "2027-02-08T15:33", ("Bengt Halvarsson", "bengt.halvarsson@orsa.se"), "Anmälan till DalaLab",
             """Hej Linnea,

Jag anmäler härmed våra två planarkitekter Lisa Jonsson och Mohammad Rahimi till samtliga fyra träffar i DalaLab. Själv har jag tyvärr inte möjlighet att delta.

Båda nås på förnamn.efternamn@orsa.se. Lisa är laktosintolerant.

Med vänlig hälsning

Bengt Halvarsson
Samhällsbyggnadschef
Orsa kommun
Box 23, 794 21 Orsa
0250-55 21 00
bengt.halvarsson@orsa.se

[Orsa kommun – logotyp]

Orsa kommun har ett gemensamt diarium. Skicka gärna ärenden till kommun@orsa.se
""",
             X("register", [P("Lisa Jonsson", "lisa.jonsson@orsa.se", "Orsa kommun", diet="laktosintolerant"),
                            P("Mohammad Rahimi", "mohammad.rahimi@orsa.se", "Orsa kommun")], ALL,
               diet="laktosintolerant"),
             "manager registers two staff, not himself; address pattern written out for both; one diet"),

        tg("m056", "2027-02-10T19:48", "Tove Ahlgren", 6034418820,
           "Hej! Vill anmäla mig till alla fyra DalaLab-träffarna. Tove Ahlgren, planerare Rättviks kommun. Mejl: tove.ahlgren@rattvik.se",
           X("register", [P("Tove Ahlgren", "tove.ahlgren@rattvik.se", "Rättviks kommun")], ALL),
           "telegram signup for all four, with own work e-mail in the text"),

        mail("m057", "2027-02-11T09:30", ("Per Åhlund", "per.ahlund@smedjebacken.se"),
             "Anmälan DalaLab (dnr KS 2027/0034)",
             """Hej,

Inbjudan har diarieförts hos oss under KS 2027/0034 och jag har fått uppdraget att delta.

Jag anmäler mig till träff 1, 3 och 4. Träff 2 i september ligger mitt i budgetarbetet så den får jag avstå.

Vänliga hälsningar

Per Åhlund
Utvecklingsstrateg
Kommunledningskontoret
Smedjebackens kommun
Box 401, 777 24 Smedjebacken
Tel: 0240-66 00 00 (vx)
per.ahlund@smedjebacken.se

Detta e-postmeddelande och eventuella bilagor kan vara allmän handling enligt offentlighetsprincipen.
""",
             X("register", [P("Per Åhlund", "per.ahlund@smedjebacken.se", "Smedjebackens kommun")], [S1, S3, S4]),
             "diary number in subject and text; 'träff 1, 3 och 4' by number; allmän handling footer"),

        mail("m058", "2027-02-15T13:47", ("Ekholm Linda", "linda.ekholm@sater.se"),
             "VB: " + INV_TITLE + " [Dnr KS 2026/412]",
             """Hej Linnea!

Inbjudan kom till oss via registrator. Jag anmäler mig och min kollega Mikael Borg till första träffen den 3 maj. Resten av träffarna återkommer vi om när vi vet hur hösten ser ut.

Mvh
Linda Ekholm
Planarkitekt
Säters kommun
Samhällsbyggnadsförvaltningen
0225-550 00

Från: Registrator Säters kommun <registrator@sater.se>
Skickat: den 3 december 2026 09:14
Till: Ekholm Linda <linda.ekholm@sater.se>
Ämne: VB: """ + INV_TITLE + """ [Dnr KS 2026/412]

Hej!
Handlingen är registrerad under dnr KS 2026/412 och överlämnas till dig för kännedom/åtgärd.

Registrator
Säters kommun

""" + INV_OUTLOOK,
             X("register", [P("Linda Ekholm", "linda.ekholm@sater.se", "Säters kommun"),
                            P("Mikael Borg", None, "Säters kommun")], [S1]),
             "forward chain via the municipal registry (dnr in subject); sender + colleague without address; only 3 May"),

        mail("m059", "2027-02-17T07:12", ("Ulrika Backman", "ulrika.backman@vansbro.se"), "Anmälan",
             """Hej Linnea! Anmäler mig till alla träffar i DalaLab. Glutenfri kost tack.

Mvh Ulrika Backman
Vansbro kommun

Skickat från Outlook för iOS""",
             X("register", [P("Ulrika Backman", "ulrika.backman@vansbro.se", "Vansbro kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "short phone mail: all sessions, gluten-free; 'Skickat från Outlook för iOS'"),

        mail("m060", "2027-02-22T10:40", ("Mikaela Rot", "mikaela.rot@alvdalen.se"), "DalaLab anmälan Älvdalen",
             """Hej!

Vi vill anmäla oss till DalaLab från Älvdalens kommun:

Mikaela Rot, mikaela.rot@alvdalen.se
Jon Larsson, jon.larsson@alvdalen.se

Vi kommer båda på träffen 3 maj samt den 22 feb 2028. Höstträffarna hinner vi inte med.

Mvh
Mikaela Rot
Plan- och byggenheten
Älvdalens kommun
Dalgatan 78, 796 80 Älvdalen
0251-310 00

[Älvdalens kommun]
""",
             X("register", [P("Mikaela Rot", "mikaela.rot@alvdalen.se", "Älvdalens kommun"),
                            P("Jon Larsson", "jon.larsson@alvdalen.se", "Älvdalens kommun")], [S1, S4]),
             "sender + colleague with addresses; '3 maj samt den 22 feb 2028'; sent 22 Feb 2027"),

        mail("m061", "2027-02-24T12:15", ("Sofie Granath", "sofie.granath@regiondalarna.se"), "DalaLab",
             """Hej Linnea!

Skriv upp mig också på DalaLab, alla fyra gångerna. Vi sitter ju i samma korridor men det är lika bra att det kommer in skriftligt 😊

/Sofie

Sofie Granath
Utvecklingsstrateg, Samhällsplanering
Regional utveckling
Region Dalarna
Tfn: 010-225 00 00
sofie.granath@regiondalarna.se
www.regiondalarna.se

[Region Dalarna – logotyp]

Region Dalarna behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på regiondalarna.se/personuppgifter
""",
             X("register", [P("Sofie Granath", "sofie.granath@regiondalarna.se", "Region Dalarna")], ALL),
             "internal mail from the organiser's own region; 'alla fyra gångerna'; emoji"),

        mail("m062", "2027-03-01T09:55", ("Göran Sjödin", "goran.sjodin@lansstyrelsen.se"),
             "Anmälan från Lst Dalarna – DalaLab",
             """Hej,

Från Länsstyrelsen Dalarna anmäler vi två handläggare från enheten för samhällsplanering och kulturmiljö: jag själv och Petra Nord (petra.nord@lansstyrelsen.se). Vi kommer till samtliga tillfällen.

Med vänlig hälsning

Göran Sjödin
Handläggare, samhällsplanering
Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
Telefon: 010-225 00 00
goran.sjodin@lansstyrelsen.se
www.lansstyrelsen.se/dalarna

Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dataskydd
""",
             X("register", [P("Göran Sjödin", "goran.sjodin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Petra Nord", "petra.nord@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "'Lst Dalarna' in subject; sender + colleague; 'samtliga tillfällen'; Falun street address is not the organisation"),

        mail("m063", "2027-03-03T14:20", ("Fredrik Lindmark", "fredrik.lindmark@planbyranmitt.se"),
             "Anmälan DalaLab – plats för Hedemora kommun",
             """Hej Linnea,

Jag är konsult och stöttar Hedemora kommun i arbetet med den nya översiktsplanen. Efter samtal med planchefen Eva Stål har vi kommit överens om att jag tar en av kommunens tre platser i DalaLab.

Jag anmäler mig därför till träffarna från september och framåt, alltså träff 2–4. Eva är i kopia.

Vänliga hälsningar
Fredrik Lindmark
Planeringsarkitekt / uppdragsledare
Planbyrån Mitt AB
Holmgatan 12, 791 71 Falun
Org.nr 556987-4412
070-348 22 91
www.planbyranmitt.se
""",
             X("register", [P("Fredrik Lindmark", "fredrik.lindmark@planbyranmitt.se", "Hedemora kommun")],
               [S2, S3, S4]),
             "consultant taking one of Hedemora's places (so Hedemora kommun); 'träff 2–4'; manager named but not registered"),

        mail("m064", "2027-03-05T11:08", ("Elin Dahlgren", "elin.dahlgren@mora.se"), "Anmälan 3 maj",
             """Hej!

Jag skulle vilja anmäla mig till första träffen i DalaLab den 3 maj. Jag förstår att Mora kanske redan har tre anmälda – sätt mig i så fall som reserv.

Hälsningar
Elin Dahlgren
Bygglovshandläggare
Mora kommun
0250-260 00 (växel)

***
Mora kommun – Här börjar Vasaloppet
***
""",
             X("register", [P("Elin Dahlgren", "elin.dahlgren@mora.se", "Mora kommun")], [S1]),
             "signup for 3 May that asks to be a reserve if Mora's places are taken"),

        mail("m065", "2027-03-08T11:02", ("Jenny Falk", "jenny.falk@avesta.se"), "VB: DalaLab",
             """Hej Linnea!

Ali frågade om jag kunde anmäla honom, se nedan. Jag hänger på själv också, samma två träffar som han.

Ha en fin dag!
Jenny

Jenny Falk
Planeringsingenjör
Avesta kommun
0226-64 50 00

Från: Ali Haddad <ali.haddad@avesta.se>
Skickat: den 8 mars 2027 09:41
Till: Jenny Falk <jenny.falk@avesta.se>
Kopia: Mats Hedberg <mats.hedberg@avesta.se>
Ämne: SV: DalaLab

Hej Jenny, kan du anmäla mig till DalaLab? Jag kan första och sista träffen (3 maj och 22 februari). Mats har gett klartecken.

/Ali
""",
             X("register", [P("Jenny Falk", "jenny.falk@avesta.se", "Avesta kommun"),
                            P("Ali Haddad", "ali.haddad@avesta.se", "Avesta kommun")], [S1, S4]),
             "colleague forwards 'kan du anmäla mig?' and joins herself ('samma två träffar'); manager on cc in the forwarded header is not registered"),

        tg("m066", "2027-03-10T20:14", "Maja Ekström", 5207731946,
           "hej, anmäler mig och kollegan per nilsson till 21/9 🙂 maja, leksands kommun",
           X("register", [P("Maja Ekström", None, "Leksands kommun"), P("Per Nilsson", None, "Leksands kommun")],
             [S2]),
           "telegram lower case: sender + colleague, one session '21/9'"),

        mail("m067", "2027-03-12T16:45", ("Robert Sjöberg", "robert.sjoberg@hedemora.se"), "Dalalab",
             """Hej, jag vill anmäla mig till DalaLab, alla träffarna. Jag har nötallergi.

Mvh Robert Sjöberg
Hedemora kommun

Skickat från min Galaxy""",
             X("register", [P("Robert Sjöberg", "robert.sjoberg@hedemora.se", "Hedemora kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "short Android mail: all sessions, nut allergy"),

        # ---------------------------------------------------------------- change (6)
        mail("m068", "2027-03-15T08:20", ("Elias Morén", "elias.moren@falun.se"), "Ändring DalaLab 21 september",
             """Hej Linnea,

Jag är anmäld till DalaLab men kan tyvärr inte gå den 21 september – då har vi samråd om fördjupade översiktsplanen för Norra Falun. Min kollega Hanna Grip (hanna.grip@falun.se) går i mitt ställe den dagen. Övriga träffar står jag kvar på.

Hälsningar
Elias Morén
Planarkitekt
Samhällsbyggnadsförvaltningen
Falu kommun
023-83 000

Falu kommun hanterar personuppgifter enligt dataskyddsförordningen. Mer information finns på falun.se/personuppgifter
""",
             X("change", [P("Elias Morén", "elias.moren@falun.se", "Falu kommun"),
                          P("Hanna Grip", "hanna.grip@falun.se", "Falu kommun")], [S2]),
             "partial hand-over: a colleague takes 21 Sep in the sender's place, sender keeps the rest"),

        tg("m069", "2027-03-17T07:41", "Linus Berglund", 1182904475,
           "Hej! Glömde skriva i min anmälan att jag behöver vegetarisk kost. Linus Berglund, Mora kommun",
           X("change", [P("Linus Berglund", None, "Mora kommun", diet="vegetarisk")], [], diet="vegetarisk"),
           "telegram diet update for an existing signup, no sessions stated -> change []"),

        mail("m070", "2027-03-18T13:26", ("Wahlström Petra", "petra.wahlstrom@borlange.se"), "SV: Bekräftelse DalaLab",
             """Hej!

Jag är anmäld till 3 maj men behöver byta till 29 november istället, det krockar med budgetdialogen i kommunstyrelsen. Går det bra?

Tack!
Petra Wahlström
Översiktsplanerare
Borlänge kommun
Samhällsbyggnadsförvaltningen
Växel: 0243-74 00 00

[Bild: Borlänge kommun – logotyp]

Tänk på miljön innan du skriver ut detta e-postmeddelande.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 14:10
Till: Wahlström Petra <petra.wahlstrom@borlange.se>
Ämne: Bekräftelse DalaLab

Hej Petra!

Tack för din anmälan. Du är anmäld till träff 1, måndag 3 maj 2027 kl. 10.00–15.00 i Falun.

Hälsningar
Linnea
""",
             X("change", [P("Petra Wahlström", "petra.wahlstrom@borlange.se", "Borlänge kommun")], [S3]),
             "bare swap '3 maj' -> '29 november' in a reply to the confirmation; surname-first display name"),

        mail("m071", "2027-03-22T10:03", ("Marcus Eld", "marcus.eld@regiondalarna.se"), "Lägg till 21/9",
             """Hej Linnea,

Jag är anmäld till första träffen, lägg gärna till 21 september också. Ses i fikarummet!

/Marcus

Marcus Eld
Trafikstrateg
Regional utveckling, Region Dalarna
010-225 00 00

[Region Dalarna – logotyp]

Region Dalarna behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på regiondalarna.se/personuppgifter
""",
             X("change", [P("Marcus Eld", "marcus.eld@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "adds a session to an existing signup; both stated -> change with 3 May + 21 Sep"),

        mail("m072", "2027-03-24T15:10", ("Karin Holmgren", "karin.holmgren@smedjebacken.se"), "Nytt namn och ny e-post",
             """Hej!

Jag har gift mig och heter numera Karin Holmgren (tidigare Karin Ek). Min nya e-postadress är karin.holmgren@smedjebacken.se – den gamla slutar fungera vid månadsskiftet. Jag är anmäld till alla fyra träffarna och det gäller som förut.

Vänliga hälsningar
Karin Holmgren
Miljö- och byggnadsförvaltningen
Smedjebackens kommun
0240-66 00 00
""",
             X("change", [P("Karin Holmgren", "karin.holmgren@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "name and address update for an existing signup; sessions stated (all four); old name is not a second person"),

        mail("m073", "2027-03-29T09:47", ("Emir Kovačević", "emir.kovacevic@vansbro.se"), "Ändring av anmälan DalaLab",
             """Hej Linnea,

Jag är anmäld till 3 maj och 21 september. 3 maj går tyvärr inte längre, men 22 februari vill jag gärna ha istället. 21 september gäller som tidigare.

Med vänlig hälsning

Emir Kovačević
Samhällsplanerare
Vansbro kommun
Kommunhuset, Industrigatan 2, 780 50 Vansbro
0281-750 00
""",
             X("change", [P("Emir Kovačević", "emir.kovacevic@vansbro.se", "Vansbro kommun")], [S2, S4]),
             "drops 3 May, adds 22 Feb, keeps 21 Sep -> sessions after the change"),

        # ---------------------------------------------------------------- cancel (6)
        mail("m074", "2027-03-30T18:02", ("Anders Holm", "anders.holm@ludvika.se"), "Avanmälan DalaLab",
             """Hej,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått ny tjänst i Västerås och slutar i Ludvika sista april.

Tack för att jag fick vara med på ett hörn!
Anders

Skickat från Outlook för iOS""",
             X("cancel", [P("Anders Holm", "anders.holm@ludvika.se", "Ludvika kommun")], ALL),
             "full cancellation from phone, no session named -> all four; 'sista april' is not a session"),

        mail("m075", "2027-03-31T10:25", ("Ingela Moberg", "ingela.moberg@leksand.se"), "Stryk Erik Sandin från DalaLab",
             """Hej Linnea,

Erik Sandin har slutat hos oss, så han ska strykas från deltagarlistan till DalaLab. Vi återkommer om någon annan från Leksand tar hans plats.

Med vänlig hälsning

Ingela Moberg
Chef Plan och bygg
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
0247-800 00

[Leksands kommun – logotyp]
""",
             X("cancel", [P("Erik Sandin", None, "Leksands kommun")], ALL),
             "manager cancels a colleague who has left; sender not in people; possible future replacement not registered"),

        mail("m076", "2027-04-01T08:52", ("Jon Larsson", "jon.larsson@alvdalen.se"), "SV: DalaLab anmälan Älvdalen",
             """Hej!

Jag kan inte delta den 29 november, då har vi kommunfullmäktige. Övriga datum gäller.

Jon Larsson
Plan- och byggenheten
Älvdalens kommun
0251-310 00

Från: Mikaela Rot <mikaela.rot@alvdalen.se>
Skickat: den 22 februari 2027 10:40
Till: linnea.hassis@regiondalarna.se
Kopia: Jon Larsson <jon.larsson@alvdalen.se>
Ämne: DalaLab anmälan Älvdalen

Hej!

Vi vill anmäla oss till DalaLab från Älvdalens kommun:

Mikaela Rot, mikaela.rot@alvdalen.se
Jon Larsson, jon.larsson@alvdalen.se

Vi kommer båda på träffen 3 maj samt den 22 feb 2028. Höstträffarna hinner vi inte med.

Mvh
Mikaela Rot
""",
             X("cancel", [P("Jon Larsson", "jon.larsson@alvdalen.se", "Älvdalens kommun")], [S3]),
             "partial cancellation of 29 Nov in a reply-all to a colleague's earlier signup (quoted with cc line)"),

        tg("m077", "2027-04-05T21:17", "Malin Wikner", 948120376,
           "hej! måste tyvärr stryka mig från första träffen 3 maj, krockar med en resa. resten är jag med på. /malin, rättviks kommun",
           X("cancel", [P("Malin Wikner", None, "Rättviks kommun")], [S1]),
           "telegram partial cancellation of 3 May, keeps the rest"),

        mail("m078", "2027-04-06T13:40", ("Åsa Lindqvist", "asa.lindqvist@lansstyrelsen.se"), "Återbud DalaLab",
             """Hej Linnea,

Vi måste tyvärr lämna återbud till DalaLab, både jag och min kollega Johan Pettersson. Efter omorganisationen den 1 april ligger planfrågorna på en annan enhet och vi hinner helt enkelt inte.

Beklagar och lycka till med projektet!

Med vänlig hälsning
Åsa Lindqvist
Länsarkitekt
Länsstyrelsen Dalarna
010-225 00 00

Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dataskydd
""",
             X("cancel", [P("Åsa Lindqvist", "asa.lindqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Johan Pettersson", None, "Länsstyrelsen Dalarna")], ALL),
             "'lämna återbud' for sender and colleague, no dates -> all four; '1 april' is not a session"),

        mail("m079", "2027-04-07T11:11", ("Lisa Jonsson", "lisa.jonsson@orsa.se"), "DalaLab – hösten",
             """Hej!

Jag stryker mig från 21/9 och 29/11, men står kvar på 3 maj och 22 februari.

Hälsningar
Lisa Jonsson
Planarkitekt, Orsa kommun
0250-55 21 00

Orsa kommun har ett gemensamt diarium. Skicka gärna ärenden till kommun@orsa.se
""",
             X("cancel", [P("Lisa Jonsson", "lisa.jonsson@orsa.se", "Orsa kommun")], [S2, S3]),
             "withdraws from the two autumn sessions and keeps the other two -> cancel of 21/9 and 29/11"),

        # ---------------------------------------------------------------- question (5)
        mail("m080", "2027-02-26T09:18", ("Anna-Lena Hellström", "anna-lena.hellstrom@sater.se"),
             "Fråga om anmälda från Säter",
             """Hej Linnea!

Kan du berätta vilka från Säters kommun som är anmälda till DalaLab hittills? Vi vill inte överskrida de tre platserna, och jag vet att registrator skickade inbjudan till flera av oss.

Tack på förhand!

Anna-Lena Hellström
Förvaltningschef
Samhällsbyggnadsförvaltningen
Säters kommun
0225-550 00
""",
             X("question", [], []),
             "question: who from the municipality is already registered (quota)"),

        mail("m081", "2027-03-02T14:55", ("Hans Ersson", "hans.ersson@malung-salen.se"), "Digitalt deltagande?",
             """Hej,

Går det att delta digitalt på någon av träffarna? Det är drygt 15 mil enkel väg till Falun för oss och en hel dag för en träff på fem timmar.

Vänligen
Hans Ersson
Planeringsarkitekt
Malung-Sälens kommun
0280-181 00

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten.
""",
             X("question", [], []),
             "question about digital participation; '15 mil', 'fem timmar' are not dates"),

        mail("m082", "2027-03-09T10:44", ("Karl Öberg", "karl.oberg@hedemora.se"), "Kostnad DalaLab?",
             """Hej!

Innan vi anmäler någon: tar ni ut någon avgift för DalaLab? I så fall behöver fakturan märkas med vår referens 4410-1120 och skickas till Hedemora kommun, Fakturaskanning, Box 100, 776 28 Hedemora.

Mvh
Karl Öberg
Controller, Samhällsbyggnadsförvaltningen
Hedemora kommun
0225-340 00
""",
             X("question", [], []),
             "question about cost and invoicing before anyone registers; reference and box numbers"),

        tg("m083", "2027-03-19T16:02", "Mattias Lönn", 7720094813,
           "hej, finns det parkering vid lokalen i falun? och vet ni vilken lokal det blir den 3 maj? /mattias avesta",
           X("question", [], []),
           "telegram question about parking and the venue of the first session"),

        mail("m084", "2027-03-25T13:33", ("Anneli Hjort", "anneli.hjort@gagnef.se"), "Bekräftelse?",
             """Hej Linnea,

Jag skickade min anmälan till DalaLab den 21 januari men har inte fått någon bekräftelse. Kan du kolla att jag finns med?

Vänliga hälsningar
Anneli Hjort
Planeringsstrateg
Gagnefs kommun | Kommunledningsförvaltningen
0241-150 00 (växel)

[Gagnefs kommun logotyp]
""",
             X("question", [], []),
             "asks whether her earlier signup was received; '21 januari' is not a session"),

        # ---------------------------------------------------------------- auto_reply (3)
        mail("m085", "2026-12-01T10:03", ("Camilla Berg", "camilla.berg@borlange.se"), "Automatiskt svar: " + INV_TITLE,
             """Hej!

Jag är föräldraledig till och med 31 maj 2027 och läser inte min e-post.

Ärenden som rör detaljplaner: kontakta planavdelningen på plan@borlange.se.
Övriga ärenden: Borlänge kommuns kontaktcenter, 0243-74 00 00.

Med vänlig hälsning
Camilla Berg
Planarkitekt, Borlänge kommun
""",
             X("auto_reply", [], []),
             "Outlook out-of-office on the invitation ('Automatiskt svar:'), no auto headers; '31 maj 2027' is not a session"),

        mail("m086", "2027-01-20T09:06", ("Microsoft Outlook", "postmaster@falun.se"),
             "Olevererbart: Bekräftelse DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

karin.obergh@falun.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostikinformation för administratörer:

Genererande server: GV0P278MB0412.SWEP278.PROD.OUTLOOK.COM

karin.obergh@falun.se
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: karin.obergh@falun.se
Subject: Bekräftelse DalaLab
Date: Wed, 20 Jan 2027 08:05:44 +0000
Message-ID: <AM9PR02MB7763C1F1A0D3E4@AM9PR02MB7763.eurprd02.prod.outlook.com>
""",
             X("auto_reply", [], []),
             "Exchange Online non-delivery report in Swedish ('Olevererbart:') for a mistyped address"),

        mail("m087", "2026-12-01T10:04", ("Registrator Säters kommun", "registrator@sater.se"),
             "Mottagningsbekräftelse: " + INV_TITLE,
             """Tack för ditt meddelande till Säters kommun!

Detta är en automatisk bekräftelse på att vi har tagit emot ditt e-postmeddelande. Ärenden registreras normalt inom två arbetsdagar. Handlingar som kommer in till kommunen blir som regel allmänna handlingar.

Svara inte på detta meddelande.

Säters kommun
Registrator
Box 300, 783 27 Säter
0225-550 00
www.sater.se
""",
             X("auto_reply", [], []),
             "municipal registry's automatic receipt (mottagningsbekräftelse)"),

        # ---------------------------------------------------------------- erasure (1)
        mail("m088", "2027-04-08T16:30", ("Hampus Lindberg", "hampus.lindberg@falun.se"), "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab i februari. Jag ber er nu radera alla personuppgifter ni har om mig i samband med anmälan (namn, e-post, kostuppgifter), i enlighet med artikel 17 i dataskyddsförordningen.

Tacksam för en bekräftelse när det är gjort.

Hampus Lindberg
Falu kommun
""",
             X("erasure", [P("Hampus Lindberg", "hampus.lindberg@falun.se", "Falu kommun")], []),
             "GDPR erasure request (art. 17) after an earlier cancellation"),

        # ---------------------------------------------------------------- unknown (2)
        mail("m089", "2027-03-16T08:12", ("Tobias Hallin", "tobias.hallin@regiondalarna.se"),
             "Protokoll planeringsrådet",
             """Hej Linnea,

Har du protokollet från regionala planeringsrådet den 12 mars? Behöver det till ärendet RD 2027/0456 innan beredningen den 18 mars.

Tack!
Tobias

Tobias Hallin
Handläggare
Regional utveckling, Region Dalarna
010-225 00 00
""",
             X("unknown", [], []),
             "internal mail from a colleague that is not about the event (asks for minutes)"),

        mail("m090", "2027-02-09T06:41", ("IT-Support Region Dalarna", "it-support@regiondalarna-mail.com"),
             "Åtgärd krävs: ditt lösenord löper ut idag",
             """Hej linnea.hassis@regiondalarna.se,

Lösenordet för din e-post löper ut idag 2027-02-09. För att behålla ditt nuvarande lösenord och undvika att kontot låses, verifiera ditt konto inom 24 timmar:

https://regiondalarna-mail.com/verifiera?u=linnea.hassis

Om du inte verifierar kommer inkommande e-post att stoppas.

Med vänlig hälsning
IT-Support
Region Dalarna
""",
             X("unknown", [], []),
             "phishing mail posing as the region's IT support"),
    ]
