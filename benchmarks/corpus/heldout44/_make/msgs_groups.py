"""Batch 45, theme "groups" (au046-au090): mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters as bullets, HTML tables, "Efternamn, Förnamn", Namn:/E-post: blocks, lower
case, given names only; two organisations in one mail; a fourth person from one kommun; substitutes; partial
cancellations of a group; different sessions and diets per person. Around them: questions, automatic mail,
erasure requests, spam and odd mail that such groups produce.

Where people in one mail state different diets, the top-level ``diet`` is the first one the message states and
``people[].diet`` says whose each one is.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION_QUOTE = """
-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 8 januari 2027 13:40
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej alla planerare i Dalarna!

Region Dalarna bjuder in till lärprojektet DalaLab, där vi under fyra
träffar fördjupar oss i planeringsstrategier och den strategiska
översiktsplaneringen.

  * 3 maj 2027, Falun (fika från 09.30, start 10.00) – hållbar utveckling
    i ett rumsligt perspektiv, tillsammans med Boverket
  * 21 september 2027 – utvecklingsinriktning i ÖP-modellen
  * 29 november 2027 – att planera för både önskvärda framtider och
    osäkerheter
  * 22 februari 2028 – planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast
14 april 2027 till mig, ange eventuell specialkost.

Linnea Hassis
Region Dalarna
"""


def messages():
    m = []

    m.append(mail(
        "au046", "2027-01-12T09:14", ("Birgitta Holmgren", "birgitta.holmgren@falun.se"),
        "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        """Hej Linnea,

Jag anmäler härmed tre medarbetare från stadsbyggnadsförvaltningen till
DalaLab. Själv är jag nämndsekreterare och kommer inte att delta, men
skicka gärna en kopia av bekräftelsen till mig så håller jag ordning på
kallelserna.

- Maria Lindqvist, översiktsplanerare, maria.lindqvist@falun.se
- Johan Ek, planeringsarkitekt, johan.ek@falun.se
- Sara Nyström-Berg, strateg, sara.nystrom-berg@falun.se

De går på hela serien.

Vänliga hälsningar

Birgitta Holmgren
Nämndsekreterare
Stadsbyggnadsförvaltningen
Falu kommun
Tfn 023-83 41 07
""" + INVITATION_QUOTE,
        X("register", [P("Maria Lindqvist", "maria.lindqvist@falun.se", "Falu kommun"),
                       P("Johan Ek", "johan.ek@falun.se", "Falu kommun"),
                       P("Sara Nyström-Berg", "sara.nystrom-berg@falun.se", "Falu kommun")], ALL),
        "secretary registers three colleagues (bullets with titles), does not attend; quoted invitation lists all dates"))

    m.append(mail(
        "au047", "2027-01-20T15:32", ("Jenny Marklund", "jenny.marklund@borlange.se"),
        "Anmälan DalaLab från Borlänge kommun",
        """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag samordnar kompetensutvecklingen på HR och anmäler här tre planerare från
Borlänge kommun. Jag deltar alltså inte själv. De har valt lite olika träffar:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Tillfällen</th><th>Specialkost</th></tr>
<tr><td>Anders Holm</td><td>anders.holm@borlange.se</td><td>Alla fyra</td><td>&ndash;</td></tr>
<tr><td>Lena Persson</td><td>lena.persson@borlange.se</td><td>3/5 och 21/9</td><td>Vegetarisk</td></tr>
<tr><td>Karim Haddad</td><td>karim.haddad@borlange.se</td><td>29/11</td><td>Glutenfri</td></tr>
</table>
<p>Hör av dig om något saknas.</p>
<p>Med vänlig hälsning<br>
<b>Jenny Marklund</b><br>
HR-konsult, Personalavdelningen<br>
Borlänge kommun | 0243-74 12 90</p>
</body></html>
""",
        X("register", [P("Anders Holm", "anders.holm@borlange.se", "Borlänge kommun"),
                       P("Lena Persson", "lena.persson@borlange.se", "Borlänge kommun", diet="Vegetarisk"),
                       P("Karim Haddad", "karim.haddad@borlange.se", "Borlänge kommun", diet="Glutenfri")],
          ALL, diet="Vegetarisk"),
        "HR sends an HTML table with different sessions and diets per person; sessions are the union",
        html=True))

    m.append(mail(
        "au048", "2027-02-03T10:05", ("Planering Ludvika kommun", "planering@ludvika.se"),
        "Anmälan höstträffarna",
        """Hej!

Från planeringsenheten i Ludvika anmäler vi följande till höstens två
träffar i DalaLab:

Eriksson, Per
Wahlberg, Annika

Mvh
Planeringsenheten (funktionsbrevlåda)
Samhällsbyggnadsförvaltningen
Ludvika kommun
""",
        X("register", [P("Per Eriksson", None, "Ludvika kommun"),
                       P("Annika Wahlberg", None, "Ludvika kommun")], [S2, S3]),
        "function mailbox, 'Efternamn, Förnamn' roster without addresses, 'höstens två träffar'"))

    m.append(mail(
        "au049", "2027-02-15T08:47", ("Mats Rehn", "mats.rehn@mora.se"),
        "Anmälan DalaLab – fyra från Mora",
        """Hej Linnea

