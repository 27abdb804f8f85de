from build import ALL, P, S1, S2, S3, S4, X, mail, tg


def messages():
    return [
        # ------------------------------------------------------------------ t136
        mail("t136", "2026-12-02T08:47:00", ("Katrin Müller-Hoffmann", "katrin.muller-hoffmann@falun.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Dear Linnea,

thank you very much for the invitation. Hereby I would like to announce myself for the
learning project DalaLab (sorry, my Swedish is not yet good enough for writing mails).
I will take part in all four meetings.

Please note that I am vegetarian.

With kind regards / Mit freundlichen Grüßen

Katrin Müller-Hoffmann
Planarkitekt
Stadsbyggnadsförvaltningen, Falu kommun
Stigaregatan 2, 791 83 Falun
Tel. +46 23 82 71 40

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 15:02
Till: Katrin Müller-Hoffmann
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Välkommen att anmäla dig till DalaLab, ett lärprojekt om strategisk översiktsplanering
för kommunala och regionala tjänstepersoner i Dalarna.

Träff 1: 3 maj 2027, Falun (med Boverket)
Träff 2: 21 september 2027
Träff 3: 29 november 2027
Träff 4: 22 februari 2028

Varje kommun kan delta med upp till tre personer. Sista anmälningsdag 14 april 2027.
""",
             X("register", [P("Katrin Müller-Hoffmann", "katrin.muller-hoffmann@falun.se", "Falu kommun",
                              "vegetarian")], ALL, "vegetarian"),
             "German-native English self-signup ('announce myself' = anmelden); 'all four meetings'; quoted "
             "Swedish invitation lists all dates and the deadline; Falun street address and phone"),

        # ------------------------------------------------------------------ t137
        tg("t137", "2026-12-02T21:14:00", "Jukka H", 70231,
           """Hi! Jukka Heikkinen from Ludvika municipality here 👋 Please sign me up for May 3rd and the one on accessibility. Gluten-free food if possible, I'm coeliac.""",
           X("register", [P("Jukka Heikkinen", None, "Ludvika kommun", "gluten-free")], [S1, S4], "gluten-free"),
           "Telegram, short display name, full name in text; 'May 3rd' + 'the one on accessibility' (22 Feb 2028); "
           "'Ludvika municipality'"),

        # ------------------------------------------------------------------ t138
        mail("t138", "2026-12-03T13:05:00", ("Agnieszka Nowak-Kowalska", "agnieszka.nowak-kowalska@borlange.se"),
             "Registration DalaLab - 3 persons from Borlänge",
             """Hello Linnea,

I want to register three persons from Borlänge municipality to DalaLab project:

- me, Agnieszka Nowak-Kowalska
- Tomasz Wiśniewski, tomasz.wisniewski@borlange.se
- Lena Holm from our detailed planning unit

We would like to participate only in the autumn sessions, because in May we have budget work
in whole department and in February I am on parental leave and Lena also cannot.

Tomasz does not eat pork.

Best regards,
Agnieszka Nowak-Kowalska
Översiktsplanerare | Samhällsbyggnadsförvaltningen
Borlänge kommun
781 81 Borlänge
Mob: 070-218 44 90
""",
             X("register", [P("Agnieszka Nowak-Kowalska", "agnieszka.nowak-kowalska@borlange.se", "Borlänge kommun"),
                            P("Tomasz Wiśniewski", "tomasz.wisniewski@borlange.se", "Borlänge kommun", "no pork"),
                            P("Lena Holm", None, "Borlänge kommun")], [S2, S3], "no pork"),
             "Polish-native English; three people (sender included, one address given, one without); 'the autumn "
             "sessions' = 21 Sep + 29 Nov; 'in May' and 'in February' are reasons for absence, not sessions; per-person diet"),

        # ------------------------------------------------------------------ t139
        mail("t139", "2026-12-03T16:40:00", ("Jürgen Baumann", "jurgen.baumann@lansstyrelsen.se"),
             "Abwesenheitsnotiz: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Vielen Dank für Ihre Nachricht.

Ich bin vom 1. bis einschließlich 21. Dezember 2026 nicht im Büro und habe nur eingeschränkt
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an die Zentrale
der Länsstyrelsen Dalarna, Tel. 010-225 00 00.

Thank you for your message. I am out of the office from 1 to 21 December 2026 with limited
access to e-mail. For urgent matters please contact Länsstyrelsen Dalarna, +46 10 225 00 00.

Jürgen Baumann
""",
             X("auto_reply"),
             "German/English out-of-office, no auto headers; subject 'Abwesenheitsnotiz:'; '21. Dezember' echoes the "
             "day of the 21 Sep session but is not one"),

        # ------------------------------------------------------------------ t140
        tg("t140", "2026-12-04T07:55:00", "Rania El Amrani", 88412,
           """Hej! Jag heter Rania och jag jobbar i Smedjebacken kommun som planerare sedan september. Jag vill anmäla mig på alla träffar i DalaLab. Jag äter inte fläsk. Tack så mycket!""",
           X("register", [P("Rania El Amrani", None, "Smedjebackens kommun", "äter inte fläsk")], ALL, "äter inte fläsk"),
           "non-native Swedish on Telegram ('anmäla mig på alla träffar', 'Smedjebacken kommun'); surname only from "
           "the display name; 'sedan september' is not the 21 Sep session"),

        # ------------------------------------------------------------------ t141
        mail("t141", "2026-12-07T10:22:00", ("Harriet Cole", "harriet.cole@regiondalarna.se"),
             "DalaLab",
             """Hi Linnea,

Hope you're well and surviving the dark mornings!

Could you pop me down for the DalaLab sessions? I'm keen on all of them bar the February one -
I'm away on a course in Edinburgh that week, annoyingly.

Cheers,
Harriet

--
Harriet Cole
Strategic Planner, Regional Development
Region Dalarna | Box 712, 791 29 Falun
""",
             X("register", [P("Harriet Cole", "harriet.cole@regiondalarna.se", "Region Dalarna")], [S1, S2, S3]),
             "British English; 'all of them bar the February one' = first three; Region Dalarna (no quota); Falun box "
             "address is not the organisation"),

        # ------------------------------------------------------------------ t142
        mail("t142", "2026-12-08T14:30:00", ("Javier Ortega Ruiz", "javier.ortega@mora.se"),
             "Question about DalaLab (remote?)",
             """Hello,

I received the invitation to DalaLab from my manager and I am very interested. Before I register
I have two questions:

1. Is it possible to attend remotely? The travel from Mora to Falun for the session on May 3rd
   is almost two hours each way for me.
2. Will any of the material be in English? My Swedish is getting better but for long lectures
   it is still difficult.

Thank you in advance!

Javier Ortega Ruiz
Mora kommun, Samhällsbyggnad
""",
             X("question"),
             "Spanish-native English; two questions before registering ('Before I register'); names May 3rd -> "
             "question, no people, no sessions"),

        # ------------------------------------------------------------------ t143
        tg("t143", "2026-12-09T19:02:00", "Sanna 🌲", 90117,
           """hej! can you sign me up för alla utom den sista? Sanna Kivelä, Orsa kommun. thx!""",
           X("register", [P("Sanna Kivelä", None, "Orsa kommun")], [S1, S2, S3]),
           "Swedish-English mix; emoji display name, name from text; 'alla utom den sista' = first three"),

        # ------------------------------------------------------------------ t144
        mail("t144", "2026-12-10T09:15:00", ("Megan Doyle", "megan.doyle@hedemora.se"),
             "DalaLab sign-up",
             """Hi there,

I'd like to register for the DalaLab program. I can do 09/21 and 11/29, but I'm out for
May 3 (my sister's wedding back in Ohio - can't miss that one!).

Will I still be able to follow along in September if I miss the first meeting? Happy to
do some reading beforehand.

Also, FYI I'm lactose intolerant.

Thanks so much,
Megan

Megan Doyle | Planning Coordinator
Hedemora kommun | 776 81 Hedemora
""",
             X("register", [P("Megan Doyle", "megan.doyle@hedemora.se", "Hedemora kommun", "lactose intolerant")],
               [S2, S3], "lactose intolerant"),
             "American date format 09/21 and 11/29; May 3 named only as an absence; follow-up question does not "
             "change the intent (register)"),

        # ------------------------------------------------------------------ t145
        mail("t145", "2026-12-11T11:48:00", ("Lucía Fernández García", "lucia.fernandez@gagnef.se"),
             "Registration of my colleague - DalaLab",
             """Dear Linnea,

I write you to register my colleague Anders Lövgren (anders.lovgren@gagnef.se), he is new in our
unit since November and he did not receive the invitation. He wants to come to all the meetings
of the project.

I myself I am already registered since last week, so nothing changes for me.

Many thanks and kind regards,
Lucía Fernández García
Planeringsarkitekt
Gagnefs kommun
Tel 0241-150 00
""",
             X("register", [P("Anders Lövgren", "anders.lovgren@gagnef.se", "Gagnefs kommun")], ALL),
             "Spanish-native English; sender registers a colleague only and says she is already registered -> not "
             "in people; 'all the meetings' = all four"),

        # ------------------------------------------------------------------ t146
        tg("t146", "2026-12-12T12:30:00", "Ahmed Al-Sayed", 61530,
           """Good afternoon. I want to register for the DalaLab learning project.
Name: Ahmed Al-Sayed, traffic planner, Vansbro kommun
Email: ahmed.alsayed@vansbro.se
Sessions: 3rd of May and 22nd of February
Food: halal please""",
           X("register", [P("Ahmed Al-Sayed", "ahmed.alsayed@vansbro.se", "Vansbro kommun", "halal")], [S1, S4],
             "halal"),
           "form-like Telegram message with an e-mail written in the text; '3rd of May', '22nd of February' (no year "
           "-> 2028 session); halal"),

        # ------------------------------------------------------------------ t147
        mail("t147", "2026-12-14T15:20:00", ("Eeva-Liisa Mäkinen", "eeva-liisa.makinen@lansstyrelsen.se"),
             "Anmälan / registration DalaLab",
             """<html><head><meta charset="utf-8"></head><body>
<p style="font-family:Calibri,sans-serif">Hei Linnea,</p>
<p style="font-family:Calibri,sans-serif">We from Länsstyrelsen would like to join DalaLab with two persons:</p>
<ul style="font-family:Calibri,sans-serif">
<li>Eeva-Liisa Mäkinen (myself)</li>
<li>Per von Essen, <a href="mailto:per.vonessen@lansstyrelsen.se">per.vonessen@lansstyrelsen.se</a> &ndash; pescatarian</li>
</ul>
<p style="font-family:Calibri,sans-serif">We can come to the sessions on 21.9.2027 and 29.11.2027. The other two dates
collide with our own regional planning days, unfortunately.</p>
<p style="font-family:Calibri,sans-serif">Ystävällisin terveisin / Best regards<br>
<b>Eeva-Liisa Mäkinen</b><br>
Samhällsplanerare, Enheten för samhällsplanering<br>
Länsstyrelsen Dalarna<br>
Åsgatan 38, 791 84 Falun</p>
</body></html>""",
             X("register", [P("Eeva-Liisa Mäkinen", "eeva-liisa.makinen@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Per von Essen", "per.vonessen@lansstyrelsen.se", "Länsstyrelsen Dalarna",
                              "pescatarian")], [S2, S3], "pescatarian"),
             "HTML-only mail with a list of two; Finnish greeting; Finnish/German date style 21.9.2027 and 29.11.2027; "
             "surname particle 'von'; mailto link; per-person diet",
             html=True),

        # ------------------------------------------------------------------ t148
        mail("t148", "2026-12-15T08:05:00", ("Dimitrios Papadopoulos", "dimitrios.papadopoulos@avesta.se"),
             "anmälan dalalab",
             """Hej Linnea,

Jag skulle vilja anmäla mig till lärprojektet. Jag kan komma på första träffen och den i november,
men september jag har semester i Grekland. Februari jag vet inte än, jag återkommer om det.

Med vänliga hälsningar
Dimitrios Papadopoulos
Bygg- och miljöavdelningen
Avesta kommun
""",
             X("register", [P("Dimitrios Papadopoulos", "dimitrios.papadopoulos@avesta.se", "Avesta kommun")],
               [S1, S3]),
             "non-native Swedish word order; 'första träffen och den i november' = 3 May + 29 Nov; September is "
             "holiday, February undecided -> neither"),

        # ------------------------------------------------------------------ t149
        tg("t149", "2026-12-16T22:41:00", "Linh Nguyen", 73004,
           """hi, quick q - is the May 3rd session in English or Swedish? and is it ok to come if I'm not a planner but work with GIS at the region? 🙏""",
           X("question"),
           "Telegram question only, late evening; names May 3rd and 'the region' but registers nobody"),

        # ------------------------------------------------------------------ t150
        mail("t150", "2026-12-18T10:10:00", ("Magnus Ehrenborg", "magnus.ehrenborg@leksand.se"),
             "Anmälan från Leksand / DalaLab",
             """Hej Linnea!

Sorry for writing in English, vår nya kollega läser med och det blir enklare så.

We would like to sign up three persons from Leksands kommun for DalaLab:
  1. Magnus Ehrenborg (me)
  2. Fatima Zahra Benali
  3. Niklas Orre

Alla fyra träffarna, for all of us. Niklas is vegan, the rest of us eat everything.

Tack på förhand!
Magnus

Magnus Ehrenborg
Planchef, Leksands kommun
Tfn 0247-803 00 | Norsgatan 19, 793 80 Leksand
""",
             X("register", [P("Magnus Ehrenborg", "magnus.ehrenborg@leksand.se", "Leksands kommun"),
                            P("Fatima Zahra Benali", None, "Leksands kommun"),
                            P("Niklas Orre", None, "Leksands kommun", "vegan")], ALL, "vegan"),
             "Swedish-English code-switching; numbered list of three (the quota's maximum); 'alla fyra träffarna'; "
             "double first name; per-person diet"),

        # ------------------------------------------------------------------ t151
        mail("t151", "2026-12-21T14:00:00", ("Daniel Whitaker", "daniel.whitaker@rattvik.se"),
             "Automatic reply: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Thank you for your email.

I am on leave from 21 December until 10 January with very limited access to email. Your message
will not be forwarded.

For planning and building permit matters, please contact planering@rattvik.se or call the
switchboard on 0248-700 00.

Kind regards,
Daniel Whitaker
Rättviks kommun
""",
             X("auto_reply"),
             "English out-of-office ('Automatic reply:'), no auto headers; '21 December' and a colleague address are "
             "not a signup"),

        # ------------------------------------------------------------------ t152
        tg("t152", "2027-01-04T09:12:00", "Kowalczyk Marta", 55090,
           """Dzień dobry / hello :) Marta Kowalczyk, Säter kommun. I register for the first two meetings please (May and September). No lactose for me""",
           X("register", [P("Marta Kowalczyk", None, "Säters kommun", "no lactose")], [S1, S2], "no lactose"),
           "surname-first display name; Polish greeting; 'the first two meetings (May and September)'; 'Säter kommun'"),

        # ------------------------------------------------------------------ t153
        mail("t153", "2027-01-07T13:33:00", ("Ryan Mitchell", "ryan.mitchell@malung-salen.se"),
             "DalaLab registration",
             """Hi Linnea,

Please register me for the 5/3 and 9/21 sessions. I'll check my calendar for the other two
and get back to you before the deadline.

Best,
Ryan

Ryan Mitchell
Community Planner
Malung-Sälen Municipality - Planning & Building
Phone: +46 280-181 00
""",
             X("register", [P("Ryan Mitchell", "ryan.mitchell@malung-salen.se", "Malung-Sälens kommun")], [S1, S2]),
             "American M/D dates: '9/21' shows the format, so '5/3' = 3 May (5 March is no session); the other two "
             "pending -> not registered; 'Malung-Sälen Municipality'"),

        # ------------------------------------------------------------------ t154
        mail("t154", "2027-01-11T09:50:00", ("Katarzyna Zielińska", "katarzyna.zielinska@orsa.se"),
             "Request for erasure of personal data (GDPR Art. 17)",
             """Dear Sir or Madam,

I have learned that a former colleague added my name and e-mail address to the participant list
for DalaLab without asking me first. I do not intend to participate.

Pursuant to Article 17 of the General Data Protection Regulation (EU) 2016/679, I hereby request
the erasure without undue delay of all personal data concerning me that Region Dalarna holds in
connection with this registration, and I ask you to confirm in writing when this has been done.

Yours faithfully,
Katarzyna Zielińska
Orsa kommun
""",
             X("erasure", [P("Katarzyna Zielińska", "katarzyna.zielinska@orsa.se", "Orsa kommun")]),
             "formal GDPR erasure request; 'I do not intend to participate' does not make it a cancellation; EU "
             "regulation number 2016/679 is not a date"),

        # ------------------------------------------------------------------ t155
        tg("t155", "2027-01-13T17:20:00", "Mehmet Yilmaz", 81244,
           """Hi, I am registered for DalaLab (Mehmet Yilmaz, Falun). Can I change from 21/9 to the one on accessibility? September does not work for me anymore.""",
           X("change", [P("Mehmet Yilmaz", None, "Falu kommun")], [S4]),
           "bare swap 21/9 -> 'the one on accessibility' (22 Feb 2028): sessions = the new one only; 'Falun' = Falu kommun"),

        # ------------------------------------------------------------------ t156
        mail("t156", "2027-01-15T10:05:00", ("Emily Carter", "emily.carter@avesta.se"),
             "Withdrawing from DalaLab",
             """Dear Linnea,

Sadly I have to pull out of DalaLab altogether. I've accepted a position in Gothenburg and will
be leaving Avesta kommun at the end of March, so I won't be able to attend any of the sessions.

Please remove me from the participant list. It looked like a brilliant programme and I'm sorry
to miss it.

All the best,
Emily Carter
""",
             X("cancel", [P("Emily Carter", "emily.carter@avesta.se", "Avesta kommun")], ALL),
             "full cancellation 'pull out ... altogether', no session named -> all four; 'end of March' is not a session"),

        # ------------------------------------------------------------------ t157
        mail("t157", "2027-01-18T16:55:00", ("Mikko Laaksonen", "mikko.laaksonen@alvdalen.se"),
             "DalaLab 3.5. - replacement",
             """Hi Linnea,

unfortunately I cannot participate on 3rd of May, there is a municipal council meeting where I
must present. My colleague Ida Moberg (ida.moberg@alvdalen.se) will go instead of me to that
session. For the other sessions I come myself as planned.

Br,
Mikko Laaksonen
Fysisk planerare
Älvdalens kommun
""",
             X("change", [P("Mikko Laaksonen", "mikko.laaksonen@alvdalen.se", "Älvdalens kommun"),
                          P("Ida Moberg", "ida.moberg@alvdalen.se", "Älvdalens kommun")], [S1]),
             "substitution for one session: Mikko out on 3 May, Ida in; people both; sessions = what the substitute "
             "takes; Finnish-style '3.5.' in subject"),

        # ------------------------------------------------------------------ t158
        tg("t158", "2027-01-20T08:03:00", "Jonna Hedström", 31377,
           """hej, jonna från rättvik här – I can't make it on Nov 29, krockar med KF. keep me on the others pls""",
           X("cancel", [P("Jonna Hedström", None, "Rättviks kommun")], [S3]),
           "Swedish-English mix; partial cancellation of 'Nov 29' only; 'från rättvik' lower case"),

        # ------------------------------------------------------------------ t159
        mail("t159", "2027-01-22T11:11:00", ("Matthias Groß", "matthias.gross@hedemora.se"),
             "Anmälan DalaLab",
             """Hej Linnea,

härmed anmäler jag mig till DalaLab. Jag vill gärna delta på träffarna den 3.5., 21.9. och 29.11.
Den 22.2. tyvärr jag har redan en annan konferens i Berlin.

Jag äter laktosfritt.

Med vänliga hälsningar / Mit freundlichen Grüßen
Matthias Groß
Samhällsbyggnadsförvaltningen
Hedemora kommun
""",
             X("register", [P("Matthias Groß", "matthias.gross@hedemora.se", "Hedemora kommun", "laktosfritt")],
               [S1, S2, S3], "laktosfritt"),
             "German-native Swedish, iso-8859-1; German date style '3.5., 21.9. och 29.11.'; '22.2.' excluded",
             charset="iso-8859-1"),

        # ------------------------------------------------------------------ t160
        tg("t160", "2027-01-25T13:45:00", "Pablo Domínguez", 66002,
           """Hola! Sorry, in English: is there a maximum of participants per municipality? We are four people interested here in Mora.""",
           X("question"),
           "quota question, no signup; 'four people' is not four sessions"),

        # ------------------------------------------------------------------ t161
        mail("t161", "2027-01-27T09:30:00", ("Sarah O'Connell", "sarah.oconnell@regiondalarna.se"),
             "Two from the Region for DalaLab",
             """Hi Linnea,

Could you please register two people from my team for all but the last session:

Hamid Rezaei - hamid.rezaei@regiondalarna.se
Johanna Lind - johanna.lind@regiondalarna.se

I won't be attending myself this time round, but I'd be grand to hear how it goes.

Thanks a million,
Sarah

Sarah O'Connell
Unit Manager, Spatial Planning
Region Dalarna
""",
             X("register", [P("Hamid Rezaei", "hamid.rezaei@regiondalarna.se", "Region Dalarna"),
                            P("Johanna Lind", "johanna.lind@regiondalarna.se", "Region Dalarna")], [S1, S2, S3]),
             "Irish English; manager registers two, not herself; 'all but the last' = first three; apostrophe in name"),

        # ------------------------------------------------------------------ t162
        mail("t162", "2027-02-01T14:18:00", ("Aino Virtanen", "aino.virtanen@gagnef.se"),
             "Re: DalaLab - add November",
             """Hello again Linnea,

I am registered for 3 May and 21 September. Now my schedule got freed up, so please add me also
to the November session. Then I would be on three of the four.

Kiitos!
Aino

> Tack för din anmälan! Du är anmäld till DalaLab följande dagar:
> 3 maj 2027
> 21 september 2027
> Välkommen!
""",
             X("change", [P("Aino Virtanen", "aino.virtanen@gagnef.se", "Gagnefs kommun")], [S1, S2, S3]),
             "add a session to an existing signup -> change with the sessions after it (3 May, 21 Sep, 29 Nov); "
             "quoted confirmation lists the current two"),

        # ------------------------------------------------------------------ t163
        tg("t163", "2027-02-03T20:30:00", "Omar Haddad", 72290,
           """Hej jag heter Omar Haddad jag arbetar på Ludvika kommun med översiktsplan. Jag vill anmäla mig och min kollega Sara Nilsson till träffen om tillgänglighet. tack""",
           X("register", [P("Omar Haddad", None, "Ludvika kommun"), P("Sara Nilsson", None, "Ludvika kommun")], [S4]),
           "non-native Swedish without punctuation; self + colleague; 'träffen om tillgänglighet' = 22 Feb 2028"),

        # ------------------------------------------------------------------ t164
        mail("t164", "2027-02-05T10:40:00", ("Päivi Korhonen", "paivi.korhonen@mora.se"),
             "Automaattinen vastaus: Re: DalaLab",
             """Olen lomalla 5.-19.2.2027 enkä lue sähköpostia. Vastaan viestiisi palattuani.

I am on holiday 5-19 February 2027 and not reading e-mail. I will answer when I am back.
Brådskande ärenden: Mora kommuns växel 0250-260 00.

Päivi Korhonen
Mora kommun
""",
             X("auto_reply"),
             "Finnish/English/Swedish out-of-office ('Automaattinen vastaus:'); '5.-19.2.2027' and phone digits are "
             "not sessions"),

        # ------------------------------------------------------------------ t165
        mail("t165", "2027-02-08T15:02:00", ("Rosa María Jiménez", "rosamaria.jimenez@sater.se"),
             "Food preference DalaLab",
             """Hi Linnea,

I registered in December for all four DalaLab meetings. I want to tell you that I am now vegan,
not only vegetarian like I wrote before, so please change my food preference.

Everything else is the same.

¡Gracias!
Rosa María Jiménez
Säters kommun
""",
             X("change", [P("Rosa María Jiménez", "rosamaria.jimenez@sater.se", "Säters kommun", "vegan")], ALL,
               "vegan"),
             "diet update for an existing signup -> change; sessions = the four she states; old 'vegetarian' is "
             "replaced by 'vegan'"),

        # ------------------------------------------------------------------ t166
        tg("t166", "2027-02-10T11:11:00", "Lena Schäfer", 50321,
           """Hallo! Lena Schäfer here, I started at Länsstyrelsen Dalarna in January. Can I still join DalaLab? If yes, please put me down for all sessions. lena.schafer@lansstyrelsen.se""",
           X("register", [P("Lena Schäfer", "lena.schafer@lansstyrelsen.se", "Länsstyrelsen Dalarna")], ALL),
           "conditional signup ('If yes, please put me down') before the deadline -> register all four; e-mail in "
           "the text; 'in January' is not a session"),

        # ------------------------------------------------------------------ t167
        mail("t167", "2027-02-12T08:20:00", ("Carmen Ruiz", "carmen.ruiz@falun.se"),
             "FW: DalaLab",
             """Hi Linnea,

see below - Erik asked me to forward his registration, his mails to the Region were bouncing
yesterday.

Best regards,
Carmen

From: Erik Dahlgren <erik.dahlgren@falun.se>
Sent: Thursday, February 11, 2027 4:12 PM
To: Carmen Ruiz <carmen.ruiz@falun.se>
Subject: DalaLab

Hej Carmen,

kan du skicka vidare min anmälan till Linnea? Jag vill gå på Sept. 21 och 29 nov.
Glutenfri kost.

/Erik
""",
             X("register", [P("Erik Dahlgren", "erik.dahlgren@falun.se", "Falu kommun", "glutenfri")], [S2, S3],
               "glutenfri"),
             "English Outlook forward: the registrant and his address are only in the forwarded part; forwarder not "
             "registered; 'Sept. 21' + '29 nov'; 'February 11, 2027' header date is not a session"),

        # ------------------------------------------------------------------ t168
        tg("t168", "2027-02-15T18:45:00", "Krzysztof Mazur", 44770,
           """Hi, Krzysztof from Avesta. My colleague Emma Backlund has to pull out of all sessions, she is on long sick leave. I keep my own place.""",
           X("cancel", [P("Emma Backlund", None, "Avesta kommun")], ALL),
           "cancellation on behalf of a colleague; sender keeps his place -> not in people; 'all sessions'"),

        # ------------------------------------------------------------------ t169
        mail("t169", "2027-02-17T13:13:00", ("Niamh Gallagher", "niamh.gallagher@smedjebacken.se"),
             "Quick question before signing up",
             """Hi Linnea,

Quick question before I sign up: for the November one on planning for both desirable futures and
uncertainties - will there be any pre-reading? And is the expectation that you attend all four,
or is it fine to pick and choose?

Many thanks,
Niamh

Niamh Gallagher
Samhällsbyggnadsavdelningen, Smedjebackens kommun
0240-660 00
""",
             X("question"),
             "question before signing up; refers to the 29 Nov session by its theme and to 'all four' -> still a "
             "question, no sessions"),

        # ------------------------------------------------------------------ t170
        mail("t170", "2027-02-19T09:01:00", ("Björn Lagerqvist-Evans", "bjorn.lagerqvist-evans@vansbro.se"),
             "Re: Påminnelse: anmälan till DalaLab senast 14 april",
             """Hi Linnea / Hej!

Jag anmäler mig härmed - count me in for the whole series. Allergic to nuts (nötallergi), bara
så ni vet.

// Björn

Björn Lagerqvist-Evans
Planeringsenheten, Vansbro kommun
Tel 0281-750 00

-----Ursprungligt meddelande-----
Från: Hassis Linnea
Skickat: den 18 februari 2027 10:30
Ämne: Påminnelse: anmälan till DalaLab senast 14 april

Hej!
En påminnelse om att sista dag att anmäla sig till lärprojektet DalaLab är den 14 april 2027.
Träffarna äger rum 3 maj, 21 september och 29 november 2027 samt 22 februari 2028.
Upp till tre personer per kommun kan delta.
""",
             X("register", [P("Björn Lagerqvist-Evans", "bjorn.lagerqvist-evans@vansbro.se", "Vansbro kommun",
                              "allergic to nuts")], ALL, "allergic to nuts"),
             "bilingual reply to a reminder; 'the whole series' = all four; quoted reminder repeats all dates and the "
             "deadline; double-barrelled surname"),

        # ------------------------------------------------------------------ t171
        tg("t171", "2027-02-22T07:30:00", "Layla", 38122,
           """Good morning! Registering for DalaLab: Layla Hassan, Borlänge kommun. Only the autumn session please, spring is too busy for us. I'm lactose intolerant.""",
           X("register", [P("Layla Hassan", None, "Borlänge kommun", "lactose intolerant")], [S2, S3],
             "lactose intolerant", unsure=["sessions"]),
           "singular 'the autumn session' while there are two autumn sessions -> both, unsure sessions; first-name "
           "display name"),

        # ------------------------------------------------------------------ t172
        mail("t172", "2027-03-01T10:30:00", ("Tuomas Lehtonen", "tuomas.lehtonen@leksand.se"),
             "Change of dates",
             """Hi,

a small change to my registration: I'm down for May 3rd and Sept 21. Could you move me from
September to the 22nd of February instead? So it would be May 3rd + Feb 22nd for me.

Thank you,
Tuomas Lehtonen
Leksands kommun
""",
             X("change", [P("Tuomas Lehtonen", "tuomas.lehtonen@leksand.se", "Leksands kommun")], [S1, S4]),
             "move one of two sessions with the result stated -> change, sessions after the change = 3 May + 22 Feb"),

        # ------------------------------------------------------------------ t173
        tg("t173", "2027-03-04T16:16:00", "yusuf", 90450,
           """hej jag vill också anmäla till dalalab, höstens båda träffar. yusuf ahmadi, säters kommun""",
           X("register", [P("Yusuf Ahmadi", None, "Säters kommun")], [S2, S3]),
           "lower-case name and organisation; 'höstens båda träffar' = 21 Sep + 29 Nov; non-native 'anmäla till'"),

        # ------------------------------------------------------------------ t174
        mail("t174", "2027-03-08T11:45:00", ("Alejandro Vidal", "alejandro.vidal@regiondalarna.se"),
             "3rd of May",
             """Hi Linnea,

I'm afraid I won't be able to attend on the 3rd of May - I will be in Barcelona at a conference
2-5 May. I'll be there for the rest of the sessions.

Saludos,
Alejandro Vidal
Region Dalarna
""",
             X("cancel", [P("Alejandro Vidal", "alejandro.vidal@regiondalarna.se", "Region Dalarna")], [S1]),
             "partial cancellation of the 3rd of May only; '2-5 May' conference is not a session"),

        # ------------------------------------------------------------------ t175
        mail("t175", "2027-03-15T14:02:00", ("Ingeborg van der Meer", "ingeborg.vandermeer@alvdalen.se"),
             "DalaLab aanmelding / anmälan",
             """<div dir="ltr"><div>Hej Linnea,</div><div><br></div>
<div>I&#39;d like to register for the last two sessions of DalaLab (29 November and 22 February 2028).
Mina kollegor i Älvdalen har redan anmält sig separat.</div><div><br></div>
<div>Vänliga hälsningar / Met vriendelijke groet,</div>
<div>Ingeborg van der Meer<br>Planeringsenheten<br>Älvdalens kommun</div></div>""",
             X("register", [P("Ingeborg van der Meer", "ingeborg.vandermeer@alvdalen.se", "Älvdalens kommun")],
               [S3, S4]),
             "HTML-only Gmail-style mail with &#39;; Dutch particle surname; 'the last two sessions'; colleagues who "
             "registered separately are not people",
             html=True),

        # ------------------------------------------------------------------ t176
        tg("t176", "2027-03-20T21:05:00", "Fatima Zahra Benali", 47701,
           """Hi! Fatima from Leksand. I can't go to the accessibility session in February, our new colleague Petter Ohlsson goes instead of me. Is that ok?""",
           X("change", [P("Fatima Zahra Benali", None, "Leksands kommun"), P("Petter Ohlsson", None, "Leksands kommun")],
             [S4]),
           "Telegram substitution for the accessibility session (22 Feb 2028); people = withdrawn + substitute; "
           "'Is that ok?' does not make it a question"),

        # ------------------------------------------------------------------ t177
        mail("t177", "2027-03-25T09:40:00", ("Brandon Hughes", "brandon.hughes@orsa.se"),
             "count me in",
             """Hey Linnea -

Count me in for 11/29 and 2/22/28. Thanks!

Brandon

--
Brandon Hughes
Orsa kommun | Samhällsbyggnad
(+46) 250-55 21 00
""",
             X("register", [P("Brandon Hughes", "brandon.hughes@orsa.se", "Orsa kommun")], [S3, S4]),
             "very short American mail: '11/29' and '2/22/28'; phone digits in signature"),

        # ------------------------------------------------------------------ t178
        mail("t178", "2027-04-02T16:30:00", ("Yasmin Al-Khatib", "yasmin.alkhatib@regiondalarna.se"),
             "Late registration DalaLab (2 persons)",
             """Dear Linnea,

I hope it is not too late - I saw that the deadline is April 14th. Please register me and
Anders Pettersson from Gagnef kommun (anders.pettersson@gagnef.se) for the DalaLab sessions.
We are doing a joint project on the Gagnef comprehensive plan and would like to follow the
whole learning project together.

Anders eats no pork; I have no special requirements.

Kind regards,
Yasmin Al-Khatib
Analyst, Region Dalarna
""",
             X("register", [P("Yasmin Al-Khatib", "yasmin.alkhatib@regiondalarna.se", "Region Dalarna"),
                            P("Anders Pettersson", "anders.pettersson@gagnef.se", "Gagnefs kommun", "no pork")],
               ALL, "no pork"),
             "two people from two organisations (Region + Gagnef); 'the whole learning project' = all four; "
             "'April 14th' deadline is not a session"),

        # ------------------------------------------------------------------ t179
        tg("t179", "2027-04-06T12:00:00", "Piotr Zając", 60012,
           """Hello, unfortunately I must cancel my registration for DalaLab, all dates. I got new job in Stockholm. Piotr, Hedemora""",
           X("cancel", [P("Piotr Zając", None, "Hedemora kommun")], ALL),
           "full cancellation on Telegram, 'all dates'; organisation from a bare town name"),

        # ------------------------------------------------------------------ t180
        mail("t180", "2027-04-09T17:58:00", ("Hannah Schmidt", "hannah.schmidt@smedjebacken.se"),
             "Minutes from Tuesday / bus line 301",
             """Hi Linnea,

as promised, here are my notes from Tuesday's meeting about the bus line 301 timetable:

- Morning departures from Smedjebacken moved 10 minutes earlier from 21 September
- Stop at Vansbro road closed during construction (May-November)
- Next meeting: 3 May, 13:00, by Teams

Let me know if I forgot something.

Best,
Hannah
""",
             X("unknown"),
             "misdirected mail about a bus timetable (another Linnea); '21 September' and '3 May' are not about "
             "DalaLab -> unknown"),
    ]
