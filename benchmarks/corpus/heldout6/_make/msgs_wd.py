from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# The reminder Region Dalarna sent on Monday 15 March 2027, and the last one on Tuesday 6 April 2027.
REM1 = """Hej!

Nu är det en månad kvar att anmäla sig till lärprojektet DalaLab – Planering för hållbarhet och
utvecklingskraft. Sista anmälningsdag 14 april (onsdag).

Träffarna:
• 3 maj 2027, Falun, kl. 10.00–15.00 (fika från 09.30) – Hållbar utveckling i ett rumsligt perspektiv och
  planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028 – Planera för tillgänglighet: rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Svara på det här mejlet eller skriv till vår Telegram-bot
och ange namn, organisation, vilka träffar du vill gå på och eventuell specialkost.

Vänliga hälsningar
Linnea Hassis
Regional utveckling, Region Dalarna
linnea.hassis@regiondalarna.se"""

REM2 = """Sista påminnelse! Anmälan till DalaLab stänger onsdag 14 april – sista anmälningsdag 14 april gäller
alla fyra träffarna: 3/5 (Falun), 21/9, 29/11 2027 och 22/2 2028.

Redan anmäld? Då behöver du inte göra något.

/Linnea Hassis, Region Dalarna"""


def q(text):
    """Quote a text the way a mail client does with '> '."""
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def messages():
    return [
        mail("v136", "2027-03-15T09:14:00", ("Helena Marklund", "helena.marklund@avesta.se"),
             "SV: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april",
             """Hej Linnea,

tack för påminnelsen, den behövdes. Jag har tänkt anmäla mig sedan i december men det har runnit iväg
bland allt annat. Jag vill gärna vara med på hela lärprojektet.

Hälsningar
Helena Marklund
Samhällsbyggnadsförvaltningen
Avesta kommun
0226-64 50 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 mars 2027 08:00
Till: Helena Marklund <helena.marklund@avesta.se>
Ämne: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april

""" + REM1,
             X("register", [P("Helena Marklund", "helena.marklund@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply over the reminder (all four dates, deadline, quota in the quote); 'hela lärprojektet' = all four"),

        mail("v137", "2027-03-15T13:40:00", ("Göran Dahlin", "goran.dahlin@leksand.se"), "Tredje platsen för Leksand",
             """Hej!

Leksand har sedan januari Per Olsson och Ingrid Moberg anmälda till DalaLab, och de fortsätter som
planerat. Nu har vi hittat en tredje person: vår nyanställda planarkitekt Fatima Yusuf
(fatima.yusuf@leksand.se). Hon kan tyvärr inte den 21 september eller den 22 februari, så anmäl henne
till 3 maj och 29 november.

Själv deltar jag inte.

Göran Dahlin
Plan- och byggchef, Leksands kommun""",
             X("register", [P("Fatima Yusuf", "fatima.yusuf@leksand.se", "Leksands kommun")], [S1, S3]),
             "manager fills the municipality's third place; two already-registered colleagues and the sender are not people; "
             "the dates she cannot make are excluded"),

        tg("v138", "2027-03-15T21:05:00", "Jossan Orsa", 7712093,
           "hej! fick påminnelsen idag. finns det platser kvar för orsa? tror vi bara är en anmäld hittills men vill kolla "
           "innan jag frågar kollegorna",
           X("question"), "question whether places remain; no signup yet"),

        mail("v139", "2027-03-16T07:52:00", ("Åhman Mikael", "mikael.ahman@borlange.se"), "Avanmälan 3 maj",
             """God morgon,

Jag är anmäld till samtliga fyra DalaLab-träffar men måste tyvärr stryka den första, 3 maj.
Budgetarbetet i nämnden landar precis då och jag kan inte vara borta en hel dag. September, november
och februari står kvar.

Med vänlig hälsning
Mikael Åhman
Översiktsplanerare
Borlänge kommun | Samhällsbyggnadsförvaltningen
Röda vägen 50, 781 81 Borlänge
Tfn 0243-740 00""",
             X("cancel", [P("Mikael Åhman", "mikael.ahman@borlange.se", "Borlänge kommun")], [S1]),
             "partial cancellation because of workload: only 3 May cancelled, the kept months are not sessions to cancel; "
             "surname-first display name"),

        mail("v140", "2027-03-16T10:30:00", ("Eva-Lena Grahn", "eva-lena.grahn@falun.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Sanna Lindblad, som är anmäld till DalaLab från Falu kommun, slutar hos oss sista april. Kristoffer
Bäck (kristoffer.back@falun.se) tar över hennes plats på alla fyra träffarna. Kristoffer är
vegetarian – Sanna hade inga kostönskemål, så det behöver ändras också.

Tack på förhand!
Eva-Lena Grahn
Enhetschef Strategisk planering
Falu kommun""",
             X("change", [P("Sanna Lindblad", None, "Falu kommun"),
                          P("Kristoffer Bäck", "kristoffer.back@falun.se", "Falu kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "substitution by a manager (not in people): leaver and substitute both listed; substitute takes all four; "
             "the substitute's diet"),

        mail("v141", "2027-03-16T15:12:00", ("Tomasz Nowak", "tomasz.nowak@regiondalarna.se"),
             "RE: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april",
             """Hi Linnea,

Thanks for the reminder - my Swedish is still a work in progress, so I hope English is fine. I would
like to join the autumn sessions, i.e. 21 September and 29 November 2027. I can't make it in May
(parental leave) and February is uncertain, so I'll leave that one for now.

Dietary requirements: vegan.

Best regards,
Tomasz Nowak
Analyst, Regional Development
Region Dalarna

-----Original Message-----
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Sent: Monday, March 15, 2027 8:00 AM
To: Tomasz Nowak <tomasz.nowak@regiondalarna.se>
Subject: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april

""" + REM1,
             X("register", [P("Tomasz Nowak", "tomasz.nowak@regiondalarna.se", "Region Dalarna", diet="vegan")],
               [S2, S3], diet="vegan"),
             "English reply over the Swedish reminder; 'May' and 'February' named only as not attending"),

        tg("v142", "2027-03-17T08:20:00", "Anneli G", 5523017,
           "God morgon! Lägg till mig i DalaLab, alla träffarna 😊 Anneli Grönqvist, Rättviks kommun. Jag är glutenfri "
           "om det blir mat",
           X("register", [P("Anneli Grönqvist", None, "Rättviks kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "chat signup with full name in the text (display name shortened), diet"),

        mail("v143", "2027-03-17T11:03:00", ("Birgitta Lorentzon", "birgitta.lorentzon@mora.se"),
             "Ändringar i Moras anmälningar",
             """Hej,

Vi har gjort en ny fördelning av DalaLab-träffarna inom planenheten i Mora:

Sofie Ek var anmäld till 3 maj. Hon går i stället på 29 november och 22 februari (alltså inte i maj).
Lars Mattsson är anmäld till 21 september och lägger till 3 maj, så han tar Sofies maj-tillfälle.

Ahmed Karimi berörs inte, hans anmälan gäller som förut.

/Birgitta Lorentzon, planchef, Mora kommun""",
             X("change", [P("Sofie Ek", None, "Mora kommun"), P("Lars Mattsson", None, "Mora kommun")], ALL),
             "manager reshuffles sessions between two colleagues: Sofie after = 29/11+22/2, Lars after = 3/5+21/9, "
             "union all four; untouched colleague and sender not people"),

        mail("v144", "2027-03-17T14:47:00", ("Björn Wikström", "bjorn.wikstrom@hedemora.se"), "SV: Din anmälan till DalaLab",
             """Hej Linnea,

Okej, jag förstår att det är fullt för Hedemora. Får jag i så fall stå på väntelistan? Om någon av de
tre hoppar av vill jag gärna ta platsen, helst på alla fyra träffarna.

Mvh Björn

Björn Wikström
Miljö- och byggförvaltningen, Hedemora kommun

Den 17 mars 2027 kl. 11:20 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Björn!
>
> Tack för din anmälan till DalaLab. Tyvärr kan vi inte ta emot den: varje
> kommun kan delta med högst tre personer, och för Hedemora kommun är
> platserna redan tagna av Anna Forslund, Mohammed Ali och Sten Larsson.
> Hör gärna av dig om ni vill byta deltagare.
>
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna""",
             X("register", [P("Björn Wikström", "bjorn.wikstrom@hedemora.se", "Hedemora kommun")], ALL),
             "refused fourth person asks for the waiting list (register, all four); the three place-holders named in the "
             "quoted refusal are not people"),

        tg("v145", "2027-03-17T19:33:00", "Nadia P.", 8830142,
           "Hi, this is Nadia Pereira from Ludvika municipality. Please cancel my place for September 21st - I'll be at a "
           "conference in Lisbon that week. I'm still coming to the other sessions!",
           X("cancel", [P("Nadia Pereira", None, "Ludvika kommun")], [S2]),
           "English chat, partial cancellation of one session; 'Ludvika municipality'"),

        mail("v146", "2027-03-18T08:05:00", ("HR-service Säters kommun", "hr@sater.se"), "Avslutad anställning – Jenny Holm",
             """Hej,

Vi har fått information om att Jenny Holm (jenny.holm@sater.se) är anmäld till er utbildningsserie
DalaLab. Jenny avslutade sin anställning hos Säters kommun den 28 februari 2027 och e-postadressen
kommer att stängas. Vänligen stryk henne från deltagarlistan.

Eventuell ersättare får hennes chef återkomma om.

Med vänlig hälsning
HR-service
Säters kommun
Box 300, 783 27 Säter

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag,
meddela avsändaren och radera det.""",
             X("cancel", [P("Jenny Holm", "jenny.holm@sater.se", "Säters kommun")], ALL),
             "HR function mailbox says a participant has left: cancel, all four; a possible future replacement is not a "
             "person; iso-8859-1", charset="iso-8859-1"),

        mail("v147", "2027-03-18T10:22:00", ("Ulrika Sjögren Hall", "ulrika.sjogren.hall@gagnef.se"), "Rättelse kost",
             """Hej igen!

En rättelse till min anmälan (3 maj och 21 september): jag skrev laktosfri, men det stämmer inte
riktigt – jag har mjölkproteinallergi, så även laktosfria mejeriprodukter är uteslutna. Datumen är
desamma.

Tack!
Ulrika Sjögren Hall
Gagnefs kommun""",
             X("change", [P("Ulrika Sjögren Hall", "ulrika.sjogren.hall@gagnef.se", "Gagnefs kommun",
                            diet="mjölkproteinallergi")], [S1, S2], diet="mjölkproteinallergi"),
             "diet correction: the old diet (laktosfri) is replaced; sessions stated as unchanged; two-part surname without hyphen"),

        mail("v148", "2027-03-18T16:40:00", ("Kerstin Ahlgren", "kerstin.ahlgren@vansbro.se"),
             "Re: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april",
             """Hej! Vi vill gärna vara med från Vansbro: jag på alla fyra och min kollega Mattias Olander bara på
första träffen i Falun.
Kerstin

Skickat från min iPhone

> 15 mars 2027 kl. 08:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
""" + q(REM1),
             X("register", [P("Kerstin Ahlgren", "kerstin.ahlgren@vansbro.se", "Vansbro kommun"),
                            P("Mattias Olander", None, "Vansbro kommun")], ALL),
             "phone reply on top of the quoted reminder; self all four + colleague only the first session; union all four"),

        tg("v149", "2027-03-19T07:12:00", "Mats H", 6612988,
           "tjena, mats hedberg smedjebacken här. jag kan inte 29/11 så linda korhonen går i mitt ställe den dagen. hennes "
           "mejl linda.korhonen@smedjebacken.se",
           X("change", [P("Mats Hedberg", None, "Smedjebackens kommun"),
                        P("Linda Korhonen", "linda.korhonen@smedjebacken.se", "Smedjebackens kommun")], [S3]),
           "lower-case chat substitution for one session: both people, sessions = what the substitute takes"),

        mail("v150", "2027-03-19T12:55:00", ("Per-Erik Jonsson", "per-erik.jonsson@malung-salen.se"),
             "Frågor om DalaLab",
             """Hej,

Jag har två frågor innan sista anmälningsdag:
1. Finns det fortfarande platser kvar för Malung-Sälens kommun? Jag vet inte om någon kollega redan
   anmält sig.
2. Går det att anmäla sig till bara en eller två av träffarna, t.ex. den om utvecklingsinriktning och
   den om tillgänglighet, eller förväntas man gå på alla?

Hälsningar
Per-Erik Jonsson
Malung-Sälens kommun""",
             X("question"),
             "two numbered questions (places left, single sessions allowed?); sessions named by theme only as examples"),

        mail("v151", "2027-03-20T22:10:00", ("Peter Blom", "peter.blom@alvdalen.se"), "Anmälan Älvdalen",
             """Hej Linnea

Sent omsider kommer Älvdalens anmälan. Följande tre kollegor ska delta i samtliga träffar:

Elsa Dahl, översiktsplanerare – elsa.dahl@alvdalen.se
Kim Nordin, GIS-ingenjör – kim.nordin@alvdalen.se
Omar Sheikh, trafikplanerare – omar.sheikh@alvdalen.se

Jag själv deltar inte men vill gärna ha kopia på bekräftelserna.

Hälsningar från en snöig lördag
Peter Blom
Samhällsbyggnadschef
Älvdalens kommun""",
             X("register", [P("Elsa Dahl", "elsa.dahl@alvdalen.se", "Älvdalens kommun"),
                            P("Kim Nordin", "kim.nordin@alvdalen.se", "Älvdalens kommun"),
                            P("Omar Sheikh", "omar.sheikh@alvdalen.se", "Älvdalens kommun")], ALL),
             "municipality fills all three places late on a Saturday evening; sender does not attend; titles after names"),

        mail("v152", "2027-03-22T08:30:00", ("Aleksandra Wójcik", "aleksandra.wojcik@borlange.se"), "SV: Bekräftelse DalaLab",
             """Hej,

Tack för bekräftelsen! En liten sak: mitt namn stavas Aleksandra Wójcik, med k och ó, inte Alexandra
Wojcik. Skulle du kunna rätta det i deltagarlistan så att det blir rätt på namnbrickan? Datumen
stämmer (3 maj och 29 november).

Vänliga hälsningar
Aleksandra

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 19 mars 2027 15:02
Till: aleksandra.wojcik@borlange.se
Ämne: Bekräftelse DalaLab

Hej Alexandra Wojcik!

Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:
- 3 maj 2027, Falun, kl. 10–15
- 29 november 2027

Välkommen!
Linnea Hassis""",
             X("change", [P("Aleksandra Wójcik", "aleksandra.wojcik@borlange.se", "Borlänge kommun")], [S1, S3]),
             "name spelling correction over a quoted confirmation; the misspelled name is not a second person; sessions stated"),

        mail("v153", "2027-03-22T14:18:00", ("Rasmus Eriksson", "rasmus.eriksson@lansstyrelsen.se"),
             "Anmälan DalaLab, Länsstyrelsen",
             """Hej!

Jag jobbar med klimatanpassning och hållbar samhällsplanering på Länsstyrelsen och vill anmäla mig
till två av träffarna: den om att planera för önskvärda framtider och osäkerheter, och den om
tillgänglighet. De två första hinner jag inte.

Rasmus Eriksson
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten
010-225 00 00""",
             X("register", [P("Rasmus Eriksson", "rasmus.eriksson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "sessions only by theme (osäkerheter = 29/11, tillgänglighet = 22/2); 'De två första' excluded"),

        mail("v154", "2027-03-23T09:40:00", ("Marie-Louise Nilsson", "marie-louise.nilsson@orsa.se"),
             "Sjukskriven – kan inte komma 3 maj",
             """Hej Linnea,

Jag har tyvärr blivit sjukskriven på heltid, preliminärt till och med mitten av juni, och kommer därför
inte kunna delta i Falun den 3 maj. Ta bort mig från den träffen. Mina övriga anmälningar (21/9,
29/11 och 22/2) vill jag ha kvar så länge.

Hälsningar
Marie-Louise Nilsson
Orsa kommun""",
             X("cancel", [P("Marie-Louise Nilsson", "marie-louise.nilsson@orsa.se", "Orsa kommun")], [S1]),
             "illness: cancels only 3 May; the kept sessions are listed as dates but not cancelled; 'mitten av juni' no session"),

        tg("v155", "2027-03-23T12:02:00", "Erik", 4401276,
           "är det för sent att anmäla sig? isf anmäl mig ändå – Erik Lundholm, Falu kommun, alla träffar. tack!",
           X("register", [P("Erik Lundholm", None, "Falu kommun")], ALL),
           "late-signup worry plus a conditional signup ('isf anmäl mig ändå') -> register"),

        mail("v156", "2027-03-24T10:11:00", ("Yasmin Haddad", "yasmin.haddad@rattvik.se"),
             "Re: Påminnelse: anmälan till DalaLab – sista anmälningsdag 14 april",
             """Hej!

Från Rättvik är Anneli Grönqvist och Tord Hansson redan anmälda, så jag tar vår tredje plats. Jag vill
vara med på 21 september, 29 november och 22 februari – den 3 maj har jag semester.

Hälsningar Yasmin Haddad, planarkitekt, Rättviks kommun

Den mån 15 mars 2027 kl 08:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
""" + q(REM1),
             X("register", [P("Yasmin Haddad", "yasmin.haddad@rattvik.se", "Rättviks kommun")], [S2, S3, S4]),
             "self takes the municipality's third place; the two already registered are not people; Gmail-quoted reminder"),

        mail("v157", "2027-03-24T15:30:00", ("Liam O'Connor", "liam.oconnor@borlange.se"), "DalaLab - change of plans",
             """Hello Linnea,

I registered for all four DalaLab sessions in January, but my manager and I have agreed that I should
attend only the kick-off in Falun on 3 May this year. Could you please cancel my places for
21 September, 29 November and 22 February?

Many thanks and apologies for the extra work,
Liam O'Connor
Urban Planner, Borlänge Municipality""",
             X("cancel", [P("Liam O'Connor", "liam.oconnor@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "English partial cancellation of three sessions under a 'change of plans' subject; 3 May is kept, not cancelled"),

        mail("v158", "2027-03-25T08:48:00", ("Ingrid Moberg", "ingrid.moberg@leksand.se"), "Ändring i anmälan från Leksand",
             """Hej,

Per Olsson, som är anmäld från Leksands kommun, har fått en ny tjänst på miljökontoret och kommer inte
att delta i DalaLab alls. Vi har i dagsläget ingen som kan ta hans plats, så stryk honom bara. Jag och
Fatima står kvar som förut.

/Ingrid

Ingrid Moberg
Leksands kommun""",
             X("cancel", [P("Per Olsson", None, "Leksands kommun")], ALL),
             "colleague withdrawn without substitute under an 'Ändring' subject -> cancel, all four; sender and Fatima stay, "
             "not people"),

        tg("v159", "2027-03-25T20:45:00", "Sara Lindell", 3390571,
           "Hej Linnea! Paula Strömberg från Ludvika blir föräldraledig i höst. Johan Ehn tar över hennes platser 21/9, "
           "29/11 och 22/2. johan.ehn@ludvika.se. Mvh Sara (samordnare på Ludvika kommun)",
           X("change", [P("Paula Strömberg", None, "Ludvika kommun"),
                        P("Johan Ehn", "johan.ehn@ludvika.se", "Ludvika kommun")], [S2, S3, S4]),
           "coordinator (not a person) reports a substitution for three sessions; sessions = what the substitute takes"),

        mail("v160", "2027-03-26T11:20:00", ("Karin Berg-Andersson", "karin.berg-andersson@gagnef.se"), "Ny e-postadress",
             """Hej!

Jag har gift mig och bytt efternamn från Berg till Berg-Andersson. Min gamla adress k.berg@gagnef.se
slutar fungera i april, så skicka gärna all information om DalaLab till den här adressen i stället.
Jag är anmäld till alla fyra träffarna och det gäller fortfarande.

Vänliga hälsningar
Karin Berg-Andersson
Gagnefs kommun""",
             X("change", [P("Karin Berg-Andersson", "karin.berg-andersson@gagnef.se", "Gagnefs kommun")], ALL),
             "name and address change; the old address is not a second person; sessions stated (all four)"),

        mail("v161", "2027-03-26T16:05:00", ("Lena Hult", "lena.hult@orsa.se"), "Fråga om sen anmälan",
             """Hej Linnea!

Snabb fråga: vi är två anmälda från Orsa kommun. Om vi hittar en tredje person efter den 14 april, går
det då att anmäla hen i efterhand, eller är sista anmälningsdag absolut?

Tack,
Lena""",
             X("question"), "question about a third place after the deadline; '14 april' is the deadline, not a session"),

        mail("v162", "2027-03-29T07:35:00", ("Stina Kask", "stina.kask@malung-salen.se"), "Byta datum?",
             """Hej,

jag är anmäld till DalaLab 3 maj men har fått en krock med ett samråd i Sälen den dagen. Går det att
byta till 21 september i stället? I så fall vill jag gärna det.

Stina Kask
Malung-Sälens kommun

Skickat från Outlook för Android""",
             X("change", [P("Stina Kask", "stina.kask@malung-salen.se", "Malung-Sälens kommun")], [S2]),
             "session swap phrased as a question -> change; after the change only 21 September"),

        mail("v163", "2027-03-29T13:50:00", ("Anna-Karin Fält", "anna-karin.falt@regiondalarna.se"),
             "Maria Sandén – ny deltagare",
             """Hej Linnea!

Maria Sandén på Regional utveckling har slutat hos oss den 26 mars. Hon var anmäld till höstens båda
DalaLab-träffar. Hennes efterträdare Hugo Lindström, hugo.lindstrom@regiondalarna.se, tar över
anmälan och går alltså 21 september och 29 november.

Hälsningar
Anna-Karin Fält
HR-partner, Region Dalarna""",
             X("change", [P("Maria Sandén", None, "Region Dalarna"),
                          P("Hugo Lindström", "hugo.lindstrom@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HR reports a leaver with a named successor -> substitution; '26 mars' is no session; 'höstens båda' = 21/9+29/11"),

        tg("v164", "2027-03-30T09:15:00", "Hanna Lejon", 9920314,
           "Hej! Jag anmälde mig till alla fyra träffar i januari men glömde att skriva att jag är vegetarian. Kan ni lägga "
           "till det? /Hanna, Leksand",
           X("change", [P("Hanna Lejon", None, "Leksands kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "diet added to an existing signup -> change; sessions stated (all four); surname from the display name"),

        mail("v165", "2027-03-30T14:22:00", ("Pontus Sahlin", "pontus.sahlin@avesta.se"), "Två till från Avesta",
             """Hej Linnea,

Helena Marklund anmälde sig själv för ett par veckor sedan. Nu vill vi fylla Avestas två återstående
platser:

* Pontus Sahlin (jag), pontus.sahlin@avesta.se – alla fyra träffarna
* Selma Öberg, selma.oberg@avesta.se – 3 maj och 22 februari 2028

Selma behöver laktosfri kost.

Hälsningar
Pontus Sahlin
Avesta kommun, Stadsbyggnad""",
             X("register", [P("Pontus Sahlin", "pontus.sahlin@avesta.se", "Avesta kommun"),
                            P("Selma Öberg", "selma.oberg@avesta.se", "Avesta kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "fills the remaining two places: self + colleague in a bullet list; already-registered colleague not a person; "
             "per-person sessions, union all four; colleague's diet"),

        tg("v166", "2027-03-31T17:40:00", "Dragan Petrović", 2210456,
           "Hej. Jag har tyvärr blivit långtidssjukskriven och får avanmäla mig från hela DalaLab. Tråkigt, såg fram emot "
           "det. Mvh Dragan Petrović, Säters kommun",
           X("cancel", [P("Dragan Petrović", None, "Säters kommun")], ALL),
           "illness, full cancellation ('hela DalaLab') -> all four"),

        mail("v167", "2027-04-01T09:05:00", ("Samuel Achterberg", "samuel.achterberg@lansstyrelsen.se"), "Places left?",
             """Dear Ms Hassis,

Is there still room in DalaLab for participants from the County Administrative Board? If so, please
register my colleague Ingrid Kallio (ingrid.kallio@lansstyrelsen.se) for the first two sessions, on
3 May and 21 September. I will not attend myself.

Kind regards,
Samuel Achterberg
Head of Unit, Länsstyrelsen Dalarna""",
             X("register", [P("Ingrid Kallio", "ingrid.kallio@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "English: asks whether places remain and registers a colleague conditionally -> register; sender not attending"),

        mail("v168", "2027-04-01T13:30:00", ("Amanda Holmqvist", "amanda.holmqvist@falun.se"), "Vi byter plats",
             """Hej!

Jesper Nyqvist och jag (båda Falu kommun) har kommit överens om att byta en träff med varandra: jag
tar hans plats den 29 november, och han går på min plats den 21 september. Övriga anmälningar är
oförändrade.

Jesper står på kopia.

/Amanda Holmqvist""",
             X("change", [P("Amanda Holmqvist", "amanda.holmqvist@falun.se", "Falu kommun"),
                          P("Jesper Nyqvist", None, "Falu kommun")], [S2, S3]),
             "two colleagues swap one session each: both substitutes, sessions taken = 29/11 (sender) + 21/9 (colleague)"),

        mail("v169", "2027-04-02T10:48:00", ("Ali Rahimi", "ali.rahimi@vansbro.se"), "Anmälan",
             """Hej, anmäl mig till 3/5 och 29/11.
Mvh Ali Rahimi, Vansbro kommun

Skickat från min iPhone""",
             X("register", [P("Ali Rahimi", "ali.rahimi@vansbro.se", "Vansbro kommun")], [S1, S3]),
             "terse phone signup with numeric dates"),

        mail("v170", "2027-04-05T11:11:00", ("Roger Skoog", "roger.skoog@sater.se"), "DalaLab – ny fördelning Säter",
             """Hej Linnea,

Efter att Jenny Holm slutat har vi sett över vilka som ska gå på DalaLab från Säter. Johanna Wiklund är
anmäld till alla fyra träffar; hon fortsätter på 3 maj och 29 november. På 21 september och
22 februari går i stället Niklas Berggren (niklas.berggren@sater.se).

Hälsningar
Roger Skoog, samhällsbyggnadschef""",
             X("change", [P("Johanna Wiklund", None, "Säters kommun"),
                          P("Niklas Berggren", "niklas.berggren@sater.se", "Säters kommun")], [S2, S4],
               unsure=["sessions"]),
             "partial substitution: Niklas takes 21/9+22/2 from Johanna, who keeps 3/5+29/11; sessions = what the substitute "
             "takes (Johanna's kept sessions make the union a possible reading); Jenny Holm (left earlier) is not a person"),

        tg("v171", "2027-04-06T07:50:00", "Maja", 1183920,
           "finns det plats kvar på första träffen i falun? någon sa att lokalen är liten. vill inte anmäla mig om det redan "
           "är fullt",
           X("question"), "question about room at the first session before deciding to sign up -> no sessions"),

        mail("v172", "2027-04-06T08:01:00", ("Lisa Grahn", "lisa.grahn@alvdalen.se"),
             "Automatiskt svar: Sista påminnelse: anmälan till DalaLab senast 14 april",
             """Hej,

Jag är tjänstledig till och med 30 april och läser inte min e-post. För bygglovsfrågor, ring kommunens
växel 0251-310 00. Brådskande planärenden: kontakta Elsa Dahl, elsa.dahl@alvdalen.se.

Hälsningar
Lisa Grahn
Älvdalens kommun""",
             X("auto_reply"),
             "out-of-office answer to the last reminder, no auto headers; a colleague's address is not a signup"),

        mail("v173", "2027-04-06T09:30:00", ("Joakim Lindqvist", "joakim.lindqvist@gagnef.se"),
             "SV: Sista påminnelse: anmälan till DalaLab senast 14 april",
             """Oj, det här hade jag helt missat! Anmäl mig gärna till allt utom den 29 november, då är jag
bortrest.

/Jocke Lindqvist
Gagnefs kommun

________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: tisdag 6 april 2027 08:00
Ämne: Sista påminnelse: anmälan till DalaLab senast 14 april

""" + REM2,
             X("register", [P("Joakim Lindqvist", "joakim.lindqvist@gagnef.se", "Gagnefs kommun")], [S1, S2, S4]),
             "reply to the last reminder; 'allt utom den 29 november' = three sessions; nickname in signature, full name in "
             "display name; quoted reminder with numeric dates"),

        mail("v174", "2027-04-07T13:15:00", ("Ann-Sofie Grip", "ann-sofie.grip@malung-salen.se"),
             "DalaLab 21 september – två avhopp",
             """Hej,

På grund av arbetsbelastningen med den nya översiktsplanen kan varken Hampus Ersson eller Per-Erik
Jonsson delta på träffen den 21 september. De är anmälda till alla fyra och de andra tre
tillfällena står kvar.

Vänligen
Ann-Sofie Grip
Avdelningschef, Malung-Sälens kommun""",
             X("cancel", [P("Hampus Ersson", None, "Malung-Sälens kommun"),
                          P("Per-Erik Jonsson", None, "Malung-Sälens kommun")], [S2]),
             "manager cancels one session for two colleagues because of workload; sender not a person"),

        mail("v175", "2027-04-07T20:40:00", ("Cecilia Rönn", "cecilia.ronn@orsa.se"), "Radera mina uppgifter",
             """Hej,

Jag fick er påminnelse om DalaLab, men jag har aldrig anmält mig och tänker inte göra det. Jag vill att
ni raderar alla personuppgifter ni har om mig, inklusive min e-postadress, och tar bort mig från alla
utskickslistor.

Cecilia Rönn""",
             X("erasure", [P("Cecilia Rönn", "cecilia.ronn@orsa.se", "Orsa kommun")]),
             "erasure request prompted by the reminder; organisation only from the domain"),

        tg("v176", "2027-04-08T12:30:00", "Arjun Mehta", 6650021,
           "Hi! Is it too late to sign up? If not, please register me for all four sessions. Arjun Mehta, Region Dalarna "
           "(public health planning). Vegetarian 🙏",
           X("register", [P("Arjun Mehta", None, "Region Dalarna", diet="vegetarian")], ALL, diet="vegetarian"),
           "English chat: late-signup question plus conditional signup -> register all four; diet"),

        mail("v177", "2027-04-08T15:55:00", ("Peter Blom", "peter.blom@alvdalen.se"), "SV: Anmälan Älvdalen",
             """Hej igen Linnea,

Några justeringar för Älvdalen: Omar Sheikh kan inte den 29 november eftersom han ska presentera
översiktsplanen i fullmäktige då, och Kim Nordin har bokat resa över sportlovet och hoppar därför av
den 22 februari. Elsa Dahl går på allt som planerat.

/Peter

Från: Peter Blom
Skickat: den 20 mars 2027 22:10
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Anmälan Älvdalen

Hej Linnea

Sent omsider kommer Älvdalens anmälan. Följande tre kollegor ska delta i samtliga träffar:

Elsa Dahl, översiktsplanerare – elsa.dahl@alvdalen.se
Kim Nordin, GIS-ingenjör – kim.nordin@alvdalen.se
Omar Sheikh, trafikplanerare – omar.sheikh@alvdalen.se

Jag själv deltar inte men vill gärna ha kopia på bekräftelserna.""",
             X("cancel", [P("Omar Sheikh", "omar.sheikh@alvdalen.se", "Älvdalens kommun"),
                          P("Kim Nordin", "kim.nordin@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
             "manager's follow-up over his own quoted signup: two colleagues each drop a different session -> cancel, union "
             "29/11+22/2; addresses only in the quoted earlier mail; Elsa and 'samtliga' in the quote are not cancelled"),

        mail("v178", "2027-04-09T10:02:00", ("Therese Wallin", "therese.wallin@smedjebacken.se"), "Anmälan DalaLab",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill anmäla mig till DalaLab, träffarna den <b>21 september 2027</b> och <b>22 februari 2028</b>.</p>
<p>Kost: laktosintolerant</p>
<p>Med vänliga hälsningar<br>
Therese Wallin<br>
Planarkitekt<br>
Smedjebackens kommun<br>
Tel 0240-660&nbsp;00</p>
</body></html>""",
             X("register", [P("Therese Wallin", "therese.wallin@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosintolerant")], [S2, S4], diet="laktosintolerant"),
             "HTML-only signup with bold dates and a diet line", html=True),

        tg("v179", "2027-04-10T09:40:00", "Tord Hansson", 7745120,
           "Hej Linnea, Tord i Rättvik här. Jag har fått nytt jobb i Gävle och slutar i maj. Rebecka Lund tar min plats på "
           "samtliga träffar, rebecka.lund@rattvik.se",
           X("change", [P("Tord Hansson", None, "Rättviks kommun"),
                        P("Rebecka Lund", "rebecka.lund@rattvik.se", "Rättviks kommun")], ALL),
           "chat substitution by the leaver himself; 'Gävle' is his next employer, not his organisation here; 'maj' no session"),

        mail("v180", "2027-04-10T11:25:00", ("Gabriel Mendes", "gabriel.mendes@lansstyrelsen.se"),
             "Re: Sista påminnelse: anmälan till DalaLab senast 14 april",
             """Hi Linnea,

A quick change to my registration: I'm currently signed up for 3 May only, but that day now clashes
with a board meeting. Please take me off 3 May and put me down for 29 November and 22 February
instead.

Thanks,
Gabriel

Gabriel Mendes
Planning officer, Länsstyrelsen Dalarna

On Tue, 6 Apr 2027 at 08:00, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:
""" + q(REM2),
             X("change", [P("Gabriel Mendes", "gabriel.mendes@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "English change over the quoted last reminder: drops 3 May, takes 29/11 and 22/2 -> sessions after the change"),
    ]
