from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION_QUOTE = """-------- Originalmeddelande --------
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Datum: 2026-12-18 10:12 (GMT+01:00)
Till: planerare-dalarna@regiondalarna.se
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab om strategisk översiktsplanering.
Träffarna:
1. 3 maj 2027, kl 10–15 (fika från 09.30), Falun – tillsammans med Boverket
2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
3. 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027
till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna
"""

CONFIRMATION_QUOTE = """> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Skickat: den 15 februari 2027 09:40
> Till: Henrik Palm <henrik.palm@avesta.se>
> Ämne: Bekräftelse DalaLab
>
> Hej Henrik,
> tack för din anmälan! Du är anmäld till DalaLab:
> - 3 maj 2027, Falun
> - 21 september 2027
> - 29 november 2027
> - 22 februari 2028
> Hör av dig om något ändras.
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna
"""

REMINDER_QUOTE = """> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Datum: 4 mars 2027 08:15:22 CET
> Ämne: DalaLab – påminnelse, sista anmälningsdag 14 april
>
> Hej!
> En påminnelse om att sista dag att anmäla sig till DalaLab är den 14 april.
> Träffarna är 3/5 2027 (Falun), 21/9 2027, 29/11 2027 och 22/2 2028.
> Max tre personer per kommun.
> /Linnea
"""


