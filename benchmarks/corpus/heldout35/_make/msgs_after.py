"""Batch 36, theme "after": what comes after a signup (al091-al135).

Changes, swaps, added sessions, diet and address updates, cancellations, substitutions, forwarded chains,
answered confirmations and reminders, questions about an existing signup, erasure, automatic mail.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("al091", "2027-01-18T09:12", ("Maria Lindqvist", "maria.lindqvist@hedemora.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             """Hej Linnea!

Enligt bekräftelsen nedan står jag på 3/5, 21/9 och 22/2. Nu krockar 21/9 med ett samrådsmöte här i Hedemora, så jag skulle vilja byta den mot 29/11 om det går. De andra två behåller jag.

Tack på förhand!
Maria

Maria Lindqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Hedemora kommun
Tel 0225-341 00 | Mobil 070-218 44 90

Från: DalaLab – anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 11 januari 2027 15:40
Till: Maria Lindqvist <maria.lindqvist@hedemora.se>
Ämne: Bekräftelse på anmälan – DalaLab

Hej Maria Lindqvist,

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till:
- 3 maj 2027, Falun
- 21 september 2027
- 22 februari 2028

Vänliga hälsningar
Region Dalarna
""",
             X("change", [P("Maria Lindqvist", "maria.lindqvist@hedemora.se", "Hedemora kommun")], [S1, S3, S4]),
             "Outlook reply to a confirmation: swap 21/9 for 29/11, states the two kept -> S1,S3,S4"),

        tg("al092", "2027-02-02T21:47", "Ahmed Yusuf", 618204733,
           "hej! ahmed från borlänge här. kan jag byta frå 3 maj till 21 sep? funkar bättre för mig",
           X("change", [P("Ahmed Yusuf", None, "Borlänge kommun")], [S2]),
           "Telegram bare swap with typo, phrased as a question -> change, only the new session"),

        mail("al093", "2027-03-08T13:05", ("Sofia Halvarsson", "sofia.halvarsson@rattvik.se"),
             "Utökad anmälan DalaLab",
             """Hej,

Jag anmälde mig i december bara till första träffen i maj eftersom vi inte visste hur det blev med budgeten. Nu har chefen gett klartecken, så jag vill gärna vara med på hela serien.

Hälsningar
Sofia Halvarsson
Planeringsarkitekt, Rättviks kommun
Riksvägen 40, 795 80 Rättvik
0248-700 00
""",
             X("change", [P("Sofia Halvarsson", "sofia.halvarsson@rattvik.se", "Rättviks kommun")], ALL),
             "adding sessions: from the first only to 'hela serien' -> change, all four"),

        mail("al094", "2027-01-25T10:31", ("Per Olsson", "per.olsson@sater.se"),
             "Komplettering av anmälan",
             """<html><body>
<p>Hej!</p>
<p>Jag glömde skriva i min anmälan att jag är <b>laktosintolerant</b>. Tacksam om ni kan föra in det.</p>
<p>Med vänlig hälsning<br>
Per Olsson<br>
Miljö- och byggförvaltningen<br>
Säters kommun</p>
</body></html>
""",
             X("change", [P("Per Olsson", "per.olsson@sater.se", "Säters kommun", "laktosintolerant")], [],
               diet="laktosintolerant"),
             "HTML-only diet update after the signup, no session named -> change, []", html=True),

        mail("al095", "2027-02-22T08:14", ("Gunilla Westberg", "gunilla.westberg@smedjebacken.se"),
             "Avanmälan",
             """Hej Linnea,

På grund av en omorganisation inom förvaltningen kommer jag tyvärr inte att kunna delta i DalaLab. Stryk mig gärna från samtliga träffar så att platsen kan gå till någon annan.

Med vänlig hälsning

