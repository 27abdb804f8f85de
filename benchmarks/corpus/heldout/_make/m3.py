# -*- coding: utf-8 -*-
from lib import *

# ---------------- cancellations inside forwarded chains ----------------
E("2027-03-16T09:40:00+01:00", "Karin Mattsson <karin.mattsson@avesta.se>", "VB: Anmälan DalaLab",
  "Hej,\n\nLisa har slutat hos oss och kommer inte att delta. Kan ni avanmäla henne?\n\nKarin Mattsson\nHR-specialist, Avesta kommun\n"
  + fwd("Lisa Ek <lisa.ek@avesta.se>", "9 december 2026 14:12", "Anmälan DalaLab",
        "Hej Linnea! Jag vill anmäla mig till alla fyra träffar i DalaLab.\n/Lisa Ek, Avesta kommun"),
  X("cancel", [P("Lisa Ek", "lisa.ek@avesta.se")], "ABCD"),
  "VB: chain; HR cancels a person known only from the forwarded header ('henne'); the forwarded text is her old signup")

E("2027-03-26T15:05:00+01:00", "Anna Fors <anna.fors@leksand.se>", "VB: DalaLab 3 maj",
  "Se nedan – Oskar kan inte komma. Avanmäl honom från den träffen.\n/Anna Fors, enhetschef\n"
  + outlook_quote(text="Hej Anna,\nJag kan tyvärr inte åka på DalaLab den 3 maj, krockar med samrådsmötet. Kan du meddela arrangören?\n/Oskar",
                  frm="Oskar Borg <oskar.borg@leksand.se>", sent="den 26 mars 2027 13:40", subj="DalaLab 3 maj", to="Anna Fors"),
  X("cancel", [P("Oskar Borg", "oskar.borg@leksand.se")], "A"),
  "VB: Outlook forward; cancelled person and his address only in the forwarded header; one session", fmt="outlook")

E("2027-04-06T08:15:00+02:00", "Per Dahlin <per.dahlin@vansbro.se>", "VB: DalaLab i höst",
  "Hej Linnea, vidarebefordrar från min medarbetare. Hon är avanmäld från de två träffarna nedan.\nPer Dahlin\nVansbro kommun\n"
  + fwd("Tina Holmqvist <tina.holmqvist@vansbro.se>", "5 april 2027 16:30", "DalaLab i höst",
        "Hej Per, jag kan tyvärr inte delta på träffarna i september och november eftersom jag är föräldraledig.\nTina", to="Per Dahlin <per.dahlin@vansbro.se>"),
  X("cancel", [P("Tina Holmqvist", "tina.holmqvist@vansbro.se")], "BC"),
  "VB: chain; the sessions and the person are only in the forwarded part; sender not cancelled")

# ---------------- ordinary cancellations ----------------
T("2027-03-01T11:20:00+01:00", "Ida Persson", "Hej, kan tyvärr inte komma på träffen 21/9 😕 /Ida, Falu kommun",
  X("cancel", [P("Ida Persson", None, "falun")], "B"), "Telegram partial cancel")

E("2027-02-26T16:40:00+01:00", "Simon Wall <simon.wall@hedemora.se>", "Avanmälan DalaLab",
  """Hej,

Jag har fått en ny tjänst i en annan region och måste därför avanmäla mig från DalaLab.

Tack för mig!
Simon Wall
Hedemora kommun
0225-340 00
""", X("cancel", [P("Simon Wall", "simon.wall@hedemora.se")], "ABCD"), "full self-cancel, no session named -> all four")

E("2027-03-04T10:00:00+01:00", "Rebecca Hill <rebecca.hill@regiondalarna.se>", "Cancellation",
  "Hi Linnea,\n\nI'm afraid I have to cancel my place at the February 22 session.\n\nBest,\nRebecca Hill\nRegion Dalarna\n",
  X("cancel", [P("Rebecca Hill", "rebecca.hill@regiondalarna.se")], "D"), "English partial cancel")

