"""Theme "phone" (au136–au180): what arrives from phones.

Telegram messages to the bot (about two thirds) and short mobile e-mails ("Skickat från min iPhone"): lower
case, emoji, typos, voice-dictation slips, nicknames as display names, one-liners above a quoted invitation,
follow-ups to an earlier chat message, English and mixed Swedish/English, dates written every way, short
questions and cancellations, plus the out-of-office replies, bounces, receipts, newsletters and scams that any
registration address gets.
"""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401

INVITE = """\
> Från: Hassis Linnea <linnea.hassis@regiondalarna.se>
> Skickat: den {sent}
> Ämne: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft
>
> Hej!
>
> Välkommen att delta i DalaLab, ett lärprojekt om strategisk
> översiktsplanering för kommunala och regionala planerare i Dalarna.
> Vi ses vid fyra tillfällen:
>
>   3 maj 2027, Falun (fika från 09.30, start 10.00)
>   21 september 2027
>   29 november 2027
>   22 februari 2028
>
> Varje kommun kan delta med upp till tre personer. Anmäl dig senast
> 14 april 2027 till linnea.hassis@regiondalarna.se och ange eventuell
> specialkost.
>
> Hälsningar
> Linnea Hassis
> Region Dalarna
"""


def messages():
    return [
        tg("au136", "2026-12-03T07:41", "Jonna L", 581203447,
           "hej! vill anmäla mig till dalalab 😊 alla fyra gångerna. Jonna Lidström, rättviks kommun. "
           "jonna.lidstrom@rattvik.se",
           X("register", [P("Jonna Lidström", "jonna.lidstrom@rattvik.se", "Rättviks kommun")], ALL),
           "lower-case telegram signup, all sessions, address in text"),

        tg("au137", "2026-12-03T07:44", "Jonna L", 581203447,
           "glömde: min kollega petter åhs vill också med 🙏",
           X("register", [P("Petter Åhs", None, None)], ALL, unsure=["organisation"]),
           "follow-up chat message adding a colleague; organisation not in this message"),

        tg("au138", "2026-12-09T16:12", "Mats Ek", 402918311,
           "Hej det här är Mats Ek från Borlänge kommun jag vill anmäla mig till Dala labb träffen den tredje maj "
           "och den tjugoförsta september tack",
           X("register", [P("Mats Ek", None, "Borlänge kommun")], [S1, S2]),
           "voice dictation: no punctuation, dates as ordinal words, 'Dala labb'"),

        mail("au139", "2026-12-10T21:37", ("Anna Grönvall", "anna.gronvall@hedemora.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "Jag är med! 🙋‍♀️\n/Anna\n\nSkickat från min iPhone\n\n"
             + INVITE.format(sent="8 december 2026 10:02"),
             X("register", [P("Anna Grönvall", "anna.gronvall@hedemora.se", "Hedemora kommun")], ALL),
             "iPhone one-liner above quoted invitation listing all dates; organisation from domain"),

        tg("au140", "2026-12-14T12:05", "Sarah", 733410928,
           "hi! can I sign up for the sessions in september and november? "
           "Sarah Lindqvist-Brown, Länsstyrelsen, sarah.lindqvist-brown@lansstyrelsen.se",
           X("register", [P("Sarah Lindqvist-Brown", "sarah.lindqvist-brown@lansstyrelsen.se",
                            "Länsstyrelsen Dalarna")], [S2, S3]),
           "English telegram signup, months only, hyphenated surname"),

        tg("au141", "2026-12-15T11:58", "Bosse", 219384756,
           "blir det lunch? 🍝",
           X("question"),
           "one-line question with emoji"),

        tg("au142", "2027-01-07T08:20", "Karl-Johan Nyström", 655102983,
           "hej, måste tyvärr avanmäla mig från 21/9 😞 /Kalle",
           X("cancel", [P("Karl-Johan Nyström", None, None)], [S2]),
           "cancel one session, d/m date, signed with nickname; name from display name"),

        mail("au143", "2027-01-08T06:55", ("Eva Sundin", "eva.sundin@mora.se"),
             "DalaLab 29/11",
             "Hej Linnea,\nkan tyvärr inte komma 29/11, det krockar med kommunfullmäktige. "
             "Stryk mig från den träffen, resten står kvar.\nMvh Eva\n\nSkickat från min iPhone",
             X("cancel", [P("Eva Sundin", "eva.sundin@mora.se", "Mora kommun")], [S3]),
             "short mobile cancel of one session, iso-8859-1",
             charset="iso-8859-1"),

        tg("au144", "2027-01-11T19:30", "Lotta 🌸", 390017625,
           "hej! Charlotta Berg heter jag på riktigt haha 😅 anmäler mig till alla träffar. "
           "äter vegetariskt 🌱 charlotta.berg@leksand.se",
           X("register", [P("Charlotta Berg", "charlotta.berg@leksand.se", "Leksands kommun", diet="vegetariskt")],
             ALL, diet="vegetariskt"),
           "nickname display name, real name in text, diet with emoji"),

        tg("au145", "2027-01-12T13:14", "Hanna Ö", 812736450,
           "hur många från samma kommun får åka?",
           X("question"),
           "short quota question"),

        tg("au146", "2027-01-15T09:03", "Oskar Dahl", 267490183,
           "kan jag byta från 3 maj till 22 feb istället?",
           X("change", [P("Oskar Dahl", None, None)], [S4]),
           "bare swap phrased as a question: only the new session"),

        tg("au147", "2027-01-18T15:47", "Tomasz W.", 548120937,
           "Hi! Jag är ny på Avesta kommun 🙂 is DalaLab only for planners or can GIS folks join too? "
           "jobbar mest med kartor",
           X("question"),
           "mixed Swedish/English question about who may attend; no signup"),

        mail("au148", "2027-01-19T10:22", ("Ulf Borg", "ulf.borg@gagnef.se"),
             "Automatiskt svar: DalaLab – anmälan",
             "Tack för ditt meddelande.\n\nJag är ledig till och med 31 januari och läser inte e-post. "
             "Vid brådskande ärenden, ring växeln 0241-150 00.\n\nUlf Borg\nSamhällsbyggnad, Gagnefs kommun",
             X("auto_reply"),
             "out-of-office reply with phone number and signature"),

        mail("au149", "2027-01-19T10:23", ("Mail Delivery System", "mailer-daemon@regiondalarna.se"),
             "Undeliverable: Re: DalaLab",
             "Delivery has failed to these recipients or groups:\n\n"
             "jonas.holm@smedjeback.se\n"
             "The email address you entered couldn't be found. Please check the recipient's email address "
             "and try to resend the message.\n\n"
             "Diagnostic information for administrators:\n"
             "Remote Server returned '550 5.1.1 <jonas.holm@smedjeback.se>: Recipient address rejected'\n",
             X("auto_reply"),
             "bounce for a mistyped colleague address"),

        mail("au150", "2027-01-21T03:12", ("PostNord", "no-reply@postnord-sparning.info"),
             "Ditt paket väntar – bekräfta leveransavgift",
             "<html><body><p><b>Ditt paket kunde inte levereras.</b></p>"
             "<p>En tullavgift på 19 kr återstår. Bekräfta betalning inom 24 timmar, annars returneras "
             "försändelsen.</p><p><a href=\"http://postnord-sparning.info/betala\">Betala nu</a></p>"
             "</body></html>",
             X("unknown"),
             "parcel-fee phishing, HTML", html=True),

        tg("au151", "2027-01-25T18:40", "Johanna Ek", 931847205,
           "hej kan ni ta bort mina uppgifter? har slutat på kommunen och ska inte vara med längre",
           X("erasure", [P("Johanna Ek", None, None)], []),
           "erasure request by chat, name from display name"),

        mail("au152", "2027-01-27T07:58", ("Per Wikström", "per.wikstrom@ludvika.se"),
             "DalaLab",
             "Hej Linnea! Anmäler Lisa Bergkvist och Omar Haddad från oss till alla fyra. "
             "Själv hinner jag tyvärr inte.\n/Per\n\nSkickat från min iPhone",
             X("register", [P("Lisa Bergkvist", None, "Ludvika kommun"), P("Omar Haddad", None, "Ludvika kommun")],
               ALL),
             "sender registers two colleagues, not himself; organisation from sender domain"),

        tg("au153", "2027-02-01T12:31", "maria j", 164029387,
           "anmäler mig till dalalabb 3/5 å 21/9, glutenfri. maria jonsson orsa kommun",
           X("register", [P("Maria Jonsson", None, "Orsa kommun", diet="glutenfri")], [S1, S2], diet="glutenfri"),
           "typos ('å', 'dalalabb'), lower-case name, d/m dates, diet"),

        mail("au154", "2027-02-02T17:09", ("Daniel Okafor", "daniel.okafor@borlange.se"),
             "sign up",
             "Hi Linnea, I'd like to register for May 3rd and Feb 22. Thanks, Daniel\n\nSent from my iPhone",
             X("register", [P("Daniel Okafor", "daniel.okafor@borlange.se", "Borlänge kommun")], [S1, S4]),
             "short English mobile mail, two sessions, organisation from domain"),

        tg("au155", "2027-02-03T08:15", "Björn", 702384916,
           "Hedlund, Björn – Säter. Anmäler mig till höstens träffar",
           X("register", [P("Björn Hedlund", None, "Säters kommun")], [S2, S3]),
           "'Efternamn, Förnamn', autumn sessions (plural)"),

        mail("au156", "2027-02-04T13:26", ("Sofia Mäkinen", "sofia.makinen@falun.se"),
             "Re: DalaLab – bekräftelse",
             "Hej, jag är anmäld till alla fyra träffarna – lägg till att jag är laktosintolerant. Tack!\n"
             "Sofia\n\nSkickat från Outlook för Android",
             X("change", [P("Sofia Mäkinen", "sofia.makinen@falun.se", "Falu kommun", diet="laktosintolerant")],
               ALL, diet="laktosintolerant"),
             "diet added to an existing booking from an Android phone"),

        tg("au157", "2027-02-05T20:02", "Malin Ström", 845029173,
           "Malin här från Vansbro. jag kan inte 29 nov, min kollega Henrik Sjöberg går istället! "
           "hans mejl är henrik.sjoberg@vansbro.se",
           X("change", [P("Malin Ström", None, "Vansbro kommun"),
                        P("Henrik Sjöberg", "henrik.sjoberg@vansbro.se", "Vansbro kommun")], [S3]),
           "substitution for one session by chat"),

        tg("au158", "2027-02-06T22:48", "+46 73 551 20 98", 517392046,
           "Hej mamma! Jag har tappat min telefon, detta är mitt nya nummer. Kan du swisha 2 400 kr till en "
           "kompis, jag betalar tillbaka i morgon ❤️",
           X("unknown"),
           "'hej mamma' phone scam sent to the bot"),

        tg("au159", "2027-02-08T04:17", "Crypto Profit 💰", 600128374,
           "💰💰 Tjäna 5000 kr/dag hemifrån med krypto! Inga förkunskaper krävs. Skriv till @invest_pro_se NU 🚀",
           X("unknown"),
           "crypto spam on Telegram"),

        mail("au160", "2027-02-09T09:15", ("Kent Åberg", "kent.aberg@hedemora.se"),
             "Läst: DalaLab – anmälan",
             "Ditt meddelande\n\n  Till: Kent Åberg\n  Ämne: DalaLab – anmälan\n  Skickat: den 8 februari 2027 15:40\n\n"
             "lästes den 9 februari 2027 09:14.",
             X("auto_reply"),
             "read receipt"),

        tg("au161", "2027-02-10T12:44", "Ida", 379201845,
           "måste man gå på alla fyra eller kan man välja? 🤷‍♀️",
           X("question"),
           "question whether sessions can be chosen"),

        tg("au162", "2027-02-12T16:30", "Fredrik Olsson", 281930475,
           "hej, jag måste avanmäla mig helt från dalalab, byter jobb i vår. Tack ändå! //Fredrik, Smedjebacken",
           X("cancel", [P("Fredrik Olsson", None, "Smedjebackens kommun")], ALL),
           "cancel everything, no sessions named"),

        tg("au163", "2027-02-15T07:52", "Eva-Lena Skoog", 724018396,
           "hej linnea det är eva-lena från leksand jag ska anmäla mig och min kollega jörgen pettersson till "
           "den första träffen i maj punkt vi är båda vegetarianer punkt",
           X("register", [P("Eva-Lena Skoog", None, "Leksands kommun", diet="vegetarianer"),
                          P("Jörgen Pettersson", None, "Leksands kommun", diet="vegetarianer")],
             [S1], diet="vegetarianer"),
           "dictated message with spoken 'punkt', two people, shared diet, 'första träffen i maj'"),

        tg("au164", "2027-02-16T10:10", "Ahmed Yusuf", 905728134,
           "jag är anmäld till 3 maj men vill lägga till 29 november också",
           X("change", [P("Ahmed Yusuf", None, None)], [S1, S3]),
           "add a session to an existing booking: sessions after the change"),

        mail("au165", "2027-02-17T06:00", ("Boverket", "nyhetsbrev@boverket.se"),
             "Boverkets nyhetsbrev – februari 2027",
             "<html><body><h2>Nyheter från Boverket</h2><ul>"
             "<li>Ny vägledning om översiktsplanens utvecklingsinriktning</li>"
             "<li>Webbinarium 9 mars: digitala detaljplaner</li></ul>"
             "<p><small>Du får detta nyhetsbrev eftersom du prenumererar. "
             "<a href=\"https://www.boverket.se/avregistrera\">Avregistrera</a></small></p></body></html>",
             X("unknown"),
             "newsletter on a related topic, HTML", html=True),

        tg("au166", "2027-02-18T14:21", "Sanna", 458201736,
           "när är träff 3? 🤔",
           X("question"),
           "question about a session's date"),

        tg("au167", "2027-02-22T09:36", "Nils Lundgren", 137028495,
           "kan jag gå v.38 och v.48? / Nils Lundgren, Region Dalarna",
           X("register", [P("Nils Lundgren", None, "Region Dalarna")], [S2, S3]),
           "signup by week numbers, phrased as a question"),

        mail("au168", "2027-02-24T18:05", ("Roger Halvarsson", "roger.halvarsson@malung-salen.se"),
             "anmälan dalalab",
             "Hej! Jag o Gunilla Persson anmäler oss till alla träffar. Jag är glutenfri.\n/Roger\n\n"
             "Skickat från min iPhone",
             X("register", [P("Roger Halvarsson", "roger.halvarsson@malung-salen.se", "Malung-Sälens kommun",
                              diet="glutenfri"),
                            P("Gunilla Persson", None, "Malung-Sälens kommun")], ALL, diet="glutenfri"),
             "sender plus colleague, diet for the sender only"),

        tg("au169", "2027-03-01T11:11", "Liam O'Connor", 682019374,
           "sorry, can't make it on 21.9 after all 😕 still coming to the others though!",
           X("cancel", [P("Liam O'Connor", None, None)], [S2]),
           "English cancel of one session, d.m date"),

        tg("au170", "2027-03-02T17:58", "Ronja", 294017386,
           "hej! har ni öppet på lördag? vill boka bord för 4 kl 19",
           X("unknown"),
           "message meant for a restaurant"),

        mail("au171", "2027-03-03T08:01", ("Lena Dahlberg", "lena.dahlberg@orsa.se"),
             "Automatiskt svar: Re: DalaLab anmälan",
             "Hej!\nTack för ditt mejl. Jag är föräldraledig och läser inte min e-post. "
             "Kontakta i stället plan@orsa.se eller 0250-552 00.\n\nLena Dahlberg\nPlanarkitekt | Orsa kommun",
             X("auto_reply"),
             "parental-leave auto reply"),

        tg("au172", "2027-03-04T21:15", "Emma K", 503928174,
           "Please delete all my personal data from your registration list (GDPR). "
           "Kind regards, Emma Karlsson, emma.karlsson@falun.se",
           X("erasure", [P("Emma Karlsson", "emma.karlsson@falun.se", "Falu kommun")], []),
           "English erasure request with address in text"),

        tg("au173", "2027-03-08T07:25", "Jessica Wahlberg", 770192834,
           "kan nog inte 22/2 ändå… kan nån annan från Hedemora ta min plats? återkommer med namn",
           X("cancel", [P("Jessica Wahlberg", None, "Hedemora kommun")], [S4], unsure=["change-or-cancel"]),
           "tentative withdrawal, substitute not named yet"),

        tg("au174", "2027-03-09T12:40", "Göran M", 318204795,
           "vi är fyra från mora som vill gå, går det?",
           X("question"),
           "quota question, nobody named"),

        mail("au175", "2027-03-10T22:03", ("Karin Östlund", "karin.ostlund@alvdalen.se"),
             "Re: Inbjudan DalaLab – Planering för hållbarhet och utvecklingskraft",
             "<html><body><div dir=\"auto\">Jag vill gärna vara med på träffen om tillgänglighet! /Karin</div>"
             "<div dir=\"auto\"><br>Skickat från min iPhone</div>"
             "<blockquote type=\"cite\"><div>Välkommen att delta i DalaLab. Vi ses vid fyra tillfällen: "
             "3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028. "
             "Anmäl dig senast 14 april 2027.</div></blockquote></body></html>",
             X("register", [P("Karin Östlund", "karin.ostlund@alvdalen.se", "Älvdalens kommun")], [S4]),
             "HTML iPhone reply naming a session by its theme above the quoted dates", html=True),

        tg("au176", "2027-03-15T15:33", "Cecilia", 146820937,
           "anmäler mig: Cecilia von Platen, länsstyrelsen, cecilia.vonplaten@lansstyrelsen.se — "
           "alla tillfällen utom februari",
           X("register", [P("Cecilia von Platen", "cecilia.vonplaten@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
             [S1, S2, S3]),
           "name with particle, all sessions except one"),

        mail("au177", "2027-03-18T12:12", ("Hampus Lind", "hampus.lind@avesta.se"),
             "Anmälan?",
             "hej, har ni fått min anmälan? skickade ett mejl för ett tag sen men har inte fått nån bekräftelse\n"
             "/Hampus\n\nSkickat från min iPhone",
             X("question"),
             "mobile follow-up asking whether an earlier signup arrived"),

        tg("au178", "2027-03-22T08:48", "Alva Nord", 492038176,
           "hej! jag vill anmäla mig till den 29:e nov. nötallergi!! /Alva, Gagnef",
           X("register", [P("Alva Nord", None, "Gagnefs kommun", diet="nötallergi")], [S3], diet="nötallergi"),
           "'den 29:e nov', allergy, organisation as place name"),

        tg("au179", "2027-03-29T13:57", "Tove 🏔", 836102945,
           "hallå! tove hammar, älvdalen 👋 skriv upp mig på alla dalalab-träffarna tack. "
           "tove.hammar@alvdalen.se",
           X("register", [P("Tove Hammar", "tove.hammar@alvdalen.se", "Älvdalens kommun")], ALL),
           "emoji nickname, lower-case name in text, all sessions"),

        mail("au180", "2027-04-02T09:40", ("Mail Delivery Subsystem", "postmaster@mora.se"),
             "Delivery Status Notification (Delay)",
             "This is an automatically generated Delivery Status Notification.\n\n"
             "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
             "Delivery to the following recipients has been delayed:\n\n     goran.moberg@mora.se\n\n"
             "Message will be retried for 2 more day(s)\n",
             X("auto_reply"),
             "delayed-delivery notification"),
    ]
