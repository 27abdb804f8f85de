from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        mail("v046", "2026-12-02T08:47:00", ("Persson Lars-Göran", "lars-goran.persson@avesta.se"),
             "SV: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej Linnea,

Tack för inbjudan! Jag vill gärna vara med på de två första träffarna (3 maj och 21 september). Hur det blir med de två sista vet jag inte ännu – vi har en omorganisation på gång som ska vara klar till 1 januari, så jag hör av mig om dem längre fram.

Vänliga hälsningar

Lars-Göran Persson
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Avesta kommun

Besöksadress: Kungsgatan 32, Avesta
Postadress: 774 81 Avesta
Tel: 0226-64 50 00 (växel), direkt 0226-64 51 27
Mobil: 070-312 44 19
Kundcenter har öppet mån–tors 8.00–16.30, fre 8.00–15.00. Lunchstängt 12–13.
www.avesta.se

När du skickar e-post till Avesta kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer på www.avesta.se/personuppgifter

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:15
Till: Persson Lars-Göran <lars-goran.persson@avesta.se>; Planerare Dalarna <planerare-dalarna@regiondalarna.se>
Ämne: Inbjudan till DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för hållbarhet och utvecklingskraft. Projektet består av fyra träffar:

Träff 1: 3 maj 2027 kl. 10–15 (fika från 09.30), Falun. Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering – tillsammans med Boverket.
Träff 2: 21 september 2027. Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
Träff 3: 29 november 2027. Att planera både för önskvärda framtider och för osäkerheter.
Träff 4: 22 februari 2028. Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet.

Varje kommun kan delta med upp till tre personer. Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Ange namn, organisation, vilka träffar du vill delta i och eventuell specialkost.

Med vänlig hälsning
Linnea Hassis
Regional utveckling, Region Dalarna""",
             X("register", [P("Lars-Göran Persson", "lars-goran.persson@avesta.se", "Avesta kommun")], [S1, S2]),
             "Outlook reply on top of the quoted invitation (all four dates, deadline); 'de två första' with dates in "
             "brackets -> 3 May + 21 Sep; 'hör av mig om dem längre fram' is no signup; 1 januari, opening hours "
             "and phone numbers in the signature"),

        mail("v047", "2026-12-09T13:22:00", ("Ulf Granberg", "ulf.granberg@ludvika.se"), "VB: DalaLab anmälan?",
             """Hej Linnea!

Se nedan från Fatima – anmäl henne gärna enligt hennes önskemål. Jag har godkänt det från vår sida.

Ulf

Ulf Granberg
Enhetschef Plan och bygg | Ludvika kommun
0240-860 00 | ulf.granberg@ludvika.se

Från: Al-Sayed Fatima <fatima.al-sayed@ludvika.se>
Skickat: den 8 december 2026 16:40
Till: Granberg Ulf <ulf.granberg@ludvika.se>
Ämne: DalaLab anmälan?

Hej Ulf,

Regionen har skickat ut inbjudan till DalaLab (har du sett den?). Jag skulle gärna gå, det passar bra med ÖP-arbetet som vi drar igång i vår. Men 29 november kan jag inte eftersom vi har våra planeringsdagar i Grängesberg 29–30 november, så alla träffar utom den. Kan du kolla om det är ok och i så fall anmäla mig? Anmälan ska in senast 14 april.

Vi kan prata mer om det på APT:n 15 december.

/Fatima""",
             X("register", [P("Fatima Al-Sayed", "fatima.al-sayed@ludvika.se", "Ludvika kommun")], [S1, S2, S4]),
             "manager forwards colleague's internal mail with 'anmäl henne enligt hennes önskemål': person, address "
             "and sessions ('alla utom 29 november') only in the forwarded part; sender not registered; 29–30 nov "
             "planning days, 15 dec APT, deadline are noise"),

        mail("v048", "2026-12-03T21:14:00", ("Malin Östlund", "malin.ostlund@rattvik.se"), "Re: Inbjudan DalaLab",
             """Hej Linnea!

Jag och min kollega Johan Ek (johan.ek@rattvik.se) kommer gärna på alla fyra träffarna. Johan äter vegetariskt, jag äter allt :)

Hälsningar
Malin Östlund
Planeringsarkitekt, Rättviks kommun
Storgatan 2, 795 80 Rättvik
0248-70 000

Den tis 1 dec. 2026 kl 10:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej!
>
> Välkommen att anmäla dig till DalaLab – Planering för hållbarhet och
> utvecklingskraft, ett lärprojekt för kommunernas och regionens planerare.
>
> - 3 maj 2027, Falun: Hållbar utveckling i ett rumsligt perspektiv (med
> Boverket)
> - 21 september 2027: Utvecklingsinriktning i ÖP-modellen
> - 29 november 2027: Önskvärda framtider och osäkerheter
> - 22 februari 2028: Planera för tillgänglighet
>
> Upp till tre personer per kommun. Sista dag för anmälan är 14 april 2027.
>
> Linnea Hassis
> Region Dalarna""",
             X("register", [P("Malin Östlund", "malin.ostlund@rattvik.se", "Rättviks kommun"),
                            P("Johan Ek", "johan.ek@rattvik.se", "Rättviks kommun", diet="vegetariskt")], ALL,
               diet="vegetariskt"),
             "Gmail reply, self + colleague with address in brackets; 'alla fyra' -> all; diet belongs to the "
             "colleague only ('jag äter allt'); '>'-quoted invitation with all dates"),

        mail("v049", "2027-02-11T07:58:00", ("Per-Anders Lindh", "per-anders.lindh@falun.se"),
             "SV: Bekräftelse anmälan DalaLab",
             """Hej,

Tyvärr krockar 21 september med kommunfullmäktiges budgetdag (jag klistrar in Sannas mejl nedan), så jag behöver stryka mig från den träffen. Övriga tre står kvar.

Mvh
Per-Anders Lindh
Strategisk samhällsplanerare
Falu kommun, Stadsbyggnadsförvaltningen
Besök: Stadshuset, Slottsgatan 1, Falun
Tel 023-830 00
Tänk på miljön innan du skriver ut detta mejl.

---- inklistrat ----
Från: Sanna Öhrn <sanna.ohrn@falun.se>
Skickat: den 10 februari 2027 15:02
Till: Stadsbyggnad – planerare
Ämne: Viktiga datum hösten 2027

Hej alla,
Kommunfullmäktiges budgetdag är flyttad till tisdag 21 september. Alla strategiska planerare förväntas vara på plats hela dagen. Övriga datum: KS-beredning 7 september, nämndsammanträde 28 september.
/Sanna
-------------------

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 5 januari 2027 09:31
Till: Lindh Per-Anders <per-anders.lindh@falun.se>
Ämne: Bekräftelse anmälan DalaLab

Hej Per-Anders!

Tack för din anmälan. Du är anmäld till:
- 3 maj 2027
- 21 september 2027
- 29 november 2027
- 22 februari 2028

Välkommen!
Linnea""",
             X("cancel", [P("Per-Anders Lindh", "per-anders.lindh@falun.se", "Falu kommun")], [S2]),
             "partial cancellation of 21 Sep; pasted internal mail gives the reason and other September dates (7, 28 "
             "Sep) that are not sessions; quoted confirmation lists all four"),

        tg("v050", "2027-01-18T19:36:00", "Petter Wikström", 70311,
           """Hej! Min kollega skickade detta till mig på Teams, jag klistrar in:

"Hej Petter, kan du anmäla mig också när du ändå anmäler dig till DalaLab? Sanna Holm, sanna.holm@orsa.se. Jag är ledig vecka 8 men februariträffen är ju 2028 så det krockar inte"

Så: anmäl mig (Petter Wikström) och Sanna Holm, båda Orsa kommun, till alla träffarna. Tack!""",
           X("register", [P("Petter Wikström", None, "Orsa kommun"),
                          P("Sanna Holm", "sanna.holm@orsa.se", "Orsa kommun")], ALL),
           "Telegram with a pasted Teams message from the colleague (her address only there); self + colleague; "
           "'alla träffarna' -> all; 'vecka 8' is not a session; sender has no address"),

        mail("v051", "2027-01-27T10:05:00", ("Katarina von Schantz", "katarina.vonschantz@sater.se"),
             "SV: SV: Bekräftelse DalaLab",
             """Hej Linnea,

