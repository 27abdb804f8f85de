# -*- coding: utf-8 -*-
from lib import *

# ---------------- ordinary signups: single ----------------
E("2026-12-01T13:20:00+01:00", "Helena Dahl <helena.dahl@avesta.se>", "Anmälan DalaLab",
  """Hej!

Jag anmäler mig härmed till DalaLab. Jag jobbar som översiktsplanerare hos oss och ser fram emot träffarna.

Mvh
Helena Dahl
Översiktsplanerare, Samhällsbyggnadsförvaltningen
Avesta kommun
Box 501, 774 81 Avesta
Tfn 0226-64 50 00, mobil 070-312 45 67
""", X("register", [P("Helena Dahl", "helena.dahl@avesta.se")], "ABCD"),
  "plain self-signup, no dates -> all four; box number, postcode and phones in signature")

E("2026-12-02T09:04:00+01:00", "Lindholm Patrik <patrik.lindholm@smedjebacken.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej Linnea,\n\nJag vill gärna vara med på samtliga fyra träffar.\n\nHälsningar\nPatrik Lindholm\nPlanarkitekt | Smedjebackens kommun\n0240-66 00 00\n"
  + outlook_quote(),
  X("register", [P("Patrik Lindholm", "patrik.lindholm@smedjebacken.se")], "ABCD"),
  "Outlook reply (plain+html) with quoted invitation; surname-first display name; 'samtliga fyra'", fmt="outlook")

E("2026-12-03T15:47:00+01:00", "Maria Engström <maria.engstrom@leksand.se>", "Re: Inbjudan: DalaLab 2027–2028",
  "Hej! Anmäl mig till 21/9 och 22/2, de andra två krockar med fullmäktige.\n\n/Maria Engström, Leksands kommun\n"
  + gt_quote(),
  X("register", [P("Maria Engström", "maria.engstrom@leksand.se")], "BD"),
  "'21/9 och 22/2' (22/2 = 2028); 'de andra två' not sessions; '>'-quoted invitation")

E("2026-12-04T10:10:00+01:00", "Tobias Grönlund <tobias.gronlund@vansbro.se>", "Anmälan",
  """Hej,

Anmäler mig till den första träffen den 3 maj. Jag är vegetarian.

Tobias Grönlund
Vansbro kommun
Tel: 0281-750 00
Besöksadress: Centralgatan 16, 780 50 Vansbro
""", X("register", [P("Tobias Grönlund", "tobias.gronlund@vansbro.se")], "A", "vegetarian"),
  "single session, diet 'vegetarian'; street number and postcode")

E("2026-12-07T08:32:00+01:00", "Sara Nyström <sara.nystrom@hedemora.se>", "DalaLab – anmälan",
  """God morgon!

Jag heter Sara Nyström och arbetar med översiktsplanen i Hedemora. Jag vill anmäla mig till träffarna den 3:e maj, 21:a september och 29:e november. Februariträffen har jag tyvärr semester.

Hälsningar
Sara
Hedemora kommun, 0225-340 00
""", X("register", [P("Sara Nyström", "sara.nystrom@hedemora.se")], "ABC"),
  "ordinal dates '3:e maj, 21:a september och 29:e november'; 'Februariträffen' excluded")

E("2026-12-08T14:02:00+01:00", "Jonas Wallin <jonas.wallin@ludvika.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej!\nJag kommer på alla utom den i september.\nJonas Wallin, planerare\nLudvika kommun | 0240-860 00 | Dnr KS 2026/0318\n"
  + outlook_quote(),
  X("register", [P("Jonas Wallin", "jonas.wallin@ludvika.se")], "ACD"),
  "'alla utom den i september' = three sessions; Dnr number in signature; quoted invitation", fmt="outlook")

E("2026-12-09T11:30:00+01:00", "Eva Lund <eva.lund@orsa.se>", "Anmälan till lärprojektet",
  """Hej Linnea

Tack för inbjudan! Jag anmäler mig till hela lärprojektet. Jag är laktosintolerant, så laktosfritt till fikat vore bra.

Med vänlig hälsning
Eva Lund
Samhällsplanerare
Orsa kommun
Dalagatan 1, 794 21 Orsa
Växel 0250-55 21 00
""", X("register", [P("Eva Lund", "eva.lund@orsa.se")], "ABCD", "laktosfri"),
  "'hela lärprojektet' = all four; diet written as 'laktosintolerant ... laktosfritt'")

