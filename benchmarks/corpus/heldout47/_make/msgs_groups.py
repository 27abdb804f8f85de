"""Theme: mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", one per line
with titles, Namn:/E-post: blocks, lower case, given names only); two organisations in one mail; a fourth person
from one kommun; substitutes; partial cancellations; diets per person; and the questions, automatic mail, erasure
requests and spam that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        # ---------------------------------------------------------------- ax046
        mail(
            "ax046", "2026-12-03T08:42",
            ("Birgitta Sandell", "birgitta.sandell@ludvika.se"),
            "Anmälan DalaLab – tre från samhällsbyggnad",
            """Hej Linnea,

Jag är nämndsekreterare på samhällsbyggnadsförvaltningen och har fått i uppdrag att anmäla
följande tre medarbetare till lärprojektet DalaLab:

  • Tobias Järnström, översiktsplanerare – tobias.jarnstrom@ludvika.se
  • Helena Vik, planarkitekt – helena.vik@ludvika.se
  • Ronja Lindgren, trafikplanerare – ronja.lindgren@ludvika.se

De vill gärna vara med på hela serien. Själv deltar jag inte.

Tack på förhand!

Med vänlig hälsning
Birgitta Sandell
Nämndsekreterare
Samhällsbyggnadsförvaltningen
Ludvika kommun
771 82 Ludvika
Tfn 0240-860 00 (vx)
""",
            X("register", [
                P("Tobias Järnström", "tobias.jarnstrom@ludvika.se", "Ludvika kommun"),
                P("Helena Vik", "helena.vik@ludvika.se", "Ludvika kommun"),
                P("Ronja Lindgren", "ronja.lindgren@ludvika.se", "Ludvika kommun"),
            ], ALL),
            "secretary registers three colleagues in a bullet list with titles and addresses; sender not attending; "
            "whole series",
        ),
        # ---------------------------------------------------------------- ax047
        mail(
            "ax047", "2026-12-07T13:05",
            ("Stefan Höglund", "stefan.hoglund@borlange.se"),
            "Deltagare från Borlänge",
            """Hej!

Här kommer våra deltagare till DalaLab. De ska gå på träffarna 3 maj och 21 september
(resten tar vi ställning till senare).

Lindqvist, Maria   – vegetarisk
Åberg, Johan
Pettersson, Elin   – laktosintolerant

Jag själv står inte med, jag är bara kontaktperson.

/Stefan Höglund
Enhetschef Översiktlig planering
Borlänge kommun
""",
            X("register", [
                P("Maria Lindqvist", None, "Borlänge kommun", diet="vegetarisk"),
                P("Johan Åberg", None, "Borlänge kommun"),
                P("Elin Pettersson", None, "Borlänge kommun", diet="laktosintolerant"),
            ], [S1, S2], diet="vegetarisk, laktosintolerant"),
            "manager lists 'Efternamn, Förnamn' with diets per person; two named sessions; sender only contact",
        ),
        # ---------------------------------------------------------------- ax048
        mail(
            "ax048", "2026-12-09T10:17",
            ("Falu kommun Stadsbyggnad", "stadsbyggnad@falun.se"),
            "Anmälan till DalaLab",
            """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Vi anmäler härmed nedanstående personer från Falu kommun till samtliga fyra tillfällen i DalaLab.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Cecilia Brandt</td><td>cecilia.brandt@falun.se</td><td>Glutenfri</td></tr>
<tr><td>Mattias Lönn</td><td>mattias.lonn@falun.se</td><td>-</td></tr>
<tr><td>Yasmin Karimi</td><td>yasmin.karimi@falun.se</td><td>Laktosfri</td></tr>
</table>
<p>Vänliga hälsningar<br>
Stadsbyggnadsförvaltningen, Falu kommun<br>
<span style="color:#777">Detta är en funktionsbrevlåda som bevakas vardagar 8–16.</span></p>
</body></html>""",
            X("register", [
                P("Cecilia Brandt", "cecilia.brandt@falun.se", "Falu kommun", diet="Glutenfri"),
                P("Mattias Lönn", "mattias.lonn@falun.se", "Falu kommun"),
                P("Yasmin Karimi", "yasmin.karimi@falun.se", "Falu kommun", diet="Laktosfri"),
            ], ALL, diet="Glutenfri, Laktosfri"),
            "HTML-only roster table from a function mailbox; '-' in the diet column is no diet",
            html=True,
        ),
        # ---------------------------------------------------------------- ax049
        tg(
            "ax049", "2026-12-10T19:48", "Karin Mattsson", 5823301947,
            "Hej! Anmäler mig och min kollega Jonas Berg, båda på Lst Dalarna, till alla fyra träffarna 🙂",
            X("register", [
                P("Karin Mattsson", None, "Länsstyrelsen Dalarna"),
                P("Jonas Berg", None, "Länsstyrelsen Dalarna"),
            ], ALL),
            "telegram: sender plus one colleague, organisation written 'Lst Dalarna'",
        ),
        # ---------------------------------------------------------------- ax050
        mail(
            "ax050", "2027-03-15T09:30",
            ("Roger Sälgström", "roger.salgstrom@malung-salen.se"),
            "En till från Malung-Sälen?",
            """Hej Linnea!