Gunilla Westberg
Strateg, Kommunledningskontoret
Smedjebackens kommun
Besöksadress: Storgatan 6, 777 30 Smedjebacken
Telefon: 0240-66 00 00 (vxl) | Direkt: 0240-66 01 27 | Mobil: 073-091 22 58
www.smedjebacken.se

Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du har fått det av misstag, meddela avsändaren och radera meddelandet.
""",
             X("cancel", [P("Gunilla Westberg", "gunilla.westberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "whole cancellation with long signature and disclaimer full of numbers"),

        mail("al096", "2027-02-03T11:20", ("Karin Åberg", "karin.aberg@ludvika.se"),
             "Deltagare som slutat",
             """Hej!

Tobias Nyström på vår planenhet har slutat hos oss per den 31 januari. Han var anmäld till DalaLab – kan ni ta bort honom från deltagarlistan? Vi vet ännu inte om någon annan ska gå i hans ställe, vi hör av oss i så fall.

Vänliga hälsningar
Karin Åberg
Enhetschef Plan
Ludvika kommun
""",
             X("cancel", [P("Tobias Nyström", None, "Ludvika kommun")], ALL),
             "manager withdraws a colleague who left, no substitute yet -> cancel; sender not among people"),

        mail("al097", "2027-03-15T16:52", ("Anders Pettersson", "anders.pettersson@orsa.se"),
             "ändring",
             """hej linnea. jag kan tyvärr inte gå den 3 maj, men min kollega lena sundin går i stället för mig den dagen. hon har adressen lena.sundin@orsa.se
resten av träffarna går jag själv som planerat.
/anders pettersson, orsa kommun
""",
             X("change", [P("Anders Pettersson", "anders.pettersson@orsa.se", "Orsa kommun"),
                          P("Lena Sundin", "lena.sundin@orsa.se", "Orsa kommun")], [S1]),
             "lower-case substitution for one session only; substitute takes 3 May"),

        mail("al098", "2027-02-15T09:03", ("Personalavdelningen Falu kommun", "personal@falun.se"),
             "VB: Avanmälan DalaLab",
             """Hej,

Vidarebefordrar nedan från en av våra medarbetare. Kan ni hjälpa honom med avanmälan?

Mvh
Personalavdelningen
Falu kommun

Från: Nils Grahn <nils.grahn@falun.se>
Skickat: den 12 februari 2027 14:26
Till: Personal Falun <personal@falun.se>
Ämne: Avanmälan DalaLab

Hej!
Jag är föräldraledig från mars till och med oktober och kommer därför inte att kunna vara med på DalaLab-träffarna i maj och september. Jag vet inte vem man ska kontakta, kan ni skicka vidare?
Tack!
Nils Grahn
Planeringsingenjör
""",
             X("cancel", [P("Nils Grahn", "nils.grahn@falun.se", "Falu kommun")], [S1, S2]),
             "HR mailbox forwards (VB:) an employee's cancellation of May and September; forwarder not a participant"),

        mail("al099", "2026-12-09T12:44", ("Elin Mattsson", "elin.mattsson@gagnef.se"),
             "Re: Din anmälan till DalaLab",
             """Hej!

I bekräftelsen står det alla fyra datum, men jag anmälde mig bara till den 3 maj och den 29 november. Kan ni rätta det så att det blir de två?

Elin

Den 7 dec. 2026 kl. 10:17 skrev DalaLab <linnea.hassis@regiondalarna.se>:
> Hej Elin Mattsson!
> Din anmälan till DalaLab är registrerad. Du är anmäld till:
> 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
> Hör av dig om något inte stämmer.
> Region Dalarna
""",
             X("change", [P("Elin Mattsson", "elin.mattsson@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "correcting a confirmation that quotes all four dates -> change to the two stated"),

        mail("al100", "2026-12-15T07:58", ("Jenny Rask", "jenny.rask@mora.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             """Tack för snabbt besked! Ser fram emot att ses i Falun i maj.

/Jenny

Skickat från Outlook för iOS

Från: DalaLab – anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 16:05
Till: Jenny Rask
Ämne: Bekräftelse på anmälan – DalaLab

Hej Jenny Rask,
Du är nu anmäld till DalaLab, samtliga fyra träffar:
3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028.
Välkommen!
""",
             X("unknown"),
             "thank-you reply to a confirmation, nothing to act on; quoted dates are no request"),

        mail("al101", "2026-12-21T08:00", ("Magnus Hed", "magnus.hed@borlange.se"),
             "Automatiskt svar: Bekräftelse på anmälan – DalaLab",
             """Hej,

