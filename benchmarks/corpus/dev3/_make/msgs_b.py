from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("q021", "2027-01-04T08:20:00", ("Lars Sten", "lars.sten@rattvik.se"), "Anmälan",
             """Hej Linnea,

Från Rättvik kommer jag, vår nya planarkitekt Fatima Ek och översiktsplaneraren Jon Lind. Jag deltar på alla träffar, Fatima och Jon på höstens två.

Fatima: fatima.ek@rattvik.se
Jon: jon.lind@rattvik.se

Lars Sten
Samhällsbyggnadschef""",
             X("register", [P("Lars Sten", "lars.sten@rattvik.se", "Rättviks kommun"),
                            P("Fatima Ek", "fatima.ek@rattvik.se", "Rättviks kommun"),
                            P("Jon Lind", "jon.lind@rattvik.se", "Rättviks kommun")], ALL),
             "titles before names; addresses on separate lines keyed by first name; 'Rättvik'"),
        mail("q022", "2027-01-05T10:03:00", ("Planering Vansbro", "planering@vansbro.se"), "Anmälan Ek och Falk",
             """Hej!

Härmed anmäls från Vansbro kommun:
Lisa Ek, planarkitekt, lisa.ek@vansbro.se
Gustav Falk, miljöstrateg, gustav.falk@vansbro.se

Till träffen den 3 maj. Lisa äter laktosfritt.

/Planeringsavdelningen""",
             X("register", [P("Lisa Ek", "lisa.ek@vansbro.se", "Vansbro kommun", "laktosfri"),
                            P("Gustav Falk", "gustav.falk@vansbro.se", "Vansbro kommun")], [S1], "laktosfri"),
             "shared function mailbox; two people with title and address on one line; diet for one of them"),
        mail("q023", "2027-01-07T14:50:00", ("Åsa Lind", "asa.lind@falun.se"), "Ändring – Rosa Sten",
             """Hej,

Vår kollega Rosa Sten slutar hos oss i februari, så hon kommer inte på någon träff. Vi har ingen ersättare ännu.

Åsa Lind
Falu kommun""",
             X("cancel", [P("Rosa Sten", None, "Falu kommun")], ALL),
             "withdrawn colleague without a substitute under 'Ändring' -> cancel; sender not involved"),
        mail("q024", "2027-01-08T09:12:00", ("Erik Ros", "erik.ros@leksand.se"), "Ersättare 21/9",
             """Hej!

Jag kan inte komma den 21 september. I mitt ställe går Anna Berg, anna.berg@leksand.se. Övriga träffar är jag kvar på.

Erik Ros, Leksands kommun""",
             X("change", [P("Erik Ros", "erik.ros@leksand.se", "Leksands kommun"),
                          P("Anna Berg", "anna.berg@leksand.se", "Leksands kommun")], [S2]),
             "substitution for one session; sessions = what the substitute takes"),
        mail("q025", "2027-01-11T11:11:00", ("Daniel Falk", "daniel.falk@mora.se"), "Fråga om kollegor",
             """Hej,

Vi är två från Mora som redan är anmälda (jag och Sten Berg). Får vi ta med en tredje, vår praktikant Ida Holm, eller räknas praktikanter också till kvoten?

Daniel Falk
Mora kommun""",
             X("question", [], []),
             "quota question naming people; nothing booked"),
        mail("q026", "2027-01-12T16:05:00", ("Susanne Ek", "susanne.ek@sater.se"), "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Säter anmäler Elin Rosén och Tomas Lind till september- och novemberträffarna. Jag själv har redan anmält mig separat.

Elin: elin.rosen@sater.se, Tomas: tomas.lind@sater.se

Susanne Ek
Kommunarkitekt, Säters kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:00
Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till lärprojektet. Träffar: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Sista anmälningsdag 14 april 2027.""",
             X("register", [P("Elin Rosén", "elin.rosen@sater.se", "Säters kommun"),
                            P("Tomas Lind", "tomas.lind@sater.se", "Säters kommun")], [S2, S3]),
             "reply on the invitation (quoted dates are not the signup); the sender 'har redan anmält mig separat' is not among the people; organiser name 'Hassis Linnea' in the quoted header is not a person"),
        mail("q027", "2027-01-13T08:40:00", ("Sten Ekström", "sten.ekstrom@alvdalen.se"), "Anmälan Älvdalen",
             """<html><body><p>Hej!</p>
<p>Vi anmäler oss till <b>samtliga</b> träffar:</p>
<table border="1"><tr><th>Namn</th><th>Befattning</th><th>E-post</th></tr>
<tr><td>Sten Ekström</td><td>Planchef</td><td>sten.ekstrom@alvdalen.se</td></tr>
<tr><td>Maria Falk</td><td>Planarkitekt</td><td>maria.falk@alvdalen.se</td></tr>
</table>
<p>Mvh Sten<br>Älvdalens kommun</p></body></html>""",
             X("register", [P("Sten Ekström", "sten.ekstrom@alvdalen.se", "Älvdalens kommun"),
                            P("Maria Falk", "maria.falk@alvdalen.se", "Älvdalens kommun")], ALL),
             "HTML-only table with a title column; sender in the table", html=True),
        mail("q028", "2027-01-14T13:25:00", ("Birgitta Lind", "birgitta.lind@gagnef.se"), "Avanmälan",
             """Hej,

Jag måste tyvärr avanmäla mig från träffen den 29 november. Min kollega Jonas Berg är fortfarande anmäld och hans anmälan gäller som förut.

Birgitta Lind
Gagnefs kommun""",
             X("cancel", [P("Birgitta Lind", "birgitta.lind@gagnef.se", "Gagnefs kommun")], [S3]),
             "cancel one session; the colleague whose signup 'gäller som förut' is not among the people"),
        mail("q029", "2027-01-18T09:00:00", ("Ingrid Falk", "ingrid.falk@regiondalarna.se"), "Anmälan – två från Regionen och en från Borlänge",
             """Hej Linnea!

Här kommer anmälningar till den andra träffen (utvecklingsinriktning i ÖP-modellen):

- Ingrid Falk, Regionen (jag)
- Peter Ros, Regionen, peter.ros@regiondalarna.se
- Lina Holm, Borlänge kommun, lina.holm@borlange.se

Ingrid""",
             X("register", [P("Ingrid Falk", "ingrid.falk@regiondalarna.se", "Region Dalarna"),
                            P("Peter Ros", "peter.ros@regiondalarna.se", "Region Dalarna"),
                            P("Lina Holm", "lina.holm@borlange.se", "Borlänge kommun")], [S2]),
             "two organisations; 'Regionen'; session named by its theme"),
        mail("q030", "2027-01-19T07:45:00", ("Nils Rosander", "nils.rosander@sweco.se"), "Anmälan DalaLab",
             """Hej,

Jag är konsult på Sweco och arbetar på uppdrag av Orsa kommun med deras nya översiktsplan. Orsa har bett mig delta för deras räkning på träffarna i maj och november.

Nils Rosander
Sweco Architects AB""",
             X("register", [P("Nils Rosander", "nils.rosander@sweco.se", "Orsa kommun")], [S1, S3], unsure=["organisation"]),
             "consultant with an unconfigured domain attending for a municipality; labelled with the municipality he represents (the text gives it)"),
        mail("q031", "2027-01-20T15:30:00", ("Emma Sten", "emma.sten@malung-salen.se"), "Anmälan",
             """Hej!

Anmäler mig och kollegan Oskar Lind från Malung-Sälen till träffarna 21/9 och 22/2. Oskar har ingen egen adress just nu, han får gå via mig.

Emma Sten""",
             X("register", [P("Emma Sten", "emma.sten@malung-salen.se", "Malung-Sälens kommun"),
                            P("Oskar Lind", None, "Malung-Sälens kommun")], [S2, S4]),
             "colleague without an address; organisation from the domain and 'Malung-Sälen'"),
        mail("q032", "2027-01-21T10:18:00", ("Jan Berg", "jan.berg@lansstyrelsen.se"), "Registration",
             """Dear Linnea,

Please register me and my colleague Sofia Ek (sofia.ek@lansstyrelsen.se) from the County Administrative Board for all four sessions. Sofia is allergic to nuts.

Kind regards,
Jan Berg""",
             X("register", [P("Jan Berg", "jan.berg@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Sofia Ek", "sofia.ek@lansstyrelsen.se", "Länsstyrelsen Dalarna", "allergic to nuts")],
               ALL, "allergic to nuts"),
             "English; organisation only from the domain; diet for the colleague"),
        mail("q033", "2027-01-22T12:12:00", ("Ulla Lindqvist", "ulla.lindqvist@avesta.se"), "Ändring av deltagare",
             """Hej!

Från Avesta var Tove Ek anmäld till alla träffar. Hon har bytt tjänst, så istället kommer vår nya planarkitekt Hugo Falk (hugo.falk@avesta.se) på samma träffar.

Ulla Lindqvist
Enhetschef plan, Avesta kommun""",
             X("change", [P("Tove Ek", None, "Avesta kommun"), P("Hugo Falk", "hugo.falk@avesta.se", "Avesta kommun")], ALL),
             "third-party substitution of all sessions; manager not attending; title before the new person's name"),
        mail("q034", "2027-01-25T09:50:00", ("Karin Berg", "karin.berg@hedemora.se"), "Anmälan",
             """Hej,

Hedemora: jag (Karin Berg), Oskar Falk och Lena Lind kommer på första träffen. Oskar och Lena nås på oskar.falk@hedemora.se respektive lena.lind@hedemora.se.

Oskar är vegetarian, Lena äter glutenfritt.

Karin""",
             X("register", [P("Karin Berg", "karin.berg@hedemora.se", "Hedemora kommun"),
                            P("Oskar Falk", "oskar.falk@hedemora.se", "Hedemora kommun", "vegetarian"),
                            P("Lena Lind", "lena.lind@hedemora.se", "Hedemora kommun", "glutenfri")],
               [S1], "vegetarian, glutenfri"),
             "two diets for two colleagues; addresses with 'respektive'"),
        mail("q035", "2027-01-26T17:02:00", ("Ahmed Yusuf", "ahmed.yusuf@borlange.se"), "VB: Anmälan DalaLab",
             """Hej Linnea, se nedan – Maria har fått nytt mejl och bad mig skicka. Hon vill avanmäla sig.

Från: Maria Rosén <maria.rosen@borlange.se>
Skickat: den 26 januari 2027 16:40
Till: Ahmed Yusuf <ahmed.yusuf@borlange.se>
Ämne: Anmälan DalaLab

Hej Ahmed, kan du be Linnea stryka mig från träffen 3 maj? Jag har semester då.
/Maria""",
             X("cancel", [P("Maria Rosén", "maria.rosen@borlange.se", "Borlänge kommun")], [S1]),
             "cancellation in a forwarded chain; the person is only in the forwarded header"),
        tg("q036", "2027-01-27T21:05:00", "Sten Rask", 6100200306,
           "tja! sten rask här, mora k:n. skriv upp mig o rosa holm på träffen i november",
           X("register", [P("Sten Rask", None, "Mora kommun"), P("Rosa Holm", None, "Mora kommun")], [S3]),
           "Telegram lower case; 'mora k:n'; colleague without address"),
        tg("q037", "2027-01-28T08:15:00", "Lina Ek", 6100200307,
           "Hej, jag är från Gävle kommun men jobbar med regional planering ihop med er. Anmäler mig till 3/5.",
           X("register", [P("Lina Ek", None, None)], [S1], unsure=["organisation"]),
           "Telegram; organisation not configured (Gävle) -> null"),
        tg("q038", "2027-01-29T12:44:00", "Anders Falk", 6100200308,
           "Hej! Jag o två kollegor från Vansbro vill vara med: Maja Berg och Ali Hassan. Alla på samtliga träffar. Jag är laktosintolerant",
           X("register", [P("Anders Falk", None, "Vansbro kommun", "laktosintolerant"),
                          P("Maja Berg", None, "Vansbro kommun"), P("Ali Hassan", None, "Vansbro kommun")],
             ALL, "laktosintolerant"),
           "Telegram; sender + two colleagues; diet only for the sender"),
        tg("q039", "2027-01-30T10:30:00", "Eva Lind", 6100200309,
           "Jag kan inte gå 21/9, men min kollega Sten Berg tar min plats. Vi är från Hedemora.",
           X("change", [P("Eva Lind", None, "Hedemora kommun"), P("Sten Berg", None, "Hedemora kommun")], [S2]),
           "Telegram substitution for one session"),
        tg("q040", "2027-02-01T09:09:00", "Rosa Ek", 6100200310,
           "Hur många får komma från samma kommun? Vi är fyra i Orsa som vill gå.",
           X("question", [], []),
           "Telegram quota question; nothing booked"),
    ]
