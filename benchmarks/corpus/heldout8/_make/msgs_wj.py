from build import ALL, P, S1, S2, S3, S4, X, mail, tg


INVITATION = """Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:00
Till: Kommunernas registraturer; Planchefer Dalarna
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft (Er ref RD 2026/1187)

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft.

Träffar:
1. Måndag 3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun
   Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
   för en stärkt översiktsplanering (med Boverket)
2. Tisdag 21 september 2027
   Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man
   jobba med det?
3. Måndag 29 november 2027
   Att planera både för önskvärda framtider och för osäkerheter
4. Tisdag 22 februari 2028
   Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital
   tillgänglighet

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är
den 14 april 2027. Anmälan görs till linnea.hassis@regiondalarna.se.

Varmt välkomna!
Linnea Hassis
Region Dalarna"""


def messages():
    return [
        mail("x046", "2026-12-08T08:47:00", ("Registrator Säters kommun", "registrator@sater.se"),
             "Anmälan till DalaLab – Säters kommun (Dnr KS 2026/0412)",
             """Till Region Dalarna
Att. Linnea Hassis

Ärende: Anmälan av deltagare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft
Ert dnr: RD 2026/1187
Vårt dnr: KS 2026/0412

På uppdrag av samhällsbyggnadschef Per Lundin anmäls härmed följande tjänstepersoner från Säters kommun till lärprojektet i sin helhet:

1. Maria Öhrn, översiktsplanerare, maria.ohrn@sater.se
2. Johan Kettunen, planarkitekt, johan.kettunen@sater.se
3. Lovisa Grahn, miljöstrateg, lovisa.grahn@sater.se

Kopia på detta meddelande har skickats till berörda medarbetare samt till samhällsbyggnadschefen.

Eventuella frågor om innehållet besvaras av respektive deltagare direkt.

Med vänlig hälsning

Registraturen
Kommunledningskontoret
Säters kommun
Box 300, 783 27 Säter
Tfn 0225-550 00
registrator@sater.se
""",
             X("register", [P("Maria Öhrn", "maria.ohrn@sater.se", "Säters kommun"),
                            P("Johan Kettunen", "johan.kettunen@sater.se", "Säters kommun"),
                            P("Lovisa Grahn", "lovisa.grahn@sater.se", "Säters kommun")], ALL),
             "registrator mailbox registers three planners on behalf of their manager (manager named, not a participant); "
             "'i sin helhet' = all four; Dnr numbers and Box/postcode are not dates"),

        mail("x047", "2027-02-15T13:22:00", ("Jessica Sahlin", "jessica.sahlin@borlange.se"),
             "Anmälan nyanställd – DalaLab",
             """Hej Linnea,

Jag arbetar som HR-assistent på Borlänge kommun och hjälper samhällsbyggnadsförvaltningen med introduktionen av en nyanställd översiktsplanerare, Amanda Rydén, som tillträder sin tjänst den 16 augusti 2027.

Hennes blivande chef Mikael Norling önskar att hon anmäls till DalaLab. Eftersom hon inte börjar förrän i augusti kan hon inte vara med på majträffen, men vi vill anmäla henne till de tre träffar som ligger efter tillträdet, dvs. 21 september, 29 november och 22 februari 2028.

Hennes e-postadress blir amanda.ryden@borlange.se men kontot aktiveras först vid tillträdet; fram till dess går det bra att nå mig.

Mikael Norling står på kopia.

Vänliga hälsningar
Jessica Sahlin
HR-assistent, HR-avdelningen
Borlänge kommun
0243-741 63
""",
             X("register", [P("Amanda Rydén", "amanda.ryden@borlange.se", "Borlänge kommun")], [S2, S3, S4]),
             "HR assistant registers a new hire (sender and manager not participants); start date 16 Aug is not a "
             "session; the three later sessions listed explicitly, majträffen excluded"),

        mail("x048", "2027-01-19T10:05:00", ("Plan Falu kommun", "plan@falun.se"),
             "Anmälan DalaLab – Planavdelningen",
             """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p>H&auml;rmed anm&auml;ler Planavdelningen f&ouml;ljande tv&aring; medarbetare till DalaLab.
Se &auml;ven bifogad deltagarlista (DalaLab_Falun.xlsx); uppgifterna &aring;terges nedan ifall bilagan inte g&aring;r att &ouml;ppna.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Namn</th><th>Titel</th><th>E-post</th><th>Tr&auml;ffar</th><th>Specialkost</th></tr>
<tr><td>Sofie Lindqvist-Berg</td><td>Planarkitekt</td><td>sofie.lindqvist-berg@falun.se</td><td>Samtliga</td><td>&ndash;</td></tr>
<tr><td>Emil Jansson</td><td>GIS-ingenj&ouml;r</td><td>emil.jansson@falun.se</td><td>3 maj, 21 september</td><td>Vegetarisk</td></tr>
</table>
<p>Bekr&auml;ftelse skickas g&auml;rna till respektive deltagare med kopia till denna brevl&aring;da.</p>
<p>Med v&auml;nlig h&auml;lsning<br>
Planavdelningen<br>
Samh&auml;llsbyggnadsf&ouml;rvaltningen, Falu kommun<br>
plan@falun.se &middot; 023-830 00</p>
</body></html>""",
             X("register", [P("Sofie Lindqvist-Berg", "sofie.lindqvist-berg@falun.se", "Falu kommun"),
                            P("Emil Jansson", "emil.jansson@falun.se", "Falu kommun", diet="Vegetarisk")],
               ALL, diet="Vegetarisk"),
             "HTML-only mail from function mailbox plan@ with a table; attachment mentioned and pasted; per-person "
             "sessions (all vs 3 May + 21 Sep) -> union = all; diet in a cell for the second person"),

        mail("x049", "2027-03-02T15:40:00", ("SBF Ludvika", "sbf@ludvika.se"),
             "Avanmälan 21 september – Erik Danielsson",
             """Hej,

Vi har tidigare (mejl 2027-01-25) anmält översiktsplanerare Erik Danielsson till samtliga fyra träffar i DalaLab.

Träffen den 21 september 2027 sammanfaller med ett extrainsatt sammanträde i kommunstyrelsens planutskott där Erik är föredragande. Vi måste därför tyvärr avanmäla honom från den träffen. Övriga tre tillfällen gäller som tidigare.

Erik är informerad och står på kopia (erik.danielsson@ludvika.se).

Med vänlig hälsning
Anneli Skog
Administratör
Samhällsbyggnadsförvaltningen, Ludvika kommun
sbf@ludvika.se
""",
             X("cancel", [P("Erik Danielsson", "erik.danielsson@ludvika.se", "Ludvika kommun")], [S2]),
             "function mailbox sbf@ cancels one session for a colleague; earlier mail date 2027-01-25 and 'samtliga "
             "fyra' are context; cc address in the text is the person's"),

        mail("x050", "2026-12-14T11:15:00", ("Karin Mattsson", "karin.mattsson@mora.se"),
             "Anmälan – Stefan Hansson, Mora kommun",
             """Hej!

Jag skriver på uppdrag av vår planchef Stefan Hansson, som önskar delta i DalaLab. Han vill vara med på samtliga träffar.

Stefans kontaktuppgifter: stefan.hansson@mora.se, tfn 0250-261 12.

För tydlighetens skull: jag själv ska inte anmälas, jag administrerar bara hans kalender. Kallelser och information skickas gärna till Stefan med kopia till mig.

Hälsningar
Karin Mattsson
Assistent, Samhällsbyggnadsförvaltningen
Mora kommun
""",
             X("register", [P("Stefan Hansson", "stefan.hansson@mora.se", "Mora kommun")], ALL),
             "assistant registers her manager and says explicitly she is not to be registered; cc wish is not a signup"),

        mail("x051", "2027-02-26T09:30:00", ("Birgitta Holm", "birgitta.holm@hedemora.se"),
             "SV: Bekräftelse anmälan DalaLab – byte av deltagare",
             """Hej Linnea,

Tack för bekräftelsen nedan. Tyvärr har det skett en förändring: Lars Ohlsson avslutar sin anställning hos Hedemora kommun den 31 mars 2027 och kan därför inte delta i DalaLab.

I hans ställe anmäler vi Fatima Al-Hassan, planarkitekt, fatima.al-hassan@hedemora.se. Hon tar över Lars plats vid samtliga fyra träffar.

Lars och Fatima står på kopia.

Med vänliga hälsningar
Birgitta Holm
Enhetssamordnare, Plan- och byggenheten
Hedemora kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 3 februari 2027 14:12
Till: Birgitta Holm <birgitta.holm@hedemora.se>
Ämne: Bekräftelse anmälan DalaLab

Hej Birgitta,

Vi har tagit emot anmälan av Lars Ohlsson (lars.ohlsson@hedemora.se) till DalaLab:
- 3 maj 2027, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Välkommen!
Linnea Hassis, Region Dalarna
""",
             X("change", [P("Lars Ohlsson", "lars.ohlsson@hedemora.se", "Hedemora kommun"),
                          P("Fatima Al-Hassan", "fatima.al-hassan@hedemora.se", "Hedemora kommun")], ALL),
             "unit coordinator's substitution on top of the organiser's quoted confirmation; withdrawn person's address "
             "only in the quote; substitute takes all four; end-of-employment date is not a session"),

        mail("x052", "2027-01-07T08:03:00", ("Registrator Rättviks kommun", "registrator@rattvik.se"),
             "VB: Anmälan DalaLab [Dnr 2027/0021]",
             """Hej,

Nedanstående handling har inkommit till Rättviks kommuns registratur och diarieförts under Dnr 2027/0021. Då den avser en anmälan till Region Dalarnas lärprojekt vidarebefordras den till er för vidare hantering.

Vänligen ange diarienumret vid eventuell korrespondens i ärendet.

Med vänlig hälsning
Registraturen, Rättviks kommun

-----Ursprungligt meddelande-----
Från: Gunilla Westerlund <gunilla.westerlund@rattvik.se>
Skickat: den 5 januari 2027 16:48
Till: registrator@rattvik.se
Ämne: Anmälan DalaLab

Hej! Jag vill anmäla mig till DalaLab, träffarna 3 maj och 29 november. Vet inte riktigt vart jag ska skicka detta, så jag skickar hit.
/Gunilla Westerlund, översiktsplanerare
""",
             X("register", [P("Gunilla Westerlund", "gunilla.westerlund@rattvik.se", "Rättviks kommun")], [S1, S3]),
             "registrator forwards a diarised mail: the person, her address and her two sessions are only in the "
             "forwarded part; registrator is not a participant"),

        mail("x053", "2027-04-08T07:12:00", ("Eva Bengtsson", "eva.bengtsson@smedjebacken.se"),
             "Automatiskt svar: Påminnelse – sista dag för anmälan till DalaLab är 14 april",
             """Tack för ditt meddelande.

Jag är tjänstledig till och med den 3 maj 2027 och läser inte min e-post under denna tid.

Ärenden som gäller anmälningar till utbildningar och konferenser för samhällsbyggnadsförvaltningen hanteras under min frånvaro av kommunkansliet, kansli@smedjebacken.se, tfn 0240-660 00.

Brådskande ärenden: kontakta växeln.

Vänliga hälsningar
Eva Bengtsson
Förvaltningssekreterare
Smedjebackens kommun
""",
             X("auto_reply"),
             "secretary's out-of-office replying to the reminder; '3 maj 2027' is her return date, not a signup; "
             "points to a function mailbox"),

        mail("x054", "2026-12-02T14:50:00", ("Helena Ström", "helena.strom@gagnef.se"),
             "Fråga om kostnad och fakturering – DalaLab",
             """Hej,

Innan vi skickar in anmälningar från Gagnefs kommun har jag några administrativa frågor:

1. Är deltagandet i DalaLab avgiftsfritt, eller kommer det att faktureras? Om det faktureras behöver vi att referens 4410-SBF och vårt organisationsnummer anges på fakturan.
2. Ingår lunch och fika vid samtliga fyra träffar, eller bara vid träffen i Falun den 3 maj?
3. Kan en anmäld deltagare ersättas av en kollega om hen får förhinder?

Tacksam för svar så att jag kan ta fram ett underlag till förvaltningsledningen.

Med vänliga hälsningar
Helena Ström
Ekonomiadministratör
Gagnefs kommun
""",
             X("question"),
             "administrative questions before any signup (invoicing, lunch, substitutes); names 3 May and 'samtliga "
             "fyra träffar' but registers nobody"),

        tg("x055", "2027-01-28T16:55:00", "Ann-Sofie B", 7731902,
           "Hej! Ann-Sofie här, jag är assistent på bygg- och miljöavdelningen i Gagnef. Kan jag anmäla min chef "
           "här? Tomas Wiklund ska vara med 3 maj och 29 november. Han har inget telegram själv. Tack!",
           X("register", [P("Tomas Wiklund", None, "Gagnefs kommun")], [S1, S3]),
           "Telegram from an assistant registering her manager (sender not a participant); 'Kan jag anmäla...?' is "
           "phrased as a question but the signup details are given"),

        mail("x056", "2027-03-18T10:10:00", ("Personalavdelningen Orsa kommun", "personal@orsa.se"),
             "Begäran om radering av personuppgifter – f.d. medarbetare",
             """Till Region Dalarna

Vår tidigare medarbetare Rebecka Lindholm (rebecka.lindholm@orsa.se) avslutade sin anställning i Orsa kommun den 28 februari 2027. Hon var anmäld till DalaLab.

Vi ber er avregistrera henne och radera de personuppgifter om henne som ni har lagrat i samband med anmälan (namn, e-postadress och eventuella kostuppgifter). Rebecka har själv bett oss framföra detta, eftersom hennes e-postkonto hos oss kommer att stängas.

Vänligen bekräfta till personal@orsa.se när raderingen är genomförd.

Med vänlig hälsning
Personalavdelningen
Orsa kommun
""",
             X("erasure", [P("Rebecka Lindholm", "rebecka.lindholm@orsa.se", "Orsa kommun")]),
             "HR mailbox asks, on a former employee's behalf, to deregister and erase her data -> erasure (covers the "
             "cancellation); the person is the employee, not the mailbox"),

        mail("x057", "2027-03-09T09:02:00", ("Lena Forsgren", "lena.forsgren@avesta.se"),
             "Ändring av anmälan, Dnr SBN 2027/14",
             """Hej Linnea!

Jag hänvisar till vår anmälan den 12 januari (Dnr SBN 2027/14), där Jonas Pettersson och Eva Lund från Avesta kommun anmäldes till den första träffen den 3 maj.

Jonas har nu fått klartecken att delta under hösten också. Vi vill därför utöka hans anmälan så att den omfattar 3 maj, 21 september och 29 november. Evas anmälan är oförändrad (endast 3 maj).

Jonas e-post: jonas.pettersson@avesta.se

Med vänliga hälsningar
Lena Forsgren
Nämndsekreterare
Samhällsbyggnadsförvaltningen
Avesta kommun

Kopia: Jonas Pettersson, Eva Lund
""",
             X("change", [P("Jonas Pettersson", "jonas.pettersson@avesta.se", "Avesta kommun")], [S1, S2, S3]),
             "secretary extends one colleague's registration, stating the sessions after the change; the other "
             "colleague is unchanged and not among people; references an earlier mail and a Dnr"),

        mail("x058", "2026-12-16T13:37:00", ("Malin Eriksson", "malin.eriksson@regiondalarna.se"),
             "Anmälan från Regional utveckling – deltagarlista",
             """Hej Linnea,

Som vi pratade om i korridoren: här kommer anmälan för oss på enheten Samhällsplanering och infrastruktur. Se bifogad lista (DalaLab_deltagare_RU.xlsx); jag klistrar även in den nedan ifall bilagan inte går att öppna.

Namn; Befattning; E-post; Kost
Anders Brännström; Regional planerare; anders.brannstrom@regiondalarna.se; –
Yasmin Ahmadi; Analytiker; yasmin.ahmadi@regiondalarna.se; Vegetarisk
Cecilia Roos; Utvecklingsledare; cecilia.roos@regiondalarna.se; –
Jon-Erik Svärd; Enhetschef; jon-erik.svard@regiondalarna.se; –

Alla fyra ska vara med på samtliga träffar.

Jag deltar inte själv, men tar gärna emot kallelserna för kännedom.

Hälsningar
Malin Eriksson
Administratör, Regional utveckling
Region Dalarna
""",
             X("register", [P("Anders Brännström", "anders.brannstrom@regiondalarna.se", "Region Dalarna"),
                            P("Yasmin Ahmadi", "yasmin.ahmadi@regiondalarna.se", "Region Dalarna", diet="Vegetarisk"),
                            P("Cecilia Roos", "cecilia.roos@regiondalarna.se", "Region Dalarna"),
                            P("Jon-Erik Svärd", "jon-erik.svard@regiondalarna.se", "Region Dalarna")],
               ALL, diet="Vegetarisk"),
             "regional administrator, semicolon-separated list pasted from an attachment; four people (no quota for the "
             "Region); 'Alla fyra' means the four people, sessions = all; sender does not attend"),

        mail("x059", "2027-02-04T11:20:00", ("Kommunkansliet Orsa", "kansli@orsa.se"),
             "Anmälan DalaLab – Orsa kommun (4 personer)",
             """Hej!

Orsa kommun anmäler följande fyra personer till DalaLab, samtliga träffar:

Nils-Olof Back, planeringsarkitekt – nils-olof.back@orsa.se
Ingrid Mård, bygglovshandläggare – ingrid.mard@orsa.se
Darko Ilić, samhällsplanerare – darko.ilic@orsa.se
Hanna Eriksson Sjö, miljöinspektör – hanna.eriksson.sjo@orsa.se

Vi har sett att det är max tre personer per kommun. Om det inte finns utrymme för fyra ber vi er prioritera i den ordning namnen står ovan, så att Hanna i så fall hamnar på reservlistan.

Med vänlig hälsning
Kommunkansliet
Orsa kommun
""",
             X("register", [P("Nils-Olof Back", "nils-olof.back@orsa.se", "Orsa kommun"),
                            P("Ingrid Mård", "ingrid.mard@orsa.se", "Orsa kommun"),
                            P("Darko Ilić", "darko.ilic@orsa.se", "Orsa kommun"),
                            P("Hanna Eriksson Sjö", "hanna.eriksson.sjo@orsa.se", "Orsa kommun")], ALL),
             "kansli@ mailbox registers four people, knowingly over the quota, with a priority order; the parse lists "
             "all four (the quota is applied later); double surname without hyphen"),

        mail("x060", "2027-03-29T14:05:00", ("Kansli Vansbro kommun", "kansli@vansbro.se"),
             "Återkallelse av anmälan – DalaLab",
             """Till: Region Dalarna, Linnea Hassis
Kopia: Petter Holm, Sanna Lindgren

Med anledning av det beslut om besparingar som kommunstyrelsen fattade den 22 mars 2027 (§ 41) har förvaltningsledningen beslutat att Vansbro kommun inte deltar i DalaLab under 2027–2028.

Vi återkallar därmed anmälan för:
– Petter Holm, petter.holm@vansbro.se
– Sanna Lindgren, sanna.lindgren@vansbro.se

Vi beklagar detta och hoppas på möjlighet att delta i kommande satsningar.

Vänliga hälsningar
Kommunkansliet, Vansbro kommun
""",
             X("cancel", [P("Petter Holm", "petter.holm@vansbro.se", "Vansbro kommun"),
                          P("Sanna Lindgren", "sanna.lindgren@vansbro.se", "Vansbro kommun")], ALL),
             "formal withdrawal ('återkallar') of two colleagues by the kansli; no session named -> all four; "
             "'22 mars 2027 (§ 41)' is a decision date, '2027–2028' a span"),

        mail("x061", "2027-01-11T09:48:00", ("Sara Nyqvist", "sara.nyqvist@lansstyrelsen.se"),
             "Registration – DalaLab (on behalf of Miguel Fernández Ortega)",
             """Dear Ms Hassis,

I am writing from the HR unit at the County Administrative Board of Dalarna (Länsstyrelsen Dalarna) on behalf of our new colleague, Dr Miguel Fernández Ortega, who joined the Board's spatial planning unit this month. He does not yet speak Swedish fluently and has asked me to handle his registration.

He would like to attend the first session on 3 May 2027 in Falun and the last one, on accessibility, on 22 February 2028. Sessions two and three unfortunately clash with his teaching commitments at Dalarna University.

His e-mail address is miguel.fernandez.ortega@lansstyrelsen.se. He has no dietary requirements.

Please let me know if any further information is needed. I will not be attending myself.

Kind regards,
Sara Nyqvist
HR Coordinator
Länsstyrelsen Dalarna
""",
             X("register", [P("Miguel Fernández Ortega", "miguel.fernandez.ortega@lansstyrelsen.se",
                              "Länsstyrelsen Dalarna")], [S1, S4]),
             "English, HR coordinator registers a new colleague with a double surname and a title; 'Sessions two and "
             "three' are excluded; 'no dietary requirements' -> diet null"),

        mail("x062", "2027-03-15T10:27:00", ("Marie Lundkvist", "marie.lundkvist@hedemora.se"),
             "Komplettering av anmälan: specialkost, Dnr KS 2027/031",
             """Hej,

Komplettering till vår anmälan av Ingela Norberg (Dnr KS 2027/031), som är anmäld till träffarna 3 maj 2027 och 22 februari 2028.

Ingela behöver glutenfri kost vid lunch och fika vid båda tillfällena. Övriga uppgifter i anmälan är oförändrade.

Med vänlig hälsning
Marie Lundkvist
Administrativ assistent
Plan och bygg, Hedemora kommun

cc: ingela.norberg@hedemora.se
""",
             X("change", [P("Ingela Norberg", "ingela.norberg@hedemora.se", "Hedemora kommun", diet="glutenfri")],
               [S1, S4], diet="glutenfri"),
             "assistant adds a diet to a colleague's existing registration -> change; sessions as stated; the person's "
             "address only in the cc line at the bottom; iso-8859-1",
             charset="iso-8859-1"),

        tg("x063", "2027-02-09T08:21:00", "Birgitta Olsson", 5520387,
           "God morgon. Birgitta Olsson, nämndsekreterare i Älvdalens kommun. Jag vill anmäla vår planarkitekt Sami "
           "Jokela till DalaLab, samtliga tillfällen. E-post: sami.jokela@alvdalen.se. Jag deltar inte själv. "
           "Mvh Birgitta",
           X("register", [P("Sami Jokela", "sami.jokela@alvdalen.se", "Älvdalens kommun")], ALL),
           "formal Telegram from a secretary for a colleague; the address written in the text is kept; sender excluded"),

        mail("x064", "2027-01-22T10:31:00", ("Leksands kommun Registrator", "registrator@leksand.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft (Er ref RD 2026/1187)",
             """Hej,

Med anledning av inbjudan nedan anmäler Leksands kommun två deltagare:

  Namn               E-post                         Träffar
  Åsa Dalin          asa.dalin@leksand.se           1 och 3
  Mohammed Karimi    mohammed.karimi@leksand.se     1 och 3

Båda deltar alltså vid den första och den tredje träffen. Ärendet har hos oss diarienummer KS 2027/0057.

Med vänlig hälsning
Registrator
Leksands kommun

""" + INVITATION,
             X("register", [P("Åsa Dalin", "asa.dalin@leksand.se", "Leksands kommun"),
                            P("Mohammed Karimi", "mohammed.karimi@leksand.se", "Leksands kommun")], [S1, S3]),
             "registrator replies over the quoted invitation (all four dates, deadline, quota); sessions given by "
             "number ('1 och 3') in a space-aligned table and restated as första/tredje"),

        mail("x065", "2027-04-06T15:58:00", ("Therese Persson", "therese.persson@malung-salen.se"),
             "Avanmälan 29/11 – Nils Brandt",
             """Hej Linnea,

Nils Brandt, som är anmäld till samtliga DalaLab-träffar, har fått ett uppdrag i en regional arbetsgrupp som sammanträder den 29 november 2027. Han kan därför inte delta vid den tredje träffen och avanmäls härmed från den.

Vi återkommer om vi hittar en ersättare för just det tillfället. Övriga träffar kvarstår oförändrade.

Vänligen
Therese Persson
Planeringssekreterare, Malung-Sälens kommun
0280-181 00
""",
             X("cancel", [P("Nils Brandt", None, "Malung-Sälens kommun")], [S3]),
             "secretary cancels one session for a colleague (no address given); a possible future substitute is not a "
             "registration"),

        mail("x066", "2027-03-23T11:44:00", ("Jenny Åkerlund", "jenny.akerlund@falun.se"),
             "Förfrågan: förteckning över anmälda från Falu kommun",
             """Hej,

Inför ett chefsmöte den 30 mars behöver jag kontrollera vilka från Falu kommun som i dagsläget är anmälda till DalaLab, och till vilka träffar. Vi har skickat in anmälningar både från plan@falun.se och från enskilda medarbetare, så jag är osäker på om vi redan har fyllt våra tre platser.

Skulle ni kunna skicka en förteckning över anmälda deltagare från Falu kommun med respektive datum?

Tack på förhand!
Jenny Åkerlund
Förvaltningsassistent
Samhällsbyggnadsförvaltningen, Falu kommun
""",
             X("question"),
             "administrative request for the list of registered colleagues -> question; mentions a function mailbox "
             "and the quota; '30 mars' is not a session"),

        mail("x067", "2027-03-31T08:15:00", ("Pia Karlsson", "pia.karlsson@borlange.se"),
             "Ändring: Hampus Ek byter träff",
             """Hej!

Gällande Hampus Ek (hampus.ek@borlange.se), Borlänge kommun: han är anmäld till träffen 21 september men önskar i stället delta den 29 november. Kan ni byta det åt honom?

Tack och hälsningar,
Pia Karlsson
Administratör, Stadsbyggnadsförvaltningen, Borlänge kommun
""",
             X("change", [P("Hampus Ek", "hampus.ek@borlange.se", "Borlänge kommun")], [S3]),
             "administrator requests a bare session swap for a colleague whose surname is a common word -> only the "
             "new session"),

        mail("x068", "2027-02-17T13:05:00", ("Eva-Lena Wikström", "eva-lena.wikstrom@smedjebacken.se"),
             "Anmälan Smedjebackens kommun",
             """Hej Linnea!

Jag anmäler härmed vår översiktsplanerare Ronja Åberg (ronja.aberg@smedjebacken.se) till DalaLab – hela programmet, alla fyra träffarna.

Dessutom vill jag anmäla mig själv till den första träffen den 3 maj. Jag är sekreterare i den politiska beredningsgrupp som arbetar med vår nya översiktsplan och vill gärna förstå planeringsstrategin bättre. Övriga träffar deltar jag inte i.

Ingen av oss har några specialkostbehov.

Vänliga hälsningar
Eva-Lena Wikström
Kommunsekreterare
Smedjebackens kommun
""",
             X("register", [P("Ronja Åberg", "ronja.aberg@smedjebacken.se", "Smedjebackens kommun"),
                            P("Eva-Lena Wikström", "eva-lena.wikstrom@smedjebacken.se", "Smedjebackens kommun")],
               ALL),
             "secretary registers a planner for all four and herself for 3 May only -> both people, union = all; "
             "'Ingen ... specialkostbehov' -> no diet"),

        mail("x069", "2027-03-04T09:55:00", ("Kommunkansliet Älvdalen", "kansli@alvdalen.se"),
             "Anmälan till DalaLab samt kostuppgifter",
             """Hej,

Älvdalens kommun anmäler nedanstående två medarbetare till DalaLab. Sami Jokela har redan anmälts separat och berörs inte av detta meddelande.

Deltagare            | E-post                           | Träffar            | Kost
---------------------+----------------------------------+--------------------+------------
Lisa Mattsson-Krans  | lisa.mattsson-krans@alvdalen.se  | 21/9, 29/11        | Vegetarisk
Göran Östlund        | goran.ostlund@alvdalen.se        | 21/9, 29/11, 22/2  | Nötallergi

Kallelser och bekräftelser skickas direkt till deltagarna, med kopia till kansli@alvdalen.se.

Med vänlig hälsning
Kommunkansliet
Älvdalens kommun
""",
             X("register", [P("Lisa Mattsson-Krans", "lisa.mattsson-krans@alvdalen.se", "Älvdalens kommun",
                              diet="Vegetarisk"),
                            P("Göran Östlund", "goran.ostlund@alvdalen.se", "Älvdalens kommun", diet="Nötallergi")],
               [S2, S3, S4], diet="Vegetarisk, Nötallergi"),
             "kansli mailbox, ASCII table with per-person sessions (union 21/9, 29/11, 22/2) and per-person diets; a "
             "colleague 'redan anmäld separat' is not among people"),

        mail("x070", "2027-01-25T14:30:00", ("Ulrika Sandström", "ulrika.sandstrom@ludvika.se"),
             "Anmälan DalaLab – Ludvika kommun, tre deltagare",
             """Hej,

Enligt bifogad lista (Deltagare_DalaLab_Ludvika.docx) anmäls följande tre medarbetare vid samhällsbyggnadsförvaltningen. För säkerhets skull återges listan även här:

Efternamn, Förnamn   Befattning            Träffar
Danielsson, Erik     översiktsplanerare    samtliga
Nyström, Kajsa       trafikplanerare       22 februari 2028 (tillgänglighet)
Begić, Amra          landskapsarkitekt     21 september och 29 november 2027

Samtliga nås på förnamn.efternamn@ludvika.se. Ingen har behov av specialkost.

Med vänlig hälsning
Ulrika Sandström
Assistent
Samhällsbyggnadsförvaltningen
Ludvika kommun
""",
             X("register", [P("Erik Danielsson", None, "Ludvika kommun"),
                            P("Kajsa Nyström", None, "Ludvika kommun"),
                            P("Amra Begić", None, "Ludvika kommun")], ALL),
             "assistant's 'Efternamn, Förnamn' list pasted from an attachment, per-person sessions -> union all; the "
             "address pattern 'förnamn.efternamn@' is not an address (emails null); sender not a participant"),

        mail("x071", "2026-12-03T08:20:00", ("Registrator Gagnefs kommun", "registrator@gagnef.se"),
             "Fördelning av inkommen handling: Inbjudan DalaLab (Dnr KS 2026/0533)",
             """Till: Planenheten
Kopia: Linnea Hassis, Region Dalarna (för kännedom om vårt diarienummer)

Inkommen handling har registrerats enligt följande:

Diarienummer:   KS 2026/0533
Inkom:          2026-12-01
Avsändare:      Region Dalarna, Linnea Hassis
Ärendemening:   Inbjudan till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft, träffar 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028
Handläggare:    Planchef
Åtgärd:         För kännedom och eventuell anmälan senast 14 april 2027

Handlingen finns tillgänglig i ärendehanteringssystemet.

Registraturen
Gagnefs kommun
""",
             X("unknown", unsure=["intent"]),
             "registrator's internal distribution notice, cc'd to the organiser for the Dnr; lists all four dates and "
             "the deadline but asks nothing and registers nobody (could be read as an automatic notice)",
             to="plan@gagnef.se, linnea.hassis@regiondalarna.se"),

        mail("x072", "2027-02-11T10:12:00", ("Sofia Grönlund", "sofia.gronlund@rattvik.se"),
             "Rättelse – felaktig e-postadress i anmälan",
             """Hej,

I vår anmälan den 3 februari av Linnéa Hjort till DalaLab angavs felaktigt e-postadressen linnea.hjort@rattvik.com. Korrekt adress är linnea.hjort@rattvik.se.

Linnéa är anmäld till alla fyra träffarna och det gäller fortfarande. Vänligen uppdatera deltagarregistret så att kallelser och bekräftelser når rätt mottagare.

Med vänlig hälsning
Sofia Grönlund
Assistent, Kommunledningsförvaltningen
Rättviks kommun
""",
             X("change", [P("Linnéa Hjort", "linnea.hjort@rattvik.se", "Rättviks kommun")], ALL),
             "correction of a colleague's address -> change; the wrong address must not be kept or become a second "
             "person; sessions stated (all four)"),

        mail("x073", "2027-04-01T16:20:00", ("Plan Falu kommun", "plan@falun.se"),
             "Avanmälan 22 februari 2028 – Sofie Lindqvist-Berg och Kristoffer Haag",
             """Hej!

Med anledning av att kommunfullmäktiges budgetberedning är förlagd till den 22 februari 2028 kommer varken Sofie Lindqvist-Berg eller Kristoffer Haag att kunna delta vid DalaLabs sista träff, den om tillgänglighet. Vi ber er därför stryka dem från det tillfället.

Deras övriga anmälda träffar berörs inte.

Hälsningar
Mattias Borg
för Planavdelningen, Falu kommun
plan@falun.se
""",
             X("cancel", [P("Sofie Lindqvist-Berg", None, "Falu kommun"),
                          P("Kristoffer Haag", None, "Falu kommun")], [S4]),
             "function mailbox, signed by a staff member, cancels the last session for two colleagues (no addresses); "
             "the session named both by date and by theme"),

        tg("x074", "2027-03-12T12:40:00", "Karolina Wester", 6618204,
           "Hej. Karolina här, enhetssamordnare på Länsstyrelsen Dalarna. Per-Erik Dahl är anmäld till DalaLab men "
           "går på föräldraledighet i höst, så vi behöver avanmäla honom från höstens båda träffar (21/9 och 29/11). "
           "3 maj och februariträffen står kvar.",
           X("cancel", [P("Per-Erik Dahl", None, "Länsstyrelsen Dalarna")], [S2, S3]),
           "Telegram from a unit coordinator cancelling two sessions for a colleague; the remaining sessions are "
           "named but not cancelled"),

        mail("x075", "2026-12-21T09:30:00", ("Kerstin Ågren", "kerstin.agren@malung-salen.se"),
             "Anmälan DalaLab – Malung-Sälens kommun",
             """Hej Linnea,

Härmed anmäls från Malung-Sälens kommun:

Nils Brandt, planarkitekt (nils.brandt@malung-salen.se) - samtliga träffar
Jörgen Hällström, mark- och exploateringsingenjör (jorgen.hallstrom@malung-salen.se) - träffen i Falun 3 maj samt den om tillgänglighet i februari 2028

Underlaget har godkänts av förvaltningschefen. Jag själv deltar inte.

Trevlig jul önskar
Kerstin Ågren
Sekreterare, Samhällsbyggnad
Malung-Sälens kommun
Lisagatan 34, 782 82 Malung
0280-181 00
""",
             X("register", [P("Nils Brandt", "nils.brandt@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jörgen Hällström", "jorgen.hallstrom@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "iso-8859-1; secretary registers two colleagues, one for all and one for 3 May + the accessibility session "
             "(by theme) -> union all; street number and postcode in the signature",
             charset="iso-8859-1"),

        mail("x076", "2027-01-14T15:10:00", ("Lars-Göran Eld", "lars-goran.eld@mora.se"),
             "Anmälan + fråga om parkering",
             """Hej,

Jag vill anmäla två medarbetare från Mora kommun till DalaLab:
- Frida Hed, översiktsplanerare
- Yusuf Demir, planeringsingenjör

De önskar båda delta vid de två höstträffarna, 21 september och 29 november 2027.

En fråga också: finns det parkering vid lokalen, eller rekommenderar ni att man åker kollektivt? De kommer troligen att samåka från Mora.

Med vänlig hälsning
Lars-Göran Eld
Administrativ samordnare
Mora kommun
""",
             X("register", [P("Frida Hed", None, "Mora kommun"), P("Yusuf Demir", None, "Mora kommun")], [S2, S3]),
             "signup of two colleagues plus a practical question -> register; no addresses given; organisation from "
             "text and domain; 'samåka från Mora' is travel, not the organisation"),

        mail("x077", "2027-04-09T10:45:00", ("Kommunkansliet Smedjebacken", "kansli@smedjebacken.se"),
             "Ersättare vid träffen 21 september",
             """Hej,

Ronja Åberg, Smedjebackens kommun, är anmäld till samtliga träffar i DalaLab. Vid träffen den 21 september 2027 har hon förhinder, och i hennes ställe deltar kollegan Dragan Petrović (dragan.petrovic@smedjebacken.se) vid just det tillfället.

Ronja deltar som planerat vid övriga träffar.

Med vänlig hälsning
Kommunkansliet
Smedjebackens kommun
kansli@smedjebacken.se
""",
             X("change", [P("Ronja Åberg", None, "Smedjebackens kommun"),
                          P("Dragan Petrović", "dragan.petrovic@smedjebacken.se", "Smedjebackens kommun")], [S2]),
             "kansli mailbox: substitution for one session only -> both people, sessions = the substitute's one "
             "session; the withdrawn person keeps the others"),

        mail("x078", "2027-02-22T11:02:00", ("Maja Lindblom", "maja.lindblom@gagnef.se"),
             "VB: DalaLab",
             """Hej Linnea,

Se nedan. Håkan ber mig anmäla honom; vänligen registrera honom enligt hans önskemål. Han har ingen specialkost.

Vänliga hälsningar
Maja Lindblom
Administratör, Gagnefs kommun

Från: Håkan Lönnqvist <hakan.lonnqvist@gagnef.se>
Skickat: den 21 februari 2027 19:34
Till: Maja Lindblom <maja.lindblom@gagnef.se>
Ämne: DalaLab

Hej Maja, kan du anmäla mig till DalaLab-träffarna? Alla utom den i november, då är jag på semester. Tack! /Håkan
""",
             X("register", [P("Håkan Lönnqvist", "hakan.lonnqvist@gagnef.se", "Gagnefs kommun")], [S1, S2, S4]),
             "administrator forwards her manager's internal request; person and sessions only in the forwarded part; "
             "'alla utom den i november' = three sessions"),

        mail("x079", "2027-01-27T08:40:00", ("Ulrika Sandström", "ulrika.sandstrom@ludvika.se"),
             "Radering av mina uppgifter",
             """Hej,

När jag den 25 januari skickade in Ludvika kommuns anmälan av tre medarbetare till DalaLab verkar jag själv ha registrerats som deltagare – jag har fått en bekräftelse i mitt namn.

Jag ska inte delta i lärprojektet. Jag ber er därför ta bort mig och radera mina personuppgifter ur deltagarregistret. Anmälan av de tre medarbetarna ska naturligtvis ligga kvar.

Med vänlig hälsning
Ulrika Sandström
Assistent
Samhällsbyggnadsförvaltningen
Ludvika kommun
""",
             X("erasure", [P("Ulrika Sandström", "ulrika.sandstrom@ludvika.se", "Ludvika kommun")]),
             "the administrator who sent a group signup was registered by mistake and asks for erasure of her own "
             "data; the colleagues' signups stand and are not among people"),

        mail("x080", "2027-03-26T13:33:00", ("Maria Svedberg", "maria.svedberg@rattvik.se"),
             "Anmälan DalaLab – Jan-Olov Sahlström",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal"><span style="font-family:Calibri">Hej,</span></p>
<p class="MsoNormal"><span style="font-family:Calibri">Jag anm&auml;ler h&auml;rmed v&aring;r bygglovsarkitekt Jan-Olov Sahlstr&ouml;m
(<a href="mailto:jan-olov.sahlstrom@rattvik.se">jan-olov.sahlstrom@rattvik.se</a>) till DalaLab, tr&auml;ffarna den
29&nbsp;november 2027 och 22&nbsp;februari 2028.</span></p>
<p class="MsoNormal"><span style="font-family:Calibri">Jan-Olov st&aring;r p&aring; kopia.</span></p>
<p class="MsoNormal">&nbsp;</p>
<table style="border-top:1px solid #999"><tr><td style="padding:6px">
<b>Maria Svedberg</b><br>Kanslisekreterare<br>R&auml;ttviks kommun<br>Storgatan 2, 795 80 R&auml;ttvik<br>0248-700&nbsp;00
</td><td style="padding:6px;background:#eef">
<b>L&auml;s om R&auml;ttviks nya &ouml;versiktsplan!</b><br>Samr&aring;d 3 maj &ndash; 21 juni 2027
</td></tr></table>
</div></body></html>""",
             X("register", [P("Jan-Olov Sahlström", "jan-olov.sahlstrom@rattvik.se", "Rättviks kommun")], [S3, S4]),
             "Outlook-style HTML-only mail from a secretary; the signature banner ('Samråd 3 maj – 21 juni 2027') "
             "names a session date that is not a signup"),

        mail("x081", "2027-01-19T10:06:00", ("Falu kommun", "registrator@falun.se"),
             "Kvittens: Ditt meddelande har tagits emot – Falu kommun",
             """Detta är ett automatiskt genererat meddelande. Svara inte på detta e-postmeddelande.

Ditt meddelande till Falu kommun har tagits emot och kommer att registreras enligt offentlighets- och sekretesslagen.

Ämne:           Bekräftelse – anmälan DalaLab 3 maj, 21 september, 29 november 2027 och 22 februari 2028
Mottaget:       2027-01-19 10:05
Ärendenummer:   FK-2027-004187

Handläggningstiden kan variera. Om ditt ärende är brådskande, kontakta Falu kommuns kontaktcenter på 023-830 00.

Med vänlig hälsning
Falu kommun
""",
             X("auto_reply"),
             "registry's automatic receipt for the organiser's confirmation; echoes all four dates in the subject line "
             "it quotes"),

        mail("x082", "2027-01-29T13:17:00", ("Jeanette Sund", "jeanette.sund@vansbro.se"),
             "Ytterligare anmälan – Vansbro kommun",
             """Hej Linnea,

Tack för bekräftelsen av våra två anmälningar (Petter Holm och Sanna Lindgren). De gäller som förut.

Vi vill nu anmäla ytterligare en deltagare från Vansbro kommun, vår nyanställda planeringsingenjör Aleksander Nowak, aleksander.nowak@vansbro.se. Han deltar vid träffarna 21 september och 22 februari.

Därmed har vi använt våra tre platser.

Hälsningar
Jeanette Sund
Kommunsekreterare
Vansbro kommun
""",
             X("register", [P("Aleksander Nowak", "aleksander.nowak@vansbro.se", "Vansbro kommun")], [S2, S4]),
             "additional registration: the two earlier colleagues 'gäller som förut' and are not among people; "
             "'22 februari' without a year"),

        tg("x083", "2027-04-07T09:02:00", "Gunnel Ek", 4409127,
           "Hej, Gunnel på kommunkansliet i Mora. Stryk Olle Persson från träffen 3/5, han har fått förhinder. Han "
           "kommer på de övriga som planerat.",
           X("cancel", [P("Olle Persson", None, "Mora kommun")], [S1]),
           "short Telegram from kansli staff: 'stryk' = cancel one session for a colleague; sender's surname is a "
           "common word, sender not a participant"),

        mail("x084", "2027-02-01T07:58:00", ("Anna-Karin Dufva", "anna-karin.dufva@regiondalarna.se"),
             "Anmälan DalaLab – Anna-Karin Dufva",
             """Hej Linnea,

Jag är utvecklingssekreterare på Regional utveckling och har i uppdrag att samordna regionens arbete med den regionala utvecklingsstrategin och dess koppling till kommunernas översiktsplaner. Jag anmäler mig därför själv till DalaLab och deltar gärna vid samtliga fyra tillfällen.

Jag äter laktosfritt.

Med vänlig hälsning
Anna-Karin Dufva
Utvecklingssekreterare
Region Dalarna
Regional utveckling
Box 712, 791 29 Falun
""",
             X("register", [P("Anna-Karin Dufva", "anna-karin.dufva@regiondalarna.se", "Region Dalarna")], ALL,
               diet="laktosfritt"),
             "administrative staff member registering herself; Falun in the postal address is not the organisation"),

        mail("x085", "2027-03-16T14:25:00", ("Marita Sjöholm", "marita.sjoholm@sater.se"),
             "Byte av deltagare fr.o.m. 29 november (Dnr KS 2026/0412)",
             """Hej,

Med hänvisning till Säters kommuns anmälan till DalaLab (vårt Dnr KS 2026/0412):

Johan Kettunen kommer att vara tjänstledig från och med den 1 oktober 2027 och kan därför inte fullfölja lärprojektet. Han deltar som planerat i maj och september.

Från och med träffen den 29 november 2027 ersätts han av Elin Rask, planarkitekt, elin.rask@sater.se. Elin är laktosintolerant.

Sammanfattning:
Tillfälle      | Deltagare
3 maj 2027     | Johan Kettunen
21 sep 2027    | Johan Kettunen
29 nov 2027    | Elin Rask
22 feb 2028    | Elin Rask

Kopia till Johan, Elin och registrator@sater.se.

Vänliga hälsningar
Marita Sjöholm
HR-konsult
Säters kommun
""",
             X("change", [P("Johan Kettunen", None, "Säters kommun"),
                          P("Elin Rask", "elin.rask@sater.se", "Säters kommun", diet="laktosintolerant")],
               [S3, S4], diet="laktosintolerant"),
             "HR substitution from a given session onward: the substitute takes 29 Nov + 22 Feb; summary table lists "
             "all four dates; substitute's diet; leave date 1 Oct is not a session"),

        tg("x086", "2027-03-25T13:48:00", "Kommunkansliet Orsa", 3307715,
           "Hej! Vi på kommunkansliet i Orsa undrar om deltagarna får något intyg eller kursbevis efter avslutat "
           "lärprojekt? Det behövs för kompetensutvecklingsplanerna. Och om man missar en träff, får man intyget ändå?",
           X("question"),
           "function account on Telegram asks about certificates -> question; no one registered"),

        mail("x087", "2027-01-12T15:41:00", ("Lena Forsgren", "lena.forsgren@avesta.se"),
             "Anmälningsblankett DalaLab – Avesta kommun (Dnr SBN 2027/14)",
             """Hej,

Bifogar Avesta kommuns anmälningsblankett. Innehållet återges nedan.

ANMÄLNINGSBLANKETT – DalaLab
Organisation:      Avesta kommun
Förvaltning:       Samhällsbyggnadsförvaltningen
Deltagare 1:       Jonas Pettersson, jonas.pettersson@avesta.se
Deltagare 2:       Eva Lund, eva.lund@avesta.se
Tillfällen:        [X] 3 maj 2027   [ ] 21 september 2027   [ ] 29 november 2027   [ ] 22 februari 2028
Specialkost:       Eva – laktosfri
Kontaktperson:     Lena Forsgren, nämndsekreterare (deltar ej)

Med vänlig hälsning
Lena Forsgren
Avesta kommun
""",
             X("register", [P("Jonas Pettersson", "jonas.pettersson@avesta.se", "Avesta kommun"),
                            P("Eva Lund", "eva.lund@avesta.se", "Avesta kommun", diet="laktosfri")],
               [S1], diet="laktosfri"),
             "pasted registration form with checkboxes: only the ticked session counts although all four dates are "
             "printed; the contact person 'deltar ej'"),

        mail("x088", "2027-03-05T10:50:00", ("Registrator Borlänge kommun", "registrator@borlange.se"),
             "VB: Avanmälan DalaLab (Dnr 2027/00345)",
             """Hej,

Nedanstående avanmälan har kommit in till kommunens officiella e-postadress och översänds härmed till Region Dalarna för åtgärd. Handlingen har diarieförts hos oss under Dnr 2027/00345.

Registraturen
Borlänge kommun

---------- Vidarebefordrat meddelande ---------
Från: Göran Tallberg <goran.tallberg@borlange.se>
Datum: tis 2 mars 2027 kl 17:12
Ämne: Avanmälan DalaLab
Till: <registrator@borlange.se>

Hej, jag är anmäld till DalaLab men har nu bytt tjänst och jobbar inte längre med planfrågor. Jag vill därför avanmäla mig från hela programmet. Vet inte vem hos Regionen som tar emot detta, så jag skickar hit.
Mvh Göran Tallberg
""",
             X("cancel", [P("Göran Tallberg", "goran.tallberg@borlange.se", "Borlänge kommun")], ALL),
             "registrator forwards a planner's full cancellation (Gmail-style forward header); 'hela programmet' -> all "
             "four; the registrator is not the person"),

        mail("x089", "2027-03-10T11:30:00", ("Johanna Nordh", "johanna.nordh@regiondalarna.se"),
             "Anmälan samverkansgruppen – träff 2",
             """Hej Linnea,

Inom den regionala samverkansgruppen för fysisk planering har två av ledamöterna bett mig anmäla dem till DalaLab, men endast till den andra träffen (den om utvecklingsinriktning i ÖP-modellen):

• Tove Lindh, Region Dalarna, tove.lindh@regiondalarna.se
• Ahmed Warsame, Länsstyrelsen Dalarna, ahmed.warsame@lansstyrelsen.se

Jag är gruppens sekreterare och deltar inte själv.

Hälsningar
Johanna Nordh
Sekreterare, regionala samverkansgruppen för fysisk planering
Region Dalarna
""",
             X("register", [P("Tove Lindh", "tove.lindh@regiondalarna.se", "Region Dalarna"),
                            P("Ahmed Warsame", "ahmed.warsame@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2]),
             "group secretary registers two people from two organisations for the second session (by ordinal and "
             "theme); sender not a participant"),

        mail("x090", "2027-04-02T09:15:00", ("Kansli Leksands kommun", "kansli@leksand.se"),
             "Avanmälan del av programmet – Viktoria Strand",
             """Hej,

Viktoria Strand, fysisk planerare vid Leksands kommun, har beviljats studieledighet under perioden 1 september – 31 december 2027. Hon avanmäls därför från de DalaLab-träffar som infaller under den perioden.

Hennes anmälan till träffarna 3 maj 2027 och 22 februari 2028 kvarstår.

Viktoria (viktoria.strand@leksand.se) har informerats.

Med vänlig hälsning
Kommunkansliet
Leksands kommun
""",
             X("cancel", [P("Viktoria Strand", "viktoria.strand@leksand.se", "Leksands kommun")], [S2, S3]),
             "cancellation by period: leave 1 Sep–31 Dec 2027 covers 21 Sep and 29 Nov; the kept sessions are named; "
             "the period bounds are not sessions"),
    ]
