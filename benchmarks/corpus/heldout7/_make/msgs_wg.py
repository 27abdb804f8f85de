from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer "wg": odd formats and clients (HTML signatures with alt text, safe links, mobile autocorrect, all caps,
# empty / whole-message subjects, pasted web forms, bullets, emoji, inline answers, legacy charsets, long lines,
# bilingual signatures, shared mailboxes, vCards, Telegram with pasted forwards).


def messages():
    return [
        # ------------------------------------------------------------------ w091
        mail("w091", "2026-12-02T08:47:00", ("Lina Persson-Wahlgren", "lina.persson-wahlgren@falun.se"),
             "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV" style="word-wrap:break-word">
<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag vill anm&auml;la mig till DalaLab. Jag kommer p&aring; f&ouml;rsta tr&auml;ffen den 3 maj och p&aring; den om os&auml;kerheter (&rdquo;Att planera b&aring;de f&ouml;r &ouml;nskv&auml;rda framtider och f&ouml;r os&auml;kerheter&rdquo;). De andra tv&aring; krockar tyv&auml;rr med v&aring;ra n&auml;mndsm&ouml;ten.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Tack p&aring; f&ouml;rhand!</p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar</p>
<table border="0" cellpadding="0" cellspacing="0"><tr>
<td valign="top" style="padding-right:12px"><img width="120" height="48" src="cid:image001.png@01DB4F2A.5C3E8D10" alt="Falu kommun – logotyp med stadsvapnet"></td>
<td valign="top"><b><span style="color:#00539B">Lina Persson-Wahlgren</span></b><br>
Översiktsplanerare<br>
Samhällsbyggnadsförvaltningen<br>
Falu kommun<br>
Tel 023-83 000 (vx)<br>
<a href="mailto:lina.persson-wahlgren@falun.se">lina.persson-wahlgren@falun.se</a></td>
</tr></table>
<p class="MsoNormal"><img src="cid:image002.png@01DB4F2A.5C3E8D10" alt="Följ oss på Facebook" width="20">&nbsp;<img src="cid:image003.png@01DB4F2A.5C3E8D10" alt="Instagram" width="20">&nbsp;<img src="cid:image004.png@01DB4F2A.5C3E8D10" alt="Falun – Vasaloppsstaden. Skid-VM-minnen sedan 1954, 1974, 1993 och 2015" width="300"></p>
<p class="MsoNormal"><span style="font-size:8pt;color:#888888">När du skickar e-post till Falu kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på falun.se/personuppgifter.</span></p>
</div></body></html>""",
             X("register", [P("Lina Persson-Wahlgren", "lina.persson-wahlgren@falun.se", "Falu kommun")], [S1, S3]),
             "HTML-only Outlook mail with entities; '3 maj' + the session named by its theme (osäkerheter) = 29 Nov; "
             "signature logo/banner alt texts carry years that are not sessions",
             html=True),

        # ------------------------------------------------------------------ w092
        mail("w092", "2026-12-02T15:31:00", ("Ahlqvist Johan", "johan.ahlqvist@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Jag anmäler mig gärna till hela lärprojektet, dvs. samtliga träffar. Såg att programmet redan ligger ute <https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.regiondalarna.se%2Fdalalab%2Fprogram-2027-2028&data=05%7C02%7Cjohan.ahlqvist%40borlange.se%7C3f9a0c2e1d4b4f7a8e6c08dd1a2b3c4d%7C8d2e1f3a9b7c4e5d8a1b2c3d4e5f6071%7C0%7C0%7C638687521203345917%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C&sdata=Qm9yTGFuZ2VLb21tdW4lMkZwbGFuMjAyNw%3D%3D&reserved=0> – bra upplägg!

Johan Ahlqvist
Planeringsstrateg
Borlänge kommun
Tel: 0243-74 00 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 14:02
Till: Planerare Dalarna <planerare-dalarna@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunala och regionala planerare till lärprojektet DalaLab om strategisk översiktsplanering och planeringsstrategier. Varje kommun kan delta med upp till tre personer.

Träffar:
  *   3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
  *   21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  *   29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  *   22 februari 2028 – Planera för tillgänglighet

Anmälan senast 14 april 2027 via <https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.regiondalarna.se%2Fdalalab%2Fanmalan%3Fdatum%3D2027-05-03&data=05%7C02%7C%7C9b1c2d3e4f5a4b6c7d8e08dd1a2b3c4d%7C0%7C0%7C638687464801234567%7CUnknown&sdata=YW5tYWxhbg%3D%3D&reserved=0> eller till mig per mejl.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Johan Ahlqvist", "johan.ahlqvist@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply with long safelinks.protection.outlook.com URLs (encoded dates and GUID-like digits, one "
             "with datum=2027-05-03); 'samtliga träffar' = all; surname-first display name; quoted invitation lists all dates"),

        # ------------------------------------------------------------------ w093
        mail("w093", "2027-01-09T22:14:00", ("Sandra Lööf", "sandra.loof@gagnef.se"), "Dalalabb",
             """Hej Linnea!
Jag vill anmäla mug till Dalalabb, träffarna 3 maj och 21 sept. Jag är vegan så inget kött, mjölk eller ägg på fiskat tack 🙏

Hälsningar Sandra
Gagnef kommun

Skickat från min Galaxy""",
             X("register", [P("Sandra Lööf", "sandra.loof@gagnef.se", "Gagnefs kommun", diet="vegan")], [S1, S2],
               diet="vegan"),
             "phone mail with autocorrect slips ('anmäla mug', 'fiskat' for fikat, 'Dalalabb'); name from display "
             "name (signs first name only); 'Gagnef kommun' -> Gagnefs kommun"),

        # ------------------------------------------------------------------ w094
        mail("w094", "2027-02-16T07:05:00", ("GÖRAN WIKSTRÖM", "goran.wikstrom@ludvika.se"), "ANMÄLAN DALALAB",
             """HEJ LINNEA

ANMÄLER HÄRMED MIG SJÄLV OCH PER-OLOF BÄCK TILL DALALAB. VI KOMMER PÅ ALLA FYRA TRÄFFARNA.
PER-OLOFS MEJL ÄR PER-OLOF.BACK@LUDVIKA.SE

HÄLSNINGAR
GÖRAN WIKSTRÖM
SAMHÄLLSBYGGNADSCHEF
LUDVIKA KOMMUN
TEL 0240-860 00
""",
             X("register", [P("Göran Wikström", "goran.wikstrom@ludvika.se", "Ludvika kommun"),
                            P("Per-Olof Bäck", "per-olof.back@ludvika.se", "Ludvika kommun")], ALL),
             "everything in capitals (subject, body, display name, colleague's address); names labelled in normal "
             "case, address lower-cased; 'alla fyra träffarna'"),

        # ------------------------------------------------------------------ w095
        mail("w095", "2027-03-02T13:40:00", ("Nils-Erik Holm", "nilserik.holm@sater.se"), "",
             """Anmäl mig till 29/11 och 22/2, tack.

Nils-Erik Holm
Säters kommun

Skickat från Outlook för Android""",
             X("register", [P("Nils-Erik Holm", "nilserik.holm@sater.se", "Säters kommun")], [S3, S4]),
             "empty Subject header; one-line body with numeric day/month dates; no event name at all"),

        # ------------------------------------------------------------------ w096
        mail("w096", "2027-01-12T12:02:00", ("Fatima Al-Sayed", "fatima.alsayed@avesta.se"),
             "Hej! Fatima Al-Sayed, Avesta kommun, anmäler sig till DalaLab (alla träffar). Tack!",
             """

--
Fatima Al-Sayed
Miljö- och byggplanerare | Avesta kommun
0226-64 50 00
""",
             X("register", [P("Fatima Al-Sayed", "fatima.alsayed@avesta.se", "Avesta kommun")], ALL),
             "the whole request is in the Subject; the body is only the automatic signature"),

        # ------------------------------------------------------------------ w097
        mail("w097", "2027-01-21T10:36:00", ("Emil Strandberg", "emil.strandberg@leksand.se"),
             "Anmälan (formuläret funkade inte)",
             """Hej, formuläret på er webbsida gav bara ett felmeddelande när jag klickade på Skicka, så jag klistrar in det här istället:

Namn: Emil Strandberg
Organisation: Leksands kommun
E-post: emil.strandberg@leksand.se
Telefon: 0247-802 00
Befattning: Planarkitekt
Träffar: [x] 3 maj  [ ] 21 sept  [x] 29 nov  [ ] 22 feb
Specialkost: [x] Vegetarisk  [ ] Vegan  [ ] Glutenfri  [ ] Laktosfri   Övrigt: ____________
Jag godkänner att mina uppgifter sparas: [x]
[ Skicka ]

Felmeddelande: "Error 502 – Bad Gateway (ref 20270121-1029)"

/Emil""",
             X("register", [P("Emil Strandberg", "emil.strandberg@leksand.se", "Leksands kommun", diet="vegetarisk")],
               [S1, S3], diet="vegetarisk"),
             "web form pasted as text with [x]/[ ] checkboxes for sessions and diet; only ticked boxes count; "
             "error reference holds a date-like number"),

        # ------------------------------------------------------------------ w098
        mail("w098", "2026-12-14T11:20:00", ("Samhällsbyggnad Orsa", "samhallsbyggnad@orsa.se"),
             "Anmälan till DalaLab – två medarbetare",
             """Hej,

På uppdrag av förvaltningschefen anmäler vi följande två medarbetare till DalaLab – samtliga träffar:

Anton Lindh, planarkitekt, anton.lindh@orsa.se
Rebecka Olsson, GIS-samordnare, rebecka.olsson@orsa.se

Bekräftelsen skickas gärna direkt till dem, med kopia till den här funktionsbrevlådan.

Hälsningar
Kerstin Mård
administratör

Samhällsbyggnadsförvaltningen, Orsa kommun
Funktionsbrevlåda – bevakas vardagar 8–16
""",
             X("register", [P("Anton Lindh", "anton.lindh@orsa.se", "Orsa kommun"),
                            P("Rebecka Olsson", "rebecka.olsson@orsa.se", "Orsa kommun")], ALL),
             "shared mailbox (functional address) signed by an administrator who only writes for others -> she and "
             "the mailbox are not people; 'samtliga träffar'"),

        # ------------------------------------------------------------------ w099
        mail("w099", "2027-02-03T15:55:00", ("Henrik Sääf", "henrik.saaf@mora.se"), "DalaLab – anmälan Mora (2 pers)",
             """Hej!

Kort och gott:
• Vilka: jag själv + min kollega Li Zhang (li.zhang@mora.se)
• Organisation: Mora kommun, plan- och byggavdelningen
• Träffar: höstens två, dvs. 21/9 och 29/11
• Kost: Li är glutenintolerant, jag äter allt
• Faktura: ref. 4410-PLAN (om det nu kostar något?)

Tack!
Henrik Sääf
""",
             X("register", [P("Henrik Sääf", "henrik.saaf@mora.se", "Mora kommun"),
                            P("Li Zhang", "li.zhang@mora.se", "Mora kommun", diet="glutenintolerant")],
               [S2, S3], diet="glutenintolerant"),
             "bullet-point mail; sender + colleague; 'höstens två' spelled out as dates; diet belongs to the colleague; "
             "invoice reference digits; side question about cost does not change the intent"),

        # ------------------------------------------------------------------ w100
        tg("w100", "2027-01-03T19:42:00", "Jonna Kvist", 7302114,
           "Hej 👋 anmäler mig till DalaLab 🙌 alla 4 träffarna ✅✅✅✅ /Jonna, Rättviks kommun 🌲",
           X("register", [P("Jonna Kvist", None, "Rättviks kommun")], ALL),
           "Telegram with many emoji; 'alla 4 träffarna'; full name from the sender display name"),

        # ------------------------------------------------------------------ w101
        mail("w101", "2027-02-22T09:03:00", ("Mikael Öhrn", "mikael.ohrn@smedjebacken.se"),
             "SV: Din intresseanmälan till DalaLab",
             """Hej, svar inline nedan (markerade med >>).
/Micke

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 18 februari 2027 16:12
Till: Mikael Öhrn <mikael.ohrn@smedjebacken.se>
Ämne: Din intresseanmälan till DalaLab

Hej Mikael,

Tack för ditt intresse! För att jag ska kunna registrera dig behöver jag några uppgifter:

1. Vilka av träffarna vill du delta i (3 maj, 21 september, 29 november, 22 februari)?
>> Alla utom den i november, den dagen har vi budgetdag.

2. Har du några kostönskemål?
>> Laktosfri, tack.

3. Vilken organisation/förvaltning tillhör du?
>> Smedjebackens kommun, sektor samhällsbyggnad

Vänliga hälsningar
Linnea Hassis
Region Dalarna
""",
             X("register", [P("Mikael Öhrn", "mikael.ohrn@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosfri")], [S1, S2, S4], diet="laktosfri"),
             "answers written inside the quoted organiser mail (Outlook, no > quoting; answers marked >>); the "
             "question lists all four dates, the answer 'alla utom den i november' = three; signs with nickname"),

        # ------------------------------------------------------------------ w102
        mail("w102", "2027-03-09T14:18:00", ("Åsa Mörk", "asa.mork@alvdalen.se"), "Anmälan till DalaLab",
             """Hej Linnea!

Jag skulle vilja anmäla mig till de två första träffarna i DalaLab (maj och september). På vintern är det svårt för mig att ta mig ner till Falun, så november och februari får bli en annan gång.

Med vänlig hälsning

Åsa Mörk
Planeringsarkitekt
Älvdalens kommun
Dalgatan 5, 796 30 Älvdalen
Tfn 0251-310 00
""",
             X("register", [P("Åsa Mörk", "asa.mork@alvdalen.se", "Älvdalens kommun")], [S1, S2]),
             "iso-8859-1 quoted-printable body and encoded-word headers; 'de två första (maj och september)'; the "
             "excluded months are named too; postcode and phone",
             charset="iso-8859-1"),

        # ------------------------------------------------------------------ w103
        mail("w103", "2027-04-06T16:33:00", ("Tove Hedin", "tove.hedin@malung-salen.se"),
             "Anmälan – ”Planera för tillgänglighet”",
             """Hej,

Jag jobbar med vår trafikstrategi och vill gärna gå på träffen ”Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet”. Bara den, övriga är inte aktuella för mig.

Vänligen
Tove Hedin
Trafikplanerare – Malung-Sälens kommun
Box 14 – 782 21 Malung
”Vi bygger fjällvärldens mest tillgängliga kommun”
""",
             X("register", [P("Tove Hedin", "tove.hedin@malung-salen.se", "Malung-Sälens kommun")], [S4]),
             "windows-1252 body with curly quotes and en dashes (=94/=96); session named only by its full title "
             "(no date) -> 22 Feb 2028",
             charset="windows-1252"),

        # ------------------------------------------------------------------ w104
        mail("w104", "2026-12-18T23:51:00", ("Kristoffer Lundmark", "kristoffer.lundmark@hedemora.se"), "DalaLab",
             """Hej Linnea, jag har läst inbjudan till DalaLab och pratat med min chef och vi tycker att det här passar perfekt nu när vi precis har påbörjat arbetet med en ny översiktsplan för Hedemora kommun (vi räknar med samråd någon gång 2028 och antagande 2029 om allt går som det ska, vilket det sällan gör), så jag anmäler härmed mig själv (Kristoffer Lundmark), vår översiktsplanerare Hanna Ek (hanna.ek@hedemora.se) och vår nyanställda samhällsplanerare Dragan Petrović (dragan.petrovic@hedemora.se) till samtliga fyra träffar i lärprojektet, och om det serveras lunch så kan jag nämna att Dragan äter halal medan Hanna och jag äter allt, och om ni behöver fakturauppgifter eller något annat så hör av dig bara, jag sitter för det mesta på kontoret på Stationsgatan 7 eller nås på 0225-341 00 mellan 8 och 17.

Mvh Kristoffer
""",
             X("register", [P("Kristoffer Lundmark", "kristoffer.lundmark@hedemora.se", "Hedemora kommun"),
                            P("Hanna Ek", "hanna.ek@hedemora.se", "Hedemora kommun"),
                            P("Dragan Petrović", "dragan.petrovic@hedemora.se", "Hedemora kommun", diet="halal")],
               ALL, diet="halal"),
             "one very long line (~900 chars) with three people, diet for one of them, years 2028/2029 and "
             "clock times that are not sessions; sent near midnight"),

        # ------------------------------------------------------------------ w105
        mail("w105", "2027-01-27T08:12:00", ("Daniel Whitfield", "daniel.whitfield@regiondalarna.se"),
             "DalaLab registration",
             """Hi Linnea,

Please register me for the 3 May and 29 November sessions. I'm still learning Swedish, so any material in English is appreciated, but I follow fine in meetings.

Thanks!

Med vänliga hälsningar / Kind regards

Daniel Whitfield
Regional utvecklingsstrateg / Regional Development Strategist
Region Dalarna
Besöksadress / Visiting address: Myntgatan 2, Falun
Postadress / Postal address: Box 712, 791 29 Falun
Tel / Phone: +46 23 49 00 00
Arbetar deltid, ledig fredagar / Part-time, off on Fridays
""",
             X("register", [P("Daniel Whitfield", "daniel.whitfield@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "English body, signature in Swedish and English; Falun in the address is not the organisation "
             "(Region Dalarna from domain and signature)"),

        # ------------------------------------------------------------------ w106
        mail("w106", "2027-03-18T10:05:00", ("Per Åhlén", "per.ahlen@borlange.se"), "Anmälan ny medarbetare",
             """Hej,

Vår nya planarkitekt Elin Backman börjar hos oss i april och jag vill anmäla henne till DalaLab – alla träffar utom den i september (då är hon på introduktionsutbildning). Hennes kontaktkort nedan; hon har inte fått sin dator än så jag skickar det åt henne.

Jag själv deltar inte.

BEGIN:VCARD
VERSION:3.0
N:Backman;Elin;;;
FN:Elin Backman
ORG:Borlänge kommun;Samhällsbyggnadsförvaltningen
TITLE:Planarkitekt
EMAIL;TYPE=INTERNET,WORK:elin.backman@borlange.se
TEL;TYPE=WORK,VOICE:+46 243 74 00 00
ADR;TYPE=WORK:;;Röda vägen 50;Borlänge;;781 81;Sverige
REV:2027-03-18T09:58:12Z
END:VCARD

Hälsningar
Per Åhlén
Enhetschef detaljplan
""",
             X("register", [P("Elin Backman", "elin.backman@borlange.se", "Borlänge kommun")], [S1, S3, S4]),
             "manager registers a new employee whose details are in a pasted vCard block (N/FN/ORG/EMAIL); sender "
             "not a participant; 'alla utom september' = three; REV timestamp is not a session"),

        # ------------------------------------------------------------------ w107
        tg("w107", "2027-02-08T12:26:00", "Ola Hansson", 5519023,
           """Vidarebefordrat från Karin Söderlund:
> Ola, kan du anmäla mig till DalaLab 21/9 och 29/11? Jag har ingen Telegram och mejlen strular. /K

fr min kollega här på Gagnef. Jag är redan anmäld själv sen innan så det är bara Karin det gäller 👍""",
           X("register", [P("Karin Söderlund", None, "Gagnefs kommun")], [S2, S3]),
           "Telegram: colleague's request pasted as a forward; sender already registered -> only the colleague; "
           "organisation from 'Gagnef' in the sender's note"),

        # ------------------------------------------------------------------ w108
        tg("w108", "2027-03-25T08:10:00", "Camilla Björk", 6120457,
           """[Forwarded from Yusuf Demir]
hej Camilla, jag måste tyvärr hoppa av första träffen (3/5) pga tjänsteresa till Göteborg. resten är jag med på

^ det gäller alltså Yusuf hos oss på Hedemora kommun. Kan ni stryka honom från 3 maj? Han är kvar på övriga.""",
           X("cancel", [P("Yusuf Demir", None, "Hedemora kommun")], [S1]),
           "Telegram forward of a colleague's message + sender's note; partial cancellation of the colleague only "
           "(3 May); sender not a person"),

        # ------------------------------------------------------------------ w109
        tg("w109", "2027-03-30T17:45:00", "Malin Ståhl", 8830011,
           "hej! Malin Ståhl här, Vansbro kommun. jag är anmäld till 3 maj men har fått förhinder, går det att flytta "
           "mig till 21 september i stället?",
           X("change", [P("Malin Ståhl", None, "Vansbro kommun")], [S2]),
           "Telegram session swap phrased as a question ('går det att flytta mig') -> change; bare swap gives only the "
           "new session"),

        # ------------------------------------------------------------------ w110
        mail("w110", "2027-04-02T11:11:00", ("Anders Kling", "anders.kling@rattvik.se"), "Fråga inför 3 maj",
             """Hej!

Jag är anmäld till första träffen 3 maj. Några frågor inför den:
- Finns det parkering vid lokalen, och i så fall laddstolpe?
- Vilken adress ska man till?
- Börjar fikat verkligen 09:30 eller ska man vara där tidigare?

Tack,
Anders Kling
Rättviks kommun

Skickat från E-post för Windows""",
             X("question", [], []),
             "practical questions from an already registered person; names 3 May and 09:30 but is no signup"),

        # ------------------------------------------------------------------ w111
        mail("w111", "2027-01-14T13:37:00", ("Kevin Osei", "kevin.osei@lansstyrelsen.se"), "Remote participation?",
             """Hello Linnea,

A colleague forwarded the DalaLab invitation to me. Before anyone here signs up: is there a way to join the sessions remotely (Teams/Zoom), or are they all in person in Falun? Several of us at Lst work from the Mora and Malung offices.

Also, is the material in Swedish only?

Best regards,
Kevin Osei
Planning Officer | Länsstyrelsen Dalarna
Samhällsbyggnadsenheten

This e-mail may contain confidential information. If you have received it in error, please notify the sender and delete it.""",
             X("question", [], []),
             "English question before signing up ('Before anyone here signs up'); Mora/Malung/Falun are office "
             "locations, not organisations; disclaimer footer"),

        # ------------------------------------------------------------------ w112
        mail("w112", "2027-03-28T06:00:00", ("Eva Nordin", "eva.nordin@leksand.se"),
             "Automatiskt svar: Påminnelse – anmäl dig till DalaLab senast 14 april",
             """Hej,

Jag är föräldraledig till och med måndag 3 maj 2027 och läser inte min e-post. Ditt meddelande vidarebefordras inte.

Planärenden: plan@leksand.se eller växeln 0247-802 00
Bygglov: bygglov@leksand.se

Hi,

I am on parental leave until Monday 3 May 2027 and will not read my e-mail. Your message will not be forwarded.

/Eva Nordin
Leksands kommun""",
             X("auto_reply", [], []),
             "bilingual out-of-office with only the 'Automatiskt svar:' subject prefix (no auto headers); return "
             "date equals the first session date; reminder subject names the deadline"),

        # ------------------------------------------------------------------ w113
        mail("w113", "2027-02-11T15:02:00", ("Sven Eriksson", "sven.eriksson@orsa.se"),
             "BEGÄRAN OM RADERING AV PERSONUPPGIFTER",
             """Hej,

Jag anmälde mig till DalaLab i december men har nu fått en tjänst på annat håll och kommer inte att delta. Jag begär därför att alla personuppgifter ni har om mig i samband med anmälan (namn, e-post, telefonnummer, kostuppgifter) raderas enligt artikel 17 i dataskyddsförordningen.

Bekräfta gärna när det är gjort.

Sven Eriksson
Orsa kommun (t.o.m. 28/2)""",
             X("erasure", [P("Sven Eriksson", "sven.eriksson@orsa.se", "Orsa kommun")], []),
             "all-caps subject; erasure request (GDPR art. 17) that also says he will not attend -> erasure, no "
             "sessions; '28/2' is an end of employment, not a session"),

        # ------------------------------------------------------------------ w114
        mail("w114", "2027-03-12T06:48:00", ("Lars-Göran Olsson", "lg.olsson@gagnef.se"), "Avanmälan",
             """Hej, tyvärr måste jag avanmäla mig från hästens träffar (sept o nov), vi har fått ett stort detaljplaneärende som tar all tid. Våren är jag med på som planerat!
/LG

Skickat från min iPhone""",
             X("cancel", [P("Lars-Göran Olsson", "lg.olsson@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "mobile mail; autocorrect 'hästens' for 'höstens'; partial cancellation Sept + Nov; spring session "
             "kept; initials-only signature, name from display name"),

        # ------------------------------------------------------------------ w115
        mail("w115", "2027-01-30T10:20:00", ("Ingela Wik", "ingela.wik@malung-salen.se"), "Avanmälan DalaLab",
             """<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div>Hej Linnea!</div>
<div><br></div>
<div>Jag måste tyvärr avanmäla mig från DalaLab helt och hållet. Vi har omorganiserat och jag jobbar inte längre med översiktsplanering. Tack för en fin inbjudan och lycka till med projektet!</div>
<div><br></div>
<div>Hälsningar</div>
<div><br></div>
<table cellpadding="0" cellspacing="0" style="border-top:2px solid #0a5c36">
<tr><td style="padding:8px 12px 0 0"><img src="https://www.malung-salen.se/images/signatur/logo.png" alt="Malung-Sälens kommun – Fjällvärldens kommun" width="140"></td>
<td style="padding-top:8px"><strong>Ingela Wik</strong><br>Kommunekolog<br>Malung-Sälens kommun<br>0280-181 00</td></tr>
<tr><td colspan="2"><img src="https://www.malung-salen.se/images/signatur/banner-vinter.jpg" alt="Vintersäsong 2026/27: liftarna öppna 4 dec – 18 april. Välkommen till Sälenfjällen!" width="480"></td></tr>
</table>
</body></html>""",
             X("cancel", [P("Ingela Wik", "ingela.wik@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "HTML-only full cancellation ('helt och hållet', no session named -> all four); external signature "
             "images whose alt text holds dates",
             html=True),

        # ------------------------------------------------------------------ w116
        mail("w116", "2027-04-08T09:15:00", ("Kommunledningskontoret Säters kommun", "kommun@sater.se"),
             "Birgitta Åberg – DalaLab 3 maj",
             """Hej!

Jag skriver på uppdrag av Birgitta Åberg, som är sjukskriven en period framöver. Hon kommer inte att kunna delta på träffen 3 maj och ber er stryka henne från den. Hur det blir med höstens träffar hör hon av sig om själv längre fram.

Med vänlig hälsning
Jenny Sund
HR-assistent

Säters kommun
Kommunledningskontoret
Detta mejl skickas från en gemensam funktionsbrevlåda. Svar läses av flera medarbetare.""",
             X("cancel", [P("Birgitta Åberg", None, "Säters kommun")], [S1]),
             "shared mailbox, signed by an assistant writing for a sick colleague; cancel 3 May only; autumn left open "
             "(no change); neither assistant nor mailbox is a person"),

        # ------------------------------------------------------------------ w117
        tg("w117", "2027-02-19T21:30:00", "Aleksander Nowak", 4407781,
           "Hi! Aleksander Nowak (Ludvika municipality) here. Unfortunately I have to cancel the November session "
           "(29 Nov), I'm on paternity leave then. Still coming to the others 🙂",
           X("cancel", [P("Aleksander Nowak", None, "Ludvika kommun")], [S3]),
           "English Telegram partial cancellation; 'Ludvika municipality' -> Ludvika kommun"),

        # ------------------------------------------------------------------ w118
        mail("w118", "2027-03-05T14:44:00", ("Oscar Nyqvist", "oscar.nyqvist@falun.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej!

> Hej Oscar,
>
> Tack för din anmälan till DalaLab. Du är registrerad på följande träffar:
>
>   - 3 maj 2027, Falun
>   - 21 september 2027

Kan ni lägga till 29 november också? Det blev klart i dag att jag kan.

>
> Skulle något ändras, svara på detta mejl.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna

/Oscar Nyqvist, Falu kommun""",
             X("change", [P("Oscar Nyqvist", "oscar.nyqvist@falun.se", "Falu kommun")], [S1, S2, S3]),
             "request written in the middle of the quoted confirmation; adds 29 Nov to the two quoted sessions -> "
             "sessions after the change are all three"),

        # ------------------------------------------------------------------ w119
        mail("w119", "2027-04-01T10:02:00", ("Jesper Holmgren", "jesper.holmgren@leksand.se"),
             "Ersättare 22 februari",
             """Hej Linnea,

Jag är anmäld till alla DalaLab-träffarna men kan inte den 22 februari 2028 (semester). Min kollega Amanda Rask (amanda.rask@leksand.se) går i mitt ställe den dagen. Övriga träffar går jag på som vanligt.

Hälsningar
Jesper Holmgren
Samhällsplanerare
Leksands kommun
Läs mer om vår nya översiktsplan: <https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.leksand.se%2Foversiktsplan-2030&data=05%7C02%7Clinnea.hassis%40regiondalarna.se%7C1c2d3e4f5a6b7c8d9e0f08dd6f7a8b9c%7C4a5b6c7d8e9f4a0b%7C0%7C0%7C638790481209876543%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C&sdata=bGVrc2FuZA%3D%3D&reserved=0>
""",
             X("change", [P("Jesper Holmgren", "jesper.holmgren@leksand.se", "Leksands kommun"),
                          P("Amanda Rask", "amanda.rask@leksand.se", "Leksands kommun")], [S4]),
             "substitution for one session; people = the one stepping out and the substitute; sessions = what the "
             "substitute takes; safelinks URL in the signature with long digit runs"),

        # ------------------------------------------------------------------ w120
        tg("w120", "2027-03-21T20:05:00", "Peter Ojala", 9034512,
           "uppdatering 🙏 har precis fått beskedet att jag är glutenintolerant 😩 kan ni notera det till 3/5 och "
           "22/2 som jag är anmäld till? /peter ojala, avesta kommun",
           X("change", [P("Peter Ojala", None, "Avesta kommun", diet="glutenintolerant")], [S1, S4],
             diet="glutenintolerant"),
           "Telegram diet update for an existing signup -> change; sessions are the ones he says he is registered for; "
           "lower-case name and organisation"),

        # ------------------------------------------------------------------ w121
        mail("w121", "2027-02-25T11:48:00", ("Helena Lindström", "helena.lindstrom@lansstyrelsen.se"),
             "Ändring – DalaLab",
             """Hej Linnea,

Kan ni flytta min anmälan från träffen 21/9 till den 29/11? Vi har länsstyrelsens ”planeringsdagar” i september och jag kan inte vara borta då.

Tack på förhand!

Helena Lindström
Handläggare – Enheten för samhällsplanering
Länsstyrelsen Dalarna
Åsgatan 38 • 791 84 Falun""",
             X("change", [P("Helena Lindström", "helena.lindstrom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3]),
             "windows-1252 (curly quotes, en dash, bullet •); bare swap 21/9 -> 29/11 gives only the new session",
             charset="windows-1252"),

        # ------------------------------------------------------------------ w122
        tg("w122", "2027-03-15T13:02:00", "Robin Sjögren", 3381920,
           """Forwarded message
From: Emma Gustafsson
Hej Robin, jag kan inte gå på DalaLab i höst (föräldraledig). kan du ta mina platser?

--
ja alltså jag tar Emmas platser 21/9 och 29/11 😊 Robin Sjögren, Borlänge kommun""",
           X("change", [P("Emma Gustafsson", None, "Borlänge kommun"),
                        P("Robin Sjögren", None, "Borlänge kommun")], [S2, S3]),
           "Telegram substitution: colleague's message pasted as a forward, sender takes her two autumn places; "
           "people = both; sessions = the ones the substitute takes"),

        # ------------------------------------------------------------------ w123
        tg("w123", "2026-12-05T10:17:00", "Tim Berglund", 2205566,
           "Hej, måste man gå på alla fyra eller kan man välja vilka man går på? och kostar det nåt? mvh Tim, Falun",
           X("question", [], []),
           "Telegram question about choosing sessions and cost; 'alla fyra' is not a signup"),

        # ------------------------------------------------------------------ w124
        mail("w124", "2027-01-18T15:25:00", ("Sofia Kaya", "sofia.kaya@regiondalarna.se"), "Fråga om antal platser",
             """<html><body>
<p style="font-family:Segoe UI,sans-serif">Hej Linnea!</p>
<p style="font-family:Segoe UI,sans-serif">Snabb fråga: gäller gränsen på tre personer även för oss på regionen? Vi är fem på enheten för samhällsplanering som är intresserade av DalaLab, men jag vill veta hur många som får plats innan vi bestämmer vilka som anmäler sig.</p>
<p style="font-family:Segoe UI,sans-serif">Tack!</p>
<hr style="border:none;border-top:1px solid #ccc">
<table><tr>
<td><img src="cid:regionlogo@sig" alt="Region Dalarna"></td>
<td style="font-family:Segoe UI,sans-serif;font-size:12px">
<b>Sofia Kaya</b><br>Utvecklingsledare | Region Dalarna<br>
<img src="cid:phone@sig" alt="Telefon:"> 023-49 00 00<br>
<img src="cid:web@sig" alt="Webb:"> <a href="https://www.regiondalarna.se">regiondalarna.se</a>
</td></tr></table>
<p><img src="cid:banner@sig" alt="Dalarnas regionala utvecklingsstrategi – Dalastrategin 2030. Läs mer!" width="500"></p>
<p style="font-size:10px;color:#777"><img src="cid:leaf@sig" alt="Grönt löv"> Tänk på miljön innan du skriver ut detta mejl.</p>
</body></html>""",
             X("question", [], []),
             "HTML-only question about the quota from Region staff (decides later who signs up); newsletter-like "
             "signature with icon alt texts ('Telefon:', 'Webb:') and a banner",
             html=True),

        # ------------------------------------------------------------------ w125
        mail("w125", "2026-12-09T09:30:00", ("Plan och bygg Vansbro", "planochbygg@vansbro.se"), "DalaLab",
             """Hej Linnea!

Skickar från vår gemensamma brevlåda eftersom min egen inkorg är full just nu. Jag vill anmäla mig till DalaLab, hela serien.

Svara gärna till min egen adress: ulrika.berg@vansbro.se

Hälsningar
Ulrika Berg
Översiktsplanerare, Vansbro kommun

-------------------------------------
Plan och bygg | Vansbro kommun
Detta meddelande skickades från en funktionsbrevlåda.""",
             X("register", [P("Ulrika Berg", "ulrika.berg@vansbro.se", "Vansbro kommun")], ALL),
             "sent from a shared mailbox, signed by a person who registers herself and gives her own address "
             "(not the functional one); 'hela serien' = all"),

        # ------------------------------------------------------------------ w126
        mail("w126", "2026-12-21T14:10:00", ("Rahimi Mohammed", "mohammed.rahimi@lansstyrelsen.se"),
             "SV: Inbjudan DalaLab",
             """<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0;font-family:Calibri}</style></head><body>
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vi från Länsstyrelsen vill gärna vara med på höstens två träffar: jag och Linda Sjöholm från vår enhet för samhällsplanering.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hälsningar<br><b>Mohammed Rahimi</b><br>Länsstyrelsen Dalarna<br><img src="cid:image001.png@01DB53C1.0A1B2C30" alt="Länsstyrelsen Dalarna" width="160"></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 1 december 2026 14:02<br>
<b>Ämne:</b> Inbjudan DalaLab</p>
</div>
<p class="MsoNormal"><span style="background:#FFEB9C">[EXTERN AVSÄNDARE] Var försiktig med länkar och bilagor.</span></p>
<p class="MsoNormal">Hej! Region Dalarna bjuder in till lärprojektet DalaLab. Träffarna äger rum <b>3 maj</b>, <b>21 september</b> och <b>29 november</b> 2027 samt <b>22 februari 2028</b>.</p>
<p class="MsoNormal">Mer information: <a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.regiondalarna.se%2Fdalalab&amp;data=05%7C02%7Cmohammed.rahimi%40lansstyrelsen.se%7C77aa1e0b2c3d4e5f%7C0%7C0%7C638687521203345917%7CUnknown&amp;sdata=ZGFsYWxhYg%3D%3D&amp;reserved=0" originalsrc="https://www.regiondalarna.se/dalalab">https://www.regiondalarna.se/dalalab</a></p>
<p class="MsoNormal">Anmälan senast 14 april 2027.</p>
</body></html>""",
             X("register", [P("Mohammed Rahimi", "mohammed.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Linda Sjöholm", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "HTML-only Outlook reply; 'höstens två träffar' = 21 Sep + 29 Nov; colleague without address; quoted "
             "invitation (all dates, external-sender banner, safelink) is not the signup; surname-first display name",
             html=True),

        # ------------------------------------------------------------------ w127
        tg("w127", "2027-04-09T16:20:00", "Tomas Ek", 1190334,
           """Sanna Lehtonen, [2027-04-09 15:58]
Jag vill gärna vara med 3 maj men hinner inte anmäla mig innan jag går på semester, kan du fixa?

Anmäl oss båda alltså, Sanna och mig, till 3 maj. Vi jobbar på Smedjebackens kommun. /Tomas""",
           X("register", [P("Tomas Ek", None, "Smedjebackens kommun"),
                          P("Sanna Lehtonen", None, "Smedjebackens kommun")], [S1]),
           "Telegram Desktop copy of a colleague's message (name, [timestamp]) plus sender's note registering both; "
           "the copy timestamp is not a session"),

        # ------------------------------------------------------------------ w128
        mail("w128", "2026-12-27T18:30:00", ("Amina Warsame", "amina.warsame@mora.se"), "Dalalab 😊",
             """Hej Linnea! 😊

Jag vill gärna vara med på alla träffar 🙌🙌 Äter inte fläsk 🐷🚫 men annars allt.

Kram/hälsningar Amina
Mora kommun 🌲

Skickat från min iPhone""",
             X("register", [P("Amina Warsame", "amina.warsame@mora.se", "Mora kommun", diet="äter inte fläsk")], ALL,
               diet="äter inte fläsk"),
             "emoji in subject and body; diet stated as 'äter inte fläsk'; informal sign-off"),

        # ------------------------------------------------------------------ w129
        mail("w129", "2027-02-01T09:41:00", ("Jelena Marković", "jma@du.se"), "Anmälan / forskare",
             """Hej Linnea,

Jag är doktorand vid Högskolan Dalarna och forskar om översiktsplanering i mindre kommuner. Jag anmäler mig härmed till de två första träffarna i DalaLab. Om det inte är tänkt att forskare ska delta får du gärna säga till.

Vänliga hälsningar / Best regards
Jelena Marković
Doktorand i kulturgeografi / PhD candidate in human geography
Högskolan Dalarna | Dalarna University
791 88 Falun""",
             X("register", [P("Jelena Marković", "jma@du.se", None)], [S1, S2]),
             "researcher from Högskolan Dalarna (not one of the 17) -> organisation null; Falun in the address is "
             "not the organisation; 'de två första' = 3 May + 21 Sep; bilingual signature; initials-only address"),

        # ------------------------------------------------------------------ w130
        mail("w130", "2027-03-26T12:12:00", ("Katarina Öberg-Svensson", "katarina.oberg-svensson@avesta.se"),
             "Fwd: DalaLab – intresseanmälan",
             """Hej! Jag fyllde i ert formulär men fick ingen bekräftelse, så här är kopian jag fick. Gick det fram?
/Katarina

---------- Forwarded message ---------
Från: Google Forms <forms-receipts-noreply@google.com>
Date: tis 23 mars 2027 kl 21:47
Subject: DalaLab – intresseanmälan
To: <katarina.oberg-svensson@avesta.se>

Tack för att du fyllde i DalaLab – intresseanmälan
Här är vad som togs emot.

DalaLab – intresseanmälan

E-postadress *
katarina.oberg-svensson@avesta.se

Fullständigt namn *
Katarina Öberg-Svensson

Kommun / organisation *
Avesta

Vilka träffar vill du delta på? *
☑ 3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv
☐ 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
☐ 29 november 2027 – Önskvärda framtider och osäkerheter
☑ 22 februari 2028 – Planera för tillgänglighet

Specialkost
Ingen

Skapa ditt eget Google-formulär
Rapportera otillåten användning
""",
             X("register", [P("Katarina Öberg-Svensson", "katarina.oberg-svensson@avesta.se", "Avesta kommun")],
               [S1, S4]),
             "forwarded Google Forms receipt with ☑/☐ boxes; only ticked sessions count; 'Specialkost: Ingen' -> no "
             "diet; double surname with ö"),

        # ------------------------------------------------------------------ w131
        mail("w131", "2027-01-07T07:22:00", ("Therese Halvarsson", "therese.halvarsson@sater.se"), "Anmälan",
             """Hej! Anmäler mig och Jimmy Lindkvist till traffarna i maj och September. Jimmy har nötallergi. Vi är båda på Säter kommun, bygg o miljö
Mvh Therese

Skickat från min iPhone""",
             X("register", [P("Therese Halvarsson", "therese.halvarsson@sater.se", "Säters kommun"),
                            P("Jimmy Lindkvist", None, "Säters kommun", diet="nötallergi")], [S1, S2],
               diet="nötallergi"),
             "phone mail, missing ä ('traffarna'), capitalised 'September'; months only ('maj och september'); "
             "colleague without address has the allergy"),

        # ------------------------------------------------------------------ w132
        mail("w132", "2027-02-10T10:10:00", ("Robert Lindahl", "robert.lindahl@rattvik.se"), "SV: Inbjudan DalaLab",
             """Hej, svarar direkt i texten nedan så blir det tydligt.

Robert Lindahl
Rättviks kommun

> Från: Linnea Hassis
> Ämne: Inbjudan DalaLab
>
> Hej alla planerare i Dalarna!
>
> Region Dalarna bjuder in till lärprojektet DalaLab. Varje kommun kan delta med upp till tre personer.
>
> Träff 1 – 3 maj 2027, Falun. Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
JA, jag kommer
> Träff 2 – 21 september 2027. Utvecklingsinriktning i ÖP-modellen
JA
> Träff 3 – 29 november 2027. Önskvärda framtider och osäkerheter
nej, krockar med KF
> Träff 4 – 22 februari 2028. Planera för tillgänglighet
JA
>
> Anmäl dig senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation och eventuell specialkost.
Ingen specialkost.
>
> Välkomna!
> Linnea""",
             X("register", [P("Robert Lindahl", "robert.lindahl@rattvik.se", "Rättviks kommun")], [S1, S2, S4]),
             "inline JA/nej answers under each quoted session line of the invitation -> three sessions; 'Ingen "
             "specialkost' -> no diet"),

        # ------------------------------------------------------------------ w133
        mail("w133", "2027-03-03T13:05:00", ("Sofie Granath", "sofie.granath@ludvika.se"), "Träff 2",
             """<html><body style="margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Verdana,sans-serif;font-size:13px;padding:12px">
Hej!<br><br>
Anmäler mig till träff 2 i DalaLab, den om utvecklingsinriktning i ÖP-modellen. Övriga har jag tyvärr inte möjlighet till.<br><br>
Mvh<br>
<b>Sofie Granath</b><br>
Detaljplanerare, Ludvika kommun
</td></tr>
<tr><td><img src="https://www.ludvika.se/mail/sig/ludvika-logo.png" alt="Ludvika kommun" width="150" height="40"></td></tr>
<tr><td><img src="https://www.ludvika.se/mail/sig/flytt.png" alt="Vi har flyttat! Från 1 mars finns samhällsbyggnad på Fabriksgatan 9." width="480"></td></tr>
<tr><td><img src="https://www.ludvika.se/mail/sig/openhouse.png" alt="Öppet hus om nya ÖP:n – 21 maj kl 17–19 i Folkets hus" width="480"></td></tr>
</table></body></html>""",
             X("register", [P("Sofie Granath", "sofie.granath@ludvika.se", "Ludvika kommun")], [S2]),
             "HTML-only table layout; 'träff 2' + theme = 21 Sep; banner alt texts with '1 mars', '21 maj' that are "
             "not sessions",
             html=True),

        # ------------------------------------------------------------------ w134
        tg("w134", "2027-01-24T21:58:00", "Mackan 🎣", 6641208,
           "tja! Marcus Ström här, jobbar på kommunen i Älvdalen. kör på alla utom den första träffen om det går 👍 "
           "äter vego btw",
           X("register", [P("Marcus Ström", None, "Älvdalens kommun", diet="vego")], [S2, S3, S4], diet="vego"),
           "Telegram nickname display name with emoji; real name in text; 'kommunen i Älvdalen'; 'alla utom den "
           "första' = three; diet 'vego'"),

        # ------------------------------------------------------------------ w135
        mail("w135", "2027-04-10T08:30:00", ("Sjödin Anna-Karin", "anna-karin.sjodin@regiondalarna.se"),
             "Anmälan 3 maj – enheten för samhällsplanering",
             """Hej Linnea!

Från vår enhet anmäler jag följande till första träffen den 3 maj (övriga träffar återkommer vi om när vi vet mer om bemanningen i höst):

Lundberg, Anders <anders.lundberg@regiondalarna.se>; Ibrahim, Nour <nour.ibrahim@regiondalarna.se>; Tapio, Kaisa <kaisa.tapio@regiondalarna.se>

Själv har jag tyvärr inte möjlighet.

Hälsningar
Anna-Karin Sjödin
Enhetschef – Samhällsplanering
Region Dalarna""",
             X("register", [P("Anders Lundberg", "anders.lundberg@regiondalarna.se", "Region Dalarna"),
                            P("Nour Ibrahim", "nour.ibrahim@regiondalarna.se", "Region Dalarna"),
                            P("Kaisa Tapio", "kaisa.tapio@regiondalarna.se", "Region Dalarna")], [S1]),
             "windows-1252; three colleagues pasted as an Outlook address line 'Efternamn, Förnamn <addr>;' -> "
             "normal name order; manager not a participant; later sessions left open -> only 3 May",
             charset="windows-1252"),
    ]
