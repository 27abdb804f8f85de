from build import P, X, mail, tg, S1, S2, S3, S4, ALL

QUOTED_INVITE = """
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 13:47
Till: planering-dalarna@lists.regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej alla planerare!

Nu öppnar anmälan till DalaLab, Region Dalarnas lärprojekt om strategisk
översiktsplanering och planeringsstrategier. Vi ses vid fyra tillfällen:

  * 3 maj 2027 i Falun, 10–15 (fika från 9.30) – hållbar utveckling i ett
    rumsligt perspektiv, tillsammans med Boverket
  * 21 september 2027 – utvecklingsinriktning i ÖP-modellen
  * 29 november 2027 – önskvärda framtider och osäkerheter
  * 22 februari 2028 – planera för tillgänglighet

Högst tre deltagare per kommun. Sista anmälningsdag är 14 april 2027.
Uppge namn, organisation, e-post, vilka träffar och ev. specialkost.

Hälsningar
Linnea Hassis, Region Dalarna
"""

QUOTED_INVITE_HTML = """<div style="border-top:1px solid #E1E1E1;padding-top:3pt">
<p><b>Från:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 30 november 2026 13:47<br>
<b>Ämne:</b> Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft</p></div>
<p>Hej alla planerare!</p>
<p>Nu öppnar anmälan till DalaLab. Vi ses vid fyra tillfällen:</p>
<ul>
<li>3 maj 2027 i Falun, 10–15 (fika från 9.30)</li>
<li>21 september 2027</li>
<li>29 november 2027</li>
<li>22 februari 2028</li>
</ul>
<p>Högst tre deltagare per kommun. Sista anmälningsdag är 14 april 2027.</p>
<p>Hälsningar<br>Linnea Hassis, Region Dalarna</p>"""


