from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

INV = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("k001", "2026-12-15T08:47", ("Rönnberg Maja", "maja.ronnberg@leksand.se"), "SV: " + INV_SUBJ,
             """Hej Linnea,

Tack för inbjudan! Jag vill gärna vara med i DalaLab och anmäler mig härmed. Jag räknar med att kunna vara med hela vägen.

Ingen specialkost.

Vänliga hälsningar
Maja Rönnberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Leksands kommun
Box 300, 793 27 Leksand
Tfn 0247-800 00
www.leksand.se

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Rönnberg Maja <maja.ronnberg@leksand.se>
Ämne: """ + INV_SUBJ + "\n\n" + INV,
             X("register", [P("Maja Rönnberg", "maja.ronnberg@leksand.se", "Leksands kommun")], ALL),
             "Outlook reply over the invitation, surname-first display name; no dates named -> all four; quoted invitation and Box/postcode numbers are not the signup"),

        mail("k002", "2026-12-15T13:20", ("Henrik Dahlberg", "henrik.dahlberg@borlange.se"), "Anmälan DalaLab",
             """Hej!

Vi är två från Borlänge kommun som vill anmäla oss till DalaLab:

Henrik Dahlberg, henrik.dahlberg@borlange.se
Lina Karlsson, lina.karlsson@borlange.se

Vi kommer båda på träffarna 3/5 och 21/9. De två sista får vi återkomma om när vi vet hur nämndplaneringen ser ut.

Mvh
Henrik Dahlberg
Strateg, Samhällsbyggnadsförvaltningen
Borlänge kommun
0243-740 00""",
             X("register", [P("Henrik Dahlberg", "henrik.dahlberg@borlange.se", "Borlänge kommun"),
                            P("Lina Karlsson", "lina.karlsson@borlange.se", "Borlänge kommun")], [S1, S2]),
             "self + colleague, both with addresses; '3/5 och 21/9'; the last two left open, not registered"),

        tg("k003", "2026-12-16T21:05", "Anders Wahlund", 6034421879,
           "hej, anders här från mora kommun. anmäler mig till dom två första träffarna 👍",
           X("register", [P("Anders Wahlund", None, "Mora kommun")], [S1, S2]),
           "telegram, lower case; 'dom två första träffarna' = 3 May + 21 Sep; name from sender"),

        mail("k004", "2026-12-17T07:12", ("Elisabeth Norling", "elisabeth.norling@hedemora.se"), "Anmälan",
             """Hej! Jag anmäler mig till DalaLab, alla träffar. Vegetarisk kost tack.

Elisabeth Norling
Hedemora kommun

Skickat från min iPhone""",
             X("register", [P("Elisabeth Norling", "elisabeth.norling@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "short phone mail; 'alla träffar'; vegetarian"),

        mail("k005", "2026-12-17T14:33", ("Kerstin Ahlgren", "kerstin.ahlgren@regiondalarna.se"), "DalaLab",
             """Hej Linnea!

Jag hänger på DalaLab – skriv upp mig på maj- och novemberträffarna. September och februari krockar med annat hos oss på enheten.

Kram/Kerstin

--
Kerstin Ahlgren
Regional utvecklingsstrateg
Enheten för samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
Tfn 023-49 00 00""",
             X("register", [P("Kerstin Ahlgren", "kerstin.ahlgren@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "internal colleague at the organiser; 'maj- och novemberträffarna' = 3 May + 29 Nov; September/February named as clashes"),

        mail("k006", "2026-12-18T10:02", ("Forsgren Mikael", "mikael.forsgren@lansstyrelsen.se"),
             "Anmälan till DalaLab – Länsstyrelsen Dalarna",
             """Hej,

Jag anmäler mig till lärprojektet DalaLab och deltar på samtliga träffar.
Glutenfri kost önskas.

Med vänlig hälsning

Mikael Forsgren
Handläggare
Enheten för samhällsplanering och kulturmiljö
Länsstyrelsen Dalarna
010-225 00 00

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter. Läs mer om hur vi hanterar personuppgifter på www.lansstyrelsen.se/dalarna/personuppgifter""",
             X("register", [P("Mikael Forsgren", "mikael.forsgren@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "county board officer, formal; 'samtliga träffar'; glutenfri; GDPR footer"),

        mail("k007", "2026-12-18T15:40", ("Camilla Sjödin", "camilla.sjodin@avesta.se"), "Anmälan två planarkitekter från Avesta",
             """Hej Linnea,

Anmäl gärna våra två planarkitekter Amanda Lind och Robin Qvist till DalaLab, alla fyra träffarna. Deras mejladresser är förnamn.efternamn@avesta.se.

Själv har jag tyvärr inte möjlighet att delta den här gången, men jag tycker det är ett jättebra initiativ.

Hälsningar
Camilla Sjödin
Samhällsbyggnadschef
Avesta kommun
0226-645 00""",
             X("register", [P("Amanda Lind", "amanda.lind@avesta.se", "Avesta kommun"),
                            P("Robin Qvist", "robin.qvist@avesta.se", "Avesta kommun")], ALL),
             "manager registers two colleagues, not herself; address pattern 'förnamn.efternamn@avesta.se' written out"),

        tg("k008", "2026-12-19T11:26", "Johanna Lindh", 5207731946,
           "Hej! Johanna på Falu kommun, stadsbyggnad. Vill anmäla mig till alla fyra träffarna. Laktosfri om det blir fika/lunch 🙏",
           X("register", [P("Johanna Lindh", None, "Falu kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "telegram signup, all four, laktosfri"),

        mail("k009", "2026-12-21T09:15", ("Gustav Lundell", "gustav@lundellplan.se"), "Anmälan DalaLab – konsult",
             """Hej Linnea,

Jag arbetar som konsult och tar just nu fram översiktsplaner åt bland annat Vansbro och Malung-Sälens kommuner. Om träffarna är öppna även för oss konsulter vill jag gärna delta den 21 september och den 29 november.

Hälsningar
Gustav Lundell
Lundell Plan & Landskap AB
Slaggatan 4, 791 71 Falun
070-312 45 67
Org.nr 559123-4567""",
             X("register", [P("Gustav Lundell", "gustav@lundellplan.se", None)], [S2, S3]),
             "private consultant -> organisation null though he names two municipalities; conditional 'om träffarna är öppna' still a signup"),

        mail("k010", "2027-01-07T10:30", ("Daniel Okafor", "daniel.okafor@alvdalen.se"), "Registration DalaLab",
             """Hi Linnea,

My colleague forwarded me the invitation to DalaLab. I am a planner at Älvdalen municipality (I started in October and my Swedish is still improving, so I hope English is OK).

I would like to register for all four meetings. I have a nut allergy.

Best regards,
Daniel Okafor
Planner
Älvdalens kommun
Tel. 0251-800 00""",
             X("register", [P("Daniel Okafor", "daniel.okafor@alvdalen.se", "Älvdalens kommun", diet="nut allergy")],
               ALL, diet="nut allergy"),
             "English signup, all four meetings; 'nut allergy'"),

        mail("k011", "2027-01-08T13:05", ("Holmström Eva", "eva.holmstrom@smedjebacken.se"), "SV: " + INV_SUBJ,
             """Hej Linnea!

Från Smedjebacken anmäler vi oss tre till DalaLab, samtliga träffar:

- Eva Holmström, eva.holmstrom@smedjebacken.se
- Per Granlund, per.granlund@smedjebacken.se
- Sanna Öhman, sanna.ohman@smedjebacken.se (glutenfri)

Vi blir alltså tre, vilket jag förstår är max per kommun.

Hälsningar
Eva Holmström
Planchef
Smedjebackens kommun
0240-660 00

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Holmström Eva <eva.holmstrom@smedjebacken.se>
Ämne: """ + INV_SUBJ + "\n\n" + INV,
             X("register", [P("Eva Holmström", "eva.holmstrom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Per Granlund", "per.granlund@smedjebacken.se", "Smedjebackens kommun"),
                            P("Sanna Öhman", "sanna.ohman@smedjebacken.se", "Smedjebackens kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "reply over the invitation: sender + two colleagues in a list with addresses; one colleague glutenfri; 'samtliga träffar'"),

        tg("k012", "2027-01-08T19:44", "Linus Persson", 848120553,
           "Tja! anmäl mig till 3 maj. linus persson, rättviks kommun",
           X("register", [P("Linus Persson", None, "Rättviks kommun")], [S1]),
           "telegram, one session '3 maj'"),

        mail("k013", "2027-01-11T08:52", ("Eriksson Marie", "marie.eriksson@vansbro.se"), "Anmälan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag vill anm&auml;la mig till DalaLab, tr&auml;ffarna m&aring;ndag 29 november och tisdag 22 februari. De tv&aring; f&ouml;rsta hinner jag tyv&auml;rr inte med.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med v&auml;nlig h&auml;lsning</p>
<p class="MsoNormal"><b>Marie Eriksson</b></p>
<p class="MsoNormal">Milj&ouml;- och byggchef</p>
<p class="MsoNormal">Vansbro kommun</p>
<p class="MsoNormal">Tel: 0281-750 00</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Vansbro kommun behandlar personuppgifter enligt dataskyddsf&ouml;rordningen (GDPR).</span></p>
</div></body></html>""",
             X("register", [P("Marie Eriksson", "marie.eriksson@vansbro.se", "Vansbro kommun")], [S3, S4]),
             "HTML-only Outlook mail with entities; weekday+date 'måndag 29 november och tisdag 22 februari'", html=True),

        mail("k014", "2027-01-11T20:15", ("Tobias Knutsson", "tobbe.knutsson@gmail.com"), "anmälan dalalab",
             """Hej!

Skriver från privata mejlen eftersom jobbmejlen strular just nu. Jag anmäler mig till DalaLab, alla träffar utom den 21 september (då är jag på kurs).

/Tobias

Tobias Knutsson
Bygglov & planering, Orsa kommun""",
             X("register", [P("Tobias Knutsson", "tobbe.knutsson@gmail.com", "Orsa kommun")], [S1, S3, S4]),
             "private gmail, organisation from the signature; 'alla träffar utom den 21 september' = three sessions"),

        mail("k015", "2027-01-12T10:10", ("Ida Sundberg", "ida.sundberg@gagnef.se"), "Anmälan första träffen",
             """Hej Linnea,

Jag anmäler mig till första träffen i Falun den 3 maj. Höstens träffar vet jag inte än hur det blir med, jag återkommer om dem.

Jag äter vegan.

Tack!
Ida Sundberg
Planarkitekt
Gagnefs kommun""",
             X("register", [P("Ida Sundberg", "ida.sundberg@gagnef.se", "Gagnefs kommun", diet="vegan")], [S1], diet="vegan"),
             "one session; 'höstens träffar' only as a later matter; vegan"),

        tg("k016", "2027-01-13T12:40", "Luca Bianchi", 7129904418,
           "Hi! I'm Luca, planner at Säter municipality. I'd like to sign up for all the DalaLab sessions. Vegetarian please 🙂",
           X("register", [P("Luca Bianchi", None, "Säters kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "English telegram signup, all sessions, vegetarian"),

        mail("k017", "2027-01-14T09:33", ("Jenny Jonsson", "jenny.jonsson@malung-salen.se"), "Re: " + INV_SUBJ,
             """Hej,

Anmäl mig och min kollega Erik Back till höstens två träffar. Maj går tyvärr inte för någon av oss, då har vi byggnadsnämnd.

Mvh Jenny Jonsson
Malung-Sälens kommun
0280-181 00

Den 26 nov. 2026 kl. 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + quoted(INV),
             X("register", [P("Jenny Jonsson", "jenny.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Erik Back", None, "Malung-Sälens kommun")], [S2, S3]),
             "Gmail-style reply with '>' quote; sender + colleague without address; 'höstens två träffar' = 21 Sep + 29 Nov"),

        mail("k018", "2027-01-15T14:02", ("Ali Rezaei", "ali.rezaei@ludvika.se"), "Anmälan DalaLab",
             """Hej,

Jag anmäler mig till följande tillfällen: 2027-05-03 och 2027-09-21.

Mvh
Ali Rezaei
Planarkitekt
Ludvika kommun
0240-860 00""",
             X("register", [P("Ali Rezaei", "ali.rezaei@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "ISO dates; iso-8859-1 body", charset="iso-8859-1"),

        mail("k019", "2027-01-18T11:11", ("Grahn Helena", "helena.grahn@falun.se"), "VB: " + INV_SUBJ,
             """Hej Linnea!

Jag fick inbjudan vidarebefordrad från min chef nedan. Jag anmäler mig gärna till de två sista träffarna, 29/11 och 22/2.

Mvh
Helena Grahn
Planeringsingenjör
Stadsbyggnadsförvaltningen, Falu kommun
023-830 00

Från: Bergman Lars <lars.bergman@falun.se>
Skickat: den 14 januari 2027 16:22
Till: Grahn Helena <helena.grahn@falun.se>
Ämne: VB: """ + INV_SUBJ + """

Helena – är det här något för dig? Anmäl dig direkt till Linnea i så fall.
/Lars

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Bergman Lars <lars.bergman@falun.se>
Ämne: """ + INV_SUBJ + "\n\n" + INV,
             X("register", [P("Helena Grahn", "helena.grahn@falun.se", "Falu kommun")], [S3, S4]),
             "forward chain (manager's VB: inside); '29/11 och 22/2'; manager in the quote is not registered"),

        tg("k020", "2027-01-19T16:20", "Fatima Yusuf", 5391087264,
           "hej! anmäler mig och min kollega jesper ask till alla träffar. vi jobbar på hedemora kommun, plan. jag är laktosintolerant, jesper äter allt",
           X("register", [P("Fatima Yusuf", None, "Hedemora kommun", diet="laktosintolerant"),
                          P("Jesper Ask", None, "Hedemora kommun")], ALL, diet="laktosintolerant"),
           "telegram: sender + colleague in lower case; diet only for the sender"),

        mail("k021", "2027-02-03T09:48", ("Nadia Berglund", "nadia.berglund@smedjebacken.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag har börjat som planarkitekt i Smedjebacken efter Per Granlund, som Eva Holmström avanmälde tidigare. Eva tipsade om att jag kunde ta hans plats i DalaLab, så jag anmäler mig härmed till alla fyra träffarna.

Vänliga hälsningar
Nadia Berglund
Planarkitekt
Smedjebackens kommun""",
             X("register", [P("Nadia Berglund", "nadia.berglund@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "newcomer takes the place of a colleague cancelled in an earlier mail -> register of the newcomer only"),

        mail("k022", "2027-01-21T10:45", ("Karin Mörk", "karin.mork@rattvik.se"), "Anmälan + fråga om parkering",
             """Hej!

Jag anmäler mig till samtliga träffar i DalaLab.

En fråga bara: var i Falun blir det, och finns det parkering vid lokalen? Annars tar jag tåget från Rättvik.

Hälsningar
Karin Mörk
Översiktsplanerare, Rättviks kommun
0248-700 00""",
             X("register", [P("Karin Mörk", "karin.mork@rattvik.se", "Rättviks kommun")], ALL),
             "signup that also asks about place and parking -> register, all four"),

        tg("k023", "2027-01-25T07:58", "Sebastian Holm", 1987342260,
           "morrn! sebastian från avesta kommun, anmäl mig till första och sista träffen tack",
           X("register", [P("Sebastian Holm", None, "Avesta kommun")], [S1, S4]),
           "telegram; 'första och sista träffen' = 3 May + 22 Feb"),

        mail("k024", "2027-01-27T13:13", ("Mohammed Haddad", "mohammed.haddad@regiondalarna.se"), "Anmälan sista träffen DalaLab",
             """Hej Linnea,

Vi på kollektivtrafikförvaltningen är mest intresserade av sista träffen om tillgänglighet, den 22 februari 2028. Anmäl mig och Ulrika Sten (ulrika.sten@regiondalarna.se) till den.

Tack på förhand!

Mohammed Haddad
Trafikplanerare
Region Dalarna
Kollektivtrafikförvaltningen X-trafik""",
             X("register", [P("Mohammed Haddad", "mohammed.haddad@regiondalarna.se", "Region Dalarna"),
                            P("Ulrika Sten", "ulrika.sten@regiondalarna.se", "Region Dalarna")], [S4]),
             "region staff: self + colleague with address, only the last session"),

        # ---------------------------------------------------------------- change
        mail("k025", "2027-01-28T09:20", ("Henrik Dahlberg", "henrik.dahlberg@borlange.se"), "SV: Anmälan DalaLab",
             """Hej igen,

Lina Karlsson (lina.karlsson@borlange.se) kan tyvärr inte den 21 september, men vill gärna gå den 29 november i stället. Hon är alltså anmäld till 3 maj och 29 november nu. För mig gäller samma som tidigare.

Mvh
Henrik""",
             X("change", [P("Lina Karlsson", "lina.karlsson@borlange.se", "Borlänge kommun")], [S1, S3]),
             "colleague swaps 21 Sep for 29 Nov; sessions after the change stated (3 May + 29 Nov); sender unchanged, not in people"),

        tg("k026", "2027-02-01T18:30", "Linus Persson", 848120553,
           "hej igen, glömde säga att jag är glutenintolerant. /linus, rättvik",
           X("change", [P("Linus Persson", None, "Rättviks kommun", diet="glutenintolerant")], [],
             diet="glutenintolerant"),
           "telegram diet update for an existing signup, no sessions stated -> change []"),

        mail("k027", "2027-02-02T08:40", ("Ali Rezaei", "ali.rezaei@ludvika.se"), "Ändring av anmälan DalaLab",
             """Hej,

Jag har fått nya arbetsuppgifter och kommer inte kunna delta i DalaLab. Min kollega Sofie Lund (sofie.lund@ludvika.se) går i mitt ställe på båda träffarna jag var anmäld till, 3 maj och 21 september.

Mvh
Ali Rezaei
Ludvika kommun""",
             X("change", [P("Ali Rezaei", "ali.rezaei@ludvika.se", "Ludvika kommun"),
                          P("Sofie Lund", "sofie.lund@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "substitution: sender out, colleague in for 3 May + 21 Sep; people lists both"),

        mail("k028", "2027-02-04T15:05", ("Tobias Knutsson", "tobias.knutsson@orsa.se"), "Ny mejladress",
             """Hej,

Jag anmälde mig till DalaLab i januari från min privata gmail. Nu fungerar jobbmejlen igen, så använd gärna den här adressen för utskick framöver.

Tobias Knutsson
Bygglov & planering
Orsa kommun""",
             X("change", [P("Tobias Knutsson", "tobias.knutsson@orsa.se", "Orsa kommun")], []),
             "address update for an existing signup, writes from the new work address; no sessions stated -> change []"),

        mail("k029", "2027-02-08T10:25", ("Kerstin Ahlgren", "kerstin.ahlgren@regiondalarna.se"), "DalaLab november",
             """Hej Linnea!

Jag är anmäld till maj och november, men i november är jag föräldraledig. Min kollega Anna-Karin Berg tar novemberträffen i stället. Maj står kvar för min del.

/Kerstin""",
             X("change", [P("Kerstin Ahlgren", "kerstin.ahlgren@regiondalarna.se", "Region Dalarna"),
                          P("Anna-Karin Berg", None, "Region Dalarna")], [S3]),
             "partial hand-over: colleague takes the November session, sender keeps May -> change, both people, substitute's session"),

        tg("k030", "2027-02-10T12:12", "Anders Wahlund", 6034421879,
           "hej igen, anders i mora. är anmäld till dom två första, kan ni lägga till 29 nov också?",
           X("change", [P("Anders Wahlund", None, "Mora kommun")], [S1, S2, S3]),
           "telegram: adds 29 Nov to an existing signup (first two) -> sessions after the change"),

        # ---------------------------------------------------------------- cancel
        mail("k031", "2027-01-20T16:50", ("Holmström Eva", "eva.holmstrom@smedjebacken.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Per Granlund har slutat hos oss, så stryk honom från DalaLab. Vi får se om hans efterträdare kan ta platsen längre fram.

Sanna och jag kommer som planerat.

Hälsningar
Eva Holmström
Planchef, Smedjebackens kommun""",
             X("cancel", [P("Per Granlund", None, "Smedjebackens kommun")], ALL),
             "manager cancels a colleague who left; sender and the other colleague unchanged; no session named -> all four"),

        tg("k032", "2027-02-05T17:22", "Sebastian Holm", 1987342260,
           "hej, kan tyvärr inte 22/2 ändå, krockar med KF. 3 maj står kvar /sebastian, avesta",
           X("cancel", [P("Sebastian Holm", None, "Avesta kommun")], [S4]),
           "telegram partial cancellation of 22 Feb (2028), keeps 3 May; 'KF' is not a session"),

        mail("k033", "2027-02-09T09:00", ("Norling Elisabeth", "elisabeth.norling@hedemora.se"), "DalaLab – Jesper Ask",
             """Hej!

Jesper Ask, som Fatima Yusuf anmälde i januari, går på föräldraledighet och kommer inte att delta på någon av träffarna. Fatima och jag kommer som vanligt.

Hälsningar
Elisabeth Norling
Plan- och byggchef
Hedemora kommun
0225-340 00""",
             X("cancel", [P("Jesper Ask", None, "Hedemora kommun")], ALL),
             "manager cancels a colleague entirely; two others named as unchanged are not in people"),

        mail("k034", "2027-02-11T13:47", ("Marie Eriksson", "marie.eriksson@vansbro.se"), "Avanmälan",
             """Hej,

Tyvärr måste jag avanmäla mig från DalaLab. Vi har fått ändrade prioriteringar i förvaltningen och jag hinner inte.

Ledsen för besväret.

Marie Eriksson
Vansbro kommun

Skickat från Outlook för Android""",
             X("cancel", [P("Marie Eriksson", "marie.eriksson@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation, no session named -> all four"),

        mail("k035", "2027-02-12T17:05", ("Daniel Okafor", "daniel.okafor@alvdalen.se"), "Cancel May 3",
             """Hi Linnea,

Unfortunately I have to cancel my registration for the May 3 meeting – I will be at a conference in Copenhagen that week. I am still coming to the other three.

Best regards,
Daniel Okafor
Älvdalens kommun""",
             X("cancel", [P("Daniel Okafor", "daniel.okafor@alvdalen.se", "Älvdalens kommun")], [S1]),
             "English partial cancellation of 3 May; keeps the other three"),

        # ---------------------------------------------------------------- question
        mail("k036", "2027-01-04T09:12", ("Ulla Björk", "ulla.bjork@sater.se"), "Fråga om DalaLab",
             """Hej!

Innan vi anmäler oss: var i Falun hålls träffarna, och finns det parkering i närheten? Vi är några från Säter som funderar på att samåka.

Mvh
Ulla Björk
Säters kommun""",
             X("question"),
             "question only (place, parking) before signing up"),

        tg("k037", "2027-01-22T20:10", "Malin Gustafsson", 6648210375,
           "hej! ingår lunch på träffarna? och kostar det nåt att vara med?",
           X("question"),
           "telegram question about lunch and cost"),

        mail("k038", "2027-01-26T11:30", ("Pontus Lindell", "pontus.lindell@mora.se"), "Program för 3 maj?",
             """Hej Linnea,

Finns det ett mer detaljerat program för första träffen den 3 maj? Vem från Boverket medverkar? Jag funderar på att anmäla mig men vill gärna veta lite mer först.

Mvh
Pontus Lindell
Mora kommun
0250-260 00""",
             X("question"),
             "programme question naming 3 May; explicitly not yet a signup"),

        mail("k039", "2027-02-03T14:18", ("Karin Mörk", "karin.mork@rattvik.se"), "Bekräftelse?",
             """Hej,

Jag skickade min anmälan till DalaLab den 21 januari men har inte fått någon bekräftelse. Har den kommit fram?

Hälsningar
Karin Mörk
Rättviks kommun""",
             X("question"),
             "asks whether her earlier signup arrived -> question, no new signup"),

        mail("k040", "2027-02-15T10:00", ("Oskar Wennberg", "oskar.wennberg@falun.se"), "Fråga om antal platser per kommun",
             """Hej!

Vi är redan två från Falun anmälda (Johanna Lindh och Helena Grahn) och ytterligare två kollegor är intresserade. Gäller taket på tre personer per kommun för hela projektet eller per träff? Kan man i så fall turas om mellan träffarna?

Tack på förhand
Oskar Wennberg
Enhetschef planering
Falu kommun

Falu kommun behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.falun.se/personuppgifter""",
             X("question"),
             "quota question; names two already registered colleagues, registers nobody"),

        tg("k041", "2027-02-14T21:37", "Emma Persson", 5820017743,
           "hej! går det att delta digitalt på nån av träffarna? långt att åka från sälen till falun 😅",
           X("question"),
           "telegram question about digital participation"),

        # ---------------------------------------------------------------- auto_reply
        mail("k042", "2026-12-22T08:00", ("Stefan Nord", "stefan.nord@vansbro.se"),
             "Automatiskt svar: Bekräftelse: DalaLab",
             """Hej,

Jag är julledig 21 december–6 januari och läser inte min e-post. Vid brådskande ärenden, kontakta samhällsbyggnad via växeln 0281-750 00.

God jul och gott nytt år!
Stefan Nord
Vansbro kommun""",
             X("auto_reply"),
             "Christmas out-of-office in reply to a confirmation; date range is not a session"),

        mail("k043", "2027-01-18T11:40", ("Microsoft Outlook", "postmaster@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse: DalaLab",
             """Det gick inte att leverera ditt meddelande till helena.gran@falun.se eftersom e-postadressen inte hittades eller inte tar emot e-post.

Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostikinformation för administratörer:

Genererande server: HE1PR0901MB2204.eurprd09.prod.outlook.com

helena.gran@falun.se
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

From: Hassis Linnea <linnea.hassis@regiondalarna.se>
To: helena.gran@falun.se
Subject: Bekräftelse: DalaLab
Date: Mon, 18 Jan 2027 11:38:52 +0100

Hej Helena!

Tack för din anmälan till DalaLab. Du är anmäld till träffarna 29 november 2027 och 22 februari 2028.

Hälsningar
Linnea Hassis, Region Dalarna""",
             X("auto_reply"),
             "Exchange bounce (Swedish NDR) for a mistyped address; returned confirmation names two dates -> nothing to register"),

        mail("k044", "2027-02-02T08:55", ("Sofie Lund", "sofie.lund@ludvika.se"), "Automatiskt svar: Bekräftelse: DalaLab",
             """Tack för ditt mejl!

Jag är på utbildning 2–4 februari och har begränsad tillgång till e-post. Jag svarar så snart jag kan.

Sofie Lund
Planarkitekt, Ludvika kommun""",
             X("auto_reply"),
             "out-of-office from the new substitute in reply to her confirmation"),

        # ---------------------------------------------------------------- unknown
        mail("k045", "2027-02-13T04:12", ("IT-support", "no-reply@mailbox-verify-se.com"), "Din brevlåda är nästan full",
             """Bästa användare,

Din brevlåda har nått 98 % av sin lagringsgräns. Inkommande meddelanden kommer att avvisas inom 24 timmar.

Klicka på länken nedan för att verifiera ditt konto och få 10 GB extra utrymme:
http://mailbox-verify-se.com/owa/regiondalarna

Med vänliga hälsningar
IT-avdelningen""",
             X("unknown"),
             "phishing mail, not about the event"),
    ]
