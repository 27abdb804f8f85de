"""Batch 37, theme "after": what comes after a signup.

Changes and swaps (with typos), added and dropped sessions, diet and address updates, cancellations of all or
part, substitutions (also written by a third party, in lower case), forwarded chains (VB:/Fwd:) whose person is
only in the forwarded header, "min kollegas anmälan gäller som förut", erasure requests, sessions named by theme
or by "vårens/höstens", "alla utom ...", plus the automatic mail and stray messages such a thread draws.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("am091", "2027-02-03T08:14", ("Elin Gustavsson", "elin.gustavsson@falun.se"),
             "Ändring anmälan DalaLab",
             "Hej Linnea!\n\n"
             "Jag skulle vilja byta 3 maj mot 21 septmeber om det går, det krockar med budgetdagarna hos oss.\n\n"
             "Mvh\nElin Gustavsson\nPlanarkitekt, Samhällsbyggnadsförvaltningen\nFalu kommun\n023-82 71 40\n",
             X("change", [P("Elin Gustavsson", "elin.gustavsson@falun.se", "Falu kommun")], [S2]),
             "bare swap with a typo in the month: only the new session"),

        tg("am092", "2027-03-11T21:47", "Jonna Persson", 582213907,
           "hej! kan inte komma 21/9 tyvärr, övriga står kvar 👍",
           X("cancel", [P("Jonna Persson", None, None)], [S2]),
           "telegram partial drop, the rest stands: cancel of that one session"),

        mail("am093", "2027-01-19T13:05", ("Birgitta Sjöholm", "birgitta.sjoholm@rattvik.se"),
             "dalalab - byte av person",
             "hej linnea\n\n"
             "ulla berg som var anmäld till alla fyra träffarna har fått nya arbetsuppgifter och kan inte gå. "
             "johan nyström från bygglov tar hennes plats på samtliga tillfällen. hans mejl är "
             "johan.nystrom@rattvik.se\n\n"
             "hälsningar birgitta, nämndsekreterare\n",
             X("change", [P("Ulla Berg", None, "Rättviks kommun"),
                          P("Johan Nyström", "johan.nystrom@rattvik.se", "Rättviks kommun")], ALL),
             "substitution written by a secretary in lower case; sender not a participant"),

        mail("am094", "2027-03-02T10:31", ("Per Halvarsson", "per.halvarsson@mora.se"),
             "VB: Anmälan DalaLab",
             "Hej Linnea, se nedan från Karin. Hon bad mig skicka vidare eftersom hon inte hittade din adress.\n"
             "/Per\n\n"
             "Från: Karin Lövgren <karin.lovgren@mora.se>\n"
             "Skickat: den 1 mars 2027 16:52\n"
             "Till: Per Halvarsson <per.halvarsson@mora.se>\n"
             "Ämne: Anmälan DalaLab\n\n"
             "Hej Per!\n"
             "Kan du meddela regionen att jag tyvärr måste avanmäla mig från höstens båda träffar? "
             "Maj och februari går jag på som planerat.\n\n"
             "Karin\n",
             X("cancel", [P("Karin Lövgren", "karin.lovgren@mora.se", "Mora kommun")], [S2, S3]),
             "Outlook VB: chain; the person is only in the forwarded header; 'höstens båda' = S2 and S3"),

        mail("am095", "2027-02-22T19:02", ("Oliver Grant", "oliver.grant.planning@gmail.com"),
             "Request to delete my personal data",
             "Dear Ms Hassis,\n\n"
             "I registered for DalaLab a few weeks ago but have since left my position. Under the GDPR I "
             "would like you to erase all personal data you hold about me (name, e-mail, dietary information).\n\n"
             "Please confirm once this has been done.\n\n"
             "Kind regards,\nOliver Grant\n",
             X("erasure", [P("Oliver Grant", "oliver.grant.planning@gmail.com", None)], []),
             "English GDPR erasure from a gmail address: no organisation"),

        mail("am096", "2027-01-28T07:55", ("Ahmed Yusuf", "ahmed.yusuf@borlange.se"),
             "Specialkost DalaLab",
             "Hej,\n\nJag är anmäld till DalaLab och vill bara meddela att jag numera äter vegan, "
             "så om ni kan notera det inför fika och lunch vore det toppen.\n\n"
             "Tack!\nAhmed Yusuf\nTrafikplanerare | Borlänge kommun\nRöda vägen 50, 781 81 Borlänge\n"
             "Tel 0243-740 00\n",
             X("change", [P("Ahmed Yusuf", "ahmed.yusuf@borlange.se", "Borlänge kommun", diet="vegan")], [],
               diet="vegan"),
             "diet update with no session named: change, sessions []"),

        mail("am097", "2027-02-09T11:20", ("Sven-Olof Rask", "sven-olof.rask@smedjebacken.se"),
             "Ny fakturaadress",
             "Hej Linnea\n\n"
             "Angående min anmälan till DalaLab: vi har fått ny fakturaadress efter omorganisationen. "
             "Skicka eventuell faktura till\n\n"
             "Smedjebackens kommun\nSamhällsbyggnad, Ref 4410\nBox 301\n777 28 Smedjebacken\n\n"
             "Allt annat är som förut.\n\n"
             "Hälsningar\nSven-Olof Rask\nÖversiktsplanerare\n0240-66 00 00\n",
             X("change", [P("Sven-Olof Rask", "sven-olof.rask@smedjebacken.se", "Smedjebackens kommun")], []),
             "invoice address update with no session named: change, sessions []"),

        mail("am098", "2027-03-24T15:40", ("Sofia Lindqvist", "sofia.lindqvist@avesta.se"),
             "Avanmälan DalaLab",
             "Hej!\n\n"
             "Jag måste tyvärr avanmäla mig från samtliga tillfällen i DalaLab, jag går på föräldraledighet i "
             "april. Min kollega Emma Söderberg:s anmälan gäller som förut.\n\n"
             "Med vänlig hälsning\nSofia Lindqvist\nAvesta kommun\n",
             X("cancel", [P("Sofia Lindqvist", "sofia.lindqvist@avesta.se", "Avesta kommun")], ALL),
             "cancel all for the sender; the colleague who stays is not a person of the request"),

        mail("am099", "2027-02-15T09:02", ("Malin Eriksson", "malin.eriksson@leksand.se"),
             "Byte av träff",
             "Hej Linnea,\n\n"
             "Jag är anmäld till träffen om tillgänglighet men vill hellre byta till den om att planera för "
             "önskvärda framtider och osäkerheter, den passar bättre för vårt pågående ÖP-arbete.\n\n"
             "Vänliga hälsningar\nMalin Eriksson\nLeksands kommun\n",
             X("change", [P("Malin Eriksson", "malin.eriksson@leksand.se", "Leksands kommun")], [S3]),
             "swap with both sessions named by theme only: S4 -> S3"),

        mail("am100", "2027-03-05T14:18", ("Henrik Ståhl", "henrik.stahl@hedemora.se"),
             "SV: Bekräftelse anmälan DalaLab",
             "Hej,\n\nKan du ändra min anmälan till alla utom 29 november? Då har vi fullmäktige.\n\n"
             "/Henrik\n\n"
             "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
             "Skickat: den 4 mars 2027 10:02\n"
             "Till: Henrik Ståhl <henrik.stahl@hedemora.se>\n"
             "Ämne: Bekräftelse anmälan DalaLab\n\n"
             "Hej Henrik!\nTack för din anmälan. Du är anmäld till:\n"
             "- 3 maj 2027, Falun\n- 21 september 2027\n- 29 november 2027\n- 22 februari 2028\n\n"
             "Välkommen!\nLinnea Hassis, Region Dalarna\n",
             X("change", [P("Henrik Ståhl", "henrik.stahl@hedemora.se", "Hedemora kommun")], [S1, S2, S4]),
             "'alla utom 29 november' over a quoted confirmation listing all four dates"),

        mail("am101", "2027-04-06T16:27", ("Ingrid Wallin", "ingrid.wallin@lansstyrelsen.se"),
             "SV: DalaLab – bekräftelse",
             "Tack för bekräftelsen! Jag måste dock stryka mig från den 22 feb, då är jag på tjänsteresa. "
             "De tre andra går jag på.\n\n"
             "Ingrid Wallin\nSamhällsplaneringsenheten\nLänsstyrelsen Dalarna\n010-225 00 00\n\n"
             "________________________________\n"
             "Från: Linnea Hassis\nSkickat: den 5 april 2027 13:44\nTill: Ingrid Wallin\n"
             "Ämne: DalaLab – bekräftelse\n\n"
             "Hej Ingrid, du är nu anmäld till samtliga fyra träffar: 3 maj, 21 september, 29 november "
             "och 22 februari 2028.\n",
             X("cancel", [P("Ingrid Wallin", "ingrid.wallin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
             "Outlook reply dropping one session above a quote of all four"),

        mail("am102", "2027-03-30T07:12", ("Anders Moberg", "anders.moberg@ludvika.se"),
             "Avanmälan",
             "Hej Linnea, jag kan inte komma på något av tillfällena längre, stryk mig är du snäll. "
             "Ledsen för strulet!\n/Anders\n\nSkickat från min iPhone\n",
             X("cancel", [P("Anders Moberg", "anders.moberg@ludvika.se", "Ludvika kommun")], ALL),
             "short iPhone cancel of everything"),

        mail("am103", "2027-02-01T10:45", ("Camilla Rydén", "camilla.ryden@orsa.se"),
             "Kost för Mikael Strand",
             "<html><body><p>Hej Linnea,</p>"
             "<p>Vår kollega <b>Mikael Strand</b>, som redan är anmäld till DalaLab, har fått diagnosen "
             "celiaki. Kan ni notera <b>glutenfri</b> kost för honom till fika och lunch?</p>"
             "<p>Med vänliga hälsningar<br>Camilla Rydén<br>Enhetschef Plan<br>Orsa kommun<br>"
             "Tel: 0250-55 21 00</p></body></html>",
             X("change", [P("Mikael Strand", None, "Orsa kommun", diet="glutenfri")], [], diet="glutenfri"),
             "HTML: a manager updates a colleague's diet; the manager is not a person", html=True),

        mail("am104", "2027-03-15T13:33", ("Göran Ärlig", "goran.arlig@sater.se"),
             "Avanmälan Eva Dahl",
             "Hej!\n\nEva Dahl slutar hos oss i Säter vid månadsskiftet, så stryk henne från alla träffar "
             "i DalaLab. Vi återkommer inte med någon ersättare i nuläget.\n\n"
             "Hälsningar\nGöran Ärlig\nSamhällsbyggnadschef, Säters kommun\n",
             X("cancel", [P("Eva Dahl", None, "Säters kommun")], ALL),
             "iso-8859-1; withdrawing a colleague with no substitute", charset="iso-8859-1"),

        mail("am105", "2027-04-07T09:00", ("Tove Hedlund", "tove.hedlund@vansbro.se"),
             "Autosvar: Ändrad anmälan DalaLab",
             "Tack för ditt mejl. Jag är på semester till och med 19 april och läser inte min e-post.\n"
             "Vid brådskande ärenden kontakta växeln, 0281-750 00.\n\n"
             "Tove Hedlund\nVansbro kommun\n",
             X("auto_reply"),
             "out-of-office in answer to a change confirmation"),

        mail("am106", "2027-03-18T11:03", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Undeliverable: Bekräftelse ändring DalaLab",
             "Delivery has failed to these recipients or groups:\n\n"
             "lars.bjork@malung-salen.se\n"
             "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
             "and try to resend the message.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\nSubject: Bekräftelse ändring DalaLab\n"
             "To: lars.bjork@malung-salen.se\n",
             X("auto_reply"),
             "bounce of a change confirmation"),

        mail("am107", "2027-01-12T15:50", ("Petter Åkesson", "petter.akesson@gagnef.se"),
             "Fråga om byte",
             "Hej!\n\nOm jag anmäler mig till alla fyra träffar nu, går det att byta till en annan kollega "
             "senare under året om jag inte kan? Eller måste det vara samma person hela vägen?\n\n"
             "Mvh Petter\nGagnefs kommun\n",
             X("question"),
             "question about later substitution, no signup"),

        tg("am108", "2027-02-26T12:04", "Lisa Norberg", 733019482,
           "Hej, byter 21/9 mot 29/11, funkar det? Lisa, Borlänge",
           X("change", [P("Lisa Norberg", None, "Borlänge kommun")], [S3]),
           "telegram swap phrased as a question: still a change, new session only"),

        mail("am109", "2027-03-09T17:22", ("Rebecca Holm", "rebecca.holm@regiondalarna.se"),
             "Adding a session",
             "Hi Linnea,\n\n"
             "I'm already registered for the first session on 3 May. Could you add the September session "
             "as well? So I'll attend 3 May and 21 September.\n\n"
             "Thanks!\nRebecca\n\n--\nRebecca Holm\nSenior Analyst, Regional Development\nRegion Dalarna\n",
             X("change", [P("Rebecca Holm", "rebecca.holm@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "English: added session with the resulting set stated"),

        mail("am110", "2027-04-06T09:31", ("Kristina Falk", "kristina.falk@alvdalen.se"),
             "Re: Bekräftelse DalaLab",
             "Perfekt, tack! Kan du lägga till min kollega Jonas Berglund också? Samma träffar som jag, "
             "alltså 3 maj och 29 nov. Han har ingen specialkost.\n\n"
             "Kristina\n\n"
             "Den tis 6 apr. 2027 kl 08:12 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
             "> Hej Kristina!\n"
             "> Du är anmäld till 3 maj och 29 november. Övriga träffar: 21 september och 22 februari 2028.\n"
             "> Hälsningar Linnea\n",
             X("register", [P("Jonas Berglund", None, "Älvdalens kommun")], [S1, S3]),
             "Gmail reply adding a colleague to the sender's sessions; sender already registered"),

        tg("am111", "2027-03-22T08:40", "Marianne Kvist", 604477215,
           "hej. skriver för min chef. lena holm kan inte gå 3 maj, oskar lind går istället den dagen. "
           "vi är från smedjebackens kommun",
           X("change", [P("Lena Holm", None, "Smedjebackens kommun"),
                        P("Oskar Lind", None, "Smedjebackens kommun")], [S1]),
           "telegram substitution by a third party in lower case, one session"),

        mail("am112", "2027-02-18T13:13", ("Jakob Wennberg", "jakob.wennberg@falun.se"),
             "Avanmälan en träff",
             "Hej,\n\nJag avanmäler mig från träffen om utvecklingsinriktning i ÖP-modellen. "
             "Resten av anmälan står kvar.\n\nJakob Wennberg\nStadsbyggnadskontoret, Falu kommun\n",
             X("cancel", [P("Jakob Wennberg", "jakob.wennberg@falun.se", "Falu kommun")], [S2]),
             "cancel of one session named by its theme"),

        tg("am113", "2027-03-03T19:55", "Daniel Sjöberg", 519002376,
           "Hej Linnea! Jag kommer tyvärr inte kunna vara med på höstens träff. Hälsn Daniel, Leksand",
           X("cancel", [P("Daniel Sjöberg", None, "Leksands kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular: two autumn sessions, unsure"),

        mail("am114", "2027-01-25T20:08", ("Thomas Berg", "tomberg1975@gmail.com"),
             "Fwd: Registration DalaLab",
             "Forwarding from my work account, the mail server there seems to block external mail.\n\n"
             "---------- Forwarded message ---------\n"
             "From: Thomas Berg <thomas.berg@borlange.se>\n"
             "Date: Mon, 25 Jan 2027 at 16:40\n"
             "Subject: Registration DalaLab\n"
             "To: <linnea.hassis@regiondalarna.se>\n\n"
             "Hello Linnea,\n\nPlease change my registration: I can now only attend the February session "
             "(22 Feb 2028). Sorry for the trouble.\n\nBest,\nThomas Berg\nBorlänge kommun\n",
             X("change", [P("Thomas Berg", "thomas.berg@borlange.se", "Borlänge kommun")], [S4]),
             "Gmail Fwd: of the sender's own work mail; sessions after the change only S4"),

        mail("am115", "2027-02-11T06:30", ("Konferens Dalarna AB", "info@konferensdalarna-erbjudande.se"),
             "Boka era planeringsdagar hos oss!",
             "Hej Linnea!\n\nVi har sett att Region Dalarna arrangerar utbildningar under 2027. "
             "Boka konferenslokal med helpension hos oss i Falun – 20 % rabatt vid bokning före 31 mars.\n\n"
             "Svara på detta mejl för offert.\n\nKonferens Dalarna AB\n",
             X("unknown"),
             "sales offer mentioning the region's events"),

        mail("am116", "2027-01-07T05:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt januari 2027",
             "<html><body><h1>Planeringsnytt</h1><p>I detta nummer: nya översiktsplaner i Dalarna, "
             "Boverkets vägledning om utvecklingsinriktning och kalendarium för våren.</p>"
             "<p><a href=\"https://planeringsnytt.se/avregistrera\">Avregistrera dig</a></p></body></html>",
             X("auto_reply"),
             "HTML newsletter touching the event's themes", html=True),

        mail("am117", "2027-03-19T10:12", ("Åsa Nilsson", "asa.nilsson@mora.se"),
             "Läst: Bekräftelse ändring DalaLab",
             "Ditt meddelande\n\n  Till: Åsa Nilsson\n  Ämne: Bekräftelse ändring DalaLab\n"
             "  Skickat: den 18 mars 2027 16:20\n\nlästes den 19 mars 2027 10:12.\n",
             X("auto_reply"),
             "read receipt"),

        tg("am118", "2027-04-02T22:10", "Nora Blom", 688210954,
           "Hej. Jag vill att ni raderar alla mina personuppgifter enligt GDPR. Tack.",
           X("erasure", [P("Nora Blom", None, None)], []),
           "telegram erasure request, no organisation"),

        mail("am119", "2027-03-12T12:00", ("Fatima Haddad", "fatima.haddad@ludvika.se"),
             "Ändring av min anmälan",
             "Hej Linnea!\n\n"
             "Jag behöver ändra min anmälan. Jag går bara 3 maj och 22 februari, inte de två i höst. "
             "Dessutom äter jag numera vegetarisk kost.\n\n"
             "Vänliga hälsningar\nFatima Haddad\nLudvika kommun, Samhällsbyggnadsförvaltningen\n"
             "Carlavägen 8, 771 82 Ludvika\n",
             X("change", [P("Fatima Haddad", "fatima.haddad@ludvika.se", "Ludvika kommun", diet="vegetarisk")],
               [S1, S4], diet="vegetarisk"),
             "change of sessions plus a new diet in one message"),

        tg("am120", "2027-02-04T14:31", "Oskar Hellström", 547731180,
           "Hej igen, anmälde mig i förmiddags men glömde säga att jag är laktosintolerant. /Oskar, Vansbro",
           X("change", [P("Oskar Hellström", None, "Vansbro kommun", diet="laktosintolerant")], [],
             diet="laktosintolerant"),
           "telegram diet added after the signup, no session named"),

        mail("am121", "2027-03-29T08:50", ("Petra Holmberg", "petra.holmberg@hedemora.se"),
             "Ny deltagare från hösten",
             "Hej Linnea,\n\n"
             "Jag går på träffen 3 maj som planerat, men från och med hösten tar min kollega Nils Sundin "
             "(nils.sundin@hedemora.se) över min plats eftersom han tar över ÖP-arbetet.\n\n"
             "Med vänlig hälsning\nPetra Holmberg\nHedemora kommun\n0225-340 00\n",
             X("change", [P("Petra Holmberg", "petra.holmberg@hedemora.se", "Hedemora kommun"),
                          P("Nils Sundin", "nils.sundin@hedemora.se", "Hedemora kommun")], [S2, S3, S4]),
             "substitution from the autumn on: the substitute takes S2, S3 and S4"),

        mail("am122", "2027-04-08T15:05", ("Gunnar Östberg", "gunnar.ostberg@lansstyrelsen.se"),
             "Återtagande av anmälan – DalaLab",
             "Hej,\n\n"
             "Härmed återtar jag min anmälan till lärprojektet DalaLab i sin helhet. Min tjänst har "
             "omprioriterats och jag har tyvärr inte möjlighet att delta.\n\n"
             "Med vänlig hälsning\n\nGunnar Östberg\nHandläggare, Enheten för samhällsplanering\n"
             "Länsstyrelsen Dalarna\nÅsgatan 38, 791 84 Falun\nTel: 010-225 01 23\n"
             "www.lansstyrelsen.se/dalarna\n",
             X("cancel", [P("Gunnar Östberg", "gunnar.ostberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "formal cancel of everything with a long signature"),

        mail("am123", "2027-03-16T09:41", ("Jenny Mattsson", "jenny.mattsson@orsa.se"),
             "Fråga om att byta person",
             "Hej!\n\nVi är redan tre anmälda från Orsa. Får vi skicka olika personer på olika tillfällen, "
             "så länge vi inte är fler än tre åt gången?\n\nMvh Jenny Mattsson\nOrsa kommun\n",
             X("question"),
             "question about rotating people within the quota"),

        tg("am124", "2027-01-30T10:05", "Hampus Lindahl", 702254813,
           "kan jag byta från 3 mja till 22 feb? /hampus rättvik",
           X("change", [P("Hampus Lindahl", None, "Rättviks kommun")], [S4]),
           "telegram lower-case swap with a typo in the month"),

        mail("am125", "2027-03-26T18:34", ("Claire Dubois", "claire.dubois@falun.se"),
             "DalaLab 29 November",
             "Hi Linnea,\n\nUnfortunately I won't be able to make it on 29 November, but I'll still come to "
             "the other three sessions.\n\nBest regards,\nClaire Dubois\nUrban planner, Falu kommun\n",
             X("cancel", [P("Claire Dubois", "claire.dubois@falun.se", "Falu kommun")], [S3]),
             "English partial drop: cancel of one session"),

        mail("am126", "2027-02-24T11:11", ("Roger Lund", "roger.lund@malung-salen.se"),
             "VB: Sjukskrivning",
             "Hej Linnea\n\nHanna Wik kommer inte kunna delta i DalaLab, se nedan. Stryk henne från alla "
             "träffar. Vi återkommer om ersättare.\n\nRoger Lund, enhetschef\n\n"
             "Från: Hanna Wik <hanna.wik@malung-salen.se>\n"
             "Skickat: den 23 februari 2027 08:03\n"
             "Till: Roger Lund <roger.lund@malung-salen.se>\n"
             "Ämne: Sjukskrivning\n\n"
             "Hej Roger, jag är sjukskriven på heltid åtminstone året ut. Kan du avanmäla mig från DalaLab?\n"
             "/Hanna\n",
             X("cancel", [P("Hanna Wik", "hanna.wik@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "VB: chain, a manager withdraws a colleague; her address only in the forwarded header"),

        mail("am127", "2027-02-12T13:58", ("Linus Bergqvist", "linus.bergqvist@avesta.se"),
             "Ändring av anmälan",
             "<html><head><meta charset=\"utf-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">Hej Linnea,<br><br>"
             "Jag kommer inte kunna vara med på första träffen i Falun. Ändra gärna min anmälan så att "
             "jag går på alla utom den.<br><br>Tack på förhand!<br><br>"
             "<b>Linus Bergqvist</b><br>Samhällsplanerare<br>Avesta kommun<br>0226-64 50 00</div>"
             "</body></html>",
             X("change", [P("Linus Bergqvist", "linus.bergqvist@avesta.se", "Avesta kommun")], [S2, S3, S4]),
             "Outlook HTML 'alla utom första träffen'", html=True),

        mail("am128", "2027-03-04T16:16", ("Annika Dahlberg", "annika.dahlberg@regiondalarna.se"),
             "pelle kan inte",
             "hej linnea!\n\npelle (per-erik sandberg) på planeringsavdelningen ber mig meddela att han inte "
             "kan vara med på dalalab. sara nordin tar hans plats på alla träffarna.\n\nannika\n",
             X("change", [P("Per-Erik Sandberg", None, "Region Dalarna"),
                          P("Sara Nordin", None, "Region Dalarna")], ALL),
             "lower-case substitution by a third party inside the region"),

        mail("am129", "2027-01-14T09:25", ("Mats Engström", "mats.engstrom@borlange.se"),
             "Fakturan för kollektivtrafikutredningen",
             "Hej Linnea,\n\nJag har inte fått fakturan för vår del av kollektivtrafikutredningen ännu. "
             "Kan du kolla med ekonomi vart den tagit vägen?\n\nMvh Mats\nBorlänge kommun\n",
             X("unknown"),
             "message to the organiser about something unrelated to the event"),

        tg("am130", "2027-02-20T20:20", "Eva-Lena Forsberg", 690145237,
           "Hej! Jag är anmäld till 3 maj. Vill gärna gå på tillgänglighetsträffen i februari också. "
           "Eva-Lena, Gagnefs kommun",
           X("change", [P("Eva-Lena Forsberg", None, "Gagnefs kommun")], [S1, S4]),
           "telegram: session added by theme, resulting set S1 and S4"),

        mail("am131", "2027-03-23T08:07", ("Robin Axelsson", "robin.axelsson@sater.se"),
             "Fick ingen bekräftelse",
             "Hej!\n\nJag mejlade förra veckan om att byta till 21 september men har inte fått någon "
             "bekräftelse. Är jag anmäld till den nu?\n\n/Robin\nSäters kommun\n",
             X("question"),
             "question about the status of an earlier change"),

        mail("am132", "2027-03-31T10:48", ("Bo Åberg", "bo.aberg@vansbro.se"),
             "Avanmälan vårens träff",
             "Hej!\n\nMin anmälan till vårens träff i Falun stryks, jag har fått förhinder. "
             "Min kollega Gunilla Ågren går som planerat, hennes anmälan gäller som förut.\n\n"
             "Hälsningar\nBo Åberg\nVansbro kommun\nTel 0281-750 12\n",
             X("cancel", [P("Bo Åberg", "bo.aberg@vansbro.se", "Vansbro kommun")], [S1]),
             "iso-8859-1; 'vårens träff' = S1; colleague's signup stands", charset="iso-8859-1"),

        mail("am133", "2027-02-16T14:02", ("Maja Ekström", "maja.ekstrom@alvdalen.se"),
             "Ny e-postadress",
             "Hej Linnea,\n\n"
             "Jag är anmäld till DalaLab med adressen maja.ekstrom@gmail.com, men vill hellre få utskick "
             "till min jobbadress, den här jag skriver från. Kan du ändra det?\n\n"
             "Mvh Maja Ekström\nÄlvdalens kommun\n",
             X("change", [P("Maja Ekström", "maja.ekstrom@alvdalen.se", "Älvdalens kommun")], []),
             "e-mail address update from the new address, no session named"),

        mail("am134", "2027-03-19T16:21", ("Erik Sandström", "erik.sandstrom@leksand.se"),
             "Automatic reply: Bekräftelse ändring DalaLab",
             "I am on parental leave until 1 September 2027 and will not read my e-mail.\n"
             "For planning matters, please contact planering@leksand.se.\n\n"
             "Jag är föräldraledig till 1 september 2027. Kontakta planering@leksand.se.\n",
             X("auto_reply"),
             "bilingual out-of-office that mentions a date"),

        tg("am135", "2027-03-08T13:37", "Fredrik Olausson", 751388046,
           "Hej, vi har bytt internt: jag går 21/9 istället för min kollega Alma Rask, hon behåller resten. "
           "Vi är från Gagnef.",
           X("change", [P("Fredrik Olausson", None, "Gagnefs kommun"),
                        P("Alma Rask", None, "Gagnefs kommun")], [S2]),
           "telegram substitution told by the substitute himself, one session"),
    ]
