from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_QUOTE = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:30
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till lärprojektet DalaLab! Projektet består av fyra träffar:
  3 maj 2027, 10.00–15.00 (fika från 09.30), Falun
  21 september 2027
  29 november 2027
  22 februari 2028
Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027
till linnea.hassis@regiondalarna.se.
"""


def messages():
    return [
        mail("ae046", "2026-12-02T08:47", ("Ingrid Solberg", "ingrid.solberg@mora.se"), "SV: Inbjudan: DalaLab",
             """Hej Linnea,

Vi blir tre från Mora som vill vara med i lärprojektet: jag själv plus mina kollegor på
plan- och byggavdelningen, Oskar Hedlund (oskar.hedlund@mora.se) och Vera Malm
(vera.malm@mora.se).

Vänliga hälsningar
Ingrid Solberg
Översiktsplanerare
Mora kommun | Fredsgatan 16 | 792 80 Mora
Tel 0250-261 54 | Mobil 070-318 22 90
""" + "\n" + "\n".join("> " + l for l in INVITE_QUOTE.strip().splitlines()),
             X("register", [P("Ingrid Solberg", "ingrid.solberg@mora.se", "Mora kommun"),
                            P("Oskar Hedlund", "oskar.hedlund@mora.se", "Mora kommun"),
                            P("Vera Malm", "vera.malm@mora.se", "Mora kommun")], ALL),
             "Outlook reply quoting the invitation (all four dates); sender + two colleagues with addresses, no session named = all four"),

        mail("ae047", "2026-12-03T10:15", ('"Borlänge kommun, Birgitta Åhs"', "birgitta.ahs@borlange.se"),
             "Anmälan till DalaLab – två deltagare från Borlänge",
             """Hej!

Jag är assistent på samhällsbyggnadsförvaltningen och anmäler på uppdrag av min chef
två personer till DalaLab:

- Stadsarkitekt Mikael Fors
- Planarkitekt Nadia Karimi

De kommer den 3 maj och den 29 november. Själv ska jag inte delta.

Med vänlig hälsning
Birgitta Åhs
Förvaltningsassistent, Samhällsbyggnadsförvaltningen
Borlänge kommun, 781 81 Borlänge
0243-740 00 (vx)
""",
             X("register", [P("Mikael Fors", None, "Borlänge kommun"), P("Nadia Karimi", None, "Borlänge kommun")], [S1, S3]),
             "assistant registers two colleagues without addresses (titles before names), sender explicitly not attending; two dates"),

        mail("ae048", "2026-12-04T13:02", ("Hedemora kommun – Planenheten", "planenheten@hedemora.se"), "DalaLab anmälan",
             """<html><body>
<p>Hej Linnea!</p>
<p>H&auml;r kommer v&aring;r anm&auml;lan till samtliga fyra tr&auml;ffar i DalaLab.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Annika Rönn</td><td>annika.ronn@hedemora.se</td><td>vegetarisk</td></tr>
<tr><td>Per-Olof Wiik</td><td>per-olof.wiik@hedemora.se</td><td>-</td></tr>
<tr><td>Lejla Hadžić</td><td>lejla.hadzic@hedemora.se</td><td>glutenfri</td></tr>
</table>
<p>H&auml;lsningar<br>Planenheten, Hedemora kommun<br>0225-341 00</p>
</body></html>""",
             X("register", [P("Annika Rönn", "annika.ronn@hedemora.se", "Hedemora kommun", diet="vegetarisk"),
                            P("Per-Olof Wiik", "per-olof.wiik@hedemora.se", "Hedemora kommun"),
                            P("Lejla Hadžić", "lejla.hadzic@hedemora.se", "Hedemora kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "HTML-only table from a function mailbox (mailbox is not a person); three people with per-person diets, '-' is no diet",
             html=True),

        mail("ae049", "2026-12-07T09:31", ("Jonas Grahn", "jonas.grahn@regiondalarna.se"), "Anmälan region + länsstyrelse",
             """Hej Linnea,

