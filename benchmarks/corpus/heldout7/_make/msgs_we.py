from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INVITE_SV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.
Projektet riktar sig i första hand till tjänstepersoner i kommuner och region som arbetar med
planeringsprocesser och strategisk översiktsplanering. Det består av fyra träffar:

1. Måndag 3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30), tillsammans med Boverket:
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
2. Tisdag 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
3. Måndag 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk mobilitet
   och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan görs till
linnea.hassis@regiondalarna.se senast den 14 april 2027. Ange eventuell specialkost.

Varmt välkommen!

Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def messages():
    return [
        mail("w001", "2026-12-01T07:52:00", ("Backlund Ingrid", "ingrid.backlund@mora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea.

Vi kommer tre från Mora: jag, Tobias Ahlin (tobias.ahlin@mora.se) och Fatima Osmanović (fatima.osmanovic@mora.se). Alla fyra träffarna.

/Ingrid

Ingrid Backlund
Planeringschef
Mora kommun | Samhällsbyggnadsförvaltningen
Fredsgatan 16, 792 80 Mora
0250-260 00 (växel)

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:02
Till: Backlund Ingrid <ingrid.backlund@mora.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITE_SV,
             X("register", [P("Ingrid Backlund", "ingrid.backlund@mora.se", "Mora kommun"),
                            P("Tobias Ahlin", "tobias.ahlin@mora.se", "Mora kommun"),
                            P("Fatima Osmanović", "fatima.osmanovic@mora.se", "Mora kommun")], ALL),
             "busy head of planning answers the invitation in two lines: herself + two colleagues with addresses, "
             "'alla fyra träffarna'; Outlook header block and unquoted invitation below with all dates and the deadline; "
             "surname-first display name"),

        tg("w002", "2027-01-19T21:14:00", "Alva Sjödin", 60211873,
           "hej! jag heter Alva och har precis börjat som planarkitekt på borlänge kommun (nyexad från SLU 🎓) "
           "– vill jättegärna vara med på alla träffar om det går!!",
           X("register", [P("Alva Sjödin", None, "Borlänge kommun")], ALL),
           "new graduate, chatty lower-case Telegram; 'alla träffar' = all four; 'borlänge kommun' lower case; "
           "name from display name"),

        mail("w003", "2026-12-02T13:26:00", ("Wisniewski Tomasz", "tomasz.wisniewski@ludvika.se"),
             "DalaLab registration",
             """Hello Linnea,

I'd like to sign up for DalaLab. I work as a spatial data analyst at Ludvika kommun.
I can attend the first and the third session (3 May and 29 November 2027).
I'm vegan, if that matters for the lunch.

Best regards,
Tomasz Wiśniewski
Ludvika kommun
Samhällsbyggnad / GIS
+46 240 860 00""",
             X("register", [P("Tomasz Wiśniewski", "tomasz.wisniewski@ludvika.se", "Ludvika kommun", diet="vegan")],
               [S1, S3], diet="vegan"),
             "English signup, 'first and third session' with dates in parentheses -> 3 May + 29 Nov; diet 'vegan'; "
             "display name surname-first without diacritics, signature has 'Wiśniewski'"),

        mail("w004", "2026-12-09T10:03:00", ("Birgitta Holm", "birgitta.holm@sater.se"),
             "Anmälan DalaLab – KSO Lars-Göran Nilsson",
             """Hej,

På uppdrag av kommunstyrelsens ordförande Lars-Göran Nilsson anmäler jag honom till DalaLab, träffarna den 3 maj 2027 och den 22 februari 2028. På övriga datum har han sammanträden som inte går att flytta.

Hans e-postadress är lars-goran.nilsson@sater.se. Kallelser och underlag får gärna skickas till både honom och mig, så lägger jag in det i hans kalender.

Med vänlig hälsning

Birgitta Holm
Kommunsekreterare
Kommunledningskontoret
Säters kommun
Box 300, 783 27 Säter
Tfn 0225-550 00""",
             X("register", [P("Lars-Göran Nilsson", "lars-goran.nilsson@sater.se", "Säters kommun")], [S1, S4]),
             "politician's secretary registers the KSO only (she is not a participant, just wants copies); "
             "two dates with years; hyphenated first name; box number and phone in signature"),

        mail("w005", "2026-12-14T16:40:00", ("Jonas Lindh", "jonas.lindh@sweco.se"),
             "Anmälan till DalaLab (Vansbro kommun)",
             """Hej Linnea,

Jag heter Jonas Lindh och är konsult på Sweco, men sedan oktober sitter jag inne hos Vansbro kommun tre dagar i veckan som översiktsplanerare – kommunen saknar egen planerare just nu. Planeringschefen har bett mig delta i DalaLab för Vansbros räkning, så jag kommer alltså som kommunens representant.

Jag anmäler mig till hela lärprojektet.

Vänliga hälsningar
Jonas Lindh
Uppdragsledare, Samhällsplanering
Sweco Sverige AB
Mobil 070-312 48 90
www.sweco.se""",
             X("register", [P("Jonas Lindh", "jonas.lindh@sweco.se", "Vansbro kommun")], ALL,
               unsure=["organisation"]),
             "hired consultant with a sweco.se address who attends as Vansbro's representative: organisation from the "
             "text, not the domain; 'hela lärprojektet' = all four"),

        tg("w006", "2026-12-17T12:31:00", "Petra Nordin", 60233410,
           "Hej, jag vill vara med 21/9 och 29/11 // Petra, Avesta",
           X("register", [P("Petra Nordin", None, "Avesta kommun")], [S2, S3]),
           "terse Telegram signup, numeric dates 21/9 and 29/11; 'Avesta' alone for the municipality"),

        mail("w007", "2027-01-11T08:15:00", ("Karolina Ström-Persson", "karolina.strom-persson@hedemora.se"),
             "DalaLab",
             """Hej!

Jag och min kollega Ahmed Yusuf på samhällsbyggnadsförvaltningen vill vara med på hela serien. Ahmed har precis börjat och har inte fått sin mejladress än, men han läser med mig på det här.

Vänligen,
Karolina Ström-Persson
Översiktsplanerare
Hedemora kommun""",
             X("register", [P("Karolina Ström-Persson", "karolina.strom-persson@hedemora.se", "Hedemora kommun"),
                            P("Ahmed Yusuf", None, "Hedemora kommun")], ALL),
             "sender + new colleague without an address; 'hela serien' = all four; double surname"),

        mail("w008", "2026-12-01T14:05:00", ("Helena Grönvall", "helena.gronvall@falun.se"),
             "Autosvar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag är föräldraledig till och med den 31 maj 2027 och läser inte min e-post.

Frågor om detaljplaner och översiktsplanering besvaras av Falu kommuns kontaktcenter, 023-830 00, eller via kommun@falun.se.

Vänliga hälsningar
Helena Grönvall
Stadsbyggnadsförvaltningen, Falu kommun""",
             X("auto_reply"),
             "Swedish out-of-office to the invitation ('Autosvar:'); '31 maj 2027' and phone digits are not sessions"),

        tg("w009", "2027-02-03T11:48:00", "Micke Öberg", 60240077,
           "blir det lunch på träffarna eller ska man ta med sig matlåda? 🙂",
           X("question"),
           "one-line lunch question with emoji, no signup"),

        mail("w010", "2027-02-22T19:37:00", ("Therese Magnusson", "therese.magnusson@leksand.se"),
             "Avanmälan DalaLab",
             """Hej Linnea!

Jag anmälde mig till DalaLab i december, men nu har jag fått en tjänst i Uppsala och slutar i Leksand sista mars. Stryk mig därför från samtliga träffar.

Jag har tipsat min chef om att någon annan här på planenheten kanske kan ta platsen.

Tack och hej,
Therese Magnusson
Leksands kommun""",
             X("cancel", [P("Therese Magnusson", "therese.magnusson@leksand.se", "Leksands kommun")], ALL),
             "full cancellation ('samtliga träffar') because of a new job; 'sista mars' and 'december' are not "
             "sessions; a possible replacement is only a hint, not a registration"),

        mail("w011", "2026-12-04T09:21:00", ("Reza Ahmadi", "reza.ahmadi@regiondalarna.se"),
             "Anmälan träff 2 och 3",
             """Hej Linnea!

Här kommer min anmälan till DalaLab: träff 2 (21/9) och träff 3 (29/11). Jag missar tyvärr maj pga en konferens i Göteborg, och februari vet jag inte än.

Kost: laktosintolerant.

/Reza
Regional utveckling, enheten för samhällsplanering
Region Dalarna""",
             X("register", [P("Reza Ahmadi", "reza.ahmadi@regiondalarna.se", "Region Dalarna",
                              diet="laktosintolerant")], [S2, S3], diet="laktosintolerant"),
             "colleague at the organiser's own Region; 'träff 2 (21/9) och träff 3 (29/11)'; 'maj' and 'februari' "
             "are mentioned but not asked for; diet 'laktosintolerant'"),

        tg("w012", "2027-01-07T15:02:00", "Nadia K", 60251290,
           "Hi! Nadia here from Länsstyrelsen Dalarna (samhällsbyggnadsenheten). Please sign me up for all four "
           "DalaLab sessions. My email is nadia.karimi@lansstyrelsen.se. Thanks!",
           X("register", [P("Nadia Karimi", "nadia.karimi@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "English Telegram signup; display name 'Nadia K', surname only from the address she writes; "
           "address kept because it is in the text"),

        mail("w013", "2027-01-26T13:10:00", ("Björn Tallroth", "bjorn.tallroth@orsa.se"),
             "SV: Bekräftelse: DalaLab",
             """Hej,

Jag står anmäld till första träffen den 3 maj. Har pratat med min chef och vi tycker att jag borde hänga med på den 29 november också (framtider och osäkerheter) – kan ni lägga till den?

Björn

Björn Tallroth | Planarkitekt | Orsa kommun

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 8 december 2026 10:44
Till: Björn Tallroth <bjorn.tallroth@orsa.se>
Ämne: Bekräftelse: DalaLab

Hej Björn!
Tack för din anmälan. Du är anmäld till: 3 maj 2027 (Falun, 10–15).
Övriga träffar: 21 september, 29 november 2027 och 22 februari 2028.
/Linnea""",
             X("change", [P("Björn Tallroth", "bjorn.tallroth@orsa.se", "Orsa kommun")], [S1, S3]),
             "adds a session to an existing signup: registered for 3 May, add 29 Nov -> both; quoted confirmation "
             "lists all dates"),

        mail("w014", "2026-12-11T06:58:00", ("Johan Eriksson", "johan.eriksson@malung-salen.se"),
             "DalaLab",
             """Hej anmäler mig till samtliga träffar
/Johan Eriksson Malung-Sälens kommun

Skickat från min iPhone""",
             X("register", [P("Johan Eriksson", "johan.eriksson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "early-morning phone mail, one line, 'samtliga träffar'; iPhone footer"),

        tg("w015", "2027-03-02T17:20:00", "Lena Hedin", 60262548,
           "Hej Linnea! Det krockar tyvärr med kommunfullmäktige den 21 september så jag kan inte komma då. "
           "Resten av träffarna är jag med på som planerat 👍 /Lena, Rättviks kommun",
           X("cancel", [P("Lena Hedin", None, "Rättviks kommun")], [S2]),
           "partial cancellation on Telegram: only 21 September; the rest stay"),

        mail("w016", "2026-12-21T11:02:00", ("Per-Olof Granath", "per-olof.granath@gagnef.se"),
             "Deltagare från Gagnef – DalaLab",
             """Hej.

Från Gagnef deltar Sanna Lindkvist (sanna.lindkvist@gagnef.se) och Emil Hallberg (emil.hallberg@gagnef.se) i DalaLab, samtliga fyra tillfällen. Själv har jag inte möjlighet men följer gärna arbetet via dem.

Mvh
P-O Granath
Samhällsbyggnadschef
Gagnefs kommun
0241-150 00""",
             X("register", [P("Sanna Lindkvist", "sanna.lindkvist@gagnef.se", "Gagnefs kommun"),
                            P("Emil Hallberg", "emil.hallberg@gagnef.se", "Gagnefs kommun")], ALL),
             "manager registers two colleagues with addresses and explicitly not himself; 'samtliga fyra tillfällen'"),

        mail("w017", "2027-04-05T10:30:00", ("Marianne Kvist", "marianne.kvist@hedemora.se"),
             "Praktiska frågor 3 maj",
             """Hej!

Två praktiska frågor inför träffen i Falun den 3 maj: var exakt är det (adress/lokal)? Och finns det parkering i närheten? Vi blir två som kör bil från Hedemora.

Tack på förhand,
Marianne""",
             X("question"),
             "place and parking question; names 3 May and 'vi blir två' but asks nothing to be registered -> sessions []"),

        tg("w018", "2027-02-14T20:45:00", "Hussein Al-Rawi", 60270315,
           "Tjena! Jobbar med trafik- och mobilitetsfrågor på Ludvika kommun. Vill gärna anmäla mig till den sista "
           "träffen om tillgänglighet, de andra hinner jag tyvärr inte.",
           X("register", [P("Hussein Al-Rawi", None, "Ludvika kommun")], [S4]),
           "session named by its place and theme only: 'den sista träffen om tillgänglighet' = 22 Feb 2028"),

        mail("w019", "2027-03-18T14:12:00", ("Maria Jonsson", "maria.jonsson@alvdalen.se"),
             "Ändring av deltagare i DalaLab",
             """Hej Linnea,

Jag är anmäld till alla fyra träffarna men går på föräldraledighet i slutet av juni. Första träffen i maj kommer jag på själv, men från och med september tar min kollega Oskar Wennberg över min plats (oskar.wennberg@alvdalen.se). Han är alltså med 21/9, 29/11 och 22/2.

Hälsningar
Maria Jonsson
Planarkitekt
Älvdalens kommun
Dalgatan 4, 796 80 Älvdalen""",
             X("change", [P("Maria Jonsson", "maria.jonsson@alvdalen.se", "Älvdalens kommun"),
                          P("Oskar Wennberg", "oskar.wennberg@alvdalen.se", "Älvdalens kommun")], [S2, S3, S4]),
             "partial substitution: Maria keeps 3 May, colleague takes over 21/9, 29/11, 22/2; people = both; "
             "sessions = what the substitute takes; 'slutet av juni' is not a session"),

        mail("w020", "2027-01-14T15:55:00", ("Linda Zetterström", "linda.zetterstrom@borlange.se"),
             "Anmälan DalaLab",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill anmäla mig till DalaLab, träffarna den <b>3 maj</b> och <b>21 september</b>.
Jag är glutenfri (celiaki), så det vore snällt om det finns något till fikat.</p>
<p>Med vänlig hälsning<br>
<span style="color:#1f4e79"><b>Linda Zetterström</b></span><br>
Planarkitekt | Samhällsbyggnadsförvaltningen<br>
Borlänge kommun<br>
Röda vägen 50, 781 81 Borlänge<br>
Tel: 0243-740 00</p>
<p style="font-size:8pt;color:#888">Tänk på miljön innan du skriver ut detta e-postmeddelande.</p>
</body></html>""",
             X("register", [P("Linda Zetterström", "linda.zetterstrom@borlange.se", "Borlänge kommun",
                              diet="glutenfri")], [S1, S2], diet="glutenfri"),
             "HTML-only mail, dates in bold; diet 'glutenfri (celiaki)'; street number and postcode in the signature",
             html=True),

        tg("w021", "2026-12-28T22:07:00", "Emma Ljung", 60281904,
           "Hej hej, räkna med mig på alla fyra! Emma L, bygg & plan i Säter",
           X("register", [P("Emma Ljung", None, "Säters kommun")], ALL),
           "casual 'räkna med mig på alla fyra'; full name from the display name; 'i Säter' for the municipality"),

        mail("w022", "2027-04-06T08:01:00", ("Peter Sahlin", "peter.sahlin@lansstyrelsen.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej,
jag är ledig till och med den 12 april och läser inte e-post. Vid brådskande ärenden, kontakta Länsstyrelsen Dalarnas registratur, dalarna@lansstyrelsen.se, tfn 010-225 00 00.

Hi,
I am on leave until 12 April and will not be reading email. For urgent matters, please contact dalarna@lansstyrelsen.se.

Peter Sahlin
Länsstyrelsen Dalarna""",
             X("auto_reply"),
             "bilingual out-of-office to the reminder; subject echoes the deadline '14 april'; no signup"),

        mail("w023", "2026-12-03T21:33:00", ("Anna-Karin Mattsson", "anna-karin.mattsson@alvdalen.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Tack för inbjudan, det här ser riktigt spännande ut – vi håller precis på att dra igång ÖP-arbetet här i Älvdalen så timingen är perfekt.

Jag anmäler mig till alla träffar utom den i november, då har jag redan bokat semester (förlåt!).

Hälsningar
Anna-Karin

Den mån 30 nov. 2026 kl 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + quoted(INVITE_SV),
             X("register", [P("Anna-Karin Mattsson", "anna-karin.mattsson@alvdalen.se", "Älvdalens kommun")],
               [S1, S2, S4]),
             "reply with the invitation quoted ('>'); 'alla träffar utom den i november' = 3 May, 21 Sep, 22 Feb; "
             "organisation from the domain and 'här i Älvdalen'"),

        tg("w024", "2027-02-09T12:13:00", "Sofie Wallin", 60290066,
           "Hej igen! Jag anmälde mig till alla fyra träffarna för ett tag sen men glömde skriva att jag är "
           "vegetarian. Sofie W, Orsa",
           X("change", [P("Sofie Wallin", None, "Orsa kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "diet added to an existing signup -> change; she states she is registered for all four; diet 'vegetarian'"),

        mail("w025", "2027-03-09T09:44:00", ("Camilla Berg", "camilla.berg@smedjebacken.se"),
             "Anders Bäckström – DalaLab",
             """Hej,

Anders Bäckström, som anmäldes till DalaLab från Smedjebacken i januari, har avslutat sin anställning hos oss. Vänligen stryk honom från deltagarlistan.

Vi återkommer om vi hittar någon som kan ta hans plats.

Med vänliga hälsningar
Camilla Berg
Enhetschef Plan och bygg
Smedjebackens kommun""",
             X("cancel", [P("Anders Bäckström", None, "Smedjebackens kommun")], ALL),
             "manager withdraws a colleague who left (sender not in people); no session named -> all four; "
             "no substitute yet -> cancel"),

        mail("w026", "2027-03-04T10:17:00", ("Giulia Romano", "giulia.romano@falun.se"),
             "Registration DalaLab",
             """Dear Ms Hassis,

My colleague forwarded me the invitation to DalaLab. I joined Falun municipality's planning department in February as a strategic planner (I moved here from Bologna), and my Swedish is still a work in progress, so I hope it is fine that I write in English.

I would like to register for the sessions on 3 May and 21 September. Will the sessions be held in Swedish? That is fine for me, I would just like to know so I can prepare.

Kind regards,
Giulia Romano
Strategic planner
Falu kommun""",
             X("register", [P("Giulia Romano", "giulia.romano@falun.se", "Falu kommun")], [S1, S2]),
             "English signup from a newly arrived planner with a side question about language -> register; "
             "'Falun municipality'; 'February' (her start) is not a session"),

        tg("w027", "2027-01-28T16:36:00", "Stina Persson", 60301752,
           "Hej! Finns det möjlighet att vara med på distans (Teams)? Det är nästan tre timmar enkel väg från "
           "Sälen till Falun...",
           X("question"),
           "remote-participation question; 'Sälen' hints Malung-Sälen but there is no signup"),

        mail("w028", "2027-02-01T13:58:00", ("Rolf Dahlqvist", "rolf.dahlqvist@leksand.se"),
             "DalaLab hösten",
             """Hej Linnea

Vi blir två från Leksands kommun på höstens två träffar: jag själv och Maja Olofsson, maja.olofsson@leksand.se. Våren är för full för oss båda tyvärr.

//Rolf""",
             X("register", [P("Rolf Dahlqvist", "rolf.dahlqvist@leksand.se", "Leksands kommun"),
                            P("Maja Olofsson", "maja.olofsson@leksand.se", "Leksands kommun")], [S2, S3]),
             "sender + colleague with address; 'höstens två träffar' = 21 Sep + 29 Nov; 'våren' declined"),

        mail("w029", "2027-03-23T15:26:00", ("Josefin Ekholm", "josefin.ekholm@hedemora.se"),
             "Byte av datum DalaLab",
             """Hej!

Jag anmälde mig tidigare till träffen den 29 november om framtider och osäkerheter. Nu visar det sig att vi har budgetberedning just den dagen, så jag skulle vilja byta till den 22 februari 2028 i stället.

Tack!
Josefin Ekholm
Hedemora kommun""",
             X("change", [P("Josefin Ekholm", "josefin.ekholm@hedemora.se", "Hedemora kommun")], [S4]),
             "swap from 29 Nov to 22 Feb 2028 -> only the new session"),

        tg("w030", "2027-02-17T08:09:00", "Anton Lund", 60311429,
           "Hej! Anmäler mig och min kollega Jenny Åkesson till första träffen 3/5. Vi jobbar båda på Avesta kommun. "
           "Mvh Anton",
           X("register", [P("Anton Lund", None, "Avesta kommun"), P("Jenny Åkesson", None, "Avesta kommun")], [S1]),
           "Telegram signup for sender + colleague, neither with an address; 'första träffen 3/5'"),

        mail("w031", "2027-04-01T11:40:00", ("Cecilia Bergman", "cecilia.bergman@regiondalarna.se"),
             "Avbokning hösten DalaLab",
             """Hej Linnea,

Jag blir tyvärr tvungen att avboka mig från DalaLab-träffarna 21 september och 29 november – jag är utlånad till ett annat uppdrag hela hösten. Den 3 maj och 22 februari står kvar.

/Cecilia""",
             X("cancel", [P("Cecilia Bergman", "cecilia.bergman@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "partial cancellation of the two autumn sessions; the two she keeps are also named"),

        mail("w032", "2026-12-15T09:05:00", ("Matti Rantanen", "matti.rantanen@orsa.se"),
             "Anmälan DalaLab",
             """Hej,

Jag är GIS-ingenjör i Orsa kommun och jobbar med kartunderlaget till vår nya översiktsplan. Jag vill anmäla mig till första träffen (3 maj) och den sista (22 feb 2028, tillgänglighet) – de två känns mest relevanta för mitt jobb.

MVH
Matti Rantanen
GIS-ingenjör
Orsa kommun | Samhällsbyggnad
Direkt: 0250-552 17 | Mobil: 070-418 22 05
Besöksadress: Dalagatan 1, 794 30 Orsa
SWEREF 99 TM-fan sedan 2009""",
             X("register", [P("Matti Rantanen", "matti.rantanen@orsa.se", "Orsa kommun")], [S1, S4]),
             "GIS engineer, 'första träffen (3 maj) och den sista (22 feb 2028)'; signature full of numbers"),

        tg("w033", "2027-03-29T18:52:00", "Lukas Bauer", 60320381,
           "hi, sorry but I need to cancel my DalaLab registration, I'm leaving for a new job in Norway. "
           "thanks for organising! /Lukas",
           X("cancel", [P("Lukas Bauer", None, None)], ALL),
           "English Telegram cancellation, no session named -> all four; no organisation anywhere"),

        mail("w034", "2027-01-21T14:22:00", ("Eva Lundqvist", "eva.lundqvist@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen – DalaLab",
             """Hej!

Från Länsstyrelsens samhällsbyggnadsenhet vill vi gärna vara med i DalaLab med tre personer:

- Eva Lundqvist (jag)
- Samir Haddad, samir.haddad@lansstyrelsen.se
- Ylva Brandt, ylva.brandt@lansstyrelsen.se

Vi anmäler oss till de tre första träffarna (3/5, 21/9 och 29/11). Februari vet vi inte än, vi återkommer om den.

Vänliga hälsningar
Eva Lundqvist
Samhällsplanerare
Länsstyrelsen Dalarna
010-225 03 45""",
             X("register", [P("Eva Lundqvist", "eva.lundqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Samir Haddad", "samir.haddad@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ylva Brandt", "ylva.brandt@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S3]),
             "bullet list of three incl. sender '(jag)'; 'de tre första träffarna' with numeric dates; February "
             "left open, not registered"),

        mail("w035", "2027-03-16T07:30:00", ("Göran Falk", "goran.falk@rattvik.se"),
             "Frånvaromeddelande: Påminnelse DalaLab",
             """Tack för ditt mejl.

Jag är på tjänsteresa 15–19 mars och har begränsad möjlighet att läsa e-post. Ärenden om detaljplaner: kontakta planenheten via rattviks.kommun@rattvik.se.

/Göran Falk
Rättviks kommun""",
             X("auto_reply"),
             "Swedish out-of-office ('Frånvaromeddelande:'), '15–19 mars' is not a session"),

        tg("w036", "2027-01-05T23:41:00", "Kristoffer Mård", 60331157,
           "hej vill anmala mig till traffarna 29 nov och 22 feb. /Kristoffer, Alvdalens kommun",
           X("register", [P("Kristoffer Mård", None, "Älvdalens kommun")], [S3, S4]),
           "written without å/ä/ö ('anmala', 'traffarna', 'Alvdalens'); '22 feb' without year = 2028"),

        mail("w037", "2027-02-25T12:05:00", ("Lotta Hägg", "lotta.hagg@gagnef.se"),
             "Vilka kommer?",
             """Hej Linnea!

Vet du vilka kommuner som har anmält sig hittills? Vi funderar på om vi kan samåka med grannkommunerna till Falun.

/Lotta
Gagnefs kommun""",
             X("question"),
             "'who else is coming' question, no signup"),

        mail("w038", "2027-04-08T16:14:00", ("Mikael Strömberg", "mikael.stromberg@regiondalarna.se"),
             "Byte 3 maj",
             """Hej Linnea,

Karin Hellström på vår avdelning kan inte gå på första träffen den 3 maj, hon är på Boverkets konferens då. Jag går i hennes ställe den dagen. Karin är med som vanligt på resten.

Mikael Strömberg
Strateg, Regional utveckling
Region Dalarna""",
             X("change", [P("Karin Hellström", None, "Region Dalarna"),
                          P("Mikael Strömberg", "mikael.stromberg@regiondalarna.se", "Region Dalarna")], [S1]),
             "substitution for one session: sender goes instead of his colleague on 3 May; people = both; "
             "sessions = what the substitute takes"),

        tg("w039", "2026-12-08T19:03:00", "Ulla-Britt", 60340822,
           "Hej! Vill anmäla mig till alla fyra träffarna. Har nötallergi (svår), så det vore bra om fikat är "
           "nötfritt. /Ulla-Britt Forsgren, Smedjebackens kommun",
           X("register", [P("Ulla-Britt Forsgren", None, "Smedjebackens kommun", diet="nötallergi")], ALL,
             diet="nötallergi"),
           "Telegram signup with diet 'nötallergi'; surname only in the signature, display name is first name"),

        mail("w040", "2027-03-31T10:49:00", ("Hanna Lejon", "hanna.lejon@mora.se"),
             "Fråga inför DalaLab",
             """Hej!

Behöver vi förbereda något inför första träffen, till exempel läsa något från Boverket eller ta med vår egen ÖP? Och kommer presentationerna att skickas ut efteråt?

Mvh Hanna Lejon
Översiktsplanerare, Mora kommun""",
             X("question"),
             "materials / preparation question, no signup"),

        mail("w041", "2026-12-07T08:30:00", ("von Essen Gustaf", "gustaf.vonessen@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Undertecknad anmäler härmed sitt deltagande vid samtliga fyra tillfällen i rubricerat lärprojekt.

Med vänlig hälsning

Gustaf von Essen
Stadsarkitekt
Ludvika kommun
Tel 0240-860 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:02
Till: Gustaf von Essen <gustaf.vonessen@ludvika.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITE_SV,
             X("register", [P("Gustaf von Essen", "gustaf.vonessen@ludvika.se", "Ludvika kommun")], ALL),
             "formal old-school reply ('Undertecknad ... samtliga fyra tillfällen'); name with particle, display "
             "name surname-first; invitation quoted below"),

        tg("w042", "2027-03-11T13:33:00", "Daniel Okafor", 60350617,
           "hey! could you register me and my colleague Sara Lindholm (sara.lindholm@falun.se) for the Nov 29 "
           "session? we both work at Falu kommun, planning dept",
           X("register", [P("Daniel Okafor", None, "Falu kommun"),
                          P("Sara Lindholm", "sara.lindholm@falun.se", "Falu kommun")], [S3]),
           "English Telegram signup for sender + colleague with address; 'Nov 29'"),

        mail("w043", "2027-03-25T14:47:00", ("Åsa Lindström", "asa.lindstrom@malung-salen.se"),
             "Återbud två träffar",
             """Hej,

Jag kan tyvärr inte delta den 3 maj eller den 22/2 -28. Jag är kvar på de två träffarna i höst.

Åsa Lindström
Malung-Sälens kommun""",
             X("cancel", [P("Åsa Lindström", "asa.lindstrom@malung-salen.se", "Malung-Sälens kommun")], [S1, S4]),
             "partial cancellation in iso-8859-1: 3 May and '22/2 -28'; the autumn sessions stay",
             charset="iso-8859-1"),

        tg("w044", "2026-12-10T10:12:00", "Ida W", 60361299,
           "Hej Linnea, anmäl mig gärna till vårens träff i Falun, dvs. 3 maj. Ida Wikström, miljöstrateg i Vansbro",
           X("register", [P("Ida Wikström", None, "Vansbro kommun")], [S1]),
           "'vårens träff i Falun, dvs. 3 maj' -> one session; full name only in the text"),

        mail("w045", "2027-04-09T15:58:00", ("Jan-Erik Skoglund", "jan-erik.skoglund@rattvik.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Anmäl Rebecka Nyholm och Hampus Jansson från oss på detta, alla tillfällen. Tack!

/Janne
Planeringschef, Rättviks kommun

---------- Vidarebefordrat meddelande ---------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: mån 30 nov. 2026 14:02
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: <jan-erik.skoglund@rattvik.se>

""" + INVITE_SV,
             X("register", [P("Rebecka Nyholm", None, "Rättviks kommun"),
                            P("Hampus Jansson", None, "Rättviks kommun")], ALL),
             "manager forwards the invitation back five days before the deadline: two colleagues without addresses, "
             "sender not among them; 'alla tillfällen'; forwarded invitation lists all dates"),
    ]
