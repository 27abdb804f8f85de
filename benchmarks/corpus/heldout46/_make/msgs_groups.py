"""Batch 47, theme "groups": mail about several people at once.

Secretaries, managers, HR staff and function mailboxes registering, changing or cancelling colleagues (often
without attending themselves); rosters in every layout (bullets, HTML tables, "Efternamn, Förnamn", one per line
with titles, Namn:/E-post: blocks, lower case, given names only); two organisations in one mail; a fourth person
from one kommun; substitutes; partial cancellations; different sessions and diets per person; and the questions,
automatic mail, erasure requests, spam and odd mail that arrive around such groups.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITATION = """\
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 24 november 2026 09:12
Till: Planerare Dalarna
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet består av fyra
träffar:

  * 3 maj 2027, kl. 10–15 i Falun (fika från 09.30). Hållbar utveckling i ett
    rumsligt perspektiv och planeringsstrategins roll, tillsammans med Boverket
  * 21 september 2027. Utvecklingsinriktning i ÖP-modellen
  * 29 november 2027. Att planera för önskvärda framtider och för osäkerheter
  * 22 februari 2028. Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl er senast den 14 april
2027 till linnea.hassis@regiondalarna.se. Ange namn, e-post, organisation och
eventuell specialkost.

Välkomna!
Linnea Hassis
Region Dalarna
"""


def quoted(text):
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def messages():
    L = "Ludvika kommun"
    F = "Falu kommun"
    B = "Borlänge kommun"
    M = "Mora kommun"
    R = "Region Dalarna"
    LST = "Länsstyrelsen Dalarna"
    return [
        mail("aw046", "2026-12-03T10:41", ("Kristina Wallin", "kristina.wallin@ludvika.se"),
             "Anmälan DalaLab - tre från Ludvika",
             """Hej Linnea,

Jag är nämndsekreterare på samhällsbyggnadsförvaltningen och har fått i uppdrag
att anmäla våra deltagare till DalaLab. Följande tre ska delta:

- Johan Bergkvist, översiktsplanerare, johan.bergkvist@ludvika.se
- Sara Lindgren-Holm, planarkitekt, sara.lindgren-holm@ludvika.se (vegetarisk kost)
- Mehmet Yilmaz, trafikplanerare, mehmet.yilmaz@ludvika.se

Själv deltar jag inte, men skicka gärna bekräftelsen i kopia till mig så jag kan
lägga in datumen i deras kalendrar.

