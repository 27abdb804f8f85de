"""Writer's set "coordinators" (bb001–bb045).

Municipal coordinators, managers, secretaries, HR staff and function mailboxes registering or changing whole
teams, often without attending themselves: bullet lists, plain-text and HTML tables, "Efternamn, Förnamn" lists,
Outlook-style "Efternamn Förnamn <adress>" pastes, people without addresses and with given names only, per-person
diets, two organisations in one mail, the quota of three (a fourth person, reserves, a question about rotating
places), a colleague replacing someone, corrections of an earlier list, follow-ups adding one more person,
coordinators asking whether someone is registered, HR cancelling or asking for erasure for a former employee,
an out-of-office from a coordinator and a team signup sent to the wrong event.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bb001", "2027-01-18T10:05", ("Ewa Granqvist", "ewa.granqvist@falun.se"),
             "Anmälan av tre medarbetare – DalaLab",
             """Hej Linnea,

Jag arbetar som HR-konsult på Samhällsbyggnadsförvaltningen och har fått i uppdrag att samla ihop anmälningarna till DalaLab från vår förvaltning. Följande tre medarbetare ska delta i hela lärprojektet:

• Henrik Strand, översiktsplanerare – henrik.strand@falun.se
• Maja Lundell, planarkitekt – maja.lundell@falun.se
• Daniel Kask, trafikplanerare – daniel.kask@falun.se

Jag deltar alltså inte själv. Bekräftelsen får gärna gå direkt till var och en, med kopia till mig.

Vänliga hälsningar
Ewa Granqvist
HR-konsult
Falu kommun
Samhällsbyggnadsförvaltningen
Tel. 023-82 000 (vx)
Postadress: Falu kommun, 791 83 Falun
""",
             X("register", [P("Henrik Strand", "henrik.strand@falun.se", "Falu kommun"),
                            P("Maja Lundell", "maja.lundell@falun.se", "Falu kommun"),
                            P("Daniel Kask", "daniel.kask@falun.se", "Falu kommun")], ALL),
             "HR consultant registers three colleagues (bullet list with roles and addresses), explicitly not "
             "herself; 'hela lärprojektet' = all four; postcode and phone are not dates"),

        mail("bb002", "2027-02-02T08:47", ("Sjöberg Anders", "anders.sjoberg@borlange.se"),
             "DalaLab - anmälan Borlänge",
             """Hej!

Vi blir tre från Borlänge, jag själv plus två från planenheten:

Lindgren, Maria    maria.lindgren@borlange.se
Ahmadi, Reza       reza.ahmadi@borlange.se

Vi kommer på träffarna 3/5, 21/9 och 29/11. Februariträffen krockar med vår budgetprocess så den avstår vi.

/Anders

Anders Sjöberg
Planchef, Samhällsbyggnad
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00
""",
             X("register", [P("Anders Sjöberg", "anders.sjoberg@borlange.se", "Borlänge kommun"),
                            P("Maria Lindgren", "maria.lindgren@borlange.se", "Borlänge kommun"),
                            P("Reza Ahmadi", "reza.ahmadi@borlange.se", "Borlänge kommun")], [S1, S2, S3]),
             "manager registers himself plus an 'Efternamn, Förnamn' list with addresses; surname-first display "
             "name; '3/5, 21/9 och 29/11', the February session explicitly declined"),

        mail("bb003", "2027-01-11T13:22", ("Cecilia Norling", "cecilia.norling@regiondalarna.se"),
             "Anmälan DalaLab (Region + Lst)",
             """Hej Linnea!

Vi har pratat ihop oss med Länsstyrelsen och vill gärna gå tillsammans på de två första träffarna. Kan du anmäla mig och Tomas Wennberg på Lst (tomas.wennberg@lansstyrelsen.se) till 3 maj och 21 september?

Tomas är vegetarian, jag äter allt.

Tack på förhand!
Cecilia Norling
Regional utvecklare, samhällsplanering
Region Dalarna
""",
             X("register", [P("Cecilia Norling", "cecilia.norling@regiondalarna.se", "Region Dalarna"),
                            P("Tomas Wennberg", "tomas.wennberg@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarian")], [S1, S2], diet="vegetarian"),
             "two organisations in one mail: sender at the region plus a colleague at 'Lst'; per-person diet for "
             "the colleague only ('jag äter allt' is no diet)"),

        mail("bb004", "2027-02-15T15:31", ("Lennart Hed", "lennart.hed@mora.se"),
             "Anmälan till DalaLab från Mora kommun",
             """Hej,

Härmed anmäler vi från Mora kommun följande personer till DalaLab, samtliga träffar:

Namn                 E-post                        Roll
Ingela Moberg        ingela.moberg@mora.se         Översiktsplanerare
Johan Ersson         johan.ersson@mora.se          Planarkitekt
Linn Zetterlund      linn.zetterlund@mora.se       GIS-samordnare
Per-Olof Mattsson    per-olof.mattsson@mora.se     Trafikstrateg

Själv är jag förhindrad men följer arbetet via gruppen.

