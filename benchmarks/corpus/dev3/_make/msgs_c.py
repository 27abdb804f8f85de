from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("q041", "2027-02-02T08:30:00", ("Lucía Mora", "lucia.mora@falun.se"), "Anmälan",
             """Hej!

Jag heter Lucía Mora och jobbar som planarkitekt i Falun. Jag vill anmäla mig till alla träffar utom den i november.

Saludos / Hälsningar
Lucía""",
             X("register", [P("Lucía Mora", "lucia.mora@falun.se", "Falu kommun")], [S1, S2, S4]),
             "surname that is a configured place (Mora) but she works in Falun; 'alla utom den i november'"),
        mail("q042", "2027-02-03T13:13:00", ("Ingrid Säter", "ingrid.sater@leksand.se"), "Anmälan DalaLab",
             """Hej,

Anmäler mig och Bo Rättvik (bo.rattvik@leksand.se) till vårens träff och höstens två träffar.

Ingrid Säter
Leksands kommun""",
             X("register", [P("Ingrid Säter", "ingrid.sater@leksand.se", "Leksands kommun"),
                            P("Bo Rättvik", "bo.rattvik@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "surnames that are configured places (Säter, Rättvik); both work in Leksand"),
        mail("q043", "2027-02-04T10:45:00", ("Registrator Orsa", "registrator@orsa.se"), "VB: Anmälan till lärprojekt",
             """Vidarebefordras till rätt mottagare.

Registrator
Orsa kommun

---------- Forwarded message ---------
Från: Helena Berg <helena.berg@orsa.se>
Date: tis 3 feb. 2027 kl 17:02
Subject: Anmälan till lärprojekt
To: <registrator@orsa.se>

Hej, jag vill anmäla mig till DalaLab-träffarna 21 september och 29 november. Jag äter vegetariskt.
Helena Berg, planarkitekt""",
             X("register", [P("Helena Berg", "helena.berg@orsa.se", "Orsa kommun", "vegetarisk")], [S2, S3], "vegetarisk"),
             "registry mailbox forwards a signup (Gmail-style forwarded header); the person is in the forwarded header"),
        mail("q044", "2027-02-05T09:20:00", ("Pia Lindgren", "pia.lindgren@regiondalarna.se"), "Anmälan kollegor",
             """Hej Linnea,

Jag anmäler två kollegor på Regionen som jobbar med kollektivtrafikplanering: Karl Ek och Anna Sten. De kommer på träffen om tillgänglighet. Jag själv har inte möjlighet.

Pia""",
             X("register", [P("Karl Ek", None, "Region Dalarna"), P("Anna Sten", None, "Region Dalarna")], [S4]),
             "sender registers two colleagues without addresses and does not attend; session by theme (tillgänglighet)"),
        mail("q045", "2027-02-08T14:00:00", ("Tomas Holm", "tomas.holm@ludvika.se"), "Lägg till en träff",
             """Hej!

Jag är anmäld till 3 maj. Lägg gärna till 29 november också.

Tomas Holm
Ludvika kommun""",
             X("change", [P("Tomas Holm", "tomas.holm@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "adding a session to an existing signup -> change, sessions after the change"),
        mail("q046", "2027-02-09T11:35:00", ("Fredrik Lind", "fredrik.lind@smedjebacken.se"), "Ny kost",
             """Hej,

Min kollega Sara Ros, som är anmäld från Smedjebacken till höstens två träffar, har fått veta att hon är glutenintolerant. Kan ni notera det inför träffarna?

Fredrik Lind""",
             X("change", [P("Sara Ros", None, "Smedjebackens kommun", "glutenintolerant")], [S2, S3], "glutenintolerant"),
             "diet update for a colleague's existing signup -> change; sender not involved; sessions stated as 'höstens två träffar'"),
        mail("q047", "2027-02-10T08:08:00", ("Kommunikation Mora", "kommunikation@mora.se"), "Anmälan",
             """Hej,

På uppdrag av vår översiktsplanerare Jenny Falk (jenny.falk@mora.se) anmäler vi henne till den första träffen. Hon kontaktar er själv om eventuell specialkost.

Kommunikationsavdelningen
Mora kommun""",
             X("register", [P("Jenny Falk", "jenny.falk@mora.se", "Mora kommun")], [S1]),
             "function mailbox 'på uppdrag av'; title before the name; no diet stated"),
        mail("q048", "2027-02-11T15:55:00", ("Anders Ek", "anders.ek@borlange.se"), "Anmälan Borlänge + Falun",
             """Hej!

Jag och en kollega från Falu kommun, Sofia Berg (sofia.berg@falun.se), vill delta på träff 1 och 4. Vi samarbetar i ett gemensamt projekt.

Anders Ek
Borlänge kommun""",
             X("register", [P("Anders Ek", "anders.ek@borlange.se", "Borlänge kommun"),
                            P("Sofia Berg", "sofia.berg@falun.se", "Falu kommun")], [S1, S4]),
             "people from two organisations; 'träff 1 och 4'"),
        mail("q049", "2027-02-15T09:40:00", ("Maria Lindström", "maria.lindstrom@vansbro.se"), "Fråga",
             """Hej,

Funderar på att anmäla mig och min kollega Per Ek till 21/9 – måste man gå på alla träffar, eller kan man välja?

Maria Lindström
Vansbro kommun""",
             X("question", [], []),
             "question, not a signup, though people and a date are named"),
        mail("q050", "2027-02-17T13:05:00", ("Olof Falk", "olof.falk@hedemora.se"), "SV: Anmälan DalaLab",
             """Hej igen,

Jag glömde Karin Ek i min förra anmälan. Hon ska också med på alla träffar: karin.ek@hedemora.se.

Olof

Från: Olof Falk
Skickat: den 15 februari 2027 10:12
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab

Hej, jag anmäler mig och Sten Lind till träffarna 3 maj och 21 september.""",
             X("register", [P("Karin Ek", "karin.ek@hedemora.se", "Hedemora kommun")], ALL),
             "follow-up on own earlier mail (quoted) adds one more person; the quoted signup is not this request"),
        mail("q051", "2027-02-19T10:27:00", ("Helén Berg", "helen.berg@rattvik.se"), "Anmälan",
             """Hej,

anmäler härmed:

1. Helén Berg, Rättviks kommun (jag)
2. Patrik Sten, Rättviks kommun
3. Jessica Falk, Leksands kommun, jessica.falk@leksand.se

Till träffarna i maj och februari.

Mvh Helén""",
             X("register", [P("Helén Berg", "helen.berg@rattvik.se", "Rättviks kommun"),
                            P("Patrik Sten", None, "Rättviks kommun"),
                            P("Jessica Falk", "jessica.falk@leksand.se", "Leksands kommun")], [S1, S4]),
             "numbered list, two organisations, one person without an address"),
        mail("q052", "2027-02-22T08:50:00", ("Gunnar Lind", "gunnar.lind@alvdalen.se"), "Avanmälan två personer",
             """Hej!

Vi behöver avanmäla Rosa Falk och Sten Holm från Älvdalen från träffen den 21 september. Själv kommer jag som planerat.

Gunnar Lind""",
             X("cancel", [P("Rosa Falk", None, "Älvdalens kommun"), P("Sten Holm", None, "Älvdalens kommun")], [S2]),
             "third-party cancellation of two colleagues for one session; sender's own signup unchanged"),
        mail("q053", "2027-02-25T12:00:00", ("Jenny Åberg", "jenny.aberg@gagnef.se"), "Anmälan", """Hej!

Jag (Jenny Åberg) anmäler mig till samtliga träffar. Tyvärr kan inte min kollega Tobias Ek vara med, han anmäler sig själv separat om det ändras.

Jenny Åberg
Gagnefs kommun""",
             X("register", [P("Jenny Åberg", "jenny.aberg@gagnef.se", "Gagnefs kommun")], ALL),
             "a named colleague who is not attending is not among the people", charset="iso-8859-1"),
        mail("q054", "2027-03-01T09:15:00", ("Sandra Ek", "sandra.ek@lansstyrelsen.se"), "Anmälan Lst",
             """Hej,

Från Lst Dalarna kommer jag och Mattias Rosén (mattias.rosen@lansstyrelsen.se) till träffen den 29/11. Vi har också med Lina Berg från Boverket, lina.berg@boverket.se.

Sandra Ek
Länsstyrelsen Dalarna""",
             X("register", [P("Sandra Ek", "sandra.ek@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Mattias Rosén", "mattias.rosen@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Lina Berg", "lina.berg@boverket.se", None)], [S3], unsure=["organisation"]),
             "'Lst Dalarna'; a third person from an unconfigured organisation (Boverket) -> null"),
        mail("q055", "2027-03-03T11:45:00", ("Mark Evans", "mark.evans@ludvika.se"), "Sign-up for two colleagues",
             """Hi Linnea,

I'd like to sign up two of my colleagues at Ludvika Municipality for the September session: Ebba Lind (ebba.lind@ludvika.se) and Sten Rosén (sten.rosen@ludvika.se). I won't be attending myself. Ebba is vegetarian.

Thanks,
Mark""",
             X("register", [P("Ebba Lind", "ebba.lind@ludvika.se", "Ludvika kommun", "vegetarian"),
                            P("Sten Rosén", "sten.rosen@ludvika.se", "Ludvika kommun")], [S2], "vegetarian"),
             "English; sender registers two colleagues and does not attend; diet for one"),
        tg("q056", "2027-03-05T19:45:00", "Jonas Lind", 6100200311,
           "Hej, Jonas Lind från Säter. Anmäler mig och min chef Berit Falk (berit.falk@sater.se) till alla träffar utom februari",
           X("register", [P("Jonas Lind", None, "Säters kommun"), P("Berit Falk", "berit.falk@sater.se", "Säters kommun")],
             [S1, S2, S3]),
           "Telegram; colleague with address, sender without"),
        tg("q057", "2027-03-10T07:30:00", "Kerstin Ek", 6100200312,
           "stryk mig från alla träffar, har bytt jobb. /Kerstin Ek, Avesta",
           X("cancel", [P("Kerstin Ek", None, "Avesta kommun")], ALL),
           "Telegram cancellation, lower case, organisation after the name"),
        tg("q058", "2027-03-15T13:20:00", "Olle Berg", 6100200313,
           "Hej! Vi blir tre från Leksand på första träffen: jag, Sten Ek och Rosa Lind. Rosa är vegan.",
           X("register", [P("Olle Berg", None, "Leksands kommun"), P("Sten Ek", None, "Leksands kommun"),
                          P("Rosa Lind", None, "Leksands kommun", "vegan")], [S1], "vegan"),
           "Telegram; three people without addresses incl. sender; names that are common words"),
        tg("q059", "2027-03-29T10:10:00", "Amir Haddad", 6100200314,
           "Hi! I'm Amir, working at Borlänge municipality. Can I bring my colleague Sara Falk to the May session? Please register us both.",
           X("register", [P("Amir Haddad", None, "Borlänge kommun"), P("Sara Falk", None, "Borlänge kommun")], [S1]),
           "Telegram English; first name only in text, full name from the sender; a question form that ends in a request"),
        tg("q060", "2027-04-08T16:00:00", "Linda Holm", 6100200315,
           "Hej, jag anmälde mig till 21/9 men vill byta till 29/11 istället. Linda Holm, Regionen",
           X("change", [P("Linda Holm", None, "Region Dalarna")], [S3]),
           "Telegram swap; 'Regionen'; bare swap gives the new session"),
    ]
