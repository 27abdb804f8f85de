"""Batch 13, writer "invite": the first three weeks after the invitation went out (26 Nov 2026).

Mostly replies to the invitation mail, with it quoted below; a fifth Telegram.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

LH = "linnea.hassis@regiondalarna.se"
SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"

INVITE = """Hej!

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
Region Dalarna
"""


def gt(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").splitlines()) + "\n"


def q_outlook(to):
    """Classic Outlook reply header, Swedish."""
    return ("\n-----Ursprungligt meddelande-----\n"
            f"Från: Hassis Linnea <{LH}>\n"
            "Skickat: den 26 november 2026 10:02\n"
            f"Till: {to}\n"
            f"Ämne: {SUBJ}\n\n" + INVITE)


def q_outlook_line(to):
    """New Outlook / OWA reply header with the underscore line."""
    return ("\n________________________________\n"
            f"Från: Linnea Hassis <{LH}>\n"
            "Skickat: torsdag, 26 november 2026 10:02\n"
            f"Till: {to}\n"
            f"Ämne: {SUBJ}\n\n" + INVITE)


def q_outlook_en(to):
    return ("\nFrom: Linnea Hassis <" + LH + ">\n"
            "Sent: Thursday, 26 November 2026 10:02\n"
            f"To: {to}\n"
            f"Subject: {SUBJ}\n\n" + INVITE)


def q_gmail():
    return f"\nDen tors 26 nov. 2026 kl 10:02 skrev Linnea Hassis <{LH}>:\n\n" + gt(INVITE)


def q_apple():
    return f"\n> 26 nov. 2026 kl. 10:02 skrev Linnea Hassis <{LH}>:\n>\n" + gt(INVITE)


FALUN_GDPR = ("\nNär du skickar e-post till Falu kommun behandlas dina personuppgifter enligt dataskyddsförordningen. "
              "Läs mer på www.falun.se/personuppgifter\n")


def messages():
    return [
        # ---- Tuesday 1 December ----------------------------------------------------------------
        mail("m001", "2026-12-01T07:58", ("Strömberg Helena", "helena.stromberg@avesta.se"), "SV: " + SUBJ,
             """Hej Linnea!

Tack för inbjudan, det här ser väldigt intressant ut. Jag anmäler mig till alla fyra träffarna.

Vänliga hälsningar
Helena Strömberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
774 81 Avesta
Tel. 0226-64 50 00 (växel)
www.avesta.se
""" + q_outlook("Strömberg Helena <helena.stromberg@avesta.se>"),
             X("register", [P("Helena Strömberg", "helena.stromberg@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply, self, 'alla fyra träffarna'; surname-first display name; invitation quoted"),

        mail("m002", "2026-12-01T08:41", ("Mikael Dahlgren", "mikael.dahlgren@borlange.se"), "RE: " + SUBJ,
             """Hej,

Vi blir två från GIS-enheten i Borlänge som vill vara med: jag själv och Ali Reza (ali.reza@borlange.se).
Vi anmäler oss till 3 maj och 21 september. De två senare träffarna får vi återkomma om när vi vet hur nästa år ser ut.

MVH
Mikael Dahlgren
GIS-ingenjör | Samhällsbyggnadsförvaltningen | Borlänge kommun
Tel: 0243-74 000 | mikael.dahlgren@borlange.se
""" + q_outlook_en("GIS-enheten <gis@borlange.se>"),
             X("register", [P("Mikael Dahlgren", "mikael.dahlgren@borlange.se", "Borlänge kommun"),
                            P("Ali Reza", "ali.reza@borlange.se", "Borlänge kommun")], [S1, S2]),
             "self + colleague with address; '3 maj och 21 september', the other two left for later; English Outlook header on the quote"),

        tg("m003", "2026-12-01T12:20", "Maja Nordin", 6031458820,
           "Hej! Vill anmäla mig till DalaLab, alla fyra träffarna. Maja Nordin, Leksands kommun. Vegetarisk kost 🙏",
           X("register", [P("Maja Nordin", None, "Leksands kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
           "telegram self-signup, all four, vegetarian"),

        mail("m004", "2026-12-01T13:52", ("Johanna Lindström", "johanna.lindstrom@falun.se"), "SV: " + SUBJ,
             """Hej Linnea,

Från Falu kommun anmäler vi följande tre personer till lärprojektet (samtliga träffar):

