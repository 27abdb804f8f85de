from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("w136", "2026-12-02T07:48:00", ("Yousef Al-Hashimi", "yusuf.alhashimi@borlange.se"), "anmälan träff",
             """Hej Linnea

Jag vill anmäla på träff i DalaLab projekt. Jag arbetar som planeringsarkitekt på Samhällsbyggnad i Borlänge. Jag kan komma på alla fyra träff.

Jag äter bara halal mat, om det går.

Tack så mycket

Med vänliga hälsningar
Yousef Al-Hashimi
Planeringsarkitekt
Borlänge kommun
Tel 0243-74 000""",
             X("register", [P("Yousef Al-Hashimi", "yusuf.alhashimi@borlange.se", "Borlänge kommun", diet="halal")],
               ALL, diet="halal"),
             "second-language 'anmäla på träff', 'alla fyra träff' -> all; address transliterated (yusuf) unlike the signature (Yousef); halal"),
        tg("w137", "2026-12-05T21:14:00", "Hodan Warsame", 60011234,
           "Salaam hej. Jag Hodan Warsame från Avesta kommun. jag vill komma 3 Maj och 21/09 . Inte andra datum för jag har utbildning. tack",
           X("register", [P("Hodan Warsame", None, "Avesta kommun")], [S1, S2]),
           "Somali writer on Telegram, missing verb; '3 Maj' capitalised and '21/09' with zero; other dates refused"),
        mail("w138", "2026-12-08T13:05:00", ("Łukasz Wiśniewski", "lukasz.wisniewski@smedjebacken.se"),
             "Anmälan DalaLab - 2 personer",
             """Dzień dobry / Hej,

Jag anmäler mig och min kolega Agnieszka Kowalczyk till alla träffar i projekt "Planering för hållbarhet". Vi jobbar båda på plan och bygg avdelning.

Agnieszka kan inte dricka mjölk, hon behöver laktosfri (till fika också).
Hennes mejl: agnieszka.kowalczyk@smedjebacken.se

Pozdrawiam
Łukasz Wiśniewski
Översiktsplanerare, Smedjebackens kommun""",
             X("register", [P("Łukasz Wiśniewski", "lukasz.wisniewski@smedjebacken.se", "Smedjebackens kommun"),
                            P("Agnieszka Kowalczyk", "agnieszka.kowalczyk@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosfri")],
               ALL, diet="laktosfri"),
             "Polish names with Ł/ś, ASCII addresses; self + colleague whose address is on its own line; colleague's lactose-free diet"),
        mail("w139", "2026-12-14T10:22:00", ("Päivi Järvinen", "paivi.jarvinen@ludvika.se"), "Re: Bekräftelse DalaLab",
             """Hei Linnea,

Tyvärr jag kan inte kommer på den tjugoförsta september, jag har annat möte i Stockholm samma dag som jag inte kan flytta. Andra träffar jag kommer som planerat.

Ystävällisin terveisin / Vänliga hälsningar
Päivi Järvinen
Ludvika kommun

> Hej Päivi!
> Tack för din anmälan till DalaLab. Du är anmäld till:
> 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
> Hälsningar Linnea Hassis, Region Dalarna""",
             X("cancel", [P("Päivi Järvinen", "paivi.jarvinen@ludvika.se", "Ludvika kommun")], [S2]),
             "Finnish writer, 'kan inte kommer'; date spelled out 'den tjugoförsta september'; quoted confirmation lists all four"),
        tg("w140", "2027-01-09T19:40:00", "Олена Шевчук", 60022345,
           "Добрий вечір! Förlåt, hej. Jag är Olena Shevchuk, Falu kommun. Jag anmälde mig till 3 maj men nu jag vill byta till 29 november istället. Är det möjligt? Дякую",
           X("change", [P("Olena Shevchuk", None, "Falu kommun")], [S3]),
           "Cyrillic display name, Latin name in the text; bare swap asked as a question -> change, only the new date"),
        mail("w141", "2026-12-16T15:31:00", ("María José Fernández López", "mariajose.fernandez@regiondalarna.se"),
             "Inscripción / anmälan",
             """Hola Linnea!

Jag vill gärna vara med på första och sista träff (maj och februari). De andra två kan jag inte, jag har kurs på hösten.

Jag är vegetarian (äter ägg och ost men inte fisk).

Saludos,
María José Fernández López
Utvecklingsstrateg, Regional utveckling
Region Dalarna | Box 712, 791 29 Falun""",
             X("register", [P("María José Fernández López", "mariajose.fernandez@regiondalarna.se", "Region Dalarna",
                              diet="vegetarian")], [S1, S4], diet="vegetarian"),
             "Spanish double first name and double surname; 'första och sista träff' -> 3 May + 22 Feb; postcode in signature"),
        mail("w142", "2026-12-18T08:03:00", ("Tesfay G", "tesfay.gebremedhin@orsa.se"), "DalaLab",
             """Hej!

Jag heter Tesfaye Gebremedhin och jag arbetar med översiktsplan i Orsa. Min chef säger jag ska delta i lärandeprojekt. Alla datum passar mig utom den i februari 2028, då är jag föräldraledig.

Tack
Tesfaye Gebremedhin
Orsa kommun""",
             X("register", [P("Tesfaye Gebremedhin", "tesfay.gebremedhin@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "Tigrinya name: display name abbreviated, address spelled 'tesfay', text 'Tesfaye'; 'alla utom den i februari' -> three"),
        mail("w143", "2027-01-11T09:15:00", ("Amra Begović", "amra.begovic@sater.se"),
             "Anmälan från Säters kommun (3 personer)",
             """Hej Linnea,

Vi är tre från Säter som vill delta på alla träffar:

1. Amra Begović (jag) – amra.begovic@sater.se
2. Emir Hodžić – emir.hodzic@sater.se – han äter inte fläskkött
3. Selma Mehmedović – selma.mehmedovic@sater.se

Hälsningar / Pozdrav
Amra Begović
Samhällsplanerare
Säters kommun""",
             X("register", [P("Amra Begović", "amra.begovic@sater.se", "Säters kommun"),
                            P("Emir Hodžić", "emir.hodzic@sater.se", "Säters kommun", diet="inte fläskkött"),
                            P("Selma Mehmedović", "selma.mehmedovic@sater.se", "Säters kommun")],
               ALL, diet="inte fläskkött"),
             "Bosnian names with ć/ž, numbered list with '(jag)'; per-person diet (no pork) on the second line"),
        tg("w144", "2027-01-13T22:47:00", "Kenneth Olsson", 60033456,
           "hej ja vill anmäla mej till dom tre första träfarna. kenneth olson vansbro komun",
           X("register", [P("Kenneth Olsson", None, "Vansbro kommun")], [S1, S2, S3]),
           "dyslexic spelling ('träfarna', 'komun', 'olson' vs display name Olsson); 'dom tre första' -> first three"),
        mail("w145", "2027-01-15T11:30:00", ("Zahra Hosseini", "zahra.hosseini@mora.se"), "fråga om träffarna",
             """Hej,

Jag har en fråga innan jag anmäler. Måste man vara med på alla fyra träff, eller kan man välja bara några? Och var är träff 21 september, också i Falun eller annan stad?

Tack för svar.
Zahra Hosseini
Mora kommun""",
             X("question"),
             "question before signing up ('innan jag anmäler'); names a date and 'alla fyra' but is no signup"),
        mail("w146", "2027-01-19T14:12:00", ("Rania Al-Khatib", "rania.alkhatib@hedemora.se"), "Ändring – ny person 3 maj",
             """Hej Linnea

Min kollega Ahmad Darwish är anmäld men han kan inte komma på 3 Maj, han ska vara på annan konferens. Jag kommer istället för honom den dagen. Andra träffar han kommer själv.

Jag äter inte fläsk.

Mvh
Rania Al-Khatib
Bygglovshandläggare / planering
Hedemora kommun""",
             X("change", [P("Ahmad Darwish", None, "Hedemora kommun"),
                          P("Rania Al-Khatib", "rania.alkhatib@hedemora.se", "Hedemora kommun", diet="äter inte fläsk")],
               [S1], diet="äter inte fläsk"),
             "sender substitutes herself for a colleague on one date only; people = both; sessions = what she takes; her diet"),
        mail("w147", "2027-01-21T16:55:00", ("Abdirahman Mohamed Farah", "abdirahman.farah@gagnef.se"), "Anmälan höst",
             """Assalamu alaikum och hej,

jag vill anmäla mig till september och november träffar (21/9 och 29/11). Maj kan jag inte för jag är i Somalia på semester då.

Mat: jag äter inte griskött, tack.

Abdirahman
Gagnefs kommun, Samhällsbyggnad
Mobil 070-318 45 92""",
             X("register", [P("Abdirahman Mohamed Farah", "abdirahman.farah@gagnef.se", "Gagnefs kommun",
                              diet="äter inte griskött")], [S2, S3], diet="äter inte griskött"),
             "signed with first name only, full three-part name in display name; no pork ('griskött'); May refused, Feb not mentioned"),
        tg("w148", "2027-01-24T08:10:00", "Paweł Nowak", 60044567,
           "Hej, tu Paweł Nowak, Rättviks kommun. Jag måste avanmäla mig från allt DalaLab, jag har nytt jobb i Gävle från april. Dziękuję och förlåt!",
           X("cancel", [P("Paweł Nowak", None, "Rättviks kommun")], ALL),
           "Polish words mixed in; 'avanmäla mig från allt' -> all four; Gävle (new job) is not his organisation here"),
        mail("w149", "2027-01-26T10:00:00", ("Lena Persson", "lena.persson@leksand.se"), "Jag vill vara med",
             """Hej.

Jag heter Lena Persson.
Jag jobbar på Leksands kommun.
Jag vill gå på träffarna.
Jag vill gå på alla.

Jag har celiaki.
Jag kan inte äta gluten.

Hälsningar
Lena""",
             X("register", [P("Lena Persson", "lena.persson@leksand.se", "Leksands kommun", diet="celiaki")],
               ALL, diet="celiaki"),
             "plain-language Swedish, one short sentence a line; celiac disease stated as diet"),
        tg("w150", "2027-01-28T12:35:00", "Jussi K", 60055678,
           "Hyvää päivää! Jussi Kärkkäinen, Malung-Sälens kommun. Jag anmäler mig bara den första träffen i Falun 3.5. Resten det är för långt att köra från Sälen på vintern",
           X("register", [P("Jussi Kärkkäinen", None, "Malung-Sälens kommun")], [S1]),
           "Finnish greeting, full name only in the text; '3.5.' Finnish-style date; 'bara den första'"),
        mail("w151", "2027-02-01T07:20:00", ("Kovalenko Oleksandr", "oleksandr.kovalenko@lansstyrelsen.se"), "Ändring mat",
             """Добрий день Linnea,

Jag är redan anmäld till alla fyra träffar i DalaLab. Nu jag har fått veta från läkare att jag inte tål laktos, så jag behöver laktosfri mat och fika. Kan ni ändra det?

Med vänlig hälsning
Oleksandr Kovalenko
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00""",
             X("change", [P("Oleksandr Kovalenko", "oleksandr.kovalenko@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="laktosfri")], ALL, diet="laktosfri"),
             "diet change for an existing signup (all four stated); surname-first display name; Cyrillic greeting"),
        tg("w152", "2027-02-03T17:05:00", "Senait H", 60066789,
           "hej, när slutar träffen 3 maj? 15.00 exakt? jag måste hämta barn på förskola i Ludvika 16.30",
           X("question"),
           "practical question naming a session date and times; no signup"),
        mail("w153", "2027-02-04T13:44:00", ("Jasmina Hadžić", "jasmina.hadzic@avesta.se"), "Anmälan för mina medarbetare",
             """Hej,

Jag är chef för planenhet i Avesta och anmäler tre personer från oss till alla gånger i DalaLab:

Mirza Salihović, mirza.salihovic@avesta.se
Ida Sandberg, ida.sandberg@avesta.se
Robert Lind, robert.lind@avesta.se

Jag själv kan inte kommer, tyvärr, för mycket möten.

Mvh
Jasmina Hadžić
Enhetschef Plan, Avesta kommun""",
             X("register", [P("Mirza Salihović", "mirza.salihovic@avesta.se", "Avesta kommun"),
                            P("Ida Sandberg", "ida.sandberg@avesta.se", "Avesta kommun"),
                            P("Robert Lind", "robert.lind@avesta.se", "Avesta kommun")], ALL),
             "manager signs up three and says she will not come herself -> sender not among people; 'alla gånger'"),
        mail("w154", "2027-02-08T09:09:00", ("Diego Ramírez", "diego.ramirez@alvdalen.se"), "registrering DalaLab",
             """Hola Linnea!

Jag vill registrera mig till träffarna 21/09 och 22/02. I maj och november jag är på tjänsteresa.

Gracias y saludos,
Diego Ramírez Soto
GIS-ingenjör
Älvdalens kommun""",
             X("register", [P("Diego Ramírez Soto", "diego.ramirez@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
             "'registrera' instead of 'anmäla'; dd/mm with leading zeros; full double surname only in the signature"),
        tg("w155", "2027-02-10T20:20:00", "Nour Haddad", 60077890,
           "السلام عليكم  hej! Nour El-Din Haddad här, Region Dalarna (trafik och samhällsplanering). Anmäl mig till alla träffar tack. Halal mat om möjligt 🙏",
           X("register", [P("Nour El-Din Haddad", None, "Region Dalarna", diet="halal")], ALL, diet="halal"),
           "Arabic greeting, compound name longer than the display name; halal"),
        mail("w156", "2027-02-12T11:11:00", ("Faadumo Cali", "fadumo.ali@borlange.se"), "avanmälan kollega",
             """Hej Linnea

Min kollega Hassan Nuur är sjukskriven lång tid, han kan inte kommer på någon träff i DalaLab. Kan ni ta bort honom från listan. Han har inte tillgång till mejl nu därför jag skriver.

Tack
Faadumo Cali
Borlänge kommun""",
             X("cancel", [P("Hassan Nuur", None, "Borlänge kommun")], ALL),
             "cancels a colleague (sender not among people); 'någon träff' -> all; Somali spelling in signature, Anglicised in address"),
        mail("w157", "2027-02-15T08:40:00", ("Małgorzata Zielińska", "malgorzata.zielinska@falun.se"), "Lägga till en träff",
             """Hej!

Jag är anmäld till 3 Maj. Nu jag vill också komma på 29 november (om framtider och osäkerheter). Kan ni lägga till?

Pozdrawiam serdecznie
Małgorzata Zielińska
Falu kommun, Stadsbyggnadskontoret""",
             X("change", [P("Małgorzata Zielińska", "malgorzata.zielinska@falun.se", "Falu kommun")], [S1, S3]),
             "adds a session to an existing signup -> change with both (stated); date plus theme"),
        mail("w158", "2027-02-17T15:02:00", ("Mohammad-Reza Ahmadi", "mohammadreza.ahmadi@sater.se"), "Radera mina uppgifter",
             """Hej

Jag vill att ni tar bort alla mina uppgifter (namn, mejl, telefon) från era listor för DalaLab. Jag slutar på kommunen snart och vill inte få mer mejl om projektet.

Mvh
Mohammad-Reza Ahmadi
Säters kommun""",
             X("erasure", [P("Mohammad-Reza Ahmadi", "mohammadreza.ahmadi@sater.se", "Säters kommun")]),
             "erasure of personal data; hyphenated Persian first name, address without hyphen"),
        tg("w159", "2027-02-19T06:55:00", "Marjatta", 60088901,
           "Hej! Marjatta Lehtonen, Hedemora kommun. Jag anmäler mig till höstens två träffar 🍂",
           X("register", [P("Marjatta Lehtonen", None, "Hedemora kommun")], [S2, S3]),
           "first-name display name; 'höstens två träffar' -> 21 Sep + 29 Nov"),
        mail("w160", "2027-02-22T14:28:00", ("Tommy Karlsson", "tommy.karlsson@orsa.se"), "Anmällan",
             """hej

jag vill anmäla mig och min kolega Jenny Mård till träfarna i maj och sebtember. jenny är vegitarian.

mvh Tommy
orsa komun""",
             X("register", [P("Tommy Karlsson", "tommy.karlsson@orsa.se", "Orsa kommun"),
                            P("Jenny Mård", None, "Orsa kommun", diet="vegitarian")], [S1, S2], diet="vegitarian"),
             "dyslexic spelling throughout ('sebtember', 'vegitarian', 'komun'); months only; colleague's diet"),
        mail("w161", "2027-02-24T18:30:00", ("Iryna Bondarenko", "iryna.bondarenko84@gmail.com"), "Anmälan DalaLab",
             """Hej Linnea,

Jag heter Iryna Bondarenko, jag har börjat som planeringsassistent på Gagnefs kommun i februari. Jag har inte fått kommun-mejl ännu, därför jag skriver från privat mejl. Min chef sa att jag kan anmäla mig till DalaLab. Jag vill vara med på alla fyra träffar.

Med vänliga hälsningar
Iryna Bondarenko""",
             X("register", [P("Iryna Bondarenko", "iryna.bondarenko84@gmail.com", "Gagnefs kommun")], ALL),
             "private Gmail address; organisation only in running text"),
        tg("w162", "2027-02-26T12:12:00", "Emir Hodžić", 60099012,
           "Hej Linnea, Emir här från Säter. Jag kan inte den 21 september, min kollega Selma Mehmedović går istället för mig den dagen.",
           X("change", [P("Emir Hodžić", None, "Säters kommun"), P("Selma Mehmedović", None, "Säters kommun")], [S2]),
           "substitution on Telegram for one date; full name from display name; people = both"),
        mail("w163", "2027-03-01T10:45:00", ("Carmen Ruiz", "carmen.ruiz@mora.se"), "Pregunta - digitalt?",
             """Hej,

Kan man delta digitalt via Teams på träffarna? Jag bor i Mora och resan till Falun tar lång tid, speciellt i november och februari. Om det inte går, jag kommer fysiskt ändå men vill veta först.

Tack!
Carmen Ruiz
Mora kommun, Plan och bygg""",
             X("question"),
             "question about remote participation; months named; 'vill veta först' -> not yet a signup"),
        mail("w164", "2027-03-03T09:58:00", ("Yonas Tekle", "yonas.tekle@regiondalarna.se"), "anmälan till två träff",
             """Selam Linnea,

Jag vill anmäla mig till träffen om tillgänglighet och den om osäkerheter (önskvärda framtider). Första två träffar jag kan inte, jag börjar min tjänst först i oktober.

Jag är allergisk mot fisk och skaldjur.

Tack
Yonas Tekle
Region Dalarna
Samhällsplanering och infrastruktur""",
             X("register", [P("Yonas Tekle", "yonas.tekle@regiondalarna.se", "Region Dalarna",
                              diet="allergisk mot fisk och skaldjur")], [S3, S4], diet="allergisk mot fisk och skaldjur"),
             "sessions by theme only (tillgänglighet, osäkerheter); fish/shellfish allergy; 'oktober' is no session"),
        tg("w165", "2027-03-05T16:16:00", "Birgitta S", 60100123,
           "hej. jag kan inte komma 22 februari. dom andra går bra. Birgitta Sjöberg Leksand",
           X("cancel", [P("Birgitta Sjöberg", None, "Leksands kommun")], [S4]),
           "plain short cancellation of one date; surname only in the text; 'Leksand'"),
        mail("w166", "2027-03-08T11:05:00", ("Khaled Mansour", "khaled.mansour@borlange.se"), "Anmälan Borlänge 4 personer",
             """Hej,

Vi vill anmäla fyra personer från Borlänge kommun till DalaLab, alla träffar:

- Khaled Mansour (jag)
- Sofia Nilsson
- Rami Haddad
- Elin Bergström

Om bara tre får plats, då Elin kan stå på reservlista.

Tack på förhand
Khaled Mansour
Fysisk planering, Borlänge kommun""",
             X("register", [P("Khaled Mansour", "khaled.mansour@borlange.se", "Borlänge kommun"),
                            P("Sofia Nilsson", None, "Borlänge kommun"),
                            P("Rami Haddad", None, "Borlänge kommun"),
                            P("Elin Bergström", None, "Borlänge kommun")], ALL),
             "four from one municipality (over the quota), the fourth offered as reserve; all four are in the request"),
        mail("w167", "2027-03-10T13:37:00", ("Leila Karimi", "leila.karimi@rattvik.se"), "byta datum",
             """Hej Linnea

Jag vill byta: inte 21/09, istället 22/02. Förlåt för krångel.

Leila Karimi, Rättviks kommun""",
             X("change", [P("Leila Karimi", "leila.karimi@rattvik.se", "Rättviks kommun")], [S4]),
             "terse bare swap -> only the new date"),
        mail("w168", "2027-03-12T08:25:00", ("Tomasz Wójcik", "tomasz.wojcik@ludvika.se"), "Anmälan",
             """<html><body><p>Dzień dobry,</p><p>jag anmäler mig till DalaLab, träff nummer 1, 2 och 3. Träff 4 jag vet inte ännu, jag skriver senare.</p><p>Hälsningar<br>Tomasz Wójcik<br><b>Ludvika kommun</b><br>Samhällsbyggnadsförvaltningen</p></body></html>""",
             X("register", [P("Tomasz Wójcik", "tomasz.wojcik@ludvika.se", "Ludvika kommun")], [S1, S2, S3]),
             "HTML-only; sessions by ordinal number ('träff nummer 1, 2 och 3'); fourth left open"),
        tg("w169", "2027-03-14T21:03:00", "Cabdi", 60111234,
           "Hej. Finns det halal mat på träffarna? Jag vill anmäla men först jag frågar. /Cabdullahi Xasan, Smedjebacken",
           X("question"),
           "question about halal food before signing up; signed but no signup -> people empty"),
        mail("w170", "2027-03-16T10:10:00", ("Tuula Heikkinen", "tuula.heikkinen@vansbro.se"), "Avanmälan nov och feb",
             """Hej!

Jag avanmäler mig från träff 29/11 och 22/2. Maj och september jag kommer som förut.

Hälsningar
Tuula Heikkinen
Vansbro kommun""",
             X("cancel", [P("Tuula Heikkinen", "tuula.heikkinen@vansbro.se", "Vansbro kommun")], [S3, S4]),
             "partial cancellation of two dates, iso-8859-1; the kept months are not cancelled",
             charset="iso-8859-1"),
        mail("w171", "2027-03-18T07:35:00", ("Sami Younes", "sami.younes@falun.se"),
             "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej
Ja, jag vill komma. Bara 3 Maj och 29 Nov, andra dagar jag kan inte.
Sami Younes
Falu kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 09:00
Till: Sami Younes <sami.younes@falun.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till lärandeprojektet DalaLab! Träffarna:
1. 3 maj 2027 i Falun, 10.00–15.00 (fika från 9.30)
2. 21 september 2027
3. 29 november 2027
4. 22 februari 2028
Anmälan senast 14 april 2027. Upp till tre personer per kommun.""",
             X("register", [P("Sami Younes", "sami.younes@falun.se", "Falu kommun")], [S1, S3]),
             "short reply over the quoted invitation listing all dates; '3 Maj och 29 Nov' only"),
        tg("w172", "2027-03-20T11:50:00", "Andrés Gómez", 60122345,
           "Hej! Andrés Gómez, Länsstyrelsen. Anmälan till 21 sep tack 🙂 jag har nötallergi (jordnötter också)",
           X("register", [P("Andrés Gómez", None, "Länsstyrelsen Dalarna", diet="nötallergi")], [S2], diet="nötallergi"),
           "'Länsstyrelsen' without Dalarna; '21 sep'; nut allergy"),
        mail("w173", "2027-03-23T14:14:00", ("Lejla Karlsson", "lejla.karlsson@malung-salen.se"), "Nytt namn och mejl",
             """Hej

Jag har gift mig och bytt namn. Förut jag hette Lejla Mujić, nu Lejla Karlsson. Gamla mejl lejla.mujic@malung-salen.se fungerar inte längre snart, nytt är lejla.karlsson@malung-salen.se (jag skriver från den).

Jag är anmäld till 3 maj och 21 september, det är samma.

Hälsningar
Lejla Karlsson
Malung-Sälens kommun""",
             X("change", [P("Lejla Karlsson", "lejla.karlsson@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "name and address change; old name/address must not become a second person; sessions unchanged"),
        mail("w174", "2027-03-25T09:30:00", ("Ahmed Osman", "ahmed.osman1990@hotmail.com"), "Jobb ansökan planerare",
             """Hej Linnea Hassis,

Jag heter Ahmed Osman och jag söker jobb som fysisk planerare på Region Dalarna. Jag har examen från Addis Abeba universitet och praktik på Falu kommun 2025. Jag bifogar mitt CV. Kan du skicka vidare till rätt person?

Tack
Ahmed Osman
073-912 44 81""",
             X("unknown"),
             "job application sent to the registration contact; unrelated to the event"),
        mail("w175", "2027-03-27T16:40:00", ("Dmytro Melnyk", "dmytro.melnyk@rattvik.se"), "anmälan",
             """Добрий день / Hej!

Jag vill anmäla mig till den tredje maj och den tjugoandra februari. Andra datum jag har inte möjlighet.

Dmytro Melnyk
Rättviks kommun""",
             X("register", [P("Dmytro Melnyk", "dmytro.melnyk@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "both dates spelled out in words"),
        tg("w176", "2027-03-29T20:45:00", "Kasia", 60133456,
           "hej! Katarzyna Lewandowska från Älvdalen, vill anmäla till alla träffar. jag äter vegan 🌱",
           X("register", [P("Katarzyna Lewandowska", None, "Älvdalens kommun", diet="vegan")], ALL, diet="vegan"),
           "Polish nickname as display name, full name in text; 'Älvdalen'; vegan"),
        mail("w177", "2027-03-31T10:20:00", ("Farid Rahimi", "farid.rahimi@orsa.se"), "Ny person på min plats",
             """Hej Linnea,

Jag slutar på Orsa kommun sista april. Min efterträdare Anna Lindh tar min plats på alla träffar i DalaLab. Hennes mejl: anna.lindh@orsa.se. Hon äter vegetariskt.

Tack för allt!
Farid Rahimi""",
             X("change", [P("Farid Rahimi", "farid.rahimi@orsa.se", "Orsa kommun"),
                          P("Anna Lindh", "anna.lindh@orsa.se", "Orsa kommun", diet="vegetariskt")],
               ALL, diet="vegetariskt"),
             "substitution by a successor for all sessions; 'sista april' is not a session; substitute's diet"),
        tg("w178", "2027-04-02T13:13:00", "Eero Mäkinen", 60144567,
           "Hei! Fråga: hur många från samma kommun får komma? Vi är fyra från Smedjebacken som vill. Eller är det max tre?",
           X("question"),
           "quota question; 'fyra ... som vill' is no signup"),
        tg("w179", "2027-04-05T08:08:00", "Mahmoud Saleh", 60155678,
           "hej Linnea jag kan inte kommer 3 maj, jag resa till familj i Jordanien. andra träff kommer jag. Mahmoud, Avesta kommun",
           X("cancel", [P("Mahmoud Saleh", None, "Avesta kommun")], [S1]),
           "'kan inte kommer 3 maj' -> cancel of one date; full name from display name"),
        mail("w180", "2027-04-09T15:55:00", ("Ulf Gustavsson", "ulf.gustavsson@smedjebacken.se"), "anmälning",
             """Hej Linea!

jag och Eero Mäkinen vill anmäla oss till träffen 29/11 och 22/2-28. eero äter glutänfritt.

mvh Ulf
smedjebakens kommun""",
             X("register", [P("Ulf Gustavsson", "ulf.gustavsson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Eero Mäkinen", None, "Smedjebackens kommun", diet="glutänfritt")],
               [S3, S4], diet="glutänfritt"),
             "dyslexic spelling ('glutänfritt', 'smedjebakens'); '22/2-28' with year suffix; self + colleague, first name only in signature"),
    ]
