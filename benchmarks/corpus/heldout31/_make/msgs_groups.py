from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INBJUDAN = """

________________________________
Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 25 november 2026 14:02
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar med
planeringsprocesser till lärprojektet DalaLab. Projektet består av fyra träffar:

  1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv (med Boverket)
  2. 21 september 2027 – Utvecklingsinriktning i ÖP-modellen
  3. 29 november 2027 – Att planera för önskvärda framtider och osäkerheter
  4. 22 februari 2028 – Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är
14 april 2027. Ange eventuell specialkost vid anmälan.

Välkomna!
Linnea Hassis, Region Dalarna
"""

INBJUDAN_Q = "Den 25 nov. 2026 kl. 14:02 skrev Hassis Linnea <linnea.hassis@regiondalarna.se>:\n" + "\n".join(
    "> " + l if l else ">" for l in INBJUDAN.replace("\u2013", "-").strip("\n").splitlines()[6:])


def messages():
    return [
        mail("ah046", "2026-12-02T08:47", ("Anna Berglund", "anna.berglund@falun.se"), "Anmälan DalaLab – tre från Falun",
             "Hej Linnea!\n\nJag vill anmäla mig själv och två kollegor på stadsbyggnadskontoret till DalaLab:\n\n"
             "Johan Ek, johan.ek@falun.se\nMaria Sjöberg, maria.sjoberg@falun.se\n\n"
             "Vi kommer alla tre på samtliga fyra träffar.\n\nVänliga hälsningar\nAnna Berglund\nÖversiktsplanerare\n"
             "Falu kommun, Stadsbyggnadsförvaltningen\n791 83 Falun\nTel 023-82 000",
             X("register", [P("Anna Berglund", "anna.berglund@falun.se", "Falu kommun"),
                            P("Johan Ek", "johan.ek@falun.se", "Falu kommun"),
                            P("Maria Sjöberg", "maria.sjoberg@falun.se", "Falu kommun")], ALL),
             "ordinary: sender plus two colleagues with addresses, all sessions"),

        mail("ah047", "2026-12-03T13:15", ("Ylva Granberg", "ylva.granberg@ludvika.se"), "Anmälan till DalaLab",
             "Hej,\n\nPå uppdrag av samhällsbyggnadschefen anmäler jag följande medarbetare till DalaLab:\n\n"
             "Holm, Peter\nNyström, Sara\n\nDe deltar den 3 maj och den 21 september.\n\n"
             "Med vänlig hälsning\nYlva Granberg\nNämndsekreterare/assistent\nLudvika kommun\n0240-860 00",
             X("register", [P("Peter Holm", None, "Ludvika kommun"), P("Sara Nyström", None, "Ludvika kommun")], [S1, S2]),
             "secretary (not a participant); 'Efternamn, Förnamn' without addresses; two sessions"),

        tg("ah048", "2026-12-04T20:31", "Emil Dahl", 5123907741,
           "Hej! Vi blir tre från Orsa kommun: jag (Emil Dahl), Lena Persson och Olof Mattsson. Anmäl oss till alla träffar tack!",
           X("register", [P("Emil Dahl", None, "Orsa kommun"), P("Lena Persson", None, "Orsa kommun"),
                          P("Olof Mattsson", None, "Orsa kommun")], ALL),
           "telegram group signup, no addresses"),

        mail("ah049", "2026-12-07T10:02", ("Jenny Wahlberg", "jenny.wahlberg@hedemora.se"), "DalaLab – Hedemora och Säter",
             "Hej Linnea,\n\nHedemora och Säter har ett gemensamt arbete med vår planeringsstrategi, så vi vill gärna "
             "gå tillsammans. Jag anmäler mig själv och Erik Lund på Säters kommun (erik.lund@sater.se) till träffarna "
             "den 29 november och den 22 februari.\n\nHälsningar\nJenny Wahlberg\nHedemora kommun",
             X("register", [P("Jenny Wahlberg", "jenny.wahlberg@hedemora.se", "Hedemora kommun"),
                            P("Erik Lund", "erik.lund@sater.se", "Säters kommun")], [S3, S4]),
             "two organisations in one mail; two later sessions"),

        mail("ah050", "2026-12-08T15:40", ("Per Hallberg", "per.hallberg@leksand.se"), "Anmälan DalaLab Leksand",
             "Hej!\n\nHär kommer Leksands anmälan till DalaLab, alla fyra träffarna:\n\n"
             "- Per Hallberg (jag), per.hallberg@leksand.se – ingen specialkost\n"
             "- Malin Åkerlund, malin.akerlund@leksand.se – vegetarisk\n"
             "- Stefan Grip, stefan.grip@leksand.se – glutenfri\n\n"
             "Tack på förhand!\n/Per\n\n--\nPer Hallberg | Planarkitekt | Leksands kommun\nBox 7, 793 21 Leksand | 0247-800 00",
             X("register", [P("Per Hallberg", "per.hallberg@leksand.se", "Leksands kommun"),
                            P("Malin Åkerlund", "malin.akerlund@leksand.se", "Leksands kommun", diet="vegetarisk"),
                            P("Stefan Grip", "stefan.grip@leksand.se", "Leksands kommun", diet="glutenfri")],
               ALL, diet="vegetarisk, glutenfri"),
             "per-person diets in a list; sender has none"),

        mail("ah051", "2026-12-09T09:05", ("Planeringsavdelningen Mora", "planering@mora.se"), "Anmälan",
             "Hej,\n\nVi anmäler Sofia Holm (sofia.holm@mora.se) till den första träffen i DalaLab, 3 maj i Falun.\n\n"
             "Hälsningar\nPlaneringsavdelningen\nMora kommun",
             X("register", [P("Sofia Holm", "sofia.holm@mora.se", "Mora kommun")], [S1]),
             "function mailbox writing for a person whose address is in the text"),

        mail("ah052", "2026-12-10T11:22", ("Lotta Engström", "lotta.engstrom@borlange.se"), "Fråga om antal deltagare",
             "Hej Linnea,\n\nVi är fyra planerare i Borlänge som är intresserade av DalaLab. Jag ser att det står upp "
             "till tre personer per kommun. Gäller det per träff eller för hela projektet? Kan vi alltså turas om, så "
             "att olika personer går på olika träffar?\n\nVi återkommer med anmälan när vi vet hur det fungerar.\n\n"
             "Mvh Lotta Engström\nBorlänge kommun",
             X("question"),
             "quota question, explicitly no signup yet"),

        mail("ah053", "2026-12-11T07:58", ("Göran Mattsson", "goran.mattsson@avesta.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea,\n\nJag anmäler härmed mina medarbetare Therese Björk och Daniel Asp till samtliga tillfällen. "
             "Själv har jag tyvärr inte möjlighet att delta.\n\n"
             "Med vänliga hälsningar\n\nGöran Mattsson\nEnhetschef Samhällsplanering\nAvesta kommun\nKungsgatan 32, 774 81 Avesta\n"
             "Tel: 0226-64 50 00 | Mobil: 070-123 45 67\nwww.avesta.se" + INBJUDAN,
             X("register", [P("Therese Björk", None, "Avesta kommun"), P("Daniel Asp", None, "Avesta kommun")], ALL),
             "manager registers staff, not himself; Outlook reply quoting all four dates"),

        mail("ah054", "2026-12-14T16:10", ("Ingrid Söderberg", "ingrid.soderberg@gagnef.se"), "Avanmälan höstens träffar",
             "Hej,\n\nTyvärr kan Anders Wik och Kristina Olsson inte delta på höstens två träffar (21/9 och 29/11) på "
             "grund av budgetarbetet. Övriga träffar kvarstår de på.\n\nHälsningar\nIngrid Söderberg\nPlanchef, Gagnefs kommun",
             X("cancel", [P("Anders Wik", None, "Gagnefs kommun"), P("Kristina Olsson", None, "Gagnefs kommun")], [S2, S3]),
             "manager cancels two colleagues for two sessions; sender not among"),

        mail("ah055", "2026-12-15T12:34", ("Lars Eriksson", "lars.eriksson@rattvik.se"), "Byte av deltagare 3 maj",
             "Hej!\n\nJag kan inte gå på träffen den 3 maj, men min kollega Ida Berg (ida.berg@rattvik.se) går i stället "
             "för mig den dagen. Övriga träffar går jag på som planerat.\n\nMvh Lars Eriksson\nRättviks kommun",
             X("change", [P("Lars Eriksson", "lars.eriksson@rattvik.se", "Rättviks kommun"),
                          P("Ida Berg", "ida.berg@rattvik.se", "Rättviks kommun")], [S1]),
             "substitution for one session"),

        mail("ah056", "2026-12-16T09:20", ("Michael Turner", "michael.turner@lansstyrelsen.se"), "Registration DalaLab",
             "Dear Linnea,\n\nI would like to register myself and my colleague Hanna Forsberg (hanna.forsberg@lansstyrelsen.se) "
             "for the DalaLab meetings on 21 September and 29 November.\n\nBest regards,\nMichael Turner\n"
             "Länsstyrelsen Dalarna, Samhällsbyggnadsenheten",
             X("register", [P("Michael Turner", "michael.turner@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Hanna Forsberg", "hanna.forsberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "English, self plus colleague, two sessions"),

        mail("ah057", "2026-12-17T14:03", ("Camilla Norén", "camilla.noren@vansbro.se"), "Anmälan DalaLab",
             "<html><body><p>Hej Linnea!</p><p>Vi anmäler oss tre från Vansbro kommun till alla träffar i DalaLab:</p>"
             "<table border=\"1\"><tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>"
             "<tr><td>Camilla Norén</td><td>camilla.noren@vansbro.se</td><td>-</td></tr>"
             "<tr><td>Hampus Lindh</td><td>hampus.lindh@vansbro.se</td><td>laktosfri</td></tr>"
             "<tr><td>Eva Sandberg</td><td>eva.sandberg@vansbro.se</td><td>-</td></tr></table>"
             "<p>Vänliga hälsningar<br>Camilla Norén<br>Vansbro kommun</p></body></html>",
             X("register", [P("Camilla Norén", "camilla.noren@vansbro.se", "Vansbro kommun"),
                            P("Hampus Lindh", "hampus.lindh@vansbro.se", "Vansbro kommun", diet="laktosfri"),
                            P("Eva Sandberg", "eva.sandberg@vansbro.se", "Vansbro kommun")], ALL, diet="laktosfri"),
             "HTML-only table with a diet column", html=True),

        mail("ah058", "2026-12-18T10:45", ("Britt Mård", "britt.mard@alvdalen.se"), "Anmälan till DalaLab från Älvdalen",
             "Hej,\n\nHärmed anmäls följande från Älvdalens kommun till lärprojektet DalaLab:\n\n"
             "Mård, Britt <britt.mard@alvdalen.se> (undertecknad)\nStåhl, Gunnel <gunnel.stahl@alvdalen.se>\n\n"
             "Hälsningar\nBritt Mård\nSamhällsbyggnadsförvaltningen, Älvdalens kommun\nDalgatan 23, 796 30 Älvdalen",
             X("register", [P("Britt Mård", "britt.mard@alvdalen.se", "Älvdalens kommun"),
                            P("Gunnel Ståhl", "gunnel.stahl@alvdalen.se", "Älvdalens kommun")], ALL),
             "iso-8859-1; 'Efternamn, Förnamn <addr>' list including the sender", charset="iso-8859-1"),

        mail("ah059", "2026-12-21T08:30", ("Rebecka Falk", "rebecka.falk@smedjebacken.se"), "Anmälan Smedjebacken – fyra personer",
             "Hej Linnea,\n\nVi är fyra från Smedjebackens kommun som vill gå DalaLab, alla träffar:\n\n"
             "Rebecka Falk (jag)\nNils Forsman, nils.forsman@smedjebacken.se\nAgnes Holmgren, agnes.holmgren@smedjebacken.se\n"
             "Jonas Rapp, jonas.rapp@smedjebacken.se\n\n"
             "Jag vet att gränsen är tre per kommun, så om det inte går får Jonas gärna stå på reservlistan.\n\n"
             "Mvh Rebecka",
             X("register", [P("Rebecka Falk", "rebecka.falk@smedjebacken.se", "Smedjebackens kommun"),
                            P("Nils Forsman", "nils.forsman@smedjebacken.se", "Smedjebackens kommun"),
                            P("Agnes Holmgren", "agnes.holmgren@smedjebacken.se", "Smedjebackens kommun"),
                            P("Jonas Rapp", "jonas.rapp@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "four from one municipality, the fourth asks to be waitlisted (quota)"),

        tg("ah060", "2027-01-07T18:12", "Jonas Åberg", 6620183347,
           "Hej! Jag och Sofia Holm från Mora måste tyvärr avanmäla oss från träffen 21/9. Vi kommer på de andra.",
           X("cancel", [P("Jonas Åberg", None, "Mora kommun"), P("Sofia Holm", None, "Mora kommun")], [S2]),
           "telegram partial cancellation for two people"),

        mail("ah061", "2027-01-08T13:50", ("Fredrik Olsson", "fredrik.olsson@malung-salen.se"), "DalaLab",
             "Hej!\n\nJag och min kollega Sanna Ek skulle vilja komma på höstens träff i DalaLab. Går det bra?\n\n"
             "Mvh Fredrik Olsson\nMalung-Sälens kommun",
             X("register", [P("Fredrik Olsson", "fredrik.olsson@malung-salen.se", "Malung-Sälens kommun"),
                            P("Sanna Ek", None, "Malung-Sälens kommun")], [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular while there are two autumn sessions"),

        mail("ah062", "2027-01-11T09:14", ("Camilla Rask", "camilla.rask@hedemora.se"), "VB: DalaLab",
             "Hej Linnea,\n\nSe nedan – Pontus vill också vara med. Anmäl oss båda till alla träffar, tack!\n\n/Camilla\n\n"
             "Från: Pontus Ek <pontus.ek@hedemora.se>\nSkickat: den 10 januari 2027 16:40\nTill: Camilla Rask <camilla.rask@hedemora.se>\n"
             "Ämne: DalaLab\n\nCamilla, kan du anmäla mig också när du ändå anmäler dig till DalaLab? Jag hinner inte i dag.\n\n/Pontus",
             X("register", [P("Camilla Rask", "camilla.rask@hedemora.se", "Hedemora kommun"),
                            P("Pontus Ek", "pontus.ek@hedemora.se", "Hedemora kommun")], ALL),
             "forwarded chain; colleague's address from the forwarded header"),

        mail("ah063", "2027-01-12T15:25", ("Kajsa Lind", "kajsa.lind@borlange.se"), "Lägga till träff",
             "Hej,\n\nRolf Jansson och jag är anmälda till träffen den 3 maj. Vi vill gärna lägga till träffen den "
             "22 februari 2028 också, för oss båda.\n\nTack!\nKajsa Lind\nBorlänge kommun, Samhällsbyggnad",
             X("change", [P("Kajsa Lind", "kajsa.lind@borlange.se", "Borlänge kommun"),
                          P("Rolf Jansson", None, "Borlänge kommun")], [S1, S4]),
             "adding a session for two people; sessions after the change"),

        mail("ah064", "2027-01-13T10:00", ("Ulrika Hed", "ulrika.hed@regiondalarna.se"), "Deltagare från Region Dalarna",
             "Hej Linnea!\n\nFrån vår enhet kommer följande att delta på samtliga träffar i DalaLab:\n\n"
             "Amir Haddad – amir.haddad@regiondalarna.se\nLinda Berggren – linda.berggren@regiondalarna.se\n"
             "Oskar Wiklund – oskar.wiklund@regiondalarna.se\nTina Ljung – tina.ljung@regiondalarna.se\n"
             "Robert Sahlin – robert.sahlin@regiondalarna.se\n\nSjälv deltar jag inte.\n\n"
             "Hälsningar\nUlrika Hed\nEnhetschef, Regional utveckling\nRegion Dalarna",
             X("register", [P("Amir Haddad", "amir.haddad@regiondalarna.se", "Region Dalarna"),
                            P("Linda Berggren", "linda.berggren@regiondalarna.se", "Region Dalarna"),
                            P("Oskar Wiklund", "oskar.wiklund@regiondalarna.se", "Region Dalarna"),
                            P("Tina Ljung", "tina.ljung@regiondalarna.se", "Region Dalarna"),
                            P("Robert Sahlin", "robert.sahlin@regiondalarna.se", "Region Dalarna")], ALL),
             "five from Region Dalarna (no quota); manager not among"),

        mail("ah065", "2027-01-14T07:02", ("Mattias Grönlund", "mattias.gronlund@falun.se"), "Autosvar: Anmälan DalaLab – bekräftelse",
             "Tack för ditt mejl.\n\nJag är föräldraledig till och med 2027-03-31 och läser inte min e-post. "
             "Gäller det anmälningar till DalaLab för Falu kommun, kontakta Anna Berglund, anna.berglund@falun.se.\n\n"
             "Mattias Grönlund\nFalu kommun",
             X("auto_reply"),
             "out-of-office mentioning DalaLab and a colleague's address"),

        tg("ah066", "2027-01-15T21:47", "Hans Blom", 7034412290,
           "hej anmäler mig och kollegan stina wallin från säter till 3/5 och 21/9",
           X("register", [P("Hans Blom", None, "Säters kommun"), P("Stina Wallin", None, "Säters kommun")], [S1, S2]),
           "telegram lower case, short dates"),

        mail("ah067", "2027-01-18T11:11", ("Helena Nord", "helena.nord@falun.se"), "Anmälan DalaLab",
             "Hej!\n\nJag och Oskar Lindgren (oskar.lindgren@falun.se) vill anmäla oss till DalaLab, alla träffar utom "
             "den i februari. Själv är jag vegetarian och Oskar har nötallergi.\n\nMvh\nHelena Nord\nFalu kommun",
             X("register", [P("Helena Nord", "helena.nord@falun.se", "Falu kommun", diet="vegetarian"),
                            P("Oskar Lindgren", "oskar.lindgren@falun.se", "Falu kommun", diet="nötallergi")],
               [S1, S2, S3], diet="vegetarian, nötallergi"),
             "'alla utom den i februari'; per-person diets"),

        mail("ah068", "2027-01-19T14:38", ("Marie Eklund", "marie.eklund@orsa.se"), "Avanmälan DalaLab",
             "Hej,\n\nKommunchef Bengt Ahl har fått förhinder och ska avanmälas från DalaLab.\n\n"
             "Med vänlig hälsning\nMarie Eklund\nKommunledningskontoret, Orsa kommun\nTel 0250-55 21 00",
             X("cancel", [P("Bengt Ahl", None, "Orsa kommun")], ALL),
             "secretary cancels her boss; no session named"),

        tg("ah069", "2027-01-20T08:55", "Sara L", 5899013274,
           "Hej, kan man anmäla en grupp från kommunen nu och skicka in namnen senare? Vi vet inte riktigt vilka som ska gå än.",
           X("question"),
           "telegram question about group signup without names"),

        mail("ah070", "2027-01-22T10:30", ("Anna Berglund", "anna.berglund@falun.se"), "Kompletterande uppgift",
             "Hej igen!\n\nEn komplettering: min kollega Maria Sjöberg, som är anmäld till alla fyra träffarna, "
             "är glutenfri. Kan ni notera det?\n\nTack!\nAnna",
             X("change", [P("Maria Sjöberg", None, "Falu kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "diet update for a colleague; sessions stated"),

        mail("ah071", "2027-01-25T13:05", ("Johanna Vik", "johanna.vik@lansstyrelsen.se"), "Anmälan 3 maj",
             "Hej Linnea,\n\nVi är två som vill delta på första träffen den 3 maj: jag från Länsstyrelsen och Petra Sund "
             "från Region Dalarna (petra.sund@regiondalarna.se).\n\nHälsningar\nJohanna Vik\nLänsstyrelsen Dalarna",
             X("register", [P("Johanna Vik", "johanna.vik@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Petra Sund", "petra.sund@regiondalarna.se", "Region Dalarna")], [S1]),
             "two organisations, one session"),

        mail("ah072", "2027-01-26T03:17", ("Event Participant Registry", "billing@eu-event-registry.com"), "Group registration invoice – DalaLab 2027",
             "Dear participant,\n\nYour organisation's group registration for DalaLab 2027 has been entered in the "
             "European Event Participant Registry. To keep the entries of your colleagues active, please pay the "
             "annual listing fee of EUR 1 290 within 7 days.\n\nIBAN: LT12 3456 7890 1234 5678\n\n"
             "If you do not pay, the group registration may be cancelled.\n\nRegistry Department",
             X("unknown"),
             "listing scam dressed as group registration"),

        mail("ah073", "2027-01-28T09:40", ("Åsa Nygren", "asa.nygren@rattvik.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nAnmäler härmed mig själv och Göran Falk (goran.falk@rattvik.se) till träffen den 29 november.\n\n"
             "Hälsningar\nÅsa Nygren\nRättviks kommun\n\n" + INBJUDAN_Q,
             X("register", [P("Åsa Nygren", "asa.nygren@rattvik.se", "Rättviks kommun"),
                            P("Göran Falk", "goran.falk@rattvik.se", "Rättviks kommun")], [S3]),
             "iso-8859-1 reply with '>'-quoted invitation; one session", charset="iso-8859-1"),

        tg("ah074", "2027-02-01T19:20", "Tomas Berg", 6177302958,
           "Hej! Tomas Berg heter jag, jobbar på Vansbro kommun. Vill anmäla mig och min kollega Elin Strand till alla "
           "träffarna. Elins mejl är elin.strand@vansbro.se",
           X("register", [P("Tomas Berg", None, "Vansbro kommun"), P("Elin Strand", "elin.strand@vansbro.se", "Vansbro kommun")], ALL),
           "telegram, colleague's address given, sender without one"),

        mail("ah075", "2027-02-03T08:15", ("Karl Ström", "karl.strom@avesta.se"), "Byte av datum",
             "Hej,\n\nVi tre från Avesta – jag, Ann Lind och Mats Berg – vill byta 29 november mot 22 februari.\n\n"
             "Tack\nKarl Ström\nAvesta kommun",
             X("change", [P("Karl Ström", "karl.strom@avesta.se", "Avesta kommun"), P("Ann Lind", None, "Avesta kommun"),
                          P("Mats Berg", None, "Avesta kommun")], [S4]),
             "bare swap for a group gives only the new session"),

        mail("ah076", "2027-02-04T16:48", ("Ylva Granberg", "ylva.granberg@ludvika.se"), "Ändring i anmälan DalaLab",
             "Hej,\n\nEn ändring i Ludvikas anmälan: Helena Kvist kommer inte att delta alls i DalaLab. "
             "Våra två andra anmälda kvarstår som tidigare.\n\nMvh\nYlva Granberg\nLudvika kommun",
             X("cancel", [P("Helena Kvist", None, "Ludvika kommun")], ALL),
             "withdrawn colleague without substitute under 'Ändring' subject; the others stay"),

        mail("ah077", "2027-02-08T10:22", ("Eva Lundin", "eva.lundin@gagnef.se"), "Anmälan DalaLab Gagnef",
             "Hej Linnea,\n\nJag anmäler följande från Gagnefs kommun till DalaLab (själv deltar jag inte):\n\n"
             "Lundqvist, Marie <marie.lundqvist@gagnef.se>; Höglund, Tobias <tobias.hoglund@gagnef.se>\n\n"
             "Hälsningar\nEva Lundin\nSektorchef Samhällsbyggnad\nGagnefs kommun",
             X("register", [P("Marie Lundqvist", "marie.lundqvist@gagnef.se", "Gagnefs kommun"),
                            P("Tobias Höglund", "tobias.hoglund@gagnef.se", "Gagnefs kommun")], ALL),
             "Outlook-style 'Efternamn, Förnamn <addr>;' list; sender not among"),

        mail("ah078", "2027-02-10T12:00", ("Linus Hägg", "linus.hagg@gmail.com"), "Radera mina uppgifter",
             "Hej,\n\nJag slutade på Mora kommun den 31 januari. En tidigare kollega anmälde en grupp till DalaLab i "
             "december och jag fanns med på listan. Jag vill att ni raderar alla mina personuppgifter.\n\nLinus Hägg",
             X("erasure"),
             "erasure request from someone registered in a group"),

        tg("ah079", "2027-02-11T22:05", "Chris Larsson", 5501928374,
           "Hi! I'd like to register myself and two colleagues from Falun municipality, Nadia Roos and Jakob Ek, "
           "for all four sessions. I'm vegan.",
           X("register", [P("Chris Larsson", None, "Falu kommun", diet="vegan"), P("Nadia Roos", None, "Falu kommun"),
                          P("Jakob Ek", None, "Falu kommun")], ALL, diet="vegan"),
           "telegram English group, sender's diet"),

        mail("ah080", "2027-02-15T09:33", ("Magnus Ek", "magnus.ek@sater.se"), "Anmälan",
             "Hej!\n\nJag vill anmäla mig samt min kollega Linda Ek (linda.ek@sater.se) till första träffen i maj.\n\n"
             "Vänliga hälsningar\nMagnus Ek\nSäters kommun\nTel 0225-550 00",
             X("register", [P("Magnus Ek", "magnus.ek@sater.se", "Säters kommun"),
                            P("Linda Ek", "linda.ek@sater.se", "Säters kommun")], [S1]),
             "ordinary: self plus colleague, first session"),

        mail("ah081", "2027-02-17T14:14", ("Ylva Granberg", "ylva.granberg@ludvika.se"), "Ny deltagare i stället för Sara Nyström",
             "Hej,\n\nSara Nyström kan inte gå på träffarna i november och februari. I stället för henne skickar vi Viktor "
             "Ahlgren (viktor.ahlgren@ludvika.se) på de två träffarna.\n\nMvh\nYlva Granberg\nLudvika kommun",
             X("change", [P("Sara Nyström", None, "Ludvika kommun"),
                          P("Viktor Ahlgren", "viktor.ahlgren@ludvika.se", "Ludvika kommun")], [S3, S4]),
             "secretary substitutes a colleague for two sessions"),

        mail("ah082", "2027-02-22T11:47", ("Mikael Sundin", "mikael.sundin@leksand.se"), "Fråga om DalaLab",
             "Hej,\n\nVi funderar på att vara fyra från Leksand, men jag ser att taket är tre per kommun. Räknas "
             "någon som är inhyrd konsult på kommunen in i kvoten? Och kan vi i så fall byta person mellan träffarna? "
             "Vi har inte bestämt oss än.\n\nHälsningar\nMikael Sundin\nLeksands kommun",
             X("question"),
             "quota question with hesitation, no signup"),

        mail("ah083", "2027-02-24T08:20", ("Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"), "Anmälan DalaLab",
             "Hej,\n\nHär är två anmälningar till träffarna 21/9 och 29/11:\n\n"
             "Namn: Lisa Ekström\nE-post: lisa.ekstrom@avesta.se\nKost: laktosintolerant\n\n"
             "Namn: Peter Wall\nE-post: peter.wall@avesta.se\nKost: –\n\n"
             "Hälsningar\nSamhällsbyggnadsförvaltningen\nAvesta kommun",
             X("register", [P("Lisa Ekström", "lisa.ekstrom@avesta.se", "Avesta kommun", diet="laktosintolerant"),
                            P("Peter Wall", "peter.wall@avesta.se", "Avesta kommun")], [S2, S3], diet="laktosintolerant"),
             "function mailbox, form-like list with per-person diet"),

        tg("ah084", "2027-03-01T17:36", "Gunnel S", 6408817725,
           "Hej, vi från Älvdalen, Britt Mård och jag (Gunnel Ståhl), kan tyvärr inte komma den 3 maj.",
           X("cancel", [P("Britt Mård", None, "Älvdalens kommun"), P("Gunnel Ståhl", None, "Älvdalens kommun")], [S1]),
           "telegram partial cancellation for two"),

        mail("ah085", "2027-03-02T10:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"), "Undeliverable: Bekräftelse DalaLab",
             "This is the mail system at host mx1.regiondalarna.se.\n\nI'm sorry to have to inform you that your message "
             "could not be delivered to one or more recipients.\n\n<jonas.rap@smedjebacken.se>: host "
             "mail.smedjebacken.se said: 550 5.1.1 User unknown\n\n--- Original message ---\nSubject: Bekräftelse DalaLab\n"
             "Hej Jonas! Du står på reservlistan för DalaLab (alla fyra träffarna).",
             X("auto_reply"),
             "bounce of a confirmation to a group member"),

        mail("ah086", "2027-03-05T13:29", ("Anders Berg", "anders.berg@gagnef.se"), "Anmälan – gemensam ÖP-grupp Gagnef/Leksand",
             "Hej Linnea,\n\nAnmälan från vår gemensamma ÖP-grupp till de två första träffarna:\n\n"
             "Berg, Anders – Gagnefs kommun\nDahl, Karin – Leksands kommun\n\nMvh\nAnders Berg",
             X("register", [P("Anders Berg", "anders.berg@gagnef.se", "Gagnefs kommun"),
                            P("Karin Dahl", None, "Leksands kommun")], [S1, S2]),
             "'Efternamn, Förnamn' list with two organisations, sender in list; 'de två första träffarna'"),

        mail("ah087", "2027-03-09T15:55", ("Emil Dahl", "emil.dahl@orsa.se"), "Vi hoppar över november",
             "Hej,\n\nVi tre från Orsa (jag, Lena Persson och Olof Mattsson) är anmälda till alla fyra träffarna, men vi "
             "kan inte delta den 29 november. Stryk oss från den träffen, övriga gäller.\n\nMvh Emil",
             X("cancel", [P("Emil Dahl", "emil.dahl@orsa.se", "Orsa kommun"), P("Lena Persson", None, "Orsa kommun"),
                          P("Olof Mattsson", None, "Orsa kommun")], [S3]),
             "group partial cancellation of one session"),

        mail("ah088", "2027-03-16T10:10", ("Sofie Blixt", "sofie.blixt@borlange.se"), "Anmälan DalaLab",
             "<html><body><div style=\"font-family:Calibri\">Hej!<br><br>Jag och Henrik Mäki (henrik.maki@borlange.se) "
             "anmäler oss till samtliga tillfällen i DalaLab.<br><br>Med vänlig hälsning<br><b>Sofie Blixt</b><br>"
             "Planarkitekt | Borlänge kommun<br>Röda vägen 50, 781 81 Borlänge<br>0243-740 00</div></body></html>",
             X("register", [P("Sofie Blixt", "sofie.blixt@borlange.se", "Borlänge kommun"),
                            P("Henrik Mäki", "henrik.maki@borlange.se", "Borlänge kommun")], ALL),
             "ordinary HTML-only mail", html=True),

        tg("ah089", "2027-03-22T12:40", "Jenny Wahlberg", 5733109862,
           "Hej! Hur många från Hedemora är anmälda till DalaLab hittills? Vill veta om det finns plats för en till innan jag anmäler henne.",
           X("question"),
           "telegram quota status question"),

        mail("ah090", "2027-04-09T16:52", ("Kristoffer Lööw", "kristoffer.loow@malung-salen.se"), "Anmälan DalaLab – Malung-Sälen",
             "Hej,\n\nHär kommer Malung-Säliens anmälan, alla träffar utom den 21/9:\n\n"
             "1. Kristoffer Lööw, kristoffer.loow@malung-salen.se\n2. Therese Back, therese.back@malung-salen.se – vegetarisk\n"
             "3. Nils Granqvist, nils.granqvist@malung-salen.se\n\n"
             "Med vänlig hälsning\nKristoffer Lööw\nMalung-Sälens kommun\nBox 14, 782 21 Malung",
             X("register", [P("Kristoffer Lööw", "kristoffer.loow@malung-salen.se", "Malung-Sälens kommun"),
                            P("Therese Back", "therese.back@malung-salen.se", "Malung-Sälens kommun", diet="vegetarisk"),
                            P("Nils Granqvist", "nils.granqvist@malung-salen.se", "Malung-Sälens kommun")],
               [S1, S3, S4], diet="vegetarisk"),
             "numbered list with a diet, 'alla utom 21/9', typo in municipality name"),
    ]
