from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 28 november 2026 14:02
Till: planerare-dalarna@regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft, för kommunala och regionala tjänstepersoner som arbetar med
planeringsprocesser.

Träffar:
1. 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett
   rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering
   (tillsammans med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och
   hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
   digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är den 14 april 2027.

Välkommen med din anmälan!

Linnea Hassis
Region Dalarna
"""

QUOTED_INVITE = "\n".join("> " + l if l else ">" for l in INVITE.splitlines())


def messages():
    return [
        mail("ai001", "2026-12-01T08:47", ("Erik Svärd", "erik.svard@mora.se"), "Anmälan DalaLab",
             "Hej!\n\nJag vill gärna anmäla mig till DalaLab.\n\nErik Svärd\nPlanarkitekt, Mora kommun\n",
             X("register", [P("Erik Svärd", "erik.svard@mora.se", "Mora kommun")], ALL),
             "plain single signup, no session named"),

        mail("ai002", "2026-12-01T13:15", ("Strand Mikael", "mikael.strand@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nJag anmäler mig till första och tredje träffen (3 maj och 29 november).\n\n"
             "Mvh Mikael\n\n"
             "Mikael Strand | Samhällsplanerare\nBorlänge kommun | Samhällsbyggnadsförvaltningen\n"
             "Röda vägen 50, 781 81 Borlänge\nTel 0243-740 00 | Direkt 0243-741 22 | Mobil 070-219 03 05\n"
             "www.borlange.se\n\n________________________________\n" + INVITE,
             X("register", [P("Mikael Strand", "mikael.strand@borlange.se", "Borlänge kommun")], [S1, S3]),
             "Outlook reply quoting the invitation; 'Efternamn Förnamn' display name; phone numbers in signature"),

        mail("ai003", "2026-12-02T10:03", ("Sofia Ahlgren", "sofia.ahlgren@borlange.se"), "DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej,</p><p>H&auml;rmed anm&auml;ler jag mig till l&auml;rprojektet DalaLab.</p>"
             "<p>Jag &auml;ter <b>vegetarisk</b> kost.</p>"
             "<p>V&auml;nliga h&auml;lsningar<br>Sofia Ahlgren<br>Trafikplanerare<br>Borl&auml;nge kommun</p>"
             "<p style=\"color:#888888\">Tel 0243-742 18</p></div></body></html>",
             X("register", [P("Sofia Ahlgren", "sofia.ahlgren@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML-only with entities; diet", html=True),

        mail("ai004", "2026-12-03T09:21", ("Göran Ståhl", "goran.stahl@rattvik.se"), "Anmälan från Rättviks kommun",
             "Hej!\n\nFrån Rättviks kommun anmäler vi oss tre personer: jag själv, Märta Höglund "
             "(marta.hoglund@rattvik.se) och Björn Åkesson (bjorn.akesson@rattvik.se). Vi kommer på samtliga "
             "fyra träffar.\n\nHälsningar\nGöran Ståhl\nStadsarkitekt\nRättviks kommun\nRiksvägen 25, 795 80 Rättvik\n"
             "0248-700 00\n",
             X("register", [P("Göran Ståhl", "goran.stahl@rattvik.se", "Rättviks kommun"),
                            P("Märta Höglund", "marta.hoglund@rattvik.se", "Rättviks kommun"),
                            P("Björn Åkesson", "bjorn.akesson@rattvik.se", "Rättviks kommun")], ALL),
             "iso-8859-1; sender plus two colleagues with addresses", charset="iso-8859-1"),

        mail("ai005", "2026-12-04T07:02", ("Sara Holm", "sara.holm@hedemora.se"),
             "Automatiskt svar: Bekräftelse på anmälan – DalaLab",
             "Tack för ditt mejl!\n\nJag är på semester till och med den 4 januari 2027 och läser inte min e-post "
             "under tiden. Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 0225-340 00.\n\n"
             "Sara Holm\nHedemora kommun\n",
             X("auto_reply"), "Swedish out-of-office answering a confirmation"),

        tg("ai006", "2026-12-04T19:44", "Tomas B", 5102938471,
           "Hej! Tomas Berg heter jag, jobbar på Orsa kommun. Vill anmäla mig till 21/9 och 29/11",
           X("register", [P("Tomas Berg", None, "Orsa kommun")], [S2, S3]),
           "Telegram, numeric dates"),

        mail("ai007", "2026-12-07T11:30", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Olevererbart: Bekräftelse på anmälan – DalaLab",
             "Det gick inte att leverera meddelandet till följande mottagare:\n\n"
             "p.sundberg@borlange.se\nMottagarens e-postadress hittades inte i mottagarens e-postsystem.\n\n"
             "Diagnostisk information för administratörer:\nGenererande server: MX2.regiondalarna.se\n"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Ursprungliga meddelanderubriker:\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "To: p.sundberg@borlange.se\nSubject: Bekräftelse på anmälan – DalaLab\n"
             "Date: Mon, 7 Dec 2026 11:29:51 +0100\n\n"
             "Hej! Du är anmäld till DalaLab den 3 maj 2027 och den 21 september 2027.\n",
             X("auto_reply"), "bounce of a confirmation; quoted confirmation names dates"),

        mail("ai008", "2026-12-08T15:12", ("Sophie Martin", "sophie.martin@lansstyrelsen.se"),
             "Registration – DalaLab",
             "Dear Linnea,\n\nI'd like to register for the DalaLab sessions on 3 May 2027 and 22 February 2028. "
             "Unfortunately I can't make the two autumn meetings.\n\nKind regards,\nSophie Martin\n"
             "Regional planning coordinator\nLänsstyrelsen Dalarna\n+46 10-225 00 00\n",
             X("register", [P("Sophie Martin", "sophie.martin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S4]),
             "English; two sessions, autumn excluded"),

        mail("ai009", "2026-12-09T09:55", ("Ingemar Dahlgren", "ingemar.dahlgren@alvdalen.se"),
             "Avanmälan 21 september",
             "Hej Linnea,\n\nJag måste tyvärr avanmäla mig från träffen den 21 september – vi har "
             "kommunfullmäktige samma dag. Övriga träffar står jag kvar på.\n\n/Ingemar Dahlgren\n"
             "Älvdalens kommun\n",
             X("cancel", [P("Ingemar Dahlgren", "ingemar.dahlgren@alvdalen.se", "Älvdalens kommun")], [S2]),
             "partial cancellation; windows-1252", charset="windows-1252"),

        mail("ai010", "2026-12-09T14:08", ("Karolina Bäck", "karolina.back@ludvika.se"), "Fråga om DalaLab",
             "Hej!\n\nEn kollega har vidarebefordrat inbjudan. Blir det lunch vid träffarna, eller bara fika? "
             "Och går det att delta digitalt om man inte kan ta sig till Falun?\n\nTack på förhand!\n"
             "Karolina Bäck, Ludvika kommun\n",
             X("question"), "practical questions, no signup"),

        mail("ai011", "2026-12-10T03:17", ("Nordic Municipal Register", "billing@nordic-municipal-register.eu"),
             "Faktura 2026-8841: Registrering DalaLab – Region Dalarna",
             "Bästa kund,\n\nTack för er registrering av evenemanget \"DalaLab\" i Nordic Municipal Register 2027. "
             "Er publicering är nu aktiv. Vänligen betala registreringsavgiften 4 900 SEK exkl. moms till "
             "bankgiro 5512-0931 senast 2026-12-20 för att undvika avstängning.\n\n"
             "Vid frågor, svara inte på detta mejl utan besök www.nordic-municipal-register.eu/kund\n\n"
             "Med vänlig hälsning\nAvdelningen för fakturering\n",
             X("unknown"), "invoice/listing scam using 'registrering' vocabulary"),

        mail("ai012", "2026-12-11T10:40", ("Birgitta Lönn", "birgitta.lonn@ludvika.se"),
             "Anmälan – planeringschef Anders Hed",
             "Hej,\n\nJag anmäler härmed vår planeringschef Anders Hed (anders.hed@ludvika.se) till DalaLab, "
             "samtliga tillfällen. Skicka gärna bekräftelsen direkt till honom med kopia till mig.\n\n"
             "Med vänlig hälsning\nBirgitta Lönn\nLedningsassistent\nSamhällsbyggnadsförvaltningen, Ludvika kommun\n"
             "Tel 0240-860 00\n",
             X("register", [P("Anders Hed", "anders.hed@ludvika.se", "Ludvika kommun")], ALL),
             "secretary registering her manager; sender not a participant"),

        mail("ai013", "2026-12-14T08:12", ("Karl Nilsson", "karl.nilsson@smedjebacken.se"), "Byte av träff",
             "Hej!\n\nJag är anmäld till 3 maj men det krockar med en annan konferens. Kan jag byta den mot "
             "29 november i stället?\n\nMvh\nKarl Nilsson\nSmedjebackens kommun\n",
             X("change", [P("Karl Nilsson", "karl.nilsson@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "swap 3 May for 29 Nov"),

        mail("ai014", "2026-12-14T13:51", ("Sara Holm", "sara.holm@hedemora.se"), "Anmälan Hedemora",
             "Hej Linnea!\n\nVi blir tre från Hedemora kommun som vill vara med i hela lärprojektet:\n\n"
             "Lund, Maria\nEk, Johan\nHolm, Sara (jag)\n\nMaria och Johan når du via mig tills vidare.\n\n"
             "Hälsningar\nSara Holm\nÖversiktsplanerare\nHedemora kommun\nTel 0225-342 71\n",
             X("register", [P("Maria Lund", None, "Hedemora kommun"), P("Johan Ek", None, "Hedemora kommun"),
                            P("Sara Holm", "sara.holm@hedemora.se", "Hedemora kommun")], ALL),
             "'Efternamn, Förnamn' list including the sender; colleagues without addresses"),

        tg("ai015", "2026-12-15T21:03", "Ulrika", 6230019475,
           "Hej, när är sista dagen att anmäla sig? Och vart är första träffen?",
           X("question"), "Telegram question about deadline and venue"),

        mail("ai016", "2026-12-16T09:30", ("Cecilia Hammar", "cecilia.hammar@avesta.se"), "Anmälan DalaLab – Avesta",
             "Hej!\n\nJag vill anmäla mig och min kollega Per Nyström (per.nystrom@avesta.se) till DalaLab.\n\n"
             "Kost: jag – glutenfri, Per – vegetarisk.\n\nMvh\nCecilia Hammar\nAvesta kommun\n"
             "Stadsbyggnadskontoret, Tingsgatan 1, 774 81 Avesta\n0226-64 50 00\n",
             X("register", [P("Cecilia Hammar", "cecilia.hammar@avesta.se", "Avesta kommun", diet="glutenfri"),
                            P("Per Nyström", "per.nystrom@avesta.se", "Avesta kommun", diet="vegetarisk")],
               ALL, diet="glutenfri, vegetarisk"),
             "two people, diet per person"),

        mail("ai017", "2026-12-17T16:22", ("Lena Forsberg", "lena.forsberg@vansbro.se"), "Radera mina uppgifter",
             "Hej,\n\nJag har fått era utskick om DalaLab men är inte berörd av projektet. Jag vill att ni "
             "raderar mina personuppgifter (namn, e-post och telefonnummer) ur era listor.\n\n"
             "Lena Forsberg\nVansbro kommun\n",
             X("erasure", [P("Lena Forsberg", "lena.forsberg@vansbro.se", "Vansbro kommun")]),
             "erasure request by the sender"),

        mail("ai018", "2026-12-18T06:00", ("KartPunkt Nyheter", "nyheter@kartpunkt.se"),
             "Nyheter i KartPunkt 5.2 – webbinarium 21 januari",
             "Hej!\n\nKartPunkt 5.2 är här med nya verktyg för översiktsplanering och 3D-visualisering.\n\n"
             "Anmäl dig till vårt kostnadsfria webbinarium den 21 januari 2027 kl. 10.00 på kartpunkt.se/webb.\n\n"
             "Du får detta nyhetsbrev eftersom du är kund hos KartPunkt. Avregistrera dig här: "
             "kartpunkt.se/avregistrera\n",
             X("unknown"), "vendor newsletter inviting to its own webinar"),

        mail("ai019", "2026-12-21T11:05", ("Hanna Mörk", "hanna.mork@sater.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nJag vill anmäla mig till hela lärprojektet. Min chef har godkänt.\n\n/Hanna\n\n"
             "Hanna Mörk\nPlanhandläggare\nSäters kommun\n\n"
             "Från: Göran Falk <goran.falk@sater.se>\nSkickat: den 18 december 2026 15:40\n"
             "Till: Hanna Mörk <hanna.mork@sater.se>\nÄmne: VB: Inbjudan: DalaLab – Planering för hållbarhet "
             "och utvecklingskraft\n\nNågot för dig? Första träffen ser särskilt intressant ut.\n\n/Göran\n\n"
             + INVITE,
             X("register", [P("Hanna Mörk", "hanna.mork@sater.se", "Säters kommun")], ALL),
             "forwarded chain; manager's note mentions first meeting, but signup is for the whole project"),

        mail("ai020", "2026-12-21T14:02", ("Göran Ståhl", "goran.stahl@rattvik.se"),
             "Läst: Bekräftelse på anmälan – DalaLab",
             "Ditt meddelande\n\n    Till: Göran Ståhl\n    Ämne: Bekräftelse på anmälan – DalaLab\n"
             "    Skickat: den 21 december 2026 09:41:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "lästes den 21 december 2026 14:02:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n",
             X("auto_reply"), "read receipt"),

        tg("ai021", "2027-01-05T08:15", "Emma Sjöberg", 7001842290,
           "Hej! Emma Sjöberg här från Smedjebackens kommun. Jag vill gärna vara med på alla träffarna i DalaLab. "
           "Kost: vegetarisk",
           X("register", [P("Emma Sjöberg", None, "Smedjebackens kommun", diet="vegetarisk")], ALL,
             diet="vegetarisk"),
           "Telegram signup with diet"),

        mail("ai022", "2027-01-07T10:28", ("Kristina Dahl", "kristina.dahl@gagnef.se"), "Ändring – 29 november",
             "Hej!\n\nJag kan inte delta den 29 november, men min kollega Lars Viklund (lars.viklund@gagnef.se) "
             "går i mitt ställe den dagen.\n\nHälsningar\nKristina Dahl\nGagnefs kommun\nTel 0241-150 00\n",
             X("change", [P("Kristina Dahl", "kristina.dahl@gagnef.se", "Gagnefs kommun"),
                          P("Lars Viklund", "lars.viklund@gagnef.se", "Gagnefs kommun")], [S3]),
             "substitution for one session"),

        mail("ai023", "2027-01-11T13:37", ("Olle Brandt", "olle.brandt@vansbro.se"), "Anmälan",
             "<html><body><div dir=\"ltr\">Hej Linnea!<br><br>Jag anmäler mig till träffarna i maj och "
             "september 2027.<br><br>Mvh<br>Olle</div>"
             "<table style=\"margin-top:12px;border-top:1px solid #005a9c\"><tr><td>"
             "<b>Olle Brandt</b><br>Samhällsplanerare<br>Vansbro kommun<br>Kyrkbacksvägen 1, 780 50 Vansbro<br>"
             "Växel: 0281-750 00 | Mobil: 073-801 22 09</td></tr></table></body></html>",
             X("register", [P("Olle Brandt", "olle.brandt@vansbro.se", "Vansbro kommun")], [S1, S2]),
             "HTML-only; sessions by month; signature table", html=True),

        mail("ai024", "2027-01-13T20:51", ("Roger Mattsson", "roger.mattsson@alvdalen.se"), "anmälan dalalab",
             "hej\n\njag vill anmäla mej till DalaLab alla tilfällen. har ni fått min förra mejl? jag skickade "
             "ett före jul men fick inget svar\n\nRoger\nÄlvdalens kommun\n",
             X("register", [P("Roger Mattsson", "roger.mattsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "iso-8859-1, typos, lower case", charset="iso-8859-1"),

        mail("ai025", "2027-01-15T09:09", ("Göran Falk", "goran.falk@sater.se"), "Ändring av anmälan",
             "Hej,\n\nVår medarbetare Johanna Berg kommer inte att kunna delta i DalaLab, hon har gått på "
             "föräldraledighet. Stryk henne från listan. Någon ersättare har vi inte just nu.\n\n"
             "Med vänlig hälsning\nGöran Falk\nEnhetschef plan\nSäters kommun\n",
             X("cancel", [P("Johanna Berg", None, "Säters kommun")], ALL),
             "manager withdraws colleague without substitute under 'Ändring' subject"),

        mail("ai026", "2027-01-18T07:31", ("Sophie Martin", "sophie.martin@lansstyrelsen.se"),
             "Automatic reply: DalaLab – confirmation",
             "Thank you for your message. I am out of the office until 25 January 2027 with limited access to "
             "e-mail. For urgent matters please contact the registry at dalarna@lansstyrelsen.se.\n\nSophie Martin\n",
             X("auto_reply"), "English out-of-office"),

        mail("ai027", "2027-01-20T15:44", ("Viktor Lundin", "viktor.lundin@orsa.se"), "DalaLab",
             "Hej!\n\nJag funderar på att anmäla mig men undrar först: måste man gå på alla fyra träffarna, "
             "eller kan man välja? Jag vet inte om jag kan i september. Återkommer när jag vet mer.\n\n"
             "Viktor Lundin\nOrsa kommun\n",
             X("question"), "hesitation and question, no signup yet"),

        tg("ai028", "2027-01-22T12:10", "Nils Å", 5833107246,
           "anmäl mig o kalle persson till 3 maj, vi är båda från leksand /nils ågren",
           X("register", [P("Nils Ågren", None, "Leksands kommun"), P("Kalle Persson", None, "Leksands kommun")],
             [S1]),
           "lower-case Telegram, sender and colleague"),

        mail("ai029", "2027-01-26T10:17", ("Åsa Lindberg", "asa.lindberg@malung-salen.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Ja tack, jag kommer gärna på alla träffar utom den i november.\n\nÅsa Lindberg\n"
             "Malung-Sälens kommun\n\nSkickat från min iPhone\n\n"
             "Den 28 nov. 2026 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n"
             + QUOTED_INVITE,
             X("register", [P("Åsa Lindberg", "asa.lindberg@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S4]),
             "iPhone reply with '>' quoted invitation; all except November"),

        mail("ai030", "2027-01-29T02:48", ("Region Dalarna IT-support", "it-support@regiondalarna-webmail.com"),
             "Din brevlåda har nått sin lagringsgräns",
             "Kära användare,\n\nDin brevlåda linnea.hassis@regiondalarna.se har nått 98 % av sin kvot. "
             "Inkommande meddelanden, inklusive anmälningar, kan komma att avvisas.\n\n"
             "Klicka här för att verifiera ditt konto inom 24 timmar: http://regiondalarna-webmail.com/verify\n\n"
             "IT-support\n",
             X("unknown"), "phishing dressed as IT support"),

        mail("ai031", "2027-02-02T08:58", ("Maja Olsson", "maja.olsson@alvdalen.se"), "Kost – DalaLab",
             "Hej!\n\nJag är anmäld till 3 maj och 21 september. Vill bara meddela att jag numera behöver "
             "laktosfri kost.\n\nTack!\nMaja Olsson\nÄlvdalens kommun\n",
             X("change", [P("Maja Olsson", "maja.olsson@alvdalen.se", "Älvdalens kommun", diet="laktosfri")],
               [S1, S2], diet="laktosfri"),
             "diet update, sessions unchanged and stated"),

        mail("ai032", "2027-02-04T14:26", ("Daniel Reyes", "daniel.reyes@regiondalarna.se"), "Sign-up DalaLab",
             "Hi Linnea,\n\nPlease sign me up for all four DalaLab sessions.\n\nThanks!\n\n"
             "Daniel Reyes\nAnalyst, Regional Development\nRegion Dalarna\nVasagatan 33, Box 712, 791 29 Falun\n"
             "Phone: +46 23 49 00 00 | Mobile: +46 72 503 11 80\nwww.regiondalarna.se\n\n"
             "Region Dalarna behandlar personuppgifter enligt dataskyddsförordningen (GDPR).\n",
             X("register", [P("Daniel Reyes", "daniel.reyes@regiondalarna.se", "Region Dalarna")], ALL),
             "English, long signature with GDPR footer"),

        mail("ai033", "2027-02-09T11:11", ("Henrik Lax", "henrik.lax@regiondalarna.se"), "Lägga till en träff",
             "Hej Linnea,\n\nJag är anmäld till 3 maj. Kan du lägga till 22 februari 2028 också?\n\n/Henrik\n",
             X("change", [P("Henrik Lax", "henrik.lax@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "adding a session to an existing signup"),

        mail("ai034", "2027-02-11T09:47", ("Samhällsbyggnadsförvaltningen Falu kommun", "samhallsbyggnad@falun.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nFöljande medarbetare anmäls till DalaLab (samtliga träffar):\n\n"
             "Anna Wik, anna.wik@falun.se\nFredrik Ros, fredrik.ros@falun.se\nLinda Berglund, linda.berglund@falun.se\n\n"
             "Med vänlig hälsning\nKerstin Alm\nAdministratör\nSamhällsbyggnadsförvaltningen, Falu kommun\n"
             "Stigaregatan 1, 791 83 Falun\n023-830 00\n",
             X("register", [P("Anna Wik", "anna.wik@falun.se", "Falu kommun"),
                            P("Fredrik Ros", "fredrik.ros@falun.se", "Falu kommun"),
                            P("Linda Berglund", "linda.berglund@falun.se", "Falu kommun")], ALL),
             "function mailbox registering three colleagues; administrator not a participant"),

        tg("ai035", "2027-02-15T17:30", "Oskar Lind", 6549902113,
           "hej, jag kan tyvärr inte komma 3 maj. Mvh Oskar Lind, Avesta",
           X("cancel", [P("Oskar Lind", None, "Avesta kommun")], [S1]),
           "Telegram cancellation of one session"),

        mail("ai036", "2027-02-18T10:02", ("Anders Hed", "anders.hed@ludvika.se"), "Language and parking",
             "Hello,\n\nA quick question before the first session in Falun: will it be held in Swedish only, or "
             "will presentations be in English? And is there parking near the venue?\n\nBest,\nAnders Hed\n",
             X("question"), "English question from an already registered participant"),

        mail("ai037", "2027-02-22T13:20", ("Leksands kommun", "kommun@leksand.se"),
             "Ärende mottaget: Bekräftelse på anmälan – DalaLab [LK 2027/0142]",
             "Detta är ett automatiskt svar.\n\nTack för ditt meddelande till Leksands kommun. Ditt ärende har "
             "registrerats med diarienummer LK 2027/0142 och kommer att fördelas till handläggare.\n\n"
             "Svara inte på detta meddelande.\n\nLeksands kommun\nKommunkansliet, 793 80 Leksand\n0247-800 00\n",
             X("auto_reply"), "automatic acknowledgement from a registry mailbox"),

        mail("ai038", "2027-02-25T08:36", ("Jenny Grahn", "jenny.grahn@mora.se"), "Anmälan Mora kommun",
             "Hej,\n\nJag vill anmäla mig själv och min kollega Ingrid Mattsson till DalaLab, alla fyra träffarna. "
             "Ingrid är nyanställd och har ingen mejladress hos oss ännu, så skicka gärna info till mig.\n\n"
             "Mvh\nJenny Grahn\nPlanchef\nMora kommun\nFredsgatan 16, 792 80 Mora\n0250-260 00\n",
             X("register", [P("Jenny Grahn", "jenny.grahn@mora.se", "Mora kommun"),
                            P("Ingrid Mattsson", None, "Mora kommun")], ALL),
             "sender plus colleague without address"),

        mail("ai039", "2027-03-02T16:05", ("Mark Jensen", "mark.jensen@borlange.se"), "GDPR request",
             "Hello,\n\nUnder Article 17 of the GDPR I ask you to erase all personal data you hold about me in "
             "connection with DalaLab, and to confirm when this has been done.\n\nRegards,\nMark Jensen\n",
             X("erasure", [P("Mark Jensen", "mark.jensen@borlange.se", "Borlänge kommun")]),
             "English erasure request"),

        mail("ai040", "2027-03-08T10:44", ("Tove Hedlund", "tove.hedlund@gagnef.se"), "Anmälan 21 september",
             "Hej!\n\nJag anmäler mig till träffen den 21 september. Blir det lunch den dagen, eller ska man ta med "
             "egen?\n\nHälsningar\nTove Hedlund\nGagnefs kommun\n",
             X("register", [P("Tove Hedlund", "tove.hedlund@gagnef.se", "Gagnefs kommun")], [S2]),
             "signup with a question mixed in"),

        mail("ai041", "2027-03-15T07:00", ("Planeringsnätverket Dalarna", "nyhetsbrev@planeringsnatverket.se"),
             "Planeringsnätverket Dalarna – marsnytt",
             "<html><body><h2>Marsnytt från Planeringsnätverket Dalarna</h2>"
             "<p><b>DalaLab:</b> Glöm inte att anmälan till Region Dalarnas lärprojekt är öppen till den 14 april. "
             "Träffarna hålls 3 maj, 21 september, 29 november och 22 februari.</p>"
             "<p><b>Boverket:</b> Ny vägledning om översiktsplanens utvecklingsinriktning.</p>"
             "<p style=\"font-size:9pt\">Du får detta mejl eftersom du är med på nätverkets sändlista. "
             "<a href=\"https://planeringsnatverket.se/avregistrera\">Avregistrera</a></p></body></html>",
             X("unknown"), "mailing-list newsletter mentioning DalaLab dates", html=True),

        mail("ai042", "2027-03-22T13:33", ("Petra Nordin", "petra.nordin@avesta.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             "Hej Linnea,\n\nTyvärr måste jag avanmäla mig från DalaLab helt – jag har fått en ny tjänst och "
             "slutar i kommunen i april.\n\nMvh Petra Nordin\nAvesta kommun\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 14 januari 2027 09:12\n"
             "Till: Petra Nordin <petra.nordin@avesta.se>\nÄmne: Bekräftelse på anmälan – DalaLab\n\n"
             "Hej Petra!\n\nDu är anmäld till DalaLab:\n- 3 maj 2027\n- 21 september 2027\n- 29 november 2027\n"
             "- 22 februari 2028\n\nVälkommen!\nLinnea\n",
             X("cancel", [P("Petra Nordin", "petra.nordin@avesta.se", "Avesta kommun")], ALL),
             "full cancellation as reply to quoted confirmation"),

        tg("ai043", "2027-03-29T19:22", "Marta K", 7125503981,
           "Hi! Marta Kowalska here, Ludvika municipality. I want to join the sessions on 21 September and "
           "29 November. I'm vegan.",
           X("register", [P("Marta Kowalska", None, "Ludvika kommun", diet="vegan")], [S2, S3], diet="vegan"),
           "English Telegram with diet"),

        mail("ai044", "2027-04-05T11:58", ("Jonas Eklund", "jonas.eklund@lansstyrelsen.se"), "DalaLab i höst",
             "Hej,\n\nJag skulle vilja anmäla mig till höstens träff i DalaLab.\n\nMvh\nJonas Eklund\n"
             "Länsstyrelsen Dalarna\n",
             X("register", [P("Jonas Eklund", "jonas.eklund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3],
               unsure=["sessions"]),
             "'höstens träff' singular with two autumn sessions"),

        mail("ai045", "2027-04-09T15:06", ("Leif Påhlsson", "leif.pahlsson@orsa.se"), "Anmälan 3 maj – Orsa",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
             "<body><p>Hej!</p><p>Vi är två från Orsa kommun som vill delta den 3 maj: jag och Åsa Öberg "
             "(asa.oberg@orsa.se). Åsa har nötallergi.</p><p>Hälsningar<br>Leif Påhlsson<br>Orsa kommun<br>"
             "Box 23, 794 21 Orsa<br>0250-552 00</p></body></html>",
             X("register", [P("Leif Påhlsson", "leif.pahlsson@orsa.se", "Orsa kommun"),
                            P("Åsa Öberg", "asa.oberg@orsa.se", "Orsa kommun", diet="nötallergi")], [S1],
               diet="nötallergi"),
             "HTML in iso-8859-1; colleague's diet", html=True, charset="iso-8859-1"),
    ]
