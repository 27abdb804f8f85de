"""Batch 41, theme "after": what comes after a signup.

Late and follow-up signups (some as replies to the service's own confirmation mail), session swaps and additions,
substitutes, diet updates and removals, new name/address, whole and partial cancellations (also forwarded in a
chain), questions from people already registered, erasure requests, automatic replies to the confirmations
(out-of-office, bounce, read receipt), a mailing-list post, phishing dressed as registration, and odd mail.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE_GT = """> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 1 december 2026 10:02
> Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Ämne: Inbjudan: DalaLab – lärprojekt i strategisk översiktsplanering
>
> Hej!
>
> Region Dalarna bjuder in kommunernas och regionens planerare till DalaLab –
> Planering för hållbarhet och utvecklingskraft. Lärprojektet består av fyra träffar:
>
> 1. 3 maj 2027, Falun, kl. 10.00–15.00 (fika från 09.30) – Hållbar utveckling i
>    ett rumsligt perspektiv och planeringsstrategins roll (med Boverket)
> 2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
> 3. 29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter
> 4. 22 februari 2028 – Planera för tillgänglighet
>
> Sista anmälningsdag är 14 april 2027. Varje kommun kan delta med upp till tre personer.
> Ange eventuella kostönskemål vid anmälan.
>
> Välkommen!
> Linnea Hassis, Region Dalarna
"""


def messages():
    m = []

    # ---------------------------------------------------------------- signups (18)
    m.append(mail(
        "aq091", "2027-01-12T09:14", ("Karin Sjöberg", "karin.sjoberg@hedemora.se"), "Anmälan DalaLab",
        """Hej!

Min kollega Jonas Ålander visade bekräftelsen han fick från er förra veckan och jag skulle också gärna vara med.
Anmäl mig till alla fyra träffarna, tack.

Med vänlig hälsning
Karin Sjöberg
Trafikplanerare, Hedemora kommun
0225-340 00
""",
        X("register", [P("Karin Sjöberg", "karin.sjoberg@hedemora.se", "Hedemora kommun")], ALL),
        "self-signup mentioning a colleague who is already registered; the colleague is not among people"))

    m.append(mail(
        "aq092", "2026-12-03T14:40", ("Erik Halvarsson", "erik.halvarsson@mora.se"),
        "Sv: Inbjudan: DalaLab – lärprojekt i strategisk översiktsplanering",
        """Hej Linnea,

Jag och Sara Lind (sara.lind@mora.se) vill gärna delta den 3/5 och 29/11. De andra två krockar med KF tyvärr.

Hälsningar
Erik

""" + INVITE_GT,
        X("register", [P("Erik Halvarsson", "erik.halvarsson@mora.se", "Mora kommun"),
                       P("Sara Lind", "sara.lind@mora.se", "Mora kommun")], [S1, S3]),
        "reply above quoted invitation listing all four dates; self + colleague for 3/5 and 29/11 only"))

    m.append(tg(
        "aq093", "2027-02-08T21:03", "Amir Haddad", 5829104473,
        "hej! anmäler mig till första träffen i falun 👍 Amir, planarkitekt på Borlänge kommun",
        X("register", [P("Amir Haddad", None, "Borlänge kommun")], [S1]),
        "telegram, 'första träffen' = 3 May; name from sender, org from text"))

    m.append(mail(
        "aq094", "2027-01-20T10:31", ("Planavdelningen Ludvika", "plan@ludvika.se"), "Anmälan till DalaLab",
        """Hej,

Vi anmäler härmed vår översiktsplanerare Lundqvist, Helena (helena.lundqvist@ludvika.se) till samtliga träffar i DalaLab.
Kost: vegetarisk.

Frågor om anmälan kan ställas direkt till Helena.

