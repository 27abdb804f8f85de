from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("t046", "2026-12-02T10:41:00", ("Lindh, Cecilia", "cecilia.lindh@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan! Från Avesta vill vi gärna vara med i hela lärprojektet. Jag anmäler mig själv och mina kollegor Henrik Dahl (planarkitekt) och Sanna Pettersson (översiktsplanerare).

Vänliga hälsningar
Cecilia Lindh
Planeringschef, Samhällsbyggnadsförvaltningen
Avesta kommun
Box 501, 774 81 Avesta
Tfn 0226-64 50 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:14
Till: Hassis Linnea
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till DalaLab! Lärprojektet består av fyra träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028. Varje kommun kan delta med upp till tre personer. Sista dag för anmälan är 14 april 2027.

Linnea Hassis, Region Dalarna""",
             X("register", [P("Cecilia Lindh", "cecilia.lindh@avesta.se", "Avesta kommun"),
                            P("Henrik Dahl", None, "Avesta kommun"),
                            P("Sanna Pettersson", None, "Avesta kommun")], ALL),
             "Outlook reply, surname-first display name; sender plus two colleagues in running text with roles, no "
             "addresses; no session named -> all four; quoted invitation lists all dates and the deadline"),

        mail("t047", "2026-12-03T13:22:00", ("Åsa Grip", "asa.grip@borlange.se"), "Anmälan DalaLab – Borlänge",
             """Hej!

Vi från Borlänge kommun vill anmäla följande tre personer till de två första träffarna i DalaLab:

• Lina Ahlström, lina.ahlstrom@borlange.se
• Dragan Petrović, dragan.petrovic@borlange.se
• Josefin Berg, josefin.berg@borlange.se

Själv kan jag tyvärr inte delta, men jag är kontaktperson om ni behöver något.

Hälsningar
Åsa Grip
Administrativ samordnare, Stadsbyggnadsförvaltningen
Borlänge kommun
0243-740 00""",
             X("register", [P("Lina Ahlström", "lina.ahlstrom@borlange.se", "Borlänge kommun"),
                            P("Dragan Petrović", "dragan.petrovic@borlange.se", "Borlänge kommun"),
                            P("Josefin Berg", "josefin.berg@borlange.se", "Borlänge kommun")], [S1, S2]),
             "bullet list with addresses; sender explicitly not attending; 'de två första träffarna' = 3 May + 21 Sep"),

        mail("t048", "2026-12-07T08:05:00", ("Thomas Rydberg", "thomas.rydberg@falun.se"),
             "Anmälan från Falu kommun – tre deltagare",
             """Hej Linnea!

Här kommer Faluns anmälningar till DalaLab. Vi har delat upp träffarna lite mellan oss eftersom alla inte kan vara borta från kontoret samtidigt:

1. Karl-Erik Mattsson, översiktsplanerare – samtliga fyra träffar
2. Mirja Koskinen, planarkitekt – bara 3 maj
3. Oliver Sandström, trafikplanerare – 21/9 och 29/11

Jag deltar inte själv den här gången.

/Thomas Rydberg
Enhetschef Översiktlig planering
Falu kommun, Stadsbyggnadsförvaltningen""",
             X("register", [P("Karl-Erik Mattsson", None, "Falu kommun"),
                            P("Mirja Koskinen", None, "Falu kommun"),
                            P("Oliver Sandström", None, "Falu kommun")], ALL),
             "numbered list with titles and per-person sessions (all / 3 May / 21 Sep + 29 Nov): union = all four; "
             "manager sender not attending; no addresses"),

        mail("t049", "2026-12-09T15:47:00", ("Elsa Hed", "elsa.hed@gagnef.se"), "DalaLab anmälan Gagnef",
             """Hej,

Anmälan från Gagnefs kommun, alla fyra tillfällena:

Elsa Hed – elsa.hed@gagnef.se – vegetarisk
Robin Mäkinen – robin.makinen@gagnef.se – ingen specialkost
Malin Olofsson – malin.olofsson@gagnef.se – laktosfri

Mvh Elsa
Samhällsplanerare
Gagnefs kommun | 0241-150 00""",
             X("register", [P("Elsa Hed", "elsa.hed@gagnef.se", "Gagnefs kommun", "vegetarisk"),
                            P("Robin Mäkinen", "robin.makinen@gagnef.se", "Gagnefs kommun"),
                            P("Malin Olofsson", "malin.olofsson@gagnef.se", "Gagnefs kommun", "laktosfri")],
               ALL, diet="vegetarisk, laktosfri"),
             "'Namn – e-post – kost' lines; sender is the first of three; per-person diets, 'ingen specialkost' is "
             "no diet; 'alla fyra tillfällena'"),

        mail("t050", "2026-12-11T11:10:00", ("Nils Boström", "nils.bostrom@hedemora.se"), "Anmälan DalaLab",
             """Hej!

Vi blir två från Hedemora. Se nedan:

Namn              | Roll                 | E-post                       | Träffar
------------------+----------------------+------------------------------+----------------
Nils Boström      | Planeringsarkitekt   | nils.bostrom@hedemora.se     | alla
Leila Moradi      | Miljöstrateg         | leila.moradi@hedemora.se     | 3/5 och 22/2

Ingen av oss har några matallergier.

Hälsningar
Nils Boström
Hedemora kommun, Samhällsbyggnadsförvaltningen
Tel 0225-340 00""",
             X("register", [P("Nils Boström", "nils.bostrom@hedemora.se", "Hedemora kommun"),
                            P("Leila Moradi", "leila.moradi@hedemora.se", "Hedemora kommun")], ALL),
             "plain-text pipe table with a sessions column per person ('alla' / '3/5 och 22/2'): union = all four; "
             "sender among them; 'inga matallergier' is no diet"),

        mail("t051", "2026-12-14T09:33:00", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"),
             "Anmälan till höstens DalaLab-träffar",
             """<html><body style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Här kommer Leksands kommuns anmälan till höstens två träffar i DalaLab.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Befattning</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Per-Olof Skoglund</td><td>Planchef</td><td>per-olof.skoglund@leksand.se</td><td>&nbsp;</td></tr>
<tr><td>Jenny Hallberg</td><td>Planarkitekt</td><td>&nbsp;</td><td>Glutenfri</td></tr>
<tr><td>Ahmad Nouri</td><td>Bygglovshandl&auml;ggare</td><td>ahmad.nouri@leksand.se</td><td>&nbsp;</td></tr>
<tr><td>Kristin &Aring;berg</td><td>GIS-samordnare</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
<p>Vi vet att inbjudan s&auml;ger upp till tre per kommun, men hoppas att det g&aring;r att f&aring; med alla fyra om det finns plats.</p>
<p>Med v&auml;nlig h&auml;lsning<br>Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>Leksands kommun</p>
</body></html>""",
             X("register", [P("Per-Olof Skoglund", "per-olof.skoglund@leksand.se", "Leksands kommun"),
                            P("Jenny Hallberg", None, "Leksands kommun", "Glutenfri"),
                            P("Ahmad Nouri", "ahmad.nouri@leksand.se", "Leksands kommun"),
                            P("Kristin Åberg", None, "Leksands kommun")], [S2, S3], diet="Glutenfri"),
             "HTML-only table from a function mailbox (sender not a person in the request); FOUR people from one "
             "municipality, all asked for (quota is not the parser's); 'höstens två träffar' = 21 Sep + 29 Nov; "
             "two rows without address; diet in a cell"),

        mail("t052", "2026-12-15T16:58:00", ("Roger Halvarsson", "roger.halvarsson@ludvika.se"), "Anm. 29/11",
             """Hej. Anmäler följande till träffen om framtider och osäkerheter den 29 november: Ek, Johanna; Yilmaz, Deniz; Halvarsson, Roger (undertecknad). Tack.

Roger Halvarsson
Ludvika kommun, Planavdelningen""",
             X("register", [P("Johanna Ek", None, "Ludvika kommun"),
                            P("Deniz Yilmaz", None, "Ludvika kommun"),
                            P("Roger Halvarsson", "roger.halvarsson@ludvika.se", "Ludvika kommun")], [S3]),
             "semicolon list of 'Efternamn, Förnamn'; sender included as 'undertecknad'; one session by date and title"),

        tg("t053", "2026-12-16T21:14:00", "Tobias Jonsson", 6120448731,
           "Hej! Jag och min kollega Fatima Al-Sayed från Malung-Sälens kommun vill anmäla oss till första och sista träffen. Fatima är vegetarian 🌱",
           X("register", [P("Tobias Jonsson", None, "Malung-Sälens kommun"),
                          P("Fatima Al-Sayed", None, "Malung-Sälens kommun", "vegetarian")], [S1, S4],
             diet="vegetarian"),
           "Telegram, sender plus colleague; 'första och sista träffen' = 3 May + 22 Feb; diet belongs to the colleague"),

        mail("t054", "2027-01-08T07:52:00", ("Ingrid Moberg", "ingrid.moberg@mora.se"), "Anmälan Mora + Orsa",
             """Hej Linnea,

Mora och Orsa jobbar ju ihop med den gemensamma fördjupningen kring Orsasjön, så vi tänkte att vi anmäler oss samlat. Från Mora kommer jag och Ella Persson (planarkitekt), från Orsa kommer Anders Lind, anders.lind@orsa.se. Vi vill gärna gå på alla träffarna.

Anders har bett mig skicka detta åt honom eftersom han är ledig till den 10:e.

Hälsningar
Ingrid Moberg
Översiktsplanerare
Mora kommun
Fredsgatan 16, 792 80 Mora""",
             X("register", [P("Ingrid Moberg", "ingrid.moberg@mora.se", "Mora kommun"),
                            P("Ella Persson", None, "Mora kommun"),
                            P("Anders Lind", "anders.lind@orsa.se", "Orsa kommun")], ALL),
             "people from two municipalities in one mail; colleague without address gets Mora from the text; "
             "'den 10:e' is not a session"),

        mail("t055", "2027-01-11T14:20:00", ("Göran Nilsson", "goran.nilsson@rattvik.se"), "DalaLab",
             """Hej!

Jag vill anmäla mig till träffarna 3 maj och 21 september. Jag skulle också gärna ta med Linda Svensson från WSP, linda.svensson@wsp.com, som är konsult hos oss och håller i arbetet med vår planeringsstrategi. Hon ska vara med på samma två träffar. Går det bra att hon kommer trots att hon inte är anställd i kommunen?

Mvh
Göran Nilsson
Planarkitekt
Rättviks kommun""",
             X("register", [P("Göran Nilsson", "goran.nilsson@rattvik.se", "Rättviks kommun"),
                            P("Linda Svensson", "linda.svensson@wsp.com", None)], [S1, S2],
               unsure=["organisation"]),
             "consultant from WSP joins the municipal planner; her organisation is not one of the 17 (she works for "
             "Rättvik but is not employed there); question inside a signup is still register"),

        mail("t056", "2027-01-12T10:02:00", ("Pernilla Strand", "pernilla.strand@smedjebacken.se"),
             "Anmälan av medarbetare",
             """Hej,

Jag är planchef i Smedjebacken och vill anmäla tre av mina medarbetare till DalaLab, samtliga träffar. Själv får jag avstå den här gången.

Sofie Lund
Översiktsplanerare
sofie.lund@smedjebacken.se
0240-66 00 00

Marcus Åström
Planarkitekt
marcus.astrom@smedjebacken.se

Yasmin Haddad
Exploateringsingenjör
yasmin.haddad@smedjebacken.se
070-123 45 67

Marcus är celiakiker och behöver glutenfritt.

Tack på förhand!
Pernilla Strand
Planchef, Smedjebackens kommun""",
             X("register", [P("Sofie Lund", "sofie.lund@smedjebacken.se", "Smedjebackens kommun"),
                            P("Marcus Åström", "marcus.astrom@smedjebacken.se", "Smedjebackens kommun",
                              "glutenfritt"),
                            P("Yasmin Haddad", "yasmin.haddad@smedjebacken.se", "Smedjebackens kommun")],
               ALL, diet="glutenfritt"),
             "three vCard-like blocks with titles and phone numbers; manager not attending; 'samtliga träffar'; "
             "diet (celiaki -> glutenfritt) for one person"),

        mail("t057", "2027-01-13T12:45:00", ("Plan Säters kommun", "plan@sater.se"), "Anmälan 3 maj",
             """Hej!

Vi vill anmäla två personer från planenheten till första träffen den 3 maj i Falun:

- Ulrika Häggström, planarkitekt
- Mohammed Rahimi, praktikant (äter halal)

Svara gärna till den här brevlådan, den läses av hela enheten.

Planenheten
Säters kommun""",
             X("register", [P("Ulrika Häggström", None, "Säters kommun"),
                            P("Mohammed Rahimi", None, "Säters kommun", "halal")], [S1], diet="halal"),
             "function mailbox plan@ writes for two people without addresses (organisation from the sender); "
             "the mailbox is not a person"),

        mail("t058", "2027-01-14T09:18:00", ("Stina Grön", "stina.gron@vansbro.se"), "Anmälan till DalaLab",
             """Hej Linnea!

På uppdrag av vår samhällsbyggnadschef Bengt Åkesson vill jag anmäla honom och vår nyanställda planarkitekt Hanna von Essen till DalaLab. De kan tyvärr inte den 3 maj men vill vara med på resten, alltså från september och framåt.

Bengts mejl är bengt.akesson@vansbro.se, Hanna har inte fått någon adress än.

Vänligen,
Stina Grön
Nämndsekreterare
Vansbro kommun""",
             X("register", [P("Bengt Åkesson", "bengt.akesson@vansbro.se", "Vansbro kommun"),
                            P("Hanna von Essen", None, "Vansbro kommun")], [S2, S3, S4]),
             "secretary registers her boss and a colleague (sender not attending); surname with particle 'von'; "
             "not 3 May, 'från september och framåt' = the last three"),

        mail("t059", "2027-01-18T13:37:00", ("Karolina Tapper", "karolina.tapper@alvdalen.se"), "SV: DalaLab?",
             """Hej,

jag kör på alla fyra träffar. Min kollega Erik Mosesson (erik.mosesson@alvdalen.se) är mest intresserad av den sista, den om tillgänglighet, så anmäl honom bara till den.

/Karolina

Karolina Tapper | Samhällsplanerare | Älvdalens kommun | 0251-310 00

> Hej Karolina!
> Har ni hunnit titta på inbjudan till DalaLab? Träffarna är 3 maj, 21 september,
> 29 november och 22 februari. Sista anmälningsdag är 14 april.
> Hälsningar Linnea""",
             X("register", [P("Karolina Tapper", "karolina.tapper@alvdalen.se", "Älvdalens kommun"),
                            P("Erik Mosesson", "erik.mosesson@alvdalen.se", "Älvdalens kommun")], ALL),
             "per-person sessions (sender all four, colleague only 'den om tillgänglighet' = 22 Feb): union = all; "
             "quoted nudge lists dates"),

        mail("t060", "2027-01-19T08:26:00", ("Magnus Öberg", "magnus.oberg@regiondalarna.se"),
             "Regionens deltagare i DalaLab",
             """Hej Linnea,

Från oss på Regional utveckling blir vi ganska många, hoppas det är okej eftersom regionen inte har något tak:

- Magnus Öberg (jag), regional planerare
- Therese Lindblom, therese.lindblom@regiondalarna.se, strateg infrastruktur
- Jamal Osman, analytiker
- Annelie Fjällström, annelie.fjallstrom@regiondalarna.se, kollektivtrafikplanerare – veganskt tack
- Björn Hedin, GIS-ingenjör

Alla på samtliga fyra träffar.

Magnus""",
             X("register", [P("Magnus Öberg", "magnus.oberg@regiondalarna.se", "Region Dalarna"),
                            P("Therese Lindblom", "therese.lindblom@regiondalarna.se", "Region Dalarna"),
                            P("Jamal Osman", None, "Region Dalarna"),
                            P("Annelie Fjällström", "annelie.fjallstrom@regiondalarna.se", "Region Dalarna",
                              "veganskt"),
                            P("Björn Hedin", None, "Region Dalarna")], ALL, diet="veganskt"),
             "five people from Region Dalarna (no quota); sender '(jag)' first in list; mixed with/without addresses; "
             "one diet"),

        mail("t061", "2027-01-20T15:05:00", ("Ida Fors", "ida.fors@lansstyrelsen.se"),
             "Anmälan Länsstyrelsen Dalarna – 29/11 och 22/2",
             """Hej!

Jag anmäler två handläggare från vår enhet för samhällsplanering och kulturmiljö till träffarna den 29 november 2027 och 22 februari 2028:

Kjell Sundberg, kjell.sundberg@lansstyrelsen.se
Ronja Eriksson, ronja.eriksson@lansstyrelsen.se (nötallergi!)

Själv är jag tjänstledig under hösten så jag avstår.

Vänliga hälsningar
Ida Fors
Enhetschef
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00""",
             X("register", [P("Kjell Sundberg", "kjell.sundberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ronja Eriksson", "ronja.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "nötallergi")], [S3, S4], diet="nötallergi"),
             "Länsstyrelsen manager registers two, not herself; address in Falun is not the organisation"),

        tg("t062", "2027-01-21T19:40:00", "Petra Holm", 7734120985,
           "hej! anmäler mig själv + Jens Lindholm och Amanda Kvist, alla tre från orsa kommun. vi kör alla fyra träffarna 👍",
           X("register", [P("Petra Holm", None, "Orsa kommun"),
                          P("Jens Lindholm", None, "Orsa kommun"),
                          P("Amanda Kvist", None, "Orsa kommun")], ALL),
           "Telegram group signup in lower case; 'alla tre' are people, 'alla fyra träffarna' sessions"),

        mail("t063", "2027-03-02T10:15:00", ("Kerstin Gustafsson", "kerstin.gustafsson@rattvik.se"),
             "Ändring för Rättviksgruppen",
             """Hej Linnea,

En liten ändring för oss i Rättvik. Vi anmälde Lars Hagström, Ebba Nyman och mig till träffarna 3 maj och 21 september. Ebba har fått förhinder den 3 maj (samrådsmöte) men skulle gärna komma på 29 november i stället. Hon blir alltså med 21/9 och 29/11.

Lars och jag behåller våra datum.

Tack!
Kerstin Gustafsson
Rättviks kommun""",
             X("change", [P("Ebba Nyman", None, "Rättviks kommun")], [S2, S3]),
             "one of a group swaps a session; her sessions after the change are stated (21/9 + 29/11); the others "
             "keep theirs and are not in people"),

        mail("t064", "2027-02-24T11:30:00", ("Åsa Grip", "asa.grip@borlange.se"), "Avanmälan – Dragan Petrović",
             """Hej Linnea,

En av våra tre anmälda, Dragan Petrović, har sagt upp sig och slutar i mars. Kan du stryka honom från DalaLab? Lina och Josefin kommer som planerat.

Vi återkommer om vi hittar någon som kan ta hans plats.

Hälsningar
Åsa Grip, Borlänge kommun""",
             X("cancel", [P("Dragan Petrović", None, "Borlänge kommun")], ALL),
             "coordinator withdraws one of a group, no session named -> all four; the two who stay and a possible "
             "future replacement are not in people"),

        mail("t065", "2027-02-15T09:50:00", ("Thomas Rydberg", "thomas.rydberg@falun.se"), "Ytterligare deltagare från Falun",
             """Hej Linnea,

Vi har fått en ny planarkitekt, Nadia Berglund (nadia.berglund@falun.se), som gärna vill vara med i DalaLab från och med septemberträffen.

Jag vet att vi redan har anmält tre (Karl-Erik, Mirja och Oliver), men eftersom Mirja bara går 3 maj hoppas jag att Nadia kan ta den platsen under hösten och i februari.

Mvh
Thomas Rydberg
Enhetschef, Falu kommun""",
             X("register", [P("Nadia Berglund", "nadia.berglund@falun.se", "Falu kommun")], [S2, S3, S4]),
             "one person added to an existing group; 'från och med septemberträffen' = last three; already "
             "registered colleagues are not in people"),

        mail("t066", "2027-03-09T14:12:00", ("Roger Halvarsson", "roger.halvarsson@ludvika.se"), "Byte av deltagare 29/11",
             """Hej igen,

Johanna Ek har fått förhinder den 29 november. Simon Fransson från bygglov går i hennes ställe, simon.fransson@ludvika.se. Deniz och jag kommer som planerat.

Roger""",
             X("change", [P("Johanna Ek", None, "Ludvika kommun"),
                          P("Simon Fransson", "simon.fransson@ludvika.se", "Ludvika kommun")], [S3]),
             "substitution within a group: withdrawn and substitute both in people; session the substitute takes"),

        mail("t067", "2026-12-05T10:20:00", ("Jessica Lundmark", "jessica.lundmark@hedemora.se"), "Fråga om antal platser",
             """Hej!

Vi är fyra på planeringsavdelningen i Hedemora som gärna vill gå på DalaLab. Jag läser att det är max tre per kommun – gäller det även om någon av oss bara kan gå på en träff? Då skulle vi kunna dela platserna mellan oss.

Jag skickar in anmälan när jag vet hur vi ska göra.

Mvh Jessica Lundmark
Hedemora kommun""",
             X("question"),
             "coordinator asks about the quota before registering a group; explicitly no signup yet"),

        tg("t068", "2027-01-26T22:03:00", "Sven Karlsson", 5512093374,
           "Hi, please sign up me and my colleague Maja Ström, we both work at Mora municipality. We'd like to come on September 21 and November 29. Maja is lactose intolerant.",
           X("register", [P("Sven Karlsson", None, "Mora kommun"),
                          P("Maja Ström", None, "Mora kommun", "lactose intolerant")], [S2, S3],
             diet="lactose intolerant"),
           "English Telegram; sender plus colleague; 'Mora municipality'; diet for the colleague"),

        mail("t069", "2027-01-27T13:55:00", ("Samhällsbyggnad Smedjebacken", "samhallsbyggnad@smedjebacken.se"),
             "Anmälan DalaLab",
             """Hej,

Samhällsbyggnadsförvaltningen anmäler:

Kim Johansson – samtliga tillfällen
Oskar Wahlberg – endast 3 maj (han går i pension till sommaren)

Kim nås på kim.johansson@smedjebacken.se. Oskar har redan lämnat tillbaka sin jobbdator, så använd oskar.wahlberg52@gmail.com.

Hälsningar
Samhällsbyggnadsförvaltningen / administration
Smedjebackens kommun""",
             X("register", [P("Kim Johansson", "kim.johansson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Oskar Wahlberg", "oskar.wahlberg52@gmail.com", "Smedjebackens kommun")], ALL),
             "function mailbox registers two with per-person sessions (all / only 3 May): union = all; one private "
             "gmail address, organisation from the sender"),

        mail("t070", "2027-02-02T17:31:00", ("Helena Sjödin", "helena.sjodin@regiondalarna.se"), "Två anmälningar",
             """Hej Linnea!

Jag träffade några av de mindre kommunerna på nätverksträffen i Mora i går och två av dem bad mig anmäla dem direkt:

* Jonas Eld, Vansbro kommun (jonas.eld@vansbro.se) – alla fyra
* Maja-Lena Backman, Malung-Sälen – alla fyra, hon är glutenintolerant

Själv är jag ju redan anmäld, så det behövs inte.

Kram Helena
Region Dalarna""",
             X("register", [P("Jonas Eld", "jonas.eld@vansbro.se", "Vansbro kommun"),
                            P("Maja-Lena Backman", None, "Malung-Sälens kommun", "glutenintolerant")], ALL,
               diet="glutenintolerant"),
             "Region employee registers people from two other municipalities, organisations from the text, not the "
             "sender's; sender already registered so not in people; Mora is a meeting place only"),

        mail("t071", "2027-02-03T08:44:00", ("Sara Wik", "sara.wik@sater.se"), "Säter – DalaLab",
             """Hej!

Säter anmäler tre personer. Vi har kryssat för vilka träffar var och en kan:

Namn            3/5   21/9   29/11   22/2
Sara Wik         x     x      x       x
Ali Hussein      x                    x
Birgitta Kron          x      x

(Sara = jag.)

Mvh Sara Wik
Säters kommun""",
             X("register", [P("Sara Wik", "sara.wik@sater.se", "Säters kommun"),
                            P("Ali Hussein", None, "Säters kommun"),
                            P("Birgitta Kron", None, "Säters kommun")], ALL),
             "plain-text matrix of dates with x per person: union = all four; sender in the list"),

        tg("t072", "2027-03-16T12:09:00", "Nils Boström", 3398147726,
           "Hej, det är Nils på Hedemora kommun. Leila Moradi kommer tyvärr inte kunna vara med på någon träff, hon har gått på föräldraledighet. Kan ni stryka henne? Jag är kvar som vanligt.",
           X("cancel", [P("Leila Moradi", None, "Hedemora kommun")], ALL),
           "Telegram: sender cancels a colleague (not himself); 'någon träff' -> all four"),

        mail("t073", "2027-02-08T10:27:00", ("Tove Ahlgren", "tove.ahlgren@mora.se"), "Moras anmälan",
             """<html><body>
<div>Hej Linnea,</div>
<div><br></div>
<div>H&auml;r &auml;r Moras anm&auml;lan till DalaLab. Vi &auml;r fyra intresserade &ndash; jag vet att gr&auml;nsen &auml;r tre, s&aring; om bara tre ryms, ta de tre f&ouml;rsta i listan och s&auml;tt den fj&auml;rde p&aring; reserv.</div>
<ul>
<li>Sven-&Aring;ke Frost, <a href="mailto:sven-ake.frost@mora.se">sven-ake.frost@mora.se</a></li>
<li>Nora Lindh, <a href="mailto:nora.lindh@mora.se">nora.lindh@mora.se</a></li>
<li>Ahmed Yusuf</li>
<li>Lovisa Ekman</li>
</ul>
<div>Alla fyra vill g&aring; p&aring; de tre f&ouml;rsta tr&auml;ffarna, men inte den om tillg&auml;nglighet i februari.</div>
<div>Sj&auml;lv hoppar jag av den h&auml;r g&aring;ngen.</div>
<div><br></div>
<div>Tove Ahlgren<br>Samh&auml;llsbyggnadsf&ouml;rvaltningen, Mora kommun</div>
</body></html>""",
             X("register", [P("Sven-Åke Frost", "sven-ake.frost@mora.se", "Mora kommun"),
                            P("Nora Lindh", "nora.lindh@mora.se", "Mora kommun"),
                            P("Ahmed Yusuf", None, "Mora kommun"),
                            P("Lovisa Ekman", None, "Mora kommun")], [S1, S2, S3]),
             "HTML-only <ul> list of FOUR from one municipality (fourth asked for as reserve: still registered, quota "
             "not the parser's); 'Alla fyra' = the people; three first sessions, not February; sender not attending"),

        mail("t074", "2027-02-09T11:11:00", ("Linnéa Björk", "linnea.bjork@gagnef.se"), "Anmälan 3/5",
             """Hej!

Jag vill anmäla mig och vår konsult Peter Ågren från Sweco (peter.agren@sweco.se) till första träffen 3/5. Peter skriver vår planeringsstrategi på uppdrag av kommunen och räknas som en av Gagnefs tre platser.

Hälsningar,
Linnéa Björk
Översiktsplanerare
Gagnefs kommun""",
             X("register", [P("Linnéa Björk", "linnea.bjork@gagnef.se", "Gagnefs kommun"),
                            P("Peter Ågren", "peter.agren@sweco.se", "Gagnefs kommun")], [S1]),
             "consultant with a sweco.se address explicitly counted as one of Gagnef's places -> Gagnefs kommun; "
             "sender's first name resembles the organiser's"),

        mail("t075", "2027-02-10T09:03:00", ("Jörgen Halvars", "jorgen.halvars@malung-salen.se"),
             "Anmälan till DalaLab från Malung-Sälen",
             """Hej Linnea!

Härmed anmäls från Malung-Sälens kommun:

- Olsson, Kristoffer (planarkitekt)
- Nieminen, Aino (landskapsarkitekt)

Båda till träffarna 3 maj och 29 november. Jag själv sköter bara det administrativa.

Med vänlig hälsning
Jörgen Halvars
Bygg- och miljökontoret
Malung-Sälens kommun
Box 14, 782 21 Malung""",
             X("register", [P("Kristoffer Olsson", None, "Malung-Sälens kommun"),
                            P("Aino Nieminen", None, "Malung-Sälens kommun")], [S1, S3]),
             "iso-8859-1 body; dash list of 'Efternamn, Förnamn' with roles; administrator sender not attending",
             charset="iso-8859-1"),

        tg("t076", "2027-02-11T20:48:00", "Johan Ersson", 4420981736,
           "Tjena! Anmäler mig till träff 2 och 3 (sept + nov). Jobbar på Leksands kommun. Emma Kallin på Rättviks kommun bad mig anmäla henne också, samma träffar.",
           X("register", [P("Johan Ersson", None, "Leksands kommun"),
                          P("Emma Kallin", None, "Rättviks kommun")], [S2, S3]),
           "Telegram, two organisations: sender Leksand, the other person Rättvik; 'träff 2 och 3' by number"),

        mail("t077", "2027-02-12T14:36:00", ("Anna Ek", "anna.ek@ramboll.se"), "Anmälan DalaLab – Ramboll för Borlänge kommun",
             """Hej,

Jag heter Anna Ek och är konsult på Ramboll. På uppdrag av Borlänge kommun, där vi stöttar arbetet med den nya översiktsplanen, vill jag anmäla mig och min kollega Erik Strand (erik.strand@ramboll.se) till DalaLab. Kommunen har godkänt att vi går på två av deras platser; kontaktperson där är Lina Ahlström.

Vi vill gärna delta vid alla träffar.

Med vänlig hälsning
Anna Ek
Senior konsult, Samhällsplanering
Ramboll Sverige AB
Krukmakargatan 21, 118 51 Stockholm""",
             X("register", [P("Anna Ek", "anna.ek@ramboll.se", "Borlänge kommun"),
                            P("Erik Strand", "erik.strand@ramboll.se", "Borlänge kommun")], ALL,
               unsure=["organisation"]),
             "consultants from a non-listed firm take two of Borlänge's places; best reading Borlänge kommun; the "
             "municipal contact person is not registered"),

        mail("t078", "2027-02-16T10:58:00", ("Gun Dahlberg", "gun.dahlberg@orsa.se"), "Anmälan (formuläret fungerade inte)",
             """Hej,

Länken till anmälningsformuläret fungerade inte för mig, så jag skriver uppgifterna här i stället. Jag är bara kontaktperson och deltar inte själv.

Deltagare 1
Namn: Britt-Marie Sjöholm
E-post: britt-marie.sjoholm@orsa.se
Träffar: 3 maj, 21 sept
Kost: –

Deltagare 2
Namn: Farid Haidari
E-post: –
Träffar: 21 sept
Kost: vegetarisk

Med vänlig hälsning
Gun Dahlberg
Orsa kommun""",
             X("register", [P("Britt-Marie Sjöholm", "britt-marie.sjoholm@orsa.se", "Orsa kommun"),
                            P("Farid Haidari", None, "Orsa kommun", "vegetarisk")], [S1, S2],
               diet="vegetarisk"),
             "form-like blocks per person with per-person sessions (union 3 May + 21 Sep); '–' means none; "
             "contact person not attending"),

        mail("t079", "2027-02-22T16:20:00", ("Ida Fors", "ida.fors@lansstyrelsen.se"),
             "SV: Anmälan Länsstyrelsen Dalarna – 29/11 och 22/2",
             """Hej igen!

Nu blev min tjänstledighet kortare än planerat, så jag vill gärna själv också vara med – men bara på den sista träffen, den 22 februari 2028. Kjell och Ronja är anmälda som förut.

/Ida

Från: Fors Ida
Skickat: den 20 januari 2027 15:05
Till: Hassis Linnea
Ämne: Anmälan Länsstyrelsen Dalarna – 29/11 och 22/2

Hej!

Jag anmäler två handläggare från vår enhet för samhällsplanering och kulturmiljö till träffarna den 29 november 2027 och 22 februari 2028:

Kjell Sundberg, kjell.sundberg@lansstyrelsen.se
Ronja Eriksson, ronja.eriksson@lansstyrelsen.se (nötallergi!)

Själv är jag tjänstledig under hösten så jag avstår.""",
             X("register", [P("Ida Fors", "ida.fors@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
             "the coordinator adds herself to her group; quoted earlier signup (two colleagues, 29/11, nut allergy) is "
             "not part of this request; sent 22 Feb 2027, the session is 2028"),

        mail("t080", "2027-03-22T08:37:00", ("Ove Blom", "ove.blom@alvdalen.se"), "Byte av träff",
             """Hej!

Vi är tre från Älvdalen anmälda till första träffen (3 maj): Lisa Rönnqvist, Amanda Jakobsson och jag. Lisa och Amanda sitter tyvärr fast i budgetarbetet då, så de vill byta till träffen 21 september i stället. Jag är kvar på 3 maj.

Går det?

Ove Blom
Mark- och exploateringsingenjör
Älvdalens kommun""",
             X("change", [P("Lisa Rönnqvist", None, "Älvdalens kommun"),
                          P("Amanda Jakobsson", None, "Älvdalens kommun")], [S2]),
             "two of a group of three swap 3 May for 21 Sep -> only the new session; sender stays and is not in "
             "people"),

        mail("t081", "2027-02-18T13:05:00", ("Fredrik Lantz", "fredrik.lantz@avesta.se"),
             "Gemensam anmälan Södra Dalarna",
             """Hej Linnea,

Anmälan från nätverket Södra Dalarnas ÖP-samverkan. Vi vill vara med på den första och den tredje träffen.

Fredrik Lantz – Avesta kommun – fredrik.lantz@avesta.se
Camilla Rask – Hedemora kommun – camilla.rask@hedemora.se
Viktor Åhman – Säters kommun – (mejl kommer senare)

Hälsningar
Fredrik Lantz
Samordnare, Avesta kommun""",
             X("register", [P("Fredrik Lantz", "fredrik.lantz@avesta.se", "Avesta kommun"),
                            P("Camilla Rask", "camilla.rask@hedemora.se", "Hedemora kommun"),
                            P("Viktor Åhman", None, "Säters kommun")], [S1, S3]),
             "'Namn – organisation – e-post' lines across three municipalities; the one without address gets Säter "
             "from the text, not the sender's Avesta; 'första och tredje' = 3 May + 29 Nov"),

        tg("t082", "2027-02-19T07:49:00", "Stefan Wallin", 2281930457,
           "Hej! Stefan, planchef i Borlänge. Själv hinner jag inte, men anmäl gärna Lovisa Brandt och Mehmet Demir till träffen 3/5 🙏",
           X("register", [P("Lovisa Brandt", None, "Borlänge kommun"),
                          P("Mehmet Demir", None, "Borlänge kommun")], [S1]),
           "Telegram from a manager who does not attend; two colleagues get the sender's Borlänge"),

        mail("t083", "2027-02-25T15:22:00", ("Marit Jons", "marit.jons@leksand.se"), "Vi blir tre",
             """Hej!

Vi blir tre från Leksand på vårens träff (3 maj): jag, Gustav Ihrfors och Ann-Sofie Pers. Kostmässigt: Gustav äter inte fisk, Ann-Sofie är vegan och jag äter allt.

Om det blir fler träffar vi kan gå på hör jag av mig senare.

Marit Jons, planeringsarkitekt
Leksands kommun, Kyrkallén 2, 793 80 Leksand""",
             X("register", [P("Marit Jons", "marit.jons@leksand.se", "Leksands kommun"),
                            P("Gustav Ihrfors", None, "Leksands kommun", "äter inte fisk"),
                            P("Ann-Sofie Pers", None, "Leksands kommun", "vegan")], [S1],
               diet="äter inte fisk, vegan"),
             "running text 'jag, X och Y'; per-person diets, 'jag äter allt' is none; only 3 May, later sessions "
             "left open"),

        mail("t084", "2027-03-04T09:41:00", ("Sofia Grahn", "sofia.grahn@ludvika.se"), "En till från Ludvika",
             """Hej Linnea,

Jag vet att Ludvika redan har tre anmälda till DalaLab, men jag vill ändå anmäla vår praktikant Alva Nordqvist till alla träffar. Hon skriver sitt examensarbete om planeringsstrategier. Om det är fullt får ni gärna sätta henne på reservlistan.

Sofia Grahn
Planchef
Ludvika kommun""",
             X("register", [P("Alva Nordqvist", None, "Ludvika kommun")], ALL),
             "a fourth person from a municipality is still a registration (quota is for the handler); manager "
             "sender not attending"),

        mail("t085", "2027-03-05T11:17:00", ("Anders Hell", "anders.hell@falun.se"), "DALALAB - DELTAGARE",
             """Deltagare från Falu kommun:

HÄLL Johanna, Stadsbyggnadskontoret, johanna.hall@falun.se
PIRINEN Mikko, Stadsbyggnadskontoret

Träffar: 21/9 + 22/2

Undertecknad deltar ej.

Anders Hell
Stadsbyggnadskontoret
Falu kommun
023-830 00""",
             X("register", [P("Johanna Häll", "johanna.hall@falun.se", "Falu kommun"),
                            P("Mikko Pirinen", None, "Falu kommun")], [S2, S4]),
             "terse list with upper-case surnames first; names normalised to 'Förnamn Efternamn'; sender not "
             "attending; phone number is not a date"),

        tg("t086", "2027-03-30T18:25:00", "Per Åkerlund", 1876520934,
           "Hej, Per Åkerlund här från Avesta kommun. Jag och Lisen Ny är anmälda till 3 maj. Lisen vill gärna gå på den 22 februari också, kan ni lägga till det för henne? Mitt blir som det är.",
           X("change", [P("Lisen Ny", None, "Avesta kommun")], [S1, S4]),
           "Telegram change for one person of a pair: adds a session, her sessions after the change are 3 May + "
           "22 Feb; sender unchanged and not in people"),

        mail("t087", "2027-01-22T09:12:00", ("Mikael Berglund", "mikael.berglund@rattvik.se"), "VB: DalaLab – vilka åker?",
             """Hej Linnea, se nedan. Anmäl de två som svarat ja, tack. Jag själv avstår.

Mikael

-----Ursprungligt meddelande-----
Från: Wennberg Tove <tove.wennberg@rattvik.se>
Skickat: den 15 januari 2027 14:31
Till: Berglund Mikael <mikael.berglund@rattvik.se>
Ämne: SV: DalaLab – vilka åker?

Ja, jag vill gärna gå på alla fyra!

-----Ursprungligt meddelande-----
Från: Eriksson Khalid <khalid.eriksson@rattvik.se>
Skickat: den 15 januari 2027 09:12
Till: Berglund Mikael <mikael.berglund@rattvik.se>
Ämne: SV: DalaLab – vilka åker?

Jag hänger med, men bara på de två första (3 maj och 21 sep).

-----Ursprungligt meddelande-----
Från: Backström Liv <liv.backstrom@rattvik.se>
Skickat: den 14 januari 2027 16:40
Till: Berglund Mikael <mikael.berglund@rattvik.se>
Ämne: SV: DalaLab – vilka åker?

Nej tyvärr, inte i år.

-----Ursprungligt meddelande-----
Från: Berglund Mikael
Skickat: den 14 januari 2027 10:02
Till: Planenheten
Ämne: DalaLab – vilka åker?

Hej alla! Regionen bjuder in till DalaLab, träffar 3 maj, 21 september, 29 november och 22 februari. Säg till senast fredag om ni vill vara med.""",
             X("register", [P("Tove Wennberg", "tove.wennberg@rattvik.se", "Rättviks kommun"),
                            P("Khalid Eriksson", "khalid.eriksson@rattvik.se", "Rättviks kommun")], ALL),
             "manager forwards an internal thread: register the two who said yes (all four / first two: union all); "
             "the one who said no and the manager are not in people"),

        mail("t088", "2027-03-11T21:37:00", ("Ture Sahlin", "ture.sahlin@vansbro.se"), "anmälan",
             """Hej, anmäler oss tre från Vansbro: Ture, Tilda och Sten – efternamn Sahlin, Hurtig resp. Persson. Alla datumen. Tilda e laktosintolerant.
/T

Skickat från min iPhone""",
             X("register", [P("Ture Sahlin", "ture.sahlin@vansbro.se", "Vansbro kommun"),
                            P("Tilda Hurtig", None, "Vansbro kommun", "laktosintolerant"),
                            P("Sten Persson", None, "Vansbro kommun")], ALL, diet="laktosintolerant"),
             "phone mail: first names and surnames given separately ('resp.'); sender is Ture; 'Alla datumen'"),

        mail("t089", "2027-04-06T08:58:00", ("Elsa Hed", "elsa.hed@gagnef.se"), "SV: Bekräftelse DalaLab",
             """Hej!

Tyvärr krockar den 29 november med kommunfullmäktiges budgetsammanträde, så ingen av oss kan komma då – varken jag, Robin Mäkinen eller Malin Olofsson. Övriga träffar står vi kvar på.

Elsa

> Tack för er anmälan! Ni är registrerade till träffarna 3 maj, 21 september,
> 29 november 2027 och 22 februari 2028.
> Linnea Hassis, Region Dalarna""",
             X("cancel", [P("Elsa Hed", "elsa.hed@gagnef.se", "Gagnefs kommun"),
                          P("Robin Mäkinen", None, "Gagnefs kommun"),
                          P("Malin Olofsson", None, "Gagnefs kommun")], [S3]),
             "whole group cancels one session (29 Nov) and keeps the others; quoted confirmation lists all dates"),

        mail("t090", "2027-03-18T10:44:00", ("Priyanka Nair", "priyanka.nair@regiondalarna.se"), "DalaLab sign-up",
             """Hi Linnea,

I would like to sign up for DalaLab, together with two colleagues from the Region's planning unit:

- Priyanka Nair (me) – all four sessions
- Tom Berger, tom.berger@regiondalarna.se – only the first one, on 3 May
- Sara Lindqvist-Mäkelä – 21 September and 29 November (she is vegetarian)

Best regards,
Priyanka

Priyanka Nair
Regional Planning Strategist
Region Dalarna""",
             X("register", [P("Priyanka Nair", "priyanka.nair@regiondalarna.se", "Region Dalarna"),
                            P("Tom Berger", "tom.berger@regiondalarna.se", "Region Dalarna"),
                            P("Sara Lindqvist-Mäkelä", None, "Region Dalarna", "vegetarian")], ALL,
               diet="vegetarian"),
             "English group signup with per-person sessions (all / 3 May / 21 Sep + 29 Nov): union = all; "
             "double surname; diet for one colleague"),
    ]
