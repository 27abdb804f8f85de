"""Batch 59, theme "januari" (bi001–bi060): the ordinary bulk of the DalaLab registration mailbox in January and
February 2027, written by one writer imagining sixty different senders.

Realistic proportions, no traps: 33 signups (mostly a planner signing up herself, some pairs and trios, sessions named
in everyday forms or not at all), 7 changes (another session, a new diet, a colleague going instead), 7 cancellations,
6 questions (parking, programme, must one attend all, the quota, digital participation, cost), 2 erasure requests,
3 automatic mails (Swedish and English out-of-office, an Outlook delivery receipt) and 2 unknown (a newsletter, a
misdirected mail). 20 of the 60 are Telegram messages.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INBJUDAN = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 09:12
Till: {till}
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet vänder sig
i första hand till er som arbetar med planeringsprocesser i kommuner och region, med fokus på strategisk
översiktsplanering och planeringsstrategier.

Träffar:
• 3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och
  planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till
linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress, vilka träffar du vill delta på och
eventuell specialkost.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def bekraftelse(fornamn, skickat, traffar):
    rader = "\n".join(f"- {t}" for t in traffar)
    return f"""Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: {skickat}
Ämne: Bekräftelse: anmälan till DalaLab

Hej {fornamn}!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till följande träffar:

{rader}

Svara på det här mejlet om något behöver ändras.