Planavdelningen
Samhällsbyggnadsförvaltningen, Ludvika kommun
Besöksadress: Fredsgatan 11, 771 82 Ludvika
Vxl 0240-860 00
""",
        X("register", [P("Helena Lundqvist", "helena.lundqvist@ludvika.se", "Ludvika kommun", diet="vegetarisk")],
          ALL, diet="vegetarisk"),
        "function mailbox plan@ signs up one person written 'Efternamn, Förnamn'; mailbox not a person"))

    m.append(mail(
        "aq095", "2027-02-15T13:22", ("Lars-Erik Nyberg", "lars-erik.nyberg@sater.se"),
        "Sv: Bekräftelse: din anmälan till DalaLab",
        """Tack för bekräftelsen! Kan ni anmäla min kollega Petra Nyström också, till samma träffar som jag?
Hon har ingen egen mejladress än (nyanställd), så ta det via mig så länge.

/Lasse

-----Ursprungligt meddelande-----
Från: Anmälan DalaLab <linnea.hassis@regiondalarna.se>
Skickat: den 14 februari 2027 16:05
Till: Lars-Erik Nyberg <lars-erik.nyberg@sater.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Lars-Erik!

Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. Vi har registrerat:

Namn: Lars-Erik Nyberg
Organisation: Säters kommun
Träffar: 3 maj 2027 (Falun), 21 september 2027

Stämmer något inte? Svara på det här mejlet.

Vänliga hälsningar
Region Dalarna
""",
        X("register", [P("Petra Nyström", None, "Säters kommun")], [S1, S2]),
        "reply to own confirmation: colleague for 'samma träffar som jag', resolved from the quoted confirmation; "
        "writer already registered, not among people"))

    m.append(mail(
        "aq096", "2027-03-02T08:47", ("Ylva Andersson", "ylva.andersson@leksand.se"), "Anmälan",
        """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag vill anmäla mig till höstens två träffar i DalaLab (september och november).&nbsp;</p>
<p>Vänliga hälsningar<br>
<b>Ylva Andersson</b><br>
Planeringsarkitekt<br>
Leksands kommun | Kommunledningsförvaltningen<br>
Tel 0247-800 00</p>
</div></body></html>""",
        X("register", [P("Ylva Andersson", "ylva.andersson@leksand.se", "Leksands kommun")], [S2, S3]),
        "HTML-only mail; 'höstens två träffar' = 21 Sep and 29 Nov", html=True))

    m.append(mail(
        "aq097", "2027-03-18T15:55", ("Mats Gröndahl", "mats.grondahl@smedjebacken.se"),
        "Anmälan DalaLab - Smedjebacken",
        """Hej Linnea

Anmäler mig till alla träffar utom den i februari 2028, då är jag föräldraledig.
Kost: laktosfri.

Mvh
Mats Gröndahl
Samhällsplanerare
Smedjebackens kommun
Tel: 0240-66 00 00  Mobil: 070-314 22 81
""",
        X("register", [P("Mats Gröndahl", "mats.grondahl@smedjebacken.se", "Smedjebackens kommun", diet="laktosfri")],
          [S1, S2, S3], diet="laktosfri"),
        "iso-8859-1; 'alla utom den i februari' = first three sessions; diet", charset="iso-8859-1"))

    m.append(tg(
        "aq098", "2027-01-05T11:20", "Maria Gonzalez", 1288390476,
        "Hi! I'd like to sign up for the sessions on 21 Sept and 22 Feb. "
        "Maria Gonzalez, Region Dalarna (maria.gonzalez@regiondalarna.se)",
        X("register", [P("Maria Gonzalez", "maria.gonzalez@regiondalarna.se", "Region Dalarna")], [S2, S4]),
        "English telegram signup with address in text; two sessions"))

    m.append(mail(
        "aq099", "2026-12-09T07:58", ("Göran Ek", "goran.ek@avesta.se"),
        "VB: Inbjudan: DalaLab – lärprojekt i strategisk översiktsplanering",
        """Anmäl Lisa Berg och mig, alla tillfällen.
Göran

Skickat från min iPhone

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Datum: 1 december 2026 kl. 10:02:11 CET
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – lärprojekt i strategisk översiktsplanering

Hej!

Region Dalarna bjuder in till DalaLab – Planering för hållbarhet och utvecklingskraft.

