from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# The invitation as it comes back quoted in replies (written for this file).
INV = """Hej,

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och
utvecklingskraft, Region Dalarnas lärprojekt om strategisk översiktsplanering.

Träff 1: måndag 3 maj 2027 kl 10–15, Falun (fika från 09.30). Tillsammans med Boverket.
Träff 2: tisdag 21 september 2027
Träff 3: måndag 29 november 2027
Träff 4: tisdag 22 februari 2028

Högst tre personer per kommun. Sista anmälningsdag 14 april 2027.
Uppge namn, organisation, e-post, vilka träffar och ev. specialkost.

Linnea Hassis
Region Dalarna"""


def outlook_quote(sent, to):
    return ("\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\nTill: {to}\nÄmne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
            + INV)


def gt_quote(intro):
    return "\n\n" + intro + "\n" + "\n".join("> " + l if l else ">" for l in INV.split("\n"))


def messages():
    return [
        mail("ac046", "2026-12-02T08:47", ("Birgitta Sahlén", "birgitta.sahlen@borlange.se"),
             "Anmälan DalaLab – tre från samhällsbyggnad",
             """Hej Linnea,

Jag är nämndsekreterare på samhällsbyggnadsförvaltningen och har fått i uppdrag att anmäla tre av våra planerare till DalaLab:

- Hampus Grönlund, hampus.gronlund@borlange.se
- Leila Mansour, leila.mansour@borlange.se
- Torbjörn Alm, torbjorn.alm@borlange.se

De vill gå på hela serien. Själv deltar jag inte, jag sköter bara det administrativa, så skicka gärna bekräftelsen direkt till dem med mig i kopia.

Vänliga hälsningar
Birgitta Sahlén
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel 0243-66 51 23""",
             X("register", [P("Hampus Grönlund", "hampus.gronlund@borlange.se", "Borlänge kommun"),
                            P("Leila Mansour", "leila.mansour@borlange.se", "Borlänge kommun"),
                            P("Torbjörn Alm", "torbjorn.alm@borlange.se", "Borlänge kommun")], ALL),
             "secretary registers three colleagues (dash list with addresses), says she does not attend; 'hela serien' = all four"),

        mail("ac047", "2026-12-03T13:22", ("Jenny Ohlsson", "jenny.ohlsson@mora.se"), "Re: Inbjudan DalaLab",
             """Hej!

Jag och min kollega Fredrik Sand på plankontoret vill gärna vara med. Vi har tittat på programmet och kommer båda på träff 1 och träff 3 – de andra två krockar med budgetarbetet respektive en resa.

Hälsningar
Jenny Ohlsson
Översiktsplanerare
Mora kommun"""
             + gt_quote("Den 1 dec. 2026 kl. 10:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"),
             X("register", [P("Jenny Ohlsson", "jenny.ohlsson@mora.se", "Mora kommun"),
                            P("Fredrik Sand", None, "Mora kommun")], [S1, S3]),
             "self + colleague without address; 'träff 1 och träff 3' by number; '>'-quoted invitation lists all dates"),

        mail("ac048", "2026-12-07T10:05", ("Ludvika kommun Administration", "kansli@ludvika.se"),
             "Anmälan till DalaLab",
             """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hej,</p>
<p>Härmed anmäler vi följande medarbetare från Ludvika kommun till samtliga fyra träffar i DalaLab:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Befattning</th><th>Specialkost</th></tr>
<tr><td>Maria Kallin</td><td>maria.kallin@ludvika.se</td><td>Planchef</td><td>Vegetarisk</td></tr>
<tr><td>Oscar Lindh</td><td>oscar.lindh@ludvika.se</td><td>Planarkitekt</td><td>&ndash;</td></tr>
<tr><td>Aino Heikkinen</td><td>aino.heikkinen@ludvika.se</td><td>Trafikplanerare</td><td>Glutenfri</td></tr>
</table>
<p>Vid frågor, kontakta kansliet p&aring; 0240-860 00.</p>
<p>Med v&auml;nlig h&auml;lsning<br>Kommunkansliet<br>Ludvika kommun</p>
</body></html>""",
             X("register", [P("Maria Kallin", "maria.kallin@ludvika.se", "Ludvika kommun", "vegetarisk"),
                            P("Oscar Lindh", "oscar.lindh@ludvika.se", "Ludvika kommun"),
                            P("Aino Heikkinen", "aino.heikkinen@ludvika.se", "Ludvika kommun", "glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "HTML-only table from a function mailbox (kansli@) for three colleagues, per-person diets in a column; function mailbox is not a person",
             html=True),

        mail("ac049", "2026-12-09T15:31", ("Karolina Wester", "karolina.wester@lansstyrelsen.se"),
             "DalaLab – anmälan Lst + Gagnef",
             """Hej Linnea,

Jag jobbar på Länsstyrelsen med planfrågor och har ett samarbete med Gagnefs kommun kring deras nya ÖP. Vi skulle vilja gå tillsammans på höstens båda träffar, så anmäl gärna:

Karolina Wester, Länsstyrelsen Dalarna, karolina.wester@lansstyrelsen.se
Patrik Hjort, Gagnefs kommun, patrik.hjort@gagnef.se

Patrik vet om att jag anmäler honom.

Hälsningar
Karolina Wester
Samhällsplaneringsenheten
Länsstyrelsen Dalarna
010-225 00 00""",
             X("register", [P("Karolina Wester", "karolina.wester@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Patrik Hjort", "patrik.hjort@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "two organisations in one mail (Länsstyrelsen + Gagnef); 'höstens båda träffar' = 21 Sep + 29 Nov"),

        mail("ac050", "2026-12-10T09:18", ("Plan Hedemora", "plan@hedemora.se"), "Anmälan DalaLab",
             """Hej!

Vi anmäler vår nyanställde planarkitekt Lars Widén (lars.widen@hedemora.se) till första träffen den 3 maj i Falun. Övriga träffar tar vi ställning till senare.

Mejla gärna bekräftelse till Lars direkt.

/Planeringsavdelningen
Hedemora kommun""",
             X("register", [P("Lars Widén", "lars.widen@hedemora.se", "Hedemora kommun")], [S1]),
             "shared function mailbox writes for one person whose address is in the text; 'övriga träffar ... senare' adds nothing"),

        mail("ac051", "2026-12-11T11:40", ("Eva-Lena Borg", "eva-lena.borg@avesta.se"), "Fråga om antal platser",
             """Hej,

Vi är fyra på plan- och byggenheten i Avesta som är intresserade av DalaLab. Jag såg att det står max tre per kommun.

Går det att dela på platserna, så att t.ex. två personer går den 3 maj och två andra den 21 september? Eller måste det vara samma tre personer hela vägen?

Vi vill veta det innan vi skickar in någon anmälan.

Tack på förhand!
Eva-Lena Borg
Avesta kommun""",
             X("question"),
             "quota question naming dates and four people but explicitly not a signup yet"),

        mail("ac052", "2026-12-14T14:02", ("Jessica Åhman", "jessica.ahman@sater.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Anna Persson från oss var anmäld till träffarna 21/9 och 29/11, men hon går på föräldraledighet i augusti. Istället kommer Johan Eld (johan.eld@sater.se) att ta hennes plats på båda träffarna.

Vänligen
Jessica Åhman
Enhetschef plan
Säters kommun""",
             X("change", [P("Anna Persson", None, "Säters kommun"),
                          P("Johan Eld", "johan.eld@sater.se", "Säters kommun")], [S2, S3]),
             "manager substitutes a colleague (sender not among people); both listed; sessions = what the substitute takes"),

        mail("ac053", "2026-12-16T08:55", ("Ann-Sofi Rehn", "ann-sofi.rehn@orsa.se"), "Ändring i vår anmälan",
             """Hej!

Vi anmälde tre personer från Orsa för ett par veckor sedan: Ann-Sofi Rehn, Mikael Ström och Pia Gustafsson.

Mikael har tyvärr fått ett nytt jobb och slutar hos oss i februari, så stryk honom helt. Pia och jag står kvar som förut.

Mvh
Ann-Sofi Rehn
Orsa kommun
0250-55 21 00""",
             X("cancel", [P("Mikael Ström", None, "Orsa kommun")], ALL),
             "withdraws one colleague of three under 'Ändring' subject, no substitute -> cancel; the others stay and are not in people"),

        mail("ac054", "2026-12-18T10:27", ("Tobias Näslund", "tobias.naslund@leksand.se"), "SV: DalaLab",
             """Hej,

Vi som är anmälda från Leksand (jag, Helena Björk och Amir Sadeghi) vill byta träff: i stället för 3 maj går vi på den 22 februari 2028. Vi har ett fullmäktige den 3 maj som vi inte kan missa.

Hälsningar Tobias

Tobias Näslund | Samhällsplanerare | Leksands kommun | 0247-800 00"""
             + outlook_quote("den 1 december 2026 10:02", "Tobias Näslund <tobias.naslund@leksand.se>"),
             X("change", [P("Tobias Näslund", "tobias.naslund@leksand.se", "Leksands kommun"),
                          P("Helena Björk", None, "Leksands kommun"),
                          P("Amir Sadeghi", None, "Leksands kommun")], [S4]),
             "a group of three swaps sessions (bare swap 3 May -> 22 Feb gives only the new one); Outlook quoted invitation"),

        tg("ac055", "2026-12-19T21:12", "Malin Eklund", 6102934471,
           "hej! anmäler mig och min kollega peter nord till dalalab, vi jobbar båda på vansbro kommun. alla träffar 👍",
           X("register", [P("Malin Eklund", None, "Vansbro kommun"), P("Peter Nord", None, "Vansbro kommun")], ALL),
           "telegram: sender + lower-case colleague, one organisation for both, 'alla träffar'"),

        mail("ac056", "2027-01-05T09:33", ("Rachel Moore", "rachel.moore@regiondalarna.se"), "DalaLab registration – two of us",
             """Hi Linnea,

I hope you had a good holiday. I'd like to register for DalaLab together with Erik Hansson from Falun municipality (erik.hansson@falun.se) – we are working on the regional transport study together and thought this would be useful for both of us.

We'll join the first two sessions (May 3 and September 21). After that we'll see how our project timeline looks.

Erik has a nut allergy, please let the caterer know.

Best regards,
Rachel Moore
Regional development, Region Dalarna
+46 23 49 00 00""",
             X("register", [P("Rachel Moore", "rachel.moore@regiondalarna.se", "Region Dalarna"),
                            P("Erik Hansson", "erik.hansson@falun.se", "Falu kommun", "nut allergy")], [S1, S2],
               diet="nut allergy"),
             "English; Region Dalarna + Falun in one mail; the colleague's diet is his only"),

        mail("ac057", "2027-01-08T13:50", ("Gun Larsson", "gun.larsson@smedjebacken.se"), "Anmälan DalaLab",
             """Hej Linnea!

På uppdrag av vår samhällsbyggnadschef anmäler jag härmed följande två personer till DalaLab, alla träffar:

Wahlström, Kent (samhällsbyggnadschef) - kent.wahlstrom@smedjebacken.se
Öberg, Lovisa (planarkitekt) - lovisa.oberg@smedjebacken.se - laktosfri kost

Jag själv ska inte delta.

Med vänlig hälsning
Gun Larsson
Administratör, Samhällsbyggnad
Smedjebackens kommun
Tel 0240-66 00 00, Fax 0240-66 00 11""",
             X("register", [P("Kent Wahlström", "kent.wahlstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Lovisa Öberg", "lovisa.oberg@smedjebacken.se", "Smedjebackens kommun", "laktosfri")],
               ALL, diet="laktosfri"),
             "iso-8859-1; administrator registers two 'Efternamn, Förnamn' with addresses, not herself; per-person diet",
             charset="iso-8859-1"),

        mail("ac058", "2027-01-11T16:08", ("Sandra Lilja", "sandra.lilja@falun.se"), "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Vi blir tre från Falu kommun: jag själv, Andreas Kvist och Nadia Berisha. Vi kommer på alla träffarna utom den 21 september, då har vi planeringsdagar internt.

Andreas och Nadia nås på andreas.kvist@falun.se resp. nadia.berisha@falun.se.

Hälsningar
Sandra Lilja
Planeringsarkitekt
Stadsbyggnadsförvaltningen, Falu kommun
Slaggatan 2, 791 83 Falun
023-83 000"""
             + outlook_quote("den 1 december 2026 10:02", "Sandra Lilja <sandra.lilja@falun.se>"),
             X("register", [P("Sandra Lilja", "sandra.lilja@falun.se", "Falu kommun"),
                            P("Andreas Kvist", "andreas.kvist@falun.se", "Falu kommun"),
                            P("Nadia Berisha", "nadia.berisha@falun.se", "Falu kommun")], [S1, S3, S4]),
             "Outlook reply; sender + two colleagues whose addresses come in a later 'resp.' sentence; 'alla utom den 21 september'"),

        mail("ac059", "2027-01-13T10:41", ("Marie Holm", "marie.holm@hedemora.se"), "Avanmälan 29 november",
             """Hej!

Från Hedemora är Eva Lindblad, Tomas Friberg och Jonas Ek anmälda till DalaLab. Varken Eva eller Tomas kan komma den 29 november – de är på studieresa den veckan. Jonas kommer som planerat, och de andra träffarna gäller som förut för alla.

Mvh Marie Holm
Assistent, Samhällsbyggnadskontoret
Hedemora kommun""",
             X("cancel", [P("Eva Lindblad", None, "Hedemora kommun"), P("Tomas Friberg", None, "Hedemora kommun")], [S3]),
             "assistant cancels one session for two of three colleagues; the third and the other sessions unchanged"),

        tg("ac060", "2027-01-15T12:19", "Hans Mård", 5813370925,
           "Hej. Vi är tre från Rättvik som är anmälda till 3/5: jag, Sara Lind och Bo Nyström. Kan ni lägga till 21/9 för alla tre?",
           X("change", [P("Hans Mård", None, "Rättviks kommun"), P("Sara Lind", None, "Rättviks kommun"),
                        P("Bo Nyström", None, "Rättviks kommun")], [S1, S2]),
           "telegram: group adds a session to an existing signup; sessions after the change = 3/5 + 21/9"),

        mail("ac061", "2027-01-18T08:12", ("Olof Dahlin", "olof.dahlin@malung-salen.se"), "Fråga inför anmälan",
             """Hej,

Vi har två konsulter från ett planeringsbolag som sitter hos oss och jobbar med vår översiktsplan. Kan jag anmäla dem till DalaLab som en del av Malung-Sälens kommun, och räknas de i så fall mot kvoten på tre?

Jag anmäler ingen förrän jag har fått svar.

Olof Dahlin
Malung-Sälens kommun""",
             X("question"),
             "question about registering consultants and the quota; contains 'anmäla' but explicitly books nothing"),

        mail("ac062", "2027-01-20T14:45", ("Camilla Strömberg", "camilla.stromberg@gagnef.se"), "Anmälan två personer Gagnef",
             """Hej!

Anmäler härmed Ulrika Ljung (ulrika.ljung@gagnef.se) och Per-Olof Sjödin (per-olof.sjodin@gagnef.se) till alla fyra träffar.

Det kan hända att jag själv vill hänga på längre fram om det finns plats, men det återkommer jag om i så fall.

Hälsningar
Camilla Strömberg
Kommunarkitekt, Gagnefs kommun""",
             X("register", [P("Ulrika Ljung", "ulrika.ljung@gagnef.se", "Gagnefs kommun"),
                            P("Per-Olof Sjödin", "per-olof.sjodin@gagnef.se", "Gagnefs kommun")], ALL),
             "sender registers two colleagues; her own 'kanske längre fram, återkommer' is not a signup"),

        mail("ac063", "2027-01-22T09:03", ("Registrator Älvdalens kommun", "registrator@alvdalen.se"),
             "DalaLab - anmälan från Älvdalens kommun",
             """Till Region Dalarna

På uppdrag av kommunstyrelsens förvaltning anmäls följande deltagare till lärprojektet DalaLab:

1. Sven-Erik Mattsson, sven-erik.mattsson@alvdalen.se
2. Ida Karlsson, ida.karlsson@alvdalen.se

Deltagarna avser att delta vid träffarna den 3 maj och den 29 november.

Detta meddelande har skickats från en funktionsbrevlåda. Svar skickas till respektive deltagare.

Älvdalens kommun
Dalgatan 1, 796 80 Älvdalen
Dnr KS 2027/0042""",
             X("register", [P("Sven-Erik Mattsson", "sven-erik.mattsson@alvdalen.se", "Älvdalens kommun"),
                            P("Ida Karlsson", "ida.karlsson@alvdalen.se", "Älvdalens kommun")], [S1, S3]),
             "registrator function mailbox, numbered list with addresses; diarienummer and address are not dates"),

        mail("ac064", "2027-01-25T11:20", ("Ingela Nordin", "ingela.nordin@vansbro.se"), "Radera uppgifter",
             """Hej,

Jag och min före detta kollega Kjell Axelsson (han har slutat här) skrev till er i höstas med frågor om DalaLab. Vi kommer inte att delta. Jag vill att ni raderar alla personuppgifter ni har om oss båda – Kjell har bett mig framföra det.

Tack,
Ingela Nordin
Vansbro kommun""",
             X("erasure", [P("Ingela Nordin", "ingela.nordin@vansbro.se", "Vansbro kommun"),
                           P("Kjell Axelsson", None, "Vansbro kommun")]),
             "erasure request for the sender and a former colleague who asked her to pass it on"),

        mail("ac065", "2027-01-27T07:02", ("Lena Sjöstrand", "lena.sjostrand@borlange.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             """Tack för ditt mejl. Jag är på semester till och med 5 februari och läser inte e-post.

Gäller det anmälningar till utbildningar för samhällsbyggnadsförvaltningen, kontakta Birgitta Sahlén, birgitta.sahlen@borlange.se. Gäller det bygglov, ring kundcenter 0243-740 00.

Lena Sjöstrand
Borlänge kommun""",
             X("auto_reply"),
             "Outlook out-of-office with no auto headers; names a colleague and her address for signups -> no people"),

        mail("ac066", "2027-01-29T03:41", ("Nordic Events Registry", "delegations@nordic-event-registry.com"),
             "DalaLab 2027 – confirm your delegation (3 seats)",
             """Dear organiser,

Your municipality has been pre-allocated 3 delegate seats for DalaLab 2027 (May 3, Sep 21, Nov 29, Feb 22).

To keep the seats, confirm your delegation list and pay the group listing fee of EUR 1 290 within 5 days:
https://nordic-event-registry.com/confirm?ref=DL-2027-0093

Unconfirmed seats are released to the waiting list.

Nordic Events Registry Ltd
Registration desk""",
             X("unknown"),
             "listing-fee scam dressed as group registration, with all four dates and 'seats' -> unknown"),

        mail("ac067", "2027-02-01T10:10", ("Karin Selander", "karin.selander@hedemora.se"), "Specialkost – vår anmälan",
             """Hej Linnea!

Ett tillägg till anmälan från Hedemora för mig, Ali Rostami och Gunnel Wik (alla tre anmälda till samtliga träffar):

Jag äter numera vegetariskt, och Ali har visat sig vara glutenintolerant. Gunnel har inga önskemål.

Tack!
Karin Selander
Hedemora kommun""",
             X("change", [P("Karin Selander", "karin.selander@hedemora.se", "Hedemora kommun", "vegetarisk"),
                          P("Ali Rostami", None, "Hedemora kommun", "glutenintolerant")], ALL,
               diet="vegetarisk, glutenintolerant"),
             "diet update for two of three registered colleagues; Gunnel (no change) is not in people; sessions stated as all"),

        tg("ac068", "2027-02-03T19:44", "Sofia Reyes", 7021198845,
           "Hi! Signing up myself and my colleague Jonas Berg (jonas.berg@borlange.se) for Sept 21 and Nov 29. We both work at Borlänge municipality. Thanks!",
           X("register", [P("Sofia Reyes", None, "Borlänge kommun"),
                          P("Jonas Berg", "jonas.berg@borlange.se", "Borlänge kommun")], [S2, S3]),
           "English telegram; colleague's address in the text, sender has none"),

        mail("ac069", "2027-02-05T15:15", ("Stefan Backman", "stefan.backman@malung-salen.se"), "Återkallar anmälan DalaLab",
             """Hej,

Tyvärr måste Malung-Sälens kommun dra tillbaka samtliga våra tre anmälningar till DalaLab. Vi har fått en omorganisation och ingen av oss har möjlighet att delta under året:

Stefan Backman
Linda Håkansson
Ove Persson

Vi hoppas kunna vara med i ett senare skede.

Med vänlig hälsning
Stefan Backman
Plan- och miljöchef, Malung-Sälens kommun""",
             X("cancel", [P("Stefan Backman", "stefan.backman@malung-salen.se", "Malung-Sälens kommun"),
                          P("Linda Håkansson", None, "Malung-Sälens kommun"),
                          P("Ove Persson", None, "Malung-Sälens kommun")], ALL),
             "whole group cancels (sender among them); names as a bare list; no session named -> all four"),

        tg("ac070", "2027-02-08T08:31", "Viktor Lund", 5590012377,
           "tjena, vi är redan två från mora som är anmälda så jag blir väl den tredje? anmäl mig till 21 sept iaf. /viktor lund, mora kommun",
           X("register", [P("Viktor Lund", None, "Mora kommun")], [S2]),
           "telegram signup with a quota remark; the two colleagues already registered are not in people"),

        mail("ac071", "2027-02-10T13:07", ("Roger Eliasson", "roger.eliasson@borlange.se"), "Anmälan DalaLab Borlänge",
             """Hej,

Vi vill anmäla följande fyra personer från Borlänge kommun till DalaLab, alla tillfällen:

Roger Eliasson, roger.eliasson@borlange.se
Maja Forsell, maja.forsell@borlange.se
Kristoffer Ek, kristoffer.ek@borlange.se
Hilda Sundén, hilda.sunden@borlange.se

Jag vet att det står tre per kommun, men om någon plats blir över vore vi glada om alla fyra fick komma. Annars får Hilda stå på reserv.

Roger Eliasson
Avdelningschef Strategisk planering
Borlänge kommun""",
             X("register", [P("Roger Eliasson", "roger.eliasson@borlange.se", "Borlänge kommun"),
                            P("Maja Forsell", "maja.forsell@borlange.se", "Borlänge kommun"),
                            P("Kristoffer Ek", "kristoffer.ek@borlange.se", "Borlänge kommun"),
                            P("Hilda Sundén", "hilda.sunden@borlange.se", "Borlänge kommun")], ALL),
             "four people from one municipality (over the quota) -> all four are registration requests; quota is the organiser's job"),

        mail("ac072", "2027-02-12T11:36", ("Lisa Grahn", "lisa.grahn@ludvika.se"), "Kollega vill också vara med",
             """Hej!

Jag är redan anmäld till DalaLab sedan december. Nu vill min kollega Mattias Öhrn (mattias.ohrn@ludvika.se) också vara med, på de två träffarna i höst. Går det bra?

Hälsningar
Lisa Grahn
Ludvika kommun""",
             X("register", [P("Mattias Öhrn", "mattias.ohrn@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "already-registered sender adds a colleague -> register for the colleague only; 'de två träffarna i höst'"),

        mail("ac073", "2027-02-15T09:48", ("Petra Almgren", "petra.almgren@regiondalarna.se"), "DalaLab 29 november",
             """Hej Linnea,

Vi tre från Region Dalarna som är anmälda (jag, Daniel Wirén och Sanna Jonsson) kan ingen av oss komma den 29 november – det krockar med regionfullmäktige. Stryk oss den dagen, övriga träffar kommer vi på.

/Petra

Petra Almgren
Samhällsplanerare, Region Dalarna""",
             X("cancel", [P("Petra Almgren", "petra.almgren@regiondalarna.se", "Region Dalarna"),
                          P("Daniel Wirén", None, "Region Dalarna"),
                          P("Sanna Jonsson", None, "Region Dalarna")], [S3]),
             "group partial cancellation of one session (sender included)"),

        mail("ac074", "2027-02-17T14:26", ("Anders Nygren", "anders.nygren@avesta.se"), "VB: DalaLab?",
             """Hej Linnea,

Se nedan – jag godkänner att Sofie går. Anmäl henne enligt hennes önskemål.

Anders Nygren
Enhetschef, Avesta kommun

Från: Sofie Lund <sofie.lund@avesta.se>
Skickat: den 16 februari 2027 16:52
Till: Anders Nygren <anders.nygren@avesta.se>
Ämne: DalaLab?

Hej Anders!

Får jag gå på DalaLab? Jag skulle vilja gå på första och sista träffen (3 maj och 22 februari). Det är gratis, det är bara restid.

/Sofie""",
             X("register", [P("Sofie Lund", "sofie.lund@avesta.se", "Avesta kommun")], [S1, S4]),
             "manager forwards an employee's internal request; the person, address and sessions are only in the forwarded part; manager not registered"),

        mail("ac075", "2027-02-19T10:55", ("Britt Falk", "britt.falk@sater.se"), "Gruppanmälan?",
             """Hej,

Kan man anmäla en grupp från kommunen redan nu och komplettera med namnen senare? Vi vet att vi blir tre, men inte vilka förrän efter sportlovet.

Britt Falk
Säters kommun""",
             X("question"),
             "question about registering a group without names; no signup"),

        tg("ac076", "2027-02-22T17:03", "Emma Borg", 6688210034,
           "hej anmäl mig (rättvik) o en kollega från lst, karin dahlberg. bara första träffen",
           X("register", [P("Emma Borg", None, "Rättviks kommun"), P("Karin Dahlberg", None, "Länsstyrelsen Dalarna")], [S1]),
           "telegram, two organisations in one short message ('lst'); 'bara första träffen'"),

        mail("ac077", "2027-02-24T08:39", ("Nils Hedberg", "nils.hedberg@avesta.se"), "Ändrade datum DalaLab",
             """Hej!

Jag och Ebba Strand (ebba.strand@avesta.se) anmälde oss i december till alla fyra träffarna. Nu har det visat sig att vi bara kan gå den 3 maj och den 22 februari 2028, så vi vill ändra anmälan till bara de två för oss båda.

Tack på förhand,
Nils Hedberg
Översiktsplanerare
Avesta kommun
Box 501, 774 81 Avesta
Tfn 0226-64 50 00 / 070-123 45 67""",
             X("change", [P("Nils Hedberg", "nils.hedberg@avesta.se", "Avesta kommun"),
                          P("Ebba Strand", "ebba.strand@avesta.se", "Avesta kommun")], [S1, S4]),
             "two people change from all four to two stated sessions -> change with the sessions after; box/postcode/phones"),

        mail("ac078", "2027-02-26T13:13", ("Josefin Elg", "josefin.elg@orsa.se"), "Kollega i mitt ställe 21/9",
             """Hej Linnea,

Jag kan inte gå den 21 september, så min kollega Henrik Moberg (henrik.moberg@orsa.se) går i mitt ställe just den gången. De övriga träffarna går jag på själv som vanligt.

Hälsningar
Josefin Elg
Orsa kommun""",
             X("change", [P("Josefin Elg", "josefin.elg@orsa.se", "Orsa kommun"),
                          P("Henrik Moberg", "henrik.moberg@orsa.se", "Orsa kommun")], [S2]),
             "substitution for one session only; people both; sessions = what the substitute takes"),

        tg("ac079", "2027-03-01T07:55", "Jonas Kvarnström", 5471203398,
           "morrn, både jag och Lena Bergström måste avanmäla oss från 3 maj (vi är från säter). vi kommer på resten",
           X("cancel", [P("Jonas Kvarnström", None, "Säters kommun"), P("Lena Bergström", None, "Säters kommun")], [S1]),
           "telegram: partial cancellation for sender + colleague"),

        mail("ac080", "2027-03-03T15:40", ("Åsa Tjernberg", "asa.tjernberg@orsa.se"), "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig och Linnéa Vestin från miljö- och byggförvaltningen till vårens träff och februariträffen 2028. Linnéa är vegan. Hon har ingen e-post hos oss än eftersom hon börjar 1 april.

Mvh
Åsa Tjernberg
Orsa kommun
Tel. 0250-552 00""",
             X("register", [P("Åsa Tjernberg", "asa.tjernberg@orsa.se", "Orsa kommun"),
                            P("Linnéa Vestin", None, "Orsa kommun", "vegan")], [S1, S4], diet="vegan"),
             "iso-8859-1; self + colleague without address; 'vårens träff och februariträffen' = 3 May + 22 Feb; '1 april' is no session",
             charset="iso-8859-1"),

        mail("ac081", "2027-03-05T10:02", ("Samhällsbyggnad Ludvika", "samhallsbyggnad@ludvika.se"),
             "Vi har tagit emot ditt meddelande [Ärende SB-2027-0311]",
             """Detta är ett automatiskt svar.

Tack för ditt meddelande till samhällsbyggnadsförvaltningen i Ludvika kommun. Ditt ärende har registrerats med nummer SB-2027-0311 och fördelas till en handläggare. Vi besvarar normalt inom 5 arbetsdagar.

Svara inte på detta meddelande.

Ludvika kommun
771 82 Ludvika""",
             X("auto_reply"),
             "function mailbox case-system receipt (automatic) -> auto_reply"),

        mail("ac082", "2027-03-08T11:25", ("Johanna Eriksson", "johanna.eriksson@regiondalarna.se"), "Anmälan till träff 2",
             """<html><body>
<p>Hej Linnea!</p>
<p>Jag samordnar ett n&auml;tverk f&ouml;r v&auml;sterdalskommunerna och har lovat att anm&auml;la dessa tv&aring; till <b>tr&auml;ff 2 den 21 september</b>:</p>
<ul>
<li>Gustav Lindqvist, Vansbro kommun &ndash; gustav.lindqvist@vansbro.se</li>
<li>Rebecka Olsson, Malung-S&auml;lens kommun &ndash; rebecka.olsson@malung-salen.se</li>
</ul>
<p>Jag kommer inte sj&auml;lv den g&aring;ngen.</p>
<p>H&auml;lsningar<br>Johanna Eriksson<br>Region Dalarna</p>
</body></html>""",
             X("register", [P("Gustav Lindqvist", "gustav.lindqvist@vansbro.se", "Vansbro kommun"),
                            P("Rebecka Olsson", "rebecka.olsson@malung-salen.se", "Malung-Sälens kommun")], [S2]),
             "HTML-only; Region coordinator registers two people from two municipalities, not herself; entities in text",
             html=True),

        tg("ac083", "2027-03-10T20:17", "Maja Eriksson", 6230048812,
           "Hej! Jag och Albin Hall från Mora vill byta från 29 nov till 21 sept, båda två. Går det?",
           X("change", [P("Maja Eriksson", None, "Mora kommun"), P("Albin Hall", None, "Mora kommun")], [S2]),
           "telegram: two people swap a session (bare swap -> only the new one)"),

        mail("ac084", "2027-03-12T09:14", ("Mikael Sundberg", "mikael.sundberg@lansstyrelsen.se"), "Antal deltagare Länsstyrelsen?",
             """Hej,

Gäller taket på tre personer även för Länsstyrelsen, eller bara för kommunerna? Vi är fem handläggare som skulle vilja gå på 21 september och 29 november, men jag vill veta vad som gäller innan jag samlar in namn.

Mikael Sundberg
Länsstyrelsen Dalarna""",
             X("question"),
             "quota question from Länsstyrelsen naming two dates; no signup yet"),

        mail("ac085", "2027-03-15T14:48", ("Daniel Okafor", "daniel.okafor@falun.se"), "Registration DalaLab",
             """Hello Linnea,

I started as a trainee at the planning department in Falun this spring. My supervisor Åsa Lund (asa.lund@falun.se) and I would like to attend all sessions except the last one in February.

I'm vegetarian; Åsa has no dietary requirements.

Kind regards,
Daniel Okafor
Trainee, Falu kommun""",
             X("register", [P("Daniel Okafor", "daniel.okafor@falun.se", "Falu kommun", "vegetarian"),
                            P("Åsa Lund", "asa.lund@falun.se", "Falu kommun")], [S1, S2, S3], diet="vegetarian"),
             "English; self + supervisor; 'all except the last one in February' = three sessions; diet is the sender's only"),

        mail("ac086", "2027-03-18T10:30", ("Hanna Ceder", "hanna.ceder@ludvika.se"), "Ny e-postadress för kollega",
             """Hej!

Min kollega Jens Åhlin, som är anmäld till 3 maj och 29 november, har fått ny e-postadress efter att ha bytt förvaltning. Den nya är jens.ahlin@ludvika.se – den gamla (jens.ahlin.bn@ludvika.se) stängs vid månadsskiftet. Skicka gärna info till den nya.

Hälsningar
Hanna Ceder
Ludvika kommun""",
             X("change", [P("Jens Åhlin", "jens.ahlin@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "colleague's address change written by someone else; the old address is not a second person; stated sessions kept"),

        mail("ac087", "2027-03-22T08:05", ("Kommunstyrelsen Gagnef", "kommunstyrelsen@gagnef.se"), "Avanmälan DalaLab",
             """Hej,

Vi meddelar att Tove Hägglund (tove.hagglund@gagnef.se) är sjukskriven på längre tid och därför avanmäls från DalaLab.

Vi återkommer om någon annan kan ta hennes plats.

Kommunledningskontoret
Gagnefs kommun""",
             X("cancel", [P("Tove Hägglund", "tove.hagglund@gagnef.se", "Gagnefs kommun")], ALL),
             "function mailbox cancels one person (address in text); possible future replacement is no request; no session -> all four"),

        tg("ac088", "2027-03-25T13:42", "Elin Rask", 5307719264,
           "hej, hur många är anmälda från orsa hittills? vill veta om jag kan ta med en kollega till 3 maj",
           X("question"),
           "telegram quota question naming a date; no signup"),

        mail("ac089", "2027-03-30T07:48", ("Robin Sjö", "robin.sjo@avesta.se"), "DalaLab",
             """Hej Linnea! Anmäler mig + två kollegor: Tilda Persson och Elsa Grahn. Alla tre från Avesta, alla träffar. Elsa är vegetarian.

/Robin

Skickat från min iPhone""",
             X("register", [P("Robin Sjö", "robin.sjo@avesta.se", "Avesta kommun"),
                            P("Tilda Persson", None, "Avesta kommun"),
                            P("Elsa Grahn", None, "Avesta kommun", "vegetarian")], ALL, diet="vegetarian"),
             "terse phone mail: self + two colleagues without addresses, one per-person diet"),

        mail("ac090", "2027-04-06T02:17", ("DalaLab Anmälan", "no-reply@dalalab-anmalan.info"),
             "Åtgärd krävs: bekräfta gruppanmälan före 14 april",
             """Hej,

Er kommuns gruppanmälan till DalaLab (3 maj 2027) är inte slutförd. Logga in med ditt Microsoft 365-konto för att bekräfta deltagarna, annars stryks anmälan automatiskt:

https://dalalab-anmalan.info/m365/login

Region Dalarna – Anmälningsservice""",
             X("unknown"),
             "phishing dressed as a group registration confirmation from a look-alike domain -> unknown"),
    ]