1. Johanna Lindström, planeringsstrateg – johanna.lindstrom@falun.se
2. Per Eriksson, översiktsplanerare – per.eriksson@falun.se, glutenfri kost
3. Sara Mäkinen, miljöstrateg – sara.makinen@falun.se

Tack på förhand!

Hälsningar
Johanna Lindström
Planeringsstrateg
Stadsbyggnadsförvaltningen
Falu kommun
023-83 000
""" + FALUN_GDPR + q_outlook_line("Johanna Lindström <johanna.lindstrom@falun.se>"),
             X("register", [P("Johanna Lindström", "johanna.lindstrom@falun.se", "Falu kommun"),
                            P("Per Eriksson", "per.eriksson@falun.se", "Falu kommun", diet="glutenfri"),
                            P("Sara Mäkinen", "sara.makinen@falun.se", "Falu kommun")], ALL, diet="glutenfri"),
             "numbered list of three incl. the sender, addresses, one with gluten-free diet; 'samtliga träffar'; GDPR footer"),

        mail("m005", "2026-12-01T13:54", ("Per Eriksson", "per.eriksson@falun.se"),
             "Automatiskt svar: Bekräftelse på anmälan – DalaLab",
             """Hej!

Tack för ditt mejl. Jag är på utbildning 1–3 december och läser inte min e-post. Jag är tillbaka fredag 4 december.

Brådskande ärenden om översiktsplanen: kontakta Johanna Lindström, 023-83 000.

Med vänlig hälsning
Per Eriksson
Översiktsplanerare, Falu kommun
""",
             X("auto_reply"),
             "Outlook out-of-office answering the confirmation; '1–3 december', 'fredag 4 december' are not sessions"),

        tg("m006", "2026-12-01T19:34", "Lena Ahlberg", 5120947736,
           "hej, anmäler mig och kollegan petter jonsson till alla träffarna. vi jobbar båda med planering på mora kommun /lena",
           X("register", [P("Lena Ahlberg", None, "Mora kommun"), P("Petter Jonsson", None, "Mora kommun")], ALL),
           "telegram, sender + colleague in lower case, 'alla träffarna'"),

        # ---- Wednesday 2 December --------------------------------------------------------------
        mail("m007", "2026-12-02T07:46", ("Anders Wallin", "anders.wallin@gagnef.se"), "Sv: " + SUBJ,
             """Hej!

Jag och vice ordföranden Bengt Larsson vill gärna delta på de två första träffarna, 3 maj och 21 september. Vi är båda förtroendevalda – hoppas att det går bra även om det främst riktar sig till tjänstepersoner.

Med vänliga hälsningar
Anders Wallin (S)
Ordförande samhällsbyggnadsnämnden
Gagnefs kommun

Skickat från min iPad
""" + q_apple(),
             X("register", [P("Anders Wallin", "anders.wallin@gagnef.se", "Gagnefs kommun"),
                            P("Bengt Larsson", None, "Gagnefs kommun")], [S1, S2]),
             "politician (nämndordförande) signs up self + vice chair, first two sessions; iPad reply with quote"),

        mail("m008", "2026-12-02T09:17", ("Camilla Norling", "camilla.norling@hedemora.se"), "Re: " + SUBJ,
             """Hej! Anmäler mig till 3/5, 29/11 och 22/2. 21/9 är jag tyvärr bortrest. Laktosfri kost tack.
/Camilla

Skickat från min iPhone
""" + q_apple(),
             X("register", [P("Camilla Norling", "camilla.norling@hedemora.se", "Hedemora kommun", diet="laktosfri")],
               [S1, S3, S4], diet="laktosfri"),
             "phone reply, no signature (organisation from domain); '3/5, 29/11 och 22/2', 21/9 excluded; lactose-free"),

        mail("m009", "2026-12-02T10:02", ("Kerstin Vall", "kerstin.vall@ludvika.se"), "SV: " + SUBJ,
             """Hej Linnea!

Vi blir tre från Ludvika kommun: jag, Anders Holm och Malin Sahlin. Alla har adresser enligt förnamn.efternamn@ludvika.se.
Vi kommer på alla fyra träffarna.

Hälsningar
Kerstin Vall
Planchef
Ludvika kommun
Samhällsbyggnadsförvaltningen, 771 82 Ludvika
""" + q_outlook("Vall Kerstin <kerstin.vall@ludvika.se>"),
             X("register", [P("Kerstin Vall", "kerstin.vall@ludvika.se", "Ludvika kommun"),
                            P("Anders Holm", "anders.holm@ludvika.se", "Ludvika kommun"),
                            P("Malin Sahlin", "malin.sahlin@ludvika.se", "Ludvika kommun")], ALL),
             "planning manager signs up self + two, addresses only as the pattern förnamn.efternamn@ludvika.se"),

        mail("m010", "2026-12-02T11:30", ("Ylva Backlund", "ylva.backlund@vansbro.se"), "Fråga om DalaLab",
             """Hej Linnea,

