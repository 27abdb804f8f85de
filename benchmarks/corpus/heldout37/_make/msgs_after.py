"""Batch 38, theme "after": what comes after a signup.

Changes and swaps (with typos), added and dropped sessions, diet and address updates, cancellations of all or
part, substitutions (also by a third party, in lower case), forwarded chains (VB:/Fwd:) whose person is only in
the forwarded header, "min kollegas anmälan gäller som förut", erasure requests, sessions named by theme or by
"vårens/höstens", "alla utom ...", and the automatic mail that follows a confirmation.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL


def messages():
    return [
        mail("an091", "2027-01-11T08:42", ("Ingrid Wahlstedt", "ingrid.wahlstedt@hedemora.se"),
             "Ändring DalaLab",
             """Hej Linnea!

Jag skulle behöva bytta 3 maj mot 21 september, det krockar med budgetdagarna hos oss.
Hoppas det går bra.

Vänliga hälsningar
Ingrid Wahlstedt
Översiktsplanerare
Hedemora kommun | Samhällsbyggnadsförvaltningen
Tel 0225-34 12 08
""",
             X("change", [P("Ingrid Wahlstedt", "ingrid.wahlstedt@hedemora.se", "Hedemora kommun")], [S2]),
             "bare swap with typo 'bytta': only the new session"),

        tg("an092", "2027-02-03T21:17", "Oskar Lindfors", 5528103347,
           """hej! jag är redan anmäld till 3 maj, kan ni lägga till 29 nov också? /Oskar, Rättvik""",
           X("change", [P("Oskar Lindfors", None, "Rättviks kommun")], [S1, S3]),
           "telegram: adds a session to an existing one; sessions after the change"),

        mail("an093", "2027-01-19T13:05", ("Helena Bäckström", "helena.backstrom@avesta.se"),
             "SV: Bekräftelse: DalaLab",
             """Hej,

Tack för bekräftelsen. Jag kan tyvärr inte komma den 21/9 (semester), övriga står kvar.

/Helena

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 10:22
Till: Helena Bäckström <helena.backstrom@avesta.se>
Ämne: Bekräftelse: DalaLab

Hej Helena,

Du är anmäld till följande tillfällen i DalaLab:
- 3 maj 2027, Falun
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Välkommen!
Linnea Hassis
Region Dalarna
""",
             X("cancel", [P("Helena Bäckström", "helena.backstrom@avesta.se", "Avesta kommun")], [S2]),
             "Outlook reply: partial drop of one session; quoted confirmation lists all four"),

        mail("an094", "2027-02-22T15:48", ("Jens Olausson", "jens.olausson@gagnef.se"),
             "Kost DalaLab",
             """Hej Linnea

Glömde skriva i min anmälan att jag äter glutenfri kost. Kan du lägga till det?

Mvh Jens Olausson
Planeringsarkitekt, Gagnefs kommun
Mobil 070-318 55 20
""",
             X("change", [P("Jens Olausson", "jens.olausson@gagnef.se", "Gagnefs kommun", diet="glutenfri")], [],
               diet="glutenfri"),
             "diet update with no session named: change, sessions []"),

        mail("an095", "2027-03-02T07:56", ("Bengt Rosell", "bengt.rosell@orsa.se"),
             "dalalab - byte av deltagare",
             """hej linnea

jag är chef på samhällsbyggnad i orsa. tove bergkvist har slutat hos oss och hon var anmäld till alla
fyra träffarna. mikael strand tar hennes plats istället, han är planarkitekt här sen januari.

mvh bengt
""",
             X("change", [P("Tove Bergkvist", None, "Orsa kommun"), P("Mikael Strand", None, "Orsa kommun")], ALL),
             "substitution written by a manager in lower case; manager not a participant"),

        mail("an096", "2027-02-14T10:31", ("Registrator Ludvika kommun", "registrator@ludvika.se"),
             "VB: Avanmälan DalaLab",
             """Hej,

Vidarebefordrar nedanstående som kommit till vår funktionsbrevlåda.

Med vänlig hälsning
Registraturen, Ludvika kommun
771 82 Ludvika

Från: Per Hammar <per.hammar@ludvika.se>
Skickat: den 13 februari 2027 16:40
Till: Registrator <registrator@ludvika.se>
Ämne: Avanmälan DalaLab

