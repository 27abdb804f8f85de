from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """Hej,

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt från Region Dalarna för er som arbetar med planeringsprocesser i kommunerna och regionen.

Vi ses vid fyra tillfällen:
• 3 maj 2027 kl. 10–15 i Falun (fika från 9.30). Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll – tillsammans med Boverket
• 21 september 2027. Utvecklingsinriktning i ÖP-modellen – vad betyder begreppet och hur arbetar man med det?
• 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan skicka upp till tre personer. Sista dag för anmälan är den 14 april 2027. Skicka namn, organisation, e-postadress och eventuell specialkost till linnea.hassis@regiondalarna.se och skriv vilka träffar du vill vara med på. Skriver du inga datum anmäler vi dig till alla fyra.

Hälsningar
Linnea Hassis
Utvecklingsstrateg, Region Dalarna
010-224 00 00
"""

REMINDER = """Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är onsdag 14 april 2027. Än finns det platser kvar för flera kommuner.

Träffarna är 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.

Anmälan och frågor: linnea.hassis@regiondalarna.se

Hälsningar
Linnea Hassis, Region Dalarna
"""


def latin(s):
    """Make text safe for iso-8859-1 (no en dashes or bullets)."""
    return s.replace("–", "-").replace("•", "*").replace("’", "'")


def outlook(frm, sent, to, subject, body):
    return f"\n\nFrån: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{body}"


def gt(body):
    return "\n".join(("> " + line) if line else ">" for line in body.splitlines())


LINNEA = "Linnea Hassis <linnea.hassis@regiondalarna.se>"
INV_SUBJ = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"