Från oss är redan Oskar Berglund, Nina Holm och Jessica Ek anmälda till DalaLab. Nu har vi
fått en ny planarkitekt, Sara Nyberg (sara.nyberg@malung-salen.se), som gärna vill vara med på alla
träffar. Jag vet att det står max tre per kommun, men jag anmäler henne ändå – finns det
någon möjlighet så vore det toppen, annars får hon gärna stå på reservlista.

Hälsningar
Roger Sälgström
Bygg- och miljöchef
Malung-Sälens kommun
0280-181 00
""",
            X("register", [P("Sara Nyberg", "sara.nyberg@malung-salen.se", "Malung-Sälens kommun")], ALL),
            "fourth person from one kommun; the three already registered are not the request; kommun only from signature",
        ),
        # ---------------------------------------------------------------- ax051
        mail(
            "ax051", "2026-12-14T14:02",
            ("Samhällsbyggnad Hedemora", "samhallsbyggnad@hedemora.se"),
            "DalaLab 3 maj",
            """Hej,

Anmälan till första tillfället, 3 maj i Falun:

Namn: Gunnar Esbjörnsson
E-post: gunnar.esbjornsson@hedemora.se
Befattning: Planeringsarkitekt

Namn: Louise Fahlén
E-post: louise.fahlen@hedemora.se
Befattning: Miljöstrateg
Specialkost: vegetarisk

Övriga tillfällen återkommer vi om.

Samhällsbyggnadsförvaltningen
Hedemora kommun
Tingshusgatan 1, 776 28 Hedemora
""",
            X("register", [
                P("Gunnar Esbjörnsson", "gunnar.esbjornsson@hedemora.se", "Hedemora kommun"),
                P("Louise Fahlén", "louise.fahlen@hedemora.se", "Hedemora kommun", diet="vegetarisk"),
            ], [S1], diet="vegetarisk"),
            "function mailbox, Namn:/E-post: blocks with titles; only the first session",
        ),
        # ---------------------------------------------------------------- ax052
        mail(
            "ax052", "2027-03-02T11:11",
            ("Annika Ström", "annika.strom@sater.se"),
            "Byte av deltagare 21/9",
            """Hej!

Per Olsson kan inte delta den 21/9 pga. en krock med kommunfullmäktige. I hans ställe går
Lina Åkesson (lina.akesson@sater.se). Per är kvar på övriga träffar.

Mvh Annika
Administratör, Bygg- och miljö
Säters kommun
""",
            X("change", [
                P("Per Olsson", None, "Säters kommun"),
                P("Lina Åkesson", "lina.akesson@sater.se", "Säters kommun"),
            ], [S2]),
            "administrator sends a substitute for one session only; sessions = what the substitute takes",
        ),
        # ---------------------------------------------------------------- ax053
        mail(
            "ax053", "2027-03-19T16:40",
            ("Magnus Dahlberg", "magnus.dahlberg@regiondalarna.se"),
            "Sv: DalaLab – avanmälan delvis",
            """Hej Linnea,

Tove Ek blir tjänstledig från oktober, så vi behöver avanmäla henne från den 29 november
och 22 februari. Hon går kvar på vårträffen och september-träffen.

Björn Ahlström berörs inte.

Hälsningar
Magnus Dahlberg
Avdelningschef Samhällsplanering
Region Dalarna

> Från: Hassis Linnea
> Skickat: den 5 januari 2027 10:12
> Ämne: SV: DalaLab
>
> Tack, Tove Ek och Björn Ahlström är nu anmälda till samtliga tillfällen.
""",
            X("cancel", [P("Tove Ek", None, "Region Dalarna")], [S3, S4]),
            "manager's partial cancellation for one colleague; the other colleague named is untouched; "
            "quoted confirmation is not the request",
        ),
        # ---------------------------------------------------------------- ax054
        mail(
            "ax054", "2027-04-06T08:05",
            ("Ingela Forsberg", "ingela.forsberg@vansbro.se"),
            "Återtag anmälan Vansbro",
            """Hej,

Tyvärr måste Vansbro kommun dra tillbaka anmälan för alla tre deltagare:
- Ola Persson
- Jenny Sjödin
- Rasmus Vestin

Orsaken är en omorganisation och hård prioritering under året. Vi hoppas kunna vara med
en annan gång!

Ingela Forsberg
HR-konsult, Vansbro kommun
""",
            X("cancel", [
                P("Ola Persson", None, "Vansbro kommun"),
                P("Jenny Sjödin", None, "Vansbro kommun"),
                P("Rasmus Vestin", None, "Vansbro kommun"),
            ], ALL),
            "HR withdraws a whole group; no session named so all four",
        ),
        # ---------------------------------------------------------------- ax055
        mail(
            "ax055", "2026-12-16T10:55",
            ("Lena Åström", "lena.astrom@avesta.se"),
            "Fråga om antal platser",
            """Hej!

Innan jag skickar in en anmälan undrar jag två saker:

