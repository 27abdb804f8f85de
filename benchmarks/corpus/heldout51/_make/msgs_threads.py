"""Theme "threads" (bb091-bb135): mail that continues an earlier conversation.

Replies on top of our own confirmation mails or of older threads (quoted text with other dates, other
names and all four session dates in it), forwards (VB:/Fwd:/Vidarebefordrat, one double forward) where the
real request sits in the forwarded part, partial cancellations, swaps of sessions (also between two
colleagues), adding a session to an existing signup, moving to another employer, address and name changes,
diet updates and corrections, substitutes, cancellations for illness or parental leave, people leaving the
organisation, erasure requests (GDPR), an out-of-office that mentions parental leave, and a few messages that
only thank or confirm and request nothing (intent unknown).
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


CONF_ALL_INGRID = """> 14 jan. 2027 kl. 10:02 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:
>
> Hej Ingrid Halvarsson!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.
> Du är anmäld till:
>
>  * måndag 3 maj 2027, Falun (fika från 09.30, start 10.00)
>  * tisdag 21 september 2027
>  * måndag 29 november 2027
>  * tisdag 22 februari 2028
>
> Svara på det här mejlet om något behöver ändras.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna"""


def messages():
    return [
        mail("bb091", "2027-03-02T07:48", ("Ingrid Halvarsson", "ingrid.halvarsson@ludvika.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             """Hej,

Tyvärr krockar septemberträffen med en samrådsperiod hos oss, så den får jag stryka. Övriga datum står kvar.

/Ingrid

Skickat från min iPhone

""" + CONF_ALL_INGRID,
             X("cancel", [P("Ingrid Halvarsson", "ingrid.halvarsson@ludvika.se", "Ludvika kommun")], [S2]),
             "partial cancellation 'septemberträffen' on top of a '> ' quoted confirmation listing all four dates; "
             "the quoted dates are not the request"),

        mail("bb092", "2027-02-04T08:05", ("Sellberg Göran", "goran.sellberg@sater.se"), "VB: DalaLab",
             """Hej Linnea!

Annika skickade det här till mig i stället för till er, så jag skickar vidare. Hon har mitt ok.

Hälsningar
Göran Sellberg
Enhetschef Samhällsbyggnad
Säters kommun
0225-554 12

Från: Bergkvist Annika <annika.bergkvist@sater.se>
Skickat: den 3 februari 2027 15:21
Till: Sellberg Göran <goran.sellberg@sater.se>
Ämne: DalaLab

Hej Göran,

Jag skulle vilja vara med i DalaLab som vi pratade om på APT. Kan du anmäla mig? Alla träffarna utom den i februari 2028 – då är jag på kurs. Jag är laktosintolerant om det blir lunch.

/Annika""",
             X("register", [P("Annika Bergkvist", "annika.bergkvist@sater.se", "Säters kommun", "laktosintolerant")],
               [S1, S2, S3], diet="laktosintolerant"),
             "manager forwards (VB:) a colleague's request; the signup is in the forwarded part; 'alla utom den i "
             "februari 2028'; forwarder is not among people; 'Bergkvist Annika' surname-first header"),

        tg("bb093", "2027-03-11T21:14", "Emil", "6021487733",
           """hej! står anmäld till 29/11 men kan jag byta den mot 22/2 istället? Emil Rask, Orsa""",
           X("change", [P("Emil Rask", None, "Orsa kommun")], [S4]),
           "bare swap on Telegram: 29/11 -> 22/2 gives only the new session; phrased as a question but a request"),

        mail("bb094", "2027-02-22T13:37", ("Sofia Hedlund-Ek", "sofia.hedlund-ek@gagnef.se"), "Utöka min anmälan – DalaLab",
             """Hej!

I december anmälde jag mig bara till vårträffen (3 maj) eftersom det var oklart med budgeten för resten av året. Nu har min chef sagt ja till hela lärprojektet, så jag vill gärna vara med på samtliga fyra tillfällen. Går det bra?

Vänliga hälsningar
Sofia Hedlund-Ek
Fysisk planerare
Gagnefs kommun
Tfn 0241-515 00""",
             X("change", [P("Sofia Hedlund-Ek", "sofia.hedlund-ek@gagnef.se", "Gagnefs kommun")], ALL),
             "adding sessions to an existing signup (vårträffen only -> all four); hyphenated surname"),

        mail("bb095", "2027-03-03T10:21", ("Mats Öberg", "mats.oberg@lansstyrelsen.se"), "Ny arbetsgivare – DalaLab",
             """Hej Linnea,

