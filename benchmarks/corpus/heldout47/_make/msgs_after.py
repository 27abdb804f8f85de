"""Theme: after the signup. What reaches the registration address and the bot once people are registered:
follow-up signups (several as replies to the service's own confirmation mail, quoted), session swaps and
additions, substitutes, diet updates and removals, a new name, address or employer, whole and partial
cancellations (two in forwarded VB:/Fwd: chains), questions from registered people, erasure requests,
automatic replies and a bounce of the confirmation, phishing dressed as a registration reminder, a thank-you
and a complaint."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

LISTA = """  1. 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
  2. 21 september 2027
  3. 29 november 2027
  4. 22 februari 2028"""


def conf(name, org, dates, diet="-"):
    """The service's confirmation mail, as people get it."""
    return f"""Tack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft!

Vi har registrerat:
  Namn: {name}
  Organisation: {org}
  Tillfällen: {dates}
  Kost: {diet}

Lärprojektets tillfällen:
{LISTA}

Stämmer något inte? Svara på det här mejlet så rättar vi.
Sista anmälningsdag är 14 april 2027.

Hälsningar
Anmälan DalaLab, Region Dalarna"""


def quote(text, head):
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def outlook(text, frm, sent, subject, to="Anmälan DalaLab <linnea.hassis@regiondalarna.se>"):
    return f"""________________________________
Från: {frm}
Skickat: {sent}
Till: {to}
Ämne: {subject}

{text}"""


CONF_SUBJ = "Bekräftelse: din anmälan till DalaLab"
HEAD = "Den {d} skrev Anmälan DalaLab <linnea.hassis@regiondalarna.se>:"
ALLA = "3 maj 2027, 21 september 2027, 29 november 2027, 22 februari 2028"