Hej, jag måste tyvärr avanmäla mig från hela DalaLab. Ny tjänst från april.
Per Hammar
""",
             X("cancel", [P("Per Hammar", "per.hammar@ludvika.se", "Ludvika kommun")], ALL),
             "VB: forwarded by a registry; the person is only in the forwarded header"),

        mail("an097", "2027-03-09T11:12", ("Lars Tengvall", "lars.tengvall@leksand.se"),
             "Re: DalaLab Leksand",
             """Hej Linnea,

Jag kan inte vara med den 3 maj, stryk mig där. Min kollega Sara Öhmans anmälan gäller som förut.

Hälsningar
Lars Tengvall
Leksands kommun
""",
             X("cancel", [P("Lars Tengvall", "lars.tengvall@leksand.se", "Leksands kommun")], [S1]),
             "drops one session; colleague's signup 'gäller som förut' is not about her"),

        mail("an098", "2027-04-06T09:03", ("Margareta Fjellström", "margareta.fjellstrom@sater.se"),
             "Begäran om radering av personuppgifter",
             """Till Region Dalarna

Med hänvisning till artikel 17 i dataskyddsförordningen (GDPR) begär jag att samtliga personuppgifter
som rör mig och som ni har samlat in i samband med anmälan till DalaLab raderas.

Jag ber om en skriftlig bekräftelse när raderingen är genomförd.

Margareta Fjellström
Säters kommun
""",
             X("erasure", [P("Margareta Fjellström", "margareta.fjellstrom@sater.se", "Säters kommun")]),
             "formal GDPR erasure request"),

        tg("an099", "2027-03-28T19:44", "Elsa Nordin", 6120448915,
           """Hej! Vill att ni raderar mina personuppgifter, hittade inte hur man gör det själv. /Elsa Nordin, Säters kommun""",
           X("erasure", [P("Elsa Nordin", None, "Säters kommun")]),
           "telegram erasure, casual"),

        mail("an100", "2027-02-08T14:26", ("Viktor Hägg", "viktor.hagg@borlange.se"),
             "Byte av träff",
             """Hej!

Jag vill byta från tillgänglighetsträffen till den om att planera för önskvärda framtider och osäkerheter.
Är det ok?

Viktor Hägg
Trafikplanerare
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
""",
             X("change", [P("Viktor Hägg", "viktor.hagg@borlange.se", "Borlänge kommun")], [S3]),
             "swap with both sessions named by theme: the new one is S3"),

        mail("an101", "2027-01-25T16:02", ("Annika Sjödin", "annika.sjodin@mora.se"),
             "vårens träff",
             """Hej Linnea,
jag kan tyvärr inte komma på vårens träff i Falun, men jag är med på resten som planerat.
/Annika Sjödin, Mora kommun
""",
             X("cancel", [P("Annika Sjödin", "annika.sjodin@mora.se", "Mora kommun")], [S1]),
             "'vårens träff i Falun' = S1, dropped"),

        mail("an102", "2027-03-15T12:39", ("Fredrik Mattsson", "fredrik.mattsson@smedjebacken.se"),
             "DalaLab höst",
             """Hej,

Jag kommer inte att kunna delta på höstens träff eftersom jag är föräldraledig då. Återkommer om vintern.

Mvh
Fredrik Mattsson
Smedjebackens kommun
Tel: 0240-66 01 37
""",
             X("cancel", [P("Fredrik Mattsson", "fredrik.mattsson@smedjebacken.se", "Smedjebackens kommun")],
               [S2, S3], unsure=["sessions"]),
             "'höstens träff' singular but two autumn sessions: both candidates, unsure"),

        mail("an103", "2027-02-17T09:20", ("Cecilia Ahlgren", "cecilia.ahlgren@falun.se"),
             "Ändra min anmälan",
             """Hej Linnea!

Kan du ändra min anmälan så att jag kommer på alla utom den 29 november?

Tack på förhand
Cecilia Ahlgren
Stadsbyggnadsförvaltningen, Falu kommun
""",
             X("change", [P("Cecilia Ahlgren", "cecilia.ahlgren@falun.se", "Falu kommun")], [S1, S2, S4]),
             "change stated as 'alla utom 29 november'"),

        mail("an104", "2027-01-07T10:15", ("Tomas Eriksson", "tomas.eriksson2@vansbro.se"),
             "Ny e-postadress",
             """Hej,

Jag är anmäld till DalaLab från min gamla adress tomas.e@vansbro.se. Den slutar fungera i februari,
så använd gärna den här adressen i fortsättningen.