Vi är intresserade av DalaLab här i Vansbro, men vi har inte bestämt vilka som ska gå ännu. Går det bra att skicka in namnen lite senare?

Och en fråga till: måste det vara samma personer på alla fyra träffarna, eller kan vi skicka olika personer beroende på tema?

Vänliga hälsningar
Ylva Backlund
Samhällsbyggnadschef
Vansbro kommun
0281-750 00
""",
             X("question"),
             "question only: can names come later, must the same people attend every session"),

        mail("m011", "2026-12-02T13:44", ("Jessica Norrby", "jessica.norrby@norrplan.se"), "DalaLab – deltagande som konsult?",
             """Hej!

Jag är konsult på Norrplan AB och arbetar just nu med översiktsplanen för Hedemora kommun. Är lärprojektet öppet även för konsulter? I så fall vill jag gärna anmäla mig till den första träffen den 3 maj.

Med vänlig hälsning
Jessica Norrby
Planeringsarkitekt FPR/MSA
Norrplan AB | Åsgatan 12, 791 71 Falun
070-312 44 87
""",
             X("register", [P("Jessica Norrby", "jessica.norrby@norrplan.se", None)], [S1]),
             "consultant working for a municipality asks if consultants may join and signs up for 3 May if so -> register, organisation null"),

        tg("m012", "2026-12-02T15:15", "Jonas Mattsson", 7044129365,
           "Hej. Jonas Mattsson här, samhällsplanerare i Älvdalen. Vill anmäla mig till första träffen 3 maj. Glutenfri kost.",
           X("register", [P("Jonas Mattsson", None, "Älvdalens kommun", diet="glutenfri")], [S1], diet="glutenfri"),
           "telegram, first session only, gluten-free; 'i Älvdalen'"),

        mail("m013", "2026-12-02T20:48", ("Gun-Britt Persson", "gunbritt.persson@telia.com"), "VB: " + SUBJ,
             """Hej Linnea

Jag fick inbjudan vidarebefordrad av vår planchef. Jag skulle vilja anmäla mig till träffarna i september och november. Jag sitter i kommunstyrelsens planeringsutskott i Leksands kommun.

Hälsningar
Gun-Britt Persson (C)

-------- Vidarebefordrat meddelande --------
Från: Tomas Krantz <tomas.krantz@leksand.se>
Datum: 30 nov. 2026 15:12
Ämne: VB: """ + SUBJ + """
Till: Gun-Britt Persson <gunbritt.persson@telia.com>

Hej Gun-Britt! Det här kanske är något för dig? Politiker är också välkomna har jag förstått. /Tomas

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Till: Krantz Tomas <tomas.krantz@leksand.se>
Ämne: """ + SUBJ + "\n\n" + INVITE,
             X("register", [P("Gun-Britt Persson", "gunbritt.persson@telia.com", "Leksands kommun")], [S2, S3]),
             "politician from a private telia.com address forwards the chain; organisation from text; 'i september och november'"),

        # ---- Thursday 3 December ---------------------------------------------------------------
        mail("m014", "2026-12-03T08:20", ("Hampus Lindblom", "hampus.lindblom@rattvik.se"), "Anmälan DalaLab",
             """Hej,

Namn: Hampus Lindblom
Organisation: Rättviks kommun
E-post: hampus.lindblom@rattvik.se
Specialkost: nötallergi
Träffar: alla

Mvh Hampus
GIS-ingenjör, Rättviks kommun
""",
             X("register", [P("Hampus Lindblom", "hampus.lindblom@rattvik.se", "Rättviks kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "new mail written as a little form (Namn:/Organisation:/Träffar: alla); nut allergy"),

        mail("m015", "2026-12-03T09:05", ("Kerstin Åhman", "kerstin.ahman@smedjebacken.se"), "SV: " + SUBJ,
             """Hej Linnea!

Tack för en spännande inbjudan. Jag anmäler härmed våra två planarkitekter Sofie Granlund och Erik Hammar till samtliga fyra träffar. Själv hinner jag tyvärr inte delta, men jag ser fram emot att höra hur det går.

Vänliga hälsningar
Kerstin Åhman (S)
Kommunstyrelsens ordförande
Smedjebackens kommun

