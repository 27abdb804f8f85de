"""Theme "changes": mail and Telegram messages that arrive after people have signed up for DalaLab: bare
session swaps and swaps that restate the whole schedule, added and dropped sessions, whole and partial
cancellations (some of them only tentative), substitutions written by the one leaving, the one joining or a
manager, diets added, changed or withdrawn for oneself or a colleague, name/address/employer changes, colleagues
who leave their job, forwarded chains (VB:/Fwd:) and replies quoting the confirmation 'Vi har registrerat din
anmälan ...', plus a few neighbours of the theme (a question about changing, an out-of-office answering the
confirmation, an erasure from someone leaving, a note meant for a colleague, one added colleague = register)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("ba091", "2026-12-04T09:12", ("Lars Mattsson", "lars.mattsson@leksand.se"), "Byte av träff DalaLab",
             """Hej Linnea,

Jag anmälde mig i förra veckan till första träffen i DalaLab den 3 maj. Nu visar det sig att vi har
budgetdialog i kommunstyrelsen just den dagen, så jag kommer inte loss.

Går det att byta till träffen den 21 september istället?

Med vänlig hälsning

Lars Mattsson
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 301, 793 27 Leksand
Tel. 0247-800 00 (vx)
www.leksand.se
""",
             X("change", [P("Lars Mattsson", "lars.mattsson@leksand.se", "Leksands kommun")], [S2]),
             "bare swap 3 May -> 21 Sep phrased as a question: only the new session; Box/postcode digits"),

        tg("ba092", "2026-12-09T20:41", "Kajsa Ohlsson", "6402981175",
           """hej! jag är anmäld till 3/5 redan men vill gärna gå på 29/11 också, går det att lägga till? /Kajsa, Mora kommun""",
           X("change", [P("Kajsa Ohlsson", None, "Mora kommun")], [S1, S3]),
           "adds a session to an existing signup: sessions after the change = 3/5 + 29/11"),

        mail("ba093", "2026-12-11T13:47", ("Ylva Mårtensson", "ylva.martensson@orsa.se"),
             "SV: Bekräftelse på din anmälan till DalaLab",
             """Hej igen!

Såg nu att jag glömde fylla i kosten. Jag behöver glutenfri kost, både till fikat och lunchen.

Tack på förhand!
Ylva

Skickat från Outlook för iOS
________________________________
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: fredag, december 11, 2026 10:02
Till: Ylva Mårtensson <ylva.martensson@orsa.se>
Ämne: Bekräftelse på din anmälan till DalaLab

Hej Ylva!

Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till:

  * 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
  * 21 september 2027

Hör av dig om något behöver ändras, t.ex. specialkost.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
""",
             X("change", [P("Ylva Mårtensson", "ylva.martensson@orsa.se", "Orsa kommun", diet="glutenfri")],
               [S1, S2], "glutenfri"),
             "diet added in a reply; her sessions only in our quoted confirmation (3 May + 21 Sep); no org in her own text"),

        mail("ba094", "2026-12-15T10:30", ("Gunnel Bergkvist", "gunnel.bergkvist@hedemora.se"),
             "Ny deltagare från Hedemora i DalaLab",
             """Hej,

Per Ålund, som är anmäld från oss till samtliga fyra träffar i DalaLab, slutar hos oss vid årsskiftet.
Hans plats tas över av vår nyanställda planarkitekt Lina Fors (lina.fors@hedemora.se), som alltså går på
alla träffarna i stället för Per.

Hör av er om ni behöver något mer från oss.

Med vänliga hälsningar
Gunnel Bergkvist
Avdelningschef Plan och bygg
Hedemora kommun
Tfn 0225-340 00
""",
             X("change", [P("Per Ålund", None, "Hedemora kommun"),
                          P("Lina Fors", "lina.fors@hedemora.se", "Hedemora kommun")], ALL),
             "manager substitution for a colleague who leaves the job: both people, all four; sender not among them"),

        tg("ba095", "2026-12-18T17:05", "Amanda Rask", "5120774839",
           """Hej! Jag måste tyvärr avanmäla mig från DalaLab, har fått nytt jobb i Uppsala och slutar i Gagnef i februari. Lycka till med projektet! /Amanda""",
           X("cancel", [P("Amanda Rask", None, "Gagnefs kommun")], ALL),
           "whole cancellation via Telegram because she leaves the job; no session named -> all four; Uppsala is not an organisation"),

        mail("ba096", "2027-01-07T08:55", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "DalaLab - session on 29 November",
             """Hi Linnea,

