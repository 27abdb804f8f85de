"""Batch 22, theme 'groups': mail about several people (u046-u090).

Managers with their teams, administrators and shared mailboxes writing for others, names in prose, bullets, tables,
"Efternamn, Förnamn", with or without addresses, two organisations in one mail, substitutions, withdrawn colleagues,
per-person sessions and diets, a reserve, a group cancellation, colleagues already registered mentioned in passing.
"""
import textwrap

from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


INVITATION = T("""
    Hej!

    Region Dalarna bjuder in till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft.

    Lärprojektet vänder sig i första hand till er som arbetar med planeringsprocesser i kommunerna och i regionen.
    Under fyra träffar fördjupar vi oss i strategisk översiktsplanering och planeringsstrategier, med
    föreläsningar, erfarenhetsutbyte och arbete i grupp.

    Träffar
    1. Måndag 3 maj 2027, kl. 10.00–15.00 (fika från kl. 09.30), Falun
       Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering
       (tillsammans med Boverket)
    2. Tisdag 21 september 2027
       Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
    3. Måndag 29 november 2027
       Att planera både för önskvärda framtider och för osäkerheter
    4. Tisdag 22 februari 2028
       Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

    Varje kommun kan delta med upp till tre personer. Anmäl dig senast onsdag 14 april 2027 till
    linnea.hassis@regiondalarna.se. Ange namn, organisation, e-postadress och eventuell specialkost. Skriv också
    vilka träffar du anmäler dig till – anger du inga datum räknar vi med att du deltar på alla fyra.

    Varmt välkomna!

    Linnea Hassis
    Region Dalarna
""")


