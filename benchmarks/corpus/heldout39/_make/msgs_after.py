"""Theme "after": what comes after a signup.

Swaps, added and dropped sessions, substitutes, diet changes and removals, new addresses, cancellations
(whole, partial, forwarded by a manager), replies to the service's own confirmation quoted below, erasure
requests, late questions, and automatic mail answering the confirmations; plus late signups made in reply
to a colleague's confirmation.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def conf(name, email, org, dates, diet="-", when="den 12 januari 2027 09:14", prefix="> "):
    """The service's own confirmation mail, quoted below a reply."""
    lines = [
        f"{when} skrev DalaLab anmälan <linnea.hassis@regiondalarna.se>:",
        "",
        "Hej!",
        "",
        "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.",
        "Vi har registrerat följande:",
        "",
        f"  Namn: {name}",
        f"  E-post: {email}",
        f"  Organisation: {org}",
        f"  Träffar: {dates}",
        f"  Specialkost: {diet}",
        "",
        "Vill du ändra eller avanmäla dig? Svara på det här mejlet.",
        "Observera att varje kommun kan delta med upp till tre personer.",
        "",
        "Vänliga hälsningar",
        "Region Dalarna / DalaLab",
    ]
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines)


INVITATION = """Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
Skickat: den 25 november 2026 13:02
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen till ett lärprojekt om strategisk översiktsplanering för kommunala och
regionala tjänstepersoner som arbetar med planeringsprocesser.

Träff 1, 3 maj 2027 i Falun (fika från 09:30, 10–15): Hållbar utveckling i ett
rumsligt perspektiv och planeringsstrategins roll för en stärkt översiktsplanering
(tillsammans med Boverket)
Träff 2, 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen
och hur kan man jobba med det?
Träff 3, 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
Träff 4, 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk
mobilitet och digital tillgänglighet

Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
Anmälan till linnea.hassis@regiondalarna.se. Ange eventuell specialkost."""


