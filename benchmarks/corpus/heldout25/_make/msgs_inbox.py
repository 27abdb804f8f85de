from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

INVITE = """Hej,

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft, Region Dalarnas lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet riktar sig främst till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Program
• 3 maj 2027 kl. 10–15 (fika från 9.30), Falun
  Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering. Medverkande: Boverket.
• 21 september 2027
  Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
• 29 november 2027
  Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028
  Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan skicka upp till tre deltagare. Sista dag för anmälan är 14 april 2027. Skicka namn, organisation, e-post och ev. specialkost till linnea.hassis@regiondalarna.se och skriv vilka träffar du vill gå på. Om du inte anger några datum anmäler vi dig till alla fyra.

Med vänlig hälsning
Linnea Hassis
Utvecklingsledare samhällsplanering
Region Dalarna"""

REMINDER_SUBJ = "Påminnelse: anmälan till DalaLab senast 14 april"

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab är onsdag 14 april 2027. Första träffen är måndag 3 maj i Falun, därefter 21 september, 29 november och 22 februari 2028.

Är du redan anmäld behöver du inte göra något. Kom ihåg att varje kommun kan delta med högst tre personer.

Hälsningar
Linnea Hassis
Region Dalarna
linnea.hassis@regiondalarna.se"""


def outlook(frm, sent, to, subject, body, sep="-----Ursprungligt meddelande-----"):
    return f"\n\n{sep}\nFrån: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{body}"


def quote(line, body):
    q = "\n".join(("> " + l) if l else ">" for l in body.splitlines())
    return f"\n\n{line}\n\n{q}"


LINNEA = "Hassis Linnea <linnea.hassis@regiondalarna.se>"


def messages():
    return [
        mail("ab001", "2026-12-01T08:47", ("Tjernström Helena", "helena.tjernstrom@falun.se"), "SV: " + INVITE_SUBJ,
             "Hej Linnea,\n\nAnmäler mig härmed till samtliga träffar. Ser fram emot det!\n\n"
             "Helena Tjernström\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Falu kommun\n"
             "Besöksadress: Stadshuset, Slaggatan 1\nTel: 023-83 12 47\n"
             + outlook(LINNEA, "den 1 december 2026 08:03", "Tjernström Helena <helena.tjernstrom@falun.se>",
                       INVITE_SUBJ, INVITE),
             X("register", [P("Helena Tjernström", "helena.tjernstrom@falun.se", "Falu kommun")], ALL),
             "plain reply over the invitation, 'samtliga träffar'; surname-first display name; quoted programme lists all dates"),

        mail("ab002", "2026-12-01T14:22", ("Anders Qvarnström", "anders.qvarnstrom@borlange.se"),
             "Anmälan DalaLab Borlänge",
             "Hej!\n\nVi vill anmäla två personer från Borlänge kommun, samhällsbyggnadsförvaltningen:\n\n"
             "- Anders Qvarnström (jag), anders.qvarnstrom@borlange.se\n"
             "- Lina Persson, lina.persson@borlange.se\n\n"
             "Vi kommer båda på träffarna 3 maj och 21 september. Resten får vi se när vi vet mer om "
             "budgeten för 2028.\nSpecialkost: vegetarisk (Lina).\n\n"
             "Vänliga hälsningar\nAnders Qvarnström\nPlanchef\nBorlänge kommun\n0243-74 10 32 / 070-312 44 90",
             X("register", [P("Anders Qvarnström", "anders.qvarnstrom@borlange.se", "Borlänge kommun"),
                            P("Lina Persson", "lina.persson@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               [S1, S2], diet="vegetarisk"),
             "self + colleague in a dash list with addresses; two sessions; diet for the colleague only; '2028' budget is not a session"),

        mail("ab003", "2026-12-01T15:05", ("Jenny Malmberg", "jenny.malmberg@lansstyrelsen.se"),
             "Automatiskt svar: " + INVITE_SUBJ,
             "Hej,\n\nJag är tjänstledig t.o.m. den 8 januari 2027 och läser inte min e-post.\n"
             "Ärenden som rör samhällsplanering kan skickas till dalarna@lansstyrelsen.se eller "
             "ringas in via växeln 010-225 00 00.\n\nMed vänlig hälsning\nJenny Malmberg\nLänsstyrelsen Dalarna",
             X("auto_reply"),
             "out-of-office reply to the invitation, no auto headers; a return date and a function address"),

        tg("ab004", "2026-12-02T19:41", "Jonatan Ahlin", 7730152,
           "Hej! Jonatan här, planarkitekt på Mora kommun. Vill gärna vara med på alla fyra träffarna 👍",
           X("register", [P("Jonatan Ahlin", None, "Mora kommun")], ALL),
           "telegram, 'alla fyra träffarna'"),

        mail("ab005", "2026-12-03T07:12", ("Sahlström Malin", "malin.sahlstrom@regiondalarna.se"),
             "SV: " + INVITE_SUBJ,
             "Hej Linnea, skriv upp mig! 😊 /Malin\n\nSkickat från Outlook för iOS"
             + outlook(LINNEA, "tisdag, december 1, 2026 8:03 AM", "Sahlström Malin <malin.sahlstrom@regiondalarna.se>",
                       INVITE_SUBJ, INVITE, sep="________________________________"),
             X("register", [P("Malin Sahlström", "malin.sahlstrom@regiondalarna.se", "Region Dalarna")], ALL),
             "one-line phone reply from a Region colleague; name only from the surname-first display name; no dates -> all four (quoted invitation lists them)"),

        mail("ab006", "2026-12-04T10:30", ("Rebecka Söderberg", "rebecka.soderberg@hedemora.se"),
             "Fråga om antal deltagare DalaLab",
             "Hej Linnea!\n\nTack för inbjudan. En fråga innan vi anmäler oss: gäller taket på tre personer per kommun "
             "totalt, eller per träff? Vi är fyra på planenheten som är intresserade men ingen av oss kan gå på alla "
             "gångerna. Kan vi t.ex. skicka en person den 3 maj och en annan den 22 februari?\n\n"
             "Vi har APT den 15 december så det vore skönt att veta innan dess.\n\n"
             "Hälsningar\nRebecka Söderberg\nEnhetschef Plan\nHedemora kommun\n0225-341 80",
             X("question"),
             "question about the quota that names two sessions and 'innan vi anmäler oss'; no signup; APT date is not a session"),

        mail("ab007", "2026-12-07T13:58", ("Anneli Moberg", "anneli.moberg@leksand.se"), "Anmälan till DalaLab",
             "Hej,\n\nJag anmäler mig till DalaLab, träff 1, 2 och 4. Den 29 november har vi budgetberedning i "
             "kommunstyrelsen och då måste jag vara på plats, så den träffen får jag tyvärr hoppa över.\n\n"
             "Specialkost: jag behöver glutenfri mat.\n\n"
             "Med vänliga hälsningar\n\nAnneli Moberg\nStrategisk samhällsplanerare\nKommunledningskontoret\n"
             "Leksands kommun\nBox 300, 793 27 Leksand\nTel. 0247-800 00 (vx)",
             X("register", [P("Anneli Moberg", "anneli.moberg@leksand.se", "Leksands kommun", diet="glutenfri")],
               [S1, S2, S4], diet="glutenfri"),
             "sessions by number 'träff 1, 2 och 4'; 29 november named only as the one she skips; 'Specialkost: jag behöver glutenfri mat' -> glutenfri; box address digits"),

        mail("ab008", "2026-12-08T11:04", ("Gunnel Rydén", "gunnel.ryden@ludvika.se"), "Anmälan DalaLab – Ludvika kommun",
             "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej Linnea!</p>"
             "<p>Fr&aring;n Ludvika kommun vill vi anm&auml;la f&ouml;ljande tv&aring; medarbetare till DalaLab:</p>"
             "<ul><li>Sofie Granlund, planarkitekt &ndash; <a href=\"mailto:sofie.granlund@ludvika.se\">sofie.granlund@ludvika.se</a></li>"
             "<li>Petter Myrberg, GIS-ingenj&ouml;r &ndash; <a href=\"mailto:petter.myrberg@ludvika.se\">petter.myrberg@ludvika.se</a></li></ul>"
             "<p>B&aring;da deltar p&aring; alla fyra tr&auml;ffarna. Sj&auml;lv har jag tyv&auml;rr inte m&ouml;jlighet i &aring;r, "
             "men jag h&aring;ller tummarna f&ouml;r att det blir en forts&auml;ttning.</p>"
             "<p>Med v&auml;nlig h&auml;lsning<br><b>Gunnel Ryd&eacute;n</b><br>Avdelningschef, Plan och exploatering<br>"
             "Ludvika kommun<br>0240-860 00</p></body></html>",
             X("register", [P("Sofie Granlund", "sofie.granlund@ludvika.se", "Ludvika kommun"),
                            P("Petter Myrberg", "petter.myrberg@ludvika.se", "Ludvika kommun")], ALL),
             "HTML-only list of two colleagues; the sender (manager) explicitly does not attend"),

        mail("ab009", "2026-12-09T06:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Nyhetsbrev december: tre webbinarier om översiktsplanering våren 2027",
             "PLANERINGSFORUM – NYHETSBREV DECEMBER 2026\n\n"
             "Hej planerare!\n\nI vår kör vi tre kostnadsfria webbinarier om den nya ÖP-modellen:\n\n"
             "21 januari kl. 13–14: Utvecklingsinriktningen – vad krävs?\n"
             "18 februari kl. 13–14: Planeringsstrategier i praktiken\n"
             "3 maj kl. 9–10: Tillgänglighetsanalyser med öppna data\n\n"
             "Anmäl dig på planeringsforum.se/webbinarier – begränsat antal platser!\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum. "
             "Avregistrera dig här: planeringsforum.se/avregistrera",
             X("unknown"),
             "newsletter with dates (one on 3 maj) and 'anmäl dig'; no event signup"),

        tg("ab010", "2026-12-13T21:17", "Gustav Lindh", 5521908,
           "hej! anmäler mig o kollegan Ebba Rönnqvist till vårträffen i falun. /Gustav, Säters kommun",
           X("register", [P("Gustav Lindh", None, "Säters kommun"), P("Ebba Rönnqvist", None, "Säters kommun")], [S1]),
           "telegram, self + colleague; 'vårträffen i falun' = 3 May (the only spring session)"),

        mail("ab011", "2026-12-15T09:26", ("Daniel Okafor", "daniel.okafor@avesta.se"), "Registration – DalaLab",
             "Dear Linnea,\n\nThank you for the invitation, which my manager forwarded to me. I would like to register "
             "for the sessions on September 21 and November 29. I only started at Avesta in October and my Swedish "
             "is still improving, so I hope it is fine that I write in English.\n\n"
             "No dietary requirements.\n\nBest regards,\nDaniel Okafor\nPlanning Architect\n"
             "Avesta kommun | Samhällsbyggnadsförvaltningen\n+46 226 645 00",
             X("register", [P("Daniel Okafor", "daniel.okafor@avesta.se", "Avesta kommun")], [S2, S3]),
             "English signup for two sessions; 'No dietary requirements' -> diet null; 'October' is not a session"),

        mail("ab012", "2026-12-17T15:40", ("Åsa Nordqvist", "asa.nordqvist@gagnef.se"), "SV: " + INVITE_SUBJ,
             "Hej!\n\nJag anmäler mig till alla träffarna. En fråga bara: kommer presentationerna att delas efteråt? "
             "Jag skulle gärna visa en del för vår politiska ledning.\n\nGod jul!\nÅsa\n\n"
             "Åsa Nordqvist\nSamhällsplanerare, Gagnefs kommun\n0241-150 00"
             + quote("Den tis 1 dec. 2026 kl 08:03 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:", INVITE),
             X("register", [P("Åsa Nordqvist", "asa.nordqvist@gagnef.se", "Gagnefs kommun")], ALL),
             "signup for all plus a question -> register; Gmail-style '>' quote of the invitation"),

        mail("ab013", "2026-12-22T09:15", ("Olof Jernberg", "olof.jernberg@rattvik.se"),
             "Automatiskt svar: " + INVITE_SUBJ,
             "Tack för ditt mejl!\n\nJag är ledig under perioden 21/12–6/1 och läser inte e-post. "
             "Jag besvarar ditt meddelande när jag är tillbaka.\n\nGod jul och gott nytt år!\n\n"
             "Olof Jernberg\nRättviks kommun",
             X("auto_reply"),
             "Christmas out-of-office with a date range"),

        mail("ab014", "2027-01-07T07:52", ("Therese Olausson", "therese.olausson@malung-salen.se"), "dalalab",
             "Hej anmäler mig och min kollega Jens Wiklund till dalalab, jag kan alla träffar förutom den sista i feb "
             "2028 då är jag föräldraledig. Jens kan gå på alla.\n\nmvh Therese\nMalung-Sälens kommun\n\n"
             "Skickat från min iPhone",
             X("register", [P("Therese Olausson", "therese.olausson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jens Wiklund", None, "Malung-Sälens kommun")], ALL),
             "phone mail, lower-case subject; self all but Feb 2028, colleague all -> union all four; name from display name"),

        mail("ab015", "2027-01-11T10:02", ("Per-Olof Hellström", "per-olof.hellstrom@lansstyrelsen.se"),
             "Anmälan av deltagare från Länsstyrelsen Dalarna till DalaLab",
             "Hej Linnea Hassis,\n\nLänsstyrelsen Dalarna anmäler härmed två deltagare till lärprojektet DalaLab. "
             "Vi deltar på de två första träffarna, den 3 maj och den 21 september 2027. Vi tar ställning till "
             "de senare träffarna efter sommaren.\n\n"
             "1. Per-Olof Hellström, samhällsplanerare (undertecknad)\n"
             "2. Nadia Rahimi, handläggare fysisk planering, nadia.rahimi@lansstyrelsen.se\n\n"
             "Nadia äter halal.\n\n"
             "Med vänlig hälsning\n\nPer-Olof Hellström\nSamhällsplanerare\nEnheten för samhällsbyggnad\n"
             "Länsstyrelsen Dalarna\n791 84 Falun\nDiarienummer för dialogen med kommunerna: 400-1123-2026",
             X("register", [P("Per-Olof Hellström", "per-olof.hellstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Nadia Rahimi", "nadia.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="halal")],
               [S1, S2], diet="halal"),
             "formal county letter, numbered list with 'undertecknad'; hyphenated first name; diet 'halal' for the colleague; case number"),

        tg("ab016", "2027-01-13T12:05", "Kim Sandström", 6130447,
           "Hej, är alla träffarna i Falun eller flyttar de runt i länet? Och börjar de kl 10 även på hösten?",
           X("question"),
           "telegram question about venue and times, no signup"),

        mail("ab017", "2027-01-18T20:33", ("Linus Gref", "linusgref@gmail.com"), "Anmälan",
             "Hej!\n\nJag vill anmäla mig till DalaLab den 21/9 och den 22/2. Skriver från min privata mejl då "
             "jobbdatorn är på service.\n\nHälsningar\nLinus Gref\nPlaneringsarkitekt, Orsa kommun",
             X("register", [P("Linus Gref", "linusgref@gmail.com", "Orsa kommun")], [S2, S4]),
             "private gmail address, organisation only from the signature; '21/9' and '22/2'"),

        mail("ab018", "2027-01-20T08:41", ("Hampus Brandt", "hampus.brandt@vansbro.se"), "VB: VB: " + INVITE_SUBJ,
             "Hej Linnea,\n\nFick den här av min chef. Jag anmäler mig gärna till de tre första träffarna – "
             "i februari 2028 är jag troligen tjänstledig.\n\n/Hampus Brandt\nPlanhandläggare, Vansbro kommun\n"
             + outlook("Wahlberg Lena <lena.wahlberg@vansbro.se>", "den 19 januari 2027 16:12",
                       "Brandt Hampus <hampus.brandt@vansbro.se>", "VB: " + INVITE_SUBJ,
                       "Hampus – något för dig? Jag hinner inte själv i vår. Sista anmälningsdag är i april.\n\n/Lena"
                       + outlook(LINNEA, "den 1 december 2026 08:03", "Wahlberg Lena <lena.wahlberg@vansbro.se>",
                                 INVITE_SUBJ, INVITE)),
             X("register", [P("Hampus Brandt", "hampus.brandt@vansbro.se", "Vansbro kommun")], [S1, S2, S3]),
             "two-level forward: manager's note (she does not attend) over the invitation; 'de tre första träffarna'"),

        mail("ab019", "2027-01-25T13:10", ("Tjernström Helena", "helena.tjernstrom@falun.se"), "DalaLab 21 september",
             "Hej Linnea!\n\nJag anmälde mig i december till alla fyra träffarna. Nu visar det sig att jag ska på "
             "Planeringsdagarna i Umeå 20–22 september, så jag kan tyvärr inte komma den 21:a. Övriga träffar står kvar.\n\n"
             "Mvh\nHelena Tjernström\nÖversiktsplanerare, Falu kommun\n023-83 12 47",
             X("cancel", [P("Helena Tjernström", "helena.tjernstrom@falun.se", "Falu kommun")], [S2]),
             "partial withdrawal 'kan inte komma den 21:a, övriga står kvar' -> cancel of 21 Sep; a conference 20–22 September around it"),

        mail("ab020", "2027-02-01T09:48", ("Karolina Wester", "karolina.wester@smedjebacken.se"), "Anmälan DalaLab",
             "<html><body><div style=\"font-family:Arial\">"
             "<p>Hej!</p><p>H&auml;r kommer min anm&auml;lan:</p>"
             "<table border=\"1\" cellpadding=\"4\">"
             "<tr><td><b>Namn</b></td><td>Karolina Wester</td></tr>"
             "<tr><td><b>Organisation</b></td><td>Smedjebackens kommun</td></tr>"
             "<tr><td><b>E-post</b></td><td>karolina.wester@smedjebacken.se</td></tr>"
             "<tr><td><b>Tr&auml;ffar</b></td><td>3 maj, 29 november</td></tr>"
             "<tr><td><b>Specialkost</b></td><td>Laktosfri</td></tr></table>"
             "<p>Tack!<br>Karolina</p>"
             "<p style=\"color:#777;font-size:9pt\">Smedjebackens kommun &middot; Samh&auml;llsbyggnad &middot; "
             "0240-660 00</p></div></body></html>",
             X("register", [P("Karolina Wester", "karolina.wester@smedjebacken.se", "Smedjebackens kommun",
                              diet="Laktosfri")], [S1, S3], diet="Laktosfri"),
             "HTML-only form-like table following the invitation's fields; two sessions; diet in a cell"),

        mail("ab021", "2027-02-03T04:17", ("DalaLab Administration", "faktura@dalalab-events.com"),
             "Påminnelse: obetald deltagaravgift DalaLab – faktura 27-0113",
             "Hej,\n\nEnligt vår anmälningslista har er organisation registrerat deltagare till DalaLab 3 maj 2027. "
             "Deltagaravgiften på 4 900 kr exkl. moms per person är fortfarande obetald.\n\n"
             "Vänligen betala senast 10 februari till bankgiro 5521-3390 och ange fakturanummer 27-0113, "
             "annars stryks era platser.\n\nMed vänlig hälsning\nEvent & Konferens Norden AB\nKundtjänst",
             X("unknown"),
             "invoice scam dressed as the event (DalaLab, 3 maj 2027, 'anmälningslista'); no people"),

        tg("ab022", "2027-02-08T16:55", "Sara N", 8841266,
           "Tja! Kan ni skriva upp mig på träffen om tillgänglighet? Sara Nyström, Region Dalarna (kollektivtrafikförvaltningen)",
           X("register", [P("Sara Nyström", None, "Region Dalarna")], [S4]),
           "telegram; session by theme ('tillgänglighet' = 22 Feb 2028); full name in the text, nickname as display name"),

        mail("ab023", "2027-02-10T11:19", ("Lina Persson", "lina.persson@borlange.se"), "Ändrad specialkost",
             "Hej!\n\nAnders anmälde mig i december till DalaLab i maj och september. Jag har sedan dess gått över till "
             "vegankost, så skriv gärna vegan i stället för vegetarisk.\n\nTack på förhand!\n"
             "Lina Persson\nPlanarkitekt\nBorlänge kommun",
             X("change", [P("Lina Persson", "lina.persson@borlange.se", "Borlänge kommun", diet="vegan")], [S1, S2],
               diet="vegan"),
             "diet update from a colleague registered by someone else; her sessions stated ('i maj och september'); old diet 'vegetarisk' must not be the diet"),

        mail("ab024", "2027-02-15T14:02", ("Rebecka Söderberg", "rebecka.soderberg@hedemora.se"),
             "SV: Fråga om antal deltagare DalaLab",
             "Tack för snabbt svar!\n\nDå anmäler vi oss så här:\n"
             "Ida Frisk – 3 maj\nOskar Lindblom – 21 september och 29 november\n"
             "Rebecka Söderberg (jag) – 22 februari\n\n"
             "Ida och Oskar nås på ida.frisk@hedemora.se resp. oskar.lindblom@hedemora.se.\n\n"
             "Hälsningar\nRebecka"
             + outlook(LINNEA, "den 4 december 2026 13:45", "Söderberg Rebecka <rebecka.soderberg@hedemora.se>",
                       "SV: Fråga om antal deltagare DalaLab",
                       "Hej Rebecka!\n\nTaket gäller antal personer totalt, inte per träff. Ni kan alltså vara högst tre "
                       "från Hedemora, men ni behöver inte gå på samma träffar.\n\nHälsningar\nLinnea"
                       + outlook("Söderberg Rebecka <rebecka.soderberg@hedemora.se>", "den 4 december 2026 10:30",
                                 LINNEA, "Fråga om antal deltagare DalaLab",
                                 "Hej Linnea!\n\nTack för inbjudan. En fråga innan vi anmäler oss: gäller taket på tre "
                                 "personer per kommun totalt, eller per träff? Kan vi t.ex. skicka en person den 3 maj "
                                 "och en annan den 22 februari?\n\nHälsningar\nRebecka Söderberg\nHedemora kommun")),
             X("register", [P("Ida Frisk", "ida.frisk@hedemora.se", "Hedemora kommun"),
                            P("Oskar Lindblom", "oskar.lindblom@hedemora.se", "Hedemora kommun"),
                            P("Rebecka Söderberg", "rebecka.soderberg@hedemora.se", "Hedemora kommun")], ALL),
             "group signup over the thread of her own earlier question; per-person sessions whose union is all four; addresses given in a separate sentence; organisation from domain and quote"),

        tg("ab025", "2027-02-17T08:14", "Ylva Hansson", 3390815,
           "hej! går det att delta digitalt på nån av träffarna? jobbar i Idre o det är 20 mil till Falun. vill gärna vara med annars",
           X("question"),
           "telegram question about remote participation; 'vill gärna vara med' is no signup"),

        mail("ab026", "2027-02-22T10:37", ("Tobias Rask", "tobias.rask@alvdalen.se"), "DalaLab",
             "Hej, jag vill också vara med. Skriv upp mig på alla träffar utom den i november.\n\n"
             "mvh Tobias Rask\nSamhällsbyggnad, Älvdalens kommun\nDalgatan 13, 796 30 Älvdalen",
             X("register", [P("Tobias Rask", "tobias.rask@alvdalen.se", "Älvdalens kommun")], [S1, S2, S4]),
             "short; 'alla träffar utom den i november' -> three; street address digits"),

        mail("ab027", "2027-03-01T08:20", ("Elisabet Kvarnström", "elisabet.kvarnstrom@mora.se"),
             "Ny deltagare från Mora i DalaLab",
             "Hej Linnea,\n\nJonatan Ahlin, som anmälde sig till DalaLab i december, slutar hos oss den 31 mars. "
             "Hans plats tas över av vår nyanställda planarkitekt Frida Mårtensson, frida.martensson@mora.se. "
             "Hon går på samma träffar som Jonatan var anmäld till, alltså alla fyra.\n\n"
             "Vänliga hälsningar\nElisabet Kvarnström\nEnhetschef Plan- och byggenheten\nMora kommun\n0250-260 00",
             X("change", [P("Jonatan Ahlin", None, "Mora kommun"),
                          P("Frida Mårtensson", "frida.martensson@mora.se", "Mora kommun")], ALL),
             "substitution written by the manager (not a person); both the leaver and the substitute; 'alla fyra'; 31 mars is not a session"),

        mail("ab028", "2027-03-03T15:31", ("Cecilia Warg", "cecilia.warg@regiondalarna.se"), "Anmälan höstträffarna",
             "Hej Linnea!\n\nJag och Magnus Tell från Länsstyrelsen (magnus.tell@lansstyrelsen.se) vill anmäla oss "
             "till höstens båda träffar. Vi samarbetar kring den regionala strukturbilden och tänkte att det vore "
             "bra att gå tillsammans. Vårträffen krockar med vårt styrgruppsmöte.\n\n"
             "/Cecilia\n\nCecilia Warg\nRegional utveckling, Region Dalarna\n023-49 00 00",
             X("register", [P("Cecilia Warg", "cecilia.warg@regiondalarna.se", "Region Dalarna"),
                            P("Magnus Tell", "magnus.tell@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "two organisations (Region + Länsstyrelsen); 'höstens båda träffar' = 21 Sep + 29 Nov; 'vårträffen' named only as excluded"),

        mail("ab029", "2027-03-05T09:03", ("Bengt Ollas", "bengt.ollas@avesta.se"), "Radera mina uppgifter",
             "Hej.\n\nJag har fått er inbjudan vidarebefordrad flera gånger men är inte intresserad av att delta. "
             "Om ni har sparat mina uppgifter i någon deltagar- eller sändlista vill jag att ni raderar dem.\n\n"
             "Bengt Ollas\nAvesta kommun",
             X("erasure", [P("Bengt Ollas", "bengt.ollas@avesta.se", "Avesta kommun")]),
             "erasure request from a non-participant"),

        tg("ab030", "2027-03-09T22:48", "felicia", 9917342,
           "hej anmäler mig till 3/5, 21.9 och 29.11. felicia lundqvist rättviks kommun. äter glutenfritt",
           X("register", [P("Felicia Lundqvist", None, "Rättviks kommun", diet="glutenfritt")], [S1, S2, S3],
             diet="glutenfritt"),
           "telegram, lower case name and organisation; three numeric dates (3/5, 21.9, 29.11); diet 'glutenfritt'"),

        mail("ab031", "2027-03-12T12:26", ("Gustav Lindh", "gustav.lindh@sater.se"), "Ebba kan inte 3 maj",
             "Hej!\n\nJag anmälde mig och Ebba Rönnqvist via Telegram i december till träffen i maj. Ebba kan tyvärr "
             "inte följa med längre, hon har fått en annan tjänst hos oss. Själv kommer jag som planerat.\n\n"
             "Hälsningar Gustav Lindh\nSäters kommun",
             X("cancel", [P("Ebba Rönnqvist", None, "Säters kommun")], [S1]),
             "sender cancels only his colleague, stays himself -> cancel of Ebba for 3 May; no substitute"),

        mail("ab032", "2027-03-15T10:11", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "<karin.lindqvst@hedemora.se>: host mail.hedemora.se[195.67.12.8] said: 550 5.1.1\n"
             "    User unknown (in reply to RCPT TO command)\n\n"
             "--- Original message ---\nSubject: " + REMINDER_SUBJ + "\n\n" + REMINDER,
             X("auto_reply"),
             "bounce of the reminder; the returned reminder holds all dates and 'anmäld'"),

        mail("ab033", "2027-03-16T08:05", ("Viktor Bäckman", "viktor.backman@leksand.se"), "SV: " + REMINDER_SUBJ,
             "Hej!\n\nTack för påminnelsen, höll på att glömma. Anmäl mig till första träffen i Falun. "
             "Höstträffarna får jag återkomma om när vi vet hur verksamhetsplanen ser ut.\n\n"
             "Viktor Bäckman\nTrafikplanerare\nLeksands kommun"
             + outlook(LINNEA, "den 15 mars 2027 09:00", "Bäckman Viktor <viktor.backman@leksand.se>",
                       REMINDER_SUBJ, REMINDER),
             X("register", [P("Viktor Bäckman", "viktor.backman@leksand.se", "Leksands kommun")], [S1]),
             "reply over the reminder; 'första träffen i Falun' only; autumn deferred; quoted reminder lists all dates"),

        mail("ab034", "2027-03-18T13:44", ("Amanda Lilja", "amanda.lilja@falun.se"), "Två till från Falun",
             "Hej Linnea!\n\nHelena Tjernström har ju redan anmält sig. Nu vill även jag och Simon Ekholm på "
             "Gatu- och parkavdelningen vara med. Jag tar alla fyra träffarna, Simon bara den sista (22/2 -28) "
             "eftersom den handlar om mobilitet.\n\nHälsningar\nAmanda Lilja\nLandskapsarkitekt\nFalu kommun\n023-83 00 00",
             X("register", [P("Amanda Lilja", "amanda.lilja@falun.se", "Falu kommun"),
                            P("Simon Ekholm", None, "Falu kommun")], ALL),
             "colleague already registered is not a person; self all four + colleague one -> union all four"),

        mail("ab035", "2027-03-22T16:18", ("Kajsa Fors", "kajsa.fors@orsa.se"), "Anmälan i efterhand?",
             "Hej,\n\nJag funderar på att anmäla mig men vet inte än om jag kan gå på höstens träffar. Går det att "
             "anmäla sig bara till 3 maj nu och lägga till 21 september eller 29 november senare, efter 14 april?\n\n"
             "Mvh Kajsa Fors\nStrategisk planerare\nOrsa kommun",
             X("question"),
             "question naming sessions and the deadline, explicitly not yet a signup"),

        mail("ab036", "2027-03-24T09:30", ("Tobias Rask", "tobias.rask@alvdalen.se"), "SV: DalaLab",
             "Hej igen!\n\nNu har jag fått loss 29 november också, så lägg gärna till den. Då blir det alla fyra för min del.\n\n"
             "/Tobias"
             + quote("Den 22 feb. 2027 kl. 10:37 skrev Tobias Rask <tobias.rask@alvdalen.se>:",
                     "Hej, jag vill också vara med. Skriv upp mig på alla träffar utom den i november.\n\n"
                     "mvh Tobias Rask\nSamhällsbyggnad, Älvdalens kommun"),
             X("change", [P("Tobias Rask", "tobias.rask@alvdalen.se", "Älvdalens kommun")], ALL),
             "addition over his own quoted signup; states the result 'alla fyra' -> change with all four"),

        tg("ab037", "2027-03-26T18:02", "Sara N", 8841266,
           "Hej! Måste tyvärr avanmäla mig från DalaLab, har fått nytt jobb i Gävle från 1 maj 😕 /Sara Nyström, Regionen",
           X("cancel", [P("Sara Nyström", None, "Region Dalarna")], ALL),
           "telegram cancel naming no session -> all four; 'Regionen'; 1 maj is not a session; Gävle is not an organisation"),

        mail("ab038", "2027-03-30T10:55", ("Gunnel Rydén", "gunnel.ryden@ludvika.se"), "SV: Anmälan DalaLab – Ludvika kommun",
             "Hej igen Linnea!\n\nDet blev ändrade planer – jag kan ändå vara med, på 21 september och 29 november. "
             "Sofie och Petter är ju redan anmälda sedan december, deras anmälan gäller som förut.\n\n"
             "Hälsningar\nGunnel Rydén\nAvdelningschef, Plan och exploatering\nLudvika kommun"
             + outlook("Rydén Gunnel <gunnel.ryden@ludvika.se>", "den 8 december 2026 11:04", LINNEA,
                       "Anmälan DalaLab – Ludvika kommun",
                       "Hej Linnea!\n\nFrån Ludvika kommun vill vi anmäla följande två medarbetare till DalaLab:\n\n"
                       "* Sofie Granlund, planarkitekt – sofie.granlund@ludvika.se\n"
                       "* Petter Myrberg, GIS-ingenjör – petter.myrberg@ludvika.se\n\n"
                       "Båda deltar på alla fyra träffarna. Själv har jag tyvärr inte möjlighet i år."),
             X("register", [P("Gunnel Rydén", "gunnel.ryden@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "manager who earlier declined now signs up herself over her own quoted mail; colleagues 'gäller som förut' are not people; quoted 'alla fyra'"),

        mail("ab039", "2027-04-01T11:12", ("Mikael Norling", "mikael.norling@avesta.se"), "Anmälan till DalaLab",
             "<html><body><p>Hej Linnea,</p>"
             "<p>Jag vill anm&auml;la mig till den andra och fj&auml;rde tr&auml;ffen i DalaLab. "
             "P&aring; de andra tv&aring; har jag redan andra &aring;taganden.</p>"
             "<p>V&auml;nliga h&auml;lsningar<br>Mikael Norling<br>Exploateringsingenj&ouml;r<br>Avesta kommun</p>"
             "<table style=\"background:#005a9c;color:#fff\"><tr><td>"
             "V&auml;lkommen till N&auml;ringslivsdagen i Avesta 12 maj 2027! Anm&auml;l dig p&aring; avesta.se/naringsliv"
             "</td></tr></table></body></html>",
             X("register", [P("Mikael Norling", "mikael.norling@avesta.se", "Avesta kommun")], [S2, S4]),
             "HTML-only; ordinals 'andra och fjärde träffen'; signature banner with another event's date and 'Anmäl dig'"),

        mail("ab040", "2027-04-05T14:40", ("Jens Wiklund", "jens.wiklund@malung-salen.se"), "DalaLab hösten",
             "Hej!\n\nTherese anmälde mig till alla träffarna i januari. Jag kan tyvärr inte gå på höstträffarna i "
             "september och november, vi har två stora detaljplaner som ska på granskning då. Maj och februari står kvar.\n\n"
             "Hälsningar\nJens Wiklund\nMalung-Sälens kommun",
             X("cancel", [P("Jens Wiklund", "jens.wiklund@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "partial withdrawal of the two autumn sessions; the rest stays"),

        mail("ab041", "2027-04-06T08:58", ("Anders Qvarnström", "anders.qvarnstrom@borlange.se"), "Byte av träff",
             "Hej Linnea,\n\nGår det att byta min plats den 21/9 till 29/11 i stället? Lina behåller sina datum.\n\n"
             "Mvh\nAnders Qvarnström\nPlanchef, Borlänge kommun",
             X("change", [P("Anders Qvarnström", "anders.qvarnstrom@borlange.se", "Borlänge kommun")], [S3]),
             "swap phrased as a question -> change; bare swap gives only the new session; colleague keeping her dates is not a person"),

        tg("ab042", "2027-04-07T12:31", "Linus Gref", 4406719,
           "Hej! Linus Gref här, Orsa. Anmälde mig via mejl i januari men har inte fått nån bekräftelse – är jag med på 21/9 och 22/2?",
           X("question"),
           "telegram question about his own earlier signup; names two sessions; no new request"),

        mail("ab043", "2027-04-08T17:05", ("Daniel Okafor", "daniel.okafor@avesta.se"), "Withdrawal from DalaLab",
             "Hi Linnea,\n\nI'm afraid I have to withdraw my registration for DalaLab. I am leaving Avesta at the end "
             "of April for a position in Uppsala. Thank you for organising, and sorry for the trouble.\n\n"
             "Kind regards,\nDaniel Okafor\nAvesta kommun",
             X("cancel", [P("Daniel Okafor", "daniel.okafor@avesta.se", "Avesta kommun")], ALL),
             "English full withdrawal naming no session -> all four; 'end of April' is not a session"),

        mail("ab044", "2027-04-09T11:46", ("Kajsa Fors", "kajsa.fors@orsa.se"), "Anmälan DalaLab",
             "Hej!\n\nHoppas det inte är för sent. Jag har pratat med min chef och vill nu anmäla mig till samtliga "
             "tillfällen.\n\nVänliga hälsningar\nKajsa Fors\nStrategisk planerare\nOrsa kommun\nTel 0250-552 00",
             X("register", [P("Kajsa Fors", "kajsa.fors@orsa.se", "Orsa kommun")], ALL),
             "late signup before the deadline after an earlier question; 'samtliga tillfällen'"),

        tg("ab045", "2027-04-10T09:22", "Elias Berglund", 2287563,
           "Hej! Jag är konsult på WSP och jobbar med Vansbros nya översiktsplan. Vansbro kommun har sagt att jag kan "
           "ta en av deras platser i DalaLab. Anmäler mig till alla träffar. /Elias Berglund",
           X("register", [P("Elias Berglund", None, "Vansbro kommun")], ALL),
           "consultant taking a municipality's place -> that municipality as organisation; no dates -> all four"),
    ]
