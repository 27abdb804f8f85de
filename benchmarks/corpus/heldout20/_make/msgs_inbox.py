from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, med fokus på strategisk översiktsplanering och planeringsstrategier. Projektet vänder sig i första hand till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna"""

OUTLOOK_INV = """________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 13:15
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

""" + INVITATION

REMINDER = """Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab – Planering för hållbarhet och utvecklingskraft är den 14 april 2027.

Träffarna är 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028. Upp till tre personer per kommun. Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis
Region Dalarna"""


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def messages():
    return [
        # ---------------------------------------------------------------- December
        mail("b001", "2026-12-02T08:47", ("Maria Halvarsson", "maria.halvarsson@borlange.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nVad roligt, det här har vi saknat. Jag vill gärna vara med på alla träffarna.\n\n"
             "Hälsningar\nMaria\n\nMaria Halvarsson\nÖversiktsplanerare\nBorlänge kommun\n"
             "Samhällsbyggnadsförvaltningen\n781 81 Borlänge\nTel: 0243-740 00\nMobil: 072-451 06 38\n\n"
             + OUTLOOK_INV,
             X("register", [P("Maria Halvarsson", "maria.halvarsson@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply quoting the whole invitation (all four dates, deadline, quota); 'alla träffarna' = all four"),

        mail("b002", "2026-12-02T13:05", ("Tord Hansson", "tord.hansson@hedemora.se"), "DalaLab",
             "Anmäler mig härmed.\n\nMvh Tord",
             X("register", [P("Tord Hansson", "tord.hansson@hedemora.se", "Hedemora kommun")], ALL),
             "one-liner; no sessions named -> all four; organisation from the domain"),

        mail("b003", "2026-12-04T10:22", ("Agnes Wahlberg", "agnes.wahlberg@lansstyrelsen.se"),
             "Anmälan till DalaLab",
             "Hej Linnea,\n\n"
             "Tack för inbjudan, som jag fick via vår enhetschef. Jag arbetar som ekolog på naturvårdsenheten här på "
             "Länsstyrelsen och har under det senaste året varit med i arbetet med den regionala handlingsplanen för "
             "grön infrastruktur. Vi ser ofta att kommunernas översiktsplaner hanterar ekologiska samband ganska olika, "
             "och jag tror att det vore värdefullt att följa diskussionerna i DalaLab – särskilt hur planeringsstrategin "
             "kan bli ett verktyg för det.\n\n"
             "Jag kan tyvärr inte alla datum. I september drar vår fältsäsong ut och i februari krockar det med vår "
             "länsgemensamma planeringsdag. Så jag anmäler mig till träffarna 3 maj och 29 november.\n\n"
             "Jag är laktosintolerant, om det blir fika och lunch.\n\n"
             "Vänliga hälsningar\n\nAgnes Wahlberg\nEkolog, Naturvårdsenheten\nLänsstyrelsen Dalarna\n791 84 Falun\n"
             "Besöksadress: Åsgatan 38\nTel: 010-225 00 00 (vx)\nDirekt: 010-225 03 47\nwww.lansstyrelsen.se/dalarna\n\n"
             "När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter. Läs mer på "
             "www.lansstyrelsen.se/dalarna/om-oss/personuppgifter.",
             X("register", [P("Agnes Wahlberg", "agnes.wahlberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S3], diet="laktosintolerant"),
             "long mail from an ecologist at the county board; September and February are named only as "
             "impossible; '3 maj och 29 november'; diet; GDPR footer"),

        mail("b004", "2026-12-07T09:14", ("Rami Haddad", "rami.haddad@ludvika.se"), "Anmälan DalaLab",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
             '<body><div style="font-family:Calibri,sans-serif;font-size:11pt;color:#000000">'
             "Hej!<br><br>Jag vill anm&auml;la mig till DalaLab, tr&auml;ffarna i maj och september.<br>"
             "Jag jobbar som GIS-ingenj&ouml;r p&aring; Ludvika kommun och h&aring;ller bland annat i "
             "v&aring;rt kartunderlag till &Ouml;P:n.<br><br>Med v&auml;nlig h&auml;lsning<br><br>"
             "<b>Rami Haddad</b><br>GIS-ingenj&ouml;r&nbsp;|&nbsp;Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>"
             "Ludvika kommun&nbsp;|&nbsp;771 82 Ludvika<br>Tel 0240-860 00&nbsp;|&nbsp;Mobil 076-134 22 90<br>"
             '<a href="https://www.ludvika.se">www.ludvika.se</a></div></body></html>',
             X("register", [P("Rami Haddad", "rami.haddad@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "HTML-only mail (iso-8859-1, entities); 'i maj och september' = 3 May + 21 Sep; GIS engineer",
             html=True, charset="iso-8859-1"),

        mail("b005", "2026-12-08T15:40", ("Sven-Erik Dahlberg", "sven-erik.dahlberg@vansbro.se"),
             "Fråga om DalaLab",
             "Hej!\n\nVi funderar på att anmäla två personer från Vansbro. Är träffarna fysiska, eller kan man vara med "
             "via Teams? Det är en bit att åka till Falun för en dag.\n\n"
             "/Sven-Erik Dahlberg\nPlaneringsarkitekt\nVansbro kommun\n0281-750 00",
             X("question", [], []),
             "question (digital or on site?) from someone considering a signup; no one registered"),

        mail("b006", "2026-12-10T11:02", ("Daniel Becker", "daniel.becker@falun.se"), "Registration DalaLab",
             "Hi Linnea,\n\nA colleague forwarded me the invitation to DalaLab. My Swedish is still a work in progress, "
             "so I hope it is fine that I write in English – I understand most of it when it is spoken slowly :)\n\n"
             "I would like to register for the learning project. I am a landscape architect at Falu kommun, working "
             "mostly on the green structure in our comprehensive plan. I'm vegetarian.\n\n"
             "Best regards,\nDaniel Becker\nLandscape architect / Landskapsarkitekt\n"
             "Samhällsbyggnadsförvaltningen, Falu kommun\n+46 23-83 000",
             X("register", [P("Daniel Becker", "daniel.becker@falun.se", "Falu kommun")], ALL,
               diet="vegetarian"),
             "English self-signup, no sessions named -> all four; diet 'vegetarian'"),

        mail("b007", "2026-12-14T08:31", ("Ola Wester", "ola.wester@orsa.se"), "Anmälan DalaLab Orsa",
             "Hej Linnea!\n\nJag och min kollega Maja Rask vill gärna anmäla oss till DalaLab, alla fyra träffarna. "
             "Majas adress är maja.rask@orsa.se.\n\nHälsningar\nOla Wester\nPlanchef\nOrsa kommun\nTel 0250-55 20 00",
             X("register", [P("Ola Wester", "ola.wester@orsa.se", "Orsa kommun"),
                            P("Maja Rask", "maja.rask@orsa.se", "Orsa kommun")], ALL),
             "self + colleague with address; 'alla fyra träffarna'"),

        mail("b008", "2026-12-15T13:58", ("Gun-Britt Nilsson", "gun-britt.nilsson@sater.se"), "Frågor om DalaLab",
             "Hej,\n\nJag sitter och samlar ihop anmälningar från vår förvaltning. Två frågor innan jag skickar in dem:\n\n"
             "1. Kostar det något att delta, och i så fall faktureras kommunen?\n2. Ingår lunch vid träffarna?\n\n"
             "Tack på förhand!\n\nGun-Britt Nilsson\nAdministratör, Samhällsbyggnad\nSäters kommun\nTel 0225-550 00",
             X("question", [], []),
             "secretary's questions (cost, lunch) before sending signups; numbered list is not sessions"),

        mail("b009", "2026-12-17T07:46", ("Roger Ljungqvist", "roger.ljungqvist@smedjebacken.se"), "Anmälan",
             "Hej\n\nAnmäler mig till träffarna 21/9 och 29/11. Våren är redan fullbokad för min del tyvärr.\n\n"
             "MVH\nRoger Ljungqvist\nBygglovsarkitekt\nSmedjebackens kommun\nSamhällsbyggnadsförvaltningen\n"
             "Stationsgatan 11, 777 30 Smedjebacken\nTfn: 0240-660 00 (vx), direkt 0240-661 23\nMobil: 070-312 45 67\n"
             "Org.nr: 212000-2205\nArbetar mån–tors, ledig fredagar\n\nSmedjebacken – här växer framtiden",
             X("register", [P("Roger Ljungqvist", "roger.ljungqvist@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3]),
             "'21/9 och 29/11'; signature full of numbers (street no., postcode, phones, org.nr)"),

        mail("b010", "2026-12-21T16:10", ("Britt-Marie Sandström", "britt-marie.sandstrom@hedemora.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             "Tack för ditt mejl!\n\nJag är ledig från och med 21 december till och med 6 januari och läser inte min "
             "e-post. Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningen på 0225-340 00.\n\n"
             "God jul och gott nytt år!\nBritt-Marie Sandström\nHedemora kommun",
             X("auto_reply", [], []),
             "Outlook out-of-office ('Automatiskt svar:'), no auto headers; dates are the leave"),

        # ---------------------------------------------------------------- January
        mail("b011", "2027-01-08T10:35", ("Elsa Grönlund", "elsa.gronlund@gagnef.se"), "Fråga om DalaLab",
             "Hej!\n\nMåste man delta på alla fyra träffarna, eller går det bra att välja de som passar? Jag är mest "
             "intresserad av den första och den i november, men vill inte ta en plats om det förutsätts att man är "
             "med hela vägen.\n\nMvh\nElsa Grönlund\nÖversiktsplanerare, Gagnefs kommun",
             X("question", [], []),
             "question 'must one attend all?'; mentions first + November as interest only, no signup yet"),

        tg("b012", "2027-01-11T20:14", "Jonatan Rehn", 6034418275,
           "Hej! Jonatan här, planarkitekt i Mora kommun. Vill anmäla mig till alla fyra träffarna 👍",
           X("register", [P("Jonatan Rehn", None, "Mora kommun")], ALL),
           "Telegram self-signup, all four; organisation from text"),

        mail("b013", "2027-01-13T09:27", ("Fatima Yilmaz", "fatima.yilmaz@regiondalarna.se"),
             "Anmälan DalaLab träff 1, 2 och 4",
             "Hej Linnea,\n\nJag vill gärna anmäla mig från regionens sida – till träff 1, 2 och 4. Träff 3 i november "
             "krockar med vår regionala konferens om infrastruktur.\n\nJag behöver glutenfri kost.\n\n"
             "Hälsningar\nFatima\n\nFatima Yilmaz\nUtvecklingsstrateg\nRegional utveckling, Region Dalarna\n"
             "Box 712, 791 29 Falun\n023-49 00 00 (vx)",
             X("register", [P("Fatima Yilmaz", "fatima.yilmaz@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S4], diet="glutenfri"),
             "sessions by number 'träff 1, 2 och 4'; 'träff 3' named only as impossible; regionen"),

        mail("b014", "2027-01-15T14:02", ("Lars-Göran Eriksson", "lars-goran.eriksson@avesta.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nHärmed anmäler jag våra två planarkitekter Ida Sundell och Tobias Ahlberg till DalaLab, samtliga "
             "träffar. Själv har jag tyvärr inte möjlighet att delta, men ser fram emot att höra hur det går.\n\n"
             "Med vänliga hälsningar\nLars-Göran Eriksson\nSamhällsbyggnadschef\nAvesta kommun\n"
             "Kungsgatan 32, 774 81 Avesta\n0226-64 50 00",
             X("register", [P("Ida Sundell", None, "Avesta kommun"), P("Tobias Ahlberg", None, "Avesta kommun")],
               ALL),
             "manager registers two colleagues without addresses, not himself; 'samtliga träffar'"),

        mail("b015", "2027-01-19T06:55", ("Kent Brodin", "kent.brodin@rattvik.se"), "anmalan",
             "Hej,\njag vill anmala mig till traffen 3 maj o 21 sept.\nMvh Kent Brodin\nRattviks kommun\n\n"
             "Skickat från min Samsung Galaxy-smartphone.",
             X("register", [P("Kent Brodin", "kent.brodin@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "phone mail without å/ä/ö; '3 maj o 21 sept'"),

        mail("b016", "2027-01-21T12:18", ("Annelie Ström", "annelie.strom@leksand.se"), "Lokal för DalaLab?",
             "Hej!\n\nVar i Falun är första träffen? Jag hittar ingen lokal i inbjudan. Och blir alla träffar i Falun "
             "eller flyttar de runt i länet? Vore skönt att veta för samåkningen från Leksand.\n\n/Annelie\n\n"
             "Annelie Ström\nPlaneringssekreterare\nLeksands kommun\n0247-800 00",
             X("question", [], []),
             "question about the place; 'första träffen' is not a signup"),

        mail("b017", "2027-01-26T16:44", ("Hugo Nordin", "hugo.nordin@mora.se"), "Anmälan DalaLab – kommunekolog Mora",
             "Hej Linnea,\n\nJag heter Hugo Nordin och är kommunekolog i Mora sedan i höstas. En stor del av mitt "
             "jobb just nu är naturvärdesunderlagen till den nya översiktsplanen, och min chef tipsade om DalaLab.\n\n"
             "Jag skulle vilja anmäla mig till alla träffar utom den i september – då har vi inventeringar i fjällen "
             "som jag inte kan flytta. Jag hoppas att det går bra att hoppa över en.\n\nKost: vegan.\n\n"
             "Finns det för övrigt någon deltagarlista, så att man kan samåka från norra Dalarna? Inte så viktigt, "
             "men vore trevligt.\n\nVänliga hälsningar\nHugo Nordin\nKommunekolog\nMora kommun, 792 80 Mora\n"
             "Tel 0250-260 00",
             X("register", [P("Hugo Nordin", "hugo.nordin@mora.se", "Mora kommun")], [S1, S3, S4], diet="vegan"),
             "long mail; 'alla träffar utom den i september' = three sessions; also a side question (still register)"),

        mail("b018", "2027-01-28T10:09", ("Olga Petrenko", "olga.petrenko@borlange.se"), "Språk på träffarna",
             "Hej,\n\nJag undrar om föreläsningarna hålls på svenska, eller om det finns material på engelska också? "
             "Och kommer presentationerna att delas efteråt?\n\nMvh\nOlga Petrenko\nGIS-samordnare\nBorlänge kommun",
             X("question", [], []),
             "question (language, slides); no signup"),

        # ---------------------------------------------------------------- February
        mail("b019", "2027-02-01T08:52", ("Elsa Grönlund", "elsa.gronlund@gagnef.se"), "SV: Fråga om DalaLab",
             "Tack för snabbt svar!\n\nDå anmäler jag mig och min kollega Simon Hägglund (simon.hagglund@gagnef.se) "
             "till första träffen den 3 maj. Novemberträffen återkommer vi om när budgeten för hösten är klar.\n\n"
             "Mvh\nElsa Grönlund\nÖversiktsplanerare, Gagnefs kommun\n\n"
             "________________________________\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 29 januari 2027 15:02\nTill: Grönlund Elsa <elsa.gronlund@gagnef.se>\n"
             "Ämne: SV: Fråga om DalaLab\n\nHej Elsa,\n\nNej, du väljer själv vilka träffar du vill gå på. Skriv bara "
             "vilka datum det gäller när du anmäler dig.\n\nHälsningar\nLinnea\n\n"
             "________________________________\nFrån: Grönlund Elsa <elsa.gronlund@gagnef.se>\n"
             "Skickat: den 8 januari 2027 10:35\nTill: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Ämne: Fråga om DalaLab\n\nHej!\n\nMåste man delta på alla fyra träffarna, eller går det bra att välja de "
             "som passar? Jag är mest intresserad av den första och den i november, men vill inte ta en plats om det "
             "förutsätts att man är med hela vägen.",
             X("register", [P("Elsa Grönlund", "elsa.gronlund@gagnef.se", "Gagnefs kommun"),
                            P("Simon Hägglund", "simon.hagglund@gagnef.se", "Gagnefs kommun")], [S1]),
             "same person as b011 writes again; self + colleague to 3 May only; November deferred, and the quoted "
             "question mentions November -> not registered"),

        tg("b020", "2027-02-03T21:37", "Cecilia Myrberg", 5271906634,
           "hej! vill anmäla mig till 21.9 och 22.2 🙂 Cissi, planeringsavd Borlänge kommun",
           X("register", [P("Cecilia Myrberg", None, "Borlänge kommun")], [S2, S4]),
           "Telegram; '21.9 och 22.2'; signs with nickname, name from sender"),

        mail("b021", "2027-02-05T04:12", ("Nordiska Företagsregistret", "kundtjanst@foretagsregistret-norden.com"),
             "Uppdatering av er registrering 2027 – Region Dalarna",
             "Bästa kund,\n\nEr organisation finns registrerad i Nordiska Företagsregistret. För att era uppgifter ska "
             "publiceras även under 2027 ber vi er kontrollera och bekräfta dem nedan.\n\n"
             "Organisation: Region Dalarna\nKontaktperson: Linnea Hassis\nKundnummer: 4471-2290-17\n\n"
             "Bekräfta genom att svara på detta mejl senast 28 februari. Årsavgift för utökad publicering: 9 875 kr "
             "exkl. moms. Genom att svara godkänner ni villkoren (se www.foretagsregistret-norden.com/villkor).\n\n"
             "Med vänliga hälsningar\nKundtjänst\nNordiska Företagsregistret",
             X("unknown", [], []),
             "listing scam with a fee; names the organiser; no event content -> unknown"),

        mail("b022", "2027-02-08T11:20", ("Agneta Kvist", "agneta.kvist@vansbro.se"), "Anmälan DalaLab – Stefan Mörk",
             "Hej!\n\nJag skriver på uppdrag av vår planchef Stefan Mörk, som vill anmäla sig till samtliga fyra "
             "träffar i DalaLab. Hans e-postadress är stefan.mork@vansbro.se. Han är glutenintolerant.\n\n"
             "Tacksam för bekräftelse till både honom och mig.\n\nVänliga hälsningar\nAgneta Kvist\nNämndsekreterare\n"
             "Vansbro kommun\nTel 0281-750 00",
             X("register", [P("Stefan Mörk", "stefan.mork@vansbro.se", "Vansbro kommun", diet="glutenintolerant")],
               ALL, diet="glutenintolerant"),
             "secretary registers her manager (sender not a participant); address in text; diet"),

        mail("b023", "2027-02-10T13:45", ("Malin Trogen", "malin.trogen@alvdalen.se"), "Anmälan från Älvdalen",
             "Hej!\n\nVi blir två från Älvdalens kommun som vill vara med:\n\n"
             "- Malin Trogen (jag), översiktsplanerare – vegetarisk kost\n"
             "- Erik Ollas, erik.ollas@alvdalen.se, miljöstrateg\n\n"
             "Vi kommer på vårträffen och på träffen i november.\n\nHälsningar Malin\n\n"
             "Malin Trogen\nÖversiktsplanerare\nÄlvdalens kommun\n796 80 Älvdalen\n0251-310 00",
             X("register", [P("Malin Trogen", "malin.trogen@alvdalen.se", "Älvdalens kommun", diet="vegetarisk"),
                            P("Erik Ollas", "erik.ollas@alvdalen.se", "Älvdalens kommun")], [S1, S3],
               diet="vegetarisk"),
             "list of two (self + colleague); 'vårträffen' = 3 May, 'träffen i november' = 29 Nov; diet for one"),

        mail("b024", "2027-02-12T09:03", ("Pontus Ekman", "pontus.ekman@falun.se"), "Program för 3 maj?",
             "Hej!\n\nJag är anmäld till DalaLab sedan tidigare. Finns det något mer detaljerat program för första "
             "träffen, med tider och vilka som medverkar från Boverket? Vi skulle vilja förbereda oss i ÖP-gruppen.\n\n"
             "Mvh\nPontus Ekman\nStrateg, Stadsbyggnadsförvaltningen\nFalu kommun",
             X("question", [], []),
             "programme question from someone already registered; '3 maj' in the subject is not a signup"),

        mail("b025", "2027-02-15T15:26", ("Gustafsson Linda", "linda.gustafsson@hedemora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag vill anmäla mig till träffarna den 21 september, 29 november och 22 februari. Maj går inte "
             "eftersom jag är tjänstledig då.\n\nMed vänlig hälsning\n\nLinda Gustafsson\nPlanarkitekt\n"
             "Hedemora kommun | Samhällsbyggnadsförvaltningen\nBesöksadress: Tingshusgatan 1, Hedemora\n"
             "Tel: 0225-341 00\n\n" + OUTLOOK_INV,
             X("register", [P("Linda Gustafsson", "linda.gustafsson@hedemora.se", "Hedemora kommun")],
               [S2, S3, S4]),
             "surname-first display name; windows-1252; Outlook quote with all dates; 'Maj går inte' excluded",
             charset="windows-1252"),

        mail("b026", "2027-02-18T10:48", ("Tord Hansson", "tord.hansson@hedemora.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag anmälde mig i december men måste tyvärr avanmäla mig – jag har fått ett nytt jobb utanför "
             "länet och slutar här sista mars. Någon annan från Hedemora kanske hör av sig.\n\nMvh Tord",
             X("cancel", [P("Tord Hansson", "tord.hansson@hedemora.se", "Hedemora kommun")], ALL),
             "same person as b002; full cancellation, no sessions -> all four; possible replacement not a person"),

        mail("b027", "2027-02-22T14:31", ("Samuel Okafor", "samuel.okafor@regiondalarna.se"), "DalaLab sign-up",
             "Hello Linnea,\n\nI'd like to sign up for the first two DalaLab sessions, 3 May and 21 September. I work "
             "as a GIS analyst with public transport planning at the Region, so the accessibility session in February "
             "would also interest me, but I'm on parental leave then.\n\nPlease note that I have a nut allergy.\n\n"
             "Kind regards,\nSamuel Okafor\nGIS Analyst, Region Dalarna\n+46 23 49 00 00",
             X("register", [P("Samuel Okafor", "samuel.okafor@regiondalarna.se", "Region Dalarna")], [S1, S2],
               diet="nut allergy"),
             "English; 'first two sessions, 3 May and 21 September'; February session mentioned but excluded; "
             "sent on 22 Feb 2027"),

        mail("b028", "2027-02-24T08:15", ("Gustafsson Linda", "linda.gustafsson@hedemora.se"), "SV: Anmälan DalaLab",
             "Hej igen!\n\nGlömde skriva att jag är laktosintolerant.\n\n/Linda",
             X("change", [P("Linda Gustafsson", "linda.gustafsson@hedemora.se", "Hedemora kommun")], [],
               diet="laktosintolerant"),
             "same person as b025; diet added to an existing signup, no sessions named -> change with []"),

        # ---------------------------------------------------------------- March
        tg("b029", "2027-03-01T18:50", "Nils-Olof Berg", 1187340562,
           "hej, blir det fika och lunch på träffarna? och slutar det 15 som det står, hinner man med tåget 15.42 "
           "från Falun? 🚆",
           X("question", [], []),
           "Telegram question; times are not sessions"),

        mail("b030", "2027-03-03T09:12", ("Karolina Jonsson", "karolina.jonsson@leksand.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej Linnea,\n\nTack för påminnelsen, den hade helt glidit mig ur händerna. Anmäl mig gärna till hela "
             "serien!\n\nJag jobbar 80 % och är ledig fredagar, men träffarna verkar ligga på andra dagar så det borde "
             "fungera.\n\nVänligen\nKarolina Jonsson\nSamhällsplanerare\nLeksands kommun\nMobil 070-228 91 04\n\n"
             "________________________________\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 2 mars 2027 10:00\nÄmne: Påminnelse: anmälan till DalaLab senast 14 april\n\n" + REMINDER,
             X("register", [P("Karolina Jonsson", "karolina.jonsson@leksand.se", "Leksands kommun")], ALL),
             "reply to the reminder (quoted dates + deadline); 'hela serien' = all four; '80 %' not a date"),

        mail("b031", "2027-03-05T13:37", ("Hugo Nordin", "hugo.nordin@mora.se"), "Ändring DalaLab – 29 november",
             "Hej!\n\nNu har KF flyttats till måndagen den 29 november, så jag kan tyvärr inte komma på den träffen. "
             "Maj och februari blir det som planerat.\n\n/Hugo",
             X("cancel", [P("Hugo Nordin", "hugo.nordin@mora.se", "Mora kommun")], [S3]),
             "same person as b017; partial withdrawal of 29 Nov only -> cancel [29 Nov]"),

        mail("b032", "2027-03-08T10:04", ("Therése Lundh", "therese.lundh@malung-salen.se"), "Anmälan DalaLab",
             "Hej!\n\nJag och kollegan Per-Erik Halvars (bygglov/plan) anmäler oss till höstens två träffar. "
             "Per-Erik har ingen egen mejl just nu p.g.a. systembyte, så skicka info till mig så vidarebefordrar jag.\n\n"
             "Hälsningar Therése\n\nTherése Lundh\nPlanarkitekt\nMalung-Sälens kommun\n782 82 Malung\n0280-181 00",
             X("register", [P("Therése Lundh", "therese.lundh@malung-salen.se", "Malung-Sälens kommun"),
                            P("Per-Erik Halvars", None, "Malung-Sälens kommun")], [S2, S3]),
             "self + colleague without address in a sentence; 'höstens två träffar' = 21 Sep + 29 Nov"),

        mail("b033", "2027-03-10T17:22", ("James Holloway", "james@hollowayplanning.se"), "DalaLab – open to consultants?",
             "Hi,\n\nI run a small planning consultancy in Falun and several of my clients are Dalarna municipalities. "
             "Is DalaLab open to consultants as well, or only to municipal staff? And is there a fee?\n\n"
             "Best,\nJames Holloway\nHolloway Planning AB\n+46 70 555 18 22",
             X("question", [], []),
             "English question from a consultant (eligibility, cost); no signup"),

        mail("b034", "2027-03-12T11:11", ("Gun-Britt Nilsson", "gun-britt.nilsson@sater.se"), "Byte av deltagare DalaLab",
             "Hej Linnea,\n\nJessica Norling, som är anmäld från Säters kommun, har fått förhinder och kan inte delta. "
             "I stället kommer Martin Sahlén (martin.sahlen@sater.se) att gå på samtliga träffar.\n\n"
             "Hälsningar\nGun-Britt Nilsson\nAdministratör, Samhällsbyggnad\nSäters kommun",
             X("change", [P("Jessica Norling", None, "Säters kommun"),
                          P("Martin Sahlén", "martin.sahlen@sater.se", "Säters kommun")], ALL),
             "same sender as b008; substitution in one message -> change with both; substitute takes all four"),

        mail("b035", "2027-03-15T07:23", ("Jesper Åhlin", "jesper.ahlin@avesta.se"), "DalaLab",
             "Anmäler mig till 3/5.\n\nSkickat från min iPhone",
             X("register", [P("Jesper Åhlin", "jesper.ahlin@avesta.se", "Avesta kommun")], [S1]),
             "one-liner from phone; '3/5'; name only from the From header"),

        mail("b036", "2027-03-17T14:40", ("Ronny Stenberg", "ronny.stenberg@ludvika.se"), "Fjärde deltagare?",
             "Hej,\n\nVi är redan tre anmälda från Ludvika. Finns det möjlighet för en fjärde person att komma med som "
             "reserv, eller att vi delar på platserna mellan träffarna?\n\nMvh\nRonny Stenberg\nStadsarkitekt\n"
             "Ludvika kommun",
             X("question", [], []),
             "quota question; no named person, nobody registered"),

        mail("b037", "2027-03-19T10:56", ("Emelie Wallström", "emelie.wallstrom@rattvik.se"), "Anmälan DalaLab",
             "Hej!\n\nHärmed anmäler jag mig till DalaLab, samtliga tillfällen. Vegetarisk kost tack.\n\n"
             "Vänliga hälsningar\nEmelie Wallström\nMiljöstrateg/ekolog\nRättviks kommun\nRiksvägen 40, 795 80 Rättvik\n"
             "Tfn 0248-700 00\n\nObs! Jag är föräldraledig 1/6–15/8 2027 – kontakta då miljo@rattvik.se",
             X("register", [P("Emelie Wallström", "emelie.wallstrom@rattvik.se", "Rättviks kommun")], ALL,
               diet="vegetarisk"),
             "'samtliga tillfällen'; diet; signature with leave dates 1/6–15/8 and a functional address"),

        mail("b038", "2027-03-23T08:40", ("Roger Ljungqvist", "roger.ljungqvist@smedjebacken.se"), "SV: Anmälan",
             "Hej igen,\n\nKan jag byta 21/9 mot 3/5? Då blir det alltså 3 maj och 29 november för mig.\n\n/Roger",
             X("change", [P("Roger Ljungqvist", "roger.ljungqvist@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S3]),
             "same person as b009; swap with the resulting sessions stated -> change [3 May, 29 Nov]"),

        mail("b039", "2027-03-26T09:18", ("Ewa Karlsson", "ewa.karlsson@falun.se"), "VB: DalaLab",
             "Hej!\n\nVidarebefordrar anmälan från Alva enligt nedan.\n\nMvh\nEwa Karlsson\nAssistent, "
             "Stadsbyggnadsförvaltningen\nFalu kommun\n\n"
             "Från: Lindh Alva <alva.lindh@falun.se>\nSkickat: den 25 mars 2027 16:40\n"
             "Till: Karlsson Ewa <ewa.karlsson@falun.se>\nÄmne: DalaLab\n\n"
             "Hej Ewa!\nKan du anmäla mig till DalaLab, alla fyra träffarna? Jag är glutenfri.\nTack!\nAlva",
             X("register", [P("Alva Lindh", "alva.lindh@falun.se", "Falu kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "assistant forwards a colleague's request (sender not a participant); name/address from the forwarded "
             "header; diet"),

        mail("b040", "2027-03-30T12:05", ("Daniel Becker", "daniel.becker@falun.se"), "DalaLab – May 3",
             "Hi Linnea,\n\nUnfortunately I have to cancel my participation in the session on May 3 – I'll be at a "
             "conference in Gothenburg that week. I still plan to attend the other three sessions.\n\nBest,\nDaniel",
             X("cancel", [P("Daniel Becker", "daniel.becker@falun.se", "Falu kommun")], [S1]),
             "same person as b006; English partial withdrawal -> cancel [3 May]"),

        # ---------------------------------------------------------------- April
        mail("b041", "2027-04-01T10:30", ("Amanda Fors", "amanda.fors@lansstyrelsen.se"), "Anmälan DalaLab",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             "<p>Hej!</p><p>Jag vill anm&auml;la mig till tr&auml;ff 2 och 3 (21 september och 29 november).</p>"
             "<p>Mvh</p><table style=\"border-top:1px solid #1f4e79;font-size:9pt\"><tr><td><b>Amanda Fors</b><br>"
             "GIS-ingenj&ouml;r<br>Enheten f&ouml;r samh&auml;llsbyggnad<br>L&auml;nsstyrelsen Dalarna</td>"
             "<td>Tel 010-225 04 18<br>791 84 Falun<br>"
             '<a href="https://www.lansstyrelsen.se/dalarna">lansstyrelsen.se/dalarna</a></td></tr></table>'
             "</body></html>",
             X("register", [P("Amanda Fors", "amanda.fors@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "HTML-only with signature table; 'träff 2 och 3 (21 september och 29 november)'",
             html=True),

        mail("b042", "2027-04-05T08:02", ("Ola Wester", "ola.wester@orsa.se"), "SV: Anmälan DalaLab Orsa",
             "Hej!\n\nMaja Rask kommer tyvärr inte att kunna vara med på någon av träffarna, så stryk henne från "
             "listan. Jag själv är kvar som anmäld.\n\n/Ola",
             X("cancel", [P("Maja Rask", None, "Orsa kommun")], ALL),
             "same sender as b007; colleague withdrawn without substitute -> cancel all four; sender stays, not "
             "in people; Maja's address not in this message"),

        mail("b043", "2027-04-06T15:49", ("Petter Skog", "petter.skog@smedjebacken.se"),
             "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             "Hej,\n\nHinner jag fortfarande anmäla mig? I så fall vill jag gärna vara med på de två sista träffarna, "
             "29/11 och 22/2.\n\nMvh\nPetter Skog\nMark- och exploateringsingenjör\nSmedjebackens kommun\n\n"
             "Den 2 mars 2027 kl. 10:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n" + quoted(REMINDER),
             X("register", [P("Petter Skog", "petter.skog@smedjebacken.se", "Smedjebackens kommun")], [S3, S4]),
             "conditional signup before the deadline ('Hinner jag...? I så fall...') -> register; "
             "'de två sista träffarna, 29/11 och 22/2'; '>'-quoted reminder with all dates"),

        mail("b044", "2027-04-08T11:34", ("Karolina Jonsson", "karolina.jonsson@leksand.se"),
             "Fråga – digitalt deltagande?",
             "Hej Linnea!\n\nJag är anmäld till alla träffar. Kommer det att gå att delta digitalt på någon av dem, "
             "t.ex. i november? Jag har en knäoperation inplanerad i oktober och vet inte hur rörlig jag är då.\n\n"
             "/Karolina",
             X("question", [], []),
             "same person as b030; question about digital participation; no change requested"),

        mail("b045", "2027-04-09T19:21", ("Magnus Sundberg", "magnus.sundberg@leksand.se"), "Anmälan",
             "Hej! Anmäl mig och Kalle Dahlin (kalle.dahlin@leksand.se) till alla träffar. Båda laktosfri kost.\n\n"
             "/Magnus Sundberg, Leksands kommun\n\nSkickat från Outlook för iOS",
             X("register", [P("Magnus Sundberg", "magnus.sundberg@leksand.se", "Leksands kommun", diet="laktosfri"),
                            P("Kalle Dahlin", "kalle.dahlin@leksand.se", "Leksands kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "short phone mail: self + colleague with address; diet for both"),
    ]
