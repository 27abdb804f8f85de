"""Batch 35, theme "after": what comes after a signup (ids ak091-ak135)."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

CONF_MAJA = """
Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 8 december 2026 16:02
Till: Maja Sandberg <maja.sandberg@ludvika.se>
Ämne: Bekräftelse: DalaLab

Hej Maja Sandberg!

Du är anmäld till följande träffar i DalaLab – Planering för hållbarhet och
utvecklingskraft:

  • 3 maj 2027, 10.00–15.00, Falun (fika från 09.30)
  • 21 september 2027

Har du frågor, svara på detta mejl.

Välkommen!
Linnea Hassis
Region Dalarna
"""

INVITATION = """
________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 24 november 2026 09:15
Till: Hedlund Olof <olof.hedlund@avesta.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in till lärprojektet DalaLab för kommunala och regionala
tjänstepersoner som arbetar med planeringsprocesser. Projektet består av fyra
träffar:

1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv och
   planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i
   ÖP-modellen och hur kan man jobba med det?
3. 29 november 2027 – Att planera både för önskvärda framtider och för
   osäkerheter
4. 22 februari 2028 – Planera för tillgänglighet – rumslig närhet, fysisk
   mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är
14 april 2027. Ange eventuell specialkost i anmälan.

Välkomna med er anmälan!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("ak091", "2026-12-09T10:14", ("Maja Sandberg", "maja.sandberg@ludvika.se"), "SV: Bekräftelse: DalaLab",
             "Hej Linnea,\n\nTack för bekräftelsen! Min kollega Sanna Berglund vill också vara med, på samma träffar "
             "som jag. Hennes adress är sanna.berglund@ludvika.se.\n\nHälsningar\nMaja\n" + CONF_MAJA,
             X("register", [P("Sanna Berglund", "sanna.berglund@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "colleague added in a reply to the sender's confirmation; 'samma träffar som jag' resolved from the "
             "quoted confirmation; sender already registered, not among people"),
        mail("ak092", "2026-12-02T07:58", ("Hedlund Olof", "olof.hedlund@avesta.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan. Jag anmäler mig härmed till lärprojektet.\n\n"
             "Med vänliga hälsningar\n\nOlof Hedlund\nStrategisk samhällsplanerare\nSamhällsbyggnadsförvaltningen\n"
             "Avesta kommun\nBesöksadress: Kungsgatan 32, 774 81 Avesta\nTel: 0226-64 50 00 (växel)\n"
             "Mobil: 070-123 45 67\nwww.avesta.se\n\nTänk på miljön innan du skriver ut detta mejl.\n" + INVITATION,
             X("register", [P("Olof Hedlund", "olof.hedlund@avesta.se", "Avesta kommun")], ALL),
             "Outlook reply quoting the invitation with all four dates; 'Efternamn Förnamn' display name; long "
             "signature full of numbers; no session named -> all"),
        mail("ak093", "2026-12-14T13:40", ("Fredrik Olsson", "fredrik.olsson@borlange.se"), "Anmälan DalaLab",
             "<html><body><p>Hej!</p><p>Vi är två från Borlänge som vill anmäla oss till DalaLab:</p><ul>"
             "<li>Fredrik Olsson, fredrik.olsson@borlange.se</li>"
             "<li>Elin Strand (nyanställd, har ingen egen e-postadress ännu &ndash; nå henne via mig)</li></ul>"
             "<p>Vi kommer båda på alla fyra träffarna. Elin är vegetarian.</p>"
             "<p>Vänliga hälsningar<br>Fredrik Olsson<br>Planeringsarkitekt, Borlänge kommun</p></body></html>",
             X("register", [P("Fredrik Olsson", "fredrik.olsson@borlange.se", "Borlänge kommun"),
                            P("Elin Strand", None, "Borlänge kommun", diet="vegetarian")], ALL, diet="vegetarian"),
             "HTML-only; sender plus a colleague without an address; the diet is the colleague's"),
        mail("ak094", "2027-01-11T09:05", ("Gunilla Ström", "gunilla.strom@hedemora.se"), "Anmälan till DalaLab",
             "Hej,\n\nFöljande medarbetare på samhällsbyggnadsförvaltningen anmäls till DalaLab, träff 1 och 2:\n\n"
             "Åkesson, Björn - bjorn.akesson@hedemora.se\nLund, Märta - marta.lund@hedemora.se\n\n"
             "Själv deltar jag inte, jag sköter bara anmälningarna.\n\nHälsningar\nGunilla Ström\n"
             "Administratör, Hedemora kommun\n0225-340 00\n",
             X("register", [P("Björn Åkesson", "bjorn.akesson@hedemora.se", "Hedemora kommun"),
                            P("Märta Lund", "marta.lund@hedemora.se", "Hedemora kommun")], [S1, S2]),
             "iso-8859-1; administrator registers two 'Efternamn, Förnamn' colleagues, not herself; sessions by "
             "ordinal",
             charset="iso-8859-1"),
        mail("ak095", "2027-01-19T16:22", ("Tomás Reyes", "tomas.reyes@lansstyrelsen.se"), "Sign-up DalaLab",
             "Dear Linnea,\n\nI'd like to sign up for the DalaLab learning project – all sessions except the one in "
             "November, as I will be on parental leave then.\n\nPlease note that I'm vegan.\n\nBest regards,\n"
             "Tomás Reyes\nPlanning analyst\nCounty Administrative Board of Dalarna\n",
             X("register", [P("Tomás Reyes", "tomas.reyes@lansstyrelsen.se", "Länsstyrelsen Dalarna", diet="vegan")],
               [S1, S2, S4], diet="vegan"),
             "English; 'all except the one in November'; organisation from the domain"),
        tg("ak096", "2027-01-07T20:31", "Johan Lindqvist", 5512309876,
           "Hej! Anmäler mig till alla fyra träffarna. Johan, Orsa kommun",
           X("register", [P("Johan Lindqvist", None, "Orsa kommun")], ALL),
           "Telegram plain signup, organisation from the text"),
        mail("ak097", "2027-02-17T11:48", ("Karin Mattsson", "karin.mattsson@smedjebacken.se"), "Ny anmälan",
             "Hej igen!\n\nI januari avanmälde jag mig eftersom jag trodde att jag skulle vara föräldraledig i höst, "
             "men planerna har ändrats. Jag vill därför anmäla mig på nytt, till träffarna 21 september och "
             "29 november. Vårträffen hinner jag tyvärr inte med.\n\nKarin Mattsson\nSmedjebackens kommun\n",
             X("register", [P("Karin Mattsson", "karin.mattsson@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "re-registration after an earlier cancellation; mentions the old cancellation and the spring session "
             "it does not want"),
        tg("ak099", "2027-02-03T08:12", "Emma Nordin", 6120447391,
           "Kan du anmäla min kollega Nils Åberg också? Han har inte Telegram. Han vill gå på alla. "
           "Vi jobbar båda på Säters kommun",
           X("register", [P("Nils Åberg", None, "Säters kommun")], ALL),
           "Telegram sender (already registered) adds a colleague without an address; phrased as a question but "
           "a request"),
        mail("ak100", "2027-01-26T10:30", ("Samhällsbyggnad Vansbro", "samhallsbyggnad@vansbro.se"),
             "Anmälan DalaLab – Linda Ek",
             "Hej,\n\nVi anmäler Linda Ek (linda.ek@vansbro.se) till första och tredje träffen i DalaLab. "
             "Eventuella frågor om anmälan kan skickas direkt till Linda.\n\n"
             "/Samhällsbyggnadsförvaltningen\nVansbro kommun\n",
             X("register", [P("Linda Ek", "linda.ek@vansbro.se", "Vansbro kommun")], [S1, S3]),
             "shared mailbox writes for a person whose own address is in the text; sessions by ordinal"),
        mail("ak101", "2027-02-08T14:05", ("Anders Grip", "anders.grip@gagnef.se"), "Gemensam anmälan Gagnef/Leksand",
             "Hej!\n\nVi samarbetar över kommungränsen kring översiktsplanen och vill anmäla oss tillsammans: jag "
             "själv från Gagnef och Helena Sjöberg från Leksands kommun, helena.sjoberg@leksand.se. Båda till "
             "samtliga träffar.\n\nMvh\nAnders Grip\nGagnefs kommun\n",
             X("register", [P("Anders Grip", "anders.grip@gagnef.se", "Gagnefs kommun"),
                            P("Helena Sjöberg", "helena.sjoberg@leksand.se", "Leksands kommun")], ALL),
             "two organisations in one mail"),
        mail("ak102", "2027-01-14T12:51", ("Sofia Lindberg", "sofia.lindberg@falun.se"), "Re: Bekräftelse: DalaLab",
             "Hej! Svarar på bekräftelsen eftersom det gick snabbast. Min chef Karin Wallin vill också anmäla sig, "
             "till alla träffar utom den i november. Hon nås på karin.wallin@falun.se.\n\n/Sofia\n\n"
             "Den 13 jan 2027 kl. 15:20 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Sofia Lindberg!\n>\n> Du är anmäld till DalaLab:\n> • 3 maj 2027\n> • 21 september 2027\n"
             "> • 29 november 2027\n> • 22 februari 2028\n>\n> Välkommen!\n> Region Dalarna\n",
             X("register", [P("Karin Wallin", "karin.wallin@falun.se", "Falu kommun")], [S1, S2, S4]),
             "new signup for the manager inside a reply to the sender's confirmation (quoted dates are not hers); "
             "'alla utom den i november'"),
        mail("ak103", "2027-03-02T09:17", ("Viktor Hammar", "viktor.hammar@malung-salen.se"), "Anmälan",
             "Hej!\n\nJag vill delta på träffen om att planera för både önskvärda framtider och osäkerheter, samt på "
             "den om tillgänglighet.\n\nMvh Viktor Hammar\nÖversiktsplanerare\nMalung-Sälens kommun\n"
             "Tfn 0280-181 00\n",
             X("register", [P("Viktor Hammar", "viktor.hammar@malung-salen.se", "Malung-Sälens kommun")], [S3, S4]),
             "sessions by theme only"),
        tg("ak104", "2027-03-15T22:04", "Lena Björk", 7003918254,
           "anmäla mej till 21/9 o 29/11 tack! lena, avesta",
           X("register", [P("Lena Björk", None, "Avesta kommun")], [S2, S3]),
           "Telegram, lower case, spoken spelling, dates d/m"),
        mail("ak105", "2027-02-24T15:36", ("Mats Engström", "mats.engstrom@rattvik.se"), "Anmälan Rättvik",
             "Hej!\n\nJag anmäler Lisa Holmgren och Kalle Fors från vår planeringsavdelning till hela serien. "
             "Själv försöker jag hänga med på första träffen om kalendern tillåter, men räkna inte med mig ännu.\n\n"
             "Mats Engström\nAvdelningschef Samhällsbyggnad\nRättviks kommun\n",
             X("register", [P("Lisa Holmgren", None, "Rättviks kommun"), P("Kalle Fors", None, "Rättviks kommun")],
               ALL, unsure=["sender-attends"]),
             "manager registers two colleagues without addresses; his own attendance is tentative"),

        # ---------------------------------------------------------------- change
        mail("ak106", "2027-02-02T08:44", ("Jenny Åström", "jenny.astrom@borlange.se"), "byte av träff",
             "Hej! Jag skulle vilja byta från 3 maj till 21 spetember om det går.\n\nTack! /Jenny\n",
             X("change", [P("Jenny Åström", "jenny.astrom@borlange.se", "Borlänge kommun")], [S2]),
             "bare swap with a typo in the month; gives only the new session"),
        mail("ak107", "2027-02-22T13:10", ("Stefan Lundgren", "stefan.lundgren@orsa.se"), "Tillägg till anmälan",
             "Hej,\n\nJag är anmäld till 3/5 och 21/9. Nu har jag fått klartecken från min chef att gå på fler, så "
             "lägg gärna till 29/11 också. Februariträffen får vi se om.\n\nStefan Lundgren\nOrsa kommun\n",
             X("change", [P("Stefan Lundgren", "stefan.lundgren@orsa.se", "Orsa kommun")], [S1, S2, S3]),
             "adding a session with the current ones stated -> sessions after the change; February only mused on"),
        mail("ak108", "2026-12-18T17:02", ("Hanna Petersson", "hanna.petersson@ludvika.se"), "Glömde en sak",
             "Hej igen,\n\njag glömde skriva i min anmälan att jag är glutenintolerant.\n\nMvh Hanna\n",
             X("change", [P("Hanna Petersson", "hanna.petersson@ludvika.se", "Ludvika kommun",
                            diet="glutenintolerant")], [], diet="glutenintolerant"),
             "diet update after the signup, no session named"),
        mail("ak109", "2027-01-28T10:02", ("Birgitta Olsson", "birgitta.olsson@alvdalen.se"), "Kost – Ahmed Yusuf",
             "Hej!\n\nEn komplettering till anmälan för Ahmed Yusuf från vår kommun: han äter halal.\n\n"
             "Själv är jag inte anmäld, jag är hans chef.\n\nBirgitta Olsson\nÄlvdalens kommun\n",
             X("change", [P("Ahmed Yusuf", None, "Älvdalens kommun", diet="halal")], [], diet="halal"),
             "manager updates a colleague's diet; sender not among people"),
        mail("ak110", "2027-03-03T09:40", ("Tobias Wikström", "tobias.wikstrom@sater.se"), "VB: Kan inte i höst",
             "Hej Linnea,\n\nSe nedan. Ola Persson (ola.persson@sater.se) går istället för Eva på de två "
             "höstträffarna.\n\n/Tobias\nEnhetschef plan, Säters kommun\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Eva Lindahl <eva.lindahl@sater.se>\n"
             "Skickat: den 3 mars 2027 08:12\nTill: Tobias Wikström <tobias.wikstrom@sater.se>\n"
             "Ämne: Kan inte i höst\n\nHej Tobias,\n\njag har fått tjänstledighet beviljad från augusti till "
             "december, så jag kan inte gå på DalaLab-träffarna i september och november. Kan någon annan ta min "
             "plats?\n\n/Eva\n",
             X("change", [P("Eva Lindahl", "eva.lindahl@sater.se", "Säters kommun"),
                          P("Ola Persson", "ola.persson@sater.se", "Säters kommun")], [S2, S3]),
             "forwarded chain; manager names a substitute for the autumn sessions; the leaver's address only in "
             "the quoted mail"),
        tg("ak111", "2027-03-21T19:47", "Maria Holm", 5894021177,
           "hej, jonas berg går istället för mig den 3 maj. vi är båda på rättviks kommun",
           X("change", [P("Maria Holm", None, "Rättviks kommun"), P("Jonas Berg", None, "Rättviks kommun")], [S1]),
           "Telegram lower-case substitution for one session"),
        mail("ak112", "2026-12-11T08:20", ("Åsa Jönsson", "asa.jonsson@leksand.se"), "SV: Bekräftelse: DalaLab",
             "Hej!\n\nTack för bekräftelsen. En liten sak: ni har skrivit mitt efternamn som Jonsson, men det är "
             "Jönsson med ö. Kan ni rätta det så att det blir rätt på namnskylten?\n\n/Åsa\n\n"
             "Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>\nSkickat: den 10 december 2026 14:45\n"
             "Ämne: Bekräftelse: DalaLab\n\nHej Åsa Jonsson!\n\nDu är anmäld till alla fyra träffarna i DalaLab "
             "(3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028).\n",
             X("change", [P("Åsa Jönsson", "asa.jonsson@leksand.se", "Leksands kommun")], []),
             "confirmation answered with a name correction; sessions unchanged, quoted dates not hers to change"),
        mail("ak113", "2027-01-05T11:33", ("Rikard Berg", "rikard.berg@regiondalarna.se"), "RE: Bekräftelse: DalaLab",
             "<html><body><div>Hej,</div><div>i bekräftelsen står bara 3 maj, men jag anmälde mig till alla fyra "
             "träffarna. Kan ni rätta?</div><div>Mvh Rikard</div><hr>"
             "<div><b>Från:</b> DalaLab anmälan &lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 4 "
             "januari 2027 10:05<br><b>Ämne:</b> Bekräftelse: DalaLab</div>"
             "<p>Hej Rikard Berg!</p><p>Du är anmäld till: 3 maj 2027, Falun.</p></body></html>",
             X("change", [P("Rikard Berg", "rikard.berg@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only reply to a wrong confirmation: the person's sessions after the fix are all four"),
        mail("ak114", "2027-03-08T07:55", ("Lina Forsberg", "lina.forsberg@gagnef.se"), "Ny arbetsplats",
             "Hej!\n\nJag är anmäld till DalaLab men byter jobb till Mora kommun från 1 april. Min nya adress blir "
             "lina.forsberg@mora.se, skicka gärna all information dit framöver. Jag vill fortsätta i projektet "
             "som planerat.\n\nLina Forsberg\n",
             X("change", [P("Lina Forsberg", "lina.forsberg@mora.se", "Mora kommun")], [],
               unsure=["organisation"]),
             "address and organisation update, no sessions; new address in the text wins over the sender's"),
        mail("ak116", "2027-03-29T14:14", ("Peter Sundin", "peter.sundin@avesta.se"), "Ändra min anmälan",
             "Hej, kan ni ändra min anmälan till alla träffar utom februariträffen?\n\nTack, Peter Sundin\n",
             X("change", [P("Peter Sundin", "peter.sundin@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "change stated as 'alla utom februariträffen' -> the three after the change"),
        mail("ak117", "2027-03-10T10:26", ("Monica Ekström", "monica.ekstrom@ludvika.se"), "Byte för Per Nyström",
             "Hej,\n\nPer Nyström här på kommunen ber mig meddela att han vill byta 21 september mot 29 november.\n\n"
             "Med vänlig hälsning\nMonica Ekström\nAssistent, Ludvika kommun\n",
             X("change", [P("Per Nyström", None, "Ludvika kommun")], [S3]),
             "assistant asks for a colleague's swap; bare swap gives the new session only"),
        mail("ak118", "2027-04-06T16:50", ("Elsa Karlsson", "elsa.karlsson@smedjebacken.se"), "Byta träff?",
             "Hej! Jag är anmäld till träffen om utvecklingsinriktning i ÖP-modellen men skulle hellre vilja gå på "
             "den om tillgänglighet. Går det att byta?\n\nElsa Karlsson, Smedjebacken\n",
             X("change", [P("Elsa Karlsson", "elsa.karlsson@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "swap by theme, phrased as a question"),

        # ---------------------------------------------------------------- cancel
        mail("ak115", "2027-03-17T12:03", ("Cecilia Nord", "cecilia.nord@falun.se"), "Ändring i anmälan",
             "Hej!\n\nJag måste tyvärr stryka mig från träffen 21/9, det krockar med kommunfullmäktige. Henrik Dahls "
             "anmälan gäller som förut, och själv kommer jag på övriga träffar som planerat.\n\n"
             "Cecilia Nord\nFalu kommun\n",
             X("cancel", [P("Cecilia Nord", "cecilia.nord@falun.se", "Falu kommun")], [S2]),
             "drops one session under subject 'Ändring'; colleague's signup 'gäller som förut' -> not among people"),
        mail("ak119", "2027-02-11T09:09", ("Gustav Lind", "gustav.lind@hedemora.se"), "Avanmälan DalaLab",
             "Hej,\n\njag har fått ett nytt jobb utanför länet och måste därför avanmäla mig från DalaLab. Tack för "
             "att jag fick vara med på listan!\n\nGustav Lind\nHedemora kommun\n",
             X("cancel", [P("Gustav Lind", "gustav.lind@hedemora.se", "Hedemora kommun")], ALL),
             "iso-8859-1 whole cancellation, no session named",
             charset="iso-8859-1"),
        mail("ak120", "2027-03-24T18:31", ("Yvonne Bergqvist", "yvonne.bergqvist@vansbro.se"), "Förhinder 29 nov",
             "Hej Linnea,\n\nJag får förhinder den 29 november (semesterresa som var bokad sedan tidigare), men "
             "resten av min anmälan står kvar.\n\nYvonne\n",
             X("cancel", [P("Yvonne Bergqvist", "yvonne.bergqvist@vansbro.se", "Vansbro kommun")], [S3]),
             "drops one session, the others remain"),
        mail("ak121", "2027-01-21T15:15", ("Lars Öberg", "lars.oberg@mora.se"), "Ändring – DalaLab",
             "Hej Linnea!\n\nJohanna Rask har slutat hos oss, så hennes plats i DalaLab kan strykas. Vi har i "
             "dagsläget ingen som ersätter henne, men jag hör av mig om det ändras.\n\nLars Öberg\n"
             "Planeringschef, Mora kommun\n",
             X("cancel", [P("Johanna Rask", None, "Mora kommun")], ALL),
             "manager withdraws a colleague without substitute under subject 'Ändring' -> cancel"),
        mail("ak122", "2027-03-12T15:02", ("HR Avesta", "hr@avesta.se"), "VB: DalaLab",
             "Hej,\n\nvidarebefordrar enligt önskemål från Anna.\n\nMed vänlig hälsning\nHR-enheten, Avesta kommun\n\n"
             "---------- Vidarebefordrat meddelande ----------\nFrån: Anna Grönlund <anna.gronlund@avesta.se>\n"
             "Datum: 12 mars 2027 14:33\nÄmne: DalaLab\nTill: HR <hr@avesta.se>\n\n"
             "Hej! Jag är sjukskriven en längre tid och kommer inte att kunna delta på något av DalaLab-"
             "tillfällena. Kan ni meddela Region Dalarna? Jag har inte deras adress här hemma.\n\nAnna\n",
             X("cancel", [P("Anna Grönlund", "anna.gronlund@avesta.se", "Avesta kommun")], ALL),
             "cancellation inside a forwarded chain from an HR mailbox; person's address only in the quoted header"),
        tg("ak123", "2027-04-02T07:21", "Kristoffer Ahl", 4471290038,
           "sorry, kan inte komma 3 maj 😕 de andra går bra",
           X("cancel", [P("Kristoffer Ahl", None, None)], [S1]),
           "Telegram partial cancel with emoji; no organisation anywhere"),
        mail("ak124", "2027-03-30T10:48", ("Fatima Haddad", "fatima.haddad@regiondalarna.se"),
             "Withdrawal – September session",
             "Hi Linnea,\n\nUnfortunately I have to withdraw from the September session because of a conference in "
             "Brussels. I'm still planning to attend the other three.\n\nKind regards,\nFatima Haddad\n"
             "Regional development, Region Dalarna\n",
             X("cancel", [P("Fatima Haddad", "fatima.haddad@regiondalarna.se", "Region Dalarna")], [S2]),
             "English partial withdrawal"),
        mail("ak125", "2027-04-08T08:36", ("Sara Lindgren", "sara.lindgren@sater.se"), "Vårträffen",
             "Hej!\n\nBåde jag och min kollega Lars Hägg stryker oss från vårträffen i Falun – vi har ett samråd "
             "just då. Vi ses i september!\n\nSara Lindgren\nSäters kommun\n",
             X("cancel", [P("Sara Lindgren", "sara.lindgren@sater.se", "Säters kommun"),
                          P("Lars Hägg", None, "Säters kommun")], [S1]),
             "two people drop the spring session; colleague without address"),
        tg("ak098", "2027-03-26T12:40", "Ida Sjögren", 6633810452,
           "Jag kan inte 22/2. Kan nån annan från Borlänge ta min plats? Återkommer med namn i så fall",
           X("cancel", [P("Ida Sjögren", None, "Borlänge kommun")], [S4], unsure=["change-or-cancel"]),
           "Telegram drop of one session with a possible substitute not yet named"),

        # ---------------------------------------------------------------- question / unknown
        mail("ak126", "2027-01-25T13:27", ("Nina Holm", "nina.holm@leksand.se"), "Är jag anmäld?",
             "Hej!\n\nJag anmälde mig för ett par veckor sedan men har inte fått någon bekräftelse. Kan du kolla att "
             "jag finns med på listan?\n\nNina Holm\nLeksands kommun\n",
             X("question"),
             "missing confirmation: asks for a check, registers nothing"),
        mail("ak127", "2027-02-15T11:11", ("Erik Nyberg", "erik.nyberg@ludvika.se"), "Fjärde deltagare",
             "Hej,\n\nvi är redan tre från Ludvika anmälda men har en nyanställd planerare som också är intresserad. "
             "Undrar om det finns möjlighet till en reservplats eller om gränsen är absolut.\n\n"
             "Erik Nyberg\nLudvika kommun\n",
             X("question"),
             "quota question without a question mark; the fourth person is not named"),
        tg("ak128", "2027-04-09T21:15", "Oskar Dahl", 5209987765,
           "vart är träffen 21/9? samma lokal som i maj",
           X("question"),
           "Telegram question naming a date -> sessions empty"),
        mail("ak130", "2026-12-21T09:52", ("Malin Berg", "malin.berg@orsa.se"), "SV: Bekräftelse: DalaLab",
             "Tack, då är det noterat! Ser fram emot maj.\n\n/Malin\n\n"
             "Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>\nSkickat: den 20 december 2026 17:30\n"
             "Ämne: Bekräftelse: DalaLab\n\nHej Malin Berg!\n\nDu är anmäld till DalaLab: 3 maj 2027, "
             "21 september 2027, 29 november 2027 och 22 februari 2028.\n\nVälkommen!\nRegion Dalarna\n",
             X("unknown"),
             "thank-you reply to a confirmation: nothing to act on, quoted dates ignored"),
        mail("ak131", "2027-02-26T06:03", ("Nordic Planning Directory", "registrering@nordicplanningdir.com"),
             "Bekräfta er registrering – DalaLab 2027",
             "Hej!\n\nEr organisation har registrerats som deltagare i DalaLab 2027. För att behålla er plats i "
             "deltagarkatalogen måste registreringen bekräftas senast 5 mars 2027.\n\nBekräfta här: "
             "https://nordicplanningdir.com/confirm?id=88213\n\nÅrsavgift 8 900 kr exkl. moms faktureras efter "
             "bekräftelse.\n\nNordic Planning Directory\n",
             X("unknown"),
             "directory scam dressed as a registration confirmation"),

        # ---------------------------------------------------------------- erasure
        mail("ak133", "2027-03-19T14:40", ("Bengt Holmberg", "bengt.holmberg@borlange.se"), "Radera mina uppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i februari och har nu också avslutat min tjänst. Jag vill att ni "
             "raderar alla mina personuppgifter ur er deltagarlista.\n\nBengt Holmberg\n",
             X("erasure", [P("Bengt Holmberg", "bengt.holmberg@borlange.se", "Borlänge kommun")]),
             "erasure after an earlier cancellation"),
        tg("ak134", "2027-04-04T10:05", "Liam O'Connor", 8120034561,
           "Hi, I cancelled last month. Please delete all my personal data from your system (GDPR). Thanks",
           X("erasure", [P("Liam O'Connor", None, None)]),
           "English Telegram GDPR erasure"),

        # ---------------------------------------------------------------- auto_reply
        mail("ak132", "2026-12-22T16:45", ("Jonas Ek", "jonas.ek@falun.se"), "Automatiskt svar: Bekräftelse: DalaLab",
             "Hej!\n\nJag är på semester till och med 6 januari 2027 och läser inte min e-post. Vid brådskande "
             "ärenden, kontakta samhällsbyggnadsförvaltningens växel på 023-830 00.\n\nJonas Ek\nFalu kommun\n",
             X("auto_reply"),
             "out-of-office in reply to a confirmation"),
        mail("ak129", "2027-01-13T08:01", ("Mail Delivery System", "mailer-daemon@malung-salen.se"),
             "Undeliverable: Bekräftelse: DalaLab",
             "Delivery has failed to these recipients or groups:\n\nmikael.sund@malung-salen.se\n"
             "The email address you entered couldn't be found. Please check the recipient's email address and try "
             "to resend the message.\n\nDiagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\nFrom: linnea.hassis@regiondalarna.se\nTo: mikael.sund@malung-salen.se\n"
             "Subject: Bekräftelse: DalaLab\n\nHej Mikael Sund! Du är anmäld till 21 september 2027 och "
             "29 november 2027.\n",
             X("auto_reply"),
             "bounce of a confirmation, quoting a name and dates"),
        mail("ak135", "2027-02-09T13:18", ("Petra Wallin", "petra.wallin@hedemora.se"), "Läst: Bekräftelse: DalaLab",
             "Ditt meddelande\n\n  Till: Petra Wallin\n  Ämne: Bekräftelse: DalaLab\n"
             "  Skickat: den 9 februari 2027 11:02\n\nlästes den 9 februari 2027 13:18.\n",
             X("auto_reply"),
             "read receipt for a confirmation"),
    ]