Med vänlig hälsning
Lennart Hed
Stadsbyggnadschef
Mora kommun
Tfn 0250-260 00
""",
             X("register", [P("Ingela Moberg", "ingela.moberg@mora.se", "Mora kommun"),
                            P("Johan Ersson", "johan.ersson@mora.se", "Mora kommun"),
                            P("Linn Zetterlund", "linn.zetterlund@mora.se", "Mora kommun"),
                            P("Per-Olof Mattsson", "per-olof.mattsson@mora.se", "Mora kommun")], ALL),
             "manager (not attending) sends a plain-text table of FOUR people from one municipality, unaware of the "
             "quota: all four are the request (the quota is applied later, not by the parser); hyphenated name"),

        mail("bb005", "2027-03-01T09:14", ("Sanna Ljung", "sanna.ljung@ludvika.se"),
             "Fråga om antal platser",
             """Hej!

En fråga innan jag skickar in vår anmälan. Vi är fyra på plan- och byggenheten som gärna vill vara med i DalaLab. I inbjudan står det upp till tre personer per kommun – gäller det per träff eller för hela lärprojektet? Skulle det gå att vi roterar, så att t.ex. två går i maj och två andra i september, eller måste det vara samma tre personer hela vägen?

Tacksam för svar så snart det går, anmälan ska ju in senast 14 april.