def messages():
    return [
        mail("ax091", "2026-12-03T08:42", ("Helena Nordström", "helena.nordstrom@borlange.se"),
             "Re: " + CONF_SUBJ,
             "Hej!\n\nTack för bekräftelsen. Min kollega Oskar Wiklund vill också vara med, på samma tillfällen som "
             "jag. Han äter vegetariskt. Hans adress är oskar.wiklund@borlange.se\n\nMvh Helena\n\n"
             + quote(conf("Helena Nordström", "Borlänge kommun", ALLA), HEAD.format(d="2 dec. 2026 kl. 14:11")),
             X("register", [P("Oskar Wiklund", "oskar.wiklund@borlange.se", "Borlänge kommun", "vegetariskt")],
               ALL, "vegetariskt"),
             "follow-up signup of a colleague in a reply to the confirmation; 'samma tillfällen som jag' = the quoted four; sender not a person"),

        tg("ax092", "2026-12-05T21:10", "Maja Sundqvist", 5550192831,
           "hej! maja från orsa kommun här. jag är anmäld till alla fyra men 21/9 krockar med KF, "
           "stryk mig den dagen bara 🙏",
           X("cancel", [P("Maja Sundqvist", None, "Orsa kommun")], [S2]),
           "partial cancellation of one session by Telegram; 'alla fyra' is the current state, not the request"),

        mail("ax093", "2026-12-08T10:05", ("Göran Lund", "goran.lund@smedjebacken.se"), "Byte av tillfälle",
             "Hej Linnea,\n\nJag vill byta 21 september mot 29 november om det går.\n\nTack på förhand!\n\n"
             "Göran Lund\nPlaneringsarkitekt\nSamhällsbyggnadsförvaltningen\nSmedjebackens kommun\n"
             "Tel 0240-66 00 00",
             X("change", [P("Göran Lund", "goran.lund@smedjebacken.se", "Smedjebackens kommun")], [S3]),
             "bare swap of one session for another: only the new one"),

        mail("ax094", "2026-12-10T13:30", ("Ingrid Björk", "ingrid.bjork@rattvik.se"), "Lägga till ett tillfälle",
             "Hej,\nJag är anmäld till träffen den 3 maj. Vill gärna lägga till den 22 februari 2028 också "
             "(tillgänglighet) – det är precis mitt område.\n\nHälsningar\nIngrid Björk\nRättviks kommun",
             X("change", [P("Ingrid Björk", "ingrid.bjork@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "addition with the current session stated: both after the change"),

        mail("ax095", "2026-12-14T15:47", ("Anders Höglund", "anders.hoglund@lansstyrelsen.se"),
             "Ersättare 3 maj",
             "Hej!\n\nJag kan inte delta den 3 maj. Min kollega Sofia Mattsson går i mitt ställe den gången, "
             "hennes mejl är sofia.mattsson@lansstyrelsen.se. Resten av träffarna går jag på som planerat.\n\n"
             "Vänliga hälsningar\nAnders Höglund\nSamhällsplaneringsenheten\nLänsstyrelsen Dalarna\n"
             "010-225 00 00",
             X("change", [P("Anders Höglund", "anders.hoglund@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                          P("Sofia Mattsson", "sofia.mattsson@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S1]),
             "substitute for one session only; both people, the substitute's session"),

        tg("ax096", "2026-12-16T07:58", "Petra Lindqvist", 6120447390,
           "Hej, jag anmälde mig för några dagar sen (Petra Lindqvist, Leksand). Glömde säga att jag är glutenfri!",
           X("change", [P("Petra Lindqvist", None, "Leksands kommun", "glutenfri")], [], "glutenfri"),
           "diet added after signup by Telegram; no sessions stated"),

        mail("ax097", "2026-12-18T11:20", ("Karin Westman", "karin.westman@falun.se"), "Ändrad kost",
             "Hej! När jag anmälde mig skrev jag laktosfri, men det behövs inte längre – ni kan ta bort det.\n\n"
             "Vänligen\nKarin Westman\nFalu kommun",
             X("change", [P("Karin Westman", "karin.westman@falun.se", "Falu kommun")], []),
             "diet removed: the old diet is named but no diet remains to record"),

        mail("ax098", "2027-01-07T09:03", ("Sara Öberg", "sara.oberg@hedemora.se"), "Namnbyte – DalaLab",
             "Hej!\n\nJag anmälde mig i höstas som Sara Karlsson (sara.karlsson@hedemora.se). Jag har gift mig och "
             "heter nu Sara Öberg, och min mejladress är ändrad till den jag skriver från. Den gamla slutar "
             "fungera i februari. Kan ni uppdatera min anmälan?\n\nTack!\nSara Öberg\nHedemora kommun",
             X("change", [P("Sara Öberg", "sara.oberg@hedemora.se", "Hedemora kommun")], []),
             "new surname and new address: the person under the new ones, the old name and address only in the text"),

        mail("ax099", "2027-01-09T19:34", ("Lars Fredriksson", "lars.f1972@gmail.com"), "ny mejladress",
             "Hej, jag är anmäld till DalaLab från Mora kommun. Vi har fått nya adresser i kommunen, min är nu "
             "lars.fredriksson@mora.se – skicka gärna all info dit istället för till den gamla "
             "(lars.fredriksson@morakommun.se). Skriver från privata mejlen eftersom jobbets strular ikväll.\n\n"
             "/Lars",
             X("change", [P("Lars Fredriksson", "lars.fredriksson@mora.se", "Mora kommun")], []),
             "address change from a private address: the new work address stated in the text, organisation from the text"),

        mail("ax100", "2027-01-12T08:15", ("Johanna Sjöberg", "johanna.sjoberg@regiondalarna.se"),
             "Ny arbetsgivare",
             "Hej Linnea!\n\nJag var anmäld från Gagnefs kommun men har sedan 1 januari bytt jobb till Region Dalarna "
             "(regional utveckling). Jag vill gärna vara kvar i DalaLab på alla fyra träffarna, nu från regionen. "
             "Det frigör väl en plats för Gagnef?\n\nHälsningar\nJohanna Sjöberg\nRegional utveckling\n"
             "Region Dalarna",
             X("change", [P("Johanna Sjöberg", "johanna.sjoberg@regiondalarna.se", "Region Dalarna")], ALL),
             "employer change: new organisation, all four sessions stated; the old municipality is not hers any more"),

        mail("ax101", "2027-01-14T13:02", ("Mikael Strand", "mikael.strand@avesta.se"), "Avanmälan DalaLab",
             "Hej,\n\nJag måste tyvärr avanmäla mig från hela lärprojektet p.g.a. ändrade arbetsuppgifter.\n\n"
             "Med vänlig hälsning\n\nMikael Strand\nPlanarkitekt | Avesta kommun\nStadshuset, 774 81 Avesta",
             X("cancel", [P("Mikael Strand", "mikael.strand@avesta.se", "Avesta kommun")], ALL),
             "ordinary whole cancellation"),

        mail("ax102", "2027-01-20T10:41", ("Eva Dahlgren", "eva.dahlgren@ludvika.se"), "VB: DalaLab 29 november",
             "Hej, vidarebefordrar från Tobias som inte kommer åt sin mejl just nu. Han kan alltså inte komma "
             "29 november, övriga träffar står kvar.\n\n/Eva Dahlgren, enhetschef\n\n"
             + outlook("Hej Eva, kan du meddela Region Dalarna att jag inte kan komma på DalaLab-träffen 29/11? "
                       "Jag är bortrest då. Tack!\n\nTobias",
                       "Tobias Ekström <tobias.ekstrom@ludvika.se>", "den 19 januari 2027 16:02",
                       "DalaLab 29 november", to="Eva Dahlgren <eva.dahlgren@ludvika.se>"),
             X("cancel", [P("Tobias Ekström", "tobias.ekstrom@ludvika.se", "Ludvika kommun")], [S3]),
             "partial cancellation in a forwarded VB: chain; the boss forwarding is not a person"),

        mail("ax103", "2027-01-22T14:25", ("Annika Holm", "annika.holm@sater.se"), "Frågor om DalaLab",
             "Hej!\n\nJag är anmäld till alla fyra tillfällena. Vet ni redan var de tre senare träffarna hålls? "
             "Att den första är i Falun har jag sett.\nOch blir det lunch eller bara fika?\n\nAnnika Holm\n"
             "Säters kommun",
             X("question"),
             "question from a registered person; the stated sessions are no request"),

        tg("ax104", "2027-01-25T12:07", "Fredrik Nyberg", 7034419925,
           "Är jag anmäld? Fick aldrig nåt bekräftelsemejl. /Fredrik, Vansbro",
           X("question"),
           "registered person asking whether the signup went through"),

        mail("ax105", "2027-01-27T16:50", ("Linda Axelsson", "linda.axelsson@alvdalen.se"),
             "Begäran om radering av personuppgifter",
             "Hej.\n\nMed hänvisning till dataskyddsförordningen (GDPR) artikel 17 begär jag att ni raderar alla "
             "personuppgifter ni har om mig i samband med min anmälan till DalaLab. Bekräfta gärna när det är "
             "gjort.\n\nLinda Axelsson\nÄlvdalens kommun",
             X("erasure", [P("Linda Axelsson", "linda.axelsson@alvdalen.se", "Älvdalens kommun")]),
             "formal erasure request"),

        mail("ax106", "2027-01-29T09:00", ("Per Olsson", "per.olsson@mora.se"), "Autosvar: " + CONF_SUBJ,
             "Jag är tjänstledig till och med 28 februari 2027 och läser inte min e-post.\n"
             "Vid brådskande ärenden, kontakta Mora kommuns växel 0250-260 00.\n\nPer Olsson",
             X("auto_reply"),
             "out-of-office reply to the confirmation"),

        mail("ax107", "2027-01-31T18:12", ("Hampus Grönlund", "hampus.gronlund@lansstyrelsen.se"),
             "Automatic reply: " + CONF_SUBJ,
             "Thank you for your email. I am out of the office until 15 February with limited access to email.\n\n"
             "Tack för ditt mejl. Jag är ledig till och med 15 februari och har begränsad tillgång till e-post.\n"
             "Brådskande: registrator.dalarna@lansstyrelsen.se",
             X("auto_reply"),
             "bilingual automatic reply to the confirmation"),

        mail("ax108", "2027-02-01T07:31", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
             "Undeliverable: " + CONF_SUBJ,
             "Delivery has failed to these recipients or groups:\n\njohan.ek@smedjebaken.se\n"
             "The domain name in the email address is incorrect. Check the address.\n\n"
             "Diagnostic information for administrators:\nRemote server returned '550 5.1.2 Host unknown'\n\n"
             "Original message headers:\nSubject: " + CONF_SUBJ + "\nTo: johan.ek@smedjebaken.se\n\n"
             + conf("Johan Ek", "Smedjebackens kommun", "3 maj 2027, 29 november 2027", "nötallergi"),
             X("auto_reply"),
             "bounce of the confirmation; the returned copy names a person, dates and a diet"),

        mail("ax109", "2027-02-02T03:14", ("DalaLab Registrering", "noreply@dalalab-registrering.com"),
             "Påminnelse: bekräfta din plats senast 14 april",
             "<html><body><p>Hej deltagare,</p><p>Din anmälan till <b>DalaLab – Planering för hållbarhet och "
             "utvecklingskraft</b> är inte slutförd. Platser som inte bekräftas senast 14 april frigörs till "
             "väntelistan.</p><p><a href=\"http://dalalab-registrering.com/verify?u=8812\">Bekräfta din plats "
             "här</a> och logga in med ditt Microsoft 365-konto.</p><p>Med vänliga hälsningar<br>Region Dalarna "
             "– Evenemang</p></body></html>",
             X("unknown"),
             "phishing dressed as a registration reminder (HTML, foreign domain, asks for a login)", html=True),

        mail("ax110", "2027-03-02T22:48", ("Region Dalarna Events", "events@regiondalarna-se.net"),
             "Action required: your seat on 3 May will be released",
             "<div style=\"font-family:Arial\"><h2>DalaLab 2027</h2><p>Dear participant,</p><p>Our records show "
             "that your registration for the sessions on 3 May, 21 September, 29 November and 22 February is "
             "pending payment of the participation fee (SEK 1 450).</p><p>Please <a href=\"https://pay-"
             "regiondalarna.net/invoice\">pay now</a> to keep your seat.</p><p>Kind regards,<br>Linnea "
             "Hassis</p></div>",
             X("unknown"),
             "phishing in English listing all four dates and the organiser's name", html=True),

        mail("ax111", "2027-02-03T12:30", ("Birgitta Falk", "birgitta.falk@gagnef.se"), "SV: " + CONF_SUBJ,
             "Tack så mycket, då ses vi i Falun i maj!\n\n/Birgitta\n\n"
             + outlook(conf("Birgitta Falk", "Gagnefs kommun", ALLA, "vegetarisk"),
                       "Anmälan DalaLab <linnea.hassis@regiondalarna.se>", "den 2 februari 2027 15:40",
                       CONF_SUBJ, to="Birgitta Falk <birgitta.falk@gagnef.se>"),
             X("unknown"),
             "thank-you in a reply to the confirmation; nothing to act on, the quote holds dates and a diet"),

        mail("ax112", "2027-02-05T16:05", ("Roger Engström", "roger.engstrom@malung-salen.se"),
             "Synpunkter på upplägget",
             "Hej,\n\nJag är anmäld men vill framföra att upplägget är dåligt genomtänkt för oss i norra och västra "
             "Dalarna. Att alla träffar verkar vara i Falun betyder för min del fem timmars bilresa tur och retur "
             "för en dag som slutar 15.00. Det går inte ihop med att projektet ska handla om hållbarhet och "
             "tillgänglighet.\n\nKommer det att gå att delta digitalt? Om inte tycker jag att ni borde ordna det.\n\n"
             "Roger Engström\nMalung-Sälens kommun",
             X("question"),
             "complaint from a registered person ending in a question; no change asked"),

        mail("ax113", "2027-02-08T10:10", ("Emma Lundin", "emma.lundin@borlange.se"), "Re: " + CONF_SUBJ,
             "Hej igen!\n\nJag är redan anmäld till 3 maj och vill gärna vara med på höstens träff också, om det "
             "finns plats.\n\nEmma\n\n"
             + quote(conf("Emma Lundin", "Borlänge kommun", "3 maj 2027"), HEAD.format(d="1 feb. 2027 kl. 09:02")),
             X("change", [P("Emma Lundin", "emma.lundin@borlange.se", "Borlänge kommun")], [S1, S2, S3],
               unsure=["sessions"]),
             "addition of 'höstens träff' (singular, two autumn sessions) in a reply to the confirmation"),

        mail("ax114", "2027-02-10T13:55", ("Ulrika Berglund", "ulrika.berglund@hedemora.se"),
             "En till från Hedemora?",
             "Hej!\n\nVi är redan tre anmälda från Hedemora (jag, Sara Öberg och Nils Persson). Nu vill även vår nya "
             "översiktsplanerare Hanna Ek vara med, på alla träffar. Hanna nås på hanna.ek@hedemora.se. "
             "Går det att lösa?\n\nMvh\nUlrika Berglund\nSamhällsbyggnad, Hedemora kommun",
             X("register", [P("Hanna Ek", "hanna.ek@hedemora.se", "Hedemora kommun")], ALL),
             "fourth person from a municipality already at quota; the three named holders are not the request"),

        tg("ax115", "2027-02-11T20:33", "Ali Rahimi", 5298810476,
           "byt min kost från vegetarisk till vegan tack",
           X("change", [P("Ali Rahimi", None, None, "vegan")], [], "vegan"),
           "diet replaced; the new one counts; no organisation anywhere"),

        tg("ax116", "2027-02-12T08:19", "Jonna Kvist", 6677301248,
           "Avanmäl mig från DalaLab helt och hållet, tack. Jonna Kvist, Rättvik",
           X("cancel", [P("Jonna Kvist", None, "Rättviks kommun")], ALL),
           "whole cancellation by Telegram"),

        tg("ax117", "2027-02-14T11:45", "Tove Ahlberg", 7411290356,
           "Hej! Kan ni ta bort mig och alla mina uppgifter ur registret för DalaLab? Jag har slutat på "
           "Avesta kommun.",
           X("erasure", [P("Tove Ahlberg", None, "Avesta kommun")]),
           "erasure by Telegram from someone who left her municipality"),

        mail("ax118", "2027-02-15T09:27", ("Marcus Eriksson", "marcus.eriksson@falun.se"), "Datum",
             "<html><body><p>Hej!</p><p>Kan jag gå på <b>29/11</b> istället för <b>21/9</b>?</p>"
             "<p>/Marcus</p><p style=\"color:#666;font-size:9pt\">Marcus Eriksson | Stadsbyggnadsförvaltningen | "
             "Falu kommun<br>023-830 00</p></body></html>",
             X("change", [P("Marcus Eriksson", "marcus.eriksson@falun.se", "Falu kommun")], [S3]),
             "swap in HTML-only mail with numeric dates", html=True),

        mail("ax119", "2027-02-17T14:02", ("Gunilla Ström", "gunilla.strom@vansbro.se"), "Kostönskemål",
             "Hej,\n\nKompletterar vår anmälan: jag (Gunilla Ström) är laktosintolerant och min kollega Mats "
             "Holmgren har svår nötallergi.\n\nTack,\nGunilla\n\nGunilla Ström\nVansbro kommun\n"
             "Box 2, 780 50 Vansbro",
             X("change", [P("Gunilla Ström", "gunilla.strom@vansbro.se", "Vansbro kommun", "laktosintolerant"),
                          P("Mats Holmgren", None, "Vansbro kommun", "svår nötallergi")],
               [], "laktosintolerant, svår nötallergi"),
             "diet updates for two registered people, ISO-8859-1", charset="iso-8859-1"),

        mail("ax120", "2027-02-18T10:00", ("Jenny Borg", "jenny.borg@gagnef.se"),
             "Accepterad: DalaLab träff 1 – Falun",
             "Jenny Borg har accepterat mötet.\n\nNär: den 3 maj 2027 10:00–15:00 (UTC+01:00) Stockholm\n"
             "Var: Falun",
             X("auto_reply"),
             "calendar acceptance of the invitation attached to the confirmation"),

        mail("ax121", "2027-02-22T15:36", ("Stefan Holm", "stefan.holm@orsa.se"), "Min efterträdare tar min plats",
             "Hej!\n\nJag går i pension den 31 mars och min efterträdare Elin Granberg tar över min plats i DalaLab, "
             "alla fyra träffarna. Hon nås på elin.granberg@orsa.se. Hon är vegetarian.\n\n"
             "Tack för mig!\nStefan Holm\nOrsa kommun",
             X("change", [P("Stefan Holm", "stefan.holm@orsa.se", "Orsa kommun"),
                          P("Elin Granberg", "elin.granberg@orsa.se", "Orsa kommun", "vegetarian")],
               ALL, "vegetarian"),
             "successor takes the whole place; diet belongs to the substitute"),

        mail("ax122", "2027-02-24T11:11", ("Åsa Nilsson", "asa.nilsson@leksand.se"), "Ändring i vår anmälan",
             "Hej!\n\nVår planarkitekt Anna Ek är föräldraledig från april och kan därför inte delta i DalaLab. "
             "Vänligen stryk henne. Vi återkommer om någon annan kan ta platsen.\n\nÅsa Nilsson\n"
             "Planchef, Leksands kommun",
             X("cancel", [P("Anna Ek", None, "Leksands kommun")], ALL),
             "colleague withdrawn by her boss with no substitute named: cancel, whatever the subject says"),

        mail("ax123", "2027-02-26T08:48", ("Kristoffer Lönn", "kristoffer.lonn@sater.se"), "22 februari",
             "Hej,\nBåde jag och Annika Holm har en krock den 22 februari 2028 – vi får tyvärr stryka oss från den "
             "träffen. Vi kommer på de andra.\n\nKristoffer Lönn\nSäters kommun",
             X("cancel", [P("Kristoffer Lönn", "kristoffer.lonn@sater.se", "Säters kommun"),
                          P("Annika Holm", None, "Säters kommun")], [S4]),
             "partial cancellation for the sender and a colleague"),

        mail("ax124", "2027-03-01T13:14", ("Nina Forsberg", "nina.forsberg@mora.se"), "Re: " + CONF_SUBJ,
             "Jag glömde anmäla min kollega Viktor Hägg! Han kan bara de två första träffarna (3 maj och 21 sept). "
             "Han är glutenfri. viktor.hagg@mora.se\n\nNina\n\nSkickat från min iPhone\n\n"
             + quote(conf("Nina Forsberg", "Mora kommun", ALLA), HEAD.format(d="28 feb. 2027 kl. 18:20")),
             X("register", [P("Viktor Hägg", "viktor.hagg@mora.se", "Mora kommun", "glutenfri")], [S1, S2],
               "glutenfri"),
             "forgotten colleague for two sessions, in a reply to the sender's confirmation listing all four"),

        mail("ax125", "2027-03-03T10:37", ("Katarina Bergqvist", "katarina.bergqvist@regiondalarna.se"),
             "SV: " + CONF_SUBJ,
             "Allt stämmer utom namnet – jag heter Katarina, inte Katrin. Och efternamnet stavas med q.\n/K\n\n"
             + outlook(conf("Katrin Bergkvist", "Region Dalarna", "21 september 2027, 29 november 2027"),
                       "Anmälan DalaLab <linnea.hassis@regiondalarna.se>", "den 2 mars 2027 11:05", CONF_SUBJ,
                       to="Katarina Bergqvist <katarina.bergqvist@regiondalarna.se>"),
             X("change", [P("Katarina Bergqvist", "katarina.bergqvist@regiondalarna.se", "Region Dalarna")], []),
             "name correction top-posted above the confirmation; the quoted dates are not the request"),

        mail("ax126", "2027-03-05T17:22", ("Daniel Okafor", "daniel.okafor@falun.se"), "Diet + language",
             "Hi,\n\nI'm registered for all four DalaLab sessions. Since signing up I've gone vegan – could you note "
             "that for the lunch and fika? Also, will the first meeting be held in Swedish only?\n\nThanks,\n"
             "Daniel Okafor\nUrban planner, Falu kommun",
             X("change", [P("Daniel Okafor", "daniel.okafor@falun.se", "Falu kommun", "vegan")], ALL, "vegan"),
             "English diet change with a side question; the current sessions stated"),

        tg("ax127", "2027-03-06T09:50", "Olle Bäckström", 8020337415,
           "Hej! Jag är anmäld till 3 maj. Var i Falun är det? Finns det parkering?",
           X("question"),
           "practical question from a registered person, date only as context"),

        mail("ax128", "2027-03-08T08:05", ("Jessica Wahlberg", "jessica.wahlberg@gagnef.se"), "Anmälan igen",
             "Hej,\n\nJag anmälde mig i december men har inte fått någon bekräftelse, så jag anmäler mig här igen för "
             "säkerhets skull:\n\nJessica Wahlberg, Gagnefs kommun, alla träffar, vegetarisk kost.\n\n"
             "Hälsningar Jessica",
             X("register", [P("Jessica Wahlberg", "jessica.wahlberg@gagnef.se", "Gagnefs kommun", "vegetarisk")],
               ALL, "vegetarisk"),
             "repeat signup for safety after a missing confirmation"),

        mail("ax129", "2027-03-10T14:44", ("Lena Pettersson", "lena.pettersson@avesta.se"),
             "Fwd: VB: Avanmälan DalaLab",
             "Hej Linnea, se nedan. Bekräfta gärna direkt till Johan.\n/Lena, kommunledningskontoret\n\n"
             "---------- Forwarded message ---------\nFrom: Karl Sandberg <karl.sandberg@avesta.se>\n"
             "Date: tis 9 mars 2027 kl 16:20\nSubject: VB: Avanmälan DalaLab\nTo: Lena Pettersson "
             "<lena.pettersson@avesta.se>\n\nLena, kan du skicka vidare till regionen? Jag vet inte vart.\n/Karl\n\n"
             + outlook("Hej Karl,\n\nJag har fått en ny tjänst i Stockholm och slutar i slutet av april. Jag måste "
                       "därför avanmäla mig från DalaLab, alla tillfällen. Kan du vidarebefordra?\n\nJohan Berglund",
                       "Johan Berglund <johan.berglund@avesta.se>", "den 9 mars 2027 09:12",
                       "Avanmälan DalaLab", to="Karl Sandberg <karl.sandberg@avesta.se>"),
             X("cancel", [P("Johan Berglund", "johan.berglund@avesta.se", "Avesta kommun")], ALL),
             "whole cancellation two forwards deep; neither forwarder is a person"),

        mail("ax130", "2027-03-12T16:58", ("Hanna Melin", "hanna.melin@ludvika.se"), "Re: " + CONF_SUBJ,
             "Stort tack för en smidig anmälan! En sak bara: jag äter numera inte fisk heller, så skriv vegetarian "
             "istället för pescetarian 😊\n\nHa det fint!\nHanna\n\n"
             + quote(conf("Hanna Melin", "Ludvika kommun", ALLA, "pescetarian"),
                     HEAD.format(d="12 mars 2027 kl. 10:31")),
             X("change", [P("Hanna Melin", "hanna.melin@ludvika.se", "Ludvika kommun", "vegetarian")], [],
               "vegetarian"),
             "thank-you that carries a diet change; the quoted old diet is not the new one"),

        tg("ax131", "2027-03-14T22:05", "Sanna Hedlund", 6903318842,
           "jag kan bara komma på första träffen, stryk mig från de tre andra. /Sanna, Falu kommun",
           X("cancel", [P("Sanna Hedlund", None, "Falu kommun")], [S2, S3, S4]),
           "partial cancellation by ordinal: the three cancelled, not the one kept"),

        mail("ax132", "2027-03-16T11:03", ("Björn Åkesson", "bjorn.akesson@malung-salen.se"), "SV: " + CONF_SUBJ,
             "Hej,\n\nJag är anmäld till 3/5 och 21/9. Vill lägga till 29/11 och 22/2 också, dvs alla fyra.\n\n"
             "Mvh Björn Åkesson\nMalung-Sälens kommun\n\n"
             + outlook(conf("Björn Åkesson", "Malung-Sälens kommun", "3 maj 2027, 21 september 2027"),
                       "Anmälan DalaLab <linnea.hassis@regiondalarna.se>", "den 10 mars 2027 08:44", CONF_SUBJ,
                       to="Björn Åkesson <bjorn.akesson@malung-salen.se>"),
             X("change", [P("Björn Åkesson", "bjorn.akesson@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "addition up to all four, Windows-1252, Outlook-quoted confirmation", charset="windows-1252"),

        mail("ax133", "2027-03-22T09:40", ("Maria Lindgren", "maria.lindgren@lansstyrelsen.se"),
             "Ny arbetsgivare och adress",
             "Hej!\n\nJag är anmäld från Säters kommun (maria.lindgren@sater.se) men har bytt arbetsgivare till "
             "Länsstyrelsen. Ny adress är den jag skriver från. Jag vill fortsätta på de två träffar jag är anmäld "
             "till, 21 september och 29 november.\n\nVänliga hälsningar\nMaria Lindgren\nLänsstyrelsen Dalarna",
             X("change", [P("Maria Lindgren", "maria.lindgren@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S2, S3]),
             "new employer and address at once; the old ones only in the text"),

        mail("ax134", "2027-04-06T13:26", ("Patrik Söderberg", "patrik.soderberg@alvdalen.se"),
             "Ändringar efter sista anmälningsdag?",
             "Hej! Jag är anmäld till alla träffarna. Om jag skulle behöva byta datum eller skicka en ersättare "
             "efter den 14 april, går det då? Jag vet inte ännu hur hösten ser ut.\n\n/Patrik Söderberg, "
             "Älvdalens kommun",
             X("question"),
             "registered person asking whether changes are possible after the deadline; no change yet"),

        mail("ax135", "2027-04-09T15:15", ("Elisabeth Wallin", "elisabeth.wallin@borlange.se"),
             "Avanmälan och radering",
             "<html><head><meta charset=\"utf-8\"></head><body><div>Hej,</div><div><br></div><div>Jag kan tyvärr "
             "inte delta i DalaLab. Avanmäl mig och radera samtidigt alla uppgifter ni har om mig.</div>"
             "<div><br></div><div>Tack!</div><div>Elisabeth Wallin<br>Borlänge kommun</div></body></html>",
             X("erasure", [P("Elisabeth Wallin", "elisabeth.wallin@borlange.se", "Borlänge kommun")]),
             "cancellation together with erasure in HTML: erasure covers it", html=True),
    ]
