"""Writer "clients" (bc046–bc090): mail as real clients and systems produce it. Outlook calendar responses
(Accepterat/Avböjt/Preliminärt, with and without a typed comment), HTML-only mail with tables and entities, replies
typed on top of quoted confirmations and invitations ("> " and Outlook "Från: ... Skickat: ..." headers), VB:/Fwd:
forwards where the signup sits in the forwarded part, iPhone and Android footers, long legal disclaimers, a
mailing-list post and digest, a newsletter, bounces, out-of-office and auto-acknowledgements, a read receipt,
iso-8859-1 mail, misdirected mail; Telegram messages that paste mail text or talk about the calendar invitations."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


INVITATION_OUTLOOK = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 13:05
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till
lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun. Hållbar utveckling i ett rumsligt
perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket).
Träff 2: 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
Träff 3: 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
Träff 4: 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
tillgänglighet.

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def messages():
    return [
        # ---------------------------------------------------------------- e-mail
        mail("bc046", "2026-12-04T09:12", ("Sundin Malin", "malin.sundin@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan. Jag anmäler mig till träff 1 och 3. De andra två ligger tyvärr mitt i budgetarbetet
och samrådet för fördjupningen av ÖP för Grycksbo.

Med vänliga hälsningar

Malin Sundin
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Falu kommun
Besöksadress: Stadshuset, Slaggatan 4
Postadress: 791 83 Falun
Telefon: 023-86 000 (växel), direkt 023-82 614
www.falun.se

Detta e-postmeddelande och eventuella bilagor kan innehålla information som är konfidentiell och endast
avsedd för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera
meddelandet. Observera att e-post till och från Falu kommun kan komma att diarieföras och bli allmän
handling enligt offentlighetsprincipen. När du skickar e-post till Falu kommun behandlas dina
personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer på www.falun.se/personuppgifter.

""" + INVITATION_OUTLOOK,
             X("register", [P("Malin Sundin", "malin.sundin@falun.se", "Falu kommun")], [S1, S3]),
             "Outlook reply on top of the quoted invitation (all four dates in 'Från/Skickat' form); 'träff 1 och 3' "
             "= 3 May + 29 Nov; surname-first display name; long GDPR disclaimer"),

        mail("bc047", "2027-01-19T08:41", ("Eriksson Jonas", "jonas.eriksson@avesta.se"),
             "Accepterat: Lärträff 1 – DalaLab 3 maj",
             "",
             X("auto_reply"),
             "Outlook calendar accept with an empty body from someone already registered (the organiser sent the "
             "meeting invitation); nothing to act on, the date in the subject is not a signup"),

        mail("bc048", "2027-01-20T15:03", ("Wikander Stefan", "stefan.wikander@hedemora.se"),
             "Avböjt: Lärträff 2 – DalaLab 21 september",
             """Tyvärr, budgetberedningen i kommunstyrelsen ligger samma dag och den kan jag inte flytta.
Övriga träffar står kvar som jag anmält.

/Stefan""",
             X("cancel", [P("Stefan Wikander", "stefan.wikander@hedemora.se", "Hedemora kommun")], [S2]),
             "Outlook 'Avböjt:' with a typed comment: cancels session 2 only; 'övriga står kvar'"),

        mail("bc049", "2027-01-21T10:27", ("Mattsson Åsa", "asa.mattsson@mora.se"),
             "Preliminärt: Lärträff 1 – DalaLab 3 maj",
             """Hej! Tåget från Mora kommer in till Falun 10.08 enligt tidtabellen, så jag hinner inte till fikat och
kanske inte riktigt till start heller. Går det bra att komma en kvart sent, eller finns det något annat
upplägg för oss som åker kollektivt från norra Dalarna?

Åsa""",
             X("question"),
             "Outlook 'Preliminärt:' with a typed comment that asks whether arriving late is OK -> question; "
             "already registered, no change of sessions"),

        mail("bc050", "2027-01-25T13:48", ("Ingela Strömgren", "ingela.stromgren@borlange.se"),
             "Anmälan DalaLab från Borlänge",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{font-family:Calibri,sans-serif;font-size:11pt;padding:2px 8px;border:1px solid #999}</style></head>
<body>
<p>Hej Linnea,</p>
<p>H&auml;r kommer anm&auml;lan fr&aring;n oss p&aring; Borl&auml;nge kommun. Vi &auml;r tv&aring; som vill vara med p&aring; <b>samtliga fyra</b> tr&auml;ffar.</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Befattning</b></td><td><b>Specialkost</b></td></tr>
<tr><td>Ingela Str&ouml;mgren</td><td><a href="mailto:ingela.stromgren@borlange.se">ingela.stromgren@borlange.se</a></td><td>Planarkitekt</td><td>&nbsp;&ndash;</td></tr>
<tr><td>Elsa Nordin</td><td><a href="mailto:elsa.nordin@borlange.se">elsa.nordin@borlange.se</a></td><td>Strateg, h&aring;llbar utveckling</td><td>Vegetarisk</td></tr>
</table>
<p>&nbsp;</p>
<p>Med v&auml;nlig h&auml;lsning<br>
Ingela Str&ouml;mgren<br>
Planarkitekt | Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>
Borl&auml;nge kommun | 781 81 Borl&auml;nge<br>
Tel 0243-740 00 &nbsp;|&nbsp; Mobil 070-312 45 67</p>
</body></html>""",
             X("register", [P("Ingela Strömgren", "ingela.stromgren@borlange.se", "Borlänge kommun"),
                            P("Elsa Nordin", "elsa.nordin@borlange.se", "Borlänge kommun", diet="Vegetarisk")],
               ALL, diet="Vegetarisk"),
             "HTML-only mail with a table of two people (sender included); 'samtliga fyra' = all; diet in a cell "
             "for the colleague; &auml;/&nbsp; entities"),

        mail("bc051", "2027-01-27T11:15", ("Lars Hedin", "lars.hedin@regiondalarna.se"),
             "VB: Anmälan till lärträffarna",
             """Hej Linnea,

Den här hamnade hos mig, jag tror Karin menade att skicka den till dig.

/Lars

Lars Hedin
Utvecklingsstrateg, Regional utveckling
Region Dalarna
Tfn 023-49 00 00

Från: Karin Söderlund <karin.soderlund@leksand.se>
Skickat: den 26 januari 2027 16:52
Till: Hedin Lars <lars.hedin@regiondalarna.se>
Ämne: Anmälan till lärträffarna

Hej!

Jag vill anmäla mig till DalaLab, träffarna 3 maj och 21 september. Jag äter vegetariskt.

Vänliga hälsningar
Karin Söderlund
Planeringsarkitekt, Leksands kommun
0247-800 00""",
             X("register", [P("Karin Söderlund", "karin.soderlund@leksand.se", "Leksands kommun")], [S1, S2],
               diet="vegetariskt"),
             "Outlook forward of a signup sent to the wrong person: the forwarder (Region Dalarna) is not "
             "registered; Karin, her address and dates are only in the forwarded part"),

        mail("bc052", "2027-02-01T07:02", ("Ek Lotta", "lotta.ek@hedemora.se"),
             "Automatiskt svar: Lärträff 1 – DalaLab 3 maj",
             """Hej!

Jag är föräldraledig till och med söndag 2 maj 2027 och läser inte min e-post. Från och med måndag 3 maj
är jag tillbaka.

Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningens kundtjänst på 0225-340 00 eller
samhallsbyggnad@hedemora.se.

Med vänlig hälsning
Lotta Ek
Hedemora kommun""",
             X("auto_reply"),
             "Swedish Outlook out-of-office echoing the calendar subject; 'måndag 3 maj' is her return date, "
             "not a signup"),

        mail("bc053", "2027-02-15T09:30", ("Roberts Daniel", "daniel.roberts@ludvika.se"),
             "Automatic reply: Bekräftelse på din anmälan – DalaLab",
             """Thank you for your email.

I am out of the office until Monday 22 February with limited access to email. For urgent matters
regarding detailed development plans, please contact planering@ludvika.se or call +46 240 860 00.

Best regards
Daniel Roberts
Ludvika kommun""",
             X("auto_reply"),
             "English out-of-office; 'Monday 22 February' is 2027 (his return), not the 2028 session"),

        mail("bc054", "2027-01-29T14:06",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Olevererbart: Bekräftelse på din anmälan – DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

johan.backman@smedjebaken.se
Domänen smedjebaken.se finns inte. Kontrollera att e-postadressen är rätt stavad och försök igen.

Diagnostikinformation för administratörer:

Genererande server: DB9PR02MB7234.eurprd02.prod.outlook.com

johan.backman@smedjebaken.se
Remote Server returned '550 5.4.310 DNS domain smedjebaken.se does not exist [Message=InfoDomainNonexistent]'

Ursprungliga meddelandehuvuden:

Received: from DB9PR02MB7234.eurprd02.prod.outlook.com ([fe80::1c4d:9a2f:3e11:7b20]) by
 DB9PR02MB7234.eurprd02.prod.outlook.com with mapi id 15.20.7292.036; Fri, 29 Jan 2027 14:06:11 +0100
From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: "johan.backman@smedjebaken.se" <johan.backman@smedjebaken.se>
Subject: Bekräftelse på din anmälan – DalaLab
Date: Fri, 29 Jan 2027 14:06:10 +0100

Hej Johan!

Tack för din anmälan till DalaLab. Du är anmäld till:
- 3 maj 2027, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Med vänlig hälsning
Linnea Hassis, Region Dalarna""",
             X("auto_reply"),
             "Exchange non-delivery report (Swedish) for a mistyped domain; the returned confirmation lists a name "
             "and all four dates -> nothing to register"),

        mail("bc055", "2027-02-03T08:14", ("Jönsson Maria", "maria.jonsson@gagnef.se"),
             "Läst: Bekräftelse på din anmälan – DalaLab",
             """Ditt meddelande

  Till: Jönsson Maria
  Ämne: Bekräftelse på din anmälan – DalaLab
  Skickat: den 2 februari 2027 16:40:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 3 februari 2027 08:13:57 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.""",
             X("auto_reply"),
             "Outlook read receipt ('Läst:'); automatic, nothing to act on"),

        mail("bc056", "2027-02-10T06:30", ("Planeringsnätverket Mitt", "nyhetsbrev@planeringsnatverket.se"),
             "Nyhetsbrev februari: ÖP-modellen, klimatanpassning och vårens webbinarier",
             """<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#1b4d3e;color:#fff"><h1 style="margin:0">Planeringsn&auml;tverket Mitt</h1>Nyhetsbrev nr 2 &middot; februari 2027</td></tr>
<tr><td>
<h2>Webbinarium: Utvecklingsinriktning i &Ouml;P-modellen</h2>
<p>Hur jobbar man med utvecklingsinriktningen i praktiken? Vi samtalar med tre kommuner som kommit l&aring;ngt.<br>
<b>N&auml;r:</b> tisdag 21 september, kl 13&ndash;14.30&nbsp;&middot;&nbsp;<b>Var:</b> Teams</p>
<p><a href="https://planeringsnatverket.se/anmalan?utm_source=nyhetsbrev&amp;utm_campaign=feb27">Anm&auml;l dig h&auml;r &raquo;</a></p>
<h2>Kurs: Klimatanpassning i detaljplan</h2>
<p>Tv&aring; dagar i Sundsvall 3&ndash;4 maj. Sista anm&auml;lningsdag 1 april. Pris 4&nbsp;900&nbsp;kr exkl. moms.</p>
<h2>L&auml;stips</h2>
<p>Boverkets nya v&auml;gledning om planeringsstrategier &ndash; &bdquo;Strategisk &ouml;versiktsplanering i praktiken&ldquo;.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">Du f&aring;r detta nyhetsbrev eftersom du prenumererar p&aring; Planeringsn&auml;tverket Mitt.<br>
<a href="https://planeringsnatverket.se/avregistrera?id=88213">Avregistrera dig</a> &middot; Planeringsn&auml;tverket Mitt, Box 112, 851 02 Sundsvall</td></tr>
</table></td></tr></table></body></html>""",
             X("unknown"),
             "HTML newsletter with 'tisdag 21 september', '3–4 maj' and 'Anmäl dig här' -> unknown, not a signup "
             "and not auto_reply"),

        mail("bc057", "2027-02-11T16:22", ("Birgitta Holm", "birgitta.holm@falun.se"),
             "Justerat protokoll SBN 2027-02-09",
             """Hej Linnea!

Här kommer det justerade protokollet från samhällsbyggnadsnämnden i tisdags, § 14–§ 27. Kan du lägga upp
det på den digitala anslagstavlan senast fredag 12 februari? Överklagandetiden räknas från
anslagsdagen.

Protokollet finns också i Ciceron under dnr SBN 2027/0042.

Tack på förhand!
Birgitta Holm
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Falu kommun
023-82 000""",
             X("unknown"),
             "misdirected: meant for another Linnea at Falu kommun (minutes for the notice board), nothing about "
             "DalaLab"),

        mail("bc058", "2027-02-12T10:05", ("Gunnar Ahlberg", "gunnar.ahlberg@sater.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

Jag anmäler mig härmed till lärprojektet, men bara till träffen i maj och den i september.
Träffarna i november och februari krockar med vår fördjupade översiktsplan för Säters tätort.

Hälsningar
Gunnar Ahlberg
Samhällsplanerare
Säters kommun
Box 300, 783 27 Säter
Tel. 0225-550 00""",
             X("register", [P("Gunnar Ahlberg", "gunnar.ahlberg@sater.se", "Säters kommun")], [S1, S2]),
             "iso-8859-1 plain mail; 'i maj och den i september' = 3 May + 21 Sep; the declined November and "
             "February sessions are not registered",
             charset="iso-8859-1"),

        mail("bc059", "2027-02-16T12:44", ("Lena Rask", "lena.rask@rattvik.se"),
             "Re: Bekräftelse på din anmälan – DalaLab",
             """Hej igen!

Jag skulle vilja byta 21 september mot 29 november om det går. 3 maj står kvar.

Lena

Den 3 februari 2027 kl. 10:21 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Lena!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
> Du är anmäld till:
>
> - Träff 1: 3 maj 2027, Falun (fika från 09.30, start 10.00)
> - Träff 2: 21 september 2027
>
> Övriga träffar: 29 november 2027 och 22 februari 2028. Hör av dig om du vill ändra något.
>
> Med vänlig hälsning
> Linnea Hassis
> Region Dalarna""",
             X("change", [P("Lena Rask", "lena.rask@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "reply typed on top of a '> '-quoted confirmation; swap 21 Sep -> 29 Nov with '3 maj står kvar' -> "
             "sessions after the change 3 May + 29 Nov; quoted text names all four dates"),

        mail("bc060", "2027-02-18T06:58", ("Anders Tholin", "anders.tholin@ludvika.se"),
             "Sv: Bekräftelse på din anmälan – DalaLab",
             """Hej! Måste tyvärr avanmäla mig från 3 maj, opereras i april och är sjukskriven en tid efter. Resten står kvar.
/Anders

Skickat från min iPhone

> 2 feb. 2027 kl. 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Anders! Tack för din anmälan. Du är anmäld till samtliga fyra träffar: 3 maj 2027,
> 21 september 2027, 29 november 2027 och 22 februari 2028.
> /Linnea""",
             X("cancel", [P("Anders Tholin", "anders.tholin@ludvika.se", "Ludvika kommun")], [S1]),
             "iPhone reply over a quoted confirmation; cancels 3 May only ('resten står kvar'); 'april' is not a "
             "session"),

        mail("bc061", "2027-02-22T14:30", ("Hammar Per", "per.hammar@lansstyrelsen.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej Linnea,

Jag anmäler mig gärna till hela lärprojektet. Jag äter inte fläsk.

Vänliga hälsningar

Per Hammar
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
Tfn 010-225 00 00
per.hammar@lansstyrelsen.se

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer om hur vi behandlar dina
personuppgifter på www.lansstyrelsen.se/dalarna/dataskydd.
The County Administrative Board processes personal data in accordance with the General Data Protection
Regulation. This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete the message.

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 22 februari 2027 08:00
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

> Glöm inte att anmäla dig till DalaLab! Träffarna är 3 maj, 21 september, 29 november 2027 och
> 22 februari 2028. Sista anmälningsdag är 14 april.""",
             X("register", [P("Per Hammar", "per.hammar@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL,
               diet="äter inte fläsk"),
             "reply to the reminder sent the same day (22 Feb 2027, not the 2028 session); 'hela lärprojektet' = "
             "all four; diet as stated; bilingual disclaimer"),

        mail("bc062", "2027-02-24T11:11", ("Tove Lindqvist", "tove.lindqvist@vansbro.se"),
             "Frågor inför träff 1",
             """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag &auml;r anm&auml;ld till DalaLab och har tv&aring; praktiska fr&aring;gor inf&ouml;r f&ouml;rsta tr&auml;ffen:</p>
<ol>
<li>Finns det parkering vid lokalen i Falun, och i s&aring; fall kostar den?</li>
<li>Kommer presentationerna att skickas ut efter&aring;t? Jag vill g&auml;rna kunna dela dem med kollegorna h&auml;r i Vansbro.</li>
</ol>
<p>Tack!<br>
Tove Lindqvist<br>
Planhandl&auml;ggare&nbsp;&nbsp;|&nbsp;&nbsp;Vansbro kommun<br>
0281-750 00</p>
</div>""",
             X("question"),
             "HTML-only question from someone already registered (parking, slides); no sessions"),

        mail("bc063", "2027-02-25T09:47", ("Ove Strand", "ove.strand@mora.se"),
             "Fwd: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Linnea – anmäl mig och Petra Holm (petra.holm@mora.se) till första träffen. Tack!
Ove

---------- Forwarded message ---------
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Date: tis 1 dec. 2026 kl 13:05
Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
To: Hassis Linnea <linnea.hassis@regiondalarna.se>


Hej!

Region Dalarna bjuder in till lärprojektet DalaLab.

Träff 1: måndag 3 maj 2027, kl. 10.00–15.00, Falun.
Träff 2: 21 september 2027.
Träff 3: 29 november 2027.
Träff 4: 22 februari 2028.

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027.

Linnea Hassis
Region Dalarna""",
             X("register", [P("Ove Strand", "ove.strand@mora.se", "Mora kommun"),
                            P("Petra Holm", "petra.holm@mora.se", "Mora kommun")], [S1]),
             "Gmail forward of the invitation with one line on top: sender + colleague, 'första träffen' = 3 May; "
             "the forwarded invitation lists all four dates"),

        mail("bc064", "2027-03-01T19:40", ("Kerstin Backlund", "kerstin.backlund@orsa.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej,

Jag vill inte få fler utskick om det här. Radera mina kontaktuppgifter ur era listor enligt GDPR, tack.

Kerstin Backlund

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 22 februari 2027 08:00
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

Glöm inte att anmäla dig till DalaLab! Träffarna är 3 maj, 21 september, 29 november 2027 och
22 februari 2028. Sista anmälningsdag är 14 april.""",
             X("erasure", [P("Kerstin Backlund", "kerstin.backlund@orsa.se", "Orsa kommun")]),
             "erasure request typed over a quoted reminder; organisation from orsa.se; quoted dates are no "
             "sessions"),

        mail("bc065", "2027-03-03T13:20", ("Göran Lund", "goran.lund@orsa.se"),
             "VB: Bekräftelse på din anmälan – DalaLab",
             """Hej Linnea,

Jag slutar på Orsa kommun den 31 mars. Min efterträdare Fatima Ali (fatima.ali@orsa.se) tar över min
plats i DalaLab, alltså alla fyra träffarna som jag var anmäld till enligt nedan. Jag stryker mig själv.

Tack för den här tiden!
Göran

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 8 januari 2027 09:12
Till: Lund Göran <goran.lund@orsa.se>
Ämne: Bekräftelse på din anmälan – DalaLab

Hej Göran!

Du är anmäld till DalaLab, träffarna 3 maj 2027, 21 september 2027, 29 november 2027 och
22 februari 2028.

Med vänlig hälsning
Linnea Hassis""",
             X("change", [P("Göran Lund", "goran.lund@orsa.se", "Orsa kommun"),
                          P("Fatima Ali", "fatima.ali@orsa.se", "Orsa kommun")], ALL),
             "forwarded confirmation with a substitution on top: Göran out, successor Fatima in for all four "
             "('alla fyra'); people lists both; '31 mars' is not a session"),

        mail("bc066", "2027-01-11T08:00", ("Hedemora kommun", "kommun@hedemora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt meddelande till Hedemora kommun!

Detta är ett automatiskt svar. Ditt e-postmeddelande har tagits emot och kommer att registreras och
fördelas till rätt handläggare. Normal handläggningstid är fem arbetsdagar.

Observera att e-post som skickas till kommunen blir allmän handling. Skicka inte känsliga
personuppgifter via e-post.

Hedemora kommun
Kundtjänst 0225-340 00
Stora Torget 1, 776 81 Hedemora""",
             X("auto_reply"),
             "municipal registry auto-acknowledgement to the invitation sent to kommun@hedemora.se; automatic"),

        mail("bc067", "2027-03-05T10:33", ("Holmgren Sara", "sara.holmgren@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej!<o:p></o:p></p>
<p class="MsoNormal">Jag vill anm&auml;la mig till alla tillf&auml;llen.<br>Kost: laktosfri<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br><b>Sara Holmgren</b><br>Fysisk planerare<br>Avesta kommun<br>Tel: 0226-64 50 00<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Fr&aring;n:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt; <br>
<b>Skickat:</b> den 1 december 2026 13:05<br>
<b>Till:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>&Auml;mne:</b> Inbjudan: DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft<o:p></o:p></p>
</div>
<p class="MsoNormal">Region Dalarna bjuder in till l&auml;rprojektet DalaLab.<o:p></o:p></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Tr&auml;ff 1</td><td>3 maj 2027</td><td>Falun, kl 10&ndash;15</td></tr>
<tr><td>Tr&auml;ff 2</td><td>21 september 2027</td><td>Utvecklingsinriktning i &Ouml;P-modellen</td></tr>
<tr><td>Tr&auml;ff 3</td><td>29 november 2027</td><td>&Ouml;nskv&auml;rda framtider och os&auml;kerheter</td></tr>
<tr><td>Tr&auml;ff 4</td><td>22 februari 2028</td><td>Planera f&ouml;r tillg&auml;nglighet</td></tr>
</table>
<p class="MsoNormal">Anm&auml;l dig senast 14 april 2027.<o:p></o:p></p>
</div></body></html>""",
             X("register", [P("Sara Holmgren", "sara.holmgren@avesta.se", "Avesta kommun")], ALL,
               diet="laktosfri"),
             "HTML-only Outlook reply (MsoNormal, <o:p>, &nbsp;) with the invitation quoted as an HTML table; "
             "'alla tillfällen' = all four; diet laktosfri"),

        mail("bc068", "2027-03-08T15:55", ("Hansson Per", "per.hansson@gagnef.se"),
             "SV: Bekräftelse på din anmälan – DalaLab",
             """Hej Linnea,

Maria Ekholm går på föräldraledighet från april och kommer inte att kunna delta på någon av
träffarna. Stryk henne gärna. Vi återkommer om vi skickar någon annan i hennes ställe.

Mvh
Per Hansson
Enhetschef Plan och bygg, Gagnefs kommun
0241-150 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 18 januari 2027 14:22
Till: Ekholm Maria <maria.ekholm@gagnef.se>
Kopia: Hansson Per <per.hansson@gagnef.se>
Ämne: Bekräftelse på din anmälan – DalaLab

Hej Maria!
Tack för din anmälan. Du är anmäld till 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
/Linnea""",
             X("cancel", [P("Maria Ekholm", "maria.ekholm@gagnef.se", "Gagnefs kommun")], ALL),
             "manager (cc on the confirmation) cancels a colleague: 'någon av träffarna' -> all four; her address "
             "from the quoted Outlook header; sender not in people; possible future substitute not registered"),

        mail("bc069", "2027-03-10T09:02", ("Nilsson Eva", "eva.nilsson@lansstyrelsen.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

En kollega på Falu kommun skickade vidare den här. Innan jag anmäler mig: är lärprojektet öppet även för
oss på Länsstyrelsen, eller är det bara för kommunerna och regionen? Och räknas vi i så fall in i någon
kvot?

Hälsningar
Eva Nilsson, Länsstyrelsen Dalarna

""" + INVITATION_OUTLOOK,
             X("question"),
             "forward of the invitation with a question on top ('Innan jag anmäler mig') -> question, no signup; "
             "the forwarded invitation holds all dates"),

        mail("bc070", "2027-03-12T13:37", ("Henrik Åberg", "henrik.aberg@smedjebacken.se"),
             "[planerare-dalarna] Re: DalaLab – anmälan senast 14 april",
             """Bra påminnelse, Karin!

Linnea (kopierad): anmäl mig till 3 maj och 29 november. Övriga två får jag återkomma om när
höstens planering är klar.

/Henrik Åberg, planchef Smedjebackens kommun

On Fri, 12 Mar 2027 at 11:02, Karin Persson <karin.persson@ludvika.se> wrote:
> Hej alla i nätverket! Påminner om att sista dag för anmälan till DalaLab är 14 april.
> Träffar 3/5, 21/9, 29/11 och 22/2. Anmälan till linnea.hassis@regiondalarna.se.
> /Karin

_______________________________________________
planerare-dalarna mailing list
planerare-dalarna@lists.regiondalarna.se
https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna""",
             X("register", [P("Henrik Åberg", "henrik.aberg@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "reply-all on a mailing list with the registration address in copy; signup for 3 May + 29 Nov; "
             "'övriga två får jag återkomma om' is not a signup; quoted list mail names all four",
             to="planerare-dalarna@lists.regiondalarna.se, linnea.hassis@regiondalarna.se"),

        mail("bc071", "2027-03-14T06:00", (None, "planerare-dalarna-request@lists.regiondalarna.se"),
             "planerare-dalarna Digest, Vol 14, Issue 6",
             """Send planerare-dalarna mailing list submissions to
	planerare-dalarna@lists.regiondalarna.se

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna

Today's Topics:

   1. DalaLab – anmälan senast 14 april (Karin Persson)
   2. Re: DalaLab – anmälan senast 14 april (Henrik Åberg)
   3. Samåkning till Falun 3 maj? (Ulrika Berg)

----------------------------------------------------------------------

Message: 1
Date: Fri, 12 Mar 2027 11:02:14 +0100
From: Karin Persson <karin.persson@ludvika.se>
Subject: DalaLab – anmälan senast 14 april

Hej alla i nätverket! Påminner om att sista dag för anmälan till DalaLab är 14 april.
Träffar 3/5, 21/9, 29/11 och 22/2. Anmälan till linnea.hassis@regiondalarna.se.
/Karin

------------------------------

Message: 2
Date: Fri, 12 Mar 2027 13:37:40 +0100
From: Henrik Åberg <henrik.aberg@smedjebacken.se>
Subject: Re: DalaLab – anmälan senast 14 april

Bra påminnelse, Karin! Linnea (kopierad): anmäl mig till 3 maj och 29 november.

------------------------------

Message: 3
Date: Sat, 13 Mar 2027 08:15:02 +0100
From: Ulrika Berg <ulrika.berg@malung-salen.se>
Subject: Samåkning till Falun 3 maj?

Någon som kör från Malung till första träffen och har en plats över? Jag är anmäld till alla fyra.
/Ulrika

------------------------------

End of planerare-dalarna Digest, Vol 14, Issue 6
************************************************""",
             X("unknown"),
             "mailing-list digest the organiser receives as a member: holds a signup sentence and several dates "
             "but is list traffic, not a message to act on (Henrik's own mail came separately)"),

        mail("bc072", "2027-03-16T10:48", ("Britt Mård", "britt.mard@alvdalen.se"),
             "Anmälan till DalaLab - Älvdalens kommun",
             """Hej!

Härmed anmäler jag mig själv och min kollega Nils Hansson till träff 1, 2 och 4.
Nils är glutenintolerant, jag äter allt.

Nils har ingen e-post här än (nyanställd), men det går bra att nå honom via mig.

Med vänlig hälsning

Britt Mård
Planeringsstrateg
Älvdalens kommun
Dalgatan 78, 796 80 Älvdalen
Tel 0251-310 00""",
             X("register", [P("Britt Mård", "britt.mard@alvdalen.se", "Älvdalens kommun"),
                            P("Nils Hansson", None, "Älvdalens kommun", diet="glutenintolerant")],
               [S1, S2, S4], diet="glutenintolerant"),
             "iso-8859-1 mail; sender + colleague without address; 'träff 1, 2 och 4'; diet belongs to the colleague",
             charset="iso-8859-1"),

        mail("bc073", "2027-03-18T20:14", ("Ylva Grahn", "ylva.grahn@leksand.se"),
             "Kost DalaLab",
             """<div dir="ltr">Hej Linnea,<br><br>Jag &auml;r anm&auml;ld till 3 maj och 22 februari.
Sedan jag anm&auml;lde mig har jag blivit vegan &ndash; kan ni notera det till fika och lunch?<br><br>
Tack&nbsp;och&nbsp;h&auml;lsningar<br>Ylva Grahn<br>Leksands kommun<br>0247-800 00</div>""",
             X("change", [P("Ylva Grahn", "ylva.grahn@leksand.se", "Leksands kommun")], [S1, S4], diet="vegan"),
             "HTML-only diet update for an existing signup -> change; sessions as she states them; '22 februari' "
             "without year is the 2028 session"),

        mail("bc074", "2027-03-22T07:26", ("Oliver Marsh", "oliver.marsh@regiondalarna.se"),
             "Re: VB: Inbjudan DalaLab",
             """Hi Linnea, please sign me up for sessions 2 and 4 (Sept 21 and Feb 22). I'm still learning Swedish so
English material is welcome if there is any.
Thanks, Oliver

Sent from Outlook for Android
________________________________
From: Berg Anna <anna.berg@regiondalarna.se>
Sent: Monday, March 22, 2027 7:02:11 AM
To: Marsh Oliver <oliver.marsh@regiondalarna.se>
Subject: VB: Inbjudan DalaLab

Oliver – det här kan vara något för dig! Anmälan till Linnea.

Träff 1: 3 maj 2027, Falun
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028""",
             X("register", [P("Oliver Marsh", "oliver.marsh@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "English reply from Outlook for Android on top of a colleague's forward; 'sessions 2 and 4 (Sept 21 "
             "and Feb 22)'; quoted forward lists all dates; the colleague is not registered"),

        mail("bc075", "2027-03-29T11:40", ("Falk Jenny", "jenny.falk@malung-salen.se"),
             "Avböjt: Lärträff 4 – DalaLab 22 februari 2028",
             "",
             X("cancel", [P("Jenny Falk", "jenny.falk@malung-salen.se", "Malung-Sälens kommun")], [S4],
               unsure=["intent"]),
             "Outlook calendar decline with no comment from a registered participant: read as dropping session 4; "
             "a careful organiser would confirm since a bare click may be a mistake"),

        mail("bc076", "2027-04-02T14:18", ("Berglund Tomas", "tomas.berglund@borlange.se"),
             "Preliminärt: Lärträff 2 – DalaLab 21 september",
             "",
             X("auto_reply"),
             "Outlook tentative response with an empty body: no request, nothing to act on"),

        # ---------------------------------------------------------------- Telegram
        tg("bc077", "2027-01-08T21:33", "Linus Ek", "6012348871",
           """Inbjudan DalaLab
Träff 1: 3 maj 2027, Falun
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028
Sista anmälningsdag 14 april

^ den här alltså. jag vill vara med på 3/5 o 21/9. /Linus, Gagnef""",
           X("register", [P("Linus Ek", None, "Gagnefs kommun")], [S1, S2]),
           "pasted invitation text (all four dates) followed by the actual signup '3/5 o 21/9'; 'Gagnef'"),

        tg("bc078", "2027-01-14T12:20", "Karl Nilsson", "5190023746",
           """Hej! Försökte mejla min anmälan men fick tillbaka ett felmeddelande om att det inte gick att leverera 🤷
Så jag anmäler mig här istället: Karl Nilsson, Vansbro kommun, karl.nilsson@vansbro.se – alla fyra träffarna.""",
           X("register", [P("Karl Nilsson", "karl.nilsson@vansbro.se", "Vansbro kommun")], ALL),
           "Telegram signup after a bounced mail; address in the text is kept; 'alla fyra' = all"),

        tg("bc079", "2027-01-22T08:05", "Malin Gustafsson", "7120984455",
           """Hej, jag tackade ja i kalendern till 3 maj men det krockar med en upphandling, så jag vill byta till träffen 29 november istället. /Malin Gustafsson, Orsa kommun""",
           X("change", [P("Malin Gustafsson", None, "Orsa kommun")], [S3]),
           "swap after having accepted the calendar invitation: 3 May -> 29 Nov, bare swap gives only the new "
           "session"),

        tg("bc080", "2027-01-26T17:48", "Per-Olof Dahl", "889120374",
           """Tryckte på Avböj i kalendern för 21/9 men vet inte om det kom fram, så skriver här också: kan inte komma 21 september. Övriga träffar kommer jag på. Per-Olof, Borlänge""",
           X("cancel", [P("Per-Olof Dahl", None, "Borlänge kommun")], [S2]),
           "partial cancellation restating a calendar decline; only 21 Sep"),

        tg("bc081", "2027-02-04T19:02", "Ida Hellström", "6634410920",
           """Hej! Jag fick ett mejl från er med ämnet "Läst: Anmälan DalaLab" – betyder det att min anmälan har kommit fram och att jag är anmäld? Har inte fått någon bekräftelse annars.""",
           X("question"),
           "asks whether her earlier signup arrived (she misread a read receipt); question only, no new signup"),

        tg("bc082", "2027-02-09T10:15", "Anya Petrova", "5528813390",
           """Hi! A colleague forwarded me the invitation to DalaLab. I would like to join all sessions. Anya Petrova, Ludvika municipality, spatial planner.""",
           X("register", [P("Anya Petrova", None, "Ludvika kommun")], ALL),
           "English Telegram signup; 'all sessions'; 'Ludvika municipality'"),

        tg("bc083", "2027-02-17T15:41", "Jessica Lönn", "7345512098",
           """Mamma kan du hämta Elsa på förskolan idag? Sitter fast i möte till 17. Puss""",
           X("unknown"),
           "private message sent to the wrong Telegram chat; nothing about the event"),

        tg("bc084", "2027-02-23T13:09", "Fredrik Sjöström", "1099823475",
           """anmäler mig o min kollega jonas öberg till första o sista träffen, båda hedemora. jonas är vegetarian""",
           X("register", [P("Fredrik Sjöström", None, "Hedemora kommun"),
                          P("Jonas Öberg", None, "Hedemora kommun", diet="vegetarian")], [S1, S4],
             diet="vegetarian"),
           "lower-case sender + colleague; 'första o sista' = 3 May + 22 Feb; diet belongs to the colleague"),

        tg("bc085", "2027-03-02T09:55", "Camilla Berg", "6201948832",
           """Hej Linnea! Jag kan inte gå på träffen 29 nov, min kollega Sara Lind (sara.lind@falun.se) går istället för mig. Camilla Berg, Falu kommun""",
           X("change", [P("Camilla Berg", None, "Falu kommun"), P("Sara Lind", "sara.lind@falun.se", "Falu kommun")],
             [S3]),
           "substitution for one session: Camilla out, Sara in for 29 Nov; people lists both"),

        tg("bc086", "2027-03-09T11:30", "Mikael Öhman", "5830021167",
           """Kommer ni skicka ut kalenderinbjudningar till alla fyra träffarna? Vill få in dem i Outlook så de inte krockar med nämndsammanträdena""",
           X("question"),
           "question about calendar invitations; 'alla fyra träffarna' is not a signup"),

        tg("bc087", "2027-03-19T16:44", "Emma Nord", "7001238459",
           """Svarar här istället för på mejlen, sitter på tåget och Outlook i mobilen strular:

Från: Hassis Linnea
Skickat: den 1 december 2026 13:05
Ämne: Inbjudan: DalaLab
Träff 1: 3 maj 2027, Falun. Träff 2: 21 september 2027. Träff 3: 29 november 2027. Träff 4: 22 februari 2028.

Jag vill vara med på 21 september och 29 november. Emma Nord, Rättviks kommun""",
           X("register", [P("Emma Nord", None, "Rättviks kommun")], [S2, S3]),
           "pasted Outlook-quoted invitation (all dates) with the signup below it: 21 Sep + 29 Nov"),

        tg("bc088", "2027-03-25T18:21", "Tobias Lind", "1187364502",
           """Hej! Jag slutar på Gagnefs kommun 1 april och flyttar till Umeå, så stryk mig från DalaLab. Tack för mig!""",
           X("cancel", [P("Tobias Lind", None, "Gagnefs kommun")], ALL),
           "full cancellation, no session named -> all four; '1 april' is not a session"),

        tg("bc089", "2027-04-01T08:37", "Sofie Ahl", "6640023198",
           """Hej, jag är anmäld till 3 maj sedan tidigare. Kan ni lägga till 22 februari också? Sofie Ahl, Smedjebacken""",
           X("change", [P("Sofie Ahl", None, "Smedjebackens kommun")], [S1, S4]),
           "adds a session to an existing signup: sessions after the change 3 May + 22 Feb"),

        tg("bc090", "2027-04-07T22:10", "Karin Dahl", "5275519036",
           """Vill anmäla mig till träffen i Falun 3 maj. Karin Dahl, Borlänge kommun. Laktosintolerant!""",
           X("register", [P("Karin Dahl", None, "Borlänge kommun")], [S1], diet="Laktosintolerant"),
           "short signup for the first session with a diet"),
    ]