Jag vet att det står högst tre per kommun i inbjudan, men vi har fyra
planerare som alla gärna vill gå. Jag anmäler därför alla fyra till samtliga
träffar, och om någon måste stå på reservlista så får det bli Viktor.

Elin Mattsson (elin.mattsson@mora.se)
Viktor Frost
Hanna Jonsson (hanna.jonsson@mora.se)
Rasmus Ollas

Själv går jag inte, jag är bara chef för gänget :)

Hälsningar
Mats Rehn
Enhetschef Plan och bygg
Mora kommun
0250-261 30
""",
        X("register", [P("Elin Mattsson", "elin.mattsson@mora.se", "Mora kommun"),
                       P("Viktor Frost", None, "Mora kommun"),
                       P("Hanna Jonsson", "hanna.jonsson@mora.se", "Mora kommun"),
                       P("Rasmus Ollas", None, "Mora kommun")], ALL),
        "manager registers four from one kommun despite the quota, only some addresses given"))

    m.append(mail(
        "au050", "2027-01-27T13:20", ("Karin Dahlström", "karin.dahlstrom@gagnef.se"),
        "DalaLab – Gagnef och Leksand",
        """Hej!

Vi har en gemensam översiktsplanerarfunktion med Leksand, så vi anmäler oss
ihop: jag och Mikael Hed från Gagnefs kommun, samt Ylva Stenberg från
Leksands kommun (ylva.stenberg@leksand.se).

Vi tar bara första träffen den 3/5 i Falun för alla tre, hösten får vi
återkomma om när budgeten är klar.

/Karin

Karin Dahlström
Översiktsplanerare
Gagnefs kommun
""",
        X("register", [P("Karin Dahlström", "karin.dahlstrom@gagnef.se", "Gagnefs kommun"),
                       P("Mikael Hed", None, "Gagnefs kommun"),
                       P("Ylva Stenberg", "ylva.stenberg@leksand.se", "Leksands kommun")], [S1]),
        "two organisations in one mail, sender attends, one date written 3/5"))

    m.append(tg(
        "au051", "2027-02-09T21:13", "Frida Sandberg", 482913057,
        "hej! anmäler mig + kollegorna emma och oskar från orsa kommun till alla träffarna 🙂 "
        "jag är vegan, de andra äter allt",
        X("register", [P("Frida Sandberg", None, "Orsa kommun", diet="vegan"),
                       P("Emma", None, "Orsa kommun"),
                       P("Oskar", None, "Orsa kommun")], ALL, diet="vegan"),
        "Telegram, lower case, colleagues given only by first name, sender's own diet"))

    m.append(mail(
        "au052", "2027-03-02T11:48", ("Birgitta Holmgren", "birgitta.holmgren@falun.se"),
        "SV: Bekräftelse DalaLab – Falu kommun",
        """Hej igen Linnea,

En ändring för vår grupp: Johan Ek kan inte komma den 21 september, så
Petra Lund går i hans ställe just den dagen. Petras adress är
petra.lund@falun.se. Övriga tillfällen går Johan som planerat.

Tack på förhand!
Birgitta

-----Ursprungligt meddelande-----
Från: Hassis Linnea
Skickat: den 12 januari 2027 10:02
Till: Holmgren Birgitta
Ämne: Bekräftelse DalaLab – Falu kommun

Hej Birgitta! Tack, nu är Maria, Johan och Sara anmälda till alla fyra
träffarna. /Linnea
""",
        X("change", [P("Johan Ek", None, "Falu kommun"),
                     P("Petra Lund", "petra.lund@falun.se", "Falu kommun")], [S2]),
        "secretary substitutes a colleague for one session; quoted confirmation names the rest of the group"))

    m.append(mail(
        "au053", "2027-03-10T16:02", ("Tord Backman", "tord.backman@hedemora.se"),
        "Återbud till en av DalaLab-träffarna",
        """Hej,

Anna Forsberg och Björn Dahl kan tyvärr inte delta på träffen vecka 48 på
grund av budgetarbetet. Cecilia Vik kommer som planerat. Anna och Björn är
kvar på de övriga träffarna.

Mvh
Tord Backman
Avdelningschef Samhällsbyggnad
Hedemora kommun
Tel 0225-340 12
""",
        X("cancel", [P("Anna Forsberg", None, "Hedemora kommun"),
                     P("Björn Dahl", None, "Hedemora kommun")], [S3]),
        "manager cancels two of three for one session given as 'vecka 48'; the third stays"))

    m.append(mail(
        "au054", "2027-03-22T09:30", ("Personalenheten Säters kommun", "personal@sater.se"),
        "Återkallande av anmälan - Säters kommun",
        """Hej,