Hälsningar
DalaLab, Region Dalarna"""


ALLA_RADER = ["3 maj 2027, kl. 10.00–15.00, Falun", "21 september 2027", "29 november 2027", "22 februari 2028"]


def messages():
    return [
        mail("bi001", "2027-01-04T08:12", ("Karin Lövgren", "karin.lovgren@avesta.se"),
             "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till DalaLab, alla fyra träffarna.

Med vänlig hälsning

Karin Lövgren
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
Tel: 0226-64 50 00 (vx)
karin.lovgren@avesta.se
""",
             X("register", [P("Karin Lövgren", "karin.lovgren@avesta.se", "Avesta kommun")], ALL),
             "plain self-signup after the holidays, 'alla fyra träffarna' -> all four"),

        tg("bi002", "2027-01-04T20:31", "Per Hansson", 6034518827,
           "Hej! Vill anmäla mig till DalaLab. Per Hansson, Hedemora kommun. Alla träffarna 👍",
           X("register", [P("Per Hansson", None, "Hedemora kommun")], ALL),
           "short Telegram self-signup, all sessions, organisation stated"),

        mail("bi003", "2027-01-05T07:02", ("Malin Troedsson", "malin.troedsson@borlange.se"),
             "Automatiskt svar: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Tack för ditt mejl. Jag är ledig till och med söndag 10 januari och läser inte min e-post under tiden.
Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen via kommunens växel 0243-740 00.

Med vänlig hälsning
Malin Troedsson
Borlänge kommun
""",
             X("auto_reply"),
             "Swedish out-of-office reply to the invitation"),

        mail("bi004", "2027-01-05T10:47", ("Fält Anders", "anders.falt@ludvika.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag anmäler mig gärna till träffarna 3 maj och 21/9. De två senare får jag återkomma om när vi vet hur
bemanningen ser ut till hösten.

Vänliga hälsningar
Anders Fält
Planarkitekt, Ludvika kommun
0240-860 00

""" + INBJUDAN.format(till="Fält Anders <anders.falt@ludvika.se>"),
             X("register", [P("Anders Fält", "anders.falt@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "Outlook reply to the invitation (quoted, all dates); '3 maj och 21/9' -> two sessions"),

        tg("bi005", "2027-01-05T13:20", "Ylva Nordin", 5120398476,
           "hej, finns det parkering vid lokalen i Falun? kommer köra från Älvdalen",
           X("question"),
           "parking question only, no signup"),

        mail("bi006", "2027-01-07T09:35", ("Helena Grahn", "helena.grahn@gagnef.se"),
             "Anmälan till DalaLab från Gagnef",
             """Hej Linnea!

Vi vill gärna vara med i DalaLab från Gagnefs kommun. Jag anmäler mig själv och min kollega Mikael Ström
(mikael.strom@gagnef.se). Vi går båda på alla träffarna.

Mikael är vegetarian, jag har inga särskilda önskemål om maten.

Hälsningar
Helena Grahn
Enhetschef Plan och bygg
Gagnefs kommun
""",
             X("register", [P("Helena Grahn", "helena.grahn@gagnef.se", "Gagnefs kommun"),
                            P("Mikael Ström", "mikael.strom@gagnef.se", "Gagnefs kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "manager signs up herself and a colleague for all sessions; only the colleague has a diet"),

        tg("bi007", "2027-01-07T16:58", "Lars Ohlsson", 1784420963,
           "Anmäler mig till 3 maj! Lars, Smedjebacken. Glutenfri kost tack",
           X("register", [P("Lars Ohlsson", None, "Smedjebackens kommun")], [S1], diet="glutenfri"),
           "Telegram signup for the first session with a diet"),

        mail("bi008", "2027-01-08T11:04", ("Jonathan Reid", "jonathan.reid@falun.se"),
             "Registration – DalaLab",
             """Dear Linnea,

I would like to register for the DalaLab sessions on 21 September and 29 November. I work as a planning
architect at Falu kommun and my Swedish is still a work in progress, so I hope it is fine that I write in English.

Best regards,
Jonathan Reid
Planning Architect
Falu kommun | Stadsbyggnadsförvaltningen
+46 23 83 000
""",
             X("register", [P("Jonathan Reid", "jonathan.reid@falun.se", "Falu kommun")], [S2, S3]),
             "English self-signup for two autumn sessions named by date"),

        mail("bi009", "2027-01-11T08:40", ("Sven-Erik Dahlgren", "sven-erik.dahlgren@orsa.se"),
             "Avanmälan DalaLab",
             """Hej,

Jag anmälde mig till DalaLab i december men får tyvärr avanmäla mig. Jag har fått en ny tjänst i en annan
kommun och slutar i Orsa i slutet av mars.

Lycka till med projektet!

Sven-Erik Dahlgren
Orsa kommun
""",
             X("cancel", [P("Sven-Erik Dahlgren", "sven-erik.dahlgren@orsa.se", "Orsa kommun")], ALL),
             "full cancellation, no session named -> all four"),

        mail("bi010", "2027-01-11T14:22", ("Maria Engström", "maria.engstrom@regiondalarna.se"),
             "DalaLab",
             """Hej Linnea!

Jag jobbar med den regionala utvecklingsstrategin här på regionen och vill gärna vara med på höstens två
träffar i DalaLab.

/Maria

Maria Engström
Utvecklingsstrateg
Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Maria Engström", "maria.engstrom@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "Region Dalarna colleague; 'höstens två träffar' = 21 Sep + 29 Nov"),

        tg("bi011", "2027-01-12T19:45", "Emelie Bäck", 6691203558,
           "hej hej, jag och min kollega Jesper Lund från Rättviks kommun vill anmäla oss till alla träffar 😊",
           X("register", [P("Emelie Bäck", None, "Rättviks kommun"), P("Jesper Lund", None, "Rättviks kommun")], ALL),
           "Telegram signup of sender and colleague, all sessions"),

        mail("bi012", "2027-01-13T10:15", ("Åsa Morin", "asa.morin@lansstyrelsen.se"),
             "Anmälan till lärprojektet DalaLab",
             """Hej!

Jag anmäler mig härmed till DalaLab. Jag är handläggare på enheten för samhällsplanering på Länsstyrelsen
Dalarna och vill gärna delta på samtliga träffar.

Vänliga hälsningar

Åsa Morin
Handläggare, Samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00

Läs om hur Länsstyrelsen hanterar personuppgifter: www.lansstyrelsen.se/dalarna/personuppgifter
""",
             X("register", [P("Åsa Morin", "asa.morin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "Länsstyrelsen self-signup, 'samtliga träffar' -> all four"),

        mail("bi013", "2027-01-13T15:51", ("Tove Sjödin", "tove.sjodin@mora.se"),
             "Fråga om DalaLab",
             """Hej Linnea,

Måste man gå på alla fyra träffarna om man anmäler sig, eller går det bra att välja ut några? Jag vill gärna
vara med men har svårt att lova något för 2028 redan nu.

Hälsningar
Tove Sjödin
Mora kommun
""",
             X("question"),
             "question whether one must attend all sessions; no signup yet"),

        mail("bi014", "2027-01-14T06:58", ("Bengt Persson", "bengt.persson@vansbro.se"),
             "Anmälan",
             """Hej. Anmäl mig till DalaLab, alla tillfällen. Laktosfri kost tack.
/Bengt Persson, Vansbro kommun

Skickat från min iPhone
""",
             X("register", [P("Bengt Persson", "bengt.persson@vansbro.se", "Vansbro kommun")], ALL,
               diet="laktosfri"),
             "terse phone signup, all sessions, diet"),

        tg("bi015", "2027-01-14T12:09", "Hanna Eriksson", 5530871142,
           "Hej! Jag heter Hanna Eriksson och jobbar på Leksands kommun. Vill anmäla mig till träffen 3 maj och "
           "den i februari 2028.",
           X("register", [P("Hanna Eriksson", None, "Leksands kommun")], [S1, S4]),
           "Telegram signup; '3 maj' and 'den i februari 2028' -> S1 + S4"),

        mail("bi016", "2027-01-15T09:26", ("Lena Svensk", "lena.svensk@sater.se"),
             "Byte av träff",
             """Hej Linnea!

Jag anmälde mig i december till första träffen den 3 maj, men nu visar det sig att jag har semester den
veckan. Kan jag byta till träffen den 21 september i stället?

Tack på förhand!

Lena Svensk
Planarkitekt
Säters kommun
""",
             X("change", [P("Lena Svensk", "lena.svensk@sater.se", "Säters kommun")], [S2]),
             "session change from 3 May to 21 Sep -> sessions after the change = 21 Sep"),

        mail("bi017", "2027-01-18T08:05", ("Niklas Berg", "niklas.berg@borlange.se"),
             "Anmälan DalaLab – Borlänge kommun",
             """Hej Linnea,

Borlänge kommun vill delta i DalaLab med tre personer:

- Niklas Berg (jag själv), niklas.berg@borlange.se
- Sara Nyström, sara.nystrom@borlange.se
- Ali Rahimi, ali.rahimi@borlange.se

Vi kommer alla tre på samtliga fyra träffar.

Med vänlig hälsning
Niklas Berg
Planchef
Samhällsbyggnadsförvaltningen, Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Niklas Berg", "niklas.berg@borlange.se", "Borlänge kommun"),
                            P("Sara Nyström", "sara.nystrom@borlange.se", "Borlänge kommun"),
                            P("Ali Rahimi", "ali.rahimi@borlange.se", "Borlänge kommun")], ALL),
             "planning chief signs up himself and two colleagues (list with addresses), all four"),

        tg("bi018", "2027-01-18T21:14", "Jonas Hellström", 927364510,
           "tja! anmäl mig till 21/9 och 29/11. Jonas, Falu kommun",
           X("register", [P("Jonas Hellström", None, "Falu kommun")], [S2, S3]),
           "informal Telegram signup with numeric dates"),

        mail("bi019", "2027-01-19T07:30", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev från Boverket – januari 2027",
             """NYHETSBREV FRÅN BOVERKET – JANUARI 2027

Nytt i PBL Kunskapsbanken
Vi har uppdaterat vägledningen om översiktsplanens utvecklingsinriktning och användning av mark- och
vattenområden.

Webbinarium 16 februari: Planeringsstrategier i praktiken
Tre kommuner berättar om sitt arbete med planeringsstrategi. Anmäl dig via boverket.se/webbinarier.

Statistik: bostadsbyggandet 2026
Läs den nya rapporten om påbörjade bostäder.

Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets nyheter.
Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avsluta
""",
             X("unknown"),
             "newsletter from Boverket with a webinar date and 'anmäl dig' -> unknown"),

        mail("bi020", "2027-01-19T13:48", ("Ylva Nordin", "ylva.nordin@alvdalen.se"),
             "Anmälan första träffen",
             """Hej igen!

Tack för svaret om parkeringen. Då anmäler jag mig till första träffen, 3 maj i Falun. De andra får jag se
närmare om.

Ylva Nordin
Samhällsplanerare
Älvdalens kommun
""",
             X("register", [P("Ylva Nordin", "ylva.nordin@alvdalen.se", "Älvdalens kommun")], [S1]),
             "follow-up to her parking question; signs up for the first session only"),

        tg("bi021", "2027-01-20T07:51", "Emelie Bäck", 6691203558,
           "Hej, det är Emelie från Rättvik igen. Jag kan tyvärr inte komma 21/9, krockar med KF. Resten står kvar!",
           X("cancel", [P("Emelie Bäck", None, "Rättviks kommun")], [S2]),
           "partial cancellation of 21 Sep only; colleague not affected"),

        mail("bi022", "2027-01-20T11:33", ("Fatima Yusuf", "fatima.yusuf@ludvika.se"),
             "Anmälan till DalaLab",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>H&auml;rmed anm&auml;ler jag mig till DalaLab:s tr&auml;ffar den 3 maj och den 29 november.</p>
<p>Med v&auml;nlig h&auml;lsning<br>
<b>Fatima Yusuf</b><br>
Trafikplanerare<br>
Ludvika kommun<br>
Tel. 0240-860 00</p>
</body></html>""",
             X("register", [P("Fatima Yusuf", "fatima.yusuf@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "HTML-only self-signup for 3 May and 29 Nov", html=True),

        tg("bi023", "2027-01-21T10:02", "Mikko Virtanen", 7740215693,
           "Hi, this is Mikko Virtanen from Malung-Sälen municipality. I'd like to join all four sessions. "
           "I'm vegan, if that matters for the lunch.",
           X("register", [P("Mikko Virtanen", None, "Malung-Sälens kommun")], ALL, diet="vegan"),
           "English Telegram signup, all four, vegan"),

        mail("bi024", "2027-01-21T15:17", ("Karl-Johan Myrberg", "karl-johan.myrberg@leksand.se"),
             "Antal deltagare per kommun",
             """Hej Linnea,

Vi är fyra på planenheten som gärna skulle vilja vara med i DalaLab. I inbjudan står det upp till tre personer
per kommun – gäller det för hela projektet eller per träff? Går det i så fall att dela upp så att olika personer
går på olika träffar?

Mvh
Karl-Johan Myrberg
Leksands kommun
""",
             X("question"),
             "question about the quota of three; no one signed up"),

        tg("bi025", "2027-01-22T18:40", "Per Hansson", 6034518827,
           "Hej igen! Jag är anmäld till alla träffar sedan tidigare. Har precis fått veta att jag inte tål gluten, "
           "kan ni notera glutenfritt för mig? /Per, Hedemora",
           X("change", [P("Per Hansson", None, "Hedemora kommun")], ALL, diet="glutenfritt"),
           "diet update for an existing signup -> change; sessions stay all four"),

        mail("bi026", "2027-01-25T09:03", ("Tove Sjödin", "tove.sjodin@mora.se"),
             "SV: Fråga om DalaLab",
             """Tack för snabbt svar! Då anmäler jag mig till de två första träffarna, i maj och i september.

Tove

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 08:20
Till: Sjödin Tove <tove.sjodin@mora.se>
Ämne: SV: Fråga om DalaLab

Hej Tove!

Det går bra att välja vilka träffar du vill delta på, skriv bara vilka i din anmälan.

Hälsningar
Linnea

-----Ursprungligt meddelande-----
Från: Sjödin Tove <tove.sjodin@mora.se>
Skickat: den 13 januari 2027 15:51
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Fråga om DalaLab

Hej Linnea,

Måste man gå på alla fyra träffarna om man anmäler sig, eller går det bra att välja ut några?
""",
             X("register", [P("Tove Sjödin", "tove.sjodin@mora.se", "Mora kommun")], [S1, S2]),
             "reply after her question; 'de två första träffarna, i maj och i september' -> S1 + S2"),

        mail("bi027", "2027-01-25T09:04", ("Jonathan Reid", "jonathan.reid@falun.se"),
             "Automatic reply: Bekräftelse: anmälan till DalaLab",
             """Thank you for your message. I am out of the office until Monday 1 February with limited access to email.
For urgent matters, please contact Stadsbyggnadsförvaltningen at +46 23 83 000.

Kind regards,
Jonathan Reid
""",
             X("auto_reply"),
             "English out-of-office reply to a confirmation"),

        mail("bi028", "2027-01-26T10:41", ("Ingela Wahlberg", "ingela.wahlberg@hedemora.se"),
             "VB: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Jag vill anmäla vår nya planarkitekt Oscar Lindh (oscar.lindh@hedemora.se) till samtliga träffar. Han
började hos oss nu i januari och det här passar perfekt som introduktion. Själv har jag tyvärr inte möjlighet.

Hälsningar
Ingela Wahlberg
Förvaltningschef, Samhällsbyggnad
Hedemora kommun

""" + INBJUDAN.format(till="Wahlberg Ingela <ingela.wahlberg@hedemora.se>"),
             X("register", [P("Oscar Lindh", "oscar.lindh@hedemora.se", "Hedemora kommun")], ALL),
             "manager forwards the invitation and signs up a new colleague only; she is not in people"),

        tg("bi029", "2027-01-26T20:12", "Sofie Granath", 1310458872,
           "hej, anmäler mig till 29 nov. sofie granath, orsa kommun. äter vegetariskt",
           X("register", [P("Sofie Granath", None, "Orsa kommun")], [S3], diet="vegetariskt"),
           "lower-case Telegram signup for one session, diet"),

        mail("bi030", "2027-01-27T13:05", ("Gustav Ek", "gustav.ek@smedjebacken.se"),
             "Radera mina uppgifter",
             """Hej,

Jag var anmäld till DalaLab men avanmälde mig i december. Jag vill nu att ni raderar mina personuppgifter ur
anmälningslistan och eventuella utskickslistor.

Mvh
Gustav Ek
Smedjebackens kommun
""",
             X("erasure", [P("Gustav Ek", "gustav.ek@smedjebacken.se", "Smedjebackens kommun")]),
             "erasure request from someone who already cancelled"),

        mail("bi031", "2027-01-28T16:22", ("Roger Ahlqvist", "roger.ahlqvist@sater.se"),
             "DalaLab",
             """Hej Linnea

Jag är ordförande i samhällsbyggnadsnämnden i Säter och vill gärna följa projektet. Anmäler mig till första
träffen och träffen i februari.

Hälsningar
Roger Ahlqvist (S)
Ordförande samhällsbyggnadsnämnden
Säters kommun
""",
             X("register", [P("Roger Ahlqvist", "roger.ahlqvist@sater.se", "Säters kommun")], [S1, S4]),
             "politician signs up; 'första träffen och träffen i februari' -> S1 + S4"),

        mail("bi032", "2027-01-29T08:47", ("Helena Grahn", "helena.grahn@gagnef.se"),
             "Ändring av deltagare från Gagnef",
             """Hej Linnea!

Mikael Ström, som jag anmälde tidigare i januari, har gått över till en annan tjänst och kommer inte att gå
på DalaLab. I stället går Sanna Wik (sanna.wik@gagnef.se) på alla fyra träffarna. Sanna har ingen specialkost.

Tack!
Helena Grahn
Gagnefs kommun
""",
             X("change", [P("Mikael Ström", None, "Gagnefs kommun"),
                          P("Sanna Wik", "sanna.wik@gagnef.se", "Gagnefs kommun")], ALL),
             "substitution: Mikael out, Sanna in for all four; sender not in people; 'ingen specialkost' -> null"),

        tg("bi033", "2027-01-30T11:26", "Daniel Forsberg", 8123550397,
           "Hej, vill anmäla mig till 3/5. Daniel Forsberg, Avesta",
           X("register", [P("Daniel Forsberg", None, "Avesta kommun")], [S1]),
           "Telegram signup for the first session"),

        tg("bi034", "2027-02-01T09:18", "Kerstin Mård", 5877016234,
           "Hej! Går det att delta digitalt på träffarna? Har ganska långt till Falun.",
           X("question"),
           "question about a hybrid/digital option"),

        mail("bi035", "2027-02-01T14:02", ("Bengt Persson", "bengt.persson@vansbro.se"),
             "Avanmälan november",
             """Hej,

Tyvärr måste jag avanmäla mig från träffen i november, vi har budgetberedning då. Övriga träffar står kvar.

Bengt Persson
Vansbro kommun
""",
             X("cancel", [P("Bengt Persson", "bengt.persson@vansbro.se", "Vansbro kommun")], [S3]),
             "partial cancellation of the November session"),

        mail("bi036", "2027-02-02T10:30", ("Magnus Jäderberg", "magnus.jaderberg@regiondalarna.se"),
             "Anmälan till sista träffen",
             """Hej Linnea!

Anmäl mig och Johanna Kvist från kollektivtrafikförvaltningen till sista träffen om tillgänglighet, 22
februari 2028. Vi är båda på regionen.

Tack!
Magnus Jäderberg
Trafikstrateg
Region Dalarna
""",
             X("register", [P("Magnus Jäderberg", "magnus.jaderberg@regiondalarna.se", "Region Dalarna"),
                            P("Johanna Kvist", None, "Region Dalarna")], [S4]),
             "two Region Dalarna colleagues for the last session only"),

        tg("bi037", "2027-02-02T19:55", "Anna-Karin Lund", 2205917784,
           "Hej! Anna-Karin Lund här, från Hedemora. Anmäler mig till alla fyra 👍",
           X("register", [P("Anna-Karin Lund", None, "Hedemora kommun")], ALL),
           "Telegram self-signup, all four"),

        mail("bi038", "2027-02-03T08:51", ("Fatima Yusuf", "fatima.yusuf@ludvika.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Jag vill gärna lägga till träffen i september också, så att jag går på maj, september och november.

/Fatima

""" + bekraftelse("Fatima", "den 21 januari 2027 08:02",
                  ["3 maj 2027, kl. 10.00–15.00, Falun", "29 november 2027"]),
             X("change", [P("Fatima Yusuf", "fatima.yusuf@ludvika.se", "Ludvika kommun")], [S1, S2, S3]),
             "adds a session to an existing signup -> change; sessions after = 3 May, 21 Sep, 29 Nov"),

        tg("bi039", "2027-02-03T17:30", "Lars Ohlsson", 1784420963,
           "Hej, måste tyvärr avanmäla mig. Det blev för mycket i vår. /Lars Smedjebacken",
           X("cancel", [P("Lars Ohlsson", None, "Smedjebackens kommun")], ALL),
           "cancellation with no session named -> all four"),

        mail("bi040", "2027-02-04T13:12", ("Rebecca Hurst", "rebecca.hurst@orsa.se"),
             "DalaLab sign-up",
             """Hi Linnea,

Please sign me up for the May 3 session in Falun. I'm the GIS coordinator at Orsa kommun and work closely
with our comprehensive plan.

Thanks,
Rebecca Hurst
Orsa kommun
""",
             X("register", [P("Rebecca Hurst", "rebecca.hurst@orsa.se", "Orsa kommun")], [S1]),
             "English signup for 3 May only"),

        mail("bi041", "2027-02-05T10:06", ("Peter Wallin", "peter.wallin@falun.se"),
             "Program för 3 maj?",
             """Hej,

Finns det ett mer detaljerat program för första träffen? Vilka från Boverket kommer, och när är lunchen?
Vi funderar på att anmäla oss men vill gärna veta lite mer först.

Hälsningar
Peter Wallin
Falu kommun
""",
             X("question"),
             "question about the programme; 'funderar på att anmäla oss' is no signup"),

        mail("bi042", "2027-02-08T09:14", ("Monica Rask", "monica.rask@mora.se"),
             "Anmälan två deltagare – Mora kommun",
             """Hej,

Jag anmäler härmed två medarbetare från Mora kommuns planavdelning till DalaLab:

Erik Holm, erik.holm@mora.se
Lina Strand, lina.strand@mora.se

Båda deltar på samtliga tillfällen. Lina behöver glutenfri kost.

Med vänliga hälsningar
Monica Rask
Administratör
Samhällsbyggnadsförvaltningen
Mora kommun
""",
             X("register", [P("Erik Holm", "erik.holm@mora.se", "Mora kommun"),
                            P("Lina Strand", "lina.strand@mora.se", "Mora kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "administrator signs up two colleagues (not herself), all sessions; one diet"),

        mail("bi043", "2027-02-08T21:37", ("Birgitta Holm", "birgitta.holm52@telia.com"),
             "Protokoll styrelsemöte",
             """Hej Linnea!

Här kommer protokollet från styrelsemötet i tisdags. Kan du lägga upp det på hemsidan när du hinner?
Glöm inte att årsmötet är den 14 mars.

Kram Birgitta
""",
             X("unknown"),
             "misdirected private mail about an association's board minutes"),

        tg("bi044", "2027-02-09T12:40", "Johan Sandström", 4419830265,
           "Hej! Anmäler mig till höstens två träffar. Johan Sandström, Länsstyrelsen",
           X("register", [P("Johan Sandström", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "Telegram signup; 'höstens två träffar' = 21 Sep + 29 Nov"),

        mail("bi045", "2027-02-10T15:28", ("Maria Engström", "maria.engstrom@regiondalarna.se"),
             "Avanmälan DalaLab",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från båda träffarna i höst – jag blir föräldraledig från augusti. Hoppas
att någon annan från regionen kan ta platsen.

/Maria Engström
Region Dalarna
""",
             X("cancel", [P("Maria Engström", "maria.engstrom@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "cancels both autumn sessions"),

        mail("bi046", "2027-02-11T08:20", ("Karl-Johan Myrberg", "karl-johan.myrberg@leksand.se"),
             "SV: Antal deltagare per kommun",
             """Hej igen,

Tack för förklaringen. Då anmäler jag mig själv och Elsa Bergman (elsa.bergman@leksand.se) till alla
träffar. Hanna Eriksson har redan anmält sig, så vi blir tre från Leksand.

Mvh
Karl-Johan

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 22 januari 2027 10:05
Till: Myrberg Karl-Johan <karl-johan.myrberg@leksand.se>
Ämne: SV: Antal deltagare per kommun

Hej Karl-Johan!

Taket på tre personer gäller för hela projektet, så att vi kan hålla ihop gruppen mellan träffarna.

Hälsningar
Linnea
""",
             X("register", [P("Karl-Johan Myrberg", "karl-johan.myrberg@leksand.se", "Leksands kommun"),
                            P("Elsa Bergman", "elsa.bergman@leksand.se", "Leksands kommun")], ALL),
             "reply after the quota answer: self + colleague, all sessions; already-registered colleague only mentioned"),

        tg("bi047", "2027-02-11T19:03", "Jonas Hellström", 927364510,
           "hej igen, jag är anmäld till 21/9 och 29/11 men vill byta 29/11 mot 22/2 om det går. /Jonas Falun",
           X("change", [P("Jonas Hellström", None, "Falu kommun")], [S2, S4]),
           "session swap: after the change 21 Sep + 22 Feb"),

        mail("bi048", "2027-02-12T07:45", ("Microsoft Outlook", "postmaster@malung-salen.se"),
             "Levererat: Bekräftelse: anmälan till DalaLab",
             """Ditt meddelande har levererats till följande mottagare:

Mikko Virtanen (mikko.virtanen@malung-salen.se)

Ämne: Bekräftelse: anmälan till DalaLab
""",
             X("auto_reply"),
             "Outlook delivery receipt for a confirmation"),

        mail("bi049", "2027-02-15T10:52", ("Ingrid Halvarsson", "ingrid.halvarsson@malung-salen.se"),
             "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till DalaLab. Jag har tyvärr inte möjlighet den 21/9, men övriga tre träffar deltar jag
gärna på.

Med vänlig hälsning
Ingrid Halvarsson
Översiktsplanerare
Malung-Sälens kommun
""",
             X("register", [P("Ingrid Halvarsson", "ingrid.halvarsson@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S3, S4]),
             "signup for all but 21 Sep"),

        mail("bi050", "2027-02-15T14:36", ("Sara Lind", "sara.lind@vansbro.se"),
             "anmälan",
             """Hej!
Jag heter Sara Lind och är planarkitekt på Vansbro kommun. Jag vill anmäla mig till 3 maj och 22 feb.
Jag har nötallergi.
Tack!
Sara
""",
             X("register", [P("Sara Lind", "sara.lind@vansbro.se", "Vansbro kommun")], [S1, S4], diet="nötallergi"),
             "short self-signup, '22 feb' is the 2028 session; nut allergy"),

        tg("bi051", "2027-02-16T08:11", "Kerstin Mård", 5877016234,
           "Hej! Jag frågade om digitalt deltagande för ett tag sedan. Vill inte att ni sparar mina uppgifter, "
           "radera gärna det jag har skickat. Tack!",
           X("erasure", [P("Kerstin Mård", None, None)]),
           "erasure via Telegram; sender is the person, no organisation given"),

        mail("bi052", "2027-02-17T11:19", ("Karin Lövgren", "karin.lovgren@avesta.se"),
             "Ersättare 21 september",
             """Hej Linnea,

Jag kan inte gå på träffen den 21 september, men min kollega Tobias Ekman (tobias.ekman@avesta.se) går i
mitt ställe den dagen. Övriga träffar går jag själv som planerat.

Hälsningar
Karin Lövgren
Avesta kommun
""",
             X("change", [P("Karin Lövgren", "karin.lovgren@avesta.se", "Avesta kommun"),
                          P("Tobias Ekman", "tobias.ekman@avesta.se", "Avesta kommun")], [S2]),
             "substitution for one session: people both, sessions = what the substitute takes (21 Sep)"),

        mail("bi053", "2027-02-18T09:40", ("Linda Hed", "linda.hed@falun.se"),
             "Anmälan till DalaLab",
             """Hej!

Jag skulle vilja anmäla mig till DalaLab, träffarna den 3 maj, 21 september och 22 februari. November krockar
tyvärr med vårt samråd.

Vänliga hälsningar
Linda Hed
Översiktsplanerare
Falu kommun
""",
             X("register", [P("Linda Hed", "linda.hed@falun.se", "Falu kommun")], [S1, S2, S4]),
             "self-signup for three named sessions"),

        mail("bi054", "2027-02-19T13:57", ("Stefan Backman", "stefan.backman@alvdalen.se"),
             "Kostnad?",
             """Hej,

Kostar det något att delta i DalaLab? Jag behöver veta till vår budget. Ingår lunch och fika?

Stefan Backman
Älvdalens kommun
""",
             X("question"),
             "question about cost and food"),

        tg("bi055", "2027-02-20T10:24", "Mattias Holmgren", 3560274418,
           "Hej, anmäl mig till alla träffar. Mattias, Säters kommun. Laktosfritt tack",
           X("register", [P("Mattias Holmgren", None, "Säters kommun")], ALL, diet="laktosfritt"),
           "Telegram signup, all sessions, diet"),

        mail("bi056", "2027-02-22T08:33", ("Morin Åsa", "asa.morin@lansstyrelsen.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Jag behöver tyvärr avanmäla mig från träffen 3 maj, jag är på tjänsteresa då. Resterande träffar deltar jag
i som planerat.

Vänliga hälsningar
Åsa Morin
Länsstyrelsen Dalarna

""" + bekraftelse("Åsa", "den 14 januari 2027 09:30", ALLA_RADER),
             X("cancel", [P("Åsa Morin", "asa.morin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "partial cancellation of 3 May as a reply to a confirmation that lists all four"),

        mail("bi057", "2027-02-23T15:10", ("Olof Matsson", "olof.matsson@rattvik.se"),
             "DalaLab, Rättvik",
             """Hej Linnea,

Min kollega Emelie sa att det finns en plats kvar för Rättvik. Jag anmäler mig till sista träffen, den 22/2 -28.

Hälsningar
Olof Matsson
Bygg- och miljökontoret
Rättviks kommun
""",
             X("register", [P("Olof Matsson", "olof.matsson@rattvik.se", "Rättviks kommun")], [S4]),
             "signup for the last session; the colleague is only mentioned"),

        tg("bi058", "2027-02-24T18:16", "Mikko Virtanen", 7740215693,
           "Hi again! Small change: I'm no longer vegan, just vegetarian now 🙂 Still coming to all four sessions.",
           X("change", [P("Mikko Virtanen", None, None)], ALL, diet="vegetarian"),
           "English diet update -> change, all four; no organisation in this message"),

        tg("bi059", "2027-02-25T12:50", "Sofie Granath", 1310458872,
           "hej! tyvärr blir det ingen 29 nov för mig, måste avanmäla. /Sofie Orsa",
           X("cancel", [P("Sofie Granath", None, "Orsa kommun")], [S3]),
           "Telegram cancellation of her one session"),

        mail("bi060", "2027-02-26T09:05", ("Kristoffer Näslund", "kristoffer.naslund@smedjebacken.se"),
             "Anmälan DalaLab",
             """Hej!

Anmäler mig och min kollega Petra Sjöström till DalaLab, träffarna i maj och november. Petra är vegan,
själv äter jag allt.

Mvh
Kristoffer Näslund
Planeringsarkitekt
Smedjebackens kommun
""",
             X("register", [P("Kristoffer Näslund", "kristoffer.naslund@smedjebacken.se", "Smedjebackens kommun"),
                            P("Petra Sjöström", None, "Smedjebackens kommun", diet="vegan")], [S1, S3],
               diet="vegan"),
             "self + colleague without address; 'i maj och november' -> S1 + S3; only the colleague has a diet"),
    ]
