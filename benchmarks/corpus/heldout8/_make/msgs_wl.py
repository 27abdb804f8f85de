from build import ALL, P, S1, S2, S3, S4, X, mail, tg

# Writer "wl": realistic mixed mail, half Swedish, half English, from planners, GIS staff, architects,
# sustainability strategists and consultants across all 17 organisations.

INVITE_OUTLOOK = """

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 13:47
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft,
för dig som arbetar med strategisk översiktsplanering i kommun eller region.

Träffar:
3 maj 2027 kl. 10–15 i Falun (fika från 09.30) – Hållbar utveckling i ett rumsligt perspektiv
21 september 2027 – Utvecklingsinriktning i ÖP-modellen
29 november 2027 – Att planera för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna
"""

INVITE_GMAIL = """

Den tis 1 dec. 2026 kl 13:47 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej!
>
> Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet
> och utvecklingskraft.
>
> Träffarna äger rum 3 maj 2027 (Falun), 21 september 2027, 29 november 2027
> och 22 februari 2028.
>
> Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
>
> Linnea Hassis, Region Dalarna
"""


def confirmation(name, dates, sv=False):
    h = ("Från", "Skickat", "Till", "Ämne") if sv else ("From", "Sent", "To", "Subject")
    return f"""

{h[0]}: Linnea Hassis <linnea.hassis@regiondalarna.se>
{h[1]}: {{sent}}
{h[2]}: {name}
{h[3]}: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej {name.split()[0]}!

Tack för din anmälan till DalaLab. Du är anmäld till:
{dates}

Första träffen hålls i Falun kl. 10–15, fika från 09.30. Mer information kommer före varje träff.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        mail("x136", "2026-12-02T08:14:00", ("Koskinen Mirja", "mirja.koskinen@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler mig till den 3 maj och den 29 november. De två andra krockar tyvärr med KF-sammanträden
som jag måste vara med på.

Vänliga hälsningar
Mirja Koskinen
Samhällsplanerare
Samhällsbyggnadsförvaltningen, Avesta kommun
Tfn 0226-64 50 00
""" + INVITE_OUTLOOK,
             X("register", [P("Mirja Koskinen", "mirja.koskinen@avesta.se", "Avesta kommun")], [S1, S3]),
             "Outlook reply on top of the invitation (surname-first display name); two named dates; the quoted invitation lists all four"),

        mail("x137", "2026-12-03T16:40:00", ("Chloé Dubois", "chloe.dubois@regiondalarna.se"),
             "DalaLab registration",
             """Hi Linnea,

I'd like to sign up for DalaLab – all four sessions if possible. I work as a sustainability strategist
in the regional development unit, so strategic spatial planning is very much part of my remit these
days, and I'd love to meet the municipal planners.

Dietary requirement: vegan.

Thanks a lot!
Chloé

Chloé Dubois
Sustainability Strategist | Hållbarhetsstrateg
Region Dalarna, Regional utveckling
Box 712, 791 29 Falun
""",
             X("register", [P("Chloé Dubois", "chloe.dubois@regiondalarna.se", "Region Dalarna")], ALL, diet="vegan"),
             "English self-signup from the Region, 'all four sessions', diet vegan; Falun postal address is not the organisation"),

        tg("x138", "2026-12-04T21:17:00", "Jonte Å", 5512093847,
           "Hej! Jonathan Åkerlund här, planarkitekt i Orsa. Anmäler mig till alla fyra träffarna 👍",
           X("register", [P("Jonathan Åkerlund", None, "Orsa kommun")], ALL),
           "Telegram, nickname display name, full name and place in the text; all four"),

        mail("x139", "2026-12-07T10:03:00", ("Ryan O'Connor", "ryan.oconnor@borlange.se"),
             "Registration for a colleague – DalaLab",
             """Hi Linnea,

I'm writing on behalf of my colleague Nadia El-Amin (nadia.el-amin@borlange.se), who is a GIS analyst
in our team. She's away on a course this week and asked me to register her for the two autumn sessions,
21 Sept and 29 Nov. I won't be attending myself, so no place needed for me.

Cheers,
Ryan

Ryan O'Connor
GIS Coordinator
Borlänge kommun | Samhällsbyggnadsförvaltningen
+46 243 740 00
""",
             X("register", [P("Nadia El-Amin", "nadia.el-amin@borlange.se", "Borlänge kommun")], [S2, S3]),
             "sender registers only a colleague (sender not in people); hyphenated surname; 'two autumn sessions' with dates"),

        mail("x140", "2026-12-09T13:26:00", ("Anneli Rask", "anneli.rask@leksand.se"),
             "Anmälan DalaLab – två från Leksand",
             """Hej Linnea!

Vi är två från Leksand som gärna vill vara med i DalaLab: jag själv och Per-Olof Dahl
(per-olof.dahl@leksand.se), båda översiktsplanerare här. Vi kommer på alla träffar.

Per-Olof har celiaki och behöver glutenfri kost, jag äter allt.

Hälsningar
Anneli Rask
Översiktsplanerare
Leksands kommun
Norsgatan 19, 793 80 Leksand
""",
             X("register", [P("Anneli Rask", "anneli.rask@leksand.se", "Leksands kommun"),
                            P("Per-Olof Dahl", "per-olof.dahl@leksand.se", "Leksands kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "self + colleague in running text, all sessions; diet belongs to the colleague only"),

        mail("x141", "2027-04-01T07:02:00", ("Marek Nowak", "marek.nowak@ludvika.se"),
             "Automatic reply: Påminnelse: anmälan till DalaLab senast 14 april",
             """Thank you for your email.

I am currently on annual leave and will be back in the office on Tuesday 13 April. I will respond to
your message when I return.

For urgent GIS or map matters, please contact gis@ludvika.se or call the switchboard on 0240-860 00.

Kind regards,
Marek Nowak
GIS Coordinator, Ludvika kommun
""",
             X("auto_reply"),
             "English out-of-office reply to the reminder; '13 April' and the deadline are not sessions"),

        mail("x142", "2026-12-10T09:48:00", ("Kristoffer Lööf", "kristoffer.loof@malung-salen.se"),
             "Fråga om DalaLab",
             """Hej,

Innan jag anmäler mig undrar jag om det går att delta digitalt på någon av träffarna? Det är närmare
tre timmars bilresa till Falun för oss i Sälen, och med en halv tjänst på plankontoret är det svårt att
vara borta en hel dag.

Om det bara är fysiska träffar får jag prata med min chef först.

Mvh
Kristoffer Lööf
Planeringsarkitekt
Malung-Sälens kommun
""",
             X("question"),
             "question without signup ('Innan jag anmäler mig'); organisation only in signature"),

        mail("x143", "2026-12-14T11:31:00", ("Helena Wójcik", "helena.wojcik@mora.se"),
             "DalaLab sign-up + parking?",
             """Hello Linnea,

I'd like to register for the first session in Falun and the one on accessibility in February. The two
in between unfortunately overlap with our detailed plan deadlines.

Also – is there parking near the venue, or would you recommend taking the train from Mora?

Best regards,
Helena Wójcik
Architect SAR/MSA
Mora kommun, Stadsbyggnad
""",
             X("register", [P("Helena Wójcik", "helena.wojcik@mora.se", "Mora kommun")], [S1, S4]),
             "signup with a practical question -> register; sessions by description ('first ... in Falun', 'the one on accessibility')"),

        tg("x144", "2027-03-08T19:55:00", "Lars Pettersson", 6023381192,
           "Hi, Lars from Säter here. Afraid I have to cancel 21 Sept – clashes with a planning committee meeting. Still coming to the other three!",
           X("cancel", [P("Lars Pettersson", None, "Säters kommun")], [S2]),
           "Telegram partial cancellation of one session; 'the other three' kept"),

        mail("x145", "2027-02-16T14:12:00", ("Hassan Jaber", "hassan.jaber@gagnef.se"),
             "Ändring DalaLab 29/11",
             """Hej!

Tove Lindh är anmäld till träffen den 29 november men har fått förhinder, så jag går i hennes ställe
den dagen. Tove är kvar på de andra träffarna som vanligt.

/Hassan

Hassan Jaber
Strategisk planerare
Gagnefs kommun
""",
             X("change", [P("Tove Lindh", None, "Gagnefs kommun"), P("Hassan Jaber", "hassan.jaber@gagnef.se", "Gagnefs kommun")], [S3]),
             "substitution for one session where the sender is the substitute; withdrawn colleague has no address"),

        mail("x146", "2027-01-11T15:20:00", ("Daniel Hughes", "daniel.hughes@wsp.com"),
             "DalaLab – attending on behalf of Vansbro kommun",
             """Dear Linnea,

I'm a planning consultant at WSP currently supporting Vansbro kommun with their new comprehensive plan.
Vansbro's head of planning, Karin Olsson, has asked me to attend DalaLab on the municipality's behalf –
I understand I would then count as one of Vansbro's three places.

Could you please register me for the first two sessions (3 May and 21 September)? Whether I continue
after that depends on how our assignment develops.

Kind regards,
Daniel Hughes
Senior Consultant, Urban Planning
WSP Sverige AB
""",
             X("register", [P("Daniel Hughes", "daniel.hughes@wsp.com", "Vansbro kommun")], [S1, S2]),
             "consultant (wsp.com) attending for a municipality and counting against its quota -> Vansbro kommun; head of planning named but not registered"),

        mail("x147", "2027-01-19T08:37:00", ("Lisa Öberg", "lisa.oberg@hedemora.se"),
             "SV: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Tack för bekräftelsen. Jag glömde nämna att jag är laktosintolerant – kan ni notera det till båda mina
träffar (3 maj och 21 september)?

Tack!
/Lisa

Lisa Öberg
GIS-samordnare, Hedemora kommun
""" + confirmation("Lisa Öberg", "– 3 maj 2027\n– 21 september 2027", sv=True).replace("{sent}", "den 18 januari 2027 16:02"),
             X("change", [P("Lisa Öberg", "lisa.oberg@hedemora.se", "Hedemora kommun")], [S1, S2], diet="laktosintolerant"),
             "Outlook reply on top of the confirmation adding a diet -> change; her sessions stated in her own text"),

        tg("x148", "2027-01-24T12:06:00", "Emelie G", 5899120473,
           "hej! anmäler mig till första träffen i falun 🙂 en sak bara: jag är allergisk mot fisk och skaldjur, så inga räksmörgåsar till mig haha. /Emelie Gustafsson, Rättviks kommun",
           X("register", [P("Emelie Gustafsson", None, "Rättviks kommun")], [S1], diet="fisk, skaldjur"),
           "Telegram signup for 'första träffen'; allergy described in a sentence; full name only in the sign-off"),

        mail("x149", "2026-12-16T07:58:00", ("Anja Hoffmann", "anja.hoffmann@lansstyrelsen.se"),
             "Registration DalaLab",
             """Good morning,

I would like to register for DalaLab. I can make all of the sessions except the one on 29 November,
when I will be on leave.

Kind regards,
Dr. Anja Hoffmann
Regional Planning
County Administrative Board of Dalarna (Länsstyrelsen Dalarna)
""",
             X("register", [P("Anja Hoffmann", "anja.hoffmann@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2, S4]),
             "'all except the one on 29 November' -> three sessions; title 'Dr.' not part of the name"),

        mail("x150", "2027-03-22T10:44:00", ("Jenny Wahlberg", "jenny.wahlberg@smedjebacken.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått en ny tjänst i Västerås och slutar i kommunen
sista april. Någon ersättare är inte utsedd ännu – min chef hör av sig om det blir aktuellt.

Tack för ett fint upplägg, jag hade verkligen sett fram emot det.

Med vänliga hälsningar
Jenny Wahlberg
Planarkitekt
Smedjebackens kommun
""",
             X("cancel", [P("Jenny Wahlberg", "jenny.wahlberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "full cancellation, no session named -> all four; 'sista april' is not a session; possible later replacement not registered"),

        mail("x151", "2026-12-18T13:15:00", ("Henrik Wallin", "henrik.wallin@falun.se"),
             "DalaLab – three from Falu kommun",
             """Hi Linnea,

Please register the following from Falu kommun's planning department for all four sessions:

- myself (Henrik Wallin, GIS manager)
- Sofia Mäkinen, GIS analyst – sofia.makinen@falun.se
- Daniel Okafor, architect – daniel.okafor@falun.se

Daniel has a tree nut allergy, so please let the caterer know.

Thanks,
Henrik

Henrik Wallin
GIS-chef | Falu kommun
Stadshuset, 791 83 Falun
""",
             X("register", [P("Henrik Wallin", "henrik.wallin@falun.se", "Falu kommun"),
                            P("Sofia Mäkinen", "sofia.makinen@falun.se", "Falu kommun"),
                            P("Daniel Okafor", "daniel.okafor@falun.se", "Falu kommun", diet="tree nut allergy")],
               ALL, diet="tree nut allergy"),
             "English bullet list of three including the sender; diet for one colleague"),

        tg("x152", "2027-02-02T17:42:00", "Jonas Larsson", 4477819020,
           "Hello! Will the presentations from the sessions be shared afterwards? I might not be able to make all of them. Thanks /Jonas (Älvdalen)",
           X("question"),
           "Telegram question only, no signup"),

        mail("x153", "2026-12-01T14:03:00", ("Sanna Mattsson", "sanna.mattsson@mora.se"),
             "Frånvaromeddelande: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag är föräldraledig till och med 28 februari 2027 och läser inte min e-post under den tiden.

Frågor om detaljplaner: kontakta plan@mora.se.
Frågor om översiktsplanering: kontakta Helena Wójcik, helena.wojcik@mora.se.

Med vänlig hälsning
Sanna Mattsson
Mora kommun
""",
             X("auto_reply"),
             "Swedish out-of-office reply to the invitation; names a colleague and an address but registers no one"),

        mail("x154", "2027-02-09T09:21:00", ("Katarzyna Wiśniewska", "katarzyna.wisniewska@ludvika.se"),
             "DalaLab 3 May",
             """Hi,

Please sign me up for the first session on 3 May. I should mention that I can only stay until lunch –
I have a site visit in Grängesberg in the afternoon – but I'd still very much like to attend the morning
part.

Best regards,
Katarzyna Wiśniewska
Landscape Architect
Ludvika kommun
""",
             X("register", [P("Katarzyna Wiśniewska", "katarzyna.wisniewska@ludvika.se", "Ludvika kommun")], [S1]),
             "signup with partial attendance on the day (still register for 3 May)"),

        mail("x155", "2027-01-27T15:50:00", ("Magnus Hedberg", "magnus.hedberg@regiondalarna.se"),
             "Anmälan av ny medarbetare till DalaLab",
             """Hej Linnea!

Jag vill anmäla vår nya hållbarhetsstrateg Johanna Ek-Svensson till DalaLab, alla fyra träffarna.
Hon börjar hos oss den 1 februari och har inte fått någon mejladress än – skicka gärna bekräftelsen
till mig så vidarebefordrar jag.

Själv har jag tyvärr inte möjlighet att vara med den här gången.

Hälsningar
Magnus
Enhetschef, Hållbar utveckling
Region Dalarna
""",
             X("register", [P("Johanna Ek-Svensson", None, "Region Dalarna")], ALL),
             "manager registers a new colleague without an address; sender explicitly not attending"),

        tg("x156", "2027-03-02T07:49:00", "Linus Hägg", 6310457718,
           "hej! jag är anmäld till 3 maj men har krock med budgetdagen. går det att byta till 21 sept istället? /Linus, Borlänge",
           X("change", [P("Linus Hägg", None, "Borlänge kommun")], [S2]),
           "Telegram swap phrased as a question -> change; bare swap gives only the new session"),

        mail("x157", "2027-03-04T11:09:00", ("Thomas Wright", "thomas.wright@mora.se"),
             "DalaLab – Erik Nilsson",
             """Hi Linnea,

Erik Nilsson (erik.nilsson@mora.se) has left Mora kommun as of 1 March, so please remove him from all
DalaLab sessions. We haven't decided yet whether someone else will take his place – I'll get back to you
on that.

Best,
Thomas Wright
Planning Manager, Mora kommun
""",
             X("cancel", [P("Erik Nilsson", "erik.nilsson@mora.se", "Mora kommun")], ALL),
             "manager withdraws a colleague without a substitute -> cancel, all sessions; sender not in people"),

        mail("x158", "2027-02-22T10:30:00", ("Bengt-Åke Sjöholm", "bengt-ake.sjoholm@hedemora.se"),
             "anmälan",
             """Hej

Anmäler mig till träffarna 3/5 och 22/2.

Mvh
Bengt-Åke Sjöholm
Översiktsplanerare
Hedemora kommun
Tfn 0225-341 00, mobil 070-612 34 56
""",
             X("register", [P("Bengt-Åke Sjöholm", "bengt-ake.sjoholm@hedemora.se", "Hedemora kommun")], [S1, S4]),
             "terse iso-8859-1 mail, dates as 3/5 and 22/2; phone numbers in signature",
             charset="iso-8859-1"),

        mail("x159", "2026-12-21T20:14:00", ("Samuel Eriksson-Blom", "samuel.eriksson-blom@alvdalen.se"),
             "Re: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Count me in for all four! I'm coeliac, so anything gluten-free would be much appreciated.

/Sam

Samuel Eriksson-Blom
Planarkitekt
Älvdalens kommun

Skickat från min iPhone""" + INVITE_GMAIL,
             X("register", [P("Samuel Eriksson-Blom", "samuel.eriksson-blom@alvdalen.se", "Älvdalens kommun")], ALL, diet="gluten-free"),
             "English one-liner on top of a Gmail-quoted Swedish invitation; coeliac -> gluten-free"),

        tg("x160", "2027-01-14T16:22:00", "Mattias Öhman", 5147702386,
           "tjena! anmäler mig o kollegan Siv Hammar till höstens träffar, både sept o nov. /Mattias, vansbro kommun",
           X("register", [P("Mattias Öhman", None, "Vansbro kommun"), P("Siv Hammar", None, "Vansbro kommun")], [S2, S3]),
           "Telegram, two people, 'höstens träffar, både sept o nov'"),

        mail("x161", "2027-01-05T10:11:00", ("Olivia Bennett", "olivia.bennett@sweco.se"),
             "Question about DalaLab",
             """Hello,

I'm an urban planning consultant at Sweco in Falun. Is DalaLab open to consultants as well, or only to
municipal and regional staff? If it is open, I'd be interested in the autumn sessions.

Many thanks,
Olivia Bennett
Sweco Architects AB, Falun
""",
             X("question"),
             "consultant asks whether she may attend; conditional interest is not a signup"),

        mail("x162", "2027-02-11T13:57:00", ("Karin Mård", "karin.mard@orsa.se"),
             "Lägga till en träff",
             """Hej Linnea,

Jag anmälde mig i december till första träffen den 3 maj. Nu har jag fått klartecken från chefen att gå
på fler – kan du lägga till mig på den 29 november också (den om önskvärda framtider och osäkerheter)?

Tack på förhand!
Karin Mård
Samhällsplanerare, Orsa kommun
""",
             X("change", [P("Karin Mård", "karin.mard@orsa.se", "Orsa kommun")], [S1, S3]),
             "addition of a session to an existing signup -> change with both sessions"),

        mail("x163", "2027-03-16T16:28:00", ("Rasmus Kjær", "rasmus.kjaer@regiondalarna.se"),
             "DalaLab February session",
             """Hi Linnea,

I'm afraid I won't be able to make it to the last session on 22 February 2028 – I'll be at a conference
in Copenhagen that week. Still planning to attend the other three.

Best,
Rasmus

Rasmus Kjær
Architect MAA
Region Dalarna
""",
             X("cancel", [P("Rasmus Kjær", "rasmus.kjaer@regiondalarna.se", "Region Dalarna")], [S4]),
             "English partial cancellation of the last session"),

        tg("x164", "2027-03-19T08:05:00", "Amir R.", 4988216604,
           "Hello! Please sign me up for 21 Sept and 29 Nov. Amir Rahimi, Länsstyrelsen Dalarna – amir.rahimi@lansstyrelsen.se",
           X("register", [P("Amir Rahimi", "amir.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
           "Telegram signup that gives an e-mail address in the text"),

        mail("x165", "2027-03-25T09:40:00", ("Eva Lindahl", "eva.lindahl@falun.se"),
             "Byte av deltagare i DalaLab",
             """Hej!

Maja Berglund (maja.berglund@falun.se), som är anmäld till alla fyra träffarna, går på
föräldraledighet i april. Oskar Lundin (oskar.lundin@falun.se) tar över hennes plats på samtliga träffar.

Oskar är vegetarian, Maja hade ingen specialkost.

Vänliga hälsningar
Eva Lindahl
Planeringschef
Falu kommun
""",
             X("change", [P("Maja Berglund", "maja.berglund@falun.se", "Falu kommun"),
                          P("Oskar Lundin", "oskar.lundin@falun.se", "Falu kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "manager's substitution for all sessions; sender not in people; diet belongs to the substitute"),

        mail("x166", "2027-03-30T12:18:00", ("Anders Brännström", "anders.brannstrom@malung-salen.se"),
             "RE: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Thanks for the confirmation!

Quick question: is the venue in Falun within walking distance of the train station? I'll be coming from
Malung by train on the 3rd.

Regards,
Anders Brännström
GIS Engineer, Malung-Sälens kommun
""" + confirmation("Anders Brännström", "– 3 maj 2027\n– 29 november 2027").replace("{sent}", "Friday, March 26, 2027 10:15 AM"),
             X("question"),
             "question on top of the confirmation, from a registered person; the quoted dates are no request"),

        mail("x167", "2027-04-06T14:33:00", ("Ahmed Yusuf", "ahmed.yusuf@avesta.se"),
             "Anmälan DalaLab",
             """Hej!

Jag vill gärna anmäla mig till höstens träff i DalaLab. Våren är helt full för min del, tyvärr.

Hälsningar
Ahmed Yusuf
GIS-ingenjör
Avesta kommun
""",
             X("register", [P("Ahmed Yusuf", "ahmed.yusuf@avesta.se", "Avesta kommun")], [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions -> both candidates, unsure sessions"),

        tg("x168", "2027-03-11T20:31:00", "Kristina Sandberg", 5730018841,
           "Hej! Tyvärr måste jag avanmäla mig från DalaLab helt, vi har fått dra ner på utbildningar i år. Tack ändå! /Kicki, Smedjebacken",
           X("cancel", [P("Kristina Sandberg", None, "Smedjebackens kommun")], ALL),
           "Telegram full cancellation; nickname in the sign-off, full name from display name"),

        mail("x169", "2027-02-03T08:52:00", ("Fiona MacLeod", "fiona.macleod@leksand.se"),
             "DalaLab registration",
             """Dear Linnea,

Please register me for the sessions in May and September.

One important thing: I have a severe peanut allergy (anaphylactic) – even traces can be a problem, so I'd
be grateful if the caterer could be informed. I always carry an EpiPen.

Kind regards,
Fiona MacLeod
Sustainability Strategist
Leksands kommun
""",
             X("register", [P("Fiona MacLeod", "fiona.macleod@leksand.se", "Leksands kommun")], [S1, S2], diet="peanut allergy"),
             "sessions by month ('May and September'); allergy described in sentences"),

        mail("x170", "2027-01-20T10:26:00", ("Östen Wik", "osten.wik@rattvik.se"),
             "Anmälan till DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Härmed anmäler jag mig själv till samtliga fyra träffar i DalaLab. Min kollega Gunnel Ås
(<a href="mailto:gunnel.as@rattvik.se">gunnel.as@rattvik.se</a>) vill också vara med, men bara på första
träffen den 3 maj.</p>
<p>Med vänlig hälsning<br>
<b>Östen Wik</b><br>
Översiktsplanerare<br>
Rättviks kommun<br>
Storgatan 16, 795 80 Rättvik</p>
</body></html>""",
             X("register", [P("Östen Wik", "osten.wik@rattvik.se", "Rättviks kommun"),
                            P("Gunnel Ås", "gunnel.as@rattvik.se", "Rättviks kommun")], ALL),
             "HTML-only mail; self for all four plus a colleague for 3 May only (sessions = union)",
             html=True),

        mail("x171", "2027-02-25T11:47:00", ("Emily Carter Lindström", "emily.carterlindstrom@borlange.se"),
             "Name and e-mail change – DalaLab",
             """Hi Linnea,

I'm registered for all four DalaLab sessions as Emily Carter (emily.carter@borlange.se). I recently got
married and changed my name to Emily Carter Lindström, and my new e-mail address is the one I'm writing
from. The old address will stop working at the end of March.

Could you update your list? Nothing else changes.

Thanks!
Emily Carter Lindström
Planning Architect, Borlänge kommun
""",
             X("change", [P("Emily Carter Lindström", "emily.carterlindstrom@borlange.se", "Borlänge kommun")], ALL),
             "name and address change for an existing signup; the old name/address is not a second person"),

        tg("x172", "2027-02-18T06:58:00", "Malin Stolt", 6655231907,
           "hej, blir det lunch på träffarna eller bara fika? och vilken tid slutar det 3 maj, ska hinna hämta på förskolan i gagnef 😅",
           X("question"),
           "Telegram question naming a session date; no signup"),

        mail("x173", "2027-03-12T15:05:00", ("Fredrik Brandt", "fredrik.brandt@sweco.se"),
             "Anmälan DalaLab 21 september",
             """Hej,

Jag heter Fredrik Brandt och arbetar som planeringskonsult på Sweco i Borlänge. Jag har förstått att
DalaLab även är öppet för konsulter som jobbar med ÖP-frågor åt kommunerna i länet, så jag anmäler mig
gärna till träffen den 21 september om utvecklingsinriktning.

Vänliga hälsningar
Fredrik Brandt
Sweco Sverige AB
Borlänge
""",
             X("register", [P("Fredrik Brandt", "fredrik.brandt@sweco.se", None)], [S2]),
             "consultant registering on his own account -> organisation null; 'Sweco i Borlänge' is an office, not Borlänge kommun"),

        mail("x174", "2027-04-08T09:14:00", ("Tobias Grahn", "tobias.grahn@sater.se"),
             "DalaLab – two registrations from Säter",
             """Hi Linnea,

Two registrations from Säter before the deadline: me for the first session on 3 May only, and my colleague
Ana Lucía Gómez Ruiz (ana.gomez@sater.se) for all four. Ana is vegetarian.

Regards,
Tobias Grahn
Samhällsplanerare
Säters kommun
""",
             X("register", [P("Tobias Grahn", "tobias.grahn@sater.se", "Säters kommun"),
                            P("Ana Lucía Gómez Ruiz", "ana.gomez@sater.se", "Säters kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "two people with different sessions (union = all four); Spanish double surname; diet for the colleague"),

        tg("x175", "2027-03-27T22:10:00", "Priyanka", 5269904418,
           "Hi! Priyanka Nair from Hedemora here – I'm already registered for all 4 sessions, just want to add that I've gone vegetarian, so veggie lunch for me please 🙂",
           X("change", [P("Priyanka Nair", None, "Hedemora kommun")], ALL, diet="vegetarian"),
           "Telegram diet update for an existing signup -> change; sessions stated (all 4)"),

        mail("x176", "2027-01-08T10:58:00", ("Maria Nordqvist", "maria.nordqvist@lansstyrelsen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea!

Jag och min kollega Björn af Klercker (bjorn.afklercker@lansstyrelsen.se) på samhällsbyggnadsenheten
vill gärna delta i hela serien.

Vänliga hälsningar
Maria Nordqvist
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
""" + INVITE_OUTLOOK,
             X("register", [P("Maria Nordqvist", "maria.nordqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Björn af Klercker", "bjorn.afklercker@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "reply on top of the invitation, self + colleague with particle surname; 'hela serien' = all four"),

        mail("x177", "2027-04-07T13:41:00", ("Leila Haddad", "leila.haddad@orsa.se"),
             "RE: Bekräftelse: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hi Linnea,

Unfortunately I have to miss 3 May after all – we have a council meeting that day. My colleague
Sven-Erik Mattsson (sven-erik.mattsson@orsa.se) will go in my place for that session. I'll still be there
on 21 September and 29 November.

Thanks,
Leila Haddad
Strategic Planner, Orsa kommun
""" + confirmation("Leila Haddad", "– 3 maj 2027\n– 21 september 2027\n– 29 november 2027").replace("{sent}", "Tuesday, January 12, 2027 9:30 AM"),
             X("change", [P("Leila Haddad", "leila.haddad@orsa.se", "Orsa kommun"),
                          P("Sven-Erik Mattsson", "sven-erik.mattsson@orsa.se", "Orsa kommun")], [S1]),
             "substitution for one session on top of the confirmation; sessions = what the substitute takes"),

        tg("x178", "2027-02-26T13:13:00", "Per Olsson", 4120067735,
           "Hej! Vill anmäla mig till den om tillgänglighet och den om önskvärda framtider/osäkerheter. Per Olsson, Älvdalens kommun",
           X("register", [P("Per Olsson", None, "Älvdalens kommun")], [S3, S4]),
           "Telegram, sessions only by theme"),

        mail("x179", "2027-03-03T11:25:00", ("Sara Lindkvist", "sara.lindkvist@malung-salen.se"),
             "Anmälan + fråga om praktikant",
             """Hej!

Jag anmäler mig härmed till DalaLab.

Vi har en praktikant från Högskolan Dalarna hos oss under våren och hon skulle ha stor nytta av första
träffen – finns det möjlighet att ta med henne? Hon räknas väl i så fall inte in i kommunens tre platser?

Mvh
Sara Lindkvist
Samhällsplanerare
Malung-Sälens kommun
""",
             X("register", [P("Sara Lindkvist", "sara.lindkvist@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "self-signup with no session named -> all four, plus a question about bringing an unnamed intern (not registered)"),

        mail("x180", "2027-04-09T16:02:00", ("Hanna Björk", "hanna.bjork@smedjebacken.se"),
             "Deletion of personal data – DalaLab",
             """Dear Linnea,

Thank you for confirming my cancellation in January. As I'm leaving Smedjebacken kommun at the end of next
week, I'd now also like you to delete all personal data you hold about me in connection with DalaLab
(name, e-mail address and the dietary information I gave).

Best regards,
Hanna Björk
Smedjebackens kommun
""",
             X("erasure", [P("Hanna Björk", "hanna.bjork@smedjebacken.se", "Smedjebackens kommun")]),
             "English erasure request after an earlier cancellation"),
    ]
