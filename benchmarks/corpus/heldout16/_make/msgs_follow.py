from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# Batch 17, writer "follow": people who write again (changes, swaps, cancellations, diet/address updates,
# hand-overs, "what am I booked on", thanks) and late first-time signups close to the deadline.

REMINDER = """Hej!

Påminnelse: sista dag att anmäla sig till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna:
1. 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på detta mejl.

Hälsningar
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def confirmation(first, dates):
    lines = "\n".join(f"- {d}" for d in dates)
    return f"""Hej {first}!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

{lines}

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna"""


D1 = "3 maj 2027, kl. 10.00–15.00, Falun"
D2 = "21 september 2027"
D3 = "29 november 2027"
D4 = "22 februari 2028"


def messages():
    return [
        # ---------------------------------------------------------------- late signups near the deadline
        mail("g091", "2027-04-07T08:12", ("Lindqvist Maja", "maja.lindqvist@avesta.se"), "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             f"""Hej Linnea,

Tack för påminnelsen, det hade nästan gått mig förbi. Jag vill gärna anmäla mig till de två första träffarna, alltså 3 maj och 21 september. Resten får vi se på i höst när budgeten för nästa år är klar.

Vänliga hälsningar

Maja Lindqvist
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
Tel: 0226-64 50 00
www.avesta.se

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 6 april 2027 15:02
Till: Lindqvist Maja <maja.lindqvist@avesta.se>
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

{REMINDER}""",
             X("register", [P("Maja Lindqvist", "maja.lindqvist@avesta.se", "Avesta kommun")], [S1, S2]),
             "Outlook reply to the reminder (quoted, all four dates and the deadline); '3 maj och 21 september'; surname-first display name"),

        tg("g092", "2027-04-09T21:47", "Karin Myrberg", 6011872390,
           "hej! hinner man fortfarande anmäla sig? isåfall vill jag vara med på alla fyra. jobbar på hedemora kommun som planarkitekt",
           X("register", [P("Karin Myrberg", None, "Hedemora kommun")], ALL),
           "late telegram signup that also asks if it is in time -> register; 'alla fyra'"),

        mail("g101", "2027-04-09T13:26", ("Sven-Erik Holm", "sven-erik.holm@smedjebacken.se"), "Anmälan DalaLab Smedjebacken",
             """Hej!

Vi är lite sent ute men vill anmäla tre personer från Smedjebackens kommun till hela DalaLab-serien:

Sven-Erik Holm (jag själv)
Lena Åhs
Patrik Ström

Adresserna är fornamn.efternamn@smedjebacken.se (utan prickar över bokstäverna).

Tack på förhand!

Sven-Erik Holm
Plan- och byggchef
Smedjebackens kommun
Box 301, 777 28 Smedjebacken
0240-66 00 00""",
             X("register", [P("Sven-Erik Holm", "sven-erik.holm@smedjebacken.se", "Smedjebackens kommun"),
                            P("Lena Åhs", "lena.ahs@smedjebacken.se", "Smedjebackens kommun"),
                            P("Patrik Ström", "patrik.strom@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "three from one municipality incl. the sender; addresses only as a pattern (written out without å/ö); 'hela serien' = all four; box and postcode"),

        mail("g102", "2027-04-08T16:40", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"), "Late registration?",
             """Hi Linnea,

I just heard about DalaLab from a colleague in the transport planning unit. Is it too late to register? If not, I would like to join the sessions on 21 Sept and 29 Nov. I'm not able to attend in May unfortunately.

Best regards,
Daniel Okafor
Analyst, Regional development
Region Dalarna""",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English late signup with a question; '21 Sept and 29 Nov'; 'in May' is said as not attending"),

        mail("g104", "2027-04-05T10:03", ("Ann-Charlotte Berg", "ann-charlotte.berg@gagnef.se"), "Ang. Saras plats i DalaLab",
             """Hej igen Linnea!

Som jag skrev i förra veckan har Sara Lindmark tyvärr slutat hos oss. Nu har vi hittat någon som kan gå istället: vår nya planarkitekt Jesper Mård börjar 1 april och vill gärna vara med på alla fyra träffarna. Hans adress är jesper.mard@gagnef.se.

Tack!
Ann-Charlotte