Tänk på miljön innan du skriver ut detta e-postmeddelande.
""" + q_outlook("Åhman Kerstin <kerstin.ahman@smedjebacken.se>"),
             X("register", [P("Sofie Granlund", None, "Smedjebackens kommun"),
                            P("Erik Hammar", None, "Smedjebackens kommun")], ALL),
             "kommunalråd signs up two planners but not herself; no addresses"),

        mail("m016", "2026-12-03T10:40", ("Malin Forsgren", "malin.forsgren@sater.se"), "Re: " + SUBJ,
             """Hej!
Jag och Linus Björk (linus.bjork@sater.se) anmäler oss till DalaLab, alla träffar.
Kost: jag är vegetarian, Linus är laktosintolerant.

//Malin

Malin Forsgren
Miljöstrateg
Säters kommun
""" + q_gmail(),
             X("register", [P("Malin Forsgren", "malin.forsgren@sater.se", "Säters kommun", diet="vegetarian"),
                            P("Linus Björk", "linus.bjork@sater.se", "Säters kommun", diet="laktosintolerant")],
               ALL, diet="vegetarian, laktosintolerant"),
             "self + colleague, a different diet each; Gmail-style '>' quote"),

        mail("m017", "2026-12-03T11:12", ("Strömberg Helena", "helena.stromberg@avesta.se"), "SV: SV: " + SUBJ,
             """Hej igen!

Glömde skriva att jag är glutenintolerant.

/Helena

-----Ursprungligt meddelande-----
Från: Strömberg Helena
Skickat: den 1 december 2026 07:58
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: SV: """ + SUBJ + """

Hej Linnea!

Tack för inbjudan, det här ser väldigt intressant ut. Jag anmäler mig till alla fyra träffarna.

Vänliga hälsningar
Helena Strömberg
Översiktsplanerare
Avesta kommun
""",
             X("change", [P("Helena Strömberg", "helena.stromberg@avesta.se", "Avesta kommun", diet="glutenintolerant")],
               [], diet="glutenintolerant"),
             "follow-up to her own signup (m001) adding a diet; no sessions stated in the new text -> change []"),

        tg("m018", "2026-12-03T13:30", "Daniel Okafor", 6389012457,
           "Hi! This is Daniel Okafor, architect at Malung-Sälen municipality. I'd like to join all four DalaLab sessions. Diet: no pork. Thanks!",
           X("register", [P("Daniel Okafor", None, "Malung-Sälens kommun", diet="no pork")], ALL, diet="no pork"),
           "English telegram signup, all four, 'no pork'"),

        mail("m019", "2026-12-03T14:47", ("Andreas Lund", "andreas@lundarkitektur.se"), "Anmälan till DalaLab – Orsa",
             """Hej Linnea,

Jag är inhyrd som planarkitekt hos Orsa kommun sedan i höstas och kommer att ta en av Orsas platser i DalaLab (stämt av med planchefen). Jag anmäler mig till alla träffar.

Mvh
Andreas Lund
Lund Arkitektur AB
På uppdrag av Orsa kommun
076-118 20 93
""",
             X("register", [P("Andreas Lund", "andreas@lundarkitektur.se", "Orsa kommun")], ALL),
             "hired consultant who takes one of Orsa's places -> Orsa kommun; firm domain"),

        mail("m020", "2026-12-03T16:02", ("Hanna Söderberg", "hanna.soderberg@orsa.se"), "SV: " + SUBJ,
             """Hej!

Jag anmäler mig till höstens två träffar, 21 september och 29 november.

Hälsningar
Hanna Söderberg
Planarkitekt
Orsa kommun
""" + q_outlook_line("Samhällsbyggnad Orsa <samhallsbyggnad@orsa.se>"),
             X("register", [P("Hanna Söderberg", "hanna.soderberg@orsa.se", "Orsa kommun")], [S2, S3]),
             "self, the two autumn sessions named by date; invitation came via a shared mailbox"),

        tg("m021", "2026-12-03T21:15", "Erik Hammar", 5597301284,
           "hej, min chef har visst anmält mig redan, vill bara säga att jag är vegan 🌱 / erik hammar, smedjebacken",
           X("change", [P("Erik Hammar", None, "Smedjebackens kommun", diet="vegan")], [], diet="vegan"),
           "telegram diet note for a signup made by his boss (m015) -> change []"),

        # ---- Friday 4 December -----------------------------------------------------------------
        mail("m022", "2026-12-04T08:30", ("Fredrik Sjögren", "fredrik.sjogren@regiondalarna.se"), "DalaLab",
             """Hej Linnea!

