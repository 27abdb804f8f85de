from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft, ett lärprojekt om strategisk
översiktsplanering för kommunala och regionala tjänstepersoner.

Träff 1: 3 maj 2027 kl 10–15 i Falun (fika från 09.30), tillsammans med Boverket
Träff 2: 21 september 2027 – utvecklingsinriktning i ÖP-modellen
Träff 3: 29 november 2027 – önskvärda framtider och osäkerheter
Träff 4: 22 februari 2028 – planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 till mig.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        tg("ac136", "2026-12-02T19:48", "Bosse 🎣", 5120338741,
           "hej! bo-göran lindkvist här, översiktsplanerare i smedjebacken. vill gärna va med på alla 4 träffarna 👍",
           X("register", [P("Bo-Göran Lindkvist", None, "Smedjebackens kommun")], ALL),
           "telegram nickname display name; full name and municipality only in lower-case text; 'alla 4' = all"),
        tg("ac137", "2026-12-03T07:12", "Lotta", 6034117720,
           "tjena, anmäler mig till träff 2 o 4 🙂\ncharlotte ek, säters kommun",
           X("register", [P("Charlotte Ek", None, "Säters kommun")], [S2, S4]),
           "sessions by number 'träff 2 o 4'; display name is a nickname, real name on second line"),
        mail("ac138", "2026-12-04T12:31", ("Per Olsson", "per.olsson@ludvika.se"), "Anmälan",
             """Hej Linnea!

Anmäler mig till DalaLab 3/5 och 29/11. Laktosfri kost tack.

Per

Skickat från min iPhone""",
             X("register", [P("Per Olsson", "per.olsson@ludvika.se", "Ludvika kommun", "laktosfri")], [S1, S3],
               diet="laktosfri"),
             "terse iPhone mail; dates as 3/5 and 29/11; organisation only from ludvika.se domain; diet"),
        tg("ac139", "2026-12-06T21:05", "Mia 🌸", 7741902233,
           "hejhej! jag o min kollega vill anmäla oss till maj-träffen i falun. jag heter maria strömberg o han tomas hedin, vi jobbar på leksands kommun",
           X("register", [P("Maria Strömberg", None, "Leksands kommun"), P("Tomas Hedin", None, "Leksands kommun")],
             [S1]),
           "two people in lower case; 'maj-träffen i falun' = 3 May; Falun is the venue, not the organisation"),
        tg("ac140", "2026-12-08T16:40", "JW", 1298004456,
           "hej, jonas wallin avesta. kan tyvärr inte komma 21 sept 😕 resten står kvar",
           X("cancel", [P("Jonas Wallin", None, "Avesta kommun")], [S2]),
           "partial cancellation of one session ('21 sept'); 'resten står kvar' keeps the others"),
        mail("ac141", "2026-12-09T06:58", ("Hanna", "hanna.lund82@gmail.com"), "DalaLab",
             """Hej! Skriver från privata mejlen då jobbmejlen strular i telefonen.

Jag heter Hanna Lundmark och jobbar som planarkitekt på Orsa kommun. Vill anmäla mig till alla träffar i DalaLab.

Mvh Hanna

Skickat från min iPhone""",
             X("register", [P("Hanna Lundmark", "hanna.lund82@gmail.com", "Orsa kommun")], ALL),
             "private gmail address from a phone; surname and organisation only in the text; no dates = all four"),
        tg("ac142", "2026-12-10T20:17", "Kenta", 3390125578,
           "tja! blir det nån digital länk till träff 3 eller måste man va på plats? /kent",
           X("question"),
           "question naming a session by number; no signup"),
        tg("ac143", "2026-12-11T10:03", "Dave", 8012245519,
           "Hi, David Moore here, I work for Länsstyrelsen in Falun. Could you sign me up for Sept 21 and Nov 29? Thanks!",
           X("register", [P("David Moore", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "English telegram; 'Länsstyrelsen in Falun' = Länsstyrelsen Dalarna; 'Sept 21', 'Nov 29'"),
        tg("ac144", "2026-12-14T22:31", "Sussi", 5566019034,
           "hej! susanne berg, gagnef. ja e anmäld till 3 maj men kan inte då, kan ja byta till 29 nov istället?",
           X("change", [P("Susanne Berg", None, "Gagnefs kommun")], [S3]),
           "swap phrased as a question: 3 May out, 29 Nov in -> sessions after = 29 Nov"),
        mail("ac145", "2026-12-16T08:14", ("Anders Nyman", "anders.nyman@hedemora.se"), "Avanmälan",
             """Hej,

Jag måste tyvärr stryka mig från DalaLab helt, jag byter tjänst från 1 februari och kommer inte jobba med ÖP längre.
Tack för en fin inbjudan!

Anders Nyman

Skickat från min Samsung Galaxy-smartphone.""",
             X("cancel", [P("Anders Nyman", "anders.nyman@hedemora.se", "Hedemora kommun")], ALL),
             "full cancellation from Android; '1 februari' is a job change date, not a session"),
        tg("ac146", "2026-12-18T13:26", "Fia", 2204781160,
           "hej, sofia sjöqvist, mora kn. anmäler mig till alla träffar. e vegan 🌱",
           X("register", [P("Sofia Sjöqvist", None, "Mora kommun", "vegan")], ALL, diet="vegan"),
           "'mora kn' abbreviation; diet 'vegan' with emoji"),
        tg("ac147", "2026-12-21T18:09", "Nisse", 4471100295,
           "hej! niklas dahlgren här från älvdalen, jag tar höstens två träffar 🍂",
           X("register", [P("Niklas Dahlgren", None, "Älvdalens kommun")], [S2, S3]),
           "'höstens två träffar' = 21 Sep and 29 Nov"),
        mail("ac148", "2027-01-07T09:52", ("Linnea Hassis", "linnea.hassis.regiondalarna@gmail.com"), "Brådskande",
             """Hej,

Har du en minut? Sitter i möte och kan inte ringa. Jag behöver hjälp att lösa deltagaravgifterna för DalaLab innan
anmälan stänger, det handlar om presentkort som ska köpas in i dag. Svara på det här mejlet så skickar jag detaljer.

Linnea

Skickat från min iPhone""",
             X("unknown"),
             "CEO-fraud phishing posing as the organiser from a gmail look-alike, phone footer; not a registration"),
        tg("ac149", "2027-01-08T11:44", "Gunnel HR", 6653002871,
           "hej, jag anmäler vår nya planerare Erik Söderström, borlänge kommun, till alla tillfällen. själv går jag inte",
           X("register", [P("Erik Söderström", None, "Borlänge kommun")], ALL),
           "HR registers a colleague; sender explicitly not attending, so not in people"),
        tg("ac150", "2027-01-11T20:55", "P-A", 1187340652,
           "hej igen! per-anders holm, rättvik. är anmäld till 3 maj, kan du lägga till 22 feb oxå?",
           X("change", [P("Per-Anders Holm", None, "Rättviks kommun")], [S1, S4]),
           "adds a session to an existing signup: stated 3 May + added 22 Feb"),
        mail("ac151", "2027-01-13T07:36", ("Karin Ljung", "karin.ljung@gagnef.se"), "Parkering 3 maj?",
             """Hej!

Finns det parkering vid lokalen i Falun den 3 maj eller ska man ta tåget? Jag är redan anmäld.

/Karin

Skickat från min iPad""",
             X("question"),
             "question naming a session date; already registered, nothing to book"),
        tg("ac152", "2027-01-15T14:02", "Kicki", 7390018845,
           "hej! anmälan från vansbro:\nkristina lönn (jag)\nali rezaei\njohanna frid\nalla fyra träffarna. ali e glutenfri",
           X("register", [P("Kristina Lönn", None, "Vansbro kommun"), P("Ali Rezaei", None, "Vansbro kommun", "glutenfri"),
                          P("Johanna Frid", None, "Vansbro kommun")], ALL, diet="glutenfri"),
           "lower-case list of three incl. the sender; diet belongs to one colleague"),
        tg("ac153", "2027-01-18T09:21", "Stefan K", 2940557163,
           "hej, stefan karlsson borlänge. min kollega lena åberg slutar hos oss, stryk henne från alla träffar tack",
           X("cancel", [P("Lena Åberg", None, "Borlänge kommun")], ALL),
           "sender cancels a colleague; sender not in people; all sessions"),
        mail("ac154", "2027-01-20T17:48", ("Eva Grahn", "eva.grahn@malung-salen.se"), "SV: Inbjudan DalaLab",
             """Jag kommer på första och tredje träffen!

Eva

Hämta Outlook för Android
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: Tuesday, December 8, 2026 10:14:22 AM
Till: Eva Grahn <eva.grahn@malung-salen.se>
Ämne: Inbjudan DalaLab

""" + INVITE,
             X("register", [P("Eva Grahn", "eva.grahn@malung-salen.se", "Malung-Sälens kommun")], [S1, S3]),
             "Outlook for Android reply; 'första och tredje' = 3 May and 29 Nov; quoted invitation lists all dates"),
        tg("ac155", "2027-01-22T21:37", "Mange", 5018834420,
           "hej magnus öberg hedemora, anmäl mig till 21 sepember o 22 feb tack",
           X("register", [P("Magnus Öberg", None, "Hedemora kommun")], [S2, S4]),
           "typo 'sepember', abbreviation 'feb'; no punctuation between name and place"),
        tg("ac156", "2027-01-25T12:15", "Annie", 3307719982,
           "hej! hur många från samma kommun får gå? vi e 4 st i ludvika som vill anmäla oss",
           X("question"),
           "quota question mentioning 'anmäla'; names nobody, books nothing"),
        tg("ac157", "2027-01-27T19:03", "Jocke", 6120448197,
           "hej! joakim berglund, säters kommun. ja kan inte gå 29 nov, min kollega linda persson går istället 👍",
           X("change", [P("Joakim Berglund", None, "Säters kommun"), P("Linda Persson", None, "Säters kommun")], [S3]),
           "substitution for one session: sender out, colleague in; people both; sessions = what the substitute takes"),
        mail("ac158", "2027-01-29T15:22", ("Malin Hedberg", "malin.hedberg@falun.se"), "Kost",
             """Hej! Jag är anmäld till alla fyra träffarna. Har nyligen fått veta att jag har celiaki så jag behöver glutenfri kost.

/Malin Hedberg, Falu kommun

Skickat från min iPhone""",
             X("change", [P("Malin Hedberg", "malin.hedberg@falun.se", "Falu kommun", "glutenfri")], ALL,
               diet="glutenfri"),
             "diet update for an existing signup -> change; sessions stated as all four"),
        tg("ac159", "2027-02-01T22:48", "Tobbe", 8840217736,
           "hej, tobias nord här. ja har avanmält mig redan men vill oxå att ni tar bort alla mina uppgifter ur era listor. tack",
           X("erasure", [P("Tobias Nord", None, None)]),
           "erasure via telegram after an earlier cancellation; no organisation given"),
        tg("ac160", "2027-02-03T08:07", "Ellen", 1730995542,
           "hej, ellen sandberg, planeringsavd region dalarna. anmäl mig till alla fyra, min mejl e ellen.sandberg@regiondalarna.se",
           X("register", [P("Ellen Sandberg", "ellen.sandberg@regiondalarna.se", "Region Dalarna")], ALL),
           "telegram with an e-mail address in the text, which is kept; region not municipality"),
        mail("ac161", "2027-02-05T10:30", ("Olof Bäck", "olof.back@mora.se"), "Automatiskt svar: Anmälan DalaLab",
             """Hej!

Jag är på tjänsteresa 8–12 februari och läser mejl sporadiskt. Brådskande ärenden: ring växeln 0250-260 00.

Olof Bäck

Skickat från Outlook för iOS""",
             X("auto_reply"),
             "out-of-office with only an 'Automatiskt svar:' subject; date range and phone digits are not sessions"),
        tg("ac162", "2027-02-08T17:29", "Jenny L", 4419027718,
           "hej! jenny lindh, ludvika. vill anmäla mig till första och sista träffen 😊",
           X("register", [P("Jenny Lindh", None, "Ludvika kommun")], [S1, S4]),
           "'första och sista träffen' = 3 May and 22 Feb"),
        tg("ac163", "2027-02-10T06:51", "Rolle", 2283310049,
           "roland fors här, orsa. får förhinder 3/5, ta bort mig den dagen",
           X("cancel", [P("Roland Fors", None, "Orsa kommun")], [S1]),
           "indirect partial cancellation 'får förhinder 3/5'"),
        mail("ac164", "2027-02-12T13:10", ("Ingrid Sahlin", "ingrid.sahlin@avesta.se"), "Anmälan 3 st Avesta",
             """Hej,
Vi blir tre från Avesta på alla träffar:

Ingrid Sahlin
Martin Yilmaz martin.yilmaz@avesta.se
Sara Engström

Sara är vegetarian.

Mvh Ingrid
Skickat från min iPhone""",
             X("register", [P("Ingrid Sahlin", "ingrid.sahlin@avesta.se", "Avesta kommun"),
                            P("Martin Yilmaz", "martin.yilmaz@avesta.se", "Avesta kommun"),
                            P("Sara Engström", None, "Avesta kommun", "vegetarian")], ALL, diet="vegetarian"),
             "phone list of three incl. the sender, one with an address; diet for one colleague"),
        tg("ac165", "2027-02-15T20:20", "Fredde", 6904431185,
           "hej, fredrik åkesson mora. ja e anmäld till alla träffar men min mejl har ändrats till fredrik.akesson@mora.se (stod fel förut)",
           X("change", [P("Fredrik Åkesson", "fredrik.akesson@mora.se", "Mora kommun")], ALL),
           "address correction for an existing signup -> change; sessions stated as all"),
        tg("ac166", "2027-02-17T11:58", "Tom 🇬🇧", 5732218806,
           "hey! tom baker, borlange municipality. pls sign me up for may 3rd only",
           X("register", [P("Tom Baker", None, "Borlänge kommun")], [S1]),
           "English lower case; 'borlange municipality'; 'may 3rd only'"),
        tg("ac167", "2027-02-19T21:12", "Lisa S", 3051196627,
           "hej! vilken tid börjar träffen 21 sept? o e det i falun då oxå?",
           X("question"),
           "question naming a session date; no signup"),
        mail("ac168", "2027-02-22T07:05", ("Olle Sjödin", "olle.sjodin@alvdalen.se"), "Byte",
             """Hej! Kan jag byta från 22/2 till 21/9?

Mvh Olle Sjödin, Älvdalens kommun

Sent from my iPhone""",
             X("change", [P("Olle Sjödin", "olle.sjodin@alvdalen.se", "Älvdalens kommun")], [S2]),
             "bare swap 22/2 -> 21/9 gives only the new session; English phone footer"),
        tg("ac169", "2027-02-24T16:33", "Gittan", 7765503319,
           "hej! birgitta hammar, gagnef. jag vill gärna gå på alla utom den i nov",
           X("register", [P("Birgitta Hammar", None, "Gagnefs kommun")], [S1, S2, S4]),
           "'alla utom den i nov' = three sessions"),
        mail("ac170", "2027-03-01T08:26", ("Ulf Dahl", "ulf.dahl@vansbro.se"), "Johanna Frid",
             """Hej Linnea,

Johanna Frid blir tyvärr borta en längre tid, så hon kan inte delta på någon av DalaLab-träffarna. Vi återkommer om vi hittar en ersättare.

Ulf
Skickat från min iPhone""",
             X("cancel", [P("Johanna Frid", None, "Vansbro kommun")], ALL),
             "manager cancels a colleague; sender not in people; a possible future substitute is not a signup"),
        tg("ac171", "2027-03-03T03:14", "DalaLab Support ✅", 8123904471,
           "Grattis! Din plats på DalaLab är reserverad 🎁 Verifiera via länken inom 24h annars går platsen till nästa: hxxp://dalalab-anmalan.top/verify",
           X("unknown"),
           "telegram phishing dressed as a registration confirmation"),
        tg("ac172", "2027-03-05T19:40", "Amanda 🙌", 4602287751,
           "hej amanda nilsson leksand, e anmäld till träff 3 i nov men vill lägga till träff 2 oxå",
           X("change", [P("Amanda Nilsson", None, "Leksands kommun")], [S2, S3]),
           "adds session 2 to a stated session 3 -> both"),
        mail("ac173", "2027-03-09T12:49", ("Göran Mård", "goran.mard@sater.se"), "Anmälan",
             """Hej! Anmäler mig till DalaLab, alla träffar. Nötallergi (svår).

Göran Mård
Säters kommun
070-312 45 98

Skickat från min Samsung-mobil""",
             X("register", [P("Göran Mård", "goran.mard@sater.se", "Säters kommun", "nötallergi")], ALL,
               diet="nötallergi"),
             "iso-8859-1 phone mail; diet with a parenthesis; phone number in signature", charset="iso-8859-1"),
        tg("ac174", "2027-03-12T22:05", "Emma 🐝", 1953306628,
           "emma wiklund, hedemora. ja e anmäld till 3 maj o 21 sept, kan du ändra så ja kör 29 nov istället för 21 sept?",
           X("change", [P("Emma Wiklund", None, "Hedemora kommun")], [S1, S3]),
           "swap with stated existing sessions: 3 May kept, 21 Sep -> 29 Nov"),
        tg("ac175", "2027-03-16T07:47", "Kalle", 6378820014,
           "hej. karl-johan björk, malung-sälen. avanmäler mig från dalalab, hinner inte med 😞",
           X("cancel", [P("Karl-Johan Björk", None, "Malung-Sälens kommun")], ALL),
           "full cancellation without dates"),
        mail("ac176", "2027-03-22T14:18", ("Linn Ahlström", "linn.ahlstrom@regiondalarna.se"), "Anmälan",
             """<div>Hej!</div><div><br></div><div>Anmäler mig och kollegan Rasmus Tell till träffarna 3 maj och 21 sept.</div><div><br></div><div>/Linn</div><div><br></div><div>Skickat från min iPhone</div>""",
             X("register", [P("Linn Ahlström", "linn.ahlstrom@regiondalarna.se", "Region Dalarna"),
                            P("Rasmus Tell", None, "Region Dalarna")], [S1, S2]),
             "HTML-only iPhone mail; sender plus colleague without address; organisation from domain", html=True),
        mail("ac177", "2027-03-26T18:02", ("Hans Lind", "hans.lind@ludvika.se"), "Sen anmälan?",
             """Hej, går det att anmäla sig efter den 14 april om det finns platser kvar? Har inte hunnit prata med chefen än.

Hans Lind

Skickat från Yahoo Mail för iPhone""",
             X("question"),
             "question about late signup; deadline date is not a session; nothing booked"),
        tg("ac178", "2027-03-31T20:44", "Moa", 2817735590,
           "hej, moa lindqvist orsa här 😊 vill anmäla mig till höstens träff",
           X("register", [P("Moa Lindqvist", None, "Orsa kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular but two autumn sessions -> both candidates, unsure sessions"),
        mail("ac179", "2027-04-06T09:11", ("Jenny Holm", "jenny.holm@borlange.se"), "Ändring anmälan",
             """Hej! Jag kan inte gå på träffen 3 maj, min kollega Amir Haddad (amir.haddad@borlange.se) tar min plats då. Övriga datum går jag själv.

Jenny
Skickat från min iPhone""",
             X("change", [P("Jenny Holm", "jenny.holm@borlange.se", "Borlänge kommun"),
                          P("Amir Haddad", "amir.haddad@borlange.se", "Borlänge kommun")], [S1]),
             "substitution for one session from a phone; sessions = what the substitute takes (3 May)"),
        tg("ac180", "2027-04-09T23:16", "Daniel 🏔", 5249910386,
           "hej! daniel ström, älvdalens kn. hinner jag anmäla mig? vill gå på alla",
           X("register", [P("Daniel Ström", None, "Älvdalens kommun")], ALL),
           "late signup phrased partly as a question but clearly asks for all sessions"),
    ]
