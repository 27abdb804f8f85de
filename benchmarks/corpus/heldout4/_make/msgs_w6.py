from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer 6 (s121-s180): the organiser's hardest inbox - changes, cancellations and who-is-who.


def messages():
    return [
        mail("s121", "2026-12-02T08:41:00", ("Päivi Koskinen", "paivi.koskinen@orsa.se"), "DalaLab anmälan",
             """Hejsan,

Här kommer min anmälan till DalaLab, alla fyra träffarna. Jag har jobbat som översiktsplanerare här sedan i höstas och det här passar mig perfekt.

Ingen specialkost.

Hälsningar
Päivi Koskinen
Orsa kommun | Samhällsbyggnad
0250-552 00""",
             X("register", [P("Päivi Koskinen", "paivi.koskinen@orsa.se", "Orsa kommun")], ALL),
             "ordinary single signup, all four; 'ingen specialkost' is no diet"),

        mail("s122", "2026-12-03T14:05:00", ("Marit Eriksson", "marit.eriksson@regiondalarna.se"),
             "Anmälan från Regionen och Länsstyrelsen",
             """<html><body>
<p>Hej på dig Linnea,</p>
<p>Vi samordnar en gemensam anmälan för våra två myndigheter. Alla nedan vill delta på <b>samtliga</b> träffar.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>Myndighet</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Marit Eriksson</td><td>Region Dalarna</td><td>marit.eriksson@regiondalarna.se</td><td>&ndash;</td></tr>
<tr><td>Hamid Sharifi</td><td>Region Dalarna</td><td>hamid.sharifi@regiondalarna.se</td><td>halal</td></tr>
<tr><td>Birgitta Dahlin-Öst</td><td>Länsstyrelsen Dalarna</td><td>birgitta.dahlin-ost@lansstyrelsen.se</td><td>laktosfri</td></tr>
</table>
<p>Tack på förhand!</p>
<p>Marit Eriksson<br>Enheten för samhällsplanering<br>Region Dalarna</p>
</body></html>""",
             X("register", [P("Marit Eriksson", "marit.eriksson@regiondalarna.se", "Region Dalarna"),
                            P("Hamid Sharifi", "hamid.sharifi@regiondalarna.se", "Region Dalarna", "halal"),
                            P("Birgitta Dahlin-Öst", "birgitta.dahlin-ost@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "laktosfri")], ALL, "halal, laktosfri"),
             "HTML-only table, two organisations (Region + Länsstyrelsen), per-person diets, sender in the table",
             html=True),

        mail("s123", "2026-12-07T10:12:00", ("Olof Dahlberg", "olof.dahlberg@avesta.se"), "Dela plats?",
             """Tjena Linnea

Innan vi anmäler oss undrar jag en sak: kan man dela en plats mellan olika personer? Alltså att jag går den 3 maj och min kollega Sanna tar den 21 september, osv. Eller måste samma person gå på alla fyra?

Olof D
Avesta kommun""",
             X("question"),
             "general question about sharing a place; names a colleague and dates but books nothing"),

        mail("s124", "2026-12-09T16:30:00", ("Henrik Ullberg", "henrik.ullberg@wsp.com"), "Anmälan DalaLab – för Gagnefs kommun",
             """Hej,

Jag arbetar som konsult på WSP med Gagnefs kommuns nya översiktsplan, och kommunen har bett mig delta i DalaLab för deras räkning (i samråd med planchefen Lotta Björk, cc).

Jag anmäler mig därför till de två första träffarna, den 3 maj och den 21 september. Hur vi gör med resten bestämmer vi efter sommaren.

Med vänlig hälsning
Henrik Ullberg
Uppdragsledare, Samhällsplanering
WSP Sverige AB
Box 1 | 101 01 Stockholm""",
             X("register", [P("Henrik Ullberg", "henrik.ullberg@wsp.com", "Gagnefs kommun")], [S1, S2],
               unsure=["organisation"]),
             "consultant with a wsp.com address attending for Gagnef; the planning chief mentioned (cc) does not attend"),

        mail("s125", "2026-12-11T09:20:00", ("Kansliet Smedjebacken", "kansli@smedjebacken.se"), "Anmälan DalaLab 3 maj",
             """Hej,

På uppdrag av samhällsbyggnadschefen anmäls nedanstående till den första träffen den 3 maj. Om övriga tillfällen återkommer vi.

Nyström, Karin – karin.nystrom@smedjebacken.se
Halilović, Emir – emir.halilovic@smedjebacken.se

Emir behöver fläskfri kost.

Med vänlig hälsning
Kommunkansliet
Smedjebackens kommun
Växel 0240-660 00""",
             X("register", [P("Karin Nyström", "karin.nystrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Emir Halilović", "emir.halilovic@smedjebacken.se", "Smedjebackens kommun", "fläskfri")],
               [S1], "fläskfri"),
             "function mailbox (kansli@) registers two people written 'Efternamn, Förnamn'; per-person diet"),

        mail("s126", "2026-12-15T07:55:00", ("Gunnel Mattsson", "gunnel.mattsson@alvdalen.se"), "DalaLab – två från oss",
             """God morgon Linnea

Jag är chef för plan- och byggenheten och hinner tyvärr inte själv vara med i år, men jag vill gärna skicka två av mina medarbetare:

  • Warsame, Hodan (planarkitekt)
  • Östlund, Per-Olof (kart- och mätingenjör)

De ska gå på samtliga fyra träffar. Ingen av dem har specialkost vad jag vet. Per-Olof är nyanställd och har inte fått någon e-post ännu, så skicka gärna allt till mig så vidarebefordrar jag.

Gunnel Mattsson
Enhetschef Plan & Bygg
Älvdalens kommun""",
             X("register", [P("Hodan Warsame", None, "Älvdalens kommun"),
                            P("Per-Olof Östlund", None, "Älvdalens kommun")], ALL),
             "manager registers two staff written 'Efternamn, Förnamn' in bullets, no addresses; manager does not attend"),

        mail("s127", "2026-12-17T13:48:00", ("Kjell-Åke Rönnqvist", "kjell-ake.ronnqvist@rattvik.se"), "Anmälan tillgänglighetsträffen",
             """Hej.

Anmäler mig härmed till träffen om tillgänglighet (rumslig närhet, fysisk mobilitet och digital tillgänglighet) i februari 2028. Övriga träffar hinner jag inte pga budgetarbetet.

Jag är glutenintolerant.

Kjell-Åke Rönnqvist
Trafikplanerare
Rättviks kommun
Storgatan 2, 795 80 Rättvik""",
             X("register", [P("Kjell-Åke Rönnqvist", "kjell-ake.ronnqvist@rattvik.se", "Rättviks kommun")], [S4],
               "glutenintolerant"),
             "iso-8859-1; session named only by theme and month; double first name", charset="iso-8859-1"),

        mail("s128", "2027-01-08T11:03:00", ("Piotr Kowalczyk", "piotr.kowalczyk@borlange.se"), "Registration DalaLab",
             """Dear Linnea,

I would like to register for the first two meetings of DalaLab (May and September). My Swedish is still work in progress, so I hope it is OK that I write in English - I understand most of it when people speak slowly :)

I work as GIS analyst at Borlänge municipality, city planning department.
Food: I don't eat meat, but fish is fine (pescetarian).

Best regards,
Piotr Kowalczyk""",
             X("register", [P("Piotr Kowalczyk", "piotr.kowalczyk@borlange.se", "Borlänge kommun")], [S1, S2],
               "pescetarian"),
             "English signup by a Polish colleague; 'first two meetings (May and September)'"),

        mail("s129", "2027-01-12T08:17:00", ("Lena Dahl", "lena.dahl@avesta.se"), "VB: DalaLab?",
             """Tja Linnea,
Amir vill gärna vara med, se nedan. Kan du anmäla honom? Jag har godkänt det.
/Lena

Lena Dahl
Planchef, Avesta kommun

Från: Amir Rahimi <amir.rahimi@avesta.se>
Skickat: den 11 januari 2027 16:02
Till: Lena Dahl <lena.dahl@avesta.se>
Ämne: DalaLab?

Hej Lena! Såg inbjudan till DalaLab. Jag skulle gärna gå på träffarna i september och november, framtider/osäkerheter-temat är ju precis det vi håller på med i ÖP:n. Är det ok att jag anmäler mig?
/Amir""",
             X("register", [P("Amir Rahimi", "amir.rahimi@avesta.se", "Avesta kommun")], [S2, S3]),
             "VB: chain; manager asks to register a colleague known only from the forwarded header; sessions in the forwarded part"),

        tg("s130", "2027-01-14T19:22:00", "Siriporn Chaiyasit", 7600100130,
           """Hej hej 👋 Siriporn här, jobbar med landsbygdsutveckling på Malung-Sälens kommun. Vill vara med på alla fyra DalaLab-träffarna! Äter vegetariskt 🌱""",
           X("register", [P("Siriporn Chaiyasit", None, "Malung-Sälens kommun")], ALL, "vegetariskt"),
           "Telegram signup with emoji; Thai name; organisation in the text"),

        mail("s131", "2027-01-18T10:40:00", ("Annika Forsberg", "annika.forsberg@hedemora.se"),
             "Anmälan – Hedemora och Säter (gemensam ÖP-grupp)",
             """Hej,

Hedemora och Säter jobbar ihop med planeringsstrategin i år, så vi anmäler oss tillsammans:

- jag själv, Annika Forsberg, Hedemora kommun
- Reza Moradi, Säters kommun (reza.moradi@sater.se)

Vi vill delta den 3 maj och den 29 november.

Annika Forsberg
Strategisk planerare
Hedemora kommun""",
             X("register", [P("Annika Forsberg", "annika.forsberg@hedemora.se", "Hedemora kommun"),
                            P("Reza Moradi", "reza.moradi@sater.se", "Säters kommun")], [S1, S3]),
             "two municipalities in one signup; sender included as 'jag själv'"),

        mail("s132", "2027-01-20T15:12:00", ("Lindqvist, Jonas", "jonas.lindqvist@leksand.se"), "DalaLab",
             """Anmäler mig till DalaLab: 21/9, 29/11 och 22/2. Majträffen krockar med fullmäktige.

//Jonas

Lindqvist, Jonas
Planeringsarkitekt | Leksands kommun
Tfn 0247-800 00""",
             X("register", [P("Jonas Lindqvist", "jonas.lindqvist@leksand.se", "Leksands kommun")], [S2, S3, S4]),
             "no greeting; display name and signature 'Efternamn, Förnamn'; May explicitly excluded"),

        mail("s133", "2027-01-21T09:30:00", ("Tobias Grönberg", "tobias.gronberg@falun.se"), "Byte av deltagare DalaLab – Falu kommun",
             """Hej Linnea,

Jag slutar på Falu kommun sista februari (flyttar till Umeå). Min plats i DalaLab tas över av Lejla Begić, som efterträder mig som översiktsplanerare. Hon går alltså på alla fyra träffarna i stället för mig. Hennes adress är lejla.begic@falun.se.

Tack för allt och lycka till med projektet!
Tobias Grönberg""",
             X("change", [P("Tobias Grönberg", "tobias.gronberg@falun.se", "Falu kommun"),
                          P("Lejla Begić", "lejla.begic@falun.se", "Falu kommun")], ALL),
             "permanent substitution written by the leaver; successor takes all four"),

        mail("s134", "2027-01-25T13:55:00", ("Sara Wikström", "sara.wikstrom@mora.se"), "Ersättare 21 september",
             """Hej!

Håkan Ersson har bett mig gå i hans ställe på DalaLab den 21 september, eftersom han har semester då. Resten av träffarna går han själv som vanligt. Jag är planarkitekt på samma avdelning som Håkan.

Kan du notera det?

Tack på förhand,
Sara Wikström
Mora kommun""",
             X("change", [P("Håkan Ersson", None, "Mora kommun"),
                          P("Sara Wikström", "sara.wikstrom@mora.se", "Mora kommun")], [S2]),
             "one-off substitution written by the newcomer; the leaver has no address here"),

        mail("s135", "2027-01-27T11:18:00", ("Ingrid Sahlström", "ingrid.sahlstrom@leksand.se"), "Ang. Leksands anmälan",
             """Linnea,

Vi anmälde i december tre personer från Leksand: jag, Mikko Rantanen och Tiina Bergkvist. Tiina har fått förhinder p.g.a. ett stort detaljplaneprojekt, så stryk henne från alla träffarna. Mikko och jag kommer som planerat.

Det betyder väl att vi har en plats ledig om någon annan på kommunen vill gå – jag återkommer i så fall.

Ingrid""",
             X("cancel", [P("Tiina Bergkvist", None, "Leksands kommun")], ALL),
             "remove one of three; the two who stay are not among the people"),

        mail("s136", "2027-01-29T08:02:00", ("Stefan Holmgren", "stefan.holmgren@ludvika.se"), "Ändring deltagare",
             """Hej,

Maria Nilsson (maria.nilsson@ludvika.se) är anmäld till hela DalaLab men går i pension i sommar. Hon går på majträffen, men från och med september tar Yusuf Abdi över hennes plats, alltså 21/9, 29/11 och 22/2. Yusuf nås på yusuf.abdi@ludvika.se.

Mvh
Stefan Holmgren
Avdelningschef Samhällsplanering
Ludvika kommun
0240-860 00""",
             X("change", [P("Maria Nilsson", "maria.nilsson@ludvika.se", "Ludvika kommun"),
                          P("Yusuf Abdi", "yusuf.abdi@ludvika.se", "Ludvika kommun")], [S2, S3, S4]),
             "manager's substitution from September on; sessions = what the substitute takes; manager not involved"),

        mail("s137", "2027-02-01T12:44:00", ("Emelie Sund", "emelie.sund@gagnef.se"), "Fråga om byte",
             """Hello Linnea!

En fundering innan jag anmäler mig: om man anmäler sig till alla fyra och sedan inte kan på någon av dem, går det då att byta till en kollega just den gången? Eller blir det krångligt med kvoten?

Tack!
Emelie
Gagnefs kommun""",
             X("question"),
             "asks whether a substitution is possible in general, before signing up -> question"),

        mail("s138", "2027-02-02T09:09:00", ("Jenny Backlund", "jenny.backlund@vansbro.se"), "Tillägg till Vansbros anmälan",
             """Hej,

Patrik Ek och jag är redan anmälda till alla träffarna. Nu har vi fått en ny kollega, Abdirahman Jama, som också vill vara med – men bara den 21 september och den 29 november eftersom han börjar först i augusti. Hans mejl: abdirahman.jama@vansbro.se

För Patrik och mig blir det inga ändringar.

Hälsningar
Jenny Backlund
Vansbro kommun""",
             X("register", [P("Abdirahman Jama", "abdirahman.jama@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "adds a colleague to an existing group signup -> register for the new person only"),

        tg("s139", "2027-02-03T07:48:00", "Aino Virtanen", 7600100139,
           """hej! jag har tagit över Kristina Bohlins tjänst på Gagnefs kommun från februari. hon var anmäld till dalalab och jag ska ta hennes plats på alla träffarna. går det bra? /aino""",
           X("change", [P("Kristina Bohlin", None, "Gagnefs kommun"), P("Aino Virtanen", None, "Gagnefs kommun")], ALL),
           "Telegram permanent substitution written by the newcomer, lower case; genitive 'Bohlins'"),

        mail("s140", "2027-02-04T15:26:00", ("Johan Strand", "johan.strand@hedemora.se"), "Anders Persson – 3 maj",
             """Hej

Jag skriver för min kollega Anders Persson, som är sjukskriven efter en operation. Han kommer inte att kunna delta den 3 maj. Förhoppningsvis är han tillbaka till hösten, så hans övriga träffar får stå kvar tills vidare.

Själv kommer jag som vanligt den 3 maj.

Johan Strand, Hedemora kommun""",
             X("cancel", [P("Anders Persson", None, "Hedemora kommun")], [S1]),
             "cancels only for an ill colleague, one session; the sender stays"),

        mail("s141", "2027-02-05T06:50:00", ("Konferens & Möten Siljan", "info@siljanskonferens.se"), "Erbjudande inför DalaLab 3 maj",
             """<html><body>
<p>Bästa Linnea Hassis,</p>
<p>Vi har sett att Region Dalarna arrangerar <b>DalaLab</b> med fyra träffar (3 maj, 21 september, 29 november och 22 februari). Vi erbjuder gärna ett komplett konferenspaket för 60 deltagare inklusive förmiddagsfika, lunch och eftermiddagsfika – från 545 kr/person exkl. moms. Specialkost (vegetariskt, glutenfritt, laktosfritt) ingår.</p>
<p><b>Boka senast 31 mars</b> så bjuder vi på projektor och teknisk support. Svara på detta mejl för offert.</p>
<p>Med vänliga hälsningar<br>Elin Granat<br>Försäljningsansvarig, Konferens &amp; Möten Siljan</p>
</body></html>""",
             X("unknown"),
             "HTML sales offer naming the event, all dates and diets -> unknown", html=True),

        mail("s142", "2027-02-08T10:31:00", ("Emma Kaya", "emma.kaya@borlange.se"), "Nytt namn och ny mejladress",
             """Hej!

Bara en liten uppdatering: jag gifte mig i januari och heter nu Emma Kaya (tidigare Emma Johansson). Min nya e-postadress är emma.kaya@borlange.se – den gamla, emma.johansson@borlange.se, slutar fungera i mars.

Jag är anmäld till alla fyra träffarna och det gäller fortfarande.

Vänliga hälsningar
Emma Kaya
Borlänge kommun""",
             X("change", [P("Emma Kaya", "emma.kaya@borlange.se", "Borlänge kommun")], ALL),
             "name change after marriage plus new address; the old name/address is not a second person"),

        mail("s143", "2027-02-10T14:07:00", ("Petra Hallberg", "petra.hallberg@borlange.se"), "Fwd: Min plats på DalaLab",
             """Linnea, vidarebefordrar från Zeynep som har slutat hos oss. Hon ville att du tar bort henne från DalaLab.
Petra

---------- Forwarded message ---------
From: Zeynep Arslan <zeynep.arslan@borlange.se>
Date: fre 29 jan. 2027 kl 15:44
Subject: Min plats på DalaLab
To: Petra Hallberg <petra.hallberg@borlange.se>

Hej Petra! Idag är sista dagen och jag hann aldrig avanmäla mig från DalaLab. Kan du be arrangören stryka mig från alla träffar? Tack för allt och kram /Zeynep""",
             X("cancel", [P("Zeynep Arslan", "zeynep.arslan@borlange.se", "Borlänge kommun")], ALL),
             "Fwd: (Gmail style); the person and her address only in the forwarded header; forwarder not involved"),

        mail("s144", "2027-02-11T16:20:00", ("Dariusz Nowak", "dariusz.nowak@smedjebacken.se"), "Byte av datum",
             """God dag Linnea,

Jag är anmäld till 3/5 och 21/9. Nu har det visat sig att 21/9 krockar med ett samråd här hemma. Kan jag byta 21/9 mot 29/11? 3 maj står kvar som förut.

Tack,
Darek (Dariusz Nowak)
Smedjebackens kommun, bygg och miljö""",
             X("change", [P("Dariusz Nowak", "dariusz.nowak@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "swap with the kept session named -> full set after the change; nickname signature"),

        tg("s145", "2027-02-12T21:40:00", "Ville Hämäläinen", 7600100145,
           """tjena, kan du flytta mig från 21 sept till 22 feb? /ville, mora kommun""",
           X("change", [P("Ville Hämäläinen", None, "Mora kommun")], [S4]),
           "Telegram bare swap, kept sessions not named -> the new one only"),

        mail("s146", "2027-02-15T07:12:00", ("Farida Noori", "farida.noori@mora.se"), "DalaLab",
             """Hallå Linnea! Anmäler mig till 3 maj och 21 sept. Laktosfritt tack.
Farida Noori, Mora kommun

Skickat från min iPhone""",
             X("register", [P("Farida Noori", "farida.noori@mora.se", "Mora kommun")], [S1, S2], "laktosfritt"),
             "short phone signup with a diet"),

        mail("s147", "2027-02-16T13:00:00", ("Görel Lindström", "gorel.lindstrom@malung-salen.se"),
             "Återbud DalaLab – Malung-Sälens kommun",
             """Hej,

Tyvärr måste Malung-Sälens kommun dra tillbaka hela sin anmälan till DalaLab. Efter beslut om besparingar har samhällsbyggnadsförvaltningen stopp för kurser och konferenser resten av året.

Det gäller alla tre från oss och samtliga träffar:

Namn                 Befattning
Görel Lindström      förvaltningschef
Siriporn Chaiyasit   landsbygdsutvecklare
Tomas Hedberg        planarkitekt

Vi hoppas få vara med en annan gång.

Görel Lindström
Förvaltningschef, Samhällsbyggnad
Malung-Sälens kommun""",
             X("cancel", [P("Görel Lindström", "gorel.lindstrom@malung-salen.se", "Malung-Sälens kommun"),
                          P("Siriporn Chaiyasit", None, "Malung-Sälens kommun"),
                          P("Tomas Hedberg", None, "Malung-Sälens kommun")], ALL),
             "a group cancels everything; plain-text table with titles; sender is one of the three"),

        tg("s148", "2027-02-17T12:15:00", "Linn Sjödin", 7600100148,
           """en fråga: jag gifter mig i juli och byter efternamn. behöver jag anmäla om mig då eller räcker det att jag säger till?""",
           X("question"),
           "Telegram question about a future name change; nothing to change yet"),

        mail("s149", "2027-02-18T09:36:00", ("Marianne Hedlund", "marianne.hedlund@lansstyrelsen.se"), "WG: DalaLab 29 november",
             """Linnea –

Klaus bad mig skicka vidare det här eftersom han är på resande fot. Han vill alltså flytta sin plats från 29 november till 22 februari.

Hälsningar
Marianne Hedlund
Administratör, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna

Von: Klaus Becker <klaus.becker@lansstyrelsen.se>
Gesendet: Mittwoch, 17. Februar 2027 07:48
An: Marianne Hedlund <marianne.hedlund@lansstyrelsen.se>
Betreff: DalaLab 29 november

Hej Marianne, kan du hjälpa mig? Jag kan inte 29/11 (konferens i Hamburg) men 22/2 passar bra. Kan du be Linnea byta? Danke! /Klaus""",
             X("change", [P("Klaus Becker", "klaus.becker@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
             "WG: chain with German Outlook headers; the person only in the forwarded header; bare swap -> new session"),

        tg("s150", "2027-02-19T17:03:00", "Nour El-Amin", 7600100150,
           """Hej, kan tyvärr inte komma 29 november (tjänsteresa). Övriga datum gäller. Nour, Rättvik""",
           X("cancel", [P("Nour El-Amin", None, "Rättviks kommun")], [S3]),
           "Telegram partial self-cancel; the rest stays"),

        mail("s151", "2027-02-22T10:50:00", ("Annelie Borg", "annelie.borg@falun.se"), "Ledig plats Falun – Nasrin Karimi",
             """Morrn Linnea,

Jonatan Ek har ju avanmält sig (han skrev till dig förra veckan), så Falun har en ledig plats igen. Nasrin Karimi stod på väntelistan – kan hon få den? Hon vill gå på alla träffarna. Adress: nasrin.karimi@falun.se

Tack!
Annelie Borg
Stadsbyggnadskontoret, Falu kommun""",
             X("register", [P("Nasrin Karimi", "nasrin.karimi@falun.se", "Falu kommun")], ALL),
             "waiting-list person moved into a freed place, asked by a colleague; the one who left earlier is not "
             "part of this request; sender not attending"),

        mail("s152", "2027-02-23T08:00:00", ("HR-service Mora kommun", "hr@mora.se"), "Avslutad anställning – avanmälan",
             """Till arrangören av DalaLab

Följande medarbetare har avslutat sin anställning hos Mora kommun och ska avregistreras från samtliga aktiviteter:

Namn: Ersson, Håkan
Anställningen upphörde: 2027-02-19

Var vänlig bekräfta till denna adress.

HR-service
Mora kommun
Detta är en funktionsbrevlåda som bevakas vardagar 8–16.""",
             X("cancel", [P("Håkan Ersson", None, "Mora kommun")], ALL),
             "HR function mailbox cancels a former employee written 'Efternamn, Förnamn'; the end date is no session"),

        tg("s153", "2027-02-24T20:11:00", "Samira Haddou", 7600100153,
           """hej! har blivit vegan sen jag anmälde mig 🙈 kan ni ändra min kost? jag går 3 maj och 21 sept. Samira, Avesta kommun""",
           X("change", [P("Samira Haddou", None, "Avesta kommun")], [S1, S2], "vegan"),
           "Telegram diet change with the sessions stated"),

        mail("s154", "2027-02-25T18:42:00", ("Torbjörn Wallin", "torbjorn.wallin@gmail.com"), "Radering av personuppgifter",
             """Hej,

Jag avanmälde mig från DalaLab i januari (jag var anmäld för Orsa kommun). Jag vill nu att ni raderar samtliga personuppgifter som ni har om mig, i enlighet med artikel 17 i dataskyddsförordningen, och bekräftar när det är gjort.

Torbjörn Wallin""",
             X("erasure", [P("Torbjörn Wallin", "torbjorn.wallin@gmail.com", "Orsa kommun")]),
             "GDPR erasure from a private address after an earlier cancellation; organisation from the text"),

        mail("s155", "2027-02-26T11:27:00", ("Maja Hellström", "maja.hellstrom@regiondalarna.se"), "Specialkost – Hamid Sharifi",
             """God eftermiddag!

Hamid bad mig meddela en ändring i hans anmälan: han ska ha glutenfri kost i stället för halal som det står nu (han har fått diagnosen celiaki). Han är anmäld till alla fyra träffarna.

Hälsningar, Maja
Region Dalarna""",
             X("change", [P("Hamid Sharifi", None, "Region Dalarna", "glutenfri")], ALL, "glutenfri"),
             "third-party diet change for a colleague (new diet replaces the old one); sender not among the people"),

        mail("s156", "2027-03-01T09:14:00", ("Jenny Backlund", "jenny.backlund@vansbro.se"), "Ändring – Vansbro",
             """Hej igen,

En ändring till: Patrik Ek kan inte delta den 21/9 och den 29/11 (föräldraledig). Vi har ingen som kan gå i hans ställe, så det blir bara jag och Abdirahman de gångerna. 3 maj och 22 februari är han med.

Jenny""",
             X("cancel", [P("Patrik Ek", None, "Vansbro kommun")], [S2, S3]),
             "withdrawal of a colleague from two sessions under 'Ändring', no substitute -> cancel"),

        mail("s157", "2027-03-02T06:05:00", ("Aino Virtanen", "aino.virtanen@gagnef.se"), "Automatiskt svar: Bekräftelse DalaLab",
             """Hei / Hej,

Olen lomalla 8.3. asti. / Jag har semester till och med den 8 mars och läser inte min e-post.
Kiireelliset asiat / Brådskande ärenden: plan@gagnef.se eller växeln 0241-150 00.

Aino Virtanen
Gagnefs kommun""",
             X("auto_reply"),
             "Finnish/Swedish out-of-office to a confirmation; no automatic headers"),

        mail("s158", "2027-03-03T14:33:00", ("Marcus Thorén", "marcus.thoren@sater.se"), "Flytt av tre platser",
             """Goddag,

Kommunstyrelsen har lagt ett extra sammanträde den 3 maj, så vi tre från Säter – Reza Moradi, Linda Åkesson och jag – behöver flytta från första träffen till den 21 september. Övriga datum vi är anmälda till gäller som förut.

Går det att fixa?

Marcus Thorén
Översiktsplanerare, Säters kommun""",
             X("change", [P("Reza Moradi", None, "Säters kommun"), P("Linda Åkesson", None, "Säters kommun"),
                          P("Marcus Thorén", "marcus.thoren@sater.se", "Säters kommun")], [S2]),
             "group swap of three people; kept sessions not named -> the new one only"),

        tg("s159", "2027-03-04T10:02:00", "Amra Hodžić", 7600100159,
           """God morgon! Jag och min kollega Senad Mujić på regionens samhällsplaneringsenhet vill anmäla oss till DalaLab, 29/11 och 22/2.""",
           X("register", [P("Amra Hodžić", None, "Region Dalarna"), P("Senad Mujić", None, "Region Dalarna")], [S3, S4]),
           "Telegram signup for sender and colleague; Bosnian names with diacritics; 'regionens'"),

        mail("s160", "2027-03-05T16:48:00", ("Sjöberg, Malin", "malin.sjoberg@falun.se"), "Avanmälan",
             """Linnea!

Tyvärr måste jag avanmäla mig från DalaLab helt och hållet – jag har fått ett tillfälligt uppdrag som tar all min tid i år. Min kollega Lejla Begić går som planerat.

Ha det fint!
Malin

Malin Sjöberg
Planeringsarkitekt
Stadsbyggnadsförvaltningen, Falu kommun
023-830 00""",
             X("cancel", [P("Malin Sjöberg", "malin.sjoberg@falun.se", "Falu kommun")], ALL),
             "self-cancel; display name 'Efternamn, Förnamn'; the colleague who stays is not among the people"),

        mail("s161", "2027-03-08T08:26:00", ("Karin Ohlsson", "karin.ohlsson@orsa.se"), "VB: DalaLab 29/11",
             """Hej,

Se nedan från Oskar. Jag tar hans plats den 29 november, så byt ut honom mot mig för just den träffen. Han går på de andra som vanligt.

Karin Ohlsson
Planchef, Orsa kommun

Från: Oskar Hedin <oskar.hedin@orsa.se>
Skickat: den 5 mars 2027 14:31
Till: Karin Ohlsson <karin.ohlsson@orsa.se>
Ämne: DalaLab 29/11

Hej Karin, jag är ju anmäld till DalaLab men 29/11 har jag fått kallelse att vittna i tingsrätten. Kan du eller någon annan ta min plats den dagen?
/Oskar""",
             X("change", [P("Oskar Hedin", "oskar.hedin@orsa.se", "Orsa kommun"),
                          P("Karin Ohlsson", "karin.ohlsson@orsa.se", "Orsa kommun")], [S3]),
             "VB: chain; manager substitutes herself for one session; the leaver only in the forwarded header"),

        tg("s162", "2027-03-09T12:37:00", "Micke L", 7600100162,
           """hej, anmäl mig (Mikael Larsson, Älvdalens kommun) till 3/5 och 22/2. vegetarisk kost tack""",
           X("register", [P("Mikael Larsson", None, "Älvdalens kommun")], [S1, S4], "vegetarisk"),
           "Telegram; display name is a nickname, the full name is in the text"),

        mail("s163", "2027-03-10T13:05:00", ("Sofie Engström", "sofie.engstrom@rattvik.se"), "Kvoten vid personalbyte",
             """Hej,

Vi är tre anmälda från Rättvik. Om någon av oss skulle sluta under året – får vi då sätta in en ny person i hennes eller hans ställe, eller räknas det som en fjärde deltagare?

Mvh Sofie Engström, Rättviks kommun""",
             X("question"),
             "quota question about future substitutions; nothing changes"),

        mail("s164", "2027-03-11T10:20:00", ("Daniel Frost", "daniel.frost@ramboll.se"), "DalaLab – withdrawal",
             """Hi Linnea,

I was registered for all four DalaLab sessions on behalf of Orsa kommun, as their external planning consultant. Our assignment with Orsa ends in April, so I will unfortunately not attend any of the sessions. Please remove me from the list so that the municipality can use the place for someone else.

Kind regards,
Daniel Frost
Senior Consultant, Urban Planning
Ramboll Sverige AB""",
             X("cancel", [P("Daniel Frost", "daniel.frost@ramboll.se", "Orsa kommun")], ALL, unsure=["organisation"]),
             "English cancel by a consultant (ramboll.se) who attended for Orsa; 'April' is no session"),

        mail("s165", "2027-03-12T15:58:00", ("Mats Öberg", "mats.oberg@rattvik.se"), "Ny e-postadress",
             """Hej,

När jag anmälde mig till DalaLab använde jag min privata adress (matte.oberg@hotmail.com) eftersom jag inte hade fått någon jobbadress än. Nu har jag det: mats.oberg@rattvik.se. Skicka gärna all information dit i fortsättningen.

Jag är anmäld till 21 september och 22 februari.

Mats Öberg
Rättviks kommun""",
             X("change", [P("Mats Öberg", "mats.oberg@rattvik.se", "Rättviks kommun")], [S2, S4]),
             "new e-mail address; the old private address must not become a second person; sessions stated"),

        mail("s166", "2027-03-15T11:44:00", ("Linnéa Hammar", "linnea.hammar@borlange.se"), "Går det att byta till 29/11?",
             """Hej Linnea (kul med samma namn!)

Jag är anmäld till majträffen men har fått veta att vi har tillsynsvecka då. Går det att byta till 29/11 i stället?

/Linnéa Hammar, Borlänge kommun""",
             X("change", [P("Linnéa Hammar", "linnea.hammar@borlange.se", "Borlänge kommun")], [S3]),
             "change phrased as a question about her own signup; sender shares the organiser's first name"),

        mail("s167", "2027-03-16T09:03:00", ("Hanna Rask", "hanna.rask@falun.se"), "Re: Väntelista DalaLab",
             """Tack för beskedet om väntelistan, Linnea. Jag hörde av Lejla att Malin Sjöberg har hoppat av – i så fall tar jag gärna hennes lediga plats, på alla fyra träffarna om det går.

Hälsningar
Hanna Rask
Trafikplanerare, Falu kommun

> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Skickat: den 1 mars 2027 10:15
> Till: Hanna Rask
> Ämne: Väntelista DalaLab
>
> Hej Hanna, Falu kommun har redan tre anmälda (Lejla Begić, Nasrin Karimi och Malin Sjöberg),
> så du står på väntelistan. Jag hör av mig om en plats blir ledig.""",
             X("register", [P("Hanna Rask", "hanna.rask@falun.se", "Falu kommun")], ALL),
             "waiting-list person takes a freed place herself; names in the text and the quoted reply are not people"),

        tg("s168", "2027-03-17T18:25:00", "Amir Rahimi", 7600100168,
           """Hej. Jag har slutat på Avesta kommun, så stryk mig från DalaLab. Tack för mig! Amir""",
           X("cancel", [P("Amir Rahimi", None, "Avesta kommun")], ALL),
           "Telegram full cancel after leaving the job; no session named -> all four"),

        mail("s169", "2027-03-18T14:10:00", ("Marit Eriksson", "marit.eriksson@regiondalarna.se"), "Återbud 22 februari",
             """Hallå där,

Både jag och Birgitta Dahlin-Öst på Länsstyrelsen har fått en krock med länets infrastrukturdag den 22 februari 2028, så vi får tyvärr lämna återbud till den träffen. Övriga träffar kommer vi på.

Hamid påverkas inte.

Marit""",
             X("cancel", [P("Marit Eriksson", "marit.eriksson@regiondalarna.se", "Region Dalarna"),
                          P("Birgitta Dahlin-Öst", None, "Länsstyrelsen Dalarna")], [S4]),
             "two people from two organisations cancel one session; the unaffected colleague is not among the people"),

        tg("s170", "2027-03-19T22:04:00", "Kalle Byström", 7600100170,
           """Hej. Jag vill att ni tar bort alla mina uppgifter ur ert system, jag ska inte vara med i DalaLab. /Karl Byström""",
           X("erasure", [P("Karl Byström", None, None)]),
           "Telegram erasure (also 'ska inte vara med'; erasure is the request); nickname display name, full name signed"),

        tg("s171", "2027-03-22T07:31:00", "Ebru Demir", 7600100171,
           """hallå linnea, min kollega mehmet yılmaz ligger på sjukhus och kan inte komma 3 maj. jag kommer själv som vanligt. vi är från regionen""",
           X("cancel", [P("Mehmet Yılmaz", None, "Region Dalarna")], [S1]),
           "Telegram lower-case cancellation for an ill colleague only; sender stays; 'regionen'"),

        mail("s172", "2027-03-23T02:14:00", ("Mail Delivery System", "MAILER-DAEMON@sater.se"), "Olevererbart: Bekräftelse DalaLab",
             """Leveransen till följande mottagare misslyckades permanent:

    linda.akesson@sater.se

Teknisk information: 550 5.1.1 <linda.akesson@sater.se>: Recipient address rejected: User unknown

----- Ursprungligt meddelande -----

Från: DalaLab anmälan <anmalan@dalalab.example>
Till: linda.akesson@sater.se
Ämne: Bekräftelse DalaLab

Hej Linda Åkesson! Du är anmäld till DalaLab den 21 september 2027, 29 november 2027 och 22 februari 2028.""",
             X("auto_reply"),
             "bounce returning a confirmation with a name and dates -> auto_reply"),

        tg("s173", "2027-03-24T13:16:00", "Tove Lindahl", 7600100173,
           """Hallåj! Tove Lindahl här, jobbar med kollektivtrafikplanering på Region Dalarna. Vill gärna gå på alla träffar i DalaLab, särskilt den om tillgänglighet i februari 🙂""",
           X("register", [P("Tove Lindahl", None, "Region Dalarna")], ALL),
           "Telegram signup for all; 'särskilt den om tillgänglighet' does not narrow it"),

        mail("s174", "2027-03-25T09:50:00", ("Grace Okafor", "grace.okafor@lansstyrelsen.se"), "Which sessions am I registered for?",
             """Hello,

I signed up for DalaLab some weeks ago but I cannot find the confirmation. Could you tell me which sessions I am registered for? I believe it was May and November, but I am not sure anymore.

Thanks,
Grace Okafor
Länsstyrelsen Dalarna""",
             X("question"),
             "English status question naming months; nothing booked or changed"),

        tg("s175", "2027-03-26T16:02:00", "Mikko Rantanen", 7600100175,
           """moi! vi från Leksand, alltså jag, Ingrid Sahlström och Jonas Lindqvist, kommer inte på 21/9. krockar med kommunens planeringsdagar""",
           X("cancel", [P("Mikko Rantanen", None, "Leksands kommun"), P("Ingrid Sahlström", None, "Leksands kommun"),
                        P("Jonas Lindqvist", None, "Leksands kommun")], [S2]),
           "Telegram group cancellation of one session for three people incl. the sender"),

        mail("s176", "2027-03-29T10:00:00", ("HR-funktionen Vansbro", "personal@vansbro.se"), "DalaLab – ny deltagare i stället för Patrik Ek",
             """Hej,

Vi på HR har fått i uppdrag av förvaltningschefen att meddela att Patrik Ek avslutar sin anställning i april. Hans efterträdare Vera Lindholm övertar hans platser i DalaLab, dvs. den 3 maj 2027 och den 22 februari 2028.

Vera har ännu ingen e-postadress hos oss; vi återkommer med den.

Med vänlig hälsning
HR-funktionen
Vansbro kommun""",
             X("change", [P("Patrik Ek", None, "Vansbro kommun"), P("Vera Lindholm", None, "Vansbro kommun")], [S1, S4]),
             "substitution announced by an HR function mailbox; neither person has an address; 'april' is no session"),

        tg("s177", "2027-03-30T11:48:00", "Leila Ahmadi", 7600100177,
           """hej, finns det någon väntelista för kommuner som redan har tre anmälda? och hur vet man om man kommer med?""",
           X("question"),
           "Telegram waiting-list question"),

        tg("s178", "2027-04-01T08:09:00", "Sofia Lindgren", 7600100178,
           """hej! jag heter numera Sofia Lindgren (hette Mattila när jag anmälde mig). är anmäld till 3/5 och 29/11, Gagnefs kommun. kan ni ändra namnet?""",
           X("change", [P("Sofia Lindgren", None, "Gagnefs kommun")], [S1, S3]),
           "Telegram name change after marriage; the old surname is not a second person; sessions stated"),

        mail("s179", "2027-04-05T13:21:00", ("Björn Åhlén", "bjorn.ahlen@avesta.se"), "SV: Bekräftelse på din anmälan till DalaLab",
             """Hej, jag får tyvärr lämna återbud till första träffen 3 maj. Resten står kvar.
Björn

-----Ursprungligt meddelande-----
Från: DalaLab anmälan <anmalan@dalalab.example>
Skickat: den 20 januari 2027 09:12
Till: Björn Åhlén <bjorn.ahlen@avesta.se>
Ämne: Bekräftelse på din anmälan till DalaLab

Hej Björn Åhlén!
Du är anmäld till följande träffar i DalaLab:
- 3 maj 2027, 10:00-15:00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028
Välkommen!""",
             X("cancel", [P("Björn Åhlén", "bjorn.ahlen@avesta.se", "Avesta kommun")], [S1]),
             "iso-8859-1 reply over the quoted confirmation (all four); partial cancel of the first session",
             charset="iso-8859-1"),

        mail("s180", "2027-04-07T15:35:00", ("Cecilia Jansson", "cecilia.jansson@regiondalarna.se"), "Lokalbokning",
             """Tjenis!

Kan du boka stora konferensrummet på plan 4 den 12 april kl. 13–15 för ledningsgruppen? Vi blir åtta personer, och kaffe om det går. En av dem är vegetarian.

Tack! /Cilla""",
             X("unknown"),
             "internal room booking to the organiser, not about the event -> unknown; a diet and a date appear"),
    ]
