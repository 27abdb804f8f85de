"""Writer "mentioned" (bg046–bg090): messages that name more people than the request is about, and people easy to miss.

Colleagues already registered, a manager who approved or is on copy, a car-pool driver, someone who will register
herself, a person who has left, the organiser and a Boverket speaker, a colleague who "kanske" comes later, the
signature of a co-writer in a quoted or forwarded mail, names in out-of-office replies; and the converse: participants
in a bullet list or an HTML table, "o kalle persson också", "Anna Berg (anna.berg@mora.se) följer med", a coordinator
sending names from two municipalities, a manager forwarding a colleague's own request. Only the people the request is
about are labelled.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bg046", "2026-12-02T08:47", ("Maria Grönlund", "maria.gronlund@leksand.se"),
             "Re: Inbjudan till DalaLab", """Hej Linnea,

Tack för inbjudan! Jag vill gärna anmäla mig till DalaLab. Min kollega Per Ahlin anmälde sig redan förra veckan, så det är bara jag som behöver läggas till nu. Vår chef Annelie Sjöberg har godkänt att vi går båda två.

Inga specialkostbehov.

Vänliga hälsningar
Maria Grönlund
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 301, 793 27 Leksand
Tel 0247-800 00
Semester 21/12–6/1
""",
             X("register", [P("Maria Grönlund", "maria.gronlund@leksand.se", "Leksands kommun")], ALL),
             "self-signup, no dates -> all four; Per Ahlin already registered and manager Annelie Sjöberg only approved -> not in people; leave dates in signature"),

        mail("bg047", "2026-12-04T13:15", ("Bergman Håkan", "hakan.bergman@hedemora.se"),
             "Anmälan DalaLab – två från Hedemora", """Hej!

Jag har godkänt att två av mina medarbetare deltar i DalaLab: Lina Ström (lina.strom@hedemora.se) och Oskar Hellgren (oskar.hellgren@hedemora.se). De går på träffarna 3 maj och 21 september.

Själv har jag tyvärr inte möjlighet att delta, men jag följer arbetet via dem.

Med vänlig hälsning
Håkan Bergman
Samhällsbyggnadschef, Hedemora kommun
Tfn 0225-340 00 | Mobil 070-312 45 67
""",
             X("register", [P("Lina Ström", "lina.strom@hedemora.se", "Hedemora kommun"),
                            P("Oskar Hellgren", "oskar.hellgren@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "manager who approved registers two staff and says he will not attend -> sender not in people; '3 maj och 21 september'"),

        tg("bg048", "2026-12-06T19:40", "Agnes Wik", "6032187745",
           """hej! anmäler mig till dalalab, alla fyra träffarna. jobbar på orsa kommun. samåker med kjell från bygglov som kör, men han anmäler sig själv tror jag""",
           X("register", [P("Agnes Wik", None, "Orsa kommun")], ALL),
           "sender registers herself for all four; car-pool driver Kjell 'anmäler sig själv' -> not in people"),

        mail("bg049", "2026-12-08T10:02", ("Jessica Norlin", "jessica.norlin@borlange.se"),
             "Anmälan från Borlänge kommun", """Hej Linnea,

Härmed anmäler jag följande tre från Borlänge kommun till samtliga träffar i DalaLab:

- Anders Frid, anders.frid@borlange.se – glutenfri
- Leyla Demir, leyla.demir@borlange.se – vegetarisk
- Kristoffer Ahl, kristoffer.ahl@borlange.se

Själv kan jag tyvärr inte vara med den här gången, jag är bara kontaktperson för vår del. Hör av dig till mig om något är oklart.

Hälsningar
Jessica Norlin
Planeringsstrateg
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00
""",
             X("register", [P("Anders Frid", "anders.frid@borlange.se", "Borlänge kommun", diet="glutenfri"),
                            P("Leyla Demir", "leyla.demir@borlange.se", "Borlänge kommun", diet="vegetarisk"),
                            P("Kristoffer Ahl", "kristoffer.ahl@borlange.se", "Borlänge kommun")],
               ALL, diet="glutenfri, vegetarisk"),
             "bullet list of three with addresses and per-person diets; sender is only the contact person -> not in people; 'samtliga träffar' = all four"),

        mail("bg050", "2026-12-10T15:30", ("Tobias Ek", "tobias.ek@mora.se"),
             "Anmälan till första träffen", """Hej!