E("2027-03-09T13:45:00+01:00", "Göran Wiklander <goran.wiklander@orsa.se>", "Avanmälan kollega",
  "Hej!\nMats Olsson (mats.olsson@orsa.se) har fått nytt jobb och ska inte vara med i DalaLab längre. Avanmäl honom från alla träffar.\nGöran Wiklander, chef samhällsbyggnad, Orsa kommun\n",
  X("cancel", [P("Mats Olsson", "mats.olsson@orsa.se")], "ABCD"), "manager cancels a colleague; sender not among the people")

# ---------------- ambiguous 'höstens träff' ----------------
E("2027-02-17T10:25:00+01:00", "Karl Nyqvist <karl.nyqvist@borlange.se>", "Anmälan",
  "Hej!\nJag vill gärna vara med på höstens träff.\nKarl Nyqvist\nBorlänge kommun\n",
  X("register", [P("Karl Nyqvist", "karl.nyqvist@borlange.se")], "BC", unsure=["sessions"]),
  "'höstens träff' (singular) while there are two autumn sessions: candidates 21 Sep + 29 Nov, must be asked")

T("2027-03-03T20:10:00+01:00", "Amanda Berg", "hej! anmäl mig till träffen i höst, jobbar på Smedjebackens kommun",
  X("register", [P("Amanda Berg", None, "smedjebacken")], "BC", unsure=["sessions"]),
  "Telegram 'träffen i höst' (singular), two autumn sessions -> ambiguous")

# ---------------- questions ----------------
E("2027-01-14T09:30:00+01:00", "Jonna Hed <jonna.hed@ludvika.se>", "Fråga om DalaLab",
  "Hej!\nFunderar på att anmäla mig till 21/9 – måste man gå på alla träffar eller går det bra med en?\nJonna Hed, Ludvika kommun\n",
  X("question"), "question, not a signup, though it names a date")

E("2027-01-18T11:00:00+01:00", "Viktor Bodin <viktor.bodin@mora.se>", "Fråga om antal",
  "Hej Linnea,\n\nVi är fyra på planavdelningen i Mora som är intresserade. Får vi turas om så att olika personer går på olika träffar?\n\nViktor Bodin\nMora kommun\n",
  X("question"), "quota question ('vi är fyra, får vi turas om?') -> nothing booked")

T("2027-01-20T14:30:00+01:00", "Sanna Lövgren", "hur många från samma kommun får komma? vi är 4 i avesta",
  X("question"), "Telegram quota question")

E("2027-01-22T15:20:00+01:00", "Henrik Malm <henrik.malm@gagnef.se>", "Lokal 3 maj?",
  "Hej,\nVar i Falun hålls träffen den 3 maj, och finns det parkering?\nHenrik Malm\nGagnefs kommun\n",
  X("question"), "practical question naming a session date; Henrik may be registered but the message books nothing")

E("2027-01-29T10:05:00+01:00", "Olivia Brandt <olivia.brandt@falun.se>", "Question about DalaLab",
  "Hi,\nIs it possible to join the sessions online, or is it in-person only? And is there a fee?\nThanks,\nOlivia Brandt\nFalu kommun\n",
  X("question"), "English question")

E("2027-02-03T08:10:00+01:00", "Lennart Sved <lennart.sved@sater.se>", "Ersättare?",
  "Hej! Om jag anmäler mig till alla fyra och sedan blir sjuk en gång, får jag skicka en kollega i mitt ställe?\n/Lennart Sved, Säter\n",
  X("question"), "hypothetical 'Om jag anmäler mig' -> question")

T("2027-02-06T09:45:00+01:00", "Robin Hjort", "När är sista dag att anmäla sig?",
  X("question"), "Telegram deadline question")

E("2027-02-10T13:55:00+01:00", "Maria Bååth <maria.baath@leksand.se>", "Är jag anmäld?",
  "Hej,\nJag anmälde mig i december men hittar ingen bekräftelse. Står jag med på listan för 29 november?\nMaria Bååth\nLeksands kommun\n",
  X("question"), "status question about an earlier signup -> question, no new booking")

E("2027-02-24T10:40:00+01:00", "Tove Alm <tove.alm@regiondalarna.se>", "Kvot",
  "Hej Linnea,\nRäknas vi på regionen in i kvoten om tre per kommun, eller kan vi vara fler?\nTove\n",
  X("question"), "quota question from the region")

