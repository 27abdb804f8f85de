# -*- coding: utf-8 -*-
from lib import *

# ---------------- who attends: others registered by secretaries / managers / HR ----------------
E("2027-02-26T10:15:00+01:00", "Birgitta Holm <birgitta.holm@falun.se>", "Anmälan till DalaLab",
  """Hej!

Jag är nämndsekreterare och anmäler två kollegor från stadsbyggnad till samtliga träffar:
Petter Ågren, petter.agren@falun.se
Moa Lindell, moa.lindell@falun.se

Själv deltar jag inte.

Vänliga hälsningar
Birgitta Holm
Nämndsekreterare, Falu kommun
023-830 00
""", X("register", [P("Petter Ågren", "petter.agren@falun.se"), P("Moa Lindell", "moa.lindell@falun.se")], "ABCD"),
  "secretary registers two colleagues, explicitly does not attend")

E("2027-03-01T08:40:00+01:00", "Roger Lund <roger.lund@borlange.se>", "DalaLab – anmälan från Borlänge",
  "Hej Linnea,\n\nJag själv kan inte, men jag anmäler Anneli Wiberg och Tomas Kron till alla fyra träffar. Deras adresser är anneli.wiberg@borlange.se och tomas.kron@borlange.se.\n\nRoger Lund\nEnhetschef, Borlänge kommun\n",
  X("register", [P("Anneli Wiberg", "anneli.wiberg@borlange.se"), P("Tomas Kron", "tomas.kron@borlange.se")], "ABCD"),
  "manager 'jag själv kan inte'; addresses listed after the names in the same order", fmt="outlook")

E("2027-03-02T13:05:00+01:00", "HR Ludvika <hr@ludvika.se>", "Anmälan DalaLab",
  """Hej,

På uppdrag av samhällsbyggnadschefen anmäler vi Karl Björklund (karl.bjorklund@ludvika.se) till träffarna den 3 maj och den 29 november.

Med vänlig hälsning
HR-avdelningen
Ludvika kommun
""", X("register", [P("Karl Björklund", "karl.bjorklund@ludvika.se")], "AC"),
  "HR function mailbox registers one person whose address is in the text; sender not a person")

E("2027-03-03T09:50:00+01:00", "Planeringsenheten Mora <planering@mora.se>", "Anmälan",
  "Hej!\n\nAnmälan till DalaLab för Lisa Granberg, lisa.granberg@mora.se. Hon vill gå på alla träffar och är vegetarian.\n\nPlaneringsenheten\nMora kommun\n",
  X("register", [P("Lisa Granberg", "lisa.granberg@mora.se")], "ABCD", "vegetarian"),
  "shared function mailbox sends for one person with her address in the text")

E("2027-03-04T11:25:00+01:00", "Samhällsbyggnad Gagnef <samhallsbyggnad@gagnef.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej,\nVi anmäler Jessica Norling till september- och novemberträffarna. Hennes mejl: jessica.norling@gagnef.se\n/Samhällsbyggnad, Gagnefs kommun\n"
  + outlook_quote(),
  X("register", [P("Jessica Norling", "jessica.norling@gagnef.se")], "BC"),
  "function mailbox; person's address in text; quoted invitation", fmt="outlook")

E("2027-03-05T14:00:00+01:00", "Kommunledningskontoret Avesta <klk@avesta.se>", "Anmälan DalaLab",
  """Hej!

Vi anmäler följande personer till DalaLab (alla träffar):

Nilsson, Åsa – asa.nilsson@avesta.se
Berg, Fredrik – fredrik.berg@avesta.se

Hälsningar
Kommunledningskontoret
Avesta kommun
""", X("register", [P("Åsa Nilsson", "asa.nilsson@avesta.se"), P("Fredrik Berg", "fredrik.berg@avesta.se")], "ABCD"),
  "'Efternamn, Förnamn' list from a function mailbox; names are 'Förnamn Efternamn' in the labels")

