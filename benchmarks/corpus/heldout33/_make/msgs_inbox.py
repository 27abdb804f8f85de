"""Batch 34, theme "inbox": the registration inbox of DalaLab over the winter 2026-27, in the order mail arrives.

People come back: those who sign up in December change, swap, add diet or cancel later in the winter, colleagues of
earlier senders appear, and the inbox's usual noise (out-of-office, bounces, newsletters, scams, read receipts) is
mixed in. Each message is labelled only from its own text.
"""
from textwrap import dedent

from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def D(s):
    return dedent(s).lstrip("\n")


INVITATION = D("""
    Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
    Skickat: den 30 november 2026 14:05
    Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
    Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

    Hej!

    Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
    planeringsprocesser till lärprojektet DalaLab. Vi träffas fyra gånger:

    3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins
    roll för en stärkt översiktsplanering (tillsammans med Boverket)
    21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan
    man jobba med det?
    29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
    22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och
    digital tillgänglighet

    Varje kommun kan delta med upp till tre personer. Anmälan senast den 14 april 2027 till
    linnea.hassis@regiondalarna.se. Ange gärna eventuell specialkost.

    Varmt välkommen!
    Linnea Hassis
    Region Dalarna
""")


def messages():
    return [
        # ---------------------------------------------------------------- December 2026
        mail("aj001", "2026-12-01T08:12", ("Karin Lindqvist", "karin.lindqvist@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             D("""
                Hej Linnea!

                Tack för inbjudan, det här ser ut att passa perfekt nu när vi drar igång
                arbetet med den nya översiktsplanen. Jag anmäler mig härmed till DalaLab.

                Vänliga hälsningar
                Karin Lindqvist
                Översiktsplanerare
                Falu kommun, Stadsbyggnadsförvaltningen
                Besök: Stadshuset, Stigaregatan 3, 791 83 Falun
                Tel: 023-82 71 40 | Mobil: 070-318 22 96
                karin.lindqvist@falun.se

                """) + INVITATION,
             X("register", [P("Karin Lindqvist", "karin.lindqvist@falun.se", "Falu kommun")], ALL),
             "first reply to the invitation, Outlook style with the whole invitation quoted below (all four dates and "
             "the 'three per municipality' line are quoted text); no session named -> all four"),

        mail("aj002", "2026-12-01T13:40", ("Håkan Berg", "hakan.berg@ludvika.se"),
             "Automatiskt svar: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             D("""
                Hej,

                Jag är föräldraledig till och med den 31 januari 2027 och läser inte min e-post.
                I planärenden, kontakta planenheten på 0240-860 00 eller plan@ludvika.se.

                Med vänlig hälsning
                Håkan Berg
                Ludvika kommun
                """),
             X("auto_reply"),
             "out-of-office answer to the invitation mailing; a date and a function mailbox in the text, no person"),

        tg("aj003", "2026-12-02T09:05", "Maja Ek", 581204417,
           "Hej! Såg inbjudan till DalaLab på intranätet. Anmäler mig till alla träffar 🙂 Maja Ek, Orsa kommun",
           X("register", [P("Maja Ek", None, "Orsa kommun")], ALL),
           "Telegram signup, 'alla träffar', organisation written out, no address"),

        mail("aj004", "2026-12-02T15:22", ("Göran Wikström", "goran.wikstrom@borlange.se"),
             "Anmälan DalaLab från Borlänge",
             D("""
                Hej Linnea,

                Från samhällsbyggnadsförvaltningen i Borlänge kommer följande tre att delta i
                samtliga fyra träffar:

                - Annika Sjödin, översiktsplanerare, annika.sjodin@borlange.se
                - Robert Lind, trafikplanerare, robert.lind@borlange.se
                - Hanna Qvist, planarkitekt, hanna.qvist@borlange.se

                Själv har jag tyvärr inte möjlighet att vara med, men jag följer arbetet via
                gruppen.

                Hälsningar
                Göran Wikström
                Planchef, Borlänge kommun
                0243-740 00
                """),
             X("register", [P("Annika Sjödin", "annika.sjodin@borlange.se", "Borlänge kommun"),
                            P("Robert Lind", "robert.lind@borlange.se", "Borlänge kommun"),
                            P("Hanna Qvist", "hanna.qvist@borlange.se", "Borlänge kommun")], ALL),
             "manager registers a bulleted team of three with titles and addresses and says he is not coming himself"),

        mail("aj005", "2026-12-03T10:30", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             D("""
                Delivery has failed to these recipients or groups:

                k.holmgren@orsa.se
                The e-mail address you entered couldn't be found. Please check the recipient's
                e-mail address and try to resend the message.

                Diagnostic information for administrators:
                Generating server: mx1.regiondalarna.se
                k.holmgren@orsa.se
                Remote server returned '550 5.1.1 <k.holmgren@orsa.se>: Recipient address rejected: User unknown'

                Original message headers:
                From: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Subject: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
                Date: Mon, 30 Nov 2026 14:05:11 +0100
                """),
             X("unknown"),
             "bounce of the invitation sent to a dead Orsa address: no person, no request"),

        mail("aj006", "2026-12-04T11:02", ("Anders Nyström", "anders.nystrom@sater.se"),
             "Anmälan till DalaLab - Säters kommun",
             D("""
                Hej!

                Från Säters kommun anmäls följande:

                Nyström, Anders (undertecknad)
                Holm, Lisa  lisa.holm@sater.se

                Vi kommer gärna på alla träffar utom den sista i februari, då ligger vårt
                budgetarbete. Ingen av oss har någon specialkost.

                Mvh
                Anders Nyström
                Samhällsbyggnadschef
                Säters kommun
                Box 85, 783 22 Säter
                0225-550 00
                """),
             X("register", [P("Anders Nyström", "anders.nystrom@sater.se", "Säters kommun"),
                            P("Lisa Holm", "lisa.holm@sater.se", "Säters kommun")], [S1, S2, S3]),
             "iso-8859-1; 'Efternamn, Förnamn' list with the sender marked 'undertecknad'; 'alla utom den sista i "
             "februari' -> first three; 'ingen specialkost' is no diet",
             charset="iso-8859-1"),

        mail("aj007", "2026-12-07T07:58", ("Elsa Grön", "elsa.gron@hedemora.se"),
             "Fråga om DalaLab",
             D("""
                Hej!

                Innan jag anmäler mig: blir det lunch på träffarna eller ska man ta med eget?
                Och finns det parkering vid lokalen i Falun, eller är det bäst att ta tåget?

                Tack på förhand
                Elsa Grön
                Hedemora kommun
                """),
             X("question"),
             "practical questions (lunch, parking) from someone not yet registered; 'innan jag anmäler mig' is not a "
             "signup"),

        mail("aj008", "2026-12-08T14:17", ("Johan Ersson", "johan.ersson@leksand.se"),
             "Anmälan",
             D("""
                <html><head><meta charset="utf-8"></head><body>
                <div style="font-family:Calibri,sans-serif;font-size:11pt">
                <p>Hej Linnea,</p>
                <p>Jag vill gärna anmäla mig till <b>DalaLab</b>, samtliga tillfällen.</p>
                <p>Jag äter vegetariskt.</p>
                <p>Hälsningar<br>Johan</p>
                <table style="border-top:1px solid #999;margin-top:12px">
                <tr><td><b>Johan Ersson</b><br>Planarkitekt<br>Leksands kommun<br>
                Tel 0247-800 00 &nbsp;|&nbsp; <a href="mailto:johan.ersson@leksand.se">johan.ersson@leksand.se</a><br>
                <a href="https://www.leksand.se">www.leksand.se</a></td></tr>
                </table>
                </div></body></html>
                """),
             X("register", [P("Johan Ersson", "johan.ersson@leksand.se", "Leksands kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "HTML-only signup with a signature table; 'samtliga tillfällen'; diet 'äter vegetariskt'",
             html=True),

        tg("aj009", "2026-12-09T20:41", "Mikael Strand", 733019825,
           "hej, kan man vara med i dalalab fast man är konsult och inte anställd av en kommun? "
           "jobbar mycket med ÖP åt Vansbro",
           X("question"),
           "Telegram eligibility question from a consultant; names a municipality he works for, but nobody is "
           "registered"),

        mail("aj010", "2026-12-10T09:33", ("Tom Becker", "tom.becker@falun.se"),
             "DalaLab registration",
             D("""
                Hi Linnea,

                I started as a planning architect at Falun municipality in November, and my manager
                suggested that I join DalaLab. I would like to attend the sessions in May and September.
                My Swedish is getting better, so I hope it is fine that the sessions are in Swedish!

                I'm vegan, by the way, in case there is lunch.

                Best regards,
                Tom Becker
                Planning architect | Falu kommun
                +46 23 82 71 77
                """),
             X("register", [P("Tom Becker", "tom.becker@falun.se", "Falu kommun", diet="vegan")], [S1, S2],
               diet="vegan"),
             "English signup with months only ('May and September'), diet vegan"),

        mail("aj011", "2026-12-14T10:04", ("Plan och bygg Vansbro", "planbygg@vansbro.se"),
             "Anmälan DalaLab",
             D("""
                Hej!

                Vi vill anmäla vår planarkitekt Sofia Åberg till DalaLab, alla fyra träffarna.
                Skicka gärna bekräftelsen direkt till henne: sofia.aberg@vansbro.se

                Med vänlig hälsning
                Kerstin / registraturen
                Plan- och byggenheten, Vansbro kommun
                """),
             X("register", [P("Sofia Åberg", "sofia.aberg@vansbro.se", "Vansbro kommun")], ALL),
             "shared function mailbox registers a named planner whose own address is in the text; the writer "
             "(Kerstin) is not a participant"),

        mail("aj012", "2026-12-15T03:12", ("Europe Planning Directory", "registration@eu-planning-directory.com"),
             "Registration #EPD-44812: DalaLab – Planering för hållbarhet 2027",
             D("""
                Dear Sir/Madam,

                Your event "DalaLab – Planering för hållbarhet och utvecklingskraft" (Falun, 3 May 2027)
                has been pre-registered in the Europe Planning Directory 2027/2028.

                To complete the registration of your organisation, please check the details, sign the
                attached form and return it within 8 days. The annual listing fee is EUR 1 290.

                Registration department
                Europe Planning Directory
                """),
             X("unknown"),
             "listing/invoice scam dressed as a registration, names the event and a session date; no person"),

        mail("aj013", "2026-12-16T08:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev: PBL Kunskapsbanken december 2026",
             D("""
                Nyheter i PBL Kunskapsbanken

                * Ny vägledning om planeringsstrategier enligt 3 kap. PBL
                * Så arbetar du med utvecklingsinriktning i översiktsplanen
                * Anmäl dig till vårt webbinarium om översiktsplanering den 3 februari 2027

                Du får det här nyhetsbrevet eftersom du prenumererar på Boverkets utskick.
                Avsluta prenumerationen här: https://www.boverket.se/nyhetsbrev
                """),
             X("unknown"),
             "newsletter on the same topic, with 'anmäl dig' and a date for another event"),

        mail("aj014", "2026-12-18T16:45", ("Per Olsson", "per.olsson@rattvik.se"),
             "Anmälan DalaLab – Rättvik och Leksand",
             D("""
                Hej Linnea,

                Rättvik och Leksand har en gemensam ÖP-grupp, så vi anmäler oss tillsammans:

                Per Olsson, Rättviks kommun (jag)
                Emma Dahl, Leksands kommun, emma.dahl@leksand.se

                Båda vill vara med hela serien.

                God jul!
                Per Olsson
                Strateg, Rättviks kommun
                0248-700 00
                """),
             X("register", [P("Per Olsson", "per.olsson@rattvik.se", "Rättviks kommun"),
                            P("Emma Dahl", "emma.dahl@leksand.se", "Leksands kommun")], ALL),
             "two organisations in one mail: sender from Rättvik plus a Leksand colleague with her address; "
             "'hela serien' -> all"),

        # ---------------------------------------------------------------- January 2027
        tg("aj015", "2027-01-04T07:36", "Jonas Ahl", 402918366,
           "anmäl mig till 3/5 och 29/11 tack. /jonas, mora",
           X("register", [P("Jonas Ahl", None, "Mora kommun")], [S1, S3]),
           "terse lower-case Telegram signup, day/month dates, organisation as a bare place name"),

        mail("aj016", "2027-01-05T13:20", ("Tom Becker", "tom.becker@falun.se"),
             "RE: DalaLab registration",
             D("""
                Hi again Linnea,

                I'm registered for May and September. Now my manager says I can join in November
                as well, so could you please add that session? February is still not possible
                for me (parental leave).

                Thanks!
                Tom

                -----Original Message-----
                From: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Sent: Friday, December 11, 2026 10:02
                To: Becker Tom <tom.becker@falun.se>
                Subject: SV: DalaLab registration

                Hi Tom, welcome! You are registered for 3 May and 21 September 2027.
                Best regards, Linnea
                """),
             X("change", [P("Tom Becker", "tom.becker@falun.se", "Falu kommun")], [S1, S2, S3]),
             "English addition of a session: states current May+September, adds November, excludes February -> "
             "sessions after the change; the quoted confirmation repeats the old dates"),

        mail("aj017", "2027-01-07T09:48", ("Linda Ström", "linda.strom@hedemora.se"),
             "VB: DalaLab",
             D("""
                Hej Linnea,

                Vidarebefordrar nedan från Gustav, som har slutat hos oss och inte längre har
                tillgång till sin e-post. Han ska alltså strykas från DalaLab.

                Vänliga hälsningar
                Linda Ström
                HR-specialist, Hedemora kommun

                -----Ursprungligt meddelande-----
                Från: Persson Gustav <gustav.persson@hedemora.se>
                Skickat: den 29 december 2026 16:12
                Till: Ström Linda <linda.strom@hedemora.se>
                Ämne: DalaLab

                Hej Linda! Kan du meddela Region Dalarna att jag inte kommer på DalaLab-träffarna
                eftersom jag slutar nu? Jag hann aldrig skriva till dem själv.
                /Gustav
                """),
             X("cancel", [P("Gustav Persson", "gustav.persson@hedemora.se", "Hedemora kommun")], ALL),
             "HR forwards ('VB:') a leaver's cancellation; the person is the one in the forwarded header, not the "
             "HR sender; no session named -> all"),

        mail("aj018", "2027-01-11T10:15", ("Wallin Helena", "helena.wallin@lansstyrelsen.se"),
             "Anmälan DalaLab",
             D("""
                Hej,

                Jag vill anmäla mig till två av träffarna: den om utvecklingsinriktning i
                ÖP-modellen och den om tillgänglighet.

                Med vänlig hälsning

                Helena Wallin
                Handläggare, Enheten för samhällsplanering
                Länsstyrelsen Dalarna
                Åsgatan 38, 791 84 Falun
                Telefon: 010-225 00 00
                Direkt: 010-225 03 61
                helena.wallin@lansstyrelsen.se
                www.lansstyrelsen.se/dalarna

                När du skickar e-post till Länsstyrelsen Dalarna behandlar vi dina personuppgifter
                enligt dataskyddsförordningen.
                """),
             X("register", [P("Helena Wallin", "helena.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S4]),
             "sessions by theme only (utvecklingsinriktning = 21/9, tillgänglighet = 22/2); 'Efternamn Förnamn' "
             "display name; long county signature with numbers"),

        mail("aj019", "2027-01-12T11:30", ("Oskar Falk", "oskar.falk@gagnef.se"),
             "Antal platser DalaLab",
             D("""
                Hej Linnea

                Undrar hur många vi får anmäla från Gagnefs kommun. Vi är fyra på
                samhällsbyggnad som gärna vill vara med, men jag har hört att det finns ett tak.

                Mvh Oskar Falk
                Gagnefs kommun
                """),
             X("question"),
             "quota question without a question mark; 'vi är fyra' is not a signup"),

        tg("aj020", "2027-01-13T18:02", "Maja Ek", 581204417,
           "hej igen! jag är redan anmäld till alla träffarna men glömde skriva att jag har fiskallergi. /maja, orsa",
           X("change", [P("Maja Ek", None, "Orsa kommun", diet="fiskallergi")], ALL, diet="fiskallergi"),
           "Telegram diet update for an existing signup; sessions stated ('alla träffarna')"),

        mail("aj021", "2027-01-15T08:55", ("Åsa Lund", "asa.lund@ludvika.se"),
             "Anmälan Ludvika kommun",
             D("""
                Hej!

                Vi blir tre från Ludvika på DalaLab:
                jag själv, Mattias Grön (mattias.gron@ludvika.se) och Fatima Hassan. Fatima är
                nyanställd och har inte fått någon e-postadress än, så skicka hennes info till mig
                så länge.

                Vi vill alla gå på samtliga träffar.

                Hälsningar
                Åsa Lund
                Planeringsarkitekt, Ludvika kommun
                """),
             X("register", [P("Åsa Lund", "asa.lund@ludvika.se", "Ludvika kommun"),
                            P("Mattias Grön", "mattias.gron@ludvika.se", "Ludvika kommun"),
                            P("Fatima Hassan", None, "Ludvika kommun")], ALL),
             "three from one municipality in running text: sender ('jag själv'), one with address, one new hire "
             "without address (email None, not the sender's)"),

        mail("aj022", "2027-01-18T14:10", ("Petter Holmgren", "petter.holmgren@borlange.se"),
             "Reservplats DalaLab?",
             D("""
                Hej Linnea,

                Jag vet att det är max tre per kommun och att Annika Sjödin, Robert Lind och Hanna
                Qvist redan är anmälda från Borlänge. Jag skulle ändå vilja anmäla mig till alla
                träffarna, och står gärna på reservlista om det inte finns plats.

                Mvh
                Petter Holmgren
                Borlänge kommun
                """),
             X("register", [P("Petter Holmgren", "petter.holmgren@borlange.se", "Borlänge kommun")], ALL),
             "fourth person from a municipality at the quota asks to be registered/waitlisted; the three named "
             "colleagues are not part of the request"),

        mail("aj023", "2027-01-20T12:47", ("Pia Karlsson", "pia.karlsson@smedjebacken.se"),
             "dalalab 3 maj",
             D("""
                hej! eva lundgren kan inte komma den 3 maj, ola berg går istället. han har
                ola.berg@smedjebacken.se. eva är kvar på de andra träffarna som vanligt.

                /pia
                Skickat från min iPhone
                """),
             X("change", [P("Eva Lundgren", None, "Smedjebackens kommun"),
                          P("Ola Berg", "ola.berg@smedjebacken.se", "Smedjebackens kommun")], [S1]),
             "lower-case third-party substitution for one session; both people listed, sessions = what the "
             "substitute takes; the sender is not among the people"),

        mail("aj024", "2027-01-22T08:21", ("Sofia Åberg", "sofia.aberg@vansbro.se"),
             "Läst: Bekräftelse: anmälan till DalaLab",
             D("""
                Ditt meddelande

                  Till: Åberg Sofia
                  Ämne: Bekräftelse: anmälan till DalaLab
                  Skickat: den 21 januari 2027 15:40:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

                lästes den 22 januari 2027 08:21:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
                """),
             X("auto_reply"),
             "Outlook read receipt for the organiser's confirmation"),

        mail("aj025", "2027-01-25T15:03", ("Bengt Ek", "bengt.ek@avesta.se"),
             "Ta bort mina uppgifter",
             D("""
                Hej,

                Jag har fått er inbjudan till DalaLab flera gånger men jobbar inte med planering
                längre. Jag vill att ni raderar mina personuppgifter ur era register och
                utskickslistor (GDPR art. 17).

                Bengt Ek
                Avesta kommun
                """),
             X("erasure", [P("Bengt Ek", "bengt.ek@avesta.se", "Avesta kommun")]),
             "erasure request from someone who never registered; he is the person to erase"),

        mail("aj026", "2027-01-27T21:58", ("Stina Mårtensson", "stina.martensson@malung-salen.se"),
             "dalalabb",
             D("""
                hej anmäler mig till dalalabb alla tillfälen
                mvh stina

                Skickat från min iPhone
                """),
             X("register", [P("Stina Mårtensson", "stina.martensson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "phone signup with typos ('dalalabb', 'tillfälen'), no signature; name and organisation from the "
             "From header and the domain"),

        # ---------------------------------------------------------------- February 2027
        mail("aj027", "2027-02-01T07:45", ("Wallin Helena", "helena.wallin@lansstyrelsen.se"),
             "SV: Bekräftelse DalaLab",
             D("""
                Hej Linnea,

                Kan jag byta 21 spetember mot 29 novmber? Septemberträffen krockar med
                länsstyrelsens planeringsdagar.

                /Helena

                Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
                Skickat: den 12 januari 2027 09:10
                Till: Wallin Helena <helena.wallin@lansstyrelsen.se>
                Ämne: Bekräftelse DalaLab

                Hej Helena! Du är anmäld till 21 september 2027 och 22 februari 2028.
                """),
             X("change", [P("Helena Wallin", "helena.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3]),
             "swap with misspelled months as a question; bare swap -> only the new session (29/11); quoted "
             "confirmation names the old dates"),

        mail("aj028", "2027-02-03T10:26", ("Åsa Lund", "asa.lund@ludvika.se"),
             "Avanmälan DalaLab",
             D("""
                Hej!

                På grund av en omorganisation måste jag tyvärr avanmäla mig från DalaLab.
                Mattias Grön och Fatima Hassan är fortfarande med – deras anmälningar gäller
                som förut.

                Hälsningar
                Åsa Lund
                Ludvika kommun
                """),
             X("cancel", [P("Åsa Lund", "asa.lund@ludvika.se", "Ludvika kommun")], ALL),
             "sender cancels herself; colleagues whose signups 'gäller som förut' are not people of the request"),

        mail("aj029", "2027-02-05T13:12", ("Sara Nilsson", "sara.nilsson@regiondalarna.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             D("""
                <html><body>
                <div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">
                <p>Hej Linnea!</p>
                <p>Jag har tyvärr inte möjlighet att vara med i maj, men anmäler mig gärna till de två
                höstträffarna.</p>
                <p>/Sara Nilsson<br>Utvecklingsstrateg, Regional utveckling<br>Region Dalarna<br>
                Tfn 023-49 00 00</p>
                </div>
                <hr>
                <div style="font-size:10pt;color:#444">
                <b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br>
                <b>Skickat:</b> den 30 november 2026 14:05<br>
                <b>Ämne:</b> Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft<br><br>
                <p>Vi träffas fyra gånger:</p>
                <ul>
                <li>3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv</li>
                <li>21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?</li>
                <li>29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter</li>
                <li>22 februari 2028 – Planera för tillgänglighet</li>
                </ul>
                <p>Anmälan senast den 14 april 2027.</p>
                </div>
                </body></html>
                """),
             X("register", [P("Sara Nilsson", "sara.nilsson@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "HTML-only reply over the quoted invitation list; 'de två höstträffarna' (plural) -> 21/9 and 29/11; "
             "'inte i maj' excludes the first",
             html=True),

        tg("aj030", "2027-02-08T12:14", "Lina Berg", 690157342,
           "undrar om träffarna spelas in, jag kan inte komma 21/9 men vill gärna se den i efterhand",
           X("question", [], []),
           "Telegram question without question mark that names a date; not a cancellation (no signup mentioned)"),

        mail("aj031", "2027-02-10T09:40", ("Maria Holm", "maria.holm@avesta.se"),
             "Anmälan kommundirektör – DalaLab",
             D("""
                Hej,

                Jag skriver på uppdrag av vår kommundirektör Anders Lilja (anders.lilja@avesta.se),
                som vill delta i den första träffen den 3 maj samt den sista i februari 2028.
                Han är laktosintolerant.

                Vänligen
                Maria Holm
                Nämndsekreterare, Kommunledningskontoret
                Avesta kommun
                0226-64 50 00
                """),
             X("register", [P("Anders Lilja", "anders.lilja@avesta.se", "Avesta kommun", diet="laktosintolerant")],
               [S1, S4], diet="laktosintolerant"),
             "secretary registers her director (not herself); first and last session by ordinal plus date; his diet"),

        mail("aj032", "2027-02-12T15:55", ("Anders Nyström", "anders.nystrom@sater.se"),
             "Ändring i anmälan DalaLab",
             D("""
                Hej!

                En ändring: Lisa Holm kommer inte att kunna delta i DalaLab alls, hon har fått
                en annan tjänst. Jag själv deltar som planerat.

                Mvh
                Anders Nyström
                Säters kommun
                """),
             X("cancel", [P("Lisa Holm", None, "Säters kommun")], ALL),
             "iso-8859-1; withdrawal of a colleague under 'Ändring' without substitute -> cancel; sender stays and "
             "is not a person; her address is not in this mail",
             charset="iso-8859-1"),

        mail("aj033", "2027-02-15T06:30", ("Kommunkonferens", "info@kommunkonferens.se"),
             "Bekräfta din plats: Planeringsdagarna 2027 – early bird går ut!",
             D("""
                Hej planerare!

                Din plats på Planeringsdagarna 2027 (Stockholm, 21–22 september) är reserverad.
                Bekräfta din anmälan före 1 mars och få 20 % rabatt.

                Tema i år: översiktsplanering, planeringsstrategier och tillgänglighet.

                Bekräfta här: https://kommunkonferens.se/bekrafta
                Avregistrera dig från våra utskick: https://kommunkonferens.se/avregistrera
                """),
             X("unknown"),
             "marketing dressed as a registration confirmation, with overlapping themes and a September date"),

        mail("aj034", "2027-02-17T11:08", ("Nord Karl", "karl.nord@rattvik.se"),
             "Anmälan DalaLab",
             D("""
                Hej,

                Jag anmäler mig härmed till DalaLab, alla träffar utom den tredje (den krockar med
                budgetberedningen).

                Mvh
                Nord, Karl
                Planarkitekt
                Rättviks kommun | Samhällsbyggnadsförvaltningen
                Storgatan 2, 795 80 Rättvik | 0248-701 23
                """),
             X("register", [P("Karl Nord", "karl.nord@rattvik.se", "Rättviks kommun")], [S1, S2, S4]),
             "'alla utom den tredje' (ordinal only) -> 3/5, 21/9, 22/2; name written 'Nord, Karl' in signature "
             "and 'Nord Karl' in the header"),

        tg("aj035", "2027-02-19T16:47", "Lina Berg", 690157342,
           "Skulle vilja vara med på höstens träff. Lina Berg, Falun",
           X("register", [P("Lina Berg", None, "Falu kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' (singular) while two sessions are in the autumn -> both, unsure"),

        mail("aj036", "2027-02-22T10:19", ("Birgitta Olofsson", "birgitta.olofsson@mora.se"),
             "Fwd: DalaLab – Jonas plats",
             D("""
                Hej Linnea,

                Jonas Ahl har slutat hos oss. Ingrid Sjöberg tar hans plats i DalaLab och går på
                samma träffar som han var anmäld till, alltså 3 maj och 29 november.
                Se Ingrids mejl nedan.

                Birgitta Olofsson
                Enhetschef Plan, Mora kommun

                ---------- Forwarded message ---------
                Från: Ingrid Sjöberg <ingrid.sjoberg@mora.se>
                Datum: fre 19 feb. 2027 kl. 14:02
                Ämne: DalaLab
                Till: Birgitta Olofsson <birgitta.olofsson@mora.se>

                Hej Birgitta! Jag tar gärna Jonas plats på DalaLab. Kan du skicka med att jag
                har glutenintolerans?
                /Ingrid
                """),
             X("change", [P("Jonas Ahl", None, "Mora kommun"),
                          P("Ingrid Sjöberg", "ingrid.sjoberg@mora.se", "Mora kommun", diet="glutenintolerans")],
               [S1, S3], diet="glutenintolerans"),
             "manager forwards a substitute's mail: leaver (no address here) and substitute both listed; the "
             "substitute's diet is only in the forwarded part; the manager is not a person"),

        mail("aj037", "2027-02-24T13:36", ("Stina Mårtensson", "stina.martensson@malung-salen.se"),
             "First session online?",
             D("""
                Hi Linnea,

                Will the first session on 3 May be streamed or available online in some way?
                From Sälen it's more than three hours each way by car.

                Kind regards
                Stina Mårtensson
                Malung-Sälens kommun
                """),
             X("question", [], []),
             "English question naming a session; the writer signed up earlier, but nothing is asked to change"),

        # ---------------------------------------------------------------- March–April 2027
        mail("aj038", "2027-03-01T08:05", ("Lars-Göran Mattsson", "lars-goran.mattsson@alvdalen.se"),
             "Anmälan till DalaLab, Älvdalen",
             D("""
                Hej!

                Anmäler mig till samtliga träffar i DalaLab. Jag har nötallergi (inte livshotande,
                men jag undviker allt med nötter i).

                Hälsningar från Älvdalen
                Lars-Göran Mattsson
                Översiktsplanerare, Älvdalens kommun
                Dalgatan 78, 796 80 Älvdalen
                0251-310 00
                """),
             X("register", [P("Lars-Göran Mattsson", "lars-goran.mattsson@alvdalen.se", "Älvdalens kommun",
                              diet="nötallergi")], ALL, diet="nötallergi"),
             "iso-8859-1 signup with a hyphenated first name and a nut allergy",
             charset="iso-8859-1"),

        tg("aj039", "2027-03-03T09:29", "Oskar Falk", 318846207,
           "Hej! Jag och min kollega Nils Viklund från Gagnef vill anmäla oss till 21/9 och 22/2. /Oskar",
           X("register", [P("Oskar Falk", None, "Gagnefs kommun"), P("Nils Viklund", None, "Gagnefs kommun")],
             [S2, S4]),
           "Telegram signup for sender and a colleague, no addresses; day/month dates"),

        mail("aj040", "2027-03-08T14:51", ("Karin Lindqvist", "karin.lindqvist@falun.se"),
             "DalaLab 3 maj",
             D("""
                Hej Linnea,

                Jag kan tyvärr inte komma på första träffen den 3 maj – vi har samråd om
                översiktsplanen samma dag. Övriga träffar står kvar.

                Vänliga hälsningar
                Karin Lindqvist
                Falu kommun
                """),
             X("cancel", [P("Karin Lindqvist", "karin.lindqvist@falun.se", "Falu kommun")], [S1],
               unsure=["change-or-cancel"]),
             "cancels one session and keeps the rest -> cancel of 3/5 only"),

        mail("aj041", "2027-03-15T07:02", ("Tom Becker", "tom.becker@falun.se"),
             "Automatic reply: DalaLab – praktisk information inför 3 maj",
             D("""
                Thank you for your e-mail. I am out of office from 15 March until 22 March with
                limited access to e-mail. For urgent matters, please contact plan@falun.se.

                Tack för ditt mejl. Jag är ledig 15–22 mars. Vid brådskande ärenden, kontakta
                plan@falun.se.

                Tom Becker
                """),
             X("auto_reply"),
             "bilingual out-of-office reply to an organiser mailing; the subject names a session date"),

        mail("aj042", "2027-03-22T11:43", ("Plan och bygg Vansbro", "planbygg@vansbro.se"),
             "Specialkost – Sofia Åberg",
             D("""
                Hej!

                Sofia Åberg (sofia.aberg@vansbro.se), som är anmäld till alla fyra träffarna i
                DalaLab, äter numera vegetariskt. Kan ni notera det till fikat och lunchen?

                Hälsningar
                Kerstin
                Plan- och byggenheten, Vansbro kommun
                """),
             X("change", [P("Sofia Åberg", "sofia.aberg@vansbro.se", "Vansbro kommun", diet="vegetarisk")], ALL,
               diet="vegetarisk"),
             "function mailbox sends a diet update for a named planner with her own address; sessions stated "
             "('alla fyra')"),

        mail("aj043", "2027-04-06T16:20", ("Ylva Håkansson", "ylva.hakansson@avesta.se"),
             "VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             D("""
                Hej Linnea!

                Min chef skickade inbjudan nedan till mig. Jag vill gärna anmäla mig till hela
                serien – hinner jag före sista anmälningsdagen?

                Ylva Håkansson
                Planarkitekt, Avesta kommun

                -----Ursprungligt meddelande-----
                Från: Lilja Anders <anders.lilja@avesta.se>
                Skickat: den 6 april 2027 13:02
                Till: Håkansson Ylva <ylva.hakansson@avesta.se>
                Ämne: VB: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

                Detta borde du gå på!
                /Anders

                """) + INVITATION,
             X("register", [P("Ylva Håkansson", "ylva.hakansson@avesta.se", "Avesta kommun")], ALL),
             "late signup over a forwarded invitation chain; the chef in the forward header is not a person; "
             "the deadline question does not make it a question"),

        mail("aj044", "2027-04-08T10:37", ("Marie Eklund", "marie.eklund@regiondalarna.se"),
             "Anmälan DalaLab – två deltagare",
             D("""
                Hej Linnea,

                Jag anmäler två deltagare till första och andra träffen:

                Sundin, Petra – Regional utveckling, Region Dalarna
                Åkesson, Jan – Lst Dalarna, jan.akesson@lansstyrelsen.se

                Jag bokar åt dem eftersom de sitter i möten hela veckan. Själv deltar jag inte.

                Mvh
                Marie Eklund
                Administratör, Region Dalarna
                """),
             X("register", [P("Petra Sundin", None, "Region Dalarna"),
                            P("Jan Åkesson", "jan.akesson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S2]),
             "administrator registers two people from two organisations in 'Efternamn, Förnamn' form, one without "
             "address; 'Lst Dalarna'; ordinals 'första och andra'"),

        tg("aj045", "2027-04-10T19:05", "Maja Ek", 581204417,
           "hej, måste tyvärr avanmäla mig från dalalab. har fått ny tjänst i Stockholm från maj. tack för allt! /maja ek, orsa",
           X("cancel", [P("Maja Ek", None, "Orsa kommun")], ALL),
           "Telegram cancellation of the whole signup; 'maj' is the new job, not a session"),
    ]