Med vänlig hälsning
Kristina Wallin
Nämndsekreterare
Samhällsbyggnadsförvaltningen, Ludvika kommun
Tfn 0240-860 00 (vx), direkt 0240-861 27
""",
             X("register", [P("Johan Bergkvist", "johan.bergkvist@ludvika.se", L),
                            P("Sara Lindgren-Holm", "sara.lindgren-holm@ludvika.se", L, diet="vegetarisk"),
                            P("Mehmet Yilmaz", "mehmet.yilmaz@ludvika.se", L)],
               ALL, diet="vegetarisk"),
             "secretary registers three colleagues in a bullet list, does not attend; one diet; no session named"),

        mail("aw047", "2026-12-08T14:02", ("HR Samhällsbyggnad Falun", "hr.samhallsbyggnad@falun.se"),
             "Deltagare DalaLab från Falu kommun",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Här kommer Falu kommuns anmälan till DalaLab. Alla deltar inte på alla träffar, se tabellen.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>E-post</th><th>Träffar</th><th>Specialkost</th></tr>
<tr><td>Anders Öberg</td><td>anders.oberg@falun.se</td><td>3/5, 21/9</td><td>laktosfri</td></tr>
<tr><td>Lena Hagström</td><td>lena.hagstrom@falun.se</td><td>3/5, 29/11</td><td>&nbsp;</td></tr>
<tr><td>Pia de Vries</td><td>pia.devries@falun.se</td><td>29/11</td><td>glutenfri</td></tr>
</table>
<p>Vänliga hälsningar<br>
HR-funktionen, Samhällsbyggnadsförvaltningen<br>
Falu kommun</p>
</body></html>
""",
             X("register", [P("Anders Öberg", "anders.oberg@falun.se", F, diet="laktosfri"),
                            P("Lena Hagström", "lena.hagstrom@falun.se", F),
                            P("Pia de Vries", "pia.devries@falun.se", F, diet="glutenfri")],
               [S1, S2, S3], diet="laktosfri, glutenfri"),
             "HTML table from an HR function mailbox, different sessions and diets per person, particle name",
             html=True),

        mail("aw048", "2026-12-10T08:17", ("Olle Mattsson", "olle.mattsson@mora.se"),
             "DalaLab hösten",
             """Hej

Mora anmäler följande till höstens två träffar i DalaLab:

Dahl, Erik
Sjöberg, Annika
Mattsson, Olle (undertecknad)

Inga specialkostbehov.

/Olle

Olle Mattsson
Planeringschef, Mora kommun
070-312 44 90
""",
             X("register", [P("Erik Dahl", None, M), P("Annika Sjöberg", None, M),
                            P("Olle Mattsson", "olle.mattsson@mora.se", M)],
               [S2, S3]),
             "manager lists himself among colleagues as 'Efternamn, Förnamn'; 'höstens två träffar'"),

        mail("aw049", "2026-12-14T16:33", ("Jessica Holmberg", "jessica.holmberg@borlange.se"),
             "Anmälan till DalaLab",
             """Hej Linnea!

Vi vill anmäla oss från Borlänge kommun, Planeringsavdelningen:

Namn: Jessica Holmberg
E-post: jessica.holmberg@borlange.se

Namn: Kalle Persson
E-post: kalle.persson@borlange.se

Namn: Fatima Rahimi
E-post: fatima.rahimi@borlange.se

Namn: Niklas Borg
E-post: niklas.borg@borlange.se
Kost: nötallergi

Vi är med på hela serien.

Hälsningar
Jessica Holmberg
Strategisk samhällsplanerare
Borlänge kommun
""",
             X("register", [P("Jessica Holmberg", "jessica.holmberg@borlange.se", B),
                            P("Kalle Persson", "kalle.persson@borlange.se", B),
                            P("Fatima Rahimi", "fatima.rahimi@borlange.se", B),
                            P("Niklas Borg", "niklas.borg@borlange.se", B, diet="nötallergi")],
               ALL, diet="nötallergi"),
             "four from one kommun in Namn:/E-post: blocks: quota of three exceeded, the fourth is refused or waitlisted"),

        mail("aw050", "2026-12-15T11:05", ("Berit Sundqvist", "berit.sundqvist@sater.se"),
             "Fråga om antal deltagare",
             """Hej,

Vi har redan tre anmälda från Säters kommun. Nu undrar vår nya bygglovshandläggare
om hon kan få följa med som åhörare på första träffen i Falun, utan att ta någon
plats i gruppövningarna. Är det möjligt eller är tre personer en absolut gräns?

Mvh
Berit Sundqvist
Enhetschef plan och bygg
Säters kommun
""",
             X("question"),
             "quota question about a fourth person as listener; nobody is registered"),

        mail("aw051", "2026-12-18T09:48", ("Leksands kommun Planenheten", "planenheten@leksand.se"),
             "Byte av deltagare 21 september",
             """Hej!

Anna Gustavsson kan tyvärr inte delta på träffen den 21 september. Fredrik Holm
(fredrik.holm@leksand.se) går i hennes ställe den gången. Anna är kvar på övriga
träffar som tidigare.

Hälsningar
Planenheten
Leksands kommun
""",
             X("change", [P("Anna Gustavsson", None, "Leksands kommun"),
                          P("Fredrik Holm", "fredrik.holm@leksand.se", "Leksands kommun")],
               [S2]),
             "function mailbox: substitute for one session; both the one leaving and the substitute"),

        mail("aw052", "2027-01-07T13:26", ("Henrik Sandberg", "henrik.sandberg@avesta.se"),
             "SV: Bekräftelse DalaLab Avesta",
             """Hej Linnea,

En ändring i vår grupp: Per Ahlström har slutat hos oss vid årsskiftet, så ni kan
stryka honom från DalaLab. Therese och Jonny står kvar som anmälda.

Henrik Sandberg
Samhällsbyggnadschef
Avesta kommun
0226-64 50 00

-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 9 december 2026 10:30
Till: Sandberg Henrik <henrik.sandberg@avesta.se>
Ämne: Bekräftelse DalaLab Avesta

Hej! Tack för anmälan. Följande är anmälda från Avesta kommun till alla fyra
träffar: Therese Nyman, Jonny Strömberg, Per Ahlström.
""",
             X("cancel", [P("Per Ahlström", None, "Avesta kommun")], ALL),
             "manager withdraws one of three (left the job) in a reply to a confirmation; no substitute, others stay"),

        mail("aw053", "2027-01-11T10:12", ("Samhällsbyggnad Hedemora", "samhallsbyggnad@hedemora.se"),
             "DalaLab - anmälan Hedemora kommun",
             """Anmälan till DalaLab, samtliga fyra tillfällen.

Namn: Emma Korhonen
Befattning: Översiktsplanerare
E-post: emma.korhonen@hedemora.se
Kost: -

Namn: Linus Wärn
Befattning: GIS-ingenjör
E-post: saknas ännu, han börjar hos oss 1 februari. Vi skickar den när han fått den.
Kost: vegan

Skickat från funktionsbrevlådan för Samhällsbyggnadsförvaltningen, Hedemora kommun.
""",
             X("register", [P("Emma Korhonen", "emma.korhonen@hedemora.se", "Hedemora kommun"),
                            P("Linus Wärn", None, "Hedemora kommun", diet="vegan")],
               ALL, diet="vegan"),
             "function mailbox, Namn:/E-post: form with one address missing (None, not guessed)"),

        mail("aw054", "2027-01-12T15:40", ("Maria Lönn", "maria.lonn@regiondalarna.se"),
             "Anmälan Boverketträffen",
             """Hej Linnea!

Jag skulle vilja anmäla mig och min kollega från Länsstyrelsen, Henrik Olsson
(henrik.olsson@lansstyrelsen.se), till första träffen, den om hållbar utveckling i
ett rumsligt perspektiv med Boverket. Resten av serien får vi återkomma om.

Hälsningar
Maria Lönn
Regional utveckling, Region Dalarna
""",
             X("register", [P("Maria Lönn", "maria.lonn@regiondalarna.se", R),
                            P("Henrik Olsson", "henrik.olsson@lansstyrelsen.se", LST)],
               [S1]),
             "two organisations in one mail; session named by its theme only"),

        mail("aw055", "2026-12-27T07:02", ("Planering Gagnef", "planering@gagnef.se"),
             "Autosvar: Anmälan DalaLab",
             """Tack för ditt meddelande!

Funktionsbrevlådan planering@gagnef.se bevakas inte under perioden 23 december -
6 januari. Ditt ärende hanteras när vi är tillbaka. Vid brådskande ärenden, ring
kommunens växel 0241-150 00.

Detta är ett automatiskt svar.
""",
             X("auto_reply"),
             "holiday auto-reply from a kommun function mailbox"),

        tg("aw056", "2027-01-14T19:21", "Karin Olausson", 481920367,
           "hej! anmäl mig + Lisa och Ahmed från Orsa till dalalab, alla träffar. Ahmed vill ha fläskfri mat",
           X("register", [P("Karin Olausson", None, "Orsa kommun"), P("Lisa", None, "Orsa kommun"),
                          P("Ahmed", None, "Orsa kommun", diet="fläskfri")],
             ALL, diet="fläskfri"),
           "telegram: sender plus two colleagues named by given name only; one diet"),

        mail("aw057", "2027-01-18T09:03", ("Ingela Backman", "ingela.backman@falun.se"),
             "Hela planenheten?",
             """Hej,

Jag sitter som administratör på planenheten i Falun. Vår chef undrar om hela
enheten (vi är sju planerare) kan delta i DalaLab, eller om det är max tre från
kommunen som gäller? I så fall behöver vi välja ut vilka som går innan jag
skickar in någon anmälan.

Tacksam för svar.
Ingela Backman
Administratör, Falu kommun
""",
             X("question"),
             "administrator asks about the quota before registering a whole unit"),

        mail("aw058", "2027-01-20T11:55", ("Gunilla Forsberg", "gunilla.forsberg@smedjebacken.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Vi anmäler från Smedjebacken: Eva Ståhl (eva.stahl@smedjebacken.se) och Rikard
Norén (rikard.noren@smedjebacken.se), båda till träffarna 3 maj och 22 februari.
Själv har jag inte möjlighet att vara med.

Vänligen
Gunilla Forsberg
Förvaltningschef, Smedjebackens kommun

""" + quoted(INVITATION),
             X("register", [P("Eva Ståhl", "eva.stahl@smedjebacken.se", "Smedjebackens kommun"),
                            P("Rikard Norén", "rikard.noren@smedjebacken.se", "Smedjebackens kommun")],
               [S1, S4]),
             "Outlook reply quoting the invitation with all four dates; two colleagues on two sessions; sender not attending"),

        mail("aw059", "2027-01-21T03:14", ("SharePoint Online", "no-reply@sharepoint-docs-share.com"),
             "Maria har delat \"Deltagarlista_DalaLab_2027.xlsx\" med dig",
             """Maria har delat en fil med dig

Deltagarlista_DalaLab_2027.xlsx

Här är den uppdaterade listan över alla grupper och deltagare. Logga in med ditt
Region Dalarna-konto för att granska innan fredag.

[ Öppna ]  https://regiondalarna-sharepoint.docs-share-login.com/auth

Microsoft respekterar din integritet. Detta meddelande skickades till
linnea.hassis@regiondalarna.se
""",
             X("unknown"),
             "phishing dressed as a shared participant list"),

        mail("aw060", "2027-01-25T13:37", ("Personalenheten Rättvik", "personal@rattvik.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Följande tre medarbetare har avslutat sina anställningar i Rättviks kommun och har
bett oss begära att Region Dalarna raderar alla personuppgifter om dem som finns
registrerade i samband med DalaLab:

Eklund, Birgitta (birgitta.eklund@rattvik.se)
Hansson, Mårten
Åström, Rebecka

Vänligen bekräfta när raderingen är genomförd.

Personalenheten
Rättviks kommun
Storgatan 2, 795 80 Rättvik
""",
             X("erasure", [P("Birgitta Eklund", "birgitta.eklund@rattvik.se", "Rättviks kommun"),
                           P("Mårten Hansson", None, "Rättviks kommun"),
                           P("Rebecka Åström", None, "Rättviks kommun")]),
             "HR mailbox asks erasure for three former employees, 'Efternamn, Förnamn', iso-8859-1",
             charset="iso-8859-1"),

        mail("aw061", "2027-01-28T08:29", ("Sofie Lundh", "sofie.lundh@alvdalen.se"),
             "Ändringar Älvdalen DalaLab",
             """Hej!

Två ändringar för oss i Älvdalen:

1. Marie Lund byter 3 maj mot 29 november.
2. Jonas Åkerlund är anmäld till 3 maj och vill lägga till 21 september också.

Tack på förhand!
Sofie Lundh
Samordnare plan, Älvdalens kommun
""",
             X("change", [P("Marie Lund", None, "Älvdalens kommun"), P("Jonas Åkerlund", None, "Älvdalens kommun")],
               [S1, S2, S3]),
             "coordinator changes two colleagues differently: a bare swap and an added session; numbered list"),

        mail("aw062", "2027-02-01T17:12", ("Linda Bäck", "linda.back@vansbro.se"),
             "Återbud 21/9",
             """Hej

Vi från Vansbro (jag, Tomas Grahn och Hans Ek) får tyvärr lämna återbud till träffen
den 21:a september, vi har budgetdialog med KS samma dag. Vi kommer på de andra.

Mvh Linda
""",
             X("cancel", [P("Linda Bäck", "linda.back@vansbro.se", "Vansbro kommun"),
                          P("Tomas Grahn", None, "Vansbro kommun"), P("Hans Ek", None, "Vansbro kommun")],
               [S2]),
             "sender cancels one session for the whole group including herself; 'den 21:a september'"),

        mail("aw063", "2027-02-02T10:05", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae@regiondalarna.se"),
             "Det gick inte att leverera: Bekräftelse DalaLab Ludvika",
             """Det gick inte att leverera till följande mottagare:

johan.bergkvst@ludvika.se
Adressen hittades inte. Kontrollera mottagarens e-postadress och försök igen.

Diagnostikinformation för administratörer:
Genererad server: GVX-EXCH02.regiondalarna.se
johan.bergkvst@ludvika.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:
Subject: Bekräftelse DalaLab Ludvika
To: johan.bergkvst@ludvika.se, sara.lindgren-holm@ludvika.se, mehmet.yilmaz@ludvika.se
""",
             X("auto_reply"),
             "bounce of a group confirmation (one misspelt address among three)"),

        mail("aw064", "2027-02-03T12:20", ("Rachel Ström", "rachel.strom@falun.se"),
             "DalaLab registration - two colleagues",
             """Hi Linnea,

I'm writing on behalf of the planning team at Falun municipality. Could you please
register the following two colleagues for the sessions in May and November:

- Helen McCarthy (helen.mccarthy@falun.se), vegan
- Tobias Lundqvist (tobias.lundqvist@falun.se)

I won't be attending myself, but please keep me in cc on the confirmation.

Kind regards,
Rachel Ström
Team Coordinator, Spatial Planning
Falu kommun | +46 23 830 00
""",
             X("register", [P("Helen McCarthy", "helen.mccarthy@falun.se", F, diet="vegan"),
                            P("Tobias Lundqvist", "tobias.lundqvist@falun.se", F)],
               [S1, S3], diet="vegan"),
             "English: coordinator registers two colleagues, months only, does not attend herself"),

        mail("aw065", "2027-02-04T09:33", ("Daniel Frost", "daniel.frost@leksand.se"),
             "Question about the September session",
             """Hello,

Three of us from Leksand are signed up for DalaLab. Is the September session also in
Falun, or somewhere else? And is there any option to join digitally if one of us
can't travel that day?

Best,
Daniel Frost
Planning architect, Leksands kommun
""",
             X("question"),
             "English question from a registered group about venue and remote option"),

        mail("aw066", "2027-02-08T21:47", ("Petra Mård", "petra.mard@gagnef.se"),
             "dalalab",
             """hej! anmäl oss tre från gagnef: jag (petra), stina lindberg och bosse ohlsson. alla datum.
stina är glutenintolerant

skickat från min iphone
""",
             X("register", [P("Petra Mård", "petra.mard@gagnef.se", "Gagnefs kommun"),
                            P("Stina Lindberg", None, "Gagnefs kommun", diet="glutenintolerant"),
                            P("Bosse Ohlsson", None, "Gagnefs kommun")],
               ALL, diet="glutenintolerant"),
             "lower case phone mail: sender plus two, names to be capitalised"),

        mail("aw067", "2027-02-10T14:15", ("Camilla Nord", "camilla.nord@mora.se"),
             "Ändrad specialkost - Emil Strand",
             """Hej Linnea,

Jag administrerar Moras anmälningar till DalaLab. Emil Strand, som är anmäld till alla
fyra träffarna, har nyligen fått diagnosen celiaki och behöver glutenfri kost framöver.
Kan ni notera det?

Tack!
Camilla Nord
Assistent, Mora kommun
""",
             X("change", [P("Emil Strand", None, M, diet="glutenfri")], ALL, diet="glutenfri"),
             "assistant changes a colleague's diet; his sessions stated (all four)"),

        mail("aw068", "2027-02-11T10:58", ("Malin Rydberg", "malin.rydberg@sater.se"),
             "Anmälan Säter + Hedemora (gemensam ÖP-grupp)",
             """Hej!

Säter och Hedemora jobbar ihop med en gemensam översiktsplan, så vi anmäler oss
tillsammans. Vi kommer på alla träffar utom den i februari.

Från Säters kommun:
  Malin Rydberg (jag), malin.rydberg@sater.se
  Petter Kvist

Från Hedemora kommun:
  Johanna Blom, johanna.blom@hedemora.se

Hälsningar
Malin Rydberg
Översiktsplanerare
Säters kommun
""",
             X("register", [P("Malin Rydberg", "malin.rydberg@sater.se", "Säters kommun"),
                            P("Petter Kvist", None, "Säters kommun"),
                            P("Johanna Blom", "johanna.blom@hedemora.se", "Hedemora kommun")],
               [S1, S2, S3]),
             "two kommuner in one roster; 'alla utom den i februari'"),

        mail("aw069", "2027-02-15T06:00", ("PlanNytt", "nyhetsbrev@plannytt-info.se"),
             "PlanNytt nr 2/2027: Nya vägledningar för översiktsplanering",
             """<html><body>
<h2>PlanNytt – februari 2027</h2>
<p><b>Ny vägledning om planeringsstrategi</b><br>
Läs om hur kommuner kan arbeta med planeringsstrategin som en del av den
kontinuerliga översiktsplaneringen.</p>
<p><b>Kalendarium</b><br>
Webbinarium: Hållbar mobilitet i planeringen, 18 mars<br>
Nätverksträff för GIS-samordnare, 6 april</p>
<p>Du får det här nyhetsbrevet eftersom din organisation prenumererar.
<a href="https://plannytt-info.se/avregistrera">Avregistrera</a></p>
</body></html>
""",
             X("unknown"),
             "HTML newsletter on planning topics, dates in it are not sessions", html=True),

        mail("aw070", "2027-02-17T15:26", ("Ida Wikström", "ida.wikstrom@borlange.se"),
             "SV: DalaLab",
             """Hej!

Av oss tre från Borlänge kan Sofia Nordin och Magnus Hedlund tyvärr inte komma den
3:e maj, de är på studieresa. Jag kommer som planerat. Vi ses!

Ida

--
Ida Wikström | Planarkitekt | Borlänge kommun
0243-740 00
""",
             X("cancel", [P("Sofia Nordin", None, B), P("Magnus Hedlund", None, B)], [S1]),
             "partial cancellation: two of three cancel one session, sender stays"),

        tg("aw071", "2027-02-18T12:09", "Mattias Grön", 736205118,
           "Hej det är Mattias på Avesta kommun. Camilla kan inte gå på novemberträffen så jag tar hennes plats där",
           X("change", [P("Camilla", None, "Avesta kommun"), P("Mattias Grön", None, "Avesta kommun")], [S3]),
           "telegram: sender substitutes for a colleague named by given name, one session by month"),

        mail("aw072", "2027-02-22T08:44", ("Stefan Åberg", "stefan.aberg@ludvika.se"),
             "Vilka är anmälda från Ludvika?",
             """Hej

Jag har tagit över som chef för planavdelningen och försöker reda ut vem som har
anmält sig till vad. Kan du skicka en sammanställning över vilka från Ludvika kommun
som står på listan till DalaLab, och till vilka träffar?

Mvh
Stefan Åberg
Avdelningschef Plan
Ludvika kommun
""",
             X("question"),
             "new manager asks for the list of the kommun's registered people"),

        mail("aw073", "2027-02-23T09:31", ("Therese Nyman", "therese.nyman@avesta.se"),
             "Läst: Bekräftelse DalaLab Avesta",
             """Ditt meddelande

  Till: Nyman Therese; Strömberg Jonny
  Ämne: Bekräftelse DalaLab Avesta
  Skickat: den 22 februari 2027 16:05:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 23 februari 2027 09:31:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
""",
             X("auto_reply"),
             "read receipt for a group confirmation"),

        mail("aw074", "2027-02-25T13:50", ("Åsa Lindkvist", "asa.lindkvist@malung-salen.se"),
             "Anmälan DalaLab Malung-Sälen",
             """Hej Linnea,

Jag administrerar bara anmälan och deltar inte själv. Malung-Sälens kommun anmäler
följande till DalaLab, träffarna v. 18 och v. 48:

Översiktsplanerare Karin Ersson-Back
Planarkitekt Jon Olsson

Ylva Hedberg (miljöstrateg) är redan anmäld sedan tidigare och hennes anmälan gäller
som förut.

Karin äter laktosfritt.

Med vänliga hälsningar

Åsa Lindkvist
Administratör
Samhällsbyggnadskontoret
Malung-Sälens kommun
Box 14, 782 21 Malung
Tel: 0280-181 00
""",
             X("register", [P("Karin Ersson-Back", None, "Malung-Sälens kommun", diet="laktosfritt"),
                            P("Jon Olsson", None, "Malung-Sälens kommun")],
               [S1, S3], diet="laktosfritt"),
             "titles before names, week numbers, a colleague whose signup 'gäller som förut', iso-8859-1",
             charset="iso-8859-1"),

        mail("aw075", "2027-03-01T10:22", ("Jenny Halvarsson", "jenny.halvarsson@regiondalarna.se"),
             "Radera våra uppgifter",
             """Hej,

I december anmälde jag mig och två kollegor på regionen, Oscar Bjurström och
Elin von Knorring, till DalaLab. Uppdraget har omprioriterats och ingen av oss ska
vara med. Ta bort oss från listan och radera alla uppgifter om oss tre.

Jenny Halvarsson
Region Dalarna
""",
             X("erasure", [P("Jenny Halvarsson", "jenny.halvarsson@regiondalarna.se", R),
                           P("Oscar Bjurström", None, R), P("Elin von Knorring", None, R)]),
             "erasure for sender and two colleagues; particle name"),

        mail("aw076", "2027-03-02T15:03", ("Kjell Wiberg", "kjell.wiberg@falun.se"),
             "Plats för en fjärde från Falun?",
             """Hej Linnea!

Vi har redan tre anmälda från Falu kommun, men nu har vår nya planchef Åsa Brandt
börjat och hon vill gärna vara med. Finns det någon möjlighet till en fjärde plats,
eller en väntelista? Hör av dig så anmäler jag henne om det går.

Kjell Wiberg
Falu kommun
""",
             X("question"),
             "asks about a fourth place before registering; nobody is registered yet"),

        mail("aw077", "2027-03-04T11:40", ("Lars Tegnér via ÖP-nätverket Dalarna", "op-natverket@lists.regiondalarna.se"),
             "[ÖP-nätverket] Mall för planeringsstrategi?",
             """Hej alla i nätverket!

Är det någon som har en bra mall eller disposition för planeringsstrategin som ni
vill dela? Vi i Orsa ska börja efter sommaren och vill gärna slippa uppfinna hjulet.
Vi ses väl på DalaLab i maj förresten!

/Lars Tegnér, Orsa kommun

_______________________________________________
ÖP-nätverket Dalarna
Avsluta prenumeration: op-natverket-leave@lists.regiondalarna.se
""",
             X("unknown"),
             "mailing-list post mentioning DalaLab but asking nothing of the service"),

        mail("aw078", "2027-03-08T09:15", ("HR Orsa kommun", "hr@orsa.se"),
             "VB: Anmälan DalaLab",
             """Hej,

Vidarebefordrar nedan från Sektorchef Samhälle. Vi på HR deltar inte själva, vi
hjälper bara till med anmälan.

HR-enheten, Orsa kommun

---------- Vidarebefordrat meddelande ----------
Från: Göran Lilja <goran.lilja@orsa.se>
Datum: 5 mars 2027 16:48
Ämne: Anmälan DalaLab
Till: HR Orsa <hr@orsa.se>

Kan ni anmäla Niklas Sundin (niklas.sundin@orsa.se) och Therese Grahn-Olsson till
DalaLab? Alla träffar. Therese är vegetarian.

/Göran
""",
             X("register", [P("Niklas Sundin", "niklas.sundin@orsa.se", "Orsa kommun"),
                            P("Therese Grahn-Olsson", None, "Orsa kommun", diet="vegetarian")],
               ALL, diet="vegetarian"),
             "HR forwards a manager's request; neither HR nor the manager attends"),

        mail("aw079", "2027-03-10T13:12", ("Hanna Eriksson", "hanna.eriksson@hedemora.se"),
             "Olika personer olika gånger?",
             """Hej!

En fråga inför vår anmälan: får vi skicka olika personer till olika träffar, så länge
vi aldrig är fler än tre åt gången? Vi har fem som är intresserade men ingen som kan
gå på alla fyra.

Hälsningar Hanna
Hedemora kommun
""",
             X("question"),
             "question about rotating people within the quota"),

        mail("aw080", "2027-03-12T10:04", ("Gunnar af Ekström", "gunnar.af.ekstrom@lansstyrelsen.se"),
             "Tillägg: 22 februari",
             """Hej Linnea,

Vi som är anmälda från Länsstyrelsen (jag, Rebecka Sahlin och Viktor Hjort) är
redan anmälda till 3/5 och 21/9 men vill även gå på tillgänglighetsträffen den
22 februari 2028. Kan du lägga till oss där?

Vänliga hälsningar
Gunnar af Ekström
Samhällsplanerare
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("change", [P("Gunnar af Ekström", "gunnar.af.ekstrom@lansstyrelsen.se", LST),
                          P("Rebecka Sahlin", None, LST), P("Viktor Hjort", None, LST)],
               [S1, S2, S4]),
             "group adds a session; existing sessions stated so the result is three; particle name"),

        mail("aw081", "2027-03-15T16:20", ("Kommunledningskontoret Leksand", "kommunledning@leksand.se"),
             "Leksands kommun återkallar anmälan till DalaLab",
             """<html><body>
<p>Hej,</p>
<p>På grund av beslutade besparingar återkallar Leksands kommun sin anmälan till DalaLab
i sin helhet. Det gäller:</p>
<ul>
<li>Daniel Frost</li>
<li>Anna Gustavsson</li>
<li>Fredrik Holm</li>
</ul>
<p>Vi beklagar och hoppas kunna delta i framtida satsningar.</p>
<p>Med vänlig hälsning<br>
Kommunledningskontoret<br>
Leksands kommun</p>
</body></html>
""",
             X("cancel", [P("Daniel Frost", None, "Leksands kommun"), P("Anna Gustavsson", None, "Leksands kommun"),
                          P("Fredrik Holm", None, "Leksands kommun")],
               ALL),
             "HTML list: kommun withdraws its whole group, no session named", html=True),

        mail("aw082", "2027-03-16T08:00", ("Rebecka Sahlin", "rebecka.sahlin@lansstyrelsen.se"),
             "Automatiskt svar: Tillägg: 22 februari",
             """Jag är föräldraledig till och med 31 augusti 2027. För frågor om Länsstyrelsens
deltagande i DalaLab, kontakta Gunnar af Ekström, gunnar.af.ekstrom@lansstyrelsen.se.

I am on parental leave until 31 August 2027. For questions about DalaLab, please
contact Gunnar af Ekström.
""",
             X("auto_reply"),
             "bilingual out-of-office naming a colleague and a date; nobody to register"),

        mail("aw083", "2027-03-18T12:30", ("Dalarnas Konferenshotell", "info@dalarnaskonferens-erbjudande.se"),
             "Gruppbokning? 20 % rabatt för kommuner i Dalarna",
             """<html><body>
<h1>Planerar ni en gruppresa eller en utbildningsdag?</h1>
<p>Vi erbjuder konferenspaket för grupper från 3 personer: lokal, fika, lunch och
middag. Anmäl er grupp senast 30 april och få 20 % rabatt!</p>
<p><a href="http://dalarnaskonferens-erbjudande.se/boka">Boka här</a></p>
<p>Vill du inte ha fler utskick? Svara STOPP.</p>
</body></html>
""",
             X("unknown"),
             "marketing spam about group bookings with 'anmäl' and a date", html=True),

        mail("aw084", "2027-03-22T11:11", ("Peter Sahlström", "peter.sahlstrom@hedemora.se"),
             "Anmälan",
             """Hej,

Anmäl mina medarbetare Jenny och Rasmus till första och sista träffen i DalaLab. Själv
sitter jag i budgetberedningen de dagarna så jag avstår.

Peter Sahlström
Enhetschef Samhällsplanering
Hedemora kommun
""",
             X("register", [P("Jenny", None, "Hedemora kommun"), P("Rasmus", None, "Hedemora kommun")], [S1, S4]),
             "manager registers two staff named by given name only, first and last session, does not attend"),

        mail("aw085", "2027-03-24T14:45", ("Tove Lindahl", "tove.lindahl@vansbro.se"),
             "Tre per kommun?",
             """Hej Linnea

Gäller gränsen tre personer per kommun per träff eller för hela projektet? Vi är två
från bygglov och två från plan som gärna vill vara med, och jag vill inte anmäla
någon som sedan inte får plats.

Tove Lindahl
Vansbro kommun
""",
             X("question"),
             "quota interpretation question mentioning four people; nobody registered"),

        tg("aw086", "2027-03-26T20:18", "Oskar Lidén", 902114573,
           "Hej. Vi på Smedjebacken ska inte vara med längre. Radera mina och min kollegas uppgifter, "
           "hon heter Hanna Sjögren. Tack",
           X("erasure", [P("Oskar Lidén", None, "Smedjebackens kommun"),
                         P("Hanna Sjögren", None, "Smedjebackens kommun")]),
           "telegram erasure for sender and a colleague"),

        tg("aw087", "2027-03-29T07:52", "Sofie Lundh", 315770842,
           "Gustav Norling från Älvdalen kan inte 29/11. Vi försöker hitta någon annan som kan gå, återkommer",
           X("cancel", [P("Gustav Norling", None, "Älvdalens kommun")], [S3], unsure=["change-or-cancel"]),
           "telegram: colleague drops one session, substitute not yet known"),

        mail("aw088", "2027-03-31T10:36", ("Annelie Strand", "annelie.strand@mora.se"),
             "Anmälan Kollektivtrafikforum 12 april",
             """Hej Britt!

Här kommer Moras anmälan till Kollektivtrafikforum den 12 april:

- Annelie Strand
- Jonas Palm
- Ulla Berglund (glutenfri)

Vi kommer med bil så vi behöver inga bussbiljetter.

Hälsningar
Annelie Strand
Mora kommun
""",
             X("unknown"),
             "group signup for another event sent to the wrong person; not a DalaLab signup"),

        mail("aw089", "2027-04-02T09:00", ("Kontaktcenter Borlänge kommun", "kontaktcenter@borlange.se"),
             "Ärende 2027-04512 mottaget: SV: Fjärde deltagare DalaLab",
             """Tack för ditt meddelande till Borlänge kommuns kontaktcenter!

Ditt ärende har fått nummer 2027-04512 och kommer att fördelas till rätt handläggare.
Vi besvarar normalt ärenden inom fem arbetsdagar.

Detta meddelande kan inte besvaras.
""",
             X("auto_reply"),
             "ticket system acknowledgement from a kommun contact centre"),

        mail("aw090", "2027-04-07T15:58", ("Ulf Sandén", "ulf.sanden@rattvik.se"),
             "DalaLab Rättvik",
             """Hej!

Sent men förhoppningsvis inte för sent: Rättvik anmäler Ulrika Påhlsson
(ulrika.pahlsson@rattvik.se) och Erik Tham (erik.tham@rattvik.se) till DalaLab.
Jag hänger eventuellt med själv, beroende på hur vårens schema ser ut.

Erik är allergisk mot nötter.

Ulf Sandén
Plan- och byggchef, Rättviks kommun
""",
             X("register", [P("Ulrika Påhlsson", "ulrika.pahlsson@rattvik.se", "Rättviks kommun"),
                            P("Erik Tham", "erik.tham@rattvik.se", "Rättviks kommun", diet="allergisk mot nötter")],
               ALL, diet="allergisk mot nötter", unsure=["sender-attends"]),
             "manager registers two and may come himself; close to the deadline"),
    ]