def messages():
    return [
        mail("ad046", "2026-12-02T08:41", ("Malin Gustafsson", "malin.gustafsson@borlange.se"),
             "Anmälan DalaLab – tre från Borlänge",
             """Hej Linnea,

Vi är tre från Borlänge som vill hänga med på hela serien:

- Malin Gustafsson (jag), malin.gustafsson@borlange.se
- Per-Olof Wiik, per-olof.wiik@borlange.se
- Sanna Lindqvist, sanna.lindqvist@borlange.se

Ingen av oss har någon specialkost.

Vänliga hälsningar
Malin Gustafsson
Översiktsplanerare
Samhällsbyggnadsförvaltningen, Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tfn 0243-740 00 (vx) | Mobil 070-312 44 18
""",
             X("register", [P("Malin Gustafsson", "malin.gustafsson@borlange.se", "Borlänge kommun"),
                            P("Per-Olof Wiik", "per-olof.wiik@borlange.se", "Borlänge kommun"),
                            P("Sanna Lindqvist", "sanna.lindqvist@borlange.se", "Borlänge kommun")], ALL),
             "sender + two colleagues in a bullet list with addresses; 'hela serien' = all four; postcode and phones"),

        mail("ad047", "2026-12-04T10:15", ("Eva-Lena Skoog", "eva-lena.skoog@mora.se"),
             "Anmälan till DalaLab",
             """Hej!

På uppdrag av vår samhällsbyggnadschef Jan Forsmark anmäler jag honom och
översiktsplaneraren Ylva Björk (ylva.bjork@mora.se) till träffarna den 3 maj
och den 29 november. Jag deltar inte själv.

Jan nås enklast via mig om ni behöver något.

Med vänlig hälsning

Eva-Lena Skoog
Nämndsekreterare
Mora kommun
0250-260 00
""",
             X("register", [P("Jan Forsmark", None, "Mora kommun"),
                            P("Ylva Björk", "ylva.bjork@mora.se", "Mora kommun")], [S1, S3]),
             "secretary registers her chief (no address) and a planner (address), explicitly not herself; two dates"),

        mail("ad048", "2026-12-07T13:02", ("Hampus Berglund", "hampus.berglund@ludvika.se"),
             "DalaLab - anmälan Ludvika kommun",
             """Hej,

Härmed anmäler Ludvika kommun följande till alla fyra träffarna:

Namn                 E-post                           Specialkost
-------------------  -------------------------------  -----------
Hampus Berglund      hampus.berglund@ludvika.se       -
Amanda Sjölund       amanda.sjolund@ludvika.se        vegetarisk
Kristoffer Nyqvist   kristoffer.nyqvist@ludvika.se    -

/Hampus

Hampus Berglund | Planchef | Ludvika kommun
Besök: Stationsgatan 18 | Post: 771 82 Ludvika | 0240-860 00
""",
             X("register", [P("Hampus Berglund", "hampus.berglund@ludvika.se", "Ludvika kommun"),
                            P("Amanda Sjölund", "amanda.sjolund@ludvika.se", "Ludvika kommun", diet="vegetarisk"),
                            P("Kristoffer Nyqvist", "kristoffer.nyqvist@ludvika.se", "Ludvika kommun")],
               ALL, diet="vegetarisk"),
             "plain-text table of three (sender in the first row); diet in a column for one person; all four"),

        mail("ad049", "2026-12-09T15:30", ("Ann-Sofie Grahn", "ann-sofie.grahn@sater.se"),
             "Anmälan DalaLab hösten 2027",
             """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Linnea!</p>
<p>Vi blir tre från Säters kommun och vill anmäla oss till höstens två träffar,
21&nbsp;september och 29&nbsp;november.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Namn</th><th>Befattning</th><th>E-post</th></tr>
<tr><td>Ann-Sofie Grahn</td><td>Planarkitekt</td><td>ann-sofie.grahn@sater.se</td></tr>
<tr><td>Mikael Bodin</td><td>Mark- och exploateringsingenjör</td><td>mikael.bodin@sater.se</td></tr>
<tr><td>Leila Ahmadi</td><td>Miljöstrateg</td><td>leila.ahmadi@sater.se</td></tr>
</table>
<p>Vårträffen i maj hinner vi tyvärr inte med.</p>
<p>Hälsningar<br>Ann-Sofie Grahn<br>Säters kommun | Box 85, 783 22 Säter | 0225-550 00</p>
</body></html>""",
             X("register", [P("Ann-Sofie Grahn", "ann-sofie.grahn@sater.se", "Säters kommun"),
                            P("Mikael Bodin", "mikael.bodin@sater.se", "Säters kommun"),
                            P("Leila Ahmadi", "leila.ahmadi@sater.se", "Säters kommun")], [S2, S3]),
             "HTML-only mail with an HTML table of three incl. sender; 'höstens två träffar' = 21/9 + 29/11; May declined",
             html=True),

        tg("ad050", "2026-12-10T19:48", "Lena D", 6123409871,
           "hej! anmäler mig och kollegan johan persson till första träffen i maj. vi jobbar båda på avesta kommun /lena dahlström",
           X("register", [P("Lena Dahlström", None, "Avesta kommun"),
                          P("Johan Persson", None, "Avesta kommun")], [S1]),
           "telegram, sender + lower-case colleague; full name only in the signature; 'första träffen i maj'"),

        mail("ad051", "2026-12-14T09:05", ("Karolina Myhr", "karolina.myhr@gagnef.se"),
             "Anmälan – Gagnef och Leksand",
             """Hej!

Gagnef och Leksand jobbar ihop med våra översiktsplaner just nu, så vi tänkte
gå tillsammans. Jag vill anmäla mig själv och Tobias Hansson på Leksands kommun
(tobias.hansson@leksand.se) till de två första träffarna.

Tobias har sett mejlet och är med på det.

Hälsningar,
Karolina Myhr
Planerare, Gagnefs kommun
0241-150 00
""",
             X("register", [P("Karolina Myhr", "karolina.myhr@gagnef.se", "Gagnefs kommun"),
                            P("Tobias Hansson", "tobias.hansson@leksand.se", "Leksands kommun")], [S1, S2]),
             "two organisations in one signup; colleague from Leksand keeps his own organisation; 'de två första'"),

        mail("ad052", "2026-12-16T11:20", ("Samhällsbyggnadsförvaltningen Hedemora", "samhallsbyggnad@hedemora.se"),
             "Anmälan DalaLab",
             """Hej,

Vi vill anmäla vår planeringsarkitekt Petra Olsson, petra.olsson@hedemora.se,
till träff 3 och 4 i DalaLab. Bekräftelse skickas gärna direkt till Petra.

Med vänlig hälsning
Samhällsbyggnadsförvaltningen
Hedemora kommun
Tfn 0225-340 00
Detta mejl skickas från en funktionsbrevlåda som läses av flera handläggare.
""",
             X("register", [P("Petra Olsson", "petra.olsson@hedemora.se", "Hedemora kommun")], [S3, S4]),
             "function mailbox writes for one person whose address is in the text; 'träff 3 och 4'"),

        mail("ad053", "2026-12-18T14:44", ("Johanna Ek", "johanna.ek@falun.se"),
             "Fråga om antal platser per kommun",
             """Hej Linnea,

Vi är fem på samhällsbyggnadsförvaltningen i Falun som är intresserade av
DalaLab. Jag såg att det är max tre per kommun. Gäller det för hela serien,
eller per träff? Om det räknas per träff skulle vi kunna dela upp oss, t.ex.
tre personer den 3 maj och två andra den 21 september.

Vi väntar med att anmäla någon tills vi vet hur det fungerar.

Tack på förhand!
Johanna Ek
Falu kommun
""",
             X("question"),
             "quota question naming two dates and a split of people; explicitly no signup yet"),

        mail("ad054", "2027-01-08T08:12", ("Mattias Grönlund", "mattias.gronlund@orsa.se"),
             "Ändring i Orsas anmälan",
             """Hej!

En ändring i Orsas anmälan till DalaLab: Stefan Mårtensson har fått andra
arbetsuppgifter efter årsskiftet och kommer inte att delta. Anna Halvarsson
och jag står kvar precis som tidigare.

Vi återkommer om vi hittar någon som kan ta hans plats.

Mvh
Mattias Grönlund
Orsa kommun
""",
             X("cancel", [P("Stefan Mårtensson", None, "Orsa kommun")], ALL),
             "withdraws one colleague of three under 'Ändring', no substitute -> cancel for him only, all four; "
             "the two staying are not in people"),

        mail("ad055", "2027-01-11T10:37", ("Lotta Jernberg", "lotta.jernberg@vansbro.se"),
             "Ny deltagare från Vansbro",
             """Hej Linnea,

Karl Eriksson, som var anmäld från oss, har slutat på kommunen. Frida Nordin
(frida.nordin@vansbro.se) går i stället och tar samma träffar som Karl hade,
alltså 21 september och 29 november.

Vänliga hälsningar
Lotta Jernberg
Enhetschef plan och bygg
Vansbro kommun
""",
             X("change", [P("Karl Eriksson", None, "Vansbro kommun"),
                          P("Frida Nordin", "frida.nordin@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "manager substitutes one employee for another; people = leaving + substitute; sender not in people"),

        mail("ad056", "2027-01-13T16:05", ("Jörgen Lilja", "jorgen.lilja@smedjebacken.se"),
             "Byte av träff – Smedjebacken",
             """Hej,

Vi tre från Smedjebacken – jag, Anette Kvarnström och Roger Mattsson – är
anmälda till 3 maj. Nu har kommunfullmäktige lagt ett extrainsatt möte samma
dag, så vi vill byta till 21 september i stället, alla tre.

Tack!
Jörgen Lilja
Smedjebackens kommun
0240-660 00
""",
             X("change", [P("Jörgen Lilja", "jorgen.lilja@smedjebacken.se", "Smedjebackens kommun"),
                          P("Anette Kvarnström", None, "Smedjebackens kommun"),
                          P("Roger Mattsson", None, "Smedjebackens kommun")], [S2]),
             "a group of three swaps 3 May for 21 Sep -> bare swap, sessions = new one only"),

        mail("ad057", "2027-01-15T12:30", ("Sofia Rask", "sofia.rask@avesta.se"),
             "anmälan",
             """Hej!

Jag och min kollega Oskar Lind anmäler oss till samtliga fyra träffar.
Kost: jag äter laktosfritt och Oskar är vegan.

Sofia Rask
Strategisk planerare, Avesta kommun
""",
             X("register", [P("Sofia Rask", "sofia.rask@avesta.se", "Avesta kommun", diet="laktosfritt"),
                            P("Oskar Lind", None, "Avesta kommun", diet="vegan")],
               ALL, diet="laktosfritt, vegan"),
             "per-person diets for sender and colleague (no address); top-level diet joined in message order"),

        mail("ad058", "2027-01-18T09:52", ("Ljung Gunnel", "gunnel.ljung@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Själv har jag inte möjlighet att vara med, men jag anmäler härmed våra två
översiktsplanerare Elsa Morén och Viktor Ahl till den första träffen i Falun
den 3 maj. De återkommer själva om de vill gå på fler.

Hälsningar
Gunnel Ljung
Enhetschef Samhällsutveckling
Rättviks kommun
""" + QUOTED_INVITE,
             X("register", [P("Elsa Morén", None, "Rättviks kommun"),
                            P("Viktor Ahl", None, "Rättviks kommun")], [S1]),
             "Outlook reply quoting the invitation (all dates); manager registers two without addresses, not herself; "
             "org from sender's domain"),

        tg("ad059", "2027-01-20T21:14", "Nils O", 5871120394,
           "tja, hur många får man vara från samma kommun? vi e fyra i orsa som vill gå",
           X("question"),
           "telegram quota question, no names, no booking"),

        mail("ad060", "2027-01-22T13:18", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "Registration DalaLab",
             """Hi Linnea,

My colleague Maria Ståhl at the County Administrative Board
(maria.stahl@lansstyrelsen.se) and I would like to register for sessions 1
and 4. We work together on the regional accessibility analysis, so the last
one is especially relevant for us.

Best regards,
Daniel Okafor
Analyst, Region Dalarna
+46 23 49 00 00
""",
             X("register", [P("Daniel Okafor", "daniel.okafor@regiondalarna.se", "Region Dalarna"),
                            P("Maria Ståhl", "maria.stahl@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1, S4]),
             "English; Region Dalarna sender + Länsstyrelsen colleague (two organisations); 'sessions 1 and 4'"),

        mail("ad061", "2027-01-26T10:03", ("Helena Svahn", "helena.svahn@leksand.se"),
             "Avanmälan från hösten – Maja Ström",
             """Hej,

Jag skriver från HR för Maja Ström (maja.strom@leksand.se), som går på
föräldraledighet i augusti. Hon deltar den 3 maj som planerat, men behöver
avanmälas från de tre träffarna som ligger efter det.

Vänligen
Helena Svahn
HR-konsult, Leksands kommun
""",
             X("cancel", [P("Maja Ström", "maja.strom@leksand.se", "Leksands kommun")], [S2, S3, S4]),
             "HR cancels a colleague's later sessions; 'de tre träffarna efter' 3 May = S2-S4; sender not in people"),

        mail("ad062", "2027-02-01T08:26", ("Ulrika Sjödin", "ulrika.sjodin@regiondalarna.se"),
             "Lägga till en träff",
             """Hej Linnea!

Jag och Karin Holm här på regionen är anmälda till 3 maj och 21 september.
Kan du lägga till 29 november för oss båda? Vi fick klartecken från chefen
igår.

Tack!
Ulrika
""",
             X("change", [P("Ulrika Sjödin", "ulrika.sjodin@regiondalarna.se", "Region Dalarna"),
                          P("Karin Holm", None, "Region Dalarna")], [S1, S2, S3]),
             "two people add a session; stated current sessions + added one = sessions after the change"),

        mail("ad063", "2027-02-03T14:11", ("Birgitta Ols", "birgitta.ols@alvdalen.se"),
             "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till alla träffar utom den i september (då har vi
byggnadsnämnd). Min kollega Hans Lindh anmäler sig själv separat, så ni
kommer få ett mejl från honom också.

Ingen specialkost.

Hälsningar
Birgitta Ols
Planhandläggare
Älvdalens kommun
Dalgatan 41, 796 31 Älvdalen
""",
             X("register", [P("Birgitta Ols", "birgitta.ols@alvdalen.se", "Älvdalens kommun")], [S1, S3, S4]),
             "iso-8859-1; 'alla utom den i september'; colleague who registers separately is not in people",
             charset="iso-8859-1"),

        mail("ad064", "2027-02-04T07:00", ("Kent Olsson", "kent.olsson@avesta.se"),
             "Autosvar: Anmälan DalaLab – tre från Avesta",
             """Hej,

Tack för ditt mejl. Jag är ledig 1/2–12/2 och läser inte e-post under
den tiden. Gäller det anmälningar eller möten, kontakta min kollega
Sofia Rask, sofia.rask@avesta.se, tfn 0226-64 50 00.

Kent Olsson
Avesta kommun
""",
             X("auto_reply"),
             "out-of-office echoing a group-signup subject; names a colleague and dates but books nothing"),

        tg("ad065", "2027-02-05T12:07", "Tove L", 7011943520,
           "hej! anmäler mig + ida berg och sven falk, alla på hedemora kommun, till 21/9 och 29/11 🙂 "
           "ida behöver glutenfri mat. /tove larsson",
           X("register", [P("Tove Larsson", None, "Hedemora kommun"),
                          P("Ida Berg", None, "Hedemora kommun", diet="glutenfri"),
                          P("Sven Falk", None, "Hedemora kommun")], [S2, S3], diet="glutenfri"),
           "telegram group signup of three in lower case; diet for one colleague only"),

        mail("ad066", "2027-02-08T09:40", ("Per-Olof Wiik", "per-olof.wiik@borlange.se"),
             "Ändrad kost för Sanna Lindqvist",
             """Hej!

En uppdatering för en av oss tre från Borlänge: Sanna Lindqvist
(sanna.lindqvist@borlange.se) behöver numera glutenfri kost. Hon är fortsatt
anmäld till hela serien, och för Malin och mig är allt som förut.

/Per-Olof Wiik
Borlänge kommun
""",
             X("change", [P("Sanna Lindqvist", "sanna.lindqvist@borlange.se", "Borlänge kommun",
                            diet="glutenfri")], ALL, diet="glutenfri"),
             "colleague writes a diet update for one group member; the others 'som förut' are not in people; "
             "sessions stated as the whole series"),

        mail("ad067", "2027-02-10T15:22", ("Inger Holmqvist", "inger.holmqvist@sater.se"),
             "Radera våra uppgifter",
             """Hej,

Jag och min kollega Bo Jansson (bo.jansson@sater.se) har fått flera utskick
om DalaLab, men vi har aldrig anmält oss och tänker inte göra det. Vi ber er
radera alla personuppgifter ni har om oss båda och bekräfta när det är gjort.

Inger Holmqvist
Säters kommun
""",
             X("erasure", [P("Inger Holmqvist", "inger.holmqvist@sater.se", "Säters kommun"),
                           P("Bo Jansson", "bo.jansson@sater.se", "Säters kommun")]),
             "erasure request for the sender and a colleague; not registered; no sessions"),

        mail("ad068", "2027-02-12T10:58", ("Anneli Westin", "anneli.westin@falun.se"),
             "Anmälan planeringsgruppen Falun",
             """Hej,

Jag anmäler hela vår planeringsgrupp till träff 2 och 3 (jag deltar inte själv):

  Sundberg, Ola
  Karlsson Rydh, Emma
  Nyman, Patrik

Skicka gärna bekräftelsen till mig, så vidarebefordrar jag den till gruppen.

Anneli Westin
Avdelningschef Planering
Falu kommun
""",
             X("register", [P("Ola Sundberg", None, "Falu kommun"),
                            P("Emma Karlsson Rydh", None, "Falu kommun"),
                            P("Patrik Nyman", None, "Falu kommun")], [S2, S3]),
             "manager registers three listed 'Efternamn, Förnamn' (one double surname), not herself; "
             "no addresses; 'träff 2 och 3'"),

        mail("ad069", "2027-02-15T06:33", ("DalaLab Registration Office", "confirm@dalalab-registry.com"),
             "Åtgärd krävs: bekräfta era 3 deltagarplatser DalaLab 2027",
             """Bästa deltagare,

Er kommun har reserverat 3 platser på DalaLab 2027 (3 maj, 21 september,
29 november samt 22 februari 2028). För att platserna inte ska gå förlorade
måste deltagaravgiften 4 900 kr per person betalas senast inom 48 timmar.

Bekräfta och betala här: http://dalalab-registry.com/confirm?ref=DL-27-5512

Ref.nr: DL-27-5512
DalaLab Registration Office
""",
             X("unknown"),
             "phishing dressed as group registration with all dates and a fee; not from the organiser"),

        mail("ad070", "2027-02-17T13:36", ("Karin Åslund", "karin.aslund@hedemora.se"),
             "Fråga om anmälan för kollegor",
             """Hej!

Jag är assistent på samhällsbyggnad och kommer troligen att anmäla två av
våra planerare till träffen 3 maj. Vi vet inte riktigt vilka det blir ännu.

Två frågor: kan jag göra anmälan åt dem utan att själv delta, och behöver ni
deras egna e-postadresser eller räcker det med namn?

Tack,
Karin Åslund
Hedemora kommun
""",
             X("question"),
             "assistant asks how to register colleagues on their behalf; names no one; mentions a date and 'anmäla'"),

        mail("ad071", "2027-02-19T11:11", ("Jessica Palm", "jessica.palm@hedemora.se"),
             "Anmälan till sista träffen",
             """Hej Linnea,

Hedemora och Avesta har en gemensam arbetsgrupp för tillgänglighet. Anmäl
gärna mig och Lars Nyström från Avesta kommun (lars.nystrom@avesta.se) till
sista träffen, 22 februari 2028.

Mvh
Jessica Palm
Trafikplanerare
Hedemora kommun
""",
             X("register", [P("Jessica Palm", "jessica.palm@hedemora.se", "Hedemora kommun"),
                            P("Lars Nyström", "lars.nystrom@avesta.se", "Avesta kommun")], [S4]),
             "two organisations; colleague from Avesta gets Avesta; only the last session"),

        tg("ad072", "2027-02-22T17:49", "Maria Hultgren", 6650128843,
           "hej! stryk mig och erik holm från 29 nov, vi har budgetmöte då. mvh maria, borlänge",
           X("cancel", [P("Maria Hultgren", None, "Borlänge kommun"),
                        P("Erik Holm", None, "Borlänge kommun")], [S3]),
           "telegram partial cancel for sender + colleague; sent on 22 Feb 2027, which is not the 2028 session"),

        mail("ad073", "2027-02-24T08:19", ("Jonas Eklund", "jonas.eklund@falun.se"),
             "Överlämning av plats i DalaLab",
             """Hej!

Jag har bytt tjänst och lämnar över min plats i DalaLab till Sofie Ahlberg
(sofie.ahlberg@falun.se), som tar över mina planeringsärenden. Hon går på alla
fyra träffarna i mitt ställe.

Tack och hej
Jonas Eklund
Falu kommun
""",
             X("change", [P("Jonas Eklund", "jonas.eklund@falun.se", "Falu kommun"),
                          P("Sofie Ahlberg", "sofie.ahlberg@falun.se", "Falu kommun")], ALL),
             "sender hands his place to a colleague; substitution -> both in people, substitute takes all four"),

        mail("ad074", "2027-02-26T14:02", ("Rolf Hedberg", "rolf.hedberg@malung-salen.se"),
             "DalaLab",
             """Hej,

Anmäl mig, Cecilia Perers och Anton Mård från Malung-Sälen. Vi har pratat om
det här sedan inbjudan kom och är glada att det blev av.

Rolf

--
Rolf Hedberg
Samhällsbyggnadschef
Malung-Sälens kommun
Org.nr 212000-2130
Postadress: Box 14, 782 21 Malung
Besöksadress: Lisagatan 34
Tfn: 0280-181 00 (vx) | Direkt: 0280-182 47 | Mobil: 073-051 22 90
www.malung-salen.se

Tänk på miljön innan du skriver ut det här mejlet.
E-post till Malung-Sälens kommun blir allmän handling enligt offentlighetsprincipen.
""",
             X("register", [P("Rolf Hedberg", "rolf.hedberg@malung-salen.se", "Malung-Sälens kommun"),
                            P("Cecilia Perers", None, "Malung-Sälens kommun"),
                            P("Anton Mård", None, "Malung-Sälens kommun")], ALL),
             "terse group signup, no session named -> all four; signature longer than the message, full of numbers"),

        mail("ad075", "2027-03-01T09:14", ("Ingela Nordin", "ingela.nordin@gagnef.se"),
             "Återkallar Gagnefs anmälningar",
             """Hej Linnea,

Tyvärr måste vi dra tillbaka hela Gagnefs anmälan till DalaLab, det vill säga
för mig, Linus Backman och Elin Påhlsson. Förvaltningen omorganiseras under
året och vi kan inte lova att någon av oss har tid.

Förhoppningsvis blir det en ny omgång längre fram!

Ingela Nordin
Gagnefs kommun
""",
             X("cancel", [P("Ingela Nordin", "ingela.nordin@gagnef.se", "Gagnefs kommun"),
                          P("Linus Backman", None, "Gagnefs kommun"),
                          P("Elin Påhlsson", None, "Gagnefs kommun")], ALL),
             "whole group of three withdraws incl. sender; no session named -> all four"),

        mail("ad076", "2027-03-03T10:27", ("Planenheten Ludvika", "planenheten@ludvika.se"),
             "Anmälan för Mikael Åhman",
             """Hej!

Vi skriver från planenhetens gemensamma brevlåda för Mikael Åhman, som är
utan dator just nu. Han vill anmäla sig till träffen den 21 september.
Svar och bekräftelse kan skickas till mikael.ahman@ludvika.se.

Hälsningar
Planenheten, Ludvika kommun
""",
             X("register", [P("Mikael Åhman", "mikael.ahman@ludvika.se", "Ludvika kommun")], [S2]),
             "shared function mailbox signs up one person; his own address from the text, not the From"),

        tg("ad077", "2027-03-05T07:55", "Per Engström", 5209984411,
           "hej, kan du flytta mig och lotta nilsson från 3/5 till 22/2? /per, mora",
           X("change", [P("Per Engström", None, "Mora kommun"),
                        P("Lotta Nilsson", None, "Mora kommun")], [S4]),
           "telegram: two people swap 3/5 for 22/2 -> bare swap gives only the new session (2028)"),

        mail("ad078", "2027-03-08T13:45", ("Therese Lind", "therese.lind@smedjebacken.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """<html><body>
<p>Hej!</p>
<p>Jag är redan anmäld sedan december. Nu vill jag även anmäla min kollega
Peter Ohlsson (peter.ohlsson@smedjebacken.se) till samma träffar som jag,
alltså 3 maj och 29 november.</p>
<p>Mvh<br>Therese Lind<br>Smedjebackens kommun</p>
""" + QUOTED_INVITE_HTML + "\n</body></html>",
             X("register", [P("Peter Ohlsson", "peter.ohlsson@smedjebacken.se", "Smedjebackens kommun")], [S1, S3]),
             "HTML-only Outlook reply with quoted invitation; sender already registered -> only the colleague",
             html=True),

        mail("ad079", "2027-03-10T11:03", ("Camilla Rehn", "camilla.rehn@lansstyrelsen.se"),
             "Ny adress för Nils Berg",
             """Hej,

Vår tidigare kollega Nils Berg har gått över till Region Dalarna från och med
1 mars. Han vill behålla sin plats i DalaLab på samtliga träffar, och hans nya
adress är nils.berg@regiondalarna.se. Den gamla adressen här hos oss stängs
snart.

Hälsningar
Camilla Rehn
Länsstyrelsen Dalarna
""",
             X("change", [P("Nils Berg", "nils.berg@regiondalarna.se", "Region Dalarna")], ALL),
             "colleague reports a new employer/address for a registered person; new org Region Dalarna; "
             "'1 mars' is not a session; sender not in people"),

        mail("ad080", "2027-03-12T15:16", ("Karin Dahlberg", "karin.dahlberg@alvdalen.se"),
             "Kan inte 21/9",
             """Hej!

Vi två från Älvdalen, jag och Sebastian Holm, kan tyvärr inte komma den 21
september eftersom vi har planeringsdagar då. Övriga träffar är vi med på.

Hälsningar
Karin Dahlberg
Älvdalens kommun
""",
             X("cancel", [P("Karin Dahlberg", "karin.dahlberg@alvdalen.se", "Älvdalens kommun"),
                          P("Sebastian Holm", None, "Älvdalens kommun")], [S2]),
             "partial cancellation for sender + colleague; only 21 Sep cancelled"),

        mail("ad081", "2027-03-15T09:30", ("James Whitfield", "james.whitfield@nordplan.se"),
             "DalaLab sign-up",
             """Hello,

I'm a consultant with Nordplan AB and currently support Orsa kommun with
their comprehensive plan. My contact there, Eva Persson
(eva.persson@orsa.se), and I would both like to attend on May 3 and
November 29. If consultants are not admitted, please register Eva only.

Kind regards,
James Whitfield
Senior Planner, Nordplan AB
+46 70 418 22 61
""",
             X("register", [P("James Whitfield", "james.whitfield@nordplan.se", None),
                            P("Eva Persson", "eva.persson@orsa.se", "Orsa kommun")], [S1, S3]),
             "English; private consultant (org null) + municipal client (Orsa); two dates"),

        tg("ad082", "2027-03-17T20:22", "Tim B", 7344801266,
           "Hi! I'm Tim Berger, planner at Falun municipality. Please sign up me and my colleagues Sara Lind and "
           "Omar Haddad for all the meetings. Thanks!",
           X("register", [P("Tim Berger", None, "Falu kommun"),
                          P("Sara Lind", None, "Falu kommun"),
                          P("Omar Haddad", None, "Falu kommun")], ALL),
           "English telegram group signup of three; 'all the meetings' = all four; 'Falun municipality'"),

        mail("ad083", "2027-03-19T10:50", ("Magnus Höglund", "magnus.hoglund@rattvik.se"),
             "Rotera deltagare?",
             """Hej Linnea,

En fundering innan vi bestämmer oss: går det att skicka olika personer på
olika träffar, så länge vi aldrig är fler än tre från Rättvik samtidigt? Vi
är ett ganska stort plankontor och det vore bra om fler fick ta del.

Magnus Höglund
Rättviks kommun
""",
             X("question"),
             "question about rotating colleagues within the quota; no signup"),

        mail("ad084", "2027-03-22T13:09", ("Britt Sandelin", "britt.sandelin@lansstyrelsen.se"),
             "Tillägg för Lst Dalarna",
             """Hej!

Mina fyra medarbetare Ali Hosseini, Jenny Wallin, Per Ekdahl och Sara Broström
är anmälda till 3 maj. Lägg gärna till 22 februari 2028 för alla fyra. Själv
deltar jag inte.

Vänliga hälsningar
Britt Sandelin
Enhetschef, Lst Dalarna
""",
             X("change", [P("Ali Hosseini", None, "Länsstyrelsen Dalarna"),
                          P("Jenny Wallin", None, "Länsstyrelsen Dalarna"),
                          P("Per Ekdahl", None, "Länsstyrelsen Dalarna"),
                          P("Sara Broström", None, "Länsstyrelsen Dalarna")], [S1, S4]),
             "manager adds a session for four Länsstyrelsen staff (no quota); 'Lst'; sender not in people"),

        mail("ad085", "2027-03-24T11:31", ("Mail Delivery System", "postmaster@mora.se"),
             "Olevererbart: Bekräftelse – DalaLab",
             """Meddelandet kunde inte levereras till en eller flera mottagare.

jan.forsmrak@mora.se
Mottagarens adress hittades inte. Kontrollera stavningen och försök igen.

Diagnostisk information:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

----- Ursprungligt meddelande -----
Ämne: Bekräftelse – DalaLab
Hej Jan! Du är anmäld till DalaLab den 3 maj och den 29 november 2027.
""",
             X("auto_reply"),
             "bounce for a mistyped colleague address; returned confirmation names a person and dates"),

        tg("ad086", "2027-03-26T08:04", "Amir R", 6039917725,
           "Hej! Jag (Amir Rahimi, Ludvika) och Kalle Ek måste tyvärr avanmäla oss från alla träffar. Mvh Amir",
           X("cancel", [P("Amir Rahimi", None, "Ludvika kommun"),
                        P("Kalle Ek", None, "Ludvika kommun")], ALL),
           "telegram full cancellation for sender + colleague; colleague gets the sender's organisation"),

        mail("ad087", "2027-03-29T14:20", ("Siv Hällström", "siv.hallstrom@leksand.se"),
             "Anmälan DalaLab 21 september",
             """Hej,

Jag anmäler härmed planchef Mona Ersson och byggnadsnämndens ordförande Åke
Dahl till träffen tisdagen den 21 september. Själv deltar jag inte.

Åke har nötallergi, vänligen ta hänsyn till det vid fikat och lunchen.

Med vänliga hälsningar
Siv Hällström
Nämndsekreterare
Leksands kommun
Box 301, 793 27 Leksand
""",
             X("register", [P("Mona Ersson", None, "Leksands kommun"),
                            P("Åke Dahl", None, "Leksands kommun", diet="nötallergi")], [S2], diet="nötallergi"),
             "iso-8859-1; secretary registers two (no addresses), not herself; weekday + date; diet for one",
             charset="iso-8859-1"),

        mail("ad088", "2027-04-01T09:12", ("Hussein Ali", "hussein.ali@avesta.se"),
             "Ersättare 29 november",
             """Hej Linnea,

Jag är anmäld till alla fyra träffarna men kan inte den 29 november. Min
kollega Linnea Öberg (linnea.oberg@avesta.se) går i mitt ställe just den
dagen. Resten går jag på som vanligt.

Mvh
Hussein Ali
Avesta kommun
""",
             X("change", [P("Hussein Ali", "hussein.ali@avesta.se", "Avesta kommun"),
                          P("Linnea Öberg", "linnea.oberg@avesta.se", "Avesta kommun")], [S3]),
             "substitution for a single session; sessions = the substitute's (29 Nov); substitute shares "
             "the organiser's first name"),

        tg("ad089", "2027-04-06T16:38", "Jonna", 5577230918,
           "anmäler gagnefs gäng: jag (jonna rask), hanna ek och leo strand. bara 3 maj o 21 sep. leo ska ha glutenfritt",
           X("register", [P("Jonna Rask", None, "Gagnefs kommun"),
                          P("Hanna Ek", None, "Gagnefs kommun"),
                          P("Leo Strand", None, "Gagnefs kommun", diet="glutenfritt")], [S1, S2],
             diet="glutenfritt"),
           "telegram group of three, sender's surname only in text; 'bara 3 maj o 21 sep'; diet for one"),

        mail("ad090", "2027-04-09T08:47", ("Planering Säter", "planering@sater.se"),
             "Avanmälan 3 maj",
             """Hej,

Ulla Bergman (ulla.bergman@sater.se) är sjukskriven och kan inte delta på
träffen den 3 maj. Hon hör av sig själv om de senare träffarna.

Hälsningar
Planeringsavdelningen
Säters kommun
""",
             X("cancel", [P("Ulla Bergman", "ulla.bergman@sater.se", "Säters kommun")], [S1]),
             "function mailbox cancels one session for a person whose address is in the text"),
    ]