E("2027-03-08T10:30:00+01:00", "Wikström Karin <karin.wikstrom@hedemora.se>", "Anmälan Hedemora",
  """Hej!

Följande från Hedemora kommun anmäls till träffarna 3 maj och 21 september:

Wikström, Karin
Dahlberg, Erik
Sundberg, Johanna

Mvh Karin
""", X("register", [P("Karin Wikström", "karin.wikstrom@hedemora.se"), P("Erik Dahlberg", None, "hedemora"), P("Johanna Sundberg", None, "hedemora")], "AB"),
  "'Efternamn, Förnamn' list that includes the sender (gets her address); others without addresses")

E("2027-03-09T15:45:00+01:00", "Ulrika Sjögren <ulrika.sjogren@leksand.se>", "Anmälan DalaLab",
  "Hej,\n\nJag är administratör på planavdelningen och anmäler härmed: Backman, Olof; Törnqvist, Frida. Båda till den 21 september.\n\nUlrika Sjögren\nLeksands kommun\n",
  X("register", [P("Olof Backman", None, "leksand"), P("Frida Törnqvist", None, "leksand")], "B"),
  "administrator registers two in 'Efternamn, Förnamn; ...' form; sender not among them")

E("2027-03-10T08:20:00+01:00", "Susanne Ahl <susanne.ahl@orsa.se>", "anmälan två kollegor",
  "Hej! Anmäler två kollegor till alla träffar: Maja Sand och Erik Lööf. Jag kan själv inte delta. Hälsningar Susanne, Orsa kommun\n",
  X("register", [P("Maja Sand", None, "orsa"), P("Erik Lööf", None, "orsa")], "ABCD"),
  "'anmäler två kollegor' + 'kan själv inte delta'; colleagues without addresses")

E("2027-03-11T12:35:00+01:00", "Peter Lundgren <peter.lundgren@rattvik.se>", "DalaLab",
  "Hej!\n\nVi blir fyra från Rättvik på första träffen: Peter Lundgren, Sanna Bäck, Olle Rask och Greta Nyman.\n\nPeter\n",
  X("register", [P("Peter Lundgren", "peter.lundgren@rattvik.se"), P("Sanna Bäck", None, "rattvik"), P("Olle Rask", None, "rattvik"), P("Greta Nyman", None, "rattvik")], "A"),
  "four named incl. the sender (over the quota; the parser lists everyone)")

E("2027-03-12T09:12:00+01:00", "Maja Falk <maja.falk@sater.se>", "Anmälan",
  "Hej, här är Säters anmälan: Emil Hult och Sofia Grahn till alla träffar.\n/Maja Falk, Säters kommun\n",
  X("register", [P("Emil Hult", None, "sater"), P("Sofia Grahn", None, "sater")], "ABCD", unsure=["sender-attends"]),
  "sender lists two names and does not say whether she attends; a careful reading leaves her out")

# ---------------- two organisations in one mail ----------------
E("2027-03-15T10:05:00+01:00", "Jenny Larsson <jenny.larsson@sater.se>", "Anmälan DalaLab",
  """Hej!

Jag och Per Nordin från Hedemora kommun samåker och vill båda anmäla oss till 3 maj och 29 november.

Hälsningar
Jenny Larsson
Säters kommun
""", X("register", [P("Jenny Larsson", "jenny.larsson@sater.se"), P("Per Nordin", None, "hedemora")], "AC"),
  "two organisations: sender Säter, colleague Hedemora (no address)")

E("2027-03-16T13:30:00+01:00", "Martin Åkesson <martin.akesson@regiondalarna.se>", "Anmälan – Region Dalarna och Länsstyrelsen",
  "Hej Linnea,\n\nAnmäl mig till alla träffar, och även Kerstin Holmberg på Länsstyrelsen (kerstin.holmberg@lansstyrelsen.se) som också vill vara med på alla.\n\nMartin Åkesson\nRegion Dalarna\n",
  X("register", [P("Martin Åkesson", "martin.akesson@regiondalarna.se"), P("Kerstin Holmberg", "kerstin.holmberg@lansstyrelsen.se")], "ABCD"),
  "two organisations: Region Dalarna sender, Länsstyrelsen colleague with address")