E("2027-03-02T12:20:00+01:00", "Arvid Lundh <arvid.lundh@hedemora.se>", "Program",
  "Hej! Finns det ett mer detaljerat program för träffen om utvecklingsinriktning i ÖP-modellen? Vi funderar på vem som ska anmäla sig.\nArvid Lundh, Hedemora kommun\n",
  X("question"), "question naming a session by theme; 'funderar på vem som ska anmäla sig' is no signup")

T("2027-03-10T16:15:00+01:00", "Peter Grahn", "Hi, is lunch included on the session days?",
  X("question"), "English Telegram question")

# ---------------- spam dressed as registration ----------------
E("2027-01-15T07:02:00+01:00", "Region Dalarna Fakturering <faktura@regiondalarna-event.com>", "Anmälan och registrering – Region Dalarna",
  """Bästa kund,

Tack för er anmälan och registrering till konferensen 2027-05-03. Enligt villkoren ska deltagaravgiften betalas i förskott.

Fakturanummer: 2027-00481
Belopp: 6 450,00 kr inkl. moms
Förfallodatum: 2027-01-25
Bankgiro: 5811-2047
OCR: 4470193820

Vid utebliven betalning tas registreringen bort och en påminnelseavgift om 450 kr tillkommer.

Med vänliga hälsningar
Region Dalarna – Eventregistrering
""", X("unknown"), "invoice scam using 'Anmälan och registrering', 'Region Dalarna', ISO dates, amounts, bankgiro -> unknown",
  to="info@falun.se")

E("2027-02-01T06:45:00+01:00", "Kommunregistret <noreply@kommunregistret.net>", "Registrering 2027 – bekräfta er kommuns uppgifter",
  "Hej,\n\nEr kommun är förhandsregistrerad i Kommunregistret 2027. Bekräfta registreringen senast 2027-02-14 via länken nedan. Årsavgift 8 900 kr exkl. moms.\n\nhttps://kommunregistret.net/bekrafta?id=88213\n\nKundnummer 55120, org.nr 559321-4410\n",
  X("unknown"), "directory-listing scam ('registrering', dates, org.nr) -> unknown", to="kommun@orsa.se")

E("2027-02-20T03:30:00+01:00", "Event Services <billing@eu-event-registry.org>", "Registration confirmation – invoice #EV-2027-3321",
  "Dear participant,\n\nYour registration for the Planning Conference (May 3, 2027) has been confirmed. Please settle invoice #EV-2027-3321 of EUR 590 within 10 days to IBAN SE45 5000 0000 0583 9825 7466.\n\nRegards,\nEvent Services Europe\n",
  X("unknown"), "English invoice scam with a session date -> unknown", to="planering@mora.se")

T("2027-03-05T02:15:00+01:00", "Snabb Registrering", "Registrera dig nu! Endast 3 platser kvar 21/9 🔥 Betala 299 kr via Swish 123 456 78 90 för att säkra din plats",
  X("unknown"), "Telegram spam with a session date and 'registrera' -> unknown")

E("2027-03-20T05:55:00+01:00", "DalaLab Anmälan <anmalan.dalalab@gmail.com>", "Anmälan och registrering DalaLab – betalning krävs",
  "Hej!\n\nVi har mottagit er anmälan till DalaLab 3 maj, 21 september, 29 november och 22 februari. För att registreringen ska gälla ska 1 250 kr per person betalas till bankgiro 617-3390 senast 2027-03-31. Ange er kommun som referens.\n\nRegion Dalarna\n",
  X("unknown"), "spam imitating the event itself (all four dates, bankgiro, amount) -> unknown", to="samhallsbyggnad@ludvika.se")

# ---------------- erasure / automatic ----------------
E("2027-03-18T10:00:00+01:00", "Tomas Selin <tomas.selin@rattvik.se>", "Radera mina uppgifter",
  "Hej,\nJag deltar inte längre i DalaLab och vill att ni raderar alla mina personuppgifter.\nTomas Selin\nRättviks kommun\n",
  X("erasure", [P("Tomas Selin", "tomas.selin@rattvik.se")]), "erasure request; sessions none")