--
Ann-Charlotte Berg
Enhetschef plan och bygg
Gagnefs kommun""",
             X("register", [P("Jesper Mård", "jesper.mard@gagnef.se", "Gagnefs kommun")], ALL),
             "newcomer takes the place of a colleague who cancelled in an earlier mail -> register of the newcomer only; sender not in people; '1 april' is a start date"),

        tg("g111", "2027-04-04T18:20", "Fatima Ali", 5277310948,
           "hej anmäler mig till höstens båda träffar 🙂 /fatima, borlänge kommun",
           X("register", [P("Fatima Ali", None, "Borlänge kommun")], [S2, S3]),
           "lower-case telegram; 'höstens båda träffar' = 21 Sep + 29 Nov; name from sender"),

        mail("g112", "2027-03-31T11:55", ("Jonas Wester", "jonas.wester@rattvik.se"), "anmälan",
             """Hej,

Jag vill anmäla mig till DalaLab den 3 maj och den 29:e november. Jag är glutenintolerant.

/Jonas Wester, Rättviks kommun

Skickat från Outlook för iOS""",
             X("register", [P("Jonas Wester", "jonas.wester@rattvik.se", "Rättviks kommun", diet="glutenintolerant")], [S1, S3],
               diet="glutenintolerant"),
             "short phone mail; '29:e november'; diet 'glutenintolerant'"),

        mail("g113", "2027-04-06T14:11", ("Hanna Björk", "hanna.bjork@vansbro.se"), "Anmälan till DalaLab – Vansbro kommun",
             """<html><body><p style="font-family:Calibri">Hej!</p>
<p style="font-family:Calibri">Härmed anmäler jag mig och min kollega till DalaLab (samtliga tillfällen):</p>
<table border="1" cellpadding="4">
<tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Hanna Björk</td><td>hanna.bjork@vansbro.se</td><td>-</td></tr>
<tr><td>Kalle Nordin</td><td>kalle.nordin@vansbro.se</td><td>laktosfri</td></tr>
</table>
<p style="font-family:Calibri">Med vänlig hälsning<br>Hanna Björk<br>Samhällsplanerare<br>Vansbro kommun<br>0281-750 00</p>
</body></html>""",
             X("register", [P("Hanna Björk", "hanna.bjork@vansbro.se", "Vansbro kommun"),
                            P("Kalle Nordin", "kalle.nordin@vansbro.se", "Vansbro kommun", diet="laktosfri")], ALL,
               diet="laktosfri"),
             "HTML-only mail with a table (name, address, diet); 'samtliga tillfällen' = all four; diet belongs to the colleague",
             html=True),

        mail("g115", "2027-04-01T09:30", ("Marie Lundh", "marie.lundh@lansstyrelsen.se"), "DalaLab – anmälan",
             """Hej Linnea!

Jag vill anmäla mig till DalaLab. Tyvärr krockar första träffen med en tillsynsvecka, så jag tar alla utom den.

Hälsningar
Marie Lundh
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna""",
             X("register", [P("Marie Lundh", "marie.lundh@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3, S4]),
             "'alla utom den [första]' = three sessions; Länsstyrelsen signature and GDPR footer"),

        mail("g118", "2027-04-10T07:58", ("Gustav Reinholdsson", "gustav@reinholdsson-plan.se"), "Anmälan DalaLab (för Gagnefs kommun)",
             """God morgon,

Jag är konsult och arbetar just nu med Gagnefs kommuns nya översiktsplan. Enligt överenskommelse med Ann-Charlotte Berg tar jag en av Gagnefs kommuns platser i DalaLab. Jag anmäler mig till träffarna 21/9 och 22/2.

Med vänlig hälsning
Gustav Reinholdsson
Reinholdsson Plan AB
Org.nr 559123-4567
070-312 45 67""",
             X("register", [P("Gustav Reinholdsson", "gustav@reinholdsson-plan.se", "Gagnefs kommun")], [S2, S4]),
             "consultant who says he takes one of Gagnef's places -> that municipality; '21/9 och 22/2'; org.nr and phone"),

        mail("g122", "2027-04-08T15:34", ("Elin Karlsson", "elin.karlsson@falun.se"), "Sen anmälan från Falu kommun",
             """Hej Linnea!

Förlåt att vi är så sent ute, vi har haft omorganisation. Från Falu kommun vill vi anmäla:

- Elin Karlsson, elin.karlsson@falun.se
- Kim Andersson, kim.andersson@falun.se (vegetarian)

Vi vill gå på alla träffarna.

