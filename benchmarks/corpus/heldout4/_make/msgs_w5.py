"""Writer 5 (s061-s120): written on a phone — Telegram chats and e-mail "Skickat från min iPhone/Android":
dictation without punctuation, speech-to-text and autocorrect slips, lower case, dialect (dalmål), emoji,
abbreviations, dates as 3/5, 21.9, "21 sept", "nov", weekdays, ordinals, "nästa", "den första"."""
from build import ALL, P, S1, S2, S3, S4, X, mail, tg

INVITE_QUOTE = """> 22 feb. 2027 kl. 10:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej!
>
> Välkommen att anmäla dig till lärprojektet DalaLab – Planering för hållbarhet
> och utvecklingskraft. Lärprojektet består av fyra träffar i Falun:
>
> 3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
> 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
> 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Anmäl dig senast den 14 april 2027.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna"""


def messages():
    return [
        tg("s061", "2026-12-02T07:12:00", "Maja Persson", 5811204471,
           "hej det är maja på leksands kommun jag vill gärna vara med på alla fyra träffarna i dalalab tack så mycket",
           X("register", [P("Maja Persson", None, "Leksands kommun")], ALL),
           "Telegram dictated without punctuation; first name in text, surname from the display name; all four"),
        mail("s062", "2026-12-03T06:48:00", ("Anders Björk", "anders.bjork@avesta.se"), "Sv: Inbjudan till DalaLab",
             """Anmäler mig till 3/5 och 29/11.
/Anders

Skickat från min iPhone""",
             X("register", [P("Anders Björk", "anders.bjork@avesta.se", "Avesta kommun")], [S1, S3]),
             "two-line iPhone reply; dates day/month 3/5 and 29/11; organisation from the domain"),
        tg("s063", "2026-12-04T12:31:00", "Sanna Dahlberg", 6120934587,
           "anmäler mej o lisa andersson o karim saleh från gagnef till 3/5 o 21/9",
           X("register", [P("Sanna Dahlberg", None, "Gagnefs kommun"), P("Lisa Andersson", None, "Gagnefs kommun"),
                          P("Karim Saleh", None, "Gagnefs kommun")], [S1, S2]),
           "Telegram: sender and two colleagues in one breath, lower case, 'o' for och; 'från gagnef' covers all three"),
        tg("s064", "2026-12-05T19:02:00", "Ulf Gren", 5402218830,
           "e de nån lunch på träffarna el ska man ta me matsäck",
           X("question"),
           "Telegram dialectal question about lunch; books nothing"),
        mail("s065", "2026-12-07T07:55:00", ("Hanna Nordqvist", "hanna.nordqvist@borlange.se"), "Anmälan",
             """hejsan linnea jag och min kollega tomas wikström vill anmäla oss till alla fyra tillfällena i dala lab punkt tomas har glutenallergi så om det går att ordna något glutenfritt till honom vore det toppen punkt ha det bra hälsningar hanna

Skickat från min Galaxy""",
             X("register", [P("Hanna Nordqvist", "hanna.nordqvist@borlange.se", "Borlänge kommun"),
                            P("Tomas Wikström", None, "Borlänge kommun", "glutenallergi")], ALL, "glutenallergi"),
             "dictated Android mail with 'punkt' spelled out, no capitals; colleague without address; his diet"),
        tg("s066", "2026-12-08T16:40:00", "Bengt Jonsson", 5567312209,
           "Hej. Ja ska allt me på all fyra träffa nere i Falu ja. Skriv opp mä. Bengt på kommun'n i Orsa",
           X("register", [P("Bengt Jonsson", None, "Orsa kommun")], ALL),
           "Telegram in dalmål by an older planner; 'i Falu' is the venue, the organisation is Orsa"),
        tg("s067", "2027-02-14T22:10:00", "Ida Karlsson", 6688120354,
           "sorry måste hoppa av hela dalalab 😞 nytt jobb fr mars. /ida",
           X("cancel", [P("Ida Karlsson", None, None)], ALL),
           "Telegram 'måste hoppa av' = full cancellation; no organisation anywhere"),
        tg("s068", "2026-12-09T11:03:00", "Ronja Virtanen", 7019345521,
           "🙋‍♀️ anmäl mig till 21 sept + 29 nov pls! äter vego 🌱\nronja, regionen",
           X("register", [P("Ronja Virtanen", None, "Region Dalarna", "vego")], [S2, S3], "vego"),
           "Telegram with emoji; '21 sept', 'nov'; diet 'vego'; 'regionen'"),
        mail("s069", "2026-12-10T06:21:00", ("Kent Olsson", "kent.olsson@ludvika.se"), "DalaLab",
             """Anm. mig t. samtl. tillf.
Mvh Kent O.
Ludvika k.

Skickat från min iPhone""",
             X("register", [P("Kent Olsson", "kent.olsson@ludvika.se", "Ludvika kommun")], ALL),
             "abbreviations only ('Anm.', 'samtl. tillf.', 'Ludvika k.'); all sessions"),
        tg("s070", "2027-03-02T08:44:00", "Tove Lindberg", 5990017346,
           "hej! e anmäld till 21/9 men kan inte den tisdagen, kommer i nov istället. /tove falu kommun",
           X("change", [P("Tove Lindberg", None, "Falu kommun")], [S3]),
           "Telegram swap: 'kan inte den tisdagen (21/9), kommer i nov istället' -> the new session"),
        tg("s071", "2026-12-12T09:15:00", "Fredrik Sjögren", 6402118874,
           "Hej vill anmäla mog till första träffen 3 maj. Mvh Fredrik, Falun kommun",
           X("register", [P("Fredrik Sjögren", None, "Falu kommun")], [S1]),
           "Telegram with autocorrect slips ('mog', 'Falun kommun')"),
        mail("s072", "2026-12-14T13:30:00", ("Mikko Heikkinen", "mikko.heikkinen@hedemora.se"), "Anmälning",
             """Hei Linnea,
Jag vill anmäla mig på träffarna 21.9 ja 29.11. Förlåt min svenska, jag har flyttat från Tammerfors i somras.
Mikko

Skickat från min Android""",
             X("register", [P("Mikko Heikkinen", "mikko.heikkinen@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "Finnish writer; 'ja' is Finnish for 'and'; dates 21.9 and 29.11"),
        tg("s073", "2026-12-15T20:48:00", "Joakim Lindgren", 5233098112,
           "tjena, skriv upp mig på den första, dom andra vet ja inte än. /jocke säter",
           X("register", [P("Joakim Lindgren", None, "Säters kommun")], [S1]),
           "Telegram; nickname 'jocke', full name in the display name; 'den första' = first session only"),
        mail("s074", "2026-12-03T07:31:00", ("Anders Björk", "anders.bjork@avesta.se"), "Sv: Bekräftelse: DalaLab",
             """Toppen tack! Ses 3/5 👍

Skickat från min iPhone

> 3 dec. 2026 kl. 07:02 skrev DalaLab anmälan <anmalan@dalalab.example>:
>
> Hej Anders Björk!
>
> Du är anmäld till DalaLab – Planering för hållbarhet och utvecklingskraft:
> - 3 maj 2027, Falun
> - 29 november 2027, Falun
>
> Svara på detta mejl om du vill ändra eller avanmäla dig.""",
             X("unknown"),
             "thank-you reply to a confirmation, asks nothing ('Ses 3/5' is no request) -> unknown per brief; quoted confirmation"),
        tg("s075", "2026-12-17T10:02:00", "Gunnel Eriksson", 5120076634,
           "GOD DAG. MITT NAMN ÄR GUNNEL ERIKSSON OCH JAG ARBETAR PÅ SMEDJEBACKENS KOMMUN, MILJÖ OCH BYGG. "
           "JAG ÖNSKAR DELTAGA I SAMTLIGA FYRA TRÄFFAR. TACKSAM FÖR BESKED. HÄLSNINGAR GUNNEL",
           X("register", [P("Gunnel Eriksson", None, "Smedjebackens kommun")], ALL),
           "Telegram from an older writer in capitals, formal wording"),
        mail("s076", "2027-03-08T17:26:00", ("Ulla Sandberg", "ulla.sandberg@mora.se"), "Avanmälan 3/5",
             """Hej, avanmäl mig och Gösta Hedin från 3/5, vi har KF samma dag. Vi står kvar på resten!
/Ulla

Skickat från min iPhone""",
             X("cancel", [P("Ulla Sandberg", "ulla.sandberg@mora.se", "Mora kommun"), P("Gösta Hedin", None, "Mora kommun")],
               [S1]),
             "partial cancellation for sender and colleague; 'KF' abbreviation; rest stays"),
        tg("s077", "2026-12-18T14:37:00", "Elias Nilsson", 7733019245,
           "yo! anmäler mig till alla 4 🙌 elias, praktikant på planavd i mora",
           X("register", [P("Elias Nilsson", None, "Mora kommun")], ALL),
           "Telegram young intern, slang and emoji; 'alla 4'"),
        tg("s078", "2026-12-18T14:52:00", "Elias Nilsson", 7733019245,
           "tack! 👍",
           X("unknown"),
           "Telegram thank-you after the confirmation; asks nothing -> unknown per brief"),
        tg("s079", "2027-01-08T11:20:00", "Moa Lindqvist", 6011284590,
           "e första träffen 5/3 eller 3/5?? står olika på intranätet 🤔",
           X("question"),
           "Telegram question about the date format (5/3 vs 3/5); books nothing"),
        mail("s080", "2027-01-11T21:14:00", ("Abdirahman Farah", "abdirahman.farah@ludvika.se"), "anmälan höst",
             """Hej Linnea

Anmäler mig och Hodan Ali (hodan.ali@ludvika.se) till träffarna i höst. Vi jobbar båda med översiktsplanen.

Abdirahman
Skickat från min iPhone""",
             X("register", [P("Abdirahman Farah", "abdirahman.farah@ludvika.se", "Ludvika kommun"),
                            P("Hodan Ali", "hodan.ali@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "sender + colleague with address; 'träffarna i höst' (plural) -> 21/9 and 29/11"),
        tg("s081", "2027-01-13T07:58:00", "Jussi Laine", 6280093315,
           "moi! byt mig från 3/5 till 29/11 tack, krockar m annat",
           X("change", [P("Jussi Laine", None, None)], [S3]),
           "Telegram bare swap with day/month dates; Finnish greeting; no organisation"),
        tg("s082", "2027-01-14T12:12:00", "Yasmin", 5877342016,
           "salam! jag heter Yasmin Al-Khatib, jobbar på malung-sälens k. vill anmäla mig till alla träffar utom feb, "
           "då e jag föräldraledig inshallah 😊",
           X("register", [P("Yasmin Al-Khatib", None, "Malung-Sälens kommun")], [S1, S2, S3]),
           "Telegram, first-name display name, full name in text; 'alla utom feb'"),
        mail("s083", "2027-02-02T10:00:00", ("Sofia Lind", "sofia.lind@mora.se"), "Automatiskt svar: Påminnelse DalaLab",
             """Tack för ditt mejl!

Jag är föräldraledig och tillbaka 3/5. Ärenden om detaljplaner skickas till plan@mora.se, övrigt till kommunens växel 0250-260 00.

Sofia Lind
Planarkitekt, Mora kommun""",
             X("auto_reply"),
             "out-of-office; '3/5' is the return date, not a session"),
        tg("s084", "2027-01-19T15:45:00", "Kasia N", 6955021783,
           "Dzień dobry 🙂 anmäler mig, Katarzyna Nowak från Länsstyrelsen, till 3 maj och 22 feb. Tack!",
           X("register", [P("Katarzyna Nowak", None, "Länsstyrelsen Dalarna")], [S1, S4]),
           "Telegram Polish greeting; nickname display 'Kasia N', full name in text; '22 feb' = 2028"),
        mail("s085", "2027-03-15T18:03:00", ("Linus Åkerman", "linus.akerman@avesta.se"), "Ändring DalaLab",
             """Hej! Jag kan inte gå 3 maj, min kollega Sofia Berglund (sofia.berglund@avesta.se) går istället. Jag går på resten som vanligt.
Linus

Skickat från min iPhone""",
             X("change", [P("Linus Åkerman", "linus.akerman@avesta.se", "Avesta kommun"),
                          P("Sofia Berglund", "sofia.berglund@avesta.se", "Avesta kommun")], [S1]),
             "substitution for one session; sessions = what the substitute takes"),
        mail("s086", "2027-01-20T06:40:00", ("Emir Hodžić", "emir.hodzic@sater.se"), "Anmälan",
             """Hej, vill anmäla mig till nov och feb träffen. Laktosintolerant.
Emir

Skickat från min Android""",
             X("register", [P("Emir Hodžić", "emir.hodzic@sater.se", "Säters kommun", "Laktosintolerant")], [S3, S4],
               "Laktosintolerant"),
             "iso-8859-1 Android mail; 'nov och feb träffen'; one-word diet", charset="iso-8859-1"),
        tg("s087", "2027-02-20T13:13:00", "Niklas Berg", 5340278816,
           "blir inget för mig i maj tyvärr, resten står kvar. niklas, smedjebacken",
           X("cancel", [P("Niklas Berg", None, "Smedjebackens kommun")], [S1]),
           "Telegram partial cancellation 'blir inget för mig i maj'"),
        tg("s088", "2027-01-22T09:09:00", "Siriporn Chaiyasit", 7290031174,
           "Hi! This is Siriporn from Region Dalarna (public transport planning). I would like to join all the sessions. "
           "I am vegetarian 🙏 Thank you ka",
           X("register", [P("Siriporn Chaiyasit", None, "Region Dalarna", "vegetarian")], ALL, "vegetarian"),
           "Telegram in English by a Thai writer; all sessions; vegetarian"),
        mail("s089", "2027-01-25T20:31:00", ("Anneli Strand", "anneli.strand@hedemora.se"), "Fråga",
             """Hej, får man vara fler än tre från samma kommun? Vi är fyra på samhällsbyggnad som gärna vill gå, men jag vet att några redan anmält sig.
Mvh Anneli

Skickat från min iPhone""",
             X("question"),
             "quota question; nobody named, nothing booked"),
        mail("s090", "2027-01-27T07:12:00", ("Dariush Karimi", "dariush.karimi@falun.se"), "Anmälan DalaLab",
             """God morgon! Jag villa anmälan mig till träffen den 21 sept om utvecklingsinriktningen i ÖP-modellen. Ser fram emot de!
Dariush Karimi
Falu kommun

Skickat från min iPhone""",
             X("register", [P("Dariush Karimi", "dariush.karimi@falun.se", "Falu kommun")], [S2]),
             "autocorrect slips ('villa anmälan', 'de'); '21 sept' plus theme"),
        tg("s091", "2027-02-03T16:20:00", "Hampus Eriksson", 6101837452,
           "hej igen! e anmäld till maj, lägg till feb oxå 👍 /hampus hedemora",
           X("change", [P("Hampus Eriksson", None, "Hedemora kommun")], [S1, S4]),
           "Telegram add a session; stated existing one -> both"),
        tg("s092", "2027-01-29T12:00:00", "Malin Hedlund", 5544098123,
           "anmäl mig till nästa träff! malin, vansbro kommun",
           X("register", [P("Malin Hedlund", None, "Vansbro kommun")], [S1]),
           "Telegram 'nästa träff' sent in January 2027 -> 3 May"),
        tg("s093", "2027-03-18T19:47:00", "Sven-Erik Jons", 5088213367,
           "Hej. Ja ha fått förhinder i novembär, kan int kömma dit. Dom andra träffa ä ja me på. "
           "Hälsning Sven-Erik på byggnadskontore i Rättvik",
           X("cancel", [P("Sven-Erik Jons", None, "Rättviks kommun")], [S3]),
           "Telegram in dalmål; 'novembär'; partial cancellation, rest stays"),
        tg("s094", "2027-02-05T08:30:00", "Peter Åström", 6730911840,
           "kan du skriva upp mig på den andra och fjärde träffen",
           X("register", [P("Peter Åström", None, None)], [S2, S4]),
           "Telegram ordinal sessions; no organisation"),
        mail("s095", "2027-02-08T21:55:00", ("Klara Nyström", "klara.nystrom@rattvik.se"), "Re: Bekräftelse",
             """Glömde säga att jag är vegan numera, så inget kött/mjölk/ägg på fikat för min del 🙂 Är anmäld till alla fyra.
/Klara

Skickat från min iPhone""",
             X("change", [P("Klara Nyström", "klara.nystrom@rattvik.se", "Rättviks kommun", "vegan")], ALL, "vegan"),
             "diet update for an existing registration; sessions stated ('alla fyra')"),
        tg("s096", "2027-02-10T10:45:00", "Ingrid Mattsson", 5160024873,
           "hej, ja tar dom två måndagsträffarna (maj o nov). ingrid, plan älvdalen",
           X("register", [P("Ingrid Mattsson", None, "Älvdalens kommun")], [S1, S3]),
           "Telegram weekday reference 'måndagsträffarna' with months -> 3/5 and 29/11"),
        tg("s097", "2027-02-11T22:03:00", "Hussein Ali", 7400182236,
           "hur vet ja att ja e anmäld? fick inget mejl 🤷‍♂️",
           X("question"),
           "Telegram status question"),
        mail("s098", "2027-02-12T15:17:00", ("Ove Larsson", "ove.larsson@leksand.se"), "anmälan",
             """hej anmäler mig och jenny moberg från rättvik och anders wik här på leksand till alla tillfällena vi samåker från leksand hälsningar ove

Skickat från min Android""",
             X("register", [P("Ove Larsson", "ove.larsson@leksand.se", "Leksands kommun"),
                            P("Jenny Moberg", None, "Rättviks kommun"), P("Anders Wik", None, "Leksands kommun")], ALL),
             "dictated one breath, two organisations; 'samåker från leksand' is travel"),
        mail("s099", "2027-03-22T07:40:00", ("Lina Ahmadi", "lina.ahmadi@orsa.se"), "avanmälan",
             """hej jag kan tyvärr inte delta på någon av träffarna längre eftersom jag har fått nytt jobb i umeå tack för mig och lycka till med projektet hälsningar lina ahmadi orsa kommun

Skickat från min iPhone""",
             X("cancel", [P("Lina Ahmadi", "lina.ahmadi@orsa.se", "Orsa kommun")], ALL),
             "dictated full cancellation without punctuation"),
        mail("s100", "2027-02-16T17:50:00", ("Mats Öberg", "mats.oberg@vansbro.se"), "Anmälan",
             """Hej komma jag vill anmäla mig till dala lapp den tredje maj och den tjugonionde november punkt mvh Mats Öberg Vansbro kommun

Skickat från min iPhone""",
             X("register", [P("Mats Öberg", "mats.oberg@vansbro.se", "Vansbro kommun")], [S1, S3]),
             "Siri dictation: 'komma', 'punkt', 'dala lapp'; dates as spelled ordinals"),
        tg("s101", "2027-03-04T07:21:00", "Amir Rostami", 6622081935,
           "hej det är amir från regionen jag skulle vilja byta den tjugoförsta september mot den tjugoandra februari tack",
           X("change", [P("Amir Rostami", None, "Region Dalarna")], [S4]),
           "Telegram dictated swap with spelled ordinals -> the new session"),
        mail("s102", "2027-02-18T09:34:00", ("Birgitta Holmgren", "birgitta.holmgren@sater.se"), "Anmälan till DalaLab",
             """Hej Linnea.

Det är Birgitta på Säters kommun. Jag vill gärna vara med på första träffen den 3 maj. De övriga får jag återkomma om när jag vet hur hösten ser ut.

Vänliga hälsningar
Birgitta

Skickat från min iPad""",
             X("register", [P("Birgitta Holmgren", "birgitta.holmgren@sater.se", "Säters kommun")], [S1]),
             "older writer on an iPad; first session only, others later"),
        tg("s103", "2027-03-25T20:14:00", "Nora Lind", 5781130294,
           "hej kan ni radera allt ni har sparat om mig? avanmälde mig redan i januari",
           X("erasure", [P("Nora Lind", None, None)]),
           "Telegram erasure request after an earlier cancellation"),
        mail("s104", "2027-02-22T12:41:00", ("Johan Sundberg", "johan.sundberg@malung-salen.se"),
             "Sv: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Räkna med mig på 21/9 och 22/2! Kul initiativ.\n/Johan\n\nSkickat från min iPhone\n\n" + INVITE_QUOTE,
             X("register", [P("Johan Sundberg", "johan.sundberg@malung-salen.se", "Malung-Sälens kommun")], [S2, S4]),
             "iPhone reply over the quoted invitation (all four dates, '22 feb.' in the quote header); signup 21/9 + 22/2"),
        tg("s105", "2027-03-27T11:11:00", "Aino Koskinen", 6034912788,
           "stryk mig från tredje träffen, har en konferens då",
           X("cancel", [P("Aino Koskinen", None, None)], [S3]),
           "Telegram partial cancellation by ordinal; no organisation"),
        tg("s106", "2027-02-24T18:05:00", "Lars-Erik Backlund", 5201177490,
           "Tjänare! Ja kommer 21 sept å 29 nov, ha ente bestämt mä för feb än. Lars-Erik från Malung",
           X("register", [P("Lars-Erik Backlund", None, "Malung-Sälens kommun")], [S2, S3]),
           "Telegram in dialect; February undecided so not booked; 'Malung'"),
        mail("s107", "2027-02-26T08:02:00", ("Ewa Gustafsson", "ewa.gustafsson@ludvika.se"), "Frågor",
             """<html><body><div dir="auto">Hej, vart i Falun är träffarna? Och finns det parkering eller ska man ta tåget?</div>
<div dir="auto">Mvh Ewa</div><div dir="auto"><br></div>
<div dir="auto">Skickat från Outlook för Android</div></body></html>""",
             X("question"),
             "HTML-only Outlook for Android; practical questions", html=True),
        tg("s108", "2027-03-01T13:36:00", "Wilma Åberg", 7591203348,
           "hej!! ja o min chef mats eklund vill va me på alla 4 😊 vi e från älvdalen",
           X("register", [P("Wilma Åberg", None, "Älvdalens kommun"), P("Mats Eklund", None, "Älvdalens kommun")], ALL),
           "Telegram young writer; sender + manager in lower case; 'alla 4'"),
        mail("s109", "2027-03-03T16:48:00", ("Eva Ståhl", "eva.stahl@vansbro.se"), "Byte av deltagare",
             """Hej,
Jonas Hed slutar hos oss sista mars. Fatima Yusuf (fatima.yusuf@vansbro.se) tar hans plats på alla träffar.
Eva Ståhl
Enhetschef Plan & bygg, Vansbro kommun

Skickat från min iPhone""",
             X("change", [P("Jonas Hed", None, "Vansbro kommun"), P("Fatima Yusuf", "fatima.yusuf@vansbro.se", "Vansbro kommun")],
               ALL),
             "manager's third-party substitution, all sessions; sender not attending"),
        mail("s110", "2027-03-10T12:25:00", ("Camilla Björk", "camilla.bjork@smedjebacken.se"), "Ahmed",
             """Hej hej, Ahmed Osman är sjukskriven i vår, så avanmäl honom från majträffen. Höstens får vi se om.
/Camilla

Skickat från min iPhone""",
             X("cancel", [P("Ahmed Osman", None, "Smedjebackens kommun")], [S1]),
             "manager cancels a colleague from 'majträffen' only; sender not involved"),
        mail("s111", "2027-03-05T21:40:00", ("Nour Haddad", "nour.haddad88@hotmail.com"), "anmälan dalalab",
             """Hallå! Anmäler mig till 29 nov. Jobbar på Hedemora kommun (planenheten) men skriver från privata mejlen, jobbmejlen strular i mobilen.
Nour Haddad

Skickat från min Huawei-telefon""",
             X("register", [P("Nour Haddad", "nour.haddad88@hotmail.com", "Hedemora kommun")], [S3]),
             "private hotmail address; organisation in the text; '29 nov'"),
        tg("s112", "2027-03-06T09:58:00", "Kristina Holm", 5093378201,
           "kan man gå på bara måndagarna eller måste man gå på alla?",
           X("question"),
           "Telegram question naming weekdays; books nothing"),
        tg("s113", "2027-03-11T14:14:00", "Sara Lundin", 6841120937,
           "flytta mig från höstens första till den sista i feb tack 🙏",
           X("change", [P("Sara Lundin", None, None)], [S4]),
           "Telegram swap by order ('höstens första' = 21/9) -> 22 Feb; no organisation"),
        tg("s114", "2027-03-12T10:30:00", "Olof Dahl", 5728830016,
           "Hej, anmäl mig till alla tillfällen utom det första. Olof D, lst dalarna",
           X("register", [P("Olof Dahl", None, "Länsstyrelsen Dalarna")], [S2, S3, S4]),
           "Telegram 'alla utom det första'; 'lst dalarna'; initial for surname, full name in display"),
        tg("s115", "2027-03-29T08:05:00", "Tom Harrison", 6019927733,
           "hi, sorry – can't make it on 22/2 after all, family stuff. still on for the others. Tom @ Lst",
           X("cancel", [P("Tom Harrison", None, "Länsstyrelsen Dalarna")], [S4]),
           "Telegram English partial cancellation, day/month date"),
        mail("s116", "2027-02-24T09:00:00", ("Tuula Rantanen", "tuula.rantanen@avesta.se"), "Frånvaro: Sv: DalaLab",
             """Hej!

Jag är ledig till och med 5/3 och läser inte min e-post. Brådskande ärenden: ring Avesta kommuns kontaktcenter 0226-64 50 00.

I am out of office until 5 March.

Tuula Rantanen""",
             X("auto_reply"),
             "bilingual out-of-office; '5/3' = 5 March, not a session"),
        tg("s117", "2027-03-14T20:20:00", "Zainab Hassan", 6377012459,
           "hej! måste man va planerare för att få va med? jobbar me gis på regionen o tycker det låter sjukt intressant",
           X("question"),
           "Telegram eligibility question; interest but no signup"),
        mail("s118", "2027-03-16T07:33:00", ("Marek Kowalski", "marek.kowalski@borlange.se"), "Ändring anmälan",
             """Hej, ändring: jag kommer bara på 21 sept och 29 nov, inte maj och feb som jag skrev förra veckan. Sorry för strulet!
Marek

Skickat från min iPhone""",
             X("change", [P("Marek Kowalski", "marek.kowalski@borlange.se", "Borlänge kommun")], [S2, S3]),
             "change stating the sessions after the change; 'maj och feb' are dropped"),
        mail("s119", "2027-03-19T11:50:00", ("Roger Lund", "roger.lund@orsa.se"), "Ny planarkitekt",
             """Hej, vill anmäla vår nya planarkitekt Tiina Mäkinen (tiina.makinen@orsa.se) till hela serien. Själv hinner jag tyvärr inte.
/Roger
Samhällsbyggnadschef Orsa

Skickat från min iPhone""",
             X("register", [P("Tiina Mäkinen", "tiina.makinen@orsa.se", "Orsa kommun")], ALL),
             "manager registers a new colleague for 'hela serien'; sender does not attend"),
        tg("s120", "2027-04-06T17:58:00", "Petra Wallin", 7102266584,
           "hej, ja o kollegan emma strand på regionen kan inte komma alls längre pga omorg. stryk oss båda 🙏",
           X("cancel", [P("Petra Wallin", None, "Region Dalarna"), P("Emma Strand", None, "Region Dalarna")], ALL),
           "Telegram full cancellation for sender and colleague; 'omorg' abbreviation"),
    ]
