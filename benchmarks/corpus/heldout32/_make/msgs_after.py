from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION_QUOTE = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 13:30
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft.

Träff 1: 3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun. Hållbar utveckling i ett
rumsligt perspektiv och planeringsstrategins roll – med Boverket.
Träff 2: 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
Träff 3: 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
Träff 4: 22 februari 2028. Planera för tillgänglighet.

Upp till tre personer per kommun. Anmälan senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Varmt välkomna!
Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("ai091", "2027-01-14T08:47", ("Helena Sundberg", "helena.sundberg@falun.se"), "SV: Bekräftelse – DalaLab",
             """\
Hej Linnea,

Jag är anmäld till 3 maj och 21 september, men den 21 september krockar med ett
kommunfullmäktigesammanträde. Går det att byta den mot 29 november i stället?
3 maj står kvar som förut.

Vänliga hälsningar
Helena Sundberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Falu kommun
Tel 023-77 81 42 | Mobil 070-312 45 88

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 12 januari 2027 14:02
Till: Helena Sundberg <helena.sundberg@falun.se>
Ämne: Bekräftelse – DalaLab

Hej Helena!
Du är anmäld till följande träffar i DalaLab:
- 3 maj 2027, Falun
- 21 september 2027
Välkommen!
""",
             X("change", [P("Helena Sundberg", "helena.sundberg@falun.se", "Falu kommun")], [S1, S3]),
             "swap with current registration stated in own text: keeps 3 maj, 21/9 -> 29/11; quoted confirmation dates are not the request"),

        tg("ai092", "2027-02-03T21:14", "Erik Sjöberg", 5512903347,
           "hej! kan jag byta 21/9 mot 29/11? /Erik, Ludvika kommun",
           X("change", [P("Erik Sjöberg", None, "Ludvika kommun")], [S3]),
           "bare swap on Telegram, numeric dates: only the new session"),

        mail("ai093", "2027-03-02T10:05", ("Jonas Wikström", "jonas.wikstrom@borlange.se"), "Ersättare 3 maj",
             """\
Hej!

Jag har fått förhinder den 3 maj. Min kollega Anna Berglund på planavdelningen går i
mitt ställe den dagen. Resten av träffarna deltar jag själv som planerat.
Anna äter vegetariskt.

/Jonas

Jonas Wikström
Planeringsstrateg, Borlänge kommun
0243-740 00
""",
             X("change", [P("Jonas Wikström", "jonas.wikstrom@borlange.se", "Borlänge kommun"),
                          P("Anna Berglund", None, "Borlänge kommun", diet="vegetariskt")], [S1], diet="vegetariskt"),
             "substitution for one session; substitute without address gets sender's organisation and her own diet"),

        mail("ai094", "2027-02-18T15:31", ("Maria Holmgren", "maria.holmgren@hedemora.se"),
             "SV: Bekräftelse på din anmälan till DalaLab",
             """\
Hej,

Tyvärr måste jag avanmäla mig från DalaLab. Jag går på föräldraledighet från april och
kommer inte att kunna delta på någon av träffarna.

Tack för ett fint upplägg, hoppas få vara med en annan gång!

Maria Holmgren
Planarkitekt | Hedemora kommun
Tel 0225-345 12
Besök: Stora Torget 1, Hedemora

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 10:20
Till: Maria Holmgren <maria.holmgren@hedemora.se>
Ämne: Bekräftelse på din anmälan till DalaLab

Hej Maria! Du är anmäld till samtliga fyra träffar: 3 maj 2027, 21 september 2027,
29 november 2027 och 22 februari 2028. Specialkost: ingen.
""",
             X("cancel", [P("Maria Holmgren", "maria.holmgren@hedemora.se", "Hedemora kommun")], ALL),
             "full cancellation as Outlook reply to the confirmation; quoted dates listed"),

        mail("ai095", "2027-03-11T07:58", ("Petter Olsson", "petter.olsson@mora.se"), "Avanmälan 22 februari",
             """\
Hej!

Jag kan tyvärr inte komma på träffen den 22 februari 2028, då har vi budgetdagar i
kommunen. Övriga datum står fast.

Hälsningar
Petter Olsson
Mora kommun
""",
             X("cancel", [P("Petter Olsson", "petter.olsson@mora.se", "Mora kommun")], [S4]),
             "partial cancellation of one session; other dates stay"),

        mail("ai096", "2027-01-26T13:12", ("Åsa Lindgren", "asa.lindgren@rattvik.se"), "Ändrad kost – DalaLab",
             """\
Hej Linnea!

Jag är anmäld till alla fyra träffarna. Sedan jag anmälde mig har jag fått veta att
jag inte tål gluten, så kan du ändra min kost till glutenfri?

Tack på förhand!
Åsa Lindgren
Rättviks kommun
Storgatan 1, 795 80 Rättvik
""",
             X("change", [P("Åsa Lindgren", "asa.lindgren@rattvik.se", "Rättviks kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "diet change, current registration (all four) stated; iso-8859-1", charset="iso-8859-1"),

        mail("ai097", "2026-12-04T09:16", ("Fredrik Ahl", "fredrik.ahl@gagnef.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """\
Hej!

Jag anmäler mig härmed till DalaLab.

Mvh
Fredrik Ahl
Samhällsplanerare
Gagnefs kommun
Tel: 0241-515 00
Mobil: 070-288 14 96
Besöksadress: Kyrkbacken 2, Gagnef

""" + INVITATION_QUOTE,
             X("register", [P("Fredrik Ahl", "fredrik.ahl@gagnef.se", "Gagnefs kommun")], ALL),
             "ordinary signup as Outlook reply quoting the invitation; no session named -> all"),

        mail("ai098", "2027-02-22T11:40", ("Sofia Engström", "sofia.engstrom@sater.se"), "Lägga till en träff",
             """\
Hej, kan du lägga till den 22 februari 2028 på min anmälan?

Tack!
Sofia Engström, Säters kommun
""",
             X("change", [P("Sofia Engström", "sofia.engstrom@sater.se", "Säters kommun")], [S4]),
             "adding a session without stating current registration: only the added one"),

        mail("ai099", "2026-12-10T14:05", ("Lars Nyberg", "lars.nyberg@avesta.se"), "Anmälan DalaLab – Avesta kommun",
             """\
Hej!

Här kommer anmälan från Avesta kommun till samtliga träffar:

1. Lars Nyberg (jag själv) – ingen specialkost
2. Elin Forsberg, elin.forsberg@avesta.se – laktosfri
3. Mohammed Haddad, mohammed.haddad@avesta.se – vegetarisk

Mvh Lars

Lars Nyberg
Planchef, Avesta kommun
0226-64 50 00
""",
             X("register", [P("Lars Nyberg", "lars.nyberg@avesta.se", "Avesta kommun"),
                            P("Elin Forsberg", "elin.forsberg@avesta.se", "Avesta kommun", diet="laktosfri"),
                            P("Mohammed Haddad", "mohammed.haddad@avesta.se", "Avesta kommun", diet="vegetarisk")],
               ALL, diet="laktosfri, vegetarisk"),
             "ordinary signup: sender plus two colleagues with addresses, diets per person"),

        mail("ai100", "2027-03-01T08:22", ("Gunilla Mattsson", "gunilla.mattsson@smedjebacken.se"), "VB: DalaLab",
             """\
Hej Linnea,

Se nedan. Oskar slutar hos oss, kan du stryka honom från DalaLab?

Hälsningar
Gunilla Mattsson
Samhällsbyggnadschef, Smedjebackens kommun
0240-660 00

Från: Oskar Lind <oskar.lind@smedjebacken.se>
Skickat: den 28 februari 2027 16:40
Till: Gunilla Mattsson <gunilla.mattsson@smedjebacken.se>
Ämne: DalaLab

Hej Gunilla!
Eftersom jag slutar sista mars kommer jag inte kunna gå på någon av DalaLab-träffarna.
Kan du avanmäla mig?
/Oskar
""",
             X("cancel", [P("Oskar Lind", "oskar.lind@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "manager forwards (VB:) an employee's cancellation; sender not among people; address from quoted header"),

        mail("ai101", "2027-03-15T16:03", ("Tobias Hägg", "tobias.hagg@orsa.se"), "Radera mina uppgifter",
             """\
Hej.

Jag avanmälde mig tidigare från DalaLab. Jag vill nu att ni raderar alla
personuppgifter ni har om mig, enligt GDPR.

Mvh
Tobias Hägg
""",
             X("erasure", [P("Tobias Hägg", "tobias.hagg@orsa.se", "Orsa kommun")]),
             "erasure request after an earlier cancellation"),

        tg("ai102", "2026-12-14T19:27", "Camilla Ström", 6120448815,
           "Hej! Jag vill anmäla mig till alla träffar i DalaLab. Camilla Ström, Malung-Sälens kommun",
           X("register", [P("Camilla Ström", None, "Malung-Sälens kommun")], ALL),
           "ordinary Telegram signup, all sessions"),

        mail("ai103", "2026-12-22T10:01", ("Ingrid Blom", "ingrid.blom@leksand.se"), "Autosvar: Bekräftelse – DalaLab",
             """\
Tack för ditt mejl.

Jag är på semester till och med 6 januari 2027 och läser inte min e-post under
tiden. Vid brådskande ärenden, kontakta kommunens växel 0247-800 00.

Ingrid Blom
Leksands kommun
""",
             X("auto_reply"),
             "out-of-office reply to the confirmation"),

        mail("ai104", "2027-02-09T17:45", ("David Clarke", "david.clarke@lansstyrelsen.se"),
             "Re: DalaLab registration confirmation",
             """\
Hi Linnea,

I registered for all four DalaLab sessions, but my secondment at the County
Administrative Board ends in the autumn. Could you please change my registration to
only the May and September sessions?

Best regards,
David Clarke
Länsstyrelsen Dalarna
+46 10-225 00 00
""",
             X("change", [P("David Clarke", "david.clarke@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "English change stating the sessions after the change"),

        mail("ai105", "2027-01-08T09:33", ("Nils Ekström", "nils.ekstrom@vansbro.se"), "Är jag anmäld?",
             """\
Hej!

Jag skickade en anmälan till DalaLab i december men har inte fått någon bekräftelse.
Kan du kolla att jag finns med?

/Nils Ekström, Vansbro kommun
""",
             X("question"),
             "follow-up question about a missing confirmation"),

        mail("ai106", "2026-12-17T12:50", ("Emma Dahl", "emma.dahl@falun.se"), "Anmälan DalaLab",
             """\
<html><body>
<p>Hej!</p>
<p>Jag vill anmäla mig till <b>träff 1 (3 maj)</b> och <b>träff 3 (29 november)</b>.</p>
<p>Kost: vegansk</p>
<p>Med vänlig hälsning<br>
Emma Dahl<br>
Planeringsarkitekt<br>
Falu kommun<br>
Tel 023-830 00</p>
</body></html>
""",
             X("register", [P("Emma Dahl", "emma.dahl@falun.se", "Falu kommun", diet="vegansk")], [S1, S3],
               diet="vegansk"),
             "HTML-only signup for two sessions with diet", html=True),

        mail("ai107", "2027-01-19T10:12", ("Anders Bergman", "anders.bergman@mora.se"), "SV: Bekräftelse – DalaLab",
             """\
Tack för bekräftelsen!

Min kollega Per Holm vill också vara med på alla fyra träffarna, hans adress är
per.holm@mora.se.

/Anders

> Hej Anders!
> Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och
> 22 februari 2028.
> Hälsningar, Linnea
""",
             X("register", [P("Per Holm", "per.holm@mora.se", "Mora kommun")], ALL),
             "reply to confirmation registering a colleague; sender already registered, not among people"),

        mail("ai108", "2027-03-23T14:18", ("Karolina Vik", "karolina.vik@alvdalen.se"), "Byte av deltagare DalaLab",
             """\
Hej Linnea!

Jag har fått en ny tjänst och slutar på Älvdalens kommun i april. Min efterträdare
Magnus Öberg (magnus.oberg@alvdalen.se) tar över min plats i DalaLab på samtliga
träffar.

Vänliga hälsningar
Karolina Vik
""",
             X("change", [P("Karolina Vik", "karolina.vik@alvdalen.se", "Älvdalens kommun"),
                          P("Magnus Öberg", "magnus.oberg@alvdalen.se", "Älvdalens kommun")], ALL),
             "full substitution by a successor, all sessions"),

        mail("ai109", "2027-02-14T09:05", ("Britt Larsson", "britt.larsson@ludvika.se"), "Angående DalaLab 3 maj",
             """\
Hej,

Jag skriver å Mats Lunds vägnar. Han kan tyvärr inte delta den 3 maj 2027 på grund av
en annan konferens. Han kommer på de övriga träffarna som planerat.

Med vänlig hälsning
Britt Larsson
Administratör, Samhällsbyggnad
Ludvika kommun
0240-860 00
""",
             X("cancel", [P("Mats Lund", None, "Ludvika kommun")], [S1]),
             "secretary cancels one session for her boss; sender not among people"),

        mail("ai110", "2027-02-25T15:47", ("Linda Karlsson", "linda.karlsson@borlange.se"), "Ändring av kost",
             """\
<div style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Johanna Persson på vår enhet är anmäld till DalaLab den 3 maj och den 29 november.
Kan ni ändra hennes kost från vegetarisk till vegan?</p>
<p>Tack!<br>Linda Karlsson<br>Borlänge kommun</p>
</div>
""",
             X("change", [P("Johanna Persson", None, "Borlänge kommun", diet="vegan")], [S1, S3], diet="vegan"),
             "HTML diet change for a colleague, her sessions stated; the new diet is the one that counts", html=True),

        tg("ai111", "2027-03-29T22:08", "Sara Nilsson", 5873310294,
           "Hej, jag måste tyvärr avanmäla mig från dalalab helt. Sara, Orsa kommun",
           X("cancel", [P("Sara Nilsson", None, "Orsa kommun")], ALL),
           "Telegram full cancellation"),

        mail("ai112", "2027-01-05T11:24", ("Liam O'Connor", "liam.oconnor@regiondalarna.se"), "DalaLab sign-up",
             """\
Hello,

I'd like to sign up for the DalaLab sessions on 21 September and 29 November 2027.
I'm vegetarian.

Thanks,
Liam O'Connor
Regional development, Region Dalarna
""",
             X("register", [P("Liam O'Connor", "liam.oconnor@regiondalarna.se", "Region Dalarna",
                              diet="vegetarian")], [S2, S3], diet="vegetarian"),
             "English signup for two sessions with diet"),

        mail("ai113", "2027-04-02T08:39", ("Göran Eriksson", "goran.eriksson@hedemora.se"), "Anmälan igen",
             """\
Hej Linnea!

Jag avanmälde mig från DalaLab i januari, men nu har det löst sig så att jag kan komma
på första träffen den 3 maj ändå. Kan du anmäla mig till den igen?

Hälsningar
Göran Eriksson
Hedemora kommun
""",
             X("register", [P("Göran Eriksson", "goran.eriksson@hedemora.se", "Hedemora kommun")], [S1]),
             "re-registration for one session after an earlier cancellation; iso-8859-1", charset="iso-8859-1"),

        mail("ai114", "2027-01-27T13:02", ("Ulrika Sandberg", "ulrika.sandberg@gagnef.se"),
             "SV: DalaLab – anmälda från Gagnef",
             """\
Hej!

En ändring: Olle Strand kan inte 21/9, han vill byta till 29/11 istället.

Mvh Ulrika

Ulrika Sandberg
Enhetschef Plan
Gagnefs kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 20 januari 2027 09:15
Till: Ulrika Sandberg <ulrika.sandberg@gagnef.se>
Ämne: DalaLab – anmälda från Gagnef

Hej Ulrika! Från Gagnefs kommun är Fredrik Ahl, Olle Strand och du anmälda till DalaLab.
""",
             X("change", [P("Olle Strand", None, "Gagnefs kommun")], [S3]),
             "manager swaps a session for a colleague (bare swap -> new one only); quoted list of names is not the request"),

        mail("ai115", "2027-03-08T10:44", ("Rebecka Falk", "rebecka.falk@leksand.se"), "Ersättare 29 november",
             """\
Hej!

Jag kan inte delta den 29 november. Min kollega Hanna Ek (hanna.ek@leksand.se) går
istället den dagen. På övriga träffar kommer jag själv. Hanna är glutenfri.

/Rebecka Falk, Leksands kommun
""",
             X("change", [P("Rebecka Falk", "rebecka.falk@leksand.se", "Leksands kommun"),
                          P("Hanna Ek", "hanna.ek@leksand.se", "Leksands kommun", diet="glutenfri")], [S3],
               diet="glutenfri"),
             "partial substitution with address and diet for the substitute"),

        mail("ai116", "2027-02-01T14:27", ("Jenny Åberg", "jenny.aberg@hedemora.se"), "Ändring i anmälan från Hedemora",
             """\
Hej!

Vi är tre anmälda från Hedemora kommun. Karl Berggren och Lena Ahl har tyvärr fått
förhinder och kan inte delta i DalaLab alls, så stryk dem. Jag är kvar som anmäld.

Mvh
Jenny Åberg
Hedemora kommun
""",
             X("cancel", [P("Karl Berggren", None, "Hedemora kommun"), P("Lena Ahl", None, "Hedemora kommun")], ALL),
             "two colleagues withdrawn without substitute under 'Ändring' subject -> cancel; sender stays registered"),

        tg("ai117", "2026-12-19T18:42", "Tomas Berg", 7034418120,
           "Hej, om jag anmäler mig till alla träffar nu, kan jag skicka en kollega i mitt ställe senare om jag inte kan?",
           X("question"),
           "Telegram question about later substitution"),

        mail("ai118", "2026-12-08T08:55", ("Monica Hedlund", "monica.hedlund@sater.se"), "Anmälan till DalaLab",
             """\
Hej!

Jag vill anmäla vår samhällsbyggnadschef Henrik Sjödin, henrik.sjodin@sater.se, till
DalaLab, samtliga träffar. Han har nötallergi.

Vänliga hälsningar
Monica Hedlund
Assistent
Säters kommun
0225-550 00
""",
             X("register", [P("Henrik Sjödin", "henrik.sjodin@sater.se", "Säters kommun", diet="nötallergi")], ALL,
               diet="nötallergi"),
             "secretary registers her boss with address and diet; sender not among people"),

        mail("ai119", "2027-01-20T03:17", ("Event Registry Services", "billing@eventregistry-eu.com"),
             "Invoice: DalaLab participant listing 2027",
             """\
Dear participant,

Your registration for "DalaLab – Planering för hållbarhet och utvecklingskraft" has been
entered in the European Event Registry. To keep your listing active, please pay the
annual listing fee of EUR 1 190 within 7 days to the account below.

IBAN: LT12 3456 7890 1234 5678
Reference: DL-2027-5583

Failure to pay will result in collection proceedings.

European Event Registry Services Ltd
""",
             X("unknown"),
             "listing/invoice scam referring to the event"),

        mail("ai120", "2027-03-18T11:09", ("Eva Nordin", "eva.nordin@ludvika.se"), "Begäran om radering",
             """\
Hej,

Vår tidigare medarbetare Johan Åkesson var anmäld till DalaLab men har avslutat sin
anställning hos Ludvika kommun. Han har bett oss meddela att han vill att ni raderar
hans personuppgifter.

Med vänlig hälsning
Eva Nordin
HR-specialist, Ludvika kommun
""",
             X("erasure", [P("Johan Åkesson", None, "Ludvika kommun")]),
             "HR asks erasure for a former employee; people = the person to erase, not the sender"),

        mail("ai121", "2027-02-11T09:51", ("Patrik Lundqvist", "patrik.lundqvist@orsa.se"), "Lägga till höstens träff",
             """\
Hej!

Jag är anmäld till 3 maj. Jag vill gärna vara med på höstens träff också om det går.

/Patrik, Orsa kommun
""",
             X("change", [P("Patrik Lundqvist", "patrik.lundqvist@orsa.se", "Orsa kommun")], [S1, S2, S3],
               unsure=["sessions"]),
             "adding 'höstens träff' (singular, two autumn sessions) to a stated registration: both candidates, unsure"),

        mail("ai122", "2027-03-04T16:20", ("Cecilia Roos", "cecilia.roos@malung-salen.se"), "Fråga om frånvaro",
             """\
Hej!

Jag är anmäld till alla fyra träffarna, men det ser ut som att vi kan få en krock med
ett samråd i november. Om jag inte kan komma den 29 november, går det bra att bara
utebli eller ska jag meddela i förväg? Och får man ta del av materialet i efterhand?

Jag återkommer när jag vet mer.

/Cecilia Roos
Malung-Sälens kommun
""",
             X("question"),
             "hesitation and questions, no cancellation yet"),

        tg("ai123", "2027-03-16T07:34", "Mikael Andersson", 6650192237,
           "Byt min 3 maj mot 22 feb tack. Och jag är glutenfri nu. Mikael A, Avesta",
           X("change", [P("Mikael Andersson", None, "Avesta kommun", diet="glutenfri")], [S4], diet="glutenfri"),
           "Telegram bare swap plus diet update"),

        mail("ai124", "2027-01-12T14:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse – DalaLab",
             """\
Delivery has failed to these recipients or groups:

stefan.nystrom@falun.se
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message.

Diagnostic information for administrators:
Generating server: mx1.regiondalarna.se
Remote server returned '550 5.1.1 User unknown'

Original message headers:
Subject: Bekräftelse – DalaLab
Date: Tue, 12 Jan 2027 14:02:51 +0100
""",
             X("auto_reply"),
             "bounce of the confirmation"),

        mail("ai125", "2027-01-16T10:30", ("Lina Hedberg", "lina.hedberg@borlange.se"), "Fwd: Bekräftelse – DalaLab",
             """\
Hej Linnea,

Viktor skickade vidare sin bekräftelse till mig. Jag vill också anmäla mig, till samma
träffar som han: 21 september och 29 november.

Mvh Lina Hedberg
Borlänge kommun

---------- Forwarded message ---------
Från: Viktor Ros <viktor.ros@borlange.se>
Date: fre 15 jan. 2027 11:02
Subject: Fwd: Bekräftelse – DalaLab
To: Lina Hedberg <lina.hedberg@borlange.se>

Kolla, du kanske också vill gå?

---------- Forwarded message ---------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Subject: Bekräftelse – DalaLab

Hej Viktor! Du är anmäld till DalaLab den 21 september 2027 och den 29 november 2027.
""",
             X("register", [P("Lina Hedberg", "lina.hedberg@borlange.se", "Borlänge kommun")], [S2, S3]),
             "signup in a forwarded confirmation chain; the colleague in the chain is not among people"),

        mail("ai126", "2027-04-06T13:15", ("Stina Malm", "stina.malm@rattvik.se"), "Avanmälan 21 september",
             """\
Hej Linnea!

Jag måste tyvärr avanmäla mig från träffen den 21 september. Kommer presentationerna
från den dagen att skickas ut efteråt?

Hälsningar
Stina Malm
Rättviks kommun
0248-700 00
""",
             X("cancel", [P("Stina Malm", "stina.malm@rattvik.se", "Rättviks kommun")], [S2]),
             "partial cancellation with a follow-up question"),

        mail("ai127", "2026-12-15T09:10", ("Kommunledningskontoret Vansbro", "registrator@vansbro.se"),
             "Anmälan till DalaLab",
             """\
Anmälan till DalaLab från Vansbro kommun, alla träffar:

Bäck, Annika – annika.back@vansbro.se
Johansson, Robert – robert.johansson@vansbro.se

Med vänlig hälsning
Kommunledningskontoret
Vansbro kommun
""",
             X("register", [P("Annika Bäck", "annika.back@vansbro.se", "Vansbro kommun"),
                            P("Robert Johansson", "robert.johansson@vansbro.se", "Vansbro kommun")], ALL),
             "function mailbox registers two people written 'Efternamn, Förnamn'"),

        mail("ai128", "2027-02-10T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev PBL: Ny vägledning om översiktsplanering",
             """\
Boverkets nyhetsbrev om plan- och bygglagen – februari 2027

* Ny vägledning: översiktsplanens utvecklingsinriktning
* Webbinarium 18 mars: planeringsstrategier i praktiken
* Uppdaterad PBL Kunskapsbanken

Läs mer på boverket.se.

Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyheter.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
""",
             X("unknown"),
             "newsletter on a related topic, not about the event"),

        tg("ai129", "2027-01-30T12:11", "Gustav Ek", 5209918364,
           "Anmäl mig till 3 maj och 22 feb. Gustav Ek, Säters kommun. Laktosfri kost tack",
           X("register", [P("Gustav Ek", None, "Säters kommun", diet="laktosfri")], [S1, S4], diet="laktosfri"),
           "Telegram signup for two sessions with diet"),

        mail("ai130", "2027-02-16T10:58", ("Lisa Wahlberg", "lisa.wahlberg@rattvik.se"),
             "Anmälan DalaLab – en till från Rättvik",
             """\
Hej!

Åsa Lindgren och Stina Malm är redan anmälda från oss. Nu vill även jag anmäla mig,
till alla träffar.

/Lisa Wahlberg, planarkitekt, Rättviks kommun
""",
             X("register", [P("Lisa Wahlberg", "lisa.wahlberg@rattvik.se", "Rättviks kommun")], ALL),
             "third person from a municipality; already-registered colleagues are not among people"),

        mail("ai131", "2027-03-10T09:26", ("Kristina Ågren", "kristina.agren@avesta.se"), "Byte av deltagare",
             """\
Hej,

Per Ahlin kan inte längre delta i DalaLab. I hans ställe kommer Eva Borg,
eva.borg@avesta.se, på samtliga träffar.

Vänliga hälsningar
Kristina Ågren
Nämndsekreterare
Avesta kommun
""",
             X("change", [P("Per Ahlin", None, "Avesta kommun"), P("Eva Borg", "eva.borg@avesta.se", "Avesta kommun")],
               ALL),
             "secretary substitutes one colleague for another, all sessions; sender not among people"),

        mail("ai132", "2027-02-08T10:47", ("Roger Holm", "roger.holm@falun.se"), "Läst: Bekräftelse – DalaLab",
             """\
Ditt meddelande

  Till: Roger Holm
  Ämne: Bekräftelse – DalaLab
  Skickat: den 8 februari 2027 10:12

lästes den 8 februari 2027 10:47.
""",
             X("auto_reply"),
             "read receipt for the confirmation"),

        mail("ai133", "2027-03-31T15:02", ("Tove Grahn", "tove.grahn@smedjebacken.se"),
             "Återkallande av anmälningar DalaLab",
             """\
Hej,

På grund av ett omfattande omorganisationsarbete drar Smedjebackens kommun tillbaka
samtliga anmälningar till DalaLab: Jesper Holm, Maja Lindberg och jag själv.

Vi hoppas kunna delta i en senare omgång.

Tove Grahn
Kommundirektör
Smedjebackens kommun
Kyrkogatan 13, 777 30 Smedjebacken
""",
             X("cancel", [P("Jesper Holm", None, "Smedjebackens kommun"),
                          P("Maja Lindberg", None, "Smedjebackens kommun"),
                          P("Tove Grahn", "tove.grahn@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "municipality withdraws all its registrations including the sender"),

        tg("ai134", "2027-01-23T20:16", "Hanna Lind", 5938270016,
           "Hej, är jag anmäld till alla fyra träffarna eller bara den i maj? Minns inte vad jag skrev /Hanna Lind, Falun",
           X("question"),
           "Telegram question about own registration"),

        tg("ai135", "2027-04-08T09:03", "Jakob Mäkinen", 7401183526,
           "Hi, I cancelled my DalaLab registration last week. Please delete all my personal data from your records. "
           "Jakob Mäkinen, Region Dalarna",
           X("erasure", [P("Jakob Mäkinen", None, "Region Dalarna")]),
           "English erasure request on Telegram after a cancellation"),
    ]