• Måndag 3 maj 2027 kl. 10–15 i Falun (fika från 9.30)
• Tisdag 21 september 2027
• Måndag 29 november 2027
• Tisdag 22 februari 2028

Anmäl dig senast den 14 april 2027 genom att svara på detta mejl. Varje kommun kan delta med upp till tre personer.
""",
        X("register", [P("Göran Ek", "goran.ek@avesta.se", "Avesta kommun"), P("Lisa Berg", None, "Avesta kommun")],
          ALL),
        "forwarded invitation (VB:) with a one-line signup on top; colleague without address"))

    m.append(mail(
        "aq100", "2027-02-22T16:10", ("Anna Dahl", "anna.dahl@gagnef.se"), "Anmälan från Gagnef och Vansbro",
        """Hej!

Vi är två kommuner som samarbetar kring våra översiktsplaner och vill gärna gå tillsammans.
Anmäl mig (Anna Dahl, Gagnefs kommun) och Nils Ström, Vansbro kommun, nils.strom@vansbro.se, till träffarna 21.9 och 29.11.

Hälsningar
Anna Dahl
Översiktsplanerare
Gagnefs kommun
Tfn 0241-150 00
""",
        X("register", [P("Anna Dahl", "anna.dahl@gagnef.se", "Gagnefs kommun"),
                       P("Nils Ström", "nils.strom@vansbro.se", "Vansbro kommun")], [S2, S3]),
        "two organisations in one mail; dates written 21.9 and 29.11"))

    m.append(tg(
        "aq101", "2027-03-09T07:12", "Ingrid Olsson", 734018822,
        "hej det här är ingrid ols son från rättviks kommun jag vill anmäla mig till träffen den tredje maj "
        "och den tjugoandra februari punkt tack",
        X("register", [P("Ingrid Olsson", None, "Rättviks kommun")], [S1, S4]),
        "voice dictation, dates in words, split surname; sessions 3 May and 22 Feb"))

    m.append(mail(
        "aq102", "2027-01-27T12:05", ("Fredrika Lövgren", "fredrika.lovgren@orsa.se"), "DalaLab – tillgänglighetsträffen",
        """Hej,

Jag skulle vilja anmäla mig till träffen om tillgänglighet (rumslig närhet, fysisk mobilitet och digital
tillgänglighet). De andra träffarna har jag tyvärr inte möjlighet att gå på.

Fredrika Lövgren
Strateg, Orsa kommun
""",
        X("register", [P("Fredrika Lövgren", "fredrika.lovgren@orsa.se", "Orsa kommun")], [S4]),
        "session named only by its theme title (accessibility = 22 Feb 2028)"))

    m.append(mail(
        "aq103", "2027-02-03T09:40", ("Bengt Sahlin", "bengt.sahlin@malung-salen.se"), "anmälan dalalab",
        """hej
anmäler följande från oss till alla fyra träffarna:
johanna vik, johanna.vik@malung-salen.se
per-olof dahlberg (adress kommer)
själv har jag inte möjlighet tyvärr.
/bengt sahlin, plan- och byggchef
""",
        X("register", [P("Johanna Vik", "johanna.vik@malung-salen.se", "Malung-Sälens kommun"),
                       P("Per-Olof Dahlberg", None, "Malung-Sälens kommun")], ALL),
        "lower-case names; manager signs up two colleagues, not attending himself"))

    m.append(mail(
        "aq104", "2027-04-10T22:41", ("Tove Mattsson", "tove.mattsson76@gmail.com"), "Sen anmälan?",
        """Hej! Såg först nu att sista dagen är på onsdag. Jag jobbar som planeringsarkitekt på Älvdalens kommun
men skriver från privata mejlen eftersom jag är hemma sjuk. Anmäler mig härmed till hela serien, hoppas det går bra!

