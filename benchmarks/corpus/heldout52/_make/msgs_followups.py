"""Writer "followups" (bc136–bc180): second, third and fourth messages in conversations. Several senders (Karin Holm,
Leksand; Anders Wallin, Borlänge; Maja Rask on Telegram, Orsa; Tom Becker, Länsstyrelsen; Sofia Lind, Falun; Eva
Marklund, Hedemora; Olof Grön, Malung-Sälen; Kajsa Nordqvist, Säter; Henrik Dahl, Hans Olsson, Lena Björk, Ida Persson,
Mikael Östlund) write a signup and then add a session, change diet, drop a session, ask, send a colleague instead,
correct a typo in an address or name, confirm or thank, and answer the assistant's questions with short chat replies.
Every label is what a human reading that one message alone would take from it."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

KARIN = ("Karin Holm", "karin.holm@leksand.se")
ANDERS = ("Anders Wallin", "anders.wallin@borlange.se")
TOM_GMAIL = ("Tom Becker", "tom.becker.planning@gmail.com")
TOM = ("Tom Becker", "tom.becker@lansstyrelsen.se")
SOFIA = ("Sofia Lind", "sofia.lind@falun.se")
EVA = ("Eva Marklund", "eva.marklund@hedemora.se")
KAJSA = ("Kajsa Nordqvist", "kajsa.nordqvist@sater.se")
IDA = ("Ida Persson", "ida.persson@gagnef.se")
MAJA = ("Maja Rask", "6034417728")
OLOF = ("Olof Grön", "1187730452")
HENRIK = ("Henrik Dahl", "5520918834")

INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 30 november 2026 15:02
Till: planering-dalarna@lists.regiondalarna.se
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet
DalaLab – Planering för hållbarhet och utvecklingskraft. Träffarna:

3 maj 2027 i Falun, kl. 10–15 (fika från 09.30)
21 september 2027
29 november 2027
22 februari 2028

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag är
14 april 2027.

Varmt välkomna!
Linnea Hassis, Region Dalarna"""


