"""Writer "chatusers" (bh091–bh135): mostly short, informal Telegram messages from planners (typos, abbreviations,
emoji, lower case, dictated text, English/Swedish mixed, several messages' worth in one, name and municipality given
only sometimes), plus some phone-written e-mails from the same kind of people: signups, cancellations, swaps and
session moves, diet updates, questions, erasure requests, a /start, a misdirected chat, an autoreply and a bare "tack"."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        tg("bh091", "2026-12-02T21:14", "Lina Persson", "6120934587",
           """hej! vill anmäla mig till dalalab 🙌 alla träffar. lina, planerare i leksand""",
           X("register", [P("Lina Persson", None, "Leksands kommun")], ALL),
           "self-signup, no session named -> all four; 'leksand' lower case; name from sender"),
        tg("bh092", "2026-12-04T07:48", "Mikael Dahlström", "5307719264",
           """tja. kör 3/5 o 21/9 för min del. mvh micke avesta""",
           X("register", [P("Mikael Dahlström", None, "Avesta kommun")], [S1, S2]),
           "'3/5 o 21/9'; nickname 'micke' signs, full name taken from the Telegram sender; 'avesta' -> Avesta kommun"),
        tg("bh093", "2026-12-06T10:02", "Hanna", "1893025517",
           """hej jag heter hanna grönlund o jobbar på smedjebackens kommun. vill gärna vara med på första och sista träffen! vegetarisk kost tack 🌱""",
           X("register", [P("Hanna Grönlund", None, "Smedjebackens kommun", diet="vegetarisk")], [S1, S4],
             diet="vegetarisk"),
           "display name is first name only, full name from the text; 'första och sista träffen' = 3 May + 22 Feb 2028"),
        tg("bh094", "2026-12-09T22:31", "Johan E", "7012448930",
           """hej
anmäl mig till dalalab
alla tillfällen
oj förresten: johan ekman, rättvik
glutenfri om det bjuds på fika 🙏""",
           X("register", [P("Johan Ekman", None, "Rättviks kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "several chat messages pasted as one; full name from text (sender 'Johan E'); 'alla tillfällen' -> all four"),
        tg("bh095", "2026-12-11T12:17", "Sara Nilsson", "842210937",
           """hi! can i sign up for the sessions in may and september? im at borlänge municipality (sara.nilsson@borlange.se) thx""",
           X("register", [P("Sara Nilsson", "sara.nilsson@borlange.se", "Borlänge kommun")], [S1, S2]),
           "English; 'may and september' = 3 May + 21 Sep; e-mail written in the text so it is kept"),
        tg("bh096", "2026-12-14T16:40", "Per-Olof Bengtsson", "5561093382",
           """hej det är per olof bengtsson från ludvika kommun jag vill anmäla mig till dala labb träffarna den tredje maj och den tjugonionde november tack hej""",
           X("register", [P("Per-Olof Bengtsson", None, "Ludvika kommun")], [S1, S3]),
           "dictated (speech-to-text): no punctuation, dates in words ('tredje maj', 'tjugonionde november'), 'dala labb'; hyphenated name from sender"),
        mail("bh097", "2026-12-16T08:05", ("Andreas Hellgren", "andreas.hellgren@vansbro.se"), "dalalab",
             """hej! anmäl mig + kollega Ida Blom till dalalab, alla ggr.
/Andreas