1. Får vi anmäla fyra personer från Avesta om en av dem bara kommer till ett tillfälle?
2. Går det att skicka olika personer till olika träffar, så länge vi är max tre åt gången?

Tacksam för svar.

Lena Åström
Kanslichef, Avesta kommun
""",
            X("question"),
            "secretary asks about the quota and rotating people before registering anyone",
        ),
        # ---------------------------------------------------------------- ax056
        mail(
            "ax056", "2027-01-08T07:02",
            ("Johan Åberg", "johan.aberg@borlange.se"),
            "Automatiskt svar: SV: Deltagare från Borlänge",
            """Hej,

Jag är på semester till och med den 17 januari och läser inte e-post.
Ärenden om detaljplaner: kontakta plan@borlange.se.
Ärenden om DalaLab och övrig kompetensutveckling: kontakta Stefan Höglund.

Vänliga hälsningar
Johan Åberg
""",
            X("auto_reply"),
            "out-of-office from a registered group member; names a colleague but is automatic",
        ),
        # ---------------------------------------------------------------- ax057
        mail(
            "ax057", "2027-01-12T13:21",
            ("Mail Delivery System", "MAILER-DAEMON@leksand.se"),
            "Undeliverable: SV: Anmälan DalaLab Leksand",
            """This is the mail system at host mx1.leksand.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mikael.granqvist@leksand.se>: host mx1.leksand.se said: 550 5.1.1 User unknown

------ Original message ------
Från: Linnea Hassis
Ämne: SV: Anmälan DalaLab Leksand

Hej! Nu är Mikael Granqvist, Sofie Hallin och Per-Erik Lund anmälda till alla fyra
träffarna. Välkomna!
""",
            X("auto_reply"),
            "bounce of the organiser's group confirmation; names and 'alla fyra' are in the returned text",
        ),
        # ---------------------------------------------------------------- ax058
        mail(
            "ax058", "2027-02-10T15:33",
            ("HR Rättviks kommun", "hr@rattvik.se"),
            "Radering av personuppgifter",
            """Hej,

Johan Lund (johan.lund@rattvik.se) har avslutat sin anställning hos Rättviks kommun. Vi
ber er därför ta bort honom från deltagarlistan i DalaLab och radera de personuppgifter ni
har om honom, i enlighet med GDPR.

Hans kollegor Emma Kvist och Niklas Ros ska vara kvar som anmälda.

Med vänlig hälsning
HR-avdelningen
Rättviks kommun
""",
            X("erasure", [P("Johan Lund", "johan.lund@rattvik.se", "Rättviks kommun")]),
            "HR asks erasure for a former employee; the two colleagues who stay are not the request",
        ),
        # ---------------------------------------------------------------- ax059
        mail(
            "ax059", "2027-01-19T06:14",
            ("Nordic Group Travel", "offers@nordicgrouptravel.example.com"),
            "Gruppresa till er konferens? 20 % rabatt för kommuner",
            """Hej eventansvarig!

Planerar ni en konferens eller ett lärprojekt under 2027? Vi ordnar buss, hotell och
middag för grupper från 10 personer – perfekt för kommuner som skickar flera deltagare.

Boka före 28 februari och få 20 % rabatt. Svara bara på detta mejl med antal deltagare
och datum så återkommer vi med offert.

Nordic Group Travel AB
Avregistrera: https://nordicgrouptravel.example.com/unsub
""",
            X("unknown"),
            "spam aimed at event organisers, talks of groups and dates",
        ),
        # ---------------------------------------------------------------- ax060
        mail(
            "ax060", "2026-12-18T22:51",
            ("anna-karin holm", "annakarin.holm@smedjebacken.se"),
            "dalalab",
            """hej linnea
anmäler oss från smedjebacken: anna-karin holm (jag), erik sjöberg och mats nilsson. alla träffar.
erik äter vegetariskt
mvh ak

skickat från min iphone
""",
            X("register", [
                P("Anna-Karin Holm", "annakarin.holm@smedjebacken.se", "Smedjebackens kommun"),
                P("Erik Sjöberg", None, "Smedjebackens kommun", diet="vegetariskt"),
                P("Mats Nilsson", None, "Smedjebackens kommun"),
            ], ALL, diet="vegetariskt"),
            "all lower case from a phone; sender plus two colleagues; names to be capitalised",
        ),
        # ---------------------------------------------------------------- ax061
        tg(
            "ax061", "2027-01-21T12:07", "Bengt Halvarsson", 6012948831,
            "Hej, vi blir tre från Älvdalen: jag, Stina och Olle. Bara första träffen i Falun i maj.",
            X("register", [
                P("Bengt Halvarsson", None, "Älvdalens kommun"),
                P("Stina", None, "Älvdalens kommun"),
                P("Olle", None, "Älvdalens kommun"),
            ], [S1], unsure=["people"]),
            "telegram, colleagues by given name only; organiser would ask for full names",
        ),
        # ---------------------------------------------------------------- ax062
        mail(
            "ax062", "2027-01-25T09:40",
            ("Karolina Eng", "karolina.eng@regiondalarna.se"),
            "Anmälan – Region + Länsstyrelsen",
            """Hej Linnea!

