from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The organisers' reminder of Wednesday 10 March 2027, as people quote it in their replies.
REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15 med fika från 09.30.

Anmäl dig genom att svara på detta mejl. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost. Varje kommun kan delta med upp till tre personer.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis
Region Dalarna"""

REMINDER_SUBJECT = "Påminnelse: anmälan till DalaLab senast 14 april"


def quoted(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


OUTLOOK_HEAD = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 10 mars 2027 08:30
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: """ + REMINDER_SUBJECT


def messages():
    return [
        mail("k091", "2027-03-02T09:12", ("Sundin Malin", "malin.sundin@avesta.se"), "Anmälan DalaLab – Avesta",
             """Hej Linnea,

Vi från Avesta vill gärna vara med i DalaLab. Anmäl mig och min kollega Tobias Grahn (tobias.grahn@avetsa.se) till samtliga träffar.

Vi har inga särskilda önskemål om kost.

Med vänliga hälsningar

Malin Sundin
Planarkitekt
Samhällsbyggnadsförvaltningen
Avesta kommun
Box 504, 774 27 Avesta
Tfn 0226-64 50 00 | Mobil 070-312 45 67
www.avesta.se
""",
             X("register", [P("Malin Sundin", "malin.sundin@avesta.se", "Avesta kommun"),
                            P("Tobias Grahn", "tobias.grahn@avetsa.se", "Avesta kommun")], ALL),
             "self + colleague, 'samtliga träffar'; colleague's address mistyped (avetsa.se), kept as written; surname-first display name"),

        tg("k092", "2027-03-03T21:40", "Karl Holm", 6034518827,
           "hej! är det försent att hoppa på dalalab? annars vill jag gärna vara med 3 maj o 21 sept. /kalle, smedjebacken",
           X("register", [P("Karl Holm", None, "Smedjebackens kommun")], [S1, S2]),
           "telegram, asks if too late and signs up anyway; nickname 'kalle', name from sender"),

        mail("k093", "2027-03-04T13:05", ("Jessica Ahlström", "jessica.ahlstrom@borlange.se"), "Har min anmälan kommit fram?",
             """Hej!

Jag skickade min anmälan till DalaLab den 9 februari men har inte fått någon bekräftelse. Kan du kolla att den har kommit in?

Vänliga hälsningar
Jessica Ahlström
Översiktsplanerare
Borlänge kommun
0243-740 00
""",
             X("question"),
             "already registered, asks whether it came through; no sessions restated"),

        mail("k094", "2027-03-05T08:20", ("Helena Brandt", "helena.brandt@gagnef.se"), "SV: Anmälan DalaLab",
             """Hej igen!

Jag såg nu att jag skrev fel i min anmälan i går - där står 21 november, men jag menade förstås 29 november. Alltså 3 maj och 29 november.

Ber om ursäkt för krånglet!
/Helena

Från: Helena Brandt
Skickat: den 4 mars 2027 15:47
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab

Hej,

Jag vill anmäla mig till träffarna 3 maj och 21 november.

Mvh Helena Brandt
Gagnefs kommun
""",
             X("change", [P("Helena Brandt", "helena.brandt@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "corrects a wrong date in yesterday's signup (quoted below): sessions after the fix = 3 May + 29 Nov",
             charset="iso-8859-1"),

        mail("k095", "2027-03-08T10:30", ("Chiara Bianchi", "chiara.bianchi@regiondalarna.se"), "DalaLab – registration",
             """Hi Linnea,

I hope it's fine that I write in English – my Swedish is still a work in progress. I joined the regional development unit in January as a GIS analyst, and Karin told me about DalaLab. I'd love to take part in the first two sessions (3 May and 21 September). I'm not sure about November and February yet, so I'll get back to you about those.

Regarding food: I'm pescatarian (fish is fine, no meat).

Best regards,
Chiara Bianchi
GIS Analyst | Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
+46 23 49 00 00
""",
             X("register", [P("Chiara Bianchi", "chiara.bianchi@regiondalarna.se", "Region Dalarna", diet="pescatarian")],
               [S1, S2], diet="pescatarian"),
             "English, new international colleague at Region Dalarna; first two sessions; the later two only maybe; diet 'pescatarian'"),

        mail("k096", "2027-03-09T07:52", ("Magnus Törnqvist", "magnus.tornqvist@hedemora.se"), "anmälan",
             """Hej

Anmäler mig till DalaLab: 3.5, 21.9, 29.11 samt 22.2.
Vegetarisk kost tack.

Magnus Törnqvist
Miljö- och samhällsbyggnadsförvaltningen
Hedemora kommun
0225-340 00
""",
             X("register", [P("Magnus Törnqvist", "magnus.tornqvist@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "terse signup listing all four dates with dots; vegetarian"),

        tg("k097", "2027-03-09T12:14", "Per Lindblad", 5127730964,
           "Hej. Anmäl mig och min kollega Jonna Friberg till första träffen i Falun. Vi är från Orsa. Jonna är glutenintolerant.",
           X("register", [P("Per Lindblad", None, "Orsa kommun"),
                          P("Jonna Friberg", None, "Orsa kommun", diet="glutenintolerant")], [S1], diet="glutenintolerant"),
           "telegram, sender + colleague, 'första träffen'; the colleague's diet"),

        mail("k098", "2027-03-10T08:31", ("Ulrika Sjödin", "ulrika.sjodin@mora.se"), "Automatiskt svar: " + REMINDER_SUBJECT,
             """Hej,

Jag är föräldraledig till och med 31 maj 2027 och läser inte min e-post.

Ärenden som rör översiktsplanen hänvisas till Jon Eriksson, jon.eriksson@mora.se, 0250-260 00.

Med vänlig hälsning
Ulrika Sjödin
Mora kommun
""",
             X("auto_reply"),
             "Outlook out-of-office to the reminder, no auto headers; names a colleague and an address"),

        mail("k099", "2027-03-10T09:47", ("Olof Persson", "olof.persson@rattvik.se"), "SV: " + REMINDER_SUBJECT,
             """Hej!

Tack för påminnelsen, det hade helt gått mig förbi. Jag vill gärna anmäla mig till höstens två träffar (21 september och 29 november). Våren är tyvärr redan fullbokad.

Hälsningar
Olof Persson
Planeringsarkitekt, Rättviks kommun
Tel 0248-700 00

""" + OUTLOOK_HEAD + "\n\n" + REMINDER + "\n",
             X("register", [P("Olof Persson", "olof.persson@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "Outlook reply to the reminder (quoted reminder lists all dates, not quoted with >); autumn sessions only"),

        mail("k100", "2027-03-10T11:02", ("Birgitta Hallberg", "birgitta.hallberg@smedjebacken.se"), "Re: " + REMINDER_SUBJECT,
             """Hej Linnea,

jag anmälde mig i december till alla fyra träffarna men fick aldrig något bekräftelsemejl. Har anmälan kommit fram?

/Birgitta

Den 10 mars 2027 08:30 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quoted(REMINDER) + "\n",
             X("question", unsure=["intent"]),
             "reply to the reminder: registered in December, asks if it came through; restates 'alla fyra' but asks, does not sign up"),

        mail("k101", "2027-03-11T14:20", ("Åsa Nordin", "asa.nordin@ludvika.se"), "Anmälan till DalaLab från Ludvika",
             """Hej,

Jag vill anmäla tre medarbetare från plan- och byggenheten i Ludvika till DalaLab, alla träffar:

Jesper Lund
Maja Karlsson
Robin Ahmadi

Adresserna är förnamn.efternamn@ludvika.se. Själv har jag tyvärr inte möjlighet att delta.

Vänligen
Åsa Nordin
Enhetschef plan och bygg
Ludvika kommun
""",
             X("register", [P("Jesper Lund", "jesper.lund@ludvika.se", "Ludvika kommun"),
                            P("Maja Karlsson", "maja.karlsson@ludvika.se", "Ludvika kommun"),
                            P("Robin Ahmadi", "robin.ahmadi@ludvika.se", "Ludvika kommun")], ALL),
             "manager registers three, not herself; addresses given as a pattern"),

        tg("k102", "2027-03-12T16:45", "Anders Jönsson", 7719044236,
           "hej! måste tyvärr stryka mig från träffen 21/9, är på semester då. övriga står kvar. /anders, vansbro kommun",
           X("cancel", [P("Anders Jönsson", None, "Vansbro kommun")], [S2]),
           "telegram partial cancellation of one session, keeps the rest"),

        mail("k103", "2027-03-12T10:10", ("Jenny Hägglund", "jenny.hagglund@leksand.se"), "Ändring – specialkost DalaLab",
             """Hej!

Jag är anmäld till alla fyra träffarna i DalaLab. Sedan jag anmälde mig har jag fått veta att jag inte tål gluten, så jag skulle behöva glutenfri kost på fika och lunch.

Tack på förhand!

Jenny Hägglund
Leksands kommun
""",
             X("change", [P("Jenny Hägglund", "jenny.hagglund@leksand.se", "Leksands kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "new diet for an existing signup; sessions stated (all four)", charset="iso-8859-1"),

        mail("k104", "2027-03-15T13:40", ("Niall Murphy", "niall.murphy@stadsrum.se"), "DalaLab – open to consultants?",
             """Hello,

I'm an urban planner at Stadsrum Arkitekter in Stockholm. We are currently supporting a couple of municipalities in Dalarna with their översiktsplan, and DalaLab looks very relevant for me. Is it open to consultants as well? If so, I'd like to register for the September and November sessions.

Kind regards,
Niall Murphy
Urban Planner
Stadsrum Arkitekter AB
Götgatan 22, 118 46 Stockholm
+46 8 555 012 34
""",
             X("register", [P("Niall Murphy", "niall.murphy@stadsrum.se", None)], [S2, S3]),
             "English consultant asks if consultants may join and signs up for Sep + Nov; organisation null"),

        mail("k105", "2027-03-16T06:58", ("Jonas Fält", "jonas.falt@malung-salen.se"), "DalaLab",
             """Hej! Vill anmäla mig till träffarna i maj och februari.

Mvh Jonas

Skickat från min iPhone""",
             X("register", [P("Jonas Fält", "jonas.falt@malung-salen.se", "Malung-Sälens kommun")], [S1, S4]),
             "phone mail, months only ('maj och februari'); organisation from domain"),

        tg("k106", "2027-03-17T19:05", "Ana Petrović", 5290177413,
           "Hi! Is it still possible to sign up? I'd like to join all four sessions. I work at Region Dalarna (regional planning). Thanks! Ana",
           X("register", [P("Ana Petrović", None, "Region Dalarna")], ALL),
           "English telegram from a Region Dalarna colleague; all four"),

        mail("k107", "2027-03-18T15:30", ("Linda Grönlund", "linda.gronlund@falun.se"), "Byte av träff",
             """Hej Linnea!

Kan jag byta 21 september mot 22 februari? Vi har budgetarbete hela den veckan i september.

Tack!
Linda

--
Linda Grönlund
Stadsbyggnadsförvaltningen, Falu kommun
023-83 000
""",
             X("change", [P("Linda Grönlund", "linda.gronlund@falun.se", "Falu kommun")], [S4]),
             "bare swap 21 Sep -> 22 Feb; other sessions not stated"),

        mail("k108", "2027-03-19T11:25", ("Ingela Persson", "ingela.persson@sater.se"), "Avanmälan DalaLab",
             """Hej,

Jag har fått en tjänst i Uppsala och slutar på Säters kommun sista april, så jag behöver tyvärr avanmäla mig från DalaLab. Det kändes som ett väldigt bra upplägg – tråkigt att missa det!

Vi har ännu inte rekryterat någon efterträdare. Om någon annan från Säter kan ta platsen hör vi av oss.

Vänliga hälsningar
Ingela Persson
Planarkitekt
Säters kommun
""",
             X("cancel", [P("Ingela Persson", "ingela.persson@sater.se", "Säters kommun")], ALL),
             "full cancellation (new job); 'sista april' is no session; a possible successor is not registered"),

        mail("k109", "2027-03-22T09:15", ("Elisabeth Nises", "elisabeth.nises@alvdalen.se"), "Anmälan DalaLab, Älvdalens kommun",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Hoppas vi inte är för sent ute. Vi vill anmäla oss från Älvdalens kommun till de två första träffarna (maj och september):</p>
<ul>
<li>Elisabeth Nises, samhällsplanerare</li>
<li>Mikael Blom, bygglovshandläggare &ndash; laktosfri kost</li>
</ul>
<p>Med vänlig hälsning<br>
<b>Elisabeth Nises</b><br>
Samhällsplanerare<br>
Älvdalens kommun | Dalgatan 21, 796 31 Älvdalen<br>
0251-310 00</p>
</body></html>""",
             X("register", [P("Elisabeth Nises", "elisabeth.nises@alvdalen.se", "Älvdalens kommun"),
                            P("Mikael Blom", None, "Älvdalens kommun", diet="laktosfri")], [S1, S2], diet="laktosfri"),
             "HTML-only; self + colleague in a bullet list; 'de två första träffarna (maj och september)'; colleague's diet",
             html=True),

        tg("k110", "2027-03-23T07:40", "Sara Lind", 6478120359,
           "hej, upptäckte att jag skrev fel mejladress när jag anmälde mig. rätt är sara.lind@mora.se (inte lindh). träffarna är som förut",
           X("change", [P("Sara Lind", "sara.lind@mora.se", "Mora kommun")], []),
           "telegram address correction; sessions unchanged and not stated -> []"),

        mail("k111", "2027-03-24T10:05", ("Stefan Wahlberg", "stefan.wahlberg@borlange.se"), "VB: DalaLab?",
             """Hej Linnea,

Amanda på vår planenhet vill gärna vara med i DalaLab, se nedan. Kan du anmäla henne till alla träffarna? Jag godkänner.

Hälsningar
Stefan Wahlberg
Planchef, Borlänge kommun

-----Ursprungligt meddelande-----
Från: Amanda Rask <amanda.rask@borlange.se>
Skickat: den 23 mars 2027 16:12
Till: Stefan Wahlberg <stefan.wahlberg@borlange.se>
Ämne: DalaLab?

Hej Stefan!
Såg inbjudan till Region Dalarnas DalaLab om planeringsstrategier. Skulle jag kunna gå? Det är fyra träffar i Falun, första 3 maj. Det passar bra med arbetet med nya ÖP:n.
/Amanda
""",
             X("register", [P("Amanda Rask", "amanda.rask@borlange.se", "Borlänge kommun")], ALL),
             "manager forwards a colleague's request, asks to register her for all; her address only in the forwarded part; sender not registered"),

        mail("k112", "2027-03-25T14:50", ("Lena Munther", "lena.munther@leksand.se"), "DalaLab – byte av deltagare",
             """Hej!

Kristoffer Dahl på Leksands kommun var anmäld till DalaLab, men han har gått över till andra uppgifter. Jag tar hans plats i stället, på alla fyra träffarna. Kristoffer vet om det.

Hälsningar
Lena Munther
Strategisk planerare
Leksands kommun
0247-800 00
""",
             X("change", [P("Kristoffer Dahl", None, "Leksands kommun"),
                          P("Lena Munther", "lena.munther@leksand.se", "Leksands kommun")], ALL),
             "substitution written by the substitute herself; both people, sessions she takes (all four)"),

        mail("k113", "2027-03-26T09:00", ("Falu kommun", "kommun@falun.se"), "Tack för ditt meddelande",
             """Tack för ditt e-postmeddelande till Falu kommun.

Vi har tagit emot ditt meddelande och det kommer att hanteras så snart som möjligt. Handläggningstiden är normalt 1–5 arbetsdagar.

Detta är ett automatiskt svar och går inte att besvara.

Information om hur Falu kommun behandlar personuppgifter finns på www.falun.se/personuppgifter

Falu kommun
791 83 Falun
023-830 00
""",
             X("auto_reply"),
             "automatic receipt from a municipality's function mailbox (sent on Good Friday)"),

        tg("k114", "2027-03-27T10:22", "Tove Sahlin", 5803361942,
           "hej! går det att delta digitalt på träffarna? bor i idre och det är en bit till falun 😅",
           X("question"),
           "telegram question only (remote participation)"),

        mail("k115", "2027-03-30T08:05", ("Karolina Berg", "karolina.berg@rattvik.se"), "Anmälan DalaLab",
             """Hej Linnea,

Jag och min kollega Ali Haddad vill anmäla oss till DalaLab. Vi kommer på 3 maj och 29 nov, de andra två krockar med fullmäktige.

Ali har nötallergi (gäller även mandel).

Mvh
Karolina Berg
Rättviks kommun, Samhällsbyggnad
Riksvägen 40, 795 80 Rättvik
""",
             X("register", [P("Karolina Berg", "karolina.berg@rattvik.se", "Rättviks kommun"),
                            P("Ali Haddad", None, "Rättviks kommun", diet="nötallergi")], [S1, S3], diet="nötallergi"),
             "self + colleague, '3 maj och 29 nov'; colleague's nut allergy; 'de andra två' not registered"),

        mail("k116", "2027-03-30T13:15", ("Mona Sjöström", "mona.sjostrom@orsa.se"), "Lägga till en träff",
             """Hej!

Jag är anmäld till 3 maj och 21 september. Kan ni lägga till 29 november också? Då har jag fått ledigt från en annan kurs.

Mvh Mona Sjöström
Orsa kommun
""",
             X("change", [P("Mona Sjöström", "mona.sjostrom@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "adds a session to an existing signup: sessions after the change = three"),

        mail("k117", "2027-03-31T10:40", ("Karin Lönn", "karin.lonn@lansstyrelsen.se"), "Anmälan DalaLab – Lst Dalarna",
             """Hej!

Vi är två från Lst Dalarna, samhällsbyggnadsenheten, som vill anmäla oss till DalaLab, samtliga fyra träffar:

- Karin Lönn (jag)
- Fredrik Ståhl, fredrik.stahl@lansstyrelsen.se

Med vänlig hälsning
Karin Lönn
Handläggare, samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

--
Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna/dataskydd
""",
             X("register", [P("Karin Lönn", "karin.lonn@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Fredrik Ståhl", "fredrik.stahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "county board, 'Lst Dalarna'; self + colleague; GDPR footer; windows-1252", charset="windows-1252"),

        tg("k118", "2027-04-01T20:30", "Lina Qvist", 6622950178,
           "är det försent?? har precis fått höra om dalalab. vill vara med på allt i så fall! jobbar på hedemora kommun",
           X("register", [P("Lina Qvist", None, "Hedemora kommun")], ALL),
           "telegram 'är det försent?' + signup for everything"),

        mail("k119", "2027-04-01T11:00", ("Göran Hellström", "goran.hellstrom@smedjebacken.se"), "Kent Ahlberg – DalaLab",
             """Hej,

Kent Ahlberg är anmäld till alla fyra träffarna men kommer inte kunna delta i de två sista (29 november och 22 februari) då han går i pension vid årsskiftet. Vänligen stryk honom från dessa.

Vi återkommer om en ersättare.

/Göran Hellström
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("cancel", [P("Kent Ahlberg", None, "Smedjebackens kommun")], [S3, S4]),
             "manager cancels a colleague's last two sessions (keeps the first two); sender not in people"),

        mail("k120", "2027-04-02T14:25", ("Julia Meyer", "julia.meyer@planwerknord.se"), "Registration DalaLab (Vansbro)",
             """Hi Linnea,

I'm working as a consultant for Vansbro kommun on their new comprehensive plan. Vansbro have two people registered for DalaLab and have asked me to take their third place. Could you register me for all four sessions?

Thanks a lot,

Julia Meyer
Senior Planner
Planwerk Nord AB
+46 70 555 21 90
""",
             X("register", [P("Julia Meyer", "julia.meyer@planwerknord.se", "Vansbro kommun")], ALL),
             "English consultant taking one of Vansbro's places -> organisation Vansbro kommun; all four"),

        mail("k121", "2027-04-05T08:50", ("Rebecka Ljung", "rebecka.ljung@gagnef.se"), "DalaLab – kom min anmälan fram?",
             """Hej!

Jag mejlade en anmälan till DalaLab för ett par veckor sedan men har inte fått något svar. Har den kommit in?

Om inte: jag vill anmäla mig till träffen 21/9 (bara den).

Tack,
Rebecka Ljung
Gagnefs kommun
""",
             X("register", [P("Rebecka Ljung", "rebecka.ljung@gagnef.se", "Gagnefs kommun")], [S2]),
             "asks if an earlier signup came through and, if not, signs up for 21/9 -> register"),

        tg("k122", "2027-04-05T21:10", "Johanna Strömberg", 1338406571,
           "hej igen, glömde säga att jag är vegan! är anmäld till 3/5 och 22/2. johanna, falun",
           X("change", [P("Johanna Strömberg", None, "Falu kommun", diet="vegan")], [S1, S4], diet="vegan"),
           "telegram diet update; states her sessions 3/5 + 22/2"),

        mail("k123", "2027-04-06T10:15", ("Therese Öberg", "therese.oberg@malung-salen.se"), "Sen anmälan DalaLab",
             """Hej Linnea!

Sent omsider – vi är två till från Malung-Sälen som vill vara med i hela serien:

Therese Öberg, therese.oberg@malung-salen.se – vegetarisk
Anton Lindqvist, anton.lindqvist@malung-salen.se – laktosfri

Tack och trevlig vår!

Therese Öberg
Planeringsingenjör
Malung-Sälens kommun
""",
             X("register", [P("Therese Öberg", "therese.oberg@malung-salen.se", "Malung-Sälens kommun", diet="vegetarisk"),
                            P("Anton Lindqvist", "anton.lindqvist@malung-salen.se", "Malung-Sälens kommun", diet="laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "late signup of self + colleague, 'hela serien' = all four; a different diet for each"),

        mail("k124", "2027-04-06T13:30", ("Roger Bergman", "roger.bergman@hedemora.se"), "SV: " + REMINDER_SUBJECT,
             """Hej.

Jag har fått den här påminnelsen men jobbar inte med planering längre (är numera på tekniska förvaltningen) och har aldrig anmält mig. Ta bort mig från era utskickslistor och radera de uppgifter ni har om mig.

Tack.
Roger Bergman

""" + OUTLOOK_HEAD + "\n\n" + REMINDER + "\n",
             X("erasure", [P("Roger Bergman", "roger.bergman@hedemora.se", "Hedemora kommun")]),
             "reply to the reminder asking to be removed and have his data deleted; quoted reminder has all dates"),

        tg("k125", "2027-04-07T07:15", "Emma Dahlberg", 5071193826,
           "hej! tyvärr måste jag avanmäla mig från dalalab helt, jag går på föräldraledighet i maj 👶 hoppas någon annan från rättvik kan ta min plats. /emma",
           X("cancel", [P("Emma Dahlberg", None, "Rättviks kommun")], ALL),
           "telegram full cancellation; 'i maj' is no session"),

        mail("k126", "2027-04-07T15:45", ("Sundin Malin", "malin.sundin@avesta.se"), "SV: Anmälan DalaLab – Avesta",
             """Hej igen!

Jag såg att jag stavade fel på Tobias adress i min anmälan. Rätt adress är tobias.grahn@avesta.se. Han ska fortfarande vara med på alla träffarna.

/Malin

Från: Sundin Malin
Skickat: den 2 mars 2027 09:12
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab – Avesta

Hej Linnea,

Vi från Avesta vill gärna vara med i DalaLab. Anmäl mig och min kollega Tobias Grahn (tobias.grahn@avetsa.se) till samtliga träffar.
""",
             X("change", [P("Tobias Grahn", "tobias.grahn@avesta.se", "Avesta kommun")], ALL),
             "sender corrects a colleague's address from her earlier signup (quoted); sessions stated as all; sender not in people"),

        mail("k127", "2027-04-08T16:55", ("Patrik Sandström", "patrik.sandstrom@falun.se"), "Anmälan",
             """<div>Hej!</div>
<div>&nbsp;</div>
<div>Jag hoppas att jag inte är för sent ute. Jag skulle vilja anmäla mig till den första träffen den 3 maj. Resten av träffarna får jag återkomma om när jag vet hur hösten ser ut.</div>
<div>&nbsp;</div>
<div>Med vänlig hälsning,<br>Patrik Sandström<br>Trafikplanerare<br>Falu kommun</div>""",
             X("register", [P("Patrik Sandström", "patrik.sandstrom@falun.se", "Falu kommun")], [S1]),
             "HTML-only late signup for 3 May only; the rest maybe later", html=True),

        tg("k128", "2027-04-08T12:05", "Elias Holmqvist", 2290418853,
           "hej! jag och sofie nyström från borlänge vill anmäla oss till höstens två träffar (sept + nov)",
           X("register", [P("Elias Holmqvist", None, "Borlänge kommun"),
                          P("Sofie Nyström", None, "Borlänge kommun")], [S2, S3]),
           "telegram, sender + colleague in lower case; autumn sessions"),

        mail("k129", "2027-04-08T17:02", ("Niall Murphy", "niall.murphy@stadsrum.se"), "Automatic reply: Bekräftelse: anmälan till DalaLab",
             """Thank you for your email.

I am out of the office until Monday 19 April with limited access to email. For urgent matters, please contact info@stadsrum.se or call +46 8 555 012 00.

Kind regards,
Niall Murphy
""",
             X("auto_reply"),
             "English out-of-office to a confirmation mail"),

        mail("k130", "2027-04-09T09:20", ("Camilla Westin", "camilla.westin@mora.se"), "Ändring av min anmälan",
             """Hej Linnea!

Jag är anmäld till 3 maj och 29 november. Nu har det dykt upp en dragning i kommunstyrelsen den 3 maj som jag inte kan flytta, så jag får tyvärr stryka den. Kan jag i stället komma på 21 september? 29 november står kvar.

Hälsningar
Camilla Westin
Mora kommun
Tfn 0250-260 00
""",
             X("change", [P("Camilla Westin", "camilla.westin@mora.se", "Mora kommun")], [S2, S3]),
             "drops 3 May, adds 21 Sep, keeps 29 Nov -> change with the sessions after"),

        tg("k131", "2027-04-09T18:30", "Hanna Rydberg", 7402216685,
           "hej, har min anmälan gått igenom? mejlade i början av mars men har inte fått någon bekräftelse",
           X("question"),
           "telegram: asks whether an earlier e-mail signup came through"),

        mail("k132", "2027-04-09T14:10", ("Mehmet Yilmaz", "mehmet.yilmaz@regiondalarna.se"), "RE: " + REMINDER_SUBJECT,
             """Dear Linnea,

Sorry for the late reply – I only saw your reminder now. Please sign me up for sessions 1, 3 and 4. I can't make it on 21 September because of a conference in Lisbon.

Dietary requirement: halal.

Best,
Mehmet

Mehmet Yilmaz | Analyst, Samhällsplanering
Region Dalarna
+46 72 555 83 10

""" + OUTLOOK_HEAD + "\n\n" + REMINDER + "\n",
             X("register", [P("Mehmet Yilmaz", "mehmet.yilmaz@regiondalarna.se", "Region Dalarna", diet="halal")],
               [S1, S3, S4], diet="halal"),
             "English reply to the Swedish reminder; 'sessions 1, 3 and 4'; halal; quoted reminder lists all dates"),

        mail("k133", "2027-04-08T10:30", ("Victor Hedin", "victor.hedin@sater.se"), "DalaLab – Säters plats",
             """Hej!

Som ni vet har Ingela Persson avanmält sig från DalaLab eftersom hon slutar hos oss. Jag har tagit över hennes uppdrag med översiktsplanen och tar gärna hennes plats på alla fyra träffarna.

Mvh
Victor Hedin
Planarkitekt
Säters kommun
""",
             X("register", [P("Victor Hedin", "victor.hedin@sater.se", "Säters kommun")], ALL),
             "takes the place of a colleague who cancelled in an earlier mail -> register of the newcomer only"),

        tg("k134", "2027-04-10T11:20", "Hampus Wiberg", 1876530042,
           "hej, är det för sent att anmäla sig? sista dagen är väl 14:e? anmäl mig isf till 21 sept. hampus, länsstyrelsen",
           X("register", [P("Hampus Wiberg", None, "Länsstyrelsen Dalarna")], [S2]),
           "telegram on a Saturday before the deadline; '14:e' is the deadline, not a session; signs up for 21 Sep"),

        mail("k135", "2027-04-10T05:12", ("Fjällkonferens Sälen", "nyhetsbrev@fjallkonferens.se"),
             "Sista chansen: 30 % på konferenspaket för kommuner och regioner",
             """Hej!

Planerar ni workshop, planeringsdagar eller kick-off i höst? Boka senast 30 april och få 30 % rabatt på våra helpensionspaket i Sälen.

✔ Konferenslokaler för 10–120 personer
✔ Lunch, fika och middag – vi ordnar all specialkost
✔ Gratis buss från Falun och Borlänge för grupper över 20 personer

Lediga datum i september och november – först till kvarn!

Boka på www.fjallkonferens.se/kommun eller ring 0280-555 00.

Vill du inte ha fler utskick? Avregistrera dig här: www.fjallkonferens.se/avregistrera
""",
             X("unknown"),
             "marketing mail from a conference venue: 'boka', 'specialkost', September/November, Falun -> unknown"),
    ]