Vänliga hälsningar
Elin Karlsson
Strategisk samhällsplanerare
Stadsbyggnadsförvaltningen, Falu kommun
Slaggatan 1, 791 83 Falun""",
             X("register", [P("Elin Karlsson", "elin.karlsson@falun.se", "Falu kommun"),
                            P("Kim Andersson", "kim.andersson@falun.se", "Falu kommun", diet="vegetarian")], ALL,
               diet="vegetarian"),
             "sender and colleague as a bullet list with addresses; diet in parentheses for the colleague; 'alla träffarna'"),

        mail("g123", "2027-04-03T22:14", ("Nils Persson", "nils.persson@alvdalen.se"), "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             f"""Hej, jag anmäler mig till första träffen 3/5. Övriga återkommer jag om.
Nils Persson, Älvdalens kommun

Skickat från min iPhone

> 6 apr. 2027 kl. 15:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:
>
{quoted(REMINDER)}""",
             X("register", [P("Nils Persson", "nils.persson@alvdalen.se", "Älvdalens kommun")], [S1]),
             "iPhone reply above the quoted reminder (all dates); 'första träffen 3/5'; the rest deferred"),

        tg("g126", "2027-04-02T12:09", "Micke", 4410293385,
           "Hej! Vill anmäla mig till 21 september och 29 november. Mikael Strand, Ludvika kommun, mikael.strand@ludvika.se",
           X("register", [P("Mikael Strand", "mikael.strand@ludvika.se", "Ludvika kommun")], [S2, S3]),
           "telegram nickname 'Micke' as sender; full name, organisation and address in the text"),

        mail("g127", "2027-04-07T19:02", ("Linda Eriksson", "linda.eriksson@malung-salen.se"), "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             f"""Hej!

Oj, nära att glömma. Jag och Per-Olof Bäck (per-olof.back@malung-salen.se) vill vara med på hela serien.

Mvh
Linda Eriksson
Malung-Sälens kommun

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 6 april 2027 15:02
Till: Eriksson Linda <linda.eriksson@malung-salen.se>
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

{REMINDER}""",
             X("register", [P("Linda Eriksson", "linda.eriksson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Per-Olof Bäck", "per-olof.back@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "reply to the reminder: sender + colleague with address; 'hela serien' = all four; quoted reminder holds all dates"),

        mail("g130", "2027-04-06T10:45", ("Sofie Granlund", "sofie.granlund@regiondalarna.se"), "Anmälan",
             """Hej Linnea,

Anmäler mig härmed till DalaLab, tillfällena 3 maj samt 22 feb 2028. Jag äter vegetariskt och behöver laktosfritt.

/Sofie
Sofie Granlund
Utvecklingsstrateg, Regional utveckling
Region Dalarna""",
             X("register", [P("Sofie Granlund", "sofie.granlund@regiondalarna.se", "Region Dalarna", diet="vegetarisk, laktosfri")],
               [S1, S4], diet="vegetarisk, laktosfri"),
             "colleague within Region Dalarna; '3 maj samt 22 feb 2028'; two diet needs written as verbs"),

        mail("g133", "2027-04-09T09:17", ("Ulrika Mattsson", "ulrika.mattsson@orsa.se"), "DalaLab",
             """Hej!

Jag skulle vilja anmäla mig till träffarna i maj och september. Hoppas det inte är för sent.

Med vänlig hälsning
Ulrika Mattsson
Bygg- och miljökontoret
Orsa kommun
Tel 0250-55 21 00""",
             X("register", [P("Ulrika Mattsson", "ulrika.mattsson@orsa.se", "Orsa kommun")], [S1, S2]),
             "sessions by month only ('i maj och september'); phone number"),

        mail("g134", "2027-04-08T11:21", ("Fredrik Holmberg", "fredrik.holmberg@leksand.se"), "Reserv till DalaLab",
             """Hej Linnea,

Vi är redan tre anmälda från Leksand (jag, Sofia Hedlund och Anton Back), men vår nya kollega Nils Berg är också intresserad. Kan du sätta upp honom som reserv om någon plats blir ledig? Han kan gå på alla träffarna. nils.berg@leksand.se