Skriv upp mig på alla fyra. Och tack för att du drar i det här!

/Fredrik

Fredrik Sjögren
Regional planerare
Enheten för samhällsplanering
Region Dalarna
""",
             X("register", [P("Fredrik Sjögren", "fredrik.sjogren@regiondalarna.se", "Region Dalarna")], ALL),
             "colleague inside Region Dalarna, very short, 'alla fyra'"),

        mail("m023", "2026-12-04T09:10", ("Ali Reza", "ali.reza@borlange.se"),
             "Automatiskt svar: Bekräftelse på anmälan – DalaLab",
             """Jag är föräldraledig till och med 11 januari 2027. Mejlet vidarebefordras inte. Vid frågor om kartor och GIS, kontakta gis@borlange.se.

I am on parental leave until 11 January 2027. Your e-mail will not be forwarded. For map and GIS matters, please contact gis@borlange.se.

Ali Reza
Borlänge kommun
""",
             X("auto_reply"),
             "bilingual out-of-office from a colleague registered in m002"),

        mail("m024", "2026-12-04T10:25", ("Emelie Granath", "emelie.granath@mora.se"), "VB: " + SUBJ,
             """Hej Linnea!

Min chef Lars Ek skickade vidare inbjudan nedan. Jag vill gärna vara med på träff 2 och 3 (september och november).

Mvh
Emelie Granath
Miljöstrateg
Mora kommun

________________________________
Från: Ek Lars <lars.ek@mora.se>
Skickat: måndag, 30 november 2026 08:14
Till: Granath Emelie <emelie.granath@mora.se>
Ämne: VB: """ + SUBJ + """

Emelie – är det här något för dig? Lena och Petter är redan anmälda. /Lars
""" + q_outlook_line("Ek Lars <lars.ek@mora.se>"),
             X("register", [P("Emelie Granath", "emelie.granath@mora.se", "Mora kommun")], [S2, S3]),
             "forwards her manager's forward; 'träff 2 och 3'; colleagues named in the quoted chain are not people"),

        tg("m025", "2026-12-04T13:00", "Karolina Nyström", 1188420375,
           "hej! kostar det nåt att vara med i dalalab? och är alla träffarna i falun eller blir några digitala?",
           X("question"),
           "telegram question: cost and venue"),

        mail("m026", "2026-12-04T15:33", ("Wei Zhang", "wei.zhang@borlange.se"), "DalaLab registration",
             """Hello Linnea,

My colleague Mikael forwarded the invitation to me. I am a GIS engineer at Borlänge kommun (my Swedish is still a bit basic, sorry!) and I would like to register for the sessions on 21 September and 22 February. I'm vegetarian.

Kind regards,
Wei Zhang
GIS Engineer
Borlänge kommun
""",
             X("register", [P("Wei Zhang", "wei.zhang@borlange.se", "Borlänge kommun", diet="vegetarian")],
               [S2, S4], diet="vegetarian"),
             "English signup, two sessions by month name, vegetarian"),

        # ---- Monday 7 December -----------------------------------------------------------------
        mail("m027", "2026-12-07T08:03", ("Ola Persson", "ola.persson@gagnef.se"), "Re: " + SUBJ,
             """Hej, anmäler mig till DalaLab. Alla träffar.
Mvh Ola

Hämta Outlook för Android<https://aka.ms/AAb9ysg>
""" + q_outlook_line("Persson Ola <ola.persson@gagnef.se>"),
             X("register", [P("Ola Persson", "ola.persson@gagnef.se", "Gagnefs kommun")], ALL),
             "two-line phone reply; organisation only from the domain"),

        mail("m028", "2026-12-07T09:22", ("Ingela Forsman", "ingela.forsman@lansstyrelsen.se"), "SV: " + SUBJ,
             """Hej Linnea,

Jag anmäler mig gärna till DalaLab. Jag kommer på 3 maj, 21 september och 29 november. Februariträffen 2028 känns för långt bort för att lova något nu, så den får jag återkomma om.
Kost: glutenfri och laktosfri.

Med vänlig hälsning
Ingela Forsman
Samhällsplanerare
Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
010-225 00 00

