"""Theme "after": what comes after a signup (writer: after, ids ah091-ah135)."""
import textwrap

from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def d(s):
    return textwrap.dedent(s).strip("\n") + "\n"


CONF_ALL = d("""
    Hej!

    Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
    Du är anmäld till:
      - 3 maj 2027, Falun (fika från 09:30, start 10:00)
      - 21 september 2027
      - 29 november 2027
      - 22 februari 2028

    Vänliga hälsningar
    Linnea Hassis
    Region Dalarna
""")

INVITATION = d("""
    Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!

    Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
    planeringsprocesser till ett lärprojekt om strategisk översiktsplanering.

    Träffar:
    1. 3 maj 2027, kl 10–15 i Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
    2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
    3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
    4. 22 februari 2028 – Planera för tillgänglighet

    Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
    Anmälan till linnea.hassis@regiondalarna.se.
""")


def quote(text):
    return "".join("> " + line + "\n" if line else ">\n" for line in text.splitlines())


def messages():
    return [
        mail("ah091", "2027-01-12T08:47", ("Henrik Åberg", "henrik.aberg@ludvika.se"), "SV: Bekräftelse DalaLab",
             d("""
                Hej Linnea,

                Jag skulle vilja byta 3 maj mot 21 september, det krockar tyvärr med kommunfullmäktige.

                Vänliga hälsningar
                Henrik Åberg
                Planarkitekt | Samhällsbyggnadsförvaltningen
                Ludvika kommun
                Tel 0240-861 23 | Mobil 070-312 45 67
                www.ludvika.se

                Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Skickat: den 8 januari 2027 14:02
                Till: Henrik Åberg <henrik.aberg@ludvika.se>
                Ämne: Bekräftelse DalaLab

                Hej Henrik!

                Du är anmäld till DalaLab den 3 maj 2027 i Falun. Fika från 09:30, vi startar 10:00.
                Nästa träffar är 21 september, 29 november och 22 februari 2028 om du vill gå på fler.

                Vänliga hälsningar
                Linnea
             """),
             X("change", [P("Henrik Åberg", "henrik.aberg@ludvika.se", "Ludvika kommun")], [S2]),
             "bare swap in an Outlook reply quoting the confirmation (quoted dates are not the change)"),

        mail("ah092", "2027-01-19T13:05", ("Sofia Nyberg", "sofia.nyberg@falun.se"), "Lägga till en träff",
             d("""
                Hej!

                Jag är sedan tidigare anmäld till 3 maj och 29 november. Nu har jag fått klartecken
                från min chef att gå även på träffen den 22 februari 2028, så lägg gärna till den.

                /Sofia

                Sofia Nyberg
                Översiktsplanerare, Falu kommun
             """),
             X("change", [P("Sofia Nyberg", "sofia.nyberg@falun.se", "Falu kommun")], [S1, S3, S4]),
             "adding a session, current registration stated: sessions after the change"),

        tg("ah093", "2027-02-02T19:22", "Maja E", 5820119334,
           "hej! maja eriksson här, orsa kommun. jag får inte till novemberträffen (29/11) så stryk mig från den, "
           "men resten står kvar",
           X("cancel", [P("Maja Eriksson", None, "Orsa kommun")], [S3]),
           "partial cancellation on Telegram, lower case"),

        mail("ah094", "2027-03-01T10:31", ("Ingrid Sjöberg", "ingrid.sjoberg@mora.se"), "Ändring DalaLab 21 september",
             d("""
                Hej,

                Jag kan tyvärr inte delta den 21 september. Min kollega Anders Berg, anders.berg@mora.se,
                går i mitt ställe den dagen. Anders vill ha vegetarisk kost.

                Övriga träffar går jag på själv som planerat.

                Hälsningar
                Ingrid Sjöberg
                Mora kommun, Plan- och byggavdelningen
                0250-260 00
             """),
             X("change", [P("Ingrid Sjöberg", "ingrid.sjoberg@mora.se", "Mora kommun"),
                          P("Anders Berg", "anders.berg@mora.se", "Mora kommun", diet="vegetarisk")],
               [S2], diet="vegetarisk"),
             "substitution for one session; substitute's diet"),

        mail("ah095", "2027-02-14T16:40", ("Mikael Dahl", "mikael.dahl@borlange.se"), "Avanmälan",
             d("""
                Hej Linnea,

                Jag har fått en ny tjänst utanför länet från 1 april och måste därför avanmäla mig
                från DalaLab helt och hållet. Tack för en fin inbjudan och lycka till med projektet!

                Med vänlig hälsning

                Mikael Dahl
                Strateg, Samhällsplanering
                Borlänge kommun | Stadshuset, Röda vägen 50, 781 81 Borlänge
                Telefon: 0243-740 00 (växel) | Direkt: 0243-742 18
                Mobil: 072-511 08 93
                mikael.dahl@borlange.se

                Tänk på miljön innan du skriver ut detta mejl.
             """),
             X("cancel", [P("Mikael Dahl", "mikael.dahl@borlange.se", "Borlänge kommun")], ALL),
             "full cancellation with a long signature"),

        mail("ah096", "2027-01-25T11:15", ("Annika Holm", "annika.holm@rattvik.se"), "Specialkost",
             d("""
                Hej!

                Jag anmälde mig till alla fyra träffarna i december men glömde nämna att jag är glutenfri.
                Kan ni notera det?

                Tack!
                Annika
             """),
             X("change", [P("Annika Holm", "annika.holm@rattvik.se", "Rättviks kommun", diet="glutenfri")], ALL,
               diet="glutenfri"),
             "diet change, current registration (all four) stated"),

        mail("ah097", "2027-02-08T09:03", ("Oskar Lindberg", "oskar.lindberg@gagnef.se"), "SV: Bekräftelse – DalaLab",
             "Tack för bekräftelsen! En fråga bara: ingår lunch den 3 maj, eller ska man ta med egen?\n\n/Oskar\n\n"
             "Skickat från min iPhone\n\n"
             "> 5 feb. 2027 kl. 15:20 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n>\n" + quote(CONF_ALL),
             X("question"),
             "reply to the confirmation with a question; quoted dates are not a signup"),

        mail("ah098", "2027-03-10T14:22", ("Gunilla Berglund", "gunilla.berglund@hedemora.se"),
             "VB: Kan inte delta i DalaLab",
             d("""
                Hej Linnea,

                Vidarebefordrar nedan från Johan. Han är sjukskriven under våren och kommer inte att kunna
                delta på någon av träffarna, så stryk honom från listan.

                Mvh
                Gunilla Berglund
                Avdelningschef Plan och bygg
                Hedemora kommun

                -----Ursprungligt meddelande-----
                Från: Johan Strand <johan.strand@hedemora.se>
                Skickat: den 9 mars 2027 16:55
                Till: Gunilla Berglund <gunilla.berglund@hedemora.se>
                Ämne: Kan inte delta i DalaLab

                Hej Gunilla,

                Som du vet blir jag borta ett bra tag nu. Kan du meddela Region Dalarna att jag inte
                kan gå på DalaLab?

                /Johan
             """),
             X("cancel", [P("Johan Strand", "johan.strand@hedemora.se", "Hedemora kommun")], ALL),
             "manager forwards a colleague's withdrawal (VB: chain); sender not among people"),

        mail("ah099", "2027-03-22T08:10", ("Elin Forsberg", "elin.forsberg@avesta.se"), "Radera mina uppgifter",
             d("""
                Hej.

                Jag avanmälde mig från DalaLab i februari. Jag vill nu att ni raderar alla personuppgifter
                ni har om mig (namn, e-postadress, kostuppgifter) i enlighet med GDPR.
                Bekräfta gärna när det är gjort.

                Elin Forsberg
             """),
             X("erasure"),
             "erasure request after an earlier cancellation"),

        tg("ah100", "2026-12-05T20:14", "Jonas Lund", 6112093345,
           "Hej! Vill anmäla mig till DalaLab, alla fyra träffarna. Jonas Lund, Säters kommun. Laktosfri kost tack",
           X("register", [P("Jonas Lund", None, "Säters kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "ordinary Telegram signup with diet"),

        mail("ah101", "2027-02-17T10:48", ("Birgitta Olsson", "birgitta.olsson@leksand.se"), "Ändring – Per Holm",
             d("""
                Hej!

                Per Holm (per.holm@leksand.se) är anmäld till samtliga fyra träffar i DalaLab. Han kan
                tyvärr inte den 3 maj eftersom han har semester då, men han kommer på övriga tre.

                Hälsningar
                Birgitta Olsson
                Ledningsstöd, Kommunledningskontoret
                Leksands kommun
                0247-800 00
             """),
             X("cancel", [P("Per Holm", "per.holm@leksand.se", "Leksands kommun")], [S1], unsure=["intent"]),
             "assistant drops one session for her manager under 'Ändring'; cancel of 3 maj, or a change to the "
             "other three"),

        mail("ah102", "2027-01-07T15:30", ("Tove Lindgren", "tove.lindgren@vansbro.se"), "Anmälan DalaLab",
             d("""
                Hej!

                Min kollega Lars anmälde sig i december och nu vill jag också vara med.
                Jag anmäler mig härmed till alla träffar.

                Tove Lindgren
                Översiktsplanerare
                Vansbro kommun
                0281-750 00
             """),
             X("register", [P("Tove Lindgren", "tove.lindgren@vansbro.se", "Vansbro kommun")], ALL),
             "ordinary signup; the colleague already registered is not among people"),

        mail("ah103", "2027-02-22T13:12", ("Fredrik Sandberg", "fredrik.sandberg@smedjebacken.se"), "byte av person",
             d("""
                hej, fredrik här.

                vi hade anmält karin wallin till alla fyra träffarna men hon har slutat hos oss.
                lisa engström tar över hennes plats på alla träffarna. lisas mejl är lisa.engstrom@smedjebacken.se

                mvh fredrik
                smedjebackens kommun
             """),
             X("change", [P("Karin Wallin", None, "Smedjebackens kommun"),
                          P("Lisa Engström", "lisa.engstrom@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "lower-case third-party substitution, sender only writes for others"),

        tg("ah104", "2027-01-30T07:55", "Emma Karlsson", 5543219876,
           "Hej igen! Jag är ju redan anmäld, men nu vill min kollega Emil Ståhl också vara med, på alla träffar. "
           "Han jobbar på Leksands kommun som jag 🙂",
           X("register", [P("Emil Ståhl", None, "Leksands kommun")], ALL),
           "already-registered sender adds a colleague; only the colleague is signed up"),

        mail("ah105", "2027-03-04T09:40", ("David Persson", "david.persson@lansstyrelsen.se"),
             "Change of registration – DalaLab",
             d("""
                Hi Linnea,

                I'm currently registered for all four DalaLab sessions. Unfortunately I have to drop the
                November one (29 Nov), so could you change my registration to 3 May, 21 September and
                22 February?

                Also, I've recently been diagnosed with a nut allergy – please make a note of it for the fika.

                Best regards,
                David Persson
                Samhällsplanerare / Spatial planner
                Länsstyrelsen Dalarna
                +46 10-225 00 00
             """),
             X("change", [P("David Persson", "david.persson@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                            diet="nut allergy")], [S1, S2, S4], diet="nut allergy"),
             "English change with the sessions after stated, plus a new diet"),

        mail("ah106", "2027-02-03T12:00", ("Malin Hedlund", "malin.hedlund@falun.se"), "SV: Anmälan DalaLab",
             d("""
                Hej igen,

                Jag skickade anmälan nedan för en vecka sedan men har inte fått någon bekräftelse.
                Har den kommit fram?

                /Malin

                Från: Malin Hedlund
                Skickat: den 27 januari 2027 10:12
                Till: linnea.hassis@regiondalarna.se
                Ämne: Anmälan DalaLab

                Hej! Jag anmäler mig till 3 maj och 21 september.
                Malin Hedlund, Falu kommun
             """),
             X("question"),
             "follow-up asking whether the signup arrived; the quoted signup is not a new one"),

        mail("ah107", "2027-01-14T14:05", ("Ulrika Ström", "ulrika.strom@regiondalarna.se"),
             "Anmälan DalaLab – Region Dalarna",
             "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">"
             "<p>Hej!</p>"
             "<p>Vi från regionen anmäler följande till samtliga träffar i DalaLab:</p>"
             "<ul><li>Ulrika Ström (jag själv)</li>"
             "<li>Patrik Nordin, <a href=\"mailto:patrik.nordin@regiondalarna.se\">patrik.nordin@regiondalarna.se</a></li>"
             "<li>Hanna Björk, <a href=\"mailto:hanna.bjork@regiondalarna.se\">hanna.bjork@regiondalarna.se</a> (vegan)</li>"
             "</ul><p>Hälsningar<br>Ulrika Ström<br><b>Region Dalarna</b> | Regional utveckling<br>"
             "023-49 00 00</p></body></html>",
             X("register", [P("Ulrika Ström", "ulrika.strom@regiondalarna.se", "Region Dalarna"),
                            P("Patrik Nordin", "patrik.nordin@regiondalarna.se", "Region Dalarna"),
                            P("Hanna Björk", "hanna.bjork@regiondalarna.se", "Region Dalarna", diet="vegan")],
               ALL, diet="vegan"),
             "HTML-only signup of three, one diet", html=True),

        mail("ah108", "2027-02-10T08:25", ("Åsa Wikström", "asa.wikstrom@sater.se"), "Avanmälan 3 maj",
             d("""
                Hej!

                Jag måste tyvärr avanmäla mig från träffen i Falun den 3 maj då jag har förhandling i
                mark- och miljödomstolen. Övriga träffar deltar jag på som planerat.

                Mvh
                Åsa Wikström
                Säters kommun, Samhällsbyggnadsförvaltningen
                Box 85, 783 22 Säter
                Tfn 0225-553 14
             """),
             X("cancel", [P("Åsa Wikström", "asa.wikstrom@sater.se", "Säters kommun")], [S1]),
             "partial cancellation, iso-8859-1", charset="iso-8859-1"),

        mail("ah109", "2027-03-15T17:20", ("Robert Hallin", "robert.hallin@orsa.se"), "Ändring i anmälan",
             d("""
                Hej!

                En ändring i vår anmälan från Orsa: Petra Jansson kommer inte att delta i DalaLab alls,
                och vi skickar ingen ersättare. Jag och Maja är kvar som tidigare.

                /Robert Hallin
                Orsa kommun
             """),
             X("cancel", [P("Petra Jansson", None, "Orsa kommun")], ALL),
             "withdrawn colleague without substitute under 'Ändring' is a cancel; the others stay as before"),

        tg("ah110", "2027-03-28T21:03", "Linda", 6023345511,
           "Hej, jag vill att ni tar bort alla mina uppgifter ur ert register. Linda Mattsson",
           X("erasure"),
           "Telegram erasure request"),

        mail("ah111", "2027-01-03T09:00", ("Stefan Lind", "stefan.lind@alvdalen.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             d("""
                Tack för ditt mejl!

                Jag är ledig till och med 10 januari och läser inte e-post under den tiden.
                Vid brådskande ärenden, kontakta växeln på 0251-800 00.

                Stefan Lind
                Älvdalens kommun
             """),
             X("auto_reply"),
             "out-of-office in answer to a confirmation"),

        mail("ah112", "2027-02-19T14:31", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Bekräftelse av ändring – DalaLab",
             d("""
                Delivery has failed to these recipients or groups:

                karin.wallin@smedjebacken.se
                The email address you entered couldn't be found. Please check the recipient's email
                address and try to resend the message.

                Diagnostic information for administrators:
                Generating server: mx1.regiondalarna.se
                karin.wallin@smedjebacken.se
                Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

                Original message headers:
                Subject: Bekräftelse av ändring – DalaLab
                Date: Fri, 19 Feb 2027 14:30:52 +0100
             """),
             X("auto_reply"),
             "bounce of a change confirmation to someone who left"),

        mail("ah113", "2027-03-05T11:11", ("DalaLab Registration", "no-reply@dalalab-eventreg.com"),
             "Action required: confirm your DalaLab registration",
             d("""
                Dear participant,

                Your registration for DalaLab 2027 (3 May, 21 September, 29 November, 22 February) will be
                CANCELLED unless you verify your payment details within 48 hours.

                Verify now: http://dalalab-eventreg.com/verify?id=88231

                Participant fee: 2 450 SEK per session.

                DalaLab Registration Team
             """),
             X("unknown"),
             "phishing dressed as a registration notice"),

        mail("ah114", "2027-01-20T07:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt januari: ny vägledning för översiktsplanering",
             d("""
                PLANERINGSNYTT – januari 2027

                * Boverket publicerar ny vägledning om planeringsstrategier
                * Så jobbar Dalarnas kommuner med utvecklingsinriktning i ÖP
                * Kalendarium: lärprojektet DalaLab startar 3 maj i Falun

                Du får detta nyhetsbrev eftersom du prenumererar på Planeringsnytt.
                Avsluta prenumerationen: https://planeringsnytt.se/avregistrera
             """),
             X("unknown"),
             "newsletter mentioning the event"),

        mail("ah115", "2027-03-18T10:02", ("Karl Nilsson", "karl.nilsson@avesta.se"),
             "Byte av person 21 september och 29 november",
             d("""
                Hej Linnea!

                Jag är anmäld till alla fyra träffarna men kan inte gå på höstens två träffar.
                Min kollega Sanna Lund tar mina platser den 21 september och 29 november.
                Hon nås på sanna.lund@avesta.se.

                Tack på förhand!
                Karl Nilsson
                Avesta kommun
             """),
             X("change", [P("Karl Nilsson", "karl.nilsson@avesta.se", "Avesta kommun"),
                          P("Sanna Lund", "sanna.lund@avesta.se", "Avesta kommun")], [S2, S3]),
             "substitution for the two autumn sessions"),

        tg("ah116", "2027-02-25T12:44", "Olle Svensson", 5900112233,
           "Hallå! Olle från Borlänge. Jag står anmäld till 3 maj, kan ni lägga till 21 sept och 29 nov också?",
           X("change", [P("Olle Svensson", None, "Borlänge kommun")], [S1, S2, S3]),
           "Telegram: adding sessions with the current one stated"),

        mail("ah117", "2026-12-10T10:20", ("Camilla Ek", "camilla.ek@hedemora.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag anmäler mig gärna till träffarna 3 maj och 29 november. Vegetarisk kost, tack.\n\n"
             "Camilla Ek\nPlanarkitekt, Hedemora kommun\n070-218 44 90\n\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 1 december 2026 09:00\n"
             "Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft\n\n" + INVITATION,
             X("register", [P("Camilla Ek", "camilla.ek@hedemora.se", "Hedemora kommun", diet="vegetarisk")],
               [S1, S3], diet="vegetarisk"),
             "ordinary Outlook reply to the invitation; quoted invitation lists all dates"),

        mail("ah118", "2026-12-14T13:45", ("Sara Holmgren", "sara.holmgren@malung-salen.se"),
             "Anmälan Malung-Sälens kommun",
             d("""
                Hej,

                Härmed anmäls följande från Malung-Sälens kommun till DalaLab (samtliga tillfällen):

                Bergqvist, Tomas – tomas.bergqvist@malung-salen.se
                Åkesson, Lena – lena.akesson@malung-salen.se

                Själv deltar jag inte.

                Med vänlig hälsning
                Sara Holmgren
                Registrator, Malung-Sälens kommun
             """),
             X("register", [P("Tomas Bergqvist", "tomas.bergqvist@malung-salen.se", "Malung-Sälens kommun"),
                            P("Lena Åkesson", "lena.akesson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "registrar signs up two colleagues written 'Efternamn, Förnamn'"),

        mail("ah119", "2027-01-28T16:05", ("Jakub Kowalski", "jakub.kowalski@ludvika.se"), "Registration DalaLab",
             d("""
                Hello,

                I would like to register for the DalaLab learning project – the sessions on 21 September
                and 22 February. I work as a planner at Ludvika municipality. I'm gluten intolerant.

                Kind regards,
                Jakub Kowalski
             """),
             X("register", [P("Jakub Kowalski", "jakub.kowalski@ludvika.se", "Ludvika kommun",
                              diet="gluten intolerant")], [S2, S4], diet="gluten intolerant"),
             "ordinary English signup for two sessions"),

        tg("ah120", "2026-12-18T08:30", "Nina Bergström", 6201456789,
           "Hej! Anmäler mig och min kollega Erik Sundqvist till DalaLab. Vi är från Gagnefs kommun. "
           "Båda kommer på alla tillfällen.",
           X("register", [P("Nina Bergström", None, "Gagnefs kommun"), P("Erik Sundqvist", None, "Gagnefs kommun")],
             ALL),
           "Telegram signup of sender and colleague"),

        mail("ah121", "2027-02-12T09:55", ("Viktor Holm", "viktor.holm@vansbro.se"), "VB: Inbjudan DalaLab",
             "Hej!\n\nSom du ser nedan fick jag inbjudan via min chef. Jag anmäler mig till den första träffen "
             "3 maj, om de övriga återkommer jag.\n\nViktor Holm\nBygglovshandläggare/planerare\nVansbro kommun\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Ann-Sofie Grahn <ann-sofie.grahn@vansbro.se>\n"
             "Skickat: den 11 februari 2027 08:14\n"
             "Till: Viktor Holm <viktor.holm@vansbro.se>\n"
             "Ämne: VB: Inbjudan DalaLab\n\n"
             "Viktor, du borde anmäla dig till detta!\n/Ann-Sofie\n\n"
             "-----Ursprungligt meddelande-----\n"
             "Från: Hassis Linnea <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 1 december 2026 09:00\n\n" + INVITATION,
             X("register", [P("Viktor Holm", "viktor.holm@vansbro.se", "Vansbro kommun")], [S1]),
             "signup above a forwarded chain holding the invitation"),

        mail("ah122", "2027-03-25T15:15", ("Anna Sjögren", "anna.sjogren@leksand.se"), "Fråga om avanmälan",
             d("""
                Hej!

                Jag är anmäld till alla fyra träffarna. Om jag skulle bli förhindrad till hösten, hur gör
                jag då – räcker det att mejla dig, och finns det någon sista dag för att avanmäla sig?

                Mvh Anna Sjögren
                Leksands kommun
             """),
             X("question"),
             "hypothetical cancellation question, nothing changes"),

        mail("ah123", "2027-04-02T10:38", ("Jenny Axelsson", "jenny.axelsson@borlange.se"), "SV: Bekräftelse DalaLab",
             d("""
                Hej!

                I bekräftelsen står det att jag är anmäld till 21 september, men jag anmälde mig till
                29 november. Kan ni rätta det? Bara 29 november alltså.

                /Jenny

                Den 1 april 2027 kl. 16:48 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
                > Hej Jenny!
                > Tack för din anmälan. Du är anmäld till DalaLab den 21 september 2027.
                > Vänliga hälsningar, Linnea
             """),
             X("change", [P("Jenny Axelsson", "jenny.axelsson@borlange.se", "Borlänge kommun")], [S3]),
             "correction of a wrong confirmation: sessions after the change"),

        mail("ah124", "2027-03-08T13:50", ("Peter Ahlgren", "peter.ahlgren@falun.se"), "Avanmälan DalaLab",
             "<html><body><div>Hej Linnea,</div><div><br></div>"
             "<div>Jag vill avanmäla mig från samtliga DalaLab-träffar. Tyvärr har prioriteringarna på "
             "förvaltningen ändrats och jag har inte möjlighet att delta.</div><div><br></div>"
             "<div>Vänliga hälsningar</div><div><b>Peter Ahlgren</b></div>"
             "<div>Planchef | Stadsbyggnadsförvaltningen | Falu kommun</div>"
             "<div>023-830 00 | <a href=\"https://www.falun.se\">www.falun.se</a></div></body></html>",
             X("cancel", [P("Peter Ahlgren", "peter.ahlgren@falun.se", "Falu kommun")], ALL),
             "HTML-only full cancellation", html=True),

        mail("ah125", "2027-01-22T11:30", ("Lovisa Falk", "lovisa.falk@hedemora.se"), "Byte av tillfälle",
             d("""
                Hej!

                Jag är anmäld till 3 maj och 22 februari. Kan jag byta 22 februari mot 21 september?
                Då blir det alltså 3 maj och 21 september för mig.

                Tack!
                Lovisa Falk
             """),
             X("change", [P("Lovisa Falk", "lovisa.falk@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "swap with the current registration and the result stated"),

        tg("ah126", "2027-03-12T18:20", "Tomas Bergqvist", 5777889900,
           "Hej! Jag kan inte komma 3 maj. Hampus Rydén går istället för mig den dagen, han är också på "
           "Malung-Sälens kommun. Hans mejl: hampus.ryden@malung-salen.se",
           X("change", [P("Tomas Bergqvist", None, "Malung-Sälens kommun"),
                        P("Hampus Rydén", "hampus.ryden@malung-salen.se", "Malung-Sälens kommun")], [S1]),
           "Telegram substitution for one session"),

        mail("ah127", "2027-04-06T09:14", ("Sarah Mitchell", "sarah.mitchell@regiondalarna.se"),
             "Withdrawal – November and February sessions",
             d("""
                Hi Linnea,

                I'm afraid I need to withdraw from the session on 29 November 2027, as I'll be on parental
                leave from October. That means I'll miss the one on 22 February 2028 as well, so please
                take me off both.

                Thanks and sorry for the trouble,
                Sarah Mitchell
                Region Dalarna
             """),
             X("cancel", [P("Sarah Mitchell", "sarah.mitchell@regiondalarna.se", "Region Dalarna")], [S3, S4]),
             "English partial cancellation of two sessions"),

        mail("ah128", "2027-03-30T14:02", ("Lena Åkesson", "lena.akesson@mora.se"), "Ny arbetsplats – DalaLab",
             d("""
                Hej!

                Jag var anmäld till DalaLab från Malung-Sälens kommun, men har nu bytt jobb till Mora kommun.
                Min nya adress är lena.akesson@mora.se. Jag vill gärna vara kvar i DalaLab på alla fyra
                träffarna – kan ni uppdatera min anmälan?

                Hälsningar
                Lena Åkesson
                Samhällsplanerare, Mora kommun
             """),
             X("change", [P("Lena Åkesson", "lena.akesson@mora.se", "Mora kommun")], ALL),
             "change of organisation and address, stays on all four"),

        mail("ah129", "2027-02-27T08:05", ("Jesper Wahlberg", "jesper.wahlberg@rattvik.se"), "Funderar på att byta träff",
             d("""
                Hej!

                Jag är anmäld till 21 september men det är möjligt att det krockar med en samrådsperiod.
                Går det att byta till 29 november i så fall, eller är den fullsatt? Jag återkommer när
                jag vet säkert.

                /Jesper Wahlberg
                Rättviks kommun
             """),
             X("question"),
             "hesitation about a swap, nothing decided yet"),

        mail("ah130", "2026-12-20T10:10", ("Maria Fors", "maria.fors@alvdalen.se"), "Anmälan från Älvdalen",
             d("""
                Hej!

                Vi anmäler oss från Älvdalens kommun till alla fyra träffarna:

                - Maria Fors (jag), ingen specialkost
                - Göran Lund, goran.lund@alvdalen.se – laktosintolerant
                - Ida Back – glutenfri

                Mvh Maria
             """),
             X("register", [P("Maria Fors", "maria.fors@alvdalen.se", "Älvdalens kommun"),
                            P("Göran Lund", "goran.lund@alvdalen.se", "Älvdalens kommun", diet="laktosintolerant"),
                            P("Ida Back", None, "Älvdalens kommun", diet="glutenfri")],
               ALL, diet="laktosintolerant, glutenfri"),
             "three people with diets per person, one without address"),

        mail("ah131", "2027-01-09T12:40", ("Åke Grönlund", "ake.gronlund@sater.se"), "Anmälan till DalaLab",
             d("""
                Hej Linnéa!

                Jag vill anmäla mig till vårens och höstens träffar, dvs 3 maj, 21 september och 29 november.

                Hälsningar
                Åke Grönlund
                Stadsarkitekt, Säters kommun
                Tfn 0225-553 00
             """),
             X("register", [P("Åke Grönlund", "ake.gronlund@sater.se", "Säters kommun")], [S1, S2, S3]),
             "ordinary iso-8859-1 signup for three sessions", charset="iso-8859-1"),

        tg("ah132", "2027-04-08T07:40", "Rebecka", 6345678901,
           "hej, hinner jag anmäla mig fortfarande? i så fall vill jag gå på 22/2 -28. rebecka holm, länsstyrelsen",
           X("register", [P("Rebecka Holm", None, "Länsstyrelsen Dalarna")], [S4]),
           "late signup phrased with a question; before the deadline, so a registration"),

        mail("ah133", "2027-03-20T09:20", ("Patrik Nordin", "patrik.nordin@regiondalarna.se"), "Ändrad kost",
             d("""
                Hej!

                Jag är anmäld till alla DalaLab-träffarna via Ulrika Ström. Sedan dess har jag slutat äta
                kött – kan ni notera vegetarisk kost för mig?

                Tack,
                Patrik Nordin
                Region Dalarna
             """),
             X("change", [P("Patrik Nordin", "patrik.nordin@regiondalarna.se", "Region Dalarna",
                            diet="vegetarisk")], ALL, diet="vegetarisk"),
             "diet update after being registered by a colleague; all sessions stated"),

        mail("ah134", "2027-02-05T15:50", ("Samhällsbyggnad Falun", "samhallsbyggnad@falun.se"), "VB: Ändring DalaLab",
             d("""
                Hej,

                Vidarebefordrar från Malin Hedlund som inte kommer åt sin e-post just nu, se nedan.

                Samhällsbyggnadsförvaltningen
                Falu kommun

                ---------- Vidarebefordrat meddelande ----------
                Från: Malin Hedlund <malin.hedlund@falun.se>
                Datum: 5 feb. 2027 14:31
                Ämne: Ändring DalaLab
                Till: samhallsbyggnad@falun.se

                Hej, kan ni be Region Dalarna byta min 3 maj mot höstens träff i stället? Tack! /Malin
             """),
             X("change", [P("Malin Hedlund", "malin.hedlund@falun.se", "Falu kommun")], [S2, S3],
               unsure=["sessions"]),
             "function mailbox forwards a swap; 'höstens träff' singular while there are two autumn sessions"),

        mail("ah135", "2027-04-09T16:25", ("Camilla Ek", "camilla.ek@hedemora.se"), "SV: Bekräftelse DalaLab",
             d("""
                Hej,

                Tyvärr kan jag inte komma på den första träffen ändå. 29 november blir det dock!

                /Camilla

                Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Skickat: den 14 december 2026 11:20
                Till: Camilla Ek <camilla.ek@hedemora.se>
                Ämne: Bekräftelse DalaLab

                Hej Camilla! Du är anmäld till DalaLab den 3 maj 2027 och den 29 november 2027.
                Vegetarisk kost är noterad. Välkommen!
             """),
             X("cancel", [P("Camilla Ek", "camilla.ek@hedemora.se", "Hedemora kommun")], [S1]),
             "partial cancellation in a reply to the confirmation; 'den första träffen' resolved by the quote"),
    ]
