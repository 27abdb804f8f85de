"""Theme "groups": mail about several people at once.

Secretaries, managers and HR registering, changing or cancelling colleagues (often not attending themselves),
rosters in every layout (HTML and plain-text tables, bullets, "Efternamn, Förnamn", one per line with titles),
people from two organisations, function mailboxes, quota trouble (a fourth person), substitutes and partial
cancellations of a group; plus the questions, automatic mail, erasures, spam and odd mail around them.
"""
from textwrap import dedent

from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def b(s):
    return dedent(s).strip("\n") + "\n"


INVITATION_QUOTE = """\
> Välkommen att delta i lärprojektet DalaLab – Planering för hållbarhet och
> utvecklingskraft! Region Dalarna bjuder in kommunernas och regionens
> tjänstepersoner som arbetar med planeringsprocesser.
>
> Träff 1: måndag 3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun.
>   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
>   för en stärkt översiktsplanering (med Boverket)
> Träff 2: tisdag 21 september 2027. Vad ligger i begreppet
>   utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
> Träff 3: måndag 29 november 2027. Att planera både för önskvärda framtider
>   och för osäkerheter
> Träff 4: tisdag 22 februari 2028. Planera för tillgänglighet – rumslig
>   närhet, fysisk mobilitet och digital tillgänglighet
>
> Varje kommun kan delta med upp till tre personer. Anmälan senast
> 14 april 2027 till linnea.hassis@regiondalarna.se.
"""