def messages():
    return [
        mail("bc136", "2026-12-02T08:47", KARIN, "Anmälan DalaLab",
             """Hej Linnea!

Tack för inbjudan. Jag vill gärna anmäla mig till de två första träffarna, 3 maj och 21 september. De två
senare får jag återkomma om när jag vet hur hösten ser ut.

Vänliga hälsningar
Karin Holm
Planeringsarkitekt
Samhällsbyggnadsförvaltningen, Leksands kommun
Box 301, 793 27 Leksand
Tfn 0247-804 12""",
             X("register", [P("Karin Holm", "karin.holm@leksand.se", "Leksands kommun")], [S1, S2]),
             "first message of Karin's thread: 'de två första träffarna, 3 maj och 21 september'; the later two are only "
             "'återkomma om'"),

        mail("bc137", "2026-12-03T13:20", ANDERS, "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hej,

Jag och min kollega Maria Sund vill anmäla oss till lärprojektet. Vi räknar med att vara med på samtliga
träffar.

Mvh
Anders Wallin
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Borlänge kommun
Direkt: 0243-740 18 | Mobil: 070-318 22 95
anders.wallin@borlange.se

""" + INVITATION,
             X("register", [P("Anders Wallin", "anders.wallin@borlange.se", "Borlänge kommun"),
                            P("Maria Sund", None, "Borlänge kommun")], ALL),
             "self + colleague without address, 'samtliga träffar' = all four; quoted invitation's dates and deadline "
             "are not the signup"),

        tg("bc138", "2026-12-05T19:42", *MAJA,
           """hej! vill anmäla mig + en kollega till dalalab 🙂 /maja rask, orsa kommun""",
           X("register", [P("Maja Rask", None, "Orsa kommun")], ALL, unsure=["people"]),
           "opens a chat: signs herself up, no session named -> all four; the colleague is unnamed so cannot be listed "
           "(a human would ask who)"),

        tg("bc139", "2026-12-05T19:44", *MAJA,
           """nej bara maj""",
           X("register", [P("Maja Rask", None, None)], [S1], unsure=["intent", "people"]),
           "short answer to a question not shown: read alone it says only the May session, most likely for the "
           "sender's own signup; whether it covers the colleague too, and the organisation, cannot be told"),

        tg("bc140", "2026-12-05T19:46", *MAJA,
           """hon heter Lisa Berg""",
           X("register", [P("Lisa Berg", None, None)], ALL, unsure=["intent", "sessions", "organisation"]),
           "answer naming a colleague: most likely a signup of Lisa Berg; read alone no session (-> all four by the "
           "default) and no organisation; a human could not tell without the earlier messages"),

        tg("bc141", "2026-12-05T19:47", *MAJA,
           """lisa.berg@orsa.se""",
           X("register", [P("Lisa Berg", "lisa.berg@orsa.se", "Orsa kommun")], ALL, unsure=["intent", "sessions"]),
           "a bare address sent to the bot: a human reads it as Lisa Berg at Orsa (not the sender) being signed up; "
           "intent and sessions are guesses"),

        mail("bc142", "2026-12-07T10:05", TOM_GMAIL, "DalaLab registration",
             """Hello Linnea,

I started at Länsstyrelsen Dalarna (regional planning unit) last month and my manager forwarded your
invitation. I would like to register for the two autumn sessions, 21 September and 29 November.

My work e-mail isn't fully set up yet, so I'm writing from my private account – please send the
confirmation to my work address, tom.beker@lansstyrelsen.se, once it is up.

My Swedish is still basic, so any material in English would be much appreciated.

Best regards,
Tom Becker
Planning officer, Länsstyrelsen Dalarna
+46 10 225 03 00""",
             X("register", [P("Tom Becker", "tom.beker@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3],
               unsure=["people"]),
             "English signup from a private gmail; the address he asks to be used is the work address as written "
             "('beker', which looks like a typo of Becker -> a human might ask); 'two autumn sessions' = 21 Sep + 29 Nov"),

        mail("bc143", "2026-12-09T14:31", SOFIA, "Anmälan",
             """Hej!
Anmäler mig härmed till DalaLab, träffarna 3/5 och 21/9. Kost: glutenfri.
/Sofia Lind, planarkitekt Falu kommun

Skickat från min iPhone""",
             X("register", [P("Sofia Lind", "sofia.lind@falun.se", "Falu kommun", diet="glutenfri")], [S1, S2],
               diet="glutenfri"),
             "short phone signup; '3/5 och 21/9'; diet glutenfri"),

        mail("bc144", "2026-12-10T09:12", EVA, "Anmälan av två handläggare till DalaLab",
             """Hej,

På uppdrag av samhällsbyggnadschefen anmäler jag följande två medarbetare till samtliga fyra träffar i
DalaLab:

Jonas Ahl, planhandläggare – jonas.ahl@hedemora.se
Sanna Ek, översiktsplanerare – sanna.ek@hedemora.se

Ingen av dem har några särskilda kostbehov.

Med vänlig hälsning
Eva Marklund
Nämndsekreterare
Hedemora kommun, Samhällsbyggnadsförvaltningen
Tfn 0225-341 00""",
             X("register", [P("Jonas Ahl", "jonas.ahl@hedemora.se", "Hedemora kommun"),
                            P("Sanna Ek", "sanna.ek@hedemora.se", "Hedemora kommun")], ALL),
             "secretary registers two colleagues, not herself; 'samtliga fyra träffar'; 'inga särskilda kostbehov' is "
             "no diet"),

        mail("bc145", "2026-12-14T11:02", ("Mikael Östlund", "mikael.ostlund@regiondalarna.se"),
             "SV: DalaLab – stämmer vår uppfattning?",
             """Ja, det stämmer. Tack!

/Mikael

Mikael Östlund
Utvecklingsstrateg, Samhällsplanering
Region Dalarna
010-224 53 17

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 14 december 2026 10:41
Till: Mikael Östlund <mikael.ostlund@regiondalarna.se>
Ämne: DalaLab – stämmer vår uppfattning?

Hej Mikael!

Tack för ditt mejl. Vi uppfattade:
- Anmälan för Mikael Östlund (Region Dalarna)
- Träffar: 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028
- Kost: laktosfri

Stämmer det? Svara gärna på det här mejlet.

Hälsningar
DalaLab, Region Dalarna""",
             X("register", [P("Mikael Östlund", "mikael.ostlund@regiondalarna.se", "Region Dalarna",
                              diet="laktosfri")], ALL, diet="laktosfri"),
             "'Ja, det stämmer' above the quoted 'Vi uppfattade: ... Stämmer det?': confirms that signup, so the quoted "
             "reading (all four, laktosfri) is what he asks for"),

        mail("bc146", "2026-12-15T16:22", IDA, "Re: DalaLab – stämmer vår uppfattning?",
             """Den 15 dec. 2026 kl. 15:58 skrev DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>:
> Hej Ida!
>
> Vi uppfattade:
> - Anmälan för Ida Persson (Gagnefs kommun)
> - Träff: 29 november 2027
>
> Stämmer det?

Nej, där blev det fel från min sida – jag menade 21 september, inte 29 november. Bara den träffen alltså.

Ida Persson
Gagnefs kommun

Skickat från E-post för Windows""",
             X("register", [P("Ida Persson", "ida.persson@gagnef.se", "Gagnefs kommun")], [S2], unsure=["intent"]),
             "answer below the quoted confirmation question: not yet confirmed, so a corrected signup for 21 Sep only; "
             "could also be read as a change (same sessions either way)"),

        tg("bc147", "2026-12-18T21:15", *OLOF,
           """Hej! Anmäl mig till alla 4 träffarna i dalalab. Olof Grön, Malung-Sälens kommun 👍""",
           X("register", [P("Olof Grön", None, "Malung-Sälens kommun")], ALL),
           "Telegram signup, 'alla 4 träffarna'"),

        mail("bc148", "2026-12-21T07:30", ANDERS, "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
             """Tack för ditt mejl. Jag är ledig t.o.m. den 6 januari och läser inte min e-post under tiden.
Vid brådskande ärenden, kontakta Samhällsbyggnadsförvaltningens växel 0243-740 00.

Anders Wallin
Översiktsplanerare, Borlänge kommun""",
             X("auto_reply"),
             "Outlook out-of-office answering the organiser's confirmation; no auto headers"),

        mail("bc149", "2027-01-08T09:40", ANDERS, "Frågor inför DalaLab",
             """Hej Linnea,

Gott nytt år! Maria och jag är anmälda till alla fyra träffarna, och nu har det kommit upp två frågor här:

1. Finns det parkering vid lokalen i Falun den 3 maj, eller är det bättre att ta tåget?
2. Kommer det något förberedande material före första träffen?

Mvh
Anders Wallin
Översiktsplanerare, Borlänge kommun
Direkt: 0243-740 18""",
             X("question"),
             "questions only from registered people; the stated registration and '3 maj' are context, no sessions"),

        mail("bc150", "2027-01-11T13:05", KARIN, "Lägga till en träff",
             """Hej igen!

Jag är anmäld till 3 maj och 21 september. Nu har jag fått klart med hösten, så lägg gärna till
29 november också. Februariträffen står jag över.

Hälsningar
Karin Holm
Leksands kommun""",
             X("change", [P("Karin Holm", "karin.holm@leksand.se", "Leksands kommun")], [S1, S2, S3]),
             "adds a session and states the existing ones -> sessions after the change: 3 May, 21 Sep, 29 Nov; "
             "February explicitly skipped"),

        mail("bc151", "2027-01-12T15:48", ("Lena Björk", "lena.bjork@vansbro.se"), "Fråga om DalaLab",
             """Hej!

Jag är ensam planerare i Vansbro och har svårt att vara borta fyra dagar. Måste man gå på alla träffar,
eller går det att anmäla sig till bara några av dem?

Hälsningar
Lena Björk
Plan- och byggchef, Vansbro kommun
0281-750 00""",
             X("question"),
             "question before signing up; 'fyra dagar' is not a session"),

        tg("bc152", "2027-01-13T20:11", *HENRIK,
           """hej! anmäl mig till dalalab, samma som förra gången 👍 /henrik, avesta kommun""",
           X("register", [P("Henrik Dahl", None, "Avesta kommun")], ALL, unsure=["sessions"]),
           "'samma som förra gången' points at something outside this message; no session named -> all four as the "
           "likely reading, but a human would ask"),

        mail("bc153", "2027-01-14T08:55", TOM_GMAIL, "Re: DalaLab registration – correction",
             """Hi again,

Sorry, I made a typo in my last e-mail: my work address is tom.becker@lansstyrelsen.se (with a c),
not tom.beker@... It works now, so please use it from here on.

Thanks,
Tom Becker
Länsstyrelsen Dalarna""",
             X("change", [P("Tom Becker", "tom.becker@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "correction of his own address in an existing signup -> change with the corrected address (not the gmail "
             "sender, not the mistyped one); no sessions stated"),

        mail("bc154", "2027-01-15T10:20", ("Lena Björk", "lena.bjork@vansbro.se"), "SV: Fråga om DalaLab",
             """Tack för snabbt svar! Då anmäler jag mig till den första och den sista träffen (3 maj och 22 februari).

Lena

Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 14 januari 2027 16:30
Till: Björk Lena <lena.bjork@vansbro.se>
Ämne: SV: Fråga om DalaLab

Hej Lena!
Det går bra att anmäla sig till enstaka träffar, även om vi rekommenderar alla fyra (3 maj, 21 september,
29 november och 22 februari). Svara på det här mejlet med de träffar du vill gå på.

Hälsningar
Linnea

-----Ursprungligt meddelande-----
Måste man gå på alla träffar, eller går det att anmäla sig till bara några av dem?""",
             X("register", [P("Lena Björk", "lena.bjork@vansbro.se", "Vansbro kommun")], [S1, S4]),
             "signup after the answer to her question: 'första och sista träffen (3 maj och 22 februari)'; organisation "
             "from the vansbro.se domain; quoted answer lists all four"),

        mail("bc155", "2027-01-18T12:34", SOFIA, "Sv: Anmälan",
             """Hej!
Lägg till min kollega Emil Nyström också, samma träffar som jag (se nedan). Han har ingen specialkost.
/Sofia

Skickat från min iPhone

> 9 dec. 2026 kl. 14:31 skrev Sofia Lind <sofia.lind@falun.se>:
>
> Hej!
> Anmäler mig härmed till DalaLab, träffarna 3/5 och 21/9. Kost: glutenfri.
> /Sofia Lind, planarkitekt Falu kommun""",
             X("register", [P("Emil Nyström", None, "Falu kommun")], [S1, S2]),
             "'lägg till min kollega också, samma träffar som jag (se nedan)': the quoted own mail resolves 3/5 + 21/9; "
             "Sofia is already registered and not in people; her glutenfri is not Emil's"),

        tg("bc156", "2027-01-20T08:03", *MAJA,
           """ja""",
           X("unknown", unsure=["intent"]),
           "a bare 'ja' answering an unseen question: nothing a human could act on from this message alone"),

        mail("bc157", "2027-01-22T14:02", ("Samhällsbyggnad Säter", "samhallsbyggnad@sater.se"),
             "Anmälan DalaLab – Säters kommun",
             """Hej,

Vi är två från Säters kommun som vill vara med i DalaLab, alla fyra träffarna:

- Kajsa Nordqvist, kajsa.nordqvst@sater.se
- Robert Lund, robert.lund@sater.se

Svara gärna direkt till oss var för sig.

Hälsningar
Kajsa Nordqvist
Samhällsbyggnadsförvaltningen, Säters kommun
Box 300, 783 27 Säter""",
             X("register", [P("Kajsa Nordqvist", "kajsa.nordqvst@sater.se", "Säters kommun"),
                            P("Robert Lund", "robert.lund@sater.se", "Säters kommun")], ALL, unsure=["people"]),
             "from a function mailbox (not a person); both addresses as written, Kajsa's looks mistyped ('nordqvst') "
             "and is corrected in her next mail"),

        mail("bc158", "2027-01-22T15:10", KAJSA, "Fel adress i anmälan",
             """Hej igen,

Jag ser att jag slarvade med min egen adress i anmälan som gick från vår funktionsbrevlåda för en stund
sedan – det saknas ett i. Rätt adress är kajsa.nordqvist@sater.se, alltså den jag skriver från nu.
Roberts adress stämmer.

Tack!
Kajsa Nordqvist
Planarkitekt, Säters kommun
0225-550 00""",
             X("change", [P("Kajsa Nordqvist", "kajsa.nordqvist@sater.se", "Säters kommun")]),
             "correction of a typo in her own address -> change for her only (Robert's 'stämmer'); no sessions stated"),

        mail("bc159", "2027-01-25T10:47", EVA, "Ändring DalaLab – 21 september",
             """Hej,

Jonas Ahl har fått förhinder den 21 september. I stället går Petra Ström, petra.strom@hedemora.se, på den
träffen. Jonas är kvar på de övriga tre.

Med vänlig hälsning
Eva Marklund
Nämndsekreterare, Hedemora kommun""",
             X("change", [P("Jonas Ahl", None, "Hedemora kommun"),
                          P("Petra Ström", "petra.strom@hedemora.se", "Hedemora kommun")], [S2]),
             "substitution for one session, sent by a secretary: Jonas out, Petra in on 21 Sep -> people both, "
             "sessions = what the substitute takes"),

        mail("bc160", "2027-01-26T08:15", EVA, "SV: Ändring DalaLab – 21 september",
             """Hej igen,

Glöm mitt förra mejl! Jonas möte har flyttats, så han kan gå den 21 september ändå. Petra ska alltså
inte anmälas.

Ursäkta krånglet.
Eva Marklund
Nämndsekreterare, Hedemora kommun

Från: Eva Marklund
Skickat: den 25 januari 2027 10:47
Till: linnea.hassis@regiondalarna.se
Ämne: Ändring DalaLab – 21 september

Jonas Ahl har fått förhinder den 21 september. I stället går Petra Ström, petra.strom@hedemora.se, på den
träffen. Jonas är kvar på de övriga tre.""",
             X("change", [P("Jonas Ahl", None, "Hedemora kommun"),
                          P("Petra Ström", "petra.strom@hedemora.se", "Hedemora kommun")], [S2], unsure=["intent"]),
             "'glöm mitt förra mejl' undoes the substitution: Petra out, Jonas back in on 21 Sep (a substitution the "
             "other way); Petra's address from the quoted mail; could also be read as cancelling Petra"),

        mail("bc161", "2027-02-03T11:20", ANDERS, "Rättelse: namn på anmäld kollega",
             """Hej Linnea,

Jag märkte i bekräftelsen att min kollega står som Maria Sund. Det var mitt fel – hon heter Maria Sundh,
med h på slutet. Kan ni rätta det?

Mvh
Anders Wallin
Översiktsplanerare, Borlänge kommun
0243-740 18""",
             X("change", [P("Maria Sundh", None, "Borlänge kommun")]),
             "correction of a colleague's name -> change for her with the corrected spelling (old spelling is not a "
             "second person); sender not in people; no sessions stated"),

        mail("bc162", "2027-02-05T09:12", ("Östlund Mikael", "mikael.ostlund@regiondalarna.se"),
             "Läst: Påminnelse: DalaLab 3 maj",
             """Ditt meddelande

  Till: Östlund Mikael
  Ämne: Påminnelse: DalaLab 3 maj
  Skickat: den 4 februari 2027 16:00:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 5 februari 2027 09:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.""",
             X("auto_reply"),
             "Outlook read receipt (plain text) for a reminder; '3 maj' in the subject is not a request"),

        mail("bc163", "2027-02-08T13:37", ("Hans Olsson", "hans.olsson@rattvik.se"), "Anmälan till DalaLab",
             """Hej Linnea!

Kul med ett nytt lärprojekt. Jag vill anmäla mig till alla träffarna. Kost: samma som förra gången, ni
bör ha det sedan Mötesplats Samhällsplanering i våras.

Hälsningar
Hans Olsson
Stadsarkitekt
Rättviks kommun
Riksvägen 1, 795 80 Rättvik
0248-700 00""",
             X("register", [P("Hans Olsson", "hans.olsson@rattvik.se", "Rättviks kommun")], ALL),
             "'alla träffarna' = all four; 'Kost: samma som förra gången' states no diet -> diet null"),

        tg("bc164", "2027-02-10T12:20", *MAJA,
           """hej igen! kan man vara med digitalt på träff 2? lisa undrar, hon har långt till falun""",
           X("question"),
           "question on behalf of a colleague; 'träff 2' names a session but nothing is requested"),

        mail("bc165", "2027-02-15T07:58", KARIN, "Kost",
             """Hej!

En liten ändring till min anmälan: jag har blivit vegetarian sedan jag anmälde mig, så vegetarisk kost
tack på alla mina tre träffar (3 maj, 21 september och 29 november).

Karin Holm
Planeringsarkitekt, Leksands kommun""",
             X("change", [P("Karin Holm", "karin.holm@leksand.se", "Leksands kommun", diet="vegetarisk")],
               [S1, S2, S3], diet="vegetarisk"),
             "diet update for an existing signup -> change; sessions as she states them"),

        mail("bc166", "2027-02-17T16:40", TOM, "RE: Confirmation: DalaLab",
             """Hi Linnea,

Thanks for the confirmation – everything looks right. Looking forward to September!

Best,
Tom

Tom Becker
Planning officer | Länsstyrelsen Dalarna
tom.becker@lansstyrelsen.se | +46 10 225 03 00

From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Sent: Wednesday, February 17, 2027 2:15 PM
To: Tom Becker <tom.becker@lansstyrelsen.se>
Subject: Confirmation: DalaLab

Hi Tom,
You are registered for:
- 21 September 2027
- 29 November 2027
Reply to this e-mail if anything changes.
DalaLab, Region Dalarna""",
             X("unknown"),
             "thanks for a confirmation, requests nothing; the quoted confirmation's dates are not a request"),

        tg("bc167", "2027-02-19T18:05", *HENRIK,
           """som jag skrev tidigare så krockar 29 nov med kommunfullmäktige, kan ni stryka mig från den? resten står kvar""",
           X("cancel", [P("Henrik Dahl", None, None)], [S3]),
           "drops one session: 29 Nov only; 'som jag skrev tidigare' needs nothing more; no organisation in this "
           "message"),

        mail("bc168", "2027-02-22T10:30", IDA, "Fråga om lokal",
             """Hej,

Som jag skrev tidigare i december är jag anmäld till träffen den 21 september. Var hålls den? I inbjudan
står bara Falun för första träffen.

Hälsningar
Ida Persson
Planhandläggare, Gagnefs kommun""",
             X("question"),
             "question about the venue; her registration is context, not a request; sent 22 Feb 2027"),

        mail("bc169", "2027-02-24T07:45", SOFIA, "Emil – 21/9",
             """Hej!
Emil Nyström kan tyvärr inte komma den 21 september, han har semester då. 3 maj står kvar.
/Sofia

Skickat från min iPhone""",
             X("cancel", [P("Emil Nyström", None, "Falu kommun")], [S2]),
             "colleague drops one session (21 Sep), keeps 3 May; sender not in people; organisation from her domain"),

        tg("bc170", "2027-03-01T19:30", "Sanna Ek", "7730156620",
           """Hej! Jag heter Sanna Ek och jobbar på Hedemora kommun. Jag har blivit anmäld till DalaLab av vår nämndsekreterare utan att någon frågade mig, och jag kommer inte att delta. Ta bort mig och radera alla mina uppgifter hos er, tack.""",
           X("erasure", [P("Sanna Ek", None, "Hedemora kommun")]),
           "withdraws and asks for all her data to be deleted -> erasure (covers the cancellation)"),

        mail("bc171", "2027-03-03T14:12", ("Gustav Lindh", "gustav.lindh@ludvika.se"),
             "SV: Detaljplan Marnäs – reviderade kartor",
             """Hej igen Linnea!

Som utlovat på mötet i förra veckan kommer här de reviderade plankartorna för Marnäs 2:14 m.fl.
Granskningen startar 15 mars och pågår till 5 april. Hör av dig om ni på regionen har synpunkter på
kollektivtrafikdelen.

Mvh
Gustav Lindh
Planarkitekt, Ludvika kommun
0240-860 00""",
             X("unknown"),
             "misdirected follow-up about another matter (a detailed plan) sent to the registration address"),

        tg("bc172", "2027-03-08T10:00", "Hans Olsson", "6649012287",
           """Hej, det är Hans Olsson, stadsarkitekt i Rättvik. Jag anmälde mig via mejl i februari men måste tyvärr avanmäla mig från hela DalaLab – jag går i pension i sommar och min efterträdare är inte rekryterad än. Hör av mig när det finns någon!""",
           X("cancel", [P("Hans Olsson", None, "Rättviks kommun")], ALL),
           "full cancellation on Telegram of a mail signup; 'hela DalaLab' -> all four; a future successor is not a "
           "signup"),

        mail("bc173", "2027-03-12T15:30", ANDERS, "Byte av deltagare 29 november",
             """Hej Linnea,

Jag har fått förhinder den 29 november (budgetberedning). Min kollega Johan Ek, johan.ek@borlange.se, går i
mitt ställe den dagen. Övriga träffar går jag på som planerat, och Maria Sundh är anmäld som förut.

Mvh
Anders Wallin
Översiktsplanerare, Borlänge kommun""",
             X("change", [P("Anders Wallin", "anders.wallin@borlange.se", "Borlänge kommun"),
                          P("Johan Ek", "johan.ek@borlange.se", "Borlänge kommun")], [S3]),
             "sends a colleague instead for one session: Anders out, Johan in on 29 Nov; Maria 'anmäld som förut' is "
             "not in people"),

        tg("bc174", "2027-03-18T22:41", *OLOF,
           """hej, kan tyvärr inte komma 22/2 nästa år 😕 resten funkar fint. /olof""",
           X("cancel", [P("Olof Grön", None, None)], [S4]),
           "drops one session: '22/2 nästa år' sent March 2027 = 22 Feb 2028; no organisation in this message"),

        mail("bc175", "2027-03-22T11:11", KARIN, "SV: Bekräftelse: anmälan till DalaLab",
             """Hej!

Jag måste tyvärr stryka 21 september – det krockar med vår ÖP-utställning. 3 maj och 29 november gäller
fortfarande.

Karin

Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
Skickat: den 15 februari 2027 08:30
Till: Holm Karin <karin.holm@leksand.se>
Ämne: Bekräftelse: anmälan till DalaLab

Hej Karin! Du är anmäld till: 3 maj 2027, 21 september 2027, 29 november 2027. Kost: vegetarisk.""",
             X("cancel", [P("Karin Holm", "karin.holm@leksand.se", "Leksands kommun")], [S2]),
             "partial cancellation of 21 Sep in a reply to the confirmation; quoted dates and diet are not the request"),

        tg("bc176", "2027-03-25T17:02", *OLOF,
           """en fråga till: hur lång promenad är det från resecentrum i falun till lokalen? åker buss från malung""",
           X("question"),
           "practical question, no request"),

        mail("bc177", "2027-03-29T09:20", KAJSA, "Avanmälan Robert Lund",
             """Hej,

Robert Lund har slutat hos oss och ska därför inte vara med i DalaLab. Jag själv står kvar på alla
träffarna.

Hälsningar
Kajsa Nordqvist
Planarkitekt, Säters kommun""",
             X("cancel", [P("Robert Lund", None, "Säters kommun")], ALL),
             "withdraws a colleague without a substitute -> cancel, no session named -> all four; sender stays"),

        tg("bc178", "2027-04-02T13:45", *MAJA,
           """tack för hjälpen med allt! ses i falun 🙏""",
           X("unknown"),
           "thanks, requests nothing"),

        tg("bc179", "2027-04-06T21:10", *HENRIK,
           """hej, jag har bytt jobb till ett privat konsultbolag och ska inte vara med i dalalab längre. ta bort alla mina uppgifter tack""",
           X("erasure", [P("Henrik Dahl", None, None)]),
           "leaves and asks for his data to be removed -> erasure; no organisation (new employer unnamed)"),

        mail("bc180", "2027-04-08T16:05", IDA, "Avanmälan",
             """Hej!

Tyvärr måste jag avanmäla mig från DalaLab – jag blir föräldraledig från augusti. Det gäller alltså
21 september, det var den enda träffen jag var anmäld till.

Vänliga hälsningar
Ida Persson
Planhandläggare, Gagnefs kommun
0241-150 00""",
             X("cancel", [P("Ida Persson", "ida.persson@gagnef.se", "Gagnefs kommun")], [S2]),
             "cancellation naming her only session (21 Sep) -> that session, not all four; 'augusti' is not a session"),
    ]