Tack!
Fredrik Holmberg
Leksands kommun""",
             X("register", [P("Nils Berg", "nils.berg@leksand.se", "Leksands kommun")], ALL),
             "a fourth Leksand person asked for as a reserve -> register of him only; the three already registered are not in people"),

        # ---------------------------------------------------------------- changes
        mail("g093", "2027-02-15T09:41", ("Annika Sjödin", "annika.sjodin@borlange.se"), "SV: Bekräftelse: anmälan till DalaLab",
             f"""Hej!

Tack för bekräftelsen. Det har blivit lite fel dock – jag ska vara med på 3 maj och 29 november, inte 21 september. Kan ni rätta det?

Hälsningar
Annika Sjödin
Borlänge kommun

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 14 februari 2027 10:20
Till: Sjödin Annika <annika.sjodin@borlange.se>
Ämne: Bekräftelse: anmälan till DalaLab

{confirmation("Annika", [D1, D2])}""",
             X("change", [P("Annika Sjödin", "annika.sjodin@borlange.se", "Borlänge kommun")], [S1, S3]),
             "correction of a confirmation: she states her sessions after the change (3 May + 29 Nov); the quoted confirmation lists 3 May + 21 Sep"),

        mail("g095", "2027-03-12T13:05", ("Eva Rask", "eva.rask@mora.se"), "Ny deltagare från Mora i DalaLab",
             """Hej Linnea,

Jag slutar min tjänst på Mora kommun i slutet av mars och kan därför inte delta i DalaLab. Min efterträdare Lars Dahlberg (lars.dahlberg@mora.se) tar över min plats och går på alla träffar.

Tack för ett bra samarbete!

Eva Rask
Planeringschef, Mora kommun""",
             X("change", [P("Eva Rask", "eva.rask@mora.se", "Mora kommun"),
                          P("Lars Dahlberg", "lars.dahlberg@mora.se", "Mora kommun")], ALL),
             "substitution: the sender leaves, her successor takes all sessions -> change with both"),

        mail("g098", "2027-01-19T16:22", ("Tove Hedberg", "tove.hedberg@sater.se"), "SV: Bekräftelse: anmälan till DalaLab",
             f"""Hej,
glömde skriva i min anmälan att jag är laktosintolerant. Bra om ni kan notera det till fikat och lunchen.
/Tove

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 18 januari 2027 09:05
Till: Hedberg Tove <tove.hedberg@sater.se>
Ämne: Bekräftelse: anmälan till DalaLab

{confirmation("Tove", [D1, D2, D3, D4])}""",
             X("change", [P("Tove Hedberg", "tove.hedberg@sater.se", "Säters kommun", diet="laktosintolerant")], [],
               diet="laktosintolerant"),
             "diet update as a reply to the confirmation; she states no sessions (only the quoted confirmation does) -> change, []"),

        mail("g099", "2027-02-22T08:30", ("Johanna Falk", "johanna.falk@hedemora.se"), "Ändrad e-postadress",
             """Hej!

När jag anmälde mig till DalaLab i december skickade jag från min privata adress (johannafalk83@gmail.com). Använd gärna den här jobbadressen istället framöver.

Tack!
Johanna Falk
Planarkitekt
Hedemora kommun""",
             X("change", [P("Johanna Falk", "johanna.falk@hedemora.se", "Hedemora kommun")], []),
             "address update from the work address; the old gmail address is not another person; no sessions stated"),

        tg("g100", "2027-03-02T07:44", "Kalle Brodin", 3390217745,
           "hej! jag är anmäld till 3 maj, kan ni lägga till 22 februari också? /kalle, orsa",
           X("change", [P("Kalle Brodin", None, "Orsa kommun")], [S1, S4]),
           "adds a session to an existing signup -> change with both (states what he already has)"),

        mail("g105", "2027-03-19T10:50", ("Mohammed Yusuf", "mohammed.yusuf@ludvika.se"), "Byte av träff",
             """Hej Linnea!

Skulle det gå att byta 21/9 mot 29/11? Vi har en plansamrådsvecka i september som jag inte kan flytta.

Tack på förhand
Mohammed Yusuf
Ludvika kommun
Samhällsbyggnadsförvaltningen""",
             X("change", [P("Mohammed Yusuf", "mohammed.yusuf@ludvika.se", "Ludvika kommun")], [S3]),
             "bare swap 'byta 21/9 mot 29/11' -> the new session only"),

        mail("g106", "2027-03-25T14:28", ("Birgitta Norling", "birgitta.norling@leksand.se"), "SV: Bekräftelse: anmälan till DalaLab",
             f"""Hej igen,