T("2027-03-21T21:00:00+01:00", "Melvin Ek", "Ta bort mina uppgifter ur ert system tack",
  X("erasure", [P("Melvin Ek")]), "Telegram erasure; the sender, no address, no organisation")

E("2027-02-08T07:00:00+01:00", "Jenny Blom <jenny.blom@falun.se>", "Automatiskt svar: Anmälan DalaLab",
  "Hej! Jag är på semester till och med 21 februari och läser inte mejl. Vid brådskande ärenden ring växeln 023-830 00.\nJenny Blom\n",
  X("auto_reply"), "Outlook 'Automatiskt svar:' without auto headers; dates in the text are not sessions", fmt="outlook")

# ---------------- more ordinary signups ----------------
E("2026-12-02T11:45:00+01:00", "Johan Sjödin <johan.sjodin@falun.se>", "Anmälan DalaLab",
  """Hej Linnea!

Jag vill anmäla mig till DalaLab. Kan tyvärr inte den 21 september, men övriga tre går bra.

Hälsningar
Johan Sjödin
Strategisk planerare
Falu kommun, Stadsbyggnadsförvaltningen
Slaggatan 13, 791 83 Falun
Tfn 023-82 70 15 | Mobil 072-508 11 34
Frånvarande 23/12–6/1
""", X("register", [P("Johan Sjödin", "johan.sjodin@falun.se")], "ACD"),
  "'kan inte den 21 september, men övriga tre' = 3 May, 29 Nov, 22 Feb; absence dates in signature")

E("2026-12-03T08:05:00+01:00", "Therese Olofsson <therese.olofsson@mora.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej!\n\nJa tack, jag anmäler mig!\n\nTherese Olofsson\nMora kommun\nFridhemsgatan 9, 792 80 Mora\n0250-260 00\n"
  + outlook_quote(),
  X("register", [P("Therese Olofsson", "therese.olofsson@mora.se")], "ABCD"),
  "minimal Outlook reply 'Ja tack, jag anmäler mig' -> all four; everything else is quoted", fmt="outlook")

E("2026-12-09T14:30:00+01:00", "Björn Hallgren <bjorn.hallgren@ludvika.se>", "Re: Inbjudan: DalaLab 2027–2028",
  "Anmäler mig till 29/11 och 22/2.\nVegetarisk kost.\n/Björn Hallgren, Ludvika kommun, 0240-860 00\n"
  + gt_quote(intro="On Tue, 1 Dec 2026 at 08:15, Linnea Hassis <linnea.hassis@regiondalarna.se> wrote:"),
  X("register", [P("Björn Hallgren", "bjorn.hallgren@ludvika.se")], "CD", "vegetarisk"),
  "terse reply with English-client quote header; '22/2' = 2028")

E("2026-12-18T10:35:00+01:00", "Rasmus Kjellberg <rasmus.kjellberg@avesta.se>", "Anmälan",
  "Hej,\n\nJag anmäler mig och kollegan Emilia Frost till träffen den 3 maj. Emilia: emilia.frost@avesta.se.\n\nRasmus Kjellberg\nAvesta kommun, 0226-64 50 00\n",
  X("register", [P("Rasmus Kjellberg", "rasmus.kjellberg@avesta.se"), P("Emilia Frost", "emilia.frost@avesta.se")], "A"),
  "colleague's address given as 'Emilia: address'", charset="iso-8859-1")

E("2027-01-08T09:55:00+01:00", "Linnéa Strömgren <linnea.stromgren@sater.se>", "Anmälan DalaLab",
  "Hej!\nJag anmäler mig till den 21 september och den 29 november. Min kollega Pontus Ek anmäler sig själv separat.\nLinnéa Strömgren\nSäters kommun\n",
  X("register", [P("Linnéa Strömgren", "linnea.stromgren@sater.se")], "BC"),
  "colleague mentioned but 'anmäler sig själv separat' -> not among the people")

