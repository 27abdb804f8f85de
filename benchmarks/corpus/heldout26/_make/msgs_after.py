from build import P, X, mail, tg, S1, S2, S3, S4, ALL


CONF_ALL = """Hej!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till följande träffar:

  * 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
  * 21 september 2027
  * 29 november 2027
  * 22 februari 2028

Hör av dig till mig om något ändras.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""


def quote(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def messages():
    return [
        mail("ac091", "2027-01-11T08:47", ("Karl-Johan Nyström", "karl-johan.nystrom@ludvika.se"), "Byte av träff",
             """Hej Linnea,

Jag är anmäld till DalaLab-träffen den 21 september, men nu har det visat sig att vi har
budgetdialog hela den veckan. Går det att flytta mig till träffen den 29 november i stället?

Tack på förhand!

Karl-Johan Nyström
Översiktsplanerare, Samhällsbyggnadsförvaltningen
Ludvika kommun
Tfn 0240-860 00 (vx), direkt 0240-863 12""",
             X("change", [P("Karl-Johan Nyström", "karl-johan.nystrom@ludvika.se", "Ludvika kommun")], [S3]),
             "bare swap 21/9 -> 29/11: only the new session; double first name with hyphen"),

        mail("ac092", "2027-01-19T13:05", ("Dahlqvist Emelie", "emelie.dahlqvist@sater.se"),
             "SV: Bekräftelse på din anmälan till DalaLab",
             """Hej igen!

När jag anmälde mig tog jag bara första träffen i Falun eftersom jag inte visste om vi hade
råd med hela serien. Nu har min chef sagt ja, så jag vill gärna vara med på samtliga fyra
träffar. Går det?

/Emelie

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 8 januari 2027 10:31
Till: Dahlqvist Emelie <emelie.dahlqvist@sater.se>
Ämne: Bekräftelse på din anmälan till DalaLab

Hej Emelie!

Du är anmäld till följande träff:
  * 3 maj 2027, kl. 10.00–15.00, Falun

Hälsningar
Linnea Hassis, Region Dalarna""",
             X("change", [P("Emelie Dahlqvist", "emelie.dahlqvist@sater.se", "Säters kommun")], ALL),
             "Outlook reply to a one-session confirmation: extend to all four; surname-first display name"),

        tg("ac093", "2027-02-02T21:14", "Jonas Backlund", 5811203947,
           "hej, jonas backlund från orsa här. kommer tyvärr inte kunna 22/2, har redan en resa bokad. de andra träffarna går bra",
           X("cancel", [P("Jonas Backlund", None, "Orsa kommun")], [S4]),
           "telegram partial cancellation by d/m date; the remaining sessions are not re-booked"),

        mail("ac094", "2027-02-09T10:22", ("Anna-Lena Grip", "anna-lena.grip@hedemora.se"), "Ny deltagare från Hedemora",
             """Hej!

Jag har fått ett nytt uppdrag i förvaltningen och kommer inte att kunna följa DalaLab som
jag var anmäld till. Min kollega Viktor Hellström tar över min plats och går på alla fyra
träffarna. Hans mejl är viktor.hellstrom@hedemora.se.

Hälsningar
Anna-Lena Grip
Hedemora kommun""",
             X("change", [P("Anna-Lena Grip", "anna-lena.grip@hedemora.se", "Hedemora kommun"),
                          P("Viktor Hellström", "viktor.hellstrom@hedemora.se", "Hedemora kommun")], ALL),
             "substitution: sender out, colleague in for all four; people = both"),

        mail("ac095", "2027-02-15T14:40", ("Britt Sandberg", "britt.sandberg@mora.se"), "VB: DalaLab 3 maj",
             """Hej Linnea,

Se nedan – Lars vill bli avanmäld från den första träffen. Han är på tjänsteresa och kommer
inte åt sin mejl förrän i mars, så jag skickar vidare.

Vänligen
Britt Sandberg
Administratör, Samhällsbyggnad
Mora kommun

Från: Lars Eklund <lars.eklund@mora.se>
Skickat: den 14 februari 2027 19:02
Till: Britt Sandberg <britt.sandberg@mora.se>
Ämne: DalaLab 3 maj

