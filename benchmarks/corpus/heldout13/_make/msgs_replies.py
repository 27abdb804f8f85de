"""Batch 14, writer "replies" (n091-n135): people answering mail - the organisers' confirmations, the reminder,
a colleague's signup they were copied on, the organisers' questions about a missing address or organisation, and
forwarded threads where the request is in the newest lines."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

LH = "Linnea Hassis <linnea.hassis@regiondalarna.se>"
DL = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"
INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"
REM_SUBJ = "Påminnelse: anmälan till DalaLab senast 14 april"
CONF_SUBJ = "Bekräftelse: anmälan till DalaLab"

INV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna"""

REM = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15 med fika från 09.30.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna"""

LINES = {S1: "- 3 maj 2027, kl. 10.00–15.00, Falun", S2: "- 21 september 2027", S3: "- 29 november 2027",
         S4: "- 22 februari 2028"}


def conf(first, sessions, diet=None):
    lines = "\n".join(LINES[s] for s in sessions)
    extra = f"\nSpecialkost: {diet}\n" if diet else ""
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            f"Du är anmäld till följande träffar:\n\n{lines}\n{extra}\nSvara på det här mejlet om något behöver "
            f"ändras.\n\nHälsningar\nDalaLab, Region Dalarna")


def q(text):
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def ol(frm, sent, to, subj, cc=None):
    """An Outlook (Swedish) header block of a quoted message."""
    head = f"Från: {frm}\nSkickat: {sent}\nTill: {to}\n"
    if cc:
        head += f"Kopia: {cc}\n"
    return head + f"Ämne: {subj}\n\n"


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("n091", "2026-12-02T08:47", ("Lindholm Sara", "sara.lindholm@hedemora.se"), "SV: " + INV_SUBJ,
             """Hej Linnea,

Tack för inbjudan! Jag vill gärna anmäla mig till träff 1 och 3 (3 maj och 29 nov). I september har vi samråd för den fördjupade översiktsplanen och i februari är jag föräldraledig.

Vänliga hälsningar

Sara Lindholm
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Tel: 0225-340 00
www.hedemora.se

""" + ol("Hassis Linnea <linnea.hassis@regiondalarna.se>", "den 26 november 2026 10:02",
                 "Lindholm Sara <sara.lindholm@hedemora.se>", INV_SUBJ) + INV,
             X("register", [P("Sara Lindholm", "sara.lindholm@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "Outlook reply to the invitation: 'träff 1 och 3 (3 maj och 29 nov)'; quoted invitation lists all four",
             charset="windows-1252"),

        mail("n092", "2026-12-09T13:12", ("Per Malmberg", "per.malmberg@leksand.se"), "SV: Anmälan DalaLab",
             """Jag vill också! Samma två träffar som Karin, tack.

Per Malmberg
Strategisk planerare | Leksands kommun
0247-803 00

""" + ol("Karin Ödlund <karin.odlund@leksand.se>", "den 9 december 2026 11:40", "linnea.hassis@regiondalarna.se",
                 "Anmälan DalaLab", cc="Per Malmberg <per.malmberg@leksand.se>") + """Hej Linnea!

Jag anmäler mig till träffarna 21/9 och 29/11. De andra två krockar med semestern och budgetarbetet.

Per, du kanske också vill hänga med? Skickar kopia till dig.

Hälsningar
Karin Ödlund
Leksands kommun""",
             X("register", [P("Per Malmberg", "per.malmberg@leksand.se", "Leksands kommun")], [S2, S3]),
             "reply-all to a colleague's signup he was cc'd on: 'Jag vill också! Samma två träffar som Karin' -> "
             "the dates are in the quoted mail; Karin is already registered, not in people"),

        tg("n093", "2027-01-11T20:14", "Per-Olof Nyström", 6034418872,
           "tack för bekräftelsen 👍 kan du anmäla min kollega också? Lena Persson, hon vill gå på alla träffarna. "
           "hon har inte telegram. vi jobbar båda på avesta kommun",
           X("register", [P("Lena Persson", None, "Avesta kommun")], ALL),
           "telegram: already-registered sender asks to add a colleague for all sessions; sender not in people"),

        mail("n094", "2027-03-12T10:31", ("Hilda Granström", "hilda.granstrom@orsa.se"), "Re: " + REM_SUBJ,
             """Hej!

Tack för påminnelsen, jag hade helt missat att svara. Räkna med mig på alla fyra!

Hälsningar
Hilda Granström
Planarkitekt, Orsa kommun
Box 23, 794 21 Orsa
070-214 55 08

