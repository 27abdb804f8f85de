"""Writer "names" (be001–be045): messages whose people are hard to pick out. Double and hyphenated surnames
(Anna-Karin Lundh Sjöberg, Sara Wiik-Ludvigsson, Helen O'Brien-Larsson), particles (af Klintberg, De Geer, de Vries,
van der Berg), initials in the From line or signature (K. Ek, A-K Berg, M. af Klintberg), nicknames beside the full
name (Kalle/Karl, Micke/Mikael, Bengan/B-Å/Bengt-Åke, Jossan), titles before or after names (stadsarkitekt, Dr.,
fil.dr), surnames that are also places or words (Mora, Falk, Lind, Björk, Sommar, Vinter), names in capitals and in
lower case, "Efternamn Förnamn" without a comma, signatures listing a whole unit of whom only some are registered, and
people who are only mentioned (the approving boss, the forwarding manager, the secretary, stand-ins in an
out-of-office, the organiser Linnea)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("be001", "2026-12-02T08:47", ("Lundh Sjöberg Anna-Karin", "anna-karin.lundh-sjoberg@falun.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

Jag vill gärna anmäla mig till lärprojektet DalaLab – planeringsstrategier är precis vad vi håller på med just nu
inför den nya översiktsplanen.

Med vänliga hälsningar

Anna-Karin Lundh Sjöberg
Planarkitekt
Samhällsbyggnadsförvaltningen, Falu kommun
Besök: Stadshuset, Slottsgatan 9, 791 83 Falun
Tfn 023-82 71 45 | Mobil 070-612 33 08
""",
             X("register", [P("Anna-Karin Lundh Sjöberg", "anna-karin.lundh-sjoberg@falun.se", "Falu kommun")], ALL),
             "display name surname-first without comma and with a two-word surname; no dates -> all four; "
             "'Planarkitekt' is a title, not part of the name"),

        mail("be002", "2026-12-03T13:20", ("Lind Sven", "sven.lind@mora.se"),
             "Anmälan från planenheten, Mora kommun",
             """Hej!

Från planenheten anmäler vi två personer till DalaLab, samtliga fyra träffar:

Jonas Mora, planarkitekt – jonas.mora@mora.se
Lena Falk, planhandläggare – lena.falk@mora.se

Vi andra på enheten avvaktar tills vidare. Hör av er om ni behöver något mer.

Med vänlig hälsning
Planenheten, Mora kommun

Sven Lind, enhetschef, 0250-261 10
Jonas Mora, planarkitekt, 0250-261 14
Lena Falk, planhandläggare, 0250-261 17
Greta Björk, planeringsassistent, 0250-261 12
Ali Haddad, GIS-ingenjör, 0250-261 19

Mora kommun | Fria Andens plan 1 | 792 80 Mora
""",
             X("register", [P("Jonas Mora", "jonas.mora@mora.se", "Mora kommun"),
                            P("Lena Falk", "lena.falk@mora.se", "Mora kommun")], ALL),
             "unit chief registers two colleagues, not himself ('vi andra avvaktar'); the signature lists the whole "
             "unit (five people) but only Jonas Mora and Lena Falk are signed up; surname Mora = the town"),

        tg("be003", "2026-12-04T19:05", "Kalle Mattsson", "6120483395",
           """Hej! Karl Mattsson heter jag egentligen men alla säger Kalle 🙂 Jobbar som miljöstrateg på Orsa kommun.
Vill anmäla mig till träffarna i maj och november. Jag är vegetarian.""",
           X("register", [P("Karl Mattsson", None, "Orsa kommun", diet="vegetarian")], [S1, S3], diet="vegetarian"),
           "display name is the nickname; he gives his real name Karl Mattsson; 'maj och november' = 3 May + 29 Nov"),

        mail("be004", "2026-12-07T06:30", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Nyhetsbrev #12: fil.dr Ingrid Sommar om rumslig närhet",
             """PLANERINGSFORUM – NYHETSBREV #12, december 2026

I detta nummer:
• Fil.dr Ingrid Sommar (KTH) om rumslig närhet och 15-minutersstaden
• Stadsarkitekt Per Lind-Ahlström: "ÖP-modellen i praktiken"
• Boverket om den nya vägledningen för planeringsstrategier

Vårens seminarium hålls 3–4 maj 2027 i Stockholm.
Anmäl dig senast 15 januari på planeringsforum.se/seminarium.

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforum.
Avsluta prenumerationen: planeringsforum.se/avregistrera
""",
             X("unknown"),
             "newsletter naming speakers with titles (fil.dr, stadsarkitekt) and '3–4 maj', 'anmäl dig' -> unknown, "
             "nobody to register"),

        mail("be005", "2026-12-08T10:12", ("af Klintberg Märta", "marta.afklintberg@lansstyrelsen.se"),
             "Anmälan till DalaLab",
             """Hej Linnea,

Jag anmäler mig härmed till de två första träffarna i DalaLab, alltså 3 maj och 21 september. Min chef
Henrik Vinter har godkänt deltagandet; han deltar inte själv men vill gärna ha dokumentationen efteråt.

Hälsningar
Märta af Klintberg
Planhandläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 04 81
""",
             X("register", [P("Märta af Klintberg", "marta.afklintberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "particle 'af' kept lower case; display name surname-first beginning with the particle; the approving "
             "boss Henrik Vinter is not registered"),

        mail("be006", "2026-12-09T14:41", ("K. Ek", "karin.ek@hedemora.se"),
             "DalaLab – två från Hedemora",
             """Hej,

Jag vill anmäla mig själv och kollegan A-K Berg (ann-kristin.berg@hedemora.se) till DalaLab. Vi går på alla
träffarna.

A-K är nyanställd, så hon finns inte i telefonkatalogen än.

/Karin Ek
Översiktsplanerare, Hedemora kommun
0225-341 22
""",
             X("register", [P("Karin Ek", "karin.ek@hedemora.se", "Hedemora kommun"),
                            P("Ann-Kristin Berg", "ann-kristin.berg@hedemora.se", "Hedemora kommun")], ALL),
             "From shows only 'K. Ek', the signature gives Karin Ek; the colleague is written 'A-K Berg' and her "
             "address spells out Ann-Kristin; 'alla träffarna' = all four"),

        tg("be007", "2026-12-11T12:30", "Johan Dalkvist", "5093318842",
           """Hej! Min kollega Åsa Sommar sa att det blir lunch på träffarna, stämmer det? Och är det Boverket som
leder första träffen?""",
           X("question"),
           "two questions; the colleague Åsa Sommar is only the source of a rumour; 'första träffen' gives a "
           "question no sessions"),

        mail("be008", "2026-12-14T09:03", ("Anna Mora", "anna.mora@alvdalen.se"), "Anmälan",
             """Hej!

Anna Mora heter jag och jobbar med översiktsplanering på Älvdalens kommun (alltså inte Mora kommun, det blir
ofta fel 😊).

Jag vill anmäla mig till träffarna 21 september och 22 februari. Övriga datum krockar med våra samrådsmöten.

Vänliga hälsningar
Anna Mora
Älvdalens kommun
Dalgatan 26, 796 80 Älvdalen
0251-310 58
""",
             X("register", [P("Anna Mora", "anna.mora@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
             "surname Mora is a town and another municipality; she works for Älvdalen (text and domain)"),

        mail("be009", "2026-12-15T15:55", ("Ulla Sjöström", "ulla.sjostrom@smedjebacken.se"), "Anmälan av kollega",
             """Hej Linnea!

Jag vill anmäla min kollega Bengt-Åke Gustafsson till DalaLab, alla fyra träffarna. B-Å har e-post
bengt-ake.gustafsson@smedjebacken.se om du behöver nå honom direkt (de flesta här känner honom som Bengan,
så bli inte förvånad om han presenterar sig så).

Själv kan jag tyvärr inte delta i år.

Hälsningar
Ulla Sjöström
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("register", [P("Bengt-Åke Gustafsson", "bengt-ake.gustafsson@smedjebacken.se",
                              "Smedjebackens kommun")], ALL),
             "one person named three ways (Bengt-Åke Gustafsson, B-Å, Bengan); the sender registers him only"),

        mail("be010", "2026-12-17T11:08", ("Helen O'Brien-Larsson", "helen.obrien-larsson@regiondalarna.se"),
             "DalaLab registration",
             """Dear Linnea,

I would like to register for the September and November sessions of DalaLab. Could you please also register
my new colleague Pieter van der Berg for the same two sessions? He started last week and does not have his
Region e-mail address yet.

Kind regards,

Dr. Helen O'Brien-Larsson
Senior Analyst, Regional Development
Region Dalarna
+46 (0)23-49 02 37
""",
             X("register", [P("Helen O'Brien-Larsson", "helen.obrien-larsson@regiondalarna.se", "Region Dalarna"),
                            P("Pieter van der Berg", None, "Region Dalarna")], [S2, S3]),
             "English; 'Dr.' is a title; apostrophe and hyphen in the surname; Dutch particle 'van der' kept lower "
             "case; colleague without address gets the sender's organisation"),

        tg("be011", "2026-12-20T21:14", "Ylva", "7730145562",
           """Hej! Ylva Hedström Nordin, Ludvika kommun. Anmäler mig till alla träffar 😊""",
           X("register", [P("Ylva Hedström Nordin", None, "Ludvika kommun")], ALL),
           "display name is only the first name; the full name with a two-word surname is in the text"),

        mail("be012", "2027-01-08T08:22", ("PERSSON MATS", "mats.persson@avesta.se"), "ANMÄLAN DALALAB",
             """HEJ

ANMÄLER HÄRMED MATS PERSSON OCH JOHANNA ÖBERG, BÅDA AVESTA KOMMUN, TILL TRÄFFARNA 3/5 OCH 29/11.

MVH
MATS PERSSON
BYGGNADSINSPEKTÖR/PLANHANDLÄGGARE
AVESTA KOMMUN 0226-64 50 00
""",
             X("register", [P("Mats Persson", "mats.persson@avesta.se", "Avesta kommun"),
                            P("Johanna Öberg", None, "Avesta kommun")], [S1, S3]),
             "all in capitals, display name 'PERSSON MATS' surname-first without comma; the sender is one of the two; "
             "names labelled in normal case", charset="iso-8859-1"),

        mail("be013", "2027-01-12T10:40", ("Lind Sven", "sven.lind@mora.se"),
             "SV: Anmälan från planenheten, Mora kommun",
             """Hej igen,

En ändring: Lena Falk kan inte komma på första träffen den 3 maj (hon är på kurs). Greta Björk går i hennes
ställe den dagen, greta.bjork@mora.se. Lena är kvar på övriga träffar som tidigare.

/Sven

Sven Lind
Enhetschef, Planenheten
Mora kommun
0250-261 10

Från: Sven Lind
Skickat: den 3 december 2026 13:20
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan från planenheten, Mora kommun

Från planenheten anmäler vi två personer till DalaLab, samtliga fyra träffar:
Jonas Mora, planarkitekt – jonas.mora@mora.se
Lena Falk, planhandläggare – lena.falk@mora.se
""",
             X("change", [P("Lena Falk", "lena.falk@mora.se", "Mora kommun"),
                          P("Greta Björk", "greta.bjork@mora.se", "Mora kommun")], [S1]),
             "substitution for one session: Lena out on 3 May, Greta Björk in -> both people, sessions what the "
             "substitute takes; Lena's address from the quoted mail; sender and quoted Jonas Mora not in people"),

        tg("be014", "2027-01-14T07:58", "Britt Vinter", "1458820367",
           """hej! anmäler mig och nilsson per till 3 maj. båda från gagnef. /britt""",
           X("register", [P("Britt Vinter", None, "Gagnefs kommun"), P("Per Nilsson", None, "Gagnefs kommun")],
             [S1]),
           "lower case; colleague written surname-first without comma ('nilsson per'); sender's surname from the "
           "display name; 'gagnef' -> Gagnefs kommun"),

        mail("be015", "2027-01-18T13:02", ("Birgitta Lind", "birgitta.lind@borlange.se"),
             "Anmälan: stadsarkitekt Magnus Björk",
             """Hej,

Jag skriver på uppdrag av stadsarkitekt Magnus Björk, som vill anmäla sig till den första träffen i DalaLab i
Falun (3 maj). Övriga träffar får han återkomma om när hans kalender för hösten är klar.

Hans e-post är magnus.bjork@borlange.se.

Med vänlig hälsning
Birgitta Lind
Assistent, Stadsbyggnadskontoret
Borlänge kommun
0243-740 00
""",
             X("register", [P("Magnus Björk", "magnus.bjork@borlange.se", "Borlänge kommun")], [S1]),
             "assistant writes for her boss; title 'stadsarkitekt' before the name is not part of it; sender not "
             "registered; only the first session"),

        mail("be016", "2027-01-20T16:15", ("Hansson Eva", "eva.hansson@leksand.se"),
             "Anmälan DalaLab Leksands kommun",
             """<html><body><p>Hej Linnea,</p>
<p>Följande från Leksands kommun anmäls till DalaLab (alla träffar):</p>
<p>Hansson Eva<br>Holm Tobias<br>de Vries Marieke</p>
<p>Marieke kommer från Nederländerna och har jobbat hos oss sedan i våras.</p>
<p>Vänliga hälsningar<br>Eva Hansson<br>Samhällsplanerare<br>Leksands kommun</p>
</body></html>
""",
             X("register", [P("Eva Hansson", "eva.hansson@leksand.se", "Leksands kommun"),
                            P("Tobias Holm", None, "Leksands kommun"),
                            P("Marieke de Vries", None, "Leksands kommun")], ALL),
             "HTML; list surname-first without commas, including a particle ('de Vries Marieke' = Marieke de "
             "Vries); the sender is on the list; 'alla träffar' = all four", html=True),

        tg("be017", "2027-01-25T12:44", "Oskar Ström", "6672910455",
           """Anmäler mig + kollega Lind till alla träffar. Sofia Lind alltså, inte Lind på bygglov 😅 Vi är båda på
Säters kommun""",
           X("register", [P("Oskar Ström", None, "Säters kommun"), P("Sofia Lind", None, "Säters kommun")], ALL),
           "colleague first as bare surname 'Lind', then 'Sofia Lind'; the other Lind (bygglov) is not registered"),

        mail("be018", "2027-01-27T09:30", ("af Klintberg Märta", "marta.afklintberg@lansstyrelsen.se"),
             "Återbud 3 maj",
             """Hej,

Tyvärr måste jag lämna återbud till DalaLab-träffen den 3 maj – vi har länsstyrelsens ledningsdag samma dag.
Den 21 september kommer jag som planerat.

/M. af Klintberg
""",
             X("cancel", [P("Märta af Klintberg", "marta.afklintberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1]),
             "signature only initial + particle ('M. af Klintberg'), first name from the display name; partial "
             "cancellation -> 3 May only; 21 Sep stays"),

        tg("be019", "2027-02-01T18:20", "Micke Åberg", "5520193876",
           """Hej, Mikael Åberg här (Micke), planchef i Hedemora. Vill anmäla mig till 21/9 👍""",
           X("register", [P("Mikael Åberg", None, "Hedemora kommun")], [S2]),
           "nickname in the display name, full first name in the text; 'planchef' is a title"),

        mail("be020", "2027-02-03T11:11", ("Eva Hansson", "eva.hansson@leksand.se"), "Fråga om en fjärde deltagare",
             """Hej Linnea,

Vi är redan tre anmälda från Leksand (jag, Tobias Holm och Marieke de Vries). Nu har vi en praktikant, Elsa
Mora, som är väldigt intresserad av planeringsstrategier. Finns det någon möjlighet att hon får följa med på
någon träff, eller gäller gränsen på tre personer strikt?

Hälsningar
Eva
""",
             X("question"),
             "quota question; the three registered colleagues and the intern Elsa Mora are named but nobody is "
             "signed up or withdrawn by it"),

        mail("be021", "2027-02-05T14:03", ("Kristina Ek Hammar", "kristina.ekhammar@gagnef.se"),
             "Namnbyte – anmälan DalaLab",
             """Hej!

Jag anmälde mig i december som Kristina Ek (kristina.ek@gagnef.se). Sedan dess har jag gift mig och heter nu
Kristina Ek Hammar, med ny adress kristina.ekhammar@gagnef.se. Den gamla adressen slutar fungera i mars.

Anmälan gäller som tidigare 3 maj och 21 september.

Vänliga hälsningar
Kristina Ek Hammar
Planarkitekt, Gagnefs kommun
""",
             X("change", [P("Kristina Ek Hammar", "kristina.ekhammar@gagnef.se", "Gagnefs kommun")], [S1, S2]),
             "name and address change; the old name Kristina Ek and old address are the same person, not a second "
             "one; sessions stated as unchanged"),

        tg("be022", "2027-02-08T08:12", "A-K Lundh Sjöberg", "2290137745",
           """Hej! Det är Anna-Karin Lundh Sjöberg från Falu kommun (A-K på jobbet). Jag är anmäld till alla fyra
träffarna men glömde skriva att jag är glutenintolerant. Tack!""",
           X("change", [P("Anna-Karin Lundh Sjöberg", None, "Falu kommun", diet="glutenintolerant")], ALL,
             diet="glutenintolerant"),
           "diet update for an existing signup -> change, sessions all four as stated; display name uses the "
           "initials 'A-K', the text the full name"),

        mail("be023", "2027-02-10T16:47", ("Planavdelningen Ludvika", "planavdelningen@ludvika.se"),
             "Avanmälan två deltagare",
             """Hej!

Vi behöver tyvärr avanmäla två av våra tre deltagare i DalaLab: Ahmad Rahimi och Sara Wiik-Ludvigsson.
Ahmad har gått över till Trafikverket och Sara är föräldraledig från april. Ylva Hedström Nordin är kvar som
anmäld.

Vi återkommer om någon annan från avdelningen kan ta deras platser.

Vänliga hälsningar

Planavdelningen, Ludvika kommun
Ylva Hedström Nordin, planchef
Ahmad Rahimi, planarkitekt
Sara Wiik-Ludvigsson, planarkitekt
Johan Ek, GIS-samordnare
Besöksadress: Fredsgatan 16, 771 82 Ludvika
""",
             X("cancel", [P("Ahmad Rahimi", None, "Ludvika kommun"),
                          P("Sara Wiik-Ludvigsson", None, "Ludvika kommun")], ALL),
             "function mailbox withdraws two people, no session named -> all four; Ylva stays, Johan Ek is only in "
             "the unit signature; 'från april' is no session"),

        mail("be024", "2027-02-12T08:00", ("Lind Sven", "sven.lind@mora.se"),
             "Automatiskt svar: Bekräftelse: ändring DalaLab",
             """Tack för ditt mejl. Jag är på semester till och med 22 februari och läser inte e-post.

Vid brådskande planärenden kontakta Jonas Mora, 0250-261 14, eller Lena Falk, 0250-261 17.
Frågor om bygglov: Greta Björk, 0250-261 12.

Sven Lind
Enhetschef, Planenheten, Mora kommun
""",
             X("auto_reply"),
             "out-of-office naming three stand-ins and '22 februari' -> nothing to register"),

        tg("be025", "2027-02-15T20:33", "Kalle Mattsson", "6120483395",
           """Hej igen, Kalle (Karl Mattsson) i Orsa. Jag har fått nytt jobb i Norge och måste avanmäla mig från
DalaLab helt. Tråkigt!""",
           X("cancel", [P("Karl Mattsson", None, "Orsa kommun")], ALL),
           "full cancellation; nickname first, full name in brackets -> Karl Mattsson; Norge is not an "
           "organisation; no session named -> all four"),

        mail("be026", "2027-02-17T10:25", ("De Geer Gunnar", "gunnar.degeer@regiondalarna.se"), "Specialkost DalaLab",
             """Hej Linnea,

Jag är anmäld till samtliga fyra träffar. Nu har det visat sig att jag inte tål laktos, så jag behöver
laktosfri kost till fika och lunch.

Min kollega Gunnel Persson, som också är anmäld, har inga särskilda önskemål – det var henne jag nämnde i förra
mejlet.

Tack på förhand!
Gunnar De Geer
Strateg, Samhällsplanering
Region Dalarna
""",
             X("change", [P("Gunnar De Geer", "gunnar.degeer@regiondalarna.se", "Region Dalarna", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "diet update -> change with the stated sessions; display name surname-first with capitalised particle; "
             "colleague Gunnel Persson is only mentioned (no change for her)"),

        tg("be027", "2027-02-19T13:37", "Bengan Gustafsson", "3391027746",
           """Hej! Bengt-Åke Gustafsson på Smedjebackens kommun här. Ulla Sjöström sa att hon anmälde mig i december,
men jag har inte fått någon bekräftelse. Kan du kolla att jag står med?""",
           X("question"),
           "asks whether his existing registration is there -> question, no new signup; nickname display name, "
           "colleague Ulla Sjöström mentioned"),

        mail("be028", "2027-02-22T09:05", ("Holm Tobias", "tobias.holm@leksand.se"), "Kan inte 21 september",
             """Hej!

Eva Hansson anmälde mig till DalaLab. Jag kan tyvärr inte delta den 21 september (vi har kommunfullmäktige
samma dag), men övriga träffar står kvar.

Hälsningar
Tobias Holm
Leksands kommun
""",
             X("cancel", [P("Tobias Holm", "tobias.holm@leksand.se", "Leksands kommun")], [S2]),
             "partial cancellation for 21 Sep only; display 'Holm Tobias' surname-first; Eva Hansson who registered "
             "him is only mentioned; sent on 22 Feb 2027 (not a session)", charset="iso-8859-1"),

        tg("be029", "2027-02-24T17:50", "Lars Falk", "8015523460",
           """hej, lars falk på avesta kommun. jag kan inte 29/11, min kollega Emma Lind tar min plats den dagen.
hennes mejl: emma.lind@avesta.se""",
           X("change", [P("Lars Falk", None, "Avesta kommun"),
                        P("Emma Lind", "emma.lind@avesta.se", "Avesta kommun")], [S3]),
           "substitution for 29 Nov: sender out, Emma Lind in; both people; lower-case sender name in text"),

        mail("be030", "2027-02-26T22:10", ("Björn Falk", "bjorn.falk72@gmail.com"), "Middag lördag",
             """Hej Linnea!

Tack för senast, det var riktigt trevligt hos er i Mora. Vi tänkte bjuda tillbaka – passar lördag 13 mars?
Kerstin gör sin berömda älggryta. Ta med Sommar också om hon är hemma (hunden alltså 🐕).

Kram
Björn
""",
             X("unknown"),
             "private mail to the organiser Linnea; names, Mora as a place and a dog called Sommar; no request"),

        mail("be031", "2027-03-02T09:18", ("Eva Sommar", "eva.sommar@regiondalarna.se"), "Anmälan DalaLab",
             """Hej Linnea!

Anmäl mig gärna till vårens och höstens träffar. Februariträffen 2028 vet jag inte än – jag kan vara
tjänstledig då, så den får jag återkomma om.

Eva Sommar
fil.dr, regional utvecklingsstrateg
Region Dalarna, Box 712, 791 29 Falun
""",
             X("register", [P("Eva Sommar", "eva.sommar@regiondalarna.se", "Region Dalarna")], [S1, S2, S3]),
             "'vårens och höstens träffar' = 3 May + 21 Sep + 29 Nov; February deferred; title 'fil.dr' after the "
             "name; surname is a season word"),

        mail("be032", "2027-03-04T08:40", ("Nadia El-Khoury", "nadia.el-khoury@vansbro.se"),
             "VB: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Min chef Per-Olof Dahl skickade vidare inbjudan nedan till mig. Jag vill gärna vara med på träffarna
21 september, 29 november och 22 februari. Per-Olof deltar inte själv.

Vänliga hälsningar
Nadia El-Khoury
Översiktsplanerare
Vansbro kommun
0281-750 00

-----Ursprungligt meddelande-----
Från: Dahl Per-Olof <per-olof.dahl@vansbro.se>
Skickat: den 2 mars 2027 16:05
Till: El-Khoury Nadia <nadia.el-khoury@vansbro.se>
Ämne: VB: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Något för dig? /P-O

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab! Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
Anmälan senast 14 april till linnea.hassis@regiondalarna.se. Upp till tre personer per kommun.
""",
             X("register", [P("Nadia El-Khoury", "nadia.el-khoury@vansbro.se", "Vansbro kommun")], [S2, S3, S4]),
             "forwarded invitation: the manager who forwarded it (Per-Olof Dahl, 'P-O') does not take part; quoted "
             "headers are surname-first; quoted invitation dates are not the signup"),

        tg("be033", "2027-03-06T10:15", "Linnea B", "6904417328",
           """Hej Linnea! Jag heter också Linnea 😄 Linnea Björk, född och uppvuxen i Rättvik men jobbar sedan i höstas
på Malung-Sälens kommun. Vill anmäla mig till alla fyra träffarna. Jag äter glutenfritt.""",
           X("register", [P("Linnea Björk", None, "Malung-Sälens kommun", diet="glutenfritt")], ALL,
             diet="glutenfritt"),
           "greets the organiser Linnea (not a participant); full name in text, display 'Linnea B'; Rättvik is "
           "her birthplace, the employer is Malung-Sälen"),

        mail("be034", "2027-03-09T11:20", ("Birgitta Lind", "birgitta.lind@borlange.se"), "Avanmälan Magnus Björk",
             """Hej,

Stadsarkitekt Magnus Björk har tyvärr fått förhinder den 3 maj och ber mig avanmäla honom. Han hör av sig
själv inför höstens träffar.

Med vänlig hälsning
Birgitta Lind
Assistent, Stadsbyggnadskontoret, Borlänge kommun
""",
             X("cancel", [P("Magnus Björk", None, "Borlänge kommun")], [S1]),
             "assistant cancels her boss for 3 May; no address for him in this mail; 'höstens träffar' only a "
             "later matter; sender not in people"),

        tg("be035", "2027-03-11T19:40", "Britt Vinter", "1458820367",
           """hej, britt vinter i gagnef här. jag får inte åka på träffarna ändå, chefen (Ingela Vik) sa nej 😕 så stryk mig.
per nilsson går fortfarande som planerat""",
           X("cancel", [P("Britt Vinter", None, "Gagnefs kommun")], ALL),
           "cancels herself, no session named -> all four; lower case; boss Ingela Vik and colleague Per Nilsson "
           "(still going) are not in people"),

        mail("be036", "2027-03-15T14:02", ("O'Brien-Larsson Helen", "helen.obrien-larsson@regiondalarna.se"),
             "Cancellation – November session",
             """Hi Linnea,

Unfortunately I have to cancel my place at the November session (29 Nov) – I'll be at a conference in Glasgow
that week. Pieter (van der Berg) will still attend both of our sessions as planned.

Best,
Helen

Dr. Helen O'Brien-Larsson
Senior Analyst, Regional Development | Region Dalarna
""",
             X("cancel", [P("Helen O'Brien-Larsson", "helen.obrien-larsson@regiondalarna.se", "Region Dalarna")],
               [S3]),
             "English partial cancellation; display name surname-first with apostrophe; Pieter van der Berg "
             "continues and is not in people"),

        mail("be037", "2027-03-17T09:31", ("PERSSON MATS", "mats.persson@avesta.se"), "SV: ANMÄLAN DALALAB",
             """Hej

Johanna Öberg (Jossan) vill byta sin plats den 29/11 mot 22/2 istället. Jag själv går som förut.

MVH
MATS PERSSON
AVESTA KOMMUN
""",
             X("change", [P("Johanna Öberg", None, "Avesta kommun")], [S4]),
             "colleague's bare swap 29/11 -> 22/2 gives only the new session; nickname Jossan beside the name; the "
             "sender 'går som förut' and is not in people"),

        mail("be038", "2027-03-19T15:12", ("Pieter van der Berg", "pieter.vanderberg@regiondalarna.se"),
             "DalaLab – add the May session",
             """Hi Linnea,

Dr. O'Brien-Larsson registered me in December for the September and November sessions (I didn't have an
e-mail address back then – this is it). Could you add the first session on 3 May as well? So: 3 May,
21 September and 29 November.

Thanks a lot,
Pieter van der Berg
Analyst, Region Dalarna
""",
             X("change", [P("Pieter van der Berg", "pieter.vanderberg@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S3]),
             "adds a session and states the result -> three sessions; particle 'van der'; Dr. O'Brien-Larsson who "
             "registered him is not in people"),

        mail("be039", "2027-03-22T10:48", ("Prof. Jonas Lindh", "jonas.lindh@du.se"),
             "Question about DalaLab participation",
             """Dear Ms Hassis,

My colleague Dr. Karin Vinter-Åslund and I lead a research project on strategic spatial planning at Högskolan
Dalarna. Is DalaLab open to researchers as observers, or is it reserved for municipal and regional staff? If it
is open, we would be interested in the November session.

Best regards,
Jonas Lindh
Professor of Human Geography, Dalarna University
""",
             X("question"),
             "English question with a conditional interest ('if it is open') -> no signup; title in the display "
             "name; the colleague Dr. Karin Vinter-Åslund is only mentioned"),

        tg("be040", "2027-03-24T20:05", "Annso Nord", "4471902258",
           """Hej! Jag är anmäld från Rättvik. Kan man önska vad som står på namnbrickan? Jag heter Ann-Sofie Nord men
alla kallar mig Annso, och förra gången jag var på en regionträff stod det "Anna Nord" 🙈""",
           X("question"),
           "question about name tags; nickname in the display name, full name and a wrong old form in the text; "
           "already registered, nothing to change yet"),

        mail("be041", "2027-03-26T13:30", ("Haddad Ali", "ali.haddad@mora.se"), "Radera mina uppgifter",
             """Hej,

Jag fick en kopia av er bekräftelse till planenheten eftersom jag står med i Sven Linds signatur. Jag är inte
anmäld till DalaLab och vill inte finnas i ert register – radera gärna alla uppgifter om mig enligt GDPR.

Ali Haddad
GIS-ingenjör, Mora kommun
""",
             X("erasure", [P("Ali Haddad", "ali.haddad@mora.se", "Mora kommun")]),
             "erasure for the sender; display name surname-first; Sven Lind is only mentioned"),

        tg("be042", "2027-03-29T18:45", "Pelle", "3307716649",
           """Hej, Per Nilsson (Pelle) från Gagnef. Britt Vinter anmälde mig men jag vill inte vara med längre, och ta
bort alla mina uppgifter tack.""",
           X("erasure", [P("Per Nilsson", None, "Gagnefs kommun")]),
           "erasure (which covers leaving) for the sender; display name only the nickname; Britt Vinter who "
           "registered him is not in people"),

        mail("be043", "2027-04-01T09:02", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse: anmälan till DalaLab",
             """Delivery has failed to these recipients or groups:

a-k.berg@hedemora.se
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to
resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
To: A-K Berg <a-k.berg@hedemora.se>
Subject: Bekräftelse: anmälan till DalaLab

Hej Ann-Kristin Berg! Du är anmäld till DalaLab: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
""",
             X("auto_reply"),
             "bounce of a confirmation to a mistyped address; returned text holds a name and all dates -> nothing "
             "to register"),

        mail("be044", "2027-04-05T07:15", ("af Klintberg Märta", "marta.afklintberg@lansstyrelsen.se"),
             "Frånvaro: DalaLab – påminnelse om sista anmälningsdag 14 april",
             """Hej!

Jag är föräldraledig från och med 1 april. Ärenden om översiktsplanering hänvisas till Henrik Vinter,
henrik.vinter@lansstyrelsen.se, 010-225 03 10.

I'm on parental leave from 1 April. Please contact Henrik Vinter.

Märta af Klintberg
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "out-of-office ('Frånvaro:') naming a stand-in with his address -> nobody to register"),

        tg("be045", "2027-04-08T03:12", "Dr. James Whitmore", "7914402281",
           """Greetings, I am Dr. James Whitmore, attorney to the late Mr. Erik Lind-Mora who died without heir. You
share his surname, so I need your full name and bank details to release EUR 4,500,000 to you. Reply urgently.""",
           X("unknown"),
           "inheritance scam via Telegram with a titled sender and a Swedish-sounding name -> unknown"),
    ]
