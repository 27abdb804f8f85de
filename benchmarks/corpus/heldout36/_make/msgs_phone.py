"""Batch 37, theme phone: Telegram messages and short mobile e-mails.

Lower case, emoji, typos, voice dictation, nicknames, one-liners above quoted invitations, follow-ups that only
add a diet, English and mixed Swedish/English, dates written every way (3/5, 21.9, 'tredje maj', 'den 29:e',
'nästa träff'), short questions and cancellations.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL

INVITE = """Hej!

Region Dalarna bjuder in till lärprojektet DalaLab - Planering för hållbarhet och utvecklingskraft.
Projektet vänder sig till kommunala och regionala tjänstepersoner som arbetar med planeringsprocesser.

Träffar:
3 maj 2027, Falun - Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
21 september 2027 - Vad ligger i begreppet utvecklingsinriktning i ÖP-modellen?
29 november 2027 - Att planera både för önskvärda framtider och för osäkerheter
22 februari 2028 - Planera för tillgänglighet

Anmälan senast 14 april 2027 till linnea.hassis@regiondalarna.se. Varje kommun kan delta med upp till
tre personer.

Välkomna!
Linnea Hassis
Region Dalarna"""


def quoted(text=INVITE):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


IPHONE_HDR = "Den 2 dec. 2026 kl. 09:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n\n"
GMAIL_HDR = "Den ons 2 dec. 2026 kl 09:14 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
OUTLOOK_HDR = """________________________________
Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 2 december 2026 09:14
Till: Linnea Hassis <linnea.hassis@regiondalarna.se>
Ämne: Inbjudan DalaLab 2027-2028