def messages():
    return [
        # 1
        mail("ad001", "2026-12-02T08:47", ("Lindström Maja", "maja.lindstrom@hedemora.se"), "SV: " + INV_SUBJ,
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig härmed till DalaLab. Ingen specialkost.

Vänliga hälsningar

Maja Lindström
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Besöksadress: Tingshusgatan 1, 776 28 Hedemora
Direkt: 0225-343 27 | Mobil: 070-612 88 04 | Växel: 0225-340 00
www.hedemora.se

Tänk på miljön innan du skriver ut detta e-postmeddelande.
Detta e-postmeddelande kan innehålla information som är sekretessbelagd. Om du av misstag har fått meddelandet, vänligen meddela avsändaren och radera det.
""" + outlook(LINNEA, "den 1 december 2026 15:12", "Lindström Maja <maja.lindstrom@hedemora.se>", INV_SUBJ, INV),
             X("register", [P("Maja Lindström", "maja.lindstrom@hedemora.se", "Hedemora kommun")], ALL),
             "Outlook reply, no dates named = all four; 'Ingen specialkost' is no diet; long signature with phone numbers and postcode; quoted invitation lists all dates"),
        # 2
        mail("ad002", "2026-12-03T13:20", ("Ann-Sofie Granath", "ann-sofie.granath@borlange.se"), "Anmälan DalaLab – Borlänge",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Från Samhällsbyggnadsförvaltningen i Borlänge vill vi anmäla nedanstående tre medarbetare till hela serien DalaLab. Själv har jag tyvärr inte möjlighet att vara med.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Lars Öberg</td><td>lars.oberg@borlange.se</td><td>&ndash;</td></tr>
<tr><td>Fatima Yusuf</td><td>fatima.yusuf@borlange.se</td><td>halal</td></tr>
<tr><td>Jens Holm</td><td>jens.holm@borlange.se</td><td>&ndash;</td></tr>
</table>
<p>Hör av dig om du behöver något mer.</p>
<p>Med vänlig hälsning<br>
<b>Ann-Sofie Granath</b><br>
Avdelningschef, Plan och bygg<br>
Borlänge kommun<br>
Röda vägen 50, 781 81 Borlänge<br>
Tel. 0243-740 00</p>
<p style="font-size:8pt;color:#888">Borlänge kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på borlange.se/personuppgifter.</p>
</body></html>""",
             X("register", [P("Lars Öberg", "lars.oberg@borlange.se", "Borlänge kommun"),
                            P("Fatima Yusuf", "fatima.yusuf@borlange.se", "Borlänge kommun", diet="halal"),
                            P("Jens Holm", "jens.holm@borlange.se", "Borlänge kommun")], ALL, diet="halal"),
             "HTML-only table of three colleagues; sender (manager) not attending; 'hela serien' = all four; diet in a table cell", html=True),
        # 3
        tg("ad003", "2026-12-04T19:05", "Tove Ahlin", 6034481927,
           "Hej! Vill anmäla mig till DalaLab, första gången i maj och sen den i november 👍 /Tove, Gagnef",
           X("register", [P("Tove Ahlin", None, "Gagnefs kommun")], [S1, S3]),
           "Telegram; sessions by month ('i maj', 'den i november'); organisation 'Gagnef'; name from sender"),
        # 4
        mail("ad004", "2026-12-07T10:31", ("Daniel Okafor", "daniel.okafor@ludvika.se"), "DalaLab registration",
             """Hi Linnea,

My colleague forwarded your invitation – thanks, it looks very relevant to the comprehensive plan revision we are starting in Ludvika.

I would like to register for the sessions on 21 September and 29 November. Unfortunately I can't make the one in May, and I will be on parental leave from January 2028, so the last one is out too.

I'm vegan, if that matters for the lunch.

Kind regards,
Daniel Okafor
Urban Planner | Ludvika kommun
+46 240 860 00
""",
             X("register", [P("Daniel Okafor", "daniel.okafor@ludvika.se", "Ludvika kommun")], [S2, S3], diet="vegan"),
             "English signup for two sessions; 'January 2028' leave and 'the one in May' are not signups; diet 'vegan'"),
        # 5
        mail("ad005", "2026-12-08T14:12", ("Pernilla Sahlin", "pernilla.sahlin@avesta.se"), "Fråga om antal deltagare",
             """Hej!

En fråga innan vi skickar in någon anmälan till DalaLab: gäller taket på tre personer per kommun totalt, eller per träff? Vi är fyra på planenheten som gärna skulle turas om, så att t.ex. två går den 3 maj och två andra den 21 september.

Tacksam för besked.

Pernilla Sahlin
Planchef, Avesta kommun
0226-64 50 00
""",
             X("question"),
             "quota question that names two session dates and 'anmälan' but books nothing"),
        # 6
        mail("ad006", "2026-12-09T09:03", ("Mikaela Grönroos", "mikaela.gronroos@sater.se"), "Anmälan till DalaLab",
             latin("""Bästa Linnea,

Undertecknad anmäler sig härmed till lärprojektet DalaLab. Jag deltar gärna i de tre första träffarna; i februari 2028 är jag tyvärr förhindrad på grund av en utbildning i Åbo.

Specialkost: glutenfri.

Tack på förhand!

Med vänlig hälsning
Mikaela Grönroos
planeringsarkitekt
Säters kommun
tfn 0225-550 00, GSM 073-804 12 57
"""),
             X("register", [P("Mikaela Grönroos", "mikaela.gronroos@sater.se", "Säters kommun")], [S1, S2, S3], diet="glutenfri"),
             "Finland-Swedish phrasing ('Undertecknad', 'GSM'); 'de tre första träffarna'; the excluded February 2028 session not booked; iso-8859-1",
             charset="iso-8859-1"),
        # 7
        mail("ad007", "2026-12-10T11:44", ("Per-Olof Nises", "per-olof.nises@vansbro.se"), "Automatiskt svar: " + INV_SUBJ,
             """Tack för ditt meddelande.

Jag är på tjänsteresa 10–14 december och läser inte e-post regelbundet under den tiden. Jag är tillbaka på kontoret måndag 17 december.

Vid brådskande ärenden kontakta Vansbro kommuns växel, 0281-750 00, eller bygglov@vansbro.se.

Per-Olof Nises
Stadsarkitekt, Vansbro kommun
""",
             X("auto_reply"),
             "Outlook out-of-office answering the invitation (no special headers); date ranges and phone numbers only"),
        # 8
        mail("ad008", "2026-12-11T15:27", ("Agneta Malm", "agneta.malm@mora.se"), "DalaLab – anmälan från Mora",
             """Hej,

Jag anmäler våra två översiktsplanerare Jonas Persson och Li Chen till DalaLab. De deltar på alla träffar utom den 21 september, då har vi beredning inför kommunfullmäktige.

Jonas äter laktosfritt och Li är vegetarian.

Själv kommer jag inte att delta.

Hälsningar
Agneta Malm
Samhällsbyggnadschef
Mora kommun, Fredsgatan 16, 792 80 Mora
0250-260 00
""",
             X("register", [P("Jonas Persson", None, "Mora kommun", diet="laktosfritt"),
                            P("Li Chen", None, "Mora kommun", diet="vegetarian")], [S1, S3, S4],
               diet="laktosfritt, vegetarian"),
             "manager registers two colleagues without addresses, not herself; 'alla utom den 21 september' = three sessions; two diets joined in order"),
        # 9
        mail("ad009", "2026-12-14T08:15", ("Henrik Dahlberg", "henrik.dahlberg@orsa.se"), "SV: VB: " + INV_SUBJ,
             """Hej Linnea,

Fick inbjudan vidarebefordrad av Sara nedan. Jag vill gärna vara med på höstens två träffar, alltså i september och november 2027.

/Henrik Dahlberg
Miljö- och byggenheten, Orsa kommun
""" + outlook("Sara Björk <sara.bjork@orsa.se>", "den 11 december 2026 16:40", "Henrik Dahlberg <henrik.dahlberg@orsa.se>",
              "VB: " + INV_SUBJ,
              """Hej Henrik!

Kolla här, det kanske är något för dig? Jag har redan anmält mig till alla fyra träffarna, så vi kan samåka.

/Sara
""" + outlook(LINNEA, "den 1 december 2026 15:12", "Sara Björk <sara.bjork@orsa.se>", INV_SUBJ, INV)),
             X("register", [P("Henrik Dahlberg", "henrik.dahlberg@orsa.se", "Orsa kommun")], [S2, S3]),
             "reply on a colleague's forward; 'höstens två träffar' = 21 Sep + 29 Nov; the colleague who forwarded is already registered and is not in people"),
        # 10
        mail("ad010", "2026-12-15T02:31", ("Nordiskt Evenemangsregister", "faktura@nordisk-evenemangsregister.eu"),
             "Bekräftelse av registrering – DalaLab 2027 (ref. NER-2027-44817)",
             """Bästa kund,

Er organisations deltagande i "DalaLab 2027" har nu registrerats i Nordiskt Evenemangsregister. För att registreringen ska publiceras och era platser säkras ska registreringsavgiften på 8 900 kr exkl. moms betalas senast den 3 maj.

Bankgiro: 5521-0948
OCR: 2027448170
Belopp: 11 125 kr inkl. moms

Om betalning uteblir överlämnas ärendet till inkasso.

Nordiskt Evenemangsregister
Kundtjänst
""",
             X("unknown"),
             "invoice scam dressed as a registration confirmation; 'DalaLab' and '3 maj' appear but nothing is requested by a participant"),
        # 11
        tg("ad011", "2026-12-16T20:12", "Patrik Strand", 5127700394,
           "hej! jag o min kollega emma lundqvist vill anmäla oss till dalalab, alla 4 träffarna. vi jobbar på älvdalens kommun /patrik",
           X("register", [P("Patrik Strand", None, "Älvdalens kommun"), P("Emma Lundqvist", None, "Älvdalens kommun")], ALL),
           "Telegram lower case; sender plus colleague written in lower case; 'alla 4' = all sessions"),
        # 12
        mail("ad012", "2026-12-18T13:40", ("Ingvild Haugen", "ingvild.haugen@malung-salen.se"), "Påmelding DalaLab",
             """Hei Linnea!

Jeg jobber som arealplanlegger i Malung-Sälens kommun og vil gjerne melde meg på DalaLab. Jeg kan delta 3. mai og 22. februar, men dessverre ikke på høstsamlingene.

Jeg er vegetarianer.

Med vennlig hilsen
Ingvild Haugen
Arealplanlegger
Malung-Sälens kommun
Tlf. +46 280 181 00
""",
             X("register", [P("Ingvild Haugen", "ingvild.haugen@malung-salen.se", "Malung-Sälens kommun")], [S1, S4], diet="vegetarianer"),
             "Norwegian signup ('melde meg på'); '3. mai og 22. februar'; autumn sessions explicitly excluded; diet 'vegetarianer'"),
        # 13
        tg("ad013", "2026-12-21T10:02", "Jörgen Mattsson", 7410028853,
           "hej, funderar på att anmäla mig men undrar om alla träffar är i Falun eller blir 21/9 och 29/11 digitala? bor i Idre så det blir långt att åka 😅",
           X("question"),
           "Telegram question naming two dates and 'anmäla' but booking nothing"),
        # 14
        mail("ad014", "2027-01-04T09:18", ("Frida Hansson", "frida.hansson@leksand.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,<o:p></o:p></p>
<p class="MsoNormal">God fortsättning! Jag och min kollega Oscar Nilsson (<a href="mailto:oscar.nilsson@leksand.se">oscar.nilsson@leksand.se</a>) anmäler oss till träff 1 och 2.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Med vänliga hälsningar<o:p></o:p></p>
<p class="MsoNormal"><b>Frida Hansson</b><br>Planarkitekt<br>Leksands kommun | Kommunstyrelsens förvaltning<br>Box 301, 793 27 Leksand<br>Telefon 0247-800 00</p>
<p class="MsoNormal"><img alt="Leksands kommun logotyp" src="cid:image001.png@01DB5E2A.4C8F1D20"></p>
</div></body></html>""",
             X("register", [P("Frida Hansson", "frida.hansson@leksand.se", "Leksands kommun"),
                            P("Oscar Nilsson", "oscar.nilsson@leksand.se", "Leksands kommun")], [S1, S2]),
             "HTML-only Outlook mail in iso-8859-1; sender plus colleague with address in a mailto link; 'träff 1 och 2'",
             html=True, charset="iso-8859-1"),
        # 15
        mail("ad015", "2027-01-07T16:55", ("Gustav Eriksson", "gustav.eriksson@avesta.se"), "Komplettering anmälan DalaLab",
             """Hej igen!

Jag anmälde mig i december till träffen den 3 maj. Nu har jag fått klartecken att vara med även den 29 november, så lägg gärna till den också.

Tack!
Gustav Eriksson
Avesta kommun
""",
             X("change", [P("Gustav Eriksson", "gustav.eriksson@avesta.se", "Avesta kommun")], [S1, S3]),
             "adds a session to an existing signup; stated before + added = 3 May and 29 Nov"),
        # 16
        mail("ad016", "2027-01-11T12:30", ("Karl-Johan Nordin", "karl-johan.nordin@ludvika.se"), "DalaLab: anmälan Ludvika kommun",
             """Hej,

Anmälan från Ludvika kommun, samhällsbyggnadsförvaltningen:

1. Nordin, Karl-Johan – karl-johan.nordin@ludvika.se
2. Sjöström, Hanna – hanna.sjostrom@ludvika.se (laktosintolerant)

Vi deltar båda på samtliga träffar.

Mvh
Karl-Johan Nordin
Strateg samhällsplanering
Ludvika kommun, 771 82 Ludvika
Tfn 0240-860 00 (vx), 0240-866 41 (dir)
""",
             X("register", [P("Karl-Johan Nordin", "karl-johan.nordin@ludvika.se", "Ludvika kommun"),
                            P("Hanna Sjöström", "hanna.sjostrom@ludvika.se", "Ludvika kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "numbered 'Efternamn, Förnamn' list including the sender; 'samtliga träffar'; diet in parentheses for one person"),
        # 17
        mail("ad017", "2027-01-13T07:58", ("Rebecka Sund", "rebecka.sund@rattvik.se"), "Avanmälan en träff",
             """Hej Linnea,

Jag behöver tyvärr avanmäla mig från träffen den 21/9 – vi har budgetdialog med nämnden den dagen och den går inte att flytta.

Hälsningar
Rebecka Sund
Rättviks kommun
0248-70 000
""",
             X("cancel", [P("Rebecka Sund", "rebecka.sund@rattvik.se", "Rättviks kommun")], [S2]),
             "partial cancellation of one session written '21/9'"),
        # 18
        mail("ad018", "2027-01-15T14:03", ("Rachel Moberg", "rachel.moberg@regiondalarna.se"), "DalaLab – sign me up",
             """Hi Linnea,

I'm in the regional development unit two floors down from you, so maybe I should just have walked over :) Please register me for DalaLab.

Dietary requirements: nut allergy.

Thanks!
Rachel

Rachel Moberg
Analyst, Regional Development
Region Dalarna
Box 712, 791 29 Falun
Phone: +46 10 224 00 00
""",
             X("register", [P("Rachel Moberg", "rachel.moberg@regiondalarna.se", "Region Dalarna")], ALL, diet="nut allergy"),
             "English signup from the organiser's own region, no dates = all four; diet 'nut allergy'; Falun box address is not the organisation"),
        # 19
        tg("ad019", "2027-01-19T11:11", "Sanna Ek", 6291145038,
           "hej, Sanna Ek från Hedemora här. jag är redan anmäld till första och andra träffen men har blivit tvungen att äta laktosfritt, kan ni notera det?",
           X("change", [P("Sanna Ek", None, "Hedemora kommun")], [S1, S2], diet="laktosfritt"),
           "Telegram diet update for an existing signup -> change; sessions are the two she says she holds"),
        # 20
        mail("ad020", "2027-01-21T08:40", ("Lena Östlund", "lena.ostlund@vansbro.se"), "Anmälan DalaLab Vansbro",
             """Hej!

Vi är två från Vansbro som vill vara med i DalaLab: jag själv och vår bygglovschef Björn Eriksson. Vi tar 3/5 och 22/2.

Hälsningar
Lena Östlund
Planhandläggare
Vansbro kommun
Box 42, 780 50 Vansbro
Tfn 0281-750 00
""",
             X("register", [P("Lena Östlund", "lena.ostlund@vansbro.se", "Vansbro kommun"), P("Björn Eriksson", None, "Vansbro kommun")], [S1, S4]),
             "iso-8859-1; sender plus colleague without address; '3/5 och 22/2' (22/2 = the 2028 session); postbox digits",
             charset="iso-8859-1"),
        # 21
        mail("ad021", "2027-01-25T17:02", ("Kjell Rosén", "kjell.rosen@smedjebacken.se"), "Ta bort mina uppgifter",
             """Hej,

Jag fick er inbjudan till DalaLab men är inte aktuell för projektet. Jag vill inte finnas med i era utskickslistor – var snäll och radera mitt namn och mina kontaktuppgifter ur ert register.

Kjell Rosén
Smedjebackens kommun
""",
             X("erasure", [P("Kjell Rosén", "kjell.rosen@smedjebacken.se", "Smedjebackens kommun")]),
             "erasure request ('radera mitt namn och mina kontaktuppgifter')"),
        # 22
        mail("ad022", "2027-01-28T10:25", ("Ekblom Johanna", "johanna.ekblom@falun.se"), "SV: " + INV_SUBJ,
             """Hej Linnea!

Vi blir tre från Falu kommun:
- jag själv, Johanna Ekblom
- Mikael Ståhl, mikael.stahl@falun.se
- Sofie Åberg, sofie.aberg@falun.se (vegetarisk kost)

Alla tre kommer på alla träffarna.

Vänliga hälsningar
Johanna Ekblom
Översiktsplanerare | Stadsbyggnadsförvaltningen
Falu kommun | 791 83 Falun
Tel: 023-82 000 | Mobil: 072-145 60 39

Vi värnar om din integritet. Läs om hur Falu kommun behandlar personuppgifter på falun.se/gdpr.
""" + outlook(LINNEA, "den 1 december 2026 15:12", "Ekblom Johanna <johanna.ekblom@falun.se>", INV_SUBJ, INV),
             X("register", [P("Johanna Ekblom", "johanna.ekblom@falun.se", "Falu kommun"),
                            P("Mikael Ståhl", "mikael.stahl@falun.se", "Falu kommun"),
                            P("Sofie Åberg", "sofie.aberg@falun.se", "Falu kommun", diet="vegetarisk kost")],
               ALL, diet="vegetarisk kost"),
             "Outlook reply, bullet list of sender + two colleagues with addresses; 'alla träffarna'; quoted invitation; GDPR footer"),
        # 23
        mail("ad023", "2027-02-01T13:14", ("Jonathan Reed", "jonathan.reed@nordplan-consult.com"), "Question about DalaLab",
             """Hello,

I work for a private consultancy that prepares comprehensive plans for several municipalities in Dalarna. Would it be possible for someone like me to join DalaLab, and if so, is there a fee? The session on 21 September looks especially relevant to our work.

I won't register until I know whether it's open to consultants.

Best regards,
Jonathan Reed
Nordplan Consult AB
+46 8 120 455 70
""",
             X("question"),
             "English question from a consultant; names a session date and says he will not register yet"),
        # 24
        mail("ad024", "2027-02-03T09:50", ("Eva Lindqvist", "eva.lindqvist@gagnef.se"), "Ändring av deltagare DalaLab",
             """Hej Linnea,

Ulrika Hed hos oss kan inte längre delta i DalaLab eftersom hon går på föräldraledighet i vår. I stället tar Magnus Forsgren (magnus.forsgren@gagnef.se) hennes plats på alla fyra träffarna.

Med vänlig hälsning
Eva Lindqvist
Enhetschef Plan
Gagnefs kommun
0241-150 00
""",
             X("change", [P("Ulrika Hed", None, "Gagnefs kommun"), P("Magnus Forsgren", "magnus.forsgren@gagnef.se", "Gagnefs kommun")], ALL),
             "manager substitutes one colleague for another; people = leaving + substitute, sender not in people; 'alla fyra'"),
        # 25
        tg("ad025", "2027-02-05T21:48", "Marcus Wahlberg", 5862319904,
           "Hej, Marcus här från Borlänge. Måste tyvärr avanmäla mig från DalaLab helt, har bytt tjänst. Sorry för strulet!",
           X("cancel", [P("Marcus Wahlberg", None, "Borlänge kommun")], ALL),
           "Telegram full cancellation, no session named = all four"),
        # 26
        mail("ad026", "2027-02-09T08:05", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"), "Olevererbart: Bekräftelse anmälan DalaLab",
             """Det här är ett automatiskt meddelande från e-postsystemet.

Ditt meddelande kunde inte levereras till en eller flera mottagare.

  jonas.perssson@mora.se
    550 5.1.1 <jonas.perssson@mora.se>: Recipient address rejected: User unknown

------ Det ursprungliga meddelandet ------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Till: jonas.perssson@mora.se
Ämne: Bekräftelse anmälan DalaLab

Hej Jonas!
Du är anmäld till DalaLab den 3 maj 2027, 29 november 2027 och 22 februari 2028. Specialkost: laktosfritt.
""",
             X("auto_reply"),
             "bounce of the organiser's confirmation (mistyped address); the returned text holds a name, dates and a diet"),
        # 27
        mail("ad027", "2027-02-11T15:36", ("Ola Westberg", "ola.westberg@lansstyrelsen.se"), "DalaLab",
             """Hej Linnea,

Har pratat med min enhetschef och får gå på DalaLab. Anmäl mig gärna till träffarna i maj och september.

Hälsningar

Ola Westberg
Handläggare, fysisk planering
Enheten för samhällsplanering
Länsstyrelsen Dalarnas län
Åsgatan 38, 791 84 Falun
Telefon: 010-225 00 00 | Direkt: 010-225 03 61
dalarna@lansstyrelsen.se | www.lansstyrelsen.se/dalarna

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter. Läs mer om hur vi hanterar personuppgifter på www.lansstyrelsen.se/personuppgifter.
""",
             X("register", [P("Ola Westberg", "ola.westberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "Länsstyrelsen signup; sessions by month ('maj och september'); signature and disclaimer with numbers and a functional address"),
        # 28
        mail("ad028", "2027-02-15T10:12", ("Anders Lund", "anders.lund@orsa.se"), "Byte av träff",
             """Hej!

Jag är anmäld till träffen den 29 november, men skulle vilja byta till den 21 september i stället om det går. Det är bara den ena jag kan gå på.

Tack på förhand,
Anders Lund
Orsa kommun
""",
             X("change", [P("Anders Lund", "anders.lund@orsa.se", "Orsa kommun")], [S2]),
             "swap 29 Nov -> 21 Sep; only one session held, so sessions after the change = 21 Sep"),
        # 29
        mail("ad029", "2027-02-17T12:59", ("Alexander Boman", "alexander.boman@mora.se"), "SV: DalaLab 3 maj",
             """Ja, gärna!

Linnea: jag vill anmäla mig till samma träff som Pia skriver om nedan.

Alexander Boman
GIS-ingenjör, Mora kommun
0250-262 18
""" + outlook("Pia Kvist <pia.kvist@mora.se>", "den 16 februari 2027 14:03",
              "Alexander Boman <alexander.boman@mora.se>; Linnea Hassis <linnea.hassis@regiondalarna.se>", "DalaLab 3 maj",
              """Hej Alex,

Jag är anmäld till första träffen i DalaLab, den 3 maj i Falun. Borde inte du också följa med? Linnea på regionen har kopia.

/Pia
""" + outlook(LINNEA, "den 1 december 2026 15:12", "Pia Kvist <pia.kvist@mora.se>", INV_SUBJ, INV)),
             X("register", [P("Alexander Boman", "alexander.boman@mora.se", "Mora kommun")], [S1]),
             "reply-all on a colleague's mail; 'samma träff som Pia' resolves to 3 May from the quoted text; Pia already registered, not in people"),
        # 30
        mail("ad030", "2027-02-22T09:30", ("Jonna Backman", "jonna.backman@regiondalarna.se"), "Anmälan",
             """Hej Linnea,

Jag flyttade hit från Vasa i höstas och jobbar nu på regionens enhet för samhällsplanering. Jag ber att få anmäla mig till DalaLab, samtliga träffar.

Jag har fiskallergi.

Tack på förhand och trevlig vecka!

Jonna Backman
Planerare, Region Dalarna
tfn 010-224 12 90
""",
             X("register", [P("Jonna Backman", "jonna.backman@regiondalarna.se", "Region Dalarna")], ALL, diet="fiskallergi"),
             "Finland-Swedish writer at the region; sent on 22 Feb 2027 (not a session); 'samtliga träffar'; diet 'fiskallergi'"),
        # 31
        mail("ad031", "2027-02-25T14:44", ("Malin Trogen", "malin.trogen@smedjebacken.se"), "Material från träffarna?",
             """Hej!

Jag är anmäld till alla träffar i DalaLab, men det är osäkert om jag kan komma den 3 maj eftersom vi har samråd om översiktsplanen samma vecka. Jag återkommer när jag vet mer.

Kommer presentationerna att läggas ut efteråt, så att man kan ta del av dem om man missar en träff?

Hälsningar
Malin Trogen
Smedjebackens kommun
0240-660 00
""",
             X("question"),
             "registered participant asks about materials; 'osäkert om jag kan komma den 3 maj ... återkommer' is not a cancellation"),
        # 32
        tg("ad032", "2027-03-01T11:20", "Lina Berg", 1983356620,
           "hej! Lina Berg här, Smedjebackens kommun. jag kan inte gå 3 maj, min kollega noah sandström tar min plats den dagen",
           X("change", [P("Lina Berg", None, "Smedjebackens kommun"), P("Noah Sandström", None, "Smedjebackens kommun")], [S1]),
           "Telegram substitution for one session; substitute written in lower case; people = leaving + substitute"),
        # 33
        mail("ad033", "2027-03-03T16:05", ("Birgitta Svärd", "birgitta.svard@mora.se"), "Avanmälan DalaLab",
             """<html><body>
<div style="font-family:Arial;font-size:10pt">
<p>Hej,</p>
<p>Jag behöver avanmäla vår medarbetare <b>Jonas Persson</b> från DalaLab. Han har avslutat sin anställning hos oss.</p>
<p>Vänliga hälsningar,<br>Birgitta Svärd<br>HR-konsult<br>Mora kommun<br>0250-260 00</p>
</div>
</body></html>""",
             X("cancel", [P("Jonas Persson", None, "Mora kommun")], ALL),
             "HTML-only; HR cancels a colleague (sender not in people); no session named = all four", html=True),
        # 34
        mail("ad034", "2027-03-08T08:22", ("Martin Clarke", "martin.clarke@avesta.se"), "DalaLab – two from Avesta",
             """Hi Linnea,

Two of us from Avesta would like to join DalaLab: myself and Tereza Novak (tereza.novak@avesta.se). We'll attend May 3rd and February 22nd.

Tereza is gluten intolerant.

Cheers,
Martin Clarke
Transport Planner
Avesta kommun
Tel. +46 226 645 000
""",
             X("register", [P("Martin Clarke", "martin.clarke@avesta.se", "Avesta kommun"),
                            P("Tereza Novak", "tereza.novak@avesta.se", "Avesta kommun", diet="gluten intolerant")],
               [S1, S4], diet="gluten intolerant"),
             "English; sender plus colleague with address; 'May 3rd and February 22nd' (Feb = 2028 session); colleague's diet"),
        # 35
        mail("ad035", "2027-03-11T13:55", ("Sara Nyman", "sara.nyman@rattvik.se"), "Ny e-postadress",
             """Hej!

Jag anmälde mig till DalaLab (alla träffar) från min privata adress sara.nyman@gmail.com. Kan ni ändra så att kallelser och bekräftelser går till min jobbadress sara.nyman@rattvik.se i stället?

Tack!
Sara Nyman
Rättviks kommun
""",
             X("change", [P("Sara Nyman", "sara.nyman@rattvik.se", "Rättviks kommun")], ALL),
             "address change for an existing signup; old gmail address is not a second person; sessions stated as all"),
        # 36
        tg("ad036", "2027-03-15T19:40", "Kalle Järvinen", 880312467,
           "Hi! Can I sign up for the Nov 29 session only? Kalle from Leksand municipality, kalle.jarvinen@leksand.se",
           X("register", [P("Kalle Järvinen", "kalle.jarvinen@leksand.se", "Leksands kommun")], [S3]),
           "English Telegram signup phrased as a question; address in the text is kept; 'Leksand municipality'"),
        # 37
        mail("ad037", "2027-03-18T10:08", ("Torbjørn Lie", "torbjorn.lie@alvdalen.se"), "Avmelding 22. februar",
             """Hei,

Jeg må dessverre melde meg av samlingen 22. februar 2028, da skal jeg ut i permisjon. De andre samlingene kommer jeg fortsatt på.

Vennlig hilsen
Torbjørn Lie
Planarkitekt, Älvdalens kommun
""",
             X("cancel", [P("Torbjørn Lie", "torbjorn.lie@alvdalen.se", "Älvdalens kommun")], [S4]),
             "Norwegian partial cancellation ('melde meg av') of the February 2028 session"),
        # 38
        mail("ad038", "2027-03-22T07:31", ("Office 365 Admin", "no-reply@secure-mail365-verify.info"), "Åtgärd krävs: 3 väntande anmälningar",
             """Microsoft 365

Du har 3 väntande anmälningar till evenemanget "DalaLab" som inte har bekräftats.

Bekräfta anmälningarna inom 24 timmar genom att logga in med ditt arbetskonto:
http://secure-mail365-verify.info/login?id=88213

Obekräftade anmälningar raderas automatiskt.

© 2027 Microsoft Corporation
""",
             X("unknown"),
             "phishing dressed as pending registrations; no participant request"),
        # 39
        mail("ad039", "2027-03-25T14:17", ("Tobias Grahn", "tobias.grahn@borlange.se"), "Byte datum DalaLab",
             """Hej Linnea,

Både jag och Petra Lindh är anmälda till bara en träff, den 21/9. Vi skulle vilja byta till 29/11 i stället, eftersom september krockar med vår planmonitor.

Mvh
Tobias Grahn
Borlänge kommun
""",
             X("change", [P("Tobias Grahn", "tobias.grahn@borlange.se", "Borlänge kommun"), P("Petra Lindh", None, "Borlänge kommun")], [S3]),
             "swap for two people '21/9' -> '29/11'; colleague without address"),
        # 40
        mail("ad040", "2027-03-29T09:45", ("Kerstin Wikner", "kerstin.wikner@sater.se"), "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             latin("""Hej,

Tack för påminnelsen! Jag vill anmäla mig till den tredje och fjärde träffen.

Hälsningar
Kerstin Wikner
Säters kommun
Rådhusgatan 1, 783 27 Säter
0225-550 00
""" + outlook(LINNEA, "den 26 mars 2027 08:00", "Kerstin Wikner <kerstin.wikner@sater.se>",
              "Påminnelse: anmälan till DalaLab senast 14 april", REMINDER)),
             X("register", [P("Kerstin Wikner", "kerstin.wikner@sater.se", "Säters kommun")], [S3, S4]),
             "iso-8859-1 reply to the reminder; 'tredje och fjärde träffen' = 29 Nov + 22 Feb; quoted reminder holds all dates and the deadline",
             charset="iso-8859-1"),
        # 41
        mail("ad041", "2027-04-02T08:14", ("Nils Hallberg", "nils.hallberg@avesta.se"), "DalaLab",
             """Hej Linnea. Tyvärr blir det inget DalaLab för mig, förvaltningen har stoppat alla externa utbildningar resten av året. Stryk mig från listan.
/Nils Hallberg, Avesta

Skickat från Outlook för Android
""",
             X("cancel", [P("Nils Hallberg", "nils.hallberg@avesta.se", "Avesta kommun")], ALL),
             "late full cancellation from a phone ('Stryk mig från listan'), no dates = all four"),
        # 42
        tg("ad042", "2027-04-05T15:30", "Vera Hultgren", 6702284415,
           "hej igen! kan jag byta från första träffen till den andra? och jag har blivit vegetarian sen sist 🙂 /vera, ludvika",
           X("change", [P("Vera Hultgren", None, "Ludvika kommun")], [S2], diet="vegetarian"),
           "Telegram bare swap by ordinal (first -> second) plus a new diet"),
        # 43
        mail("ad043", "2027-04-07T10:52", ("Anneli Strömberg", "anneli.stromberg@ludvika.se"), "SV: DalaLab: anmälan Ludvika kommun",
             """Hej Linnea,

Karl-Johan och Hanna (se nedan) kan tyvärr inte delta på höstens träffar på grund av en omorganisation hos oss. Övriga träffar står kvar.

Hälsningar
Anneli Strömberg
Förvaltningschef, Samhällsbyggnad
Ludvika kommun
""" + outlook("Karl-Johan Nordin <karl-johan.nordin@ludvika.se>", "den 11 januari 2027 12:30", "Linnea Hassis <linnea.hassis@regiondalarna.se>",
              "DalaLab: anmälan Ludvika kommun",
              """Hej,

Anmälan från Ludvika kommun, samhällsbyggnadsförvaltningen:

1. Nordin, Karl-Johan – karl-johan.nordin@ludvika.se
2. Sjöström, Hanna – hanna.sjostrom@ludvika.se (laktosintolerant)

Vi deltar båda på samtliga träffar.
"""),
             X("cancel", [P("Karl-Johan Nordin", "karl-johan.nordin@ludvika.se", "Ludvika kommun"),
                          P("Hanna Sjöström", "hanna.sjostrom@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "manager cancels 'höstens träffar' (21 Sep + 29 Nov) for two colleagues named by first name; full names and addresses from the quoted signup; quoted diet is not restated"),
        # 44
        mail("ad044", "2027-04-09T16:20", ("Helena Morén", "helena.moren@leksand.se"), "Ersättare DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p>Jag har tyvärr fått förhinder och kan inte delta i DalaLab. Min kollega Amanda Rask (amanda.rask@leksand.se) går i mitt ställe på de träffar jag var anmäld till, alltså 3&nbsp;maj och 21&nbsp;september.</p>
<p>Med vänlig hälsning<br>Helena Morén<br>Leksands kommun<br>0247-800 00</p>
</body></html>""",
             X("change", [P("Helena Morén", "helena.moren@leksand.se", "Leksands kommun"), P("Amanda Rask", "amanda.rask@leksand.se", "Leksands kommun")], [S1, S2]),
             "HTML-only late substitution; sender out, colleague with address in; '3&nbsp;maj' entity between day and month", html=True),
        # 45
        mail("ad045", "2027-04-10T11:47", ("Sam Whitfield", "sam.whitfield@regiondalarna.se"), "Withdrawal – DalaLab 3 May",
             """Hi Linnea,

Unfortunately I have to withdraw from the DalaLab session on 3 May – I'll be on a site visit in Tromsø that week. I still plan to come to the autumn sessions and the one in February.

Best,
Sam Whitfield
Senior Adviser, Infrastructure
Region Dalarna
""",
             X("cancel", [P("Sam Whitfield", "sam.whitfield@regiondalarna.se", "Region Dalarna")], [S1]),
             "English partial withdrawal of 3 May; remaining sessions mentioned but unchanged"),
    ]
