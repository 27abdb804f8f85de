"""Theme "inbox" (bb136-bb180): everything else a public registration inbox gets.

Out-of-office replies in Swedish and English (formal Outlook ones and ones written like a person, one forwarded
inside a manager's signup), delivery failures (Exchange and Postfix, one quoting a confirmation with a name and
dates), read receipts, a room mailbox declining a calendar booking and a calendar acceptance, newsletters and
conference adverts, phishing and invoice scams dressed in the event's words, hotels and caterers offering venues
and fika, students and consultants asking whether they may come, questions about the quota, the deadline, travel
costs and accessibility, complaints (one that asks nothing, one that registers four from one municipality), signups
buried in a long work mail or an HTML-only form, signatures full of dates and phone numbers, and a few plain signups
and cancellations written in unusual ways (answers inline in the quoted invitation, week numbers, "stryk mig").
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        # ------------------------------------------------------------------ automatic replies
        mail("bb136", "2027-03-22T08:03", ("Anna Sjöberg", "anna.sjoberg@borlange.se"),
             "Automatiskt svar: Påminnelse: anmäl dig till DalaLab senast 14 april",
             """Hej!

Tack för ditt meddelande. Jag är på tjänsteresa 22–26 mars och har begränsad tillgång till e-post under den tiden.

Ärenden som rör detaljplaner hänvisas till planenheten, plan@borlange.se eller via växeln 0243-740 00.

