"""Theme "inbox": one registration inbox over the winter 2026-27, in the order the mail arrives.

First the signups that answer the invitation (replies above a quoted invitation, in several shapes), colleagues
added afterwards, questions on venue, cost, distance, parking and food, machine mail (out-of-office, a bounce,
a delivery report), a newsletter, a mailing-list post, spam and phishing; then the spring changes and
cancellations and the late signups before the deadline (14 April 2027).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """Hej!

Region Dalarna bjuder in er som arbetar med översiktsplanering i kommunerna och regionen till
lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Under fyra träffar fördjupar
vi oss i planeringsstrategin och hur den kan stärka översiktsplaneringen.

Träff 1: måndag 3 maj 2027, kl. 10.00–15.00 i Falun (fika från 09.30)
  Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt
  översiktsplanering – tillsammans med Boverket
Träff 2: tisdag 21 september 2027
  Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
Träff 3: måndag 29 november 2027
  Att planera både för önskvärda framtider och för osäkerheter
Träff 4: tisdag 22 februari 2028
  Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig till alla fyra träffarna senast
den 14 april 2027 till linnea.hassis@regiondalarna.se. Uppge namn, organisation, e-postadress
och eventuell specialkost.

Varmt välkommen!
Linnea Hassis
Samhällsplanerare, Region Dalarna"""

OUTLOOK_HEAD = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 08:47
Till: {to}
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft"""


