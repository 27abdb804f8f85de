"""Writer "timing" (bg091–bg135): how people refer to sessions and time — relative and descriptive references
("nästa träff", "den sista", "höstens båda", "vårträffen", "den om tillgänglighet", "efter sommaren"), numeric forms
(3/5, 21.9., 2027-11-29, 22/2-28, US-style 5/3 and 9/21), weekday names (also a wrong weekday), mail full of other
dates (leave periods, holidays, other meetings, deadlines, quoted reply headers), signups near the deadline, changes
close to the first session, waiting-list questions and self-corrections ("nej förresten, inte maj")."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och
> utvecklingskraft. Projektet består av fyra träffar:
>
> Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun.
>   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll.
> Träff 2: tisdag 21 september 2027. Utvecklingsinriktning i ÖP-modellen.
> Träff 3: måndag 29 november 2027. Att planera för önskvärda framtider och osäkerheter.
> Träff 4: tisdag 22 februari 2028. Planera för tillgänglighet.
>
> Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027
> till linnea.hassis@regiondalarna.se. Ange eventuell specialkost."""


def messages():
    return [
        mail("bg091", "2026-12-02T08:41", ("Lena Dahlgren", "lena.dahlgren@avesta.se"), "SV: Inbjudan DalaLab",
             f"""Hej Linnea!

Tack för inbjudan, det här ser väldigt intressant ut. Jag vill gärna vara med på vårträffen i Falun
och på den om tillgänglighet. De två i höst hinner jag tyvärr inte med, då är vi mitt i
samrådet för nya ÖP:n.

Jag äter vegetariskt.

Vänliga hälsningar
Lena Dahlgren
Översiktsplanerare
Avesta kommun | Samhällsbyggnadsförvaltningen
Tel 0226-64 50 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Ämne: Inbjudan DalaLab

{INVITATION}
""",
             X("register", [P("Lena Dahlgren", "lena.dahlgren@avesta.se", "Avesta kommun")], [S1, S4],
               diet="vegetarisk"),
             "'vårträffen i Falun' = 3 May, 'den om tillgänglighet' = 22 Feb 2028; 'de två i höst' explicitly declined; "
             "quoted invitation lists all dates and the deadline; diet 'äter vegetariskt' normalised to 'vegetarisk'"),

        tg("bg092", "2026-12-05T19:17", "Kalle P", "5930114782",
           """Tjena! Karl-Johan Persson här, planarkitekt i Ludvika. Skriv upp mig på höstens båda träffar 👍""",
           X("register", [P("Karl-Johan Persson", None, "Ludvika kommun")], [S2, S3]),
           "name from the text (display name is a nickname); 'höstens båda träffar' = 21 Sep + 29 Nov; "
           "organisation from 'i Ludvika'"),

        mail("bg093", "2026-12-09T13:55", ("Åsa Lönnqvist", "asa.lonnqvist@smedjebacken.se"), "Anmälan DalaLab",
             """Hej,

Jag anmäler mig härmed till DalaLab, träffarna 3/5, 21/9 samt 22/2-28.
29/11 har vi kommunstyrelsens budgetdag så den får jag stå över.

Mvh
Åsa Lönnqvist
Planeringsarkitekt, Smedjebackens kommun
Besöksadress: Stationsgatan 6, 777 30 Smedjebacken
Tel: 0240-66 00 00, mobil 070-312 45 18
OBS! Jag är ledig 23/12–6/1 och läser inte mejl då.
""",
             X("register", [P("Åsa Lönnqvist", "asa.lonnqvist@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S2, S4]),
             "numeric day/month forms; '22/2-28' = 22 Feb 2028; 29/11 named only to be declined; "
             "leave '23/12–6/1', street number and postcode are not sessions"),

        mail("bg094", "2026-12-14T16:30", ("Rachel Moore", "rachel.moore@regiondalarna.se"), "DalaLab sign-up",
             """Hi Linnea,

I'd like to sign up for DalaLab. I can make 5/3 and 9/21 - the other two dates clash with
trips home to Boston (I'll be away 11/20 to 12/6 this year and again in February).

Thanks!
Rachel

Rachel Moore
Senior Analyst, Regional Development
Region Dalarna
+46 (0)23-49 00 00
""",
             X("register", [P("Rachel Moore", "rachel.moore@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "US month/day dates: '9/21' can only be Sept 21, so '5/3' is May 3 (not 5 March) and '11/20 to 12/6' "
             "is a trip; the other two sessions explicitly not wanted"),

        mail("bg095", "2026-12-16T10:12", ("Malin Gustafsson", "malin.gustafsson@borlange.se"),
             "Anmälan till DalaLab – Malin Gustafsson",
             """Hej Linnea,

Jag vill anmäla mig till DalaLab. Eftersom jag är föräldraledig från mitten av september 2027
till och med januari 2028 kan jag bara delta den 3 maj och den 22 februari.

Vår chef har gett klartecken (beslut 2026-12-10, dnr SBF 2026/877).

Kan man få intyg efter projektet? Det vore bra inför lönesamtalet i mars.

Hälsningar
Malin Gustafsson
Strategisk planerare
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Malin Gustafsson", "malin.gustafsson@borlange.se", "Borlänge kommun")], [S1, S4]),
             "explicit dates 3 May + 22 Feb (2028 session); leave period, decision date, dnr, March are not sessions; "
             "side question about a certificate does not change the intent"),

        tg("bg096", "2027-03-20T11:08", "Jessica Hallberg", "1820457733",
           """Hej! Kan jag hänga med på nästa träff? Jobbar med planfrågor på Orsa kommun sen februari""",
           X("register", [P("Jessica Hallberg", None, "Orsa kommun")], [S1], unsure=["sessions"]),
           "sent 20 March 2027, before any session, so 'nästa träff' = the first, 3 May; phrased as a question but "
           "it is a signup; could also mean 'from the next one on' (all four) -> unsure sessions"),

        mail("bg097", "2027-01-11T07:52", ("Fredrik Wahlberg", "fredrik.wahlberg@leksand.se"),
             "SV: Anmälan DalaLab",
             """Hej igen!

Nej förresten, inte maj. Jag såg nu att kommunfullmäktige är flyttat till måndag 3 maj, så den
träffen kan jag inte. Anmäl mig bara till september alltså.

/Fredrik

Den fre 8 jan. 2027 kl 16:21 skrev Fredrik Wahlberg <fredrik.wahlberg@leksand.se>:
> Hej Linnea, jag vill gärna vara med på 3 maj och 21 september.
> Mvh Fredrik Wahlberg, Leksands kommun
""",
             X("change", [P("Fredrik Wahlberg", "fredrik.wahlberg@leksand.se", "Leksands kommun")], [S2]),
             "correction of his own earlier signup (quoted) -> change; after it only 21 Sep remains; "
             "'3 maj' now named as the clash; quoted mail is not the request"),

        mail("bg098", "2027-01-13T14:26", ("Gustav Edlund", "gustav.edlund@falun.se"), "DalaLab",
             """Hej Linnea!

Jag vill anmäla mig till träffarna 3 maj och 29 november. Nej vänta, 29 november har vi
budgetberedning, det glömde jag. Ta 22 februari i stället!

Hälsningar
Gustav Edlund
Trafikplanerare, Falu kommun
023-830 00
""",
             X("register", [P("Gustav Edlund", "gustav.edlund@falun.se", "Falu kommun")], [S1, S4],
               unsure=["corrected"]),
             "self-correction inside the same mail: 29 Nov replaced by 22 Feb -> 3 May + 22 Feb"),

        mail("bg099", "2027-01-18T09:33", ("Ylva Hedberg", "ylva.hedberg@rattvik.se"), "Anmälan",
             """Hej!

Jag vill gärna delta i DalaLab, men bara på tisdagen i september och måndagen i november.
Måndagar i maj har vi fasta ledningsgruppsmöten.

Jag är laktosintolerant så laktosfri mat tack.

Ylva Hedberg
Planchef
Rättviks kommun
""",
             X("register", [P("Ylva Hedberg", "ylva.hedberg@rattvik.se", "Rättviks kommun")], [S2, S3],
               diet="laktosfri"),
             "weekday + month references: Tuesday in September = 21 Sep, Monday in November = 29 Nov; 'måndagar i maj' "
             "is the reason she skips 3 May, not a session"),

        mail("bg100", "2027-03-16T15:04", ("Anders Hellström", "anders.hellstrom@lansstyrelsen.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 2027-04-14",
             """Hej,

Jag anmäler mig till tillfällena 2027-11-29 samt 2028-02-22. Under våren och fram till
oktober är jag tjänstledig för studier.

Med vänlig hälsning
Anders Hellström
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis
Skickat: den 15 mars 2027 10:00
Ämne: Påminnelse: anmälan till DalaLab senast 2027-04-14

Hej! Glöm inte att anmäla er till DalaLab senast 2027-04-14. Träffarna är 2027-05-03,
2027-09-21, 2027-11-29 och 2028-02-22.
""",
             X("register", [P("Anders Hellström", "anders.hellstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S3, S4]),
             "ISO dates; the quoted reminder lists all four plus the deadline in the same format; leave 'fram till "
             "oktober' excludes the others anyway"),

        tg("bg101", "2027-03-02T12:40", "Niklas Söderberg", "6033318904",
           """Hej. Hörde av en kollega att Borlänge redan har tre anmälda. Finns det nån väntelista och hur funkar den i så fall? Om nån hoppar av i höst, kan man ta över då?""",
           X("question", [], []),
           "waiting-list question only, no signup ('om nån hoppar av i höst' is hypothetical)"),

        mail("bg102", "2027-04-09T16:12", ("Kerstin Blomqvist", "kerstin.blomqvist@hedemora.se"),
             "Avanmälan träffen i Falun",
             """Hej Linnea,

Tyvärr kan jag inte komma på träffen i Falun om drygt tre veckor – vi har en överklagan som
ska besvaras senast 5 maj och jag måste vara på plats. Övriga träffar kommer jag på som planerat.

Trevlig helg!
Kerstin Blomqvist
Hedemora kommun
Skickat från min iPhone
""",
             X("cancel", [P("Kerstin Blomqvist", "kerstin.blomqvist@hedemora.se", "Hedemora kommun")], [S1]),
             "sent Fri 9 April 2027: 'träffen i Falun om drygt tre veckor' = 3 May; partial cancellation, the others "
             "kept; '5 maj' is a legal deadline, not a session"),

        mail("bg103", "2027-04-10T23:41", ("Mikael Ahlström", "mikael.ahlstrom@vansbro.se"), "sen anmälan DalaLab",
             """Hej! Hoppas jag hinner före sista anmälningsdagen på onsdag. Anmäl mig gärna till alla fyra träffarna.
Jag har varit sjukskriven sedan mitten av mars, därav sent.

Mikael Ahlström
Bygg- och miljöchef
Vansbro kommun
""",
             X("register", [P("Mikael Ahlström", "mikael.ahlstrom@vansbro.se", "Vansbro kommun")], ALL),
             "late Saturday evening before the deadline ('på onsdag' = 14 April, the deadline, not a session); "
             "'alla fyra' = all four"),

        mail("bg104", "2027-04-02T06:00", ("Britt-Marie Sahlin", "britt-marie.sahlin@ludvika.se"),
             "Automatiskt svar: Påminnelse: sista dag för anmälan till DalaLab 14 april",
             """Hej,

Jag är ledig 1–12 april och tillbaka tisdag 13 april. Mejlen läses inte under ledigheten.

Brådskande planärenden: kontakta växeln 0240-860 00.

Britt-Marie Sahlin
Ludvika kommun
""",
             X("auto_reply", [], []),
             "out-of-office reply (no headers in this rendering, the subject and wording tell it); leave dates and the "
             "deadline in the subject are no sessions"),

        mail("bg105", "2027-02-04T10:03", ("Mora kommun Registrator", "registrator@mora.se"),
             "Mottagningskvitto: DalaLab – anmälan senast 14 april",
             """Detta är ett automatiskt genererat meddelande.

Ditt e-postmeddelande har tagits emot av Mora kommun och registrerats 2027-02-04.
Diarienummer: KS 2027/00214
Handläggningstiden kan variera. Svara inte på detta meddelande.

Mora kommun, 792 80 Mora, tel 0250-260 00
""",
             X("auto_reply", [], []),
             "registry receipt from a municipality's registrator (automatic); the date registered and dnr are not "
             "sessions; the organisation in the signature does not make a person"),

        mail("bg106", "2027-02-10T11:20", ("Jörgen Tallberg", "jorgen.tallberg@regiondalarna.se"),
             "Avstämning RUS 29/11?",
             """Hej Linnea,

Kan vi boka in avstämningen om RUS-uppföljningen måndag 29 november, efter DalaLab-träffen?
Eller blir det för mycket den dagen? Annars funkar tisdag 30/11 på förmiddagen.

/Jörgen
""",
             X("unknown", [], []),
             "internal mail to the organiser about another meeting on a session date; no registration for anyone "
             "-> unknown, sessions []"),

        tg("bg107", "2027-02-15T07:31", "Sanna Rask", "2210956614",
           """hej, jag måste tyvärr hoppa av den om osäkerheter i november, krockar med budgetarbetet. /Sanna, Leksand""",
           X("cancel", [P("Sanna Rask", None, "Leksands kommun")], [S3]),
           "descriptive reference by theme + month: 'den om osäkerheter i november' = 29 Nov; partial cancellation"),

        tg("bg108", "2027-01-22T21:05", "Patrik Holmqvist", "7102338851",
           """Anmäl mig till de två sista träffarna tack""",
           X("register", [P("Patrik Holmqvist", None, None)], [S3, S4]),
           "'de två sista' = 29 Nov + 22 Feb; no organisation anywhere"),

        mail("bg109", "2027-02-01T13:45", ("Johanna Nord", "johanna.nord@mora.se"), "Anmälan DalaLab",
             """<html><body>
<p>Hej Linnea,</p>
<p>Jag vill anm&auml;la mig till DalaLab, <b>alla tr&auml;ffar utom v&aring;rtr&auml;ffen</b>
(den 3&nbsp;maj har vi inflyttning i nya kommunhuset).</p>
<p>V&auml;nliga h&auml;lsningar<br>
Johanna Nord<br>
Planarkitekt | Mora kommun<br>
0250-260 00</p>
</body></html>""",
             X("register", [P("Johanna Nord", "johanna.nord@mora.se", "Mora kommun")], [S2, S3, S4]),
             "HTML-only; 'alla träffar utom vårträffen' = all but 3 May; '3 maj' appears only as the excluded one"),

        mail("bg110", "2027-03-08T08:15", ("Oscar Lindblad", "oscar.lindblad@alvdalen.se"),
             "Byta träff DalaLab",
             """Hej!

Jag är anmäld till första träffen men har fått förhinder (semester v. 18). Går det att byta till
den efter sommaren i stället?

Mvh Oscar Lindblad
Älvdalens kommun
""",
             X("change", [P("Oscar Lindblad", "oscar.lindblad@alvdalen.se", "Älvdalens kommun")], [S2]),
             "move from the first session to 'den efter sommaren' = 21 Sep; sessions after the change = 21 Sep; "
             "'v. 18' is the week of 3 May"),

        mail("bg111", "2027-02-23T14:02", ("Ida Bergman", "ida.bergman@gagnef.se"), "Fråga om september",
             """Hej,

Jag är redan anmäld. Vet ni när på dagen träffen i september börjar, och är den också i Falun?
Jag behöver boka bil senast 1 september.

Tack på förhand!
Ida Bergman, Gagnefs kommun
""",
             X("question", [], []),
             "question about the September session from someone already registered -> question, sessions []; "
             "'1 september' is her booking deadline"),

        mail("bg112", "2027-01-27T10:30", ("Katharina Vogel", "katharina.vogel@falun.se"),
             "Registration DalaLab",
             """Dear Linnea,

I would like to register for DalaLab on 21.9. and 29.11. I moved to Falun from Freiburg in 2026 and
my Swedish is still not good enough for writing, sorry! From 1.3. to 15.3. I am at a conference.

Best regards,
Katharina Vogel
Stadsplanerare / Urban planner
Falu kommun
""",
             X("register", [P("Katharina Vogel", "katharina.vogel@falun.se", "Falu kommun")], [S2, S3]),
             "English with German-style dates '21.9.' and '29.11.'; conference '1.3. to 15.3.' is not a session"),

        mail("bg113", "2027-02-17T09:11", ("Roger Fält", "roger.falt@sater.se"), "DalaLab – två från Säter",
             """<div>Hej!</div>
<div><br></div>
<div>Jag vill anm&auml;la v&aring;ra planerare <b>Sven Lundmark</b> och <b>Ulrika H&auml;gglund</b>
till tr&auml;ffarna 29/11-27 och 22/2-28. Sj&auml;lv avst&aring;r jag.</div>
<div>Sven &auml;r vegan.</div>
<div><br></div>
<div>Roger F&auml;lt<br>Samh&auml;llsbyggnadschef, S&auml;ters kommun<br>0225-550 00</div>""",
             X("register", [P("Sven Lundmark", None, "Säters kommun", diet="vegan"),
                            P("Ulrika Hägglund", None, "Säters kommun")], [S3, S4], diet="vegan"),
             "HTML; manager registers two colleagues, not himself; '29/11-27' and '22/2-28' carry the year after a "
             "dash; per-person diet for Sven, message diet 'vegan'"),

        tg("bg114", "2027-03-12T17:48", "Elsa Moberg", "5408821176",
           """Hej! Elsa från Gagnef. Jag kommer på måndagsträffarna, tisdagar funkar inte för mig""",
           X("register", [P("Elsa Moberg", None, "Gagnefs kommun")], [S1, S3], unsure=["sessions"]),
           "weekday reference: the Monday sessions are 3 May and 29 Nov (21 Sep and 22 Feb are Tuesdays); "
           "relies on the weekday, so unsure sessions"),

        tg("bg115", "2027-02-25T08:02", "Hampus Ek", "4471130925",
           """god morgon, vill anmäla mig till måndag 21 september. Hampus, Avesta kommun""",
           X("register", [P("Hampus Ek", None, "Avesta kommun")], [S2], unsure=["sessions"]),
           "weekday and date disagree: 21 Sep 2027 is a Tuesday; the explicit date wins -> 21 Sep; could be meant "
           "as a Monday session (3 May / 29 Nov), hence unsure"),

        mail("bg116", "2027-03-04T09:26", ("Emelie Sundberg", "emelie.sundberg@alvdalen.se"),
             "SV: SV: DalaLab – platser kvar för Älvdalen?",
             """Hej!

Toppen, då vill jag också vara med, men bara på den sista.

/Emelie Sundberg, planhandläggare Älvdalens kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 3 mars 2027 16:40
Till: Emelie Sundberg
Ämne: SV: DalaLab – platser kvar för Älvdalen?

Hej Emelie, ja, Älvdalen har bara en anmäld hittills, så det finns plats. Sista dag är 14 april.

Från: Emelie Sundberg
Skickat: den 2 mars 2027 11:05
Ämne: DalaLab – platser kvar för Älvdalen?

Hej! Finns det platser kvar för oss? Träffen den 22 februari nästa år låter mest relevant för mig.
""",
             X("register", [P("Emelie Sundberg", "emelie.sundberg@alvdalen.se", "Älvdalens kommun")], [S4]),
             "'bara på den sista' = 22 Feb 2028 (also named in her own quoted mail); reply-header dates 2–3 March and "
             "the deadline are not sessions"),

        mail("bg117", "2027-04-07T12:18", ("Tove Ramström", "tove.ramstrom@orsa.se"), "Specialkost inför 3 maj",
             """Hej Linnea,

Inför träffen den 3 maj: jag har nyligen fått diagnosen celiaki, så jag behöver glutenfri kost
från och med nu. Jag är anmäld till alla fyra träffarna sedan i januari.

Tack!
Tove Ramström
Orsa kommun
""",
             X("change", [P("Tove Ramström", "tove.ramstrom@orsa.se", "Orsa kommun")], ALL, diet="glutenfri"),
             "diet update for an existing signup -> change; she states she is registered for all four, so sessions = "
             "all four (the diet applies to all, '3 maj' is just the next one); 'sedan i januari' is not a date"),

        tg("bg118", "2027-04-06T13:37", "Jonatan Berg", "6381005247",
           """Hej! Jonatan från Malung-Sälen. Jag kan inte gå 3 maj, min kollega Alva Nordin tar min plats den dagen. Resten av träffarna går jag på själv som vanligt.""",
           X("change", [P("Jonatan Berg", None, "Malung-Sälens kommun"), P("Alva Nordin", None, "Malung-Sälens kommun")],
             [S1]),
           "substitution for one session only: sender out on 3 May, Alva in; people both; sessions = what the "
           "substitute takes (3 May); he keeps the rest"),

        mail("bg119", "2027-03-22T10:47", ("Linus Forsman", "linus.forsman@ludvika.se"), "Avanmälan höstens träffar",
             """Hej,

Jag avanmäler mig från höstens träffar. Våren och februari står kvar.
Bakgrund: jag går ner i tid till 50 % från augusti till december.

Mvh
Linus Forsman
Miljöstrateg, Ludvika kommun
""",
             X("cancel", [P("Linus Forsman", "linus.forsman@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "partial cancellation: 'höstens träffar' = 21 Sep + 29 Nov; spring and February explicitly kept; "
             "'augusti till december' is a reason"),

        mail("bg120", "2027-03-10T14:09", ("Sebastian Alm", "sebastian.alm@borlange.se"), "DalaLab-anmälan",
             """Hej Linnea!

Jag vill delta på alla fyra utom den 21/9 – då är jag på Planeringsdagarna i Göteborg (20–22 september).

Hälsningar
Sebastian Alm
Borlänge kommun, Stadsbyggnadsförvaltningen
""",
             X("register", [P("Sebastian Alm", "sebastian.alm@borlange.se", "Borlänge kommun")], [S1, S3, S4]),
             "'alla fyra utom den 21/9' = 3 May, 29 Nov, 22 Feb; the other conference '20–22 september' spans the "
             "session date"),

        tg("bg121", "2027-03-25T20:14", "Maja Lindh", "1173920486",
           """står jag redan på listan för 29 nov? anmälde mig i januari men har inte fått nån bekräftelse""",
           X("question", [], []),
           "question about her own status; the named date is not a signup -> question, sessions []"),

        mail("bg122", "2027-01-07T11:02", ("Karin Håkansson", "karin.hakansson@sater.se"), "DalaLab",
             """Hej!

Anmäl mig gärna till DalaLab. Jag kan vara med i vår och i höst, men inte nästa år eftersom
min tjänst är ett vikariat som slutar 31 december 2027.

Mvh Karin Håkansson
Säters kommun
""",
             X("register", [P("Karin Håkansson", "karin.hakansson@sater.se", "Säters kommun")], [S1, S2, S3]),
             "sent Jan 2027: 'i vår' = 3 May, 'i höst' = 21 Sep + 29 Nov, 'inte nästa år' excludes 22 Feb 2028; "
             "'31 december 2027' is the end of her post"),

        mail("bg123", "2026-12-21T15:33", ("Viktoria Engström", "viktoria.engstrom@falun.se"),
             "Anmälan DalaLab – från hösten",
             """Hej,

Jag är föräldraledig fram till augusti 2027, så anmäl mig till allt efter sommaren.
God jul och gott nytt år!

Viktoria Engström
Planarkitekt, Falu kommun
""",
             X("register", [P("Viktoria Engström", "viktoria.engstrom@falun.se", "Falu kommun")], [S2, S3, S4]),
             "'allt efter sommaren' = every session after summer 2027: 21 Sep, 29 Nov, 22 Feb 2028; the Christmas "
             "greeting and leave end are no dates of sessions"),

        tg("bg124", "2027-02-08T12:22", "Rebecka Nyström", "5029316648",
           """Hej! Vill anmäla mig till 21/9 o 22/2 tack. Rebecka, Hedemora""",
           X("register", [P("Rebecka Nyström", None, "Hedemora kommun")], [S2, S4]),
           "short numeric dates, '22/2' without year = the 2028 session; 'o' for och"),

        mail("bg125", "2027-03-29T09:40", ("Mikaela Strömgren", "mikaela@stromgrenplan.se"),
             "Radera mina uppgifter",
             """Hej,

Jag anmälde mig till DalaLab i december, då som planarkitekt på Borlänge kommun. Sedan 1 mars
driver jag egen konsultfirma och kommer inte att delta. Jag vill att ni raderar alla uppgifter om
mig (namn, mejladress, kostuppgifter) ur era listor.

Mvh Mikaela Strömgren
Strömgren Plan AB, org.nr 559412-3378
""",
             X("erasure", [P("Mikaela Strömgren", "mikaela@stromgrenplan.se", None)], [],
               unsure=["organisation", "intent"]),
             "erasure request (implies withdrawal too, but erasure is the request); organisation null: she has left "
             "Borlänge kommun and writes from her own firm's domain; '1 mars' and org.nr are not sessions"),

        tg("bg126", "2027-04-03T10:51", "Fia Ljungberg", "2987714320",
           """oj fel chatt 🙈 skulle till innebandygänget. ses på måndag kl 19!""",
           X("unknown", [], []),
           "misdirected chat message; 'på måndag' (5 April) is not a session -> unknown"),

        mail("bg127", "2027-01-19T13:13", ("Daniel O'Connor", "daniel.oconnor@regiondalarna.se"),
             "DalaLab – register",
             """Hi Linnea,

Please put me down for the spring one in Falun and the one in February next year. I'm on the
transport side so the accessibility theme is spot on. Autumn is booked solid with the
regional transport plan consultation (Sep-Dec).

Cheers,
Daniel O'Connor
Transport Planner, Region Dalarna
""",
             X("register", [P("Daniel O'Connor", "daniel.oconnor@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "English descriptive references: 'the spring one' = 3 May, 'February next year' (written Jan 2027) = "
             "22 Feb 2028; autumn explicitly excluded; apostrophe in the name"),

        tg("bg128", "2027-03-03T09:10", "Anneli Strand", "8820143357",
           """Hej Linnea, det var jag som ringde i går. Anmäl mig till den 3:e och den 29:e! Rättviks kommun""",
           X("register", [P("Anneli Strand", None, "Rättviks kommun")], [S1, S3], unsure=["sessions"]),
           "ordinal day numbers only: 'den 3:e' = 3 May and 'den 29:e' = 29 Nov (the only sessions on those days); "
           "sent on 3 March, which is not a session; 'i går' is context"),

        tg("bg129", "2027-03-30T16:44", "Jimmy Carlsson", "6690254113",
           """Hej, jag är anmäld till alla fyra men behöver ändra till bara de två första. /Jimmy, Avesta""",
           X("change", [P("Jimmy Carlsson", None, "Avesta kommun")], [S1, S2]),
           "change from all four to 'de två första' = 3 May + 21 Sep; sessions after the change"),

        mail("bg130", "2027-04-01T08:05", ("Henrietta Mörk", "henrietta.mork@smedjebacken.se"),
             "Avanmälan en träff",
             """Hej!

Jag måste tyvärr avanmäla mig från 21 september... nej förresten, det är 29 november som krockar
(vi har studieresa till Köpenhamn 28–30 nov). September går bra.

Mvh Henrietta Mörk
Smedjebackens kommun
""",
             X("cancel", [P("Henrietta Mörk", "henrietta.mork@smedjebacken.se", "Smedjebackens kommun")], [S3],
               unsure=["corrected"]),
             "self-correction: the cancellation is for 29 Nov, not 21 Sep (explicitly kept); trip '28–30 nov' spans "
             "the session"),

        mail("bg131", "2027-02-12T15:20", ("Henrik Damberg", "henrik.damberg@gagnef.se"), "Anmälan från Gagnef",
             """Hej Linnea,

Vi blir tre från Gagnef:
- Anna Blom tar vårträffen
- Per Hallin går på höstens båda
- och jag själv kommer på alla fyra.

Kost: Anna glutenfri, jag vegetarisk.

Hälsningar
Henrik Damberg
Planchef, Gagnefs kommun
""",
             X("register", [P("Anna Blom", None, "Gagnefs kommun", diet="glutenfri"),
                            P("Per Hallin", None, "Gagnefs kommun"),
                            P("Henrik Damberg", "henrik.damberg@gagnef.se", "Gagnefs kommun", diet="vegetarisk")],
               ALL, diet="glutenfri, vegetarisk", unsure=["each-own-sessions"]),
             "three people with their own sessions (Anna 3 May, Per 21 Sep + 29 Nov, Henrik all); the single "
             "sessions field is the union = all four; per-person diets joined in order of mention"),

        tg("bg132", "2027-01-25T12:30", "Oliver Dahlström", "3340987652",
           """När är sista anmälningsdag? Och går det att anmäla sig bara till den sista träffen senare, typ i höst?""",
           X("question", [], []),
           "two questions (deadline, late signup for the last session); no signup yet"),

        mail("bg133", "2027-04-09T11:58", ("Tobias Jonsson", "tobias.jonsson@malung-salen.se"),
             "Anmälan DalaLab – i sista stund",
             """Hej!

Jag vet att sista dag är på onsdag (14/4), hoppas det går bra ändå. Anmäl mig och min kollega
Linn Eriksson (linn.eriksson@malung-salen.se) till de två första träffarna.

Vi är lediga båda två 19/7–13/8 om det spelar någon roll.

Tobias Jonsson
Malung-Sälens kommun
0280-181 00
""",
             X("register", [P("Tobias Jonsson", "tobias.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Linn Eriksson", "linn.eriksson@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "near the deadline (the '14/4' is the deadline, before it anyway); 'de två första' = 3 May + 21 Sep; "
             "summer leave '19/7–13/8' is not a session"),

        mail("bg134", "2027-04-08T14:50", ("Sofie Granlund", "sofie.granlund@orsa.se"), "Flytta oss till november",
             """Hej Linnea,

Jag och Mats Backström är anmälda till 21/9, men jag ser nu att kommunfullmäktige ligger samma dag.
Kan du flytta oss båda till novemberträffen i stället?

Tack!
Sofie Granlund
Samhällsplanerare
Orsa kommun
""",
             X("change", [P("Sofie Granlund", "sofie.granlund@orsa.se", "Orsa kommun"),
                          P("Mats Backström", None, "Orsa kommun")], [S3]),
             "session change for two people from 21 Sep to 'novemberträffen' = 29 Nov; sessions after the change"),

        tg("bg135", "2027-04-04T19:26", "Amanda Wiik", "5719903381",
           """Hej! Jobbar på Falu kommun. Hörde att Falun redan har tre platser tagna, men kan ni sätta upp mig på väntelistan? Alla fyra träffarna om möjligt""",
           X("register", [P("Amanda Wiik", None, "Falu kommun")], ALL, unsure=["intent"]),
           "waiting-list signup is still a signup request (the quota decides the waiting list) -> register, all four; "
           "phrased as a question, hence unsure intent"),
    ]