Skickat från min Samsung Galaxy-smartphone.""",
             X("register", [P("Andreas Hellgren", "andreas.hellgren@vansbro.se", "Vansbro kommun"),
                            P("Ida Blom", None, "Vansbro kommun")], ALL),
             "phone mail; sender + colleague without address; 'alla ggr' = all four; organisation from vansbro.se domain"),
        tg("bh098", "2026-12-18T19:55", "Emelie 🌸", "6678120045",
           """hallå! är det nån avgift för dalalab? o måste man gå på alla fyra eller kan man välja? 🤔""",
           X("question"),
           "question only (fee, must one attend all four?); 'alla fyra' is not a signup"),
        tg("bh099", "2026-12-21T09:30", "Tobias Lund", "1320567781",
           """anmäler mig o kollegan maja ek till 21 sept, båda från hedemora. maja ska ha laktosfri kost""",
           X("register", [P("Tobias Lund", None, "Hedemora kommun"),
                          P("Maja Ek", None, "Hedemora kommun", diet="laktosfri")], [S2], diet="laktosfri"),
           "sender + colleague, one session ('21 sept'); diet belongs to the colleague only"),
        tg("bh100", "2026-12-28T23:12", "Kicki Holm", "7744109326",
           """gott nytt år i förväg 🎆 chefen anmälde mig till dalalab men kan ni stryka mig från majträffen? e föräldraledig till sommaren 👶 resten e jag med på""",
           X("cancel", [P("Kicki Holm", None, None)], [S1]),
           "partial cancellation: 'majträffen' = 3 May only, the rest stays; the manager is context, not a person; no organisation given"),
        tg("bh101", "2027-01-04T13:03", "Erik", "2058833164",
           """hej, anmälde mig i dec till 3 maj o 29/11. kan jag byta 3 maj mot 21 sept? 29/11 står kvar. erik sjödin mora""",
           X("change", [P("Erik Sjödin", None, "Mora kommun")], [S2, S3]),
           "session swap: 3 May -> 21 Sep, 29 Nov kept -> sessions after the change 21 Sep + 29 Nov; 'i dec' is not a session"),
        tg("bh102", "2027-01-06T18:21", "Anders Lööf", "903318472",
           """/start""",
           X("unknown"),
           "bot /start command only: nothing to act on -> unknown"),
        tg("bh103", "2027-01-09T11:46", "Ali Yousef", "6230047719",
           """anmäl mig till alla 4 träffarna
