from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """\
-----Ursprungligt meddelande-----
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 26 november 2026 10:02
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till ett lärprojekt om strategisk översiktsplanering och planeringsstrategier.
Vi träffas fyra gånger:

  3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv (Falun, kl. 10–15, fika från 09.30)
  21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
  22 februari 2028 – Planera för tillgänglighet

Upp till tre personer per kommun. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se.

Välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("n136", "2026-12-02T08:47", ("Håkansson Lena", "lena.hakansson@avesta.se"), "Anmälan DalaLab",
             """Hej Linnea,

Jag vill anmäla mig till samtliga träffar i DalaLab.

Med vänlig hälsning

Lena Håkansson
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun
Tel: 0226-64 50 00
www.avesta.se""",
             X("register", [P("Lena Håkansson", "lena.hakansson@avesta.se", "Avesta kommun")], ALL),
             "plain Outlook self-signup, 'samtliga träffar' = all four, surname-first display name"),

        tg("n137", "2026-12-03T12:18", "Jonas Persson", 6120448391,
           "Hej! Anmäl mig till 3 maj och 21 sept. Mvh Jonas, Borlänge",
           X("register", [P("Jonas Persson", None, "Borlänge kommun")], [S1, S2]),
           "short Telegram signup, '3 maj och 21 sept'"),

        mail("n138", "2026-12-04T10:05", ("Karolina Nord", "karolina.nord@falun.se"), "Anmälan till DalaLab",
             """Hej!

Jag och min kollega Daniel Östlund (daniel.ostlund@falun.se) vill gärna anmäla oss till de två första träffarna, 3 maj och 21 september.

Vänliga hälsningar
Karolina Nord
Planeringsarkitekt
Falu kommun
023-830 00""",
             X("register", [P("Karolina Nord", "karolina.nord@falun.se", "Falu kommun"),
                            P("Daniel Östlund", "daniel.ostlund@falun.se", "Falu kommun")], [S1, S2]),
             "self + colleague with address, first two sessions written out"),

        tg("n139", "2026-12-05T19:40", "Karin Myhr", 5204917723,
           "hej, vill anmäla mig till dalalab, alla fyra träffarna. jag är vegetarian /karin myhr gagnefs kommun",
           X("register", [P("Karin Myhr", None, "Gagnefs kommun", diet="vegetarian")], ALL, diet="vegetarian"),
           "lower-case Telegram, all four, diet 'vegetarian'"),

        mail("n140", "2026-12-08T14:22", ("Anders Liljegren", "anders.liljegren@hedemora.se"), "DalaLab",
             """Hej

Anmäler mig till träffarna 29.11 och 22.2.2028.

