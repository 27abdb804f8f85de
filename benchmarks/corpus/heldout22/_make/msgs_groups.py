from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INV = """
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 1 december 2026 09:12
> Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
> Välkommen att anmäla dig till lärprojektet DalaLab. Träffarna:
> 1. 3 maj 2027, kl. 10–15 (fika från 09.30), Falun
> 2. 21 september 2027
> 3. 29 november 2027
> 4. 22 februari 2028
> Upp till tre personer per kommun. Anmälan senast 14 april 2027.
> Vänliga hälsningar
> Linnea Hassis, Region Dalarna
"""


def messages():
    return [
        mail("a046", "2026-12-03T09:14", ("Dahlberg Maria", "maria.dahlberg@falun.se"), "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej Linnea!\n\nTack för inbjudan. Från planenheten i Falun kommer jag själv samt mina medarbetare "
             "Gustav Lindh och Rebecka Salo. Vi vill gärna vara med på hela lärprojektet.\n\n"
             "Med vänlig hälsning\n\nMaria Dahlberg\nEnhetschef Planenheten\nSamhällsbyggnadsförvaltningen\n"
             "Falu kommun\n791 83 Falun\nTel 023-82 14 07\nMobil 070-312 45 98\n" + INV,
             X("register", [P("Maria Dahlberg", "maria.dahlberg@falun.se", "Falu kommun"),
                            P("Gustav Lindh", None, "Falu kommun"), P("Rebecka Salo", None, "Falu kommun")], ALL),
             "manager + two team members named in prose without addresses; no dates in her text -> all four; quoted invitation"),

        mail("a047", "2026-12-08T13:40", ("Samhällsbyggnad Borlänge", "samhallsbyggnad@borlange.se"), "Anmälan DalaLab 3 personer",
             "Hej,\n\nPå uppdrag av förvaltningschefen anmäler vi följande tre personer till DalaLab:\n\n"
             "• Tove Rydén, tove.ryden@borlange.se\n• Mikael Hägg, mikael.hagg@borlange.se\n"
             "• Shirin Ahmadi, shirin.ahmadi@borlange.se\n\nDe deltar på träffarna 3/5 och 21/9. "
             "Övriga träffar återkommer vi om längre fram.\n\nHälsningar\nAdministration, Samhällsbyggnadsförvaltningen\n"
             "Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\nVäxel 0243-740 00",
             X("register", [P("Tove Rydén", "tove.ryden@borlange.se", "Borlänge kommun"),
                            P("Mikael Hägg", "mikael.hagg@borlange.se", "Borlänge kommun"),
                            P("Shirin Ahmadi", "shirin.ahmadi@borlange.se", "Borlänge kommun")], [S1, S2]),
             "shared mailbox registers three others (bullets with addresses); sender not a person; 3/5 and 21/9; 'återkommer' about the rest adds nothing"),

        mail("a048", "2026-12-11T10:05", ("Lund Karl", "karl.lund@hedemora.se"), "Anmälan till DalaLab",
             "Hej!\n\nVi vill anmäla följande från Hedemora kommun till samtliga träffar:\n\n"
             "Lund, Karl (undertecknad)\nStröm, Ida – ida.strom@hedemora.se\nWesterlund, Petter – petter.westerlund@hedemora.se\n\n"
             "Ida är vegetarian.\n\nMvh\nKarl Lund\nÖversiktsplanerare\nHedemora kommun\nTfn 0225-341 28",
             X("register", [P("Karl Lund", "karl.lund@hedemora.se", "Hedemora kommun"),
                            P("Ida Ström", "ida.strom@hedemora.se", "Hedemora kommun", diet="vegetarian"),
                            P("Petter Westerlund", "petter.westerlund@hedemora.se", "Hedemora kommun")], ALL,
               diet="vegetarian"),
             "'Efternamn, Förnamn' list including the sender ('undertecknad'); 'samtliga träffar' -> all four; diet for Ida"),

        mail("a049", "2026-12-15T15:22", ("Jansson, Eva", "eva.jansson@leksand.se"), "Anmälan DalaLab Leksand",
             "<html><body><p>Hej!</p><p>H&auml;r kommer v&aring;r anm&auml;lan fr&aring;n Leksands kommun. Jag sj&auml;lv deltar inte.</p>"
             "<table border=1><tr><th>Namn</th><th>E-post</th><th>Tr&auml;ffar</th><th>Kost</th></tr>"
             "<tr><td>Ronja Lilja</td><td>ronja.lilja@leksand.se</td><td>3 maj, 21 sept</td><td>glutenfri</td></tr>"
             "<tr><td>Hampus Aronsson</td><td>hampus.aronsson@leksand.se</td><td>3 maj</td><td>&ndash;</td></tr>"
             "<tr><td>Wilma Kask</td><td>wilma.kask@leksand.se</td><td>29 nov</td><td>vegetarisk</td></tr></table>"
             "<p>Med v&auml;nliga h&auml;lsningar<br>Eva Jansson<br>Samh&auml;llsbyggnadssektorn, Leksands kommun<br>0247-800 00</p></body></html>",
             X("register", [P("Ronja Lilja", "ronja.lilja@leksand.se", "Leksands kommun", diet="glutenfri"),
                            P("Hampus Aronsson", "hampus.aronsson@leksand.se", "Leksands kommun"),
                            P("Wilma Kask", "wilma.kask@leksand.se", "Leksands kommun", diet="vegetarisk")],
               [S1, S2, S3], diet="glutenfri, vegetarisk"),
             "HTML-only table, per-person sessions and diets -> union 3/5, 21/9, 29/11; sender explicitly not taking part", html=True),

        tg("a050", "2026-12-18T20:31", "Albin Frost", 6120448391,
           "hej! anmäler mig och kollegan johanna ek, vi jobbar båda på mora kommun. vi kommer på 29/11 👍",
           X("register", [P("Albin Frost", None, "Mora kommun"), P("Johanna Ek", None, "Mora kommun")], [S3]),
           "Telegram: sender + colleague in lower case; one session"),

        mail("a051", "2027-01-07T08:52", ("Cecilia Norén", "cecilia.noren@regiondalarna.se"), "Anmälan DalaLab – Region och Länsstyrelsen",
             "Hej Linnea,\n\nVi har pratat ihop oss med Länsstyrelsen och anmäler oss gemensamt:\n\n"
             "Från Region Dalarna: jag själv och Fredrik Gran (fredrik.gran@regiondalarna.se)\n"
             "Från Länsstyrelsen Dalarna: Helena Bäck (helena.back@lansstyrelsen.se)\n\n"
             "Alla tre vill delta på samtliga fyra träffar.\n\nHälsningar\nCecilia Norén\nStrateg, Regional utveckling\n"
             "Region Dalarna\nBox 712, 791 29 Falun\n010-223 46 90",
             X("register", [P("Cecilia Norén", "cecilia.noren@regiondalarna.se", "Region Dalarna"),
                            P("Fredrik Gran", "fredrik.gran@regiondalarna.se", "Region Dalarna"),
                            P("Helena Bäck", "helena.back@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "two organisations in one mail; sender included ('jag själv'); Box 712 and postcode not dates"),

        mail("a052", "2027-01-11T11:18", ("Ulrika Mård", "ulrika.mard@gagnef.se"), "Byte av deltagare DalaLab",
             "Hej!\n\nTobias Hult från oss är anmäld till träffarna 21 september och 29 november men har fått ändrade "
             "arbetsuppgifter och kan inte delta. I stället kommer Sanna Wirén (sanna.wiren@gagnef.se) på samma två träffar.\n\n"
             "Tack!\nUlrika Mård\nPlanchef, Gagnefs kommun\n0241-150 00",
             X("change", [P("Tobias Hult", None, "Gagnefs kommun"),
                          P("Sanna Wirén", "sanna.wiren@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "substitution in one message: Tobias out, Sanna in for 21/9 and 29/11; manager not a person"),

        mail("a053", "2027-01-14T14:03", ("Roger Fält", "roger.falt@ludvika.se"), "Stryk deltagare",
             "Hej,\n\nLinda Berg (linda.berg@ludvika.se) har slutat hos oss på Ludvika kommun den 31/12. "
             "Hon var anmäld till DalaLab – vänligen stryk henne från deltagarlistan. Vi har ingen ersättare i nuläget.\n\n"
             "/Roger Fält\nStadsbyggnadschef\nLudvika kommun",
             X("cancel", [P("Linda Berg", "linda.berg@ludvika.se", "Ludvika kommun")], ALL),
             "withdrawn colleague without substitute -> cancel, no sessions named -> all four; 31/12 is not a session"),

        mail("a054", "2027-01-18T09:37", ("Ylva Granath", "ylva.granath@mora.se"), "DalaLab anmälan Mora",
             "Hej!\n\nVi anmäler tre personer från Mora kommun till DalaLab (alla träffar):\n\n"
             "1. Ylva Granath (jag)\n2. Kent Olsson, kent.olsson@mora.se\n3. Maja Tuvesson, maja.tuvesson@mora.se\n\n"
             "Som reserv om någon får förhinder: Isak Backlund, isak.backlund@mora.se.\n\n"
             "Vänliga hälsningar\nYlva Granath\nMora kommun\nFridhemsgatan 9, 792 80 Mora",
             X("register", [P("Ylva Granath", "ylva.granath@mora.se", "Mora kommun"),
                            P("Kent Olsson", "kent.olsson@mora.se", "Mora kommun"),
                            P("Maja Tuvesson", "maja.tuvesson@mora.se", "Mora kommun"),
                            P("Isak Backlund", "isak.backlund@mora.se", "Mora kommun")], ALL),
             "numbered list of three plus a named reserve (a reserve is a person); all four"),

        mail("a055", "2027-01-21T16:45", ("Bengt Styf", "bengt.styf@alvdalen.se"), "Avanmälan DalaLab – Älvdalen",
             "Hej Linnea\n\nTyvärr måste vi avanmäla hela gruppen från Älvdalens kommun. Vi har en vakans och en "
             "sjukskrivning och hinner inte med lärprojektet i år.\n\nDet gäller:\n- Anneli Skog\n- Rune Persson\n"
             "- jag själv\n\nBeklagar, vi hoppas kunna vara med en annan gång.\n\nMvh Bengt Styf\nÄlvdalens kommun\n0251-310 00",
             X("cancel", [P("Anneli Skog", None, "Älvdalens kommun"), P("Rune Persson", None, "Älvdalens kommun"),
                          P("Bengt Styf", "bengt.styf@alvdalen.se", "Älvdalens kommun")], ALL),
             "group cancellation incl. sender; no sessions named -> all four"),

        mail("a056", "2027-01-25T10:28", ("Lovisa Åkerlund", "lovisa.akerlund@sater.se"), "Anmälan",
             "Hej!\n\nMin kollega Henrik Ståhl anmälde sig förra veckan. Nu vill jag också anmäla mig, till samma träffar "
             "som han: 3 maj och 22 februari.\n\nHälsningar\nLovisa Åkerlund\nSäters kommun\n0225-553 00",
             X("register", [P("Lovisa Åkerlund", "lovisa.akerlund@sater.se", "Säters kommun")], [S1, S4]),
             "colleague already registered mentioned in passing -> not a person"),

        mail("a057", "2027-01-28T13:11", ("Jennifer Walsh", "jennifer.walsh@regiondalarna.se"), "Registration DalaLab – two colleagues",
             "Hi Linnea,\n\nI'd like to register two members of my team who joined us from abroad this autumn:\n\n"
             "- Lukas Brenner (lukas.brenner@regiondalarna.se)\n- Aisha Mensah (aisha.mensah@regiondalarna.se)\n\n"
             "They would like to attend the May and September sessions. I'm already registered myself, so no need to add me.\n"
             "Aisha is vegan.\n\nBest regards,\nJennifer Walsh\nHead of Unit, Spatial Planning\nRegion Dalarna\n+46 10 223 51 07",
             X("register", [P("Lukas Brenner", "lukas.brenner@regiondalarna.se", "Region Dalarna"),
                            P("Aisha Mensah", "aisha.mensah@regiondalarna.se", "Region Dalarna", diet="vegan")],
               [S1, S2], diet="vegan"),
             "English: manager registers two colleagues, she is already registered -> not a person; 'May and September sessions'"),

        mail("a058", "2027-02-01T08:20", ("Gunilla Eng", "gunilla.eng@vansbro.se"), "Fråga om antal deltagare",
             "Hej!\n\nVi är fyra på planeringsavdelningen i Vansbro som är intresserade av DalaLab. Går det att anmäla "
             "fyra personer från samma kommun, eller är det max tre som gäller? Och går det i så fall att dela en plats "
             "mellan två personer?\n\nVänligen\nGunilla Eng\nVansbro kommun",
             X("question", [], []),
             "question about the quota, nobody named for signup"),

        mail("a059", "2027-02-03T11:02", ("Arvid Klang", "arvid.klang@rattvik.se"), "VB: DalaLab?",
             "Hej Linnea,\n\nKan du anmäla dessa två enligt nedan? Jag själv är inte med.\n\nArvid Klang\nSektionschef, Rättviks kommun\n\n"
             "-------- Vidarebefordrat meddelande --------\nFrån: Stina Lövgren <stina.lovgren@rattvik.se>\n"
             "Datum: 2 februari 2027 16:44\nTill: Arvid Klang <arvid.klang@rattvik.se>\nÄmne: DalaLab?\n\n"
             "Hej Arvid! Jonatan Sjö (jonatan.sjo@rattvik.se) och jag skulle gärna gå på DalaLab, alla fyra träffarna. "
             "Kan du anmäla oss? /Stina",
             X("register", [P("Stina Lövgren", "stina.lovgren@rattvik.se", "Rättviks kommun"),
                            P("Jonatan Sjö", "jonatan.sjo@rattvik.se", "Rättviks kommun")], ALL),
             "forward: manager asks to register the two in the forwarded mail; names/addresses only in forwarded part; manager not a person"),

        tg("a060", "2027-02-04T07:48", "Kajsa Holmqvist", 5533107264,
           "Hej! Kan ni lägga till att min kollega Erik Nord (avesta) är laktosintolerant? Han är redan anmäld. Tack!",
           X("change", [P("Erik Nord", None, "Avesta kommun", diet="laktosintolerant")], [], diet="laktosintolerant"),
           "diet update for a registered colleague, no sessions named -> change []; sender not a person"),

        mail("a061", "2027-02-08T09:55", ("Patrik Ohlin", "patrik.ohlin@smedjebacken.se"), "dalalab",
             "hej\n\nanmäler oss tre från smedjebackens kommun: patrik ohlin, vera lagerkvist och simon brandt. "
             "alla träffar utom den i november, då har vi budgetarbete.\n\n/patrik\n\nSkickat från min iPhone",
             X("register", [P("Patrik Ohlin", "patrik.ohlin@smedjebacken.se", "Smedjebackens kommun"),
                            P("Vera Lagerkvist", None, "Smedjebackens kommun"),
                            P("Simon Brandt", None, "Smedjebackens kommun")], [S1, S2, S4]),
             "lower-case names incl. sender; 'alla utom den i november'"),

        mail("a062", "2027-02-10T14:30", ("Hjalmarsson, Sofie", "sofie.hjalmarsson@orsa.se"), "SV: Anmälan DalaLab",
             "Hej igen!\n\nVi är sedan tidigare anmälda till träffen den 3 maj, jag, Anton Rehn och Greta Moberg. "
             "Nu har vi fått klartecken att gå även på 29 november, så lägg gärna till den för oss alla tre.\n\n"
             "Tack!\nSofie Hjalmarsson\nOrsa kommun\n\n> Tack för er anmälan till DalaLab den 3 maj 2027.\n> Välkomna!",
             X("change", [P("Sofie Hjalmarsson", "sofie.hjalmarsson@orsa.se", "Orsa kommun"),
                          P("Anton Rehn", None, "Orsa kommun"), P("Greta Moberg", None, "Orsa kommun")], [S1, S3]),
             "adds a session for three people; sessions after the change = 3/5 + 29/11"),

        mail("a063", "2027-02-12T10:10", ("Ingrid Wahl", "ingrid.wahl@borlange.se"), "Förhinder två deltagare",
             "Hej,\n\nTvå av våra anmälda har förhinder:\nKalle Dufva kan inte den 21/9 (semester)\n"
             "Lotta Bergman kan inte den 22 februari (utbildning)\nDe kommer på övriga träffar som planerat.\n\n"
             "Mvh Ingrid Wahl, Borlänge kommun",
             X("cancel", [P("Kalle Dufva", None, "Borlänge kommun"), P("Lotta Bergman", None, "Borlänge kommun")], [S2, S4]),
             "partial withdrawals per person -> cancel, union of withdrawn sessions; sender not a person"),

        mail("a064", "2027-02-15T08:33", ("Kommunstyrelsen Orsa", "kommunstyrelsen@orsa.se"), "Anmälan till vårträffen",
             "Hej!\n\nPå uppdrag av kommundirektören anmäler vi Lennart Rask, lennart.rask@orsa.se, till vårträffen i Falun.\n\n"
             "Med vänlig hälsning\nKansliet\nOrsa kommun\nDalagatan 1, 794 80 Orsa",
             X("register", [P("Lennart Rask", "lennart.rask@orsa.se", "Orsa kommun")], [S1]),
             "shared mailbox on behalf of another; 'vårträffen' = 3 May"),

        mail("a065", "2027-02-17T13:57", ("Emil Vestin", "emil.vestin@avesta.se"), "Gemensam anmälan Avesta–Hedemora",
             "Hej!\n\nAvesta och Hedemora samverkar kring översiktsplanen och vill därför gå tillsammans på höstens träffar. "
             "Vi anmäler:\n\nAvesta kommun: Emil Vestin (jag) och Moa Lindén, moa.linden@avesta.se\n"
             "Hedemora kommun: Niklas Hed, niklas.hed@hedemora.se och Elsa Brink\n\n"
             "Hälsningar\nEmil Vestin\nAvesta kommun\n0226-64 50 00",
             X("register", [P("Emil Vestin", "emil.vestin@avesta.se", "Avesta kommun"),
                            P("Moa Lindén", "moa.linden@avesta.se", "Avesta kommun"),
                            P("Niklas Hed", "niklas.hed@hedemora.se", "Hedemora kommun"),
                            P("Elsa Brink", None, "Hedemora kommun")], [S2, S3]),
             "two municipalities in one mail; 'höstens träffar' = 21/9 + 29/11; Elsa without address gets Hedemora from text"),

        tg("a066", "2027-02-19T12:15", "Mikael Borg", 7043381925,
           "Anmäler hela planeringsenheten i Vansbro: jag, Olof Persson och Gun Eklind. Alla träffar. Gun äter vegetariskt.",
           X("register", [P("Mikael Borg", None, "Vansbro kommun"), P("Olof Persson", None, "Vansbro kommun"),
                          P("Gun Eklind", None, "Vansbro kommun", diet="vegetarisk")], ALL, diet="vegetarisk"),
           "Telegram group signup incl. sender; diet for one person"),

        mail("a067", "2027-02-22T15:40", ("Tom Hargreaves", "tom.hargreaves@lansstyrelsen.se"), "Change of participant – November session",
             "Dear Linnea,\n\nI'm afraid I can't attend the session on 29 November after all. My colleague Sarah Lindqvist "
             "(sarah.lindqvist@lansstyrelsen.se) will attend in my place. I'm still coming to the other sessions.\n\n"
             "Kind regards,\nTom Hargreaves\nLänsstyrelsen Dalarna",
             X("change", [P("Tom Hargreaves", "tom.hargreaves@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Sarah Lindqvist", "sarah.lindqvist@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3]),
             "English substitution for one session: sender out, Sarah in -> change with both, substitute's session 29 Nov"),

        mail("a068", "2027-02-24T09:06", ("Ulrika Mård", "ulrika.mard@gagnef.se"), "SV: Avanmälan DalaLab",
             "Hej igen!\n\nSom jag skrev förra veckan kunde Lina Westin inte delta. Nu har vi hittat en ersättare: "
             "Patrik Nyqvist, patrik.nyqvist@gagnef.se. Han tar de träffar Lina hade, 21/9 och 29/11.\n\n"
             "Tack!\nUlrika Mård\nPlanchef, Gagnefs kommun",
             X("register", [P("Patrik Nyqvist", "patrik.nyqvist@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "newcomer after a colleague cancelled in an earlier mail -> register; Lina not a person; same sender as a052 writing again"),

        mail("a069", "2027-02-26T10:01", ("Samhällsbyggnadsförvaltningen Falun", "sbf@falun.se"), "Vi har tagit emot ditt meddelande: Anmälan DalaLab",
             "Tack för ditt meddelande till Samhällsbyggnadsförvaltningen, Falu kommun.\n\nDitt ärende har fått nummer "
             "SBF 2027/0412 och kommer att hanteras inom fem arbetsdagar.\n\nDetta är ett automatiskt svar, det går inte att svara på detta mejl.\n\n"
             "Falu kommun, 791 83 Falun, tel 023-830 00",
             X("auto_reply", [], []),
             "shared mailbox automatic receipt with case number; not a signup"),

        mail("a070", "2027-03-01T14:18", ("Forsberg Jens", "jens.forsberg@malung-salen.se"), "SV: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Hej!\n\nJag anmäler Sundberg, Frida och Holm, Axel till första träffen. Själv kan jag tyvärr inte.\n\n"
             "//Jens Forsberg\nSamhällsbyggnadschef\nMalung-Sälens kommun\nBox 14, 782 21 Malung\n0280-181 00\n" + INV,
             X("register", [P("Frida Sundberg", None, "Malung-Sälens kommun"), P("Axel Holm", None, "Malung-Sälens kommun")], [S1]),
             "'Efternamn, Förnamn' in prose joined by 'och'; 'första träffen' = 3 May; sender not a person; quoted invitation"),

        mail("a071", "2027-03-02T11:44", ("Oscar Lilja", "oscar.lilja@borlange.se"), "Olika personer på olika träffar?",
             "Hej,\n\nFår vi skicka olika personer till olika träffar, så länge vi är max tre per gång? Eller måste det "
             "vara samma tre personer hela lärprojektet?\n\nMvh Oscar Lilja\nBorlänge kommun",
             X("question", [], []),
             "question about rotating participants; no signup"),

        mail("a072", "2027-03-04T09:29", ("Camilla Rönn", "camilla.ronn@ludvika.se"), "Ändring DalaLab",
             "Hej!\n\nKan ni flytta Nils Ågren och Greta Holmström från träffen 3/5 till 21/9? De har krock med ett "
             "samrådsmöte i maj.\n\nTack på förhand\nCamilla Rönn\nLudvika kommun",
             X("change", [P("Nils Ågren", None, "Ludvika kommun"), P("Greta Holmström", None, "Ludvika kommun")], [S2]),
             "bare swap for two people -> only the new session; sender not a person"),

        mail("a073", "2027-03-05T16:02", ("Sara Nordin", "sara.nordin@falun.se"), "Anmälan",
             "Hej!\n\nHär kommer anmälan för oss från Falu kommun:\n\n"
             "- Sara Nordin (jag): 3/5 och 21/9\n- Björn Tell, bjorn.tell@falun.se: 21/9\n- Ebba Sahlin, ebba.sahlin@falun.se: 29/11\n\n"
             "Björn är glutenintolerant.\n\nMvh Sara",
             X("register", [P("Sara Nordin", "sara.nordin@falun.se", "Falu kommun"),
                            P("Björn Tell", "bjorn.tell@falun.se", "Falu kommun", diet="glutenintolerant"),
                            P("Ebba Sahlin", "ebba.sahlin@falun.se", "Falu kommun")], [S1, S2, S3], diet="glutenintolerant"),
             "per-person sessions in bullets -> union; diet for one person"),

        tg("a074", "2027-03-08T18:50", "Linus Dahl", 6654019832,
           "hej, jag och Mira Fagerlund kan inte komma 3 maj längre. vi kommer på resten. /Linus, Säter",
           X("cancel", [P("Linus Dahl", None, "Säters kommun"), P("Mira Fagerlund", None, "Säters kommun")], [S1]),
           "partial withdrawal for two people -> cancel of 3 May only"),

        mail("a075", "2027-03-09T10:37", ("Registrator Rättviks kommun", "registrator@rattvik.se"), "Anmälan DalaLab",
             "<html><body><p>Hej,</p><p>Vi vidarebefordrar anm&auml;lan fr&aring;n Plan- och byggenheten, R&auml;ttviks kommun. "
             "Samtliga deltar p&aring; alla tr&auml;ffar.</p><table><tr><th>Efternamn</th><th>F&ouml;rnamn</th><th>E-post</th></tr>"
             "<tr><td>Hallberg</td><td>Annie</td><td>annie.hallberg@rattvik.se</td></tr>"
             "<tr><td>Mossberg</td><td>Leo</td><td>leo.mossberg@rattvik.se</td></tr></table>"
             "<p>V&auml;nliga h&auml;lsningar<br>Registrator<br>R&auml;ttviks kommun, Storgatan 2, 795 80 R&auml;ttvik</p></body></html>",
             X("register", [P("Annie Hallberg", "annie.hallberg@rattvik.se", "Rättviks kommun"),
                            P("Leo Mossberg", "leo.mossberg@rattvik.se", "Rättviks kommun")], ALL),
             "HTML-only table with surname and first name in separate columns; shared mailbox not a person", html=True),

        mail("a076", "2027-03-10T13:13", ("Lena Ahlström", "lena.ahlstrom@hedemora.se"), "Kostuppgifter",
             "Hej!\n\nEn uppdatering om kost för två av våra anmälda: Åsa Kvist äter glutenfritt och Bertil Frisk är vegan.\n\n"
             "Hälsningar\nLena Ahlström\nHedemora kommun",
             X("change", [P("Åsa Kvist", None, "Hedemora kommun", diet="glutenfri"),
                          P("Bertil Frisk", None, "Hedemora kommun", diet="vegan")], [], diet="glutenfri, vegan"),
             "diet update for two registered colleagues, no sessions -> change []; sender not a person"),

        mail("a077", "2027-03-12T09:02", ("Daniel Price", "daniel.price@regiondalarna.se"), "Withdrawal – September session",
             "Hello,\n\nUnfortunately our whole team from Region Dalarna has to withdraw from the session on 21 September, "
             "as it clashes with our budget seminar. That is Malin Eriksson, Sven Ahl and myself. We'll attend the other "
             "sessions as planned.\n\nRegards,\nDaniel Price\nRegion Dalarna",
             X("cancel", [P("Malin Eriksson", None, "Region Dalarna"), P("Sven Ahl", None, "Region Dalarna"),
                          P("Daniel Price", "daniel.price@regiondalarna.se", "Region Dalarna")], [S2]),
             "English partial withdrawal for a team incl. sender -> cancel 21 Sep only"),

        mail("a078", "2027-03-15T08:15", ("Agnes Widén", "agnes.widen@leksand.se"), "Anmälan DalaLab",
             "Hej!\n\nJag vill anmäla mig till alla träffarna. Pelle Gustafsson här är redan anmäld och Stina Uhr "
             "anmäler sig själv separat, så ni behöver inte lägga till dem.\n\nMvh\nAgnes Widén\nLeksands kommun",
             X("register", [P("Agnes Widén", "agnes.widen@leksand.se", "Leksands kommun")], ALL),
             "self-signup; colleague already registered and one registering separately are not people"),

        mail("a079", "2027-03-17T14:48", ("Tina Ljungberg", "tina.ljungberg@mora.se"), "Ersättare DalaLab",
             "Hej,\n\nKarin Ljung går i pension i sommar och ersätts av Ola Fors (ola.fors@mora.se) på alla träffar.\n\n"
             "Mvh Tina Ljungberg\nMora kommun",
             X("change", [P("Karin Ljung", None, "Mora kommun"), P("Ola Fors", "ola.fors@mora.se", "Mora kommun")], ALL),
             "substitution for all sessions; sender not a person"),

        tg("a080", "2027-03-18T21:05", "Hugo Svärd", 5209983417,
           "hur många från samma kommun får komma? vi är 4 i orsa som vill",
           X("question", [], []),
           "quota question via Telegram; no names, no signup"),

        mail("a081", "2027-03-22T10:50", ("Petra Lindell", "petra.lindell@gagnef.se"), "VB: DalaLab anmälan",
             "Hej Linnea!\n\nSe nedan. Anmäl gärna även mig till samma träffar.\n\nPetra Lindell\nGagnefs kommun\n\n"
             "Från: Ivar Strand <ivar.strand@gagnef.se>\nSkickat: den 21 mars 2027 15:02\nTill: Petra Lindell\nÄmne: DalaLab anmälan\n\n"
             "Hej Petra, jag skulle vilja gå på DalaLab den 3 maj och 22 februari. Kan du anmäla mig? /Ivar",
             X("register", [P("Ivar Strand", "ivar.strand@gagnef.se", "Gagnefs kommun"),
                            P("Petra Lindell", "petra.lindell@gagnef.se", "Gagnefs kommun")], [S1, S4]),
             "forward: colleague's dates only in forwarded part; sender adds herself 'till samma träffar'; 21 mars is not a session"),

        mail("a082", "2027-03-24T11:31", ("Johan Ek", "johan.ek@planform.se"), "Anmälan DalaLab – Säter",
             "Hej!\n\nJag är konsult på Planform och arbetar med Säters översiktsplan. Säters kommun har bett mig ta en av "
             "deras platser i DalaLab, tillsammans med kommunens planarkitekt Malin Sjöstedt (malin.sjostedt@sater.se). "
             "Vi anmäler oss båda till 21/9 och 29/11.\n\nMvh Johan Ek\nPlanform AB\n070-441 22 03",
             X("register", [P("Johan Ek", "johan.ek@planform.se", "Säters kommun"),
                            P("Malin Sjöstedt", "malin.sjostedt@sater.se", "Säters kommun")], [S2, S3]),
             "consultant explicitly taking one of Säter's places -> Säters kommun; with a municipal planner"),

        mail("a083", "2027-03-26T09:44", ("Anders Moen", "anders.moen@avesta.se"), "Avanmälan för Emelie",
             "Hej!\n\nEmelie Strid (emelie.strid@avesta.se) går på föräldraledighet i oktober, så stryk henne från "
             "träffarna 29/11 och 22/2. Hon kommer som planerat i maj och september.\n\nMvh Anders Moen\nAvesta kommun",
             X("cancel", [P("Emelie Strid", "emelie.strid@avesta.se", "Avesta kommun")], [S3, S4]),
             "manager withdraws colleague from two sessions -> cancel of those; sender not a person"),

        mail("a084", "2027-03-29T13:20", ("Nyström, Linnea", "linnea.nystrom@ludvika.se"), "Anmälan 21 sept",
             "Hej,\n\nVi vill anmäla oss till träffen den 21 september:\n\n"
             "Nyström, Linnea <linnea.nystrom@ludvika.se>; Öberg, Carl <carl.oberg@ludvika.se>\n\n"
             "Hälsningar\nLinnea Nyström\nLudvika kommun\n0240-860 00",
             X("register", [P("Linnea Nyström", "linnea.nystrom@ludvika.se", "Ludvika kommun"),
                            P("Carl Öberg", "carl.oberg@ludvika.se", "Ludvika kommun")], [S2]),
             "Outlook address-line format 'Efternamn, Förnamn <addr>; ...'; includes sender"),

        mail("a085", "2027-03-31T10:05", ("Hedvig Asp", "hedvig.asp@vansbro.se"), "Byte av träff",
             "Hej!\n\nVi tre från Vansbro (jag, Tilda Borgström och Sixten Moren) vill byta från 21/9 till 3/5.\n\n"
             "Tack\nHedvig Asp\nVansbro kommun",
             X("change", [P("Hedvig Asp", "hedvig.asp@vansbro.se", "Vansbro kommun"),
                          P("Tilda Borgström", None, "Vansbro kommun"), P("Sixten Moren", None, "Vansbro kommun")], [S1]),
             "bare swap for a group incl. sender -> new session only"),

        mail("a086", "2027-04-01T08:12", ("Ylva Granath", "ylva.granath@mora.se"), "SV: DalaLab anmälan Mora",
             "Hej igen!\n\nGlömde skriva i förra mejlet: Maja Tuvesson är vegetarian.\n\nYlva\n\n"
             "> Vi anmäler tre personer från Mora kommun till DalaLab (alla träffar):\n> 1. Ylva Granath (jag)\n"
             "> 2. Kent Olsson, kent.olsson@mora.se\n> 3. Maja Tuvesson, maja.tuvesson@mora.se",
             X("change", [P("Maja Tuvesson", "maja.tuvesson@mora.se", "Mora kommun", diet="vegetarian")], [], diet="vegetarian"),
             "same sender as a054 writing again: diet update for one colleague -> change []; quoted earlier signup is not new"),

        tg("a087", "2027-04-02T19:40", "Tuva Rask", 6892201457,
           "Anmäler mig + Hugo Lindqvist o Elsa Nygård från Leksand, 21/9 o 29/11",
           X("register", [P("Tuva Rask", None, "Leksands kommun"), P("Hugo Lindqvist", None, "Leksands kommun"),
                          P("Elsa Nygård", None, "Leksands kommun")], [S2, S3]),
           "short Telegram group signup, 'o' for och"),

        mail("a088", "2027-04-05T11:26", ("Robin Sandell", "robin.sandell@borlange.se"), "Vilka är anmälda från Borlänge?",
             "Hej!\n\nKan du skicka en lista över vilka från Borlänge kommun som är anmälda till DalaLab just nu? "
             "Vi vill se om det finns plats för en till innan den 14 april.\n\nMvh Robin Sandell",
             X("question", [], []),
             "question about who is registered; deadline date is not a session"),

        mail("a089", "2027-04-07T15:33", ("Lars Ekholm", "lars.ekholm@hedemora.se"), "Anmälan Hedemora och Säter",
             "Hej!\n\nFrån Hedemora kommer jag och Jessica Wall, och från Säter kommer Maja Stenberg (vi delar bil). "
             "Vi anmäler oss till lärprojektet.\n\nHälsningar\nLars Ekholm\nHedemora kommun",
             X("register", [P("Lars Ekholm", "lars.ekholm@hedemora.se", "Hedemora kommun"),
                            P("Jessica Wall", None, "Hedemora kommun"), P("Maja Stenberg", None, "Säters kommun")], ALL),
             "two municipalities without addresses; no sessions -> all four"),

        tg("a090", "2027-04-09T07:22", "Frida Edlund", 7130558842,
           "God morgon! Jonas Kilström är sjukskriven, jag (Frida Edlund, Rättvik) tar hans plats 3/5.",
           X("change", [P("Jonas Kilström", None, "Rättviks kommun"), P("Frida Edlund", None, "Rättviks kommun")], [S1]),
           "Telegram substitution: colleague out, sender in for 3 May -> change with both"),
    ]