nej vänta, feb 2028 går inte, pappaledig då 🍼
så dom 3 första då. orsa kommun""",
           X("register", [P("Ali Yousef", None, "Orsa kommun")], [S1, S2, S3], unsure=("corrected",)),
           "self-correction within the message: 'alla 4' then drops Feb 2028 -> the first three; final intention counts"),
        tg("bh104", "2027-01-12T08:33", "Ingrid Carlsson", "1457720983",
           """hey, is the may 3 session streamed as well? long drive from malung 🚗""",
           X("question"),
           "English question only; names a session date and a place but signs up for nothing"),
        tg("bh105", "2027-01-15T20:03", "Malin Åkerlund", "6120934512",
           """snälla ta bort allt ni har om mig, vill inte finnas i nåt register. /malin""",
           X("erasure", [P("Malin Åkerlund", None, None)]),
           "erasure request; people = the sender (name from sender, signed only 'malin'); no organisation"),
        tg("bh106", "2027-01-18T14:10", "Therese Lind", "5190238846",
           """hej! kan jag anmäla en kollega här? jonas falk, jonas.falk@gagnef.se, alla träffar. själv e jag redan anmäld""",
           X("register", [P("Jonas Falk", "jonas.falk@gagnef.se", "Gagnefs kommun")], ALL),
           "registers a colleague only: sender says she is already registered -> not in people; org from the colleague's gagnef.se address"),
        tg("bh107", "2027-01-22T16:57", "Lovisa Hedberg", "2289104457",
           """hej! jag kan inte 21/9 så min kollega anton berg går istället 👍 vi e från säter""",
           X("change", [P("Lovisa Hedberg", None, "Säters kommun"), P("Anton Berg", None, "Säters kommun")], [S2]),
           "substitution for one session: Lovisa out, Anton in on 21 Sep; people lists both; sessions = what the substitute takes"),
        tg("bh108", "2027-01-27T07:15", "Jessica Wahlström", "6011847723",
           """måste avanmäla mig helt tyvärr, ny tjänst i uppsala från mars 😢 tack för mig!""",
           X("cancel", [P("Jessica Wahlström", None, None)], ALL),
           "full cancellation ('helt') -> all four; 'från mars' and Uppsala are not sessions/organisation"),
        tg("bh109", "2027-01-30T12:40", "Fredrik Ahlin", "1776302915",
           """anmäler mig till alla. ingår lunch eller? 🥪 /fredrik, lst""",
           X("register", [P("Fredrik Ahlin", None, "Länsstyrelsen Dalarna")], ALL),
           "signup plus a question -> register; 'lst' = Länsstyrelsen Dalarna; asking about lunch states no diet"),
        tg("bh110", "2027-02-02T09:05", "Kateryna Melnyk", "5823371160",
           """hej! I'd like to register för sessions 2 och 4 please 🙂 Kateryna Melnyk, Falu kommun, kateryna.melnyk@falun.se""",
           X("register", [P("Kateryna Melnyk", "kateryna.melnyk@falun.se", "Falu kommun")], [S2, S4]),
           "English/Swedish mixed; 'sessions 2 och 4' by ordinal = 21 Sep + 22 Feb 2028; e-mail in text"),
        tg("bh111", "2027-02-05T21:48", "Viktor Strand", "7430192256",
           """hej igen, glömde säga att jag e glutenfri o laktosfri 🙈 anmäld till alla träffar sen tidigare / viktor i hedemora""",
           X("change", [P("Viktor Strand", None, "Hedemora kommun", diet="glutenfri, laktosfri")], ALL,
             diet="glutenfri, laktosfri"),
           "diet update for an existing signup -> change; he says he is registered for all -> all four; two diets joined"),
        tg("bh112", "2027-02-08T13:27", "Nadia Berg", "1094456238",
           """när e sista dagen att anmäla sig? o hur vet jag att jag e anmäld, fick ingen bekräftelse 😕""",
           X("question"),
           "questions only (deadline, confirmation); implies an earlier signup but asks for nothing new"),
        tg("bh113", "2027-02-10T15:52", "Pontus Ek", "6637028814",
           """anmäler oss tre från mora: jag (pontus), elsa nordin o karl-johan mattsson. alla tillfällen 🙂""",
           X("register", [P("Pontus Ek", None, "Mora kommun"), P("Elsa Nordin", None, "Mora kommun"),
                          P("Karl-Johan Mattsson", None, "Mora kommun")], ALL),
           "sender + two colleagues in lower case, all Mora; 'alla tillfällen' -> all four; 'tre' is a head count"),
        tg("bh114", "2027-02-12T16:08", "Karin Wester", "5508813390",
           """kan du hämta alva på fritids idag? sitter fast i möte till 17 ❤️""",
           X("unknown"),
           "misdirected private chat message sent to the bot; '17' is a time -> unknown"),
        tg("bh115", "2027-02-16T10:44", "Amanda Sjöstrand", "2146630078",
           """hej kan inte komma 29 nov, krockar med kf 😩 de andra kör jag""",
           X("cancel", [P("Amanda Sjöstrand", None, None)], [S3]),
           "partial cancellation of 29 Nov only; 'kf' (kommunfullmäktige) hints at a municipality but names none -> null"),
        tg("bh116", "2027-02-19T19:37", "nisse_p", "6902214587",
           """tjena. Nils Pålsson här, älvdalens kommun. vill med på maj o september träffarna""",
           X("register", [P("Nils Pålsson", None, "Älvdalens kommun")], [S1, S2]),
           "username-like display name; name from the text; 'maj o september' = 3 May + 21 Sep"),
        tg("bh117", "2027-02-23T08:12", "Liam O'Connor", "1388907246",
           """sorry, have to cancel my spot for feb 22 – parental leave 👶 rest is still ok""",
           X("cancel", [P("Liam O'Connor", None, None)], [S4]),
           "English partial cancellation; 'feb 22' without year is the 2028 session (sent the day after 22 Feb 2027)"),
        tg("bh118", "2027-02-26T14:29", "Ronja Lindqvist", "5074418832",
           """e anmäld till 3 maj bara, kan jag byta till 29/11 istället? /ronja, orsa""",
           X("change", [P("Ronja Lindqvist", None, "Orsa kommun")], [S3]),
           "move from 3 May to 29 Nov, phrased as a question but a change request; sessions after the change = 29 Nov"),
        tg("bh119", "2027-03-02T11:11", "Ahmed Ali", "7215530964",
           """hej! vi e två från borlänge som vill med på alla: jag (ahmed ali, halal) o sofie brandt (nötallergi!!)""",
           X("register", [P("Ahmed Ali", None, "Borlänge kommun", diet="halal"),
                          P("Sofie Brandt", None, "Borlänge kommun", diet="nötallergi")], ALL,
             diet="halal, nötallergi"),
           "sender + colleague, each with own diet; message diet joins both; 'alla' -> all four"),
        tg("bh120", "2027-03-05T22:16", "Oskar Fridh", "6348810275",
           """hi, please delete all my data, i signed up by mistake. thanks""",
           X("erasure", [P("Oskar Fridh", None, None)], unsure=("intent",)),
           "English erasure request; 'signed up by mistake' also implies withdrawal, but deleting the data is what he asks -> erasure"),
        tg("bh121", "2027-03-08T09:58", "Sebastian Norén", "1902735546",
           """hur många får vi va från samma kommun? vi e typ 5 som vill 😅 /ludvika""",
           X("question"),
           "quota question; nobody is signed up and no names given -> question, no people"),
        tg("bh122", "2027-03-11T13:34", "Elin Kask", "5467702119",
           """hej! jag vill va med på höstens två träffar. elin kask, regionen""",
           X("register", [P("Elin Kask", None, "Region Dalarna")], [S2, S3]),
           "'höstens två träffar' = 21 Sep + 29 Nov; 'regionen' = Region Dalarna"),
        tg("bh123", "2027-03-15T07:49", "Mats Olsson", "2790044381",
           """👍 alla 4. /mats, falun""",
           X("register", [P("Mats Olsson", None, "Falu kommun")], ALL),
           "minimal signup: 'alla 4' -> all four; 'falun' -> Falu kommun"),
        tg("bh124", "2027-03-19T17:02", "Bo Hansson", "6089925510",
           """jag slutar i april 🎉 men min efterträdare greta sundberg tar över min plats på alla träffar. greta.sundberg@rattvik.se""",
           X("change", [P("Bo Hansson", None, "Rättviks kommun"),
                        P("Greta Sundberg", "greta.sundberg@rattvik.se", "Rättviks kommun")], ALL,
             unsure=("organisation",)),
           "substitution for all sessions: Bo out, Greta in; Bo's organisation inferred from the shared rattvik.se workplace; 'i april' is not a session",
           ),
        mail("bh125", "2027-01-19T21:40", ("Frida Olsson", "frida.m.olsson@gmail.com"), "anmälan",
             """hej! anmäl mig till dalalab 3 maj o 22 feb. jobbar som planarkitekt på malung-sälens kommun men skriver från privata mejlen
/Frida

Skickat från min iPhone""",
             X("register", [P("Frida Olsson", "frida.m.olsson@gmail.com", "Malung-Sälens kommun")], [S1, S4]),
             "gmail address, organisation only from text; '22 feb' without year = 2028 session"),
        mail("bh126", "2027-03-16T06:02", ("Linus Hed", "linus.hed@falun.se"),
             "Automatiskt svar: DalaLab – påminnelse om anmälan",
             """Hej!

Jag är föräldraledig och läser inte min e-post. Tillbaka på jobbet måndag 3 maj 2027.
Brådskande bygglovsfrågor: bygglov@falun.se eller 023-83 000.

/Linus Hed
Falu kommun""",
             X("auto_reply"),
             "out-of-office reply to the reminder, no Auto-Submitted header; 'tillbaka 3 maj 2027' names a session date but is no signup"),
        mail("bh127", "2027-03-22T12:18", ("Jenny Boström", "jenny.bostrom@leksand.se"), "Sv: Bekräftelse DalaLab",
             """hej, måste hoppa av 3/5 pga kurs 😕 resten står kvar
mvh Jenny

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 10:15
Till: Jenny Boström <jenny.bostrom@leksand.se>
Ämne: Bekräftelse DalaLab

Hej Jenny!
Tack för din anmälan till DalaLab. Du är anmäld till:
- 3 maj 2027, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028
Välkommen!
Linnea""",
             X("cancel", [P("Jenny Boström", "jenny.bostrom@leksand.se", "Leksands kommun")], [S1]),
             "phone reply to a confirmation; partial cancel of 3/5 only; the quoted confirmation lists all four dates and '2 februari'"),
        mail("bh128", "2027-02-21T18:30", ("Karl Åberg", "karl.aberg@orsa.se"), "DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<div dir="auto">Hej!<br>Anmäler mig till alla tillfällen. Vegan 🌱<br><br>/Karl Åberg<br>Orsa kommun<br>0250-55 12 34</div>
<div dir="auto"><br></div>
<div>Hämta <a href="https://aka.ms/AAb9ysg">Outlook för Android</a></div>
</body></html>""",
             X("register", [P("Karl Åberg", "karl.aberg@orsa.se", "Orsa kommun", diet="vegan")], ALL, diet="vegan"),
             "HTML-only Outlook for Android mail; 'alla tillfällen' -> all four; phone number is not a date",
             html=True),
        mail("bh129", "2027-03-28T20:07", ("Sven Lundin", "sven.lundin@avesta.se"), "radera",
             """Hej, vill att ni raderar mina uppgifter ur er anmälningslista o allt annat ni sparat. Tack / Sven""",
             X("erasure", [P("Sven Lundin", "sven.lundin@avesta.se", "Avesta kommun")]),
             "short erasure request; organisation from avesta.se domain; no sessions"),
        mail("bh130", "2027-04-01T15:33", ("Kalle Svensson", "kallesvensson62@gmail.com"), "parkering?",
             """hej! finns det parkering nära lokalen i falun 3 maj? o går det att ladda elbil där?
mvh kalle""",
             X("question"),
             "practical question only; names 3 May and Falun but no signup; private gmail"),
        mail("bh131", "2027-02-14T10:26", ("Jan de Vries", "jan.devries@ludvika.se"), "DalaLab registration",
             """Hi Linnea,

jag vill anmäla mig to DalaLab, the first three sessions. My Swedish is not so good yet, sorry 🙂

Jan de Vries
Ludvika kommun
tel 0240-86 000""",
             X("register", [P("Jan de Vries", "jan.devries@ludvika.se", "Ludvika kommun")], [S1, S2, S3]),
             "English/Swedish mix; 'the first three sessions' = 3 May, 21 Sep, 29 Nov; lower-case particle in name kept"),
        mail("bh132", "2027-04-06T09:14", ("Maria Kvist", "maria.kvist@borlange.se"), "byte dalalab",
             """Hej!
Rebecka Nord kan inte 21/9 o 29/11, så Hampus Viklund går istället på de två. Rebecka går kvar på 3/5 som planerat.

Maria Kvist
Enhetschef Samhällsplanering
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00""",
             X("change", [P("Rebecka Nord", None, "Borlänge kommun"), P("Hampus Viklund", None, "Borlänge kommun")],
               [S2, S3]),
             "manager's substitution for two sessions; sender not in people; sessions = what the substitute takes (21/9, 29/11), not Rebecka's kept 3/5; address/postcode are not dates"),
        mail("bh133", "2026-12-03T07:41", ("Britt-Marie Lund", "britt-marie.lund@hedemora.se"), "Sv: Inbjudan DalaLab",
             """Tack! 👍

Skickat från min iPhone

> 1 dec. 2026 kl. 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft!
> Träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027 och 22 februari 2028.
> Anmälan senast 14 april 2027, upp till tre personer per kommun.""",
             X("unknown", unsure=("intent",)),
             "bare 'Tack!' reply to the invitation: no request, quoted text is not a signup -> unknown (a human might ask whether she meant to sign up)"),
        mail("bh134", "2027-03-25T16:49", ("Ellen Sand", "ellen.sand@sater.se"), "Anmälan DalaLab",
             """Hej! anmäler mig till alla träffar.

PS. glömde: kollegan Moa Eriksson vill också med men bara på 3 maj

/Ellen, Säters kommun""",
             X("register", [P("Ellen Sand", "ellen.sand@sater.se", "Säters kommun"),
                            P("Moa Eriksson", None, "Säters kommun")], ALL, unsure=("each-own-sessions",)),
             "two people with different sessions (Ellen all four, Moa 3 May only); message sessions = the union = all four"),
        mail("bh135", "2027-04-09T11:05", ("Lars Gustafsson", "lars.gustafsson@gagnef.se"), "avanmälan",
             """Hej! Min kollega Tove Lans är sjukskriven och kommer inte på nån av träffarna, stryk henne.
/Lars, Gagnefs kommun""",
             X("cancel", [P("Tove Lans", None, "Gagnefs kommun")], ALL),
             "manager cancels a colleague for all sessions; sender not in people; colleague's organisation from the sender's"),
    ]
