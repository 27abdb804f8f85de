"""Theme: mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often without
attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", titles, Namn:/E-post:
blocks, lower case, given names only, pipe tables); two organisations in one mail; a fourth person from one kommun;
substitutes; partial cancellations; per-person diets; and the questions, automatic mail, erasure requests and spam
that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

MORA, BOR, FAL, LUD = "Mora kommun", "Borlänge kommun", "Falu kommun", "Ludvika kommun"
LEK, GAG, SAT, RAT = "Leksands kommun", "Gagnefs kommun", "Säters kommun", "Rättviks kommun"
HED, AVE, ORS, ALV = "Hedemora kommun", "Avesta kommun", "Orsa kommun", "Älvdalens kommun"
VAN, SME, MAL = "Vansbro kommun", "Smedjebackens kommun", "Malung-Sälens kommun"
REG, LST = "Region Dalarna", "Länsstyrelsen Dalarna"


def messages():
    return [
        mail("ay046", "2026-12-03T10:42", ("Ulrika Backman", "ulrika.backman@mora.se"),
             "Anmälan DalaLab – tre deltagare från Mora kommun",
             """Hej Linnea!

Jag skickar anmälan för tre av våra planerare på samhällsbyggnadsförvaltningen
till lärprojektet DalaLab. De ska delta på samtliga fyra träffar.

  • Anders Grönlund, anders.gronlund@mora.se
  • Tove Lindqvist, tove.lindqvist@mora.se
  • Rasmus Öberg, rasmus.oberg@mora.se

Jag deltar inte själv men står gärna som kontaktperson om något behöver
stämmas av.

Med vänliga hälsningar

Ulrika Backman
Administratör, Samhällsbyggnadsförvaltningen
Mora kommun
Tel 0250-261 34
""",
             X("register", [P("Anders Grönlund", "anders.gronlund@mora.se", MORA),
                            P("Tove Lindqvist", "tove.lindqvist@mora.se", MORA),
                            P("Rasmus Öberg", "rasmus.oberg@mora.se", MORA)], ALL),
             "administrator registers three colleagues in a bullet list, does not attend herself"),

        tg("ay047", "2026-12-04T07:58", "Jesper Holmgren", 5188327401,
           "Hej! Vill anmäla mig till första träffen i Falun 3 maj. Jag är vegetarian. Mvh Jesper Holmgren, Gagnefs kommun",
           X("register", [P("Jesper Holmgren", None, GAG, diet="vegetarian")], [S1], diet="vegetarian"),
           "plain single telegram signup for one session with a diet"),

        mail("ay048", "2026-12-07T14:05", ("Helena Sundberg", "helena.sundberg@borlange.se"),
             "Anmälan lärprojekt planering",
             """Hej,

Från planavdelningen i Borlänge blir vi tre personer på DalaLab, alla fyra tillfällena:

Sundberg, Helena (avdelningschef, undertecknad)
Karlsson, Mikael
Nordin, Fatima

Fatima är glutenintolerant, vi andra äter allt.