Med anledning av en pågående omorganisation drar vi tillbaka samtliga
anmälningar från Säters kommun till DalaLab. Det gäller:

Johansson, Kerstin
Lindberg, Olof
Ahlin-Svensson, Therese

Vi ber om ursäkt för besväret och hoppas kunna delta i en senare omgång.

Med vänlig hälsning
Marie Ståhl, HR-konsult
Personalenheten
Säters kommun
""",
        X("cancel", [P("Kerstin Johansson", None, "Säters kommun"),
                     P("Olof Lindberg", None, "Säters kommun"),
                     P("Therese Ahlin-Svensson", None, "Säters kommun")], ALL),
        "HR function mailbox withdraws the whole group, 'Efternamn, Förnamn' with a hyphenated surname, latin-1",
        charset="iso-8859-1"))

    m.append(mail(
        "au055", "2027-02-22T14:10", ("Jonas Wiklund", "jonas.wiklund@avesta.se"),
        "Anmälan DalaLab Avesta",
        """Hej!

Vi är tre från Avesta som vill vara med på första och sista träffen (maj
och februari). Uppgifterna nedan, jag står först.

Namn: Jonas Wiklund
E-post: jonas.wiklund@avesta.se
Kost: -

Namn: Amira Hassan
E-post: amira.hassan@avesta.se
Kost: laktosfri

Namn: Gustav af Klint
E-post: gustav.afklint@avesta.se
Kost: vegetarisk, äter fisk

Hälsningar
Jonas Wiklund
Planarkitekt, Avesta kommun
""",
        X("register", [P("Jonas Wiklund", "jonas.wiklund@avesta.se", "Avesta kommun"),
                       P("Amira Hassan", "amira.hassan@avesta.se", "Avesta kommun", diet="laktosfri"),
                       P("Gustav af Klint", "gustav.afklint@avesta.se", "Avesta kommun",
                         diet="vegetarisk, äter fisk")],
          [S1, S4], diet="laktosfri"),
        "Namn:/E-post:/Kost: blocks, sender attends, 'första och sista träffen', name with particle"))

    m.append(mail(
        "au056", "2027-01-25T10:22", ("Lars Gunnarsson", "lars.gunnarsson@borlange.se"),
        "Fråga om antal platser",
        """Hej Linnea,

Vi har tre anmälda från Borlänge redan. En fjärde kollega vill bara gå på
träffen om tillgänglighet i februari 2028. Räknas hon mot taket på tre,
eller kan två personer dela på en plats och gå på olika träffar?

Lars Gunnarsson
Chef Samhällsbyggnad, Borlänge kommun
""",
        X("question", [], []),
        "manager asks about sharing a quota place; names no one and registers no one"))

    m.append(mail(
        "au057", "2026-12-14T13:55", ("Annelie Rask", "annelie.rask@rattvik.se"),
        "anmälan av flera",
        """Hej, kan jag som samordnare anmäla flera kollegor i samma mejl eller måste
var och en anmäla sig själv? Behöver ni något mer än namn och mejladress?

Annelie Rask
Administratör, Rättviks kommun

Skickat från min iPhone
""",
        X("question", [], []),
        "coordinator asks how to register a group before doing it"))

    m.append(mail(
        "au058", "2027-01-13T08:02", ("Maria Lindqvist", "maria.lindqvist@falun.se"),
        "Automatiskt svar: Bekräftelse DalaLab – Falu kommun",
        """Hej!

Jag är föräldraledig till och med den 28 februari 2027 och läser inte min
e-post. Vid brådskande ärenden, kontakta Birgitta Holmgren, 023-83 41 07,
eller stadsbyggnadsförvaltningens växel 023-830 00.

I am on parental leave until 28 February 2027. For urgent matters, please
contact Birgitta Holmgren.

