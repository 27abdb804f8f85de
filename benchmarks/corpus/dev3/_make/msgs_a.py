from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("q001", "2026-12-01T08:14:00", ("Sara Ek", "sara.ek@hedemora.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag vill anmäla mig och vår GIS-samordnare Omar Haddad (omar.haddad@hedemora.se) till träffarna 3 maj och 21 september.

Vänliga hälsningar
Sara Ek
planarkitekt, Hedemora kommun
0225-340 00""",
             X("register", [P("Sara Ek", "sara.ek@hedemora.se", "Hedemora kommun"),
                            P("Omar Haddad", "omar.haddad@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "sender + colleague with title before the name and address in brackets; 'Ek' as surname"),
        mail("q002", "2026-12-01T13:40:00", ("Ulrika Sjöström", "ulrika.sjostrom@ludvika.se"), "Anmälan av två medarbetare",
             """Hej,

Jag är nämndsekreterare och anmäler följande två medarbetare till hela lärprojektet:

- Sten Lind, översiktsplanerare
- Rosa Berg, trafikplanerare

Jag själv deltar inte. De har inte fått sina nya e-postadresser ännu, så skicka gärna bekräftelsen till mig.

Mvh
Ulrika Sjöström
Ludvika kommun""",
             X("register", [P("Sten Lind", None, "Ludvika kommun"), P("Rosa Berg", None, "Ludvika kommun")], ALL,
               unsure=[]),
             "secretary registers two colleagues in a bullet list, no addresses, 'jag själv deltar inte'; names that are common words"),
        mail("q003", "2026-12-02T09:05:00", ("Mikael Ström", "mikael.strom@borlange.se"), "Anmälan Borlänge",
             """Hej!

Borlänge anmäler tre personer till första och andra träffen:

Namn            E-post                        Kost
Mikael Ström    mikael.strom@borlange.se      -
Linnea Falk     linnea.falk@borlange.se       vegetarisk
Hassan Jaber    hassan.jaber@borlange.se      -

Mikael Ström
Samhällsbyggnadsförvaltningen, Borlänge kommun""",
             X("register", [P("Mikael Ström", "mikael.strom@borlange.se", "Borlänge kommun"),
                            P("Linnea Falk", "linnea.falk@borlange.se", "Borlänge kommun", "vegetarisk"),
                            P("Hassan Jaber", "hassan.jaber@borlange.se", "Borlänge kommun")], [S1, S2], "vegetarisk"),
             "plain-text table with a diet column; sender is in the table; 'Linnea' also the organiser's first name"),
        mail("q004", "2026-12-02T21:17:00", ("Anna Falk", "anna.falk72@gmail.com"), "Anmälan",
             """Hej, jag skriver från min privata adress eftersom jobbmejlen krånglar.

Anmäler mig till den 29 november.

Anna Falk
Bygglovshandläggare / planhandläggare
Säters kommun""",
             X("register", [P("Anna Falk", "anna.falk72@gmail.com", "Säters kommun")], [S3]),
             "gmail address; organisation only in the signature"),
        mail("q005", "2026-12-03T10:22:00", ("Johanna Rosén", "johanna.rosen@regiondalarna.se"), "Anmälan – Regionen + Lst",
             """Hej Linnea,

Jag anmäler mig till alla fyra träffarna. Per Sten på Länsstyrelsen vill också vara med, men bara på träffarna i maj och september. Han har inte din adress, så jag skickar för hans räkning.

Hälsningar
Johanna Rosén
Regional utveckling, Region Dalarna""",
             X("register", [P("Johanna Rosén", "johanna.rosen@regiondalarna.se", "Region Dalarna"),
                            P("Per Sten", None, "Länsstyrelsen Dalarna")], ALL),
             "two organisations; colleague 'på Länsstyrelsen' without an address; he takes only 2 sessions "
             "(per-person sessions are not in the contract: message sessions = the union)"),
        mail("q006", "2026-12-04T11:48:00", ("Planenheten Mora", "plan@mora.se"), "Anmälan till träff 3",
             """Hej!

Vi anmäler Lena Berg (lena.berg@mora.se) till träffen den 29/11 om att planera för önskvärda framtider och osäkerheter.

Med vänlig hälsning
Planenheten
Mora kommun""",
             X("register", [P("Lena Berg", "lena.berg@mora.se", "Mora kommun")], [S3]),
             "shared function mailbox writes for a person whose own address is in the text; the mailbox is not a person"),
        mail("q007", "2026-12-04T15:02:00", ("Karl-Erik Dahl", "karl-erik.dahl@orsa.se"), "VB: Lärprojektet",
             """Hej Linnea, Jonas bad mig skicka vidare detta eftersom han inte hittade rätt adress. /Karl-Erik

-----Ursprungligt meddelande-----
Från: Jonas Ek <jonas.ek@orsa.se>
Skickat: den 4 december 2026 14:31
Till: Karl-Erik Dahl <karl-erik.dahl@orsa.se>
Ämne: Lärprojektet

Hej! Kan du anmäla mig till träffen den 21 september? Tack!
Jonas""",
             X("register", [P("Jonas Ek", "jonas.ek@orsa.se", "Orsa kommun")], [S2]),
             "forwarded (VB:) request; the person is only in the forwarded header; forwarder not attending"),
        mail("q008", "2026-12-05T09:30:00", ("David Berg", "david.berg@falun.se"), "Registration DalaLab",
             """Hello Linnea,

My colleague Rosa Lind (rosa.lind@falun.se) and I would like to register for the May and September sessions.

Best regards,
David Berg
Urban planner, Falun Municipality""",
             X("register", [P("David Berg", "david.berg@falun.se", "Falu kommun"),
                            P("Rosa Lind", "rosa.lind@falun.se", "Falu kommun")], [S1, S2]),
             "English; 'My colleague X and I'; months only; 'Falun Municipality'"),
        mail("q009", "2026-12-07T08:55:00", ("Maja Ek", "maja.ek@smedjebacken.se"), "Anmälan Smedjebacken",
             """Hej,

Vi är två från Smedjebacken som vill delta på samtliga träffar: jag själv och Nils Falk. Nils har sin e-post på nils.falk@ludvika.se eftersom vi har gemensam samhällsbyggnadsförvaltning med Ludvika, men han är anställd hos oss.

/Maja Ek
Smedjebackens kommun""",
             X("register", [P("Maja Ek", "maja.ek@smedjebacken.se", "Smedjebackens kommun"),
                            P("Nils Falk", "nils.falk@ludvika.se", "Smedjebackens kommun")], ALL),
             "a person's address in another organisation's domain; the text says whose employee he is"),
        mail("q010", "2026-12-07T19:20:00", ("Rosa Nilsson", "rosa.nilsson@hotmail.com"), "Anmälan",
             """Hej! Vi från Ludvika k:n blir två på första träffen, jag och Sten Falk. Sten har mejl sten.falk@ludvika.se.
Rosa""",
             X("register", [P("Rosa Nilsson", "rosa.nilsson@hotmail.com", "Ludvika kommun"),
                            P("Sten Falk", "sten.falk@ludvika.se", "Ludvika kommun")], [S1]),
             "hotmail sender; organisation written 'Ludvika k:n'; 'Sten' as first name"),
        mail("q011", "2026-12-08T10:10:00", ("HR Avesta", "hr@avesta.se"), "Avanmälan",
             """Hej,

Lind, Maria har slutat hos oss per den 30 november. Vänligen stryk henne från samtliga träffar i DalaLab.

Med vänlig hälsning
HR-avdelningen
Avesta kommun""",
             X("cancel", [P("Maria Lind", None, "Avesta kommun")], ALL),
             "HR function mailbox cancels a former employee written 'Efternamn, Förnamn'; '30 november' is not a session"),
        mail("q012", "2026-12-09T13:15:00", ("Camilla Ek", "camilla.ek@leksand.se"), "Anmälan Leksand och Rättvik",
             """Hej Linnea!

Vi har pratat ihop oss över kommungränsen och vill anmäla:
* mig, Camilla Ek, Leksand
* Lina Sten, Leksand – lina.sten@leksand.se
* Anders Berg, Rättviks kommun – anders.berg@rattvik.se

Alla tre till träffarna i september och november.

Camilla Ek
Leksands kommun""",
             X("register", [P("Camilla Ek", "camilla.ek@leksand.se", "Leksands kommun"),
                            P("Lina Sten", "lina.sten@leksand.se", "Leksands kommun"),
                            P("Anders Berg", "anders.berg@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "two municipalities in one bullet list; sender in the list as 'mig, Namn'"),
        mail("q013", "2026-12-10T08:01:00", ("Ola Lindberg", "ola.lindberg@trafikverket.se"), "Anmälan till DalaLab",
             """Hej,

Jag arbetar med samhällsplanering på Trafikverket, region Mitt, och vill gärna delta på den första träffen 3 maj.

Ola Lindberg
Trafikverket""",
             X("register", [P("Ola Lindberg", "ola.lindberg@trafikverket.se", None)], [S1], unsure=["organisation"]),
             "organisation not configured (Trafikverket) -> null; 'region Mitt' is not Region Dalarna"),
        mail("q014", "2026-12-10T14:44:00", ("Karin Holm", "karin.holm@hedemora.se"), "Anmälan för mig och chefen",
             """Hej!

Anmäl mig, Karin Holm, till alla träffar. Vår chef Bengt Ros vill också gå men bara på den 22 februari 2028. Hans adress är bengt.ros@hedemora.se.

Jag är glutenintolerant.

Hälsningar Karin""",
             X("register", [P("Karin Holm", "karin.holm@hedemora.se", "Hedemora kommun", "glutenintolerant"),
                            P("Bengt Ros", "bengt.ros@hedemora.se", "Hedemora kommun")], ALL, "glutenintolerant"),
             "diet belongs to the sender only; manager with his own session; 'Ros' surname"),
        mail("q015", "2026-12-11T09:36:00", ("Rosa Berg", "rosa.berg@gagnef.se"), "Anmälan Gagnef",
             """Hej,

Anmälan från Gagnefs kommun till första träffen:

Berg, Rosa (jag)
Ek, Sara
Falk, Johan

Sara och Johan har adresserna fornamn.efternamn@gagnef.se.

Rosa Berg""",
             X("register", [P("Rosa Berg", "rosa.berg@gagnef.se", "Gagnefs kommun"),
                            P("Sara Ek", "sara.ek@gagnef.se", "Gagnefs kommun"),
                            P("Johan Falk", "johan.falk@gagnef.se", "Gagnefs kommun")], [S1]),
             "'Efternamn, Förnamn' list with the sender marked '(jag)'; addresses given as a pattern (labelled expanded)"),
        tg("q016", "2026-12-11T20:12:00", "Omar Sten", 6100200301,
           "hej, anmäler mig + kollega lisa ek till alla träffar. vi e från borlänge",
           X("register", [P("Omar Sten", None, "Borlänge kommun"), P("Lisa Ek", None, "Borlänge kommun")], ALL),
           "Telegram lower case; colleague without address; organisation 'borlänge'"),
        tg("q017", "2026-12-12T10:05:00", "Malin Falk", 6100200302,
           "Hej! Malin Falk, Länsstyrelsen. Vill anmäla mig till träff 2 och 3.",
           X("register", [P("Malin Falk", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "Telegram; organisation 'Länsstyrelsen' (alias of Länsstyrelsen Dalarna); 'träff 2 och 3'"),
        tg("q018", "2026-12-13T16:40:00", "Per Ek", 6100200303,
           "Anmäler min kollega Sara Lind (sara.lind@vansbro.se) till 3 maj. Själv kan jag tyvärr inte.",
           X("register", [P("Sara Lind", "sara.lind@vansbro.se", "Vansbro kommun")], [S1]),
           "Telegram; sender registers only a colleague; organisation only from the colleague's address domain"),
        tg("q019", "2026-12-14T07:55:00", "Helena Rask", 6100200304,
           "Hi, I'm Helena Rask from Region Dalarna (public health unit). Please sign me up for the November session. I'm vegan.",
           X("register", [P("Helena Rask", None, "Region Dalarna", "vegan")], [S3], "vegan"),
           "Telegram English; organisation in the text"),
        tg("q020", "2026-12-14T12:30:00", "Berg", 6100200305,
           "Hej. Jag heter Viktor Berg och jobbar på Älvdalens kommun. Anmäl mig till alla fyra.",
           X("register", [P("Viktor Berg", None, "Älvdalens kommun")], ALL),
           "Telegram account with only a surname as display name; full name in the text"),
    ]
