"""Batch 37, theme groups: planners, managers, secretaries and HR signing up, changing, substituting and
cancelling colleagues; several organisations in one mail; lists in every shape; who attends and who does not;
people without addresses; shared function mailboxes writing for a named person."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE_QUOTE_GMAIL = """Den ons 25 nov. 2026 kl 14:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej!
>
> Välkommen att anmäla dig till lärprojektet DalaLab – Planering för
> hållbarhet och utvecklingskraft. Projektet består av fyra träffar:
>
> 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
> 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 22 februari 2028 – Planera för tillgänglighet
>
> Sista anmälningsdag är 14 april 2027. Varje kommun kan delta med upp till
> tre personer.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
"""

INVITE_QUOTE_OUTLOOK = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 25 november 2026 14:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Välkommen att anmäla dig till lärprojektet DalaLab. Projektet består av fyra träffar:

  *   3 maj 2027 i Falun: Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
  *   21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
  *   29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
  *   22 februari 2028: Planera för tillgänglighet

Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Upp till tre personer per kommun.

Vänliga hälsningar
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        mail("am046", "2026-12-03T08:41", ("Ingrid Sahlström", "ingrid.sahlstrom@mora.se"),
             "Anmälan DalaLab – två från Mora",
             """Hej Linnea,

Jag själv kan tyvärr inte delta i DalaLab i år (för många parallella processer), men jag anmäler gärna
två av mina medarbetare på planenheten:

- Viktor Hallberg, översiktsplanerare, viktor.hallberg@mora.se
- Saga Lindmark, planarkitekt, saga.lindmark@mora.se

De är med på hela lärprojektet.

Med vänlig hälsning

Ingrid Sahlström
Planchef
Samhällsbyggnadsförvaltningen
Mora kommun
Fredsgatan 16, 792 80 Mora
Tel 0250-260 00 | Mobil 070-312 44 19
""",
             X("register", [P("Viktor Hallberg", "viktor.hallberg@mora.se", "Mora kommun"),
                            P("Saga Lindmark", "saga.lindmark@mora.se", "Mora kommun")], ALL),
             "manager signs up two colleagues with addresses, not herself; no dates -> all sessions"),

        mail("am047", "2026-12-07T10:15", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"),
             "Anmälan",
             """Hej!

Vi vill anmäla Henrik Wallgren, strategisk planerare, till träffarna den 3 maj och den 21 september.
Henrik har ingen egen e-post inlagd än (nyanställd), så svara gärna till den här funktionsbrevlådan.

Hälsningar
Samhällsbyggnadsförvaltningen, Borlänge kommun
genom Petra (administratör)
""",
             X("register", [P("Henrik Wallgren", None, "Borlänge kommun")], [S1, S2]),
             "shared function mailbox writes for a named person without address; admin signer not attending"),

        mail("am048", "2027-03-22T13:30", ("Anneli Krantz", "anneli.krantz@ludvika.se"),
             "Avanmälan Tomas Ekberg",
             """Hej,

Jag arbetar på HR i Ludvika kommun. Tomas Ekberg, som är anmäld till DalaLab från oss, har slutat hos oss
och hans anställning upphörde 28 februari. Vänligen stryk honom från samtliga träffar.

Vi återkommer om någon annan ska ta platsen.

Vänliga hälsningar
Anneli Krantz
HR-specialist, Ludvika kommun
0240-860 00
""",
             X("cancel", [P("Tomas Ekberg", None, "Ludvika kommun")], ALL),
             "HR withdraws a colleague who has left, no substitute -> cancel all"),

        mail("am049", "2027-03-02T09:05", ("Mikael Brandt", "mikael.brandt@falun.se"),
             "SV: DalaLab – byte av deltagare",
             """Hej Linnea!

Maria Lindh, som vi anmälde i december, har slutat hos oss. Hennes efterträdare Johan Nyqvist
(johan.nyqvist@falun.se) tar över hennes plats på alla fyra träffarna.

Tack på förhand!
/Mikael

