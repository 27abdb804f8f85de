"""Writer "replies" (bf001–bf045): people answering the registration assistant's own mails and chat messages.
They quote it ("> " lines, Outlook "Från:/Skickat:/Till:/Ämne:" blocks, Gmail attributions, or text pasted into
Telegram) and answer it: which session they meant ("den i november", "båda", "29/11"), yes/no/corrections to
"Stämmer det?", adding a colleague or a diet to a confirmation, cancelling one session, colleagues who got "Du är
anmäld …" and did not want it or want another date, waiting-list requests and swaps after a quota refusal, undoing
a cancellation, plain thanks, questions, and the automatic mail (out-of-office, bounce, read receipt) the
assistant's mails draw. Each is labelled on the writer's own words, with the quoted mail as context only.
"""
import datetime as dt

from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

EVENT = "DalaLab – Planering för hållbarhet och utvecklingskraft"
REG = "linnea.hassis@regiondalarna.se"
TITLE = {
    S1: "Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering",
    S2: "Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?",
    S3: "Att planera både för önskvärda framtider och för osäkerheter",
    S4: "Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet",
}
DAY = {S1: "måndag 3 maj 2027", S2: "tisdag 21 september 2027", S3: "måndag 29 november 2027",
       S4: "tisdag 22 februari 2028"}
D = {S1: "3 maj 2027", S2: "21 september 2027", S3: "29 november 2027", S4: "22 februari 2028"}
SIGN = f"Vänliga hälsningar\n{EVENT}\n{REG}"
TAIL = "Träffarna finns i den bifogade kalenderfilen. Vill du avanmäla dig eller ändra något, svara på det här mejlet."
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MON = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]
WD = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]


def dates(sessions):
    d = [D[s] for s in sessions]
    return d[0] if len(d) == 1 else ", ".join(d[:-1]) + " och " + d[-1]


def booked_lines(sessions):
    return [f'- Anmäld till {DAY[s]} kl. 10.00–15.00, Falun: "{TITLE[s]}".' for s in sessions]


def booked(name, org, sessions, no_mail=False):
    lines = [f"{name}, {org}:"] + booked_lines(sessions)
    if no_mail:
        lines.append(f"- Vi har ingen e-postadress till {name}; bekräftelsen går till dig.")
    return "\n".join(lines)


def confirmation(first, *blocks):
    return f"Hej {first}!\n\n" + "\n\n".join(blocks) + f"\n\n{TAIL}\n\n{SIGN}"


def colleague_conf(first, by_name, by_mail, sessions):
    return (f"Hej {first}!\n{by_name} ({by_mail}) har anmält dig till {EVENT}:\n" + "\n".join(booked_lines(sessions))
            + f"\n\n{TAIL}\n\n{SIGN}")


def which(first, who, a, b):
    return (f"Hej {first}!\n\nVi uppfattade: anmälan av {who} till en av träffarna {D[a]} eller {D[b]}. Vilken av "
            f"träffarna menar du: {D[a]} eller {D[b]}? Svara med datumet, eller skriv vad som ska ändras. Ingenting "
            f"är registrerat ännu.\n\n{SIGN}")


def right(first, who, what):
    return (f"Hej {first}!\n\nVi uppfattade: anmälan av {who} till {what}. Stämmer det? Svara ja, eller skriv vad "
            f"som ska ändras. Ingenting är registrerat ännu.\n\n{SIGN}")


def refused(name, org, sessions, holders):
    return "\n".join([f"{name}, {org}:"] + [
        f"- Inte anmäld till {D[s]}: {org} får delta med högst 3 personer och platserna är redan tagna av {holders}."
        for s in sessions])


def cancelled(first, name, org, sessions):
    return (f"Hej {first}!\n\n{name}, {org}:\n" + "\n".join(f"- Avanmäld från {D[s]}." for s in sessions)
            + f"\n\n{SIGN}")


def quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def _t(iso):
    return dt.datetime.fromisoformat(iso)


def outlook(iso, to, subject, text):
    t = _t(iso)
    return (f"Från: {EVENT} <{REG}>\nSkickat: den {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}\nTill: {to}\n"
            f"Ämne: {subject}\n\n{text}")


def gmail(iso, text):
    t = _t(iso)
    return (f"Den {WD[t.weekday()]} {t.day} {MON[t.month - 1]} {t.year} kl. {t:%H:%M} skrev {EVENT} <{REG}>:\n\n"
            + quote(text))


def apple(iso, text):
    t = _t(iso)
    return f"> {t.day} {MON[t.month - 1]} {t.year} kl. {t:%H:%M} skrev {EVENT} <{REG}>:\n>\n" + quote(text)