Mvh Tomas Eriksson
Vansbro kommun
""",
             X("change", [P("Tomas Eriksson", "tomas.eriksson2@vansbro.se", "Vansbro kommun")], []),
             "address update from the new address, no session named"),

        mail("an105", "2027-01-14T10:23", ("Stina Granqvist", "stina.granqvist@alvdalen.se"),
             "Automatiskt svar: Bekräftelse: DalaLab",
             """Tack för ditt mejl. Jag är tjänstledig till och med 31 januari och läser inte min e-post.
Brådskande ärenden: kontakta växeln 0251-800 00.

Stina Granqvist
Älvdalens kommun
""",
             X("auto_reply"),
             "out-of-office answering the confirmation"),

        mail("an106", "2027-02-01T08:01", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undelivered Mail Returned to Sender",
             """This is the mail system at host mx1.regiondalarna.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jonas.lundh@hedemora.se>: host mail.hedemora.se[195.67.12.40] said: 550 5.1.1
    <jonas.lundh@hedemora.se>: Recipient address rejected: User unknown

--- Original message ---
Subject: Ändring registrerad: DalaLab 21 september 2027
""",
             X("auto_reply"),
             "bounce of a change confirmation"),

        mail("an107", "2027-02-25T13:30", ("Kristina Holm", "kristina.holm@hedemora.se"),
             "Kalenderinbjudan?",
             """Hej!
Jag är anmäld till alla fyra tillfällena. Kommer det en kalenderinbjudan eller ska jag lägga in dem själv?
/Kristina
""",
             X("question"),
             "question after signup, mentions sessions but changes nothing"),

        mail("an108", "2027-03-04T17:55", ("Jonathan Reed", "jonathan.reed@falun.se"),
             "Change of session",
             """Hi Linnea,

I registered for the 3 May session but I need to switch to the September one instead (I'll be
at a conference in Gothenburg in early May). Sorry for the hassle!

Best regards,
Jonathan Reed
Urban Planner, Falu kommun
+46 23 82 000
""",
             X("change", [P("Jonathan Reed", "jonathan.reed@falun.se", "Falu kommun")], [S2]),
             "English swap 3 May -> September"),

        tg("an109", "2027-03-19T22:08", "Malin Öberg", 7034412290,
           """byta 21 sep mot 29 nov tack, sry för strulet""",
           X("change", [P("Malin Öberg", None, None)], [S3]),
           "telegram bare swap, no organisation"),

        mail("an110", "2027-04-02T14:11", ("Johanna Brandt", "johanna.brandt@gagnef.se"),
             "Min plats i DalaLab",
             """Hej Linnea,

Jag har fått en ny tjänst och kan inte fortsätta i DalaLab efter första träffen. Min kollega Hanna Ek
(hanna.ek@gagnef.se) tar min plats på de resterande träffarna, alltså 21/9, 29/11 och 22/2.
Jag kommer själv den 3 maj som planerat.

Vänligen
Johanna Brandt
Gagnefs kommun
""",
             X("change", [P("Johanna Brandt", "johanna.brandt@gagnef.se", "Gagnefs kommun"),
                          P("Hanna Ek", "hanna.ek@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "partial substitution: colleague takes the last three sessions"),

        mail("an111", "2027-03-22T08:47", ("Erik Sahlin", "erik.sahlin@lansstyrelsen.se"),
             "Avanmälan",
             """<html><body>
<p style="font-family:Calibri,sans-serif">Hej Linnea,</p>
<p style="font-family:Calibri,sans-serif">Tyvärr m&aring;ste jag avanm&auml;la mig fr&aring;n samtliga tillf&auml;llen
i DalaLab p&aring; grund av omorganisation.</p>
<p style="font-family:Calibri,sans-serif">Med v&auml;nlig h&auml;lsning<br>
<b>Erik Sahlin</b><br>
Samh&auml;llsplanerare<br>
L&auml;nsstyrelsen Dalarna<br>
791 84 Falun<br>
010-225 00 00</p>
</body></html>
""",
             X("cancel", [P("Erik Sahlin", "erik.sahlin@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "HTML-only cancellation of all sessions"),

        mail("an112", "2027-02-10T11:34", ("Åsa Lindqvist", "asa.lindqvist@rattvik.se"),
             "Kostönskemål",
             """Hej!

