from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INVITATION_QUOTE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:15
Till: Planering-Dalarna <planering-dalarna@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej alla planerare i Dalarna!

Region Dalarna bjuder in till lärprojektet DalaLab om planeringsstrategier
och strategisk översiktsplanering. Vi ses vid fyra tillfällen:

  * 3 maj 2027 i Falun (kl. 10–15, fika från 09.30), tillsammans med Boverket
  * 21 september 2027 – utvecklingsinriktning i ÖP-modellen
  * 29 november 2027 – önskvärda framtider och osäkerheter
  * 22 februari 2028 – planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast
den 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("t226", "2027-02-03T07:48:00", ("Lejla Hodžić", "lejla.hodzic@hedemora.se"), "Fråga om 21/9",
             """Hej!

Kan jag anmäla mig till 21/9 fast jag inte vet om jag kan? Vi har ett samrådsmöte
för ÖP:n som kanske hamnar samma vecka och det avgörs inte förrän i juni.
Eller är det bättre att jag väntar tills jag vet?

Tack på förhand,
Lejla

Lejla Hodžić
Översiktsplanerare, Hedemora kommun""",
             X("question", [], [], unsure=["intent"]),
             "asks whether she may sign up for 21/9 while unsure, and whether to wait -> question, no sessions; "
             "a human might just register her (unsure intent)"),

        mail("t227", "2027-01-26T13:22:00", ("Wennerström Gustav", "gustav.wennerstrom@borlange.se"),
             "Kvoten – per kommun eller per förvaltning?",
             """Hej.

En fråga om kvoten: gäller "upp till tre personer per kommun" per förvaltning?
Vi är tre från samhällsbyggnadsförvaltningen som redan anmält oss (jag, Frida Nord
och Ali Rezaei) men nu vill Kerstin Holm på tekniska förvaltningen också vara med.
Är det kört för henne eller räknas tekniska separat?

/Gustav

Gustav Wennerström
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge""",
             X("question"),
             "quota question naming three registered colleagues and a would-be fourth: no signup, no people"),

        mail("t228", "2027-03-08T10:05:00", ("Birgitta Sahlin", "birgitta.sahlin@ludvika.se"), "DalaLab – frågor inför anmälan",
             """Hej Linnea,

vi funderar på att skicka två från planavdelningen till DalaLab men har inte
bestämt vilka ännu. Hinner vi om vi anmäler i början av april, eller behöver ni
namnen tidigare? Och går det att dela på platserna, alltså att olika personer
går på olika träffar?

MVH
Birgitta Sahlin
Planchef
Ludvika kommun
0240-860 00 (vx)""",
             X("question"),
             "tentative interest ('vi funderar på att skicka två'), no names, two questions -> question"),

        mail("t229", "2027-02-17T16:41:00", ("Nadia El-Amin", "nadia.el-amin@avesta.se"), "Preliminär anmälan DalaLab",
             """Hej Linnea,

Jag vill gärna anmäla mig preliminärt till DalaLab, alla fyra träffarna. Det hänger
lite på hur resebudgeten ser ut efter nämndens möte i mars, men hellre att jag står
med än att Avestas plats går till spillo. Jag hör av mig direkt om det faller.

Hälsningar
Nadia El-Amin
Fysisk planerare, Samhällsbyggnadsförvaltningen
Avesta kommun
0226-64 51 20""",
             X("register", [P("Nadia El-Amin", "nadia.el-amin@avesta.se", "Avesta kommun")], ALL),
             "preliminary signup ('anmäla mig preliminärt') is still a signup; 'alla fyra' -> all; hyphenated surname"),

        mail("t230", "2026-12-02T11:37:00", ("Anna-Karin Brolin", "anna-karin.brolin@sater.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Per, FYI – något för oss? Tänkte att du och Malin kanske. Säg till så tar vi
det på måndagsmötet.

/A-K

""" + INVITATION_QUOTE,
             X("unknown"),
             "internal forward meant for colleague Per, sent to the inbox by mistake; quoted invitation has all dates "
             "and 'Anmäl dig' -> nothing to do, unknown"),

        mail("t231", "2027-03-19T08:02:00", ("Tove Granqvist", "tove.granqvist@leksand.se"),
             "Accepterat: DalaLab träff 1 – Hållbar utveckling i ett rumsligt perspektiv",
             """Tove Granqvist har accepterat mötet.

När: den 3 maj 2027 10:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Falun, lokal meddelas senare""",
             X("auto_reply"),
             "Outlook calendar accept without comment -> auto_reply, no sessions although 3 maj is named"),

        mail("t232", "2027-03-19T09:15:00", ("Henrik Lindahl", "henrik.lindahl@regiondalarna.se"),
             "Declined: DalaLab session 2 – Utvecklingsinriktning i ÖP-modellen",
             """Henrik Lindahl has declined this meeting.

When: Tuesday, September 21, 2027 10:00 AM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
Where: Falun""",
             X("auto_reply", unsure=["intent"]),
             "English calendar decline with no comment: generated reply, no request -> auto_reply; a human might "
             "ask whether he means to cancel 21 Sept (unsure intent)"),

        mail("t233", "2027-03-19T14:50:00", ("Ingrid Persson-Wiik", "ingrid.persson-wiik@falun.se"),
             "Avböjt: DalaLab träff 2 (21 september)",
             """Ingrid Persson-Wiik har avböjt mötet.

Hej Linnea, det krockar med kommunfullmäktige den dagen, så stryk mig från
september-träffen. Jag är fortfarande med på de andra!

När: tisdag 21 september 2027 10:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Falun""",
             X("cancel", [P("Ingrid Persson-Wiik", "ingrid.persson-wiik@falun.se", "Falu kommun")], [S2]),
             "calendar decline WITH a written comment asking to be struck from September -> cancel 21/9 only"),

        mail("t234", "2027-01-18T09:31:00", ("Lundmark Jessica", "jessica.lundmark@smedjebacken.se"),
             "Automatiskt svar: Påminnelse: DalaLab – anmälan senast 14 april",
             """Hej!

Jag är föräldraledig till och med den 28 februari 2027 och läser inte min e-post.
Brådskande ärenden om detaljplaner och bygglov: kontakta plan@smedjebacken.se
eller växeln 0240-660 00.

Vänliga hälsningar
Jessica Lundmark
Smedjebackens kommun""",
             X("auto_reply"),
             "Swedish out-of-office (iso-8859-1) echoing the reminder subject (deadline date); surname-first "
             "display name", charset="iso-8859-1"),

        mail("t235", "2027-02-22T07:03:00", ("Daniel Okafor", "daniel.okafor@mora.se"),
             "Out of Office: Re: DalaLab – your registration",
             """Thank you for your email.

I am attending a conference in Gothenburg 22–24 February and will have limited
access to email. I will reply when I am back on Thursday 25 February.

For urgent planning matters, please contact the Mora kommun switchboard, +46 250-260 00.

Kind regards,
Daniel Okafor""",
             X("auto_reply"),
             "English out-of-office; '22–24 February' looks like the 22 Feb session but is no signup"),

        mail("t236", "2027-02-15T06:12:00", ("Aino Korhonen", "aino.korhonen@borlange.se"),
             "Automaattinen vastaus: DalaLab – tack för din anmälan",
             """Olen vuosilomalla 15.–26.2.2027 enkä lue sähköpostiani. Kiireellisissä asioissa
ota yhteyttä kollegaani, puh. 0243-740 00.

Jag är på semester 15–26/2 och läser inte min e-post. Vid brådskande ärenden,
ring växeln 0243-740 00.

Ystävällisin terveisin / Vänliga hälsningar
Aino Korhonen""",
             X("auto_reply"),
             "Finnish + Swedish out-of-office reply to a confirmation -> auto_reply"),

        mail("t237", "2027-02-09T15:27:00", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Undeliverable: SV: Anmälan DalaLab",
             """Delivery has failed to these recipients or groups:

jonas.hagstrom@hedemra.se
The domain name in the email address is incorrect. Check it and try again.

Diagnostic information for administrators:

Generating server: GV0P278MB0512.CHEP278.PROD.OUTLOOK.COM

jonas.hagstrom@hedemra.se
Remote Server returned '550 5.4.310 DNS domain hedemra.se does not exist'

Original message headers:

From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: jonas.hagstrom@hedemra.se
Subject: SV: Anmälan DalaLab
Date: Tue, 9 Feb 2027 15:26:51 +0100

Hej Jonas! Tack, du är nu anmäld till 3 maj och 29 november.
Hälsningar Linnea

-----Ursprungligt meddelande-----
Från: Jonas Hagström <jonas.hagstrom@hedemora.se>
Skickat: den 9 februari 2027 14:02
Ämne: Anmälan DalaLab

Hej, jag anmäler mig till träffarna 3 maj och 29 november. /Jonas Hagström, Hedemora""",
             X("auto_reply"),
             "Exchange NDR for a mistyped domain; the returned confirmation quotes Jonas' signup with two dates "
             "-> auto_reply, nothing to register"),

        mail("t238", "2027-03-12T09:04:00", ("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.vansbro.se"),
             "Returned mail: see transcript for details",
             """The original message was received at Fri, 12 Mar 2027 09:03:58 +0100
from mail.regiondalarna.se [194.47.12.8]

   ----- The following addresses had permanent fatal errors -----
<lars.grop@vansbro.se>
    (reason: 550 5.1.1 <lars.grop@vansbro.se>: Recipient address rejected: User unknown)

   ----- Transcript of session follows -----
... while talking to mx1.vansbro.se.:
>>> RCPT To:<lars.grop@vansbro.se>
<<< 550 5.1.1 User unknown
550 5.1.1 <lars.grop@vansbro.se>... User unknown

   ----- Returned message follows -----
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: lars.grop@vansbro.se
Subject: Påminnelse: DalaLab – sista anmälningsdag 14 april

Hej! En påminnelse om DalaLab: träffarna är 3/5, 21/9 och 29/11 2027 samt 22/2 2028.
Anmäl dig och dina kollegor senast onsdag 14 april. Svara bara på detta mejl.""",
             X("auto_reply"),
             "sendmail-style 'Returned mail' bounce of the reminder (user unknown); all four dates and 'Anmäl dig' "
             "in the returned text"),

        mail("t239", "2027-03-02T06:30:00", ("Planeringsbrevet", "nyhetsbrev@planeringsbrevet.se"),
             "Planeringsbrevet nr 3/2027: ny PBL-praxis, DalaLab och vårens seminarier",
             """PLANERINGSBREVET – nyheter för dig som arbetar med fysisk planering
Nr 3 · mars 2027

I DETTA NUMMER
1. Mark- och miljööverdomstolen om planbesked – tre nya avgöranden
2. Dalarna: Region Dalarna startar lärprojektet DalaLab
3. Kalendarium

DALALAB STARTAR I MAJ
Region Dalarna drar i vår igång DalaLab, ett lärprojekt om planeringsstrategier
för kommunernas och regionens planerare. Första träffen hålls 3 maj i Falun
tillsammans med Boverket; därefter följer träffar 21 september och 29 november
samt 22 februari 2028. Varje kommun kan skicka upp till tre personer.
Anmäl dig till Linnea Hassis, Region Dalarna, senast 14 april.

KALENDARIUM
4 maj – Webbinarium: Klimatanpassning i detaljplan
21 september – Regionala planeringsdagen, Örebro

Du får det här mejlet eftersom du prenumererar på Planeringsbrevet.
Avsluta prenumerationen: https://planeringsbrevet.se/avregistrera?u=8f21c
Planeringsbrevet · Box 1123 · 111 81 Stockholm""",
             X("unknown"),
             "newsletter that reports on DalaLab with all four dates and 'Anmäl dig' -> unknown, not a signup, "
             "not auto_reply"),

        mail("t240", "2027-02-24T03:17:00", ("Nordic Event Services", "invoice@nordic-eventservices.net"),
             "Faktura nr 27-04418 – DalaLab 2027 registrering",
             """Bästa kund,

Vi hänvisar till er registrering av evenemanget "DalaLab – Planering för hållbarhet
och utvecklingskraft" (Falun, 2027-05-03) i Nordic Event Register.

Årsavgift för publicering: 8 950 SEK exkl. moms
Förfallodag: 2027-03-10
Bankgiro: 5523-8871
OCR/referens: 27044180

Vänligen betala i tid för att undvika påminnelseavgift och inkasso.
Frågor om fakturan besvaras endast skriftligen.

Med vänlig hälsning
Ekonomiavdelningen
Nordic Event Services Ltd""",
             X("unknown"),
             "invoice scam using the event name and 3 May date; bank giro and OCR numbers -> unknown"),

        mail("t241", "2027-01-07T22:48:00", ("Expo Global Directory", "update@expoglobaldirectory.org"),
             "ACTION REQUIRED: verify listing DALALAB 2027 (ref EGD-55817)",
             """Dear Organizer,

Your event DALALAB - PLANERING FÖR HÅLLBARHET OCH UTVECKLINGSKRAFT (Falun, Sweden,
03/05/2027 - 22/02/2028) has been included in the 2027 edition of Expo Global Directory.

To keep the information about your event accurate, please verify and return the
attached form, signed, within 8 days. Updating is free of charge.

By signing, you accept the terms printed on the back of the form, including an
annual listing fee of EUR 1,271 for a minimum period of three years.

Sincerely,
Data Update Team
Expo Global Directory
Registered in Panama""",
             X("unknown"),
             "English listing-directory scam quoting the event title and first/last dates -> unknown"),

        mail("t242", "2027-04-06T12:09:00", ("Region Dalarna – Anmälan", "noreply@regiondalarna-anmalan.com"),
             "Din plats på DalaLab 3 maj är inte bekräftad",
             """<html><body style="font-family:Arial,sans-serif">
<p>Hej,</p>
<p>Din plats på <b>DalaLab – Planering för hållbarhet och utvecklingskraft</b> den 3 maj 2027
är reserverad men ännu inte bekräftad.</p>
<p>Bekräfta din identitet inom 24 timmar, annars går platsen till nästa person i kön.</p>
<p><a href="https://regiondalarna-anmalan.com/verify?id=88213&amp;session=0503"
style="background:#00607a;color:#fff;padding:10px 18px;text-decoration:none">BEKRÄFTA MIN PLATS</a></p>
<p>Logga in med ditt vanliga jobbkonto (e-post och lösenord).</p>
<p style="font-size:11px;color:#777">Region Dalarna · Anmälningsservice<br>
Detta är ett automatiskt meddelande och kan inte besvaras.</p>
</body></html>""",
             X("unknown"),
             "HTML-only phishing from a look-alike domain using the event name, 3 May and 'bekräfta din plats' -> "
             "unknown (not a real system reply to anything)", html=True),

        mail("t243", "2027-01-05T10:44:00", ("Elsa Ramqvist", "elsa.ramqvist@vansbro.se"), "Ta bort mina uppgifter",
             """Hej,

jag var anmäld till DalaLab men har slutat på kommunen vid årsskiftet, och den här
adressen stängs i slutet av veckan. Jag vill att ni tar bort mina uppgifter ur era
listor, både namn och mejladress.

Tack!
Elsa Ramqvist""",
             X("erasure", [P("Elsa Ramqvist", "elsa.ramqvist@vansbro.se", "Vansbro kommun")]),
             "erasure request ('ta bort mina uppgifter') from someone who was registered; erasure implies removal, "
             "sessions none"),

        mail("t244", "2027-02-01T21:56:00", ("Per-Olof Mattsson", "per-olof.mattsson@alvdalen.se"), "Synpunkt på DalaLab",
             """Hej.

Jag vill framföra att det känns märkligt att alla fyra DalaLab-träffar läggs i Falun
utan möjlighet att delta digitalt. För oss i Älvdalen är det nästan fyra timmar i bil
tur och retur, och en heldag 10–15 blir i praktiken en arbetsdag på tolv timmar.
Det är inte första gången norra Dalarna glöms bort när regionen planerar sådant här.

Jag förväntar mig inget svar men vill att det noteras.

Per-Olof Mattsson
Samhällsbyggnadschef, Älvdalens kommun""",
             X("unknown", unsure=["intent"]),
             "complaint about location and no digital option, explicitly no reply expected, no signup -> unknown"),

        mail("t245", "2027-01-14T14:33:00", ("Johanna af Klercker", "johanna@framtidsbyran.se"),
             "Förslag: föredrag om scenarioplanering på DalaLab",
             """Hej Linnea,

Jag såg inbjudan till DalaLab via en kollega och blev väldigt nyfiken på den tredje
träffen, den om att planera både för önskvärda framtider och för osäkerheter.

Vi på Framtidsbyrån har under flera år arbetat med scenariometodik tillsammans med
kommuner i Norrland och Mälardalen, och jag skulle gärna hålla ett föredrag eller en
kortare workshop (45–60 min) den 29 november. Arvode kan vi diskutera, men det
viktigaste för oss är att metoderna kommer till användning.

Jag bifogar gärna ett upplägg om det låter intressant.

Vänliga hälsningar
Johanna af Klercker
Framtidsbyrån AB
070-318 22 45""",
             X("unknown"),
             "consultant offers a talk at the 29 Nov session -> not a signup, not a question to answer with event "
             "facts -> unknown, sessions none; particle surname"),

        mail("t246", "2027-03-23T10:18:00", ("Robin Eklund", "robin.eklund@kartkraft.se"), "Utställning på DalaLab 3 maj?",
             """Hej!

Jag jobbar med kommunkunder på Kartkraft AB (GIS och 3D-visualisering för
översiktsplanering). Finns det möjlighet för oss att ställa ut eller ha ett litet
bord under fikat på första DalaLab-träffen den 3 maj? Vi står gärna för en del av
fikakostnaden om det underlättar.

Vänliga hälsningar
Robin Eklund
Key Account Manager, Kartkraft AB
www.kartkraft.se""",
             X("question"),
             "exhibitor asks whether they may exhibit on 3 May -> question, no people, no sessions"),

        mail("t247", "2027-02-28T19:42:00", ("Yasmin Haddad", "yasmin.haddad98@gmail.com"), "Kan studenter delta?",
             """Hej,

Jag studerar samhällsplanering i Uppsala och skriver mitt examensarbete om
översiktsplanering i Dalarnas kommuner. Är det möjligt för mig som student att få
vara med som åhörare på någon av DalaLab-träffarna, till exempel den 21 september?
Jag förstår helt om platserna är till för kommunerna i första hand.

Med vänliga hälsningar
Yasmin Haddad""",
             X("question"),
             "student asks whether she may attend (names 21/9) -> question, no signup"),

        tg("t248", "2027-03-04T11:20:00", "Tomas Ek-Lindh", 7002318,
           "Hej! Tomas här, forskare i kulturgeografi på Högskolan Dalarna. Vill gärna anmäla mig till första "
           "träffen (3/5) om externa får vara med. Annars säg bara till så stryker ni mig 🙂",
           X("register", [P("Tomas Ek-Lindh", None, None)], [S1]),
           "researcher outside the 17 organisations signs up for the first session (conditional on being allowed) "
           "-> register, organisation null"),

        mail("t249", "2027-02-11T15:09:00", ("Margareta Hellström", "margareta.hellstrom@rattvik.se"), "Sv: DalaLab",
             """Hej Linnea!

Jo, vi har pratat på enheten nu och det landade i att jag hänger med på vårens
träff i alla fall. Resten av året får vi se, det är väldigt mycket med den
fördjupade översiktsplanen för Vikarbyn just nu. Blir det mer så hör jag av mig.

Ha det gott!
Maggan

Margareta Hellström
Kommunekolog, Rättviks kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 09:40
Till: Hellström Margareta <margareta.hellstrom@rattvik.se>
Ämne: DalaLab

Hej Margareta, jag har inte sett någon anmälan från Rättvik ännu – vill ni vara med?
Träffarna är 3 maj, 21 september, 29 november och 22 februari. /Linnea""",
             X("register", [P("Margareta Hellström", "margareta.hellstrom@rattvik.se", "Rättviks kommun")], [S1]),
             "hesitant chatty yes: 'hänger med på vårens träff' = 3 May only; nickname signature; quoted mail lists "
             "all dates"),

        mail("t250", "2027-03-30T17:14:00", ("Jenny Mårtensson", "jenny.martensson@orsa.se"), "Re: DalaLab november",
             """Hej igen,

Jag tror inte att jag kan komma i november trots allt, stryk mig där. Den 29:e har vi
budgetdragning i kommunstyrelsen och den går inte att flytta. Övriga träffar är jag
med på som planerat!

/Jenny

Jenny Mårtensson | Planarkitekt | Orsa kommun""",
             X("cancel", [P("Jenny Mårtensson", "jenny.martensson@orsa.se", "Orsa kommun")], [S3]),
             "hedged partial cancellation ('tror inte att jag kan ... stryk mig där') -> cancel 29 Nov only"),

        mail("t251", "2027-01-21T20:27:00", ("Fredrik Sjödin", "fredrik.sjodin@malung-salen.se"), "DalaLab + lite annat",
             """Tjena Linnea!

Hoppas allt är bra i Falun. Här uppe är det full rulle – vi har haft rekordmånga
gäster i Sälenfjällen över jul och nyår, och nu brottas vi med parkeringsfrågan
vid Lindvallen igen (du vet hur det är). Snön är i alla fall fantastisk i år, så om
du har vägarna förbi i vinter har jag några bra tips.

Apropå planering: vi har pratat om DalaLab på samhällsbyggnad och det verkar
klockrent för oss nu när vi ska börja med en ny ÖP. Så ja, skriv upp mig och
Jonas Pettersson (jonas.pettersson@malung-salen.se) på hela serien. Vi får se om
vi orkar samåka alla 20 mil, haha.

Förresten, tack för tipset om Boverkets vägledning i höstas, den har vi haft
mycket nytta av.

Hälsningar från fjällen
Fredrik

Fredrik Sjödin
Strategisk planerare
Malung-Sälens kommun""",
             X("register", [P("Fredrik Sjödin", "fredrik.sjodin@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jonas Pettersson", "jonas.pettersson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "signup for two buried in a long chatty mail; 'hela serien' = all four; '20 mil' and 'jul och nyår' "
             "are not sessions"),

        mail("t252", "2027-03-16T13:51:00", ("Ahmed Yusuf", "ahmed.yusuf@smedjebacken.se"), "Anmälan?",
             """Hej,

jag vet inte riktigt om det här är rätt adress för anmälan, jag hittade den i en
inbjudan som min chef skickade runt. Men om det går skulle jag vilja vara med på
träffarna i september och november, de andra passar inte riktigt mitt område.
Jag jobbar som trafikplanerare.

Ahmed Yusuf
Smedjebackens kommun""",
             X("register", [P("Ahmed Yusuf", "ahmed.yusuf@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "hesitant signup ('vet inte om det här är rätt adress ... om det går') -> register September and "
             "November (21/9, 29/11)"),

        mail("t253", "2027-04-09T08:26:00", ("Lina Backlund", "lina.backlund@mora.se"), "DalaLab",
             """Om det fortfarande finns plats för Mora så anmäler jag mig. Annars strunta i det, det är lugnt.

//Lina Backlund, Mora""",
             X("register", [P("Lina Backlund", "lina.backlund@mora.se", "Mora kommun")], ALL),
             "conditional signup ('om det finns plats ... annars strunta i det') -> register; no session named -> all"),

        tg("t254", "2027-02-06T22:40:00", "Sanna Ohlsson", 6620145,
           "ok jag kör! den om tillgänglighet alltså, inte de andra. /Sanna, Leksand",
           X("register", [P("Sanna Ohlsson", None, "Leksands kommun")], [S4]),
           "short hesitant chat yes; 'den om tillgänglighet' = 22 Feb 2028 by its title"),

        mail("t255", "2027-03-25T11:58:00", ("Karl-Johan Nilsson", "karl-johan.nilsson@regiondalarna.se"),
             "Min plats på DalaLab",
             """Hej Linnea,

Det blev ju som du kanske hört en del omorganisation hos oss på regionen efter
nyår, och sedan början av mars leder jag arbetet med den regionala
transportplanen. Det är roligt men tar all tid just nu, och jag har insett att jag
inte kommer att kunna prioritera DalaLab på det sätt som det förtjänar.

Så jag får nog avstå helt den här gången. Ta bort mig från deltagarlistan så att
någon annan kan få platsen – jag vet att det finns fler på tillväxtavdelningen som
är intresserade.

Lycka till med upplägget, det ser riktigt bra ut!

Karl-Johan Nilsson
Region Dalarna""",
             X("cancel", [P("Karl-Johan Nilsson", "karl-johan.nilsson@regiondalarna.se", "Region Dalarna")], ALL),
             "long mail ending in full withdrawal; 'ta bort mig från deltagarlistan' is a cancellation, not an "
             "erasure; no session named -> all four"),

        mail("t256", "2027-03-03T09:12:00", ("Sofie Lindgren", "sofie.lindgren@ludvika.se"), "Anmälan tillsynsdagen 3 maj",
             """Hej!

Jag anmäler mig och Patrik Ström till Länsstyrelsens tillsynsvägledningsdag om
strandskydd den 3 maj i Borlänge. Ingen av oss har några allergier.

Mvh
Sofie Lindgren
Miljö- och byggenheten, Ludvika kommun""",
             X("unknown", unsure=["intent"]),
             "misdirected signup for a different event (Länsstyrelsen's strandskydd day in Borlänge) that shares the "
             "3 May date -> not a DalaLab signup"),

        mail("t257", "2027-01-29T12:04:00", ("Mikael Öberg", "mikael.oberg@borlange.se"), "Lunch 3 maj?",
             """Hej, blir det lunch på träffen 3 maj eller ska man ta med eget? Jag anmäler
mig till den träffen i alla fall, och äter glutenfritt om det blir mat.

/Mikael Öberg, Borlänge""",
             X("register", [P("Mikael Öberg", "mikael.oberg@borlange.se", "Borlänge kommun", diet="glutenfritt")],
               [S1], diet="glutenfritt"),
             "subject and first sentence are a question, but the mail also signs up for 3 May -> register; diet"),

        mail("t258", "2027-02-19T10:30:00", ("Vera Blom", "vera.blom@hedemora.se"), "DalaLab",
             """Hej Linnea!

Kan jag få anmäla mig till träffarna 29/11 och 22/2?

Mvh
Vera Blom
Planhandläggare
Hedemora kommun
Tel 0225-340 00
Besöksadress: Stora Torget 1, 776 30 Hedemora""",
             X("register", [P("Vera Blom", "vera.blom@hedemora.se", "Hedemora kommun")], [S3, S4]),
             "polite signup phrased as a question ('Kan jag få anmäla mig') -> register 29 Nov and 22 Feb; postcode "
             "and phone digits"),

        mail("t259", "2027-04-01T14:37:00", ("Sven-Erik Dahl", "sven-erik.dahl@gagnef.se"), "3 maj – byte av person",
             """Hej Linnea,

det ser tyvärr ut som att jag inte kan komma den 3 maj ändå (en operation som inte
går att flytta, jag har redan skjutit på den två gånger...). Jag frågade Lars
Grönlund på bygglov om han kan gå i mitt ställe och han sa ja direkt, så kan ni
sätta upp honom istället den dagen? Hans adress är lars.gronlund@gagnef.se.
Resten av träffarna går jag på själv som planerat.

Tack och förlåt för krånglet!
Sven-Erik""",
             X("change", [P("Sven-Erik Dahl", "sven-erik.dahl@gagnef.se", "Gagnefs kommun"),
                          P("Lars Grönlund", "lars.gronlund@gagnef.se", "Gagnefs kommun")], [S1]),
             "hedged substitution for one session: sender out on 3 May, Lars in -> change, both people, sessions = "
             "what the substitute takes"),

        mail("t260", "2027-02-08T08:55:00", ("Håkan Wiberg", "hakan.wiberg@sater.se"), "VB: DalaLab?",
             """Hej Linnea,

Peter Nygren på vår planenhet vill också vara med, se hans mejl nedan. Jag har
inget emot det, så anmäl honom gärna.

/Håkan Wiberg
Samhällsbyggnadschef, Säters kommun

-----Ursprungligt meddelande-----
Från: Peter Nygren <peter.nygren@sater.se>
Skickat: den 5 februari 2027 16:12
Till: Wiberg Håkan <hakan.wiberg@sater.se>
Ämne: DalaLab?

Hej Håkan, är det ok om jag går på DalaLab-träffarna? Alla fyra alltså, våren och
hösten plus den i februari. /Peter""",
             X("register", [P("Peter Nygren", "peter.nygren@sater.se", "Säters kommun")], ALL),
             "internal forward that DOES ask the organiser to register the colleague (contrast with t230); sender "
             "not among people; sessions from the forwarded part"),

        mail("t261", "2027-03-19T10:47:00", ("Mats Höglund", "mats.hoglund@vansbro.se"),
             "Accepterat: DalaLab träff 1 – 3 maj",
             """Mats Höglund har accepterat mötet.

Tack! Min kollega Sofia Lund vill också gärna följa med den 3 maj om det går bra,
hon har ingen egen inbjudan. sofia.lund@vansbro.se

När: den 3 maj 2027 10:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Falun""",
             X("register", [P("Sofia Lund", "sofia.lund@vansbro.se", "Vansbro kommun")], [S1]),
             "calendar accept with a comment that signs up a colleague for 3 May -> register Sofia only (the "
             "accepter is already registered)"),

        mail("t262", "2027-03-12T12:19:00", ("Britt Andersson-Nises", "britt.andersson-nises@alvdalen.se"),
             "Re: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Ja tack, räkna med mig!

Britt

Skickat från min iPhone

> 12 mars 2027 kl. 09:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
> Hej! En påminnelse om DalaLab: träffarna är 3/5, 21/9 och 29/11 2027 samt 22/2 2028.
> Anmäl dig och dina kollegor senast onsdag 14 april. Svara bara på detta mejl.
>
> Linnea Hassis, Region Dalarna""",
             X("register", [P("Britt Andersson-Nises", "britt.andersson-nises@alvdalen.se", "Älvdalens kommun")], ALL),
             "one-line yes to the reminder; dates only in the quote -> all four; organisation from alvdalen.se"),

        mail("t263", "2027-02-25T15:36:00", ("Rafael Ortega", "rafael.ortega@lansstyrelsen.se"), "DalaLab – joining?",
             """Hi Linnea,

I'm fairly new at the County Administrative Board (Länsstyrelsen Dalarna) and my
Swedish is still a work in progress, so I hope English is fine.

I think I'd like to join DalaLab, if that's OK for someone from Länsstyrelsen and
not only for the municipalities. Please put me down for May 3 to start with, and
I'll see how it goes from there.

Best regards,
Rafael Ortega
Planning Officer, Länsstyrelsen Dalarna""",
             X("register", [P("Rafael Ortega", "rafael.ortega@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "hesitant English signup ('I think I'd like to ... put me down for May 3') -> register 3 May only"),

        tg("t264", "2027-04-03T18:05:00", "Jonna Pihlaja", 5518832,
           "hej, tyvärr får jag nog hoppa av dalalab helt 😕 sorry för strulet",
           X("cancel", [P("Jonna Pihlaja", None, None)], ALL),
           "hedged full cancellation via chat ('får nog hoppa av helt') -> all four; no organisation stated"),

        mail("t265", "2027-03-10T09:40:00", ("Emil Forsgren", "emil.forsgren@ludvika.se"), "DalaLab Ludvika",
             """Hej!

Vi har fortfarande inte riktigt bestämt oss på avdelningen vilka som ska gå
(Birgitta har kanske redan hört av sig?), men anmäl mig så länge till alla fyra,
så återkommer vi om en eventuell kollega.

Emil Forsgren
Planarkitekt, Ludvika kommun""",
             X("register", [P("Emil Forsgren", "emil.forsgren@ludvika.se", "Ludvika kommun")], ALL),
             "tentative context but a clear 'anmäl mig så länge till alla fyra'; the undecided colleague and "
             "Birgitta are not people"),

        mail("t266", "2027-01-15T13:02:00", ("Kontaktcenter Borlänge kommun", "kontaktcenter@borlange.se"),
             "Ärende KC-2027-01873 har registrerats [Påminnelse: DalaLab]",
             """Tack för ditt meddelande till Borlänge kommun!

Ditt ärende har fått nummer KC-2027-01873 och kommer att hanteras inom fem
arbetsdagar. Ange ärendenumret om du kontaktar oss igen.

Detta är ett automatiskt utskick – det går inte att svara på det här mejlet.

Borlänge kommun, Kontaktcenter
0243-740 00""",
             X("auto_reply"),
             "case-management system receipt from a municipal contact centre -> auto_reply"),

        mail("t267", "2027-04-07T16:16:00", ("Johan Ekblad", "johan.ekblad@avesta.se"), "Vilka från Avesta är anmälda?",
             """Hej,

är Karin Olsson och Per Ström från Avesta redan anmälda till DalaLab? Och Nadia
El-Amin? Jag vill inte ta en fjärde plats om vi redan är tre, men om någon av dem
inte har anmält sig så vill jag gärna vara med.

Johan Ekblad
Avesta kommun""",
             X("question", unsure=["intent"]),
             "question naming three colleagues about the quota; signup only conditional on a place being free -> "
             "question, no people"),

        mail("t268", "2027-03-01T07:21:00", ("Björn Tapper", "bjorn.tapper@rattvik.se"), "Glömde en sak",
             """Hej,

jag glömde skriva i min anmälan att jag är vegan. Om det inte är för sent att
säga till om maten alltså. Jag är anmäld till de två första träffarna.

/Björn Tapper, Rättvik""",
             X("change", [P("Björn Tapper", "bjorn.tapper@rattvik.se", "Rättviks kommun", diet="vegan")],
               [S1, S2], diet="vegan"),
             "hesitant diet update for an existing signup -> change; sessions as stated ('de två första' = 3/5, 21/9)"),

        tg("t269", "2027-02-13T21:33:00", "Nils Westin", 4409127,
           "är det nån mer från vansbro som ska på dalalab? annars kanske jag tar mig dit i maj, vi får se",
           X("question", unsure=["intent"]),
           "chat question with a vague 'kanske ... i maj' -> question, not a signup"),

        mail("t270", "2027-01-11T10:10:00", ("Camilla Rydén", "camilla.ryden@falun.se"), "Anmälan från Falun",
             """Hej Linnea!

Tack för en jättebra inbjudan – jag har själv tyvärr inte möjlighet i år (vi är mitt
i granskningen av ÖP:n och jag går dessutom på tjänstledighet i höst), men Amina
Jusufović och Tobias Hed på planavdelningen vill gärna vara med på höstens två
träffar. Deras adresser är amina.jusufovic@falun.se och tobias.hed@falun.se.

Tack och hej!
Camilla Rydén
Avdelningschef, Falu kommun""",
             X("register", [P("Amina Jusufović", "amina.jusufovic@falun.se", "Falu kommun"),
                            P("Tobias Hed", "tobias.hed@falun.se", "Falu kommun")], [S2, S3]),
             "chatty mail: sender declines for herself (not among people) and signs up two colleagues for "
             "'höstens två träffar' = 21/9 and 29/11"),
    ]
