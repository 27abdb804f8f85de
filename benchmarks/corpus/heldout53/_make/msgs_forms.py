"""Writer "forms" (bd136–bd180): structured and terse messages. Key-value forms typed by hand or pasted from a web
form or another event's form (with fields that do not apply, left blank or saying "se ovan"), tab-separated rows
from a spreadsheet, a semicolon CSV whose attachment failed, bullet lists of people with role and address, a subject
line carrying the whole request over an empty body, signature-only mail, one-word Telegram messages, dates written
2027-05-03, 3/5, 03.05.27, v.18 or as session numbers, forms for several people and forms used to cancel or change.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("bd136", "2026-12-02T08:47", ("Helena Mårtensson", "helena.martensson@sater.se"), "Anmälan DalaLab",
             """Namn: Helena Mårtensson
Organisation: Säters kommun
Befattning: Översiktsplanerare
E-post: helena.martensson@sater.se
Telefon: 0225-553 12
Träffar: alla fyra
Kost: vegetarisk

/Helena
""",
             X("register", [P("Helena Mårtensson", "helena.martensson@sater.se", "Säters kommun", "vegetarisk")],
               ALL, "vegetarisk"),
             "hand-typed key-value form; 'alla fyra' -> all four sessions; phone digits are not dates"),

        mail("bd137", "2026-12-09T13:22", ("Jonas Ahlberg", "jonas.ahlberg@ludvika.se"), "Anmälan",
             """Hej Linnea,

hade kvar formuläret från Planeringsdagarna i höstas så jag fyller i det, hoppas det går bra.

Förnamn: Jonas
Efternamn: Ahlberg
Organisation: Ludvika kommun, Samhällsbyggnadsförvaltningen
E-post: jonas.ahlberg@ludvika.se
Mobil: 070-318 44 92
Deltar dag 1 (14 okt): –
Deltar dag 2 (15 okt): –
Middag 14/10: Nej
Övernattning: Nej
Workshopval:
Specialkost: Glutenfri
Övrigt: Gäller DalaLab, träff 1 och 3 (3/5 och 29/11).

Mvh Jonas
""",
             X("register", [P("Jonas Ahlberg", "jonas.ahlberg@ludvika.se", "Ludvika kommun", "Glutenfri")],
               [S1, S3], "Glutenfri"),
             "another event's form reused: its day/dinner fields (14-15 okt) do not apply; the sessions are in "
             "'Övrigt' (träff 1 och 3 = 3/5, 29/11)"),

        mail("bd138", "2026-12-14T10:05", ("SBF Administration", "sbf.admin@borlange.se"), "Anmälan DalaLab – Borlänge",
             """Hej!

Här kommer våra deltagare, kopierat rakt ur vår planeringslista:

Namn\tFörvaltning\tE-post\tTräffar\tKost
Maria Nord\tSamhällsbyggnad\tmaria.nord@borlange.se\tAlla\t
Ali Rahimi\tSamhällsbyggnad\tali.rahimi@borlange.se\tAlla\tvegan
Petter Gran\tKultur & fritid\tpetter.gran@borlange.se\tAlla\t