Jag har nyligen fått reda på att jag är laktosintolerant. Kan ni notera det till fika och lunch
på träffarna?

Hälsningar
Åsa Lindqvist
Rättviks kommun, Riksvägen 50, 795 80 Rättvik
""",
             X("change", [P("Åsa Lindqvist", "asa.lindqvist@rattvik.se", "Rättviks kommun", diet="laktosintolerant")],
               [], diet="laktosintolerant"),
             "iso-8859-1 diet update, no session",
             charset="iso-8859-1"),

        mail("an113", "2027-03-26T15:20", ("Göran Eklund", "goran.eklund@hedemora.se"),
             "Deltagare DalaLab",
             """Hej Linnea,

Karin Sundqvist kommer inte att delta i DalaLab längre, hon har gått vidare till annan tjänst.
Vi återkommer om vi hittar någon som kan ta hennes plats.

Göran Eklund
Enhetschef plan, Hedemora kommun
""",
             X("cancel", [P("Karin Sundqvist", None, "Hedemora kommun")], ALL),
             "manager withdraws a colleague without substitute"),

        mail("an114", "2027-03-11T09:58", ("Lena Vikström", "lena.vikstrom@mora.se"),
             "Fwd: DalaLab byte",
             """Hej Linnea, se nedan från Maria som inte kommer åt sin mejl härifrån just nu.

---------- Forwarded message ---------
From: Maria Fält <maria.falt@mora.se>
Date: ons 10 mars 2027 kl 18:02
Subject: DalaLab byte
To: Lena Vikström <lena.vikstrom@mora.se>

Lena, kan du be Linnea byta mig från 29 nov till 22 februari? Tack!
Maria
""",
             X("change", [P("Maria Fält", "maria.falt@mora.se", "Mora kommun")], [S4]),
             "Gmail Fwd: the person is in the forwarded header; forwarder is not a participant"),

        mail("an115", "2027-02-27T18:13", ("Petter Ågren", "petter.agren@malung-salen.se"),
             "DalaLab",
             """Stryk mig från alla utom första träffen.

Skickat från min iPhone
""",
             X("cancel", [P("Petter Ågren", "petter.agren@malung-salen.se", "Malung-Sälens kommun")], [S2, S3, S4]),
             "iPhone: cancel 'alla utom första'"),

        mail("an116", "2027-01-29T10:40", ("Ulrika Sten", "ulrika.sten@avesta.se"),
             "Kost för Johan Alm",
             """Hej,

En uppdatering för vår deltagare Johan Alm som jag anmälde i december: han är vegan.

Mvh Ulrika Sten
Administratör, Samhällsbyggnadsförvaltningen
Avesta kommun
""",
             X("change", [P("Johan Alm", None, "Avesta kommun", diet="vegan")], [], diet="vegan"),
             "administrator updates a participant's diet"),

        tg("an117", "2027-04-01T07:32", "Sofia Marsh", 5876021144,
           """hi, it's Sofia from Mora – can't make it on 3 may anymore, still coming to the rest though""",
           X("cancel", [P("Sofia Marsh", None, "Mora kommun")], [S1]),
           "telegram English partial drop"),

        mail("an118", "2026-12-09T13:00", ("Dalarnas Konferens & Event", "info@dalakonferens-event.se"),
             "Boka er planeringsdag i Falun 2027!",
             """Hej!

Planerar ni workshops eller utbildningsdagar under 2027? Vi erbjuder konferenslokaler i centrala Falun
med lunch och fika från 395 kr/person. Boka före 31 januari och få 15 % rabatt.

Svara på detta mejl för offert.

Dalarnas Konferens & Event AB
""",
             X("unknown"),
             "sales offer mentioning Falun and 2027"),

        mail("an119", "2026-12-15T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Nyhetsbrev: Översiktsplanering december 2026",
             """Nyhetsbrev från Boverket

I detta nummer:
- Nya vägledningen om planeringsstrategi
- Utvecklingsinriktning i ÖP – exempel från tre kommuner
- Seminarier våren 2027

Du får detta mejl eftersom du prenumererar på Boverkets nyhetsbrev. Avsluta prenumeration här.
""",
             X("auto_reply"),
             "newsletter on the same topics"),

        mail("an120", "2027-03-30T16:25", ("Mats Björk", "mats.bjork@borlange.se"),
             "Ändring av anmälan",
             """Hej Linnea,

