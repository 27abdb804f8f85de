from build import P, X, mail, tg, S1, S2, S3, S4, ALL

FROM_DL = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"

LINES = {
    S1: "- 3 maj 2027, kl. 10.00–15.00, Falun",
    S2: "- 21 september 2027",
    S3: "- 29 november 2027",
    S4: "- 22 februari 2028",
}


def conf(first, sessions):
    """The confirmation the service sends, as its text reads."""
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            "Du är anmäld till följande träffar:\n\n" + "\n".join(LINES[s] for s in sessions) +
            "\n\nSvara på det här mejlet om något behöver ändras.\n\nHälsningar\nDalaLab, Region Dalarna")


def outlook_conf(sent, to, first, sessions):
    return (f"\n\nFrån: {FROM_DL}\nSkickat: {sent}\nTill: {to}\nÄmne: Bekräftelse: anmälan till DalaLab\n\n"
            + conf(first, sessions))


REMINDER = """Hej!

Nu är det två veckor kvar att anmäla sig till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Sista dag för anmälan är onsdag 14 april 2027.

Träffar (alla i Falun, kl. 10.00–15.00):
1. Måndag 3 maj 2027
2. Tisdag 21 september 2027
3. Måndag 29 november 2027
4. Tisdag 22 februari 2028

Varje kommun kan delta med upp till tre personer. Är du redan anmäld behöver du inte göra något.

Hälsningar
DalaLab, Region Dalarna"""