Enligt tråden nedan har jag nu fått klartecken från min chef. Jag är ju redan anmäld till 3 maj – kan du lägga till de tre övriga träffarna också (21/9, 29/11 och 22/2)?

Tack på förhand!
Katarina

Katarina von Schantz
Planarkitekt
Säters kommun | Samhällsbyggnad
Rådhusgatan 1, 783 27 Säter
Växel 0225-550 00
Telefontid mån–fre 9–11

Från: Berg Mikael <mikael.berg@sater.se>
Skickat: den 26 januari 2027 17:12
Till: von Schantz Katarina <katarina.vonschantz@sater.se>
Ämne: SV: Bekräftelse DalaLab

Kör på alla fyra! Vi tar det från kompetensutvecklingsbudgeten. Glöm inte att vi har medarbetarsamtal 3 februari.
/Micke

Från: von Schantz Katarina
Skickat: den 25 januari 2027 08:44
Till: Berg Mikael
Ämne: VB: Bekräftelse DalaLab

Hej Micke, jag anmälde mig bara till första träffen i december eftersom jag var osäker på budgeten. Får jag gå på resten också?

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 11:20
Till: von Schantz Katarina
Ämne: Bekräftelse DalaLab

Hej Katarina! Du är anmäld till träff 1, 3 maj 2027, i Falun. Mer information om program och lokal kommer i april.
Hälsningar Linnea""",
             X("change", [P("Katarina von Schantz", "katarina.vonschantz@sater.se", "Säters kommun")], ALL),
             "change: already on 3 May, add the other three -> all four after the change; particle surname 'von "
             "Schantz'; three quoted levels (manager approval, own question, confirmation); 3 februari is a meeting"),

        mail("v052", "2027-02-02T14:48:00", ("Bengt Ohlsson", "bengt.ohlsson@gagnef.se"),
             "SV: DalaLab – fråga om anmälan",
             """Hej Linnea!

En fråga innan vi anmäler oss, se diskussionen nedan: behöver samma person gå på alla fyra träffarna, eller går det bra att anmäla olika personer till olika träffar så länge vi är max tre från kommunen?

Bengt

Bengt Ohlsson
Planchef
Gagnefs kommun
Besöksadress: Kommunhuset, Djurås
Tel 0241-150 00 | Mobil 070-655 12 80

Från: Noor Ahmed <ahmed.noor@gagnef.se>
Skickat: den 2 februari 2027 08:30
Till: Ohlsson Bengt; Lindström Eva
Ämne: SV: DalaLab – fråga om anmälan

Låter bra, fråga henne! Jag är på semester 12–23 april förresten, så det måste in innan dess.

Från: Ohlsson Bengt
Skickat: den 1 februari 2027 16:10
Till: Lindström Eva; Noor Ahmed
Ämne: DalaLab – fråga om anmälan

Hej båda, vi borde anmäla oss till DalaLab innan 14 april. Eva kan 3 maj men inte i höst, Ahmed kan 21 september och 29 november. Jag själv vet inte än. Ska jag fråga Linnea hur det funkar?