Jag var anmäld till alla fyra men det har blivit ändrade planer. Kan du ändra min anmälan till bara
3 maj och 22 februari?

Tack!
Mats Björk
Borlänge kommun
""",
             X("change", [P("Mats Björk", "mats.bjork@borlange.se", "Borlänge kommun")], [S1, S4]),
             "change stating the sessions after the change"),

        tg("an121", "2027-02-19T12:04", "Jessica Lund", 6455309871,
           """hej, skriver för anders nyström på vansbro kommun, han e sjukskriven länge. lisa holm går istället på alla träffar""",
           X("change", [P("Anders Nyström", None, "Vansbro kommun"), P("Lisa Holm", None, "Vansbro kommun")], ALL),
           "telegram substitution by a third party in lower case; sender not a participant"),

        mail("an122", "2027-01-21T14:49", ("Karl-Johan Persson", "karl-johan.persson@ludvika.se"),
             "SV: Bekräftelse: DalaLab",
             """Tack! En sak bara: jag kommer inte 29/11, men resten stämmer.

KJ

Karl-Johan Persson | Planchef | Ludvika kommun
0240-860 00

-----Ursprungligt meddelande-----
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 20 januari 2027 09:10
Till: Karl-Johan Persson <karl-johan.persson@ludvika.se>
Ämne: Bekräftelse: DalaLab

Hej Karl-Johan! Du är anmäld till: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027,
22 februari 2028.
""",
             X("cancel", [P("Karl-Johan Persson", "karl-johan.persson@ludvika.se", "Ludvika kommun")], [S3]),
             "Outlook reply dropping one date; quoted confirmation lists all"),

        mail("an123", "2027-04-08T20:17", ("Daniel Whitfield", "d.whitfield84@gmail.com"),
             "Data deletion request",
             """Hello,

I attended the information meeting and signed up for DalaLab last year, but I have now left my job.
Please delete all personal data you hold about me and confirm when done.

Kind regards,
Daniel Whitfield
""",
             X("erasure", [P("Daniel Whitfield", "d.whitfield84@gmail.com", None)]),
             "English erasure from gmail, no organisation"),

        mail("an124", "2027-03-17T10:06", ("Sanna Wiklund", "sanna.wiklund@leksand.se"),
             "Komplettering anmälan Leksand",
             """Hej!

Komplettering till vår anmälan från Leksand: vi vill lägga till Erik Berg (erik.berg@leksand.se)
på träffen den 21 september. Min och Lars anmälningar är oförändrade.

/Sanna Wiklund
Leksands kommun
""",
             X("register", [P("Erik Berg", "erik.berg@leksand.se", "Leksands kommun")], [S2]),
             "adds a colleague to an existing municipal signup; sender's own unchanged"),

        mail("an125", "2027-02-12T08:19", ("Peter Nyberg", "peter.nyberg@sater.se"),
             "byte + kost",
             """Hej

Byt mig till 29 nov istället för 21 sep. Och jag äter numera vegetariskt så vegetarisk lunch tack.

Peter Nyberg
Säters kommun
""",
             X("change", [P("Peter Nyberg", "peter.nyberg@sater.se", "Säters kommun", diet="vegetarisk")], [S3],
               diet="vegetarisk"),
             "swap plus diet in one message"),

        mail("an126", "2027-04-09T12:55", ("Linda Hedlund", "linda.hedlund@alvdalen.se"),
             "DalaLab maj",
             """Hej Linnea,

Tyvärr blir det inget för mig i maj, men jag vill fortfarande vara med i höst och i februari.

Hälsningar Linda Hedlund
Älvdalens kommun
Dalgatan 6, 796 30 Älvdalen
""",
             X("cancel", [P("Linda Hedlund", "linda.hedlund@alvdalen.se", "Älvdalens kommun")], [S1]),
             "drops May (S1), keeps the rest"),

        mail("an127", "2027-01-04T09:30", ("Henrik Sund", "henrik.sund@orsa.se"),
             "Fråga om ombokning",
             """Hej!
Om det skulle krocka längre fram, går det att byta till en annan träff eller skicka en kollega i mitt ställe?
Mvh Henrik Sund, Orsa kommun
""",
             X("question"),
             "hypothetical question about changing later"),

        mail("an128", "2027-01-15T11:02", ("Magnus Troedsson", "magnus.troedsson@regiondalarna.se"),
             "Läst: Bekräftelse: DalaLab",
             """Ditt meddelande

  Till: Magnus Troedsson
  Ämne: Bekräftelse: DalaLab
  Skickat: den 15 januari 2027 10:41