Mikael Brandt
Enhetschef Översiktlig planering
Falu kommun, Stadshuset, 791 83 Falun
023-830 00
""",
             X("change", [P("Maria Lindh", None, "Falu kommun"),
                          P("Johan Nyqvist", "johan.nyqvist@falun.se", "Falu kommun")], ALL),
             "manager reports substitution: leaver replaced by successor on all four sessions"),

        mail("am050", "2026-12-10T15:47", ("Karin Åhlund", "karin.ahlund@falun.se"),
             "Anmälan DalaLab Falu kommun",
             """<html><head><meta charset="utf-8"></head><body>
<p>Hej Linnea,</p>
<p>Här kommer Falu kommuns anmälan till DalaLab. Vi deltar på alla träffar.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>Roll</th><th>E-post</th><th>Specialkost</th></tr>
<tr><td>Karin Åhlund</td><td>Översiktsplanerare</td><td>karin.ahlund@falun.se</td><td>-</td></tr>
<tr><td>Ebba Grönqvist</td><td>Trafikplanerare</td><td>ebba.gronqvist@falun.se</td><td>Vegetarisk</td></tr>
<tr><td>Samir Haddad</td><td>Landskapsarkitekt</td><td>samir.haddad@falun.se</td><td>-</td></tr>
</table>
<p>Vänliga hälsningar,<br>Karin Åhlund<br>Falu kommun<br>023-830 00</p>
</body></html>""",
             X("register", [P("Karin Åhlund", "karin.ahlund@falun.se", "Falu kommun"),
                            P("Ebba Grönqvist", "ebba.gronqvist@falun.se", "Falu kommun", diet="vegetarisk"),
                            P("Samir Haddad", "samir.haddad@falun.se", "Falu kommun")], ALL, diet="vegetarisk"),
             "HTML table of three incl. sender, one vegetarian", html=True),

        mail("am051", "2026-12-14T11:22", ("Lena Forsmark", "lena.forsmark@avesta.se"),
             "Anmälan från södra Dalarna",
             """Hej!

Vi samordnar oss i södra Dalarna och skickar därför en gemensam anmälan. Följande deltar på samtliga
fyra träffar:

Lena Forsmark, Avesta kommun (jag själv)
Magnus Törnqvist, Hedemora kommun, magnus.tornqvist@hedemora.se
Jenny Holmström, Säters kommun, jenny.holmstrom@sater.se

Hör av dig om något saknas!

Lena Forsmark
Planeringsarkitekt
Avesta kommun
""",
             X("register", [P("Lena Forsmark", "lena.forsmark@avesta.se", "Avesta kommun"),
                            P("Magnus Törnqvist", "magnus.tornqvist@hedemora.se", "Hedemora kommun"),
                            P("Jenny Holmström", "jenny.holmstrom@sater.se", "Säters kommun")], ALL),
             "one mail, three municipalities, each person's own organisation given"),

        mail("am052", "2026-12-16T16:08", ("Bengt Olander", "bengt.olander@gagnef.se"),
             "DalaLab 3 maj",
             """Hej,

Anmäler följande från Gagnef till första träffen 3 maj i Falun: Berglund, Sara; Holm, Petter; Åkesson, Lina.

Övriga träffar tar vi ställning till senare.