I'm registered for all four DalaLab sessions, but I just found out I'll be in Brussels for a
Interreg partner meeting the week of November 29. Could you please remove me from that session only?
I'm still planning to attend the other three.

Thanks and happy new year!

Best regards,
Daniel Okafor
Analyst, Regional Development
Region Dalarna
+46 23 49 00 00
""",
             X("cancel", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna")], [S3]),
             "English partial cancellation: only 29 Nov is given up; 'all four' and 'other three' must not widen it"),

        mail("ba097", "2027-01-08T14:20", ("Camilla Nord", "camilla.nord@sater.se"), "Byter arbetsgivare – DalaLab",
             """Hej Linnea!

Jag är anmäld till DalaLab från Säters kommun, alla fyra träffarna. Från den 1 februari börjar jag
på Länsstyrelsen Dalarna (enheten för samhällsplanering) och skulle gärna vilja vara kvar i
projektet, fast då som länsstyrelsen. Det är ju där jag kommer jobba med de här frågorna framöver.

Min nya adress blir camilla.nord@lansstyrelsen.se – den här adressen slutar fungera sista januari.

Då får Säter en plats ledig, jag har sagt till min chef.

Hälsningar
Camilla Nord
Planeringsarkitekt, Säters kommun (t.o.m. 31/1)
""",
             X("change", [P("Camilla Nord", "camilla.nord@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "employer change Säter -> Länsstyrelsen from the old address: new organisation and the new address written for her; all four"),

        mail("ba098", "2027-01-12T11:03", ("Birgitta Sahlström", "birgitta.sahlstrom@vansbro.se"), "VB: DalaLab i september",
             """Hej Linnea,

Vidarebefordrar nedan från Robert. Han kan alltså inte den 21 september, men de andra datumen gäller som förut.

Mvh
Birgitta Sahlström
Enhetschef Samhällsbyggnad
Vansbro kommun

-----Ursprungligt meddelande-----
Från: Robert Nilsson <robert.nilsson@vansbro.se>
Skickat: den 11 januari 2027 16:02
Till: Birgitta Sahlström <birgitta.sahlstrom@vansbro.se>
Ämne: DalaLab i september

Hej Birgitta!

Fick precis veta att jag ska vara med och presentera på Boverkets planeringskonferens 20-22 september, så jag
missar DalaLab-träffen den 21/9. Kan du meddela Region Dalarna? Jag hittar inte mejlet med anmälan.

/Robert
""",
             X("cancel", [P("Robert Nilsson", "robert.nilsson@vansbro.se", "Vansbro kommun")], [S2]),
             "VB: chain: manager forwards colleague's note; partial cancel 21/9; his address from the forwarded header; '20-22 september' is a conference"),

        tg("ba099", "2027-01-14T21:18", "Elsa Nordin", "7013355280",
           """hejsan, kan ni ändra min kost från vegetarisk till vegansk? 🌱 jag är anmäld på alla träffar. Elsa Nordin, Rättviks kommun""",
           X("change", [P("Elsa Nordin", None, "Rättviks kommun", diet="vegansk")], ALL, "vegansk"),
           "diet changed from vegetarisk to vegansk: the new diet only; all four stated"),

        mail("ba100", "2027-01-18T09:41", ("Kristoffer Ahl", "kristoffer.ahl@falun.se"), "Ersätter Mikaela Strand i DalaLab",
             """Hej!

Jag heter Kristoffer Ahl och jobbar som planarkitekt på Falu kommun. Min kollega Mikaela Strand går på
föräldraledighet i mars och jag ska ta hennes plats i DalaLab den 3 maj och den 21 september.
Hon har pratat med vår chef om det.

Säg till om ni behöver något mer från mig!

Kristoffer Ahl
Planarkitekt | Stadsbyggnadsförvaltningen
Falu kommun
023-83 000
""",
             X("change", [P("Mikaela Strand", None, "Falu kommun"),
                          P("Kristoffer Ahl", "kristoffer.ahl@falun.se", "Falu kommun")], [S1, S2]),
             "substitution written by the one joining; both people; the two sessions he takes over"),

        mail("ba101", "2027-01-19T15:26", ("Henrik Sjöström", "henrik.sjostrom@borlange.se"), "Fråga om avanmälan",
             """Hej