Jag vill anmäla mig själv till DalaLab, och samtidigt Kristina Wahl på Länsstyrelsen
(samhällsplaneringsenheten) som vi samarbetar med kring RUS-arbetet. Hon bad mig skicka
hennes anmälan eftersom hon är på tjänsteresa. Vi tänker båda gå på alla fyra.

Kristina har nötallergi.

/Karolina

Karolina Eng
Strateg, Regional utveckling
Region Dalarna
""",
            X("register", [
                P("Karolina Eng", "karolina.eng@regiondalarna.se", "Region Dalarna"),
                P("Kristina Wahl", None, "Länsstyrelsen Dalarna", diet="nötallergi"),
            ], ALL, diet="nötallergi"),
            "two organisations in one mail; colleague's organisation from the text, not the sender's domain",
        ),
        # ---------------------------------------------------------------- ax063
        mail(
            "ax063", "2027-01-27T14:26",
            ("Henrik Sundin", "henrik.sundin@mora.se"),
            "Anmälan Mora + Orsa (gemensam planeringsfunktion)",
            """Hej,

Mora och Orsa har en gemensam planeringsfunktion, så jag skickar vår anmälan samlat:

Från Mora kommun: jag själv
Från Orsa kommun: Lisa Frost (lisa.frost@orsa.se)

Vi kommer till de två första tillfällena, 3/5 och 21/9.

Hälsningar
Henrik Sundin
Översiktsplanerare
Mora kommun | Fredsgatan 16 | 792 80 Mora
""",
            X("register", [
                P("Henrik Sundin", "henrik.sundin@mora.se", "Mora kommun"),
                P("Lisa Frost", "lisa.frost@orsa.se", "Orsa kommun"),
            ], [S1, S2]),
            "two kommuner in one mail, grouped by organisation; dates as 3/5 and 21/9",
        ),
        # ---------------------------------------------------------------- ax064
        mail(
            "ax064", "2027-02-01T10:03",
            ("Registrator Leksands kommun", "registrator@leksand.se"),
            "VB: Anmälan DalaLab",
            """Hej,

Vidarebefordrar på uppdrag av samhällsbyggnadschefen. Följande anmäls till DalaLab, samtliga
tillfällen:

Översiktsplanerare Mikael Granqvist
Planarkitekt Sofie Hallin
Samhällsbyggnadschef Per-Erik Lund

Kontaktuppgifter finns på leksand.se.

