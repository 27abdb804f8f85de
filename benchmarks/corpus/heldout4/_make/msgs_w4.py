from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INVITATION = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:00
Till: planerare-dalarna@lists.regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser till ett lärprojekt i fyra träffar, alla i Falun kl. 10.00–15.00 (fika från 09.30):

1. 3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är 14 april 2027.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        # ------------------------------------------------------------------ register (30)
        mail("s001", "2027-01-18T09:12:00", ("Gunilla Westberg", "gunilla.westberg@lansstyrelsen.se"),
             "Anmälan till lärprojektet DalaLab – Länsstyrelsen Dalarna",
             """Till Region Dalarna
Att: Linnea Hassis

Härmed anmäls följande medarbetare vid Länsstyrelsen Dalarna, enheten för samhällsplanering och kulturmiljö, till samtliga fyra tillfällen inom lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft:

Anders Mattsson, planhandläggare, anders.mattsson@lansstyrelsen.se
Hodan Warsame, handläggare regional tillväxt och bostadsförsörjning, hodan.warsame@lansstyrelsen.se

Anmälan görs av undertecknad i egenskap av enhetschef. Själv har jag inte möjlighet att delta, men ser fram emot att ta del av dokumentationen från träffarna.

Eventuella frågor om anmälan kan ställas till mig.

Med vänlig hälsning

Gunilla Westberg
Enhetschef
Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna

Besöksadress: Åsgatan 38, Falun, rum 4.112
Telefon: 010-225 00 00 (vxl), direkt 010-225 03 47
Under perioden 8–19 februari nås jag endast via mobil 070-318 44 92.

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna.""",
             X("register", [P("Anders Mattsson", "anders.mattsson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Hodan Warsame", "hodan.warsame@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "formal 'Härmed anmäls' letter from a county unit head who does not attend; two staff with addresses; "
             "signature with room number, phone numbers and an absence period in February"),

        mail("s002", "2027-02-03T14:30:00", ("Margareta Öhman", "margareta.ohman@regiondalarna.se"),
             "DalaLab – anmälan samt behov av hörslinga",
             """Hej,

Med anledning av inbjudan till DalaLab som gick ut via nätverket för översiktsplanerare vill jag anmäla mitt deltagande vid två av tillfällena: den 3 maj och den 22 februari. De två mellersta tillfällena krockar tyvärr med vår egen verksamhetsplanering.

Jag bär hörapparat och skulle behöva att lokalen har hörslinga, alternativt att talarna använder mikrofon. Jag sitter gärna längst fram om det underlättar.

Tack på förhand.

Vänliga hälsningar
Margareta Öhman
Utvecklingsstrateg, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00 • Mobil 072-581 17 06
Arbetar deltid: måndag, tisdag och torsdag""",
             X("register", [P("Margareta Öhman", "margareta.ohman@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "'Med anledning av inbjudan' from regional staff; two sessions named; hearing loop need (not a diet)"),

        mail("s003", "2027-01-11T16:05:00", ("Ingrid Solberg-Nyström", "ingrid.solberg-nystrom@whitearkitekter.com"),
             "Deltagande i DalaLab för Rättviks kommuns räkning",
             """Hej,

Jag är arkitekt och arbetar sedan i höstas som konsult åt Rättviks kommun med framtagandet av den nya översiktsplanen. Planchefen Bengt Ohlsson har bett mig delta i DalaLab på kommunens vägnar, så att arbetet med planeringsstrategin hänger ihop med det vi gör i ÖP:n. Bengt själv kommer inte att delta.

Jag anmäler mig därför till lärprojektets samtliga träffar, och tar alltså en av kommunens platser.

Bengt är kopierad – hör gärna av er till honom om något behöver stämmas av med kommunen.

Vänliga hälsningar

Ingrid Solberg-Nyström
Arkitekt SAR/MSA, Planering och urban utveckling
White Arkitekter AB
Östgötagatan 100, Stockholm
+46 8 402 25 00 | +46 70 611 93 27
whitearkitekter.com""",
             X("register", [P("Ingrid Solberg-Nyström", "ingrid.solberg-nystrom@whitearkitekter.com", "Rättviks kommun")], ALL),
             "architect consultant (whitearkitekter.com) attending for Rättviks kommun; the municipality's planning "
             "chief named but not attending; Stockholm office in the signature"),

        mail("s004", "2027-02-22T10:40:00", ("Katarzyna Nowak", "katarzyna.nowak@ludvika.se"),
             "Registration DalaLab – Ludvika (2 persons)",
             """Dear Linnea,

My Swedish is still a work in progress, so I hope English is okay.

I would like to register myself and my colleague Tomasz Wiśniewski (tomasz.wisniewski@ludvika.se) for DalaLab. We can both come to the first two meetings, 3 May and 21 September. For the later ones we will know after the summer when our new organisation is in place, so please don't register us for November and February yet.

Tomasz is vegetarian. I eat everything.

Best regards,
Katarzyna Nowak
Urban planner | Samhällsbyggnadsförvaltningen
Ludvika kommun
+46 240 860 00""",
             X("register", [P("Katarzyna Nowak", "katarzyna.nowak@ludvika.se", "Ludvika kommun"),
                            P("Tomasz Wiśniewski", "tomasz.wisniewski@ludvika.se", "Ludvika kommun", "vegetarian")],
               [S1, S2], "vegetarian"),
             "English from international staff; self + colleague; two sessions, the later ones explicitly not yet; "
             "diet for the colleague only"),

        mail("s005", "2027-01-26T08:02:00", ("Shirin Rahimi", "shirin.rahimi@borlange.se"), "anmälan till DalaLab",
             """Hej Linnea

Jag heter Shirin Rahimi och jobbar som planeringsarkitekt på Borlänge kommun sedan januari. Innan jag jobbade i Iran med stadsplanering i tio år. Min chef Lars säger att det är bra för mig att delta i DalaLab för att lära om översiktsplan i Sverige.

Jag vill gärna komma på alla träffar. Om mat: jag äter ej griskött.

Ursäkta om min svenska har fel.

Tack och hälsningar
Shirin""",
             X("register", [P("Shirin Rahimi", "shirin.rahimi@borlange.se", "Borlänge kommun", "ej griskött")], ALL,
               "ej griskött"),
             "Swedish as a second language; 'alla träffar'; diet stated as 'ej griskött'; boss named but not attending"),

        mail("s006", "2027-03-02T11:21:00", ("Annika Bergström", "annika.bergstrom@avesta.se"), "SV: Anmälan DalaLab",
             """Svar på din fråga: ja, hon kommer på alla fyra. Fatimas adress är fatima.yusuf@avesta.se.

/Annika

Skickat från min iPhone

> 1 mars 2027 kl. 15:47 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Annika,
>
> Tack för din anmälan, du är registrerad till alla fyra tillfällena. Du nämnde att Fatima Yusuf på er enhet också är intresserad – ska jag anmäla henne till alla fyra tillfällena, eller bara till träffen den 3 maj?
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
""",
             X("register", [P("Fatima Yusuf", "fatima.yusuf@avesta.se", "Avesta kommun")], ALL),
             "one-line answer to the organiser's quoted question; the colleague is named only in the quote; the sender "
             "is already registered and not among the people"),

        mail("s007", "2027-02-15T13:55:00", ("Petter Grahn", "petter.grahn@hedemora.se"),
             "Komplettering av anmälan – glömde en kollega",
             """Hej igen Linnea,

Jag skickade in en anmälan förra veckan för min egen del, men glömde att få med min kollega Amra Hodžić, som också ska vara med. Hon ska gå på samma träffar som jag, det vill säga 21/9 och 29/11.

Hennes mejl: amra.hodzic@hedemora.se

Ber om ursäkt för krånglet!

Petter Grahn
Mark- och exploateringsingenjör
Hedemora kommun | 0225-341 22""",
             X("register", [P("Amra Hodžić", "amra.hodzic@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "follow-up adding a forgotten colleague; the sender's own earlier signup stands and is not part of this"),

        mail("s008", "2027-01-20T17:34:00", ("Birgitta Sahlin", "birgitta.sahlin@mora.se"),
             "Diverse – GIS-nätverket, rapporten och lite till",
             """Hej hej Linnea!

Grattis till nya tjänsten, vad roligt att det blev du! Jag hörde det från Kerstin på länsstyrelsen i förra veckan.

Några saker på en gång, så slipper du tre mejl från mig:

1. GIS-nätverket: vi har flyttat vårträffen från 11 mars till 25 mars pga sportlovet. Lokalen är densamma (Mora kommunhus, sal Zorn). Kan du lägga in det i regionens kalender?

2. Rapporten om befolkningsprognoser som ni skickade ut före jul – finns den i ett redigerbart format? Vi skulle vilja citera några tabeller i vårt planeringsunderlag till ÖP 2030.

3. Vi håller på att rekrytera en ny trafikplanerare. Om du känner någon lämplig får du gärna tipsa. Annonsen ligger ute till 15 februari.

4. Förresten – anmäl mig gärna till DalaLab, alla gångerna. Det ser väldigt bra ut.

5. Och slutligen: tack för fikat sist, kanelbullarna var fantastiska. Receptet?

Ha en fin vecka!

Birgitta

Birgitta Sahlin
Planarkitekt, Mora kommun
Kommunhuset, rum 217
0250-260 00""",
             X("register", [P("Birgitta Sahlin", "birgitta.sahlin@mora.se", "Mora kommun")], ALL),
             "long chatty mail about other business with the signup in one numbered line; other dates (11/25 March, "
             "15 Feb) are not sessions"),

        mail("s009", "2027-02-09T09:47:00", ("Ahmed Al-Sayed", "ahmed.al-sayed@gagnef.se"), "Anmälan, Gagnef",
             """God morgon,

Undertecknad anmäler sig till höstens båda DalaLab-träffar, den 21 september och den 29 november. Våren blir för full för min del.

Med vänlig hälsning

Ahmed Al-Sayed
Översiktsplanerare
Gagnefs kommun
Rum B214, kommunhuset i Djurås
Tfn 0241-515 00
Jag arbetar måndag–torsdag. Ledig 2–6 maj 2027.
Nästa samrådsmöte om ÖP Gagnef: 14 juni 2027, kl. 18.00, Gagnefs bygdegård.""",
             X("register", [P("Ahmed Al-Sayed", "ahmed.al-sayed@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "'Undertecknad anmäler sig'; signature has a leave period spanning 3 May, a room number and a June meeting"),

        mail("s010", "2027-03-15T10:03:00", ("Lina Karjalainen", "lina.karjalainen@smedjebacken.se"),
             "VB: DalaLab – vem går?",
             """Linnea – jag skickar vidare vår interna tråd så du ser läget. Jag tar en av våra platser: anmäl mig till 3 maj och 22 februari. Mats och Sofia skriver själva när de har bestämt sig.

/Lina Karjalainen, Smedjebackens kommun

-----Ursprungligt meddelande-----
Från: Mats Öberg <mats.oberg@smedjebacken.se>
Skickat: den 12 mars 2027 14:22
Till: Lina Karjalainen <lina.karjalainen@smedjebacken.se>; Sofia Brandt <sofia.brandt@smedjebacken.se>
Ämne: SV: DalaLab – vem går?

Jag kan nog ta alla fyra, men måste kolla med Christer först om budgeten. Sofia, du sa september?

-----Ursprungligt meddelande-----
Från: Sofia Brandt <sofia.brandt@smedjebacken.se>
Skickat: den 12 mars 2027 09:10
Till: Mats Öberg <mats.oberg@smedjebacken.se>; Lina Karjalainen <lina.karjalainen@smedjebacken.se>
Ämne: DalaLab – vem går?

Hej båda! Vi har tre platser till DalaLab. Jag är sugen på 21 september (utvecklingsinriktning), kanske 29 november också. Ska vi anmäla oss tillsammans? Sista dag är 14 april.

Sofia""",
             X("register", [P("Lina Karjalainen", "lina.karjalainen@smedjebacken.se", "Smedjebackens kommun")], [S1, S4]),
             "signup on top of a forwarded internal thread where colleagues discuss other dates; the quoted part does "
             "not count; colleagues will write themselves"),

        mail("s011", "2027-03-08T15:12:00", ("Elin Hammarström", "elin.hammarstrom@falun.se"),
             "Anmälan Falu kommun – tre deltagare",
             """Hejsan Linnea,

Här kommer Falu kommuns anmälan till DalaLab. Vi är tre från stadsbyggnadsförvaltningen:

Namn               | Roll               | E-post                      | Träffar      | Kost
-------------------+--------------------+-----------------------------+--------------+-----------
Elin Hammarström   | Översiktsplanerare | elin.hammarstrom@falun.se   | alla fyra    | –
Niklas Pettersson  | Trafikplanerare    | niklas.pettersson@falun.se  | 21/9, 29/11  | laktosfri
Thuy Nguyen        | Landskapsarkitekt  | thuy.nguyen@falun.se        | alla fyra    | vegetarisk

Niklas använder rullstol – finns det hiss eller entré utan trappor till lokalen?

Tack!
Elin Hammarström
Stadsbyggnadsförvaltningen, Falu kommun
Stadshuset, Slottsgatan 1, rum 3:08
023-830 00""",
             X("register", [P("Elin Hammarström", "elin.hammarstrom@falun.se", "Falu kommun"),
                            P("Niklas Pettersson", "niklas.pettersson@falun.se", "Falu kommun", "laktosfri"),
                            P("Thuy Nguyen", "thuy.nguyen@falun.se", "Falu kommun", "vegetarisk")],
               ALL, "laktosfri, vegetarisk"),
             "team of three in a plain-text table with per-person sessions and diets (sessions = union); wheelchair "
             "question buried in the signup -> register"),

        mail("s012", "2027-03-22T11:45:00", ("Siriporn Chaiyasit", "siriporn.chaiyasit@regiondalarna.se"),
             "Anmälan från Regional utveckling (5 personer)",
             """<html><body>
<p>Hej,</p>
<p>Vi från avdelningen Regional utveckling vill anmäla oss till DalaLab, samtliga fyra träffar. Uppgifterna nedan:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Kost</th><th>Övrigt</th></tr>
<tr><td>Siriporn Chaiyasit</td><td>siriporn.chaiyasit@regiondalarna.se</td><td></td><td></td></tr>
<tr><td>Erik Mård</td><td>erik.mard@regiondalarna.se</td><td>glutenfri</td><td></td></tr>
<tr><td>Noor Hamdan</td><td>noor.hamdan@regiondalarna.se</td><td></td><td>Rullstol – behöver parkering nära entrén</td></tr>
<tr><td>Jukka Lehtonen</td><td>jukka.lehtonen@regiondalarna.se</td><td>laktosfri</td><td></td></tr>
<tr><td>Annelie Bergkvist</td><td>annelie.bergkvist@regiondalarna.se</td><td></td><td>Kan bara stanna till lunch den 3 maj</td></tr>
</table>
<p>Vänliga hälsningar,<br>
Siriporn Chaiyasit<br>
Analytiker, Regional utveckling<br>
Region Dalarna<br>
Tel 023-49 00 00</p>
</body></html>""",
             X("register", [P("Siriporn Chaiyasit", "siriporn.chaiyasit@regiondalarna.se", "Region Dalarna"),
                            P("Erik Mård", "erik.mard@regiondalarna.se", "Region Dalarna", "glutenfri"),
                            P("Noor Hamdan", "noor.hamdan@regiondalarna.se", "Region Dalarna"),
                            P("Jukka Lehtonen", "jukka.lehtonen@regiondalarna.se", "Region Dalarna", "laktosfri"),
                            P("Annelie Bergkvist", "annelie.bergkvist@regiondalarna.se", "Region Dalarna")],
               ALL, "glutenfri, laktosfri"),
             "HTML-only table, team of five from the region (no quota); per-person diets; wheelchair and leaving-early "
             "notes are not diets",
             html=True),

        mail("s013", "2027-02-01T12:30:00", ("Emir Begović", "emir.begovic@sater.se"), "DalaLab 3 maj – Säter",
             """Tjenare Linnea,

Vi anmäler oss härmed, Emir Begović och Johanna Tallberg (johanna.tallberg@sater.se), båda Säters kommun, till första träffen den 3 maj. Finns det parkering vid lokalen eller är det bättre att ta tåget? Vi kommer i vilket fall att samåka från Säter.

Hälsningar
Emir""",
             X("register", [P("Emir Begović", "emir.begovic@sater.se", "Säters kommun"),
                            P("Johanna Tallberg", "johanna.tallberg@sater.se", "Säters kommun")], [S1]),
             "two people in one sentence; parking question after the signup -> register"),

        mail("s014", "2027-03-29T08:50:00", ("Tove Lindell", "tove.lindell@leksand.se"), "Anmälan + allergier",
             """Godmorgon,

Leksands kommun anmäler två deltagare till alla fyra DalaLab-tillfällena:

• Tove Lindell, planarkitekt (jag) – svår nötallergi, även spår av nötter
• Karim Haddad, samhällsplanerare, karim.haddad@leksand.se – laktosintolerant

Kan ni meddela cateringen i god tid? Jag har med mig egen adrenalinpenna men vill helst slippa använda den :)

Mvh
Tove Lindell
Leksands kommun
Tel 0247-800 00 | Kansligatan 12, Leksand""",
             X("register", [P("Tove Lindell", "tove.lindell@leksand.se", "Leksands kommun", "nötallergi"),
                            P("Karim Haddad", "karim.haddad@leksand.se", "Leksands kommun", "laktosintolerant")],
               ALL, "nötallergi, laktosintolerant"),
             "bullet list with a diet per person, '(jag)' marks the sender; severe nut allergy"),

        mail("s015", "2027-01-05T19:20:00", ("Matthias Krüger", "matthias.kruger@malung-salen.se"),
             "Registration for DalaLab sessions 2 and 3",
             """Dear Ms Hassis,

I am writing to register for the DalaLab learning project. I joined the planning department of Malung-Sälens kommun in November and work mainly with the comprehensive plan for the Sälen mountain area.

I would like to attend the sessions on 21 September and 29 November 2027. Unfortunately the session in May coincides with the end of the ski season, which is our busiest period, and I expect the same in February.

I use a wheelchair. Could you please confirm that the venue in Falun is step-free, and let me know whether there is accessible parking nearby?

Kind regards,

Matthias Krüger
Planning architect
Malung-Sälens kommun
Tel. +46 280 181 00
Room 12, Kommunhuset Malung""",
             X("register", [P("Matthias Krüger", "matthias.kruger@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "formal English from international staff; two sessions named, May and February mentioned as not possible; "
             "wheelchair access question inside the signup"),

        mail("s016", "2027-02-17T20:11:00", ("Kaisa Mäkinen", "kaisa.makinen@hotmail.com"), "Re: DalaLab",
             """Svar på din fråga: jag jobbar på Älvdalens kommun, på samhällsbyggnad. Min jobbmejl strular just nu, därför skrev jag från hotmail. Anmälan gäller bara mig, och alla fyra träffarna.

Kaisa

Den tis 16 feb. 2027 kl 09:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Kaisa!
> Tack för ditt mejl. För att kunna registrera dig behöver jag veta vilken organisation du representerar – kan du svara på det?
> /Linnea
>
> Den mån 15 feb. 2027 kl 22:40 skrev Kaisa Mäkinen <kaisa.makinen@hotmail.com>:
>> Hej, jag vill gärna vara med i DalaLab! /Kaisa
""",
             X("register", [P("Kaisa Mäkinen", "kaisa.makinen@hotmail.com", "Älvdalens kommun")], ALL),
             "answer to the organiser's question about the organisation; private address; the quoted first mail is "
             "her earlier incomplete signup; this reply completes it"),

        mail("s017", "2027-03-04T13:13:00", ("Abdirahman Yusuf", "abdirahman.yusuf@regiondalarna.se"),
             "DalaLab 22 februari",
             """Hej Linnea,

Jag jobbar med kollektivtrafik och tillgänglighet på Region Dalarna. Jag såg att sista träffen i DalaLab, 22 februari 2028, handlar om rumslig närhet och mobilitet, det är precis mitt område. Jag vill vara med på den träffen. De andra är inte så nära mitt jobb, så bara den.

Mvh
Abdirahman Yusuf
Trafikplanerare, Kollektivtrafikförvaltningen
Region Dalarna""",
             X("register", [P("Abdirahman Yusuf", "abdirahman.yusuf@regiondalarna.se", "Region Dalarna")], [S4]),
             "Swedish as a second language; one session named by date and theme, 'bara den'"),

        mail("s018", "2026-12-14T10:15:00", ("Sven-Olof Dahl", "sven-olof.dahl@vansbro.se"), "Anmälan DalaLab",
             """Till Region Dalarna, att. Linnea Hassis

Undertecknad, Sven-Olof Dahl, planeringschef vid Vansbro kommun, anmäler sig härmed till det första och det tredje tillfället i lärprojektet DalaLab, dvs. den 3 maj och den 29 november 2027.

Specialkost: diabeteskost (gärna sockerfritt alternativ till förmiddagsfikat).

Högaktningsfullt
Sven-Olof Dahl
Planeringschef
Vansbro kommun
Tfn 0281-750 00
Semester vecka 28-31.""",
             X("register", [P("Sven-Olof Dahl", "sven-olof.dahl@vansbro.se", "Vansbro kommun", "diabeteskost")],
               [S1, S3], "diabeteskost"),
             "old-fashioned formal letter in iso-8859-1; sessions by ordinal and date; diet 'diabeteskost'; holiday "
             "weeks in the signature", charset="iso-8859-1"),

        mail("s019", "2027-01-29T15:40:00", ("Nattapong Srisuk", "nattapong.srisuk@orsa.se"),
             "DalaLab registration / anmälan",
             """Hello / Hej,

I am Nattapong, new GIS engineer at Orsa kommun since October. My manager forwarded the DalaLab invitation to me. Jag vill gärna delta på all four meetings, if possible. My Swedish is SFI level D so I understand most, but I write better in English :)

Thank you so much,
Nattapong Srisuk
GIS-ingenjör | Orsa kommun
Dalagatan 1, Orsa""",
             X("register", [P("Nattapong Srisuk", "nattapong.srisuk@orsa.se", "Orsa kommun")], ALL),
             "mixed English/Swedish from a new international employee; 'all four meetings'"),

        mail("s020", "2027-03-18T07:58:00", ("Maria Kowalczyk", "maria.kowalczyk@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Vi kommer två från Avesta på höstens träffar: jag och Linus Åström (linus.astrom@avesta.se).\n\n"
             "Maria Kowalczyk\nAvesta kommun\n\n" + INVITATION,
             X("register", [P("Maria Kowalczyk", "maria.kowalczyk@avesta.se", "Avesta kommun"),
                            P("Linus Åström", "linus.astrom@avesta.se", "Avesta kommun")], [S2, S3]),
             "one-line reply over the quoted invitation listing all four dates; 'höstens träffar' (plural) = Sep + Nov"),

        mail("s021", "2027-02-25T14:02:00", ("Per-Erik Sandgren", "per-erik.sandgren@lansstyrelsen.se"),
             "Länsstyrelsen Dalarnas deltagande i DalaLab",
             """<html><body style="font-family:Arial">
<p>Region Dalarna<br>Att: Linnea Hassis</p>
<p><b>Ang. deltagande i lärprojektet DalaLab</b></p>
<p>Med anledning av er inbjudan daterad den 1 december 2026 får jag härmed meddela att Länsstyrelsen Dalarna avser att delta med en representant, undertecknad, vid tillfällena den 3 maj 2027 och den 21 september 2027.</p>
<p>Länsstyrelsen har även för avsikt att medverka vid tillfället den 29 november 2027. Deltagare för det tillfället är ännu inte utsedd och kommer att anmälas separat.</p>
<p>Med vänlig hälsning</p>
<p>Per-Erik Sandgren<br>
Samordnare fysisk planering<br>
Länsstyrelsen Dalarna<br>
010-225 00 00<br>
Dnr 400-1187-2027</p>
</body></html>""",
             X("register", [P("Per-Erik Sandgren", "per-erik.sandgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "HTML-only formal county letter 'Med anledning av er inbjudan'; 29 Nov mentioned for a not yet named "
             "participant who will be registered separately",
             html=True),

        mail("s022", "2027-04-06T16:45:00", ("Karin Dahlberg", "karin.dahlberg@mora.se"), "DalaLab – Mora kommuns deltagare",
             """Hej,

Sent omsider kommer Moras anmälan. Vi blir tre:

Karin Dahlberg / översiktsplanerare / karin.dahlberg@mora.se
Reza Mohammadi / trafikstrateg / reza.mohammadi@mora.se
Tuulikki Heikkinen / miljöstrateg / (ingen e-post här, hon nås via mig)

Karin och Reza går på alla fyra, Tuulikki bara den sista, 22/2, eftersom hon är föräldraledig under hösten.

Trevlig helg när den kommer!
Karin""",
             X("register", [P("Karin Dahlberg", "karin.dahlberg@mora.se", "Mora kommun"),
                            P("Reza Mohammadi", "reza.mohammadi@mora.se", "Mora kommun"),
                            P("Tuulikki Heikkinen", None, "Mora kommun")], ALL),
             "team of three as slash-separated lines; one without an address; per-person sessions (union = all four); "
             "sender refers to herself in the third person"),

        mail("s023", "2027-03-10T08:20:00", ("Göran Hedlund", "goran.hedlund@borlange.se"), "VB: DalaLab?",
             """Linnea, Nina nedan vill gärna gå och jag har sagt ja. Kan du anmäla henne till de träffar hon skriver?

Göran Hedlund
Avdelningschef Planering, Borlänge kommun

Från: Nina Sjöberg <nina.sjoberg@borlange.se>
Skickat: den 9 mars 2027 16:03
Till: Göran Hedlund <goran.hedlund@borlange.se>
Ämne: DalaLab?

Hej Göran,
Får jag gå på DalaLab? Jag skulle vilja gå 3 maj och 21 sep, de två andra kolliderar med vår ÖP-utställning. Det är gratis förutom resan.
/Nina""",
             X("register", [P("Nina Sjöberg", "nina.sjoberg@borlange.se", "Borlänge kommun")], [S1, S2]),
             "manager forwards an employee's request; person and sessions only in the forwarded part, which here IS "
             "the content of the signup ('de träffar hon skriver'); manager not attending"),

        mail("s024", "2027-01-14T21:48:00", ("Olof Wiklander", "olof.wiklander@hedemora.se"),
             "Tankar om planeringsstrategi – och en anmälan",
             """Bästa Linnea,

Tack för en genomtänkt inbjudan. Jag har arbetat som stadsarkitekt i Hedemora i snart femton år och har följt ÖP-modellens framväxt på nära håll, och jag kan inte låta bli att dela några reflektioner.

När planeringsstrategin infördes i plan- och bygglagen 2020 såg många av oss den som ytterligare ett dokument att ta fram. Jag tror att det var en missuppfattning. I en kommun som vår, med en stad och flera bruksorter – Långshyttan, Vikmanshyttan, Garpenberg – är frågan om utvecklingsinriktning inte teoretisk. Den handlar om var skolan ska ligga om tjugo år, om vi ska förtäta runt stationen eller låta bruksorterna växa, och hur vi ska förhålla oss till gruvnäringens expansion.

Det vi saknat är ett sätt att prata om detta över förvaltningsgränserna, och där tror jag att ett regionalt lärprojekt kan göra skillnad. Jag hoppas att ni i programmet också tar upp hur planeringsstrategin kan kopplas till budgetprocessen – där avgörs ju i praktiken vad som blir av översiktsplanens intentioner.

Jag anmäler därför mig själv till samtliga tillfällen.

Till sist ett tips: Boverkets vägledning om aktualitetsprövning är bra, men den skulle må väl av exempel från mindre kommuner. Kanske något att ta upp med dem inför första träffen?

Med vänliga hälsningar

Olof Wiklander
Stadsarkitekt
Hedemora kommun
Tel 0225-340 00""",
             X("register", [P("Olof Wiklander", "olof.wiklander@hedemora.se", "Hedemora kommun")], ALL),
             "long reflective letter by a city architect; the signup is one sentence in the middle; '2020' and place "
             "names are not sessions"),

        mail("s025", "2027-02-11T11:11:00", ("Helena Gustafsson", "helena.gustafsson@ludvika.se"), "DalaLab maj",
             """Hallå,

Skriv upp mig på maj-träffen, tack! (Den med Boverket.)

Helena Gustafsson
Planhandläggare
Ludvika kommun | Samhällsbyggnad
Direkt: 0240-862 17 | Mobil: 073-094 55 10 | Växel: 0240-860 00
Besök: Carlavägen 8, plan 3, rum 318

*** Välkommen till Ludvika kommuns Planeringsdag 29 november 2027 – anmälan öppnar i september! ***

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du fått det av misstag, meddela avsändaren och radera meddelandet.""",
             X("register", [P("Helena Gustafsson", "helena.gustafsson@ludvika.se", "Ludvika kommun")], [S1]),
             "short signup for May; a signature banner advertises another event on 29 Nov (a session date) - not "
             "part of the signup; room and several phone numbers"),

        tg("s026", "2027-01-21T09:00:00", "Hanna Lindgren", 5011223344,
           """God dag.

Jag heter Hanna Lindgren och arbetar som samhällsplanerare vid Rättviks kommun. Härmed önskar jag anmäla mig till samtliga fyra tillfällen inom DalaLab.

Med vänlig hälsning
Hanna Lindgren""",
           X("register", [P("Hanna Lindgren", None, "Rättviks kommun")], ALL),
           "Telegram written like a formal letter"),

        tg("s027", "2027-02-28T18:22:00", "Mirela K", 6120987755,
           """Hej. Angående DalaLab.

Jag har pratat med min chef och vi är överens om att jag deltar.

Datum: 21/9 och 29/11.
Kost: glutenfri.

Mirela Kovačević
Falu kommun, miljöförvaltningen""",
           X("register", [P("Mirela Kovačević", None, "Falu kommun", "glutenfri")], [S2, S3], "glutenfri"),
           "Telegram in letter form with a signature; display name abbreviated, full name in the text"),

        tg("s028", "2027-03-12T13:37:00", "Daniel O'Connor", 7033451209,
           """Good afternoon. This is Daniel O'Connor, senior planner at Region Dalarna (infrastructure unit). I would like to register for the first DalaLab session on 3 May. I use a wheelchair, so I would be grateful if you could confirm that the venue is accessible. Many thanks.""",
           X("register", [P("Daniel O'Connor", None, "Region Dalarna")], [S1]),
           "English Telegram, apostrophe in the surname; wheelchair need (not a diet)"),

        tg("s029", "2027-04-02T10:05:00", "Ulla Persson", 5550012876,
           """Anmälan från Vansbro kommun till DalaLab, alla fyra träffarna:
1. Ulla Persson, planeringsarkitekt
2. Kalle Nordin, bygglovshandläggare
3. Amina Hassan, miljöinspektör
Jag (Ulla) är vegetarian, de andra äter allt.
Tack på förhand /Ulla""",
           X("register", [P("Ulla Persson", None, "Vansbro kommun", "vegetarian"),
                          P("Kalle Nordin", None, "Vansbro kommun"),
                          P("Amina Hassan", None, "Vansbro kommun")], ALL, "vegetarian"),
           "Telegram team signup as a numbered list; the sender is one of three; her diet only"),

        tg("s030", "2027-03-25T15:50:00", "Per-Anders Rask", 6899001122,
           """Linnea, skriv upp mig på novemberträffen är du snäll (Orsa kommun). En fråga bara: blir det möjligt att följa den digitalt om det är snöoväder? Mvh Per-Anders""",
           X("register", [P("Per-Anders Rask", None, "Orsa kommun")], [S3]),
           "Telegram signup with a side question -> register; 'novemberträffen'"),

        # ------------------------------------------------------------------ change (9)
        mail("s031", "2027-03-03T09:30:00", ("Ulrika Engström", "ulrika.engstrom@regiondalarna.se"),
             "Ändring av anmälan – DalaLab",
             """Bästa Linnea,

Med anledning av ändrade arbetsuppgifter i höst önskar jag ändra min anmälan. I stället för tillfället den 21 september deltar jag gärna den 22 februari 2028. Min anmälan till den 3 maj kvarstår som tidigare.

Tack för hjälpen.

Ulrika Engström
Folkhälsostrateg, Region Dalarna
023-49 00 00""",
             X("change", [P("Ulrika Engström", "ulrika.engstrom@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "formal swap with the kept session stated -> full set after the change: 3 May + 22 Feb"),

        mail("s032", "2027-03-19T14:14:00", ("Lars Ekholm", "lars.ekholm@lansstyrelsen.se"),
             "Överlåtelse av plats i DalaLab",
             """Till Region Dalarna

Härmed meddelas att min tjänstgöring vid Länsstyrelsen Dalarna upphör den 31 mars 2027, då jag går i pension. Min anmälan till lärprojektet DalaLab (samtliga tillfällen) överlåts därför till min efterträdare, Ewa Nilsson, ewa.nilsson@lansstyrelsen.se, som deltar vid samtliga fyra tillfällen i mitt ställe.

Det har varit ett nöje att samarbeta med er under åren.

Med vänlig hälsning
Lars Ekholm
Planeringsarkitekt
Länsstyrelsen Dalarna
Rum 2.07, tfn 010-225 01 19
Sista arbetsdag 31 mars 2027""",
             X("change", [P("Lars Ekholm", "lars.ekholm@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Ewa Nilsson", "ewa.nilsson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "formal substitution ('överlåts till min efterträdare'); the substitute takes all four"),

        mail("s033", "2027-04-01T11:02:00", ("Åsa Hellström", "asa.hellstrom@falun.se"), "Tillägg kostuppgift DalaLab",
             """Hej,

Ett tillägg till Falu kommuns anmälan: vår kollega Jonas Eriksson (jonas.eriksson@falun.se), som är anmäld till alla fyra träffarna, har nyligen fått diagnosen celiaki och behöver därför glutenfri kost. Övriga uppgifter är oförändrade.

Vänligen
Åsa Hellström
Administratör, Stadsbyggnadsförvaltningen
Falu kommun""",
             X("change", [P("Jonas Eriksson", "jonas.eriksson@falun.se", "Falu kommun", "glutenfri")], ALL, "glutenfri"),
             "administrator adds a diet for a registered colleague -> change; sender not among the people"),

        mail("s034", "2027-02-19T07:15:00", ("Jari Mäkelä", "jari.makela@smedjebacken.se"), "Change of session",
             """Hi Linnea,

Sorry for the trouble. I registered for the 3 May session, but I've just been told I need to present at a conference in Tampere that same day. Would it be possible to switch to 21 September instead? I was only registered for May, so that would be my only session.

Kiitos / tack!
Jari Mäkelä
Planning engineer, Smedjebackens kommun""",
             X("change", [P("Jari Mäkelä", "jari.makela@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "English swap phrased as a polite question; only session after the change is 21 Sep"),

        mail("s035", "2027-01-12T12:48:00", ("Yasmin Al-Khatib", "yasmin.al-khatib@gagnef.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Tack för bekräftelsen! Nu när jag ser den inser jag att jag skrev fel i min anmälan – det var 29 november jag menade, inte 21 september. 3 maj stämmer. Kan du rätta det?

Yasmin

-----Ursprungligt meddelande-----
Från: DalaLab anmälan <anmalan@dalalab.example>
Skickat: den 11 januari 2027 17:02
Till: Yasmin Al-Khatib <yasmin.al-khatib@gagnef.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Yasmin Al-Khatib,

Du är anmäld till följande tillfällen:
- 3 maj 2027, 10:00–15:00, Falun
- 21 september 2027, 10:00–15:00, Falun

Välkommen!
Region Dalarna""",
             X("change", [P("Yasmin Al-Khatib", "yasmin.al-khatib@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "correction on top of a quoted confirmation; 21 Sep replaced by 29 Nov, 3 May kept -> 3 May + 29 Nov"),

        mail("s036", "2027-03-26T10:20:00", ("Dariush Kazemi", "dariush.kazemi@mora.se"), "Utöka min anmälan",
             """Goddag Linnea,

Jag är redan anmäld till första träffen den 3 maj. Efter att ha läst programmet vill jag gärna utöka min anmälan till att också omfatta den 29 november och den 22 februari. Septemberträffen går tyvärr inte, då har vi budgetdialog.

Bästa hälsningar
Dariush Kazemi
Näringslivsstrateg, Mora kommun""",
             X("change", [P("Dariush Kazemi", "dariush.kazemi@mora.se", "Mora kommun")], [S1, S3, S4]),
             "adds two sessions to an existing one -> change, all three; September explicitly excluded"),

        mail("s037", "2027-02-24T15:33:00", ("Kristina Wahlberg", "kristina.wahlberg@ludvika.se"),
             "Angående Eva-Lenas plats 21/9",
             """Linnea, hej –

Det har tyvärr uppstått en krock för Eva-Lena Björk den 21 september – hon ska vittna i mark- och miljödomstolen den dagen. Hon har frågat Mohammed Ali på trafikenheten om han kan gå i hennes ställe just den gången, och det kan han. Hans adress är mohammed.ali@ludvika.se. Övriga tillfällen går Eva-Lena själv på som planerat.

Hälsningar
Kristina Wahlberg
Enhetschef, Ludvika kommun""",
             X("change", [P("Eva-Lena Björk", None, "Ludvika kommun"),
                          P("Mohammed Ali", "mohammed.ali@ludvika.se", "Ludvika kommun")], [S2]),
             "manager writes a one-session substitution indirectly; sessions = what the substitute takes; sender "
             "not among the people"),

        tg("s038", "2027-03-30T07:40:00", "Sanna Hult", 5900332211,
           """Godmorgon. En ändring: jag byter gärna från 3/5 till 29/11 om det finns plats. Tack på förhand. /Sanna Hult, Avesta kommun""",
           X("change", [P("Sanna Hult", None, "Avesta kommun")], [S3]),
           "Telegram bare swap 3/5 -> 29/11"),

        mail("s039", "2027-03-05T13:27:00", ("Britt-Marie Ljung", "britt-marie.ljung@orsa.se"),
             "Namnbyte – anmäld deltagare",
             """Kort uppdatering från Orsa:

Vår kollega Pirjo Saarinen, som är anmäld till alla fyra DalaLab-träffarna, har gift sig och heter numera Pirjo Lindholm. Hennes nya adress är pirjo.lindholm@orsa.se (den gamla slutar fungera i april). Anmälan gäller i övrigt som förut.

Hälsningar
Britt-Marie Ljung
Kanslienheten, Orsa kommun""",
             X("change", [P("Pirjo Lindholm", "pirjo.lindholm@orsa.se", "Orsa kommun")], ALL),
             "name and address change for a registered colleague -> change; new name and address; sender not among "
             "the people"),

        # ------------------------------------------------------------------ cancel (8)
        mail("s040", "2027-03-31T10:10:00", ("Länsstyrelsen Dalarna Registrator", "dalarna@lansstyrelsen.se"),
             "Återkallelse av anmälan, DalaLab 29 november 2027",
             """Region Dalarna
Att. Linnea Hassis

Härmed återkallas anmälan för Birgitta Holmén, handläggare vid enheten för miljöskydd, avseende tillfället den 29 november 2027, då hon vid detta datum är förhindrad att delta. Anmälan avseende övriga tillfällen kvarstår oförändrad.

Ärendet har diarieförts under dnr 109-2211-2027.

Länsstyrelsen Dalarna
Registrator
Tfn 010-225 00 00
dalarna@lansstyrelsen.se""",
             X("cancel", [P("Birgitta Holmén", None, "Länsstyrelsen Dalarna")], [S3]),
             "formal 'Härmed återkallas' from the county registry (function mailbox); partial cancellation of one session"),

        mail("s041", "2027-02-08T17:20:00", ("Malin Ruuth", "malin.ruuth@leksand.se"), "DalaLab i maj",
             """Linnea,

Jag har vänt och vridit på det här, men våren ser ut att bli väldigt pressad för oss med samrådet för den fördjupade översiktsplanen för Leksand–Insjön. Jag tror därför att det är klokast att jag lämnar ifrån mig platsen den 3 maj, så att någon annan kan få den. Hösten och februari står jag kvar på.

Förlåt för strulet!
Malin""",
             X("cancel", [P("Malin Ruuth", "malin.ruuth@leksand.se", "Leksands kommun")], [S1]),
             "indirect, apologetic partial cancellation ('lämnar ifrån mig platsen den 3 maj'); the rest stays"),

        mail("s042", "2027-04-09T09:05:00", ("Jesper Nordqvist", "jesper.nordqvist@sater.se"), "SV: DalaLab – samåkning?",
             """Linnea – jag svarar på tråden nedan så att du också ser det: tyvärr blir det ingen DalaLab för min del, jag har fått nytt jobb i Västerås och slutar i Säter till sommaren. Ta bort mig från alla träffarna. Tack ändå!

Jesper

Från: Johanna Tallberg <johanna.tallberg@sater.se>
Skickat: den 8 april 2027 15:40
Till: Jesper Nordqvist <jesper.nordqvist@sater.se>; Emir Begović <emir.begovic@sater.se>
Kopia: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: DalaLab – samåkning?

Hej båda! Ska vi samåka till Falun den 3 maj? Emir och jag är anmälda till första träffen, Jesper du är väl anmäld till alla fyra? Jag kan köra, vi åker från kommunhuset kl. 08.45.

/Johanna""",
             X("cancel", [P("Jesper Nordqvist", "jesper.nordqvist@sater.se", "Säters kommun")], ALL),
             "full cancellation on top of a quoted colleague thread about car-pooling; quoted names and 3 May do not count"),

        mail("s043", "2027-02-26T08:30:00", ("HR Borlänge kommun", "hr@borlange.se"), "Avanmälan DalaLab – Sara Mahmoud",
             """Hej,

Vi vill meddela att Sara Mahmoud vid samhällsbyggnadsförvaltningen, som är anmäld till DalaLab, påbörjar sin föräldraledighet i mars och därför inte kommer att kunna delta vid något av tillfällena. Vi återkommer om en ersättare så snart förvaltningen har utsett någon.

Med vänlig hälsning
HR-avdelningen
Borlänge kommun
0243-740 00""",
             X("cancel", [P("Sara Mahmoud", None, "Borlänge kommun")], ALL),
             "HR function mailbox cancels an employee on parental leave; no address; substitute only promised"),

        mail("s044", "2027-03-23T16:00:00", ("Ingrid Halvorsen", "ingrid.halvorsen@regiondalarna.se"),
             "Withdrawal from two DalaLab sessions",
             """<html><body>
<p>Dear Linnea,</p>
<p>I'm afraid I have to withdraw from the November and February sessions of DalaLab. I have accepted a one-year secondment to the Norwegian Ministry of Local Government in Oslo starting in October. I will still attend on 3 May and 21 September as planned.</p>
<p>Apologies for the inconvenience, and thank you for organising this.</p>
<p>Best wishes,<br>
Ingrid Halvorsen<br>
Strategist, Regional Development<br>
Region Dalarna<br>
+46 23 49 00 00</p>
</body></html>""",
             X("cancel", [P("Ingrid Halvorsen", "ingrid.halvorsen@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "HTML-only English partial cancellation; kept sessions named by date, cancelled ones by month",
             html=True),

        tg("s045", "2027-03-16T12:12:00", "Leyla Demir", 6402119988,
           """Tyvärr kan jag inte medverka den 21 september, då jag är på tjänsteresa. Jag ber om ursäkt för besväret. Med vänliga hälsningar, Leyla Demir, Hedemora kommun""",
           X("cancel", [P("Leyla Demir", None, "Hedemora kommun")], [S2]),
           "formal Telegram partial cancellation"),

        mail("s046", "2027-03-11T10:45:00", ("Kerstin Wall", "kerstin.wall@rattvik.se"), "Ändring i Rättviks anmälan",
             """God förmiddag,

Vi måste tyvärr dra tillbaka två av våra tre anmälningar till DalaLab. Olle Granath och Fredrik Sjögren har fått för mycket på sitt bord med detaljplanerna för Vikarbyn och kan inte delta alls. Själv deltar jag som planerat.

Vi kanske återkommer med någon annan längre fram.

Vänligen
Kerstin Wall
Planchef, Rättviks kommun""",
             X("cancel", [P("Olle Granath", None, "Rättviks kommun"),
                          P("Fredrik Sjögren", None, "Rättviks kommun")], ALL),
             "subject says 'Ändring' but two colleagues withdrawn without substitutes -> cancel; the sender stays and "
             "is not among the people"),

        mail("s047", "2027-04-07T14:25:00", ("Gösta Pålsson", "gosta.palsson@malung-salen.se"), "Förhinder 3 maj",
             """Bästa Linnea Hassis,

Jag har med stort beklagande insett att jag inte kommer att kunna närvara vid lärprojektets första tillfälle den 3 maj, eftersom jag då är inlagd för en planerad höftoperation. Jag hoppas kunna vara tillbaka i tjänst till hösten och deltar i så fall vid de återstående tillfällena enligt min anmälan.

Med vänlig hälsning
Gösta Pålsson
Samhällsbyggnadschef
Malung-Sälens kommun
Tel 0280-181 00""",
             X("cancel", [P("Gösta Pålsson", "gosta.palsson@malung-salen.se", "Malung-Sälens kommun")], [S1]),
             "very formal iso-8859-1 partial cancellation of the first session; the rest stays",
             charset="iso-8859-1"),

        # ------------------------------------------------------------------ question (7)
        mail("s048", "2027-03-09T10:00:00", ("Camilla Forsberg", "camilla.forsberg@avesta.se"), "Lokal för DalaLab?",
             """Hej,

Jag är anmäld till alla fyra träffarna sedan i januari (bekräftelse mottagen, tack). Nu börjar vi planera resorna: var i Falun hålls träffarna, och finns det möjlighet att ladda elbil i närheten?

Mvh
Camilla Forsberg
Avesta kommun""",
             X("question", [], []),
             "practical question from someone already registered; mentions her existing signup, asks nothing new of it"),

        mail("s049", "2027-01-25T11:35:00", ("Magnus Hedin", "magnus.hedin@gagnef.se"), "Fråga om antal platser",
             """Till Linnea Hassis, Region Dalarna

En fråga innan vi skickar in vår anmälan: inbjudan säger upp till tre personer per kommun. Vi är fyra som är intresserade, men en av dem vill bara gå på den 22 februari. Räknas det som en plats, eller går det att dela på platserna så att vi totalt blir fler än tre personer men högst tre per tillfälle?

Tacksam för svar.

Magnus Hedin
Plan- och byggchef, Gagnefs kommun""",
             X("question", [], []),
             "quota question before signing up; names a session date but registers nobody"),

        mail("s050", "2026-12-08T15:20:00", ("Fredrik Lundqvist", "fredrik.lundqvist@sweco.se"), "Konsulter i DalaLab?",
             """Hej,

Jag är planeringskonsult på Sweco och stöttar just nu Vansbro och Älvdalens kommuner med deras översiktsplaner. Är DalaLab öppet även för konsulter som arbetar på uppdrag av en kommun, och tar vi i så fall en av kommunens tre platser? Jag vill inte tränga undan någon av kommunens egna tjänstepersoner.

Vänliga hälsningar
Fredrik Lundqvist
Sweco Society, Falun
+46 10 484 00 00""",
             X("question", [], []),
             "consultant asks whether consultants may take part; no signup"),

        mail("s051", "2027-02-02T09:09:00", ("Hamid Noori", "hamid.noori@falun.se"), "Recording of sessions?",
             """Hi,

Quick question about DalaLab: will the session on 21 September be recorded or streamed? I'm registered, but that week I might be working from our Stockholm office and I'd like to know if I can follow online. Also, will the presentations be shared afterwards?

Thanks,
Hamid Noori
Falu kommun""",
             X("question", [], []),
             "English question naming a session date; already registered; asks nothing to change"),

        tg("s052", "2027-01-07T08:44:00", "Anneli Sundberg", 5123987001,
           """Ursäkta att jag stör så tidigt. Vilken tid börjar egentligen träffen den 3 maj, och ingår lunch? Jag behöver boka tåg från Mora.""",
           X("question", [], []),
           "polite Telegram question about time and lunch on 3 May"),

        mail("s053", "2027-03-17T13:20:00", ("Johan Ljungqvist", "johan.ljungqvist@regiondalarna.se"),
             "Lite av varje inför april",
             """Hallå där Linnea!

Tack för senast på ledningsgruppen. Några punkter från min sida:

Budget: jag har skickat in vår del av verksamhetsplanen till ekonomi, de återkommer efter påsk. Om du behöver siffrorna för DalaLab-lunchen i förväg så säg till.

Flytten: vi flyttar till plan 4 vecka 16. Våra rum blir 4.21–4.25. Telefonnumren är desamma.

DalaLab: vi har fått en ny medarbetare på enheten, Rana Khalil, som använder hörapparat. Finns det hörslinga i lokalen i Falun? I så fall anmäler vi henne till alla fyra träffarna, annars behöver vi fundera på ett annat upplägg för henne.

Kick-offen i maj: jag föreslår att vi kör den 17 maj i stället för den 10:e, eftersom flera är lediga runt Kristi himmelfärd.

Hörs!
Johan

Johan Ljungqvist
Enhetschef, Samhällsplanering
Region Dalarna
023-49 00 00""",
             X("question", [], [], unsure=["intent"]),
             "long internal mail; the DalaLab part is a conditional ('I så fall anmäler vi henne') -> the organiser "
             "must answer the hearing-loop question first; other dates (v.16, 10/17 May) unrelated"),

        tg("s054", "2027-03-01T19:02:00", "Tarja Koskinen", 6677123450,
           """Hei Linnea. Jag anmälde mig via mejl för två veckor sedan (Älvdalens kommun) men har inte fått någon bekräftelse. Är jag registrerad eller ska jag skicka igen? /Tarja Koskinen""",
           X("question", [], []),
           "Telegram status question about an earlier e-mail signup"),

        # ------------------------------------------------------------------ auto_reply (3)
        mail("s055", "2026-12-01T10:02:00", ("Sofie Tegnér", "sofie.tegner@regiondalarna.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl. Jag är på semester till och med den 6 december och läser inte min e-post. Vid brådskande ärenden, kontakta registrator@regiondalarna.se eller 023-49 00 00.

Thank you for your email. I am on annual leave until 6 December and will not be reading my email. For urgent matters, please contact registrator@regiondalarna.se or +46 23 49 00 00.

Sofie Tegnér
Region Dalarna""",
             X("auto_reply", [], []),
             "bilingual Swedish/English vacation auto-reply to the invitation"),

        mail("s056", "2026-12-01T10:03:00", ("", "planering@vansbro.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """This mailbox is no longer monitored.

Denna brevlåda bevakas inte längre. Vansbro kommuns planeringsfrågor hanteras sedan 1 januari 2026 av samhällsbyggnadsförvaltningen: samhallsbyggnad@vansbro.se, tfn 0281-750 00.

Please send your message to samhallsbyggnad@vansbro.se.

Detta är ett automatiskt meddelande. Svara inte på det.""",
             X("auto_reply", [], []),
             "'this mailbox is no longer monitored' notice from a retired function mailbox"),

        mail("s057", "2027-02-12T08:00:00", ("Maja Lindfors", "maja.lindfors@borlange.se"),
             "Automatiskt svar: SV: Anmälan DalaLab",
             """Hej,

Jag är tjänstledig och åter i tjänst måndagen den 3 maj 2027. Ärenden som rör detaljplaner hänvisas till Karl Sundin, karl.sundin@borlange.se, och ärenden som rör översiktsplanen till planeringsavdelningen, 0243-740 00.

Med vänlig hälsning
Maja Lindfors
Borlänge kommun""",
             X("auto_reply", [], []),
             "Swedish leave auto-reply; return date coincides with the first session; names a colleague"),

        # ------------------------------------------------------------------ unknown (2)
        mail("s058", "2027-02-04T14:45:00", ("Roger Ekström", "roger.ekstrom@telia.com"), "Carport Tallvägen 12",
             """Hejsan Linnea!

Tack för samtalet i går. Här kommer, som vi sa, de nya uppgifterna till bygglovsansökan för carporten på Tallvägen 12. Jag har flyttat placeringen så att den hamnar 4,5 meter från tomtgränsen mot grannen, och taket blir svart plåt i stället för tegel.

Ritningarna skickar jag i ett separat mejl eftersom filerna är stora.

När kan jag räkna med ett beslut? Vi skulle gärna börja bygga i maj.

Mvh
Roger Ekström
070-255 31 48""",
             X("unknown", [], []),
             "wrong recipient: a private building-permit matter meant for another Linnea; iso-8859-1",
             charset="iso-8859-1"),

        mail("s059", "2027-03-03T07:30:00", ("Jonathan Berglöf", "jonathan.berglof@evently-nordic.example"),
             "Smidigare anmälningar till DalaLab?",
             """Linnea – en snabb fråga:

Vi såg att Region Dalarna tar emot anmälningar till DalaLab via e-post. Visste du att över 300 offentliga organisationer i Norden använder Evently för att hantera anmälningar, specialkost och väntelistor automatiskt?

✔ Anmälningsformulär på 5 minuter
✔ Automatisk hantering av kvoter per organisation
✔ GDPR-säker lagring inom EU

Boka en kostnadsfri demo på 20 minuter här: https://evently-nordic.example/demo

Just nu: 25 % rabatt på första årets licens för regioner som tecknar avtal före 30 april.

Med vänlig hälsning
Jonathan Berglöf
Account Executive, Evently Nordic AB
+46 8 520 277 10
Avregistrera: https://evently-nordic.example/unsubscribe""",
             X("unknown", [], []),
             "sales offer for an event-registration tool; mentions DalaLab and quotas but asks for nothing the "
             "organiser handles"),

        # ------------------------------------------------------------------ erasure (1)
        tg("s060", "2027-04-04T21:10:00", "Marcus Wennberg", 7120558833,
           """Hej. Jag begär härmed att samtliga personuppgifter om mig som finns i ert anmälningssystem för DalaLab raderas, i enlighet med artikel 17 i dataskyddsförordningen (GDPR). Jag önskar skriftlig bekräftelse när raderingen är genomförd. Marcus Wennberg""",
           X("erasure", [P("Marcus Wennberg", None, None)], []),
           "formal GDPR erasure request over Telegram; no organisation given"),
    ]
