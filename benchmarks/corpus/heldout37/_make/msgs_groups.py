"""Batch 38, theme groups: planners, managers, secretaries and HR signing up, changing, substituting and
cancelling colleagues; several organisations in one mail; lists in every shape; who attends and who doesn't;
people without addresses; shared function mailboxes writing for a named person."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("an046", "2027-01-12T08:41", ("Margareta Sjödin", "margareta.sjodin@falun.se"),
             "Anmälan DalaLab - två från stadsbyggnad",
             """Hej Linnea!

Jag vill anmäla två av mina medarbetare till DalaLab. Jag själv kan tyvärr inte delta den här gången, men
tycker att upplägget verkar mycket bra.

- Jesper Almqvist, översiktsplanerare, jesper.almqvist@falun.se
- Therese Back, planarkitekt, therese.back@falun.se

De går på alla träffarna.

Vänliga hälsningar
Margareta Sjödin
Enhetschef Översiktsplanering
Stadsbyggnadsförvaltningen, Falu kommun
791 83 Falun
Tel 023-82 000 (vxl), direkt 023-86 114
""",
             X("register", [P("Jesper Almqvist", "jesper.almqvist@falun.se", "Falu kommun"),
                            P("Therese Back", "therese.back@falun.se", "Falu kommun")], ALL),
             "manager registers two colleagues with addresses, not herself; no dates means all"),

        mail("an047", "2027-01-19T13:05", ("Gunilla Persson", "gunilla.persson@borlange.se"),
             "Anmälan",
             """Hej,

På uppdrag av samhällsbyggnadschefen anmäler jag följande person till DalaLab:

Namn:        Rasmus Hedlund
Titel:       Strategisk samhällsplanerare
Förvaltning: Samhällsbyggnadsförvaltningen
Tillfällen:  3 maj och 21 september

Han har inte möjlighet att delta på de två senare träffarna.

Med vänlig hälsning
Gunilla Persson
Administratör
Borlänge kommun
0243-740 00
""",
             X("register", [P("Rasmus Hedlund", None, "Borlänge kommun")], [S1, S2]),
             "secretary registers one named planner in form layout, no address for him; two sessions"),

        mail("an048", "2027-01-22T10:17", ("HR-avdelningen Ludvika kommun", "hr@ludvika.se"),
             "DalaLab - anmälan av deltagare",
             """Hej!

Härmed anmäls följande deltagare från Ludvika kommun till lärprojektet DalaLab (samtliga fyra tillfällen):

Ström, Ingrid; Nyqvist, Per; Alm, Sara

Kontakta gärna respektive deltagare via kommunens växel om något behöver kompletteras.

Med vänlig hälsning
HR-avdelningen
Ludvika kommun
""",
             X("register", [P("Ingrid Ström", None, "Ludvika kommun"), P("Per Nyqvist", None, "Ludvika kommun"),
                            P("Sara Alm", None, "Ludvika kommun")], ALL),
             "HR function mailbox, 'Efternamn, Förnamn' separated by semicolons, no addresses"),

        tg("an049", "2027-01-25T19:32", "Elin Sandberg", 508812334,
           "Hej! Anmäler mig och min kollega Jonas Berg från Mora kommun till 3 maj och 21 sept 🙂",
           X("register", [P("Elin Sandberg", None, "Mora kommun"), P("Jonas Berg", None, "Mora kommun")], [S1, S2]),
           "telegram sender registers herself and a colleague, org from text, two sessions"),

        mail("an050", "2027-02-02T21:48", ("Josefin Lindahl", "josefin.lindahl84@gmail.com"),
             "anmälan dalalab",
             """Hej Linnea,

Skriver från min privata mejl då jobbdatorn strular. Jag och min kollega Marcus Eriksson på Säters kommun vill
gärna anmäla oss till DalaLab, alla fyra gångerna.

