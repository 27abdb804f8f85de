"""Batch 46, theme "after": what arrives once people have signed up.

Follow-up signups (several as replies to the service's own confirmation, quoted below the new text), session swaps
and additions, substitutes, diet updates and removals, new names and addresses, whole and partial cancellations
(some forwarded in VB:/Fwd: chains), questions from people already registered, erasure requests, automatic replies
to the confirmations (out-of-office, bounce, read receipt, delivery report), a mailing-list post, phishing dressed
as a registration notice, a newsletter, a thank-you, a complaint and a misdirected mail.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

CONF_KARIN = """\
-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 09:12
Till: Karin Ljungqvist <karin.ljungqvist@borlange.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Karin!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
Du är anmäld till följande träffar:

  * 3 maj 2027, Falun (fika från 09:30, start 10:00)
  * 21 september 2027
  * 29 november 2027
  * 22 februari 2028

Svara på det här mejlet om något behöver ändras.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- follow-up signups
        mail("av091", "2027-01-19T14:02", ("Karin Ljungqvist", "karin.ljungqvist@borlange.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej Linnea,\n\n"
             "tack för bekräftelsen! Nu har min kollega Mattias Öberg (mattias.oberg@borlange.se) också fått "
             "klartecken att vara med, men bara på höstens två träffar – 21 september och 29 november. "
             "Kan du lägga in honom?\n\n"
             "Mvh\nKarin Ljungqvist\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Borlänge kommun\n"
             "Tel 0243-74 10 22\n\n" + CONF_KARIN,
             X("register", [P("Mattias Öberg", "mattias.oberg@borlange.se", "Borlänge kommun")], [S2, S3]),
             "reply to own confirmation: colleague signed up for the two autumn sessions; quoted confirmation lists "
             "all four dates for the sender"),

        mail("av100", "2027-02-03T08:47", ("Helena Strandberg", "helena.strandberg@regiondalarna.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej!</p>"
             "<p>Jag vill anmäla två kollegor från regionen till samma träffar som jag, alltså den "
             "3&nbsp;maj och 22&nbsp;februari:</p>"
             "<ul><li>Mikael af Klercker – vegetarisk</li>"
             "<li>Johanna Eriksson-Wallin – laktosfri</li></ul>"
             "<p>De har inte tillgång till mejlen just nu, så skicka gärna bekräftelsen till mig.</p>"
             "<p>Hälsningar<br>Helena Strandberg<br>Utvecklingsstrateg, Regional utveckling<br>"
             "Region Dalarna | 023-49 00 00</p>"
             "<hr><p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>"
             "<b>Skickat:</b> den 28 januari 2027 15:40<br>"
             "<b>Ämne:</b> Bekräftelse: din anmälan till DalaLab</p>"
             "<p>Hej Helena! Du är anmäld till DalaLab den 3 maj 2027 och den 22 februari 2028. "
             "Övriga träffar: 21 september och 29 november 2027.</p>"
             "</div></body></html>",
             X("register", [P("Mikael af Klercker", None, "Region Dalarna", diet="vegetarisk"),
                            P("Johanna Eriksson-Wallin", None, "Region Dalarna", diet="laktosfri")],
               [S1, S4], diet="vegetarisk, laktosfri"),
             "HTML reply to confirmation: two colleagues with particle/hyphen names and own diets, sessions "
             "'samma som jag' resolved from the quoted confirmation", html=True),

        tg("av121", "2027-02-11T19:33", "Sofia Hallberg", 481223907,
           "Hej! Jag anmälde mig till första träffen för ett par veckor sen. Nu vill jag anmäla min kollega "
           "Elin Åberg också, hon vill gå på alla. Vi jobbar båda på Gagnefs kommun",
           X("register", [P("Elin Åberg", None, "Gagnefs kommun")], ALL),
           "telegram follow-up: already-registered sender signs up a colleague for everything; sender not in people"),

        mail("av122", "2027-02-22T10:15", ("Anders Grahn", "anders.grahn@smedjebacken.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej\n\n"
             "Här kommer två till från oss, enligt vad vi pratade om i telefon:\n\n"
             "Nilsson, Ulrika  ulrika.nilsson@smedjebacken.se\n"
             "Grönlund, Per-Olof  per-olof.gronlund@smedjebacken.se\n\n"
             "Båda ska gå på träffarna v. 38 och v. 48.\n"
             "Jag själv är ju redan anmäld så det ändras inget för mig.\n\n"
             "Anders Grahn\nPlanchef, Smedjebackens kommun\n0240-66 00 00\n\n"
             "> Hej Anders! Du är anmäld till samtliga fyra träffar i DalaLab:\n"
             "> 3 maj, 21 september, 29 november 2027 samt 22 februari 2028.\n",
             X("register", [P("Ulrika Nilsson", "ulrika.nilsson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Per-Olof Grönlund", "per-olof.gronlund@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3]),
             "'Efternamn, Förnamn' list in iso-8859-1, sessions by week number (v. 38 = 21/9, v. 48 = 29/11); "
             "sender's own booking unchanged", charset="iso-8859-1"),

        mail("av123", "2027-03-02T16:20", ("Tomasz Wieczorek", "tomasz.wieczorek@mora.se"),
             "Re: Your DalaLab registration",
             "Hi Linnea,\n\n"
             "Following up on my registration last week: my colleague Tomás García would also like to join, "
             "but only for the sessions on 3/5 and 21.9. He is new in the planning unit and doesn't have "
             "his work e-mail set up yet.\n\n"
             "Best regards,\nTomasz Wieczorek\nSpatial planner | Mora kommun\n+46 250 260 00",
             X("register", [P("Tomás García", None, "Mora kommun")], [S1, S2]),
             "English follow-up signup for a colleague without address; dates as 3/5 and 21.9"),

        mail("av124", "2027-03-09T11:05", ("Ylva Mårtensson", "ylva.martensson@hedemora.se"),
             "SV: Fråga om DalaLab",
             "Hej igen!\n\n"
             "Nu har jag fått klartecken från min chef, så du kan anmäla mig till alla tillfällen.\n"
             "Specialkost: vegetarisk.\n\n"
             "/Ylva\n\n"
             "Från: Linnea Hassis\nSkickat: den 1 mars 2027 13:30\nTill: Ylva Mårtensson\n"
             "Ämne: SV: Fråga om DalaLab\n\n"
             "Hej Ylva, ja, det går bra att bara gå på någon av träffarna, men upplägget bygger på att man "
             "följer hela serien 3 maj – 22 februari.\n",
             X("register", [P("Ylva Mårtensson", "ylva.martensson@hedemora.se", "Hedemora kommun",
                              diet="vegetarisk")], ALL, diet="vegetarisk"),
             "earlier question turns into a signup for all sessions with a diet; quoted answer names dates"),

        mail("av125", "2027-03-15T09:41", ("Gunilla Rask", "gunilla.rask@lansstyrelsen.se"),
             "Ytterligare deltagare DalaLab",
             "Hej,\n\n"
             "jag är redan anmäld. Kan du lägga till min kollega Fredrik von Schéele? Han kan bara "
             "den 22 februari 2028 (tillgänglighetsträffen), resten krockar med hans tjänsteresor.\n\n"
             "Med vänlig hälsning\n\nGunilla Rask\nSamhällsplanerare\nLänsstyrelsen Dalarna\n"
             "791 84 Falun\n010-225 00 00",
             X("register", [P("Fredrik von Schéele", None, "Länsstyrelsen Dalarna")], [S4]),
             "colleague with particle name added to one session; sender already registered so not in people"),

        mail("av126", "2027-03-29T13:58", ("Magnus Eklöf", "magnus.eklof@avesta.se"),
             "Anmälan – en till från Avesta?",
             "Hej Linnea!\n\n"
             "Vi är redan tre anmälda från Avesta (jag, Sanna och Jörgen), men nu vill även Lisa Ström "
             "(lisa.strom@avesta.se) gärna vara med på hela serien. Går det inte så ställ henne gärna på "
             "reservlistan.\n\n"
             "Magnus Eklöf\nAvesta kommun, Stadsbyggnadsförvaltningen",
             X("register", [P("Lisa Ström", "lisa.strom@avesta.se", "Avesta kommun")], ALL),
             "fourth person from a municipality after three are booked (quota); asks for waitlist otherwise"),

        # ---------------------------------------------------------------- changes
        tg("av092", "2027-01-07T21:14", "Jonas Pettersson", 702118456,
           "hej! jag är anmäld till 3 maj men vill lägga till 22 feb också. /Jonas, Mora",
           X("change", [P("Jonas Pettersson", None, "Mora kommun")], [S1, S4]),
           "telegram addition: existing session plus a new one, both after the change"),

        mail("av093", "2027-01-12T10:31", ("Lena Holm", "lena.holm@hedemora.se"),
             "Byte av deltagare 21 september",
             "Hej!\n\n"
             "Anna-Karin Bergström kan tyvärr inte delta på träffen den 21 september. Erik Nyström "
             "(erik.nystrom@hedemora.se) går i stället för henne den gången. Övriga träffar går Anna-Karin "
             "på som planerat.\n\n"
             "Vänliga hälsningar\nLena Holm\nEnhetschef Plan och bygg\nHedemora kommun",
             X("change", [P("Anna-Karin Bergström", None, "Hedemora kommun"),
                          P("Erik Nyström", "erik.nystrom@hedemora.se", "Hedemora kommun")], [S2]),
             "manager sends a one-session substitute; leaving person's address not given"),

        mail("av096", "2027-01-21T07:55", ("Patrik Sundin", "patrik.sundin@sater.se"),
             "Ändrad kost DalaLab",
             "Hej,\n\njag anmälde mig till alla fyra träffarna i december. Har sedan dess fått veta att jag är "
             "glutenintolerant, så skriv gärna in det till fikat och lunchen.\n\nTack!\nPatrik Sundin, Säters kommun",
             X("change", [P("Patrik Sundin", "patrik.sundin@sater.se", "Säters kommun",
                            diet="glutenintolerant")], ALL, diet="glutenintolerant"),
             "diet update for an existing registration covering all four sessions"),

        mail("av097", "2027-01-28T15:12", ("Malin Wikström", "malin.wikstrom@ludvika.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej!\n\nNi kan ta bort laktosfri för min del – det blev fel när jag fyllde i. Jag äter allt.\n"
             "Träffarna stämmer (3/5 och 21/9).\n\nMvh Malin\n\n"
             "> Hej Malin! Du är anmäld till DalaLab 3 maj och 21 september 2027.\n"
             "> Specialkost: laktosfri\n",
             X("change", [P("Malin Wikström", "malin.wikstrom@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "diet removal: quoted confirmation says laktosfri, the new text removes it; diet None"),

        mail("av098", "2027-02-08T12:44", ("Sara Lindqvist Ahl", "sara.lindqvistahl@rattvik.se"),
             "Nytt namn och ny mejladress",
             "Hej Linnea,\n\n"
             "jag har gift mig och heter nu Sara Lindqvist Ahl (tidigare Sara Lindqvist). Min nya adress är "
             "sara.lindqvistahl@rattvik.se, den gamla slutar fungera i mars. Jag är anmäld till höstens två "
             "träffar och det gäller fortfarande.\n\n"
             "Hälsningar\nSara Lindqvist Ahl\nRättviks kommun",
             X("change", [P("Sara Lindqvist Ahl", "sara.lindqvistahl@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "new surname and address; sessions stated as 'höstens två träffar'"),

        mail("av099", "2027-02-16T09:02", ("Daniel Kowalski", "daniel.kowalski@leksand.se"),
             "Change of e-mail address",
             "Hello,\n\nI signed up for all four DalaLab sessions in December using dkowalski@leksand.se. "
             "Our addresses have been changed, so please use daniel.kowalski@leksand.se from now on.\n\n"
             "Thanks,\nDaniel Kowalski\nLeksands kommun",
             X("change", [P("Daniel Kowalski", "daniel.kowalski@leksand.se", "Leksands kommun")], ALL),
             "English address change; the new address is the one to record"),

        mail("av110", "2027-03-04T17:26", ("Camilla Forsgren", "camilla.forsgren@falun.se"),
             "Fel datum i bekräftelsen!!",
             "Hej.\n\nJag har nu fått en bekräftelse där det står att jag är anmäld till 29 november. Det "
             "var INTE det jag skrev. Jag anmälde mig till 21 september och ingenting annat, det framgick "
             "tydligt av mitt mejl. Det är lite irriterande att behöva kontrollera sådant här.\n"
             "Rätta gärna så att det är 21/9 som gäller.\n\nCamilla Forsgren\nFalu kommun",
             X("change", [P("Camilla Forsgren", "camilla.forsgren@falun.se", "Falu kommun")], [S2]),
             "complaint about a wrong confirmation that is really a correction to one session"),

        tg("av127", "2027-03-18T07:49", "Hanna Åkesson", 559031842,
           "Hej, jag vill byta från 21/9 till 29/11. Hanna, Orsa kommun",
           X("change", [P("Hanna Åkesson", None, "Orsa kommun")], [S3]),
           "telegram bare swap: only the new session"),

        mail("av128", "2027-03-24T11:37", ("Ola Persson", "ola.persson@orsa.se"),
             "VB: Anmälan DalaLab",
             "Hej Linnea,\n\nse nedan. Jag har fått ett nytt uppdrag och kan inte gå på DalaLab alls. "
             "Maria Lund tar min plats på alla träffarna.\n\nOla\n\n"
             "Från: Ola Persson\nSkickat: den 23 mars 2027 16:02\nTill: Maria Lund <maria.lund@orsa.se>\n"
             "Ämne: Anmälan DalaLab\n\n"
             "Hej Maria, vill du ta över min plats i DalaLab? Det är fyra träffar, första i Falun 3 maj.\n\n"
             "Från: Maria Lund\nSkickat: den 23 mars 2027 16:40\n\n"
             "Absolut, det gör jag gärna!\n",
             X("change", [P("Ola Persson", "ola.persson@orsa.se", "Orsa kommun"),
                          P("Maria Lund", "maria.lund@orsa.se", "Orsa kommun")], ALL),
             "forwarded chain: whole-series substitute, substitute's address only in the quoted header"),

        # ---------------------------------------------------------------- cancellations
        mail("av094", "2027-01-14T08:20", ("Roger Blom", "roger.blom@ludvika.se"),
             "VB: Avanmälan DalaLab",
             "Hej,\n\nPetra har slutat hos oss, stryk henne från alla träffar. Vi återkommer om någon "
             "annan ska ta platsen.\n\n/Roger Blom, Ludvika kommun\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Petra Sandell <petra.sandell@ludvika.se>\n"
             "Skickat: den 10 januari 2027 14:55\nTill: Roger Blom <roger.blom@ludvika.se>\n"
             "Ämne: Avanmälan DalaLab\n\n"
             "Hej Roger! Eftersom jag slutar den sista januari, kan du avanmäla mig från DalaLab? "
             "Jag var anmäld till 3 maj, 21 sept, 29 nov och 22 feb.\n",
             X("cancel", [P("Petra Sandell", "petra.sandell@ludvika.se", "Ludvika kommun")], ALL),
             "forwarded cancellation for a colleague who left; no substitute yet"),

        mail("av095", "2027-01-17T20:08", ("Johan Ek", "johan.ek@falun.se"),
             "kan inte 29:e",
             "hej, kan tyvärr inte komma den 29:e november, har budgetberedning då. resten står kvar.\n"
             "johan\n\nSkickat från min iPhone",
             X("cancel", [P("Johan Ek", "johan.ek@falun.se", "Falu kommun")], [S3]),
             "partial cancellation from a phone, date written 'den 29:e november', lower case"),

        tg("av129", "2027-02-01T12:10", "Nils Dahlberg", 630447195,
           "avanmäl mig från feb-träffen tack // Nils, Älvdalen",
           X("cancel", [P("Nils Dahlberg", None, "Älvdalens kommun")], [S4]),
           "telegram one-line partial cancel, 'feb-träffen' = 22 Feb 2028"),

        mail("av130", "2027-02-18T14:27", ("Eva Sjölund", "eva.sjolund@vansbro.se"),
             "Byte av deltagare",
             "Hej Linnea!\n\n"
             "Kristina Holm kan inte delta längre i DalaLab eftersom hon går på föräldraledighet. Hon var "
             "anmäld till alla fyra träffarna. Vi har tyvärr ingen som kan ta hennes plats just nu, men hör "
             "av oss om det ändras.\n\n"
             "Hälsningar\nEva Sjölund\nSamhällsbyggnadschef, Vansbro kommun\n0281-750 00",
             X("cancel", [P("Kristina Holm", None, "Vansbro kommun")], ALL),
             "subject says 'byte' but there is no substitute: a cancel of all four"),

        mail("av131", "2027-03-01T10:50", ("Oskar Lindahl", "oskar.lindahl@regiondalarna.se"),
             "Withdrawal from DalaLab",
             "Dear Linnea,\n\nUnfortunately I have to withdraw from the whole programme – I'm moving to "
             "another department in April and won't be working with planning any more.\n"
             "Sorry for the trouble, and good luck with the sessions!\n\n"
             "Kind regards,\nOskar Lindahl\nAnalyst, Region Dalarna",
             X("cancel", [P("Oskar Lindahl", "oskar.lindahl@regiondalarna.se", "Region Dalarna")], ALL),
             "English full withdrawal, no dates named"),

        mail("av132", "2027-03-11T08:33", ("Therese Karlsson", "therese.karlsson@borlange.se"),
             "Förhinder 3 maj",
             "Hej!\n\nVarken jag eller Jenny Sjöberg kan komma den 3 maj (vi har samråd det datumet), men vi "
             "kommer på resten av träffarna.\n\nMed vänliga hälsningar\nTherese Karlsson\n"
             "Planarkitekt | Borlänge kommun\nRöda vägen 50, 781 81 Borlänge",
             X("cancel", [P("Therese Karlsson", "therese.karlsson@borlange.se", "Borlänge kommun"),
                          P("Jenny Sjöberg", None, "Borlänge kommun")], [S1]),
             "partial cancel for sender and colleague; the other sessions stay"),

        mail("av133", "2027-03-22T15:06", ("Lars Hedin", "lars.hedin@malung-salen.se"),
             "Fwd: Bekräftelse: din anmälan till DalaLab",
             "Hej Linnea, se nedan – jag måste tyvärr stryka novemberträffen. De andra tre går jag på.\n"
             "Lars\n\n"
             "---------- Forwarded message ---------\n"
             "From: Åsa Rydberg <asa.rydberg@malung-salen.se>\nDate: mån 22 mars 2027 kl 13:15\n"
             "Subject: Re: Bekräftelse: din anmälan till DalaLab\n\n"
             "Lars, du kan inte åka i slutet av november, då har vi budgetmötet med KS. Stryk den.\n"
             "/Åsa\n\n"
             "> From: Lars Hedin\n> Åsa, FYI – jag har anmält mig till DalaLab, se bekräftelsen.\n>\n"
             "> > Hej Lars! Du är anmäld till: 3 maj 2027, 21 september 2027, 29 november 2027,\n"
             "> > 22 februari 2028.\n",
             X("cancel", [P("Lars Hedin", "lars.hedin@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "Fwd chain: boss says drop November; the quoted confirmation lists all four"),

        mail("av134", "2027-04-06T16:44", ("Emma Grönberg", "emma.gronberg@gagnef.se"),
             "21/9",
             "Hej,\njag kommer inte kunna vara med den 21/9. Kanske kan jag komma på en senare träff i stället, "
             "jag återkommer när jag vet mer.\n/Emma Grönberg, Gagnef",
             X("cancel", [P("Emma Grönberg", "emma.gronberg@gagnef.se", "Gagnefs kommun")], [S2],
               unsure=["change-or-cancel"]),
             "cancel of one session with a vague maybe-later: cancel now, change unclear"),

        # ---------------------------------------------------------------- questions from registered people
        mail("av111", "2027-02-25T09:18", ("Kent Mattsson", "kent.mattsson@leksand.se"),
             "Frågor inför 3 maj",
             "Hej!\n\nJag är anmäld till första träffen. Två frågor: var i Falun blir det, och bjuds det på "
             "lunch eller ska man ordna själv?\n\nMvh Kent Mattsson\nLeksands kommun",
             X("question"),
             "registered participant asks venue and lunch; not a change"),

        tg("av112", "2027-03-03T22:01", "Frida Nordqvist", 417590263,
           "går det att delta digitalt på novemberträffen? är anmäld men bor långt bort",
           X("question"),
           "telegram question about remote participation for one session"),

        mail("av113", "2027-03-08T13:40", ("Ingrid Halvorsen", "ingrid.halvorsen@falun.se"),
             "Certificate?",
             "Hi,\n\nI'm registered for all four DalaLab sessions. Will participants get some kind of "
             "certificate or course certificate afterwards? My manager asked for it.\n\nThanks,\nIngrid",
             X("question"),
             "English question from a registered participant"),

        mail("av114", "2027-03-16T10:22", ("Stefan Lundgren", "stefan.lundgren@orsa.se"),
             "Reservplats?",
             "Hej Linnea,\n\nvi är redan tre anmälda från Orsa. Finns det någon möjlighet att en fjärde "
             "person kan stå på en reservlista, eller är det helt stängt? I så fall, hur gör vi?\n\n"
             "Stefan Lundgren\nOrsa kommun",
             X("question"),
             "quota question without naming anyone: not a signup"),

        mail("av115", "2027-03-26T08:05", ("Birgitta Öhman", "birgitta.ohman@mora.se"),
             "Ingen bekräftelse",
             "Hej,\n\njag skickade min anmälan till DalaLab för två veckor sedan men har inte fått någon "
             "bekräftelse. Är jag anmäld?\n\nBirgitta Öhman\nMora kommun",
             X("question"),
             "asks whether a signup arrived; no new request"),

        mail("av116", "2027-04-02T14:31", ("Viktor Hammar", "viktor.hammar@avesta.se"),
             "Måste man gå på alla?",
             "Hej!\n\nJag är anmäld till hela serien men februari ser väldigt fullt ut för mig. Måste man gå på "
             "alla fyra eller är det okej att hoppa över en?\n\nViktor",
             X("question", unsure=["intent"]),
             "question that hints at a cancel of February but asks first"),

        # ---------------------------------------------------------------- erasure
        mail("av117", "2027-01-25T11:11", ("Jessica Dahl", "jessica.dahl@avesta.se"),
             "Radera mina uppgifter",
             "Hej\n\nJag avanmälde mig förra veckan. Radera nu även mina uppgifter ur anmälningslistan.\n\n"
             "Jessica Dahl",
             X("erasure", [P("Jessica Dahl", "jessica.dahl@avesta.se", "Avesta kommun")]),
             "short erasure request after an earlier cancellation"),

        mail("av118", "2027-02-09T16:03", ("Richard Moore", "richard.moore@lansstyrelsen.se"),
             "GDPR – request for erasure",
             "To whom it may concern,\n\nUnder Article 17 of the GDPR I request the erasure of all personal "
             "data you hold about me in connection with the DalaLab registration, and that my registration "
             "is withdrawn. Please confirm in writing once this has been done.\n\n"
             "Richard Moore\nLänsstyrelsen Dalarna",
             X("erasure", [P("Richard Moore", "richard.moore@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "formal English GDPR erasure that also withdraws the registration"),

        tg("av119", "2027-03-05T18:47", "Mattias Forsberg", 388214506,
           "Hej, kan ni ta bort alla mina uppgifter ur ert system? Jag ska inte delta längre. Mattias, Vansbro",
           X("erasure", [P("Mattias Forsberg", None, "Vansbro kommun")]),
           "telegram erasure with implied withdrawal"),

        mail("av120", "2027-03-19T09:29", ("Annika Berg", "annika.berg@malung-salen.se"),
             "Uppgifter om tidigare medarbetare",
             "Hej,\n\nHåkan Ek har slutat hos oss och bett mig framföra att hans personuppgifter ska raderas "
             "ur er deltagarlista för DalaLab.\n\nHälsningar\nAnnika Berg\nHR, Malung-Sälens kommun",
             X("erasure", [P("Håkan Ek", None, "Malung-Sälens kommun")]),
             "erasure requested on behalf of a former employee; the sender is not erased"),

        # ---------------------------------------------------------------- automatic mail
        mail("av101", "2027-01-14T09:13", ("Karin Ljungqvist", "karin.ljungqvist@borlange.se"),
             "Autosvar: Bekräftelse: din anmälan till DalaLab",
             "Hej!\n\nJag är på semester till och med den 18 januari och läser inte min e-post. "
             "Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 0243-740 00.\n\n"
             "Karin Ljungqvist",
             X("auto_reply"),
             "out-of-office reply to the service's confirmation"),

        mail("av102", "2027-02-04T10:02", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not be delivered to one or more "
             "recipients.\n\n"
             "<johanna.erikssonwallin@regiondalarna.se>: host mail.regiondalarna.se said: 550 5.1.1 "
             "User unknown\n\n"
             "--- Original message ---\n"
             "Subject: Bekräftelse: din anmälan till DalaLab\n"
             "Hej Johanna! Du är anmäld till DalaLab 3 maj 2027 och 22 februari 2028. Specialkost: laktosfri.\n",
             X("auto_reply"),
             "bounce of a confirmation; the returned text names a person, dates and diet"),

        mail("av103", "2027-02-23T13:46", ("Per-Olof Grönlund", "per-olof.gronlund@smedjebacken.se"),
             "Läst: Bekräftelse: din anmälan till DalaLab",
             "Ditt meddelande\n\n  Till: Per-Olof Grönlund\n  Ämne: Bekräftelse: din anmälan till DalaLab\n"
             "  Skickat: den 23 februari 2027 08:30\n\nlästes den 12 februari 2027 13:46.",
             X("auto_reply"),
             "Outlook read receipt for a confirmation"),

        mail("av104", "2027-03-02T16:21", ("Tomasz Wieczorek", "tomasz.wieczorek@mora.se"),
             "Automatic reply: Your DalaLab registration",
             "Thank you for your email. I am out of the office until Monday 8 March with limited access to "
             "email. For planning matters please contact plan@mora.se.\n\nTomasz Wieczorek",
             X("auto_reply"),
             "English out-of-office reply to a confirmation"),

        mail("av105", "2027-03-12T08:00", ("Microsoft Outlook", "postmaster@falun.se"),
             "Levererat: Bekräftelse: din anmälan till DalaLab",
             "Meddelandet har levererats till följande mottagare:\n\n"
             "camilla.forsgren@falun.se (camilla.forsgren@falun.se)\n\n"
             "Ämne: Bekräftelse: din anmälan till DalaLab",
             X("auto_reply"),
             "delivery report from Exchange"),

        # ---------------------------------------------------------------- unknown / odd
        mail("av106", "2027-02-19T10:40", ("Göran Westin via Planerare Dalarna",
                                           "planerare-dalarna@lists.regiondalarna.se"),
             "[planerare-dalarna] Boverkets nya vägledning om planeringsstrategi",
             "Hej alla,\n\n"
             "Boverket har publicerat en uppdaterad vägledning om planeringsstrategier. Den kommer säkert "
             "att diskuteras på DalaLab-träffen 3 maj för oss som är anmälda. Läs gärna innan!\n\n"
             "/Göran Westin, Länsstyrelsen Dalarna\n\n"
             "_______________________________________________\n"
             "planerare-dalarna mailing list\n"
             "Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
             X("unknown"),
             "mailing-list post that mentions a session date", to="planerare-dalarna@lists.regiondalarna.se"),

        mail("av107", "2027-03-10T03:17", ("Region Dalarna Anmälan", "noreply@regiondalarna-anmalan.com"),
             "Åtgärd krävs: din anmälan till DalaLab har pausats",
             "<html><body><p>Hej,</p>"
             "<p>Din anmälan till <b>DalaLab 3 maj 2027</b> har pausats på grund av ofullständiga uppgifter. "
             "Verifiera ditt konto inom 24 timmar för att behålla din plats:</p>"
             "<p><a href=\"http://regiondalarna-anmalan.com/verify?id=88231\">Verifiera min anmälan</a></p>"
             "<p>Logga in med ditt e-postlösenord från arbetet.</p>"
             "<p>Region Dalarna | Anmälningsservice</p></body></html>",
             X("unknown"),
             "phishing dressed as a registration notice, lookalike domain", html=True),

        mail("av108", "2027-03-23T07:30", ("Samhällsbyggnad Dalarna", "nyhetsbrev@regiondalarna.se"),
             "Nyhetsbrev Samhällsbyggnad Dalarna – mars 2027",
             "<html><body><h1>Nyhetsbrev mars 2027</h1>"
             "<h2>Sista chansen: DalaLab</h2>"
             "<p>Lärprojektet DalaLab startar 3 maj i Falun. Träffar även 21 september, 29 november och "
             "22 februari 2028. Anmäl dig senast 14 april till linnea.hassis@regiondalarna.se.</p>"
             "<h2>Ny regional bredbandsstrategi</h2><p>Remissen är ute till 30 april.</p>"
             "<p><small>Du får detta nyhetsbrev för att du prenumererar. "
             "<a href=\"https://regiondalarna.se/avsluta\">Avsluta prenumeration</a></small></p>"
             "</body></html>",
             X("unknown"),
             "newsletter naming all dates and the deadline", html=True),

        mail("av109", "2027-01-20T10:12", ("Mattias Öberg", "mattias.oberg@borlange.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Tack så mycket! Ser fram emot hösten.\n\n/Mattias\n\n"
             "> Hej Mattias! Du är anmäld till DalaLab 21 september och 29 november 2027.\n",
             X("unknown"),
             "thank-you reply to a confirmation: nothing to do"),

        mail("av135", "2027-04-08T11:52", ("Peter Wahlberg", "peter.wahlberg@rattvik.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             "Hej Linnea,\n\nbifogar fakturaunderlaget för lokalhyran i Rättvik från februari som du bad om. "
             "Hör av dig om något saknas.\n\nPeter Wahlberg\nEkonomiavdelningen, Rättviks kommun\n\n"
             "> Hej Peter! Du är anmäld till DalaLab 3 maj 2027.\n",
             X("unknown"),
             "unrelated business sent as a reply to an old confirmation thread"),
    ]