Jag är anmäld till DalaLab den 3 maj. Det ser ut som att vi kan få en krock med ett extrainsatt
samråd för översiktsplanen men det vet jag inte säkert förrän i slutet av mars.

Måste jag avanmäla mig redan nu, eller räcker det att jag hör av mig när jag vet? Och kan man i så fall
gå på en senare träff istället?

/Henrik Sjöström
Borlänge kommun
""",
             X("question"),
             "only asks how cancelling works; nothing is cancelled yet -> question, no people/sessions"),

        tg("ba102", "2027-01-21T12:34", "Maja Lund", "1984426613",
           """Hi! Could I swap Sept 21 for Feb 22? Same for my colleague Jonas Ek, we're both from Ludvika and signed up for the same one""",
           X("change", [P("Maja Lund", None, "Ludvika kommun"), P("Jonas Ek", None, "Ludvika kommun")], [S4]),
           "English bare swap for sender and colleague: only the new session (22 Feb)"),

        mail("ba103", "2027-01-22T10:15", ("Ulla Svensson", "ulla.svensson@mora.se"), "Specialkost för Göran Pettersson",
             """Hej!

Jag skriver för Göran Pettersson på samhällsbyggnadsförvaltningen som är anmäld till DalaLab (alla fyra
tillfällena). Han har fått diagnosen celiaki och behöver glutenfri kost framöver.

Tack!

Ulla Svensson
Administratör, Samhällsbyggnadsförvaltningen
Mora kommun, 792 80 Mora
0250-260 00

Detta e-postmeddelande kan innehålla uppgifter som är konfidentiella. Om du inte är rätt mottagare, vänligen
meddela avsändaren och radera meddelandet.
""",
             X("change", [P("Göran Pettersson", None, "Mora kommun", diet="glutenfri")], ALL, "glutenfri"),
             "secretary adds a diet for a colleague (sender not among people); all four stated; 'celiaki' explains but diet is glutenfri"),

        mail("ba104", "2027-01-25T07:02", ("Jenny Kallin", "jenny.kallin@smedjebacken.se"),
             "Automatiskt svar: Bekräftelse på din ändring – DalaLab",
             """Hej,

Jag är föräldraledig från 15 januari till 31 augusti 2027 och läser inte min e-post.

I brådskande ärenden som rör detaljplaner, kontakta plan@smedjebacken.se eller växeln 0240-660 00.

Vänliga hälsningar
Jenny Kallin
Smedjebackens kommun
""",
             X("auto_reply"),
             "out-of-office answering our change confirmation; leave dates are not sessions"),

        tg("ba105", "2027-01-28T08:22", "Tina Hansson", "5567019942",
           """Hej! Oskar Dahlin har slutat hos oss på Älvdalens kommun så ni kan stryka honom från DalaLab. Vi återkommer om vi skickar någon annan i hans ställe. Mvh Tina, plan- och byggchef""",
           X("cancel", [P("Oskar Dahlin", None, "Älvdalens kommun")], ALL),
           "manager withdraws a colleague who left, no substitute named -> cancel all four; possible future replacement is not a signup"),

        mail("ba106", "2027-01-29T16:48", ("Anneli Hofverberg", "anneli.hofverberg@avesta.se"), "SV: Din anmälan till DalaLab",
             """Hej!

Här har det nog blivit något fel. Jag anmälde mig till 3 maj och 21 september, inte november. 29 november
har vi budgetmöte så det passar inte. Kan ni rätta det?

Anneli Hofverberg
Avesta kommun

> Hej Anneli,
>
> Vi har registrerat din anmälan till DalaLab. Du är anmäld till följande träffar:
> - 21 september 2027
> - 29 november 2027
>
> Vänliga hälsningar
> Region Dalarna
""",
             X("change", [P("Anneli Hofverberg", "anneli.hofverberg@avesta.se", "Avesta kommun")], [S1, S2]),
             "reply correcting our wrongly registered sessions: after the change 3 May + 21 Sep; quoted confirmation lists 21 Sep + 29 Nov"),

        mail("ba107", "2027-02-01T15:55", ("Josefin Wall", "josefin.wall@borlange.se"), "Sista dagen – ta bort mig",
             """Hej Linnea,

Idag är min sista arbetsdag på Borlänge kommun, så jag kommer inte att delta i DalaLab (jag var anmäld till
alla fyra träffarna). Ta gärna bort mig från deltagarlistan och radera mina personuppgifter hos er, jag
vill inte få fler utskick.

Om kommunen skickar någon annan hör de av sig själva.

Tack för den här tiden!
Josefin Wall
""",
             X("erasure", [P("Josefin Wall", "josefin.wall@borlange.se", "Borlänge kommun")]),
             "leaves the job and asks to be removed AND have her data erased -> erasure, no sessions"),

        tg("ba108", "2027-02-03T19:09", "Linda Sjödin", "6839012457",
           """kan inte komma 3/5 tyvärr, min kollega Hampus Berg går istället den dagen. resten går jag på själv som planerat. /Linda, Orsa""",
           X("change", [P("Linda Sjödin", None, "Orsa kommun"), P("Hampus Berg", None, "Orsa kommun")], [S1]),
           "substitution for one session written by the one leaving; both people; only the session handed over"),

        mail("ba109", "2027-02-04T11:11", ("Tobias Lund", "tobias.lund@sater.se"), "Ytterligare en deltagare från Säter",
             """Hej!

Vi är redan anmälda två personer från Säters kommun (jag och Anna Grip). Nu vill vi lägga till en tredje:

Malin Eriksson, malin.eriksson@sater.se

Hon ska gå på alla träffarna. Vår anmälan i övrigt gäller som förut.

Mvh
Tobias Lund
Planarkitekt
Säters kommun
""",
             X("register", [P("Malin Eriksson", "malin.eriksson@sater.se", "Säters kommun")], ALL),
             "adds a new colleague to the municipality's signup -> register her only; the two already registered are not in people"),

        mail("ba110", "2027-02-05T13:37", ("Lena Markström", "lena.markstrom@falun.se"), "Avanmälan 21 september – Falu kommun",
             """Hej Linnea,

Två av våra tre anmälda från Falu kommun kan tyvärr inte delta på träffen den 21 september, eftersom
den krockar med vår interna planeringsdag:

- Sofie Bergman
- Ali Rahimi

Båda är kvar på de övriga träffarna. Vi har i nuläget ingen som kan gå i deras ställe.

Med vänlig hälsning

Lena Markström
Planchef
Stadsbyggnadsförvaltningen, Falu kommun
Slaggatan 2, 791 83 Falun
Tel: 023-83 000

---
Falu kommun behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR). Läs mer på www.falun.se/gdpr
""",
             X("cancel", [P("Sofie Bergman", None, "Falu kommun"), P("Ali Rahimi", None, "Falu kommun")], [S2]),
             "manager cancels 21 Sep for two colleagues in a bullet list; sender not among people; address digits and GDPR footer"),

        tg("ba111", "2027-02-07T10:52", "Pontus Wahlberg", "1377245098",
           """hej! behöver inte laktosfritt längre, det var fel diagnos 😅 annars som förut (3 maj o 29 nov) /pontus smedjebacken""",
           X("change", [P("Pontus Wahlberg", None, "Smedjebackens kommun")], [S1, S3]),
           "diet withdrawn -> change with diet null; sessions stated as before (3 May, 29 Nov)"),

        mail("ba112", "2027-02-09T09:20", ("Greta van Dijk", "greta@stadslab.se"), "Change of DalaLab sessions",
             """Dear Linnea,

I am currently signed up for the DalaLab sessions on May 3 and September 21. Would it be possible to move
me from the September session to the one on November 29? So I would then attend May 3 and November 29.

Kind regards,
Greta van Dijk
Senior consultant
Stadslab Planning & Design AB
Åsgatan 14, 791 71 Falun
+46 70 412 88 30
""",
             X("change", [P("Greta van Dijk", "greta@stadslab.se", None)], [S1, S3]),
             "English change restating the schedule after the move (3 May + 29 Nov); private consultancy -> no organisation despite Falun address"),

        mail("ba113", "2027-02-10T16:02", ("Eva-Lena Persson", "eva-lena.persson@malung-salen.se"), "ändring",
             """Hej,

jag vill byta från träffen 21/9 till 22/2 ... nej förresten, jag menar 29/11, i februari är jag på
semester i Thailand. Alltså 29 november istället för 21 september.

/Eva-Lena
Malung-Sälens kommun
""",
             X("change", [P("Eva-Lena Persson", "eva-lena.persson@malung-salen.se", "Malung-Sälens kommun")], [S3],
               unsure=["corrected"]),
             "writer corrects herself mid-message (22/2 -> 29/11); bare swap -> the new session only"),

        mail("ba114", "2027-02-12T08:30", ("Mats Grönlund", "mats.gronlund@leksand.se"), "VB: Bekräftelse på din anmälan till DalaLab",
             """Hej!

Eva Hallberg slutar hos oss i mars. Tove Lindström, tove.lindstrom@leksand.se, tar över hennes platser på
DalaLab enligt bekräftelsen nedan.

Mvh Mats Grönlund
Samhällsbyggnadschef, Leksands kommun

---------- Vidarebefordrat meddelande ---------
Från: Region Dalarna <linnea.hassis@regiondalarna.se>
Datum: tis 8 dec. 2026 kl 14:11
Ämne: Bekräftelse på din anmälan till DalaLab
Till: Eva Hallberg <eva.hallberg@leksand.se>

Hej Eva!

Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till:
  * 3 maj 2027, Falun
  * 29 november 2027

Svara på detta mejl om något behöver ändras.

Hälsningar
Linnea Hassis, Region Dalarna
""",
             X("change", [P("Eva Hallberg", "eva.hallberg@leksand.se", "Leksands kommun"),
                          P("Tove Lindström", "tove.lindstrom@leksand.se", "Leksands kommun")], [S1, S3]),
             "forwarded confirmation; manager substitutes; sessions handed over are only in the forwarded confirmation (3 May, 29 Nov)"),

        tg("ba115", "2027-02-14T22:03", "Alva", "8120349971",
           """hej, om man får förhinder på en av träffarna, går det att byta till en annan i efterhand eller skicka en kollega?""",
           X("question"),
           "question about how changes work; no signup, no sessions"),

        mail("ba116", "2027-02-15T12:48", ("Karl-Johan Björk", "karl-johan.bjork@regiondalarna.se"), "DalaLab 3 maj",
             """Hej Linnea,

Jag kommer med största sannolikhet inte kunna vara med den 3 maj – det ser ut som att regionfullmäktige
lägger ett extra sammanträde då. Jag säger till säkert så fort jag vet, men räkna nog inte med mig den dagen.

/KJ

Karl-Johan Björk
Strateg, Regional utveckling
Region Dalarna
""",
             X("cancel", [P("Karl-Johan Björk", "karl-johan.bjork@regiondalarna.se", "Region Dalarna")], [S1],
               unsure=["intent"]),
             "tentative partial cancellation ('med största sannolikhet', 'säger till säkert'): a human would confirm before cancelling"),

        mail("ba117", "2027-02-17T14:05", ("Ingela Hed", "ingela.hed@malung-salen.se"), "Ändrade deltagare DalaLab",
             """Hej,

Vi behöver göra en ändring för Malung-Sälens deltagare i DalaLab. Kenneth Ros kommer inte att delta
eftersom han har fått andra arbetsuppgifter. I stället går Sanna Ek (sanna.ek@malung-salen.se) samt
ytterligare en person från plan- och byggenheten – namnet återkommer jag med när det är bestämt.

De ska gå på alla fyra träffarna.

Hälsningar
Ingela Hed
Förvaltningschef
Malung-Sälens kommun
""",
             X("change", [P("Kenneth Ros", None, "Malung-Sälens kommun"),
                          P("Sanna Ek", "sanna.ek@malung-salen.se", "Malung-Sälens kommun")], ALL,
               unsure=["unnamed"]),
             "manager replaces one person with two, one still unnamed: label the named; both leaving and joining person listed"),

        tg("ba118", "2027-02-19T07:44", "Roger Ström", "2203918846",
           """avanmäl mig från alla träffar tack. mvh Roger Ström Vansbro kn""",
           X("cancel", [P("Roger Ström", None, "Vansbro kommun")], ALL),
           "terse whole cancellation; 'kn' abbreviation for kommun"),

        mail("ba119", "2027-02-22T11:29", ("Sara Lindqvist", "sara.lindqvist@gagnef.se"), "Kost DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p>Jag och min kollega Petra Nystr&ouml;m &auml;r anm&auml;lda till DalaLab den 21/9 och 29/11.
Vi beh&ouml;ver uppdatera kosten:</p>
<ul>
<li>Sara Lindqvist &ndash; vegetarisk</li>
<li>Petra Nystr&ouml;m &ndash; laktosfri</li>
</ul>
<p>Tack s&aring; mycket!</p>
<p style="color:#555">Sara Lindqvist<br>Samh&auml;llsplanerare<br>Gagnefs kommun<br>0241-150 00</p>
</body></html>
""",
             X("change", [P("Sara Lindqvist", "sara.lindqvist@gagnef.se", "Gagnefs kommun", diet="vegetarisk"),
                          P("Petra Nyström", None, "Gagnefs kommun", diet="laktosfri")], [S2, S3],
               "vegetarisk, laktosfri"),
             "HTML-only with entities: diets for sender and colleague, per person and joined; sessions stated (21/9, 29/11)",
             html=True),

        mail("ba120", "2027-02-23T08:17", ("Britt Mases", "britt.mases@rattvik.se"), "Samåkning 3 maj",
             """Hej Stefan!

Jag tar tjänstebilen till Falun den 3 maj, så du kan åka med om du vill. Jag har för övrigt anmält mig
till 21 september också, så vi kan samåka då med. Avfärd från kommunhuset 08.30?

/Britt
""",
             X("unknown"),
             "mail meant for a colleague (Stefan), sent to the registration address by mistake; mentions sessions but requests nothing"),

        tg("ba121", "2027-02-25T13:56", "Viktor Almgren", "6290017734",
           """Hej, vi två från Hedemora behöver ändra: jag går bara på 3 maj nu (inte 21/9), och Ida Holm ändrar till 21/9 och 29/11 i stället för alla fyra. Tack!""",
           X("change", [P("Viktor Almgren", None, "Hedemora kommun"), P("Ida Holm", None, "Hedemora kommun")],
             [S1, S2, S3], unsure=["each-own-sessions"]),
           "two people each with their own new sessions: union 3/5, 21/9, 29/11"),

        mail("ba122", "2027-02-26T09:03", ("Fredrik Morén", "fredrik.moren@mora.se"), "SV: Bekräftelse DalaLab – ny e-postadress",
             """Hej,

När jag anmälde mig använde jag min privata hotmail (fredde_moren@hotmail.com) eftersom jobbmejlen
strulade. Vill helst att all info om DalaLab går hit till jobbadressen i stället. Anmälan i övrigt som förut.

Mvh
Fredrik Morén
Mora kommun

-----Ursprungligt meddelande-----
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 19 december 2026 11:40
Till: fredde_moren@hotmail.com
Ämne: Bekräftelse DalaLab

Hej Fredrik!
Vi har registrerat din anmälan till DalaLab. Du är anmäld till alla fyra träffarna:
3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.

Vänliga hälsningar
Region Dalarna
""",
             X("change", [P("Fredrik Morén", "fredrik.moren@mora.se", "Mora kommun")], ALL),
             "address change: new address is the From; the old hotmail must not become a second person; sessions from the quoted confirmation"),

        mail("ba123", "2027-03-01T15:15", ("Omar Farouk", "omar.farouk@regiondalarna.se"), "Taking Hanna Lindh's place on 22 February",
             """Hi Linnea,

My colleague Hanna Lindh has had to drop out of the DalaLab session on 22 February 2028 (she'll be on
leave). We agreed that I'll take her place that day. She'll still attend the other sessions she signed up for.

Dietary note for me: no pork, please.

Cheers,
Omar Farouk
Public Transport Planner, Region Dalarna
""",
             X("change", [P("Hanna Lindh", None, "Region Dalarna"),
                          P("Omar Farouk", "omar.farouk@regiondalarna.se", "Region Dalarna", diet="no pork")],
               [S4], "no pork"),
             "English substitution written by the one joining, one session handed over; his diet as written"),

        tg("ba124", "2027-03-03T09:27", "Anette Lilja", "4718260093",
           """Hej Linnea! Sätt upp Moa Berglund på 21/9 istället för Johan Kvist, han har fått förhinder. Jag kanske hänger med själv också den dagen, återkommer om det. /Anette, Ludvika kommun""",
           X("change", [P("Johan Kvist", None, "Ludvika kommun"), P("Moa Berglund", None, "Ludvika kommun")], [S2],
             unsure=["sender-attends"]),
           "manager substitution for 21/9 via Telegram; she 'maybe' comes too -> ask whether the sender attends"),

        mail("ba125", "2027-03-05T10:44", ("Erik Bolin", "erik.bolin@gagnef.se"), "21 september",
             """Hej!

Jag kan tyvärr inte komma på träffen den 21 september. Kanske kan någon annan från Gagnef gå i mitt ställe,
jag ska kolla med kollegorna på enheten och hör av mig.

Erik Bolin
Gagnefs kommun
""",
             X("cancel", [P("Erik Bolin", "erik.bolin@gagnef.se", "Gagnefs kommun")], [S2],
               unsure=["change-or-cancel"]),
             "partial cancellation that may turn into a substitution later: a human would ask whether to hold the place"),

        mail("ba126", "2027-03-08T13:58", ("Sofia Ek", "sofia.ek@lansstyrelsen.se"), "Lägga till träff",
             """Hej,

Jag är anmäld till första träffen den 3 maj. Nu har jag fått klartecken från min chef att även gå på
höstträffen, så lägg gärna till den också.

Vänligen
Sofia Ek
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
""",
             X("change", [P("Sofia Ek", "sofia.ek@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S3],
               unsure=["sessions"]),
             "adds 'höstträffen' which fits 21 Sep or 29 Nov: both candidates plus the kept 3 May"),

        tg("ba127", "2027-03-10T18:31", "Tom Berg", "5901128846",
           """Hi, just wanted to let you know I have a nut allergy. I'm registered for all the sessions. /Tom Berg, Borlänge""",
           X("change", [P("Tom Berg", None, "Borlänge kommun", diet="nut allergy")], ALL, "nut allergy"),
           "English diet added on Telegram; all sessions stated"),

        mail("ba128", "2027-03-12T09:15", ("Marie Wester", "marie.wester@avesta.se"), "VB: Tack för mig!",
             """Hej Linnea,

Anders nedan slutar hos oss sista mars, så stryk honom från DalaLab. Jag tar själv över hans plats på de två
höstträffarna (21/9 och 29/11) som han var anmäld till.

Hälsningar
Marie Wester
Plan- och exploateringschef
Avesta kommun

Från: Anders Nyman <anders.nyman@avesta.se>
Skickat: den 11 mars 2027 15:47
Till: SBF Alla <sbf.alla@avesta.se>
Ämne: Tack för mig!

Hej alla!

Som många av er redan vet går jag vidare till ett nytt jobb på Trafikverket och min sista dag här blir
den 31 mars. Tack för fina år! Fika i personalrummet på fredag kl 14.

/Anders
""",
             X("change", [P("Anders Nyman", "anders.nyman@avesta.se", "Avesta kommun"),
                          P("Marie Wester", "marie.wester@avesta.se", "Avesta kommun")], [S2, S3]),
             "VB: of a colleague's farewell mail; the manager herself takes his place -> sender is among people; 'höstträffarna' spelled out"),

        tg("ba129", "2027-03-15T20:12", "Jonas Berglund", "3355190287",
           """hej! tror jag anmälde mig dubbelt, både här och via mejl (jonas.berglund@sater.se). det som ska gälla är 3 maj och 22 februari, inget annat 🙂""",
           X("change", [P("Jonas Berglund", "jonas.berglund@sater.se", "Säters kommun")], [S1, S4]),
           "double signup corrected to one set of sessions; org only from the written address's domain"),

        tg("ba130", "2027-03-18T12:07", "Hilda Gustafsson", "7764402139",
           """Kan jag flytta från första träffen till den sista i stället?""",
           X("change", [P("Hilda Gustafsson", None, None)], [S4]),
           "bare swap first -> last session phrased as a question; no organisation anywhere"),

        mail("ba131", "2027-03-22T10:49", ("Patrik Holm", "patrik.holm@fev.se"), "Ny arbetsgivare",
             """Hej Linnea,

Jag var anmäld till DalaLab från Falu kommun, 3 maj och 21 sept. Sedan 1 mars jobbar jag i stället på
Falu Energi & Vatten (kommunens bolag) med VA-planering, men vill gärna gå på samma träffar som förut.
Jag vet inte om jag fortfarande räknas som Falu kommun i er lista eller inte?

Mvh
Patrik Holm
VA-planerare
Falu Energi & Vatten AB
""",
             X("change", [P("Patrik Holm", "patrik.holm@fev.se", None)], [S1, S2], unsure=["organisation"]),
             "employer change to a municipal company (not one of the listed organisations); he himself asks whether it counts as Falun"),

        mail("ba132", "2027-03-26T14:22", ("Birgitta Nordqvist", "birgitta.nordqvist@lansstyrelsen.se"), "SV: Bekräftelse på din anmälan",
             """Hej,

Tyvärr måste jag avanmäla mig helt från DalaLab. Efter omorganisationen här på länsstyrelsen har jag inte
längre planfrågorna, så det är inte rimligt att jag deltar. Jag hoppas att någon av mina kollegor anmäler
sig i stället.

Vänliga hälsningar
Birgitta Nordqvist
Länsstyrelsen Dalarna
010-225 00 00

Behandling av personuppgifter: https://www.lansstyrelsen.se/dalarna/om-oss/personuppgifter

Från: Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 09:20
Ämne: Bekräftelse på din anmälan

Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till samtliga träffar: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
""",
             X("cancel", [P("Birgitta Nordqvist", "birgitta.nordqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               ALL),
             "whole cancellation ('avanmäla mig helt') in a reply quoting our confirmation; GDPR link and phone digits"),

        tg("ba133", "2027-03-30T16:40", "Jessica Öberg", "2560981734",
           """kan ej 22/2 nästa år, stryk mig där. övrigt ok! /Jessica Ö, Avesta""",
           X("cancel", [P("Jessica Öberg", None, "Avesta kommun")], [S4]),
           "terse partial cancellation of 22/2 (next year = 2028)"),

        mail("ba134", "2027-04-05T09:58", ("Lukas Meyer", "lukas.meyer@alvdalen.se"), "RE: Din anmälan till DalaLab",
             """Hello,

Thank you for the confirmation. Unfortunately my manager has decided that I should only attend the first
session in May, so please cancel the other three for me.

Best regards
Lukas Meyer
Municipal planner
Älvdalens kommun

> Vi har registrerat din anmälan till DalaLab – alla fyra träffarna (3/5, 21/9, 29/11 2027 och 22/2 2028).
""",
             X("cancel", [P("Lukas Meyer", "lukas.meyer@alvdalen.se", "Älvdalens kommun")], [S2, S3, S4]),
             "English partial cancel in a reply to the Swedish confirmation: keeps May, gives up the other three"),

        mail("ba135", "2027-04-09T15:33", ("Åsa Dalin", "asa.dalin@rattvik.se"), "SV: SV: Anmälan DalaLab Rättvik",
             """Hej igen Linnea!

Nu är det bestämt: Rami Haddad tar Jenny Sahlins plats på alla fyra träffarna. Rami äter halal.
Ursäkta att det dröjt!

/Åsa

Åsa Dalin
Utvecklingsstrateg
Rättviks kommun
Riksvägen 1, 795 80 Rättvik

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 31 mars 2027 10:05
Ämne: SV: Anmälan DalaLab Rättvik

Hej Åsa, tack för beskedet. Vill ni att Jennys plats står kvar tills ni hittat en ersättare? Sista
anmälningsdag är 14 april.

Från: Åsa Dalin <asa.dalin@rattvik.se>
Skickat: den 30 mars 2027 16:12
Ämne: Anmälan DalaLab Rättvik

Hej! Jenny Sahlin kan tyvärr inte delta i DalaLab ändå. Vi funderar på vem som ska gå i stället.
""",
             X("change", [P("Jenny Sahlin", None, "Rättviks kommun"), P("Rami Haddad", None, "Rättviks kommun", diet="halal")],
               ALL, "halal"),
             "long SV: SV: thread ends in a substitution for all four; substitute's diet; older quoted turns (cancel, deadline) are history"),
    ]