def quoted(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


def messages():
    m = []

    # ap091 register: a colleague joins, "same sessions as me" resolved from the quoted confirmation
    m.append(mail(
        "ap091", "2027-01-12T10:41", ("Jonas Berg", "jonas.berg@hedemora.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej!\n\nTack för bekräftelsen. Min kollega Petra Lindqvist på planenheten vill också vara med, "
        "samma träffar som jag. Hon har ingen mejl än eftersom hon börjar först i februari, "
        "men ni kan nå henne via mig så länge.\n\n/Jonas\n\n"
        + conf("Jonas Berg", "jonas.berg@hedemora.se", "Hedemora kommun", "3 maj 2027, 21 september 2027"),
        X("register", [P("Petra Lindqvist", None, "Hedemora kommun")], [S1, S2]),
        "reply to confirmation adds a colleague for 'samma träffar som jag' = the writer's quoted S1+S2; "
        "writer himself already registered, not among people"))

    # ap092 change: bare swap on Telegram
    m.append(tg(
        "ap092", "2027-02-03T07:58", "Sara Nyberg", 5512093847,
        "Hej! Sara Nyberg här, Mora kommun. Jag är anmäld till 3 maj men har krock med en samrådsträff. "
        "Kan jag byta till 21 sept istället?",
        X("change", [P("Sara Nyberg", None, "Mora kommun")], [S2]),
        "telegram bare swap 3 maj -> 21 sept gives only the new session"))

    # ap093 cancel whole
    m.append(mail(
        "ap093", "2027-03-02T16:20", ("Kent Ohlsson", "kent.ohlsson@avesta.se"),
        "Avanmälan DalaLab",
        "Hej Linnea,\n\nJag måste tyvärr avanmäla mig från DalaLab. Jag har fått en tjänst i Västerås och "
        "slutar i Avesta sista mars, så det blir inga träffar för min del. Någon ersättare har vi inte "
        "hittat än, jag hör av mig om det ändras.\n\nLycka till med projektet!\n\n"
        "Med vänlig hälsning\nKent Ohlsson\nPlanchef\nAvesta kommun | Samhällsbyggnadsförvaltningen\n"
        "Tingsgatan 1, 774 81 Avesta\nTel: 0226-64 50 00 | Direkt: 0226-64 52 18\nwww.avesta.se",
        X("cancel", [P("Kent Ohlsson", "kent.ohlsson@avesta.se", "Avesta kommun")], ALL),
        "whole cancellation with no session named -> all; 'ersättare' only mentioned, no substitute"))

    # ap094 change: substitute named by a manager, forwarded
    m.append(mail(
        "ap094", "2027-02-15T08:33", ("Roger Staaf", "roger.staaf@ludvika.se"),
        "VB: Bekräftelse: din anmälan till DalaLab",
        "Hej,\n\nMaria Holm (maria.holm@ludvika.se) har gått på tjänstledighet och kommer inte tillbaka "
        "före 2028. Erik Sandström tar hennes plats på alla fyra träffarna, hans adress är "
        "erik.sandstrom@ludvika.se. Jag vidarebefordrar Marias bekräftelse nedan så ni ser vilken "
        "anmälan det gäller.\n\nRoger Staaf\nEnhetschef Strategisk planering\nLudvika kommun\n"
        "0240-860 00\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Holm Maria <maria.holm@ludvika.se>\n"
        "Skickat: den 10 januari 2027 14:01\nTill: Staaf Roger <roger.staaf@ludvika.se>\n"
        "Ämne: VB: Bekräftelse: din anmälan till DalaLab\n\nFYI\n\n"
        + conf("Maria Holm", "maria.holm@ludvika.se", "Ludvika kommun",
               "3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028",
               when="den 9 januari 2027 11:20", prefix=""),
        X("change", [P("Maria Holm", "maria.holm@ludvika.se", "Ludvika kommun"),
                     P("Erik Sandström", "erik.sandstrom@ludvika.se", "Ludvika kommun")], ALL),
        "manager forwards a confirmation and names a substitute; both people, manager not among them"))

    # ap095 change: diet added in reply to confirmation
    m.append(mail(
        "ap095", "2027-01-20T21:07", ("Åsa Granlund", "asa.granlund@orsa.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "Hej, glömde skriva att jag är glutenfri! Skickat från min iPhone\n\n"
        + conf("Åsa Granlund", "asa.granlund@orsa.se", "Orsa kommun", "3 maj 2027, 29 november 2027",
               when="20 jan. 2027 kl. 18:55"),
        X("change", [P("Åsa Granlund", "asa.granlund@orsa.se", "Orsa kommun", diet="glutenfri")], [],
          diet="glutenfri"),
        "diet update from a phone; quoted confirmation dates are not the request, so sessions []"))

    # ap096 register: plain telegram signup
    m.append(tg(
        "ap096", "2026-12-04T12:15", "Johan Ek", 731550284,
        "hej vill anmäla mig till dalalab, alla träffarna. Johan Ek, planarkitekt i Rättvik. johan.ek@rattvik.se",
        X("register", [P("Johan Ek", "johan.ek@rattvik.se", "Rättviks kommun")], ALL),
        "ordinary telegram signup for all sessions with address in text"))

    # ap097 register: HTML-only from a function mailbox for two colleagues
    m.append(mail(
        "ap097", "2027-01-27T09:02", ("Planavdelningen Falun", "plan@falun.se"),
        "Anmälan DalaLab",
        "<html><body><p>Hej!</p><p>Vi anmäler härmed två medarbetare från planavdelningen till "
        "DalaLab:</p><ul><li>Sofia Wikström, samhällsplanerare</li><li>Anders Bäck, samhällsplanerare</li>"
        "</ul><p>De deltar på <b>träff 1 och 2</b> (maj och september). Inbjudan till höstens andra träff "
        "och vinterns träff tar vi ställning till senare.</p><p>Med vänlig hälsning<br>Planavdelningen<br>"
        "Falu kommun, Stadsbyggnadsförvaltningen<br>791 83 Falun<br>023-830 00</p></body></html>",
        X("register", [P("Sofia Wikström", None, "Falu kommun"), P("Anders Bäck", None, "Falu kommun")],
          [S1, S2]),
        "HTML-only mail from a shared plan@ mailbox for two colleagues without addresses, sessions 1 and 2",
        html=True))

    # ap098 auto_reply: out-of-office answering the confirmation
    m.append(mail(
        "ap098", "2026-12-22T14:31", ("Göran Lund", "goran.lund@borlange.se"),
        "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
        "Tack för ditt mejl. Jag är ledig till och med 7 januari och läser inte min e-post. "
        "Vid brådskande ärenden om bygglov, kontakta bygglov@borlange.se eller växeln 0243-740 00.\n\n"
        "Thank you for your message. I am out of office until January 7th.\n\n"
        "Göran Lund\nÖversiktsplanerare, Borlänge kommun",
        X("auto_reply"),
        "out-of-office reply to the service's confirmation"))

    # ap099 change: add a session, sessions after stated
    m.append(mail(
        "ap099", "2027-03-09T11:48", ("Lena Forsberg", "lena.forsberg@orsa.se"),
        "Lägga till en träff",
        "Hej Linnea!\n\nJag är anmäld till 21/9 och 29/11. Nu har vi fått klartecken från chefen att jag kan "
        "vara med även på den sista träffen om tillgänglighet den 22 februari. Kan du lägga till den?\n\n"
        "Tack på förhand!\nLena Forsberg\nPlaneringsarkitekt\nOrsa kommun\nDirekt 0250-552 37",
        X("change", [P("Lena Forsberg", "lena.forsberg@orsa.se", "Orsa kommun")], [S2, S3, S4]),
        "adds a session to stated existing ones -> sessions after change S2+S3+S4"))

    # ap100 erasure after cancelling
    m.append(mail(
        "ap100", "2027-03-18T13:05", ("Hanna Magnusson", "h.magnusson@smedjebacken.se"),
        "Radera mina uppgifter",
        "Hej,\n\nJag avanmälde mig från DalaLab förra veckan. Nu vill jag också att ni raderar alla "
        "personuppgifter ni har om mig (namn, e-post, specialkost) i enlighet med GDPR. "
        "Bekräfta gärna när det är gjort.\n\nHanna Magnusson\nSmedjebackens kommun",
        X("erasure", [P("Hanna Magnusson", "h.magnusson@smedjebacken.se", "Smedjebackens kommun")]),
        "GDPR erasure after an earlier cancellation; mention of the cancel is background"))

    # ap101 question on Telegram
    m.append(tg(
        "ap101", "2027-01-14T19:40", "Pelle", 6048833120,
        "Fick bekräftelsen, tack! Men var är träffarna i september och november? Det står bara Falun för den första",
        X("question"),
        "late question about venue after a confirmation; dates mentioned are not a request"))

    # ap102 cancel one of three colleagues
    m.append(mail(
        "ap102", "2027-02-22T10:10", ("Karin Dahl", "karin.dahl@leksand.se"),
        "Ändring i Leksands anmälan",
        "Hej!\n\nVi anmälde tre personer från Leksand i december: jag, Ulrika Borg och Per Gustafsson. "
        "Per kan tyvärr inte delta alls längre, han har bytt arbetsuppgifter. Ulrika och jag kommer som "
        "planerat.\n\nHälsningar\nKarin Dahl\nSamhällsbyggnadschef\nLeksands kommun\n"
        "Besök: Kyrkallén 1, Leksand\n0247-800 00",
        X("cancel", [P("Per Gustafsson", None, "Leksands kommun")], ALL),
        "one of three colleagues withdrawn without substitute -> cancel, just that person, all sessions"))

    # ap103 cancel one session, iso-8859-1
    m.append(mail(
        "ap103", "2027-03-25T08:12", ("Bengt Åberg", "bengt.aberg@sater.se"),
        "Kan ej komma 29/11",
        "Hej,\n\nJag kan inte komma den 29:e november pga budgetfullmäktige. De andra tre träffarna "
        "kommer jag på som vanligt.\n\nMvh\nBengt Åberg\nÖversiktsplanerare, Säters kommun\n"
        "Rådhusgatan 1, 783 27 Säter\ntfn 0225-550 00",
        X("cancel", [P("Bengt Åberg", "bengt.aberg@sater.se", "Säters kommun")], [S3]),
        "iso-8859-1 mail cancelling one session written 'den 29:e november'",
        charset="iso-8859-1"))

    # ap104 register in English after colleague's confirmation
    m.append(mail(
        "ap104", "2027-02-08T15:27", ("Oliver Grant", "oliver.grant@regiondalarna.se"),
        "DalaLab - one more from the Region",
        "Hi Linnea,\n\nMy colleague forwarded me her confirmation and I'd love to join as well, but only "
        "for the autumn: the September and November sessions. I'm vegetarian.\n\n"
        "Best regards,\nOliver Grant\nSenior Analyst, Regional Development\nRegion Dalarna\n"
        "+46 (0)23-49 00 00",
        X("register", [P("Oliver Grant", "oliver.grant@regiondalarna.se", "Region Dalarna",
                         diet="vegetarian")], [S2, S3], diet="vegetarian"),
        "English signup for the two autumn sessions with diet"))

    # ap105 auto_reply: bounce of a confirmation
    m.append(mail(
        "ap105", "2027-01-09T11:21", ("Mail Delivery System", "MAILER-DAEMON@mora.se"),
        "Undeliverable: Bekräftelse: din anmälan till DalaLab",
        "This is the mail system at host mx1.mora.se.\n\nI'm sorry to have to inform you that your message "
        "could not be delivered to one or more recipients.\n\n<liv.andersso@mora.se>: host mx1.mora.se said: "
        "550 5.1.1 <liv.andersso@mora.se>: Recipient address rejected: User unknown in local recipient table\n\n"
        "Reporting-MTA: dns; mx1.mora.se\nFinal-Recipient: rfc822; liv.andersso@mora.se\nAction: failed\n"
        "Status: 5.1.1\n\n--- Original message ---\nSubject: Bekräftelse: din anmälan till DalaLab\n"
        "Träffar: 3 maj 2027, 21 september 2027",
        X("auto_reply"),
        "bounce of the service's confirmation to a misspelled address"))

    # ap106 change: new address on Telegram
    m.append(tg(
        "ap106", "2027-02-11T08:05", "Anna Persson", 1187724905,
        "Hej! Anna Persson, Gagnefs kommun. Vi har bytt mejlsystem så min gamla adress anna.p@gagnef.se "
        "slutar fungera. Skicka allt om DalaLab till anna.persson@gagnef.se framöver 🙏",
        X("change", [P("Anna Persson", "anna.persson@gagnef.se", "Gagnefs kommun")], []),
        "address update on telegram; the new address is hers, no sessions"))

    # ap107 register: reply to invitation, "Efternamn, Förnamn", first session only
    m.append(mail(
        "ap107", "2026-12-09T13:44", ("Nordin Malin", "malin.nordin@vansbro.se"),
        "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej,\n\nAnmäler härmed:\nNordin, Malin – endast första träffen 3/5\nKost: laktosintolerant\n\n"
        "Mvh Malin\nVansbro kommun\n\n" + quoted(INVITATION),
        X("register", [P("Malin Nordin", "malin.nordin@vansbro.se", "Vansbro kommun",
                         diet="laktosintolerant")], [S1], diet="laktosintolerant"),
        "reply above the quoted invitation (all four dates), name as 'Efternamn, Förnamn', only 3/5"))

    # ap108 phishing dressed as a registration notice
    m.append(mail(
        "ap108", "2027-02-19T03:17", ("DalaLab Registration", "noreply@dalalab-events-secure.com"),
        "Action required: your DalaLab registration is on hold",
        "Dear participant,\n\nYour registration for DalaLab (3 May 2027) could not be completed because "
        "your mailbox must be re-verified. Please confirm your attendance and your Microsoft 365 password "
        "within 24 hours here:\n\nhttps://dalalab-events-secure.com/verify?id=88213\n\n"
        "Failure to verify will cancel your seat for all sessions.\n\nRegistration Team",
        X("unknown"),
        "phishing dressed as a registration notice; mentions a date and cancellation but nothing to act on"))

    # ap109 cancel one session on Telegram
    m.append(tg(
        "ap109", "2027-04-06T06:52", "Emil Sjöberg", 902231774,
        "hej! kan tyvärr inte komma på första träffen i maj, blir opererad veckan innan. resten kommer jag på. "
        "/Emil Sjöberg, Ludvika",
        X("cancel", [P("Emil Sjöberg", None, "Ludvika kommun")], [S1]),
        "telegram cancel of 'första träffen i maj' only"))

    # ap110 register: two people in a forwarded invitation
    m.append(mail(
        "ap110", "2027-01-18T09:36", ("Therese Eriksson", "therese.eriksson@mora.se"),
        "Fwd: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
        "Hej Linnea!\n\nFick inbjudan vidarebefordrad från vår chef. Jag och min kollega Fredrik Ström "
        "(fredrik.strom@mora.se) vill gärna anmäla oss till höstens två träffar. Vår tredje kollega "
        "anmälde sig själv i december.\n\nHälsningar\nTherese Eriksson\nMora kommun\n\n"
        "---------- Forwarded message ---------\nFrån: Mats Hed <mats.hed@mora.se>\n"
        "Date: tis 12 jan. 2027 kl 08:15\nSubject: Fwd: Inbjudan DalaLab\nTo: Therese Eriksson\n\n"
        "Något för er två?\n\n" + INVITATION,
        X("register", [P("Therese Eriksson", "therese.eriksson@mora.se", "Mora kommun"),
                       P("Fredrik Ström", "fredrik.strom@mora.se", "Mora kommun")], [S2, S3]),
        "forwarded invitation with all dates below; 'höstens två träffar' = S2+S3; colleague who signed up "
        "herself is not among people"))

    # ap111 change: wrong date in the confirmation
    m.append(mail(
        "ap111", "2027-01-13T08:02", ("Mikael Hedlund", "mikael.hedlund@malung-salen.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "Tack, men jag skrev fel datum – det ska vara 21/9, inte 3/5. Sorry!\n\nMikael\n\n"
        + conf("Mikael Hedlund", "mikael.hedlund@malung-salen.se", "Malung-Sälens kommun", "3 maj 2027"),
        X("change", [P("Mikael Hedlund", "mikael.hedlund@malung-salen.se", "Malung-Sälens kommun")], [S2]),
        "correction of a wrong date in reply to the confirmation: swap to 21/9 only"))

    # ap112 question that looks like a signup
    m.append(mail(
        "ap112", "2027-03-30T14:58", ("Jenny Lindahl", "jenny.lindahl@avesta.se"),
        "Fråga om antal platser",
        "Hej!\n\nJag funderar på att anmäla mig och två kollegor från bygg- och miljö till DalaLab. "
        "Men vi har redan en från Avesta som är anmäld sedan tidigare. Får vi vara fyra totalt, "
        "eller finns det en väntelista? Säg till innan jag skickar in namnen.\n\n"
        "/Jenny Lindahl, Avesta kommun",
        X("question"),
        "'funderar på att anmäla' plus quota question: no signup yet"))

    # ap113 cancel forwarded by a manager
    m.append(mail(
        "ap113", "2027-02-26T15:45", ("Stefan Björk", "stefan.bjork@hedemora.se"),
        "VB: DalaLab",
        "Linnea, kan du stryka Lisa från listan? Tack!\n\nStefan Björk\nFörvaltningschef Samhällsbyggnad\n"
        "Hedemora kommun\n\nFrån: Wallin Lisa <lisa.wallin@hedemora.se>\nSkickat: den 26 februari 2027 11:02\n"
        "Till: Björk Stefan <stefan.bjork@hedemora.se>\nÄmne: DalaLab\n\n"
        "Hej Stefan, jag går på föräldraledighet i april och kommer inte att kunna delta i DalaLab alls. "
        "Kan du meddela Region Dalarna? /Lisa",
        X("cancel", [P("Lisa Wallin", "lisa.wallin@hedemora.se", "Hedemora kommun")], ALL),
        "manager forwards an employee's cancellation; the forwarded header gives her address"))

    # ap114 register: voice dictation on Telegram
    m.append(tg(
        "ap114", "2027-03-12T17:22", "Tobias Lindgren", 3390015268,
        "hej det är tobias lindgren från borlänge kommun jag vill anmäla mig till träffarna den "
        "tjugoförsta september och tjugonionde november tack och hej",
        X("register", [P("Tobias Lindgren", None, "Borlänge kommun")], [S2, S3]),
        "dictated telegram message, dates as spelled-out ordinals, lower case"))

    # ap115 auto_reply: newsletter
    m.append(mail(
        "ap115", "2027-02-02T07:00", ("Boverket nyhetsbrev", "nyhetsbrev@boverket.se"),
        "PBL Kunskapsbanken – nyheter februari 2027",
        "Nyheter i PBL Kunskapsbanken\n\n* Ny vägledning om planeringsstrategi enligt 3 kap. PBL\n"
        "* Webbinarium 3 maj: översiktsplanering i förändring – anmäl dig via boverket.se\n"
        "* Regionala träffar under hösten: 21 september och 29 november\n\n"
        "Du får detta nyhetsbrev eftersom du prenumererar på Boverkets utskick. "
        "Avsluta prenumerationen: https://www.boverket.se/nyhetsbrev/avregistrera",
        X("auto_reply"),
        "newsletter that mentions planning strategy and the event's dates"))

    # ap116 register: late, only colleagues
    m.append(mail(
        "ap116", "2027-04-10T22:14", ("Niclas Hägg", "niclas.hagg@avesta.se"),
        "Sen anmälan DalaLab",
        "Hej!\n\nSent men förhoppningsvis inte för sent. Jag är själv redan anmäld, men nu vill jag anmäla "
        "våra två nya planerare också:\n\n- Amira Haddad, amira.haddad@avesta.se\n"
        "- Johan \"Jocke\" Lundberg, johan.lundberg@avesta.se (vegan)\n\nDe ska gå på alla träffar.\n\n"
        "Mvh\nNiclas Hägg\nAvesta kommun",
        X("register", [P("Amira Haddad", "amira.haddad@avesta.se", "Avesta kommun"),
                       P("Johan Lundberg", "johan.lundberg@avesta.se", "Avesta kommun", diet="vegan")],
          ALL, diet="vegan"),
        "late signup of two colleagues by an already registered writer (not among people); nickname in quotes"))

    # ap117 change: diet removed, iso-8859-1
    m.append(mail(
        "ap117", "2027-01-25T10:30", ("Karl-Erik Mård", "karl-erik.mard@smedjebacken.se"),
        "Rättelse specialkost",
        "Hej,\n\nI min anmälan stod det nötallergi, men det var min kollegas uppgift som hamnat fel. "
        "Jag har ingen specialkost, så ta gärna bort det.\n\nHälsningar\nKarl-Erik Mård\n"
        "Smedjebackens kommun, Samhällsbyggnad\n0240-660 00",
        X("change", [P("Karl-Erik Mård", "karl-erik.mard@smedjebacken.se", "Smedjebackens kommun")], []),
        "diet removal: change with no sessions and no diet (the stated allergy is the wrong one)",
        charset="iso-8859-1"))

    # ap118 change: substitute for one session on Telegram
    m.append(tg(
        "ap118", "2027-03-04T12:49", "Elin Strand", 4471029936,
        "Hej! Jonas kan inte 21/9 så jag (Elin Strand) går istället för honom den dagen. Vi jobbar båda på Orsa kommun",
        X("change", [P("Jonas", None, "Orsa kommun"), P("Elin Strand", None, "Orsa kommun")], [S2]),
        "substitute for one session; colleague given by first name only; both people, substitute's session"))

    # ap119 erasure in English from gmail
    m.append(mail(
        "ap119", "2027-02-14T20:03", ("Daniel Kowalski", "d.kowalski@gmail.com"),
        "Data deletion request",
        "Hello,\n\nI received a confirmation that I am registered for DalaLab, but I never signed up; "
        "someone must have used my address by mistake. Please delete all personal data you hold about me "
        "(GDPR Art. 17) and do not send me further mail.\n\nDaniel Kowalski",
        X("erasure", [P("Daniel Kowalski", "d.kowalski@gmail.com", None)]),
        "English erasure request from gmail, no organisation"))

    # ap120 register: two organisations in one mail
    m.append(mail(
        "ap120", "2027-01-29T11:11", ("Camilla Rask", "camilla.rask@sater.se"),
        "Anmälan två kommuner",
        "Hej!\n\nVi är två som vill delta i DalaLab: jag (Camilla Rask, Säters kommun) och Niklas Berglund "
        "från Hedemora kommun (niklas.berglund@hedemora.se). Vi samarbetar kring en gemensam ÖP-strategi "
        "och vill gärna sitta ihop. Vi kommer på alla utom den i februari.\n\n"
        "Hälsningar\nCamilla Rask\nSamhällsplanerare\nSäters kommun",
        X("register", [P("Camilla Rask", "camilla.rask@sater.se", "Säters kommun"),
                       P("Niklas Berglund", "niklas.berglund@hedemora.se", "Hedemora kommun")], [S1, S2, S3]),
        "two municipalities in one mail; 'alla utom den i februari' = S1-S3"))

    # ap121 unknown: thank-you reply to confirmation
    m.append(mail(
        "ap121", "2027-01-12T13:26", ("Maja Holmström", "maja.holmstrom@leksand.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack för bekräftelsen! Ser fram emot det.\n\n//Maja\n\n"
        + conf("Maja Holmström", "maja.holmstrom@leksand.se", "Leksands kommun",
               "3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028"),
        X("unknown"),
        "thank-you reply to a confirmation with nothing to act on; quoted dates are not a request"))

    # ap122 question late on Telegram
    m.append(tg(
        "ap122", "2027-04-02T10:37", "Ronja Dahlberg", 8820114573,
        "hej, en fråga: behöver jag anmäla mig igen till höstträffarna eller gäller anmälan jag gjorde i "
        "december för alla? och kommer programmet för 21/9 ut innan sommaren?",
        X("question"),
        "question that names sessions but asks, does not register"))

    # ap123 change: swap named by theme titles
    m.append(mail(
        "ap123", "2027-02-17T14:02", ("Ida Holmgren", "ida.holmgren@lansstyrelsen.se"),
        "Byte av träff",
        "Hej Linnea,\n\nJag vill byta från träffen om utvecklingsinriktning i ÖP-modellen till den om "
        "tillgänglighet (rumslig närhet, mobilitet och digital tillgänglighet). Det passar bättre med "
        "vårt arbete på länsstyrelsen.\n\nVänliga hälsningar\nIda Holmgren\nHandläggare, "
        "Samhällsplanering\nLänsstyrelsen Dalarna\n010-225 00 00",
        X("change", [P("Ida Holmgren", "ida.holmgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S4]),
        "bare swap where sessions are named by their theme titles -> the new one S4"))

    # ap124 cancel: two last sessions in reply to confirmation with all four quoted
    m.append(mail(
        "ap124", "2027-03-15T09:19", ("Olof Sandberg", "olof.sandberg@alvdalen.se"),
        "Re: Bekräftelse: din anmälan till DalaLab",
        "Hej,\n\nJag måste tyvärr stryka mig från de två sista träffarna (nov och feb), då är jag "
        "utlånad till ett vindkraftsprojekt. Maj och september blir bra.\n\nMvh Olof Sandberg\n"
        "Älvdalens kommun\n\n"
        + conf("Olof Sandberg", "olof.sandberg@alvdalen.se", "Älvdalens kommun",
               "3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028",
               when="den 3 februari 2027 10:02"),
        X("cancel", [P("Olof Sandberg", "olof.sandberg@alvdalen.se", "Älvdalens kommun")], [S3, S4]),
        "partial cancel of 'de två sista' over a quoted confirmation with all four dates"))

    # ap125 register: ordinary, heavy signature
    m.append(mail(
        "ap125", "2026-12-15T08:47", ("Viktor Hallberg", "viktor.hallberg@gagnef.se"),
        "Anmälan DalaLab",
        "Hej Linnea!\n\nJag anmäler mig till DalaLab, samtliga tillfällen. Vegetarisk kost, tack.\n\n"
        "Med vänliga hälsningar\n\nViktor Hallberg\nÖversiktsplanerare\nSamhällsbyggnadsförvaltningen | "
        "Gagnefs kommun\nTel: 0241-515 00 | Mobil: 070-318 44 62\nBesöksadress: Djurås centrum, "
        "Mockfjärdsvägen 17, Djurås\nPostadress: Box 123, 785 21 Gagnef\nwww.gagnef.se\n\n"
        "När du skickar e-post till Gagnefs kommun behandlar vi dina personuppgifter enligt GDPR. "
        "Läs mer på www.gagnef.se/personuppgifter",
        X("register", [P("Viktor Hallberg", "viktor.hallberg@gagnef.se", "Gagnefs kommun",
                         diet="vegetarisk")], ALL, diet="vegetarisk"),
        "ordinary signup for all sessions; signature with phones, addresses and a GDPR footer"))

    # ap126 register: lower case, nickname, self plus colleague
    m.append(tg(
        "ap126", "2027-02-24T16:03", "Kim", 1290387745,
        "anmäl mig o min kollega lotta (charlotta engström) till första träffen. jag heter kim nilsson, "
        "falu kommun. kim.nilsson@falun.se",
        X("register", [P("Kim Nilsson", "kim.nilsson@falun.se", "Falu kommun"),
                       P("Charlotta Engström", None, "Falu kommun")], [S1]),
        "lower case telegram, colleague by nickname with full name in brackets, first session only"))

    # ap127 auto_reply: read receipt
    m.append(mail(
        "ap127", "2027-01-12T09:30", ("Ulrika Borg", "ulrika.borg@leksand.se"),
        "Läst: Bekräftelse: din anmälan till DalaLab",
        "Ditt meddelande\n\n  Till: Borg Ulrika\n  Ämne: Bekräftelse: din anmälan till DalaLab\n"
        "  Skickat: den 12 januari 2027 09:14\n\nlästes den 12 januari 2027 09:30.",
        X("auto_reply"),
        "Outlook read receipt for a confirmation"))

    # ap128 spam: attendee list for sale, HTML
    m.append(mail(
        "ap128", "2027-03-21T02:46", ("Emma Clarke", "emma.clarke@eventleadsdata.biz"),
        "RE: DalaLab 2027 Registration – Attendee List",
        "<html><body><p>Hi,</p><p>Would you be interested in acquiring the <b>DalaLab 2027 attendees "
        "list</b> (all 4 sessions, 3 May – 22 February)? Contacts include planners, municipal officers and "
        "regional decision makers with verified emails.</p><p>Reply <i>\"Send pricing\"</i> to register "
        "your interest.</p><p>Regards,<br>Emma Clarke<br>Lead Generation Executive</p>"
        "<p style=\"font-size:9px\">To unsubscribe reply \"Remove\".</p></body></html>",
        X("unknown"),
        "HTML spam selling an attendee list, with 'register' and the dates in it",
        html=True))

    # ap129 change: add the autumn sessions to an existing one
    m.append(mail(
        "ap129", "2027-03-26T13:33", ("Rebecka Åhl", "rebecka.ahl@vansbro.se"),
        "Utöka min anmälan",
        "Hej!\n\nJag är anmäld till första träffen i Falun. Efter att ha pratat med min chef vill jag lägga "
        "till höstens träffar också. Februari får vi ta senare.\n\n/Rebecka Åhl\nVansbro kommun",
        X("change", [P("Rebecka Åhl", "rebecka.ahl@vansbro.se", "Vansbro kommun")], [S1, S2, S3]),
        "existing S1 plus 'höstens träffar' (plural = S2, S3) -> sessions after change S1-S3"))

    # ap130 change: the writer leaves, a colleague takes her place
    m.append(mail(
        "ap130", "2027-04-01T10:58", ("Ylva Borg", "ylva.borg@ludvika.se"),
        "Byte av deltagare DalaLab",
        "Hej,\n\nJag kan tyvärr inte delta längre, men min kollega Hassan Ali (hassan.ali@ludvika.se) tar "
        "min plats på de träffar jag var anmäld till, alltså 3/5 och 21/9. Han äter inte fläsk.\n\n"
        "Tack!\nYlva Borg\nTrafikplanerare\nLudvika kommun\n0240-860 00",
        X("change", [P("Ylva Borg", "ylva.borg@ludvika.se", "Ludvika kommun"),
                     P("Hassan Ali", "hassan.ali@ludvika.se", "Ludvika kommun", diet="äter inte fläsk")],
          [S1, S2], diet="äter inte fläsk"),
        "writer hands her place to a colleague for 3/5 and 21/9; both people, substitute's diet"))

    # ap131 cancel whole on Telegram
    m.append(tg(
        "ap131", "2027-03-29T20:16", "Gustav Öberg", 2076651839,
        "Hej Linnea, jag får tyvärr avanmäla mig från DalaLab helt. Ledsen för krånglet! Mvh Gustav Öberg, Älvdalen",
        X("cancel", [P("Gustav Öberg", None, "Älvdalens kommun")], ALL),
        "short telegram whole cancellation, municipality by place name"))

    # ap132 question: changed employer, still attending?
    m.append(mail(
        "ap132", "2027-02-28T18:40", ("Linda Sjögren", "linda.sjogren@falun.se"),
        "Fråga om min anmälan",
        "Hej!\n\nJag är anmäld till DalaLab via Falu kommun men börjar på Region Dalarna den 1 april. "
        "Får jag fortfarande vara med då, och räknas jag i så fall inte längre mot Faluns tre platser? "
        "Vill inte ta någons plats i onödan.\n\nVänligen\nLinda Sjögren",
        X("question"),
        "question about a new employer and the quota; nothing to change until answered"))

    # ap133 unknown: meant for someone else
    m.append(mail(
        "ap133", "2027-03-17T11:05", ("Dala Catering", "bokning@dalacatering.se"),
        "Menyförslag fika och lunch 3 maj",
        "Hej Birgitta!\n\nHär kommer menyförslagen för er konferens: kanelbullar och frukt till fikat, "
        "lunch med kyckling eller halloumi. Vi behöver slutligt antal senast en vecka innan.\n\n"
        "Hälsningar\nDala Catering AB\nÅsgatan 40, Falun\n023-123 45",
        X("unknown"),
        "caterer's mail meant for another person; date and diets mentioned but no request to this service"))

    # ap134 register on Telegram with diet
    m.append(tg(
        "ap134", "2027-01-07T13:12", "Ingrid Sund", 617440092,
        "Hej! Kan jag anmäla mig till 29/11 och 22/2? Ingrid Sund, Region Dalarna, ingrid.sund@regiondalarna.se. "
        "Glutenfri.",
        X("register", [P("Ingrid Sund", "ingrid.sund@regiondalarna.se", "Region Dalarna", diet="glutenfri")],
          [S3, S4], diet="glutenfri"),
        "signup phrased as a question ('kan jag anmäla mig'), two sessions, diet"))

    # ap135 change: two people swap
    m.append(mail(
        "ap135", "2027-04-08T07:44", ("Martin Falk", "martin.falk@rattvik.se"),
        "Flytta oss till november",
        "Hej!\n\nTove Lind och jag är anmälda till 21.9 men vill i stället gå på 29.11, då är vi tillbaka "
        "från utbildningen i Göteborg.\n\nMartin Falk\nRättviks kommun\nStorgatan 2, 795 80 Rättvik\n"
        "0248-700 00",
        X("change", [P("Martin Falk", "martin.falk@rattvik.se", "Rättviks kommun"),
                     P("Tove Lind", None, "Rättviks kommun")], [S3]),
        "bare swap for two people, dates as 21.9 and 29.11 -> only the new session"))

    return m
