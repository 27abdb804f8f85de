from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer "wi": the inbox in January. People back from the holidays catching up.

INVITE_QUOTE = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Till: Johansson Mikael <mikael.johansson@avesta.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till ett lärprojekt om planeringsstrategier och strategisk översiktsplanering. Lärprojektet består av fyra träffar:

3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll (Falun, tillsammans med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista dag för anmälan är 14 april 2027.

Välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("x001", "2027-01-02T08:14:00", ("Ingrid Wahlström", "ingrid.wahlstrom@smedjebacken.se"),
             "Automatiskt svar: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Tack för ditt meddelande. Jag är ledig under jul och nyår och är tillbaka på kontoret måndag 11 januari. Din e-post läses inte under tiden och vidarebefordras inte.

Ärenden som inte kan vänta hänvisas till Samhällsbyggnadsförvaltningens växel, 0240-660 00.

God fortsättning!

Ingrid Wahlström
Planarkitekt | Smedjebackens kommun""",
             X("auto_reply"),
             "holiday out-of-office without auto headers; 'tillbaka måndag 11 januari' and a phone number; no signup"),

        tg("x002", "2027-01-02T21:47:00", "Petra Lindh", 7781203344,
           "God fortsättning! 🎄 Hann aldrig anmäla mig innan jul, är det för sent nu?? Om inte vill jag gärna vara med "
           "på alla fyra träffarna. Petra Lindh, Leksands kommun",
           X("register", [P("Petra Lindh", None, "Leksands kommun")], ALL),
           "'är det för sent?' plus a conditional signup; not too late (deadline 14 April) -> register all four"),

        mail("x003", "2027-01-04T07:52:00", ("Johansson Mikael", "mikael.johansson@avesta.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Gott nytt år. Vi hann inte ta ställning före ledigheten men nu har vi pratat ihop oss på enheten. Från Avesta vill vi anmäla två personer till hela lärprojektet:

Mikael Johansson (jag), mikael.johansson@avesta.se
Sanna Karlberg, översiktsplanerare, sanna.karlberg@avesta.se

Vi kommer nog att samåka från Avesta till Falun den 3 maj.

Hälsningar
Mikael Johansson
Enhetschef Plan och bygg
Avesta kommun
0226-64 50 00

""" + INVITE_QUOTE,
             X("register", [P("Mikael Johansson", "mikael.johansson@avesta.se", "Avesta kommun"),
                            P("Sanna Karlberg", "sanna.karlberg@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply over the quoted invitation, surname-first display name; 'hela lärprojektet' = all four; "
             "the '3 maj' carpool remark does not narrow the sessions"),

        mail("x004", "2027-01-04T09:30:00", ("Aspgren Björn", "bjorn.aspgren@lansstyrelsen.se"),
             "Frånvaro: SV: DalaLab – tack för din anmälan",
             """Jag är ledig till och med fredag 8 januari 2027 och läser inte e-post. Brådskande ärenden: ring Länsstyrelsens växel 010-225 00 00.

I am on leave until Friday 8 January 2027 and will not be reading e-mail. For urgent matters, please call the switchboard +46 10 225 00 00.

Björn Aspgren
Länsstyrelsen Dalarna""",
             X("auto_reply"),
             "bilingual Swedish/English out-of-office ('Frånvaro:') to a confirmation mail; no people"),

        tg("x005", "2027-01-04T12:03:00", "Sami", 6602914477,
           "tjena! ändrat mig, kan ändå komma 3 maj 🙂 är sen innan anmäld till höstens två träffar. så maj + de två "
           "på hösten då. /sami haddad, borlänge",
           X("change", [P("Sami Haddad", None, "Borlänge kommun")], [S1, S2, S3]),
           "change of mind: already on both autumn sessions, adds 3 May -> sessions after the change; lower case "
           "name and 'borlänge' in the text, first name only as display name"),

        mail("x006", "2027-01-05T10:15:00", ("Therese Lundkvist", "therese.lundkvist@vansbro.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Jag anmälde mig till DalaLab strax före jul, men under ledigheten fick jag besked om att jag börjar en ny tjänst på Trafikverket i Borlänge från 1 mars. Jag måste därför tyvärr avanmäla mig från lärprojektet.

Vansbro kommer säkert att höra av sig om någon annan ska gå i stället, men det är inte bestämt än.

Tack och lycka till med träffarna!

Therese Lundkvist
Samhällsplanerare
Vansbro kommun""",
             X("cancel", [P("Therese Lundkvist", "therese.lundkvist@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation after a new job; no session named -> all four; 'Borlänge', 'Trafikverket' and "
             "'1 mars' are distractors; a possible replacement is not named"),

        mail("x007", "2027-01-05T15:40:00", ("Emil Kanerva", "emil.kanerva@falun.se"), "anmälan",
             """Hej

Anmäler mig härmed till DalaLab, träffarna 3 maj och 22 februari (de andra två krockar tyvärr med våra samrådsperioder).
Jag behöver laktosfri kost.

/Emil Kanerva
GIS-ingenjör, Falu kommun""",
             X("register", [P("Emil Kanerva", "emil.kanerva@falun.se", "Falu kommun", diet="laktosfri")], [S1, S4],
               diet="laktosfri"),
             "short self-signup for two named dates, diet laktosfri; 'de andra två' are excluded"),

        tg("x008", "2027-01-06T11:20:00", "Maja Åkerlund", 5523018876,
           "Hej! En fråga innan jag anmäler mig: är alla träffarna i Falun eller blir det på olika ställen i länet? "
           "Bor i Orsa och måste planera resorna 🚗",
           X("question"),
           "question only, on Trettondagen; 'innan jag anmäler mig' -> no signup"),

        mail("x009", "2027-01-07T08:05:00", ("Niklas Ölund", "niklas.olund@regiondalarna.se"), "Anmälan till DalaLab",
             """Hej Linnea!

Hoppas du har haft en fin ledighet. Jag skulle vilja anmäla mig till DalaLab, samtliga fyra tillfällen. Jag jobbar sedan i höstas med regional utvecklingsstrategi och kollektivtrafikfrågor, så det passar bra.

Vänliga hälsningar

Niklas Ölund
Regionplanerare
Avdelningen för regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Tel: 023-49 00 00 | Mobil: 070-312 45 67
Besöksadress: Vasagatan 16

Jag är föräldraledig på fredagar t.o.m. 30 juni 2027.""",
             X("register", [P("Niklas Ölund", "niklas.olund@regiondalarna.se", "Region Dalarna")], ALL),
             "colleague at the organiser's own Region; 'samtliga fyra'; signature with box, postcode, phones and a "
             "leave note with a date"),

        mail("x010", "2027-01-07T13:26:00", ("Anders Rehn", "anders.rehn@mora.se"), "DalaLab – tre deltagare från Mora",
             """Hej,

Efter vårt planeringsmöte i går kan jag bekräfta att Mora kommun skickar tre personer till DalaLab. Själv har jag tyvärr inte möjlighet, men följande kommer att delta på alla träffar:

- Linda Moberg, översiktsplanerare, linda.moberg@mora.se
- Hassan Jama, trafikplanerare, hassan.jama@mora.se
- Cecilia Fors-Engström, miljöstrateg, cecilia.fors-engstrom@mora.se

Hassan äter halal. Hör av dig om något saknas!

Anders Rehn
Planeringschef
Mora kommun""",
             X("register", [P("Linda Moberg", "linda.moberg@mora.se", "Mora kommun"),
                            P("Hassan Jama", "hassan.jama@mora.se", "Mora kommun", diet="halal"),
                            P("Cecilia Fors-Engström", "cecilia.fors-engstrom@mora.se", "Mora kommun")], ALL,
               diet="halal"),
             "manager registers three colleagues and not himself; bullet list with titles; one person's diet (halal); "
             "hyphenated surname"),

        tg("x011", "2027-01-07T19:58:00", "Åsa Rask", 4409127753,
           "Hej hej, Åsa här från Älvdalens kommun. Vill anmäla mig till träffarna 21/9 och 29/11. Jag är vegetarian!",
           X("register", [P("Åsa Rask", None, "Älvdalens kommun", diet="vegetarian")], [S2, S3], diet="vegetarian"),
           "Telegram signup with d/m dates; full name only in the display name; diet"),

        mail("x012", "2027-01-08T09:44:00", ("Eva Sundqvist", "eva.sundqvist@sater.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Lars Holm från vår plan-enhet anmäldes till DalaLab i december. Han har nu berättat att han går i pension sista mars, så det är inte rimligt att han går. I stället kommer Fatima Nouri (fatima.nouri@sater.se) att delta på samtliga fyra träffar.

Med vänlig hälsning
Eva Sundqvist
Samhällsbyggnadschef
Säters kommun
Tel 0225-550 00""",
             X("change", [P("Lars Holm", None, "Säters kommun"),
                          P("Fatima Nouri", "fatima.nouri@sater.se", "Säters kommun")], ALL),
             "substitution written by a manager who does not attend: Lars Holm out, Fatima Nouri in for all four; "
             "people = withdrawn + substitute"),

        mail("x013", "2027-01-08T16:12:00", ("Jenny Wallin", "jenny.wallin@gagnef.se"), "Anmälan",
             """<html><head><meta charset="utf-8"></head><body><div dir="ltr">Hej!<br>Jag vill anmäla mig till den första träffen i Falun den 3 maj. Resten av året ser rörigt ut för min del, så jag får återkomma om de andra.<br><br>Jenny Wallin<br>Planhandläggare<br>Gagnefs kommun</div></body></html>""",
             X("register", [P("Jenny Wallin", "jenny.wallin@gagnef.se", "Gagnefs kommun")], [S1]),
             "HTML-only mail; only the first session; 'återkomma om de andra' is not a signup for them",
             html=True),

        tg("x014", "2027-01-09T10:31:00", "Jonna E", 3390017721,
           "kan tyvärr inte 3/5 längre, det krockar med ett KF-sammanträde. resten står kvar som vanligt! "
           "/Jonna Eriksson, Rättviks kommun",
           X("cancel", [P("Jonna Eriksson", None, "Rättviks kommun")], [S1]),
           "partial cancellation of 3 May only; the rest of her signup stands; surname only in the signature"),

        mail("x015", "2027-01-11T08:47:00", ("Per Östlund", "per.ostlund@ludvika.se"), "Anmälan DalaLab - Ludvika",
             """Hej,

Ludvika anmäler två deltagare:

Per Östlund (undertecknad) - alla fyra träffarna
Hamid Rahimi - bara träffen om tillgänglighet i februari 2028, han jobbar med digital infrastruktur

Hamids adress är hamid.rahimi@ludvika.se.

Mvh
Per Östlund
Ludvika kommun, Samhällsbyggnad""",
             X("register", [P("Per Östlund", "per.ostlund@ludvika.se", "Ludvika kommun"),
                            P("Hamid Rahimi", "hamid.rahimi@ludvika.se", "Ludvika kommun")], ALL),
             "iso-8859-1; two people with different sessions (all four / only February) -> union is all four; "
             "colleague's address given in a separate sentence",
             charset="iso-8859-1"),

        mail("x016", "2027-01-11T08:48:00", ("Sofie Backlund", "sofie.backlund@malung-salen.se"),
             "Automatiskt svar: Anmälan DalaLab – bekräftelse",
             """Hej!
Jag är föräldraledig till och med 31 januari 2027. Mejl till den här adressen läses inte.
För frågor om detaljplaner, kontakta plan@malung-salen.se.
För frågor om bygglov, ring kundtjänst 0280-181 00.

Hälsningar
Sofie Backlund""",
             X("auto_reply"),
             "automatic reply (parental leave) with another address and a phone number; no people"),

        tg("x017", "2027-01-11T14:02:00", "Tomasz Wiśniewski", 8120334509,
           "Hi! I started at Region Dalarna after new year (public transport planning). Is it possible to join "
           "DalaLab in May and September? Then please register me for those two. Thanks, Tomasz",
           X("register", [P("Tomasz Wiśniewski", None, "Region Dalarna")], [S1, S2]),
           "English Telegram from a newcomer; question form but explicitly asks to be registered; months only "
           "(May, September) -> 3 May and 21 Sep; Polish diacritics in the name"),

        mail("x018", "2027-01-12T09:15:00", ("Göran Lilja", "goran.lilja@hedemora.se"), "Fråga om antal platser",
             """Hej Linnea.

En snabb fråga efter ledigheten. I inbjudan står det upp till tre per kommun. Vi är fyra på plankontoret som är intresserade. Finns det någon möjlighet att vi får gå fyra, eller att vi turas om mellan träffarna? I så fall återkommer vi med namn.

Göran Lilja
Hedemora kommun""",
             X("question"),
             "question about the quota of three; no names, no signup yet"),

        mail("x019", "2027-01-12T11:53:00", ("Linnéa Sjöström", "linnea.sjostrom@borlange.se"), "VB: Inbjudan DalaLab",
             """Hej! Min chef skickade den här till mig innan jul men jag har varit ledig sen 18 december. Jag anmäler mig gärna till alla träffar i lärprojektet. Är det fortfarande ok?

Linnéa Sjöström
Planeringsarkitekt, Borlänge kommun

-----Ursprungligt meddelande-----
Från: Bergman Tobias <tobias.bergman@borlange.se>
Skickat: den 17 december 2026 15:48
Till: Sjöström Linnéa <linnea.sjostrom@borlange.se>
Ämne: VB: Inbjudan DalaLab

Nåt för dig? Anmäl dig direkt till Linnea Hassis på Regionen i så fall. /Tobias""",
             X("register", [P("Linnéa Sjöström", "linnea.sjostrom@borlange.se", "Borlänge kommun")], ALL),
             "forward of the manager's internal note; sender's first name resembles the organiser's; the manager "
             "in the forwarded header is not registered"),

        tg("x020", "2027-01-12T22:10:00", "Malin Gustafsson", 2287745510,
           "Hej igen! Jag anmälde mig i december till alla fyra träffarna. Har blivit vegan över nyår 😅 går det att "
           "ändra det? / Malin, Falu kommun",
           X("change", [P("Malin Gustafsson", None, "Falu kommun", diet="vegan")], ALL, diet="vegan"),
           "diet update for an existing signup -> change; sessions = the four she says she is registered for"),

        mail("x021", "2027-01-13T07:30:00", ("Helena Forsman", "helena.forsman72@gmail.com"), "Radera mina uppgifter",
             """Hej,

Jag var anmäld till DalaLab via Vansbro kommun men har slutat min anställning där vid årsskiftet. Jag vill därför att ni tar bort mig från deltagarlistan och raderar alla mina personuppgifter ur era register.

Tack på förhand.
Helena Forsman""",
             X("erasure", [P("Helena Forsman", "helena.forsman72@gmail.com", "Vansbro kommun")],
               unsure=["organisation"]),
             "erasure from a private address; the signup was made via her former employer Vansbro (organisation "
             "uncertain: she no longer works there)"),

        mail("x022", "2027-01-13T10:05:00", ("Karin Wikström", "karin.wikstrom@lansstyrelsen.se"), "DalaLab",
             """Hej!

Från Lst Dalarna skulle Per-Olof Bäck och jag gärna vara med på träffarna den 21 september och den 29 november. Våren är tyvärr redan fullbokad för oss båda.

Hälsar
Karin Wikström
Länsstyrelsen Dalarna, enheten för samhällsbyggnad""",
             X("register", [P("Karin Wikström", "karin.wikstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Per-Olof Bäck", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "'Lst Dalarna'; sender plus a colleague named in running text without address; two autumn dates"),

        tg("x023", "2027-01-13T17:44:00", "Nisse P", 9043312867,
           "Skriv upp mig på träffen 21.9 tack. Nils-Erik Persson, Vansbro k:n",
           X("register", [P("Nils-Erik Persson", None, "Vansbro kommun")], [S2]),
           "terse Telegram; nickname display name, full name in text; '21.9'; 'Vansbro k:n'"),

        mail("x024", "2027-01-14T09:00:00", ("Roger Kvist", "roger.kvist@smedjebacken.se"), "Digitalt deltagande?",
             """Hej!

Gott nytt år! Vi är två på Smedjebackens kommun som funderar på att anmäla oss till DalaLab. Går det att delta digitalt på någon av träffarna, t.ex. den 21 september? Resvägen till Falun tar en bra bit av dagen för oss.

Vi återkommer med anmälan när vi vet.

Roger Kvist
Smedjebackens kommun""",
             X("question"),
             "question about remote participation that names a date; 'återkommer med anmälan' -> no signup"),

        mail("x025", "2027-01-14T13:37:00", ("Ulrika Mård", "ulrika.mard@orsa.se"), "SV: Bekräftelse DalaLab",
             """Hej,

Jag är anmäld till 3 maj och 21 september. Efter att ha sett vårens arbetsplan kan jag nu också gå den 22 februari 2028, så lägg gärna till den.

Tack!
Ulrika

Ulrika Mård
Strategisk planerare
Orsa kommun

> Tack för din anmälan till DalaLab. Du är anmäld till:
> 3 maj 2027, Falun
> 21 september 2027
> Välkommen!""",
             X("change", [P("Ulrika Mård", "ulrika.mard@orsa.se", "Orsa kommun")], [S1, S2, S4]),
             "addition to an existing signup with the current sessions stated -> all three after the change; "
             "quoted confirmation below"),

        tg("x026", "2027-01-15T20:21:00", "Lotta ⛷️", 6671205598,
           "hej hej från fjällen! skriv upp mig på allihop 😊 / lotta hansson, malung-sälens kommun",
           X("register", [P("Lotta Hansson", None, "Malung-Sälens kommun")], ALL),
           "emoji display name; lower-case name and organisation in the text; 'allihop' = all four"),

        mail("x027", "2027-01-15T23:52:00", ("Mikaela Strand", "mikaela.strand@sater.se"), "DalaLab",
             """Hej, sitter och rensar inkorgen efter ledigheten och såg att jag aldrig svarade. Vill gärna anmäla mig till första träffen (3 maj) . Glutenfri kost pga celiaki.

Mikaela Strand, Säters kommun

Skickat från min iPhone""",
             X("register", [P("Mikaela Strand", "mikaela.strand@sater.se", "Säters kommun", diet="glutenfri")], [S1],
               diet="glutenfri"),
             "late-night phone mail; first session only; diet glutenfri (celiaki)"),

        mail("x028", "2027-01-18T08:20:00", ("Kristina Olsson", "kristina.olsson@gagnef.se"),
             "Återbud DalaLab – Anders Mellberg",
             """Hej Linnea,

Jag vill meddela att Anders Mellberg tyvärr inte kommer att kunna delta i DalaLab. Han är sjukskriven på obestämd tid efter en operation i december. Stryk honom gärna från samtliga träffar.

Vi återkommer om vi hittar någon annan som kan ta platsen.

Hälsningar
Kristina Olsson
Förvaltningschef, Samhällsbyggnad
Gagnefs kommun""",
             X("cancel", [P("Anders Mellberg", None, "Gagnefs kommun")], ALL),
             "manager cancels a colleague (sender not in people), all sessions; no substitute named"),

        tg("x029", "2027-01-18T12:45:00", "Y Berglund", 1187650043,
           "hej, när kommer det ut ett program för 3 maj? och var i falun blir det? jag är redan anmäld",
           X("question"),
           "question from an already registered person; names 3 May but is not a signup"),

        mail("x030", "2027-01-19T10:10:00", ("Amanda Nyqvist", "amanda.nyqvist@hedemora.se"),
             "Anmälan från Hedemora kommun",
             """Hej!

Tack för snabbt svar till Göran om antalet platser. Vi har nu bestämt oss för att vara tre från Hedemora:

1. Nyqvist, Amanda (jag) – amanda.nyqvist@hedemora.se
2. Lilja, Göran – goran.lilja@hedemora.se
3. Sundberg, Pontus – pontus.sundberg@hedemora.se

Vi går alla tre på samtliga träffar utom den 29 november, då har vi budgetdag.

Med vänliga hälsningar
Amanda Nyqvist
Hedemora kommun | Samhällsbyggnadsförvaltningen""",
             X("register", [P("Amanda Nyqvist", "amanda.nyqvist@hedemora.se", "Hedemora kommun"),
                            P("Göran Lilja", "goran.lilja@hedemora.se", "Hedemora kommun"),
                            P("Pontus Sundberg", "pontus.sundberg@hedemora.se", "Hedemora kommun")], [S1, S2, S4]),
             "numbered list in 'Efternamn, Förnamn' form with '(jag)'; 'samtliga utom den 29 november' -> three"),

        mail("x031", "2027-01-19T10:11:00", ("Marie Hellström", "marie.hellstrom@falun.se"), "Autosvar: DalaLab",
             """Tack för ditt mejl!

Jag är på utbildning 18–22 januari och svarar på mejl när jag är tillbaka måndag 25 januari.

Marie Hellström
Falu kommun, Stadsbyggnadsförvaltningen""",
             X("auto_reply"),
             "short 'Autosvar:' out-of-office with date ranges; no people"),

        tg("x032", "2027-01-20T07:15:00", "Emir Begović", 7012398846,
           "Hej! Jag kan inte gå den 29 november, så min kollega Ronja Skog går i mitt ställe just den dagen. Hon "
           "jobbar också på Älvdalens kommun. Övriga träffar går jag själv som planerat.",
           X("change", [P("Emir Begović", None, "Älvdalens kommun"), P("Ronja Skog", None, "Älvdalens kommun")], [S3]),
           "substitution for one session via Telegram: sessions = what the substitute takes; the sender's "
           "organisation follows from 'också'"),

        mail("x033", "2027-01-20T14:30:00", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"),
             "Anmälan till lärprojektet DalaLab",
             """Hej,

Härmed anmäls Olle Grip, planarkitekt, till lärprojektet DalaLab (samtliga träffar). Olle nås på olle.grip@leksand.se.

Detta meddelande skickas från Samhällsbyggnadsförvaltningens funktionsbrevlåda. Svar till denna adress läses av registrator.

Leksands kommun
Samhällsbyggnadsförvaltningen
Box 301, 793 27 Leksand""",
             X("register", [P("Olle Grip", "olle.grip@leksand.se", "Leksands kommun")], ALL),
             "function mailbox registers one named person with his own address; the mailbox is not a participant"),

        mail("x034", "2027-01-21T09:12:00", ("Rasmus Dahl", "rasmus.dahl@rattvik.se"), "Anmälan + fråga",
             """Hej Linnea

Anmäl mig till alla fyra träffarna, tack! Blir det lunch på alla tillfällen eller bara första gången i Falun? Undrar mest för att veta om jag ska ta med matlåda.

/Rasmus
--
Rasmus Dahl
Bygglovs- och planhandläggare
Rättviks kommun
0248-700 00""",
             X("register", [P("Rasmus Dahl", "rasmus.dahl@rattvik.se", "Rättviks kommun")], ALL),
             "signup mixed with a lunch question -> register; 'första gången' belongs to the question"),

        tg("x035", "2027-01-21T18:40:00", "Zeynep Kaya", 5590012234,
           "Hej, jag måste tyvärr avanmäla mig helt från DalaLab 😔 har fått ett nytt jobb som börjar i februari. "
           "Tack ändå!",
           X("cancel", [P("Zeynep Kaya", None, None)], ALL),
           "full cancellation via Telegram; no organisation in the text -> null; 'februari' is not a session"),

        mail("x036", "2027-01-22T10:55:00", ("Jakob Eriksson-Lind", "jakob.eriksson-lind@regiondalarna.se"),
             "Byte av träff",
             """Hej Linnea,
Kan jag byta 21 september mot 29 november? Jag har fått en krock med en nationell konferens i september.
Tack!
Jakob
Region Dalarna, Kollektivtrafikförvaltningen""",
             X("change", [P("Jakob Eriksson-Lind", "jakob.eriksson-lind@regiondalarna.se", "Region Dalarna")], [S3]),
             "bare swap phrased as a question -> change, only the new session"),

        mail("x037", "2027-01-25T08:33:00", ("Henrik Moraeus", "henrik.moraeus@orsa.se"), "Re: DalaLab",
             """Hej!

Jag tänkte hänga på första och andra träffen i DalaLab. Stina Holmgren på kontoret är också intresserad men hon anmäler sig själv separat när hon vet hur hennes vår ser ut.

Mvh
Henrik Moraeus
Orsa kommun""",
             X("register", [P("Henrik Moraeus", "henrik.moraeus@orsa.se", "Orsa kommun")], [S1, S2]),
             "'första och andra träffen'; colleague who will register separately is not among the people; "
             "surname resembles Mora"),

        tg("x038", "2027-01-25T16:02:00", "Arash T", 6034459921,
           "Hello, I am Arash Tehrani from Borlänge municipality. I want to register for all meetings of DalaLab. "
           "My mail is arash.tehrani@borlange.se. Sorry for my english, I still learn swedish :)",
           X("register", [P("Arash Tehrani", "arash.tehrani@borlange.se", "Borlänge kommun")], ALL),
           "non-native English on Telegram with an address in the text; 'Borlänge municipality'"),

        mail("x039", "2027-01-26T11:11:00", ("Bo Kärrman", "bo.karrman@leksand.se"), "SV: DalaLab",
             """Hej igen,

Jag svarade innan jul att jag inte hade möjlighet att vara med, men nu har kalendern lättat. Kan ni skriva upp mig på den 3 maj och den 22 februari? Mitt nej från december gäller alltså inte längre.

Bo

> Hej Linnea, tyvärr kan jag inte delta i DalaLab den här gången.
> Hälsningar Bo Kärrman, Leksands kommun""",
             X("register", [P("Bo Kärrman", "bo.karrman@leksand.se", "Leksands kommun")], [S1, S4]),
             "change of mind after declining in December (quoted): a new signup for two dates, not a cancel"),

        mail("x040", "2027-01-26T15:27:00", ("Gunnel Tapper", "gunnel.tapper@avesta.se"), "Utöka min anmälan",
             """Hej Linnea!

I början av december anmälde jag mig bara till majträffen eftersom jag inte visste om jag skulle vara kvar på planenheten. Nu är det klart att jag stannar, så jag vill gärna gå på hela serien, alltså alla fyra tillfällen.

Vänligen
Gunnel Tapper
Avesta kommun""",
             X("change", [P("Gunnel Tapper", "gunnel.tapper@avesta.se", "Avesta kommun")], ALL),
             "extends an existing signup from May only to all four -> change, sessions after the change"),

        tg("x041", "2027-01-27T21:05:00", "Robert Ek", 3301876654,
           "Tjenare! Anmäl mig och Jocke (Joakim Lindgren) till allt i dalalab. vi jobbar båda på gagnefs kommun //Robban",
           X("register", [P("Robert Ek", None, "Gagnefs kommun"), P("Joakim Lindgren", None, "Gagnefs kommun")], ALL),
           "nicknames (Robban, Jocke); sender's full name only from the display name; colleague's in brackets"),

        mail("x042", "2027-01-28T09:49:00", ("Sara Qvarnström", "sara.qvarnstrom@falun.se"), "Fråga om DalaLab",
             """Hej,

Kan man anmäla sig till enstaka träffar eller förväntas man gå på hela lärprojektet? Jag är mest intresserad av den om tillgänglighet, men vill inte ta en plats från någon som kan gå alla gånger.

Vänliga hälsningar
Sara Qvarnström
Trafikstrateg, Falu kommun""",
             X("question"),
             "question about single sessions; names the accessibility session by theme but does not sign up"),

        mail("x043", "2027-01-28T13:00:00", ("Olof Hägg", "olof.hagg@smedjebacken.se"), "Sent omsider – anmälan DalaLab",
             """Hej Linnea!

Ursäkta att det dröjt. December var kaos med budgeten och sedan försvann jag till fjällen fram till trettonhelgen. Nu sitter jag med vårens planering: vi har samråd om ÖP:n 15 februari–15 april och KS 16 mars, så våren är tajt, och 3 maj krockar tyvärr med ett medborgarmöte.

Men jag vill gärna vara med på två av träffarna: den om att planera för önskvärda framtider och osäkerheter, och den sista, om tillgänglighet. De två ämnena är precis det vi brottas med i den nya ÖP:n.

Roger Kvist kanske hör av sig separat om de andra träffarna, vi får se.

Hälsningar
Olof Hägg
Översiktsplanerare
Smedjebackens kommun
Tel 0240-660 00""",
             X("register", [P("Olof Hägg", "olof.hagg@smedjebacken.se", "Smedjebackens kommun")], [S3, S4]),
             "rambling mail full of other dates; sessions by theme (osäkerheter = 29 Nov, tillgänglighet = 22 Feb); "
             "3 May explicitly excluded; a colleague who may write separately is not included"),

        tg("x044", "2027-01-29T23:14:00", "Linus", 4456778120,
           "Är det för sent att anmäla sig nu? 😬 Såg inbjudan först idag",
           X("question"),
           "pure 'är det för sent?' question with no signup and no name beyond the display name"),

        mail("x045", "2027-01-31T19:30:00", ("Kajsa Olander", "kajsa.olander@alvdalen.se"), "Anmälan DalaLab 21 september",
             """<html><body style="font-family:Calibri,sans-serif"><p>Hej!</p><p>Jag anmäler mig till träffen den <b>21 september</b> om utvecklingsinriktning i ÖP-modellen. Övriga datum kan jag tyvärr inte.</p><p>Kost: vegetarisk</p><p>Med vänlig hälsning<br>Kajsa Olander<br>Planarkitekt<br>Älvdalens kommun<br>Dalgatan 21, 796 30 Älvdalen</p></body></html>""",
             X("register", [P("Kajsa Olander", "kajsa.olander@alvdalen.se", "Älvdalens kommun", diet="vegetarisk")], [S2],
               diet="vegetarisk"),
             "HTML-only Sunday-evening mail; one session by date and theme; diet in a 'Kost:' line; street address",
             html=True),
    ]