def outlook_quote(to_line, sent="torsdag 26 november 2026 10:02"):
    return ("\n________________________________\n"
            "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
            f"Skickat: {sent}\n"
            f"Till: {to_line}\n"
            "Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INVITATION)


def gt_quote(intro, text):
    return "\n" + intro + "\n" + "".join(("> " + l).rstrip() + "\n" for l in text.splitlines())


REMINDER = T("""
    Hej!

    En påminnelse om att sista dag att anmäla sig till DalaLab – Planering för hållbarhet och utvecklingskraft är
    onsdag 14 april 2027.

    Träffarna är 3 maj 2027 (Falun, kl. 10–15, fika från 09.30), 21 september 2027, 29 november 2027 och
    22 februari 2028. Varje kommun kan delta med upp till tre personer.

    Har du redan anmält dig behöver du inte göra något.

    Hälsningar
    Linnea Hassis
    Region Dalarna
""")

INVITE_SUBJ = "Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft"


def messages():
    return [
        # ---------------------------------------------------------------- December
        mail("u046", "2026-12-02T09:14", ("Rosén Camilla", "camilla.rosen@falun.se"), "SV: " + INVITE_SUBJ,
             T("""
                Hej Linnea,

                Tack för inbjudan! Jag anmäler tre av mina medarbetare på översiktsplaneenheten. Själv har jag
                tyvärr inte möjlighet att vara med, men jag hoppas att vi får ta del av materialet efteråt.

                • Anders Lövgren, anders.lovgren@falun.se
                • Hampus Ericsson, hampus.ericsson@falun.se
                • Lejla Begović, lejla.begovic@falun.se

                De går på alla fyra träffarna.

                Vänliga hälsningar
                Camilla Rosén
                Enhetschef Översiktsplanering
                Samhällsbyggnadsförvaltningen
                Falu kommun
                Besöksadress: Stadshuset, Slaggatan 13
                Postadress: 791 83 Falun
                Tel: 023-830 00 (vx), direkt 023-866 12
                camilla.rosen@falun.se
             """) + outlook_quote("Rosén Camilla <camilla.rosen@falun.se>"),
             X("register", [P("Anders Lövgren", "anders.lovgren@falun.se", "Falu kommun"),
                            P("Hampus Ericsson", "hampus.ericsson@falun.se", "Falu kommun"),
                            P("Lejla Begović", "lejla.begovic@falun.se", "Falu kommun")], ALL),
             "manager registers three team members in a bullet list (•) with addresses, not herself; 'alla fyra "
             "träffarna'; Outlook reply with the quoted invitation (all dates, deadline); ć in a name; postcode "
             "and phones in the signature"),

        mail("u047", "2026-12-04T13:40", ("\"Grahn, Tobias\"", "tobias.grahn@borlange.se"), "Anmälan DalaLab – Borlänge",
             T("""
                Hej!

                Vi blir tre från Borlänge kommun som vill vara med på DalaLab, på träffarna 3/5 och 21/9. De två
                senare får vi återkomma om när vi vet mer om budgeten för nästa år.

                Grahn, Tobias <tobias.grahn@borlange.se>
                Hellström, Kajsa <kajsa.hellstrom@borlange.se>
                Nordin, Patrik <patrik.nordin@borlange.se>

                Med vänlig hälsning
                Tobias Grahn
                Planarkitekt | Stadsbyggnadsförvaltningen
                Borlänge kommun
                Röda vägen 50, 781 81 Borlänge
                0243-740 00
             """),
             X("register", [P("Tobias Grahn", "tobias.grahn@borlange.se", "Borlänge kommun"),
                            P("Kajsa Hellström", "kajsa.hellstrom@borlange.se", "Borlänge kommun"),
                            P("Patrik Nordin", "patrik.nordin@borlange.se", "Borlänge kommun")], [S1, S2]),
             "three people pasted from Outlook as 'Efternamn, Förnamn <address>' (sender included); '3/5 och 21/9'; "
             "'de två senare får vi återkomma om' adds no sessions; surname-first display name"),

        mail("u048", "2026-12-07T10:05", ("Samhällsbyggnad Leksand", "samhallsbyggnad@leksand.se"),
             "Anmälan till DalaLab från Leksands kommun",
             T("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
                <body style="font-family:Calibri,sans-serif;font-size:11pt">
                <p>Hej!</p>
                <p>H&auml;r kommer anm&auml;lan fr&aring;n Leksands kommun. Jag &auml;r administrat&ouml;r och skickar
                in f&ouml;r planenhetens r&auml;kning.</p>
                <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
                <tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Specialkost</th></tr>
                <tr><td>Malin Hedin</td><td>malin.hedin@leksand.se</td><td>Alla fyra</td><td>Vegetarisk</td></tr>
                <tr><td>Gustaf Knutsson</td><td>gustaf.knutsson@leksand.se</td><td>3 maj, 29 november</td><td>&ndash;</td></tr>
                </table>
                <p>&nbsp;</p>
                <p>H&auml;lsningar<br>Ulrika Jonsson<br>Administrat&ouml;r, Samh&auml;llsbyggnad<br>Leksands kommun<br>
                Tel 0247-800 00</p>
                </body></html>
             """),
             X("register", [P("Malin Hedin", "malin.hedin@leksand.se", "Leksands kommun", diet="vegetarisk"),
                            P("Gustaf Knutsson", "gustaf.knutsson@leksand.se", "Leksands kommun")], ALL,
               diet="vegetarisk"),
             "HTML-only table sent from a shared mailbox by an administrator (not a participant); per-person "
             "sessions ('Alla fyra' / '3 maj, 29 november') -> union = all four; diet in a cell"),

        tg("u049", "2026-12-09T20:31", "Lars Vikner", 6034418827,
           "Hej! Lars Vikner, Mora kommun. Vill anmäla mig + kollegorna Tove Granlund och Erik Hjort till DalaLab, "
           "alla fyra träffarna 👍 Erik har glutenallergi",
           X("register", [P("Lars Vikner", None, "Mora kommun"), P("Tove Granlund", None, "Mora kommun"),
                          P("Erik Hjort", None, "Mora kommun", diet="glutenallergi")], ALL, diet="glutenallergi"),
           "Telegram: sender plus two colleagues in prose, no addresses; diet for one colleague"),

        mail("u050", "2026-12-11T15:22", ("Helen Carter", "helen.carter@regiondalarna.se"),
             "DalaLab registration – Regional Development team",
             T("""
                Hi Linnea,

                I hope this is the right address. I would like to register three people from my team for the first
                two sessions, 3 May and 21 September:

                - Olivia Chen (olivia.chen@regiondalarna.se)
                - Magnus Eld (magnus.eld@regiondalarna.se)
                - Fatima Yusuf (fatima.yusuf@regiondalarna.se) – she needs halal food

                I won't be attending myself, but please keep me in cc on anything practical.

                Many thanks,
                Helen

                Helen Carter
                Head of Unit, Regional Development
                Region Dalarna
                Box 712, 791 29 Falun
                +46 23 49 00 00
             """),
             X("register", [P("Olivia Chen", "olivia.chen@regiondalarna.se", "Region Dalarna"),
                            P("Magnus Eld", "magnus.eld@regiondalarna.se", "Region Dalarna"),
                            P("Fatima Yusuf", "fatima.yusuf@regiondalarna.se", "Region Dalarna", diet="halal")],
               [S1, S2], diet="halal"),
             "English; head of unit registers three staff (not herself); 'first two sessions, 3 May and "
             "21 September'; diet 'halal' for one; Box number and phone in signature"),

        mail("u051", "2026-12-14T11:03", ("Ylva Brandt", "ylva.brandt@sater.se"), "Anmälan DalaLab (Säter + Hedemora)",
             T("""
                Hej Linnea!

                Jag vill anmäla mig själv och Linus Ferm från Hedemora kommun (linus.ferm@hedemora.se). Vi arbetar
                tillsammans med det mellankommunala underlaget för stråket längs riksväg 70, så vi vill gärna gå
                ihop. Vi kommer båda på samtliga fyra träffar.

                Linus har bett mig anmäla honom eftersom han är på tjänsteresa hela veckan.

                Hälsningar
                Ylva Brandt
                Översiktsplanerare
                Säters kommun
                Box 86, 783 22 Säter
                0225-550 00
             """),
             X("register", [P("Ylva Brandt", "ylva.brandt@sater.se", "Säters kommun"),
                            P("Linus Ferm", "linus.ferm@hedemora.se", "Hedemora kommun")], ALL),
             "two organisations in one mail: Säter sender + Hedemora colleague; 'riksväg 70' and Box 86 are "
             "numbers, not dates; 'samtliga fyra träffar'"),

        mail("u052", "2026-12-16T14:17", ("Marie Olausson", "marie.olausson@vansbro.se"), "Anmälan DalaLab",
             T("""
                Hej,

                Härmed anmäls följande från Vansbro kommun till lärprojektet DalaLab:

                Planchef Gustav Ahlin
                Översiktsplanerare Rebecka Sand

                Båda deltar på samtliga träffar. Rebecka är glutenintolerant.

                E-postadresserna följer vårt vanliga mönster, fornamn.efternamn@vansbro.se.

                Med vänlig hälsning

                Marie Olausson
                Nämndsekreterare
                Vansbro kommun
                Tel 0281-750 00
             """),
             X("register", [P("Gustav Ahlin", "gustav.ahlin@vansbro.se", "Vansbro kommun"),
                            P("Rebecka Sand", "rebecka.sand@vansbro.se", "Vansbro kommun", diet="glutenintolerant")],
               ALL, diet="glutenintolerant"),
             "administrator registers two people by title + name (not herself); addresses only by the pattern "
             "fornamn.efternamn@vansbro.se, written out in the label; windows-1252",
             charset="windows-1252"),

        mail("u053", "2026-12-18T08:52", ("Jessica Forslund", "jessica.forslund@avesta.se"), "SV: " + INVITE_SUBJ,
             T("""
                Hej! Anmäl gärna mig och Pia Öberg (pia.oberg@avesta.se) till vårträffen och den i september. Jag är vegetarian.

                /Jessica Forslund, Avesta kommun

                Skickat från Outlook för iOS
             """) + outlook_quote("Forslund Jessica <jessica.forslund@avesta.se>"),
             X("register", [P("Jessica Forslund", "jessica.forslund@avesta.se", "Avesta kommun", diet="vegetarian"),
                            P("Pia Öberg", "pia.oberg@avesta.se", "Avesta kommun")], [S1, S2], diet="vegetarian"),
             "phone reply above the quoted invitation; 'vårträffen och den i september' = 3 May + 21 Sep; sender "
             "and one colleague; diet for the sender"),

        mail("u054", "2026-12-21T09:30", ("Samhällsbyggnad Orsa", "samhallsbyggnad@orsa.se"),
             "Automatiskt svar: DalaLab – information till kommunernas planenheter",
             T("""
                Tack för ditt meddelande till Samhällsbyggnadsförvaltningen i Orsa kommun.

                Vi har tagit emot ditt e-postmeddelande och återkommer inom fem arbetsdagar. Under perioden
                23 december–6 januari har förvaltningen begränsad bemanning.

                Brådskande ärenden: ring kommunens kundtjänst 0250-552 00.

                Detta är ett automatiskt svar och kan inte besvaras.
             """),
             X("auto_reply"),
             "auto-reply from a municipality's shared mailbox (no auto headers); '23 december–6 januari' is not "
             "a session"),

        # ---------------------------------------------------------------- January
        mail("u055", "2027-01-04T10:11", ("Per-Olof Stenberg", "per-olof.stenberg@gagnef.se"),
             "Fråga om antal platser DalaLab",
             T("""
                Hej Linnea,

                Vi är fyra på planenheten i Gagnef som gärna skulle vilja vara med i DalaLab. Jag ser att det är max
                tre per kommun. Går det att lösa så att vi turas om, så att det aldrig är fler än tre av oss på samma
                träff? I så fall skulle t.ex. två av oss kunna gå på 3 maj och 21 september och de andra två på de
                två sista.

                Innan jag skickar in några namn vill jag höra hur ni ser på det.

                God fortsättning!
                Per-Olof Stenberg
                Planchef, Gagnefs kommun
                0241-150 00
             """),
             X("question"),
             "manager's question about sharing the quota among four; names sessions hypothetically and says "
             "'innan jag skickar in några namn' -> no signup"),

        mail("u056", "2027-01-07T13:25", ("Jesper Lund", "jesper.lund@ludvika.se"), "Anmälan Ludvika kommun – DalaLab",
             T("""
                Hej!

                Vi anmäler tre personer från Ludvika kommun till DalaLab, alla fyra träffarna:

                1. Jesper Lund (jag), jesper.lund@ludvika.se
                2. Josefin Ahl, josefin.ahl@ludvika.se
                3. Hussein Ali, hussein.ali@ludvika.se

                Om någon av oss får förhinder står Mikaela Borg (mikaela.borg@ludvika.se) som reserv. Hon har koll
                på upplägget och kan hoppa in med kort varsel.

                Mvh
                Jesper Lund
                Samhällsplanerare
                Ludvika kommun
                771 82 Ludvika
                Tfn 0240-860 00
                Semester v. 29–32
             """),
             X("register", [P("Jesper Lund", "jesper.lund@ludvika.se", "Ludvika kommun"),
                            P("Josefin Ahl", "josefin.ahl@ludvika.se", "Ludvika kommun"),
                            P("Hussein Ali", "hussein.ali@ludvika.se", "Ludvika kommun"),
                            P("Mikaela Borg", "mikaela.borg@ludvika.se", "Ludvika kommun")], ALL),
             "numbered list of three (sender included) plus a named reserve, who counts as a person; list "
             "numbers 1-3 and 'v. 29–32' are not sessions"),

        mail("u057", "2027-01-11T08:40", ("Rosén Camilla", "camilla.rosen@falun.se"),
             "Byte av deltagare DalaLab – Falu kommun",
             T("""
                Hej Linnea,

                En ändring i vår anmälan från december: Anders Lövgren har fått en tjänst i en annan kommun och kommer
                inte att kunna delta. I stället går Wilma Sjödahl (wilma.sjodahl@falun.se), som har tagit över hans
                uppdrag, på alla fyra träffarna.

                Hampus och Lejla är kvar som tidigare.

                Vänliga hälsningar
                Camilla Rosén
                Enhetschef Översiktsplanering
                Falu kommun
                023-866 12
             """),
             X("change", [P("Anders Lövgren", None, "Falu kommun"),
                          P("Wilma Sjödahl", "wilma.sjodahl@falun.se", "Falu kommun")], ALL),
             "substitution in one message by the manager (u046 writes again): Anders out, Wilma in for all four; "
             "the colleagues who stay ('Hampus och Lejla är kvar') are not people"),

        tg("u058", "2027-01-13T07:58", "Lars Vikner", 6034418827,
           "morrn! stryk Tove Granlund från Moras anmälan, hon har slutat hos oss. jag och Erik kommer som planerat",
           X("cancel", [P("Tove Granlund", None, "Mora kommun")], ALL),
           "Telegram (u049 writes again): a withdrawn colleague without a substitute -> cancel, all four; the "
           "sender and Erik stay and are not people"),

        mail("u059", "2027-01-15T15:46", ("Anna-Karin Persbo", "anna-karin.persbo@rattvik.se"),
             "Anmälan DalaLab – Rättviks kommun",
             T("""
                Hej!

                Vi är tre från Rättviks kommun som vill delta. Alla kan inte vara med på allt, så här kommer det per
                person:

                - Anna-Karin Persbo (jag) – alla fyra träffarna. Laktosfri kost, tack.
                - Elsa Nordqvist, elsa.nordqvist@rattvik.se – 3 maj och 21 sept. Vegetarisk.
                - Mikael Rask, mikael.rask@rattvik.se – bara 29 november.

                Hör av er om något är oklart!

                Med vänliga hälsningar
                Anna-Karin Persbo
                Planeringsarkitekt
                Rättviks kommun | Storgatan 2 | 795 80 Rättvik
                0248-700 00
             """),
             X("register", [P("Anna-Karin Persbo", "anna-karin.persbo@rattvik.se", "Rättviks kommun", diet="laktosfri"),
                            P("Elsa Nordqvist", "elsa.nordqvist@rattvik.se", "Rättviks kommun", diet="vegetarisk"),
                            P("Mikael Rask", "mikael.rask@rattvik.se", "Rättviks kommun")], ALL,
               diet="laktosfri, vegetarisk"),
             "bullets with per-person sessions and diets; union of sessions = all four; two diets joined; "
             "hyphenated first name"),

        mail("u060", "2027-01-18T11:12", ("Roger Ekman", "roger.ekman@smedjebacken.se"),
             "Avanmälan DalaLab - Smedjebacken",
             T("""
                Hej Linnea,

                Tyvärr måste vi avanmäla hela gruppen från Smedjebacken, det vill säga Lina Tapper, Kevin Öhman och
                mig själv. Efter budgetbeslutet i december har vi fått dra ner på alla externa utbildningar under 2027.

                Vi hoppas kunna återkomma om läget ändras.

                Hälsningar
                Roger Ekman
                Samhällsbyggnadschef
                Smedjebackens kommun
                Tel 0240-660 000
             """),
             X("cancel", [P("Lina Tapper", None, "Smedjebackens kommun"),
                          P("Kevin Öhman", None, "Smedjebackens kommun"),
                          P("Roger Ekman", "roger.ekman@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "group cancellation: two colleagues and the sender ('mig själv'), no sessions named -> all four; "
             "iso-8859-1",
             charset="iso-8859-1"),

        mail("u061", "2027-01-20T09:55", ("Registrator Orsa kommun", "registrator@orsa.se"), "VB: Anmälan till DalaLab",
             T("""
                Hej,

                Nedanstående har kommit in till kommunens registratur men verkar vara avsett för er. Vi
                vidarebefordrar det därför.

                Med vänlig hälsning
                Registraturen
                Orsa kommun
                Dnr KS 2027/0042

                -----Ursprungligt meddelande-----
                Från: Hansson Joel <joel.hansson@orsa.se>
                Skickat: den 19 januari 2027 16:21
                Till: Registrator <registrator@orsa.se>
                Ämne: Anmälan till DalaLab

                Hej Linnea!

                Jag och Astrid Mellgren på samhällsbyggnad vill anmäla oss till de två första träffarna i DalaLab.

                Tack på förhand!
                Joel Hansson
                Orsa kommun
             """),
             X("register", [P("Joel Hansson", "joel.hansson@orsa.se", "Orsa kommun"),
                            P("Astrid Mellgren", None, "Orsa kommun")], [S1, S2]),
             "shared mailbox (registry) forwards a misdirected signup: the sender is not a person; Joel's "
             "address only in the forwarded header; 'de två första träffarna' = 3 May + 21 Sep; Dnr number"),

        mail("u062", "2027-01-22T14:08", ("Marco Bellini", "marco.bellini@lansstyrelsen.se"),
             "Registration DalaLab – two from Länsstyrelsen",
             T("""
                Dear Linnea,

                My colleague Karolina Wester (karolina.wester@lansstyrelsen.se) and I would like to register for
                DalaLab. We can join the sessions on September 21 and November 29; the spring and February dates
                clash with our review period for the comprehensive plans.

                Please note that Karolina has a nut allergy.

                Best regards,
                Marco Bellini
                Senior Planning Officer, Unit for Community Planning
                Länsstyrelsen Dalarna (County Administrative Board of Dalarna)
                Åsgatan 38, SE-791 84 Falun
                Phone: +46 10-225 00 00
             """),
             X("register", [P("Marco Bellini", "marco.bellini@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Karolina Wester", "karolina.wester@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="nut allergy")], [S2, S3], diet="nut allergy"),
             "English; sender + colleague; 'September 21 and November 29'; 'the spring and February dates' are "
             "excluded; diet 'nut allergy' for the colleague"),

        mail("u063", "2027-01-25T10:30", ("Rut Axelsson", "rut.axelsson@gagnef.se"), "Anmälan DalaLab",
             T("""
                Hej!

                Min kollega Ida Sundberg anmälde sig förra veckan. Nu vill även jag och Kent Brodin
                (kent.brodin@gagnef.se) anmäla oss, till samma träffar som Ida: 3 maj och 29 november.

                Per-Olof har pratat med dig om att vi är fler som är intresserade – vi håller oss till tre som ni sa.

                Mvh
                Rut Axelsson
                Planarkitekt, Gagnefs kommun
             """),
             X("register", [P("Rut Axelsson", "rut.axelsson@gagnef.se", "Gagnefs kommun"),
                            P("Kent Brodin", "kent.brodin@gagnef.se", "Gagnefs kommun")], [S1, S3]),
             "colleague already registered (Ida) mentioned in passing, not a person; the manager (Per-Olof) "
             "mentioned too; sender + Kent for 3 May and 29 Nov"),

        mail("u064", "2027-01-27T16:02", ("\"Grahn, Tobias\"", "tobias.grahn@borlange.se"), "SV: Anmälan DalaLab – Borlänge",
             T("""
                Hej igen!

                En komplettering till vår anmälan: Kajsa Hellström är vegan och Patrik Nordin har nötallergi. Jag
                själv äter allt.

                /Tobias
             """),
             X("change", [P("Kajsa Hellström", None, "Borlänge kommun", diet="vegan"),
                          P("Patrik Nordin", None, "Borlänge kommun", diet="nötallergi")], [],
               diet="vegan, nötallergi"),
             "diet update for two colleagues (u047 writes again) naming no sessions -> change with []; the sender "
             "('äter allt') is not a person; no quote"),

        # ---------------------------------------------------------------- February
        mail("u065", "2027-02-01T09:20", ("Håkan Grönlund", "hakan.gronlund@malung-salen.se"),
             "DalaLab - anmälan Malung-Sälen",
             T("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
                <style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
                </head><body lang="SV"><div class="WordSection1">
                <p class="MsoNormal">Hej Linnea!<o:p></o:p></p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal">Vi anm&auml;ler tv&aring; planerare fr&aring;n Malung-S&auml;lens kommun. Sj&auml;lv kommer jag
                tyv&auml;rr inte ifr&aring;n.<o:p></o:p></p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
                <tr><td><p class="MsoNormal"><b>Namn</b></p></td><td><p class="MsoNormal"><b>E-post</b></p></td>
                <td><p class="MsoNormal"><b>Tr&auml;ff</b></p></td></tr>
                <tr><td><p class="MsoNormal">Ronja Persson</p></td><td><p class="MsoNormal">ronja.persson@malung-salen.se</p></td>
                <td><p class="MsoNormal">21 september</p></td></tr>
                <tr><td><p class="MsoNormal">Viktor Eng</p></td><td><p class="MsoNormal">viktor.eng@malung-salen.se</p></td>
                <td><p class="MsoNormal">21 september och 29 november</p></td></tr>
                </table>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal">Med v&auml;nlig h&auml;lsning<br>H&aring;kan Gr&ouml;nlund<br>Samh&auml;llsbyggnadschef<br>
                Malung-S&auml;lens kommun<br>Lisagatan 32, 782 31 Malung<br>0280-181 00</p>
                </div></body></html>
             """),
             X("register", [P("Ronja Persson", "ronja.persson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Viktor Eng", "viktor.eng@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
             "HTML-only Outlook (iso-8859-1, entities) with a table; manager not attending; per-person sessions, "
             "union = 21 Sep + 29 Nov",
             html=True, charset="iso-8859-1"),

        tg("u066", "2027-02-03T12:14", "Nils-Erik Dahlgren", 5120934476,
           "hej! anmäler älvdalsgänget till dalalab: mig, frida mård och samuel öst. vi kör alla fyra träffarna 💪 "
           "frida är vegetarian",
           X("register", [P("Nils-Erik Dahlgren", None, "Älvdalens kommun"),
                          P("Frida Mård", None, "Älvdalens kommun", diet="vegetarian"),
                          P("Samuel Öst", None, "Älvdalens kommun")], ALL, diet="vegetarian"),
           "Telegram, lower-case colleague names; organisation only from 'älvdalsgänget'; diet 'vegetarian'"),

        mail("u067", "2027-02-05T13:48", ("Pernilla Krantz", "pernilla.krantz@hedemora.se"), "Anmälan DalaLab – Hedemora",
             T("""
                Hej Linnea,

                Jag anmäler mig själv och planarkitekt Jonatan Rehn (jonatan.rehn@hedemora.se) till de tre första
                träffarna.

                Anmäl gärna också Lovisa Ring från Planfabriken AB (lovisa.ring@planfabriken.se). Hon är vår konsult
                i arbetet med den nya översiktsplanen och det vore värdefullt att hon får samma bild som vi. Hon ska
                alltså inte räknas som en av våra tre platser – Linus Ferm är ju redan anmäld via Säter.

                Med vänlig hälsning
                Pernilla Krantz
                Planchef
                Hedemora kommun
                Tel 0225-340 00
             """),
             X("register", [P("Pernilla Krantz", "pernilla.krantz@hedemora.se", "Hedemora kommun"),
                            P("Jonatan Rehn", "jonatan.rehn@hedemora.se", "Hedemora kommun"),
                            P("Lovisa Ring", "lovisa.ring@planfabriken.se", None)], [S1, S2, S3]),
             "two organisations: manager + planner from Hedemora and their consultant (private firm -> "
             "organisation null, explicitly not taking a municipal place); 'de tre första träffarna'; a colleague "
             "already registered (Linus) mentioned in passing"),

        mail("u068", "2027-02-08T10:02", ("Jessica Forslund", "jessica.forslund@avesta.se"), "Ändring DalaLab Avesta",
             T("""
                Hej!

                Pia Öberg har fått nytt jobb och slutar hos oss i mars, så hon kan inte gå på DalaLab. Amanda Kvist
                (amanda.kvist@avesta.se) tar hennes plats på samma träffar, alltså 3 maj och 21 september.

                Mvh Jessica
             """),
             X("change", [P("Pia Öberg", None, "Avesta kommun"),
                          P("Amanda Kvist", "amanda.kvist@avesta.se", "Avesta kommun")], [S1, S2]),
             "substitution (u053 writes again): Pia out, Amanda in on 3 May + 21 Sep; sender not a person"),

        mail("u069", "2027-02-10T14:33", ("Mail Delivery System", "postmaster@regiondalarna.se"),
             "Olevererbart: Bekräftelse: anmälan till DalaLab",
             T("""
                Det gick inte att leverera till följande mottagare:

                hussein.aIi@ludvika.se
                Mottagarens e-postadress hittades inte i mottagarens e-postsystem. Kontrollera adressen och försök
                igen.

                Diagnostisk information för administratörer:

                Genererad server: mx1.regiondalarna.se
                hussein.aIi@ludvika.se
                Remote Server returned '550 5.1.1 <hussein.aIi@ludvika.se>: Recipient address rejected: User unknown'

                ----- Ursprungligt meddelande -----
                Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Till: jesper.lund@ludvika.se; josefin.ahl@ludvika.se; hussein.aIi@ludvika.se
                Ämne: Bekräftelse: anmälan till DalaLab

                Hej!

                Tack för er anmälan. Följande är anmälda från Ludvika kommun till samtliga fyra träffar (3 maj 2027,
                21 september 2027, 29 november 2027 och 22 februari 2028):

                Jesper Lund, Josefin Ahl, Hussein Ali
                Reserv: Mikaela Borg

                Hälsningar
                Linnea Hassis
                Region Dalarna
             """),
             X("auto_reply"),
             "bounce of a group confirmation (mistyped 'aIi'); the returned message lists names and all four "
             "dates -> nothing to register"),

        mail("u070", "2027-02-12T11:05", ("Agneta Lilja", "agneta.lilja@falun.se"), "Fråga om anmälan av flera personer",
             T("""
                Hej!

                Jag är förvaltningsassistent och har fått i uppdrag att samordna anmälningar från vår förvaltning
                till olika utbildningar. Kan jag skicka in flera namn i ett och samma mejl, eller vill ni att var och
                en anmäler sig själv? Och behöver ni deras personnummer eller räcker namn och e-post?

                Tacksam för svar.

                Agneta Lilja
                Förvaltningsassistent
                Samhällsbyggnadsförvaltningen, Falu kommun
                023-830 00
             """),
             X("question"),
             "administrator's question about how to register several people; no names, no signup"),

        mail("u071", "2027-02-15T09:40", ("Samhällsplanering Region Dalarna", "samhallsplanering@regiondalarna.se"),
             "Anmälan DalaLab – avd. regional utveckling",
             T("""
                Hej Linnea!

                Vi är fyra från avdelningen som vill gå på höstens två träffar (21 september och 29 november). Helens
                grupp har redan anmält sig separat, så det här gäller bara oss:

                Ahlberg, Jenny <jenny.ahlberg@regiondalarna.se>; Strömberg, Olof <olof.stromberg@regiondalarna.se>; Wahlberg, Kerstin <kerstin.wahlberg@regiondalarna.se>; Nylander, Petter <petter.nylander@regiondalarna.se>

                Jag skickar från funktionsbrevlådan eftersom vi samordnar utbildningar därifrån.

                Hälsningar
                Kerstin Wahlberg
                för Samhällsplanering, Region Dalarna
             """),
             X("register", [P("Jenny Ahlberg", "jenny.ahlberg@regiondalarna.se", "Region Dalarna"),
                            P("Olof Strömberg", "olof.stromberg@regiondalarna.se", "Region Dalarna"),
                            P("Kerstin Wahlberg", "kerstin.wahlberg@regiondalarna.se", "Region Dalarna"),
                            P("Petter Nylander", "petter.nylander@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "shared mailbox; four 'Efternamn, Förnamn <address>' on one semicolon-separated line (the writer is "
             "among them); 'höstens två träffar' = 21 Sep + 29 Nov; another group ('Helens grupp') mentioned in "
             "passing"),

        mail("u072", "2027-02-17T13:15", ("Anna-Karin Persbo", "anna-karin.persbo@rattvik.se"), "Förhinder 21 september",
             T("""
                Hej!

                Elsa Nordqvist och jag kan tyvärr inte komma den 21 september – det krockar med ett samrådsmöte om
                vår fördjupade översiktsplan. Vi kommer på de andra träffarna vi är anmälda till.

                Mikael berörs inte, han ska ju bara på novemberträffen.

                Hälsningar
                Anna-Karin
             """),
             X("cancel", [P("Elsa Nordqvist", None, "Rättviks kommun"),
                          P("Anna-Karin Persbo", "anna-karin.persbo@rattvik.se", "Rättviks kommun")], [S2]),
             "partial withdrawal for two people (u059 writes again) -> cancel of 21 Sep only; Mikael and "
             "'novemberträffen' mentioned but not affected"),

        tg("u073", "2027-02-19T17:44", "Ylva Brandt", 7719025563,
           "hej det är Ylva på Säters kommun. Linus Ferm (Hedemora) som jag anmälde i december kan bara komma på "
           "första träffen, så stryk honom från de tre andra. jag själv går på alla som förut",
           X("cancel", [P("Linus Ferm", None, "Hedemora kommun")], [S2, S3, S4]),
           "Telegram (u051 writes again): colleague from another organisation withdrawn from three sessions -> "
           "cancel of 21 Sep, 29 Nov, 22 Feb; the sender stays and is not a person"),

        mail("u074", "2027-02-22T08:35", ("Roger Ekman", "roger.ekman@smedjebacken.se"), "Ny anmälan Smedjebacken",
             T("""
                Hej Linnea,

                Vi avanmälde oss i januari, men nu har vi fått in en ny planarkitekt som finansieras via ett projekt,
                och då har vi möjlighet att skicka en person ändå. Anmäl gärna Rickard Ståhl
                (rickard.stahl@smedjebacken.se) till träffarna den 29/11 och 22/2.

                Tack!
                Roger Ekman
                Samhällsbyggnadschef, Smedjebackens kommun
                Tel 0240-660 000
                Dnr 2027/117
             """),
             X("register", [P("Rickard Ståhl", "rickard.stahl@smedjebacken.se", "Smedjebackens kommun")], [S3, S4]),
             "newcomer after the group's earlier cancellation (u060) -> register; sent on 22 Feb 2027, '22/2' is "
             "the 2028 session; sender not a person"),

        mail("u075", "2027-02-24T19:20", ("Tilda Berggren", "tilda.berggren@leksand.se"), "samakning + anmalan 3 maj",
             T("""
                Hej!

                Jag (Leksand) och Ove Lindh fran Vansbro kommun vill anmala oss till forsta traffen 3 maj. Vi samaker
                fran Vansbro via Leksand. Ove har adressen ove.lindh@vansbro.se.

                Ove ar vegetarian, jag har inga specialonskemal.

                /Tilda Berggren
                Leksands kommun

                Skickat fran min iPhone
             """),
             X("register", [P("Tilda Berggren", "tilda.berggren@leksand.se", "Leksands kommun"),
                            P("Ove Lindh", "ove.lindh@vansbro.se", "Vansbro kommun", diet="vegetarian")], [S1],
               diet="vegetarian"),
             "two organisations (Leksand sender + Vansbro colleague); written without å/ä/ö; 'forsta traffen "
             "3 maj'; diet for the colleague"),

        # ---------------------------------------------------------------- March
        tg("u076", "2027-03-01T10:12", "Grace Mwangi", 1983320457,
           "Hi! I'm Grace Mwangi, I started at Mora kommun's planning unit in February and I'm taking over Tove "
           "Granlund's place in DalaLab (she left in January). Could you please register me for all four sessions? "
           "My email is grace.mwangi@mora.se. Thanks!",
           X("register", [P("Grace Mwangi", "grace.mwangi@mora.se", "Mora kommun")], ALL),
           "English Telegram; newcomer taking the place of a colleague cancelled earlier (u058) -> register; "
           "Tove is not a person"),

        mail("u077", "2027-03-03T15:07", ("Bengt Sahlin", "bengt.sahlin@orsa.se"), "VB: DalaLab",
             T("""
                Hej Linnea,

                Se nedan. Valter vill gärna gå och jag har godkänt det. Anmäl honom till alla träffar utom den i
                februari.

                Bengt Sahlin
                Förvaltningschef Samhällsbyggnad
                Orsa kommun
                0250-552 00

                Från: Nyström Valter <valter.nystrom@orsa.se>
                Skickat: den 2 mars 2027 14:50
                Till: Sahlin Bengt <bengt.sahlin@orsa.se>
                Ämne: DalaLab

                Hej Bengt!

                Jag såg inbjudan till DalaLab från Region Dalarna. Joel och Astrid är redan anmälda men det finns en
                plats kvar för Orsa. Får jag gå? Den sista träffen i februari 2028 krockar troligen med min
                föräldraledighet, men de tre första kan jag.

                /Valter
             """),
             X("register", [P("Valter Nyström", "valter.nystrom@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "manager forwards a colleague's internal request and approves: 'alla träffar utom den i februari'; "
             "name and address only in the forwarded header; Joel and Astrid mentioned as already registered"),

        mail("u078", "2027-03-05T11:30", ("Birgitta Nyman", "birgitta.nyman@regiondalarna.se"),
             "Ändring DalaLab – Olivia Chen och Magnus Eld",
             T("""
                Hej Linnea!

                Jag skriver å Helen Carters vägnar. Olivia Chen och Magnus Eld är anmälda till 3 maj och
                21 september. De vill byta 21 september mot 29 november, eftersom de ska på en konferens i september.
                De går alltså 3 maj och 29 november.

                Fatima Yusuf går som tidigare.

                Hälsningar
                Birgitta Nyman
                Assistent, Regional utveckling
                Region Dalarna
             """),
             X("change", [P("Olivia Chen", None, "Region Dalarna"), P("Magnus Eld", None, "Region Dalarna")],
               [S1, S3]),
             "assistant writes for a manager (neither is a person); session change for two people with the "
             "sessions after the change stated (3 May + 29 Nov); Fatima unchanged"),

        mail("u079", "2027-03-08T09:02", ("Roger Ekman", "roger.ekman@smedjebacken.se"), "Radering av personuppgifter",
             T("""
                Hej,

                Lina Tapper och Kevin Öhman, som var anmälda från Smedjebacken men avanmäldes i januari, har båda
                slutat hos oss. Kan ni radera deras uppgifter ur era deltagarlistor? Lina har själv bett om det.

                Hälsningar
                Roger Ekman
                Smedjebackens kommun
             """),
             X("erasure", [P("Lina Tapper", None, "Smedjebackens kommun"),
                           P("Kevin Öhman", None, "Smedjebackens kommun")]),
             "erasure requested by a manager for two former colleagues: people = those whose data is to be "
             "erased, not the sender"),

        mail("u080", "2027-03-10T06:30", ("Kommunkurs Nyhetsbrev", "nyhetsbrev@kommunkurs.se"),
             "Anmäl hela teamet – grupprabatt på Planeringsdagarna 2027",
             T("""
                Visa som webbsida | Avsluta prenumeration

                PLANERINGSDAGARNA 2027
                21–22 september 2027, Stockholm

                Nu öppnar anmälan till höstens stora mötesplats för kommunala planerare! Två dagar med föreläsningar
                om översiktsplanering, detaljplaner och den nya plan- och bygglagen.

                Anmäl hela teamet! Skickar ni tre eller fler från samma kommun får ni 20 % grupprabatt.
                Sista anmälningsdag: 30 april. Begränsat antal platser.

                Anmäl er här: https://kommunkurs.se/planeringsdagarna-2027

                Du får det här nyhetsbrevet eftersom du är registrerad hos Kommunkurs AB.
                Avregistrera dig: https://kommunkurs.se/avregistrera
             """),
             X("unknown"),
             "newsletter about another event urging group signups; '21–22 september' is not the session"),

        mail("u081", "2027-03-12T10:48", ("Ylva Brandt", "ylva.brandt@sater.se"), "Ytterligare anmälan från Säter",
             T("""
                Hej Linnea!

                Jag är ju redan anmäld till alla träffarna, men nu vill även min kollega Henrietta Sjödin,
                henrietta.sjodin@sater.se, vara med. Hon kan 21/9 och 29/11.

                Hälsningar
                Ylva Brandt
                Säters kommun
                0225-550 00
             """),
             X("register", [P("Henrietta Sjödin", "henrietta.sjodin@sater.se", "Säters kommun")], [S2, S3]),
             "sender already registered (mentioned in passing, with 'alla träffarna') registers a colleague for "
             "21/9 and 29/11 only"),

        mail("u082", "2027-03-15T13:20", ("Josefin Ahl Persson", "josefin.ahlpersson@ludvika.se"),
             "Nytt namn och ny e-postadress",
             T("""
                Hej!

                Jag är anmäld till DalaLab från Ludvika kommun sedan januari (tillsammans med Jesper Lund och Hussein
                Ali). Jag har gift mig och heter numera Josefin Ahl Persson. Min gamla adress josefin.ahl@ludvika.se
                slutar fungera vid månadsskiftet, så använd gärna josefin.ahlpersson@ludvika.se framöver.

                Tack!
                Josefin Ahl Persson
                Trafikplanerare
                Ludvika kommun
             """),
             X("change", [P("Josefin Ahl Persson", "josefin.ahlpersson@ludvika.se", "Ludvika kommun")], []),
             "name and address update naming no sessions -> change with []; the old address is not a second "
             "person; colleagues mentioned in passing are not people"),

        mail("u083", "2027-03-18T14:55", ("Ingela Svärd", "ingela.sward@lansstyrelsen.se"),
             "Anmälan till DalaLab från Länsstyrelsen Dalarna",
             T("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
                <body>
                <p>Hej Linnea,</p>
                <p>H&auml;r kommer anm&auml;lan fr&aring;n v&aring;r enhet f&ouml;r samh&auml;llsplanering. Jag samordnar
                men deltar inte sj&auml;lv. Marco Bellini och Karolina Wester har anm&auml;lt sig sj&auml;lva tidigare
                och finns inte med h&auml;r.</p>
                <table border="1" cellspacing="0" cellpadding="3">
                <tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Specialkost</th></tr>
                <tr><td>Ekholm, Saga</td><td>saga.ekholm@lansstyrelsen.se</td><td>Tr&auml;ff 1 och 2</td><td>Glutenfri</td></tr>
                <tr><td>Rahimi, Dariush</td><td>dariush.rahimi@lansstyrelsen.se</td><td>Alla</td><td>&ndash;</td></tr>
                <tr><td>T&ouml;rnqvist, Lotta</td><td>lotta.tornqvist@lansstyrelsen.se</td><td>Tr&auml;ff 2, 3 och 4</td><td>Vegan</td></tr>
                <tr><td>Wik, Hannes</td><td>hannes.wik@lansstyrelsen.se</td><td>Tr&auml;ff 1</td><td>&ndash;</td></tr>
                </table>
                <p>V&auml;nliga h&auml;lsningar<br>Ingela Sv&auml;rd<br>Samordnare, Enheten f&ouml;r samh&auml;llsplanering<br>
                L&auml;nsstyrelsen Dalarna<br>&Aring;sgatan 38, 791 84 Falun<br>010-225 00 00</p>
                </body></html>
             """),
             X("register", [P("Saga Ekholm", "saga.ekholm@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="glutenfri"),
                            P("Dariush Rahimi", "dariush.rahimi@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Lotta Törnqvist", "lotta.tornqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              diet="vegan"),
                            P("Hannes Wik", "hannes.wik@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL,
               diet="glutenfri, vegan"),
             "HTML-only windows-1252 table of four 'Efternamn, Förnamn' with sessions by number ('Träff 1 och 2', "
             "'Alla', 'Träff 2, 3 och 4', 'Träff 1') -> union all four; two diets; coordinator not attending; two "
             "earlier registrants mentioned in passing",
             html=True, charset="windows-1252"),

        tg("u084", "2027-03-22T12:40", "Ronja Persson", 6402281139,
           "hej! kan ni anmäla min kollega Albin Hedberg från Malung-Sälen till träffen 22 feb? han har inte "
           "telegram 😅 albin.hedberg@malung-salen.se",
           X("register", [P("Albin Hedberg", "albin.hedberg@malung-salen.se", "Malung-Sälens kommun")], [S4]),
           "Telegram: sender (registered earlier in u065) registers only a colleague; '22 feb' = 2028 session"),

        mail("u085", "2027-03-25T09:15", ("Gustav Ahlin", "gustav.ahlin@vansbro.se"), "Fråga – praktikant på DalaLab?",
             T("""
                Hej!

                Vi är nu tre anmälda från Vansbro (Rebecka Sand, Ove Lindh och jag). Vi har en praktikant från
                planeringsprogrammet i Uppsala, Elvira Nord, under våren. Finns det möjlighet för henne att följa med
                på första träffen utöver vår kvot, eller är det strikt tre per kommun?

                Mvh
                Gustav Ahlin
                Planchef
                Vansbro kommun
             """),
             X("question"),
             "question whether a fourth person (an intern) may come to the first session; names of registered "
             "colleagues and the intern, but no signup"),

        mail("u086", "2027-03-30T16:05", ("Jesper Lund", "jesper.lund@ludvika.se"), "Förhinder 3 maj – Ludvika",
             T("""
                Hej Linnea,

                Tyvärr kan ingen av oss från Ludvika komma den 3 maj – det krockar med ett extra
                fullmäktigesammanträde. Det gäller alltså Josefin Ahl Persson, Hussein Ali och mig. Vi kommer som
                planerat på de tre övriga träffarna.

                Mvh
                Jesper Lund
                Samhällsplanerare, Ludvika kommun
                Tfn 0240-860 00
             """),
             X("cancel", [P("Josefin Ahl Persson", None, "Ludvika kommun"), P("Hussein Ali", None, "Ludvika kommun"),
                          P("Jesper Lund", "jesper.lund@ludvika.se", "Ludvika kommun")], [S1]),
             "group partial withdrawal: three people (sender included) cancel 3 May only; 'de tre övriga' stay"),

        # ---------------------------------------------------------------- April
        mail("u087", "2027-04-01T11:22", ("Jessica Forslund", "jessica.forslund@avesta.se"),
             "SV: Påminnelse: sista anmälningsdag till DalaLab 14 april",
             T("""
                Hej!

                Amanda Kvist och jag är redan anmälda. Nu vill även Signe Vallin (signe.vallin@avesta.se) vara med,
                på alla fyra träffarna. Då är vi tre från Avesta.

                Mvh
                Jessica Forslund
                Avesta kommun
             """) + gt_quote("Den ons 10 mars 2027 kl 09:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:",
                             REMINDER),
             X("register", [P("Signe Vallin", "signe.vallin@avesta.se", "Avesta kommun")], ALL),
             "reply to the reminder ('>'-quoted, dates and deadline); two already registered mentioned in passing; "
             "only Signe is registered, all four"),

        mail("u088", "2027-04-05T10:10", ("Henrietta Sjödin", "henrietta.sjodin@sater.se"), "Byte 29 november",
             T("""
                Hej!

                Jag kan tyvärr inte komma på träffen den 29 november (jag ska på en kurs). Min kollega Arvid Lundh
                (arvid.lundh@sater.se) går i mitt ställe den dagen. Arvid är laktosintolerant.

                21 september går jag på som planerat.

                Vänliga hälsningar
                Henrietta Sjödin
                Säters kommun
             """),
             X("change", [P("Henrietta Sjödin", "henrietta.sjodin@sater.se", "Säters kommun"),
                          P("Arvid Lundh", "arvid.lundh@sater.se", "Säters kommun", diet="laktosintolerant")], [S3],
               diet="laktosintolerant"),
             "substitution for one session: Henrietta out of 29 Nov, Arvid in that day -> change with both, "
             "sessions = the substitute's (29 Nov); 21 Sep unchanged; diet for the substitute"),

        mail("u089", "2027-04-07T08:00", ("Jesper Lund", "jesper.lund@ludvika.se"),
             "Automatiskt svar: SV: Förhinder 3 maj – Ludvika",
             T("""
                Hej,

                Jag är på semester till och med den 19 april och läser inte e-post. Frågor om Ludvikas anmälan till
                DalaLab kan ställas till Josefin Ahl Persson, josefin.ahlpersson@ludvika.se, eller Hussein Ali,
                hussein.ali@ludvika.se.

                Vänliga hälsningar
                Jesper Lund
             """),
             X("auto_reply"),
             "out-of-office naming two colleagues with addresses and a date; nothing to register"),

        mail("u090", "2027-04-09T14:30", ("Rickard Ståhl", "rickard.stahl@smedjebacken.se"),
             "Anmälan DalaLab – två till från Smedjebacken",
             T("""
                Hej Linnea!

                Nu när vi fått klartecken från ledningen blir vi två till från Smedjebacken: Maja Grip
                (maja.grip@smedjebacken.se) och Oscar Blom (oscar.blom@smedjebacken.se). De vill gå på höstens
                träffar. Jag är redan anmäld sedan februari.

                Med vänlig hälsning
                Rickard Ståhl
                Planarkitekt
                Smedjebackens kommun
                Tel 0240-660 000
             """),
             X("register", [P("Maja Grip", "maja.grip@smedjebacken.se", "Smedjebackens kommun"),
                            P("Oscar Blom", "oscar.blom@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "two colleagues in prose with addresses; 'höstens träffar' = 21 Sep + 29 Nov; sender already "
             "registered, mentioned in passing, not a person"),
    ]