När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på vår webbplats.
""" + q_outlook("Forsman Ingela <ingela.forsman@lansstyrelsen.se>"),
             X("register", [P("Ingela Forsman", "ingela.forsman@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="glutenfri, laktosfri")], [S1, S2, S3], diet="glutenfri, laktosfri"),
             "Länsstyrelsen, three sessions, February left open; two diets"),

        mail("m029", "2026-12-07T10:45", ("Roger Sundin", "roger.sundin@hedemora.se"), "Fråga: tre personer per kommun",
             """Hej!

En snabb fråga om DalaLab innan vi anmäler oss: gäller "upp till tre personer per kommun" tre personer totalt för hela lärprojektet, eller tre per träff? Vi är fler som är intresserade och skulle kunna turas om.

Mvh
Roger Sundin
Plan- och byggchef
Hedemora kommun
0225-340 00
""",
             X("question"),
             "question about the quota before signing up"),

        mail("m030", "2026-12-07T13:20", ("Anders Wallin", "anders.wallin@gagnef.se"), "Sv: Sv: " + SUBJ,
             """Hej igen Linnea!

Jag behöver tyvärr backa. Vi har fått besked om att nämndens ledamöter inte ska delta i den här typen av utbildning på arvode, så stryk både mig och Bengt Larsson. Vi tipsar våra tjänstepersoner istället.

Med vänliga hälsningar
Anders Wallin (S)
Ordförande samhällsbyggnadsnämnden
Gagnefs kommun

Skickat från min iPad

> 2 dec. 2026 kl. 07:46 skrev Anders Wallin <anders.wallin@gagnef.se>:
>
> Hej!
>
> Jag och vice ordföranden Bengt Larsson vill gärna delta på de två första träffarna, 3 maj och 21 september.
""",
             X("cancel", [P("Anders Wallin", "anders.wallin@gagnef.se", "Gagnefs kommun"),
                          P("Bengt Larsson", None, "Gagnefs kommun")], ALL),
             "politician withdraws himself and the vice chair entirely (signup in m007); no session named in the new text"),

        tg("m031", "2026-12-07T15:47", "Sofia Grahn", 6712095538,
           "hej! sofia grahn, landskapsarkitekt på avesta kommun. vill gärna vara med på alla träffar. mejl: sofia.grahn@avesta.se",
           X("register", [P("Sofia Grahn", "sofia.grahn@avesta.se", "Avesta kommun")], ALL),
           "telegram signup with e-mail in the text"),

        # ---- Tuesday 8 December ----------------------------------------------------------------
        mail("m032", "2026-12-08T08:55", ("Lotta Svärd", "lotta.svard@rattvik.se"), "SV: " + SUBJ,
             """Hej!

Jag och min kollega Ahmed Nuur, miljöstrateg, vill anmäla oss till 21/9 och 29/11. Ahmeds mejl: ahmed.nuur@rattvik.se

Tack!

Lotta Svärd
Översiktsplanerare
Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-700 00
""" + q_outlook("Svärd Lotta <lotta.svard@rattvik.se>"),
             X("register", [P("Lotta Svärd", "lotta.svard@rattvik.se", "Rättviks kommun"),
                            P("Ahmed Nuur", "ahmed.nuur@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "self + colleague with address; '21/9 och 29/11'; street address and postcode in signature; windows-1252",
             charset="windows-1252"),

        mail("m033", "2026-12-08T10:10", ("Björn Olsson", "bjorn.olsson@ludvika.se"), "Tallbacken 4:12 – reviderade handlingar",
             """Hej Linnea!

Här kommer det reviderade underlaget för Tallbacken 4:12 som vi pratade om i telefon i fredags. Ritningarna skickar jag i ett separat mejl eftersom filerna är stora. Ärendet ska upp på nämnden den 15 december.

Mvh Björn

Björn Olsson
Bygglovshandläggare
Ludvika kommun
""",
             X("unknown"),
             "mail meant for another Linnea (a building-permit case), nothing about the event"),

        mail("m034", "2026-12-08T13:41", ("Sundin Roger", "roger.sundin@hedemora.se"), "SV: Fråga: tre personer per kommun",
             """Tack för snabbt svar!

Då anmäler vi oss. Camilla Norling har redan anmält sig, så vi blir två till: jag och Lina Åberg. Vi kommer på alla fyra träffarna. Lina äter vegetarisk kost.

Mvh
Roger Sundin
Plan- och byggchef
Hedemora kommun

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 7 december 2026 14:02
Till: Sundin Roger <roger.sundin@hedemora.se>
Ämne: SV: Fråga: tre personer per kommun

Hej Roger!

Det gäller tre personer totalt för hela lärprojektet, så att gruppen blir densamma genom alla fyra träffar.

