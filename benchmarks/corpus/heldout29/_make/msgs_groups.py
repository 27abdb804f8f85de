from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 24 november 2026 10:12
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!
Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering.
Träffarna:
  3 maj 2027, Falun, 10.00–15.00 (fika från 09.30)
  21 september 2027
  29 november 2027
  22 februari 2028
Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027.
Vänliga hälsningar
Linnea Hassis, Region Dalarna
"""


def q(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def messages():
    return [
        mail("af046", "2026-12-03T09:14", ("Karolina Sjöberg", "karolina.sjoberg@falun.se"),
             "Anmälan DalaLab – tre från Falun",
             """Hej Linnea,

Vi blir tre från Falu kommun som vill vara med på hela lärprojektet:

- Karolina Sjöberg (jag), karolina.sjoberg@falun.se
- Amir Hadžić, amir.hadzic@falun.se
- Elin Westerlund, elin.westerlund@falun.se

Tack för en bra inbjudan, vi ser fram emot det!

Hälsningar
Karolina Sjöberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Slaggatan 11, 791 83 Falun
Tfn 023-82 71 45 | Mobil 070-318 22 90
""",
             X("register", [P("Karolina Sjöberg", "karolina.sjoberg@falun.se", "Falu kommun"),
                            P("Amir Hadžić", "amir.hadzic@falun.se", "Falu kommun"),
                            P("Elin Westerlund", "elin.westerlund@falun.se", "Falu kommun")], ALL),
             "plain list of three incl. sender, all addresses; no dates = all four"),

        mail("af047", "2026-12-04T13:40", ("Birgitta Lund", "birgitta.lund@mora.se"),
             "Anmälan planeringsstrategier",
             """Hej!

Jag är nämndsekreterare på samhällsbyggnad i Mora och har fått i uppdrag att anmäla två av våra planarkitekter till DalaLab:

Jonas Persson, jonas.persson@mora.se
Fatima Rahimi, fatima.rahimi@mora.se

De vill gå på alla fyra träffarna. Jag själv kan inte delta, så det är bara de två som ska stå med.

