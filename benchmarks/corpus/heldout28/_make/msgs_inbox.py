from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:58
Till: Planerare Dalarna
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej alla planerare i Dalarna!

Region Dalarna bjuder nu in till lärprojektet DalaLab, fyra träffar om
strategisk översiktsplanering och planeringsstrategier:

  * 3 maj 2027, kl 10–15 i Falun (fika från 09.30), tillsammans med Boverket
  * 21 september 2027 – utvecklingsinriktning i ÖP-modellen
  * 29 november 2027 – önskvärda framtider och osäkerheter
  * 22 februari 2028 – tillgänglighet och närhet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast
14 april 2027 till mig. Skriv gärna om du har önskemål om kost.

Hälsningar
Linnea Hassis
Region Dalarna"""

REMINDER = """-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 mars 2027 08:30
Ämne: Påminnelse: sista dag för anmälan till DalaLab är 14 april

Hej!
En påminnelse om att anmälan till DalaLab stänger 14 april. Träffarna är
3/5 2027 i Falun, 21/9 2027, 29/11 2027 och 22/2 2028. Har du redan anmält
dig behöver du inte göra något.

/Linnea"""


def messages():
    return [
        mail("ae001", "2026-12-02T08:47", ("Birgitta Nordlund", "birgitta.nordlund@hedemora.se"),
             "Anmälan lärprojekt planeringsstrategi",
             """Hej Linnea,

Tack för inbjudan, det här ligger helt rätt i tiden för oss. Jag anmäler mig
härmed till DalaLab.

Med vänlig hälsning

Birgitta Nordlund
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Besöksadress: Tingshusgatan 7, 776 31 Hedemora
Växel: 0225-340 00 | Direkt: 0225-341 27 | Mobil: 070-318 44 02
www.hedemora.se

