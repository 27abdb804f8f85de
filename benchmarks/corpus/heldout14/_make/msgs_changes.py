"""Batch 15, writer "changes": people already registered writing again, plus some late signups (h091-h135)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        # ------------------------------------------------------------------ h091
        mail("h091", "2027-02-15T10:12", ("Linda Håkansson", "linda.hakansson@avesta.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej Linnea,

Det har tyvärr dykt upp en krock med kommunstyrelsens sammanträde den 21/9. Går det att byta till träffen den 29 november i stället?

Vänliga hälsningar

Linda Håkansson
Planarkitekt
Samhällsbyggnadsförvaltningen
Avesta kommun
Tel: 0226-64 50 00
www.avesta.se

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 8 februari 2027 13:02
Till: Linda Håkansson <linda.hakansson@avesta.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Linda!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träff:

- 21 september 2027, kl. 10.00–15.00, Falun

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna
""",
             X("change", [P("Linda Håkansson", "linda.hakansson@avesta.se", "Avesta kommun")], [S3]),
             "Outlook reply to her confirmation (which lists only 21 Sep): swap 21/9 -> 29 Nov; bare swap gives the new one"),

        # ------------------------------------------------------------------ h092
        tg("h092", "2027-01-18T21:40", "Mikael Öberg", 6034711829,
           "hej! är anmäld på alla fyra men kan inte den 29.11, har fått en utbildning då. stryk mig bara från den, "
           "resten står kvar 👍 /micke öberg, hedemora kommun",
           X("cancel", [P("Mikael Öberg", None, "Hedemora kommun")], [S3]),
           "telegram partial cancellation: out of 29.11 only, keeps the other three"),

        # ------------------------------------------------------------------ h093
        mail("h093", "2027-04-07T14:25", ("Amanda Persson", "amanda.persson@vansbro.se"),
             "Anmälan DalaLab (sent, hoppas det går!)",
             """Hej!

Jag fick höra om DalaLab av en kollega i Mora så sent som i går, och ser att sista anmälningsdag är 14 april – så jag hoppas att det fortfarande finns plats.

Jag vill gärna anmäla mig till alla fyra träffarna. Kost: vegetarisk.

Med vänlig hälsning
Amanda Persson
Översiktsplanerare
Vansbro kommun
Besöksadress: Järnvägsgatan 1, 780 50 Vansbro
Tfn 0281-750 00
""",
             X("register", [P("Amanda Persson", "amanda.persson@vansbro.se", "Vansbro kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "late signup (heard of it from a colleague in Mora), all four, vegetarian; deadline date and Mora are not hers"),

        # ------------------------------------------------------------------ h094
        mail("h094", "2027-01-11T08:03", ("Per-Olof Lindh", "per-olof.lindh@rattvik.se"),
             "Kost – DalaLab",
             """Hej Linnea!

Jag anmälde mig till DalaLab före jul men glömde att skriva att jag är glutenintolerant. Kan ni notera det inför fikat och lunchen?

Tack och hälsningar
Per-Olof Lindh
Rättviks kommun
Samhällsbyggnad
0248-70 000
""",
             X("change", [P("Per-Olof Lindh", "per-olof.lindh@rattvik.se", "Rättviks kommun",
                            diet="glutenintolerant")], [], diet="glutenintolerant"),
             "diet added to an existing signup, no sessions stated -> change with []"),

        # ------------------------------------------------------------------ h095
        mail("h095", "2027-03-08T16:40", ("Sandra Ljung", "sandra.ljung@ludvika.se"),
             "Avanmälan DalaLab",
             """Hej,

Jag har sagt upp mig och slutar på Ludvika kommun sista mars, så jag behöver tyvärr avanmäla mig från DalaLab. Vem som tar över efter mig är inte klart än, men min chef hör av sig om det blir någon.

Tack för ett bra initiativ, hoppas det blir lyckat!

Sandra Ljung
Strategisk planerare | Ludvika kommun
Växel: 0240-860 00
""",
             X("cancel", [P("Sandra Ljung", "sandra.ljung@ludvika.se", "Ludvika kommun")], ALL),
             "full cancellation (leaving her job), no session named -> all four; an unknown future successor is nobody"),

        # ------------------------------------------------------------------ h096
        mail("h096", "2027-02-22T09:30", ("Ulrika Brandt", "ulrika.brandt@borlange.se"),
             "Byte av deltagare Borlänge",
             """Hej!

Anders Myhr, som är anmäld till DalaLab från oss, har fått nya arbetsuppgifter och kommer inte att delta. I stället går Sofie Tallberg (sofie.tallberg@borlange.se) på alla fyra träffarna.

Sofie äter vegetariskt.

Hälsningar
Ulrika Brandt
Enhetschef Strategisk samhällsplanering
Borlänge kommun
""",
             X("change", [P("Anders Myhr", None, "Borlänge kommun"),
                          P("Sofie Tallberg", "sofie.tallberg@borlange.se", "Borlänge kommun", diet="vegetariskt")],
               ALL, diet="vegetariskt"),
             "manager substitutes a colleague (Anders out, Sofie in for all four); sender not in people; substitute's diet"),

        # ------------------------------------------------------------------ h097
        tg("h097", "2027-03-02T12:14", "Jonna Wiik", 5127760943,
           "hej! vilka träffar är jag anmäld till egentligen? minns inte om jag skrev alla eller bara den i maj 🙈",
           X("question", [], []),
           "telegram: asks what she is booked on; 'den i maj' is no request"),

        # ------------------------------------------------------------------ h098
        mail("h098", "2027-04-06T11:02", ("Hassan Jaber", "hassan.jaber@ludvika.se"),
             "Anmälan – ersätter Sandra Ljung",
             """Hej Linnea,

Jag började som strategisk planerare på Ludvika kommun den 1 april och har tagit över Sandra Ljungs uppdrag. Hon avanmälde sig från DalaLab i mars, och min chef vill att jag tar hennes plats. Jag vill därför anmäla mig till alla fyra träffarna.

Jag har nötallergi.

Mvh
Hassan Jaber
Ludvika kommun
""",
             X("register", [P("Hassan Jaber", "hassan.jaber@ludvika.se", "Ludvika kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "newcomer takes the place of a colleague who cancelled in an earlier mail -> register of the newcomer only"),

        # ------------------------------------------------------------------ h099
        mail("h099", "2027-03-16T13:48", ("Ida Granberg", "ida.granberg@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Jag är anmäld till 3 maj. Nu har jag fått klartecken från min chef att gå på hela serien, så lägg gärna till 21/9, 29/11 och 22/2 också.

Skickat från min iPhone

> 12 mars 2027 kl. 09:21 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:
>
> Hej Ida!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träff:
>
> - 3 maj 2027, kl. 10.00–15.00, Falun
>
> Svara på det här mejlet om något behöver ändras.
>
> Hälsningar
> DalaLab, Region Dalarna
""",
             X("change", [P("Ida Granberg", "ida.granberg@orsa.se", "Orsa kommun")], ALL),
             "iPhone reply: booked on 3 May, adds the other three -> change, sessions after = all four; org from domain"),

        # ------------------------------------------------------------------ h100
        mail("h100", "2027-02-03T15:05", ("Tobias Rehn", "tobias.rehn@regiondalarna.se"),
             "Ändring DalaLab",
             """Hej Linnea!

Jag står anmäld till 3/5 och 21/9. Kan du stryka mig från september-träffen och i stället lägga till den 22 februari? Maj står kvar.

/Tobias

Tobias Rehn
Regional utvecklingsstrateg
Region Dalarna
Box 712, 791 29 Falun
""",
             X("change", [P("Tobias Rehn", "tobias.rehn@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "withdraws from 21/9 and adds 22 Feb, keeps 3/5 -> change with sessions after the change"),

        # ------------------------------------------------------------------ h101
        mail("h101", "2027-01-25T10:20", ("Annelie Gustafsson", "annelie.gustafsson@rattvik.se"),
             "Nytt namn och ny e-postadress",
             """Hej,

Jag anmälde mig till DalaLab i december som Annelie Nilsson (annelie.nilsson@rattvik.se). Sedan årsskiftet heter jag Gustafsson och den gamla adressen kommer att stängas, så skicka gärna all information till den här adressen i fortsättningen.

Tack!
Annelie Gustafsson
Rättviks kommun
""",
             X("change", [P("Annelie Gustafsson", "annelie.gustafsson@rattvik.se", "Rättviks kommun")], []),
             "name and address update, no sessions stated -> change []; the old name/address is not a second person"),

        # ------------------------------------------------------------------ h102
        tg("h102", "2027-02-27T19:55", "Elsa Rydén", 7204418356,
           "hej igen! kan ni ändra min kost från vegetarisk till vegansk? tack 🌱 /elsa, säters kommun",
           X("change", [P("Elsa Rydén", None, "Säters kommun", diet="vegansk")], [], diet="vegansk"),
           "telegram diet change vegetarisk -> vegansk (the new diet only); no sessions"),

        # ------------------------------------------------------------------ h103
        mail("h103", "2027-03-19T08:47", ("Camilla Wennberg", "camilla.wennberg@falun.se"),
             "Niklas Fors – DalaLab 3 maj",
             """Hej,

Niklas Fors på vår enhet är anmäld till DalaLab men är föräldraledig april till och med augusti och kan därför inte delta den 3 maj. Han vill gärna vara kvar på de övriga träffarna.

Med vänlig hälsning

Camilla Wennberg
Enhetschef, Översiktlig planering
Falu kommun
023-830 00

Falu kommun behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.falun.se/personuppgifter
""",
             X("cancel", [P("Niklas Fors", None, "Falu kommun")], [S1]),
             "manager withdraws a colleague from 3 May only (he keeps the rest); sender not in people; leave months are not sessions", charset="windows-1252"),

        # ------------------------------------------------------------------ h104
        mail("h104", "2027-04-01T09:12", ("Roger Stenlund", "roger.stenlund@smedjebacken.se"),
             "Fråga om min anmälan",
             """Hej!

Jag mejlade för ungefär två veckor sedan om att byta från septemberträffen till novemberträffen, men har inte fått någon bekräftelse. Kan ni kolla vad jag står anmäld till nu?

Hälsningar
Roger Stenlund
Smedjebackens kommun
""",
             X("question", [], []),
             "asks whether an earlier change went through and what he is booked on; the swap it mentions is not a new request"),

        # ------------------------------------------------------------------ h105
        mail("h105", "2027-01-14T16:31", ("Johanna Sköld", "johanna.skold@sater.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Tack för snabb bekräftelse! Ser fram emot att ses i maj.

Hälsningar Johanna

________________________________
Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 15:58
Till: Sköld Johanna <johanna.skold@sater.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Johanna!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

- 3 maj 2027, kl. 10.00–15.00, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna
""",
             X("unknown", [], []),
             "thanks only, reply to the confirmation; nothing to do; 'i maj' and the quoted dates are no request"),

        # ------------------------------------------------------------------ h106
        tg("h106", "2027-03-29T16:20", "Hampus Ekman", 6871203349,
           "hej! hörde talas om dalalab på ett nätverksmöte idag. går det fortfarande att anmäla sig? i så fall vill "
           "jag gå 21/9 och 29/11. jobbar som planerare på gagnefs kommun",
           X("register", [P("Hampus Ekman", None, "Gagnefs kommun")], [S2, S3]),
           "telegram late signup that also asks if it is still possible -> register 21/9 + 29/11"),

        # ------------------------------------------------------------------ h107
        mail("h107", "2027-03-23T07:00", ("Lena Sjödin", "lena.sjodin@leksand.se"),
             "Automatiskt svar: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             """Hej,

Jag är ledig till och med den 2 april och har begränsad tillgång till e-post. Vid brådskande ärenden, kontakta samhällsbyggnadsförvaltningens reception på 0247-800 00.

Med vänlig hälsning
Lena Sjödin
Leksands kommun
""",
             X("auto_reply", [], []),
             "Outlook out-of-office answering the reminder (no auto headers); '2 april' and the deadline are not sessions"),

        # ------------------------------------------------------------------ h108
        mail("h108", "2027-02-10T13:37", ("Martin Klockars", "martin.klockars@alvdalen.se"),
             "Delvis byte – DalaLab",
             """Hej Linnea,

Jag är anmäld till alla fyra träffarna, men under hösten är jag tjänstledig. Min kollega Josefin Hed (josefin.hed@alvdalen.se) tar därför över mina två höstträffar, 21 september och 29 november. Själv går jag på 3 maj och 22 februari som planerat.

Tack på förhand!

Martin Klockars
Planchef
Älvdalens kommun
Box 100, 796 22 Älvdalen
""",
             X("change", [P("Martin Klockars", "martin.klockars@alvdalen.se", "Älvdalens kommun"),
                          P("Josefin Hed", "josefin.hed@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "partial hand-over: colleague takes his two autumn sessions, he keeps 3 May and 22 Feb -> change, both people, substitute's sessions"),

        # ------------------------------------------------------------------ h109
        mail("h109", "2027-04-08T10:44", ("Emelie Borg", "emelie.borg@smedjebacken.se"),
             "VB: VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Den här inbjudan har legat i min chefs inkorg och nådde mig först i dag – hoppas vi hinner före den 14:e.

Jag och min kollega Lars Dahlin vill gärna anmäla oss till de tre första träffarna (3 maj, 21 september och 29 november). Februariträffen får vi återkomma om.

Vänliga hälsningar
Emelie Borg
Samhällsplanerare
Smedjebackens kommun

Från: Roger Stenlund <roger.stenlund@smedjebacken.se>
Skickat: den 8 april 2027 09:15
Till: Emelie Borg <emelie.borg@smedjebacken.se>
Ämne: VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Något för dig och Lars? Jag går ju redan.

/Roger

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:00
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till DalaLab – ett lärprojekt om planeringsstrategier för kommunala och regionala planerare i Dalarna.

Träffar:
3 maj 2027, kl. 10–15 i Falun (fika från 09.30) – Hållbar utveckling i ett rumsligt perspektiv
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet

Upp till tre personer per kommun. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.
""",
             X("register", [P("Emelie Borg", "emelie.borg@smedjebacken.se", "Smedjebackens kommun"),
                            P("Lars Dahlin", None, "Smedjebackens kommun")], [S1, S2, S3]),
             "late signup in a double forward: self + colleague for the first three; Lars has no address; the forwarding manager is already registered and not in people"),

        # ------------------------------------------------------------------ h110
        tg("h110", "2027-03-12T08:05", "Göran Frisk", 5590317782,
           "Hej Linnea. Tyvärr måste jag avanmäla mig helt från DalaLab – jag har fått en ny tjänst i Uppsala från maj. "
           "Tack för allt och lycka till! /Göran",
           X("cancel", [P("Göran Frisk", None, None)], ALL),
           "telegram full cancellation, no session named -> all four; no organisation given; 'maj' is not a session"),

        # ------------------------------------------------------------------ h111
        mail("h111", "2027-02-18T11:30", ("Farah Abdi", "farah.abdi@hedemora.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             """Hej!

Vill bara komplettera min anmälan: jag behöver laktosfri kost. Jag är anmäld till 3 maj och 29 november, så det gäller båda tillfällena.

Hälsningar
Farah

--
Farah Abdi
Hållbarhetsstrateg, Hedemora kommun

Den tis 16 feb. 2027 kl 10:05 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:

> Hej Farah!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och
> utvecklingskraft. Du är anmäld till följande träffar:
>
> - 3 maj 2027, kl. 10.00–15.00, Falun
> - 29 november 2027
>
> Svara på det här mejlet om något behöver ändras.
>
> Hälsningar
> DalaLab, Region Dalarna
""",
             X("change", [P("Farah Abdi", "farah.abdi@hedemora.se", "Hedemora kommun", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "Gmail reply: diet update that states her sessions (3 May, 29 Nov) -> change with those"),

        # ------------------------------------------------------------------ h112
        mail("h112", "2027-03-04T17:18", ("Jonathan Reid", "jonathan.reid@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hi Linnea,

I'm afraid I have to withdraw from the February session (22 Feb 2028) – I'll be on parental leave from January. Please keep me on the other three.

Best regards,
Jonathan Reid
Urban Planner | Falu kommun
+46 23 83 000
""",
             X("cancel", [P("Jonathan Reid", "jonathan.reid@falun.se", "Falu kommun")], [S4]),
             "English partial cancellation of 22 Feb 2028, keeps the other three; 'from January' is not a session"),

        # ------------------------------------------------------------------ h113
        mail("h113", "2027-03-10T14:02", ("Kerstin Mattsson", "kerstin.mattsson@mora.se"),
             "Fjärde person från Mora – reserv?",
             """Hej Linnea,

Vi som redan är anmälda från Mora (jag, Ola Persson och Lina Berg) står kvar som förut. Nu har vi fått en ny planarkitekt, Ville Hansson, som också gärna vill gå på alla fyra träffarna. Jag vet att det är max tre per kommun, så sätt upp honom som reserv om någon plats blir ledig.

Hälsningar
Kerstin Mattsson
Mora kommun
""",
             X("register", [P("Ville Hansson", None, "Mora kommun")], ALL),
             "a fourth Mora colleague as reserve -> register him (the rules wait-list); the three already registered 'står kvar som förut' are not in people"),

        # ------------------------------------------------------------------ h114
        mail("h114", "2027-03-25T12:10", ("Olof Bergman", "olof.bergman@sater.se"),
             "DalaLab 29/11",
             """Hej!

Jag kan inte komma den 29/11 – vi har budgetdialog hela den dagen. Min kollega Rebecka Strömberg går i mitt ställe just den gången. Hon nås på rebecka.stromberg@sater.se.

Mvh Olof

Olof Bergman
Stadsarkitekt
Säters kommun
""",
             X("change", [P("Olof Bergman", "olof.bergman@sater.se", "Säters kommun"),
                          P("Rebecka Strömberg", "rebecka.stromberg@sater.se", "Säters kommun")], [S3]),
             "substitution for one session: Olof out of 29/11, Rebecka goes instead -> change, both, 29 Nov"),

        # ------------------------------------------------------------------ h115
        tg("h115", "2027-04-09T13:40", "Lukas Meyer", 6402281957,
           "Hi! A colleague in Borlänge just told me about DalaLab. Is it too late to sign up? I'd like to join all "
           "four meetings if possible. I work as a consultant (traffic & urban planning) at Ramboll in Falun.",
           X("register", [P("Lukas Meyer", None, None)], ALL),
           "English telegram late signup from a consultant -> organisation None (Borlänge, Falun are not his)"),

        # ------------------------------------------------------------------ h116
        mail("h116", "2027-03-30T08:20", ("Agneta Sahlin", "agneta.sahlin@malung-salen.se"),
             "SV: Påminnelse: DalaLab startar 3 maj",
             """Hej,

Jag måste tyvärr avstå den 3 maj och den 21 september, då har vi samråd för den nya översiktsplanen. De två sista träffarna kommer jag på som planerat.

Hälsningar
Agneta Sahlin
Planeringsarkitekt
Malung-Sälens kommun

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 29 mars 2027 10:00
Till: Sahlin Agneta <agneta.sahlin@malung-salen.se>
Ämne: Påminnelse: DalaLab startar 3 maj

Hej!

Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft. Första träffen är den 3 maj 2027 kl. 10.00–15.00 i Falun, med fika från 09.30. Program och lokal skickas ut i april.

Hälsningar
DalaLab, Region Dalarna
""",
             X("cancel", [P("Agneta Sahlin", "agneta.sahlin@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "reply to the reminder: withdraws from 3 May and 21 Sep, keeps the last two -> cancel those two"),

        # ------------------------------------------------------------------ h117
        mail("h117", "2027-02-24T15:45", ("Sven-Erik Wahlund", "sven-erik.wahlund@orsa.se"),
             "Har vi kommit med?",
             """Hej!

Jag och min kollega Nils Tapper anmälde oss via Telegram i januari men har inte fått någon bekräftelse på mejl. Kan du kolla att vi båda står med, och på vilka träffar?

Hälsningar
Sven-Erik Wahlund
Orsa kommun
""",
             X("question", [], []),
             "asks whether he and a colleague are registered and on which sessions; no new request"),

        # ------------------------------------------------------------------ h118
        mail("h118", "2027-03-02T09:55", ("Malin Jernberg", "malin.jernberg@leksand.se"),
             "Ny arbetsgivare – min anmälan till DalaLab",
             """Hej Linnea!

Jag anmälde mig till DalaLab i december från Gagnefs kommun (malin.jernberg@gagnef.se). Sedan 1 mars jobbar jag i stället på Leksands kommun, men jag vill gärna gå kvar på mina träffar, 21/9 och 22/2 – om det går ihop med platserna för Leksand. Använd den här adressen framöver.

Vänliga hälsningar
Malin Jernberg
Översiktsplanerare
Leksands kommun
""",
             X("change", [P("Malin Jernberg", "malin.jernberg@leksand.se", "Leksands kommun")], [S2, S4]),
             "new employer and address for an existing signup, sessions stated (21/9, 22/2) -> change; the old Gagnef address/org is not hers now"),

        # ------------------------------------------------------------------ h119
        mail("h119", "2027-04-05T10:30", ("Oscar Lindeberg", "oscar.lindeberg@regiondalarna.se"),
             "Anmälan DalaLab 3 maj",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>S&aring;g f&ouml;rst nu p&aring; intran&auml;tet att DalaLab drar ig&aring;ng. Jag jobbar med kollektivtrafikplanering h&auml;r p&aring; regionen och skulle g&auml;rna vilja vara med p&aring; den f&ouml;rsta tr&auml;ffen den 3 maj. Resten f&aring;r jag se &ouml;ver n&auml;r h&ouml;sten n&auml;rmar sig.</p>
<p>H&auml;lsningar<br>Oscar</p>
<p style="color:#555555;font-size:9pt">Oscar Lindeberg<br>Trafikplanerare, Kollektivtrafikf&ouml;rvaltningen<br>Region Dalarna<br>010-225 00 00</p>
</body></html>
""",
             X("register", [P("Oscar Lindeberg", "oscar.lindeberg@regiondalarna.se", "Region Dalarna")], [S1]),
             "HTML-only late signup from the region, first session only; 'hösten' is not a request", html=True),

        # ------------------------------------------------------------------ h120
        tg("h120", "2027-03-17T22:10", "Sebastian Nord", 7719045286,
           "tjena, kan jag byta från 3/5 till 21/9? krockar med en kurs jag ska gå. /seb rättviks kommun",
           X("change", [P("Sebastian Nord", None, "Rättviks kommun")], [S2]),
           "telegram bare swap 3/5 -> 21/9 -> change with the new one"),

        # ------------------------------------------------------------------ h121
        mail("h121", "2027-02-12T10:05", ("Tommy Hedberg", "tommy.hedberg@vansbro.se"),
             "Avanmälan Birgitta Lund",
             """Hej,

Birgitta Lund, som anmäldes till DalaLab från Vansbro kommun i december, är sjukskriven på obestämd tid och kommer inte att kunna delta på någon av träffarna. Vänligen avanmäl henne.

Vi återkommer om någon annan kan ta platsen.

Med vänlig hälsning
Tommy Hedberg
Samhällsbyggnadschef
Vansbro kommun
""",
             X("cancel", [P("Birgitta Lund", None, "Vansbro kommun")], ALL),
             "manager cancels a sick colleague from all sessions; sender not in people; a possible replacement is nobody yet", charset="iso-8859-1"),

        # ------------------------------------------------------------------ h122
        mail("h122", "2027-03-22T13:15", ("Ulrika Dahl", "ulrika.dahl@avesta.se"),
             "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab för en tid sedan. Jag vill nu också att ni raderar alla personuppgifter ni har sparat om mig i samband med anmälan, i enlighet med GDPR.

Tack.
Ulrika Dahl
Avesta kommun
""",
             X("erasure", [P("Ulrika Dahl", "ulrika.dahl@avesta.se", "Avesta kommun")], []),
             "erasure request from someone who cancelled earlier"),

        # ------------------------------------------------------------------ h123
        mail("h123", "2027-04-02T08:40", ("Patrik Åhs", "patrik.ahs@hedemora.se"),
             "Sen anmälan",
             """Hej!

Vi är två från Hedemora som gärna vill vara med på träffarna den 29 november och 22 februari: jag själv och Anna Lidström (anna.lidstrom@hedemora.se). Anna är laktosintolerant.

Vi fick veta om DalaLab först häromveckan, hoppas det är ok!

Mvh
Patrik Åhs
Hedemora kommun
Tel 0225-340 00
""",
             X("register", [P("Patrik Åhs", "patrik.ahs@hedemora.se", "Hedemora kommun"),
                            P("Anna Lidström", "anna.lidstrom@hedemora.se", "Hedemora kommun",
                              diet="laktosintolerant")], [S3, S4], diet="laktosintolerant"),
             "late signup, self + colleague for 29 Nov and 22 Feb; the colleague's diet"),

        # ------------------------------------------------------------------ h124
        tg("h124", "2027-01-27T12:33", "Nadia Eriksson", 5068823410,
           "hej! är anmäld till 3/5 o 21/9 men vill gärna gå på 22/2 också. borlänge kommun",
           X("change", [P("Nadia Eriksson", None, "Borlänge kommun")], [S1, S2, S4]),
           "telegram: states her sessions and adds 22/2 -> change with all three"),

        # ------------------------------------------------------------------ h125
        mail("h125", "2027-02-05T14:20", ("Karl-Johan Björk", "karl-johan.bjork@falun.se"),
             "Lägga till en träff",
             """Hej!

Jag är sedan tidigare anmäld till DalaLab. Nu ser jag att temat för träffen den 22 februari 2028 – tillgänglighet och mobilitet – passar perfekt för vårt arbete med trafikstrategin, så jag vill gärna gå på den också.

Tack!
Karl-Johan Björk
Trafikplanerare
Falu kommun
""",
             X("register", [P("Karl-Johan Björk", "karl-johan.bjork@falun.se", "Falu kommun")], [S4]),
             "adds one session to an existing signup without saying which he holds -> register for the added 22 Feb"),

        # ------------------------------------------------------------------ h126
        mail("h126", "2027-03-31T16:50", ("Hanna Öhrn", "hanna.ohrn@leksand.se"),
             "Vikarie tar min plats i DalaLab",
             """Hej Linnea,

Jag går på föräldraledighet i mitten av april. Min vikarie Jenny Sörlin (jenny.sorlin@leksand.se) tar över min plats på alla fyra träffarna. Jenny har glutenallergi.

Stort tack!

Hanna Öhrn
Planeringsstrateg
Leksands kommun
Tel 0247-800 00

Skickat från Outlook för iOS
""",
             X("change", [P("Hanna Öhrn", "hanna.ohrn@leksand.se", "Leksands kommun"),
                          P("Jenny Sörlin", "jenny.sorlin@leksand.se", "Leksands kommun", diet="glutenallergi")],
               ALL, diet="glutenallergi"),
             "substitution: her stand-in takes her place on all four; both people; the substitute's diet"),

        # ------------------------------------------------------------------ h127
        tg("h127", "2027-04-03T09:25", "Alva Sundberg", 6295530871,
           "hej! kan tyvärr inte komma på första träffen 3:e maj pga en operation. resten är ok! / Alva Sundberg, avesta",
           X("cancel", [P("Alva Sundberg", None, "Avesta kommun")], [S1]),
           "telegram partial cancellation of the first session, keeps the rest"),

        # ------------------------------------------------------------------ h128
        mail("h128", "2027-02-16T08:05", ("Linda Håkansson", "linda.hakansson@avesta.se"),
             "SV: Ändring: din anmälan till DalaLab",
             """Tack så mycket, perfekt!

/Linda

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 15 februari 2027 16:44
Till: Linda Håkansson <linda.hakansson@avesta.se>
Ämne: Ändring: din anmälan till DalaLab

Hej Linda!

Vi har ändrat din anmälan. Du är nu anmäld till:

- 29 november 2027, kl. 10.00–15.00, Falun

Hälsningar
DalaLab, Region Dalarna
""",
             X("unknown", [], []),
             "thanks for the change confirmation; nothing to do; the quoted date is not a request"),

        # ------------------------------------------------------------------ h129
        mail("h129", "2027-04-06T15:12", ("Kristoffer Alm", "kristoffer.alm@lansstyrelsen.se"),
             "Anmälan till DalaLab – Länsstyrelsen Dalarna",
             """Hej,

Härmed anmäler jag mig och min kollega Maja Lindroos (maja.lindroos@lansstyrelsen.se) till höstens två träffar i DalaLab. Vi fick tips om lärprojektet via Region Dalarnas planeringsnätverk först nu.

Med vänliga hälsningar

Kristoffer Alm
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
791 84 Falun
Tel: 010-225 00 00

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på www.lansstyrelsen.se/dalarna/personuppgifter
""",
             X("register", [P("Kristoffer Alm", "kristoffer.alm@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Maja Lindroos", "maja.lindroos@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "late signup from Länsstyrelsen, self + colleague; 'höstens två träffar' = 21 Sep + 29 Nov; Region Dalarna mention is not their org"),

        # ------------------------------------------------------------------ h130
        mail("h130", "2027-03-09T11:11", ("Jenny Kvist", "jenny.kvist@alvdalen.se"),
             "Kostönskemål för Eva Mörk",
             """Hej!

Jag anmälde Eva Mörk och mig själv till DalaLab i januari. Eva behöver från och med nu laktosfri kost. För min del är allt som förut.

Hälsningar
Jenny Kvist
Älvdalens kommun
""",
             X("change", [P("Eva Mörk", None, "Älvdalens kommun", diet="laktosfri")], [], diet="laktosfri"),
             "diet update for a colleague, no sessions -> change []; sender 'som förut' not in people"),

        # ------------------------------------------------------------------ h131
        mail("h131", "2027-03-05T14:02", ("Malin Jernberg", "malin.jernberg@gagnef.se"),
             "Autosvar: Ändring: din anmälan till DalaLab",
             """Hej!

Tack för ditt mejl. Jag har slutat min anställning på Gagnefs kommun och den här adressen bevakas inte längre. Ditt meddelande har inte vidarebefordrats.

För frågor om planering, kontakta samhallsbyggnad@gagnef.se eller ring 0241-150 00.

Detta är ett automatiskt svar.
""",
             X("auto_reply", [], []),
             "automatic reply from a closed address (person left the municipality)"),

        # ------------------------------------------------------------------ h132
        tg("h132", "2027-04-10T18:30", "Erik Brandt", 5381196627,
           "hej, vad är adressen till lokalen i falun? börjar det kl 10 eller är det fika först? är redan anmäld",
           X("question", [], []),
           "telegram practical question from someone already registered; no request"),

        # ------------------------------------------------------------------ h133
        mail("h133", "2027-03-26T10:05", ("Henrik Zetterlund", "henrik@zetterlundplan.se"),
             "Anmälan DalaLab – för Orsa kommun",
             """Hej Linnea,

Jag är konsult och arbetar sedan i höstas som tf. planarkitekt åt Orsa kommun. Kommunen har bett mig ta en av deras platser i DalaLab, eftersom jag håller i arbetet med den nya översiktsplanen. Jag anmäler mig därför till 2027-05-03 och 2028-02-22.

Vänliga hälsningar
Henrik Zetterlund
Zetterlund Plan & Arkitektur AB
Org.nr 559123-4567
070-312 45 67
""",
             X("register", [P("Henrik Zetterlund", "henrik@zetterlundplan.se", "Orsa kommun")], [S1, S4]),
             "consultant taking one of Orsa's places -> organisation Orsa kommun; ISO dates"),

        # ------------------------------------------------------------------ h134
        mail("h134", "2027-04-09T09:40", ("Fredrik Wester", "fredrik.wester@gagnef.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Både jag och Pia Holm måste tyvärr avanmäla oss från träffen tisdag 21 september – då har vi samrådsmöte om vindkraften. Övriga träffar står vi kvar på.

/Fredrik Wester, Gagnefs kommun

> Hej Fredrik!
>
> Tack för er anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
> Följande personer är anmälda: Fredrik Wester, Pia Holm
> Träffar:
> - 3 maj 2027, kl. 10.00–15.00, Falun
> - 21 september 2027
> - 29 november 2027
> - 22 februari 2028
>
> Hälsningar
> DalaLab, Region Dalarna
""",
             X("cancel", [P("Fredrik Wester", "fredrik.wester@gagnef.se", "Gagnefs kommun"),
                          P("Pia Holm", None, "Gagnefs kommun")], [S2]),
             "two people withdraw from 'tisdag 21 september' only, keep the rest; quoted confirmation lists all four"),

        # ------------------------------------------------------------------ h135
        mail("h135", "2027-01-19T06:45", ("Siljan Möten & Konferens", "info@siljanmoten.se"),
             "Konferenspaket hösten 2027 – boka före 14 april och få 15 % rabatt",
             """Hej Linnea!

Vi har sett att Region Dalarna arrangerar en serie träffar för planerare under 2027 och 2028. Planerar ni för fler tillfällen, t.ex. i september och november?

Hos oss vid Siljan får ni:
- Konferenslokal för 20–80 personer
- Heldagspaket med förmiddagsfika, lunch och eftermiddagsfika från 595 kr/person
- Vegetariska, veganska och glutenfria alternativ utan extra kostnad

Boka före 14 april och få 15 % rabatt på hela paketet.

Svara på detta mejl eller ring oss på 0248-123 45 så berättar vi mer!

Med vänliga hälsningar
Säljteamet
Siljan Möten & Konferens
www.siljanmoten.se

Vill du inte ha fler erbjudanden? Svara "AVREGISTRERA".
""",
             X("unknown", [], []),
             "sales pitch from a conference venue: months, deadline-like date and diet words but no signup -> unknown"),
    ]
