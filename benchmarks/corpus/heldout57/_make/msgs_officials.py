"""Writer "officials" (bh136–bh180): mail and Telegram from people at Region Dalarna and Länsstyrelsen Dalarna,
politicians (kommunalråd, nämndordförande), consultants and staff of municipal companies (organisation null) and
planners and managers at the municipalities: formal letters with reference numbers (dnr, er/vår ref) and long
signatures, delegations signed up on behalf by someone who does not attend, changes and cancellations on behalf,
substitutions, questions about who may attend (politicians, companies, the regional quota), erasure requests,
out-of-office and registry receipts, a newsletter and a message pasted into the wrong chat."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bh136", "2026-12-02T08:47", ("Nordström Helena", "helena.nordstrom@regiondalarna.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan! Jag anmäler mig gärna till DalaLab – det passar väldigt bra ihop med arbetet med den regionala
utvecklingsstrategin, och det är ju precis den här sortens forum vi har efterfrågat i länsplaneringsnätverket.

Jag har ingen specialkost.

Vänliga hälsningar

Helena Nordström
Strateg, Samhällsplanering och infrastruktur
Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
Besöksadress: Myntgatan 2, Falun
Tel: 023-49 00 00 | Mobil: 070-312 45 88
helena.nordstrom@regiondalarna.se | www.regiondalarna.se

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:12
Till: Nordström Helena <helena.nordstrom@regiondalarna.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering och planeringsstrategier.
Träffar: 3 maj 2027 i Falun (kl. 10–15, fika från 9.30), 21 september 2027, 29 november 2027 och 22 februari 2028.
Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027.

Linnea Hassis
Region Dalarna
""",
             X("register", [P("Helena Nordström", "helena.nordstrom@regiondalarna.se", "Region Dalarna")], ALL),
             "plain self-signup from a Region Dalarna strategist, no date named -> all four; quoted invitation lists "
             "all dates and the deadline; 'ingen specialkost' -> diet null; box/postcode/phones are not sessions"),

        mail("bh137", "2026-12-09T13:15", ("Karlsson Ulrika", "ulrika.karlsson@lansstyrelsen.se"),
             "Anmälan från Länsstyrelsen Dalarna – DalaLab",
             """Hej!

Från Länsstyrelsens enhet för samhällsplanering och kulturmiljö anmäler jag följande handläggare till DalaLab:

- Per Andersson, per.andersson@lansstyrelsen.se
- Malin Hult, malin.hult@lansstyrelsen.se (vegetarisk kost)
- Rickard Sjödin, rickard.sjodin@lansstyrelsen.se

Samtliga tre deltar på alla fyra träffarna. Själv har jag tyvärr inte möjlighet att delta i lärprojektet, men jag
kanske tittar förbi en stund på eftermiddagen den 3 maj för att lyssna på Boverket.

Med vänlig hälsning

Ulrika Karlsson
Enhetschef
Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna
791 84 Falun
Telefon: 010-225 00 00 (vx)
Direkt: 010-225 03 17

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på
www.lansstyrelsen.se/dalarna
""",
             X("register", [P("Per Andersson", "per.andersson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Malin Hult", "malin.hult@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegetarisk"),
                            P("Rickard Sjödin", "rickard.sjodin@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               ALL, diet="vegetarisk", unsure=("sender-attends",)),
             "unit head signs up three officers, not herself ('inte möjlighet att delta'); her 'tittar förbi en "
             "stund den 3 maj' is not a registration (call: sender excluded); 'alla fyra' -> all four; one diet"),

        tg("bh138", "2026-12-11T21:34", "Bosse Lindh", "5238840197",
           """Hej. Bo Lindh, kommunalråd (S) i Smedjebacken. Fick inbjudan vidarebefordrad från vår planchef. Vill gärna vara med på första träffen i Falun den 3 maj, resten får vi se om kalendern tillåter.""",
           X("register", [P("Bo Lindh", None, "Smedjebackens kommun")], [S1]),
           "politician signs up via Telegram; name from the text ('Bo Lindh'), display name is the nickname "
           "'Bosse'; 'första träffen ... 3 maj' only, 'resten får vi se' registers nothing more; planchef is context"),

        mail("bh139", "2026-12-14T10:02", ("Gunnar Rask", "gunnar.rask@mora.se"),
             "Anmälan av deltagare DalaLab – Er ref RD 2026/1187",
             """Till: Region Dalarna, Regional utveckling
Att: Linnea Hassis

Er referens: RD 2026/1187
Vår referens: KS 2026/0442
Datum: 2026-12-14


ANMÄLAN AV DELTAGARE – DALALAB, PLANERING FÖR HÅLLBARHET OCH UTVECKLINGSKRAFT

Med anledning av Region Dalarnas inbjudan daterad 2026-11-26 anmäler Mora kommun härmed följande deltagare till
lärprojektets samtliga fyra träffar:

1. Eva Wester, planeringsarkitekt, eva.wester@mora.se
2. Johan Persson Krantz, översiktsplanerare, johan.persson-krantz@mora.se
3. Karin Lövgren, ordförande i samhällsbyggnadsnämnden, karin.lovgren@mora.se

Kontaktperson för anmälan är undertecknad. Eventuella önskemål om specialkost meddelas av respektive deltagare.


Mora den 14 december 2026

Gunnar Rask
Förvaltningschef
Samhällsbyggnadsförvaltningen
Mora kommun
Fridhemsgatan 9, 792 80 Mora
Tfn 0250-260 00
Org.nr 212000-2163
""",
             X("register", [P("Eva Wester", "eva.wester@mora.se", "Mora kommun"),
                            P("Johan Persson Krantz", "johan.persson-krantz@mora.se", "Mora kommun"),
                            P("Karin Lövgren", "karin.lovgren@mora.se", "Mora kommun")], ALL),
             "formal letter with er/vår ref and dates (2026-11-26, 2026-12-14) that are not sessions; förvaltningschef "
             "is contact only, not a participant; three people incl. a nämndordförande; 'samtliga fyra' -> all"),

        mail("bh140", "2026-12-16T15:40", ("Sandra Öhman", "sandra.ohman@falun.se"),
             "Fråga om deltagande – förtroendevalda?",
             """Hej Linnea!

Innan vi skickar in Falu kommuns anmälan har jag ett par frågor:

1. Riktar sig DalaLab enbart till tjänstepersoner, eller får även förtroendevalda delta? Vårt kommunalråd med
   ansvar för samhällsbyggnadsfrågor har visat intresse.
2. Om politiker får delta – räknas de då in i de tre platserna per kommun?
3. Kan vi skicka olika personer till olika träffar, t.ex. en person den 21 september och en annan den 29 november,
   så länge vi är högst tre?

Tacksam för svar så snart det går, vi har ledningsgrupp den 12 januari där vi ska bestämma vilka som åker.

Hälsningar
Sandra Öhman
Planchef
Stadsbyggnadsförvaltningen, Falu kommun
023-83 000
""",
             X("question", [], []),
             "questions only (may politicians attend, do they count in the quota, can people share places); "
             "'21 september' and '29 november' are examples inside a question, '12 januari' is a meeting -> no sessions"),

        mail("bh141", "2027-01-08T09:30", ("Jonas Hellberg", "jonas.hellberg@norrplanering.se"),
             "Anmälan DalaLab (konsult åt Hedemora kommun)",
             """Hej,

Jag arbetar som konsult på uppdrag av Hedemora kommun med framtagandet av kommunens nya översiktsplan och
planeringsstrategi. Planchefen där tipsade om DalaLab och tyckte att jag skulle höra av mig direkt.

Jag vill anmäla mig till träff 2 och 3, alltså 21 september och 29 november. Om konsulter inte kan delta, eller om
jag i så fall tar en av Hedemoras tre platser, får ni gärna höra av er så stämmer jag av med kommunen.

Med vänliga hälsningar

Jonas Hellberg
Senior planeringskonsult
Norrplanering AB
Vasagatan 14, 791 71 Falun
070-866 21 04
www.norrplanering.se
""",
             X("register", [P("Jonas Hellberg", "jonas.hellberg@norrplanering.se", None)], [S2, S3],
               unsure=("organisation",)),
             "consultant at a private firm working for Hedemora -> organisation null (call: he is not Hedemora "
             "staff, though he may use its quota); 'träff 2 och 3' = 21 Sep + 29 Nov; Falun street address is not the org"),

        tg("bh142", "2027-01-11T07:12", "Anders Pettersson", "6731150928",
           """God morgon. Anders Pettersson, KSO i Vansbro. Jag måste tyvärr avanmäla mig från DalaLab, budgetprocessen och ett par tunga upphandlingar tar all tid i år. Ber om ursäkt för besväret.""",
           X("cancel", [P("Anders Pettersson", None, "Vansbro kommun")], ALL),
           "full cancellation by a kommunstyrelsens ordförande ('KSO i Vansbro'), no session named -> all four"),

        mail("bh143", "2027-01-18T11:25", ("Maria Ahlström", "maria.ahlstrom@borlange.se"),
             "Byte av deltagare DalaLab",
             """Hej Linnea,

Linda Holm på vår planenhet, som anmäldes till DalaLab i december, har fått en ny tjänst inom förvaltningen och
kommer inte att delta. I stället går Patrik Öberg, planarkitekt, patrik.oberg@borlange.se. Han tar över Lindas
plats på samtliga fyra träffar.

Patrik äter glutenfritt.

Mvh
Maria Ahlström
Enhetschef Planenheten
Samhällsbyggnadsförvaltningen
Borlänge kommun
781 81 Borlänge
Tel 0243-740 00
""",
             X("change", [P("Linda Holm", None, "Borlänge kommun"),
                          P("Patrik Öberg", "patrik.oberg@borlange.se", "Borlänge kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "substitution on behalf by a manager (sender not in people): Linda out, Patrik in; people lists both; "
             "sessions = what the substitute takes (all four); the substitute's diet 'glutenfritt' -> glutenfri"),

        mail("bh144", "2027-01-19T06:02", ("Per Andersson", "per.andersson@lansstyrelsen.se"),
             "Automatiskt svar: Bekräftelse – DalaLab",
             """Hej,

Jag är tjänstledig från och med 18 januari till och med 21 september 2027 och läser inte min e-post under den tiden.

Ärenden om detaljplaner och översiktsplaner: kontakta funktionsbrevlådan samhallsplanering.dalarna@lansstyrelsen.se
eller Länsstyrelsens växel 010-225 00 00.

Brådskande frågor om strandskydd hänvisas till Maria Ek, 010-225 04 12.

Med vänlig hälsning
Per Andersson
Länsstyrelsen Dalarna
""",
             X("auto_reply", [], []),
             "out-of-office ('Automatiskt svar:' subject, no auto headers) from a registered Länsstyrelsen officer; "
             "'till och med 21 september' is a session date but nothing is asked -> auto_reply, no people or sessions"),

        mail("bh145", "2027-01-22T14:10", ("Emma Grahn", "emma.grahn@borlange-energi.se"),
             "Anmälan till träffen om tillgänglighet",
             """Hej!

Jag arbetar med nätplanering och laddinfrastruktur på Borlänge Energi, det kommunägda energibolaget. Vi blir allt
oftare involverade tidigt i kommunens översiktsplanering, och jag tror därför att den sista träffen, "Planera för
tillgänglighet" i februari 2028, skulle vara väldigt givande för mig.

Kan jag anmäla mig till den? Jag förstår om kommunens egna planerare har förtur.

Bästa hälsningar
Emma Grahn
Nätplanerare
Borlänge Energi AB
Box 834, 781 28 Borlänge
Växel 0243-735 000 | Direkt 0243-735 214
""",
             X("register", [P("Emma Grahn", "emma.grahn@borlange-energi.se", None)], [S4],
               unsure=("organisation",)),
             "staff of a municipally owned company -> organisation null (call: Borlänge Energi AB is not Borlänge "
             "kommun; borlange-energi.se is not borlange.se); 'Kan jag anmäla mig' is a signup; last session only"),

        tg("bh146", "2027-01-25T12:41", "Sara Lind (Region Dalarna)", "5904412376",
           """Hej! Jag jobbar med kollektivtrafikplanering på regionen och vill anmäla mig till 21/9 och 22/2 🙂 Äter glutenfritt. Mejl om ni behöver: sara.lind@regiondalarna.se""",
           X("register", [P("Sara Lind", "sara.lind@regiondalarna.se", "Region Dalarna")], [S2, S4],
             diet="glutenfri"),
           "Telegram signup; name from the display name without its '(Region Dalarna)' suffix; 'på regionen' -> Region "
           "Dalarna; e-mail given in the text so kept; '22/2' without year = the 2028 session"),

        mail("bh147", "2027-02-01T09:55", ("Åsa Mårtensson", "asa.martensson@leksand.se"),
             "Anmälan DalaLab – Leksands kommun",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Leksands kommun anmäler nedanstående tre personer till DalaLab. Vi deltar på de tre första träffarna
(3 maj, 21 september och 29 november 2027). Träffen i februari 2028 krockar med vår budgetdag, så den återkommer vi om.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Funktion</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Åsa Mårtensson</td><td>Samhällsbyggnadschef</td><td>asa.martensson@leksand.se</td><td>&ndash;</td></tr>
<tr><td>Olof Nises</td><td>Översiktsplanerare</td><td>olof.nises@leksand.se</td><td>Laktosfri</td></tr>
<tr><td>Hanna Kvarnström</td><td>Planarkitekt</td><td>hanna.kvarnstrom@leksand.se</td><td>&ndash;</td></tr>
</table>
<p>Med vänliga hälsningar<br>
<b>Åsa Mårtensson</b><br>
Samhällsbyggnadschef<br>
Leksands kommun<br>
Box 300, 793 27 Leksand<br>
Tel 0247-800 00</p>
</body></html>
""",
             X("register", [P("Åsa Mårtensson", "asa.martensson@leksand.se", "Leksands kommun"),
                            P("Olof Nises", "olof.nises@leksand.se", "Leksands kommun", diet="laktosfri"),
                            P("Hanna Kvarnström", "hanna.kvarnstrom@leksand.se", "Leksands kommun")],
               [S1, S2, S3], diet="laktosfri"),
             "HTML-only mail with a table of three incl. the sender (she is in the table); 'tre första träffarna' = "
             "S1-S3; February 'återkommer vi om' is not registered; diet in a table cell for one person",
             html=True),

        mail("bh148", "2027-02-03T16:18", ("Lennart Fors", "lennart.fors@sater.se"),
             "Radera mina personuppgifter",
             """Hej,

Jag slutar min anställning på Säters kommun den 31 mars och kommer därför inte att delta i DalaLab. Jag ber er
samtidigt att radera samtliga personuppgifter om mig som ni har sparat i samband med anmälan (namn, e-post,
telefonnummer och uppgift om specialkost), i enlighet med artikel 17 i dataskyddsförordningen.

Min efterträdare är inte utsedd ännu, så kommunens plats får stå tom tills vidare.

Vänligen bekräfta när uppgifterna är raderade.

Lennart Fors
Översiktsplanerare
Säters kommun
Rådhusgatan 1, 783 27 Säter
""",
             X("erasure", [P("Lennart Fors", "lennart.fors@sater.se", "Säters kommun")], [],
               unsure=("intent",)),
             "erasure request (art. 17) that also implies withdrawing; call: erasure wins over cancel since deleting "
             "the data removes the signup too; '31 mars' is not a session; unnamed successor not in people"),

        mail("bh149", "2027-02-05T13:02", ("Cecilia Ström", "cecilia.strom@ludvika.se"),
             "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till alla fyra träffarna i DalaLab. Jag är översiktsplanerare i Ludvika kommun och ansvarar
för arbetet med vår planeringsstrategi.

Ordföranden i samhällsbyggnadsnämnden, Kjell Andersson, vill också delta, men bara på den första träffen den
3 maj – det är den han har möjlighet att frigöra tid till. Hans e-post är kjell.andersson@ludvika.se.

Vi är alltså två från Ludvika.

Hälsningar
Cecilia Ström
Översiktsplanerare, Ludvika kommun
0240-860 00
""",
             X("register", [P("Cecilia Ström", "cecilia.strom@ludvika.se", "Ludvika kommun"),
                            P("Kjell Andersson", "kjell.andersson@ludvika.se", "Ludvika kommun")], ALL,
               unsure=("each-own-sessions",)),
             "two people with different sessions (sender all four, the nämndordförande only 3 May); message sessions "
             "= the union = all four (call); each-own-sessions flagged"),

        tg("bh150", "2027-02-07T19:05", "Ingrid Mattsson", "1187340562",
           """Hej! Jag sitter i kommunfullmäktige och byggnadsnämnden i Orsa (C). Är DalaLab öppet även för politiker eller är det bara för tjänstepersoner? Och kostar det något?""",
           X("question", [], []),
           "politician asks whether politicians may attend and about cost; no signup -> question, no people"),

        mail("bh151", "2027-02-10T08:20", ("Lotta Engström", "lotta.engstrom@regiondalarna.se"),
             "Avanmälan 29/11 – Maria Nordin",
             """Hej Linnea,

Jag skriver å Marias vägnar. Regionala utvecklingsdirektören Maria Nordin kan tyvärr inte delta på DalaLab-träffen
den 29 november, eftersom regionstyrelsens sammanträde har flyttats till samma dag. Hon deltar som planerat på
övriga träffar.

Tack på förhand!

Lotta Engström
Ledningssekreterare
Regional utveckling, Region Dalarna
023-49 00 00
""",
             X("cancel", [P("Maria Nordin", None, "Region Dalarna")], [S3]),
             "partial cancellation on behalf (secretary not in people); only 29 Nov cancelled, 'övriga' stay; no "
             "address is given for Maria (not guessed from the pattern); organisation from the text"),

        mail("bh152", "2027-02-12T10:40", ("Helén Djurberg", "helen.djurberg@gagnef.se"),
             "Anmälan till DalaLab, Dnr KS 2027/0031",
             """Hej,

På uppdrag av kommunchefen anmäler Gagnefs kommun följande personer till höstens två träffar i DalaLab
(21 september och 29 november 2027):

• Ulla-Britt Sahlin (C), kommunalråd
• Mikael Hedqvist, planarkitekt, mikael.hedqvist@gagnef.se
• Josefin Ärlemalm, miljö- och byggchef, josefin.arlemalm@gagnef.se

Ulla-Britt nås via kommunens växel 0241-150 00 eller på ulla-britt.sahlin@gagnef.se.

Kommunen avser också att delta på vårens träff, men vi återkommer med namn för den så snart det är klart vilka
som har möjlighet.

Dnr KS 2027/0031

Med vänlig hälsning

Helén Djurberg
Kommunsekreterare
Gagnefs kommun
Allmänningsvägen 14, 785 21 Gagnef
""",
             X("register", [P("Ulla-Britt Sahlin", "ulla-britt.sahlin@gagnef.se", "Gagnefs kommun"),
                            P("Mikael Hedqvist", "mikael.hedqvist@gagnef.se", "Gagnefs kommun"),
                            P("Josefin Ärlemalm", "josefin.arlemalm@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "delegation signed up on behalf by the kommunsekreterare (not in people); 'höstens två träffar' = 21 Sep + "
             "29 Nov; the politician's address is on a later line; 'vårens träff' is a future matter, not registered"),

        mail("bh153", "2027-02-15T11:11", ("Daniel Whitfield", "daniel.whitfield@lansstyrelsen.se"),
             "Registration – DalaLab",
             """Dear Linnea,

I'm a planning officer at the County Administrative Board (Länsstyrelsen Dalarna), originally from the UK, and my
manager forwarded me the invitation. My Swedish is still a work in progress, so I hope it's fine to write in English.

I would like to register for the sessions on 3 May and 29 November. I'm afraid 21 September clashes with a
conference in Gothenburg, and I will be on paternity leave in February 2028.

Kind regards,
Daniel Whitfield
Planning Officer | Länsstyrelsen Dalarna
Phone: +46 10 225 03 88
""",
             X("register", [P("Daniel Whitfield", "daniel.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S3]),
             "English signup; 3 May + 29 Nov; 21 September and February 2028 are named only as conflicts"),

        tg("bh154", "2027-02-18T16:30", "Mikael Sund", "6092218875",
           """Tjena! Mikael Sund här, jobbar med VA-planering på Dala Vatten och Avfall (bolaget som ägs av flera av kommunerna). Skulle gärna vara med på alla fyra träffarna om det finns plats för oss på bolagen också. mikael.sund@dalavatten.se""",
           X("register", [P("Mikael Sund", "mikael.sund@dalavatten.se", None)], ALL,
             unsure=("organisation", "intent")),
           "municipally owned company -> organisation null; conditional 'om det finns plats' still read as a signup "
           "(call); 'alla fyra' -> all four; e-mail from the text"),

        mail("bh155", "2027-02-22T13:45", ("Gunnar Rask", "gunnar.rask@mora.se"),
             "SV: Anmälan av deltagare DalaLab – Er ref RD 2026/1187",
             """Hej,

En justering av Mora kommuns anmälan: Karin Lövgren (ordförande i samhällsbyggnadsnämnden) kan på grund av
nämndens sammanträdesplan inte delta på träffarna i september och november. Hon deltar alltså endast den 3 maj
och den 22 februari 2028. Övriga deltagare är oförändrade.

Vår ref: KS 2026/0442

Gunnar Rask
Förvaltningschef
Samhällsbyggnadsförvaltningen, Mora kommun
Tfn 0250-260 00

> Från: Gunnar Rask <gunnar.rask@mora.se>
> Skickat: den 14 december 2026 10:02
> Till: linnea.hassis@regiondalarna.se
> Ämne: Anmälan av deltagare DalaLab – Er ref RD 2026/1187
>
> Med anledning av Region Dalarnas inbjudan daterad 2026-11-26 anmäler Mora kommun härmed följande deltagare
> till lärprojektets samtliga fyra träffar:
>
> 1. Eva Wester, planeringsarkitekt, eva.wester@mora.se
> 2. Johan Persson Krantz, översiktsplanerare, johan.persson-krantz@mora.se
> 3. Karin Lövgren, ordförande i samhällsbyggnadsnämnden, karin.lovgren@mora.se
""",
             X("change", [P("Karin Lövgren", "karin.lovgren@mora.se", "Mora kommun")], [S1, S4],
               unsure=("change-or-cancel",)),
             "change on behalf: sessions after the change = 3 May + 22 Feb; could also be read as cancelling Sep/Nov "
             "(flagged); only Karin is affected, the quoted list's other two are not people; her address comes from "
             "the quoted original (call)"),

        mail("bh156", "2027-02-24T07:30", ("Länsstyrelsen Dalarna", "nyhetsbrev@lansstyrelsen.se"),
             "Samhällsplaneringsnytt Dalarna nr 1/2027",
             """SAMHÄLLSPLANERINGSNYTT DALARNA – NR 1/2027
Nyhetsbrev från Länsstyrelsen Dalarna till kommunernas planerare och byggnadsnämnder

I detta nummer:

* Länsgemensamt planeringsnätverk 3 maj – hålls i år i samband med Region Dalarnas DalaLab i Falun.
  Anmäl dig till nätverksträffen via vår webbplats senast 1 april.
* Boverket har publicerat ny vägledning om planeringsstrategier enligt PBL 3 kap.
* Sista dag för synpunkter på den regionala vattenförsörjningsplanen är 21 september 2027.
* Klimatanpassning: nya skyfallskarteringar för Falun, Borlänge och Ludvika finns nu i Planeringsunderlagskartan.

Läs hela nyhetsbrevet på www.lansstyrelsen.se/dalarna/nyhetsbrev

Du får det här nyhetsbrevet eftersom du prenumererar på Samhällsplaneringsnytt Dalarna.
Avsluta prenumerationen: www.lansstyrelsen.se/dalarna/avsluta
Länsstyrelsen Dalarna, 791 84 Falun, 010-225 00 00
""",
             X("unknown", [], []),
             "newsletter from Länsstyrelsen: '3 maj', 'DalaLab', 'anmäl dig' and '21 september' all appear but it is "
             "bulk mail, no request -> unknown (not auto_reply, not register)"),

        mail("bh157", "2027-02-26T10:03", ("Hedemora kommun Registrator", "registrator@hedemora.se"),
             "Mottagningsbekräftelse: SV: Inbjudan till DalaLab",
             """Detta är ett automatiskt svar.

Tack för ditt meddelande till Hedemora kommun. Ditt e-postmeddelande har kommit in och kommer att hanteras av
kommunens registratur. Allmänna handlingar diarieförs normalt inom två arbetsdagar.

Observera att e-post som kommer in efter kl. 16.00 eller under helgdag hanteras nästa arbetsdag. Kommunens växel
har öppet vardagar 08.00–16.00, tfn 0225-340 00.

Det här meddelandet går inte att svara på.

Hedemora kommun
Kommunledningskontoret
776 28 Hedemora
""",
             X("auto_reply", [], []),
             "automatic receipt from a municipal registry (registrator@), says 'automatiskt svar'; no auto headers "
             "available -> auto_reply from text and subject; times and phone numbers only"),

        tg("bh158", "2027-03-01T20:48", "Stefan Bergh", "5577120394",
           """Hej Linnea! Stefan Bergh, kommunalråd i Falun (M). Sandra på stadsbyggnad sa att politiker är välkomna 👍 Anmäl mig och min politiska sekreterare Jonna Ek till första och sista träffen. Ingen specialkost för någon av oss.""",
           X("register", [P("Stefan Bergh", None, "Falu kommun"), P("Jonna Ek", None, "Falu kommun")], [S1, S4]),
           "kommunalråd signs up himself and his political secretary; 'första och sista' = 3 May + 22 Feb; Jonna "
           "gets Falu kommun from context (call); Sandra is context only; 'ingen specialkost' -> diet null"),

        mail("bh159", "2027-03-03T09:17", ("Wahlberg Tobias", "tobias.wahlberg@avesta.se"),
             "SV: Påminnelse: Anmälan till DalaLab senast 14 april",
             """Hej,

Jag anmäler mig härmed till DalaLab, men bara till den 21 sept och den 22 feb - i maj har vi samråd för den
fördjupade översiktsplanen för Krylbo och i november är jag på kurs.

/Tobias

Tobias Wahlberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
Box 501, 774 81 Avesta
Tfn 0226-64 50 00

________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 mars 2027 08:00
Till: Wahlberg Tobias <tobias.wahlberg@avesta.se>
Ämne: Påminnelse: Anmälan till DalaLab senast 14 april

Hej!

En påminnelse om att sista dag för anmälan till DalaLab är onsdag 14 april 2027.
Träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028.
Om du inte anger några datum räknar vi med att du deltar på alla fyra.

Linnea Hassis, Region Dalarna
""",
             X("register", [P("Tobias Wahlberg", "tobias.wahlberg@avesta.se", "Avesta kommun")], [S2, S4]),
             "reply to the reminder; '21 sept och 22 feb' only; May and November named as conflicts; surname-first "
             "display name; quoted reminder lists all four dates and the deadline"),

        mail("bh160", "2027-03-05T14:22", ("Fredrik Lövström", "fredrik.lovstrom@regiondalarna.se"),
             "DalaLab – hur många från regionen?",
             """Hej Linnea,

En snabb fråga innan jag pratar med min enhet: gäller begränsningen till tre personer även för oss på regionen,
eller bara för kommunerna? Vi är fem på samhällsplanering som är intresserade, plus att kollektivtrafikförvaltningen
kanske vill skicka någon.

Och får man dela på en plats, så att olika personer går på olika träffar?

/Fredrik

Fredrik Lövström
Utvecklingsledare
Region Dalarna
""",
             X("question", [], []),
             "internal question from Region Dalarna about the quota and sharing places; no signup yet"),

        mail("bh161", "2027-03-08T15:55", ("Roger Bäckman", "roger.backman@malung-salen.se"),
             "Återkallande av anmälan - DalaLab",
             """Hej,

Malung-Sälens kommun har, efter beslut i kommunledningsgruppen 2027-03-08, beslutat att inte delta i DalaLab
under 2027-2028 till följd av den ansträngda personalsituationen på samhällsbyggnadsförvaltningen.

Vi återkallar därför anmälan för våra tre deltagare:
- Therese Ljung, planchef
- Andreas Eriksson, planarkitekt
- Kristoffer Dahl, GIS-ingenjör

Vi hoppas kunna delta i ett senare skede och tackar för inbjudan.

Med vänlig hälsning

Roger Bäckman
Kommunchef
Malung-Sälens kommun
Box 14, 782 21 Malung
Tel. 0280-181 00
""",
             X("cancel", [P("Therese Ljung", None, "Malung-Sälens kommun"),
                          P("Andreas Eriksson", None, "Malung-Sälens kommun"),
                          P("Kristoffer Dahl", None, "Malung-Sälens kommun")], ALL),
             "kommunchef withdraws the whole delegation (sender not in people); no session named -> all four; "
             "'2027-03-08' and '2027-2028' are not sessions; iso-8859-1 body",
             charset="iso-8859-1"),

        tg("bh162", "2027-03-10T12:15", "Ingela Rosén", "7014453388",
           """Hej! Ingela Rosén på Länsstyrelsen här. Jag är anmäld till alla fyra träffarna sen i januari. Vill bara meddela att jag har blivit vegan sen dess 🌱 så ingen mjölk eller ägg i fikat för min del tack""",
           X("change", [P("Ingela Rosén", None, "Länsstyrelsen Dalarna")], ALL, diet="vegan"),
           "diet update for an existing signup -> change; sessions = the ones she says she holds (all four); "
           "'Länsstyrelsen' -> Länsstyrelsen Dalarna"),

        mail("bh163", "2027-03-12T11:30", ("Anneli Hammar", "anneli.hammar@rattvik.se"),
             "Anmälan DalaLab från Rättviks kommun (dnr 2027/00187)",
             """Hej Linnea!

Härmed anmäler Rättviks kommun följande deltagare till DalaLab - Planering för hållbarhet och utvecklingskraft:

Namn: Anneli Hammar (undertecknad)
Funktion: Planeringsstrateg
E-post: anneli.hammar@rattvik.se

Namn: Bo Ersson
Funktion: Ordförande, bygg- och miljönämnden
E-post: bo.ersson@rattvik.se
Specialkost: glutenfri

Namn: Tilda Moberg
Funktion: Planarkitekt
E-post: tilda.moberg@rattvik.se

Vi deltar på samtliga träffar.

Vänliga hälsningar
Anneli Hammar
Planeringsstrateg
Kommunledningskontoret
Rättviks kommun
Riksvägen 40, 795 80 Rättvik
Tel. 0248-700 00
Dnr 2027/00187
""",
             X("register", [P("Anneli Hammar", "anneli.hammar@rattvik.se", "Rättviks kommun"),
                            P("Bo Ersson", "bo.ersson@rattvik.se", "Rättviks kommun", diet="glutenfri"),
                            P("Tilda Moberg", "tilda.moberg@rattvik.se", "Rättviks kommun")], ALL, diet="glutenfri"),
             "form-like delegation incl. the sender ('undertecknad'); 'samtliga träffar' -> all four; one diet for "
             "the nämndordförande; dnr and address numbers are not dates; windows-1252 body",
             charset="windows-1252"),

        mail("bh164", "2027-03-16T16:05", ("Malin Bergkvist", "malin.bergkvist@orsa.se"),
             "Anmälan",
             """Hej,

Jag anmäler mig till DalaLab, alla fyra gångerna. Vårt kommunalråd Hans Grönlund (hans.gronlund@orsa.se) vill
också gärna följa med – han har förstått att politiker är välkomna. Anmäl honom till samma träffar som mig.

Jag äter vegetariskt, Hans har ingen specialkost.

Malin Bergkvist
Samhällsplanerare
Orsa kommun
Box 23, 794 21 Orsa
Tel 0250-55 21 00

Skickat från Outlook för iOS
""",
             X("register", [P("Malin Bergkvist", "malin.bergkvist@orsa.se", "Orsa kommun", diet="vegetarisk"),
                            P("Hans Grönlund", "hans.gronlund@orsa.se", "Orsa kommun")], ALL, diet="vegetarisk"),
             "self + kommunalråd; 'samma träffar som mig' = all four; only the sender's diet (vegetariskt -> "
             "vegetarisk), Hans none"),

        mail("bh165", "2027-03-18T22:40", ("Sophie Lang", "sophie.lang@atlasurban.de"),
             "Request to delete my personal data",
             """Hello,

Back in December I registered for the DalaLab programme while I was working on a project for Falun municipality.
That assignment has now ended, and I would like you to delete all personal data you hold about me (name, e-mail
address, organisation and any dietary information) under Article 17 GDPR. Please also remove me from any mailing
lists related to the programme.

A short confirmation would be appreciated.

Best regards,
Sophie Lang
Senior Urban Planner
Atlas Urban GmbH | Torstraße 109, 10119 Berlin
+49 30 2345 6780
""",
             X("erasure", [P("Sophie Lang", "sophie.lang@atlasurban.de", None)], []),
             "English GDPR erasure from a foreign consultant; the Falun project is context -> organisation null"),

        tg("bh166", "2027-03-19T08:02", "Leif Dahlberg", "1320985517",
           """Hej, Leif Dahlberg ordf byggnadsnämnden Älvdalen. Kan tyvärr inte komma 3 maj, krockar med fullmäktige. Övriga träffar står kvar""",
           X("cancel", [P("Leif Dahlberg", None, "Älvdalens kommun")], [S1]),
           "nämndordförande cancels one session; 'övriga står kvar' -> only 3 May cancelled"),

        mail("bh167", "2027-03-22T10:12", ("Viktoria Ljungqvist", "viktoria.ljungqvist@falun.se"),
             "Ändring av anmälan DalaLab – vår ref SBF 2027/118",
             """Hej,

Jag är anmäld till DalaLab den 3 maj och den 21 september. Jag skulle vilja byta ut septemberträffen mot träffen
den 29 november i stället, eftersom vi har planberedning 21/9. Maj står kvar som tidigare.

Vår ref: SBF 2027/118

Med vänliga hälsningar

Viktoria Ljungqvist
Planarkitekt
Stadsbyggnadsförvaltningen
Falu kommun
791 83 Falun
023-83 000
""",
             X("change", [P("Viktoria Ljungqvist", "viktoria.ljungqvist@falun.se", "Falu kommun")], [S1, S3]),
             "session swap: registered 3 May + 21 Sep, swaps September for 29 Nov -> after the change 3 May + 29 Nov; "
             "'21/9' appears twice as the dropped date"),

        mail("bh168", "2027-03-24T13:50", ("Patrik Nordahl", "patrik.nordahl@smedjebacken.se"),
             "Anmälan DalaLab Smedjebacken",
             """Hej Linnea,

Tack för samtalet den 12 januari. Som vi pratade om anmäler jag härmed mig själv och min kollega Elsa Bodin
(elsa.bodin@smedjebacken.se) till träffen i maj. Vi har båda semester i juli–augusti och hösten är redan
fullbokad med samrådet om ÖP 2040, så vi väntar med de senare träffarna.

Bo Lindh, vårt kommunalråd, har anmält sig själv tidigare.

Dnr KS 2027/14

Hälsningar
Patrik Nordahl
Planchef, Smedjebackens kommun
Box 500, 777 81 Smedjebacken
0240-66 00 00
""",
             X("register", [P("Patrik Nordahl", "patrik.nordahl@smedjebacken.se", "Smedjebackens kommun"),
                            P("Elsa Bodin", "elsa.bodin@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "self + colleague; 'träffen i maj' = 3 May only; 'ÖP 2040', '12 januari', 'juli–augusti' are not sessions; "
             "the kommunalråd already registered is context, not in people"),

        tg("bh169", "2027-03-26T17:20", "Karl-Johan Eng", "8120476633",
           """Hi! I'm a self-employed planning consultant (Eng Planning & Analys) working with several of the Dala municipalities on their comprehensive plans. Could you please register me for all the DalaLab sessions? My email is kj@engplanning.se. Thanks!""",
           X("register", [P("Karl-Johan Eng", "kj@engplanning.se", None)], ALL),
           "English Telegram signup by a self-employed consultant -> organisation null; 'all sessions' -> all four; "
           "e-mail from the text"),

        mail("bh170", "2027-03-29T09:00", ("Anna Wikander", "anna.wikander@regiondalarna.se"),
             "Automatic reply: DalaLab – confirmation of your registration",
             """Thank you for your e-mail. I am on parental leave until 22 February 2028 and will not be reading my
e-mail during this period. For questions about regional planning, please contact samhallsplanering@regiondalarna.se
or the switchboard, +46 23 49 00 00.

Tack för ditt mejl. Jag är föräldraledig till och med 22 februari 2028 och läser inte min e-post. Vid frågor om
regional planering, kontakta samhallsplanering@regiondalarna.se eller växeln 023-49 00 00.

Anna Wikander
Region Dalarna
""",
             X("auto_reply", [], []),
             "bilingual out-of-office from Region Dalarna; '22 February 2028' is exactly a session date but it is the "
             "end of leave -> auto_reply, no sessions"),

        tg("bh171", "2027-03-30T21:55", "Per-Olof Nyström", "2290318847",
           """Påminnelse KS-gruppen (S) Orsa: gruppmöte måndag kl 19.00 i Folkets hus inför KS 13 april. Ärende 7 (budgetramar 2028) och ärende 12 (detaljplan Hansjö) ska vi diskutera. Ta med läsplattan!""",
           X("unknown", [], []),
           "a politician's party-group reminder pasted into the wrong chat; nothing about DalaLab -> unknown; "
           "'måndag', '13 april', '2028' are not sessions"),

        tg("bh172", "2027-04-01T11:08", "Tove Sundberg", "5409962281",
           """Hej! Tove Sundberg, nämndsekreterare på Borlänge kommun. Jag fick ert anmälningsmejl vidarebefordrat och la in mina uppgifter här i boten av misstag. Jag ska inte delta – vänligen radera alla mina uppgifter enligt GDPR. Tack!""",
           X("erasure", [P("Tove Sundberg", None, "Borlänge kommun")], []),
           "erasure via Telegram; 'ska inte delta' is part of the erasure, not a separate cancel; org from the text"),

        tg("bh173", "2027-04-02T06:45", "Sven N", "6645021190",
           """hej anmäl mig tll dalalab alla träffarna. e planerare på vansbro kommun. äter vegetariskt. /sven norling""",
           X("register", [P("Sven Norling", None, "Vansbro kommun")], ALL, diet="vegetarisk"),
           "lower-case phone-style signup with typos; full name from the sign-off ('sven norling'), display name is "
           "abbreviated; 'alla träffarna' -> all four; 'vegetariskt' -> vegetarisk"),

        mail("bh174", "2027-04-05T14:30", ("Lena Grip", "lena.grip@hedemora.se"),
             "Avanmälan hösten - Jonas Sahlberg",
             """Hej,

Jonas Sahlberg (jonas.sahlberg@hedemora.se) på vår planavdelning är tjänstledig under hösten och kan därför inte
delta den 21/9 och 29/11. Stryk honom från de två träffarna. Han deltar den 3 maj och, om allt går som planerat,
även i februari 2028.

Hälsningar
Lena Grip
Plan- och byggchef
Hedemora kommun
Tfn 0225-340 00
""",
             X("cancel", [P("Jonas Sahlberg", "jonas.sahlberg@hedemora.se", "Hedemora kommun")], [S2, S3],
               unsure=("change-or-cancel",)),
             "manager cancels two sessions for a colleague (sender not in people); cancelled = 21/9 + 29/11; the "
             "sessions he keeps are mentioned but not cancelled; iso-8859-1 body",
             charset="iso-8859-1"),

        tg("bh175", "2027-04-06T10:25", "Johanna Alm", "7752190336",
           """Hej! Anmäler mig + kollegan Amanda Persson (vi är båda på Region Dalarna, enheten för hållbar utveckling) till 3/5. Amanda behöver laktosfritt, jag äter allt 😊""",
           X("register", [P("Johanna Alm", None, "Region Dalarna"),
                          P("Amanda Persson", None, "Region Dalarna", diet="laktosfri")], [S1], diet="laktosfri"),
           "sender + colleague, both Region Dalarna; '3/5' = 3 May; the colleague's diet only ('jag äter allt')"),

        mail("bh176", "2027-04-07T09:48", ("Karlsson Ulrika", "ulrika.karlsson@lansstyrelsen.se"),
             "Frågor inför DalaLab",
             """Hej Linnea,

Ett par frågor från oss på Länsstyrelsen:

– Ser ni oss som deltagare eller mer som medarrangör? Vi vill inte ta platser från kommunerna, och vi har en del
  att bidra med kring bland annat riksintressen och klimatanpassning.
– Går det att delta digitalt på någon av träffarna, t.ex. den 29 november?
– Vilken lokal i Falun är det den 3 maj?

Med vänlig hälsning
Ulrika Karlsson
Enhetschef, Länsstyrelsen Dalarna
010-225 03 17
""",
             X("question", [], []),
             "questions about Länsstyrelsen's role, digital attendance and the venue; dates are inside questions -> "
             "no sessions, no people"),

        mail("bh177", "2027-04-08T15:15", ("Mats Ollas", "mats.ollas@alvdalen.se"),
             "Anmälan av medarbetare – DalaLab",
             """Hej,

Jag vill anmäla vår nyanställda planarkitekt Ronja Wiik, ronja.wiik@alvdalen.se, till DalaLab-träffen den 21/9.
Hon börjar hos oss 1 juni och hinner därför inte till majträffen. Beroende på hur hösten ser ut kan hon kanske
även gå på någon av de senare träffarna, men anmäl henne tills vidare bara till september.

Själv är jag redan anmäld till alla fyra sedan tidigare.

Mvh
Mats Ollas
Samhällsbyggnadschef
Älvdalens kommun
Dalgatan 2, 796 80 Älvdalen
0251-310 00
Semester v. 28–31
""",
             X("register", [P("Ronja Wiik", "ronja.wiik@alvdalen.se", "Älvdalens kommun")], [S2]),
             "manager signs up a new colleague for 21/9 only; he is already registered (context, not in people); "
             "'1 juni', 'v. 28–31' not sessions; 'kanske ... senare träffarna' not registered"),

        tg("bh178", "2027-04-09T13:40", "Jenny Nordqvist", "1904457720",
           """Hej! Jenny Nordqvist, Ludvika kommun. Jag kan inte gå på träffen 21 september längre 😕 min kollega Sofie Björk går istället för mig. Resten av mina träffar är som förut.""",
           X("change", [P("Jenny Nordqvist", None, "Ludvika kommun"), P("Sofie Björk", None, "Ludvika kommun")],
             [S2]),
           "substitution for one session: Jenny out, Sofie in on 21 Sep; people lists both; sessions = what the "
           "substitute takes; Jenny's other sessions are unnamed and unchanged"),

        tg("bh179", "2027-04-10T08:30", "Göran Wallén", "3318860245",
           """God morgon! Göran Wallén (KD), ordförande i byggnadsnämnden i Borlänge. Vill anmäla mig till träffen om att planera för önskvärda framtider och osäkerheter, den verkar mest relevant för nämnden. Mejl: goran.wallen@borlange.se""",
           X("register", [P("Göran Wallén", "goran.wallen@borlange.se", "Borlänge kommun")], [S3]),
           "session named by its theme only ('önskvärda framtider och osäkerheter' = 29 Nov); politician; e-mail "
           "from the text"),

        mail("bh180", "2027-04-09T16:55", ("Nathalie Berg", "nathalie.berg@avesta.se"),
             "Anmälan KSO + undertecknad till DalaLab",
             """Hej Linnea,

Kommunstyrelsens ordförande Birgitta Lönn vill delta i DalaLab och har bett mig anmäla henne till samtliga träffar.
Anmäl gärna även mig till samma träffar, så följer jag med som stöd och tar anteckningar till KS-beredningen.

Birgitta är allergisk mot nötter.

Tack på förhand och trevlig helg!

Nathalie Berg
Politisk samordnare
Kommunledningskontoret
Avesta kommun
Box 501, 774 81 Avesta
0226-64 50 00
""",
             X("register", [P("Birgitta Lönn", None, "Avesta kommun", diet="nötallergi"),
                            P("Nathalie Berg", "nathalie.berg@avesta.se", "Avesta kommun")], ALL, diet="nötallergi"),
             "assistant signs up the KSO and herself ('anmäl även mig'); 'samtliga träffar' -> all four; the KSO has "
             "no address; 'allergisk mot nötter' -> nötallergi for Birgitta only"),
    ]