def messages():
    m = []

    # ------------------------------------------------------------------ signups (18)
    m.append(mail(
        "ao046", "2026-12-04T08:47", ("Birgitta Löfgren", "birgitta.lofgren@ludvika.se"),
        "Anmälan DalaLab – Ludvika kommun",
        b("""
            Hej Linnea!

            Jag anmäler härmed tre medarbetare från Samhällsbyggnadsförvaltningen i Ludvika
            till DalaLab, samtliga träffar:

            • Jonas Ekström, översiktsplanerare – jonas.ekstrom@ludvika.se
            • Sara Nyberg, planarkitekt – sara.nyberg@ludvika.se
            • Mikael Åhs, strategisk samhällsplanerare – mikael.ahs@ludvika.se

            Själv deltar jag inte, men skicka gärna en kopia av bekräftelsen till mig.

            Med vänliga hälsningar

            Birgitta Löfgren
            Administratör, Samhällsbyggnadsförvaltningen
            Ludvika kommun
            Besöksadress: Fredsgatan 10, 771 82 Ludvika
            Växel: 0240-860 00 | Direkt: 0240-865 12 | Mobil: 072-555 18 90
        """),
        X("register", [P("Jonas Ekström", "jonas.ekstrom@ludvika.se", "Ludvika kommun"),
                       P("Sara Nyberg", "sara.nyberg@ludvika.se", "Ludvika kommun"),
                       P("Mikael Åhs", "mikael.ahs@ludvika.se", "Ludvika kommun")], ALL),
        "secretary registers three colleagues in a bullet list with addresses, not herself; no date → all"))

    m.append(mail(
        "ao047", "2026-12-09T14:22", ("Camilla Dahlberg", "camilla.dahlberg@mora.se"),
        "Anmälan till DalaLab",
        b("""
            Hej!

            På uppdrag av samhällsbyggnadsförvaltningen anmäler jag följande två medarbetare:

            Persson, Annika – översiktsplanerare
            Olsson, Erik – trafikplanerare

            De deltar den 3 maj och den 21 september (de två övriga tillfällena krockar
            med budgetarbetet och vi återkommer inte om dem).

            Med vänlig hälsning
            Camilla Dahlberg
            HR-specialist
            Mora kommun
            Fredsgatan 16, 792 80 Mora
            0250-260 00
        """),
        X("register", [P("Annika Persson", None, "Mora kommun"), P("Erik Olsson", None, "Mora kommun")], [S1, S2]),
        "HR writes 'Efternamn, Förnamn' for two colleagues without addresses; two sessions named"))

    m.append(tg(
        "ao048", "2026-12-11T21:05", "Oskar Berg", 5528190344,
        "Hej! Anmäler mig och kollegan Petra Sund (petra.sund@gagnef.se) till alla fyra träffarna. "
        "Oskar Berg, planerare på Gagnefs kommun",
        X("register", [P("Oskar Berg", None, "Gagnefs kommun"),
                       P("Petra Sund", "petra.sund@gagnef.se", "Gagnefs kommun")], ALL),
        "telegram: self (no address) plus a colleague with address, all sessions"))

    m.append(mail(
        "ao049", "2026-12-14T10:31", ("Henrik Dahl", "henrik.dahl@falun.se"),
        "DalaLab - anmälan Falu kommun",
        b("""
            <html><body style="font-family:Calibri,sans-serif">
            <p>Hej Linnea,</p>
            <p>Här kommer Falu kommuns anmälan till DalaLab. Vi skickar tre personer från
            planavdelningen, alla till samtliga fyra träffar.</p>
            <table border="1" cellpadding="4" cellspacing="0">
            <tr><th>Namn</th><th>Befattning</th><th>E-post</th></tr>
            <tr><td>Maria Sjöberg</td><td>Översiktsplanerare</td><td>maria.sjoberg@falun.se</td></tr>
            <tr><td>Ali Hassan</td><td>Planarkitekt</td><td>ali.hassan@falun.se</td></tr>
            <tr><td>Lena Forsberg</td><td>Landskapsarkitekt</td><td>lena.forsberg@falun.se</td></tr>
            </table>
            <p>Själv deltar jag inte, men nås på nedanstående nummer vid frågor.</p>
            <p>Vänliga hälsningar<br>
            <b>Henrik Dahl</b><br>
            Avdelningschef Plan och bygg<br>
            Falu kommun<br>
            Stadshuset, Slaggatan 2, 791 83 Falun<br>
            Tel: 023-830 00 | Mobil: 070-312 45 67</p>
            </body></html>
        """),
        X("register", [P("Maria Sjöberg", "maria.sjoberg@falun.se", "Falu kommun"),
                       P("Ali Hassan", "ali.hassan@falun.se", "Falu kommun"),
                       P("Lena Forsberg", "lena.forsberg@falun.se", "Falu kommun")], ALL),
        "HTML-only mail with a roster table; manager not attending", html=True))

    m.append(mail(
        "ao050", "2026-12-16T13:58", ("Karin Wallin", "karin.wallin@sater.se"),
        "Anmälan DalaLab (Säter + Hedemora)",
        b("""
            Hej!

            Jag vill anmäla mig själv samt Tomas Hägg från Hedemora kommun
            (tomas.hagg@hedemora.se). Vi arbetar ihop med den gemensamma
            utvecklingsplanen för Dalälvsstråket och vill gärna gå tillsammans.

            Vi kommer till första och andra tillfället.

            Hälsningar
            Karin Wallin
            Planeringschef, Säters kommun
            Rådhusgatan 1, 783 27 Säter
            Tfn 0225-550 00
        """),
        X("register", [P("Karin Wallin", "karin.wallin@sater.se", "Säters kommun"),
                       P("Tomas Hägg", "tomas.hagg@hedemora.se", "Hedemora kommun")], [S1, S2]),
        "two organisations in one signup; 'första och andra tillfället'"))

    m.append(mail(
        "ao051", "2026-12-18T07:40", ("Ewa Mattsson", "ewa.mattsson@orsa.se"),
        "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
        b("""
            Hej Linnea!

            Vi blir två från Orsa – jag själv och Nils Granberg (bygglov/plan). Tyvärr kan vi
            inte i maj eller februari, så anmäl oss bara till 21/9 och 29/11.

            Mvh Ewa
            --
            Ewa Mattsson
            Planeringsarkitekt
            Orsa kommun | Box 23, 794 21 Orsa
            0250-55 21 00

            -----Ursprungligt meddelande-----
            Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
            Skickat: den 3 december 2026 09:14
            Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

        """) + INVITATION_QUOTE,
        X("register", [P("Ewa Mattsson", "ewa.mattsson@orsa.se", "Orsa kommun"),
                       P("Nils Granberg", None, "Orsa kommun")], [S2, S3]),
        "reply above a quoted invitation listing all four dates; only 21/9 and 29/11 asked for"))

    m.append(mail(
        "ao052", "2027-01-08T09:12", ("Planenheten Leksand", "plan@leksand.se"),
        "Anmälan DalaLab",
        b("""
            Hej,

            Vi anmäler härmed Johanna Lindqvist, planarkitekt, till DalaLab – samtliga tillfällen.
            Johanna nås direkt på johanna.lindqvist@leksand.se, dit kan bekräftelsen skickas.

            Kost: vegetarisk.

            Vänliga hälsningar
            Planenheten
            Leksands kommun
            Box 300, 793 27 Leksand
            Tel 0247-800 00
        """),
        X("register", [P("Johanna Lindqvist", "johanna.lindqvist@leksand.se", "Leksands kommun",
                         diet="vegetarisk")], ALL, diet="vegetarisk"),
        "function mailbox plan@ writes for one person whose own address is in the text; diet"))

    m.append(mail(
        "ao053", "2027-01-12T15:03", ("Gunilla Strand", "gunilla.strand@regiondalarna.se"),
        "Deltagare från Region Dalarna",
        b("""
            Hej Linnea,

            Följande medarbetare från Regional utveckling deltar i DalaLab:

            Utvecklingsstrateg Cecilia Holm
            Regionplanerare Fredrik Nord
            Analytiker Amir Karimi
            Praktikant Josefin Wikström

            De kommer på alla träffar utom den i februari (vi har vår länsplanekonferens då).
            Själv har jag tyvärr inte möjlighet att vara med.

            Hälsningar
            Gunilla Strand
            Enhetschef Samhällsplanering
            Region Dalarna
            Box 712, 791 29 Falun
            010-211 50 00
        """),
        X("register", [P("Cecilia Holm", None, "Region Dalarna"), P("Fredrik Nord", None, "Region Dalarna"),
                       P("Amir Karimi", None, "Region Dalarna"), P("Josefin Wikström", None, "Region Dalarna")],
          [S1, S2, S3]),
        "one name per line with titles before the names; four from the region (no quota); "
        "'alla utom den i februari'"))

    m.append(tg(
        "ao054", "2027-01-14T17:36", "Lisa Ek", 6120447718,
        "hej det är lisa ek på vansbro kommun jag vill anmäla mig själv och min kollega ahmed yusuf "
        "till träffen den tredje maj och den tjugoförsta september punkt tack",
        X("register", [P("Lisa Ek", None, "Vansbro kommun"), P("Ahmed Yusuf", None, "Vansbro kommun")],
          [S1, S2]),
        "voice dictation in lower case, dates in words, two people"))

    m.append(mail(
        "ao055", "2027-03-02T11:19", ("Anna Lund", "anna.lund@borlange.se"),
        "En till från Borlänge?",
        b("""
            Hej igen!

            Vi är ju redan tre anmälda från Borlänge (jag, Björn Sahlin och Cilla Ek), men nu
            vill även vår nyanställde planerare Daniel Roos vara med. Jag vet att det är max tre
            per kommun, men vi vill ändå anmäla Daniel – om det inte finns plats, sätt honom
            gärna på reservlistan. Hans adress är daniel.roos@borlange.se.

            Tack på förhand!
            Anna

            Anna Lund
            Översiktsplanerare | Borlänge kommun
            Röda vägen 50, 781 81 Borlänge
            0243-740 00
        """),
        X("register", [P("Daniel Roos", "daniel.roos@borlange.se", "Borlänge kommun")], ALL),
        "quota: a fourth person from one municipality; the three already registered are not in people"))

    m.append(mail(
        "ao056", "2027-01-20T08:05", ("Per-Olof Sundin", "per-olof.sundin@avesta.se"),
        "Anmälan DalaLab Avesta",
        b("""
            Hej

            Anmäler fyra från oss i Avesta till DalaLab, alla tillfällen:

            1. Per-Olof Sundin (jag själv), plan- och byggchef
            2. Hanna Grönlund, översiktsplanerare, hanna.gronlund@avesta.se
            3. Viktor Lindahl, GIS-ingenjör, viktor.lindahl@avesta.se
            4. Ronja Backman, miljöstrateg, ronja.backman@avesta.se

            /P-O

            Skickat från min iPhone
        """),
        X("register", [P("Per-Olof Sundin", "per-olof.sundin@avesta.se", "Avesta kommun"),
                       P("Hanna Grönlund", "hanna.gronlund@avesta.se", "Avesta kommun"),
                       P("Viktor Lindahl", "viktor.lindahl@avesta.se", "Avesta kommun"),
                       P("Ronja Backman", "ronja.backman@avesta.se", "Avesta kommun")], ALL),
        "quota: four from one municipality in one mail (all four are asked for; the service refuses the "
        "fourth); writer is one of them"))

    m.append(mail(
        "ao057", "2027-01-22T16:44", ("David Miller", "david.miller@lansstyrelsen.se"),
        "Registration DalaLab",
        b("""
            Hi Linnea,

            I'd like to register myself (David Miller, Länsstyrelsen Dalarna) and my colleague
            Sofia Berglund from Falu kommun, sofia.berglund@falun.se, for the sessions on
            May 3rd and November 29th. We are working together on the regional climate
            adaptation review.

            Please note that I am gluten intolerant.

            Best regards,
            David Miller
            Senior Advisor, Spatial Planning
            County Administrative Board of Dalarna
            Åsgatan 38, 791 84 Falun
            +46 10-225 00 00
        """),
        X("register", [P("David Miller", "david.miller@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                         diet="gluten intolerant"),
                       P("Sofia Berglund", "sofia.berglund@falun.se", "Falu kommun")], [S1, S3],
          diet="gluten intolerant"),
        "English; two organisations; diet belongs to the writer only"))

    m.append(mail(
        "ao058", "2027-01-26T10:27", ("Maj-Britt Östlund", "maj-britt.ostlund@alvdalen.se"),
        "Anmälan från Älvdalens kommun",
        b("""
            Hej!

            Anmälan från Älvdalens kommun till DalaLab:

            Åsa Mångs, översiktsplanerare
            Göran Björk, samhällsplanerare

            Båda till alla fyra träffarna. Göran är laktosintolerant.
            Jag själv är bara nämndsekreterare och kommer inte.

            Hälsningar
            Maj-Britt Östlund
            Nämndsekreterare
            Älvdalens kommun, Dalgatan 78, 796 80 Älvdalen
            0251-310 00
        """),
        X("register", [P("Åsa Mångs", None, "Älvdalens kommun"),
                       P("Göran Björk", None, "Älvdalens kommun", diet="laktosintolerant")], ALL,
          diet="laktosintolerant"),
        "iso-8859-1; two colleagues without addresses, one with a diet; writer not attending",
        charset="iso-8859-1"))

    m.append(tg(
        "ao059", "2027-02-01T12:15", "Emma Nordin", 7003918265,
        "Hej, jag vill anmäla mig till DalaLab, alla tillfällen. Emma Nordin, översiktsplanerare på "
        "Smedjebackens kommun. emma.nordin@smedjebacken.se",
        X("register", [P("Emma Nordin", "emma.nordin@smedjebacken.se", "Smedjebackens kommun")], ALL),
        "ordinary telegram signup of one person"))

    m.append(mail(
        "ao060", "2027-02-03T09:50", ("Per Hedlund", "per.hedlund@rattvik.se"),
        "VB: DalaLab?",
        b("""
            Hej Linnea,

            Se nedan – Malin vill gärna gå, anmäl henne till de träffar hon skriver.

            /Per

            Per Hedlund
            Samhällsbyggnadschef
            Rättviks kommun
            Storgatan 2, 795 80 Rättvik
            0248-700 00

            ________________________________
            Från: Malin Eriksson <malin.eriksson@rattvik.se>
            Skickat: den 2 februari 2027 16:21
            Till: Per Hedlund <per.hedlund@rattvik.se>
            Ämne: DalaLab?

            Hej Per!
            Får jag gå på DalaLab som Region Dalarna bjudit in till? Jag skulle vilja gå på
            första träffen i maj och den om tillgänglighet i februari. De andra två krockar
            med semestern och med detaljplanen för Enåbacken.
            /Malin
        """),
        X("register", [P("Malin Eriksson", "malin.eriksson@rattvik.se", "Rättviks kommun")], [S1, S4]),
        "forwarded chain: manager forwards a colleague's wish; her address is in the forwarded header; "
        "sessions by order and theme"))

    m.append(mail(
        "ao061", "2027-02-09T13:37", ("Stefan Jonsson", "stefan.jonsson@malung-salen.se"),
        "DalaLab anmälan",
        b("""
            Hej Linnea!

            Sorry for the short notice, men vi har nu bestämt oss: vi vill anmäla oss till
            träffarna "Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan
            man jobba med det?" och "Att planera både för önskvärda framtider och för
            osäkerheter".

            Det gäller:
            - mig, Stefan Jonsson
            - Ida Hallberg, ida.hallberg@malung-salen.se

            Tack!
            Stefan Jonsson | Planeringsstrateg
            Malung-Sälens kommun | Box 14, 782 21 Malung
            Mobil 070-260 18 44
        """),
        X("register", [P("Stefan Jonsson", "stefan.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                       P("Ida Hallberg", "ida.hallberg@malung-salen.se", "Malung-Sälens kommun")], [S2, S3]),
        "sessions named only by their theme titles; a little English"))

    m.append(tg(
        "ao062", "2027-02-15T07:58", "Ulf Sandberg", 8841205573,
        "Hej! jag e chef för samhällsbygnad i Hedemora. Vill anmäla två av mina planerare: "
        "Kalle Strömberg och Nadia Haddad. Alla träffar. Själv kan jag tyvärr inte",
        X("register", [P("Kalle Strömberg", None, "Hedemora kommun"), P("Nadia Haddad", None, "Hedemora kommun")],
          ALL),
        "telegram, typos; manager registers two colleagues (one by nickname), not himself"))

    m.append(mail(
        "ao063", "2027-02-22T14:10", ("Rolf Axelsson", "rolf.axelsson@sater.se"),
        "Anmälan Säters kommun – DalaLab",
        b("""
            Hej,

            Vi är tre från Säter som vill delta 3/5, 21/9 och 29/11:

            Namn              Titel                  E-post
            Rolf Axelsson     Planchef               rolf.axelsson@sater.se
            Jenny Lund        Översiktsplanerare     jenny.lund@sater.se
            Hassan Ali        Exploateringsingenjör  hassan.ali@sater.se

            Jenny är glutenfri.

            Mvh
            Rolf Axelsson
            Planchef, Säters kommun
            0225-551 20
        """),
        X("register", [P("Rolf Axelsson", "rolf.axelsson@sater.se", "Säters kommun"),
                       P("Jenny Lund", "jenny.lund@sater.se", "Säters kommun", diet="glutenfri"),
                       P("Hassan Ali", "hassan.ali@sater.se", "Säters kommun")], [S1, S2, S3],
          diet="glutenfri"),
        "plain-text column table including the writer; dates as d/m; diet for one of three"))

    # ------------------------------------------------------------------ changes (7)
    m.append(mail(
        "ao064", "2027-03-10T10:02", ("Camilla Dahlberg", "camilla.dahlberg@mora.se"),
        "Ändring av deltagare DalaLab",
        b("""
            Hej!

            Annika Persson, som jag anmälde i december, kan tyvärr inte delta längre. Lars Hedin
            (lars.hedin@mora.se) går i hennes ställe på samma tillfällen, alltså 3 maj och
            21 september.

            Med vänlig hälsning
            Camilla Dahlberg
            HR-specialist, Mora kommun
            0250-260 00
        """),
        X("change", [P("Annika Persson", None, "Mora kommun"),
                     P("Lars Hedin", "lars.hedin@mora.se", "Mora kommun")], [S1, S2]),
        "substitute takes a colleague's place on the same two sessions; HR writes for both"))

    m.append(tg(
        "ao065", "2027-02-24T19:20", "Annika Persson", 5093371802,
        "Hej, Annika Persson i Mora här. Min kollega Erik Olsson och jag är anmälda till 3/5 och 21/9. "
        "Erik behöver byta 21/9 mot 29/11, jag behåller mina. Erik ska alltså gå 3/5 och 29/11.",
        X("change", [P("Erik Olsson", None, "Mora kommun")], [S1, S3]),
        "one of two swaps a session; the writer keeps hers and is not in people; sessions after change stated"))

    m.append(mail(
        "ao066", "2027-03-04T08:33", ("Stefan Jonsson", "stefan.jonsson@malung-salen.se"),
        "Sv: DalaLab anmälan",
        b("""
            Hej!

            Vi (jag och Ida Hallberg) är anmälda till 21/9 och 29/11. Nu har vi fått klartecken
            att även gå på den första träffen, så lägg gärna till 3 maj för oss båda.

            /Stefan

            Stefan Jonsson | Planeringsstrateg
            Malung-Sälens kommun | Mobil 070-260 18 44
        """),
        X("change", [P("Stefan Jonsson", "stefan.jonsson@malung-salen.se", "Malung-Sälens kommun"),
                     P("Ida Hallberg", None, "Malung-Sälens kommun")], [S1, S2, S3]),
        "add a session for two people; sessions after change = registered plus added"))

    m.append(mail(
        "ao067", "2027-03-08T15:45", ("Maj-Britt Östlund", "maj-britt.ostlund@alvdalen.se"),
        "Kostönskemål DalaLab",
        b("""
            Hej!

            Vill bara meddela att Göran Björk, som vi anmält från Älvdalen, numera äter vegan.
            Det gäller alla träffar han är anmäld till. Åsas anmälan gäller som förut.

            Hälsningar
            Maj-Britt Östlund
            Älvdalens kommun
        """),
        X("change", [P("Göran Björk", None, "Älvdalens kommun", diet="vegan")], [], diet="vegan"),
        "diet update for a colleague, no session change; the other colleague 'gäller som förut' is not in people"))

    m.append(mail(
        "ao068", "2027-03-15T11:11", ("Ulf Sandberg", "ulf.sandberg@hedemora.se"),
        "Ny e-postadress för deltagare",
        b("""
            Hej,

            Nadia Haddad, som jag anmälde via Telegram, har fått ny e-postadress:
            nadia.haddad@hedemora.se (den gamla nadia.h@hedemora.se slutar fungera).
            Skicka gärna bekräftelse och kallelser dit i fortsättningen.

            Ulf Sandberg
            Förvaltningschef Samhällsbyggnad
            Hedemora kommun
            Tfn 0225-340 00
        """),
        X("change", [P("Nadia Haddad", "nadia.haddad@hedemora.se", "Hedemora kommun")], []),
        "new address for a colleague (old one also in the text); change with no sessions"))

    m.append(tg(
        "ao069", "2027-03-19T13:27", "Birgitta Löfgren", 9102637784,
        "Hej! Vi i Ludvika har en ändring: Sara Nyberg kan inte komma på första träffen. "
        "Vår nya planerare Elin Magnusson går istället den gången, elin.magnusson@ludvika.se. "
        "Sara kommer som vanligt på de andra.",
        X("change", [P("Sara Nyberg", None, "Ludvika kommun"),
                     P("Elin Magnusson", "elin.magnusson@ludvika.se", "Ludvika kommun")], [S1]),
        "substitute for one session only; label has both people and the substitute's session"))

    m.append(mail(
        "ao070", "2027-03-22T09:18", ("Gunilla Strand", "gunilla.strand@regiondalarna.se"),
        "Tillägg: februariträffen",
        b("""
            <html><body>
            <div>Hej Linnea!</div>
            <div><br></div>
            <div>Vår länsplanekonferens har flyttats, så nu kan hela gruppen från Region Dalarna
            &ndash; Cecilia Holm, Fredrik Nord, Amir Karimi och Josefin Wikstr&ouml;m &ndash; &auml;ven
            g&aring; p&aring; tr&auml;ffen den 22 februari 2028. De deltar d&auml;rmed p&aring; alla fyra
            tr&auml;ffarna.</div>
            <div><br></div>
            <div>Tack och h&auml;lsningar,<br>Gunilla Strand<br>Enhetschef Samh&auml;llsplanering,
            Region Dalarna<br>010-211 50 00</div>
            </body></html>
        """),
        X("change", [P("Cecilia Holm", None, "Region Dalarna"), P("Fredrik Nord", None, "Region Dalarna"),
                     P("Amir Karimi", None, "Region Dalarna"), P("Josefin Wikström", None, "Region Dalarna")],
          ALL),
        "HTML-only with entities; manager adds a session for four colleagues, result stated as all four",
        html=True))

    # ------------------------------------------------------------------ cancellations (5)
    m.append(mail(
        "ao071", "2027-03-25T14:49", ("Birgitta Löfgren", "birgitta.lofgren@ludvika.se"),
        "Avanmälan en deltagare",
        b("""
            Hej Linnea!

            Mikael Åhs måste tyvärr avanmäla sig från DalaLab – han har fått en ny tjänst
            utanför kommunen. Jonas och Sara deltar som planerat.

            Med vänliga hälsningar
            Birgitta Löfgren
            Administratör, Samhällsbyggnadsförvaltningen
            Ludvika kommun
            Växel: 0240-860 00 | Direkt: 0240-865 12
        """),
        X("cancel", [P("Mikael Åhs", None, "Ludvika kommun")], ALL),
        "cancel one of three colleagues; the others (first names only) continue and are not in people"))

    m.append(tg(
        "ao072", "2027-03-29T18:02", "Lisa Ek", 6120447718,
        "Lisa Ek här, Vansbro. Jag och Ahmed kan tyvärr inte komma 21/9. Vi kommer fortfarande den 3 maj!",
        X("cancel", [P("Lisa Ek", None, "Vansbro kommun"), P("Ahmed", None, "Vansbro kommun")], [S2]),
        "cancel one session for self and a colleague named by first name; the kept session is not cancelled"))

    m.append(mail(
        "ao073", "2027-04-01T10:40", ("Per-Olof Sundin", "per-olof.sundin@avesta.se"),
        "SV: Bekräftelse DalaLab – Avesta kommun",
        b("""
            Hej Linnea

            Tyvärr måste vi avanmäla hela gruppen från Avesta – omorganisation gör att vi inte
            har möjlighet i år. Det gäller alltså mig, Hanna Grönlund och Viktor Lindahl.

            Ledsen för besväret.
            /Per-Olof Sundin, plan- och byggchef, Avesta kommun, 0226-64 50 00

            Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
            Skickat: den 21 januari 2027 11:02
            Till: Per-Olof Sundin <per-olof.sundin@avesta.se>
            Ämne: Bekräftelse DalaLab – Avesta kommun

            Hej! Tack för er anmälan. Per-Olof Sundin, Hanna Grönlund och Viktor Lindahl är
            anmälda till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och
            22 februari 2028. Ronja Backman står på reservlistan eftersom varje kommun kan
            delta med högst tre personer.
        """),
        X("cancel", [P("Per-Olof Sundin", "per-olof.sundin@avesta.se", "Avesta kommun"),
                     P("Hanna Grönlund", None, "Avesta kommun"),
                     P("Viktor Lindahl", None, "Avesta kommun")], ALL),
        "whole group cancelled in a reply above a quoted confirmation that lists dates and a waitlisted "
        "fourth person (not in the request)"))

    m.append(mail(
        "ao074", "2027-04-05T08:26", ("Karin Wallin", "karin.wallin@sater.se"),
        "Återbud 21 september",
        b("""
            Hej!

            Återbud för Tomas Hägg från Hedemora kommun till träffen den 21:a september - han
            ska på en konferens i Göteborg. Själv kommer jag som planerat.

            Hälsningar
            Karin Wallin
            Planeringschef, Säters kommun
            Tfn 0225-550 00
        """),
        X("cancel", [P("Tomas Hägg", None, "Hedemora kommun")], [S2]),
        "iso-8859-1; writer from one municipality cancels one session for a colleague from another",
        charset="iso-8859-1"))

    m.append(mail(
        "ao075", "2027-04-07T16:12", ("David Miller", "david.miller@lansstyrelsen.se"),
        "Cancellation – Sofia Berglund",
        b("""
            Hi Linnea,

            Unfortunately my colleague Sofia Berglund (Falun municipality) will not be able to
            attend any of the DalaLab sessions after all. Please cancel her registration.
            My own registration stands.

            Kind regards,
            David Miller
            Senior Advisor, Spatial Planning
            County Administrative Board of Dalarna
            +46 10-225 00 00
        """),
        X("cancel", [P("Sofia Berglund", None, "Falu kommun")], ALL),
        "English; cancel a colleague from another organisation; the writer's own signup stands"))

    # ------------------------------------------------------------------ questions (5)
    m.append(mail(
        "ao076", "2027-01-18T13:05", ("Anna Lund", "anna.lund@borlange.se"),
        "Får vi vara fyra?",
        b("""
            Hej!

            Vi är fyra på plankontoret som gärna vill vara med i DalaLab: jag, Björn Sahlin,
            Cilla Ek och Daniel Roos. I inbjudan står det upp till tre personer per kommun –
            gäller det strikt, eller kan vi vara fyra om någon av oss bara går på ett par av
            träffarna? Jag vill veta vad som gäller innan jag skickar in anmälan.

            Hälsningar
            Anna Lund
            Översiktsplanerare | Borlänge kommun
            0243-740 00
        """),
        X("question"),
        "looks like a signup of four but asks about the quota first and says the signup comes later"))

    m.append(tg(
        "ao077", "2027-02-11T22:14", "Jesper Wik", 1287765430,
        "hej! funderar på att anmäla mig och en kollega från Gagnef men vet inte om vi hinner alla. "
        "måste man gå på alla fyra träffarna eller kan man välja?",
        X("question"),
        "'funderar på att anmäla' – a question, not a signup"))

    m.append(mail(
        "ao078", "2027-02-17T09:31", ("Sanna Lindgren", "sanna.lindgren@orsa.se"),
        "Fråga om anmälan av kollegor",
        b("""
            Hej Linnea,

            Jag är assistent på samhällsbyggnadsförvaltningen i Orsa och ska eventuellt anmäla
            några planerare till DalaLab. Två frågor innan dess:

            1. Räcker det med namn, eller behöver ni allas e-postadresser?
            2. Måste jag som anmäler också delta, eller kan jag anmäla andra utan att gå själv?

            Tack!
            Sanna Lindgren
            Assistent, Orsa kommun
            0250-55 20 00
        """),
        X("question"),
        "secretary asks how to register colleagues; nobody is registered"))

    m.append(mail(
        "ao079", "2027-02-26T14:58", ("Mats Hellström", "mats.hellstrom@gagnef.se"),
        "Kvot när en planerare delas mellan två kommuner",
        b("""
            Hej!

            Gagnef och Leksand delar på en planerare, Frida Olausson, som är anställd hos oss men
            jobbar halvtid åt Leksand. Räknas hon in i Gagnefs eller Leksands kvot om tre? Vi
            funderar på att anmäla henne plus två till från vardera kommunen.

            Mvh
            Mats Hellström
            Planchef, Gagnefs kommun
            Gagnefsvägen 2, 785 21 Gagnef
            0241-150 00
        """),
        X("question"),
        "quota question naming two municipalities and a person; no signup yet"))

    m.append(tg(
        "ao080", "2027-03-03T08:44", "Tom Andersson", 8053324117,
        "Hi, is the May 3rd session in Falun in English or Swedish? Några i mitt team pratar inte "
        "så bra svenska, so I want to check before we sign up.",
        X("question"),
        "mixed English-Swedish question about language before signing up a team"))

    # ------------------------------------------------------------------ automatic mail (4)
    m.append(mail(
        "ao081", "2026-12-22T10:03", ("Jonas Ekström", "jonas.ekstrom@ludvika.se"),
        "Automatiskt svar: Bekräftelse DalaLab – Ludvika kommun",
        b("""
            Hej,

            Tack för ditt mejl. Jag är på semester till och med 7 januari och läser inte e-post.
            Vid brådskande ärenden, kontakta plan@ludvika.se eller växeln 0240-860 00.

            Thank you for your e-mail. I am on leave until 7 January.

            Jonas Ekström
            Översiktsplanerare, Ludvika kommun
        """),
        X("auto_reply"),
        "out-of-office from a registered group member, answering the confirmation"))

    m.append(mail(
        "ao082", "2027-01-05T14:20", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
        "Undeliverable: Bekräftelse DalaLab",
        b("""
            Delivery has failed to these recipients or groups:

            nadia.h@hedemora.se
            The email address you entered couldn't be found. Please check the recipient's
            email address and try to resend the message.

            Diagnostic information for administrators:
            Remote server returned '550 5.1.1 <nadia.h@hedemora.se>: Recipient address rejected:
            User unknown in virtual mailbox table'

            ------ Original message ------
            From: Linnea Hassis <linnea.hassis@regiondalarna.se>
            To: nadia.h@hedemora.se
            Subject: Bekräftelse DalaLab

            Hej Nadia! Du är anmäld till DalaLab, alla fyra träffar: 3 maj 2027,
            21 september 2027, 29 november 2027 och 22 februari 2028.
        """),
        X("auto_reply"),
        "bounce of a confirmation; the quoted original names a person and all four dates"))

    m.append(mail(
        "ao083", "2027-02-04T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
        "Nyhetsbrev: Översiktsplanering februari 2027",
        b("""
            <html><body>
            <h1>Nyheter om översiktsplanering</h1>
            <p>Nu finns den nya vägledningen om utvecklingsinriktning i ÖP-modellen. Vi medverkar
            också på flera regionala träffar under våren, bland annat DalaLab i Falun den 3 maj.</p>
            <p><a href="https://www.boverket.se/seminarier">Anmäl dig till våra webbinarier</a> –
            gäller alla kommuner och regioner.</p>
            <hr>
            <p style="font-size:small">Du får detta nyhetsbrev eftersom du prenumererar på Boverkets
            nyheter. <a href="https://www.boverket.se/avregistrera">Avsluta prenumerationen</a>.
            Boverket, Box 534, 371 23 Karlskrona.</p>
            </body></html>
        """),
        X("auto_reply"),
        "HTML newsletter mentioning the event and 'anmäl dig'", html=True))

    m.append(mail(
        "ao084", "2027-04-09T12:37", ("Per Hedlund", "per.hedlund@rattvik.se"),
        "[planerare-dalarna] Samåkning till DalaLab 3 maj?",
        b("""
            Hej alla!

            Jag och Malin Eriksson från Rättvik åker till DalaLab i Falun den 3 maj. Är det
            någon från Leksand eller Orsa som vill samåka? Vi har två platser över i bilen.

            /Per

            _______________________________________________
            planerare-dalarna mailing list
            planerare-dalarna@lists.regiondalarna.se
            Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna
        """),
        X("auto_reply"),
        "mailing-list mail about the event (names and a date) reaching the registration address via the list",
        to="planerare-dalarna@lists.regiondalarna.se"))

    # ------------------------------------------------------------------ erasure (2)
    m.append(mail(
        "ao085", "2027-04-08T09:15", ("Personalenheten Ludvika", "personal@ludvika.se"),
        "Begäran om radering av personuppgifter",
        b("""
            Hej,

            Mikael Åhs (mikael.ahs@ludvika.se) har avslutat sin anställning hos Ludvika kommun.
            Han har bett oss framföra att han vill att ni raderar hans personuppgifter ur
            anmälningsregistret för DalaLab, i enlighet med GDPR artikel 17.

            Med vänlig hälsning
            Personalenheten
            Ludvika kommun
            0240-860 00
        """),
        X("erasure", [P("Mikael Åhs", "mikael.ahs@ludvika.se", "Ludvika kommun")]),
        "function mailbox asks for erasure on behalf of a former colleague"))

    m.append(tg(
        "ao086", "2027-04-02T20:48", "Nadia Haddad", 7764019352,
        "Hej, jag blev anmäld till DalaLab av min chef men vill inte vara med. Radera mina uppgifter "
        "helt ur era listor tack. /Nadia Haddad, Hedemora",
        X("erasure", [P("Nadia Haddad", None, "Hedemora kommun")]),
        "person registered by her manager asks to have her data erased"))

    # ------------------------------------------------------------------ spam / phishing (2)
    m.append(mail(
        "ao087", "2027-03-12T03:17", ("Region Dalarna Evenemang", "noreply@regiondalarna-event.com"),
        "Åtgärd krävs: bekräfta er kommuns tre platser i DalaLab",
        b("""
            Hej,

            Er kommuns anmälan till DalaLab (3 maj, 21 september, 29 november, 22 februari)
            är inte slutförd. För att behålla era tre platser måste ni bekräfta deltagarlistan
            senast 14 april.

            Logga in med ditt Microsoft 365-konto här:
            https://regiondalarna-event.com/login/verify?ref=dalalab

            Om ni inte bekräftar inom 48 timmar frigörs platserna till andra kommuner.

            Region Dalarna Evenemangsservice
        """),
        X("unknown"),
        "phishing dressed as a group registration confirmation from a look-alike domain"))

    m.append(mail(
        "ao088", "2027-02-19T05:42", ("Nordic Events Group", "sales@nordic-eventsgroup.biz"),
        "Group registration for your whole team – 40% off",
        b("""
            Dear planning professional,

            Register your entire team (up to 25 participants!) for the Nordic Planning Summit
            2027 with one simple form. Sessions in May, September and November.
            Reply with your colleagues' names and we will invoice your municipality directly.

            Book before April 14 and save 40%.

            Nordic Events Group | Unsubscribe
        """),
        X("unknown"),
        "spam offering group registration to another event, with overlapping months and deadline"))

    # ------------------------------------------------------------------ odd (2)
    m.append(mail(
        "ao089", "2026-12-02T11:26", ("Marie Nilsson", "marie.nilsson@regiondalarna.se"),
        "Lista julbordet 13/12",
        b("""
            Hej!

            Här kommer listan över vilka från enheten som kommer på julbordet den 13 december:

            Holm, Cecilia – vegetarisk
            Nord, Fredrik
            Karimi, Amir – glutenfri
            Strand, Gunilla

            Säg till om något saknas!
            /Marie
        """),
        X("unknown"),
        "roster for a Christmas dinner sent to the wrong address; names and diets but nothing for DalaLab"))

    m.append(tg(
        "ao090", "2027-01-07T16:55", "Ewa Mattsson", 2019476630,
        "Tack för bekräftelsen för oss två från Orsa! Vi ser fram emot hösten 😊",
        X("unknown"),
        "thank-you for a group confirmation with nothing to act on"))

    return m