Nu har det krånglat till sig: jag kan inte den 3 maj längre, men vill gärna gå den 22 februari istället. 21 september står kvar.

Mvh Birgitta Norling
Leksands kommun

-----Ursprungligt meddelande-----
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 10 januari 2027 11:31
Till: Norling Birgitta <birgitta.norling@leksand.se>
Ämne: Bekräftelse: anmälan till DalaLab

{confirmation("Birgitta", [D1, D2])}""",
             X("change", [P("Birgitta Norling", "birgitta.norling@leksand.se", "Leksands kommun")], [S2, S4]),
             "drops 3 May, adds 22 Feb, keeps 21 Sep -> change with the sessions after the change"),

        tg("g116", "2027-03-29T15:12", "Ida Sahlin", 6730019922,
           "Hej, jag kan inte komma 21/9. Kan min kollega Jonas Persson gå istället? Vi jobbar båda på Säters kommun",
           X("change", [P("Ida Sahlin", None, "Säters kommun"), P("Jonas Persson", None, "Säters kommun")], [S2]),
           "telegram substitution for one session; people = sender (leaving) and colleague (substitute)"),

        mail("g117", "2027-03-08T11:03", ("Petter Ljung", "petter.ljung@avesta.se"), "DalaLab – kollega tar två träffar",
             """Hej!

Jag är anmäld till alla fyra träffarna, men i höst går jag på föräldraledighet. Min kollega Linda Hamrin (linda.hamrin@avesta.se) tar därför de två sista träffarna, 29/11 och 22/2. Jag går på 3 maj och 21 sept som planerat.

Hälsningar
Petter Ljung
Avesta kommun""",
             X("change", [P("Petter Ljung", "petter.ljung@avesta.se", "Avesta kommun"),
                          P("Linda Hamrin", "linda.hamrin@avesta.se", "Avesta kommun")], [S3, S4]),
             "partial hand-over: colleague takes the last two -> change with both people, the substitute's sessions"),

        mail("g121", "2026-12-14T20:31", ("Rebecka Olin", "rebecka.olin@gmail.com"), "Re: Bekräftelse: anmälan till DalaLab",
             f"""Tack för bekräftelsen! En sak glömde jag: jag är vegan.

Rebecka (Vansbro kommun)

Den mån 14 dec. 2026 kl 10:02 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:
{quoted(confirmation("Rebecka", [D1, D3]))}""",
             X("change", [P("Rebecka Olin", "rebecka.olin@gmail.com", "Vansbro kommun", diet="vegan")], [], diet="vegan"),
             "Gmail reply to confirmation: thanks + new diet; private address, organisation from the text; sessions only in the quote -> []"),

        mail("g125", "2027-03-03T09:12", ("Oscar Lindholm", "oscar.lindholm@mora.se"), "Nytt jobb – ändra mina uppgifter",
             """Hej Linnea!

Jag är anmäld till DalaLab från Orsa kommun (oscar.lindholm@orsa.se), men från och med mars jobbar jag på Mora kommun istället. Jag vill gärna vara kvar i DalaLab, så kan ni uppdatera organisation och mejladress till den här?

(Vi är bara två från Mora så det borde inte krocka med kvoten.)

Hälsningar
Oscar Lindholm
Översiktsplanerare, Mora kommun""",
             X("change", [P("Oscar Lindholm", "oscar.lindholm@mora.se", "Mora kommun")], []),
             "organisation and address change after a job move: new address and Mora kommun; the old Orsa address is not another person; no sessions stated"),

        # ---------------------------------------------------------------- cancellations
        mail("g094", "2027-03-16T12:18", ("Anton Back", "anton.back@leksand.se"), "SV: Bekräftelse: anmälan till DalaLab",
             f"""Hej,

Jag måste tyvärr stryka mig från träffen den 29 november – vi har kommunfullmäktige då. Övriga gäller som förut.

Anton

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 4 februari 2027 14:47
Till: Back Anton <anton.back@leksand.se>
Ämne: Bekräftelse: anmälan till DalaLab

{confirmation("Anton", [D1, D2, D3, D4])}""",
             X("cancel", [P("Anton Back", "anton.back@leksand.se", "Leksands kommun")], [S3]),
             "partial withdrawal ('stryka mig från 29 november', the rest stands) -> cancel that session; quoted confirmation lists all four"),

        mail("g103", "2027-03-22T08:05", ("Margareta Wik", "margareta.wik@falun.se"), "Avanmälan Anders Grön 3 maj",
             """Hej Linnea,