def gt(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def messages():
    return [
        mail("j091", "2027-04-09T16:52", ("Pernilla Söderlund", "pernilla.soderlund@vansbro.se"),
             "Anmälan DalaLab – hinner jag?",
             """Hej Linnea!

Jag såg inbjudan först nu, den hade hamnat hos en kollega som har slutat. Hoppas att det inte är för sent – jag vill gärna anmäla mig till hela lärprojektet, alltså alla fyra träffarna.

Ingen specialkost.

Med vänlig hälsning

Pernilla Söderlund
Samhällsplanerare
Vansbro kommun | Samhällsbyggnadsförvaltningen
Box 501, 786 21 Vansbro
Tel: 0281-750 00
""",
             X("register", [P("Pernilla Söderlund", "pernilla.soderlund@vansbro.se", "Vansbro kommun")], ALL),
             "late first-time signup five days before the deadline, 'alla fyra träffarna'; 'Ingen specialkost' is no diet"),

        tg("j092", "2027-02-16T12:31", "Kalle Nordin", 6012345588,
           "hej igen! kan jag byta 21 sept mot 29 nov? krockar med budgetdagarna. /kalle orsa kommun",
           X("change", [P("Kalle Nordin", None, "Orsa kommun")], [S3]),
           "telegram bare swap 21 sept -> 29 nov: the new session only"),

        mail("j093", "2027-01-19T08:07", ("Persson Ingela", "ingela.persson@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag ser i bekräftelsen att jag bara står på 3 maj. Kan ni lägga till 22 februari också? Den missade jag att skriva.

/Ingela""" + outlook_conf("den 14 januari 2027 09:40", "Persson Ingela <ingela.persson@borlange.se>",
                          "Ingela", [S1]),
             X("change", [P("Ingela Persson", "ingela.persson@borlange.se", "Borlänge kommun")], [S1, S4]),
             "reply to the confirmation (quoted: 3 May only) adding 22 Feb -> both; surname-first display name"),

        mail("j094", "2027-04-01T10:18", ("Lars Grönlund", "lars.gronlund@hedemora.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej!

Jag är anmäld sedan december men måste tyvärr avanmäla mig. Jag har fått en tjänst i Västerås och slutar i Hedemora sista april, så det blir inga träffar för min del. Någon ersättare vet jag inte om i nuläget – det får i så fall min chef Helena Strid höra av sig om.

Lycka till med projektet!

Lars Grönlund
Översiktsplanerare | Hedemora kommun
070-391 22 18

> Från: DalaLab – Region Dalarna
> Skickat: den 31 mars 2027 08:00
> Ämne: Påminnelse: sista dag för anmälan till DalaLab är 14 april
>
""" + gt(REMINDER),
             X("cancel", [P("Lars Grönlund", "lars.gronlund@hedemora.se", "Hedemora kommun")], ALL),
             "reply to the deadline reminder cancelling everything (new job); manager named only as a future contact; quoted reminder lists all dates"),

        mail("j095", "2027-02-24T14:03", ("Annelie Frost", "annelie.frost@mora.se"),
             "Ny deltagare från Mora i mitt ställe",
             """Hej Linnea,

Jag slutar på Mora kommun den 31 mars och kommer därför inte att kunna delta i DalaLab. Min kollega Daniel Mäkinen (daniel.makinen@mora.se), som tar över översiktsplanearbetet, går i stället – på samtliga fyra träffar, precis som jag var anmäld.

Daniel har vegetarisk kost.

Tack för allt och lycka till!
Annelie

--
Annelie Frost
Strateg, Samhällsbyggnad
Mora kommun
""",
             X("change", [P("Annelie Frost", "annelie.frost@mora.se", "Mora kommun"),
                          P("Daniel Mäkinen", "daniel.makinen@mora.se", "Mora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "substitution: sender leaves, colleague takes all four; substitute's diet"),

        tg("j096", "2027-03-02T21:15", "Lejla Hodžić", 5731920044,
           "hej, jag anmälde mig i december men hittar inte bekräftelsen. vilka träffar står jag på? tror jag skrev alla men är inte säker",
           X("question"),
           "telegram: asks what she is booked on -> question"),

        mail("j097", "2026-12-09T11:26", ("Sara Mohammadi", "sara.mohammadi@sater.se"), "Re: Anmälan DalaLab",
             """Hej igen!

Jag glömde skriva i min anmälan i morse att jag är glutenintolerant. Kan ni notera det?

Tack!
Sara
""",
             X("change", [P("Sara Mohammadi", "sara.mohammadi@sater.se", "Säters kommun", diet="glutenintolerant")],
               [], diet="glutenintolerant"),
             "second mail the same day adding a diet, no sessions stated -> change []"),

        mail("j098", "2027-04-10T09:12", ("Gustav Hansson", "gustav.hansson@alvdalen.se"),
             "Anmälan tre personer Älvdalen",
             """Hej!

Sent men förhoppningsvis inte för sent. Från Älvdalens kommun vill vi anmäla tre personer till träffarna 3 maj och 21 september:

Gustav Hansson, planeringsarkitekt (jag själv)
Linn Mård, linn.mard@alvdalen.se – laktosfri
Per-Olof Dalin, per-olof.dalin@alvdalen.se

De två senare träffarna återkommer vi om när vi vet hur hösten och vintern ser ut.

Hälsningar
Gustav Hansson
Älvdalens kommun
Dalgatan 27, 796 31 Älvdalen
""",
             X("register", [P("Gustav Hansson", "gustav.hansson@alvdalen.se", "Älvdalens kommun"),
                            P("Linn Mård", "linn.mard@alvdalen.se", "Älvdalens kommun", diet="laktosfri"),
                            P("Per-Olof Dalin", "per-olof.dalin@alvdalen.se", "Älvdalens kommun")],
               [S1, S2], diet="laktosfri"),
             "late signup (Saturday before the deadline) of self + two colleagues; 'de två senare träffarna' deferred, not registered"),

        mail("j099", "2027-01-08T13:44", ("Öberg Mikael", "mikael.oberg@ludvika.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Tack, ser fram emot det!

/Mikael

Skickat från Outlook för iOS""" + outlook_conf("den 8 januari 2027 11:02", "Öberg Mikael <mikael.oberg@ludvika.se>",
                                                "Mikael", [S1, S2]),
             X("unknown"),
             "thank-you reply to the confirmation, no request; quoted confirmation lists two dates"),

        mail("j100", "2027-03-11T19:48", ("Helena Vikström", "helena.vikstrom71@gmail.com"),
             "Ändrad mejladress – DalaLab",
             """Hej!

Jag är anmäld till DalaLab med min jobbadress helena.vikstrom@leksand.se. Vi har problem med att externa mejl fastnar i spamfiltret på jobbet, så jag missade nästan bekräftelsen. Kan ni skicka utskicken till den här adressen i stället (helena.vikstrom71@gmail.com)?

Träffarna är samma som innan.

Hälsningar
Helena Vikström
Leksands kommun
""",
             X("change", [P("Helena Vikström", "helena.vikstrom71@gmail.com", "Leksands kommun")], []),
             "address update from a private gmail; old work address is not a second person; 'samma som innan' states no sessions -> []"),

        tg("j101", "2027-03-18T07:40", "Jonas Tapper", 1288406619,
           "morrn! jag kan tyvärr inte 29/11, är kvar på de andra. jonas, gagnef",
           X("cancel", [P("Jonas Tapper", None, "Gagnefs kommun")], [S3]),
           "telegram partial withdrawal, keeps the rest -> cancel 29/11"),

        mail("j102", "2027-02-05T15:30", ("Camilla Rönn", "camilla.ronn@avesta.se"), "Ändring av träffar",
             """Hej Linnea!

Jag är anmäld till 3/5 och 21/9. Nu visar det sig att jag är på semester i slutet av september, så 21/9 går inte. Däremot vill jag gärna komma på den sista träffen 22/2 i stället.

Alltså: 3/5 och 22/2.

Vänliga hälsningar
Camilla Rönn
Planeringsenheten, Avesta kommun
0226-64 50 00
""",
             X("change", [P("Camilla Rönn", "camilla.ronn@avesta.se", "Avesta kommun")], [S1, S4]),
             "drops 21/9, adds 22/2, keeps 3/5; states the result"),

        mail("j103", "2027-03-23T10:02", ("Camilla Rönn", "camilla.ronn@avesta.se"), "Re: Ändring av träffar",
             """Hej igen!

Min egen anmälan gäller som förut (3/5 och 22/2). Nu vill även min nya kollega Fatima Ali vara med, men bara på höstträffarna i september och november. Hennes adress är fatima.ali@avesta.se.

Vänliga hälsningar
Camilla Rönn
Planeringsenheten, Avesta kommun
0226-64 50 00
""",
             X("register", [P("Fatima Ali", "fatima.ali@avesta.se", "Avesta kommun")], [S2, S3]),
             "third mail from the same sender: her own signup unchanged, adds a colleague for the two autumn sessions"),

        mail("j104", "2027-03-31T08:01", ("Nilsson Therese", "therese.nilsson@borlange.se"),
             "Automatiskt svar: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Tack för ditt mejl.

Jag är tjänstledig till och med 30 april och läser inte min e-post. Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 0243-740 00.

Therese Nilsson
Borlänge kommun
""",
             X("auto_reply"),
             "Outlook out-of-office answering the deadline reminder"),

        mail("j105", "2027-03-08T09:55", ("Maria Pettersson Lind", "maria.pettersson-lind@falun.se"),
             "Har min anmälan kommit fram?",
             """Hej!

Jag skickade en anmälan till DalaLab den 17 februari men har inte fått någon bekräftelse. Har den kommit fram?

Mvh
Maria Pettersson Lind
Stadsbyggnadsförvaltningen, Falu kommun
""",
             X("question"),
             "asks whether her earlier signup arrived, restates nothing -> question"),

        tg("j106", "2027-04-08T22:31", "Ali Rezaei", 7045512983,
           "Hej! Hinner man fortfarande anmäla sig? Isf vill jag vara med på alla träffar. Ali Rezaei, Borlänge kommun, ali.rezaei@borlange.se",
           X("register", [P("Ali Rezaei", "ali.rezaei@borlange.se", "Borlänge kommun")], ALL),
           "late telegram signup with a question; address written in the text"),

        mail("j107", "2027-02-12T11:20", ("Annika Bylund", "annika.bylund@ludvika.se"), "Avanmälan – Ludvika",
             """Hej,

Vi behöver tyvärr avanmäla Stefan Norling från DalaLab. Han har slutat hos oss. Vi vet ännu inte vem som tar över hans uppgifter, så vi återkommer om vi vill anmäla någon annan på platsen.

Hälsningar
Annika Bylund
Enhetschef planering
Ludvika kommun
""",
             X("cancel", [P("Stefan Norling", None, "Ludvika kommun")], ALL),
             "manager withdraws a colleague who left, no substitute yet -> cancel all four; sender not in people"),

        mail("j108", "2027-01-27T16:40", ("Torbjörn Hallberg", "torbjorn.hallberg@rattvik.se"), "Ändring DalaLab",
             """Hej Linnea!

En liten ändring för min del: min kollega Jesper Lund tar över två av mina träffar, 29 november och 22 februari, eftersom de ligger närmare hans område. Själv går jag som planerat den 3 maj och 21 september.

Jesper nås på jesper.lund@rattvik.se.

Tack!
Torbjörn Hallberg
Planchef, Rättviks kommun
""",
             X("change", [P("Torbjörn Hallberg", "torbjorn.hallberg@rattvik.se", "Rättviks kommun"),
                          P("Jesper Lund", "jesper.lund@rattvik.se", "Rättviks kommun")], [S3, S4]),
             "partial hand-over: colleague takes two of the sender's four sessions -> both people, the substitute's sessions"),

        mail("j109", "2027-04-07T13:05", ("Helena Strid", "helena.strid@hedemora.se"), "Ny deltagare från Hedemora",
             """Hej!

Lars Grönlund har ju avanmält sig (han mejlade er förra veckan). I hans ställe vill vi anmäla Tove Ahlin, tove.ahlin@hedemora.se, nyanställd översiktsplanerare hos oss. Hon tar alla fyra träffarna.

Tove har nötallergi.

Vänliga hälsningar
Helena Strid
Samhällsbyggnadschef
Hedemora kommun
""",
             X("register", [P("Tove Ahlin", "tove.ahlin@hedemora.se", "Hedemora kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "newcomer takes the place of a colleague who cancelled in an earlier mail -> register of the newcomer only"),

        tg("j110", "2027-01-31T18:02", "Elsa Lindmark", 5390066127,
           "hej igen 🙂 jag har blivit vegan sen jag anmälde mig, kan ni ändra från vegetarisk till vegan? /elsa, region dalarna",
           X("change", [P("Elsa Lindmark", None, "Region Dalarna", diet="vegan")], [], diet="vegan"),
           "telegram diet update; the old diet 'vegetarisk' is replaced by 'vegan'"),

        mail("j111", "2027-02-22T10:30", ("Daniel Fischer", "daniel.fischer@falun.se"), "Which sessions am I on?",
             """Hi Linnea,

Could you tell me which sessions I'm registered for? I think I signed up for May and September, but I can't find the confirmation anywhere.

Best,
Daniel

Daniel Fischer
Urban planner, Falu kommun
""",
             X("question"),
             "English: asks what he is booked on; his guess at the months is no request"),

        mail("j112", "2027-04-06T14:22", ("Ruth Adeyemi", "ruth@adeyemiplanning.se"), "Registration DalaLab",
             """Hello,

I'm a planning consultant engaged by Ludvika kommun to work on their new comprehensive plan (ÖP). Ludvika have agreed that I take one of their three places in DalaLab, so please register me for all four sessions. Swedish-language sessions are fine for me.

Dietary requirement: no pork.

Kind regards,
Ruth Adeyemi
Adeyemi Planning AB
+46 70 218 44 90
""",
             X("register", [P("Ruth Adeyemi", "ruth@adeyemiplanning.se", "Ludvika kommun", diet="no pork")],
               ALL, diet="no pork"),
             "English late signup by a consultant taking one of Ludvika's places -> organisation Ludvika kommun"),

        mail("j113", "2027-04-05T07:58", ("Sjöqvist Åsa", "asa.sjoqvist@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Tyvärr måste jag avboka mig till 3 maj, jag är sjukskriven i vår efter en operation. Höstens träffar räknar jag med att komma på.

/Åsa""" + outlook_conf("den 21 december 2026 14:12", "Sjöqvist Åsa <asa.sjoqvist@orsa.se>",
                       "Åsa", [S1, S2, S3]),
             X("cancel", [P("Åsa Sjöqvist", "asa.sjoqvist@orsa.se", "Orsa kommun")], [S1]),
             "reply to the confirmation withdrawing from 3 May only, keeps the autumn sessions"),

        mail("j114", "2027-04-02T11:11", ("Fredrik Ahl", "fredrik.ahl@regiondalarna.se"), "Anmälan DalaLab",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Jag är ny på regionen (enheten för samhällsplanering) och vill gärna anmäla mig till DalaLab, träffarna 3/5 och 29/11.</p>
<p>Specialkost: laktosfri</p>
<p>Med vänliga hälsningar<br>
<b>Fredrik Ahl</b><br>
Regional utvecklare<br>
Region Dalarna<br>
Box 712, 791 29 Falun<br>
Tfn 023-49 00 00</p>
</body></html>""",
             X("register", [P("Fredrik Ahl", "fredrik.ahl@regiondalarna.se", "Region Dalarna", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "HTML-only late signup from Region Dalarna; '3/5 och 29/11'; Falun box address is not the organisation",
             html=True),

        mail("j115", "2027-03-16T13:37", ("Jörgen Lindh", "jorgen.lindh@vansbro.se"), "Lägg till 21 september",
             """Hej igen!

Jag är anmäld till 3 maj och 29 nov. Nu har det lossnat i september också, så lägg gärna till 21 september.

Mvh Jörgen Lindh
Vansbro kommun
""",
             X("change", [P("Jörgen Lindh", "jorgen.lindh@vansbro.se", "Vansbro kommun")], [S1, S2, S3]),
             "adds a session to an existing signup and states the current ones -> all three"),

        mail("j116", "2027-01-25T20:10", ("Birgitta Olars", "birgitta.olars@mora.se"), "Radera mina uppgifter",
             """Hej.

Jag avanmälde mig från DalaLab tidigare i januari. Nu vill jag också att ni raderar alla uppgifter som ni har om mig i anmälningssystemet.

Tack.
Birgitta Olars
""",
             X("erasure", [P("Birgitta Olars", "birgitta.olars@mora.se", "Mora kommun")]),
             "erasure after an earlier cancellation; organisation from the mora.se domain"),

        tg("j117", "2027-04-03T12:20", "Mattias Gran", 7612009934,
           "hej! anmäler mig och min kollega jonna wahlberg, båda på säters kommun. 3 maj och 21 sep. jonna är laktosintolerant",
           X("register", [P("Mattias Gran", None, "Säters kommun"),
                          P("Jonna Wahlberg", None, "Säters kommun", diet="laktosintolerant")],
             [S1, S2], diet="laktosintolerant"),
           "telegram late signup for self + colleague in lower case; the colleague's diet"),

        mail("j118", "2027-02-01T09:03", ("Karolina Nyström", "karolina.nystrom@alvdalen.se"),
             "Fel specialkost i bekräftelsen",
             """Hej,

Jag såg i bekräftelsen att det står glutenfri kost på mig. Det måste ha blivit fel någonstans – jag har ingen specialkost. Träffarna stämmer.

Hälsningar
Karolina Nyström
Älvdalens kommun
""",
             X("change", [P("Karolina Nyström", "karolina.nystrom@alvdalen.se", "Älvdalens kommun")], []),
             "correction: removes a wrongly recorded diet (she has none) -> change [], diet null"),

        mail("j119", "2027-03-29T15:45", ("Ylva Tidholm", "ylva.tidholm@smedjebacken.se"), "Avanmälan 21 sept",
             """Hej,

Både jag och Kim Lagerqvist måste tyvärr avanmäla oss från träffen den 21 sept – den krockar med KS-sammanträdet. Vi kommer på de andra träffarna som planerat.

Med vänlig hälsning
Ylva Tidholm
Smedjebackens kommun
Tfn 0240-66 00 00
""",
             X("cancel", [P("Ylva Tidholm", "ylva.tidholm@smedjebacken.se", "Smedjebackens kommun"),
                          P("Kim Lagerqvist", None, "Smedjebackens kommun")], [S2]),
             "two people withdraw from one session, keep the rest"),

        mail("j120", "2027-03-04T08:20", ("Nils-Erik Haglund", "nils-erik.haglund@orsa.se"), "Fwd: Anmälan DalaLab",
             """Hej! Jag har inte fått någon bekräftelse, så jag skickar min anmälan igen för säkerhets skull.

/Nils-Erik

---------- Vidarebefordrat meddelande ---------
Från: Nils-Erik Haglund <nils-erik.haglund@orsa.se>
Date: tors 11 feb. 2027 kl. 14:02
Subject: Anmälan DalaLab
To: <linnea.hassis@regiondalarna.se>


Hej,

Jag anmäler mig härmed till alla fyra träffarna i DalaLab. Vegetarisk kost.

Nils-Erik Haglund
Orsa kommun
""",
             X("register", [P("Nils-Erik Haglund", "nils-erik.haglund@orsa.se", "Orsa kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "resends his own earlier signup as a forward (no confirmation received); the signup is in the forwarded part"),

        tg("j121", "2027-03-26T13:05", "Sofie Kallin", 2204713859,
           "hej! jag är anmäld till första träffen. vet ni var i falun den är? och finns det parkering?",
           X("question"),
           "telegram question from someone already registered; 'första träffen' is no request"),

        mail("j122", "2027-01-14T09:41", ("Mail Delivery System", "MAILER-DAEMON@mx.orsa.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx.orsa.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<anders.bjork@orsa.se>: host mail.orsa.se[10.12.0.25] said: 550 5.1.1
    <anders.bjork@orsa.se>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--- Returned message ---
From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
To: Anders Björk <anders.bjork@orsa.se>
Subject: Bekräftelse: anmälan till DalaLab
Date: Thu, 14 Jan 2027 09:40:12 +0100

""" + conf("Anders", ALL),
             X("auto_reply"),
             "bounce of a confirmation; returned text holds a name and all four dates -> nothing to register"),

        mail("j123", "2027-03-01T12:10", ("Jens Åkerlund", "jens.akerlund@gagnef.se"), "Byte av deltagare, Gagnef",
             """Hej Linnea!

Jag har fått nytt jobb på Borlänge kommun och börjar där 1 april. Maja Fors, maja.fors@gagnef.se, tar över min plats för Gagnef på de träffar jag var anmäld till, 3 maj och 29 november.

Maja vill ha vegetarisk kost.

Hälsningar
Jens Åkerlund
Gagnefs kommun
""",
             X("change", [P("Jens Åkerlund", "jens.akerlund@gagnef.se", "Gagnefs kommun"),
                          P("Maja Fors", "maja.fors@gagnef.se", "Gagnefs kommun", diet="vegetarisk")],
               [S1, S3], diet="vegetarisk"),
             "substitution: sender changes employer, colleague takes his two sessions; substitute's diet; Borlänge only as his new job"),

        mail("j124", "2027-04-09T08:45", ("Jens Åkerlund", "jens.akerlund@borlange.se"), "Anmälan DalaLab – Borlänge",
             """Hej igen!

Nu skriver jag från nya jobbet. Som jag skrev i mars har Maja Fors tagit över min Gagnef-plats. Nu vill min nya chef att jag är med för Borlänges räkning i stället – går det att anmäla mig till 21 september och 22 februari?

Jag vet att det bara är tre per kommun, så säg till om Borlänge redan är fullt.

Hälsningar
Jens Åkerlund
Samhällsbyggnadskontoret, Borlänge kommun
""",
             X("register", [P("Jens Åkerlund", "jens.akerlund@borlange.se", "Borlänge kommun")], [S2, S4]),
             "same person as j123, now signing up anew for his new municipality; Gagnef and Maja Fors are history"),

        mail("j125", "2027-02-18T07:30", ("Eventfoto Dalarna", "info@eventfotodalarna.se"),
             "Fotografering till ert event?",
             """Hej!

Vi på Eventfoto Dalarna har sett att ni arrangerar flera träffar under 2027. Behöver ni bilder till hemsida, sociala medier eller dokumentation? Vi erbjuder halvdag från 4 900 kr exkl. moms och levererar redigerade bilder inom 48 timmar.

Boka ett kostnadsfritt samtal med oss senast 31 mars så får ni 15 % rabatt!

Med vänliga hälsningar
Eventfoto Dalarna
www.eventfotodalarna.se

Vill du inte få fler mejl från oss? Svara STOPP.
""",
             X("unknown"),
             "sales mail from a photographer; prices and a 'senast 31 mars' deadline are no event content"),

        mail("j126", "2027-04-07T16:15", ("Erika Halvars", "erika.halvars@malung-salen.se"), "DalaLab",
             """Hej! Lite sent omsider, men vi är två från Malung-Sälen som gärna vill vara med i DalaLab: jag själv och Robin Sahlin (robin.sahlin@malung-salen.se). Vi vill båda gå på alla träffar.

Erika Halvars
Planarkitekt
Malung-Sälens kommun
0280-181 00

Skickat från min iPhone
""",
             X("register", [P("Erika Halvars", "erika.halvars@malung-salen.se", "Malung-Sälens kommun"),
                            P("Robin Sahlin", "robin.sahlin@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "late phone signup for self + colleague, 'alla träffar'"),

        mail("j127", "2027-01-11T10:50", ("Lindqvist Ann-Sofi", "ann-sofi.lindqvist@lansstyrelsen.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

I bekräftelsen står alla fyra träffarna, men jag anmälde mig bara till 3 maj och 21 september. Kan ni rätta det?

Mvh
Ann-Sofi Lindqvist
Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

Skriver du till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt dataskyddsförordningen.""" +
             outlook_conf("den 7 januari 2027 15:20", "Lindqvist Ann-Sofi <ann-sofi.lindqvist@lansstyrelsen.se>",
                          "Ann-Sofi", ALL),
             X("change", [P("Ann-Sofi Lindqvist", "ann-sofi.lindqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "reply to a confirmation that lists all four: corrects to 3 May + 21 Sep; GDPR footer"),

        tg("j128", "2027-03-14T20:44", "Emelie Gustafsson", 5011873420,
           "hej, måste tyvärr avanmäla mig helt från dalalab 😔 blir föräldraledig tidigare än planerat. /emelie gustafsson, falu kommun",
           X("cancel", [P("Emelie Gustafsson", None, "Falu kommun")], ALL),
           "telegram full cancellation ('helt') -> all four"),

        mail("j129", "2027-03-31T14:12", ("Henrik Malm", "henrik.malm@rattvik.se"),
             "SV: Påminnelse: sista dag för anmälan till DalaLab är 14 april",
             """Hej!

Jag är anmäld till alla fyra. En fråga bara: om något skulle krocka under hösten, går det att byta träff eller skicka en kollega då, eller måste allt vara bestämt till 14 april?

/Henrik Malm, Rättviks kommun

-----Ursprungligt meddelande-----
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 31 mars 2027 08:00
Ämne: Påminnelse: sista dag för anmälan till DalaLab är 14 april

""" + REMINDER,
             X("question"),
             "reply to the reminder from someone registered: asks whether changes are possible later -> question"),

        mail("j130", "2027-04-06T09:30", ("Sten Wärn", "sten.warn@lansstyrelsen.se"), "Anmälan från Länsstyrelsen",
             """Hej Linnea,

Vi är två från Länsstyrelsen som vill anmäla oss till de två första träffarna: jag och Amanda Pihl. Adresserna är förnamn.efternamn@lansstyrelsen.se.

Amanda har nötallergi.

Hälsningar
Sten Wärn
Enheten för samhällsbyggnad
Länsstyrelsen Dalarna

Skriver du till Länsstyrelsen Dalarna behandlar vi dina personuppgifter enligt dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna.
""",
             X("register", [P("Sten Wärn", "sten.warn@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Amanda Pihl", "amanda.pihl@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="nötallergi")], [S1, S2], diet="nötallergi"),
             "late signup of two; the colleague's address given as a pattern; 'de två första träffarna'"),

        mail("j131", "2027-03-20T11:05", ("Tomás Herrera", "tomas.herrera@regiondalarna.se"), "DalaLab sessions",
             """Hi Linnea,

I'm registered for all four sessions, but I'll be on parental leave from August until March 2028. Please keep me on May 3rd and take me off the rest.

Thanks,
Tomás
""",
             X("cancel", [P("Tomás Herrera", "tomas.herrera@regiondalarna.se", "Region Dalarna")], [S2, S3, S4]),
             "English: keeps 3 May, withdraws from the other three -> cancel of those three"),

        mail("j132", "2027-01-20T17:02", ("Sophie Laurent", "sophie.laurent@falun.se"),
             "Automatic reply: Bekräftelse: anmälan till DalaLab",
             """Thank you for your email. I am out of the office until Monday 1 February with limited access to email.

For urgent matters, please contact the planning department at +46 23 830 00.

Kind regards,
Sophie Laurent
""",
             X("auto_reply"),
             "English out-of-office answering the confirmation; '1 February' is no session"),

        mail("j133", "2027-04-08T13:13", ("Julia Karlén", "julia.karlen@falun.se"), "Plats kvar i DalaLab?",
             """Hej!

Jag började som planarkitekt på Falu kommun 1 april och min chef tipsade om DalaLab. Finns det plats kvar för Falun? I så fall vill jag gärna vara med på alla fyra träffarna.

Vänliga hälsningar
Julia Karlén
Stadsbyggnadsförvaltningen
Falu kommun
""",
             X("register", [P("Julia Karlén", "julia.karlen@falun.se", "Falu kommun")], ALL),
             "late first-time signup, conditional on a free Falun place; '1 april' is her start date"),

        tg("j134", "2027-03-30T09:10", "Petter Lööf", 6688120375,
           "hej igen! jag avanmälde mig från 3 maj förra veckan men mötet som krockade är flyttat, så jag kan komma ändå 🙌 kan ni lägga tillbaka mig på den? /petter, ludvika",
           X("register", [P("Petter Lööf", None, "Ludvika kommun")], [S1], unsure=["intent"]),
           "telegram: undoes an earlier withdrawal from 3 May -> book him on 3 May again"),

        tg("j135", "2027-04-10T19:40", "Nadia Okafor", 8123390457,
           "Hi! Is it too late to sign up? I'd like to join sessions 2 and 3 (Sept and Nov). Nadia Okafor, Region Dalarna, nadia.okafor@regiondalarna.se",
           X("register", [P("Nadia Okafor", "nadia.okafor@regiondalarna.se", "Region Dalarna")], [S2, S3]),
           "English telegram late signup; 'sessions 2 and 3'"),
    ]