Hälsningar
Linnea
""",
             X("register", [P("Roger Sundin", "roger.sundin@hedemora.se", "Hedemora kommun"),
                            P("Lina Åberg", None, "Hedemora kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
             "after the organiser's answer (quoted), self + colleague; already-registered colleague named but not in people"),

        mail("m035", "2026-12-08T19:02", ("Amina Yusuf", "amina.yusuf@sater.se"), "anmälan",
             """Hej

Jag heter Amina Yusuf och jobbar som planarkitekt på Säters kommun sedan oktober. Jag vill anmäla mig till 3 maj och 22 februari. Jag äter halal.

Tack
Amina

Skickat från min Galaxy
""",
             X("register", [P("Amina Yusuf", "amina.yusuf@sater.se", "Säters kommun", diet="halal")], [S1, S4],
               diet="halal"),
             "short new mail from a phone, two sessions, halal"),

        # ---- Wednesday 9 December --------------------------------------------------------------
        mail("m036", "2026-12-09T09:30", ("Hanna Söderberg", "hanna.soderberg@orsa.se"), "SV: " + SUBJ,
             """Hej igen!

Jag har pratat med min chef och kan även gå på första träffen. Lägg gärna till den, så blir det 3 maj, 21 sept och 29 nov för mig.

Hälsningar
Hanna Söderberg
Planarkitekt
Orsa kommun

________________________________
Från: Hanna Söderberg
Skickat: torsdag, 3 december 2026 16:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: SV: """ + SUBJ + """

Hej!

Jag anmäler mig till höstens två träffar, 21 september och 29 november.
""",
             X("change", [P("Hanna Söderberg", "hanna.soderberg@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "adds the first session to her signup (m020) and states the full set after the change"),

        mail("m037", "2026-12-09T11:05", ("Mikael Dahlgren", "mikael.dahlgren@borlange.se"), "RE: " + SUBJ,
             """Hej,

Jag ser nu att 21 september krockar med en GIS-konferens, så stryk mig från den träffen. 3 maj står kvar. Ali påverkas inte.

MVH
Mikael Dahlgren
GIS-ingenjör | Samhällsbyggnadsförvaltningen | Borlänge kommun
""",
             X("cancel", [P("Mikael Dahlgren", "mikael.dahlgren@borlange.se", "Borlänge kommun")], [S2]),
             "partial withdrawal from one session, keeps 3 May -> cancel [21 Sep]; colleague unaffected"),

        mail("m038", "2026-12-09T14:22", ("Stig Ohlsson", "stig.ohlsson@alvdalen.se"), "Anmälan DalaLab 3 maj",
             """Hej Linnea

Jag anmäler mig till den första träffen den 3 maj. Vår planarkitekt Jonas Mattsson har redan anmält sig, så vi blir två från Älvdalen.

