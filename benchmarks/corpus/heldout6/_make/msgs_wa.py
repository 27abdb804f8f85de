from build import ALL, P, S1, S2, S3, S4, X, mail, tg

LH = "Linnea Hassis <linnea.hassis@regiondalarna.se>"

INVITE = """Hej!

Region Dalarna bjuder in kommuner och region till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, tillsammans med Boverket och med varandra.

Lärprojektet riktar sig i första hand till tjänstepersoner i kommuner och region som arbetar med planeringsprocesser.

Träff 1: 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)

Träff 2: 21 september 2027
Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?

Träff 3: 29 november 2027
Att planera både för önskvärda framtider och för osäkerheter

Träff 4: 22 februari 2028
Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 genom att svara på detta mejl. Ange namn, organisation, vilka träffar du deltar i samt eventuell specialkost.

Varmt välkomna!

Linnea Hassis
Utvecklingsledare, Regional utveckling
Region Dalarna
linnea.hassis@regiondalarna.se"""

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till lärprojektet DalaLab är den 14 april 2027. Första träffen hålls 3 maj i Falun, därefter 21 september, 29 november och 22 februari 2028.

Har du redan anmält dig behöver du inte göra något. Upp till tre personer per kommun kan delta.

Hälsningar
Linnea Hassis
Region Dalarna"""


def outlook_sv(sent, to, subject, text):
    return (f"\n\nFrån: {LH}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{text}")


def outlook_en(sent, to, subject, text):
    return (f"\n\n________________________________\nFrom: Linnea Hassis\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text}")


def gmail(intro, text):
    return f"\n\n{intro}\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def messages():
    return [
        mail("v001", "2026-12-02T14:31:00", ("Lövgren Anders", "anders.lovgren@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler mig gärna till samtliga träffar. Ser fram emot det!

/Anders

Anders Lövgren
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Ludvika kommun
771 82 Ludvika
Tel: 0240-860 00 (vx), 0240-861 47 (direkt)
www.ludvika.se""" + outlook_sv("den 2 december 2026 10:14", "Plan-Dalarna-utskick",
                                "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", INVITE),
             X("register", [P("Anders Lövgren", "anders.lovgren@ludvika.se", "Ludvika kommun")], ALL),
             "Outlook reply on the day of the invitation, 'samtliga träffar'; display name surname-first; quoted "
             "invitation lists all four dates and the deadline; phone numbers in the signature"),

        mail("v002", "2026-12-02T16:05:00", ("Karin Hjort-Nilsson", "karin.hjort-nilsson@falun.se"),
             "Anmälan DalaLab Falun",
             """Hej!

Vi från Falu kommun vill gärna vara med i DalaLab. Jag och min kollega Petter Wiklund (petter.wiklund@falun.se) anmäler oss till alla fyra träffarna.

Jag är laktosintolerant, Petter äter allt.

Vänliga hälsningar
Karin Hjort-Nilsson
Planchef
Falu kommun, Stadsbyggnadsförvaltningen
Tel 023-830 00""",
             X("register", [P("Karin Hjort-Nilsson", "karin.hjort-nilsson@falun.se", "Falu kommun", "laktosintolerant"),
                            P("Petter Wiklund", "petter.wiklund@falun.se", "Falu kommun")], ALL,
               diet="laktosintolerant"),
             "sender + colleague with address in parentheses; hyphenated surname; diet is the sender's only"),

        tg("v003", "2026-12-03T07:48:00", "Jonna Sjödin", 734120551,
           "Hej! Vill anmäla mig till DalaLab, alla fyra träffarna 🙂 Jonna Sjödin, Rättviks kommun",
           X("register", [P("Jonna Sjödin", None, "Rättviks kommun")], ALL),
           "plain Telegram self-signup with name and municipality, emoji"),

        mail("v004", "2026-12-03T10:20:00", ("Strandberg Per-Olof", "per-olof.strandberg@lansstyrelsen.se"),
             "Anmälan till lärprojektet DalaLab",
             """Hej,

Härmed anmäls undertecknad till lärprojektet DalaLab. Jag har möjlighet att delta vid träffarna den 3 maj och den 21 september 2027. De två senare datumen sammanfaller tyvärr med länsstyrelsens interna planeringsdagar.

Med vänlig hälsning

Per-Olof Strandberg
Handläggare, fysisk planering
Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
Besöksadress: Åsgatan 38, Falun
Postadress: 791 84 Falun
Tel: 010-225 00 00""",
             X("register", [P("Per-Olof Strandberg", "per-olof.strandberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "formal 'härmed anmäls undertecknad'; two named dates; 'de två senare datumen' excluded; postcode "
             "and phone digits in signature"),

        mail("v005", "2026-12-04T13:47:00", ("Lars-Erik Mattsson", "lars-erik.mattsson@alvdalen.se"),
             "Fråga om DalaLab",
             """Hej Linnea!

Innan jag anmäler mig undrar jag om alla träffarna är på plats i Falun eller om det går att delta digitalt på någon av dem? Det är en bit att åka från Älvdalen, ungefär två timmar enkel väg, så det påverkar hur många träffar jag kan vara med på.

Hälsningar
Lars-Erik Mattsson
Bygg- och miljökontoret, Älvdalens kommun""",
             X("question"),
             "question about remote participation before signing up; no signup yet"),

        mail("v006", "2026-12-07T08:55:00", ("Tomasz Wisniewski", "tomasz.wisniewski@borlange.se"),
             "Registration DalaLab",
             """Hi Linnea,

My colleague forwarded me your invitation. I would like to register for DalaLab. I work as urban planner at Borlänge municipality since August, my Swedish is still quite basic so I hope it is ok that I write in English. I can attend all sessions.

Kind regards,
Tomasz Wiśniewski
Urban planner | Samhällsbyggnadsförvaltningen
Borlänge kommun""",
             X("register", [P("Tomasz Wiśniewski", "tomasz.wisniewski@borlange.se", "Borlänge kommun")], ALL),
             "English self-signup from a new planner; name with ś in signature, ASCII in address; 'all sessions'"),

        tg("v007", "2026-12-07T21:14:00", "Fredrik Ås", 618220934,
           "anmäler mig + kollegan Leila Karimi till 3/5 och 21/9. Fredrik Ås heter jag, vi jobbar på vansbro kommun",
           X("register", [P("Fredrik Ås", None, "Vansbro kommun"), P("Leila Karimi", None, "Vansbro kommun")],
             [S1, S2]),
           "evening Telegram, lower case; sender plus colleague; slash dates"),

        mail("v008", "2026-12-08T12:09:00", ("Ingrid Nordqvist", "ingrid.nordqvist@smedjebacken.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej! Tack för inbjudan.

Anmäl mig till de två första träffarna, resten får jag återkomma om när jag vet hur hösten ser ut. Jag äter vegetariskt.

Ingrid Nordqvist
Smedjebackens kommun""" + gmail("Den ons 2 dec. 2026 kl 10:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:",
                                INVITE),
             X("register", [P("Ingrid Nordqvist", "ingrid.nordqvist@smedjebacken.se", "Smedjebackens kommun",
                              "vegetariskt")], [S1, S2], diet="vegetariskt"),
             "Gmail-style '>' quoted invitation; 'de två första träffarna' = 3 May + 21 Sep; 'resten' is a maybe "
             "later, not a signup"),

        mail("v009", "2026-12-09T09:30:00", ("Sofie Eriksson", "sofie.eriksson@mora.se"),
             "DalaLab - anmälan från Mora",
             """Hej Linnea,

Jag anmäler två av mina medarbetare till DalaLab:

Ahmed Yusuf, ahmed.yusuf@mora.se
Linda Backlund, linda.backlund@mora.se

De deltar på alla träffar. Själv har jag tyvärr inte möjlighet men vi kanske kan fylla den tredje platsen längre fram.

Med vänlig hälsning
Sofie Eriksson
Enhetschef Plan och bygg
Mora kommun
0250-260 00""",
             X("register", [P("Ahmed Yusuf", "ahmed.yusuf@mora.se", "Mora kommun"),
                            P("Linda Backlund", "linda.backlund@mora.se", "Mora kommun")], ALL),
             "manager signs up two staff, not herself; 'tredje platsen längre fram' is not a person"),

        mail("v010", "2026-12-10T19:42:00", ("Malin Persson", "malin.persson@leksand.se"), "DalaLab!!",
             """Hej Linnea!

Åh vad roligt med ett lärprojekt om planeringsstrategier, precis vad vi behöver just nu! Vi håller på att dra igång arbetet med en ny översiktsplan i Leksand och har pratat massor om hur vi ska få till en strategi som faktiskt används, så det här kommer lägligt.

Så ja, anmäl mig till allt :) Glutenfri kost tack, jag har celiaki.

Ha en fin kväll!
Malin

Malin Persson
Översiktsplanerare, Leksands kommun""",
             X("register", [P("Malin Persson", "malin.persson@leksand.se", "Leksands kommun", "glutenfri")], ALL,
               diet="glutenfri"),
             "chatty evening mail, 'anmäl mig till allt' = all four; diet 'glutenfri' (celiaki as the reason)"),

        mail("v011", "2026-12-11T08:02:00", ("Björn Karlsson", "bjorn.karlsson@regiondalarna.se"),
             "RE: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Anmäler mig. /Björn

Björn Karlsson
Strateg | Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Mobil 070-312 45 88""" + outlook_en("Wednesday, December 2, 2026 10:14 AM", "Björn Karlsson",
                                     "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", INVITE),
             X("register", [P("Björn Karlsson", "bjorn.karlsson@regiondalarna.se", "Region Dalarna")], ALL),
             "two-word signup above an English-locale Outlook header; no dates named -> all four; all dates are "
             "in the quote"),

        tg("v012", "2026-12-14T12:02:00", "Hanna B", 550913377,
           "hej, blir det lunch på träffarna eller ska man ta med eget?",
           X("question"), "lunch question on Telegram, nickname display name"),

        mail("v013", "2026-12-15T15:16:00", ("Eva Molin", "eva.molin@avesta.se"), "Anmälan Avesta kommun – DalaLab",
             """Hej,

Från Avesta kommun anmäls följande till DalaLab:

- Sanna Lindh, planarkitekt, sanna.lindh@avesta.se
- Roger Hägg, översiktsplanerare, roger.hagg@avesta.se
- jag själv, Eva Molin, samhällsbyggnadschef

Vi deltar på samtliga träffar. Roger har nötallergi.

Hälsningar
Eva Molin
Samhällsbyggnadschef
Avesta kommun | 0226-645 00""",
             X("register", [P("Sanna Lindh", "sanna.lindh@avesta.se", "Avesta kommun"),
                            P("Roger Hägg", "roger.hagg@avesta.se", "Avesta kommun", "nötallergi"),
                            P("Eva Molin", "eva.molin@avesta.se", "Avesta kommun")], ALL, diet="nötallergi"),
             "bullet list of three incl. 'jag själv'; per-person diet for the second person; quota filled"),

        mail("v014", "2026-12-18T16:40:00", ("Ingrid Nordqvist", "ingrid.nordqvist@smedjebacken.se"),
             "Automatiskt svar: Bekräftelse på din anmälan till DalaLab",
             """Tack för ditt mejl!

Jag är ledig från och med 18 december till och med 10 januari och läser inte min e-post under den tiden. Vid brådskande ärenden, kontakta Smedjebackens kommuns växel på 0240-660 00.

God jul och gott nytt år!
Ingrid Nordqvist""",
             X("auto_reply"),
             "Christmas out-of-office in answer to the organiser's confirmation; no automatic headers in the body; "
             "dates in the text are not sessions"),

        tg("v015", "2026-12-21T22:37:00", "Oscar Holm", 902118476,
           "God jul! Glömde anmäla mig innan ledigheten, hinner jag fortfarande? Vill vara med på alla träffar. /Oscar Holm, Orsa kommun",
           X("register", [P("Oscar Holm", None, "Orsa kommun")], ALL),
           "signup phrased around a question ('hinner jag?'); still a registration for all"),

        mail("v016", "2027-01-07T10:03:00", ("Johanna Ekblad", "johanna.ekblad@gagnef.se"), "Anmälan",
             """Gott nytt år!

Jag skulle vilja anmäla mig till DalaLab. Tyvärr kan jag inte den 21 september (är i Italien då) men de övriga tre datumen går bra.

Mvh
Johanna Ekblad
Gagnefs kommun""",
             X("register", [P("Johanna Ekblad", "johanna.ekblad@gagnef.se", "Gagnefs kommun")], [S1, S3, S4]),
             "'alla utom' expressed as 'inte 21 september men övriga tre' -> three sessions"),

        mail("v017", "2027-01-11T11:25:00", ("Nils Lindberg", "nils.lindberg@malung-salen.se"), "DalaLab anmälan",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag anmäler mig och min kollega Sara P&aring;ls (<a href="mailto:sara.pals@malung-salen.se">sara.pals@malung-salen.se</a>) till l&auml;rprojektet. Vi kommer b&aring;da p&aring; alla tr&auml;ffar.</p>
<p>H&auml;lsningar<br>
<b>Nils Lindberg</b><br>
Planeringsarkitekt<br>
Malung-S&auml;lens kommun<br>
Tel 0280-181 00</p>
</body></html>""",
             X("register", [P("Nils Lindberg", "nils.lindberg@malung-salen.se", "Malung-Sälens kommun"),
                            P("Sara Påls", "sara.pals@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "HTML-only mail with entities (&aring;) in the colleague's name; mailto link", html=True),

        mail("v018", "2027-01-13T14:50:00", ("Karin Hjort-Nilsson", "karin.hjort-nilsson@falun.se"),
             "Ändring anmälan DalaLab",
             """Hej Linnea,

En ändring för Falu kommun: Petter Wiklund har slutat hos oss, så i hans ställe kommer vår nya planarkitekt Amanda Sahlin, amanda.sahlin@falun.se. Hon tar över hans plats på alla fyra träffarna.

Min egen anmälan gäller som förut.

Tack!
Karin""",
             X("change", [P("Petter Wiklund", None, "Falu kommun"),
                          P("Amanda Sahlin", "amanda.sahlin@falun.se", "Falu kommun")], ALL),
             "substitution: Petter out (no address given here), Amanda in for all four; sender's own signup "
             "unchanged so she is not among people"),

        tg("v019", "2027-01-18T08:15:00", "Ulrika Wahlström", 477301265,
           "Hej, Ulrika här från Säters kommun. Jag vill gärna vara med på träffen 3 maj i Falun och den i november om framtider och osäkerheter. Tack!",
           X("register", [P("Ulrika Wahlström", None, "Säters kommun")], [S1, S3]),
           "first name in text, surname from the display name; one session by date, one by month + theme"),

        mail("v020", "2027-01-20T06:58:00", ("Patrik Sundqvist", "patrik.sundqvist@hedemora.se"), "Dalalab",
             """Anmäl mig till alla fyra

Skickat från min iPhone""",
             X("register", [P("Patrik Sundqvist", "patrik.sundqvist@hedemora.se", "Hedemora kommun")], ALL),
             "phone one-liner; name only in the display name, organisation only from the domain"),

        mail("v021", "2027-01-25T10:37:00", ("Mikael Forsgren", "mikael.forsgren@orsa.se"), "Lokal och parkering 3 maj?",
             """Hej!

Jag är anmäld till DalaLab och undrar var i Falun första träffen hålls? Finns det parkering i närheten eller är det bättre att ta tåget? Jag har nämligen en kollega som kanske åker med.

Hälsningar
Mikael Forsgren
Orsa kommun""",
             X("question"),
             "venue/parking question from someone already registered; '3 maj' in subject and a maybe-colleague are "
             "no signup"),

        mail("v022", "2027-02-01T09:12:00", ("Aisha Rahman", "aisha.rahman@regiondalarna.se"), "DalaLab sign-up",
             """Dear Linnea,

Please register me for the DalaLab sessions on 21 September and 29 November 2027. I have a vegan diet.

Best regards,
Aisha Rahman
Analyst, Regional Development
Region Dalarna""",
             X("register", [P("Aisha Rahman", "aisha.rahman@regiondalarna.se", "Region Dalarna", "vegan")], [S2, S3],
               diet="vegan"),
             "short formal English signup with two named dates and a diet"),

        tg("v023", "2027-02-03T16:44:00", "Kristoffer", 385502718,
           "anmälan: Kristoffer Nilsson, Leksands kommun, alla träffar. laktosintolerant",
           X("register", [P("Kristoffer Nilsson", None, "Leksands kommun", "laktosintolerant")], ALL,
             diet="laktosintolerant"),
           "form-like Telegram line; display name first name only, full name in text"),

        mail("v024", "2027-02-08T13:21:00", ("Leila Karimi", "leila.karimi@vansbro.se"), "Avanmälan DalaLab",
             """Hej,

Jag måste tyvärr avanmäla mig från DalaLab eftersom jag går på föräldraledighet från april. Fredrik Ås anmälde oss båda via Telegram, men han är fortfarande med som planerat.

Vänligen
Leila Karimi
Vansbro kommun""",
             X("cancel", [P("Leila Karimi", "leila.karimi@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation, no session named -> all four; colleague who stays is not among people"),

        mail("v025", "2027-02-15T11:08:00", ("Sevda Yilmaz", "sevda.yilmaz@ludvika.se"), "Anmälan till sista träffen",
             """Hej Linnea!

Anders Lövgren tipsade om DalaLab. Jag vill också anmäla mig, men bara till den sista träffen, den om tillgänglighet, eftersom det är det jag jobbar mest med (trafik- och mobilitetsfrågor).

Tack på förhand!
Sevda Yilmaz
Trafikplanerare
Ludvika kommun""",
             X("register", [P("Sevda Yilmaz", "sevda.yilmaz@ludvika.se", "Ludvika kommun")], [S4]),
             "session by position and theme ('sista träffen, den om tillgänglighet'); colleague named only as a "
             "referrer"),

        mail("v026", "2027-02-22T07:00:00", ("Planering i Dalarna", "nyhetsbrev@planeringsnatverket.se"),
             "Nyhetsbrev februari 2027 – Planering i Dalarna",
             """PLANERING I DALARNA – NYHETSBREV FEBRUARI 2027

I detta nummer:
* Boverket lanserar ny vägledning om översiktsplanens utvecklingsinriktning
* Seminarium om klimatanpassning i detaljplan, 17 mars i Borlänge – anmäl dig senast 10 mars
* Missa inte: Region Dalarnas lärprojekt DalaLab startar 3 maj i Falun, sista anmälningsdag 14 april
* Tips: webbinarieserien "Digital tillgänglighet i planeringen" fortsätter 21 september

Läs mer på vår webbplats.

Du får detta nyhetsbrev eftersom du prenumererar på Planering i Dalarna.
Avregistrera dig: https://planeringsnatverket.se/avregistrera?id=88213""",
             X("unknown"),
             "newsletter with session dates, 'anmäl dig' and an unsubscribe footer -> unknown, not a signup"),

        mail("v027", "2027-03-01T10:10:00", ("Lars-Erik Mattsson", "lars-erik.mattsson@alvdalen.se"),
             "SV: Fråga om DalaLab",
             """Tack för svaret!

Då anmäler jag mig till alla fyra, även om det blir en del bilåkande. Kanske kan man samåka med någon från Mora.

/Lars-Erik

Lars-Erik Mattsson
Bygg- och miljökontoret
Älvdalens kommun
Tel 0251-800 00""" + outlook_sv("den 7 december 2026 09:03", "Lars-Erik Mattsson", "SV: Fråga om DalaLab",
                                """Hej Lars-Erik!

Alla träffar är fysiska, tyvärr går det inte att delta digitalt den här gången. Den första träffen den 3 maj är i Falun, de övriga orterna meddelas senare. Vi ersätter inte resekostnader men bjuder på fika och lunch.

Hälsningar
Linnea""") + outlook_sv("den 4 december 2026 13:47", "Linnea Hassis", "Fråga om DalaLab",
                        """Hej Linnea!

Innan jag anmäler mig undrar jag om alla träffarna är på plats i Falun eller om det går att delta digitalt på någon av dem?

Hälsningar
Lars-Erik Mattsson"""),
             X("register", [P("Lars-Erik Mattsson", "lars-erik.mattsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "signup on top of a question-answer thread; the organiser's quoted answer names 3 May; 'alla fyra'"),

        mail("v028", "2027-03-03T15:33:00", ("Strandberg Per-Olof", "per-olof.strandberg@lansstyrelsen.se"),
             "Tillägg till anmälan DalaLab",
             """Hej,

Jag är sedan tidigare anmäld till träffarna den 3 maj och den 21 september. Våra planeringsdagar i november har flyttats, så jag vill gärna lägga till träffen den 29 november också. Februariträffen kan jag fortfarande inte delta i.

Med vänlig hälsning
Per-Olof Strandberg
Länsstyrelsen Dalarna""",
             X("change", [P("Per-Olof Strandberg", "per-olof.strandberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S3]),
             "addition: states existing sessions and adds one -> sessions after change; February explicitly excluded"),

        tg("v029", "2027-03-05T13:19:00", "Elsa Öhman", 260774193,
           "Hej! Kommer presentationerna från träffarna att skickas ut i efterhand? Jag är anmäld men vill gärna kunna dela med kollegorna",
           X("question"), "materials question from a registered participant"),

        mail("v030", "2027-03-08T11:40:00", ("Tove Sandberg", "tove.sandberg@rattvik.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej,

Svar på påminnelsen: anmäl gärna mig, Tove Sandberg, Rättviks kommun. Jag kan vara med 3 maj, 21/9 och 22/2 men inte i november.

Mvh Tove""" + outlook_sv("den 8 mars 2027 08:00", "Plan-Dalarna-utskick",
                         "Påminnelse: anmälan till DalaLab senast 14 april", REMINDER),
             X("register", [P("Tove Sandberg", "tove.sandberg@rattvik.se", "Rättviks kommun")], [S1, S2, S4]),
             "reply to the reminder with mixed date formats; '22/2' year implied; November excluded; quoted "
             "reminder lists all dates"),

        mail("v031", "2027-03-10T09:21:00", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse på din anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare eller grupper:

sara.pals@malungsalen.se
Det gick inte att hitta adressen som du skickade meddelandet till. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:
Genererande server: EX02.regiondalarna.se
sara.pals@malungsalen.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprungligt meddelande:
Från: Linnea Hassis
Ämne: Bekräftelse på din anmälan till DalaLab

Hej Sara Påls!
Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.""",
             X("auto_reply"),
             "Exchange non-delivery report (plain text) for a mistyped address; the returned confirmation holds "
             "a name and all four dates -> nothing to register"),

        mail("v032", "2027-03-12T14:05:00", ("Johan de Wit", "johan.dewit@borlange.se"), "Anmälan DalaLab – Borlänge",
             """Hej Linnea!

Jag och Lina Törnqvist på Samhällsbyggnad anmäler oss till DalaLab. Vi kommer båda på alla tillfällen utom den 29/11 då vi har beredning inför KF.

Hälsningar
Johan de Wit
Strategisk planerare
Borlänge kommun
Röda vägen 50, 781 81 Borlänge""",
             X("register", [P("Johan de Wit", "johan.dewit@borlange.se", "Borlänge kommun"),
                            P("Lina Törnqvist", None, "Borlänge kommun")], [S1, S2, S4]),
             "surname with particle 'de'; colleague without address; 'alla utom 29/11'; street number and postcode "
             "in signature"),

        tg("v033", "2027-03-15T19:51:00", "Oscar Holm", 902118476,
           "Hej igen, Oscar från Orsa. En ändring: jag har blivit vegetarian sen jag anmälde mig så vegetarisk mat tack 🌱 Är fortfarande med på alla fyra",
           X("change", [P("Oscar Holm", None, "Orsa kommun", "vegetarisk")], ALL, diet="vegetarisk"),
           "diet update for an existing signup -> change; sessions stated as all four"),

        mail("v034", "2027-03-18T08:47:00", ("Sofie Eriksson", "sofie.eriksson@mora.se"), "SV: DalaLab - anmälan från Mora",
             """Hej igen!

Nu har vi en tredje person från Mora som vill vara med: Tuva Gran, tuva.gran@mora.se. Hon började som planarkitekt hos oss 1 mars. Alla träffar för henne också.

Ahmed och Linda är kvar som tidigare.

/Sofie

Sofie Eriksson
Enhetschef Plan och bygg, Mora kommun""",
             X("register", [P("Tuva Gran", "tuva.gran@mora.se", "Mora kommun")], ALL),
             "manager adds a third colleague; the two earlier ones are unchanged and not among people; "
             "'1 mars' is not a session"),

        mail("v035", "2027-03-22T07:26:00", ("Ingrid Nordqvist", "ingrid.nordqvist@smedjebacken.se"),
             "Kan inte 21 september",
             """Hej Linnea,

Jag kan tyvärr inte komma den 21 september, det krockar med budgetarbetet. Den 3 maj kommer jag som planerat.

Hälsningar
Ingrid Nordqvist
Smedjebackens kommun""",
             X("cancel", [P("Ingrid Nordqvist", "ingrid.nordqvist@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "partial cancellation of one session; the kept session is named too"),

        tg("v036", "2027-03-24T12:30:00", "Daniel O.", 812007446,
           "Hi! Is it ok to write in English here? I'd like to sign up for all four DalaLab meetings. Daniel Okafor, Falun municipality, daniel.okafor@falun.se",
           X("register", [P("Daniel Okafor", "daniel.okafor@falun.se", "Falu kommun")], ALL),
           "English Telegram signup with an e-mail address in the text; 'Falun municipality'"),

        mail("v037", "2027-03-29T08:00:00", ("Aisha Rahman", "aisha.rahman@regiondalarna.se"),
             "Autosvar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej! Jag är på tjänsteresa 29 mars–2 april med begränsad tillgång till e-post. Jag svarar när jag är tillbaka.

Hi! I am travelling on business 29 March–2 April with limited access to e-mail. I will reply when I am back.

Aisha Rahman
Region Dalarna""",
             X("auto_reply"),
             "bilingual out-of-office in answer to the reminder; subject carries the deadline"),

        mail("v038", "2027-04-01T10:55:00", ("Marie Ek", "marie.ek@hedemora.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej Linnea,

Jag anmäler härmed ytterligare två medarbetare från Hedemora kommun, utöver Patrik Sundqvist som redan är anmäld:

Elin Sandström (elin.sandstrom@hedemora.se) – samtliga träffar
Jussi Mäkinen (jussi.makinen@hedemora.se) – samtliga träffar, glutenfri kost

Med vänlig hälsning

Marie Ek
Planchef
Hedemora kommun
Tel 0225-340 00""" + outlook_sv("den 8 mars 2027 08:00", "Plan-Dalarna-utskick",
                              "Påminnelse: anmälan till DalaLab senast 14 april", REMINDER),
             X("register", [P("Elin Sandström", "elin.sandstrom@hedemora.se", "Hedemora kommun"),
                            P("Jussi Mäkinen", "jussi.makinen@hedemora.se", "Hedemora kommun", "glutenfri")],
               ALL, diet="glutenfri"),
             "manager (not attending) adds two; the already-registered colleague is excluded; per-person diet; "
             "quoted reminder"),

        tg("v039", "2027-04-03T17:06:00", "Ulrika Wahlström", 477301265,
           "Hej! Ulrika från Säter igen. Kan tyvärr inte komma på något av tillfällena längre, jag har fått en ny tjänst från maj. Stryk mig från listan. Tack och förlåt!",
           X("cancel", [P("Ulrika Wahlström", None, "Säters kommun")], ALL),
           "full cancellation via Telegram ('inte ... något av tillfällena'), no dates -> all four; 'maj' is "
           "not a session"),

        mail("v040", "2027-04-05T20:18:00", ("Jonna Sjödin", "jonna.sjodin@rattvik.se"), "Radera mina uppgifter",
             """Hej,

Jag anmälde mig till DalaLab i december via er Telegram-bot men har nu sagt upp mig och börjar på ett privat konsultföretag i maj. Jag vill därför att ni tar bort mig från deltagarlistan och raderar alla personuppgifter ni har om mig.

Tack,
Jonna Sjödin""",
             X("erasure", [P("Jonna Sjödin", "jonna.sjodin@rattvik.se", "Rättviks kommun")]),
             "erasure request (implies withdrawal too); organisation from the rattvik.se domain"),

        mail("v041", "2027-04-06T13:12:00", ("Hassan Al-Sayed", "hassan.al-sayed@smedjebacken.se"), "DalaLab",
             """Hej, anmäler mig till DalaLab, alla datum.

Mvh Hassan

--
Hassan Al-Sayed
Planeringsingenjör
Samhällsbyggnadsförvaltningen
Smedjebackens kommun
Besöksadress: Hagvägen 9, 777 30 Smedjebacken
Tel: 0240-660 00 | Mobil: 073-804 12 19
Arbetstid mån–tor 07.30–16.30""",
             X("register", [P("Hassan Al-Sayed", "hassan.al-sayed@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "terse signup with a signature longer than the message (address, phones, working hours)"),

        mail("v042", "2027-04-07T09:41:00", ("Kristoffer Nilsson", "kristoffer.nilsson@leksand.se"),
             "Ersättare 3 maj",
             """Hej,

Jag anmälde mig via Telegram tidigare i vinter. Nu visar det sig att jag inte kan komma på första träffen den 3 maj. Min kollega Hilda Sjöberg går i mitt ställe den dagen. Övriga träffar kommer jag själv.

Hälsningar
Kristoffer Nilsson
Leksands kommun""",
             X("change", [P("Kristoffer Nilsson", "kristoffer.nilsson@leksand.se", "Leksands kommun"),
                          P("Hilda Sjöberg", None, "Leksands kommun")], [S1]),
             "one-session substitution: sender out on 3 May, colleague in; sessions = what the substitute takes"),

        tg("v043", "2027-04-08T21:55:00", "Amra Hodžić", 649930182,
           "är det försent att anmäla sig? annars vill jag vara med 3 maj o 29 nov. Amra Hodžić, Gagnef",
           X("register", [P("Amra Hodžić", None, "Gagnefs kommun")], [S1, S3]),
           "late signup wrapped in a question; 'o' for 'och'; bare place name 'Gagnef'"),

        mail("v044", "2027-04-09T14:28:00", ("Amanda Sahlin", "amanda.sahlin@falun.se"), "Förberedelser inför 3 maj",
             """Hej Linnea!

Ska vi förbereda något inför första träffen, till exempel ta med vår kommuns planeringsstrategi eller ÖP-material? Och är det samma lokal för alla träffar?

Tack!
Amanda Sahlin
Falu kommun""",
             X("question"),
             "preparation/materials and venue question from a registered substitute; date in subject only"),

        mail("v045", "2027-04-10T16:02:00", ("Johan de Wit", "johan.dewit@borlange.se"), "Lina Törnqvist – DalaLab",
             """Hej Linnea,

Lina Törnqvist har tyvärr fått förhinder och kan inte delta i DalaLab alls. Vi har ingen ersättare just nu. Jag själv är fortfarande med enligt min anmälan.

Hälsningar
Johan de Wit
Borlänge kommun""",
             X("cancel", [P("Lina Törnqvist", None, "Borlänge kommun")], ALL),
             "sender withdraws a colleague without substitute -> cancel for all; sender stays and is not among people"),
    ]
