"""Theme "after": what arrives once people have signed up for DalaLab.

Follow-up signups (some quoting the service's own confirmation "Vi har registrerat..."), session swaps and
additions, substitutes, diet updates and removals, new name/address/employer, whole and partial cancellations
(one in a forwarded VB: chain), questions from registered people, erasure requests, automatic replies and a
bounce to confirmations, phishing dressed as a reminder, a thank-you and complaints.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

CONF_ALL = """> Hej!
>
> Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och
> utvecklingskraft för följande tillfällen:
>   - 3 maj 2027, Falun (fika från 09:30, start 10:00)
>   - 21 september 2027
>   - 29 november 2027
>   - 22 februari 2028
>
> Svara på det här mejlet om något behöver ändras.
>
> Vänliga hälsningar
> DalaLab anmälan, Region Dalarna"""


def messages():
    return [
        mail("az091", "2027-02-03T08:47", ("Annika Strömberg", "annika.stromberg@falun.se"),
             "Re: Vi har registrerat din anmälan – DalaLab",
             """Hej igen,

Tack för snabb bekräftelse. Nu har även min kollega Johan Berggren på
översiktsplaneringen fått klartecken från sin chef, så han vill också vara med
på hela serien. johan.berggren@falun.se

/Annika

Den 2 feb. 2027 kl. 16:12 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:
""" + CONF_ALL,
             X("register", [P("Johan Berggren", "johan.berggren@falun.se", "Falu kommun")], ALL),
             "follow-up signup of a colleague as reply to the confirmation; quoted dates are not the signup; sender already registered, not among people"),

        mail("az092", "2027-02-11T13:05", ("Petter Lindqvist", "petter.lindqvist@borlange.se"),
             "Lägga till ett tillfälle",
             """Hej Linnea!

Jag anmälde mig i januari till första träffen den 3 maj. Nu visar det sig att
jag kan komma loss även den 29 november, så lägg gärna till mig på den också.

Hälsningar
Petter Lindqvist
Samhällsplanerare | Borlänge kommun
Tfn 0243-74 000 (vx)""",
             X("change", [P("Petter Lindqvist", "petter.lindqvist@borlange.se", "Borlänge kommun")], [S1, S3]),
             "adds a session to an existing one: sessions after the change are both"),

        mail("az093", "2027-01-19T10:22", ("Malin Åkesson", "malin.akesson@hedemora.se"),
             "byte av datum",
             """Hej,
kan jag byta 21 september mot 22 februari? Vi har KF-beredning den veckan i
september som jag inte kommer ifrån.
mvh Malin Åkesson, Hedemora""",
             X("change", [P("Malin Åkesson", "malin.akesson@hedemora.se", "Hedemora kommun")], [S4]),
             "bare swap: only the new session"),

        mail("az094", "2027-03-02T15:40", ("Gustav Nordin", "gustav.nordin@mora.se"),
             "Ersättare 3 maj",
             """Hej!

Jag är tyvärr dubbelbokad den 3 maj. Erik Nyström från vår planavdelning går i
stället för mig den dagen. Övriga träffar är jag med på som planerat.

Mvh
Gustav Nordin
Mora kommun
Stadsbyggnadsförvaltningen""",
             X("change", [P("Gustav Nordin", "gustav.nordin@mora.se", "Mora kommun"),
                          P("Erik Nyström", None, "Mora kommun")], [S1]),
             "substitute for one session only; substitute without address gets sender's organisation"),

        mail("az095", "2027-03-15T07:58", ("Ingrid Sahlin", "ingrid.sahlin@lansstyrelsen.se"),
             "Ändrad kost",
             """Hej,

Jag är anmäld till DalaLab och har inte angett någon specialkost tidigare, men
har sedan dess fått diagnosen celiaki. Jag behöver alltså glutenfri mat till
både fika och lunch framöver.