Tove Mattsson
""",
        X("register", [P("Tove Mattsson", "tove.mattsson76@gmail.com", "Älvdalens kommun")], ALL),
        "late signup from gmail; organisation from text; 'hela serien' = all"))

    m.append(tg(
        "aq105", "2027-01-14T17:33", "Karl Bergkvist", 6021147735,
        "Tjena! Kalle på Lst här. Skriv upp mig på 3 maj + 21 sep 🙏",
        X("register", [P("Karl Bergkvist", None, "Länsstyrelsen Dalarna")], [S1, S2]),
        "nickname in text (Kalle), full name from sender; 'Lst' = Länsstyrelsen Dalarna"))

    m.append(mail(
        "aq106", "2026-12-14T10:12", ("Nordin, Elin", "elin.nordin@falun.se"), "Anmälan DalaLab",
        """Hej,

Jag anmäler mig till samtliga tillfällen.

Med vänliga hälsningar

Nordin, Elin
Översiktsplanerare | Planeringsavdelningen
Samhällsbyggnadsförvaltningen
FALU KOMMUN
Postadress: 791 83 Falun
Besöksadress: Stadshuset, Stadshusgränd 1
Telefon: 023-830 00 (växel) | Direkt: 023-86 41 27
Mobil: 070-555 12 34
www.falun.se

Tänk på miljön innan du skriver ut detta mejl.
""",
        X("register", [P("Elin Nordin", "elin.nordin@falun.se", "Falu kommun")], ALL),
        "ordinary signup; 'Efternamn, Förnamn' in From and a signature full of numbers"))

    m.append(mail(
        "aq107", "2027-03-25T11:48", ("Jesper Lindahl", "jesper.lindahl@borlange.se"), "SV: Inbjudan: DalaLab",
        """Ja tack, jag kommer gärna på första träffen i Falun 3 maj. Glutenfri kost, tack.

Jesper Lindahl
Borlänge kommun

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:02
Ämne: Inbjudan: DalaLab – lärprojekt i strategisk översiktsplanering

Region Dalarna bjuder in till fyra träffar: 3 maj 2027 i Falun, 21 september 2027, 29 november 2027
och 22 februari 2028. Sista anmälningsdag 14 april 2027. Upp till tre personer per kommun.
""",
        X("register", [P("Jesper Lindahl", "jesper.lindahl@borlange.se", "Borlänge kommun", diet="glutenfri")],
          [S1], diet="glutenfri"),
        "reply above an unquoted (Outlook-style) invitation; one session plus diet"))

    m.append(tg(
        "aq108", "2027-02-26T12:55", "Sanna Persson", 948201337,
        "Hej! Vill signa upp mig och min colleague Fredrik Holm för all sessions, båda på Avesta kommun 🙂",
        X("register", [P("Sanna Persson", None, "Avesta kommun"), P("Fredrik Holm", None, "Avesta kommun")], ALL),
        "mixed Swedish-English telegram; self + colleague, all sessions"))

    # ---------------------------------------------------------------- changes (7)
    m.append(mail(
        "aq109", "2027-02-16T08:20", ("Maja Holmgren", "maja.holmgren@vansbro.se"),
        "Sv: Bekräftelse: din anmälan till DalaLab",
        """Tack, men jag skrev fel datum – det ska vara 21/9, inte 3 maj. Sorry!
Maja

Den 15 feb. 2027 kl. 17:31 skrev Anmälan DalaLab <linnea.hassis@regiondalarna.se>:
> Hej Maja!
>
> Tack för din anmälan till DalaLab. Vi har registrerat:
>
> Namn: Maja Holmgren
> Organisation: Vansbro kommun
> Träffar: 3 maj 2027 (Falun)
>
> Stämmer något inte? Svara på det här mejlet.
""",
        X("change", [P("Maja Holmgren", "maja.holmgren@vansbro.se", "Vansbro kommun")], [S2]),
        "reply to confirmation correcting the date: 3 May -> 21/9; quoted confirmation is not the request"))

    m.append(tg(
        "aq110", "2027-03-04T19:45", "Linus Öberg", 5573301298,
        "Hej, jag är redan anmäld till 3 maj. Kan ni lägga till 29 november också? /Linus, Ludvika kommun",
        X("change", [P("Linus Öberg", None, "Ludvika kommun")], [S1, S3]),
        "add a session: sessions after the change are 3 May + 29 Nov"))

    m.append(mail(
        "aq111", "2027-03-11T13:02", ("Ulrika Berglund", "ulrika.berglund@leksand.se"), "Byte av deltagare DalaLab",
        """Hej!

