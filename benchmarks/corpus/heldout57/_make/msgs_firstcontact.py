"""Writer "firstcontact" (bh001–bh045): people writing to the DalaLab registration for the first time. They heard of
the project from a colleague, a newsletter, a network meeting or a manager who forwarded the invitation, so they
introduce themselves (new in the job, which unit, why it fits), often ask a practical thing on the way (cost, parking,
language, digital sessions) and sign up themselves and/or a few colleagues. Around them: pure questions before
signing up, a few first-time changes and cancellations (a manager had signed them up, a successor takes a place),
erasure requests, out-of-office replies to the invitation, a "thanks, forwarded it" note and a consultant's pitch.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunala och regionala tjänstemän som arbetar med planeringsprocesser till ett
lärprojekt i fyra träffar:

  3 maj 2027, Falun, kl. 10–15 (fika från 09.30)
  21 september 2027
  29 november 2027
  22 februari 2028

Sista dag för anmälan är 14 april 2027. Varje kommun kan delta med upp till tre personer.

Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def messages():
    return [
        mail("bh001", "2026-12-02T09:14", ("Anders Påhlsson", "anders.pahlsson@gagnef.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag heter Anders Påhlsson och arbetar sedan i våras som översiktsplanerare på Gagnefs kommun. Vi har inte haft
kontakt tidigare, men jag hörde talas om DalaLab när vi hade länsträff för planerare förra veckan, och en kollega
från Leksand var väldigt entusiastisk över upplägget.

Vi håller just nu på att ta fram en ny översiktsplan med en planeringsstrategi, så det här känns som precis rätt
tajming för oss. Jag vill därför gärna anmäla mig till lärprojektet.

En praktisk fråga: kommer det att finnas något material att läsa in sig på i förväg?

Med vänlig hälsning

Anders Påhlsson
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Gagnefs kommun
Box 13, 785 21 Gagnef
Tel 0241-515 00 (vx) · 070-284 11 36
""",
             X("register", [P("Anders Påhlsson", "anders.pahlsson@gagnef.se", "Gagnefs kommun")], ALL),
             "first-time self-signup naming no session -> all four; the question on the way keeps it register; the "
             "Leksand colleague is context only; box number, postcode and phones are not dates"),

        mail("bh002", "2026-12-03T13:40", ("Hjort Lena", "lena.hjort@avesta.se"), "VB: Inbjudan DalaLab – anmälan",
             """Hej,

Min chef Per Ahlgren skickade vidare inbjudan till DalaLab (se nedan) och tyckte att vi på planenheten borde vara
med. Jag och min kollega Karl Strömberg (karl.stromberg@avesta.se) anmäler oss härmed till de två första
träffarna, 3 maj och 21 september. Hur vi gör med de två senare får vi ta ställning till efter sommaren.

Jag äter glutenfritt, Karl har inga särskilda önskemål.

Vänliga hälsningar
Lena Hjort
Planarkitekt, Avesta kommun
0226-64 50 00

-----Ursprungligt meddelande-----
Från: Per Ahlgren <per.ahlgren@avesta.se>
Skickat: den 2 december 2026 16:02
Till: Lena Hjort <lena.hjort@avesta.se>
Ämne: VB: Inbjudan DalaLab

Kolla den här, Lena. Vore bra om någon från oss är med.

/Per

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab

""" + INVITE + "\n",
             X("register", [P("Lena Hjort", "lena.hjort@avesta.se", "Avesta kommun", diet="glutenfri"),
                            P("Karl Strömberg", "karl.stromberg@avesta.se", "Avesta kommun")],
               [S1, S2], diet="glutenfri"),
             "sender + colleague with address, '3 maj och 21 september' (the later two explicitly left open); "
             "surname-first display name; manager Per is context only; forwarded invitation lists all dates; "
             "'glutenfritt' labelled 'glutenfri', for Lena only"),

        tg("bh003", "2026-12-04T20:12", "Magnus Rydén", "5521983310",
           """Hej! Hörde om DalaLab av en kollega på ett planeringsnätverk i höstas. Jobbar med ÖP i Vansbro kommun, vill gärna anmäla mig till alla träffar 🙂 /Magnus""",
           X("register", [P("Magnus Rydén", None, "Vansbro kommun")], ALL),
           "short Telegram self-signup, 'alla träffar' = all four; name from the sender, organisation from text"),

        mail("bh004", "2026-12-07T10:25", ("Ellen Ståhl", "ellen.stahl@hedemora.se"), "Fråga om DalaLab",
             """Hej!

Jag heter Ellen Ståhl och är nyanställd översiktsplanerare i Hedemora sedan oktober. Jag fick inbjudan till
DalaLab via nyhetsbrevet från Region Dalarna och blev nyfiken.

Innan vi anmäler oss undrar jag två saker:
1. Kostar det något att delta?
2. Behöver man ha varit med i tidigare lärprojekt, eller går det bra att hoppa in som ny?

Vi är troligen två–tre personer från kommunen som är intresserade, så jag återkommer med namn.

Tack på förhand!

Ellen Ståhl
Översiktsplanerare | Hedemora kommun
Tel: 0225-340 00
""",
             X("question"),
             "questions before any signup ('Innan vi anmäler oss', 'återkommer med namn') -> question, no people"),

        mail("bh005", "2026-12-08T14:02", ("Norling Jessica", "jessica.norling@borlange.se"),
             "Anmälan till DalaLab från Borlänge",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea,</p>
<p>Vi fick höra om DalaLab på Region Dalarnas planeringsforum i november och vill gärna vara med från
Borlänge. Jag anmäler härmed mig själv och två kollegor på stadsbyggnadsförvaltningen till alla fyra
träffarna:</p>
<ul>
<li>Jessica Norling, kommunekolog – jessica.norling@borlange.se</li>
<li>Patrik Lund, planarkitekt – patrik.lund@borlange.se</li>
<li>Tove Ekman, trafikplanerare – tove.ekman@borlange.se</li>
</ul>
<p>Tove äter vegetariskt, vi andra äter allt.</p>
<p>Tack och hälsningar!</p>
<table style="border-top:1px solid #999;margin-top:12px">
<tr><td><b>Jessica Norling</b><br>Kommunekolog<br>Stadsbyggnadsförvaltningen<br>Borlänge kommun</td>
<td style="padding-left:20px">Röda vägen 50<br>781 81 Borlänge<br>Tel 0243-740 00</td></tr>
</table>
</body></html>
""",
             X("register", [P("Jessica Norling", "jessica.norling@borlange.se", "Borlänge kommun"),
                            P("Patrik Lund", "patrik.lund@borlange.se", "Borlänge kommun"),
                            P("Tove Ekman", "tove.ekman@borlange.se", "Borlänge kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "HTML-only mail: sender + two colleagues in a bullet list with addresses, 'alla fyra träffarna'; "
             "'äter vegetariskt' labelled 'vegetarisk' for Tove; street address and phone in a signature table",
             html=True),

        mail("bh006", "2026-12-09T11:37", ("Daniel Fischer", "daniel.fischer@falun.se"), "DalaLab registration",
             """Hello Linnea,

I hope it is fine that I write in English – my Swedish is improving, but writing is still slow. I moved from
Freiburg to Falun in August and now work as a strategic planner at Falu kommun. A colleague forwarded your
newsletter about DalaLab, and it sounds like a great way to get to know planning practice in Dalarna.

I would like to register for the two autumn sessions, 21 September and 29 November. I will be on parental leave
in the spring, so unfortunately I cannot join in May.

Two small things: are the sessions held in Swedish only? And I am vegetarian, if that matters for lunch.

Best regards,
Daniel Fischer
Strategic planner, Falu kommun
+46 23 830 00
""",
             X("register", [P("Daniel Fischer", "daniel.fischer@falun.se", "Falu kommun", diet="vegetarian")],
               [S2, S3], diet="vegetarian"),
             "English; 'the two autumn sessions, 21 September and 29 November'; May explicitly excluded, February "
             "not asked for; questions on the way keep it register; diet 'vegetarian' as written"),

        mail("bh007", "2026-12-10T08:03", ("Ann-Sofi Larsson", "ann-sofi.larsson@rattvik.se"),
             "Automatiskt svar: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Tack för ditt mejl!

Jag är på tjänsteresa 9–11 december och läser min e-post sporadiskt. Från och med måndag 14 december är jag
tillbaka på kontoret.

Vid brådskande ärenden, kontakta kommunens växel 0248-700 00.

Ann-Sofi Larsson
Planchef, Rättviks kommun
""",
             X("auto_reply"),
             "out-of-office reply to the invitation (Outlook 'Automatiskt svar:' subject); dates are her travel"),

        tg("bh008", "2026-12-11T17:48", "Rebecka Tallberg", "6034418827",
           """hej! jag heter Rebecka och jobbar med planfrågor på länsstyrelsen i Dalarna. såg inbjudan på linkedin 😊 vill anmäla mig till 3 maj och 22 feb""",
           X("register", [P("Rebecka Tallberg", None, "Länsstyrelsen Dalarna")], [S1, S4]),
           "lower-case Telegram signup; 'länsstyrelsen i Dalarna'; '22 feb' without year = the 2028 session"),

        mail("bh009", "2026-12-14T15:10", ("Ola Grahn", "ola.grahn@leksand.se"), "DalaLab – anmälan av två medarbetare",
             """Hej Linnea,

Vi har inte träffats, men jag är samhällsbyggnadschef i Leksand och fick information om DalaLab på länets
planchefsmöte förra veckan. Det lät som ett utmärkt upplägg.

Jag vill anmäla två av mina medarbetare till hela lärprojektet:

Maja Helander, översiktsplanerare, maja.helander@leksand.se
Sebastian Kvist, planarkitekt, sebastian.kvist@leksand.se

Själv har jag tyvärr inte möjlighet att delta, men jag följer gärna arbetet via dem.

Hälsningar
Ola Grahn
Samhällsbyggnadschef
Leksands kommun
Tel 0247-800 00
""",
             X("register", [P("Maja Helander", "maja.helander@leksand.se", "Leksands kommun"),
                            P("Sebastian Kvist", "sebastian.kvist@leksand.se", "Leksands kommun")], ALL),
             "manager registers two staff 'till hela lärprojektet' -> all four; he says he will not attend, so the "
             "sender is not in people"),

        mail("bh010", "2026-12-15T09:52", ("Karolina Bengtsson", "karolina.bengtsson@ludvika.se"),
             "Anmälan till träffen om tillgänglighet",
             """Hej!

Min kollega Johan tipsade om DalaLab. Jag jobbar som trafik- och mobilitetsplanerare på Ludvika kommun och är
framför allt intresserad av den sista träffen, den om tillgänglighet och mobilitet den 22 februari 2028.

Jag vill anmäla mig till den träffen. Om det bara går att anmäla sig till hela serien får ni gärna höra av er.

Mvh
Karolina Bengtsson
Ludvika kommun
""",
             X("register", [P("Karolina Bengtsson", "karolina.bengtsson@ludvika.se", "Ludvika kommun")], [S4]),
             "signup for the last session only (named by topic and date); colleague Johan is context only"),

        tg("bh011", "2026-12-16T12:20", "Hampus Nord", "1190238475",
           """Hej! Fick inbjudan till DalaLab av min chef. Är alla träffar i Falun eller blir några digitala? Jobbar i Älvdalen så det blir en bit att åka 🙂""",
           X("question"),
           "question only (where are the sessions / digital?); no signup, so no people"),

        mail("bh012", "2026-12-17T16:44", ("Birgitta Wester", "birgitta.wester@mora.se"), "DalaLab",
             """Hej Linnea

Jag heter Birgitta Wester och jobbar som planeringsarkitekt på Mora kommun, sedan snart 20 år tillbaka faktiskt,
så jag har varit med om några omgångar översiktsplaner vid det här laget. Jag var på Dalarnas planeringsdag i
november där någon från regionen nämnde DalaLab, och nu har inbjudan även kommit via vår förvaltningschef.

Jag skulle gärna vilja vara med på första träffen i maj och på den i november. I september har vi samråd för den
fördjupade översiktsplanen för Östnor, och i februari är jag ledig, så de två får jag avstå.

Jag är laktosintolerant, så laktosfritt till fikat vore bra.

Vänliga hälsningar
Birgitta Wester
Planeringsarkitekt
Mora kommun, Kommunhuset, 792 80 Mora
Tel 0250-260 00, mobil 070-312 45 18
""",
             X("register", [P("Birgitta Wester", "birgitta.wester@mora.se", "Mora kommun", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "long intro; 'första träffen i maj och den i november' = 3 May + 29 Nov, September and February "
             "explicitly declined; 'laktosfritt' labelled 'laktosfri'"),

        mail("bh013", "2026-12-18T10:05", ("Roger Sahlin", "roger.sahlin@smedjebacken.se"),
             "Ta bort mig från utskicket",
             """Hej,

Jag har fått inbjudan till DalaLab flera gånger nu, vidarebefordrad från någon gammal sändlista. Jag jobbar med
VA-frågor och inte med planering, så jag kommer inte att delta.

Jag vill att ni raderar mina kontaktuppgifter ur era register, i enlighet med GDPR.

Mvh
Roger Sahlin
VA-ingenjör, Smedjebackens kommun
""",
             X("erasure", [P("Roger Sahlin", "roger.sahlin@smedjebacken.se", "Smedjebackens kommun")]),
             "erasure request from someone never registered ('raderar mina kontaktuppgifter'); people = sender"),

        mail("bh014", "2027-01-04T08:58", ("Fatima Yusuf", "fatima.yusuf@regiondalarna.se"), "Anmälan DalaLab",
             """Hej Linnea!

Gott nytt år! Vi har inte jobbat ihop tidigare – jag sitter på avdelningen för regional utveckling och arbetar
med den regionala utvecklingsstrategin. Lars på vår enhet har redan anmält sig, och han tyckte att jag också
borde vara med, så: anmäl mig gärna till alla fyra träffarna.

/Fatima

Fatima Yusuf
Utvecklingsstrateg, Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Fatima Yusuf", "fatima.yusuf@regiondalarna.se", "Region Dalarna")], ALL),
             "Region Dalarna staff self-signup for all four; colleague Lars (already registered) is context; "
             "Falun postal address is not the organisation"),

        tg("bh015", "2027-01-05T19:31", "Mikael Jonsson", "7403156692",
           """Tja! Anmäler mig o min kollega Elsa Brandt till alla DalaLab-träffarna. Vi jobbar båda på plan i Säters kommun. Hörde om det på länsstyrelsens nätverksträff före jul""",
           X("register", [P("Mikael Jonsson", None, "Säters kommun"), P("Elsa Brandt", None, "Säters kommun")], ALL),
           "sender + colleague ('mig o min kollega'), both Säter; 'länsstyrelsens nätverksträff' is only where "
           "he heard of it"),

        mail("bh016", "2027-01-07T13:18", ("Annelie Grönlund", "annelie.gronlund@orsa.se"),
             "VB: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag började som översiktsplanerare på Orsa kommun den 1 december och har fått inbjudan nedan vidarebefordrad
från min chef. Jag anmäler mig gärna till samtliga träffar.

Observera att jag är ledig 11–15 januari, så svar från mig kan dröja lite.

Hälsningar
Annelie Grönlund
Orsa kommun
Tel 0250-552 00

---------- Vidarebefordrat meddelande ---------
Från: Thomas Wiklund <thomas.wiklund@orsa.se>
Datum: tis 5 jan. 2027 kl. 10:44
Ämne: VB: DalaLab – Planering för hållbarhet och utvecklingskraft
Till: Annelie Grönlund <annelie.gronlund@orsa.se>

Det här borde passa dig!

""" + quoted(INVITE) + "\n",
             X("register", [P("Annelie Grönlund", "annelie.gronlund@orsa.se", "Orsa kommun")], ALL),
             "new employee forwards the manager's forward; 'samtliga träffar' = all four; start date 1 december "
             "and leave 11–15 januari are not sessions; manager Thomas only in the forwarded part"),

        mail("bh017", "2027-01-11T11:02", ("Tobias Malm", "tobias.malm@hedemora.se"), "DalaLab 21 september",
             """Hej!

Jag heter Tobias Malm och jobbar som planarkitekt i Hedemora. Min chef har anmält mig till DalaLab, vilket jag
ser fram emot, men jag har redan en utbildning inbokad den 21 september och kan därför inte komma på den
träffen. Övriga träffar kommer jag på.

Tack och hälsningar,
Tobias
""",
             X("cancel", [P("Tobias Malm", "tobias.malm@hedemora.se", "Hedemora kommun")], [S2],
               unsure=("change-or-cancel",)),
             "first own message after the manager registered him: can't come 21 September, keeps the rest -> "
             "partial cancel of that session (as in the shared corpus); could also be read as a change to 3/5, "
             "29/11, 22/2"),

        tg("bh018", "2027-01-12T21:05", "Hanna Lindh", "5088213764",
           """Hej Linnea! Hanna här, planarkitekt på Falu kommun. Min kollega Daniel berättade om DalaLab. Jag vill anmäla mig till första träffen 3 maj, resten får jag återkomma om när jag vet hur hösten ser ut""",
           X("register", [P("Hanna Lindh", None, "Falu kommun")], [S1]),
           "signup for the first session only; 'resten får jag återkomma om' registers nothing more; Daniel is "
           "context"),

        tg("bh019", "2027-01-13T07:42", "Camilla Persson", "6671029384",
           """Godmorgon! Camilla Persson, miljöstrateg i Malung-Sälens kommun. Fick tips om DalaLab av en kollega. Vill gärna vara med på alla fyra träffarna! Jag äter vegetariskt 🌱""",
           X("register", [P("Camilla Persson", None, "Malung-Sälens kommun", diet="vegetarisk")], ALL,
             diet="vegetarisk"),
           "self-signup for all four; 'äter vegetariskt' labelled 'vegetarisk'"),

        mail("bh020", "2027-01-15T14:27", ("Åsa Lindvall", "asa.lindvall@lansstyrelsen.se"),
             "DalaLab – kan Länsstyrelsen delta?",
             """Hej Linnea,

Jag är handläggare på enheten för samhällsplanering på Länsstyrelsen Dalarna och såg inbjudan till DalaLab hos
en av kommunerna vi samarbetar med. Målgruppen beskrivs som kommunala och regionala tjänstemän – är det öppet
även för oss på Länsstyrelsen? Gäller i så fall samma begränsning på tre personer?

Vi är några stycken som skulle vara intresserade, och jag återkommer med en anmälan när jag vet hur det ser ut.

Med vänlig hälsning
Åsa Lindvall
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
010-225 00 00
""",
             X("question"),
             "question about eligibility and quota; the signup is announced for later ('återkommer med en "
             "anmälan') -> question, no people"),

        mail("bh021", "2027-01-18T10:33", ("Nils-Erik Blomqvist", "nils-erik.blomqvist@alvdalen.se"),
             "Anmälan till DalaLab, Älvdalens kommun",
             """Bästa Linnea Hassis,

Undertecknad, stadsarkitekt i Älvdalens kommun, har tagit del av inbjudan till lärprojektet DalaLab genom
Region Dalarnas nyhetsbrev. Då vi står inför en revidering av kommunens översiktsplan finner vi projektet
mycket angeläget.

Härmed anmäls följande personer:

- Nils-Erik Blomqvist, stadsarkitekt
- Lovisa Hed, planarkitekt (nyanställd)

Vi önskar delta vid träffarna den 3 maj, 21 september och 22 februari. Den 29 november sammanträder
kommunfullmäktige, varför vi tyvärr inte kan närvara då.

Med vänlig hälsning

Nils-Erik Blomqvist
Stadsarkitekt
Älvdalens kommun
Dalgatan 21, 796 30 Älvdalen
0251-310 00
""",
             X("register", [P("Nils-Erik Blomqvist", "nils-erik.blomqvist@alvdalen.se", "Älvdalens kommun"),
                            P("Lovisa Hed", None, "Älvdalens kommun")], [S1, S2, S4]),
             "formal letter in iso-8859-1; sender lists himself and a colleague without address; three dates "
             "named, 29 November explicitly excluded; 'Region Dalarnas nyhetsbrev' is only the source",
             charset="iso-8859-1"),

        tg("bh022", "2027-01-19T12:15", "Aisha Mahmoud", "2290475518",
           """Hi! I'm Aisha, new environmental strategist at Falun municipality. A colleague told me about DalaLab. Could you sign me up for May 3 and Sept 21? My email is aisha.mahmoud@falun.se. Thanks!""",
           X("register", [P("Aisha Mahmoud", "aisha.mahmoud@falun.se", "Falu kommun")], [S1, S2]),
           "English Telegram signup; e-mail given in the text is kept; 'Falun municipality' = Falu kommun"),

        mail("bh023", "2027-01-20T16:05", ("Mats Ohlin", "mats.ohlin@rattvik.se"), "SV: Inbjudan DalaLab",
             """Hej Linnea,

Tack för inbjudan till DalaLab. Jag har skickat den vidare till våra planerare på samhällsbyggnadsförvaltningen,
så de hör av sig direkt till dig med anmälan.

Hälsningar
Mats Ohlin
Kommundirektör, Rättviks kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 18 januari 2027 09:00
Till: Mats Ohlin <mats.ohlin@rattvik.se>
Ämne: Inbjudan DalaLab

""" + quoted(INVITE) + "\n",
             X("unknown", unsure=("intent",)),
             "municipal director thanks for the invitation and says his planners will sign up themselves: no "
             "request, no signup, not automatic -> unknown (judgement call; nothing to act on); quoted invitation "
             "lists all dates"),

        mail("bh024", "2027-01-22T09:40", ("Ingela Dahlström", "ingela.dahlstrom@gagnef.se"),
             "Anmälan DalaLab – Gagnef",
             """Hej!

Jag heter Ingela och är bygglovschef i Gagnef. Anders Påhlsson hos oss har redan anmält sig och har pratat så
varmt om upplägget att jag och min kollega Kent Ålund också vill hänga på. Vi anmäler oss till de tre första
träffarna (3/5, 21/9 och 29/11). Februari 2028 känns för långt bort att planera för just nu.

Specialkost: jag glutenfri, Kent vegan.

Hälsningar
Ingela Dahlström
Gagnefs kommun
""",
             X("register", [P("Ingela Dahlström", "ingela.dahlstrom@gagnef.se", "Gagnefs kommun", diet="glutenfri"),
                            P("Kent Ålund", None, "Gagnefs kommun", diet="vegan")],
               [S1, S2, S3], diet="glutenfri, vegan"),
             "sender + colleague without address; 'de tre första (3/5, 21/9 och 29/11)'; two per-person diets "
             "joined in the message diet; Anders (already registered) is context only"),

        mail("bh025", "2027-01-25T07:30", ("Frida Sköld", "frida.skold@avesta.se"),
             "Autosvar: Inbjudan DalaLab",
             """Hej!

Jag är föräldraledig 1 januari – 31 augusti 2027. Under tiden nås planenheten via Lena Hjort,
lena.hjort@avesta.se, 0226-64 50 00.

Vänliga hälsningar
Frida Sköld
Avesta kommun
""",
             X("auto_reply"),
             "out-of-office ('Autosvar:') to the invitation; leave dates and the named stand-in are no signup"),

        tg("bh026", "2027-01-26T10:11", "Linda Öberg", "8120456631",
           """Hej! Jobbar som planarkitekt i Smedjebacken sen i höstas och hörde om DalaLab från en kollega. Kan jag få anmäla mig till höstens två träffar? Tack på förhand!""",
           X("register", [P("Linda Öberg", None, "Smedjebackens kommun")], [S2, S3]),
           "'Kan jag få anmäla mig' is a polite signup; 'höstens två träffar' = 21 Sep + 29 Nov; 'sen i höstas' "
           "is her start, not a session"),

        mail("bh027", "2027-01-28T13:55", ("Gustav Eriksson", "gustav.eriksson@sater.se"), "Intresseanmälan DalaLab",
             """Hej,

Jag fick höra om DalaLab genom Mikael Jonsson på vår planavdelning, som redan har anmält sig. Jag är miljö- och
byggchef i Säters kommun och vill gärna delta på den första träffen den 3 maj, inte minst för att förstå vad
projektet kan betyda för vår del. Övriga träffar återkommer jag om.

Finns det parkering i anslutning till lokalen i Falun?

Med vänliga hälsningar

Gustav Eriksson
Miljö- och byggchef
Säters kommun
Rådhusgatan 1, 783 27 Säter
Telefontid mån–tor 9–11, tel 0225-550 00
""",
             X("register", [P("Gustav Eriksson", "gustav.eriksson@sater.se", "Säters kommun")], [S1]),
             "subject says 'Intresseanmälan' but the body signs up for 3 May; other sessions left open; parking "
             "question on the way; Mikael is context"),

        mail("bh028", "2027-02-01T08:22", ("Elias Berggren", "elias.berggren@ludvika.se"), "Tar över plats i DalaLab",
             """Hej Linnea!

Jag heter Elias Berggren och började som översiktsplanerare i Ludvika kommun i januari. Min företrädare Stefan
Hallin slutade vid årsskiftet, och han var anmäld till DalaLab – alla fyra träffarna, enligt det han lämnade
efter sig. Jag tar gärna över hans plats om det går bra.

Min e-post är den jag skriver från.

Vänliga hälsningar
Elias Berggren
Översiktsplanerare, Ludvika kommun
0240-860 00
""",
             X("change", [P("Stefan Hallin", None, "Ludvika kommun"),
                          P("Elias Berggren", "elias.berggren@ludvika.se", "Ludvika kommun")], ALL),
             "substitution: the successor takes the departed predecessor's place; people = withdrawn + substitute; "
             "sessions = what Elias takes (all four, as Stefan had)"),

        tg("bh029", "2027-02-02T18:37", "Jenny Karlsson", "3377105289",
           """hej! en kollega skickade länken till er. kostar det nåt att vara med i dalalab? o måste man gå på alla fyra gångerna eller kan man välja?""",
           X("question"),
           "question only (cost, must one attend all four); 'alla fyra gångerna' is part of the question, not a "
           "signup"),

        mail("bh030", "2027-02-04T10:48", ("Pernilla Sjödin", "pernilla.sjodin@rattvik.se"), "SV: VB: Inbjudan DalaLab",
             """Hej!

Jag är en av planerarna som Mats skickade inbjudan vidare till. Jag vill gärna vara med i DalaLab!

Pernilla Sjödin
Planarkitekt
Rättviks kommun

Skickat från Outlook för iOS

Från: Mats Ohlin <mats.ohlin@rattvik.se>
Skickat: onsdag 20 januari 2027 16:10
Till: Planenheten <plan@rattvik.se>
Ämne: VB: Inbjudan DalaLab

Hej alla, se nedan. Anmäl er direkt till Linnea om ni vill vara med.
/Mats

""" + quoted(INVITE) + "\n",
             X("register", [P("Pernilla Sjödin", "pernilla.sjodin@rattvik.se", "Rättviks kommun")], ALL),
             "short reply above a forwarded invitation; no session named -> all four (the quoted dates are not the "
             "signup); Mats is context"),

        mail("bh031", "2027-02-08T15:20", ("Ravi Menon", "ravi.menon@regiondalarna.se"),
             "Registration for DalaLab – two of us from Regional Development",
             """Hi Linnea,

We haven't met yet – I joined Region Dalarna's regional development unit in November as a data analyst, working
on accessibility and commuting patterns. My colleague Karin Svedberg (karin.svedberg@regiondalarna.se) and I saw
DalaLab mentioned at our department meeting and would both like to join the first and the last session
(3 May 2027 and 22 February 2028).

Is there parking at the venue in Falun, or should we take the bus?

Thanks,
Ravi

Ravi Menon | Data Analyst | Region Dalarna
Phone +46 23 49 00 00
""",
             X("register", [P("Ravi Menon", "ravi.menon@regiondalarna.se", "Region Dalarna"),
                            P("Karin Svedberg", "karin.svedberg@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "English; sender + colleague with address; 'first and the last session' with dates; parking question "
             "on the way"),

        tg("bh032", "2027-02-10T08:05", "Emma Ljung", "6890123745",
           """Hej! Emma från Orsa kommun här 🙋‍♀️ Såg DalaLab i regionens nyhetsbrev. Anmäler mig till 3/5, 21/9 och 29/11. Glutenfri kost tack!""",
           X("register", [P("Emma Ljung", None, "Orsa kommun", diet="glutenfri")], [S1, S2, S3], diet="glutenfri"),
           "numeric dates 3/5, 21/9, 29/11; diet glutenfri"),

        mail("bh033", "2027-02-12T11:30", ("Håkan Berglund", "hakan.berglund@hedemora.se"), "Anmälan DalaLab Hedemora",
             """Hej Linnea,

Ellen Ståhl i vårt team var i kontakt med dig i december om DalaLab. Nu vet vi vilka som ska delta: jag anmäler
vår nya planerare Sofia Rask (sofia.rask@hedemora.se) och GIS-samordnaren Omar Haddad till alla fyra träffarna.
Tobias Malm är sedan tidigare anmäld.

Själv är jag enhetschef och kommer inte att delta.

Hälsningar
Håkan Berglund
Enhetschef plan, Hedemora kommun
""",
             X("register", [P("Sofia Rask", "sofia.rask@hedemora.se", "Hedemora kommun"),
                            P("Omar Haddad", None, "Hedemora kommun")], ALL),
             "manager registers two staff, not himself; Ellen (earlier contact) and Tobias (already registered) are "
             "context only"),

        mail("bh034", "2027-02-15T13:12", ("Ida Wennberg", "ida.wennberg@vansbro.se"), "DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div>Hej Linnea!</div>
<div>&nbsp;</div>
<div>Min kollega Magnus Rydén tipsade om DalaLab. Jag arbetar med landsbygdsutveckling och fysisk planering i
Vansbro kommun och skulle vilja vara med på två av träffarna: <b>21 september</b> och <b>22 februari</b>.</div>
<div>&nbsp;</div>
<div>Vänliga hälsningar,</div>
<table cellpadding="0" cellspacing="0"><tr>
<td style="color:#1f4e79"><b>Ida Wennberg</b><br>Utvecklingsstrateg<br>Vansbro kommun<br>Tel 0281-750 00</td>
</tr></table>
</body></html>
""",
             X("register", [P("Ida Wennberg", "ida.wennberg@vansbro.se", "Vansbro kommun")], [S2, S4]),
             "HTML-only; '21 september och 22 februari' (February = the 2028 session); colleague Magnus is context",
             html=True),

        tg("bh035", "2027-02-17T14:50", "Kristoffer Ahl", "1288374650",
           """Hej, såg DalaLab i regionens nyhetsbrev. Jag jobbar med kollektivtrafikplanering på Region Dalarna och är mest intresserad av sista träffen om tillgänglighet, så anmäl mig gärna till den 👍""",
           X("register", [P("Kristoffer Ahl", None, "Region Dalarna")], [S4]),
           "'sista träffen om tillgänglighet' = 22 Feb 2028 only"),

        mail("bh036", "2027-02-19T09:15", ("Sandra Holmqvist", "sandra.holmqvist@mora.se"),
             "Avanmälan DalaLab – Malin Eng",
             """Hej Linnea!

Vi har inte hörts förut – jag är enhetschef för planering i Mora kommun. Min medarbetare Malin Eng anmälde sig
till DalaLab i december, men hon har nu fått en ny tjänst i Västerås och slutar hos oss sista mars. Jag vill
därför avanmäla henne från lärprojektet.

Vi kommer eventuellt att skicka någon annan i hennes ställe, men det återkommer jag om.

Hälsningar
Sandra Holmqvist
Enhetschef, Mora kommun
""",
             X("cancel", [P("Malin Eng", None, "Mora kommun")], ALL),
             "manager cancels a colleague (sender not in people); no session named -> all four; a possible "
             "replacement later is not a registration"),

        mail("bh037", "2027-02-23T20:14", ("Jonna Halvarsson", "jonna.halvarsson84@gmail.com"), "Anmälan DalaLab",
             """Hej!

Jag heter Jonna Halvarsson och har precis börjat som översiktsplanerare på Leksands kommun. Min jobbmejl är
inte igång än, därför skriver jag härifrån. Maja Helander på kontoret berättade om DalaLab och jag skulle
gärna vilja vara med på alla träffar.

Hälsningar Jonna

Skickat från min iPhone
""",
             X("register", [P("Jonna Halvarsson", "jonna.halvarsson84@gmail.com", "Leksands kommun")], ALL),
             "private gmail address; organisation from the text ('Leksands kommun'); Maja is context"),

        tg("bh038", "2027-02-26T16:40", "Viktor Sand", "5963301278",
           """Hej. En kollega la till mig i en gruppchatt om DalaLab och sen fick jag meddelanden från er bot. Jag ska inte vara med i projektet. Radera gärna mina uppgifter, tack.""",
           X("erasure", [P("Viktor Sand", None, None)]),
           "erasure via Telegram from someone never registered; people = sender, no organisation stated"),

        mail("bh039", "2027-03-02T10:10", ("Charlotte Wik", "charlotte.wik@malung-salen.se"),
             "Anmälan DalaLab – Malung-Sälen",
             """Hej Linnea,

Camilla Persson hos oss har anmält sig till DalaLab och tycker att fler från kommunen borde vara med. Jag är
planchef och vill anmäla mig själv och vår bygglovsarkitekt Erik Holm (erik.holm@malung-salen.se) till samtliga
träffar.

Jag har nötallergi – kan ni meddela det till den som ordnar fikat?

Vänliga hälsningar
Charlotte Wik
Planchef
Malung-Sälens kommun
Lisagatan 32, 782 82 Malung
0280-181 00
""",
             X("register", [P("Charlotte Wik", "charlotte.wik@malung-salen.se", "Malung-Sälens kommun",
                              diet="nötallergi"),
                            P("Erik Holm", "erik.holm@malung-salen.se", "Malung-Sälens kommun")],
               ALL, diet="nötallergi"),
             "sender + colleague with address, 'samtliga träffar'; nut allergy is the sender's; Camilla is context"),

        mail("bh040", "2027-03-05T06:12", ("Peter Almgren", "peter.almgren@lansstyrelsen.se"),
             "Frånvaro: Inbjudan DalaLab",
             """Jag är på semester till och med söndag 14 mars och har begränsad tillgång till e-post.
Brådskande ärenden: ring växeln 010-225 00 00.

I am on leave until Sunday 14 March with limited access to e-mail. For urgent matters, please call
+46 10 225 00 00.

Peter Almgren
Länsstyrelsen Dalarna
""",
             X("auto_reply"),
             "bilingual out-of-office ('Frånvaro:'); dates are his leave"),

        tg("bh041", "2027-03-09T12:34", "Alva Persson", "7012938465",
           """Hej! Min chef anmälde mig till alla fyra träffarna i DalaLab, men jag kan bara komma på de två sista. Går det att ändra? /Alva, Avesta kommun""",
           X("change", [P("Alva Persson", None, "Avesta kommun")], [S3, S4], unsure=("change-or-cancel",)),
           "first own message after being registered by her manager; 'bara de två sista' -> change, sessions "
           "after the change = 29 Nov + 22 Feb (could be read as cancelling 3 May and 21 Sep)"),

        mail("bh042", "2027-03-15T10:40", ("Lina Fors", "lina.fors@trafikverket.se"),
             "Anmälan till DalaLab – träffen om tillgänglighet",
             """Hej Linnea,

Jag arbetar som samhällsplanerare på Trafikverket, Region Mitt, och har ofta kontakt med kommunerna i Dalarna i
tidiga skeden av översiktsplaneringen. En av planerarna i Borlänge skickade mig inbjudan till DalaLab. Den
fjärde träffen, om tillgänglighet och mobilitet den 22 februari 2028, ligger väldigt nära det vi jobbar med,
så jag vill gärna anmäla mig till den – förutsatt att ni tar emot deltagare utanför kommunerna och regionen.

Vänliga hälsningar
Lina Fors
Samhällsplanerare
Trafikverket, Region Mitt
Box 417, 801 05 Gävle
Tel 010-123 10 00
""",
             X("register", [P("Lina Fors", "lina.fors@trafikverket.se", None)], [S4], unsure=("intent",)),
             "national agency (not a listed organisation) -> organisation null; signs up for the fourth session "
             "with a proviso about eligibility, labelled register; the Borlänge planner is context"),

        tg("bh043", "2027-03-22T19:05", "Rikard Svärd", "4409182736",
           """Hej! Jag är ny kommunarkitekt i Orsa. Två kollegor har redan anmält sig till DalaLab har jag förstått – finns det plats för en till från oss? Ni skrev väl max tre per kommun?""",
           X("question"),
           "question about a free place under the quota; no signup stated, so no people"),

        tg("bh044", "2027-04-01T09:22", "Johanna Backman", "6239184057",
           """Hallå! Hörde om DalaLab på ett möte igår. Hinner man fortfarande anmäla sig? Isf anmäler jag mig till alla träffar 😊 Johanna, Rättviks kommun""",
           X("register", [P("Johanna Backman", None, "Rättviks kommun")], ALL),
           "before the deadline: asks whether it's still open and signs up 'isf' -> register, all four; 'igår' "
           "is not a session"),

        mail("bh045", "2027-04-07T11:00", ("Jonas Kärrman", "jonas.karrman@plankraft.se"), "Samarbete kring DalaLab?",
             """Hej Linnea,

Jag heter Jonas Kärrman och driver konsultbolaget PlanKraft AB i Falun. Vi har lång erfarenhet av processledning
av översiktsplaner och planeringsstrategier i Mellansverige. Jag såg att Region Dalarna driver DalaLab och ville
presentera oss: vi leder gärna workshops eller tar fram underlag till någon av träffarna, till exempel den
29 november om framtider och osäkerheter.

Jag ringer gärna upp nästa vecka för att berätta mer.

Med vänlig hälsning
Jonas Kärrman
VD, PlanKraft AB
Org.nr 559123-4567
070-455 18 02
""",
             X("unknown"),
             "consultant's sales pitch offering to run a workshop; no signup, no question about the event -> "
             "unknown; '29 november' names a session but nobody registers"),
    ]