"""


def messages():
    return [
        tg("am136", "2026-12-02T11:47", "Jonna Wikström", 5512093381,
           "hej! anmäler mig till alla fyra träffarna 🙌 /Jonna, planenheten Leksand",
           X("register", [P("Jonna Wikström", None, "Leksands kommun")], ALL),
           "telegram one-liner, all four, org from town name in sign-off"),

        tg("am137", "2026-12-03T07:58", "Mikael Dahl", 6120448870,
           "anmäl mig till 3/5 och 21.9 tack. mora kommun",
           X("register", [P("Mikael Dahl", None, "Mora kommun")], [S1, S2]),
           "dates as 3/5 and 21.9, org lower case"),

        mail("am138", "2026-12-03T16:22", ("Anders Lindqvist", "anders.lindqvist@borlange.se"),
             "Re: Inbjudan DalaLab 2027-2028",
             "Jag kommer på alla! 👍\n\nAnders\n\nSkickat från min iPhone\n\n" + IPHONE_HDR + quoted(),
             X("register", [P("Anders Lindqvist", "anders.lindqvist@borlange.se", "Borlänge kommun")], ALL),
             "iPhone one-liner above quoted invitation listing all dates; org from domain"),

        tg("am139", "2026-12-04T20:13", "Jonna Wikström", 5512093381,
           "glömde säga att jag är vegan 🌱",
           X("change", [P("Jonna Wikström", None, None, diet="vegan")], [], diet="vegan"),
           "follow-up adding a diet only, no session, no org in this message"),

        tg("am140", "2026-12-05T12:31", "Lars-Erik Mård", 7003318245,
           "blir det lunch den 3:e eller bara fika?",
           X("question"),
           "short lunch question mentioning a date"),

        mail("am141", "2026-12-07T08:05", ("Maja Hedlund", "maja.hedlund@falun.se"),
             "21/9",
             "Hej Linnea, jag kan tyvärr inte komma 21/9 men övriga står kvar.\n/Maja\n\nSkickat från min Android",
             X("cancel", [P("Maja Hedlund", "maja.hedlund@falun.se", "Falu kommun")], [S2]),
             "partial drop of one session, others kept"),

        tg("am142", "2026-12-08T14:40", "Daniel Okafor", 5890012764,
           "Hi! Could you sign me up for the session on Nov 29? I work at the County Administrative Board "
           "(Länsstyrelsen). Thanks, Daniel",
           X("register", [P("Daniel Okafor", None, "Länsstyrelsen Dalarna")], [S3]),
           "English telegram signup, 'Nov 29', Länsstyrelsen in parentheses"),

        tg("am143", "2026-12-09T17:02", "Kalle P", 6678120934,
           "hej det är kalle persson från säters kommun jag vill anmäla mig till första träffen den tredje maj "
           "punkt tack och hej",
           X("register", [P("Kalle Persson", None, "Säters kommun")], [S1]),
           "voice dictation, 'punkt', full name in text differs from nickname profile, 'tredje maj'"),

        mail("am144", "2026-12-10T21:36", ("Lisa Grönberg", "lisa.gronberg@gmail.com"),
             "Re: Inbjudan DalaLab 2027-2028",
             "Anmäl mig och Petra Lund till hela serien tack! Petra är glutenfri.\n//Lisa, Hedemora kommun\n\n"
             + GMAIL_HDR + quoted(),
             X("register", [P("Lisa Grönberg", "lisa.gronberg@gmail.com", "Hedemora kommun"),
                            P("Petra Lund", None, "Hedemora kommun", diet="glutenfri")], ALL, diet="glutenfri"),
             "gmail address, org from sign-off, colleague with her own diet, 'hela serien'"),

        mail("am145", "2026-12-11T09:00", ("Stina Ahlgren", "stina.ahlgren@gagnef.se"),
             "Autosvar: Inbjudan DalaLab 2027-2028",
             "Hej!\nJag är ledig t.o.m. 7/1 och läser inte mejl. Vid brådskande ärenden ring växeln 0241-150 00.\n\n"
             "Stina Ahlgren\nSamhällsplanerare, Gagnefs kommun",
             X("auto_reply"),
             "out-of-office with a date and a phone number"),

        tg("am146", "2026-12-12T23:18", "Annika Falk", 5003127789,
           "avanmäler mig från allt, sorry 😬 ny tjänst från januari",
           X("cancel", [P("Annika Falk", None, None)], ALL),
           "cancel everything, late night, emoji, no org"),

        tg("am147", "2026-12-14T10:09", "Ulrika Norén", 6221087350,
           "hej kan jag byta 3 maj mot 21 sept? /ulrika gagnef",
           X("change", [P("Ulrika Norén", None, "Gagnefs kommun")], [S2]),
           "bare swap gives the new session only; 'sept'"),

        mail("am148", "2026-12-15T13:27", ("Karin Söderberg", "karin.soderberg@avesta.se"),
             "DalaLab 29/11",
             "Hej!\nMin kollega Sven Åkesson går i mitt ställe 29/11, jag har krock.\nMvh Karin\n\n"
             "Skickat från min Samsung Galaxy-smartphone.",
             X("change", [P("Karin Söderberg", "karin.soderberg@avesta.se", "Avesta kommun"),
                          P("Sven Åkesson", None, "Avesta kommun")], [S3]),
             "substitution for one session, iso-8859-1 mobile mail", charset="iso-8859-1"),

        tg("am149", "2026-12-16T08:44", "Lars-Erik Mård", 7003318245,
           "hur många får man va från samma kommun?",
           X("question"),
           "quota question, spoken style 'va'"),

        tg("am150", "2026-12-17T19:55", "Josefin Ek", 5734409126,
           "radera mina uppgifter tack",
           X("erasure", [P("Josefin Ek", None, None)]),
           "terse erasure request"),

        mail("am151", "2026-12-18T07:31", ("Fredrik Ahl", "fredrik.ahl@rattvik.se"),
             "Anmälan",
             "<html><body><div dir=\"ltr\">Hej, jag vill gärna anmäla mig till träff 2 och 4. Laktosintolerant.<br>"
             "Mvh</div><div>Fredrik Ahl<br>Planarkitekt, Rättviks kommun<br>Riksvägen 40, 795 80 Rättvik<br>"
             "Mobil 070-318 22 64</div><br><div>Skickat från Outlook för iOS</div></body></html>",
             X("register", [P("Fredrik Ahl", "fredrik.ahl@rattvik.se", "Rättviks kommun", diet="laktosintolerant")],
               [S2, S4], diet="laktosintolerant"),
             "HTML mobile mail, 'träff 2 och 4', diet one word, signature with address", html=True),

        tg("am152", "2027-01-11T12:05", "Henrik Sahlin", 6409915523,
           "tja! skriv upp mig på nästa träff. henrik, avesta kommun",
           X("register", [P("Henrik Sahlin", None, "Avesta kommun")], [S1]),
           "'nästa träff' in January means the first session"),

        tg("am153", "2027-01-12T16:48", "Nils Brodin", 5167730042,
           "kan komma på höstens träff, anmäl mig 👍 nils vansbro",
           X("register", [P("Nils Brodin", None, "Vansbro kommun")], [S2, S3], unsure=["sessions"]),
           "'höstens träff' singular: two autumn sessions, must ask"),

        mail("am154", "2027-01-13T10:14", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Bekräftelse DalaLab",
             "Delivery has failed to these recipients or groups:\n\njohan.backlund@ludvika.se\n"
             "The email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n"
             "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
             "Original message headers:\nSubject: Bekräftelse DalaLab\nTo: johan.backlund@ludvika.se",
             X("auto_reply"),
             "bounce of a confirmation"),

        tg("am155", "2027-01-14T03:12", "Crypto Queen 💎", 7894410023,
           "💰💰 Earn 5000$ per week with crypto trading!! No experience needed. DM me now 🚀",
           X("unknown"),
           "telegram spam"),

        mail("am156", "2027-01-15T15:50", ("Marta Kowalska", "marta.kowalska@falun.se"),
             "DalaLab",
             "Hej! I'd like to sign up for 3/5 and 22/2 – vegetarisk mat please 🙂\nMarta\n\nSent from my iPhone",
             X("register", [P("Marta Kowalska", "marta.kowalska@falun.se", "Falu kommun", diet="vegetarisk")],
               [S1, S4], diet="vegetarisk"),
             "mixed English/Swedish, dates 3/5 and 22/2, diet in Swedish"),

        tg("am157", "2027-01-18T09:37", "Joakim Lindberg", 6033578192,
           "3/5 + 29/11 för mig o hanna ek, vi e från smedjebacken",
           X("register", [P("Joakim Lindberg", None, "Smedjebackens kommun"),
                          P("Hanna Ek", None, "Smedjebackens kommun")], [S1, S3]),
           "two people, dates with plus sign, lower-case name and org"),

        tg("am158", "2027-01-19T13:20", "Emma Rask", 5288107634,
           "är det digitalt eller på plats? o var i falun isf?",
           X("question"),
           "venue question, abbreviations"),

        mail("am159", "2027-01-21T11:03", ("Eva Marklund", "eva.marklund@orsa.se"),
             "Johan Kling DalaLab",
             "Hej,\nJohan Kling kan inte delta på något av tillfällena, han har bytt tjänst.\n/Eva, HR Orsa kommun\n\n"
             "Skickat från min iPad",
             X("cancel", [P("Johan Kling", None, "Orsa kommun")], ALL),
             "HR withdraws a colleague without substitute; sender not among people"),

        tg("am160", "2027-01-22T18:26", "Patrik Hall", 6902214587,
           "ps kan ni skriva upp mig som glutenfri",
           X("change", [P("Patrik Hall", None, None, diet="glutenfri")], [], diet="glutenfri"),
           "follow-up diet, no session"),

        mail("am161", "2027-01-25T08:12", ("Olle Nord", "olle.nord@vansbro.se"),
             "Läst: Re: Bekräftelse DalaLab",
             "Ditt meddelande\n\n  Till: Olle Nord\n  Ämne: Re: Bekräftelse DalaLab\n  Skickat: den 24 januari 2027 16:40\n\n"
             "lästes den 25 januari 2027 08:12.",
             X("auto_reply"),
             "read receipt"),

        tg("am162", "2027-01-27T10:58", "Sofia Berglund", 5456671209,
           "Hej! Jag och min kollega Amir Haddad vill komma på alla träffar. Vi jobbar på Borlänge kommun. "
           "Amir har nötallergi 🥜🚫",
           X("register", [P("Sofia Berglund", None, "Borlänge kommun"),
                          P("Amir Haddad", None, "Borlänge kommun", diet="nötallergi")], ALL, diet="nötallergi"),
           "sender plus colleague, colleague's allergy, emoji"),

        tg("am163", "2027-02-01T14:15", "Chris Taylor", 7120098843,
           "Hey, is there parking near the venue in Falun on May 3rd?",
           X("question"),
           "English parking question with a date"),

        mail("am164", "2027-02-02T19:44", ("Sara Lindh", "sara.lindh84@gmail.com"),
             "anmälan",
             "hej! vill anmäla mig till 21/9. jobbar på regionen (kollektivtrafik)\n/ Sara",
             X("register", [P("Sara Lindh", "sara.lindh84@gmail.com", "Region Dalarna")], [S2]),
             "gmail, org from 'regionen', lower case"),

        tg("am165", "2027-02-04T07:40", "Ingrid Lärka", 6340087712,
           "den 29:e funkar inte längre för mig, stryk mig där. resten kör jag",
           X("cancel", [P("Ingrid Lärka", None, None)], [S3]),
           "'den 29:e' only, partial drop"),

        mail("am166", "2027-02-05T06:00", ("Boverket nyhetsbrev", "nyhetsbrev@boverket.se"),
             "Planeringsnytt februari: översiktsplanering och tillgänglighet",
             "<html><body><h1>Planeringsnytt</h1><p>I detta nummer: nya vägledningar om översiktsplanering, "
             "ett webbinarium om planeringsstrategier 10 mars och tips om hur kommuner kan arbeta med "
             "tillgänglighet.</p><p><a href=\"https://www.boverket.se/\">Läs mer</a></p>"
             "<p style=\"font-size:10px\">Du får detta mejl för att du prenumererar. "
             "<a href=\"https://www.boverket.se/avregistrera\">Avsluta prenumeration</a></p></body></html>",
             X("auto_reply"),
             "newsletter with planning vocabulary and a date", html=True),

        tg("am167", "2027-02-08T12:12", "Lina Forsberg", 5901123476,
           "Hi! Jag heter Lina Forsberg, Malung-Sälen. Sign me up for all 4 pls 🙏",
           X("register", [P("Lina Forsberg", None, "Malung-Sälens kommun")], ALL),
           "mixed language, 'all 4'"),

        mail("am168", "2027-02-10T17:35", ("Olsson, Per", "per.olsson@ludvika.se"),
             "SV: Bekräftelse DalaLab",
             "Avanmäl mig från 3 maj tack, krock med KF. Resten gäller.\n\nSkickat från min iPhone",
             X("cancel", [P("Per Olsson", "per.olsson@ludvika.se", "Ludvika kommun")], [S1]),
             "'Efternamn, Förnamn' From, one session cancelled, iso-8859-1", charset="iso-8859-1"),

        tg("am169", "2027-02-12T09:21", "Bengt Alm", 6587702231,
           "Hej! Anmäler våra två planerare Ida Sund och Mats Krantz till alla träffar. Själv har jag inte "
           "möjlighet. Bengt, samhällsbyggnadschef Rättvik",
           X("register", [P("Ida Sund", None, "Rättviks kommun"), P("Mats Krantz", None, "Rättviks kommun")], ALL),
           "manager registers two others, not himself"),

        tg("am170", "2027-02-15T22:03", "Tobias Engström", 5077312958,
           "hej anmäler mej till 21/9 o 29/11 //tobbe",
           X("register", [P("Tobias Engström", None, None)], [S2, S3]),
           "nickname sign-off, profile name used, no org"),

        mail("am171", "2027-02-17T12:48", ("Helena Brandt", "helena.brandt@mora.se"),
             "Ändring DalaLab",
             "Hej igen!\nJag vill byta från 21/9 till 29/11, så 3/5, 29/11 och 22/2 för mig.\nMvh Helena\n\n"
             "Skickat från Outlook för Android",
             X("change", [P("Helena Brandt", "helena.brandt@mora.se", "Mora kommun")], [S1, S3, S4]),
             "swap with the full after-state stated"),

        tg("am172", "2027-02-19T16:30", "Moa Blom", 6811094407,
           "köp mjölk på vägen hem 🥛❤️",
           X("unknown"),
           "message sent to the wrong chat"),

        mail("am173", "2027-02-22T10:00", ("Siljan Möten AB", "info@siljanmoten.se"),
             "Konferenslokal i Falun till ert nästa event?",
             "Hej!\nVi såg att ni planerar träffar i Falun under 2027. Vi erbjuder konferenslokaler för 10-120 "
             "personer med fika och lunch från 495 kr/person.\nHör av dig så skickar vi en offert!\n\n"
             "Jonas\nSiljan Möten AB\n023-77 88 10",
             X("unknown"),
             "sales pitch mentioning Falun, fika and lunch"),

        tg("am174", "2027-03-01T08:17", "Maria Östlund", 5620934471,
           "hej linnea det är maria från älvdalen jag undrar om sista anmälningsdag är fjortonde april frågetecken",
           X("question"),
           "voice dictation question about deadline"),

        mail("am175", "2027-03-03T14:09", ("Gunnar Sjö", "gunnar.sjo@hedemora.se"),
             "GDPR",
             "Hej.\nEnligt GDPR vill jag att ni raderar alla uppgifter ni har om mig. Jag kommer inte att delta.\n"
             "Gunnar Sjö\nHedemora kommun\n\nSkickat från min iPhone",
             X("erasure", [P("Gunnar Sjö", "gunnar.sjo@hedemora.se", "Hedemora kommun")]),
             "erasure request, iso-8859-1", charset="iso-8859-1"),

        tg("am176", "2027-03-08T11:34", "Jenny Mattsson", 7255018830,
           "jag kan inte 22/2, min kollega Elin Strand tar min plats 👍 (avesta)",
           X("change", [P("Jenny Mattsson", None, "Avesta kommun"), P("Elin Strand", None, "Avesta kommun")], [S4]),
           "substitution for the last session via telegram"),

        mail("am177", "2027-03-15T07:52", ("Rikard Holm", "rikard.holm@lansstyrelsen.se"),
             "Re: Inbjudan DalaLab 2027-2028",
             "<html><body><div>Sign up: Rikard Holm &amp; Tove Ahlberg, Länsstyrelsen, träff 1+3.</div>"
             "<div>/Rikard</div><div><br></div><div>Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a></div>"
             "<hr><pre>" + OUTLOOK_HDR + INVITE + "</pre></body></html>",
             X("register", [P("Rikard Holm", "rikard.holm@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                            P("Tove Ahlberg", None, "Länsstyrelsen Dalarna")], [S1, S3]),
             "Outlook iOS HTML one-liner above unprefixed quoted invitation, 'träff 1+3'", html=True),

        tg("am178", "2027-03-22T15:05", "Oskar Hägg", 5348820017,
           "Kommer det finnas en digital länk för 21.9 om man inte kan åka?",
           X("question"),
           "question about remote link for one date"),

        mail("am179", "2027-03-29T09:45", ("Hanna Svensson", "hanna.svensson@ludvika.se"),
             "Automatic reply: DalaLab",
             "Thank you for your email. I am out of office until April 6 with limited access to email.\n\n"
             "Hanna Svensson\nLudvika kommun",
             X("auto_reply"),
             "English out-of-office"),

        tg("am180", "2027-04-07T18:51", "Rasmus Eklund", 6017723395,
           "anmäl mig till 3 maj och 22 feb. nej vänta, bara 22 feb 🙈 jobbar i falun",
           X("register", [P("Rasmus Eklund", None, "Falu kommun")], [S4]),
           "self-correction in the same message, close to the deadline"),
    ]