Jag vill anmäla mig till den första träffen i Falun i maj. Anna Berg (anna.berg@mora.se) följer med.

Mvh Tobias

--
Tobias Ek
Mora kommun, Stadsbyggnad
Fridhemsgatan 1, 792 80 Mora
""",
             X("register", [P("Tobias Ek", "tobias.ek@mora.se", "Mora kommun"),
                            P("Anna Berg", "anna.berg@mora.se", "Mora kommun")], [S1]),
             "Anna Berg appears only in 'X (address) följer med' -> she is registered too, for the same session; 'första träffen' = 3 May"),

        tg("bg051", "2026-12-12T21:05", "Kim Larsson", "5501928374",
           """tja! anmäl mig till dalalab 21/9 o 29/11. o kalle persson också, samma datum. vi e båda på vansbro kommun""",
           X("register", [P("Kim Larsson", None, "Vansbro kommun"), P("Kalle Persson", None, "Vansbro kommun")],
             [S2, S3]),
           "'o kalle persson också' adds a second person (lower case in text); '21/9 o 29/11' for both"),

        mail("bg052", "2027-01-07T09:20", ("Lovisa Hermansson", "lovisa.hermansson@gagnef.se"),
             "VB: DalaLab?", """Hej Linnea,

Jag anmäler mig härmed till DalaLab, alla träffarna. Se nedan – Rickard tipsade om det men han har inte möjlighet själv.

/Lovisa Hermansson, planarkitekt, Gagnefs kommun

-----Ursprungligt meddelande-----
Från: Rickard Sund <rickard.sund@gagnef.se>
Skickat: den 5 januari 2027 14:12
Till: Lovisa Hermansson <lovisa.hermansson@gagnef.se>
Ämne: DalaLab?

Hej Lovisa,

Region Dalarna kör ett lärprojekt om planeringsstrategier, fyra träffar med start 3 maj. Jag hinner inte i år men det borde passa dig med ÖP-arbetet. Anmälan till linnea.hassis@regiondalarna.se senast 14 april.

Rickard Sund
Enhetschef Plan
Gagnefs kommun
Tel 0241-150 00
Mobil 073-811 22 09
""",
             X("register", [P("Lovisa Hermansson", "lovisa.hermansson@gagnef.se", "Gagnefs kommun")], ALL),
             "forwarded internal mail: Rickard Sund's full signature (name, address, phones) is in the quoted part and he says he cannot go -> not in people; '3 maj' only in quoted text; 'alla träffarna' = all four"),

        mail("bg053", "2027-01-11T11:40", ("Olof Kvist", "olof.kvist@lansstyrelsen.se"),
             "Anmälan DalaLab – Länsstyrelsen", """Hej Linnea!

Trevligt att ses på regionala planeringsdagen i Borlänge. Som du sa där är det okej att vi från Länsstyrelsen också deltar, så jag anmäler mig till alla fyra träffarna. Ser särskilt fram emot Boverkets medverkan första dagen – är det fortfarande Kajsa Lind som ska prata?

Jag äter vegetariskt.