E("2026-12-10T16:55:00+01:00", "anders.holmgren@mora.se", "dalalab",
  "hej, skriv upp mig på 29 nov och 22 feb tack\n\nanders holmgren\nmora kommun\n\nSkickat från min iPhone\n",
  X("register", [P("Anders Holmgren", "anders.holmgren@mora.se")], "CD"),
  "phone mail, bare address without display name; name in lower case in the signature")

E("2026-12-11T09:18:00+01:00", "Karolina Björk <karolina.bjork@gmail.com>", "Anmälan DalaLab",
  """Hej!

Jag vill anmäla mig till DalaLab, alla fyra tillfällena. Skriver från min privata adress eftersom jobbmejlen krånglar.

Karolina Björk
Planeringsarkitekt, Älvdalens kommun
070-445 12 90
""", X("register", [P("Karolina Björk", "karolina.bjork@gmail.com", "alvdalen")], "ABCD"),
  "gmail address; organisation only from the signature")

E("2026-12-14T13:41:00+01:00", "Fredrik Ahlström <fredrik.ahlstrom@lansstyrelsen.se>", "Anmälan DalaLab",
  """Hej,

Jag anmäler mig till träffarna 2027-05-03 och 2027-09-21.

Fredrik Ahlström
Handläggare, enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""", X("register", [P("Fredrik Ahlström", "fredrik.ahlstrom@lansstyrelsen.se")], "AB"),
  "ISO dates; Länsstyrelsen from domain")

E("2026-12-15T10:05:00+01:00", "Ingrid Sjöstrand <ingrid.sjostrand@regiondalarna.se>", "Anmälan",
  """Hej Linnea!

Jag från regionens tillväxtenhet vill också vara med – på de två höstträffarna.

Hälsningar
Ingrid Sjöstrand
Region Dalarna
""", X("register", [P("Ingrid Sjöstrand", "ingrid.sjostrand@regiondalarna.se")], "BC"),
  "'de två höstträffarna' = 21 Sep + 29 Nov; organiser's own region")

E("2026-12-16T12:12:00+01:00", "Mikael Öberg <mikael.oberg@sater.se>", "Anmälan DalaLab",
  "Hej!\n\nAnmäl mig till den sista träffen, den om tillgänglighet.\n\nMikael Öberg\nSäters kommun\n0225-550 00\n",
  X("register", [P("Mikael Öberg", "mikael.oberg@sater.se")], "D"),
  "session by position and theme: 'den sista träffen, den om tillgänglighet' = 22 Feb 2028")

E("2026-12-17T08:50:00+01:00", "Lena Hägg <lena.hagg@rattvik.se>", "Anmälan: DalaLab",
  "Hej! Jag vill anmäla mig till träffen om utvecklingsinriktning i ÖP-modellen. Glutenfri kost, tack.\n\nLena Hägg, Rättviks kommun\n",
  X("register", [P("Lena Hägg", "lena.hagg@rattvik.se")], "B", "glutenfri"),
  "session by theme (utvecklingsinriktning = 21 Sep); glutenfri", fmt="html", charset="iso-8859-1")

E("2027-01-05T09:22:00+01:00", "Niklas Berglund <niklas.berglund@malung-salen.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej,\n\nGott nytt år! Jag anmäler mig till vårens och höstens träffar.\n\nNiklas Berglund\nMalung-Sälens kommun\n0280-181 00\n"
  + outlook_quote(),
  X("register", [P("Niklas Berglund", "niklas.berglund@malung-salen.se")], "ABC"),
  "'vårens och höstens träffar' = 3 May + 21 Sep + 29 Nov (22 Feb 2028 is neither)", fmt="outlook")

E("2027-01-07T14:37:00+01:00", "Johanna Kvist <johanna.kvist@falun.se>", "anmälan",
  "Hej, jag kan bara den 29:e, så anmäl mig till den. /Johanna Kvist, Falu kommun\n",
  X("register", [P("Johanna Kvist", "johanna.kvist@falun.se")], "C"),
  "'bara den 29:e' = 29 Nov (the only session on the 29th)")

E("2027-01-11T10:48:00+01:00", "Per-Olof Svärd <per-olof.svard@borlange.se>", "Anmälan DalaLab",
  """Hej Linnea,

Jag vill anmäla mig till alla träffar utom den i november. Jag har nötallergi.

Med vänlig hälsning
Per-Olof Svärd
Stadsbyggnadsförvaltningen
Borlänge kommun
Röda vägen 50, 781 81 Borlänge
0243-740 00
""", X("register", [P("Per-Olof Svärd", "per-olof.svard@borlange.se")], "ABD", "nötallergi"),
  "'alla utom den i november' = 3 May, 21 Sep, 22 Feb; hyphenated first name")

