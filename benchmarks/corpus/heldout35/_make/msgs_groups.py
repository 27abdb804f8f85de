"""Batch 36, theme "groups": planners, managers, secretaries and HR signing up, changing, substituting and
cancelling colleagues, several organisations, lists in every shape (ids al046-al090)."""
from textwrap import dedent

from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def d(s):
    return dedent(s).lstrip("\n")


INVITATION = d("""
    Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
    Skickat: den 2 december 2026 09:14
    Till: Lena Dahlgren <lena.dahlgren@mora.se>
    Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

    Välkommen att anmäla dig till DalaLab! Lärprojektet består av fyra träffar:

    3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
    21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
    29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
    22 februari 2028 – Planera för tillgänglighet

    Sista anmälningsdag är den 14 april 2027. Varje kommun kan delta med upp till tre personer.

    Varmt välkomna!
    Linnea Hassis
    Region Dalarna
""")


def messages():
    return [
        # ---------------------------------------------------------------- plain-ish signups, many list shapes
        mail("al046", "2026-12-03T10:12", ("Maria Lönn", "maria.lonn@borlange.se"),
             "Anmälan av medarbetare till DalaLab",
             d("""
                Hej Linnea,

                På uppdrag av vår samhällsbyggnadschef anmäler jag följande tre medarbetare till lärprojektet DalaLab:

                - Johan Ekström, översiktsplanerare, johan.ekstrom@borlange.se
                - Fatima Rahimi, planeringsarkitekt, fatima.rahimi@borlange.se
                - Gustav Lindh, strateg, gustav.lindh@borlange.se

                Själv deltar jag inte, men skicka gärna bekräftelserna till mig i kopia.

                Med vänlig hälsning
                Maria Lönn
                HR-partner, Samhällsbyggnadsförvaltningen
                Borlänge kommun
                Tel 0243-74 00 00 | Röda vägen 50, 781 81 Borlänge
             """),
             X("register", [P("Johan Ekström", "johan.ekstrom@borlange.se", "Borlänge kommun"),
                            P("Fatima Rahimi", "fatima.rahimi@borlange.se", "Borlänge kommun"),
                            P("Gustav Lindh", "gustav.lindh@borlange.se", "Borlänge kommun")], ALL),
             "HR registers three colleagues in a bulleted list, sender explicitly not attending"),

        mail("al047", "2026-12-04T14:40", ("Karl-Erik Hed", "karl-erik.hed@leksand.se"),
             "DalaLab – vi blir tre från Leksand",
             d("""
                Hej!

                Vi blir tre från Leksand som vill vara med: jag själv, Britt Olsson och Mikael Persson.
                Vi siktar på majträffen och den 21 september, resten får vi ta ställning till senare.

                Britt och Mikael har inte tillgång till mejlen just nu, så skicka allt till mig.

                Hälsningar
                Karl-Erik Hed
                Planarkitekt, Leksands kommun
             """),
             X("register", [P("Karl-Erik Hed", "karl-erik.hed@leksand.se", "Leksands kommun"),
                            P("Britt Olsson", None, "Leksands kommun"),
                            P("Mikael Persson", None, "Leksands kommun")], [S1, S2]),
             "sender plus two colleagues without addresses, inline list, two sessions (majträffen + 21 sept)"),

        mail("al048", "2026-12-07T09:05", ("Ingrid Sahlin", "ingrid.sahlin@falun.se"),
             "Anmälan DalaLab – Falu kommun",
             d("""
                Hej,

                Här kommer Falu kommuns anmälningar till DalaLab (samtliga fyra träffar):

                Namn                  E-post                        Kost
                Berglund, Anders      anders.berglund@falun.se      -
                Nyström, Sofie        sofie.nystrom@falun.se        vegetarisk
                Al-Amin, Yusuf        yusuf.al-amin@falun.se        -

                Vänliga hälsningar
                Ingrid Sahlin
                Administratör, Stadsbyggnadsförvaltningen
                Falu kommun
             """),
             X("register", [P("Anders Berglund", "anders.berglund@falun.se", "Falu kommun"),
                            P("Sofie Nyström", "sofie.nystrom@falun.se", "Falu kommun", diet="vegetarisk"),
                            P("Yusuf Al-Amin", "yusuf.al-amin@falun.se", "Falu kommun")], ALL,
               diet="vegetarisk"),
             "administrator sends a plain-text table of 'Efternamn, Förnamn' with a diet column, not attending"),

        mail("al049", "2026-12-03T08:31", ("Lena Dahlgren", "lena.dahlgren@mora.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             d("""
                Hej Linnea!

                Jag och min kollega Tobias Wennberg (tobias.wennberg@mora.se) anmäler oss till de två första
                träffarna. Vi hör av oss om senhösten och vintern längre fram.

                /Lena

                Lena Dahlgren
                Översiktsplanerare | Mora kommun
                Direkt: 0250-260 00 | Mobil: 070-123 45 67
                Besök: Fredsgatan 16, 792 80 Mora

             """) + INVITATION,
             X("register", [P("Lena Dahlgren", "lena.dahlgren@mora.se", "Mora kommun"),
                            P("Tobias Wennberg", "tobias.wennberg@mora.se", "Mora kommun")], [S1, S2]),
             "Outlook reply above the quoted invitation (all four dates), 'de två första träffarna'"),

        mail("al050", "2026-12-09T13:22", ("Hanna Sjöberg", "hanna.sjoberg@sater.se"),
             "Gemensam anmälan Säter/Hedemora",
             d("""
                Hej,

                Säter och Hedemora arbetar med en gemensam planeringsstrategi och vill därför gå tillsammans
                på DalaLab. Anmäl gärna:

                Från Säters kommun: Hanna Sjöberg (jag) och Viktor Åberg, viktor.aberg@sater.se
                Från Hedemora kommun: Ronja Falk, ronja.falk@hedemora.se

                Alla tre till samtliga träffar.

                Tack!
                Hanna
             """),
             X("register", [P("Hanna Sjöberg", "hanna.sjoberg@sater.se", "Säters kommun"),
                            P("Viktor Åberg", "viktor.aberg@sater.se", "Säters kommun"),
                            P("Ronja Falk", "ronja.falk@hedemora.se", "Hedemora kommun")], ALL),
             "two organisations in one mail, grouped by municipality"),

        mail("al051", "2026-12-10T15:47", ("Stefan Gran", "stefan.gran@ludvika.se"),
             "Anmälan – plangruppen Ludvika",
             d("""
                <html><body>
                <p>Hej Linnea,</p>
                <p>Jag anmäler härmed plangruppen på Ludvika kommun till DalaLab, alla fyra tillfällena:</p>
                <table border="1" cellpadding="4">
                <tr><th>Namn</th><th>Roll</th><th>E-post</th></tr>
                <tr><td>Amanda Rydén</td><td>Översiktsplanerare</td><td>amanda.ryden@ludvika.se</td></tr>
                <tr><td>Oskar Lundgren</td><td>Planarkitekt</td><td>oskar.lundgren@ludvika.se</td></tr>
                <tr><td>Nadia Karimi</td><td>Trafikplanerare</td><td>nadia.karimi@ludvika.se</td></tr>
                </table>
                <p>Själv är jag tyvärr uppbunden av budgetarbetet och kommer inte att delta.</p>
                <p>Med vänlig hälsning<br><b>Stefan Gran</b><br>Planchef, Ludvika kommun<br>
                0240-860 00</p>
                </body></html>
             """),
             X("register", [P("Amanda Rydén", "amanda.ryden@ludvika.se", "Ludvika kommun"),
                            P("Oskar Lundgren", "oskar.lundgren@ludvika.se", "Ludvika kommun"),
                            P("Nadia Karimi", "nadia.karimi@ludvika.se", "Ludvika kommun")], ALL),
             "HTML-only, manager registers his team in an HTML table and does not attend", html=True),

        mail("al052", "2026-12-14T11:03", ("Åsa Mörk", "asa.mork@alvdalen.se"),
             "Anmälan till DalaLab",
             d("""
                Hej!

                Jag vill anmäla mig och min kollega Görel Näslund till alla träffarna i DalaLab.
                Görel är laktosintolerant, jag äter allt.

                Görels adress är gorel.naslund@alvdalen.se.

                Hälsningar från Älvdalen
                Åsa Mörk
                Miljö- och byggförvaltningen, Älvdalens kommun
             """),
             X("register", [P("Åsa Mörk", "asa.mork@alvdalen.se", "Älvdalens kommun"),
                            P("Görel Näslund", "gorel.naslund@alvdalen.se", "Älvdalens kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "iso-8859-1, self plus colleague, the colleague's diet", charset="iso-8859-1"),

        mail("al053", "2026-12-16T09:58", ("Daniel Moberg", "daniel.moberg@regiondalarna.se"),
             "DalaLab registration – two colleagues from our unit",
             d("""
                Hi Linnea,

                I'd like to register two colleagues from our regional development unit who are still
                learning Swedish:

                 * Priya Natarajan (priya.natarajan@regiondalarna.se)
                 * Lukas Weber (lukas.weber@regiondalarna.se)

                They would like to attend all sessions except the one in November (Lukas is on parental
                leave then, and Priya prefers to follow him). I won't be joining myself.

                Best regards,
                Daniel Moberg
                Unit Manager, Regional Development
                Region Dalarna
             """),
             X("register", [P("Priya Natarajan", "priya.natarajan@regiondalarna.se", "Region Dalarna"),
                            P("Lukas Weber", "lukas.weber@regiondalarna.se", "Region Dalarna")], [S1, S2, S4]),
             "English, manager for two others, 'all sessions except the one in November'"),

        tg("al054", "2026-12-18T19:26", "Jonas Ärlig", 5120448813,
           "Hej! Anmäler mig + kollegan Sara Björk, vi jobbar båda på Orsa kommun. 3/5 och 21/9 passar oss 👍",
           X("register", [P("Jonas Ärlig", None, "Orsa kommun"),
                          P("Sara Björk", None, "Orsa kommun")], [S1, S2]),
           "Telegram, sender plus colleague, numeric dates"),

        tg("al055", "2027-01-08T07:54", "Petra Eklund", 6638120457,
           "kan ni skriva upp hela plangruppen i Vansbro? vi är tre: jag, Ali Hassan och Mirja Koivisto. alla träffar",
           X("register", [P("Petra Eklund", None, "Vansbro kommun"),
                          P("Ali Hassan", None, "Vansbro kommun"),
                          P("Mirja Koivisto", None, "Vansbro kommun")], ALL),
           "Telegram lower case, 'hela plangruppen' spelled out as three names incl. the sender"),

        mail("al056", "2027-01-11T22:17", ("Per-Olof Dahl", "per-olof.dahl@gagnef.se"),
             "anmälan dalalab",
             d("""
                hej

                anmäler härmed mig själv samt anna lindqvist och tomas öberg från gagnefs kommun till dalalabb,
                alla tillfälllen.
                anna: anna.lindqvist@gagnef.se
                tomas har ingen mejl än (nyanställd), skicka hans info till mig

                mvh P-O

                Skickat från min iPhone
             """),
             X("register", [P("Per-Olof Dahl", "per-olof.dahl@gagnef.se", "Gagnefs kommun"),
                            P("Anna Lindqvist", "anna.lindqvist@gagnef.se", "Gagnefs kommun"),
                            P("Tomas Öberg", None, "Gagnefs kommun")], ALL),
             "phone mail, lower case names and typos, one colleague without address, signed 'P-O'"),

        mail("al057", "2027-01-12T10:30", ("Samhällsbyggnad Smedjebacken", "samhallsbyggnad@smedjebacken.se"),
             "Anmälan DalaLab",
             d("""
                Hej!

                Vi vill anmäla två personer från Smedjebackens kommun till DalaLab:

                Elsa Nordin, elsa.nordin@smedjebacken.se
                Rasmus Holm, rasmus.holm@smedjebacken.se

                Båda kommer på alla fyra träffarna. Svara gärna direkt till dem och inte till den här
                funktionsbrevlådan.

                Hälsningar
                Samhällsbyggnadsförvaltningen
                Smedjebackens kommun
             """),
             X("register", [P("Elsa Nordin", "elsa.nordin@smedjebacken.se", "Smedjebackens kommun"),
                            P("Rasmus Holm", "rasmus.holm@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "shared function mailbox registers two people whose own addresses are in the text"),

        mail("al058", "2027-01-15T13:08", ("Birgitta Forsman", "birgitta.forsman@rattvik.se"),
             "Anmälan för stadsarkitekt Jan Wallin",
             d("""
                Hej,

                Jag skriver å Jan Wallins vägnar (stadsarkitekt, Rättviks kommun). Han vill delta på träffarna
                om önskvärda framtider och osäkerheter respektive om tillgänglighet och digital närhet, men inte
                på de två första.

                Jans adress: jan.wallin@rattvik.se

                Hälsningar
                Birgitta Forsman
                Nämndsekreterare, Rättviks kommun
             """),
             X("register", [P("Jan Wallin", "jan.wallin@rattvik.se", "Rättviks kommun")], [S3, S4]),
             "secretary registers her boss, sessions by theme (osäkerheter + tillgänglighet)"),

        mail("al059", "2027-01-19T08:14", ("Oskar Hellström", "oskar.hellstrom@falun.se"),
             "Anmälan DalaLab, 4 personer",
             d("""
                Hej!

                Vi är fyra på planenheten som gärna vill vara med på hela DalaLab:

                1. Oskar Hellström (undertecknad)
                2. Emma Rask, emma.rask@falun.se
                3. Jesper Nilsson, jesper.nilsson@falun.se
                4. Linda Holmgren, linda.holmgren@falun.se

                Jag vet att det står max tre per kommun, så sätt i så fall Linda på väntelistan.

                Oskar Hellström
                Planenheten, Falu kommun
                023-830 00
             """),
             X("register", [P("Oskar Hellström", "oskar.hellstrom@falun.se", "Falu kommun"),
                            P("Emma Rask", "emma.rask@falun.se", "Falu kommun"),
                            P("Jesper Nilsson", "jesper.nilsson@falun.se", "Falu kommun"),
                            P("Linda Holmgren", "linda.holmgren@falun.se", "Falu kommun")], ALL),
             "numbered list of four from one municipality (over quota), fourth to be waitlisted"),

        mail("al060", "2027-01-18T09:41", ("Kim Sandberg", "kim.sandberg@hedemora.se"),
             "VB: DalaLab – någon från oss?",
             d("""
                Hej Linnea,

                Se nedan – vår chef vill att vi går. Jag och Alva Ring (alva.ring@hedemora.se) anmäler oss
                till hela serien.

                Kim

                -----Ursprungligt meddelande-----
                Från: Göran Mattsson <goran.mattsson@hedemora.se>
                Skickat: den 14 januari 2027 16:02
                Till: Kim Sandberg; Alva Ring; Bertil Ohlsson
                Ämne: VB: DalaLab – någon från oss?

                Hej alla, kan två av er anmäla er till det här? Bertil, du har redan mycket i höst så det
                räcker om Kim och Alva går.
                /Göran

                -----Ursprungligt meddelande-----
                Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
                Ämne: Inbjudan DalaLab

                Nu öppnar anmälan till DalaLab: fyra träffar den 3 maj, 21 september och 29 november 2027
                samt 22 februari 2028. Upp till tre personer per kommun.
             """),
             X("register", [P("Kim Sandberg", "kim.sandberg@hedemora.se", "Hedemora kommun"),
                            P("Alva Ring", "alva.ring@hedemora.se", "Hedemora kommun")], ALL),
             "forwarded VB chain: the boss's quoted note names three, only the two on top sign up"),

        mail("al061", "2027-01-21T11:19", ("Jessica Holm", "jessica.holm@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen Dalarna",
             d("""
                Hej Linnea!

                Följande från samhällsplaneringsenheten anmäls till alla fyra DalaLab-träffar (kopierat från
                Outlook, hoppas formatet funkar):

                Karlsson Maria <maria.karlsson@lansstyrelsen.se>; Eriksson Leif <leif.eriksson@lansstyrelsen.se>; Holm Jessica <jessica.holm@lansstyrelsen.se>

                Hälsningar
                Jessica Holm
                Handläggare, Länsstyrelsen Dalarna
             """),
             X("register", [P("Maria Karlsson", "maria.karlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Leif Eriksson", "leif.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Jessica Holm", "jessica.holm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "Outlook address line 'Efternamn Förnamn <addr>;' without commas, sender among them"),

        mail("al062", "2027-01-25T16:02", ("Ylva Backlund", "ylva.backlund@rattvik.se"),
             "Deltagare DalaLab",
             d("""
                Hej,

                Deltagare från Rättviks kommun, första och sista träffen:

                Backlund, Ylva
                Sundqvist, Henrik
                Mattsson Lind, Therese

                Vänligen
                Ylva Backlund
             """),
             X("register", [P("Ylva Backlund", "ylva.backlund@rattvik.se", "Rättviks kommun"),
                            P("Henrik Sundqvist", None, "Rättviks kommun"),
                            P("Therese Mattsson Lind", None, "Rättviks kommun")], [S1, S4]),
             "'Efternamn, Förnamn' lines incl. the sender and a double surname, 'första och sista träffen'"),

        mail("al063", "2027-02-01T08:50", ("Annika Öhman", "annika.ohman@avesta.se"),
             "Anmälan nyanställd planarkitekt – DalaLab",
             d("""
                Hej!

                Jag arbetar på HR i Avesta kommun. Vi har en ny planarkitekt, Mohammed Darwish, som börjar
                hos oss den 1 april. Hans chef vill att han deltar i DalaLab från start, alltså alla träffar.

                Hans e-postadress blir mohammed.darwish@avesta.se (den aktiveras när anställningen börjar).
                Fram till dess kan ni nå mig.

                Med vänlig hälsning
                Annika Öhman
                HR-specialist, Avesta kommun
                0226-64 50 00
             """),
             X("register", [P("Mohammed Darwish", "mohammed.darwish@avesta.se", "Avesta kommun")], ALL),
             "HR registers a new hire whose address is not active yet; sender not attending"),

        tg("al064", "2027-02-03T12:12", "Emily Carter", 7011934406,
           "Hi! Could you sign up me and my colleague Tom Reed for the May and September sessions? "
           "We're both at Region Dalarna, planning dept.",
           X("register", [P("Emily Carter", None, "Region Dalarna"),
                          P("Tom Reed", None, "Region Dalarna")], [S1, S2]),
           "Telegram English, self plus colleague, sessions by month"),

        mail("al065", "2027-02-05T14:27", ("Camilla Strand", "camilla.strand@avesta.se"),
             "DalaLab höstens träff",
             d("""
                Hej! Jag och min kollega Robin Ahl vill vara med på höstens träff. Robin nås på
                robin.ahl@avesta.se.

                Hälsningar Camilla
                Stadsbyggnadskontoret, Avesta kommun
             """),
             X("register", [P("Camilla Strand", "camilla.strand@avesta.se", "Avesta kommun"),
                            P("Robin Ahl", "robin.ahl@avesta.se", "Avesta kommun")], [S2, S3],
               unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions"),

        # ---------------------------------------------------------------- cancels, changes, substitutions
        mail("al066", "2027-02-08T09:33", ("Monika Eld", "monika.eld@ludvika.se"),
             "Avanmälan Håkan Berg",
             d("""
                Hej,

                Håkan Berg, förvaltningschef för samhällsbyggnad, har tyvärr fått förhinder och behöver
                avanmäla sig från hela DalaLab-serien. Hans kollegor från Ludvika deltar som planerat.

                Bekräfta gärna till mig eller direkt till honom (hakan.berg@ludvika.se).

                Monika Eld
                Ledningsassistent, Ludvika kommun
             """),
             X("cancel", [P("Håkan Berg", "hakan.berg@ludvika.se", "Ludvika kommun")], ALL),
             "assistant cancels her boss; the colleagues who stay are not in people"),

        mail("al067", "2027-02-10T10:05", ("Anders Tall", "anders.tall@borlange.se"),
             "Byte av deltagare DalaLab",
             d("""
                Hej Linnea!

                Eva Nord, som är anmäld från oss, slutar i sommar. Ola Wik tar över hennes plats från och med
                septemberträffen och går sedan resten av serien. Eva går själv på majträffen som planerat.

                Olas mejl: ola.wik@borlange.se

                Mvh
                Anders Tall
                Enhetschef plan, Borlänge kommun
             """),
             X("change", [P("Eva Nord", None, "Borlänge kommun"),
                          P("Ola Wik", "ola.wik@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "manager: partial substitution from September on; substitute takes the last three"),

        mail("al068", "2027-02-11T15:44", ("Sara Lindgren", "sara.lindgren@mora.se"),
             "Ändring i Moras anmälan",
             d("""
                Hej,

                En liten ändring: stryk Lisa Holm från vår lista. Hon har bytt tjänst och kommer inte att delta.
                Övriga två står kvar.

                Tack!
                Sara Lindgren
                Mora kommun
             """),
             X("cancel", [P("Lisa Holm", None, "Mora kommun")], ALL),
             "withdrawn colleague without substitute under subject 'Ändring'"),

        mail("al069", "2027-02-15T07:58", ("Nils Rosén", "nils.rosen@orsa.se"),
             "Byte av datum",
             d("""
                Hej!

                Jag måste byta från 3 maj till 29 november – har en planprocess som krockar i vår.
                Jennys anmälan gäller som förut, hon kommer i maj.

                /Nils Rosén, Orsa kommun
             """),
             X("change", [P("Nils Rosén", "nils.rosen@orsa.se", "Orsa kommun")], [S3]),
             "bare swap for the sender; the colleague's signup 'gäller som förut' (not in people)"),

        mail("al070", "2027-02-17T13:36", ("Maja Lund", "maja.lund@sater.se"),
             "Lägg till en träff",
             d("""
                Hej!

                Jag och Mats Grön är anmälda till den 3 maj. Vi vill gärna lägga till 21 september också,
                för oss båda.

                Maja Lund
                Säters kommun
             """),
             X("change", [P("Maja Lund", "maja.lund@sater.se", "Säters kommun"),
                          P("Mats Grön", None, "Säters kommun")], [S1, S2]),
             "adding a session for two people; sessions after the change"),

        mail("al071", "2027-02-19T11:11", ("Gunilla Stål", "gunilla.stal@vansbro.se"),
             "Specialkost Karin Ek",
             d("""
                Hej, jag glömde skriva vid anmälan att Karin Ek (karin.ek@vansbro.se) inte tål gluten.
                Kan ni notera glutenfri kost för henne?

                Hälsningar Gunilla, Vansbro kommun
             """),
             X("change", [P("Karin Ek", "karin.ek@vansbro.se", "Vansbro kommun", diet="glutenfri")], [],
               diet="glutenfri"),
             "colleague's diet update by the one who registered her, no sessions named"),

        mail("al072", "2027-02-22T08:20", ("Bo Sjödin", "bo.sjodin@hedemora.se"),
             "Hedemora 21/9",
             d("""
                Hej,

                Ingen av oss tre från Hedemora (Anna Törn, Cecilia Berg och jag) kan komma den 21 september
                p.g.a. kommunfullmäktige. Övriga träffar står kvar.

                Bo Sjödin
             """),
             X("cancel", [P("Anna Törn", None, "Hedemora kommun"),
                          P("Cecilia Berg", None, "Hedemora kommun"),
                          P("Bo Sjödin", "bo.sjodin@hedemora.se", "Hedemora kommun")], [S2]),
             "whole group drops one session, others stay"),

        tg("al073", "2027-02-24T18:03", "Sofia Lund", 5893301127,
           "hej! jonas berg kan inte komma 3 maj så jag går istället för honom. vi jobbar båda på leksands kommun",
           X("change", [P("Jonas Berg", None, "Leksands kommun"),
                        P("Sofia Lund", None, "Leksands kommun")], [S1]),
           "Telegram lower case substitution: the sender replaces a colleague on one date"),

        mail("al074", "2027-03-01T09:47", ("Kristoffer Alm", "kristoffer.alm@malung-salen.se"),
             "byte av träf",
             d("""
                Hej, kan jag och Alice Vik byta 21/9 mot 29 novemebr? Det blev krock med ett samrådsmöte.

                Tack /Kristoffer, Malung-Sälen
             """),
             X("change", [P("Kristoffer Alm", "kristoffer.alm@malung-salen.se", "Malung-Sälens kommun"),
                          P("Alice Vik", None, "Malung-Sälens kommun")], [S3]),
             "bare swap with typos for the sender and a colleague"),

        mail("al075", "2027-03-29T08:26", ("Lars Hedman", "lars.hedman@gagnef.se"),
             "Fwd: DalaLab 3 maj",
             d("""
                Hej Linnea, vidarebefordrar från Peter nedan. Vänligen avanmäl honom från första träffen,
                han är sjukskriven. Vi återkommer om resten.

                Lars Hedman
                Planchef, Gagnefs kommun

                ---------- Forwarded message ---------
                Från: Peter Kask <peter.kask@gagnef.se>
                Datum: mån 29 mars 2027 kl 07:12
                Ämne: DalaLab 3 maj
                Till: Lars Hedman <lars.hedman@gagnef.se>

                Hej Lars, jag kommer inte kunna gå på DalaLab 3 maj, kan du meddela dem? /Peter
             """),
             X("cancel", [P("Peter Kask", "peter.kask@gagnef.se", "Gagnefs kommun")], [S1]),
             "manager forwards an employee's message and cancels him from the first session"),

        # ---------------------------------------------------------------- questions
        mail("al076", "2027-03-03T14:15", ("Therese Lund", "therese.lund@falun.se"),
             "Fler än tre från Falun",
             d("""
                Hej Linnea,

                Vi är fyra planerare i Falun som alla skulle ha nytta av DalaLab. Undrar om det finns någon
                möjlighet att göra undantag från regeln om tre per kommun, eller om man kan dela en plats
                mellan två personer beroende på tema.

                Hör gärna av dig.

                Therese Lund
                Falu kommun
             """),
             X("question"),
             "quota question without a question mark"),

        mail("al077", "2027-03-05T10:40", ("Oliver Sten", "oliver.sten@alvdalen.se"),
             "Ersättare vid förhinder?",
             d("""
                Hej!

                Jag är anmäld till DalaLab. Om jag blir förhindrad på någon av träffarna, får jag skicka en
                kollega i mitt ställe, eller måste hen anmäla sig separat i så fall?

                Oliver Sten
                Älvdalens kommun
             """),
             X("question"),
             "question about substitutes in general; nobody is substituted yet"),

        mail("al078", "2027-03-08T13:02", ("Kerstin Valo", "kerstin.valo@mora.se"),
             "Vilka från Mora är anmälda?",
             d("""
                Hej! Vår kommundirektör undrar vilka från Mora kommun som är anmälda till DalaLab hittills,
                och om det finns någon plats kvar för oss. Kan du skicka en lista?

                Mvh Kerstin Valo, kommunledningskontoret
             """),
             X("question"),
             "secretary asks who is registered from her municipality"),

        # ---------------------------------------------------------------- erasure, automatic, unknown
        mail("al079", "2027-03-10T09:09", ("Peter Åkesson", "peter.akesson@ludvika.se"),
             "Radera uppgifter – avslutad anställning",
             d("""
                Hej,

                Amanda Rydén har avslutat sin anställning på Ludvika kommun. Enligt vår rutin ber vi er
                radera alla personuppgifter om henne i era register för DalaLab.

                Med vänlig hälsning
                Peter Åkesson
                HR-avdelningen, Ludvika kommun
             """),
             X("erasure", [P("Amanda Rydén", None, "Ludvika kommun")]),
             "HR asks for erasure of a former employee's data (not the writer's)"),

        mail("al080", "2027-01-20T16:31", ("Göran Mattsson", "goran.mattsson@hedemora.se"),
             "Autosvar: Bekräftelse DalaLab",
             d("""
                Tack för ditt mejl.

                Jag är tjänstledig till och med den 15 februari 2027. Ärenden som rör planenheten och
                anmälningar till utbildningar hanteras under tiden av Kim Sandberg, kim.sandberg@hedemora.se,
                0225-340 00.

                Göran Mattsson
                Planchef, Hedemora kommun
             """),
             X("auto_reply"),
             "out-of-office of a manager naming who handles registrations meanwhile"),

        mail("al081", "2026-12-11T08:02", ("Microsoft Outlook", "postmaster@ludvika.se"),
             "Undeliverable: Bekräftelse: anmälan till DalaLab",
             d("""
                Delivery has failed to these recipients or groups:

                nadia.karimi@ludvika.se
                The email address you entered couldn't be found. Please check the recipient's email address
                and try to resend the message. If the problem continues, please contact your helpdesk.

                Diagnostic information for administrators:
                Generating server: MX1.ludvika.se
                nadia.karimi@ludvika.se
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

                Original message headers:
                From: Linnea Hassis <linnea.hassis@regiondalarna.se>
                To: nadia.karimi@ludvika.se
                Subject: Bekräftelse: anmälan till DalaLab
             """),
             X("auto_reply"),
             "bounce (NDR) for a confirmation sent to a colleague in a group signup"),

        mail("al082", "2027-02-26T06:45", ("Nordiska Evenemangsregistret", "info@nordic-event-register.eu"),
             "Gruppanmälan bekräftad – DalaLab 2027 (ref. 44812)",
             d("""
                Bästa arrangör,

                Er organisation har nu registrerats för gruppdeltagande i Nordiska Evenemangsregistret 2027.
                Registreringen omfattar publicering av ert evenemang "DalaLab" samt upp till 25 deltagare.

                Avgift: 7 900 kr exkl. moms per deltagargrupp. Betalas inom 10 dagar till bankgiro 5541-2290.
                Om ni inte önskar fortsätta måste uppsägning ske skriftligen inom 7 dagar.

                Med vänliga hälsningar
                Registreringsavdelningen
             """),
             X("unknown"),
             "listing scam dressed as a group registration confirmation"),

        mail("al083", "2027-03-15T07:30", ("Planbyrån Kurs", "kurser@planbyran.se"),
             "Skicka hela plangruppen – 20 % gruppris på ÖP-utbildning",
             d("""
                <html><body>
                <h2>Gruppanmälan till vårens ÖP-kurser</h2>
                <p>Anmäl tre eller fler kollegor från samma kommun och få 20 % rabatt på vår utbildning
                <b>Översiktsplanering i praktiken</b>. Anmäl er senast 30 april!</p>
                <p><a href="https://planbyran.se/kurser">Anmäl gruppen här</a></p>
                <p style="font-size:small">Du får detta utskick eftersom du prenumererar på Planbyråns
                nyhetsbrev. <a href="https://planbyran.se/avregistrera">Avregistrera</a></p>
                </body></html>
             """),
             X("unknown"),
             "HTML marketing newsletter inviting group signups to another course", html=True),

        # ---------------------------------------------------------------- more group changes and cancels
        mail("al084", "2027-03-17T10:52", ("Helena Kvist", "helena.kvist@regiondalarna.se"),
             "Ändrad bemanning DalaLab",
             d("""
                Hej Linnea,

                Per Ekman från vår enhet kan inte gå på de två sista träffarna. I stället kommer Lina Åström och
                Omar Said, båda till 29 november och 22 februari.

                Adresser: lina.astrom@regiondalarna.se, omar.said@regiondalarna.se

                Hälsningar
                Helena Kvist
                Enhetschef, Samhällsplanering
                Region Dalarna
             """),
             X("change", [P("Per Ekman", None, "Region Dalarna"),
                          P("Lina Åström", "lina.astrom@regiondalarna.se", "Region Dalarna"),
                          P("Omar Said", "omar.said@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "manager: one person replaced by two for the last two sessions"),

        mail("al085", "2027-03-22T15:18", ("Elin Grönvall", "elin.gronvall@orsa.se"),
             "Orsa kommun drar tillbaka anmälan",
             d("""
                Hej,

                Tyvärr måste Orsa kommun dra tillbaka sin anmälan till DalaLab på grund av omprioriteringar.
                Det gäller mig och Tomas Rydberg (tomas.rydberg@orsa.se).

                Ledsen för besväret.
                Elin Grönvall
                Samhällsbyggnad, Orsa kommun
             """),
             X("cancel", [P("Elin Grönvall", "elin.gronvall@orsa.se", "Orsa kommun"),
                          P("Tomas Rydberg", "tomas.rydberg@orsa.se", "Orsa kommun")], ALL),
             "municipality withdraws its signup: sender plus colleague cancel everything"),

        mail("al086", "2027-03-24T11:37", ("Anneli Fors", "anneli.fors@sater.se"),
             "Flytta Bengt",
             d("""
                Hej! Kan ni flytta Bengt Lindqvist från den första träffen till den tredje? Han har semester i
                början av maj.

                / Anneli, Säters kommun
             """),
             X("change", [P("Bengt Lindqvist", None, "Säters kommun")], [S3]),
             "secretary moves a colleague by ordinal ('första' to 'tredje'), bare swap"),

        mail("al087", "2027-03-26T09:14", ("Sofia Bergkvist", "sofia.bergkvist@regiondalarna.se"),
             "Anmälningar från regionen och länsstyrelsen",
             d("""
                Hej Linnea,

                Vi har samordnat anmälningarna från regionens planeringsteam och våra kollegor på
                Länsstyrelsen. Alla deltar på samtliga träffar.

                Namn;Organisation;E-post;Specialkost
                Bergkvist Sofia;Region Dalarna;sofia.bergkvist@regiondalarna.se;
                Hultgren Axel;Region Dalarna;axel.hultgren@regiondalarna.se;nötallergi
                Sandell Mona;Länsstyrelsen Dalarna;mona.sandell@lansstyrelsen.se;

                Sofia Bergkvist
                Region Dalarna
             """),
             X("register", [P("Sofia Bergkvist", "sofia.bergkvist@regiondalarna.se", "Region Dalarna"),
                            P("Axel Hultgren", "axel.hultgren@regiondalarna.se", "Region Dalarna",
                              diet="nötallergi"),
                            P("Mona Sandell", "mona.sandell@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL,
               diet="nötallergi"),
             "semicolon CSV with 'Efternamn Förnamn', two organisations, one diet, sender among them"),

        mail("al088", "2027-03-31T14:50", ("Jörgen Malm", "jorgen.malm@alvdalen.se"),
             "Kerstin Ahl – DalaLab",
             d("""
                Hej,

                Kerstin Ahl kan inte längre vara med i DalaLab eftersom hon har fått nya arbetsuppgifter.
                Vi återkommer om vi hittar någon som kan ta hennes plats, men ta bort henne tills vidare.

                Jörgen Malm
                Bygg- och miljöchef, Älvdalens kommun
             """),
             X("cancel", [P("Kerstin Ahl", None, "Älvdalens kommun")], ALL),
             "colleague withdrawn, a substitute only promised later: cancel"),

        mail("al089", "2027-04-06T08:07", ("Ulf Sandin", "ulf.sandin@malung-salen.se"),
             "Anmälan Malung-Sälen",
             d("""
                Hej! Anmäler härmed från Malung-Sälens kommun:

                – Ida Bäck, ida.back@malung-salen.se
                – Ahmad Noori, ahmad.noori@malung-salen.se

                till alla träffar. Själv kanske jag hänger med någon gång om det finns plats, jag återkommer
                i så fall.

                Ulf Sandin
                Samhällsbyggnadschef, Malung-Sälens kommun
             """),
             X("register", [P("Ida Bäck", "ida.back@malung-salen.se", "Malung-Sälens kommun"),
                            P("Ahmad Noori", "ahmad.noori@malung-salen.se", "Malung-Sälens kommun")], ALL,
               unsure=["sender-attends"]),
             "manager registers two with en-dash bullets; his own 'kanske' is not a signup"),

        tg("al090", "2027-04-09T20:41", "Hanna Wik", 6204518839,
           "Hej! Både jag och min kollega Linus Frid på Borlänge kommun är veganer, kan ni ändra kosten för oss?",
           X("change", [P("Hanna Wik", None, "Borlänge kommun", diet="vegan"),
                        P("Linus Frid", None, "Borlänge kommun", diet="vegan")], [], diet="vegan"),
           "Telegram diet update for the sender and a colleague, no sessions"),
    ]