Tack på förhand!
Ingrid Sahlin
Länsstyrelsen Dalarna, Samhällsbyggnadsenheten""",
             X("change", [P("Ingrid Sahlin", "ingrid.sahlin@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="glutenfri")],
               [], diet="glutenfri"),
             "diet update for an already registered person, no sessions stated"),

        mail("az096", "2027-03-22T11:31", ("Olle Westin", "olle.westin@rattvik.se"),
             "SV: DalaLab - kostönskemål",
             """Hej Linnea

En liten rättelse: jag skrev laktosfri i min anmälan men det var fel, det var
min sambo jag tänkte på :) Jag äter allt, så ni kan ta bort det.

Olle

Olle Westin
Planeringsarkitekt
Rättviks kommun""",
             X("change", [P("Olle Westin", "olle.westin@rattvik.se", "Rättviks kommun")], []),
             "diet removal: the laktosfri is withdrawn, so no diet"),

        mail("az097", "2027-01-28T09:14", ("Karin Sjöberg", "karin.sjoberg@ludvika.se"),
             "Ny e-postadress",
             """Hej!

Från 1 februari byter kommunen e-postsystem och min adress blir
karin.m.sjoberg@ludvika.se. Kan ni uppdatera min anmälan till DalaLab så att
kallelser och material kommer dit? Den gamla slutar fungera i mars.

Vänligen
Karin Sjöberg
Ludvika kommun""",
             X("change", [P("Karin Sjöberg", "karin.m.sjoberg@ludvika.se", "Ludvika kommun")], []),
             "new e-mail address for a registered person; the new address is the one to keep"),

        mail("az098", "2027-02-24T14:02", ("Sanna Holm", "sanna.holm@falun.se"),
             "Byte av arbetsgivare – DalaLab",
             """Hej Linnea,

Jag var anmäld till DalaLab via Borlänge kommun men har nu börjat på Falu
kommun (stadsbyggnad). Jag vill gärna fortsätta i projektet, samma tillfällen
som tidigare (alla fyra), men registrerad på Falun i stället. Min gamla
Borlängeadress är avstängd.

Hälsningar
Sanna Holm
Falu kommun""",
             X("change", [P("Sanna Holm", "sanna.holm@falun.se", "Falu kommun")], ALL),
             "new employer: organisation moves from Borlänge to Falun, sessions restated as all four"),

        mail("az099", "2027-04-02T16:45", ("Elin Forsberg", "elin.forsberg@smedjebacken.se"),
             "Namnbyte",
             """Hej,

Jag är anmäld som Elin Larsson men har gift mig och heter numera Elin Forsberg.
Mejladressen har ändrats också (den gamla vidarebefordras ett tag till). Skulle
vara bra om namnskylten blir rätt i maj :)

Mvh Elin Forsberg
Smedjebackens kommun""",
             X("change", [P("Elin Forsberg", "elin.forsberg@smedjebacken.se", "Smedjebackens kommun")], []),
             "name change after marriage; the new name and address are what counts"),

        mail("az100", "2027-03-29T08:03", ("Jonas Hedlund", "jonas.hedlund@avesta.se"),
             "Avanmälan DalaLab",
             """Hej.

Jag måste tyvärr avanmäla mig från hela DalaLab. Omorganisation hos oss gör att
jag inte längre jobbar med översiktsplanering. Lycka till med projektet!

Jonas Hedlund
Avesta kommun""",
             X("cancel", [P("Jonas Hedlund", "jonas.hedlund@avesta.se", "Avesta kommun")], ALL),
             "whole cancellation"),

        mail("az101", "2027-02-16T12:20", ("Lena Dahlgren", "lena.dahlgren@orsa.se"),
             "21/9",
             """Hej! Jag kommer tyvärr inte kunna delta 21/9, är på semester då. Resten står
fast. //Lena Dahlgren, Orsa kommun

