"""Writer "languages" (bc091–bc135): messages from people who are not writing plain native Swedish — English-speaking
staff and guests (British and American date formats, "the fall sessions", "the November meeting"), Swedish learners
with grammar slips and literal translations, Norwegian and Danish writers, code-switching in one message, and
Finnish, Polish, Arabic and Persian names written surname-first, in capitals or without their diacritics. Signups,
swaps and substitutions, cancellations, English questions (accessibility, language, remote participation), diets in
English ("halal", "no pork", "lactose intolerant", "vegetarian but eats fish"), spam, out-of-office replies and
erasure requests."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


INVITATION_QUOTE = """
________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 1 december 2026 09:02
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft

Hej!

Region Dalarna bjuder in kommunernas och regionens planerare till lärprojektet DalaLab – Planering för hållbarhet
och utvecklingskraft. Projektet består av fyra träffar:

- 3 maj 2027, kl. 10–15 (fika från 09.30), Falun: Hållbar utveckling i ett rumsligt perspektiv och
  planeringsstrategins roll för en stärkt översiktsplanering (med Boverket)
- 21 september 2027: Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
- 29 november 2027: Att planera både för önskvärda framtider och för osäkerheter
- 22 februari 2028: Planera för tillgänglighet – rumslig närhet, fysisk mobilitet och digital tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig senast den 14 april 2027 till
linnea.hassis@regiondalarna.se och ange eventuell specialkost.

Välkommen!
Linnea Hassis
Region Dalarna
"""


def messages():
    return [
        # ---------------------------------------------------------------- register
        mail("bc091", "2026-12-02T10:15", ("Daniel Whitfield", "daniel.whitfield@falun.se"),
             "Registration – DalaLab",
             """Dear Linnea,

Thank you for the invitation to the DalaLab learning project, which a colleague kindly forwarded to me.

I would like to register for two of the sessions: the 3rd of May and the 21st of September. I am afraid the
later dates clash with a long-planned research stay in Edinburgh, so I will have to leave those to my colleagues.

I understand most Swedish when spoken, though I am much quicker writing in English – I hope that is all right.

Kind regards,

