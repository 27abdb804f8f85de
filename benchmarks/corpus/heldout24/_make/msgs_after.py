from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("l091", "2027-01-19T13:47", ("Nordin Per", "per.nordin@hedemora.se"),
             "SV: DalaLab – din anmälan är registrerad",
             "Hej,\n\nStryk mig från novemberträffen (den om önskvärda framtider och osäkerheter) – vi har "
             "budgetberedning i KS den dagen och den går inte att flytta. Resten står kvar som i bekräftelsen "
             "nedan.\n\n/Per\n\nPer Nordin\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen, Hedemora kommun\n"
             "Tfn 0225-340 00 (växel) | Mobil 070-318 42 77\n\n________________________________\n"
             "Från: DalaLab <linnea.hassis@regiondalarna.se>\nSkickat: den 11 januari 2027 09:05\n"
             "Till: Nordin Per <per.nordin@hedemora.se>\nÄmne: DalaLab – din anmälan är registrerad\n\n"
             "Hej Per,\n\nVi har registrerat din anmälan till DalaLab – Planering för hållbarhet och "
             "utvecklingskraft.\n\nDina träffar:\n  * måndag 3 maj 2027, Falun (fika från 09.30)\n"
             "  * tisdag 21 september 2027\n  * måndag 29 november 2027\n  * tisdag 22 februari 2028\n\n"
             "Behöver du ändra något? Svara på det här mejlet senast 14 april.\n\nVänliga hälsningar\n"
             "Linnea Hassis\nRegion Dalarna\n",
             X("cancel", [P("Per Nordin", "per.nordin@hedemora.se", "Hedemora kommun")], [S3]),
             "Outlook reply over our confirmation (all four quoted); partial withdrawal named only by month and "
             "theme ('novemberträffen', osäkerheter) -> cancel 29 Nov; surname-first display name"),
        tg("l092", "2027-02-03T07:12", "Linn Persson", 58213,
           "hej! vill byta 3 maj mot 21 septmber, kommer inte loss i maj pga samråd 🙈 /linn, mora kommun",
           X("change", [P("Linn Persson", None, "Mora kommun")], [S2]),
           "telegram bare swap with typo 'septmber' -> only the new session"),
        mail("l093", "2027-03-02T10:20", ("Johanna Wiklund", "johanna.wiklund@leksand.se"), "Lägga till en träff",
             "Hej Linnea!\n\nJag är sedan tidigare anmäld till 21/9 och 29/11. Nu har det lossnat i vår planering "
             "så jag hinner även med vårträffen i Falun med Boverket – kan ni lägga till mig där också?\n\nTack!\n"
             "Johanna Wiklund\nPlanarkitekt\nLeksands kommun\nBox 301, 793 27 Leksand\n0247-800 00\n",
             X("change", [P("Johanna Wiklund", "johanna.wiklund@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "adding a session: stated 21/9 + 29/11, adds 'vårträffen i Falun med Boverket' (3 May) -> all three"),
        mail("l094", "2027-03-15T16:02", ("Rickard Häll", "rickard.hall@borlange.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag har fått en ny tjänst i Uppsala och slutar på Borlänge kommun den 31 mars. Därför behöver "
             "jag tyvärr avanmäla mig från DalaLab. Vem som tar över mina planfrågor är inte klart än, så någon "
             "ersättare kan jag inte lämna i dag – min chef Marie återkommer kanske till er efter 1 april.\n\n"
             "Tack för ett bra upplägg, jag hade gärna varit med!\n\nHälsningar\nRickard Häll\n"
             "Strategisk planerare, Borlänge kommun\n(sista arbetsdag 31/3)\n",
             X("cancel", [P("Rickard Häll", "rickard.hall@borlange.se", "Borlänge kommun")], ALL),
             "full withdrawal, no session named -> all four; 31 mars / 1 april are not sessions; a possible "
             "future replacement named only as 'min chef Marie' is not a person of the request"),
        mail("l095", "2027-03-22T08:41", ("Annelie Bäck", "annelie.back@gagnef.se"), "Ersättare 3 maj",
             "Hej!\n\nJag är anmäld till alla fyra träffarna men är på tjänsteresa i Bryssel 2–4 maj. Min kollega "
             "Ulrika Sand (ulrika.sand@gagnef.se) går i mitt ställe den 3 maj. Från september är det jag som "
             "kommer igen, som planerat.\n\nMvh\nAnnelie Bäck\nGagnefs kommun, Samhällsbyggnad\n0241-150 00\n",
             X("change", [P("Annelie Bäck", "annelie.back@gagnef.se", "Gagnefs kommun"),
                          P("Ulrika Sand", "ulrika.sand@gagnef.se", "Gagnefs kommun")], [S1]),
             "substitution for one session only: both people, sessions = what the substitute takes (3 May); "
             "trip '2–4 maj' spans the session but adds nothing; sender keeps the autumn sessions"),
        mail("l096", "2027-01-07T11:30", ("Sebastian Ohlsson", "sebastian.ohlsson@regiondalarna.se"),
             "Re: Anmälan",
             "Hej igen,\n\nglömde skriva i min anmälan att jag är vegan. Gäller alltså både fika och lunch.\n\n"
             "/Sebbe\n\nSebastian Ohlsson\nRegional utvecklingsstrateg\nRegion Dalarna | Box 712, 791 29 Falun\n"
             "Tel. 023-49 00 00\n",
             X("change", [P("Sebastian Ohlsson", "sebastian.ohlsson@regiondalarna.se", "Region Dalarna",
                            diet="vegan")], [], diet="vegan"),
             "diet update naming no session -> change with []; nickname 'Sebbe' in the sign-off, full name in "
             "signature"),
        mail("l097", "2027-02-15T14:05", ("Anders Löwgren", "anders.lowgren@smedjebacken.se"),
             "Ny e-postadress",
             "Hej!\n\nEfter bytet av e-postsystem har jag fått ny adress. Förut a.lowgren@smedjebacken.se, "
             "numera anders.lowgren@smedjebacken.se (den jag skriver ifrån nu). Uppdatera gärna er deltagarlista "
             "för DalaLab – anmälan i övrigt som förut.\n\nMed vänlig hälsning\nAnders Löwgren\n"
             "Samhällsplanerare\nSmedjebackens kommun\nTelefon 0240-660 00\n",
             X("change", [P("Anders Löwgren", "anders.lowgren@smedjebacken.se", "Smedjebackens kommun")], []),
             "address update, no session named -> change []; the old address must not become a second person"),
        mail("l098", "2027-03-29T09:58", ("Bo Granqvist", "bo.granqvist@avesta.se"), "VB: DalaLab",
             "Hej Linnea,\n\nse nedan – Elsa blir föräldraledig och kommer inte kunna vara med på någon av "
             "träffarna. Vi hör av oss om någon annan från Avesta ska ta platsen.\n\nBo Granqvist\n"
             "Enhetschef plan och bygg, Avesta kommun\n\n"
             "Från: Nyström Elsa <elsa.nystrom@avesta.se>\nSkickat: den 26 mars 2027 15:12\n"
             "Till: Granqvist Bo <bo.granqvist@avesta.se>\nÄmne: DalaLab\n\n"
             "Hej Bo!\nJag går ju på föräldraledighet från slutet av april och är borta året ut. Kan du avanmäla "
             "mig från DalaLab? Jag hittar inte mejlet med bekräftelsen.\n/Elsa\n",
             X("cancel", [P("Elsa Nyström", "elsa.nystrom@avesta.se", "Avesta kommun")], ALL),
             "manager forwards (VB:) a colleague's cancellation; sender not among people; Elsa's address from the "
             "forwarded header (surname first); 'någon av träffarna' -> all four"),
        mail("l099", "2027-02-24T13:13", ("Karl-Johan Mattsson", "karl-johan.mattsson@rattvik.se"), "Avanmälan",
             "Hej,\n\nJag måste tyvärr avanmäla mig från DalaLab, hela serien. Det blir för mycket med "
             "detaljplanerna i år. Min kollega Hanna Lööf är också anmäld från Rättvik; hennes anmälan gäller som "
             "förut.\n\nMvh Karl-Johan Mattsson\nRättviks kommun\nRiksvägen 50, 795 80 Rättvik\n",
             X("cancel", [P("Karl-Johan Mattsson", "karl-johan.mattsson@rattvik.se", "Rättviks kommun")], ALL),
             "full cancellation of the sender; colleague whose signup 'gäller som förut' is not among people; "
             "iso-8859-1 body",
             charset="iso-8859-1"),
        tg("l100", "2027-03-08T21:40", "Tove Mård", 60417,
           "hej igen! jag avanmälde mig i januari men nu har det löst sig med vikarie 😊 kan jag anmäla mig igen? "
           "21/9 och 29/11 i så fall. tove, orsa",
           X("register", [P("Tove Mård", None, "Orsa kommun")], [S2, S3]),
           "signing up again after an earlier cancellation -> register; phrased as a question"),
        mail("l101", "2027-02-10T08:15", ("Karin Sjödin", "karin.sjodin@ludvika.se"), "Vilka träffar är jag anmäld till?",
             "Hej!\n\nJag anmälde mig till DalaLab i december men hittar inte bekräftelsen. Kan du kolla vilka "
             "träffar jag står på? Jag minns inte om jag skrev alla fyra eller bara vårens och höstens. Vill bara "
             "ha koll innan jag bokar i kalendern.\n\nTack och hej\nKarin Sjödin\nLudvika kommun\n",
             X("question"),
             "question about her own existing signup; 'alla fyra', 'vårens och höstens' are not a request"),
        mail("l102", "2027-04-09T15:51", ("Mikael Brandt", "mikael.brandt@vansbro.se"), "Sen anmälan DalaLab",
             "Hej Linnea,\n\nHoppas jag inte är för sent ute – såg att sista dag är 14 april. Jag vill gärna "
             "anmäla mig till alla fyra träffarna. Jag har nötallergi.\n\nMikael Brandt\nSamhällsplanerare\n"
             "Vansbro kommun\nTfn 0281-750 00\n",
             X("register", [P("Mikael Brandt", "mikael.brandt@vansbro.se", "Vansbro kommun", diet="nötallergi")],
               ALL, diet="nötallergi"),
             "late (but before deadline) signup, all four; deadline 14 April is not a session"),
        mail("l103", "2027-01-28T12:06", ("Maja Östberg", "maja.ostberg@falun.se"),
             "Re: DalaLab – din anmälan är registrerad",
             "Hej!\n\nBekräftelsen nedan stämmer, men jag vill också gärna vara med på sista träffen, den om "
             "tillgänglighet i februari. Lägg till den om det går!\n\nMaja\n\n"
             "Den tors 21 jan. 2027 kl. 09:14 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Maja,\n>\n> Vi har registrerat din anmälan till DalaLab – Planering för hållbarhet och\n"
             "> utvecklingskraft.\n>\n> Dina träffar:\n>   * måndag 3 maj 2027, Falun (fika från 09.30)\n"
             ">   * tisdag 21 september 2027\n>\n> Behöver du ändra något? Svara på det här mejlet senast 14 april.\n"
             ">\n> Vänliga hälsningar\n> Linnea Hassis\n> Region Dalarna\n",
             X("change", [P("Maja Östberg", "maja.ostberg@falun.se", "Falu kommun")], [S1, S2, S4]),
             "Gmail reply over our confirmation: 'bekräftelsen nedan stämmer' makes the quoted 3 May + 21 Sep her "
             "current sessions; adds the February theme session -> all three after the change"),
        mail("l104", "2027-02-18T10:44", ("Lina Gustafsson", "lina.gustafsson@sater.se"), "ändring",
             "Hej\n\nJag skulle vilja byta från 21 spetember till 29 novmber, har semester vecka 38. Går det bra?\n\n"
             "Mvh\nLina Gustafsson\nSäters kommun\nTelefontid mån–tors 9–11, 0225-550 00\n",
             X("change", [P("Lina Gustafsson", "lina.gustafsson@sater.se", "Säters kommun")], [S3]),
             "bare swap with two typos ('spetember', 'novmber') -> only 29 Nov; 'vecka 38', phone hours not dates"),
        mail("l105", "2027-03-03T17:20", ("Rebecca Thornton", "rebecca.thornton@regiondalarna.se"),
             "DalaLab – February session",
             "Hi Linnea,\n\nI'm registered for all four DalaLab sessions, but I'll have to drop the February one "
             "(22nd) – I'm presenting at a conference in Oslo 20–24 Feb 2028. Please keep me on the other three.\n\n"
             "Best regards,\nRebecca Thornton\nSenior Analyst, Regional Development\nRegion Dalarna\n"
             "+46 23 49 00 00\n",
             X("cancel", [P("Rebecca Thornton", "rebecca.thornton@regiondalarna.se", "Region Dalarna")], [S4]),
             "English partial withdrawal -> cancel 22 Feb only; the conference range 20–24 Feb is not a session"),
        mail("l106", "2027-03-25T14:30", ("Patrik Ståhl", "patrik.stahl@ludvika.se"), "Byte av deltagare från hösten",
             "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">"
             "<p>Hej Linnea,</p><p>Jag byter tj&auml;nst till h&ouml;sten och kan d&auml;rf&ouml;r bara g&aring; "
             "p&aring; maj-tr&auml;ffen som planerat. Fr&aring;n och med september tar <b>Malin Ek</b> "
             "(<a href=\"mailto:malin.ek@ludvika.se\">malin.ek@ludvika.se</a>) &ouml;ver min plats, dvs. "
             "b&aring;da h&ouml;sttr&auml;ffarna och den i februari.</p>"
             "<p>Med v&auml;nlig h&auml;lsning<br>Patrik St&aring;hl<br>Ludvika kommun<br>0240-860 00</p>"
             "</body></html>",
             X("change", [P("Patrik Ståhl", "patrik.stahl@ludvika.se", "Ludvika kommun"),
                          P("Malin Ek", "malin.ek@ludvika.se", "Ludvika kommun")], [S2, S3, S4]),
             "HTML-only substitution from September on: both people; sessions = the substitute's (both autumn "
             "sessions + February); sender keeps May",
             html=True),
        tg("l107", "2027-03-30T19:03", "Jonna Lilja", 71122,
           "kan inte komma 3/5 längre 😞 men resten som vanligt! /jonna smedjebacken",
           X("cancel", [P("Jonna Lilja", None, "Smedjebackens kommun")], [S1]),
           "telegram partial withdrawal -> cancel 3 May; organisation from 'smedjebacken'"),
        mail("l108", "2027-01-14T09:02", ("Hampus Nilsson", "hampus.nilsson@alvdalen.se"), "Kost DalaLab",
             "Hej!\n\nJag är anmäld till 3 maj och 29 nov. Jag behöver glutenfri och laktosfri kost, både till fika "
             "och lunch. Tack på förhand!\n\nHampus Nilsson\nÄlvdalens kommun\n",
             X("change", [P("Hampus Nilsson", "hampus.nilsson@alvdalen.se", "Älvdalens kommun",
                            diet="glutenfri, laktosfri")], [S1, S3], diet="glutenfri, laktosfri"),
             "diet update that states the existing sessions -> change with those; two diets joined"),
        mail("l109", "2027-03-10T11:17", ("Lena Söderberg", "lena.soderberg@mora.se"), "VB: 21/9",
             "Hej,\n\nVidarebefordrar nedan från Simon. Kan ni stryka honom från septemberträffen? Han står kvar på "
             "de andra.\n\nHälsningar\nLena Söderberg\nAdministratör, Samhällsbyggnadsförvaltningen\nMora kommun\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Simon Ahl <simon.ahl@mora.se>\n"
             "Skickat: den 9 mars 2027 16:48\nTill: Lena Söderberg <lena.soderberg@mora.se>\nÄmne: 21/9\n\n"
             "Hej Lena, jag har fått förhinder 21/9 (planeringsdagar med nämnden 20–21 sept). Kan du meddela "
             "Region Dalarna? 3 maj, 29 nov och 22 feb går jag på.\n/Simon\n",
             X("cancel", [P("Simon Ahl", "simon.ahl@mora.se", "Mora kommun")], [S2]),
             "administrator forwards a colleague's partial withdrawal; sender not among people; the sessions he "
             "keeps are listed in the forwarded part but only 21 Sep is cancelled"),
        mail("l110", "2027-03-18T13:30", ("Ewa Lind", "ewa.lind@falun.se"), "Ny anmälan Peter Lund",
             "Hej Linnea,\n\nI februari avanmälde jag Peter Lund från DalaLab. Nu har hans schema ändrats och han "
             "vill gärna vara med ändå, men bara på träffarna 29/11 och 22/2. Kan ni anmäla honom igen?\n\n"
             "Hälsningar\nEwa Lind\nNämndsekreterare, Falu kommun\n",
             X("register", [P("Peter Lund", None, "Falu kommun")], [S3, S4]),
             "secretary re-registers a colleague she cancelled earlier -> register; sender not among people"),
        tg("l111", "2027-02-22T12:12", "Sofie Dahlgren", 48822,
           "hej, jag är anmäld till alla fyra. måste man anmäla sig separat till lunchen 3 maj eller ingår den?",
           X("question"),
           "question from someone already registered; 3 May and 'alla fyra' are context; sent on 22 Feb 2027"),
        mail("l112", "2026-12-22T09:05", ("Tomas Eriksson", "tomas.eriksson@leksand.se"),
             "Automatiskt svar: DalaLab – din anmälan är registrerad",
             "Hej!\n\nTack för ditt mejl. Jag är ledig 21 december–6 januari och läser inte min e-post. Vid "
             "brådskande ärenden, kontakta bygglovsexpeditionen på 0247-800 00.\n\nMed vänlig hälsning\n"
             "Tomas Eriksson\nLeksands kommun\n",
             X("auto_reply"),
             "out-of-office answering our confirmation (subject echoes it), no headers marking it automatic"),
        mail("l113", "2027-03-05T08:30", ("Nina Berg", "nina.berg@orsa.se"), "Namnbyte",
             "Hej!\n\nJag står anmäld till DalaLab som Nina Ahlund men har bytt efternamn till Berg. Min "
             "mejladress har också ändrats, till den här. Kan ni ändra i deltagarlistan och på namnskylten? "
             "Annars är allt som förut.\n\nHälsningar\nNina Berg\nOrsa kommun\nDalagatan 1, 794 80 Orsa\n",
             X("change", [P("Nina Berg", "nina.berg@orsa.se", "Orsa kommun")], []),
             "name and address change, no sessions stated -> change []; old name is not a second person; "
             "iso-8859-1 body",
             charset="iso-8859-1"),
        mail("l114", "2027-03-31T15:25", ("Gunnel Fors", "gunnel.fors@hedemora.se"), "Ändring av anmälan – Hedemora",
             "Hej!\n\nJesper Wall har fått förhinder och kan inte delta 21/9 och 29/11. Ta bort honom från de två "
             "träffarna. Vi återkommer om någon annan kan gå i hans ställe. Övriga anmälningar från Hedemora "
             "gäller som förut.\n\nMvh\nGunnel Fors\nPlanchef, Hedemora kommun\n",
             X("cancel", [P("Jesper Wall", None, "Hedemora kommun")], [S2, S3]),
             "colleague withdrawn from two sessions without a substitute under subject 'Ändring' -> cancel; "
             "sender and the other signups ('gäller som förut') not among people"),
        mail("l115", "2027-02-08T07:58", ("Ola Hedin", "ola.hedin@rattvik.se"), "byte",
             "hej linnea\n\nelin ström kan inte gå på dalalab ändå, hon har blivit sjukskriven. istället kommer "
             "amir haddad (amir.haddad@rattvik.se) på alla fyra träffarna.\n\nola hedin\nrättviks kommun\n"
             "skickat från min mobil\n",
             X("change", [P("Elin Ström", None, "Rättviks kommun"),
                          P("Amir Haddad", "amir.haddad@rattvik.se", "Rättviks kommun")], ALL),
             "lower-case third-party substitution, all four; sender not among people; names capitalised"),
        mail("l116", "2027-03-12T10:10", ("Oskar Lindh", "oskar.lindh@borlange.se"), "Anmälan",
             "Hej,\n\nMin kollega Frida Holm anmälde sig i december och hennes anmälan gäller som förut. Nu vill jag "
             "också anmäla mig – men bara till träffen om att planera för både önskvärda framtider och osäkerheter, "
             "och den om tillgänglighet.\n\nVänligen\nOskar Lindh\nTrafikplanerare, Borlänge kommun\n",
             X("register", [P("Oskar Lindh", "oskar.lindh@borlange.se", "Borlänge kommun")], [S3, S4]),
             "sessions only by theme (osäkerheter = 29 Nov, tillgänglighet = 22 Feb); colleague 'gäller som förut' "
             "not among people"),
        tg("l117", "2027-01-26T15:44", "Marco Bianchi", 83001,
           "hi! I signed up for May 3 but can I switch to the one on Nov 29th instead? thx /Marco (Lst Dalarna)",
           X("change", [P("Marco Bianchi", None, "Länsstyrelsen Dalarna")], [S3]),
           "English telegram swap phrased as a question -> change, only the new session; 'Lst Dalarna'"),
        mail("l118", "2027-02-01T09:37", ("Helena Rask", "helena.rask@malung-salen.se"), "Har ni fått min anmälan?",
             "Hej!\n\nJag skickade en anmälan till DalaLab den 12 januari men har inte fått någon bekräftelse. Om "
             "den inte har kommit fram: se det här som min anmälan till 3/5 och 21/9. Om den redan är registrerad "
             "behöver ni inte göra något.\n\nHälsningar\nHelena Rask\nMalung-Sälens kommun\n0280-181 00\n",
             X("register", [P("Helena Rask", "helena.rask@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "'har ni fått min anmälan?' but explicitly restates the signup ('se det här som min anmälan') -> "
             "register 3/5 + 21/9; 12 januari is not a session"),
        mail("l119", "2027-04-06T08:20", ("Stefan Åhlén", "stefan.ahlen@lansstyrelsen.se"), "VB: Avanmälan DalaLab",
             "Hej,\n\nJag skickade det här till fel adress förra veckan, se nedan.\n\nStefan\n\n"
             "Från: Åhlén Stefan\nSkickat: den 29 mars 2027 14:02\nTill: dalalab@lansstyrelsen.se\n"
             "Ämne: Avanmälan DalaLab\n\nHej! Jag måste tyvärr avanmäla mig från DalaLab 29 november och "
             "22 februari. De två första träffarna står kvar.\n\nStefan Åhlén\nLänsstyrelsen Dalarna\n"
             "Samhällsbyggnadsenheten\n",
             X("cancel", [P("Stefan Åhlén", "stefan.ahlen@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "sender forwards his own cancellation that went to a wrong address; the request is in the forwarded "
             "part -> cancel 29 Nov + 22 Feb"),
        mail("l120", "2027-03-04T13:50", ("Jenny Falk", "jenny.falk@avesta.se"), "Kost – Ove Dahl",
             "Hej Linnea!\n\nKan ni notera att min kollega Ove Dahl, som jag anmälde i februari, är vegetarian. "
             "Själv äter jag allt, så för min del ingen ändring.\n\nTack!\nJenny Falk\nAvesta kommun\n",
             X("change", [P("Ove Dahl", None, "Avesta kommun", diet="vegetarian")], [], diet="vegetarian"),
             "diet update for a colleague, no sessions -> change []; sender (also registered) not among people"),
        tg("l121", "2027-01-11T06:55", "Gustav Rehn", 90215, "avanmäl mig helt tack, det blir inget. /gustav, älvdalen",
           X("cancel", [P("Gustav Rehn", None, "Älvdalens kommun")], ALL),
           "short telegram full cancellation -> all four"),
        mail("l122", "2027-02-26T11:11", ("Therese Backman", "therese.backman@falun.se"), "Ändra anmälan",
             "Hej,\n\nJag anmälde mig till alla träffar men inser nu att jag bara kan gå på de två första. Kan du "
             "ändra så att jag bara står på 3 maj och 21 september?\n\nTack,\nTherese Backman\n"
             "Falu kommun, Stadsbyggnadsförvaltningen\n",
             X("cancel", [P("Therese Backman", "therese.backman@falun.se", "Falu kommun")], [S3, S4],
               unsure=["intent"]),
             "partial withdrawal phrased as 'ändra så att jag bara står på...': by convention a cancel of the "
             "dropped sessions (29 Nov + 22 Feb), though it names the kept ones"),
        mail("l123", "2027-01-20T14:14", ("Jonas Ek", "jonas.ek@sater.se"), "Ytterligare en deltagare från Säter",
             "Hej!\n\nJag anmälde mig själv i december. Nu vill även min kollega Ida Berg (ida.berg@sater.se) vara "
             "med, på alla träffar utom den första.\n\nMvh\nJonas Ek\nSäters kommun\n",
             X("register", [P("Ida Berg", "ida.berg@sater.se", "Säters kommun")], [S2, S3, S4]),
             "already-registered sender adds a colleague -> register only her; 'alla utom den första'"),
        mail("l124", "2027-03-17T10:02", ("Ulla Bergman", "ulla.bergman@gagnef.se"), "Fråga om ersättare",
             "Hej,\n\nJag är anmäld till alla fyra träffarna. Om jag inte kan komma på någon av dem, får jag skicka "
             "en kollega i mitt ställe, och behöver hon i så fall anmäla sig själv eller räcker det att jag mejlar "
             "er?\n\nHälsningar\nUlla Bergman\nGagnefs kommun\n",
             X("question"),
             "hypothetical substitution asked about -> question, nobody named"),
        mail("l125", "2027-03-01T16:40", ("Kristoffer Lund", "kristoffer.lund@orsa.se"), "Radera uppgifter",
             "Hej,\n\nJag avanmälde mig från DalaLab i februari. Eftersom jag inte ska delta vill jag att ni raderar "
             "mina personuppgifter ur era deltagarlistor och register.\n\nKristoffer Lund\nOrsa kommun\n",
             X("erasure", [P("Kristoffer Lund", "kristoffer.lund@orsa.se", "Orsa kommun")], []),
             "erasure after an earlier cancellation"),
        mail("l126", "2027-01-18T20:12", ("Kim Söderlund", "kimsoderlund82@gmail.com"),
             "Re: DalaLab – tack för din anmälan",
             "Hej!\n\nJag råkade anmäla mig från min privata gmail. Kan ni ändra till jobbadressen i stället: "
             "kim.soderlund@avesta.se? Allt annat stämmer.\n\nKim\n\n"
             "Den mån 18 jan. 2027 kl. 08:31 skrev DalaLab <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Kim,\n>\n> Tack för din anmälan! Du är nu registrerad som deltagare i DalaLab – Planering för\n"
             "> hållbarhet och utvecklingskraft. Mer information om program och lokal kommer i god tid före\n"
             "> respektive träff.\n>\n> Vänliga hälsningar\n> Linnea Hassis, Region Dalarna\n",
             X("change", [P("Kim Söderlund", "kim.soderlund@avesta.se", "Avesta kommun")], [],
               unsure=["people"]),
             "address update from a private gmail to the work address given in the text -> change []; email = the "
             "new work address, organisation from its domain; quoted confirmation names no sessions"),
        tg("l127", "2027-02-12T18:30", "Fredrik Myhr", 33456,
           "hej! kan jag flytta min plats från 22/2-28 till 29/11? mvh fredrik, hedemora",
           X("change", [P("Fredrik Myhr", None, "Hedemora kommun")], [S3]),
           "telegram swap '22/2-28' (year suffix) to 29/11 -> only the new session"),
        mail("l128", "2027-04-07T07:00", ("Emelie Norling", "emelie.norling@borlange.se"),
             "Frånvaro: Påminnelse – DalaLab",
             "Jag är föräldraledig till och med 30 april 2027 och läser inte min e-post regelbundet.\n\n"
             "Ärenden om detaljplaner: kontakta planeringsavdelningen, 0243-740 00.\nMejlet vidarebefordras inte.\n\n"
             "Emelie Norling\nBorlänge kommun\n",
             X("auto_reply"),
             "out-of-office answering our reminder; parental leave is not a cancellation"),
        mail("l129", "2027-03-26T10:48", ("Maria Svedin", "maria.svedin@ludvika.se"), "Förhinder",
             "Hej!\n\nTvå av våra anmälda har fått förhinder:\n- Anna Kjellberg kan inte den 3 maj\n"
             "- Bertil Rosén kan inte den 21 september\nBåda går på övriga träffar som planerat.\n\nMvh\n"
             "Maria Svedin\nLudvika kommun\n",
             X("cancel", [P("Anna Kjellberg", None, "Ludvika kommun"), P("Bertil Rosén", None, "Ludvika kommun")],
               [S1, S2]),
             "coordinator withdraws two colleagues from different sessions -> cancel, union of sessions; sender "
             "not among people"),
        tg("l130", "2027-01-31T22:10", "Mira Andersson", 27731,
           "hej! tänkte bara säga att jag är laktosintolerant. anmäld till 21/9 o 29/11 /mira, borlänge",
           X("change", [P("Mira Andersson", None, "Borlänge kommun", diet="laktosintolerant")], [S2, S3],
             diet="laktosintolerant"),
           "telegram diet update stating existing sessions -> change with them"),
        mail("l131", "2027-02-16T03:22", ("DalaLab Kansli", "faktura@dalalab-event.net"),
             "Re: DalaLab – din anmälan är registrerad",
             "Hej,\n\nTack för er anmälan till DalaLab 3 maj 2027. Enligt villkoren ska deltagaravgiften om "
             "2 450 kr per person betalas senast 28 februari till bankgiro 5512-0937, annars stryks platsen.\n\n"
             "Fakturanummer: 2027-0211-448\nOCR: 77301244812\n\nVid frågor svara på detta mejl.\n\nDalaLab Kansli\n",
             X("unknown"),
             "invoice scam dressed as a reply to the confirmation (no fee exists, foreign domain) -> unknown"),
        mail("l132", "2027-04-02T13:25", ("Jessica Lindqvist", "jessica.lindqvist@regiondalarna.se"),
             "Fwd: Kan du ta min plats på DalaLab?",
             "Hej Linnea!\n\nSom du ser nedan har Torbjörn bett mig ta hans plats. Jag tar alltså över hans "
             "anmälan för 21/9 och 29/11.\n\nJessica\n\n---------- Forwarded message ---------\n"
             "Från: Torbjörn Strid <torbjorn.strid@regiondalarna.se>\nDate: tis 30 mars 2027 kl 17:02\n"
             "Subject: Kan du ta min plats på DalaLab?\nTo: Jessica Lindqvist <jessica.lindqvist@regiondalarna.se>\n\n"
             "Hej Jessica,\njag är anmäld till DalaLab 21/9 och 29/11 men det krockar med budgetarbetet i höst. "
             "Vill du gå i stället? Du behöver bara mejla Linnea.\n/Torbjörn\n",
             X("change", [P("Torbjörn Strid", "torbjorn.strid@regiondalarna.se", "Region Dalarna"),
                          P("Jessica Lindqvist", "jessica.lindqvist@regiondalarna.se", "Region Dalarna")], [S2, S3]),
             "the substitute herself forwards the colleague's request: both people, substitute's sessions; "
             "Torbjörn's address from the forwarded header"),
        mail("l133", "2027-04-08T09:12", ("Per-Olof Djurberg", "per-olof.djurberg@malung-salen.se"),
             "Byte efter sista anmälningsdag?",
             "Hej,\n\nJag är anmäld till 21 september. Om det skulle dyka upp något i höst, går det att byta till "
             "29 november även efter sista anmälningsdag 14 april, eller är anmälan låst då?\n\n"
             "Mvh Per-Olof Djurberg\n",
             X("question"),
             "hypothetical swap asked about ('om det skulle dyka upp något') -> question, no change yet"),
        mail("l134", "2027-03-23T15:00", ("Anders Wahlberg", "anders.wahlberg@orsa.se"), "Ny deltagare Orsa",
             "Hej!\n\nSom ni vet avanmäldes Kristoffer Lund i februari. Nu vill Jenny Åkerlund "
             "(jenny.akerlund@orsa.se) ta den lediga platsen från Orsa – på alla fyra träffarna.\n\n"
             "Hälsningar\nAnders Wahlberg\nSamhällsbyggnadschef, Orsa kommun\n",
             X("register", [P("Jenny Åkerlund", "jenny.akerlund@orsa.se", "Orsa kommun")], ALL),
             "newcomer taking a place freed by an earlier cancellation -> register (not a substitution); "
             "manager sender not among people"),
        mail("l135", "2027-02-19T11:05", ("Linda Olausson", "linda.olausson@smedjebacken.se"), "Anmäl mig igen!",
             "Hej Linnea!\n\nJag avanmälde mig i januari när jag trodde att jag skulle byta jobb, men det blev inte "
             "så. Så nu vill jag anmäla mig igen till alla fyra träffarna. Kosten är som förut: vegetarisk.\n\n"
             "Hälsningar\nLinda Olausson\nSmedjebackens kommun\n0240-660 00\n",
             X("register", [P("Linda Olausson", "linda.olausson@smedjebacken.se", "Smedjebackens kommun",
                            diet="vegetarisk")], ALL, diet="vegetarisk"),
             "signing up again after her own cancellation -> register, all four, diet restated"),
    ]