Jag är ledig till och med den 9 januari 2027 och läser inte min e-post under tiden. Ärenden som inte kan vänta hänvisas till Samhällsbyggnadskontorets växel 0243-740 00.

Med vänlig hälsning
Magnus Hed
Borlänge kommun
""",
             X("auto_reply"),
             "out-of-office in answer to a confirmation"),

        mail("al102", "2027-01-19T14:31", ("Microsoft Outlook", "postmaster@mora.se"),
             "Det gick inte att leverera: Bekräftelse på anmälan – DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

anna.kallstrom@mora.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:

Genererande server: SE1P192MB0412.EURP192.PROD.OUTLOOK.COM

anna.kallstrom@mora.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: DalaLab <linnea.hassis@regiondalarna.se>
To: Anna Källström <anna.kallstrom@mora.se>
Subject: Bekräftelse på anmälan – DalaLab
Date: Tue, 19 Jan 2027 14:30:52 +0100

Hej Anna Källström, du är anmäld till DalaLab den 3 maj 2027 och den 21 september 2027.
""",
             X("auto_reply"),
             "Swedish Exchange bounce of a confirmation; returned text names a person and two dates"),

        mail("al103", "2027-03-02T10:15", ("Ulla Ström", "ulla.strom@vansbro.se"),
             "Läst: Ändring av din anmälan – DalaLab",
             """Ditt meddelande

  Till: Ulla Ström
  Ämne: Ändring av din anmälan – DalaLab
  Skickat: den 1 mars 2027 16:48:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 2 mars 2027 10:15:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "read receipt ('Läst:') for a change confirmation"),

        tg("al104", "2027-03-21T19:30", "Johanna Björk", 702991385,
           "Hej! kan inte 29/11 längre pga resa. resten står kvar 👍 /Johanna, Leksand",
           X("cancel", [P("Johanna Björk", None, "Leksands kommun")], [S3]),
           "Telegram: drops one session, the rest stand -> cancel of 29/11 only"),

        tg("al105", "2027-02-27T22:05", "Oskar Lund", 455120987,
           "Hej. Jag har redan avanmält mig från DalaLab via mejl. Nu vill jag också att ni tar bort "
           "alla mina personuppgifter ur era listor. Tack.",
           X("erasure", [P("Oskar Lund", None, None)]),
           "Telegram erasure after an earlier cancellation"),

        mail("al106", "2027-03-29T15:40", ("Lars Hjort", "lars.hjort@avesta.se"),
             "Begäran om radering av personuppgifter (art. 17 GDPR)",
             """Till Region Dalarna, DalaLab

Jag återkallar härmed mitt samtycke till behandlingen av mina personuppgifter i samband med DalaLab och begär att samtliga uppgifter om mig raderas, inklusive namn, e-postadress och eventuella kostuppgifter. Jag är medveten om att detta innebär att jag inte längre kan delta i projektet.

Vänligen bekräfta skriftligen när raderingen är genomförd.

Lars Hjort
Avesta kommun
""",
             X("erasure", [P("Lars Hjort", "lars.hjort@avesta.se", "Avesta kommun")]),
             "formal GDPR erasure that also ends participation -> erasure, not cancel"),

        mail("al107", "2027-02-09T08:36", ("Fatima Haddad", "fatima.haddad@malung-salen.se"),
             "Anmälan DalaLab (skickar igen)",
             """Hej!

Jag skickade en anmälan den 20 januari men har inte fått någon bekräftelse, så jag skickar den igen för säkerhets skull:

Namn: Fatima Haddad
Organisation: Malung-Sälens kommun, samhällsbyggnad
Träffar: 3 maj och 21 september
Specialkost: halal

Mvh Fatima
""",
             X("register", [P("Fatima Haddad", "fatima.haddad@malung-salen.se", "Malung-Sälens kommun", "halal")],
               [S1, S2], diet="halal"),
             "signup re-sent because no confirmation came; form-like lines -> register"),

        mail("al108", "2027-03-03T13:22", ("Tove Engman", "tove.engman@falun.se"),
             "Fråga om avanmälan",
             """Hej,

Jag är anmäld till alla träffar och tänker gå, men undrar hur jag gör om jag blir sjuk samma morgon – räcker det att mejla hit, eller finns det ett telefonnummer? Och debiteras man något vid sen avanmälan?

Tove Engman
Falu kommun
""",
             X("question"),
             "question about how to cancel, not a cancellation"),

        mail("al109", "2027-02-17T10:05", ("Rasmus Öhman", "rasmus.ohman@vansbro.se"),
             "Kom min anmälan fram",
             """Hej. Jag anmälde mig till DalaLab den 28 januari via mejl men har inte sett någon bekräftelse. Vill bara försäkra mig om att anmälan har kommit fram.

Mvh Rasmus Öhman
Vansbro kommun
""",
             X("question"),
             "status check without a question mark, no new signup -> question"),

        mail("al110", "2027-02-24T14:48", ("Ida Persson", "ida.persson@orsa.se"),
             "SV: Anmälan DalaLab – Orsa kommun har redan tre deltagare",
             """Hej!

Jag fick beskedet nedan om att Orsa redan har tre anmälda. Får jag fråga vilka det är? Om någon av dem bara går på en eller två träffar, kan jag i så fall ta de träffar de inte går på?

Ida Persson
Orsa kommun

Från: DalaLab <linnea.hassis@regiondalarna.se>
Skickat: den 24 februari 2027 11:02
Till: Ida Persson <ida.persson@orsa.se>
Ämne: Anmälan DalaLab – Orsa kommun har redan tre deltagare

Hej Ida Persson!
Tyvärr har Orsa kommun redan tre anmälda deltagare till DalaLab, vilket är max per kommun. Vi har därför inte kunnat registrera din anmälan till 3 maj 2027.
""",
             X("question"),
             "quota question in reply to a refusal; asks who holds the places and about sharing sessions"),

        mail("al111", "2027-03-10T09:50", ("Göran Lilja", "goran.lilja@hedemora.se"),
             "Byte av deltagare DalaLab",
             """Hej Linnea,

Vi har tre platser i DalaLab för Hedemora, och en av dem har Sara Engström. Hon går på föräldraledighet i april, så vi vill att Hampus Vik (hampus.vik@hedemora.se) tar över hennes plats på samtliga träffar.

Med vänliga hälsningar
Göran Lilja
Samhällsbyggnadschef
Hedemora kommun
0225-340 00
""",
             X("change", [P("Sara Engström", None, "Hedemora kommun"),
                          P("Hampus Vik", "hampus.vik@hedemora.se", "Hedemora kommun")], ALL),
             "manager substitutes one employee for another on all sessions; manager not among people"),

        mail("al112", "2027-04-02T17:10", ("Daniel Kovacs", "daniel.kovacs@regiondalarna.se"),
             "DalaLab – September session",
             """Hi Linnea,

I signed up for all four DalaLab sessions, but it turns out I'll be at a conference in Vienna in the second half of September. Could you take me off the 21 September session? The other three still work for me.

Best regards,
Daniel Kovacs
Analyst, Regional Development
Region Dalarna
""",
             X("cancel", [P("Daniel Kovacs", "daniel.kovacs@regiondalarna.se", "Region Dalarna")], [S2]),
             "English partial cancellation of one session"),

        mail("al113", "2027-03-18T11:27", ("Priya Raman", "priya.raman@lansstyrelsen.se"),
             "Update to my DalaLab registration",
             """Hello again,

Two small things regarding my registration:
1. I'm currently registered for the May session only. I would like to add the November one as well (the session on planning for desirable futures and uncertainties).
2. I have recently become vegan, so please update my dietary requirements.

Thanks a lot!
Priya Raman
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
""",
             X("change", [P("Priya Raman", "priya.raman@lansstyrelsen.se", "Länsstyrelsen Dalarna", "vegan")],
               [S1, S3], diet="vegan"),
             "English: add the November session (named by month and theme) to May, plus a new diet"),

        mail("al114", "2027-03-24T10:02", ("Marie Holm", "kansliet@alvdalen.se"),
             "Avanmälan 3 maj - Älvdalens kommun",
             """Hej,

Birgitta Sjöberg och Håkan Östlund från Älvdalens kommun är anmälda till DalaLab. Den 3 maj har kommunfullmäktige sammanträde, så ingen av dem kan delta den dagen. De kommer däremot på övriga träffar som planerat.

Med vänlig hälsning
Marie Holm
Nämndsekreterare, Kommunkansliet
Älvdalens kommun
Dalgatan 1, 796 80 Älvdalen
""",
             X("cancel", [P("Birgitta Sjöberg", None, "Älvdalens kommun"),
                          P("Håkan Östlund", None, "Älvdalens kommun")], [S1]),
             "iso-8859-1; secretary drops one session for two colleagues, others stand", charset="iso-8859-1"),

        mail("al115", "2026-12-28T15:15", ("Cecilia Nord", "cecilia.nord@leksand.se"),
             "Avanmälan DalaLab",
             """Hej!

Jag behöver tyvärr avanmäla mig från DalaLab, det blir för mycket med detaljplanearbetet i vår. Min kollega Fredrik Lindh är också anmäld – hans anmälan gäller som förut.

Hälsningar
Cecilia Nord
Leksands kommun
""",
             X("cancel", [P("Cecilia Nord", "cecilia.nord@leksand.se", "Leksands kommun")], ALL),
             "cancels herself; colleague's signup 'gäller som förut' so he is not among people"),

        tg("al116", "2027-02-11T12:10", "Emma Söderberg", 390447612,
           "hej igen, jag är redan anmäld. nu vill min kollega Nora Ali också vara med, på alla fyra. "
           "hennes mejl är nora.ali@gagnef.se",
           X("register", [P("Nora Ali", "nora.ali@gagnef.se", "Gagnefs kommun")], ALL),
           "Telegram: already-registered sender adds a colleague; sender not among people"),

        tg("al117", "2027-01-30T08:42", "Kalle Dahl", 271836450,
           "glömde skriva i anmälan att jag behöver glutenfri kost. /kalle dahl, mora kommun",
           X("change", [P("Kalle Dahl", None, "Mora kommun", "glutenfri")], [], diet="glutenfri"),
           "Telegram lower-case diet update after signup -> change, []"),

        mail("al118", "2027-01-20T13:33", ("Olof Grönlund", "olof.gronlund@avesta.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             """Hej!

Toppen, tack. Kan jag också anmäla min kollega Rebecka Falk (rebecka.falk@avesta.se)? Hon vill gå på samma träffar som jag.

/Olof

Från: DalaLab – anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 19 januari 2027 09:12
Till: Olof Grönlund <olof.gronlund@avesta.se>
Ämne: Bekräftelse på anmälan – DalaLab

Hej Olof Grönlund,
Tack för din anmälan! Du är anmäld till följande träffar i DalaLab:
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
Välkommen!
""",
             X("register", [P("Rebecka Falk", "rebecka.falk@avesta.se", "Avesta kommun")], [S2, S3]),
             "reply to own confirmation registering a colleague for 'samma träffar som jag' = the quoted S2,S3"),

        mail("al119", "2027-02-01T10:20", ("Jonas Berglund", "jonas.berglund@sater.se"),
             "Fwd: Bekräftelse på anmälan – DalaLab",
             """Hej Linnea,

Min kollega Malin Ek fick bekräftelsen nedan. Jag vill också anmäla mig, till samma datum som hon.

Jonas Berglund
Bygglovshandläggare, Säters kommun

---------- Forwarded message ---------
From: Malin Ek <malin.ek@sater.se>
Date: mån 1 feb. 2027 kl 09:55
Subject: Fwd: Bekräftelse på anmälan – DalaLab
To: Jonas Berglund <jonas.berglund@sater.se>

Kolla, jag är med! Häng på vetja.

---------- Forwarded message ---------
From: DalaLab <linnea.hassis@regiondalarna.se>
Date: fre 29 jan. 2027 kl 14:02
Subject: Bekräftelse på anmälan – DalaLab
To: Malin Ek <malin.ek@sater.se>

Hej Malin Ek! Du är anmäld till DalaLab:
- 3 maj 2027
- 29 november 2027
Välkommen!
""",
             X("register", [P("Jonas Berglund", "jonas.berglund@sater.se", "Säters kommun")], [S1, S3]),
             "double Fwd: chain of a colleague's confirmation; sender signs up for the same dates (S1,S3)"),

        tg("al120", "2027-03-05T07:55", "Mikael Jönsson", 814552309,
           "god morgon! kan ni flytta min anmälan från 29 novmber till 22 febuari? mvh Mikael, Smedjebacken",
           X("change", [P("Mikael Jönsson", None, "Smedjebackens kommun")], [S4]),
           "Telegram swap with misspelt months -> change, only the new session"),

        mail("al121", "2027-03-12T14:07", ("Linda Strand", "linda.strand@falun.se"),
             "DalaLab träff 3",
             """Hej!

Björn Ahlgren och jag är anmälda till alla fyra DalaLab-träffarna. Vi har fått veta att vi båda ska vara på en utbildning när den tredje träffen äger rum, så vi behöver tyvärr avanmäla oss från just den. Övriga gäller som tidigare.

Hälsningar
Linda Strand och Björn Ahlgren
Stadsbyggnadsförvaltningen, Falu kommun
""",
             X("cancel", [P("Linda Strand", "linda.strand@falun.se", "Falu kommun"),
                          P("Björn Ahlgren", None, "Falu kommun")], [S3]),
             "two people drop the session named by ordinal ('den tredje träffen'), others stand"),

        mail("al122", "2027-03-30T18:44", ("Therese Lundgren", "therese.lundgren@gagnef.se"),
             "DalaLab",
             """Hej Linnea!
Tyvärr måste jag lämna min plats i DalaLab – jag har fått ett nytt jobb i Uppsala och slutar i Gagnef i april. Ge gärna platsen till någon annan. Lycka till med projektet!
Hälsningar Therese

Skickat från min iPhone
""",
             X("cancel", [P("Therese Lundgren", "therese.lundgren@gagnef.se", "Gagnefs kommun")], ALL),
             "indirect whole cancellation ('lämna min plats') from a phone, bare subject"),

        mail("al123", "2027-02-19T11:11", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"),
             "Ändring av deltagare DalaLab",
             """Hej,

Ändring för Ludvika kommun: Patrik Holm kan inte gå på höstens två träffar. Yasmin Karimi (yasmin.karimi@ludvika.se) går i hans ställe på dem. Patrik går fortfarande den 3 maj och den 22 februari.

Vänliga hälsningar
Samhällsbyggnadsförvaltningen
Ludvika kommun
""",
             X("change", [P("Patrik Holm", None, "Ludvika kommun"),
                          P("Yasmin Karimi", "yasmin.karimi@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "shared mailbox: substitution for 'höstens två träffar' -> the sessions the substitute takes"),

        mail("al124", "2027-03-26T09:18", ("Henrik Moberg", "henrik.moberg@malung-salen.se"),
             "Delta digitalt 21 september?",
             """Hej!

Jag är anmäld till DalaLab. Går det att delta digitalt den 21 september i stället för på plats? Jag har en förrättning i Sälen dagen efter och det blir mycket restid.

/Henrik Moberg, Malung-Sälens kommun
""",
             X("question"),
             "question from a registered participant about remote attendance; date named -> sessions []"),

        mail("al125", "2027-04-06T10:40", ("Anneli Bäck", "anneli.back@rattvik.se"),
             "Ny deltagare från Rättvik",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hej igen!</p>
<p>Nu har vår nya planarkitekt <b>Lukas Berg</b> börjat hos oss (lukas.berg@rattvik.se). Han skulle gärna vilja hänga på DalaLab från och med september, alltså resten av träffarna efter den i maj.</p>
<p>Vänliga hälsningar<br>
Anneli Bäck<br>
Planchef, Rättviks kommun</p>
</body></html>
""",
             X("register", [P("Lukas Berg", "lukas.berg@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
             "HTML-only: manager registers a new hire for 'resten av träffarna efter den i maj'", html=True),

        mail("al126", "2027-03-01T13:02", ("Emil Sandberg", "emil.sandberg@borlange.se"),
             "SV: DalaLab – fullt för Borlänge kommun",
             """Hej,

Tråkigt! Sätt gärna upp mig på en reservlista ifall någon av de tre från Borlänge hoppar av. Jag kan gå på alla träffar.

Emil Sandberg
Borlänge kommun

Från: DalaLab <linnea.hassis@regiondalarna.se>
Skickat: den 1 mars 2027 10:45
Till: Emil Sandberg <emil.sandberg@borlange.se>
Ämne: DalaLab – fullt för Borlänge kommun

Hej Emil! Borlänge kommun har redan tre anmälda till DalaLab (Magnus Hed, Hanna Karlsson, Ahmed Yusuf), vilket är max per kommun.
""",
             X("register", [P("Emil Sandberg", "emil.sandberg@borlange.se", "Borlänge kommun")], ALL,
               unsure=["intent"]),
             "waitlist request after a quota refusal; quoted names are not people"),

        mail("al127", "2027-02-05T06:30", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL Kunskapsbanken – februari 2027",
             """PBL Kunskapsbanken – nyhetsbrev februari 2027

I detta nummer:
• Ny vägledning om översiktsplanens utvecklingsinriktning
• Planeringsstrategier – erfarenheter från kommunerna
• Kalendarium

Kalendarium
3 maj 2027 – DalaLab: Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll, Falun. Boverket medverkar. Anmälan till Region Dalarna senast 14 april.
21 september 2027 – DalaLab: Utvecklingsinriktning i ÖP-modellen.

Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyheter om planering.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
""",
             X("unknown"),
             "newsletter that lists DalaLab dates and the deadline -> unknown"),

        mail("al128", "2027-03-16T03:12", ("Nordic Event Registry", "invoice@nordic-event-registry.com"),
             "Faktura 77120 – Bekräftelse av er anmälan till DalaLab 2027",
             """<html><body>
<p>Bästa deltagare,</p>
<p>Tack för er anmälan till <b>DalaLab 2027</b> (3 maj, 21 september, 29 november och 22 februari).</p>
<p>För att slutföra registreringen av er organisation i den officiella deltagarkatalogen ska registreringsavgiften
<b>4 950 SEK exkl. moms</b> betalas inom 10 dagar till bankgiro 5521-0098. Ange fakturanummer 77120 som referens.</p>
<p>Genom att betala godkänner ni våra allmänna villkor. Vid utebliven betalning överlämnas ärendet till inkasso.</p>
<p>Med vänlig hälsning<br>Nordic Event Registry AB<br>Fakturaavdelningen</p>
</body></html>
""",
             X("unknown"),
             "HTML invoice scam posing as a registration confirmation -> unknown", html=True),

        mail("al129", "2027-04-08T08:20", ("Stina Holmqvist", "stina.holmqvist@leksand.se"),
             "SV: Påminnelse – DalaLab 3 maj",
             """Ja, jag kommer! Och jag vill gärna ha vegetarisk lunch.

//Stina

Från: DalaLab <linnea.hassis@regiondalarna.se>
Skickat: den 7 april 2027 09:00
Till: Stina Holmqvist <stina.holmqvist@leksand.se>
Ämne: Påminnelse – DalaLab 3 maj

Hej! Du är anmäld till DalaLabs första träff den 3 maj 2027 i Falun, kl. 10–15 (fika från 09:30). Svara gärna på detta mejl och bekräfta att du kommer, och meddela eventuell specialkost.
""",
             X("change", [P("Stina Holmqvist", "stina.holmqvist@leksand.se", "Leksands kommun", "vegetarisk")], [],
               diet="vegetarisk", unsure=["intent"]),
             "answer to a reminder: confirms attendance and adds a diet; the diet is the only news -> change, []"),

        mail("al130", "2027-02-26T10:10", ("Hanna Eriksson", "hanna.eriksson@borlange.se"),
             "Namnbyte och ny e-postadress",
             """Hej!

Jag anmälde mig till DalaLab i december som Hanna Eriksson. Sedan dess har jag gift mig och heter nu Karlsson, och den här mejladressen slutar fungera i mars. Kan ni uppdatera min anmälan till namnet Hanna Karlsson och adressen hanna.karlsson@borlange.se?

Tack!
Hanna
Trafikplanerare, Borlänge kommun
""",
             X("change", [P("Hanna Karlsson", "hanna.karlsson@borlange.se", "Borlänge kommun")], []),
             "name and address update from the old address; the new name and address in the text win"),

        mail("al131", "2027-03-19T12:30", ("Viktor Åström", "viktor.astrom@malung-salen.se"),
             "Anmälan igen",
             """Hej!

Jag avanmälde mig från DalaLab i januari eftersom det såg ut att krocka med ett stort planprojekt, men nu har tidplanen ändrats. Kan jag få anmäla mig på nytt? I så fall till alla träffar utom den i februari 2028 – då är jag tjänstledig.

Viktor Åström
Malung-Sälens kommun
""",
             X("register", [P("Viktor Åström", "viktor.astrom@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S2, S3]),
             "re-registration after an earlier cancellation, 'alla utom den i februari'"),

        mail("al132", "2027-02-08T15:35", ("Joakim Brandt", "joakim.brandt@vansbro.se"),
             "FW: DalaLab 3 maj",
             """Hi Linnea, see below – Anja Petrović (anja.petrovic@vansbro.se) will replace Erik on 3 May. Erik keeps the rest of the sessions.
Br, Joakim

Joakim Brandt
Planchef | Vansbro kommun

From: Erik Magnusson <erik.magnusson@vansbro.se>
Sent: den 5 februari 2027 08:12
To: Joakim Brandt <joakim.brandt@vansbro.se>
Subject: DalaLab 3 maj

Hej Joakim! Jag kan inte gå den 3 maj, byggnadsnämnden har sammanträde då. Kan Anja ta min plats den dagen? Övriga träffar går jag på.
/Erik
""",
             X("change", [P("Erik Magnusson", "erik.magnusson@vansbro.se", "Vansbro kommun"),
                          P("Anja Petrović", "anja.petrovic@vansbro.se", "Vansbro kommun")], [S1]),
             "manager forwards (FW:, English on top of Swedish) a one-session substitution; manager not among people"),

        mail("al133", "2027-03-22T08:55", ("Mora kommun – Planering", "planering@mora.se"),
             "Allergi – deltagare DalaLab",
             """<html><body>
<p>Hej!</p>
<p>Ingrid Bergkvist, som är anmäld till DalaLab från oss, har <strong>nötallergi</strong> (även spår av nötter). Kan ni meddela köket inför träffarna? Hennes egen adress är ingrid.bergkvist@mora.se om ni behöver fråga något.</p>
<p>Hälsningar<br>Planeringsavdelningen<br>Mora kommun</p>
</body></html>
""",
             X("change", [P("Ingrid Bergkvist", "ingrid.bergkvist@mora.se", "Mora kommun", "nötallergi")], [],
               diet="nötallergi"),
             "HTML from a shared mailbox: a colleague's diet update, her own address in the text", html=True),

        tg("al134", "2027-03-31T16:02", "Peter Wik", 509336871,
           "Peter Wik, Avesta kommun här. Kan inte 21/9, min kollega Sanna Holmberg går istället för mig den gången",
           X("change", [P("Peter Wik", None, "Avesta kommun"), P("Sanna Holmberg", None, "Avesta kommun")], [S2]),
           "Telegram one-session substitution, neither has an address"),

        tg("al135", "2026-12-05T20:20", "Elsa Nygren", 667210448,
           "hur många platser har rättvik kvar? vill anmäla en kollega till men vet inte om vi redan är tre",
           X("question"),
           "Telegram quota question, no one registered yet"),
    ]
