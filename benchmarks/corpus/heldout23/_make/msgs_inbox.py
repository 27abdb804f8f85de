from build import P, X, mail, tg, S1, S2, S3, S4, ALL

# An ordinary registration inbox, December 2026 to mid-February 2027.

INV_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

INVITE = """Hej!

Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och utvecklingskraft, Region Dalarnas lärprojekt om strategisk översiktsplanering och planeringsstrategier. Lärprojektet riktar sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen.

Träffar:
• 3 maj 2027, kl. 10–15 (fika från 09.30), Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
• 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
• 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
• 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Upp till tre personer per kommun kan delta. Sista anmälningsdag är 14 april 2027. Uppge namn, organisation, e-postadress, vilka träffar du vill delta i och eventuell specialkost.

Hälsningar
Linnea Hassis
Region Dalarna"""


def outlook_quote(to_name, to_addr, sent="den 26 november 2026 10:02", subject=INV_SUBJ, text=INVITE):
    return ("\n\nFrån: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\nTill: {to_name} <{to_addr}>\nÄmne: {subject}\n\n{text}\n")


def gmail_quote(text=INVITE, head="Den tors 26 nov. 2026 kl 10:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"):
    return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"


REMINDER = """Hej!

En påminnelse om Region Dalarnas lärprojekt DalaLab. Det finns fortfarande platser kvar till träffarna 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun.

Sista anmälningsdag är onsdag 14 april 2027. Har du redan anmält dig behöver du inte göra något.

Vänliga hälsningar
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("i001", "2026-12-01T08:47", ("Lindström Maja", "maja.lindstrom@mora.se"), "SV: " + INV_SUBJ,
             "Hej Linnea,\n\nTack för inbjudan! Jag anmäler mig till samtliga träffar.\n\n"
             "Vänliga hälsningar\nMaja Lindström\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Mora kommun\n"
             "Besök: Fredsgatan 16, Mora\nTel: 0250-260 00 (växel)"
             + outlook_quote("Lindström Maja", "maja.lindstrom@mora.se"),
             X("register", [P("Maja Lindström", "maja.lindstrom@mora.se", "Mora kommun")], ALL),
             "Outlook reply to the invitation, 'samtliga träffar' = all four; surname-first display name; quoted "
             "invitation lists all dates and the deadline"),

        mail("i002", "2026-12-02T13:15", ("Anders Grahn", "anders.grahn@smedjebacken.se"), "Re: " + INV_SUBJ,
             "Hej!\nAnmäl mig gärna till första träffen i Falun och till den i november. De andra två går "
             "tyvärr inte ihop med våra nämndmöten.\n\n/Anders\n\nAnders Grahn\nPlanarkitekt | Smedjebackens kommun\n"
             "070-312 45 87" + gmail_quote(),
             X("register", [P("Anders Grahn", "anders.grahn@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "Gmail-style '>' quote; 'första träffen i Falun' = 3 May, 'den i november' = 29 Nov; 'de andra två' "
             "are declined"),

        mail("i003", "2026-12-02T15:40", ("Rikard Holm", "rikard.holm@avesta.se"), "Anmälan DalaLab – Avesta",
             "Hej!\n\nJag och min kollega Linda Persson (linda.persson@avesta.se) vill gärna vara med i DalaLab, "
             "på alla fyra träffarna. Linda är vegetarian, jag äter allt.\n\n"
             "Med vänlig hälsning\nRikard Holm\nStadsbyggnadskontoret\nAvesta kommun\n774 81 Avesta\n0226-64 50 00",
             X("register", [P("Rikard Holm", "rikard.holm@avesta.se", "Avesta kommun"),
                            P("Linda Persson", "linda.persson@avesta.se", "Avesta kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "self + colleague with address; diet belongs to the colleague only"),

        tg("i004", "2026-12-03T19:32", "Tove Rask", 5120983311,
           "Hej! Vill anmäla mig till DalaLab, alla träffar 🙂 Jobbar som planerare på Orsa kommun. /Tove",
           X("register", [P("Tove Rask", None, "Orsa kommun")], ALL),
           "plain Telegram signup, all four"),

        mail("i005", "2026-12-04T09:05", ("Helena Brandt", "helena.brandt@hedemora.se"), "Fråga om DalaLab",
             "Hej Linnea,\n\nInnan jag anmäler mig: hålls alla träffarna i Falun, eller blir någon av dem digital? "
             "Och är det okej att bara gå på några av dem? Jag har en tjänsteresa i september som jag inte vet "
             "datumen för än.\n\nTack på förhand!\nHelena Brandt\nPlanhandläggare, Hedemora kommun\n0225-340 00",
             X("question"),
             "question before signing up ('Innan jag anmäler mig'); 'september' is not a signup"),

        mail("i006", "2026-12-04T14:22", ("Johanna Ersson", "johanna.ersson@leksand.se"), "Anmälan",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<p style=\"font-family:Calibri,sans-serif\">Hej,</p>"
             "<p style=\"font-family:Calibri,sans-serif\">H&auml;rmed anm&auml;ler jag mig till DalaLab. Den 21 "
             "september sammanfaller tyv&auml;rr med kommunfullm&auml;ktige, s&aring; den tr&auml;ffen kan jag inte, "
             "men &ouml;vriga tre tillf&auml;llen g&aring;r bra.</p>"
             "<p style=\"font-family:Calibri,sans-serif\">Med v&auml;nlig h&auml;lsning<br>Johanna Ersson<br>"
             "Strategisk planerare<br>Leksands kommun<br>Box 300, 793 27 Leksand</p></body></html>",
             X("register", [P("Johanna Ersson", "johanna.ersson@leksand.se", "Leksands kommun")], [S1, S3, S4]),
             "HTML-only with entities; the one date named is the one she cannot attend -> the other three",
             html=True),

        mail("i007", "2026-12-07T06:01", ("Gustav Widén", "gustav.widen@borlange.se"),
             "Automatiskt svar: Deltagare från Borlänge i DalaLab?",
             "Tack för ditt mejl.\n\nJag är på utbildning 7–11 december och läser inte e-post regelbundet. "
             "Brådskande ärenden om bygglov hänvisas till kundtjänst, 0243-740 00.\n\n"
             "Jag är tillbaka måndag 14 december.\n\nGustav Widén\nBorlänge kommun",
             X("auto_reply"),
             "Outlook out-of-office (subject only, no auto headers); dates and phone are not sessions"),

        mail("i008", "2026-12-07T10:48", ("James O'Connor", "james.oconnor@regiondalarna.se"), "DalaLab registration",
             "Hi Linnea,\n\nI'd like to sign up for the sessions in May and November (3 May and 29 Nov). I work with "
             "the regional development strategy here at Region Dalarna, so the spatial perspective is very relevant "
             "for us.\n\nDietary requirement: gluten free.\n\nBest regards,\nJames O'Connor\nAnalyst, Regional "
             "Development\nRegion Dalarna\n+46 (0)23-49 00 00",
             X("register", [P("James O'Connor", "james.oconnor@regiondalarna.se", "Region Dalarna",
                              diet="gluten free")], [S1, S3], diet="gluten free"),
             "English signup with apostrophe in name; diet 'gluten free'"),

        mail("i009", "2026-12-08T11:30", ("Lars Ågren", "lars.agren@borlange.se"), "Anmälan av medarbetare",
             "Hej Linnea!\n\nJag vill anmäla två av mina medarbetare på Samhällsbyggnadsförvaltningen till DalaLab:\n\n"
             "- Sara Nygren, sara.nygren@borlange.se\n- Mikael Öhman\n\nBåda ska gå på alla fyra träffarna. Själv "
             "har jag tyvärr inte möjlighet den här gången.\n\nHälsningar\nLars Ågren\nEnhetschef Planering\n"
             "Borlänge kommun\n0243-740 00",
             X("register", [P("Sara Nygren", "sara.nygren@borlange.se", "Borlänge kommun"),
                            P("Mikael Öhman", None, "Borlänge kommun")], ALL),
             "manager registers two staff, not himself; one without address"),

        tg("i010", "2026-12-09T21:14", "Viktor Strand", 6633019281,
           "tjena, anmäler mig till 3/5 och 22/2. säter kommun. /Viktor",
           X("register", [P("Viktor Strand", None, "Säters kommun")], [S1, S4]),
           "numeric dates, 22/2 = the 2028 session; lower-case org"),

        mail("i011", "2026-12-10T08:55", ("Berg Ulrika", "ulrika.berg@falun.se"), "VB: DalaLab",
             "Hej Linnea,\n\nFredrik bad mig anmäla honom, se nedan. Jag anmäler mig själv till samma träffar som "
             "han.\n\nUlrika Berg\nPlanarkitekt, Falu kommun\n023-830 00\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Lund Fredrik <fredrik.lund@falun.se>\n"
             "Skickat: den 9 december 2026 16:41\nTill: Berg Ulrika <ulrika.berg@falun.se>\nÄmne: DalaLab\n\n"
             "Hej Ulrika!\nKan du anmäla mig till DalaLab-träffarna i september och november när du ändå skickar "
             "in din anmälan? Maj går inte för mig eftersom jag har ledigt då, och februari 2028 vet jag inget om "
             "än.\n/Fredrik",
             X("register", [P("Ulrika Berg", "ulrika.berg@falun.se", "Falu kommun"),
                            P("Fredrik Lund", "fredrik.lund@falun.se", "Falu kommun")], [S2, S3]),
             "forward: colleague's request and sessions only in the forwarded part; sender takes 'samma träffar "
             "som han'; colleague's address from the forwarded header"),

        mail("i012", "2026-12-11T13:02", ("Karl-Johan Lindh", "karl-johan.lindh@alvdalen.se"), "DalaLab – digitalt?",
             "Hej!\n\nFinns det möjlighet att delta digitalt på någon av träffarna? Det är långt från Älvdalen till "
             "Falun en måndagsmorgon i maj. Ersätts resekostnader på något sätt?\n\nMvh\nKalle Lindh\n"
             "Älvdalens kommun",
             X("question"),
             "question only; 'måndagsmorgon i maj' refers to session 1 but is no signup"),

        mail("i013", "2026-12-14T07:00", ("Planeringsforum Mitt", "nyhetsbrev@planeringsforummitt.se"),
             "Nyhetsbrev december: ÖP-modellen, webbinarier och julhälsning",
             "PLANERINGSFORUM MITT – NYHETSBREV 12/2026\n\n"
             "WEBBINARIUM: Utvecklingsinriktning i praktiken\nTorsdag 21 januari kl. 13–15. Hur har kommunerna "
             "arbetat med utvecklingsinriktningen i den nya ÖP-modellen? Anmäl dig senast 14 januari.\n\n"
             "KONFERENS: Hållbara städer och orter 3–4 maj 2027, Gävle\nEarly bird t.o.m. 28 februari.\n\n"
             "Vi önskar alla läsare en god jul och ett gott nytt år!\n\n"
             "Du får det här mejlet eftersom du prenumererar på nyhetsbrevet från Planeringsforum Mitt.\n"
             "Avsluta prenumerationen: https://planeringsforummitt.se/avregistrera",
             X("unknown"),
             "newsletter with overlapping date ('3–4 maj') and 'anmäl dig' -> unknown"),

        mail("i014", "2026-12-14T10:20", ("Ola Rydén", "ola.ryden@hedemora.se"), "Anmälan till DalaLab",
             "Hej!\n\nJag anmäler mig till alla träffarna i DalaLab. En fråga bara: finns det parkering i anslutning "
             "till lokalen i Falun, eller är det bättre att ta tåget?\n\nMvh\nOla Rydén\nMiljö- och byggförvaltningen\n"
             "Hedemora kommun",
             X("register", [P("Ola Rydén", "ola.ryden@hedemora.se", "Hedemora kommun")], ALL),
             "signup plus a practical question -> register"),

        mail("i015", "2026-12-15T11:11", ("Sanna Lövgren", "sanna.lovgren@gagnef.se"), "Anmälan DalaLab",
             "Hej,\n\nAnmäler mig till alla fyra träffar.\nSpecialkost: glutenfri och laktosfri.\n\nHälsningar Sanna\n\n"
             "--\nSanna Lövgren\nSamhällsplanerare\nGagnefs kommun | Kommunkontoret, Djurås\nTelefon: 0241-150 00\n"
             "Telefontid måndag–torsdag 9.00–11.00",
             X("register", [P("Sanna Lövgren", "sanna.lovgren@gagnef.se", "Gagnefs kommun",
                              diet="glutenfri, laktosfri")], ALL, diet="glutenfri, laktosfri"),
             "two diets joined; phone hours are not dates"),

        mail("i016", "2026-12-16T16:05", ("Mattias Strömberg", "mattias.stromberg@rattvik.se"), "Avanmälan DalaLab",
             "Hej Linnea,\n\nJag anmälde mig förra veckan men måste tyvärr dra tillbaka min anmälan. Jag har fått "
             "ett nytt jobb i Uppsala och slutar här i slutet av februari.\n\nLycka till med projektet!\n"
             "Mattias Strömberg\nRättviks kommun",
             X("cancel", [P("Mattias Strömberg", "mattias.stromberg@rattvik.se", "Rättviks kommun")], ALL),
             "full cancellation, no session named -> all four; 'slutet av februari' is not the session"),

        tg("i017", "2026-12-17T12:40", "Aisha Farah", 7045512290,
           "Hi! This is Aisha from Ludvika municipality. Please register me for the first two sessions (May and "
           "September). My email is aisha.farah@ludvika.se. Thanks!",
           X("register", [P("Aisha Farah", "aisha.farah@ludvika.se", "Ludvika kommun")], [S1, S2]),
           "English Telegram; address in the text is kept"),

        mail("i018", "2026-12-18T09:30", ("Ola Rydén", "ola.ryden@hedemora.se"), "SV: Anmälan till DalaLab",
             "Hej igen,\n\nGlömde skriva i min anmälan att jag är vegan.\n\n/Ola\n\n"
             "Från: Rydén Ola\nSkickat: den 14 december 2026 10:20\nTill: Hassis Linnea\n"
             "Ämne: Anmälan till DalaLab\n\nHej!\n\nJag anmäler mig till alla träffarna i DalaLab. En fråga bara: "
             "finns det parkering i anslutning till lokalen i Falun, eller är det bättre att ta tåget?",
             X("change", [P("Ola Rydén", "ola.ryden@hedemora.se", "Hedemora kommun", diet="vegan")], [],
               diet="vegan"),
             "diet update quoting his own earlier signup ('alla träffarna' only in the quote) -> change with []"),

        tg("i019", "2026-12-21T20:05", "Hugo Nilsson", 5900213478,
           "hej! anmäler mig till alla 4 träffarna. kollegan Elsa skickar en egen anmälan. /Hugo, Ludvika kommun",
           X("register", [P("Hugo Nilsson", None, "Ludvika kommun")], ALL),
           "colleague signs up separately -> not among people"),

        mail("i020", "2026-12-22T10:10", ("Halvarsson Per", "per.halvarsson@lansstyrelsen.se"), "SV: " + INV_SUBJ,
             "Hej!\n\nAnmäler härmed mig själv och Kerstin Wahl, Lst Dalarna, till höstens två träffar.\n\n"
             "God jul!\nPer Halvarsson\nSamhällsplaneringsenheten\nLänsstyrelsen Dalarna\n010-225 00 00"
             + outlook_quote("Halvarsson Per", "per.halvarsson@lansstyrelsen.se"),
             X("register", [P("Per Halvarsson", "per.halvarsson@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Kerstin Wahl", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "'höstens två träffar' = 21 Sep + 29 Nov; 'Lst Dalarna'; quoted invitation lists all four"),

        mail("i021", "2026-12-28T15:45", ("Jenny Mattsson", "jennymattsson84@gmail.com"), "DalaLab anmälan",
             "Hej Linnea!\n\nSkriver från privata mejlen eftersom jag är ledig över helgerna. Jag såg att sista "
             "dagen inte är förrän i april, men vill inte glömma bort det. Anmäl mig gärna till vårträffen och "
             "februariträffen. Jobbar som översiktsplanerare på Vansbro kommun.\n\nGott nytt år!\nJenny Mattsson\n\n"
             "Skickat från min iPhone",
             X("register", [P("Jenny Mattsson", "jennymattsson84@gmail.com", "Vansbro kommun")], [S1, S4]),
             "private gmail, organisation from text; 'vårträffen' = 3 May, 'februariträffen' = 22 Feb 2028; "
             "'april' is the deadline"),

        mail("i022", "2027-01-04T09:40", ("Camilla Norling", "camilla.norling@orsa.se"),
             "Anmälan till DalaLab från Orsa kommun",
             "<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">Hej Linnea!<br><br>"
             "H&auml;r kommer anm&auml;lan fr&aring;n Orsa kommun. Vi &auml;r tv&aring; som vill vara med, men "
             "p&aring; olika tr&auml;ffar:<br><br>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Specialkost</th></tr>"
             "<tr><td>Camilla Norling</td><td>camilla.norling@orsa.se</td><td>3/5, 21/9</td><td>&ndash;</td></tr>"
             "<tr><td>Jonas Eriksson</td><td>jonas.eriksson@orsa.se</td><td>29/11</td><td>vegetarisk</td></tr>"
             "</table><br>Tove Rask har redan anm&auml;lt sig sj&auml;lv via Telegram.<br><br>"
             "Mvh<br>Camilla Norling<br>Planeringsstrateg<br>Orsa kommun<br>0250-55 21 00</div></body></html>",
             X("register", [P("Camilla Norling", "camilla.norling@orsa.se", "Orsa kommun"),
                            P("Jonas Eriksson", "jonas.eriksson@orsa.se", "Orsa kommun", diet="vegetarisk")],
               [S1, S2, S3], diet="vegetarisk"),
             "HTML-only table, different sessions per person -> union; already-registered colleague not included",
             html=True),

        mail("i023", "2027-01-05T08:15", ("Johanna Ersson", "johanna.ersson@leksand.se"), "Bekräftelse?",
             "Hej!\n\nJag skickade en anmälan till DalaLab den 4 december men har inte fått någon bekräftelse. "
             "Har den kommit fram?\n\n/Johanna Ersson, Leksands kommun",
             X("question"),
             "asks about her own earlier signup -> question, people []; '4 december' is not a session"),

        tg("i024", "2027-01-07T07:52", "Per-Erik Sjödin", 1187342205,
           "hej, anmäl mig o min kollega jenny holmqvist till alla tillfällen, vi jobbar på malung-sälens kommun",
           X("register", [P("Per-Erik Sjödin", None, "Malung-Sälens kommun"),
                          P("Jenny Holmqvist", None, "Malung-Sälens kommun")], ALL),
           "sender + lower-case colleague; 'alla tillfällen'"),

        mail("i025", "2027-01-08T13:20", ("Hjort Lena", "lena.hjort@sater.se"), "SV: Bekräftelse DalaLab",
             "Hej,\n\nJag ser nu att den 29 november krockar med budgetberedningen. Stryk mig från den träffen, "
             "övriga står kvar.\n\n/Lena\n\nLena Hjort\nPlanarkitekt\nSäters kommun"
             + outlook_quote("Hjort Lena", "lena.hjort@sater.se", sent="den 18 december 2026 14:12",
                             subject="Bekräftelse DalaLab",
                             text="Hej Lena!\n\nTack för din anmälan. Du är anmäld till följande träffar:\n"
                                  "3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028.\n\n"
                                  "Välkommen!\nLinnea"),
             X("cancel", [P("Lena Hjort", "lena.hjort@sater.se", "Säters kommun")], [S3]),
             "partial withdrawal in reply to a confirmation listing all four -> cancel of 29 Nov only"),

        mail("i026", "2027-01-11T10:02", ("Mattias Strömberg", "mattias.stromberg@rattvik.se"), "DalaLab igen",
             "Hej igen!\n\nJag avanmälde mig i december eftersom jag skulle byta jobb, men det blev inte av – jag "
             "blir kvar på Rättviks kommun. Så om det fortfarande går vill jag gärna vara med på alla träffarna "
             "ändå.\n\nMvh Mattias",
             X("register", [P("Mattias Strömberg", "mattias.stromberg@rattvik.se", "Rättviks kommun")], ALL),
             "re-signup after an earlier cancellation -> register; mentions 'avanmälde'"),

        mail("i027", "2027-01-12T14:30", ("Erik Wennberg", "erik.wennberg@mora.se"), "Anmälan DalaLab",
             "Hej!\n\nJag vill anmäla mig till träff 1 och träff 3 i DalaLab. Till din information är jag "
             "föräldraledig 1 juni–15 augusti, men det påverkar ju inte de datumen.\n\n"
             "Med vänlig hälsning\nErik Wennberg\nGIS-samordnare\nMora kommun\nTelefontid tisdagar 13–15\n"
             "0250-262 14",
             X("register", [P("Erik Wennberg", "erik.wennberg@mora.se", "Mora kommun")], [S1, S3]),
             "'träff 1 och träff 3' by number; leave dates and phone hours are distractors"),

        tg("i028", "2027-01-13T18:20", "Nils Grape", 2290145573,
           "hej! jag är anmäld till septemberträffen men skulle vilja byta den mot den i februari istället, går "
           "det? /Nils, Gagnef",
           X("change", [P("Nils Grape", None, "Gagnefs kommun")], [S4]),
           "swap September -> February, phrased as a question; sessions after = 22 Feb 2028"),

        mail("i029", "2027-01-14T11:11", ("Kjell Nordin", "kjell.nordin@alvdalen.se"), "Radera uppgifter",
             "Hej,\n\nJag har fått er inbjudan till DalaLab men jobbar inte längre med planfrågor (går i pension i "
             "mars). Vänligen radera mina uppgifter ur era sändlistor och register.\n\nKjell Nordin",
             X("erasure", [P("Kjell Nordin", "kjell.nordin@alvdalen.se", "Älvdalens kommun")]),
             "erasure request; organisation from domain"),

        mail("i030", "2027-01-15T09:25", ("Birgitta Sand", "birgitta.sand@ludvika.se"), "Byte av deltagare DalaLab",
             "Hej Linnea!\n\nTherese Ahl, som anmäldes från oss i december, har slutat hos oss. I stället kommer "
             "Oskar Lindén (oskar.linden@ludvika.se) att delta på alla fyra träffarna.\n\nHälsningar\n"
             "Birgitta Sand\nPlanchef\nLudvika kommun",
             X("change", [P("Therese Ahl", None, "Ludvika kommun"),
                          P("Oskar Lindén", "oskar.linden@ludvika.se", "Ludvika kommun")], ALL),
             "substitution by manager: both people, substitute's sessions; sender not included"),

        mail("i031", "2027-01-18T13:47", ("Magnus Ferm", "magnus.ferm@nordplan.se"), "Deltagande i DalaLab",
             "Hej!\n\nJag är konsult på Nordplan AB och arbetar just nu med Säters kommuns nya översiktsplan på "
             "uppdrag av kommunen. Jag skulle gärna vilja delta på de två första träffarna, i den mån det finns "
             "plats för oss som inte är anställda i kommunerna.\n\nMed vänlig hälsning\nMagnus Ferm\n"
             "Nordplan AB\nKungsgatan 12, 791 71 Falun\nOrg.nr 556712-3401\n070-588 12 30",
             X("register", [P("Magnus Ferm", "magnus.ferm@nordplan.se", None)], [S1, S2]),
             "consultant working for Säter but not in its place -> organisation null; Falun street address"),

        tg("i032", "2027-01-19T12:10", "Lisa Ekholm", 8012456671,
           "Hej! När är sista dagen att anmäla sig? Och hur många från samma kommun får vara med?",
           X("question"),
           "Telegram question only"),

        mail("i033", "2027-01-20T10:05", ("Widén Gustav", "gustav.widen@borlange.se"), "SV: Påminnelse om DalaLab",
             "Hej!\n\nJa tack, jag hänger med på den 21:a och på tillgänglighetsträffen.\n\n/Gustav\n\n"
             "Gustav Widén\nBygglovshandläggare\nBorlänge kommun"
             + outlook_quote("Widén Gustav", "gustav.widen@borlange.se", sent="den 19 januari 2027 09:00",
                             subject="Påminnelse om DalaLab", text=REMINDER),
             X("register", [P("Gustav Widén", "gustav.widen@borlange.se", "Borlänge kommun")], [S2, S4]),
             "reply to the reminder; 'den 21:a' = 21 Sep, 'tillgänglighetsträffen' = 22 Feb 2028 by theme; "
             "quoted reminder lists all dates"),

        mail("i034", "2027-01-22T15:30", ("Annelie Roos", "annelie.roos@hedemora.se"), "Ändring av anmälan",
             "Hej!\n\nMartin Ek, som jag anmälde i december, kommer tyvärr inte att kunna delta i DalaLab alls – "
             "han går på föräldraledighet från mars. Vi återkommer om vi hittar någon som kan gå i hans ställe.\n\n"
             "Vänliga hälsningar\nAnnelie Roos\nAdministratör, Samhällsbyggnad\nHedemora kommun",
             X("cancel", [P("Martin Ek", None, "Hedemora kommun")], ALL),
             "subject says 'Ändring' but colleague withdrawn without substitute -> cancel all four; sender not "
             "included"),

        mail("i035", "2027-01-25T11:00", ("Britt Mårs", "britt.mars@alvdalen.se"), "Anmälan DalaLab Älvdalen",
             "Hej Linnea!\n\nFrån Älvdalens kommun vill vi anmäla följande till DalaLab, samtliga träffar:\n\n"
             "1. Britt Mårs (undertecknad)\n2. Eva Dahl, eva.dahl@alvdalen.se\n3. Leif Moberg, "
             "leif.moberg@alvdalen.se\n\nOm någon av oss får förhinder har vi Sanna Hed som reserv.\n\n"
             "Leif är glutenintolerant.\n\nMvh\nBritt Mårs\nSamhällsbyggnadschef\nÄlvdalens kommun\n"
             "Dalgatan 1, 796 31 Älvdalen",
             X("register", [P("Britt Mårs", "britt.mars@alvdalen.se", "Älvdalens kommun"),
                            P("Eva Dahl", "eva.dahl@alvdalen.se", "Älvdalens kommun"),
                            P("Leif Moberg", "leif.moberg@alvdalen.se", "Älvdalens kommun",
                              diet="glutenintolerant"),
                            P("Sanna Hed", None, "Älvdalens kommun")], ALL, diet="glutenintolerant"),
             "numbered list incl. the sender ('undertecknad'); a reserve is a person; diet of one colleague"),

        mail("i036", "2027-01-26T14:14", ("Malin Torstensson", "malin.torstensson@regiondalarna.se"),
             "DalaLab",
             "Hej Linnea!\n\nKul initiativ! Jag vill gärna vara med på första träffen i maj och på höstens träff. "
             "Jag sitter på kollektivtrafikförvaltningen i regionen, så tillgänglighetsträffen hade också varit "
             "intressant, men den krockar med vår länsgemensamma planeringsdag.\n\nHälsningar\n"
             "Malin Torstensson\nKollektivtrafikförvaltningen\nRegion Dalarna",
             X("register", [P("Malin Torstensson", "malin.torstensson@regiondalarna.se", "Region Dalarna")],
               [S1, S2, S3], unsure=["sessions"]),
             "'höstens träff' singular with two autumn sessions -> both candidates, unsure; tillgänglighetsträffen "
             "declined"),

        mail("i037", "2027-01-28T03:12", ("Företagskatalogen Norden", "faktura@foretagskatalogen-norden.com"),
             "Påminnelse: Obetald faktura 2027-0113",
             "Hej,\n\nVi har ännu inte mottagit betalning för er registrering i Företagskatalogen Norden 2027 "
             "(avser: Region Dalarna – utbildning och konferens).\n\nBelopp: 8 950 kr exkl. moms\n"
             "Förfallodatum: 2027-02-03\n\nBetala till bankgiro 5412-8876 senast angivet datum för att undvika "
             "inkassoavgift.\n\nMed vänlig hälsning\nKundtjänst\nFöretagskatalogen Norden",
             X("unknown"),
             "invoice scam with dates and amounts -> unknown"),

        mail("i038", "2027-01-29T13:30", ("Sund Ida", "ida.sund@hedemora.se"), "VB: " + INV_SUBJ,
             "Hej!\n\nFick den här av min chef. Jag vill gärna anmäla mig till 3 maj och 29/11.\n\nMvh\nIda Sund\n"
             "Bygglovshandläggare, Hedemora kommun\n\n"
             "Från: Wiklund Tomas <tomas.wiklund@hedemora.se>\nSkickat: den 28 januari 2027 17:02\n"
             "Till: Sund Ida <ida.sund@hedemora.se>\nÄmne: VB: " + INV_SUBJ + "\n\n"
             "Ida – det här kanske är något för dig? Helst alla fyra träffarna om du hinner. /Tomas"
             + outlook_quote("Wiklund Tomas", "tomas.wiklund@hedemora.se"),
             X("register", [P("Ida Sund", "ida.sund@hedemora.se", "Hedemora kommun")], [S1, S3]),
             "two-level forward; the manager's 'alla fyra' in the chain is not the signup; only Ida"),

        mail("i039", "2027-02-01T10:15", ("James O'Connor", "james.oconnor@regiondalarna.se"),
             "RE: DalaLab registration",
             "Hi Linnea,\n\nA follow-up to my registration in December: could you also add me to the September "
             "session? So that would be May, September and November for me.\n\nThanks,\nJames",
             X("change", [P("James O'Connor", "james.oconnor@regiondalarna.se", "Region Dalarna")], [S1, S2, S3]),
             "English: adds a session and states the full set after the change"),

        tg("i040", "2027-02-03T17:45", "Fatima Yousef", 6690021843,
           "Hej Linnea! Jag heter Fatima Yousef och jobbar på Avesta kommun. Vill anmäla mig till träffarna 21.9 "
           "och 29.11. Jag äter halal 🙏",
           X("register", [P("Fatima Yousef", None, "Avesta kommun", diet="halal")], [S2, S3], diet="halal"),
           "dotted dates; diet 'halal'"),

        mail("i041", "2027-02-04T08:30", ("Daniel Kowalski", "daniel.kowalski@falun.se"), "DalaLab – February 2028",
             "Hi Linnea,\n\nUnfortunately I have to withdraw from the last session, 22 February 2028 – I'll be on "
             "parental leave from January that year. The other three still stand.\n\nKind regards,\n"
             "Daniel Kowalski\nTraffic planner, Falu kommun",
             X("cancel", [P("Daniel Kowalski", "daniel.kowalski@falun.se", "Falu kommun")], [S4]),
             "English partial withdrawal -> cancel of 22 Feb 2028 only"),

        mail("i042", "2027-02-08T09:55", ("Monica Falk", "monica.falk@rattvik.se"), "Anmälan DalaLab – Rättviks kommun",
             "Hej,\n\nPå uppdrag av samhällsbyggnadschefen anmäler jag följande två personer:\n\n"
             "Sjöberg, Maria – maria.sjoberg@rattvik.se – alla träffar\n"
             "lund, kristoffer – kristoffer.lund@rattvik.se – endast 3/5\n\n"
             "Med vänlig hälsning\nMonica Falk\nAdministratör\nRättviks kommun\nDnr KS 2027/34",
             X("register", [P("Maria Sjöberg", "maria.sjoberg@rattvik.se", "Rättviks kommun"),
                            P("Kristoffer Lund", "kristoffer.lund@rattvik.se", "Rättviks kommun")], ALL),
             "administrator registers two (not herself); surname-first and lower-case names; union = all four; "
             "diary number is not a date"),

        mail("i043", "2027-02-09T12:00", ("Jenny Mattsson", "jenny.mattsson@vansbro.se"), "Ny e-postadress",
             "Hej!\n\nJag anmälde mig till DalaLab från min privata gmail i julas. Nu när jag är tillbaka på jobbet "
             "vill jag hellre att ni använder den här adressen för all information framöver.\n\nHälsningar\n"
             "Jenny Mattsson\nÖversiktsplanerare\nVansbro kommun\n0281-750 00",
             X("change", [P("Jenny Mattsson", "jenny.mattsson@vansbro.se", "Vansbro kommun")], []),
             "address update naming no session -> change with []; the From address is the new one"),

        mail("i044", "2027-02-10T14:03", ("Mail Delivery System", "mailer-daemon@mx1.regiondalarna.se"),
             "Olevererbart: Bekräftelse DalaLab",
             "Det gick inte att leverera meddelandet till följande mottagare:\n\n"
             "    karin.hedstrom@smedjebaken.se\n\nDomänen smedjebaken.se hittades inte. Kontrollera adressen och "
             "försök igen.\n\nDiagnostisk information: 550 5.1.2 Host unknown\n\n"
             "--- Ursprungligt meddelande ---\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Till: karin.hedstrom@smedjebaken.se\nÄmne: Bekräftelse DalaLab\n\nHej Karin!\n\nTack för din "
             "anmälan. Du är anmäld till 21 september och 29 november 2027.\n\nVälkommen!\nLinnea",
             X("auto_reply"),
             "bounce of a confirmation; the returned text names a person and two sessions -> nothing to register"),

        mail("i045", "2027-02-12T11:20", ("Brandt Helena", "helena.brandt@hedemora.se"), "SV: Fråga om DalaLab",
             "Hej Linnea!\n\nFörlåt att det dröjt – tack för svaret i december! Då anmäler jag mig till de tre "
             "första träffarna.\n\n/Helena\n\nHelena Brandt\nPlanhandläggare, Hedemora kommun\n0225-340 00"
             + outlook_quote("Brandt Helena", "helena.brandt@hedemora.se", sent="den 4 december 2026 11:30",
                             subject="SV: Fråga om DalaLab",
                             text="Hej Helena!\n\nAlla träffar är fysiska; första träffen 3 maj hålls i Falun och "
                                  "platserna för de övriga meddelas senare. Det går bra att anmäla sig till enstaka "
                                  "träffar, ange bara vilka. Ingen av dem sänds digitalt, inte heller den sista "
                                  "den 22 februari 2028.\n\nHälsningar\nLinnea"),
             X("register", [P("Helena Brandt", "helena.brandt@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
             "signup in a reply thread; 'de tre första' = 3 May, 21 Sep, 29 Nov; quoted answer names 3 May and "
             "22 Feb 2028"),
    ]