Registrator
Leksands kommun
Box 300, 793 27 Leksand
""",
            X("register", [
                P("Mikael Granqvist", None, "Leksands kommun"),
                P("Sofie Hallin", None, "Leksands kommun"),
                P("Per-Erik Lund", None, "Leksands kommun"),
            ], ALL),
            "registry function mailbox; one per line with titles before the names; no addresses given",
        ),
        # ---------------------------------------------------------------- ax065
        mail(
            "ax065", "2027-02-03T09:15",
            ("Tommy Carlsson", "tommy.carlsson@vansbro.se"),
            "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Hej,

Vi anmäler Ola Persson, Jenny Sjödin och Rasmus Vestin, alla på planenheten, till höstens
två träffar. Våren hinner de inte.

Tommy Carlsson
Planeringschef, Vansbro kommun

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till DalaLab! Träffarna:
1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
3. 29 november 2027 – Önskvärda framtider och osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet
Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
""",
            X("register", [
                P("Ola Persson", None, "Vansbro kommun"),
                P("Jenny Sjödin", None, "Vansbro kommun"),
                P("Rasmus Vestin", None, "Vansbro kommun"),
            ], [S2, S3]),
            "reply to the invitation; 'höstens två träffar' = Sept and Nov; quoted dates are not the signup",
        ),
        # ---------------------------------------------------------------- ax066
        mail(
            "ax066", "2027-02-08T11:48",
            ("Camilla Rönn", "camilla.ronn@falun.se"),
            "Ändrad kost för två deltagare",
            """Hej Linnea,

Två av våra anmälda har ändrade kostbehov:

Yasmin Karimi – nu halal (tidigare laktosfri)
Mattias Lönn – vegan

Allt annat gäller som förut.

Hälsningar
Camilla Rönn
Assistent, Stadsbyggnadsförvaltningen
Falu kommun
""",
            X("change", [
                P("Yasmin Karimi", None, "Falu kommun", diet="halal"),
                P("Mattias Lönn", None, "Falu kommun", diet="vegan"),
            ], [], diet="halal, vegan"),
            "assistant changes diets for two colleagues; old diet mentioned but not current; no sessions stated",
        ),
        # ---------------------------------------------------------------- ax067
        tg(
            "ax067", "2027-02-11T07:55", "Jan Öberg", 5177302264,
            "Hej. Stryk Petra från Säters lista, hon går på föräldraledighet. Gäller alla träffar. /Jan",
            X("cancel", [P("Petra", None, "Säters kommun")], ALL, unsure=["people"]),
            "telegram manager cancels a colleague known by given name only",
        ),
        # ---------------------------------------------------------------- ax068
        mail(
            "ax068", "2027-02-15T13:37",
            ("Region Dalarna HR-service", "hr-service@regiondalarna.se"),
            "Anmälan DalaLab 3 maj – Regional utveckling",
            """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial;font-size:10pt">
<p>Hej Linnea!</p>
<p>På uppdrag av avdelningschefen för Regional utveckling anmäler vi följande fem medarbetare till
<b>första träffen den 3 maj</b>:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><td><b>Efternamn</b></td><td><b>Förnamn</b></td><td><b>Enhet</b></td><td><b>Specialkost</b></td></tr></thead>
<tbody>
<tr><td>Nordin</td><td>Åsa</td><td>Samhällsplanering</td><td></td></tr>
<tr><td>Bergkvist</td><td>Oskar</td><td>Samhällsplanering</td><td>Vegetarisk</td></tr>
<tr><td>Marklund</td><td>Therese</td><td>Kollektivtrafik</td><td></td></tr>
<tr><td>Haddad</td><td>Rami</td><td>Infrastruktur</td><td>Glutenfri</td></tr>
<tr><td>Sundqvist</td><td>Frida</td><td>Kompetensförsörjning</td><td></td></tr>
</tbody></table>
<p>Vänligen<br>HR-service, Region Dalarna</p>
</div></body></html>""",
            X("register", [
                P("Åsa Nordin", None, "Region Dalarna"),
                P("Oskar Bergkvist", None, "Region Dalarna", diet="Vegetarisk"),
                P("Therese Marklund", None, "Region Dalarna"),
                P("Rami Haddad", None, "Region Dalarna", diet="Glutenfri"),
                P("Frida Sundqvist", None, "Region Dalarna"),
            ], [S1], diet="Vegetarisk, Glutenfri"),
            "HTML table with surname and given name in separate columns; five from the Region (no quota)",
            html=True,
        ),
        # ---------------------------------------------------------------- ax069
        mail(
            "ax069", "2027-02-17T08:20",
            ("Sofia Berggren", "sofia.berggren@ludvika.se"),
            "Rotera deltagare?",
            """Hej!

Vi är egentligen fem på planavdelningen i Ludvika som vill gå DalaLab. Kan vi dela på
de tre platserna och rotera mellan träffarna, t.ex. Tobias och Helena på alla och sedan
jag respektive Ronja på varannan? Eller måste det vara samma tre personer hela vägen?

Hälsningar
Sofia Berggren
""",
            X("question"),
            "question about rotating a group within the quota; names in the text are not a signup",
        ),
        # ---------------------------------------------------------------- ax070
        mail(
            "ax070", "2027-02-18T15:02",
            ("Jessica Holm", "jessica.holm@regiondalarna.se"),
            "Registration DalaLab – two colleagues",
            """Hi Linnea,

Please register my colleagues Tom Becker (tom.becker@regiondalarna.se) and Ana Souza
(ana.souza@regiondalarna.se) for the sessions on May 3 and September 21. They both recently
joined our regional development department and don't speak Swedish yet, so English material
would be appreciated if there is any.

Tom has a nut allergy and Ana is vegetarian.

Kind regards,
Jessica Holm
HR partner, Region Dalarna
""",
            X("register", [
                P("Tom Becker", "tom.becker@regiondalarna.se", "Region Dalarna", diet="nut allergy"),
                P("Ana Souza", "ana.souza@regiondalarna.se", "Region Dalarna", diet="vegetarian"),
            ], [S1, S2], diet="nut allergy, vegetarian"),
            "English HR mail for two colleagues with diets per person; sender not attending",
        ),
        # ---------------------------------------------------------------- ax071
        mail(
            "ax071", "2027-02-22T10:44",
            ("Kjell Norberg", "kjell.norberg@gagnef.se"),
            "Anmälan DalaLab - Gagnef",
            """Hej!

Klistrar in från vår Excel-lista (namn; e-post; kost):

Kjell Norberg; kjell.norberg@gagnef.se; 
Åsa Ödman; asa.odman@gagnef.se; laktosfri
Göran Älgmark; goran.algmark@gagnef.se; 

Vi vill gå på 21 sept, 29 nov och 22 feb. Vårens träff i Falun krockar med budgetdagarna.

Hälsningar
Kjell Norberg, planarkitekt
Gagnefs kommun, 785 80 Gagnef
""",
            X("register", [
                P("Kjell Norberg", "kjell.norberg@gagnef.se", "Gagnefs kommun"),
                P("Åsa Ödman", "asa.odman@gagnef.se", "Gagnefs kommun", diet="laktosfri"),
                P("Göran Älgmark", "goran.algmark@gagnef.se", "Gagnefs kommun"),
            ], [S2, S3, S4], diet="laktosfri"),
            "semicolon rows pasted from a spreadsheet, ISO-8859-1 mail; three later sessions",
            charset="iso-8859-1",
        ),
        # ---------------------------------------------------------------- ax072
        mail(
            "ax072", "2027-03-04T09:09",
            ("Per-Erik Lund", "per-erik.lund@leksand.se"),
            "Ersättare för Sofie Hallin",
            """Hej igen,

Sofie Hallin går som planerat 3 maj och 21 september, men hon börjar en ny tjänst i
höst. Fredrik Dahl (fredrik.dahl@leksand.se) ersätter henne på de två sista träffarna,
29/11 och 22/2. Fredrik har inga specialkostbehov.

/Per-Erik Lund
Samhällsbyggnadschef
Leksands kommun
""",
            X("change", [
                P("Sofie Hallin", None, "Leksands kommun"),
                P("Fredrik Dahl", "fredrik.dahl@leksand.se", "Leksands kommun"),
            ], [S3, S4]),
            "substitute for part of the series; 'inga specialkostbehov' is no diet",
        ),
        # ---------------------------------------------------------------- ax073
        mail(
            "ax073", "2027-03-05T13:58",
            ("Roger Sälgström", "roger.salgstrom@malung-salen.se"),
            "DalaLab",
            """Hej Linnea,

Jag anmäler Oskar Berglund och Nina Holm till höstens träff. Jessica Ek anmäler sig
själv separat, så henne behöver ni inte ta med här.

Mvh
Roger Sälgström
Bygg- och miljöchef
Malung-Sälens kommun
""",
            X("register", [
                P("Oskar Berglund", None, "Malung-Sälens kommun"),
                P("Nina Holm", None, "Malung-Sälens kommun"),
            ], [S2, S3], unsure=["sessions"]),
            "'höstens träff' singular while there are two autumn sessions; colleague who signs up herself "
            "is not among the people",
        ),
        # ---------------------------------------------------------------- ax074
        mail(
            "ax074", "2027-03-05T13:59",
            ("Registrator Region Dalarna", "registrator@regiondalarna.se"),
            "Mottagningsbekräftelse: Anmälan DalaLab 3 maj – Regional utveckling [Dnr RD27/00412]",
            """This is an automatically generated message. / Detta är ett automatiskt meddelande.

Ditt e-postmeddelande har tagits emot av Region Dalarnas registratur och diarieförts.
Your e-mail has been received by the registry of Region Dalarna.

Svara inte på detta meddelande. / Do not reply to this message.
""",
            X("auto_reply"),
            "registry's automatic receipt in two languages; subject echoes a group signup",
        ),
        # ---------------------------------------------------------------- ax075
        mail(
            "ax075", "2027-03-08T07:30",
            ("Planeringsnytt", "nyhetsbrev@planeringsnytt.example.se"),
            "Nyhetsbrev mars: Översiktsplanering i praktiken – anmäl ditt team!",
            """<html><body>
<h2>Planeringsnytt – mars 2027</h2>
<p>Webbinarium 21 september: <b>Planeringsstrategier i ÖP-modellen</b>. Anmäl hela
planavdelningen – gruppris från 3 deltagare!</p>
<ul><li>Talare: Anna Lindberg, Boverket</li><li>Talare: Per Nyström, konsult</li></ul>
<p>Läs mer och anmäl er på planeringsnytt.example.se</p>
<p style="font-size:8pt">Du får detta nyhetsbrev eftersom du prenumererar.
<a href="https://planeringsnytt.example.se/avsluta">Avsluta prenumeration</a></p>
</body></html>""",
            X("unknown"),
            "HTML newsletter with a session date, speaker names and 'anmäl' wording",
            html=True,
        ),
        # ---------------------------------------------------------------- ax076
        mail(
            "ax076", "2027-03-10T16:12",
            ("Eva Sjöstrand", "eva.sjostrand@hedemora.se"),
            "Hedemora avstår – radera uppgifter",
            """Hej,

Hedemora kommun har beslutat att inte delta i DalaLab i år. Vi ber er därför radera alla
uppgifter om våra två anmälda, Gunnar Esbjörnsson och Louise Fahlén, ur era register.

Eva Sjöstrand
Samhällsbyggnadschef
Hedemora kommun
""",
            X("erasure", [
                P("Gunnar Esbjörnsson", None, "Hedemora kommun"),
                P("Louise Fahlén", None, "Hedemora kommun"),
            ]),
            "manager asks erasure for two colleagues (implies withdrawal); erasure has no sessions",
        ),
        # ---------------------------------------------------------------- ax077
        tg(
            "ax077", "2027-03-11T20:33", "Mikael Strand", 7240019385,
            "tja! anmäl mig + Linda Falk till sista träffen 22/2 -28. linda är glutenfri",
            X("register", [
                P("Mikael Strand", None, None),
                P("Linda Falk", None, None, diet="glutenfri"),
            ], [S4], diet="glutenfri"),
            "telegram, sender plus colleague, no organisation anywhere (must not be guessed)",
        ),
        # ---------------------------------------------------------------- ax078
        mail(
            "ax078", "2027-03-12T11:26",
            ("Marie Hellström", "marie.hellstrom@orsa.se"),
            "Anmälan från Orsa kommun",
            """Hej!

På uppdrag av planchef Görel Asp anmäler jag två av våra planerare till DalaLab:

1) Viktor Lindh – viktor.lindh@orsa.se
2) Amanda Rask – amanda.rask@orsa.se (glutenfri kost)

Båda ska gå alla fyra gångerna. Görel själv deltar inte.

Med vänliga hälsningar

Marie Hellström
Assistent till planchef Görel Asp
Orsa kommun
Dalagatan 1, 794 21 Orsa
""",
            X("register", [
                P("Viktor Lindh", "viktor.lindh@orsa.se", "Orsa kommun"),
                P("Amanda Rask", "amanda.rask@orsa.se", "Orsa kommun", diet="glutenfri kost"),
            ], ALL, diet="glutenfri kost"),
            "assistant writes for the manager; neither sender nor manager is a participant",
        ),
        # ---------------------------------------------------------------- ax079
        mail(
            "ax079", "2027-03-16T14:14",
            ("Kjell Norberg", "kjell.norberg@gagnef.se"),
            "SV: DalaLab Gagnef",
            """Hej,

En ändring för vår grupp: Göran Älgmark byter från 21 september till 3 maj. Åsa och
jag är oförändrade.

/Kjell

Kjell Norberg, planarkitekt
Gagnefs kommun
""",
            X("change", [P("Göran Älgmark", None, "Gagnefs kommun")], [S1]),
            "bare swap for one group member gives only the new session; unchanged colleague and sender excluded",
        ),
        # ---------------------------------------------------------------- ax080
        mail(
            "ax080", "2027-03-18T08:37",
            ("Leif Nyman", "leif.nyman@mora.se"),
            "VB: DalaLab?",
            """Hej Linnea,

Hanna vill vara med, och jag med. Anmäl oss båda till alla träffar tack.

Leif Nyman
Planchef, Mora kommun

---------- Vidarebefordrat meddelande ---------
Från: Hanna Rydén <hanna.ryden@mora.se>
Datum: ons 17 mars 2027 16:02
Ämne: DalaLab?
Till: Leif Nyman <leif.nyman@mora.se>

Hej Leif! Såg inbjudan till DalaLab, kan du anmäla mig? Det verkar jättebra.
/Hanna
""",
            X("register", [
                P("Hanna Rydén", "hanna.ryden@mora.se", "Mora kommun"),
                P("Leif Nyman", "leif.nyman@mora.se", "Mora kommun"),
            ], ALL),
            "manager forwards a colleague's request and adds himself; colleague's address from the forwarded header",
        ),
        # ---------------------------------------------------------------- ax081
        mail(
            "ax081", "2027-03-22T10:01",
            ("Annika Ström", "annika.strom@sater.se"),
            "Rättelse e-postadress",
            """Hej,

I vår lista över deltagare från Säter blev Lina Åkessons adress fel. Rätt adress är
lina.akesson2@sater.se (vi har två Lina Åkesson i kommunen).

Mvh Annika Ström
Säters kommun
""",
            X("change", [P("Lina Åkesson", "lina.akesson2@sater.se", "Säters kommun")]),
            "administrator corrects a colleague's address; no sessions stated",
        ),
        # ---------------------------------------------------------------- ax082
        mail(
            "ax082", "2027-03-23T15:47",
            ("Stefan Höglund", "stefan.hoglund@borlange.se"),
            "Vilka från Borlänge är anmälda?",
            """Hej!

Jag tappar lite räkningen – kan du skicka en lista på vilka från Borlänge som står som
anmälda till respektive träff? Vill inte att vi överskrider tre personer nu när vi
funderar på ett byte.

Tack!
Stefan
""",
            X("question"),
            "manager asks which colleagues are registered per session",
        ),
        # ---------------------------------------------------------------- ax083
        tg(
            "ax083", "2027-01-14T12:19", "Emma Kvist", 5539071846,
            """Hej! Emma Kvist, Rättviks kommun här.
Anmäler mig (vegetarisk), Niklas Ros (laktosfri) och Johan Lund (ingen specialkost) till alla träffar""",
            X("register", [
                P("Emma Kvist", None, "Rättviks kommun", diet="vegetarisk"),
                P("Niklas Ros", None, "Rättviks kommun", diet="laktosfri"),
                P("Johan Lund", None, "Rättviks kommun"),
            ], ALL, diet="vegetarisk, laktosfri"),
            "telegram roster of three with diets in brackets; 'ingen specialkost' is no diet",
        ),
        # ---------------------------------------------------------------- ax084
        mail(
            "ax084", "2027-03-29T09:52",
            ("Ingrid Lundmark", "ingrid.lundmark@alvdalen.se"),
            "Olle slutar",
            """Hej Linnea!

Olle Backström har fått nytt jobb och slutar hos oss. I stället anmäler vi Karin
Myrberg (karin.myrberg@alvdalen.se) till första träffen den 3 maj. Karin äter inte fläsk.

Bengt och Stina är kvar som förut.

Hälsningar
Ingrid Lundmark
HR-specialist
Älvdalens kommun
""",
            X("change", [
                P("Olle Backström", None, "Älvdalens kommun"),
                P("Karin Myrberg", "karin.myrberg@alvdalen.se", "Älvdalens kommun", diet="äter inte fläsk"),
            ], [S1], diet="äter inte fläsk"),
            "HR substitution worded as leaving + 'i stället'; the colleagues who stay are not the request",
        ),
        # ---------------------------------------------------------------- ax085
        mail(
            "ax085", "2027-03-30T10:30",
            ("Annika Ström", "annika.strom@sater.se"),
            "DalaLab – anmäl er själva",
            """Hej alla på Bygg och miljö,

Påminner om att DalaLab har sista anmälningsdag 14 april. Ni som vill gå och inte redan
är anmälda: skicka själva ett mejl till Linnea (kopia här) med namn och vilka träffar ni
vill gå på. Per och Lina är redan med, så det finns bara en plats kvar.

/Annika
""",
            X("unknown"),
            "internal reminder to colleagues with the organiser in copy; asks the organiser nothing",
            to="byggmiljo@sater.se, linnea.hassis@regiondalarna.se",
        ),
        # ---------------------------------------------------------------- ax086
        mail(
            "ax086", "2027-01-11T11:05",
            ("Ulf Mårtensson", "ulf.martensson@avesta.se"),
            "Anmälan fyra personer Avesta",
            """Hej,

Vi skickar ändå fyra namn, med vetskap om regeln om tre per kommun. Den fjärde kan gärna
stå på reservlistan. Alla fyra träffarna.

Namn: Sanna Ekholm
E-post: sanna.ekholm@avesta.se

Namn: Peter Lilja
E-post: peter.lilja@avesta.se
Kost: vegansk

Namn: Hampus Granberg
E-post: hampus.granberg@avesta.se

Namn: Moa Strömberg
E-post: moa.stromberg@avesta.se
Kost: glutenfri

Ulf Mårtensson
Planeringschef, Avesta kommun
""",
            X("register", [
                P("Sanna Ekholm", "sanna.ekholm@avesta.se", "Avesta kommun"),
                P("Peter Lilja", "peter.lilja@avesta.se", "Avesta kommun", diet="vegansk"),
                P("Hampus Granberg", "hampus.granberg@avesta.se", "Avesta kommun"),
                P("Moa Strömberg", "moa.stromberg@avesta.se", "Avesta kommun", diet="glutenfri"),
            ], ALL, diet="vegansk, glutenfri"),
            "four from one kommun in one mail (quota); Namn:/E-post:/Kost: blocks; all four get parsed",
        ),
        # ---------------------------------------------------------------- ax087
        mail(
            "ax087", "2027-04-05T17:21",
            ("Cecilia Brandt", "cecilia.brandt@falun.se"),
            "avanmälan 21.9",
            """Hej,
ta bort Mattias Lönn och mig från 21.9, vi är på Planeringsdagarna då. Övriga datum
står kvar.
Yasmin påverkas inte.
//Cecilia
-- 
Cecilia Brandt | Översiktsplanerare | Falu kommun | 023-830 00
""",
            X("cancel", [
                P("Mattias Lönn", None, "Falu kommun"),
                P("Cecilia Brandt", "cecilia.brandt@falun.se", "Falu kommun"),
            ], [S2]),
            "partial cancellation for sender and a colleague, date as 21.9; untouched colleague excluded",
        ),
        # ---------------------------------------------------------------- ax088
        mail(
            "ax088", "2027-04-07T09:44",
            ("Ekonomi Smedjebacken", "ekonomi@smedjebacken.se"),
            "Faktura DalaLab?",
            """Hej,

Vi har tre medarbetare anmälda till DalaLab (Anna-Karin Holm, Erik Sjöberg och Mats
Nilsson). Kostar deltagandet något, och i så fall vart ska fakturan skickas och med
vilken referens? Ingår lunchen?

Ekonomienheten
Smedjebackens kommun
""",
            X("question"),
            "finance mailbox asks about cost for a group; the named people are not a request",
        ),
        # ---------------------------------------------------------------- ax089
        mail(
            "ax089", "2027-04-08T06:58",
            ("Helena Vik", "helena.vik@ludvika.se"),
            "Automatiskt svar: Bekräftelse DalaLab – Ludvika",
            """Tack för ditt mejl!

Jag är föräldraledig från och med 1 april 2027. Under tiden kan du vända dig till
Tobias Järnström, tobias.jarnstrom@ludvika.se, eller planavdelningen på 0240-860 00.

Helena Vik
Ludvika kommun
""",
            X("auto_reply"),
            "out-of-office from a group member that names a colleague and address",
        ),
        # ---------------------------------------------------------------- ax090
        tg(
            "ax090", "2027-04-09T18:04", "Pia Norén", 6681420953,
            """Ändring för oss från Lst:
jag (Pia Norén) äter numera glutenfritt, och Kalle Björk har fått nötallergi.
Vi är redan anmälda.""",
            X("change", [
                P("Pia Norén", None, "Länsstyrelsen Dalarna", diet="glutenfritt"),
                P("Kalle Björk", None, "Länsstyrelsen Dalarna", diet="nötallergi"),
            ], [], diet="glutenfritt, nötallergi"),
            "telegram diet change for sender and colleague; no sessions stated",
        ),
    ]