/B""",
             X("question"),
             "question only; the quoted internal thread names colleagues and session dates ('Eva kan 3 maj', 'Ahmed "
             "kan 21 september och 29 november') but nobody is registered yet ('innan vi anmäler oss')"),

        mail("v053", "2027-02-16T11:30:00", ("Cecilia Hed", "cecilia.hed@smedjebacken.se"), "SV: Inbjudan DalaLab",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="SV" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vi skickar Mikael &Ouml;berg fr&aring;n planenheten p&aring; h&ouml;stens tv&aring; tr&auml;ffar (21 september och 29 november). Hans mejl &auml;r <a href="mailto:mikael.oberg@smedjebacken.se">mikael.oberg@smedjebacken.se</a>. Jag sj&auml;lv har tyv&auml;rr inte m&ouml;jlighet att vara med i &aring;r.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">H&auml;lsningar</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Cecilia Hed</span></b><br>Samh&auml;llsbyggnadschef<br>Smedjebackens kommun<br>Bes&ouml;ksadress: Kommunhuset, Smedjebacken<br>Tel: 0240-66 00 00<br><span style="font-size:8.0pt;color:gray">Smedjebackens kommun behandlar personuppgifter enligt GDPR. L&auml;s mer p&aring; smedjebacken.se/gdpr.</span></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Fr&aring;n:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 1 december 2026 10:15<br><b>Till:</b> Hed Cecilia &lt;cecilia.hed@smedjebacken.se&gt;<br><b>&Auml;mne:</b> Inbjudan DalaLab</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">Region Dalarna bjuder in till l&auml;rprojektet DalaLab. Tr&auml;ffar:</p>
<ul>
<li>3 maj 2027, Falun (10&ndash;15, fika fr&aring;n 09.30)</li>
<li>21 september 2027</li>
<li>29 november 2027</li>
<li>22 februari 2028</li>
</ul>
<p class="MsoNormal">H&ouml;gst tre personer per kommun. Anm&auml;lan senast 14 april 2027.</p>
<p class="MsoNormal">Linnea Hassis, Region Dalarna</p>
</div></body></html>""",
             X("register", [P("Mikael Öberg", "mikael.oberg@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
             "HTML-only Outlook reply (entities, mailto link); chief registers one colleague for 'höstens två' with "
             "explicit dates; sender not registered; invitation quoted below an Outlook border div",
             html=True),

        mail("v054", "2027-01-08T22:03:00", ("Alexander Nyqvist", "alexander.nyqvist@vansbro.se"),
             "Re: Re: DalaLab – vem åker?",
             """Hej Linnea (och Frida i kopia),

Det blev som du ser nedan bara jag från Vansbro den här gången. Anmäl mig till alla fyra träffarna, tack!

/Alexander

--
Alexander Nyqvist
Samhällsplanerare, Vansbro kommun
0281-750 00

Den fre 8 jan. 2027 kl 16:20 skrev Frida Hellberg <frida.hellberg@vansbro.se>:

> Nej tyvärr, jag går på föräldraledighet från 1 mars och är borta resten
> av året. Men gå du!
>
> Den fre 8 jan. 2027 kl 09:02 skrev Alexander Nyqvist <
> alexander.nyqvist@vansbro.se>:
>
>> Hej Frida, ska vi båda anmäla oss till DalaLab? Första träffen är 3 maj
>> i Falun, jag kan köra.
>>
>> Den tis 1 dec. 2026 kl 10:15 skrev Linnea Hassis <
>> linnea.hassis@regiondalarna.se>:
>>
>>> Hej!
>>> DalaLab består av fyra träffar: 3 maj 2027, 21 september 2027,
>>> 29 november 2027 och 22 februari 2028. Varje kommun kan skicka upp till
>>> tre personer. Anmälan senast 14 april 2027.
>>> Linnea Hassis, Region Dalarna""",
             X("register", [P("Alexander Nyqvist", "alexander.nyqvist@vansbro.se", "Vansbro kommun")], ALL),
             "three-level Gmail '>' nesting; the colleague in cc declines (parental leave from 1 March) and is not "
             "registered; 'alla fyra' -> all; 'första träffen är 3 maj' in the quote is not the request"),

        mail("v055", "2027-02-03T09:15:00", ("Anneli Sjödin", "anneli.sjodin@mora.se"), "VB: Tove – DalaLab",
             """Hej Linnea,

Jag vidarebefordrar det här från Tove, som har slutat hos oss. Hon ska alltså strykas från DalaLab helt. Vi återkommer om vi skickar någon annan i hennes ställe – troligen inte förrän efter sommaren.

Hälsningar
Anneli Sjödin
Planeringschef
Mora kommun
Besöksadress: Fredsgatan 16, Mora
Telefon: 0250-260 00
Kommunens växel har öppet vardagar 8–16.30.

Från: Bergman Tove <tove.bergman@mora.se>
Skickat: den 28 januari 2027 13:50
Till: Sjödin Anneli <anneli.sjodin@mora.se>
Ämne: Tove – DalaLab

Hej Anneli!

Kan du avanmäla mig från DalaLab-träffarna? Jag var anmäld till alla fyra. Min sista arbetsdag är fredag 29 januari och efter det når ni mig inte på den här adressen.

Tack för allt!
Tove""",
             X("cancel", [P("Tove Bergman", "tove.bergman@mora.se", "Mora kommun")], ALL),
             "manager forwards a departed colleague's cancellation ('strykas helt'); sender not in people; address "
             "from the forwarded header; possible later replacement is no signup; 29 januari is not a session"),

        tg("v056", "2027-03-03T12:07:00", "Linn Hägglund", 88412,
           "Hej! Jag är redan anmäld (Leksand). Två saker: var i Falun är första träffen, och behöver man ta med "
           "egen dator? Hittar inte inbjudan i mejlen och min chef undrar också om det finns parkering",
           X("question"),
           "Telegram question from someone already registered; mentions the first session but asks only"),

        mail("v057", "2027-03-16T15:41:00", ("Jessica Marklund", "jessica.marklund@borlange.se"),
             "SV: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hej!

Nu har vi äntligen bestämt oss på enheten. Anmäl gärna oss tre till 3 maj och 22 februari 2028:

Jessica Marklund (jag)
Hamid Rezaei
Camilla Ström-Lind – glutenfri kost

De två mittenträffarna prioriterar vi bort p.g.a. detaljplanen för Kvarnsveden som ska ut på samråd under hösten.

Med vänliga hälsningar / Best regards
Jessica Marklund
Planarkitekt | Samhällsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
Tel: 0243-740 00 | Mobil: 072-214 88 03
www.borlange.se

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. This e-mail may contain confidential information and is intended solely for the addressee. If you have received it in error, please notify the sender and delete it.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 mars 2027 08:00
Till: Planerare Dalarna
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

Hej!

En påminnelse om att sista dag att anmäla sig till DalaLab är 14 april 2027. Träffarna är 3 maj, 21 september, 29 november och 22 februari 2028. Har ni redan anmält er behöver ni inte göra något.

Linnea""",
             X("register", [P("Jessica Marklund", "jessica.marklund@borlange.se", "Borlänge kommun"),
                            P("Hamid Rezaei", None, "Borlänge kommun"),
                            P("Camilla Ström-Lind", None, "Borlänge kommun", diet="glutenfri")], [S1, S4],
               diet="glutenfri"),
             "reply to the reminder; self + two colleagues in a list, double surname; 'de två mittenträffarna' "
             "excluded; diet for one person; bilingual disclaimer; reminder quote lists all dates"),

        mail("v058", "2027-03-22T10:12:00", ("Jörgen Backlund", "jorgen.backlund@leksand.se"), "VB: 29 november",
             """Hej Linnea,

Jag kan inte gå på träffen 29 november (vi har en studieresa till Trondheim då), men Elsa har erbjudit sig att ta min plats den dagen, se nedan. Övriga träffar går jag på som planerat.

//Jörgen

Jörgen Backlund | Översiktsplanerare | Leksands kommun
Besöksadress: Kommunhuset, Leksand | 0247-800 00
Jag arbetar deltid måndag–torsdag.

Från: Nordin Elsa <elsa.nordin@leksand.se>
Skickat: den 21 mars 2027 20:47
Till: Backlund Jörgen <jorgen.backlund@leksand.se>
Ämne: 29 november

Jag kan gärna gå istället för dig 29/11! Jag är ledig 22–26 november, så det passar fint att komma tillbaka med en heldag i Falun.
/Elsa""",
             X("change", [P("Jörgen Backlund", "jorgen.backlund@leksand.se", "Leksands kommun"),
                          P("Elsa Nordin", "elsa.nordin@leksand.se", "Leksands kommun")], [S3]),
             "substitution for one session: sender out on 29 Nov, colleague in (her address from the forwarded "
             "header); sessions = what the substitute takes; '22–26 november' is leave, not a session"),

        mail("v059", "2027-01-13T16:55:00", ("Siobhan Kelly", "siobhan.kelly@falun.se"), "FW: VB: Inbjudan: DalaLab",
             """Hi Linnea,

My colleague Anna Westerberg forwarded your invitation below – I'm new at the planning department in Falun and my Swedish is still a work in progress, so I hope it's OK that I write in English.

I would like to sign up for the sessions on 21 September and 29 November. The spring one collides with a conference I'm speaking at in Dublin (2–4 May), and I'm not sure about February yet.

Also, I have a nut allergy.

Kind regards,
Siobhan Kelly
Planning Architect
Falu kommun | Stadsbyggnadsförvaltningen
+46 23 830 00

---------- Forwarded message ---------
Från: Anna Westerberg <anna.westerberg@falun.se>
Date: tis 12 jan. 2027 14:10
Subject: VB: Inbjudan: DalaLab
To: Siobhan Kelly <siobhan.kelly@falun.se>

Hej Siobhan! This might be interesting for you, the sessions are in Swedish though. I can't go myself this year, too much going on with the ÖP.
/Anna

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:15
Ämne: Inbjudan: DalaLab

Träff 1: 3 maj 2027, Falun
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028
Anmälan senast 14 april 2027.""",
             X("register", [P("Siobhan Kelly", "siobhan.kelly@falun.se", "Falu kommun")], [S2, S3],
               diet="nut allergy"),
             "English signup on top of a forward chain; two named sessions; '2–4 May' conference is not a session "
             "(and 3 May is excluded); forwarding colleague does not go; diet 'nut allergy'"),

        mail("v060", "2027-02-24T13:02:00", ("Lena Holm", "lena.holm@hedemora.se"), "VB: DalaLab",
             """Hej!

På uppdrag av Gunilla Åberg anmäler jag henne och Tobias Karlsson till den första träffen, se Gunillas mejl nedan.

Med vänlig hälsning

Lena Holm
Administratör
Samhällsbyggnadsförvaltningen, Hedemora kommun
Postadress: 776 81 Hedemora
Tel: 0225-340 00
Receptionen är öppen måndag–torsdag 8–16, fredag 8–15. Under påsken, 26–29 mars, är receptionen stängd.

Från: Åberg Gunilla <gunilla.aberg@hedemora.se>
Skickat: den 23 februari 2027 17:30
Till: Holm Lena <lena.holm@hedemora.se>
Ämne: DalaLab

Hej Lena, kan du anmäla mig och Tobias till första DalaLab-träffen 3 maj? Resten tar vi ställning till efter sommaren när vi vet hur det blir med resursfördelningen. Tobias är tjänstledig till 15 mars så han har inte kunnat svara själv.

Tack! /Gunilla""",
             X("register", [P("Gunilla Åberg", "gunilla.aberg@hedemora.se", "Hedemora kommun"),
                            P("Tobias Karlsson", None, "Hedemora kommun")], [S1]),
             "administrator registers two people on someone's behalf; sender not registered; Gunilla's address from "
             "the forwarded header, Tobias has none; Easter closure 26–29 March and '15 mars' are noise"),

        mail("v061", "2027-03-30T08:03:00", ("Kristoffer Myrberg", "kristoffer.myrberg@malung-salen.se"),
             "Re: Bekräftelse: din anmälan till DalaLab",
             """Hej Linnea,

Tyvärr måste jag avanmäla mig helt från DalaLab – jag har fått ett nytt uppdrag inom bygglov från 1 april och kommer inte att jobba med översiktsplanering längre. Hoppas någon annan från Malung-Sälen kan ta platsen, jag har tipsat min chef.

Ha det gott!
Kristoffer

Den mån 14 dec. 2026 kl 11:48 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej Kristoffer!
>
> Tack för din anmälan till DalaLab. Du är anmäld till samtliga fyra
> träffar: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari
> 2028.
>
> Närmare information om lokal och program kommer i april.
>
> Hälsningar, Linnea""",
             X("cancel", [P("Kristoffer Myrberg", "kristoffer.myrberg@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "full cancellation ('avanmäla mig helt'), no session named -> all four; quoted confirmation lists all "
             "dates; '1 april' is not a session; a hoped-for replacement is not named"),

        mail("v062", "2026-12-15T11:26:00", ("Nils-Erik Dahl", "nils-erik.dahl@alvdalen.se"),
             "SV: Inbjudan DalaLab – anmälningsformulär",
             """Hej, svarar i texten nedan (med versaler efter varje fråga, röd text syns inte i alla program).

/Nils-Erik

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:15
Till: Dahl Nils-Erik <nils-erik.dahl@alvdalen.se>
Ämne: Inbjudan DalaLab – anmälningsformulär

Hej!

Välkommen till lärprojektet DalaLab. Svara på detta mejl och fyll i uppgifterna nedan.

Namn: NILS-ERIK DAHL
Organisation: ÄLVDALENS KOMMUN, SAMHÄLLSBYGGNAD
Vilka träffar vill du delta i? (3 maj 2027 / 21 september 2027 / 29 november 2027 / 22 februari 2028): 3 MAJ OCH 29 NOVEMBER
Specialkost: LAKTOSFRI
Övrigt: -

Sista dag för anmälan: 14 april 2027. Max tre personer per kommun.

Hälsningar
Linnea Hassis
Region Dalarna""",
             X("register", [P("Nils-Erik Dahl", "nils-erik.dahl@alvdalen.se", "Älvdalens kommun")], [S1, S3],
               diet="laktosfri"),
             "answers written inline inside the quoted invitation form (upper case after each field), not above "
             "it; the form's option list names all four dates but the answer picks 3 May + 29 Nov"),

        tg("v063", "2027-02-08T07:14:00", "Aylin Demir", 55120,
           "God morgon! Aylin Demir här, Vansbro kommun. Jag anmälde mig till 3 maj i januari men nu har min chef "
           "sagt ok till en träff till, så kan ni lägga till 29 november också? Alltså 3/5 och 29/11 totalt. (21/9 "
           "går inte, då har vi samråd)",
           X("change", [P("Aylin Demir", None, "Vansbro kommun")], [S1, S3]),
           "Telegram change: adds a session to an existing signup and states the total -> 3 May + 29 Nov; 21/9 is "
           "explicitly excluded"),

        mail("v064", "2026-12-01T15:33:00", ("Sofie Granqvist", "sofie.granqvist@regiondalarna.se"),
             "SV: Inbjudan till DalaLab",
             """<html><head><meta charset="utf-8"></head><body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div>Hej Linnea!</div>
<div><br></div>
<div>Anm&auml;ler mig h&auml;rmed till samtliga tillf&auml;llen. Ser fram emot det!</div>
<div><br></div>
<div>/Sofie</div>
<div><br></div>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#444"><tr><td style="border-left:3px solid #00857C;padding-left:8px">
<b>Sofie Granqvist</b><br>Utvecklingsstrateg | Samh&auml;llsplanering<br>Region Dalarna<br>Bes&ouml;ksadress: Regionens hus, Falun<br>Tel: 023-49 00 00<br>
Jag arbetar m&aring;ndag&ndash;torsdag. Semester 21/12&ndash;3/1.</td></tr></table>
<div style="font-size:8pt;color:#888">Region Dalarna behandlar personuppgifter i enlighet med dataskyddsf&ouml;rordningen. Mer information finns p&aring; regiondalarna.se/personuppgifter.</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Fr&aring;n:</b> Linnea Hassis &lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> den 1 december 2026 10:15<br><b>Till:</b> Planerare Dalarna<br><b>&Auml;mne:</b> Inbjudan till DalaLab</font></div>
<div>
<p>Hej!</p>
<p>Region Dalarna bjuder in till DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och utvecklingskraft. Fyra tr&auml;ffar:</p>
<p>3 maj 2027 &ndash; Hållbar utveckling i ett rumsligt perspektiv (Falun, kl. 10&ndash;15)<br>
21 september 2027 &ndash; Utvecklingsinriktning i &Ouml;P-modellen<br>
29 november 2027 &ndash; &Ouml;nskv&auml;rda framtider och os&auml;kerheter<br>
22 februari 2028 &ndash; Planera f&ouml;r tillg&auml;nglighet</p>
<p>Anm&auml;lan senast 14 april 2027.</p>
</div>
</body></html>""",
             X("register", [P("Sofie Granqvist", "sofie.granqvist@regiondalarna.se", "Region Dalarna")], ALL),
             "HTML-only new-Outlook reply from the organiser's own region; 'samtliga tillfällen' -> all; signature "
             "table with leave 21/12–3/1; quoted invitation in HTML after an hr",
             html=True),

        mail("v065", "2027-01-21T14:19:00", ("Roger Israelsson", "roger.israelsson@gagnef.se"),
             "VB: SV: DalaLab – intresse?",
             """Hej Linnea!

Jag frågade planerargruppen vilka som vill vara med i DalaLab, svaren finns nedan. Anmäl de som tackat ja till alla fyra träffarna. Själv har jag tyvärr inte tid i år.

Med vänlig hälsning
Roger Israelsson
Förvaltningschef, Samhällsbyggnad
Gagnefs kommun
Besöksadress: Kommunhuset, Djurås
Tel 0241-150 00

Från: Osman Yusuf <yusuf.osman@gagnef.se>
Skickat: den 20 januari 2027 09:12
Till: Israelsson Roger
Ämne: SV: DalaLab – intresse?

Ja, gärna! /Yusuf

Från: Ek Lotta <lotta.ek@gagnef.se>
Skickat: den 19 januari 2027 16:55
Till: Israelsson Roger
Ämne: SV: DalaLab – intresse?

Jag avstår den här gången, har fullt upp med VA-planen fram till sommaren. Men tack!

Från: Lundin Hanna <hanna.lundin@gagnef.se>
Skickat: den 19 januari 2027 11:03
Till: Israelsson Roger
Ämne: SV: DalaLab – intresse?

Jag är med! Jag är vegetarian om det spelar någon roll.

Från: Israelsson Roger
Skickat: den 18 januari 2027 15:40
Till: Planerare Gagnef
Ämne: DalaLab – intresse?

Hej, Region Dalarna har bjudit in till DalaLab, fyra träffar: 3 maj, 21 september, 29 november och 22 februari. Vi får skicka upp till tre. Svara mig senast 20 januari om ni vill vara med.""",
             X("register", [P("Hanna Lundin", "hanna.lundin@gagnef.se", "Gagnefs kommun", diet="vegetarian"),
                            P("Yusuf Osman", "yusuf.osman@gagnef.se", "Gagnefs kommun")], ALL, diet="vegetarian"),
             "manager: 'anmäl de som tackat ja' points into the quoted replies: two yes (addresses from headers), one "
             "declines (Lotta Ek not registered); sender not registered; diet from the pointed-to reply; '20 januari' "
             "is an internal deadline"),

        mail("v066", "2027-01-29T10:40:00", ("Birgitta Norén", "birgitta.noren@borlange.se"), "SV: SV: DalaLab",
             """Hej igen Linnea,

Tack för snabbt svar! Följdfråga, se nedan: vi är fyra på kommunen som vill vara med. Finns det någon möjlighet att få en fjärde plats, eller kan vi dela på platserna så att olika personer går på olika träffar? Jag väntar med att anmäla oss tills jag vet.

Birgitta

Birgitta Norén
Planeringssekreterare, Borlänge kommun
0243-740 00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 28 januari 2027 16:02
Till: Norén Birgitta
Ämne: SV: DalaLab

Hej Birgitta! Det går bra att komma med senare under projektets gång, men vi ser helst att samma personer följer hela serien. Varje kommun kan delta med upp till tre personer.
/Linnea

Från: Norén Birgitta
Skickat: den 28 januari 2027 13:20
Till: Linnea Hassis
Ämne: DalaLab

Hej! Måste man vara med på alla fyra träffar från start? Vi har en nyanställd som börjar 1 mars och som gärna vill vara med från 21 september.""",
             X("question"),
             "question about the quota (a fourth place) in a three-level thread; 'väntar med att anmäla oss' -> no "
             "signup; the quoted own mail names 21 September for a new hire, still nothing to register"),

        tg("v067", "2027-04-06T21:48:00", "Maja Fors", 91007,
           """Hej! Jag kopierar från inbjudan som min chef skickade:
"Träff 1 – 3 maj 2027, Falun … Träff 2 – 21 september 2027 … Träff 3 – 29 november 2027 … Träff 4 – 22 februari 2028, Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet"
Jag vill bara gå på den sista, den om tillgänglighet, det är mitt område. Maja Fors, Malung-Sälens kommun, maja.fors@malung-salen.se""",
           X("register", [P("Maja Fors", "maja.fors@malung-salen.se", "Malung-Sälens kommun")], [S4]),
           "Telegram with the pasted invitation (all four dates); request is 'bara den sista, den om tillgänglighet' "
           "-> 22 Feb 2028; address written in the text"),

        mail("v068", "2027-03-09T16:25:00", ("Jenny Wik", "jenny.wik@mora.se"), "SV: Bekräftelse DalaLab – Mora kommun",
             """Hej Linnea,

Varken jag eller Rasmus kan komma den 3 maj, vi har samrådsmöte om fördjupade översiktsplanen för Mora centrum samma dag (se kallelsen nedan som kom i går). Vi hör gärna om det finns material i efterhand. Höstens träffar och den i februari gäller fortfarande för oss båda.

Hälsningar Jenny

Jenny Wik
Planarkitekt, Mora kommun
Fredsgatan 16, 792 80 Mora
Tel 0250-260 00

Från: Kommunstyrelsens kansli <kansliet@mora.se>
Skickat: den 8 mars 2027 14:00
Till: Wik Jenny; Hägg Rasmus; Sundberg Åke
Ämne: Kallelse: samrådsmöte FÖP Mora centrum

Datum: måndag 3 maj 2027 kl. 13.00–19.00 (öppet hus 17–19)
Plats: Mora kommunhus, sessionssalen
Förberedelsemöte: 26 april kl. 9.00

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 4 februari 2027 10:12
Till: Wik Jenny
Ämne: Bekräftelse DalaLab – Mora kommun

Hej Jenny! Jag har registrerat dig och Rasmus Hägg på alla fyra träffarna: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
Linnea""",
             X("cancel", [P("Jenny Wik", "jenny.wik@mora.se", "Mora kommun"),
                          P("Rasmus Hägg", None, "Mora kommun")], [S1]),
             "partial cancellation of 3 May for sender + colleague; the quoted meeting notice is on the same date and "
             "names a third person (Åke Sundberg) who is not part of the request; '26 april' is not a session"),

        mail("v069", "2027-01-14T12:31:00", ("Jonna Viklund", "jonna.viklund@sater.se"), "Re: VB: Inbjudan DalaLab",
             """Jag hänger på! Anmäl mig till alla träffar.

/Jonna Viklund, Säters kommun

Skickat från min iPhone

> 14 jan. 2027 kl. 08:12 skrev Per Malmqvist <per.malmqvist@sater.se>:
>
> Hej allihop,
> vidarebefordrar inbjudan från regionen. Den som vill vara med anmäler sig själv direkt till Linnea (svara på det här mejlet och byt mottagare). Vi har tre platser. Jag har själv redan anmält mig.
> /Per
>
>> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
>> Skickat: den 1 december 2026 10:15
>> Ämne: Inbjudan DalaLab
>>
>> Träffarna äger rum 3 maj 2027, 21 september 2027, 29 november 2027 samt 22 februari 2028. Anmälan senast 14 april 2027.""",
             X("register", [P("Jonna Viklund", "jonna.viklund@sater.se", "Säters kommun")], ALL),
             "two-line iPhone top-post over a colleague's forward; the colleague (already registered himself) is not "
             "in people; 'alla träffar' -> all"),

        mail("v070", "2027-03-01T09:09:00", ("Pontus Lagerqvist", "pontus.lagerqvist@smedjebacken.se"),
             "SV: Bekräftelse DalaLab",
             """Hej Linnea,

En uppdatering till min anmälan: jag har nyligen fått diagnosen celiaki och behöver därför glutenfri kost på träffarna 3 maj och 21 september som jag är anmäld till. Inget annat ändras.

Tack!
Pontus Lagerqvist
Trafikplanerare / samhällsplanerare
Smedjebackens kommun, Tekniska förvaltningen
Besök: Kommunhuset, Smedjebacken | Tel 0240-66 00 00

Detta e-postmeddelande kan innehålla sekretessbelagd information. Om du inte är avsedd mottagare, meddela avsändaren och radera meddelandet.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 21 december 2026 14:40
Till: Lagerqvist Pontus
Ämne: Bekräftelse DalaLab

Hej Pontus! Du är anmäld till 3 maj och 21 september 2027. Du angav ingen specialkost. Ändringar kan göras fram till 14 april.
God jul!
Linnea""",
             X("change", [P("Pontus Lagerqvist", "pontus.lagerqvist@smedjebacken.se", "Smedjebackens kommun",
                            diet="glutenfri")], [S1, S2], diet="glutenfri"),
             "diet update for an existing signup -> change; sessions stated by the sender; 'celiaki' explained as "
             "glutenfri; quoted confirmation says 'ingen specialkost'"),

        mail("v071", "2026-12-18T08:22:00", ("Holmgren, Åsa", "asa.holmgren@lansstyrelsen.se"),
             "SV: Inbjudan till DalaLab",
             """Hej!

Efter vårt enhetsmöte igår (se protokollsutdraget nedan) kan jag meddela att Kerstin Lööf och jag vill anmäla oss till träff 2 och 3.

Vänliga hälsningar
Åsa Holmgren
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
Åsgatan 38, 791 84 Falun
010-225 00 00
www.lansstyrelsen.se/dalarna

Protokollsutdrag, enhetsmöte 17 december 2026
§ 4 DalaLab: Åsa Holmgren och Kerstin Lööf deltar i träff 2 (21/9) och 3 (29/11). Träff 1 krockar med länsstyrelsernas planeringsdagar 3–4 maj och träff 4 tar vi ställning till i höst.
§ 5 Julledighet: kontoret stängt 24 december – 6 januari. Nästa enhetsmöte 14 januari.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:15
Ämne: Inbjudan till DalaLab

Träff 1, 3 maj 2027: Hållbar utveckling i ett rumsligt perspektiv
Träff 2, 21 september 2027: Utvecklingsinriktning i ÖP-modellen
Träff 3, 29 november 2027: Önskvärda framtider och osäkerheter
Träff 4, 22 februari 2028: Planera för tillgänglighet""",
             X("register", [P("Åsa Holmgren", "asa.holmgren@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Kerstin Lööf", None, "Länsstyrelsen Dalarna")], [S2, S3]),
             "surname-first display name; 'träff 2 och 3' resolved by the quoted numbering (21 Sep, 29 Nov); a "
             "protocol extract with 3–4 maj planning days, Christmas closure and 14 januari that are not sessions"),

        tg("v072", "2027-03-25T18:50:00", "Oscar Lindmark", 41236,
           "Hej, Oscar Lindmark Vansbro kommun. Måste tyvärr avanmäla mig från höstens båda träffar (21/9 och 29/11) "
           "– krockar med budgetarbetet och en resa. Första träffen 3 maj och den i februari 2028 kommer jag på som "
           "planerat.",
           X("cancel", [P("Oscar Lindmark", None, "Vansbro kommun")], [S2, S3]),
           "Telegram partial cancellation of both autumn sessions; the sessions he keeps are named too and must not "
           "be cancelled"),

        mail("v073", "2027-04-02T10:44:00", ("Dragan Kovačević", "dragan.kovacevic@avesta.se"),
             "SV: SV: DalaLab – avanmälan",
             """Hej,

Som jag skrev nedan deltar jag inte. Utöver avanmälan vill jag nu också att ni raderar alla mina personuppgifter ur era register för DalaLab (namn, e-post, specialkost), enligt GDPR artikel 17. Nej, ni behöver inte spara dem till en eventuell ny omgång. Bekräfta gärna när det är gjort.

Dragan Kovačević
Avesta kommun

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 april 2027 15:10
Till: Kovačević Dragan
Ämne: SV: DalaLab – avanmälan

Hej Dragan, tråkigt att höra! Jag har tagit bort dig från deltagarlistan för 3 maj, 21 september, 29 november och 22 februari. Vill du att vi sparar dina kontaktuppgifter om vi kör en ny omgång 2028?
/Linnea

Från: Kovačević Dragan
Skickat: den 31 mars 2027 09:55
Till: Linnea Hassis
Ämne: DalaLab – avanmälan

Hej, jag avanmäler mig från DalaLab.
Dragan""",
             X("erasure", [P("Dragan Kovačević", "dragan.kovacevic@avesta.se", "Avesta kommun")]),
             "erasure request in a thread whose cancellation is already handled (quoted, with all four dates); "
             "diacritics in the name; '2028' round is not a session"),

        mail("v074", "2026-12-10T15:12:00", ("Karin Ljungqvist", "karin.ljungqvist@regiondalarna.se"),
             "SV: Sprida DalaLab på nätverksträffen?",
             """Hej Linnea!

Jag träffade planerarna från Älvdalen på nätverksträffen för översiktsplanerare i Mora den 8 december. Två av dem vill gärna vara med i DalaLab men deras e-post krånglar efter systembytet, så de bad mig anmäla dem:

Sven-Olof Mattsson, Älvdalens kommun
Leila Haddad, Älvdalens kommun

Båda vill vara med på hela serien. De nås tills vidare via kommunens växel 0251-310 00.

Jag själv är ju redan med i projektgruppen, så mig behöver du inte anmäla.

Karin

Karin Ljungqvist
Processledare, Regional utveckling
Region Dalarna

Från: Linnea Hassis
Skickat: den 2 december 2026 09:05
Till: Ljungqvist Karin
Ämne: Sprida DalaLab på nätverksträffen?

Hej Karin! Kan du tipsa om DalaLab på nätverksträffen 8/12? Inbjudan gick ut i går: 3 maj, 21 september, 29 november och 22 februari 2028, anmälan senast 14 april.
Tack! /L""",
             X("register", [P("Sven-Olof Mattsson", None, "Älvdalens kommun"),
                            P("Leila Haddad", None, "Älvdalens kommun")], ALL),
             "Region employee registers two municipal planners: their organisation is Älvdalen (from the text), not "
             "the sender's Region; sender explicitly not registered; 'hela serien' -> all; 8 december and phone "
             "numbers are noise"),

        mail("v075", "2027-02-19T08:36:00", ("Emelie Forslund", "emelie.forslund@avesta.se"), "VB: Anmälan DalaLab",
             """Hej Linnea,

Jag upptäckte att jag skickade min anmälan nedan till fel Linnea (vi har en Linnea Hasselgren i huset...). Här kommer den igen – se nedan.

Mvh Emelie

Från: Forslund Emelie
Skickat: den 2 februari 2027 13:15
Till: Hasselgren Linnea <linnea.hasselgren@avesta.se>
Ämne: Anmälan DalaLab

Hej!

Jag vill anmäla mig till DalaLab, träffarna 21 september och 29 november. Den 3 maj har jag redan en utbildning och i februari 2028 är jag föräldraledig.

Emelie Forslund
Översiktsplanerare, Avesta kommun
Tel 0226-64 50 00""",
             X("register", [P("Emelie Forslund", "emelie.forslund@avesta.se", "Avesta kommun")], [S2, S3]),
             "the signup is only in the sender's own forwarded earlier mail (mis-addressed), pointed to by 'se "
             "nedan'; the new text names no session; 3 May and Feb 2028 are excluded"),

        mail("v076", "2027-01-25T11:58:00", ("Göran Hellström", "goran.hellstrom@smedjebacken.se"),
             "SV: Bekräftelse – DalaLab",
             """Hej Linnea,

Jag har fått ett nytt jobb i Västerås och slutar på kommunen 31 januari. Min efterträdare Amanda Kjellberg (amanda.kjellberg@smedjebacken.se) tar över min plats i DalaLab och går på samtliga träffar i stället för mig. Jag har satt henne i kopia.

Tack för ett gott samarbete!
Göran

Göran Hellström
Samhällsplanerare, Smedjebackens kommun
Mobil 073-840 21 77
Jag är på plats måndag, tisdag och torsdag. Onsdagar och fredagar arbetar jag hemifrån.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 7 december 2026 14:22
Till: Hellström Göran
Ämne: Bekräftelse – DalaLab

Hej Göran! Du är nu anmäld till DalaLab: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. Anmälan kan ändras fram till 14 april.
Linnea""",
             X("change", [P("Göran Hellström", "goran.hellstrom@smedjebacken.se", "Smedjebackens kommun"),
                          P("Amanda Kjellberg", "amanda.kjellberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "substitution for the whole series: successor takes all sessions; people = leaver + successor; '31 "
             "januari' is not a session; weekday working pattern in the signature"),

        mail("v077", "2027-03-04T13:37:00", ("Åke Sundberg", "ake.sundberg@mora.se"), "SV: Inbjudan DalaLab",
             """Hej Linnea!

Ursäkta sent svar. Jag vill anmäla mig till första och tredje träffen. Den andra krockar med älgjakten (!) och om februari 2028 vet jag inget än.

Åke Sundberg
Bygg- och miljöförvaltningen, Mora kommun
Tfn 0250-261 13

-----Ursprungligt meddelande-----
Från: Linnea Hassis [mailto:linnea.hassis@regiondalarna.se]
Skickat: den 1 december 2026 10:15
Till: Sundberg Åke
Ämne: Inbjudan DalaLab

Hej!

Välkommen till DalaLab - Planering för hållbarhet och utvecklingskraft.

Träff 1 måndag 3 maj 2027, Falun, kl. 10-15 (fika 09.30)
Träff 2 tisdag 21 september 2027
Träff 3 måndag 29 november 2027
Träff 4 tisdag 22 februari 2028

Sista anmälningsdag 14 april 2027.

Linnea Hassis, Region Dalarna""",
             X("register", [P("Åke Sundberg", "ake.sundberg@mora.se", "Mora kommun")], [S1, S3]),
             "iso-8859-1 mail with an old-style '-----Ursprungligt meddelande-----' quote; 'första och tredje' "
             "resolved by the quoted numbering; second excluded, February left open",
             charset="iso-8859-1"),

        mail("v078", "2026-12-22T10:01:00", ("Kristina Dahlberg", "kristina.dahlberg@ludvika.se"),
             "DalaLab – anmälan från Ludvika (Ingela och Mohammed)",
             """Hej Linnea, Ingela och Mohammed!

Linnea: jag anmäler härmed Ingela Sahlin (ingela.sahlin@ludvika.se) och Mohammed Ali (mohammed.ali@ludvika.se) till DalaLab, alla fyra träffarna. Ingela är vegan. Själv är jag inte med.

Ingela och Mohammed: boka gärna in datumen i era kalendrar redan nu och lägg in tjänsteresorna i systemet senast 1 april. Vi går igenom upplägget på planeringsdagen 11 januari.

God jul på er!

Kristina Dahlberg
Avdelningschef Strategisk planering
Ludvika kommun
Besöksadress: Stationsgatan 12, Ludvika
Växel 0240-860 00
Kommunhuset är stängt 24–26 december samt 31 december–1 januari.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 10:15
Till: Dahlberg Kristina
Ämne: Inbjudan till DalaLab

Hej Kristina!

DalaLab riktar sig i första hand till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser. Träffar 3 maj 2027 (Falun), 21 september 2027, 29 november 2027 och 22 februari 2028. Upp till tre personer per kommun. Anmälan senast 14 april 2027.

Vänligen
Linnea""",
             X("register", [P("Ingela Sahlin", "ingela.sahlin@ludvika.se", "Ludvika kommun", diet="vegan"),
                            P("Mohammed Ali", "mohammed.ali@ludvika.se", "Ludvika kommun")], ALL, diet="vegan"),
             "mail addressed to the organiser and the two colleagues at once, with a paragraph meant only for them "
             "(1 april, 11 januari); sender not registered; diet for one person; Christmas closure dates in signature",
             to="linnea.hassis@regiondalarna.se, ingela.sahlin@ludvika.se, mohammed.ali@ludvika.se"),

        tg("v079", "2027-02-26T17:22:00", "Tina Rask", 66231,
           """hej! anmäler mig + kollegan Emil Ångström, vi är båda på Länsstyrelsen (samhällsbyggnad). vi tar 3/5 och 21/9. /Tina

(ps. skickade samma sak till Linnea via mejl 20/2 men har inte fått svar, så om vi redan är anmälda kan ni bortse från detta)""",
           X("register", [P("Tina Rask", None, "Länsstyrelsen Dalarna"),
                          P("Emil Ångström", None, "Länsstyrelsen Dalarna")], [S1, S2]),
           "Telegram self + colleague, 'Länsstyrelsen' -> Länsstyrelsen Dalarna; numeric dates 3/5 and 21/9; 20/2 "
           "is the date of an earlier mail, not a session"),

        mail("v080", "2027-03-18T09:52:00", ("Gunnar Wiklund", "gunnar.wiklund@rattvik.se"),
             "SV: SV: DalaLab – dokumentation?",
             """Hej Linnea,

Kort fråga med anledning av diskussionen nedan: kommer presentationerna och dokumentationen från träffarna att skickas ut i efterhand, även till dem som inte kan vara med varje gång? Elin är anmäld från oss men kommer att missa någon träff.

Tack och hälsningar
Gunnar Wiklund
Stadsarkitekt
Rättviks kommun | Samhällsbyggnadsförvaltningen
Storgatan 2, 795 80 Rättvik
Tel 0248-70 000 | Mobil 070-211 93 40

Den här e-posten kan innehålla information som omfattas av sekretess. Om du av misstag har fått meddelandet, vänligen radera det och kontakta avsändaren.

Från: Mård Elin <elin.mard@rattvik.se>
Skickat: den 17 mars 2027 15:28
Till: Wiklund Gunnar
Ämne: SV: DalaLab – dokumentation?

Bra fråga, jag missar ju 21 september om det blir som jag tror med samrådet. Kan du fråga Linnea?

Från: Wiklund Gunnar
Skickat: den 17 mars 2027 11:04
Till: Mård Elin
Ämne: DalaLab – dokumentation?

Hej Elin, vet du om de skickar ut materialet i efterhand? Det vore bra underlag till ÖP-revideringen som ska upp i KS 8 juni.""",
             X("question"),
             "question only; the quoted thread says a registered colleague will miss 21 September, but nobody "
             "cancels; '8 juni' is a board meeting"),

        mail("v081", "2027-02-14T20:17:00", ("Therese Björk", "therese.bjork84@gmail.com"),
             "Re: Bekräftelse anmälan DalaLab",
             """Hej Linnea!

Skriver från min privata mejl eftersom jag är sjukskriven och inte kommer åt jobbmejlen. Jag kommer tyvärr inte att kunna vara med den 3 maj, men räknar med att vara tillbaka till hösten och vill vara kvar på 21 september, 29 november och 22 februari.

Hälsningar
Therese Björk
Planeringsstrateg, Gagnefs kommun

Den mån 11 jan. 2027 kl 13:04 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:

> Hej Therese!
>
> Tack för din anmälan. Du är registrerad på alla fyra träffar (3/5, 21/9,
> 29/11 2027 och 22/2 2028).
>
> Vänliga hälsningar
> Linnea
>
> -----Ursprungligt meddelande-----
> Från: Therese Björk <therese.bjork@gagnef.se>
> Skickat: den 10 januari 2027 19:40
> Till: Linnea Hassis
> Ämne: Anmälan DalaLab
>
> Hej, jag vill anmäla mig till alla DalaLab-träffar.
> Therese, Gagnefs kommun""",
             X("cancel", [P("Therese Björk", "therese.bjork84@gmail.com", "Gagnefs kommun")], [S1]),
             "partial cancellation (3 May) from a private gmail address; organisation from the signature; the "
             "quoted thread holds her work address and her original all-sessions signup, which is not new"),

        mail("v082", "2027-01-05T08:05:00", ("Mattias Grahn", "mattias.grahn@regiondalarna.se"),
             "SV: Kan du sprida inbjudan? / Inbjudan DalaLab",
             """God fortsättning Linnea!

Jag anmäler mig till första och sista träffen (3 maj 2027 och 22 februari 2028). Britt Karlström från vår enhet vill också vara med, men hon anmäler sig själv separat när hon är tillbaka från ledigheten 11 januari.

Hälsningar
Mattias Grahn
Analytiker, Regional utveckling
Region Dalarna
Besöksadress: Regionens hus, Falun
Telefon 023-49 00 00
Följ oss på regiondalarna.se

Från: Linnea Hassis
Skickat: den 2 december 2026 09:30
Till: Grahn Mattias
Ämne: Kan du sprida inbjudan? / Inbjudan DalaLab

Hej Mattias! Kan du sprida inbjudan nedan inom er enhet? Även vi på regionen är välkomna.
/Linnea

> DalaLab – Planering för hållbarhet och utvecklingskraft
> Träff 1: 3 maj 2027, Falun
> Träff 2: 21 september 2027
> Träff 3: 29 november 2027
> Träff 4: 22 februari 2028
> Anmälan senast 14 april 2027""",
             X("register", [P("Mattias Grahn", "mattias.grahn@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "self-signup; colleague who 'anmäler sig själv separat' is not in people; 'första och sista' with "
             "explicit dates; '11 januari' is leave; Region employee"),

        mail("v083", "2027-03-29T14:26:00", ("Elin Mård", "elin.mard@rattvik.se"), "SV: VB: Krock 21 september",
             """Hej Linnea,

Som du ser i tråden nedan har vi fått ett samrådsmöte den 21 september som jag inte kan flytta. Går det att byta min plats på träffen 21 september mot träffen 29 november i stället?

Elin

Elin Mård
Planeringsarkitekt | Rättviks kommun | Samhällsbyggnadsförvaltningen
Storgatan 2, Rättvik
Jag har flextid och nås säkrast 9–15.

Från: Wiklund Gunnar <gunnar.wiklund@rattvik.se>
Skickat: den 29 mars 2027 09:02
Till: Mård Elin
Ämne: VB: Krock 21 september

Elin – samrådsmötet för Vikarbyn hamnade på 21/9. Du måste vara med, du är ju handläggare. Kolla med regionen om du kan byta DalaLab-träff.
/G

Från: Kansliet Rättvik <kansliet@rattvik.se>
Skickat: den 26 mars 2027 10:00
Ämne: Samråd detaljplan Vikarbyn

Samrådsmöte tisdag 21 september 2027 kl. 13.00–16.00, Folkets hus.
Samrådstiden pågår 6 september – 1 oktober 2027.""",
             X("change", [P("Elin Mård", "elin.mard@rattvik.se", "Rättviks kommun")], [S3]),
             "bare swap ('byta 21 september mot 29 november') -> only the new session; forwarded notice with the "
             "conflicting date and a consultation period (6 Sep–1 Oct) that are not sessions"),

        mail("v084", "2027-04-08T16:44:00", ("Peter Eriksson", "peter.eriksson@malung-salen.se"),
             "VB: DalaLab – får jag gå?",
             """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1">
<p class="MsoNormal">Hej Linnea,</p>
<p class="MsoNormal">Godk&auml;nt fr&aring;n min sida, anm&auml;l henne g&auml;rna enligt nedan.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mvh<br><b>Peter Eriksson</b><br>Plan- och byggchef<br>Malung-S&auml;lens kommun<br>Lisagatan 34, Malung<br>Tel 0280-180 00<br>Telefontid vardagar 10&ndash;12</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Fr&aring;n:</b> Skoglund Rebecka &lt;rebecka.skoglund@malung-salen.se&gt;<br><b>Skickat:</b> den 8 april 2027 11:20<br><b>Till:</b> Eriksson Peter &lt;peter.eriksson@malung-salen.se&gt;<br><b>&Auml;mne:</b> DalaLab &ndash; f&aring;r jag g&aring;?</p>
</div>
<p class="MsoNormal">Hej Peter!</p>
<p class="MsoNormal">Jag s&aring;g att anm&auml;lan till DalaLab st&auml;nger 14 april. F&aring;r jag anm&auml;la mig till de tv&aring; sista tr&auml;ffarna (29 november och 22 februari)? Den 3 maj kan jag inte p.g.a. flytten och 20&ndash;22 september &auml;r jag p&aring; kurs i Ume&aring;.</p>
<p class="MsoNormal">Om du godk&auml;nner, kan du skicka vidare till Linnea Hassis p&aring; regionen?</p>
<p class="MsoNormal">/Rebecka</p>
</div></body></html>""",
             X("register", [P("Rebecka Skoglund", "rebecka.skoglund@malung-salen.se", "Malung-Sälens kommun")],
               [S3, S4]),
             "HTML-only Outlook forward; 'anmäl henne enligt nedan' points to the colleague's mail (address from its "
             "header, sessions 'de två sista'); sender not registered; '20–22 september' course is not a session",
             html=True),

        mail("v085", "2027-04-09T11:11:00", ("Zeynep Yıldız", "zeynep.yildiz@hedemora.se"),
             "SV: VB: Påminnelse DalaLab – sista anmälningsdag 14 april",
             """Hej!

Ja tack, jag vill gärna vara med på alla träffar utom den 29 november (då är jag på semester).

Zeynep Yıldız
Miljö- och planeringsstrateg
Hedemora kommun
Tel 0225-340 00 | Direkt 0225-343 18

------------------------------------------------------------
KONFIDENTIALITET: Detta e-postmeddelande och eventuella bilagor är endast avsedda för adressaten och kan innehålla sekretessbelagd eller på annat sätt skyddad information. Om du inte är avsedd mottagare ber vi dig att omedelbart meddela avsändaren och radera meddelandet. Hedemora kommun behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR); läs mer på hedemora.se/gdpr.
CONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete the message.
------------------------------------------------------------

Från: Nordqvist Lars <lars.nordqvist@hedemora.se>
Skickat: den 8 april 2027 17:02
Till: Yıldız Zeynep
Ämne: VB: Påminnelse DalaLab – sista anmälningsdag 14 april

Zeynep, är inte detta något för dig? Svara Linnea direkt i så fall. Gunilla och Tobias är redan anmälda till maj.
/Lars

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 15 mars 2027 08:00
Ämne: Påminnelse DalaLab – sista anmälningsdag 14 april

Hej! Sista dag att anmäla sig till DalaLab är 14 april 2027. Träffarna: 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.""",
             X("register", [P("Zeynep Yıldız", "zeynep.yildiz@hedemora.se", "Hedemora kommun")], [S1, S2, S4]),
             "'alla utom den 29 november' -> three sessions; Turkish dotless ı in the name; long bilingual "
             "confidentiality block; manager's forward names two already-registered colleagues who are not in people"),

        mail("v086", "2027-03-12T13:30:00", ("Lisa Ahlgren", "lisa.ahlgren@regiondalarna.se"),
             "SV: Bekräftelse DalaLab",
             """Hej Linnea,

Efter gårdagens ledningsgrupp (minnesanteckningarna nedan) har vi tyvärr fått prioritera om. Vi drar därför tillbaka vår anmälan till DalaLab – både min och Ronja Eks. Förlåt för krånglet!

Lisa

Lisa Ahlgren
Enhetschef Kollektivtrafik och infrastruktur
Region Dalarna

Minnesanteckningar ledningsgrupp 11 mars 2027 (utdrag)
1. Kollektivtrafikutredningen ska vara klar 30 juni; alla på enheten prioriterar den.
2. Extern kompetensutveckling pausas under 2027 och utvärderas igen i december.
3. Nästa möte 25 mars.

Från: Linnea Hassis
Skickat: den 18 januari 2027 10:45
Till: Ahlgren Lisa
Kopia: Ek Ronja
Ämne: Bekräftelse DalaLab

Hej Lisa och Ronja! Ni är båda anmälda till 3 maj, 21 september, 29 november och 22 februari.
/Linnea""",
             X("cancel", [P("Lisa Ahlgren", "lisa.ahlgren@regiondalarna.se", "Region Dalarna"),
                          P("Ronja Ek", None, "Region Dalarna")], ALL),
             "withdrawal of the whole signup for sender + colleague ('drar tillbaka vår anmälan'), no session named "
             "-> all four; meeting notes with 30 juni, December, 25 mars are not sessions"),

        tg("v087", "2027-03-07T10:15:00", "Goran Petrović", 73310,
           "Hej 🙂 Goran Petrović, Avesta kommun. Min kollega Lars-Göran skickade inbjudan och sa att höstens träff "
           "passar bäst för mig, han går själv på de två första. Jag vill anmäla mig till höstens träff. Tack!",
           X("register", [P("Goran Petrović", None, "Avesta kommun")], [S2, S3], unsure=["sessions"]),
           "Telegram; 'höstens träff' singular while there are two autumn sessions -> both, unsure; the colleague's "
           "sessions ('de två första') are his, not a request"),

        mail("v088", "2027-02-05T15:57:00", ("Sara Lindkvist-Moberg", "sara.lindkvistmoberg@outlook.com"),
             "Anmälan DalaLab (Orsa/Älvdalen)",
             """Hej Linnea,

Jag har en delad tjänst som översiktsplanerare för Orsa och Älvdalen (50/50) och skriver från min privata adress eftersom båda kommunerna byter e-postsystem just nu. Anmäl mig gärna till alla fyra träffarna. Vilken kommun jag ska räknas till vet jag faktiskt inte – se Petters mejl nedan, men Älvdalen har också frågat.

Vänliga hälsningar
Sara Lindkvist-Moberg
Översiktsplanerare, Orsa kommun / Älvdalens kommun

Den tors 4 feb. 2027 kl 11:32 skrev Petter Wikström <petter.wikstrom@orsa.se>:

> Sara, här är inbjudan. Vi från Orsa är redan två (jag och Sanna), så det
> finns en plats kvar om du vill räknas hit.
>
> /Petter
>
> ---------- Vidarebefordrat meddelande ---------
> Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
> Datum: tis 1 dec. 2026 10:15
> Ämne: Inbjudan DalaLab
>
> Fyra träffar: 3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028.
> Upp till tre personer per kommun. Anmälan senast 14 april 2027.""",
             X("register", [P("Sara Lindkvist-Moberg", "sara.lindkvistmoberg@outlook.com", "Orsa kommun")], ALL,
               unsure=["organisation"]),
             "private outlook.com address; split post between Orsa and Älvdalen and she leaves the choice open -> "
             "best reading Orsa (the quoted offer), unsure organisation; quoted colleagues are not registered here"),

        mail("v089", "2027-04-01T09:40:00", ("Fredrika Lund", "fredrika.lund@lansstyrelsen.se"), "SV: SV: DalaLab",
             """Hej Linnea!

Glada nyheter men lite strul för dig: jag väntar barn och går på föräldraledighet i oktober (se nedan). Stryk mig därför från de två sista träffarna, 29 november och 22 februari. 3 maj och 21 september kommer jag på som vanligt.

Fredrika Lund
Planhandläggare, Enheten för samhällsbyggnad
Länsstyrelsen Dalarna
Besöksadress: Åsgatan 38, Falun
Telefon: 010-225 01 23 (växel 010-225 00 00)
Telefontider: måndag–fredag 9–12

Från: HR-service <hr-service@lansstyrelsen.se>
Skickat: den 31 mars 2027 14:05
Till: Lund Fredrika
Ämne: Beviljad föräldraledighet

Din ansökan om föräldraledighet är beviljad för perioden 11 oktober 2027 – 31 augusti 2028.

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 12 januari 2027 13:30
Till: Lund Fredrika
Ämne: SV: DalaLab

Hej Fredrika, jättebra, du står nu på listan för alla fyra träffarna (3/5, 21/9, 29/11, 22/2).
/Linnea""",
             X("cancel", [P("Fredrika Lund", "fredrika.lund@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3, S4]),
             "partial cancellation of the last two; the kept sessions are also named; HR leave period 11 Oct 2027–31 "
             "Aug 2028 and the confirmation's four dates are quoted noise"),

        mail("v090", "2027-04-10T08:55:00", ("Hampus Nord", "hampus.nord@falun.se"), "SV: DalaLab – sista chansen?",
             """Hej Linnea,

Hoppas det inte är för sent! Jag och Tomas Wennberg på Region Dalarna (tomas.wennberg@regiondalarna.se) vill delta på den om önskvärda framtider och osäkerheter. Vi driver ett gemensamt scenarioarbete och det passar perfekt.

Hälsningar
Hampus Nord
Samhällsplanerare, Falu kommun
023-830 00

Från: Wennberg Tomas <tomas.wennberg@regiondalarna.se>
Skickat: den 9 april 2027 16:48
Till: Nord Hampus <hampus.nord@falun.se>
Ämne: DalaLab – sista chansen?

Hampus – sista anmälningsdag är 14 april. Anmäl oss båda om du hinner, jag sitter i möten hela veckan. Glöm inte att vi har workshop med Trafikverket 24 maj.
/Tomas""",
             X("register", [P("Hampus Nord", "hampus.nord@falun.se", "Falu kommun"),
                            P("Tomas Wennberg", "tomas.wennberg@regiondalarna.se", "Region Dalarna")], [S3]),
             "session named only by its theme ('önskvärda framtider och osäkerheter' = 29 Nov); two people from two "
             "organisations; quoted internal mail with the deadline and a 24 May workshop"),
    ]