Mvh Josefin Lindahl
planeringsekolog, Säters kommun
""",
             X("register", [P("Josefin Lindahl", "josefin.lindahl84@gmail.com", "Säters kommun"),
                            P("Marcus Eriksson", None, "Säters kommun")], ALL),
             "gmail sender, org from text, colleague without address"),

        mail("an051", "2027-02-04T09:12", ("Håkan Brandt", "hakan.brandt@malung-salen.se"),
             "Anmälan DalaLab från västra Dalarnas planeringsnätverk",
             """Hej Linnea,

Vi i planeringsnätverket för västra Dalarna har pratat ihop oss och vill gärna gå tillsammans. Jag samlar
anmälningarna så att du slipper få tre mejl:

  * Håkan Brandt, Malung-Sälens kommun (jag själv)
  * Ebba Lundgren, Vansbro kommun, ebba.lundgren@vansbro.se
  * Samuel Rydén, Älvdalens kommun, samuel.ryden@alvdalen.se

Vi anmäler oss till samtliga tillfällen. Samåker till Falun den 3 maj.

Hälsningar
Håkan Brandt
Samhällsplanerare
Malung-Sälens kommun | Box 14 | 782 21 Malung
070-312 45 88
""",
             X("register", [P("Håkan Brandt", "hakan.brandt@malung-salen.se", "Malung-Sälens kommun"),
                            P("Ebba Lundgren", "ebba.lundgren@vansbro.se", "Vansbro kommun"),
                            P("Samuel Rydén", "samuel.ryden@alvdalen.se", "Älvdalens kommun")], ALL),
             "one mail for three municipalities, sender attends too; mention of 3 May is not a restriction"),

        mail("an052", "2027-02-08T11:26", ("Christer Hallberg", "christer.hallberg@hedemora.se"),
             "SV: Bekräftelse anmälan DalaLab",
             """Hej,

Karin Lund har slutat hos oss från och med februari. Oskar Wik, vår nya översiktsplanerare, tar hennes plats på
alla fyra träffarna. Hans adress är oskar.wik@hedemora.se.

Hälsningar
Christer Hallberg
Planchef, Hedemora kommun
""",
             X("change", [P("Karin Lund", None, "Hedemora kommun"),
                          P("Oskar Wik", "oskar.wik@hedemora.se", "Hedemora kommun")], ALL),
             "manager substitutes a colleague who has left; both people, substitute's sessions"),

        mail("an053", "2027-02-10T14:03", ("Lena Vestin", "lena.vestin@avesta.se"),
             "Avanmälan",
             """Hej!

Anders Hed som anmäldes till DalaLab i januari har slutat hos oss. Vänligen stryk honom från deltagarlistan.
Vi återkommer om vi hittar någon som kan ta platsen.

Med vänliga hälsningar
Lena Vestin
HR-konsult
Avesta kommun
""",
             X("cancel", [P("Anders Hed", None, "Avesta kommun")], ALL),
             "HR withdraws a colleague who has left, no substitute yet"),

        mail("an054", "2027-02-11T08:55", ("Samhällsbyggnad Rättvik", "samhallsbyggnad@rattvik.se"),
             "Ändring av anmälan - Maria Eklund",
             """Hej Linnea,

Maria Eklund ber oss meddela att hon vill byta 3 maj mot 21 september. Hon har en annan konferens i maj.

Hälsningar
Samhällsbyggnadsförvaltningen
Rättviks kommun
""",
             X("change", [P("Maria Eklund", None, "Rättviks kommun")], [S2]),
             "shared mailbox writes for a named person; bare swap gives the new session only"),

        mail("an055", "2027-02-15T10:40", ("Registrator Leksands kommun", "registrator@leksand.se"),
             "Anmälan till DalaLab",
             """Hej,

Följande meddelande har inkommit till kommunens registratur och vidarebefordras till dig:

"Jag heter Ida Persson och arbetar som planarkitekt på Leksands kommun. Jag vill anmäla mig till DalaLab,
till träffarna den 29 november och 22 februari. Jag nås på ida.persson@leksand.se."

Med vänlig hälsning
Registrator
Leksands kommun
Box 500, 793 27 Leksand
""",
             X("register", [P("Ida Persson", "ida.persson@leksand.se", "Leksands kommun")], [S3, S4]),
             "registry mailbox forwards a named person's signup, her own address in the text"),

        mail("an056", "2027-02-16T15:22", ("Petter Forsgren", "petter.forsgren@gagnef.se"),
             "Kost",
             """Hej igen Linnea,

Glömde en sak när jag anmälde mina kollegor: Sofia Berglund är vegan. Kan du notera det?

/Petter
""",
             X("change", [P("Sofia Berglund", None, "Gagnefs kommun", diet="vegan")], [], diet="vegan"),
             "manager adds a colleague's diet after signup; change with no sessions"),

        mail("an057", "2027-02-17T09:14", ("Malin Törnqvist", "malin.tornqvist@gagnef.se"),
             "Anmälan DalaLab Gagnefs kommun",
             """<html><body style="font-family:Calibri,sans-serif">
<p>Hej Linnea!</p>
<p>Här kommer Gagnefs anmälan till DalaLab. Vi är tre som vill delta på alla fyra träffarna.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Tillfällen</th><th>Kost</th></tr>
<tr><td>Malin Törnqvist</td><td>malin.tornqvist@gagnef.se</td><td>Alla</td><td>-</td></tr>
<tr><td>Sofia Berglund</td><td>sofia.berglund@gagnef.se</td><td>Alla</td><td>-</td></tr>
<tr><td>Anton Kjellberg</td><td>anton.kjellberg@gagnef.se</td><td>Alla</td><td>glutenfri</td></tr>
</table>
<p>Med vänlig hälsning<br><b>Malin Törnqvist</b><br>Översiktsplanerare<br>Gagnefs kommun<br>
Tel: 0241-150 00</p>
</body></html>""",
             X("register", [P("Malin Törnqvist", "malin.tornqvist@gagnef.se", "Gagnefs kommun"),
                            P("Sofia Berglund", "sofia.berglund@gagnef.se", "Gagnefs kommun"),
                            P("Anton Kjellberg", "anton.kjellberg@gagnef.se", "Gagnefs kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "HTML table of three with addresses and one diet", html=True),

        mail("an058", "2027-01-28T13:50", ("Birgitta Ohlsson", "birgitta.ohlsson@smedjebacken.se"),
             "Anmälan till DalaLab",
             """Hej,

Härmed anmäls följande personer från Smedjebackens kommun till träffarna 3 maj och 29 november:

Samhällsplanerare Lars-Erik Mård
Översiktsplanerare Tove Ahl (vegetarisk)

Undertecknad deltar inte.

Med vänlig hälsning

Birgitta Ohlsson
Nämndsekreterare
Smedjebackens kommun
Torget 1, 777 81 Smedjebacken
""",
             X("register", [P("Lars-Erik Mård", None, "Smedjebackens kommun"),
                            P("Tove Ahl", None, "Smedjebackens kommun", diet="vegetarisk")], [S1, S3],
               diet="vegetarisk"),
             "iso-8859-1, one per line with titles and a diet, sender doesn't attend", charset="iso-8859-1"),

        mail("an059", "2027-02-01T16:30", ("Rebecca Holm", "rebecca.holm@regiondalarna.se"),
             "DalaLab registration - two colleagues",
             """Hi Linnea,

I'd like to sign up two of my colleagues at the regional development unit for DalaLab: Daniel Okafor
(daniel.okafor@regiondalarna.se) and Priya Raman (priya.raman@regiondalarna.se). They would like to attend
the sessions on 21 September and 22 February. I won't attend myself.