Den fre 12 mars 2027 kl 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + q(REM),
             X("register", [P("Hilda Granström", "hilda.granstrom@orsa.se", "Orsa kommun")], ALL),
             "Gmail reply to the reminder: 'alla fyra'; quoted reminder holds all dates and the deadline"),

        mail("n095", "2027-03-15T14:02", ("Hedin Mikael", "mikael.hedin@ludvika.se"), "SV: " + REM_SUBJ,
             """Hej Linnea,

Vi vill anmäla två från planeringsavdelningen:

Fatima Osman, fatima.osman@ludvika.se
Jonatan Lund, jonatan.lund@ludvika.se

De går på alla träffar utom den 29 november, då har vi KF-beredning. Själv har jag tyvärr inte möjlighet i år.

Mvh
Mikael Hedin
Enhetschef Samhällsplanering
Ludvika kommun
0240-860 00

""" + ol(LH, "den 12 mars 2027 09:15", "Hedin Mikael <mikael.hedin@ludvika.se>", REM_SUBJ) + REM,
             X("register", [P("Fatima Osman", "fatima.osman@ludvika.se", "Ludvika kommun"),
                            P("Jonatan Lund", "jonatan.lund@ludvika.se", "Ludvika kommun")], [S1, S2, S4]),
             "manager replies to the reminder registering two colleagues (not himself); 'alla utom den 29 november'"),

        mail("n096", "2027-01-19T11:03", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"), "RE: Anmälan DalaLab",
             """Hi Linnea,

I'd like to join as well – all four sessions, if there is room for one more from the region. I'm still learning Swedish so I prefer to write in English, but sessions in Swedish are fine for me.

Best regards,
Daniel Okafor
Analyst, Regional utveckling
Region Dalarna

From: Ingela Backman <ingela.backman@regiondalarna.se>
Sent: Tuesday, January 19, 2027 10:12 AM
To: Linnea Hassis <linnea.hassis@regiondalarna.se>
Cc: Daniel Okafor <daniel.okafor@regiondalarna.se>
Subject: Anmälan DalaLab

Hej Linnea,

Jag anmäler mig till alla fyra träffarna i DalaLab. Daniel i kopia är också intresserad, han återkommer själv.

Mvh
Ingela Backman
Region Dalarna""",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], ALL),
             "English reply-all to a colleague's Swedish signup he was cc'd on; 'all four sessions'; Ingela not in people"),

        mail("n097", "2027-02-02T08:20", ("Anneli Frost", "anneli.frost@gagnef.se"), "VB: DalaLab?",
             """Hej Linnea!

Kan du anmäla Sofie enligt nedan? Hon har mitt ok.

/Anneli

Anneli Frost
Avdelningschef Plan och bygg
Gagnefs kommun

""" + ol("Sofie Ahlgren <sofie.ahlgren@gagnef.se>", "den 1 februari 2027 14:20", "Anneli Frost <anneli.frost@gagnef.se>",
                 "DalaLab?") + """Hej Anneli,

Jag såg inbjudan till DalaLab från regionen. Skulle gärna gå på höstens två träffar (21 sept och 29 nov), i vår är det för mycket med detaljplanerna. Är det ok?

Sofie""",
             X("register", [P("Sofie Ahlgren", "sofie.ahlgren@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "manager forwards an internal mail: request in the newest lines, sessions and address in the forwarded "
             "part; sender not in people"),

        mail("n098", "2027-03-13T18:22", ("Bengt Åhman", "bengt.ahman@vansbro.se"), "Re: " + REM_SUBJ,
             """Hej, anmäler mig till 3 maj. Glutenfri kost om det blir lunch.
Bengt Åhman, Vansbro kommun

Skickat från min iPhone

> 12 mars 2027 kl. 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
""" + q(REM),
             X("register", [P("Bengt Åhman", "bengt.ahman@vansbro.se", "Vansbro kommun", diet="glutenfri")], [S1],
               diet="glutenfri"),
             "iPhone reply to the reminder: one date plus diet; quoted reminder lists all four"),

        mail("n099", "2027-01-27T15:45", ("Rolf Eriksson", "rolf.eriksson@smedjebacken.se"), "SV: " + CONF_SUBJ,
             """Hej!

Jag hakar på Jenny, men bara första och sista träffen för min del.

/Rolf

Rolf Eriksson
Bygglovshandläggare/planerare
Smedjebackens kommun

""" + ol(DL, "den 27 januari 2027 14:03", "Jenny Höglund <jenny.hoglund@smedjebacken.se>", CONF_SUBJ,
                 cc="Rolf Eriksson <rolf.eriksson@smedjebacken.se>") + conf("Jenny", ALL),
             X("register", [P("Rolf Eriksson", "rolf.eriksson@smedjebacken.se", "Smedjebackens kommun")], [S1, S4]),
             "reply to a colleague's confirmation he was cc'd on; 'första och sista träffen' = 3 May + 22 Feb; "
             "Jenny (in the quoted confirmation) not in people"),

        tg("n100", "2027-03-14T21:05", "Kajsa Björk", 5279930164,
           "hej! såg påminnelsen på mejlen. anmäl mig till 21/9 o 22/2. vegetarisk kost tack /kajsa björk, "
           "malung-sälens kommun",
           X("register", [P("Kajsa Björk", None, "Malung-Sälens kommun", diet="vegetarisk")], [S2, S4],
             diet="vegetarisk"),
           "telegram answer to the e-mailed reminder; '21/9 o 22/2'; diet"),

        mail("n101", "2027-02-10T09:12", ("Magnus Törnqvist", "magnus.tornqvist@falun.se"), "Fwd: Fwd: " + INV_SUBJ,
             """Hej Linnea,

Vi har pratat ihop oss på enheten och blir tre från Falu kommun: jag, Alva Nordin och Kalle Ström. Alla tre går på samtliga träffar.

Alva är vegetarian.

Mvh Magnus

---------- Forwarded message ---------
Från: Alva Nordin <alva.nordin@falun.se>
Date: tis 9 feb. 2027 kl 16:02
Subject: Re: Fwd: """ + INV_SUBJ + """
To: Magnus Törnqvist <magnus.tornqvist@falun.se>

Jag och Kalle är på! /Alva

---------- Forwarded message ---------
Från: Magnus Törnqvist <magnus.tornqvist@falun.se>
Date: mån 8 feb. 2027 kl 10:30
Subject: Fwd: """ + INV_SUBJ + """
To: Alva Nordin <alva.nordin@falun.se>, Kalle Ström <kalle.strom@falun.se>

Någon som vill följa med? Se nedan. Max tre per kommun.

""" + INV,
             X("register", [P("Magnus Törnqvist", "magnus.tornqvist@falun.se", "Falu kommun"),
                            P("Alva Nordin", "alva.nordin@falun.se", "Falu kommun", diet="vegetarian"),
                            P("Kalle Ström", "kalle.strom@falun.se", "Falu kommun")], ALL, diet="vegetarian"),
             "Gmail forward of an internal thread; newest lines register sender + two colleagues for all sessions; "
             "colleagues' addresses only in the forwarded headers; diet for one of them"),

        mail("n102", "2027-01-14T10:05", ("Lejla Hadžić", "lejla.hadzic@sater.se"), "Re: DalaLab anmälan",
             """Hej,

+1 – anmäl mig också, alla träffar. Samma som Johanna alltså.

Lejla

Skickat från Outlook för iOS
________________________________
Från: Johanna Ekman <johanna.ekman@sater.se>
Skickat: Thursday, January 14, 2027 9:41:12 AM
Till: linnea.hassis@regiondalarna.se <linnea.hassis@regiondalarna.se>
Kopia: Lejla Hadžić <lejla.hadzic@sater.se>
Ämne: DalaLab anmälan

Hej! Jag vill anmäla mig till DalaLab, samtliga fyra träffar. Lejla i kopia kanske hakar på.

Johanna Ekman
Säters kommun""",
             X("register", [P("Lejla Hadžić", "lejla.hadzic@sater.se", "Säters kommun")], ALL),
             "'+1 – anmäl mig också' from a colleague cc'd on the signup; name with ž; organisation from the domain"),

        mail("n103", "2026-12-14T16:30", ("Nilsson Camilla", "camilla.nilsson@borlange.se"), "SV: " + INV_SUBJ,
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag och min kollega Oskar Lind vill g&auml;rna delta p&aring; de tv&aring; f&ouml;rsta tr&auml;ffarna (3 maj och 21 september). Oskar &auml;r laktosintolerant.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br>Camilla Nilsson<br>Samh&auml;llsplanerare<br>Borl&auml;nge kommun<br>Tfn 0243-740 00</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Fr&aring;n:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 26 november 2026 10:02<br>
<b>Till:</b> Nilsson Camilla &lt;camilla.nilsson@borlange.se&gt;<br>
<b>&Auml;mne:</b> Inbjudan till DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft</p></div>
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">Region Dalarna bjuder in till l&auml;rprojektet DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft.</p>
<p class="MsoNormal">Tr&auml;ffar<br>
1. M&aring;ndag 3 maj 2027, kl. 10.00&ndash;15.00 (fika fr&aring;n kl. 09.30), Falun<br>
2. Tisdag 21 september 2027<br>
3. M&aring;ndag 29 november 2027<br>
4. Tisdag 22 februari 2028</p>
<p class="MsoNormal">Varje kommun kan delta med upp till tre personer. Anm&auml;l dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se.</p>
<p class="MsoNormal">Varmt v&auml;lkomna!<br>Linnea Hassis<br>Region Dalarna</p>
</div></body></html>""",
             X("register", [P("Camilla Nilsson", "camilla.nilsson@borlange.se", "Borlänge kommun"),
                            P("Oskar Lind", None, "Borlänge kommun", diet="laktosintolerant")], [S1, S2],
               diet="laktosintolerant"),
             "HTML-only Outlook reply to the invitation: self + colleague without address; 'de två första "
             "träffarna (3 maj och 21 september)'; the colleague's diet", html=True),

        mail("n104", "2027-03-17T07:58", ("Ahmad Rezaei", "ahmad.rezaei@lansstyrelsen.se"), "SV: " + REM_SUBJ,
             """Hej Linnea

Jag kan tyvärr bara den 21 september, men vill gärna vara med då. Går det bra att anmäla sig till en enskild träff?

Med vänlig hälsning
Ahmad Rezaei
Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter. Läs mer om hur vi hanterar personuppgifter på www.lansstyrelsen.se/dalarna/om-oss/personuppgifter.

""" + ol(LH, "den 12 mars 2027 09:15", "Rezaei Ahmad <ahmad.rezaei@lansstyrelsen.se>", REM_SUBJ) + REM,
             X("register", [P("Ahmad Rezaei", "ahmad.rezaei@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2]),
             "reply to the reminder: one session plus a question about single sessions (still register); GDPR footer"),

        mail("n105", "2027-02-16T13:20", ("Kristoffer Sahlin", "kristoffer.sahlin@mora.se"), "SV: " + CONF_SUBJ,
             """Hej!

Jag fick kopia på Majas bekräftelse. Kan ni lägga till mig också på samma träffar, alltså 3/5 och 21/9?

Tack på förhand
Kristoffer Sahlin
Mora kommun, Samhällsbyggnadsförvaltningen

""" + ol(DL, "den 16 februari 2027 11:48", "Maja Lund <maja.lund@mora.se>", CONF_SUBJ,
                 cc="Kristoffer Sahlin <kristoffer.sahlin@mora.se>") + conf("Maja", [S1, S2]),
             X("register", [P("Kristoffer Sahlin", "kristoffer.sahlin@mora.se", "Mora kommun")], [S1, S2]),
             "reply to a colleague's confirmation he was cc'd on: 'lägga till mig också på samma träffar, alltså "
             "3/5 och 21/9'; Maja not in people", charset="windows-1252"),

        mail("n106", "2027-02-22T11:40", ("Fredrik Ståhl", "fredrik.stahl@planfors.se"), "Re: Fwd: " + INV_SUBJ,
             """Hej Linnea,

Jag arbetar som konsult på Planfors och leder just nu arbetet med Rättviks kommuns nya översiktsplan. Kommunen har vidarebefordrat inbjudan till mig (se nedan) och vill att jag tar en av deras tre platser.

Jag anmäler mig därför till första träffen den 3 maj. Om övriga träffar återkommer jag när höstens uppdrag är klara.

Vänliga hälsningar
Fredrik Ståhl
Planfors AB
Åsgatan 12, 791 71 Falun
070-123 45 67

---------- Forwarded message ---------
Från: Ylva Nord <ylva.nord@rattvik.se>
Date: ons 17 feb. 2027 kl 08:55
Subject: Fwd: """ + INV_SUBJ + """
To: Fredrik Ståhl <fredrik.stahl@planfors.se>

Hej Fredrik! Vi har två platser kvar, ta gärna en av dem. Anmäl dig direkt till Linnea.
/Ylva

""" + INV,
             X("register", [P("Fredrik Ståhl", "fredrik.stahl@planfors.se", "Rättviks kommun")], [S1]),
             "consultant taking one of Rättvik's places (so Rättviks kommun); 'första träffen den 3 maj'; "
             "forwarded invitation below; Ylva not in people"),

        tg("n107", "2027-03-02T12:41", "Ida Westin", 1198830457,
           "hej! emma i vårt arbetslag har anmält sig och nu vill jag också vara med 😊 alla träffar. "
           "ida westin, älvdalens kommun",
           X("register", [P("Ida Westin", None, "Älvdalens kommun")], ALL),
           "telegram 'jag vill också vara med' after a colleague's signup; colleague not in people; all sessions"),

        mail("n108", "2027-03-19T12:10", ("Kvarnström Lars-Erik", "lars-erik.kvarnstrom@alvdalen.se"),
             "SV: " + REM_SUBJ,
             """Hej,

Jag och min kollega Hanna Ris (hanna.ris@alvdalen.se) vill anmäla oss till 3 maj och 29 november.

Hälsn.
Lars-Erik Kvarnström
Älvdalens kommun
Samhällsbyggnad
Tel 0251-800 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 12 mars 2027 09:15
Till: Kvarnström Lars-Erik <lars-erik.kvarnstrom@alvdalen.se>
Ämne: """ + REM_SUBJ + "\n\n" + REM,
             X("register", [P("Lars-Erik Kvarnström", "lars-erik.kvarnstrom@alvdalen.se", "Älvdalens kommun"),
                            P("Hanna Ris", "hanna.ris@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "reply to the reminder: self + colleague with address in parentheses; two dates; surname-first display "
             "name, hyphenated first name", charset="windows-1252"),

        mail("n109", "2027-03-25T07:41", ("Marta Kowalska", "marta.kowalska@avesta.se"), "RE: " + REM_SUBJ,
             """Hi Linnea,

Sorry for the late answer. Please sign me up for the first meeting on May 3rd only - I'm on parental leave from June.

BR
Marta

Sent from Outlook for Android
________________________________
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Sent: Friday, March 12, 2027 9:15:04 AM
To: Marta Kowalska <marta.kowalska@avesta.se>
Subject: """ + REM_SUBJ + "\n\n" + REM,
             X("register", [P("Marta Kowalska", "marta.kowalska@avesta.se", "Avesta kommun")], [S1]),
             "English phone reply to the Swedish reminder; 'May 3rd only'; organisation from the domain"),

        mail("n110", "2027-02-24T10:15", ("Jessica Holm", "jessica.holm@hedemora.se"), "VB: SV: DalaLab",
             """Hej Linnea!

Se nedan – min chef har godkänt. Jag anmäler mig härmed till alla fyra träffarna.

Hälsningar Jessica

Jessica Holm
Miljö- och byggnadsförvaltningen
Hedemora kommun

""" + ol("Stefan Grön <stefan.gron@hedemora.se>", "den 23 februari 2027 16:48", "Jessica Holm <jessica.holm@hedemora.se>",
                 "SV: DalaLab") + """Kör! /Stefan

""" + ol("Jessica Holm", "den 23 februari 2027 15:10", "Stefan Grön", "DalaLab") + """Hej Stefan, får jag gå på regionens DalaLab? Det är fyra heldagar: 3/5, 21/9, 29/11 och 22/2 -28. Ingen kursavgift, bara resan till Falun.

/Jessica""",
             X("register", [P("Jessica Holm", "jessica.holm@hedemora.se", "Hedemora kommun")], ALL),
             "forwards the boss's approval; the newest lines register the sender for all four; boss not in people"),

        mail("n111", "2026-12-18T14:55", ("Tobias Rehn", "tobias.rehn@mora.se"), "Re: " + INV_SUBJ,
             """Hej,

Anmäler mig härmed. Bara hösten för min del – i maj är jag på ett annat uppdrag.

//Tobias Rehn
Mora kommun

Den 2026-11-26 kl. 10:02, skrev Linnea Hassis:
""" + q(INV),
             X("register", [P("Tobias Rehn", "tobias.rehn@mora.se", "Mora kommun")], [S2, S3]),
             "Thunderbird reply to the invitation: 'Bara hösten' = 21 Sep + 29 Nov; May named only as unavailable"),

        tg("n112", "2027-01-22T07:36", "Karl Svedin", 850266731,
           "hej jag vill anmäla mig till alla tillfällen. glutenfri kost om det går 🙏 /karl, rättviks kommun",
           X("register", [P("Karl Svedin", None, "Rättviks kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "telegram signup for all sessions with diet"),

        mail("n113", "2027-03-12T13:37", ("Eva Sjödin", "eva.sjodin@regiondalarna.se"), "SV: " + REM_SUBJ,
             """Hej Linnea!

Jag tar gärna novemberträffen och den i februari, om det finns plats för oss från regionen också.

/Eva

Eva Sjödin
Utvecklingsstrateg
Regional utveckling
Region Dalarna

""" + ol("Linnea Hassis", "den 12 mars 2027 09:15", "Eva Sjödin", REM_SUBJ) + REM,
             X("register", [P("Eva Sjödin", "eva.sjodin@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "colleague at the region replies to the reminder: 'novemberträffen och den i februari'"),

        # ---------------------------------------------------------------- change
        mail("n114", "2027-01-15T08:12", ("Sven Dahlberg", "sven.dahlberg@orsa.se"), "Re: " + CONF_SUBJ,
             """Tack för bekräftelsen! Men jag skrev visst fel datum i min anmälan – det är 29 november jag ska gå på, inte 21 september. Kan ni ändra det?

Sven

Sven Dahlberg
Orsa kommun

Den tors 14 jan. 2027 kl 16:20 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:

""" + q(conf("Sven", [S2])),
             X("change", [P("Sven Dahlberg", "sven.dahlberg@orsa.se", "Orsa kommun")], [S3]),
             "reply to the confirmation: 'skrev fel datum' – 29 Nov instead of 21 Sep (bare swap -> new one)"),

        mail("n115", "2027-03-30T09:05", ("Nadia El-Amin", "nadia.el-amin@gagnef.se"), "SV: " + CONF_SUBJ,
             """Hej!

En ändring: stryk mig från 3 maj (krockar med kommunfullmäktige) och lägg till 29 november i stället. Då blir det 21/9 och 29/11 för mig.

Mvh Nadia

Nadia El-Amin
Planerare, Gagnefs kommun

""" + ol(DL, "den 3 februari 2027 10:31", "Nadia El-Amin <nadia.el-amin@gagnef.se>", CONF_SUBJ)
             + conf("Nadia", [S1, S2]),
             X("change", [P("Nadia El-Amin", "nadia.el-amin@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "reply to the confirmation: drop 3 May, add 29 Nov, sessions after the change stated (21/9, 29/11)",
             charset="windows-1252"),

        mail("n116", "2026-12-21T19:44", ("Johan Persson", "jp.salen@gmail.com"), "Re: Din anmälan till DalaLab",
             """Hej!

Förlåt, skrev från privata mejlen. Jag jobbar på Malung-Sälens kommun, plan- och byggenheten.

Johan

Den mån 21 dec. 2026 kl 10:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej Johan!
>
> Tack för din anmälan till DalaLab. Vi ser att du har skrivit från en privat adress – vilken kommun eller organisation arbetar du på? Vi behöver veta det eftersom varje kommun kan delta med högst tre personer.
>
> Hälsningar
> Linnea""",
             X("change", [P("Johan Persson", "jp.salen@gmail.com", "Malung-Sälens kommun")], []),
             "answer to the organisers' question about a missing organisation (gmail sender) -> details update, "
             "no sessions"),

        mail("n117", "2027-02-05T11:20", ("Malin Öberg", "malin.oberg@vansbro.se"), "SV: Din anmälan till DalaLab",
             """Hej! Ja, den är jonas.berg@vansbro.se

/Malin

""" + ol(LH, "den 4 februari 2027 15:02", "Malin Öberg <malin.oberg@vansbro.se>", "Din anmälan till DalaLab")
             + """Hej Malin!

Tack för anmälan av dig och Jonas Berg. Har du Jonas e-postadress? Vi skickar bekräftelse och information direkt till deltagarna.

Hälsningar
Linnea Hassis
Region Dalarna""",
             X("change", [P("Jonas Berg", "jonas.berg@vansbro.se", "Vansbro kommun")], []),
             "one-line answer to the organisers' question about a colleague's missing address; the colleague's "
             "address update, sender not in people"),

        mail("n118", "2027-03-16T10:48", ("Sjöström Robert", "robert.sjostrom@borlange.se"), "SV: " + REM_SUBJ,
             """Hej,

Jag är redan anmäld till 3 maj men skulle vilja lägga till 22 februari också, om det går.

Mvh
Robert Sjöström
Trafikplanerare
Borlänge kommun

""" + ol(LH, "den 12 mars 2027 09:15", "Sjöström Robert <robert.sjostrom@borlange.se>", REM_SUBJ) + REM,
             X("change", [P("Robert Sjöström", "robert.sjostrom@borlange.se", "Borlänge kommun")], [S1, S4]),
             "reply to the reminder: already on 3 May, add 22 Feb -> both", charset="windows-1252"),

        tg("n119", "2026-12-10T08:02", "Elsa Hammar", 7012254496,
           "tack för bekräftelsen! glömde säga att jag är laktosintolerant, gäller alla träffar jag är anmäld till 🙂 "
           "/elsa, leksand",
           X("change", [P("Elsa Hammar", None, "Leksands kommun", diet="laktosintolerant")], [],
             diet="laktosintolerant"),
           "telegram diet update after the confirmation; no sessions stated"),

        mail("n120", "2027-04-06T15:30", ("Susanne Blom", "susanne.blom@avesta.se"), "SV: " + CONF_SUBJ,
             """Hej,

Jag kan tyvärr inte komma den 21/9 (vi har revision den veckan). Min kollega Anders Wall tar min plats den dagen – anders.wall@avesta.se. Övriga träffar går jag på som planerat.

Tack!
Susanne Blom
Avesta kommun

""" + ol(DL, "den 3 februari 2027 11:02", "Susanne Blom <susanne.blom@avesta.se>", CONF_SUBJ) + conf("Susanne", ALL),
             X("change", [P("Susanne Blom", "susanne.blom@avesta.se", "Avesta kommun"),
                          P("Anders Wall", "anders.wall@avesta.se", "Avesta kommun")], [S2]),
             "partial hand-over in reply to the confirmation: colleague takes 21/9, sender keeps the rest"),

        # ---------------------------------------------------------------- cancel
        mail("n121", "2027-04-08T07:52", ("Ulrika Bäck", "ulrika.back@mora.se"), "Re: " + CONF_SUBJ,
             """Hej Linnea,

Tyvärr måste jag avanmäla mig från DalaLab. Jag har fått en ny tjänst och slutar i kommunen till sommaren.

Lycka till med projektet!

Ulrika

Skickat från min iPhone

> 19 jan. 2027 kl. 09:40 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:
>
""" + q(conf("Ulrika", ALL)),
             X("cancel", [P("Ulrika Bäck", "ulrika.back@mora.se", "Mora kommun")], ALL),
             "full cancellation replying to the confirmation; no session named -> all four"),

        mail("n122", "2027-03-12T11:20", ("Erik Forsgren", "erik.forsgren@ludvika.se"), "SV: " + REM_SUBJ,
             """Hej!

Jag är redan anmäld, men kan tyvärr inte komma den 3 maj. De andra träffarna står kvar.

Erik Forsgren
Ludvika kommun

""" + ol(LH, "den 12 mars 2027 09:15", "Erik Forsgren <erik.forsgren@ludvika.se>", REM_SUBJ) + REM,
             X("cancel", [P("Erik Forsgren", "erik.forsgren@ludvika.se", "Ludvika kommun")], [S1]),
             "reply to the reminder: withdraws from 3 May, keeps the rest -> cancel of that one"),

        tg("n123", "2027-04-02T16:50", "Mona Karlsson", 5420087311,
           "hej, tyvärr kan jag inte vara med på någon av träffarna längre pga sjukskrivning. stryk mig. "
           "/mona, hedemora kommun",
           X("cancel", [P("Mona Karlsson", None, "Hedemora kommun")], ALL),
           "telegram full cancellation"),

        mail("n124", "2027-03-03T09:30", ("Åsa Engström", "asa.engstrom@borlange.se"), "SV: " + CONF_SUBJ,
             """Hej!

Lars Nyman som står nedan har slutat hos oss, så ni kan stryka honom från alla träffar. Vi återkommer om någon annan ska gå i hans ställe.

Mvh
Åsa Engström
Planchef
Borlänge kommun
0243-740 00

""" + ol(DL, "den 13 januari 2027 13:55", "Lars Nyman <lars.nyman@borlange.se>", CONF_SUBJ,
                 cc="Åsa Engström <asa.engstrom@borlange.se>") + conf("Lars", ALL),
             X("cancel", [P("Lars Nyman", "lars.nyman@borlange.se", "Borlänge kommun")], ALL),
             "manager cc'd on a colleague's confirmation cancels him (he has left); sender not in people; "
             "his address from the quoted header"),

        mail("n125", "2027-02-26T16:10", ("Claire Dubois", "claire.dubois@urbanfabric.se"), "RE: " + CONF_SUBJ,
             """Hi,

Thanks for the confirmation. Unfortunately I won't be able to make it in November - I'm abroad that week. Please take me off the 29 Nov session; the others are fine.

Kind regards
Claire Dubois
Senior Consultant | Urban Fabric AB
Stockholm · Falun
+46 70 455 12 90

From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Sent: den 2 februari 2027 10:20
To: Claire Dubois <claire.dubois@urbanfabric.se>
Subject: """ + CONF_SUBJ + "\n\n" + conf("Claire", ALL),
             X("cancel", [P("Claire Dubois", "claire.dubois@urbanfabric.se", None)], [S3]),
             "English partial cancellation by a consultant (organisation null); quoted confirmation lists all four"),

        # ---------------------------------------------------------------- question
        mail("n126", "2027-04-07T14:22", ("Ylva Nord", "ylva.nord@rattvik.se"), "SV: " + CONF_SUBJ,
             """Tack!

Går det att parkera vid lokalen, eller är det smartare att ta tåget? Och var i Falun är det exakt – det står bara Falun i bekräftelsen.

/Ylva

Ylva Nord
Planeringsstrateg
Rättviks kommun

""" + ol(DL, "den 7 april 2027 13:10", "Ylva Nord <ylva.nord@rattvik.se>", CONF_SUBJ) + conf("Ylva", [S1, S2]),
             X("question", [], []),
             "reply to the confirmation asking about parking and the venue; quoted dates are not a request"),

        mail("n127", "2027-03-22T08:05", ("Jenny Höglund", "jenny.hoglund@smedjebacken.se"), "SV: " + REM_SUBJ,
             """Hej Linnea,

Är jag redan anmäld? Vi pratade om det på nätverksträffen i januari men jag minns inte om jag fick någon bekräftelse. Kan du kolla?

Hälsningar
Jenny Höglund
Smedjebackens kommun

""" + ol(LH, "den 12 mars 2027 09:15", "Jenny Höglund <jenny.hoglund@smedjebacken.se>", REM_SUBJ) + REM,
             X("question", [], []),
             "reply to the reminder asking whether she is registered; no request"),

        tg("n128", "2027-03-31T19:12", "Ali Yousef", 6690123548,
           "fick bekräftelsen, tack! vet ni var i falun första träffen är? och finns det parkering",
           X("question", [], []),
           "telegram question after the confirmation; 'första träffen' named only in the question"),

        mail("n129", "2026-12-03T13:05", ("Birgitta Olars", "birgitta.olars@alvdalen.se"), "SV: " + INV_SUBJ,
             """Hej!

Måste man gå på alla fyra träffarna eller kan man välja några? Och kostar det något för kommunen? Vill veta innan jag pratar med min chef.

Mvh Birgitta Olars
Älvdalens kommun

""" + ol("Hassis Linnea <linnea.hassis@regiondalarna.se>", "den 26 november 2026 10:02",
                 "Olars Birgitta <birgitta.olars@alvdalen.se>", INV_SUBJ) + INV,
             X("question", [], []),
             "reply to the invitation with questions only (must one attend all four? cost?); no signup yet"),

        # ---------------------------------------------------------------- erasure
        mail("n130", "2027-03-13T20:30", ("Kent Ålund", "kent.alund@ludvika.se"), "SV: " + REM_SUBJ,
             """Jag har aldrig anmält mig till det här och vill inte ha fler utskick. Radera mina uppgifter ur era register.

Kent Ålund

""" + ol(LH, "den 12 mars 2027 09:15", "Kent Ålund <kent.alund@ludvika.se>", REM_SUBJ) + REM,
             X("erasure", [P("Kent Ålund", "kent.alund@ludvika.se", "Ludvika kommun")], []),
             "curt reply to the reminder: never signed up, delete my data"),

        # ---------------------------------------------------------------- auto_reply
        mail("n131", "2026-12-09T14:05", ("Karin Ödlund", "karin.odlund@leksand.se"),
             "Automatiskt svar: " + CONF_SUBJ,
             """Hej!

Jag är på utbildning 9–10 december med begränsad tillgång till e-post. Jag svarar så snart jag kan.

Vid brådskande ärenden, kontakta Leksands kommuns kontaktcenter på 0247-803 00.

Med vänlig hälsning
Karin Ödlund
Leksands kommun""",
             X("auto_reply", [], []),
             "Outlook out-of-office answering the confirmation; '9–10 december' and a phone number"),

        mail("n132", "2027-03-12T09:16", ("Thomas Wahl", "thomas.wahl@regiondalarna.se"), "Automatic reply: " + REM_SUBJ,
             """Thank you for your email. I am out of the office until Monday 22 March with limited access to email.

For urgent matters, please contact registrator@regiondalarna.se.

Thomas Wahl
Region Dalarna""",
             X("auto_reply", [], []),
             "English out-of-office answering the reminder a minute after it was sent"),

        mail("n133", "2027-02-16T11:49", ("Mora kommun", "registrator@mora.se"), "Re: " + CONF_SUBJ,
             """Tack för ditt meddelande till Mora kommun.

Ditt e-postmeddelande har kommit in till kommunens registratur och kommer att hanteras så snart som möjligt. Observera att e-post till kommunen blir allmän handling och kan komma att diarieföras.

Detta är ett automatiskt svar och går inte att besvara.

Mora kommun
Kommunledningskontoret
0250-260 00
www.mora.se""",
             X("auto_reply", [], []),
             "registry mailbox's automatic receipt for a confirmation it was copied on"),

        # ---------------------------------------------------------------- unknown
        mail("n134", "2027-03-18T15:40", ("Jens Axelsson", "jens.axelsson@leksand.se"), "SV: " + REM_SUBJ,
             """Hej Linnea,

Ursäkta att jag kapar tråden – vet du om ni på regionen har fått in vårt yttrande över RUS-remissen? Vi skickade det till registratorn den 1 mars men har inte fått någon kvittens. Diarienummer hos oss KS 2026/418.

Tack!
Jens Axelsson
Kommunstrateg, Leksands kommun

""" + ol(LH, "den 12 mars 2027 09:15", "Jens Axelsson <jens.axelsson@leksand.se>", REM_SUBJ) + REM,
             X("unknown", [], []),
             "reply to the reminder about an unrelated matter (a consultation response); not about the event"),

        mail("n135", "2027-02-09T06:12", ("Hedin Mikael", "m.hedin@ludvika-kommun-se.com"), "RE: " + INV_SUBJ,
             """Hej,

Se bifogat dokument angående inbjudan. Klicka på länken nedan för att öppna det delade dokumentet (OneDrive):

https://onedrive-secure-share.example-docs.net/s/7Hq2LxP0

Dokumentet är tillgängligt i 48 timmar. Logga in med din e-postadress och ditt lösenord för att verifiera.

Med vänliga hälsningar
Mikael Hedin""",
             X("unknown", [], []),
             "phishing disguised as a reply to the invitation from a look-alike domain"),
    ]