Anders Hed, som är anmäld från Leksand, har fått förhinder under hösten. I stället går Emma Forsberg
(emma.forsberg@leksand.se) på träffarna i september och november. Anders behåller sina platser i maj och februari.

Hälsningar
Ulrika Berglund
Enhetschef Samhällsplanering
Leksands kommun
""",
        X("change", [P("Anders Hed", None, "Leksands kommun"), P("Emma Forsberg", "emma.forsberg@leksand.se",
                                                               "Leksands kommun")], [S2, S3]),
        "manager arranges a substitute for two autumn sessions; both people, substitute's sessions"))

    m.append(mail(
        "aq112", "2027-01-29T14:18", ("Camilla Strand", "camilla.strand@mora.se"), "Kostönskemål",
        """Hej!

Jag anmälde mig i december men glömde skriva att jag är laktosintolerant. Kan ni lägga till det inför luncherna?

Camilla Strand
Mora kommun
""",
        X("change", [P("Camilla Strand", "camilla.strand@mora.se", "Mora kommun", diet="laktosintolerant")], [],
          diet="laktosintolerant"),
        "diet added after signup, no session named"))

    m.append(mail(
        "aq113", "2027-03-22T10:05", ("Kajsa Lindgren", "kajsa.lindgren@sater.se"), "Nytt namn och ny mejladress",
        """Hej,

Jag är anmäld till DalaLab som Kajsa Svensson (kajsa.svensson@sater.se). Jag har gift mig och heter nu
Kajsa Lindgren – den gamla adressen slutar fungera i slutet av månaden, så skicka gärna allt till
kajsa.lindgren@sater.se framöver. Inget annat ändras.

Vänliga hälsningar
Kajsa Lindgren
Planhandläggare, Säters kommun
0225-550 00
""",
        X("change", [P("Kajsa Lindgren", "kajsa.lindgren@sater.se", "Säters kommun")], []),
        "new name and new address for a registered person; label the new ones, no sessions"))

    m.append(tg(
        "aq114", "2027-04-02T08:30", "Björn Sandberg", 8401923376,
        "Hej! Jag kan inte komma den 21/9, min kollega Hanna Ek tar min plats den dagen. Vi är båda på Orsa kommun.",
        X("change", [P("Björn Sandberg", None, "Orsa kommun"), P("Hanna Ek", None, "Orsa kommun")], [S2]),
        "writer hands his 21/9 place to a colleague: substitution with both people"))

    m.append(mail(
        "aq115", "2027-02-05T09:50", ("Rebecka Holm", "rebecka.holm@alvdalen.se"), "Ändring kost",
        """Hej Linnea!

I min anmälan skrev jag att jag är vegetarian, men jag äter numera allt igen så ni kan stryka kostönskemålet.
Träffarna är som förut.

Mvh Rebecka Holm
Älvdalens kommun
""",
        X("change", [P("Rebecka Holm", "rebecka.holm@alvdalen.se", "Älvdalens kommun")], []),
        "diet removal: the vegetarian diet is the old one being removed, so diet is null"))

    # ---------------------------------------------------------------- cancellations (5)
    m.append(mail(
        "aq116", "2027-03-30T15:20", ("Oskar Wiklund", "oskar.wiklund@falun.se"), "Avanmälan höstens träffar",
        """<html><body>
<p>Hej!</p>
<p>Tyvärr kan jag inte delta på höstens träffar pga en stor samrådsprocess. Jag kommer fortfarande på
träffarna i maj och februari.</p>
<p>Hälsningar,<br>Oskar Wiklund<br>Översiktsplanerare, Falu kommun</p>
</body></html>""",
        X("cancel", [P("Oskar Wiklund", "oskar.wiklund@falun.se", "Falu kommun")], [S2, S3]),
        "HTML-only partial cancellation of 'höstens träffar' (plural: Sep + Nov); May/Feb kept", html=True))

    m.append(tg(
        "aq117", "2027-03-15T22:10", "Elsa Nordqvist", 391775604,
        "kan inte komma 29/11 tyvärr, de andra går bra. /Elsa",
        X("cancel", [P("Elsa Nordqvist", None, None)], [S3]),
        "telegram cancellation of one session; no organisation given"))

    m.append(mail(
        "aq118", "2027-02-10T11:11", ("Mikael Jonsson", "mikael.jonsson@gagnef.se"), "Ändring i Gagnefs anmälan",
        """Hej!

