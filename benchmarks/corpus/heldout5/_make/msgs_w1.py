from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# The invitation Linnea sent on Tue 1 Dec 2026 14:03, and the reminder of Mon 15 Feb 2027 09:00.
# Both are quoted below the replies in several clients' styles; the quoted text is not the signup.
INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.
Lärprojektet riktar sig i första hand till tjänstepersoner i kommunerna och regionen som arbetar med
planeringsprocesser, t.ex. översiktsplanering och planeringsstrategier.

Lärprojektet består av fyra träffar:

3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)

21 september 2027
Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?

29 november 2027
Att planera både för önskvärda framtider och för osäkerheter

22 februari 2028
Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan gäller hela lärprojektet; meddela om du bara
kan delta vid vissa av träffarna.

Anmäl dig senast den 14 april 2027 till linnea.hassis@regiondalarna.se. Uppge namn, organisation,
e-postadress och eventuell specialkost.

Varmt välkommen!

Linnea Hassis
Samhällsplanerare
Region Dalarna, Enheten för samhällsplanering
Box 712, 791 29 Falun
Tel. 023-49 01 37"""

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft är onsdag den 14 april 2027.

Träffarna äger rum 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
Upp till tre personer per kommun kan delta.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis
Region Dalarna
023-49 01 37"""

INV_SUBJ = "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"
REM_SUBJ = "Påminnelse: anmälan till DalaLab senast 14 april"