E("2027-01-13T15:15:00+01:00", "Emma Ringqvist <emma.ringqvist@gagnef.se>", "SV: Påminnelse DalaLab",
  "Hej!\nAnmäl mig till första och andra träffen. Jag äter vegetariskt.\nEmma Ringqvist\nGagnefs kommun\n"
  + outlook_quote(subj="Påminnelse: anmälan till DalaLab senast 14 april", sent="den 10 januari 2027 09:00"),
  X("register", [P("Emma Ringqvist", "emma.ringqvist@gagnef.se")], "AB", "vegetarisk"),
  "'första och andra träffen' = 3 May + 21 Sep; reminder quoted; diet 'vegetariskt'", fmt="outlook")

E("2027-01-19T11:03:00+01:00", "Ali Karimi <ali.karimi@avesta.se>", "DalaLab",
  "Hej\nJag vill delta 3.5, 21.9 och 29.11.\nAli Karimi\nAvesta kommun\n",
  X("register", [P("Ali Karimi", "ali.karimi@avesta.se")], "ABC"),
  "dot dates '3.5, 21.9 och 29.11'", charset="iso-8859-1", enc="8bit")

E("2027-01-21T13:29:00+01:00", "Anna Westerlund <anna.westerlund@leksand.se>", "Anmälan",
  """Hej,

Jag vill anmäla mig till träffen om önskvärda framtider och osäkerheter samt den om hållbar utveckling i ett rumsligt perspektiv.

Anna Westerlund
Leksands kommun
Tel 0247-800 00
""", X("register", [P("Anna Westerlund", "anna.westerlund@leksand.se")], "AC"),
  "two sessions by theme: 29 Nov and 3 May")

# ---------------- colleagues ----------------
E("2027-01-25T09:40:00+01:00", "Camilla Norén <camilla.noren@mora.se>", "Anmälan DalaLab – Mora",
  """Hej!

Vi blir två från Mora: jag själv och min kollega Henrik Axelsson (henrik.axelsson@mora.se). Vi vill båda gå på alla fyra träffarna.

Hälsningar
Camilla Norén
Mora kommun
0250-260 00
""", X("register", [P("Camilla Norén", "camilla.noren@mora.se"), P("Henrik Axelsson", "henrik.axelsson@mora.se")], "ABCD"),
  "sender + colleague with address in parentheses")

E("2027-01-26T14:20:00+01:00", "Magnus Ek <magnus.ek@hedemora.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej Linnea!\n\nAnmäl mig, Lovisa Strand och Ahmed Yusuf till 3 maj och 21 september. Lovisa är glutenintolerant.\n\nMagnus Ek\nHedemora kommun\n"
  + outlook_quote(),
  X("register", [P("Magnus Ek", "magnus.ek@hedemora.se"), P("Lovisa Strand", None, "hedemora", diet="glutenintolerant"), P("Ahmed Yusuf", None, "hedemora")], "AB", "glutenintolerant"),
  "sender + two colleagues without addresses; per-person diet (only Lovisa); quoted invitation", fmt="outlook")

E("2027-01-27T10:00:00+01:00", "Sofie Lindqvist <sofie.lindqvist@falun.se>", "Anmälan Falu kommun",
  """Hej,

Här kommer anmälan från Falu kommun till DalaLab, samtliga träffar:

- Sofie Lindqvist, sofie.lindqvist@falun.se
- Oscar Persson, oscar.persson@falun.se
- Hanna Bergman, hanna.bergman@falun.se (vegan)

Tack på förhand!
Sofie Lindqvist
Planeringsstrateg, Falu kommun
023-830 00
""", X("register", [P("Sofie Lindqvist", "sofie.lindqvist@falun.se"), P("Oscar Persson", "oscar.persson@falun.se"),
                    P("Hanna Bergman", "hanna.bergman@falun.se", diet="vegan")], "ABCD", "vegan"),
  "list of three incl. the sender, all with addresses; per-person diet")

E("2027-01-28T16:10:00+01:00", "Viktoria Sandin <viktoria.sandin@orsa.se>", "Re: Inbjudan: DalaLab 2027–2028",
  "Hej! Jag och Lars Åberg från Orsa kommer gärna på träffen 21/9. Lars mejl är lars.aberg@orsa.se.\n\nViktoria\n"
  + gt_quote(),
  X("register", [P("Viktoria Sandin", "viktoria.sandin@orsa.se"), P("Lars Åberg", "lars.aberg@orsa.se")], "B"),
  "sender + colleague; address given in a separate sentence; '>'-quoted invitation")

