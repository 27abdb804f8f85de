from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("af001", "2026-12-03T07:52", ("Mikael Forsberg", "mikael.forsberg@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", """Hej Linnea,

Jag anmäler mig till första och sista träffen, de två i mitten krockar tyvärr med våra nämndsammanträden.

Mvh
Mikael Forsberg
Planeringsarkitekt
Samhällsbyggnadsförvaltningen
Ludvika kommun
Tfn 0240-860 00 (växel)
Direkt 0240-861 34

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:14
Till: planerare-dalarna@lists.regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering och planeringsstrategier.
Projektet består av fyra träffar:

1. 3 maj 2027, kl 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet

Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.

Varmt välkomna!
Linnea Hassis, Region Dalarna
""",
             X("register", [P("Mikael Forsberg", "mikael.forsberg@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "Outlook reply quoting the invitation with all four dates; 'första och sista träffen' = 3 maj + 22 feb"),

        mail("af002", "2026-12-07T13:20", ("Sofia Hedlund-Björk", "sofia.hedlund-bjork@gagnef.se"),
             "Anmälan DalaLab", """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill gärna anmäla mig till DalaLab, alla fyra träffarna.</p>
<p>Kost: vegetarisk</p>
<p>&nbsp;</p>
<p>Med vänlig hälsning<br>
<b>Sofia Hedlund-Björk</b><br>
Översiktsplanerare<br>
Gagnefs kommun<br>
<span style="color:#888">0241-150 00</span></p>
</div></body></html>
""",
             X("register", [P("Sofia Hedlund-Björk", "sofia.hedlund-bjork@gagnef.se", "Gagnefs kommun",
                              diet="vegetarisk")], ALL, diet="vegetarisk"),
             "HTML-only mail, double surname, diet on its own line", html=True),

        mail("af003", "2026-12-09T10:05", ("Bengt-Åke Lövgren", "bengt-ake.lovgren@sater.se"),
             "Anmälan", """Hej.

Anmäler mig härmed till samtliga tillfällen i DalaLab.

Hälsningar
Bengt-Åke Lövgren
Översiktsplanerare
Säters kommun
Box 85, 783 22 Säter
Tel 0225-550 00
Mobil 070-312 45 67
Org.nr 212000-2205
""",
             X("register", [P("Bengt-Åke Lövgren", "bengt-ake.lovgren@sater.se", "Säters kommun")], ALL),
             "iso-8859-1, terse, signature full of numbers", charset="iso-8859-1"),

        mail("af004", "2026-12-11T16:41", ("Tomasz Wiśniewski", "tomasz.wisniewski@regiondalarna.se"),
             "DalaLab sign up", """Hi Linnea,

I'd like to sign up for the 21/9 and 29/11 sessions (I'm travelling in May and in February, unfortunately).
I'm lactose intolerant, if that matters for the lunch.

Best,
Tomasz

Tomasz Wiśniewski | Regional development strategist | Region Dalarna | +46 23 49 00 00
""",
             X("register", [P("Tomasz Wiśniewski", "tomasz.wisniewski@regiondalarna.se", "Region Dalarna",
                              diet="lactose intolerant")], [S2, S3], diet="lactose intolerant"),
             "English, dates as d/m, colleague inside Region Dalarna"),

        mail("af005", "2026-12-14T09:12", ("Elin Sjöberg", "elin.sjoberg@borlange.se"),
             "Fråga om DalaLab", """Hej!

Ingår lunch den 3 maj eller ska man ta med eget? Och var i Falun är det?
Vi är några här på plan som funderar på att anmäla oss men vill veta lite mer först.

/Elin Sjöberg, Borlänge kommun
""",
             X("question"),
             "pure question naming a date; 'funderar på att anmäla oss' is not a signup"),

        mail("af006", "2026-12-16T11:30", ("Hassan Jama", "hassan.jama@avesta.se"),
             "Distans?", """Hej Linnea

Går det att delta på distans om man inte kan ta sig till Falun? Oavsett vilket vill jag anmäla mig till träffen 3/5 – finns det en länk tar jag gärna den, annars kommer jag på plats.

Mvh Hassan
Avesta kommun
""",
             X("register", [P("Hassan Jama", "hassan.jama@avesta.se", "Avesta kommun")], [S1]),
             "question mixed with a signup for one session (3/5)"),

        mail("af007", "2026-12-18T14:02", ("Maja Törnqvist", "maja.tornqvist@leksand.se"),
             "Radera mina uppgifter", """Hej,

Jag har bytt tjänst och jobbar inte längre med planeringsfrågor. Jag vill därför att ni tar bort mig från era utskickslistor och raderar de personuppgifter ni har om mig.

Tack på förhand,
Maja Törnqvist
""",
             X("erasure", [P("Maja Törnqvist", "maja.tornqvist@leksand.se", "Leksands kommun")]),
             "erasure request without any registration or dates"),

        mail("af008", "2026-12-22T08:00", ("Karl-Johan Dahl", "karl-johan.dahl@rattvik.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april", """Hej!

Jag är ledig till och med den 6 januari och läser inte min e-post under tiden.
Vid brådskande ärenden, kontakta samhällsbyggnadsförvaltningen på 0248-700 00.

Mvh Karl-Johan Dahl
Rättviks kommun
""",
             X("auto_reply"),
             "Swedish out-of-office; subject carries the deadline date"),

        mail("af009", "2027-01-08T10:17", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Ej levererat: Påminnelse: DalaLab – anmäl dig senast 14 april", """Det gick inte att leverera till följande mottagare eller grupper:

lars.ekman@hedemora.se
Det gick inte att hitta den e-postadress du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: DB9PR09MB4411.eurprd09.prod.outlook.com

lars.ekman@hedemora.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprungliga meddelandehuvuden:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: lars.ekman@hedemora.se
Subject: Påminnelse: DalaLab – anmäl dig senast 14 april
Date: Fri, 8 Jan 2027 10:16:58 +0100

Hej Lars! Du har väl inte glömt DalaLab? Träffarna är 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Anmäl dig till mig.
""",
             X("auto_reply"),
             "Exchange bounce (NDR) whose original message lists all four dates and a person"),

        mail("af010", "2027-01-12T06:33", ("Nordiskt Evenemangsregister", "faktura@evenemangsregistret-norden.com"),
             "Faktura 2027-0412 – Registreringsavgift DalaLab", """Till: Region Dalarna
Att: Linnea Hassis

Enligt er registrering av evenemanget "DalaLab – Planering för hållbarhet och utvecklingskraft" i Nordiskt Evenemangsregister debiteras härmed årsavgift för publicering och deltagarregistrering.

Fakturanummer: 2027-0412
Belopp: 8 950,00 kr exkl. moms
Förfallodag: 2027-01-31
Bankgiro: 5521-7713
OCR: 20270412118

Vid utebliven betalning överlämnas ärendet till inkasso utan vidare påminnelse.

Nordiskt Evenemangsregister
Kundtjänst: info@evenemangsregistret-norden.com
""",
             X("unknown"),
             "invoice scam dressed as registration fee; full of numbers and event name"),

        mail("af011", "2027-01-13T19:48", ("Emily Clarke", "emily.clarke@attendee-leads-pro.net"),
             "RE: DalaLab 2027 attendee list", """Hi,

Hope you're doing well.

We have the verified attendee list of "DalaLab – Planering för hållbarhet 2027" with 1,240 contacts (Name, Title, Company, Email, Phone Number, LinkedIn).

Would you be interested in acquiring it for your pre-event marketing? Reply with "Send Pricing" and I'll share the counts and costs.

Regards,
Emily Clarke
Lead Generation Specialist

If you do not wish to receive further emails, reply with "Leave Out".
""",
             X("unknown"),
             "attendee-list scam, fake 'RE:' subject"),

        mail("af012", "2027-01-15T09:41", ("Annika Wallin", "annika.wallin@leksand.se"),
             "Anmälan till DalaLab – två deltagare", """Hej,

På uppdrag av samhällsbyggnadschef Olof Grahn anmäler jag honom och planchef Therese Lind till DalaLab. Båda vill gå på alla träffar.

olof.grahn@leksand.se
therese.lind@leksand.se

Therese är glutenfri.

Vänliga hälsningar
Annika Wallin
Administratör, Samhällsbyggnadsförvaltningen
Leksands kommun
0247-800 00
""",
             X("register", [P("Olof Grahn", "olof.grahn@leksand.se", "Leksands kommun"),
                            P("Therese Lind", "therese.lind@leksand.se", "Leksands kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "secretary registers two others (not herself); addresses listed apart from the names"),

        mail("af013", "2027-01-19T13:05", ("Personalenheten Mora kommun", "personal@mora.se"),
             "Anmälan deltagare DalaLab hösten 2027", """Hej,

Följande medarbetare anmäls till höstens två träffar:

Eriksson, Lena – lena.eriksson@mora.se
Koskinen, Matti – matti.koskinen@mora.se
Backman, Jens (nyanställd, e-post ej upplagd ännu)

Frågor kan ställas till undertecknad.

Hälsningar
Gun Ohlsson
HR-specialist, Mora kommun
""",
             X("register", [P("Lena Eriksson", "lena.eriksson@mora.se", "Mora kommun"),
                            P("Matti Koskinen", "matti.koskinen@mora.se", "Mora kommun"),
                            P("Jens Backman", None, "Mora kommun")], [S2, S3]),
             "HR function mailbox, 'Efternamn, Förnamn' list, one without address, 'höstens två träffar' = 21/9 + 29/11"),

        mail("af014", "2027-01-21T07:00", ("PBL-nytt", "nyhetsbrev@pbl-nytt.se"),
             "PBL-nytt nr 1/2027: Nya vägledningar, seminarier och DalaLab", """PBL-nytt – nyhetsbrevet för dig som arbetar med plan- och bygglagen
Nr 1, januari 2027

I DETTA NUMMER
* Ny vägledning om översiktsplanens utvecklingsinriktning
* Seminarium om planeringsstrategier, 4 mars 2027
* Region Dalarna startar DalaLab

REGION DALARNA STARTAR DALALAB
Region Dalarna bjuder in kommunernas planerare till lärprojektet DalaLab med fyra träffar: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Sista anmälningsdag är 14 april. Anmälan görs till linnea.hassis@regiondalarna.se.

--
Du får detta nyhetsbrev eftersom du prenumererar på PBL-nytt.
Avsluta prenumerationen: https://pbl-nytt.se/avregistrera?u=lh2291
""",
             X("auto_reply"),
             "newsletter (mailing-list mail) announcing the event with every date and the registration address"),

        mail("af015", "2027-01-26T15:22", ("Rebecca Olsson", "rebecca.olsson@lansstyrelsen.se"),
             "Automatic reply: DalaLab – registration reminder", """Thank you for your email.

I am out of the office until 15 March 2027 with limited access to email. For urgent matters regarding spatial planning, please contact planering.dalarna@lansstyrelsen.se.

Kind regards
Rebecca Olsson
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "English out-of-office with a return date in March"),

        mail("af016", "2027-01-28T17:58", ("Niklas Berg", "niklas.berg@hedemora.se"),
             "dalalab", """hej! anmäl mig o kollegan per svensson till 21.9, han e glutenfri. jag äter allt

Skickat från min iPhone
""",
             X("register", [P("Niklas Berg", "niklas.berg@hedemora.se", "Hedemora kommun"),
                            P("Per Svensson", None, "Hedemora kommun", diet="glutenfri")], [S2],
               diet="glutenfri"),
             "phone mail in lower case, '21.9', colleague without address gets the sender's organisation"),

        mail("af017", "2027-02-01T10:44", ("Helena Åkesson", "helena.akesson@smedjebacken.se"),
             "Max tre per kommun?", """Hej Linnea!

Vi är fyra på plan- och byggenheten som gärna vill vara med i DalaLab. Jag läser att det är max tre per kommun – gäller det per träff eller för hela projektet? Kan vi i så fall turas om, så att en går den 3 maj och en annan den 21 september?

Hör av dig så anmäler vi oss sen.

/Helena Åkesson
Smedjebackens kommun
""",
             X("question"),
             "quota question naming dates; the signup is explicitly deferred"),

        mail("af018", "2027-02-03T08:26", ("Jonas Lundgren", "jonas.lundgren@falun.se"),
             "Avanmälan 29 november", """Hej,

Jag måste tyvärr avanmäla mig från träffen den 29 november – vi har budgetberedning samma dag. Övriga träffar kommer jag på som planerat.

Hälsningar
Jonas Lundgren
Falu kommun
""",
             X("cancel", [P("Jonas Lundgren", "jonas.lundgren@falun.se", "Falu kommun")], [S3]),
             "cancels one session; the others stay"),

        mail("af019", "2027-02-04T03:12", ("Region Dalarna Evenemang", "no-reply@regiondalarna-event.info"),
             "Åtgärd krävs: Bekräfta din anmälan till DalaLab", """Hej,

Din anmälan till DalaLab den 3 maj 2027 har inte slutförts. För att behålla din plats måste du verifiera ditt konto inom 24 timmar.

Logga in med ditt Microsoft 365-konto här:
https://regiondalarna-event.info/verify?id=88213

Om du inte bekräftar stryks din anmälan automatiskt.

Med vänlig hälsning
Region Dalarna IT-support
""",
             X("unknown"),
             "phishing dressed as a registration confirmation from a look-alike domain"),

        mail("af020", "2027-02-05T11:09", ("Emma Sundqvist", "emma.sundqvist@borlange.se"),
             "SV: DalaLab", """Ja tack, jag kommer på 3:e maj och 22 februari!

Med vänliga hälsningar

Emma Sundqvist
Strategisk samhällsplanerare
Samhällsbyggnadsförvaltningen, Borlänge kommun
Besöksadress: Röda vägen 50, Borlänge
Postadress: 781 81 Borlänge
Tel: 0243-740 00 | Direkt: 0243-741 29 | Mobil: 072-507 21 09
Org.nr: 212000-2080
www.borlange.se

Tänk på miljön innan du skriver ut detta mejl.

När du skickar e-post till Borlänge kommun behandlas dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.borlange.se/gdpr

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 4 februari 2027 10:02
Till: Emma Sundqvist <emma.sundqvist@borlange.se>
Ämne: DalaLab

Hej Emma! Såg att du var intresserad. Träffarna är 3/5, 21/9, 29/11 och 22/2. Säg till vilka du vill gå på.
""",
             X("register", [P("Emma Sundqvist", "emma.sundqvist@borlange.se", "Borlänge kommun")], [S1, S4]),
             "two dates on top; signature numbers ('21 09' in the mobile) and a quoted mail listing all dates"),

        mail("af021", "2027-02-08T13:47", ("Ulf Nordin", "ulf.nordin@vansbro.se"),
             "Läst: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft", """Ditt meddelande

  Till: Ulf Nordin
  Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 1 december 2026 09:14:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 8 februari 2027 13:47:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "Outlook read receipt from a person at a municipality"),

        mail("af022", "2027-02-10T22:31", ("Mail Delivery Subsystem", "mailer-daemon@malung-salen.se"),
             "Delivery Status Notification (Delay)", """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

     stina.mark@malung-salen.se

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. [mx1.malung-salen.se 451 4.4.1 timed out]

----- Original message -----

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: stina.mark@malung-salen.se
Subject: Re: Anmälan DalaLab

Hej Stina, tack för din anmälan till 3 maj och 21 september! Du får mer information om lokal och program i april.
""",
             X("auto_reply"),
             "delay DSN quoting a confirmation of someone's signup (two dates, a person)"),

        mail("af023", "2027-02-12T09:58", ("Karin Mattsson", "karin.mattsson@lansstyrelsen.se"),
             "Anmälan DalaLab + en från Vansbro", """Hej Linnea,

Jag anmäler mig till DalaLab, alla tillfällen. Jag anmäler också Anna Berg från Vansbro kommun som inte verkar ha fått inbjudan – hon vill också gå på allt. Hennes adress är anna.berg@vansbro.se.

Mvh
Karin Mattsson
Samhällsplaneringsenheten
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Karin Mattsson", "karin.mattsson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Anna Berg", "anna.berg@vansbro.se", "Vansbro kommun")], ALL),
             "two organisations in one mail: sender at Lst and a municipal planner she signs up"),

        mail("af024", "2027-02-15T14:14", ("Pontus Hägg", "pontus.hagg@orsa.se"),
             "Fråga om lokaler", """Hej!

Jag är redan anmäld. Är det samma lokal den 21 september som den 3 maj? Och slutar träffarna 29/11 och 22/2 också kl 15? Behöver boka tåg hem till Orsa.

Tack / Pontus
""",
             X("question"),
             "question full of session dates from someone already registered"),

        mail("af025", "2027-02-17T10:03", ("Ida Rosén", "ida.rosen@ludvika.se"),
             "Ändring av min anmälan", """Hej!

Jag är anmäld till 3 maj och 21 september men behöver byta 21 september mot 29 november. Alltså gäller 3 maj och 29 november för mig.

Tack!
Ida Rosén, Ludvika kommun
""",
             X("change", [P("Ida Rosén", "ida.rosen@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "swap with the resulting sessions stated: 3 maj kept, 21/9 replaced by 29/11"),

        mail("af026", "2027-02-19T16:20", ("Sven-Erik Holm", "sven-erik.holm@avesta.se"),
             "DalaLab 3 maj – byte av deltagare", """Hej,

Jag kan tyvärr inte komma på första träffen. Min kollega Jonas Ek (jonas.ek@avesta.se) går i mitt ställe den dagen. Till resten kommer jag själv som vanligt.

/Sven-Erik
Avesta kommun
""",
             X("change", [P("Sven-Erik Holm", "sven-erik.holm@avesta.se", "Avesta kommun"),
                          P("Jonas Ek", "jonas.ek@avesta.se", "Avesta kommun")], [S1]),
             "substitution for the first session only; both people listed"),

        mail("af027", "2027-02-22T08:37", ("Samhällsbyggnad Falu kommun", "samhallsbyggnad@falun.se"),
             "VB: Anmälan DalaLab", """Hej,

Vidarebefordrar anmälan från vår nya planarkitekt, som ännu inte har fått e-posten att fungera i mobilen:

Namn: Aleksandra Nowak
E-post: aleksandra.nowak@falun.se
Träffar: alla
Kost: laktosfri

//Samhällsbyggnadsförvaltningen, Falu kommun
Detta är en funktionsbrevlåda som bevakas under kontorstid.
""",
             X("register", [P("Aleksandra Nowak", "aleksandra.nowak@falun.se", "Falu kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "shared function mailbox forwarding a form-like signup for a person whose address is in the text"),

        mail("af028", "2027-02-24T10:50", ("Lisa Grönberg", "lisa.gronberg@siljanhotell-konferens.se"),
             "Konferenslokal till DalaLab?", """Hej Linnea!

Vi såg att Region Dalarna arrangerar DalaLab med fyra träffar under 2027–2028. Vi på Siljan Hotell & Konferens erbjuder dagkonferens inklusive förmiddagsfika, lunch och eftermiddagsfika från 495 kr per person, med fri parkering och laddstolpar.

Har du tid för ett kort samtal den här veckan? Jag bjuder gärna på en visning.

Varma hälsningar
Lisa Grönberg
Försäljningsansvarig, Siljan Hotell & Konferens
070-880 14 52
""",
             X("unknown"),
             "sales pitch naming the event and 'fyra träffar'"),

        mail("af029", "2027-02-26T12:12", ("Johan Wikström", "johan.wikstrom@hedemora.se"),
             "Avregistrering + GDPR", """Hej.

Jag anmälde mig till DalaLab i december men har sagt upp mig från kommunen och kommer inte att delta. Jag vill också att ni raderar alla mina uppgifter hos er.

/Johan Wikström
""",
             X("erasure", [P("Johan Wikström", "johan.wikstrom@hedemora.se", "Hedemora kommun")], unsure=["intent"]),
             "withdrawal and erasure in one mail; erasure is the stronger request"),

        mail("af030", "2027-03-01T09:19", ("Marie Ekström", "marie.ekstrom@orsa.se"),
             "Anmälan två medarbetare", """Hej!

Jag vill anmäla två av mina medarbetare till DalaLab-träffarna om utvecklingsinriktning och om tillgänglighet:

Hussein, Ahmed <ahmed.hussein@orsa.se>
Palm, Lisa <lisa.palm@orsa.se>

Själv har jag tyvärr inte möjlighet.

Mvh Marie Ekström
Enhetschef plan och bygg, Orsa kommun
""",
             X("register", [P("Ahmed Hussein", "ahmed.hussein@orsa.se", "Orsa kommun"),
                            P("Lisa Palm", "lisa.palm@orsa.se", "Orsa kommun")], [S2, S4]),
             "manager signs up two staff written 'Efternamn, Förnamn <addr>'; sessions by theme words"),

        mail("af031", "2027-03-03T08:01", ("Älvdalens kommun", "kommun@alvdalen.se"),
             "Ärende mottaget: VB: DalaLab [KS 2027/00041]", """Tack för ditt meddelande till Älvdalens kommun!

Detta är ett automatiskt svar. Ditt meddelande har registrerats i kommunens diarium med nummer KS 2027/00041 och fördelas till berörd handläggare. Handläggningstiden är normalt 1–3 veckor.

Du kan inte svara på detta meddelande. Vid frågor, ring kontaktcenter 0251-800 00.

Älvdalens kommun
Dalgatan 1, 796 31 Älvdalen
""",
             X("auto_reply"),
             "municipal registry auto-acknowledgement with case numbers"),

        mail("af032", "2027-03-04T15:35", ("ANDERSSON BERIT", "berit.andersson@vansbro.se"),
             "Anm. DalaLab", """Hej

Anmäler mig till träffen den 29:e, de andra datumen går inte för mig.

Berit Andersson
Bygglov/plan
Vansbro kommun
Tel 0281-750 00
""",
             X("register", [P("Berit Andersson", "berit.andersson@vansbro.se", "Vansbro kommun")], [S3]),
             "From name in capitals 'EFTERNAMN FÖRNAMN', iso-8859-1, 'den 29:e' = 29 november",
             charset="iso-8859-1"),

        mail("af033", "2027-03-08T11:27", ("Daniel Carter", "daniel.carter@nordplan-consulting.com"),
             "Question about DalaLab", """Hello,

I'm a planning consultant working with several municipalities in Dalarna (Orsa and Rättvik among others). Is DalaLab open to consultants, or only to municipal and regional staff? And if it is open, is there a fee?

Kind regards,
Daniel Carter
Nordplan Consulting
""",
             X("question"),
             "English eligibility question from outside the audience, naming municipalities"),

        mail("af034", "2027-03-09T06:48", ("Gösta Lind", "gosta.lind49@telia.com"),
             "Snöröjning Gruvgatan", """Hej,

Jag har försökt nå kommunen i två veckor nu utan att få svar. Ingen har plogat Gruvgatan sedan snöovädret och vi som bor här kommer inte ut med bilen. Jag hittade din adress på nätet när jag sökte på planering i Falun.

Kan du skicka det här vidare till rätt person?

Gösta Lind
""",
             X("unknown"),
             "misdirected citizen complaint, not about the event", charset="iso-8859-1"),

        mail("af035", "2027-03-10T13:16", ("Malin Strand", "malin.strand@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab", """Hej! Kan jag även anmäla min kollega Sara Lindqvist (sara.lindqvist@falun.se)? Hon vill gå på samma träffar som jag.

/Malin

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 9 mars 2027 15:40
Till: Malin Strand <malin.strand@falun.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Malin!

Du är anmäld till följande träffar i DalaLab:
- 3 maj 2027, Falun
- 21 september 2027

Välkommen!
Linnea
""",
             X("register", [P("Sara Lindqvist", "sara.lindqvist@falun.se", "Falu kommun")], [S1, S2]),
             "colleague signed up for 'samma träffar som jag': the sessions come from the quoted confirmation; sender already registered"),

        mail("af036", "2027-03-11T09:00", ("Region Dalarna", "nyhetsbrev@regiondalarna.se"),
             "Samhällsplanering i Dalarna – nyhetsbrev mars 2027", """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="color:#00594f">Samhällsplanering i Dalarna</h1>
<p style="color:#666">Nyhetsbrev mars 2027</p>
<h2>Sista chansen att anmäla sig till DalaLab!</h2>
<p>Lärprojektet DalaLab startar den <b>3 maj</b> i Falun och fortsätter 21 september, 29 november och 22 februari 2028.
Anmäl dig senast <b>14 april</b> till <a href="mailto:linnea.hassis@regiondalarna.se">linnea.hassis@regiondalarna.se</a>.</p>
<h2>Ny regional utvecklingsstrategi på remiss</h2>
<p>Remisstiden löper till 30 juni. Läs mer på regiondalarna.se.</p>
<hr>
<p style="font-size:9pt;color:#999">Du får detta nyhetsbrev eftersom du prenumererar på Region Dalarnas utskick om samhällsplanering.
<a href="https://regiondalarna.se/nyhetsbrev/avsluta">Avsluta prenumeration</a></p>
</td></tr></table>
</body></html>
""",
             X("auto_reply"),
             "the organiser's own HTML newsletter, all dates and the registration address inside", html=True),

        mail("af037", "2027-03-15T10:42", ("Jenny Halvarsson", "jenny.halvarsson@malung-salen.se"),
             "Anmälan + frågor", """Hej!

Jag anmäler mig härmed till DalaLab. Två frågor: finns det parkering nära lokalen i Falun, och går det bra att komma lite senare första gången (tåget från Malung är framme 10.20)?

Jag har nötallergi, bara så ni vet inför fikat.

Hälsningar
Jenny Halvarsson
Malung-Sälens kommun
""",
             X("register", [P("Jenny Halvarsson", "jenny.halvarsson@malung-salen.se", "Malung-Sälens kommun",
                              diet="nötallergi")], ALL, diet="nötallergi"),
             "signup with questions; 'första gången' is not a session choice, and 10.20 is a time"),

        mail("af038", "2027-03-17T14:55", ("Lena Dahlberg", "lena.dahlberg@alvdalen.se"),
             "Avanmälan Gunnar Ståhl", """Hej,

Gunnar Ståhl, vår samhällsbyggnadschef, har tyvärr fått förhinder och kan inte delta i DalaLab alls. Var snäll och stryk honom från samtliga träffar.

Hälsningar
Lena Dahlberg
Assistent, kommunledningskontoret
Älvdalens kommun
""",
             X("cancel", [P("Gunnar Ståhl", None, "Älvdalens kommun")], ALL),
             "assistant cancels for her manager (not herself); no address for him; all sessions", charset="iso-8859-1"),

        mail("af039", "2027-03-19T20:03", ("Farah Mahmoud", "farah.mahmoud@gmail.com"),
             "Begäran om radering enligt artikel 17 GDPR", """Till Region Dalarna

Jag anmälde mig den 4 december 2026 till DalaLab via min dåvarande jobbadress farah.mahmoud@sater.se. Jag har sedan dess slutat på Säters kommun.

Jag begär härmed att Region Dalarna raderar samtliga personuppgifter som rör mig, inklusive uppgifter om specialkost, och att raderingen bekräftas skriftligen till denna adress inom en månad i enlighet med artikel 12.3 i dataskyddsförordningen.

Farah Mahmoud
""",
             X("erasure", [P("Farah Mahmoud", "farah.mahmoud@gmail.com", "Säters kommun")],
               unsure=["organisation"]),
             "formal GDPR erasure from a private address; old work address and former employer in the text; dates and article numbers"),

        mail("af040", "2027-04-05T09:12", ("Postmaster", "postmaster@smedjebacken.se"),
             "Olevererbart: DalaLab – välkommen till första träffen 3 maj", """Det gick inte att leverera meddelandet till följande mottagare eller grupper:

per-olof.nyberg@smedjebacken.se
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka meddelandet igen senare eller kontakta mottagaren direkt.

Diagnostisk information för administratörer:

Genererande server: SMB-EX01.smedjebacken.local

per-olof.nyberg@smedjebacken.se
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Ursprungliga meddelandehuvuden:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: per-olof.nyberg@smedjebacken.se
Subject: DalaLab – välkommen till första träffen 3 maj
Date: Mon, 5 Apr 2027 09:11:40 +0200
""",
             X("auto_reply"),
             "Swedish mailbox-full bounce; a person and a session date in the original headers"),

        mail("af041", "2027-04-06T12:28", ("Oskar Lindahl", "oskar.lindahl@lansstyrelsen.se"),
             "DalaLab", """Hi Linnea,

Count me in for May 3rd and Feb 22nd. I'm vegan btw.

Cheers,
Oskar

--
Oskar Lindahl
Senior Advisor, Spatial Planning
County Administrative Board of Dalarna (Länsstyrelsen Dalarna)
Åsgatan 38, SE-791 84 Falun
Phone +46 10-225 03 21 | Mobile +46 70-329 11 22
Reg. no. 202100-2338
""",
             X("register", [P("Oskar Lindahl", "oskar.lindahl@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan")], [S1, S4], diet="vegan"),
             "English, ordinal dates, signature with many numbers ('03 21' in the phone)"),

        mail("af042", "2027-04-07T08:49", ("Alma Nilsson", "alma.nilsson@gagnef.se"),
             "Kom min anmälan fram?", """Hej,

Jag skickade en anmälan till alla fyra träffarna i december men har inte fått någon bekräftelse. Kom den fram? Sista dagen är väl 14 april så jag vill vara säker.

/Alma Nilsson
Gagnefs kommun
""",
             X("question", unsure=["intent"]),
             "asks whether an earlier signup arrived; mentions 'alla fyra träffarna' and the deadline but signs up for nothing new"),

        mail("af043", "2027-04-08T10:10", ("Fredrik Olausson", "fredrik.olausson@rattvik.se"),
             "Anmälan Rättviks kommun – DalaLab", """<html><body>
<p>Hej Linnea,</p>
<p>Vi anmäler oss tre från Rättviks kommun till alla träffar i DalaLab:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Fredrik Olausson</td><td>fredrik.olausson@rattvik.se</td><td>–</td></tr>
<tr><td>Amira Hadžić</td><td>amira.hadzic@rattvik.se</td><td>glutenfri</td></tr>
<tr><td>Lars-Göran Ek</td><td>lars-goran.ek@rattvik.se</td><td>laktosfri</td></tr>
</table>
<p>Mvh<br>Fredrik Olausson<br>Planchef, Rättviks kommun<br>0248-701 10</p>
</body></html>
""",
             X("register", [P("Fredrik Olausson", "fredrik.olausson@rattvik.se", "Rättviks kommun"),
                            P("Amira Hadžić", "amira.hadzic@rattvik.se", "Rättviks kommun", diet="glutenfri"),
                            P("Lars-Göran Ek", "lars-goran.ek@rattvik.se", "Rättviks kommun", diet="laktosfri")],
               ALL, diet="glutenfri, laktosfri"),
             "HTML-only table of three including the sender, per-person diets", html=True),

        mail("af044", "2027-04-09T02:17", ("DocuSign via Region Dalarna", "dse-noreply@docusign-securemail.net"),
             "Linnea Hassis: Vänligen granska och signera: Deltagarlista_DalaLab_2027.pdf", """Region Dalarna har skickat dig ett dokument att granska och signera.

GRANSKA DOKUMENT
https://docusign-securemail.net/signing/review?env=4f1c9a7e

Deltagarlista DalaLab 3 maj 2027 – 42 anmälda

Meddelande från avsändaren:
Hej, här är den uppdaterade deltagarlistan inför första träffen. Signera senast idag.

Detta meddelande innehåller en säker länk. Vidarebefordra inte mejlet.
""",
             X("unknown"),
             "DocuSign-style phishing about a participant list with a session date"),

        mail("af045", "2027-04-10T11:34", ("Camilla Öhman", "camilla.ohman@alvdalen.se"),
             "Två till från Älvdalen", """Hej Linnea!

Jag är redan anmäld sedan tidigare, men nu vill även mina kollegor Erik Nyström och Fatima Al-Sayed vara med – de två första träffarna (maj och september). Fatima äter halal.

Tack på förhand!
Camilla Öhman
Älvdalens kommun
""",
             X("register", [P("Erik Nyström", None, "Älvdalens kommun"),
                            P("Fatima Al-Sayed", None, "Älvdalens kommun", diet="halal")], [S1, S2], diet="halal"),
             "sender already registered writes for two colleagues without addresses; 'maj och september'"),
    ]