Hälsningar
Sanna Ljung
Enhetschef plan och bygg, Ludvika kommun
""",
             X("question", [], []),
             "quota question before signing up ('Innan jag skickar in vår anmälan'); 'maj', 'september' and the "
             "deadline are mentioned but nothing is booked"),

        mail("bb006", "2027-02-23T11:40", ("Åsa Brandt", "asa.brandt@hedemora.se"),
             "Anmälan Hedemora kommun – DalaLab hösten/vintern",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}td{padding:2pt 6pt}</style></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vi anm&auml;ler f&ouml;ljande tre personer till h&ouml;stens b&aring;da tr&auml;ffar och vintertr&auml;ffen i februari. V&aring;rtr&auml;ffen i maj hinner vi tyv&auml;rr inte med. Jag samordnar f&ouml;r f&ouml;rvaltningen men deltar inte sj&auml;lv.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Specialkost</b></td></tr>
<tr><td>Olof Kihlberg</td><td><a href="mailto:olof.kihlberg@hedemora.se">olof.kihlberg@hedemora.se</a></td><td>&ndash;</td></tr>
<tr><td>Fredrika Sahlin</td><td><a href="mailto:fredrika.sahlin@hedemora.se">fredrika.sahlin@hedemora.se</a></td><td>vegetarisk</td></tr>
<tr><td>Mohammed Al-Rawi</td><td><a href="mailto:mohammed.al-rawi@hedemora.se">mohammed.al-rawi@hedemora.se</a></td><td>laktosfri</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br>&Aring;sa Brandt<br>Utvecklingsstrateg, Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>Hedemora kommun<br>0225-340 00</p>
</div></body></html>
""",
             X("register", [P("Olof Kihlberg", "olof.kihlberg@hedemora.se", "Hedemora kommun"),
                            P("Fredrika Sahlin", "fredrika.sahlin@hedemora.se", "Hedemora kommun", diet="vegetarisk"),
                            P("Mohammed Al-Rawi", "mohammed.al-rawi@hedemora.se", "Hedemora kommun",
                              diet="laktosfri")], [S2, S3, S4], diet="vegetarisk, laktosfri"),
             "HTML-only table with per-person diets (one row '–'); 'höstens båda träffar och vinterträffen i "
             "februari' = 21/9, 29/11, 22/2, the May session declined; coordinator not attending",
             html=True),

        mail("bb007", "2027-01-27T16:02", ("Kristina Ahlgren", "kristina.ahlgren@sater.se"),
             "SV: Anmälan DalaLab från Säters kommun",
             """Hej igen Linnea,

Jag glömde en person i gårdagens anmälan! Lägg gärna till vår nyanställda planarkitekt Elias Wahlberg, elias.wahlberg@sater.se. Han ska på alla fyra träffarna, precis som vi andra två.

Tack och förlåt för krånglet!
Kristina

> Hej Linnea!
>
> Från Säters kommun anmäler vi:
> Kristina Ahlgren, kristina.ahlgren@sater.se
> Bengt Olausson, bengt.olausson@sater.se
>
> Vi deltar på samtliga fyra träffar (3 maj, 21 sept, 29 nov och 22 feb).
>
> Hälsningar
> Kristina Ahlgren
> Säters kommun
""",
             X("register", [P("Elias Wahlberg", "elias.wahlberg@sater.se", "Säters kommun")], ALL),
             "follow-up adding one more person; the '> '-quoted earlier signup (sender + one colleague, all dates) "
             "is already registered and must not be registered again"),

        mail("bb008", "2027-02-10T14:18", ("Mona Sandin", "mona.sandin@smedjebacken.se"),
             "Rättelse – anmälan DalaLab",
             """Hej!

Jag märkte att jag skrev fel i anmälan jag skickade i måndags. Vår kollega heter Jonas Ekelund, inte Eklund, och hans mejladress är alltså jonas.ekelund@smedjebacken.se (inte jonas.eklund@...). Han är anmäld till maj- och septemberträffarna, det gäller fortfarande.

Övriga uppgifter stämmer.

Mvh Mona Sandin
Nämndsekreterare, Smedjebackens kommun
""",
             X("change", [P("Jonas Ekelund", "jonas.ekelund@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
             "correction of an earlier list (name spelling and address); the wrong name and the truncated old "
             "address are not a second person; 'maj- och septemberträffarna' kept"),

        mail("bb009", "2027-03-09T10:51", ("Roger Lindh", "roger.lindh@avesta.se"),
             "Ersättare 29 november",
             """Hej Linnea,

Anders Holm som är anmäld från Avesta kan inte delta på träffen måndagen den 29 november – han sitter i en förhandling hela den dagen. Hans kollega Fatima Yusuf (fatima.yusuf@avesta.se) går i stället för honom den gången. Övriga träffar går Anders på som vanligt.

Fatima har glutenintolerans.

Vänliga hälsningar
Roger Lindh
Avdelningschef, Avesta kommun
""",
             X("change", [P("Anders Holm", None, "Avesta kommun"),
                          P("Fatima Yusuf", "fatima.yusuf@avesta.se", "Avesta kommun", diet="glutenintolerans")],
               [S3], diet="glutenintolerans"),
             "manager substitutes one colleague for one session only; people = the replaced and the substitute; "
             "diet belongs to the substitute; sender not among people"),

        tg("bb010", "2027-01-30T19:26", "Karin Mattsson", "6021847735",
           """hej! anmäler mig och två kollegor, per och lisa, från orsa kommun till alla träffarna. vi har ingen specialkost 🙂""",
           X("register", [P("Karin Mattsson", None, "Orsa kommun"), P("Per", None, "Orsa kommun"),
                          P("Lisa", None, "Orsa kommun")], ALL),
           "Telegram, lower case; colleagues named by given name only; 'ingen specialkost' is no diet"),

        mail("bb011", "2027-02-19T08:33", ("Birgitta Forsgren", "birgitta.forsgren@vansbro.se"),
             "Är Sven-Erik Backlund anmäld?",
             """Hej,

Vår planingenjör Sven-Erik Backlund säger att han mejlade in sin anmälan till DalaLab i januari men att han aldrig fått någon bekräftelse. Kan du kolla om han finns med på deltagarlistan? Om inte så vill jag veta hur vi ska göra – ska han skicka in den igen?

Tack!
Birgitta Forsgren
Administratör, Miljö- och byggförvaltningen
Vansbro kommun
""",
             X("question", [], []),
             "coordinator asks whether a colleague is registered; asks how to proceed if not, but books nothing"),

        mail("bb012", "2027-01-21T09:58", ("Jenny Hallberg", "jenny.hallberg@leksand.se"),
             "Anmälan för Gunilla af Klercker",
             """Hej!

Jag skriver på uppdrag av vår samhällsbyggnadschef Gunilla af Klercker, som gärna vill delta i DalaLab. Hon har möjlighet att komma på den första träffen, den med Boverket, och på den sista om tillgänglighet. De andra två är hon tyvärr uppbokad.

Hennes e-post är gunilla.afklercker@leksand.se. Skicka gärna bekräftelsen både till henne och mig, eftersom jag sköter hennes kalender.

Med vänliga hälsningar
Jenny Hallberg
Ledningssekreterare
Leksands kommun
""",
             X("register", [P("Gunilla af Klercker", "gunilla.afklercker@leksand.se", "Leksands kommun")], [S1, S4]),
             "secretary registers her manager (not herself); particle name 'af Klercker'; sessions by order and "
             "theme ('den första ... med Boverket', 'den sista om tillgänglighet')"),

        mail("bb013", "2027-02-09T08:15", ("Magnus Tjärnberg", "magnus.tjarnberg@gagnef.se"),
             "VB: DalaLab – vem vill gå?",
             """Hej Linnea,

Se nedan – anmäl gärna Eva, Tobias och Ali till DalaLab, hela serien. Jag själv avstår den här gången.

Magnus

Magnus Tjärnberg
Samhällsbyggnadschef | Gagnefs kommun
0241-150 00

________________________________
Från: Ali Rahimi <ali.rahimi@gagnef.se>
Skickat: den 8 februari 2027 13:44
Till: Magnus Tjärnberg <magnus.tjarnberg@gagnef.se>
Ämne: SV: DalaLab – vem vill gå?

Jag är gärna med!

________________________________
Från: Tobias Grind <tobias.grind@gagnef.se>
Skickat: den 8 februari 2027 10:12
Till: Magnus Tjärnberg <magnus.tjarnberg@gagnef.se>
Ämne: SV: DalaLab – vem vill gå?

Räkna med mig. Jag är laktosintolerant om det spelar någon roll.

________________________________
Från: Eva Dahlkvist <eva.dahlkvist@gagnef.se>
Skickat: den 8 februari 2027 09:03
Till: Magnus Tjärnberg <magnus.tjarnberg@gagnef.se>
Ämne: SV: DalaLab – vem vill gå?

Ja, jag vill!

________________________________
Från: Magnus Tjärnberg
Skickat: den 7 februari 2027 16:30
Till: Plan Gagnef
Ämne: DalaLab – vem vill gå?

Hej alla! Region Dalarna har bjudit in till DalaLab, fyra träffar: 3 maj, 21 sep, 29 nov och 22 feb. Vi får skicka max tre. Vem vill?
""",
             X("register", [P("Eva Dahlkvist", "eva.dahlkvist@gagnef.se", "Gagnefs kommun"),
                            P("Tobias Grind", "tobias.grind@gagnef.se", "Gagnefs kommun", diet="laktosintolerant"),
                            P("Ali Rahimi", "ali.rahimi@gagnef.se", "Gagnefs kommun")], ALL,
               diet="laktosintolerant"),
             "manager (not attending) forwards an internal Outlook thread and names the three by given name; full "
             "names, addresses and one diet are only in the Från: headers and quoted replies; 'hela serien' = all"),

        mail("bb014", "2027-03-16T13:07", ("Marie Westin", "marie.westin@lansstyrelsen.se"),
             "Anmälan – gemensamt team Lst/Falun",
             """Hej Linnea!

Vi som jobbar med det gemensamma pilotprojektet kring Faluns nya översiktsplan vill gärna gå på DalaLab som en grupp. Vi är:

Från Länsstyrelsen Dalarna:
  Marie Westin (jag), marie.westin@lansstyrelsen.se
  Håkan Ström, hakan.strom@lansstyrelsen.se
Från Falu kommun:
  Lena Persson, lena.persson@falun.se

Vi siktar på höstens två träffar, 21.9 och 29.11. Lena anmäler sig inte separat, så det här gäller för henne också.

Vänliga hälsningar
Marie Westin
Samhällsplaneringsenheten
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Marie Westin", "marie.westin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Håkan Ström", "hakan.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Lena Persson", "lena.persson@falun.se", "Falu kommun")], [S2, S3]),
             "two organisations in one grouped list (Länsstyrelsen + Falun); '21.9 och 29.11'; 'Faluns nya "
             "översiktsplan' is not the sender's organisation"),

        mail("bb015", "2027-03-22T11:26", ("Lotta Nyström", "lotta.nystrom@rattvik.se"),
             "Avanmälan – Mikael Norén",
             """Hej,

Mikael Norén, som är anmäld till DalaLab från Rättviks kommun, avslutar sin anställning hos oss den 31 mars. Vänligen ta bort honom från deltagarlistan för samtliga träffar.

Vi har i nuläget ingen ersättare men hör av oss om det blir aktuellt.

Med vänlig hälsning
Lotta Nyström
HR-specialist
Rättviks kommun

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag, vänligen meddela avsändaren och radera meddelandet.
""",
             X("cancel", [P("Mikael Norén", None, "Rättviks kommun")], ALL),
             "HR cancels an employee who is leaving; no substitute yet (so cancel, not change); sender not among "
             "people; disclaimer's 'radera' is not an erasure request"),

        mail("bb016", "2027-01-25T10:40", ("Sophie Lindahl", "sophie.lindahl@regiondalarna.se"),
             "DalaLab registration – two colleagues",
             """Hi Linnea,

I'd like to register two colleagues from our unit for the first two sessions. They are both on a one-year exchange with us and don't speak much Swedish yet, so if any material is available in English that would be very welcome.

- Tom O'Brien, tom.obrien@regiondalarna.se
- Ana-Maria Popescu, ana-maria.popescu@regiondalarna.se (vegan)

I won't be attending myself.

Best regards,
Sophie Lindahl
Head of Unit, Regional Development
Region Dalarna
""",
             X("register", [P("Tom O'Brien", "tom.obrien@regiondalarna.se", "Region Dalarna"),
                            P("Ana-Maria Popescu", "ana-maria.popescu@regiondalarna.se", "Region Dalarna",
                              diet="vegan")], [S1, S2], diet="vegan"),
             "English; manager registers two colleagues, not herself; 'the first two sessions' with no dates; "
             "apostrophe and hyphen in names; per-person diet in parentheses"),

        tg("bb017", "2027-03-04T21:13", "Stefan Ahl", "5589023317",
           """Hej! Jag anmälde tre från Rättvik för ett par veckor sen. Stina kan inte på septemberträffen, Hugo Lind går istället för henne då. hugo.lind@rattvik.se""",
           X("change", [P("Stina", None, "Rättviks kommun"), P("Hugo Lind", "hugo.lind@rattvik.se", "Rättviks kommun")],
             [S2]),
           "Telegram substitution by the coordinator for one session; the replaced colleague is given by first "
           "name only; sender not among people"),

        mail("bb018", "2027-02-04T07:52", ("Ulla Bergström", "ulla.bergstrom@smedjebacken.se"),
             "anmälan dalalab smedjebacken",
             """Hej

Anmälan från Smedjebackens kommun, träffarna v. 18 och v. 48:

Bergström, Ulla (undertecknad)
Karlsson, Nils-Åke – vegetarisk
Wikander, Sofie – glutenfri

Nils-Åke och Sofie når du via mig tills vidare.

Hälsningar
Ulla Bergström
Smedjebackens kommun
""",
             X("register", [P("Ulla Bergström", "ulla.bergstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Nils-Åke Karlsson", None, "Smedjebackens kommun", diet="vegetarisk"),
                            P("Sofie Wikander", None, "Smedjebackens kommun", diet="glutenfri")], [S1, S3],
               diet="vegetarisk, glutenfri"),
             "'Efternamn, Förnamn' list including the sender ('undertecknad'); two without addresses; per-person "
             "diets; sessions only as week numbers (v. 18 = 3 May 2027, v. 48 = 29 Nov 2027)"),

        mail("bb019", "2027-03-11T15:44", ("Patrik Öberg", "patrik.oberg@malung-salen.se"),
             "Utökad anmälan DalaLab",
             """Hej Linnea,

Våra tre som är anmälda till vårträffen den 3 maj – Camilla Jonsson, Erik Öhrn och jag själv – vill nu gärna gå på höstens träffar också. Kan du lägga till oss på dem? Februariträffen får vi ta ställning till senare.

Mvh
Patrik Öberg
Malung-Sälens kommun
""",
             X("change", [P("Camilla Jonsson", None, "Malung-Sälens kommun"),
                          P("Erik Öhrn", None, "Malung-Sälens kommun"),
                          P("Patrik Öberg", "patrik.oberg@malung-salen.se", "Malung-Sälens kommun")], [S1, S2, S3]),
             "coordinator adds sessions for the whole registered team incl. himself; stated sessions after the "
             "change: 3 May + 'höstens träffar' (plural: 21/9, 29/11); February left open"),

        mail("bb020", "2027-04-06T12:09", ("Kent Mård", "kent.mard@orsa.se"),
             "Återbud 21/9 – Orsa",
             """Hej!

Tyvärr blir det ingen från Orsa på träffen i september, vi har budgetdialog med nämnden hela den dagen. Stryk därför Anna Lund och Bo Eriksson från tisdagen 21/9. Resten av träffarna gäller som tidigare.

Kent Mård
Planchef
Orsa kommun
""",
             X("cancel", [P("Anna Lund", None, "Orsa kommun"), P("Bo Eriksson", None, "Orsa kommun")], [S2]),
             "manager cancels two colleagues for one session only; other sessions stand; sender not among people"),

        mail("bb021", "2027-02-26T09:30", ("Helena Blomqvist", "helena.blomqvist@alvdalen.se"),
             "DalaLab – anmälan från Älvdalen",
             """Hej Linnea,

Tack för inbjudan! Från Älvdalens kommun kommer två personer att delta:

Martin Eliasson – martin.eliasson@alvdalen.se
Johanna Seppälä – johanna.seppala@alvdalen.se

De deltar på den första, tredje och fjärde träffen. I september är det tyvärr fullt i kalendrarna för oss alla på grund av samrådet.

Själv har jag inte möjlighet att vara med, men jag är kontaktperson om något dyker upp.

Vänliga hälsningar

Helena Blomqvist
Förvaltningschef Samhällsbyggnad
Älvdalens kommun
Dalgatan 79, 796 30 Älvdalen
Växel: 0251-310 00

-----
Detta e-postmeddelande och eventuella bilagor är endast avsett för mottagaren. Älvdalens kommun behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer på www.alvdalen.se/personuppgifter.
""",
             X("register", [P("Martin Eliasson", "martin.eliasson@alvdalen.se", "Älvdalens kommun"),
                            P("Johanna Seppälä", "johanna.seppala@alvdalen.se", "Älvdalens kommun")], [S1, S3, S4]),
             "department head registers two, not herself; ordinals 'första, tredje och fjärde'; windows-1252 body; "
             "GDPR disclaimer and street number are noise",
             charset="windows-1252"),

        mail("bb022", "2026-12-21T07:03", ("Anneli Wester", "anneli.wester@borlange.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag är tjänstledig t.o.m. den 10 januari 2027 och läser inte min e-post. Gäller det anmälningar till utbildningar och konferenser för samhällsbyggnadsförvaltningen, kontakta min kollega Stefan Ek, stefan.ek@borlange.se, 0243-740 12.

Vänliga hälsningar
Anneli Wester
Administratör
Borlänge kommun
""",
             X("auto_reply", [], []),
             "coordinator's out-of-office answering a confirmation; names a colleague and an address but is no "
             "request"),

        mail("bb023", "2027-03-05T14:55", ("Jessica Holm", "jessica.holm@falun.se"),
             "Anmälan DalaLab + reserver",
             """Hej!

Intresset för DalaLab har varit stort hos oss – vi är fem som vill vara med. Jag förstår att det är max tre per kommun, så jag har prioriterat:

1. Holm, Jessica (jag)
2. Sandström, Kalle – kalle.sandstrom@falun.se
3. Rask, Amanda – amanda.rask@falun.se

Reserver om det skulle bli plats över:
4. Nyqvist, Theo – theo.nyqvist@falun.se
5. Engström, Ylva – ylva.engstrom@falun.se

Alla fyra träffarna gäller. Amanda är vegetarian.

Hälsningar
Jessica Holm
Översiktsplanerare, Falu kommun
""",
             X("register", [P("Jessica Holm", "jessica.holm@falun.se", "Falu kommun"),
                            P("Kalle Sandström", "kalle.sandstrom@falun.se", "Falu kommun"),
                            P("Amanda Rask", "amanda.rask@falun.se", "Falu kommun", diet="vegetarian"),
                            P("Theo Nyqvist", "theo.nyqvist@falun.se", "Falu kommun"),
                            P("Ylva Engström", "ylva.engstrom@falun.se", "Falu kommun")], ALL, diet="vegetarian"),
             "quota over three handled by the sender: three prioritised + two reserves, all in priority order "
             "(the quota step registers the first three and waitlists the reserves); numbered 'Efternamn, Förnamn' "
             "list incl. the sender"),

        tg("bb024", "2027-03-18T12:37", "Anders Eld", "7730149962",
           """Hej, kan du kolla om min kollega Jenny Holmgren från Säter är anmäld? hon har inte fått nåt bekräftelsemejl""",
           X("question", [], []),
           "Telegram: coordinator asks whether a colleague is registered; no signup"),

        tg("bb025", "2027-02-12T22:48", "Lena Grahn", "6304418820",
           """hej. anmäler mig o mina kollegor mats persson o birgitta ek från ludvika till vårträffen o höstens träff. mats är glutenintolerant""",
           X("register", [P("Lena Grahn", None, "Ludvika kommun"),
                          P("Mats Persson", None, "Ludvika kommun", diet="glutenintolerant"),
                          P("Birgitta Ek", None, "Ludvika kommun")], [S1, S2, S3], diet="glutenintolerant",
             unsure=["sessions"]),
           "lower-case Telegram team signup; 'höstens träff' singular while there are two autumn sessions -> both "
           "candidates, unsure sessions; per-person diet"),

        mail("bb026", "2027-03-24T10:12", ("Sara Lindblom", "sara.lindblom@leksand.se"),
             "Komplettering specialkost",
             """Hej Linnea,

En komplettering till Leksands anmälan: Lina Åström äter vegankost och Kjell Hedin har nötallergi (svår, inga nötter alls i maten, tack). Båda är anmälda till samtliga träffar. Själv äter jag som vanligt.

Tack!
Sara Lindblom
Leksands kommun
""",
             X("change", [P("Lina Åström", None, "Leksands kommun", diet="vegankost"),
                          P("Kjell Hedin", None, "Leksands kommun", diet="nötallergi")], ALL,
               diet="vegankost, nötallergi"),
             "coordinator adds per-person diets to an existing team signup -> change for the two; sessions stated "
             "('samtliga träffar'); the sender's own registration is unchanged"),

        mail("bb027", "2027-01-14T13:35", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Anmälan till DalaLab",
             """Hej,

Vi vill anmäla två handläggare från vår förvaltning till DalaLab:

Petra Holmström, petra.holmstrom@avesta.se
Nils Granberg, nils.granberg@avesta.se

De kommer den 3/5 samt 29/11.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Avesta kommun
Box 501, 774 27 Avesta
samhallsbyggnad@avesta.se
""",
             X("register", [P("Petra Holmström", "petra.holmstrom@avesta.se", "Avesta kommun"),
                            P("Nils Granberg", "nils.granberg@avesta.se", "Avesta kommun")], [S1, S3]),
             "function mailbox registers two officers; the mailbox is not a person; '3/5 samt 29/11'"),

        mail("bb028", "2027-03-30T08:21", ("Ida Roos", "ida.roos@borlange.se"),
             "SV: DalaLab – rättelse",
             """Hej,

Rättelse till min anmälan igår: jag skrev att Oskar Berglund och Maja Frisk ska på alla träffar, men det stämmer inte – de ska bara gå på de två sista (november och februari). Jag själv går fortfarande på alla fyra.

/Ida Roos, Borlänge kommun
""",
             X("change", [P("Oskar Berglund", None, "Borlänge kommun"), P("Maja Frisk", None, "Borlänge kommun")],
               [S3, S4]),
             "correction of an earlier list's sessions for two colleagues; 'de två sista' = 29/11 + 22/2; the "
             "sender's own unchanged signup is not part of the request"),

        tg("bb029", "2027-02-17T17:05", "Jonna Wik", "5912203376",
           """En till från oss i Avesta: Leo Karlsson, leo.karlsson@avesta.se. Samma datum som för de andra, dvs 3 maj och 21 sep 👍""",
           X("register", [P("Leo Karlsson", "leo.karlsson@avesta.se", "Avesta kommun")], [S1, S2]),
           "Telegram follow-up adding one more person to an earlier team signup; the sender is not registered "
           "again"),

        mail("bb030", "2027-02-08T16:29", ("Rebecca Hartley", "rebecca.hartley@hedemora.se"),
             "Registration DalaLab – Hedemora team",
             """Dear Linnea,

Please register the following people from Hedemora municipality for DalaLab:

Dahl, Oliver – oliver.dahl@hedemora.se
Nordström, Emelie – emelie.nordstrom@hedemora.se
and myself.

We will join all the sessions except the one in September, which clashes with our council meeting.

Kind regards,
Rebecca Hartley
Strategic Planner
Hedemora kommun
""",
             X("register", [P("Oliver Dahl", "oliver.dahl@hedemora.se", "Hedemora kommun"),
                            P("Emelie Nordström", "emelie.nordstrom@hedemora.se", "Hedemora kommun"),
                            P("Rebecca Hartley", "rebecca.hartley@hedemora.se", "Hedemora kommun")], [S1, S3, S4]),
             "English with a Swedish 'Surname, Given' list plus 'and myself'; 'all except the one in September'"),

        mail("bb031", "2027-03-02T11:58", ("Roland Sund", "roland.sund@sater.se"),
             "Fjärde person från Säter?",
             """Hej Linnea,

Vi har redan tre anmälda från Säter (Kristina Ahlgren, Bengt Olausson och Elias Wahlberg). Nu har även vår nya bygglovschef Karl-Johan Brink, karl-johan.brink@sater.se, visat intresse. Jag förstår att vi är fullt, men sätt gärna upp honom på en reservlista ifall någon plats blir ledig – han kan på alla träffarna.

Tack!
Roland Sund
Samhällsbyggnadschef, Säters kommun
""",
             X("register", [P("Karl-Johan Brink", "karl-johan.brink@sater.se", "Säters kommun")], ALL),
             "quota already full: the manager asks to waitlist a fourth person -> register him (the quota step "
             "waitlists); the three already registered are named but not part of the request"),

        tg("bb032", "2027-04-08T07:44", "Annika Rydén", "6650381124",
           """hej linnea. hela gänget från hedemora (jag, Tove Rehn och Lars Viklund) måste tyvärr lämna återbud till den sista träffen, krockar med kommunfullmäktige. övriga datum står kvar!""",
           X("cancel", [P("Annika Rydén", None, "Hedemora kommun"), P("Tove Rehn", None, "Hedemora kommun"),
                        P("Lars Viklund", None, "Hedemora kommun")], [S4]),
           "Telegram: coordinator cancels herself and two colleagues for 'den sista träffen' only (22 Feb 2028)"),

        mail("bb033", "2027-03-02T09:16", ("Malin Öst", "malin.ost@vansbro.se"),
             "Anmälan DalaLab – Vansbro",
             """Hej!

Härmed anmäler jag min chef Ragnar Öhman (ragnar.ohman@vansbro.se) och mig själv till DalaLab, tisdag 21 sept och måndag 29 nov. Vi äter vegetariskt båda två.

Hälsningar
Malin Öst
Planeringssekreterare
Vansbro kommun
""",
             X("register", [P("Ragnar Öhman", "ragnar.ohman@vansbro.se", "Vansbro kommun", diet="vegetariskt"),
                            P("Malin Öst", "malin.ost@vansbro.se", "Vansbro kommun", diet="vegetariskt")],
               [S2, S3], diet="vegetariskt"),
             "secretary registers her manager and herself; weekday + abbreviated month; one diet for both"),

        mail("bb034", "2027-01-29T10:03", ("Anna-Karin Löf", "anna-karin.lof@rattvik.se"),
             "Anmälan två medarbetare",
             """Hej,

Jag vill anmäla Sara Nord (sara.nord@rattvik.se) och Erik Falk (erik.falk@rattvik.se) till DalaLab, alla fyra träffarna.

Det kan hända att jag själv också hänger med på första träffen i maj, men det vet jag inte förrän närmare. Jag återkommer i så fall.

Hälsningar
Anna-Karin Löf
Enhetschef, Rättviks kommun
""",
             X("register", [P("Sara Nord", "sara.nord@rattvik.se", "Rättviks kommun"),
                            P("Erik Falk", "erik.falk@rattvik.se", "Rättviks kommun")], ALL),
             "manager registers two; her own possible attendance in May is explicitly deferred ('återkommer') -> "
             "not registered, and 'första träffen i maj' does not narrow the colleagues' sessions"),

        mail("bb035", "2027-02-22T13:49", ("Karin Wallin", "karin.wallin@mora.se"),
             "DalaLab",
             """Hej Linnea

Anmäler härmed dessa två till vårens träff och den i februari:

Lindqvist Anna <anna.lindqvist@mora.se>; Nordin Peter <peter.nordin@mora.se>

(kopierade från Outlook så efternamnen kommer först, hoppas det går bra)

Karin Wallin
Mora kommun
""",
             X("register", [P("Anna Lindqvist", "anna.lindqvist@mora.se", "Mora kommun"),
                            P("Peter Nordin", "peter.nordin@mora.se", "Mora kommun")], [S1, S4]),
             "Outlook address-book paste 'Efternamn Förnamn <adress>;' without commas; sender not attending; "
             "'vårens träff och den i februari'; iso-8859-1 body",
             charset="iso-8859-1"),

        tg("bb036", "2027-03-27T18:20", "Hanna Björk", "5407716692",
           """Kan ni ändra så att jag och Viktor går på 29/11 istället för 21/9? /Hanna, Orsa""",
           X("change", [P("Hanna Björk", None, "Orsa kommun"), P("Viktor", None, "Orsa kommun")], [S3]),
           "Telegram session swap for the sender and a colleague known by first name only; bare swap -> only "
           "the new session"),

        mail("bb037", "2027-03-29T14:41", ("Therese Dahl", "therese.dahl@ludvika.se"),
             "Radering av personuppgifter – f.d. medarbetare",
             """Hej,

Ann-Sofie Granlund slutade hos oss i Ludvika kommun i februari. Hon var anmäld till DalaLab. Hon har bett oss se till att hennes personuppgifter tas bort hos er, både från deltagarlistan och ur era register. Kan ni bekräfta när det är gjort?

Med vänlig hälsning
Therese Dahl
HR-generalist
Ludvika kommun
""",
             X("erasure", [P("Ann-Sofie Granlund", None, "Ludvika kommun")], [], unsure=["intent"]),
             "HR requests erasure on behalf of a former employee (removal from the list AND the registers); "
             "erasure rather than cancel, but a human might check the mandate -> unsure intent"),

        mail("bb038", "2027-01-19T15:17", ("Elin Hagström", "elin.hagstrom@falun.se"),
             "Anmälan Falun/Borlänge – DalaLab",
             """Hej Linnea,

Falun och Borlänge jobbar ju ihop med den gemensamma strukturbilden, så vi tänkte anmäla oss som en grupp. Det gäller alla fyra träffarna:

Falu kommun
- Elin Hagström (jag)
- Rasmus Olsson

Borlänge kommun
- Therese Lundmark, therese.lundmark@borlange.se
- Ahmed Farah, ahmed.farah@borlange.se

Vi räknar med att detta ryms inom tre-per-kommun eftersom vi är två från vardera.

Hälsningar
Elin Hagström
Strateg, Falu kommun
""",
             X("register", [P("Elin Hagström", "elin.hagstrom@falun.se", "Falu kommun"),
                            P("Rasmus Olsson", None, "Falu kommun"),
                            P("Therese Lundmark", "therese.lundmark@borlange.se", "Borlänge kommun"),
                            P("Ahmed Farah", "ahmed.farah@borlange.se", "Borlänge kommun")], ALL),
             "two municipalities under headings; Falun colleague without address takes the heading's org; "
             "'tre-per-kommun' is a quota remark, not a number of sessions"),

        mail("bb039", "2027-02-24T10:26", ("Eva Mattsson", "eva.mattsson@gagnef.se"),
             "Anmälan till vattenplaneringsdagen 18 mars",
             """Hej!

Här kommer Gagnefs anmälan till Vattenmyndighetens regionala dag om vattenplanering den 18 mars i Borlänge:

Eva Mattsson
Linus Hed

Vi tar gärna lunch båda två.

Hälsningar
Eva
""",
             X("unknown", [], []),
             "a team signup for a different event (water-planning day 18 March) sent to the DalaLab address by "
             "mistake; not a DalaLab request -> unknown"),

        mail("bb040", "2027-04-01T09:09", ("Jörgen Sand", "jorgen.sand@ludvika.se"),
             "Byte av deltagare fr.o.m. hösten",
             """Hej,

Karin Ståhl går på tjänstledighet från augusti och kan därför bara vara med på träffen i maj. Hennes efterträdare Jesper Mård (jesper.mard@ludvika.se) tar över hennes plats på de tre träffar som återstår efter sommaren.

Mvh
Jörgen Sand
Plan- och byggchef
Ludvika kommun
""",
             X("change", [P("Karin Ståhl", None, "Ludvika kommun"),
                          P("Jesper Mård", "jesper.mard@ludvika.se", "Ludvika kommun")], [S2, S3, S4]),
             "manager: successor takes over the remaining three sessions; the replaced colleague keeps May; "
             "sessions = what the substitute takes; 'augusti' is not a session"),

        tg("bb041", "2027-01-22T11:30", "Tove Ros", "6187342250",
           """Anmäler följande från Borlänge:
- Nils Berg
- Malin Ek
- jag själv
träffarna 3.5 och 21.9""",
           X("register", [P("Nils Berg", None, "Borlänge kommun"), P("Malin Ek", None, "Borlänge kommun"),
                          P("Tove Ros", None, "Borlänge kommun")], [S1, S2]),
           "Telegram list with 'jag själv' as a list item (name from the sender); dates '3.5 och 21.9'"),

        mail("bb042", "2026-12-09T14:03", ("Per Hansson", "per.hansson@alvdalen.se"),
             "Fråga om anmälan",
             """Hej!

Jag är samordnare för kompetensutveckling på samhällsbyggnadsförvaltningen i Älvdalen. Räcker det att jag skickar in en lista med de som ska gå, eller vill ni att var och en anmäler sig själv? Och behöver ni uppgift om specialkost för alla träffarna på en gång eller inför varje träff?

Vänligen
Per Hansson
""",
             X("question", [], []),
             "coordinator's procedural question (list vs. individual signups, diets); no names, nothing booked"),

        mail("bb043", "2027-03-08T13:33", ("Malin Öst", "malin.ost@vansbro.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej igen,

Tack för bekräftelsen! Nu vill även vår nya planarkitekt Zeynep Aydın vara med, på samma två träffar som Ragnar och jag. Hennes adress är zeynep.aydin@vansbro.se. Hon har inga särskilda kostbehov.

/Malin

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 3 mars 2027 14:10
Till: Malin Öst <malin.ost@vansbro.se>
Kopia: Ragnar Öhman <ragnar.ohman@vansbro.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Malin!

Tack för er anmälan. Följande är registrerat:

Ragnar Öhman – tisdag 21 september 2027, måndag 29 november 2027 – vegetarisk
Malin Öst – tisdag 21 september 2027, måndag 29 november 2027 – vegetarisk

Välkomna!
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Zeynep Aydın", "zeynep.aydin@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "follow-up adding one person on top of an Outlook-quoted confirmation; 'samma två träffar' resolves "
             "only through the quoted confirmation (21/9, 29/11); quoted people and diets are not part of the "
             "request; dotless ı in the name"),

        mail("bb044", "2027-04-09T16:50", ("Camilla Hed", "camilla.hed@gagnef.se"),
             "Avanmälan",
             """Hej Linnea,

Jag måste tyvärr lämna min plats i DalaLab – jag har fått ett nytt uppdrag som tar all min tid under året. Kalle Brandt och Ida Sundin, som jag anmälde samtidigt, går som planerat.

Vänliga hälsningar
Camilla Hed
Gagnefs kommun
""",
             X("cancel", [P("Camilla Hed", "camilla.hed@gagnef.se", "Gagnefs kommun")], ALL),
             "coordinator cancels only herself; the colleagues she registered 'går som planerat' and are not part "
             "of the request; no session named -> all four"),

        tg("bb045", "2027-03-12T08:58", "Emma Clarke", "7098125543",
           """Hi! Quick update from Region Dalarna: Lisa Berg replaces Tom Hill for the whole series. Lisa's email is lisa.berg@regiondalarna.se. Thanks!""",
           X("change", [P("Tom Hill", None, "Region Dalarna"),
                        P("Lisa Berg", "lisa.berg@regiondalarna.se", "Region Dalarna")], ALL),
           "English Telegram substitution by a coordinator (not herself involved); 'the whole series' = all four"),
    ]