E("2027-02-01T08:45:00+01:00", "Robert Falk <robert.falk@ludvika.se>", "Anmälan",
  "Hej,\n\nJag och kollegan Malin vill anmäla oss till samtliga träffar.\nMalin heter Hedberg i efternamn.\n\nRobert Falk\nLudvika kommun\n",
  X("register", [P("Robert Falk", "robert.falk@ludvika.se"), P("Malin Hedberg", None, "ludvika")], "ABCD"),
  "colleague's full name split over two sentences ('Malin ... Hedberg i efternamn')", 
  )

E("2027-02-02T11:11:00+01:00", "Elisabeth Nord <elisabeth.nord@vansbro.se>", "DalaLab anmälan",
  """Hej!

Jag anmäler mig själv och Kalle Rydén till den 29 november. Kalle har celiaki och behöver glutenfritt. Jag äter allt.

Elisabeth Nord
Vansbro kommun
""", X("register", [P("Elisabeth Nord", "elisabeth.nord@vansbro.se"), P("Kalle Rydén", None, "vansbro", diet="glutenfri")], "C", "glutenfri"),
  "per-person diet: only the colleague is glutenfri, sender 'äter allt'")

E("2027-02-03T13:33:00+01:00", "Stefan Boström <stefan.bostrom@alvdalen.se>", "Anmälan DalaLab Älvdalen",
  "Hej,\nVi är tre från Älvdalen som vill delta på alla träffar: jag, Therese Blom och Jens Olsson.\nMvh Stefan Boström\nÄlvdalens kommun, 0251-801 00\n",
  X("register", [P("Stefan Boström", "stefan.bostrom@alvdalen.se"), P("Therese Blom", None, "alvdalen"), P("Jens Olsson", None, "alvdalen")], "ABCD"),
  "three people, two without addresses", fmt="outlook")

E("2027-02-04T09:09:00+01:00", "Louise Carlsson <louise.carlsson@sater.se>", "Anmälan",
  "Hej! Anmäl gärna mig och Nils Eriksson, nils.eriksson@sater.se, till maj- och februariträffarna.\n\nLouise Carlsson\nSäters kommun\n",
  X("register", [P("Louise Carlsson", "louise.carlsson@sater.se"), P("Nils Eriksson", "nils.eriksson@sater.se")], "AD"),
  "'maj- och februariträffarna' = 3 May + 22 Feb")

E("2027-02-05T15:25:00+01:00", "Theodor Lindgren <theodor.lindgren@rattvik.se>", "SV: Påminnelse DalaLab",
  "Hej,\n\nAnmäl mig och min kollega Ida Franzén (ida.franzen@rattvik.se) till alla träffar. Vi äter båda vegetariskt.\n\nTheodor Lindgren\nRättviks kommun\nStorgatan 2, 795 80 Rättvik\n"
  + outlook_quote(subj="Påminnelse: anmälan till DalaLab senast 14 april", sent="den 1 februari 2027 10:30"),
  X("register", [P("Theodor Lindgren", "theodor.lindgren@rattvik.se", diet="vegetarisk"), P("Ida Franzén", "ida.franzen@rattvik.se", diet="vegetarisk")], "ABCD", "vegetarisk"),
  "two people, both vegetarian ('vi äter båda vegetariskt')", fmt="outlook")

E("2027-02-08T10:50:00+01:00", "Gustav Hellström <gustav.hellstrom@smedjebacken.se>", "Anmälan DalaLab",
  "Hej,\n\nJag vill anmäla mig och Agnes Lindahl till träffarna 3/5 och 29/11.\n\nTack!\nGustav Hellström\nSmedjebackens kommun\n0240-66 00 00\n",
  X("register", [P("Gustav Hellström", "gustav.hellstrom@smedjebacken.se"), P("Agnes Lindahl", None, "smedjebacken")], "AC"),
  "sender + colleague without address; two dates")

# ---------------- English ----------------
E("2027-02-09T12:00:00+01:00", "Daniel Okafor <daniel.okafor@borlange.se>", "Registration DalaLab",
  """Hi Linnea,

I'd like to register for all four DalaLab sessions. I'm vegetarian.

Best regards,
Daniel Okafor
Urban planner, Borlänge Municipality
+46 243 740 00
""", X("register", [P("Daniel Okafor", "daniel.okafor@borlange.se")], "ABCD", "vegetarian"),
  "English self-signup, all sessions; phone in international format")

E("2027-02-10T09:30:00+01:00", "Sophie Martin <sophie.martin@falun.se>", "RE: Inbjudan: DalaLab 2027–2028",
  "Hello,\n\nPlease sign me up for May 3rd and September 21st. Unfortunately I'm away for the other two.\n\nKind regards,\nSophie Martin\nFalu kommun\n"
  + outlook_quote(),
  X("register", [P("Sophie Martin", "sophie.martin@falun.se")], "AB"),
  "English reply to a Swedish invitation; ordinal English dates", fmt="outlook")