Anders Grön är sjukskriven och kommer inte att kunna delta på träffen den 3 maj. Han hör av sig själv om de senare träffarna när han är tillbaka.

Vänliga hälsningar
Margareta Wik
Avdelningschef Stadsbyggnad
Falu kommun""",
             X("cancel", [P("Anders Grön", None, "Falu kommun")], [S1]),
             "manager cancels one session for a colleague on sick leave; sender not in people; later sessions untouched"),

        mail("g107", "2027-02-26T17:44", ("Sara Lindmark", "sara.lindmark@gagnef.se"), "Avanmälan",
             """Hej!

Jag har fått ett nytt jobb i Uppsala och slutar i Gagnef i mars, så jag behöver avanmäla mig från DalaLab. Tack för att jag fick vara med i planeringen!

Sara Lindmark""",
             X("cancel", [P("Sara Lindmark", "sara.lindmark@gagnef.se", "Gagnefs kommun")], ALL),
             "full cancellation, no session named -> all four; organisation from the domain"),

        mail("g124", "2027-03-30T10:02", ("Ruth Campbell", "ruth.campbell@regiondalarna.se"), "Re: Bekräftelse: anmälan till DalaLab",
             f"""Hi,

I'm afraid I have to cancel my registration for September 21 – I'll be at a conference in Copenhagen that week. The other dates still work for me.

Kind regards,
Ruth Campbell
Region Dalarna

On 2 Feb 2027, at 09:10, DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se> wrote:
{quoted(confirmation("Ruth", [D1, D2, D3, D4]))}""",
             X("cancel", [P("Ruth Campbell", "ruth.campbell@regiondalarna.se", "Region Dalarna")], [S2]),
             "English partial cancellation of one session in reply to the confirmation"),

        mail("g129", "2027-04-07T13:40", ("Gustaf Hellström", "gustaf.hellstrom@hedemora.se"), "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             f"""Hej Linnea,

Tack för påminnelsen. Tyvärr måste både jag och Anna Lind (anna.lind@hedemora.se) avanmäla oss – vi har inte resurser att delta i år med den nya ÖP:n på gång.

Hälsningar
Gustaf Hellström
Hedemora kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 6 april 2027 15:02
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

{REMINDER}""",
             X("cancel", [P("Gustaf Hellström", "gustaf.hellstrom@hedemora.se", "Hedemora kommun"),
                          P("Anna Lind", "anna.lind@hedemora.se", "Hedemora kommun")], ALL),
             "two people cancel everything as a reply to the reminder; quoted reminder lists all dates"),

        tg("g131", "2027-03-14T20:55", "Eva Stål", 5901128834,
           "hej, måste tyvärr stryka mig från 3 maj, krockar med KF. 21/9 och framåt går bra! /eva, smedjebacken",
           X("cancel", [P("Eva Stål", None, "Smedjebackens kommun")], [S1]),
           "telegram partial cancellation; '21/9 och framåt' stays booked"),

        # ---------------------------------------------------------------- questions
        mail("g096", "2027-03-10T14:02", ("Camilla Rydén", "camilla.ryden@rattvik.se"), "Vilka träffar är jag anmäld till?",
             """Hej!

Jag anmälde mig till DalaLab i december men hittar inte bekräftelsen. Kan du kolla vilka träffar jag står på? Jag tror att det var maj och november men är inte säker.

Tack!
Camilla Rydén
Rättviks kommun""",
             X("question", [], []),
             "asks what she is booked on; the months she guesses are not a signup"),

        mail("g114", "2027-01-27T11:15", ("Per Hagström", "per.hagstrom@vansbro.se"), "Fråga om DalaLab",
             """Hej Linnea,

Jag är anmäld till alla fyra träffarna. Kommer det att finnas möjlighet att delta digitalt vid någon av dem? Det är ganska långt från Vansbro till Falun en tisdag i februari.

Mvh
Per Hagström""",
             X("question", [], []),
             "question from someone already registered (mentions all four and February) -> question, no sessions"),

        tg("g120", "2027-04-01T08:33", "Lotta Grön", 7120083314,
           "hej! vilka datum är jag anmäld på? och får man ta med sig en praktikant som lyssnare?",
           X("question", [], []),
           "telegram: what am I booked on + a question about bringing an intern"),

        mail("g128", "2027-04-05T15:50", ("Jenny Sundberg", "jenny.sundberg@borlange.se"), "Kvot per kommun?",
             """Hej,

