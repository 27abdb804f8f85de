from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer "wn": planners writing mid-workday mail (and some Telegram), y046-y090.

INVITE_OUTLOOK = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 13:41
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Vi träffas fyra gånger:

1. 3 maj 2027, kl. 10.00–15.00 (fika från 9.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna"""

INVITE_GMAIL = """> Hej!
>
> Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft.
> Träffarna äger rum 3/5 2027 (Falun, 10-15, fika 9.30), 21/9 2027,
> 29/11 2027 och 22/2 2028. Upp till tre personer per kommun.
> Sista anmälningsdag är 14/4 2027.
>
> Hälsningar
> Linnea Hassis, Region Dalarna
> 023-49 00 00"""


def messages():
    return [
        mail("y046", "2026-12-03T10:17:00", ("Johanna Persson", "johanna.persson@leksand.se"), "SV: Inbjudan: DalaLab",
             """Hej Linnea,

Jag vill gärna anmäla mig till de två första träffarna (maj och september). Senare under hösten har vi antagandet av fördjupningen för Insjön, så där får jag återkomma när jag vet mer.

Vänliga hälsningar
Johanna Persson
Detaljplanerare, Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
Tel 0247-800 00 (vx) | 070-312 45 88
johanna.persson@leksand.se
""",
             X("register", [P("Johanna Persson", "johanna.persson@leksand.se", "Leksands kommun")], [S1, S2]),
             "'de två första träffarna (maj och september)' = S1+S2; 'återkomma' about later ones is no signup; box/postcode/phones are noise"),

        mail("y047", "2026-12-04T14:02:00", ("Göran Wik", "goran.wik@borlange.se"), "Anmälan DalaLab – två från Borlänge",
             """Hej!

Vi skickar två personer från översiktsplaneringen till DalaLab, hela serien:

  Ida Marklund, översiktsplanerare – ida.marklund@borlange.se
  Samir Haddad, strategisk samhällsplanerare – samir.haddad@borlange.se

Själv har jag inte möjlighet att vara med, men håll mig gärna kvar på sändlistan.

Hälsningar
Göran Wik
Samhällsbyggnadschef
Borlänge kommun
0243-740 00
""",
             X("register", [P("Ida Marklund", "ida.marklund@borlange.se", "Borlänge kommun"),
                            P("Samir Haddad", "samir.haddad@borlange.se", "Borlänge kommun")], ALL),
             "chef registers only two colleagues ('hela serien' = all four); sender explicitly not attending, not in people"),

        tg("y048", "2026-12-05T12:26:00", "Tove Eriksson", 7014238851,
           """Hej! Tove här, planerare på Mora kommun. Vill anmäla mig till 21/9 och 29/11. Är vegetarian 🌱""",
           X("register", [P("Tove Eriksson", None, "Mora kommun", diet="vegetarian")], [S2, S3], diet="vegetarian"),
           "Telegram self-signup, numeric dates 21/9 and 29/11, diet 'vegetarian', name from display name"),

        mail("y049", "2026-12-07T09:48:00", ("Mikael Strand", "mikael.strand@falun.se"), "Fråga om DalaLab",
             """Hej,

Jag jobbar med bygglov i Falun men hamnar ofta i ÖP-frågor, särskilt kring LIS-områden och landsbygdsutveckling. Är DalaLab öppet även för oss bygglovshandläggare, eller riktar det sig främst till översiktsplanerarna? Vill inte ta en plats från kollegorna på planavdelningen om vi bara får vara tre per kommun.

Mvh
Mikael Strand
Bygglovshandläggare
Stadsbyggnadsförvaltningen, Falu kommun
023-830 00
""",
             X("question", [], []),
             "eligibility/quota question from a bygglovshandläggare before signing up; no signup"),

        mail("y050", "2026-12-08T15:33:00", ("Annelie Granqvist", "annelie.granqvist@hedemora.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Anmäler mig själv och min kollega Hassan Yousef (planeringsarkitekt) till DalaLab. Vi kommer på alla träffar utom den i november om framtider och osäkerheter – då har vi budgetdialog. Hassan äter glutenfritt.

/Annelie

Annelie Granqvist
Översiktsplanerare | Hedemora kommun
0225-341 00

""" + INVITE_OUTLOOK + "\n",
             X("register", [P("Annelie Granqvist", "annelie.granqvist@hedemora.se", "Hedemora kommun"),
                            P("Hassan Yousef", None, "Hedemora kommun", diet="glutenfritt")], [S1, S2, S4], diet="glutenfritt"),
             "self + colleague; 'alla utom den i november om framtider och osäkerheter' = S1,S2,S4; colleague's diet; quoted Outlook invitation lists all four dates"),

        mail("y051", "2026-12-08T11:05:00", ("Christoffer Ljung", "christoffer.ljung@regiondalarna.se"), "DalaLab",
             """Hej Linnea!

Sätt upp mig på DalaLab, alla fyra. Vi ses i korridoren 🙂

/Christoffer

--
Christoffer Ljung
Regional utvecklingsstrateg
Enheten för samhällsplanering, Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Christoffer Ljung", "christoffer.ljung@regiondalarna.se", "Region Dalarna")], ALL),
             "informal internal mail from a Region Dalarna colleague; 'alla fyra' = all; org from signature/domain"),

        mail("y052", "2027-01-11T13:14:00", ("Kristina Öberg", "kristina.oberg@sater.se"), "Tillägg till min anmälan",
             """Hej igen!

Jag anmälde mig till första träffen den 3 maj för ett tag sedan. Nu har jag fått klartecken från chefen att gå på den sista också, 22 februari 2028 (tillgänglighet). Kan du lägga till den?

Tack!
Kristina Öberg
Översiktsplanerare
Säters kommun, Samhällsbyggnadsförvaltningen
Rådhusgatan 1, 783 27 Säter
""",
             X("change", [P("Kristina Öberg", "kristina.oberg@sater.se", "Säters kommun")], [S1, S4]),
             "add a session to an existing signup -> change; sessions after the change = 3 May + 22 Feb"),

        mail("y053", "2027-01-14T08:52:00", ("Anders Kullberg", "anders.kullberg@smedjebacken.se"), "SV: Bekräftelse DalaLab",
             """Hej,

Jag måste tyvärr stryka mig från träffen den 29 november – det är kommunfullmäktige samma dag och jag ska föredra ÖP:n. Övriga tre står jag kvar på.

Hälsningar
Anders Kullberg
Planchef, Smedjebackens kommun
0240-660 00

Från: Linnea Hassis
Skickat: den 16 december 2026 10:02
Till: Anders Kullberg
Ämne: Bekräftelse DalaLab

Hej Anders! Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Välkommen!
""",
             X("cancel", [P("Anders Kullberg", "anders.kullberg@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "partial cancellation of 29 Nov only; 'övriga tre står jag kvar på' keeps the rest; quoted confirmation lists all four"),

        tg("y054", "2027-01-15T16:40:00", "Leila Ahmadi", 5530917724,
           """Hej! Leila Ahmadi, Orsa kommun. Jag och min kollega Per Nordin vill anmäla oss till höstens träffar (sept + nov). Tack!""",
           X("register", [P("Leila Ahmadi", None, "Orsa kommun"), P("Per Nordin", None, "Orsa kommun")], [S2, S3]),
           "Telegram self + colleague; 'höstens träffar (sept + nov)' = S2+S3"),

        mail("y055", "2027-01-19T10:21:00", ("Lisa Brodin", "lisa.brodin@gagnef.se"), "Ersättare 21/9",
             """Hej Linnea!

Jag krockar med ett samråd hos Länsstyrelsen den 21 september, så min kollega Linus Bäck (linus.back@gagnef.se) går i mitt ställe på den träffen. Resten går jag på själv som planerat.

Mvh Lisa
Lisa Brodin, planarkitekt
Gagnefs kommun
""",
             X("change", [P("Lisa Brodin", "lisa.brodin@gagnef.se", "Gagnefs kommun"),
                          P("Linus Bäck", "linus.back@gagnef.se", "Gagnefs kommun")], [S2]),
             "substitution for one session: sender out, colleague in for 21 Sep; people = both; mention of Länsstyrelsen is not the org"),

        mail("y056", "2027-01-20T13:58:00", ("Eva-Lena Hult", "eva-lena.hult@vansbro.se"), "Anmälan DalaLab Vansbro",
             """Hej,

Från Vansbro kommer vi tre, på samtliga träffar:
- Eva-Lena Hult (jag), samhällsbyggnadschef
- Kent Åberg, planingenjör, kent.aberg@vansbro.se
- Stina Olsson, miljö- och planhandläggare, stina.olsson@vansbro.se

Kent är laktosintolerant.

Hälsningar
Eva-Lena Hult
Samhällsbyggnadschef, Vansbro kommun
Tfn 0281-750 00
""",
             X("register", [P("Eva-Lena Hult", "eva-lena.hult@vansbro.se", "Vansbro kommun"),
                            P("Kent Åberg", "kent.aberg@vansbro.se", "Vansbro kommun", diet="laktosintolerant"),
                            P("Stina Olsson", "stina.olsson@vansbro.se", "Vansbro kommun")], ALL, diet="laktosintolerant"),
             "three from one municipality in a dash list incl. sender ('(jag)'); 'samtliga träffar' = all; diet belongs to Kent"),

        mail("y057", "2027-01-22T09:07:00", ("Jonas Ryd", "jonas.ryd@alvdalen.se"), "Anmälan + fråga om parkering",
             """Hej!

Jag anmäler mig till första träffen i Falun i maj. Resten får jag se över när vi vet hur det blir med bemanningen till hösten.

Finns det parkering vid lokalen? Jag kör från Älvdalen, så fikat 9.30 hinner jag nog inte men jag är där till tio.

Jonas Ryd
Planarkitekt
Älvdalens kommun
Dalgatan 5, 796 30 Älvdalen
""",
             X("register", [P("Jonas Ryd", "jonas.ryd@alvdalen.se", "Älvdalens kommun")], [S1]),
             "'första träffen i Falun i maj' = S1 only; side question about parking does not change the intent; 9.30/tio are times"),

        mail("y058", "2027-01-25T14:45:00", ("Malin Hedberg", "malin.hedberg@malung-salen.se"), "DalaLab",
             """Hej Linnea

Jag hinner tyvärr inte med hela serien men vill gärna vara med på den sista träffen, den om tillgänglighet. Digital tillgänglighet är en het fråga för oss i fjällområdet.

Malin Hedberg
Översiktsplanerare
Malung-Sälens kommun

Skickat från Outlook för iOS
""",
             X("register", [P("Malin Hedberg", "malin.hedberg@malung-salen.se", "Malung-Sälens kommun")], [S4]),
             "single session by theme and ordinal ('den sista träffen, den om tillgänglighet') = 22 Feb 2028"),

        mail("y059", "2027-02-02T11:30:00", ("Patrik Sjölund", "patrik.sjolund@ludvika.se"), "Avanmälan Rebecka Falk",
             """Hej,

Rebecka Falk, som anmäldes till DalaLab i januari, har slutat hos oss och kommer alltså inte att delta. Vi återkommer om vi hittar någon som kan ta hennes plats.

Med vänlig hälsning
Patrik Sjölund
Enhetschef Plan
Ludvika kommun, Samhällsbyggnadsförvaltningen
0240-860 00
""",
             X("cancel", [P("Rebecka Falk", None, "Ludvika kommun")], ALL),
             "manager cancels a colleague who left; no session named -> all four; possible later replacement is no registration"),

        mail("y060", "2027-02-03T10:12:00", ("Helena Björk", "helena.bjork@lansstyrelsen.se"), "Anmälan till DalaLab",
             """Hej Linnea,

Jag anmäler mig till träffarna 3/5 och 29/11. De andra två datumen har jag redan andra åtaganden.

Vänliga hälsningar

Helena Björk
Planhandläggare
Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
791 84 Falun
Tfn 010-225 00 00
""",
             X("register", [P("Helena Björk", "helena.bjork@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S3]),
             "Länsstyrelsen planner, 3/5 + 29/11; postcode and phone in signature are noise"),

        mail("y061", "2027-02-04T15:19:00", ("Ulrika Nääs", "ulrika.naas@rattvik.se"), "VB: DalaLab?",
             """Hej Linnea,

Vidarebefordrar Oskars önskemål nedan – anmäl honom till de två träffar han nämner. Själv hänger jag på samma två.

Ulrika Nääs
Översiktsplanerare, Rättviks kommun

________________________________
Från: Oskar Lindh <oskar.lindh@rattvik.se>
Skickat: den 4 februari 2027 14:50
Till: Ulrika Nääs <ulrika.naas@rattvik.se>
Ämne: DalaLab?

Hej! Kan du anmäla mig till DalaLab när du ändå anmäler dig? Jag vill gå på maj och september, de andra krockar med planbeskedskön.
/Oskar
""",
             X("register", [P("Ulrika Nääs", "ulrika.naas@rattvik.se", "Rättviks kommun"),
                            P("Oskar Lindh", "oskar.lindh@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "forward of an internal mail: sessions only in the forwarded part ('maj och september'), sender joins 'samma två'; colleague's address from forwarded header"),

        tg("y062", "2027-02-06T09:33:00", "Mirja Kallio", 6120448193,
           """Hej, Mirja på Avesta kommun. Kan jag byta från 21 september till 29 november? Samma person, bara annan träff.""",
           X("change", [P("Mirja Kallio", None, "Avesta kommun")], [S3]),
           "Telegram bare swap 21 Sep -> 29 Nov: change, only the new session"),

        mail("y063", "2027-02-08T07:46:00", ("Sofie Dahlgren", "sofie.dahlgren@falun.se"), "Re: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej! Anmäler mig till DalaLab, hela programmet. Laktosfri kost tack.
Mvh Sofie Dahlgren, detaljplanerare Falu kommun

Skickat från min iPhone

Den 10 dec. 2026 kl. 10:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

""" + INVITE_GMAIL + "\n",
             X("register", [P("Sofie Dahlgren", "sofie.dahlgren@falun.se", "Falu kommun", diet="laktosfri kost")], ALL, diet="laktosfri kost"),
             "phone reply over a >-quoted invitation with numeric dates; 'hela programmet' = all four; diet"),

        mail("y064", "2027-02-09T13:05:00", ("Kerstin Åhman", "kerstin.ahman@borlange.se"), "Hur många från Borlänge?",
             """Hej!

Hur många från Borlänge är anmälda till DalaLab hittills? Jag vet att Göran har anmält två från ÖP-gruppen, och jag skulle gärna gå själv om det finns en plats kvar. Hör av dig så skickar jag en anmälan om det går.

Tack på förhand,
Kerstin Åhman
Detaljplanerare
Borlänge kommun
""",
             X("question", [], []),
             "quota question; the signup is conditional on the answer ('skickar jag en anmälan om det går') -> question, no people"),

        mail("y065", "2027-02-10T12:18:00", ("Rasmus Mård", "rasmus.mard@mora.se"), "Anmälan DalaLab – Rasmus Mård, Mora",
             """Hej Linnea,

Tack för inbjudan! Det här passar väldigt bra i tiden för oss – ÖP 2040 ska ut på samråd hösten 2027 och vi brottas precis med hur utvecklingsinriktningen ska formuleras. Jag anmäler mig till alla fyra träffarna.

Jag äter veganskt.

Vänliga hälsningar
Rasmus Mård
Översiktsplanerare
Mora kommun | Samhällsbyggnadsförvaltningen
Fredsgatan 16, 792 80 Mora
Mobil 073-826 11 40
""",
             X("register", [P("Rasmus Mård", "rasmus.mard@mora.se", "Mora kommun", diet="veganskt")], ALL, diet="veganskt"),
             "self-signup 'alla fyra träffarna'; 'ÖP 2040', 'hösten 2027' and a theme word are noise, not sessions; vegan diet"),

        tg("y066", "2027-02-12T18:03:00", "Björn Hägg", 5098772310,
           """Hej. Jag måste tyvärr avanmäla mig från DalaLab, alla träffar. Byter jobb i april. /Björn, Leksands kommun""",
           X("cancel", [P("Björn Hägg", None, "Leksands kommun")], ALL),
           "Telegram full cancellation; 'april' is not a session"),

        mail("y067", "2027-02-15T10:40:00", ("Linda Sahlin", "linda.sahlin@hedemora.se"), "Kost – DalaLab",
             """Hej,

Jag anmälde mig i december till alla fyra träffarna. Glömde skriva att jag är glutenintolerant – kan du notera det?

Mvh
Linda Sahlin
Samhällsbyggnadskontoret, Hedemora kommun
""",
             X("change", [P("Linda Sahlin", "linda.sahlin@hedemora.se", "Hedemora kommun", diet="glutenintolerant")], ALL, diet="glutenintolerant"),
             "diet added to an existing signup -> change; sessions stated as all four"),

        mail("y068", "2027-02-16T14:27:00", ("Per Wiklund", "per.wiklund@gagnef.se"), "Anmälan ny planarkitekt",
             """Hej Linnea!

Anmäl gärna vår nyanställda planarkitekt Mikaela Sjöström-Lund, mikaela.sjostrom-lund@gagnef.se, till DalaLab. Hon börjar hos oss först i juni, så alla träffar utom den första.

Hälsningar
Per Wiklund
Samhällsbyggnadschef
Gagnefs kommun
Tel 0241-150 00
""",
             X("register", [P("Mikaela Sjöström-Lund", "mikaela.sjostrom-lund@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "chef registers a new hire only (double surname); 'alla träffar utom den första' = S2,S3,S4; 'juni' is not a session"),

        mail("y069", "2027-02-18T08:15:00", ("Lundin, Per-Olof", "per-olof.lundin@sater.se"), "Anmälan",
             """Hej,
Anmäl mig till 21 sept och 22 feb.
Mvh P-O Lundin
Säters kommun
Tfn 0225-550 00
""",
             X("register", [P("Per-Olof Lundin", "per-olof.lundin@sater.se", "Säters kommun")], [S2, S4]),
             "very short; surname-first display name, signs 'P-O'; '21 sept och 22 feb' without years"),

        mail("y070", "2027-02-19T11:52:00", ("Amanda Rask", "amanda.rask@regiondalarna.se"), "DalaLab – Region + Lst",
             """Hej Linnea,

Jag och Karl Ahlgren på Länsstyrelsen (karl.ahlgren@lansstyrelsen.se, i kopia) vill gärna vara med på de två sista träffarna, 29 nov och 22 feb. Vi driver ihop regionala tillgänglighetsanalysen så de passar oss bäst.

Hälsningar
Amanda Rask
Samhällsplanerare
Region Dalarna
""",
             X("register", [P("Amanda Rask", "amanda.rask@regiondalarna.se", "Region Dalarna"),
                            P("Karl Ahlgren", "karl.ahlgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "two organisations in one signup: sender at the Region, colleague at Länsstyrelsen (by text and domain); 'de två sista' = S3+S4"),

        tg("y071", "2027-02-22T15:10:00", "Kent Åberg", 6648120935,
           """Hej! Går det att delta digitalt på någon av träffarna? Det är drygt 12 mil till Falun från Vansbro och vi är bara tre på hela planenheten.""",
           X("question", [], []),
           "Telegram question about remote participation; '12 mil', 'tre' are not dates or a signup"),

        mail("y072", "2027-02-23T09:28:00", ("Gunnar Holm", "gunnar.holm@malung-salen.se"), "SV: DalaLab?",
             """Hej Linnea,

Vi från Malung-Sälen anmäler oss: jag och Frida Ekman (planeringsarkitekt). Alla fyra tillfällena.

Gunnar

Gunnar Holm
Stadsarkitekt
Malung-Sälens kommun

-----Ursprungligt meddelande-----
Från: Frida Ekman <frida.ekman@malung-salen.se>
Skickat: den 22 februari 2027 16:31
Till: Gunnar Holm <gunnar.holm@malung-salen.se>
Ämne: SV: DalaLab?

Ja, jag är på! Skriv oss båda, jag tror det är bra inför revideringen av ÖP:n 2028.

/Frida
""",
             X("register", [P("Gunnar Holm", "gunnar.holm@malung-salen.se", "Malung-Sälens kommun"),
                            P("Frida Ekman", "frida.ekman@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "reply over an internal thread; colleague's address from the quoted header; 'Alla fyra tillfällena'; '2028' in quote is not a session"),

        mail("y073", "2027-02-24T13:37:00", ("Hamid Karimi", "hamid.karimi@ludvika.se"), "Anmälan DalaLab",
             """Hej!

Jag kommer på 3 maj och 29 november, de andra två krockar med KS-sammanträden. Går det bra att anmäla sig till bara två?

Mvh
Hamid Karimi
Detaljplanerare
Ludvika kommun
Carlavägen 34, 771 82 Ludvika
""",
             X("register", [P("Hamid Karimi", "hamid.karimi@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "signup for two sessions with a small yes/no question attached; still register"),

        mail("y074", "2027-03-01T10:03:00", ("Ingrid Back", "ingrid.back@alvdalen.se"), "Byte av deltagare DalaLab",
             """Hej,

Anna Dahl slutar hos oss i mars. Erik Mattsson (erik.mattsson@alvdalen.se) tar över hennes plats på alla fyra träffarna.

Vänligen
Ingrid Back
Chef Samhällsbyggnad
Älvdalens kommun
""",
             X("change", [P("Anna Dahl", None, "Älvdalens kommun"),
                          P("Erik Mattsson", "erik.mattsson@alvdalen.se", "Älvdalens kommun")], ALL),
             "substitution by a manager: Anna out, Erik in for all four; sender not in people; 'mars' is not a session"),

        mail("y075", "2027-03-02T14:21:00", ("Tobias Eng", "tobias.eng@malung-salen.se"), "Fråga om antal deltagare",
             """Hej Linnea,

En snabb fråga innan vi bestämmer oss: om vi vill vara fyra från kommunen men den fjärde bara går på en av träffarna, räknas det ändå som fyra? Eller kan man turas om på platserna mellan träffarna?

Tack,
Tobias Eng
Planarkitekt, Malung-Sälens kommun
0280-181 00
""",
             X("question", [], []),
             "quota question ('innan vi bestämmer oss'); numbers fyra/en are not sessions; no signup"),

        tg("y076", "2027-03-03T11:44:00", "Nadia Berisha", 5873301462,
           """anmäl mig till tillgänglighetsträffen i feb 2028 tack! nadia.berisha@falun.se, falu kommun""",
           X("register", [P("Nadia Berisha", "nadia.berisha@falun.se", "Falu kommun")], [S4]),
           "Telegram, lower case, session by theme + month; address written in the text"),

        mail("y077", "2027-03-04T16:12:00", ("Marie Lööf", "marie.loof@smedjebacken.se"), "Anmälan från Smedjebacken",
             """Hej!

Jag och Jens Ahl (kommunekolog) vill anmäla oss till DalaLab: höstens båda träffar och den i februari. Maj går tyvärr inte, då har vi planbesked uppe i nämnden.

Hälsningar
Marie Lööf
Översiktsplanerare
Smedjebackens kommun
""",
             X("register", [P("Marie Lööf", "marie.loof@smedjebacken.se", "Smedjebackens kommun"),
                            P("Jens Ahl", None, "Smedjebackens kommun")], [S2, S3, S4]),
             "self + colleague; 'höstens båda träffar och den i februari' = S2,S3,S4; May explicitly excluded"),

        mail("y078", "2027-03-08T09:55:00", ("Sanna Lehtonen", "sanna.lehtonen@avesta.se"), "SV: Bekräftelse DalaLab",
             """Hej,

Varken jag eller Tomas Rydberg kan den 21 september, så stryk oss från den träffen. Vi kommer på de andra som tänkt.

/Sanna

Sanna Lehtonen
Strategisk planerare
Avesta kommun
0226-64 50 00

> Hej Sanna! Du och Tomas Rydberg är anmälda till DalaLab den 3 maj,
> 21 september och 29 november 2027 samt 22 februari 2028.
""",
             X("cancel", [P("Sanna Lehtonen", "sanna.lehtonen@avesta.se", "Avesta kommun"),
                          P("Tomas Rydberg", None, "Avesta kommun")], [S2]),
             "partial cancellation for two people, 21 Sep only; quoted confirmation lists all four"),

        mail("y079", "2027-03-09T13:26:00", ("Karolina Wennberg", "karolina.wennberg@rattvik.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p style="font-family:Calibri,sans-serif">Hej Linnea,</p>
<p style="font-family:Calibri,sans-serif">Jag vill g&auml;rna anm&auml;la mig till DalaLab &ndash; alla tr&auml;ffar. Jag har n&ouml;tallergi (inte j&auml;tteallvarlig, men undvik n&ouml;tter i fikat).</p>
<p style="font-family:Calibri,sans-serif">Tack!</p>
<table style="font-family:Calibri,sans-serif;font-size:9pt;color:#555">
<tr><td><b>Karolina Wennberg</b><br>Detaljplanerare<br>R&auml;ttviks kommun<br>Storgatan 2, 795 80 R&auml;ttvik<br>Tel 0248-700 00</td></tr>
</table>
</body></html>
""",
             X("register", [P("Karolina Wennberg", "karolina.wennberg@rattvik.se", "Rättviks kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "HTML-only mail with entities and a signature table; 'alla träffar' = all four; diet nötallergi", html=True),

        mail("y080", "2027-03-10T10:49:00", ("Olof Grahn", "olof.grahn@lansstyrelsen.se"), "Lokal och program 3 maj?",
             """Hej,

Jag är anmäld sedan tidigare. Vilken lokal i Falun blir det den 3 maj? Och kommer det något program eller dagordning innan, så att vi kan förbereda oss inför Boverkets del?

Vänliga hälsningar
Olof Grahn
Länsstyrelsen Dalarna
Enheten för samhällsplanering och kulturmiljö
""",
             X("question", [], []),
             "practical question from an already registered person; names 3 May but no request -> sessions []"),

        tg("y081", "2027-03-11T12:08:00", "Emil Strömberg", 5329018847,
           """Tjena! Anmäl mig och Jenny Holm till 3 maj. Båda Borlänge kommun /Emil""",
           X("register", [P("Emil Strömberg", None, "Borlänge kommun"), P("Jenny Holm", None, "Borlänge kommun")], [S1]),
           "Telegram self + colleague, one session"),

        mail("y082", "2027-03-15T11:16:00", ("Rasmus Mård", "rasmus.mard@mora.se"), "Ändring av anmälan – Rasmus Mård",
             """Hej Linnea,

Jag behöver ändra min anmälan: i stället för alla fyra träffarna går jag bara på de två första. Samrådet flyttades och hösten blev fullbokad.

Vänliga hälsningar
Rasmus Mård
Översiktsplanerare, Mora kommun
""",
             X("change", [P("Rasmus Mård", "rasmus.mard@mora.se", "Mora kommun")], [S1, S2]),
             "change from all four to 'de två första' -> sessions after change = S1,S2"),

        mail("y083", "2027-03-17T15:02:00", ("Eva-Lena Hult", "eva-lena.hult@vansbro.se"), "SV: Anmälan DalaLab Vansbro",
             """Hej,

Stina Olsson kan tyvärr inte vara med alls på DalaLab – hon går på föräldraledighet. Kent och jag står kvar som förut.

Hälsningar
Eva-Lena Hult
Samhällsbyggnadschef, Vansbro kommun

Från: Eva-Lena Hult
Skickat: den 20 januari 2027 13:58
Till: Linnea Hassis
Ämne: Anmälan DalaLab Vansbro

Hej,
Från Vansbro kommer vi tre, på samtliga träffar:
- Eva-Lena Hult (jag), samhällsbyggnadschef
- Kent Åberg, planingenjör, kent.aberg@vansbro.se
- Stina Olsson, miljö- och planhandläggare, stina.olsson@vansbro.se
""",
             X("cancel", [P("Stina Olsson", "stina.olsson@vansbro.se", "Vansbro kommun")], ALL),
             "one of three withdrawn without substitute -> cancel, all four; the ones who 'står kvar som förut' are not people; Stina's address from the quoted original"),

        mail("y084", "2027-03-19T09:31:00", ("Åsa Törnqvist", "asa.tornqvist@sater.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag anmäler mig härmed till samtliga tillfällen i DalaLab. Ser fram emot att få diskutera planeringsstrategier med grannkommunerna.

Med vänlig hälsning
Åsa Törnqvist
Planeringsarkitekt
Säters kommun
Box 502, 783 27 Säter
""",
             X("register", [P("Åsa Törnqvist", "asa.tornqvist@sater.se", "Säters kommun")], ALL),
             "plain self-signup in iso-8859-1; 'samtliga tillfällen' = all four", charset="iso-8859-1"),

        mail("y085", "2027-03-22T14:38:00", ("Tomasz Nowak", "tomasz.nowak@leksand.se"), "DalaLab registration",
             """Hi Linnea,

I'd like to sign up for the May and the November sessions of DalaLab. My Swedish is OK for listening, but I'll write in English if that's fine.

Best regards,
Tomasz Nowak
Spatial planner
Leksand Municipality
""",
             X("register", [P("Tomasz Nowak", "tomasz.nowak@leksand.se", "Leksands kommun")], [S1, S3]),
             "English signup by month names (May, November) -> S1+S3; 'Leksand Municipality' = Leksands kommun"),

        tg("y086", "2027-03-24T19:22:00", "Jussi Koskinen", 6902115538,
           """anmäler mig till höstens träff! /Jussi, Hedemora""",
           X("register", [P("Jussi Koskinen", None, "Hedemora kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' (singular) while autumn has two sessions -> both candidates, unsure sessions"),

        mail("y087", "2027-03-25T10:58:00", ("Maria Blom", "maria.blom@regiondalarna.se"), "Två från regional utveckling",
             """Hej Linnea,

Fredrik Ås och Sana Malik från regional utveckling vill gå på träff 2 och 3. Jag själv är redan anmäld, så det gäller bara dem.

/Maria
Maria Blom, samhällsplanerare, Region Dalarna
""",
             X("register", [P("Fredrik Ås", None, "Region Dalarna"), P("Sana Malik", None, "Region Dalarna")], [S2, S3]),
             "colleagues only (sender already registered, not in people); ordinals 'träff 2 och 3' = S2+S3"),

        mail("y088", "2027-03-29T12:47:00", ("Hamid Karimi", "hamid.karimi@ludvika.se"), "SV: Bekräftelse DalaLab",
             """Tack för bekräftelsen!

En fråga bara: blir det lunch den 3 maj eller ska vi ordna själva? Och hur långt är det att gå från resecentrum?

/Hamid

Från: Linnea Hassis
Skickat: den 1 mars 2027 09:12
Ämne: Bekräftelse DalaLab
Hej Hamid! Du är anmäld till 3 maj och 29 november 2027.
""",
             X("question", [], []),
             "question in reply to a confirmation; dates in the question and the quote are not a request"),

        mail("y089", "2027-04-06T13:09:00", ("Sara Mellin", "sara.mellin@orsa.se"), "Anmälan DalaLab – sista minuten",
             """Hej!

Hoppas jag inte är för sen. Jag vill anmäla mig till DalaLab, hela serien. Vegetarisk och laktosfri, tack.

Hälsningar
Sara Mellin
Samhällsplanerare
Orsa kommun
Box 23, 794 21 Orsa
""",
             X("register", [P("Sara Mellin", "sara.mellin@orsa.se", "Orsa kommun", diet="vegetarisk och laktosfri")], ALL, diet="vegetarisk och laktosfri"),
             "late self-signup before the deadline; 'hela serien' = all; combined diet"),

        tg("y090", "2027-04-08T08:36:00", "Jonas Ryd", 5411876209,
           """Hej! Lägg till 29/11 på min anmälan, har redan 3/5. /Jonas Ryd, Älvdalens kommun""",
           X("change", [P("Jonas Ryd", None, "Älvdalens kommun")], [S1, S3]),
           "Telegram: add a session to an existing one -> change, sessions after change = 3/5 + 29/11"),
    ]