Hej Britt, kan du be Region Dalarna att stryka mig från DalaLab-träffen 3 maj? Den krockar
med semestern. Resten av träffarna är jag med på.
/Lars""",
             X("cancel", [P("Lars Eklund", "lars.eklund@mora.se", "Mora kommun")], [S1]),
             "VB: chain: forwarder not in people, the cancellation (3 May only) is in the forwarded mail"),

        mail("ac096", "2026-12-22T16:03", ("Johanna Pettersson", "johanna.pettersson@borlange.se"),
             "Automatiskt svar: Bekräftelse på din anmälan till DalaLab",
             """Tack för ditt mejl!

Jag är ledig från och med 23 december till och med 10 januari och läser inte min e-post
under den tiden. Ditt meddelande vidarebefordras inte.

Vid brådskande ärenden, ring Borlänge kommuns kontaktcenter 0243-740 00.

God jul och gott nytt år!
Johanna Pettersson
Borlänge kommun""",
             X("auto_reply"),
             "out-of-office reply to a confirmation, written in the first person; holiday dates are not sessions"),

        mail("ac097", "2027-01-07T09:15", ("Mail Delivery System", "MAILER-DAEMON@mx1.leksand.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.leksand.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<per.olsoon@leksand.se>: host mx1.leksand.se[10.2.4.18] said: 550 5.1.1
    <per.olsoon@leksand.se>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)

--- Original message ---
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: per.olsoon@leksand.se
Subject: Bekräftelse på din anmälan till DalaLab

Hej Per Olsson!

Du är anmäld till DalaLab den 3 maj 2027 och den 21 september 2027.
Välkommen!""",
             X("auto_reply"),
             "bounce of a confirmation (misspelt address); the returned confirmation names a person and two dates"),

        mail("ac098", "2027-03-01T11:58", ("Malin Öberg", "malin.oberg@smedjebacken.se"), "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab redan i januari. Jag vill nu att ni tar bort alla
personuppgifter ni har om mig (namn, e-post, kostuppgifter) från era anmälningslistor, i
enlighet med dataskyddsförordningen. Bekräfta gärna när det är gjort.

Med vänlig hälsning
Malin Öberg""",
             X("erasure", [P("Malin Öberg", "malin.oberg@smedjebacken.se", "Smedjebackens kommun")]),
             "erasure after an earlier cancellation (past tense, not a new cancel); organisation from domain"),

        mail("ac099", "2027-03-10T07:52", ("Henrik Alm", "henrik.alm@gagnef.se"), "Fråga inför 3 maj",
             """Hej!

Jag är anmäld till första träffen den 3 maj. Var i Falun blir den, och finns det
parkering för den som kommer med bil från Gagnef? Samåkning är ju ett alternativ men
vi är bara jag från vår kommun.

Hälsningar Henrik""",
             X("question"),
             "question from a registered participant that names session 1; books nothing"),

        tg("ac100", "2027-01-26T12:30", "Sofia Hammar", 6620184431,
           "Hej! Jag är anmäld till alla fyra träffarna men glömde skriva att jag är vegan 🌱 Sofia Hammar, Gagnefs kommun",
           X("change", [P("Sofia Hammar", None, "Gagnefs kommun", diet="vegan")], ALL, diet="vegan"),
           "telegram diet update for an existing signup; sessions as stated (all four)"),

        mail("ac101", "2027-01-14T15:20", ("Rebecka Holm", "rebecka.holm@avesta.se"), "Re: Bekräftelse DalaLab",
             """Tack för bekräftelsen!

Min kollega Oskar Lind på planenheten vill också hänga med, på samma träffar som jag,
alltså 3 maj och 21 september. Hans adress är oskar.lind@avesta.se.

Rebecka

Den 12 jan. 2027 kl. 09:40 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Rebecka!
> Du är anmäld till DalaLab 3 maj 2027 och 21 september 2027.
> Hälsningar, Linnea""",
             X("register", [P("Oskar Lind", "oskar.lind@avesta.se", "Avesta kommun")], [S1, S2]),
             "reply to own confirmation adding a colleague 'på samma träffar som jag'; sender already booked -> not in people"),

        mail("ac102", "2027-02-24T17:45", ("Daniel Hughes", "daniel.hughes@lansstyrelsen.se"), "Withdrawal – DalaLab",
             """Dear Linnea,

I'm afraid I have to withdraw from the DalaLab programme entirely. I have accepted a
position in Oslo starting in April, so I won't be able to attend any of the sessions.

Thank you for organising, and best of luck with the series.

Kind regards,
Daniel Hughes
Planning Officer, Länsstyrelsen Dalarna""",
             X("cancel", [P("Daniel Hughes", "daniel.hughes@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "English whole cancellation ('withdraw ... entirely'), no sessions named -> all four"),

        mail("ac103", "2027-02-01T08:05", ("Hanna Sjölund", "hanna.s82@gmail.com"), "Annan mejladress",
             """Hej Linnea!

Jag anmälde mig till DalaLab (alla fyra träffarna) från min privata adress av misstag.
Kan du ändra så att all information går till min jobbadress i stället:
hanna.sjolund@vansbro.se

Tack!
Hanna Sjölund, planarkitekt Vansbro kommun
Skickat från min iPhone""",
             X("change", [P("Hanna Sjölund", "hanna.sjolund@vansbro.se", "Vansbro kommun")], ALL),
             "address change from a private gmail to the work address; the person's address is the new one"),

        mail("ac104", "2027-03-16T10:10", ("Gunilla Ersson", "gunilla.ersson@rattvik.se"), "Anmälan DalaLab",
             """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Två av mina kollegor på Rättviks kommun, Eva och Tomas, anmälde sig redan i december.
Nu vill jag anmäla <b>mig själv</b> också, till hela serien.</p>
<p>Med vänliga hälsningar<br>
Gunilla Ersson<br>
Samhällsbyggnadschef<br>
Rättviks kommun | Storgatan 2 | 795 80 Rättvik<br>
Tel 0248-700 00</p>
</div></body></html>""",
             X("register", [P("Gunilla Ersson", "gunilla.ersson@rattvik.se", "Rättviks kommun")], ALL),
             "HTML-only self-signup (third from the municipality); earlier-registered colleagues are not people"),

        mail("ac105", "2027-03-04T09:33", ("Ingrid Måås", "ingrid.maas@falun.se"), "Ändring i anmälan DalaLab",
             """Hej,

Peter Wallin, som anmäldes från oss i december, har slutat hos Falu kommun och kommer
alltså inte att delta i DalaLab. Vi återkommer om vi hittar någon som kan ta hans plats.

Hälsningar
Ingrid Måås
Enhetschef, Stadsbyggnadsförvaltningen
Falu kommun""",
             X("cancel", [P("Peter Wallin", None, "Falu kommun")], ALL),
             "manager withdraws a colleague under 'Ändring' with no substitute -> cancel all four; possible future replacement is nothing"),

        tg("ac106", "2027-02-18T19:41", "Mats Ohlsson", 5103948821,
           "tja! går det att byta från nov-träffen till den i februari? /mats, älvdalen",
           X("change", [P("Mats Ohlsson", None, "Älvdalens kommun")], [S4]),
           "telegram bare swap by month names; name from the sender"),

        mail("ac107", "2027-01-28T14:12", ("Claire Fontaine", "claire.fontaine@regiondalarna.se"), "Question about the sessions",
             """Hi Linnea,

Thanks for confirming my place at sessions 1 and 3. Will the 29 November session be
streamed or recorded in any way? I may be travelling that week and would like to know
whether I can follow it remotely.

Best,
Claire""",
             X("question"),
             "English question from a registered participant naming sessions; no change requested"),

        mail("ac108", "2027-01-21T11:11", ("Åsa Björk", "asa.bjork@leksand.se"), "Komplettering av anmälan",
             """Hej!

Jag står anmäld till träffarna 21/9 och 29/11. Lägg gärna till den 22/2 också, ämnet
tillgänglighet passar precis med det vi jobbar med just nu.

Hälsningar
Åsa Björk
Leksands kommun""",
             X("change", [P("Åsa Björk", "asa.bjork@leksand.se", "Leksands kommun")], [S2, S3, S4]),
             "add a session with current ones stated -> all three after the change; iso-8859-1",
             charset="iso-8859-1"),

        mail("ac109", "2027-02-05T08:28", ("Niklas Hedberg", "niklas.hedberg@borlange.se"), "VB: anmälan",
             """Hej,

Vidarebefordrar från Sara, hon har problem med sin e-post just nu. Själv är jag redan
anmäld sedan tidigare.

/Niklas

-----Ursprungligt meddelande-----
Från: Sara Lundqvist <sara.lundqvist@borlange.se>
Skickat: den 4 februari 2027 16:51
Till: Niklas Hedberg <niklas.hedberg@borlange.se>
Ämne: anmälan

Niklas, kan du anmäla mig till DalaLab? Alla träffar utom den i september, då är jag
på kurs.
Sara""",
             X("register", [P("Sara Lundqvist", "sara.lundqvist@borlange.se", "Borlänge kommun")], [S1, S3, S4]),
             "signup inside a VB: chain; 'alla utom den i september'; forwarder already registered, not in people"),

        mail("ac110", "2027-03-23T06:30", ("Erik Vestin", "erik.vestin@regiondalarna.se"),
             "Out of Office: Re: DalaLab – ändring bekräftad",
             """I am on parental leave until 16 August 2027 and will not read my e-mail.
Jag är föräldraledig till och med 16 augusti 2027 och läser inte min e-post.

For urgent matters / brådskande ärenden: samhallsplanering@regiondalarna.se""",
             X("auto_reply"),
             "bilingual out-of-office reply to a change confirmation; return date is no session"),

        tg("ac111", "2027-03-29T07:55", "Ulrika Modig", 7003518842,
           "Hej Linnea! Måste tyvärr avanmäla mig helt från DalaLab, har fått jobb i Uppsala 😕 Ulrika Modig (Säter)",
           X("cancel", [P("Ulrika Modig", None, "Säters kommun")], ALL),
           "telegram whole cancellation -> all four; organisation in parentheses"),

        mail("ac112", "2027-02-22T13:47", ("Helena Nordin", "helena.nordin@gagnef.se"), "21 september",
             """Hej!

Jag kan inte gå på träffen den 21 september. Min kollega Robert Strid kan gå i mitt ställe
den gången, han har ingen egen mejl i systemet ännu men når via mig. Övriga träffar går
jag själv på som planerat.

Vänliga hälsningar
Helena Nordin
Gagnefs kommun""",
             X("change", [P("Helena Nordin", "helena.nordin@gagnef.se", "Gagnefs kommun"),
                          P("Robert Strid", None, "Gagnefs kommun")], [S2]),
             "partial substitution for one session: people both, sessions = what the substitute takes"),

        mail("ac113", "2027-01-04T03:18", ("Event Contacts Nordic", "sales@eventcontacts-nordic.biz"),
             "Deltagarlista DalaLab 2027 – ta del av kontakterna",
             """Hej!

Vi har sammanställt en komplett deltagarlista för DalaLab 2027 med namn, titel och direkt
e-post till över 60 planerare i Dalarna. Perfekt för dig som vill nå beslutsfattare inför
3 maj.

Anmäl ditt intresse i dag och få listan för endast 2 490 kr (ord. pris 4 990 kr).
Svara JA på detta mejl så skickar vi faktura.

Med vänlig hälsning
Event Contacts Nordic""",
             X("unknown"),
             "spam selling an attendee list; mentions 3 May and 'anmäl'"),

        mail("ac114", "2027-02-12T10:02", ("Tobias Karlsson", "tobias.karlsson@hedemora.se"), "Kost",
             """Hej Linnea,

Jag är anmäld till träffen 3 maj i Falun. Efter att jag anmälde mig har jag fått
diagnosen celiaki, så jag behöver glutenfritt till fika och lunch.

Mvh
Tobias Karlsson
Hedemora kommun""",
             X("change", [P("Tobias Karlsson", "tobias.karlsson@hedemora.se", "Hedemora kommun", diet="glutenfritt")],
               [S1], diet="glutenfritt"),
             "diet update for an existing one-session signup"),

        mail("ac115", "2027-03-02T12:14", ("Marcus Eld", "marcus.eld@smedjebacken.se"), "SV: Bekräftelse på din anmälan till DalaLab",
             """Hej!

Såg nu att det krockar: vi har kommunfullmäktige den 29 november, så den träffen
får jag stryka. Resten står kvar.

Marcus

""" + quote(CONF_ALL),
             X("cancel", [P("Marcus Eld", "marcus.eld@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "partial cancel as a reply; quoted confirmation lists all four dates"),

        tg("ac116", "2027-03-08T16:09", "Jacob Morgan", 6011938475,
           "Hi! My colleague Anna already signed herself up. I'd like to join too – sessions 2 and 4 please. Jacob Morgan, Region Dalarna",
           X("register", [P("Jacob Morgan", None, "Region Dalarna")], [S2, S4]),
           "English telegram signup by session number; colleague already registered is not in people"),

        mail("ac117", "2027-01-25T09:40", ("Linda Sahlin", "linda.sahlin@orsa.se"), "Re: Bekräftelse DalaLab",
             """Hej,

Tack för bekräftelsen, men det har blivit fel: jag anmälde mig till 3 maj och
22 februari, inte till 21 september. Kan du rätta det?

Linda Sahlin
Orsa kommun

-----Original Message-----
From: Linnea Hassis
Sent: 22 januari 2027 14:02
Subject: Bekräftelse DalaLab

Hej Linda! Du är anmäld till 3 maj 2027 och 21 september 2027. Hälsningar, Linnea""",
             X("change", [P("Linda Sahlin", "linda.sahlin@orsa.se", "Orsa kommun")], [S1, S4]),
             "correction of a wrong confirmation: sessions after the change are 3 May and 22 Feb; quoted dates differ"),

        mail("ac118", "2027-04-02T18:22", ("Fiona Clarke", "fiona@clarkeplanning.co.uk"), "Data deletion request",
             """Hello,

I cancelled my place at DalaLab some weeks ago. Please delete all personal data you hold
about me in connection with the registration and confirm once done.

Regards,
Fiona Clarke
Clarke Planning Ltd""",
             X("erasure", [P("Fiona Clarke", "fiona@clarkeplanning.co.uk", None)]),
             "English erasure from a private consultant; organisation null"),

        mail("ac119", "2027-02-26T15:35", ("Jenny Wahlberg", "jenny.wahlberg@vansbro.se"), "Hur många från Vansbro?",
             """Hej!

Innan jag anmäler fler kollegor undrar jag hur många från Vansbro som redan är anmälda.
Det är väl max tre per kommun? Vi har två personer som är intresserade av 21 september.

Tack
Jenny Wahlberg""",
             X("question"),
             "quota question that mentions a date and 'anmäler'; books nothing, no names"),

        tg("ac120", "2027-03-12T11:26", "Lena Frost", 5550392817,
           "Hej, Lena Frost här från Länsstyrelsen. Jag kan inte vara med på DalaLab längre, men Erik Sandell tar min plats på alla träffar. erik.sandell@lansstyrelsen.se",
           X("change", [P("Lena Frost", None, "Länsstyrelsen Dalarna"),
                        P("Erik Sandell", "erik.sandell@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "telegram substitution with the substitute's address; people both"),

        mail("ac121", "2027-01-08T10:44", ("Wikström Per-Anders", "per-anders.wikstrom@ludvika.se"), "Tillägg till vår anmälan",
             """Hej Linnea,

Utöver de två vi anmälde från Ludvika i december vill vi anmäla ytterligare en person:

  Nordström, Karin   karin.nordstrom@ludvika.se   samtliga träffar

Därmed är vi tre, vilket jag förstått är taket.

Med vänlig hälsning
Per-Anders Wikström
Planeringschef
Ludvika kommun
0240-860 00 | 070-312 45 67""",
             X("register", [P("Karin Nordström", "karin.nordstrom@ludvika.se", "Ludvika kommun")], ALL),
             "manager adds a third person, written 'Efternamn, Förnamn'; sender not attending"),

        mail("ac122", "2027-01-13T08:16", ("Johan Lindblad", "johan.lindblad@falun.se"), "VB: byta datum DalaLab",
             """Hej Linnea, detta tror jag ska till dig och inte till mig.
/Johan

Från: Kristin Hallberg <kristin.hallberg@falun.se>
Skickat: den 12 januari 2027 17:20
Till: Johan Lindblad <johan.lindblad@falun.se>
Ämne: byta datum DalaLab

Hej Johan! Jag skulle vilja byta från DalaLab-träffen 3 maj till den 21 september. Kan du
ordna det? Tack! /Kristin""",
             X("change", [P("Kristin Hallberg", "kristin.hallberg@falun.se", "Falu kommun")], [S2]),
             "swap request sent to the wrong person and forwarded; forwarder not in people"),

        mail("ac123", "2027-01-14T10:23", ("Sven Hagström", "sven.hagstrom@orsa.se"), "Läst: Bekräftelse på din anmälan till DalaLab",
             """Ditt meddelande

  Till: Sven Hagström
  Ämne: Bekräftelse på din anmälan till DalaLab
  Skickat: den 13 januari 2027 15:48

lästes den 14 januari 2027 10:23.""",
             X("auto_reply"),
             "read receipt for a confirmation; automatic"),

        tg("ac124", "2027-03-19T20:50", "Ida Sjöblom", 6720049915,
           "hej! när kommer programmet för 21/9? det står bara rubriken på hemsidan än så länge",
           X("question"),
           "telegram question naming a session date; nothing booked"),

        mail("ac125", "2027-02-03T13:58", ("Sam Whitfield", "sam.whitfield@falun.se"), "Dietary update",
             """Hi Linnea,

A quick update to my registration for all four DalaLab sessions: I have become
vegetarian, so please note that for the lunches.

Thanks,
Sam Whitfield
Falu kommun""",
             X("change", [P("Sam Whitfield", "sam.whitfield@falun.se", "Falu kommun", diet="vegetarian")], ALL,
               diet="vegetarian"),
             "English diet update, sessions stated as all four"),

        mail("ac126", "2027-03-24T08:09", ("Ola Mattsson", "ola.mattsson@mora.se"), "Avanmälan 21 september",
             """Hej,

Vi måste tyvärr avanmäla oss båda, jag och Jenny Lund, från träffen den 21 september.
Vi har ett samråd som inte går att flytta. Maj, november och februari gäller som förut.

Hälsningar
Ola Mattsson
Mora kommun""",
             X("cancel", [P("Ola Mattsson", "ola.mattsson@mora.se", "Mora kommun"),
                          P("Jenny Lund", None, "Mora kommun")], [S2]),
             "partial cancellation for sender and colleague; kept sessions by month are not cancelled"),

        mail("ac127", "2027-04-10T21:37", ("Elin Grankvist", "elin.grankvist@alvdalen.se"), "Sen anmälan – hinner jag?",
             """Hej!

Jag vet att sista dag är den 14 april och hoppas att det går bra ändå. Jag vill anmäla mig
till träffarna den 3 maj och den 29 november.

Vänliga hälsningar
Elin Grankvist
Planeringsarkitekt
Älvdalens kommun
Dalgatan 16, 796 31 Älvdalen
0251-310 00 (vx) · 070-245 11 90""",
             X("register", [P("Elin Grankvist", "elin.grankvist@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "signup with the deadline date mentioned; signature with postcode and phone numbers"),

        tg("ac128", "2027-02-27T09:03", "Kim Forsberg", 5299413370,
           "anmälde mig bara till första träffen men vill gå på alla nu om det finns plats! kim, avesta",
           X("change", [P("Kim Forsberg", None, "Avesta kommun")], ALL),
           "telegram extension from one session to all four"),

        mail("ac129", "2027-03-31T14:27", ("Maja Forsgren", "maja.forsgren@regiondalarna.se"), "Avanmälan höstens träffar",
             """<html><body>
<p>Hej Linnea,</p>
<p>Tyvärr måste jag avanmäla mig från de två höstträffarna (21 september och 29 november)
eftersom jag går på föräldraledighet. Jag räknar med att vara med den 3 maj och i februari.</p>
<p>Hälsningar,<br>Maja Forsgren<br>Regional utveckling, Region Dalarna</p>
</body></html>""",
             X("cancel", [P("Maja Forsgren", "maja.forsgren@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HTML-only partial cancellation of both autumn sessions, dates given"),

        tg("ac130", "2027-03-05T22:10", "Petra Nyberg", 7120384459,
           "Hej, jag är inte anmäld längre. Vill att ni tar bort mitt namn och mitt telegram-id ur era listor. Tack. /Petra",
           X("erasure", [P("Petra Nyberg", None, None)]),
           "telegram erasure; no organisation given"),

        mail("ac131", "2027-01-29T07:41", ("Elias Törnqvist", "elias.tornqvist@malung-salen.se"), "Fwd: Inbjudan DalaLab",
             """Hej Linnea!

Jag anmäler mig härmed till DalaLab, alla fyra träffar.

Elias Törnqvist
Malung-Sälens kommun

---------- Forwarded message ---------
From: Göran Wik <goran.wik@malung-salen.se>
Date: ons 27 jan. 2027 kl 15:02
Subject: Fwd: Inbjudan DalaLab
To: Elias Törnqvist <elias.tornqvist@malung-salen.se>

Du borde gå på det här!

> Välkommen till DalaLab! Träffar 3 maj 2027, 21 september 2027, 29 november 2027
> och 22 februari 2028. Anmälan senast 14 april till linnea.hassis@regiondalarna.se.""",
             X("register", [P("Elias Törnqvist", "elias.tornqvist@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "signup on top of a forwarded invitation; the manager who forwarded is not in people"),

        mail("ac132", "2027-04-07T11:02", ("Siv Åhl", "siv.ahl@rattvik.se"), "dalalab",
             """hej. jonas persson kan inte komma 3 maj så maria ek går istället för honom den dagen.
hennes mejl: maria.ek@rattvik.se

siv åhl, rättviks kommun""",
             X("change", [P("Jonas Persson", None, "Rättviks kommun"),
                          P("Maria Ek", "maria.ek@rattvik.se", "Rättviks kommun")], [S1]),
             "lower-case third-party substitution for one session; sender not in people"),

        mail("ac133", "2027-02-16T13:45", ("Microsoft Outlook", "postmaster@hedemora.se"),
             "Olevererbart: Bekräftelse på din anmälan till DalaLab",
             """Det gick inte att leverera till följande mottagare:

anders.bjork@hedemora.se
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka
meddelandet igen senare eller kontakta mottagaren på annat sätt.

Diagnostisk information för administratörer:
Genererande server: HE1PR0901MB1234.eurprd09.prod.outlook.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Ursprungligt meddelande:
Ämne: Bekräftelse på din anmälan till DalaLab
Hej Anders! Du är anmäld till 29 november 2027 och 22 februari 2028.""",
             X("auto_reply"),
             "Swedish Exchange non-delivery report (mailbox full) of a confirmation with name and dates"),

        mail("ac134", "2027-01-18T12:31", ("Karolina Berg", "karolina.berg@sater.se"), "SV: Bekräftelse på din anmälan till DalaLab",
             """Hej Linnea,

Två snabba frågor: gäller min anmälan automatiskt för hela serien, eller ska jag anmäla
mig till varje träff för sig när de närmar sig? Och får man ta med en praktikant någon
gång, eller räknas hen in i kommunens tre platser?

Tack!
Karolina

""" + quote(CONF_ALL),
             X("question"),
             "questions as a reply to the confirmation (quoted dates); unnamed intern is not a signup"),

        tg("ac135", "2027-03-26T17:17", "Tove Lindahl", 6403317729,
           "hej! kan ni skicka allt om dalalab till min nya mejl istället: t.lindahl@leksand.se. jag är anmäld till 21 sep och 29 nov",
           X("change", [P("Tove Lindahl", "t.lindahl@leksand.se", "Leksands kommun")], [S2, S3]),
           "telegram address change; organisation from the given address' domain; sessions stated"),
    ]
