from build import P, X, mail, tg, S1, S2, S3, S4, ALL

CONFIRM_QUOTE = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 09:12
Till: {name} <{addr}>
Ämne: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Tack för din anmälan till DalaLab. Du är anmäld till följande träffar:

  3 maj 2027, 10.00–15.00 (fika från 09.30), Falun
  21 september 2027
  29 november 2027
  22 februari 2028

Vänliga hälsningar
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        mail("af091", "2026-12-03T07:58", ("Anna-Karin Lindqvist", "anna-karin.lindqvist@hedemora.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Jag vill avanmäla mig från DalaLab. Vi har fått en omorganisation på samhällsbyggnad och jag kommer inte att jobba med översiktsplanen framöver.

Tack ändå och lycka till med projektet!

Anna-Karin Lindqvist
Planarkitekt
Hedemora kommun
Tel 0225-340 12
""",
             X("cancel", [P("Anna-Karin Lindqvist", "anna-karin.lindqvist@hedemora.se", "Hedemora kommun")], ALL),
             "plain cancellation with a reason; no session named means all four"),

        mail("af092", "2027-01-12T13:21", ("Mats Öhman", "mats.ohman@gagnef.se"), "SV: DalaLab 21/9",
             """Hej,
tyvärr får jag förhinder den 21 september – vi har kommunfullmäktige samma dag och jag måste föredra ÖP-samrådet där. Övriga träffar står jag kvar på.

/Mats

Mats Öhman | Samhällsplanerare | Gagnefs kommun
Box 43, 785 21 Gagnef | 0241-150 00 (växel) | 070-312 44 87
""",
             X("cancel", [P("Mats Öhman", "mats.ohman@gagnef.se", "Gagnefs kommun")], [S2]),
             "indirect cancellation ('får förhinder') of one session; the others kept"),

        mail("af093", "2027-02-02T16:40", ("Birgitta Sjöberg", "birgitta.sjoberg@borlange.se"), "Min plats på DalaLab",
             """Hej!

Jag lämnar min plats i lärprojektet, det har blivit för mycket med detaljplanerna i vår. Om det finns någon annan i Borlänge k:n som vill ha den så får ni gärna ge den vidare, men jag vet inte vem just nu.

Mvh
Birgitta Sjöberg
Stadsbyggnadsförvaltningen, Borlänge kommun
""",
             X("cancel", [P("Birgitta Sjöberg", "birgitta.sjoberg@borlange.se", "Borlänge kommun")], ALL),
             "'lämnar min plats' with no named substitute is a cancellation of everything"),

        mail("af094", "2027-03-08T08:05", ("Lennart Hjort", "lennart.hjort@ludvika.se"), "Karin Ekholm – DalaLab",
             """Hej Linnea,

Jag är chef för planenheten i Ludvika. Karin Ekholm, som är anmäld till DalaLab, är sjukskriven under våren och kommer därför inte kunna delta på första träffen i maj. Vi återkommer om hösten när vi vet mer.

Hälsningar
Lennart Hjort
Enhetschef Plan
Ludvika kommun
0240-860 00
""",
             X("cancel", [P("Karin Ekholm", None, "Ludvika kommun")], [S1]),
             "manager cancels a sick colleague (no address given) for the first session only; the manager is not among the people"),

        mail("af095", "2027-01-25T10:14", ("HR Säters kommun", "hr@sater.se"), "Deltagare som slutat",
             """Hej,

Per Sandberg (per.sandberg@sater.se) har avslutat sin anställning hos Säters kommun per den 31 januari. Vi ber er därför stryka honom från deltagarlistan till DalaLab. Hans mejl kommer att stängas.

Med vänlig hälsning
HR-enheten
Säters kommun
Rådhusgatan 1, 783 27 Säter
""",
             X("cancel", [P("Per Sandberg", "per.sandberg@sater.se", "Säters kommun")], ALL),
             "function mailbox (HR) withdraws someone who left the job; his address is in the text"),

        mail("af096", "2027-02-17T12:02", ("Nils-Erik Dahl", "nils-erik.dahl@falun.se"), "byte av träff",
             """Hej

Skulle vilja byta från 3 maj till 21 spetember, vi har en stor samrådsträff i maj som krockar. Går det bra?

Nils-Erik
skickat från min iPhone
""",
             X("change", [P("Nils-Erik Dahl", "nils-erik.dahl@falun.se", "Falu kommun")], [S2]),
             "bare swap with a typo in the month ('spetember'); only the new session"),

        mail("af097", "2027-03-22T09:30", ("Leila Haddad", "leila.haddad@mora.se"), "Lägga till en träff",
             """Hej!

Jag är anmäld till 3/5. Nu har jag fått klartecken från min chef att gå på fler, så jag vill gärna även komma 29/11 (den om önskvärda framtider och osäkerheter).

Tack på förhand,
Leila Haddad
Översiktsplanerare, Mora kommun
""",
             X("change", [P("Leila Haddad", "leila.haddad@mora.se", "Mora kommun")], [S1, S3]),
             "adds a session to an existing one; sessions after the change are both"),

        mail("af098", "2027-01-19T14:48", ("Ulrika Bengtsdotter", "ulrika.bengtsdotter@leksand.se"), "Ändra min anmälan",
             """Hej Linnea,

Jag anmälde mig till hela lärprojektet men har nu sett att jag är föräldraledig i november. Kan du ändra så att jag går på alla utom den i november?

Vänliga hälsningar
Ulrika Bengtsdotter
Leksands kommun, Samhällsbyggnad
""",
             X("change", [P("Ulrika Bengtsdotter", "ulrika.bengtsdotter@leksand.se", "Leksands kommun")], [S1, S2, S4],
               unsure=["change-or-cancel"]),
             "'alla utom den i november' states the sessions after the change; it is in effect a cancellation of 29 nov"),

        mail("af099", "2027-02-24T11:11", ("Jesper Grahn", "jesper.grahn@vansbro.se"), "Re: DalaLab",
             """hej, det blir för mycket för mig att gå på alla fyra. kan ni ändra till bara den 29:e? då hinner jag få med mig nåt till vår strategi i alla fall

jesper grahn
vansbro kommun
""",
             X("change", [P("Jesper Grahn", "jesper.grahn@vansbro.se", "Vansbro kommun")], [S3]),
             "'bara den 29:e' narrows an all-sessions signup to one session; lower case throughout"),

        mail("af100", "2027-03-03T15:27", ("Hanna Wikström", "hanna.wikstrom@avesta.se"), "Byta tillfälle",
             """Hej,

Jag är anmäld till träffen om osäkerheter och önskvärda framtider men skulle hellre gå på den om tillgänglighet (rumslig närhet och digital tillgänglighet), den passar bättre med det vi jobbar med i Avesta just nu. Kan jag byta?

Hälsningar
Hanna Wikström
Avesta kommun
Tfn 0226-645 00
""",
             X("change", [P("Hanna Wikström", "hanna.wikstrom@avesta.se", "Avesta kommun")], [S4]),
             "swap named only by theme words (29 nov -> 22 feb)"),

        mail("af101", "2027-04-06T08:33", ("Sofia Rehn", "sofia.rehn@mora.se"), "Ersättare 21/9",
             """Hej Linnea!

Jag kan tyvärr inte komma den 21/9 eftersom jag är på kurs i Stockholm. Min kollega Jonas Berg (jonas.berg@mora.se) går istället för mig den dagen. Han är vegan, om det spelar roll för lunchen.

Jag kommer som vanligt på de andra träffarna.

/Sofia Rehn, Mora kommun
""",
             X("change", [P("Sofia Rehn", "sofia.rehn@mora.se", "Mora kommun"),
                          P("Jonas Berg", "jonas.berg@mora.se", "Mora kommun", diet="vegan")], [S2], diet="vegan"),
             "substitution written by the leaving person for one session; the substitute's diet"),

        mail("af102", "2027-04-08T13:05", ("Fatima Al-Rashid", "fatima.al-rashid@avesta.se"), "Jag går istället för Erik",
             """Hej,

Jag heter Fatima Al-Rashid och jobbar som planeringsarkitekt på Avesta kommun. Erik Nordgren var anmäld till första träffen i Falun men har bytt tjänst, så jag tar hans plats den 3 maj. Han har sagt att det är ok.

Vänligen
Fatima Al-Rashid
""",
             X("change", [P("Erik Nordgren", None, "Avesta kommun"),
                          P("Fatima Al-Rashid", "fatima.al-rashid@avesta.se", "Avesta kommun")], [S1]),
             "substitution written by the substitute; the leaving person has no address"),

        mail("af103", "2027-03-15T17:44", ("Roger Ljung", "roger.ljung@orsa.se"), "dalalab",
             """hej! stina mårtensson har gått på långledighet så olle fransson tar hennes plats på alla träffarna istället. olles mejl är olle.fransson@orsa.se

mvh roger, plan- och byggchef orsa
""",
             X("change", [P("Stina Mårtensson", None, "Orsa kommun"),
                          P("Olle Fransson", "olle.fransson@orsa.se", "Orsa kommun")], ALL),
             "third-party substitution in lower case; names must be capitalised; the sender is not among the people"),

        mail("af104", "2027-02-09T10:20", ("Eva Lundkvist", "eva.lundkvist@smedjebacken.se"), "Ändring",
             """Hej,

En ändring i vår anmälan från Smedjebacken: Henrik Söderlund kommer inte att delta i DalaLab, han har fått andra uppdrag. Jag själv kommer som planerat.

Hälsningar
Eva Lundkvist
Smedjebackens kommun
""",
             X("cancel", [P("Henrik Söderlund", None, "Smedjebackens kommun")], ALL),
             "subject says 'Ändring' but a colleague is withdrawn without substitute: cancel; the sender keeps her own signup"),

        mail("af105", "2027-03-29T07:12", ("Tomas Ek", "tomas.ek@hedemora.se"), "Avanmälan 29 nov",
             """Hej!

Jag måste avanmäla mig från träffen 29 november pga semester. Min kollega Malin Hedlunds anmälan gäller som förut, hon kommer på alla.

Tomas Ek
Trafik- och samhällsplanerare
Hedemora kommun
""",
             X("cancel", [P("Tomas Ek", "tomas.ek@hedemora.se", "Hedemora kommun")], [S3]),
             "colleague mentioned whose signup 'gäller som förut' is not among the people"),

        mail("af106", "2027-01-07T20:15", ("Ingela Backström", "ingela.backstrom@regiondalarna.se"), "Kost",
             """Hej Linnea!

Glömde skriva i min anmälan att jag är glutenfri (celiaki). Jag är anmäld till alla fyra träffarna.

Tack!
Ingela
Regional utveckling, Region Dalarna
""",
             X("change", [P("Ingela Backström", "ingela.backstrom@regiondalarna.se", "Region Dalarna", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "diet update for an existing signup; sessions stated as all four; colleague of the organiser"),

        mail("af107", "2027-02-26T09:59", ("Annika Fors", "annika.fors@rattvik.se"), "SV: Anmälan DalaLab",
             """Hej igen,

En sak till om Lars Persson som jag anmälde till alla träffar förra månaden: han har nötallergi (kraftig), så det vore bra om fikat tar hänsyn till det.

Mvh Annika Fors
Rättviks kommun
""",
             X("change", [P("Lars Persson", None, "Rättviks kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "diet update for a colleague registered by the sender; the sender is not among the people"),

        mail("af108", "2027-03-11T14:36", ("Daniel Kovač", "daniel.kovac@lansstyrelsen.se"), "Ny e-postadress",
             """Hej,

Jag är anmäld till första och tredje träffen i DalaLab med min gamla adress daniel.kovac@ludvika.se. Jag har bytt jobb till Lst Dalarna och min nya adress är den jag skriver från nu. Kan ni uppdatera så att inbjudningar och info kommer hit?

Med vänlig hälsning
Daniel Kovač
Handläggare, samhällsplanering
Länsstyrelsen Dalarna
""",
             X("change", [P("Daniel Kovač", "daniel.kovac@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S3]),
             "address and organisation change; new address is the sender's, old one in the text is not the one to keep"),

        mail("af109", "2027-01-28T11:50", ("Sara Lind Ahmadi", "sara.lind.ahmadi@falun.se"), "Namnbyte",
             """Hej!

Jag anmälde mig som Sara Lind till DalaLab (3 maj och 22 februari). Sedan dess har jag gift mig och heter nu Sara Lind Ahmadi, och har även fått en ny mejladress. Vill bara att namnskylten blir rätt :)

Sara Lind Ahmadi
Falu kommun
""",
             X("change", [P("Sara Lind Ahmadi", "sara.lind.ahmadi@falun.se", "Falu kommun")], [S1, S4]),
             "name change with the sessions restated; the new name is the one to label"),

        mail("af110", "2027-04-02T08:41", ("Marianne Strand", "marianne.strand@orsa.se"), "VB: Avanmälan",
             """Hej Linnea, se nedan. Jag samordnar Orsas deltagare.

Marianne

-----Ursprungligt meddelande-----
Från: Gunnel Holm <gunnel.holm@orsa.se>
Skickat: den 1 april 2027 16:03
Till: Marianne Strand <marianne.strand@orsa.se>
Ämne: Avanmälan

Hej Marianne, kan du meddela Region Dalarna att jag inte kan komma på träffen 22/2? Vi har budgetberedning då.

Gunnel
""",
             X("cancel", [P("Gunnel Holm", "gunnel.holm@orsa.se", "Orsa kommun")], [S4]),
             "cancellation inside a forwarded chain; the person is only in the forwarded header"),

        mail("af111", "2027-03-18T12:26", ("Karl-Johan Åberg", "karl-johan.aberg@ludvika.se"), "Fwd: Cannot attend September",
             """Se nedan från Amir, han skriver på engelska.

KJ

---------- Forwarded message ---------
From: Amir Sultani <amir.sultani@ludvika.se>
Date: Wed, 17 Mar 2027 at 15:48
Subject: Cannot attend September
To: Karl-Johan Åberg <karl-johan.aberg@ludvika.se>

Hi Karl-Johan,
I'm sorry but I will not be able to attend the DalaLab session in September, I have a conference in Gothenburg. Could you tell the organizer? The other dates are fine for me.

Best regards
Amir
""",
             X("cancel", [P("Amir Sultani", "amir.sultani@ludvika.se", "Ludvika kommun")], [S2]),
             "English cancellation forwarded (Fwd:) by a colleague; person only in the forwarded header"),

        mail("af112", "2027-02-14T19:03", ("Pia Holmberg", "pia.holmberg@alvdalen.se"), "Vilka träffar?",
             """Hej,

Jag kommer inte ihåg vilka träffar jag anmälde mig till i december. Kan du kolla och skicka en lista? Vill planera in dem i kalendern.

Mvh Pia Holmberg
Älvdalens kommun
""",
             X("question"),
             "question about one's own booking; no change requested"),

        mail("af113", "2027-01-04T08:16", ("Björn Forsgren", "bjorn.forsgren@gagnef.se"), "Ingen bekräftelse?",
             """Hej!

Jag skickade min anmälan till DalaLab för ett par veckor sedan men har inte fått någon bekräftelse. Är jag registrerad? Har kollat skräpposten också.

Björn Forsgren
Gagnefs kommun | Miljö- och byggförvaltningen
Tel 0241-150 00
""",
             X("question"),
             "asks whether an earlier signup arrived; not a new signup"),

        mail("af114", "2027-03-01T10:45", ("Johanna Palm", "johanna.palm@leksand.se"), "Fråga om byte",
             """Hej Linnea,

Om det skulle krocka med något längre fram – går det att byta till ett annat tillfälle, eller skicka en kollega i mitt ställe? Jag är anmäld till alla fyra men vill veta vad som gäller.

Vänliga hälsningar
Johanna Palm
Leksands kommun
""",
             X("question"),
             "hypothetical change/substitution asked as a question; nothing to change now"),

        mail("af115", "2027-02-03T09:07", ("Ola Grönlund", "ola.gronlund@smedjebacken.se"), "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag måste tyvärr stryka den 21:a från min anmälan, krockar med ett länsgemensamt möte. Resten står kvar.

Ola
""" + CONFIRM_QUOTE.format(name="Ola Grönlund", addr="ola.gronlund@smedjebacken.se"),
             X("cancel", [P("Ola Grönlund", "ola.gronlund@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "reply quoting the confirmation listing all four dates; only 'den 21:a' is cancelled"),

        mail("af116", "2027-03-25T15:58", ("Cecilia von Platen", "cecilia.vonplaten@regiondalarna.se"), "Avbokning",
             """<html><body><p style="font-family:Calibri">Hej Linnea,</p>
<p style="font-family:Calibri">Tyvärr måste jag avboka mig från hela lärprojektet DalaLab. Jag har gått över till en annan tjänst inom regionen som inte rör samhällsplanering.</p>
<p style="font-family:Calibri">Hälsningar<br>Cecilia von Platen<br><b>Region Dalarna</b><br>Regional utveckling | Box 712, 791 29 Falun<br>Tel: 023-49 00 00</p>
<p style="font-size:8pt;color:#888">Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag, vänligen radera det och meddela avsändaren.</p>
</body></html>""",
             X("cancel", [P("Cecilia von Platen", "cecilia.vonplaten@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only cancellation with disclaimer; name with particle 'von'", html=True),

        mail("af117", "2027-04-09T13:33", ("Göran Åström", "goran.astrom@rattvik.se"), "Avanmälan vårens träff",
             """Hej!

Avanmäl mig från vårens träff i Falun är ni snälla, jag ska på höftoperation i slutet av april och blir borta en tid. Till höstens träffar räknar jag med att vara tillbaka.

Hälsningar
Göran Åström
Rättviks kommun, Samhällsbyggnadsförvaltningen
Storgatan 2, 795 80 Rättvik
""",
             X("cancel", [P("Göran Åström", "goran.astrom@rattvik.se", "Rättviks kommun")], [S1]),
             "iso-8859-1; 'vårens träff' is 3 maj; sick leave; the autumn sessions are kept", charset="iso-8859-1"),

        mail("af118", "2027-02-19T11:38", ("Emelie Nyberg", "emelie.nyberg@hedemora.se"), "Flytta min plats",
             """Hej,

Kan jag flytta min plats från 3 maj till höstens träff istället? Maj är helt fullbokad för oss med budget och samråd.

/Emelie Nyberg, Hedemora
""",
             X("change", [P("Emelie Nyberg", "emelie.nyberg@hedemora.se", "Hedemora kommun")], [S2, S3],
               unsure=["sessions"]),
             "'höstens träff' (singular) may be 21 sep or 29 nov; both candidates labelled"),

        tg("af119", "2027-03-30T21:07", "Viktor Lindgren", 604118273,
           """hej, det är viktor från borlänge. kan inte komma tisdag 21/9 pga tjänsteresa, stryk mig från den. resten kör jag""",
           X("cancel", [P("Viktor Lindgren", None, "Borlänge kommun")], [S2]),
           "Telegram cancellation of one session; organisation from the text; no address"),

        tg("af120", "2027-01-15T12:44", "Maja Eriksson", 519903314,
           """Byt mig från 29 nov till 22 feb tack! /Maja, Säters kommun""",
           X("change", [P("Maja Eriksson", None, "Säters kommun")], [S4]),
           "terse Telegram swap; only the new session"),

        tg("af121", "2027-03-12T07:50", "Erik Holm", 733201945,
           """Hej! Jag är redan anmäld till 3 maj. Ingår lunch den dagen eller ska man ta med? Och var i Falun är det?""",
           X("question"),
           "question from an already registered participant; the date is not a new signup"),

        mail("af122", "2027-02-22T16:12", ("Patrik Sundin", "patrik.sundin@malung-salen.se"), "Mina platser i DalaLab",
             """Hej Linnea,

Jag slutar på Malung-Sälens kommun i april. Mina platser i lärprojektet tas över av två kollegor: Emma Kvist (emma.kvist@malung-salen.se) går på första träffen i maj, och Johan Mattsson (johan.mattsson@malung-salen.se) tar de tre andra.

Tack för allt!
Patrik Sundin
Planeringschef
Malung-Sälens kommun
0280-181 00
""",
             X("change", [P("Patrik Sundin", "patrik.sundin@malung-salen.se", "Malung-Sälens kommun"),
                          P("Emma Kvist", "emma.kvist@malung-salen.se", "Malung-Sälens kommun"),
                          P("Johan Mattsson", "johan.mattsson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "one leaver, two substitutes splitting the sessions; together they take all four"),

        mail("af123", "2027-03-04T09:22", ("Kristina Åkesson", "kristina.akesson@avesta.se"), "Avanmälningar från Avesta",
             """Hej!

Två avanmälningar från oss:
- Maria Johansson kan inte den 29/11 (utbildning).
- Ahmed Yusuf (ahmed.yusuf@avesta.se) kan inte delta alls längre, han är tjänstledig från maj.

Kristina Åkesson
Administratör, Samhällsbyggnadssektorn
Avesta kommun
""",
             X("cancel", [P("Maria Johansson", None, "Avesta kommun"),
                          P("Ahmed Yusuf", "ahmed.yusuf@avesta.se", "Avesta kommun")], ALL),
             "administrator cancels two people with different scopes; the sessions cancelled together are all four"),

        mail("af124", "2027-01-21T13:57", ("Lisa Björk", "lisa.bjork@sater.se"), "Re: Anmälan DalaLab",
             """Hej igen Linnea!

Jag anmälde mig själv i december. Nu vill även min kollega Anders Vikström (anders.vikstrom@sater.se) vara med, men bara på de två höstträffarna (21 september och 29 november). Han vill ha vegetarisk kost.

Min egen anmälan är oförändrad.

Lisa
Säters kommun
""",
             X("register", [P("Anders Vikström", "anders.vikstrom@sater.se", "Säters kommun", diet="vegetarisk")], [S2, S3],
               diet="vegetarisk"),
             "a new colleague signed up after the sender's own signup; the sender's unchanged signup is not part of it"),

        mail("af125", "2027-04-07T10:03", ("Eva-Lena Westin", "eva-lena.westin@leksand.se"), "Lämnar min plats",
             """Hej,

Jag hinner tyvärr inte med DalaLab i år och lämnar min plats. Det kan hända att min kollega Eva Nord vill ha den, i så fall hör hon av sig själv till dig.

Hälsningar
Eva-Lena Westin
Leksands kommun
""",
             X("cancel", [P("Eva-Lena Westin", "eva-lena.westin@leksand.se", "Leksands kommun")], ALL,
               unsure=["change-or-cancel"]),
             "'lämnar min plats' with only a possible substitute who will write herself: cancel, the colleague not included"),

        mail("af126", "2026-12-15T09:13", ("Stefan Rask", "stefan.rask@ludvika.se"),
             "Autosvar: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl. Jag är på semester till och med 8 januari och läser inte min e-post. Vid brådskande ärenden kontakta planeringsenheten på 0240-860 00.

Stefan Rask
Ludvika kommun
""",
             X("auto_reply"),
             "out-of-office reply to the organiser's confirmation"),

        mail("af127", "2027-02-11T08:48", ("Oksana Petrenko", "oksana.petrenko@falun.se"), "Change of session",
             """Dear Linnea,

I am signed up for the February session (accessibility) but I would like to switch to the first one in May instead, because I will be on parental leave in February 2028. Is it possible?

Kind regards,
Oksana Petrenko
Planning Department, Falu kommun
""",
             X("change", [P("Oksana Petrenko", "oksana.petrenko@falun.se", "Falu kommun")], [S1]),
             "English swap by month and theme; only the new session"),

        mail("af128", "2027-03-19T14:14", ("Magnus Tell", "magnus.tell@orsa.se"), "Tillägg anmälan",
             """Hej,

Jag står med på den om hållbar utveckling i rumsligt perspektiv (med Boverket). Lägg gärna till träffen om tillgänglighet också – den om rumslig närhet, mobilitet och digital tillgänglighet.

Magnus Tell
Orsa kommun
070-551 22 90
""",
             X("change", [P("Magnus Tell", "magnus.tell@orsa.se", "Orsa kommun")], [S1, S4]),
             "adding a session, both named by theme words; sessions after the change"),

        mail("af129", "2027-02-28T18:26", ("Jenny Hallberg", "jenny.hallberg@vansbro.se"), "Radera mig",
             """Hej.

Jag har slutat i Vansbro kommun i och med månadsskiftet och ska inte delta i DalaLab. Radera gärna alla mina uppgifter ur era listor.

Jenny Hallberg
""",
             X("erasure", [P("Jenny Hallberg", "jenny.hallberg@vansbro.se", "Vansbro kommun")]),
             "left the job and asks for erasure; erasure wins over the implied cancellation"),

        mail("af130", "2027-04-01T07:36", ("Helena Norling", "helena.norling@borlange.se"), "Maj-träffen",
             """Hej Linnea,

Tyvärr är jag sjukskriven på heltid till och med juni, så jag får stryka mig från maj-träffen. Hoppas kunna vara med i september.

Med vänlig hälsning

Helena Norling
Samhällsplanerare
Borlänge kommun
Samhällsbyggnadsförvaltningen
Röda vägen 50, 781 81 Borlänge
Tel: 0243-740 00 | Mobil: 072-214 09 33
www.borlange.se
""",
             X("cancel", [P("Helena Norling", "helena.norling@borlange.se", "Borlänge kommun")], [S1]),
             "sick leave; only the May session cancelled; long signature with numbers"),

        mail("af131", "2027-01-26T10:29", ("Rebecka Moberg", "rebecka.moberg@malung-salen.se"), "byta datum",
             """Hej!
Kan jag byta 22 feb 2027 till 29 nov istället? Tack!
Rebecka
Malung-Sälens kommun
""",
             X("change", [P("Rebecka Moberg", "rebecka.moberg@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "swap where the old date has the wrong year (22 feb 2027 means the 2028 session); only the new one"),

        mail("af132", "2027-03-05T11:17", ("Linda Carlsson", "linda.carlsson@regiondalarna.se"), "ändring deltagare",
             """hej linnea, johanna wik (johanna.wik@regiondalarna.se) går i stället för peter ström den 21/9 och 29/11. peter är föräldraledig under hösten.
/linda, regionens kollektivtrafikförvaltning
""",
             X("change", [P("Peter Ström", None, "Region Dalarna"),
                          P("Johanna Wik", "johanna.wik@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "lower-case third-party substitution for two sessions within the region"),

        mail("af133", "2027-03-26T12:55", ("Therese Alm", "therese.alm@gagnef.se"), "Fwd: DalaLab november",
             """FYI – kan du ta bort henne från den träffen?

Skickat från min iPhone

Början av vidarebefordrat meddelande:

> Från: "Ingrid Nilsson-Bäck" <ingrid.nilsson-back@gagnef.se>
> Datum: 25 mars 2027 kl. 16:40:12 CET
> Till: "Therese Alm" <therese.alm@gagnef.se>
> Ämne: DalaLab november
>
> Hej Therese! Jag får förhinder den 29 november, vi har tagit ledigt för min dotters bröllop. Min kollega Anders kommer som vanligt. Kan du meddela arrangören?
> /Ingrid
""",
             X("cancel", [P("Ingrid Nilsson-Bäck", "ingrid.nilsson-back@gagnef.se", "Gagnefs kommun")], [S3]),
             "cancellation in a quoted forward from a phone; the colleague who 'kommer som vanligt' is not included"),

        mail("af134", "2027-02-06T13:40", ("Sebastian Lund", "sebastian.lund@mora.se"), "Om jag blir sjuk?",
             """Hej,

Jag är anmäld till alla träffar. Om jag skulle bli sjuk någon gång, kan min kollega Ellen Danielsson ta min plats då, eller måste hon anmäla sig separat?

Tack
Sebastian Lund
Mora kommun
""",
             X("question"),
             "hypothetical substitution asked as a question; nothing to change"),

        mail("af135", "2027-01-10T22:02", ("Åsa Granström", "asa.granstrom@lansstyrelsen.se"), "Rättelse av min anmälan",
             """Hej,

När jag anmälde mig kryssade jag nog i för alla fyra, men jag menade bara vårens och höstens träffar. Februariträffen 2028 vet jag inte än om jag kan. Kan du rätta det?

Vänliga hälsningar
Åsa Granström
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
""",
             X("change", [P("Åsa Granström", "asa.granstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S3]),
             "correction: 'vårens och höstens träffar' = 3 maj, 21 sep, 29 nov; the February one dropped"),
    ]
