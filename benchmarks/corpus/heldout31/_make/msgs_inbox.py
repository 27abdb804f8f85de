from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:14
Till: {to}
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft,
för er som arbetar med strategisk översiktsplanering och planeringsstrategier.

Lärprojektet består av fyra träffar:
  3 maj 2027, Falun (fika från 09.30, start 10.00) – Hållbar utveckling i ett rumsligt perspektiv
    och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
  21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
  29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027
till linnea.hassis@regiondalarna.se. Ange eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna
"""

INV_LATIN = INV.replace("–", "-")

INV_HTML = """<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 1 december 2026 10:14<br>
<b>Ämne:</b> Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft</p></div>
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">Region Dalarna bjuder in till lärprojektet DalaLab. Lärprojektet består av fyra träffar:</p>
<ul>
<li>3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv</li>
<li>21 september 2027 – Utvecklingsinriktning i ÖP-modellen</li>
<li>29 november 2027 – Önskvärda framtider och osäkerheter</li>
<li>22 februari 2028 – Planera för tillgänglighet</li>
</ul>
<p class="MsoNormal">Anmälan senast 14 april 2027. Upp till tre personer per kommun.</p>
"""


def messages():
    return [
        mail("ah001", "2026-12-02T08:41", ("Sofia Berglund", "sofia.berglund@gagnef.se"), "Anmälan DalaLab",
             "Hej Linnea!\n\nJag vill gärna anmäla mig till DalaLab, alla fyra träffarna.\n\n"
             "Med vänlig hälsning\nSofia Berglund\nÖversiktsplanerare\nGagnefs kommun",
             X("register", [P("Sofia Berglund", "sofia.berglund@gagnef.se", "Gagnefs kommun")], ALL),
             "plain single signup, all four"),

        mail("ah002", "2026-12-02T13:07", ("Holm Anders", "anders.holm@hedemora.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej,\n\nJag anmäler mig härmed till lärprojektet. Specialkost: vegetarisk.\n\n"
             "Vänliga hälsningar\n\nAnders Holm\nPlanarkitekt | Samhällsbyggnadsförvaltningen\n"
             "Hedemora kommun\nBesöksadress: Stadshuset, Åsgatan 28, 776 31 Hedemora\n"
             "Tel: 0225-340 00 (växel) | Direkt: 0225-341 27 | Mobil: 070-312 45 66\nwww.hedemora.se\n\n"
             + INV.format(to="Holm Anders <anders.holm@hedemora.se>"),
             X("register", [P("Anders Holm", "anders.holm@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "Outlook reply above the quoted invitation (quoted dates are not the signup); signature with numbers"),

        tg("ah003", "2026-12-03T21:15", "Jonas E", 5120448731,
           "Hej! Anmäl mig till 3 maj och 29 nov tack. /Jonas Eriksson, Leksand",
           X("register", [P("Jonas Eriksson", None, "Leksands kommun")], [S1, S3]),
           "short Telegram signup with two dates, organisation from the place name"),

        mail("ah004", "2026-12-04T10:22", ("Malin Ek", "malin.ek@ludvika.se"), "Anmälan från Ludvika kommun",
             "<html><body><p>Hej Linnea,</p>"
             "<p>Vi anmäler följande personer från Ludvika kommun till DalaLab (samtliga träffar):</p>"
             "<table border=\"1\"><tr><th>Namn</th><th>E-post</th><th>Specialkost</th></tr>"
             "<tr><td>Malin Ek</td><td>malin.ek@ludvika.se</td><td>-</td></tr>"
             "<tr><td>Peter Sandström</td><td>peter.sandstrom@ludvika.se</td><td>glutenfri</td></tr>"
             "</table><p>Hälsningar<br>Malin Ek<br>Planeringschef, Ludvika kommun<br>0240-860 00</p>"
             "</body></html>",
             X("register", [P("Malin Ek", "malin.ek@ludvika.se", "Ludvika kommun"),
                            P("Peter Sandström", "peter.sandstrom@ludvika.se", "Ludvika kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "HTML-only mail with a table of two people, diet for one", html=True),

        mail("ah005", "2026-12-07T09:03", ("Åsa Öhrn", "asa.ohrn@rattvik.se"), "Anmälan till träffen i Falun",
             "Hej!\n\nJag anmäler mig till första träffen i Falun den 3 maj. Laktosfri kost, tack.\n\n"
             "Hälsningar\nÅsa Öhrn\nRättviks kommun, Samhällsbyggnad\nStröms väg 1, 795 80 Rättvik",
             X("register", [P("Åsa Öhrn", "asa.ohrn@rattvik.se", "Rättviks kommun", diet="laktosfri")], [S1],
               diet="laktosfri"),
             "iso-8859-1 single signup for the first session only", charset="iso-8859-1"),

        mail("ah006", "2026-12-01T10:20", ("Per Granlund", "per.granlund@mora.se"),
             "Autosvar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Tack för ditt mejl!\n\nJag är ledig till och med den 8 januari 2027 och läser inte min e-post. "
             "Vid brådskande ärenden, kontakta Mora kommuns växel 0250-260 00.\n\nPer Granlund\nMora kommun",
             X("auto_reply"),
             "out-of-office reply to the invitation"),

        mail("ah007", "2026-12-01T10:16", ("Mail Delivery System", "MAILER-DAEMON@mail.regiondalarna.se"),
             "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Delivery has failed to these recipients or groups:\n\nkarl.berg@smedjebacken.se\n"
             "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
             "and try to resend the message.\n\nDiagnostic information for administrators:\n"
             "Generating server: mail.regiondalarna.se\nkarl.berg@smedjebacken.se\n"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\nSubject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft\n"
             "Date: Tue, 1 Dec 2026 10:14:02 +0100",
             X("auto_reply"),
             "bounce of the invitation (NDR)"),

        mail("ah008", "2026-12-09T06:55", ("Nordic Event Register", "billing@nordic-event-register.eu"),
             "Registrering av er anmälan – DalaLab 2027",
             "Bästa kund,\n\nVi har mottagit uppgifter om ert evenemang \"DalaLab – Planering för hållbarhet\" "
             "(3 maj 2027, Falun). För att evenemanget ska publiceras i Nordic Event Register 2027 "
             "ber vi er bekräfta registreringen genom att betala bifogad avgift.\n\n"
             "Registreringsavgift: 8 950 SEK exkl. moms\nBetalas till bankgiro 5512-0934 inom 10 dagar.\n\n"
             "Genom betalning godkänner ni ett treårigt abonnemang enligt våra villkor.\n\n"
             "Med vänliga hälsningar\nRegistreringsavdelningen",
             X("unknown"),
             "listing/invoice scam dressed as registration"),

        mail("ah009", "2026-12-10T07:30", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev om översiktsplanering – december 2026",
             "Nyhetsbrev från Boverket\n\nI detta nummer:\n"
             "- Ny vägledning om planeringsstrategier enligt 3 kap. PBL\n"
             "- Webbinarium: Utvecklingsinriktning i ÖP-modellen, 21 januari 2027\n"
             "- Boverket medverkar i regionala lärprojekt under 2027, bland annat i Dalarna den 3 maj\n\n"
             "Anmäl dig till webbinariet på boverket.se/webbinarier.\n\n"
             "Du får detta nyhetsbrev eftersom du prenumererar på Boverkets nyhetsbrev om översiktsplanering.\n"
             "Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avregistrera",
             X("unknown"),
             "newsletter mentioning the event and dates; not a signup, not auto_reply"),

        mail("ah010", "2026-12-11T14:48", ("Ingrid Mård", "ingrid.mard@alvdalen.se"), "Fråga om DalaLab",
             "Hej Linnea!\n\nJag funderar på att anmäla mig men vill först veta lite mer. Ingår lunch vid "
             "träffen i Falun den 3 maj, eller ska vi ordna det själva? Och hur långt är det från Falu "
             "resecentrum till lokalen?\n\nTack på förhand!\nIngrid Mård\nÄlvdalens kommun",
             X("question"),
             "question with hesitation, no signup yet"),

        mail("ah011", "2026-12-14T11:02", ("Anna Karlsson", "anna.karlsson@avesta.se"), "Anmälan DalaLab",
             "Hej,\n\nJag skriver å vägnar av vår samhällsbyggnadschef Lars Nyberg, som vill anmäla sig till "
             "samtliga träffar i DalaLab. Hans e-post är lars.nyberg@avesta.se.\n\n"
             "Vänligen\nAnna Karlsson\nAssistent, Samhällsbyggnadsförvaltningen\nAvesta kommun\n0226-64 50 00",
             X("register", [P("Lars Nyberg", "lars.nyberg@avesta.se", "Avesta kommun")], ALL),
             "secretary registers her boss; sender not among people"),

        mail("ah012", "2026-12-15T16:33", ("Tomasz Wiśniewski", "tomasz.wisniewski@falun.se"),
             "Registration DalaLab",
             "Hi Linnea,\n\nI'm a planner at Falun municipality and would like to sign up for the first two "
             "sessions, 3 May and 21 September. My Swedish is still a bit basic, so I hope English is fine.\n\n"
             "I have a nut allergy.\n\nBest regards,\nTomasz Wiśniewski\nSamhällsbyggnadsförvaltningen, Falu kommun",
             X("register", [P("Tomasz Wiśniewski", "tomasz.wisniewski@falun.se", "Falu kommun",
                              diet="nut allergy")], [S1, S2], diet="nut allergy"),
             "English signup for two sessions with a diet"),

        mail("ah013", "2027-01-08T08:15", ("Erik Lund", "erik.lund@orsa.se"), "Avanmälan DalaLab",
             "Hej!\n\nTyvärr måste jag avanmäla mig från DalaLab, jag har fått ett nytt jobb och slutar "
             "i Orsa kommun i februari.\n\nTack för mig!\nErik Lund",
             X("cancel", [P("Erik Lund", "erik.lund@orsa.se", "Orsa kommun")], ALL),
             "full cancellation naming no session"),

        tg("ah014", "2027-01-10T19:42", "Maria J", 6031127745,
           "Hej! Jag kan tyvärr inte komma den 21/9, men de andra träffarna står kvar. Maria Jonsson, Säters kommun",
           X("cancel", [P("Maria Jonsson", None, "Säters kommun")], [S2]),
           "partial cancellation of one session on Telegram"),

        mail("ah015", "2027-01-12T10:51", ("Helena Ström", "helena.strom@borlange.se"), "Byte av träff",
             "Hej Linnea,\n\nJag skulle vilja byta 29 november mot 22 februari 2028 om det går bra.\n\n"
             "Hälsningar\nHelena Ström\nBorlänge kommun",
             X("change", [P("Helena Ström", "helena.strom@borlange.se", "Borlänge kommun")], [S4]),
             "bare swap: only the new session"),

        mail("ah016", "2027-01-14T13:20", ("Kerstin Mattsson", "kerstin.mattsson@smedjebacken.se"),
             "Ersättare 3 maj",
             "Hej!\n\nJag är anmäld till alla fyra träffarna men kan tyvärr inte den 3 maj. Min kollega "
             "Olof Persson (olof.persson@smedjebacken.se) går i mitt ställe den dagen. Resten går jag på själv.\n\n"
             "Mvh\nKerstin Mattsson\nSmedjebackens kommun\nTel 0240-660 00",
             X("change", [P("Kerstin Mattsson", "kerstin.mattsson@smedjebacken.se", "Smedjebackens kommun"),
                          P("Olof Persson", "olof.persson@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "substitution for one session: both people, the substitute's session"),

        tg("ah017", "2027-01-18T07:58", "Hanna Sjöberg", 5988120034,
           "Hej, jag är redan anmäld till 3 maj. Kan ni lägga till 21 sept också? /Hanna Sjöberg, Ludvika kommun",
           X("change", [P("Hanna Sjöberg", None, "Ludvika kommun")], [S1, S2]),
           "adding a session: sessions after the change"),

        mail("ah018", "2027-01-20T15:05", ("Peter Sandström", "peter.sandstrom@ludvika.se"), "Ändrad specialkost",
             "Hej!\n\nJag är anmäld till alla fyra träffarna i DalaLab. I anmälan stod det glutenfri för mig, "
             "men det blev fel – det ska vara laktosfri.\n\nTack!\nPeter Sandström\nLudvika kommun",
             X("change", [P("Peter Sandström", "peter.sandstrom@ludvika.se", "Ludvika kommun", diet="laktosfri")],
               ALL, diet="laktosfri"),
             "diet correction; old diet mentioned but the new one counts"),

        mail("ah019", "2027-01-22T09:37", ("Rolf Gustafsson", "rolf.gustafsson@smedjebacken.se"),
             "Radering av personuppgifter",
             "Hej,\n\nJag har fått er inbjudan till DalaLab men är inte intresserad. Med hänvisning till "
             "dataskyddsförordningen begär jag att ni raderar mina personuppgifter ur era utskickslistor.\n\n"
             "Rolf Gustafsson",
             X("erasure"),
             "GDPR erasure request"),

        mail("ah020", "2027-01-25T11:44", ("Bengt Axelsson", "bengt.axelsson@vansbro.se"),
             "VB: SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nJohan vill gärna vara med, se nedan. Kan du anmäla honom till alla träffarna?\n\n"
             "/Bengt Axelsson, förvaltningschef, Vansbro kommun\n\n"
             "Från: Dahl Johan <johan.dahl@vansbro.se>\nSkickat: den 25 januari 2027 09:12\n"
             "Till: Axelsson Bengt <bengt.axelsson@vansbro.se>\nÄmne: SV: Inbjudan: DalaLab\n\n"
             "Ja, det låter jättebra, jag vill gärna gå!\n\nJohan\n\n"
             "Från: Axelsson Bengt <bengt.axelsson@vansbro.se>\nSkickat: den 24 januari 2027 16:40\n"
             "Till: Dahl Johan <johan.dahl@vansbro.se>\nÄmne: VB: Inbjudan: DalaLab\n\n"
             "Är detta något för dig?\n\n" + INV.format(to="Axelsson Bengt <bengt.axelsson@vansbro.se>"),
             X("register", [P("Johan Dahl", "johan.dahl@vansbro.se", "Vansbro kommun")], ALL),
             "forwarded chain; manager registers the colleague whose address is in the quoted reply"),

        mail("ah021", "2027-01-27T14:10", ("Karin Lindqvist", "karin.lindqvist@mora.se"), "Anmälan Mora kommun",
             "Hej!\n\nVi anmäler oss tre från Mora kommun till DalaLab:\n\n"
             "Lindqvist, Karin\nBackman, Nils\nHedlund, Emma\n\n"
             "Ingen specialkost.\n\nMvh Karin Lindqvist\nMora kommun",
             X("register", [P("Karin Lindqvist", "karin.lindqvist@mora.se", "Mora kommun"),
                            P("Nils Backman", None, "Mora kommun"),
                            P("Emma Hedlund", None, "Mora kommun")], ALL),
             "list 'Efternamn, Förnamn' including the sender; others without addresses"),

        mail("ah022", "2027-01-29T10:05", ("Jenny Åkesson", "jenny.akesson@falun.se"), "Fler än tre deltagare?",
             "Hej,\n\nVi är fyra på planeringsavdelningen i Falun som gärna vill vara med i DalaLab. "
             "Går det att vara fler än tre från samma kommun, eller finns det en reservlista?\n\n"
             "Hälsningar\nJenny Åkesson\nFalu kommun",
             X("question"),
             "quota question, no one named for signup"),

        mail("ah023", "2027-01-12T13:47", ("Ulla Björk", "ulla.bjork@avesta.se"), "Läst: Bekräftelse anmälan DalaLab",
             "Ditt meddelande\n\n    Till: Björk Ulla\n    Ämne: Bekräftelse anmälan DalaLab\n"
             "    Skickat: den 12 januari 2027 09:03\n\nlästes den 12 januari 2027 13:47.",
             X("auto_reply"),
             "read receipt"),

        mail("ah024", "2027-02-01T03:12", ("Region Dalarna IT-support", "it-support@regiondalarna-secure.com"),
             "Åtgärd krävs: din brevlåda är nästan full",
             "Hej linnea.hassis@regiondalarna.se,\n\nDin brevlåda har nått 98 % av sin kapacitet. Inkommande "
             "e-post, till exempel anmälningar, kommer att avvisas inom 24 timmar.\n\n"
             "Verifiera ditt konto här för att utöka lagringen: https://regiondalarna-secure.com/owa/verify\n\n"
             "IT-support Region Dalarna",
             X("unknown"),
             "phishing; mentions registrations but unrelated to the event"),

        tg("ah025", "2027-02-02T12:30", "Lena P", 7003318822,
           "hi! please register me for all sessions. Lena Pettersson, Region Dalarna",
           X("register", [P("Lena Pettersson", None, "Region Dalarna")], ALL),
           "English Telegram signup, all sessions"),

        mail("ah026", "2027-02-03T09:18", ("Fredrik Olsson", "fredrik.olsson@falun.se"), "DalaLab",
             "Hej Linnea,\n\nJag anmäler mig till höstens två träffar.\n\nTack!\n\n"
             "--\nFredrik Olsson\nStrategisk planerare\nStadsbyggnadsförvaltningen | Falu kommun\n"
             "Postadress: 791 83 Falun\nBesöksadress: Stadshuset, Slaggatan 13\n"
             "Telefon: 023-830 00 | Direkt: 023-825 14 | Mobil: 072-550 03 29\n"
             "Org.nr: 212000-2221\nwww.falun.se\n\n"
             "När du skickar e-post till Falu kommun behandlar vi dina personuppgifter enligt GDPR. "
             "Läs mer på www.falun.se/gdpr",
             X("register", [P("Fredrik Olsson", "fredrik.olsson@falun.se", "Falu kommun")], [S2, S3]),
             "'höstens två träffar' = 21 Sep and 29 Nov; long signature full of numbers"),

        mail("ah027", "2027-02-05T15:40", ("Mats Hedin", "mats.hedin@gagnef.se"), "Anmälan",
             "Hej!\n\nJag har tyvärr fullt under våren och vintern, men jag kan komma på höstens träff. "
             "Anmäl mig gärna till den.\n\nMvh Mats Hedin\nGagnefs kommun",
             X("register", [P("Mats Hedin", "mats.hedin@gagnef.se", "Gagnefs kommun")], [S2, S3],
               unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions: both candidates, unsure"),

        mail("ah028", "2027-02-08T08:26", ("Göran Ersson", "goran.ersson@alvdalen.se"), "Anmälan DalaLab",
             "Hej,\n\nJag anmäler mig till alla träffar utom den i november.\n\nHälsningar\nGöran Ersson\n"
             "Älvdalens kommun",
             X("register", [P("Göran Ersson", "goran.ersson@alvdalen.se", "Älvdalens kommun")], [S1, S2, S4]),
             "'alla utom den i november'"),

        tg("ah029", "2027-02-09T22:04", "Peter", 6120937741,
           "hej anmäl mig o min kollega sara nilsson till 3/5. jag heter peter lind, malung",
           X("register", [P("Peter Lind", None, "Malung-Sälens kommun"),
                          P("Sara Nilsson", None, "Malung-Sälens kommun")], [S1]),
           "lower-case Telegram, sender and colleague, numeric date"),

        mail("ah030", "2027-02-10T10:00", ("Samhällsbyggnad Hedemora", "samhallsbyggnad@hedemora.se"),
             "Avanmälan deltagare",
             "Hej,\n\nVår planarkitekt Jenny Hall har slutat hos oss. Vänligen avanmäl henne från DalaLab.\n\n"
             "Med vänlig hälsning\nSamhällsbyggnadsförvaltningen\nHedemora kommun",
             X("cancel", [P("Jenny Hall", None, "Hedemora kommun")], ALL),
             "function mailbox cancels a former colleague; no address for her"),

        mail("ah031", "2027-02-12T09:30", ("Camilla Westin", "camilla.westin@lansstyrelsen.se"),
             "Automatic reply: Bekräftelse anmälan DalaLab",
             "Thank you for your message. I am out of the office until 22 February 2027 with limited access "
             "to e-mail. For urgent matters please contact Länsstyrelsen Dalarna, 010-225 00 00.\n\n"
             "Tack för ditt mejl. Jag är tjänstledig till och med 22 februari 2027.",
             X("auto_reply"),
             "bilingual out-of-office with a date"),

        mail("ah032", "2027-02-15T13:13", ("Ida Wallin", "ida.wallin@regiondalarna.se"), "Anmälan 3 maj",
             "Hej Linnea!\n\nJag och Mikael Sund från Länsstyrelsen (mikael.sund@lansstyrelsen.se) vill anmäla "
             "oss till träffen den 3 maj.\n\n/Ida Wallin\nRegion Dalarna, Regional utveckling",
             X("register", [P("Ida Wallin", "ida.wallin@regiondalarna.se", "Region Dalarna"),
                            P("Mikael Sund", "mikael.sund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "two organisations in one mail"),

        tg("ah033", "2027-02-17T18:22", "Linda", 5544100923,
           "hej, måste man gå på alla fyra träffarna eller kan man välja? funderar på att anmäla mig men vet "
           "inte om jag hinner",
           X("question"),
           "question with hesitation on Telegram"),

        mail("ah034", "2027-02-19T11:09", ("Nyström Cecilia", "cecilia.nystrom@borlange.se"),
             "SV: Inbjudan: DalaLab - Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag anmäler mig till den 21:a september och den 29:e november. Jag äter vegansk kost.\n\n"
             "Mvh\nCecilia Nyström\nSamhällsbyggnadsförvaltningen, Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\n"
             "Tfn 0243-740 00\n\n" + INV_LATIN.format(to="Nyström Cecilia <cecilia.nystrom@borlange.se>"),
             X("register", [P("Cecilia Nyström", "cecilia.nystrom@borlange.se", "Borlänge kommun",
                              diet="vegansk")], [S2, S3], diet="vegansk"),
             "iso-8859-1 Outlook reply with quoted invitation; two ordinal dates", charset="iso-8859-1"),

        tg("ah035", "2027-02-22T08:47", "Maria Holm", 6200481150,
           "hej! anna berg kan inte gå på träffarna längre, istället tar jonas ek hennes plats på alla fyra. "
           "han har mejl jonas.ek@orsa.se. /maria holm, enhetschef orsa kommun",
           X("change", [P("Anna Berg", None, "Orsa kommun"), P("Jonas Ek", "jonas.ek@orsa.se", "Orsa kommun")],
             ALL),
           "lower-case third-party substitution; sender not among people"),

        mail("ah036", "2027-02-24T10:31", ("Gunilla Rask", "gunilla.rask@leksand.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body lang=\"SV\"><div class=\"WordSection1\">"
             "<p class=\"MsoNormal\">Hej Linnea,</p>"
             "<p class=\"MsoNormal\">Jag anmäler mig till alla träffarna. Jag behöver glutenfri kost.</p>"
             "<p class=\"MsoNormal\">Vänliga hälsningar<br><b>Gunilla Rask</b><br>Översiktsplanerare<br>"
             "Leksands kommun<br>Tel. 0247-800 00</p>"
             + INV_HTML + "</div></body></html>",
             X("register", [P("Gunilla Rask", "gunilla.rask@leksand.se", "Leksands kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "HTML-only Outlook reply with the invitation quoted in HTML", html=True),

        mail("ah037", "2027-03-01T06:00", ("planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
             "[planerare-dalarna] Sammanfattning, volym 12, nummer 3",
             "Skicka bidrag till listan till planerare-dalarna@lists.regiondalarna.se\n\n"
             "Dagens ämnen:\n   1. Samåkning till DalaLab 3 maj? (Olle Vik)\n"
             "   2. Re: Dagvattenpolicy (Stina Lund)\n\n"
             "----------------------------------------------------------------------\n\n"
             "Meddelande: 1\nFrån: Olle Vik <olle.vik@orsa.se>\nÄmne: Samåkning till DalaLab 3 maj?\n\n"
             "Är det någon från norra Dalarna som kör till Falun den 3 maj och har en plats över?\n\n"
             "Meddelande: 2\nFrån: Stina Lund <stina.lund@sater.se>\nÄmne: Re: Dagvattenpolicy\n\n"
             "Vi har en från 2024 som jag kan dela.\n\n"
             "_______________________________________________\n"
             "Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
             X("unknown"),
             "mailing-list digest mentioning the event; not addressed to the registration"),

        tg("ah038", "2027-03-03T12:12", "Elin Hägg", 5890032217,
           "Hej! Vill anmäla mig till DalaLab, alla träffar. Vegetarisk kost tack. "
           "Elin Hägg, Avesta kommun, elin.hagg@avesta.se",
           X("register", [P("Elin Hägg", "elin.hagg@avesta.se", "Avesta kommun", diet="vegetarisk")], ALL,
             diet="vegetarisk"),
           "Telegram signup with an address written in the text"),

        tg("ah039", "2027-03-05T20:50", "R. Lindgren", 6612093384,
           "Hej. Jag vill att ni tar bort alla personuppgifter ni har sparat om mig. Tack.",
           X("erasure"),
           "erasure request on Telegram"),

        mail("ah040", "2027-03-09T14:27", ("Anneli Sjö", "anneli.sjo@vansbro.se"), "Avanmälan 29 november",
             "Hej!\n\nJag och min kollega Linda Åberg kan tyvärr inte komma den 29 november på grund av "
             "budgetarbetet. Vi kommer på de övriga träffarna som planerat.\n\nHälsningar\nAnneli Sjö\nVansbro kommun",
             X("cancel", [P("Anneli Sjö", "anneli.sjo@vansbro.se", "Vansbro kommun"),
                          P("Linda Åberg", None, "Vansbro kommun")], [S3]),
             "partial cancellation for sender and colleague"),

        mail("ah041", "2027-03-12T09:55", ("Sara Lindberg", "sara.lindberg@regiondalarna.se"),
             "RE: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hi Linnea,\n\nPlease register me and my colleague Ahmed Hassan (ahmed.hassan@regiondalarna.se) "
             "for the sessions on 21 September and 22 February 2028. Ahmed is vegan.\n\nThanks!\nSara\n\n"
             "Sara Lindberg | Analyst | Region Dalarna | +46 23 49 00 00\n\n"
             + INV.format(to="Lindberg Sara <sara.lindberg@regiondalarna.se>"),
             X("register", [P("Sara Lindberg", "sara.lindberg@regiondalarna.se", "Region Dalarna"),
                            P("Ahmed Hassan", "ahmed.hassan@regiondalarna.se", "Region Dalarna", diet="vegan")],
               [S2, S4], diet="vegan"),
             "English reply above the Swedish quoted invitation; diet for the colleague only"),

        tg("ah042", "2027-03-18T07:33", "Linus", 6901225576,
           "Hejsan, jag vill anmäla mig till den 3:e maj och den 22:a feb. Linus Berg, Säters kommun",
           X("register", [P("Linus Berg", None, "Säters kommun")], [S1, S4]),
           "ordinal dates on Telegram"),

        mail("ah043", "2027-03-25T10:40", ("Tove Lindahl", "tove.lindahl@malung-salen.se"),
             "Digitalt deltagande?",
             "Hej!\n\nFinns det möjlighet att delta digitalt vid träffen den 21 september? Det är långt att "
             "åka från Sälen för en dag.\n\nHälsningar\nTove Lindahl\nMalung-Sälens kommun",
             X("question"),
             "question about remote participation, names a date"),

        mail("ah044", "2027-04-06T16:02", ("Henrik Nord", "henrik.nord@rattvik.se"), "Anmälan Rättvik",
             "Hej Linnea,\n\nFrån Rättviks kommun anmäls följande till DalaLab:\n\n"
             "- Oskar Lund, oskar.lund@rattvik.se – laktosfri\n"
             "- Petra Nord, petra.nord@rattvik.se\n"
             "- Sven Ahl, sven.ahl@rattvik.se – vegetarisk\n\n"
             "Själv deltar jag inte.\n\nMed vänlig hälsning\nHenrik Nord\nSamhällsbyggnadschef, Rättviks kommun",
             X("register", [P("Oskar Lund", "oskar.lund@rattvik.se", "Rättviks kommun", diet="laktosfri"),
                            P("Petra Nord", "petra.nord@rattvik.se", "Rättviks kommun"),
                            P("Sven Ahl", "sven.ahl@rattvik.se", "Rättviks kommun", diet="vegetarisk")],
               ALL, diet="laktosfri, vegetarisk"),
             "manager registers three colleagues with per-person diets, not himself"),

        tg("ah045", "2027-04-09T11:19", "Kristina Ljung", 5733019846,
           "Hej! Anmäler mig till alla fyra träffarna. Mvh Kristina Ljung, Smedjebackens kommun",
           X("register", [P("Kristina Ljung", None, "Smedjebackens kommun")], ALL),
           "ordinary Telegram signup close to the deadline"),
    ]
