from build import P, X, mail, tg, S1, S2, S3, S4, ALL

LEK, BOR, FAL, HED, LUD, MOR, ORS, RAT, SMJ, SAT, VAN, ALV, AVE, GAG, MAL = (
    "Leksands kommun", "Borlänge kommun", "Falu kommun", "Hedemora kommun", "Ludvika kommun", "Mora kommun",
    "Orsa kommun", "Rättviks kommun", "Smedjebackens kommun", "Säters kommun", "Vansbro kommun",
    "Älvdalens kommun", "Avesta kommun", "Gagnefs kommun", "Malung-Sälens kommun")
RD, LST = "Region Dalarna", "Länsstyrelsen Dalarna"

CONF_QUOTE = """
________________________________
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den {sent}
Till: {to}
Ämne: Bekräftelse: anmälan till DalaLab

Hej {first}!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till:
{lines}
Har du frågor, hör av dig till linnea.hassis@regiondalarna.se.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
"""


def conf(sent, to, first, lines):
    return CONF_QUOTE.format(sent=sent, to=to, first=first, lines="".join(f"  • {l}\n" for l in lines))


ALL_LINES = ["3 maj 2027, Falun", "21 september 2027", "29 november 2027", "22 februari 2028"]


def messages():
    return [
        mail("ae091", "2027-01-18T08:47", ("Maja Rönnqvist", "maja.ronnqvist@leksand.se"), "Byte av träff",
             """Hej Linnea,

Jag anmälde mig i december till första DalaLab-träffen (3 maj). Nu visar det sig att den krockar med våra budgetdagar i kommunstyrelsen, så jag skulle vilja byta den mot träffen den 29 november i stället om det finns plats.

Tack på förhand!

Maja Rönnqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Leksands kommun
0247-803 12""",
             X("change", [P("Maja Rönnqvist", "maja.ronnqvist@leksand.se", LEK)], [S3]),
             "bare swap 3 maj -> 29 november; only the new session"),

        mail("ae092", "2026-12-14T13:20", ("Henrik Älvebo", "henrik.alvebo@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Tack för bekräftelsen. Jag ser dock att bara två träffar står med nedan – jag menade att anmäla mig till hela serien, alltså alla fyra. Kan ni rätta det?

/Henrik
""" + conf("11 december 2026 10:02", "Henrik Älvebo <henrik.alvebo@borlange.se>", "Henrik",
           ["3 maj 2027, Falun", "21 september 2027"]),
             X("change", [P("Henrik Älvebo", "henrik.alvebo@borlange.se", BOR)], ALL),
             "reply to the confirmation (quoting two sessions) asking to be on all four -> change, sessions after = all"),

        tg("ae093", "2027-02-03T19:41", "Jonna Pettersson", 6021457783,
           "hej! kan inte komma 21/9, har semester då. de andra träffarna kommer jag på som vanligt 👍 /jonna, hedemora",
           X("cancel", [P("Jonna Pettersson", None, HED)], [S2]),
           "telegram partial cancellation of one session; the others stand"),

        mail("ae094", "2027-01-09T10:05", ("Gunnar Lidström", "gunnar.lidstrom@borlange.se"),
             "Ändring av deltagare DalaLab",
             """Hej,

Anna-Karin Sjödin, som vi anmälde till DalaLab i december, har sagt upp sig och slutar hos oss i februari. Vi vill att Kristoffer Ahl tar över hennes plats på samtliga fyra träffar. Hans adress är kristoffer.ahl@borlange.se.

Med vänlig hälsning
Gunnar Lidström
Enhetschef Strategisk planering
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel 0243-740 00""",
             X("change", [P("Anna-Karin Sjödin", None, BOR), P("Kristoffer Ahl", "kristoffer.ahl@borlange.se", BOR)],
               ALL),
             "manager substitutes a colleague who is leaving; both listed; sender not in people; all four for substitute"),

        mail("ae095", "2027-03-02T14:12", ("Eva Hammar", "eva.hammar@ludvika.se"), "VB: DalaLab november",
             """Hej Linnea!

Vidarebefordrar nedan från Per, han har skrivit till mig i stället för till dig. Kan du ordna det?

Hälsningar
Eva Hammar
Administratör, Samhällsbyggnad
Ludvika kommun

-----Ursprungligt meddelande-----
Från: Per Sjögren <per.sjogren@ludvika.se>
Skickat: den 1 mars 2027 16:38
Till: Eva Hammar <eva.hammar@ludvika.se>
Ämne: DalaLab november

Hej Eva,
Jag är ju anmäld till alla DalaLab-träffarna men den 29 november har vi vår egen ÖP-utbildning. Kan du avanmäla mig från just den träffen? De övriga går jag på.
/Per""",
             X("cancel", [P("Per Sjögren", "per.sjogren@ludvika.se", LUD)], [S3]),
             "VB: chain; the cancellation and the person are in the forwarded part; forwarder not in people"),

        mail("ae096", "2027-02-22T09:31", ("Ylva Bergman", "ylva.bergman@orsa.se"), "Kollega vill också vara med",
             """Hej,

Jag är redan anmäld till DalaLab sedan tidigare och det gäller som förut. Nu har min kollega Sara Holm också fått upp ögonen för det och vill gärna delta, men bara på de två höstträffarna (21 september och 29 november).

Hon har ingen egen mejl ännu eftersom hon börjar hos oss först i april, så skicka gärna info till mig så länge.

Ylva Bergman
Planarkitekt, Orsa kommun""",
             X("register", [P("Sara Holm", None, ORS)], [S2, S3]),
             "late signup of a colleague without address; sender's own signup stands, so she is not in people"),

        mail("ae097", "2026-12-21T16:05", ("Lars-Erik Dahl", "lars-erik.dahl@smedjebacken.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             """Tack för ditt mejl!

Jag är ledig 21 december–10 januari och läser inte e-post under den tiden. Brådskande ärenden om bygglov hänvisas till kundtjänst, 0240-660 00.

Med vänlig hälsning
Lars-Erik Dahl
Smedjebackens kommun""",
             X("auto_reply"),
             "out-of-office reply to the confirmation; holiday dates are not sessions"),

        mail("ae098", "2027-03-11T11:50", ("Cecilia Norling", "cecilia.norling@hedemora.se"),
             "Radering av personuppgifter",
             """Hej,

Jag avanmälde mig från DalaLab i februari och fick besked om att det var noterat. Nu vill jag också att ni tar bort samtliga uppgifter ni har om mig (namn, e-post, kostönskemål) ur era listor och system, i enlighet med GDPR.

Tacksam för en bekräftelse när det är gjort.

Cecilia Norling
Hedemora kommun""",
             X("erasure", [P("Cecilia Norling", "cecilia.norling@hedemora.se", HED)]),
             "erasure after an earlier cancellation; the old cancellation is not a new request"),

        tg("ae099", "2027-01-26T21:14", "Lars Öberg", 5120938846,
           "Hej igen. Glömde nämna i anmälan att jag är vegan. Jag går på alla fyra träffarna. Mvh Lars Öberg, Mora kommun",
           X("change", [P("Lars Öberg", None, MOR, diet="vegan")], ALL, diet="vegan"),
           "telegram diet update for an existing signup; sessions stated as all four"),

        mail("ae100", "2027-03-16T15:02", ("Fatima Yilmaz", "fatima.yilmaz@falun.se"), "Fråga om lokal",
             """Hej!

Jag är anmäld till träffarna den 21 september och 29 november. I inbjudan står det bara att första träffen är i Falun – vet ni redan var de senare träffarna kommer att hållas? Jag behöver boka bil i god tid.

Hälsningar
Fatima Yilmaz
Falu kommun""",
             X("question"),
             "question from a registered participant naming her sessions; books nothing"),

        mail("ae101", "2027-02-08T08:12", ("Robert Knutsson", "robert.knutsson@smedjebacken.se"),
             "Ny e-postadress för min anmälan",
             """Hej Linnea,

När jag anmälde mig till DalaLab använde jag min privata adress (robban.knutsson@hotmail.com). Kan ni byta till min jobbadress robert.knutsson@smedjebacken.se i stället? Jag är anmäld till 3 maj och 22 februari, det gäller fortfarande.

Tack!
Robert Knutsson
Samhällsplanerare, Smedjebackens kommun""",
             X("change", [P("Robert Knutsson", "robert.knutsson@smedjebacken.se", SMJ)], [S1, S4]),
             "address change: new work address replaces old private one (old one not a second person); sessions stated"),

        mail("ae102", "2027-03-29T17:40", ("Hannah Cole", "hannah.cole@regiondalarna.se"), "Withdrawing from DalaLab",
             """Dear Linnea,

I'm afraid I have to withdraw from DalaLab altogether. I have accepted a position in Gothenburg and my last day at Region Dalarna is 30 April, so I won't be able to attend any of the sessions.

Thank you for organising it, and best of luck with the programme.

Kind regards,
Hannah Cole
Regional Development Analyst
Region Dalarna""",
             X("cancel", [P("Hannah Cole", "hannah.cole@regiondalarna.se", RD)], ALL),
             "English full withdrawal; '30 April' is not a session -> all four cancelled"),

        mail("ae103", "2027-01-05T09:02", ("Mail Delivery Subsystem", "postmaster@alvdalen.se"),
             "Olevererbart: Bekräftelse: anmälan till DalaLab",
             """Leveransen till följande mottagare misslyckades:

    tobias.martinsen@alvdalen.se

Mottagarens e-postsystem kunde inte hitta adressen. Kontrollera stavningen och försök igen.

Diagnostikinformation för administratörer:
Genererande server: mail.alvdalen.se
tobias.martinsen@alvdalen.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungligt meddelande:

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Till: tobias.martinsen@alvdalen.se
Ämne: Bekräftelse: anmälan till DalaLab

Hej Tobias!
Du är anmäld till: 3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028.""",
             X("auto_reply"),
             "Exchange bounce of the confirmation; returned copy has a name and all dates -> nothing to book"),

        mail("ae104", "2027-03-24T11:18", ("Jessica Lund", "jessica.lund@sater.se"), "Efteranmälan DalaLab",
             """<html><body>
<p>Hej Linnea!</p>
<p>Vi är två fr&aring;n S&auml;ters kommun som vill anm&auml;la oss i efterhand. Vi kan inte p&aring; f&ouml;rsta tr&auml;ffen i maj, men g&auml;rna alla &ouml;vriga.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Jessica Lund</td><td>jessica.lund@sater.se</td><td>&ndash;</td></tr>
<tr><td>Omar Said</td><td>omar.said@sater.se</td><td>halal</td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>Jessica Lund<br>Planeringsarkitekt<br>S&auml;ters kommun, 0225-550 00</p>
</body></html>""",
             X("register", [P("Jessica Lund", "jessica.lund@sater.se", SAT),
                            P("Omar Said", "omar.said@sater.se", SAT, diet="halal")], [S2, S3, S4], diet="halal"),
             "HTML-only late signup, table of two incl. sender; 'alla övriga' after the first = three sessions",
             html=True),

        tg("ae105", "2027-02-15T12:33", "Tove Ström", 7718204459,
           "Hej! Jag är anmäld till 3/5. Kan jag lägga till 22/2 också? // Tove Ström, Gagnef",
           X("change", [P("Tove Ström", None, GAG)], [S1, S4]),
           "telegram: add a session to an existing one -> both after the change"),

        mail("ae106", "2027-01-28T13:45", ("HR Avesta kommun", "hr@avesta.se"), "Deltagare DalaLab",
             """Hej,

Mikael Dahlberg, planarkitekt på samhällsbyggnadsförvaltningen, är sjukskriven på obestämd tid och kommer inte att kunna delta i DalaLab. Vi ber er därför stryka honom från deltagarlistan.

Förvaltningen återkommer om någon annan ska ta platsen.

Med vänliga hälsningar
HR-enheten
Avesta kommun""",
             X("cancel", [P("Mikael Dahlberg", None, AVE)], ALL),
             "HR function mailbox cancels a colleague entirely; possible later replacement is not a signup"),

        mail("ae107", "2027-02-19T07:55", ("Birgitta Sjöö", "birgitta.sjoo@vansbro.se"), "Byte av datum",
             """Hej!

Kan jag byta från träffen 21/9 till den 29/11? Vi har kommunfullmäktige den 21:a.

Hälsningar Birgitta Sjöö
Vansbro kommun""",
             X("change", [P("Birgitta Sjöö", "birgitta.sjoo@vansbro.se", VAN)], [S3]),
             "iso-8859-1 swap 21/9 -> 29/11; 'den 21:a' refers to the old date", charset="iso-8859-1"),

        mail("ae108", "2027-01-14T10:27", ("Johanna Wester", "johanna.wester@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Tack för bekräftelsen!

Min kollega Elias Ahmadi vill också följa med, på samma träffar som jag. Hans adress är elias.ahmadi@falun.se.

Mvh
Johanna
""" + conf("13 januari 2027 15:40", "Johanna Wester <johanna.wester@falun.se>", "Johanna",
           ["3 maj 2027, Falun", "29 november 2027"]),
             X("register", [P("Elias Ahmadi", "elias.ahmadi@falun.se", FAL)], [S1, S3]),
             "colleague added 'på samma träffar som jag': sessions come from the quoted confirmation; sender already registered"),

        tg("ae109", "2027-03-30T08:10", "Petter Granqvist", 1380562271,
           "tja, är anmäld sen länge. när kommer programmet för första träffen ut? vill veta om det blir workshop eller bara föreläsning",
           X("question"),
           "telegram question from a registered participant, mentions 'första träffen' but books nothing"),

        mail("ae110", "2027-02-25T14:03", ("Karin Mossberg", "karin.mossberg@rattvik.se"), "Specialkost för kollega",
             """Hej,

I januari anmälde jag Ingela Backman och mig själv till alla fyra DalaLab-träffarna. Ingela har nu meddelat att hon är laktosintolerant, kan ni notera det? För mig gäller inget särskilt.

Hälsningar
Karin Mossberg
Rättviks kommun
Tel 0248-700 00""",
             X("change", [P("Ingela Backman", None, RAT, diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "diet update for a colleague; sender's own signup unchanged so not in people; all four stated"),

        mail("ae111", "2027-03-08T09:14", ("Mikael Forsgren", "mikael.forsgren@mora.se"), "Fwd: DalaLab registration",
             """Hi Linnea,

Jenny sent this to the old project address, which bounced. Forwarding it to you instead.

Mikael

---------- Forwarded message ---------
From: Jenny Lund <jenny.lund@mora.se>
Date: Fri, 5 Mar 2027 at 16:22
Subject: DalaLab registration
To: <dalalab@regiondalarna.se>

Hello,

I would like to sign up for the DalaLab sessions on 3 May and 21 September. I work as a planner at Mora kommun.

Best regards,
Jenny Lund""",
             X("register", [P("Jenny Lund", "jenny.lund@mora.se", MOR)], [S1, S2]),
             "English Gmail-style Fwd: of a colleague's bounced signup; forwarder not in people"),

        mail("ae112", "2027-04-02T16:30", ("Sven Hägglund", "sven.hagglund@malung-salen.se"), "Avanmälan 3 maj",
             """Hej,

Tyvärr kan jag inte delta den 3 maj, det krockar med KF. Övriga träffar står kvar.

Mvh
Sven Hägglund
Malung-Sälens kommun
Skickat från min iPhone""",
             X("cancel", [P("Sven Hägglund", "sven.hagglund@malung-salen.se", MAL)], [S1]),
             "partial cancellation of the first session only"),

        mail("ae113", "2027-03-03T12:44", ("Lovisa Eng", "lovisa.eng@hedemora.se"), "Vill vara med igen",
             """Hej Linnea!

Jag avanmälde mig från DalaLab i januari eftersom jag trodde att jag skulle byta tjänst, men det blev inte av. Nu vill jag gärna vara med igen – på alla träffarna om det går.

Vänliga hälsningar
Lovisa Eng
Strategisk samhällsplanerare
Hedemora kommun""",
             X("register", [P("Lovisa Eng", "lovisa.eng@hedemora.se", HED)], ALL),
             "re-registration after an earlier cancellation; 'alla träffarna' = all four"),

        tg("ae114", "2027-02-27T10:02", "Karl Nordin", 2209347715,
           "Hej. Jag måste tyvärr hoppa av DalaLab helt, jag har fått nytt jobb i Uppsala från mars. Tack för allt! /Kalle",
           X("cancel", [P("Karl Nordin", None, None)], ALL),
           "telegram full withdrawal; no organisation given; Uppsala is not an organisation"),

        mail("ae115", "2027-01-20T11:11", ("Anneli Grape", "anneli.grape@gagnef.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej och tack!

En fråga: vi har en praktikant hos oss i vår som är intresserad av att följa med på träffen i maj och bara lyssna. Går det bra, och behöver hon i så fall anmäla sig själv?

/Anneli
""" + conf("19 januari 2027 09:15", "Anneli Grape <anneli.grape@gagnef.se>", "Anneli", ALL_LINES),
             X("question"),
             "question in a reply to the confirmation about an unnamed trainee; nobody booked"),

        mail("ae116", "2027-03-19T13:58", ("Åsa Lindvall", "asa.lindvall@lansstyrelsen.se"), "Anmälan träff 3 och 4",
             """Hej,

Jag missade tyvärr att anmäla mig i vintras men vill gärna delta på träff 3 och 4. Jag är glutenfri.

Med vänlig hälsning

Åsa Lindvall
Handläggare, Enheten för samhällsplanering
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
Tfn 010-225 00 00 (vx), 010-225 03 61 (direkt)
www.lansstyrelsen.se/dalarna

Information om hur Länsstyrelsen hanterar personuppgifter finns på www.lansstyrelsen.se/dalarna""",
             X("register", [P("Åsa Lindvall", "asa.lindvall@lansstyrelsen.se", LST, diet="glutenfri")], [S3, S4],
               diet="glutenfri"),
             "late signup by session number 'träff 3 och 4'; long Lst signature with Falun address and numbers"),

        mail("ae117", "2027-04-06T09:22", ("Jonas Hedberg", "jonas.hedberg@avesta.se"), "Ersättare 21 september",
             """Hej!

Jag kan inte gå på träffen den 21 september, men min kollega Ali Hassan (ali.hassan@avesta.se) tar min plats den dagen. Övriga träffar går jag på själv som planerat.

Mvh Jonas Hedberg
Avesta kommun""",
             X("change", [P("Jonas Hedberg", "jonas.hedberg@avesta.se", AVE),
                          P("Ali Hassan", "ali.hassan@avesta.se", AVE)], [S2]),
             "substitution for one session only; both listed; sessions = the substitute's (21/9)"),

        mail("ae118", "2027-03-15T07:00", ("Daniel Price", "daniel.price@falun.se"),
             "Automatic reply: Påminnelse: anmälan till DalaLab senast 14 april",
             """Thank you for your email. I am on parental leave until 1 September 2027 and will not be reading my mail.

For planning matters please contact the planning office at planering@falun.se or 023-830 00.

Daniel Price
Falu kommun""",
             X("auto_reply"),
             "English out-of-office to the reminder; subject holds the deadline; no signup"),

        tg("ae119", "2027-03-21T18:25", "Nils Granberg", 5903318824,
           "kan jag byta nov-träffen mot den i februari? mvh nils, älvdalen",
           X("change", [P("Nils Granberg", None, ALV)], [S4]),
           "telegram swap by month words; only the new session"),

        mail("ae120", "2027-03-31T10:40", ("Malin Wikner", "malin.wikner@rattvik.se"), "Sen anmälan från Rättvik",
             """Hej,

Vi är tre från Rättvik som gärna vill hänga på DalaLab, fast vi är sena. Vi hinner inte till maj men vill gärna gå på de tre sista träffarna:

Wikner, Malin – malin.wikner@rattvik.se
Ersson, Tomas – tomas.ersson@rattvik.se (vegetarisk)
Björk, Lina – lina.bjork@rattvik.se

Hälsningar
Malin Wikner
Samhällsbyggnadsförvaltningen
Rättviks kommun""",
             X("register", [P("Malin Wikner", "malin.wikner@rattvik.se", RAT),
                            P("Tomas Ersson", "tomas.ersson@rattvik.se", RAT, diet="vegetarisk"),
                            P("Lina Björk", "lina.bjork@rattvik.se", RAT)], [S2, S3, S4], diet="vegetarisk"),
             "late signup of three incl. sender, 'Efternamn, Förnamn' list; 'de tre sista' = sessions 2-4"),

        mail("ae121", "2027-04-08T15:15", ("Peter Olausson", "peter.olausson@gagnef.se"), "DalaLab februari 2028",
             """Hej Linnea,

Lena Kvist och Björn Hall kommer tyvärr inte att kunna vara med på träffen den 22 februari 2028 eftersom de då är på studieresa. Deras anmälningar till de andra träffarna gäller som tidigare.

Med vänlig hälsning
Peter Olausson
Planchef, Gagnefs kommun""",
             X("cancel", [P("Lena Kvist", None, GAG), P("Björn Hall", None, GAG)], [S4]),
             "manager cancels one session for two colleagues; sender not in people"),

        tg("ae122", "2027-02-11T22:47", "Ida Marklund", 6677012390,
           "Hej, jag har redan avanmält mig via mejl. Vill nu också att ni raderar mina uppgifter helt ur era register. Tack",
           X("erasure", [P("Ida Marklund", None, None)]),
           "telegram erasure after an earlier cancellation; people = sender, no organisation"),

        mail("ae123", "2027-03-05T14:36", ("Olof Skoglund", "olof.skoglund@ludvika.se"), "Ändring av mina träffar",
             """Hej,

Jag är i dag anmäld till 3 maj och 21 september. Kan ni stryka 21 september och i stället lägga till 29 november? Maj-träffen står kvar.

Tack!
Olof Skoglund
Ludvika kommun""",
             X("change", [P("Olof Skoglund", "olof.skoglund@ludvika.se", LUD)], [S1, S3]),
             "change with current sessions stated: drop 21/9, add 29/11 -> 3/5 + 29/11 after"),

        mail("ae124", "2027-01-29T09:48", ("Tina Halvarsson", "tina.halvarsson@avesta.se"), "Fråga om byte av person",
             """Hej!

Jag är anmäld till alla fyra träffarna. Den sista, 22 februari 2028, ligger ju långt fram och det är möjligt att jag har en annan tjänst då. Går det i så fall att skicka en kollega i mitt ställe, och hur långt i förväg behöver vi meddela er?

Vänliga hälsningar
Tina Halvarsson
Avesta kommun""",
             X("question"),
             "hypothetical substitution question naming a session date; nothing changes yet"),

        tg("ae125", "2027-01-07T20:55", "Sofie Hellström", 8032165540,
           "hej! hann inte anmäla mig innan jul 🙈 går det bra att jag kommer på alla träffarna? Sofie Hellström, leksands kommun",
           X("register", [P("Sofie Hellström", None, LEK)], ALL),
           "telegram late signup phrased as a question; 'alla träffarna' = all four"),

        mail("ae126", "2027-02-16T03:12", ("DalaLab Support", "no-reply@dalalab-deltagare.info"),
             "Åtgärd krävs: bekräfta din anmälan till DalaLab",
             """Hej deltagare,

Ditt deltagarkonto för DalaLab 2027 kommer att stängas inom 24 timmar om du inte bekräftar din anmälan. Logga in via länken nedan med ditt e-postlösenord för att behålla din plats på träffarna 3 maj, 21 september, 29 november och 22 februari.

https://dalalab-deltagare.info/verify?id=83920

Med vänlig hälsning
DalaLab deltagarservice""",
             X("unknown"),
             "phishing posing as a confirmation follow-up; lists all session dates -> unknown"),

        mail("ae127", "2027-02-01T13:05", ("Rebecka Norén", "rebecka.noren@mora.se"), "VB: VB: Inbjudan DalaLab",
             """Hej Linnea,

Fick inbjudan vidarebefordrad från min chef nedan. Jag vill gärna anmäla mig till träff 2 och 4.

Rebecka Norén
Mora kommun

Från: Stefan Ljung <stefan.ljung@mora.se>
Skickat: den 29 januari 2027 11:02
Till: Rebecka Norén <rebecka.noren@mora.se>; Anders Kvarnström <anders.kvarnstrom@mora.se>
Ämne: VB: Inbjudan DalaLab

Något för er? Anders, du är ju redan anmäld till 3 maj och 29 november, eller hur?
/Stefan

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:30
Ämne: Inbjudan DalaLab

Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft! Träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028. Sista anmälningsdag 14 april 2027.""",
             X("register", [P("Rebecka Norén", "rebecka.noren@mora.se", MOR)], [S2, S4]),
             "double VB: chain; signup on top by session number; other colleague's dates in the internal part are not hers"),

        mail("ae128", "2027-03-26T10:19", ("Kjell Borg", "kjell.borg@hedemora.se"), "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Tyvärr måste jag avanmäla mig från hela DalaLab-serien. Efter omorganisationen ligger översiktsplaneringen inte längre på min enhet.

Mvh Kjell Borg
Hedemora kommun
""" + conf("4 januari 2027 14:22", "Kjell Borg <kjell.borg@hedemora.se>", "Kjell", ALL_LINES)
             .replace("–", "-").replace("•", "*"),
             X("cancel", [P("Kjell Borg", "kjell.borg@hedemora.se", HED)], ALL),
             "iso-8859-1 full cancellation as a reply quoting the confirmation with all four dates",
             charset="iso-8859-1"),

        tg("ae129", "2027-04-01T11:47", "Emma Ek", 3390127754,
           "Hej, Emma Ek från Avesta här. Jag kan inte fortsätta i DalaLab, men min kollega Fredrik Ros tar över min plats på alla träffar.",
           X("change", [P("Emma Ek", None, AVE), P("Fredrik Ros", None, AVE)], ALL),
           "telegram whole substitution: sender out, colleague in for all four"),

        mail("ae130", "2027-02-10T15:33", ("Oliver Brandt", "oliver.brandt@regiondalarna.se"), "Add a trainee to DalaLab",
             """Hi Linnea,

I'm already signed up, no changes there. Could you also register our new trainee, Lea Fischer (lea.fischer@regiondalarna.se), for the remaining sessions after May? She starts with us in August so the first one is too early for her.

Thanks!
Oliver Brandt
Region Dalarna, Samhällsplanering""",
             X("register", [P("Lea Fischer", "lea.fischer@regiondalarna.se", RD)], [S2, S3, S4]),
             "English: colleague added for 'the remaining sessions after May'; sender's signup unchanged"),

        mail("ae131", "2027-01-12T08:00", ("Mora kommun", "kommun@mora.se"), "Mottagningsbekräftelse: Bekräftelse: anmälan till DalaLab",
             """Tack för ditt meddelande till Mora kommun.

Ditt e-postmeddelande har tagits emot och registrerats med diarienummer KS 2027/00412. Handläggningstiden är normalt upp till 10 arbetsdagar.

Detta är ett automatiskt svar och kan inte besvaras.

Mora kommun
Fredsgatan 16, 792 80 Mora""",
             X("auto_reply"),
             "municipal registry's automatic receipt for the confirmation mail; numbers only"),

        mail("ae132", "2027-04-09T12:06", ("Stina Bäck", "stina.back@malung-salen.se"), "Frågor inför 3 maj",
             """Hej!

Två frågor inför första träffen den 3 maj: ska vi ta med egen dator, och blir det lunch eller bara fika? Jag är anmäld sedan länge.

Tack och hej!
Stina Bäck""",
             X("question"),
             "practical questions before the first session; the date names no booking"),

        mail("ae133", "2027-02-04T10:58", ("Malin Ekholm", "malin.ekholm@avesta.se"), "VB: Specialkost",
             """Hej Linnea,

Se nedan från Göran.

/Malin Ekholm, nämndsekreterare, Avesta kommun

Från: Göran Lid <goran.lid@avesta.se>
Skickat: den 3 februari 2027 17:12
Till: Malin Ekholm <malin.ekholm@avesta.se>
Ämne: Specialkost

Hej Malin! Kan du meddela regionen att jag behöver vegetarisk mat på DalaLab? Jag är anmäld till alla fyra träffarna.
Tack /Göran""",
             X("change", [P("Göran Lid", "goran.lid@avesta.se", AVE, diet="vegetarisk")], ALL, diet="vegetarisk"),
             "VB: chain with a diet update for the person in the forwarded part; forwarder not in people"),

        tg("ae134", "2027-03-12T09:37", "Elsa Fagerlund", 4415820096,
           "hej! kan min kollega johan ek också följa med på träffen 3 maj? han jobbar också på lst",
           X("register", [P("Johan Ek", None, LST)], [S1]),
           "telegram colleague added in lower case; 'lst' = Länsstyrelsen; sender not in people"),

        mail("ae135", "2027-03-18T20:14", ("Anna Sundberg", "anna.sundberg@mora.se"), "Förhinder",
             """Hej, jag får tyvärr förhinder den 21/9 och 29/11. Ses i maj!
Mvh Anna

Skickat från Outlook för Android""",
             X("cancel", [P("Anna Sundberg", "anna.sundberg@mora.se", MOR)], [S2, S3]),
             "terse phone mail 'får förhinder' two sessions; organisation only from domain; 'i maj' is not cancelled"),
    ]