Hälsningar
Stig Ohlsson (M)
Ordförande miljö- och byggnämnden
Älvdalens kommun
""",
             X("register", [P("Stig Ohlsson", "stig.ohlsson@alvdalen.se", "Älvdalens kommun")], [S1]),
             "politician, first session; colleague named as already registered is not in people"),

        # ---- Thursday 10 December --------------------------------------------------------------
        mail("m039", "2026-12-10T08:48", ("Karl-Johan Berg", "karl-johan.berg@malung-salen.se"), "SV: " + SUBJ,
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>H&auml;r kommer anm&auml;lan fr&aring;n Malung-S&auml;len:</p>
<p>Karl-Johan Berg, GIS-samordnare, karl-johan.berg@malung-salen.se<br>
Maria Nilsson, &ouml;versiktsplanerare, maria.nilsson@malung-salen.se</p>
<p>Vi kommer p&aring; alla fyra tr&auml;ffarna. Ingen specialkost.</p>
<p>Mvh K-J</p>
<p style="color:#1f4e79"><b>Karl-Johan Berg</b><br>GIS-samordnare<br>Malung-S&auml;lens kommun<br>0280-181 00</p>
<hr>
<p><b>Fr&aring;n:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> torsdag, 26 november 2026 10:02<br>
<b>&Auml;mne:</b> Inbjudan till DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft</p>
<p>Tr&auml;ffar<br>
1. M&aring;ndag 3 maj 2027, kl. 10.00&ndash;15.00 (fika fr&aring;n kl. 09.30), Falun<br>
2. Tisdag 21 september 2027<br>
3. M&aring;ndag 29 november 2027<br>
4. Tisdag 22 februari 2028</p>
<p>Varje kommun kan delta med upp till tre personer. Anm&auml;l dig senast onsdag 14 april 2027.</p>
</div>
</body></html>
""",
             X("register", [P("Karl-Johan Berg", "karl-johan.berg@malung-salen.se", "Malung-Sälens kommun"),
                            P("Maria Nilsson", "maria.nilsson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "HTML-only Outlook reply, two people with addresses, 'Ingen specialkost' (no diet); quoted invitation dates in HTML",
             html=True),

        tg("m040", "2026-12-10T13:15", "Ylva Backlund", 5981637402,
           "Hej, Ylva från Vansbro igen (mejlade i förra veckan). Nu vet vi: jag och Tobias Kling kommer på alla fyra. Tobias har celiaki.",
           X("register", [P("Ylva Backlund", None, "Vansbro kommun"),
                          P("Tobias Kling", None, "Vansbro kommun", diet="celiaki")], ALL, diet="celiaki"),
           "telegram follow-up to her e-mailed question (m010): self + colleague, all four, coeliac"),

        # ---- Friday 11 December ----------------------------------------------------------------
        mail("m041", "2026-12-11T09:40", ("Maria Nilsson", "maria.nilsson@malung-salen.se"), "Digitalt deltagande?",
             """Hej Linnea,

Karl-Johan har anmält oss båda. En fråga bara: finns det möjlighet att delta digitalt på någon av träffarna? Det är drygt två timmars bilresa för oss till Falun, och i november kan vägarna vara besvärliga.

Vänliga hälsningar
Maria Nilsson
Översiktsplanerare
Malung-Sälens kommun
""",
             X("question"),
             "question from someone already registered (m039): can one attend online"),

        # ---- Monday 14 December ----------------------------------------------------------------
        mail("m042", "2026-12-14T10:03", ("Kerstin Vall", "kerstin.vall@ludvika.se"), "Ändring i Ludvikas anmälan till DalaLab",
             """Hej Linnea!

En ändring: Anders Holm slutar hos oss i februari, så Ebba Lindqvist tar hans plats i DalaLab på alla träffar. Ebbas adress är ebba.lindqvist@ludvika.se. Malin och jag är kvar som tidigare.

Hälsningar
Kerstin Vall
Planchef
Ludvika kommun
""",
             X("change", [P("Anders Holm", None, "Ludvika kommun"),
                          P("Ebba Lindqvist", "ebba.lindqvist@ludvika.se", "Ludvika kommun")], ALL),
             "substitution: Anders out, Ebba in for all sessions; 'i februari' is his last month, not a session; sender unchanged"),

        # ---- Tuesday 15 December ---------------------------------------------------------------
        mail("m043", "2026-12-15T11:20", ("Jon Haugen", "jon.haugen@regiondalarna.se"), "DalaLab sign-up",
             """Hi Linnea,

Please sign me up for DalaLab – May 3 and Nov 29.

Cheers,
Jon

Jon Haugen
Analyst, Regional development
Region Dalarna
""",
             X("register", [P("Jon Haugen", "jon.haugen@regiondalarna.se", "Region Dalarna")], [S1, S3]),
             "short English mail from a Region colleague, 'May 3 and Nov 29'"),

        # ---- Wednesday 16 December -------------------------------------------------------------
        mail("m044", "2026-12-16T14:05", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
             "Sista chansen: early bird till Planeringsdagarna 2027",
             """Hej!

Sista chansen att boka din plats till early bird-pris! Planeringsdagarna 2027 går av stapeln 9–10 mars i Stockholm, med fokus på översiktsplanering, klimatanpassning och digitala planeringsverktyg.

Anmäl dig senast 18 december och spara 1 500 kr.

Läs programmet och anmäl dig: https://planeringsforum.se/planeringsdagarna

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsforums utskick. Avregistrera dig här: https://planeringsforum.se/avregistrera
""",
             X("unknown"),
             "conference newsletter with 'anmäl dig' and dates, not about DalaLab"),

        # ---- Friday 18 December ----------------------------------------------------------------
        tg("m045", "2026-12-18T16:40", "Johan Ek", 6204418893,
           "god jul! 🎄 hann inte anmäla mig tidigare. johan ek, gagnef. vill vara med på alla tillfällen utom novemberträffen",
           X("register", [P("Johan Ek", None, "Gagnefs kommun")], [S1, S2, S4]),
           "telegram, lower case, 'alla tillfällen utom novemberträffen' = three sessions"),
    ]