Vi har pratat ihop oss med länsstyrelsen och vill gå tillsammans. Anmäl gärna
mig och Therese Lund från Länsstyrelsen Dalarna (therese.lund@lansstyrelsen.se)
till hela serien.

/Jonas

Jonas Grahn
Regional utveckling, Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Jonas Grahn", "jonas.grahn@regiondalarna.se", "Region Dalarna"),
                            P("Therese Lund", "therese.lund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "two organisations in one signup (Region + Länsstyrelsen); 'hela serien' = all four"),

        tg("ae050", "2026-12-08T21:14", "Emil Lindqvist", 6603918274,
           "tjena! anmäler mig + kollegan Sofia Ek, vi jobbar båda på ludvika kommun. träff 1 och 2 😊",
           X("register", [P("Emil Lindqvist", None, "Ludvika kommun"), P("Sofia Ek", None, "Ludvika kommun")], [S1, S2]),
           "telegram: sender (name from display name) + colleague, org from text, sessions by number"),

        mail("ae051", "2026-12-10T14:40", ("Fredrik Ols", "fredrik.ols@sater.se"), "Byte av träff för Säters grupp",
             """Hej,

Vi tre från Säter (jag, Helena Strid och Amir Rostami) är anmälda till träffen
den 21 september men krockar med ett fullmäktigesammanträde. Kan ni flytta oss
alla tre till 29 november i stället?

Tack på förhand!
Fredrik Ols, planchef
Säters kommun
""",
             X("change", [P("Fredrik Ols", "fredrik.ols@sater.se", "Säters kommun"),
                          P("Helena Strid", None, "Säters kommun"), P("Amir Rostami", None, "Säters kommun")], [S3]),
             "a group of three changes session: bare swap 21/9 -> 29/11, so sessions = the new one only"),

        mail("ae052", "2026-12-14T08:05", ("Malin Eriksson", "malin.eriksson@falun.se"), "Re: Anmälan DalaLab",
             """Hej igen!

En justering: Johan Lind kan inte vara med den 21/9, han är på semester då.
Han går på övriga träffar som planerat, och Elsa och jag påverkas inte.

Malin
""",
             X("cancel", [P("Johan Lind", None, "Falu kommun")], [S2]),
             "one colleague of a group withdraws from one session; others unaffected and not in people; org from sender's domain"),

        mail("ae053", "2026-12-15T11:22", ("Kerstin Backlund", "kerstin.backlund@falun.se"), "Fråga om antal deltagare",
             """Hej Linnea!

Vi är fyra på planeringsenheten i Falun som gärna skulle vilja gå DalaLab. Gäller
gränsen på tre personer per kommun även om en av oss bara går på den 22 februari?
Eller kan vi turas om så att det aldrig är fler än tre på samma träff?

Jag väntar med att anmäla oss tills jag vet hur det fungerar.

Kerstin Backlund
Falu kommun
""",
             X("question", [], []),
             "quota question naming a date and 'anmäla', explicitly books nothing yet"),

        mail("ae054", "2026-12-16T15:48", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"), "Anmälan DalaLab",
             """Hej,

Vi vill anmäla Maria Holm, maria.holm@leksand.se, till DalaLab, alla fyra träffarna.
Svar och kallelser går bäst direkt till henne.

Med vänliga hälsningar
Samhällsbyggnadsförvaltningen
Leksands kommun
Tel 0247-800 00
""",
             X("register", [P("Maria Holm", "maria.holm@leksand.se", "Leksands kommun")], ALL),
             "function mailbox registers one person whose own address is in the text; mailbox itself is nobody"),

        mail("ae055", "2027-01-08T09:10", ("Åsa Berglund", "asa.berglund@vansbro.se"), "Ersättare DalaLab",
             """Hej Linnea,

Erik Dahl har bytt tjänst och kommer inte att kunna delta i DalaLab längre. I hans
ställe går Lena Björk (lena.bjork@vansbro.se) den 21 september och den 29 november.
Till första träffen hinner hon tyvärr inte.

Hälsningar
Åsa Berglund
Enhetschef, Vansbro kommun
""",
             X("change", [P("Erik Dahl", None, "Vansbro kommun"), P("Lena Björk", "lena.bjork@vansbro.se", "Vansbro kommun")],
               [S2, S3]),
             "manager substitutes: Erik out, Lena in for two sessions; people both, sessions = substitute's; sender not in people"),

        mail("ae056", "2027-01-11T10:30", ('"Nyberg, Camilla"', "camilla.nyberg@avesta.se"), "SV: Inbjudan: DalaLab",
             """Hej,

Vi anmäler följande till höstens träffar:

Nyberg, Camilla (undertecknad)
Sjödin, Patrik
Alm, Rebecka

Alla på kommunledningskontoret, Avesta kommun.

Mvh
Camilla Nyberg
Avesta kommun
0226-645 00
""" + "\n" + "\n".join("> " + l for l in INVITE_QUOTE.strip().splitlines()),
             X("register", [P("Camilla Nyberg", "camilla.nyberg@avesta.se", "Avesta kommun"),
                            P("Patrik Sjödin", None, "Avesta kommun"), P("Rebecka Alm", None, "Avesta kommun")], [S2, S3]),
             "'Efternamn, Förnamn' list including the sender; 'höstens träffar' = 21/9 + 29/11; quoted invitation lists all dates"),

        mail("ae057", "2027-01-12T16:55", ("Linda Hansson", "linda.hansson@gagnef.se"), "DalaLab",
             """Hej!

Jag och Kalle Sundin från Gagnef vill anmäla oss till alla träffar. Kalle äter
vegetariskt och själv är jag laktosintolerant.

Kalle når du på kalle.sundin@gagnef.se.

Linda Hansson
Gagnefs kommun
""",
             X("register", [P("Linda Hansson", "linda.hansson@gagnef.se", "Gagnefs kommun", diet="laktosintolerant"),
                            P("Kalle Sundin", "kalle.sundin@gagnef.se", "Gagnefs kommun", diet="vegetariskt")],
               ALL, diet="vegetariskt, laktosintolerant"),
             "two people, per-person diets; top-level diet in message order (Kalle's first)"),

        tg("ae058", "2027-01-14T07:42", "Jenny Mattsson", 5120774893,
           "Hej! Jag och Lisa Berg från Orsa kan tyvärr inte komma den 3 maj. Vi kommer på de andra.",
           X("cancel", [P("Jenny Mattsson", None, "Orsa kommun"), P("Lisa Berg", None, "Orsa kommun")], [S1]),
           "telegram partial cancellation for two people; only 3 May cancelled"),

        mail("ae059", "2027-01-18T08:20", ("Göran Lilja", "goran.lilja@smedjebacken.se"), "Anmälan till DalaLab",
             """Hej Linnea,

Jag vill anmäla två av mina medarbetare till samtliga träffar i lärprojektet:
Sören Öhman, soren.ohman@smedjebacken.se, och Märta Åkerlund,
marta.akerlund@smedjebacken.se. Själv har jag tyvärr inte möjlighet att delta.

Med vänlig hälsning
Göran Lilja
Samhällsbyggnadschef
Smedjebackens kommun
Tel 0240-660 00
""",
             X("register", [P("Sören Öhman", "soren.ohman@smedjebacken.se", "Smedjebackens kommun"),
                            P("Märta Åkerlund", "marta.akerlund@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "iso-8859-1 mail; manager registers two staff, not himself", charset="iso-8859-1"),

        mail("ae060", "2027-01-20T13:05", ("Tove Grönberg", "tove.gronberg@rattvik.se"), "Lägga till en träff",
             """Hej!

Pontus Bjurman och jag från Rättvik är anmälda till träffen den 3 maj. Nu vill vi
gärna lägga till även den sista träffen, 22 februari 2028, för oss båda.

Tack!
Tove
""",
             X("change", [P("Tove Grönberg", "tove.gronberg@rattvik.se", "Rättviks kommun"),
                          P("Pontus Bjurman", None, "Rättviks kommun")], [S1, S4]),
             "two people add a session; the existing one is stated, so sessions after change = 3/5 + 22/2"),

        mail("ae061", "2027-01-22T10:12", ("Daniel Whitfield", "daniel.whitfield@regiondalarna.se"), "DalaLab registration",
             """Hi Linnea,

I'd like to register for the May and September sessions, together with my colleague
Hannah Lee (hannah.lee@regiondalarna.se) - we both work in the regional development
unit.

Best regards,
Daniel Whitfield
Region Dalarna
""",
             X("register", [P("Daniel Whitfield", "daniel.whitfield@regiondalarna.se", "Region Dalarna"),
                            P("Hannah Lee", "hannah.lee@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "English, two people by month names"),

        mail("ae062", "2027-01-25T09:00", ("Ronja Sandell", "ronja.sandell@alvdalen.se"), "Avanmälan DalaLab – Älvdalen",
             """Hej Linnea,

På grund av en omorganisation måste Älvdalens kommun dra sig ur DalaLab helt.
Jag ber dig därför avanmäla:

1. Anton Ljung
2. Kajsa Mård
3. Yusuf Demir

Jag var aldrig själv anmäld. Ledsen för besväret!

Ronja Sandell
Kanslienheten, Älvdalens kommun
""",
             X("cancel", [P("Anton Ljung", None, "Älvdalens kommun"), P("Kajsa Mård", None, "Älvdalens kommun"),
                          P("Yusuf Demir", None, "Älvdalens kommun")], ALL),
             "secretary cancels three colleagues entirely (numbered list); sender not registered; no session = all four"),

        mail("ae063", "2027-01-27T14:18", ("Olle Vesterlund", "olle.vesterlund@ludvika.se"), "Praktikant?",
             """Hej,

Vi har redan anmält tre personer från Ludvika. Nu har vi en praktikant från
samhällsplanerarprogrammet hos oss under våren. Får hon följa med den 3 maj utöver
våra tre, eller räknas hon in i kvoten? Isåfall avstår vi.

Olle Vesterlund
Ludvika kommun
""",
             X("question", [], []),
             "quota question about an extra (unnamed) trainee; mentions a date but books nothing"),

        tg("ae064", "2027-01-29T19:33", "Tomas Ek", 7745102266,
           "anmäler tre från vansbro: mig, Nils Åberg och Greta Lind. alla träffar",
           X("register", [P("Tomas Ek", None, "Vansbro kommun"), P("Nils Åberg", None, "Vansbro kommun"),
                          P("Greta Lind", None, "Vansbro kommun")], ALL),
           "telegram lower-case group of three incl. sender ('mig' = display name)"),

        mail("ae065", "2027-02-01T11:41", ("Hanna Persson", "hanna.persson@mora.se"), "Rättelse specialkost",
             """Hej Linnea,

En rättelse till vår anmälan från Mora: Sanna Ek ska ha glutenfri kost, inte
laktosfri som jag skrev först. Hon är fortfarande anmäld till 3 maj och 21 september.
Övriga i gruppen är oförändrade.

Hälsningar
Hanna Persson
""",
             X("change", [P("Sanna Ek", None, "Mora kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
             "diet correction for one person in a group; old diet is not the diet; sessions stated"),

        mail("ae066", "2027-02-03T09:27", ("Karin Westman", "karin.westman@ludvika.se"), "Gemensam anmälan Ludvika/Smedjebacken",
             """Hej!

Ludvika och Smedjebacken har gemensam översiktsplanering, så vi anmäler oss
tillsammans till den 3 maj och den 29 november:

Från Ludvika kommun:
  Karin Westman (jag)
  Ahmed Nour, ahmed.nour@ludvika.se

Från Smedjebackens kommun:
  Ebba Thorsén, ebba.thorsen@smedjebacken.se

Mvh Karin
""",
             X("register", [P("Karin Westman", "karin.westman@ludvika.se", "Ludvika kommun"),
                            P("Ahmed Nour", "ahmed.nour@ludvika.se", "Ludvika kommun"),
                            P("Ebba Thorsén", "ebba.thorsen@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "two municipalities in one signup, grouped under headings; sender included"),

        mail("ae067", "2027-02-05T08:00", ("Stina Kallin", "stina.kallin@hedemora.se"), "Autosvar: DalaLab anmälan",
             """Hej,

Jag är föräldraledig till och med 30 april 2027 och läser inte min e-post.
Frågor om planenheten och anmälningar till DalaLab besvaras av
planenheten@hedemora.se, tel 0225-341 00.

Stina Kallin
Hedemora kommun
""",
             X("auto_reply", [], []),
             "out-of-office with 'Autosvar:' subject mentioning DalaLab signups and a date; no headers"),

        mail("ae068", "2027-02-08T10:50", ("Lars Hedin", "lars.hedin@orsa.se"), "Ytterligare en träff för Orsa",
             """Hej Linnea,

Vi tre från Orsa – jag, Mona Wallin och Ivar Stenberg – är anmälda till 3 maj och
21 september. Vi skulle gärna vilja lägga till 29 november för alla tre.

Tack och hälsningar
Lars Hedin
Orsa kommun
""",
             X("change", [P("Lars Hedin", "lars.hedin@orsa.se", "Orsa kommun"), P("Mona Wallin", None, "Orsa kommun"),
                          P("Ivar Stenberg", None, "Orsa kommun")], [S1, S2, S3]),
             "group of three adds a session; stated existing sessions kept = 3/5, 21/9, 29/11"),

        tg("ae069", "2027-02-10T12:16", "Alva Nordin", 4419087350,
           "Hej, jag (Mora kommun) kan inte gå 29/11. Min kollega Jonas Berg tar min plats den dagen.",
           X("change", [P("Alva Nordin", None, "Mora kommun"), P("Jonas Berg", None, "Mora kommun")], [S3]),
           "telegram substitution for one session; people = sender + substitute; sessions = substitute's"),

        mail("ae070", "2027-02-12T15:33", ("Per-Erik Hammar", "per-erik.hammar@hedemora.se"), "Avanmälan 22 februari",
             """Hej!

Ingen av oss tre från Hedemora (Annika Rönn, Lejla Hadžić och jag) kan komma den
22 februari 2028 – vi har budgetdagar då. De andra träffarna gäller som tidigare.

/Per-Erik Hammar
Hedemora kommun
Tel 0225-341 12
""",
             X("cancel", [P("Annika Rönn", None, "Hedemora kommun"), P("Lejla Hadžić", None, "Hedemora kommun"),
                          P("Per-Erik Hammar", "per-erik.hammar@hedemora.se", "Hedemora kommun")], [S4]),
             "partial cancellation for a group of three incl. sender; only 22/2"),

        mail("ae071", "2027-02-15T09:09", ("Sven Rydberg", "sven.rydberg@borlange.se"), "Anmälan kollega",
             """Hej,

Jag anmäler min kollega Farah Osman (farah.osman@borlange.se) till första och
andra träffen. Mig själv anmäler jag separat när jag vet om jag kan.

Sven Rydberg
Borlänge kommun
""",
             X("register", [P("Farah Osman", "farah.osman@borlange.se", "Borlänge kommun")], [S1, S2]),
             "sender registers colleague only; he will sign himself up separately -> not in people"),

        mail("ae072", "2027-02-17T13:45", ("Ulrika Falk", "ulrika.falk@leksand.se"), "Ändring av anmälan",
             """Hej Linnea,

Ändring i Leksands anmälan: Per Nyström stryks helt, han har slutat hos oss. Maria
Holm och Tobias Kvist står kvar som tidigare. Vi skickar ingen ersättare.

Vänligen
Ulrika Falk
""",
             X("cancel", [P("Per Nyström", None, "Leksands kommun")], ALL),
             "withdrawing one colleague under 'Ändring' subject, no substitute -> cancel all four; the others stay"),

        mail("ae073", "2027-02-19T10:20", ("Katarina Ullberg", "katarina.ullberg@gagnef.se"), "Radera uppgifter – Henrik Sahlin",
             """Hej,

Henrik Sahlin, som var anmäld till DalaLab från Gagnef, har avslutat sin anställning.
Han har bett mig framföra att ni ska radera alla hans personuppgifter hos er,
även e-postadressen henrik.sahlin@gagnef.se.

Med vänlig hälsning
Katarina Ullberg
HR, Gagnefs kommun
""",
             X("erasure", [P("Henrik Sahlin", "henrik.sahlin@gagnef.se", "Gagnefs kommun")], []),
             "erasure requested by HR on behalf of a former employee; sender not in people"),

        mail("ae074", "2027-02-22T06:12", ("Nordic Event Services", "booking@nordic-eventservice.com"),
             "Gruppbokning DalaLab – bekräfta era platser",
             """Hej!

Er organisation har förhandsbokats för 3 deltagare till DalaLab 3 maj 2027 och
övriga tillfällen. För att säkra gruppens platser måste deltagaravgiften
4 950 kr/person betalas senast fredag via länken nedan:

https://nordic-eventservice-pay.com/dalalab/group

Obetalda platser frisläpps utan vidare meddelande.

Nordic Event Services
""",
             X("unknown", [], []),
             "spam/invoice scam dressed as a group booking with dates -> unknown"),

        mail("ae075", "2027-02-24T11:03", ("Elin Sandström", "elin.sandstrom@falun.se"), "Anmälan DalaLab Falun",
             """<html><body><div style="font-family:Calibri">
<p>Hej Linnea,</p>
<p>Vi anm&auml;ler oss till f&ouml;rsta och tredje tr&auml;ffen:</p>
<ul>
<li>Elin Sandstr&ouml;m (jag)</li>
<li>Mattias Grund, mattias.grund@falun.se</li>
<li>Nora Wik, nora.wik@falun.se</li>
</ul>
<p>Nora &auml;r vegan.</p>
<p>V&auml;nliga h&auml;lsningar<br>Elin Sandstr&ouml;m<br>Stadsbyggnadsf&ouml;rvaltningen, Falu kommun<br>023-830 00</p>
</div></body></html>""",
             X("register", [P("Elin Sandström", "elin.sandstrom@falun.se", "Falu kommun"),
                            P("Mattias Grund", "mattias.grund@falun.se", "Falu kommun"),
                            P("Nora Wik", "nora.wik@falun.se", "Falu kommun", diet="vegan")], [S1, S3], diet="vegan"),
             "HTML-only list with entities; sender + two; 'första och tredje' = 3/5 + 29/11; one person's diet", html=True),

        tg("ae076", "2027-02-26T20:48", "Hugo Berglund", 3381940652,
           "hur många får man vara per kommun? vi är fyra i rättvik som vill anmäla oss",
           X("question", [], []),
           "telegram quota question with 'anmäla oss'; nobody named, nothing booked"),

        mail("ae077", "2027-03-01T08:34", ("Planeringsavdelningen Avesta", "planering@avesta.se"), "Ny e-postadress",
             """Hej,

Lisa Ström, som är anmäld till alla fyra träffarna från Avesta, har fått ny
e-postadress: lisa.strom2@avesta.se. Den gamla (lisa.strom@avesta.se) stängs i mars.

Hälsningar
Planeringsavdelningen
Avesta kommun
""",
             X("change", [P("Lisa Ström", "lisa.strom2@avesta.se", "Avesta kommun")], ALL),
             "function mailbox reports a colleague's new address; old address must not become a person; sessions stated (all four)"),

        mail("ae078", "2027-03-03T14:27", ("Rachel O'Connor", "rachel.oconnor@falun.se"), "Registration for DalaLab",
             """Dear Linnea,

I am writing to register myself and two colleagues from Falun Municipality's
planning department for the sessions on 3 May and 22 February:

- Rachel O'Connor
- Gustav Ekman
- Linnéa Sjöholm

Gustav has a nut allergy. Please let me know if you need anything else.

Kind regards,
Rachel O'Connor
""",
             X("register", [P("Rachel O'Connor", "rachel.oconnor@falun.se", "Falu kommun"),
                            P("Gustav Ekman", None, "Falu kommun", diet="nut allergy"),
                            P("Linnéa Sjöholm", None, "Falu kommun")], [S1, S4], diet="nut allergy"),
             "English group signup incl. sender, two without addresses; one person's diet in English; apostrophe in name"),

        mail("ae079", "2027-03-05T09:58", ("Agneta Rapp", "agneta.rapp@mora.se"), "SV: Inbjudan: DalaLab",
             """Hej,

Kommundirektören önskar att följande personer deltar i DalaLab vid samtliga tillfällen:

Signe Boström <signe.bostrom@mora.se>
Leo Frisk <leo.frisk@mora.se>

Jag skickar bara anmälan och deltar inte själv.

Hälsningar
Agneta Rapp
Kommunledningskontoret, Mora kommun
""" + "\n" + "\n".join("> " + l for l in INVITE_QUOTE.strip().splitlines()),
             X("register", [P("Signe Boström", "signe.bostrom@mora.se", "Mora kommun"),
                            P("Leo Frisk", "leo.frisk@mora.se", "Mora kommun")], ALL),
             "secretary reply quoting invitation; 'Name <addr>' lines; sender not attending"),

        tg("ae080", "2027-03-08T10:11", "Ida Söderberg", 8012357714,
           "Hej! Anmäl mig och kollegan Pia Ragnarsson (pia.ragnarsson@gagnef.se) till 21.9. Vi är från Gagnef",
           X("register", [P("Ida Söderberg", None, "Gagnefs kommun"),
                          P("Pia Ragnarsson", "pia.ragnarsson@gagnef.se", "Gagnefs kommun")], [S2]),
           "telegram: sender without address + colleague with address; '21.9'"),

        mail("ae081", "2027-03-10T16:02", ("Bo Engström", "bo.engstrom@malung-salen.se"), "Återtag anmälan",
             """Hej Linnea,

Tyvärr måste vi dra tillbaka hela Malung-Sälens anmälan till DalaLab. Det gäller
Eva Norling, Jon Axelsson och Lars Myhr. Vi hoppas kunna vara med i ett senare skede.

Bo Engström
Förvaltningschef
Malung-Sälens kommun
0280-181 00
""",
             X("cancel", [P("Eva Norling", None, "Malung-Sälens kommun"), P("Jon Axelsson", None, "Malung-Sälens kommun"),
                          P("Lars Myhr", None, "Malung-Sälens kommun")], ALL),
             "manager withdraws all three colleagues; 'dra tillbaka' with no session = all four; sender not in people"),

        mail("ae082", "2027-03-12T08:48", ("Jessica Holmqvist", "jessica.holmqvist@sater.se"), "DalaLab",
             """Hej!

Jag och min kollega Rasmus Ölund vill vara med på vårens träff och på den
sista träffen i februari.

Jessica Holmqvist
Planarkitekt
Säters kommun | Box 85 | 783 22 Säter
Tel: 0225-550 00 | Direkt: 0225-551 34 | Mobil: 073-041 27 88
Org.nr 212000-2213
""",
             X("register", [P("Jessica Holmqvist", "jessica.holmqvist@sater.se", "Säters kommun"),
                            P("Rasmus Ölund", None, "Säters kommun")], [S1, S4]),
             "signature full of numbers; 'vårens träff' = 3/5, 'sista träffen i februari' = 22/2"),

        tg("ae083", "2027-03-15T07:20", "Maja Karlström", 2290576138,
           "avanmäl ola persson från 21/9 tack, han är sjuk då. /maja, borlänge",
           X("cancel", [P("Ola Persson", None, "Borlänge kommun")], [S2]),
           "telegram lower-case: sender cancels a colleague for one session; sender not in people"),

        mail("ae084", "2027-03-17T11:30", ("Planering Avesta", "planering@avesta.se"), "Byte av deltagare 3 maj",
             """Hej,

Anders Holm kan inte delta den 3 maj. I hans ställe kommer Frida Sund,
frida.sund@avesta.se. Anders är kvar på de övriga träffarna.

Planeringsavdelningen, Avesta kommun
""",
             X("change", [P("Anders Holm", None, "Avesta kommun"), P("Frida Sund", "frida.sund@avesta.se", "Avesta kommun")],
               [S1]),
             "function mailbox substitution for one session; people both; sessions = substitute's (3/5)"),

        mail("ae085", "2027-03-19T13:13", ("Mats Lindahl", "mats.lindahl@regiondalarna.se"), "Externa deltagare?",
             """Hej Linnea,

Två personer från Trafikverket har frågat om de kan följa med oss från regionen
till träffen om tillgänglighet den 22 februari. Gäller trepersonersgränsen även
regionen, och är det ok att de deltar? Jag anmäler dem inte förrän jag hört från dig.

Mats
""",
             X("question", [], []),
             "quota/eligibility question for external colleagues; date and 'anmäler' but no booking"),

        mail("ae086", "2027-03-22T10:44", ("Siv Hult", "siv.hult@orsa.se"), "Anmälan DalaLab",
             """Hej,

Jag anmäler härmed två kollegor från Orsa kommun till alla tillfällen:

Ulla Dahlberg - nötallergi
Bengt Frost - ingen specialkost

Själv deltar jag inte.

Siv Hult, nämndsekreterare
Orsa kommun, Box 23, 794 21 Orsa
""",
             X("register", [P("Ulla Dahlberg", None, "Orsa kommun", diet="nötallergi"),
                            P("Bengt Frost", None, "Orsa kommun")], ALL, diet="nötallergi"),
             "iso-8859-1; secretary registers two without addresses, 'Namn – kost' lines; 'ingen specialkost' is no diet",
             charset="iso-8859-1"),

        tg("ae087", "2027-03-25T18:06", "Jukka Heikkinen", 6950238841,
           "hej, vi är två från Avesta (jag och Sami Koskinen) anmälda till 3/5. kan vi båda byta till 29/11 istället?",
           X("change", [P("Jukka Heikkinen", None, "Avesta kommun"), P("Sami Koskinen", None, "Avesta kommun")], [S3]),
           "telegram group swap phrased as a question; bare swap -> new session only"),

        mail("ae088", "2027-03-29T09:15", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse DalaLab – Vansbro kommun",
             """Delivery has failed to these recipients or groups:

greta.lind@vansbro.ss
The e-mail address couldn't be found. Check the address and try again.

----- Original message -----
Hej Tomas, Nils och Greta!

Tack för er anmälan. Ni är anmälda till:
  3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028

Välkomna!
Linnea Hassis, Region Dalarna
""",
             X("auto_reply", [], []),
             "bounce of a group confirmation listing names and all four dates -> auto_reply, nothing to register"),

        mail("ae089", "2027-04-06T15:20", ("Viktor Backman", "viktor.backman@alvdalen.se"), "Anmälan Älvdalen",
             """Hej,

Vi är tre från Älvdalen som vill anmäla oss: jag, Moa Jonsson och Petter Strand.
Vi kommer på samtliga tillfällen utom det i november.

Viktor Backman
Älvdalens kommun
""",
             X("register", [P("Viktor Backman", "viktor.backman@alvdalen.se", "Älvdalens kommun"),
                            P("Moa Jonsson", None, "Älvdalens kommun"), P("Petter Strand", None, "Älvdalens kommun")],
               [S1, S2, S4]),
             "group of three incl. sender; 'alla utom det i november' = 3/5, 21/9, 22/2"),

        tg("ae090", "2027-04-09T11:37", "Henrik Bäck", 1873064429,
           "Anmälan för Lst Dalarna: jag (Henrik Bäck) samt Amira Haddad, träff 3 och 4. Amira är vegan.",
           X("register", [P("Henrik Bäck", None, "Länsstyrelsen Dalarna"),
                          P("Amira Haddad", None, "Länsstyrelsen Dalarna", diet="vegan")], [S3, S4], diet="vegan"),
           "telegram, 'Lst Dalarna'; two people, sessions by number, one person's diet"),
    ]
