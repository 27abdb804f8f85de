"""Batch 46, theme "inbox": one registration inbox over the winter, in order.

The invitation goes out on 1 December 2026; the first signups come as replies above the quoted invitation
(Outlook headers, "> " quoting, Gmail "skrev:" lines, forwarded chains), colleagues are added later ("jag
glömde ..."), questions come in on venue, cost, distance attendance, parking and food, the machines answer
(out-of-office, a bounce, a read receipt, a delivery report), a newsletter, spam, phishing and a list post
land in the same box, and in spring come changes, cancellations, erasure requests and late signups just
before the deadline (14 April 2027).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

TO = "linnea.hassis@regiondalarna.se"

# The invitation as it is quoted in replies, in a few forms.
INV_OUTLOOK = """
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:30
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för
hållbarhet och utvecklingskraft. Vi träffas fyra gånger:

  • Måndag 3 maj 2027, kl. 10–15 i Falun (fika från 09.30). Hållbar utveckling i ett rumsligt perspektiv
    och planeringsstrategins roll för en stärkt översiktsplanering. Boverket medverkar.
  • Tisdag 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
    jobba med det?
  • Måndag 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
  • Tisdag 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
    tillgänglighet.

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på detta mejl senast
den 14 april 2027 och ange eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna
"""

INV_GT = """
> Hej!
>
> Välkommen till DalaLab, Region Dalarnas lärprojekt om planeringsstrategier och strategisk
> översiktsplanering. Vi ses vid fyra tillfällen:
>
> 1. 3 maj 2027 i Falun, 10.00-15.00 (fika från 9.30)
> 2. 21 september 2027
> 3. 29 november 2027
> 4. 22 februari 2028
>
> Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
>
> Hälsningar
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- December: the first replies
        mail(
            "av001", "2026-12-01T09:12", ("Karin Öhman", "karin.ohman@falun.se"),
            "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Hej Linnea,

Vad roligt, jag hänger gärna med på hela serien! Jag äter vegetariskt.

Hälsningar
Karin Öhman
Översiktsplanerare
Falu kommun, Samhällsbyggnadsförvaltningen
Tel 023-83 000 (vxl), mobil 070-312 45 88

""" + INV_OUTLOOK,
            X("register", [P("Karin Öhman", "karin.ohman@falun.se", "Falu kommun", diet="vegetariskt")], ALL,
              diet="vegetariskt"),
            "first reply above a quoted Outlook invitation listing all four dates; no dates of her own → all",
        ),
        mail(
            "av002", "2026-12-01T10:47", ("Johan Lindqvist", "johan.lindqvist@borlange.se"),
            "Re: Välkommen till DalaLab",
            """Hej!

Vi anmäler oss härmed, jag och Sara Nyberg från stadsbyggnadsavdelningen. Vi kan tyvärr bara den 3/5 och
21.9, resten krockar med budgetarbetet.

/Johan

Johan Lindqvist | Planeringschef | Borlänge kommun
0243-740 00

Den tis 1 dec. 2026 kl 08:31 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:""" + INV_GT,
            X("register", [P("Johan Lindqvist", "johan.lindqvist@borlange.se", "Borlänge kommun"),
                           P("Sara Nyberg", None, "Borlänge kommun")], [S1, S2]),
            "two people, dates as 3/5 and 21.9, quoted invitation with all four dates below",
        ),
        tg(
            "av003", "2026-12-01T13:05", "Anders Berglund", 482913756,
            "Hej! Anders Berglund på Mora kommun här, anmäler mig till DalaLab. Alla fyra. Laktosfri kost tack",
            X("register", [P("Anders Berglund", None, "Mora kommun", diet="laktosfri")], ALL, diet="laktosfri"),
            "short Telegram signup, 'alla fyra', diet at the end, no address",
        ),
        mail(
            "av004", "2026-12-01T14:02", ("Per Sundin", "per.sundin@hedemora.se"),
            "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Tack för ditt mejl. Jag är tjänstledig till och med den 8 december och läser inte e-post under
tiden. Ärenden som rör bygglov hänvisas till bygglov@hedemora.se, övriga ärenden till kommunens växel
0225-340 00.

Thank you for your e-mail. I am on leave until 8 December.

Per Sundin""",
            X("auto_reply", [], []),
            "out-of-office answering the invitation; a return date that is no session",
        ),
        mail(
            "av005", "2026-12-02T14:20", ("Maria Eklund-Svärd", "maria.eklund-svard@regiondalarna.se"),
            "SV: Inbjudan DalaLab",
            """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag vill gärna vara med på två av träffarna: den första i maj (Boverket!) och den om
<i>önskvärda framtider och osäkerheter</i>. De andra två har jag tyvärr redan andra åtaganden.</p>
<p>Ha det gott,<br>Maria</p>
<p style="color:#7f7f7f;font-size:9pt">Maria Eklund-Svärd<br>Strateg, Regional utveckling<br>
Region Dalarna | Box 712, 791 29 Falun<br>010-225 00 00</p>
</div>
<hr>
<div style="font-size:10pt"><b>Från:</b> Linnea Hassis<br><b>Skickat:</b> den 1 december 2026 08:30<br>
<b>Ämne:</b> Inbjudan DalaLab</div>
<p>Vi träffas 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028.
Sista anmälningsdag 14 april.</p>
</body></html>""",
            X("register", [P("Maria Eklund-Svärd", "maria.eklund-svard@regiondalarna.se", "Region Dalarna")],
              [S1, S3]),
            "HTML reply, hyphenated name; one session by month, one by its theme title",
            html=True,
        ),
        mail(
            "av006", "2026-12-02T15:58", ("Lisa Hammarström", "lisa.hammarstrom@rattvik.se"),
            "Fråga om DalaLab",
            """Hej,

Innan jag anmäler mig och en kollega undrar jag två saker: kostar det något att delta, och går det att
vara med digitalt om man inte kan resa till Falun? Vi har en bit att åka.

Mvh
Lisa Hammarström
Rättviks kommun""",
            X("question", [], []),
            "question on cost and distance attendance; mentions a future signup but registers nobody",
        ),
        mail(
            "av007", "2026-12-03T08:05", ("Berg Ulf", "ulf.berg@leksand.se"),
            "SV: DalaLab",
            """Hej Linnea

Jag vill anmäla mig samt min kollega Åsa Dahl (asa.dahl@leksand.se) till samtliga tillfällen i DalaLab.
Åsa är glutenintolerant, jag äter allt.

Med vänlig hälsning

Berg, Ulf
Planarkitekt
Leksands kommun
Tfn 0247-800 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis
Skickat: den 1 december 2026 08:30
Ämne: Inbjudan DalaLab

Vi ses den 3 maj, 21 september och 29 november 2027 samt den 22 februari 2028.
""",
            X("register", [P("Ulf Berg", "ulf.berg@leksand.se", "Leksands kommun"),
                           P("Åsa Dahl", "asa.dahl@leksand.se", "Leksands kommun", diet="glutenintolerant")],
              ALL, diet="glutenintolerant"),
            "iso-8859-1, 'Berg, Ulf' signature, colleague with her own address and diet, 'samtliga tillfällen'",
            charset="iso-8859-1",
        ),
        tg(
            "av008", "2026-12-03T19:42", "Emil Sjö", 731045298,
            "hej, finns det parkering vid lokalen i falun eller är det bättre att ta tåget?",
            X("question", [], []),
            "Telegram question about parking, lower case",
        ),
        mail(
            "av009", "2026-12-04T07:51", ("Johan Lindqvist", "johan.lindqvist@borlange.se"),
            "Re: Re: Välkommen till DalaLab",
            """Hej igen,

jag glömde Peter Holm! Han vill också vara med, men bara på höstens två träffar. Han har ingen
specialkost. Sara och jag gäller som förut.

/Johan""",
            X("register", [P("Peter Holm", None, "Borlänge kommun")], [S2, S3]),
            "forgotten colleague added a few days later; 'höstens två träffar'; earlier signups stand",
        ),
        mail(
            "av010", "2026-12-04T11:33", ("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se"),
            "DalaLab sign-up",
            """Hi Linnea,

Thanks for the invitation, a colleague forwarded it to me. I'm a planning officer at the County
Administrative Board and would like to join DalaLab. I'm not certain about the February 2028 meeting
yet, but please put me down for all four sessions for now and I'll let you know if anything changes.

I'm vegan, if that matters for lunch.

Best regards,
Hannah Whitfield
Länsstyrelsen Dalarna""",
            X("register", [P("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                             diet="vegan")], ALL, diet="vegan"),
            "English signup for all four despite a doubt about one date",
        ),
        mail(
            "av011", "2026-12-07T06:00", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
            "Nyhetsbrev december: ÖP-modellen, nya vägledningar och våra vårkurser",
            """Planeringsforum – nyhetsbrev nr 12/2026

I detta nummer:
* Så långt har kommunerna kommit med ÖP-modellen
* Ny vägledning om utvecklingsinriktning – seminarium 21 januari
* Vårens kurser: Strategisk översiktsplanering (start 3 mars), Hållbar mobilitet (start 12 april)

Anmäl dig på vår webbplats. Sista anmälningsdag för vårkurserna är 1 februari.

Du får detta utskick eftersom du prenumererar på Planeringsforums nyhetsbrev.
Avsluta prenumerationen: klicka här.""",
            X("unknown", [], []),
            "newsletter full of planning words, courses and dates: not for this service",
        ),
        mail(
            "av012", "2026-12-08T13:14", ("Mikael Holmgren", "mikael.holmgren@gagnef.se"),
            "Anmälan DalaLab",
            """Hej,

Anmäler mig till DalaLab, jag kan v. 18 och v. 38. Övriga veckor är jag bortrest i tjänsten.

Mikael Holmgren
Samhällsplanerare, Gagnefs kommun""",
            X("register", [P("Mikael Holmgren", "mikael.holmgren@gagnef.se", "Gagnefs kommun")], [S1, S2]),
            "sessions given only as week numbers (v. 18 = 3 May, v. 38 = 21 Sep)",
        ),
        mail(
            "av013", "2026-12-09T08:32", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
            "Olevererbart: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
            """Det gick inte att leverera meddelandet till följande mottagare:

    bengt.aronsson@vansbro.se
    550 5.1.1 <bengt.aronsson@vansbro.se>: Recipient address rejected: User unknown

Diagnostisk information för administratörer:
Genererande server: mx1.regiondalarna.se
Reporting-MTA: dns; mx1.regiondalarna.se
Final-Recipient: rfc822; bengt.aronsson@vansbro.se
Action: failed
Status: 5.1.1

----- Ursprungligt meddelande -----
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Vi träffas fyra gånger: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.
Anmäl dig senast 14 april 2027.""",
            X("auto_reply", [], []),
            "bounce of a resent invitation; a municipal address and all four dates inside",
        ),
        mail(
            "av014", "2026-12-10T10:02", ("Sofia Lindgren", "sofia.lindgren@avesta.se"),
            "Mat under träffarna?",
            """Hej!

Blir det lunch under träffarna eller ska man ta med sig? Och brukar det finnas vegetariskt alternativ?
Jag frågar för några kollegor som funderar på att anmäla sig.

Tack!
Sofia Lindgren, Avesta kommun""",
            X("question", [], []),
            "question about food that names a diet but registers no one",
        ),
        tg(
            "av015", "2026-12-14T12:17", "Fatima", 590274613,
            "Anmäl mig gärna: Fatima Al-Hassan, fatima.alhassan@avesta.se, Avesta kommun. Första och sista träffen",
            X("register", [P("Fatima Al-Hassan", "fatima.alhassan@avesta.se", "Avesta kommun")], [S1, S4]),
            "Telegram signup with address in the text; 'första och sista träffen'",
        ),
        mail(
            "av016", "2026-12-15T03:44", ("IT-support Region Dalarna", "no-reply@regiondalarna-support.com"),
            "Åtgärd krävs: din brevlåda är nästan full",
            """Hej linnea.hassis,

Din brevlåda har nått 98 % av sin kvot. Inkommande meddelanden kan komma att stoppas inom 24 timmar.
Verifiera ditt konto för att få mer lagringsutrymme:

https://regiondalarna-support.com/verify?user=linnea.hassis

IT-support
Region Dalarna""",
            X("unknown", [], []),
            "phishing dressed as the organiser's own IT department",
        ),
        mail(
            "av017", "2026-12-18T16:01", ("Anna-Karin Persson", "anna-karin.persson@smedjebacken.se"),
            "Frånvaromeddelande: Inbjudan DalaLab",
            """Hej!

Jag är ledig över jul och nyår och är tillbaka den 7 januari. Mejlen läses inte under ledigheten.
Brådskande planärenden: ring Smedjebackens kommuns kontaktcenter, 0240-66 00 00.

God jul!
Anna-Karin Persson""",
            X("auto_reply", [], []),
            "Christmas out-of-office that arrives days after the invitation was resent",
        ),
        # ---------------------------------------------------------------- January–February
        mail(
            "av018", "2027-01-08T21:37", ("", "jonas.eriksson@hedemora.se"),
            "dalalab",
            """hej! vill anmäla mig till dalalab. alla träffar utom den i februari 2028, då är jag
föräldraledig. mvh jonas

Skickat från min iPhone""",
            X("register", [P("Jonas Eriksson", "jonas.eriksson@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
            "phone mail in lower case, no display name; 'alla utom februari' leaves three",
        ),
        mail(
            "av019", "2027-01-11T09:26", ("Olle Mattsson", "olle.mattsson@malung-salen.se"),
            "Lokal?",
            """Hej Linnea,

Var i Falun är första träffen, vet ni adressen ännu? Och blir de senare träffarna också i Falun eller
flyttar de runt i länet? Från Sälen är det en bra bit.

Mvh Olle
Malung-Sälens kommun""",
            X("question", [], []),
            "venue question; 'första träffen' named but nobody is registered",
        ),
        mail(
            "av020", "2027-01-13T14:52", ("Gunnar Wik", "gunnar.wik@orsa.se"),
            "VB: DalaLab?",
            """Hej Linnea,

vidarebefordrar nedan. Kan du anmäla Elin och mig till DalaLab? Hela programmet.

Gunnar Wik
Plan- och byggchef, Orsa kommun

-----Vidarebefordrat meddelande-----
Från: Elin Mattsson <elin.mattsson@orsa.se>
Skickat: den 13 januari 2027 11:08
Till: Gunnar Wik <gunnar.wik@orsa.se>
Ämne: DalaLab?

Hej Gunnar! Såg inbjudan från regionen om DalaLab. Det vore bra för ÖP-arbetet om vi var två
från Orsa. Kan du anmäla oss båda? Jag har inga matpreferenser.

/Elin""",
            X("register", [P("Gunnar Wik", "gunnar.wik@orsa.se", "Orsa kommun"),
                           P("Elin Mattsson", "elin.mattsson@orsa.se", "Orsa kommun")], ALL),
            "forwarded internal chain; the colleague's address is in the forwarded header",
        ),
        mail(
            "av021", "2027-01-15T10:40", ("Ingrid Norberg", "ingrid.norberg@regiondalarna.se"),
            "Rum till styrgruppen 4/2",
            """Hej Linnea!

Kan du boka ett rum för åtta personer till styrgruppsmötet den 4 februari, kl 13-15? Gärna med
skärm. Och beställ fika om du hinner.

Tack!
Ingrid""",
            X("unknown", [], []),
            "internal colleague mail to the same inbox, not about any signup",
        ),
        mail(
            "av022", "2027-01-19T14:02", ("Birgitta Lund", "birgitta.lund@sater.se"),
            "Anmälan till DalaLab från Säters kommun",
            """Hej,

På uppdrag av samhällsbyggnadschefen anmäler jag härmed Carl von Essen och Maja af Klinteberg till
DalaLab, samtliga fyra tillfällen. Båda äter vegetariskt.

Vänliga hälsningar
Birgitta Lund
Nämndsekreterare
Säters kommun | 0225-550 00""",
            X("register", [P("Carl von Essen", None, "Säters kommun", diet="vegetariskt"),
                           P("Maja af Klinteberg", None, "Säters kommun", diet="vegetariskt")],
              ALL, diet="vegetariskt"),
            "secretary registers two others (not herself); names with particles; shared diet",
        ),
        mail(
            "av023", "2027-01-22T08:15", ("Ulf Berg", "ulf.berg@leksand.se"),
            "Läst: Bekräftelse: din anmälan till DalaLab",
            """Ditt meddelande

  Till: Berg, Ulf
  Ämne: Bekräftelse: din anmälan till DalaLab
  Skickat: den 21 januari 2027 16:40

lästes den 22 januari 2027 08:15.""",
            X("auto_reply", [], []),
            "read receipt from a registered participant; subject says 'anmälan'",
        ),
        mail(
            "av024", "2027-01-27T02:18", ("Dave from GrowthRank", "dave@growthrank-seo.net"),
            "Quick question about regiondalarna.se",
            """Hi there,

I was checking regiondalarna.se and noticed you are missing out on a lot of organic traffic. We helped
over 300 public sector organisations reach page 1 on Google within 90 days.

Can I send you a free audit? Just reply "yes" and I'll get it over to you.

Cheers,
Dave""",
            X("unknown", [], []),
            "English SEO spam with a 'just reply' hook",
        ),
        mail(
            "av025", "2027-02-02T13:30", ("Lars-Erik Sohlberg", "lars-erik.sohlberg@alvdalen.se"),
            "DalaLab på distans?",
            """Hej!

Jag bor och jobbar i Idre och funderar på DalaLab. Går det att delta via Teams, åtminstone på
träffarna i september och november? Det blir annars närmare sju timmar tur och retur.

Hälsningar
Lars-Erik Sohlberg
Översiktsplanerare, Älvdalens kommun
070-554 12 09""",
            X("question", [], []),
            "question about distance attendance that names two sessions; not a signup",
        ),
        mail(
            "av026", "2027-02-05T09:48", ("Henrik Dahlgren", "henrik.dahlgren@ludvika.se"),
            "Ta bort mig",
            """Hej,

Jag har fått era utskick om DalaLab men jobbar inte längre med planering. Jag vill inte finnas med i
era listor. Radera gärna mina kontaktuppgifter.

Henrik Dahlgren""",
            X("erasure", [P("Henrik Dahlgren", "henrik.dahlgren@ludvika.se", "Ludvika kommun")], []),
            "erasure request from someone who only received the invitation",
        ),
        mail(
            "av027", "2027-02-09T07:00", ("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se"),
            "Automatic reply: DalaLab – practical information",
            """I am out of the office until Monday 15 February with limited access to e-mail.
For urgent matters, please contact registrator.dalarna@lansstyrelsen.se.

Jag är tillbaka måndag 15 februari.

Hannah Whitfield""",
            X("auto_reply", [], []),
            "English/Swedish out-of-office from a registered participant",
        ),
        tg(
            "av028", "2027-02-12T18:25", "Frida N", 318564027,
            "Nilsson, Frida - Vansbro kommun. Vill gå på vårträffen och den 29:e november",
            X("register", [P("Frida Nilsson", None, "Vansbro kommun")], [S1, S3]),
            "Telegram, 'Efternamn, Förnamn', 'vårträffen' and 'den 29:e november'",
        ),
        mail(
            "av029", "2027-02-16T10:11", ("Maria Eklund-Svärd", "maria.eklund-svard@regiondalarna.se"),
            "SV: Bekräftelse DalaLab",
            """Hej igen!

Jag är anmäld till 3 maj och 29 november, men nu har septemberträffen blivit ledig i kalendern. Kan
du lägga till den också?

/Maria""",
            X("change", [P("Maria Eklund-Svärd", "maria.eklund-svard@regiondalarna.se", "Region Dalarna")],
              [S1, S2, S3]),
            "adds a session to an existing signup; sessions after the change",
        ),
        mail(
            "av030", "2027-02-23T11:45", ("Camilla Rydén", "camilla.ryden@mora.se"),
            "Fler än tre från Mora?",
            """Hej,

Vi är fyra på planenheten i Mora som gärna vill gå DalaLab. Jag ser att det står upp till tre per
kommun, finns det någon möjlighet att ta med en fjärde, eller en reservlista?

Mvh
Camilla Rydén
Mora kommun""",
            X("question", [], []),
            "question about the quota; four unnamed people, nobody registered yet",
        ),
        # ---------------------------------------------------------------- March–April: changes, late signups
        mail(
            "av031", "2027-03-01T08:40", ("Karin Öhman", "karin.ohman@falun.se"),
            "Ändrad kost",
            """Hej Linnea,

Jag är anmäld till alla fyra träffarna i DalaLab. En liten ändring: jag har blivit vegan sedan jag
anmälde mig, så skriv om mig från vegetarisk till vegan.

Tack!
Karin""",
            X("change", [P("Karin Öhman", "karin.ohman@falun.se", "Falu kommun", diet="vegan")], ALL, diet="vegan"),
            "diet change for a registered person; the old diet is also named",
        ),
        mail(
            "av032", "2027-03-04T16:22", ("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se"),
            "Request for deletion of personal data",
            """Dear Linnea,

I have changed jobs and will be leaving the County Administrative Board at the end of March. Under
Article 17 of the GDPR, please delete all personal data you hold about me in connection with DalaLab.

Kind regards,
Hannah Whitfield""",
            X("erasure", [P("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [],
              unsure=["intent"]),
            "English GDPR erasure from a registered participant who is also leaving (erasure or cancel?)",
        ),
        mail(
            "av033", "2027-03-09T13:05", ("Johan Lindqvist", "johan.lindqvist@borlange.se"),
            "Byte av deltagare 3 maj",
            """Hej,

Sara Nyberg kan tyvärr inte komma den 3 maj. Oskar Lund (oskar.lund@borlange.se) går i stället för
henne den dagen. Sara går på septemberträffen som planerat.

/Johan Lindqvist, Borlänge""",
            X("change", [P("Sara Nyberg", None, "Borlänge kommun"),
                         P("Oskar Lund", "oskar.lund@borlange.se", "Borlänge kommun")], [S1]),
            "substitution for one session; the one leaving keeps another session",
        ),
        mail(
            "av034", "2027-03-12T09:00", ("Planerare i Dalarna", "planerare-dalarna@lists.regiondalarna.se"),
            "[planerare-dalarna] Tips: Boverkets nya vägledning om planeringsstrategier",
            """Hej alla på listan!

Boverket har publicerat en uppdaterad vägledning om planeringsstrategier. Den tar upp just det vi ska
prata om i DalaLab den 3 maj, så läs gärna innan. Länk finns på Boverkets webbplats under
PBL Kunskapsbanken.

/Tomas Greger, Hedemora kommun

_______________________________________________
planerare-dalarna mailing list
Avsluta prenumeration: planerare-dalarna-leave@lists.regiondalarna.se""",
            X("unknown", [], []),
            "mailing-list post that names the event and a session date but asks for nothing",
        ),
        tg(
            "av035", "2027-03-16T07:58", "Anders Berglund", 482913756,
            "Hej igen. Måste tyvärr avanmäla mig från hela DalaLab, har fått ett annat uppdrag som tar all tid. /Anders, Mora",
            X("cancel", [P("Anders Berglund", None, "Mora kommun")], ALL),
            "Telegram cancellation of everything from an earlier Telegram signup",
        ),
        mail(
            "av036", "2027-03-19T15:34", ("Jonas Eriksson", "jonas.eriksson@hedemora.se"),
            "Re: dalalab",
            """Hej, jag kommer inte kunna vara med 3 maj, det krockar med ett KF-sammanträde. Går det att komma på
någon annan träff i stället, eller är jag då bara borta den gången?

Jonas Eriksson
Hedemora kommun""",
            X("cancel", [P("Jonas Eriksson", "jonas.eriksson@hedemora.se", "Hedemora kommun")], [S1],
              unsure=["change-or-cancel"]),
            "drops one session and asks about a replacement without naming one",
        ),
        mail(
            "av037", "2027-03-23T10:06", ("Microsoft Outlook", "postmaster@sater.se"),
            "Levererat: DalaLab – praktisk information inför 3 maj",
            """Ditt meddelande har levererats till följande mottagare:

carl.vonessen@sater.se

Ämne: DalaLab – praktisk information inför 3 maj""",
            X("auto_reply", [], []),
            "delivery report naming a registered person and the first session",
        ),
        mail(
            "av038", "2027-03-26T11:19", ("Gunnar Wik", "gunnar.wik@orsa.se"),
            "Ändring DalaLab Orsa",
            """Hej Linnea,

Elin Mattsson har slutat hos oss, så hon ska strykas från DalaLab. Jag själv går som planerat.
Vi återkommer om någon annan från Orsa vill ta platsen.

Gunnar""",
            X("cancel", [P("Elin Mattsson", None, "Orsa kommun")], ALL),
            "colleague withdrawn with no substitute ('Ändring' in subject); sender stays",
        ),
        mail(
            "av039", "2027-03-30T13:47", ("Åsa Dahl", "asa.dahl@leksand.se"),
            "Är jag anmäld?",
            """Hej!

Min kollega Ulf anmälde oss båda i december, men jag har inte fått någon bekräftelse. Kan du kolla
att jag finns med? Och att det står att jag är glutenintolerant.

Åsa Dahl, Leksand""",
            X("question", [], []),
            "status question from a registered person; names her diet but changes nothing",
        ),
        mail(
            "av040", "2027-04-02T08:55", ("Rebecka Strand-Olsson", "rebecka.strand-olsson@ludvika.se"),
            "Sen anmälan DalaLab",
            """<html><body style="font-family:Arial">
<p>Hej Linnea!</p>
<p>Hoppas att det inte är för sent &ndash; jag är ny som översiktsplanerare i Ludvika sedan mars och
vill gärna anmäla mig till DalaLab, alla fyra träffarna.</p>
<p>Jag har <b>nötallergi</b> (jordnötter och hasselnötter).</p>
<p>Med vänliga hälsningar<br>
<b>Rebecka Strand-Olsson</b><br>
Översiktsplanerare | Samhällsbyggnad<br>
Ludvika kommun, 771 82 Ludvika<br>
Direkt: 0240-860 00 &bull; Mobil: 073-981 22 40</p>
<p style="font-size:8pt;color:gray">Detta e-postmeddelande kan innehålla information som omfattas av
sekretess. Om du fått det av misstag, radera det och meddela avsändaren.</p>
</body></html>""",
            X("register", [P("Rebecka Strand-Olsson", "rebecka.strand-olsson@ludvika.se", "Ludvika kommun",
                              diet="nötallergi")], ALL, diet="nötallergi"),
            "late HTML signup, hyphenated surname, diet with detail, confidentiality footer with 'radera'",
            html=True,
        ),
        tg(
            "av041", "2027-04-06T12:33", "Viktor Sandberg", 867203415,
            "Anmäl mig till höstens träff tack! Viktor Sandberg, Falu kommun",
            X("register", [P("Viktor Sandberg", None, "Falu kommun")], [S2, S3], unsure=["sessions"]),
            "'höstens träff' in the singular while there are two autumn sessions",
        ),
        mail(
            "av042", "2027-04-07T14:10", ("Per Nordin", "per.nordin@gagnef.se"),
            "DalaLab - Gagnef",
            """Hej,

Vi kommer från Gagnef: Stina Bergkvist och Ola Mårtensson, till alla träffarna. Hör av dig om du
behöver något mer.

Per Nordin
Enhetschef Plan, Gagnefs kommun""",
            X("register", [P("Stina Bergkvist", None, "Gagnefs kommun"),
                           P("Ola Mårtensson", None, "Gagnefs kommun")], ALL, unsure=["sender-attends"]),
            "manager writes 'vi kommer' and names two; is he coming too?",
        ),
        mail(
            "av043", "2027-04-08T20:02", ("Sanna Kjellberg", "sanna.kjellberg77@gmail.com"),
            "Anmälan",
            """Hej!

Jag jobbar som planarkitekt på Samhällsbyggnadsförvaltningen Falun Borlänge och skriver från min privata
adress eftersom jobbmejlen krånglar. Jag vill anmäla mig till DalaLab, samtliga träffar.

Sanna Kjellberg""",
            X("register", [P("Sanna Kjellberg", "sanna.kjellberg77@gmail.com", "Falu kommun")], ALL,
              unsure=["organisation"]),
            "private address; a joint administration of two municipalities, organisation unclear",
        ),
        tg(
            "av044", "2027-04-09T09:20", "Frida N", 318564027,
            "Hej, kan jag byta 29 november mot 22 februari? Frida Nilsson Vansbro",
            X("change", [P("Frida Nilsson", None, "Vansbro kommun")], [S4]),
            "bare swap of one session for another on Telegram",
        ),
        mail(
            "av045", "2027-04-10T10:26", ("Anna-Karin Persson", "anna-karin.persson@smedjebacken.se"),
            "SV: Påminnelse: sista anmälningsdag DalaLab 14 april",
            """Hej Linnea!

Tack för påminnelsen, höll på att missa detta. Jag anmäler mig till 3/5 och 22/2. Jag är
laktosintolerant.

Mvh
Anna-Karin Persson
Planeringsarkitekt, Smedjebackens kommun
Tel 0240-66 00 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 6 april 2027 09:00
Ämne: Påminnelse: sista anmälningsdag DalaLab 14 april

Hej! Glöm inte att anmäla dig till DalaLab senast onsdag den 14 april. Träffarna är 3 maj,
21 september och 29 november 2027 samt 22 februari 2028. Upp till tre personer per kommun.
""",
            X("register", [P("Anna-Karin Persson", "anna-karin.persson@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosintolerant")], [S1, S4], diet="laktosintolerant"),
            "iso-8859-1 reply above a quoted reminder; dates 3/5 and 22/2; just before the deadline",
            charset="iso-8859-1",
        ),
    ]