Vi anmälde tre personer från Gagnef i januari: jag, Ronja Isaksson och Tilda Åberg. Ronja har slutat hos oss
så hon ska strykas från alla träffar. Vi andra kommer som planerat.

Mikael Jonsson
Gagnefs kommun
""",
        X("cancel", [P("Ronja Isaksson", None, "Gagnefs kommun")], ALL),
        "one of several registered people withdrawn, no substitute: cancel just her (subject says 'Ändring')"))

    m.append(mail(
        "aq119", "2027-01-18T08:05", ("Gunilla Falk", "gunilla.falk@hedemora.se"), "VB: DalaLab 22 februari",
        """Hej, vidarebefordrar från Patrik nedan – han hade inte adressen till anmälan.

Gunilla Falk
Administratör, Samhällsbyggnad
Hedemora kommun
Tel 0225-340 12

-------- Vidarebefordrat meddelande --------
Från: Patrik Lund <patrik.lund@hedemora.se>
Datum: 2027-01-17 21:40
Till: Gunilla Falk <gunilla.falk@hedemora.se>
Ämne: DalaLab 22 februari

Hej Gunilla, kan du be dem avanmäla mig från träffen 22 februari 2028? Krockar med budgetdagarna.
Resten står kvar.
/Patrik
""",
        X("cancel", [P("Patrik Lund", "patrik.lund@hedemora.se", "Hedemora kommun")], [S4]),
        "forwarded chain: secretary forwards a colleague's cancellation of one session; address from inner header"))

    m.append(mail(
        "aq120", "2027-03-05T16:44", ("David Okafor", "david.okafor@regiondalarna.se"),
        "RE: Bekräftelse: din anmälan till DalaLab",
        """Hi,

Unfortunately I have to cancel my registration – I'm moving to a new position outside the region in April.
Sorry for the trouble!

Best regards
David Okafor
Regional Development Analyst
Region Dalarna
+46 23 77 70 00

From: Anmälan DalaLab <linnea.hassis@regiondalarna.se>
Sent: Tuesday, 9 February 2027 10:12
To: David Okafor <david.okafor@regiondalarna.se>
Subject: Bekräftelse: din anmälan till DalaLab

Hej David!

Tack för din anmälan till DalaLab. Vi har registrerat:

Namn: David Okafor
Organisation: Region Dalarna
Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027, 22 februari 2028
""",
        X("cancel", [P("David Okafor", "david.okafor@regiondalarna.se", "Region Dalarna")], ALL),
        "English whole cancellation as a reply to the confirmation"))

    # ---------------------------------------------------------------- questions (5)
    m.append(mail(
        "aq121", "2026-12-05T10:30", ("Henrik Söderberg", "henrik.soderberg@rattvik.se"), "Fråga om DalaLab",
        """Hej!

Jag funderar på att anmäla mig till DalaLab men undrar först om träffarna är fysiska eller om det går att
delta digitalt? Och är alla träffar i Falun eller flyttar de runt i länet?

Henrik Söderberg
Samhällsplanerare, Rättviks kommun
""",
        X("question"),
        "'funderar på att anmäla mig' – a question, not a signup"))

    m.append(tg(
        "aq122", "2027-01-22T12:02", "Therese Blom", 2210458873,
        "Hej! Får vi vara fyra från Borlänge om en av oss bara går på en träff?",
        X("question"),
        "quota question that looks like a signup"))

    m.append(mail(
        "aq123", "2027-04-06T07:35", ("Sven-Åke Marklund", "sven-ake.marklund@avesta.se"), "Lunch och plats 3 maj?",
        """Hej, jag är anmäld sedan tidigare. Blir det lunch på första träffen och var i Falun är den?