E("2027-01-12T16:00:00+01:00", "Kajsa Widén <kajsa.widen@malung-salen.se>", "anmälan dalalab",
  "Hej! Jag vill vara med på alla träffar utom den första. Jag är allergisk mot nötter.\nKajsa Widén, Malung-Sälens kommun\n",
  X("register", [P("Kajsa Widén", "kajsa.widen@malung-salen.se")], "BCD", "nötallergi"),
  "'alla utom den första' = 21 Sep, 29 Nov, 22 Feb; 'allergisk mot nötter'", fmt="html")

E("2027-01-15T11:40:00+01:00", "Henrik Sahlin <henrik.sahlin@lansstyrelsen.se>", "Anmälan",
  "Hej,\nJag och Maria Kron från Lst vill anmäla oss till samtliga träffar.\nHenrik Sahlin\nLänsstyrelsen Dalarna\n",
  X("register", [P("Henrik Sahlin", "henrik.sahlin@lansstyrelsen.se"), P("Maria Kron", None, "lansstyrelsen")], "ABCD"),
  "'Lst' for Länsstyrelsen; colleague without address")

E("2027-01-20T08:30:00+01:00", "Alice Jönsson <alice.jonsson@hotmail.com>", "Anmälan till DalaLab",
  "Hej!\n\nJag heter Alice Jönsson och arbetar som planarkitekt på Gagnefs kommun. Jag vill anmäla mig till september, november och februari.\n\nMvh Alice\n",
  X("register", [P("Alice Jönsson", "alice.jonsson@hotmail.com", "gagnef")], "BCD"),
  "private hotmail address; organisation from text; months only")

E("2027-02-09T15:05:00+01:00", "Eric Thorén <eric.thoren@borlange.se>", "Anmälan 21 sep",
  "Hej Linnea,\n\nAnmäl mig till träffen 21 sep kl 10–15. Jag kommer med tåget 09.12 så jag hinner fika.\n\nEric Thorén\nBorlänge kommun\n",
  X("register", [P("Eric Thorén", "eric.thoren@borlange.se")], "B"),
  "times '10–15' and '09.12' are not dates")

E("2027-02-16T10:10:00+01:00", "Ylva Norberg <ylva.norberg@rattvik.se>", "DalaLab",
  "Hej,\nJag har tidigare inte hunnit anmäla mig men vill nu delta på de tre sista träffarna.\nYlva Norberg\nRättviks kommun\n",
  X("register", [P("Ylva Norberg", "ylva.norberg@rattvik.se")], "BCD"), "'de tre sista träffarna' = 21 Sep, 29 Nov, 22 Feb")

E("2027-03-01T13:15:00+01:00", "Kevin Ahmadi <kevin.ahmadi@falun.se>", "SV: Påminnelse DalaLab",
  "Hej,\n\nJag anmäler mig till träffen om planeringsstrategins roll (maj) och den om osäkerheter.\n\nKevin Ahmadi\nFalu kommun\n"
  + outlook_quote(subj="Påminnelse: anmälan till DalaLab senast 14 april", sent="den 1 mars 2027 08:00"),
  X("register", [P("Kevin Ahmadi", "kevin.ahmadi@falun.se")], "AC"), "sessions by theme (planeringsstrategins roll = 3 May, osäkerheter = 29 Nov); quoted reminder", fmt="outlook")

E("2027-03-08T09:00:00+01:00", "Moa Rydberg <moa.rydberg@leksand.se>", "Anmälan DalaLab – Leksand",
  """Hej!

Från Leksand kommer följande på träffen 22 februari 2028:
1. Moa Rydberg (jag)
2. Albin Sjöqvist, albin.sjoqvist@leksand.se
3. Wilma Ståhl, wilma.stahl@leksand.se – vegetarisk

Hälsningar Moa
""", X("register", [P("Moa Rydberg", "moa.rydberg@leksand.se"), P("Albin Sjöqvist", "albin.sjoqvist@leksand.se"), P("Wilma Ståhl", "wilma.stahl@leksand.se", diet="vegetarisk")], "D", "vegetarisk"),
  "numbered list incl. '(jag)'; per-person diet; '22 februari 2028'")