Hälsningar
Helena Sundberg
Avdelningschef Plan
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Helena Sundberg", "helena.sundberg@borlange.se", BOR),
                            P("Mikael Karlsson", None, BOR),
                            P("Fatima Nordin", None, BOR, diet="glutenintolerant")], ALL, diet="glutenintolerant"),
             "manager registers herself and two colleagues written 'Efternamn, Förnamn'; diet for one"),

        mail("ay049", "2026-12-09T09:31", ("Planering Falu kommun", "planering@falun.se"),
             "DalaLab - anmälan",
             """<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Härmed anmäler vi följande medarbetare till DalaLab (samtliga träffar):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Josefin Wallin</td><td>josefin.wallin@falun.se</td><td>Laktosfri</td></tr>
<tr><td>Erik Dahlström</td><td>erik.dahlstrom@falun.se</td><td>&ndash;</td></tr>
<tr><td>Amira Haddad</td><td>amira.haddad@falun.se</td><td>Vegetarisk</td></tr>
</table>
<p>Vänliga hälsningar<br>
Stadsbyggnadsförvaltningen, enheten för översiktlig planering<br>
Falu kommun</p>
</body></html>""",
             X("register", [P("Josefin Wallin", "josefin.wallin@falun.se", FAL, diet="Laktosfri"),
                            P("Erik Dahlström", "erik.dahlstrom@falun.se", FAL),
                            P("Amira Haddad", "amira.haddad@falun.se", FAL, diet="Vegetarisk")], ALL,
               diet="Laktosfri, Vegetarisk"),
             "function mailbox, HTML-only table with a diet column; empty cell is a dash", html=True),

        mail("ay050", "2026-12-10T15:48", ("Gunilla Persson", "gunilla.persson@ludvika.se"),
             "Anmälan 3 maj och 21 september",
             """Hej Linnea,

Vi vill anmäla två personer till de två första träffarna (3 maj och 21 september).
Om de senare träffarna återkommer vi när vi vet mer om bemanningen.

Namn: Oskar Bergman
E-post: oskar.bergman@ludvika.se
Befattning: Översiktsplanerare
Kost: –

Namn: Lina Mattsson
E-post: lina.mattsson@ludvika.se
Befattning: Trafikplanerare
Kost: Vegan

/Gunilla Persson, HR-konsult
Ludvika kommun
""",
             X("register", [P("Oskar Bergman", "oskar.bergman@ludvika.se", LUD),
                            P("Lina Mattsson", "lina.mattsson@ludvika.se", LUD, diet="Vegan")], [S1, S2],
               diet="Vegan"),
             "HR sends Namn:/E-post: blocks for two, two named sessions only"),

        mail("ay051", "2027-01-12T11:20", ("Per-Olof Hansson", "per-olof.hansson@leksand.se"),
             "Ytterligare en deltagare från Leksand?",
             """Hej!

Vi har sedan tidigare tre anmälda från Leksands kommun (Maria Ekström, Jonas
Lindberg och jag själv). Nu har vår nya planarkitekt Sanna Olsson börjat och
hon skulle gärna vilja vara med på alla träffarna.

Jag vet att det står max tre per kommun, men går det att sätta upp henne ändå,
eventuellt på en reservlista? Hennes adress är sanna.olsson@leksand.se

Mvh
Per-Olof Hansson
Planchef, Leksands kommun
0247-800 00
""",
             X("register", [P("Sanna Olsson", "sanna.olsson@leksand.se", LEK)], ALL),
             "a fourth person from one kommun; the three already registered are not the request"),

        mail("ay052", "2027-01-14T08:55", ("Karin Myrberg", "karin.myrberg@gagnef.se"),
             "Gemensam anmälan Gagnef och Leksand",
             """Hej,

Gagnef och Leksand samarbetar kring översiktsplaneringen och vi vill därför
anmäla oss tillsammans. Vi kommer på alla fyra träffar.

Från Gagnefs kommun: jag själv (Karin Myrberg) och Ola Svedberg, ola.svedberg@gagnef.se
Från Leksands kommun: Elsa Frid, elsa.frid@leksand.se

Ola äter inte gluten.

Vänligen
Karin Myrberg
Gagnefs kommun
""",
             X("register", [P("Karin Myrberg", "karin.myrberg@gagnef.se", GAG),
                            P("Ola Svedberg", "ola.svedberg@gagnef.se", GAG, diet="äter inte gluten"),
                            P("Elsa Frid", "elsa.frid@leksand.se", LEK)], ALL, diet="äter inte gluten"),
             "two organisations in one mail; sender attends; organisation from the text per person"),

        mail("ay053", "2027-03-02T13:14", ("Birgitta Lund", "birgitta.lund@sater.se"),
             "Byte av deltagare 21/9",
             """Hej!

Anders Hed, som är anmäld till DalaLab, kan inte delta den 21 september på grund av
semester. I hans ställe kommer Moa Sjöstrand (moa.sjostrand@sater.se) den dagen.
Anders är med som vanligt på de övriga träffarna.

Hälsningar Birgitta Lund
Nämndsekreterare, Säters kommun
""",
             X("change", [P("Anders Hed", None, SAT), P("Moa Sjöstrand", "moa.sjostrand@sater.se", SAT)], [S2]),
             "secretary sends a one-session substitute; both people, the substitute's session"),

        mail("ay054", "2027-03-04T16:02", ("Åsa Wikström", "asa.wikstrom@leksand.se"),
             "SV: Anmälan DalaLab",
             """Hej Linnea,

Tyvärr krockar träffen den 29 november med vårt budgetarbete, så Maria Ekström
och Jonas Lindberg kan inte komma då. Per-Olof kommer som planerat.
Övriga datum gäller för alla tre.

Mvh Åsa
Åsa Wikström, assistent samhällsbyggnad
Leksands kommun

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 13 januari 2027 09:12
Ämne: Anmälan DalaLab

Tack för er anmälan! Ni är anmälda till samtliga fyra träffar.
""",
             X("cancel", [P("Maria Ekström", None, LEK), P("Jonas Lindberg", None, LEK)], [S3]),
             "partial cancellation: two of three colleagues for one session; the third stays"),

        mail("ay055", "2027-01-18T10:10", ("Lotta Engström", "lotta.engstrom@avesta.se"),
             "Fråga om antal deltagare",
             """Hej!

Vi är fyra på planenheten i Avesta som gärna vill gå. Gäller begränsningen
"tre personer per kommun" per träff eller för hela lärprojektet? Kan vi i så
fall turas om mellan träffarna?

Vi anmäler oss så fort vi vet hur det fungerar.

Hälsningar
Lotta Engström
Avesta kommun
""",
             X("question"),
             "question about the three-per-kommun quota from a group not yet registered"),

        mail("ay056", "2027-01-20T14:31", ("Mikael Karlsson", "mikael.karlsson@borlange.se"),
             "Frånvaromeddelande: Bekräftelse DalaLab",
             """Tack för ditt mejl.

Jag är föräldraledig till och med 2027-03-31 och läser inte min e-post.
Vid brådskande ärenden, kontakta Helena Sundberg, helena.sundberg@borlange.se,
eller kommunens växel 0243-740 00.

Mikael Karlsson
Borlänge kommun
""",
             X("auto_reply"),
             "out-of-office from a registered colleague, naming his manager"),

        mail("ay057", "2027-01-21T08:03", ("Tove Lindqvist", "tove.lindqvist@mora.se"),
             "Radera mina uppgifter",
             """Hej.

Jag har förstått att jag blivit anmäld till DalaLab av vår administratör utan att
ha blivit tillfrågad. Jag kommer inte att delta och vill att ni raderar alla
uppgifter ni har om mig (namn, e-post och eventuella kostuppgifter).

Tove Lindqvist
Mora kommun
""",
             X("erasure", [P("Tove Lindqvist", "tove.lindqvist@mora.se", MORA)]),
             "erasure by a person whom a colleague registered"),

        mail("ay058", "2027-01-22T03:17", ("Konferensresor Norden", "info@konferensresor-norden.com"),
             "Ska ni åka flera? Gruppbokning med 20 % rabatt",
             """Hej!

Ska din arbetsplats skicka flera medarbetare på konferens i vår?
Boka buss, hotell och middag för hela gruppen hos oss – 20 % rabatt
på alla gruppbokningar för 5 personer eller fler t.o.m. 31 mars.

Anmäl er grupp idag: https://konferensresor-norden.com/grupp

Vill du inte ha fler utskick? Svara STOPP.
""",
             X("unknown"),
             "spam about group bookings, with 'anmäl er grupp'"),

        tg("ay059", "2027-01-25T19:44", "Maja Ström", 6021553918,
           "hej! anmäler mig + kollegorna karin ek och jonas holm från orsa kommun till alla träffarna. karin är laktosintolerant",
           X("register", [P("Maja Ström", None, ORS), P("Karin Ek", None, ORS, diet="laktosintolerant"),
                          P("Jonas Holm", None, ORS)], ALL, diet="laktosintolerant"),
           "all lower case telegram roster: sender plus two colleagues, diet for one"),

        tg("ay060", "2027-01-26T12:07", "Fredrik", 7311904426,
           "Tjena, jag, Lisa och Ahmed från planenheten i Vansbro kommer på första träffen 3/5 👍",
           X("register", [P("Fredrik", None, VAN), P("Lisa", None, VAN), P("Ahmed", None, VAN)], [S1],
             unsure=["people"]),
           "given names only, sender's display name also only a given name"),

        mail("ay061", "2027-01-28T09:40", ("Christer Norell", "christer.norell@rattvik.se"),
             "Anmälan DalaLab Rättviks kommun",
             """Hej,

Följande personer från Rättviks kommun anmäls till träffarna 3 maj och 21 september:

Översiktsplanerare Sara Nyberg
Planeringsarkitekt Hampus Fors
Miljöstrateg Ingrid Tallberg

Om hösten och vintern återkommer vi.

Christer Norell
Förvaltningschef
Rättviks kommun | Storgatan 1, 795 80 Rättvik | 0248-700 00
""",
             X("register", [P("Sara Nyberg", None, RAT), P("Hampus Fors", None, RAT),
                            P("Ingrid Tallberg", None, RAT)], [S1, S2]),
             "head of department lists three with titles before the names, two sessions"),

        mail("ay062", "2027-02-01T11:26", ("Eva Granath", "eva.granath@smedjebacken.se"),
             "DalaLab",
             """Hej!

Jag vill anmäla Johan Ek och Mia Lindholm från samhällsbyggnad till DalaLab,
alla träffar. Eventuellt följer jag också med till Falun den 3 maj.

Eva Granath
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("register", [P("Johan Ek", None, SME), P("Mia Lindholm", None, SME)], ALL,
               unsure=["sender-attends"]),
             "manager registers two and only maybe comes herself to one session"),

        mail("ay063", "2027-02-02T13:50", ("Magnus Rehn", "magnus.rehn@alvdalen.se"),
             "Anmälan från Älvdalen",
             """Hej Linnea!

Vi blir två från Älvdalens kommun. Själv kommer jag på alla fyra träffarna.
Min kollega Kerstin Nises, kerstin.nises@alvdalen.se, kan bara den 3 maj och
den 22 februari.

Hälsningar
Magnus Rehn
Översiktsplanerare, Älvdalens kommun
""",
             X("register", [P("Magnus Rehn", "magnus.rehn@alvdalen.se", ALV),
                            P("Kerstin Nises", "kerstin.nises@alvdalen.se", ALV)], ALL,
               unsure=["each-own-sessions"]),
             "two people with different sessions each"),

        mail("ay064", "2027-02-03T09:15", ("Ulrika Backman", "ulrika.backman@mora.se"),
             "Ändring i Moras anmälan",
             """Hej igen,

Rasmus Öberg har slutat hos oss, så stryk honom från DalaLab.
Anders och Tove står kvar som tidigare.

/Ulrika
Mora kommun
""",
             X("cancel", [P("Rasmus Öberg", None, MORA)], ALL),
             "a colleague withdrawn without a substitute; the others 'står kvar'"),

        mail("ay065", "2027-02-04T10:33", ("Annika Holm", "annika.holm@regiondalarna.se"),
             "Ändrade kostuppgifter",
             """Hej Linnea,

En uppdatering för två av våra anmälda från regionen (båda är anmälda till
samtliga fyra träffar): Lena Bodin är numera vegan och Omar Saleh har
nötallergi. Övriga uppgifter oförändrade.

Tack!
Annika Holm
Enheten för samhällsplanering
Region Dalarna
""",
             X("change", [P("Lena Bodin", None, REG, diet="vegan"), P("Omar Saleh", None, REG, diet="nötallergi")],
               ALL, diet="vegan, nötallergi"),
             "diet change for two colleagues at once"),

        mail("ay066", "2027-02-05T08:12", ("Robert Ståhl", "robert.stahl@regiondalarna.se"),
             "Deltagare från Region Dalarna, avd. Samhällsplanering",
             """Hej,

Vi anmäler följande från avdelningen till samtliga fyra tillfällen:

- Cecilia Åkerlund (cecilia.akerlund@regiondalarna.se)
- Henrik Moberg (henrik.moberg@regiondalarna.se)
- Yasmin Karimi
- Daniel Falk
- Robert Ståhl (jag)

Yasmin vill ha vegetariskt.

Robert Ståhl
Avdelningschef Samhällsplanering
Region Dalarna, Box 712, 791 29 Falun
""",
             X("register", [P("Cecilia Åkerlund", "cecilia.akerlund@regiondalarna.se", REG),
                            P("Henrik Moberg", "henrik.moberg@regiondalarna.se", REG),
                            P("Yasmin Karimi", None, REG, diet="vegetariskt"),
                            P("Daniel Falk", None, REG),
                            P("Robert Ståhl", "robert.stahl@regiondalarna.se", REG)], ALL, diet="vegetariskt"),
             "five from the region (no quota), sender last in the list as '(jag)'"),

        mail("ay067", "2027-02-08T15:21", ("Jonathan Reed", "jonathan.reed@lansstyrelsen.se"),
             "Registration DalaLab - two participants",
             """Hi Linnea,

I would like to register myself and my colleague Marie Eklund
(marie.eklund@lansstyrelsen.se) for the DalaLab sessions on 3 May 2027 and
29 November 2027.

I have a nut allergy. Marie has no dietary requirements.

Best regards,
Jonathan Reed
Planning Officer, Länsstyrelsen Dalarna
""",
             X("register", [P("Jonathan Reed", "jonathan.reed@lansstyrelsen.se", LST, diet="nut allergy"),
                            P("Marie Eklund", "marie.eklund@lansstyrelsen.se", LST)], [S1, S3], diet="nut allergy"),
             "English signup for self and colleague, two sessions"),

        mail("ay068", "2027-02-09T12:44", ("Stina Hagberg", "stina.hagberg@vansbro.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej! Vi anmäler oss till de två första träffarna (maj och september): jag och
min kollega Peter Mård. Om 2028 är vi osäkra, återkommer.
/Stina

Skickat från min iPhone

> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Datum: 2 december 2026 13:12
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Välkommen att anmäla dig till lärprojektet DalaLab!
> Träff 1: 3 maj 2027, Falun (fika från 09.30)
> Träff 2: 21 september 2027
> Träff 3: 29 november 2027
> Träff 4: 22 februari 2028
> Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
""",
             X("register", [P("Stina Hagberg", "stina.hagberg@vansbro.se", VAN), P("Peter Mård", None, VAN)],
               [S1, S2]),
             "reply to the quoted invitation; month names pick two sessions, quoted dates are not the signup"),

        tg("ay069", "2027-02-10T07:21", "Hanna Sjöberg", 5930274418,
           "Hej, avanmäl mig och Petter från 3 maj tack, vi har krock. Vi kommer på resten. /Hanna, Säters kommun",
           X("cancel", [P("Hanna Sjöberg", None, SAT), P("Petter", None, SAT)], [S1]),
           "telegram partial cancellation for sender and a colleague known by given name"),

        mail("ay070", "2027-02-10T09:02", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse på anmälan – DalaLab",
             """Delivery has failed to these recipients or groups:

rasmus.oberg@mora.se
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'

Original message headers:
Subject: Bekräftelse på anmälan – DalaLab
To: rasmus.oberg@mora.se
""",
             X("auto_reply"),
             "bounce of a confirmation to a colleague who has left"),

        mail("ay071", "2027-02-11T06:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt nr 4 2027: ÖP-modellen, kurser och gruppanmälan",
             """<html><body>
<h2>Planeringsnytt – nr 4, 2027</h2>
<p><b>ÖP-modellen ett år senare</b> – hur har kommunerna i Dalarna tagit sig an utvecklingsinriktningen?</p>
<p><b>Kurser i vår:</b> Digital översiktsplan 3 maj, Klimatanpassning 21 september.
Gruppanmälan för tre eller fler från samma kommun ger rabatt.</p>
<p><a href="https://planeringsnytt.se/kurser">Anmäl dig här</a></p>
<p style="font-size:8pt">Du får detta nyhetsbrev eftersom du prenumererar.
<a href="https://planeringsnytt.se/avregistrera">Avregistrera</a></p>
</body></html>""",
             X("unknown"),
             "HTML newsletter whose course dates coincide with session dates", html=True),

        tg("ay072", "2027-02-15T20:12", "Linda Åström", 6672019385,
           "Om vi är tre från kommunen, måste samma tre komma varje gång eller kan vi skicka olika personer till olika träffar? /Linda, Hedemora",
           X("question"),
           "telegram question about rotating a group's places"),

        mail("ay073", "2027-02-17T10:05", ("Jenny Hammar", "jenny.hammar@malung-salen.se"),
             "Anmälan – vi turas om",
             """Hej!

Vi i Malung-Sälen vill turas om på träffarna:
Anna Vik tar 3 maj och 29 november,
Björn Sahlin tar 21 september och 22 februari.

Jag deltar inte själv.

Jenny Hammar
Planeringssekreterare, Malung-Sälens kommun
""",
             X("register", [P("Anna Vik", None, MAL), P("Björn Sahlin", None, MAL)], ALL,
               unsure=["each-own-sessions"]),
             "secretary registers two who split the four sessions between them"),

        mail("ay074", "2027-02-18T14:40", ("Eva Granath", "eva.granath@smedjebacken.se"),
             "Återkallad anmälan DalaLab",
             """Hej,

Smedjebacken drar tyvärr tillbaka sin anmälan till DalaLab. Johan Ek och
Mia Lindholm kommer inte att kunna delta i lärprojektet på grund av
omprioriteringar i verksamheten.

Beklagar!

Eva Granath
Samhällsbyggnadschef, Smedjebackens kommun
""",
             X("cancel", [P("Johan Ek", None, SME), P("Mia Lindholm", None, SME)], ALL),
             "manager withdraws the whole group; no session named means all four"),

        mail("ay075", "2027-02-19T09:27", ("Gun Mårtensson", "gun.martensson@malung-salen.se"),
             "Anmälan till träff i Falun",
             """Hej Linnea!

Vi anmäler härmed två deltagare från Malung-Sälens kommun till den första
träffen i Falun den 3 maj:

Eriksson, Tomas <tomas.eriksson@malung-salen.se>; Fors, Lisa <lisa.fors@malung-salen.se>

Tomas behöver laktosfri kost och Lisa glutenfri.

Med vänlig hälsning
Gun Mårtensson
Kommunledningskontoret
Malung-Sälens kommun
""",
             X("register", [P("Tomas Eriksson", "tomas.eriksson@malung-salen.se", MAL, diet="laktosfri"),
                            P("Lisa Fors", "lisa.fors@malung-salen.se", MAL, diet="glutenfri")], [S1],
               diet="laktosfri, glutenfri"),
             "Latin-1 mail; Outlook-style 'Efternamn, Förnamn <adress>;' roster; diet per person",
             charset="iso-8859-1"),

        mail("ay076", "2027-02-22T13:13", ("Jakob Strand", "jakob.strand@hedemora.se"),
             "Anmälan DalaLab Hedemora",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif">Hej Linnea,<br><br>
Vi anmäler oss från Hedemora kommun till lärprojektet DalaLab &ndash; första träffen 3 maj samt träffen 29 november:
<ul>
<li>Jakob Strand (jag)</li>
<li>Nora Ekman, nora.ekman@hedemora.se &ndash; glutenfri</li>
<li>Ali Rezaei, ali.rezaei@hedemora.se</li>
</ul>
Med vänlig hälsning<br>
<b>Jakob Strand</b><br>Samhällsplanerare<br>Hedemora kommun<br>Tfn 0225-341 00
</div></body></html>""",
             X("register", [P("Jakob Strand", "jakob.strand@hedemora.se", HED),
                            P("Nora Ekman", "nora.ekman@hedemora.se", HED, diet="glutenfri"),
                            P("Ali Rezaei", "ali.rezaei@hedemora.se", HED)], [S1, S3], diet="glutenfri"),
             "HTML-only Outlook mail with a <ul> roster including the sender, two sessions", html=True),

        mail("ay077", "2027-03-15T10:48", ("Mona Björk", "mona.bjork@falun.se"),
             "Ny deltagare",
             """Hej!

En av våra anmälda planerare har slutat hos oss. I hennes ställe kommer
Jenny Åberg (jenny.aberg@falun.se) att delta på resterande träffar.

Mvh
Mona Björk
Stadsbyggnadsförvaltningen, Falu kommun
""",
             X("change", [P("Jenny Åberg", "jenny.aberg@falun.se", FAL)], ALL, unsure=["people"]),
             "substitute for an unnamed colleague; who leaves must be asked"),

        mail("ay078", "2027-03-16T11:11", ("Jonathan Reed", "jonathan.reed@lansstyrelsen.se"),
             "Korrigering: deltagare Länsstyrelsen",
             """Hej Linnea,

Korrigering av vår deltagarlista (gäller alla fyra träffar):

STRYK:      Gustav Nyman
LÄGG TILL:  Sofia Berglund, sofia.berglund@lansstyrelsen.se

Tack!
Jonathan Reed
Länsstyrelsen Dalarna
""",
             X("change", [P("Gustav Nyman", None, LST),
                          P("Sofia Berglund", "sofia.berglund@lansstyrelsen.se", LST)], ALL),
             "substitution written as STRYK / LÄGG TILL"),

        tg("ay079", "2027-03-18T08:36", "Helena Sundberg", 5402718836,
           "Hej! Kan vår nya kollega Ida Berg också få komma på alla fyra? Vi är redan tre från Borlänge, jag vet. Funkar reservplats?",
           X("register", [P("Ida Berg", None, BOR)], ALL),
           "telegram request for a fourth person, sender already registered is not in people"),

        mail("ay080", "2027-03-19T14:58", ("Kansliet Vansbro kommun", "kansli@vansbro.se"),
             "Anmälan DalaLab (29/11 och 22/2)",
             """Hej,

På uppdrag av samhällsbyggnadschefen anmäls nedanstående till DalaLab-träffarna 29/11 och 22/2.

Namn              | E-post                       | Kost
------------------+------------------------------+--------------------
Rebecka Holm      | rebecka.holm@vansbro.se      |
Anton Sandell     | anton.sandell@vansbro.se     | äter ej fläskkött

Kansliet
Vansbro kommun
""",
             X("register", [P("Rebecka Holm", "rebecka.holm@vansbro.se", VAN),
                            P("Anton Sandell", "anton.sandell@vansbro.se", VAN, diet="äter ej fläskkött")],
               [S3, S4], diet="äter ej fläskkött"),
             "function mailbox with a plain-text pipe table, numeric dates"),

        mail("ay081", "2027-01-02T09:00", ("Jonathan Reed", "jonathan.reed@lansstyrelsen.se"),
             "Automatic reply: DalaLab – confirmation",
             """I am out of the office until 7 January 2027 with limited access to email.
For urgent matters please contact registrator@lansstyrelsen.se.

Jag är på semester till och med den 7 januari 2027.
""",
             X("auto_reply"),
             "bilingual automatic reply from a group member"),

        mail("ay082", "2027-03-22T10:19", ("Gunilla Persson", "gunilla.persson@ludvika.se"),
             "Frågor inför 3 maj",
             """Hej Linnea,

Vi är några från Ludvika som ska på träffen i Falun den 3 maj.
Blir det lunch, och kostar det något? Ska jag i så fall skicka in en
fakturaadress för hela gruppen?

Vänliga hälsningar
Gunilla Persson
HR-konsult, Ludvika kommun
""",
             X("question"),
             "HR asks about lunch and invoicing for a group"),

        mail("ay083", "2027-03-24T16:40", ("Sofie Lagerqvist", "sofie.lagerqvist@orsa.se"),
             "anmälan",
             """Hej, anmäl oss tre från Orsa till DalaLab: Kalle Rydberg och Emma Persson.
Alla datum går bra.
/Sofie

Sofie Lagerqvist | Planarkitekt | Orsa kommun
""",
             X("register", [P("Sofie Lagerqvist", "sofie.lagerqvist@orsa.se", ORS),
                            P("Kalle Rydberg", None, ORS), P("Emma Persson", None, ORS)], ALL),
             "'oss tre' with two names: the sender is the third"),

        mail("ay084", "2027-03-25T09:09", ("Viktor Lindahl", "viktor.lindahl@planbyrannorr.se"),
             "Anmälan DalaLab – konsulter för Orsa kommun",
             """Hej!

Vi är två konsulter på Planbyrån Norr som på uppdrag av Orsa kommun håller i
deras arbete med ny översiktsplan. Kan vi anmäla oss, jag och Cornelia Ek,
till alla fyra träffarna?

Med vänlig hälsning
Viktor Lindahl
Planbyrån Norr AB
""",
             X("register", [P("Viktor Lindahl", "viktor.lindahl@planbyrannorr.se", None),
                            P("Cornelia Ek", None, None)], ALL, unsure=["organisation"]),
             "consultants working for a kommun: organisation must be asked"),

        mail("ay085", "2027-03-29T13:37", ("HR-avdelningen Ludvika kommun", "hr@ludvika.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Oskar Bergman och Lina Mattsson har avslutat sina anställningar hos Ludvika
kommun. Vi ber er därför att radera deras personuppgifter ur er
deltagarförteckning för DalaLab.

Med vänlig hälsning
HR-avdelningen
Ludvika kommun
""",
             X("erasure", [P("Oskar Bergman", None, LUD), P("Lina Mattsson", None, LUD)]),
             "HR function mailbox asks erasure for two former employees"),

        tg("ay086", "2027-03-30T21:03", "Ebba Lund", 8120034471,
           "Hej! Jag och Mats Wiklund vill byta från 29 nov till 22 feb. Går det? /Ebba, Gagnef",
           X("change", [P("Ebba Lund", None, GAG), P("Mats Wiklund", None, GAG)], [S4]),
           "telegram swap of one session for sender and colleague"),

        mail("ay087", "2027-04-01T08:50", ("Lotta Engström", "lotta.engstrom@avesta.se"),
             "Anmälan Avesta – 4 personer",
             """Hej Linnea,

Tack för svaret om kvoten. Vi vill ändå anmäla fyra till hela serien – om det
inte går, stryk den som står sist.

ENGSTRÖM Lotta, planarkitekt
BACKLUND Hugo, översiktsplanerare, hugo.backlund@avesta.se
SVENSSON Ronja, GIS-samordnare
ÅHMAN Nils, trafikplanerare

Ronja är vegetarian.

/Lotta
Avesta kommun – Samhällsbyggnadsförvaltningen
""",
             X("register", [P("Lotta Engström", "lotta.engstrom@avesta.se", AVE),
                            P("Hugo Backlund", "hugo.backlund@avesta.se", AVE),
                            P("Ronja Svensson", None, AVE, diet="vegetarian"),
                            P("Nils Åhman", None, AVE)], ALL, diet="vegetarian"),
             "four from one kommun in one mail, surnames in capitals first; windows-1252",
             charset="windows-1252"),

        mail("ay088", "2027-04-05T12:25", ("Helena Sundberg", "helena.sundberg@borlange.se"),
             "Fatima 21/9",
             """Hej,

Fatima Nordin kan inte den 21 september. Antingen stryker ni henne den gången
eller så skickar vi någon annan i hennes ställe – besked om det får ni senast
på fredag.

/Helena
Borlänge kommun
""",
             X("cancel", [P("Fatima Nordin", None, BOR)], [S2], unsure=["change-or-cancel"]),
             "absence from one session, substitute still undecided"),

        mail("ay089", "2027-04-07T15:15", ("Ingela Moberg", "ingela.moberg@regiondalarna.se"),
             "Anmälan från Nedansiljan",
             """Hej Linnea!

Jag samordnar anmälningarna för kommunerna i Nedansiljan och skickar därför
in följande, till alla träffar utom februariträffen:

  Orsa kommun       – Per Hedlund
  Mora kommun       – Anna-Karin Jonsson, ak.jonsson@mora.se
  Älvdalens kommun  – Gösta Blom

Själv deltar jag inte, men hör gärna av dig till mig om något.

Ingela Moberg
Regional utvecklare, Region Dalarna
""",
             X("register", [P("Per Hedlund", None, ORS), P("Anna-Karin Jonsson", "ak.jonsson@mora.se", MORA),
                            P("Gösta Blom", None, ALV)], [S1, S2, S3]),
             "region coordinator registers three people from three kommuner, 'alla utom februariträffen'"),

        mail("ay090", "2027-04-09T10:02", ("Oskar Wennberg", "oskar.wennberg@regiondalarna.se"),
             "Lokal Falun 3 maj",
             """Hej Linnea,

Jag har bokat konferenslokalen på Regionhuset för 3 maj, 60 platser, med fika
09.30 och lunch 12.00. Säg till om deltagarlistan växer så utökar jag.

/Oskar
""",
             X("unknown"),
             "internal colleague mail about the room, mentions a session date but is no request"),
    ]