def quoted(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


def outlook(to, text=INVITATION):
    return OUTLOOK_HEAD.format(to=to) + "\n\n" + text


def messages():
    return [
        # ---------------- December: the first answers to the invitation ----------------
        mail("at001", "2026-12-01T10:14", ("Sandberg Henrik", "henrik.sandberg@ludvika.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nTack för inbjudan, det här ser riktigt intressant ut. Jag anmäler mig härmed.\n\n"
             "Mvh\nHenrik Sandberg\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Ludvika kommun\n"
             "Tfn 0240-861 22 | Mobil 070-318 44 90\n\n"
             + outlook("Planerare Dalarna"),
             X("register", [P("Henrik Sandberg", "henrik.sandberg@ludvika.se", "Ludvika kommun")], ALL),
             "first reply above an Outlook-quoted invitation that lists all four dates; no session named -> all"),

        mail("at002", "2026-12-01T13:40", ("Forsberg Lena", "lena.forsberg@borlange.se"),
             "SV: Inbjudan: DalaLab",
             "Hej!\n\nVi är två från planavdelningen som vill vara med på samtliga tillfällen:\n\n"
             "Forsberg, Lena – lena.forsberg@borlange.se\n"
             "Nordin, Tomas – tomas.nordin@borlange.se\n\n"
             "Ingen av oss har någon specialkost.\n\n"
             "Hälsningar\nLena\n\n"
             "Lena Forsberg | Planarkitekt | Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\n\n"
             + quoted(INVITATION),
             X("register", [P("Lena Forsberg", "lena.forsberg@borlange.se", "Borlänge kommun"),
                            P("Tomas Nordin", "tomas.nordin@borlange.se", "Borlänge kommun")], ALL),
             "two people written 'Efternamn, Förnamn'; '>'-quoted invitation below; 'ingen specialkost' is no diet"),

        mail("at003", "2026-12-01T15:02", ("Wikström Jenny", "jenny.wikstrom@mora.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Tack för ditt mejl. Jag är på tjänsteresa och läser inte e-post förrän den 7 december. "
             "Vid brådskande ärenden, kontakta Mora kommuns kontaktcenter, 0250-260 00.\n\n"
             "Thank you for your e-mail. I am travelling and will not read mail until 7 December.\n\n"
             "Jenny Wikström\nMora kommun",
             X("auto_reply"),
             "bilingual out-of-office answering the invitation; the subject holds the event name"),

        tg("at004", "2026-12-02T07:51", "Anna Mattsson", 582214907,
           "hej! anna mattsson här, jobbar på orsa kommun. vill anmäla mig till dalalab, alla fyra ggr. "
           "jag äter vegetariskt 🙂",
           X("register", [P("Anna Mattsson", None, "Orsa kommun", diet="vegetariskt")], ALL, diet="vegetariskt"),
           "lower-case Telegram signup, organisation from the text, no address, diet"),

        mail("at005", "2026-12-02T09:26", ("Ulf Berglund", "ulf.berglund@hedemora.se"),
             "Lokal?",
             "Hej,\n\nvar i Falun blir första träffen? Och är det tänkt att alla fyra ska hållas på samma "
             "ställe, eller flyttar ni runt i länet? Funderar på om vi ska samåka.\n\n/Ulf",
             X("question"),
             "venue question, names Falun and 'alla fyra' but signs nobody up"),

        mail("at006", "2026-12-02T16:05", ("Emma Holmgren", "emma.holmgren@falun.se"),
             "Anmälan DalaLab",
             "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             "<p>Hej Linnea!</p>"
             "<p>Jag vill gärna anmäla mig till DalaLab, men kan tyvärr bara de två första gångerna i år, "
             "alltså <b>3/5</b> och <b>21.9</b>. Vintern är redan fullbokad för min del.</p>"
             "<p>Vänliga hälsningar<br>Emma Holmgren<br>Planeringsarkitekt<br>"
             "Stadsbyggnadsförvaltningen, Falu kommun<br>023-828 45</p></div>"
             "<hr><div style=\"color:#666\"><b>Från:</b> Hassis Linnea<br><b>Skickat:</b> den 1 december "
             "2026<br><b>Ämne:</b> Inbjudan DalaLab</div>"
             "<blockquote><p>Träff 1: 3 maj 2027, Falun<br>Träff 2: 21 september 2027<br>"
             "Träff 3: 29 november 2027<br>Träff 4: 22 februari 2028</p>"
             "<p>Anmälan senast 14 april 2027.</p></blockquote></body></html>",
             X("register", [P("Emma Holmgren", "emma.holmgren@falun.se", "Falu kommun")], [S1, S2]),
             "HTML-only; dates written 3/5 and 21.9; the quoted HTML invitation lists all four"),

        mail("at007", "2026-12-03T08:12", ("Berglund Ulf", "ulf.berglund@hedemora.se"),
             "SV: Anmälan DalaLab",
             "Hej igen,\n\njag glömde en sak när jag anmälde mig i tisdags: min kollega Per-Olof Ek vill också "
             "vara med, på samma sätt som jag, dvs alla fyra. Han har ingen mejl som fungerar just nu "
             "(byte av system), så skicka gärna bekräftelsen till mig så vidarebefordrar jag.\n\n"
             "Ulf Berglund\nPlanchef, Hedemora kommun\n0225-340 12",
             X("register", [P("Per-Olof Ek", None, "Hedemora kommun")], ALL),
             "'jag glömde': only the added colleague is the request; hyphenated first name; no address for him"),

        mail("at008", "2026-12-03T11:37", ("Daniel Becker", "daniel.becker@lansstyrelsen.se"),
             "DalaLab - fee?",
             "Hi Linnea,\n\nA colleague forwarded your invitation to me. Before I sign up: is there a participation "
             "fee, and if so, do you need an invoice address or a reference number from us? Also, is the "
             "programme held in Swedish only?\n\nBest regards,\nDaniel Becker\nRegional planning unit\n"
             "County Administrative Board of Dalarna",
             X("question"),
             "English question on cost and language; 'before I sign up' is not a signup"),

        mail("at009", "2026-12-04T06:00", ("Planeringsnätverket", "nyhetsbrev@planeringsnatverket.se"),
             "Nyhetsbrev december: Nya ÖP-modellen, planeringsstrategier och vårens kurser",
             "<html><body><table width=\"600\"><tr><td>"
             "<h1>Nyhetsbrev – december 2026</h1>"
             "<h2>Planeringsstrategin – så kommer ni igång</h2>"
             "<p>Allt fler kommuner tar fram en planeringsstrategi inför nästa översiktsplan. Vi har samlat "
             "erfarenheter från fem kommuner.</p>"
             "<h2>Vårens kurser</h2><p>Grundkurs i ÖP-modellen, 17 mars 2027, digitalt. "
             "<a href=\"https://planeringsnatverket.se/kurser\">Anmäl dig här</a></p>"
             "<p style=\"font-size:9px\">Du får detta nyhetsbrev eftersom du prenumererar. "
             "<a href=\"https://planeringsnatverket.se/avregistrera\">Avregistrera dig</a></p>"
             "</td></tr></table></body></html>",
             X("unknown"),
             "HTML newsletter on the same subject, with its own 'anmäl dig' and 'avregistrera' links"),

        mail("at010", "2026-12-07T10:48", ("Camilla Hägg", "camilla.hagg@sater.se"),
             "SV: Inbjudan DalaLab",
             "Hej!\n\nAnmäler mig till första och sista träffen (maj resp. februari). "
             "Jag är laktosintolerant, så laktosfritt till fikat om det går.\n\n"
             "Hälsningar\nCamilla Hägg\nSamhällsplanerare\nSäters kommun\n"
             "Tel 0225-553 08\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Linnea Hassis\nSkickat: 1 december 2026\n"
             "Ämne: Inbjudan DalaLab - Planering för hållbarhet och utvecklingskraft\n\n"
             "Fyra träffar: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.\n"
             "Anmälan senast 14 april 2027.",
             X("register", [P("Camilla Hägg", "camilla.hagg@sater.se", "Säters kommun", diet="laktosfritt")],
               [S1, S4], diet="laktosfritt"),
             "iso-8859-1; 'första och sista träffen' -> S1 and S4; diet worded two ways, label the request",
             charset="iso-8859-1"),

        mail("at011", "2026-12-07T10:49", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx1.regiondalarna.se.\n\n"
             "I'm sorry to have to inform you that your message could not be delivered to one or more "
             "recipients.\n\n<p-o.ek@hedemora.se>: host mail.hedemora.se[194.18.72.10] said: "
             "550 5.1.1 <p-o.ek@hedemora.se>: Recipient address rejected: User unknown in local recipient table "
             "(in reply to RCPT TO command)\n\n"
             "--- Original message headers ---\n"
             "From: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "To: p-o.ek@hedemora.se\n"
             "Subject: Bekräftelse: anmälan till DalaLab",
             X("auto_reply"),
             "bounce of a confirmation; names a person and an address, but it is machine mail"),

        mail("at012", "2026-12-08T14:19", ("Josefin Lund", "josefin.lund@gagnef.se"),
             "Fråga om målgrupp",
             "Hej!\n\nJag jobbar som GIS-ingenjör på Gagnefs kommun och sitter mycket med underlagen till "
             "översiktsplanen, men är inte planerare i egentlig mening. Är DalaLab tänkt även för sådana som "
             "mig, eller är det bara för planarkitekter? Vill inte ta en plats i onödan.\n\n"
             "Mvh Josefin",
             X("question"),
             "question about who may attend, from a possible participant"),

        mail("at013", "2026-12-09T09:03", ("Sarah Whitfield", "sarah.whitfield@regiondalarna.se"),
             "RE: Invitation DalaLab",
             "Hi Linnea,\n\nPlease sign me up for DalaLab – I'd like to join all four sessions. My Swedish is "
             "still a work in progress, so I hope that's fine. One thing: I'm gluten intolerant.\n\n"
             "Thanks!\nSarah\n\nSarah Whitfield\nAnalyst, Regional Development\nRegion Dalarna\n"
             "+46 23 49 03 12\n\n"
             "From: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSent: Tuesday, December 1, 2026 8:47 AM\n"
             "Subject: Inbjudan: DalaLab\n\n"
             "Träff 1: måndag 3 maj 2027 i Falun\nTräff 2: tisdag 21 september 2027\n"
             "Träff 3: måndag 29 november 2027\nTräff 4: tisdag 22 februari 2028\n"
             "Anmälan senast den 14 april 2027.",
             X("register", [P("Sarah Whitfield", "sarah.whitfield@regiondalarna.se", "Region Dalarna",
                              diet="gluten intolerant")], ALL, diet="gluten intolerant"),
             "English signup from Region Dalarna, diet in English"),

        mail("at014", "2026-12-09T22:41", ("IT-support Region Dalarna", "it-support@regiondalarna-helpdesk.com"),
             "Åtgärd krävs: din brevlåda är nästan full (98%)",
             "Hej linnea.hassis@regiondalarna.se,\n\nDin brevlåda har nått 98 % av tillåten kvot. Inkommande "
             "meddelanden, inklusive anmälningar, kommer att avvisas inom 24 timmar.\n\n"
             "Verifiera ditt konto nu för att utöka lagringen:\n"
             "https://regiondalarna-helpdesk.com/owa/verify?u=linnea.hassis\n\n"
             "IT-avdelningen\nRegion Dalarna",
             X("unknown"),
             "phishing pretending to be the region's IT desk, lookalike domain"),

        tg("at015", "2026-12-10T12:30", "Johan Lindqvist", 731004562,
           "Hej! Johan Lindqvist, Leksands kommun (johan.lindqvist@leksand.se). Jag vill vara med på "
           "träffarna 3 maj och 29 nov. Den i september krockar med semestern tyvärr.",
           X("register", [P("Johan Lindqvist", "johan.lindqvist@leksand.se", "Leksands kommun")], [S1, S3]),
           "Telegram signup with address in the text; two sessions named, a third explicitly excluded"),

        mail("at016", "2026-12-11T08:55", ("Anders Krook", "anders.krook@avesta.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nJag har själv inte möjlighet att vara med, men från oss i Avesta anmäler jag "
             "Karin Sjöberg (karin.sjoberg@avesta.se) och Mehmet Yilmaz (mehmet.yilmaz@avesta.se) till hela "
             "serien. De är båda i kopia.\n\n"
             "Med vänlig hälsning\nAnders Krook\nEnhetschef Plan och bygg\nAvesta kommun\n\n"
             "________________________________\n"
             "Från: Anders Krook\nSkickat: den 2 december 2026 07:30\nTill: Karin Sjöberg; Mehmet Yilmaz\n"
             "Ämne: VB: Inbjudan: DalaLab\n\nNågot för er? Säg till så anmäler jag.\n\n"
             + outlook("Anders Krook"),
             X("register", [P("Karin Sjöberg", "karin.sjoberg@avesta.se", "Avesta kommun"),
                            P("Mehmet Yilmaz", "mehmet.yilmaz@avesta.se", "Avesta kommun")], ALL),
             "manager signs up two staff, not himself; forwarded chain with an inner forward and the invitation"),

        mail("at017", "2026-12-14T15:22", ("Rasmus Eriksson", "rasmus.eriksson@malung-salen.se"),
             "Parkering vid träffen i Falun",
             "Hej\n\nJag kommer att köra bil från Malung till träffen i maj (ca 2 h). Finns det parkering "
             "vid lokalen, och behöver man i så fall betala/ställa p-skiva? Finns laddstolpe?\n\n"
             "Rasmus Eriksson\nMalung-Sälens kommun",
             X("question"),
             "parking question that mentions the May session; the writer may be registered but changes nothing"),

        mail("at018", "2026-12-18T16:40", ("Nordin Tomas", "tomas.nordin@borlange.se"),
             "Autosvar: Bekräftelse: anmälan till DalaLab",
             "Hej! Jag är ledig över jul och nyår och är tillbaka på kontoret 2027-01-07. "
             "Mejlen läses inte under ledigheten. För bygglovsfrågor, ring kundtjänst 0243-740 00.\n\n"
             "God jul & gott nytt år!\nTomas Nordin",
             X("auto_reply"),
             "Christmas out-of-office in answer to a confirmation, written with a full ISO date"),

        tg("at019", "2026-12-21T19:12", "Fredrika von Essen", 264880153,
           "God kväll! Fredrika von Essen heter jag och jobbar på Länsstyrelsen, enheten för samhällsplanering. "
           "Kan ni anmäla mig till höstens träffar? Våren har jag föräldraledigt.",
           X("register", [P("Fredrika von Essen", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "name with particle; 'höstens träffar' (plural) -> September and November"),

        # ---------------- January–February: after the holidays ----------------
        tg("at020", "2027-01-07T08:05", "Kenneth Ås", 415590286,
           "tjena. blir det lunch på dalalab-träffarna eller ska man ta med matlåda? och bjuds det på fika?",
           X("question"),
           "food question on Telegram, no signup"),

        mail("at021", "2027-01-11T13:17", ("Mikael Ström", "mikael.strom@rattvik.se"),
             "SV: Anmälan DalaLab – Rättvik",
             "Hej!\n\nJag glömde i mitt förra mejl: Lisa Ahl-Nordin (lisa.ahl-nordin@rattvik.se) vill "
             "också vara med, på samma träffar som jag.\n\n/Mikael\n\n"
             "Från: Mikael Ström\nSkickat: den 14 december 2026 10:02\nTill: Hassis Linnea\n"
             "Ämne: Anmälan DalaLab – Rättvik\n\n"
             "> Hej Linnea,\n> jag anmäler mig till träffarna den 3 maj och 21 september. De andra två "
             "går tyvärr inte.\n> Mikael Ström, Rättviks kommun",
             X("register", [P("Lisa Ahl-Nordin", "lisa.ahl-nordin@rattvik.se", "Rättviks kommun")], [S1, S2]),
             "'samma träffar som jag': the sessions are in the sender's own quoted earlier mail"),

        mail("at022", "2027-01-13T10:31", ("Ulf Berglund", "ulf.berglund@hedemora.se"),
             "[op-dalarna] Erfarenheter av planeringsstrategi?",
             "Hej alla i listan,\n\nVi håller på att starta arbetet med en planeringsstrategi i Hedemora. "
             "Är det någon som har ett bra upplägg för den politiska förankringen att dela med sig av? "
             "Flera av oss ses ju på DalaLab i maj, men det vore bra att komma igång innan dess.\n\n"
             "Ulf\n\n--\nop-dalarna – e-postlista för översiktsplanerare i Dalarna\n"
             "Avsluta prenumeration: op-dalarna-leave@listor.regiondalarna.se",
             X("unknown"),
             "mailing-list post from a registered participant that mentions DalaLab in May",
             to="op-dalarna@listor.regiondalarna.se"),

        mail("at023", "2027-01-18T09:44", ("Camilla Hägg", "camilla.hagg@sater.se"),
             "Radera mina uppgifter",
             "Hej,\n\nJag anmälde mig till DalaLab i december men har fått ett nytt jobb utanför länet och "
             "slutar på Säter i februari. Jag vill därför att ni tar bort mig från deltagarlistan och raderar "
             "de personuppgifter ni har om mig (namn, e-post, kostuppgift).\n\nTack!\nCamilla Hägg",
             X("erasure", [P("Camilla Hägg", "camilla.hagg@sater.se", "Säters kommun")]),
             "erasure request that also withdraws the signup"),

        mail("at024", "2027-01-20T11:09", ("Gunilla Västerberg", "gunilla.vasterberg@mora.se"),
             "SV: Inbjudan: DalaLab",
             "<html><body><p>Hej Linnea,</p>"
             "<p>Nu har vi på Mora kommun bestämt oss. Vi är tre som anmäler oss till DalaLab, alla fyra "
             "träffar:</p><ul>"
             "<li>Gunilla Västerberg (jag), gunilla.vasterberg@mora.se</li>"
             "<li>Nils Åkesson, nils.akesson@mora.se</li>"
             "<li>Sanna Olofsson – nötallergi!</li></ul>"
             "<p>Sanna har inte fått sin nya mejladress än, så hör av dig till mig om något gäller henne.</p>"
             "<p>Hälsningar<br>Gunilla Västerberg<br>Strateg, Kommunledningskontoret<br>Mora kommun<br>"
             "0250-264 17</p>"
             "<div style=\"border-top:1px solid #ccc\"><p><b>From:</b> Hassis Linnea &lt;"
             "linnea.hassis@regiondalarna.se&gt;<br><b>Sent:</b> 1 December 2026 08:47</p>"
             "<blockquote>Träff 1: måndag 3 maj 2027, Falun<br>Träff 2: tisdag 21 september 2027<br>"
             "Träff 3: måndag 29 november 2027<br>Träff 4: tisdag 22 februari 2028<br>"
             "Upp till tre personer per kommun.</blockquote></div></body></html>",
             X("register", [P("Gunilla Västerberg", "gunilla.vasterberg@mora.se", "Mora kommun"),
                            P("Nils Åkesson", "nils.akesson@mora.se", "Mora kommun"),
                            P("Sanna Olofsson", None, "Mora kommun", diet="nötallergi")], ALL, diet="nötallergi"),
             "HTML list of three from one municipality (its full quota); diet for one person, no address for her"),

        mail("at025", "2027-01-25T14:50", ("Petter Dahl", "petter.dahl@mora.se"),
             "DalaLab – reservplats?",
             "Hej!\n\nJag förstår av Gunilla att Mora redan har anmält tre personer, men jag skulle också "
             "väldigt gärna vara med på DalaLab. Kan ni sätta upp mig, eller åtminstone på en reservlista om "
             "någon hoppar av?\n\nPetter Dahl\nTrafikplanerare, Mora kommun",
             X("register", [P("Petter Dahl", "petter.dahl@mora.se", "Mora kommun")], ALL),
             "a fourth from Mora asks to be signed up or waitlisted; over the quota"),

        mail("at026", "2027-02-01T08:33", ("Oscar Nyström", "oscar.nystrom@falun.se"),
             "Antal platser per kommun",
             "Hej,\n\nvi är fyra på Stadsbyggnadsförvaltningen i Falun som är intresserade av DalaLab. "
             "Gäller gränsen tre personer per kommun strikt, eller kan man dela på platserna så att olika "
             "personer går olika gånger? Vi har inte anmält någon mer än Emma ännu.\n\nMvh Oscar",
             X("question"),
             "quota question; mentions an already registered colleague and 'four of us' but signs up nobody"),

        mail("at027", "2027-02-03T09:12", ("Microsoft Outlook", "postmaster@avesta.se"),
             "Levererat: Bekräftelse: anmälan till DalaLab",
             "Ditt meddelande har levererats till följande mottagare:\n\n"
             "Mehmet Yilmaz (mehmet.yilmaz@avesta.se)\n\n"
             "Ämne: Bekräftelse: anmälan till DalaLab",
             X("auto_reply"),
             "Outlook delivery report naming a participant and his address"),

        mail("at028", "2027-02-08T07:15", ("Fjällkonferens Sälen", "info@fjallkonferens-salen.se"),
             "Planerar ni en workshop i vår? 20 % rabatt på konferenspaket",
             "Hej!\n\nSka er arbetsgrupp ses för en kick-off, en planeringsdag eller en utbildningsserie? "
             "Vi erbjuder heldagskonferens med lunch, fika och middag i fjällmiljö från 795 kr per person.\n\n"
             "Anmäl er grupp före 28 februari och få 20 % rabatt. Svara på detta mejl så återkommer vi.\n\n"
             "Fjällkonferens Sälen\n0280-210 00\n\n"
             "Vill du inte ha fler utskick? Svara STOPP.",
             X("unknown"),
             "conference-venue spam with 'anmäl', fika and lunch in it"),

        tg("at029", "2027-02-15T21:47", "maria nyberg", 903317725,
           "hej vill anmäla mig o min kollega erik holm till dalalab, 21/9 o 29/11. vi jobbar båda på gagnefs "
           "kommun. ja heter maria nyberg",
           X("register", [P("Maria Nyberg", None, "Gagnefs kommun"), P("Erik Holm", None, "Gagnefs kommun")],
             [S2, S3]),
           "lower case with typos, two people, dates as 21/9 and 29/11"),

        mail("at030", "2027-02-22T13:05", ("Bengt Larsson", "bengt.larsson@regiondalarna.se"),
             "Remissvar Trafikverket - underlag",
             "Hej Linnea!\n\nHar du hunnit titta på remissvaret om stråket Falun-Borlänge? Jag skulle behöva "
             "dina synpunkter på avsnittet om regionala noder senast på fredag, så att det hinner till "
             "nämnden. Bifogar inget nu, det ligger i Teams-mappen.\n\nTack på förhand!\nBengt\n\n"
             "Bengt Larsson\nTrafikstrateg, Region Dalarna",
             X("unknown"),
             "iso-8859-1; a colleague's work mail to the same person, not for the registration service",
             charset="iso-8859-1"),

        # ---------------- March–April: changes, cancellations, late signups ----------------
        mail("at031", "2027-03-01T10:27", ("Sandberg Henrik", "henrik.sandberg@ludvika.se"),
             "Specialkost DalaLab",
             "Hej Linnea,\n\nJag är anmäld till alla fyra DalaLab-träffarna sedan december. Sedan dess har "
             "jag fått diagnosen celiaki, så från och med nu är jag glutenfri. Kan du notera det inför "
             "lunchen och fikat?\n\nMvh Henrik\n\nHenrik Sandberg\nÖversiktsplanerare, Ludvika kommun\n"
             "Tfn 0240-861 22",
             X("change", [P("Henrik Sandberg", "henrik.sandberg@ludvika.se", "Ludvika kommun", diet="glutenfri")],
               ALL, diet="glutenfri"),
             "diet change for a registered participant; his sessions stay all four"),

        mail("at032", "2027-03-04T15:58", ("Emma Holmgren", "emma.holmgren@falun.se"),
             "Ändra min anmälan",
             "Hej!\n\nJag är anmäld till 3/5 och 21/9. Nu har det dykt upp en disputation i maj som jag måste "
             "vara på, så jag kan inte komma på den första träffen. Kan jag i stället vara med den 29:e "
             "november? September står kvar som förut.\n\nTack\nEmma\n\nEmma Holmgren\nFalu kommun",
             X("change", [P("Emma Holmgren", "emma.holmgren@falun.se", "Falu kommun")], [S2, S3]),
             "change with the sessions after it stated: drop 3/5, keep September, add 'den 29:e november'"),

        mail("at033", "2027-03-08T08:20", ("Anders Krook", "anders.krook@avesta.se"),
             "Byte av deltagare DalaLab",
             "Hej Linnea,\n\nKarin Sjöberg har tyvärr blivit sjukskriven en längre period och kan inte delta i "
             "DalaLab. Johanna Berg (johanna.berg@avesta.se) tar över hennes plats på alla träffar. Johanna "
             "är vegan.\n\nMehmet är kvar som tidigare.\n\nVänligen\nAnders Krook\nEnhetschef Plan och bygg, "
             "Avesta kommun\n0226-645 10",
             X("change", [P("Karin Sjöberg", None, "Avesta kommun"),
                          P("Johanna Berg", "johanna.berg@avesta.se", "Avesta kommun", diet="vegan")],
               ALL, diet="vegan"),
             "substitution by a manager; the remaining colleague 'kvar som tidigare' is not part of the request"),

        tg("at034", "2027-03-12T17:03", "Johan Lindqvist", 731004562,
           "hej igen, johan från leksand. måste tyvärr avboka första träffen i maj, fick krock med ett "
           "fullmäktige. novemberträffen står kvar!",
           X("cancel", [P("Johan Lindqvist", None, "Leksands kommun")], [S1]),
           "Telegram cancel of one session; address not in this text; the other session stays"),

        mail("at035", "2027-03-15T11:45", ("Hanna Persson", "hanna.persson@alvdalen.se"),
             "Distansdeltagande?",
             "Hej!\n\nFrån Älvdalen är det långt till Falun, särskilt i maj med alla vägarbeten. Finns det "
             "möjlighet att delta via Teams? I så fall anmäler jag mig gärna till alla fyra.\n\n"
             "Hälsningar\nHanna Persson\nPlaneringsarkitekt\nÄlvdalens kommun",
             X("question", unsure=["intent"]),
             "distance question with a conditional signup; a human would answer first, then ask"),

        mail("at036", "2027-03-18T13:30", ("Gunilla Västerberg", "gunilla.vasterberg@mora.se"),
             "Ändring i anmälan – Mora",
             "Hej,\n\nNils Åkesson har slutat hos oss, så ni kan stryka honom från DalaLab. Vi hinner inte "
             "hitta någon ersättare just nu, vi återkommer om det blir aktuellt.\n\n"
             "Hälsningar\nGunilla",
             X("cancel", [P("Nils Åkesson", None, "Mora kommun")], ALL),
             "colleague withdrawn without a substitute under an 'Ändring' subject; his address is not in this mail"),

        mail("at037", "2027-03-22T09:58", ("Forsberg Lena", "lena.forsberg@borlange.se"),
             "DalaLab 21 september",
             "Hej Linnea!\n\nJag har fått förhinder den 21 september (vi har en samrådsvecka då). Kanske kan "
             "någon annan från planavdelningen gå i mitt ställe, jag kollar med gruppen. Annars får du stryka "
             "mig just den gången.\n\nHälsningar\nLena Forsberg\nBorlänge kommun",
             X("cancel", [P("Lena Forsberg", "lena.forsberg@borlange.se", "Borlänge kommun")], [S2],
               unsure=["change-or-cancel"]),
             "cancel of one session with a maybe-substitute not yet named"),

        mail("at038", "2027-03-26T12:00", ("Sarah Whitfield", "sarah.whitfield@regiondalarna.se"),
             "Automatic reply: DalaLab - praktisk information inför 3 maj",
             "I'm on Easter leave until 6 April and will reply when I'm back.\n"
             "Jag är påskledig t.o.m. 5/4 och svarar när jag är tillbaka.\n\nSarah Whitfield\nRegion Dalarna",
             X("auto_reply"),
             "Easter out-of-office; the subject names the 3 May session and both dates look like 'd/m'"),

        mail("at039", "2027-03-29T10:16", ("James O'Neill", "james.oneill@smedjebacken.se"),
             "Sign-up for DalaLab",
             "Hello,\n\nI started as a planner at Smedjebacken municipality this month and my manager "
             "pointed me to DalaLab. I'd like to sign up for the first meeting on May 3rd and the one "
             "on 21.9. The later two I can't commit to yet.\n\nKind regards,\nJames O'Neill\n"
             "Smedjebackens kommun\n+46 240 66 00 00",
             X("register", [P("James O'Neill", "james.oneill@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
             "late English signup, apostrophe in name, dates as 'May 3rd' and '21.9'"),

        mail("at040", "2027-04-01T06:42", ("DalaLab Registrering", "noreply@dalalab-registrering.net"),
             "Påminnelse: obetald deltagaravgift DalaLab",
             "<html><body><p>Hej,</p><p>Vi har registrerat din anmälan till <b>DalaLab – Planering för "
             "hållbarhet och utvecklingskraft</b> den 3 maj 2027. Deltagaravgiften på 1 450 kr är ännu "
             "inte betald.</p><p>Betala senast 14 april för att behålla din plats: "
             "<a href=\"https://dalalab-registrering.net/pay?id=88213\">Betala med kort</a></p>"
             "<p>Med vänlig hälsning<br>DalaLab Registrering</p></body></html>",
             X("unknown"),
             "phishing that copies the event name, the first date and the deadline"),

        mail("at041", "2027-04-05T14:26", ("Elin Strand", "elin.strand@vansbro.se"),
             "VB: VB: Inbjudan: DalaLab",
             "Hej!\n\nMin chef skickade vidare inbjudan nedan. Är det för sent att anmäla sig? Jag vill i så "
             "fall gärna vara med på den sista träffen, den om tillgänglighet – det är precis vad jag jobbar "
             "med. Resten hinner jag inte.\n\nElin Strand\nUtvecklingsstrateg, Vansbro kommun\n\n"
             "Från: Lars Jonsson <lars.jonsson@vansbro.se>\nSkickat: den 2 april 2027 16:10\n"
             "Till: Elin Strand <elin.strand@vansbro.se>\nÄmne: VB: Inbjudan: DalaLab\n\n"
             "Kanske något för dig, Elin? Jag har inte tid själv i år.\n/Lars\n\n"
             + outlook("Lars Jonsson"),
             X("register", [P("Elin Strand", "elin.strand@vansbro.se", "Vansbro kommun")], [S4]),
             "late signup through a forward chain; session by theme ('den om tillgänglighet'); the manager is not "
             "signed up"),

        mail("at042", "2027-04-07T08:38", ("Marcus Lind", "marcus.lind@malung-salen.se"),
             "Anmälan DalaLab Malung-Sälen",
             "Hej,\n\nHärmed anmäler jag Tove Andersson (tove.andersson@malung-salen.se) och Ali Hassan "
             "(ali.hassan@malung-salen.se) till DalaLab. Själv försöker jag också komma loss, men det "
             "hänger på budgetarbetet.\n\nMvh\nMarcus Lind\nSamhällsbyggnadschef\nMalung-Sälens kommun",
             X("register", [P("Tove Andersson", "tove.andersson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Ali Hassan", "ali.hassan@malung-salen.se", "Malung-Sälens kommun")], ALL,
               unsure=["sender-attends"]),
             "signs up two colleagues; the sender 'försöker också komma' - does he attend?"),

        tg("at043", "2027-04-08T20:14", "Oskar Lund", 348126690,
           "Hej! Oskar Lund, Region Dalarna (kollektivtrafikförvaltningen). Hann inte anmäla mig tidigare, "
           "men jag vill gärna vara med på höstens träff. Går det fortfarande?",
           X("register", [P("Oskar Lund", None, "Region Dalarna")], [S2, S3], unsure=["sessions"]),
           "late Telegram signup for 'höstens träff' (singular, two autumn sessions)"),

        tg("at044", "2027-04-09T07:30", "Anna Mattsson", 582214907,
           "hej. anna mattsson orsa igen. jag kommer inte vara med på dalalab och vill att ni tar bort mitt "
           "namn och allt annat ni sparat om mig, tack",
           X("erasure", [P("Anna Mattsson", None, "Orsa kommun")]),
           "Telegram erasure request from an earlier registrant, lower case"),

        mail("at045", "2027-04-10T16:51", ("Sofia Eklund", "sofia.eklund@sater.se"),
             "Sen anmälan!",
             "Hej Linnea,\n\nhoppas vi hinner innan sista anmälningsdag! Jag och Kalle Persson från Hedemora "
             "kommun (vi samarbetar kring en gemensam ÖP) vill anmäla oss till träffarna 3/5 och 22 februari. "
             "Kalle äter inte fläskkött.\n\nTrevlig helg!\nSofia Eklund\nPlanarkitekt, Säters kommun",
             X("register", [P("Sofia Eklund", "sofia.eklund@sater.se", "Säters kommun"),
                            P("Kalle Persson", None, "Hedemora kommun", diet="äter inte fläskkött")],
               [S1, S4], diet="äter inte fläskkött"),
             "last signup before the deadline: two people from two municipalities, one without an address, "
             "diet for the colleague"),
    ]
