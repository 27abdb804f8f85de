"""Batch 22, theme "inbox": the registration inbox from December to early April as it really arrives."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:12
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till DalaLab, ett lärprojekt om strategisk översiktsplanering och planeringsstrategier. Målgruppen är i första hand kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. Tisdag 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
3. Måndag 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028 – Planera för tillgänglighet: rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till linnea.hassis@regiondalarna.se och ange eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Projektledare, Region Dalarna
Tel. 023-49 00 00
"""

REMINDER = """> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Datum: 2 mars 2027 08:05
> Ämne: Påminnelse: anmälan till DalaLab senast 14 april
>
> Hej!
>
> En påminnelse om att anmälan till DalaLab stänger onsdag 14 april.
> Träffarna är 3 maj (Falun), 21 september, 29 november och 22 februari 2028.
> Upp till tre personer per kommun. Glöm inte att ange specialkost.
>
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("u001", "2026-12-02T08:47", ("Persson Karolina", "karolina.persson@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan. Jag anmäler mig härmed till DalaLab. Vi har precis dragit igång "
             "arbetet med en ny planeringsstrategi så det kommer lägligt.\n\nMed vänliga hälsningar\n\n"
             "Karolina Persson\nStrategisk samhällsplanerare\nSamhällsbyggnadsförvaltningen\nBorlänge kommun\n"
             "781 81 Borlänge\nBesöksadress: Röda vägen 50\nTel: 0243-740 00 (vx)\nDirekt: 0243-745 12\n"
             "Mobil: 070-312 45 87\nwww.borlange.se\n\n" + INVITE,
             X("register", [P("Karolina Persson", "karolina.persson@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply quoting the whole invitation (all four dates, deadline); surname-first display name; "
             "no session named -> all four; phone numbers and postcode in signature"),

        mail("u002", "2026-12-02T13:15", ("Magnus Hellgren", "magnus.hellgren@ludvika.se"), "DalaLab",
             "Anmäl mig till alla fyra tack!\n/Magnus Hellgren, Ludvika",
             X("register", [P("Magnus Hellgren", "magnus.hellgren@ludvika.se", "Ludvika kommun")], ALL),
             "one-liner, 'alla fyra'"),

        mail("u003", "2026-12-04T10:02", ("Åsa Lindblad", "asa.lindblad@avesta.se"),
             "Fråga om DalaLab",
             "Hej,\n\nJag har fått inbjudan till DalaLab vidarebefordrad från vår chef. Innan vi bestämmer oss "
             "undrar jag om det kostar något att delta och om lunch ingår på träffarna? Vi behöver veta det för "
             "budgeten inför 2027.\n\nTack på förhand!\n\nÅsa Lindblad\nPlanarkitekt\nAvesta kommun\n"
             "0226-64 50 00",
             X("question"),
             "question only (cost, lunch) before deciding; no signup"),

        mail("u004", "2026-12-08T16:38", ("Marie Nyström", "marie.nystrom@rattvik.se"),
             "Anmälan DalaLab – Rättviks kommun",
             "Hej Linnea,\n\nJag heter Marie Nyström och arbetar som översiktsplanerare på Rättviks kommun sedan "
             "i våras. Vi håller på att ta fram en ny översiktsplan (ÖP 2040, dnr KS 2026/0412) och har fått i "
             "uppdrag av kommunstyrelsen att se över hur vi arbetar med utvecklingsinriktningen. Därför känns "
             "DalaLab väldigt relevant för oss.\n\nTyvärr har vi samråd under hösten och jag kan inte lova att "
             "komma på alla träffar, men jag vill gärna anmäla mig till träffarna den 3 maj och den 29 november. "
             "Jag återkommer om det lossnar för de andra.\n\nSpecialkost: vegetarisk.\n\nEn kollega från bygglov "
             "kanske också är intresserad, men hon får i så fall höra av sig själv.\n\nVänliga hälsningar\n"
             "Marie Nyström\nÖversiktsplanerare\nRättviks kommun\nRiksvägen 40, 795 80 Rättvik\n0248-700 00",
             X("register", [P("Marie Nyström", "marie.nystrom@rattvik.se", "Rättviks kommun", "vegetarisk")],
               [S1, S3], "vegetarisk"),
             "long mail; two sessions named; 'ÖP 2040', dnr, 'i våras', 'under hösten' are not sessions; an "
             "unnamed colleague who may write herself is not a person"),

        mail("u005", "2026-12-10T09:21", ("Anneli Gustafsson", "anneli.gustafsson@hedemora.se"),
             "Anmälan till DalaLab",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p><p>Vi &auml;r tv&aring; fr&aring;n Hedemora kommun som vill anm&auml;la oss till "
             "samtliga tillf&auml;llen i DalaLab:</p>"
             "<ul><li>Anneli Gustafsson, anneli.gustafsson@hedemora.se</li>"
             "<li>Robert Kvist, robert.kvist@hedemora.se</li></ul>"
             "<p>Ingen av oss har n&aring;gon specialkost.</p>"
             "<p>Med v&auml;nlig h&auml;lsning<br>Anneli Gustafsson<br>Planeringsarkitekt<br>"
             "Hedemora kommun<br>Tel 0225-340 00</p></div></body></html>",
             X("register", [P("Anneli Gustafsson", "anneli.gustafsson@hedemora.se", "Hedemora kommun"),
                            P("Robert Kvist", "robert.kvist@hedemora.se", "Hedemora kommun")], ALL),
             "HTML-only with entities; sender + colleague in a bullet list; 'samtliga tillfällen' = all four; "
             "'ingen specialkost' -> diet null", html=True),

        mail("u006", "2026-12-11T14:50", ("Liam Carter", "liam.carter@regiondalarna.se"),
             "RE: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hi Linnea,\n\nThanks for the invitation. My Swedish is still a work in progress, so I hope it's "
             "okay that I write in English. I would like to sign up for the sessions on May 3 and September 21. "
             "I'm vegetarian.\n\nBest regards,\nLiam Carter\nAnalyst, Regional Development\nRegion Dalarna\n"
             "+46 23 49 01 37\n\n" + INVITE,
             X("register", [P("Liam Carter", "liam.carter@regiondalarna.se", "Region Dalarna", "vegetarian")],
               [S1, S2], "vegetarian"),
             "English reply quoting the Swedish invitation; 'May 3 and September 21'; diet 'vegetarian'"),

        mail("u007", "2026-12-15T04:12", ("Mark Jensen", "mark.jensen.seo@outreach-mail.net"),
             "Quick question about regiondalarna.se",
             "Hello,\n\nI was checking your website regiondalarna.se and noticed it is not ranking on page 1 "
             "of Google for 47 important keywords. Our team has helped more than 1,200 businesses increase "
             "organic traffic by 300% in 90 days.\n\nWould you be interested in a FREE audit? Just reply "
             "\"YES\" and I will send you a custom proposal and our price list (starting at $199/month).\n\n"
             "Best,\nMark Jensen\nSenior SEO Consultant\n\nIf you don't want to hear from me again, reply "
             "\"NO\".",
             X("unknown"),
             "English SEO spam; numbers and prices, nothing about the event"),

        mail("u008", "2026-12-17T21:34", ("Josefin Dahlberg", "josefin.dahlberg@gagnef.se"), "Anmälan",
             "Hej! Anmäler mig till 21/9 o 22/2. Mvh Josefin Dahlberg, Gagnefs kommun\n\nSkickat från min iPhone",
             X("register", [P("Josefin Dahlberg", "josefin.dahlberg@gagnef.se", "Gagnefs kommun")], [S2, S4]),
             "phone mail; '21/9 o 22/2' (22/2 = the 2028 session)"),

        mail("u009", "2026-12-18T11:05", ("Maja Ström", "maja.strom@leksand.se"), "DalaLab – två från Leksand",
             "Hej Linnea!\n\nJag vill anmäla mig och min kollega Erik Nordin till DalaLab, alla träffar. Erik "
             "har ingen jobbmejl ännu eftersom han börjar först i januari, så skicka gärna info till mig så "
             "vidarebefordrar jag.\n\nErik är glutenintolerant.\n\nHälsningar\nMaja Ström\nPlanchef\n"
             "Leksands kommun\n0247-802 00",
             X("register", [P("Maja Ström", "maja.strom@leksand.se", "Leksands kommun"),
                            P("Erik Nordin", None, "Leksands kommun", "glutenintolerant")], ALL, "glutenintolerant"),
             "sender + colleague without address; 'alla träffar'; diet belongs to the colleague; 'i januari' is "
             "not a session"),

        mail("u010", "2026-12-21T07:30", ("Bengt Halvarsson", "bengt.halvarsson@sater.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nTack för ditt mejl. Jag är ledig 21 december–6 januari och läser inte min e-post. "
             "Jag svarar så snart jag är tillbaka.\n\nBrådskande ärenden: kontakta Samhällsbyggnadsförvaltningen "
             "på 0225-550 00.\n\nGod jul och gott nytt år!\nBengt Halvarsson\nSäters kommun",
             X("auto_reply"),
             "Swedish out-of-office to the invitation (subject 'Automatiskt svar:'); holiday dates and phone "
             "number, no signup"),

        mail("u011", "2027-01-11T08:16", ("Ylva Mattsson", "ylva.mattsson@malung-salen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag anmäler mig till första träffen den 3 maj i Falun. Om resten återkommer jag när "
             "höstens planering är klar.\n\nMvh\nYlva Mattsson\nSamhällsplanerare\nMalung-Sälens kommun\n"
             "Box 14, 782 21 Malung\n0280-181 00\n\n" + INVITE,
             X("register", [P("Ylva Mattsson", "ylva.mattsson@malung-salen.se", "Malung-Sälens kommun")], [S1]),
             "reply quoting the invitation; only the first session; 'om resten återkommer jag' adds nothing"),

        mail("u012", "2027-01-13T13:44", ("Kent Jonsson", "kent.jonsson@orsa.se"), "DalaLab frågor",
             "Hej\n\nMåste man gå på alla fyra träffarna eller kan man välja de som passar? Och är det samma "
             "person som måste gå varje gång eller kan vi skicka olika personer från kommunen?\n\n"
             "Kent Jonsson\nOrsa kommun",
             X("question"),
             "question only (must one attend all four, can the person vary); 'alla fyra' is not a signup"),

        mail("u013", "2027-01-15T10:27", ("Carlsson Helena", "helena.carlsson@lansstyrelsen.se"),
             "Anmälan DalaLab",
             "Hej,\n\nHärmed anmäler jag mig till samtliga träffar i DalaLab. Jag är laktosintolerant.\n\n"
             "Med vänlig hälsning\n\nHelena Carlsson\nHandläggare, Enheten för samhällsplanering\n"
             "Länsstyrelsen Dalarna\n791 84 Falun\nTelefon: 010-225 00 00\n\n"
             "När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt "
             "dataskyddsförordningen (GDPR). Läs mer på www.lansstyrelsen.se/dalarna.",
             X("register", [P("Helena Carlsson", "helena.carlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "laktosintolerant")], ALL, "laktosintolerant"),
             "surname-first display name; county board; 'samtliga träffar'; GDPR footer is not an erasure; iso-8859-1 body", charset="iso-8859-1"),

        mail("u014", "2027-01-19T15:02", ("Ingela Hammar", "ingela.hammar@mora.se"), "Anmälan från Mora kommun",
             "Hej Linnea,\n\nFrån Mora kommun vill vi anmäla tre personer:\n\n"
             "- Ingela Hammar (jag), ingela.hammar@mora.se\n- Per Olsson, per.olsson@mora.se\n"
             "- Sofie Blom, sofie.blom@mora.se\n\nVi kommer på alla träffar utom den i september, då har vi "
             "fullmäktige.\n\nSofie behöver vegetarisk kost, vi andra äter allt.\n\nHälsningar\nIngela Hammar\n"
             "Stadsarkitekt\nMora kommun\nFredsgatan 16, 792 80 Mora\n0250-260 00",
             X("register", [P("Ingela Hammar", "ingela.hammar@mora.se", "Mora kommun"),
                            P("Per Olsson", "per.olsson@mora.se", "Mora kommun"),
                            P("Sofie Blom", "sofie.blom@mora.se", "Mora kommun", "vegetarisk")],
               [S1, S3, S4], "vegetarisk"),
             "three from one municipality in a list incl. the sender; 'alla utom den i september' = three sessions; "
             "diet for one colleague only"),

        mail("u015", "2027-01-21T09:40", ("Marie Nyström", "marie.nystrom@rattvik.se"),
             "SV: Anmälan DalaLab – Rättviks kommun",
             "Hej igen!\n\nSamrådet flyttades, så nu kan jag komma den 21 september också. Jag är alltså "
             "anmäld till 3 maj och 29 november och vill lägga till 21 september.\n\n/Marie\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Marie Nyström\nSkickat: den 8 december 2026 16:38\n"
             "Till: linnea.hassis@regiondalarna.se\nÄmne: Anmälan DalaLab – Rättviks kommun\n\n"
             "Hej Linnea,\nJag heter Marie Nyström och arbetar som översiktsplanerare på Rättviks kommun ...\n"
             "jag vill gärna anmäla mig till träffarna den 3 maj och den 29 november.",
             X("change", [P("Marie Nyström", "marie.nystrom@rattvik.se", "Rättviks kommun")], [S1, S2, S3]),
             "same person as u004 adds a session; sessions after the change stated -> 3/5, 21/9, 29/11; quoted "
             "earlier mail"),

        tg("u016", "2027-01-25T18:12", "Hugo Lindström", 6023418875,
           "Hej, anmäl mig till vårträffen 3 maj! /Hugo, Vansbro kommun",
           X("register", [P("Hugo Lindström", None, "Vansbro kommun")], [S1]),
           "Telegram; 'vårträffen 3 maj'; name from sender, organisation from text"),

        mail("u017", "2027-01-27T11:20", ("Aisha Rahimi", "aisha.rahimi@falun.se"), "DalaLab registration",
             "Hello Linnea,\n\nPlease register me for all four sessions of DalaLab. I joined the planning "
             "department at Falun municipality in October and my colleagues recommended the programme.\n\n"
             "Kind regards,\nAisha Rahimi\nUrban Planner\nFalu kommun\nSlaggatan 1, 791 83 Falun\n"
             "+46 23 830 00",
             X("register", [P("Aisha Rahimi", "aisha.rahimi@falun.se", "Falu kommun")], ALL),
             "English self-signup, 'all four sessions'; 'in October' is not a session"),

        mail("u018", "2027-02-01T14:08", ("Lennart Bygdén", "lennart.bygden@alvdalen.se"), "Digitalt deltagande?",
             "Hej!\n\nFrån Älvdalen är det en bra bit till Falun. Finns det möjlighet att delta digitalt, "
             "t.ex. den 21 september och 29 november? I så fall anmäler vi gärna ett par personer.\n\n"
             "Mvh\nLennart Bygdén\nMiljö- och byggnadsförvaltningen\nÄlvdalens kommun\n0251-310 00",
             X("question"),
             "question whether remote attendance is possible; dates named and a conditional intention, no signup"),

        mail("u019", "2027-02-03T07:55", ("Tobias Grahn", "tobias.grahn@smedjebacken.se"), "anmalan dalalab",
             "Hej, jag vill anmala mig till traffarna i host (21 sept och 29 nov). Inga allergier.\n\n"
             "Mvh Tobias Grahn\nSmedjebackens kommun",
             X("register", [P("Tobias Grahn", "tobias.grahn@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "no å/ä/ö ('anmala', 'traffarna i host'); '21 sept och 29 nov'; 'inga allergier' -> diet null"),

        mail("u020", "2027-02-05T10:31", ("Lars Öhman", "lars.ohman@sater.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Ja tack, jag kommer på alla.\n\nLars Öhman\nSäters kommun\n\n" + INVITE,
             X("register", [P("Lars Öhman", "lars.ohman@sater.se", "Säters kommun")], ALL),
             "short reply above the quoted invitation; 'jag kommer på alla' = all four"),

        mail("u021", "2027-02-09T13:17", ("Persson Karolina", "karolina.persson@borlange.se"),
             "DalaLab 21 september",
             "Hej Linnea,\n\nJag är anmäld till DalaLab men kan tyvärr inte komma den 21 september eftersom "
             "jag har semester då. De andra träffarna kommer jag på som planerat.\n\nMvh\nKarolina Persson\n"
             "Borlänge kommun\nDirekt: 0243-745 12",
             X("cancel", [P("Karolina Persson", "karolina.persson@borlange.se", "Borlänge kommun")], [S2]),
             "partial withdrawal (same person as u001) -> cancel of 21 Sep only"),

        mail("u022", "2027-02-10T15:45", ("Emelie Sandström", "emelie.sandstrom@avesta.se"),
             "Anmälan DalaLab",
             "<html><body><p style=\"margin:0\">Hej Linnea!</p><p style=\"margin:0\">&nbsp;</p>"
             "<p style=\"margin:0\">Jag vill anm&auml;la mig till DalaLab, tr&auml;ffarna <b>3/5, 21/9 och "
             "29/11</b>. Den sista i februari 2028 vet jag inte &auml;nnu om jag kan.</p>"
             "<p style=\"margin:0\">&nbsp;</p><p style=\"margin:0\">Specialkost: vegan</p>"
             "<p style=\"margin:0\">&nbsp;</p><p style=\"margin:0\">H&auml;lsningar<br>Emelie Sandstr&ouml;m"
             "<br>Trafikplanerare, Avesta kommun<br>Kungsgatan 32, 774 81 Avesta</p></body></html>",
             X("register", [P("Emelie Sandström", "emelie.sandstrom@avesta.se", "Avesta kommun", "vegan")],
               [S1, S2, S3], "vegan"),
             "HTML-only with entities; '3/5, 21/9 och 29/11'; the February session is mentioned as uncertain, not "
             "registered", html=True),

        mail("u023", "2027-02-12T20:41", ("Johanna Moberg", "johanna.moberg@hotmail.com"), "DalaLab",
             "Hej!\n\nJag jobbar som planerare på Älvdalens kommun men skriver från min privata mejl eftersom "
             "jag sitter hemma med sjukt barn. Jag vill anmäla mig till de tre första träffarna. Det går bra "
             "att svara hit.\n\nHälsningar\nJohanna Moberg\nÄlvdalens kommun",
             X("register", [P("Johanna Moberg", "johanna.moberg@hotmail.com", "Älvdalens kommun")], [S1, S2, S3]),
             "private hotmail address; organisation from the text; 'de tre första träffarna' = 3/5, 21/9, 29/11"),

        mail("u024", "2027-02-15T09:12", ("Camilla Wester", "camilla.wester@regiondalarna.se"),
             "Lokal första träffen?",
             "Hej Linnea,\n\nVar i Falun blir första träffen? Och finns det parkering i närheten eller ska vi "
             "räkna med att ta bussen från resecentrum? Jag är redan anmäld.\n\nTack!\nCamilla",
             X("question"),
             "question only (venue, parking) from someone already registered"),

        mail("u025", "2027-02-17T12:58", ("Susanne Hallberg", "susanne.hallberg@gagnef.se"),
             "Anmälan DalaLab Gagnef",
             "Hej,\n\nAnmäl mig och Sara Lund (sara.lund@gagnef.se) till träffarna 3 maj och 21 september.\n\n"
             "Vänliga hälsningar\nSusanne Hallberg\nEnhetschef Plan och bygg\nGagnefs kommun\n"
             "Tel 0241-150 00 | Mobil 076-104 88 23",
             X("register", [P("Susanne Hallberg", "susanne.hallberg@gagnef.se", "Gagnefs kommun"),
                            P("Sara Lund", "sara.lund@gagnef.se", "Gagnefs kommun")], [S1, S2]),
             "sender + colleague with address in parentheses; two sessions"),

        mail("u026", "2027-02-18T16:03", ("Aisha Rahimi", "aisha.rahimi@falun.se"), "RE: DalaLab registration",
             "Hi again,\n\nSorry, I forgot to mention in my registration that I'm vegetarian.\n\nThanks,\nAisha\n\n"
             "From: Aisha Rahimi\nSent: Wednesday, January 27, 2027 11:20 AM\nTo: linnea.hassis@regiondalarna.se\n"
             "Subject: DalaLab registration\n\nHello Linnea,\nPlease register me for all four sessions of DalaLab.",
             X("change", [P("Aisha Rahimi", "aisha.rahimi@falun.se", "Falu kommun", "vegetarian")], [],
               "vegetarian"),
             "English diet update for an existing signup (same person as u017); the new text names no sessions "
             "-> change with []; the quoted earlier mail says 'all four'",
             ),

        tg("u027", "2027-02-23T12:26", "Frida Wall", 5127730941,
           "hej! anmäler mig + kollega jonas ek till 29/11 och 22/2. vi är båda på lst dalarna",
           X("register", [P("Frida Wall", None, "Länsstyrelsen Dalarna"),
                          P("Jonas Ek", None, "Länsstyrelsen Dalarna")], [S3, S4]),
           "Telegram; sender + colleague in lower case; 'lst dalarna'; 22/2 = the 2028 session (sent 23 Feb 2027)"),

        mail("u028", "2027-02-24T08:49", ("Ingela Hammar", "ingela.hammar@mora.se"),
             "SV: Anmälan från Mora kommun",
             "Hej Linnea,\n\nPer Olsson kan tyvärr inte delta i DalaLab ändå, han har fått ett annat uppdrag. "
             "Stryk honom från listan. Sofie och jag kommer som planerat.\n\nHälsningar\nIngela\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Ingela Hammar\nSkickat: den 19 januari 2027 15:02\n"
             "Ämne: Anmälan från Mora kommun\n\n- Ingela Hammar (jag), ingela.hammar@mora.se\n"
             "- Per Olsson, per.olsson@mora.se\n- Sofie Blom, sofie.blom@mora.se\n\nVi kommer på alla träffar "
             "utom den i september.",
             X("cancel", [P("Per Olsson", "per.olsson@mora.se", "Mora kommun")], ALL),
             "colleague withdrawn without substitute -> cancel; no session named -> all four; sender and Sofie "
             "continue as before and are not people; Per's address only in the quoted mail"),

        mail("u029", "2027-03-01T10:14", ("Thomas Berggren", "thomas.berggren@borlange.se"), "VB: DalaLab",
             "Hej Linnea,\n\nAnmäl gärna Amanda enligt nedan. Jag själv har inte möjlighet att delta.\n\n"
             "Thomas Berggren\nAvdelningschef Samhällsplanering\nBorlänge kommun\n\n"
             "Från: Sjöström Amanda <amanda.sjostrom@borlange.se>\nSkickat: den 26 februari 2027 14:51\n"
             "Till: Berggren Thomas <thomas.berggren@borlange.se>\nÄmne: DalaLab\n\n"
             "Hej Thomas!\n\nFår jag gå på DalaLab? Jag skulle helst vilja gå på de två sista träffarna, "
             "29 november och 22 februari, eftersom de handlar om osäkerheter och tillgänglighet och det passar "
             "bra med trafikstrategin.\n\n/Amanda",
             X("register", [P("Amanda Sjöström", "amanda.sjostrom@borlange.se", "Borlänge kommun")], [S3, S4]),
             "manager forwards a colleague's internal mail (VB:); sender not registered; sessions and address "
             "only in the forwarded part; the forwarded date 26 februari is not a session"),

        mail("u030", "2027-03-03T13:37", ("Petter Grönlund", "petter.gronlund@leksand.se"),
             "Förberedelser inför DalaLab",
             "Hej!\n\nSka vi förbereda något inför första träffen, t.ex. läsa något från Boverket? Och kommer "
             "presentationerna att delas efteråt?\n\nMvh Petter Grönlund, Leksands kommun",
             X("question"),
             "question only (preparation, slides) about the first session"),

        mail("u031", "2027-03-05T11:09", ("Rebecka Holmgren", "rebecka.holmgren@falun.se"),
             "Anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nJag vill gärna anmäla mig till DalaLab. Jag arbetar med den kommuntäckande "
             "översiktsplanen och med fördjupningen för Norra Falun (FÖP 2027–2035) och ser verkligen fram emot "
             "diskussionerna om utvecklingsinriktning och tillgänglighet. Jag anmäler mig till alla fyra "
             "tillfällena.\n\nJag arbetar 80 %, normalt måndag–torsdag, men träffarna ligger på dagar då jag "
             "jobbar, så det är inga problem.\n\nTack för ett fint initiativ!\n\nMed vänlig hälsning\n\n"
             "Rebecka Holmgren\nÖversiktsplanerare\nStadsbyggnadsförvaltningen\nFalu kommun\n"
             "Postadress: 791 83 Falun\nBesöksadress: Stadshuset, Slaggatan 1\nTel: 023-830 00 (växel)\n"
             "Direkt: 023-827 14\nMobil: 072-530 91 04\nOrg.nr: 212000-2163\nwww.falun.se\n\n"
             "Jag är föräldraledig på fredagar 1/4–30/6.",
             X("register", [P("Rebecka Holmgren", "rebecka.holmgren@falun.se", "Falu kommun")], ALL),
             "long mail; 'alla fyra tillfällena'; signature full of numbers (FÖP 2027–2035, 80 %, phones, "
             "org.nr, leave 1/4–30/6) that are not sessions"),

        mail("u032", "2027-03-08T14:22", ("Lars Öhman", "lars.ohman@sater.se"), "Byte av deltagare DalaLab",
             "Hej,\n\nJag har fått ny tjänst och slutar på Säters kommun i april, så jag kan inte vara med i "
             "DalaLab. Min kollega Ida Sand (ida.sand@sater.se) tar min plats på alla träffar.\n\n"
             "Hälsningar\nLars Öhman\nSäters kommun",
             X("change", [P("Lars Öhman", "lars.ohman@sater.se", "Säters kommun"),
                          P("Ida Sand", "ida.sand@sater.se", "Säters kommun")], ALL),
             "substitution in one message (same sender as u020): Lars out, Ida in on all sessions; 'i april' is "
             "not a session"),

        mail("u033", "2027-03-10T09:03", ("Patrik Wennberg", "patrik.wennberg@malung-salen.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej,\n\nAnmäler mig till 21.9 och 22.2. Jag har nötallergi.\n\nPatrik Wennberg\nBygg- och "
             "miljöavdelningen\nMalung-Sälens kommun\n0280-181 00\n\n" + REMINDER,
             X("register", [P("Patrik Wennberg", "patrik.wennberg@malung-salen.se", "Malung-Sälens kommun",
                              "nötallergi")], [S2, S4], "nötallergi"),
             "reply to the reminder (quoted with '>', all dates and deadline); '21.9 och 22.2'; nut allergy"),

        mail("u034", "2027-03-12T15:50", ("Elsa Rosén", "elsa.rosen@borlange.se"), "Fler från Borlänge?",
             "Hej!\n\nJag såg i inbjudan att varje kommun kan skicka upp till tre personer. Vi är fyra på "
             "planavdelningen som är intresserade. Finns det en reservlista, eller kan man dela en plats så att "
             "olika personer går på olika träffar?\n\nHälsningar\nElsa Rosén\nBorlänge kommun",
             X("question"),
             "question about the quota and sharing a place; no signup"),

        mail("u035", "2027-03-15T07:48", ("Kajsa Eriksson", "kajsa.eriksson@orsa.se"), "DalaLab",
             "Anmäl mig, tack.\n\n/Kajsa",
             X("register", [P("Kajsa Eriksson", "kajsa.eriksson@orsa.se", "Orsa kommun")], ALL),
             "minimal one-liner; name from display name, organisation from domain, all four"),

        mail("u036", "2027-03-17T10:35", ("Liam Carter", "liam.carter@regiondalarna.se"),
             "DalaLab – September session",
             "Hi Linnea,\n\nUnfortunately I have to cancel my place at the September session, as I will be at a "
             "conference in Copenhagen that week. I will still attend on May 3.\n\nBest regards,\nLiam Carter\n"
             "Region Dalarna",
             X("cancel", [P("Liam Carter", "liam.carter@regiondalarna.se", "Region Dalarna")], [S2]),
             "English partial withdrawal (same person as u006) -> cancel of 21 Sep only; 'still attend on May 3' "
             "is not cancelled"),

        mail("u037", "2027-03-19T13:27", ("Roger Aspholm", "roger.aspholm@avesta.se"), "Anmälan DalaLab",
             "Hej Linnea!\n\nJag och min kollega Mona Bäck vill anmäla oss till alla träffar i DalaLab. "
             "Mona är glutenintolerant.\n\nMvh\nRoger Aspholm\nMark- och exploateringsingenjör\n"
             "Avesta kommun\nTel 0226-64 50 00\n\n-- \nDetta e-postmeddelande kan innehålla sekretessbelagd "
             "information. Om du fått det av misstag, meddela avsändaren och radera det.",
             X("register", [P("Roger Aspholm", "roger.aspholm@avesta.se", "Avesta kommun"),
                            P("Mona Bäck", None, "Avesta kommun", "glutenintolerant")], ALL, "glutenintolerant"),
             "sender + colleague without address; diet is the colleague's; confidentiality footer ('radera') is "
             "not an erasure request"),

        mail("u038", "2027-03-22T08:12", ("Josefin Dahlberg", "josefin.dahlberg@gagnef.se"), "Byta träff",
             "Hej! Jag behöver byta 21/9 mot 29/11, det har blivit krock med ett samråd. Mvh Josefin\n\n"
             "Skickat från min iPhone",
             X("change", [P("Josefin Dahlberg", "josefin.dahlberg@gagnef.se", "Gagnefs kommun")], [S3]),
             "bare swap (same person as u008) -> only the new session, 29 Nov"),

        mail("u039", "2027-03-24T14:40", ("Sven-Erik Halvorsen", "sven-erik.halvorsen@regiondalarna.se"),
             "Anmälan 3 maj",
             "<html><head><style>p{margin:0;font-family:Arial}</style></head><body>"
             "<p>Hej Linnea,</p><p>&nbsp;</p>"
             "<p>Jag och Malin Tj&auml;rnberg (malin.tjarnberg@regiondalarna.se) p&aring; "
             "Kollektivtrafikf&ouml;rvaltningen vill g&auml;rna komma p&aring; f&ouml;rsta tr&auml;ffen "
             "den 3 maj. De &ouml;vriga tr&auml;ffarna f&aring;r vi ta st&auml;llning till senare.</p>"
             "<p>&nbsp;</p><p>Med v&auml;nlig h&auml;lsning</p>"
             "<p><b>Sven-Erik Halvorsen</b><br>Trafikstrateg<br>Region Dalarna<br>Box 712, 791 29 Falun<br>"
             "Tel 023-49 00 00</p></body></html>",
             X("register", [P("Sven-Erik Halvorsen", "sven-erik.halvorsen@regiondalarna.se", "Region Dalarna"),
                            P("Malin Tjärnberg", "malin.tjarnberg@regiondalarna.se", "Region Dalarna")], [S1]),
             "HTML-only; sender + colleague with address; only the first session; hyphenated first name",
             html=True),

        tg("u040", "2027-03-29T19:51", "Tobias Grahn", 7340291158,
           "Hej, jag måste tyvärr avanmäla mig från DalaLab, har fått ny tjänst i Västerås. /Tobias Grahn, "
           "Smedjebacken",
           X("cancel", [P("Tobias Grahn", None, "Smedjebackens kommun")], ALL),
           "Telegram full cancellation (same person as u019, who registered by mail); no session named -> all four"),

        mail("u041", "2027-03-31T11:18", ("Ingela Hammar", "ingela.hammar@mora.se"), "Ny deltagare från Mora",
             "Hej Linnea,\n\nSom jag skrev i februari hoppade Per Olsson av. I hans ställe vill vi nu anmäla "
             "Lina Åkerlund, lina.akerlund@mora.se. Hon kan komma på alla träffar.\n\nHälsningar\n"
             "Ingela Hammar\nStadsarkitekt\nMora kommun",
             X("register", [P("Lina Åkerlund", "lina.akerlund@mora.se", "Mora kommun")], ALL),
             "newcomer replacing a colleague cancelled in an earlier mail (u028) -> register; sender and Per are "
             "not people; 'i februari' is not a session"),

        mail("u042", "2027-04-02T09:57", ("Stefan Rask", "stefan.rask@ludvika.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej!\n\nMagnus Hellgren har redan anmält sig från oss. Jag vill gärna hänga på – anmäl mig också "
             "till samtliga träffar.\n\nMed vänliga hälsningar\nStefan Rask\nGIS-samordnare\nLudvika kommun\n"
             "Besöksadress: Stationsgatan 2\n771 82 Ludvika\nTfn 0240-860 00\n"
             "Jag har semester 12–16 april.\n\n" + REMINDER,
             X("register", [P("Stefan Rask", "stefan.rask@ludvika.se", "Ludvika kommun")], ALL),
             "reply to the reminder; the already registered colleague Magnus is not a person; 'samtliga träffar'; "
             "holiday dates in signature"),

        mail("u043", "2027-04-06T16:25", ("Birgitta Olausson", "birgitta.olausson@vansbro.se"),
             "Ersättare?",
             "Hej,\n\nOm jag anmäler mig men sedan inte kan komma på någon träff, får jag skicka en kollega i "
             "mitt ställe? Vi är en liten kommun och det är svårt att veta hur hösten blir.\n\n"
             "Mvh Birgitta Olausson\nVansbro kommun",
             X("question"),
             "question only (may a colleague substitute); conditional 'om jag anmäler mig' is no signup"),

        mail("u044", "2027-04-07T10:44", ("Anneli Vestin", "anneli.vestin@hedemora.se"),
             "Ändrade uppgifter DalaLab",
             "Hej!\n\nJag är anmäld till DalaLab som Anneli Gustafsson men har gift mig och heter nu Anneli "
             "Vestin. Min nya e-postadress är anneli.vestin@hedemora.se, den gamla slutar fungera efter påsk. "
             "Kan du uppdatera?\n\nTack!\nAnneli Vestin\nHedemora kommun",
             X("change", [P("Anneli Vestin", "anneli.vestin@hedemora.se", "Hedemora kommun")], []),
             "details change (name and address) for the u005 signup, no sessions named -> change with []; the old "
             "name must not become a second person"),

        mail("u045", "2027-04-09T15:33", ("Niklas Bergman", "niklas.bergman@borlange.se"), "DalaLab",
             "Hej Linnea,\n\nHoppas det inte är för sent! Jag vill anmäla mig till första och sista träffen. "
             "Jag behöver laktosfri kost.\n\nHälsningar\nNiklas Bergman\nBorlänge kommun\n0243-740 00",
             X("register", [P("Niklas Bergman", "niklas.bergman@borlange.se", "Borlänge kommun", "laktosfri")],
               [S1, S4], "laktosfri"),
             "'första och sista träffen' = 3 May + 22 Feb 2028; 'laktosfri kost' -> laktosfri; before the "
             "deadline"),
    ]
