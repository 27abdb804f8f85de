"""Batch 36, theme "inbox": one registration inbox over the winter, roughly as it fills up (al001-al045)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:02
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab,
fyra träffar om strategisk översiktsplanering och planeringsstrategier:

  3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
  21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  29 november 2027 – Att planera för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast 14 april 2027
genom att svara på detta mejl. Ange gärna eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + line).rstrip() for line in text.strip("\n").splitlines()) + "\n"


def messages():
    return [
        # --- December: the invitation has just gone out ---------------------------------------------
        mail("al001", "2026-12-01T08:31", ("Henrik Åström", "henrik.astrom@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nTack för inbjudan, det här ser riktigt bra ut. Jag anmäler mig härmed.\n\n"
             "/Henrik\n\nHenrik Åström\nÖversiktsplanerare\nAvesta kommun\nTfn 0226-64 51 12\n\n"
             "-----Ursprungligt meddelande-----" + INVITE,
             X("register", [P("Henrik Åström", "henrik.astrom@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply above the quoted invitation listing all four dates; no session named → all"),
        mail("al002", "2026-12-01T08:03", ("Birgitta Sjöberg", "birgitta.sjoberg@falun.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Tack för ditt mejl. Jag är på tjänsteresa 1–4 december och har begränsad tillgång till e-post.\n"
             "Ärenden som brådskar: ring växeln 023-830 00 eller mejla planering@falun.se.\n\n"
             "Med vänlig hälsning\nBirgitta Sjöberg\n",
             X("auto_reply"),
             "out-of-office to the invitation mail-out, naming another mailbox"),
        mail("al003", "2026-12-01T08:04", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Delivery has failed to these recipients or groups:\n\n"
             "gunnar.persson@ludvika.se\n"
             "The email address you entered couldn't be found. Please check the recipient's email address "
             "and try to resend the message.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 <gunnar.persson@ludvika.se>: Recipient address rejected: "
             "User unknown in virtual mailbox table'\n\n"
             "Original message headers:\n"
             "Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n"
             "Date: Tue, 1 Dec 2026 08:02:11 +0100\n",
             X("auto_reply"),
             "bounce of the mail-out; mentions a planner's address, no people"),
        tg("al004", "2026-12-01T12:47", "Johan L", 5120334871,
           "Hej! Anmäler mig till alla fyra träffarna 👍 Johan Lindkvist, Orsa kommun",
           X("register", [P("Johan Lindkvist", None, "Orsa kommun")], ALL),
           "Telegram short signup, display name shortened, full name and org in text"),
        mail("al005", "2026-12-02T10:15", ("Maria Lindgren", "maria.lindgren@borlange.se"),
             "Anmälan DalaLab – tre från Borlänge",
             "Hej!\n\nFrån oss på samhällsbyggnadsförvaltningen anmäler jag följande till samtliga träffar:\n\n"
             "Pernilla Stark, pernilla.stark@borlange.se\n"
             "Ahmed Yusuf, ahmed.yusuf@borlange.se\n"
             "Jessica Ohlsson, jessica.ohlsson@borlange.se\n\n"
             "Själv har jag tyvärr inte möjlighet att delta, men jag följer gärna arbetet via dem.\n\n"
             "Vänliga hälsningar\nMaria Lindgren\nEnhetschef Strategisk planering\nBorlänge kommun\n"
             "Röda vägen 50, 781 81 Borlänge\n0243-740 00 (vx) | 070-318 44 20\n",
             X("register", [P("Pernilla Stark", "pernilla.stark@borlange.se", "Borlänge kommun"),
                            P("Ahmed Yusuf", "ahmed.yusuf@borlange.se", "Borlänge kommun"),
                            P("Jessica Ohlsson", "jessica.ohlsson@borlange.se", "Borlänge kommun")], ALL),
             "manager registers three with addresses and says she will not attend herself"),
        mail("al006", "2026-12-02T14:02", ("Stina Höglund", "stina.hoglund@malung-salen.se"),
             "Fråga om DalaLab",
             "Hej Linnea!\n\nBlir träffarna enbart fysiska eller finns det möjlighet att delta digitalt? "
             "Det är en bra bit att åka från Sälen till Falun en måndag morgon i maj.\n\n"
             "Hälsningar\nStina Höglund\nMalung-Sälens kommun\n",
             X("question"),
             "question about digital participation, mentions the May date and Falun"),
        mail("al007", "2026-12-03T09:20", ("Ylva Hedin", "ylva.hedin@leksand.se"),
             "Anmälan",
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej,</p><p>Jag vill anmäla mig till <b>första träffen</b> och till den i <b>november</b>. "
             "De andra två krockar tyvärr med våra egna samråd.</p>"
             "<p>Jag äter vegetariskt.</p>"
             "<p>Hälsningar<br>Ylva Hedin<br>Planarkitekt, Leksands kommun<br>0247-800 00</p>"
             "</div></body></html>",
             X("register", [P("Ylva Hedin", "ylva.hedin@leksand.se", "Leksands kommun", diet="vegetarisk")],
               [S1, S3], diet="vegetarisk"),
             "HTML-only; ordinal + month pick two sessions; diet 'äter vegetariskt'", html=True),
        mail("al008", "2026-12-03T15:44", ("Nordin Karin", "karin.nordin@hedemora.se"),
             "Anmälan till DalaLab",
             "Hej!\n\nHär kommer anmälan från Hedemora kommun, till alla fyra tillfällena:\n\n"
             "Nordin, Karin\n"
             "Hagström, Per (per.hagstrom@hedemora.se)\n\n"
             "Mvh Karin\n\nKarin Nordin\nSamhällsplanerare\nHedemora kommun, Stadshuset\n776 81 Hedemora\n",
             X("register", [P("Karin Nordin", "karin.nordin@hedemora.se", "Hedemora kommun"),
                            P("Per Hagström", "per.hagstrom@hedemora.se", "Hedemora kommun")], ALL),
             "iso-8859-1; 'Efternamn, Förnamn' list including the sender (From also reversed)",
             charset="iso-8859-1"),
        mail("al009", "2026-12-04T11:05", ("Sofia Brandt", "sofia.brandt@regiondalarna.se"),
             "DalaLab registration",
             "Hi Linnea,\n\nMy Swedish is still a work in progress, so I hope English is fine. I'd like to sign "
             "up for the September and November sessions of DalaLab. I'll be on parental leave in the spring "
             "and again from January 2028, so the other two won't work for me.\n\n"
             "Best regards,\nSofia Brandt\nAnalyst, Regional development\nRegion Dalarna\n",
             X("register", [P("Sofia Brandt", "sofia.brandt@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "English, sessions by month name only, with distracting months (January 2028)"),
        tg("al010", "2026-12-07T19:32", "Lotta", 6021198455,
           "finns det parkering nära lokalen i falun eller ska man ta tåget",
           X("question"),
           "Telegram question without question mark, no name"),
        mail("al011", "2026-12-08T07:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev december: Nytt i PBL Kunskapsbanken",
             "Boverkets nyhetsbrev – december 2026\n\n"
             "* Ny vägledning om översiktsplanens utvecklingsinriktning\n"
             "* Webbinarium 3 februari: Planeringsstrategier i praktiken – anmäl dig på boverket.se\n"
             "* Så arbetar tre kommuner med tillgänglighetsanalyser\n\n"
             "Du får detta mejl eftersom du prenumererar på Boverkets nyhetsbrev. Avsluta prenumerationen här: "
             "https://www.boverket.se/nyhetsbrev/avsluta\n",
             X("unknown"),
             "newsletter with themes close to the event and an 'anmäl dig' for another event"),
        mail("al012", "2026-12-09T13:10", ("Samhällsbyggnad Mora", "samhallsbyggnad@mora.se"),
             "Anmälan DalaLab",
             "Hej,\n\nVi anmäler härmed Lena Ek, översiktsplanerare, till lärprojektet DalaLab (samtliga träffar).\n"
             "Lenas e-post: lena.ek@mora.se\n\n"
             "Med vänlig hälsning\nRegistrator, Samhällsbyggnadsförvaltningen\nMora kommun\n",
             X("register", [P("Lena Ek", "lena.ek@mora.se", "Mora kommun")], ALL),
             "shared function mailbox registers a planner whose own address is in the text"),
        mail("al013", "2026-12-10T08:55", ("Oscar Berglund", "oscar.berglund@falun.se"),
             "Antal deltagare per kommun",
             "Hej!\n\nVi är fyra på planavdelningen i Falun som alla jobbar med den nya översiktsplanen och "
             "gärna vill vara med. Jag ser att det står upp till tre per kommun – finns det någon möjlighet "
             "att göra undantag, eller att vi turas om mellan träffarna?\n\n"
             "Hälsningar\nOscar Berglund\nFalu kommun\n",
             X("question"),
             "quota question from a municipality; no signup yet"),
        mail("al014", "2026-12-11T16:22", ("Mats Eriksson", "mats.eriksson@smedjebacken.se"),
             "anmälan dalalab",
             "hej\n\nvill anmäla mej till 21 sept och 29 nov. maj och feb går inte pga andra åtaganden.\n\n"
             "mvh\nMats Eriksson\nPlan- och byggchef\nSmedjebackens kommun\nTelefon: 0240-66 00 00\n"
             "Mobil: 076-100 23 45\nBesöksadress: Kyrkogatan 3, Smedjebacken\n"
             "www.smedjebacken.se\n\n"
             "Tänk på miljön innan du skriver ut detta e-postmeddelande.\n",
             X("register", [P("Mats Eriksson", "mats.eriksson@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3]),
             "lower-case, abbreviated dates, the excluded months named too; number-heavy signature"),
        mail("al015", "2026-12-14T10:40", ("Anna Forsberg", "anna.forsberg@sater.se"),
             "DalaLab – Säter och Gagnef",
             "Hej Linnea!\n\nSäter och Gagnef tar fram en gemensam planeringsstrategi, så vi tänkte gå "
             "tillsammans. Jag anmäler därför både mig själv och Mikael Järv från Gagnefs kommun "
             "(mikael.jarv@gagnef.se) till hela lärprojektet.\n\n"
             "Hälsningar\nAnna Forsberg\nSäters kommun\n",
             X("register", [P("Anna Forsberg", "anna.forsberg@sater.se", "Säters kommun"),
                            P("Mikael Järv", "mikael.jarv@gagnef.se", "Gagnefs kommun")], ALL),
             "two organisations in one mail; colleague from another municipality"),
        mail("al016", "2026-12-15T03:12", ("Event Registry Europe", "confirm@eventregistry-eu.net"),
             "Registration DalaLab 2027 – please confirm your participant listing",
             "Dear organiser,\n\n"
             "Your event \"DalaLab – Planering för hållbarhet och utvecklingskraft\" (03.05.2027, Falun) has "
             "been pre-registered in the European Event Registry 2027.\n\n"
             "To keep your participants visible, please confirm and update your listing within 7 days. "
             "The annual listing fee of EUR 1 290 applies only to confirmed entries.\n\n"
             "Confirm here: http://eventregistry-eu.net/confirm?id=DL2027-8841\n\n"
             "Event Registry Europe, Registration Department\n",
             X("unknown"),
             "listing scam dressed as a registration, names the event and first date"),
        tg("al017", "2026-12-16T07:58", "Sara Holm", 1873340926,
           "Hej! Jag är sen tidigare anmäld till 3 maj. Kan ni lägga till 22 februari också? "
           "Sara Holm, Rättviks kommun",
           X("change", [P("Sara Holm", None, "Rättviks kommun")], [S1, S4]),
           "Telegram: adds a session to an existing signup; sessions after the change"),
        mail("al018", "2026-12-17T09:03", ("Henrik Åström", "henrik.astrom@avesta.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             "Hej igen!\n\nGlömde skriva i min anmälan att jag är glutenfri – tacksam om ni kan notera det "
             "till fika och lunch.\n\n/Henrik\n\n"
             "> Tack för din anmälan till DalaLab. Du är anmäld till 3 maj, 21 september, 29 november 2027\n"
             "> och 22 februari 2028.\n",
             X("change", [P("Henrik Åström", "henrik.astrom@avesta.se", "Avesta kommun", diet="glutenfri")], [],
               diet="glutenfri"),
             "diet update as a reply to the confirmation that quotes all dates; no session named → []"),
        mail("al019", "2026-12-18T14:30", ("Camilla Öhman", "camilla.ohman@vansbro.se"),
             "Ytterligare en från Vansbro",
             "Hej!\n\nVår nyanställde planerare Tobias Berg vill också vara med i DalaLab, på alla träffar. "
             "Han har inte fått någon e-postadress hos oss än, så svara gärna till mig så länge.\n\n"
             "(Jag själv har ju redan anmält mig.)\n\n"
             "Vänliga hälsningar\nCamilla Öhman\nVansbro kommun\n",
             X("register", [P("Tobias Berg", None, "Vansbro kommun")], ALL),
             "registers a colleague without an address; sender already signed up, so not among people"),
        mail("al020", "2026-12-21T16:47", ("Mats Eriksson", "mats.eriksson@smedjebacken.se"),
             "Autosvar: Bekräftelse på anmälan – DalaLab",
             "Hej!\n\nJag är ledig över jul och nyår och är tillbaka måndag 11 januari. "
             "Mejlet läses inte under ledigheten.\n\n"
             "God jul och gott nytt år!\nMats Eriksson, Smedjebackens kommun\n",
             X("auto_reply"),
             "Christmas out-of-office in reply to a confirmation"),
        # --- January -----------------------------------------------------------------------------------
        mail("al021", "2027-01-07T08:12", ("Göran Alm", "goran.alm@falun.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nEmma skickade detta till mig före jul i stället för till dig – jag vidarebefordrar "
             "så att hennes anmälan kommer rätt. Gott nytt år!\n\n"
             "Göran Alm\nPlanchef, Falu kommun\n\n"
             "Från: Kvist Emma <emma.kvist@falun.se>\n"
             "Skickat: den 18 december 2026 15:20\n"
             "Till: Alm Göran <goran.alm@falun.se>\n"
             "Ämne: SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
             "Hej Göran!\n\nJag skulle gärna vilja vara med på alla träffarna utom den i februari, då är jag "
             "föräldraledig. Kan du anmäla mig?\n\n/Emma\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 1 december 2026 08:02\n"
             "Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
             "Hej! Region Dalarna bjuder in till lärprojektet DalaLab, fyra träffar: 3 maj, 21 september och "
             "29 november 2027 samt 22 februari 2028. ...\n",
             X("register", [P("Emma Kvist", "emma.kvist@falun.se", "Falu kommun")], [S1, S2, S3]),
             "forwarded chain: the signup is in the quoted inner mail ('alla utom den i februari'); "
             "forwarding manager not attending"),
        tg("al022", "2027-01-08T13:15", "Daniel Warg", 7344019562,
           "Hi! Daniel Warg here, planner at Ludvika kommun. Please sign me up for the first session only "
           "(3 May). Thanks!",
           X("register", [P("Daniel Warg", None, "Ludvika kommun")], [S1]),
           "Telegram in English, ordinal and date"),
        mail("al023", "2027-01-11T10:30", ("HR Borlänge kommun", "hr@borlange.se"),
             "Ändring deltagare DalaLab",
             "Hej,\n\nPernilla Stark på samhällsbyggnadsförvaltningen avslutar sin anställning hos oss den "
             "31 januari och kommer därför inte att delta i DalaLab. Någon ersättare är inte utsedd ännu; "
             "enhetschefen återkommer om det blir aktuellt.\n\n"
             "Med vänlig hälsning\nHR-avdelningen\nBorlänge kommun\n",
             X("cancel", [P("Pernilla Stark", None, "Borlänge kommun")], ALL),
             "HR mailbox withdraws a colleague without substitute under 'Ändring'; no address for her in text"),
        mail("al024", "2027-01-12T11:48", ("Lena Ek", "lena.ek@mora.se"),
             "Byte av person 21 september",
             "Hej Linnea,\n\nJag är anmäld till alla träffar men har fått förhinder den 21 september. Min "
             "kollega Maria Dahl (maria.dahl@mora.se) går i mitt ställe den dagen. Övriga träffar går jag på "
             "som planerat.\n\nTack!\nLena Ek\nMora kommun\n",
             X("change", [P("Lena Ek", "lena.ek@mora.se", "Mora kommun"),
                          P("Maria Dahl", "maria.dahl@mora.se", "Mora kommun")], [S2]),
             "substitution for one session only; the one leaving keeps the rest"),
        mail("al025", "2027-01-14T15:05", ("Ylva Hedin", "ylva.hedin@leksand.se"),
             "Material från träffarna",
             "Hej!\n\nUndrar om presentationerna från träffarna kommer att skickas ut efteråt, så att jag kan "
             "dela dem med kollegorna som inte är med.\n\nHälsningar\nYlva Hedin, Leksands kommun\n",
             X("question"),
             "question without a question mark"),
        tg("al026", "2027-01-18T20:41", "Ida Mattsson", 2299817643,
           "Hej, jag skulle vilja anmäla mig till höstens träff. Ida Mattsson, Älvdalens kommun",
           X("register", [P("Ida Mattsson", None, "Älvdalens kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular with two autumn sessions → both, unsure"),
        mail("al027", "2027-01-20T09:37", ("Roger Dahlqvist", "roger.dahlqvist@lansstyrelsen.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nFrån Länsstyrelsen vill jag gärna delta på träffen om att planera för osäkerheter och "
             "den om tillgänglighet. De två första tillfällena täcks av en kollega som bevakar ÖP-frågorna "
             "på annat sätt.\n\n"
             "Mvh\nRoger Dahlqvist\nSamhällsplanerare, Enheten för samhällsbyggnad\nLänsstyrelsen Dalarna\n"
             "010-225 00 00\n\n"
             "Från: Hassis Linnea\nSkickat: den 1 december 2026 08:02\nÄmne: Inbjudan: DalaLab\n\n" + quoted(INVITE.split("\n\n", 1)[1]),
             X("register", [P("Roger Dahlqvist", "roger.dahlqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S3, S4]),
             "sessions by theme against a quoted invitation; a colleague mentioned who is not signed up"),
        mail("al028", "2027-01-22T08:20", ("Kristina Bylund", "kristina.bylund@gagnef.se"),
             "Radera mina uppgifter",
             "Hej,\n\nJag har fått er inbjudan till DalaLab men vet inte hur ni har fått min adress. Jag vill "
             "inte vara med på några utskick och begär att ni raderar alla personuppgifter ni har om mig "
             "(art. 17 dataskyddsförordningen).\n\nKristina Bylund\n",
             X("erasure", [P("Kristina Bylund", "kristina.bylund@gagnef.se", "Gagnefs kommun")]),
             "erasure request from an invitee who never signed up"),
        tg("al029", "2027-01-25T06:55", "Johan L", 5120334871,
           "god morgon! kan tyvärr inte 29/11, har semester då. övriga står kvar. /Johan Lindkvist, Orsa",
           X("cancel", [P("Johan Lindkvist", None, "Orsa kommun")], [S3]),
           "Telegram: drops one session, keeps the rest"),
        mail("al030", "2027-01-27T13:26", ("Hanna Wester", "hanna.wester@malung-salen.se"),
             "Anmälan DalaLab",
             "Hej!\n\nJag vill också anmäla mig till DalaLab, alla fyra träffarna. Min kollega Ulf Boman "
             "anmälde sig redan i december och hans anmälan gäller som förut.\n\n"
             "Hälsningar\nHanna Wester\nMalung-Sälens kommun\nTfn 0280-181 00\n",
             X("register", [P("Hanna Wester", "hanna.wester@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "'min kollegas anmälan gäller som förut': only the sender is registered"),
        # --- February ----------------------------------------------------------------------------------
        mail("al031", "2027-02-01T10:02", ("Helena Granath", "helena.granath@falun.se"),
             "dalalab 3 maj",
             "hej! anna lund kan inte komma den 3 maj. erik ström går istället. "
             "resten av träffarna är anna med som vanligt.\n\nhälsningar helena, planavdelningens kansli\n",
             X("change", [P("Anna Lund", None, "Falu kommun"), P("Erik Ström", None, "Falu kommun")], [S1]),
             "lower-case third-party substitution by a secretary; no addresses"),
        mail("al032", "2027-02-03T02:48", ("Kundreskontra", "faktura@konferens-administration.com"),
             "Faktura 2027-0231 – deltagaravgift DalaLab",
             "Hej,\n\nBifogat finner ni faktura avseende deltagaravgift för DalaLab 2027 (4 tillfällen).\n\n"
             "Belopp: 4 950 kr inkl. moms\nBankgiro: 5841-2296\nOCR: 20270231\nFörfallodag: 2027-02-17\n\n"
             "Vid frågor, kontakta kundreskontran.\n",
             X("unknown"),
             "invoice scam naming the event and its four sessions"),
        mail("al033", "2027-02-05T14:18", ("Elin Rask", "elin.rask@orsa.se"),
             "Byte av datum",
             "Hej!\n\nJag är anmäld till 21 spetember men skulle vilja byta till 29 novmber istället om det "
             "går bra?\n\nTack på förhand\nElin Rask\nOrsa kommun\n",
             X("change", [P("Elin Rask", "elin.rask@orsa.se", "Orsa kommun")], [S3]),
             "bare swap with misspelled month names → the new session only"),
        mail("al034", "2027-02-09T09:45", ("Lars Holmgren", "lars.holmgren@avesta.se"),
             "Anmälan två deltagare Avesta",
             "Hej Linnea,\n\nUtöver Henrik som redan är anmäld vill vi skicka två till från Avesta till hela "
             "DalaLab:\n\n"
             "- Fredrik Nyman, fredrik.nyman@avesta.se\n"
             "- Lisa Wik (saknar egen mejl just nu, går via mig). Lisa är laktosintolerant.\n\n"
             "Själv kan jag inte delta.\n\n"
             "Med vänliga hälsningar\nLars Holmgren\nSektionschef Samhällsbyggnad, Avesta kommun\n",
             X("register", [P("Fredrik Nyman", "fredrik.nyman@avesta.se", "Avesta kommun"),
                            P("Lisa Wik", None, "Avesta kommun", diet="laktosintolerant")], ALL,
               diet="laktosintolerant"),
             "manager registers two (one without address, with diet); already-registered colleague named"),
        mail("al035", "2027-02-12T08:01", ("Ylva Hedin", "ylva.hedin@leksand.se"),
             "Läst: SV: Material från träffarna",
             "Ditt meddelande\n\n  Till: Ylva Hedin\n  Ämne: SV: Material från träffarna\n"
             "  Skickat: den 11 februari 2027 16:40\n\nlästes den 12 februari 2027 08:01.\n",
             X("auto_reply"),
             "read receipt"),
        tg("al036", "2027-02-15T12:20", "Karin N", 3388120574,
           "hur många från hedemora är anmälda hittills, vi funderar på att skicka en tredje",
           X("question"),
           "Telegram quota question without question mark"),
        mail("al037", "2027-02-18T10:10", ("Petra Sundin", "petra.sundin@regiondalarna.se"),
             "DalaLab",
             "Hej Linnea!\n\nKan du skriva upp mig på den andra och den fjärde träffen? Jag jobbar ju med "
             "kollektivtrafikplaneringen så tillgänglighetsträffen är given, och den om utvecklingsinriktning "
             "vill jag inte missa.\n\nKram\nPetra\n",
             X("register", [P("Petra Sundin", "petra.sundin@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "internal colleague, sessions by ordinal and confirmed by theme"),
        mail("al038", "2027-02-24T18:52", ("Kim Sandberg", "kim.sandberg@sater.se"),
             "Anmälan",
             "Anmäler mig till 3/5 och 22/2. /Kim\n\nSkickat från min iPhone\n",
             X("register", [P("Kim Sandberg", "kim.sandberg@sater.se", "Säters kommun")], [S1, S4]),
             "phone mail, numeric dates (22/2 is the 2028 session), name only in From"),
        # --- March -------------------------------------------------------------------------------------
        mail("al039", "2027-03-01T11:33", ("Mats Eriksson", "mats.eriksson@smedjebacken.se"),
             "SV: Bekräftelse på anmälan – DalaLab",
             "Hej!\n\nDet har dykt upp en fullmäktigedragning den 21 september. Går det att flytta mig till "
             "22 februari i stället? Annars får ni stryka mig den dagen.\n\n"
             "Mats\n\n"
             "> Du är anmäld till: 21 september 2027, 29 november 2027.\n",
             X("change", [P("Mats Eriksson", "mats.eriksson@smedjebacken.se", "Smedjebackens kommun")], [S4],
               unsure=["change-or-cancel"]),
             "swap with a fallback cancel; quoted confirmation lists the current sessions"),
        tg("al040", "2027-03-08T17:05", "Malin Ek", 4410293386,
           "Hej! Vill anmäla mig till alla träffar i DalaLab. Äter vegan. Malin Ek, Länsstyrelsen",
           X("register", [P("Malin Ek", None, "Länsstyrelsen Dalarna", diet="vegan")], ALL, diet="vegan"),
           "Telegram signup with diet; 'Länsstyrelsen' without 'Dalarna'"),
        mail("al041", "2027-03-15T08:40", ("Per Hagström", "per.hagstrom@hedemora.se"),
             "Avanmälan Hedemora",
             "Hej,\n\nPå grund av en omorganisation måste Karin Nordin och jag tyvärr dra oss ur DalaLab helt. "
             "Stryk oss båda från alla träffar. Vi hoppas kunna vara med en annan gång!\n\n"
             "Per Hagström\nHedemora kommun\n",
             X("cancel", [P("Karin Nordin", None, "Hedemora kommun"),
                          P("Per Hagström", "per.hagstrom@hedemora.se", "Hedemora kommun")], ALL),
             "sender cancels himself and a colleague, whole signup"),
        mail("al042", "2027-03-22T13:57", ("Jonas Sjödin", "jonas.sjodin@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag hänger på de två första träffarna. Vad gäller november och februari får jag "
             "återkomma när vi vet mer om budgeten för nästa år.\n\n"
             "Med vänlig hälsning\n\nJonas Sjödin\nÖversiktsplanerare | Samhällsbyggnadsförvaltningen\n"
             "Ludvika kommun\n771 82 Ludvika\nBesök: Stationsgatan 18\nTel: 0240-860 00 | Mobil: 072-551 09 83\n"
             "jonas.sjodin@ludvika.se | www.ludvika.se\n\n"
             "När du skickar e-post till Ludvika kommun behandlar vi dina personuppgifter enligt "
             "dataskyddsförordningen. Läs mer på www.ludvika.se/gdpr\n\n"
             "-----Ursprungligt meddelande-----" + INVITE,
             X("register", [P("Jonas Sjödin", "jonas.sjodin@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "'de två första' in an Outlook reply with long signature, GDPR footer and quoted invitation"),
        # --- April, up to the deadline -----------------------------------------------------------------
        mail("al043", "2027-04-01T21:14", ("Jenny Falk", "jennyfalk82@gmail.com"),
             "Anmälan DalaLab (skickar från privata mejlen)",
             "Hej!\n\nSkriver från min privata adress eftersom jobbmejlen krånglar i kväll. Jag vill anmäla mig "
             "till DalaLab, alla fyra träffarna. Min jobbadress är jenny.falk@ludvika.se – använd gärna den "
             "för bekräftelse och utskick.\n\nJenny Falk\nLudvika kommun\n",
             X("register", [P("Jenny Falk", "jenny.falk@ludvika.se", "Ludvika kommun")], ALL),
             "sent from a private address; the work address in the text wins"),
        tg("al044", "2027-04-07T10:26", "Oskar Nilsson", 6673021984,
           "Sista anmälningsdag är väl 14 april. Vill bara dubbelkolla innan jag pratar med chefen",
           X("question"),
           "Telegram question without question mark, names the deadline"),
        tg("al045", "2027-04-09T15:38", "Oskar Nilsson", 6673021984,
           "tjena igen! nu har chefen sagt ja 🙂 jag o min kollega Petter Olsson från Rättvik vill vara med på "
           "alla utom den första",
           X("register", [P("Oskar Nilsson", None, "Rättviks kommun"), P("Petter Olsson", None, "Rättviks kommun")],
             [S2, S3, S4]),
           "Telegram: sender named only by display name, plus a colleague; 'alla utom den första'"),
    ]