def messages():
    return [
        tg("b136", "2026-12-03T07:48", "Hampus Nordin", 6021447813,
           "hej! vill anmala mig till dalalab, alla 4 traffarna. hampus, planerare pa smedjebackens kommun",
           X("register", [P("Hampus Nordin", None, "Smedjebackens kommun")], ALL),
           "no å/ä/ö; 'alla 4 traffarna' = all four; name from sender, org from text"),
        tg("b137", "2026-12-09T12:31", "Linda Persson", 5130982274,
           "Hej 👋 anmäl mig o min kollega johan dahlgren till 3/5 + 21/9. vi jobbar på samhällsbyggnad i ludvika. "
           "johans mail johan.dahlgren@ludvika.se",
           X("register", [P("Linda Persson", None, "Ludvika kommun"),
                          P("Johan Dahlgren", "johan.dahlgren@ludvika.se", "Ludvika kommun")], [S1, S2]),
           "sender + colleague in lower case with address; '3/5 + 21/9'; sender has no address"),
        mail("b138", "2026-12-11T06:52", ("Ronja Själander", "ronja.sjalander@orsa.se"), "anmälan",
             "hej! anmäler mig till 21.9 och 29.11, dom i maj och feb krockar m annat tyvärr.\nmvh ronja\n\n"
             "Skickat från min iPhone",
             X("register", [P("Ronja Själander", "ronja.sjalander@orsa.se", "Orsa kommun")], [S2, S3]),
             "phone mail; '21.9 och 29.11'; 'dom i maj och feb' are the sessions she does NOT take"),
        tg("b139", "2026-12-14T22:05", "Mikael Brandt", 884210395,
           "hi, is this where i sign up for dalalab? im at lansstyrelsen dalarna, would like to join all sessions. "
           "mikael.brandt@lansstyrelsen.se",
           X("register", [P("Mikael Brandt", "mikael.brandt@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "English; asks and signs up in one go -> register; 'all sessions'; address in text"),
        tg("b140", "2026-12-17T16:40", "Emelie Öhman", 6648120035,
           "hej, ar det nan avgift for att va med? och maste man ga pa alla ggr?",
           X("question"),
           "question only, no å/ä/ö, 'ggr'"),
        mail("b141", "2026-12-20T19:03", ("Patrik Ljung", "patrik.ljung@hedemora.se"),
             "Sv: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej, jag o Sanna Wahlberg (sanna.wahlberg@hedemora.se) vill gärna va med. Bara första ggn i Falun "
             "3:e maj tills vidare, vi återkommer om hösten.\n/Patrik\n\nSkickat från min Samsung Galaxy-smartphone.\n\n\n"
             + INVITATION_QUOTE,
             X("register", [P("Patrik Ljung", "patrik.ljung@hedemora.se", "Hedemora kommun"),
                            P("Sanna Wahlberg", "sanna.wahlberg@hedemora.se", "Hedemora kommun")], [S1]),
             "Android reply with the full invitation quoted below (all four dates, deadline); '3:e maj' only; "
             "'återkommer om hösten' registers nothing"),
        tg("b142", "2026-12-28T11:20", "Jonna", 7023318846,
           "god fortsättning! anmäl mig till alla tillfällen tack. jonna hellström, ludvika kommun, "
           "jonna.hellstrom@ludvika.se",
           X("register", [P("Jonna Hellström", "jonna.hellstrom@ludvika.se", "Ludvika kommun")], ALL),
           "sender display name is only 'Jonna'; full name from the text, lower case; 'alla tillfällen'"),
        tg("b143", "2027-01-04T08:10", "Hampus Nordin", 6021447813,
           "glömde skriva att jag e vegetarian 🥦 /hampus, smedjebacken",
           X("change", [P("Hampus Nordin", None, "Smedjebackens kommun", diet="vegetarian")], [], diet="vegetarian"),
           "same sender as b136 adds a diet; diet update naming no sessions -> change with []"),
        mail("b144", "2027-01-07T13:44", ("Therese Alm", "therese.alm@gagnef.se"), "Avanmälan 3/5",
             "Hej! Kan tyvärr inte komma 3/5 pga semester, men resten står kvar.\n/Therese\n\n"
             "Skaffa Outlook för Android",
             X("cancel", [P("Therese Alm", "therese.alm@gagnef.se", "Gagnefs kommun")], [S1]),
             "partial withdrawal from the phone: cancel of 3/5 only, 'resten står kvar'"),
        tg("b145", "2027-01-09T20:33", "Kristoffer Ahl", 1938475520,
           "hey! can i swap from may 3 to sept 21? everything else the same. kristoffer, borlänge",
           X("change", [P("Kristoffer Ahl", None, "Borlänge kommun")], [S2]),
           "English bare swap -> only the new session"),
        tg("b146", "2027-01-12T10:02", "Dalarnas Bilvård", 5590012264,
           "❄️ VINTERERBJUDANDE ❄️ Vinterdäck 4 st 2 500:- inkl montering & balansering! Boka senast 31/1 på "
           "0243-123 45 eller svara JA här 🚗",
           X("unknown"),
           "advertising sent to the bot; date '31/1' and phone digits"),
        tg("b147", "2027-01-15T18:47", "Sofie Lindell", 6310774081,
           "kan du ta med laddaren till mötet kl 13 imorgon? ligger på mitt skrivbord 🙏",
           X("unknown"),
           "wrong recipient: meant for a colleague, nothing about DalaLab"),
        mail("b148", "2027-01-18T07:31", ("Anders Bäckman", "anders.backman@mora.se"), "Re: DalaLab",
             "hej vi blir 3 fr mora: jag, Ida Sjöstrand o Kalle Nyström. alla träffar. Ida e glutenintolerant\n"
             "/anders\n\nSkickat från min iPhone",
             X("register", [P("Anders Bäckman", "anders.backman@mora.se", "Mora kommun"),
                            P("Ida Sjöstrand", None, "Mora kommun", diet="glutenintolerant"),
                            P("Kalle Nyström", None, "Mora kommun")], ALL, diet="glutenintolerant"),
             "phone mail, three from Mora incl. sender; 'alla träffar'; diet is Ida's"),
        tg("b149", "2027-01-21T12:15", "Maja Eriksson", 2211907364,
           "hej, måste avanmäla mig från allt tyvärr 😔 fått nytt jobb i stockholm. maja eriksson, avesta",
           X("cancel", [P("Maja Eriksson", None, "Avesta kommun")], ALL),
           "full cancellation ('från allt') -> all four"),
        tg("b150", "2027-01-24T21:58", "Ludvig Sahlin", 5807361129,
           "anmalan: 03/05, 29/11 o 22/02. ludvig sahlin, vansbro kommun 👍",
           X("register", [P("Ludvig Sahlin", None, "Vansbro kommun")], [S1, S3, S4]),
           "zero-padded numeric dates '03/05', '22/02' (= 2028 session)"),
        tg("b151", "2027-01-27T09:30", "Nadia Yusuf", 1402958837,
           "Hi! Will the sessions be streamed online or is it only in person? Thx",
           X("question"),
           "English question only"),
        mail("b152", "2027-01-29T16:05", ("Oscar Lund", "oscar.lund@rattvik.se"), "Ändring",
             "Hej, jag står på 21/9 men vill byta till 29/11 istället om det går.\n/Oscar Lund Rättviks kommun\n\n"
             "Skickat från min iPhone",
             X("change", [P("Oscar Lund", "oscar.lund@rattvik.se", "Rättviks kommun")], [S3]),
             "swap from 21/9 to 29/11 -> 29/11 only"),
        tg("b153", "2027-02-01T19:11", "Elsa Nordqvist", 6902254418,
           "hej, jag vill inte att ni sparar nåt om mig (gdpr). radera mitt namn o nummer tack",
           X("erasure", [P("Elsa Nordqvist", None, None)]),
           "GDPR erasure via Telegram; sender has no address or organisation"),
        tg("b154", "2027-02-03T14:22", "Jesper Forslund", 3329901746,
           "tja! anmäl mig + kollegan amanda kvist (amanda.kvist@sater.se) till hösten, 21 sept o 29 nov. "
           "vi e från säter",
           X("register", [P("Jesper Forslund", None, "Säters kommun"),
                          P("Amanda Kvist", "amanda.kvist@sater.se", "Säters kommun")], [S2, S3]),
           "sender + colleague with address; 'hösten, 21 sept o 29 nov'"),
        mail("b155", "2027-02-05T11:49", ("Lars-Erik Moberg", "lars-erik.moberg@falun.se"), "DalaLab",
             "Anmäler mig till 3/5, 21/9, 29/11 och 22/2. Laktosintolerant.\n\nLars-Erik\nSkickat från mobilen",
             X("register", [P("Lars-Erik Moberg", "lars-erik.moberg@falun.se", "Falu kommun",
                              diet="laktosintolerant")], ALL, diet="laktosintolerant"),
             "all four dates listed numerically; hyphenated first name; diet"),
        tg("b156", "2027-02-08T20:40", "Kristoffer Ahl", 1938475520,
           "ah sorry, turns out i cant make sept 21 either 😩 pls cancel me. kristoffer (borlänge)",
           X("cancel", [P("Kristoffer Ahl", None, "Borlänge kommun")], [S2], unsure=["sessions"]),
           "same sender as b145 (who swapped to Sept 21) cancels that session; labelled with the session named"),
        tg("b157", "2027-02-10T07:05", "Saga Berg", 4471203398,
           "god morgon! anmäl mig till 2027-05-03 och 2028-02-22. saga berg, region dalarna, saga.berg@regiondalarna.se",
           X("register", [P("Saga Berg", "saga.berg@regiondalarna.se", "Region Dalarna")], [S1, S4]),
           "ISO dates typed in; Region Dalarna"),
        mail("b158", "2027-02-12T22:31", ("Fia M", "fiamartensson@gmail.com"), "dalalab",
             "hej! jag jobbar på älvdalens kommun men skriver från privata mailen. vill anmäla mig till alla utom "
             "den 21/9.\nmvh Sofia Mårtensson\n\nSkickat från min iPhone",
             X("register", [P("Sofia Mårtensson", "fiamartensson@gmail.com", "Älvdalens kommun")], [S1, S3, S4]),
             "private gmail, display name 'Fia M', full name in signature; org from text; 'alla utom den 21/9'"),
        tg("b159", "2027-02-15T13:13", "Ebbe Rydén", 7740016652,
           "är 22/2 verkligen 2028?? eller e det typo i inbjudan",
           X("question"),
           "question naming a session date -> no sessions"),
        tg("b160", "2027-02-17T17:45", "Matilda Sund", 2093367741,
           "hej! jag kan inte 3 maj men min kollega viktor hammar tar min plats den dagen. vi e båda på leksands kommun",
           X("change", [P("Matilda Sund", None, "Leksands kommun"), P("Viktor Hammar", None, "Leksands kommun")],
             [S1]),
           "substitution for one session: both people, the substitute's session"),
        mail("b161", "2027-02-19T08:12", ("Henrik Palm", "henrik.palm@avesta.se"), "SV: Bekräftelse DalaLab",
             "Ja det stämmer, men ändra min mail till hpalm@avesta.se, den gamla slutar funka 1/3.\n/Henrik\n\n"
             "Skickat från min iPhone\n\n" + CONFIRMATION_QUOTE,
             X("change", [P("Henrik Palm", "hpalm@avesta.se", "Avesta kommun")], []),
             "address update naming no sessions -> change []; quoted confirmation lists all four dates; '1/3' is not a session"),
        tg("b162", "2027-02-22T19:20", "Wilma Hedberg", 5016632907,
           "anmäler mig till vårträffen i falun! /wilma hedberg, gagnefs kommun 🌸",
           X("register", [P("Wilma Hedberg", None, "Gagnefs kommun")], [S1]),
           "'vårträffen i falun' = 3 May; sent on 22 Feb (not the session)"),
        tg("b163", "2027-02-24T10:40", "Oskar Blom", 6655170231,
           "avanmäl mig från alla ggr, sorry. oskar blom, borlange",
           X("cancel", [P("Oskar Blom", None, "Borlänge kommun")], ALL),
           "cancel all; 'borlange'"),
        mail("b164", "2027-02-26T12:02", ("Karolina Westin", "karolina.westin@malung-salen.se"), "Fråga",
             "Hej! Hur tar man sig till lokalen i Falun från tågstationen? Finns det parkering?\n/Karolina\n\n"
             "Skickat från min iPhone",
             X("question"),
             "practical question from the phone"),
        tg("b165", "2027-03-01T21:10", "Ali Rahimi", 1187420356,
           "Hi, please register me and my colleague Sara Nilsson (sara.nilsson@orsa.se) for 5/3 and 9/21. "
           "We're both at Orsa kommun. Sara is vegan",
           X("register", [P("Ali Rahimi", None, "Orsa kommun"),
                          P("Sara Nilsson", "sara.nilsson@orsa.se", "Orsa kommun", diet="vegan")], [S1, S2],
             diet="vegan"),
           "English with US month/day dates: '9/21' fixes the order, so '5/3' = May 3; diet is Sara's"),
        tg("b166", "2027-03-03T08:25", "Peter Ahlgren", 2760048813,
           "hej kan inte den i februari (22/2-28) men resten ok. /peter ahlgren hedemora",
           X("cancel", [P("Peter Ahlgren", None, "Hedemora kommun")], [S4]),
           "partial withdrawal: '22/2-28' = 2028 session; 'resten ok'"),
        mail("b167", "2027-03-05T15:33", ("Annelie Grön", "annelie.gron@vansbro.se"),
             "Sv: DalaLab – påminnelse, sista anmälningsdag 14 april",
             "Hej! Anmäl mig också 🙂 alla fyra. Glutenfri kost tack.\nAnnelie\n\nSkickat från min iPhone\n\n"
             + REMINDER_QUOTE,
             X("register", [P("Annelie Grön", "annelie.gron@vansbro.se", "Vansbro kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "phone reply to the reminder; 'alla fyra'; quoted reminder with deadline and dates"),
        tg("b168", "2027-03-08T19:55", "Tobias Wik", 4839021175,
           "hej, vill va med på 21.09 & 29.11. tobbe wik, ludvika. tobias.wik@ludvika.se",
           X("register", [P("Tobias Wik", "tobias.wik@ludvika.se", "Ludvika kommun")], [S2, S3]),
           "nickname 'tobbe' in text, full name from sender and address; '21.09 & 29.11'"),
        tg("b169", "2027-03-10T11:11", "Linda Persson", 5130982274,
           "hej igen! johan dahlgren kan inte 21/9, byt honom till 29/11 istället. jag kör som planerat. linda, ludvika",
           X("change", [P("Johan Dahlgren", None, "Ludvika kommun")], [S3]),
           "same sender as b137 swaps her colleague's session; sender not in people; bare swap -> only 29/11"),
        mail("b170", "2027-03-12T07:02", ("Tom Becker", "tom.becker@borlange.se"), "DalaLab sign up",
             "Hi Linnea, sign me up for all four please. No pork.\nThanks, Tom\n\nSent from my iPhone",
             X("register", [P("Tom Becker", "tom.becker@borlange.se", "Borlänge kommun", diet="no pork")], ALL,
               diet="no pork"),
             "English phone mail; 'all four'; diet 'no pork'"),
        tg("b171", "2027-03-15T22:14", "Frida Lööf", 3017784429,
           "Hej, jag avanmälde mig förra veckan, kan ni också radera all info om mig? frida lööf, mora",
           X("erasure", [P("Frida Lööf", None, "Mora kommun")]),
           "erasure after an earlier cancellation; org from text"),
        tg("b172", "2027-03-18T13:40", "Hanna Grip", 6120953384,
           "hej, hinner man anmäla sig efter 14/4 eller e det stopp då?",
           X("question"),
           "question about the deadline; '14/4' is not a session"),
        tg("b173", "2027-03-20T09:09", "Ville Åberg", 5298806641,
           "Tjena! Anmäl mig till alla utom första (3/5 har ja semester). ville åberg, lst dalarna",
           X("register", [P("Ville Åberg", None, "Länsstyrelsen Dalarna")], [S2, S3, S4]),
           "'alla utom första' = three sessions; '3/5' named only as excluded; 'lst dalarna'"),
        mail("b174", "2027-03-23T18:26", ("Sebastian Krantz", "sebastian.krantz@falun.se"), "avanmälan kollega",
             "hej, Malin Ekberg på vårt kontor har slutat så stryk henne från alla träffar. Vi återkommer om ersättare.\n"
             "/Sebastian\n\nSkickat från min iPhone",
             X("cancel", [P("Malin Ekberg", None, "Falu kommun")], ALL),
             "sender cancels a colleague (not himself); no substitute yet -> cancel all four"),
        tg("b175", "2027-03-26T20:02", "Julia Sjödin", 2573319980,
           "hej! anmäler mig till 21a sept, 29e nov o 22a feb. julia sjödin, rättvik, julia.sjodin@rattvik.se. "
           "laktosfri o vegetarisk tack 🙏",
           X("register", [P("Julia Sjödin", "julia.sjodin@rattvik.se", "Rättviks kommun",
                            diet="laktosfri, vegetarisk")], [S2, S3, S4], diet="laktosfri, vegetarisk"),
           "ordinal suffixes '21a', '29e', '22a'; two diets"),
        tg("b176", "2027-03-29T12:00", "Niklas Holmgren", 7411285503,
           "hej anmala mig till forsta traffen 3 maj. niklas holmgren, alvdalens kommun",
           X("register", [P("Niklas Holmgren", None, "Älvdalens kommun")], [S1]),
           "no å/ä/ö, 'anmala' typo; 'alvdalens'"),
        mail("b177", "2027-03-31T06:40", ("Gustav Ekman", "gustav.ekman@borlange.se"), "Re: lunch fredag?",
             "Funkar 12 för mig! Ses vid entrén\n/G\n\nSkickat från min iPhone",
             X("unknown"),
             "wrong recipient: lunch reply meant for a colleague"),
        tg("b178", "2027-04-03T16:30", "Annika Blixt", 1660397728,
           "hej, är anmäld till 3/5 o 29/11 – kan ni lägga in att jag är vegan nu? annika blixt, borlänge",
           X("change", [P("Annika Blixt", None, "Borlänge kommun", diet="vegan")], [S1, S3], diet="vegan"),
           "diet update; she states her sessions -> change with those"),
        tg("b179", "2027-04-06T21:45", "Kevin Marsh", 3904417256,
           "hey, i have to drop the nov 29th session, still coming to the others. kevin marsh, region dalarna",
           X("cancel", [P("Kevin Marsh", None, "Region Dalarna")], [S3]),
           "English partial withdrawal -> cancel of 29 Nov only"),
        mail("b180", "2027-04-09T14:50", ("Elin Grahn", "elin.grahn@smedjebacken.se"), "Anmälan i sista stund",
             "Hej! Hoppas det inte är för sent, anmäler mig o kollegan Erik Vass till alla träffarna.\n"
             "/Elin Grahn Smedjebackens kommun\n\nSkickat från min iPhone",
             X("register", [P("Elin Grahn", "elin.grahn@smedjebacken.se", "Smedjebackens kommun"),
                            P("Erik Vass", None, "Smedjebackens kommun")], ALL),
             "late (but before the deadline) signup of self + colleague without address; 'alla träffarna'"),
    ]