Med vänlig hälsning
Anna Sjöberg
Planarkitekt, Borlänge kommun
""",
             X("auto_reply"),
             "Outlook out-of-office echoing the reminder subject (deadline 14 April); a travel period and a function address, nothing to register"),

        mail("bb137", "2026-12-22T16:47", ("Maja Forsell", "maja.forsell@leksand.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej hej!

Nu har jag stängt datorn för julledigheten 🎄 och är tillbaka den 10 januari. Gäller det bygglov eller anmälningar till utbildningar och nätverk så ta det gärna med min kollega Stefan Ek (stefan.ek@leksand.se, 0247-800 12). Annars hörs vi efter trettonhelgen!

God jul och gott nytt år
Maja
""",
             X("auto_reply"),
             "vacation responder written like a person, 'Re:' subject instead of 'Automatiskt svar'; mentions 'anmälningar' and a colleague with an address who must not be registered"),

        mail("bb138", "2027-01-08T13:20", ("Thomas Reid", "thomas.reid@regiondalarna.se"),
             "Automatic reply: DalaLab – invitation to the learning project",
             """Hi there,

Thanks for your mail! I'm on parental leave until 20 September 2027, so I won't see this for a while - I'm back at my desk on Tuesday 21 September.

For anything regional development / GIS related, my colleague Sanna at the switchboard (+46 23 49 00 00) will point you in the right direction.

Cheers,
Thomas
""",
             X("auto_reply"),
             "English out-of-office in a personal tone; 'back ... Tuesday 21 September' is the date of session 2 but no signup"),

        mail("bb139", "2027-03-01T07:15", ("Lindqvist Bengt", "bengt.lindqvist@hedemora.se"),
             "Frånvaro: DalaLab – frågor om anmälan",
             """Jag är tjänstledig 1/3–30/4 2027. Vecka 18 (3–7 maj) har jag därefter semester och är åter på kontoret måndag 10 maj.

Ditt mejl vidarebefordras inte. Vid brådskande ärenden, ring växeln 0225-340 00 eller skriv till kommun@hedemora.se.

Bengt Lindqvist
Samhällsbyggnadsförvaltningen
Hedemora kommun
""",
             X("auto_reply"),
             "absence notice in windows-1252 with week 18 and '3–7 maj' (overlapping session 1) and 1/3–30/4: dates that are no request",
             charset="windows-1252"),

        mail("bb140", "2027-01-19T10:31",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse: din anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare:

peter.holmgren@ludvika.sé
Det gick inte att hitta mottagarens e-postadress. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: HE1PR0701MB2969.eurprd07.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungligt meddelande:

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 19 januari 2027 10:30
Till: peter.holmgren@ludvika.sé
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Peter Holmgren!

Du är anmäld till DalaLab för Ludvika kommun och följande träffar:
- måndag 3 maj 2027, Falun
- tisdag 21 september 2027
- måndag 29 november 2027
- tisdag 22 februari 2028

Välkommen!
Linnea Hassis, Region Dalarna
""",
             X("auto_reply"),
             "Exchange non-delivery report in Swedish; the returned confirmation holds a name, an organisation and all four dates -> nothing to register"),

        mail("bb141", "2027-02-15T14:02", ("Mail Delivery System", "MAILER-DAEMON@mx1.falun.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.falun.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lars.ohman@falun.se>: host mbx03.falun.se[10.20.3.13] said: 552 5.2.2
    Mailbox full - quota exceeded (in reply to RCPT TO command)

--- Original message follows ---

Subject: DalaLab: praktisk information inför 3 maj
From: linnea.hassis@regiondalarna.se
To: lars.ohman@falun.se
Date: Mon, 15 Feb 2027 14:01:12 +0100

Hej! Här kommer lite praktisk information inför första träffen den 3 maj kl. 10-15 (fika från 09.30) ...
""",
             X("auto_reply"),
             "Postfix bounce (mailbox full); a 'quota exceeded' that is not the event's quota; the returned mail names 3 May"),

        mail("bb142", "2027-02-02T10:02", ("Erik Sandström", "erik.sandstrom@orsa.se"),
             "Läst: Anmälan till DalaLab – bekräftelse",
             """Ditt meddelande

    Till: Sandström Erik
    Ämne: Anmälan till DalaLab – bekräftelse
    Skickat: den 2 februari 2027 09:14 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 2 februari 2027 10:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "Outlook read receipt ('Läst:') with 'Anmälan' in the subject and a surname-first name"),

        mail("bb143", "2027-03-01T11:26", ("Fiona McAllister", "fiona.mcallister@lansstyrelsen.se"),
             "Read: DalaLab – practical information for 3 May",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><font size="2" face="Tahoma"><p>Your message</p>
<p>&nbsp;&nbsp;To: McAllister Fiona<br>
&nbsp;&nbsp;Subject: DalaLab &#8211; practical information for 3 May<br>
&nbsp;&nbsp;Sent: Monday, 1 March 2027 09:40:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</p>
<p>was read on Monday, 1 March 2027 11:26:09 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.</p>
</font></body></html>
""",
             X("auto_reply"),
             "English HTML-only read receipt ('Read:'); '3 May' in the subject is not a signup",
             html=True),

        mail("bb144", "2027-02-24T09:12", ("Dalasalen (konferensrum plan 4)", "dalasalen@regiondalarna.se"),
             "Avböjt: DalaLab träff 2 – utvecklingsinriktning i ÖP-modellen",
             """Din begäran har avböjts automatiskt eftersom den står i konflikt med en befintlig bokning.

När: den 21 september 2027 09:00–16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Dalasalen, plan 4, Vasagatan 3, Falun

Den här resursen kan inte bokas för tidpunkter som redan är reserverade. Kontakta lokalbokningen på 023-49 00 00 om du har frågor.
""",
             X("auto_reply"),
             "room mailbox auto-declining the organiser's calendar booking for the day of session 2"),

        mail("bb145", "2027-04-07T15:41", ("Nilsson, Ann-Charlotte", "ann-charlotte.nilsson@sater.se"),
             "Godkänt: DalaLab träff 3 – Att planera både för önskvärda framtider och för osäkerheter",
             """Nilsson, Ann-Charlotte har godkänt det här mötet.

När: den 29 november 2027 10:00–15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: meddelas senare

_________________________________________________________________________________
Microsoft Teams-möte
Delta på din dator, mobilapp eller rumsenhet
Klicka här för att ansluta till mötet
""",
             X("auto_reply", unsure=["intent"]),
             "calendar acceptance generated by Outlook for the organiser's invite to session 3 (sent to those already registered): no text of her own; a human might read it as confirming 29 Nov"),

        # ------------------------------------------------------------------ newsletters, adverts, scams, vendors
        mail("bb146", "2027-03-03T07:00", ("PlanNätverket Mitt", "nyhetsbrev@plannatverket.se"),
             "Nyhetsbrev mars: ÖP-modellen, utvecklingsinriktning och vårens webbinarier",
             """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h1>Nyhetsbrev &#8211; mars 2027</h1>
<h2>Webbinarium: Utvecklingsinriktningen i praktiken</h2>
<p>Hur har kommunerna i Mellansverige arbetat med utvecklingsinriktningen i &Ouml;P-modellen? Vi bjuder in till ett lunchwebbinarium <b>tisdag 21 september kl. 12.00&ndash;13.00</b>. <a href="https://plannatverket.se/anmalan">Anm&auml;l dig h&auml;r</a> senast 14 september.</p>
<h2>Nytt fr&aring;n n&auml;tverket</h2>
<p>Tre nya medlemskommuner i Dalarna: Mora, Orsa och &Auml;lvdalen. V&auml;lkomna!</p>
<p>N&auml;sta n&auml;tverksdag: 3&ndash;4 maj i G&auml;vle. Max tre deltagare per organisation.</p>
<hr>
<p style="font-size:10px">Du f&aring;r det h&auml;r nyhetsbrevet eftersom du prenumererar p&aring; PlanN&auml;tverket Mitt.
<a href="https://plannatverket.se/avregistrera?u=8812">Avregistrera dig</a> | PlanN&auml;tverket Mitt, Box 112, 801 03 G&auml;vle</p>
</td></tr></table></body></html>
""",
             X("unknown"),
             "HTML newsletter full of event words ('21 september', 'Anmäl dig', '3–4 maj', 'max tre per organisation', Dalarna municipalities) -> unknown",
             html=True),

        mail("bb147", "2027-02-10T06:30", ("Nordiska Planeringsdagarna", "info@planeringsdagarna.nu"),
             "Sista chansen: early bird till 14 april – Nordiska Planeringsdagarna 2027",
             """Nordiska Planeringsdagarna 2027 | Nordic Planning Days 2027
Falun, 29–30 november

Hej planerare!

Early bird-priset (3 900 kr exkl. moms) gäller till och med 14 april. Därefter 5 200 kr.

Programmet i korthet:
* Översiktsplanering i en osäker tid – scenarier och robusthet
* Tillgänglighet, närhet och digital infrastruktur
* Workshop: planeringsstrategier för landsbygdskommuner

Anmäl hela teamet – grupprabatt från tre personer!
https://planeringsdagarna.nu/registrera

Vill du inte längre få utskick från oss? Svara STOPP.
""",
             X("unknown"),
             "conference advert in Falun on 29–30 Nov with a 14 April early-bird date, 'anmäl', three persons and the sessions' themes -> unknown"),

        mail("bb148", "2027-03-29T23:48", ("Region Dalarna IT-support", "noreply@regiondalarna-portal.com"),
             "Åtgärd krävs: bekräfta din DalaLab-anmälan inom 24 timmar",
             """<html><body>
<p><img src="https://regiondalarna-portal.com/logo.png" alt="Region Dalarna"></p>
<p>Hej,</p>
<p>Vi har tagit emot din anm&auml;lan till <b>DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft</b>. P&aring; grund av en uppdatering av v&aring;rt deltagarsystem m&aring;ste alla deltagare verifiera sitt konto innan <b>14 april</b>, annars f&ouml;rloras platsen till tr&auml;ffen den 3 maj.</p>
<p><a href="http://regiondalarna-portal.com/verify?id=48812">LOGGA IN OCH BEKR&Auml;FTA</a></p>
<p>Ange ditt anv&auml;ndarnamn och l&ouml;senord till kommunens e-post.</p>
<p>Med v&auml;nlig h&auml;lsning<br>IT-avdelningen, Region Dalarna</p>
</body></html>
""",
             X("unknown"),
             "HTML phishing impersonating Region Dalarna from a look-alike domain; deadline, session date and event name -> unknown",
             html=True),

        mail("bb149", "2027-04-06T09:55", ("DalaLab Kansli – Ekonomi", "faktura@dalalab-kansli.eu"),
             "Faktura 27-0412 – deltagaravgift DalaLab, Gagnefs kommun",
             """Till: Gagnefs kommun, att. planenheten

Enligt er anmälan till DalaLab översänder vi härmed faktura för deltagaravgift.

Fakturanummer: 27-0412
Fakturadatum: 2027-04-06
Förfallodag: 2027-04-14

Deltagaravgift DalaLab, 4 träffar (3 maj 2027 – 22 februari 2028)
3 deltagare à 4 950 kr ........................ 14 850 kr
Moms 25 % ..................................... 3 712,50 kr
ATT BETALA .................................... 18 562,50 kr

Betalas till bankgiro 5432-1098. Ange fakturanummer som referens.
Vid utebliven betalning senast förfallodagen stryks deltagarna från listan.

DalaLab Kansli AB, org.nr 559301-4471
""",
             X("unknown"),
             "invoice scam using the event's name, dates, deadline and the three-per-municipality figure; addressed to Gagnef but no signup"),

        mail("bb150", "2027-01-27T04:12", ("Event Housing Team", "reservations@nordic-event-housing.com"),
             "Official hotel block for DalaLab attendees – Falun 3 May",
             """Dear Event Organizer,

We are the official housing partner for DalaLab 2027 and have reserved a limited block of rooms at preferred rates near the venue in Falun for the sessions on 3 May, 21 September and 29 November.

Attendees who do not book through us by April 14 may find no rooms available in the area. Please send us your attendee list (names, e-mails and arrival dates) so we can secure rooms before they are released.

Kind regards,
Melissa Grant
Housing Coordinator | Nordic Event Housing
+44 20 3808 1190
""",
             X("unknown"),
             "English hotel-block scam asking for the attendee list; session dates and deadline -> unknown"),

        mail("bb151", "2027-01-13T10:05", ("Karin Holm", "karin.holm@hotellsiljansvy.se"),
             "Konferens i Tällberg för era DalaLab-träffar?",
             """Hej Linnea!

Jag såg på regionens webb att ni kör en serie träffar om översiktsplanering under 2027–2028. Har ni bestämt lokal för höstens träffar (21 september och 29 november)? Vi på Hotell Siljansvy i Tällberg har en konferenssal för upp till 60 personer med utsikt över Siljan, och vi kan erbjuda dagkonferens inklusive förmiddagsfika, lunch och eftermiddagsfika för 695 kr per person.

Vi tar gärna emot er för ett studiebesök – hör av dig så bjuder jag på lunch!

Varma hälsningar
Karin Holm
Försäljningsansvarig konferens
Hotell Siljansvy | Tällberg
0247-500 50 | 070-677 12 34
""",
             X("unknown"),
             "venue offer from a hotel naming the autumn sessions; a sender with a personal name but nothing to register"),

        mail("bb152", "2027-02-18T13:37", ("Fikabaren i Falun", "info@fikabaren-falun.se"),
             "Fika och lunch till era träffar 3/5, 21/9, 29/11 och 22/2",
             """Hej!

Vi har förstått att Region Dalarna ordnar fyra träffar i Falun med start den 3 maj. Vi levererar gärna förmiddagsfika från 09.30 och lunch till hela gruppen!

Vi tar alltid hänsyn till specialkost: vegetariskt, veganskt, glutenfritt, laktosfritt och nötfritt – ange bara antal per kategori senast en vecka innan.

Prisexempel: fika 65 kr/person, lunchbuffé 145 kr/person.

Välkomna att höra av er!
Jonna & Ali
Fikabaren i Falun, Åsgatan 14
023-100 44
""",
             X("unknown"),
             "catering offer that lists all four sessions as 3/5, 21/9, 29/11, 22/2 and several diets -> unknown, diet null"),

        tg("bb153", "2027-03-31T02:14", "Linnea Hassis ✅ Support", "7719204466",
           """‼️ DalaLab – Region Dalarna ‼️
Hej! Din plats på DalaLab är ännu INTE bekräftad. Alla deltagare måste verifiera sig senast 14/4 annars går platsen till nästa på reservlistan.
👉 Verifiera här: dalalab-verify.top/login
Svara inte på detta meddelande.""",
           X("unknown"),
           "Telegram phishing impersonating the organiser by display name; event words and the deadline"),

        # ------------------------------------------------------------------ students, consultants, questions
        mail("bb154", "2027-02-05T21:18", ("Wilma Järvinen", "wilma.jarvinen@student.bth.se"),
             "Fråga om deltagande som student",
             """Hej Linnea,

Jag heter Wilma och läser sista året på fysisk planering vid Blekinge tekniska högskola. Just nu skriver jag mitt examensarbete om hur mindre kommuner i Dalarna arbetar med utvecklingsinriktningen i ÖP-modellen, och min handledare tipsade om DalaLab.

Är träffarna öppna även för studenter, eller bara för anställda på kommunerna och regionen? Om det går skulle jag gärna komma den 21 september, eftersom den träffen ligger så nära mitt ämne. Jag förstår förstås om platserna ska gå till kommunerna i första hand.

Vänliga hälsningar
Wilma Järvinen
Fysisk planering, BTH
073-812 55 90
""",
             X("question", unsure=["intent"]),
             "student asks whether students may attend; the wish to come on 21 September is conditional on the answer -> question, no signup"),

        mail("bb155", "2027-01-21T11:44", ("Henrik Sjödin", "henrik.sjodin@planfokus.se"),
             "DalaLab – kan konsulter delta?",
             """Hej!

Vi på Planfokus AB har sedan i höstas uppdraget att ta fram ny översiktsplan för Vansbro kommun. Kommunen har ingen egen översiktsplanerare just nu, så det är i praktiken vi som driver arbetet.

Två frågor:
1. Får vi som konsulter delta i DalaLab för Vansbros räkning?
2. Om ja – räknas vi i så fall in i kommunens tre platser, eller kan Vansbro skicka tre egna utöver oss?

Tacksam för svar innan vi anmäler oss, så att vi inte tar platser i onödan.

Med vänliga hälsningar

Henrik Sjödin
Seniorkonsult samhällsplanering
Planfokus AB | Kungsgatan 12, 753 21 Uppsala
Tel 018-44 90 20 | Mobil 070-551 20 08
www.planfokus.se
""",
             X("question"),
             "consultant working for Vansbro asks if consultants may attend and whether they count against the quota; 'innan vi anmäler oss' -> question"),

        tg("bb156", "2027-02-27T22:05", "Elsa", "6033418257",
           """hej! är dalalab öppet för studenter? pluggar samhällsplanering på högskolan dalarna och tycker träffen om tillgänglighet verkar supernice""",
           X("question"),
           "lower-case Telegram question from a student; 'träffen om tillgänglighet' names session 4 by theme but asks only"),

        mail("bb157", "2027-01-11T09:26", ("Lotta Persson", "lotta.persson@falun.se"),
             "Antal platser per kommun",
             """Hej,

Vi är fem på översiktsplaneenheten som gärna vill vara med i DalaLab. I inbjudan står det "upp till tre personer per kommun" – gäller det per träff eller för hela serien?

Om det är per träff skulle vi kunna turas om, så att olika personer går på olika tillfällen. Går det att lösa så?

Jag avvaktar med anmälan tills jag vet hur vi ska fördela platserna.

Hälsningar
Lotta Persson
Enhetschef översiktsplanering
Samhällsbyggnadsförvaltningen, Falu kommun
023-830 00 (vx)
""",
             X("question"),
             "quota question (per session or per series, rotating people); the sender explicitly waits before signing up"),

        mail("bb158", "2027-03-16T16:52", ("Gareth Pugh", "gareth.pugh@regiondalarna.se"),
             "DalaLab deadline question",
             """Hi Linnea,

Quick one: is the April 14 deadline for the whole series, or only for the May session? We have two new planners starting in August and it would be a shame if they couldn't join the autumn sessions because they weren't employed yet when registration closed.

Thanks!
Gareth

Gareth Pugh
Senior Analyst, Regional Development
Region Dalarna
""",
             X("question"),
             "English question about the deadline; the two new planners are unnamed and not registered"),

        mail("bb159", "2027-02-09T08:08", ("Kjell Andersson", "kjell.andersson@alvdalen.se"),
             "Reseersättning DalaLab?",
             """Hej.

Jag sitter på kommunens kontor i Idre och det är drygt 20 mil enkel väg till Falun. Betalar Region Dalarna resorna eller står kommunen för dem? Finns det någon samåkning från norra Dalarna, eller möjlighet att delta digitalt via Teams på någon av träffarna?

Frågar innan jag pratar med min chef om att anmäla mig.

Kjell Andersson
Älvdalens kommun
Plan- och byggenheten, Idre
0253-150 00
""",
             X("question"),
             "travel cost and remote participation question from Idre (Älvdalen); signup only contemplated"),

        mail("bb160", "2027-03-08T13:59", ("Mona Lindh", "mona.lindh@sater.se"),
             "VARFÖR INGEN BEKRÄFTELSE???",
             """Hej,

Nu är det tredje gången jag skriver. Jag anmälde mig till alla fyra träffarna redan den 12 januari men har inte fått någon bekräftelse, varken per mejl eller på annat sätt. Min kollega på Säters kommun fick sin bekräftelse direkt.

Är jag anmäld eller inte? Jag behöver veta för att kunna boka in dagarna i kalendern och ordna bil från Säter.

Mona Lindh
Säters kommun
""",
             X("question", unsure=["intent"]),
             "angry complaint asking whether an earlier signup went through; 'anmälde mig till alla fyra' reports a past signup -> question (a human would check the list and perhaps register her)"),

        mail("bb161", "2027-01-25T17:22", ("Ove Strand", "ove.strand@malung-salen.se"),
             "Synpunkt på DalaLab",
             """Hej Region Dalarna,

Jag vill bara framföra att det är beklagligt att samtliga träffar förläggs till Falun. För oss i Sälen innebär det tre timmars bilresa enkel väg, alltså en hel arbetsdag borta för en fem timmar lång träff. Att den sista träffen dessutom handlar om tillgänglighet och rumslig närhet gör det hela lite ironiskt.

Under de här förutsättningarna kommer vi inte att prioritera projektet i år. Ta gärna med er synpunkten till nästa gång ni planerar något liknande.

Ove Strand
Samhällsbyggnadschef
Malung-Sälens kommun
""",
             X("unknown", unsure=["intent"]),
             "complaint that asks nothing and books nothing; the writer was never registered, so 'kommer inte att prioritera' is no cancellation"),

        tg("bb176", "2027-04-09T12:47", "Jesper Lundkvist", "5520917783",
           """Hej. Jag börjar som planarkitekt i Rättvik 1 maj. Går det att anmäla sig efter 14/4 om man inte är anställd än?""",
           X("question"),
           "Telegram deadline question from someone not yet employed; 1 maj and 14/4 are no sessions"),

        mail("bb177", "2027-03-12T10:17", ("Dr. Imogen Clarke", "imogen@clarke-urban.co.uk"),
             "Attending DalaLab as an external consultant?",
             """Dear Ms Hassis,

I'm an independent planning consultant based in Uppsala and currently advise Hedemora municipality on their comprehensive plan. A colleague there forwarded me your invitation.

Would it be acceptable for me to attend the sessions on 3 May and 29 November as an observer? I'm happy to pay a participation fee if there is one, and of course I would not want to take a place from Hedemora's own staff.

Kind regards,
Imogen Clarke
Clarke Urban Advisory Ltd
+46 70 441 93 02 | +44 7700 900 418
""",
             X("question", unsure=["intent"]),
             "English consultant asks permission for two named sessions -> question, not a signup; Hedemora is the client, not her organisation"),

        mail("bb180", "2027-02-22T15:04", ("Rebecca Holm", "rebecca.holm@ludvika.se"),
             "Accessibility at the venue",
             """Hello,

I'm registered for all four DalaLab sessions. I use a wheelchair, and the invitation says nothing about whether the venue in Falun is step-free or whether there is accessible parking nearby. Frankly a bit disappointing for a project whose last session is literally about accessibility.

Could you let me know before the first session on 3 May? Also, will the afternoon sessions be in the same room as the morning?

Best,
Rebecca Holm
Ludvika kommun
""",
             X("question"),
             "English complaint plus questions from an already-registered person; 'registered for all four' and 'first session on 3 May' are no new request"),

        # ------------------------------------------------------------------ signups buried or written oddly
        mail("bb162", "2027-02-01T10:48", ("Sanna Eklund", "sanna.eklund@borlange.se"),
             "Anmälan DalaLab – Borlänge (+ synpunkt på kvoten)",
             """Hej!

Först en synpunkt: jag förstår tanken med max tre per kommun, men för en kommun i Borlänges storlek, med fyra planerare som alla jobbar med översiktsplanen, blir det snålt. Vansbro och Borlänge får alltså lika många platser.

Vi anmäler därför fyra personer till hela serien och hoppas på ett undantag. Går det inte får den fjärde stå som reserv:

1. Sanna Eklund (jag själv)
2. Mehmet Yilmaz, mehmet.yilmaz@borlange.se
3. Johanna Lind-Persson, johanna.lind-persson@borlange.se
4. Erik Dahlberg, erik.dahlberg@borlange.se

Hälsningar
Sanna Eklund
Översiktsplanerare, Borlänge kommun
0243-740 00
""",
             X("register", [P("Sanna Eklund", "sanna.eklund@borlange.se", "Borlänge kommun"),
                            P("Mehmet Yilmaz", "mehmet.yilmaz@borlange.se", "Borlänge kommun"),
                            P("Johanna Lind-Persson", "johanna.lind-persson@borlange.se", "Borlänge kommun"),
                            P("Erik Dahlberg", "erik.dahlberg@borlange.se", "Borlänge kommun")], ALL),
             "complaint about the quota wrapped around a signup of four from one municipality; the parser reports all four (quota is not its business); 'hela serien' = all"),

        mail("bb163", "2027-03-04T15:36", ("Anders Hed", "anders.hed@hedemora.se"),
             "SV: Tidplan ÖP 2045 – samråd och fortsatt arbete",
             """Hej Linnea och Kerstin,

Tack för avstämningen i tisdags. Jag sammanfattar hur vi lägger upp det framåt så att regionen vet när ni förväntas lämna synpunkter:

- Samrådet pågår 19 april–31 maj. Samrådsmöten hålls i Hedemora (26 april), Långshyttan (28 april) och Vikmanshyttan (4 maj).
- Samrådsredogörelsen tas fram under juni och behandlas i KSAU den 8 juni.
- Granskningen planeras till v. 38–43 under hösten, med antagande i KF i december (preliminärt 14/12).

Regionens yttrande behöver vi alltså senast 31 maj. Länsstyrelsen har redan fått underlaget.

Sedan en helt annan sak, Linnea: skriv gärna upp mig och Kerstin Ahlgren på DalaLab, de två träffarna i höst. Vårträffen i maj krockar tyvärr med samrådet. Kerstins adress är kerstin.ahlgren@hedemora.se.

Bilagor: Tidplan_OP2045_rev3.pdf, Samradshandling_karta.pdf

Hälsningar
Anders Hed
Planchef
Samhällsbyggnadsförvaltningen
Hedemora kommun
Besök: Tingshusgatan 1, 776 30 Hedemora
Tel: 0225-340 00 | Direkt: 0225-342 17
""",
             X("register", [P("Anders Hed", "anders.hed@hedemora.se", "Hedemora kommun"),
                            P("Kerstin Ahlgren", "kerstin.ahlgren@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "signup buried near the end of a long work mail full of dates (4 maj, v. 38–43 which contains 21 Sep, 14/12); 'de två träffarna i höst' = 21 Sep + 29 Nov; 'Vårträffen' explicitly excluded"),

        mail("bb164", "2027-02-12T11:02", ("Lena Björk-Svensson", "lena.bjork-svensson@ludvika.se"),
             "Anmälan",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>H&auml;r kommer min anm&auml;lan, jag fyllde i tabellen fr&aring;n inbjudan:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Namn</b></td><td>Lena Bj&ouml;rk-Svensson</td></tr>
<tr><td><b>Organisation</b></td><td>Ludvika kommun, Samh&auml;llsbyggnad</td></tr>
<tr><td><b>E-post</b></td><td>lena.bjork-svensson@ludvika.se</td></tr>
<tr><td><b>Tr&auml;ff 1 &ndash; 3 maj 2027</b></td><td>Ja</td></tr>
<tr><td><b>Tr&auml;ff 2 &ndash; 21 sep 2027</b></td><td>Nej</td></tr>
<tr><td><b>Tr&auml;ff 3 &ndash; 29 nov 2027</b></td><td>Ja</td></tr>
<tr><td><b>Tr&auml;ff 4 &ndash; 22 feb 2028</b></td><td>Ja</td></tr>
<tr><td><b>Specialkost</b></td><td>Laktosfri</td></tr>
</table>
<p>Tack!<br>Lena</p>
<p style="color:#888;font-size:8pt">Ludvika kommun | 771 82 Ludvika | 0240-860 00 | www.ludvika.se</p>
</div></body></html>
""",
             X("register", [P("Lena Björk-Svensson", "lena.bjork-svensson@ludvika.se", "Ludvika kommun")],
               [S1, S3, S4], diet="Laktosfri"),
             "HTML-only mail with a yes/no table: all four dates appear, only three are 'Ja'; hyphenated name; diet in a cell",
             html=True),

        mail("bb165", "2027-01-18T08:41", ("Per Mattsson", "per.mattsson@smedjebacken.se"),
             "DalaLab",
             """Hej Linnea,
anmäler mig härmed till hela DalaLab-serien.
/Per

--
Per Mattsson
Översiktsplanerare | Samhällsbyggnadsförvaltningen
Smedjebackens kommun
Besöksadress: Hagatorget 4 | Postadress: Box 5, 777 21 Smedjebacken
Växel: 0240-660 00 | Direkt: 0240-661 23 | Mobil: 070-312 45 67
Telefontid: mån–tors 9.00–10.00
Jag arbetar 80 % och är ledig fredagar.
Semester: 24/12–6/1 samt v. 29–32
Kommande: Öppet hus om ÖP 2045 – 29 november 2027 kl. 18–20, Folkets hus
Sidan 1 av 1 – Dnr SBF 2026/0312

Smedjebackens kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.smedjebacken.se/gdpr
""",
             X("register", [P("Per Mattsson", "per.mattsson@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "two-line signup under a long signature of numbers, holidays, week numbers and an evening event on 29 November -> all four"),

        tg("bb167", "2027-03-14T19:33", "Ulla Bengtsson", "1180462297",
           """Räkna in mig! Fast inte i november, då är jag i Thailand 🌴
/Ulla, Orsa""",
           X("register", [P("Ulla Bengtsson", None, "Orsa kommun")], [S1, S2, S4]),
           "Telegram signup by exclusion: everything except the November session; organisation 'Orsa' only"),

        mail("bb168", "2027-01-29T13:05", ("Hägg, Tobias", "tobias.hagg@gagnef.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej! Svarar direkt i texten nedan.

/Tobias

> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 14 december 2026 10:00
> Ämne: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft
>
> Välkommen att delta i lärprojektet DalaLab! Projektet består av fyra träffar:
>
> Träff 1: måndag 3 maj 2027, Falun
Ja, kommer.
> Träff 2: tisdag 21 september 2027
Nej tyvärr, semestervecka.
> Träff 3: måndag 29 november 2027
Ja
> Träff 4: tisdag 22 februari 2028
Troligen - skriv upp mig.
>
> Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.
> Upp till tre personer per kommun kan delta.
""",
             X("register", [P("Tobias Hägg", "tobias.hagg@gagnef.se", "Gagnefs kommun")], [S1, S3, S4]),
             "answers written inline between '>'-quoted lines of the invitation; surname-first display name; iso-8859-1; 'Troligen – skriv upp mig' counts",
             charset="iso-8859-1"),

        mail("bb174", "2027-03-19T16:58", ("Sofie af Klercker", "sofie.afklercker@leksand.se"),
             "Innan jag går på ledighet",
             """Hej!

Jag går på semester i morgon och är inte tillbaka förrän den 6 april, men ville hinna få iväg min anmälan innan deadline: jag vill gärna vara med på alla fyra DalaLab-träffarna. Vegetarisk kost, tack.

Under ledigheten läser jag inte mejl, så en eventuell bekräftelse tittar jag på när jag kommer tillbaka.

Hälsningar
Sofie af Klercker
Planeringsarkitekt, Leksands kommun
""",
             X("register", [P("Sofie af Klercker", "sofie.afklercker@leksand.se", "Leksands kommun")], ALL,
               diet="Vegetarisk"),
             "a signup that reads like an out-of-office (semester, 'inte tillbaka förrän 6 april', 'läser inte mejl'); name with particle 'af'"),

        mail("bb175", "2027-03-08T11:20", ("Birgitta Hansson", "birgitta.hansson@vansbro.se"),
             "VB: Automatiskt svar: VB: Inbjudan DalaLab",
             """Hej Linnea!

Jag skickade vidare inbjudan till Jonas och fick autosvaret här nedanför. Han är alltså borta till början av maj, men vi har pratat om DalaLab tidigare och han ska gå på höstens båda träffar, 21 september och 29 november. Kan du anmäla honom till de två? Hans adress syns nedan. Själv går jag inte.

Tack på förhand!
Birgitta Hansson
Enhetschef plan och bygg
Vansbro kommun

Från: Jonas Eriksson <jonas.eriksson@vansbro.se>
Skickat: den 8 mars 2027 10:02
Till: Birgitta Hansson <birgitta.hansson@vansbro.se>
Ämne: Automatiskt svar: VB: Inbjudan DalaLab

Hej, jag är föräldraledig till och med söndag 2 maj och åter måndag 3 maj. Mejl läses inte under ledigheten. Brådskande ärenden: ring växeln 0281-750 00.
""",
             X("register", [P("Jonas Eriksson", "jonas.eriksson@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "manager forwards a colleague's out-of-office ('Automatiskt svar' in the subject) and registers him for the autumn; the quoted 'åter måndag 3 maj' is not a session; sender does not attend"),

        mail("bb178", "2027-02-24T14:14", ("Planenheten Rättvik", "plan@rattvik.se"),
             "Anmälan DalaLab från Rättviks kommun",
             """Hej,

Från Rättviks kommun anmäls följande personer till träffarna v. 18 och v. 48:

Nordin, Eva
Olsson-Krantz, Mikael
de Geer, Ida

Adresser enligt standard förnamn.efternamn@rattvik.se om ni behöver skicka något.

Med vänlig hälsning
Planenheten
Rättviks kommun
Riksvägen 40, 795 80 Rättvik
""",
             X("register", [P("Eva Nordin", None, "Rättviks kommun"),
                            P("Mikael Olsson-Krantz", None, "Rättviks kommun"),
                            P("Ida de Geer", None, "Rättviks kommun")], [S1, S3]),
             "function mailbox registers three 'Efternamn, Förnamn' (hyphen, particle 'de'); sessions by ISO week: v. 18 = 3 May, v. 48 = 29 Nov; addresses only as a pattern, not written -> null"),

        mail("bb179", "2027-03-25T09:47", ("Karl Lindström", "karl.lindstrom@lansstyrelsen.se"),
             "Anmälan av kollega till DalaLab",
             """<html><body style="font-family:'Segoe UI',sans-serif;font-size:10.5pt">
<p>Hej Linnea,</p>
<p>Jag anm&auml;ler min kollega <b>Carl-Johan von Essen</b> (carl-johan.vonessen@lansstyrelsen.se) till DalaLab &ndash; alla tr&auml;ffar utom den f&ouml;rsta, eftersom han b&ouml;rjar hos oss f&ouml;rst i juni. Sj&auml;lv har jag tyv&auml;rr inte m&ouml;jlighet att vara med.</p>
<p>V&auml;nliga h&auml;lsningar</p>
<p><b>Karl Lindstr&ouml;m</b><br>
Enhetschef, Enheten f&ouml;r samh&auml;llsplanering<br>
L&auml;nsstyrelsen Dalarna<br>
Telefon: 010-225 00 00 (v&auml;xel) | 010-225 03 41 (direkt)<br>
Bes&ouml;ksadress: &Aring;sgatan 38, Falun | Postadress: 791 84 Falun<br>
<a href="https://www.lansstyrelsen.se/dalarna">www.lansstyrelsen.se/dalarna</a></p>
<p style="font-size:8pt;color:#666">N&auml;r du skickar e-post till L&auml;nsstyrelsen behandlar vi dina personuppgifter. L&auml;s mer p&aring; www.lansstyrelsen.se/behandling-av-personuppgifter<br>
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.</p>
</body></html>
""",
             X("register", [P("Carl-Johan von Essen", "carl-johan.vonessen@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3, S4]),
             "HTML-only mail from Länsstyrelsen registering a colleague with a particle name; 'alla träffar utom den första'; sender does not attend; Falun street address and bilingual disclaimer",
             html=True),

        # ------------------------------------------------------------------ change, cancellations, erasure
        mail("bb166", "2027-03-02T12:12", ("Marie Nyström", "marie.nystrom@mora.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej!

Kan ni lägga till den sista träffen (22/2) också? Nu har jag fått klartecken från chefen. Och en sak till: jag har blivit vegetarian sedan jag anmälde mig 😊

/Marie

-----Ursprungligt meddelande-----
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 18 januari 2027 14:20
Till: Marie Nyström <marie.nystrom@mora.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Marie Nyström!

Du är anmäld till följande träffar i DalaLab:
- måndag 3 maj 2027, Falun
- tisdag 21 september 2027

Välkommen!
""",
             X("change", [P("Marie Nyström", "marie.nystrom@mora.se", "Mora kommun")], [S1, S2, S4],
               diet="vegetarian"),
             "change in a reply to the confirmation: adds 22/2 to the two sessions in the quoted confirmation -> all three after the change; new diet"),

        mail("bb169", "2027-03-26T16:30", ("Göran Wallin", "goran.wallin@avesta.se"),
             "Tack och hej",
             """Hej Linnea,

Den 31 mars är min sista dag på Avesta kommun – jag går över till Trafikverket. DalaLab får alltså klara sig utan mig, så stryk mig från deltagarlistan.

Vem som tar över översiktsplanen efter mig är inte klart än; min chef hör av sig om Avesta vill skicka någon annan.

Tack för mig!
Göran
""",
             X("cancel", [P("Göran Wallin", "goran.wallin@avesta.se", "Avesta kommun")], ALL),
             "farewell mail that cancels ('stryk mig från deltagarlistan') without the word avanmäl; no session named -> all four; successor not registered"),

        tg("bb170", "2027-02-20T10:09", "Hanna Dahlgren", "842200613",
           """nope, det blir ingen februariträff för mig 😕 vi flyttar till Norge efter nyår. resten står jag kvar på!""",
           X("cancel", [P("Hanna Dahlgren", None, None)], [S4]),
           "lower-case Telegram partial cancellation of the February session by month; 'efter nyår' is no date; no organisation"),

        mail("bb171", "2027-04-02T08:55", ("Aleksandra Nowicka", "aleksandra.nowicka@falun.se"),
             "Nov 29",
             """Hi Linnea,

Please take me off the roster for Nov 29 – the council moved its budget meeting onto that day and I have to present. Still planning to come to the others.

Aleksandra
""",
             X("cancel", [P("Aleksandra Nowicka", "aleksandra.nowicka@falun.se", "Falu kommun")], [S3]),
             "terse English partial cancellation; the subject alone names the date; organisation from the falun.se domain"),

        mail("bb172", "2027-03-30T10:40", ("Johansson, Leif", "leif.johansson@alvdalen.se"),
             "Ändring DalaLab",
             """Hej!

Jag behåller 3 maj men stryk mig från resten. Jag blir tjänstledig från augusti och ett år framåt.

Mvh
Leif Johansson
Älvdalens kommun
""",
             X("cancel", [P("Leif Johansson", "leif.johansson@alvdalen.se", "Älvdalens kommun")], [S2, S3, S4],
               unsure=["intent"]),
             "subject says 'Ändring' but the request withdraws three sessions ('stryk mig från resten') -> cancel of 21/9, 29/11, 22/2; could be read as a change keeping 3 May"),

        mail("bb173", "2027-01-15T18:21", ("Eva-Lena Backström", "eva-lena.backstrom@hedemora.se"),
             "Radera mina uppgifter",
             """Hej,

Jag fick i veckan ett utskick om DalaLab med min adress i mottagarfältet, men jag har aldrig anmält mig och arbetar inte med planering.

Jag begär härmed att ni raderar samtliga personuppgifter ni har om mig (artikel 17 i dataskyddsförordningen) och tar bort mig från era sändlistor. Jag vill ha en bekräftelse när det är gjort.

Eva-Lena Backström
""",
             X("erasure", [P("Eva-Lena Backström", "eva-lena.backstrom@hedemora.se", "Hedemora kommun")]),
             "erasure request from a never-registered recipient of a mailing; organisation only from the hedemora.se domain"),
    ]
