"""Batch 44, theme "groups": mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, HTML tables, "Efternamn, Förnamn", Namn:/E-post:
blocks, titles, lower case, given names only); two organisations in one mail; quota trouble; substitutes; partial
cancellations; per-person sessions and diets; and the questions, automatic mail, erasure requests, spam and odd
mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 24 november 2026 09:12
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
> Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
> DalaLab. Vi ses vid fyra tillfällen:
>   * 3 maj 2027 i Falun (fika från 09.30, start 10.00)
>   * 21 september 2027
>   * 29 november 2027
>   * 22 februari 2028
> Varje kommun kan delta med upp till tre personer. Sista dag för anmälan är
> 14 april 2027. Ange gärna eventuell specialkost.
>
> Välkomna!
> Linnea
"""


def messages():
    return [
        mail("at046", "2026-12-03T08:47", ("Birgitta Sahlin", "birgitta.sahlin@ludvika.se"),
             "Anmälan DalaLab – tre från Ludvika",
             """Hej Linnea,

På uppdrag av vår planchef anmäler jag följande medarbetare till DalaLab:

  • Johan Thörn, johan.thorn@ludvika.se
  • Sanna Eriksson-Wiik, sanna.eriksson-wiik@ludvika.se
  • Mikael Oskarsson, mikael.oskarsson@ludvika.se

Själv är jag bara den som håller i pappren, så jag ska inte stå med på listan.
Bekräftelsen får gärna gå direkt till var och en.

Med vänlig hälsning
Birgitta Sahlin
Nämndsekreterare, Samhällsbyggnadsförvaltningen
Ludvika kommun
0240-860 00
""",
             X("register", [P("Johan Thörn", "johan.thorn@ludvika.se", "Ludvika kommun"),
                            P("Sanna Eriksson-Wiik", "sanna.eriksson-wiik@ludvika.se", "Ludvika kommun"),
                            P("Mikael Oskarsson", "mikael.oskarsson@ludvika.se", "Ludvika kommun")], ALL),
             "secretary registers three colleagues, bullet list with addresses, no session named, not attending"),

        mail("at047", "2026-12-07T13:20", ("HR Samhällsbyggnad Borlänge", "hr.sbf@borlange.se"),
             "DalaLab - anmälan av deltagare",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Här kommer Borlänge kommuns anmälningar till DalaLab. Alla går inte på alla träffar, se tabellen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>E-post</th><th>Tillfällen</th><th>Specialkost</th></tr>
<tr><td>Helena Strand</td><td>helena.strand@borlange.se</td><td>3/5, 21/9</td><td>-</td></tr>
<tr><td>Rasmus Kjellberg</td><td>rasmus.kjellberg@borlange.se</td><td>21/9</td><td>-</td></tr>
<tr><td>Nadia Haddad</td><td>nadia.haddad@borlange.se</td><td>22/2 -28</td><td>glutenfri</td></tr>
</table>
<p>Hör av er om något saknas.</p>
<p>Vänliga hälsningar<br>HR-funktionen, Samhällsbyggnadsförvaltningen<br>Borlänge kommun</p>
</body></html>""",
             X("register", [P("Helena Strand", "helena.strand@borlange.se", "Borlänge kommun"),
                            P("Rasmus Kjellberg", "rasmus.kjellberg@borlange.se", "Borlänge kommun"),
                            P("Nadia Haddad", "nadia.haddad@borlange.se", "Borlänge kommun", diet="glutenfri")],
               [S1, S2, S4], diet="glutenfri"),
             "HTML table from a function mailbox, different sessions and one diet per person", html=True),

        mail("at048", "2026-12-09T16:05", ("Mats Dahlgren", "mats.dahlgren@falun.se"),
             "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Vi vill gärna vara med på höstens träffar från Falu kommun. Anmäl:

Hedlund, Karin
Ersson, Per-Olof

samt undertecknad.

/Mats

Mats Dahlgren
Enhetschef Översiktlig planering
Falu kommun | Stadsbyggnadsförvaltningen
023-830 00
""" + INVITE_QUOTE,
             X("register", [P("Karin Hedlund", None, "Falu kommun"),
                            P("Per-Olof Ersson", None, "Falu kommun"),
                            P("Mats Dahlgren", "mats.dahlgren@falun.se", "Falu kommun")], [S2, S3]),
             "'Efternamn, Förnamn' roster plus the sender, 'höstens träffar' = both autumn sessions, quoted invitation"),

        tg("at049", "2026-12-10T21:41", "Jonas Pers", 604118273,
           """hej! anmäler mig och kollegan anna (anna.berg@orsa.se) till alla fyra träffarna. vi jobbar på orsa kommun""",
           X("register", [P("Jonas Pers", None, "Orsa kommun"),
                          P("Anna Berg", "anna.berg@orsa.se", "Orsa kommun")], ALL),
           "telegram, sender plus colleague named by given name and address, lower case"),

        mail("at050", "2026-12-14T10:32", ("Louise Granath", "louise.granath@lansstyrelsen.se"),
             "Anmälan 3 maj",
             """Hej Linnea!

Jag och Erik Sundin från Säters kommun skulle vilja anmäla oss till första
tillfället den 3 maj. Vi driver ett gemensamt arbete kring Säters
planeringsstrategi och tänkte att det vore bra att gå tillsammans.
Erik har ingen möjlighet att maila just nu (byter dator), så jag skickar för oss båda.

Mvh
Louise Granath
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
""",
             X("register", [P("Louise Granath", "louise.granath@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Erik Sundin", None, "Säters kommun")], [S1]),
             "two organisations in one mail: sender from the county board plus a municipal colleague"),

        mail("at051", "2026-12-16T09:14", ("Ylva Moberg", "ylva.moberg@mora.se"),
             "Anmälan DalaLab Mora kommun",
             """Hej!

Från Mora kommun vill följande anmäla sig till hela lärprojektet:

1. Tomas Lindgren, översiktsplanerare
2. Anette Grans, planarkitekt
3. Kristoffer Nygårds, trafikplanerare
4. Lovisa Zetterqvist, landskapsarkitekt

Vi vet att det står max tre per kommun men vi är ett ganska stort team, så
vi hoppas att det går att lösa. Jag själv deltar inte.

Hälsningar
Ylva Moberg
Administratör, Plan och bygg
Mora kommun
""",
             X("register", [P("Tomas Lindgren", None, "Mora kommun"),
                            P("Anette Grans", None, "Mora kommun"),
                            P("Kristoffer Nygårds", None, "Mora kommun"),
                            P("Lovisa Zetterqvist", None, "Mora kommun")], ALL),
             "quota: four from one kommun in one mail, numbered roster with titles, sender not attending"),

        mail("at052", "2027-01-08T11:50", ("Göran Widén", "goran.widen@hedemora.se"),
             "Fråga om fjärde plats",
             """Hej,

Från Hedemora har vi redan anmält Lisa Ahlberg, Patrik Sjöö och mig själv.
Nu har vi fått en ny planeringsarkitekt, Hanna Friberg, som börjar i februari.
Finns det någon möjlighet att hon också får följa med, eller ska vi i så
fall byta ut någon av oss?

Hälsningar
Göran Widén
Planchef, Hedemora kommun
""",
             X("question", [], [], unsure=["intent"]),
             "quota question: three already booked, asks whether a fourth can come; no signup as such"),

        mail("at053", "2027-01-11T07:58", ("Cecilia Nord", "cecilia.nord@avesta.se"),
             "Ändring deltagare 21/9",
             """Hej!

Lena Mattsson som är anmäld från oss kan inte komma den 21 september, hon har
semester då. Oskar Bäck (oskar.back@avesta.se) går istället för henne den dagen.

/Cecilia Nord, avdelningschef Samhällsutveckling, Avesta kommun
""",
             X("change", [P("Lena Mattsson", None, "Avesta kommun"),
                          P("Oskar Bäck", "oskar.back@avesta.se", "Avesta kommun")], [S2]),
             "manager substitutes one colleague for another on one session"),

        mail("at054", "2027-01-13T14:27", ("Therese Ljung", "therese.ljung@regiondalarna.se"),
             "Avanmälan 29 nov – två personer",
             """Hej Linnea,

Av oss fyra på Regional utveckling som är anmälda till DalaLab kan Sofia
Lindberg och Henrik Nyström tyvärr inte delta den 29 november (krock med
regionfullmäktige). Jag och Amir är kvar som tidigare.

Tack!
Therese
""",
             X("cancel", [P("Sofia Lindberg", None, "Region Dalarna"),
                          P("Henrik Nyström", None, "Region Dalarna")], [S3]),
             "partial cancellation of a group for one session; the rest stay as before"),

        mail("at055", "2027-01-14T09:02", ("Karin Ståhl", "karin.stahl@gagnef.se"),
             "Automatiskt svar: Anmälan DalaLab – Gagnefs kommun",
             """Tack för ditt mejl!

Jag är tjänstledig till och med 28 februari och läser inte min e-post.
Ärenden som rör plan och bygg skickas till plan@gagnef.se.
Gäller det anmälningarna till DalaLab kan du vända dig till Robin Eklöf,
robin.eklof@gagnef.se.

Karin Ståhl
Gagnefs kommun
""",
             X("auto_reply", [], []),
             "out-of-office answering a group-signup thread, names a colleague and an address"),

        mail("at056", "2027-01-18T15:44", ("Henrik Axelsson", "henrik.axelsson@sater.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea

Tack för inbjudan! Vi anmäler följande från Säters kommun:

Maria Öberg – översiktsplanerare
Gustav Lundh – planarkitekt

Själv har jag tyvärr inte möjlighet att vara med, men jag ser fram emot att
höra vad de tar med sig hem.

Vänliga hälsningar

Henrik Axelsson
Samhällsbyggnadschef
Säters kommun
Box 85, 783 22 Säter
Tfn 0225-550 00 | Mobil 070-123 45 67
""" + INVITE_QUOTE,
             X("register", [P("Maria Öberg", None, "Säters kommun"),
                            P("Gustav Lundh", None, "Säters kommun")], ALL),
             "Outlook reply above the quoted invitation (four dates quoted); one per line with titles; chief not attending"),

        mail("at057", "2027-01-20T10:10", ("Planenheten Vansbro", "plan@vansbro.se"),
             "Anmälan till DalaLab",
             """Hej,

Anmälan till samtliga tillfällen:

Namn: Jenny Thunberg
E-post: jenny.thunberg@vansbro.se
Kost: laktosfri

Namn: Olle Sandberg
E-post: olle.sandberg@vansbro.se
Kost: inget särskilt

Med vänlig hälsning
Planenheten
Vansbro kommun
""",
             X("register", [P("Jenny Thunberg", "jenny.thunberg@vansbro.se", "Vansbro kommun", diet="laktosfri"),
                            P("Olle Sandberg", "olle.sandberg@vansbro.se", "Vansbro kommun")], ALL,
               diet="laktosfri"),
             "function mailbox, Namn:/E-post:/Kost: blocks, one 'inget särskilt' that is no diet"),

        mail("at058", "2027-01-22T12:36", ("Rebecka Hallin", "rebecka.hallin@regiondalarna.se"),
             "DalaLab registration – two guest researchers",
             """Hi Linnea,

I'm writing from HR on behalf of two colleagues who are visiting us this year
and would like to attend DalaLab. Please register Dr. Tom Whitaker
(tom.whitaker@regiondalarna.se) and Priya Raman (priya.raman@regiondalarna.se)
for the sessions in May and September. Priya is vegan.

I won't be attending myself.

Kind regards,
Rebecka Hallin
HR Partner, Region Dalarna
""",
             X("register", [P("Tom Whitaker", "tom.whitaker@regiondalarna.se", "Region Dalarna"),
                            P("Priya Raman", "priya.raman@regiondalarna.se", "Region Dalarna", diet="vegan")],
               [S1, S2], diet="vegan"),
             "English, HR registers two colleagues, months instead of dates, title before a name"),

        tg("at059", "2027-01-25T19:03", "Kicki Ahl", 731550942,
           """Hej! Anmäler mig + Bosse och Maja från plan på Rättviks kommun till 3/5 och 21.9 🙂 Maja är vegetarian""",
           X("register", [P("Kicki Ahl", None, "Rättviks kommun"),
                          P("Bosse", None, "Rättviks kommun"),
                          P("Maja", None, "Rättviks kommun", diet="vegetarian")], [S1, S2], diet="vegetarian"),
           "telegram, colleagues named by given name only, two date formats, per-person diet"),

        mail("at060", "2027-01-27T08:21", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"),
             "Fråga om DalaLab",
             """Hej!

Vi är några på förvaltningen som funderar på att anmäla oss. Måste samma
personer gå på alla fyra träffarna, eller kan vi dela upp det så att olika
kollegor går olika gånger beroende på ämne?

Tacksam för svar innan vi skickar in något.

Samhällsbyggnadsförvaltningen
Leksands kommun
""",
             X("question", [], []),
             "function mailbox asks whether a group may rotate people between sessions; no one registered"),

        mail("at061", "2027-01-29T13:58", ("Ingela Roos", "ingela.roos@smedjebacken.se"),
             "Kostönskemål för våra anmälda",
             """Hej Linnea,

Våra tre från Smedjebacken är ju anmälda till alla träffarna. Jag glömde
kosten när jag anmälde oss:

Petra Holm - glutenfri
Ali Hassan - halal

Jag själv och Stefan äter allt.

Ingela
""",
             X("change", [P("Petra Holm", None, "Smedjebackens kommun", diet="glutenfri"),
                          P("Ali Hassan", None, "Smedjebackens kommun", diet="halal")], ALL,
               diet="glutenfri, halal"),
             "diet added afterwards for two of a booked group, all sessions stated; the sender changes nothing"),

        mail("at062", "2027-02-01T07:45", ("Niklas Falk", "niklas.falk@ludvika.se"),
             "[plannatverket-dalarna] Samåkning till DalaLab 3 maj?",
             """Hej alla i nätverket,

Vi är tre från Ludvika som ska till Falun den 3 maj. Är det någon från
Smedjebacken eller Säter som vill hänga på i bilen? Vi har två platser kvar.

/Niklas

_______________________________________________
plannatverket-dalarna mailing list
Avregistrera: https://lists.example.org/plannatverket-dalarna
""",
             X("unknown", [], []),
             "mailing-list post about carpooling to a session; nothing to register",
             to="plannatverket-dalarna@lists.example.org"),

        mail("at063", "2027-02-03T10:16", ("Personalenheten Borlänge", "personal@borlange.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Två medarbetare, Anders Gärdin och Linda Kronqvist, har slutat hos oss och
avanmäldes från DalaLab i december. De har nu bett oss se till att deras
namn och e-postadresser tas bort ur era anmälningslistor och register.

Bekräfta gärna när det är gjort.

Med vänlig hälsning
Personalenheten
Borlänge kommun
""",
             X("erasure", [P("Anders Gärdin", None, "Borlänge kommun"),
                           P("Linda Kronqvist", None, "Borlänge kommun")], []),
             "HR asks for erasure of two former employees already cancelled"),

        mail("at064", "2027-02-04T15:30", ("Mail Delivery System", "MAILER-DAEMON@ludvika.se"),
             "Undeliverable: Bekräftelse DalaLab – tre deltagare",
             """This is the mail system at host mx1.ludvika.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<sanna.wiik@ludvika.se>: host mx1.ludvika.se[10.12.0.5] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

Reporting-MTA: dns; mx1.ludvika.se
Final-Recipient: rfc822; sanna.wiik@ludvika.se
Action: failed
Status: 5.1.1
""",
             X("auto_reply", [], []),
             "bounce of a confirmation to one member of a group, names an address"),

        mail("at065", "2027-02-05T03:12", ("Nordic Events Group Desk", "groups@nordic-summit-bookings.com"),
             "Group registration offer: 10 seats for your planning team",
             """Dear Planning Department,

Secure group seats for your whole team at the Nordic Urban Planning Summit 2027!
Register 5 or more colleagues before 28 February and receive 40% off.

Simply reply with the names and e-mail addresses of your participants and our
team will issue the invoice. Limited seats!

Best regards,
Group Bookings Desk
""",
             X("unknown", [], []),
             "spam offering group registration for another event"),

        mail("at066", "2027-02-08T11:03", ("Robin Eklöf", "robin.eklof@gagnef.se"),
             "Återtagande av anmälan – Gagnefs kommun",
             """Hej Linnea,

Tyvärr måste Gagnefs kommun dra tillbaka alla våra tre anmälningar till
DalaLab. Efter omorganisationen i januari har vi inte möjlighet att avsätta
tid i år. Det gäller alltså Ulla Backlund, Karin Ståhl och mig.

Vi hoppas kunna vara med en annan gång!

Robin Eklöf
Planarkitekt, Gagnefs kommun
""",
             X("cancel", [P("Ulla Backlund", None, "Gagnefs kommun"),
                          P("Karin Ståhl", None, "Gagnefs kommun"),
                          P("Robin Eklöf", "robin.eklof@gagnef.se", "Gagnefs kommun")], ALL),
             "whole group of three withdraws, sender included ('och mig'), no sessions named"),

        mail("at067", "2027-02-10T09:37", ("Jörgen Persson", "jorgen.persson@alvdalen.se"),
             "Anmälan DalaLab från Älvdalen",
             """Hej!

Jag och min kollega Åsa Östlund vill anmäla oss till träffen v. 18 och den
i v. 48. De andra två går tyvärr inte att få ihop med våra andra åtaganden.

Hälsningar
Jörgen Persson
Kommunekolog, Älvdalens kommun
""",
             X("register", [P("Jörgen Persson", "jorgen.persson@alvdalen.se", "Älvdalens kommun"),
                            P("Åsa Östlund", None, "Älvdalens kommun")], [S1, S3]),
             "iso-8859-1, sessions given by week number, sender plus colleague", charset="iso-8859-1"),

        mail("at068", "2027-02-11T14:49", ("Monica Lindh", "monica.lindh@hedemora.se"),
             "Samlad anmälan?",
             """Hej,

Jag är förvaltningssekreterare och har fått i uppdrag att samla ihop
anmälningarna från vår förvaltning. Räcker det att jag skickar en lista
med namn, eller behöver var och en anmäla sig själv? Och skickas det
någon faktura till kommunen i efterhand?

Mvh Monica Lindh
""",
             X("question", [], []),
             "secretary asks how to send a group signup and about invoicing"),

        mail("at069", "2027-02-15T22:17", ("Malin de Geer", "malin.degeer@leksand.se"),
             "dalalab",
             """hej, anmäl gärna oss från leksands kommun:

lars-erik nordin
malin de geer
tove ek

alla datum. tove är vegetarian.

/malin (skickat från mobilen)
""",
             X("register", [P("Lars-Erik Nordin", None, "Leksands kommun"),
                            P("Malin de Geer", "malin.degeer@leksand.se", "Leksands kommun"),
                            P("Tove Ek", None, "Leksands kommun", diet="vegetarian")], ALL, diet="vegetarian"),
             "lower-case roster from a phone, names with particle and hyphen, sender on the list"),

        mail("at070", "2027-02-17T08:30", ("Kjell Backman", "kjell.backman@malung-salen.se"),
             "Ändrade datum för oss från Malung-Sälen",
             """Hej Linnea!

Vi tre från Malung-Sälen (Kjell Backman, Emelie Orre och Fredrik Hed) är
anmälda till alla fyra tillfällena. Efter att ha sett över höstens planering
kommer vi bara att kunna gå på första träffen i maj och den sista i februari.

Ändra gärna det för oss alla tre.

Kjell
""",
             X("change", [P("Kjell Backman", "kjell.backman@malung-salen.se", "Malung-Sälens kommun"),
                          P("Emelie Orre", None, "Malung-Sälens kommun"),
                          P("Fredrik Hed", None, "Malung-Sälens kommun")], [S1, S4]),
             "a group narrows its sessions, written as first and last meeting by month"),

        tg("at071", "2027-02-19T10:44", "Eva Wikström", 583206714,
           """Hej, det är Eva på kansliet i Vansbro kommun. Kan ni stryka Nils Dahl från 21/9? Han är kvar på de andra träffarna.""",
           X("cancel", [P("Nils Dahl", None, "Vansbro kommun")], [S2]),
           "telegram, office staff cancels one colleague for one session, sender not involved"),

        mail("at072", "2027-02-22T16:12", ("Ylva Moberg", "ylva.moberg@mora.se"),
             "Läst: Sv: Anmälan DalaLab Mora kommun",
             """Ditt meddelande

  Till: Ylva Moberg
  Ämne: Sv: Anmälan DalaLab Mora kommun
  Skickat: den 22 februari 2027 15:58

lästes den 22 februari 2027 16:12.
""",
             X("auto_reply", [], []),
             "read receipt on a group-signup thread"),

        mail("at073", "2027-02-24T09:05", ("Peter Lind", "peter.lind@borlange.se"),
             "VB: DalaLab?",
             """Hej Linnea,

Se nedan. Anmäl gärna Johanna och Ahmed till första träffen. Jag har godkänt.

/Peter
Peter Lind, enhetschef Planering, Borlänge kommun

-----Ursprungligt meddelande-----
Från: Johanna Rask <johanna.rask@borlange.se>
Skickat: den 23 februari 2027 16:40
Till: Peter Lind <peter.lind@borlange.se>
Ämne: DalaLab?

Hej Peter,
Får jag och Ahmed Yusuf gå på DalaLab den 3 maj? Det handlar om
planeringsstrategier och Boverket är med, passar bra för vår ÖP-revidering.
Vi kan inte gå på de andra tillfällena pga. samrådet i höst.
/Johanna
""",
             X("register", [P("Johanna Rask", "johanna.rask@borlange.se", "Borlänge kommun"),
                            P("Ahmed Yusuf", None, "Borlänge kommun")], [S1]),
             "manager forwards a colleague's request; the people are in the forwarded part, sender not attending"),

        mail("at074", "2027-02-26T13:33", ("Anneli Wickström", "anneli.wickstrom@regiondalarna.se"),
             "Anmälan till träffen om utvecklingsinriktning",
             """Hej Linnea,

Inom nätverket för kommunal översiktsplanering har två personer bett mig
anmäla dem till träffen "Vad ligger i begreppet utvecklingsinriktning i
ÖP-modellen och hur kan man jobba med det?":

- Emma Fors, Rättviks kommun, emma.fors@rattvik.se
- Tobias Åhs, Leksands kommun, tobias.ahs@leksand.se

Jag är bara kontaktperson och deltar inte själv.

Hälsningar
Anneli Wickström
Nätverkssamordnare, Region Dalarna
""",
             X("register", [P("Emma Fors", "emma.fors@rattvik.se", "Rättviks kommun"),
                            P("Tobias Åhs", "tobias.ahs@leksand.se", "Leksands kommun")], [S2]),
             "regional coordinator registers two people from two other organisations, session by title"),

        mail("at075", "2027-03-01T10:58", ("Sebastian Krantz", "sebastian.krantz@falun.se"),
             "Parking and lunch – group of three",
             """Hi,

Three of us from Falu kommun are registered for the session on 3 May. Is
there parking near the venue for a small car pool, and is lunch included or
should we bring our own? One of us has a nut allergy – who should we tell?

Thanks,
Sebastian Krantz
""",
             X("question", [], []),
             "English questions from a booked group (parking, lunch, where to report an allergy); nothing to change"),

        tg("at076", "2027-03-03T18:25", "Magnus Ek", 912447380,
           """Hej. Jag anmälde två kollegor från Ludvika kommun i december, Stina Ek och Hampus Berg. De vill nu att deras uppgifter raderas helt ur era system. Tack""",
           X("erasure", [P("Stina Ek", None, "Ludvika kommun"),
                         P("Hampus Berg", None, "Ludvika kommun")], []),
           "telegram, the colleague who registered others asks for their data to be erased"),

        mail("at077", "2027-03-05T07:00", ("Sara Nilsson", "sara.nilsson@falun.se"),
             "Automatic reply: DalaLab – deltagare från Falun",
             """I am on parental leave until 15 August 2027 and will not be reading e-mail.

For questions about Falu kommun's participants in DalaLab, please contact
Per Alm (per.alm@falun.se, 023-830 12).

Jag är föräldraledig till den 15 augusti 2027.
""",
             X("auto_reply", [], []),
             "bilingual out-of-office naming a colleague and a later date"),

        mail("at078", "2027-03-08T12:14", ("Cecilia Nord", "cecilia.nord@avesta.se"),
             "Byte av deltagare från hösten",
             """Hej igen!

Jonas Ek kommer att gå på den första träffen i maj, men han byter tjänst
i sommar och kan inte fortsätta i DalaLab efter det. Frida Holmgren
(frida.holmgren@avesta.se) tar över hans plats från och med september och
går alltså på resterande tre träffar. Hon är glutenintolerant.

Hälsningar
Cecilia Nord, Avesta kommun
""",
             X("change", [P("Jonas Ek", None, "Avesta kommun"),
                          P("Frida Holmgren", "frida.holmgren@avesta.se", "Avesta kommun",
                            diet="glutenintolerant")], [S2, S3, S4], diet="glutenintolerant"),
             "substitute takes over from September (three sessions), with the substitute's diet"),

        mail("at079", "2027-03-10T14:41", ("Åke Lund", "ake.lund@mora.se"),
             "Anmälan vattendagarna 12 april – tre deltagare",
             """Hej!

Vi anmäler följande till Vattendagarna i Dalarna den 12 april:

Åke Lund, Mora kommun
Siv Olsson, Mora kommun
Elias Strömberg, Mora kommun

Alla tre äter vegetariskt.

Mvh Åke
""",
             X("unknown", [], []),
             "group signup meant for another event, sent to the DalaLab address by mistake"),

        mail("at080", "2027-03-12T09:26", ("Magdalena af Ugglas", "magdalena.afugglas@lansstyrelsen.se"),
             "Anmälan Länsstyrelsen Dalarna – DalaLab",
             """<html><body>
<p>Hej Linnea,</p>
<p>Från Samhällsbyggnadsenheten på Länsstyrelsen anmäler jag följande fem handläggare
till alla träffar <b>utom februariträffen</b> (då har vi internkonferens):</p>
<ol>
<li>Per Wallin &ndash; per.wallin@lansstyrelsen.se</li>
<li>Hanna Sjödin &ndash; hanna.sjodin@lansstyrelsen.se</li>
<li>Daniel Rosén &ndash; daniel.rosen@lansstyrelsen.se</li>
<li>Fatima Karimi &ndash; fatima.karimi@lansstyrelsen.se</li>
<li>Oscar Lilja-Berg &ndash; oscar.lilja-berg@lansstyrelsen.se</li>
</ol>
<p>Själv prioriterar jag andra möten den här gången.</p>
<p>Med vänliga hälsningar<br>Magdalena af Ugglas<br>Enhetschef, Länsstyrelsen Dalarna</p>
</body></html>""",
             X("register", [P("Per Wallin", "per.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Hanna Sjödin", "hanna.sjodin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Daniel Rosén", "daniel.rosen@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Fatima Karimi", "fatima.karimi@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Oscar Lilja-Berg", "oscar.lilja-berg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S3]),
             "HTML ordered list of five from the county board (no quota), 'all except February'", html=True),

        mail("at081", "2027-03-15T11:09", ("Lena Bergkvist", "lena.bergkvist@orsa.se"),
             "Kerstin 21/9",
             """Hej,

Kerstin Malm från oss kan inte komma den 21 september. Vi återkommer
om någon annan från Orsa kan gå i hennes ställe den dagen.

Lena Bergkvist, Orsa kommun
""",
             X("cancel", [P("Kerstin Malm", None, "Orsa kommun")], [S2], unsure=["change-or-cancel"]),
             "one of a group withdrawn from one session, a substitute maybe later"),

        tg("at082", "2027-03-17T12:02", "Filip Lärka", 447019385,
           """Hur många får man vara från samma kommun? Vi är fyra på planavdelningen i Säter som vill gå""",
           X("question", [], []),
           "telegram quota question from a group of four; nobody named"),

        mail("at083", "2027-03-19T16:48", ("Per Alm", "per.alm@falun.se"),
             "SV: Bekräftelse DalaLab – deltagare från Falun och Borlänge",
             """Toppen, tack Linnea!

Helena, vi kan samåka från Borlänge, jag plockar upp dig vid resecentrum
kvart i nio.

/Per

> Hej!
> Härmed bekräftas era anmälningar till DalaLab.
> Välkomna!
> Linnea
""",
             X("unknown", [], []),
             "reply-all chatter between participants on a confirmation thread; nothing for the service"),

        mail("at084", "2027-03-22T08:15", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Levererat: Anmälan DalaLab – Region Dalarna, fyra personer",
             """Ditt meddelande har levererats till följande mottagare:

therese.ljung@regiondalarna.se (therese.ljung@regiondalarna.se)
sofia.lindberg@regiondalarna.se (sofia.lindberg@regiondalarna.se)

Ämne: Anmälan DalaLab – Region Dalarna, fyra personer
""",
             X("auto_reply", [], []),
             "delivery report listing group members' addresses"),

        mail("at085", "2027-03-24T06:51", ("Regiondirektör Anders Lundström", "regiondirektor.dalarna@gmail.com"),
             "Brådskande – deltagarlistan",
             """Linnea,

Jag sitter i möte och kan inte ringa. Skicka mig hela deltagarlistan för
DalaLab med namn, e-post och telefonnummer så snart du kan, och köp även
presentkort till kommunernas deltagare (10 st á 1000 kr) – jag återkommer
med kvitton. Svara bara på detta mejl.

Anders
Skickat från min iPhone
""",
             X("unknown", [], []),
             "CEO-fraud phishing asking for the participant list from a look-alike address"),

        mail("at086", "2027-03-29T10:40", ("Eva Mård", "eva.mard@orsa.se"),
             "Anmälan DalaLab",
             """Hej!

Anmäler härmed Per Jonsson och Lisa Halvarsson, båda från Orsa kommun,
till de två första träffarna. Kanske hänger jag på också, beroende på hur
budgeten ser ut – jag hör av mig.

Mvh Eva Mård
Planeringschef, Orsa kommun
""",
             X("register", [P("Per Jonsson", None, "Orsa kommun"),
                            P("Lisa Halvarsson", None, "Orsa kommun")], [S1, S2], unsure=["sender-attends"]),
             "manager registers two, 'de två första', and may or may not come herself"),

        mail("at087", "2027-04-01T13:17", ("Malin Grip", "malin.grip@hedemora.se"),
             "Lägg till 22 feb",
             """Hej Linnea,

Vi tre från Hedemora (jag, Johan Blom och Hussein Ali) är anmälda till 3 maj.
Nu har vi fått klartecken att gå på tillgänglighetsträffen också – lägg
gärna till oss där. Hussein har nötallergi, om det inte redan står.

Tack!
Malin Grip
""",
             X("change", [P("Malin Grip", "malin.grip@hedemora.se", "Hedemora kommun"),
                          P("Johan Blom", None, "Hedemora kommun"),
                          P("Hussein Ali", None, "Hedemora kommun", diet="nötallergi")], [S1, S4],
               diet="nötallergi"),
             "group adds a session named by its theme; sessions after the change stated; one person's diet"),

        mail("at088", "2027-04-05T09:33", ("Dataskyddsombud Region Dalarna", "dataskydd@regiondalarna.se"),
             "Begäran om radering enligt GDPR",
             """Hej,

En tidigare medarbetare, Katarina Lööf (katarina.loof@regiondalarna.se), anmäldes
till DalaLab av sin chef i december. Hon har nu begärt att alla hennes
personuppgifter i anmälningssystemet raderas, med hänvisning till artikel 17 GDPR.

Vi ber om en bekräftelse när raderingen är genomförd.

Dataskyddsombudet
Region Dalarna
""",
             X("erasure", [P("Katarina Lööf", "katarina.loof@regiondalarna.se", "Region Dalarna")], []),
             "data-protection officer requests erasure for a former employee registered by her manager"),

        mail("at089", "2027-04-07T15:22", ("Daniel Rosén", "daniel.rosen@lansstyrelsen.se"),
             "Sharing a seat?",
             """Hello Linnea,

A question from our team at the County Administrative Board: could two of us
share one registration, so that one goes in May and the other in November?
Or does each person need their own signup?

Best,
Daniel
""",
             X("question", [], []),
             "English question about sharing one place between two people"),

        mail("at090", "2027-04-09T17:56", ("Anna-Karin Wik", "anna-karin.wik@malung-salen.se"),
             "Anmälan DalaLab – samverkan Västerdalarna",
             """Hej Linnea!

Vi samverkar i Västerdalarna kring översiktsplaneringen och vill anmäla
följande till träffarna 3/5 och den 29:e november:

Från Malung-Sälens kommun:
  Anna-Karin Wik, planeringsarkitekt (undertecknad)
  Fredrik von Knorring, GIS-ingenjör – nötallergi
Från Vansbro kommun:
  Elin Hed, samhällsplanerare, elin.hed@vansbro.se – vegetarisk

Vänliga hälsningar

Anna-Karin Wik
Planeringsarkitekt
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
0280-181 00
""",
             X("register", [P("Anna-Karin Wik", "anna-karin.wik@malung-salen.se", "Malung-Sälens kommun"),
                            P("Fredrik von Knorring", None, "Malung-Sälens kommun", diet="nötallergi"),
                            P("Elin Hed", "elin.hed@vansbro.se", "Vansbro kommun", diet="vegetarisk")],
               [S1, S3], diet="nötallergi, vegetarisk"),
             "two organisations grouped by heading, titles, particle name, per-person diets, two date styles"),
    ]