Best regards,
Rebecca Holm
HR Business Partner, Region Dalarna
""",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna"),
                            P("Priya Raman", "priya.raman@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "English HR sender registers two colleagues for two sessions"),

        tg("an060", "2027-02-05T22:11", "Mats Jonsson", 733104882,
           "anmäler mig o petra lindqvist, borlänge, alla ggr",
           X("register", [P("Mats Jonsson", None, "Borlänge kommun"), P("Petra Lindqvist", None, "Borlänge kommun")],
             ALL),
           "sloppy lower-case telegram for self and colleague"),

        mail("an061", "2027-02-18T08:20", ("Anneli Wallin", "anneli.wallin@mora.se"),
             "Fråga om antal platser",
             """Hej Linnea,

Får vi skicka fyra personer från Mora om en av dem bara går på första träffen den 3 maj? Eller räknas det ändå
som fyra?

Tack på förhand!
Anneli Wallin
Planeringschef, Mora kommun
""",
             X("question"),
             "manager's quota question mentioning a date; no signup"),

        mail("an062", "2027-01-14T11:02", ("Peter Söderlund", "peter.soderlund@orsa.se"),
             "Anmälan för grupp?",
             """Hej!

Behöver varje person anmäla sig själv eller kan jag som chef anmäla hela gruppen i ett mejl? Vi är inte riktigt
klara med vilka som ska gå än.

Mvh Peter Söderlund
Orsa kommun
""",
             X("question"),
             "manager asks how group signup works, no names"),

        mail("an063", "2027-03-01T07:00", ("Karl Moberg", "karl.moberg@orsa.se"),
             "Frånvaro: Anmälan DalaLab",
             """Hej,

Jag är tjänstledig till och med 31 mars. Frågor om kommunens anmälningar till DalaLab och andra
utbildningar hänvisas till Peter Söderlund, peter.soderlund@orsa.se.

Detta är ett automatiskt svar.

Karl Moberg
""",
             X("auto_reply"),
             "out-of-office referring DalaLab questions to a colleague"),

        mail("an064", "2027-03-03T10:45", ("Ylva Granath", "ylva.granath@sater.se"),
             "Förhinder 21/9",
             """Hej Linnea,

Jonas Lilja kan inte komma 21/9 p.g.a. budgetberedning. Samma sak gäller Emma Fors. Övriga datum står kvar för
båda två.