Bengt Olander
Förvaltningschef
Gagnefs kommun
""",
             X("register", [P("Sara Berglund", None, "Gagnefs kommun"),
                            P("Petter Holm", None, "Gagnefs kommun"),
                            P("Lina Åkesson", None, "Gagnefs kommun")], [S1]),
             "'Efternamn, Förnamn' separated by semicolons, no addresses, sender not attending, S1 only"),

        tg("am053", "2026-12-18T19:44", "Pelle Mattsson", 583920174,
           "hej! anmäler mig och min kollega Ida Strand från Orsa kommun till första träffen 3 maj",
           X("register", [P("Pelle Mattsson", None, "Orsa kommun"), P("Ida Strand", None, "Orsa kommun")], [S1]),
           "telegram: sender plus colleague, organisation from text"),

        mail("am054", "2027-01-11T07:58", ("Helena Nordqvist", "helena.nordqvist@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Vi anmäler två kollegor från Rättvik till träffarna 3 maj och 29 november: Fredrik Asp och
Moa Sundin. Jag själv deltar inte.

Mvh Helena Nordqvist
Samhällsbyggnadschef, Rättviks kommun

""" + INVITE_QUOTE_OUTLOOK,
             X("register", [P("Fredrik Asp", None, "Rättviks kommun"), P("Moa Sundin", None, "Rättviks kommun")],
               [S1, S3]),
             "Outlook reply with quoted invitation listing all dates; two colleagues for two named sessions"),

        mail("am055", "2027-01-13T10:30", ("Birgitta Lövgren", "birgitta.lovgren@rattvik.se"),
             "Anmälan till DalaLab",
             """Hej Linnea!

På uppdrag av vår planchef anmäler jag följande personer till hela lärprojektet:

Gunilla Persson, planchef - vegetarisk
Anders Lundqvist, planarkitekt
Karin Olsson, GIS-samordnare

Med vänlig hälsning
Birgitta Lövgren
Nämndsekreterare
Rättviks kommun, Storgatan 2, 795 80 Rättvik
""",
             X("register", [P("Gunilla Persson", None, "Rättviks kommun", diet="vegetarisk"),
                            P("Anders Lundqvist", None, "Rättviks kommun"),
                            P("Karin Olsson", None, "Rättviks kommun")], ALL, diet="vegetarisk"),
             "iso-8859-1; secretary for manager; one per line with titles and a diet", charset="iso-8859-1"),

        mail("am056", "2027-02-08T14:12", ("Rachel Whitmore", "rachel.whitmore@smedjebacken.se"),
             "DalaLab participant change",
             """Dear Linnea,

I work in HR at Smedjebacken municipality. Our planner Daniel Forsberg has left the municipality, so
please remove him from your list. His replacement, Emma Carlsson (emma.carlsson@smedjebacken.se), will
take his place from the September session onwards.

Unfortunately I don't write Swedish well yet, I hope English is fine.

Kind regards,
Rachel Whitmore
HR Business Partner | Smedjebackens kommun
+46 240 660 00
""",
             X("change", [P("Daniel Forsberg", None, "Smedjebackens kommun"),
                          P("Emma Carlsson", "emma.carlsson@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3, S4]),
             "English HR substitution from September onwards -> substitute's sessions S2-S4"),

        mail("am057", "2026-12-21T09:17", ("Annika Bergqvist", "annika.bergqvist@leksand.se"),
             "Anmälan DalaLab",
             """Hej!

Från Leksands kommun kommer jag, Annika Bergqvist, tillsammans med våra två nya planerare Oskar Dahl
och Fatima Ali. Vi vill vara med på alla fyra träffarna. Fatima behöver glutenfri kost.

God jul!
Annika
""",
             X("register", [P("Annika Bergqvist", "annika.bergqvist@leksand.se", "Leksands kommun"),
                            P("Oskar Dahl", None, "Leksands kommun"),
                            P("Fatima Ali", None, "Leksands kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "names in running text, sender included, diet for one colleague"),

        mail("am058", "2027-02-15T11:03", ("Marie Sandell", "marie.sandell@hedemora.se"),
             "Ytterligare anmälan",
             """Hej Linnea,

Jag vet att vi redan har tre anmälda från Hedemora men vi skulle gärna vilja anmäla en fjärde,
Lars Öberg (lars.oberg@hedemora.se), till alla träffar om det skulle finnas plats. Annars får han
gärna stå på reservlista.

Hälsningar
Marie Sandell
Hedemora kommun
""",
             X("register", [P("Lars Öberg", "lars.oberg@hedemora.se", "Hedemora kommun")], ALL),
             "manager asks for a fourth place for a colleague (quota); sender not attending"),

        mail("am059", "2026-12-02T13:55", ("Stefan Rydén", "stefan.ryden@vansbro.se"),
             "Fråga om antal deltagare",
             """Hej,

En fråga innan vi anmäler oss: hur många får vi anmäla från samma kommun? Och går det att dela en plats
så att olika personer går på olika träffar, t.ex. en på 3 maj och en annan 21 september?

Mvh
Stefan Rydén
Vansbro kommun
""",
             X("question"),
             "manager asks about quota and sharing places; dates mentioned but no signup"),

        mail("am060", "2027-03-30T08:26", ("Jörgen Lilja", "jorgen.lilja@borlange.se"),
             "Ändring DalaLab",
             """Hej,

Tyvärr måste Sofia Engström avanmälas från träffen 21/9 då hon är på semester. Övriga träffar står kvar.

/Jörgen Lilja, planchef Borlänge

Skickat från min iPhone
""",
             X("cancel", [P("Sofia Engström", None, "Borlänge kommun")], [S2]),
             "manager drops one session for a colleague, others stay -> cancel S2"),

        mail("am061", "2027-01-19T15:40", (None, "plan@vansbro.se"),
             "DalaLab",
             """Hej!

Nils Hedlund på planavdelningen ska gå på alla fyra träffarna. Han har ingen egen mejl kopplad ännu,
så skicka gärna bekräftelse hit.

Samhällsbyggnadsförvaltningen Vansbro
genom Eva
""",
             X("register", [P("Nils Hedlund", None, "Vansbro kommun")], ALL),
             "bare function mailbox without display name writes for a named colleague"),

        mail("am062", "2027-01-25T21:12", ("Malin Sjöberg", "malin.sjoberg@hedemora.se"),
             "3 maj",
             """Anmäler Jonas Ek och mig till 3 maj.
/Malin

Skickat från min iPhone""",
             X("register", [P("Jonas Ek", None, "Hedemora kommun"),
                            P("Malin Sjöberg", "malin.sjoberg@hedemora.se", "Hedemora kommun")], [S1]),
             "short iPhone mail, colleague plus sender"),

        mail("am063", "2027-01-08T06:00", ("Ulrika Dahlgren", "ulrika.dahlgren@hedemora.se"),
             "Automatiskt svar: Påminnelse: anmälan till DalaLab",
             """Hej!

Jag är föräldraledig till och med 1 mars 2027 och läser inte min e-post.
Anmälningar till utbildningar och konferenser för planavdelningen hanteras under tiden av
Marie Sandell, marie.sandell@hedemora.se.

Ulrika Dahlgren
Planchef, Hedemora kommun
""",
             X("auto_reply"),
             "out-of-office from a manager naming a colleague who handles signups"),

        mail("am064", "2027-03-03T09:06", ("Mail Delivery System", "MAILER-DAEMON@falun.se"),
             "Olevererbart: Bekräftelse: DalaLab",
             """Det gick inte att leverera meddelandet till följande mottagare:

maria.lindh@falun.se
Mottagarens e-postadress finns inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: mx01.falun.se
maria.lindh@falun.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprungliga meddelanderubriker:
From: Linnea Hassis <linnea.hassis@regiondalarna.se>
To: maria.lindh@falun.se
Subject: Bekräftelse: DalaLab
""",
             X("auto_reply"),
             "bounce for a colleague's closed address"),

        mail("am065", "2027-02-22T10:44", ("Tove Engman", "tove.engman@ludvika.se"),
             "Justering av våra anmälningar",
             """Hej Linnea,

Vi behöver justera våra anmälningar. Peter Svärd och Lena Hansson kommer bara att delta den 3 maj och
den 22 februari 2028, inte på höstens träffar.

Tack!
Tove Engman
Planeringsstrateg
Ludvika kommun | 0240-860 00
""",
             X("change", [P("Peter Svärd", None, "Ludvika kommun"), P("Lena Hansson", None, "Ludvika kommun")],
               [S1, S4]),
             "coordinator changes two colleagues to a stated set of sessions"),

        tg("am066", "2027-03-15T12:10", "Sven-Erik Moberg", 771204553,
           "Hej kan du stryka Erik Nordin från Älvdalen? han har slutat hos oss",
           X("cancel", [P("Erik Nordin", None, "Älvdalens kommun")], ALL),
           "telegram manager withdraws colleague who left; no sessions -> all"),

        mail("am067", "2027-02-01T13:20", ("Camilla Rönn", "camilla.ronn@malung-salen.se"),
             "Begäran om radering av personuppgifter",
             """Hej,

Kristina Fahl slutade hos oss i januari och har bett mig framföra att hon vill att alla hennes
uppgifter raderas ur era register för DalaLab, enligt GDPR. Hennes gamla adress
kristina.fahl@malung-salen.se är avstängd, så det går inte att nå henne där.

Med vänlig hälsning
Camilla Rönn
HR-avdelningen
Malung-Sälens kommun
""",
             X("erasure", [P("Kristina Fahl", "kristina.fahl@malung-salen.se", "Malung-Sälens kommun")]),
             "HR forwards a former employee's erasure request"),

        mail("am068", "2027-01-28T16:33", ("Thomas Becker", "thomas.becker@regiondalarna.se"),
             "DalaLab sign-up",
             """Hi Linnea,

I'd like to sign up myself and my colleague Jakob Lind for the sessions in September and November
(21/9 and 29/11). Jakob läser den här mejlen också, så skicka gärna bekräftelse till oss båda.

Thanks!
Thomas Becker
Regional utveckling, Region Dalarna
""",
             X("register", [P("Thomas Becker", "thomas.becker@regiondalarna.se", "Region Dalarna"),
                            P("Jakob Lind", None, "Region Dalarna")], [S2, S3]),
             "mixed English/Swedish; sender plus colleague, two sessions"),

        mail("am069", "2027-02-03T20:05", ("Olle Granberg", "ollegranberg71@gmail.com"),
             "anmälan",
             """hej
anmäler mig och kollegan Sara Vik till alla fyra träffarna. hör av dig om du behöver mer info

olle
""",
             X("register", [P("Olle Granberg", "ollegranberg71@gmail.com", None), P("Sara Vik", None, None)], ALL),
             "gmail, no organisation anywhere -> None for both"),

        mail("am070", "2027-01-20T09:50", ("Åsa Widén", "asa.widen@lansstyrelsen.se"),
             "Anmälan Länsstyrelsen Dalarna – DalaLab",
             """Hej Linnea,

Här kommer Länsstyrelsens anmälan till de två första träffarna (3 maj och 21 september). Själv har jag
tyvärr inte möjlighet att delta.

Namn               | Enhet                  | E-post
-------------------+------------------------+--------------------------------
Mattias Grahn      | Samhällsplanering      | mattias.grahn@lansstyrelsen.se
Louise Ferm        | Samhällsplanering      | louise.ferm@lansstyrelsen.se
Ahmed Yusuf        | Naturvård              | ahmed.yusuf@lansstyrelsen.se

Vänliga hälsningar
Åsa Widén
Enhetschef, Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Mattias Grahn", "mattias.grahn@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Louise Ferm", "louise.ferm@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Ahmed Yusuf", "ahmed.yusuf@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2]),
             "plain-text table, sender not attending, two sessions"),

        mail("am071", "2027-03-09T11:11", ("Roland Gustavsson", "roland.gustavsson@sater.se"),
             "Specialkost DalaLab",
             """Hej!

Kan ni notera att Maja Eriksson, som är anmäld från Säter, är vegan? Hon glömde skriva det i anmälan.

Hälsningar Roland
Säters kommun
""",
             X("change", [P("Maja Eriksson", None, "Säters kommun", diet="vegan")], [], diet="vegan"),
             "manager updates a colleague's diet, no session -> change with no sessions"),

        mail("am072", "2027-03-18T14:25", ("Ulf Bengtsson", "ulf.bengtsson@orsa.se"),
             "Ersättare 29 november",
             """Hej Linnea,

Jag kan inte komma den 29 november. Min kollega Therese Nilsson (therese.nilsson@orsa.se) går i mitt
ställe den dagen. Övriga träffar kommer jag själv.

Mvh
Ulf Bengtsson
Orsa kommun
""",
             X("change", [P("Ulf Bengtsson", "ulf.bengtsson@orsa.se", "Orsa kommun"),
                          P("Therese Nilsson", "therese.nilsson@orsa.se", "Orsa kommun")], [S3]),
             "sender substituted by colleague for one session -> change, substitute's session"),

        mail("am073", "2027-01-14T08:37", ("Kjell Ahlström", "kjell.ahlstrom@ludvika.se"),
             "Anmälan Ludvika & Smedjebacken",
             """Hej!

Eftersom vi har ett nära samarbete i planfrågor mellan Ludvika och Smedjebacken anmäler jag oss
tillsammans till hela DalaLab:

* Kjell Ahlström, Ludvika kommun
* Nora Liljegren, Ludvika kommun, nora.liljegren@ludvika.se
* Hugo Borg, Smedjebackens kommun, hugo.borg@smedjebacken.se

Vänliga hälsningar
Kjell Ahlström
Översiktsplanerare, Ludvika kommun
""",
             X("register", [P("Kjell Ahlström", "kjell.ahlstrom@ludvika.se", "Ludvika kommun"),
                            P("Nora Liljegren", "nora.liljegren@ludvika.se", "Ludvika kommun"),
                            P("Hugo Borg", "hugo.borg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "bullet list across two municipalities, sender included"),

        mail("am074", "2027-02-10T07:30", ("Dalarnas Konferens & Event", "info@dalakonferens-event.se"),
             "Konferenspaket för era grupper våren 2027",
             """Hej!

Planerar ni utbildningsdagar eller workshops för era medarbetare i vår? Vi erbjuder kompletta
konferenspaket i Falun med lokal, fika och lunch från 495 kr per person.

Boka före 31 mars och få 10 % rabatt för grupper om minst tio personer.

Vänliga hälsningar
Dalarnas Konferens & Event
Avregistrera dig här: https://dalakonferens-event.se/unsubscribe
""",
             X("unknown"),
             "sales mail about group conferences, unrelated to the event"),

        tg("am075", "2026-12-28T11:58", "Linda Berg", 402958331,
           "vi blir tre från avesta: jag, Kim Lundberg och Hassan Omar. alla träffar",
           X("register", [P("Linda Berg", None, "Avesta kommun"), P("Kim Lundberg", None, "Avesta kommun"),
                          P("Hassan Omar", None, "Avesta kommun")], ALL),
           "telegram group signup in lower case, sender included"),

        mail("am076", "2027-04-06T15:02", ("Anders Wiklander", "anders.wiklander@orsa.se"),
             "Återkallande av anmälningar DalaLab",
             """Hej,

Tyvärr måste Orsa kommun dra tillbaka samtliga våra anmälningar till DalaLab (Stina Holm, Mats Eld och
Per Wikström) på grund av ändrade prioriteringar i förvaltningen. Vi hoppas kunna vara med en annan gång.

Med vänliga hälsningar
Anders Wiklander
Samhällsbyggnadschef
Orsa kommun, Box 23, 794 21 Orsa
""",
             X("cancel", [P("Stina Holm", None, "Orsa kommun"), P("Mats Eld", None, "Orsa kommun"),
                          P("Per Wikström", None, "Orsa kommun")], ALL),
             "manager withdraws a whole group, names in parentheses"),

        mail("am077", "2027-02-17T10:19", ("Göran Sehlstedt", "goran.sehlstedt@gagnef.se"),
             "VB: DalaLab",
             """Hej Linnea,

Vidarebefordrar – Agnes vill gärna vara med på alla träffarna. Kan du anmäla henne?

/Göran

-----Ursprungligt meddelande-----
Från: Agnes Lindqvist <agnes.lindqvist@gagnef.se>
Skickat: den 16 februari 2027 16:45
Till: Göran Sehlstedt <goran.sehlstedt@gagnef.se>
Ämne: DalaLab

Hej Göran! Jag såg inbjudan till DalaLab och skulle gärna gå på det. Är det okej att jag anmäler mig?
/Agnes
""",
             X("register", [P("Agnes Lindqvist", "agnes.lindqvist@gagnef.se", "Gagnefs kommun")], ALL),
             "manager forwards colleague's wish; colleague's address in forwarded header"),

        mail("am078", "2027-03-04T13:48", ("Siv Eklund", "siv.eklund@alvdalen.se"),
             "Anmälan höstens träff",
             """Hej!

Jag vill anmäla Rasmus Falk, planarkitekt hos oss, till höstens träff. Han kan tyvärr inte till våren.

Vänligen
Siv Eklund
Älvdalens kommun
""",
             X("register", [P("Rasmus Falk", None, "Älvdalens kommun")], [S2, S3], unsure=["sessions"]),
             "'höstens träff' ambiguous between two autumn sessions"),

        mail("am079", "2027-01-29T09:02", ("Daniel Strömberg", "daniel.stromberg@borlange.se"),
             "Anmälan till DalaLab 3 maj",
             """<html><body style="font-family:Calibri,sans-serif">
<div>Hej Linnea,</div>
<div><br></div>
<div>Vi anmäler följande personer från Borlänge kommun till första träffen i Falun den 3 maj:</div>
<ul>
<li>Daniel Strömberg, planarkitekt</li>
<li>Jessica Norén, exploateringsingenjör (nötallergi)</li>
<li>Kalle Persson, trafikstrateg</li>
</ul>
<div>Mvh<br>Daniel Strömberg<br>Borlänge kommun<br>Röda vägen 50, 781 81 Borlänge<br>0243-740 00</div>
</body></html>""",
             X("register", [P("Daniel Strömberg", "daniel.stromberg@borlange.se", "Borlänge kommun"),
                            P("Jessica Norén", None, "Borlänge kommun", diet="nötallergi"),
                            P("Kalle Persson", None, "Borlänge kommun")], [S1], diet="nötallergi"),
             "HTML bullet list with titles, diet for one colleague, S1 only", html=True),

        mail("am080", "2027-01-05T10:10", ("Per-Olof Lind", "per-olof.lind@sater.se"),
             "Fråga om DalaLab",
             """Hej,

Vi är fyra planerare på Säters kommun som är intresserade. Kan vi skicka olika personer till olika
träffar så länge vi aldrig är fler än tre på samma träff? Eller gäller taket tre personer totalt?

Hälsningar
Per-Olof Lind
""",
             X("question"),
             "question about group quota, no signup"),

        mail("am081", "2027-02-24T12:37", ("Eva-Lena Marklund", "eva-lena.marklund@mora.se"),
             "Komplettering av anmälan",
             """Hej!

Vill komplettera vår anmälan från Mora med Hanna Borg, hanna.borg@mora.se. Hon deltar 21 september
och 29 november.

Mvh Eva-Lena
""",
             X("register", [P("Hanna Borg", "hanna.borg@mora.se", "Mora kommun")], [S2, S3]),
             "coordinator adds one more colleague to an existing group signup"),

        mail("am082", "2027-03-25T17:21", ("Gustav Åberg", "gustav.aberg@avesta.se"),
             "Byte av träff",
             """Hej Linnea,

Vi skulle vilja byta våra två platser den 3 maj mot 21 september (jag och Elin Roos), eftersom vi har
budgetberedning i början av maj.

Gustav Åberg
Avesta kommun
""",
             X("change", [P("Gustav Åberg", "gustav.aberg@avesta.se", "Avesta kommun"),
                          P("Elin Roos", None, "Avesta kommun")], [S2]),
             "bare swap for two people -> only the new session"),

        mail("am083", "2027-01-12T08:03", ("Hans Wennberg", "hans.wennberg@leksand.se"),
             "Läst: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Ditt meddelande

  Till: Hans Wennberg
  Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
  Skickat: den 25 november 2026 14:02

lästes den 12 januari 2027 08:03.
""",
             X("auto_reply"),
             "read receipt"),

        mail("am084", "2027-02-12T22:48", ("Britt-Marie Nyman", "britt-marie.nyman@alvdalen.se"),
             "dalalab",
             """hej linnea. anmäler från älvdalen:
nilsson, britt (planarkitekt)
westin, gösta (bygglovschef) - laktosintolerant
till 3/5 och 21/9. jag själv kan inte.
mvh britt-marie
""",
             X("register", [P("Britt Nilsson", None, "Älvdalens kommun"),
                            P("Gösta Westin", None, "Älvdalens kommun", diet="laktosintolerant")], [S1, S2],
               diet="laktosintolerant"),
             "lower case 'efternamn, förnamn' lines, iso-8859-1, sender not attending", charset="iso-8859-1"),

        mail("am085", "2027-04-01T09:14", ("Kommunledningskontoret Säter", "kommunledning@sater.se"),
             "Avanmälan Roger Sund",
             """Hej,

Planchef Roger Sund är långtidssjukskriven och kommer inte att kunna delta på någon av DalaLabs träffar.
Vänligen avanmäl honom.

Hälsningar
Kommunledningskontoret
Säters kommun
0225-550 00
""",
             X("cancel", [P("Roger Sund", None, "Säters kommun")], ALL),
             "function mailbox cancels a named manager from all sessions"),

        tg("am086", "2027-02-19T18:30", "Anna Kowalski", 915530217,
           "Hi, registering me and two colleagues from Falun: Piotr Nowak and Lucía Ferreira. All sessions please",
           X("register", [P("Anna Kowalski", None, "Falu kommun"), P("Piotr Nowak", None, "Falu kommun"),
                          P("Lucía Ferreira", None, "Falu kommun")], ALL),
           "telegram in English, sender plus two colleagues"),

        mail("am087", "2027-01-22T11:45", ("Elsa Hjort", "elsa.hjort@smedjebacken.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

Jag anmäler mig till alla fyra träffarna. Min chef Bo Ahl är informerad och godkänner, och
kollegan Sanna Myrberg kanske hör av sig själv senare.

Vänliga hälsningar
Elsa Hjort
Planarkitekt
Smedjebackens kommun
Kopia: Bo Ahl
""",
             X("register", [P("Elsa Hjort", "elsa.hjort@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "only the sender signs up; manager and colleague named in running text do not"),

        mail("am088", "2027-04-08T08:05", ("Registrator Leksand", "registrator@leksand.se"),
             "Ersättare DalaLab 3 maj",
             """Hej,

Oskar Dahl är förhindrad att delta den 3 maj och ersätts av Tove Lindahl från samma enhet.

Med vänlig hälsning
Registrator, Leksands kommun
""",
             X("change", [P("Oskar Dahl", None, "Leksands kommun"), P("Tove Lindahl", None, "Leksands kommun")],
               [S1]),
             "function mailbox reports substitution for one session"),

        mail("am089", "2027-01-26T14:00", ("Jenny Axelsson", "jenny.axelsson@regiondalarna.se"),
             "Re: Inbjudan: DalaLab",
             """Hej Linnea!

Från regionens enhet för samhällsplanering anmäler vi följande till hela lärprojektet:

1. Jenny Axelsson (jag)
2. Mohammed Karimi
3. Lisa Falk
4. Ronja Stenberg

Lisa är vegetarisk.

Hälsningar
Jenny

""" + INVITE_QUOTE_GMAIL,
             X("register", [P("Jenny Axelsson", "jenny.axelsson@regiondalarna.se", "Region Dalarna"),
                            P("Mohammed Karimi", None, "Region Dalarna"),
                            P("Lisa Falk", None, "Region Dalarna", diet="vegetarisk"),
                            P("Ronja Stenberg", None, "Region Dalarna")], ALL, diet="vegetarisk"),
             "Gmail-quoted invitation; numbered list of four from Region Dalarna"),

        mail("am090", "2027-03-11T16:52", ("Conny Holmberg", "conny.holmberg@regiondalarna.se"),
             "Underlag till beredningen",
             """Hej Linnea,

Här kommer underlaget till beredningen på torsdag. Kan du lägga in det i kallelsen och skicka ut till
ledamöterna senast i morgon?

Tack!
Conny
""",
             X("unknown"),
             "internal mail unrelated to the event"),
    ]