Vi är redan tre anmälda från Borlänge men ytterligare en kollega är intresserad. Är taket på tre personer per kommun och träff, eller totalt för hela DalaLab? Om det är per träff kanske vi kan turas om.

Hälsningar
Jenny Sundberg
Borlänge kommun""",
             X("question", [], []),
             "question about the quota; colleague unnamed and not signed up"),

        # ---------------------------------------------------------------- erasure
        mail("g119", "2027-03-28T21:09", ("Sara Lindmark", "sara.lindmark.privat@outlook.com"), "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab i februari (från min gamla jobbadress på Gagnefs kommun). Jag vill nu att ni raderar alla uppgifter ni har sparat om mig.

Sara Lindmark""",
             X("erasure", [P("Sara Lindmark", "sara.lindmark.privat@outlook.com", "Gagnefs kommun")], [], unsure=["organisation"]),
             "erasure after an earlier cancellation, from a private address; former employer named (she has left it)"),

        # ---------------------------------------------------------------- automatic mail
        mail("g108", "2027-04-06T15:03", ("Tobias Malm", "tobias.malm@orsa.se"), "Automatiskt svar: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej!

Jag är på semester till och med 18 april och läser inte min e-post. Vid brådskande ärenden, kontakta kommunens växel 0250-55 21 00.

Tobias Malm
Orsa kommun""",
             X("auto_reply", [], []),
             "Outlook out-of-office to the reminder; '18 april' and phone digits"),

        mail("g109", "2027-03-22T08:06", (None, "registrator@falun.se"), "Ditt ärende har tagits emot",
             """Detta är ett automatiskt meddelande. Svara inte på detta mejl.

Tack för ditt meddelande till Falu kommun. Vi har tagit emot det och det kommer att registreras och fördelas till rätt handläggare.

Ärendenummer: KS 2027/00412
Mottaget: 2027-03-22 08:05

Falu kommun, 791 83 Falun, 023-830 00""",
             X("auto_reply", [], []),
             "municipal registry receipt (automatic), case number and dates"),

        mail("g132", "2027-02-14T10:21", ("Michael Brandt", "michael.brandt@borlange.se"), "Automatic reply: Bekräftelse: anmälan till DalaLab",
             """Thank you for your email. I am out of office until Monday 22 February with limited access to email. For urgent matters please contact plan@borlange.se.

Tack för ditt mejl. Jag är ledig till och med måndag 22 februari.

Michael Brandt""",
             X("auto_reply", [], []),
             "bilingual out-of-office to a confirmation; '22 februari' (2027, a return date) is not a session"),

        # ---------------------------------------------------------------- other
        tg("g097", "2027-02-16T12:40", "Annika Sjödin", 5560917723,
           "tack för snabb hjälp med ändringen! 🙏",
           X("unknown", [], []),
           "plain thanks after a change, nothing to do"),

        mail("g110", "2027-03-09T06:30", ("Konferens Dalarna", "info@konferensdalarna-bokning.se"), "Boka era planeringsdagar hos oss – 20 % rabatt i maj",
             """Hej!

Planerar ni workshop eller kickoff i vår? Konferens Dalarna erbjuder lokaler i Falun, Leksand och Rättvik med 20 % rabatt på bokningar 3–31 maj.

Boka senast 14 april och få fri fika hela dagen!

Avregistrera dig här: https://konferensdalarna-bokning.se/unsubscribe?id=88123""",
             X("unknown", [], []),
             "commercial mailing with '3–31 maj' and 'senast 14 april' -> unknown"),

        mail("g135", "2027-01-11T02:17", ("Dalarna Fakturaservice", "noreply@faktura-dalarna-portal.com"), "Obetald faktura 2027-0011 – DalaLab",
             """Hej,

Er faktura avseende deltagande i DalaLab (4 tillfällen) på 12 400 kr förfaller idag. Betala omgående via länken nedan för att inte förlora er plats:

https://faktura-dalarna-portal.com/pay?ref=2027-0011

Med vänlig hälsning
Fakturaservice""",
             X("unknown", [], []),
             "phishing that names DalaLab and '4 tillfällen' -> unknown"),
    ]
