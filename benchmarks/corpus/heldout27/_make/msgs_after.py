from build import P, X, mail, tg, S1, S2, S3, S4, ALL

CONF_SUBJ = "Bekräftelse: anmälan till DalaLab"


def conf(name, dates, sent):
    """The organiser's confirmation mail as quoted in a reply (Outlook style)."""
    lines = "\n".join(f"> - {d}" for d in dates)
    return f"""Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: {sent}
Till: {name}
Ämne: {CONF_SUBJ}

> Hej {name.split()[0]}!
>
> Tack för din anmälan till DalaLab – Planering för hållbarhet och
> utvecklingskraft. Du är anmäld till:
{lines}
>
> Träffarna pågår 10.00–15.00, fika från 09.30. Program och lokal skickas
> ut ungefär tre veckor före varje träff.
>
> Vänliga hälsningar
> Linnea Hassis
> Region Dalarna"""


INVITATION = """> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den 1 december 2026 08:30
> Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Välkommen till lärprojektet DalaLab! Vi träffas fyra gånger:
>
> 1. 3 maj 2027, Falun – Hållbar utveckling i ett rumsligt perspektiv
>    och planeringsstrategins roll (med Boverket)
> 2. 21 september 2027 – Vad ligger i begreppet utvecklingsinriktning
>    i ÖP-modellen?
> 3. 29 november 2027 – Att planera både för önskvärda framtider och
>    för osäkerheter
> 4. 22 februari 2028 – Planera för tillgänglighet
>
> Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027."""


