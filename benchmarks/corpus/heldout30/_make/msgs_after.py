from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_QUOTE = """
-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 09:12
Ämne: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft

Tack för din anmälan till lärprojektet DalaLab. Du är anmäld till följande träffar:

  3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
  21 september 2027
  29 november 2027
  22 februari 2028

Har du frågor, hör av dig till mig.
Vänliga hälsningar
Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("ag091", "2027-01-11T07:58", ("Kent Hallberg", "kent.hallberg@mora.se"), "Avanmälan",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Det har blivit en omorganisation här och jag jobbar inte längre med översiktsplanen.

Mvh
Kent Hallberg
Mora kommun
""",
             X("cancel", [P("Kent Hallberg", "kent.hallberg@mora.se", "Mora kommun")], ALL),
             "plain direct cancellation, no session named: all four"),

        mail("ag092", "2027-02-03T13:41", ("Annika Broström", "annika.brostrom@leksand.se"),
             "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag har fått förhinder till första träffen i Falun (vi har kommunfullmäktige samma dag), men resten står jag kvar på.

Hälsningar
Annika

Annika Broström
Planarkitekt | Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
Tfn 0247-800 00 | Mobil 070-312 45 88
""" + INVITE_QUOTE,
             X("cancel", [P("Annika Broström", "annika.brostrom@leksand.se", "Leksands kommun")], [S1]),
             "'fått förhinder' to 'första träffen' only; quoted confirmation lists all four dates"),

        mail("ag093", "2027-01-20T10:05", ("Cecilia Wahlgren", "cecilia.wahlgren@hedemora.se"), "DalaLab – byte av deltagare",
             """Hej,

Jag var anmäld till alla fyra träffarna i DalaLab men byter tjänst i vår och lämnar därför min plats till min kollega Johan Ek (johan.ek@hedemora.se), som tar över översiktsplanearbetet efter mig. Han har inga särskilda kostönskemål.

Tack på förhand!
Cecilia Wahlgren
Hedemora kommun
""",
             X("change", [P("Cecilia Wahlgren", "cecilia.wahlgren@hedemora.se", "Hedemora kommun"),
                          P("Johan Ek", "johan.ek@hedemora.se", "Hedemora kommun")], ALL),
             "'lämnar min plats till' = substitution written by the leaving person; 'inga kostönskemål' is no diet"),

        mail("ag094", "2027-03-15T08:12", ("Helena Örn", "helena.orn@avesta.se"), "Träffen 3 maj",
             """Hej Linnea.

Jag är sjukskriven på heltid åtminstone till midsommar och kommer därför inte att kunna delta den 3 maj. Till träffarna i höst räknar jag med att vara tillbaka, så behåll mig gärna på dem och på den i februari.

Hälsningar
Helena Örn
Avesta kommun
""",
             X("cancel", [P("Helena Örn", "helena.orn@avesta.se", "Avesta kommun")], [S1]),
             "sick leave as the reason; cancels only 3 May, explicitly keeps the rest"),

        mail("ag095", "2027-02-22T14:30", ("HR-service Borlänge", "hr.service@borlange.se"), "Deltagare som slutat",
             """Hej,

Vi har fått information om att Maria Lind, som är anmäld till DalaLab, har avslutat sin anställning hos Borlänge kommun per den 31 januari. Vänligen stryk henne från deltagarlistan.

Med vänlig hälsning
HR-service
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("cancel", [P("Maria Lind", None, "Borlänge kommun")], ALL),
             "HR mailbox cancels a person who left the job; sender not among people, no address for her"),

        mail("ag096", "2027-01-28T16:52", ("Tobias Nordgren", "tobias.nordgren@falun.se"), "byte",
             """Hej! Går det att byta från 21 sept till 29 nocember? Krockar med en resa.

/Tobias

Skickat från min iPhone
""",
             X("change", [P("Tobias Nordgren", "tobias.nordgren@falun.se", "Falu kommun")], [S3]),
             "bare swap with typo 'nocember': only the new session"),

        mail("ag097", "2027-03-02T09:20", ("Sofia Mäkinen", "sofia.makinen@ludvika.se"), "Lägga till en träff",
             """Hej Linnea,

Jag anmälde mig i december bara till träffen den 3 maj. Nu ser jag att den sista träffen handlar om tillgänglighet, som är precis det vi håller på med i vår nya ÖP, så jag skulle gärna vilja gå på den också (22 februari 2028).

Vänliga hälsningar
Sofia Mäkinen
Översiktsplanerare, Ludvika kommun
0240-860 00
""",
             X("change", [P("Sofia Mäkinen", "sofia.makinen@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "adds a session to an existing one: both are her sessions after the change"),

        mail("ag098", "2027-01-14T11:03", ("Gustav af Klinteberg", "gustav.afklinteberg@lansstyrelsen.se"), "Ang. min anmälan till DalaLab",
             """Hej,

Jag anmälde mig till hela serien men ser nu att jag är på tjänsteresa vecka 48. Kan ni därför ändra så att jag är anmäld till alla utom den i november?

Med vänlig hälsning

Gustav af Klinteberg
Samhällsplanerare
Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
791 84 Falun
010-225 00 00
""",
             X("change", [P("Gustav af Klinteberg", "gustav.afklinteberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S4]),
             "'alla utom den i november' stated as the sessions after the change; particle name; week 48 = 29 Nov"),

        mail("ag099", "2027-02-11T07:35", ("Lars-Erik Dahl", "lars-erik.dahl@vansbro.se"), "Re: DalaLab",
             """Hej

Tyvärr har det visat sig att jag bara kan den 29:e (november alltså). Kan ni ändra min anmälan så att jag bara står på den?

Lars-Erik
""",
             X("change", [P("Lars-Erik Dahl", "lars-erik.dahl@vansbro.se", "Vansbro kommun")], [S3]),
             "'bara den 29:e' restricts an existing signup to one session"),

        mail("ag100", "2027-03-19T15:10", ("Nadia Haddad", "nadia.haddad@gagnef.se"), "Ändra träffar",
             """Hej Linnea!

Efter att ha pratat med min chef har vi kommit fram till att jag ska gå på träffen om utvecklingsinriktning i ÖP-modellen och den om tillgänglighet, men inte de andra två. Kan du ändra min anmälan? Jag står på alla nu.

Tack!
Nadia Haddad
Gagnefs kommun
""",
             X("change", [P("Nadia Haddad", "nadia.haddad@gagnef.se", "Gagnefs kommun")], [S2, S4]),
             "sessions named only by theme words (utvecklingsinriktning = 21 Sep, tillgänglighet = 22 Feb)"),

        mail("ag101", "2027-02-16T20:14", ("sara nyström", "sara.nystrom@gagnef.se"), "istället för per",
             """hej! jag heter sara nyström och ska gå istället för min kollega per olsson på höstens två träffar i dalalab, han har fått andra uppgifter. jag äter vegetariskt.

mvh sara
""",
             X("change", [P("Per Olsson", None, "Gagnefs kommun"),
                          P("Sara Nyström", "sara.nystrom@gagnef.se", "Gagnefs kommun", diet="vegetarisk")],
               [S2, S3], diet="vegetarisk"),
             "lower-case substitution written by the substitute; the leaving colleague has no address; 'höstens två träffar'"),

        mail("ag102", "2027-03-08T12:47", ("Mikael Strand", "mikael.strand@sater.se"), "dalalab 3 maj",
             """hej linnea, lena persson kan inte åka på första träffen så per-erik holm går istället för henne. per-erik.holm@sater.se

mikael strand
enhetschef plan, säters kommun
""",
             X("change", [P("Lena Persson", None, "Säters kommun"),
                          P("Per-Erik Holm", "per-erik.holm@sater.se", "Säters kommun")], [S1]),
             "lower-case third-party substitution by a manager (not among people); double first name"),

        mail("ag103", "2027-01-25T09:31", ("Karin Öhman", "karin.ohman@smedjebacken.se"), "Ändring i Smedjebackens anmälan",
             """Hej Linnea,

En ändring i vår anmälan: Olof Berg kommer inte att kunna delta i DalaLab alls, han har gått över till bygglov. Vi har ingen som ersätter honom just nu. Jag och Thomas är kvar som tidigare.

Hälsningar
Karin Öhman
Smedjebackens kommun
Tel 0240-66 00 00
""",
             X("cancel", [P("Olof Berg", None, "Smedjebackens kommun")], ALL),
             "'Ändring' subject but a withdrawn colleague with no substitute: cancel; sender and Thomas stay"),

        mail("ag104", "2027-02-09T10:18", ("Emil Granqvist", "emil.granqvist@rattvik.se"), "Avanmälan 21/9",
             """Hej,

Jag måste avanmäla mig från träffen 21/9 (semester). Min kollega Ida Sjöberg kan däremot fortfarande gå, så hennes anmälan gäller som förut.

Vänliga hälsningar
Emil Granqvist
Planeringsarkitekt
Rättviks kommun
""",
             X("cancel", [P("Emil Granqvist", "emil.granqvist@rattvik.se", "Rättviks kommun")], [S2]),
             "'hennes anmälan gäller som förut': the colleague is not among people"),

        mail("ag105", "2027-01-07T08:03", ("Elin Jonsson", "elin.jonsson@orsa.se"), "Kost",
             """Hej!

Jag anmälde mig till alla fyra träffarna före jul men glömde att skriva att jag är glutenfri (celiaki). Kan ni lägga in det?

Tack
Elin Jonsson, Orsa kommun
""",
             X("change", [P("Elin Jonsson", "elin.jonsson@orsa.se", "Orsa kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "diet update for an existing signup; her sessions stated as all four"),

        mail("ag106", "2027-02-01T13:26", ("Fredrik Söderberg", "fredrik.soderberg@falun.se"), "Ny e-postadress",
             """Hej,

Jag är anmäld till träffarna den 3 maj och 21 september. Vi har bytt e-postformat i kommunen, så min gamla adress fredrik.s@falun.se slutar fungera. Använd i stället fredrik.soderberg@falun.se för utskick.

Mvh
Fredrik Söderberg
Stadsbyggnadsförvaltningen, Falu kommun
""",
             X("change", [P("Fredrik Söderberg", "fredrik.soderberg@falun.se", "Falu kommun")], [S1, S2]),
             "address change; the old address appears in the text and must not be taken; sessions stated"),

        mail("ag107", "2027-03-29T11:44", ("Emma Lindqvist Åberg", "emma.lindqvist.aberg@borlange.se"), "Namnbyte",
             """Hej Linnea,

En liten ändring: jag har gift mig och heter numera Emma Lindqvist Åberg (tidigare Emma Lindqvist). Ny mejl är emma.lindqvist.aberg@borlange.se. Jag är anmäld till alla träffarna och det står sig.

Hälsningar
Emma
Borlänge k:n
""",
             X("change", [P("Emma Lindqvist Åberg", "emma.lindqvist.aberg@borlange.se", "Borlänge kommun")], ALL),
             "name change: the new double surname; sessions unchanged and stated as all"),

        mail("ag108", "2027-02-24T09:55", ("Britt Sandberg", "britt.sandberg@ludvika.se"), "VB: DalaLab",
             """Hej Linnea,

Se nedan. Kan du stryka Malin från första träffen?

/Britt
Britt Sandberg, nämndsekreterare, Ludvika kommun

Från: Malin Hedlund <malin.hedlund@ludvika.se>
Skickat: den 23 februari 2027 16:40
Till: Britt Sandberg <britt.sandberg@ludvika.se>
Ämne: DalaLab

Hej Britt,
jag kommer inte kunna vara med 3 maj eftersom jag är på utbildning i Stockholm då. De andra datumen går bra. Kan du meddela regionen?
Tack! Malin
""",
             X("cancel", [P("Malin Hedlund", "malin.hedlund@ludvika.se", "Ludvika kommun")], [S1]),
             "cancellation inside a forwarded chain; her surname and address only in the forwarded header"),

        mail("ag109", "2027-03-10T14:02", ("Jonas Åkerlund", "jonas.akerlund@alvdalen.se"), "Vilka datum är jag anmäld till?",
             """Hej,

Jag minns inte riktigt vad jag skrev när jag anmälde mig i vintras. Kan du kolla vilka träffar jag står på? Jag vill inte missa något i kalendern.

Mvh Jonas Åkerlund
Älvdalens kommun
""",
             X("question", [], []),
             "question about one's own booking, no request to change it"),

        mail("ag110", "2027-01-19T10:40", ("Ulrika Fransson", "ulrika.fransson@hedemora.se"), "Fick ingen bekräftelse",
             """Hej!

Min kollega Ahmed Yusuf anmälde sig i december men har inte fått någon bekräftelse. Står han med på listan? Jag vill bara försäkra mig om att han har en plats.

Hälsningar
Ulrika Fransson
Hedemora kommun
""",
             X("question", [], []),
             "question about a colleague's booking; no new signup intended"),

        mail("ag111", "2027-03-23T17:05", ("Rebecca Hughes", "rebecca.hughes@regiondalarna.se"), "Cancellation 21 September",
             """Dear Linnea,

Unfortunately I have to cancel my participation in the DalaLab meeting on 21 September, as it clashes with a conference I am presenting at. I am still planning to attend the other three meetings.

Kind regards,
Rebecca Hughes
Senior Analyst, Regional Development
Region Dalarna
""",
             X("cancel", [P("Rebecca Hughes", "rebecca.hughes@regiondalarna.se", "Region Dalarna")], [S2]),
             "English cancellation of one session, keeps the rest"),

        mail("ag112", "2027-02-14T08:50", ("Viktor Lundgren", "viktor.lundgren@malung-salen.se"), "Byte av träff",
             """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Skulle jag kunna byta min plats den <b>3/5</b> mot den <b>21/9</b> i stället? Det är högsäsong i fjällen i maj och vi har svårt att gå ifrån.</p>
<p>Med vänlig hälsning<br>Viktor Lundgren<br>Samhällsplanerare<br>Malung-Sälens kommun<br>Tfn 0280-181 00</p>
</div>
<div style="font-size:8pt;color:#888">Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag, meddela avsändaren och radera meddelandet.</div>
</body></html>
""",
             X("change", [P("Viktor Lundgren", "viktor.lundgren@malung-salen.se", "Malung-Sälens kommun")], [S2]),
             "HTML-only bare swap 3/5 -> 21/9: only the new session", html=True),

        mail("ag113", "2027-04-06T09:14", ("Åsa Pålsson", "asa.palsson@alvdalen.se"), "Avbokning 22/2",
             """Hej,

Kan inte komma på träffen 22/2 nästa år, vi har budgetberedning då. Avboka mig från den är du snäll.

Hälsningar
Åsa Pålsson
Fysisk planerare
Älvdalens kommun
Dalgatan 2, 796 80 Älvdalen
Växel 0251-310 00
""",
             X("cancel", [P("Åsa Pålsson", "asa.palsson@alvdalen.se", "Älvdalens kommun")], [S4]),
             "iso-8859-1; '22/2' is the February 2028 session", charset="iso-8859-1"),

        tg("ag114", "2027-03-04T19:22", "Jonas Mattsson", 581204773,
           "hej det är jonas från orsa kommun, jag kan inte komma 3 maj tyvärr. stryk mig från den",
           X("cancel", [P("Jonas Mattsson", None, "Orsa kommun")], [S1]),
           "Telegram cancellation of one session; organisation from the text"),

        tg("ag115", "2027-02-18T12:09", "Linda Berglöf", 602117345,
           "Kan jag flytta mig från novemberträffen till den i februari? /Linda, Rättvik",
           X("change", [P("Linda Berglöf", None, "Rättviks kommun")], [S4]),
           "Telegram bare swap by month words: only February 2028"),

        mail("ag116", "2026-12-15T09:13", ("Patrik Sundin", "patrik.sundin@leksand.se"),
             "Automatiskt svar: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl. Jag är tjänstledig till och med den 8 januari 2027 och läser inte min e-post.
Vid brådskande ärenden, kontakta samhällsbyggnadsförvaltningen på 0247-800 00.

/Patrik Sundin, Leksands kommun
""",
             X("auto_reply", [], []),
             "out-of-office answer to the registration confirmation"),

        mail("ag117", "2027-03-31T10:27", ("Daniel Ekström", "daniel.ekstrom@avesta.se"), "Radera mina uppgifter",
             """Hej,

Jag avanmälde mig från DalaLab i februari. Nu vill jag också att ni raderar alla uppgifter om mig som ni har sparat i samband med anmälan (namn, mejl, kostuppgifter).

Daniel Ekström
Avesta kommun
""",
             X("erasure", [P("Daniel Ekström", "daniel.ekstrom@avesta.se", "Avesta kommun")], []),
             "after an earlier cancellation, an erasure request; 'kostuppgifter' is not a diet"),

        mail("ag118", "2027-01-30T15:48", ("Hanna Vestin", "hanna.vestin@mora.se"), "Höstens träffar",
             """Hej Linnea,

Jag har fått förhinder i höst – jag går på föräldraledighet från augusti – så jag behöver tyvärr lämna höstens båda träffar. Träffen i maj kommer jag på. Februari 2028 får vi se, men låt mig stå kvar så länge.

Mvh Hanna Vestin
Mora kommun
""",
             X("cancel", [P("Hanna Vestin", "hanna.vestin@mora.se", "Mora kommun")], [S2, S3]),
             "'höstens båda träffar' = 21 Sep and 29 Nov; May and February stay"),

        mail("ag119", "2027-03-12T08:37", ("Goran Milosevic", "goran.milosevic@smedjebacken.se"), "Tar över plats i DalaLab",
             """Hej!

Jag har börjat som översiktsplanerare i Smedjebacken efter Anders Wikström, som har slutat. Anders var anmäld till alla fyra DalaLab-träffarna och min chef vill att jag tar hans plats. Går det bra?

Med vänliga hälsningar
Goran Milosevic
Översiktsplanerare
Smedjebackens kommun
Tel 0240-66 01 23
""",
             X("change", [P("Anders Wikström", None, "Smedjebackens kommun"),
                          P("Goran Milosevic", "goran.milosevic@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "substitution written by the newcomer for a predecessor who left the job; ends with a question"),

        mail("ag120", "2027-02-26T13:15", ("Ingela Boman", "ingela.boman@sater.se"), "Komplettering av anmälan",
             """Hej,

Jag och Stefan är redan anmälda från Säter. Nu vill även vår nya planarkitekt Julia Rantanen vara med, på alla träffarna. Hennes mejl är julia.rantanen@sater.se. Hon är laktosintolerant.

Tack!
Ingela Boman
Säters kommun
""",
             X("register", [P("Julia Rantanen", "julia.rantanen@sater.se", "Säters kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "adding a new colleague to an existing municipal signup is a registration of her only"),

        mail("ag121", "2027-03-17T16:20", ("Marie Holmström", "marie.holmstrom@falun.se"), "Avanmälan två deltagare 29/11",
             """Hej Linnea,

Tyvärr krockar träffen den 29 november med kommunens budgetdialog. Lisa Forsberg och Ahmed Al-Sayed måste därför avanmälas från just den träffen. Övriga datum gäller.

Vänliga hälsningar
Marie Holmström
Avdelningschef Samhällsplanering
Falu kommun
023-830 00
""",
             X("cancel", [P("Lisa Forsberg", None, "Falu kommun"), P("Ahmed Al-Sayed", None, "Falu kommun")], [S3]),
             "manager cancels two colleagues from one session; sender not among people"),

        mail("ag122", "2027-01-04T10:01", ("Jenny Wennberg", "jenny.wennberg@hedemora.se"), "Ändra datum",
             """Hej och gott nytt år!
Kan jag byta 3 maj till 21 spetember? Jag har ju anmält mig till bara den ena.
Hälsningar Jenny Wennberg, Hedemora
""",
             X("change", [P("Jenny Wennberg", "jenny.wennberg@hedemora.se", "Hedemora kommun")], [S2]),
             "swap with typo 'spetember'; she had only one session"),

        mail("ag123", "2027-04-02T11:30", ("Marie-Louise von Essen", "marie-louise.vonessen@regiondalarna.se"),
             "Ändring: DalaLab",
             """Hej Linnea,

Jag kan inte vara med på DalaLab längre eftersom jag går över till ett annat uppdrag. Min kollega på enheten, Oskar Nilsson Berg, tar min plats på samtliga träffar. Oskar är vegan.

Hälsningar
Marie-Louise von Essen
Region Dalarna
Regional utveckling
""",
             X("change", [P("Marie-Louise von Essen", "marie-louise.vonessen@regiondalarna.se", "Region Dalarna"),
                          P("Oskar Nilsson Berg", None, "Region Dalarna", diet="vegan")], ALL, diet="vegan"),
             "'Ändring' with a substitute named: a change; particle name; substitute has no address; his diet"),

        mail("ag124", "2027-02-05T07:48", ("Per Hammarström", "per.hammarstrom@borlange.se"), "förhinder 22 feb",
             """Hej

Får förhinder den 22 februari 2028 (semester med familjen), men jag är med på de andra tre.

Per Hammarström
Borlänge kommun
""",
             X("cancel", [P("Per Hammarström", "per.hammarstrom@borlange.se", "Borlänge kommun")], [S4]),
             "'får förhinder' for the last session only; the other three stay"),

        mail("ag125", "2027-03-25T13:59", ("Tove Eriksson", "tove.eriksson@orsa.se"), "SV: DalaLab",
             """Hej!

Kan du ändra min anmälan till alla träffar utom den i november? Den 29/11 har vi fullmäktige.

Tove

Från: Tove Eriksson
Skickat: den 18 december 2026 14:22
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: DalaLab

Hej, jag vill anmäla mig till DalaLab, alla träffarna. Tove Eriksson, Orsa kommun
""",
             X("change", [P("Tove Eriksson", "tove.eriksson@orsa.se", "Orsa kommun")], [S1, S2, S4]),
             "'alla utom den i november' on top of her own quoted original signup"),

        mail("ag126", "2027-02-12T09:07", ("Sanna Lindholm", "sanna.lindholm@vansbro.se"), "SV: Avanmälan bekräftad",
             """Hej igen,

Jag ser i bekräftelsen att jag nu är avanmäld från alla träffar, men jag menade bara den 3:e maj! Kan du lägga tillbaka mig på de andra tre?

Hälsningar Sanna

-----Ursprungligt meddelande-----
Från: Hassis Linnea
Skickat: den 11 februari 2027 15:30
Ämne: Avanmälan bekräftad

Hej Sanna, du är nu avanmäld från DalaLab.
""",
             X("change", [P("Sanna Lindholm", "sanna.lindholm@vansbro.se", "Vansbro kommun")], [S2, S3, S4],
               unsure=["change-or-cancel"]),
             "corrects an over-broad cancellation: back on the other three; could be read as a cancel of 3 May"),

        mail("ag127", "2027-03-05T14:44", ("Robert Kallin", "robert.kallin@vansbro.se"), "Fråga om platser",
             """Hej,

Vi är redan tre från Vansbro. Om jag avanmäler mig från första träffen, kan min kollega Mona då gå i mitt ställe just den dagen, eller måste hon anmäla sig till hela serien?

Mvh Robert Kallin
Vansbro kommun
""",
             X("question", [], []),
             "hypothetical cancellation and substitution, asked as a question about the quota"),

        mail("ag128", "2027-03-30T10:11", ("Birgitta Skoog", "birgitta.skoog@rattvik.se"), "Rättvik drar tillbaka anmälningar",
             """Hej,

På grund av ett beslut om besparingar drar Rättviks kommun tillbaka sina anmälningar till DalaLab. Det gäller:

Hedberg, Anna – anna.hedberg@rattvik.se
Nguyen, Minh – minh.nguyen@rattvik.se
Ström, Carl – carl.strom@rattvik.se

Vi beklagar och hoppas kunna delta i framtida satsningar.

Med vänlig hälsning
Birgitta Skoog
Samhällsbyggnadschef
Rättviks kommun
""",
             X("cancel", [P("Anna Hedberg", "anna.hedberg@rattvik.se", "Rättviks kommun"),
                          P("Minh Nguyen", "minh.nguyen@rattvik.se", "Rättviks kommun"),
                          P("Carl Ström", "carl.strom@rattvik.se", "Rättviks kommun")], ALL),
             "indirect cancellation ('drar tillbaka') of three people listed 'Efternamn, Förnamn'; sender not among them"),

        mail("ag129", "2027-04-08T08:26", ("Linnéa Gustafsson", "linnea.gustafsson@lansstyrelsen.se"), "may 3rd",
             """hi linnea, erik lund from our unit can't make it on may 3rd, nils berg (nils.berg@lansstyrelsen.se) will go instead. erik keeps the other dates. thanks! /linnéa, lst dalarna
""",
             X("change", [P("Erik Lund", None, "Länsstyrelsen Dalarna"),
                          P("Nils Berg", "nils.berg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "lower-case English third-party substitution for one session; sender has the organiser's first name"),

        mail("ag130", "2027-01-22T12:33", ("Kristina Falk", "kristina.falk@ludvika.se"), "Kost för Hanna",
             """Hej,

Jag anmälde min kollega Hanna Ek till alla fyra träffarna i januari. Hon har nu bett mig meddela att hon har nötallergi (inte svår, men ingen nöt i fikat tack).

Kristina Falk
Ludvika kommun
""",
             X("change", [P("Hanna Ek", None, "Ludvika kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "diet update for a colleague's existing signup, sent by a third party"),

        mail("ag131", "2027-03-18T18:02", ("Mattias Blom", "mattias.blom@gagnef.se"), "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag har sagt upp mig och slutar i Gagnef i april, så jag kommer inte att kunna delta. Ni får gärna ge platsen till någon annan.

Mvh Mattias
""" + INVITE_QUOTE,
             X("cancel", [P("Mattias Blom", "mattias.blom@gagnef.se", "Gagnefs kommun")], ALL),
             "indirect cancellation (left the job) as a reply quoting the four dates; no substitute named"),

        tg("ag132", "2027-02-20T21:47", "Ewa Kowalska", 733402991,
           "Hej! Jag har blivit vegetarian sen jag anmälde mig 🙂 kan ni ändra min kost till vegetarisk?",
           X("change", [P("Ewa Kowalska", None, None, diet="vegetarisk")], [], diet="vegetarisk"),
           "Telegram diet update; neither sessions nor organisation stated"),

        mail("ag133", "2027-03-22T09:40", ("Oskar Lindahl", "oskar.lindahl@lansstyrelsen.se"), "Byte av arbetsgivare",
             """Hej Linnea,

Jag anmälde mig till DalaLab när jag jobbade på Avesta kommun, men har nu börjat på Länsstyrelsen. Får jag fortfarande vara med, eller går platsen till Avesta? Jag vill gärna fortsätta om det går.

Vänligen
Oskar Lindahl
""",
             X("question", [], []),
             "question about whether an existing booking survives a change of employer"),

        mail("ag134", "2027-02-08T11:11", ("Planavdelningen Falun", "planavdelningen@falun.se"), "Avanmälan",
             """Hej,

Jenny Åkesson (jenny.akesson@falun.se) kan tyvärr inte delta 21.9 och 29.11 på grund av ett pågående detaljplaneärende. Hon deltar som planerat på övriga träffar.

Hälsningar
Planavdelningen
Samhällsbyggnadsförvaltningen
Falu kommun
""",
             X("cancel", [P("Jenny Åkesson", "jenny.akesson@falun.se", "Falu kommun")], [S2, S3]),
             "function mailbox cancels a named person; dates as '21.9' and '29.11'"),

        mail("ag135", "2027-01-15T14:20", ("Alexander Kärrman", "alexander.karrman@avesta.se"), "Ändring av mina datum",
             """Hej!

Två saker: jag vill byta 21/9 mot 29/11, och dessutom lägga till den sista träffen 22/2. Maj står kvar som förut.

Sammanfattat alltså: 3/5, 29/11, 22/2.

/Alexander Kärrman
Avesta kommun
""",
             X("change", [P("Alexander Kärrman", "alexander.karrman@avesta.se", "Avesta kommun")], [S1, S3, S4]),
             "swap plus an added session with the resulting set stated"),
    ]