E("2027-02-11T14:14:00+01:00", "Lukas Becker <lukas.becker@ludvika.se>", "DalaLab sign-up",
  "Hi,\nCould you register me and my colleague Anja Schmidt (anja.schmidt@ludvika.se) for the sessions on 21 September and 29 November? Anja is lactose intolerant.\nThanks,\nLukas Becker\nLudvika kommun\n",
  X("register", [P("Lukas Becker", "lukas.becker@ludvika.se"), P("Anja Schmidt", "anja.schmidt@ludvika.se", diet="lactose intolerant")], "BC", "lactose intolerant"),
  "English, sender + colleague; request phrased as a question but is a signup; per-person diet")

E("2027-02-12T10:20:00+01:00", "Hannah Clarke <hannah.clarke@regiondalarna.se>", "Sign-up",
  "Hi Linnea, I'd like to join the session on accessibility next February. Thanks! Hannah Clarke, Region Dalarna\n",
  X("register", [P("Hannah Clarke", "hannah.clarke@regiondalarna.se")], "D"),
  "English; session by theme ('accessibility next February') = 22 Feb 2028")

E("2027-02-15T08:05:00+01:00", "Marco Rossi <marco.rossi@outlook.com>", "DalaLab registration",
  """Dear organisers,

I would like to register for the whole DalaLab programme except the November session. I work as a planner at Mora kommun but write from my private address.

Best wishes,
Marco Rossi
""", X("register", [P("Marco Rossi", "marco.rossi@outlook.com", "mora")], "ABD"),
  "English 'except the November session'; private address, organisation from text")

# ---------------- Telegram signups ----------------
T("2027-02-16T19:22:00+01:00", "Elin Sundqvist", "Hej! Vill anmäla mig till alla träffarna. Jobbar i Leksands kommun 😊",
  X("register", [P("Elin Sundqvist", None, "leksand")], "ABCD"), "Telegram self-signup, org from text")

T("2027-02-17T07:58:00+01:00", "Kristoffer Hed", "anmäl mig till 3 maj o 21 sept. kristoffer.hed@gagnef.se",
  X("register", [P("Kristoffer Hed", "kristoffer.hed@gagnef.se")], "AB"),
  "Telegram; address in text (org from its domain); 'o' for och")

T("2027-02-18T21:10:00+01:00", "Nadia Hussein", "hej jag och amir rahimi från avesta vill gå på novemberträffen",
  X("register", [P("Nadia Hussein", None, "avesta"), P("Amir Rahimi", None, "avesta")], "C"),
  "Telegram; lower-case colleague name; 'novemberträffen'")

T("2027-02-19T12:45:00+01:00", "Johan Lindström", "Hej, Johan från Hedemora. Kan du skriva upp mig på den om önskvärda framtider? Äter inte gluten",
  X("register", [P("Johan Lindström", None, "hedemora")], "C", "glutenfri"),
  "Telegram; theme (önskvärda framtider = 29 Nov); 'äter inte gluten' = glutenfri; request as question but signup")

T("2027-02-22T16:30:00+01:00", "Cecilia Ek", "Anmälan: Cecilia Ek, Borlänge kommun. Första och sista träffen. Vegan 🌱",
  X("register", [P("Cecilia Ek", None, "borlange")], "AD", "vegan"),
  "Telegram; 'första och sista träffen' = 3 May + 22 Feb")

T("2027-02-23T09:15:00+01:00", "Tom Wilson", "Hi! I'd like to sign up for all sessions please. I'm with Region Dalarna.",
  X("register", [P("Tom Wilson", None, "regiondalarna")], "ABCD"), "English Telegram signup")

T("2027-02-24T20:05:00+01:00", "Linda Gustafsson", "Hej! vill va med på höstens träffar 🙂 /Linda, Säter",
  X("register", [P("Linda Gustafsson", None, "sater")], "BC"),
  "Telegram; 'höstens träffar' (plural) = both autumn sessions")

T("2027-02-25T13:40:00+01:00", "Oskar Wik", "Kan jag anmäla mig till 21/9? Bor i Vansbro och jobbar på kommunen",
  X("register", [P("Oskar Wik", None, "vansbro")], "B", unsure=["intent"]),
  "Telegram; 'Kan jag anmäla mig till 21/9?' is a signup phrased as a question; 'jobbar på kommunen' in Vansbro")