Mvh
Olof Kvist
Samhällsplanerare, enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Olof Kvist", "olof.kvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL,
               diet="vegetarisk"),
             "self-signup from Länsstyrelsen; organiser (Linnea) and the Boverket speaker Kajsa Lind are mentioned but not participants; side question does not change intent; 'äter vegetariskt' -> vegetarisk"),

        mail("bg054", "2027-01-13T14:05", ("Helena Rydberg", "helena.rydberg@regiondalarna.se"),
             "Samlad anmälan Gagnef och Säter", """Hej Linnea,

Jag har pratat med kommunerna i södra länet och fått in följande anmälningar, som jag skickar samlat:

Gagnefs kommun
   Mikael Stenberg, mikael.stenberg@gagnef.se
   Ylva Nordin, ylva.nordin@gagnef.se
Säters kommun
   Jenny Karlsson, jenny.karlsson@sater.se

Alla tre vill gå på samtliga träffar. Jag själv sitter ju i projektgruppen och behöver inte anmälas.

Hälsningar
Helena Rydberg
Regional utvecklare, Samhällsplanering
Region Dalarna
Myntgatan 2, 791 51 Falun
""",
             X("register", [P("Mikael Stenberg", "mikael.stenberg@gagnef.se", "Gagnefs kommun"),
                            P("Ylva Nordin", "ylva.nordin@gagnef.se", "Gagnefs kommun"),
                            P("Jenny Karlsson", "jenny.karlsson@sater.se", "Säters kommun")], ALL),
             "regional coordinator sends names from two municipalities under headings; each person's organisation from the heading/domain, not the sender's Region Dalarna; sender explicitly not registered"),

        tg("bg055", "2027-01-16T17:22", "Ylva Nordin", "7012345698",
           """hej. vi är tre från gagnef som ska gå, lovisa, mikael och jag. har ni fått in allas anmälan? helena på regionen skickade in för mig och mikael""",
           X("question", [], [], unsure=("intent",)),
           "asks whether registrations arrived; names four people (three participants and the coordinator) but requests nothing new -> question, no people"),

        mail("bg056", "2027-01-19T08:55", ("Camilla Öhman", "camilla.ohman@ludvika.se"),
             "Avanmälan Stefan Berg", """Hej,

Stefan Berg, som anmäldes till DalaLab i december, har slutat hos oss och kommer alltså inte att delta. Stryk honom från listan.

Hans efterträdare Moa Jansson börjar först i juni och får anmäla sig själv till höstträffarna om hon vill.

Tack!
Camilla Öhman
Enhetschef Strategisk planering
Ludvika kommun
Tel 0240-860 00
""",
             X("cancel", [P("Stefan Berg", None, "Ludvika kommun")], ALL),
             "manager cancels a person who left; no session named -> all four; successor Moa Jansson will register herself later -> not in people; 'höstträffarna' is about Moa, not the cancellation"),

        mail("bg057", "2027-02-01T13:12", ("Lars-Göran Hed", "lars-goran.hed@smedjebacken.se"),
             "Byte deltagare DalaLab", """Hej Linnea!

Karin Öst har gått vidare till en tjänst i Västerås och kan därför inte gå på DalaLab. I stället går Petter Lund (petter.lund@smedjebacken.se) på samma träffar som Karin var anmäld till, alltså 3 maj, 21 september och 29 november.

Karin är informerad.

Mvh
Lars-Göran Hed
Smedjebackens kommun
""",
             X("change", [P("Karin Öst", None, "Smedjebackens kommun"),
                          P("Petter Lund", "petter.lund@smedjebacken.se", "Smedjebackens kommun")], [S1, S2, S3]),
             "substitution: person who left out, Petter in; people = both; sessions = what the substitute takes; sender not in people"),

        mail("bg058", "2027-02-03T10:30", ("Josefin Palm", "josefin.palm@lansstyrelsen.se"),
             "Anmälan DalaLab hösten", """Hej!

Jag vill anmäla mig till höstens två träffar i DalaLab. Min chef Henrik Ljung har jag satt på kopia så att han vet om det.

Bodil Stark, som var med i regionens planeringsnätverk förra året, kommer kanske också – men hon hör i så fall av sig själv.

Hälsningar, Josefin Palm
Länsstyrelsen Dalarna | Samhällsbyggnadsenheten | 010-225 00 00
Obs: ledig 15–19 februari
""",
             X("register", [P("Josefin Palm", "josefin.palm@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "manager on copy and a colleague who 'kanske' comes and will write herself -> neither in people; 'höstens två träffar' = 21 Sep + 29 Nov; leave dates are not sessions"),

        tg("bg059", "2027-02-05T12:10", "Sven Åhlin", "6677889901",
           """Hej! Jag och Lena Holm från Rättvik vill anmäla oss till träffen 3 maj. Vi samåker med Peter från Leksand som kör, han har redan anmält sig 🚗""",
           X("register", [P("Sven Åhlin", None, "Rättviks kommun"), P("Lena Holm", None, "Rättviks kommun")], [S1]),
           "sender + Lena; car-pool driver Peter (Leksand) already registered -> not in people, and Leksand is not their organisation"),

        mail("bg060", "2027-02-08T09:01", ("Petra Sahlin", "petra.sahlin@mora.se"),
             "Frånvaromeddelande: Bekräftelse DalaLab", """Tack för ditt mejl.

Jag är föräldraledig till och med 31 augusti 2027. Min kollega Maria Ek (maria.ek@mora.se, 0250-261 40) tar över mina ärenden och går också i mitt ställe på DalaLab.

Vid brådskande frågor om detaljplaner, ring kommunens växel 0250-260 00.

Petra Sahlin
Mora kommun
""",
             X("auto_reply", [], [], unsure=("intent",)),
             "out-of-office reply to a confirmation; it names a substitute for DalaLab, but automatic mail is never a request -> auto_reply, no people (a human might follow up on Maria Ek)"),

        mail("bg061", "2027-02-10T16:44", ("Gustav Rehn", "gustav.rehn@sater.se"),
             "Radera mina uppgifter", """Hej,

Jag slutar på Säters kommun i slutet av månaden och vill att ni raderar mina personuppgifter ur ert register för DalaLab.

Min kollega Fredrik Wass ska däremot vara kvar som deltagare, så honom ska ni inte ta bort.

/Gustav Rehn
""",
             X("erasure", [P("Gustav Rehn", "gustav.rehn@sater.se", "Säters kommun")], []),
             "erasure for the sender only; colleague Fredrik Wass explicitly stays -> not in people"),

        mail("bg062", "2027-02-12T10:18", ("Hannah Moore", "hannah.moore@falun.se"),
             "DalaLab registration", """Hi Linnea,

I'd like to register myself and my colleague Ravi Mehta (ravi.mehta@falun.se) for DalaLab. Our manager, Eva Sjödin, has approved it. We can only make the first session in May and the last one in February 2028.

Best regards,
Hannah Moore
Urban planner | Falu kommun
+46 23 83 000
""",
             X("register", [P("Hannah Moore", "hannah.moore@falun.se", "Falu kommun"),
                            P("Ravi Mehta", "ravi.mehta@falun.se", "Falu kommun")], [S1, S4]),
             "English; self + colleague; approving manager Eva Sjödin not in people; 'first session in May and the last one in February 2028' = 3 May + 22 Feb"),

        tg("bg063", "2027-02-14T20:33", "Eskil Dahl", "5918273640",
           """hej, eskil från älvdalens kommun här. kan tyvärr inte komma 29/11, har semester då. de andra träffarna går bra. agnes kör ändå upp från älvdalen och har plats i bilen om nån behöver skjuts""",
           X("cancel", [P("Eskil Dahl", None, "Älvdalens kommun")], [S3]),
           "partial cancellation of 29/11 for the sender; Agnes (the driver) is context only; organisation from 'älvdalens kommun' in the text"),

        mail("bg064", "2027-02-16T09:45", ("Therese Back", "therese.back@malung-salen.se"),
             "Anmälan DalaLab – Malung-Sälen", """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>H&auml;r kommer v&aring;r anm&auml;lan till DalaLab. Vi &auml;r tre som vill delta p&aring; alla fyra tr&auml;ffar:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Therese Back (jag)</td><td>therese.back@malung-salen.se</td><td>&ndash;</td></tr>
<tr><td>Jonas Hedin</td><td>jonas.hedin@malung-salen.se</td><td>laktosfri</td></tr>
<tr><td>Sara Nygren</td><td>sara.nygren@malung-salen.se</td><td>&ndash;</td></tr>
</table>
<p>Ansvarig chef: &Aring;sa Grahn, samh&auml;llsbyggnadschef (godk&auml;nt 2027-02-15)</p>
<p>Med v&auml;nliga h&auml;lsningar<br>Therese Back<br>Planarkitekt<br>Malung-S&auml;lens kommun<br>0280-181 00</p>
</body></html>
""",
             X("register", [P("Therese Back", "therese.back@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jonas Hedin", "jonas.hedin@malung-salen.se", "Malung-Sälens kommun", diet="laktosfri"),
                            P("Sara Nygren", "sara.nygren@malung-salen.se", "Malung-Sälens kommun")],
               ALL, diet="laktosfri"),
             "HTML-only mail with a table of three, the sender in the first row ('(jag)'); the approving manager below the table and her approval date are not participants/sessions", html=True),

        mail("bg065", "2027-02-18T13:50", ("Ingela Mård", "ingela.mard@alvdalen.se"),
             "Fråga om fler deltagare", """Hej Linnea,

Vi är redan tre anmälda från Älvdalen (Agnes Nord, Eskil Dahl och jag). Nu har vi fått en ny planarkitekt, Alva Persson, som gärna skulle vilja följa med. Går det att vara fyra om hon bara sitter med som åhörare, eller finns det en väntelista?

Hälsningar
Ingela Mård
Älvdalens kommun
""",
             X("question", [], [], unsure=("intent",)),
             "question about the quota; names three registered people and a prospective fourth, but asks rather than registers -> no people"),

        mail("bg066", "2027-02-19T08:20", ("Göran Wiklander", "goran.wiklander@smedjebacken.se"),
             "Anmälan Cecilia Rask", """Hej!

Jag vill anmäla min kollega Cecilia Rask, cecilia.rask@smedjebacken.se. Själv är jag anmäld sedan tidigare.

Hon ska gå på samma träffar som jag, dvs 3 maj och 22 feb.

Mvh
Göran Wiklander
Översiktsplanerare
Smedjebackens kommun
Tel 0240-660 00
""",
             X("register", [P("Cecilia Rask", "cecilia.rask@smedjebacken.se", "Smedjebackens kommun")], [S1, S4]),
             "already-registered sender adds a colleague only; 'samma träffar som jag, dvs 3 maj och 22 feb' -> Cecilia's sessions; '22 feb' = 2028 session"),

        tg("bg067", "2027-02-21T18:12", "Malin Öberg", "6203948571",
           """Hej! Malin här från Vansbro kommun. Anmäler mig till alla träffar. Chefen (Bosse) sa ok 😊""",
           X("register", [P("Malin Öberg", None, "Vansbro kommun")], ALL),
           "self-signup; approving manager 'Bosse' not in people"),

        mail("bg068", "2027-02-23T11:05", ("Per Ahlin", "per.ahlin@leksand.se"),
             "Specialkost – Jonas Ek", """Hej Linnea,

En komplettering: Jonas Ek från Leksand, som är anmäld till alla fyra träffarna, är vegan. Kan du lägga in det?

Själv har jag inga särskilda önskemål om maten, och Maria Grönlund har redan meddelat sina.

Tack på förhand,
Per Ahlin
Leksands kommun
""",
             X("change", [P("Jonas Ek", None, "Leksands kommun", diet="vegan")], ALL, diet="vegan"),
             "diet update for an already registered colleague -> change for Jonas only; sender and Maria Grönlund are context; sessions stated (all four)"),

        mail("bg069", "2027-02-25T14:40", ("Fredrik Brandt", "fredrik.brandt@falun.se"),
             "VB: Kan du anmäla mig till DalaLab?", """Hej Linnea,

Lisa vill gå på de två höstträffarna enligt nedan. Själv anmälde jag mig redan i januari.

/Fredrik

Från: Lisa Wennberg <lisa.wennberg@falun.se>
Skickat: den 24 februari 2027 16:02
Till: Fredrik Brandt <fredrik.brandt@falun.se>
Ämne: Kan du anmäla mig till DalaLab?

Hej! Kan du anmäla mig när du ändå har kontakt med regionen? Jag kan bara på hösten, 21 september och 29 november. Våren är full med samråd.

Lisa Wennberg
Planarkitekt, Falu kommun
023-83 000
""",
             X("register", [P("Lisa Wennberg", "lisa.wennberg@falun.se", "Falu kommun")], [S2, S3]),
             "forwarded request: the person registered and her sessions are only in the forwarded part; sender already registered -> not in people"),

        mail("bg070", "2027-03-01T10:10", ("Mikaela Hjort", "mikaela.hjort@orsa.se"),
             "DalaLab 3 maj", """Hej,

Jag såg att Boverket medverkar första dagen – är det Anders Lövgren som föreläser? Han var väldigt bra på ÖP-dagarna i fjol. Anmäl mig i alla fall till första träffen, den 3 maj.

Mikaela Hjort
Orsa kommun
Dalagatan 1, 794 21 Orsa
""",
             X("register", [P("Mikaela Hjort", "mikaela.hjort@orsa.se", "Orsa kommun")], [S1]),
             "signup with a question about the speaker; the speaker's name is not a participant"),

        tg("bg071", "2027-03-03T07:58", "Elias Lindström", "5120498763",
           """Anmäler följande från Ludvika kommun:
- jag
- Elsa Lind
- Ove Backman
alla datum 👍""",
           X("register", [P("Elias Lindström", None, "Ludvika kommun"), P("Elsa Lind", None, "Ludvika kommun"),
                          P("Ove Backman", None, "Ludvika kommun")], ALL),
           "bullet list in chat with '- jag' for the sender (name from Telegram display name); 'alla datum' = all four"),

        mail("bg072", "2027-03-05T15:25", ("Lina Ström", "lina.strom@hedemora.se"),
             "Avanmälan 21 september", """Hej,

Både jag och Oskar Hellgren måste tyvärr avanmäla oss från träffen den 21 september, vi har en utställning då. Vi kommer fortfarande den 3 maj.

Håkan Bergman, som anmälde oss, vet om det.

Hälsningar
Lina Ström
Hedemora kommun
""",
             X("cancel", [P("Lina Ström", "lina.strom@hedemora.se", "Hedemora kommun"),
                          P("Oskar Hellgren", None, "Hedemora kommun")], [S2]),
             "partial cancellation for sender and colleague; the manager who registered them is context; 3 May is kept, not cancelled"),

        mail("bg073", "2027-03-08T09:30", ("Birgitta Sund", "birgitta.sund@avesta.se"),
             "Anmälan DalaLab – Per Nordin", """Hej!

På uppdrag av samhällsbyggnadschef Per Nordin anmäler jag honom till DalaLab, träffarna 3/5 och 21/9. Hans e-post är per.nordin@avesta.se.

Vänliga hälsningar
Birgitta Sund
Administratör, Samhällsbyggnadsförvaltningen
Avesta kommun
0226-645 00
""",
             X("register", [P("Per Nordin", "per.nordin@avesta.se", "Avesta kommun")], [S1, S2]),
             "assistant registers her manager; sender not in people; '3/5 och 21/9'"),

        mail("bg074", "2027-03-09T13:00", ("Anneli Rask", "anneli.rask@regiondalarna.se"),
             "Anmälan", """<html><body>
<div>Hej Linnea!</div>
<div>&nbsp;</div>
<div>Som vi pratade om i fikarummet &ndash; jag anmäler mig till DalaLab, alla fyra gångerna. Olof Kvist på Länsstyrelsen hade också tänkt komma, men han har redan anmält sig själv har jag förstått.</div>
<div>&nbsp;</div>
<div>/Anneli</div>
<div>--<br>Anneli Rask<br>Utvecklingsstrateg<br>Region Dalarna<br>Box 712, 791 29 Falun</div>
</body></html>
""",
             X("register", [P("Anneli Rask", "anneli.rask@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only; regional colleague of the organiser registers herself; Olof Kvist (Lst) already registered -> not in people", html=True),

        tg("bg075", "2027-03-11T19:47", "Tove Engström", "7402918365",
           """hej! tove från säter. jag och emma hult är anmälda till 21/9 båda två, men emma vill gå på alla fyra istället. jag står kvar på bara 21/9""",
           X("change", [P("Emma Hult", None, "Säters kommun")], ALL),
           "change for the colleague only (Emma: 21/9 -> all four); sender's own registration unchanged -> not in people; sessions after change = all four"),

        mail("bg076", "2027-03-12T06:30", ("Magnus Höglund", "magnus.hoglund@falun.se"),
             "Automatiskt svar: Påminnelse DalaLab", """Hej,

Jag är på tjänsteresa 8–12 mars och läser inte e-post. För planärenden, kontakta Tove Granberg, tove.granberg@falun.se, 023-83 000.

Magnus Höglund
Falu kommun
""",
             X("auto_reply", [], []),
             "Outlook auto-reply to the reminder; the named contact person and address are not people"),

        mail("bg077", "2027-03-15T10:55", ("Kajsa Lind", "kajsa.lind@boverket.se"),
             "Presentation till 3 maj", """Hej Linnea!

Bifogar ett första utkast till min presentation för första träffen i Falun. Jesper Holm från vår enhet kommer också och håller i workshopdelen efter lunch.

Vi kommer med tåget som är framme 09.12, så vi hinner till fikat. Hör av dig om tiderna ändras.

Hälsningar
Kajsa Lind
Boverket
Box 534, 371 23 Karlskrona
""",
             X("unknown", [], [], unsure=("intent",)),
             "mail from the Boverket speaker to the organiser about her talk; she and colleague Jesper Holm are speakers, not participants -> unknown, no people or sessions"),

        mail("bg078", "2027-03-17T12:12", ("Robin Sjödin", "robin.sjodin@mora.se"),
             "DalaLab – två till från Mora", """Hej,

Vi blir två till från Mora kommun: jag och Anton Björk (anton.bjork@mora.se). Vår tredje, Ida Sandberg, är redan anmäld.

Vi går på alla träffar utom den första.

Mvh Robin Sjödin
Mora kommun
""",
             X("register", [P("Robin Sjödin", "robin.sjodin@mora.se", "Mora kommun"),
                            P("Anton Björk", "anton.bjork@mora.se", "Mora kommun")], [S2, S3, S4]),
             "sender + Anton; Ida already registered -> not in people; 'alla utom den första' = the last three"),

        tg("bg079", "2027-03-19T21:30", "Fatima Yusuf", "6839201754",
           """Hej! Jag heter Fatima Yusuf och jobbar på Mora kommun. Min kollega Jens Åberg sa att jag skulle skriva här. Vill anmäla mig till 22 feb""",
           X("register", [P("Fatima Yusuf", None, "Mora kommun")], [S4]),
           "colleague who pointed her here is context; '22 feb' without year = 2028 session"),

        mail("bg080", "2027-03-22T08:40", ("Emelie Dahlgren", "emelie.dahlgren@rattvik.se"),
             "Anmälan från Rättvik och Leksand", """Hej Linnea,

Hanna Lo på Leksands kommun och jag jobbar ihop med en gemensam fördjupning av översiktsplanen för Siljansområdet. Vi vill båda anmäla oss till 3 maj och 29 november. Hanna (hanna.lo@leksand.se) står på kopia.

Hälsningar
Emelie Dahlgren
Rättviks kommun
Storgatan 2, 795 80 Rättvik
""",
             X("register", [P("Emelie Dahlgren", "emelie.dahlgren@rattvik.se", "Rättviks kommun"),
                            P("Hanna Lo", "hanna.lo@leksand.se", "Leksands kommun")], [S1, S3]),
             "two organisations in one mail: sender from Rättvik, the person 'på kopia' from Leksand is also registered ('vi vill båda')"),

        tg("bg081", "2027-03-24T17:05", "Ronja Sten", "5602847193",
           """Hej Linnea! Ronja här. Kan inte komma på nån av träffarna, har fått ny tjänst i Gävle och slutar på Vansbro kommun i april. Jonatan tar över mitt jobb men han får höra av sig själv""",
           X("cancel", [P("Ronja Sten", None, "Vansbro kommun")], ALL),
           "full cancellation for the sender; successor Jonatan will write himself -> not in people"),

        tg("bg082", "2027-03-26T12:00", "Ravi Mehta", "7120394857",
           """hi! can you check who is registered from Falun? I think Hannah, Lisa and me. are we full then? a colleague asked""",
           X("question", [], []),
           "English question about the quota naming registered colleagues -> no people"),

        mail("bg083", "2027-03-02T15:10", ("Gunnar Frisk", "gunnar.frisk@hedemora.se"),
             "VB: DalaLab", """Hej Linnea, anmäl Sofie enligt nedan.
/Gunnar

---------- Vidarebefordrat meddelande ---------
Från: Sofie Lindh <sofie.lindh@hedemora.se>
Datum: tis 2 mars 2027 kl 11:04
Ämne: DalaLab
Till: Gunnar Frisk <gunnar.frisk@hedemora.se>

Hej Gunnar! Jag skulle gärna gå på DalaLab, i alla fall 3 maj och 29 november – de andra två krockar med samrådet. Kan du anmäla mig?

/Sofie

Sofie Lindh
Planarkitekt
Hedemora kommun
0225-342 17
""",
             X("register", [P("Sofie Lindh", "sofie.lindh@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "manager forwards a colleague's own request; name, address and sessions only in the forwarded part; sender not in people; 'de andra två' not registered"),

        tg("bg084", "2027-03-29T09:15", "Noah Fischer", "6048392715",
           """Hi, please sign me up for all sessions. My colleague Liam already registered by email last week. I'm at Ludvika kommun""",
           X("register", [P("Noah Fischer", None, "Ludvika kommun")], ALL),
           "English; colleague already registered -> not in people"),

        mail("bg085", "2027-03-31T14:20", ("Jessica Norlin", "jessica.norlin@borlange.se"),
             "Radera uppgifter – Lena Sandin", """Hej,

Lena Sandin har slutat hos oss på Borlänge kommun. Hon bad mig innan hon gick att se till att ni raderar alla hennes personuppgifter kopplade till DalaLab, hon har inte längre tillgång till sin jobbmejl.

Våra övriga anmälda (Anders, Leyla och Kristoffer) är kvar som vanligt.

Hälsningar
Jessica Norlin
Borlänge kommun
""",
             X("erasure", [P("Lena Sandin", None, "Borlänge kommun")], [], unsure=("intent", "people")),
             "erasure on behalf of a person who left; other registered colleagues are context; a human may want Lena's own confirmation"),

        mail("bg086", "2027-04-01T10:45", ("Sanna Rapp", "sanna.rapp@avesta.se"),
             "DalaLab anmälan", """Hej!

Jag jobbar i Avesta kommuns planteam. I teamet ingår också Lars Mäki, Maria Sund och Kim Laine, men det är bara jag och Kim som ska gå på DalaLab. Vi vill anmäla oss till 3/5 och 29/11.

Kim har e-post kim.laine@avesta.se.

Vänliga hälsningar
Sanna Rapp
Planarkitekt, Avesta kommun
0226-645 00
""",
             X("register", [P("Sanna Rapp", "sanna.rapp@avesta.se", "Avesta kommun"),
                            P("Kim Laine", "kim.laine@avesta.se", "Avesta kommun")], [S1, S3]),
             "team of four named, only the sender and Kim attend; Kim's address in a separate sentence"),

        tg("bg087", "2027-04-05T20:10", "Jonas Hedin", "5920384716",
           """Hej, Jonas Hedin från Malung-Sälen. Kan du ändra min anmälan: istället för alla fyra blir det bara 3 maj och 22 feb. Hugo Ståhl tar kanske över höstträffarna, han återkommer i så fall.""",
           X("change", [P("Jonas Hedin", None, "Malung-Sälens kommun")], [S1, S4], unsure=("change-or-cancel",)),
           "change to the sender's sessions; sessions after the change = 3 May + 22 Feb; 'kanske' colleague Hugo is not registered; could also be read as cancelling 21/9 and 29/11"),

        mail("bg088", "2027-04-07T07:03", ("Maja Ros", "maja.ros@borlange.se"),
             "Automatiskt svar: Anmälan DalaLab", """Jag har slutat på Borlänge kommun. E-post till den här adressen läses inte längre.

Kontakta i stället Jessica Norlin, jessica.norlin@borlange.se, eller växeln 0243-740 00.
""",
             X("auto_reply", [], []),
             "automatic reply from a person who left; the named replacement is not a request"),

        mail("bg089", "2027-01-25T11:00", ("Ingela Mård", "ingela.mard@alvdalen.se"),
             "Anmälan DalaLab – Älvdalens kommun", """Hej Linnea!

Anmäl oss tre från Älvdalen: mig, Agnes Nord och Eskil Dahl. Vi går på alla träffar utom den 21 september. Agnes är vegetarian.

Vår chef Birgitta Mattsson har godkänt och står på kopia.

Hälsningar
Ingela Mård
Samhällsplanerare
Älvdalens kommun
Dalgatan 78, 796 30 Älvdalen
Tel 0251-315 00
""",
             X("register", [P("Ingela Mård", "ingela.mard@alvdalen.se", "Älvdalens kommun"),
                            P("Agnes Nord", None, "Älvdalens kommun", diet="vegetarian"),
                            P("Eskil Dahl", None, "Älvdalens kommun")], [S1, S3, S4], diet="vegetarian"),
             "sender + two colleagues ('mig, X och Y'); approving manager on copy not in people; 'alla utom 21 september' = three sessions; diet for Agnes only"),

        tg("bg090", "2027-04-09T16:30", "Agnes Wik", "6032187745",
           """hej, kan ni lägga till tilda ek (tilda.ek@orsa.se) på alla träffar? jag är redan anmäld sen i december /agnes, orsa""",
           X("register", [P("Tilda Ek", "tilda.ek@orsa.se", "Orsa kommun")], ALL),
           "already-registered sender adds a colleague only; address written in the text is kept; name capitalised from lower case"),
    ]