Daniel Whitfield
Senior Strategic Planner
Samhällsbyggnadsförvaltningen, Falu kommun
Stigaregatan 2, 791 83 Falun
+46 (0)23 83 412
""",
             X("register", [P("Daniel Whitfield", "daniel.whitfield@falun.se", "Falu kommun")], [S1, S2]),
             "British English; 'the 3rd of May and the 21st of September' -> two sessions; 'later dates' excluded;"
             " postcode and phone are not dates"),

        tg("bc092", "2026-12-04T21:30", "Kjersti Haugen", "6021458873",
           """hi! can you sign me up for all 4 sessions? I'm at Leksand municipality 🙂 vegetarian btw 🌱 thanks!""",
           X("register", [P("Kjersti Haugen", None, "Leksands kommun")], ALL, diet="vegetarian"),
           "short informal English on Telegram; 'all 4 sessions'; 'Leksand municipality'; name from sender"),

        mail("bc093", "2026-12-08T13:02", ("Malgorzata Kowalczyk", "malgorzata.kowalczyk@ludvika.se"),
             "anmälning till DalaLab",
             """Hej Linnea!

Jag heter Małgorzata Kowalczyk och jag jobbar på Ludvika kommun som planeringsarkitekt sedan i somras. Jag vill
gärna anmäla mig på träffarna i maj och i november. I september jag har redan en annan resa och februari jag vet
inte ännu.

Jag är laktosintolerant, så jag kan inte äta mjölk produkter.

Förlåt för min svenska, jag lär mig fortfarande :)

Med vänliga hälsningar
Małgorzata Kowalczyk
Planeringsarkitekt
Ludvika kommun
0240-86 000
""",
             X("register", [P("Małgorzata Kowalczyk", "malgorzata.kowalczyk@ludvika.se", "Ludvika kommun")],
               [S1, S3], diet="laktosintolerant"),
             "Swedish learner (Polish), verb-second slips; 'träffarna i maj och i november' -> 3 May + 29 Nov;"
             " September excluded, February undecided -> not registered; name with Ł from the signature"),

        mail("bc094", "2026-12-10T09:45", ("AL-SAYED Omar", "omar.alsayed@borlange.se"),
             "DalaLab registration / anmälan",
             """Hej Linnea,

I want to register myself and my colleague Nadia Haddad for the fall sessions, i.e. Sept 21 and Nov 29. We
are both working with the new översiktsplan so it fits perfectly. The May session we can unfortunately not do,
we have samråd that week.

Both of us eat halal only.

Tack så mycket!

Omar Al-Sayed
Trafikplanerare / Traffic planner
Borlänge kommun
Tel: 0243-740 00
""",
             X("register", [P("Omar Al-Sayed", "omar.alsayed@borlange.se", "Borlänge kommun", diet="halal"),
                            P("Nadia Haddad", None, "Borlänge kommun", diet="halal")],
               [S2, S3], diet="halal"),
             "code-switching English/Swedish; display name surname-first in capitals, signature gives"
             " 'Omar Al-Sayed'; 'the fall sessions, i.e. Sept 21 and Nov 29'; colleague without address; halal for both"),

        tg("bc095", "2026-12-14T12:10", "Päivi Mäkelä", "5190372264",
           """Moi! Päivi Mäkelä från Avesta kommun här 👋 Jag vill gärna anmäla mig till första och sista träffen. Kiitos, eller tack menar jag 😄""",
           X("register", [P("Päivi Mäkelä", None, "Avesta kommun")], [S1, S4]),
           "Finnish greeting and thanks mixed in; 'första och sista träffen' = 3 May + 22 Feb 2028"),

        mail("bc096", "2027-01-11T16:05", ("Jessica Moore", "jessica.moore@mora.se"), "DalaLab signup",
             """Hi Linnea,

Please sign me up for 5/3 and 11/29. Those are the two that line up best with the comprehensive plan update
we're working on here in Mora.

Thanks so much!
Jessica

--
Jessica Moore
GIS Coordinator
Mora kommun | Fridhemsgatan 19, 792 80 Mora
Office: +46 250 26 000 | Cell: +46 70 318 44 92
""",
             X("register", [P("Jessica Moore", "jessica.moore@mora.se", "Mora kommun")], [S1, S3]),
             "American month/day: '11/29' can only be 29 Nov, so '5/3' is 3 May (5 March is no session);"
             " organisation from signature and domain"),

        mail("bc097", "2027-01-13T08:20", ("Øystein Bråten", "oystein.braten@malung-salen.se"),
             "Påmelding DalaLab",
             """Hei Linnea!

Jeg vil gjerne melde meg på alle samlingene i DalaLab. Jeg jobber som arealplanlegger i Malung-Sälens kommun
men er fra Norge, så unnskyld at jeg skriver norsk – det går fortere sånn 🙂

Jeg har nøtteallergi, så det er fint om dere kan ta hensyn til det på fikaen og lunsjen.

Med vennlig hilsen
Øystein Bråten
Arealplanlegger, Malung-Sälens kommun
+46 280 181 00
""",
             X("register", [P("Øystein Bråten", "oystein.braten@malung-salen.se", "Malung-Sälens kommun")], ALL,
               diet="nøtteallergi"),
             "Norwegian; 'alle samlingene' = all four; diet stated as 'nøtteallergi'"),

        mail("bc098", "2027-01-18T11:30", ("Catherine Holm", "catherine.holm@hedemora.se"),
             "DalaLab – registration of two participants from Hedemora",
             """<html><body>
<p>Dear Ms Hassis,</p>
<p>I am writing to register two members of my team for the DalaLab learning project:</p>
<ul>
<li>Ms Farzaneh Rezaei, comprehensive planning (farzaneh.rezaei@hedemora.se)</li>
<li>Mr Reza Karimi, land use and housing (reza.karimi@hedemora.se)</li>
</ul>
<p>Both intend to take part in all four sessions. I shall not be attending myself, but please do not hesitate
to contact me should you require any further information.</p>
<p>Yours sincerely,</p>
<p>Catherine Holm<br>
Head of Planning / Planeringschef<br>
Hedemora kommun<br>
Tel. 0225-340 00</p>
</body></html>
""",
             X("register", [P("Farzaneh Rezaei", "farzaneh.rezaei@hedemora.se", "Hedemora kommun"),
                            P("Reza Karimi", "reza.karimi@hedemora.se", "Hedemora kommun")], ALL),
             "formal English, HTML-only; head of planning registers two staff and explicitly not herself;"
             " 'all four sessions'"),

        tg("bc099", "2027-01-21T19:44", "Ali Rahimi", "7733019854",
           """Hej! Can I register here? Jag heter Ali Rahimi, Säter kommun, och vill vara med 21/9 och 29/11. No pork pls 🙏""",
           X("register", [P("Ali Rahimi", None, "Säters kommun")], [S2, S3], diet="no pork"),
           "code-switching in one line; the question is about the channel, the message is a signup;"
           " '21/9 och 29/11'; diet 'no pork'"),

        mail("bc100", "2027-01-25T10:00", ("Søren Kjærgaard", "soren.kjaergaard@regiondalarna.se"),
             "Tilmelding til DalaLab",
             """Hej Linnea

Jeg vil gerne tilmelde mig DalaLab. Jeg kan deltage i mødet den 3. maj og i mødet den 22. februar 2028 - de to
andre datoer ligger desværre oven i min ferie og et projektmøde i København.

Undskyld det danske, jeg håber det er forståeligt!

Venlig hilsen
Søren Kjærgaard
Analytiker, Regional utveckling
Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Søren Kjærgaard", "soren.kjaergaard@regiondalarna.se", "Region Dalarna")], [S1, S4]),
             "Danish, iso-8859-1; '3. maj' and '22. februar 2028'; organiser's own region; Falun box address"
             " is not the organisation",
             charset="iso-8859-1"),

        mail("bc101", "2027-02-01T14:12", ("Rebecca Hall", "rebecca.hall@lansstyrelsen.se"),
             "DalaLab – sign-up",
             """Hello Linnea,

I'd love to join DalaLab. I can do both the spring and autumn sessions this year, so May, September and
November, but not the one in February 2028 as I'll be on parental leave by then.

Diet: vegetarian but eats fish (so pescatarian, really).

Many thanks,
Rebecca

Rebecca Hall
Planning Officer | Enheten för samhällsplanering
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("register", [P("Rebecca Hall", "rebecca.hall@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S2, S3], diet="vegetarian but eats fish"),
             "'both the spring and autumn sessions this year' spelled out as May, September, November;"
             " February 2028 excluded; diet as written"),

        tg("bc102", "2027-02-03T20:55", "Piotr Zieliński", "1209847765",
           """Hello, Piotr from Gagnef here. Sign me up for the November meeting please, the others I can't unfortunately""",
           X("register", [P("Piotr Zieliński", None, "Gagnefs kommun")], [S3]),
           "'the November meeting' = 29 Nov only; Polish name from the sender; 'from Gagnef'"),

        mail("bc103", "2027-02-08T09:30", ("Hassan Jaber", "hassan.jaber@orsa.se"), "Anmälan DalaLab",
             """Hej Linnea!

Jag vill skriva mig för DalaLab. Jag kommer att vara med på alla gånger, det är mycket intressant för mitt
arbete med den nya översiktsplanen.

Jag är muslim och jag äter bara halal.

Tack för inbjudan och ha en trevlig dag!

Med vänliga hälsningar
Hassan Jaber
Fysisk planerare
Orsa kommun
Dammsgatan 19, 794 30 Orsa
0250-55 21 00
""",
             X("register", [P("Hassan Jaber", "hassan.jaber@orsa.se", "Orsa kommun")], ALL, diet="halal"),
             "learner's literal phrasing ('skriva mig för', 'alla gånger') = signup for all four; diet halal"),

        mail("bc104", "2027-02-09T07:50", ("Heikkinen Jukka", "jukka.heikkinen@vansbro.se"),
             "Registration to DalaLab",
             """Good morning,

I hereby register to the DalaLab learning project. I can attend the sessions on 21.9. and 29.11.
The first session in May is not possible for me because of our council's budget meeting.

Best regards,
Jukka Heikkinen
Planning engineer
Vansbro municipality
tel. +46 281 750 00
""",
             X("register", [P("Jukka Heikkinen", "jukka.heikkinen@vansbro.se", "Vansbro kommun")], [S2, S3]),
             "Finnish-style English and dates with trailing dots ('21.9.', '29.11.'); display name surname-first;"
             " 'Vansbro municipality'"),

        mail("bc105", "2027-02-16T15:25", ("Emily Carter", "emily.carter@rattvik.se"),
             "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Hi Linnea,

Count me in for all of them! Really looking forward to it.

Diet: gluten-free (coeliac)

Cheers,
Emily Carter
Landscape Architect, Rättviks kommun
+46 248 70 000
""" + INVITATION_QUOTE,
             X("register", [P("Emily Carter", "emily.carter@rattvik.se", "Rättviks kommun")], ALL,
               diet="gluten-free (coeliac)"),
             "English reply above the quoted Swedish invitation (all dates and the deadline are quoted, not the"
             " signup); 'all of them' = all four"),

        tg("bc106", "2027-02-19T18:40", "Farid Sadeghi", "5583120947",
           """salam! 👋 jag och min kollega Maryam Ahmadi vill anmäla oss till första träffen, 3 maj. Vi jobbar båda på Smedjebackens kommun. Maryam är vegetarian, jag äter allt 😄 /Farid Sadeghi""",
           X("register", [P("Farid Sadeghi", None, "Smedjebackens kommun"),
                          P("Maryam Ahmadi", None, "Smedjebackens kommun", diet="vegetarian")],
             [S1], diet="vegetarian"),
           "Persian greeting; sender + colleague; 'första träffen, 3 maj'; vegetarian is Maryam's only"),

        mail("bc107", "2027-02-24T11:05", ("James O'Connor", "james.oconnor@alvdalen.se"), "DalaLab",
             """Hi Linnea,

I'd like to come to the autumn session of DalaLab. May is out for me (budget season) and February next year is
too far off to commit to right now.

All the best,
James

James O'Connor
Planner, Samhällsbyggnad
Älvdalens kommun
""",
             X("register", [P("James O'Connor", "james.oconnor@alvdalen.se", "Älvdalens kommun")], [S2, S3],
               unsure=["sessions"]),
             "'the autumn session' (singular) but there are two autumn sessions (21 Sep, 29 Nov): both"
             " candidates, ask which"),

        mail("bc108", "2027-03-02T13:15", ("Katarzyna Dabrowska", "katarzyna.dabrowska@avesta.se"),
             "Anmälan till DalaLab från Avesta",
             """Hej!

Vi är två från Avesta kommun som vill delta i DalaLab:

1. Łukasz Wiśniewski, lukasz.wisniewski@avesta.se
2. jag, Katarzyna Dąbrowska

Vi vill komma på alla träffar utom den i september, då vi har semester båda två. Łukasz är vegetarian.

Hälsningar
Katarzyna Dąbrowska
Översiktsplanerare
Avesta kommun
Tel. 0226-64 50 00
""",
             X("register", [P("Łukasz Wiśniewski", "lukasz.wisniewski@avesta.se", "Avesta kommun",
                              diet="vegetarian"),
                            P("Katarzyna Dąbrowska", "katarzyna.dabrowska@avesta.se", "Avesta kommun")],
               [S1, S3, S4], diet="vegetarian"),
             "Polish names with diacritics in the text, without them in the addresses and display name;"
             " 'alla träffar utom den i september' = three sessions; diet is Łukasz's"),

        mail("bc109", "2027-03-08T10:40", ("Yusuf Demir", "yusuf.demir@falun.se"), "DalaLab registration",
             """Hello,

I would like to register for sessions 1, 3 and 4 of DalaLab (3 May, 29 November and 22 February). Session 2
overlaps with a conference I am presenting at.

Dietary requirement: no pork.

Thank you in advance.

Best regards,
Yusuf Demir
Urban Planner
Falu kommun, Samhällsbyggnadsförvaltningen
023-83 000
""",
             X("register", [P("Yusuf Demir", "yusuf.demir@falun.se", "Falu kommun")], [S1, S3, S4],
               diet="no pork"),
             "sessions by number, with dates in brackets; '22 February' without year = 2028 session; diet 'no pork'"),

        # ---------------------------------------------------------------- change
        mail("bc111", "2027-02-10T08:35", ("Daniel Whitfield", "daniel.whitfield@falun.se"),
             "RE: Registration – DalaLab",
             """Dear Linnea,

A small change, if I may. I am currently down for the 3rd of May and the 21st of September. My Edinburgh stay
has been moved, so could I swap the September session for the one in February (22nd) instead? The 3rd of May
stays as it is.

With many thanks,
Daniel

Daniel Whitfield
Senior Strategic Planner, Falu kommun
+46 (0)23 83 412
""",
             X("change", [P("Daniel Whitfield", "daniel.whitfield@falun.se", "Falu kommun")], [S1, S4]),
             "swap with the current signup stated: 3 May kept, 21 Sep -> 22 Feb; sessions after the change"),

        tg("bc112", "2027-03-14T21:05", "Arash Mohammadi", "6407752190",
           """hey, can you move me from Sept 21 to the Nov meeting? something came up. Arash, Malung-Sälen""",
           X("change", [P("Arash Mohammadi", None, "Malung-Sälens kommun")], [S3]),
           "bare swap in informal English: only the new session (29 Nov), as the conventions say"),

        mail("bc113", "2027-03-16T14:20", ("AL-SAYED Omar", "omar.alsayed@borlange.se"),
             "Change of participant – DalaLab",
             """Hej Linnea,

My colleague Nadia Haddad can't make it after all, she is going on leave in the summer. Karim Mansour
(karim.mansour@borlange.se) will go in her place, same sessions as we registered, Sept 21 and Nov 29. He has no
special diet. I come as planned.

Tack!
Omar Al-Sayed
Trafikplanerare, Borlänge kommun
""",
             X("change", [P("Nadia Haddad", None, "Borlänge kommun"),
                          P("Karim Mansour", "karim.mansour@borlange.se", "Borlänge kommun")], [S2, S3]),
             "substitution written by a third person: Nadia out, Karim in for 21 Sep + 29 Nov; the sender's own"
             " signup is unchanged, so he is not among people"),

        mail("bc114", "2027-03-03T09:10", ("Jessica Moore", "jessica.moore@mora.se"), "Diet update – DalaLab",
             """Hi again Linnea,

Quick update: I recently found out I'm lactose intolerant. I'm registered for May 3 and Nov 29 – could you add
that to my registration?

Thanks!
Jessica Moore
GIS Coordinator, Mora kommun
""",
             X("change", [P("Jessica Moore", "jessica.moore@mora.se", "Mora kommun")], [S1, S3],
               diet="lactose intolerant"),
             "diet update to an existing signup -> change; sessions are the ones she states"),

        tg("bc115", "2027-02-27T12:00", "Ali Rahimi", "7733019854",
           """Hej igen! Ali från Säter. Jag är anmäld 21/9 och 29/11 men nu jag kan också komma 3 maj, kan du lägga till mig? Tack 🙏""",
           X("change", [P("Ali Rahimi", None, "Säters kommun")], [S1, S2, S3]),
           "adding a session with the current signup stated -> all three; learner word order"),

        mail("bc116", "2027-03-22T10:30", ("Søren Kjærgaard", "soren.kjaergaard@regiondalarna.se"),
             "Ændring: DalaLab",
             """Hej Linnea

Jeg må desværre ændre min tilmelding: jeg kan ikke den 3. maj alligevel, men vil gerne komme den 21. september i
stedet. Mødet i februar 2028 står stadig ved magt.

Tak for hjælpen!

Venlig hilsen
Søren Kjærgaard
Region Dalarna
""",
             X("change", [P("Søren Kjærgaard", "soren.kjaergaard@regiondalarna.se", "Region Dalarna")], [S2, S4]),
             "Danish session change: 3 May -> 21 Sep, February kept -> 21 Sep + 22 Feb 2028",
             charset="iso-8859-1"),

        mail("bc117", "2027-01-26T08:55", ("Farzaneh Rezaei", "farzaneh.rezaei@hedemora.se"),
             "Correction of my name / DalaLab",
             """Dear Linnea,

Thank you for the confirmation. I noticed that my name was misspelt as "Farzane Rezai" – the correct spelling is
Farzaneh Rezaei. I am registered for all four sessions and that stays the same.

Could you also note that I am vegetarian?

Best wishes,
Farzaneh Rezaei
Comprehensive Planner
Hedemora kommun
""",
             X("change", [P("Farzaneh Rezaei", "farzaneh.rezaei@hedemora.se", "Hedemora kommun")], ALL,
               diet="vegetarian"),
             "details change (name spelling) plus a diet; the misspelt form is not a second person;"
             " sessions stated as all four"),

        # ---------------------------------------------------------------- cancel
        mail("bc118", "2027-03-29T16:45", ("Yusuf Demir", "yusuf.demir@falun.se"),
             "Cancellation – 3 May",
             """Hello Linnea,

Unfortunately I can't make it after all to the session on the 3rd of May – the council has moved a meeting I
have to attend to that day. I will still be there in November and February.

Apologies for the trouble.

Best regards,
Yusuf Demir
Falu kommun
""",
             X("cancel", [P("Yusuf Demir", "yusuf.demir@falun.se", "Falu kommun")], [S1]),
             "partial cancellation of 3 May only; the sessions he keeps are not cancelled"),

        tg("bc119", "2027-03-31T19:20", "Kjersti Haugen", "6021458873",
           """Hi, sorry but I have to cancel, all sessions 😕 got a new job in Oslo. /Kjersti, Leksand""",
           X("cancel", [P("Kjersti Haugen", None, "Leksands kommun")], ALL),
           "full cancellation in informal English; 'Oslo' is not an organisation"),

        tg("bc120", "2027-04-01T11:15", "Małgorzata K.", "8120456631",
           """Hej, det är Małgorzata Kowalczyk från Ludvika kommun. Tyvärr jag kan inte komma på mötet i november, jag har en annan möte samma dag. Förlåt!""",
           X("cancel", [P("Małgorzata Kowalczyk", None, "Ludvika kommun")], [S3]),
           "learner Swedish; 'mötet i november' = 29 Nov; full name from the text (display name is shortened)"),

        mail("bc121", "2027-03-19T13:40", ("Catherine Holm", "catherine.holm@hedemora.se"),
             "DalaLab – withdrawal of one participant",
             """Dear Ms Hassis,

I regret to inform you that Reza Karimi will not be able to take part in DalaLab, as he is leaving Hedemora
kommun at the end of April. Please withdraw him from all sessions. Farzaneh Rezaei will continue as planned.

We will let you know if we wish to nominate someone else in his place.

Yours sincerely,
Catherine Holm
Head of Planning, Hedemora kommun
""",
             X("cancel", [P("Reza Karimi", None, "Hedemora kommun")], ALL),
             "manager withdraws a colleague (no substitute) -> cancel, all four; sender and the continuing"
             " colleague are not among people; a possible later nominee is no signup"),

        tg("bc122", "2027-04-05T20:30", "Farid Sadeghi", "5583120947",
           """Hej! Sorry men jag kan inte komma 3 maj after all 😔 Maryam kommer fortfarande. /Farid, Smedjebacken""",
           X("cancel", [P("Farid Sadeghi", None, "Smedjebackens kommun")], [S1]),
           "code-switching cancellation of 3 May; the colleague still comes, so she is not among people"),

        mail("bc123", "2027-04-06T09:00", ("Heikkinen Jukka", "jukka.heikkinen@vansbro.se"),
             "Cancellation of participation",
             """Hello,

I must cancel my participation to the DalaLab. Because of reorganisation I am moved to other tasks from 1.5.
and I will not work with planning anymore.

Thank you and best regards,
Jukka Heikkinen
Vansbro municipality
""",
             X("cancel", [P("Jukka Heikkinen", "jukka.heikkinen@vansbro.se", "Vansbro kommun")], ALL),
             "full cancellation without sessions named -> all four; '1.5.' is a date, not a session"),

        mail("bc124", "2027-04-07T15:10", ("Hassan Jaber", "hassan.jaber@orsa.se"), "Avbokning 22 februari",
             """Hej Linnea,

Jag måste avboka mig från träffen 22 februari 2028. Jag ska resa till mitt hemland då, min bror har bröllop.
De andra gånger jag kommer som planerat.

Med vänliga hälsningar
Hassan Jaber
Orsa kommun
""",
             X("cancel", [P("Hassan Jaber", "hassan.jaber@orsa.se", "Orsa kommun")], [S4]),
             "learner Swedish; cancels 22 Feb 2028 only, keeps the others"),

        # ---------------------------------------------------------------- question
        mail("bc125", "2027-01-07T10:20", ("Laura Fischer", "laura.fischer@lansstyrelsen.se"),
             "Accessibility question – DalaLab",
             """Dear Linnea,

Before I register for DalaLab I would like to ask about accessibility. I use a wheelchair – is the venue in Falun
accessible, including the toilets, and is there accessible parking nearby? It would also help to know if the
later sessions will be held in the same place.

Kind regards,
Laura Fischer
Länsstyrelsen Dalarna
""",
             X("question"),
             "English accessibility question, explicitly before registering -> no signup"),

        tg("bc126", "2026-12-18T17:35", "Mark Jensen", "4471920368",
           """hey, quick q – are the sessions in english or swedish? my swedish is so-so 😅""",
           X("question"),
           "language-of-the-sessions question, informal English"),

        mail("bc127", "2027-02-22T08:50", ("Ahmad Noori", "ahmad.noori@vansbro.se"), "Remote participation?",
             """Hi,

Is it possible to take part in the DalaLab sessions remotely, e.g. via Teams? Vansbro is quite a long drive from
Falun, especially in November. If so, do we register in the same way?

Best regards,
Ahmad Noori
Vansbro kommun
""",
             X("question"),
             "remote-participation question; 'November' and sent on 22 Feb 2027 -> still no sessions, no signup"),

        tg("bc128", "2027-03-05T12:30", "Samira Benali", "3398821045",
           """Hej! Jag har en fråga. Hur många personer från en kommun kan vara med? Vi är fyra personer på planeringsavdelning i Mora som vill gå. Tack så mycket!""",
           X("question"),
           "quota question in learner Swedish; nobody is named for a signup"),

        tg("bc129", "2027-01-29T20:15", "Sigrid Nygård", "2256704419",
           """Hei! Blir det servert lunsj på samlingene, eller må vi ta med matpakke? Og er det parkering i nærheten av lokalet i Falun?""",
           X("question"),
           "Norwegian questions about lunch and parking"),

        # ---------------------------------------------------------------- unknown
        mail("bc130", "2026-12-09T04:12", ("Event Directory Europe", "listings@eventdirectory-europe.com"),
             "Confirmation required: DalaLab – Planering för hållbarhet listing 2027",
             """Dear Event Organiser,

Your event "DalaLab – Planering för hållbarhet och utvecklingskraft" (3 May 2027, Falun) has been entered in the
European Planning Events Directory 2027/2028.

To keep your listing active and reach over 40,000 planning professionals, please confirm your registration
by completing the attached form and paying the annual listing fee of EUR 1,190.

Reference no.: EDE-2027-44871
Payment due within 8 days.

Event Directory Europe
Calle de Serrano 41, 28001 Madrid
""",
             X("unknown"),
             "listing/invoice scam in English naming the event and a session date -> unknown"),

        mail("bc131", "2027-01-15T16:00", ("Hannah Schmidt", "h.schmidt@rural-mobility.eu"),
             "Rural mobility report + AESOP paper",
             """Hi Linnea,

Great to meet you at the Nordregio forum in Stockholm! As promised, here's the link to our rural mobility
report: https://rural-mobility.eu/report-2026

Let me know if you'd still be interested in co-authoring a paper for the AESOP congress – abstracts are due
on 1 March.

Best,
Hannah

Dr. Hannah Schmidt
Rural Mobility Research Group
""",
             X("unknown"),
             "English mail to the organiser about something else (report, conference paper) -> unknown"),

        tg("bc132", "2027-02-12T03:30", "Crypto Mentor Jake", "7081123954",
           """🔥🔥 Earn $5000 weekly with AI crypto trading!! No experience needed. Only 10 places left, DM me now 👉 @cryptojake_vip""",
           X("unknown"),
           "English Telegram spam"),

        # ---------------------------------------------------------------- auto_reply
        mail("bc133", "2026-12-22T17:02", ("Emily Carter", "emily.carter@rattvik.se"),
             "Automatic reply: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
             """Thank you for your email. I am out of the office until Monday 4 January with no access to email.

For urgent planning matters, please contact Samhällsbyggnad Rättvik on 0248-70 000.

Merry Christmas and a Happy New Year!
Emily Carter
""",
             X("auto_reply"),
             "English Outlook out-of-office answering the invitation; '4 January' is no session"),

        mail("bc134", "2027-02-15T07:01", ("Päivi Mäkelä", "paivi.makela@avesta.se"),
             "Poissaolo / Frånvaro / Out of office: DalaLab",
             """Olen lomalla 22.2. asti. / Jag är på semester till och med 22.2. / I am on holiday until 22.2.

Brådskande ärenden / Urgent matters: planering@avesta.se, 0226-64 50 00.

Päivi Mäkelä
Avesta kommun
""",
             X("auto_reply"),
             "trilingual (Finnish/Swedish/English) out-of-office; '22.2.' means 22 Feb 2027, not the 2028 session"),

        # ---------------------------------------------------------------- erasure
        tg("bc110", "2027-03-10T22:10", "Hosseini Zahra", "6650238817",
           """Hello, I'm Zahra Hosseini. I wrote to this bot by mistake some weeks ago. Please delete all my information, I don't want to be in your system. Thank you""",
           X("erasure", [P("Zahra Hosseini", None, None)]),
           "English erasure on Telegram; display name surname-first, the text gives 'Zahra Hosseini'; no organisation"),

        mail("bc135", "2027-04-09T11:25", ("Simon Ashworth", "simon.ashworth@ludvika.se"),
             "GDPR request – please delete my data",
             """Dear Sir/Madam,

I am not registered for DalaLab – I only received the invitation through a colleague's forward – but I have
noticed that I now receive your reminders. Under the GDPR, I would like you to delete my e-mail address and
any other personal data you hold about me, and to confirm when this has been done.

Regards,
Simon Ashworth
Ludvika kommun
""",
             X("erasure", [P("Simon Ashworth", "simon.ashworth@ludvika.se", "Ludvika kommun")]),
             "formal English GDPR erasure from someone who says he is not registered; organisation from signature"),
    ]
