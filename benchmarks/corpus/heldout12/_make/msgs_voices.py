from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION_OUTLOOK = """

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 8 december 2026 10:02
Till: Plan Avesta <plan@avesta.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet består av fyra träffar:

3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Träffarna hålls i Falun kl. 10–15, fika från 09.30. Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("m136", "2026-12-09T08:12", ("Gunnar Hedström", "gunnar.hedstrom@leksand.se"),
             "Anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Till Region Dalarna, att. Linnea Hassis

Härmed anmäler jag mig till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, samtliga fyra sammankomster.

Jag har arbetat med översiktsplanering i Leksands kommun sedan 1991 och ser fram emot att ta del av projektet, inte minst den inledande träffen tillsammans med Boverket.

Med vänlig hälsning

Gunnar Hedström
Planarkitekt, Samhällsbyggnadsförvaltningen
Leksands kommun
Box 301, 793 27 Leksand
Tfn 0247-800 00, direkt 0247-802 14""",
             X("register", [P("Gunnar Hedström", "gunnar.hedstrom@leksand.se", "Leksands kommun")], ALL),
             "very formal mail from a senior planner ('Härmed anmäler jag', 'samtliga fyra sammankomster'); '1991', box and phone numbers",
             charset="windows-1252"),

        mail("m137", "2026-12-10T13:47", ("Mohammed Al-Sayed", "mohammed.al-sayed@borlange.se"), "anmälning",
             """Hej Linnea

Jag heter Mohammed Al-Sayed och jag jobbar som planerare på Borlänge kommun sedan två år. Jag har fått inbjudan från min chef. Jag vill anmäla mig till första och andra träffen, alltså 3 maj och 21 september. Dom andra två träffar jag vet inte än om jag kan, jag återkommer.

Tack så mycket
Mohammed Al-Sayed
Samhällsbyggnad
Borlänge kommun""",
             X("register", [P("Mohammed Al-Sayed", "mohammed.al-sayed@borlange.se", "Borlänge kommun")], [S1, S2]),
             "Swedish as a second language (Arabic background); 'första och andra träffen, alltså 3 maj och 21 september'; the other two left open"),

        tg("m138", "2026-12-11T21:36", "Malin Persson", 5551361,
           """hej!!
vill anmäla mig
21/9 och 29/11
malin persson hedemora kommun
äter vegetariskt btw""",
           X("register", [P("Malin Persson", None, "Hedemora kommun", diet="vegetariskt")], [S2, S3], diet="vegetariskt"),
           "young Telegram user, several short messages' worth on separate lines; '21/9 och 29/11'; diet 'vegetariskt'"),

        mail("m139", "2026-12-14T10:05", ("Rebecca Thornton", "rebecca.thornton@regiondalarna.se"), "DalaLab sign-up",
             """Hi Linnea,

Hope you're well! I'd like to sign up for the DalaLab learning project – all four sessions if possible. I moved over from the UK last year and joined the regional development unit in September, so this seems like a great way to get to know the planners in the municipalities.

One thing: I'm coeliac, so I'll need gluten-free food at lunch and fika.

My Swedish is getting there but I'm happier writing in English – hope that's OK.

Cheers,
Rebecca

Rebecca Thornton
Regional Development Officer
Region Dalarna
rebecca.thornton@regiondalarna.se""",
             X("register", [P("Rebecca Thornton", "rebecca.thornton@regiondalarna.se", "Region Dalarna", diet="gluten-free")],
               ALL, diet="gluten-free"),
             "English-speaking colleague at the region; 'all four sessions'; coeliac -> 'gluten-free'; 'September' is when she started"),

        mail("m140", "2026-12-15T15:58", ("Kenneth Larsson", "kenneth.larsson@sater.se"), "anmälan dalalab",
             """Hej

jag vill anmäla mej till träfarna i maj och septemer om det går.Jobbar med plan och bygg på Säters komun.

mvh
Kenneth Larsson

Skickat från Outlook för Android""",
             X("register", [P("Kenneth Larsson", "kenneth.larsson@sater.se", "Säters kommun")], [S1, S2]),
             "dyslexic spelling ('träfarna', 'septemer', 'komun'); months only: maj + september; phone footer"),

        mail("m141", "2026-12-17T09:20", ("Behrouz Ahmadi", "behrouz.ahmadi@falun.se"), "Anmälan DalaLab, två personer",
             """Hej Linnea!

Jag och min kollega Farzaneh Rostami (farzaneh.rostami@falun.se) vill gärna delta i DalaLab. Vi båda arbetar med den nya översiktsplanen i Falu kommun. Vi vill komma på alla fyra träffar.

Farzaneh äter vegetarisk mat. För mig går det bra med vanlig mat.

Med vänliga hälsningar
Behrouz Ahmadi
Översiktsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
023-83 000""",
             X("register", [P("Behrouz Ahmadi", "behrouz.ahmadi@falun.se", "Falu kommun"),
                            P("Farzaneh Rostami", "farzaneh.rostami@falun.se", "Falu kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "Persian background; self + colleague with address; 'alla fyra träffar'; colleague is vegetarian, sender not"),

        mail("m142", "2027-01-11T11:31", ("Tuula Heikkinen", "tuula.heikkinen@ludvika.se"), "Anmälan",
             """Hej,

jag anmäler mig till DalaLab träffarna 3.5. ja 29.11. De andra två passar mig inte pga semester och utbildning.

Jag har laktosintolerans, så laktosfri om det är möjligt.

Ystävällisin terveisin / Med vänliga hälsningar
Tuula Heikkinen
Planeringsarkitekt
Ludvika kommun
Tel. 0240-860 00""",
             X("register", [P("Tuula Heikkinen", "tuula.heikkinen@ludvika.se", "Ludvika kommun", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "Finnish background: Finnish date style '3.5. ja 29.11.' (Finnish 'ja' = och); bilingual sign-off; laktosfri"),

        mail("m143", "2027-02-03T14:22", ("Katarzyna Wiśniewska", "katarzyna.wisniewska@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan. Jag vill gärna anmäla mig för de tre första träffarna (maj, september och november). I februari har jag redan en resa till Polen som är bokad, därför kan jag inte då.

Jag är ny i Avesta kommun sedan januari och jobbar med detaljplaner men också lite med ÖP.

Med vänliga hälsningar
Katarzyna Wiśniewska
Planarkitekt | Avesta kommun
0226-645 000
""" + INVITATION_OUTLOOK,
             X("register", [P("Katarzyna Wiśniewska", "katarzyna.wisniewska@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "Polish background; Outlook reply over the invitation (all four dates quoted); 'de tre första träffarna (maj, september och november)'"),

        mail("m144", "2027-01-19T10:44", ("Hodan Abdi Warsame", "hodan.abdi@gagnef.se"), "DalaLab",
             """Hej

Mitt namn är Hodan Abdi Warsame. Jag arbetar på Gagnef kommun med bygglov och plan. Min chef sa att jag kan gå på DalaLab. Jag vill vara med på alla träffar.

Jag har en fråga också: måste man ha läst om ÖP-modellen innan första träffen?

Tack
Hodan Abdi Warsame
Gagnefs kommun""",
             X("register", [P("Hodan Abdi Warsame", "hodan.abdi@gagnef.se", "Gagnefs kommun")], ALL),
             "Somali background, three-part name; 'alla träffar' = all four; also asks a question (still register)"),

        tg("m145", "2027-01-21T16:09", "Yonas Tesfay", 5551452,
           "Hej. Jag heter Yonas Tesfay jag jobbar på Vansbro kommun, samhällsbyggnad. Jag vill anmäla till träff 29 november "
           "och 22 februari. Email yonas.tesfay@vansbro.se. Tack så mycket",
           X("register", [P("Yonas Tesfay", "yonas.tesfay@vansbro.se", "Vansbro kommun")], [S3, S4]),
           "Tigrinya background, Telegram; e-mail written in the text; '29 november och 22 februari'"),

        mail("m146", "2027-01-22T07:58", ("Linus Dahlberg", "linus.dahlberg@mora.se"), "dalalab",
             """Tja Linnea!

Kör på alla fyra 👍 Har hört gott om förra omgången.

/Linus
Mora kommun | Plan & bygg

Skickat från min iPhone""",
             X("register", [P("Linus Dahlberg", "linus.dahlberg@mora.se", "Mora kommun")], ALL),
             "very casual phone mail ('Tja', 'Kör på alla fyra 👍'); first name only in the text, full name from From"),

        mail("m147", "2027-01-25T13:15", ("Birgitta Ståhl", "birgitta.stahl@rattvik.se"), "Anmälan från Rättviks kommun",
             """Hej Linnea,

Jag anmäler härmed följande medarbetare från Rättviks kommun till samtliga träffar i DalaLab:

1. Jenny Grahn, planarkitekt, jenny.grahn@rattvik.se
2. Anders Wiklund, översiktsplanerare, anders.wiklund@rattvik.se
3. Lejla Hodžić, trafikplanerare, lejla.hodzic@rattvik.se

Själv har jag tyvärr inte möjlighet att delta men följer gärna projektet på avstånd. Jenny behöver glutenfri kost.

Vänliga hälsningar
Birgitta Ståhl
Samhällsbyggnadschef
Rättviks kommun
Box 2, 795 21 Rättvik
0248-700 00""",
             X("register", [P("Jenny Grahn", "jenny.grahn@rattvik.se", "Rättviks kommun", diet="glutenfri"),
                            P("Anders Wiklund", "anders.wiklund@rattvik.se", "Rättviks kommun"),
                            P("Lejla Hodžić", "lejla.hodzic@rattvik.se", "Rättviks kommun")], ALL, diet="glutenfri"),
             "manager registers three staff in a numbered list (not herself); 'samtliga träffar'; one glutenfri"),

        tg("m148", "2027-01-27T19:42", "Jonna Kvist", 5551483,
           """hallå
anmäler mig o en kollega
hon heter amanda fors
vi är båda från orsa kommun
bara första träffen 3 maj
tack!!""",
           X("register", [P("Jonna Kvist", None, "Orsa kommun"), P("Amanda Fors", None, "Orsa kommun")], [S1]),
           "Telegram, one line per thought; sender + colleague in lower case; 'bara första träffen 3 maj'"),

        mail("m149", "2027-02-01T09:37", ("Daniel Whitfield", "daniel@whitfieldplanning.se"),
             "Registration DalaLab – on behalf of Malung-Sälen",
             """Hello Linnea,

I'm a planning consultant currently working with Malung-Sälens kommun on their new comprehensive plan (ÖP). They have asked me to take one of their three places in DalaLab, as their own planner is on parental leave this year.

Could you please register me for sessions 1, 2 and 3 (May 3, September 21 and November 29)? I'll check with the municipality about the February session later.

Kind regards,
Daniel Whitfield
Whitfield Planning AB
Stockholm | +46 70 123 45 67""",
             X("register", [P("Daniel Whitfield", "daniel@whitfieldplanning.se", "Malung-Sälens kommun")], [S1, S2, S3]),
             "English consultant who takes one of Malung-Sälen's places -> that municipality; 'sessions 1, 2 and 3'; February left open"),

        mail("m150", "2027-02-04T10:10", ("Åsa Lindqvist", "asa.lindqvist@lansstyrelsen.se"), "Anmälan DalaLab – Länsstyrelsen Dalarna",
             """Hej,

Från Länsstyrelsen Dalarna, enheten för samhällsplanering, anmäler vi två personer till DalaLab:

Åsa Lindqvist (undertecknad) – alla fyra träffar
Jussi Mäkinen, jussi.makinen@lansstyrelsen.se – alla fyra träffar, laktosfri kost

Med vänlig hälsning

Åsa Lindqvist
Handläggare, samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00

Länsstyrelsen behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer på www.lansstyrelsen.se/dalarna/om-oss/behandling-av-personuppgifter.html""",
             X("register", [P("Åsa Lindqvist", "asa.lindqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Jussi Mäkinen", "jussi.makinen@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "formal agency mail, two people ('undertecknad' + colleague); laktosfri for the colleague; GDPR footer"),

        tg("m151", "2027-02-08T12:03", "Ali Hussein", 5551511,
           "Hej jag vill anmäla mig till alla möten i DalaLab. Ali Hussein, Avesta kommun. Jag äter bara halal. tack",
           X("register", [P("Ali Hussein", None, "Avesta kommun", diet="halal")], ALL, diet="halal"),
           "Arabic background, Telegram; 'alla möten' = all four; diet 'halal'"),

        mail("m152", "2027-03-16T06:51", ("Eva Granberg", "eva.granberg@hedemora.se"), "Sv: Påminnelse: DalaLab",
             """Hej! Hinner tyvärr bara sista gången, 22/2 -28. Anmäl mig gärna till den.
/Eva Granberg, Hedemora

Skickat från min iPhone

> 15 mars 2027 kl. 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej! En påminnelse: sista dag för anmälan till DalaLab är 14 april. Träffarna är 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
>
> Hälsningar
> Linnea""",
             X("register", [P("Eva Granberg", "eva.granberg@hedemora.se", "Hedemora kommun")], [S4]),
             "short iPhone reply to the reminder; 'sista gången, 22/2 -28'; 'tyvärr' but a signup; quoted reminder lists all dates"),

        mail("m153", "2027-02-10T20:14", ("Lars-Göran Björk", "lgbjork52@gmail.com"), "Anmälan",
             """Hej Linnea Hassis.

Jag heter Lars-Göran Björk och är planeringsarkitekt på Smedjebackens kommun. Skriver från min privata adress eftersom jobbmejlen krånglar efter bytet till nytt system.

Jag önskar anmäla mig till höstens båda träffar, dvs den 21 september och den 29 november.

Bekräftelse kan gärna skickas till denna adress.

Hälsningar
Lars-Göran Björk""",
             X("register", [P("Lars-Göran Björk", "lgbjork52@gmail.com", "Smedjebackens kommun")], [S2, S3]),
             "older planner writing from a private gmail address; organisation from the text; 'höstens båda träffar, dvs 21 sept och 29 nov'",
             charset="iso-8859-1"),

        tg("m154", "2027-02-11T08:27", "Tom Whitaker", 5551544,
           "hi! can you put me down for may 3 and nov 29? thanks. tom, region dalarna (public transport planning)",
           X("register", [P("Tom Whitaker", None, "Region Dalarna")], [S1, S3]),
           "English Telegram in lower case; 'may 3 and nov 29'; 'region dalarna'"),

        tg("m155", "2027-02-15T17:50", "Faadumo Hassan", 5551555,
           """Hej
Jag heter Faadumo Hassan
Borlänge kommun
jag vill komma maj och september
tack""",
           X("register", [P("Faadumo Hassan", None, "Borlänge kommun")], [S1, S2]),
           "Somali background, Telegram with one short line per message; months only: maj + september"),

        mail("m156", "2027-02-18T11:12", ("Sofia Mattsson", "sofia.mattsson@alvdalen.se"), "Vi blir två från Älvdalen",
             """Hej Linnea!

Vi blir två från Älvdalen på DalaLab: jag och Per Eriksson (per.eriksson@alvdalen.se). Alla fyra träffarna för oss båda. Per är vegan, jag äter allt 😊

Ha det gott!
Sofia Mattsson
Älvdalens kommun, plan & bygg""",
             X("register", [P("Sofia Mattsson", "sofia.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Per Eriksson", "per.eriksson@alvdalen.se", "Älvdalens kommun", diet="vegan")],
               ALL, diet="vegan"),
             "friendly mail, self + colleague with address; 'Alla fyra träffarna'; colleague vegan"),

        mail("m157", "2027-02-23T13:38", ("Parisa Moradi", "parisa.moradi@sater.se"), "Anmälan till DalaLab",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Jag skulle vilja anm&auml;la mig till DalaLab. Jag kan delta p&aring; alla tr&auml;ffar <b>utom den f&ouml;rsta</b> (3 maj), d&aring; har jag en annan konferens i G&ouml;teborg.</p>
<p>Med v&auml;nlig h&auml;lsning<br>
Parisa Moradi<br>
Planeringsarkitekt<br>
S&auml;ters kommun<br>
0225-550 00</p>
<p style="font-size:8pt;color:#808080">Detta e-postmeddelande kan inneh&aring;lla konfidentiell information och &auml;r endast avsett f&ouml;r mottagaren. Om du f&aring;tt det av misstag, meddela avs&auml;ndaren och radera meddelandet.</p>
</body></html>""",
             X("register", [P("Parisa Moradi", "parisa.moradi@sater.se", "Säters kommun")], [S2, S3, S4]),
             "HTML-only mail with entities, Persian background; 'alla träffar utom den första (3 maj)' = the other three; disclaimer",
             html=True),

        mail("m158", "2027-03-02T09:03", ("Mikaela Lindroos", "mikaela.lindroos@mora.se"), "Anmälan DalaLab",
             """Hej,

Jag vill gärna anmäla mig till DalaLab.

Namn: Mikaela Lindroos
Organisation: Mora kommun, samhällsbyggnadsförvaltningen
Tillfällen: alla fyra
Specialdiet: fiskallergi

Tack på förhand!

Mikaela Lindroos
Mora kommun""",
             X("register", [P("Mikaela Lindroos", "mikaela.lindroos@mora.se", "Mora kommun", diet="fiskallergi")],
               ALL, diet="fiskallergi"),
             "Finland-Swedish colleague filling in her own little form ('Tack på förhand!'); 'alla fyra'; fiskallergi"),

        mail("m159", "2027-03-09T15:26", ("Emir Begović", "emir.begovic@vansbro.se"), "Anmälan + fråga",
             """Hej!

Jag vill anmäla mig till den 21/9.

Finns det möjlighet att parkera vid lokalen? Jag kommer med bil från Vansbro.

Mvh Emir
--
Emir Begović
Bygglovshandläggare / planhandläggare
Vansbro kommun""",
             X("register", [P("Emir Begović", "emir.begovic@vansbro.se", "Vansbro kommun")], [S2]),
             "signup for '21/9' plus a parking question (still register)"),

        # ---------------------------------------------------------------- change
        mail("m160", "2027-02-25T10:19", ("Nour Haddad", "nour.haddad@ludvika.se"), "Ändra min anmälan",
             """Hej Linnea

Jag är anmäld till DalaLab 3 maj. Nu jag har pratat med min chef och jag får också gå på 29 november. Kan du lägga till det? Så jag kommer 3 maj och 29 november.

Tack och ha en bra dag
Nour Haddad
Ludvika kommun""",
             X("change", [P("Nour Haddad", "nour.haddad@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "Arabic background; adds a session to an existing signup; states both after the change (3 maj + 29 november)"),

        mail("m161", "2027-03-11T08:40", ("Sven-Erik Norling", "sven-erik.norling@hedemora.se"),
             "Förändring avseende anmälan till DalaLab",
             """Bästa Linnea Hassis,

Med anledning av att undertecknad från och med den 1 april 2027 övergår till annan tjänst inom kommunkoncernen, kommer jag tyvärr inte att kunna fullfölja mitt deltagande i DalaLab.

I mitt ställe deltar planarkitekt Alexander Brandt, alexander.brandt@hedemora.se, vid samtliga fyra tillfällen.

Jag tackar för visat intresse och önskar projektet all framgång.

Med vänlig hälsning

Sven-Erik Norling
Stadsarkitekt
Hedemora kommun""",
             X("change", [P("Sven-Erik Norling", "sven-erik.norling@hedemora.se", "Hedemora kommun"),
                          P("Alexander Brandt", "alexander.brandt@hedemora.se", "Hedemora kommun")], ALL),
             "very formal substitution ('undertecknad', 'I mitt ställe'); sender out, colleague in for all four; '1 april 2027' is no session"),

        mail("m162", "2027-03-04T16:02", ("James O'Connor", "james.oconnor@regiondalarna.se"), "RE: DalaLab – bekräftelse",
             """Hi Linnea,

Quick update on my registration – I've recently been diagnosed with a nut allergy, so could you note that for lunch and fika? I'm still coming to all four sessions as planned.

Thanks a lot,
James

James O'Connor
Analyst, Region Dalarna

-----Original Message-----
From: Anmälan DalaLab <anmalan@dalalab.example>
Sent: 14 January 2027 10:31
To: James O'Connor <james.oconnor@regiondalarna.se>
Subject: DalaLab – bekräftelse

Hej James O'Connor! Du är anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.""",
             X("change", [P("James O'Connor", "james.oconnor@regiondalarna.se", "Region Dalarna", diet="nut allergy")],
               ALL, diet="nut allergy"),
             "English diet update for an existing signup, sessions stated ('all four sessions as planned'); quoted confirmation"),

        tg("m163", "2027-03-05T12:48", "Sofie Ahlin", 5551633,
           """hej!
kan jag byta 21/9 mot 29/11?
har krock med en samrådsträff
mvh sofie, leksand""",
           X("change", [P("Sofie Ahlin", None, "Leksands kommun")], [S3]),
           "Telegram in short lines; bare swap '21/9 mot 29/11' -> the new one"),

        mail("m164", "2027-01-14T09:55", ("Piotr Zieliński", "piotr.zielinski@smedjebacken.se"), "Ny e-postadress",
             """Hej,

Jag anmälde mig i december till DalaLab från min privata adress (piotrek.z@wp.pl) för att jag hade inte fått jobbadressen än. Nu har jag den. Kan ni använda den här adressen istället: piotr.zielinski@smedjebacken.se. Anmälan är samma som förut.

Tack!
Piotr Zieliński
Smedjebackens kommun""",
             X("change", [P("Piotr Zieliński", "piotr.zielinski@smedjebacken.se", "Smedjebackens kommun")], []),
             "Polish background; address update from the new work address, old private address named; no sessions stated"),

        mail("m165", "2027-03-18T14:30", ("Magnus Ohlsson", "magnus.ohlsson@gagnef.se"), "DalaLab – kollega tar två träffar",
             """Hej!

Jag är anmäld till alla fyra DalaLab-träffarna, men jag är föräldraledig från augusti till och med december. Min kollega Sara Lund (sara.lund@gagnef.se) tar mina platser på träffarna 21 september och 29 november. Jag går själv på 3 maj och 22 februari som planerat.

/Magnus

Magnus Ohlsson
Översiktsplanerare, Gagnefs kommun""",
             X("change", [P("Magnus Ohlsson", "magnus.ohlsson@gagnef.se", "Gagnefs kommun"),
                          P("Sara Lund", "sara.lund@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "partial hand-over: colleague takes 21 Sep + 29 Nov, sender keeps the other two -> change with both, the substitute's sessions"),

        mail("m166", "2027-03-22T11:06", ("Navid Rezaei", "navid.rezaei@alvdalen.se"), "Ändring av datum",
             """Hej

Jag är anmäld till 3 maj och 21 september. Men jag kan inte komma 3 maj längre, vi har kommunfullmäktige samma dag. Kan jag komma 22 februari istället? Så blir det 21 september och 22 februari för mig.

Mvh
Navid Rezaei
Älvdalens kommun""",
             X("change", [P("Navid Rezaei", "navid.rezaei@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
             "Persian background; drops 3 May and adds 22 Feb, keeps 21 Sep; states the result"),

        # ---------------------------------------------------------------- cancel
        mail("m167", "2027-02-12T15:17", ("Abdirahman Yusuf", "abdirahman.yusuf@borlange.se"), "Avanmälan",
             """Hej

Jag kan tyvärr inte delta i DalaLab. Jag har fått nytt jobb i annan kommun från mars. Snälla ta bort min anmälan.

Tack och förlåt
Abdirahman Yusuf""",
             X("cancel", [P("Abdirahman Yusuf", "abdirahman.yusuf@borlange.se", "Borlänge kommun")], ALL),
             "Somali background; full cancellation, no session named -> all four; organisation from the domain"),

        tg("m168", "2027-03-24T22:11", "Johanna Berglund", 5551688,
           """hej
tyvärr
kan inte komma 29 nov
ska opereras
resten funkar som vanligt
/johanna, gagnef""",
           X("cancel", [P("Johanna Berglund", None, "Gagnefs kommun")], [S3]),
           "Telegram, one word or phrase per line; withdraws from 29 Nov only, keeps the rest"),

        mail("m169", "2027-03-29T09:12", ("Catherine Moreau", "catherine.moreau@lansstyrelsen.se"),
             "Withdrawal of registration – DalaLab",
             """Dear Ms Hassis,

I regret to inform you that I must withdraw my registration for the DalaLab learning project. Owing to a reorganisation of our unit, I will not be able to attend any of the sessions.

Please accept my apologies for any inconvenience.

Yours sincerely,
Catherine Moreau
Senior Adviser, Spatial Planning
County Administrative Board of Dalarna (Länsstyrelsen Dalarna)""",
             X("cancel", [P("Catherine Moreau", "catherine.moreau@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "formal English withdrawal from all sessions; 'County Administrative Board' = Länsstyrelsen Dalarna"),

        mail("m170", "2027-02-19T13:02", ("Lasse Englund", "lars.englund@avesta.se"), "Ändring anmälan Avesta",
             """Hej Linnea.
Mikael Strömberg som vi anmälde i januari har slutat hos oss, så stryk honom från alla träffar. Vi har ingen ersättare i nuläget, återkommer om det blir någon.
Katarzyna står kvar som anmäld.
Hälsn. Lasse

Lars Englund, enhetschef plan
Avesta kommun
0226-645 000""",
             X("cancel", [P("Mikael Strömberg", None, "Avesta kommun")], ALL),
             "manager withdraws a colleague who left, no substitute -> cancel; sender and 'Katarzyna står kvar' not in people"),

        mail("m171", "2027-04-06T07:34", ("Roger Nilsson", "roger.nilsson@vansbro.se"), "avamälan",
             """hej jag måste avamäla mej från träfen i febuari. har fåt en anan kurs den dagen.

mvh Roger Nilsson vansbro""",
             X("cancel", [P("Roger Nilsson", "roger.nilsson@vansbro.se", "Vansbro kommun")], [S4]),
             "dyslexic spelling ('avamäla', 'träfen', 'febuari'); cancels the February session only"),

        # ---------------------------------------------------------------- question
        mail("m172", "2027-01-28T14:41", ("Päivi Koskinen", "paivi.koskinen@malung-salen.se"), "Fråga om distans",
             """Hej,

Är det möjligt att delta på distans via Teams på träffarna? Jag bor i Sälen och det är 2,5 timmar bil till Falun. Om det går, jag vill anmäla mig senare.

Hälsningar
Päivi Koskinen
Malung-Sälens kommun""",
             X("question", [], []),
             "Finnish background; asks about remote participation before signing up ('jag vill anmäla mig senare') -> question"),

        tg("m173", "2027-02-26T10:15", "Liam Foster", 5551733,
           "hey, quick q – is there parking near the venue in Falun? and what time does it actually start, 9.30 or 10? cheers",
           X("question", [], []),
           "English Telegram question; '9.30 or 10' are times"),

        mail("m174", "2026-12-16T10:27", ("Ingegerd Wahlström", "ingegerd.wahlstrom@rattvik.se"), "Fråga angående DalaLab",
             """Bästa Linnea,

Innan vi anmäler några deltagare från Rättviks kommun vill jag gärna veta om deltagandet är avgiftsbelagt, och i så fall om faktura skickas till förvaltningen eller till respektive deltagare. Ingår lunch och fika?

Tacksam för svar.

Med vänlig hälsning
Ingegerd Wahlström
Administrativ chef, Samhällsbyggnadsförvaltningen
Rättviks kommun""",
             X("question", [], []),
             "formal question about cost, invoicing and lunch before any signup"),

        tg("m175", "2027-03-08T18:22", "Rania Khalil", 5551755,
           "Hej, jag har anmält mig förra veckan men jag har inte fått någon bekräftelse. Är jag anmäld? Tack",
           X("question", [], []),
           "Arabic background, Telegram; asks whether an earlier signup went through"),

        # ---------------------------------------------------------------- erasure
        mail("m176", "2027-03-01T20:47", ("Marta Kowalczyk", "marta.kowalczyk@orsa.se"), "Radera mina uppgifter",
             """Hej,

Jag har fått ett mejl att jag är anmäld till DalaLab men jag har inte anmält mig själv. Jag ska inte delta. Radera alla mina uppgifter hos er, tack.

Marta Kowalczyk
Orsa kommun""",
             X("erasure", [P("Marta Kowalczyk", "marta.kowalczyk@orsa.se", "Orsa kommun")], []),
             "Polish background; asks for all her data to be deleted after someone else signed her up"),

        # ---------------------------------------------------------------- auto_reply
        mail("m177", "2026-12-21T10:31", ("Tuula Heikkinen", "tuula.heikkinen@ludvika.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Olen lomalla 20.12.2026–7.1.2027 enkä lue sähköpostia.

Jag är ledig 20.12.2026–7.1.2027 och läser inte e-post. Vid brådskande ärenden, kontakta plan@ludvika.se eller växeln 0240-860 00.

Tuula Heikkinen
Ludvika kommun""",
             X("auto_reply", [], []),
             "bilingual Finnish/Swedish out-of-office to the invitation; dates are leave, not sessions"),

        mail("m178", "2027-01-04T08:00", ("Rebecca Thornton", "rebecca.thornton@regiondalarna.se"),
             "Automatic reply: DalaLab – bekräftelse",
             """Thank you for your email. I'm on annual leave until Monday 11 January with limited access to email.

Tack för ditt mejl! Jag är på semester till och med 10 januari.

For urgent matters please contact registrator@regiondalarna.se.

Rebecca Thornton
Region Dalarna""",
             X("auto_reply", [], []),
             "English/Swedish Outlook out-of-office in reply to a confirmation"),

        # ---------------------------------------------------------------- unknown
        mail("m179", "2027-01-13T07:15", ("Tällbergsgården Konferens", "info@tallbergsgarden-konferens.se"),
             "Planerar ni vårens kick-off? 20 % rabatt på konferens i Tällberg",
             """Hej!

Planerar ni kick-off, planeringsdagar eller workshop i vår? Hos oss i Tällberg får ni konferenslokal med utsikt över Siljan, god mat och övernattning – allt på ett ställe.

Boka före 15 februari och få 20 % rabatt på dagkonferens. Gäller konferenser 1 mars–31 maj 2027.

Läs mer och boka på www.tallbergsgarden-konferens.se

Välkomna!
Tällbergsgården Konferens
0247-500 00

Vill du inte ha fler utskick? Avregistrera dig här.""",
             X("unknown", [], []),
             "conference-venue marketing mail in Swedish; dates and percent, nothing about the event"),

        mail("m180", "2027-02-07T03:44", ("IT-Support", "helpdesk@mailbox-verify-se.com"), "Din brevlåda är nästan full / Mailbox quota",
             """Hej användare,

Din brevlåda har nått 98 % av sin lagringskapacitet. Inkommande meddelanden kommer att avvisas efter 48 timmar.

Verifiera ditt konto här för att uppgradera kvoten gratis: http://mailbox-verify-se.com/regiondalarna/upgrade

Your mailbox is almost full. Verify your account within 48 hours to avoid losing messages.

IT-Support""",
             X("unknown", [], []),
             "phishing in Swedish and English ('brevlådan är full'); not about the event"),
    ]
