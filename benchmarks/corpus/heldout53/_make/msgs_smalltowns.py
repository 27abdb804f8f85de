"""Writer "smalltowns" (bd001–bd045): staff of the small municipalities (Orsa, Vansbro, Älvdalen, Malung-Sälen,
Gagnef, Smedjebacken, Säter) who wear several hats and write informally — planners who are also building
inspectors or environmental inspectors, part-timers, a trainee and a student who works weekends, a kommunalråd and
a nämndordförande who want to come along, car-pooling and "om bilen är ledig", light Dala dialect ("int", "ja",
"mä", "te"), first-name sign-offs, and names that are also ordinary words (Sten, Björn, Ros, Lind, Berg, Holm,
Fors, Viking, Björk). The cast recurs across the batch (signup, later change or cancellation) but each message
is labelled only from its own text."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Till: plan-och-bygg@orsa.se; Vansbro kommun; kommun@alvdalen.se; Gagnefs kommun
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet består av fyra träffar:

  3 maj 2027, kl. 10–15 (fika från 9.30), Falun – Hållbar utveckling i ett rumsligt perspektiv
  21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till
linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        # ------------------------------------------------------------------ register
        mail("bd001", "2026-12-03T08:47", ("Maja Ros", "maja.ros@orsa.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Jag anmäler mig gärna till DalaLab. Här i Orsa är det jag som är både planarkitekt och
byggnadsinspektör (och lite annat när det behövs), så det blir skönt att få lyfta blicken
från bygglovshögen några dagar om året.

Vi ses i Falun!

/Maja

Maja Ros
Planarkitekt / byggnadsinspektör
Samhällsbyggnadsförvaltningen
Orsa kommun
Box 23, 794 21 Orsa
Tel 0250-55 20 00 (vxl), mobil 070-318 44 21
""" + INVITATION,
             X("register", [P("Maja Ros", "maja.ros@orsa.se", "Orsa kommun")], ALL),
             "reply to the invitation; no session named in her own text -> all four; quoted invitation dates "
             "are not the signup; 'Ros' is a surname; 'Vi ses i Falun' names no date"),

        tg("bd002", "2026-12-04T19:32", "Sten Lind", "6120934587",
           """Hej! Sten Lind, Vansbro kommun. Anmäl mej te 3 maj o 29 nov. Om nån från Malung kör förbi Vansbro så hänger ja gärna på 🚗""",
           X("register", [P("Sten Lind", None, "Vansbro kommun")], [S1, S3]),
           "short dialect Telegram signup ('te', 'o', 'ja'); 3 maj + 29 nov; car-pool remark names Malung "
           "but the organisation is Vansbro"),

        mail("bd003", "2026-12-08T10:15", ("Karin Holm", "karin.holm@alvdalen.se"), "Anmälan DalaLab – Älvdalen",
             """Hej,

Härmed anmäler jag mig till lärprojektet, alla fyra träffarna.

Vårt kommunalråd Gunnel Åsberg (gunnel.asberg@alvdalen.se) vill också gärna följa med.
Hon är ordförande i KS och tycker att ÖP-arbetet är viktigt att följa. Anmäl henne också
till samtliga träffar.

En fråga: räknas politiker in i de tre platserna per kommun? Vi har nämligen en planerare
till som kanske vill vara med längre fram.

Med vänlig hälsning
Karin Holm
Översiktsplanerare och bygglovshandläggare
Älvdalens kommun
Dalgatan 25, 796 30 Älvdalen
0251-310 00
""",
             X("register", [P("Karin Holm", "karin.holm@alvdalen.se", "Älvdalens kommun"),
                            P("Gunnel Åsberg", "gunnel.asberg@alvdalen.se", "Älvdalens kommun")], ALL),
             "self + kommunalråd with address, 'alla fyra'/'samtliga' -> all four; the quota question inside a "
             "signup keeps it register"),

        mail("bd004", "2026-12-10T13:02", ("Lars Fors", "lars.fors@malung-salen.se"), "DalaLab 3 maj",
             """Hej Linnea,

Jag kommer gärna på första träffen den 3 maj i Falun, om tjänstebilen är ledig den dagen.
Vi har bara en bil på förvaltningen och den är ofta bokad av hemtjänsten. Jag kollar
bokningen när den öppnar i januari och hör av mig om det strular.

Hälsningar
Lars Fors
Planeringsingenjör (75 %)
Malung-Sälens kommun
Lisagatan 32, 782 31 Malung
0280-181 00
""",
             X("register", [P("Lars Fors", "lars.fors@malung-salen.se", "Malung-Sälens kommun")], [S1],
               unsure=["attends"]),
             "conditional signup 'om tjänstebilen är ledig' -> read as a signup for 3 May, marked unsure; "
             "'januari' and 75 % are not sessions"),

        tg("bd005", "2026-12-12T16:40", "Elvira Sten", "5709318842",
           """Hej! Jag är praktikant på samhällsbyggnad i Gagnef (planarkitektprogrammet, praktik jan–maj). Skulle jättegärna vara med på första träffen om chefen godkänner, har frågat henne men hon är ledig till måndag. Kan ni skriva upp mig så länge? /Elvira""",
           X("register", [P("Elvira Sten", None, "Gagnefs kommun")], [S1], unsure=["attends"]),
           "trainee; 'första träffen' = 3 May; depends on the boss's approval but asks to be written up -> "
           "register, unsure attends; name from display name"),

        mail("bd006", "2026-12-14T09:30", ("Helena Holm", "helena.holm@smedjebacken.se"), "anmälan",
             """Hej Linnea!

Vi är två från Smedjebacken som vill vara med i DalaLab: jag själv och Viking Fors.
Vi är båda deltidare på planen – jag är 60 % planarkitekt och 40 % miljöinspektör, och
Viking delar sin tjänst mellan oss och Ludvika. Han har ingen smedjebackensadress ännu
så använd viking.fors@ludvika.se tills vidare.

Hälsningar
Helena

--
Helena Holm
Planarkitekt / miljöinspektör
Smedjebackens kommun, Samhällsbyggnad
Kyrkogatan 1, 777 80 Smedjebacken
0240-660 00
""",
             X("register", [P("Helena Holm", "helena.holm@smedjebacken.se", "Smedjebackens kommun"),
                            P("Viking Fors", "viking.fors@ludvika.se", "Smedjebackens kommun")], ALL,
               unsure=["organisation"]),
             "no sessions named -> all four; Viking is signed up as one of 'två från Smedjebacken' although his "
             "address is ludvika.se (shared post) -> Smedjebacken, unsure organisation"),

        mail("bd007", "2026-12-17T15:05", ("Berg Anders", "anders.berg@sater.se"), "SV: Inbjudan DalaLab",
             """Hej,

Jag anmäler mig till höstens två träffar (september och november). Vårträffen krockar
tyvärr med kommunfullmäktige.

Hälsningar
Anders Berg
Planchef
Säters kommun
Rådhusgatan 1, 783 27 Säter
Tel 0225-550 00
""" + INVITATION.replace("–", "-"),
             X("register", [P("Anders Berg", "anders.berg@sater.se", "Säters kommun")], [S2, S3]),
             "iso-8859-1; surname-first display name; 'höstens två träffar (september och november)' = 21 Sep + "
             "29 Nov; quoted invitation not the signup",
             charset="iso-8859-1"),

        tg("bd008", "2026-12-20T11:12", "Björn Ersson", "7034518226",
           """Björn Ersson heter ja, jobbar mä plan o bygg i Orsa. Anmäl mej på alla fyra träffarna tack. Ja äter glutenfritt 🙂""",
           X("register", [P("Björn Ersson", None, "Orsa kommun", diet="glutenfritt")], ALL, diet="glutenfritt"),
           "dialect Telegram signup; 'alla fyra' -> all four; diet 'glutenfritt'"),

        mail("bd009", "2027-01-07T08:20", ("Per-Olof Sten", "per-olof.sten@vansbro.se"), "DalaLab",
             """Hej Linnea!

Ja ha prata mä Kalle Berg på tekniska å vi tänkte åka ihop te Falun den 3 maj, å sen på
den sista i februari. Så anmäl oss båda två te dom träffarna. Kalle ha int nån dator
framför sig just nu så ja skriver för oss båda. Hans mejl e kalle.berg@vansbro.se.

Vi ses i Falun!
Pelle

Per-Olof Sten
Bygglovshandläggare / plan
Vansbro kommun
0281-750 00
""",
             X("register", [P("Per-Olof Sten", "per-olof.sten@vansbro.se", "Vansbro kommun"),
                            P("Kalle Berg", "kalle.berg@vansbro.se", "Vansbro kommun")], [S1, S4]),
             "dialect; sender + colleague; '3 maj' and 'den sista i februari' = 22 Feb 2028; signs 'Pelle'"),

        mail("bd010", "2027-01-11T13:45", ("Anna-Karin Lind", "anna-karin.lind@gagnef.se"),
             "Anmälan DalaLab från Gagnef",
             """<html><body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag vill anm&auml;la mig sj&auml;lv och min kollega Mats Holmgren
(mats.holmgren@gagnef.se) till DalaLab. Vilka tr&auml;ffar vi kan vara med p&aring; &aring;terkommer
vi om n&auml;r h&ouml;stens sammantr&auml;desplan &auml;r klar &ndash; vi sitter b&aring;da som sekreterare i
bygg- och milj&ouml;n&auml;mnden.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Praktikanten Elvira Sten har redan anm&auml;lt sig sj&auml;lv, s&aring; d&aring; &auml;r vi tre.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar<br>
<b>Anna-Karin Lind</b><br>
Planarkitekt<br>
Gagnefs kommun<br>
Mockfj&auml;rdsv&auml;gen 12, 785 61 Djur&aring;s<br>
0241-150 00</p>
</div></body></html>
""",
             X("register", [P("Anna-Karin Lind", "anna-karin.lind@gagnef.se", "Gagnefs kommun"),
                            P("Mats Holmgren", "mats.holmgren@gagnef.se", "Gagnefs kommun")], ALL,
               unsure=["sessions"]),
             "HTML-only; self + colleague; sessions left open ('återkommer') -> default all four, unsure sessions; "
             "Elvira already signed up herself, not in people",
             html=True),

        tg("bd011", "2027-01-13T07:05", "Lena Berg", "8812003461",
           """God morron! Lena Berg här, planhandläggare i Malung-Sälen. Anmäl mej te majträffen, ja samåker mä Lars Fors som redan e anmäld 🚙""",
           X("register", [P("Lena Berg", None, "Malung-Sälens kommun")], [S1]),
           "'majträffen' = 3 May; car-pool colleague Lars Fors is already registered, not in people"),

        mail("bd012", "2027-01-18T20:14", ("Birgitta Lind", "birgitta.lind@telia.com"), "DalaLab – politiker?",
             """Hej!

Jag heter Birgitta Lind och är ordförande i samhällsbyggnadsnämnden i Säters kommun
(fritidspolitiker, därav privata mejlen). Vår planchef Anders Berg berättade om DalaLab
och jag skulle gärna vilja följa med på höstens träffar i september och november.

Om det innebär att jag tar en plats från våra tjänstepersoner får ni stryka mig – de går före.

Vänliga hälsningar
Birgitta Lind
070-244 81 90
""",
             X("register", [P("Birgitta Lind", "birgitta.lind@telia.com", "Säters kommun")], [S2, S3],
               unsure=["attends"]),
             "nämndordförande from a private address, organisation from text; 21 Sep + 29 Nov; withdraws if she "
             "would take an officer's place -> register, unsure attends; Anders Berg only mentioned"),

        mail("bd013", "2027-01-21T10:30", ("Åsa Nordin", "asa.nordin@malung-salen.se"), "Anmälan praktikant",
             """Hej Linnea,

Jag vill anmäla vår praktikant Elsa Holm (elsa.holm@malung-salen.se) till DalaLab. Hon
gör sin praktik hos oss på plan till och med juni, så det blir bara första träffen den 3 maj
för hennes del. Elsa är vegan.

Själv har jag tyvärr inte möjlighet att delta.

Med vänlig hälsning
Åsa Nordin
Samhällsbyggnadschef
Malung-Sälens kommun
""",
             X("register", [P("Elsa Holm", "elsa.holm@malung-salen.se", "Malung-Sälens kommun", diet="vegan")],
               [S1], diet="vegan"),
             "manager registers the trainee only (sender not in people); 3 May only; 'juni' is not a session; "
             "diet vegan is Elsa's"),

        tg("bd014", "2027-01-25T12:01", "Kent Björk", "5519027734",
           """Tjena. Anmäl mig till alla träffarna. Kent, Orsa""",
           X("register", [P("Kent Björk", None, "Orsa kommun")], ALL),
           "minimal Telegram signup; 'alla träffarna' -> all four; name from display name, Orsa from text"),

        mail("bd015", "2027-02-01T21:40", ("Sofia Mattsson", "sofia.mattsson82@gmail.com"), "Anmälan",
             """Hej!

Skriver från privata mejlen eftersom jobbmejlen krånglar i mobilen. Jag vill anmäla mig
till träffarna 21 september och 22 februari. Jobbar som planeringsarkitekt på 50 % i
Älvdalen (resten av tiden är jag föräldraledig).

/Sofia, Älvdalens kommun

Skickat från min iPhone
""",
             X("register", [P("Sofia Mattsson", "sofia.mattsson82@gmail.com", "Älvdalens kommun")], [S2, S4]),
             "gmail address, organisation from the sign-off; 21 Sep + 22 Feb (2028); 50 % is not a date"),

        mail("bd016", "2027-02-04T11:11", ("Mikael Nordström", "mikael.nordstrom@smedjebacken.se"),
             "Anmälan till en av träffarna",
             """Hej,

Jag skulle vilja vara med på den träff som handlar om att planera både för önskvärda
framtider och för osäkerheter. Det är precis det vi brottas med i vår nya ÖP.
Jag är vegetarian.

Mvh
Mikael Nordström
Översiktsplanerare (även GIS och adressättning)
Smedjebackens kommun
""",
             X("register", [P("Mikael Nordström", "mikael.nordstrom@smedjebacken.se", "Smedjebackens kommun",
                              diet="vegetarian")], [S3], diet="vegetarian"),
             "session named by its theme only -> 29 Nov; diet 'vegetarian'"),

        tg("bd017", "2027-02-06T14:22", "Alva", "6398120457",
           """Hej! Jag heter Alva Holm och pluggar till samhällsplanerare, jobbar extra på planavdelningen i Säter på lov o helger. Anders (chefen) sa att jag fick anmäla mig till första träffen 3 maj 😊""",
           X("register", [P("Alva Holm", None, "Säters kommun")], [S1]),
           "student/extra staff; full name from text (display name is first name only); boss's approval is "
           "already given; 3 May"),

        mail("bd018", "2027-02-03T16:05", ("Mikaela Fors", "mikaela.fors@vansbro.se"), "Reservplats DalaLab?",
             """Hej Linnea!

Jag vet att Vansbro redan har tre anmälda (Sten, Pelle och Kalle), men om någon hoppar av
vill jag gärna ta platsen. Ställ mig på reservlistan för alla träffarna, tack.

Hälsningar
Mikaela Fors
Planeringssekreterare / registrator
Vansbro kommun
""",
             X("register", [P("Mikaela Fors", "mikaela.fors@vansbro.se", "Vansbro kommun")], ALL),
             "waitlist signup for 'alla träffarna' -> register all four (quota is the organiser's business); "
             "the three colleagues named by first name are not in people"),

        # ------------------------------------------------------------------ change
        mail("bd019", "2027-02-08T14:20", ("Berg Anders", "anders.berg@sater.se"), "Ändring DalaLab",
             """Hej igen,

Jag är anmäld till september och november. Nu har budgetberedningen lagts på 21 september
så jag behöver byta den mot februariträffen istället. November står kvar.

Hälsningar
Anders Berg
Planchef, Säters kommun
""",
             X("change", [P("Anders Berg", "anders.berg@sater.se", "Säters kommun")], [S3, S4]),
             "states current sessions and swaps Sep for Feb -> after the change 29 Nov + 22 Feb"),

        tg("bd020", "2027-02-10T17:45", "Sten Lind", "6120934587",
           """Hej igen, Sten i Vansbro. Ja kan int den 29 nov ändå, Mikaela Fors går i mitt ställe den dan. 3 maj kommer ja själv som planerat.""",
           X("change", [P("Sten Lind", None, "Vansbro kommun"), P("Mikaela Fors", None, "Vansbro kommun")],
             [S3]),
           "substitution for 29 Nov: Sten out, Mikaela in; people both; sessions = what the substitute takes; "
           "3 May unchanged for Sten"),

        mail("bd021", "2027-02-16T09:10", ("Lena Berg", "lena.berg@malung-salen.se"), "Lägga till träff",
             """Hej!

Jag anmälde mig via Telegram till 3 maj. Lägg gärna till 21 september också, chefen
tyckte det var en bra idé när vi ändå håller på med utvecklingsinriktningen i ÖP:n.

Tack!
Lena Berg
Planhandläggare, Malung-Sälens kommun
""",
             X("change", [P("Lena Berg", "lena.berg@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "adds a session to a stated one -> 3 May + 21 Sep"),

        mail("bd022", "2027-01-09T10:00", ("Per-Olof Sten", "per-olof.sten@vansbro.se"), "SV: DalaLab",
             """Hej igen!

Glömde en sak: Kalle Berg är laktosintolerant. Vi står ju båda på 3 maj å 22 februari.

Pelle, Vansbro
""",
             X("change", [P("Kalle Berg", None, "Vansbro kommun", diet="laktosintolerant")], [S1, S4],
               diet="laktosintolerant"),
             "diet update for the colleague only (sender's own signup unchanged, not in people); sessions as "
             "stated: 3 May + 22 Feb"),

        tg("bd023", "2026-12-16T08:12", "Elvira Sten", "5709318842",
           """Hej igen! Chefen har godkänt 🎉 så jag kommer på första träffen. Har fått jobbmejl nu också: elvira.sten@gagnef.se""",
           X("change", [P("Elvira Sten", "elvira.sten@gagnef.se", "Gagnefs kommun")], [S1]),
           "confirms her conditional signup and adds an address -> change; sessions 'första träffen' = 3 May; "
           "organisation from the gagnef.se address"),

        mail("bd024", "2027-03-01T13:30", ("Anna-Karin Lind", "anna-karin.lind@gagnef.se"), "Byte av deltagare",
             """Hej Linnea,

Mats Holmgren slutar hos oss sista mars (han har fått jobb i Borlänge). Johanna Fors,
johanna.fors@gagnef.se, tar hans plats i DalaLab. Hon kan den 3 maj och den 22 februari.

Hälsningar
Anna-Karin
Gagnefs kommun
""",
             X("change", [P("Mats Holmgren", None, "Gagnefs kommun"),
                          P("Johanna Fors", "johanna.fors@gagnef.se", "Gagnefs kommun")], [S1, S4]),
             "substitution: Mats out (his new job in Borlänge is not his organisation here), Johanna in for "
             "3 May + 22 Feb; sender not in people"),

        mail("bd025", "2027-03-04T20:50", ("Sofia Mattsson", "sofia.mattsson82@gmail.com"), "Byta träff",
             """Hej,
kan jag byta 22 februari mot 29 november? Föräldraledigheten blir längre än planerat.
/Sofia, Älvdalens kommun
""",
             X("change", [P("Sofia Mattsson", "sofia.mattsson82@gmail.com", "Älvdalens kommun")], [S3]),
             "bare swap without stating the other sessions -> only the new one, 29 Nov"),

        # ------------------------------------------------------------------ cancel
        mail("bd026", "2027-02-22T11:00", ("Gunnel Åsberg", "gunnel.asberg@alvdalen.se"), "DalaLab november",
             """Hej,

Karin Holm anmälde mig till alla träffarna i december. Nu ser jag att regionfullmäktige
ligger den 29 november, så den träffen får jag stryka. De andra tre kommer jag på.

Gunnel Åsberg
Kommunalråd (C)
Älvdalens kommun
""",
             X("cancel", [P("Gunnel Åsberg", "gunnel.asberg@alvdalen.se", "Älvdalens kommun")], [S3]),
             "politician drops one session -> cancel 29 Nov only; 'december' is when she was registered"),

        tg("bd027", "2027-03-02T18:30", "Björn Ersson", "7034518226",
           """Hej, ja kan int komma 21/9, älgjakta håller på då 🫎 Stryk mej från den. Björn, Orsa""",
           X("cancel", [P("Björn Ersson", None, "Orsa kommun")], [S2]),
           "partial cancellation, dialect; elk hunt; 21/9 only"),

        mail("bd028", "2027-03-09T10:45", ("Åsa Nordin", "asa.nordin@malung-salen.se"), "Avanmälan Elsa Holm",
             """Hej,

Elsa Holm, som jag anmälde till träffen den 3 maj, har avslutat sin praktik i förtid.
Ni kan alltså stryka henne.

Med vänlig hälsning
Åsa Nordin
Samhällsbyggnadschef, Malung-Sälens kommun
""",
             X("cancel", [P("Elsa Holm", None, "Malung-Sälens kommun")], [S1]),
             "manager cancels the trainee (sender not in people); her session 3 May is named"),

        mail("bd029", "2027-03-15T07:40", ("Per-Olof Sten", "per-olof.sten@vansbro.se"), "3 maj",
             """Hej Linnea

Tjänstebilen e bokad te en utbildning för hemtjänsten den 3 maj å nåt tåg som passar
finns int, så Kalle Berg å ja får stå över första träffen. Februari står kvar för oss båda.

Pelle
Vansbro kommun
""",
             X("cancel", [P("Per-Olof Sten", "per-olof.sten@vansbro.se", "Vansbro kommun"),
                          P("Kalle Berg", None, "Vansbro kommun")], [S1]),
             "car not available -> both cancel 3 May only; February kept"),

        tg("bd030", "2027-03-20T12:10", "Alva", "6398120457",
           """hej, jag kan tyvärr inte komma den 3 maj ändå, har tenta 😕 /Alva Holm, Säter""",
           X("cancel", [P("Alva Holm", None, "Säters kommun")], [S1]),
           "cancels 3 May; full name from the sign-off"),

        mail("bd031", "2027-03-25T15:20", ("Mikael Nordström", "mikael.nordstrom@smedjebacken.se"), "Avanmälan",
             """Hej,

Jag behöver tyvärr avanmäla mig från DalaLab. Jag har fått nytt jobb i Falun från augusti.

Mvh
Mikael
""",
             X("cancel", [P("Mikael Nordström", "mikael.nordstrom@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "full cancellation without sessions -> all four; new job in Falun is not his organisation; "
             "organisation from the domain"),

        mail("bd032", "2027-03-29T09:05", ("Anna-Karin Lind", "anna-karin.lind@gagnef.se"), "Johanna Fors",
             """Hej igen,

Johanna Fors blir föräldraledig tidigare än beräknat, så ni får tyvärr stryka henne från
DalaLab. Vi har ingen annan som kan ta platsen just nu.

/Anna-Karin, Gagnef
""",
             X("cancel", [P("Johanna Fors", None, "Gagnefs kommun")], ALL),
             "colleague withdrawn without substitute -> cancel; no session named -> all four"),

        # ------------------------------------------------------------------ question
        mail("bd033", "2026-12-11T14:00", ("Lars Fors", "lars.fors@malung-salen.se"), "Fråga om kvoten",
             """Hej igen!

Vårt kommunalråd undrar om hon får följa med på träffen i maj. Räknas politiker in i de tre
platserna per kommun? Än så länge är det bara jag anmäld från Malung-Sälen.

/Lars
""",
             X("question"),
             "quota question about an unnamed politician; no one is signed up by this mail"),

        tg("bd034", "2027-04-06T19:30", "Mikaela Fors", "8120573391",
           """Hej! Finns det nån som kör från Vansbro eller Dala-Järna till Falun 3 maj? Annars, går det nåt tåg som hinner fram till fikat halv tio?""",
           X("question"),
           "travel/car-pool question; 3 May and 09:30 do not make it a signup"),

        mail("bd035", "2027-01-28T10:20", ("Karin Holm", "karin.holm@alvdalen.se"), "Sommarjobbare och DalaLab",
             """Hej Linnea,

Vi får en sommarjobbare (planeringsstudent) under juni–augusti. Om hen blir kvar på deltid
i höst, skulle hen då kunna följa med den 21 september? Och räknas hen i så fall in bland
kommunens tre platser?

Hälsningar
Karin Holm
Älvdalens kommun
""",
             X("question"),
             "hypothetical about an unnamed summer worker; 21 September mentioned but nobody registered"),

        tg("bd036", "2027-04-08T21:15", "Kent Björk", "5519027734",
           """var i falun e de nånstans 3 maj? o finns de parkering?""",
           X("question"),
           "venue and parking question, lower case dialect"),

        mail("bd037", "2027-02-12T08:30", ("Birgitta Lind", "birgitta.lind@telia.com"), "Är jag anmäld?",
             """Hej!

Jag skrev i januari och ville följa med på höstträffarna men har inte hört något. Står jag
med på listan eller blev det fullt för Säter?

Birgitta Lind
ordf. samhällsbyggnadsnämnden, Säter
""",
             X("question"),
             "asks about the status of an earlier signup; no new request"),

        tg("bd038", "2026-12-18T12:40", "Viking Fors", "7745102983",
           """Hej. Helena anmälde mig för Smedjebacken men jag jobbar halva tiden i Ludvika. Spelar det nån roll vilken kommun jag står på? Ludvika kanske har platser kvar.""",
           X("question"),
           "part-timer asks which municipality he counts for; no change requested"),

        # ------------------------------------------------------------------ auto_reply / unknown / erasure
        mail("bd039", "2027-03-22T07:02", ("Maja Ros", "maja.ros@orsa.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej!

Jag är på utbildning 22–26 mars och läser inte min mejl. Brådskande bygglovsärenden:
ring kundcenter 0250-55 20 00. Jag svarar när jag är tillbaka måndag 29 mars.

Maja Ros
Orsa kommun
""",
             X("auto_reply"),
             "out-of-office echoing the reminder subject; dates and phone are not sessions"),

        mail("bd040", "2027-03-23T10:15", ("Malung-Sälens kommun", "kommun@malung-salen.se"),
             "[Ärende 2027-0413] SV: Påminnelse DalaLab",
             """Tack för ditt meddelande till Malung-Sälens kommun!

Vi har tagit emot ditt ärende och det har fått nummer 2027-0413. Vi besvarar normalt
ärenden inom tre arbetsdagar.

Detta är ett automatiskt svar och går inte att besvara.

Malung-Sälens kommun, Kontaktcenter
Lisagatan 32, 782 31 Malung
""",
             X("auto_reply"),
             "automatic receipt from a municipal contact-centre mailbox"),

        mail("bd041", "2026-12-15T09:20", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<helena.holm@smedjebaken.se>: Host or domain name not found. Name service error
    for name=smedjebaken.se type=A: Host not found

--- Original message ---
Subject: Bekräftelse: DalaLab
To: helena.holm@smedjebaken.se

Hej Helena! Du och Viking Fors är anmälda till DalaLab: 3 maj 2027, 21 september 2027,
29 november 2027 och 22 februari 2028.
""",
             X("auto_reply"),
             "bounce of a confirmation to a mistyped domain; names and dates in the returned text are not a signup"),

        mail("bd042", "2027-01-19T22:10", ("Rolf Ström", "rolf.strom55@gmail.com"), "Bygglov garage Mockfjärd",
             """Hej!

Jag fick den här adressen av växeln. Jag sökte bygglov för ett garage på fastigheten
Mockfjärd 12:34 i Gagnef i oktober och undrar hur långt det har kommit? Vi vill gärna
börja gjuta i maj.

Mvh Rolf Ström
070-455 12 09
""",
             X("unknown"),
             "misdirected building-permit enquiry; nothing about the event"),

        tg("bd043", "2027-02-24T06:58", "Sten Lind", "6120934587",
           """Pelle, har du nycklarna te Volvon? Vi ska va i Dala-Järna på bygglovsbesök kl 13""",
           X("unknown"),
           "meant for a colleague (wrong chat): car keys and a site visit"),

        mail("bd044", "2027-01-04T09:15", ("Ove Berg", "ove.berg@sater.se"), "Ta bort mina uppgifter",
             """Hej,

Jag har slutat på Säters kommun vid årsskiftet. Ta bort mina uppgifter ur era
utskickslistor och register, tack.

Ove Berg
""",
             X("erasure", [P("Ove Berg", "ove.berg@sater.se", "Säters kommun")]),
             "erasure request; organisation from the sater.se domain"),

        tg("bd045", "2027-04-02T17:30", "Linnéa", "5903318462",
           """Hej, ta bort mina uppgifter. Jag har aldrig anmält mig, nån har skrivit in mig av misstag. /Linnéa Fors, Älvdalen""",
           X("erasure", [P("Linnéa Fors", None, "Älvdalens kommun")]),
           "erasure via Telegram; full name and Älvdalen from the sign-off"),
    ]
