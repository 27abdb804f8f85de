"""Theme "inbox": what else lands in the public registration address besides clean signups. Out-of-office replies
(Swedish, English, bilingual, one written like a person), a bounce, a ticket-system receipt and an "address no longer
in use" notice; newsletters (Boverket, the region's own) and webinar invitations, a forwarded Telegram channel post;
an invoice scam, phishing in Swedish and English, crypto spam; mail meant for someone else (wrong Lena, reply-all car
pooling, a signup for another event, a family chat message); questions with and without a signup in them; erasure
requests for oneself and for former colleagues; thanks and complaints (one hiding a partial cancellation); HTML and
HTML-ish text; English speakers; and a few ordinary signups buried in long or chatty messages."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("ba136", "2026-12-02T09:14", ("Grahn Malin", "malin.grahn@borlange.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl.

Jag är på tjänsteresa och har begränsad tillgång till e-post till och med fredag 4 december. Ditt meddelande vidarebefordras inte.

Ärenden som gäller bygglov: bygglov@borlange.se
Övriga brådskande ärenden: Borlänge kommuns kontaktcenter, 0243-740 00

Med vänlig hälsning
Malin Grahn
Planarkitekt, Samhällsbyggnadsförvaltningen
Borlänge kommun
""",
             X("auto_reply"),
             "Outlook out-of-office echoing the invitation subject; 'fredag 4 december' and phone digits; a Borlänge "
             "signature but nobody to register"),

        mail("ba137", "2026-12-02T09:31", ("Lars-Erik Nordin", "lars-erik.nordin@lansstyrelsen.se"),
             "Automatic reply: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Thank you for your e-mail. I am on annual leave and will be back in the office on Monday 11 January 2027. I will not be reading e-mail during my absence.

For matters concerning regional planning documentation, please contact planering.dalarna@lansstyrelsen.se.

---

Tack för ditt mejl. Jag har semester och är tillbaka måndag 11 januari 2027. Under min frånvaro läser jag inte e-post.

För frågor om regionala planeringsunderlag, kontakta planering.dalarna@lansstyrelsen.se.

Lars-Erik Nordin
Samhällsplanerare | Enheten för samhällsplanering
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "bilingual English/Swedish out-of-office from Länsstyrelsen; return date and a functional address, "
             "no signup"),

        mail("ba138", "2026-12-03T16:02", ("Jenny Halvarsson", "jenny.halvarsson@vansbro.se"),
             "Frånvaro: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej och tack för ditt mejl!

Just nu är jag föräldraledig 🙂 och kikar bara sporadiskt i inkorgen. Jag är tillbaka på jobbet i mitten av augusti.

Gäller det detaljplaner eller översiktsplanen – vänd dig till min kollega Anders Moberg, anders.moberg@vansbro.se, 0281-750 12, så hjälper han dig.

Ha det gott!
Jenny
""",
             X("auto_reply"),
             "out-of-office written like a person (emoji, 'Ha det gott!'); names a colleague with an address, "
             "who is not being signed up; 'mitten av augusti'"),

        mail("ba139", "2026-12-09T10:22", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<johan.persson@smedjebaken.se>: Host or domain name not found. Name service
    error for name=smedjebaken.se type=A: Host not found

--- Returned message ---

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: johan.persson@smedjebaken.se
Subject: Bekräftelse: din anmälan till DalaLab
Date: Wed, 9 Dec 2026 10:21:48 +0100

Hej Johan,

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

  måndag 3 maj 2027, 10.00–15.00, Falun
  tisdag 21 september 2027
  måndag 29 november 2027

Kost: vegetarisk

Välkommen!
Linnea Hassis
Region Dalarna
""",
             X("auto_reply"),
             "bounce for a mistyped domain (smedjebaken.se); the returned confirmation holds a name, three session "
             "dates and a diet -> nothing to register"),

        mail("ba140", "2026-12-10T07:30", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev från PBL Kunskapsbanken – december 2026",
             """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="color:#00594f">PBL Kunskapsbanken</h1>
<p>Nyhetsbrev december 2026</p>
<h2>Webbinarium: Översiktsplanens nya form</h2>
<p>Den 21 januari kl. 13.00&ndash;14.30 håller vi ett webbinarium om hur kommunerna kan arbeta med
planeringsstrategin och den aktualitetsprövade översiktsplanen. <a href="https://www.boverket.se/webbinarium">Anmäl dig här</a>.</p>
<h2>Ny vägledning om utvecklingsinriktning</h2>
<p>Vägledningen om mark- och vattenanvändning och utvecklingsinriktning i ÖP-modellen har uppdaterats.
<a href="https://www.boverket.se/pbl">Läs mer</a></p>
<h2>Kalendarium</h2>
<ul><li>21 januari &ndash; webbinarium om planeringsstrategi</li>
<li>3 mars &ndash; nätverksträff för översiktsplanerare, digitalt</li></ul>
<hr>
<p style="font-size:11px">Du får det här nyhetsbrevet eftersom du prenumererar på nyheter från PBL Kunskapsbanken.
<a href="https://www.boverket.se/avprenumerera">Avsluta prenumerationen</a> | Boverket, Box 534, 371 23 Karlskrona</p>
</td></tr></table></body></html>
""",
             X("unknown"),
             "HTML newsletter from Boverket (a partner of session 1) with 'planeringsstrategi', 'utvecklingsinriktning' "
             "and 'Anmäl dig här' -> unknown, not a signup", html=True),

        tg("ba141", "2026-12-11T20:47", "Mikael Dahlström", "5120348876",
           """Hej! Är det här man anmäler sig till dalalab? Fick länken av en kollega""",
           X("question"),
           "Telegram question only: asks whether this is the place to sign up; no signup yet"),

        mail("ba142", "2026-12-14T05:12", ("Europeiska Deltagarregistret", "faktura@eu-deltagarregister.com"),
             "Faktura 2026-88412 – Registrering DalaLab deltagarförteckning",
             """Bästa kund,

Härmed bekräftas registreringen av er organisation i Europeiska Deltagarregistret för evenemanget DalaLab 2027 (3 maj 2027 – 22 februari 2028).

Registreringen omfattar publicering av organisationens namn, kontaktperson och antal deltagare i den officiella deltagarförteckningen under 12 månader.

Fakturanummer: 2026-88412
Belopp att betala: 7 890 kr exkl. moms
Förfallodag: 2026-12-28
Bankgiro: 5213-8841
OCR: 2026884120

Genom betalning godkänner ni våra allmänna villkor. Om betalning uteblir överlämnas ärendet till inkasso.

Med vänliga hälsningar
Kundtjänst
Europeiska Deltagarregistret
""",
             X("unknown"),
             "invoice scam dressed as a registration for DalaLab (event name, first and last session dates, "
             "'registreringen') -> unknown"),

        mail("ba143", "2026-12-16T23:58", ("DalaLab Anmälan", "no-reply@dalalab-anmalan.net"),
             "Åtgärd krävs: din plats på DalaLab frigörs om 24 timmar",
             """Hej,

Vi har inte kunnat verifiera din anmälan till DalaLab den 3 maj 2027.

För att behålla din plats måste du logga in med ditt Microsoft 365-konto inom 24 timmar:

https://dalalab-anmalan.net/verify?id=88f1c2a7

Om du inte verifierar din anmälan tilldelas platsen nästa person på reservlistan.

Med vänliga hälsningar
Anmälningsteamet
Region Dalarna
""",
             X("unknown"),
             "phishing posing as the organiser ('din anmälan', '3 maj 2027', 'Region Dalarna' in the signature) from a "
             "look-alike domain -> unknown"),

        tg("ba144", "2026-12-18T13:05", "Keith | Crypto Mentor", "6932281104",
           """Hello dear 👋
I help people earn $5,000 weekly with bitcoin trading, no experience needed ✅
Only 3 spots left for this week!! Register now with my manager @keith_trading_desk 💰💰💰""",
           X("unknown"),
           "English crypto spam on Telegram with 'Register now' and 'spots left'"),

        mail("ba145", "2027-01-07T08:41", ("Per Åhlin", "per.ahlin@regiondalarna.se"),
             "Protokoll styrgrupp kollektivtrafik 16/12",
             """Hej Lena!

Här kommer protokollet från styrgruppsmötet 16/12, se bilaga. Kan du justera det innan fredag? Jag har lagt in Anneli som ny ledamot från Ludvika.

Nästa möte är inbokat 8 februari kl. 9–11 i Falun.

/Per

Per Åhlin
Handläggare, Regional utveckling
Region Dalarna
""",
             X("unknown"),
             "internal Region Dalarna mail meant for a colleague 'Lena' (address autocomplete); dates and a Ludvika "
             "name that have nothing to do with DalaLab"),

        mail("ba146", "2027-01-11T14:20", ("Sanna Eriksson", "sanna.eriksson@hedemora.se"), "Fråga om DalaLab",
             """Hej!

Jag har fått inbjudan till DalaLab vidarebefordrad av min chef. Jag är ny som översiktsplanerare i Hedemora sedan november och undrar om träffarna passar även för någon som inte har varit med och tagit fram en ÖP tidigare?

Och går det att vara med på bara vissa av träffarna, eller förväntas man delta på alla fyra?

Tacksam för svar!

Hälsningar
Sanna Eriksson
Översiktsplanerare
Hedemora kommun
0225-341 00
""",
             X("question"),
             "question only (is it for beginners, can one take only some sessions); 'alla fyra' is asked about, "
             "not a signup; iso-8859-1 body", charset="iso-8859-1"),

        mail("ba147", "2027-01-13T10:02", ("Kjell Westerlund", "kjell.westerlund@mora.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Jag har fått flera utskick om DalaLab, troligen för att jag stod med på en sändlista från ett tidigare regionalt nätverk. Jag arbetar inte längre med fysisk planering och kommer inte att delta.

Med stöd av artikel 17 i dataskyddsförordningen (GDPR) begär jag att Region Dalarna raderar samtliga personuppgifter om mig som behandlas i samband med DalaLab, samt att ni bekräftar när det är gjort.

Med vänlig hälsning
Kjell Westerlund
Kultur- och fritidsförvaltningen
Mora kommun
""",
             X("erasure", [P("Kjell Westerlund", "kjell.westerlund@mora.se", "Mora kommun")]),
             "formal GDPR erasure for oneself; 'kommer inte att delta' is not a cancellation of a signup"),

        tg("ba148", "2027-01-15T18:33", "Frida L", "1820475596",
           """hej! jag heter frida lindström och jobbar på smedjebackens kommun. vill anmäla mig till dalalab, alla träffar. jag är glutenfri btw. en fråga bara, finns det parkering vid lokalen i falun?""",
           X("register", [P("Frida Lindström", None, "Smedjebackens kommun")], ALL, "glutenfri"),
           "lower-case Telegram signup with a question about parking (still register); full name only in the text, "
           "display name 'Frida L'; Falun is the venue"),

        mail("ba149", "2027-01-18T09:00", ("Nordplan Akademi", "webinar@nordplanakademi.se"),
             "Inbjudan: Webbinarium – Planeringsstrategier i praktiken, 9 februari kl. 13.00",
             """Hej!

Välkommen till ett kostnadsfritt webbinarium för dig som arbetar med översiktsplanering i kommun eller region.

Planeringsstrategier i praktiken
Tisdag 9 februari kl. 13.00–14.00, digitalt via Teams

Vi går igenom hur tre kommuner har tagit fram sina planeringsstrategier och vilka fallgropar du bör undvika inför den aktualitetsprövade översiktsplanen.

Anmäl dig senast 5 februari via länken nedan. Antalet platser är begränsat.

>> Anmäl mig här: https://nordplanakademi.se/webbinarium/planeringsstrategier

Varmt välkommen!
Teamet på Nordplan Akademi

Du får det här mejlet eftersom du tidigare visat intresse för Nordplan Akademis utbildningar. Vill du inte ha fler utskick? Avregistrera dig här.
""",
             X("unknown"),
             "commercial webinar invitation on the same subject ('planeringsstrategier', 'Anmäl mig här', 'platser "
             "begränsat') -> unknown"),

        mail("ba150", "2027-01-21T11:15", ("Birgitta Hallberg", "birgitta.hallberg@avesta.se"),
             "Radering av uppgifter – tidigare medarbetare",
             """Hej Linnea,

Mattias Ahlgren (mattias.ahlgren@avesta.se) har avslutat sin anställning hos oss på Avesta kommun per den 31 december. Han stod, vad jag förstår, med på er intresselista för DalaLab.

Hans e-postkonto är avslutat och vi ber er att ta bort hans personuppgifter ur era register. Om någon annan från Avesta ska delta återkommer vår planchef separat.

Med vänlig hälsning

Birgitta Hallberg
HR-specialist
Avesta kommun
Tel. 0226-645 00
""",
             X("erasure", [P("Mattias Ahlgren", "mattias.ahlgren@avesta.se", "Avesta kommun")]),
             "erasure for a former colleague, requested by HR; the sender is not among the people; a possible later "
             "replacement is not a signup"),

        tg("ba151", "2027-01-22T07:49", "Pontus", "980331245",
           """/start""",
           X("unknown"),
           "bare Telegram bot command, nothing else"),

        mail("ba152", "2027-01-25T13:40", ("Åsa Lindkvist", "asa.lindkvist@orsa.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Tack Linnea, ser fram emot det!
/Åsa

Skickat från Outlook för iOS
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 25 januari 2027 11:02
Till: Åsa Lindkvist <asa.lindkvist@orsa.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Åsa,

Tack för din anmälan. Du är anmäld till träffarna 3 maj och 21 september 2027.
Kost: laktosfri

Vänliga hälsningar
Linnea Hassis
Region Dalarna
""",
             X("unknown"),
             "a thank-you reply; the quoted confirmation holds two session dates and a diet, but nothing new is "
             "asked"),

        mail("ba153", "2027-01-27T15:10", ("Robert Sjödin", "robert.sjodin@ludvika.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hej!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jag vill anmäla mig till DalaLab, träff 1 och 4 (3 maj och 22 februari).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med vänlig hälsning<o:p></o:p></p>
<table border="0" cellpadding="0"><tr>
<td><img src="cid:image001.png@01DB6F2A" alt="Ludvika kommun logotyp"></td>
<td><p class="MsoNormal"><b>Robert Sjödin</b><br>Planeringsarkitekt<br>Samhällsbyggnadsförvaltningen<br>
Ludvika kommun | 771 82 Ludvika<br>Tel 0240-860 00</p></td></tr></table>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">När du skickar e-post till Ludvika kommun behandlar vi
dina personuppgifter enligt dataskyddsförordningen. Läs mer på ludvika.se/personuppgifter</span></p>
</div></body></html>
""",
             X("register", [P("Robert Sjödin", "robert.sjodin@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "HTML-only Outlook signup ('träff 1 och 4 (3 maj och 22 februari)'); postcode and phone in a signature "
             "table; GDPR footer", html=True),

        tg("ba154", "2027-01-29T16:55", "Håkan Borg", "4417720963",
           """Måste bara säga att det är helt orimligt med max tre per kommun. Borlänge har över tjugo personer som jobbar med planering och ni behandlar oss likadant som en kommun med två planerare. Hoppas ni tänker om till nästa gång.""",
           X("unknown"),
           "complaint about the quota with no question and no signup"),

        mail("ba155", "2027-02-01T10:30", ("Ylva Persson", "ylva.persson@leksand.se"), "Re: Befolkningsprognos och DalaLab",
             """Hej Linnea!

Tack för senast på nätverksträffen. Några saker jag lovade att återkomma om:

1. Befolkningsprognosen. Vi har fått regionens prognos från i höstas men det saknas uppdelning på tätorter. Finns den i något annat underlag, eller ska jag höra av mig direkt till analysenheten? Vi behöver den till samrådshandlingen som ska ut i slutet av april.

2. GIS-skikten för grön infrastruktur. Jag har skickat en beställning till er GIS-samordnare men inte fått svar. Vet du om hon är ledig?

3. Apropå DalaLab: jag anmäler mig och min kollega Tobias Granlund (tobias.granlund@leksand.se) till höstens träffar. Vårträffen krockar tyvärr med vårt samrådsmöte i Siljansnäs, så den får vi stå över.

4. Sist men inte minst: vi funderar på en gemensam workshop med Rättvik och Mora om Siljansstråket under hösten. Är regionen intresserad av att vara med och finansiera? Jag kan skicka ett kort underlag i så fall.

Hör av dig när du har tid!

Ylva Persson
Översiktsplanerare
Leksands kommun
Box 300, 793 27 Leksand
0247-800 00
""",
             X("register", [P("Ylva Persson", "ylva.persson@leksand.se", "Leksands kommun"),
                            P("Tobias Granlund", "tobias.granlund@leksand.se", "Leksands kommun")], [S2, S3]),
             "signup for self and colleague hidden as point 3 of a long work mail; 'höstens träffar' = 21 Sep and 29 "
             "Nov; 'slutet av april', 'under hösten' and the other points are not sessions"),

        tg("ba156", "2027-02-02T21:14", "Tove Ringström", "7043318820",
           """Kan du köpa mjölk på vägen hem? Och glöm inte att Elsa har träning kl 18 imorgon ❤️""",
           X("unknown"),
           "family chat message sent to the bot by mistake"),

        mail("ba157", "2027-02-04T11:03", ("Falu kommun Kontaktcenter", "noreply@falun.se"),
             "Ärende mottaget [FK-2027-01873]: Påminnelse: DalaLab",
             """Detta är ett automatiskt meddelande.

Vi har tagit emot ditt ärende och det har fått ärendenummer FK-2027-01873. Ange ärendenumret om du kontaktar oss igen.

Handläggningstiden är normalt 5–10 arbetsdagar.

Svara inte på detta meddelande.

Falu kommun
Kontaktcenter
023-830 00
""",
             X("auto_reply"),
             "ticket-system receipt from a municipality's generic address; case number and numbers, no headers "
             "announcing an auto-reply beyond the text"),

        mail("ba158", "2027-02-05T08:00", ("Region Dalarna", "nyhetsbrev@regiondalarna.se"),
             "Regional utveckling – nyhetsbrev februari 2027",
             """REGIONAL UTVECKLING I DALARNA – NYHETSBREV FEBRUARI 2027

I DETTA NUMMER
* DalaLab – anmälan öppen till 14 april
* Ny regional transportplan på remiss
* Kompetensförsörjning: ny rapport

DALALAB – ANMÄLAN ÖPPEN
Nu kan du anmäla dig till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Träffarna hålls 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Upp till tre personer per kommun kan delta. Anmäl dig till Linnea Hassis senast 14 april.

NY REGIONAL TRANSPORTPLAN PÅ REMISS
Förslaget till länsplan för regional transportinfrastruktur 2026–2037 är ute på remiss till 31 mars.

KOMPETENSFÖRSÖRJNING
Läs vår nya rapport om kompetensbehoven i Dalarnas offentliga sektor.

Du får detta nyhetsbrev eftersom du prenumererar på nyheter från Region Dalarna. Avsluta prenumerationen: regiondalarna.se/nyhetsbrev
""",
             X("unknown"),
             "the region's own newsletter announcing DalaLab with all four dates, the quota and the deadline -> "
             "unknown, not a signup"),

        mail("ba159", "2027-02-08T22:17", ("Lena Isaksson", "lena.isaksson@malung-salen.se"), "DalaLab",
             """Hej!

Skriver från mobilen i liften i Sälen, är ledig hela veckan men vill inte glömma bort det här (jag vet att sista dagen är i april, men ändå).

Anmäl mig till alla fyra träffarna. Kost: vegetarisk.

Hälsningar
Lena Isaksson
Malung-Sälens kommun

Skickat från min Galaxy
""",
             X("register", [P("Lena Isaksson", "lena.isaksson@malung-salen.se", "Malung-Sälens kommun")], ALL,
               "vegetarisk"),
             "a person writing from holiday ('är ledig hela veckan') who signs up, not an out-of-office; 'alla fyra' "
             "= all; 'i april' is the deadline"),

        tg("ba160", "2027-02-10T09:45", "Daniel Okafor", "3052291847",
           """Hi! I'm a transport planner at Region Dalarna. I'd like to register for the first DalaLab session on 3 May. My Swedish is OK for listening but will the group work be in Swedish only? If it works out I'll probably join the autumn ones too, but let's start with May.""",
           X("register", [P("Daniel Okafor", None, "Region Dalarna")], [S1]),
           "English Telegram signup with a language question; 'probably join the autumn ones too' is not a "
           "registration yet"),

        tg("ba161", "2027-02-11T12:30", "Emelie Hagström", "5561093478",
           """Hej, Pelle Ström som var anmäld till DalaLab från Säter har slutat hos oss. Han bad mig be er radera hans uppgifter. Mvh Emelie, Säters kommun""",
           X("erasure", [P("Pelle Ström", None, "Säters kommun")]),
           "erasure for a former colleague via Telegram; the sender is not among the people"),

        mail("ba162", "2027-02-12T03:20", ("SharePoint Online", "no-reply@sharepoint-docs-share.com"),
             "Linnea Hassis, you have received a shared document: DalaLab_Deltagarlista_2027.xlsx",
             """Region Dalarna shared a file with you

DalaLab_Deltagarlista_2027.xlsx

"Hi Linnea, here is the updated participant list for 3 May. Please review before Friday."

Open: https://sharepoint-docs-share.com/r/regiondalarna/DalaLab_Deltagarlista_2027

This link will work for anyone who has it. You will be asked to sign in with your Microsoft account to view the document.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
             X("unknown"),
             "English phishing posing as a SharePoint share of a 'participant list for 3 May' -> unknown"),

        mail("ba163", "2027-02-15T14:05", ("Martin Rask", "martin.rask@hedemora.se"), "SV: DalaLab – vilka träffar?",
             """Hej, alla fyra blir bra!

/Martin

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 februari 2027 10:12
Till: Martin Rask <martin.rask@hedemora.se>
Ämne: DalaLab – vilka träffar?

Hej Martin,

Tack för ditt intresse för DalaLab! Du skrev inte vilka träffar du vill gå på. Vill du anmäla dig till alla fyra (3 maj, 21 september, 29 november och 22 februari 2028) eller bara till några av dem?

Vänliga hälsningar
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Martin Rask", "martin.rask@hedemora.se", "Hedemora kommun")], ALL),
             "one-line answer to the organiser's question ('alla fyra blir bra'); the meaning is only clear from the "
             "quoted question"),

        mail("ba164", "2027-02-16T10:12", ("Gunnel Sahlin", "gunnel.sahlin@rattvik.se"), "Anmälan till Vattendagarna 2027",
             """Hej!

Jag vill anmäla mig och min kollega Per-Olof Backman till Vattendagarna i Borlänge 17–18 mars. Per-Olof äter glutenfritt.

Faktura skickas till Rättviks kommun, ref. 4410.

Hälsningar
Gunnel Sahlin
Miljöstrateg, Rättviks kommun
""",
             X("unknown"),
             "a signup for a different event (Vattendagarna) sent to the wrong address -> unknown, not a DalaLab "
             "registration"),

        tg("ba165", "2027-02-17T08:20", "Ewa Kowalczyk", "2290176543",
           """Hi, quick question: is there a fee for DalaLab? And will the presentations be shared afterwards? Thanks!""",
           X("question"),
           "English Telegram question only"),

        mail("ba166", "2027-02-18T09:00", ("Gagnefs kommun", "no-reply@gagnef.se"),
             "Adressen används inte längre / Address no longer in use",
             """Hej!

Du har skickat e-post till ingvar.hed@gagnef.se. Den här adressen används inte längre och ditt meddelande har inte vidarebefordrats.

Vänligen kontakta Gagnefs kommun på kommun@gagnef.se eller 0241-150 00.

This address is no longer in use. Your message has not been forwarded.

Detta är ett automatiskt svar.
""",
             X("auto_reply"),
             "automatic 'address no longer in use' notice naming a former employee's address; nothing to erase or "
             "cancel"),

        mail("ba167", "2027-02-22T15:30", ("Carina Nygren", "carina.nygren@gagnef.se"), "DalaLab – anmälan och en kvotfråga",
             """Hej Linnea,

Jag har sedan i höstas en delad tjänst mellan Gagnef och Leksand – halvtid i vardera kommunen, som en del av samverkan kring översiktsplaneringen längs Dalälven. Det gör att jag ibland hamnar mellan stolarna när det gäller sånt här.

Min fråga är därför: räknas jag mot Gagnefs eller Leksands kvot på tre personer? Leksand har redan två anmälda vad jag vet och Gagnef ska eventuellt skicka fler, så det vore bra att veta innan de bestämmer sig.

Hur som helst vill jag anmäla mig till alla träffarna. Jag har inga särskilda kostönskemål.

Vänliga hälsningar
Carina Nygren
Översiktsplanerare
Gagnefs kommun / Leksands kommun
""",
             X("register", [P("Carina Nygren", "carina.nygren@gagnef.se", "Gagnefs kommun")], ALL,
               unsure=["organisation"]),
             "signup for all with a quota question; the writer works half-time for Gagnef and Leksand (signature "
             "names both) -> labelled by the gagnef.se address, organisation to confirm"),

        tg("ba168", "2027-02-24T19:45", "Jonna", "6411902235",
           """hej hej! fick tips om er från min chef, hon sa att det var jättebra förra gången ni körde nåt liknande. jag jobbar som planarkitekt i älvdalen sen i höstas och det är mycket nytt, så det här känns perfekt. skriv upp mig på 29 nov och 22 feb! heter jonna kullberg förresten 😊""",
           X("register", [P("Jonna Kullberg", None, "Älvdalens kommun")], [S3, S4]),
           "chatty Telegram message with the signup in the middle and the full name at the end in lower case; "
           "'22 feb' without year = the 2028 session"),

        mail("ba169", "2027-02-26T11:50", ("Sofie Lund", "sofie.lund@ludvika.se"),
             "SV: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Ska vi samåka till Falun den 3 maj? Jag kan köra, vi kan ta min bil från stadshuset kvart över åtta.

/Sofie

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 26 februari 2027 09:00
Till: Linnea Hassis
Kopia: DalaLab-utskick
Ämne: Påminnelse: DalaLab – sista anmälningsdag 14 april

Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är onsdag 14 april. Träffarna hålls 3 maj, 21 september, 29 november 2027 och 22 februari 2028. Upp till tre personer per kommun kan delta.

Välkommen med din anmälan!
Linnea Hassis
Region Dalarna
""",
             X("unknown"),
             "reply-all meant for a colleague (car-pooling to Falun on 3 May); the quoted reminder lists all dates "
             "-> unknown, not a signup"),

        mail("ba170", "2027-03-01T09:10", ("Lisa på Kafé Lugnet", "bokning@kafelugnet.se"),
             "Fika och lunch till er träff i Falun 3 maj?",
             """Hej Linnea!

Vi såg att Region Dalarna arrangerar DalaLab i Falun den 3 maj. Vi på Kafé Lugnet levererar gärna förmiddagsfika och lunch till er grupp – vi har lång erfarenhet av konferenser och anpassar gärna för vegetarisk, glutenfri, laktosfri och vegansk kost.

Förslag:
- Förmiddagsfika med kaffe/te och kardemummabulle: 65 kr/person
- Lunch (dagens rätt med sallad och bröd): 145 kr/person

Säg till hur många ni blir så skickar vi en offert!

Med vänliga hälsningar
Lisa Blom
Kafé Lugnet, Falun
070-312 44 58
""",
             X("unknown"),
             "sales offer from a caterer naming the event, 3 May, Falun and four diets -> unknown"),

        tg("ba171", "2027-03-02T17:22", "Niklas Bergman", "3380917264",
           """Jag skickade en anmälan via mejl för tre veckor sen och har fortfarande inte fått nån bekräftelse. Kommer det nån eller ska jag skicka igen?""",
           X("question"),
           "complaint and question about a missing confirmation; refers to an earlier signup but makes no new one"),

        mail("ba172", "2027-03-03T13:25", ("Eva Granath", "eva.granath@mora.se"), "Fler än tre från Mora?",
             """Hej Linnea!

Vi är fyra på planenheten som gärna vill gå DalaLab: jag, Kalle Nyström, Jessica Ek och Ali Rahimi. Jag såg i inbjudan att det är max tre per kommun.

Finns det möjlighet att vi går fyra, eller att vi delar på platserna så att olika personer går på olika träffar? Innan vi bestämmer oss vill jag veta vad som gäller, så anmälan kommer när vi vet.

Hälsningar
Eva Granath
Planchef, Mora kommun
""",
             X("question"),
             "quota question naming four people who want to go but explicitly not signing anyone up yet"),

        tg("ba173", "2027-03-05T10:40", "Laura Bianchi", "6027714385",
           """Hello, please delete my contact details and anything else you have about me. I'm only at Länsstyrelsen Dalarna for a short placement and won't be taking part in DalaLab. Thank you""",
           X("erasure", [P("Laura Bianchi", None, "Länsstyrelsen Dalarna")]),
           "English erasure via Telegram for oneself; organisation from the text"),

        tg("ba174", "2027-03-08T09:02", "Kristoffer Ahl", "4710288356",
           """Tack för bekräftelsen! En sak bara, jag glömde skriva att jag har nötallergi. Jag är anmäld till 21/9 och 29/11 från Avesta""",
           X("change", [P("Kristoffer Ahl", None, "Avesta kommun")], [S2, S3], "nötallergi"),
           "thanks plus a diet update for an existing signup -> change; sessions are the ones he states"),

        mail("ba175", "2027-03-10T08:05", ("Magnus Fors", "magnus.fors@hedemora.se"), "Angående DalaLab",
             """Hej,

Jag vill framföra att det är tredje gången i år som regionen lägger en träff på samma dag som vårt kommunfullmäktige. För en liten kommun som Hedemora blir det svårt att vara med när man inte tar hänsyn till sådant, och inbjudan kom dessutom sent.

Jag avanmäler därför mig själv från träffen den 3 maj. Övriga träffar står jag kvar på.

Hälsningar
Magnus Fors
Samhällsbyggnadschef
Hedemora kommun
""",
             X("cancel", [P("Magnus Fors", "magnus.fors@hedemora.se", "Hedemora kommun")], [S1]),
             "complaint that hides a partial cancellation (3 May only; 'övriga träffar står jag kvar på'); "
             "windows-1252 body", charset="windows-1252"),

        mail("ba176", "2027-03-12T14:48", ("Pia Wallén", "pia.wallen@sater.se"), "Anmälan till DalaLab",
             """Hej Linnea!<br><br>Jag&nbsp;vill anmäla mig till DalaLab, samtliga fyra tillfällen.<br>Specialkost: laktosfri<br><br>Med vänlig hälsning<br>Pia Wallén<br>Planeringsarkitekt | Säters kommun<br>Rådhusgatan 1, 783 81 Säter<br>Tel: 0225-550 00<br><br>
------------------------------------------------------------
Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.

När du skickar e-post till Säters kommun behandlas dina personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer om hur vi behandlar personuppgifter på www.sater.se/gdpr
------------------------------------------------------------
""",
             X("register", [P("Pia Wallén", "pia.wallen@sater.se", "Säters kommun")], ALL, "laktosfri"),
             "plain-text mail with leftover <br> and &nbsp;; 'samtliga fyra tillfällen'; a confidentiality and GDPR "
             "disclaimer that asks to 'radera' is not an erasure request"),

        tg("ba177", "2027-03-15T20:10", "Oskar", "8123374491",
           """Forwarded from Planerarnätverket Sverige
📣 Webbinarium 22 april: Tillgänglighet i översiktsplaneringen – rumslig närhet, mobilitet och digital tillgänglighet. Gratis! Anmäl dig via länken 👉 https://planerarnatverket.se/webbinarium""",
           X("unknown"),
           "forwarded channel post about a webinar on the same theme as session 4, with 'Anmäl dig' and no comment"),

        mail("ba178", "2027-03-18T10:05", ("Gustav Lind", "gustav.lind@orsa.se"), "DalaLab Orsa",
             """Hej,

Anmäl Maria Sjöholm och Erik Dahl från oss i Orsa till alla träffar.

Jag själv får se hur det blir med tiden, kanske kan jag hänga med på någon av dem. Är det okej att man byter person mellan träffarna om någon blir förhindrad?

Mvh
Gustav Lind
Enhetschef Plan, Orsa kommun
""",
             X("register", [P("Maria Sjöholm", None, "Orsa kommun"), P("Erik Dahl", None, "Orsa kommun")], ALL,
               unsure=["sender-attends"]),
             "manager signs up two colleagues and asks a question; 'kanske kan jag hänga med' leaves open whether he "
             "attends -> labelled without him"),

        mail("ba179", "2027-03-22T16:30", ("Anna Kovács", "anna.kovacs@urbanfutures.eu"),
             "DalaLab – are consultants welcome? / registration",
             """Dear Ms Hassis,

I am an urban planning consultant based in Borlänge, currently working on commissions for several municipalities in Dalarna (among them Borlänge and Säter). A colleague at Säter kommun forwarded your invitation to DalaLab.

I understand the programme is primarily for municipal and regional civil servants. If external consultants are welcome, I would like to register for the November session (29 November), which fits very well with a scenario-planning project I am running. If it is only for municipal staff, I fully understand – please just let me know.

Kind regards,
Anna Kovács
Senior Consultant, Urban Futures
Myntgatan 4, 784 33 Borlänge
+46 70 551 20 87
""",
             X("register", [P("Anna Kovács", "anna.kovacs@urbanfutures.eu", None)], [S3]),
             "English signup from a private consultant (organisation null despite Borlänge address and municipal "
             "clients) combined with a question whether consultants may attend"),

        tg("ba180", "2027-04-09T21:55", "Sven-Erik Holm", "1667203489",
           """Hej. Jag är på semester till 20 april men vill hinna före sista anmälningsdag. Anmäl mig o min kollega Annelie Björk på Rättviks kommun till 3 maj o 21 sept. Tack""",
           X("register", [P("Sven-Erik Holm", None, "Rättviks kommun"), P("Annelie Björk", None, "Rättviks kommun")],
             [S1, S2]),
           "Telegram signup that opens like an out-of-office ('på semester till 20 april'); sender + colleague; "
           "'3 maj o 21 sept'"),
    ]