def messages():
    return [
        mail("ad091", "2027-03-02T13:47", ("Viktor Hammar", "viktor.hammar@falun.se"), "SV: " + CONF_SUBJ,
             """Hej Linnea,

Pernilla vidarebefordrade sin bekräftelse till mig, och jag inser att jag
aldrig skickade in min egen anmälan. Kan jag också få vara med? Samma
upplägg som hon, alltså hela serien.

Hälsningar
Viktor Hammar
Planarkitekt, Samhällsbyggnadsförvaltningen
Falu kommun

""" + conf("Pernilla Sköld", ["3 maj 2027", "21 september 2027", "29 november 2027", "22 februari 2028"],
           "den 24 februari 2027 09:12"),
             X("register", [P("Viktor Hammar", "viktor.hammar@falun.se", "Falu kommun")], ALL),
             "late signup as reply to a colleague's forwarded confirmation; 'samma upplägg, hela serien' = all four; Pernilla (quoted) is not a person"),

        mail("ad092", "2027-02-15T08:05", ("Oskar Brandt", "oskar.brandt@borlange.se"), "Byte av träff",
             """Hej!

Jag står anmäld till träffarna 3 maj och 29 november. Nu har vi fått
budgetberedning lagd på den 29:e, så den kan jag inte gå på. Går det att
flytta mig till träffen 22 februari 2028 i stället? Maj ligger kvar som
den är.

Tack på förhand,
Oskar Brandt
Översiktsplanerare | Borlänge kommun
0243-74 000 (vxl)""",
             X("change", [P("Oskar Brandt", "oskar.brandt@borlange.se", "Borlänge kommun")], [S1, S4]),
             "swap with stated registration: 3/5 + 29/11, 29/11 moved to 22/2 -> after change 3/5 and 22/2"),

        tg("ad093", "2027-03-19T21:34", "Lena Östman", 6024418873,
           "hej, det blir tyvärr inget för mig den 21/9 – övriga tre står kvar som vanligt",
           X("cancel", [P("Lena Östman", None, None)], [S2]),
           "telegram partial cancellation of one session; the three kept sessions are not part of the cancel; no organisation in text"),

        mail("ad094", "2027-01-27T16:20", ("Mats Rehn", "mats.rehn@hedemora.se"), "VB: DalaLab?",
             """Hej Linnea!

Se nedan. Jag har sagt ja – kan du anmäla Tove enligt hennes önskemål?

/Mats Rehn, enhetschef Plan och bygg, Hedemora kommun

Från: Tove Alm <tove.alm@hedemora.se>
Skickat: den 26 januari 2027 11:02
Till: Mats Rehn <mats.rehn@hedemora.se>
Ämne: DalaLab?

Hej Mats,

Jag såg inbjudan till Region Dalarnas DalaLab. Våren är redan full för
min del, men jag skulle gärna gå på höstens två träffar (21/9 och 29/11)
eftersom de ligger nära ÖP-arbetet. Okej för dig?

/Tove""",
             X("register", [P("Tove Alm", "tove.alm@hedemora.se", "Hedemora kommun")], [S2, S3]),
             "VB: chain: manager forwards and approves; the real request (autumn sessions 21/9, 29/11) is below; manager not in people; Tove's address from the quoted header"),

        mail("ad095", "2027-01-14T10:02", ("Johanna Liljedahl", "johanna.liljedahl@rattvik.se"),
             "Automatiskt svar: " + CONF_SUBJ,
             """Tack för ditt meddelande!

Jag är föräldraledig och tillbaka i tjänst den 21 september. Under tiden
läses inte min e-post.

Ärenden om bygglov: bygglov@rattvik.se
Ärenden om detaljplaner: ring växeln 0248-70 000 och fråga efter
planavdelningen.

Johanna Liljedahl
Rättviks kommun""",
             X("auto_reply"),
             "out-of-office answer to the confirmation; 'tillbaka den 21 september' is a session date but nothing is booked; no auto headers"),

        mail("ad096", "2027-03-29T15:41", ("Marie Thunell", "marie.thunell@hedemora.se"), "Ta bort mina uppgifter",
             """Hej,

Jag slutar på Hedemora kommun i slutet av april och kommer inte att
fortsätta med DalaLab. Jag vill därför att ni raderar alla personuppgifter
ni har om mig (namn, e-post, kostuppgifter) i enlighet med GDPR.

Bekräfta gärna när det är gjort.

Marie Thunell""",
             X("erasure", [P("Marie Thunell", "marie.thunell@hedemora.se", "Hedemora kommun")]),
             "erasure request (GDPR); leaving the job is context, the request is deletion; organisation from domain and text"),

        mail("ad097", "2027-02-22T09:30", ("Anna Sjödin", "anna.sjodin@mora.se"), "Ny deltagare från Mora",
             """Hej Linnea,

Jag har fått en ny tjänst inom förvaltningen och kommer inte längre att
arbeta med översiktsplanen. Min efterträdare Kalle Persson
(kalle.persson@mora.se) tar över min plats i DalaLab på samtliga fyra
träffar.

Stort tack för allt hittills!

Anna Sjödin
Mora kommun
Tel 0250-260 00""",
             X("change", [P("Anna Sjödin", "anna.sjodin@mora.se", "Mora kommun"),
                          P("Kalle Persson", "kalle.persson@mora.se", "Mora kommun")], ALL),
             "sender hands her whole place to a successor -> substitution; people both; sessions = all four the substitute takes"),

        mail("ad098", "2026-12-18T11:15", ("Elin Hagström", "elin.hagstrom@malung-salen.se"), "Re: " + CONF_SUBJ,
             """Tack för bekräftelsen!

En sak saknas dock: jag skrev nog aldrig att jag är vegan. Kan ni lägga
till det? Datumen nedan stämmer.

Elin

""" + conf("Elin Hagström", ["3 maj 2027", "21 september 2027"], "den 17 december 2026 14:40"),
             X("change", [P("Elin Hagström", "elin.hagstrom@malung-salen.se", "Malung-Sälens kommun", diet="vegan")],
               [S1, S2], diet="vegan"),
             "diet added in a reply to the confirmation; her sessions come from the quoted confirmation she says is right (3/5, 21/9)"),

        tg("ad099", "2027-04-08T19:52", "Sofia G", 7150293381,
           "Hej! Jag missade att anmäla mig i tid 🙈 Vill gärna vara med på alla fyra träffarna om det finns plats kvar. Sofia Granberg, Säters kommun",
           X("register", [P("Sofia Granberg", None, "Säters kommun")], ALL),
           "telegram late signup, full name and organisation from the text, not the display name"),

        mail("ad100", "2027-02-03T14:12", ("HR Ludvika kommun", "hr@ludvika.se"), "Avanmälan DalaLab – Henrik Dahl",
             """Hej,

Henrik Dahl (henrik.dahl@ludvika.se), planeringsavdelningen, avslutar sin
anställning hos oss den 28 februari. Vi ber er därför avanmäla honom från
samtliga DalaLab-träffar.

Med vänlig hälsning
Personalenheten
Ludvika kommun""",
             X("cancel", [P("Henrik Dahl", "henrik.dahl@ludvika.se", "Ludvika kommun")], ALL),
             "HR function mailbox cancels an employee entirely; sender not in people; '28 februari' is not a session"),

        mail("ad101", "2027-01-11T10:44", ("Gustav Nordlöf", "gustav.nordlof@sater.se"), "SV: " + CONF_SUBJ,
             """Hej Linnea,

Tack! En fråga: i bekräftelsen står 10.00–15.00, gäller det även för
träffarna i september och november? Och vet ni redan var den 21 september
hålls? Jag behöver boka bil i god tid.

Mvh Gustav

""" + conf("Gustav Nordlöf", ["3 maj 2027", "21 september 2027", "29 november 2027", "22 februari 2028"],
           "den 10 januari 2027 16:05"),
             X("question"),
             "question in a reply to the confirmation; names sessions but changes nothing"),

        mail("ad102", "2027-03-08T08:58", ("Elsa Norberg", "elsa.norberg@leksand.se"), "Ny arbetsgivare – samma deltagare",
             """Hej!

Jag var anmäld till DalaLab från Gagnefs kommun (elsa.norberg@gagnef.se),
men sedan 1 mars jobbar jag som planarkitekt på Leksands kommun. Jag vill
gärna gå kvar på alla fyra träffarna. Kan ni uppdatera min anmälan till
den nya adressen och organisationen?

Mvh
Elsa Norberg
Leksands kommun""",
             X("change", [P("Elsa Norberg", "elsa.norberg@leksand.se", "Leksands kommun")], ALL),
             "address and organisation change; the old gagnef.se address must not become a second person; sessions stated as all four"),

        mail("ad103", "2027-03-31T13:03", ("Ida Forsman", "ida.forsman@rattvik.se"), "Ytterligare en deltagare",
             """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hej Linnea,</p>
<p>Jag och Hampus är redan anmälda från Rättvik. Nu vill även vår nya
kollega <b>Jonas Ek</b> vara med, men bara på träffarna <b>21/9</b> och
<b>29/11</b>. Går det bra?</p>
<p>Vänliga hälsningar<br>
Ida Forsman<br>
Samhällsbyggnad, Rättviks kommun<br>
<span style="color:#888">Riksvägen 40, 795 80 Rättvik | 0248-700 00</span></p>
</body></html>""",
             X("register", [P("Jonas Ek", None, "Rättviks kommun")], [S2, S3]),
             "HTML-only; a colleague added to an existing signup -> register for him only; sender and Hampus already registered, not people"),

        mail("ad104", "2027-01-21T15:30",
             ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@regiondalarna.se"),
             "Det gick inte att leverera: " + CONF_SUBJ,
             """Det gick inte att leverera meddelandet till följande mottagare:

jens.ahlgren@smedjebaken.se
Mottagarens domän hittades inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: SE2PR05MB1183.eurprd05.prod.outlook.com
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'

Ursprungligt meddelande:

Hej Jens!

Tack för din anmälan till DalaLab. Du är anmäld till:
- 3 maj 2027
- 29 november 2027

Vänliga hälsningar
Linnea Hassis, Region Dalarna""",
             X("auto_reply"),
             "Exchange NDR for a confirmation sent to a misspelt domain; the returned text names a person and two dates -> nothing to book"),

        tg("ad105", "2027-02-09T12:18", "Patrik Lund", 5833920174,
           "Hej! Jag är anmäld till första träffen. Kan ni lägga till den i februari 2028 också? /Patrik, Avesta",
           X("change", [P("Patrik Lund", None, "Avesta kommun")], [S1, S4]),
           "telegram: add a session to a stated registration -> after change 3/5 + 22/2"),

        mail("ad106", "2027-03-15T07:40", ("Göran Lövgren", "goran.lovgren@vansbro.se"), "Avanmälan 29 november",
             """Hej Linnea,

Tyvärr krockar träffen den 29 november med kommunfullmäktige, så jag får
stryka mig från just den. Övriga träffar går jag på som planerat.

Hälsningar
Göran Lövgren
Vansbro kommun""",
             X("cancel", [P("Göran Lövgren", "goran.lovgren@vansbro.se", "Vansbro kommun")], [S3]),
             "iso-8859-1 partial cancellation of 29/11 only",
             charset="iso-8859-1"),

        mail("ad107", "2027-02-26T17:05", ("Rachel Moore", "rachel.moore@regiondalarna.se"), "Re: " + CONF_SUBJ,
             """Hi Linnea,

My colleague Johan showed me the confirmation he got and I'd like to join
too, if there is still room. I can make the May and September meetings;
the two later ones clash with a project in the UK.

Best,
Rachel Moore
Regional development, Region Dalarna

""" + conf("Johan Ekholm", ["3 maj 2027", "21 september 2027", "29 november 2027", "22 februari 2028"],
           "den 25 februari 2027 10:20"),
             X("register", [P("Rachel Moore", "rachel.moore@regiondalarna.se", "Region Dalarna")], [S1, S2]),
             "English late signup on a colleague's confirmation; 'May and September meetings' -> 3/5, 21/9; quoted all-four dates are Johan's"),

        mail("ad108", "2027-01-19T12:31", ("Karolina Wester", "karolina.wester@orsa.se"), "byta datum",
             """Hej, kan jag byta 21 september mot 29 november? Vi har
planeringsdagar i september.

/Karolina Wester, Orsa kommun""",
             X("change", [P("Karolina Wester", "karolina.wester@orsa.se", "Orsa kommun")], [S3]),
             "bare swap without the rest of her registration -> only the new session"),

        mail("ad109", "2027-03-24T10:12", ("Birgitta Stål", "birgitta.stal@avesta.se"), "Fwd: Frånvaro 3 maj",
             """Hej Linnea,

Ulla bad mig skicka vidare detta till dig, hennes mejl strular från
mobilen. /Birgitta, nämndsekreterare

---------- Vidarebefordrat meddelande ---------
Från: Ulla Berglund <ulla.berglund@avesta.se>
Datum: tis 23 mars 2027 kl 18:47
Ämne: Frånvaro 3 maj
Till: Birgitta Stål <birgitta.stal@avesta.se>

Hej Linnea,
Jag kan tyvärr inte komma på DalaLab den 3 maj, då har vi
tillsynsbesök. Höstens träffar och februari går jag på.
Ulla Berglund, Avesta kommun""",
             X("cancel", [P("Ulla Berglund", "ulla.berglund@avesta.se", "Avesta kommun")], [S1]),
             "Fwd: chain, forwarder not in people; real request below: cancel 3 May only; address from quoted header"),

        tg("ad110", "2027-02-01T08:47", "Nils", 6631002948,
           "blir träff 2 också i Falun eller är det digitalt? funderar på om jag ska ta tåget",
           X("question"),
           "telegram question about a session's venue; 'träff 2' names a session but nothing is booked"),

        mail("ad111", "2027-04-06T11:26", ("Daniel Crane", "daniel.crane@lansstyrelsen.se"), "Request to delete my data",
             """Dear organiser,

I signed up for DalaLab in December but cancelled shortly after. I would
now like you to delete all personal data you hold about me (name, e-mail,
employer and any notes), under Article 17 GDPR.

Kind regards,
Daniel Crane
Länsstyrelsen Dalarna""",
             X("erasure", [P("Daniel Crane", "daniel.crane@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "English erasure request from someone who already cancelled; no sessions"),

        mail("ad112", "2027-04-01T09:15", ("Kansliet Samhällsbyggnad Avesta", "samhallsbyggnad@avesta.se"),
             "Anmälan DalaLab – tre deltagare",
             """Hej!

Vi är sena, men här kommer Avestas deltagare. Alla tre vill gå på
samtliga träffar.

Namn              | E-post                    | Specialkost
------------------+---------------------------+-------------
Linus Ahlberg     | linus.ahlberg@avesta.se   | –
Mira Saleh        | mira.saleh@avesta.se      | vegetarisk
Tomas Hedlund     | tomas.hedlund@avesta.se   | –

Hälsningar
Kansliet, Samhällsbyggnadsförvaltningen
Avesta kommun
Box 145, 774 22 Avesta | 0226-64 50 00""",
             X("register", [P("Linus Ahlberg", "linus.ahlberg@avesta.se", "Avesta kommun"),
                            P("Mira Saleh", "mira.saleh@avesta.se", "Avesta kommun", diet="vegetarisk"),
                            P("Tomas Hedlund", "tomas.hedlund@avesta.se", "Avesta kommun")], ALL, diet="vegetarisk"),
             "function mailbox registers three people from a text table; one diet; sender not a person; address digits in signature"),

        mail("ad113", "2027-01-28T14:55", ("Hanna Berglund", "hanna.berglund@ludvika.se"), "Kost för Erik Sund",
             """Hej,

Min kollega Erik Sund är anmäld till alla fyra DalaLab-träffarna men
glömde ange att han är glutenintolerant. Kan ni notera det? Han är ute i
fält hela veckan, därför skriver jag.

Hanna Berglund
Ludvika kommun""",
             X("change", [P("Erik Sund", None, "Ludvika kommun", diet="glutenintolerant")], ALL,
               diet="glutenintolerant"),
             "colleague sends a diet change for someone else; sender not in people; sessions stated as all four"),

        mail("ad114", "2027-02-10T06:02", ("Thomas Whitfield", "thomas.whitfield@borlange.se"),
             "Automatic reply: DalaLab – påminnelse",
             """Thank you for your email. I am away on leave and will return on
Monday 22 February. I will have limited access to email.

For urgent planning matters, please contact planning@borlange.se.

Thomas Whitfield""",
             X("auto_reply"),
             "English out-of-office; '22 February' (2027) echoes a session date's day and month but is no booking"),

        mail("ad115", "2027-03-05T16:38", ("Rebecka Öberg", "rebecka.oberg@smedjebacken.se"), "SV: " + CONF_SUBJ,
             """Hej Linnea,

Tyvärr måste jag avanmäla mig helt. Vi har en omorganisation på gång och
jag kommer inte att ha översiktsplanering som uppdrag framöver. Hoppas
platsen kommer någon annan till godo.

Rebecka Öberg
Smedjebackens kommun

""" + conf("Rebecka Öberg", ["3 maj 2027", "21 september 2027", "29 november 2027", "22 februari 2028"],
           "den 2 februari 2027 09:55"),
             X("cancel", [P("Rebecka Öberg", "rebecka.oberg@smedjebacken.se", "Smedjebackens kommun")], ALL),
             "whole cancellation in a reply to the confirmation; no date named in her own text -> all four"),

        tg("ad116", "2027-03-12T15:07", "Jessica Holm", 5290047716,
           "Hej! Jag kan inte komma 29/11 😕 min kollega Maja Dahlin tar min plats den dagen. Vi är båda på Orsa kommun",
           X("change", [P("Jessica Holm", None, "Orsa kommun"), P("Maja Dahlin", None, "Orsa kommun")], [S3]),
           "telegram substitution for one session: sender out, colleague in on 29/11; people both"),

        mail("ad117", "2027-04-09T11:50", ("Ingrid Sahlén", "ingrid.sahlen@vansbro.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej!

Sent omsider: jag vill anmäla mig till den sista träffen, den om
tillgänglighet. De andra hinner jag inte med.

/Ingrid Sahlén, Vansbro kommun
Skickat från min iPhone

""" + INVITATION,
             X("register", [P("Ingrid Sahlén", "ingrid.sahlen@vansbro.se", "Vansbro kommun")], [S4]),
             "late Outlook reply quoting the invitation's four dates; session by theme/position -> 22/2 only"),

        mail("ad118", "2027-03-17T09:21", ("Per-Olof Granlund", "per-olof.granlund@alvdalen.se"), "Lunch?",
             """Hej,

Jag är anmäld till alla fyra. Behöver jag anmäla mig separat till lunchen
och fikat, eller ingår det? Och kostar något av det?

Per-Olof Granlund
Älvdalens kommun""",
             X("question"),
             "question mentioning 'anmäla' and an existing registration; books nothing"),

        mail("ad119", "2027-02-17T03:12", ("DalaLab Anmälan", "noreply@regiondalarna-events.com"),
             "Åtgärd krävs: din anmälan till DalaLab annulleras",
             """Hej deltagare,

Din anmälan till DalaLab 3 maj 2027 har inte verifierats och annulleras
automatiskt inom 24 timmar.

För att behålla din plats, bekräfta dina uppgifter och betala
deltagaravgiften (450 kr) via länken nedan:

https://regiondalarna-events.com/verify?id=88213

Region Dalarna Eventteam""",
             X("unknown"),
             "phishing dressed as a confirmation/cancellation notice from a look-alike domain -> unknown"),

        mail("ad120", "2027-01-08T10:10", ("Sanna Jernberg", "sanna.jernberg@gagnef.se"), "Re: " + CONF_SUBJ,
             """Hej igen!

Nu har jag pratat med min chef och hon vill att jag även går på träffen
i november. Kan ni lägga till den?

Sanna

""" + conf("Sanna Jernberg", ["21 september 2027"], "den 7 januari 2027 13:30"),
             X("change", [P("Sanna Jernberg", "sanna.jernberg@gagnef.se", "Gagnefs kommun")], [S2, S3]),
             "add a session; her current registration (21/9) is in the quoted confirmation -> after change 21/9 + 29/11"),

        tg("ad121", "2027-03-26T22:03", "Petra Nyström", 8011736452,
           "hej, jag avanmäler mig från dalalab, hinner inte med. /Petra, Älvdalen",
           X("cancel", [P("Petra Nyström", None, "Älvdalens kommun")], ALL),
           "telegram whole cancellation, no date -> all four; lower case; 'Älvdalen'"),

        mail("ad122", "2027-04-07T15:28", ("Anders Bengtsson", "anders.bengtsson@smedjebacken.se"), "En till från Smedjebacken",
             """Hej Linnea,

Jag är redan anmäld, men nu vill även min kollega Fredrik Olsson
(fredrik.olsson@smedjebacken.se) vara med på alla träffarna. Han äter
vegetariskt.

Tack!
Anders Bengtsson
Smedjebackens kommun | 0240-66 00 00""",
             X("register", [P("Fredrik Olsson", "fredrik.olsson@smedjebacken.se", "Smedjebackens kommun",
                              diet="vegetariskt")], ALL, diet="vegetariskt"),
             "already-registered sender adds a colleague; only the colleague is registered; diet as written"),

        mail("ad123", "2027-03-10T13:14", ("Sofie Lund", "sofie.lund@falun.se"), "VB: Kan du gå i mitt ställe 22/2?",
             """Hej Linnea,

Jag tar Karins plats på DalaLab den 22 februari 2028, se nedan.

Hälsningar
Sofie Lund
Falu kommun

Från: Karin Nyqvist <karin.nyqvist@falun.se>
Skickat: den 9 mars 2027 17:22
Till: Sofie Lund <sofie.lund@falun.se>
Ämne: Kan du gå i mitt ställe 22/2?

Hej Sofie! Jag har semester i februari 2028 och kan inte gå på sista
DalaLab-träffen. Kan du ta den? Meddela i så fall Linnea direkt.
/Karin""",
             X("change", [P("Karin Nyqvist", "karin.nyqvist@falun.se", "Falu kommun"),
                          P("Sofie Lund", "sofie.lund@falun.se", "Falu kommun")], [S4]),
             "VB: chain where the substitute writes on top; the leaving colleague's request is quoted below; people both; 22/2 only"),

        mail("ad124", "2027-01-12T10:31", ("Mikael Åberg", "mikael.aberg@mora.se"), "Läst: " + CONF_SUBJ,
             """Ditt meddelande

  Till: Mikael Åberg
  Ämne: Bekräftelse: anmälan till DalaLab
  Skickat: den 12 januari 2027 10:14

lästes den 12 januari 2027 10:31.""",
             X("auto_reply"),
             "read receipt on the confirmation (plain text, no report MIME) -> automatic"),

        tg("ad125", "2027-04-02T09:40", "AK Bäck", 4471928365,
           "Lägg till mig också! Anna-Karin Bäck, Region Dalarna, anna-karin.back@regiondalarna.se – träff 3 och 4",
           X("register", [P("Anna-Karin Bäck", "anna-karin.back@regiondalarna.se", "Region Dalarna")],
             [S3, S4]),
           "telegram late signup with e-mail in text; sessions by number 3 and 4; hyphenated first name"),

        mail("ad126", "2027-04-05T08:26", ("Eva Skoog", "eva.skoog@sater.se"), "Avanmälan 3 maj",
             """Hej!

Lars Wiklander och Birgitta Forsberg från Säter kan tyvärr inte komma den
3 maj. De hör av sig själva om höstens träffar.

Eva Skoog
Administratör, Säters kommun""",
             X("cancel", [P("Lars Wiklander", None, "Säters kommun"), P("Birgitta Forsberg", None, "Säters kommun")],
               [S1]),
             "administrator cancels two colleagues for 3 May only; no addresses; sender not in people"),

        mail("ad127", "2027-02-24T14:00", ("Ahmed Karimi", "ahmed.karimi@borlange.se"), "Parking in Falun?",
             """Hello,

I'm registered for all four sessions. Is there parking near the venue in
Falun on 3 May, or should I take the train from Borlänge? Also, will the
slides be shared afterwards?

Thanks,
Ahmed Karimi
Borlänge kommun""",
             X("question"),
             "English practical questions from a registered participant; a date is named but nothing changes"),

        mail("ad128", "2027-03-03T11:37", ("Ronja Hellström", "ronja.hellstrom@ludvika.se"), "Utöka min anmälan",
             """Hej!

Jag står bara på första träffen just nu. Min chef vill att jag hänger med
hela vägen, så lägg gärna till de tre övriga också.

Mvh
Ronja Hellström
Ludvika kommun""",
             X("change", [P("Ronja Hellström", "ronja.hellstrom@ludvika.se", "Ludvika kommun")], ALL),
             "extend a stated registration (first session) with the three others -> all four"),

        mail("ad129", "2027-04-09T16:58", ("Simon Eriksson", "simon.eriksson@orsa.se"), "Anmälan",
             """<div dir="ltr"><div>Hej,</div><div><br></div>
<div>Anmäler mig till DalaLab, träffarna <b>3/5</b> och <b>22/2</b>.</div>
<div><br></div><div>--</div>
<div>Simon Eriksson</div>
<div>Planeringsarkitekt</div>
<div>Orsa kommun, Dialoggatan 1, 794 30 Orsa</div>
<div>Tel: 0250-55 21 00 &nbsp;|&nbsp; Mobil: 070-312 45 67</div>
<div>Org.nr 212000-2155</div></div>""",
             X("register", [P("Simon Eriksson", "simon.eriksson@orsa.se", "Orsa kommun")], [S1, S4]),
             "HTML-only late signup, short dates 3/5 and 22/2; signature full of numbers"),

        tg("ad130", "2027-02-18T20:11", "Jonas Lindqvist", 6903385521,
           "hej! kan ni ändra min kost till laktosfri? jag är anmäld på alla träffarna /jonas, hedemora",
           X("change", [P("Jonas Lindqvist", None, "Hedemora kommun", diet="laktosfri")], ALL, diet="laktosfri"),
           "telegram diet change; sessions stated as all"),

        mail("ad131", "2027-03-22T13:49", ("Fredrik Mattsson", "fredrik.mattsson@leksand.se"), "Ändring i Leksands anmälan",
             """Hej Linnea,

En ändring: Sara Ek följer inte med på träffen 22 februari 2028. Jag och
Helena går som förut på alla fyra.

/Fredrik Mattsson
Leksands kommun""",
             X("cancel", [P("Sara Ek", None, "Leksands kommun")], [S4]),
             "withdrawn colleague without substitute under 'Ändring' -> cancel; sender and Helena unchanged, not people"),

        mail("ad132", "2027-03-01T07:00", ("Plannytt", "nyhetsbrev@plannytt.se"), "Plannytt nr 3 2027: översiktsplanering i fokus",
             """PLANNYTT – nyhetsbrev för samhällsplanerare

I detta nummer:
* Nya ÖP-modellen ett år senare – så går det för kommunerna
* Webbinarium 3 maj: planeringsstrategier i praktiken. Anmäl dig senast
  20 april via vår webbplats.
* Kalendarium: konferens om tillgänglighet 21 september, Stockholm

Du får detta nyhetsbrev eftersom du prenumererar på Plannytt.
Avsluta prenumerationen: https://plannytt.se/avsluta""",
             X("unknown"),
             "newsletter with session-like dates and 'Anmäl dig' -> unknown as in the shared corpus"),

        tg("ad133", "2027-02-05T12:25", "Mattias Norén", 5718830209,
           "Hej, jag anmälde mig i januari men har inte fått någon bekräftelse. Har ni fått in min anmälan?",
           X("question"),
           "telegram question about the status of an earlier signup; no new booking"),

        mail("ad134", "2027-04-03T10:06", ("Lucas Fernández", "lucas.fernandez@gagnef.se"), "Joining DalaLab",
             """Hi Linnea,

I started as a planner at Gagnef municipality this month, and my
colleague Sanna told me about DalaLab. I'd like to join from the September
session onwards – the May one is during my introduction programme.

Best regards,
Lucas Fernández
Gagnefs kommun""",
             X("register", [P("Lucas Fernández", "lucas.fernandez@gagnef.se", "Gagnefs kommun")], [S2, S3, S4]),
             "English late signup 'from the September session onwards' -> 21/9, 29/11, 22/2; colleague mentioned is not a person"),

        tg("ad135", "2027-03-28T18:30", "Kim", 7425510936,
           "hej! första träffen krockar för mig men anmäl mig gärna till de tre andra. Kim Sandell, Malung-Sälen",
           X("register", [P("Kim Sandell", None, "Malung-Sälens kommun")], [S2, S3, S4]),
           "telegram signup to all but the first session; organisation 'Malung-Sälen'"),
    ]