Vänligen
Birgitta Lund
Nämndsekreterare
Mora kommun
0250-260 00 (vxl)
""",
             X("register", [P("Jonas Persson", "jonas.persson@mora.se", "Mora kommun"),
                            P("Fatima Rahimi", "fatima.rahimi@mora.se", "Mora kommun")], ALL),
             "secretary registers two, explicitly not herself"),

        mail("af048", "2026-12-07T08:02", ("Magnus Ek", "magnus.ek@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej, vi anmäler följande till 3/5 och 21.9 (resten får vi ta ställning till senare):

Ek, Magnus
Dahlgren, Sofie
Holm-Karlsson, Per-Erik

Sofie och Per-Erik når du på sofie.dahlgren@borlange.se resp. per-erik.holm-karlsson@borlange.se

/Magnus

Magnus Ek | Planchef | Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""" + q(INVITE),
             X("register", [P("Magnus Ek", "magnus.ek@borlange.se", "Borlänge kommun"),
                            P("Sofie Dahlgren", "sofie.dahlgren@borlange.se", "Borlänge kommun"),
                            P("Per-Erik Holm-Karlsson", "per-erik.holm-karlsson@borlange.se", "Borlänge kommun")],
               [S1, S2]),
             "'Efternamn, Förnamn' incl. sender, addresses later in prose; quoted invitation lists all four dates"),

        mail("af049", "2026-12-08T15:27", ("HR Ludvika kommun", "hr@ludvika.se"),
             "Anmälan nyanställd till DalaLab",
             """Hej,

Vi på HR hjälper vår nya översiktsplanerare Lovisa Brandt, som börjar hos oss i januari och ännu inte har fått sin e-postadress, att anmäla sig till DalaLab. Hon vill delta på samtliga tillfällen.

Mejl kan gå till oss på hr@ludvika.se tills vidare, vi vidarebefordrar.

Med vänlig hälsning
Anneli Gustavsson
HR-specialist, Ludvika kommun
""",
             X("register", [P("Lovisa Brandt", None, "Ludvika kommun")], ALL),
             "HR function mailbox registers a new hire without address; the HR sender is not attending"),

        mail("af050", "2026-12-09T10:55", ("Henrik Lindgren", "henrik.lindgren@leksand.se"),
             "Anmälan Leksand + Rättvik",
             """Hej Linnea!

Leksand och Rättvik jobbar ihop med en gemensam planeringsstrategi, så vi tänkte anmäla oss tillsammans. Från Leksand kommer jag (Henrik Lindgren) och från Rättvik Maja Olofsson, maja.olofsson@rattvik.se. Båda vill gå alla fyra gångerna.

Maja äter glutenfritt.

Mvh
Henrik Lindgren
Strateg, Leksands kommun
0247-800 00
""",
             X("register", [P("Henrik Lindgren", "henrik.lindgren@leksand.se", "Leksands kommun"),
                            P("Maja Olofsson", "maja.olofsson@rattvik.se", "Rättviks kommun", diet="glutenfritt")],
               ALL, diet="glutenfritt"),
             "two municipalities in one mail; diet belongs to the colleague, not the sender"),

        mail("af051", "2026-12-10T11:03", ("Plan och bygg Hedemora", "planochbygg@hedemora.se"),
             "Anmälan till DalaLab",
             """Hej

Vi vill anmäla Tobias Nyström (tobias.nystrom@hedemora.se) till lärprojektet DalaLab, alla träffar.

Svara gärna direkt till Tobias.

Plan- och byggenheten
Hedemora kommun
""",
             X("register", [P("Tobias Nyström", "tobias.nystrom@hedemora.se", "Hedemora kommun")], ALL),
             "shared function mailbox writes for a named person whose address is in the text"),

        mail("af052", "2026-12-11T07:48", ("Ulrika Backman", "ulrika.backman@orsa.se"),
             "anmälan dalalab orsa",
             """hej!
vi är tre från orsa kommun som vill vara med på alla träffarna:
ulrika backman (jag) – vegetarisk
leif mattsson, leif.mattsson@orsa.se – inga specialkost
hanna ersson, hanna.ersson@orsa.se – glutenfri

tack!
ulrika

Skickat från min iPhone
""",
             X("register", [P("Ulrika Backman", "ulrika.backman@orsa.se", "Orsa kommun", diet="vegetarisk"),
                            P("Leif Mattsson", "leif.mattsson@orsa.se", "Orsa kommun"),
                            P("Hanna Ersson", "hanna.ersson@orsa.se", "Orsa kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "lower-case names with per-person diets; 'inga specialkost' is no diet"),

        mail("af053", "2026-12-14T14:20", ("Nils-Olof Grönlund", "nils-olof.gronlund@avesta.se"),
             "Anmälan DalaLab Avesta",
             """Hej,

Här kommer Avestas anmälan. Vi delar upp träffarna mellan oss:

Nils-Olof Grönlund – 3 maj och 22 februari
Zeynep Yilmaz (zeynep.yilmaz@avesta.se) – 21 september och 29 november

Vi är alltså aldrig fler än en per tillfälle.

Hälsningar
Nils-Olof Grönlund
Samhällsplanerare
Avesta kommun, Kungsgatan 32, 774 81 Avesta
Tel: 0226-64 50 00
""",
             X("register", [P("Nils-Olof Grönlund", "nils-olof.gronlund@avesta.se", "Avesta kommun"),
                            P("Zeynep Yilmaz", "zeynep.yilmaz@avesta.se", "Avesta kommun")], ALL),
             "different sessions per person; together they cover all four"),

        mail("af054", "2026-12-15T09:31", ("Erik Strand", "erik.strand@sater.se"),
             "Fråga om antal deltagare",
             """Hej Linnea,

Vi är fyra på planeringsenheten i Säter som gärna skulle vilja vara med i DalaLab. Jag ser att det är max tre per kommun – får vi turas om, så att det är tre på varje träff men inte alltid samma tre? Eller måste det vara samma personer hela vägen?

Vi anmäler oss när vi vet hur det funkar.

Mvh Erik Strand
Säters kommun
""",
             X("question", [], []),
             "quota question from a group of four; explicitly not yet a signup"),

        mail("af055", "2026-12-16T16:12", ("Oskar Lindqvist", "oskar.lindqvist@regiondalarna.se"),
             "Registration DalaLab - Region Dalarna team",
             """Hi Linnea,

Please register the following colleagues from the regional development unit for all four DalaLab sessions:

Name               | E-mail
-------------------|----------------------------------
Oskar Lindqvist    | oskar.lindqvist@regiondalarna.se
Marta Kowalska     | marta.kowalska@regiondalarna.se
Daniel Okonkwo     | daniel.okonkwo@regiondalarna.se
Sara Vikström      | sara.vikstrom@regiondalarna.se

Marta is vegan.

Thanks!
Oskar
""",
             X("register", [P("Oskar Lindqvist", "oskar.lindqvist@regiondalarna.se", "Region Dalarna"),
                            P("Marta Kowalska", "marta.kowalska@regiondalarna.se", "Region Dalarna", diet="vegan"),
                            P("Daniel Okonkwo", "daniel.okonkwo@regiondalarna.se", "Region Dalarna"),
                            P("Sara Vikström", "sara.vikstrom@regiondalarna.se", "Region Dalarna")],
               ALL, diet="vegan"),
             "English text table of four from the region (no quota for the region)"),

        mail("af056", "2026-12-17T10:45", ("Lars Hedlund", "lars.hedlund@gagnef.se"),
             "Avanmälan",
             """Hej,

Tyvärr måste jag avanmäla två av våra medarbetare från DalaLab: Ingela Sund och Mattias Blom. Omorganisation hos oss gör att de inte längre jobbar med översiktsplaneringen. Det gäller alla träffar.

Mvh
Lars Hedlund
Förvaltningschef
Gagnefs kommun
""",
             X("cancel", [P("Ingela Sund", None, "Gagnefs kommun"),
                          P("Mattias Blom", None, "Gagnefs kommun")], ALL),
             "manager cancels two colleagues without addresses; he was never registered"),

        mail("af057", "2026-12-18T12:09", ("Yvonne Mårtensson", "yvonne.martensson@malung-salen.se"),
             "Ang. DalaLab 29 nov",
             """Hej!

Jag skriver för Gustav Eriksson (gustav.eriksson@malung-salen.se) som är anmäld till DalaLab. Han kan tyvärr inte komma den 29:e november, men övriga träffar gäller som förut.

Hälsningar
Yvonne Mårtensson
Administratör, Samhällsbyggnad
Malung-Sälens kommun
""",
             X("cancel", [P("Gustav Eriksson", "gustav.eriksson@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "administrator cancels one session for a colleague; 'övriga gäller som förut'"),

        mail("af058", "2027-01-08T08:36", ("Peter Wallin", "peter.wallin@vansbro.se"),
             "Ändring deltagare 21/9",
             """Hej Linnea,

Annika Berglund kan inte gå på träffen i september. Istället kommer jag, Peter Wallin, den gången. Annika är kvar på de andra träffarna.

//Peter
""",
             X("change", [P("Annika Berglund", None, "Vansbro kommun"),
                          P("Peter Wallin", "peter.wallin@vansbro.se", "Vansbro kommun")], [S2]),
             "substitution for one session by the sender; leaving colleague without address"),

        mail("af059", "2027-01-11T13:15", ("Kristina Ahlin", "kristina.ahlin@malung-salen.se"),
             "Anmälan DalaLab",
             """<html><body>
<p>Hej!</p>
<p>Här är anmälan från Malung-Sälens kommun till DalaLab:</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>Titel</th><th>E-post</th><th>Träffar</th></tr>
<tr><td>Kristina Ahlin</td><td>Planarkitekt</td><td>kristina.ahlin@malung-salen.se</td><td>Alla</td></tr>
<tr><td>Jakob Nilsson</td><td>Mark- och exploateringsingenjör</td><td>jakob.nilsson@malung-salen.se</td><td>Alla</td></tr>
</table>
<p>Hälsningar<br>Kristina Ahlin<br>Malung-Sälens kommun<br>0280-181 00</p>
</body></html>""",
             X("register", [P("Kristina Ahlin", "kristina.ahlin@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jakob Nilsson", "jakob.nilsson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "HTML-only table with a title column", html=True),

        mail("af060", "2027-01-12T09:58", ("Åsa Öberg", "asa.oberg@vansbro.se"),
             "Anmälan från Vansbro",
             """Hej,

anmäler härmed oss från Vansbro till första träffen i Falun:

öberg, åsa
söderström, göran
näslund, märta

Göran och Märta har inga egna adresser i systemet än, skicka info till mig så vidarebefordrar jag.

Mvh Åsa Öberg
Vansbro kommun
""",
             X("register", [P("Åsa Öberg", "asa.oberg@vansbro.se", "Vansbro kommun"),
                            P("Göran Söderström", None, "Vansbro kommun"),
                            P("Märta Näslund", None, "Vansbro kommun")], [S1]),
             "iso-8859-1, lower-case 'efternamn, förnamn' incl. sender; two without addresses; 'första träffen'",
             charset="iso-8859-1"),

        mail("af061", "2027-01-13T11:22", ("Jenny Falk", "jenny.falk@smedjebacken.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Vi blir tre från Smedjebacken: jag, Ola Rask och Thi Lan Nguyen (thilan.nguyen@smedjebacken.se). Ola har ingen jobbmejl ännu eftersom han är nyanställd, men du kan nå honom via mig.

Vänliga hälsningar
Jenny Falk
Planeringsarkitekt
Smedjebackens kommun
Box 301, 777 28 Smedjebacken
Tel 0240-66 00 00
Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen radera meddelandet.

""" + q(INVITE),
             X("register", [P("Jenny Falk", "jenny.falk@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ola Rask", None, "Smedjebackens kommun"),
                            P("Thi Lan Nguyen", "thilan.nguyen@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "Outlook reply with quoted invitation (its dates are not the signup); one colleague without address"),

        mail("af062", "2027-01-14T15:03", ("Sven Hammar", "sven.hammar@alvdalen.se"),
             "Fråga kvot",
             """Hej

Vi i Älvdalen är tre som vill vara med, plus en kollega från Länsstyrelsen som vi samarbetar med i ett projekt. Räknas hon in i vår kvot om vi anmäler henne tillsammans med oss, eller anmäler hon sig själv via Lst? Vill inte ta en plats i onödan.

Tack på förhand
Sven Hammar
Älvdalens kommun
""",
             X("question", [], []),
             "quota question mentioning two organisations; nobody is registered yet"),

        mail("af063", "2027-01-15T10:17", ("Camilla Rönnqvist", "camilla.ronnqvist@leksand.se"),
             "Anmälan",
             """Hej Linnea!

Jag vill anmäla mig till alla DalaLab-träffarna. Min kollega Anton Wikström (anton.wikstrom@leksand.se) vill också vara med, men han kan bara på första träffen den 3 maj eftersom han går på föräldraledighet sedan.

Tack!
Camilla
""",
             X("register", [P("Camilla Rönnqvist", "camilla.ronnqvist@leksand.se", "Leksands kommun"),
                            P("Anton Wikström", "anton.wikstrom@leksand.se", "Leksands kommun")], ALL),
             "sender all four, colleague only 3 maj: message sessions are the union"),

        mail("af064", "2027-01-18T08:44", ("Johanna Berg", "johanna.berg@lansstyrelsen.se"),
             "Anmälan Lst och Region – höstens träffar",
             """Hej,

Jag och Ahmed Farah från regionen (ahmed.farah@regiondalarna.se) vill anmäla oss till höstens två träffar, september och november. Vi har redan anmält oss till vårträffen separat, så det är bara de två i höst det gäller nu.

Mvh
Johanna Berg
Handläggare, samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Johanna Berg", "johanna.berg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ahmed Farah", "ahmed.farah@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "Lst + Region in one mail; 'höstens två träffar' = S2 and S3; spring signup mentioned as done"),

        mail("af065", "2027-01-19T13:50", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"),
             "VS: DalaLab",
             """Hej!

Vi har fått frågan från Johan Carlberg på detaljplan om han kan vara med på DalaLab från och med träffen i november. Vänligen anmäl honom till 29/11 och 22/2. Hans adress är johan.carlberg@borlange.se.

Obs att Magnus Ek redan har anmält några från oss, Johan är utöver dem men vi är fortfarande inom tre tror vi.

Med vänlig hälsning
Petra Sandberg
för Samhällsbyggnadsförvaltningen
Borlänge kommun
""",
             X("register", [P("Johan Carlberg", "johan.carlberg@borlange.se", "Borlänge kommun")], [S3, S4]),
             "function mailbox, signed by a person who does not attend; other already-registered colleague named (not a person here)"),

        tg("af066", "2027-01-20T19:32", "Mikael Ström", 581204733,
           """hej! anmäler mig och min kollega anders berg, vi jobbar båda på orsa kommun. alla tillfällen 👍""",
           X("register", [P("Mikael Ström", None, "Orsa kommun"),
                          P("Anders Berg", None, "Orsa kommun")], ALL),
           "Telegram, sender and lower-case colleague, organisation from text, no addresses"),

        mail("af067", "2027-01-21T09:05", ("Personalavdelningen Hedemora", "personal@hedemora.se"),
             "Avanmälan DalaLab",
             """Hej,

Tobias Nyström (tobias.nystrom@hedemora.se) har avslutat sin anställning hos Hedemora kommun. Vänligen stryk honom från DalaLab. Vi återkommer om någon annan ska ta hans plats.

Personalavdelningen
Hedemora kommun
""",
             X("cancel", [P("Tobias Nyström", "tobias.nystrom@hedemora.se", "Hedemora kommun")], ALL),
             "HR mailbox withdraws a colleague without substitute: cancel, all sessions"),

        mail("af068", "2027-01-22T14:38", ("Katarina Wiklund", "katarina.wiklund@falun.se"),
             "Ändring i Faluns anmälan",
             """Hej Linnea,

En ändring i vår anmälan: Elin Westerlund går på föräldraledighet och ersätts av Rasmus Holmgren, rasmus.holmgren@falun.se, på samtliga träffar. Karolina och Amir står kvar som tidigare.

Rasmus har laktosintolerans.

Vänliga hälsningar
Katarina Wiklund
Enhetschef Översiktsplanering
Falu kommun
""",
             X("change", [P("Elin Westerlund", None, "Falu kommun"),
                          P("Rasmus Holmgren", "rasmus.holmgren@falun.se", "Falu kommun", diet="laktosintolerans")],
               ALL, diet="laktosintolerans"),
             "manager substitutes a colleague; the two staying 'står kvar' are not people here; substitute's diet"),

        mail("af069", "2027-01-25T11:11", ("Ingrid Bäckström", "ingrid.backstrom@ludvika.se"),
             "Anmälan DalaLab – fyra från Ludvika",
             """Hej!

Vi vill anmäla fyra personer från Ludvika till DalaLab, alla träffar:

1. Ingrid Bäckström, ingrid.backstrom@ludvika.se
2. Roger Åkesson, roger.akesson@ludvika.se
3. Piotr Nowak, piotr.nowak@ludvika.se
4. Emma Sjödin, emma.sjodin@ludvika.se

Jag såg att det står tre per kommun, men hoppas att det kan gå ändå. Annars får Emma stå på reservlistan.

Hälsningar Ingrid
""",
             X("register", [P("Ingrid Bäckström", "ingrid.backstrom@ludvika.se", "Ludvika kommun"),
                            P("Roger Åkesson", "roger.akesson@ludvika.se", "Ludvika kommun"),
                            P("Piotr Nowak", "piotr.nowak@ludvika.se", "Ludvika kommun"),
                            P("Emma Sjödin", "emma.sjodin@ludvika.se", "Ludvika kommun")], ALL),
             "four from one municipality over the quota; all four are asked for (the quota is the reply's business)"),

        mail("af070", "2027-01-26T10:29", ("Therese Lundin", "therese.lundin@rattvik.se"),
             "Hur anmäler man kollegor?",
             """Hej,

Kan jag som samordnare anmäla mina kollegor på en gång, eller behöver var och en skicka en egen anmälan? Och behöver ni deras personnummer eller räcker namn och e-post?

/Therese Lundin, Rättviks kommun
""",
             X("question", [], []),
             "question about how to register a group; names nobody"),

        mail("af071", "2027-01-27T16:44", ("Fredrik Almgren", "fredrik.almgren@sater.se"),
             "Re: Fråga om antal deltagare",
             """Hej igen!

Tack för svaret till Erik. Då anmäler vi nu mig och Karin Engström (karin.engstrom@sater.se) till alla fyra träffarna. Vi är egentligen fyra som är intresserade – får de andra två turas om på den tredje platsen, en träff var?

Mvh
Fredrik Almgren
Säters kommun
""",
             X("register", [P("Fredrik Almgren", "fredrik.almgren@sater.se", "Säters kommun"),
                            P("Karin Engström", "karin.engstrom@sater.se", "Säters kommun")], ALL),
             "signup plus a rota question for two unnamed colleagues: register, only the two named"),

        mail("af072", "2027-01-28T08:20", ("Anna-Karin Dufva", "anna-karin.dufva@gagnef.se"),
             "Anmälan till DalaLab",
             """God morgon!

Jag skulle vilja anmäla mig själv och två kollegor till DalaLab. Kollegorna är Lena Hansson (lena.hansson@gagnef.se), som behöver laktosfritt, och Kalle Sundin (kalle.sundin@gagnef.se), som har nötallergi. Själv äter jag allt.

Vi kommer på alla träffar.

Vänligen
Anna-Karin Dufva
Översiktsplanerare, Gagnefs kommun
Tfn 0241-150 00
""",
             X("register", [P("Anna-Karin Dufva", "anna-karin.dufva@gagnef.se", "Gagnefs kommun"),
                            P("Lena Hansson", "lena.hansson@gagnef.se", "Gagnefs kommun", diet="laktosfritt"),
                            P("Kalle Sundin", "kalle.sundin@gagnef.se", "Gagnefs kommun", diet="nötallergi")],
               ALL, diet="laktosfritt, nötallergi"),
             "per-person diets in prose; sender explicitly has none"),

        mail("af073", "2027-02-01T12:34", ("Mohammed Al-Hassan", "mohammed.al-hassan@avesta.se"),
             "Avanmälan 3/5",
             """Hej,

Jag och Zeynep Yilmaz (zeynep.yilmaz@avesta.se) kan tyvärr inte komma på träffen 3/5 pga en krock med kommunfullmäktige. Vi kommer på de andra.

Mvh Mohammed
""",
             X("cancel", [P("Mohammed Al-Hassan", "mohammed.al-hassan@avesta.se", "Avesta kommun"),
                          P("Zeynep Yilmaz", "zeynep.yilmaz@avesta.se", "Avesta kommun")], [S1]),
             "two people cancel one session, date as '3/5'"),

        mail("af074", "2027-02-02T09:12", ("Linda Hedström", "linda.hedstrom@alvdalen.se"),
             "Byte av träff",
             """Hej!

Maria Lindkvist och jag byter från träffen 29/11 till den 22/2 istället. Det krockar med budgetarbetet i november.

Maria har mejl maria.lindkvist@alvdalen.se

/Linda Hedström, Älvdalens kommun
""",
             X("change", [P("Linda Hedström", "linda.hedstrom@alvdalen.se", "Älvdalens kommun"),
                          P("Maria Lindkvist", "maria.lindkvist@alvdalen.se", "Älvdalens kommun")], [S4]),
             "bare swap for two people: only the new session"),

        mail("af075", "2027-02-03T14:47", ("Göran Pettersson", "goran.pettersson@mora.se"),
             "VB: DalaLab?",
             """Hej Linnea,

Se nedan, kan du anmäla Fredrik? Jag är hans chef och godkänner. Själv har jag inte tid tyvärr.

Göran Pettersson
Samhällsbyggnadschef, Mora kommun

-----Ursprungligt meddelande-----
Från: Fredrik Åström <fredrik.astrom@mora.se>
Skickat: den 2 februari 2027 16:10
Till: Pettersson Göran <goran.pettersson@mora.se>
Ämne: DalaLab?

Hej Göran, jag skulle gärna vilja gå på DalaLab, särskilt träffarna i september och november som handlar om utvecklingsinriktning och osäkerheter. Går det bra?
/Fredrik
""",
             X("register", [P("Fredrik Åström", "fredrik.astrom@mora.se", "Mora kommun")], [S2, S3]),
             "manager forwards (VB:) a colleague's wish; sessions come from the forwarded text; manager not attending"),

        mail("af076", "2027-02-04T10:03", ("Tom Eriksson", "tom.eriksson@ludvika.se"),
             "Sign up DalaLab",
             """Hello Linnea,

Me and my colleagues Anna Svensson (anna.svensson@ludvika.se) and Rahel Tesfaye (rahel.tesfaye@ludvika.se) would like to join the meetings in may and in september. We are not able for the ones in november and february sadly.

Best regard
Tom Eriksson
Urban planner, Ludvika municipality
""",
             X("register", [P("Tom Eriksson", "tom.eriksson@ludvika.se", "Ludvika kommun"),
                            P("Anna Svensson", "anna.svensson@ludvika.se", "Ludvika kommun"),
                            P("Rahel Tesfaye", "rahel.tesfaye@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "bad English group signup; months named, the excluded ones too"),

        tg("af077", "2027-02-05T07:55", "Sara Lind", 604118920,
           """Hej! Vi är två från Hedemora: jag och Oliver Dahl (oliver.dahl@hedemora.se). Bara första träffen i Falun för vår del.""",
           X("register", [P("Sara Lind", None, "Hedemora kommun"),
                          P("Oliver Dahl", "oliver.dahl@hedemora.se", "Hedemora kommun")], [S1]),
           "Telegram group signup; sender has no address, colleague has one; 'första träffen'"),

        mail("af078", "2027-02-08T13:26", ("Anna-Karin Dufva", "anna-karin.dufva@gagnef.se"),
             "Kost – Kalle Sundin",
             """Hej igen,

En uppdatering om Kalle Sundin som jag anmälde till alla fyra träffarna: han har nu blivit vegan, så han behöver vegansk kost på fika och lunch. Kan ni notera det?

Tack!
Anna-Karin
""",
             X("change", [P("Kalle Sundin", None, "Gagnefs kommun", diet="vegan")], ALL, diet="vegan"),
             "diet update for a colleague by the one who registered him; address not repeated"),

        mail("af079", "2027-02-09T11:40", ("Erik Svedberg", "erik.svedberg@alvdalen.se"),
             "Anmälan Älvdalen",
             """Hej,

Anmälan från Älvdalens kommun, samtliga fyra träffar:

Namn\tFörvaltning\tE-post\tKost
Erik Svedberg\tSamhällsbyggnad\terik.svedberg@alvdalen.se\t-
Aino Kallio\tSamhällsbyggnad\taino.kallio@alvdalen.se\tvegetarisk
Sven Hammar\tKommunledning\tsven.hammar@alvdalen.se\t-

Mvh Erik
""",
             X("register", [P("Erik Svedberg", "erik.svedberg@alvdalen.se", "Älvdalens kommun"),
                            P("Aino Kallio", "aino.kallio@alvdalen.se", "Älvdalens kommun", diet="vegetarisk"),
                            P("Sven Hammar", "sven.hammar@alvdalen.se", "Älvdalens kommun")], ALL,
               diet="vegetarisk"),
             "tab-separated table with a diet column; '-' is no diet"),

        mail("af080", "2027-02-10T15:58", ("Ebba Granath", "ebba.granath@gagnef.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

Jag vill anmäla mig till DalaLab, alla träffar. Jag tar också med mig Stina Jansson från Leksands kommun som vi delar en tjänst med – hon har tyvärr problem med sin mejl just nu, så skicka gärna hennes bekräftelse till mig.

Hälsningar
Ebba Granath
Gagnefs kommun
""",
             X("register", [P("Ebba Granath", "ebba.granath@gagnef.se", "Gagnefs kommun"),
                            P("Stina Jansson", None, "Leksands kommun")], ALL),
             "colleague without address belongs to another municipality than the sender (from text)",
             ),

        mail("af081", "2027-02-11T09:19", ("Registrator Falu kommun", "registrator@falun.se"),
             "VB: Avanmälan DalaLab",
             """Vidarebefordras till rätt mottagare.

Registrator
Falu kommun

---------- Vidarebefordrat meddelande ----------
Från: Amir Hadžić
Datum: 10 feb 2027 17:02
Ämne: Avanmälan DalaLab

Hej, jag (amir.hadzic@falun.se) kan inte vara med på DalaLab längre och vill avanmäla mig från alla träffar. Vänliga hälsningar, Amir
""",
             X("cancel", [P("Amir Hadžić", "amir.hadzic@falun.se", "Falu kommun")], ALL),
             "registry mailbox forwards a cancellation; the person's address is only in the forwarded text"),

        mail("af082", "2027-02-12T08:07", ("Marie Lundberg", "marie.lundberg@rattvik.se"),
             "Anmälan planeringsavdelningen Rättvik",
             """Hej!

Jag anmäler härmed tre medarbetare på planeringsavdelningen till DalaLab, träffarna 21.9 och 29.11:

Therese Lundin – therese.lundin@rattvik.se
Oscar Mäkinen – oscar.makinen@rattvik.se
Hilda Gunnarsson – hilda.gunnarsson@rattvik.se

Jag själv kan tyvärr inte vara med men följer arbetet via dem.

Vänliga hälsningar
Marie Lundberg
Avdelningschef, Rättviks kommun
""",
             X("register", [P("Therese Lundin", "therese.lundin@rattvik.se", "Rättviks kommun"),
                            P("Oscar Mäkinen", "oscar.makinen@rattvik.se", "Rättviks kommun"),
                            P("Hilda Gunnarsson", "hilda.gunnarsson@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "manager registers three, 'jag själv kan tyvärr inte'; dates as 21.9 and 29.11"),

        mail("af083", "2027-02-15T12:52", ("Ylva Danielsson", "ylva.danielsson@mora.se"),
             "Max tre per kommun?",
             """Hej Linnea!

Vi är fyra på strategienheten i Mora som är intresserade. Jonas och Fatima är redan anmälda av vår sekreterare. Får vi turas om så att t.ex. jag går i maj och min kollega i september, så vi aldrig är fler än tre samtidigt? Eller räknas det per person över hela projektet?

Mvh Ylva
Ylva Danielsson, utvecklingsstrateg, Mora kommun
""",
             X("question", [], []),
             "quota/rota question naming already-registered colleagues and months; no signup"),

        mail("af084", "2027-02-16T10:30", ("Administratör Samhällsbyggnad", "sbf.admin@rattvik.se"),
             "Anmälan DalaLab",
             """Hej,

Anmälan till första träffen (3 maj) för följande:

Sandström, Malin <malin.sandstrom@rattvik.se>; Wallgren, Tove <tove.wallgren@rattvik.se>; Bergqvist, Ida <ida.bergqvist@rattvik.se>

Kopia till avdelningschef Marie Lundberg för kännedom.

Samhällsbyggnadsförvaltningen
Rättviks kommun
""",
             X("register", [P("Malin Sandström", "malin.sandstrom@rattvik.se", "Rättviks kommun"),
                            P("Tove Wallgren", "tove.wallgren@rattvik.se", "Rättviks kommun"),
                            P("Ida Bergqvist", "ida.bergqvist@rattvik.se", "Rättviks kommun")], [S1]),
             "Outlook address-field style 'Efternamn, Förnamn <addr>' list from a function mailbox; the manager named is not a person here"),

        mail("af085", "2027-02-18T14:14", ("Camilla Rönnqvist", "camilla.ronnqvist@leksand.se"),
             "Lägg till februari",
             """Hej!

Anton Wikström och jag är anmälda till 3 maj. Kan du lägga till träffen den 22 februari för oss båda också? Anton är tillbaka från ledigheten då.

Tack!
Camilla
""",
             X("change", [P("Camilla Rönnqvist", "camilla.ronnqvist@leksand.se", "Leksands kommun"),
                          P("Anton Wikström", None, "Leksands kommun")], [S1, S4]),
             "adding a session for two people: sessions after the change are both"),

        mail("af086", "2027-02-22T09:48", ("Hans Norberg", "hans.norberg@lansstyrelsen.se"),
             "DalaLab registration Länsstyrelsen",
             """Dear Linnea,

From the County Administrative Board we would like to register:

- Hans Norberg (myself): sessions 1 and 4
- Leyla Karimi, leyla.karimi@lansstyrelsen.se: session 2 only, vegan
- Björn af Ekenstam, bjorn.afekenstam@lansstyrelsen.se: sessions 1 and 2

Kind regards,
Hans Norberg
Senior Adviser, Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun | +46 10-225 00 00
""",
             X("register", [P("Hans Norberg", "hans.norberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Leyla Karimi", "leyla.karimi@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan"),
                            P("Björn af Ekenstam", "bjorn.afekenstam@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S4], diet="vegan"),
             "English, sessions by number per person (union 1, 2, 4); particle name 'af'"),

        mail("af087", "2027-03-01T06:15", ("Planeringsenheten Orsa", "plan@orsa.se"),
             "Automatiskt svar: Anmälan DalaLab – tre från Orsa",
             """Tack för ditt mejl till Planeringsenheten i Orsa kommun.

Funktionsbrevlådan bevakas vardagar 08.00–16.00. Ärenden om bygglov hänvisas till e-tjänsten på orsa.se. Vid brådskande ärenden ring kommunens växel 0250-552 00.

Detta är ett automatiskt svar.
""",
             X("auto_reply", [], []),
             "auto-reply from a shared function mailbox; subject echoes a group signup"),

        mail("af088", "2027-03-03T11:36", ("Lisa Andersson", "lisa.andersson@avesta.se"),
             "ANMÄLAN DALALAB",
             """Hej

Härmed anmäls följande från Avesta kommun till träffarna 21/9, 29/11 och 22/2:

ANDERSSON, LISA (undertecknad, kontaktperson)
NORDIN, PER (per.nordin@avesta.se)

Lisa Andersson
Avesta kommun
""",
             X("register", [P("Lisa Andersson", "lisa.andersson@avesta.se", "Avesta kommun"),
                            P("Per Nordin", "per.nordin@avesta.se", "Avesta kommun")], [S2, S3, S4]),
             "capitals 'EFTERNAMN, FÖRNAMN' incl. the sender ('undertecknad'); colleague's address in parentheses"),

        mail("af089", "2027-03-08T16:05", ("Magnus Ek", "magnus.ek@borlange.se"),
             "Avanmälan Borlänge – höstens träffar",
             """Hej Linnea,

Vi måste tyvärr avanmäla hela gruppen från Borlänge från höstens två träffar (september och november) – vi har en intern ÖP-workshop som krockar. Det gäller:

Magnus Ek
Sofie Dahlgren
Per-Erik Holm-Karlsson

Vi hoppas komma tillbaka i februari.

/Magnus
""",
             X("cancel", [P("Magnus Ek", "magnus.ek@borlange.se", "Borlänge kommun"),
                          P("Sofie Dahlgren", None, "Borlänge kommun"),
                          P("Per-Erik Holm-Karlsson", None, "Borlänge kommun")], [S2, S3]),
             "group cancellation of the two autumn sessions; colleagues without addresses this time"),

        tg("af090", "2027-03-12T12:41", "Helena Kvist", 733905162,
           """Hej, jag är assistent på kommunledningen i Vansbro. Vill anmäla min chef Göran Ek, goran.ek@vansbro.se, till alla datum. Jag ska inte med själv""",
           X("register", [P("Göran Ek", "goran.ek@vansbro.se", "Vansbro kommun")], ALL),
           "Telegram assistant registers her boss, explicitly not herself"),
    ]
