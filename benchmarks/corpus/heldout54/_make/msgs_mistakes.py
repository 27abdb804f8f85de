"""Writer "mistakes" (be046–be090): messages whose writers get something wrong — a date that is no session
("3 juni", "21 oktober", "29 oktober", "den 20 september (måndag)"), a weekday that does not match the date, the
wrong year, misspelled months, a session named by the wrong theme or the wrong ordinal, a session that does not
exist ("träffen i april", "alla fem"), an address or name typo corrected in the same message, a subject that
contradicts the body, a re-registration "för säkerhets skull", a cancellation of a session never booked — plus
questions, automatic mail, misdirected mail and erasure requests that stem from such mistakes. Labels give the
reading a careful organiser would take, with `unsure` where she would ask before acting."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("be046", "2027-02-03T10:12", ("Maria Holm", "maria.holm@gagnef.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag vill anmäla mig till den första träffen, 3 juni i Falun. De senare
träffarna får jag återkomma om när jag vet hur hösten ser ut hos oss.

Vänliga hälsningar

Maria Holm
Planarkitekt
Gagnefs kommun | Samhällsbyggnadsförvaltningen
Box 43, 785 21 Gagnef
Tel 0241-150 00 (växel) | Mobil 070-312 45 88
""",
             X("register", [P("Maria Holm", "maria.holm@gagnef.se", "Gagnefs kommun")], [S1], unsure=["sessions"]),
             "'den första träffen ... i Falun' is 3 May; '3 juni' is no session (month slip) -> S1, but a careful "
             "organiser confirms 3 maj before registering; 'senare träffarna' adds nothing"),

        tg("be047", "2027-02-04T19:37", "Kristoffer Dahl", "6120458831",
           """Hej! Kristoffer Dahl här, Hedemora kommun. Vill anmäla mig till måndag 21 september och 29 november. Tack!""",
           X("register", [P("Kristoffer Dahl", None, "Hedemora kommun")], [S2, S3]),
           "21 September 2027 is a Tuesday, not 'måndag'; the date is a session and the only one in September, so "
           "the weekday slip does not change the reading"),

        mail("be048", "2027-02-08T08:05", ("Ann-Sofi Rask", "ann-sofi.rask@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag måste tyvärr avanmäla mig från träffen den 29 november, det krockar med
en länsgemensam workshop som jag är ansvarig för.

Hälsningar
Ann-Sofi Rask
Strateg, Borlänge kommun
0243-740 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 11:02
Till: Ann-Sofi Rask <ann-sofi.rask@borlange.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Ann-Sofi!

Tack för din anmälan. Du är anmäld till följande träffar:
- måndag 3 maj 2027, Falun
- tisdag 21 september 2027

Välkommen!
Linnea Hassis, Region Dalarna
""",
             X("cancel", [P("Ann-Sofi Rask", "ann-sofi.rask@borlange.se", "Borlänge kommun")], [S3],
               unsure=["sessions"]),
             "cancels 29 Nov, but the quoted confirmation shows she booked only 3 May and 21 Sep -> label what she "
             "wrote (S3) and ask whether she means 21 September; quoted dates are not the request"),

        mail("be049", "2027-01-14T14:40", ("Lars-Göran Ek", "lars-goran.ek@sater.se"), "Anmälan till 29/11 och 22/2",
             """Hej,

Jag anmäler mig härmed till träffarna den 29 november 2027 och 22 februari 2027.

Mvh
Lars-Göran Ek
Översiktsplanerare
Säters kommun
Rådhusgatan 1, 783 81 Säter
0225-550 00
""",
             X("register", [P("Lars-Göran Ek", "lars-goran.ek@sater.se", "Säters kommun")], [S3, S4]),
             "'22 februari 2027' is a wrong year: the February session is 22 Feb 2028 (the subject says just 22/2); "
             "only one February session, so no doubt"),

        mail("be050", "2027-03-09T13:21", ("Jenny Palm", "jenny.palm@avesta.se"), "Fråga om datum",
             """Hej!

Stämmer det att första träffen i DalaLab är i april? En kollega sa det på
vårt APT, men i inbjudan jag fick står det 3 maj. Vill bara vara säker innan
jag bokar tjänstebil.

Tack på förhand!
Jenny Palm
Avesta kommun
""",
             X("question"),
             "question only: she asks whether the first session is in April (it is not; 3 May); no signup"),

        tg("be051", "2027-01-19T22:04", "Jessica L", "5093317642",
           """Anmäler mig till sepember och novemer träffarna 🙏 /Jessica Lind, Leksand""",
           X("register", [P("Jessica Lind", None, "Leksands kommun")], [S2, S3]),
           "misspelled months 'sepember', 'novemer' = 21 Sep and 29 Nov; full name from the signature, not the "
           "display name"),

        mail("be052", "2027-03-15T09:48", ("Emma Ljung", "emma.ljung@hedemora.se"), "Byte av träff",
             """Hej Linnea,

Jag är anmäld till 3 maj och 21 september. Kan jag byta 21 september mot
29 oktober? Den 21:a har vi kommunfullmäktige och jag måste vara där.

Tack!
Emma Ljung
Samhällsplanerare, Hedemora kommun
""",
             X("change", [P("Emma Ljung", "emma.ljung@hedemora.se", "Hedemora kommun")], [S1, S3],
               unsure=["sessions"]),
             "swap 21 Sep for '29 oktober', which is no session; the 29th points at 29 November -> sessions after "
             "the change 3 May + 29 Nov (she states she keeps 3 May); ask to confirm 29 november"),

        mail("be053", "2027-02-11T11:30", ("Henrik Sjödin", "henrik.sjodin@borlange.se"),
             "Anmälan – träffen om tillgänglighet",
             """Hej!

Jag vill anmäla mig till träffen den 21 september om tillgänglighet (rumslig
närhet, fysisk mobilitet och digital tillgänglighet) – det är precis det vi
håller på med i arbetet med vår nya trafikstrategi.

Med vänlig hälsning
Henrik Sjödin
Trafikplanerare
Borlänge kommun, Samhällsbyggnadsförvaltningen
Tel 0243-740 00
""",
             X("register", [P("Henrik Sjödin", "henrik.sjodin@borlange.se", "Borlänge kommun")], [S2, S4],
               unsure=["sessions"]),
             "date and theme disagree: 21 Sep is the 'utvecklingsinriktning' session, the accessibility theme is "
             "22 Feb 2028; his motive is the theme -> both candidates, ask which he means"),

        mail("be054", "2027-02-17T15:02", ("Kent Larsson", "kent.larsson@borlange.se"), "Anmälan Trafikdagen 3 maj",
             """Hej!

Jag vill anmäla mig till Trafikverkets trafikdag i Borlänge den 3 maj.
Jag äter vegetariskt.

Mvh
Kent Larsson
Gatuenheten, Borlänge kommun
""",
             X("unknown", unsure=["intent"]),
             "a signup for a different event (Trafikverket's day) sent to the wrong address; 3 May only "
             "coincides with session 1 -> not a DalaLab registration; organiser would reply that he has the "
             "wrong address (and perhaps ask)"),

        mail("be055", "2027-01-27T10:15", ("Ulrika Borg", "ulrika.borg@rattvik.se"), "Anmälan",
             """Hej,

Jag anmäler mig till den andra träffen, den 29 november. Jag har tyvärr inte
möjlighet att delta på de andra.

Hälsningar
Ulrika Borg
Rättviks kommun
Riksvägen 1, 795 80 Rättvik
""",
             X("register", [P("Ulrika Borg", "ulrika.borg@rattvik.se", "Rättviks kommun")], [S3],
               unsure=["sessions"]),
             "'den andra träffen' but 29 Nov is the third (perhaps the second of the autumn); the explicit date is "
             "the likelier reading -> S3, confirm; 'de andra' here means 'the others'"),

        mail("be056", "2027-03-02T16:44", ("Patrik Engström", "patrik.engstrom@vansbro.se"), "Avanmälan 21/9",
             """Hej!

Jag kan tyvärr inte delta den 22 februari, jag har en annan konferens då.
Övriga träffar är jag med på som planerat.

/Patrik Engström
Vansbro kommun
Skickat från min iPhone
""",
             X("cancel", [P("Patrik Engström", "patrik.engstrom@vansbro.se", "Vansbro kommun")], [S4],
               unsure=["sessions"]),
             "subject says 21/9, body says 22 February: the body is the written request -> S4, but a careful "
             "organiser asks which one before cancelling"),

        mail("be057", "2027-03-04T08:20", ("Camilla Westin", "camilla.westin@avesta.se"), "Anmälan",
             """Hej!

Jag vill gärna anmäla mig till träffen i april. Är den i Falun?

Mvh Camilla Westin
Översiktsplanerare
Avesta kommun
Tfn 0226-64 50 00
""",
             X("register", [P("Camilla Westin", "camilla.westin@avesta.se", "Avesta kommun")], [S1],
               unsure=["sessions"]),
             "there is no April session (perhaps the 14 April deadline confused her); the nearest and first, in "
             "Falun, is 3 May -> S1 as the likely reading, ask before registering"),

        mail("be058", "2027-03-18T13:55", ("Robert Falk", "robert.falk@avesta.se"), "Ersättare 29 november",
             """Hej Linnea!

Jag kan tyvärr inte gå på träffen den 29 november, men min kollega Sara
Nilsson tar min plats. Hennes adress är sara.nilson@avesta.se.

Hälsningar
Robert Falk
Avesta kommun

PS. Såg nu att jag stavade fel på Saras adress – den ska vara
sara.nilsson@avesta.se (två s).
""",
             X("change", [P("Robert Falk", "robert.falk@avesta.se", "Avesta kommun"),
                          P("Sara Nilsson", "sara.nilsson@avesta.se", "Avesta kommun")], [S3]),
             "substitution for 29 Nov: Robert out, Sara in; her address is the corrected one from the PS, not the "
             "misspelled one"),

        mail("be059", "2026-12-09T09:31", ("Anders Nyström", "anders.nystrom@ludvika.se"), "Anmälan DalaLab",
             """Hej Linnea,

Jag vill anmäla mig själv och min kollega Lena Ståhl till alla träffar.
Lenas adress är lena.sthal@ludvika.se.

Rättelse: det blev fel där, det ska vara lena.stahl@ludvika.se.

Lena är vegetarian.

Vänliga hälsningar
Anders Nyström
Planeringschef
Ludvika kommun
Tel 0240-860 00
""",
             X("register", [P("Anders Nyström", "anders.nystrom@ludvika.se", "Ludvika kommun"),
                            P("Lena Ståhl", "lena.stahl@ludvika.se", "Ludvika kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "sender and colleague, no dates -> all four; the colleague's address as corrected in the same mail; "
             "diet is Lena's"),

        mail("be060", "2027-01-11T07:02", ("Cecilia Moberg", "cecilia.moberg@orsa.se"),
             "Automatiskt svar: Påminnelse DalaLab",
             """Hej!

Tack för ditt mejl. Jag är föräldraledig till och med den 21 oktober 2027
och läser inte min e-post.

Ärenden om bygglov: bygglov@orsa.se
Övrigt: Orsa kommuns växel 0250-55 21 00

Cecilia Moberg
Orsa kommun
""",
             X("auto_reply"),
             "Outlook out-of-office ('Automatiskt svar:'); '21 oktober 2027' is a return date, not a session"),

        tg("be061", "2027-01-21T12:16", "Jonna Persson", "7731902265",
           """Hej! Jonna Persson från Orsa kommun. Vill anmäla mig till alla fem träffarna 🙂""",
           X("register", [P("Jonna Persson", None, "Orsa kommun")], ALL),
           "'alla fem' but there are four sessions: the intent is plainly all of them -> all four; the reply can "
           "say there are four"),

        tg("be062", "2027-02-22T18:40", "Mats Hedberg", "5902114873",
           """hej, 21 september är väl en tisdag? i inbjudan som chefen vidarebefordrade står det måndag. vill inte missa den""",
           X("question"),
           "question about the weekday of 21 Sep (a Tuesday); 'vill inte missa den' is no signup"),

        mail("be063", "2027-02-24T10:03", ("Per-Olof Strand", "per-olof.strand@malung-salen.se"),
             "Anmälan 29 november",
             """Hej,

Härmed anmäler jag mig till träffen den 21 november.

Mvh
Per-Olof Strand
Malung-Sälens kommun
Box 14, 782 21 Malung
""",
             X("register", [P("Per-Olof Strand", "per-olof.strand@malung-salen.se", "Malung-Sälens kommun")], [S3],
               unsure=["sessions"]),
             "body '21 november' is no session; subject says 29 november and the month matches -> S3 likely, but "
             "the 21 could also point at 21 September; ask"),

        tg("be064", "2027-03-26T07:45", "Sanna Wiklund", "1188340952",
           """Stryk mig från 3 maj 2028, kan inte komma. /Sanna Wiklund, Ludvika""",
           X("cancel", [P("Sanna Wiklund", None, "Ludvika kommun")], [S1]),
           "wrong year: the only 3 May session is in 2027 -> cancel S1"),

        tg("be065", "2027-01-30T20:12", "Tove Åkesson", "6654021189",
           """Hej, jag anmälde mig till alla fem träffarna och vill lägga till att jag är vegan. /Tove Åkesson, Falu kommun""",
           X("change", [P("Tove Åkesson", None, "Falu kommun", diet="vegan")], ALL, diet="vegan"),
           "diet update for an existing signup -> change; 'alla fem' means all (four) sessions"),

        mail("be066", "2027-02-15T14:26", ("Sofie Lundqvist", "sofie.lundqvist@mora.se"), "Avanmälan DalaLab",
             """Hej Linnea!

Jag vill anmäla mig till DalaLab, träffarna den 3 maj och 21 september.
Vi ses i Falun!

Med vänlig hälsning
Sofie Lundqvist
Mora kommun
Tingsnäsvägen 1, 792 80 Mora
""",
             X("register", [P("Sofie Lundqvist", "sofie.lundqvist@mora.se", "Mora kommun")], [S1, S2],
               unsure=["intent"]),
             "subject 'Avanmälan' but the body clearly registers for 3 May + 21 Sep -> register; the contradiction "
             "is worth a question"),

        mail("be067", "2027-01-25T09:10", ("Göran Alm", "goran.alm@sater.se"), "Felaktig anmälan – ta bort mig",
             """Hej,

Jag har fått en bekräftelse från er om anmälan till DalaLab, men jag har aldrig
anmält mig. Det är säkert någon som skrivit fel adress. Ta bort mina
uppgifter ur ert register.

Göran Alm
Säters kommun
""",
             X("erasure", [P("Göran Alm", "goran.alm@sater.se", "Säters kommun")]),
             "erasure request from someone registered by mistake; organisation from the sater.se domain"),

        mail("be068", "2027-03-22T15:37", ("Mikael Hansson", "mikael.hansson@falun.se"), "Anmälan (igen?)",
             """Hej!

Jag är nästan säker på att jag anmälde mig redan i december, men jag hittar
inget bekräftelsemejl, så för säkerhets skull: jag vill vara med på 3 maj och
29 november. Om jag redan står med så ignorera detta!

Mvh
Mikael Hansson
GIS-ingenjör, Falu kommun
023-830 00
""",
             X("register", [P("Mikael Hansson", "mikael.hansson@falun.se", "Falu kommun")], [S1, S3]),
             "re-registration 'för säkerhets skull': a registration for 3 May + 29 Nov; a duplicate is harmless"),

        mail("be069", "2027-02-01T11:11", ("Mattias Öberg", "mattias.oberg@leksand.se"), "Är jag anmäld?",
             """Hej,

Jag tror att jag anmälde mig i januari men har inte fått någon bekräftelse.
Kan du kolla om jag finns med? Jag vill inte bli dubbelanmäld.

Tack,
Mattias Öberg
Leksands kommun
""",
             X("question"),
             "asks whether he is registered and explicitly does not want to register again -> question"),

        tg("be070", "2027-02-12T21:50", "Elin Berg", "8843150076",
           """hej, vill anmäla mig till 21 oktober. elin berg, vansbro kommun""",
           X("register", [P("Elin Berg", None, "Vansbro kommun")], [S2], unsure=["sessions"]),
           "'21 oktober' is no session; the day matches 21 September -> S2 as the likely reading, ask"),

        tg("be071", "2027-03-30T12:02", "Johan Kvist", "2079384456",
           """Måste avanmäla mig från 23 februari, är på sportlov med barnen den veckan. Johan Kvist Mora""",
           X("cancel", [P("Johan Kvist", None, "Mora kommun")], [S4]),
           "'23 februari' is a day off; the only February session is 22 Feb and he is away that whole week -> S4"),

        tg("be072", "2027-02-19T08:33", "Ali Rezaei", "3360172298",
           """har anmält mig till 3 maj, men vill byta till måndagen i september istället. mvh Ali Rezaei Rättvik""",
           X("change", [P("Ali Rezaei", None, "Rättviks kommun")], [S2]),
           "bare swap 3 May -> 'måndagen i september'; the only September session (21 Sep) is a Tuesday, but there "
           "is no other candidate -> S2"),

        mail("be073", "2026-12-14T10:40", ("Birgitta Olsson", "birgitta.olsson@sater.se"), "Anmälan från Säter",
             """Hej!

Jag vill anmäla tre kollegor från Säter till alla träffarna:

- Johan Ahlberg, johan.ahlberg@sater.se
- Fatima Yousef, fatima.yousef@sater.se

Tack på förhand!

Birgitta Olsson
Administratör, Samhällsbyggnad
Säters kommun
""",
             X("register", [P("Johan Ahlberg", "johan.ahlberg@sater.se", "Säters kommun"),
                            P("Fatima Yousef", "fatima.yousef@sater.se", "Säters kommun")], ALL,
               unsure=["people"]),
             "'tre kollegor' but only two are listed; the sender writes for others and is not among them -> the two "
             "named, all four sessions; ask who the third is"),

        mail("be074", "2027-03-11T14:18", ("Linda Sund", "linda.sund@regiondalarna.se"), "Protokoll från i tisdags",
             """Hej Maria!

Här kommer anteckningarna från tisdagens möte om kollektivtrafikplanen. Kan
du titta på punkt 4 innan fredag?

/Linda

Linda Sund
Region Dalarna
""",
             X("unknown"),
             "internal mail sent to the registration address by mistake (meant for 'Maria'); nothing about DalaLab"),

        mail("be075", "2027-01-05T16:22", ("Thomas Reed", "thomas.reed@lansstyrelsen.se"), "DalaLab registration",
             """Hi Linnea,

I'd like to sign up for the sessions on May 3rd and September 12th.
I'm afraid my Swedish is still limited - I hope the sessions are OK to follow
in English?

Best regards,
Thomas Reed
Planning Advisor, Länsstyrelsen Dalarna
+46 10-225 00 00
""",
             X("register", [P("Thomas Reed", "thomas.reed@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2],
               unsure=["sessions"]),
             "English signup; 'September 12th' is no session, most likely 21 Sep with swapped digits -> S1 + S2, "
             "confirm the September date"),

        mail("be076", "2027-03-03T07:51", ("Anna Wiik", "annawiik72@gmail.com"), "Avanmälan 21 september",
             """Hej!

Jag skriver från min privata adress eftersom jobbmejlen krånglar. Jag behöver
avanmäla mig från 21 september.

Jag är anmäld med anna.wik@mora.se – nej förresten, anna.wiik@mora.se, med två i.

Mvh
Anna Wiik
Mora kommun
""",
             X("cancel", [P("Anna Wiik", "anna.wiik@mora.se", "Mora kommun")], [S2]),
             "cancel 21 Sep; she writes from gmail but names the (corrected) work address her registration is under, "
             "so that is her address here; organisation from the signature"),

        mail("be077", "2027-03-24T10:27", ("Gunilla Mård", "gunilla.mard@orsa.se"), "Lägga till en träff",
             """Hej,

Jag anmälde mig till 3 maj och 21 sept (om jag minns rätt) – kan ni lägga till
29 nov också?

Gunilla Mård
Orsa kommun
0250-55 21 00
""",
             X("change", [P("Gunilla Mård", "gunilla.mard@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "add a session: stated sessions after the change are 3 May, 21 Sep and 29 Nov; 'om jag minns rätt' is "
             "for the organiser to check against the register"),

        tg("be078", "2027-01-08T13:09", "Oskar Lindahl", "4412987605",
           """Oskar Lindahl, Borlänge. Anmäler mig till 3 maj och 21 sep. Nej vänta, 29 nov menar jag, inte 21 sep.""",
           X("register", [P("Oskar Lindahl", None, "Borlänge kommun")], [S1, S3]),
           "self-correction in the same message: 21 Sep replaced by 29 Nov -> 3 May + 29 Nov"),

        mail("be079", "2026-12-18T09:14", ("Susanne Hägg", "susanne.hagg@falun.se"), "Fem eller fyra träffar?",
             """Hej!

I vår interna kallelse står det att DalaLab har fem träffar, men jag hittar
bara fyra datum i er inbjudan. Finns det en femte träff som inte är spikad än?
Jag vill anmäla mig till alla, men väntar tills jag vet.

Hälsningar
Susanne Hägg
Falu kommun
""",
             X("question"),
             "question about the number of sessions; she explicitly waits before registering -> no signup"),

        mail("be080", "2027-02-26T12:45", ("Ingrid Sahlin", "ingrid.sahlin@smedjebacken.se"), "Anmälan 3 maj",
             """Hej!

Jag anmäler mig till träffen i Borlänge den 3 maj. Finns det parkering vid
lokalen, eller är det bäst att ta tåget?

Hälsningar
Ingrid Sahlin
Planeringsarkitekt, Smedjebackens kommun
""",
             X("register", [P("Ingrid Sahlin", "ingrid.sahlin@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "signup for 3 May with the wrong town (it is in Falun); the date is unambiguous; the parking question "
             "rides along with the registration"),

        tg("be081", "2027-04-06T17:28", "Maja Holmgren", "9015537220",
           """hej! kan tyvärr inte komma på första träffen 3 maj och inte heller den i oktober. /Maja Holmgren, Gagnef""",
           X("cancel", [P("Maja Holmgren", None, "Gagnefs kommun")], [S1], unsure=["sessions"]),
           "cancel 3 May for sure; 'den i oktober' is no session (21 Sep or 29 Nov?) -> label S1 only and ask "
           "about the second one"),

        mail("be082", "2027-01-20T11:03", ("Mail Delivery Subsystem", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan till DalaLab",
             """Delivery has failed to these recipients or groups:

karin.lund@falun.sw
The domain name in the email address is incorrect. Check the address and try
again.

Diagnostic information for administrators:
Generating server: mx1.regiondalarna.se
karin.lund@falun.sw
Remote Server returned '550 5.4.310 DNS domain falun.sw does not exist'

Original message headers:
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: karin.lund@falun.sw
Subject: Bekräftelse: anmälan till DalaLab

Hej Karin! Du är anmäld till 3 maj 2027 och 21 september 2027.
""",
             X("auto_reply"),
             "bounce of a confirmation sent to an address the registrant mistyped (falun.sw); the returned text "
             "names a person and dates but is no request"),

        tg("be083", "2027-01-15T19:55", "Nils Forsgren", "6370041128",
           """Hej, Nils Forsgren, Älvdalens kommun. Anmäler mig till måndagen den 20 september. 3 maj och de övriga kan jag tyvärr inte.""",
           X("register", [P("Nils Forsgren", None, "Älvdalens kommun")], [S2], unsure=["sessions"]),
           "'måndagen den 20 september' is consistent in itself but no session (21 Sep is a Tuesday); if he is free "
           "only on the 20th the 21st may not suit -> S2, ask"),

        mail("be084", "2027-03-29T08:40", ("Fredrik Olausson", "fredrik.olausson@ludvika.se"), "Ändring av anmälan",
             """Hej,

Kan ni ändra min anmälan så att den gäller 3 maj och 29 november 2028? Jag
kan inte längre den 21 september.

Tack!
Fredrik Olausson
Ludvika kommun
Tel 0240-860 00
""",
             X("change", [P("Fredrik Olausson", "fredrik.olausson@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "stated sessions after the change: 3 May + 29 Nov; '2028' is a year slip (the November session is "
             "2027)"),

        mail("be085", "2027-02-09T03:17", ("Nordiska Planeringsregistret", "info@nordplanreg-se.com"),
             "Registreringsbekräftelse: Planeringskonferens 2027",
             """Bästa deltagare,

Tack för er anmälan till Planeringskonferensen 2027! För att slutföra
registreringen ber vi er betala deltagaravgiften 4 950 kr senast 15 februari
till bankgiro 5521-0093 (ref 77314).

Obetald avgift medför påminnelseavgift enligt våra villkor.

Nordiska Planeringsregistret AB
""",
             X("unknown"),
             "invoice scam dressed as a registration confirmation; numbers and dates are not sessions"),

        tg("be086", "2027-02-02T10:05", "Karolina Nord", "5127703964",
           """Hej! Anmäler mig till alla höstens träffar: 21/9, 29/11 och 22/2. /Karolina Nord, Region Dalarna""",
           X("register", [P("Karolina Nord", None, "Region Dalarna")], [S2, S3, S4]),
           "'höstens träffar' but she lists 22/2 too (not autumn); the explicit dates win -> three sessions"),

        mail("be087", "2027-03-16T15:12", ("Eva Björk", "eva.bjork@hedemora.se"), "Avanmälan medarbetare",
             """Hej Linnea,

Vår medarbetare Linda Ekstörm (förlåt, Ekström ska det vara) har slutat hos oss,
så hon kommer inte på några fler träffar. Vänligen avanmäl henne.

Med vänlig hälsning
Eva Björk
Enhetschef, Samhällsbyggnad
Hedemora kommun
""",
             X("cancel", [P("Linda Ekström", None, "Hedemora kommun")], ALL),
             "manager cancels a colleague (sender not in people); name as corrected in the same mail; no session "
             "named -> all four"),

        mail("be088", "2027-01-13T13:34", ("Pia Norberg", "pia.norberg@mora.se"), "Rättelse av namn",
             """Hej!

Jag anmälde min kollega som "Jon Mattsson" förra veckan, men han heter Jonas
Mattsson och har adressen jonas.mattsson@mora.se. Han är anmäld till alla fyra
träffarna, det ska vara kvar.

Tack och förlåt för krånglet!
Pia Norberg
HR-konsult, Mora kommun
""",
             X("change", [P("Jonas Mattsson", "jonas.mattsson@mora.se", "Mora kommun")], ALL),
             "details correction of her own earlier mistake -> change; only the corrected name counts as a person; "
             "sessions stay all four (stated); sender not in people"),

        tg("be089", "2027-04-01T09:26", "Roger Åhlin", "7004518836",
           """Hej, i bekräftelsen står 22 februari 2028 men i vår kalender har någon skrivit 2027. Vilket är rätt?""",
           X("question"),
           "question about the year of the February session; no request"),

        tg("be090", "2027-03-07T22:41", "Petra Nyman", "2231889054",
           """Hej, jag anmälde mig av misstag via den här boten, jag trodde det var en annan kurs. Radera mina uppgifter tack.""",
           X("erasure", [P("Petra Nyman", None, None)]),
           "asks for her data to be deleted after a mistaken signup -> erasure; no organisation given"),
    ]
