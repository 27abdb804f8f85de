"""Batch 43, theme "after": what arrives once people are already signed up.

Follow-up signups (several as replies to the service's own confirmation, which is quoted below the new text and
lists the sender's old sessions), added and swapped sessions, substitutes, diet updates and a diet removal, a new
name and a new address, whole and partial cancellations (one forwarded in a VB: chain), questions from people
already registered, erasure requests, machine replies to the confirmations (out-of-office, bounce, read receipt,
delivery delay), a mailing-list post, phishing dressed as registration, a thank-you and a complaint.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

TO = "linnea.hassis@regiondalarna.se"


def _conf(first, sessions, diet="ingen särskild", sent="den 11 januari 2027 16:40", to=None, prefix="> "):
    """The service's confirmation as a mail client quotes it under a reply."""
    lines = [f"Från: Linnea Hassis <{TO}>", f"Skickat: {sent}"]
    if to:
        lines.append(f"Till: {to}")
    lines += ["Ämne: Bekräftelse: din anmälan till DalaLab", "",
              f"Hej {first},", "",
              "Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft.",
              "Du är anmäld till:"]
    lines += [f"  • {s}" for s in sessions]
    lines += [f"Kost: {diet}", "",
              "Vill du ändra eller avanmäla dig, svara på det här mejlet.", "",
              "Vänliga hälsningar",
              "Linnea Hassis",
              "Region Dalarna, Samhällsplanering"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


D1 = "3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun"
D2 = "21 september 2027"
D3 = "29 november 2027"
D4 = "22 februari 2028"


def messages():
    m = []

    m.append(mail(
        "as091", "2027-01-12T09:14", ("Sofia Engström", "sofia.engstrom@falun.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej!\n\n"
        "Tack för bekräftelsen. Min kollega Maja Lindqvist på stadsbyggnadsförvaltningen vill också vara med, "
        "på samma sätt som jag, alltså alla fyra träffarna. Hon har ingen särskild kost.\n\n"
        "Mvh\nSofia Engström\nÖversiktsplanerare\nFalu kommun | Stadsbyggnadsförvaltningen\n"
        "Tel 023-86 12 47 | Mobil 070-318 44 90\n\n"
        + _conf("Sofia", [D1, D2, D3, D4], diet="vegetarisk", to="Sofia Engström <sofia.engstrom@falun.se>",
                prefix=""),
        X("register", [P("Maja Lindqvist", None, "Falu kommun")], ALL),
        "colleague added in an Outlook reply to the sender's own confirmation; quoted sessions and diet are the sender's"))

    m.append(tg(
        "as092", "2027-01-14T21:37", "Henrik Wallin", 482913057,
        "hej! är anmäld till 3 maj sen innan. kan ni lägga till 21 sept också? /Henrik, Borlänge",
        X("change", [P("Henrik Wallin", None, "Borlänge kommun")], [S1, S2]),
        "Telegram addition of a session; sessions after the change are the old one plus the new"))

    m.append(mail(
        "as093", "2027-01-19T14:02", ("Elin Forsberg", "elin.forsberg@rattvik.se"),
        "Byte av datum",
        "Hej Linnea,\n\n"
        "Jag behöver byta 29/11 mot 22/2, det krockar med ett budgetmöte i kommunstyrelsen. Går det bra?\n\n"
        "Hälsningar\nElin Forsberg\nRättviks kommun, Samhällsbyggnadsförvaltningen\n0248-700 00 (växel)",
        X("change", [P("Elin Forsberg", "elin.forsberg@rattvik.se", "Rättviks kommun")], [S4]),
        "bare swap written d/m: only the new session"))

    m.append(mail(
        "as094", "2027-02-02T08:51", ("Tomas Grönlund", "tomas.gronlund@smedjebacken.se"),
        "Ersättare hösten",
        "Hej,\n\n"
        "Jag kan tyvärr inte gå på höstens två träffar (september och november) eftersom jag är föräldraledig då. "
        "Min kollega Per-Olof Ek går i stället, per-olof.ek@smedjebacken.se.\n"
        "Majträffen och februariträffen går jag själv på som planerat.\n\n"
        "/Tomas\n\n--\nTomas Grönlund\nPlanarkitekt\nSmedjebackens kommun\nKyrkogatan 1, 777 81 Smedjebacken",
        X("change", [P("Tomas Grönlund", "tomas.gronlund@smedjebacken.se", "Smedjebackens kommun"),
                     P("Per-Olof Ek", "per-olof.ek@smedjebacken.se", "Smedjebackens kommun")], [S2, S3]),
        "substitute for the autumn sessions only, hyphenated first name; sessions are the substitute's"))

    m.append(mail(
        "as095", "2027-02-09T12:26", ("Amanda Rask", "amanda.rask@gagnef.se"),
        "Kostönskemål DalaLab",
        "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
        "<p>Hej!</p>"
        "<p>Jag är anmäld till alla fyra DalaLab-träffarna. Sedan jag anmälde mig har jag gått över till att äta "
        "vegan, så om ni kan ändra min kost från vegetarisk till <b>vegan</b> vore det toppen.</p>"
        "<p>Tack!<br>Amanda Rask<br>Gagnefs kommun<br><span style=\"color:#777\">0241-150 00</span></p>"
        "</div></body></html>",
        X("change", [P("Amanda Rask", "amanda.rask@gagnef.se", "Gagnefs kommun", diet="vegan")], ALL, diet="vegan"),
        "HTML-only diet update; the old diet (vegetarisk) is mentioned too", html=True))

    m.append(mail(
        "as096", "2027-03-03T10:20", ("Jonas Berglund", "jonas.berglund@leksand.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej, en liten rättelse: jag behöver inte laktosfritt längre, ni kan stryka det. "
        "Anmälan i övrigt gäller som förut (3 maj och 21 september).\n/Jonas\n\n"
        "Skickat från min iPhone\n\n"
        + _conf("Jonas", [D1, D2], diet="laktosfri", sent="den 24 februari 2027 09:05"),
        X("change", [P("Jonas Berglund", "jonas.berglund@leksand.se", "Leksands kommun")], [S1, S2]),
        "diet removed: diet None; the quoted confirmation still says laktosfri"))

    m.append(mail(
        "as097", "2027-02-15T13:05", ("Karin Söderberg Nyström", "karin.soderberg.nystrom@mora.se"),
        "Namnbyte – anmälan DalaLab",
        "Hej!\n\n"
        "Jag anmälde mig i december som Karin Nyström (karin.nystrom@mora.se). Jag har gift mig och heter nu "
        "Karin Söderberg Nyström, och har fått en ny mejladress – den jag skriver från nu. Den gamla slutar "
        "fungera i slutet av mars.\n\n"
        "Jag är fortfarande anmäld till 3 maj och 29 november, det ändras inte.\n\n"
        "Vänliga hälsningar\nKarin Söderberg Nyström\nMora kommun, Plan och bygg",
        X("change", [P("Karin Söderberg Nyström", "karin.soderberg.nystrom@mora.se", "Mora kommun")], [S1, S3]),
        "new name and new address; the old name and address appear in the text"))

    m.append(mail(
        "as098", "2027-03-11T19:48", ("Fredrik Lundh", "fredrik.lundh72@gmail.com"),
        "ändrad mejladress",
        "Hej\n\njag heter Fredrik Lundh och är anmäld från Avesta kommun till alla träffarna i DalaLab. "
        "min jobbmejl (fredrik.lundh@avesta.se) strular efter en IT-flytt så skicka gärna all info till den här "
        "adressen i stället tills vidare.\n\nmvh Fredrik",
        X("change", [P("Fredrik Lundh", "fredrik.lundh72@gmail.com", "Avesta kommun")], ALL),
        "new contact address from a private account; organisation from the text, not the domain"))

    m.append(mail(
        "as099", "2027-02-22T11:48", ("Magnus Höglund", "magnus.hoglund@hedemora.se"),
        "VB: Bekräftelse: din anmälan till DalaLab",
        "Hej Linnea,\n\n"
        "Stina har slutat hos oss vid månadsskiftet, så hon kommer inte att delta. Kan du avanmäla henne från "
        "samtliga träffar? Vi återkommer om vi vill skicka någon annan i hennes ställe.\n\n"
        "Magnus Höglund\nPlanchef\nHedemora kommun\n0225-340 00\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Stina Karlberg <stina.karlberg@hedemora.se>\n"
        "Skickat: den 28 januari 2027 15:12\n"
        "Till: Magnus Höglund <magnus.hoglund@hedemora.se>\n"
        "Ämne: VB: Bekräftelse: din anmälan till DalaLab\n\n"
        "FYI, nu är jag anmäld!\n\n"
        + _conf("Stina", [D1, D2, D3, D4], sent="den 28 januari 2027 14:50",
                to="Stina Karlberg <stina.karlberg@hedemora.se>", prefix=""),
        X("cancel", [P("Stina Karlberg", "stina.karlberg@hedemora.se", "Hedemora kommun")], ALL),
        "manager cancels a departed colleague by forwarding her forwarded confirmation; the manager is not among people"))

    m.append(tg(
        "as100", "2027-03-09T07:12", "Lotta Ek", 731046628,
        "Hej, kan tyvärr inte komma den 21.9 (semester), men övriga träffar står kvar. Lotta, Säter",
        X("cancel", [P("Lotta Ek", None, "Säters kommun")], [S2]),
        "partial cancel on Telegram, date as d.m"))

    m.append(tg(
        "as101", "2027-03-16T16:55", "Nils Backlund", 269558104,
        "avanmäl mig från allt tack, har fått annan tjänst. mvh Nils från Orsa kommun",
        X("cancel", [P("Nils Backlund", None, "Orsa kommun")], ALL),
        "whole cancel on Telegram, lower case, no sessions named"))

    m.append(mail(
        "as102", "2027-02-26T09:30", ("Daniel Okafor", "daniel.okafor@lansstyrelsen.se"),
        "RE: Bekräftelse: din anmälan till DalaLab",
        "Hi Linnea,\n\n"
        "I'm afraid I have to withdraw from the November session (planning for desirable futures and "
        "uncertainties) - I'll be at a conference in Brussels that week. The other three dates are fine.\n\n"
        "Best regards,\nDaniel Okafor\nLänsstyrelsen Dalarna | County Administrative Board of Dalarna\n"
        "+46 10 225 00 00\n\n"
        + _conf("Daniel", [D1, D2, D3, D4], sent="den 2 februari 2027 11:20"),
        X("cancel", [P("Daniel Okafor", "daniel.okafor@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S3]),
        "English partial cancel of one session named by month and theme, under a Swedish quoted confirmation"))

    m.append(mail(
        "as103", "2027-03-01T13:40", ("Ingrid Mattsson", "ingrid.mattsson@ludvika.se"),
        "Byte av deltagare",
        "Hej!\n\n"
        "Anders Bergkvist som var anmäld från oss till alla fyra träffarna kan inte delta längre på grund av "
        "sjukskrivning. Vi skulle vilja sätta in någon annan men har ingen ersättare klar ännu, så stryk honom "
        "tills vidare. Jag hör av mig om vi hittar någon.\n\n"
        "Hälsningar\nIngrid Mattsson\nEnhetschef Samhällsplanering\nLudvika kommun",
        X("cancel", [P("Anders Bergkvist", None, "Ludvika kommun")], ALL),
        "subject says substitution but no substitute is named: a cancel; his address is not given"))

    m.append(mail(
        "as104", "2027-03-22T08:05", ("Sara Lindahl", "sara.lindahl@borlange.se"),
        "DalaLab 3 maj",
        "Hej,\n\n"
        "Jag kommer inte kunna vara med den 3 maj. Kanske kan en kollega ta min plats just den dagen, jag "
        "återkommer i så fall med namn. Hösten och februari går jag på som planerat.\n\n"
        "Sara Lindahl\nBorlänge kommun",
        X("cancel", [P("Sara Lindahl", "sara.lindahl@borlange.se", "Borlänge kommun")], [S1],
          unsure=["change-or-cancel"]),
        "partial cancel with a possible substitute not yet named"))

    m.append(mail(
        "as105", "2027-01-27T10:33", ("Eva Dalin", "eva.dalin@alvdalen.se"),
        "Fler anmälningar DalaLab",
        "Hej igen,\n\n"
        "Efter min egen anmälan förra veckan har två kollegor hört av sig och vill också vara med, "
        "på höstens två träffar:\n\n"
        "Berg, Ulrika – ulrika.berg@alvdalen.se\n"
        "von Essen, Carl – carl.vonessen@alvdalen.se (glutenfri)\n\n"
        "Tack!\nEva\n\nEva Dalin, planeringsstrateg\nÄlvdalens kommun\nDalgatan 1, 796 31 Älvdalen",
        X("register", [P("Ulrika Berg", "ulrika.berg@alvdalen.se", "Älvdalens kommun"),
                       P("Carl von Essen", "carl.vonessen@alvdalen.se", "Älvdalens kommun", diet="glutenfri")],
          [S2, S3], diet="glutenfri"),
        "follow-up signup of two colleagues written 'Efternamn, Förnamn', one with a particle; sender already registered"))

    m.append(mail(
        "as106", "2027-03-05T15:17", ("Gunilla Strand", "gunilla.strand@vansbro.se"),
        "VB: Bekräftelse DalaLab – Erik Holm",
        "Hej,\n\n"
        "Erik har fått nytt jobb och slutar i mars. Fatima Haddad (fatima.haddad@vansbro.se) tar över hans plats "
        "på samtliga träffar. Hon äter halal.\n\n"
        "MVH Gunilla Strand\nSamhällsbyggnadschef, Vansbro kommun\n\n"
        "Från: Erik Holm <erik.holm@vansbro.se>\n"
        "Skickat: den 4 mars 2027 08:02\n"
        "Till: Gunilla Strand <gunilla.strand@vansbro.se>\n"
        "Ämne: VB: Bekräftelse: din anmälan till DalaLab\n\n"
        "Här är bekräftelsen, kan du fixa så att någon tar min plats?\n\n"
        + _conf("Erik", [D1, D2, D3, D4], sent="den 13 januari 2027 10:44",
                to="Erik Holm <erik.holm@vansbro.se>", prefix=""),
        X("change", [P("Erik Holm", "erik.holm@vansbro.se", "Vansbro kommun"),
                     P("Fatima Haddad", "fatima.haddad@vansbro.se", "Vansbro kommun", diet="halal")],
          ALL, diet="halal"),
        "substitution by a manager in a forwarded chain; the leaving person's address only in the quoted header"))

    m.append(tg(
        "as107", "2027-02-18T20:03", "Mikael Persson", 550381927,
        "hej, anmälde mig i januari men hittar inte bekräftelsen. står jag med på alla fyra träffarna eller bara "
        "den första? /Micke, Falun",
        X("question", [], []),
        "registered person asks what he is booked on; sessions mentioned only in the question"))

    m.append(mail(
        "as108", "2027-03-24T11:02", ("Helena Wikström", "helena.wikstrom@regiondalarna.se"),
        "Radera mina uppgifter",
        "Hej Linnea,\n\n"
        "Som jag skrev förra veckan kan jag inte delta i DalaLab. Jag vill därför att ni raderar mina uppgifter "
        "(namn, e-post och kostuppgift) ur anmälningslistan.\n\n"
        "Tack på förhand,\nHelena Wikström\nRegion Dalarna, Regional utveckling",
        X("erasure", [P("Helena Wikström", "helena.wikstrom@regiondalarna.se", "Region Dalarna")], []),
        "erasure request after an earlier cancel"))

    m.append(mail(
        "as109", "2026-12-28T10:41", ("Per Sandberg", "per.sandberg@mora.se"),
        "Automatiskt svar: Bekräftelse: din anmälan till DalaLab",
        "Tack för ditt mejl.\n\n"
        "Jag är på semester till och med den 6 januari och läser inte min e-post. Vid brådskande ärenden, "
        "kontakta Samhällsbyggnadsförvaltningen via växeln 0250-260 00.\n\n"
        "Per Sandberg\nMora kommun",
        X("auto_reply", [], []),
        "out-of-office reply to a confirmation"))

    m.append(tg(
        "as110", "2027-02-03T12:18", "Johanna Hult", 613775240,
        "hej! jag anmälde min chef förra veckan, nu vill jag också vara med själv men bara på den sista träffen, "
        "22 feb 2028. jobbar på Mora kommun. fläskfritt tack",
        X("register", [P("Johanna Hult", None, "Mora kommun", diet="fläskfritt")], [S4], diet="fläskfritt"),
        "Telegram self-signup after signing up a manager earlier; the manager is not among people"))

    m.append(tg(
        "as111", "2027-04-06T18:22", "Anders Nyberg", 907214336,
        "Är anmäld till 3 maj. blir det lunch eller ska man ta med? och var i Falun är det nånstans?",
        X("question", [], []),
        "practical question from a registered participant who names his session"))

    m.append(mail(
        "as112", "2027-03-18T16:09", ("Sanna Koivisto", "sanna.koivisto@ludvika.se"),
        "Change of session",
        "Hello,\n\nCould you please move me from the September session to the November one? Something came up "
        "at work.\n\nThanks,\nSanna Koivisto\nLudvika kommun",
        X("change", [P("Sanna Koivisto", "sanna.koivisto@ludvika.se", "Ludvika kommun")], [S3]),
        "English bare swap by month names"))

    m.append(mail(
        "as113", "2027-02-11T09:55", ("Robert Lind", "robert.lind@falun.se"),
        "Data deletion request (GDPR Art. 17)",
        "Dear Region Dalarna,\n\n"
        "I registered for DalaLab in December but have since cancelled my participation. Pursuant to Article 17 "
        "of the General Data Protection Regulation I request that you erase all personal data concerning me, "
        "including my e-mail address and dietary information, and confirm in writing when this has been done.\n\n"
        "Yours sincerely,\nRobert Lind",
        X("erasure", [P("Robert Lind", "robert.lind@falun.se", "Falu kommun")], []),
        "formal English GDPR erasure request; organisation from the domain"))

    m.append(mail(
        "as114", "2027-01-13T10:45", ("Mail Delivery System", "MAILER-DAEMON@mx1.ludvika.se"),
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx1.ludvika.se.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        "<jan.ostlund@ludvika.se>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n"
        "    <jan.ostlund@ludvika.se>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n\n"
        "--- Returned message headers ---\n"
        f"From: Linnea Hassis <{TO}>\n"
        "To: Jan Östlund <jan.ostlund@ludvika.se>\n"
        "Subject: Bekräftelse: din anmälan till DalaLab\n"
        "Date: Wed, 13 Jan 2027 10:44:51 +0100\n",
        X("auto_reply", [], []),
        "bounce of a confirmation; names a person and the subject of a signup"))

    m.append(mail(
        "as115", "2027-02-24T14:37", ("Birgitta Olausson", "birgitta.olausson@avesta.se"),
        "Anmälan igen",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
        "<p>Hej Linnea!</p>"
        "<p>Jag avanmälde mig i januari, men nu har det löst sig med tjänstgöringen, så jag vill gärna anmäla mig "
        "igen &ndash; till alla tillfällen om det finns plats.</p>"
        "<p>Kost: laktosfri</p>"
        "<p>Med vänlig hälsning<br>Birgitta Olausson<br>Avesta kommun, Samhällsbyggnadsförvaltningen</p>"
        "</body></html>",
        X("register", [P("Birgitta Olausson", "birgitta.olausson@avesta.se", "Avesta kommun", diet="laktosfri")],
          ALL, diet="laktosfri"),
        "re-registration after an earlier cancel, HTML in iso-8859-1", html=True, charset="iso-8859-1"))

    m.append(mail(
        "as116", "2027-03-29T13:14", ("Olof Hedlund", "olof.hedlund@sater.se"),
        "Fråga om material",
        "Hej,\n\njag är anmäld till alla fyra DalaLab-träffarna. Kommer presentationerna att skickas ut efteråt? "
        "Och finns det någon förberedande läsning inför 3 maj, t.ex. något från Boverket?\n\n"
        "Mvh Olof Hedlund\nSäters kommun",
        X("question", [], []),
        "registered participant asks about material; states his booking"))

    m.append(mail(
        "as117", "2027-04-02T08:30", ("Lars Wiklund via planerare-dalarna", "planerare-dalarna@lists.regiondalarna.se"),
        "[planerare-dalarna] Påminnelse: sista anmälningsdag DalaLab 14 april",
        "Hej alla,\n\n"
        "en påminnelse om att sista dag att anmäla sig till DalaLab är 14 april. Vi från Gagnef är redan anmälda "
        "till alla fyra, ses i Falun 3 maj! Anmälan görs till Linnea på Region Dalarna.\n\n"
        "/Lars Wiklund, Gagnefs kommun\n\n"
        "_______________________________________________\n"
        "planerare-dalarna mailing list\n"
        "planerare-dalarna@lists.regiondalarna.se\n"
        "Avsluta prenumeration: https://lists.regiondalarna.se/mailman/listinfo/planerare-dalarna",
        X("unknown", [], []),
        "mailing-list post that talks about being registered; not a request",
        to="planerare-dalarna@lists.regiondalarna.se"))

    m.append(tg(
        "as118", "2027-01-21T11:47", "Ewa Sjöberg", 348860215,
        "hej, jag står anmäld på träffen v. 48, kan jag även få komma på den i maj? /Ewa, Länsstyrelsen",
        X("change", [P("Ewa Sjöberg", None, "Länsstyrelsen Dalarna")], [S1, S3]),
        "session added; the existing one given as a week number"))

    m.append(mail(
        "as119", "2027-02-04T10:31", ("Maria Eklund", "maria.eklund@gagnef.se"),
        "Läst: Bekräftelse: din anmälan till DalaLab",
        "Ditt meddelande\n\n"
        "    Till: Maria Eklund\n"
        "    Ämne: Bekräftelse: din anmälan till DalaLab\n"
        "    Skickat: den 4 februari 2027 10:12:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
        "lästes den 4 februari 2027 10:31:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        X("auto_reply", [], []),
        "Outlook read receipt for a confirmation"))

    m.append(mail(
        "as120", "2027-02-08T15:50", ("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se"),
        "DalaLab registration",
        "Hi,\n\n"
        "My colleague Ewa registered a few weeks ago and recommended the programme. I'd like to sign up too, but "
        "only for the session on \"utvecklingsinriktning\" in the ÖP model and the one on planning for "
        "uncertainties. No dietary requirements.\n\n"
        "Kind regards,\nHannah Whitfield\nSenior Analyst\nCounty Administrative Board of Dalarna (Länsstyrelsen)",
        X("register", [P("Hannah Whitfield", "hannah.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
          [S2, S3]),
        "English signup by session themes; the colleague already registered is not among people"))

    m.append(mail(
        "as121", "2027-03-02T09:12", ("Tobias Kern", "tobias.kern@borlange.se"),
        "Question about DalaLab",
        "Hi,\n\nI'm registered for all four DalaLab sessions. Two questions: is there a participation fee my unit "
        "needs to budget for, and will we get a certificate of attendance afterwards?\n\nThanks,\nTobias",
        X("question", [], []),
        "English question about fee and certificate from a registered participant"))

    m.append(mail(
        "as122", "2027-03-15T07:58", ("Åhman, Linda", "linda.ahman@malung-salen.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Hej,\n\n"
        "tyvärr måste jag avanmäla mig från de två sista träffarna (29 nov och 22 feb) – vi har ÖP-utställning "
        "och samråd som tar all tid. Maj och september kommer jag på.\n\nMvh Linda\n\n"
        "Linda Åhman | Översiktsplanerare | Malung-Sälens kommun | 0280-181 00\n\n"
        + _conf("Linda", [D1, D2, D3, D4], sent="den 21 januari 2027 13:03"),
        X("cancel", [P("Linda Åhman", "linda.ahman@malung-salen.se", "Malung-Sälens kommun")], [S3, S4]),
        "partial cancel in an Outlook reply; display name written 'Efternamn, Förnamn'"))

    m.append(mail(
        "as123", "2027-03-30T14:25", ("Kjell Rosén", "kjell.rosen@orsa.se"),
        "Personuppgifter – Per Nilsson",
        "Hej,\n\n"
        "Per Nilsson har slutat hos oss. Enligt våra rutiner ska hans personuppgifter tas bort ur externa listor, "
        "och han ska förstås inte vara med på DalaLab-träffarna. Radera allt ni har om honom.\n\n"
        "Kjell Rosén\nHR-samordnare, Orsa kommun",
        X("erasure", [P("Per Nilsson", None, "Orsa kommun")], [], unsure=["intent"]),
        "erasure asked by HR for a departed colleague (also implies a cancel); his address is not given"))

    m.append(mail(
        "as124", "2027-01-26T16:02", ("Sophie Larsen", "sophie.larsen@regiondalarna.se"),
        "Automatic reply: Bekräftelse: din anmälan till DalaLab",
        "Thank you for your email. I am on parental leave until 3 May 2027 with limited access to email.\n"
        "For urgent matters please contact regional.utveckling@regiondalarna.se.\n\n"
        "Tack för ditt mejl. Jag är föräldraledig till 3 maj 2027. Vid brådskande ärenden, kontakta "
        "regional.utveckling@regiondalarna.se.",
        X("auto_reply", [], []),
        "bilingual out-of-office whose return date is a session date"))

    m.append(mail(
        "as125", "2027-01-29T11:11", ("Mats Eriksson", "mats.eriksson@avesta.se"),
        "Anmälan ytterligare en deltagare",
        "Hej,\n\nvi vill anmäla ytterligare en från Avesta: Lena Åkesson-Grip, lena.akesson-grip@avesta.se. "
        "Hon vill delta 3/5 och 21/9.\n\nHon har nötallergi, och den är allvarlig, så bra om köket vet om det.\n\n"
        "Mats Eriksson\nSektionschef Plan\nAvesta kommun",
        X("register", [P("Lena Åkesson-Grip", "lena.akesson-grip@avesta.se", "Avesta kommun", diet="nötallergi")],
          [S1, S2], diet="nötallergi"),
        "follow-up signup on behalf of a colleague with a hyphenated surname and an allergy; sender not attending"))

    m.append(mail(
        "as126", "2027-02-17T10:04", ("Anna-Karin Dahl", "anna-karin.dahl@sater.se"),
        "Fråga om deltagare",
        "Hej!\n\nVi är tre från Säter anmälda. Om någon av oss inte kan en gång, får vi skicka en annan kollega "
        "i stället just den gången, eller måste det vara samma personer hela vägen?\n\n"
        "Hälsningar\nAnna-Karin Dahl\nSäters kommun",
        X("question", [], []),
        "hypothetical substitution asked as a question"))

    m.append(mail(
        "as127", "2027-03-08T06:12", ("DalaLab Registrering", "noreply@dalalab-registrering.com"),
        "Åtgärd krävs: bekräfta din plats i DalaLab inom 24 timmar",
        "<html><body>"
        "<p>Hej deltagare,</p>"
        "<p>Vi har uppgraderat vårt anmälningssystem. För att behålla din plats i <b>DalaLab 2027</b> måste du "
        "bekräfta din anmälan genom att logga in med din kommunala e-postadress och ditt lösenord.</p>"
        "<p><a href=\"https://dalalab-registrering.com/login?ref=rd\">Bekräfta min plats</a></p>"
        "<p>Om du inte bekräftar inom 24 timmar kommer din plats att ges till någon på reservlistan.</p>"
        "<p>Med vänliga hälsningar<br>Region Dalarna – Eventavdelningen</p>"
        "</body></html>",
        X("unknown", [], []),
        "phishing dressed as a registration confirmation", html=True))

    m.append(tg(
        "as128", "2027-04-07T09:36", "Rebecka Holmström", 175629384,
        "Hej Linnea! Jag var anmäld till den 3:e maj och den 29:e nov men kan inte komma på någon av dem nu, "
        "nytt uppdrag. Så stryk mig helt. / Rebecka, Rättviks kommun",
        X("cancel", [P("Rebecka Holmström", None, "Rättviks kommun")], [S1, S3]),
        "whole cancel where the text states the two booked sessions ('den 3:e', 'den 29:e')"))

    m.append(mail(
        "as129", "2027-01-20T14:50", ("Microsoft Outlook", "postmaster@leksand.se"),
        "Leverans fördröjd: Bekräftelse: din anmälan till DalaLab",
        "Leveransen har fördröjts till följande mottagare:\n\n"
        "anna.gustavsson@leksand.se\n\n"
        "Ämne: Bekräftelse: din anmälan till DalaLab\n\n"
        "Meddelandet har ännu inte levererats. Leveransförsöken fortsätter.\n"
        "Servern försöker leverera meddelandet under 1 dag, 19 timmar och 52 minuter till. "
        "Du får ett meddelande om meddelandet inte kan levereras inom den tiden.",
        X("auto_reply", [], []),
        "delivery-delay report for a confirmation"))

    m.append(mail(
        "as130", "2027-03-25T10:58", ("Camilla Norberg", "camilla.norberg@vansbro.se"),
        "En fjärde från Vansbro?",
        "Hej,\n\n"
        "Vi är redan tre anmälda från Vansbro (jag, Gunilla Strand och Fatima Haddad). Nu vill även vår nya "
        "planarkitekt Olle Dahl vara med. Om det finns möjlighet för en fjärde person, anmäl honom gärna till "
        "alla tillfällen – annars sätt honom på en reservlista.\n\n"
        "Camilla Norberg\nVansbro kommun\n0281-750 00",
        X("register", [P("Olle Dahl", None, "Vansbro kommun")], ALL),
        "fourth person from a municipality with three already registered; the three are not among people"))

    m.append(mail(
        "as131", "2027-01-15T08:44", ("Peter Johansson", "peter.johansson@hedemora.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack!\n\nKan ni skicka kalenderinbjudningar (Outlook) för träffarna? Och vet ni redan var i Falun "
        "första träffen blir?\n\n/Peter\n\n"
        + _conf("Peter", [D1, D3], sent="den 14 januari 2027 17:22"),
        X("question", [], []),
        "question in reply to a confirmation; the quoted sessions are not a request"))

    m.append(tg(
        "as132", "2027-03-19T22:14", "Kristina Mäkelä", 802537461,
        "Hej. Jag har avanmält mig tidigare. Ta bort mig helt ur ert register, och ta även bort mitt "
        "telegramnamn ur era listor. Tack",
        X("erasure", [P("Kristina Mäkelä", None, None)], []),
        "Telegram erasure request with no organisation or address"))

    m.append(mail(
        "as133", "2027-02-10T13:27", ("Jesper Åström", "jesper.astrom@gagnef.se"),
        "SV: VB: Bekräftelse: din anmälan till DalaLab",
        "Hej,\n\n"
        "Min kollega Amanda vidarebefordrade er bekräftelse till mig. Jag vill också anmäla mig, men bara till "
        "träffen om tillgänglighet (rumslig närhet, mobilitet och digital tillgänglighet) och den om att planera "
        "för önskvärda framtider och osäkerheter.\n\n"
        "Jesper Åström\nTrafikplanerare, Gagnefs kommun\n\n"
        "> Från: Amanda Rask <amanda.rask@gagnef.se>\n"
        "> Ämne: VB: Bekräftelse: din anmälan till DalaLab\n>\n"
        "> Kolla här, du borde hänga på!\n>\n"
        + _conf("Amanda", [D1, D2, D3, D4], diet="vegetarisk", sent="den 8 januari 2027 09:30", prefix="> > "),
        X("register", [P("Jesper Åström", "jesper.astrom@gagnef.se", "Gagnefs kommun")], [S3, S4]),
        "signup by session themes under a colleague's forwarded confirmation (all four dates quoted)"))

    m.append(mail(
        "as134", "2027-03-12T15:40", ("Ulla Björk", "ulla.bjork@smedjebacken.se"),
        "SV: Bekräftelse: din anmälan till DalaLab",
        "Tack så mycket för snabb hjälp med bytet! Nu ser det rätt ut. Ha en fin helg!\n\nUlla\n\n"
        + _conf("Ulla", [D2, D4], sent="den 12 mars 2027 14:55"),
        X("unknown", [], []),
        "thank-you in reply to a corrected confirmation; quoted sessions are no request"))

    m.append(mail(
        "as135", "2027-02-01T17:21", ("Roger Falk", "roger.falk@borlange.se"),
        "Dubbla bekräftelser!!",
        "Hej.\n\n"
        "Jag har nu fått TRE bekräftelsemejl på samma anmälan, och i ett av dem står det fel datum för andra "
        "träffen (22 september i stället för 21). Det här inger inte förtroende. Se till att era utskick blir "
        "rätt i fortsättningen.\n\n"
        "Roger Falk\nBorlänge kommun",
        X("unknown", [], [], unsure=["intent"]),
        "complaint about duplicate confirmations with a wrong date; no request to act on"))

    return m