//Anders Liljegren
Hedemora kommun, Samhällsbyggnad""",
             X("register", [P("Anders Liljegren", "anders.liljegren@hedemora.se", "Hedemora kommun")], [S3, S4]),
             "terse signup, dates as '29.11 och 22.2.2028'"),

        tg("n141", "2026-12-10T07:55", "Maja Sundelin", 1887342096,
           "Hej! Jag och min kollega Per Dahlin från Leksands kommun vill anmäla oss till första träffen 3/5. Tack!",
           X("register", [P("Maja Sundelin", None, "Leksands kommun"), P("Per Dahlin", None, "Leksands kommun")], [S1]),
           "Telegram: sender + colleague, '3/5'"),

        mail("n142", "2026-12-11T09:31", ("Wikström Sanna", "sanna.wikstrom@ludvika.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Tack för inbjudan! Jag vill gärna vara med på alla fyra.

Hälsningar
Sanna Wikström
Strategisk planerare, Ludvika kommun
0240-860 00

""" + INVITE,
             X("register", [P("Sanna Wikström", "sanna.wikstrom@ludvika.se", "Ludvika kommun")], ALL),
             "Outlook reply with the quoted invitation (all dates); 'alla fyra'"),

        mail("n143", "2026-12-14T16:03", ("Tobias Rask", "tobias.rask@malung-salen.se"), "Anmälan 3 maj",
             """Hej Linnea!

Jag anmäler mig härmed till träffen den 3 maj 2027 i Falun. Jag är glutenintolerant, så glutenfri lunch och fika vore bra.

Tack på förhand!

Tobias Rask
Planerare
Malung-Sälens kommun""",
             X("register", [P("Tobias Rask", "tobias.rask@malung-salen.se", "Malung-Sälens kommun",
                              diet="glutenintolerant")], [S1], diet="glutenintolerant"),
             "one session '3 maj 2027', diet stated 'glutenintolerant'"),

        tg("n144", "2026-12-16T11:12", "Aisha Rahman", 7043381265,
           "Hi, I'd like to sign up for the sessions on 21 September and 29 November. Aisha Rahman, Mora kommun",
           X("register", [P("Aisha Rahman", None, "Mora kommun")], [S2, S3]),
           "English Telegram signup, two autumn sessions by date"),

        mail("n145", "2027-01-07T10:40", ("Birgitta Elf", "birgitta.elf@orsa.se"), "Anmälan av två medarbetare",
             """Hej,

Jag vill anmäla två av mina medarbetare till DalaLab, samtliga tillfällen:

Martin Granberg, martin.granberg@orsa.se
Lova Eriksson, lova.eriksson@orsa.se

Själv har jag tyvärr inte möjlighet att delta.

Med vänlig hälsning
Birgitta Elf
Enhetschef Plan och bygg
Orsa kommun""",
             X("register", [P("Martin Granberg", "martin.granberg@orsa.se", "Orsa kommun"),
                            P("Lova Eriksson", "lova.eriksson@orsa.se", "Orsa kommun")], ALL),
             "manager signs up two staff (list with addresses), not herself; all sessions"),

        tg("n146", "2027-01-08T13:27", "Erik Dahl", 5590213378,
           "Anmälan: 2027-05-03 och 2027-09-21. Erik Dahl, Rättviks kommun",
           X("register", [P("Erik Dahl", None, "Rättviks kommun")], [S1, S2]),
           "ISO dates on Telegram"),

        mail("n147", "2027-01-11T08:15", ("Helena Axelsson", "helena.axelsson@smedjebacken.se"), "Anmälan",
             """Hej!

Jag vill anmäla mig till träffarna den 21/9 och den 29/11.
Jag behöver laktosfri mat.

Mvh
Helena Axelsson
Bygg- och miljöavdelningen
Smedjebackens kommun""",
             X("register", [P("Helena Axelsson", "helena.axelsson@smedjebacken.se", "Smedjebackens kommun",
                              diet="laktosfri")], [S2, S3], diet="laktosfri"),
             "two sessions '21/9 och 29/11', laktosfri"),

        tg("n148", "2027-01-13T20:05", "Fredrik Lund", 2231190457,
           "hej räkna med mig på allihop 👍 fredrik lund, säters kommun",
           X("register", [P("Fredrik Lund", None, "Säters kommun")], ALL),
           "'allihop' = all four, lower case with emoji"),

        mail("n149", "2027-01-15T11:58", ("Ulrika Sten", "ulrika.sten@vansbro.se"), "Anmälan DalaLab",
             """Hej,

Jag anmäler mig till 3 maj, 21 sep, 29 nov och 22 feb.

Ulrika Sten
Vansbro kommun

Skickat från Outlook för Android""",
             X("register", [P("Ulrika Sten", "ulrika.sten@vansbro.se", "Vansbro kommun")], ALL),
             "all four dates written out in short form; phone footer"),

        tg("n150", "2027-01-18T09:44", "Nils Björk", 1349902817,
           "Hej, Nils Björk från Älvdalen här. Vill anmäla mig till första och sista träffen",
           X("register", [P("Nils Björk", None, "Älvdalens kommun")], [S1, S4]),
           "'första och sista träffen' = 3 May + 22 Feb"),

        mail("n151", "2027-01-20T15:10", ("Sofia Grahn", "sofia.grahn@regiondalarna.se"), "Anmälan höstträffarna",
             """Hej Linnea!

Jag och Mikael Broman här på regionen vill vara med på höstens båda träffar, 21 september och 29 november.

/Sofia

Sofia Grahn
Regional utveckling
Region Dalarna""",
             X("register", [P("Sofia Grahn", "sofia.grahn@regiondalarna.se", "Region Dalarna"),
                            P("Mikael Broman", None, "Region Dalarna")], [S2, S3]),
             "Region Dalarna colleague of the organiser, self + colleague without address, both autumn dates named"),

        tg("n152", "2027-01-22T14:31", "Anna-Karin Wester", 6671023394,
           "Hej! Anna-Karin Wester, Lst Dalarna. Jag vill anmäla mig till alla träffar. Nötallergi.",
           X("register", [P("Anna-Karin Wester", None, "Länsstyrelsen Dalarna", diet="nötallergi")], ALL,
             diet="nötallergi"),
           "'Lst Dalarna', all, nut allergy"),

        mail("n153", "2027-01-26T09:02", ("Johanna Lind", "johanna.lind@planform.se"), "Anmälan DalaLab 3/5",
             """Hej,

Jag arbetar som konsult åt flera kommuner i länet med översiktsplanering och skulle gärna delta på träffen 3/5.

Med vänliga hälsningar
Johanna Lind
Planform AB
Åsgatan 12, 791 71 Falun
070-321 45 67""",
             X("register", [P("Johanna Lind", "johanna.lind@planform.se", None)], [S1]),
             "consultant -> organisation None; '3/5'; Falun street address in signature"),

        mail("n154", "2027-02-01T13:45", ("Ali Haddad", "ali.haddad@borlange.se"), "Anmälan 3 maj – tre från Borlänge",
             """Hej!

Vi är tre från Borlänge kommun som vill komma på första träffen måndag 3 maj:

- Ali Haddad (jag)
- Emma Löfgren, emma.lofgren@borlange.se
- Viktor Sahlin, viktor.sahlin@borlange.se

Emma är vegan.

Hälsningar
Ali Haddad
Planenheten, Borlänge kommun""",
             X("register", [P("Ali Haddad", "ali.haddad@borlange.se", "Borlänge kommun"),
                            P("Emma Löfgren", "emma.lofgren@borlange.se", "Borlänge kommun", diet="vegan"),
                            P("Viktor Sahlin", "viktor.sahlin@borlange.se", "Borlänge kommun")], [S1], diet="vegan"),
             "three from Borlänge in a list, 'måndag 3 maj'; one colleague vegan"),

        tg("n155", "2027-02-03T17:20", "Lars Hedin", 4410287733,
           "Anmäler mig till träffen 22 februari 2028. Lars Hedin, Falu kommun",
           X("register", [P("Lars Hedin", None, "Falu kommun")], [S4]),
           "one session with year"),

        mail("n156", "2027-02-05T10:26", ("Magnus Ek", "magnus.ek@mora.se"), "Anmälan",
             """<html><body>
<p>Hej!</p>
<p>Jag vill anmäla mig till DalaLab-träffen den 3:e maj.</p>
<p>Mvh<br>
<b>Magnus Ek</b><br>
Planarkitekt | Mora kommun<br>
Tfn 0250-260 00</p>
</body></html>""",
             X("register", [P("Magnus Ek", "magnus.ek@mora.se", "Mora kommun")], [S1]),
             "HTML-only mail, 'den 3:e maj'", html=True),

        tg("n157", "2027-02-09T12:02", "Camilla Roos", 3308815546,
           "hej! vi är två från avesta som vill vara med, jag och Maria Lund. alla gånger",
           X("register", [P("Camilla Roos", None, "Avesta kommun"), P("Maria Lund", None, "Avesta kommun")], ALL),
           "sender + colleague, 'alla gånger' = all four"),

        tg("n158", "2027-02-11T21:15", "Ola Backman", 6012874459,
           "Anmäler mig till 21 september /Ola Backman Leksand",
           X("register", [P("Ola Backman", None, "Leksands kommun")], [S2]),
           "one-line signup, one session"),

        tg("n159", "2027-02-15T08:09", "Greta Hansson", 5871123940,
           "God morgon! Jag vill gärna anmäla mig till träffen den 29 november. Greta Hansson, Gagnef",
           X("register", [P("Greta Hansson", None, "Gagnefs kommun")], [S3]),
           "polite Telegram signup, one session"),

        # ---------------------------------------------------------------- change
        mail("n160", "2027-02-18T09:50", ("Petter Olsson", "petter.olsson@hedemora.se"), "Byte av datum",
             """Hej,

Jag är anmäld till träffen 3 maj men den krockar med ett kommunfullmäktige. Kan ni byta så att jag i stället går den 21 september?

Tack!
Petter Olsson
Hedemora kommun""",
             X("change", [P("Petter Olsson", "petter.olsson@hedemora.se", "Hedemora kommun")], [S2]),
             "swap 3 May -> 21 Sep; sessions = the new one"),

        tg("n161", "2027-02-22T16:40", "Lova Eriksson", 1120398874,
           "hej, jag glömde skriva att jag är glutenfri. /lova, orsa",
           X("change", [P("Lova Eriksson", None, "Orsa kommun", diet="glutenfri")], [], diet="glutenfri"),
           "diet update, no sessions stated -> change []"),

        mail("n162", "2027-02-25T11:17", ("Sanna Wikström", "sanna.wikstrom@ludvika.se"), "Ändring anmälan DalaLab",
             """Hej Linnea,

Jag har fått nya arbetsuppgifter och kan inte vara med i DalaLab. Min kollega Anders Berg (anders.berg@ludvika.se) tar min plats på alla träffar i stället.

Hälsningar
Sanna Wikström
Ludvika kommun""",
             X("change", [P("Sanna Wikström", "sanna.wikstrom@ludvika.se", "Ludvika kommun"),
                          P("Anders Berg", "anders.berg@ludvika.se", "Ludvika kommun")], ALL),
             "substitution: sender out, colleague in for all sessions"),

        tg("n163", "2027-03-01T10:33", "Erik Dahl", 5590213378,
           "Hej igen! Jag är anmäld till 3/5 och 21/9, kan ni lägga till 29/11 också? /Erik Rättvik",
           X("change", [P("Erik Dahl", None, "Rättviks kommun")], [S1, S2, S3]),
           "adds 29/11 to the two he has -> all three"),

        mail("n164", "2027-03-03T14:08", ("Jenny Falk", "jenny.falk@sater.se"), "Ny mejladress",
             """Hej!

Jag är anmäld till DalaLab men har bytt efternamn och därmed mejladress. Den gamla var jenny.nyberg@sater.se, den nya är jenny.falk@sater.se. Kan ni uppdatera?

Mvh
Jenny Falk
Säters kommun""",
             X("change", [P("Jenny Falk", "jenny.falk@sater.se", "Säters kommun")], []),
             "name/address update, no sessions stated -> change []"),

        tg("n165", "2027-03-05T18:55", "Lars Hedin", 4410287733,
           "Hej, byt mig från 22/2 till 29/11 tack. Lars Hedin Falun",
           X("change", [P("Lars Hedin", None, "Falu kommun")], [S3]),
           "bare swap 22/2 -> 29/11 on Telegram"),

        # ---------------------------------------------------------------- cancel
        mail("n166", "2027-03-08T07:42", ("Lena Håkansson", "lena.hakansson@avesta.se"), "Avanmälan",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Jag slutar i kommunen i sommar.

Med vänlig hälsning
Lena Håkansson
Avesta kommun""",
             X("cancel", [P("Lena Håkansson", "lena.hakansson@avesta.se", "Avesta kommun")], ALL),
             "full cancellation, no sessions named -> all four; 'i sommar' is not a date"),

        tg("n167", "2027-03-10T13:14", "Tobias Rask", 7712004381,
           "hej, kan tyvärr inte komma 3 maj. /Tobias Malung-Sälen",
           X("cancel", [P("Tobias Rask", None, "Malung-Sälens kommun")], [S1]),
           "cancel one session on Telegram"),

        mail("n168", "2027-03-12T15:30", ("Charlotte Brandt", "charlotte.brandt@borlange.se"), "Avanmälan Viktor Sahlin",
             """Hej,

Viktor Sahlin kommer tyvärr inte kunna delta på träffen 3 maj. Ni kan stryka honom från listan.

Hälsningar
Charlotte Brandt
Planchef, Borlänge kommun""",
             X("cancel", [P("Viktor Sahlin", None, "Borlänge kommun")], [S1]),
             "manager cancels a colleague (sender not in people); one session"),

        tg("n169", "2027-03-15T20:47", "Ulrika Sten", 3094412276,
           "avanmäl mig från 22 feb tack, de andra går jag på. ulrika sten vansbro",
           X("cancel", [P("Ulrika Sten", None, "Vansbro kommun")], [S4]),
           "partial cancel, keeps the rest"),

        mail("n170", "2027-03-17T10:12", ("Sofia Grahn", "sofia.grahn@regiondalarna.se"), "SV: Anmälan höstträffarna",
             """Hej igen,

Mikael Broman och jag kan tyvärr inte komma på någon av höstträffarna ändå, 21/9 och 29/11. Stryk oss båda.

/Sofia

Från: Sofia Grahn
Skickat: den 20 januari 2027 15:10
Till: Linnea Hassis
Ämne: Anmälan höstträffarna

Hej Linnea!

Jag och Mikael Broman här på regionen vill vara med på höstens båda träffar, 21 september och 29 november.""",
             X("cancel", [P("Sofia Grahn", "sofia.grahn@regiondalarna.se", "Region Dalarna"),
                          P("Mikael Broman", None, "Region Dalarna")], [S2, S3]),
             "reply to own earlier signup: both withdraw from the two autumn sessions"),

        # ---------------------------------------------------------------- question
        tg("n171", "2027-03-19T12:25", "Helena Axelsson", 2098817743,
           "Hej! Finns det parkering vid lokalen i Falun?",
           X("question"),
           "practical question, no signup"),

        tg("n172", "2027-03-22T09:18", "Aisha Rahman", 7043381265,
           "hi, will it be possible to join online?",
           X("question"),
           "English question about a digital option"),

        mail("n173", "2027-03-24T13:36", ("Gustav Ahlin", "gustav.ahlin@lansstyrelsen.se"), "Fråga om DalaLab",
             """Hej,

Går det bra att bara delta på en av träffarna, eller förväntas man vara med på hela serien?

Vänligen
Gustav Ahlin
Länsstyrelsen Dalarna
Enheten för samhällsplanering""",
             X("question"),
             "question whether one can attend just one session; no signup"),

        tg("n174", "2027-03-26T19:02", "Nils Björk", 1349902817,
           "när är sista dag att anmäla sig?",
           X("question"),
           "question about the deadline"),

        tg("n175", "2027-03-29T08:41", "Karolina Nord", 5001723346,
           "Hej, jag minns inte om jag fick någon bekräftelse. Är jag anmäld? /Karolina Nord, Falu kommun",
           X("question"),
           "asks whether she is registered; no signup"),

        # ---------------------------------------------------------------- auto_reply
        mail("n176", "2027-01-04T08:00", ("Martin Granberg", "martin.granberg@orsa.se"),
             "Automatiskt svar: Bekräftelse DalaLab",
             """Hej,

Jag är på semester och tillbaka i tjänst måndag 11 januari. Mejlen läses inte under tiden.
Vid brådskande ärenden, kontakta Orsa kommuns växel 0250-55 21 00.

Martin Granberg""",
             X("auto_reply"),
             "Swedish out-of-office, Outlook subject prefix"),

        mail("n177", "2027-02-15T06:30", ("Mark Ellison", "mark.ellison@regiondalarna.se"),
             "Automatic reply: Anmälan DalaLab",
             """Thank you for your email. I am out of the office until 22 February with limited access to email.
For urgent matters please contact regional.utveckling@regiondalarna.se.

Best regards,
Mark Ellison""",
             X("auto_reply"),
             "English out-of-office; '22 February' is not the 2028 session"),

        mail("n178", "2027-04-06T12:01", ("Greta Hansson", "greta.hansson@gagnef.se"), "Frånvaro: Påminnelse DalaLab",
             """Jag är ledig till och med 12 april. Ditt mejl kommer inte att vidarebefordras.

Greta Hansson
Gagnefs kommun""",
             X("auto_reply"),
             "short Swedish absence notice"),

        # ---------------------------------------------------------------- erasure
        tg("n179", "2027-04-07T17:33", "Per Dahlin", 4823390115,
           "Hej, jag vill att ni raderar mina uppgifter. Per Dahlin, Leksand",
           X("erasure", [P("Per Dahlin", None, "Leksands kommun")]),
           "plain erasure request via Telegram"),

        # ---------------------------------------------------------------- unknown
        mail("n180", "2027-03-02T07:15", ("GeoSoft Nyheter", "nyheter@geosoft-nordic.com"),
             "Nyhetsbrev mars: ny version av PlanKarta",
             """Hej!

Nu släpper vi PlanKarta 5.2 med stöd för nya ÖP-modellen och förbättrad 3D-vy.
Anmäl dig till vårt webbinarium 14 april kl. 13.00!

Vänliga hälsningar
GeoSoft Nordic AB

Vill du inte längre få våra utskick? Avregistrera dig här: https://geosoft-nordic.com/avregistrera""",
             X("unknown"),
             "vendor newsletter with 'anmäl dig' and a date, not about the event"),
    ]
