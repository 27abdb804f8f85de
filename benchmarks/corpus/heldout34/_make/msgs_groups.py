"""Batch 35, theme "groups": planners, managers, secretaries and HR signing up, changing, substituting and
cancelling colleagues; several organisations; lists in every shape. Ids ak046-ak090."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 09:12
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för
hållbarhet och utvecklingskraft. Projektet består av fyra träffar:

3 maj 2027, Falun (fika från 09:30, 10:00–15:00) – Hållbar utveckling i ett rumsligt perspektiv och
planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange eventuella kostönskemål.

Välkomna!
Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines()) + "\n"


def messages():
    return [
        # ---------------------------------------------------------------- plain group signups
        mail("ak046", "2026-12-03T09:14", ("Marie Hallberg", "marie.hallberg@ludvika.se"),
             "Anmälan till DalaLab – Ludvika kommun",
             "Hej Linnea!\n\nTack för inbjudan. Från Ludvika kommun anmäler vi oss tre till hela lärprojektet:\n\n"
             "- Marie Hallberg, planchef, marie.hallberg@ludvika.se\n"
             "- Dragan Petrović, översiktsplanerare, dragan.petrovic@ludvika.se\n"
             "- Elin Sandström, planarkitekt, elin.sandstrom@ludvika.se\n\n"
             "Vi har inga särskilda kostönskemål.\n\n"
             "Vänliga hälsningar\nMarie Hallberg\nPlanchef, Samhällsbyggnadsförvaltningen\nLudvika kommun\n"
             "Tel 0240-860 00 (växel) | Mobil 070-244 18 93\nBesöksadress: Stationsgatan 20, 771 82 Ludvika\n",
             X("register", [P("Marie Hallberg", "marie.hallberg@ludvika.se", "Ludvika kommun"),
                            P("Dragan Petrović", "dragan.petrovic@ludvika.se", "Ludvika kommun"),
                            P("Elin Sandström", "elin.sandstrom@ludvika.se", "Ludvika kommun")], ALL),
             "manager signs up herself and two colleagues, dash list with roles and addresses, 'inga kostönskemål'"),

        mail("ak047", "2027-01-11T13:02", ("Johansson Per-Erik", "per-erik.johansson@hedemora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nHär kommer Hedemoras anmälan, alla tre går på samtliga träffar.\n\n"
             "Namn | E-post | Kost\n"
             "Per-Erik Johansson | per-erik.johansson@hedemora.se | –\n"
             "Amanda Lind | amanda.lind@hedemora.se | laktosfri\n"
             "Fredrik Nordqvist | fredrik.nordqvist@hedemora.se | –\n\n"
             "Mvh Per-Erik\n\nPer-Erik Johansson\nÖversiktsplanerare\nHedemora kommun\n0225-340 00\n\n"
             + INVITATION,
             X("register", [P("Per-Erik Johansson", "per-erik.johansson@hedemora.se", "Hedemora kommun"),
                            P("Amanda Lind", "amanda.lind@hedemora.se", "Hedemora kommun", "laktosfri"),
                            P("Fredrik Nordqvist", "fredrik.nordqvist@hedemora.se", "Hedemora kommun")],
               ALL, diet="laktosfri"),
             "Outlook reply quoting the invitation (all four dates quoted); pipe table with a diet column; "
             "From display name 'Efternamn Förnamn'"),

        mail("ak048", "2026-12-15T10:41", ("Kerstin Mård", "kerstin.mard@orsa.se"),
             "Anmälan DalaLab från Orsa kommun",
             "<html><body><p>Hej!</p><p>Jag är administratör på Samhällsbyggnad och skickar in anmälan för våra två "
             "planerare. De deltar på alla fyra tillfällena.</p>"
             "<table border=\"1\" cellpadding=\"4\"><tr><th>Namn</th><th>Befattning</th><th>E-post</th></tr>"
             "<tr><td>Viktor Brandt</td><td>Översiktsplanerare</td><td>viktor.brandt@orsa.se</td></tr>"
             "<tr><td>Lisa Ohlsson</td><td>Miljöstrateg</td><td>lisa.ohlsson@orsa.se</td></tr></table>"
             "<p>Med vänlig hälsning<br>Kerstin Mård<br>Administratör, Samhällsbyggnadsförvaltningen<br>"
             "Orsa kommun<br>0250-552 00</p></body></html>\n",
             X("register", [P("Viktor Brandt", "viktor.brandt@orsa.se", "Orsa kommun"),
                            P("Lisa Ohlsson", "lisa.ohlsson@orsa.se", "Orsa kommun")], ALL),
             "HTML-only, secretary (not attending) registers two planners in an HTML table"),

        mail("ak049", "2027-02-02T08:05", ("Maja Lindqvist", "maja.lindqvist@sater.se"), "Anmälan DalaLab",
             "Hej Linnea,\n\nVi vill anmäla oss till DalaLab, samtliga fyra träffar:\n\n"
             "Lindqvist, Maja <maja.lindqvist@sater.se>; Öberg, Nils <nils.oberg@sater.se>\n\n"
             "Nils är vegan.\n\nHälsningar\nMaja Lindqvist\nPlaneringsarkitekt\nSäters kommun\nTfn 0225-550 00\n",
             X("register", [P("Maja Lindqvist", "maja.lindqvist@sater.se", "Säters kommun"),
                            P("Nils Öberg", "nils.oberg@sater.se", "Säters kommun", "vegan")], ALL, diet="vegan"),
             "iso-8859-1; Outlook address-line list 'Efternamn, Förnamn <addr>;' incl. sender; diet for the colleague",
             charset="iso-8859-1"),

        mail("ak050", "2027-01-20T15:33", ("Amira Haddad", "amira.haddad@regiondalarna.se"), "Registration – DalaLab",
             "Hi Linnea,\n\nI'd like to sign up for DalaLab, together with a colleague from the County Administrative "
             "Board who I'm working with on the regional development strategy:\n\n"
             "Amira Haddad, Region Dalarna (amira.haddad@regiondalarna.se)\n"
             "Henrik Dahl, Länsstyrelsen Dalarna (henrik.dahl@lansstyrelsen.se)\n\n"
             "We can only make the first two sessions, 3 May and 21 September, as we are both on leave from "
             "November.\n\nBest regards,\nAmira\n--\nAmira Haddad | Analyst, Regional Development\n"
             "Region Dalarna | +46 23 49 00 00\n",
             X("register", [P("Amira Haddad", "amira.haddad@regiondalarna.se", "Region Dalarna"),
                            P("Henrik Dahl", "henrik.dahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "English, two organisations (Region + Länsstyrelsen), first two sessions; 'November' only as leave date"),

        tg("ak051", "2027-03-04T19:22", "Sanna Ek", 6184420731,
           "Hej! Anmäler mig och Kalle Nyström från Rättvik, vi kör alla träffarna 👍",
           X("register", [P("Sanna Ek", None, "Rättviks kommun"), P("Kalle Nyström", None, "Rättviks kommun")], ALL),
           "Telegram, sender plus colleague, organisation from the text, no addresses"),

        mail("ak052", "2027-03-18T21:47", ("johan wiik", "johan.wiik@gagnef.se"), "anmälan",
             "hej\n\nanmäler oss från gagnef: erik holm, lisa bergkvist o jag själv. alla datum går bra för oss alla "
             "tre\n\n/johan\n\nSkickat från min iPhone\n",
             X("register", [P("Johan Wiik", "johan.wiik@gagnef.se", "Gagnefs kommun"),
                            P("Erik Holm", None, "Gagnefs kommun"),
                            P("Lisa Bergkvist", None, "Gagnefs kommun")], ALL),
             "lower case run-on list from a phone, 'o jag själv', names to be capitalised, colleagues without addresses"),

        mail("ak053", "2027-02-22T11:09", ("Ann-Sofie Rydberg", "ann-sofie.rydberg@mora.se"), "Anmälan DalaLab hösten",
             "Hej Linnea,\n\nJag vill anmäla två av mina medarbetare till höstens två träffar i DalaLab:\n\n"
             "Tobias Krantz, tobias.krantz@mora.se\nLina Persson, lina.persson@mora.se\n\n"
             "Själv har jag tyvärr inte möjlighet att delta, men jag är kontaktperson för Moras del.\n\n"
             "Hälsningar\n\nAnn-Sofie Rydberg\nEnhetschef Plan & Bygg\nSamhällsbyggnadsförvaltningen\nMora kommun\n\n"
             "Besöksadress: Fredsgatan 16, Mora\nPostadress: 792 80 Mora\nTelefon: 0250-260 00 (vx)\n"
             "Direkt: 0250-262 47\nMobil: 070-601 33 85\nwww.mora.se\n\n"
             "Mora kommun behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på "
             "www.mora.se/personuppgifter\n",
             X("register", [P("Tobias Krantz", "tobias.krantz@mora.se", "Mora kommun"),
                            P("Lina Persson", "lina.persson@mora.se", "Mora kommun")], [S2, S3]),
             "manager registers two staff, explicitly not herself; 'höstens två träffar'; long signature with numbers"),

        mail("ak054", "2027-01-27T14:20", ("Sara Ljung", "sara.ljung@falun.se"), "DalaLab – anmälan Falu kommun (3 st)",
             "Hej!\n\nFalu kommun anmäler följande till träffarna den 3 maj och den 29 november (övriga datum krockar "
             "tyvärr med vår ÖP-process):\n\n"
             "1. Sara Ljung – översiktsplanerare – sara.ljung@falun.se\n"
             "2. Mikael Grön – GIS-samordnare – mikael.gron@falun.se\n"
             "3. Helena Zetterlund – trafikplanerare – helena.zetterlund@falun.se\n\n"
             "Helena har nötallergi.\n\nVänligen\nSara Ljung\nStadsbyggnadsförvaltningen, Falu kommun\n023-830 00\n",
             X("register", [P("Sara Ljung", "sara.ljung@falun.se", "Falu kommun"),
                            P("Mikael Grön", "mikael.gron@falun.se", "Falu kommun"),
                            P("Helena Zetterlund", "helena.zetterlund@falun.se", "Falu kommun", "nötallergi")],
               [S1, S3], diet="nötallergi"),
             "numbered list with roles, two named dates for the whole group, one colleague's allergy"),

        mail("ak055", "2027-02-09T08:31", ("Malin Eriksson", "malin.eriksson@avesta.se"), "VB: Anmälan",
             "Hej Linnea,\n\nAnna skickade sin anmälan till mig av misstag, så jag vidarebefordrar den. Hon står som "
             "kontaktperson själv.\n\nMalin Eriksson\nHR-konsult, Avesta kommun\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Anna Grahn <anna.grahn@avesta.se>\nSkickat: den 8 februari 2027 16:54\n"
             "Till: Malin Eriksson <malin.eriksson@avesta.se>\nÄmne: Anmälan\n\n"
             "Hej,\njag vill anmäla mig till DalaLab, träffarna 3 maj och 21 september. Jag har laktosintolerans.\n\n"
             "/Anna Grahn\nPlanarkitekt, Avesta kommun\n",
             X("register", [P("Anna Grahn", "anna.grahn@avesta.se", "Avesta kommun", "laktosintolerans")],
               [S1, S2], diet="laktosintolerans"),
             "HR forwards ('VB:') a colleague's misdirected signup; the forwarder is not a participant"),

        tg("ak056", "2027-02-13T12:08", "Rasmus Ek", 5930218846,
           "Vi blir två från Vansbro: jag + Tove Ahl (tove.ahl@vansbro.se). Alla 4 datum. Vegetariskt åt oss båda tack!",
           X("register", [P("Rasmus Ek", None, "Vansbro kommun", "vegetariskt"),
                          P("Tove Ahl", "tove.ahl@vansbro.se", "Vansbro kommun", "vegetariskt")],
             ALL, diet="vegetariskt"),
           "Telegram, 'jag +' colleague with address, shared diet for both"),

        mail("ak057", "2027-01-05T10:10", ("Planeringsavdelningen Borlänge", "planeringsavdelningen@borlange.se"),
             "Anmälan DalaLab",
             "Hej!\n\nVi anmäler Petra Nyberg (petra.nyberg@borlange.se) och Jonas Lööf (jonas.loof@borlange.se) "
             "till DalaLab, alla träffar. Svara gärna direkt till dem, den här brevlådan läses bara någon gång i "
             "veckan.\n\n/Planeringsavdelningen\nBorlänge kommun\n",
             X("register", [P("Petra Nyberg", "petra.nyberg@borlange.se", "Borlänge kommun"),
                            P("Jonas Lööf", "jonas.loof@borlange.se", "Borlänge kommun")], ALL),
             "shared function mailbox registers two people whose own addresses are in the text"),

        mail("ak058", "2027-03-01T09:45", ("Jenny Skog", "jenny.skog@leksand.se"), "Anmälan DalaLab – Leksand och Rättvik",
             "Hej Linnea!\n\nVi driver ett gemensamt ÖP-arbete över kommungränsen och vill gärna gå DalaLab "
             "tillsammans. Anmäl oss tre till hela serien:\n\n"
             "Från Leksands kommun:\n  Jenny Skog, jenny.skog@leksand.se\n  Anders Moberg, anders.moberg@leksand.se\n"
             "Från Rättviks kommun:\n  Oskar Lilja, oskar.lilja@rattvik.se\n\n"
             "Tack på förhand!\nJenny Skog\nSamhällsplanerare, Leksands kommun\n",
             X("register", [P("Jenny Skog", "jenny.skog@leksand.se", "Leksands kommun"),
                            P("Anders Moberg", "anders.moberg@leksand.se", "Leksands kommun"),
                            P("Oskar Lilja", "oskar.lilja@rattvik.se", "Rättviks kommun")], ALL),
             "two municipalities in one mail, list grouped under organisation headings"),

        mail("ak059", "2027-04-06T16:12", ("Vestin Hanna", "hanna.vestin@smedjebacken.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag och min chef Gunnar Ask kommer gärna på de två första träffarna. Gunnar äter fläskfritt.\n\n"
             "//Hanna\n\nHanna Vestin\nStrategisk planerare | Smedjebackens kommun\n0240-660 00\n\n"
             "Den 2 dec. 2026 kl. 09:12 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n\n"
             + quoted(INVITATION.split("\n\n", 1)[1]),
             X("register", [P("Hanna Vestin", "hanna.vestin@smedjebacken.se", "Smedjebackens kommun"),
                            P("Gunnar Ask", None, "Smedjebackens kommun", "fläskfritt")], [S1, S2],
               diet="fläskfritt"),
             "'de två första' resolved against the quoted invitation; boss without address; diet for the boss"),

        mail("ak060", "2026-12-09T13:37", ("Kajsa Strand", "kajsa.strand@alvdalen.se"),
             "Anmälan Älvdalen: Strand, Vik, Olofsson",
             "Hej,\n\nsom rubriken säger: vi är tre från Älvdalens kommun som vill vara med på hela DalaLab. Klistrar "
             "in från vår lista:\n\n"
             "Strand Kajsa\tkajsa.strand@alvdalen.se\tplanhandläggare\n"
             "Vik Daniel\tdaniel.vik@alvdalen.se\tbygglovschef\n"
             "Olofsson Ingrid\tingrid.olofsson@alvdalen.se\tkommunekolog\n\n"
             "Hälsningar Kajsa\n",
             X("register", [P("Kajsa Strand", "kajsa.strand@alvdalen.se", "Älvdalens kommun"),
                            P("Daniel Vik", "daniel.vik@alvdalen.se", "Älvdalens kommun"),
                            P("Ingrid Olofsson", "ingrid.olofsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "tab-separated paste from a spreadsheet, 'Efternamn Förnamn' without comma, surnames in subject"),

        tg("ak061", "2027-01-25T08:17", "Gun Persson", 7012554390,
           "Hej, jag är sekreterare på samhällsbyggnad i Malung-Sälen. Kan du anmäla Per Alm och Eva Sund till träffen "
           "i februari? Tack!",
           X("register", [P("Per Alm", None, "Malung-Sälens kommun"), P("Eva Sund", None, "Malung-Sälens kommun")],
             [S4]),
           "Telegram, secretary registers two others (not herself), request phrased as a question, 'träffen i februari'"),

        mail("ak062", "2027-03-22T10:02", ("Jakob Lindgren", "jakob.lindgren@avesta.se"), "DalaLab registration – Avesta",
             "<html><body><p>Hello Linnea,</p><p>Please register the following people from Avesta Municipality for "
             "all sessions except the one in November:</p><ul>"
             "<li>Jakob Lindgren (myself) – jakob.lindgren@avesta.se</li>"
             "<li>Noor Al-Sayed – noor.alsayed@avesta.se</li>"
             "<li>Tomas Lindh – tomas.lindh@avesta.se</li></ul>"
             "<p>Noor is gluten-free.</p>"
             "<p>Kind regards,<br>Jakob Lindgren<br>Planning Architect, Avesta kommun<br>+46 226 64 50 00</p>"
             "</body></html>\n",
             X("register", [P("Jakob Lindgren", "jakob.lindgren@avesta.se", "Avesta kommun"),
                            P("Noor Al-Sayed", "noor.alsayed@avesta.se", "Avesta kommun", "gluten-free"),
                            P("Tomas Lindh", "tomas.lindh@avesta.se", "Avesta kommun")], [S1, S2, S4],
               diet="gluten-free"),
             "English HTML-only bullet list, '(myself)', all sessions except November"),

        mail("ak063", "2027-02-17T12:55", ("Elsa Norberg", "elsa.norberg@vansbro.se"), "Anmälan två personer",
             "Hej!\n\nJag och min kollega Björn Fahlén (bjorn.fahlen@vansbro.se) vill anmäla oss till två av träffarna: "
             "den om att planera för önskvärda framtider och osäkerheter, och den om tillgänglighet. De andra två "
             "prioriterar vi bort.\n\nHälsningar\nElsa Norberg\nVansbro kommun\n",
             X("register", [P("Elsa Norberg", "elsa.norberg@vansbro.se", "Vansbro kommun"),
                            P("Björn Fahlén", "bjorn.fahlen@vansbro.se", "Vansbro kommun")], [S3, S4]),
             "sessions named only by theme (futures/uncertainties = 29 nov, accessibility = 22 feb)"),

        mail("ak064", "2027-03-10T08:58", ("Ali Rahimi", "ali.rahimi@borlange.se"), "Anmälan DalaLab – Borlänge",
             "Hej,\n\nVi är ett gäng från översiktsplaneringen på Borlänge kommun som vill delta i alla fyra "
             "träffarna:\n\nAli Rahimi, ali.rahimi@borlange.se\nCecilia Berg, cecilia.berg@borlange.se\n"
             "Markus Holm, markus.holm@borlange.se\nJosefin Dahlberg, josefin.dahlberg@borlange.se\n\n"
             "Hälsningar\nAli Rahimi\nÖversiktsplanerare\nBorlänge kommun | 0243-740 00\n",
             X("register", [P("Ali Rahimi", "ali.rahimi@borlange.se", "Borlänge kommun"),
                            P("Cecilia Berg", "cecilia.berg@borlange.se", "Borlänge kommun"),
                            P("Markus Holm", "markus.holm@borlange.se", "Borlänge kommun"),
                            P("Josefin Dahlberg", "josefin.dahlberg@borlange.se", "Borlänge kommun")], ALL),
             "four from one municipality (over the quota of three: the parse still lists all four; refusal is "
             "the organiser's step)"),

        # ---------------------------------------------------------------- others cancelled, changed, substituted
        mail("ak065", "2027-03-29T14:40", ("Agneta Wall", "agneta.wall@hedemora.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag är administratör på samhällsbyggnadsförvaltningen i Hedemora. Amanda Lind och Fredrik "
             "Nordqvist kan tyvärr inte delta i DalaLab på grund av en omorganisation. Vänligen avanmäl dem från "
             "samtliga träffar. Per-Erik Johansson deltar som planerat.\n\n"
             "Med vänlig hälsning\nAgneta Wall\nAdministratör\nHedemora kommun\n",
             X("cancel", [P("Amanda Lind", None, "Hedemora kommun"), P("Fredrik Nordqvist", None, "Hedemora kommun")],
               ALL),
             "administrator cancels two colleagues; a third who stays is not among people; sender not a participant"),

        mail("ak066", "2027-03-15T09:20", ("Marie Hallberg", "marie.hallberg@ludvika.se"),
             "Byte av deltagare från september",
             "Hej Linnea,\n\nElin Sandström går på föräldraledighet i sommar. Hon är med den 3 maj som planerat, men "
             "från och med septemberträffen tar Oskar Rehn (oskar.rehn@ludvika.se) hennes plats.\n\n"
             "Hälsningar\nMarie\n\nMarie Hallberg\nPlanchef, Ludvika kommun\n",
             X("change", [P("Elin Sandström", None, "Ludvika kommun"),
                          P("Oskar Rehn", "oskar.rehn@ludvika.se", "Ludvika kommun")], [S2, S3, S4]),
             "manager's partial substitution: leaver keeps 3 maj, substitute takes 'från och med september' onwards"),

        mail("ak067", "2027-01-18T11:30", ("HR-service Mora kommun", "hr.service@mora.se"),
             "Deltagare som ska strykas – DalaLab",
             "Hej,\n\nFöljande medarbetare har avslutat sin anställning hos Mora kommun och ska strykas från "
             "deltagarlistan till DalaLab:\n\nSjöberg, Helena\nNyqvist, Arvid\n\n"
             "Vi har i nuläget ingen ersättare.\n\nMed vänlig hälsning\nHR-service\nMora kommun\n",
             X("cancel", [P("Helena Sjöberg", None, "Mora kommun"), P("Arvid Nyqvist", None, "Mora kommun")], ALL),
             "HR shared mailbox withdraws two former employees, 'Efternamn, Förnamn', no substitute"),

        mail("ak068", "2027-04-01T13:13", ("Viktor Brandt", "viktor.brandt@orsa.se"), "Tillägg till anmälan",
             "Hej!\n\nVi tre från Orsa – jag, Lisa Ohlsson och Hampus Tell – är anmälda till maj och september. Nu har "
             "vi fått klartecken att gå på novemberträffen också, så lägg gärna till 29/11 för oss alla.\n\n/Viktor\n",
             X("change", [P("Viktor Brandt", "viktor.brandt@orsa.se", "Orsa kommun"),
                          P("Lisa Ohlsson", None, "Orsa kommun"), P("Hampus Tell", None, "Orsa kommun")],
               [S1, S2, S3]),
             "group adds a session; sessions after the change are stated (maj, sept + 29/11)"),

        mail("ak069", "2027-02-25T17:05", ("Jonas Pihl", "jonas.pihl@falun.se"), "Avanmälan",
             "Hej Linnea,\n\nJag måste tyvärr hoppa av DalaLab, jag har fått ett nytt uppdrag som tar all tid under "
             "året. Min kollega Stina Holms anmälan gäller som förut – hon ser fram emot det!\n\n"
             "Vänliga hälsningar\nJonas Pihl\nFalu kommun\n",
             X("cancel", [P("Jonas Pihl", "jonas.pihl@falun.se", "Falu kommun")], ALL),
             "sender cancels; colleague's signup 'gäller som förut' so she is not among people"),

        tg("ak070", "2027-03-08T20:41", "Kicki Lund", 6650013274,
           "hej! anna berg från säter kan inte 21/9, pelle ström går istället för henne den dagen",
           X("change", [P("Anna Berg", None, "Säters kommun"), P("Pelle Ström", None, "Säters kommun")], [S2]),
           "Telegram, lower-case third-party substitution for one date; sender not involved"),

        mail("ak071", "2027-03-03T10:27", ("Helen Bäck", "helen.back@rattvik.se"), "Komplettering kost",
             "Hej!\n\nEn komplettering till Rättviks anmälan: Johan Ek är glutenintolerant. Allt annat är "
             "oförändrat.\n\nHälsningar\nHelen Bäck\nAssistent, Samhällsbyggnad\nRättviks kommun\n",
             X("change", [P("Johan Ek", None, "Rättviks kommun", "glutenintolerant")], [], diet="glutenintolerant"),
             "assistant adds a colleague's diet to an existing signup, no sessions named"),

        mail("ak072", "2027-04-08T07:52", ("Örjan Bylund", "orjan.bylund@leksand.se"), "Fwd: Kan inte 3 maj",
             "Hej Linnea, vidarebefordrar från Karin enligt nedan.\n/Örjan\n\n"
             "---------- Forwarded message ---------\n"
             "Från: Karin Sundberg <karin.sundberg@leksand.se>\nDate: ons 7 apr. 2027 kl. 21:14\n"
             "Subject: Kan inte 3 maj\nTo: Örjan Bylund <orjan.bylund@leksand.se>\n\n"
             "Hej Örjan!\nJag kan inte vara med på första DalaLab-träffen 3 maj, då är jag på semester. Resten är jag "
             "med på. Kan du meddela Linnea på Regionen?\n/Karin\n",
             X("cancel", [P("Karin Sundberg", "karin.sundberg@leksand.se", "Leksands kommun")], [S1]),
             "manager forwards ('Fwd:') a colleague's partial cancellation; only 3 maj is given up"),

        mail("ak073", "2027-03-25T15:48", ("Tina Björk", "tina.bjork@smedjebacken.se"), "byte av datum",
             "Hej!\nJag och Ulf Dahl är anmälda till septembr-träffen men har båda fått krock. Kan vi byta den mot "
             "novembr isället?\nMvh Tina\nSmedjebackens kommun\n",
             X("change", [P("Tina Björk", "tina.bjork@smedjebacken.se", "Smedjebackens kommun"),
                          P("Ulf Dahl", None, "Smedjebackens kommun")], [S3]),
             "swap with typos (septembr, novembr, isället) for sender and colleague; new session only"),

        mail("ak074", "2027-01-14T09:03", ("Maria Fors", "maria.fors@gagnef.se"), "Anmälan DalaLab",
             "Hej,\n\nJag vill anmäla Kim Lager (kim.lager@gagnef.se) och Sara Nordin från Gagnefs kommun till andra "
             "och fjärde träffen. Själv vet jag inte ännu om jag kan, jag återkommer i så fall.\n\n"
             "Maria Fors\nPlanchef, Gagnefs kommun\n",
             X("register", [P("Kim Lager", "kim.lager@gagnef.se", "Gagnefs kommun"),
                            P("Sara Nordin", None, "Gagnefs kommun")], [S2, S4]),
             "manager registers two (one without address) by ordinal; she herself is undecided and not registered"),

        # ---------------------------------------------------------------- questions, noise, erasure, automatic
        mail("ak075", "2026-12-04T14:16", ("Lena Åström", "lena.astrom@falun.se"), "Fråga om antal platser",
             "Hej!\n\nVi är fyra på planeringsavdelningen i Falun som gärna vill gå DalaLab. I inbjudan står det upp "
             "till tre per kommun – gäller det per träff eller för hela projektet? Om en av oss bara kommer på en "
             "träff, kan vi då vara fyra?\n\nHälsningar\nLena Åström\nFalu kommun\n",
             X("question"),
             "quota question from a group of four; nobody is registered yet"),

        tg("ak076", "2027-01-08T11:44", "Petra Söderlund", 5512907765,
           "Hej. Vi är två i Mora som delar på en tjänst som översiktsplanerare och undrar om vi kan turas om att gå på "
           "träffarna beroende på vem som har möjlighet. Tacksam för besked innan vi anmäler oss",
           X("question"),
           "Telegram question without a question mark about sharing one place between two colleagues"),

        mail("ak077", "2027-02-11T03:27", ("Event Registry Europe", "registrations@eventreg-europe.com"),
             "ACTION REQUIRED: DalaLab 2027 – Group Registration Confirmation",
             "Dear Organizer,\n\nYour event \"DalaLab – Planering för hållbarhet\" has been pre-registered in the "
             "European Events Directory 2027/2028.\n\nTo confirm your group registration (up to 50 participants) and "
             "keep your listing active, please complete the attached form and pay the annual registration fee of "
             "EUR 1 290 within 7 days.\n\nGroup ID: EED-27-44918\nParticipants listed: 0 / 50\n"
             "Event dates: 03.05.2027 – 22.02.2028\n\nFailure to confirm may result in your event being removed from "
             "the directory.\n\nRegards,\nRegistration Department\nEvent Registry Europe Ltd.\n",
             X("unknown"),
             "directory/invoice scam dressed as a group registration confirmation, with event dates"),

        mail("ak078", "2027-03-12T16:30", ("Therese Lund", "therese.lund@borlange.se"), "Radera mina uppgifter",
             "Hej,\n\nVår enhetschef har anmält hela gruppen till DalaLab, men jag har inte gett mitt samtycke och "
             "kommer inte att delta. Jag vill att ni tar bort mig och raderar samtliga personuppgifter ni har om mig "
             "(GDPR artikel 17).\n\nTherese Lund\nBorlänge kommun\n",
             X("erasure", [P("Therese Lund", "therese.lund@borlange.se", "Borlänge kommun")]),
             "erasure by a member of a group signup made by her manager"),

        mail("ak079", "2027-02-15T08:00", ("Göran Mattsson", "goran.mattsson@falun.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             "Hej,\n\nJag är tjänstledig till och med den 31 mars och läser inte min e-post. Frågor om Falu kommuns "
             "deltagande i DalaLab och planeringsgruppen besvaras av Lena Åström, lena.astrom@falun.se, "
             "023-83 12 40.\n\nGöran Mattsson\nStadsbyggnadschef\n",
             X("auto_reply"),
             "out-of-office naming a deputy with address and the event"),

        mail("ak080", "2027-01-12T09:03", ("Microsoft Outlook", "postmaster@hedemora.se"),
             "Det gick inte att leverera: Bekräftelse: anmälan till DalaLab",
             "Det gick inte att leverera till följande mottagare eller grupper:\n\n"
             "fredrik.nordkvist@hedemora.se\n"
             "Den e-postadress du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka "
             "meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.\n\n"
             "Diagnostisk information för administratörer:\n\nGenererande server: MX1.hedemora.se\n\n"
             "fredrik.nordkvist@hedemora.se\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup'\n\n"
             "Originalmeddelandets rubriker:\n\nFrom: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "To: fredrik.nordkvist@hedemora.se\nSubject: Bekräftelse: anmälan till DalaLab\n"
             "Date: Tue, 12 Jan 2027 09:02:51 +0100\n",
             X("auto_reply"),
             "bounce of a confirmation sent to a group member's mistyped address"),

        mail("ak081", "2027-02-19T13:36", ("Samhällsplanering Länsstyrelsen Dalarna",
                                           "samhallsplanering.dalarna@lansstyrelsen.se"),
             "Ändring i Länsstyrelsens anmälan",
             "Hej,\n\nSofia Wik har fått nya arbetsuppgifter och ersätts av Hampus Eklund "
             "(hampus.eklund@lansstyrelsen.se) på samtliga träffar. Leo Strand och Maria Fält deltar som tidigare.\n\n"
             "Med vänlig hälsning\nGunilla Rask\nEnhetschef, enheten för samhällsplanering\nLänsstyrelsen Dalarna\n",
             X("change", [P("Sofia Wik", None, "Länsstyrelsen Dalarna"),
                          P("Hampus Eklund", "hampus.eklund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "shared mailbox, unit head substitutes one of three; the two who stay are not among people"),

        mail("ak082", "2027-04-05T10:58", ("Anna-Karin Öst", "anna-karin.ost@alvdalen.se"),
             "Ändring av anmälan – Älvdalen",
             "Hej,\n\nDaniel Vik från oss kommer inte att kunna delta i DalaLab. Vi har tyvärr ingen ersättare att "
             "skicka i nuläget, men hör av oss om det ändras.\n\nAnna-Karin Öst\nAvdelningschef\nÄlvdalens kommun\n",
             X("cancel", [P("Daniel Vik", None, "Älvdalens kommun")], ALL),
             "withdrawal of a colleague under subject 'Ändring', no substitute → cancel"),

        mail("ak083", "2027-03-26T08:44", ("Per-Olof Hansson", "per-olof.hansson@leksand.se"), "Leksands deltagare",
             "Hej,\n\nTa bort Anders Moberg från Leksands deltagare. Lägg till Frida Mattsson, "
             "frida.mattsson@leksand.se.\n\nPer-Olof Hansson\nSamhällsbyggnadschef, Leksands kommun\n",
             X("change", [P("Anders Moberg", None, "Leksands kommun"),
                          P("Frida Mattsson", "frida.mattsson@leksand.se", "Leksands kommun")], ALL,
               unsure=["intent", "sessions"]),
             "terse 'ta bort X, lägg till Y' from a manager: read as a substitution; sessions not named"),

        tg("ak084", "2027-03-14T18:02", "Robin Sahlin", 7284401193,
           "Hallå, jag och Mats Granberg är anmälda på alla fyra men vi hoppar över den i februari. Resten kör vi.",
           X("cancel", [P("Robin Sahlin", None, None), P("Mats Granberg", None, None)], [S4],
             unsure=["organisation"]),
           "Telegram, two drop one session of four; no organisation anywhere"),

        mail("ak085", "2027-04-02T11:21", ("Lena Borg", "lena.borg@avesta.se"), "Förhinder 3 maj",
             "Hej Linnea!\n\nVi som samåker från södra Dalarna – jag och Tomas Åberg på Hedemora kommun – kan tyvärr "
             "inte komma på första träffen den 3 maj. Från september är vi med igen.\n\n"
             "Lena Borg\nÖversiktsplanerare, Avesta kommun\n",
             X("cancel", [P("Lena Borg", "lena.borg@avesta.se", "Avesta kommun"),
                          P("Tomas Åberg", None, "Hedemora kommun")], [S1]),
             "two organisations in one partial cancellation; colleague's organisation from the text"),

        mail("ak086", "2026-12-21T14:05", ("Eva Lindh", "eva.lindh@orsa.se"), "Anmälan förvaltningschef",
             "Hej,\n\nJag anmäler härmed vår förvaltningschef Birgitta Fors (birgitta.fors@orsa.se) till samtliga fyra "
             "tillfällen i DalaLab. Hon äter pescetariskt.\n\nEventuella frågor kan ställas till mig.\n\n"
             "Med vänlig hälsning\nEva Lindh\nNämndsekreterare\nOrsa kommun\n0250-552 13\n",
             X("register", [P("Birgitta Fors", "birgitta.fors@orsa.se", "Orsa kommun", "pescetariskt")], ALL,
               diet="pescetariskt"),
             "secretary registers her boss, boss's own address in the text, diet is the boss's"),

        mail("ak087", "2027-04-09T10:30", ("Dragan Petrović", "dragan.petrovic@ludvika.se"),
             "Vilka är anmälda från Ludvika?",
             "Hej Linnea,\n\nVi har tappat bort vem hos oss som faktiskt skickade in anmälan. Kan du se vilka från "
             "Ludvika kommun som står på listan just nu och till vilka datum?\n\nTack!\nDragan\n",
             X("question"),
             "status question about a municipality's group signup"),

        mail("ak088", "2027-02-04T13:50", ("Carina Holm", "carina.holm@rattvik.se"), "Anmälan Rättvik",
             "Hej!\n\nVi är tre från Rättviks kommun som vill gå alla träffar utom den första (vi har budgetdagar "
             "då).\n\n"
             "Namn: Carina Holm\nE-post: carina.holm@rattvik.se\nKost: –\n\n"
             "Namn: Emil Sjödin\nE-post: emil.sjodin@rattvik.se\nKost: –\n\n"
             "Namn: Maja Persson\nE-post: (har ingen ännu, nyanställd)\nKost: vegetarisk\n\n"
             "Hälsningar\nCarina Holm\nPlaneringsstrateg\n",
             X("register", [P("Carina Holm", "carina.holm@rattvik.se", "Rättviks kommun"),
                            P("Emil Sjödin", "emil.sjodin@rattvik.se", "Rättviks kommun"),
                            P("Maja Persson", None, "Rättviks kommun", "vegetarisk")], [S2, S3, S4],
               diet="vegetarisk"),
             "form-like 'Namn:/E-post:/Kost:' blocks, a newcomer without address, 'alla utom den första'"),

        mail("ak089", "2027-03-30T11:11", ("Göran Ahl", "goran.ahl@vansbro.se"), "Lotta Hed – annan träff",
             "Hej!\n\nLotta Hed är bara anmäld till tillgänglighetsträffen i februari men har fått förhinder då. Kan hon "
             "gå på framtidsträffen i november i stället?\n\n/Göran Ahl, planchef Vansbro kommun\n",
             X("change", [P("Lotta Hed", None, "Vansbro kommun")], [S3]),
             "manager moves a colleague between sessions named by theme; polite question form is a change request"),

        mail("ak090", "2027-03-02T06:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Nyhetsbrev mars: Gruppanmälan till Planeringsdagarna 2027 är öppen",
             "PLANERINGSFORUM – NYHETSBREV MARS 2027\n\n"
             "* Gruppanmälan öppen: anmäl hela planeringsenheten till Planeringsdagarna 2027 (Örebro, 14–15 "
             "september) och få 15 % rabatt från tre deltagare.\n"
             "* Nytt om översiktsplanering: så jobbar kommunerna med utvecklingsinriktningen i ÖP-modellen.\n"
             "* Webbinarium 21 september: digital tillgänglighet i planeringen.\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum. Avsluta prenumerationen här: "
             "https://planeringsforum.se/avsluta\n",
             X("unknown"),
             "newsletter promoting group registration for another event; shares a date and themes with DalaLab"),
    ]