Skickat från min iPhone""",
             X("cancel", [P("Lena Dahlgren", "lena.dahlgren@orsa.se", "Orsa kommun")], [S2]),
             "partial cancellation of one session"),

        mail("az102", "2027-03-10T09:36", ("Björn Ekman", "bjorn.ekman@gagnef.se"),
             "VB: VB: DalaLab",
             """Hej Linnea,
se nedan. Kan du stryka Maja från listan? Vi har ingen som kan ta hennes plats
just nu, men jag hör av mig om det ändras.

Björn Ekman, enhetschef Samhällsbyggnad
Gagnefs kommun

-----Ursprungligt meddelande-----
Från: Maja Persson <maja.persson@gagnef.se>
Skickat: den 9 mars 2027 17:02
Till: Björn Ekman <bjorn.ekman@gagnef.se>
Ämne: VB: DalaLab

Hej Björn, jag glömde helt att jag är anmäld till DalaLab. Eftersom jag slutar
sista april kan jag inte gå på någon av träffarna. Kan du meddela dem?
/Maja

-----Ursprungligt meddelande-----
Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 10:11
Till: Maja Persson <maja.persson@gagnef.se>
Ämne: Vi har registrerat din anmälan – DalaLab

Hej! Vi har registrerat din anmälan till DalaLab för 3 maj 2027, 21 september
2027, 29 november 2027 och 22 februari 2028.""",
             X("cancel", [P("Maja Persson", "maja.persson@gagnef.se", "Gagnefs kommun")], ALL),
             "forwarded VB: chain: manager cancels a colleague (address in the chain) without substitute; sender not among people"),

        mail("az103", "2027-04-06T10:50", ("Therese Nylund", "therese.nylund@sater.se"),
             "Frågor inför 3 maj",
             """Hej,

Jag är anmäld till första träffen. Ett par praktiska frågor:
1. Var i Falun är det? Har inte sett någon adress.
2. Ingår lunch eller ska vi ordna själva?
3. Går det att parkera i närheten?

Tack!
Therese Nylund
Säters kommun""",
             X("question"),
             "practical questions from a registered participant; the date only names her session, no request on it"),

        mail("az104", "2027-03-05T13:13", ("Per-Åke Grahn", "per-ake.grahn@malung-salen.se"),
             "har jag fått plats?",
             """hej
anmälde mig för ett par veckor sen men har inte fått nåt bekräftelsemejl. har
jag kommit med eller är det fullt från Malung-Sälen?
/P-Å""",
             X("question"),
             "asks whether his earlier signup went through; not a new signup"),

        mail("az105", "2027-03-31T15:27", ("Hanna Brandt", "hanna.brandt@vansbro.se"),
             "Radera uppgifter",
             """Hej,

Jag har avanmält mig från DalaLab tidigare och vill nu att ni raderar alla
personuppgifter ni har sparade om mig (namn, mejl, kostuppgifter) i enlighet
med GDPR. Bekräfta gärna när det är gjort.

Hanna Brandt
Vansbro kommun""",
             X("erasure", [P("Hanna Brandt", "hanna.brandt@vansbro.se", "Vansbro kommun")], []),
             "erasure request after an earlier cancellation; mention of cancellation is history"),

        mail("az106", "2027-01-12T18:09", ("Michael O'Connor", "michael.oconnor@regiondalarna.se"),
             "Data deletion request",
             """Hi,

I signed up for DalaLab back in December but I'm leaving Region Dalarna at the
end of the month. Please remove me from the participant list and delete all
personal data you hold on me (Art. 17 GDPR).