Hälsningar
Ylva
--
Ylva Granath
Avdelningschef Plan
Säters kommun, Box 300, 783 27 Säter
0225-550 00
""",
             X("cancel", [P("Jonas Lilja", None, "Säters kommun"), P("Emma Fors", None, "Säters kommun")], [S2]),
             "manager drops one session for two colleagues, the rest stays"),

        mail("an065", "2027-02-22T07:58", ("Cecilia Nordgren", "cecilia.nordgren@ludvika.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej! Vi anmäler oss, jag och Hampus Kronberg, till första och sista träffen. Hampus adress är
hampus.kronberg@ludvika.se

Skickat från min iPhone

> 1 feb. 2027 kl. 09:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Välkommen till DalaLab! Lärprojektet består av fyra träffar:
> 3 maj 2027, Falun - Hållbar utveckling i ett rumsligt perspektiv
> 21 september 2027 - Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 29 november 2027 - Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 - Planera för tillgänglighet
>
> Anmälan senast 14 april 2027. Upp till tre personer per kommun.
""",
             X("register", [P("Cecilia Nordgren", "cecilia.nordgren@ludvika.se", "Ludvika kommun"),
                            P("Hampus Kronberg", "hampus.kronberg@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "iPhone reply to the invitation; 'första och sista' against the quoted list of four dates"),

        mail("an066", "2027-02-09T10:31", ("Annelie Skog", "annelie.skog@vansbro.se"),
             "Re: Bekräftelse: anmälan DalaLab",
             """Hej igen!

Kan vi lägga till Robin Sved också? Samma tillfällen som Ebba, dvs alla fyra.

Tack!
Annelie

Den tis 9 feb. 2027 kl 08:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej Annelie,
> Tack för anmälan. Ebba Lundgren är nu anmäld till samtliga fyra tillfällen i DalaLab.
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna
""",
             X("register", [P("Robin Sved", None, "Vansbro kommun")], ALL),
             "Gmail-style quoted reply adding one more colleague; org from domain"),

        mail("an067", "2027-03-08T13:19", ("Jan Eldh", "jan.eldh@leksand.se"),
             "Ändring Leksand",
             """Hej,

Annika Holm kan inte gå på höstträffarna, så Stina Gren går i stället den 21 september och 29 november.
Stina nås på stina.gren@leksand.se.

Mvh
Jan Eldh
Chef samhällsbyggnad
Leksands kommun
""",
             X("change", [P("Annika Holm", None, "Leksands kommun"),
                          P("Stina Gren", "stina.gren@leksand.se", "Leksands kommun")], [S2, S3]),
             "partial substitution in running text; substitute's two autumn sessions"),

        tg("an068", "2027-03-10T12:47", "Hanna Rask", 641920075,
           "Hej, vi vill anmäla oss till höstens träff, jag och Per Östlund",
           X("register", [P("Hanna Rask", None, None), P("Per Östlund", None, None)], [S2, S3],
             unsure=["sessions"]),
           "'höstens träff' is ambiguous between two autumn sessions; no organisation"),

        mail("an069", "2027-03-11T09:05", ("Sara Björk", "sara.bjork@hedemora.se"),
             "Radering av personuppgifter",
             """Hej,

Erik Norén (tidigare erik.noren@hedemora.se) har avslutat sin anställning hos Hedemora kommun och har
bett oss framföra att han vill att hans personuppgifter raderas ur era deltagarlistor och register för DalaLab.

Med vänlig hälsning
Sara Björk
HR-specialist
Hedemora kommun
""",
             X("erasure", [P("Erik Norén", "erik.noren@hedemora.se", "Hedemora kommun")]),
             "HR passes on a former employee's erasure request"),

        mail("an070", "2027-03-12T14:28", ("Mikael Sundin", "mikael.sundin@lansstyrelsen.se"),
             "Anmälan DalaLab 3 maj",
             """Hej Linnea,

Jag och min kontaktperson på regionen, Tomas Falk, vill anmäla oss till första träffen i Falun. Vi tar
ställning till höstens träffar senare.

Hälsningar
Mikael Sundin
Samhällsplanerare, Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00
""",
             X("register", [P("Mikael Sundin", "mikael.sundin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Tomas Falk", None, "Region Dalarna")], [S1]),
             "Länsstyrelsen sender plus a Region Dalarna colleague; first session only"),

        mail("an071", "2027-01-20T10:10", ("Gabriella Norberg", "gabriella.norberg@mora.se"),
             "Anmälan DalaLab - Mora kommun",
             """Hej!

Berit Åkesson <berit.akesson@mora.se>; Gustav Lind <gustav.lind@mora.se>; Nils Moberg <nils.moberg@mora.se>

Ovanstående tre anmäls till DalaLab, samtliga fyra tillfällen. Jag själv avstår så att vi håller oss inom
tre per kommun.

Vänligen
Gabriella Norberg
Samhällsbyggnadschef
Mora kommun
""",
             X("register", [P("Berit Åkesson", "berit.akesson@mora.se", "Mora kommun"),
                            P("Gustav Lind", "gustav.lind@mora.se", "Mora kommun"),
                            P("Nils Moberg", "nils.moberg@mora.se", "Mora kommun")], ALL),
             "semicolon list of name+address pairs; manager steps aside for the quota"),

        mail("an072", "2027-03-15T16:02", ("Fredrika Lööf", "fredrika.loof@falun.se"),
             "Fyra från Falun?",
             """Hej Linnea,

Vi är fyra på översiktsplaneringen som gärna vill gå hela DalaLab:

1. Fredrika Lööf (jag)
2. Ali Hosseini
3. Tuva Sjöberg
4. Magnus Grahn

Om det bara går tre, sätt gärna Magnus på reservlistan.

Hälsningar
Fredrika
""",
             X("register", [P("Fredrika Lööf", "fredrika.loof@falun.se", "Falu kommun"),
                            P("Ali Hosseini", None, "Falu kommun"), P("Tuva Sjöberg", None, "Falu kommun"),
                            P("Magnus Grahn", None, "Falu kommun")], ALL),
             "numbered list of four from one municipality, fourth to the waiting list"),

        mail("an073", "2027-03-18T08:36", ("Oscar Dahlberg", "oscar.dahlberg@alvdalen.se"),
             "Återtar anmälan",
             """Hej,

Tyvärr måste vi från Älvdalens kommun dra tillbaka vår anmälan till DalaLab, både min och Lisas (Lisa Dahl).
Vi har fått en personalsituation som inte går ihop i år.

Hälsningar
Oscar Dahlberg
Älvdalens kommun
0251-310 00
""",
             X("cancel", [P("Oscar Dahlberg", "oscar.dahlberg@alvdalen.se", "Älvdalens kommun"),
                          P("Lisa Dahl", None, "Älvdalens kommun")], ALL),
             "sender withdraws himself and a colleague named in parentheses"),

        tg("an074", "2027-03-19T17:55", "Jenny Malm", 592003117,
           "Hej, Fredrik Ek på Gagnefs kommun kommer ersätta mig på alla träffar, jag har fått nytt jobb. /Jenny",
           X("change", [P("Jenny Malm", None, "Gagnefs kommun"), P("Fredrik Ek", None, "Gagnefs kommun")], ALL),
           "telegram substitution: a colleague replaces the sender"),

        mail("an075", "2027-01-08T09:30", ("Dala Konferens & Event", "info@dalakonferens-event.se"),
             "Konferenslokaler för era träffar 2027?",
             """Hej!

Vi har sett att Region Dalarna planerar flera träffar under 2027. Vi erbjuder konferenslokaler, teknik och
catering i centrala Falun för grupper från 10 till 200 personer. Boka före 31 januari och få 15 % rabatt.

Vänliga hälsningar
Säljteamet, Dala Konferens & Event
""",
             X("unknown"),
             "sales pitch for conference venues"),

        mail("an076", "2026-12-03T06:00", ("Samhällsbyggarnas nyhetsbrev", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt december: ÖP-modellen, nya vägledningar och kurser",
             """<html><body>
<h1>Planeringsnytt - december 2026</h1>
<p>I detta nummer: Boverkets nya vägledning om ÖP-modellen, DalaLab och andra regionala lärprojekt,
samt kalendern för våren.</p>
<p><a href="https://planeringsnytt.se/avregistrera">Avregistrera dig från nyhetsbrevet</a></p>
</body></html>""",
             X("auto_reply"),
             "HTML newsletter mentioning DalaLab", html=True),

        mail("an077", "2027-03-22T11:14", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan DalaLab",
             """Delivery has failed to these recipients or groups:

anders.hed@avesta.se
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to
resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
Subject: Bekräftelse: anmälan DalaLab
""",
             X("auto_reply"),
             "bounce for a confirmation to someone who has left"),

        mail("an078", "2027-02-24T10:00", ("Katarina Wennberg", "katarina.wennberg@rattvik.se"),
             "Deltagare DalaLab",
             """Hej!

Rättvik anmäler två deltagare till den 21/9 och 29/11:

Wahlberg, Anna - planeringsarkitekt - vegetarisk
Kullberg, Johan - GIS-samordnare

Själv är jag bara kontaktperson.

Med vänlig hälsning
Katarina Wennberg
Kommunledningskontoret, Rättviks kommun
Riksvägen 1, 795 80 Rättvik
""",
             X("register", [P("Anna Wahlberg", None, "Rättviks kommun", diet="vegetarisk"),
                            P("Johan Kullberg", None, "Rättviks kommun")], [S2, S3], diet="vegetarisk"),
             "'Efternamn, Förnamn - titel - kost' lines; contact person doesn't attend"),

        mail("an079", "2027-03-24T13:33", ("Ewa Palm", "ewa.palm@smedjebacken.se"),
             "Ny e-postadress",
             """Hej,

Lars-Erik Mård har fått ny e-postadress: lars-erik.mard@smedjebacken.se (den gamla lemard@smedjebacken.se
slutar fungera i april). Kan ni uppdatera er lista?

Tack,
Ewa Palm
Administratör, Smedjebackens kommun
""",
             X("change", [P("Lars-Erik Mård", "lars-erik.mard@smedjebacken.se", "Smedjebackens kommun")], []),
             "administrator updates a colleague's address; change without sessions"),

        mail("an080", "2027-02-26T15:47", ("Oliver Grant", "oliver.grant@ludvika.se"),
             "DalaLab - sign up / anmälan",
             """Hi Linnea,

Please sign up my team for DalaLab: myself and Sanna Kvist (sanna.kvist@ludvika.se), both for all sessions.
Sanna är laktosintolerant, om det spelar någon roll för lunchen.

Thanks / tack!
Oliver Grant
Planning Manager | Ludvika kommun
+46 240 860 00
""",
             X("register", [P("Oliver Grant", "oliver.grant@ludvika.se", "Ludvika kommun"),
                            P("Sanna Kvist", "sanna.kvist@ludvika.se", "Ludvika kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "English/Swedish mix, manager and a colleague, colleague's diet"),

        mail("an081", "2027-03-02T09:09", ("Ingela Strand", "ingela.strand@avesta.se"),
             "Anmälan nyanställd",
             """Hej Linnea!

Vår nyanställda planerare Amira Haddad börjar hos oss den 1 april. Vi vill anmäla henne redan nu till alla fyra
träffarna i DalaLab så att hon inte missar deadline. Hennes e-post blir amira.haddad@avesta.se.

Mvh
Ingela Strand
HR, Avesta kommun
Tel 0226-64 50 00
""",
             X("register", [P("Amira Haddad", "amira.haddad@avesta.se", "Avesta kommun")], ALL),
             "HR registers a new hire before she starts"),

        mail("an082", "2027-03-25T11:50", ("Rasmus Thorén", "rasmus.thoren@vansbro.se"),
             "Ändring anmälan Linus Ström",
             """Hej,

Linus Ström kan bara vara med under 2027. Vi vill därför ändra hans anmälan till endast 3 maj, 21 september
och 29 november.

Hälsningar
Rasmus Thorén
Vansbro kommun
""",
             X("change", [P("Linus Ström", None, "Vansbro kommun")], [S1, S2, S3]),
             "manager narrows a colleague's sessions, new set stated"),

        tg("an083", "2027-01-30T20:05", "Tobias Lind", 812254409,
           "hur många från samma kommun får komma?",
           X("question"),
           "telegram quota question"),

        mail("an084", "2027-03-29T10:22", ("Plan- och byggenheten Orsa", "planbygg@orsa.se"),
             "Anmälan DalaLab",
             """Hej,

Vi anmäler härmed vår planarkitekt Kristoffer Nääs till DalaLab, samtliga tillfällen.

Med vänlig hälsning
Plan- och byggenheten
Orsa kommun
Dalagatan 1, 794 21 Orsa
""",
             X("register", [P("Kristoffer Nääs", None, "Orsa kommun")], ALL),
             "function mailbox registers a named planner; the mailbox is not his address"),

        mail("an085", "2027-04-06T08:15", ("Agneta Lundin", "agneta.lundin@borlange.se"),
             "Avbokning 29 november",
             """Hej!

Min chef Göran Lindh måste tyvärr avboka sin plats den 29 november p.g.a. krock med kommunfullmäktige.
De andra träffarna går han på som planerat.

Med vänliga hälsningar
Agneta Lundin
Assistent till samhällsbyggnadsdirektören
Borlänge kommun
""",
             X("cancel", [P("Göran Lindh", None, "Borlänge kommun")], [S3]),
             "assistant cancels one session for her manager"),

        mail("an086", "2027-03-30T14:44", ("Johanna Ekström", "johanna.ekstrom@sater.se"),
             "Gemensam anmälan Säter/Hedemora",
             """Hej Linnea,

Säter och Hedemora har gemensam planeringsfunktion sedan i höstas, så jag anmäler oss samlat:

Johanna Ekström, Säters kommun (jag)
Viktor Åberg, Säters kommun, viktor.aberg@sater.se
Lovisa Sahlin, Hedemora kommun, lovisa.sahlin@hedemora.se, glutenfri

Vi vill gå på den 21 september och 22 februari.

Hälsningar
Johanna
""",
             X("register", [P("Johanna Ekström", "johanna.ekstrom@sater.se", "Säters kommun"),
                            P("Viktor Åberg", "viktor.aberg@sater.se", "Säters kommun"),
                            P("Lovisa Sahlin", "lovisa.sahlin@hedemora.se", "Hedemora kommun", diet="glutenfri")],
               [S2, S4], diet="glutenfri"),
             "joint signup for two municipalities with per-line org, address and diet"),

        tg("an087", "2027-04-01T09:40", "Marie Hed", 477615230,
           "Kan ni stryka Olle Bengtsson från Leksands anmälan? Han har slutat hos oss.",
           X("cancel", [P("Olle Bengtsson", None, "Leksands kommun")], ALL),
           "telegram: colleague who has left is withdrawn"),

        mail("an088", "2027-04-07T13:12", ("Åsa Nygren", "asa.nygren@mora.se"),
             "SV: Bekräftelse: anmälan DalaLab",
             """Hej,

Pernilla Ros har förhinder den 3 maj men går på resten. Kan Viktor Hägg gå i hennes ställe på första träffen?

/Åsa

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 mars 2027 10:02
Till: Åsa Nygren <asa.nygren@mora.se>
Ämne: Bekräftelse: anmälan DalaLab

Hej Åsa,
Pernilla Ros är anmäld till alla fyra tillfällen i DalaLab.
Hälsningar
Linnea
""",
             X("change", [P("Pernilla Ros", None, "Mora kommun"), P("Viktor Hägg", None, "Mora kommun")], [S1]),
             "Outlook-quoted reply: substitute for the first session only"),

        mail("an089", "2027-02-03T12:00", ("Bengt Wiklund", "bengt.wiklund@hedemora.se"),
             "Läst: Bekräftelse: anmälan DalaLab",
             """Ditt meddelande

  Till: Bengt Wiklund
  Ämne: Bekräftelse: anmälan DalaLab
  Skickat: den 3 februari 2027 09:14:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 3 februari 2027 11:59:48 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "Outlook read receipt"),

        mail("an090", "2027-04-09T22:31", ("kalle nordin", "kallenordin@gmail.com"),
             "anmälan",
             """hej anmäler mig själv (kalle nordin) o min kollega sara hjort, vi jobbar på borlänge kommun. alla träffar.
sara är glutenfri

skickat från mobilen
""",
             X("register", [P("Kalle Nordin", "kallenordin@gmail.com", "Borlänge kommun"),
                            P("Sara Hjort", None, "Borlänge kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "lower-case phone mail from gmail, org from text, colleague's diet"),
    ]