Maria Lindqvist
Översiktsplanerare, Falu kommun
""",
        X("auto_reply", [], []),
        "out-of-office from a group member answering the confirmation, names a colleague and a date"))

    m.append(mail(
        "au059", "2027-02-04T10:06", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<annika.wahlberg@ludvika.se>: host mx.ludvika.se[193.45.12.8] said: 550 5.1.1
    <annika.wahlberg@ludvika.se>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--- Included message headers ---
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: planering@ludvika.se, annika.wahlberg@ludvika.se
Subject: Bekräftelse: anmälan till DalaLab (2 personer)
Date: Thu, 4 Feb 2027 10:05:51 +0100
""",
        X("auto_reply", [], []),
        "bounce of a group confirmation to a guessed colleague address"))

    m.append(mail(
        "au060", "2027-03-05T03:17", ("Nordic Events Team", "offers@nordic-eventdeals.com"),
        "Exclusive GROUP RATES for your team - 40% off this spring!",
        """<html><body>
<h2 style="color:#c00">Bring the whole team &ndash; pay for fewer!</h2>
<p>Dear Event Organizer,</p>
<p>Are you planning a workshop, a learning network or a conference for
<b>several municipalities</b>? Register your group of 4 or more before
<b>April 14</b> and get <b>40% off</b> venue, catering and accommodation.</p>
<ul><li>Vegetarian, gluten-free and lactose-free menus included</li>
<li>Free cancellation for up to 3 participants</li>
<li>Dedicated group coordinator</li></ul>
<p><a href="http://nordic-eventdeals.com/r?id=88231">CLAIM YOUR GROUP DISCOUNT &raquo;</a></p>
<p style="font-size:8pt">You receive this mail because your address is listed as event contact.
<a href="http://nordic-eventdeals.com/u?id=88231">Unsubscribe</a></p>
</body></html>
""",
        X("unknown", [], []),
        "English group-booking spam with diets, a deadline and numbers of participants",
        html=True))

    m.append(mail(
        "au061", "2027-03-29T14:40", ("Siv Lundgren", "siv.lundgren@alvdalen.se"),
        "Begäran om radering av personuppgifter",
        """Hej,

Två medarbetare som anmäldes till DalaLab i januari, Stina Ollars och
Per-Olof Back, har avslutat sina anställningar hos oss. Vi ber er därför
att radera deras personuppgifter ur era register (namn, e-postadress och
eventuella uppgifter om specialkost).

Med vänlig hälsning
Siv Lundgren
HR-specialist
Älvdalens kommun
0251-310 00
""",
        X("erasure", [P("Stina Ollars", None, "Älvdalens kommun"),
                      P("Per-Olof Back", None, "Älvdalens kommun")], [], unsure=["intent"]),
        "HR asks to erase two former employees' data; implies cancelling them too"))

    m.append(mail(
        "au062", "2027-02-11T11:11", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
        "Registration DalaLab – County Administrative Board",
        """Hi Linnea,

I'd like to sign up myself and two colleagues from the County
Administrative Board for the sessions on 3 May and 21 September.

My colleagues are Sophie Wärn (sophie.warn@lansstyrelsen.se) and Henrik
Lagerqvist (henrik.lagerqvist@lansstyrelsen.se). Sophie has a nut allergy;
Henrik and I eat anything.

Best regards,
Daniel Okafor
Planning Officer
Länsstyrelsen Dalarna
+46 10-225 00 00
""",
        X("register", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                       P("Sophie Wärn", "sophie.warn@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="nut allergy"),
                       P("Henrik Lagerqvist", "henrik.lagerqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
          [S1, S2], diet="nut allergy"),
        "English group signup, sender attends, a colleague's diet"))

    m.append(mail(
        "au063", "2027-03-15T10:40", ("Karin Olsson", "karin.olsson@smedjebacken.se"),
        "koständring",
        """hej linnea

en uppdatering om maten för oss från smedjebacken som är anmälda till maj
och september: erik von essen har blivit vegetarian, och lisa ström ska
ha laktosfri kost. mig själv kan du lämna som förut.

/karin
""",
        X("change", [P("Erik von Essen", None, "Smedjebackens kommun", diet="vegetarian"),
                     P("Lisa Ström", None, "Smedjebackens kommun", diet="laktosfri")],
          [S1, S2], diet="vegetarian"),
        "diet change for two colleagues in lower case; sender unchanged and not among the people"))

    m.append(tg(
        "au064", "2027-03-18T07:52", "Sofia Åkesson", 731205864,
        "hej igen! jag och Mattias kan inte komma den 22 feb nästa år, krockar med budgetdagarna. "
        "vi andra från vansbro kör som vanligt",
        X("cancel", [P("Sofia Åkesson", None, "Vansbro kommun"),
                     P("Mattias", None, "Vansbro kommun")], [S4]),
        "Telegram partial cancel of a group for one session; colleague by first name, the rest stay"))

    m.append(mail(
        "au065", "2027-02-01T12:30", ("Karin Olsson", "karin.olsson@smedjebacken.se"),
        "anmälan dalalab",
        """hej linnea

vi är tre från smedjebacken som vill komma på träffarna v. 18 och v. 38:

karin olsson, planarkitekt (jag)
erik von essen, samhällsplanerare
lisa ström, mark- och exploateringsingenjör

ingen specialkost.

/karin

Karin Olsson
Planarkitekt
Smedjebackens kommun
0240-660 00
""",
        X("register", [P("Karin Olsson", "karin.olsson@smedjebacken.se", "Smedjebackens kommun"),
                       P("Erik von Essen", None, "Smedjebackens kommun"),
                       P("Lisa Ström", None, "Smedjebackens kommun")], [S1, S2]),
        "lower-case roster with titles, dates only as week numbers, latin-1",
        charset="iso-8859-1"))

    m.append(mail(
        "au066", "2027-01-18T08:25", ("Roger Nises", "roger.nises@alvdalen.se"),
        "VB: DalaLab?",
        """Hej Linnea!

Vidarebefordrar nedan. Anmäl gärna Stina och Per-Olof till alla fyra
tillfällena. Jag själv avstår den här gången.

Roger Nises
Samhällsbyggnadschef
Älvdalens kommun

---------- Vidarebefordrat meddelande ----------
Från: Stina Ollars <stina.ollars@alvdalen.se>
Datum: 15 jan. 2027 16:41
Ämne: DalaLab?
Till: Roger Nises <roger.nises@alvdalen.se>

Hej Roger, jag och Per-Olof Back skulle gärna gå på regionens DalaLab om
planeringsstrategier. Kan du anmäla oss? Per-Olof är glutenintolerant, det
kan vara bra att veta.
/Stina
""",
        X("register", [P("Stina Ollars", "stina.ollars@alvdalen.se", "Älvdalens kommun"),
                       P("Per-Olof Back", None, "Älvdalens kommun", diet="glutenintolerant")],
          ALL, diet="glutenintolerant"),
        "manager forwards colleagues' request and abstains; the people and a diet are in the forwarded part"))

    m.append(mail(
        "au067", "2027-03-08T13:05", ("Anneli Fors", "anneli.fors@regiondalarna.se"),
        "Anmälan från Region Dalarna, samhällsplanering",
        """Hej Linnea!

Från regionens enhet för samhällsplanering vill följande delta på samtliga
tillfällen (vi utgår från att taket på tre gäller kommunerna):

1. Nils Bergkvist – nils.bergkvist@regiondalarna.se
2. Maja-Lena Törnqvist – maja-lena.tornqvist@regiondalarna.se
3. Omar Hadi – omar.hadi@regiondalarna.se
4. Cajsa de Wall – cajsa.dewall@regiondalarna.se
5. Anneli Fors (undertecknad)

Hälsningar
Anneli Fors
Regional utvecklare, Samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
""",
        X("register", [P("Nils Bergkvist", "nils.bergkvist@regiondalarna.se", "Region Dalarna"),
                       P("Maja-Lena Törnqvist", "maja-lena.tornqvist@regiondalarna.se", "Region Dalarna"),
                       P("Omar Hadi", "omar.hadi@regiondalarna.se", "Region Dalarna"),
                       P("Cajsa de Wall", "cajsa.dewall@regiondalarna.se", "Region Dalarna"),
                       P("Anneli Fors", "anneli.fors@regiondalarna.se", "Region Dalarna")], ALL),
        "five from the region (no quota), numbered list, sender included as 'undertecknad'"))

    m.append(mail(
        "au068", "2027-03-03T09:58", ("Karin Dahlström", "karin.dahlstrom@gagnef.se"),
        "SV: DalaLab – Gagnef och Leksand",
        """Hej igen!

Vi tre (jag, Mikael Hed och Ylva Stenberg i Leksand) är anmälda till den
3 maj men vill byta till träffen den 29 november i stället. Det krockar
med kommunfullmäktige i maj.

Tack!
Karin Dahlström
Gagnefs kommun
""",
        X("change", [P("Karin Dahlström", "karin.dahlstrom@gagnef.se", "Gagnefs kommun"),
                     P("Mikael Hed", None, "Gagnefs kommun"),
                     P("Ylva Stenberg", None, "Leksands kommun")], [S3]),
        "a two-kommun group swaps one session for another; bare swap gives the new date"))

    m.append(mail(
        "au069", "2027-03-12T15:20", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
        "RE: Registration DalaLab – County Administrative Board",
        """Hi again,

Henrik and I are booked for 3 May and 21 Sept - could you add 29 Nov for
both of us? Sophie stays as she is.

Thanks,
Daniel
""",
        X("change", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                     P("Henrik Lagerqvist", None, "Länsstyrelsen Dalarna")], [S1, S2, S3]),
        "English: two of a group add a session to the ones they have; the third unchanged"))

    m.append(mail(
        "au070", "2027-02-26T10:01", ("Petra Lund", "petra.lund@falun.se"),
        "Platser kvar för Falun?",
        """Hej!

Hur många från Falu kommun är anmälda just nu? Jag funderar på att anmäla
mig men vill inte ta en plats om det redan är fullt. Vilka är det som står
på listan?

Petra Lund
Falu kommun
""",
        X("question", [], []),
        "asks about the kommun's quota before possibly signing up"))

    m.append(mail(
        "au071", "2027-03-04T07:00", ("Planeringsnätverket Bergslagen", "nyhetsbrev@planeringsnatverket.se"),
        "Nyhetsbrev mars 2027: gruppanmälan till vårens workshop",
        """<html><body>
<h1>Planeringsnätverket Bergslagen &ndash; nyhetsbrev mars 2027</h1>
<p><b>Vårens workshop om detaljplaneprocessen</b> hålls den 20 april i Fagersta.
Varje kommun kan anmäla en grupp om upp till fem personer. Anmäl din grupp
senast 30 mars via formuläret på vår webbplats.</p>
<p><b>Nytt i nätverket:</b> Smedjebacken och Ludvika har gått med som
medlemmar. Välkomna!</p>
<p><b>Tips:</b> Region Dalarnas lärprojekt DalaLab startar 3 maj &ndash;
anmälan direkt till regionen.</p>
<hr>
<p style="font-size:8pt">Du får detta nyhetsbrev eftersom du är medlem i
Planeringsnätverket Bergslagen. <a href="https://planeringsnatverket.se/avsluta">Avsluta prenumeration</a></p>
</body></html>
""",
        X("unknown", [], []),
        "newsletter about group signups for another event, mentions DalaLab and a date",
        html=True))

    m.append(mail(
        "au072", "2027-02-16T09:12", ("Mats Rehn", "mats.rehn@mora.se"),
        "Läst: SV: Anmälan DalaLab – fyra från Mora",
        """Ditt meddelande

    Till: Rehn Mats
    Ämne: SV: Anmälan DalaLab – fyra från Mora
    Skickat: den 15 februari 2027 16:20 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 16 februari 2027 09:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
        X("auto_reply", [], []),
        "Outlook read receipt for a reply about a group of four"))

    m.append(mail(
        "au073", "2027-03-25T17:45", ("Henrik Skog", "henrik.skog@leksand.se"),
        "Ta bort oss",
        """Hej.

Jag har fått en bekräftelse på att jag och Ulf Berg är anmälda till
DalaLab, men ingen av oss har anmält sig och vi vill inte vara med. Ta bort
oss och radera de uppgifter ni har om oss. Ulf står på kopia.

Henrik Skog
Leksands kommun
""",
        X("erasure", [P("Henrik Skog", "henrik.skog@leksand.se", "Leksands kommun"),
                      P("Ulf Berg", None, "Leksands kommun")], [], unsure=["intent"]),
        "two people signed up by someone else want out and erased; erasure and cancel in one"))

    m.append(mail(
        "au074", "2027-02-18T11:37", ("Britt-Marie Halvarsson", "britt-marie.halvarsson@malung-salen.se"),
        "Anmälan till DalaLab",
        """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial">
<p>Hej!</p>
<p>Jag anmäler nedanstående från Malung-Sälens kommun till två av träffarna:
den om att planera för både önskvärda framtider och osäkerheter, samt den om
tillgänglighet.</p>
<ul>
<li>Tobias Eng, översiktsplanerare</li>
<li>Moa Lindh, planeringsarkitekt</li>
</ul>
<p>Själv vet jag inte ännu om jag har möjlighet att följa med, jag hör av mig
i så fall.</p>
<p>Vänliga hälsningar<br>Britt-Marie Halvarsson<br>Administratör, Samhällsbyggnad<br>
Malung-Sälens kommun<br>0280-181 00</p>
</div></body></html>
""",
        X("register", [P("Tobias Eng", None, "Malung-Sälens kommun"),
                       P("Moa Lindh", None, "Malung-Sälens kommun")], [S3, S4], unsure=["sender-attends"]),
        "HTML, sessions named only by theme title, administrator unsure whether she comes herself",
        html=True))

    m.append(mail(
        "au075", "2027-02-24T08:55", ("Jonas Hedlund", "jonas.hedlund@ludvika.se"),
        "En till från Ludvika",
        """Hej Linnea,

Vi är redan tre anmälda från Ludvika (Per Eriksson, Annika Wahlberg och
jag). Nu vill även vår nya planerare Maja Strand vara med på alla fyra
träffarna – anmäl henne gärna, och sätt henne på reservlistan om det inte
går. Hennes adress är maja.strand@ludvika.se.

Mvh
Jonas Hedlund
Planeringschef, Ludvika kommun
""",
        X("register", [P("Maja Strand", "maja.strand@ludvika.se", "Ludvika kommun")], ALL),
        "a fourth from one kommun; the three already registered are named but not part of the request"))

    m.append(mail(
        "au076", "2027-03-30T13:13", ("Tord Backman", "tord.backman@hedemora.se"),
        "Byte av deltagare DalaLab",
        """Hej,

Två av våra tre deltagare byts ut:

  Anna Forsberg  ->  Gustav Lind (gustav.lind@hedemora.se)
  Björn Dahl     ->  Helena Åberg (helena.aberg@hedemora.se)

De nya tar över platserna på alla fyra träffarna, även den 29 november som
Anna och Björn hade lämnat återbud till. Cecilia Vik är kvar som förut.

Mvh
Tord Backman
Avdelningschef Samhällsbyggnad
Hedemora kommun
""",
        X("change", [P("Anna Forsberg", None, "Hedemora kommun"),
                     P("Gustav Lind", "gustav.lind@hedemora.se", "Hedemora kommun"),
                     P("Björn Dahl", None, "Hedemora kommun"),
                     P("Helena Åberg", "helena.aberg@hedemora.se", "Hedemora kommun")], ALL),
        "two substitutions in one mail written with arrows; the third member unchanged"))

    m.append(tg(
        "au077", "2027-04-06T12:20", "Lars Gunnarsson", 604117385,
        "Hej, Lars Gunnarsson här, chef för samhällsbyggnad i Borlänge. Karim Haddad har slutat hos oss "
        "så stryk honom från träffen 29/11. Ingen ersättare just nu.",
        X("cancel", [P("Karim Haddad", None, "Borlänge kommun")], [S3]),
        "manager on Telegram cancels a departed employee, no substitute; sender not among the people"))

    m.append(mail(
        "au078", "2027-01-29T16:30", ("Sara Nyström-Berg", "sara.nystrom-berg@falun.se"),
        "Quota question",
        """Hi Linnea!

A quick question before we add anyone: two planners from Säter would like
to come along with our Falun group. Do they count against Falun's quota of
three or against Säter's? And should they register separately?

Kind regards,
Sara Nyström-Berg
Strategist, Falu kommun
""",
        X("question", [], []),
        "English question about which kommun's quota a mixed group uses"))

    m.append(tg(
        "au079", "2027-03-01T19:44", "Ahmed Yusuf", 259381740,
        "Hej! Ahmed Yusuf, Avesta kommun. Vill anmäla mig till alla fyra, och min kollega Linda Brandt "
        "bara till första (3/5). Jag är glutenfri, Linda har ingen specialkost.",
        X("register", [P("Ahmed Yusuf", None, "Avesta kommun", diet="glutenfri"),
                       P("Linda Brandt", None, "Avesta kommun")], ALL, diet="glutenfri"),
        "Telegram: two people with different sessions and diets; sessions are the union"))

    m.append(mail(
        "au080", "2027-01-07T02:14", ("IT-Support Region Dalarna", "it-support@regiondalarna-mail.com"),
        "Din brevlåda har nått sin kvot – åtgärd krävs",
        """Bästa användare,

Din brevlåda linnea.hassis@regiondalarna.se har nått 98 % av sin kvot.
Inkommande meddelanden från dina grupper och kollegor kommer att avvisas
inom 24 timmar.

Klicka här för att verifiera ditt konto och utöka kvoten kostnadsfritt:
http://regiondalarna-mail.com/owa/verify

IT-Support
Region Dalarna
""",
        X("unknown", [], []),
        "phishing about a mailbox 'quota' from a look-alike domain"))

    m.append(mail(
        "au081", "2027-03-22T10:02", ("Personalenheten Säters kommun", "personal@sater.se"),
        "Autosvar: SV: Återkallande av anmälan - Säters kommun",
        """Tack för ditt mejl till Personalenheten i Säters kommun.

Vi besvarar ditt ärende inom tre arbetsdagar. Gäller det lön eller
frånvaro, ring lönecenter på 0225-550 00 vardagar 9-11.

Detta är ett automatiskt svar.
""",
        X("auto_reply", [], []),
        "function mailbox auto-acknowledgement answering the reply to a group cancellation",
        charset="iso-8859-1"))

    m.append(mail(
        "au082", "2027-04-08T10:30", ("Jonas Hedlund", "jonas.hedlund@ludvika.se"),
        "Ändring i Ludvikas anmälan",
        """Hej igen.

Vi behöver tyvärr se över vilka från Ludvika som kan gå. Stryk tills
vidare Maja Strand och mig – vi återkommer om vi hittar ersättare innan
sista anmälningsdagen. Per och Annika går som planerat.

Mvh
Jonas Hedlund
Planeringschef, Ludvika kommun
""",
        X("cancel", [P("Maja Strand", None, "Ludvika kommun"),
                     P("Jonas Hedlund", "jonas.hedlund@ludvika.se", "Ludvika kommun")], ALL,
          unsure=["change-or-cancel"]),
        "withdraws two of a group 'tills vidare' with substitutes only promised; subject says ändring"))

    m.append(mail(
        "au083", "2027-03-14T08:00", ("Hotell Dalaporten Gruppbokning", "grupp@hotelldalaporten.se"),
        "Boka rum för hela gruppen till DalaLab den 3 maj i Falun!",
        """Hej!

Kommer ni flera från samma kommun till Region Dalarnas DalaLab i Falun den
3 maj? Boka övernattning för hela gruppen hos oss – 15 % rabatt vid minst
tre rum, frukostbuffé med glutenfria och veganska alternativ ingår.

Boka på hotelldalaporten.se/grupp med koden DALALAB27.

Välkomna!
Hotell Dalaporten, Falun

Vill du inte längre få erbjudanden? Svara AVREGISTRERA.
""",
        X("unknown", [], []),
        "hotel offer riding on the event: names the event, a session date, groups and diets"))

    m.append(mail(
        "au084", "2027-01-22T14:15", ("Cecilia Vik", "cecilia.vik@hedemora.se"),
        "Fråga om mat",
        """Hej!

Vi är tre från Hedemora som anmäldes av vår chef. Två av oss har
allergier – ska vi meddela det direkt till dig, och hur vet ni i så fall
vem som äter vad? Blir det lunch eller bara fika?

Hälsningar
Cecilia Vik
""",
        X("question", [], []),
        "member of a group registered by the manager asks how to report diets; no diet stated"))

    m.append(mail(
        "au085", "2027-04-02T09:00", ("Dataskyddsombud Gagnefs kommun", "dataskyddsombud@gagnef.se"),
        "Begäran om radering enligt artikel 17 GDPR",
        """Till Region Dalarna

Gagnefs kommun begär härmed att Region Dalarna raderar samtliga
personuppgifter om anställda i Gagnefs kommun som regionen har tagit emot i
samband med anmälningar till DalaLab, i den mån uppgifterna inte längre
behövs för det ändamål för vilket de samlades in.

Vänligen bekräfta att raderingen har genomförts.

Dataskyddsombudet
Gagnefs kommun
""",
        X("erasure", [], []),
        "data protection officer asks for erasure of a whole kommun's group without naming anyone"))

    m.append(mail(
        "au086", "2027-02-05T13:37", ("Magnus Tell", "magnus.tell@lansstyrelsen.se"),
        "Anmälan DalaLab",
        """Hej Linnea!

Anmäler mig själv och Tove Ahl (Lst Dalarna) samt Petter Grahn från
regionens trafikavdelning, som bad mig ta med honom. Vi kommer den 21.9 och
den 29:e nov.

Tove: tove.ahl@lansstyrelsen.se
Petter har ingen specialkost, men jag är laktosintolerant.

Hälsningar
Magnus Tell
Samhällsplanerare
Länsstyrelsen Dalarna
010-225 01 00
""",
        X("register", [P("Magnus Tell", "magnus.tell@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="laktosintolerant"),
                       P("Tove Ahl", "tove.ahl@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                       P("Petter Grahn", None, "Region Dalarna")], [S2, S3], diet="laktosintolerant"),
        "Länsstyrelsen and Region people in one mail, dates as '21.9' and 'den 29:e nov'"))

    m.append(mail(
        "au087", "2027-03-19T11:05", ("Mats Rehn", "mats.rehn@mora.se"),
        "Uppdatering Mora-gruppen",
        """Hej,

Två saker om Mora-gruppen:
- Elin Mattsson kan inte den 3 maj men går på de tre andra träffarna.
- Viktor Frost ska ha glutenfri kost.

I övrigt inget nytt.

/Mats
""",
        X("change", [P("Elin Mattsson", None, "Mora kommun"),
                     P("Viktor Frost", None, "Mora kommun", diet="glutenfri")],
          [S2, S3, S4], diet="glutenfri", unsure=["sessions", "change-or-cancel"]),
        "one person drops a session (keeping the rest) and another changes diet in one mail"))

    m.append(mail(
        "au088", "2027-02-16T11:40", ("Hanna Jonsson", "hanna.jonsson@mora.se"),
        "SV: Anmälan DalaLab – fyra från Mora",
        """Ska vi samåka ner till Falun den 3 maj? Jag kan köra, plats för fyra.
Säg till senast fredag så bokar jag bilen.
/Hanna

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 15 februari 2027 16:20
Till: Rehn Mats <mats.rehn@mora.se>
Kopia: Mattsson Elin; Jonsson Hanna; Frost Viktor; Ollas Rasmus
Ämne: SV: Anmälan DalaLab – fyra från Mora

Hej Mats! Tre av er är nu anmälda, Viktor står först på reservlistan.
/Linnea
""",
        X("unknown", [], [], unsure=["intent"]),
        "reply-all among group members about carpooling, not meant for the service"))

    m.append(mail(
        "au089", "2027-02-24T09:40", ("Microsoft Outlook", "postmaster@ludvika.se"),
        "Undeliverable: SV: En till från Ludvika",
        """Delivery has failed to these recipients or groups:

maja.strand@ludvika.se
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX02.ludvika.se

maja.strand@ludvika.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: Jonas Hedlund <jonas.hedlund@ludvika.se>, <maja.strand@ludvika.se>
Subject: SV: En till från Ludvika
""",
        X("auto_reply", [], []),
        "Exchange non-delivery report for a newly added colleague's address"))

    m.append(tg(
        "au090", "2027-01-16T20:05", "Sofia Åkesson", 731205864,
        "Hej! Vi blir fyra från Vansbro kommun: jag, Tomas, Jenny och Mattias. Alla fyra träffarna om det "
        "går, annars får Mattias stå på reserv. Jenny är vegetarian.",
        X("register", [P("Sofia Åkesson", None, "Vansbro kommun"),
                       P("Tomas", None, "Vansbro kommun"),
                       P("Jenny", None, "Vansbro kommun", diet="vegetarian"),
                       P("Mattias", None, "Vansbro kommun")], ALL, diet="vegetarian"),
        "Telegram: four from one kommun by first names, 'alla fyra' both people and sessions, one diet"))

    return m