Best regards,
Michael O'Connor""",
             X("erasure", [P("Michael O'Connor", "michael.oconnor@regiondalarna.se", "Region Dalarna")], []),
             "English erasure request that also implies leaving; erasure dominates"),

        mail("az107", "2027-02-02T16:13", ("Anders Wikström", "anders.wikstrom@leksand.se"),
             "Frånvaro: Vi har registrerat din anmälan – DalaLab",
             """Hej!

Jag är på tjänsteresa t.o.m. 9 februari och har begränsad tillgång till e-post.
Brådskande ärenden: kontakta växeln 0247-800 00.

Anders Wikström
Leksands kommun""",
             X("auto_reply"),
             "out-of-office reply to the confirmation mail"),

        mail("az108", "2027-03-18T09:00", ("Sarah Lindgren", "sarah.lindgren@borlange.se"),
             "Automatic reply: Re: DalaLab – change registered",
             """Thank you for your message. I am on parental leave until 1 June 2027 and
will not be reading e-mail. For planning matters, please contact
planering@borlange.se.

Sarah Lindgren""",
             X("auto_reply"),
             "English automatic reply mentioning a date; must not be read as a change"),

        mail("az109", "2027-01-21T10:14", (None, "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Vi har registrerat din anmälan – DalaLab",
             """Delivery has failed to these recipients or groups:

kristoffer.aln@hedemora.se
The e-mail address you entered couldn't be found. Please check the recipient's
e-mail address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
Subject: Vi har registrerat din anmälan – DalaLab
To: kristoffer.aln@hedemora.se

Hej! Vi har registrerat din anmälan till DalaLab för följande tillfällen:
3 maj 2027, 21 september 2027.""",
             X("auto_reply"),
             "bounce of a confirmation; the quoted confirmation is not a signup"),

        mail("az110", "2027-03-25T06:41", ("DalaLab Registrering", "noreply@dalalab-registrering.info"),
             "PÅMINNELSE: Bekräfta din plats senast 27/3",
             """<html><body>
<p><b>Viktig påminnelse</b></p>
<p>Hej deltagare,</p>
<p>Din plats på DalaLab den 3 maj 2027 kommer att <b>släppas till reservlistan</b>
om du inte bekräftar den inom 48 timmar. Logga in med ditt kommunkonto för att
bekräfta:</p>
<p><a href="http://dalalab-registrering.info/login.php?ref=regiondalarna">Bekräfta min plats</a></p>
<p>Med vänliga hälsningar<br>Region Dalarna – Eventservice</p>
</body></html>""",
             X("unknown"),
             "phishing dressed as a reminder from the organiser; no request from a participant",
             html=True),

        mail("az111", "2027-02-09T11:02", ("Katarina Öberg", "katarina.oberg@alvdalen.se"),
             "Re: Vi har registrerat din anmälan – DalaLab",
             """Stort tack! Ser verkligen fram emot det här, det är precis vad vi behöver
inför vår nya ÖP.

Katarina

Den 8 feb. 2027 kl. 14:30 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:
""" + CONF_ALL,
             X("unknown"),
             "thank-you reply to the confirmation; quoted four dates must not make it a signup"),

        mail("az112", "2027-04-08T17:55", ("Fredrik Lund", "fredrik.lund@ludvika.se"),
             "Varför nej?",
             """Hej

Jag fick svar att jag inte kan delta eftersom Ludvika redan har tre anmälda.
Men Karin Sjöberg har väl avanmält sig? Hon sa det i fikarummet i förra veckan.
Hur är det egentligen, vilka tre är det som står på listan? Tycker det är
konstigt att man inte får veta det.

Fredrik Lund
Ludvika kommun""",
             X("question"),
             "complaint about a quota refusal, asks who holds the places; hearsay of a colleague's cancellation is not a cancel"),

        tg("az113", "2027-02-20T21:14", "Sofie Mattsson", 5510237781,
           "hej! kan jag flytta mig från 21/9 till 29/11? tack",
           X("change", [P("Sofie Mattsson", None, None)], [S3]),
           "telegram bare swap"),

        tg("az114", "2027-03-01T07:32", "Niklas R", 6023371904,
           "Niklas Rydén, Rättvik. Jag hinner inte till första träffen, stryk mig där men resten kör jag",
           X("cancel", [P("Niklas Rydén", None, "Rättviks kommun")], [S1]),
           "telegram partial cancel via 'första träffen'; organisation from the text"),

        tg("az115", "2027-03-12T12:48", "Ulrika Mora", 5877104412,
           "Jag är redan anmäld. Vill lägga till min kollega Sara Holm (sara.holm@mora.se) på alla träffar",
           X("register", [P("Sara Holm", "sara.holm@mora.se", "Mora kommun")], ALL),
           "telegram follow-up signup of a colleague; display name is not the organisation but her address is"),

        tg("az116", "2027-01-30T19:03", "Martin Ek", 4419920376,
           "Har blivit vegan sedan jag anmälde mig 🌱 kan ni notera det",
           X("change", [P("Martin Ek", None, None, diet="vegan")], [], diet="vegan"),
           "telegram diet update"),

        tg("az117", "2027-04-09T08:15", "Ebba Lindh", 6630017729,
           "när kommer programmet för 3 maj? och börjar det 10 eller 09.30?",
           X("question"),
           "telegram question naming a date; no sessions"),

        tg("az118", "2027-03-20T22:40", "Per", 5003348810,
           "Avanmäl mig från DalaLab. Per Lind, Orsa kommun",
           X("cancel", [P("Per Lind", None, "Orsa kommun")], ALL),
           "telegram whole cancel, name and kommun in the text"),

        mail("az119", "2027-01-26T08:30", ("Joakim Sundqvist", "joakim.sundqvist@sater.se"),
             "Re: Vi har registrerat din anmälan – DalaLab",
             """Hej, det här stämmer inte riktigt. Jag anmälde mig bara till den 3 maj och
den 22 februari, inte alla fyra. Kan ni rätta det?

Joakim

> Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och
> utvecklingskraft för följande tillfällen:
>   - 3 maj 2027
>   - 21 september 2027
>   - 29 november 2027
>   - 22 februari 2028""",
             X("change", [P("Joakim Sundqvist", "joakim.sundqvist@sater.se", "Säters kommun")], [S1, S4]),
             "hard: corrects a wrong confirmation; sessions after are only the two he names, quoted four are not"),

        mail("az120", "2027-03-03T10:05", ("Viktor Hallberg", "viktor.hallberg@avesta.se"),
             "DalaLab – Lisa tar över",
             """Hej Linnea!

Jag går på föräldraledighet i april och blir borta resten av året. Min
kollega Lisa Granström (lisa.granstrom@avesta.se) tar över min plats i DalaLab
från och med första träffen. Hon har ingen specialkost.

Tack och hej
Viktor Hallberg
Avesta kommun | Plan- och byggenheten""",
             X("change", [P("Viktor Hallberg", "viktor.hallberg@avesta.se", "Avesta kommun"),
                          P("Lisa Granström", "lisa.granstrom@avesta.se", "Avesta kommun")], ALL),
             "substitute takes over the whole series from the first session"),

        mail("az121", "2027-02-25T14:44", ("Camilla Rask", "camilla.rask@hedemora.se"),
             "September",
             """Hej,

Det ser ut som att jag inte kommer kunna den 21 september (krock med
budgetarbetet). Antingen tar ni bort mig från just det tillfället eller flyttar
mig till ett senare, vad som passar er bäst.

Camilla Rask, Hedemora kommun""",
             X("cancel", [P("Camilla Rask", "camilla.rask@hedemora.se", "Hedemora kommun")], [S2],
               unsure=["change-or-cancel"]),
             "leaves it open whether to cancel 21/9 or move it to an unnamed later session"),

        mail("az122", "2027-03-08T09:20", ("Helena Björk", "helena.bjork@falun.se"),
             "Ändring för Maria – DalaLab",
             """Hej!

Maria Eklund (maria.eklund@falun.se) är anmäld till alla fyra tillfällena men
kan nu bara gå på den 3 maj. På de tre övriga skickar vi Olof Sandberg
(olof.sandberg@falun.se) i hennes ställe.

Mvh Helena Björk
Samordnare, Stadsbyggnadsförvaltningen, Falu kommun""",
             X("change", [P("Maria Eklund", "maria.eklund@falun.se", "Falu kommun"),
                          P("Olof Sandberg", "olof.sandberg@falun.se", "Falu kommun")], ALL,
               unsure=["each-own-sessions"]),
             "coordinator splits a registration: Maria keeps 3 May, Olof substitutes for the rest; sender not among people"),

        mail("az123", "2027-03-30T13:37", ("Tomas Wallin", "tomas.wallin@hedemora.se"),
             "Fler från Hedemora",
             """Hej,

Utöver mig (redan anmäld) vill Lena Dahl från bygglov och ytterligare en
kollega från miljö följa med på DalaLab. Namnet på den andra får jag
återkomma med.

/Tomas""",
             X("register", [P("Lena Dahl", None, "Hedemora kommun")], ALL, unsure=["unnamed"]),
             "follow-up signup: one named colleague plus one unnamed; sender already registered"),

        mail("az124", "2027-04-07T11:11", ("Anna-Karin Moberg", "anna-karin.moberg@ludvika.se"),
             "Re: DalaLab – Ludvika har redan tre deltagare",
             """Hej,

Ni skrev att Ludvika redan har tre platser och att Nora Vik därför inte kunde
komma med. Men Kalle Engström har slutat hos oss sedan dess. Kan Nora ta hans
plats i stället? Hennes adress är nora.vik@ludvika.se.

Vänliga hälsningar
Anna-Karin Moberg
Enhetschef, Ludvika kommun""",
             X("change", [P("Kalle Engström", None, "Ludvika kommun"),
                          P("Nora Vik", "nora.vik@ludvika.se", "Ludvika kommun")], ALL),
             "after a quota refusal: a leaver's place goes to the refused person (substitution, all sessions)"),

        mail("az125", "2027-02-17T15:50", ("Linus Bergh", "linus.bergh@gagnef.se"),
             "Ytterligare deltagare 21 sept",
             """Hej!

Kan ni skriva upp Jonas Eriksson till den 21 september? Han jobbar med
landsbygdsutveckling och temat passar honom bra. Jag kanske hänger med på den
också, återkommer om det.

Linus Bergh
Gagnefs kommun""",
             X("register", [P("Jonas Eriksson", None, "Gagnefs kommun")], [S2], unsure=["sender-attends"]),
             "registers a colleague; sender says he may join too, which a human would ask about"),

        tg("az126", "2027-03-14T17:26", "Jenny Wahl", 5290047718,
           "Kan ni flytta mig till 21/9 istället för 3/5. Nej vänta, 29/11 menar jag, i september är jag bortrest",
           X("change", [P("Jenny Wahl", None, None)], [S3], unsure=["corrected"]),
           "telegram swap with the writer correcting the new date"),

        mail("az127", "2027-01-22T10:38", ("Rikard Svensson", "rikard.svensson@orsa.se"),
             "Byta från maj",
             """Hej Linnea

Jag är anmäld till majträffen men det har blivit krock. Går det att byta till
höstens träff i stället?

Rikard Svensson
Orsa kommun""",
             X("change", [P("Rikard Svensson", "rikard.svensson@orsa.se", "Orsa kommun")], [S2, S3],
               unsure=["sessions"]),
             "swap to 'höstens träff' (singular) which fits both autumn sessions"),

        mail("az128", "2027-03-17T08:55", ("Ylva Nord", "ylva.nord@vansbro.se"),
             "Specialkost Henrik Alm",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Vår deltagare <b>Henrik Alm</b> har meddelat mig att han har
<span style="color:#c00000">nötallergi</span> (svår). Kan ni se till att
kök/fika får veta det inför alla träffar han är anmäld till?</p>
<p>Med vänlig hälsning<br>
<b>Ylva Nord</b><br>
Administratör, Samhällsbyggnad<br>
Vansbro kommun<br>
<span style="color:#808080">Besöksadress: Missionsvägen 4, 780 50 Vansbro</span></p>
</body></html>""",
             X("change", [P("Henrik Alm", None, "Vansbro kommun", diet="nötallergi")], [], diet="nötallergi"),
             "HTML mail: diet update on behalf of a registered colleague; sender not among people",
             html=True),

        mail("az129", "2027-02-05T13:25", ("Göran Lilja", "goran.lilja@smedjebacken.se"),
             "Sofia Berg – DalaLab",
             """<div dir="ltr"><div>Hej,</div><div><br></div>
<div>Sofia Berg kommer inte att kunna delta i DalaLab, hon går på
föräldraledighet tidigare än planerat. Vi har tyvärr ingen ersättare i
nuläget.</div><div><br></div>
<div>Mvh<br>Göran Lilja<br>Smedjebackens kommun</div></div>""",
             X("cancel", [P("Sofia Berg", None, "Smedjebackens kommun")], ALL),
             "HTML mail: colleague withdrawn without substitute is a cancel of all sessions",
             html=True),

        mail("az130", "2027-03-26T16:20", ("David Kim", "david.kim@regiondalarna.se"),
             "DalaLab February session",
             """Hi Linnea,

I'm registered for all four DalaLab sessions, but I'll need to drop the one in
February 2028 - I'll be at a conference abroad that week. The other three are
still fine.

Thanks,
David Kim
Region Dalarna, Regional Development""",
             X("cancel", [P("David Kim", "david.kim@regiondalarna.se", "Region Dalarna")], [S4]),
             "English partial cancellation of the February session"),

        mail("az131", "2027-02-12T09:48", ("Emma Johansson", "emma.johansson@borlange.se"),
             "Certificate after DalaLab?",
             """Hej Linnea! I'm one of the Borlänge participants (registered for all
sessions). Will there be some kind of intyg/certificate after the last session
in February? Our HR asks for it for competence development records.

Tack!
Emma""",
             X("question"),
             "mixed Swedish/English question from a registered participant"),

        mail("az132", "2027-03-09T14:14", ("Sebastian Falk", "sebastian.falk@regiondalarna.se"),
             "add colleague",
             """Hej!

Could you add my colleague Peter Dunn (peter.dunn@regiondalarna.se) for the
3 May session only? He's new at the region and starts in April. Han förstår
svenska hyfsat men föredrar engelska i mejl.

/Sebastian""",
             X("register", [P("Peter Dunn", "peter.dunn@regiondalarna.se", "Region Dalarna")], [S1]),
             "mixed-language signup of a colleague for one session"),

        mail("az133", "2027-02-03T08:02", ("Registrator Älvdalens kommun", "registrator@alvdalen.se"),
             "Mottagningsbekräftelse: Re: Vi har registrerat din anmälan – DalaLab",
             """Tack för ditt meddelande till Älvdalens kommun.

Ditt e-postmeddelande har tagits emot och kommer att registreras och
fördelas till berörd handläggare. Detta är ett automatiskt svar och kan
inte besvaras.

Älvdalens kommun
Registratur""",
             X("auto_reply"),
             "automatic receipt from a kommun registry replying to the confirmation"),

        mail("az134", "2027-03-23T20:31", ("Marcus Bäck", "marcus.back@leksand.se"),
             "Fjärde mejlet på en vecka",
             """Hej,

Jag har nu fått FYRA likadana bekräftelsemejl om att jag är registrerad på
DalaLab. Det är inte okej att spamma folk så här. Fixa era system.

Marcus Bäck
Leksands kommun""",
             X("unknown"),
             "complaint about duplicate confirmations, no request to act on the registration"),

        tg("az135", "2027-04-04T10:12", "Alexandra", 6188842095,
           "Hej, jag var med på listan men har bytt jobb och vill inte att ni sparar mina uppgifter längre. Ta bort allt ni har om mig tack",
           X("erasure", [P("Alexandra", None, None)]),
           "telegram erasure request; only the display name is known"),
    ]