Behöver jag ta med något?

Sven-Åke
""",
        X("question"),
        "late practical question from someone already registered; names a session but asks only"))

    m.append(mail(
        "aq124", "2027-02-19T09:15", ("Lina Ahmadi", "lina.ahmadi@lansstyrelsen.se"),
        "Sv: Bekräftelse: din anmälan till DalaLab",
        """Hej! Tack för bekräftelsen. Kan jag få kalenderinbjudningar till träffarna så att de hamnar i Outlook?

Lina Ahmadi
Länsstyrelsen Dalarna

> Hej Lina!
> Tack för din anmälan till DalaLab. Vi har registrerat:
> Namn: Lina Ahmadi
> Organisation: Länsstyrelsen Dalarna
> Träffar: 21 september 2027, 29 november 2027, 22 februari 2028
""",
        X("question"),
        "question as a reply to the confirmation; quoted sessions are not a request"))

    m.append(tg(
        "aq125", "2027-03-27T20:14", "Jamie Collins", 1730094452,
        "Hi, I'm registered for all four. Is it possible to join the November one online if I can't travel?",
        X("question"),
        "English question from a registered participant"))

    # ---------------------------------------------------------------- automatic mail (4)
    m.append(mail(
        "aq126", "2027-02-15T16:06", ("Åsa Hellström", "asa.hellstrom@ludvika.se"),
        "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
        """Hej,

Jag är på tjänsteresa 15–19 februari med begränsad tillgång till e-post. Vid brådskande ärenden,
kontakta plan@ludvika.se eller växeln 0240-860 00.

Hälsningar
Åsa Hellström
""",
        X("auto_reply"),
        "out-of-office reply to a confirmation"))

    m.append(mail(
        "aq127", "2027-03-03T10:44", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
        "Undeliverable: Bekräftelse: din anmälan till DalaLab",
        """Delivery has failed to these recipients or groups:

tobias.eriksen@vansbro.se
The email address you entered couldn't be found. Please check the recipient's email address and try to
resend the message.

Diagnostic information for administrators:

Generating server: mx1.regiondalarna.se
tobias.eriksen@vansbro.se
Remote Server returned '550 5.1.1 <tobias.eriksen@vansbro.se>: Recipient address rejected: User unknown'

----- Original message -----
From: Anmälan DalaLab <linnea.hassis@regiondalarna.se>
To: tobias.eriksen@vansbro.se
Subject: Bekräftelse: din anmälan till DalaLab

Hej Tobias!
Tack för din anmälan till DalaLab. Vi har registrerat:
Namn: Tobias Eriksen
Organisation: Vansbro kommun
Träffar: 21 september 2027, 29 november 2027
""",
        X("auto_reply"),
        "bounce of a confirmation; quoted name and dates are not a request"))

    m.append(mail(
        "aq128", "2027-01-11T08:02", ("Per Sundin", "per.sundin@orsa.se"),
        "Läst: Bekräftelse: din anmälan till DalaLab",
        """Ditt meddelande

  Till: Per Sundin
  Ämne: Bekräftelse: din anmälan till DalaLab
  Skickat: den 10 januari 2027 15:22

lästes den 11 januari 2027 08:02.
""",
        X("auto_reply"),
        "read receipt (Outlook 'Läst:') for a confirmation"))

    m.append(mail(
        "aq129", "2027-03-16T06:00", ("ÖP-nätverket Dalarna", "op-natverket@lists.regiondalarna.se"),
        "[op-natverket] Påminnelse: anmälan till DalaLab stänger 14 april",
        """Hej alla i ÖP-nätverket!

Påminnelse: sista dag att anmäla sig till DalaLab är onsdag 14 april. Träffarna är 3 maj, 21 september,
29 november och 22 februari 2028. Anmälan görs till linnea.hassis@regiondalarna.se, upp till tre per kommun.

Nästa nätverksträff är digital den 7 april kl. 13–15, länk kommer.

/Samordnaren