E("2027-03-17T08:55:00+01:00", "Andreas Tell <andreas.tell@ludvika.se>", "Gemensam anmälan Ludvika/Smedjebacken",
  """Hej,

Vi har ett gemensamt planeringssamarbete och anmäler oss till alla träffar:
Andreas Tell, Ludvika kommun, andreas.tell@ludvika.se
Felicia Strömberg, Smedjebackens kommun, felicia.stromberg@smedjebacken.se
Hassan Omar, Smedjebackens kommun

Andreas
""", X("register", [P("Andreas Tell", "andreas.tell@ludvika.se"), P("Felicia Strömberg", "felicia.stromberg@smedjebacken.se"), P("Hassan Omar", None, "smedjebacken")], "ABCD"),
  "two organisations in a list; third person without address belongs to Smedjebacken by the line, not the sender's Ludvika")

T("2027-03-18T17:45:00+01:00", "Fia Rönn", "hej! anmäl mig (malung-sälen) och karl dahl från vansbro till 21/9 tack",
  X("register", [P("Fia Rönn", None, "malung-salen"), P("Karl Dahl", None, "vansbro")], "B"),
  "Telegram; two organisations; lower case")

# ---------------- session swaps (change) ----------------
E("2027-03-19T11:40:00+01:00", "Pernilla Sjöberg <pernilla.sjoberg@avesta.se>", "Ändring av anmälan",
  "Hej!\n\nJag skulle vilja byta 3 maj mot 21 septmber om det går.\n\nPernilla Sjöberg\nAvesta kommun\n",
  X("change", [P("Pernilla Sjöberg", "pernilla.sjoberg@avesta.se")], "B"),
  "swap with typo 'septmber'; only the new session is known after the change")

E("2027-03-22T09:25:00+01:00", "Håkan Berg <hakan.berg@mora.se>", "SV: Bekräftelse DalaLab",
  """Hej,

Jag är anmäld till 3 maj och 21 september. Jag behåller maj men vill byta 21 sept mot 29 nov.

Håkan Berg
Mora kommun

Från: DalaLab <linnea.hassis@regiondalarna.se>
Skickat: den 15 januari 2027 10:02
Ämne: Bekräftelse DalaLab

Du är anmäld till: 3 maj 2027, 21 september 2027.
""", X("change", [P("Håkan Berg", "hakan.berg@mora.se")], "AC"),
  "keeps 3 May, swaps 21 Sep for 29 Nov -> full set after change = 3 May + 29 Nov; quoted confirmation")

E("2027-03-23T14:50:00+01:00", "Klara Engdahl <klara.engdahl@gagnef.se>", "Byte av träff",
  "Hej, kan jag flytta min anmälan från novmber till februari istället?\n/Klara Engdahl, Gagnef\n",
  X("change", [P("Klara Engdahl", "klara.engdahl@gagnef.se")], "D"),
  "swap with typo 'novmber' -> 22 Feb only; phrased as a question but a change request")

T("2027-03-24T08:10:00+01:00", "Mattias Sund", "Hej! Jag vill byta 21/9 mot 29/11, kan inte i september. Mattias, Borlänge",
  X("change", [P("Mattias Sund", None, "borlange")], "C"), "Telegram swap")

E("2027-03-25T10:35:00+01:00", "Ebba Johansson <ebba.johansson@leksand.se>", "Ändring",
  "Hej!\nJag står anmäld på alla fyra men kan inte den 3:e maj längre. Stryk mig från den, de tre andra går jag på som planerat.\nEbba Johansson, Leksands kommun\n",
  X("cancel", [P("Ebba Johansson", "ebba.johansson@leksand.se")], "A"),
  "subject 'Ändring' but a partial cancellation of 3 May; the other three stay (not sessions of this request)")

# ---------------- adding a session ----------------
E("2027-03-26T09:00:00+01:00", "Rickard Holm <rickard.holm@falun.se>", "Lägga till träff",
  "Hej Linnea,\n\nJag är redan anmäld till 3 maj. Kan du lägga till 21 september också?\n\nRickard Holm\nFalu kommun\n",
  X("change", [P("Rickard Holm", "rickard.holm@falun.se")], "AB"),
  "adding a session to an existing signup -> change; sessions after the change = 3 May + 21 Sep")