lästes den 15 januari 2027 11:02.
""",
             X("auto_reply"),
             "read receipt"),

        tg("an129", "2027-03-05T13:41", "Ronja Källström", 5092217763,
           """min anmälan gäller som förut, men lägg till min kollega petra sjöberg på alla träffar. vi jobbar båda på smedjebackens kommun""",
           X("register", [P("Petra Sjöberg", None, "Smedjebackens kommun")], ALL),
           "telegram: own signup unchanged, adds a colleague to all sessions"),

        mail("an130", "2027-02-24T15:15", ("Emma Larsson", "emma.larsson@falun.se"),
             "Byte av tillfälle",
             """Hej,

Jag vill hellre gå på träffen om utvecklingsinriktning i ÖP-modellen än den om tillgänglighet.
Kan du byta?

Emma Larsson, Falu kommun
""",
             X("change", [P("Emma Larsson", "emma.larsson@falun.se", "Falu kommun")], [S2]),
             "swap named by themes: new session S2"),

        tg("an131", "2027-03-31T23:02", "Rickard Lund", 6781135420,
           """avanmäl mig från allt. /Rickard, Falun""",
           X("cancel", [P("Rickard Lund", None, "Falu kommun")], ALL),
           "telegram: short cancellation of everything"),

        mail("an132", "2027-02-06T19:37", ("Nils Forsberg", "nils.forsberg@avesta.se"),
             "Re: Bekräftelse: DalaLab",
             """Hej Linnea, sorry men jag måste stryka februari 2028 – vi har fullmäktige den dagen.
Resten är som det var.

Nils

On Tue, 2 Feb 2027 at 08:55, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:
> Hej Nils,
> Du är anmäld till DalaLab: 3 maj, 21 september, 29 november 2027 och 22 februari 2028.
> Vänliga hälsningar, Linnea
""",
             X("cancel", [P("Nils Forsberg", "nils.forsberg@avesta.se", "Avesta kommun")], [S4]),
             "Gmail reply quoting the confirmation; drops February 2028"),

        mail("an133", "2027-03-23T08:28", ("Moa Sandberg", "moa.sandberg@rattvik.se"),
             "VB: DalaLab - kan du ta min plats?",
             """Hej Linnea,

Se nedan. Jag tar alltså Görans platser i DalaLab.

Moa Sandberg
Planarkitekt, Rättviks kommun

Från: Göran Lidberg <goran.lidberg@rattvik.se>
Skickat: den 22 mars 2027 15:03
Till: Moa Sandberg <moa.sandberg@rattvik.se>
Ämne: DalaLab - kan du ta min plats?

Moa, kan du ta min plats på DalaLab? Jag var anmäld till 21/9 och 29/11 men har fått ett
uppdrag som krockar.
/Göran
""",
             X("change", [P("Göran Lidberg", "goran.lidberg@rattvik.se", "Rättviks kommun"),
                          P("Moa Sandberg", "moa.sandberg@rattvik.se", "Rättviks kommun")], [S2, S3]),
             "VB: substitution; the replaced person is only in the forwarded header"),

        mail("an134", "2027-03-01T13:52", ("Anna Grönlund", "anna.gronlund@regiondalarna.se"),
             "Ny arbetsgivare - DalaLab",
             """Hej Linnea!

Kul nog är vi kollegor nu: jag har gått från Borlänge kommun till Region Dalarna, men vill gärna vara kvar
i DalaLab. Min gamla adress anna.gronlund@borlange.se fungerar inte längre, använd den här.

Hälsningar
Anna Grönlund
Regional utveckling, Region Dalarna
""",
             X("change", [P("Anna Grönlund", "anna.gronlund@regiondalarna.se", "Region Dalarna")], []),
             "address and organisation update, no session"),

        mail("an135", "2027-01-13T10:44", ("Olof Strömberg", "olof.stromberg@regiondalarna.se"),
             "Möte om trafikförsörjningsprogrammet",
             """Hej Linnea,

Har du tid för ett kort möte nästa vecka om remissen av trafikförsörjningsprogrammet? Tisdag eller
torsdag eftermiddag passar mig.

/Olof
""",
             X("unknown"),
             "internal mail unrelated to the event"),
    ]
