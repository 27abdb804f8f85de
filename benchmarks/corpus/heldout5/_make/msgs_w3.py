from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("t091", "2026-12-09T07:48:00", ("Ingrid Halvarsson", "ingrid.halvarsson@hedemora.se"),
             "Re: Tack för din anmälan – DalaLab",
             """Hej Linnea,

tack för bekräftelsen. Glömde skriva i anmälan att jag är vegan – går det att ordna till fikat och lunchen?

Ingrid

Skickat från min iPhone

> 8 dec. 2026 kl. 16:21 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
>
> Hej Ingrid!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Du är anmäld till:
>
> - 3 maj 2027, Falun
> - 21 september 2027
> - 29 november 2027
> - 22 februari 2028
>
> Har du frågor eller behöver ändra något, svara på detta mejl.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna
""",
             X("change", [P("Ingrid Halvarsson", "ingrid.halvarsson@hedemora.se", "Hedemora kommun", diet="vegan")],
               ALL, diet="vegan"),
             "diet update on top of the quoted confirmation; her sessions are only in the quoted confirmation (all four)"),

        tg("t092", "2027-01-14T21:37:00", "Mohammed Al-Sayed", 7700412,
           "Hej! Fick bekräftelsen nu. Kan ni flytta mig från 3 maj till 21 september? Det krockar med budgetdagarna. Mvh Mohammed, Avesta kommun",
           X("change", [P("Mohammed Al-Sayed", None, "Avesta kommun")], [S2]),
           "Telegram bare swap 'flytta mig från 3 maj till 21 september' -> only the new session"),

        mail("t093", "2027-02-02T10:15:00", ("Dahlgren Per-Olof", "per-olof.dahlgren@borlange.se"),
             "SV: Bekräftelse – DalaLab",
             """Hej!

Jag har fått ett nytt uppdrag under våren och kommer inte att kunna delta i DalaLab. Min kollega Sanna Wikström (sanna.wikstrom@borlange.se) tar över min plats på samtliga träffar. Hon står i kopia.

Med vänlig hälsning

Per-Olof Dahlgren
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tfn 0243-740 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 december 2026 09:02
Till: Dahlgren Per-Olof <per-olof.dahlgren@borlange.se>
Ämne: Bekräftelse – DalaLab

Hej Per-Olof,

Välkommen till DalaLab! Du är anmäld till alla fyra träffarna: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028. Första träffen hålls i Falun kl. 10–15, fika från 09:30.

Hälsningar
Linnea
""",
             X("change", [P("Per-Olof Dahlgren", "per-olof.dahlgren@borlange.se", "Borlänge kommun"),
                          P("Sanna Wikström", "sanna.wikstrom@borlange.se", "Borlänge kommun")], ALL),
             "Outlook reply over the confirmation; substitution for all sessions; surname-first display name"),

        mail("t094", "2027-02-19T13:40:00", ("Lena Nordqvist", "lena.nordqvist@leksand.se"),
             "Re: Anmälan DalaLab Leksand",
             """Hej igen,

en uppdatering på vår anmälan nedan: Erik Halvorsen har slutat hos oss. I stället kommer vår nyanställda planarkitekt Hanna Lööf (hanna.loof@leksand.se) på de två träffar som Erik var anmäld till. Själv går jag som tidigare.

/Lena

Lena Nordqvist
Planchef, Leksands kommun
0247-800 00

-----Ursprungligt meddelande-----
Från: Lena Nordqvist
Skickat: den 4 december 2026 11:12
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan DalaLab Leksand

Hej!
Vi anmäler från Leksand:
Lena Nordqvist – alla fyra träffarna
Erik Halvorsen, erik.halvorsen@leksand.se – 3 maj och 21 september
Mvh Lena
""",
             X("change", [P("Erik Halvorsen", "erik.halvorsen@leksand.se", "Leksands kommun"),
                          P("Hanna Lööf", "hanna.loof@leksand.se", "Leksands kommun")], [S1, S2]),
             "manager replaces a person who has left; substitute's sessions only in her own quoted earlier mail; sender 'går som tidigare' is not among people"),

        tg("t095", "2027-03-03T12:05:00", "Josefin Rask", 8812003,
           "Hej. Fick ett svar att Rättvik redan har tre anmälda och att jag står på väntelistan?? Betyder det att jag inte får komma 3 maj alls, eller kan jag få en plats om någon hoppar av? /Josefin, Rättviks kommun",
           X("question", [], []),
           "question about a waitlist reply; names a date but asks only"),

        mail("t096", "2026-12-17T15:29:00", ("Karolina Bäckström", "karolina.backstrom@sater.se"),
             "SV: Bekräftelse på anmälan",
             """Hej!
Det har blivit fel i bekräftelsen (eller så skrev jag otydligt): det skulle vara 21 september, inte 29 november. 3 maj stämmer.

Hälsningar
Karolina Bäckström
Säters kommun

________________________________
Från: DalaLab <linnea.hassis@regiondalarna.se>
Skickat: onsdag 16 december 2026 10:44
Till: Karolina Bäckström
Ämne: Bekräftelse på anmälan

Hej Karolina, du är nu anmäld till DalaLab den 3 maj 2027 och den 29 november 2027. Välkommen!
""",
             X("change", [P("Karolina Bäckström", "karolina.backstrom@sater.se", "Säters kommun")], [S1, S2]),
             "correction 'det skulle vara 21 september, inte 29 november', 3 maj kept -> sessions after change 3 May + 21 Sep"),

        mail("t097", "2027-01-08T08:02:00", ("Björn Tapper", "bjorn.tapper@vansbro.se"),
             "SV: Din anmälan till DalaLab",
             """Tack för bekräftelsen! Ser fram emot att ses i Falun.

/Björn

Björn Tapper | Miljö- och byggenheten | Vansbro kommun

Från: Linnea Hassis
Skickat: 7 januari 2027 17:30
Ämne: Din anmälan till DalaLab

Hej Björn! Vi har tagit emot din anmälan. Du är välkommen till samtliga fyra träffar (3/5, 21/9, 29/11 2027 och 22/2 2028). Program skickas ut cirka två veckor före varje träff.
""",
             X("unknown", [], []),
             "pure thank-you over the confirmation; the quoted dates are not a request"),

        mail("t098", "2027-03-22T09:51:00", ("Hiba Kareem", "hiba.kareem@falun.se"),
             "Re: Avbokning bekräftad",
             """Hej Linnea!

Det löste sig med resan till slut, så jag skulle gärna vara med igen – i alla fall 3 maj och 22 februari, de andra två vet jag inte än. Går det fortfarande att anmäla sig?

Hiba Kareem
Strategisk planerare
Falu kommun

Den 9 mars 2027 14:10 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Hiba,
> din avbokning från DalaLab är registrerad. Du är inte längre anmäld till någon av träffarna.
> Hälsningar, Linnea
""",
             X("register", [P("Hiba Kareem", "hiba.kareem@falun.se", "Falu kommun")], [S1, S4]),
             "re-registration after cancelling, phrased as a question; only the two named sessions"),

        tg("t099", "2027-01-25T18:14:00", "Annika Lindahl", 6634120,
           "Hej! Jag anmälde mig till DalaLab (alla fyra träffarna) från min privata gmail men vill hellre ha allt till jobbet: annika.lindahl@ludvika.se. Kan ni byta adress? Tack! Annika, Ludvika",
           X("change", [P("Annika Lindahl", "annika.lindahl@ludvika.se", "Ludvika kommun")], ALL),
           "Telegram address change; new work address given; sessions stated (all four)"),

        mail("t100", "2027-02-24T16:58:00", ("Göran Wiklander", "goran.wiklander@malung-salen.se"),
             "SV: Bekräftelse DalaLab",
             """Hej,

tyvärr krockar 29 november med kommunfullmäktige, så stryk mig från den träffen. Övriga datum står kvar.

Göran

--
Göran Wiklander
Samhällsplanerare
Malung-Sälens kommun
Box 14, 782 21 Malung
0280-181 00

> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Datum: 2 februari 2027
> Ämne: Bekräftelse DalaLab
>
> Hej Göran! Du är anmäld till DalaLab: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
""",
             X("cancel", [P("Göran Wiklander", "goran.wiklander@malung-salen.se", "Malung-Sälens kommun")], [S3]),
             "partial cancellation of one session over a confirmation listing all four"),

        mail("t101", "2027-01-19T11:26:00", ("Therese Mård", "therese.mard@orsa.se"),
             "Ändring anmälan",
             """Hej!

Jag står anmäld till första träffen den 3 maj. Nu har vi fått lite mer utbildningsbudget, så lägg gärna till träffen om önskvärda framtider och osäkerheter också.

Tack på förhand,
Therese Mård
Orsa kommun
""",
             X("change", [P("Therese Mård", "therese.mard@orsa.se", "Orsa kommun")], [S1, S3]),
             "addition by theme (önskvärda framtider och osäkerheter = 29 Nov); existing session stated -> both"),

        tg("t102", "2027-02-11T07:33:00", "Maria Olausson", 5523871,
           "God morgon. Jonas Ek från Gagnefs kommun som jag anmälde i december kommer inte kunna delta på någon av träffarna, han är långtidssjukskriven. Ta bort honom är ni snälla. /Maria Olausson, enhetschef",
           X("cancel", [P("Jonas Ek", None, "Gagnefs kommun")], ALL),
           "manager cancels a colleague on Telegram; no session named -> all four; sender not in people"),

        mail("t103", "2027-03-11T14:20:00", ("Ulrika Stenmark-Bergh", "ulrika.stenmark-bergh@lansstyrelsen.se"),
             "Re: Bekräftelse: DalaLab",
             """Hej Linnea,

den 21 september är jag på tjänsteresa. Min kollega Fatima Yusuf (fatima.yusuf@lansstyrelsen.se) går i mitt ställe den dagen. Övriga träffar går jag själv på.

Vänliga hälsningar
Ulrika Stenmark-Bergh
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00

---- Ursprungligt meddelande ----
Från: Linnea Hassis
Till: Ulrika Stenmark-Bergh
Ämne: Bekräftelse: DalaLab

Du är anmäld till: 2027-05-03, 2027-09-21, 2027-11-29, 2028-02-22.
""",
             X("change", [P("Ulrika Stenmark-Bergh", "ulrika.stenmark-bergh@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Fatima Yusuf", "fatima.yusuf@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2]),
             "partial substitution for one session; sessions = what the substitute takes; quoted ISO dates"),

        mail("t104", "2027-01-05T10:03:00", ("Linus Åkerman", "linus.akerman@alvdalen.se"),
             "Bekräftelsen saknar ett datum",
             """Hej,

jag anmälde mig till alla fyra träffarna, men i bekräftelsen ni skickade står bara tre datum – 22 februari 2028 saknas. Jag vill vara med på den också, kan ni rätta?

Linus Åkerman
Planeringsarkitekt, Älvdalens kommun

Den tis 29 dec 2026 kl 11:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Linus, du är anmäld till DalaLab 3 maj, 21 september och 29 november 2027. Välkommen!
""",
             X("change", [P("Linus Åkerman", "linus.akerman@alvdalen.se", "Älvdalens kommun")], ALL),
             "complaint about the confirmation that asks to add the missing fourth date -> change, all four after the fix"),

        mail("t105", "2026-12-14T13:12:00", ("Siobhán O'Connor-Lund", "siobhan.oconnor-lund@regiondalarna.se"),
             "Re: Registration confirmed – DalaLab",
             """Hi Linnea,

Thanks for the confirmation! Two small things: my name is spelt Siobhán O'Connor-Lund (the confirmation says "Siobhan Oconnor"), and I should have mentioned that I'm lactose intolerant.

Best,
Siobhán

Siobhán O'Connor-Lund
Regional development strategist | Region Dalarna

On Mon, 14 Dec 2026 at 09:40, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:
> Hi Siobhan Oconnor,
> You are registered for DalaLab on 3 May 2027 and 29 November 2027.
> Kind regards, Linnea
""",
             X("change", [P("Siobhán O'Connor-Lund", "siobhan.oconnor-lund@regiondalarna.se", "Region Dalarna",
                            diet="lactose intolerant")], [S1, S3], diet="lactose intolerant"),
             "English name correction plus diet; sessions from the quoted confirmation; the misspelt name is not a second person"),

        tg("t106", "2027-01-21T22:47:00", "Kristina Holmgren", 4410987,
           "tack för bekräftelsen 🙏👍",
           X("unknown", [], []),
           "Telegram thank-you, nothing to do"),

        mail("t107", "2027-03-30T10:40:00", ("Anneli Vass", "anneli.vass@smedjebacken.se"),
             "Ändring deltagare DalaLab",
             """Hej!

Johan Kvist, som vi anmälde i vintras, har slutat i kommunen. Vi har i dagsläget ingen som kan ta hans plats, så stryk honom från listan. Om vi anställer någon före sommaren hör jag av mig igen.

Anneli Vass
Samhällsbyggnadschef
Smedjebackens kommun
""",
             X("cancel", [P("Johan Kvist", None, "Smedjebackens kommun")], ALL),
             "manager withdraws a person who has left, no substitute, subject says 'Ändring' -> cancel all four"),

        mail("t108", "2027-02-08T12:12:00", ("Jenny Ahonen", "jenny.ahonen@falun.se"),
             "SV: Bekräftelse DalaLab – Jenny Ahonen",
             """Hej! Kan ni byta 22 februari mot 21 september? Vi har revision i februari. Tack! /Jenny

Jenny Ahonen
Översiktsplanerare, Falu kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: fredag 5 februari 2027 13:15
Till: Jenny Ahonen <jenny.ahonen@falun.se>
Ämne: Bekräftelse DalaLab – Jenny Ahonen

Hej Jenny, du är anmäld till DalaLab den 3 maj 2027 och den 22 februari 2028.
""",
             X("change", [P("Jenny Ahonen", "jenny.ahonen@falun.se", "Falu kommun")], [S1, S2]),
             "swap 22 Feb -> 21 Sep; the quoted confirmation states she keeps 3 May, so sessions after change = 3 May + 21 Sep"),

        tg("t109", "2027-02-27T19:02:00", "Lisa Ahlgren", 9031145,
           "hej! kan ni flytta mig från första träffen till den om tillgänglighet istället? /lisa ahlgren, mora kommun",
           X("change", [P("Lisa Ahlgren", None, "Mora kommun")], [S4]),
           "swap by ordinal and theme (första -> tillgänglighet = 22 Feb); lower case"),

        mail("t110", "2027-04-06T07:15:00", ("Kent Lindström", "kent.lindstrom@avesta.se"),
             "Avbokning",
             """Hej,

jag måste tyvärr avboka mig från DalaLab helt och hållet – jag har fått en tjänst i en annan region från 1 maj. Tack ändå!

Kent

Den 18 januari 2027 skrev Linnea Hassis:
> Hej Kent! Bekräftelse: du är anmäld till DalaLab 3/5, 21/9, 29/11 2027 och 22/2 2028.
""",
             X("cancel", [P("Kent Lindström", "kent.lindstrom@avesta.se", "Avesta kommun")], ALL),
             "full self-cancellation; '1 maj' is not a session"),

        mail("t111", "2027-03-16T15:45:00", ("Camilla Storm", "camilla.storm@borlange.se"),
             "Re: Avanmälan Omar Farah",
             """Hej Linnea!

Det blev ändrade planer – Omar Farah kan ändå delta, så vi vill anmäla honom igen till alla fyra träffarna. Hans adress är som förut, omar.farah@borlange.se.

Tack och förlåt för krånglet!
Camilla

Camilla Storm
Enhetschef Strategisk planering
Borlänge kommun

> Hej Camilla,
> Omar Farah är nu avanmäld från DalaLab.
> /Linnea Hassis, Region Dalarna
>
> > Hej, Omar Farah kan tyvärr inte delta i DalaLab. Kan ni stryka honom? /Camilla
""",
             X("register", [P("Omar Farah", "omar.farah@borlange.se", "Borlänge kommun")], ALL),
             "manager re-registers a colleague she had cancelled; thread quotes the cancellation; sender not in people"),

        tg("t112", "2027-01-30T11:11:00", "Sven Olsson", 3320987,
           "Glömde en sak i anmälan: jag är glutenfri. Är anmäld till 3/5 och 21/9. Sven O, Rättvik",
           X("change", [P("Sven Olsson", None, "Rättviks kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
           "Telegram diet update with sessions stated in short date form"),

        mail("t113", "2027-03-05T08:50:00", ("Nadia Bouzid", "nadia.bouzid@hedemora.se"),
             "SV: Väntelista DalaLab",
             """Hej, tack för beskedet.

Om någon av de tre hoppar av – får jag då platsen automatiskt, eller behöver jag höra av mig igen? Och står jag på väntelistan för alla fyra träffarna eller bara den första?

Nadia Bouzid
Hedemora kommun

Från: Linnea Hassis
Skickat: den 4 mars 2027 16:05
Ämne: Väntelista DalaLab

Hej Nadia,
Hedemora kommun har redan tre anmälda till DalaLab (Ingrid Halvarsson, Peter Kask och Moa Lindh), vilket är max per kommun. Du står därför på väntelistan.
Vänliga hälsningar
Linnea Hassis
""",
             X("question", [], []),
             "questions about a waitlist reply; names in the quote are not people of the request"),

        mail("t114", "2027-01-13T13:37:00", ("Agnes Fält", "agnes.falt@vansbro.se"),
             "Re: Bekräftelse",
             """Hej!

Fick bekräftelsen men ingen kalenderinbjudan. Kommer det någon sådan, eller ska jag lägga in datumen själv? Och var i Falun är första träffen?

Hälsn. Agnes

> Hej Agnes! Du är anmäld till DalaLab: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027, 22 februari 2028.
""",
             X("question", [], []),
             "questions about the confirmation (calendar invite, venue); quoted dates are not a request"),

        mail("t115", "2027-02-15T10:05:00", ("Rasmus Hellgren", "rasmus.hellgren@ludvika.se"),
             "Ändring av anmälan DalaLab",
             """Hej,

jag vill ändra min anmälan så att jag bara deltar 3 maj och 29 november. September och februari hinner jag tyvärr inte med.

Rasmus Hellgren
Ludvika kommun

-----Ursprungligt meddelande-----
Från: Rasmus Hellgren
Skickat: den 2 december 2026 14:48
Till: linnea.hassis@regiondalarna.se
Ämne: Anmälan

Hej, anmäler mig till alla tillfällen i DalaLab. /Rasmus
""",
             X("change", [P("Rasmus Hellgren", "rasmus.hellgren@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "change phrased as the sessions he keeps ('bara 3 maj och 29 november'); iso-8859-1; own earlier mail quoted",
             charset="iso-8859-1"),

        tg("t116", "2027-03-25T17:20:00", "Tomasz Nowak", 7019934,
           "Hi, got your confirmation, thanks. Could you move me from Sept 21 to Nov 29? Tomasz Nowak, Borlange municipality",
           X("change", [P("Tomasz Nowak", None, "Borlänge kommun")], [S3]),
           "English Telegram bare swap; 'Borlange' without diacritics"),

        mail("t117", "2027-03-02T09:09:00", ("Gunilla Fors", "gunilla.fors@sater.se"),
             "Ändring – Carina Björk",
             """Hej Linnea,

Carina Björk kan inte delta på höstens två träffar eftersom hon är föräldraledig då. Maj och februari står kvar som tidigare.

Gunilla Fors
Planeringschef
Säters kommun
""",
             X("cancel", [P("Carina Björk", None, "Säters kommun")], [S2, S3]),
             "manager withdraws a colleague from 'höstens två träffar' (21 Sep, 29 Nov) without substitute -> cancel those two"),

        tg("t118", "2027-02-04T14:55:00", "Håkan Berglund", 2201456,
           "Hej! Ändring från Avesta: Kerstin Eld kan inte 29/11, Anders Mattsson tar hennes plats den dagen. Mvh Håkan",
           X("change", [P("Kerstin Eld", None, "Avesta kommun"), P("Anders Mattsson", None, "Avesta kommun")], [S3]),
           "Telegram substitution for one session sent by a third person; sender not in people"),

        mail("t119", "2026-12-21T20:30:00", ("Elin Skoglund", "elinskoglund84@gmail.com"),
             "Re: Bekräftelse – DalaLab",
             """<html><body>
<p>Hej!</p>
<p>Jag råkade anmäla mig från min privata adress. Kan ni ändra till <a href="mailto:elin.skoglund@gagnef.se">elin.skoglund@gagnef.se</a>? Jag jobbar på Gagnefs kommun (bygg och miljö). Samma träffar som i bekräftelsen nedan.</p>
<p>Tack!<br>Elin</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>Den 20 dec. 2026 kl. 15:12 skrev Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;:</p>
<p>Hej Elin! Du är anmäld till DalaLab:</p>
<ul><li>21 september 2027</li><li>29 november 2027</li></ul>
<p>Vänliga hälsningar<br>Linnea Hassis, Region Dalarna</p>
</div>
</body></html>""",
             X("change", [P("Elin Skoglund", "elin.skoglund@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "HTML-only address change from a private gmail to the work address; sessions 'samma som i bekräftelsen' (quoted list)",
             html=True),

        tg("t120", "2027-04-02T08:30:00", "Petra Sundqvist", 1188342,
           "avboka mig från dalalab tack, blev ändrade planer. Petra Sundqvist, Leksands kommun",
           X("cancel", [P("Petra Sundqvist", None, "Leksands kommun")], ALL),
           "terse Telegram self-cancellation, no session -> all four"),

        mail("t121", "2027-01-11T14:14:00", ("Oskar Lindvall", "oskar.lindvall@mora.se"),
             "SV: Bekräftelse",
             """Tack för bekräftelsen!

En fråga bara: vi har en praktikant från SLU hos oss i vår. Skulle hon kunna följa med mig den 3 maj, eller räknas hon in i kommunens tre platser?

Mvh
Oskar Lindvall
Mora kommun, Samhällsbyggnad
""",
             X("question", [], []),
             "thanks plus a question about bringing an unnamed intern; no request"),

        mail("t122", "2026-12-05T22:10:00", ("Rebecka Ljung", "rebecka.ljung@orsa.se"),
             "Re: Anmälan DalaLab",
             """Förlåt, slarvigt av mig – jag menade 21/9 och 22/2, inte 29/11. Alltså andra och fjärde träffen.

/Rebecka

Den 5 december 2026 21:54 skrev Rebecka Ljung <rebecka.ljung@orsa.se>:
> Hej! Anmäler mig till DalaLab, träffarna 21/9 och 29/11.
> Rebecka Ljung, Orsa kommun
""",
             X("change", [P("Rebecka Ljung", "rebecka.ljung@orsa.se", "Orsa kommun")], [S2, S4]),
             "correction on top of her own signup minutes earlier; sessions after the correction 21 Sep + 22 Feb"),

        tg("t123", "2027-03-08T12:40:00", "Ali Reza Mohammadi", 6120045,
           "Hej, jag kan inte komma 3 maj (semester). Min kollega Dragan Petrović kommer i stället den dagen. Resten av träffarna går jag på som vanligt. Ali, Ludvika kommun",
           X("change", [P("Ali Reza Mohammadi", None, "Ludvika kommun"), P("Dragan Petrović", None, "Ludvika kommun")], [S1]),
           "Telegram partial substitution for the first session; sender withdraws from that one"),

        mail("t124", "2027-02-22T08:25:00", ("Johanna Persson Kvarnström", "johanna.persson.kvarnstrom@orsa.se"),
             "Avbokning 21 september",
             """Hej!

Både jag och Maja Holm måste tyvärr avboka oss från träffen den 21 september – vi har en samrådsdag som inte går att flytta. Vi kommer på de övriga.

Vänligen
Johanna Persson Kvarnström
Orsa kommun
""",
             X("cancel", [P("Johanna Persson Kvarnström", "johanna.persson.kvarnstrom@orsa.se", "Orsa kommun"),
                          P("Maja Holm", None, "Orsa kommun")], [S2]),
             "cancels self and colleague for one session; double surname without hyphen"),

        mail("t125", "2027-01-27T09:44:00", ("Sara Nieminen", "sara.nieminen@hotmail.com"),
             "SV: Bekräftelse på din anmälan",
             """Hej!
I bekräftelsen står det att jag är anmäld för Region Dalarna, men jag jobbar på Länsstyrelsen (samhällsbyggnadsenheten). Kan ni rätta det? Datumen stämmer.
Sara

-------- Originalmeddelande --------
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Datum: 2027-01-26 15:20
Ämne: Bekräftelse på din anmälan

Namn: Sara Nieminen
Organisation: Region Dalarna
Träffar: 3 maj 2027, 21 september 2027, 22 februari 2028
""",
             X("change", [P("Sara Nieminen", "sara.nieminen@hotmail.com", "Länsstyrelsen Dalarna")], [S1, S2, S4]),
             "organisation correction from a private address; 'datumen stämmer' -> sessions from the quoted confirmation"),

        tg("t126", "2027-04-08T16:03:00", "Marcus Eng", 5501230,
           "hej, var ligger lokalen för 3 maj? det stod bara Falun i bekräftelsen. mvh marcus, älvdalen",
           X("question", [], []),
           "Telegram question about the venue in the confirmation"),

        mail("t127", "2026-12-11T15:55:00", ("Anders Sjöholm", "anders.sjoholm@lansstyrelsen.se"),
             "SV: Bekräftelse",
             """Stort tack för snabb återkoppling! Trevlig helg.

Anders

Anders Sjöholm
Planeringsarkitekt
Enheten för samhällsplanering
Länsstyrelsen Dalarna
791 84 Falun
Besöksadress: Åsgatan 38
Tfn: 010-225 01 23

Länsstyrelsen behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på vår webbplats.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 11 december 2026 14:02
Till: Anders Sjöholm
Ämne: Bekräftelse

Hej Anders, du är anmäld till DalaLab 21 september och 29 november 2027. /Linnea
""",
             X("unknown", [], []),
             "thank-you with a long authority signature and quoted confirmation; nothing to do"),

        mail("t128", "2027-02-17T11:03:00", ("Mikael Rönn", "mikael.ronn@smedjebacken.se"),
             "Re: Bekräftelse DalaLab",
             """Tack för bekräftelsen!

Min kollega Elsa Grönlund (elsa.gronlund@smedjebacken.se) vill också vara med – på samma träffar som jag, alltså de i maj och september.

Mikael

> Hej Mikael! Du är anmäld till DalaLab 3 maj och 21 september 2027. Välkommen!
""",
             X("register", [P("Elsa Grönlund", "elsa.gronlund@smedjebacken.se", "Smedjebackens kommun")], [S1, S2]),
             "signup of a colleague on top of the sender's confirmation; 'samma träffar som jag' = May + Sep; sender already registered, not among people"),

        mail("t129", "2027-04-09T13:30:00", ("Åsa Mattsson-Trygg", "asa.mattsson-trygg@alvdalen.se"),
             "Re: Avbokning DalaLab",
             """Hej igen!

Glöm mitt förra mejl – chefen har gett klartecken ändå, så jag vill gärna vara med på alla fyra träffarna. Hinner jag innan sista anmälningsdag?

Åsa

Från: Åsa Mattsson-Trygg
Skickat: den 30 mars 2027 10:12
Till: linnea.hassis@regiondalarna.se
Ämne: Avbokning DalaLab

Hej, jag måste tyvärr avboka mig från DalaLab. /Åsa, Älvdalens kommun
""",
             X("register", [P("Åsa Mattsson-Trygg", "asa.mattsson-trygg@alvdalen.se", "Älvdalens kommun")], ALL),
             "re-registration that takes back her own quoted cancellation; all four named"),

        tg("t130", "2027-01-03T10:20:00", "Hanna-Karin Eriksson", 8800712,
           "Hej! Är anmäld till 21/9 och 29/11 men vill byta 29/11 mot 22/2. Går det? Hanna-Karin, Malung-Sälens kommun",
           X("change", [P("Hanna-Karin Eriksson", None, "Malung-Sälens kommun")], [S2, S4]),
           "swap with current sessions stated -> sessions after change 21 Sep + 22 Feb"),

        mail("t131", "2026-12-28T09:15:00", ("Leif Hjort", "leif.hjort@rattvik.se"),
             "Re: Anmälan DalaLab – Rättvik",
             """Komplettering: Nils har celiaki.

//Leif

Leif Hjort
Förvaltningschef, Rättviks kommun

Den 22 december 2026 08:40 skrev Leif Hjort <leif.hjort@rattvik.se>:
> Hej! Jag anmäler Nils Berglund (nils.berglund@rattvik.se) till samtliga träffar i DalaLab. Själv kan jag tyvärr inte.
> Leif
""",
             X("change", [P("Nils Berglund", "nils.berglund@rattvik.se", "Rättviks kommun", diet="celiaki")], ALL,
               diet="celiaki"),
             "one-line diet addition for a colleague; person, address and sessions only in the sender's own quoted mail"),

        mail("t132", "2027-03-18T08:05:00", ("Petter Åberg", "petter.aberg@regiondalarna.se"),
             "Avbokning?",
             """Hej,

en fråga: behöver jag avboka om jag blir ungefär en timme sen till träffen 3 maj (tåget från Mora kommer 10.48)? Eller räcker det att jag dyker upp när jag kommer?

/Petter
Region Dalarna
""",
             X("question", [], []),
             "subject 'Avbokning?' but only a question about arriving late; no cancellation"),

        tg("t133", "2027-04-01T07:55:00", "Kristoffer Lund", 3345120,
           "Hej! Vi tre från Vansbro (jag, Agnes Fält och Björn Tapper) kan tyvärr inte 3 maj pga en tillsyn. Avboka oss alla tre för den dagen, övriga träffar kommer vi på. /Kristoffer",
           X("cancel", [P("Kristoffer Lund", None, "Vansbro kommun"), P("Agnes Fält", None, "Vansbro kommun"),
                        P("Björn Tapper", None, "Vansbro kommun")], [S1]),
           "Telegram cancellation of three people (sender included) for one session"),

        mail("t134", "2027-03-12T16:40:00", ("Daniel Whitaker", "daniel.whitaker@regiondalarna.se"),
             "RE: Registration confirmed – DalaLab",
             """Hi Linnea,

I'm leaving Region Dalarna at the end of March for a job in Norway, so I won't be able to attend. My colleague Jonas Wiik (jonas.wiik@regiondalarna.se) will take my place at all the sessions I was registered for. He's cc'd.

Thanks for everything,
Daniel

From: Linnea Hassis <linnea.hassis@regiondalarna.se>
Sent: Tuesday, 12 January 2027 10:03
To: Daniel Whitaker <daniel.whitaker@regiondalarna.se>
Subject: Registration confirmed – DalaLab

Hi Daniel, you are registered for all four DalaLab sessions: 3 May, 21 September, 29 November 2027 and 22 February 2028.
""",
             X("change", [P("Daniel Whitaker", "daniel.whitaker@regiondalarna.se", "Region Dalarna"),
                          P("Jonas Wiik", "jonas.wiik@regiondalarna.se", "Region Dalarna")], ALL),
             "English substitution for 'all the sessions I was registered for' = all four per the quoted confirmation"),

        tg("t135", "2027-02-20T20:20:00", "Ebba Nord", 9123456,
           "Tack för bekräftelsen! Vi ses i Falun 3 maj 😊",
           X("unknown", [], []),
           "Telegram thank-you that names a date; nothing to do"),
    ]