E("2027-03-29T13:15:00+02:00", "Åsa Lindblom <asa.lindblom@hedemora.se>", "SV: Bekräftelse DalaLab",
  "Hej! Jag vill även gå på träffen om tillgänglighet, utöver de två höstträffarna jag redan är anmäld till.\n\nÅsa Lindblom\nHedemora kommun\n"
  + outlook_quote(text="Tack för din anmälan. Du är anmäld till 21 september 2027 och 29 november 2027.", sent="den 20 januari 2027 14:00", subj="Bekräftelse DalaLab", to="Åsa Lindblom"),
  X("change", [P("Åsa Lindblom", "asa.lindblom@hedemora.se")], "BCD"),
  "adds the accessibility session (22 Feb) to the two autumn ones -> change, all three", fmt="outlook")

T("2027-03-30T18:20:00+02:00", "Jesper Ström", "hej, jag är anmäld till maj. lägg till november också tack! /jesper, ludvika",
  X("change", [P("Jesper Ström", None, "ludvika")], "AC"), "Telegram: add a session -> change, 3 May + 29 Nov")

E("2027-03-31T08:45:00+02:00", "Sebastian Lind <sebastian.lind@vansbro.se>", "Tillägg anmälan",
  "Hi,\n\nI'm already registered for May 3rd. Could you add me to Nov 29th as well?\n\nSebastian Lind\nVansbro kommun\n",
  X("change", [P("Sebastian Lind", "sebastian.lind@vansbro.se")], "AC"), "English add-a-session -> change")

# ---------------- withdraw a colleague under 'Ändring' ----------------
E("2027-04-01T10:10:00+02:00", "Kristina Söder <kristina.soder@borlange.se>", "Ändring anmälan Borlänge",
  """Hej,

Jonatan Vik kan inte delta längre, så stryk honom från samtliga träffar. Jag och Amanda fortsätter som planerat.

Kristina Söder
Borlänge kommun
""", X("cancel", [P("Jonatan Vik", None, "borlange")], "ABCD"),
  "withdraw a colleague without substitute under 'Ändring' -> cancel for him only; sender and Amanda untouched")

E("2027-04-02T14:25:00+02:00", "Lars Hammar <lars.hammar@mora.se>", "Ändring – DalaLab",
  "Hej!\n\nEn ändring: Sofia Ek (sofia.ek@mora.se) har slutat hos oss och ska inte vara med. Ingen ersättare just nu.\n\nLars Hammar\nMora kommun\n",
  X("cancel", [P("Sofia Ek", "sofia.ek@mora.se")], "ABCD"),
  "'har slutat hos oss', no substitute, subject 'Ändring' -> cancel the colleague")

E("2027-04-05T09:35:00+02:00", "Anette Brink <anette.brink@sater.se>", "Ändring i vår anmälan",
  "Hej,\nVi behöver ta bort Dennis Holt från träffen den 21 september. Resten av vår anmälan står kvar.\nAnette Brink\nSäters kommun\n",
  X("cancel", [P("Dennis Holt", None, "sater")], "B"),
  "remove one colleague from one session -> cancel of that session; rest of the group untouched")

# ---------------- 'min kollegas anmälan gäller som förut' ----------------
E("2027-04-06T11:00:00+02:00", "Erik Söderlund <erik.soderlund@falun.se>", "Avanmälan",
  "Hej!\n\nJag måste tyvärr avanmäla mig från alla träffar. Min kollega Jenny Ros anmälan gäller som förut.\n\nErik Söderlund\nFalu kommun\n",
  X("cancel", [P("Erik Söderlund", "erik.soderlund@falun.se")], "ABCD"),
  "self-cancel; colleague's signup stays -> she is not among the people")

