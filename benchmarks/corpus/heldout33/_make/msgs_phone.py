from build import P, X, mail, tg, S1, S2, S3, S4, ALL

IPHONE = "\n\nSkickat från min iPhone\n"


def messages():
    return [
        tg("aj136", "2026-12-02T21:14", "Sara", 5512093381,
           "hej! 👋 vill anmäla mig till dalalab, alla träffar. sara lindqvist gagnefs kommun",
           X("register", [P("Sara Lindqvist", None, "Gagnefs kommun")], ALL),
           "telegram, display name first name only; full name and organisation in the text"),

        mail("aj137", "2026-12-03T07:41", ("Johan Bergkvist", "johan.bergkvist@ludvika.se"), "dalalab",
             "hej linnea! anmäl mig till 3/5 o 29/11 tack 🙏\n/johan" + IPHONE,
             X("register", [P("Johan Bergkvist", "johan.bergkvist@ludvika.se", "Ludvika kommun")], [S1, S3]),
             "short iPhone mail, d/m dates, organisation only from domain"),

        tg("aj138", "2026-12-04T16:52", "Petra Holm", 7730214456,
           "Hej jag skulle vilja anmäla mig till dala lab den tredje maj och den tjugoförsta september punkt "
           "jag heter Petra Holm och jobbar på Orsa kommun punkt tack så mycket",
           X("register", [P("Petra Holm", None, "Orsa kommun")], [S1, S2]),
           "voice dictation: spelled-out ordinals, 'punkt' for full stops, 'dala lab'"),

        tg("aj139", "2026-12-06T10:03", "Lisa Åkerman", 6019384477,
           "hej kan ni anmäla mej o min kollega anders nyberg till alla träffarna? vi e båda från hedemora 🙂 /lisa",
           X("register", [P("Lisa Åkerman", None, "Hedemora kommun"),
                          P("Anders Nyberg", None, "Hedemora kommun")], ALL),
           "telegram signup for sender and a lower-case colleague, phrased as a question"),

        mail("aj140", "2026-12-08T12:30", ("Maria Gonzalez", "maria.gonzalez@falun.se"), "dalalab",
             "hi linnea, pls sign me up for dalalab - all sessions exept the november one. im vegetarian btw 🌱\n"
             "thx /maria\n\nSent from my Galaxy\n",
             X("register", [P("Maria Gonzalez", "maria.gonzalez@falun.se", "Falu kommun", diet="vegetarian")],
               [S1, S2, S4], diet="vegetarian"),
             "English phone mail, 'all except the november one' with a typo, diet"),

        tg("aj141", "2026-12-09T22:47", "Kalle", 5290011873,
           "hej, måste tyvärr avanmäla mig från 21/9 😞 krockar m budgetberedningen. mvh kalle svensson, borlänge",
           X("cancel", [P("Kalle Svensson", None, "Borlänge kommun")], [S2]),
           "telegram cancel of one session, name and town lower case in the sign-off"),

        tg("aj142", "2026-12-11T08:15", "Emma Dahl", 6642107795,
           "blir det nån parkering vid lokalen i falun? 🚗",
           X("question"),
           "telegram question, 'Falun' is the venue not an organisation"),

        mail("aj143", "2026-12-14T19:22", ("Henrik Olsson", "henrik.olsson@smedjebacken.se"), "Ändra datum",
             "hej! kan jag byta 29 nov mot 22 feb istället? har semster i nov.\n/henrik" + IPHONE,
             X("change", [P("Henrik Olsson", "henrik.olsson@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "bare swap asked as a question, typo 'semster' -> only the new session"),

        tg("aj144", "2026-12-15T13:38", "jonas", 5873320914,
           "hej! anmäler mig till dalalag. alla fyra tillfällena. är glutenintolerant 🌾 /jonas falk, älvdalens kommun",
           X("register", [P("Jonas Falk", None, "Älvdalens kommun", diet="glutenintolerant")], ALL,
             diet="glutenintolerant"),
           "autocorrect 'dalalag', lower-case display name, surname that is a word, diet"),

        mail("aj145", "2026-12-17T06:58", ("Annika Berg", "annika.berg@avesta.se"), "anmälan dalalab",
             "Hej! Anmäler två från mitt gäng: Omar Said omar.said@avesta.se och Linda Ek (har ingen mejl ännu, "
             "nyanställd). Båda alla träffar. Själv kan jag inte.\n/Annika, avdelningschef\n\nSkickat från min iPad\n",
             X("register", [P("Omar Said", "omar.said@avesta.se", "Avesta kommun"),
                            P("Linda Ek", None, "Avesta kommun")], ALL),
             "manager registers two staff from an iPad, one without address; sender does not attend"),

        tg("aj146", "2026-12-18T20:05", "Mikael Brandt", 7104458823,
           "hej! radera mina uppgifter tack, gdpr 🙏 har aldrig anmält mig, fick bara länken av en kollega",
           X("erasure", [P("Mikael Brandt", None, None)]),
           "telegram erasure from someone never registered"),

        mail("aj147", "2027-01-07T09:12", ("Fredrik Nilsson", "fredrik.nilsson@rattvik.se"), "Sv: Inbjudan DalaLab",
             "<div dir=\"ltr\">Anmäler mig till första och sista träffen!</div><div>/Fredrik</div><div><br></div>"
             "<div>Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a></div><hr>"
             "<div><b>Från:</b> Hassis Linnea &lt;linnea.hassis@regiondalarna.se&gt;<br><b>Skickat:</b> "
             "den 4 januari 2027 10:02<br><b>Ämne:</b> Inbjudan DalaLab</div>"
             "<div>Välkommen att anmäla dig till DalaLab! Träffarna äger rum 3 maj 2027, 21 september 2027, "
             "29 november 2027 och 22 februari 2028. Sista anmälningsdag 14 april.</div>",
             X("register", [P("Fredrik Nilsson", "fredrik.nilsson@rattvik.se", "Rättviks kommun")], [S1, S4]),
             "HTML-only Outlook-for-iOS reply over the quoted invitation; 'första och sista' by ordinal",
             html=True),

        tg("aj148", "2027-01-09T17:44", "Ida Forsberg", 6381027764,
           "hej igen! glömde säga att jag e laktosintolerant. gäller alla träffar jag e anmäld till 🥛🚫 /ida",
           X("change", [P("Ida Forsberg", None, None, diet="laktosintolerant")], [], diet="laktosintolerant"),
           "diet update for an existing signup, sessions not named, no organisation"),

        mail("aj149", "2027-01-12T15:31", ("Per Lund", "per.lund@mora.se"), "VB: DalaLab",
             "fyi stina kan inte längre, stryk henne tack /per" + IPHONE +
             "\nBörjan av vidarebefordrat meddelande:\n\n"
             "> Från: Stina Ahlgren <stina.ahlgren@mora.se>\n"
             "> Datum: 11 januari 2027 14:22:10 CET\n"
             "> Till: Per Lund <per.lund@mora.se>\n"
             "> Ämne: DalaLab\n>\n"
             "> Hej Per! Jag hinner tyvärr inte med DalaLab i år, kan du meddela Linnea? Jag är anmäld till alla "
             "fyra.\n> /Stina\n",
             X("cancel", [P("Stina Ahlgren", "stina.ahlgren@mora.se", "Mora kommun")], ALL),
             "iPhone forward: manager cancels a colleague whose address is only in the forwarded header"),

        tg("aj150", "2027-01-13T11:26", "Martin Ek", 5938810246,
           "tjena! jag kan inte 3 maj men min kollega sofia berglund hoppar in för mig den dagen. "
           "resten går jag själv 👍 /martin ek, säter",
           X("change", [P("Martin Ek", None, "Säters kommun"), P("Sofia Berglund", None, "Säters kommun")], [S1]),
           "substitution for one session only; sender keeps the rest"),

        mail("aj151", "2027-01-15T22:09", ("Karin Sjöberg", "karin.sjoberg@vansbro.se"), "fråga",
             "hej, hur många från samma kommun får komma? vi e fyra som vill 😅\nkarin" + IPHONE,
             X("question"),
             "quota question from a phone, no one registered yet"),

        tg("aj152", "2027-01-18T08:50", "Tom Walker", 7442019358,
           "hi! i'd like to register for dalalab, the sept and nov sessions. i work at region dalarna, "
           "transport planning. /tom",
           X("register", [P("Tom Walker", None, "Region Dalarna")], [S2, S3]),
           "English telegram, months abbreviated, organisation lower case"),

        mail("aj153", "2027-02-15T03:12", ("Eva Håkansson", "eva.hakansson@falun.se"),
             "Automatiskt svar: Påminnelse DalaLab – sista anmälningsdag 14 april",
             "Hej! Jag är på semester t.o.m. 22 februari med begränsad tillgång till mejl. "
             "Brådskande ärenden: ring växeln 023-830 00.\n/Eva" + IPHONE,
             X("auto_reply"),
             "out-of-office set from a phone; '22 februari' is a return date, not a session"),

        tg("aj154", "2027-01-21T07:33", "Anders Persson", 6120937745,
           "hej det är anders persson ludvika kommun jag är anmäld till maj och september men kan inte i september "
           "kan jag gå i november istället tack",
           X("change", [P("Anders Persson", None, "Ludvika kommun")], [S1, S3]),
           "dictated without punctuation; swap with the resulting sessions stated (maj + november)"),

        mail("aj155", "2027-01-22T12:04", ("Malin Ström", "malin.strom@leksand.se"), "anmälan x3",
             "hej! vi blir tre från leksand:\nmalin ström (jag)\nerik mattsson erik.mattsson@leksand.se\nnora lind\n"
             "alla träffar. nora e vegan 🌱\n/m" + IPHONE,
             X("register", [P("Malin Ström", "malin.strom@leksand.se", "Leksands kommun"),
                            P("Erik Mattsson", "erik.mattsson@leksand.se", "Leksands kommun"),
                            P("Nora Lind", None, "Leksands kommun", diet="vegan")], ALL, diet="vegan"),
             "lower-case list of three incl. sender, one address, one without, per-person diet"),

        tg("aj156", "2027-01-25T23:18", "Hanna B", 5761200398,
           "hej linnea sorry men jag får avanmäla mig helt från dalalab, byter jobb i mars 😬 /hanna björk",
           X("cancel", [P("Hanna Björk", None, None)], ALL),
           "full cancel, nickname display name, 'i mars' is not a session"),

        mail("aj157", "2027-01-27T10:45", ("Event Listings Europe", "info@eventlist-eu.com"),
             "Re: DalaLab registration - confirm your listing",
             "hi, your event DalaLab 2027 is registered in our directory. to keep the listing active pls confirm "
             "and pay 890 EUR within 3 days. reply YES to register.\n\nSent from my iPhone\n",
             X("unknown"),
             "listing scam dressed as a registration, faked 'Sent from my iPhone'"),

        tg("aj158", "2027-01-29T14:02", "Jenny Wallin", 6904418827,
           "anmäl mig till 3/5 och 22/2 tack! / jenny wallin, malung-sälen",
           X("register", [P("Jenny Wallin", None, "Malung-Sälens kommun")], [S1, S4]),
           "terse telegram with d/m dates"),

        mail("aj159", "2027-02-01T16:20", ("Olof Grahn", "olof.grahn@lansstyrelsen.se"), "lägg till",
             "hej, jag är anmäld till 21/9. kan ni lägga till 29/11 också?\nmvh olof, lst\n\n"
             "Skickat från Outlook för Android\n",
             X("change", [P("Olof Grahn", "olof.grahn@lansstyrelsen.se", "Länsstyrelsen Dalarna")], [S2, S3]),
             "adding a session -> both sessions after the change; 'lst'"),

        tg("aj160", "2027-02-02T09:57", "Lars Ekman", 7218830064,
           "undrar om man måste vara på plats eller om det går att delta digitalt",
           X("question"),
           "question without question mark"),

        mail("aj161", "2027-02-03T13:16", ("Samhällsbyggnad Orsa", "samhallsbyggnad@orsa.se"), "Anmälan",
             "hej! anmäler mig, ylva strand ylva.strand@orsa.se, till alla fyra. skriver från funktionsbrevlådan i "
             "mobilen, svara gärna till min egen adress.\n/ylva\n",
             X("register", [P("Ylva Strand", "ylva.strand@orsa.se", "Orsa kommun")], ALL),
             "shared mailbox on a phone; the person's own address in the text wins"),

        tg("aj162", "2027-02-05T07:09", "Ulf Sandberg", 5390028871,
           "hej, skriver för min kollega jessica nord som e sjuk. hon kan inte 21/9, johan lindgren går istället. "
           "vi e från gagnef. //ulf",
           X("change", [P("Jessica Nord", None, "Gagnefs kommun"), P("Johan Lindgren", None, "Gagnefs kommun")],
             [S2]),
           "third-party substitution in lower case; sender is not among the people"),

        mail("aj163", "2027-02-08T18:40", ("Åsa Öberg", "asa.oberg@alvdalen.se"), "Anmälan DalaLab",
             "Hej! Jag anmäler mig till höstens båda träffar. Fläskfri kost tack.\nÅsa Öberg\nÄlvdalens kommun" + IPHONE,
             X("register", [P("Åsa Öberg", "asa.oberg@alvdalen.se", "Älvdalens kommun", diet="fläskfri")],
               [S2, S3], diet="fläskfri"),
             "iso-8859-1 phone mail, 'höstens båda träffar', uncommon diet", charset="iso-8859-1"),

        tg("aj164", "2027-02-10T12:12", "Fatima Ali", 6650129934,
           "hej!! vill va med på dalalab men alla utom den första, har redan nåt inbokat 3 maj. /fatima, falu kommun ☺️",
           X("register", [P("Fatima Ali", None, "Falu kommun")], [S2, S3, S4]),
           "'alla utom den första' while naming 3 maj as the excluded date"),

        mail("aj165", "2027-02-11T10:27", ("HR Borlänge", "hr@borlange.se"), "Avanmälan",
             "Hej, Robert Ågren (robert.agren@borlange.se) har avslutat sin anställning hos oss. "
             "Vänligen avanmäl honom från DalaLab.\nMvh HR-avdelningen\n\nSkickat från mobilen\n",
             X("cancel", [P("Robert Ågren", "robert.agren@borlange.se", "Borlänge kommun")], ALL),
             "HR function mailbox cancels someone else"),

        tg("aj166", "2027-02-12T15:48", "Karin Dahl", 7029914473,
           "hej jag heter karin dahl och vill anmäla mig och min kollega björn med efternamn sundqvist till dalalab "
           "alla tillfällen vi jobbar på smedjebackens kommun smiley",
           X("register", [P("Karin Dahl", None, "Smedjebackens kommun"),
                          P("Björn Sundqvist", None, "Smedjebackens kommun")], ALL),
           "dictated: 'björn med efternamn sundqvist', 'smiley' spoken"),

        tg("aj167", "2027-02-15T20:31", "Sebastian Nyström", 5548812036,
           "hej, kommer nog inte kunna 29 nov. kan jag ta 22 feb isf? annars stryk mig från nov bara",
           X("change", [P("Sebastian Nyström", None, None)], [S4], unsure=["change-or-cancel"]),
           "swap with a cancel fallback"),

        mail("aj168", "2027-02-17T08:06", ("Anna Kowalska", "anna.kowalska@borlange.se"), "dalalab",
             "hi Linnea, I can't make it to the sessions anymore (parental leave from april 🍼). my colleague Peter "
             "Hult will take my place for all of them, his email peter.hult@borlange.se\nbest, Anna\n\n"
             "Sent from my iPhone\n",
             X("change", [P("Anna Kowalska", "anna.kowalska@borlange.se", "Borlänge kommun"),
                          P("Peter Hult", "peter.hult@borlange.se", "Borlänge kommun")], ALL),
             "English substitution for all sessions, 'april' not a session"),

        tg("aj169", "2027-02-19T06:44", "Martina G", 6297730182,
           "anmäl mig till 3 maj o 21 spt pls. martina gustafsson hedemora",
           X("register", [P("Martina Gustafsson", None, "Hedemora kommun")], [S1, S2]),
           "typo 'spt', no punctuation, organisation as bare town"),

        mail("aj170", "2027-02-22T11:35", ("Jonas Wik", "jonas.wik@vansbro.se"), "21/9?",
             "hej, e träffen 21/9 också i falun eller nån annanstans? vill veta innan jag anmäler mig\n/jonas\n"
             "Skickat från min iPhone\n",
             X("question", [], []),
             "question naming one session before signing up; no signup yet"),

        tg("aj171", "2027-02-24T19:19", "Daniel Moore", 7611020045,
           "hi, please delete my data from your list. i registered by mistake. thanks",
           X("erasure", [P("Daniel Moore", None, None)]),
           "English telegram erasure, implies withdrawal"),

        mail("aj172", "2027-03-12T11:02", ("Mats Holmberg", "mats.holmberg@mora.se"), "Läst: Anmälan DalaLab",
             "Ditt meddelande\n\n  Till: Mats Holmberg\n  Ämne: Anmälan DalaLab\n  Skickat: den 12 mars 2027 09:14\n\n"
             "lästes den 12 mars 2027 11:02.\n",
             X("auto_reply"),
             "read receipt as plain text from a phone mail client"),

        tg("aj173", "2027-03-01T09:28", "Viktor Lund", 5173309926,
           "hej! anmäler mig + kollegorna emil och sanna (efternamn rask resp. holm) från regionen 🙌 alla träffar",
           X("register", [P("Viktor Lund", None, "Region Dalarna"), P("Emil Rask", None, "Region Dalarna"),
                          P("Sanna Holm", None, "Region Dalarna")], ALL),
           "'efternamn rask resp. holm' - surnames given separately; 'regionen'"),

        mail("aj174", "2027-03-03T17:53", ("Sven Eriksson", "sven.eriksson@falun.se"), "Avanmälan",
             "Hej Linnea jag måste tyvärr avboka mig från november träffen och februari träffen på grund av en "
             "operation. Maj och september kommer jag som planerat.\nSven" + IPHONE,
             X("cancel", [P("Sven Eriksson", "sven.eriksson@falun.se", "Falu kommun")], [S3, S4]),
             "dictated partial cancel by month name, kept sessions also named"),

        tg("aj175", "2027-03-05T15:07", "Karolina S", 6803317750,
           "hej mamma kan du hämta elsa på förskolan idag? ❤️ jag sitter fast i möte till 17",
           X("unknown"),
           "message sent to the wrong chat"),

        mail("aj176", "2027-03-08T07:22", ("Tove Eklund", "tove.eklund@malung-salen.se"), "DalaLab",
             "Anmälan:\nEklund, Tove (jag)\nSandberg, Jonas\nalla tillfällen" + IPHONE,
             X("register", [P("Tove Eklund", "tove.eklund@malung-salen.se", "Malung-Sälens kommun"),
                            P("Jonas Sandberg", None, "Malung-Sälens kommun")], ALL),
             "'Efternamn, Förnamn' list from a phone, colleague without address"),

        tg("aj177", "2027-03-10T21:40", "Elin Sjögren", 7350018834,
           "hej, jag hoppar av dalalab helt pga föräldraledighet 👶 men min kollega niklas anmälan gäller som förut. "
           "/elin sjögren ludvika",
           X("cancel", [P("Elin Sjögren", None, "Ludvika kommun")], ALL),
           "own cancel; colleague's signup stays as before and is not among the people"),

        mail("aj178", "2027-03-16T12:58", ("Rebecka Lind", "rebecka.lind@sater.se"), "anmälan",
             "hej! anmäler mig till alla. hur långt innan kan man avboka om nåt händer?\n/rebecka" + IPHONE,
             X("register", [P("Rebecka Lind", "rebecka.lind@sater.se", "Säters kommun")], ALL),
             "signup with a side question about cancelling"),

        tg("aj179", "2027-03-22T10:11", "Olle Norberg", 5906621187,
           "hej! vill anmäla mig till träffen om tillgänglighet och den om osäkerheter/framtider. olle, vansbro",
           X("register", [P("Olle Norberg", None, "Vansbro kommun")], [S3, S4]),
           "sessions by theme only"),

        mail("aj180", "2027-04-06T22:26", ("Moa Andersson", "moa.andersson@orsa.se"), "dalalab",
             "hej, anmäler mig till majträffen och höstens träff 🍂\n/moa" + IPHONE,
             X("register", [P("Moa Andersson", "moa.andersson@orsa.se", "Orsa kommun")], [S1, S2, S3],
               unsure=["sessions"]),
             "'höstens träff' singular with two autumn sessions -> both, unsure"),
    ]
