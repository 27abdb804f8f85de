from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITATION = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen. Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med föreläsningar, erfarenhetsutbyte och arbete i grupp.

Träffar
1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering (tillsammans med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

Varmt välkomna!

Linnea Hassis
Region Dalarna"""

REMINDER = """Hej!

En påminnelse om att sista dag för anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag 14 april 2027.

Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15 med fika från 09.30.

Har du redan anmält dig behöver du inte göra något.

Hälsningar
Linnea Hassis, Region Dalarna"""


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def messages():
    return [
        # c046 manager: herself + two colleagues, Outlook reply quoting the invitation
        mail("c046", "2026-12-02T09:14", ("Norrby Camilla", "camilla.norrby@borlange.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\n"
             "Tack för inbjudan, det här ligger helt rätt i tiden för oss. Jag anmäler mig själv samt mina "
             "medarbetare Patrik Hellström och Josefin Ahlberg från Borlänge kommun. Vi vill gärna vara med "
             "på hela lärprojektet.\n\n"
             "Deras e-postadresser och ev. specialkost återkommer jag med när jag har pratat med dem.\n\n"
             "Vänliga hälsningar\n\n"
             "Camilla Norrby\n"
             "Enhetschef Översiktlig planering\n"
             "Samhällsbyggnadsförvaltningen, Borlänge kommun\n"
             "Röda vägen 50, 781 81 Borlänge\n"
             "Tel 0243-740 00 (växel) | Mobil 070-312 48 90\n"
             "camilla.norrby@borlange.se | www.borlange.se\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 26 november 2026 10:02\n"
             "Till: Norrby Camilla <camilla.norrby@borlange.se>\n"
             "Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n"
             + INVITATION,
             X("register", [P("Camilla Norrby", "camilla.norrby@borlange.se", "Borlänge kommun"),
                            P("Patrik Hellström", None, "Borlänge kommun"),
                            P("Josefin Ahlberg", None, "Borlänge kommun")], ALL),
             "manager signs up herself and two colleagues without addresses; 'hela lärprojektet' = all four; "
             "surname-first display name; quoted invitation lists all dates and the deadline"),

        # c047 administrator signs up three others, bullets with addresses
        mail("c047", "2026-12-04T13:26", ("Birgitta Sahlin", "birgitta.sahlin@mora.se"),
             "Anmälan DalaLab – Mora kommun",
             "Hej,\n\n"
             "På uppdrag av vår planchef Ulrika Ståhl anmäler jag följande tre personer från Mora kommun till "
             "DalaLab:\n\n"
             "• Anders Grahn, anders.grahn@mora.se\n"
             "• Lovisa Tapper, lovisa.tapper@mora.se\n"
             "• Kenneth Mård, kenneth.mard@mora.se\n\n"
             "De ska delta på träffarna den 3 maj och den 21 september. Om de två senare träffarna tar vi "
             "beslut i höst när budgeten är klar.\n\n"
             "Ingen av dem har behov av specialkost.\n\n"
             "Med vänlig hälsning\n"
             "Birgitta Sahlin\n"
             "Administratör\n"
             "Tekniska förvaltningen, Mora kommun\n"
             "792 80 Mora\n"
             "0250-260 00\n",
             X("register", [P("Anders Grahn", "anders.grahn@mora.se", "Mora kommun"),
                            P("Lovisa Tapper", "lovisa.tapper@mora.se", "Mora kommun"),
                            P("Kenneth Mård", "kenneth.mard@mora.se", "Mora kommun")], [S1, S2]),
             "administrator registers three others (bullets with addresses), not herself; the planchef named "
             "'på uppdrag av' is not a participant; 'de två senare träffarna' deferred, not registered"),

        # c048 shared mailbox, 'Efternamn, Förnamn'
        mail("c048", "2026-12-07T10:03", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Anmälan två deltagare DalaLab",
             "Hej!\n\n"
             "Vi anmäler härmed följande till DalaLab (samtliga fyra träffar):\n\n"
             "Rehn, Tobias – tobias.rehn@avesta.se\n"
             "Qvarnström, Ida – ida.qvarnstrom@avesta.se (vegetarisk kost)\n\n"
             "Svara gärna till den här funktionsbrevlådan, så når det hela planenheten.\n\n"
             "Med vänlig hälsning\n"
             "/Lotta\n"
             "Samhällsbyggnadsförvaltningen\n"
             "Avesta kommun\n"
             "Kungsgatan 32, 774 81 Avesta\n"
             "Växel 0226-645 000\n",
             X("register", [P("Tobias Rehn", "tobias.rehn@avesta.se", "Avesta kommun"),
                            P("Ida Qvarnström", "ida.qvarnstrom@avesta.se", "Avesta kommun", diet="vegetarisk")],
               ALL, diet="vegetarisk"),
             "shared mailbox (functional address) registers two people written 'Efternamn, Förnamn'; the signer "
             "Lotta is not a participant; 'samtliga fyra träffar'; diet belongs to Ida"),

        # c049 two organisations in one mail
        mail("c049", "2026-12-09T15:41", ("Håkan Brodin", "hakan.brodin@gagnef.se"),
             "Anmälan – Gagnef och Leksand (gemensam ÖP-grupp)",
             "Hej Linnea,\n\n"
             "Gagnef och Leksand arbetar sedan i höstas med ett gemensamt kunskapsunderlag för våra "
             "översiktsplaner, så vi skickar en gemensam anmälan till DalaLab:\n\n"
             "Håkan Brodin, Gagnefs kommun (jag själv)\n"
             "Maja Hedin, Leksands kommun – maja.hedin@leksand.se\n\n"
             "Vi tänker gå på alla träffarna. Maja är i tjänst på halvtid i december, så svara gärna mig om "
             "något behöver kompletteras.\n\n"
             "Hälsningar\n"
             "Håkan Brodin\n"
             "Planeringsarkitekt\n"
             "Gagnefs kommun\n"
             "Box 52, 785 21 Gagnef\n"
             "Tfn 0241-150 00\n",
             X("register", [P("Håkan Brodin", "hakan.brodin@gagnef.se", "Gagnefs kommun"),
                            P("Maja Hedin", "maja.hedin@leksand.se", "Leksands kommun")], ALL),
             "two organisations in one mail: sender from Gagnef + a Leksand colleague with her own address; "
             "'alla träffarna' = all four"),

        # c050 HTML table, per-person sessions and diets, sender not attending
        mail("c050", "2026-12-11T11:18", ("Marita Kjellberg", "marita.kjellberg@hedemora.se"),
             "Anmälan till DalaLab från Hedemora kommun",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
             '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
             '</head><body lang="SV"><div class="WordSection1">\n'
             '<p class="MsoNormal">Hej Linnea!<o:p></o:p></p>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<p class="MsoNormal">H&auml;r kommer Hedemora kommuns anm&auml;lan. Jag sj&auml;lv ska inte delta, '
             'jag samordnar bara.<o:p></o:p></p>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
             '<tr><td><b>Namn</b></td><td><b>E-post</b></td><td><b>Tr&auml;ffar</b></td><td><b>Specialkost</b></td></tr>\n'
             '<tr><td>Roger Lindblom</td><td><a href="mailto:roger.lindblom@hedemora.se">roger.lindblom@hedemora.se</a></td>'
             '<td>Alla fyra</td><td>&ndash;</td></tr>\n'
             '<tr><td>Karolina Westin</td><td><a href="mailto:karolina.westin@hedemora.se">karolina.westin@hedemora.se</a></td>'
             '<td>Alla fyra</td><td>Glutenfri</td></tr>\n'
             '<tr><td>Dragan Petrovi&#263;</td><td><a href="mailto:dragan.petrovic@hedemora.se">dragan.petrovic@hedemora.se</a></td>'
             '<td>3/5 och 29/11</td><td>Laktosfri</td></tr>\n'
             '</table>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br>\n'
             'Marita Kjellberg<br>\nN&auml;mndsekreterare, Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>\n'
             'Hedemora kommun<br>\nTel&nbsp;0225-340&nbsp;00<o:p></o:p></p>\n'
             '</div></body></html>\n',
             X("register", [P("Roger Lindblom", "roger.lindblom@hedemora.se", "Hedemora kommun"),
                            P("Karolina Westin", "karolina.westin@hedemora.se", "Hedemora kommun", diet="glutenfri"),
                            P("Dragan Petrović", "dragan.petrovic@hedemora.se", "Hedemora kommun", diet="laktosfri")],
               ALL, diet="glutenfri, laktosfri"),
             "HTML-only Outlook table (windows-1252, entities incl. &#263;); per-person sessions (two all four, "
             "one 3/5 + 29/11) -> union = all four; two diets for two people; sender not registered",
             html=True, charset="windows-1252"),

        # c051 Telegram: sender + two colleagues
        tg("c051", "2026-12-14T20:37", "Mikaela Öberg", 6034418275,
           "Hej! Jag och mina två kollegor Jens Wester och Frida Nordin vill anmäla oss till DalaLab 🙂 "
           "alla fyra gångerna. Vi jobbar på Orsa kommun, samhällsbyggnad. /Mikaela",
           X("register", [P("Mikaela Öberg", None, "Orsa kommun"), P("Jens Wester", None, "Orsa kommun"),
                          P("Frida Nordin", None, "Orsa kommun")], ALL),
           "Telegram: sender plus two colleagues in prose, no addresses; 'alla fyra gångerna'"),

        # c052 English: herself + two colleagues, one without address
        mail("c052", "2026-12-16T14:52", ("Fiona McLaren", "fiona.mclaren@regiondalarna.se"),
             "Registration DalaLab – Regional Development unit",
             "Hi Linnea,\n\n"
             "I'd like to sign up myself and two colleagues from the Regional Development unit here at Region "
             "Dalarna:\n\n"
             "- Arvid Sandström (arvid.sandstrom@regiondalarna.se)\n"
             "- Leila Haddad (she starts with us in January, I'll send her e-mail address once she has one)\n\n"
             "We'd like to attend the May session and the one in September. The two later ones clash with our "
             "budget process, so we'll leave those for now.\n\n"
             "Best regards,\n"
             "Fiona McLaren\n"
             "Senior Analyst, Regional Development\n"
             "Region Dalarna\n"
             "Box 712, 791 29 Falun\n"
             "+46 23 49 00 00\n",
             X("register", [P("Fiona McLaren", "fiona.mclaren@regiondalarna.se", "Region Dalarna"),
                            P("Arvid Sandström", "arvid.sandstrom@regiondalarna.se", "Region Dalarna"),
                            P("Leila Haddad", None, "Region Dalarna")], [S1, S2]),
             "English; self + two colleagues (one without address yet); 'the May session and the one in "
             "September'; 'starts in January' and 'the two later ones' are not sessions"),

        # c053 prose with addresses, 'alla utom'
        mail("c053", "2026-12-18T08:29", ("Linda Envall", "linda.envall@sater.se"),
             "Anmälan DalaLab Säter",
             "Hej!\n\n"
             "Från Säters kommun vill vi vara tre: jag själv, Abdi Warsame (abdi.warsame@sater.se) och "
             "Per-Olof Rask (per-olof.rask@sater.se). Vi kommer på alla träffar utom den 21 september, då har "
             "byggnadsnämnden sin studieresa.\n\n"
             "Per-Olof undrar om det finns parkering vid lokalen i Falun, men det kan vi ta närmare våren.\n\n"
             "Hälsningar\n"
             "Linda Envall\n"
             "Översiktsplanerare\n"
             "Säters kommun | Box 85 | 783 22 Säter\n"
             "0225-550 00\n",
             X("register", [P("Linda Envall", "linda.envall@sater.se", "Säters kommun"),
                            P("Abdi Warsame", "abdi.warsame@sater.se", "Säters kommun"),
                            P("Per-Olof Rask", "per-olof.rask@sater.se", "Säters kommun")], [S1, S3, S4]),
             "self + two colleagues in prose with addresses in parentheses; 'alla utom den 21 september' = "
             "three sessions; side question about parking does not make it a question"),

        # c054 out-of-office from the manager
        mail("c054", "2026-12-21T14:05", ("Norrby Camilla", "camilla.norrby@borlange.se"),
             "Automatiskt svar: Bekräftelse: anmälan till DalaLab (3 personer, Borlänge kommun)",
             "Hej,\n\n"
             "Jag är ledig från och med 21 december till och med 10 januari och läser inte min e-post under "
             "den tiden. I brådskande ärenden, kontakta Patrik Hellström eller växeln 0243-740 00.\n\n"
             "God jul och gott nytt år!\n\n"
             "Camilla Norrby\n"
             "Borlänge kommun\n",
             X("auto_reply"),
             "Outlook out-of-office answering the group confirmation; names a colleague and dates (21/12, 10/1); "
             "nothing to register"),

        # c055 shared mailbox, two people without addresses
        mail("c055", "2027-01-05T09:47", ("Plan & Bygg Vansbro", "planbygg@vansbro.se"),
             "DalaLab",
             "Hej,\n\n"
             "Vansbro kommun vill anmäla två personer till lärprojektet: Ingela Stark, planarkitekt, och "
             "Sven-Erik Nordqvist, bygglovschef. De har tyvärr inte möjlighet att gå på alla fyra, men kommer "
             "till första och sista träffen.\n\n"
             "Specialkost: inga.\n\n"
             "Mvh\n"
             "Plan & Bygg\n"
             "Vansbro kommun\n"
             "Tel 0281-750 00\n\n"
             "Detta mejl skickades från en funktionsbrevlåda. Svar läses av flera handläggare.\n",
             X("register", [P("Ingela Stark", None, "Vansbro kommun"),
                            P("Sven-Erik Nordqvist", None, "Vansbro kommun")], [S1, S4]),
             "shared mailbox, no signer; two people with titles, no addresses; 'första och sista träffen' = "
             "3 May + 22 Feb; 'alla fyra' appears negated; 'Specialkost: inga' -> diet null"),

        # c056 the manager writes again with addresses and a diet
        mail("c056", "2027-01-11T08:12", ("Norrby Camilla", "camilla.norrby@borlange.se"),
             "SV: Anmälan DalaLab – kompletterande uppgifter",
             "Hej igen!\n\n"
             "Här kommer uppgifterna jag lovade om mina kollegor:\n\n"
             "Patrik Hellström – patrik.hellstrom@borlange.se\n"
             "Josefin Ahlberg – josefin.ahlberg@borlange.se, glutenfri kost\n\n"
             "Själv har jag ingen specialkost.\n\n"
             "/Camilla\n\n"
             "Camilla Norrby\n"
             "Enhetschef Översiktlig planering, Borlänge kommun\n"
             "Mobil 070-312 48 90\n",
             X("change", [P("Patrik Hellström", "patrik.hellstrom@borlange.se", "Borlänge kommun"),
                          P("Josefin Ahlberg", "josefin.ahlberg@borlange.se", "Borlänge kommun", diet="glutenfri")],
               [], diet="glutenfri"),
             "same manager as c046 sends the colleagues' addresses and one diet, no sessions named -> change "
             "with []; the sender herself changes nothing, so she is not among people"),

        # c057 Telegram administrator for two others
        tg("c057", "2027-01-11T19:40", "Annelie Hofstedt", 1287734590,
           "Hej! Jag är assistent på plan- och byggenheten i Rättviks kommun. Vill anmäla två av våra "
           "planerare: Tove Lindell och Gustav Bohlin, båda till 21/9 och 29/11. Jag ska inte vara med själv.",
           X("register", [P("Tove Lindell", None, "Rättviks kommun"), P("Gustav Bohlin", None, "Rättviks kommun")],
             [S2, S3]),
           "Telegram: administrator registers two colleagues, explicitly not herself; '21/9 och 29/11'"),

        # c058 'Efternamn, Förnamn' incl. sender, pattern addresses
        mail("c058", "2027-01-13T16:02", ("Lars-Göran Eriksson", "lars-goran.eriksson@smedjebacken.se"),
             "Anmälan Smedjebacken (3 st)",
             "Hej,\n\n"
             "Anmäler följande från Smedjebackens kommun till samtliga träffar:\n\n"
             "Eriksson, Lars-Göran (undertecknad)\n"
             "Blom, Ylva\n"
             "Isaksson, Ronny\n\n"
             "Adresserna är som vanligt fornamn.efternamn@smedjebacken.se.\n\n"
             "/Lars-Göran Eriksson, stadsarkitekt\n"
             "Smedjebackens kommun, Hantverksgatan 1, 777 81 Smedjebacken\n"
             "Tel 0240-660 00\n",
             X("register", [P("Lars-Göran Eriksson", "lars-goran.eriksson@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ylva Blom", "ylva.blom@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ronny Isaksson", "ronny.isaksson@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "list in 'Efternamn, Förnamn' form including the sender ('undertecknad'); pattern address written "
             "out; 'samtliga träffar' = all four; street number and postcode are not dates"),

        # c059 question about a group of four
        mail("c059", "2027-01-15T10:31", ("Jessica Strid", "jessica.strid@falun.se"),
             "Fråga om max tre per kommun",
             "Hej!\n\n"
             "Vi är fyra på översiktsplaneenheten i Falun som gärna vill gå på DalaLab. Gäller max tre personer "
             "per kommun per träff, eller totalt? Om vi turas om, kan vi då vara fyra som delar på platserna, "
             "t.ex. två på 3 maj och två andra i september?\n\n"
             "Vi väntar med anmälan tills vi vet hur det fungerar.\n\n"
             "Hälsningar\n"
             "Jessica Strid\n"
             "Falu kommun, Stadsbyggnadsförvaltningen\n"
             "023-83 000\n",
             X("question"),
             "question about the quota for a group of four; dates only in a hypothetical example; 'Vi väntar "
             "med anmälan' -> no signup"),

        # c060 a fourth person as reserve
        mail("c060", "2027-01-18T13:55", ("Birgitta Sahlin", "birgitta.sahlin@mora.se"),
             "SV: Anmälan DalaLab – Mora kommun",
             "Hej igen,\n\n"
             "Vi har ju anmält Anders Grahn, Lovisa Tapper och Kenneth Mård. Nu är även Elias Frost "
             "(elias.frost@mora.se) intresserad. Jag förstår att det är max tre per kommun, men kan ni sätta "
             "upp honom som reserv om någon plats blir ledig? Han kan i så fall gå på samma träffar som de "
             "andra, 3 maj och 21 september.\n\n"
             "Med vänlig hälsning\n"
             "Birgitta Sahlin\n"
             "Administratör, Mora kommun\n"
             "0250-260 00\n",
             X("register", [P("Elias Frost", "elias.frost@mora.se", "Mora kommun")], [S1, S2]),
             "fourth person from Mora as reserve -> register the reserve only; the three already registered "
             "are named but not part of this request; sessions 3 May + 21 Sep"),

        # c061 per-person sessions and diet in dashes
        mail("c061", "2027-01-20T11:09", ("Jörgen Halvarsson", "jorgen.halvarsson@malung-salen.se"),
             "Anmälan DalaLab – Malung-Sälen",
             "Hej Linnea!\n\n"
             "Vi blir tre från Malung-Sälens kommun. Vi har delat upp träffarna mellan oss:\n\n"
             "– jag själv: alla fyra\n"
             "– Agnes Persson (agnes.persson@malung-salen.se): bara 3 maj. Vegetarisk kost.\n"
             "– Kim Sundell (kim.sundell@malung-salen.se): 21 september och 29 november\n\n"
             "Mvh Jörgen\n\n"
             "--\n"
             "Jörgen Halvarsson\n"
             "Planchef\n"
             "Malung-Sälens kommun\n"
             "Box 14, 782 21 Malung\n"
             "0280-181 00\n",
             X("register", [P("Jörgen Halvarsson", "jorgen.halvarsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Agnes Persson", "agnes.persson@malung-salen.se", "Malung-Sälens kommun",
                              diet="vegetarisk"),
                            P("Kim Sundell", "kim.sundell@malung-salen.se", "Malung-Sälens kommun")],
               ALL, diet="vegetarisk"),
             "manager + two colleagues with different sessions each -> union = all four; diet is Agnes's"),

        # c062 English, consultant taking a municipality's place
        mail("c062", "2027-01-22T15:36", ("Joost van Dijk", "joost.vandijk@alvdalen.se"),
             "DalaLab registration – Älvdalen",
             "Dear Linnea,\n\n"
             "Apologies for writing in English – my Swedish is still better for reading than for writing.\n\n"
             "Please register the following two people from Älvdalens kommun for all four sessions:\n\n"
             "1. Joost van Dijk (myself), joost.vandijk@alvdalen.se\n"
             "2. Hedda Malm, hedda.malm@plankontoret.se – Hedda is a consultant at Plankontoret Norr, but she "
             "is contracted by us to lead the work on our comprehensive plan and will take one of Älvdalen's "
             "places.\n\n"
             "Neither of us has any dietary requirements.\n\n"
             "Kind regards,\n"
             "Joost van Dijk\n"
             "Planning Architect | Älvdalens kommun\n"
             "Dalgatan 4, 796 30 Älvdalen\n"
             "+46 251 800 00\n",
             X("register", [P("Joost van Dijk", "joost.vandijk@alvdalen.se", "Älvdalens kommun"),
                            P("Hedda Malm", "hedda.malm@plankontoret.se", "Älvdalens kommun")], ALL),
             "English; numbered list; consultant explicitly taking one of the municipality's places -> "
             "organisation Älvdalens kommun despite the private domain; 'all four sessions'"),

        # c063 colleague withdrawn, no substitute
        mail("c063", "2027-01-25T09:22", ("Marita Kjellberg", "marita.kjellberg@hedemora.se"),
             "Avanmälan Karolina Westin",
             "Hej,\n\n"
             "Karolina Westin, som jag anmälde i december, har fått en ny tjänst i Borlänge och ska inte vara "
             "med i DalaLab. Vänligen stryk henne. Roger och Dragan deltar som planerat.\n\n"
             "Vi har ingen ersättare i nuläget.\n\n"
             "Med vänlig hälsning\n"
             "Marita Kjellberg\n"
             "Nämndsekreterare, Hedemora kommun\n"
             "Tel 0225-340 00\n",
             X("cancel", [P("Karolina Westin", None, "Hedemora kommun")], ALL),
             "administrator withdraws one colleague, no substitute -> cancel; no session named -> all four; "
             "'ny tjänst i Borlänge' is not her organisation here; the remaining two are not part of the request"),

        # c064 substitution across the joint Gagnef/Leksand signup
        mail("c064", "2027-01-27T14:14", ("Håkan Brodin", "hakan.brodin@gagnef.se"),
             "Ändring i anmälan Gagnef/Leksand",
             "Hej!\n\n"
             "En ändring i vår gemensamma anmälan från Gagnef och Leksand: Maja Hedin på Leksands kommun har "
             "gått på föräldraledighet. I hennes ställe kommer Albin Skoglund, albin.skoglund@leksand.se, på "
             "alla fyra träffarna. Jag själv är kvar som förut.\n\n"
             "Hälsningar\n"
             "Håkan Brodin\n"
             "Gagnefs kommun\n"
             "Tfn 0241-150 00\n",
             X("change", [P("Maja Hedin", None, "Leksands kommun"),
                          P("Albin Skoglund", "albin.skoglund@leksand.se", "Leksands kommun")], ALL),
             "substitution in one message written by someone from another municipality (Gagnef); both Leksand "
             "people in people; substitute takes all four; sender 'kvar som förut' is not among people"),

        # c065 group cancellation from the shared mailbox
        mail("c065", "2027-01-29T10:40", ("Plan & Bygg Vansbro", "planbygg@vansbro.se"),
             "Avanmälan DalaLab",
             "Hej,\n\n"
             "Tyvärr måste Vansbro kommun avanmäla Ingela Stark och Sven-Erik Nordqvist från DalaLab. Efter "
             "årsskiftets omorganisation har ingen av dem kvar planeringsfrågorna. Vi hör av oss om vi hittar "
             "någon annan som kan gå.\n\n"
             "Mvh\n"
             "Plan & Bygg\n"
             "Vansbro kommun\n\n"
             "Detta mejl skickades från en funktionsbrevlåda. Svar läses av flera handläggare.\n",
             X("cancel", [P("Ingela Stark", None, "Vansbro kommun"),
                          P("Sven-Erik Nordqvist", None, "Vansbro kommun")], ALL),
             "group cancellation of two people from a shared mailbox; no session named -> all four (per "
             "convention, though they had signed up for two); possible replacement is not a registration"),

        # c066 HTML table of three, diets
        mail("c066", "2027-02-01T13:17", ("Sköld Gun-Britt", "gun-britt.skold@ludvika.se"),
             "Anmälan DalaLab – Ludvika kommun",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
             '</head><body lang="SV" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
             '<p class="MsoNormal">Hej!<o:p></o:p></p>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<p class="MsoNormal">Ludvika kommun anm&auml;ler f&ouml;ljande tre medarbetare till alla fyra '
             'tr&auml;ffarna i DalaLab:<o:p></o:p></p>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n'
             '<tr><td><p class="MsoNormal"><b>Namn</b></p></td><td><p class="MsoNormal"><b>E-post</b></p></td>'
             '<td><p class="MsoNormal"><b>Specialkost</b></p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Rebecka Nystr&ouml;m</p></td><td><p class="MsoNormal">'
             '<a href="mailto:rebecka.nystrom@ludvika.se">rebecka.nystrom@ludvika.se</a></p></td>'
             '<td><p class="MsoNormal">Laktosintolerant</p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Hassan Omar</p></td><td><p class="MsoNormal">'
             '<a href="mailto:hassan.omar@ludvika.se">hassan.omar@ludvika.se</a></p></td>'
             '<td><p class="MsoNormal">&nbsp;</p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Gunnar &Aring;hlin</p></td><td><p class="MsoNormal">'
             '<a href="mailto:gunnar.ahlin@ludvika.se">gunnar.ahlin@ludvika.se</a></p></td>'
             '<td><p class="MsoNormal">Vegan</p></td></tr>\n'
             '</table>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             '<p class="MsoNormal">V&auml;nliga h&auml;lsningar<o:p></o:p></p>\n'
             '<p class="MsoNormal">Gun-Britt Sk&ouml;ld<br>Administrat&ouml;r, Samh&auml;llsbyggnadsf&ouml;rvaltningen'
             '<br>Ludvika kommun<br>771 82 Ludvika<br>0240-860 00<o:p></o:p></p>\n'
             '</div></body></html>\n',
             X("register", [P("Rebecka Nyström", "rebecka.nystrom@ludvika.se", "Ludvika kommun",
                              diet="laktosintolerant"),
                            P("Hassan Omar", "hassan.omar@ludvika.se", "Ludvika kommun"),
                            P("Gunnar Åhlin", "gunnar.ahlin@ludvika.se", "Ludvika kommun", diet="vegan")],
               ALL, diet="laktosintolerant, vegan"),
             "HTML-only Word table, administrator not attending; 'alla fyra träffarna'; two diets for two people",
             html=True),

        # c067 Region + Länsstyrelsen in one mail
        mail("c067", "2027-02-03T08:58", ("Marcus Lindh", "marcus.lindh@regiondalarna.se"),
             "Anmälan DalaLab – regionen + Lst",
             "Hej Linnea!\n\n"
             "Vi är ett litet gäng från regionen och Länsstyrelsen som jobbar ihop med den regionala "
             "utvecklingsplanen och vill gärna gå på höstens två träffar tillsammans. Anmäl därför mig, min "
             "kollega Ronja Eld (ronja.eld@regiondalarna.se) samt Torbjörn Vall på Länsstyrelsen Dalarna "
             "(torbjorn.vall@lansstyrelsen.se).\n\n"
             "Hälsn.\n"
             "Marcus Lindh\n"
             "Regional utveckling, Region Dalarna\n"
             "010-203 40 00\n",
             X("register", [P("Marcus Lindh", "marcus.lindh@regiondalarna.se", "Region Dalarna"),
                            P("Ronja Eld", "ronja.eld@regiondalarna.se", "Region Dalarna"),
                            P("Torbjörn Vall", "torbjorn.vall@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "two organisations (Region Dalarna and Länsstyrelsen) in one sentence; 'höstens två träffar' = "
             "21 Sep + 29 Nov; sender included ('mig')"),

        # c068 Telegram, self + colleague, diet for the colleague
        tg("c068", "2027-02-05T12:21", "Louise Backman", 5402218863,
           "hej, anmäler mig och kollegan Amanda Lööf från Gagnef till träffen 3/5. Amanda är glutenintolerant 🙏",
           X("register", [P("Louise Backman", None, "Gagnefs kommun"),
                          P("Amanda Lööf", None, "Gagnefs kommun", diet="glutenintolerant")],
             [S1], diet="glutenintolerant"),
           "Telegram: sender + colleague, 'Gagnef' for both; '3/5'; diet is the colleague's"),

        # c069 forwarded internal mail decides the group
        mail("c069", "2027-02-08T09:33", ("Wahlberg Stefan", "stefan.wahlberg@falun.se"),
             "VB: DalaLab – vilka går?",
             "Hej Linnea,\n\n"
             "Vi har nu bestämt oss – se Jessicas mejl nedan. Anmäl de tre hon nämner till de träffar hon "
             "skriver. Jag själv går inte.\n\n"
             "Stefan Wahlberg\n"
             "Enhetschef Översiktsplanering\n"
             "Stadsbyggnadsförvaltningen, Falu kommun\n"
             "Slaggatan 12, 791 83 Falun\n"
             "023-83 000\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Strid Jessica <jessica.strid@falun.se>\n"
             "Skickat: den 5 februari 2027 15:22\n"
             "Till: Wahlberg Stefan <stefan.wahlberg@falun.se>\n"
             "Ämne: DalaLab – vilka går?\n\n"
             "Hej Stefan!\n\n"
             "Linnea svarade att det är max tre personer totalt per kommun, så Mattias får stå över den här "
             "gången. Förslag: jag, Yasmin Darwish och Linn Sjölander går på alla träffar utom den i november "
             "(då har vi samrådet). Ok att jag anmäler oss, eller vill du göra det?\n\n"
             "/Jessica\n",
             X("register", [P("Jessica Strid", "jessica.strid@falun.se", "Falu kommun"),
                            P("Yasmin Darwish", None, "Falu kommun"),
                            P("Linn Sjölander", None, "Falu kommun")], [S1, S2, S4]),
             "manager forwards a colleague's internal mail and says 'anmäl de tre hon nämner'; people and "
             "sessions only in the forwarded part; 'alla utom den i november' = three; Mattias (first name "
             "only) stands aside; sender not registered"),

        # c070 diet update for two people signed up by Telegram
        mail("c070", "2027-02-10T16:44", ("Annelie Hofstedt", "annelie.hofstedt@rattvik.se"),
             "Specialkost – Rättviks deltagare",
             "Hej!\n\n"
             "Jag anmälde Tove Lindell och Gustav Bohlin via Telegram i januari men glömde specialkosten: "
             "Tove är vegan och Gustav har nötallergi.\n\n"
             "Tack på förhand!\n"
             "Annelie Hofstedt\n"
             "Assistent, Plan- och byggenheten\n"
             "Rättviks kommun\n"
             "0248-700 00\n",
             X("change", [P("Tove Lindell", None, "Rättviks kommun", diet="vegan"),
                          P("Gustav Bohlin", None, "Rättviks kommun", diet="nötallergi")],
               [], diet="vegan, nötallergi"),
             "administrator (Telegram sender of c057) writes again by e-mail with diets for two colleagues; "
             "no sessions -> change with []; sender not among people"),

        # c071 no å/ä/ö, lower-case colleagues, pattern addresses
        mail("c071", "2027-02-12T07:48", ("Marianne Hallberg", "marianne.hallberg@lansstyrelsen.se"),
             "Anmalan DalaLab",
             "Hej,\n\n"
             "sitter pa en utlandsk dator sa ursakta stavningen.\n\n"
             "Jag vill anmala mig sjalv samt kollegorna johanna lundqvist och bengt ahl pa Lansstyrelsen till "
             "traffarna i maj och september. Adresserna ar fornamn.efternamn@lansstyrelsen.se.\n\n"
             "Halsningar\n"
             "Marianne Hallberg\n"
             "Lansstyrelsen Dalarna, enheten for samhallsplanering\n"
             "010-225 00 00\n",
             X("register", [P("Marianne Hallberg", "marianne.hallberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Johanna Lundqvist", "johanna.lundqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Bengt Ahl", "bengt.ahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "Swedish without å/ä/ö ('Lansstyrelsen', 'traffarna'); colleagues in lower case; pattern address "
             "written out; 'i maj och september' = 3 May + 21 Sep"),

        # c072 substitution for one session
        mail("c072", "2027-02-15T10:26", ("Jörgen Halvarsson", "jorgen.halvarsson@malung-salen.se"),
             "Byte 29 november – Malung-Sälen",
             "Hej,\n\n"
             "Kim Sundell kan inte komma den 29 november (semester). Wilma Eng, wilma.eng@malung-salen.se, går "
             "i hennes ställe den dagen. Kim kommer fortfarande den 21 september.\n\n"
             "Mvh Jörgen\n\n"
             "--\n"
             "Jörgen Halvarsson\n"
             "Planchef, Malung-Sälens kommun\n"
             "0280-181 00\n",
             X("change", [P("Kim Sundell", None, "Malung-Sälens kommun"),
                          P("Wilma Eng", "wilma.eng@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "substitution for one session only (same manager as c061): Kim out on 29 Nov, Wilma in -> change "
             "with both, sessions = what the substitute takes (29 Nov); Kim keeps 21 Sep, not part of the "
             "change; Kim's address is not in this mail"),

        # c073 group partial cancellation
        mail("c073", "2027-02-17T13:03", ("Linda Envall", "linda.envall@sater.se"),
             "Avanmälan 29 november – Säter",
             "Hej!\n\n"
             "Ingen av oss tre från Säter (jag, Abdi Warsame och Per-Olof Rask) kan komma den 29 november – det "
             "krockar med kommunfullmäktige. Vi kommer på de andra två träffarna som planerat (3 maj och "
             "22 februari).\n\n"
             "Hälsningar\n"
             "Linda Envall\n"
             "Säters kommun\n"
             "0225-550 00\n",
             X("cancel", [P("Linda Envall", "linda.envall@sater.se", "Säters kommun"),
                          P("Abdi Warsame", None, "Säters kommun"),
                          P("Per-Olof Rask", None, "Säters kommun")], [S3]),
             "group partial withdrawal -> cancel of 29 Nov only for all three; the sessions they keep are named "
             "too; colleagues' addresses not in this mail"),

        # c074 English change: address + added session
        mail("c074", "2027-02-19T11:40", ("Fiona McLaren", "fiona.mclaren@regiondalarna.se"),
             "RE: Registration DalaLab – Regional Development unit",
             "Hi Linnea,\n\n"
             "A quick update on our registrations. Leila Haddad has now started and her address is "
             "leila.haddad@regiondalarna.se. She'd also like to join the November session, so she'll be coming "
             "on 3 May, 21 September and 29 November. Arvid and I stay as we are.\n\n"
             "Thanks,\n"
             "Fiona\n\n"
             "Fiona McLaren\n"
             "Senior Analyst, Regional Development | Region Dalarna\n"
             "+46 23 49 00 00\n",
             X("change", [P("Leila Haddad", "leila.haddad@regiondalarna.se", "Region Dalarna")], [S1, S2, S3]),
             "English; same sender as c052 adds a colleague's address and a session; sessions after the change "
             "are stated (3 May, 21 Sep, 29 Nov); sender and Arvid unchanged, not among people"),

        # c075 auto-reply from a shared mailbox
        mail("c075", "2027-02-22T08:01", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Autosvar: Påminnelse – anmäl dig till DalaLab senast 14 april",
             "Tack för ditt e-postmeddelande till Samhällsbyggnadsförvaltningen i Avesta kommun!\n\n"
             "Detta är ett automatiskt svar. Ditt ärende registreras och besvaras inom fem arbetsdagar. Under "
             "sportlovet vecka 9 (1–5 mars) kan handläggningstiden bli längre.\n\n"
             "Gäller ditt ärende bygglov, ring kundtjänst 0226-645 000, vardagar kl. 9–12.\n\n"
             "Med vänlig hälsning\n"
             "Samhällsbyggnadsförvaltningen\n"
             "Avesta kommun\n",
             X("auto_reply"),
             "automatic receipt from a shared mailbox answering the reminder; subject echoes '14 april'; "
             "'1–5 mars', 'kl. 9–12' are not sessions"),

        # c076 administrator: 'Efternamn, Förnamn' with semicolons, no addresses
        mail("c076", "2027-02-24T14:30", ("Yvonne Kallin", "yvonne.kallin@leksand.se"),
             "Två till från Leksand",
             "Hej!\n\n"
             "Jag vill anmäla ytterligare två från Leksands kommun (utöver Albin Skoglund, som redan är anmäld "
             "via Gagnefs gemensamma anmälan): Dahlberg, Elvira; Åkerlund, Viggo.\n\n"
             "De kommer den 3/5 och den 21/9. Adresser har jag inte till hands än – de börjar hos oss i mars.\n\n"
             "Mvh\n"
             "Yvonne Kallin\n"
             "Administratör, Samhällsbyggnadsförvaltningen\n"
             "Leksands kommun\n"
             "Box 301, 793 27 Leksand\n",
             X("register", [P("Elvira Dahlberg", None, "Leksands kommun"),
                            P("Viggo Åkerlund", None, "Leksands kommun")], [S1, S2]),
             "administrator registers two others written 'Efternamn, Förnamn' separated by ';', no addresses; "
             "already registered colleague mentioned, not part of the request; '3/5 och 21/9'"),

        # c077 Telegram group cancel by the sender of c051
        tg("c077", "2027-02-26T18:12", "Mikaela Öberg", 6034418275,
           "hej igen! Jens Wester och Frida Nordin kan tyvärr inte vara med alls, kan du stryka dem? "
           "jag kommer som planerat. /Mikaela, Orsa",
           X("cancel", [P("Jens Wester", None, "Orsa kommun"), P("Frida Nordin", None, "Orsa kommun")], ALL),
           "Telegram: sender cancels her two colleagues ('inte vara med alls') -> all four; she stays, so she "
           "is not among people"),

        # c078 newcomer after the earlier group cancellation
        mail("c078", "2027-03-01T09:05", ("Plan & Bygg Vansbro", "planbygg@vansbro.se"),
             "Ny deltagare DalaLab",
             "Hej igen!\n\n"
             "Som vi skrev i januari har Ingela och Sven-Erik avanmälts. Nu har vi hittat en ny deltagare: "
             "Elisabeth Grankvist, elisabeth.grankvist@vansbro.se. Hon vill gå på alla träffar.\n\n"
             "Mvh\n"
             "Plan & Bygg\n"
             "Vansbro kommun\n"
             "Tel 0281-750 00\n\n"
             "Detta mejl skickades från en funktionsbrevlåda. Svar läses av flera handläggare.\n",
             X("register", [P("Elisabeth Grankvist", "elisabeth.grankvist@vansbro.se", "Vansbro kommun")], ALL),
             "shared mailbox; newcomer after colleagues cancelled in an earlier mail -> register; earlier "
             "people mentioned by first name only; 'alla träffar' = all four"),

        # c079 reserve, reply quoting the confirmation
        mail("c079", "2027-03-03T10:52", ("Norrby Camilla", "camilla.norrby@borlange.se"),
             "SV: Bekräftelse DalaLab – Borlänge kommun",
             "Hej Linnea!\n\n"
             "Tack för bekräftelsen. Vi har en fjärde person som är intresserad, Viktoria Sand "
             "(viktoria.sand@borlange.se). Jag förstår att vi bara får vara tre, men kan hon stå som reserv "
             "till den första träffen?\n\n"
             "Vänliga hälsningar\n"
             "Camilla Norrby\n"
             "Enhetschef Översiktlig planering, Borlänge kommun\n"
             "Mobil 070-312 48 90\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 2 mars 2027 16:40\n"
             "Till: Norrby Camilla <camilla.norrby@borlange.se>\n"
             "Ämne: Bekräftelse DalaLab – Borlänge kommun\n\n"
             "Hej Camilla!\n\n"
             "Följande är anmälda från Borlänge kommun till samtliga träffar (3 maj, 21 september och "
             "29 november 2027 samt 22 februari 2028):\n\n"
             "Camilla Norrby\n"
             "Patrik Hellström\n"
             "Josefin Ahlberg (glutenfri)\n\n"
             "Därmed är kommunens tre platser fyllda.\n\n"
             "Hälsningar\n"
             "Linnea Hassis\n"
             "Region Dalarna\n",
             X("register", [P("Viktoria Sand", "viktoria.sand@borlange.se", "Borlänge kommun")], [S1]),
             "fourth person as reserve for 'den första träffen' -> register her for 3 May; the quoted "
             "confirmation lists the three registered, all four dates and a diet, none of which belong to this "
             "request"),

        # c080 plain-text table from the shared mailbox
        mail("c080", "2027-03-05T13:38", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Ytterligare en deltagare från Avesta",
             "Hej,\n\n"
             "Vi anmäler ytterligare en person från Avesta kommun:\n\n"
             "Namn            E-post                    Träffar        Kost\n"
             "Fatima Yusuf    fatima.yusuf@avesta.se    29/11, 22/2    Halal\n\n"
             "Tobias och Ida står kvar som tidigare.\n\n"
             "/Lotta\n"
             "Samhällsbyggnadsförvaltningen, Avesta kommun\n"
             "Kungsgatan 32, 774 81 Avesta\n",
             X("register", [P("Fatima Yusuf", "fatima.yusuf@avesta.se", "Avesta kommun", diet="halal")],
               [S3, S4], diet="halal"),
             "shared mailbox, plain-text column table with one person; '29/11, 22/2' (22/2 = 2028 session); "
             "diet 'Halal'; the two already registered named by first name only, unchanged"),

        # c081 two organisations, different sessions each
        mail("c081", "2027-03-08T15:19", ("Ove Lindkvist", "ove.lindkvist@rattvik.se"),
             "Anmälan DalaLab – Rättvik och Älvdalen",
             "Hej!\n\n"
             "Jag och Siv Mattsson på Älvdalens kommun driver ett gemensamt projekt om fjällnära planering och "
             "vill gå på DalaLab tillsammans så långt det går. Jag (Rättviks kommun) anmäler mig till "
             "21 september. Siv kan bara den 22 februari 2028. Hennes mejl är siv.mattsson@alvdalen.se.\n\n"
             "Hälsningar\n"
             "Ove Lindkvist\n"
             "Planarkitekt\n"
             "Rättviks kommun\n"
             "Riksvägen 25, 795 80 Rättvik\n"
             "0248-700 00\n",
             X("register", [P("Ove Lindkvist", "ove.lindkvist@rattvik.se", "Rättviks kommun"),
                            P("Siv Mattsson", "siv.mattsson@alvdalen.se", "Älvdalens kommun")], [S2, S4]),
             "two organisations in one mail, one session each -> union 21 Sep + 22 Feb; each person keeps "
             "their own organisation"),

        # c082 colleague withdrawn, quoted earlier signup
        mail("c082", "2027-03-10T08:44", ("Sköld Gun-Britt", "gun-britt.skold@ludvika.se"),
             "SV: Anmälan DalaLab – Ludvika kommun",
             "Hej!\n\n"
             "Hassan Omar har slutat hos oss, så han kan tyvärr inte delta i DalaLab. Stryk honom från listan. "
             "Rebecka och Gunnar är kvar. Vi kanske återkommer med en ersättare.\n\n"
             "Vänliga hälsningar\n"
             "Gun-Britt Sköld\n"
             "Administratör, Ludvika kommun\n"
             "0240-860 00\n\n"
             "Från: Sköld Gun-Britt\n"
             "Skickat: den 1 februari 2027 13:17\n"
             "Till: linnea.hassis@regiondalarna.se\n"
             "Ämne: Anmälan DalaLab – Ludvika kommun\n\n"
             "Hej!\n\n"
             "Ludvika kommun anmäler följande tre medarbetare till alla fyra träffarna i DalaLab:\n\n"
             "Namn\tE-post\tSpecialkost\n"
             "Rebecka Nyström\trebecka.nystrom@ludvika.se\tLaktosintolerant\n"
             "Hassan Omar\thassan.omar@ludvika.se\t\n"
             "Gunnar Åhlin\tgunnar.ahlin@ludvika.se\tVegan\n",
             X("cancel", [P("Hassan Omar", "hassan.omar@ludvika.se", "Ludvika kommun")], ALL),
             "withdrawn colleague without substitute -> cancel, all four; his address only in the quoted "
             "earlier signup (own mail); quoted table with names, diets and 'alla fyra' is not a new signup"),

        # c083 English Telegram, self + colleague
        tg("c083", "2027-03-12T21:06", "Rikard Nygren", 6721190034,
           "Hi! Please register me and my colleague Tilda Borg from Vansbro municipality for Nov 29 and Feb 22. "
           "Tilda is vegan 🌱",
           X("register", [P("Rikard Nygren", None, "Vansbro kommun"),
                          P("Tilda Borg", None, "Vansbro kommun", diet="vegan")], [S3, S4], diet="vegan"),
           "English Telegram: sender + colleague; 'Vansbro municipality'; 'Nov 29 and Feb 22' (Feb 22 = 2028)"),

        # c084 group cancellation incl. the reserve
        mail("c084", "2027-03-15T09:12", ("Birgitta Sahlin", "birgitta.sahlin@mora.se"),
             "Avanmälan – Mora kommun deltar inte i DalaLab",
             "Hej Linnea,\n\n"
             "Tyvärr har Mora kommun beslutat att inte delta i DalaLab i år på grund av besparingar. Vänligen "
             "avanmäl Anders Grahn, Lovisa Tapper och Kenneth Mård, och stryk även Elias Frost från "
             "reservlistan.\n\n"
             "Tråkigt – vi hoppas kunna vara med en annan gång.\n\n"
             "Med vänlig hälsning\n"
             "Birgitta Sahlin\n"
             "Administratör, Mora kommun\n"
             "0250-260 00\n",
             X("cancel", [P("Anders Grahn", None, "Mora kommun"), P("Lovisa Tapper", None, "Mora kommun"),
                          P("Kenneth Mård", None, "Mora kommun"), P("Elias Frost", None, "Mora kommun")], ALL),
             "whole-municipality cancellation by the administrator: three participants and the reserve; no "
             "session named -> all four; sender not among people"),

        # c085 question naming people
        mail("c085", "2027-03-18T14:27", ("Sköld Gun-Britt", "gun-britt.skold@ludvika.se"),
             "Vilka från Ludvika är anmälda?",
             "Hej!\n\n"
             "Kan du bekräfta vilka från Ludvika som är anmälda just nu? Enligt mina anteckningar är det "
             "Rebecka Nyström och Gunnar Åhlin, båda på alla fyra träffarna. Stämmer det, och går det "
             "fortfarande att fylla Hassans plats efter den 14 april?\n\n"
             "Vänliga hälsningar\n"
             "Gun-Britt Sköld\n"
             "Ludvika kommun\n",
             X("question"),
             "question listing registered people and 'alla fyra träffarna' to be confirmed; the deadline date "
             "is not a session; no request about any person"),

        # c086 substitution with the sessions stated
        mail("c086", "2027-03-22T10:15", ("Wahlberg Stefan", "stefan.wahlberg@falun.se"),
             "Byte av deltagare – Falu kommun",
             "Hej Linnea,\n\n"
             "Linn Sjölander har fått en tjänst på annat håll och slutar hos oss i april. Jonatan Hultgren "
             "(jonatan.hultgren@falun.se) tar hennes plats på de träffar hon var anmäld till, dvs. 3 maj, "
             "21 september och 22 februari.\n\n"
             "Stefan Wahlberg\n"
             "Enhetschef Översiktsplanering\n"
             "Stadsbyggnadsförvaltningen, Falu kommun\n"
             "Slaggatan 12, 791 83 Falun\n"
             "023-83 000\n",
             X("change", [P("Linn Sjölander", None, "Falu kommun"),
                          P("Jonatan Hultgren", "jonatan.hultgren@falun.se", "Falu kommun")], [S1, S2, S4]),
             "substitution by the manager (not among people): Linn out, Jonatan in for 3 May, 21 Sep, 22 Feb; "
             "'i april' is not a session"),

        # c087 HTML bullets, per-person sessions and diet
        mail("c087", "2027-03-25T11:58", ("Katarina Ulfsdotter", "katarina.ulfsdotter@orsa.se"),
             "Anmälan DalaLab – Orsa",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
             '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
             '<p>Hej!</p>\n'
             '<p>Orsa kommun anm&auml;ler ytterligare tv&aring; personer (Mikaela &Ouml;berg &auml;r redan anm&auml;ld):</p>\n'
             '<ul>\n'
             '<li>Amir Sadeghi, <a href="mailto:amir.sadeghi@orsa.se">amir.sadeghi@orsa.se</a> &ndash; endast 3 maj, '
             'laktosfri kost</li>\n'
             '<li>Greta Holmgren, <a href="mailto:greta.holmgren@orsa.se">greta.holmgren@orsa.se</a> &ndash; alla '
             'tr&auml;ffar</li>\n'
             '</ul>\n'
             '<p>Med v&auml;nlig h&auml;lsning<br>\nKatarina Ulfsdotter<br>\nHR- och administrationsst&ouml;d, '
             'Orsa kommun<br>\nDalagatan 1, 794 80 Orsa<br>\n0250-550 00</p>\n'
             '</div></body></html>\n',
             X("register", [P("Amir Sadeghi", "amir.sadeghi@orsa.se", "Orsa kommun", diet="laktosfri"),
                            P("Greta Holmgren", "greta.holmgren@orsa.se", "Orsa kommun")], ALL, diet="laktosfri"),
             "HTML-only bulleted list, iso-8859-1 with entities; per-person sessions (3 May only / all) -> "
             "union all four; already registered colleague in parentheses is not part of the request",
             html=True, charset="iso-8859-1"),

        # c088 newcomer after an earlier cancellation
        mail("c088", "2027-03-30T09:41", ("Sköld Gun-Britt", "gun-britt.skold@ludvika.se"),
             "Ersättare för Hassan Omar",
             "Hej igen!\n\n"
             "Nu har vi en ersättare för Hassan Omar: Sofie Rydén, sofie.ryden@ludvika.se. Hon anmäls till "
             "21/9 och 29/11.\n\n"
             "Vänliga hälsningar\n"
             "Gun-Britt Sköld\n"
             "Administratör, Ludvika kommun\n"
             "0240-860 00\n",
             X("register", [P("Sofie Rydén", "sofie.ryden@ludvika.se", "Ludvika kommun")], [S2, S3]),
             "replacement for a colleague cancelled in an earlier mail (c082) -> register of the newcomer only; "
             "'21/9 och 29/11'; é in the name"),

        # c089 group change from the phone
        mail("c089", "2027-04-05T17:23", ("Marianne Hallberg", "marianne.hallberg@lansstyrelsen.se"),
             "Lägga till 29 nov",
             "Hej! Vi tre från Länsstyrelsen (jag, Johanna Lundqvist och Bengt Ahl) vill även gå på träffen "
             "29 november. Vi blir då anmälda till 3 maj, 21 september och 29 november allihop.\n\n"
             "Marianne\n\n"
             "Skickat från min iPhone\n",
             X("change", [P("Marianne Hallberg", "marianne.hallberg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Johanna Lundqvist", None, "Länsstyrelsen Dalarna"),
                          P("Bengt Ahl", None, "Länsstyrelsen Dalarna")], [S1, S2, S3]),
             "group change: same sender as c071 adds 29 Nov for all three and states the sessions after the "
             "change; colleagues' addresses not in this mail; iPhone footer"),

        # c090 shared mailbox, HTML table with X marks per session
        mail("c090", "2027-04-09T15:50", ("Regional utveckling", "regionalutveckling@regiondalarna.se"),
             "Anmälan DalaLab – tre från Regional utveckling",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
             '<body lang="SV"><div class="WordSection1">\n'
             '<p>Hej Linnea,</p>\n'
             '<p>Innan anm&auml;lan st&auml;nger vill vi anm&auml;la tre kollegor fr&aring;n Regional utveckling. '
             'Kryss = deltar.</p>\n'
             '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
             '<tr><th>Efternamn, F&ouml;rnamn</th><th>E-post</th><th>3/5</th><th>21/9</th><th>29/11</th>'
             '<th>22/2</th><th>Kost</th></tr>\n'
             '<tr><td>Berggren, Tyra</td><td>tyra.berggren@regiondalarna.se</td><td>X</td><td>X</td><td>X</td>'
             '<td>X</td><td></td></tr>\n'
             '<tr><td>Nilsson B&auml;ck, Oskar</td><td>oskar.nilsson-back@regiondalarna.se</td><td>X</td><td></td>'
             '<td></td><td>X</td><td>Vegetarisk</td></tr>\n'
             '<tr><td>Sundberg, Alva</td><td>alva.sundberg@regiondalarna.se</td><td></td><td>X</td><td>X</td>'
             '<td></td><td></td></tr>\n'
             '</table>\n'
             '<p>Svara g&auml;rna till den h&auml;r funktionsbrevl&aring;dan.</p>\n'
             '<p>H&auml;lsningar<br>\nRegional utveckling<br>\nRegion Dalarna<br>\nBox 712, 791 29 Falun</p>\n'
             '</div></body></html>\n',
             X("register", [P("Tyra Berggren", "tyra.berggren@regiondalarna.se", "Region Dalarna"),
                            P("Oskar Nilsson Bäck", "oskar.nilsson-back@regiondalarna.se", "Region Dalarna",
                              diet="vegetarisk"),
                            P("Alva Sundberg", "alva.sundberg@regiondalarna.se", "Region Dalarna")],
               ALL, diet="vegetarisk"),
             "HTML-only from a Region shared mailbox; table with 'Efternamn, Förnamn' (double surname 'Nilsson "
             "Bäck') and X marks per session column -> union all four; diet is Oskar's",
             html=True),
    ]