Hälsningar
Annelie Skog
Administratör, Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("register", [P("Maria Nord", "maria.nord@borlange.se", "Borlänge kommun"),
                            P("Ali Rahimi", "ali.rahimi@borlange.se", "Borlänge kommun", "vegan"),
                            P("Petter Gran", "petter.gran@borlange.se", "Borlänge kommun")], ALL, "vegan"),
             "tab-separated rows with a header pasted from a spreadsheet; administrator sends for three colleagues "
             "and is not among them; 'Alla' -> all four; vegan is Ali's"),

        tg("bd139", "2026-12-16T21:41", "Tove Hedin", "6120448391", """Anmälan""",
           X("register", [P("Tove Hedin", None, None)], ALL, unsure=["organisation"]),
           "one-word Telegram message: a signup naming no session -> all four; name from display name, no "
           "organisation anywhere"),

        mail("bd140", "2026-12-21T07:58", ("Karin Lööw", "karin.loow@avesta.se"),
             "Anmälan DalaLab 3/5 + 21/9 – Karin Lööw, Avesta kommun, vegetarisk",
             """
Skickat från Outlook för iOS
""",
             X("register", [P("Karin Lööw", "karin.loow@avesta.se", "Avesta kommun", "vegetarisk")], [S1, S2],
               "vegetarisk"),
             "the whole request is in the subject line; body is only a phone footer"),

        mail("bd141", "2027-01-08T11:16", ("Per-Olof Dahl", "per-olof.dahl@hedemora.se"), "Anmälan till alla träffar",
             """Med vänlig hälsning

Per-Olof Dahl
Planeringschef
Samhällsbyggnadsförvaltningen
Hedemora kommun
Box 101, 776 22 Hedemora
Tel 0225-34 000 (vx), 070-224 18 60
www.hedemora.se
""",
             X("register", [P("Per-Olof Dahl", "per-olof.dahl@hedemora.se", "Hedemora kommun")], ALL),
             "body is only a signature; subject 'Anmälan till alla träffar' carries the request; postcode and "
             "phones are not dates"),

        mail("bd142", "2027-01-11T15:30", ("Sara Falk", "sara.falk@mora.se"), "DalaLab – tre från Mora",
             """Hej,

vi blir tre från Mora:

• Linda Eriksson, översiktsplanerare – linda.eriksson@mora.se
• Anders Hed, GIS-ingenjör – anders.hed@mora.se
• jag själv, planchef – sara.falk@mora.se

Alla träffar för alla tre. Anders är laktosintolerant.

Sara Falk
Planchef, Mora kommun
0250-260 00
""",
             X("register", [P("Linda Eriksson", "linda.eriksson@mora.se", "Mora kommun"),
                            P("Anders Hed", "anders.hed@mora.se", "Mora kommun", "laktosintolerant"),
                            P("Sara Falk", "sara.falk@mora.se", "Mora kommun")], ALL, "laktosintolerant"),
             "bullet list of people with role and address, the sender is one of them ('jag själv'); all four "
             "sessions; diet is Anders's"),

        mail("bd143", "2027-01-13T09:02", ("Ulrika Berg", "ulrika.berg@lansstyrelsen.se"),
             "Deltagare DalaLab 3 maj (CSV)",
             """Hej Linnea!

Skulle bifoga en CSV-fil med våra deltagare men vår mejl stoppar bilagor av den typen, så jag klistrar in innehållet i stället:

namn;epost;organisation;traffar;kost
Elsa Björk;elsa.bjork@lansstyrelsen.se;Länsstyrelsen Dalarna;2027-05-03;
Mikael Sten;mikael.sten@lansstyrelsen.se;Länsstyrelsen Dalarna;2027-05-03;nötallergi

Jag själv deltar inte den här gången.

Vänliga hälsningar
Ulrika Berg
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Elsa Björk", "elsa.bjork@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Mikael Sten", "mikael.sten@lansstyrelsen.se", "Länsstyrelsen Dalarna", "nötallergi")],
               [S1], "nötallergi"),
             "CSV attachment mentioned, only its text pasted (semicolon rows with header); sender not attending; "
             "ISO dates; diet is Mikael's"),

        mail("bd144", "2027-01-19T14:44", ("Johan Vikström", "johan.vikstrom@alvdalen.se"), "DalaLab",
             """Namn: Johan Vikström
E-post: se ovan
Organisation: Älvdalens kommun
Träffar: 21.9 och 29.11
Kost: -

//Johan
""",
             X("register", [P("Johan Vikström", "johan.vikstrom@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "form with 'E-post: se ovan' -> the From address; '21.9 och 29.11'; 'Kost: -' is no diet"),

        mail("bd145", "2027-01-25T10:37", ("Eva Sundqvist", "eva.sundqvist@rattvik.se"), "Anmälan DalaLab",
             """Namn: Eva Sundqvist
Organisation:
E-post:
Träffar:
Kost:
""",
             X("register", [P("Eva Sundqvist", "eva.sundqvist@rattvik.se", "Rättviks kommun")], ALL,
               unsure=["sessions"]),
             "form with every field but the name left blank: address and organisation from the rattvik.se sender; "
             "no session named -> all four, though a human might ask since 'Träffar' was left empty"),

        mail("bd146", "2027-02-01T08:20", ("Gunilla Ek", "gunilla.ek@gagnef.se"), "Anmälan två deltagare",
             """Hej! Vi fyller i för oss båda:

Deltagare 1
Namn: Gunilla Ek
E-post: gunilla.ek@gagnef.se
Organisation: Gagnefs kommun
Träffar: 2027-05-03, 2027-11-29
Kost: –

Deltagare 2
Namn: Robin Ström
E-post: robin.strom@gagnef.se
Organisation: se ovan
Träffar: 2027-05-03, 2027-11-29
Kost: vegan

Tack!
Gunilla
""",
             X("register", [P("Gunilla Ek", "gunilla.ek@gagnef.se", "Gagnefs kommun"),
                            P("Robin Ström", "robin.strom@gagnef.se", "Gagnefs kommun", "vegan")], [S1, S3],
               "vegan"),
             "one form filled in twice for two people; 'Organisation: se ovan' = Gagnef; ISO dates; diet is Robin's"),

        tg("bd147", "2027-02-03T19:12", "Frida Holm", "5904417263",
           """Namn: Frida Holm / Org: Orsa kommun / Träffar: v.18 och v.48 / Kost: glutenfri""",
           X("register", [P("Frida Holm", None, "Orsa kommun", "glutenfri")], [S1, S3], "glutenfri"),
           "one-line form on Telegram; week numbers v.18 = 3 May 2027 and v.48 = 29 Nov 2027"),

        mail("bd148", "2027-02-08T16:03", ("Maja Lindkvist", "maja.lindkvist@leksand.se"), "Anmälan",
             """Namn: Maja Lindkvist
Arbetsplats: Leksands kommun, plan- och byggenheten
Mejl: maja.lindkvist@leksand.se
Datum: 2027-09-21, 2028-02-22
Allergier/kost: inga

Maja Lindkvist
Planarkitekt
Leksands kommun | Box 52 | 793 21 Leksand
0247-800 00
""",
             X("register", [P("Maja Lindkvist", "maja.lindkvist@leksand.se", "Leksands kommun")], [S2, S4]),
             "form with ISO dates; 'Allergier/kost: inga' is no diet; box and postcode are not dates"),

        mail("bd149", "2027-02-10T12:51", ("Tobias Lund", "tobias.lund@falun.se"), "DalaLab anmälan",
             """Deltagare: Tobias Lund
Förvaltning: Stadsbyggnadsförvaltningen, Falu kommun
E-post: tobias.lund@falun.se
Tillfällen: 03.05.27, 21.09.27
Kostpreferens:
Faktureringsadress: (ej aktuellt?)

Tobias
""",
             X("register", [P("Tobias Lund", "tobias.lund@falun.se", "Falu kommun")], [S1, S2]),
             "dates as dd.mm.yy (03.05.27, 21.09.27); blank diet field; invoice field not applicable"),

        tg("bd150", "2027-02-15T07:34", "Lisa Berg", "7023315598",
           """Lisa Berg, Vansbro kommun, 21/9 + 22/2, vegan""",
           X("register", [P("Lisa Berg", None, "Vansbro kommun", "vegan")], [S2, S4], "vegan"),
           "terse comma-separated line with no verb; 21/9 and 22/2 are sessions 2 and 4"),

        tg("bd151", "2027-02-17T12:09", "Hanna Sjödin", "6588120347",
           """anmäl mig + kollega:
- Hanna Sjödin, hanna.sjodin@smedjebacken.se
- Nils Ek, nils.ek@smedjebacken.se
alla träffar""",
           X("register", [P("Hanna Sjödin", "hanna.sjodin@smedjebacken.se", "Smedjebackens kommun"),
                          P("Nils Ek", "nils.ek@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "Telegram bullet list with addresses, sender is the first; organisation from the smedjebacken.se "
           "addresses"),

        mail("bd152", "2027-02-22T09:48", ("Daniel Park", "daniel.park@regiondalarna.se"), "Registration DalaLab",
             """Name: Daniel Park
Organisation: Region Dalarna, Regional Development
Email: daniel.park@regiondalarna.se
Sessions: all
Dietary requirements: none
Accessibility needs: none

Best regards,
Daniel Park
Analyst, Region Dalarna
+46 23 49 00 00
""",
             X("register", [P("Daniel Park", "daniel.park@regiondalarna.se", "Region Dalarna")], ALL),
             "English key-value form; 'Sessions: all'; 'none' is no diet"),

        tg("bd153", "2027-03-01T20:26", "Mia Lindh", "5377201946",
           """Träffar: 1, 2, 4
Kost: inget fläsk
Mia Lindh, Region Dalarna""",
           X("register", [P("Mia Lindh", None, "Region Dalarna", "inget fläsk")], [S1, S2, S4], "inget fläsk"),
           "sessions given as numbers 1, 2, 4 -> 3/5, 21/9, 22/2; diet 'inget fläsk' as written"),

        tg("bd154", "2027-03-09T10:15", "Jenny Å", "8120934475",
           """Anmäler: Jenny Åberg, jenny.aberg@hedemora.se, 2027-09-21""",
           X("register", [P("Jenny Åberg", "jenny.aberg@hedemora.se", "Hedemora kommun")], [S2]),
           "full name from the text (display name is shortened); ISO date; organisation from the address"),

        # ---------------------------------------------------------------- change
        mail("bd155", "2027-03-03T13:40", ("Emil Westin", "emil.westin@avesta.se"), "Ändring av anmälan",
             """Namn: Emil Westin
Organisation: Avesta kommun
E-post: emil.westin@avesta.se
Anmäld till (tidigare): 3/5, 21/9
Ny anmälan gäller: 3/5, 21/9, 29/11
Kost: oförändrad (ingen)

Tack / Emil
""",
             X("change", [P("Emil Westin", "emil.westin@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "change form adding a session; sessions after the change are stated: 3/5, 21/9, 29/11"),

        tg("bd156", "2027-03-05T18:02", "Oskar Jansson", "4411903728",
           """Ny kost: laktosfri
Gäller mina träffar 3/5 och 29/11
/Oskar Jansson, Ludvika""",
           X("change", [P("Oskar Jansson", None, "Ludvika kommun", "laktosfri")], [S1, S3], "laktosfri"),
           "diet update for an existing signup -> change; sessions stay 3/5 and 29/11 as stated"),

        mail("bd157", "2027-03-10T11:25", ("Annika Blom", "annika.blom@vansbro.se"), "Byte av deltagare DalaLab",
             """Hej,

Ersätts: Magnus Berg (magnus.berg@vansbro.se)
Ersättare: Lena Dahl, lena.dahl@vansbro.se, planhandläggare
Träffar: 21/9 och 29/11
Kost ersättare: vegetarisk

Mvh
Annika Blom
Enhetschef Samhällsbyggnad
Vansbro kommun
""",
             X("change", [P("Magnus Berg", "magnus.berg@vansbro.se", "Vansbro kommun"),
                          P("Lena Dahl", "lena.dahl@vansbro.se", "Vansbro kommun", "vegetarisk")], [S2, S3],
               "vegetarisk"),
             "substitution as a form: Magnus out, Lena in; people are both, sessions those the substitute takes; "
             "manager sender not among them"),

        tg("bd158", "2027-03-12T08:51", "Kalle Nyström", "6029917354", """byter 21/9 -> 29/11""",
           X("change", [P("Kalle Nyström", None, None)], [S3]),
           "bare swap 21/9 for 29/11 -> only the new session; name from the display name, no organisation"),

        mail("bd159", "2027-03-16T14:12", ("Annelie Skog", "sbf.admin@borlange.se"),
             "SV: Anmälan DalaLab – Borlänge (uppdaterad lista)",
             """Hej igen!

Ny version av listan – Maria har bytt 3 maj mot 29 november, resten som innan.

Namn\tE-post\t3/5\t21/9\t29/11\t22/2
Maria Nord\tmaria.nord@borlange.se\t\tx\tx\tx
Ali Rahimi\tali.rahimi@borlange.se\tx\tx\tx\tx
Petter Gran\tpetter.gran@borlange.se\tx\tx\tx\tx

/Annelie

Från: SBF Administration <sbf.admin@borlange.se>
Skickat: den 14 december 2026 10:05
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab – Borlänge
""",
             X("change", [P("Maria Nord", "maria.nord@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "updated spreadsheet rows; only Maria changes (swap 3/5 for 29/11), her row gives her sessions after "
             "the change 21/9, 29/11, 22/2; the others 'som innan' are not in people"),

        mail("bd160", "2027-03-18T16:47", ("Oscar Lind", "oscar.lind@rattvik.se"),
             "Ändring: lägg till 22/2 för Oscar Lind, Rättvik (redan anmäld 3/5)", "",
             X("change", [P("Oscar Lind", "oscar.lind@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "subject-only change with an empty body; already on 3/5, adds 22/2 -> both"),

        tg("bd161", "2027-03-23T12:30", "Emil Bäck", "5561230984",
           """Ändra min mejl till emil.back@smedjebacken.se (anmälde mig med privata emil.back@gmail.com). Är anmäld till alla fyra""",
           X("change", [P("Emil Bäck", "emil.back@smedjebacken.se", "Smedjebackens kommun")], ALL),
           "details change: new address replaces the private one (not a second person); sessions stated as all "
           "four"),

        # ---------------------------------------------------------------- cancel
        mail("bd162", "2027-03-25T07:55", ("Stina Holmgren", "stina.holmgren@falun.se"), "DalaLab",
             """Namn: Stina Holmgren
Organisation: Falu kommun
E-post: stina.holmgren@falun.se
Träffar: 03.05.27
Kost:
Övrigt: AVANMÄLAN – kan inte komma ändå, blev dubbelbokad.

Stina
""",
             X("cancel", [P("Stina Holmgren", "stina.holmgren@falun.se", "Falu kommun")], [S1]),
             "the signup form reused for a cancellation ('Övrigt: AVANMÄLAN'); 03.05.27 is the session cancelled"),

        mail("bd163", "2027-03-26T09:14", ("Fredrik Söderlund", "fredrik.soderlund@orsa.se"), "Avanmälan 21/9",
             """--
Fredrik Söderlund
Översiktsplanerare
Orsa kommun
Dalagatan 1, 794 80 Orsa
0250-55 21 00
""",
             X("cancel", [P("Fredrik Söderlund", "fredrik.soderlund@orsa.se", "Orsa kommun")], [S2]),
             "subject carries the cancellation, body is only a signature; 21/9 cancelled only"),

        tg("bd164", "2027-03-29T06:48", "Moa Engström", "7710253861", """Återbud""",
           X("cancel", [P("Moa Engström", None, None)], ALL, unsure=["sessions"]),
           "one-word cancellation, no session named -> all four by convention; a human might ask whether only "
           "the first meeting is meant"),

        tg("bd165", "2027-03-30T21:17", "Viktor Holm", "6203348817", """Kan inte 29/11. Viktor, Säter""",
           X("cancel", [P("Viktor Holm", None, "Säters kommun")], [S3]),
           "terse partial cancellation; 'Säter' -> Säters kommun"),

        mail("bd166", "2027-04-01T10:00", ("Stefan Ek", "stefan.ek@mora.se"),
             "Avanmälan – Stefan Ek, Mora kommun, samtliga träffar", """.
""",
             X("cancel", [P("Stefan Ek", "stefan.ek@mora.se", "Mora kommun")], ALL),
             "subject-only cancellation of all sessions, body a single dot"),

        mail("bd167", "2027-04-05T13:26", ("Karl Nyberg", "karl.nyberg@ludvika.se"), "Avanmälan 21/9 – två deltagare",
             """Hej,

Följande avanmäls från träffen 21/9:
- Per Holm, planingenjör, per.holm@ludvika.se
- Ida Krantz, trafikplanerare, ida.krantz@ludvika.se

Övriga träffar gäller som förut.

Karl Nyberg
Avdelningschef, Ludvika kommun
""",
             X("cancel", [P("Per Holm", "per.holm@ludvika.se", "Ludvika kommun"),
                          P("Ida Krantz", "ida.krantz@ludvika.se", "Ludvika kommun")], [S2]),
             "manager cancels two colleagues from one session via a bullet list; sender not among them"),

        mail("bd168", "2027-04-07T15:09", ("Lars Öberg", "lars.oberg@gagnef.se"), "Avbokning",
             """AVBOKNINGSFORMULÄR
Namn: Lars Öberg
Organisation: Gagnefs kommun
Bokningsnummer: (vet ej)
Datum för avbokning: 2027-04-07
Avbokningen avser: DalaLab 2027-05-03
Anledning: krock med KF-sammanträde
Önskar återbetalning: ej aktuellt

Lars Öberg
Samhällsplanerare, Gagnefs kommun
""",
             X("cancel", [P("Lars Öberg", "lars.oberg@gagnef.se", "Gagnefs kommun")], [S1]),
             "cancellation form from another booking system; 2027-04-07 is the date of the cancellation, only "
             "2027-05-03 is the session"),

        # ---------------------------------------------------------------- question
        mail("bd169", "2026-12-04T10:31", ("Pernilla Ås", "pernilla.as@smedjebacken.se"),
             "Fråga: hur många får anmäla sig per kommun?", "",
             X("question", [], []),
             "question in the subject, empty body"),

        tg("bd170", "2027-01-27T17:45", "Mattias Ljung", "5839062214", """Parkering?""",
           X("question", [], []),
           "one-word Telegram question"),

        mail("bd171", "2027-02-24T11:02", ("Sofie Granberg", "sofie.granberg@hedemora.se"), "Fråga DalaLab",
             """Namn: Sofie Granberg
Organisation: Hedemora kommun
Ärende: Fråga
Fråga: Går det att delta digitalt den 21/9? Jag är anmäld men kan bli hemma med barn.
""",
             X("question", [], []),
             "question in a contact-form layout; she is already registered and only asks about joining remotely"),

        tg("bd172", "2027-03-15T08:03", "Jakob Ström", "6694021175", """v.18 start 09:30 el 10?""",
           X("question", [], []),
           "terse question about start time of the week-18 meeting; no signup"),

        tg("bd173", "2027-04-08T12:40", "Elin Dahlberg", "7390115286", """Lunch?""",
           X("question", [], []),
           "one-word Telegram question"),

        # ---------------------------------------------------------------- unknown
        mail("bd174", "2027-01-15T05:12", ("Kommunregistret Norden", "faktura@kommunregistret-norden.com"),
             "Faktura 2027-0412 – Registrering DalaLab",
             """FAKTURA

Fakturanr: 2027-0412
Kundnr: 88431
Avser: Registrering i Kommunregistret Norden 2027, kategori "Planering"
Belopp: 8 950 kr exkl. moms
Förfallodatum: 2027-02-03
Bankgiro: 5512-3390
OCR: 8843120270412

Vid utebliven betalning debiteras påminnelseavgift.
""",
             X("unknown", [], []),
             "invoice scam laid out as a form; dates and numbers are not sessions"),

        mail("bd175", "2026-12-07T14:20", ("Ingrid Palm", "ingrid.palm@borlange.se"), "Anmälan julbord",
             """Namn: Ingrid Palm
Antal: 2
Datum: 17/12
Kost: 1 vegetarisk
Alkoholfri dryck: ja

/Ingrid
""",
             X("unknown", [], []),
             "misdirected signup for a Christmas dinner (17/12), nothing to do with DalaLab -> unknown"),

        tg("bd176", "2027-02-12T03:31", "Crypto Signals VIP", "8873120045",
           """💰 Tjäna 5000 kr/dag! Gå med i vår grupp 👉 t.me/vipsignals_se Begränsat antal platser, anmäl dig nu!""",
           X("unknown", [], []),
           "Telegram spam with 'anmäl dig' -> unknown"),

        # ---------------------------------------------------------------- auto_reply
        mail("bd177", "2027-01-04T08:00", ("Rebecka Nilsson", "rebecka.nilsson@alvdalen.se"),
             "Automatiskt svar: Anmälan DalaLab",
             """Frånvarande: t.o.m. 2027-01-10
Åter: 2027-01-11
Brådskande ärenden: plan@alvdalen.se, 0251-310 00

Detta är ett automatiskt svar.
""",
             X("auto_reply", [], []),
             "out-of-office laid out as key-value lines; its dates are not sessions"),

        mail("bd178", "2027-02-19T10:46", ("Mail Delivery System", "MAILER-DAEMON@mx1.hedemora.se"),
             "Undeliverable: Bekräftelse DalaLab",
             """Ditt meddelande kunde inte levereras till följande mottagare:

    hampus.lindbergh@hedemora.se
    Fel: 550 5.1.1 User unknown

----- Ursprungligt meddelande -----
Ämne: Bekräftelse DalaLab
Namn: Hampus Lindberg
Organisation: Hedemora kommun
Träffar: 2027-09-21
""",
             X("auto_reply", [], []),
             "bounce of a confirmation; the quoted form fields are not a new signup"),

        mail("bd179", "2027-03-02T11:30", ("Robin Ström", "robin.strom@gagnef.se"), "Läst: Bekräftelse DalaLab",
             """Ditt meddelande

  Till: Robin Ström
  Ämne: Bekräftelse DalaLab
  Skickat: 2027-03-02 10:14

lästes 2027-03-02 11:30.
""",
             X("auto_reply", [], []),
             "read receipt"),

        # ---------------------------------------------------------------- erasure
        mail("bd180", "2027-04-09T14:55", ("Magnus Berg", "magnus.berg@vansbro.se"), "Radering av personuppgifter",
             """Ärende: Radering av personuppgifter (GDPR art. 17)
Namn: Magnus Berg
E-post: magnus.berg@vansbro.se
Organisation: Vansbro kommun
Begäran: Radera alla uppgifter om mig i anmälningsregistret för DalaLab.
""",
             X("erasure", [P("Magnus Berg", "magnus.berg@vansbro.se", "Vansbro kommun")], []),
             "erasure request as a form"),
    ]