E("2027-04-07T15:40:00+02:00", "Nora Eklund <nora.eklund@ludvika.se>", "SV: Bekräftelse DalaLab",
  "Hej! Jag kan inte komma den 29 november. Min kollegas anmälan gäller som förut.\n/Nora Eklund, Ludvika\n",
  X("cancel", [P("Nora Eklund", "nora.eklund@ludvika.se")], "C"),
  "partial cancel; 'min kollegas anmälan gäller som förut' (unnamed) leaves the colleague alone")

T("2027-04-08T07:30:00+02:00", "Sven Hägglund", "Byter 3 maj mot 22 feb. Lindas anmälan gäller som förut. /Sven, Orsa",
  X("change", [P("Sven Hägglund", None, "orsa")], "D"), "Telegram swap; the colleague's signup stays untouched")

# ---------------- lower-case third-party substitutions ----------------
E("2027-04-08T10:20:00+02:00", "Monica Strand <monica.strand@avesta.se>", "byte",
  "hej, johanna berg kan inte längre så oskar lind går i hennes ställe på alla träffar. /monica, avesta kommun\n",
  X("change", [P("Johanna Berg", None, "avesta"), P("Oskar Lind", None, "avesta")], "ABCD"),
  "lower-case substitution written by a third party (sender not involved); people = withdrawn + substitute")

T("2027-04-09T12:00:00+02:00", "Ulf Sandström", "hej! anna lund från gagnef har fått förhinder 21/9, peter nyberg tar hennes plats",
  X("change", [P("Anna Lund", None, "gagnef"), P("Peter Nyberg", None, "gagnef")], "B"),
  "Telegram; lower-case third-party substitution for one session; sender not involved")

E("2027-04-09T16:45:00+02:00", "Gunilla Myhr <gunilla.myhr@smedjebacken.se>", "Ändring deltagare",
  "hej,\nistället för lena wiklund kommer jonas hallberg (jonas.hallberg@smedjebacken.se) på 3/5 och 29/11.\nmvh gunilla\n",
  X("change", [P("Lena Wiklund", None, "smedjebacken"), P("Jonas Hallberg", "jonas.hallberg@smedjebacken.se")], "AC"),
  "lower-case 'istället för X kommer Y'; substitute has address")

# ---------------- diet updates ----------------
E("2027-04-10T09:05:00+02:00", "Josefin Bäckström <josefin.backstrom@rattvik.se>", "Specialkost",
  "Hej!\n\nJag är anmäld till 3 maj och 21 september och vill bara meddela att jag numera är vegan.\n\nJosefin Bäckström\nRättviks kommun\n",
  X("change", [P("Josefin Bäckström", "josefin.backstrom@rattvik.se")], "AB", "vegan"),
  "diet update for an existing signup -> change; sessions as she states them")

T("2027-03-12T19:50:00+01:00", "Hugo Nilsson", "Hej, jag som är anmäld till alla träffar har fått diagnosen celiaki – glutenfritt från och med nu tack. Hugo, Mora",
  X("change", [P("Hugo Nilsson", None, "mora")], "ABCD", "glutenfri"), "Telegram diet update -> change; all four stated")

E("2027-03-15T13:00:00+01:00", "Agneta Lilja <agneta.lilja@alvdalen.se>", "SV: Bekräftelse DalaLab",
  "Hej,\nEn sak jag glömde: jag har nötallergi. Jag är anmäld till 29/11 och 22/2.\nAgneta Lilja\nÄlvdalens kommun\n",
  X("change", [P("Agneta Lilja", "agneta.lilja@alvdalen.se")], "CD", "nötallergi"),
  "diet update stated after the fact; sessions stated")

E("2027-02-19T10:30:00+01:00", "Stina Lundin <stina.lundin@falun.se>", "Kost för min kollega",
  "Hej!\nMin kollega Oliver Sten, som är anmäld till alla träffar, är laktosintolerant. Kan ni notera det?\nStina Lundin\nFalu kommun\n",
  X("change", [P("Oliver Sten", None, "falun", diet="laktosintolerant")], "ABCD", "laktosintolerant"),
  "third-party diet update for a colleague -> change; sender not among the people")