DU = f"Du är anmäld till {EVENT}"
NL = "\n"


def messages():
    return [
        # ---------------------------------------------------------------- register (18)
        mail("bf001", "2026-12-04T08:47", ("Maria Dahlström", "maria.dahlstrom@borlange.se"), "Re: Anmälan DalaLab",
             f"""Den i november!

Mvh Maria

--
Maria Dahlström
Översiktsplanerare, Samhällsbyggnadsförvaltningen
Borlänge kommun
Tel 0243-740 18 62

{gmail("2026-12-03T16:12", which("Maria", "Maria Dahlström (Borlänge kommun)", S2, S3))}
""",
             X("register", [P("Maria Dahlström", "maria.dahlstrom@borlange.se", "Borlänge kommun")], [S3]),
             "answer to the assistant's which-session question (21 Sep or 29 Nov): 'den i november' = 29 Nov; "
             "the request is the quoted pending signup"),
        mail("bf002", "2027-01-14T10:31", ("Nilsson Johan", "johan.nilsson@avesta.se"), "SV: Re: Anmälan höstens träff",
             f"""Båda, tack.

/Johan

Johan Nilsson
Planarkitekt
Avesta kommun | Samhällsbyggnadsförvaltningen
Box 501, 774 81 Avesta
Tfn: 0226-64 53 19

{outlook("2027-01-14T09:58", "Nilsson Johan <johan.nilsson@avesta.se>", "Re: Anmälan höstens träff",
         which("Johan", "Johan Nilsson (Avesta kommun)", S2, S3))}
""",
             X("register", [P("Johan Nilsson", "johan.nilsson@avesta.se", "Avesta kommun")], [S2, S3]),
             "Outlook reply under the quoted which-session question; 'Båda' = both candidates 21 Sep and 29 Nov; "
             "surname-first display name"),
        tg("bf003", "2027-02-02T19:12", "Lena Borg", "6120448391",
           """Hej igen! Ni frågade vilken av träffarna jag menade – det är 29/11.
Lena Borg, Rättviks kommun""",
           X("register", [P("Lena Borg", None, "Rättviks kommun")], [S3]),
           "Telegram answer to the bot's which-session question, self-contained: '29/11' = 29 Nov; org from text"),
        mail("bf004", "2027-01-19T13:05", ("Anders Lund", "anders.lund@sater.se"), "Re: Anmälan Säter",
             f"""Ja, det stämmer!

Hälsningar
Anders Lund
Samhällsplanerare
Säters kommun
Rådhusgatan 1, 783 27 Säter
0225-551 23

{apple("2027-01-19T11:40", right("Anders", "Anders Lund (Säters kommun) och Karin Moberg (Säters kommun)",
                                  "alla fyra träffarna: " + dates(ALL)))}
""",
             X("register", [P("Anders Lund", "anders.lund@sater.se", "Säters kommun"),
                            P("Karin Moberg", None, "Säters kommun")], ALL),
             "'Ja, det stämmer' confirms the quoted reading: both people, all four sessions; Karin has no address"),
        mail("bf005", "2027-02-08T09:20", ("Sofia Ek", "sofia.ek@hedemora.se"), "SV: Re: Anmälan",
             f"""Hej,

Nej, inte riktigt – det är bara jag som ska anmälas till 3 maj. Per anmäler sig själv när han vet om han kan.

Sofia Ek
Strategisk planerare
Hedemora kommun
Tfn 0225-340 87

{outlook("2027-02-07T15:21", "Sofia Ek <sofia.ek@hedemora.se>", "Re: Anmälan",
         right("Sofia", "Sofia Ek (Hedemora kommun) och Per Ahl (Hedemora kommun)", D[S1]))}
""",
             X("register", [P("Sofia Ek", "sofia.ek@hedemora.se", "Hedemora kommun")], [S1]),
             "'Nej' corrects the quoted reading: only the sender, 3 May; Per 'anmäler sig själv' is not among people"),
        tg("bf006", "2027-02-11T21:40", "Ida Persson", "5876120934",
           """"Vi uppfattade: anmälan av Ida Persson (Vansbro kommun) till 21 september 2027. Stämmer det?"

Nej, det ska vara 22 februari, inte september. Skrev fel datum förut, sorry!""",
           X("register", [P("Ida Persson", None, "Vansbro kommun")], [S4]),
           "pasted bot question answered with a correction: 22 Feb replaces 21 Sep; org from the pasted text"),
        mail("bf007", "2026-12-15T14:22", ("Eva Holm", "eva.holm@mora.se"), "Re: Anmälan",
             f"""Hej!
Tack för bekräftelsen. Kan ni lägga till min kollega Tomas Hed (tomas.hed@mora.se) på samma träffar som jag?

Eva

{gmail("2026-12-15T10:03", confirmation("Eva", booked("Eva Holm", "Mora kommun", [S1, S3])))}
""",
             X("register", [P("Tomas Hed", "tomas.hed@mora.se", "Mora kommun")], [S1, S3]),
             "adds a colleague to a confirmation; 'samma träffar som jag' = the quoted 3 May and 29 Nov; the "
             "already-registered sender is not among people"),
        mail("bf008", "2027-01-27T11:03", ("Berg Kristin", "kristin.berg@ludvika.se"), "SV: Re: Anmälan Ludvika",
             f"""Hej igen!

Vi är en till som vill med, men bara den 21/9: Hampus Wiklund på planenheten. Han har ingen mejl ännu (nyanställd sedan måndag), så skicka hans bekräftelse till mig.

Med vänlig hälsning
Kristin Berg
Planeringsarkitekt
Ludvika kommun
Besök: Fredsgatan 16, Ludvika
Tel: 0240-862 41

{outlook("2027-01-20T08:44", "Berg Kristin <kristin.berg@ludvika.se>", "Re: Anmälan Ludvika",
         confirmation("Kristin", booked("Kristin Berg", "Ludvika kommun", ALL)))}
""",
             X("register", [P("Hampus Wiklund", None, "Ludvika kommun")], [S2]),
             "new colleague without address added under a quoted confirmation, only 21/9; sender's own signup "
             "(all four, quoted) is unchanged"),
        mail("bf009", "2027-03-02T08:15", ("Elsa Morin", "elsa.morin@falun.se"), "SV: Re: Anmälan DalaLab",
             f"""Hej, vad tråkigt!

Ställ mig gärna på reservlistan för 3 maj och 21 september, om någon av de tre får förhinder.

Elsa Morin
Trafikplanerare
Falu kommun
Stadshuset, 791 83 Falun
023-826 14

{outlook("2027-03-01T17:05", "Elsa Morin <elsa.morin@falun.se>", "Re: Anmälan DalaLab",
         confirmation("Elsa", refused("Elsa Morin", "Falu kommun", [S1, S2], "Anna Lund, Jonas Ek och Lisa Wall")
                      + NL + NL.join(booked_lines([S3, S4]))))}
""",
             X("register", [P("Elsa Morin", "elsa.morin@falun.se", "Falu kommun")], [S1, S2]),
             "reply to a quota refusal asking for the waiting list for the two refused sessions -> register "
             "(waitlisted) for 3 May + 21 Sep; 29/11 and 22/2 were already confirmed in the quote"),
        mail("bf010", "2027-02-17T16:44", ("Rickard Öberg", "rickard.oberg@leksand.se"), "Re: Avanmälan",
             f"""Oj, det där blev fel! Jag menade inte att avanmäla mig, det mejlet skulle till en annan kurs. Jag vill vara kvar på 21 september.

Ursäkta krånglet
Rickard

Skickat från min iPhone

{apple("2027-02-17T16:20", cancelled("Rickard", "Rickard Öberg", "Leksands kommun", [S2]))}
""",
             X("register", [P("Rickard Öberg", "rickard.oberg@leksand.se", "Leksands kommun")], [S2]),
             "undoes the quoted cancellation ('jag vill vara kvar på 21 september') -> register him again for 21 Sep"),
        tg("bf011", "2027-03-09T07:55", "Nils Åkesson", "7012339845",
           """Hoppsan 🙈 det var inte meningen att avanmäla mig från allt! Jag vill vara kvar på alla fyra träffarna. Kan ni lägga tillbaka mig?
/Nils, Gagnefs kommun""",
           X("register", [P("Nils Åkesson", None, "Gagnefs kommun")], ALL),
           "Telegram undo of a cancellation: 'vara kvar på alla fyra' -> register all four; name from display name"),
        mail("bf012", "2027-01-08T12:10", ("Hannah Clarke", "hannah.clarke@regiondalarna.se"), "Re: Registration DalaLab",
             f"""Hi,

The September one, please. Sorry for being vague!

Best,
Hannah Clarke
Analyst, Regional Development
Region Dalarna

{gmail("2027-01-08T09:31", which("Hannah", "Hannah Clarke (Region Dalarna)", S2, S3))}
""",
             X("register", [P("Hannah Clarke", "hannah.clarke@regiondalarna.se", "Region Dalarna")], [S2]),
             "English answer to the Swedish which-session question: 'the September one' = 21 Sep"),
        tg("bf013", "2027-01-21T12:30", "Sara Holm", "5402981177",
           """> Vilken av träffarna menar du: 3 maj 2027 eller 22 februari 2028?
Båda går bra! Sara Holm, Leksand""",
           X("register", [P("Sara Holm", None, "Leksands kommun")], [S1, S4]),
           "quoted bot question answered 'Båda' -> both candidates 3 May + 22 Feb; 'Leksand'"),
        mail("bf014", "2027-02-23T20:05", ("Malin Söderberg", "malin.soderberg73@gmail.com"), "Re: Anmälan",
             f"""Tack! Kan ni anmäla även min chef, Björn Sjögren, till alla fyra träffarna? Han har ingen egen mejl i det här, bekräftelsen kan gå till mig.

Malin Söderberg
Planeringsarkitekt, Orsa kommun
070-318 22 95

Skickat från min iPhone

{apple("2027-02-23T14:50", confirmation("Malin", booked("Malin Söderberg", "Orsa kommun", ALL)))}
""",
             X("register", [P("Björn Sjögren", None, "Orsa kommun")], ALL),
             "adds her manager under a quoted confirmation; gmail sender, Orsa from the signature; Björn has no "
             "address; sender already registered, not among people"),
        tg("bf015", "2027-02-04T18:03", "Fredrik Norling", "6654021873",
           """Den 29:e november blir bäst. Jag är vegetarian förresten, om det spelar nån roll för fikat.
Fredrik N, Avesta kommun""",
           X("register", [P("Fredrik Norling", None, "Avesta kommun")], [S3], diet="vegetarian"),
           "answer to the bot's which-session question: 29 Nov; diet 'vegetarian' as written; full name from "
           "display name"),
        tg("bf016", "2027-03-15T10:10", "Kalle Rask", "5190273366",
           """Vi uppfattade: anmälan av Kalle Rask (Orsa kommun) till 3 maj 2027 och 21 september 2027. Stämmer det?

ja stämmer. glutenfri kost tack""",
           X("register", [P("Kalle Rask", None, "Orsa kommun")], [S1, S2], diet="glutenfri"),
           "pasted bot text confirmed with 'ja stämmer' -> the pasted reading (3 May + 21 Sep); diet added"),
        mail("bf017", "2027-03-22T09:41", ("Petra Nord", "petra.nord@smedjebacken.se"), "SV: Re: Anmälan Smedjebacken",
             f"""3 maj för oss båda.

/Petra

{outlook("2027-03-22T08:02", "Petra Nord <petra.nord@smedjebacken.se>", "Re: Anmälan Smedjebacken",
         which("Petra", "Petra Nord (Smedjebackens kommun) och Ali Hassan (Smedjebackens kommun)", S1, S2))}
""",
             X("register", [P("Petra Nord", "petra.nord@smedjebacken.se", "Smedjebackens kommun"),
                            P("Ali Hassan", None, "Smedjebackens kommun")], [S1]),
             "which-session answer for two people: '3 maj för oss båda' -> both, 3 May only; 'båda' means the "
             "people here, not the sessions"),
        tg("bf018", "2027-03-30T13:20", "Kerstin Dahl", "6881230045",
           """Okej, förstår att det är fullt för Malung-Sälen. Skriv upp mig på reservlistan i så fall, alla fyra träffarna.
Kerstin Dahl, Malung-Sälens kommun""",
           X("register", [P("Kerstin Dahl", None, "Malung-Sälens kommun")], ALL),
           "answer to a quota refusal asking for the waiting list for all four -> register (waitlisted)"),

        # ---------------------------------------------------------------- change (7)
        mail("bf019", "2027-01-11T15:02", ("Linda Berglund", "linda.berglund@ludvika.se"), "Re: Anmälan DalaLab",
             f"""Hej!
En sak jag glömde i min anmälan: jag behöver laktosfri kost. Kan ni notera det? Tack!

Linda Berglund
Miljöstrateg, Ludvika kommun

{gmail("2027-01-10T19:47", confirmation("Linda", booked("Linda Berglund", "Ludvika kommun", [S1, S2, S4])))}
""",
             X("change", [P("Linda Berglund", "linda.berglund@ludvika.se", "Ludvika kommun")], [S1, S2, S4],
               diet="laktosfri"),
             "diet added to an existing signup -> change; sessions stay those in the quoted confirmation"),
        mail("bf020", "2027-02-01T10:26", ("Jesper Holmqvist", "jesper.holmqvist@sater.se"), f"SV: {DU}",
             f"""Hej,

Min chef anmälde mig till 3 maj men då har jag redan semester inbokad. Går det att byta till 29 november i stället?

Hälsningar
Jesper Holmqvist
Bygglovsarkitekt
Säters kommun

{outlook("2027-01-29T13:15", "Jesper Holmqvist <jesper.holmqvist@sater.se>", DU,
         colleague_conf("Jesper", "Annika Sjö", "annika.sjo@sater.se", [S1]))}
""",
             X("change", [P("Jesper Holmqvist", "jesper.holmqvist@sater.se", "Säters kommun")], [S3]),
             "colleague registered by his manager asks to swap 3 May for 29 Nov -> change, new session only"),
        mail("bf021", "2027-03-05T11:11", ("Moa Kvist", "moa.kvist@borlange.se"), "SV: Re: Anmälan",
             f"""Hej!

Jag har pratat med Tove, hon kan inte gå den 21 september ändå (hon är i kopia). Kan jag ta hennes plats den dagen i stället?

Moa Kvist
Planhandläggare
Borlänge kommun, Samhällsbyggnadsförvaltningen
Tel 0243-741 09 33

{outlook("2027-03-04T16:40", "Moa Kvist <moa.kvist@borlange.se>", "Re: Anmälan",
         confirmation("Moa", refused("Moa Kvist", "Borlänge kommun", [S2], "Henrik Alm, Tove Lind och Erik Strand")))}
""",
             X("change", [P("Tove Lind", None, "Borlänge kommun"),
                          P("Moa Kvist", "moa.kvist@borlange.se", "Borlänge kommun")], [S2]),
             "reply to a quota refusal swapping a colleague: Tove (a quoted place-holder) out, sender in for 21 Sep "
             "-> substitution; people = both, sessions = what the substitute takes"),
        tg("bf022", "2027-01-25T08:02", "Simon Eld", "5933017784",
           """Hej! Fick bekräftelse att jag är anmäld till 3 maj. Lägg till 29 november också tack 🙂
Simon Eld, Hedemora""",
           X("change", [P("Simon Eld", None, "Hedemora kommun")], [S1, S3]),
           "adds a session to an existing signup; states 3 May -> sessions after the change 3 May + 29 Nov"),
        mail("bf023", "2026-12-16T09:30", ("Gunilla Ek", "gunilla.ek@vansbro.se"), "Re: Anmälan Vansbro",
             f"""Hej,

Olles adress är olle.strand@vansbro.se – skicka gärna hans bekräftelse direkt till honom.

Gunilla Ek
Samhällsbyggnadschef
Vansbro kommun
0281-750 12

{gmail("2026-12-15T13:58", confirmation("Gunilla", booked("Gunilla Ek", "Vansbro kommun", [S1, S2]),
                                         booked("Olle Strand", "Vansbro kommun", [S1, S2], no_mail=True)))}
""",
             X("change", [P("Olle Strand", "olle.strand@vansbro.se", "Vansbro kommun")], [S1, S2]),
             "answers the confirmation's 'Vi har ingen e-postadress till Olle Strand' with his address -> details "
             "change for Olle; his sessions as quoted; sender not among people"),
        mail("bf024", "2027-02-15T13:37", ("Tom Wright", "tom.wright@lansstyrelsen.se"), "Re: DalaLab registration",
             f"""Hi,

Thanks for the confirmation. Could you move me from 21 September to 22 February instead? Something came up at work in September.

Kind regards,
Tom Wright
Planning officer
Länsstyrelsen Dalarna

{gmail("2027-02-12T10:20", confirmation("Tom", booked("Tom Wright", "Länsstyrelsen Dalarna", [S2])))}
""",
             X("change", [P("Tom Wright", "tom.wright@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
             "English swap under a quoted confirmation: 21 Sep -> 22 Feb; new session only"),
        tg("bf025", "2027-03-18T17:50", "Jonna Falk", "6347718250",
           """Hej, jag är anmäld till maj- och februariträffarna (fick bekräftelse igår). Glömde säga att jag har nötallergi!
Jonna Falk, Hedemora kommun""",
           X("change", [P("Jonna Falk", None, "Hedemora kommun")], [S1, S4], diet="nötallergi"),
           "diet update for an existing signup; she states her sessions (May + February = 3 May, 22 Feb)"),

        # ---------------------------------------------------------------- cancel (7)
        mail("bf026", "2027-01-13T08:05", ("Viktoria Sand", "viktoria.sand@gagnef.se"), f"SV: {DU}",
             f"""Hej,

Jag har inte bett om detta och vill inte vara anmäld. Vet inte vem som har gjort det. Ta bort mig från alla träffarna.

Viktoria Sand
Bygglovshandläggare
Gagnefs kommun

{outlook("2027-01-12T15:30", "Viktoria Sand <viktoria.sand@gagnef.se>", DU,
         colleague_conf("Viktoria", "Nils Åkesson", "nils.akesson@gagnef.se", ALL))}
""",
             X("cancel", [P("Viktoria Sand", "viktoria.sand@gagnef.se", "Gagnefs kommun")], ALL),
             "colleague who got 'Du är anmäld' and did not ask for it: 'ta bort mig från alla träffarna' -> cancel all"),
        mail("bf027", "2027-02-24T14:48", ("Berg Kristin", "kristin.berg@ludvika.se"), "SV: Re: Anmälan Ludvika",
             f"""<html><body>
<p>Hej,</p>
<p>Jag m&aring;ste tyv&auml;rr stryka 21 september, &ouml;vriga tillf&auml;llen g&auml;ller som tidigare.</p>
<p>Med v&auml;nlig h&auml;lsning<br>Kristin Berg<br>Planeringsarkitekt<br>Ludvika kommun<br>Tel: 0240-862 41</p>
<hr>
<p><b>Fr&aring;n:</b> {EVENT} &lt;{REG}&gt;<br><b>Skickat:</b> den 20 januari 2027 08:44<br>
<b>Till:</b> Berg Kristin &lt;kristin.berg@ludvika.se&gt;<br><b>&Auml;mne:</b> Re: Anmälan Ludvika</p>
<p>{confirmation("Kristin", booked("Kristin Berg", "Ludvika kommun", ALL)).replace(chr(10), "<br>")}</p>
</body></html>
""",
             X("cancel", [P("Kristin Berg", "kristin.berg@ludvika.se", "Ludvika kommun")], [S2]),
             "HTML-only Outlook reply to a confirmation listing all four: 'stryka 21 september' -> cancel that one",
             html=True),
        tg("bf028", "2027-03-03T12:15", "Oskar Lind", "5523091876",
           """Avanmäl mig från 22/2 är ni snälla, krockar med budgetberedningen. Resten står kvar.
Mvh Oskar Lind, Borlänge""",
           X("cancel", [P("Oskar Lind", None, "Borlänge kommun")], [S4]),
           "partial cancellation '22/2'; 'resten står kvar'"),
        mail("bf029", "2027-03-10T10:00", ("Anneli Hedström", "anneli.hedstrom@alvdalen.se"), "Re: Anmälan Älvdalen",
             f"""Hej,

Amanda Olsson har slutat hos oss, så hon ska strykas. Peter kommer som planerat.

Anneli Hedström
Enhetschef Plan och bygg
Älvdalens kommun
Dalgatan 16, 796 31 Älvdalen
0251-310 44

{gmail("2027-02-02T09:12", confirmation("Anneli", booked("Amanda Olsson", "Älvdalens kommun", ALL),
                                         booked("Peter Mäki", "Älvdalens kommun", ALL)))}
""",
             X("cancel", [P("Amanda Olsson", None, "Älvdalens kommun")], ALL),
             "manager withdraws one of two quoted colleagues without substitute -> cancel, all four (her quoted "
             "sessions); Peter and the sender are not among people"),
        mail("bf030", "2027-01-29T16:30", ("Lotta Grahn", "lotta.grahn@avesta.se"), "SV: Re: Anmälan",
             f"""Hej!

Stina kan tyvärr inte 29/11, så avanmäl henne från den. 21/9 gäller fortfarande för oss båda.

Lotta Grahn
Avesta kommun

{outlook("2027-01-18T11:05", "Lotta Grahn <lotta.grahn@avesta.se>", "Re: Anmälan",
         confirmation("Lotta", booked("Lotta Grahn", "Avesta kommun", [S2, S3]),
                      booked("Stina Pihl", "Avesta kommun", [S2, S3], no_mail=True)))}
""",
             X("cancel", [P("Stina Pihl", None, "Avesta kommun")], [S3]),
             "colleague cancelled from one session ('henne' = Stina Pihl in the quote) -> 29 Nov only; sender keeps "
             "both and is not among people"),
        tg("bf031", "2027-02-19T22:03", "Gustav Eriksson", "6098812234",
           """hej. jag fick ett mejl om att jag är anmäld till dalalab men det har jag inte bett om. ta bort anmälan tack. gustav, älvdalen""",
           X("cancel", [P("Gustav Eriksson", None, "Älvdalens kommun")], ALL),
           "registered by someone else, does not want it -> cancel, no session named = all four; full name from "
           "display name"),
        mail("bf032", "2027-04-06T07:58", ("Ellen Forsberg", "ellen.forsberg@rattvik.se"), "Re: Anmälan Rättvik",
             f"""Hej,
vi avanmäler oss båda från 3 maj (jag och Maja), det krockar med kommunfullmäktige. 21 september står kvar.

Hälsningar
Ellen Forsberg
Planeringsstrateg
Rättviks kommun | Storgatan 2, 795 80 Rättvik | 0248-700 31

{gmail("2027-03-11T14:27", confirmation("Ellen", booked("Ellen Forsberg", "Rättviks kommun", [S1, S2]),
                                         booked("Maja Lund", "Rättviks kommun", [S1, S2], no_mail=True)))}
""",
             X("cancel", [P("Ellen Forsberg", "ellen.forsberg@rattvik.se", "Rättviks kommun"),
                          P("Maja Lund", None, "Rättviks kommun")], [S1]),
             "both cancel 3 May only; Maja's surname from the quoted confirmation"),

        # ---------------------------------------------------------------- question (5)
        mail("bf033", "2026-12-09T11:20", ("Per-Olof Granath", "per-olof.granath@lansstyrelsen.se"),
             "SV: Re: Anmälan",
             f"""Tack för bekräftelsen!

Blir det lunch och fika alla dagarna? Och var i Falun är det – samma lokal varje gång?

/P-O

Per-Olof Granath
Länsstyrelsen Dalarna
Samhällsbyggnadsenheten

{outlook("2026-12-08T15:44", "Granath Per-Olof <per-olof.granath@lansstyrelsen.se>", "Re: Anmälan",
         confirmation("Per-Olof", booked("Per-Olof Granath", "Länsstyrelsen Dalarna", [S1, S3])))}
""",
             X("question", [], []),
             "thanks plus practical questions (lunch, venue) under a quoted confirmation; nothing to change"),
        tg("bf034", "2027-03-12T09:45", "Annie Lundqvist", "5788812340",
           """Såg att jag inte kom med pga max tre per kommun. Finns det någon väntelista, eller är det helt stängt?
Annie, Mora kommun""",
           X("question", [], [], unsure=["intent"]),
           "reply to a quota refusal asking whether a waiting list exists; no session named; a human would answer "
           "and ask if she wants on it"),
        tg("bf035", "2027-01-05T20:20", "Daniel Ahlgren", "6200134587",
           """> Vilken av träffarna menar du: 21 september 2027 eller 29 november 2027?
Vad är det för skillnad på dem? Jag jobbar med ÖP och vet inte riktigt vilken som passar bäst.""",
           X("question", [], []),
           "answers the which-session question with a question; no choice made, so nothing to register yet"),
        mail("bf036", "2027-02-26T08:30", ("Camilla Rönn", "camilla.ronn@falun.se"), "Re: Anmälan",
             f"""Hej,
kalenderfilen gick inte att öppna i vår Outlook. Gäller 10–15 alla fyra träffarna, och var i Falun ska vi vara?

Mvh
Camilla Rönn
Översiktsplanerare, Falu kommun
023-830 52

{gmail("2027-02-25T16:05", confirmation("Camilla", booked("Camilla Rönn", "Falu kommun", ALL)))}
""",
             X("question", [], []),
             "question about times and venue under a quoted confirmation with all dates"),
        mail("bf037", "2027-03-25T14:14", ("Lukas Becker", "lukas.becker@borlange.se"), f"Re: {DU}",
             f"""Hi,

Thanks for registering me — will the sessions be held in Swedish? My Swedish is still fairly basic, so I'd like to know if any of the material will be in English.

Best regards,
Lukas Becker
GIS coordinator, Borlänge kommun

{gmail("2027-03-24T10:10", colleague_conf("Lukas", "Henrik Alm", "henrik.alm@borlange.se", [S2, S3]))}
""",
             X("question", [], []),
             "English question from a colleague who got 'Du är anmäld'; he accepts, asks about language"),

        # ---------------------------------------------------------------- unknown (3)
        mail("bf038", "2027-01-15T10:05", ("Ingrid Sjödin", "ingrid.sjodin@leksand.se"), "Re: Anmälan",
             f"""Tack så mycket! 😊

/Ingrid

{apple("2027-01-15T09:41", confirmation("Ingrid", booked("Ingrid Sjödin", "Leksands kommun", [S1, S2])))}
""",
             X("unknown", [], []),
             "plain thanks for a confirmation; nothing to register or change"),
        tg("bf039", "2027-02-12T19:30", "Karl Persson", "5091123476",
           """Tack för bekräftelsen! 🙏 Vi ses i Falun.""",
           X("unknown", [], []),
           "thanks only on Telegram; no request"),
        mail("bf040", "2027-03-17T13:02", ("Henrik Alm", "henrik.alm@borlange.se"), "SV: Re: Anmälan DalaLab",
             f"""Hej Kerstin!

Här är bekräftelsen från regionen. Kan du boka en bil till Falun den 3 maj? Vi blir tre från oss, avresa 8.45 från stadshuset.

/Henrik

{outlook("2027-03-16T11:30", "Alm Henrik <henrik.alm@borlange.se>", "Re: Anmälan DalaLab",
         confirmation("Henrik", booked("Henrik Alm", "Borlänge kommun", ALL)))}
""",
             X("unknown", [], []),
             "misdirected: meant for a colleague (car booking) but sent as a reply to the confirmation; no request to "
             "the organiser"),

        # ---------------------------------------------------------------- auto_reply (3)
        mail("bf041", "2026-12-22T15:30", ("Marcus Öhman", "marcus.ohman@mora.se"), f"Automatiskt svar: {DU}",
             """Hej,

Jag är på semester till och med 7 januari och läser inte min e-post. Vid brådskande ärenden, kontakta kommunens växel 0250-260 00.

Med vänlig hälsning
Marcus Öhman
Mora kommun
""",
             X("auto_reply", [], []),
             "out-of-office answering a colleague confirmation; '7 januari' is not a session"),
        mail("bf042", "2027-01-20T09:12", ("Microsoft Outlook", "postmaster@hedemora.se"),
             f"Det gick inte att leverera: {DU}",
             f"""Det gick inte att leverera till följande mottagare eller grupper:

per.ahll@hedemora.se
E-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostikinformation för administratörer:

Genererande server: MMXP123MB1044.SWEP123.PROD.OUTLOOK.COM

per.ahll@hedemora.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: {REG}
To: per.ahll@hedemora.se
Subject: {DU}
Date: Wed, 20 Jan 2027 09:11:47 +0100

{colleague_conf("Per", "Sofia Ek", "sofia.ek@hedemora.se", [S1, S2])}
""",
             X("auto_reply", [], []),
             "bounce of a colleague confirmation (mistyped address); returned text holds a name and dates"),
        mail("bf043", "2027-02-09T08:01", ("Jonas Ek", "jonas.ek@falun.se"), "Läst: Re: Anmälan",
             """Ditt meddelande

  Till: Jonas Ek
  Ämne: Re: Anmälan
  Skickat: den 8 februari 2027 16:12

lästes den 9 februari 2027 08:01.
""",
             X("auto_reply", [], []),
             "read receipt for a confirmation"),

        # ---------------------------------------------------------------- erasure (2)
        mail("bf044", "2027-02-03T17:25", ("Stina Bergman", "stina.bergman@malung-salen.se"), f"SV: {DU}",
             f"""Hej,

Jag har fått det här mejlet om att jag är anmäld till er kurs. Jag har inte bett om det och har inte lämnat samtycke till att ni hanterar mina personuppgifter. Radera alla uppgifter om mig enligt GDPR artikel 17 och bekräfta när det är gjort.

Stina Bergman

{outlook("2027-02-03T10:02", "Stina Bergman <stina.bergman@malung-salen.se>", DU,
         colleague_conf("Stina", "Kerstin Dahl", "kerstin.dahl@malung-salen.se", ALL))}
""",
             X("erasure", [P("Stina Bergman", "stina.bergman@malung-salen.se", "Malung-Sälens kommun")], []),
             "colleague registered without asking demands deletion of her data (GDPR) -> erasure, not just cancel"),
        tg("bf045", "2027-04-02T11:11", "Lisa Granqvist", "6422119087",
           """Hej! Ta bort alla mina uppgifter ur ert system, både anmälan och den här chatten. Jag kommer inte att delta.
/Lisa Granqvist, Länsstyrelsen""",
           X("erasure", [P("Lisa Granqvist", None, "Länsstyrelsen Dalarna")], []),
           "erasure via Telegram ('ta bort alla mina uppgifter'); 'Länsstyrelsen'"),
    ]