______________________________________________________________________
KONFIDENTIALITET OCH PERSONUPPGIFTER
Detta e-postmeddelande och eventuella bilagor är avsedda endast för
adressaten. Om du har fått meddelandet av misstag ber vi dig meddela
avsändaren och radera det. E-post till Hedemora kommun kan komma att bli
allmän handling enligt tryckfrihetsförordningen 2 kap. och diarieföras
enligt offentlighets- och sekretesslagen (2009:400). När du skickar e-post
till oss behandlar vi dina personuppgifter i enlighet med
dataskyddsförordningen (EU) 2016/679. Läs mer på www.hedemora.se/dataskydd.
______________________________________________________________________""",
             X("register", [P("Birgitta Nordlund", "birgitta.nordlund@hedemora.se", "Hedemora kommun")], ALL),
             "bare signup under a long GDPR/confidentiality disclaimer full of law numbers; no session named = all four"),

        mail("ae002", "2026-12-03T13:20", ("Lindström, Jesper", "jesper.lindstrom@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag vill gärna vara med på de två första träffarna, alltså i maj och i
september. De två övriga får jag återkomma om när vi vet hur
verksamhetsplanen för 2028 ser ut.

/Jesper

Jesper Lindström
Planarkitekt, Borlänge kommun
0243-740 00

""" + INVITATION,
             X("register", [P("Jesper Lindström", "jesper.lindstrom@borlange.se", "Borlänge kommun")], [S1, S2]),
             "Outlook reply, surname-first display name; 'de två första träffarna' = 3 May + 21 Sep; quoted invitation lists all four; the other two deferred, not booked"),

        mail("ae003", "2026-12-07T10:05", ("Anneli Gustafsson", "anneli.gustafsson@mora.se"),
             "Anmälan DalaLab - två deltagare från Mora",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Från Mora kommun anmäler jag följande två medarbetare till DalaLab. Båda deltar på samtliga träffar.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Befattning</th><th>Kost</th></tr>
<tr><td>Rickard Holm</td><td><a href="mailto:rickard.holm@mora.se">rickard.holm@mora.se</a></td><td>Planeringsarkitekt</td><td>&nbsp;</td></tr>
<tr><td>Sanna Eriksson</td><td><a href="mailto:sanna.eriksson@mora.se">sanna.eriksson@mora.se</a></td><td>Strategisk samh&auml;llsplanerare</td><td>Vegetarisk</td></tr>
</table>
<p>Själv har jag tyvärr inte möjlighet att delta, men jag följer gärna upp via dem.</p>
<p>Vänliga hälsningar<br>
<b>Anneli Gustafsson</b><br>
Planeringschef | Mora kommun<br>
Tel 0250-260 00 | Fredsgatan 16, 792 80 Mora</p>
</body></html>""",
             X("register", [P("Rickard Holm", "rickard.holm@mora.se", "Mora kommun"),
                            P("Sanna Eriksson", "sanna.eriksson@mora.se", "Mora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML-only mail with a table of two colleagues; manager sender not attending; 'samtliga träffar'; diet in a table cell for one of them", html=True),

        mail("ae004", "2026-12-09T15:31", ("Göran Lundh", "goran.lundh@avesta.se"),
             "Anmälan till DalaLab",
             """Hej,

Jag anmäler mig till vårträffen i Falun samt till den sista träffen i
februari 2028. Höstens två träffar ligger mitt i vår samrådsperiod så dem
avstår jag från.

Hälsningar
Göran Lundh
Samhällsbyggnadskontoret
Avesta kommun
Box 501, 774 81 Avesta
Tfn 0226-64 50 00, mobil 072-554 10 93""",
             X("register", [P("Göran Lundh", "goran.lundh@avesta.se", "Avesta kommun")], [S1, S4]),
             "iso-8859-1; sessions by description: 'vårträffen i Falun' = 3 May, 'sista träffen i februari 2028' = 22 Feb; autumn ones explicitly declined",
             charset="iso-8859-1"),

        tg("ae005", "2026-12-10T21:14", "Lena Persson", 6031178452,
           "hej! vill anmäla mig till 21/9 och 29/11 🙂 jag äter vegetariskt. lena persson, orsa kommun",
           X("register", [P("Lena Persson", None, "Orsa kommun", diet="vegetariskt")], [S2, S3], diet="vegetariskt"),
           "lower-case Telegram signup, two sessions as d/m, diet written 'vegetariskt', organisation from text"),

        mail("ae006", "2026-12-14T11:02", ("Fiona MacLeod", "fiona.macleod@lansstyrelsen.se"),
             "Registration - DalaLab learning project",
             """Dear Linnea,

I would like to register for the DalaLab learning project - all four
sessions, if possible. I understand most Swedish but might ask my
questions in English, I hope that's all right.

One practical thing: I have coeliac disease, so I need gluten-free food
for both fika and lunch.

Kind regards,
Fiona MacLeod
Regional Planning Analyst
County Administrative Board of Dalarna (Länsstyrelsen Dalarna)
+46 10 225 00 00 | Åsgatan 38, 791 84 Falun""",
             X("register", [P("Fiona MacLeod", "fiona.macleod@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="gluten-free")],
               ALL, diet="gluten-free"),
             "English signup from Länsstyrelsen; 'all four sessions'; diet 'gluten-free'; Falun street address is not the organisation"),

        mail("ae007", "2026-12-16T09:40", ("Mikael Sandström", "mikael.sandstrom@ludvika.se"),
             "DalaLab - anmälan Ludvika kommun (3 pers)",
             """Hej Linnea!

Vi blir tre från Ludvika som vill vara med under hela lärprojektet:

Sandström, Mikael - mikael.sandstrom@ludvika.se (undertecknad)
Öberg, Frida - frida.oberg@ludvika.se
Nilsson Rask, Tove - tove.nilssonrask@ludvika.se

Ingen av oss har några särskilda kostönskemål.

Mvh
Mikael Sandström
Enhetschef Plan
Ludvika kommun, 771 82 Ludvika
0240-860 00""",
             X("register", [P("Mikael Sandström", "mikael.sandstrom@ludvika.se", "Ludvika kommun"),
                            P("Frida Öberg", "frida.oberg@ludvika.se", "Ludvika kommun"),
                            P("Tove Nilsson Rask", "tove.nilssonrask@ludvika.se", "Ludvika kommun")], ALL),
             "'Efternamn, Förnamn' list incl. the sender and a double surname; 'hela lärprojektet' = all four; 'inga kostönskemål' is no diet"),

        mail("ae008", "2026-12-18T14:22", ("Ewa Tornberg", "ewa.tornberg@falun.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl!

Jag är ledig från och med 18 december till och med 6 januari och läser
inte min e-post under den tiden. Ditt meddelande kommer inte att
vidarebefordras.

Vid brådskande ärenden om detaljplaner, kontakta Samhällsbyggnads-
förvaltningens reception, tel 023-830 00.

Med vänlig hälsning
Ewa Tornberg
Falu kommun""",
             X("auto_reply"),
             "Outlook out-of-office reply to the invitation; leave dates and phone numbers, no signup"),

        mail("ae009", "2027-01-08T08:15", ("Ylva Hammar", "ylva.hammar72@gmail.com"),
             "anmälan dalalab",
             """Hej!

Skriver från privata adressen eftersom jobbmejlen strular efter
uppgraderingen. Jag vill anmäla mig till DalaLab, alla träffar utom de
två på hösten 2027 (då är jag föräldraledig).

Ylva Hammar
Planarkitekt, Säters kommun

Skickat från min iPhone""",
             X("register", [P("Ylva Hammar", "ylva.hammar72@gmail.com", "Säters kommun")], [S1, S4]),
             "private gmail address, organisation from the signature; 'alla träffar utom de två på hösten' = 3 May + 22 Feb"),

        tg("ae010", "2027-01-11T12:30", "Tom Eriksen", 5190427736,
           "Hi! Tom Eriksen here, Region Dalarna (public transport planning). Could you put me down for the first session in May? Thanks!",
           X("register", [P("Tom Eriksen", None, "Region Dalarna")], [S1]),
           "English Telegram signup, 'first session in May' = 3 May, organisation from text"),

        mail("ae011", "2027-01-13T10:50", ("Karl-Erik Strand", "karl-erik.strand@smedjebacken.se"),
             "Anmälan",
             """Anmälan till DalaLab:
Namn: Karl-Erik Strand
Kommun: Smedjebacken
Deltar: 3/5 och 21/9
Kost: laktosfri

//KE

--
Karl-Erik Strand | Miljö- och byggförvaltningen | Smedjebackens kommun
Västra Kyrkogatan 1, 777 81 Smedjebacken | 0240-66 00 00

Smedjebackens kommun behandlar personuppgifter i enlighet med
dataskyddsförordningen (EU) 2016/679. Inkommande e-post registreras och
kan komma att bevaras i upp till 2 år eller enligt gällande
dokumenthanteringsplan (KS 2021/45). Kommunens kundtjänst har öppet
vardagar 08.00-16.30. Tänk på miljön innan du skriver ut detta mejl.""",
             X("register", [P("Karl-Erik Strand", "karl-erik.strand@smedjebacken.se", "Smedjebackens kommun", diet="laktosfri")],
               [S1, S2], diet="laktosfri"),
             "form-like terse signup; '3/5 och 21/9'; disclaimer with '2016/679', '2 år', 'KS 2021/45', opening hours"),

        mail("ae012", "2027-01-15T13:05", ("Helena Ström", "helena.strom@gagnef.se"),
             "Vi vill delta i DalaLab",
             """Hej Linnea,

Jag och min kollega Pontus Mörk på planenheten vill båda vara med på hela
serien av träffar. Pontus saknar än så länge kommunadress (han är
nyanställd) så skicka gärna allt till mig så vidarebefordrar jag.

Pontus är laktosintolerant, jag äter allt.

Hälsningar
Helena Ström
Gagnefs kommun
0241-150 00""",
             X("register", [P("Helena Ström", "helena.strom@gagnef.se", "Gagnefs kommun"),
                            P("Pontus Mörk", None, "Gagnefs kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "sender + colleague without address; 'hela serien' = all four; diet belongs to the colleague only"),

        mail("ae013", "2027-01-19T16:40", ("Marie-Louise Dahlgren", "marie-louise.dahlgren@leksand.se"),
             "Anmälan DalaLab",
             """<html><body>
<div style="font-family:Arial;font-size:10pt">
<p>Hej!</p>
<p>Jag anm&auml;ler mig till tr&auml;ff 1, 3 och 4. Den 21 september kolliderar med kommunfullm&auml;ktige s&aring; den hoppar jag &ouml;ver.</p>
<p>H&auml;lsningar<br>Marie-Louise Dahlgren<br>Översiktsplanerare, Leksands kommun<br>Tel 0247-800 00</p>
</div>
</body></html>""",
             X("register", [P("Marie-Louise Dahlgren", "marie-louise.dahlgren@leksand.se", "Leksands kommun")], [S1, S3, S4]),
             "HTML-only iso-8859-1 with entities; sessions by number 'träff 1, 3 och 4'; '21 september' named only as skipped",
             html=True, charset="iso-8859-1"),

        tg("ae014", "2027-01-22T19:05", "Johan Olsson", 1288345901,
           "Hej. Jag och kollegan Malin Sjödin vill komma på alla fyra träffarna. Vi jobbar båda på plan o bygg i Vansbro kommun",
           X("register", [P("Johan Olsson", None, "Vansbro kommun"), P("Malin Sjödin", None, "Vansbro kommun")], ALL),
           "Telegram: sender + named colleague, 'alla fyra', organisation from text"),

        mail("ae015", "2027-01-26T09:12", ("Petter Åhlin", "petter.ahlin@borlange.se"),
             "Fråga om antal deltagare",
             """Hej,

En fråga innan vi bestämmer oss: gäller gränsen på tre personer per kommun
även de kommunala bolagen? Tunabyggen har en person som är intresserad av
träffen 3 maj, och vi är redan tre från förvaltningen som tänkt anmäla oss.

Tacksam för svar.
Petter Åhlin
Borlänge kommun""",
             X("question"),
             "quota question that names 3 May and an intended signup; nothing booked"),

        mail("ae016", "2027-02-01T10:30", ("Ingela Svärd", "ingela.svard@rattvik.se"),
             "Anmälan för Lars-Göran Hedin",
             """Hej!

Jag skriver på uppdrag av vår samhällsbyggnadschef Lars-Göran Hedin
(lars-goran.hedin@rattvik.se) som vill anmäla sig till träffen den
22 februari 2028. Övriga datum har han tyvärr inte möjlighet.

Han behöver glutenfri kost.

Vänliga hälsningar
Ingela Svärd
Ledningsstöd, Rättviks kommun
0248-70 000""",
             X("register", [P("Lars-Göran Hedin", "lars-goran.hedin@rattvik.se", "Rättviks kommun", diet="glutenfri")],
               [S4], diet="glutenfri"),
             "assistant registers her manager (sender not attending); address in text; single session 22 Feb 2028; diet for him"),

        mail("ae017", "2027-02-03T14:48", ("Sofie Lagerqvist", "sofie@lagerqvistplan.se"),
             "Anmälan DalaLab (konsult)",
             """Hej Linnea,

Jag arbetar som konsult åt Vansbro och Malung-Sälen i deras ÖP-arbete och
skulle gärna delta på träffarna i september och november.

Med vänlig hälsning
Sofie Lagerqvist
Lagerqvist Plan & Miljö AB
Org.nr 559123-4567
070-612 88 40""",
             X("register", [P("Sofie Lagerqvist", "sofie@lagerqvistplan.se", None)], [S2, S3]),
             "private consultant: organisation null though two municipalities are named; 'september och november'; org.nr digits"),

        mail("ae018", "2027-02-05T07:58", ("Erik Rosén", "erik.rosen@falun.se"),
             "Kost",
             """Hej Linnea! Glömde skriva i min anmälan att jag är glutenfri. Jag är anmäld till alla fyra träffarna.
Mvh Erik Rosén, Falu kommun

Skickat från Outlook för Android""",
             X("change", [P("Erik Rosén", "erik.rosen@falun.se", "Falu kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "diet added to an existing signup from a phone -> change; sessions stated as all four"),

        mail("ae019", "2027-02-09T15:15", ("Lukas Brandt", "lukas.brandt@borlange.se"),
             "DalaLab - attending remotely?",
             """Hi Linnea,

Quick question before I register: will it be possible to join the
21 September session online? I have a site visit in Borlänge that
afternoon. If it's on-site only I'll have to think about which sessions
to sign up for.

Best,
Lukas Brandt
Traffic planner, Borlänge kommun""",
             X("question"),
             "English question naming 21 September and 'before I register'; no signup yet"),

        tg("ae020", "2027-02-11T20:40", "Hanna Kvist", 7712093384,
           "anmäler mig till andra o fjärde träffen. hedemora. har nötallergi",
           X("register", [P("Hanna Kvist", None, "Hedemora kommun", diet="nötallergi")], [S2, S4], diet="nötallergi"),
           "terse Telegram; ordinal sessions 'andra o fjärde'; bare town name as organisation; diet"),

        mail("ae021", "2027-02-15T11:11", ("Rickard Holm", "rickard.holm@mora.se"),
             "Byte av träff",
             """Hej,

Jag kan inte den 21 september och skulle vilja byta den mot 29 november.

Tack!
Rickard Holm, Mora kommun""",
             X("change", [P("Rickard Holm", "rickard.holm@mora.se", "Mora kommun")], [S3]),
             "bare swap 21 Sep -> 29 Nov: sessions = the new one only"),

        mail("ae022", "2027-02-17T09:00", ("DalaLab Registrering", "no-reply@dalalab-event.com"),
             "Din plats är reserverad – bekräfta inom 48 timmar",
             """Bästa deltagare,

Din plats på DalaLab 2027 (3 maj, 21 september, 29 november) är tillfälligt
reserverad. För att bekräfta din anmälan måste deltagaravgiften 2 450 kr
betalas inom 48 timmar. Obetalda platser släpps till väntelistan.

Bekräfta och betala här: http://dalalab-event.com/confirm?id=88213

Referensnummer: DL-27-88213
Kundtjänst: +44 20 3868 1120""",
             X("unknown"),
             "phishing dressed as a registration confirmation with session dates and a fee -> unknown"),

        mail("ae023", "2027-02-19T13:37", ("Karolina Wester", "karolina.wester@regiondalarna.se"),
             "Avanmälan höstträffarna",
             """<html><body>
<p style="font-family:Segoe UI">Hej Linnea!</p>
<p style="font-family:Segoe UI">Jag behöver tyvärr avanmäla mig från september- och novemberträffarna i DalaLab &ndash; jag är tjänstledig under hösten. Träffarna i maj och februari kommer jag på som planerat.</p>
<p style="font-family:Segoe UI">/Karolina<br>
<span style="color:#666">Karolina Wester | Regional utveckling | Region Dalarna<br>Box 712, 791 29 Falun | 010-211 80 00</span></p>
</body></html>""",
             X("cancel", [P("Karolina Wester", "karolina.wester@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HTML-only partial cancellation: 'september- och novemberträffarna'; the kept May/February sessions are not cancelled",
             html=True),

        mail("ae024", "2027-02-23T10:20", ("Åsa Björk", "asa.bjork@hedemora.se"),
             "Förhinder 3 maj",
             """Hej,

Jag har fått förhinder den 3 maj (tjänsteresa till Umeå) och måste
därför stryka mig från den träffen. Övriga står kvar.

Hälsningar
Åsa Björk
Hedemora kommun""",
             X("cancel", [P("Åsa Björk", "asa.bjork@hedemora.se", "Hedemora kommun")], [S1]),
             "iso-8859-1 partial cancellation: 'förhinder den 3 maj ... stryka mig från den träffen'",
             charset="iso-8859-1"),

        tg("ae025", "2027-02-25T16:05", "Maja Lindh", 6645120937,
           "Hej! Var i Falun är första träffen, regionhuset? och hur dags börjar fikat?",
           X("question"),
           "Telegram practical question about the first session; no booking"),

        mail("ae026", "2027-03-01T08:30", ("Bengt Frisk", "bengt.frisk@orsa.se"),
             "Lägga till en träff",
             """Hej Linnea

Jag är anmäld till träffen 3 maj. Kan du lägga till mig på den
29 november också? Temat om osäkerheter passar bra med vårt pågående
ÖP-arbete.

Mvh
Bengt Frisk
Orsa kommun, 0250-55 20 00""",
             X("change", [P("Bengt Frisk", "bengt.frisk@orsa.se", "Orsa kommun")], [S1, S3]),
             "adding a session to an existing signup: sessions after the change = 3 May + 29 Nov"),

        mail("ae027", "2027-03-03T11:45", ("Planeringsnätverket Mitt", "nyhetsbrev@planeringsnatverket.se"),
             "Nyhetsbrev mars 2027: Hållbar planering i Dalarna och Gävleborg",
             """NYHETSBREV MARS 2027

* Anmäl dig till vårens webbinarium om klimatanpassning i ÖP, 21 april
  kl 13-15.
* Save the date: Region Dalarna startar lärprojektet DalaLab 3 maj i
  Falun. Fler träffar 21 september och 29 november.
* Boverket har uppdaterat vägledningen om planeringsstrategier.

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsnätverket Mitt.
Avsluta prenumerationen: https://planeringsnatverket.se/avsluta""",
             X("unknown"),
             "newsletter mentioning DalaLab dates and 'anmäl dig' -> unknown as in the shared corpus"),

        mail("ae028", "2027-03-05T14:14", ("Jenny Halvarsson", "jenny.halvarsson@malung-salen.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej Linnea,

Tack för påminnelsen! Jag vill gärna anmäla mig till alla träffar utom
den första, då är jag på semester i Portugal.

Hälsningar
Jenny Halvarsson
Samhällsplanerare
Malung-Sälens kommun
Box 14, 782 21 Malung
0280-181 00

Detta meddelande kan innehålla information som omfattas av sekretess.
Är du inte rätt mottagare, vänligen meddela avsändaren och radera
meddelandet. Malung-Sälens kommun hanterar personuppgifter enligt GDPR,
se malung-salen.se/personuppgifter.

""" + REMINDER,
             X("register", [P("Jenny Halvarsson", "jenny.halvarsson@malung-salen.se", "Malung-Sälens kommun")], [S2, S3, S4]),
             "reply to the reminder (quoted dates and deadline); 'alla träffar utom den första' = three sessions; disclaimer"),

        mail("ae029", "2027-03-08T09:25", ("Catharina Berg", "catharina.berg@avesta.se"),
             "Ny deltagare från Avesta i DalaLab",
             """Hej!

Göran Lundh har slutat hos oss. I hans ställe kommer Elsa Wiik
(elsa.wiik@avesta.se) att delta, på samma träffar som Göran var anmäld
till, alltså 3 maj och 22 februari.

Vänligen
Catharina Berg
Förvaltningschef, Samhällsbyggnad
Avesta kommun""",
             X("change", [P("Göran Lundh", None, "Avesta kommun"), P("Elsa Wiik", "elsa.wiik@avesta.se", "Avesta kommun")],
               [S1, S4]),
             "substitution by a manager (sender not in people): both the leaver (no address in text) and the substitute; sessions = 3 May + 22 Feb"),

        tg("ae030", "2027-03-10T12:00", "Sven Dahlberg", 4410938275,
           "Hej! Sven Dahlberg, Lst Dalarna. Jag är anmäld till alla fyra träffarna. Har fått ny mejladress, använd sven.dahlberg@lansstyrelsen.se framöver, den gamla slutar fungera i april.",
           X("change", [P("Sven Dahlberg", "sven.dahlberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "Telegram address change for an existing signup; e-mail given in the text; 'Lst Dalarna'; sessions stated as all four"),

        mail("ae031", "2027-03-12T15:50", ("Mikael Sandström", "mikael.sandstrom@ludvika.se"),
             "Ändring av anmälan - Ludvika",
             """Hej Linnea,

Frida Öberg kommer tyvärr inte kunna delta i DalaLab alls, hon har gått
vidare till en tjänst i Falun. Vi återkommer om någon annan från oss tar
hennes plats. Tove och jag är kvar som tidigare.

Mvh
Mikael""",
             X("cancel", [P("Frida Öberg", None, "Ludvika kommun")], ALL),
             "colleague withdrawn without substitute under subject 'Ändring' -> cancel, all four; remaining colleagues and sender not in people; 'Falun' is not her organisation"),

        mail("ae032", "2027-03-15T10:10", ("Kerstin Mattsson", "kerstin.mattsson@alvdalen.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej,
Bra att du påminde! Anmäl mig och kollegan Nils-Erik Back till höstens
båda träffar.

Kerstin Mattsson
Älvdalens kommun
Dalgatan 125, 796 80 Älvdalen

""" + REMINDER,
             X("register", [P("Kerstin Mattsson", "kerstin.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Nils-Erik Back", None, "Älvdalens kommun")], [S2, S3]),
             "reply to reminder: sender + colleague without address; 'höstens båda träffar' = 21 Sep + 29 Nov; quoted reminder has all dates"),

        mail("ae033", "2027-03-17T13:30", ("Hannah Clarke", "hannah.clarke@falun.se"),
             "Update to my registration",
             """Hi Linnea,

Could you please update my registration: I'm vegan now (I think I was
down as vegetarian). I'm still attending 3 May and
21 September as before.

Thanks a lot,
Hannah Clarke
Falu kommun""",
             X("change", [P("Hannah Clarke", "hannah.clarke@falun.se", "Falu kommun", diet="vegan")], [S1, S2], diet="vegan"),
             "English diet update -> change; sessions stated; the old diet ('vegetarian') is not the new one"),

        mail("ae034", "2027-03-19T08:05", ("Microsoft Outlook", "postmaster@gagnef.se"),
             "Olevererbart: Bekräftelse av anmälan – DalaLab",
             """Det gick inte att leverera meddelandet till följande mottagare:

pontus.mork@gagnef.se
Mottagarens e-postadress hittades inte i domänen gagnef.se.

Diagnostisk information för administratörer:
Genererande server: EX02.gagnef.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

Ursprungligt meddelande:
Ämne: Bekräftelse av anmälan – DalaLab
Hej Pontus! Du är anmäld till DalaLab 3 maj, 21 september, 29 november
2027 och 22 februari 2028.""",
             X("auto_reply"),
             "bounce (postmaster, 'Olevererbart') returning a confirmation with a name and all four dates -> nothing to register"),

        mail("ae035", "2027-03-22T11:20", ("Daniel Foster", "daniel.foster@mora.se"),
             "Withdrawal from DalaLab",
             """Hello Linnea,

I'm afraid I have to withdraw from DalaLab altogether - I'm leaving Mora
kommun at the end of April and moving back to the UK.

Thank you for organising, and sorry for the trouble.

Regards,
Daniel Foster""",
             X("cancel", [P("Daniel Foster", "daniel.foster@mora.se", "Mora kommun")], ALL),
             "English full withdrawal, no session named -> all four; 'end of April' is no session"),

        mail("ae036", "2027-03-24T16:45", ("Annelie Rydh", "annelie.rydh@sater.se"),
             "Har min anmälan kommit fram?",
             """Hej!

Jag skickade en anmälan till DalaLab den 8 januari men har inte fått
någon bekräftelse. Kan du kolla om den har kommit in?

Tack på förhand,
Annelie Rydh
Säters kommun""",
             X("question"),
             "asks whether an earlier signup arrived; '8 januari' is no session; nothing to book from this message alone"),

        tg("ae037", "2027-03-26T09:35", "Emil S", 3378402116,
           "hej, flytta mig från 21/9 till 29/11 tack /emil strandberg, avesta",
           X("change", [P("Emil Strandberg", None, "Avesta kommun")], [S3]),
           "Telegram swap; display name shortened, full name from text; bare swap -> new session only"),

        mail("ae038", "2027-03-30T10:00", ("Lina Holmgren", "lina.holmgren@smedjebacken.se"),
             "Avanmälan 21 september",
             """Hej Linnea,

Karl-Erik Strand och jag avanmäler oss från träffen den 21 september,
vi har en tillsynsinsats den veckan. Vi kommer båda till 3 maj som
planerat.

Med vänliga hälsningar
Lina Holmgren
Bygglovshandläggare
Smedjebackens kommun""",
             X("cancel", [P("Karl-Erik Strand", None, "Smedjebackens kommun"),
                          P("Lina Holmgren", "lina.holmgren@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "partial cancellation for sender + colleague (no address); only 21 Sep cancelled; 3 May kept"),

        mail("ae039", "2027-04-01T14:20", ("Ingemar Solberg", "ingemar.solberg@orsa.se"),
             "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab tidigare i våras och vill nu att ni tar
bort mina personuppgifter ur deltagarlistan och alla utskick.

Ingemar Solberg
Orsa kommun""",
             X("erasure", [P("Ingemar Solberg", "ingemar.solberg@orsa.se", "Orsa kommun")]),
             "erasure request after an earlier cancellation"),

        tg("ae040", "2027-04-05T11:30", "Patrik Nord", 2290457731,
           "Tyvärr kan jag inte komma 29 nov. De andra träffarna står kvar",
           X("cancel", [P("Patrik Nord", None, None)], [S3]),
           "Telegram partial cancel; no organisation anywhere"),

        mail("ae041", "2027-04-06T13:10", ("Oscar Jernberg", "oscar.jernberg@falun.se"),
             "SV: Bekräftelse av anmälan – DalaLab",
             """Hej,

Jag kan inte komma den 3 maj. Min kollega Amanda Lind
(amanda.lind@falun.se) går i mitt ställe den dagen. Resten av
träffarna går jag på själv.

/Oscar

Från: Linnea Hassis
Skickat: den 20 januari 2027 11:04
Till: Oscar Jernberg
Ämne: Bekräftelse av anmälan – DalaLab

Hej Oscar! Du är anmäld till DalaLab 3 maj, 21 september, 29 november
2027 och 22 februari 2028. Välkommen!""",
             X("change", [P("Oscar Jernberg", "oscar.jernberg@falun.se", "Falu kommun"),
                          P("Amanda Lind", "amanda.lind@falun.se", "Falu kommun")], [S1]),
             "substitution for one session in a reply quoting the confirmation: both people; sessions = the substitute's (3 May)"),

        mail("ae042", "2027-04-07T08:40", ("Roger Ahlberg", "roger.ahlberg@gagnef.se"),
             "Anmälan DalaLab - hoppas inte för sent",
             """Hej!

Hoppas jag inte är för sen. Jag vill anmäla mig till samtliga tillfällen
i DalaLab.

Hälsningar
Roger Ahlberg
Gagnefs kommun
Tfn 0241-150 00""",
             X("register", [P("Roger Ahlberg", "roger.ahlberg@gagnef.se", "Gagnefs kommun")], ALL),
             "iso-8859-1 signup before the deadline with worry about being late; 'samtliga tillfällen'",
             charset="iso-8859-1"),

        mail("ae043", "2027-04-08T17:55", ("Dahlgren Marie-Louise", "marie-louise.dahlgren@leksand.se"),
             "SV: Anmälan DalaLab",
             """Hej Linnea,

Tyvärr måste jag avanmäla mig helt från DalaLab. Vi har fått ett omtag i
översiktsplanen och jag kan inte prioritera träffarna.

Marie-Louise Dahlgren
Översiktsplanerare, Leksands kommun

Leksands kommun värnar om din integritet. Om du har fått detta mejl av
misstag, radera det och meddela avsändaren. Läs om hur vi behandlar
personuppgifter på leksand.se/gdpr.

> Hej Marie-Louise! Tack för din anmälan. Du är anmäld till 3 maj,
> 29 november 2027 och 22 februari 2028.""",
             X("cancel", [P("Marie-Louise Dahlgren", "marie-louise.dahlgren@leksand.se", "Leksands kommun")], ALL),
             "full cancellation ('avanmäla mig helt') above a quoted confirmation with three dates; surname-first display name; disclaimer"),

        mail("ae044", "2027-04-09T10:25", ("Sara Falk", "sara.falk@hedemora.se"),
             "Nytt namn och mejladress",
             """Hej!

Jag har gift mig och heter nu Sara Falk (tidigare Nilsson). Ny
mejladress: sara.falk@hedemora.se. Jag är anmäld till 21/9 och 29/11 och
det gäller fortfarande.

Hälsningar
Sara Falk
Hedemora kommun""",
             X("change", [P("Sara Falk", "sara.falk@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "name and address change; old surname must not become a second person; sessions stated"),

        mail("ae045", "2027-04-10T15:40", ("Linus Qvarnström", "linus.qvarnstrom@borlange.se"),
             "Anmälan",
             """Hej,

Jag vill anmäla mig till höstträffen i DalaLab.

Linus Qvarnström
Borlänge kommun""",
             X("register", [P("Linus Qvarnström", "linus.qvarnstrom@borlange.se", "Borlänge kommun")], [S2, S3],
               unsure=["sessions"]),
             "'höstträffen' singular but two autumn sessions -> both candidates, unsure sessions"),
    ]
