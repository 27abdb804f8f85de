"""Theme "groups": mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in many layouts (bullets, tables, "Efternamn, Förnamn", lower case,
numbered lists with titles); two organisations in one mail; quota trouble (a fourth person); substitutes;
partial cancellations of a group; plus the questions, automatic mail, erasures and spam that go with them.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 24 november 2026 10:12
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
>
> Region Dalarna bjuder in kommunernas och regionens planerare till
> lärprojektet DalaLab. Projektet består av fyra träffar:
>
>   * 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
>     och planeringsstrategins roll (tillsammans med Boverket)
>   * 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning?
>   * 29 november 2027 – Att planera både för önskvärda framtider och
>     för osäkerheter
>   * 22 februari 2028 – Planera för tillgänglighet
>
> Varje kommun kan delta med upp till tre personer. Sista dag för
> anmälan är den 14 april 2027. Ange eventuell specialkost.
>
> Varmt välkomna!
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        # ------------------------------------------------------------------ signups (18)
        mail("ap046", "2026-12-03T09:14", ("Karin Sjöberg", "karin.sjoberg@ludvika.se"),
             "Anmälan DalaLab – tre från Ludvika",
             """Hej Linnea!

Jag vill anmäla tre medarbetare från samhällsbyggnadsförvaltningen i Ludvika till DalaLab, samtliga träffar:

- Johan Eklund, översiktsplanerare, johan.eklund@ludvika.se
- Maria Lind, strateg, maria.lind@ludvika.se
- Ahmed Yusuf, planarkitekt, ahmed.yusuf@ludvika.se

Själv deltar jag inte, men skicka gärna en kopia av bekräftelsen till mig.

Vänliga hälsningar
Karin Sjöberg
Nämndsekreterare
Ludvika kommun
0240-860 00
""",
             X("register", [P("Johan Eklund", "johan.eklund@ludvika.se", "Ludvika kommun"),
                            P("Maria Lind", "maria.lind@ludvika.se", "Ludvika kommun"),
                            P("Ahmed Yusuf", "ahmed.yusuf@ludvika.se", "Ludvika kommun")], ALL),
             "secretary registers three colleagues (bullets with addresses), not herself; all sessions"),

        mail("ap047", "2026-12-07T15:52", ("Per-Olof Nyström", "per-olof.nystrom@borlange.se"),
             "DalaLab",
             """Hej,

Anmäler härmed mig själv samt Lisa Bergkvist och Emir Hadžić från vår planenhet till träffarna 3/5 och 21/9. Vi återkommer om resten av serien när vi vet hur hösten ser ut i budgeten.

