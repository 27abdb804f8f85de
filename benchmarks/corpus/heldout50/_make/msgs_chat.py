"""Theme "chat": short, informal messages as people send them from a phone or to the Telegram bot: lower case,
typos, emojis, dictated text without punctuation, English and mixed Swedish/English, people signing up themselves
and a colleague, sessions named by season, ordinal, month, weekday, day of month or theme, corrections
mid-message, 'kanske', relative dates that are not sessions ('imorgon', 'nästa vecka', 'på tisdag'), questions
about parking, the programme and the quota, a few cancellations, swaps and substitutions, plus the usual
out-of-office replies, a phishing mail and an erasure request."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_QUOTE = """
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 14:02
Till: Linnea Hassis
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för
hållbarhet och utvecklingskraft. Vi ses vid fyra tillfällen:

  3 maj 2027, Falun (med Boverket)
  21 september 2027
  29 november 2027
  22 februari 2028

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027 genom att svara på detta mejl.

Välkommen!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        mail("ba046", "2026-12-02T07:52", ("Johan Persson", "johan.persson@avesta.se"), "Anmälan dala labb",
             """hej linnea jag vill gärna anmäla mig till dala labb alla fyra träffarna jag jobbar som \
översiktsplanerare på avesta kommun och äter vegetarisk mat om det blir lunch tack på förhand johan persson

Skickat från min iPhone""",
             X("register", [P("Johan Persson", "johan.persson@avesta.se", "Avesta kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "dictated from a phone: no punctuation, 'dala labb' misheard; 'alla fyra träffarna'; diet in the run-on "
             "sentence"),

        tg("ba047", "2026-12-04T21:05", "Jocke", "5120397781",
           """tja! kan ni skriva upp mig o en kollega, anna-karin nilsson, på höstträffarna? vi sitter båda på samhällsbyggnad i ludvika 👍 /joakim berg""",
           X("register", [P("Joakim Berg", None, "Ludvika kommun"), P("Anna-Karin Nilsson", None, "Ludvika kommun")],
             [S2, S3]),
           "display name is a nickname ('Jocke'), full name only in the lower-case signature; colleague in lower case "
           "with a hyphen; 'höstträffarna' (plural) = 21 Sep + 29 Nov"),

        mail("ba048", "2026-12-07T13:18", ("Daniel Kovács", "daniel.kovacs@borlange.se"), "DalaLab",
             """Hi Linnea,

count me in for all of it! My colleague Sven will probably want to come too but he'll write to you himself.

Cheers
Daniel

--
Daniel Kovács
Strategic planner | Borlänge kommun
+46 243 74 000""",
             X("register", [P("Daniel Kovács", "daniel.kovacs@borlange.se", "Borlänge kommun")], ALL),
             "English, 'all of it' = all four; colleague Sven only mentioned (he will write himself), not registered"),

        tg("ba049", "2026-12-09T16:40", "Fatima Ali", "6388012954",
           """hi! jag o min kollega vill joina dalalab 🙌
me: Fatima Ali, kollega: Lars Henriksson, both Hedemora kommun
only may + sept tho, in nov we're on a study trip and feb is budget season 😅""",
           X("register", [P("Fatima Ali", None, "Hedemora kommun"), P("Lars Henriksson", None, "Hedemora kommun")],
             [S1, S2]),
           "mixed Swedish/English; sender + colleague; 'may + sept' chosen, 'nov' and 'feb' named only as reasons "
           "for not coming"),

        mail("ba050", "2026-12-11T10:27", ("Dahlgren Ove", "ove.dahlgren@sater.se"), "parkering?",
             """hej! är redan anmäld men undrar om det finns parkering vid lokalen i Falun 3 maj? eller är det bättre att ta tåget från Säter?

/Ove

Skickat från min Galaxy""",
             X("question"),
             "question only about parking from someone already registered; names 3 May but signs nobody up; "
             "surname-first display name"),

        tg("ba051", "2026-12-14T20:12", "Malin Ek", "943371206",
           """anmäler mig till maj o november.. nej vänta, nov krockar med fullmäktige 🙄 maj och september då! /malin ek leksand""",
           X("register", [P("Malin Ek", None, "Leksands kommun")], [S1, S2], unsure=["corrected"]),
           "correction mid-message: November replaced by September -> 3 May + 21 Sep; 'leksand' in lower case"),

        mail("ba052", "2026-12-16T15:44", ("Birgitta Sahlin", "birgitta.sahlin@rattvik.se"), "DalaLab anmälan Per-Olof",
             """Hej!

Per-Olof Grahn, vår nya stadsarkitekt, vill vara med på alla fyra. Han har ingen mejladress än (började i måndags) men nås via mig tills vidare.

//Birgitta
Rättviks kommun

Skickat från min iPad""",
             X("register", [P("Per-Olof Grahn", None, "Rättviks kommun")], ALL),
             "assistant signs up a new colleague and not herself; his address is explicitly missing (do not give him "
             "hers); 'i måndags' is not a session"),

        mail("ba053", "2026-12-18T11:03", ("Lotta Wiberg", "lotta.wiberg@mora.se"), "snabb fråga",
             """hej, snabb fråga: hur många får man vara per kommun? vi är fyra på plan som vill gå 😬 vem bestämmer om det blir för många?

mvh Lotta

Skickat från mobilen""",
             X("question"),
             "quota question; 'vi är fyra' is no signup and names no one"),

        mail("ba054", "2026-12-21T19:36", ("Lena Hallberg", "lenahallberg62@gmail.com"), "dalalab",
             """hej, anmäler mig till första och tredje träffen. jobbar i Gagnef men skriver från privata mailen då jobbmailen strular 🙄

god jul!
/lena""",
             X("register", [P("Lena Hallberg", "lenahallberg62@gmail.com", "Gagnefs kommun")], [S1, S3]),
             "private gmail address, organisation only from 'jobbar i Gagnef'; ordinals 'första och tredje' = "
             "3 May + 29 Nov"),

        tg("ba055", "2026-12-28T09:14", "Nils Wester", "1876620043",
           """hej. försökte ringa linnea idag men fick inget svar, ringer igen imorgon. men för säkerhets skull: anmäl mig till dalalab, alla gångerna. Nils Wester planarkitekt Älvdalens kommun""",
           X("register", [P("Nils Wester", None, "Älvdalens kommun")], ALL),
           "'idag'/'imorgon' are about a phone call, not sessions; 'alla gångerna' = all four"),

        mail("ba056", "2027-01-04T08:21", ("Rebecca Hult", "rebecca.hult@regiondalarna.se"), "RE: Bekräftelse DalaLab",
             """Hi Linnea,

I'm signed up for the May and September sessions, but September now clashes with a conference in Gothenburg. Could I swap September for the November one instead?

Thanks!
Rebecca

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 10 december 2026 09:40
Ämne: Bekräftelse DalaLab

Hej Rebecca! Du är anmäld till DalaLab den 3 maj och den 21 september 2027. Välkommen!""",
             X("change", [P("Rebecca Hult", "rebecca.hult@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "English swap that states the current sessions (May + Sep) -> after the change 3 May + 29 Nov; quoted "
             "confirmation repeats the old dates"),

        tg("ba057", "2027-01-08T17:50", "Emma Lindström", "7023318865",
           """hej! måste tyvärr hoppa av dalalab helt 😕 har fått nytt jobb och slutar i mars. /emma, falun""",
           X("cancel", [P("Emma Lindström", None, "Falu kommun")], ALL),
           "whole cancellation ('hoppa av helt') -> all four; 'i mars' is her last month, not a session"),

        mail("ba058", "2027-01-11T12:09", ("Ylva Strand", "ylva.strand@smedjebacken.se"), "Anmälan",
             """Hej!

Anmäler mig själv till alla fyra, och Karl Öberg till maj och september (han går på föräldraledighet i oktober).

Mvh Ylva Strand
Smedjebackens kommun""",
             X("register", [P("Ylva Strand", "ylva.strand@smedjebacken.se", "Smedjebackens kommun"),
                            P("Karl Öberg", None, "Smedjebackens kommun")], ALL, unsure=["each-own-sessions"]),
             "two people with different sessions (all four vs May + Sep) -> union = all four; 'i oktober' not a "
             "session"),

        tg("ba059", "2027-01-13T07:31", "Sofie Granath", "812740569",
           """hej, jag har ledningsgrupp varje måndag så jag kan bara tisdagar. anmäl mig till de träffar som ligger på en tisdag tack 🙏 /sofie granath, borlänge""",
           X("register", [P("Sofie Granath", None, "Borlänge kommun")], [S2, S4]),
           "sessions by weekday: the Tuesday sessions are 21 Sep 2027 and 22 Feb 2028 (3 May and 29 Nov are "
           "Mondays)"),

        mail("ba060", "2027-01-15T14:02", ("Karolina Berg", "karolina.berg@orsa.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             """Hej!

Jag är ledig hela nästa vecka och tillbaka måndag 25 januari. Brådskande ärenden om bygglov och planer: plan@orsa.se eller växeln 0250-55 21 00.

Vänliga hälsningar
Karolina Berg
Orsa kommun""",
             X("auto_reply"),
             "Swedish out-of-office reply to a confirmation, no auto headers; 'nästa vecka', '25 januari' and phone "
             "digits are no sessions"),

        mail("ba061", "2027-01-18T09:48", ("Theo Andersson", "theo.andersson@lansstyrelsen.se"), "DalaLab for Kerstin",
             """hi Linnea, quick one - my boss Kerstin Holmgren would like to join all the sessions, she asked me to sort it out. I'm not attending myself.

thanks
Theo Andersson
Länsstyrelsen Dalarna""",
             X("register", [P("Kerstin Holmgren", None, "Länsstyrelsen Dalarna")], ALL),
             "English, written by a colleague for his manager who has no address in the text; sender explicitly "
             "not attending"),

        mail("ba062", "2027-01-20T10:33", ("Eva Marklund", "eva.marklund@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Ja tack! Vi kommer, jag och Bosse (Bo Lindkvist, bo.lindkvist@ludvika.se). Alla fyra. Bosse behöver laktosfri kost.

/Eva

Eva Marklund
Planeringsarkitekt, Ludvika kommun
""" + INVITE_QUOTE,
             X("register", [P("Eva Marklund", "eva.marklund@ludvika.se", "Ludvika kommun"),
                            P("Bo Lindkvist", "bo.lindkvist@ludvika.se", "Ludvika kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "short Outlook reply above the quoted invitation (all dates, quota, deadline); colleague by nickname "
             "with full name and address in brackets; his diet only"),

        tg("ba063", "2027-01-22T12:15", "Jonna Eriksson", "6690214873",
           """hej, finns programmet för träff 2 nånstans? vill kolla om det e relevant för oss innan jag anmäler mig 🤔""",
           X("question"),
           "question about the programme of the second session before signing up -> no signup, no sessions"),

        mail("ba064", "2027-01-25T16:05", ("Michael Brandt", "michael.brandt@mora.se"), "Registration DalaLab",
             """Hi,

please register my team members Anders Wik and Julia Pettersson for the first session in May. I can't make it myself unfortunately.

Best,
Michael Brandt
Head of Planning, Mora kommun""",
             X("register", [P("Anders Wik", None, "Mora kommun"), P("Julia Pettersson", None, "Mora kommun")], [S1]),
             "English; manager registers two colleagues (no addresses) and explicitly not himself; 'first session in "
             "May' = 3 May"),

        mail("ba065", "2027-01-27T08:12", ("Kalle Fors", "kalle.fors@orsa.se"), "byte",
             """hej! kan jag byta 29/11 mot 21/9? mvh Kalle""",
             X("change", [P("Kalle Fors", "kalle.fors@orsa.se", "Orsa kommun")], [S2]),
             "bare swap, one line: 29/11 given up for 21/9 -> only the new session; organisation from orsa.se"),

        mail("ba066", "2027-01-29T22:41", ("Pia Nord", "pia.nord@hedemora.se"), "ta bort mig",
             """hej, jag skrev till er telegrambot förra veckan men har ångrat mig. kan ni ta bort allt ni har om mig? både anmälan och uppgifterna.

/Pia Nord""",
             X("erasure", [P("Pia Nord", "pia.nord@hedemora.se", "Hedemora kommun")]),
             "erasure ('ta bort allt ni har om mig'), which also ends the signup; 'förra veckan' is not a session"),

        tg("ba067", "2027-02-01T11:26", "Olof Engström", "2291845530",
           """hej, jag kan inte gå på vårträffen. min kollega Sara Dahlberg tar min plats den gången, resten går jag på själv. vi är från säter""",
           X("change", [P("Olof Engström", None, "Säters kommun"), P("Sara Dahlberg", None, "Säters kommun")], [S1]),
           "substitution for one session: 'vårträffen' = 3 May (the only spring session); people = both; sender "
           "keeps the others"),

        mail("ba068", "2027-02-03T08:47", ("Hanna Ljung", "hanna.ljung@avesta.se"), "DalaLab",
             """hej! skriv upp mig på maj-träffen. september kanske, återkommer om det när jag vet mer om semestern 🙂

/Hanna""",
             X("register", [P("Hanna Ljung", "hanna.ljung@avesta.se", "Avesta kommun")], [S1]),
             "signup for May only; September is a 'kanske' she will come back about, not registered"),

        tg("ba069", "2027-02-05T17:58", "Anders Björk", "904417362",
           """hej det är anders björk på länsstyrelsen jag vill anmäla mig till träffen om tillgänglighet och den om att planera för osäkerheter tack och hej""",
           X("register", [P("Anders Björk", None, "Länsstyrelsen Dalarna")], [S3, S4]),
           "dictated voice text without punctuation; sessions by theme: 'tillgänglighet' = 22 Feb 2028, "
           "'osäkerheter' = 29 Nov"),

        mail("ba070", "2027-02-08T03:17", ("Region Dalarna IT", "noreply@regiondalarna-support.com"),
             "Din brevlåda är full – åtgärd krävs",
             """Hej linnea.hassis,

Din brevlåda har nått 98 % av sin kvot. Inkommande e-post kommer att avvisas inom 24 timmar.

Klicka här för att verifiera ditt konto och få 2 GB extra utrymme:
http://regiondalarna-support.com/verify?u=linnea.hassis

IT-avdelningen
Region Dalarna""",
             X("unknown"),
             "phishing posing as the region's IT department from a look-alike domain -> unknown"),

        tg("ba071", "2027-02-10T13:37", "Karin Lund", "5561098234",
           """hi! pls sign me up for the 2nd and 4th sessions. will there be lunch or just fika? 🙂 karin lund, falu kommun""",
           X("register", [P("Karin Lund", None, "Falu kommun")], [S2, S4]),
           "English Telegram signup with ordinals (2nd, 4th) -> 21 Sep + 22 Feb; also asks about lunch (still "
           "register)"),

        mail("ba072", "2027-02-12T15:20", ("Linus Mattsson", "linus.mattsson@borlange.se"), "plats kvar?",
             """Hej Linnea,

jag tror vi redan är tre från Borlänge som anmält oss? Om det ändå finns plats vill jag också vara med, annars kan jag stå på kö.

Linus Mattsson
Samhällsplanerare
Borlänge kommun | Röda vägen 50 | 781 81 Borlänge""",
             X("register", [P("Linus Mattsson", "linus.mattsson@borlange.se", "Borlänge kommun")], ALL),
             "signup conditional on the quota (or a waiting list) -> register for all; street number and postcode "
             "in the signature"),

        tg("ba073", "2027-02-15T08:02", "Greta Sjödin", "1342287706",
           """hej! anmäl mig till träffen den 21:a 👍 resten hinner jag inte. /greta, rättvik""",
           X("register", [P("Greta Sjödin", None, "Rättviks kommun")], [S2]),
           "sent 15 Feb: 'den 21:a' without a month is the only session on a 21st = 21 Sep"),

        mail("ba074", "2027-02-17T06:55", ("Magnus Hed", "magnus.hed@vansbro.se"), "novemberträffen",
             """Hej Linnea! Tyvärr krockar novemberträffen med budgetarbetet, så stryk mig från den. Övriga kör jag 👍

Magnus

Skickat från Outlook för Android""",
             X("cancel", [P("Magnus Hed", "magnus.hed@vansbro.se", "Vansbro kommun")], [S3]),
             "partial cancellation of 'novemberträffen' only -> 29 Nov; he keeps the rest"),

        tg("ba075", "2027-02-19T10:44", "Jens Ahlberg", "7419925508",
           """hej hej! registering me + kollega:
me = jens.ahlberg@smedjebacken.se
kollega = Lina Sund, lina.sund@smedjebacken.se
all sessions except the one in feb 🙏""",
           X("register", [P("Jens Ahlberg", "jens.ahlberg@smedjebacken.se", "Smedjebackens kommun"),
                          P("Lina Sund", "lina.sund@smedjebacken.se", "Smedjebackens kommun")], [S1, S2, S3]),
           "mixed Swedish/English Telegram; both addresses written in the text; 'all except the one in feb' = "
           "first three"),

        mail("ba076", "2027-02-22T14:10", ("Stefan Lindh", "stefan.lindh@regiondalarna.se"), "tillgänglighetsträffen",
             """Hej!

Anmäler mig och Maria Ström (kollektivtrafik, också här på regionen) till tillgänglighetsträffen. Vi kan prata mer om upplägget nästa vecka när vi ses på planeringsrådet.

/Stefan""",
             X("register", [P("Stefan Lindh", "stefan.lindh@regiondalarna.se", "Region Dalarna"),
                            P("Maria Ström", None, "Region Dalarna")], [S4]),
             "sent on 22 Feb 2027 (not the session); 'tillgänglighetsträffen' = 22 Feb 2028; 'nästa vecka' is a "
             "meeting, not a session"),

        mail("ba077", "2027-02-24T09:30", ("Ingela Borg", "ingela.borg@avesta.se"), "Peter Holm",
             """Hej, kan ni stryka Peter Holm från DalaLab, han har slutat hos oss. Vi återkommer ev. med en ersättare längre fram.

Ingela Borg
Enhetschef plan, Avesta kommun""",
             X("cancel", [P("Peter Holm", None, "Avesta kommun")], ALL),
             "manager withdraws a colleague without a substitute (yet) -> cancel all four; sender not in people"),

        mail("ba078", "2027-02-26T11:52", ("Aisha Mohammed", "aisha.mohammed@ludvika.se"), "September session?",
             """Hi, is the September session also in Falun? And will it be possible to join online? thx

Aisha""",
             X("question"),
             "English question about venue and hybrid for the September session; no signup"),

        tg("ba079", "2027-03-01T19:08", "Martin Sjöqvist", "3380142967",
           """hej! vi gör ett byte: Linda Ahl går istället för mig på alla träffar. hon behöver glutenfri kost 🙂 /martin, mora""",
           X("change", [P("Martin Sjöqvist", None, "Mora kommun"),
                        P("Linda Ahl", None, "Mora kommun", diet="glutenfri")], ALL, diet="glutenfri"),
           "substitution for all sessions: sender out, Linda in; both listed; the diet belongs to the substitute"),

        mail("ba080", "2027-03-03T13:15", ("Åsa Hellström", "asa.hellstrom@leksand.se"), "Höstträffarna",
             """hej! anmäl mig till de två höstträffarna. och kollegan Therese Nyström – förlåt, NYBERG menar jag, Therese Nyberg. hon vill ha samma.

tack!
Åsa
Leksands kommun""",
             X("register", [P("Åsa Hellström", "asa.hellstrom@leksand.se", "Leksands kommun"),
                            P("Therese Nyberg", None, "Leksands kommun")], [S2, S3]),
             "the colleague's surname is corrected mid-message (Nyström -> Nyberg): one colleague, not two; 'de två "
             "höstträffarna' = 21 Sep + 29 Nov"),

        mail("ba081", "2027-03-05T16:22", ("Robin Ek", "robin.ek@malung-salen.se"), "anmälan",
             """tja, är typ 80% säker på att jag kan på alla. anmäl mig så länge så hör jag av mig på tisdag om något ändras.

Robin Ek
Malung-Sälens kommun""",
             X("register", [P("Robin Ek", "robin.ek@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "tentative but clear signup for all; 'på tisdag' (9 March) is when he will write again, not a session"),

        mail("ba082", "2027-03-08T07:00", ("Priya Nair", "priya.nair@regiondalarna.se"), "Automatic reply: DalaLab",
             """Thank you for your email. I am away until Monday 15 March with limited access to email. For urgent matters please contact samhallsplanering@regiondalarna.se.

Priya Nair""",
             X("auto_reply"),
             "English out-of-office; 'Monday 15 March' is not a session"),

        tg("ba083", "2027-03-10T20:31", "Elsa Grip", "1159903847",
           """hej! anmäl mig till höstens träff 🍂 /elsa, säter""",
           X("register", [P("Elsa Grip", None, "Säters kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' (singular) fits both autumn sessions: label 21 Sep + 29 Nov and ask"),

        mail("ba084", "2027-03-12T12:40", ("Kent Wall", "kent.wall@hedemora.se"), "första träffen + p",
             """hej! anmäl mig till första träffen. finns det p-platser där eller ska man ta tåget? kommer från Hedemora

/Kent""",
             X("register", [P("Kent Wall", "kent.wall@hedemora.se", "Hedemora kommun")], [S1]),
             "signup for the first session plus a parking question (still register)"),

        mail("ba085", "2027-03-16T10:06", ("Jesper Nyström", "jesper.nystrom@falun.se"), "Re: DalaLab",
             """Hej igen,

fick svar att Falun redan har tre anmälda. Kan jag stå som reserv om någon hoppar av? Gärna alla träffar i så fall.

/Jesper""",
             X("register", [P("Jesper Nyström", "jesper.nystrom@falun.se", "Falu kommun")], ALL),
             "fourth Falun person asks to be on the waiting list for all sessions -> register (quota is the "
             "organiser's business)"),

        mail("ba086", "2027-03-19T09:11", ("Nina Berg", "nina.berg@norrplan.se"), "DalaLab – konsult?",
             """Hi Linnea!

Jag är konsult på Norrplan AB och jobbar med Leksands ÖP just nu. Can I join session 1 and 2? Leksand är okej med det.

/Nina Berg
Norrplan AB | 070-312 45 87""",
             X("register", [P("Nina Berg", "nina.berg@norrplan.se", None)], [S1, S2]),
             "mixed English/Swedish; private consultant -> organisation null even though she works for Leksand; "
             "'session 1 and 2' = 3 May + 21 Sep"),

        tg("ba087", "2027-03-23T18:19", "Tove Ask", "6027741139",
           """hej! kan ni ändra min kost till vegan? är anmäld till maj o februari 🌱 /tove, borlänge""",
           X("change", [P("Tove Ask", None, "Borlänge kommun", diet="vegan")], [S1, S4], diet="vegan"),
           "diet change for an existing signup -> change; sessions = the ones she says she has (May + Feb 2028)"),

        mail("ba088", "2027-03-29T15:35", ("Maja Rask", "maja.rask@orsa.se"), "Anmälan Orsa",
             """Hej! Anmäler mig + två kollegor från Orsa till alla träffar. Jag återkommer med deras namn när vi bestämt vilka 🙂

Maja Rask
Orsa kommun""",
             X("register", [P("Maja Rask", "maja.rask@orsa.se", "Orsa kommun")], ALL, unsure=["unnamed"]),
             "three announced, only the sender named -> register her; the two colleagues are unnamed"),

        mail("ba089", "2027-04-05T21:58", ("Ali Hosseini", "ali.hosseini87@hotmail.com"), "first session",
             """hej, sorry men jag måste cancel:a första träffen (3/5), det är vab-veckan för oss. resten kör jag som planerat!

/ali""",
             X("cancel", [P("Ali Hosseini", "ali.hosseini87@hotmail.com", None)], [S1]),
             "mixed Swedish/English ('cancel:a'); partial cancellation of 3 May only; private address and no "
             "organisation anywhere"),

        mail("ba090", "2027-04-09T08:33", ("Greg Walsh", "greg.walsh@regiondalarna.se"), "sorry late!",
             """hi linnea, sorry for the late reply, pls sign me up for everything except Nov.

Greg

Sent from my iPhone""",
             X("register", [P("Greg Walsh", "greg.walsh@regiondalarna.se", "Region Dalarna")], [S1, S2, S4]),
             "English, lower case, just before the deadline; 'everything except Nov' = 3 May, 21 Sep, 22 Feb"),
    ]