--
Du får detta mejl eftersom du är medlem i listan op-natverket@lists.regiondalarna.se.
Avregistrera: https://lists.regiondalarna.se/mailman/listinfo/op-natverket
""",
        X("unknown"),
        "mailing-list post naming all four dates; never a signup or reply", to="op-natverket@lists.regiondalarna.se"))

    # ---------------------------------------------------------------- erasure (2)
    m.append(mail(
        "aq130", "2027-04-08T13:37", ("Eva Lindström", "eva.lindstrom@borlange.se"), "Begäran om radering enligt GDPR",
        """Hej,

Jag har tidigare avanmält mig från DalaLab och begär härmed, med stöd av artikel 17 i dataskyddsförordningen
(GDPR), att ni raderar samtliga personuppgifter om mig som ni sparat i samband med anmälan.

Vänligen bekräfta när raderingen är genomförd.

Eva Lindström
Borlänge kommun
""",
        X("erasure", [P("Eva Lindström", "eva.lindstrom@borlange.se", "Borlänge kommun")]),
        "formal GDPR erasure request"))

    m.append(tg(
        "aq131", "2027-03-20T10:10", "Jonas Berglund", 612093384,
        "Hej, kan ni ta bort mina personuppgifter ur era register? Tack /Jonas",
        X("erasure", [P("Jonas Berglund", None, None)]),
        "informal telegram erasure request; no organisation"))

    # ---------------------------------------------------------------- spam / phishing (2)
    m.append(mail(
        "aq132", "2027-02-24T03:14", ("DalaLab Registration Team", "no-reply@dalalab-events-verify.com"),
        "Action required: Your DalaLab registration will be cancelled",
        """Dear participant,

We were unable to verify your registration for DalaLab (3 May 2027 – 22 Feb 2028). To keep your seat,
confirm your identity and payment details within 24 hours:

https://dalalab-events-verify.com/confirm?ref=88213

Failure to do so will result in automatic cancellation of all four sessions.

Kind regards,
Registration Team
""",
        X("unknown"),
        "phishing dressed as a registration notice (mentions cancellation and dates)"))

    m.append(mail(
        "aq133", "2027-01-31T23:50", ("Konferensregistret Norden", "info@konferensregistret-norden.se"),
        "Anmälan: DalaLab 2027 – bekräfta er kommuns uppgifter i deltagarkatalogen",
        """Hej!

Er organisation är preliminärt anmäld till DalaLab 2027. För att slutföra registreringen i Nordisk
Deltagarkatalog behöver ni bekräfta uppgifterna nedan. Avgift 8 900 kr/år exkl. moms.

Organisation: ______________
Kontaktperson: ______________
E-post: ______________

Svara JA på detta mejl för att bekräfta anmälan. Genom att svara godkänner ni våra villkor.

Konferensregistret Norden AB
""",
        X("unknown"),
        "directory-listing scam dressed as registration"))

    # ---------------------------------------------------------------- odd (2)
    m.append(mail(
        "aq134", "2027-02-11T12:12", ("Greta Wallin", "greta.wallin@rattvik.se"),
        "Sv: Bekräftelse: din anmälan till DalaLab",
        """Tack så mycket, ser fram emot det! 😊

Greta

> Hej Greta!
> Tack för din anmälan till DalaLab. Vi har registrerat:
> Namn: Greta Wallin
> Organisation: Rättviks kommun
> Träffar: 3 maj 2027 (Falun), 22 februari 2028
""",
        X("unknown"),
        "thank-you reply to the confirmation, nothing to act on"))

    m.append(mail(
        "aq135", "2027-03-12T14:28", ("Kent Östlund", "kent.ostlund@smedjebacken.se"),
        "Bygglov Skogsvägen 4 – kompletterande ritningar",
        """Hej Linnea,

Här kommer de kompletterande fasadritningarna för ärende BN 2027/114 som vi pratade om i telefon.
Återkom om något saknas inför nämnden.

Kent Östlund
Smedjebacken
""",
        X("unknown"),
        "mail meant for another Linnea (building permit case); nothing about the event"))

    return m