E("2027-03-19T14:00:00+01:00", "Julia Forsgren <julia.forsgren@orsa.se>", "Anmälan",
  "Hej!\nAnmäl mig till alla fyra träffarna. Min chef Anders Wahl har godkänt det.\nJulia Forsgren\nOrsa kommun\n",
  X("register", [P("Julia Forsgren", "julia.forsgren@orsa.se")], "ABCD"), "a named manager who only approved is not a participant")

E("2027-04-01T09:20:00+02:00", "Patrik Nord <patrik.nord@hedemora.se>", "Sen anmälan",
  "Hej!\nHoppas det inte är för sent – jag vill anmäla mig till 3 maj och 21 september.\nPatrik Nord, Hedemora kommun\n",
  X("register", [P("Patrik Nord", "patrik.nord@hedemora.se")], "AB"), "late but before the deadline; worry is not a question")

E("2027-04-09T11:10:00+02:00", "Simone Laurent <simone.laurent@regiondalarna.se>", "Registration",
  "Hello Linnea,\n\nCould you please register me for the sessions on future scenarios and uncertainties (November) and on accessibility (February)? I have a nut allergy.\n\nThanks,\nSimone Laurent\nRegion Dalarna\n",
  X("register", [P("Simone Laurent", "simone.laurent@regiondalarna.se")], "CD", "nut allergy"),
  "English; sessions by theme + month; diet 'nut allergy'")

E("2027-03-11T08:25:00+01:00", "Erik Nygren <erik.nygren@mora.se>", "Sign-up for two colleagues",
  "Hi,\n\nI'm registering two colleagues for all sessions: Laura Diaz (laura.diaz@mora.se) and Ben Cole (ben.cole@mora.se). I won't attend myself.\n\nErik Nygren\nMora kommun\n",
  X("register", [P("Laura Diaz", "laura.diaz@mora.se"), P("Ben Cole", "ben.cole@mora.se")], "ABCD"),
  "English manager registers two, 'I won't attend myself'")

E("2027-03-24T12:40:00+01:00", "Ana Petrović <ana.petrovic@borlange.se>", "Change of session",
  "Hi Linnea,\n\nI'm registered for May 3rd and Sept 21st. I'd like to keep May but swap Sept 21 for Nov 29, if possible.\n\nAna Petrović\nBorlänge kommun\n",
  X("change", [P("Ana Petrović", "ana.petrovic@borlange.se")], "AC"), "English swap; full set after the change = 3 May + 29 Nov")

# ---------------- more telegram ----------------
T("2026-12-05T10:30:00+01:00", "Fredrik Sundin", "Tjena! Fredrik från Ludvika här, skriv upp mig på allt 👍",
  X("register", [P("Fredrik Sundin", None, "ludvika")], "ABCD"), "Telegram 'skriv upp mig på allt'")

T("2027-01-10T18:05:00+01:00", "Wilma Karlsson", "hej vill anmäla mig till den om tillgänglighet! /wilma i rättvik",
  X("register", [P("Wilma Karlsson", None, "rattvik")], "D"), "Telegram theme 'tillgänglighet' = 22 Feb")

T("2027-01-24T12:50:00+01:00", "Emir Hodžić", "Hej, anmäler mig + kollega sara lind till 3/5. Vi jobbar på Falu kommun. Sara är vegetarian",
  X("register", [P("Emir Hodžić", None, "falun"), P("Sara Lind", None, "falun", diet="vegetarian")], "A", "vegetarian"),
  "Telegram '+ kollega', lower case; per-person diet")

T("2027-02-02T08:40:00+01:00", "Jacob Ström", "Hi, please register me for the Sept and Nov sessions. Jacob, Säter municipality",
  X("register", [P("Jacob Ström", None, "sater")], "BC"), "English Telegram; months only")

T("2027-02-27T15:35:00+01:00", "Lena Björklund", "Jag vill va med på alla utom den i november. Lena, Borlänge. Glutenfri!",
  X("register", [P("Lena Björklund", None, "borlange")], "ABD", "glutenfri"), "Telegram 'alla utom den i november'")

T("2027-03-28T10:00:00+02:00", "Nils Åhman", "Anmäl mig bara den 29:e tack. Nils, Mora kommun",
  X("register", [P("Nils Åhman", None, "mora")], "C"), "Telegram 'bara den 29:e'")