Mvh
Per-Olof Nyström
Planchef, Borlänge kommun
Tel 0243-740 00 | Mobil 070-312 45 88
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Per-Olof Nyström", "per-olof.nystrom@borlange.se", "Borlänge kommun"),
                            P("Lisa Bergkvist", None, "Borlänge kommun"),
                            P("Emir Hadžić", None, "Borlänge kommun")], [S1, S2]),
             "manager plus two colleagues without addresses; dates as 3/5 and 21/9; 'återkommer om resten' is no session"),

        mail("ap048", "2026-12-11T10:03", ("Helena Broman", "helena.broman@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Härmed anmäler jag följande från Falu kommun till alla fyra tillfällena:

Namn              | E-post                     | Specialkost
------------------+----------------------------+------------
Tomas Vikström    | tomas.vikstrom@falun.se    | -
Sanna Engström    | sanna.engstrom@falun.se    | vegetarisk
Oliver Hagberg    | oliver.hagberg@falun.se    | -

Jag är bara kontaktperson och deltar inte själv.

Hälsningar
Helena Broman
Administratör, Stadsbyggnadsförvaltningen
Falu kommun, 791 83 Falun
023-830 00
""" + INVITE,
             X("register", [P("Tomas Vikström", "tomas.vikstrom@falun.se", "Falu kommun"),
                            P("Sanna Engström", "sanna.engstrom@falun.se", "Falu kommun", diet="vegetarisk"),
                            P("Oliver Hagberg", "oliver.hagberg@falun.se", "Falu kommun")], ALL, diet="vegetarisk"),
             "ASCII table roster with a diet column, reply above the quoted invitation; writer not attending"),

        mail("ap049", "2026-12-14T13:37", ("Therese Olofsson", "therese.olofsson@mora.se"),
             "Anmälan DalaLab Mora kommun",
             """<html><body>
<p>Hej Linnea,</p>
<p>Vi är fyra på Mora kommun som gärna vill vara med på <b>första och tredje träffen</b>. Jag vet att det står
max tre per kommun, men om en plats blir ledig hoppas vi att även den fjärde kan följa med.</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>Roll</th><th>E-post</th></tr>
<tr><td>Therese Olofsson</td><td>Översiktsplanerare</td><td>therese.olofsson@mora.se</td></tr>
<tr><td>Anders Mård</td><td>Mark- och exploateringsingenjör</td><td>anders.mard@mora.se</td></tr>
<tr><td>Linda Persson</td><td>Miljöstrateg</td><td>linda.persson@mora.se</td></tr>
<tr><td>Hussein Karimi</td><td>Trafikplanerare</td><td>hussein.karimi@mora.se</td></tr>
</table>
<p>Hälsningar<br>Therese Olofsson<br>Mora kommun<br>Fredsgatan 16, 792 80 Mora<br>0250-260 00</p>
</body></html>""",
             X("register", [P("Therese Olofsson", "therese.olofsson@mora.se", "Mora kommun"),
                            P("Anders Mård", "anders.mard@mora.se", "Mora kommun"),
                            P("Linda Persson", "linda.persson@mora.se", "Mora kommun"),
                            P("Hussein Karimi", "hussein.karimi@mora.se", "Mora kommun")], [S1, S3]),
             "HTML-only table of four from one municipality (quota of three exceeded: all four parsed, the "
             "system refuses/waitlists); 'första och tredje träffen'",
             html=True),

        tg("ap050", "2026-12-18T20:41", "Oskar Lundin", 5123409876,
           "Hej! Anmäler mig och kollegan Sofia Rask, vi jobbar båda på Orsa kommun. Vi kommer på alla utom den i februari 🙂",
           X("register", [P("Oskar Lundin", None, "Orsa kommun"),
                          P("Sofia Rask", None, "Orsa kommun")], [S1, S2, S3]),
           "Telegram: self plus colleague; 'alla utom den i februari'"),

        mail("ap051", "2027-01-08T08:22", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "DalaLab anmälan",
             """Hej,

Från Avesta kommun anmäls följande till höstens två träffar:

Holm, Gunilla – översiktsplanerare
Åkesson, Pär – planarkitekt
Karlsson, Nadia – GIS-ingenjör

Vårträffen och den i februari kan ingen av dem tyvärr.

Med vänlig hälsning
Jenny
Registrator, Samhällsbyggnadsförvaltningen
Avesta kommun | 0226-64 50 00 | Kungsgatan 32, 774 81 Avesta
""",
             X("register", [P("Gunilla Holm", None, "Avesta kommun"),
                            P("Pär Åkesson", None, "Avesta kommun"),
                            P("Nadia Karlsson", None, "Avesta kommun")], [S2, S3]),
             "function mailbox; 'Efternamn, Förnamn – titel' one per line; 'höstens två träffar' = 21/9 and 29/11"),

        mail("ap052", "2027-01-12T11:05", ("Gustav Berg", "gustav.berg@sater.se"),
             "Anmälan – Säter + Hedemora",
             """Hej Linnea,

Vi samarbetar kring en gemensam fördjupning av översiktsplanen längs riksväg 70 och vill gärna gå DalaLab ihop. Jag anmäler därför mig själv och min kollega i Hedemora, Tove Malm (tove.malm@hedemora.se), till samtliga tillfällen. Tove är glutenfri, jag äter allt.

Gustav Berg
Samhällsplanerare
Säters kommun
Box 85, 783 22 Säter
Tfn 0225-550 00
""",
             X("register", [P("Gustav Berg", "gustav.berg@sater.se", "Säters kommun"),
                            P("Tove Malm", "tove.malm@hedemora.se", "Hedemora kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "two organisations in one mail; the colleague's diet"),

        mail("ap053", "2027-01-14T14:48", ("Jonas Wiklund", "jonas.wiklund@regiondalarna.se"),
             "Anmälan från Region Dalarna",
             """Hej Linnea!

Vi blir fem från regionen (jag inräknad) – vi har ju inget tak som kommunerna. Anmälan gäller hela serien.

1. Regional utvecklingsstrateg Jonas Wiklund
2. Regionplanerare Malin Forsberg
3. Kollektivtrafikstrateg Kristoffer Ståhl
4. Analytiker Anneli Jonsson
5. Samhällsplanerare Bo Grahn

/Jonas

Jonas Wiklund
Regional utveckling, Region Dalarna
Box 712, 791 29 Falun | 023-49 00 00
""",
             X("register", [P("Jonas Wiklund", "jonas.wiklund@regiondalarna.se", "Region Dalarna"),
                            P("Malin Forsberg", None, "Region Dalarna"),
                            P("Kristoffer Ståhl", None, "Region Dalarna"),
                            P("Anneli Jonsson", None, "Region Dalarna"),
                            P("Bo Grahn", None, "Region Dalarna")], ALL),
             "numbered list with titles before the names; five from the region (no quota); 'hela serien'"),

        mail("ap054", "2027-01-19T09:30", ("Anna Whitfield", "anna.whitfield@lansstyrelsen.se"),
             "Registration – DalaLab (3 participants)",
             """Dear Linnea,

I'm writing on behalf of our planning unit at Länsstyrelsen Dalarna. Please register the following colleagues for the sessions on 21 September and 29 November 2027:

Erik Nordin – erik.nordin@lansstyrelsen.se
Hanna Svensson – hanna.svensson@lansstyrelsen.se
Mikael Öberg – mikael.oberg@lansstyrelsen.se

I will not attend myself. Hanna has a nut allergy.

Kind regards,
Anna Whitfield
International Coordinator
County Administrative Board of Dalarna
+46 10-225 00 00
""",
             X("register", [P("Erik Nordin", "erik.nordin@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Hanna Svensson", "hanna.svensson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="nut allergy"),
                            P("Mikael Öberg", "mikael.oberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3], diet="nut allergy"),
             "English, coordinator registers three colleagues (not herself) for two sessions; diet of one"),

        mail("ap055", "2027-01-12T10:17", ("Stefan Holmgren", "stefan.holmgren@gagnef.se"),
             "VB: DalaLab?",
             """Hej Linnea,

Se nedan – kan du anmäla Amanda och Viktor till alla träffarna? Jag har godkänt det.

/Stefan

Stefan Holmgren
Enhetschef plan och bygg, Gagnefs kommun
0241-150 00

-----Ursprungligt meddelande-----
Från: Ek Amanda <amanda.ek@gagnef.se>
Skickat: den 12 januari 2027 08:41
Till: Holmgren Stefan <stefan.holmgren@gagnef.se>
Ämne: DalaLab?

Hej Stefan!

Jag och Viktor skulle gärna vilja gå på DalaLab som Region Dalarna bjudit in till, fyra träffar från maj och framåt. Är det ok att vi anmäler oss? Det kostar inget förutom resan.

/Amanda
""",
             X("register", [P("Amanda Ek", "amanda.ek@gagnef.se", "Gagnefs kommun"),
                            P("Viktor", None, "Gagnefs kommun")], ALL),
             "manager forwards (VB:) a colleague's wish; the forwarder is not attending; a first name only"),

        mail("ap056", "2027-01-21T16:02", ("Åsa Mattsson", "asa.mattsson@alvdalen.se"),
             "Anmälan till sista träffen",
             """Hej!

Jag och Jörgen Ös (jorgen.os@alvdalen.se) vill anmäla oss till den sista träffen, den om tillgänglighet - rumslig närhet, fysisk mobilitet och digital tillgänglighet. De tidigare träffarna krockar tyvärr med vårt ÖP-samråd.

Hälsningar
Åsa Mattsson
Planeringsarkitekt | Älvdalens kommun
Dalgatan 59, 796 80 Älvdalen
Växel 0251-310 00 | Direkt 0251-311 47
""",
             X("register", [P("Åsa Mattsson", "asa.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Jörgen Ös", "jorgen.os@alvdalen.se", "Älvdalens kommun")], [S4]),
             "iso-8859-1; session named by its theme and 'den sista'",
             charset="iso-8859-1"),

        tg("ap057", "2027-01-26T07:12", "Ingrid Vass", 6620183471,
           "anmäler pelle nord o mig, vansbro. 21.9 + 29.11 🙏",
           X("register", [P("Pelle Nord", None, "Vansbro kommun"),
                          P("Ingrid Vass", None, "Vansbro kommun")], [S2, S3]),
           "Telegram, terse lower case; colleague by nickname; dates as 21.9 and 29.11"),

        mail("ap058", "2027-02-02T13:26", ("Plan Leksand", "plan@leksand.se"),
             "Anmälan DalaLab",
             """Hej,

Vi vill anmäla vår nyanställda översiktsplanerare Elin Strand till DalaLab, samtliga tillfällen. Hennes e-post är elin.strand@leksand.se. Hon önskar vegetarisk kost.

Med vänlig hälsning
Planeringsavdelningen
Leksands kommun
Box 500, 793 27 Leksand
""",
             X("register", [P("Elin Strand", "elin.strand@leksand.se", "Leksands kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "shared function mailbox writes for one person; her own address in the text"),

        mail("ap059", "2027-02-09T07:55", ("Camilla Sand", "camilla.sand@smedjebacken.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Robin Ek (robin.ek@smedjebacken.se) och Fatima Al-Sayed (fatima.alsayed@smedjebacken.se) vill gärna komma på första träffen i Falun. Själv anmäler jag mig separat när jag vet om jag kan.

//Camilla

Skickat från min iPhone
""" + INVITE,
             X("register", [P("Robin Ek", "robin.ek@smedjebacken.se", "Smedjebackens kommun"),
                            P("Fatima Al-Sayed", "fatima.alsayed@smedjebacken.se", "Smedjebackens kommun")],
               [S1]),
             "two colleagues, writer signs up separately later (not a person); quoted invitation lists all dates"),

        mail("ap060", "2027-02-15T10:40", ("HR Malung-Sälen", "hr@malung-salen.se"),
             "anmälningar dalalab",
             """Hej

Här kommer våra deltagare (namn; e-post):

sven-erik larsson; sven-erik.larsson@malung-salen.se
mona pettersson; mona.pettersson@malung-salen.se
li chen; li.chen@malung-salen.se

Samtliga fyra tillfällen. Mona är laktosintolerant.

Birgitta Olsson
HR-specialist
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
0280-181 00
""",
             X("register", [P("Sven-Erik Larsson", "sven-erik.larsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Mona Pettersson", "mona.pettersson@malung-salen.se", "Malung-Sälens kommun",
                              diet="laktosintolerant"),
                            P("Li Chen", "li.chen@malung-salen.se", "Malung-Sälens kommun")],
               ALL, diet="laktosintolerant"),
             "HR function mailbox; lower-case 'namn; e-post' roster; writer not attending"),

        tg("ap061", "2027-02-22T12:09", "Daniel Kovač", 1048837265,
           "Hi! Daniel from Falu kommun here. Can you sign up me + my colleague Petra Holm for the first session (May 3)? Petra behöver vegetarisk mat btw",
           X("register", [P("Daniel Kovač", None, "Falu kommun"),
                          P("Petra Holm", None, "Falu kommun", diet="vegetarisk")], [S1], diet="vegetarisk"),
           "Telegram, mixed English-Swedish; self plus colleague; colleague's diet"),

        mail("ap062", "2027-03-01T08:47", ("Maja Lindqvist", "maja.lindqvist@hedemora.se"),
             "Anmälan",
             """Hej Linnea,

Jag anmäler mig till DalaLab: 3 maj, 29 nov och 22 feb – den 21 september är jag tyvärr bortrest. Min kollega Ulf Hedin anmäler sig själv separat.

Vänliga hälsningar
Maja Lindqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Hedemora kommun
Besöksadress: Tingshusgatan 1, 776 28 Hedemora
Telefon: 0225-340 00 (växel), 0225-341 72 (direkt)
Mobil: 073-812 90 44

Hedemora – en stad att växa i
""",
             X("register", [P("Maja Lindqvist", "maja.lindqvist@hedemora.se", "Hedemora kommun")], [S1, S3, S4]),
             "one person; colleague who signs up separately is not a person; the excluded date must not count"),

        tg("ap063", "2027-03-10T18:30", "Rasmus Björk", 7301946628,
           "hej vi är tre från rättviks kommun som vill vara med jag rasmus björk ylva sund och kent åström alla träffarna tack",
           X("register", [P("Rasmus Björk", None, "Rättviks kommun"),
                          P("Ylva Sund", None, "Rättviks kommun"),
                          P("Kent Åström", None, "Rättviks kommun")], ALL),
           "Telegram voice dictation, no punctuation or capitals; three names run together"),

        # ------------------------------------------------------------------ changes (7)
        mail("ap064", "2027-02-17T14:12", ("Karolina Eriksson", "karolina.eriksson@borlange.se"),
             "Byte av deltagare DalaLab",
             """Hej!

Jessica Nord, som är anmäld till träffarna 21/9 och 29/11, har slutat hos oss. Marcus Ahl (marcus.ahl@borlange.se) tar hennes plats på båda träffarna.

Tack på förhand!

Karolina Eriksson
HR-partner, Borlänge kommun
0243-740 00
""",
             X("change", [P("Jessica Nord", None, "Borlänge kommun"),
                          P("Marcus Ahl", "marcus.ahl@borlange.se", "Borlänge kommun")], [S2, S3]),
             "HR substitution: both the leaver and the substitute; substitute's sessions"),

        tg("ap065", "2027-03-03T21:15", "Tindra Mohlin", 938475610,
           "hej! vi tre från orsa (jag, frida rask och alvar bengtsson) vill byta 21 september mot 29 november om det går",
           X("change", [P("Tindra Mohlin", None, "Orsa kommun"),
                        P("Frida Rask", None, "Orsa kommun"),
                        P("Alvar Bengtsson", None, "Orsa kommun")], [S3]),
           "Telegram: bare swap for a group of three → only the new session"),

        mail("ap066", "2027-03-05T09:58", ("Göran Åberg", "goran.aberg@ludvika.se"),
             "Re: Bekräftelse DalaLab",
             """Hej,

Karl Nilsson är anmäld till 3 maj. Kan ni lägga till honom på den 22 februari 2028 också? Han ansvarar för vår tillgänglighetsplan så den träffen passar perfekt.

Mvh Göran Åberg, avdelningschef
Ludvika kommun

> Tack för din anmälan till DalaLab!
> Anmäld: Karl Nilsson
> Träffar: 3 maj 2027
> Övriga träffar: 21 september 2027, 29 november 2027, 22 februari 2028
""",
             X("change", [P("Karl Nilsson", None, "Ludvika kommun")], [S1, S4]),
             "manager adds a session for a colleague; sessions after the change; quoted confirmation lists others"),

        mail("ap067", "2027-03-08T11:31", ("Eva Sjödin", "eva.sjodin@rattvik.se"),
             "Kostönskemål – tillägg",
             """Hej igen,

I december anmälde jag Anna Moberg, Björn Falk och Cecilia Dahl. Björn har nu hört av sig och berättat att han är vegan – kan ni notera det till fikat och lunchen? Övriga anmälningar gäller som förut.

Eva Sjödin
Kanslichef, Rättviks kommun
Riksvägen 25, 795 80 Rättvik
""",
             X("change", [P("Björn Falk", None, "Rättviks kommun", diet="vegan")], [], diet="vegan"),
             "diet update for one of three earlier registered; the others 'gäller som förut' are not people"),

        mail("ap068", "2027-03-12T15:44", ("Lars Göransson", "lars.goransson@mora.se"),
             "Ändrad e-post för deltagare",
             """Hej Linnea,

Tobias Wik anmäldes av misstag med sin privata adress (tobbe.wik@gmail.com). Använd istället tobias.wik@mora.se för alla utskick om DalaLab.

Tack!
Lars Göransson
Stadsarkitekt
Mora kommun
""",
             X("change", [P("Tobias Wik", "tobias.wik@mora.se", "Mora kommun")], []),
             "address update for a colleague: the new work address, not the old gmail nor the writer's"),

        mail("ap069", "2027-03-18T10:06", ("Ingela Hult", "ingela.hult@lansstyrelsen.se"),
             "Ersättare DalaLab",
             """<html><body>
<div>Hej Linnea!</div>
<div><br></div>
<div>Erik Nordin har tyvärr fått förhinder under hela projektperioden. Hans kollega <b>Sara Lindahl</b>
(sara.lindahl@lansstyrelsen.se) går i hans ställe på de träffar han var anmäld till, dvs. 21 september och
29 november.</div>
<div><br></div>
<div>Med vänlig hälsning<br>Ingela Hult<br>Enhetschef, Enheten för samhällsplanering<br>
Länsstyrelsen Dalarna<br>010-225 00 00</div>
</body></html>""",
             X("change", [P("Erik Nordin", None, "Länsstyrelsen Dalarna"),
                          P("Sara Lindahl", "sara.lindahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "HTML-only substitution at Länsstyrelsen; substitute's sessions",
             html=True),

        tg("ap070", "2027-03-22T07:48", "Hampus Grön", 2210938475,
           "Kan du flytta mig och Nils från första träffen till den andra? Vi kan inte i maj.",
           X("change", [P("Hampus Grön", None, None), P("Nils", None, None)], [S2]),
           "Telegram: bare swap for two, sessions by ordinal; no organisation known"),

        # ------------------------------------------------------------------ cancellations (5)
        mail("ap071", "2027-03-02T13:20", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "SV: DalaLab anmälan",
             """Hej,

Gunilla Holm kan tyvärr inte delta på någon av träffarna. Pär och Nadia kommer som planerat.

Mvh
Jenny, Registrator
Avesta kommun

-----Ursprungligt meddelande-----
Från: Samhällsbyggnad Avesta <samhallsbyggnad@avesta.se>
Skickat: den 8 januari 2027 08:22
Till: linnea.hassis@regiondalarna.se
Ämne: DalaLab anmälan

Från Avesta kommun anmäls följande till höstens två träffar:

Holm, Gunilla – översiktsplanerare
Åkesson, Pär – planarkitekt
Karlsson, Nadia – GIS-ingenjör
""",
             X("cancel", [P("Gunilla Holm", None, "Avesta kommun")], ALL),
             "one of three withdrawn entirely (no session named → all); the others stay; quoted own signup"),

        mail("ap072", "2027-03-25T16:10", ("Per Hedlund", "per.hedlund@leksand.se"),
             "Avanmälan DalaLab – Leksand",
             """Hej,

På grund av omprioriteringar i verksamheten måste vi tyvärr avanmäla alla tre från Leksand: Elin Strand, Saga Mörk och mig själv. Vi hoppas kunna vara med i ett senare sammanhang.

Per Hedlund
Chef Samhällsutveckling
Leksands kommun
0247-800 00
""",
             X("cancel", [P("Elin Strand", None, "Leksands kommun"),
                          P("Saga Mörk", None, "Leksands kommun"),
                          P("Per Hedlund", "per.hedlund@leksand.se", "Leksands kommun")], ALL),
             "manager cancels the whole group including himself"),

        tg("ap073", "2027-03-29T19:02", "Ronja Lilja", 4401928374,
           "Hej, jag och Ylva kan inte den 29:e nov. Stryk oss från den, resten står kvar!",
           X("cancel", [P("Ronja Lilja", None, None), P("Ylva", None, None)], [S3]),
           "Telegram: two people cancel one session ('den 29:e nov')"),

        mail("ap074", "2027-04-02T09:12", ("Anna Whitfield", "anna.whitfield@lansstyrelsen.se"),
             "DalaLab – one cancellation",
             """Hi Linnea,

Mikael Öberg can no longer make the 29 November session, unfortunately. He will still attend in September. Hanna's registration is unchanged.

Best regards,
Anna Whitfield
International Coordinator, Länsstyrelsen Dalarna
""",
             X("cancel", [P("Mikael Öberg", None, "Länsstyrelsen Dalarna")], [S3]),
             "English: one colleague cancels one session; others unchanged"),

        mail("ap075", "2027-04-06T10:35", ("Personalenheten Säter", "personal@sater.se"),
             "Avanmälan höstens träffar",
             """Hej,

Följande medarbetare ska avanmälas från höstens båda träffar (21/9 och 29/11) p.g.a. ett krockande ledarutvecklingsprogram:

Svensson, Kerstin
Ali, Omar

Deras anmälan till maj och februari ligger kvar.

Med vänlig hälsning
Lena Holmström, personalhandläggare
Säters kommun, Box 85, 783 22 Säter
""",
             X("cancel", [P("Kerstin Svensson", None, "Säters kommun"),
                          P("Omar Ali", None, "Säters kommun")], [S2, S3]),
             "iso-8859-1 HR mailbox; 'Efternamn, Förnamn'; partial cancellation of two sessions",
             charset="iso-8859-1"),

        # ------------------------------------------------------------------ questions (5)
        mail("ap076", "2027-02-24T14:03", ("Ulf Hedin", "ulf.hedin@hedemora.se"),
             "Får vi vara fyra?",
             """Hej!

Vi är redan tre anmälda från Hedemora (Maja, Stina och jag), men vår nya planarkitekt Jonathan Berg vill också gärna gå. Får vi vara fyra? Finns det någon väntelista, eller kan ni göra ett undantag?

Ulf Hedin
Planarkitekt, Hedemora kommun
""",
             X("question"),
             "quota question about a fourth person; names present but nothing to register yet"),

        tg("ap077", "2027-01-30T22:14", "Moa Kling", 819273645,
           "funderar på att anmäla mig och två kollegor från gagnef men vet inte än om alla kan. hur länge är anmälan öppen? och måste vi gå på alla fyra?",
           X("question"),
           "Telegram: 'funderar på att anmäla' looks like a signup but is a question"),

        mail("ap078", "2027-01-25T10:50", ("Planenheten Ludvika", "planenheten@ludvika.se"),
             "Fråga om gruppanmälan",
             """Hej!

Vi är fem på enheten som är intresserade av DalaLab. Räcker det att vi skickar en lista härifrån, eller måste var och en anmäla sig själv? Och gäller taket på tre personer per kommun eller per förvaltning?

Hälsningar
Planenheten, Ludvika kommun
""",
             X("question"),
             "function mailbox asks how to register a group and about the quota"),

        tg("ap079", "2027-02-05T08:27", "Emir Hadžić", 3390127745,
           "Hej, vilka från Borlänge är redan anmälda? Min chef sa att han anmält mig men jag har inte fått någon bekräftelse",
           X("question"),
           "Telegram: asks who is registered from the municipality; no request"),

        mail("ap080", "2027-02-11T16:20", ("Sanjay Mehta", "sanjay.mehta@falun.se"),
             "Language of the sessions?",
             """Hi Linnea,

We're considering registering three of us from the planning department in Falun, but two of my colleagues don't speak much Swedish yet. Will the sessions be held in Swedish only? Is there any material in English?

Best,
Sanjay Mehta
Urban Planner, Falu kommun
""",
             X("question"),
             "English question from a group 'considering registering'"),

        # ------------------------------------------------------------------ automatic mail (4)
        mail("ap081", "2026-12-03T09:15", ("Sjöberg Karin", "karin.sjoberg@ludvika.se"),
             "Automatiskt svar: Bekräftelse: anmälan DalaLab (3 deltagare)",
             """Tack för ditt mejl.

Jag är föräldraledig till och med den 28 februari 2027 och läser inte e-post. Anmälningar och ärenden gällande nämndadministration hanteras under tiden av nämndsekreterare Paula Runesson, paula.runesson@ludvika.se, 0240-862 15.

Karin Sjöberg
Ludvika kommun
""",
             X("auto_reply"),
             "out-of-office reply to a group confirmation; names a stand-in with address"),

        mail("ap082", "2026-12-14T13:40", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse av anmälan – DalaLab",
             """Delivery has failed to these recipients or groups:

hussein.karimi@mora.se
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
hussein.karimi@mora.se
Remote Server returned '550 5.1.1 <hussein.karimi@mora.se>: Recipient address rejected: User unknown'

Original message headers:

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: hussein.karimi@mora.se
Subject: Bekräftelse av anmälan – DalaLab

Hej Hussein! Du är anmäld till DalaLab 3 maj 2027 och 29 november 2027.
""",
             X("auto_reply"),
             "bounce of a confirmation; the quoted original names a person and sessions"),

        mail("ap083", "2027-02-01T06:00", ("Boverket Nyheter", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL Kunskapsbanken – februari 2027",
             """<html><body>
<h2>Nyheter från PBL Kunskapsbanken</h2>
<p><b>Webbinarium: Översiktsplanen som strategiskt verktyg</b><br>
Anmäl dig och dina kollegor till vårt webbinarium den 21 september. Passar alla som arbetar med
planeringsstrategi och utvecklingsinriktning.</p>
<p><b>Ny vägledning om tillgänglighet i planeringen</b><br>
Läs om rumslig närhet och digital tillgänglighet.</p>
<p style="font-size:small">Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyheter.
<a href="https://www.boverket.se/avregistrera">Avregistrera dig</a></p>
</body></html>""",
             X("auto_reply"),
             "HTML newsletter that invites colleagues to a date matching a session",
             html=True),

        mail("ap084", "2027-03-15T12:00", ("planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
             "planerare-dalarna Digest, Vol 4, Issue 7",
             """Send planerare-dalarna mailing list submissions to
	planerare-dalarna@lists.regiondalarna.se

Today's Topics:

   1. DalaLab - vilka går? (Anders Mård)
   2. Re: DalaLab - vilka går? (Åsa Mattsson)

----------------------------------------------------------------------

Message: 1
Date: Fri, 14 Mar 2027 09:12:40 +0100
From: Anders Mård <anders.mard@mora.se>
Subject: DalaLab - vilka går?

Hej alla! Vi har anmält fyra från Mora till första och tredje träffen. Vilka fler kommuner är med?

------------------------------

Message: 2
Date: Fri, 14 Mar 2027 10:03:11 +0100
From: Åsa Mattsson <asa.mattsson@alvdalen.se>
Subject: Re: DalaLab - vilka går?

Jörgen och jag från Älvdalen går på den sista i februari.

------------------------------

End of planerare-dalarna Digest, Vol 4, Issue 7
***********************************************
""",
             X("auto_reply"),
             "mailing-list digest quoting people who say they are registered"),

        # ------------------------------------------------------------------ erasure (2)
        mail("ap085", "2027-02-20T17:25", ("Annika Roos", "annika.roos@vansbro.se"),
             "Radera mina uppgifter",
             """Hej.

Min chef anmälde mig och två kollegor till DalaLab utan att fråga mig först. Jag kommer inte att delta och vill att ni raderar alla mina personuppgifter enligt GDPR (artikel 17). Kollegornas anmälningar får ligga kvar.

/Annika Roos
Vansbro kommun
""",
             X("erasure", [P("Annika Roos", "annika.roos@vansbro.se", "Vansbro kommun")]),
             "erasure of the writer only, registered by her manager in a group"),

        mail("ap086", "2027-03-26T11:11", ("HR Mora", "hr@mora.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Hussein Karimi, som anmäldes till DalaLab av vår planavdelning, har avslutat sin anställning i Mora kommun och redan avanmälts. Han har bett oss framföra att ni ska radera hans personuppgifter (namn och e-post) ur era deltagarlistor.

Med vänlig hälsning
Pia Strömberg
HR-konsult, Mora kommun
Fredsgatan 16, 792 80 Mora
""",
             X("erasure", [P("Hussein Karimi", None, "Mora kommun")]),
             "HR requests erasure on behalf of a former employee; the writer is not the person"),

        # ------------------------------------------------------------------ spam / phishing (2)
        mail("ap087", "2027-03-09T03:14", ("Region Dalarna Event Team", "no-reply@regiondalarna-events.com"),
             "Åtgärd krävs: bekräfta er grupps anmälan inom 24 timmar",
             """Bästa deltagare,

Er organisations gruppanmälan till DalaLab 2027 (3 maj, 21 september, 29 november, 22 februari) kommer att raderas om ni inte verifierar deltagarnas uppgifter inom 24 timmar.

Logga in med ert Microsoft 365-konto för att bekräfta alla deltagare:
https://regiondalarna-events.com/verify?group=DL2027

Region Dalarna Event Team
""",
             X("unknown"),
             "phishing dressed as a group-registration notice from a look-alike domain"),

        tg("ap088", "2027-02-27T11:45", "Event Deals ✨", 6029384751,
           "🎉 GRUPPANMÄLAN 2027! Anmäl 3+ kollegor till konferenser i Dalarna och få 40% rabatt på hotell i Falun 3 maj! Skriv JA + namn på alla deltagare till @konfdeals_bot 💰",
           X("unknown"),
           "Telegram spam mimicking group registration, mentions a session date"),

        # ------------------------------------------------------------------ odd (2)
        mail("ap089", "2027-02-03T09:09", ("Frida Nyberg", "frida.nyberg@orsa.se"),
             "Anmälan Bygglovsforum 2027",
             """Hej Marie!

Här kommer Orsas anmälningar till Bygglovsforum i Stockholm 17–18 mars: Frida Nyberg, Kalle Jansson och Ebba Strid. Alla tre vill ha vegetarisk lunch.

Hälsningar
Frida Nyberg
Bygglovshandläggare, Orsa kommun
""",
             X("unknown"),
             "group signup for another event sent to the wrong address"),

        tg("ap090", "2026-12-20T10:31", "Therese Olofsson", 5578012394,
           "Tack för bekräftelsen för oss alla fyra! Skönt att det löste sig med platserna. Ses i Falun 👋",
           X("unknown"),
           "Telegram thank-you from a group, nothing to act on"),
    ]