def q(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


def html_quote(text):
    return "<br>\n".join(text.splitlines())


def messages():
    return [
        # ---------------------------------------------------------------- December
        mail("t001", "2026-12-02T08:47:00", ("Helena Bäckström", "helena.backstrom@leksand.se"),
             "Sv: " + INV_SUBJ,
             """Hej Linnea!

Tack för inbjudan, det här ser väldigt intressant ut. Jag vill gärna anmäla mig till DalaLab.
Jag räknar med att vara med på samtliga fyra träffar. Ingen specialkost.

Mvh
Helena Bäckström
Översiktsplanerare
Leksands kommun, Samhällsbyggnadsförvaltningen
Cajsa Warg väg 8, 793 80 Leksand
Tfn 0247-803 42 · Mobil 070-318 22 65

Den 2026-12-01 kl. 14:03, skrev Linnea Hassis:
""" + q(INVITE),
             X("register", [P("Helena Bäckström", "helena.backstrom@leksand.se", "Leksands kommun")], ALL),
             "Thunderbird reply on top of the quoted invitation (all four dates, deadline); 'samtliga fyra' = all; "
             "signature with street address and phones"),

        tg("t002", "2026-12-02T21:14:00", "Ahmed Al-Sayed", 5839201744,
           "Hej! Vill anmäla mig till DalaLab 🙂 Ahmed, jobbar med samhällsplanering på Avesta kommun. Kör på alla träffarna",
           X("register", [P("Ahmed Al-Sayed", None, "Avesta kommun")], ALL),
           "short Telegram signup; first name only in the text, full name from the sender; 'alla träffarna' = all"),

        mail("t003", "2026-12-03T10:05:00", ("Nordin, Petra", "petra.nordin@ludvika.se"), "SV: " + INV_SUBJ,
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV" style="font-family:Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vi vill gärna anmäla oss från Ludvika kommun. Det gäller mig själv och min kollega
Johan Wikström (<a href="mailto:johan.wikstrom@ludvika.se">johan.wikstrom@ludvika.se</a>).</p>
<p class="MsoNormal">Vi har tyvärr bara möjlighet att delta den 3 maj och den 21 september, resten av
hösten och vintern är vi uppbundna av arbetet med den nya översiktsplanen.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vänliga hälsningar</p>
<p class="MsoNormal"><b>Petra Nordin</b><br>
Planeringsarkitekt | Ludvika kommun<br>
Stadshuset, Carlavägen 1, 771 82 Ludvika<br>
Tel: 0240-860 00 (vx) | Direkt: 0240-862 19<br>
<i>Jag arbetar måndag–torsdag.</i></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 1 december 2026 14:03<br>
<b>Till:</b> Nordin, Petra &lt;petra.nordin@ludvika.se&gt;<br>
<b>Ämne:</b> """ + INV_SUBJ + """</p>
</div>
<p class="MsoNormal">""" + html_quote(INVITE) + """</p>
</div>
</body></html>""",
             X("register", [P("Petra Nordin", "petra.nordin@ludvika.se", "Ludvika kommun"),
                            P("Johan Wikström", "johan.wikstrom@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "Outlook HTML-only reply, surname-first display name; self + colleague with address; "
             "'3 maj och 21 september' only; 'måndag–torsdag' and the quoted invitation's dates are not sessions",
             html=True),

        mail("t004", "2026-12-03T15:40:00", ("Mikael Öhrn", "mikael.ohrn@sater.se"), "Re: " + INV_SUBJ,
             """Anmäler mig härmed till DalaLab!
/Mikael

Skickat från min iPhone

> 1 dec. 2026 kl. 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
""" + q(INVITE),
             X("register", [P("Mikael Öhrn", "mikael.ohrn@sater.se", "Säters kommun")], ALL),
             "two-line phone reply, no dates named -> all four; organisation only from the sater.se domain; "
             "full invitation quoted"),

        mail("t005", "2026-12-04T09:20:00", ("Gunilla Söderberg-Ek", "gunilla.soderberg-ek@smedjebacken.se"),
             "Anmälan DalaLab",
             """Hej Linnea!

Jag anmäler mig till träffarna 3/5, 29/11 och 22/2. Den 21 september har vi sammanträde i
kommunfullmäktige så den dagen kan jag tyvärr inte.

Jag är laktosintolerant, så laktosfri kost tack.

Med vänlig hälsning

Gunilla Söderberg-Ek
Samhällsbyggnadsförvaltningen
Smedjebackens kommun
Box 301, 777 28 Smedjebacken
0240-66 00 00""",
             X("register", [P("Gunilla Söderberg-Ek", "gunilla.soderberg-ek@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosfri")], [S1, S3, S4], diet="laktosfri"),
             "iso-8859-1 plain mail; numeric dates 3/5, 29/11, 22/2; the excluded 21 September is named too; "
             "double surname; Box/postcode digits", charset="iso-8859-1"),

        tg("t006", "2026-12-05T12:02:00", "Jonna Mäkinen", 6120457781,
           "hej! jonna mäkinen här från orsa kommun. anmäler mig och min kollega tobias lind till första träffen "
           "i falun. vi äter båda vegetariskt",
           X("register", [P("Jonna Mäkinen", None, "Orsa kommun", diet="vegetariskt"),
                          P("Tobias Lind", None, "Orsa kommun", diet="vegetariskt")], [S1], diet="vegetariskt"),
           "lower-case Telegram; two people; 'första träffen i falun' = 3 May; shared diet"),

        mail("t007", "2026-12-07T07:58:00", ("Lars-Erik Dahl", "lars-erik.dahl@vansbro.se"), "Fråga om DalaLab",
             """Hej Linnea,

Innan vi bestämmer oss för vilka som ska anmäla sig från Vansbro undrar jag två saker:

1. Är alla fyra träffarna fysiska, eller går det att vara med digitalt på någon av dem? Det är en bit
   att åka till Falun för oss.
2. Om en av våra tre blir sjuk, kan en kollega då gå i stället utan att det räknas som en fjärde person?

Tack på förhand!

Lars-Erik Dahl
Plan- och byggchef
Vansbro kommun
Tel 0281-750 00""",
             X("question"),
             "questions only, explicitly before anyone signs up; mentions 'alla fyra träffarna' and 'tre' but "
             "registers nobody"),

        mail("t008", "2026-12-08T13:30:00", ("Sinéad O'Brien", "sinead.obrien@regiondalarna.se"),
             "DalaLab registration",
             """Dear Linnea,

I would like to sign up for the DalaLab learning project. I can attend the sessions on 3 May,
21 September and 29 November 2027. I will be on parental leave from January 2028, so please
leave out the February session.

I am gluten intolerant, if that matters for the lunch.

Many thanks,
Sinéad

Sinéad O'Brien
Strategic Planner, Regional Development
Region Dalarna
+46 23-49 02 88""",
             X("register", [P("Sinéad O'Brien", "sinead.obrien@regiondalarna.se", "Region Dalarna",
                              diet="gluten intolerant")], [S1, S2, S3], diet="gluten intolerant"),
             "English signup for three sessions; 'January 2028' and 'February session' are excluded, not asked for; "
             "apostrophe in name; Region Dalarna from domain and signature"),

        mail("t009", "2026-12-09T16:12:00", ("Fredrika Holm", "fredrika.holm@falun.se"), "SV: " + INV_SUBJ,
             """Hej Linnea!

Vi blir tre från Falu kommun som vill delta i lärprojektet:

- Fredrika Holm (jag)
- Oscar Berg, oscar.berg@falun.se
- Nadia Karimi, nyanställd, hennes adress är inte klar än men jag skickar den så fort hon har fått den

Alla tre kommer på alla träffar.

Vänligen
Fredrika Holm
Strategisk planerare, Falu kommun
Stadshuset, Stora Torget, 791 83 Falun
Telefontid mån–fre 9–11: 023-83 500

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:03
Till: Fredrika Holm <fredrika.holm@falun.se>
Ämne: """ + INV_SUBJ + "\n\n" + INVITE,
             X("register", [P("Fredrika Holm", "fredrika.holm@falun.se", "Falu kommun"),
                            P("Oscar Berg", "oscar.berg@falun.se", "Falu kommun"),
                            P("Nadia Karimi", None, "Falu kommun")], ALL),
             "three people in a bullet list (one without address yet); 'alla träffar'; Outlook plain header block "
             "above the unquoted invitation; office hours 9–11 in signature"),

        tg("t010", "2026-12-10T08:15:00", "Per-Olof Grahn", 1847730265,
           "Godmorgon! Anmälan till DalaLab: Per-Olof Grahn, Mora kommun, per-olof.grahn@mora.se. Alla fyra träffar.",
           X("register", [P("Per-Olof Grahn", "per-olof.grahn@mora.se", "Mora kommun")], ALL),
           "form-like Telegram signup with e-mail written out; hyphenated first name"),

        mail("t011", "2026-12-01T14:04:00", ("Ingrid Persson", "ingrid.persson@avesta.se"),
             "Automatiskt svar: " + INV_SUBJ,
             """Hej,

Jag är på tjänsteresa till och med fredag 11 december och läser inte min e-post under tiden.
Vid brådskande ärenden, kontakta kommunens växel 0226-64 50 00.

I am away on business until Friday 11 December. For urgent matters, please call +46 226 64 50 00.

Ingrid Persson
Avesta kommun""",
             X("auto_reply"),
             "Outlook out-of-office in Swedish and English, recognisable only from subject and text; "
             "a return date and phone numbers"),

        mail("t012", "2026-12-14T09:45:00", ("Kent Lindahl", "kent.lindahl@hedemora.se"), "Anmälan till DalaLab",
             """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Hej Linnea!</p>
<p>Jag vill anmäla två av mina medarbetare på samhällsbyggnadsavdelningen till DalaLab:</p>
<ul>
<li>Sofie Granath, <a href="mailto:sofie.granath@hedemora.se">sofie.granath@hedemora.se</a></li>
<li>Mohammed Jaber, <a href="mailto:mohammed.jaber@hedemora.se">mohammed.jaber@hedemora.se</a></li>
</ul>
<p>De deltar båda på samtliga träffar. Själv har jag tyvärr inte möjlighet att vara med den här gången.</p>
<p>Med vänliga hälsningar<br>
<b>Kent Lindahl</b><br>
Avdelningschef, Samhällsbyggnad<br>
Hedemora kommun<br>
Tingshusgatan 2, 776 28 Hedemora<br>
0225-340 00</p>
</body></html>""",
             X("register", [P("Sofie Granath", "sofie.granath@hedemora.se", "Hedemora kommun"),
                            P("Mohammed Jaber", "mohammed.jaber@hedemora.se", "Hedemora kommun")], ALL),
             "HTML-only mail from a manager who signs up two staff and explicitly not himself -> sender not in people",
             html=True),

        mail("t013", "2026-12-15T14:20:00", ("Annelie Sjöström", "annelie.sjostrom@malung-salen.se"),
             "SV: " + INV_SUBJ,
             """Hej!

Jag och min kollega Rasmus Hägg (rasmus.hagg@malung-salen.se) vill gärna vara med, men bara på
höstens två träffar, alltså 21/9 och 29/11. I maj har vi högsäsong med bygglov och i februari
är det sportlov här uppe.

Hälsningar
Annelie Sjöström
Malung-Sälens kommun
Lisagatan 34, 782 82 Malung
0280-181 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:03
Ämne: """ + INV_SUBJ + "\n\n" + INVITE,
             X("register", [P("Annelie Sjöström", "annelie.sjostrom@malung-salen.se", "Malung-Sälens kommun"),
                            P("Rasmus Hägg", "rasmus.hagg@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "'höstens två träffar, alltså 21/9 och 29/11'; 'i maj' and 'i februari' are reasons, not sessions; "
             "'Ursprungligt meddelande' quote"),

        tg("t014", "2026-12-16T19:40:00", "Elin Strömberg", 7023318849,
           "Hej! En fråga bara: blir det lunch på träffarna eller ska man ta med sig? Och var i Falun är första träffen?",
           X("question"),
           "Telegram question about lunch and venue; 'första träffen' is not a signup"),

        mail("t015", "2026-12-17T10:02:00", ("Ulf Granqvist", "ulf.granqvist@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen – DalaLab",
             """Hej Linnea!

Länsstyrelsen vill gärna vara med i DalaLab med två personer: undertecknad och Marie Hallberg
(marie.hallberg@lansstyrelsen.se), båda på enheten för samhällsplanering.

Vi kommer på alla träffar utom den 29 november, då vi har vår årliga ÖP-dialog med kommunerna.

Vänliga hälsningar

Ulf Granqvist
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
Åsgatan 38, 791 84 Falun
010-225 00 00""",
             X("register", [P("Ulf Granqvist", "ulf.granqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Marie Hallberg", "marie.hallberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S4]),
             "'alla träffar utom den 29 november' = three sessions; sender 'undertecknad' plus colleague; Länsstyrelsen"),

        mail("t016", "2026-12-18T15:55:00", ("Bengt Åkesson", "bengt.akesson@gagnef.se"), "DalaLab",
             """Hej,

Undertecknad anmäler sig till DalaLab:s träffar den 3 maj och den 22 februari 2028.
Glutenfri kost önskas.

Observera att jag är ledig 21/12-6/1, så svar på eventuella frågor dröjer till efter trettonhelgen.

Med vänlig hälsning

Bengt Åkesson
Planarkitekt
Gagnefs kommun
Box 4, 785 21 Gagnef
Tfn 0241-515 00""",
             X("register", [P("Bengt Åkesson", "bengt.akesson@gagnef.se", "Gagnefs kommun", diet="glutenfri")],
               [S1, S4], diet="glutenfri"),
             "iso-8859-1; two sessions named; leave '21/12-6/1' looks like dates but is not a session; Gagnef",
             charset="iso-8859-1"),

        # ---------------------------------------------------------------- January
        mail("t017", "2027-01-08T08:30:00", ("Sanna Eriksson", "sanna.eriksson@rattvik.se"), "Re: " + INV_SUBJ,
             """God fortsättning!

Jag vill anmäla mig till DalaLab. Den 21 september är jag tyvärr på semester, men de övriga tre
träffarna kommer jag på.

Hälsningar Sanna
--
Sanna Eriksson
Översiktsplanerare, Rättviks kommun
Riksvägen 29, 795 80 Rättvik
0248-700 00

Den tis 1 dec. 2026 kl 14:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + q(INVITE),
             X("register", [P("Sanna Eriksson", "sanna.eriksson@rattvik.se", "Rättviks kommun")], [S1, S3, S4]),
             "Gmail-style reply after the holidays; 'de övriga tre' besides 21 Sept = 3 May, 29 Nov, 22 Feb; "
             "quoted invitation holds all dates"),

        tg("t018", "2027-01-09T11:22:00", "Theo Vikström", 2290146533,
           "tjena! anmäl mig till alla träffar i dalalab tack. theo, älvdalens kommun",
           X("register", [P("Theo Vikström", None, "Älvdalens kommun")], ALL),
           "very informal lower-case Telegram; name from the sender; Älvdalen"),

        mail("t019", "2027-01-11T13:14:00", ("Mikael Öhrn", "mikael.ohrn@sater.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått en ny tjänst i Uppsala och slutar i Säter
den 28 februari. Jag har tipsat min efterträdare om projektet, så ni kanske hör av henne.

Tack för mig och lycka till med träffarna!

Mikael Öhrn
Säters kommun""",
             X("cancel", [P("Mikael Öhrn", "mikael.ohrn@sater.se", "Säters kommun")], ALL),
             "full cancellation, no session named -> all four; '28 februari' is a leaving date; unnamed successor "
             "is not a person"),

        mail("t020", "2027-01-12T09:03:00", ("Marianne Dufva", "marianne.dufva@avesta.se"), "Anmälan DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag anmäler mig härmed till lärprojektet DalaLab, alla fyra tillfällena. Jag är vegan.</p>
<p>Min kollega Hampus Ivarsson är också intresserad, men han anmäler sig själv separat när han vet
hur det blir med hans tjänstledighet.</p>
<p>Ha en fin dag!</p>
<p>Marianne Dufva<br>
Samhällsplanerare<br>
Avesta kommun | Tingsgatan 1, 774 81 Avesta<br>
Tel 0226-64 51 80</p>
</div>
</body></html>""",
             X("register", [P("Marianne Dufva", "marianne.dufva@avesta.se", "Avesta kommun", diet="vegan")], ALL,
               diet="vegan"),
             "HTML-only; colleague who 'anmäler sig själv separat' is not in people; vegan diet",
             html=True),

        mail("t021", "2027-01-14T16:45:00", ("Tomasz Kowalczyk", "tko@du.se"), "DalaLab – external participant?",
             """Hi Linnea,

I'm a PhD student at Dalarna University (Högskolan Dalarna), writing my thesis on strategic spatial
planning in Swedish municipalities. A colleague forwarded me the DalaLab invitation.

I would like to register for the sessions on 21 September and 29 November 2027. I understand the
project is mainly for municipal staff, so if there is no room for external participants, just let
me know and I won't be offended.

Best regards,
Tomasz Kowalczyk
PhD student, Spatial Planning
Dalarna University, 791 88 Falun""",
             X("register", [P("Tomasz Kowalczyk", "tko@du.se", None)], [S2, S3]),
             "English signup from someone outside the 17 organisations -> organisation null; two sessions; "
             "address local part is not the name"),

        tg("t022", "2027-01-15T07:50:00", "Linda Berg", 3381920476,
           "Hej! Jag är anmäld till alla fyra träffarna men kan inte den 3 maj längre. Stryk den men behåll resten. "
           "/Linda Berg, Ludvika",
           X("cancel", [P("Linda Berg", None, "Ludvika kommun")], [S1]),
           "partial cancellation by Telegram: only 3 May dropped -> cancel [3 May]; 'alla fyra' describes the old "
           "signup"),

        mail("t023", "2027-01-18T10:30:00", ("Johanna Olofsson", "johanna.olofsson@borlange.se"),
             "Anmälan från Borlänge kommun",
             """Hej Linnea!

Här kommer Borlänges anmälan till DalaLab. Vi blir tre: jag själv, Erik Nääs och Fatima Yusuf.
Deras adresser är erik.naas@borlange.se och fatima.yusuf@borlange.se.

Vi tänker vara med på hela lärprojektet. Fatima är laktosintolerant, vi andra äter allt.

Mvh
Johanna Olofsson
Enhetschef översiktlig planering
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00""",
             X("register", [P("Johanna Olofsson", "johanna.olofsson@borlange.se", "Borlänge kommun"),
                            P("Erik Nääs", "erik.naas@borlange.se", "Borlänge kommun"),
                            P("Fatima Yusuf", "fatima.yusuf@borlange.se", "Borlänge kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "three people, addresses listed separately from the names; 'hela lärprojektet' = all; diet belongs to "
             "one of them"),

        mail("t024", "2027-01-20T14:00:00", ("Kerstin Mattsson", "kerstin.mattsson@regiondalarna.se"),
             "Fråga om sista träffen",
             """Hej Linnea!

En fråga från en kollega på kollektivtrafikförvaltningen: är den sista träffen, den om tillgänglighet,
öppen även för oss som jobbar med trafikplanering, eller bara för den som jobbar med översiktsplanering?
Hon är inte säker på att hela projektet passar henne men den träffen verkar mitt i prick.

Hälsningar
Kerstin Mattsson
Region Dalarna""",
             X("question"),
             "question about eligibility; 'den sista träffen, den om tillgänglighet' names a session but signs "
             "nobody up"),

        tg("t025", "2027-01-22T20:35:00", "Ali Rezaei", 4410073358,
           "Hello! I'm Ali Rezaei from Leksand municipality, planning department. I'd like to register for the "
           "first and the last meetings (May 3 and Feb 22). My email is ali.rezaei@leksand.se. Thanks!",
           X("register", [P("Ali Rezaei", "ali.rezaei@leksand.se", "Leksands kommun")], [S1, S4]),
           "English Telegram; 'first and the last meetings (May 3 and Feb 22)'; 'Leksand municipality'"),

        mail("t026", "2027-01-26T11:48:00", ("Nordin, Petra", "petra.nordin@ludvika.se"),
             "SV: Anmälan DalaLab – byte av deltagare",
             """Hej igen Linnea!

Johan Wikström, som jag anmälde i december, har slutat hos oss. Hans plats tar Emil Sandström
(emil.sandstrom@ludvika.se) över, så det är Emil som kommer den 3 maj och den 21 september i stället.
Själv går jag som planerat.

Vänliga hälsningar
Petra Nordin
Ludvika kommun
Tel: 0240-862 19""",
             X("change", [P("Johan Wikström", None, "Ludvika kommun"),
                          P("Emil Sandström", "emil.sandstrom@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "substitution: Johan out, Emil in for 3 May and 21 Sept; sender's own signup unchanged so she is not "
             "in people"),

        # ---------------------------------------------------------------- February
        mail("t027", "2027-02-01T09:10:00", ("Sjöberg Andersson, Camilla", "camilla.sjoberg.andersson@vansbro.se"),
             "Anmälan lärprojekt DalaLab",
             """<html><body>
<p style="margin:0"><span style="font-family:Calibri;color:#1F3864">Hej Linnea!</span></p>
<p style="margin:0">&nbsp;</p>
<p style="margin:0"><span style="font-family:Calibri;color:#1F3864">Jag anmäler mig härmed till
lärprojektet DalaLab (samtliga fyra tillfällen). Kost: inga allergier eller önskemål.</span></p>
<p style="margin:0">&nbsp;</p>
<p style="margin:0"><span style="font-family:Calibri;color:#1F3864">Med vänlig hälsning<br>
Camilla Sjöberg Andersson<br>
Miljö- och byggnadsförvaltningen, Vansbro kommun<br>
Vansbro kommun, 780 50 Vansbro<br>
Tel. 0281-752 40<br>
Tjänstledig vecka 7 (15–19 februari)</span></p>
</body></html>""",
             X("register", [P("Camilla Sjöberg Andersson", "camilla.sjoberg.andersson@vansbro.se", "Vansbro kommun")],
               ALL),
             "Outlook HTML-only, surname-first double surname; 'inga allergier' -> no diet; leave '15–19 februari' "
             "is not a session", html=True),

        tg("t028", "2027-02-03T13:05:00", "Sara Nilsson", 5102286417,
           "Hej Linnea! Kan jag anmäla mig till bara den tredje träffen, den om önskvärda framtider och osäkerheter? "
           "Sara Nilsson, Hedemora kommun",
           X("register", [P("Sara Nilsson", None, "Hedemora kommun")], [S3]),
           "request phrased as a question ('Kan jag anmäla mig...') but a careful organiser registers her; "
           "session by ordinal and title = 29 Nov"),

        mail("t029", "2027-02-05T08:05:00", ("Marie Hallberg", "marie.hallberg@lansstyrelsen.se"),
             "Kost till DalaLab",
             """Hej Linnea,

När Ulf anmälde oss från Länsstyrelsen glömde han nog att nämna att jag är vegetarian.
Jag är anmäld till träffarna 3 maj, 21 september och 22 februari.

Tack!
Marie Hallberg
Länsstyrelsen Dalarna
010-225 04 61""",
             X("change", [P("Marie Hallberg", "marie.hallberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="vegetarian")], [S1, S2, S4], diet="vegetarian"),
             "diet added to an existing signup -> change; sessions are those she states she is registered for; "
             "the colleague who signed her up is not in people"),

        mail("t030", "2027-02-09T15:30:00", ("Olle Bergström", "olle.bergstrom@orsa.se"), "VB: " + INV_SUBJ,
             """Hej Linnea,

Fick inbjudan vidarebefordrad från min chef. Jag anmäler mig till alla träffar!
OBS nötallergi.

/Olle Bergström, planhandläggare Orsa kommun

---------- Vidarebefordrat meddelande ---------
Från: Gun Lernfelt <gun.lernfelt@orsa.se>
Datum: 8 feb. 2027 16:22
Ämne: VB: """ + INV_SUBJ + """
Till: Olle Bergström <olle.bergstrom@orsa.se>

Olle, kanske något för dig? Vi har en plats kvar. /Gun

---------- Vidarebefordrat meddelande ---------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: 1 dec. 2026 14:03
Ämne: """ + INV_SUBJ + "\n\n" + INVITE,
             X("register", [P("Olle Bergström", "olle.bergstrom@orsa.se", "Orsa kommun", diet="nötallergi")], ALL,
               diet="nötallergi"),
             "signup on top of a double forward; the manager in the forwarded part is not a person; nut allergy"),

        tg("t031", "2027-02-11T09:58:00", "Karolina Wiik", 6673304195,
           "Hej Linnea! Jag skulle vilja vara med i DalaLab, alla träffarna. Jobbar som översiktsplanerare i "
           "Smedjebacken. Mejl: karolina.wiik@smedjebacken.se\nTack på förhand!",
           X("register", [P("Karolina Wiik", "karolina.wiik@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "Telegram with e-mail and town name only ('i Smedjebacken') -> Smedjebackens kommun"),

        mail("t032", "2027-02-15T09:01:00", ("Daniel Forsberg", "daniel.forsberg@falun.se"),
             "Out of Office: " + REM_SUBJ,
             """Thank you for your email. I am out of the office with limited access to email, returning Monday
1 March. For urgent matters, please contact samhallsbyggnad@falun.se or call 023-83 500.

Tack för ditt mejl. Jag är tillbaka måndag 1 mars.

Daniel Forsberg
Falu kommun""",
             X("auto_reply"),
             "English/Swedish out-of-office answering the reminder (subject echoes 'senast 14 april'); "
             "a return date and phone, no signup"),

        mail("t033", "2027-02-17T13:50:00", ("Yvonne Kallio", "yvonne.kallio@alvdalen.se"), "SV: " + REM_SUBJ,
             """Hej!

Tack för påminnelsen, det hade vi nästan glömt. Jag och Magnus Näslund från Älvdalen vill anmäla oss.
Vi kommer på träffen i Falun i maj och på den i november.
Magnus mejl: magnus.naslund@alvdalen.se

Mvh Yvonne Kallio
Älvdalens kommun
Dalgatan 21, 796 31 Älvdalen

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 februari 2027 09:00
Till: Yvonne Kallio <yvonne.kallio@alvdalen.se>
Ämne: """ + REM_SUBJ + "\n\n" + REMINDER,
             X("register", [P("Yvonne Kallio", "yvonne.kallio@alvdalen.se", "Älvdalens kommun"),
                            P("Magnus Näslund", "magnus.naslund@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "reply to the reminder (which quotes all four dates and the deadline); 'i Falun i maj' and 'den i "
             "november' = 3 May and 29 Nov"),

        mail("t034", "2027-02-22T11:05:00", ("Tobias Lind", "tobias.lind@orsa.se"), "Radera mina uppgifter",
             """Hej,

Jag kommer inte att delta i DalaLab och vill att ni raderar alla mina personuppgifter från er
anmälningslista och eventuella andra register, enligt GDPR.

Tack!
Tobias Lind
Orsa kommun""",
             X("erasure", [P("Tobias Lind", "tobias.lind@orsa.se", "Orsa kommun")]),
             "erasure request (implies withdrawal) -> erasure, no sessions"),

        tg("t035", "2027-02-24T17:45:00", "Rebecka Håkansson", 1950338812,
           "Hej, tyvärr måste jag avboka 21 september och 29 november, det krockar med budgetarbetet 😕 "
           "Maj och februari kommer jag på som vanligt. Rebecka, Rättvik",
           X("cancel", [P("Rebecka Håkansson", None, "Rättviks kommun")], [S2, S3]),
           "partial cancellation of two sessions; the kept 'maj och februari' are not cancelled"),

        # ---------------------------------------------------------------- March / April
        mail("t036", "2027-03-01T08:40:00", ("Gustav af Klercker", "gustav.afklercker@regiondalarna.se"),
             "Anmälan DalaLab – Region Dalarna",
             """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Hej Linnea!</p>
<p>Från vår enhet för regional utveckling anmäler vi följande tre personer till DalaLab:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th></tr>
<tr><td>Gustav af Klercker</td><td>gustav.afklercker@regiondalarna.se</td></tr>
<tr><td>Lena Mörk</td><td>lena.mork@regiondalarna.se</td></tr>
<tr><td>Jesper Holmgren</td><td>jesper.holmgren@regiondalarna.se</td></tr>
</table>
<p>Vi deltar på de tre första träffarna. Till den sista, i februari 2028, vet vi ännu inte vilka som
har möjlighet, vi återkommer om den.</p>
<p>Hälsningar<br>
Gustav af Klercker<br>
Regional utveckling, Region Dalarna<br>
Myntgatan 2, Falun | 023-49 00 00</p>
</body></html>""",
             X("register", [P("Gustav af Klercker", "gustav.afklercker@regiondalarna.se", "Region Dalarna"),
                            P("Lena Mörk", "lena.mork@regiondalarna.se", "Region Dalarna"),
                            P("Jesper Holmgren", "jesper.holmgren@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S3]),
             "HTML table of three people incl. the sender; name with particle 'af'; 'de tre första träffarna'; "
             "February left open, not asked for", html=True),

        mail("t037", "2027-03-04T12:12:00", ("Emma Johansson", "emma.johansson@mora.se"), "Anmälan + fråga",
             """Hej Linnea!

Jag vill anmäla mig till alla fyra träffarna i DalaLab.
Jag äter vegetariskt – blir det lunch på alla träffar eller bara på den i Falun i maj?

Mvh Emma Johansson
Mora kommun, Samhällsbyggnadsförvaltningen
Fredsgatan 16, 792 80 Mora""",
             X("register", [P("Emma Johansson", "emma.johansson@mora.se", "Mora kommun", diet="vegetariskt")], ALL,
               diet="vegetariskt"),
             "signup with a side question -> register; 'den i Falun i maj' belongs to the question; diet"),

        mail("t038", "2027-03-08T14:30:00", ("Emil Sandström", "emil.sandstrom@ludvika.se"), "Byte av träff",
             """Hej Linnea,

Jag tog över Johan Wikströms plats i DalaLab och är anmäld till 3 maj och 21 september. Nu krockar
21 september med en beredning inför fullmäktige, så jag skulle vilja byta den mot 29 november.
3 maj står fast.

Tack och hälsningar
Emil Sandström
Ludvika kommun""",
             X("change", [P("Emil Sandström", "emil.sandstrom@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "session swap with the kept session stated -> sessions after the change are 3 May and 29 Nov; "
             "the predecessor named is not a person"),

        tg("t039", "2027-03-10T10:10:00", "Maja L", 7741209963,
           "Hej! Jag heter Maja Lindkvist och har tagit över efter Mikael Öhrn på Säters kommun. "
           "Jag vill gärna anmäla mig till DalaLab, alla tillfällen.",
           X("register", [P("Maja Lindkvist", None, "Säters kommun")], ALL),
           "full name from the text (sender shows 'Maja L'); the predecessor is not a person; 'alla tillfällen'"),

        mail("t040", "2027-03-15T09:25:00", ("Åsa Grönlund", "asa.gronlund@vansbro.se"), "DalaLab anmälan",
             """Hej Linnea!

Jag anmäler mig till DalaLab-träffarna 21.9, 29.11 och 22.2. I maj är jag på kurs i Stockholm
(3-7 maj), så den första får jag tyvärr stå över.

Specialkost: laktosfri och glutenfri.

Hälsningar
Åsa Grönlund
Bygglovshandläggare
Vansbro kommun
Tel. 0281-752 18""",
             X("register", [P("Åsa Grönlund", "asa.gronlund@vansbro.se", "Vansbro kommun",
                              diet="laktosfri och glutenfri")], [S2, S3, S4], diet="laktosfri och glutenfri"),
             "iso-8859-1; dotted dates 21.9, 29.11, 22.2; a course '3-7 maj' overlaps the first session, which is "
             "excluded; two diets", charset="iso-8859-1"),

        mail("t041", "2027-03-22T16:05:00", ("Sebastian Mårtensson", "sebastian.martensson@gagnef.se"),
             "Re: " + REM_SUBJ,
             """Hej!

Är det för sent att anmäla sig? Jag har precis börjat som planerare i Gagnef. Om det går vill jag
gärna vara med på samtliga träffar.

Sebastian Mårtensson
Gagnefs kommun

Den mån 15 feb. 2027 kl 09:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + q(REMINDER),
             X("register", [P("Sebastian Mårtensson", "sebastian.martensson@gagnef.se", "Gagnefs kommun")], ALL),
             "conditional signup phrased as a question ('Är det för sent...? Om det går vill jag...') before the "
             "deadline -> register all; quoted reminder with dates"),

        tg("t042", "2027-03-25T21:50:00", "Nadia Karimi", 3095562218,
           "Hej! Nadia från Falu kommun här, Fredrika anmälde mig i december. Ville bara säga att jag numera äter "
           "glutenfritt. Jag kommer på alla fyra träffarna som planerat.",
           X("change", [P("Nadia Karimi", None, "Falu kommun", diet="glutenfritt")], ALL, diet="glutenfritt"),
           "diet update by Telegram for an existing signup -> change; sessions stated as all four; the colleague who "
           "signed her up is not a person"),

        mail("t043", "2027-03-30T10:45:00", ("Jimmy Olsson", "jimmy.olsson@avesta.se"), "DalaLab",
             """Hej Linnea

Hänger på om det finns plats kvar för Avesta, annars får ni gärna sätta mig på reservlistan.
Jag kan 3/5 och 21/9 men inte de två senare.

hälsn Jimmy

Jimmy Olsson | Trafikplanerare | Avesta kommun | 0226-64 52 07""",
             X("register", [P("Jimmy Olsson", "jimmy.olsson@avesta.se", "Avesta kommun")], [S1, S2]),
             "casual signup (waitlist acceptable); '3/5 och 21/9 men inte de två senare'; one-line signature"),

        mail("t044", "2027-04-06T13:35:00", ("Gustav af Klercker", "gustav.afklercker@regiondalarna.se"),
             "Jesper Holmgren – DalaLab 3 maj",
             """Hej Linnea,

Jesper Holmgren har tyvärr blivit sjukskriven och kommer inte att kunna delta på träffen den 3 maj.
Vi återkommer om hans höstträffar när vi vet mer. Lena och jag kommer som planerat.

Hälsningar
Gustav af Klercker
Region Dalarna""",
             X("cancel", [P("Jesper Holmgren", None, "Region Dalarna")], [S1]),
             "sender cancels a colleague's 3 May only; autumn left open; sender and Lena unchanged -> not in people"),

        tg("t045", "2027-04-09T08:20:00", "Fredrik Åhlund", 2468013579,
           "Hej! Hinner jag anmäla mig innan den 14:e? I så fall: Fredrik Åhlund, Malung-Sälens kommun, "
           "fredrik.ahlund@malung-salen.se, gärna alla fyra träffarna. Vegan.",
           X("register", [P("Fredrik Åhlund", "fredrik.ahlund@malung-salen.se", "Malung-Sälens kommun",
                            diet="Vegan")], ALL, diet="Vegan"),
           "last-week Telegram signup; 'den 14:e' is the deadline, not a session; diet"),
    ]