Från 1 mars jobbar jag på Länsstyrelsen Dalarna (enheten för samhällsplanering) i stället för på Borlänge kommun. Jag vill gärna vara kvar i DalaLab på alla fyra träffarna, nu som länsstyrelsens representant. Min gamla adress mats.oberg@borlange.se slutar fungera i slutet av månaden, så använd den här i stället.

Borlänges plats som jag hade blir alltså ledig – Karin Ekman där hör nog av sig om någon annan ska gå.

Hälsningar
Mats Öberg
Planhandläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00 (växel)""",
             X("change", [P("Mats Öberg", "mats.oberg@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
             "moves from Borlänge to Länsstyrelsen; keeps all four; the old borlange.se address must not become a "
             "second person; Karin Ekman is only mentioned"),

        tg("bb096", "2027-04-02T19:40", "Jonna Andersson", "5390218846",
           """Hej! Jag har gift mig och heter numera Jonna Wiik, inte Andersson. Jag är anmäld till alla fyra träffarna från Rättviks kommun. Kan ni ändra namnet så det blir rätt på namnskylten? Tack!""",
           X("change", [P("Jonna Wiik", None, "Rättviks kommun")], ALL),
           "name change on Telegram; the display name still shows the old surname; label the new name"),

        mail("bb097", "2027-02-09T14:02", ("Sjödin Helena", "helena.sjodin@regiondalarna.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej igen!

Jag glömde skriva i anmälan att jag är vegan. Går det att ordna både till fikat och lunchen?

Tack på förhand,
Helena

________________________________
Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 9 februari 2027 11:40
Till: Sjödin Helena <helena.sjodin@regiondalarna.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Helena Sjödin!

Du är nu anmäld till följande träffar i DalaLab:
3 maj 2027 – Hållbar utveckling i ett rumsligt perspektiv (Falun)
29 november 2027 – Att planera både för önskvärda framtider och för osäkerheter

Sista anmälningsdag är 14 april 2027. Svara på detta mejl om du vill ändra något.

Vänliga hälsningar
Linnea Hassis, Region Dalarna""",
             X("change", [P("Helena Sjödin", "helena.sjodin@regiondalarna.se", "Region Dalarna", "vegan")],
               [S1, S3], diet="vegan"),
             "diet added on top of our Outlook-quoted confirmation; her sessions (3/5, 29/11) are stated in the "
             "quoted confirmation"),

        mail("bb098", "2027-04-07T08:30", ("Malin Strömgren", "malin.stromgren@avesta.se"), "Avanmälan 3 maj",
             """Hej,

Jag är sjukskriven på heltid åtminstone till och med maj och måste därför tyvärr avanmäla mig från första träffen den 3 maj. Höstens träffar hoppas jag kunna vara med på, jag hör av mig om det ändras.

Vänliga hälsningar

Malin Strömgren
Samhällsplanerare | Avesta kommun
Postadress: 774 81 Avesta | Besöksadress: Kungsgatan 32
Tel: 0226-64 50 00""",
             X("cancel", [P("Malin Strömgren", "malin.stromgren@avesta.se", "Avesta kommun")], [S1]),
             "partial cancellation for illness: only 3 May; 'höstens träffar' stay and are not a request"),

        mail("bb099", "2027-03-18T16:55", ("Carl-Johan af Ekström", "carl-johan.af.ekstrom@leksand.se"),
             "DalaLab – föräldraledighet",
             """Hej Linnea!

Vi väntar barn i oktober och jag är föräldraledig från mitten av oktober fram till sommaren 2028. Det betyder att jag inte kan delta den 29/11 eller den 22/2. Den 3/5 och 21/9 kommer jag som planerat.

Kanske kan någon kollega ta de två sista träffarna – jag återkommer om det.

Allt gott,
C-J af Ekström
Översiktsplanerare
Leksands kommun""",
             X("cancel", [P("Carl-Johan af Ekström", "carl-johan.af.ekstrom@leksand.se", "Leksands kommun")], [S3, S4]),
             "parental leave: cancels 29/11 and 22/2 only; name with particle, signed with initials"),

        mail("bb100", "2027-03-29T09:12", ("Nyström Peter", "peter.nystrom@hedemora.se"), "SV: SV: Fråga om DalaLab",
             """Hej Linnea,

En uppdatering: jag har fått en tjänst i Uppsala och slutar på Hedemora kommun den 31 maj. Träffen 3 maj går jag på, men från och med september tar min efterträdare Lina Qvist över min plats i DalaLab (lina.qvist@hedemora.se). Hon har fått inbjudan och är med på noterna.

Mvh Peter

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 25 januari 2027 16:02
Till: Nyström Peter <peter.nystrom@hedemora.se>
Ämne: SV: Fråga om DalaLab

Hej Peter! Ja, presentationerna från Boverket läggs ut efter träffen. Vi har även ett digitalt förmöte 19 april kl 13–14 för den som vill.
/Linnea

Från: Nyström Peter <peter.nystrom@hedemora.se>
Skickat: den 25 januari 2027 10:44
Till: Hassis Linnea <linnea.hassis@regiondalarna.se>
Ämne: Fråga om DalaLab

Hej, kommer materialet från första träffen att finnas tillgängligt i efterhand?
Peter Nyström, Hedemora kommun""",
             X("change", [P("Peter Nyström", "peter.nystrom@hedemora.se", "Hedemora kommun"),
                          P("Lina Qvist", "lina.qvist@hedemora.se", "Hedemora kommun")], [S2, S3, S4]),
             "leaving the organisation with a successor from September: people = leaver and substitute; sessions = "
             "what the substitute takes (21/9, 29/11, 22/2); reply on an old thread with other dates (19 april)"),

        mail("bb101", "2027-03-24T15:10", ("Lars Hjort", "lars.hjort@mora.se"), "Radering av personuppgifter (GDPR)",
             """Hej,

Jag avslutar min anställning på Mora kommun på fredag och kommer inte att delta i DalaLab.

Jag begär härmed att Region Dalarna raderar samtliga personuppgifter om mig som hör till anmälan (namn, e-postadress, kostuppgifter m.m.) i enlighet med artikel 17 i dataskyddsförordningen. Bekräfta gärna när det är gjort.

Med vänlig hälsning
Lars Hjort""",
             X("erasure", [P("Lars Hjort", "lars.hjort@mora.se", "Mora kommun")]),
             "leaving the employer plus a formal GDPR erasure; erasure wins over cancel; organisation from domain"),

        mail("bb102", "2027-02-15T10:03", ("Smedjebackens kommun Samhällsbyggnad", "samhallsbyggnad@smedjebacken.se"),
             "Kjell Grahn – DalaLab",
             """Hej,

Kjell Grahn har avslutat sin anställning hos Smedjebackens kommun. Han kommer därför inte att delta i DalaLab – vänligen stryk honom från samtliga träffar. Vi återkommer om vi vill anmäla någon annan i hans ställe.

Med vänlig hälsning
Birgitta Åhs
Administratör, Samhällsbyggnadsförvaltningen
Smedjebackens kommun

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det.""",
             X("cancel", [P("Kjell Grahn", None, "Smedjebackens kommun")], ALL),
             "function mailbox cancels a colleague who has left; sender not in people; possible later replacement "
             "is no registration"),

        mail("bb103", "2027-01-19T12:31", ("Oskar Lindh", "oskar.lindh@falun.se"),
             "Sv: Bekräftelse: din anmälan till DalaLab",
             """Tack! Ser fram emot det 😊

Skaffa Outlook för Android

Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: tisdag, januari 19, 2027 11:58
Till: Oskar Lindh <oskar.lindh@falun.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Oskar Lindh!

Tack för din anmälan. Du är anmäld till alla fyra träffarna:
- 3 maj 2027 (Falun)
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Välkommen!
Linnea Hassis, Region Dalarna""",
             X("unknown"),
             "thanks only, on top of a quoted confirmation with all four dates; nothing to do"),

        mail("bb104", "2027-03-17T08:40", ("Eva Brandt", "eva.brandt@regiondalarna.se"), "Fwd: DalaLab – can I join?",
             """Hej Linnea,

Tom börjar hos oss på Regional utveckling den 1 augusti och vill vara med i DalaLab från hösten. Kan du registrera honom? Hans mejl här på regionen är inte aktivt än, så använd gärna hans privata tills vidare.

/Eva

---------- Forwarded message ---------
From: Tom Whitfield <tom.whitfield@outlook.com>
Date: Tue, 16 Mar 2027 at 21:08
Subject: DalaLab – can I join?
To: Eva Brandt <eva.brandt@regiondalarna.se>

Hi Eva,

Great talking to you last week. I saw the DalaLab invitation – would it be possible for me to take part from the autumn onwards, i.e. 21 September, 29 November and 22 February? The May session is before my start date, so I'll skip that one.

Best,
Tom""",
             X("register", [P("Tom Whitfield", "tom.whitfield@outlook.com", "Region Dalarna")], [S2, S3, S4]),
             "Swedish top + English forwarded request; new Region employee with a private address; forwarder not "
             "among people"),

        tg("bb105", "2027-04-05T22:17", "Hampus", "7719302281",
           """kan inte måndagen i november tyvärr, nämndmöte. resten står kvar /hampus lind borlänge""",
           X("cancel", [P("Hampus Lind", None, "Borlänge kommun")], [S3]),
           "lower-case partial cancellation by weekday + month ('måndagen i november' = 29/11)"),

        mail("bb106", "2027-03-08T11:26", ("Daniel Eklund", "daniel.eklund@borlange.se"), "Byte mellan oss på DalaLab",
             """Hej!

Ellen Forsberg och jag har bytt träffar med varandra. Jag var anmäld till 29 november och Ellen till 21 september, men nu blir det tvärtom: jag går 21/9 och Ellen 29/11. Antalet från oss blir ju detsamma.

/Daniel Eklund, Borlänge kommun""",
             X("change", [P("Daniel Eklund", "daniel.eklund@borlange.se", "Borlänge kommun"),
                          P("Ellen Forsberg", None, "Borlänge kommun")], [S2, S3]),
             "two colleagues swap sessions with each other; both people; sessions = union after the change "
             "(Daniel 21/9, Ellen 29/11)"),

        mail("bb107", "2027-01-27T09:55", ("Stina Holm", "stina.holm@falun.se"), "Rättelse e-postadress",
             """Hej,

När jag anmälde mig den 10 januari skrev jag tydligen fel adress (stina.holm@falun.com) – därför har jag inte fått någon bekräftelse. Rätt adress är stina.holm@falun.se, alltså den jag skriver från nu.

Jag ska vara med 3 maj och 21 september.

Stina Holm
Falu kommun, Stadsbyggnadsförvaltningen""",
             X("change", [P("Stina Holm", "stina.holm@falun.se", "Falu kommun")], [S1, S2]),
             "address correction; the mistyped falun.com address is not a second person; 10 januari is not a session"),

        tg("bb108", "2027-03-21T10:12", "Maja Tallroth", "1184520937",
           """Hej! Jag är anmäld till alla fyra träffarna via mejl (Maja Tallroth, Säter). Fick precis veta att jag har celiaki, så jag behöver äta glutenfritt på fika och lunch 🙏""",
           X("change", [P("Maja Tallroth", None, "Säters kommun", "glutenfritt")], ALL, diet="glutenfritt"),
           "diet update on Telegram for an existing e-mail signup; sessions stated (all four)"),

        tg("bb109", "2027-02-26T17:45", "Rob Carter", "8843017729",
           """Hi, please delete my data and stop sending me messages. I'm not attending DalaLab.""",
           X("erasure", [P("Rob Carter", None, None)]),
           "English erasure on Telegram; people = sender, no address, no organisation"),

        mail("bb110", "2027-02-16T08:12", ("Ahlin Kristoffer", "kristoffer.ahlin@vansbro.se"), "SV: VB: Inbjudan DalaLab",
             """Hej Linnea,

Vi har stämt av internt (se nedan). Anmäl Sara Wennberg och mig till träffarna 21/9 och 29/11. Våren är för full för oss.

Kristoffer Ahlin
Plan- och byggchef, Vansbro kommun

Från: Wennberg Sara <sara.wennberg@vansbro.se>
Skickat: den 8 februari 2027 14:12
Till: Ahlin Kristoffer <kristoffer.ahlin@vansbro.se>
Ämne: SV: VB: Inbjudan DalaLab

Jag hinner inte 3 maj, då har vi granskningen av ÖP. Men hösten funkar. Vi tar det på APT 15/2?
/Sara

Från: Ahlin Kristoffer
Skickat: den 8 februari 2027 09:30
Till: Wennberg Sara
Ämne: VB: Inbjudan DalaLab

Ska vi gå på den här?

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 18 december 2026 13:05
Ämne: Inbjudan DalaLab

Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft! Träffar: 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028. Upp till tre personer per kommun. Anmälan senast 14 april 2027.""",
             X("register", [P("Kristoffer Ahlin", "kristoffer.ahlin@vansbro.se", "Vansbro kommun"),
                            P("Sara Wennberg", "sara.wennberg@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "manager's reply on top of an internal thread and the quoted invitation; Sara's address from the "
             "quoted header; 3 maj and 15/2 in the thread are not the request"),

        mail("bb111", "2027-02-02T10:44", ("Anneli Grönberg", "anneli.gronberg@leksand.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej, allt stämmer. Jag kommer på båda. Tack för snabbt svar!
/Anneli

-----Ursprungligt meddelande-----
Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 09:15
Till: Grönberg Anneli <anneli.gronberg@leksand.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Anneli Grönberg!
Du är anmäld till DalaLab den 21 september 2027 och den 22 februari 2028.
Stämmer något inte? Svara på detta mejl.
Linnea Hassis, Region Dalarna""",
             X("unknown"),
             "confirms the confirmation ('allt stämmer, jag kommer på båda'): no new request, nothing to change"),

        mail("bb112", "2027-01-12T09:03", ("Therese Gran", "therese.gran@orsa.se"),
             "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
             """Hej!

Jag är föräldraledig till och med 31 augusti 2027 och läser inte min e-post. Brådskande ärenden: kontakta planeringsavdelningen på 0250-552 00 eller Hugo Pettersson, hugo.pettersson@orsa.se.

I am on parental leave until 31 August 2027.

Therese Gran
Orsa kommun""",
             X("auto_reply"),
             "out-of-office reply to our confirmation that mentions parental leave and another person: auto_reply, "
             "not a cancellation"),

        mail("bb113", "2027-04-09T14:20", ("Anna-Karin Söderberg", "annakarin.soderberg@ludvika.se"), "Rolf Dahl – DalaLab",
             """Hej,

Rolf Dahl på vår planenhet är långtidssjukskriven och kommer inte att kunna delta på någon av träffarna under 2027. Stryk honom från dem, tack. Februariträffen 2028 låter vi stå kvar tills vidare – vi vet mer efter sommaren.

Hälsningar
Anna-Karin Söderberg
Avdelningschef Samhällsplanering
Ludvika kommun""",
             X("cancel", [P("Rolf Dahl", None, "Ludvika kommun")], [S1, S2, S3]),
             "manager cancels a sick colleague for the three 2027 sessions; February 2028 stays; sender not in people"),

        tg("bb114", "2027-04-10T07:58", "Frida Holmgren", "5501748260",
           """Hej, Frida här från Älvdalen. Jag kan tyvärr inte komma 3 maj, min kollega Nils Ahl går i mitt ställe. Han finns på nils.ahl@alvdalen.se om ni behöver nå honom.""",
           X("change", [P("Frida Holmgren", None, "Älvdalens kommun"),
                        P("Nils Ahl", "nils.ahl@alvdalen.se", "Älvdalens kommun")], [S1]),
           "substitute for 3 May via Telegram; people = sender (out) and Nils (in) with his address"),

        mail("bb115", "2027-03-22T09:15", ("Maria Hellström", "maria.hellstrom@avesta.se"), "Fwd: avanmälan DalaLab",
             """Hej! Se nedan från Bengt.
/Maria

---------- Vidarebefordrat meddelande ---------
Från: Bengt Rydén <bengt.ryden@avesta.se>
Date: mån 22 mars 2027 kl 07:51
Subject: avanmälan DalaLab
To: Maria Hellström <maria.hellstrom@avesta.se>

Hej Maria, du som anmälde mig till DalaLab – kan du avanmäla mig? Jag har bytt tjänst internt och jobbar inte med översiktsplanering längre. Det gäller alla träffarna.

Bengt""",
             X("cancel", [P("Bengt Rydén", "bengt.ryden@avesta.se", "Avesta kommun")], ALL),
             "cancellation inside a Gmail-style Swedish forward; the forwarder is not among people"),

        mail("bb116", "2027-03-30T15:42", ("Jens Källström", "jens.kallstrom@rattvik.se"), "DalaLab v 38",
             """Hej,

jag måste stryka mig från träffen v. 38 – kommunfullmäktige har flyttat sitt sammanträde till samma dag och jag ska föredra ett ärende. Övriga står kvar!

/Jens

Jens Källström | Planarkitekt
Rättviks kommun | Storgatan 16, 795 80 Rättvik""",
             X("cancel", [P("Jens Källström", "jens.kallstrom@rattvik.se", "Rättviks kommun")], [S2]),
             "partial cancellation by week number (v. 38 = 21/9)"),

        mail("bb117", "2027-03-05T13:14", ("Petra Jons", "petra.jons@malung-salen.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             """Hej!

Kan ni lägga till min kollega Hussein Farah på samma träffar som jag? Han är nyanställd och har ingen egen mejladress ännu, så skicka gärna information till mig så länge.

Hälsningar
Petra Jons
Malung-Sälens kommun

Den tis 2 mars 2027 kl. 08:47 skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:
> Hej Petra Jons!
> Du är anmäld till följande träffar i DalaLab:
> tisdag 21 september 2027
> tisdag 22 februari 2028
> Hör av dig om något ska ändras.
> Linnea Hassis, Region Dalarna""",
             X("register", [P("Hussein Farah", None, "Malung-Sälens kommun")], [S2, S4]),
             "adds a colleague to 'samma träffar som jag': his sessions come from the quoted confirmation; the "
             "sender's own signup stands, so she is not among people"),

        mail("bb118", "2027-04-01T11:03", ("Kajsa Öhman", "kajsa.ohman@lansstyrelsen.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """Hej!

I bekräftelsen står 10.00–15.00, men i inbjudan stod det fika från 9.30. Hinner man med tåget från Mora som är framme i Falun 9.40, eller missar man något viktigt då? Och var i Falun är det?

Kajsa

Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 29 mars 2027 14:10
Till: Öhman Kajsa <kajsa.ohman@lansstyrelsen.se>
Ämne: Bekräftelse: din anmälan till DalaLab

Hej Kajsa Öhman! Du är anmäld till DalaLab måndag 3 maj 2027, 10.00–15.00, Falun.""",
             X("question"),
             "practical questions on top of a confirmation; books nothing"),

        mail("bb119", "2027-01-08T16:20", ("Pernilla Ohlsson-Vik", "pernilla.ohlsson-vik@borlange.se"), "Ta bort mig",
             """Hej.

Jag får mejl om DalaLab trots att jag aldrig anmält mig – någon måste ha skrivit upp mig av misstag. Ta bort mig från alla utskick och radera mina personuppgifter.

Pernilla Ohlsson-Vik""",
             X("erasure", [P("Pernilla Ohlsson-Vik", "pernilla.ohlsson-vik@borlange.se", "Borlänge kommun")]),
             "erasure without the word GDPR; hyphenated surname; organisation from domain"),

        mail("bb120", "2027-03-14T20:06", ("tobias strand", "tobias.strand@smedjebacken.se"), "byte",
             """hej

kan jag flytta mig från septemberträffen till den i februari istället? blir en resa i sept som inte går att ändra.

mvh tobias strand
smedjebackens kommun""",
             X("change", [P("Tobias Strand", "tobias.strand@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "lower-case bare move from September to February: only the new session"),

        mail("bb121", "2027-03-25T12:00", ("Jenny Morin", "jenny.morin@rattvik.se"), "Byter kommun – DalaLab",
             """Hej Linnea,

Jag har fått nytt jobb i Leksand och slutar i Rättvik den 31 mars. Jag vill gärna fortsätta i DalaLab, men då för Leksands kommun – min nya adress blir jenny.morin@leksand.se från 1 april. Jag har förstått att Leksand bara har två anmälda, så det borde finnas plats.

Min plats för Rättvik tar Ylva Sand över. Hon går på samma träffar som jag, alltså alla fyra.

Tack och hej!
Jenny Morin
Rättviks kommun (t.o.m. 31/3)""",
             X("change", [P("Jenny Morin", "jenny.morin@leksand.se", "Leksands kommun"),
                          P("Ylva Sand", None, "Rättviks kommun")], ALL, unsure=["organisation"]),
             "moves employer (Rättvik -> Leksand, new address given) and hands her Rättvik place to Ylva Sand; all "
             "four for both; the sender's rattvik.se address is the old one"),

        tg("bb122", "2027-02-11T19:22", "Linus Berg", "6633910274",
           """tack för bekräftelsen! 👍 ses i maj""",
           X("unknown"),
           "thanks only on Telegram; 'ses i maj' is no signup"),

        mail("bb123", "2027-04-06T16:30", ("Anja Kowalski", "anja.kowalski@falun.se"), "Re: Bekräftelse: din anmälan till DalaLab",
             """Hi Linnea,

Unfortunately I won't be able to make the November session – I'll be at a conference in Oslo 28–30 Nov. Please keep me registered for the other three.

Kind regards,
Anja Kowalski
Urban planner, Falu kommun

On 20 Jan 2027, at 14:05, DalaLab anmälan <linnea.hassis@regiondalarna.se> wrote:
> Hej Anja Kowalski!
> Du är anmäld till DalaLab:
> - 3 maj 2027
> - 21 september 2027
> - 29 november 2027
> - 22 februari 2028
> Linnea Hassis, Region Dalarna""",
             X("cancel", [P("Anja Kowalski", "anja.kowalski@falun.se", "Falu kommun")], [S3]),
             "English partial cancellation on top of a Swedish quoted confirmation; '28–30 Nov' conference dates"),

        mail("bb124", "2027-02-18T13:50", ("Sven-Erik Mattsson", "sven-erik.mattsson@gagnef.se"), "Kostuppgift Åsa Lind",
             """Hej Linnea!

En kostuppdatering för min kollega Åsa Lind, som är anmäld till träffen 3 maj: hon äter numera pescetariskt (alltså inget kött, men fisk går bra). Hon bad mig meddela er eftersom hon är på semester.

/Sven-Erik Mattsson
Gagnefs kommun""",
             X("change", [P("Åsa Lind", None, "Gagnefs kommun", "pescetariskt")], [S1], diet="pescetariskt"),
             "diet update for a colleague; sender not in people; her one session is stated"),

        mail("bb125", "2027-03-26T10:05", ("Gunilla Ek", "gunilla.ek@mora.se"), "DalaLab 3/5 – en färre från Mora",
             """Hej,

Av oss tre från Mora som är anmälda kan bara två komma den 3/5. Kim Lundell har tillsyn den dagen och stannar hemma. Jag och Lars kommer som planerat, och Kim är med igen i september.

Gunilla Ek
Mora kommun""",
             X("cancel", [P("Kim Lundell", None, "Mora kommun")], [S1]),
             "one of a group cancels one session; sender and Lars keep theirs and are not among people"),

        mail("bb126", "2027-03-19T15:05", ("Lövgren Marie", "marie.lovgren@regiondalarna.se"), "SV: workshop 10 mars",
             """Hej Linnea!

Som jag nämnde när vi sågs på nätverksträffen 14 mars slutar jag på regionen sista april. Du kan därför stryka mig från DalaLab helt. Jag har tipsat Erik på min enhet, han hör av sig själv om han vill vara med.

Tack för ett fint samarbete!
Marie

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 2 februari 2027 08:17
Till: Lövgren Marie <marie.lovgren@regiondalarna.se>
Ämne: SV: workshop 10 mars

Hej Marie, absolut, jag bokar rummet 10 mars 13–16. Vi ses på nätverksträffen den 14:e också.
/L""",
             X("cancel", [P("Marie Lövgren", "marie.lovgren@regiondalarna.se", "Region Dalarna")], ALL),
             "leaving the organisation, cancels everything, as a reply on an unrelated old thread with other dates; "
             "Erik may write himself and is not among people"),

        tg("bb127", "2027-03-31T08:45", "Gunnar Westin", "4470185523",
           """Hej. Jag går i pension i april och kommer inte vara med i DalaLab. Avanmäl mig och radera gärna alla mina uppgifter hos er. Mvh Gunnar Westin, Hedemora kommun""",
           X("erasure", [P("Gunnar Westin", None, "Hedemora kommun")], unsure=["intent"]),
           "retirement: cancel and erase in one message -> erasure (which removes the signup too)"),

        mail("bb128", "2027-03-10T09:30", ("Region Dalarna Kundtjänst", "kundtjanst@regiondalarna.se"),
             "VB: VB: Anmälan DalaLab",
             """Hej Linnea,

vidarebefordrar – detta hamnade hos oss.

Mvh
Jonas, Kundtjänst Region Dalarna

Från: Registrator Orsa kommun <registrator@orsa.se>
Skickat: den 9 mars 2027 10:02
Till: info@regiondalarna.se
Ämne: VB: Anmälan DalaLab

Vidarebefordras enligt önskemål.

Orsa kommun, Registraturen

Från: Ronja Eriksson <ronja.eriksson@orsa.se>
Skickat: den 8 mars 2027 16:40
Till: Registrator Orsa kommun <registrator@orsa.se>
Ämne: Anmälan DalaLab

Hej! Kan ni skicka vidare det här till den som tar emot anmälningar till Region Dalarnas DalaLab?

Jag och min kollega Tove Mäki vill anmäla oss till de två första träffarna (3 maj och 21 sept).

Ronja Eriksson
Översiktsplanerare, Orsa kommun""",
             X("register", [P("Ronja Eriksson", "ronja.eriksson@orsa.se", "Orsa kommun"),
                            P("Tove Mäki", None, "Orsa kommun")], [S1, S2]),
             "double forward from two function mailboxes; the signup is the innermost message; neither forwarder "
             "is among people"),

        tg("bb129", "2027-02-27T12:10", "Karl N", "7208461135",
           """lägg till mig på tillgänglighetsträffen också! är redan anmäld till den om osäkerheter. /Karl Nyberg, Avesta""",
           X("change", [P("Karl Nyberg", None, "Avesta kommun")], [S3, S4]),
           "adds a session by theme (tillgänglighet = 22/2) to an existing one by theme (osäkerheter = 29/11)"),

        mail("bb130", "2027-03-09T13:48", ("Nora Berglund", "nora.berglund@ludvika.se"), "SV: Avanmälan 3 maj",
             """Hej igen!

Förra veckan avanmälde jag mig från 3 maj, men nu har mötet jag skulle på flyttats – så jag kan komma ändå. Kan ni lägga tillbaka mig? Förlåt för krånglet!

Nora

Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 2 mars 2027 15:30
Till: Berglund Nora <nora.berglund@ludvika.se>
Ämne: SV: Avanmälan 3 maj

Hej Nora! Du är nu avanmäld från träffen 3 maj 2027. Du är fortfarande anmäld till 21 september 2027, 29 november 2027 och 22 februari 2028.
/Linnea

Från: Berglund Nora <nora.berglund@ludvika.se>
Skickat: den 2 mars 2027 14:51
Ämne: Avanmälan 3 maj

Hej, jag kan inte komma 3 maj. Övriga träffar står kvar. /Nora Berglund, Ludvika""",
             X("change", [P("Nora Berglund", "nora.berglund@ludvika.se", "Ludvika kommun")], ALL),
             "undoes an earlier partial cancellation (3 maj back); the quoted reply states her other three "
             "sessions -> all four after the change; the subject says 'Avanmälan'"),

        mail("bb131", "2027-02-24T08:59", ("Dahlgren, Camilla", "camilla.dahlgren@alvdalen.se"),
             "SV: Bekräftelse: din anmälan till DalaLab",
             """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>En rättelse till min anmälan: jag skrev laktosfri, men det ska vara <b>nötallergi</b> (jordnötter och mandel). Laktos går bra.</p>
<p>Hälsningar<br>Camilla Dahlgren<br>Samhällsplanerare, Älvdalens kommun</p>
</div>
<hr>
<div><b>Från:</b> DalaLab anmälan &lt;linnea.hassis@regiondalarna.se&gt;<br>
<b>Skickat:</b> den 23 februari 2027 16:20<br>
<b>Till:</b> Dahlgren, Camilla &lt;camilla.dahlgren@alvdalen.se&gt;<br>
<b>Ämne:</b> Bekräftelse: din anmälan till DalaLab</div>
<p>Hej Camilla Dahlgren!<br>Du är anmäld till DalaLab tisdag 21 september 2027 och måndag 29 november 2027.<br>Kost: laktosfri.</p>
</body></html>""",
             X("change", [P("Camilla Dahlgren", "camilla.dahlgren@alvdalen.se", "Älvdalens kommun", "nötallergi")],
               [S2, S3], diet="nötallergi"),
             "HTML-only diet correction on top of a confirmation; the old diet 'laktosfri' is not the diet; "
             "surname-first display name; sessions from the quoted confirmation", html=True),

        mail("bb132", "2027-04-08T07:15", ("Ulf Norell", "ulf.norell@malung-salen.se"), "Ändring 3/5",
             """Hej,

Ändring för träffen 3/5:

Wikström, Lena – sjukskriven, utgår
Berg, Ola – går istället

Ola nås via mig tills vidare.

/Ulf Norell
Stadsarkitekt, Malung-Sälens kommun""",
             X("change", [P("Lena Wikström", None, "Malung-Sälens kommun"),
                          P("Ola Berg", None, "Malung-Sälens kommun")], [S1]),
             "terse substitution in 'Efternamn, Förnamn' form by a manager; sender not in people"),

        mail("bb133", "2027-03-12T10:40", ("Amira Hassan", "amira.hassan@borlange.se"), "Fråga om plats i DalaLab",
             """Hej!

Jag är anmäld till alla fyra träffarna men går på föräldraledighet i augusti. Får en kollega ta över min plats för höstens träffar och den i februari, eller behöver hen anmäla sig själv? Vi vet inte riktigt vem det blir än.

Tack,
Amira Hassan
Borlänge kommun""",
             X("question"),
             "question about handing over a place during parental leave; no cancellation or substitution yet"),

        mail("bb134", "2027-01-21T15:55", ("Daniel Okafor", "daniel.okafor@regiondalarna.se"),
             "RE: Bekräftelse: din anmälan till DalaLab",
             """Hi Linnea,

Just confirming I got the confirmation and the calendar invites – all four dates are in my calendar now. See you in Falun on 3 May!

Cheers,
Daniel

Daniel Okafor
Analyst, Regional utveckling
Region Dalarna""",
             X("unknown"),
             "English confirm-only reply; names a date but requests nothing"),

        mail("bb135", "2027-04-01T13:20", ("Karin Fält", "karin.falt@lansstyrelsen.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             """Hej,

Vi tre från länsstyrelsen (se nedan) kan tyvärr inte den sista träffen – den krockar med länsledningens planeringsdagar. Stryk oss från den, övriga gäller.

Hälsningar
Karin Fält
Länsstyrelsen Dalarna

Från: DalaLab anmälan <linnea.hassis@regiondalarna.se>
Skickat: den 15 januari 2027 09:40
Till: Fält Karin <karin.falt@lansstyrelsen.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Karin!

Följande personer från Länsstyrelsen Dalarna är anmälda till alla fyra träffarna (3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028):

Karin Fält, karin.falt@lansstyrelsen.se
Johan Ceder, johan.ceder@lansstyrelsen.se
Marta Nowak, marta.nowak@lansstyrelsen.se

Välkomna!
Linnea Hassis, Region Dalarna""",
             X("cancel", [P("Karin Fält", "karin.falt@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Johan Ceder", "johan.ceder@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Marta Nowak", "marta.nowak@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
             "group partial cancellation of 'den sista träffen'; the three people are named only in the quoted "
             "confirmation"),
    ]
