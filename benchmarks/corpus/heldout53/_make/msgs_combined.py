"""Writer "combined" (bd091–bd135): messages that carry more than one thing, as real mail does — a signup plus a
question, a swap of one session for another, a diet change plus a new colleague, a substitution, a signup that asks to
drop an old address, a P.S. that changes the signup, colleagues with different sessions each, a cancellation plus an
erasure, a question that looks like a change, an answer to the organiser's question plus a new request — and, for the
mix, automatic replies, a misdirected internal mail, a newsletter and spam that also look like two things at once."""
from build import P, X, mail, tg, S1, S2, S3, S4, ALL  # noqa: F401


def messages():
    return [
        mail("bd091", "2026-12-02T08:47", ("Helena Strömberg", "helena.stromberg@hedemora.se"), "Anmälan DalaLab",
             """Hej Linnea!

Tack för inbjudan. Jag vill gärna anmäla mig till DalaLab – hela lärprojektet, alltså alla fyra träffarna.

En fråga bara: kommer presentationerna och eventuellt material att delas efteråt? Min kollega Jesper är
föräldraledig fram till sommaren och skulle gärna ta del av det som sägs på första träffen.

Vänliga hälsningar

Helena Strömberg
Översiktsplanerare
Samhällsbyggnadsförvaltningen
Hedemora kommun
Box 101, 776 28 Hedemora
Tfn 0225-341 67, mobil 070-318 22 90
""",
             X("register", [P("Helena Strömberg", "helena.stromberg@hedemora.se", "Hedemora kommun")], ALL),
             "signup + question about shared material: register, question noted for the reply; 'alla fyra' = all; "
             "colleague Jesper (on leave) is only mentioned, not registered"),

        mail("bd092", "2027-02-15T13:22", ("Granlund Tobias", "tobias.granlund@avesta.se"), "SV: Bekräftelse – DalaLab",
             """Hej,

Jag behöver ändra min anmälan. 21 september krockar med ett KF-sammanträde där jag ska föredra ÖP-samrådet,
så stryk mig från den träffen. Lägg gärna till 29 november i stället.

3 maj gäller som förut.

Mvh
Tobias Granlund
Planarkitekt, Avesta kommun
0226-64 51 38

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Skickat: den 4 februari 2027 10:12
Till: Granlund Tobias <tobias.granlund@avesta.se>
Ämne: Bekräftelse – DalaLab

Hej Tobias!

Tack för din anmälan. Du är anmäld till följande träffar:
- 3 maj 2027, Falun
- 21 september 2027

Välkommen!
Linnea Hassis
Region Dalarna
""",
             X("change", [P("Tobias Granlund", "tobias.granlund@avesta.se", "Avesta kommun")], [S1, S3]),
             "drop 21/9, add 29/11, '3 maj gäller som förut' stated -> sessions after the change = 3/5 + 29/11; "
             "quoted confirmation lists the old sessions; surname-first display name"),

        mail("bd093", "2027-01-18T10:05", ("Linda Öberg", "linda.oberg@borlange.se"), "Kost + en till från Borlänge",
             """Hej!

Två saker gällande DalaLab:

1. Jag har fått diagnosen celiaki sedan jag anmälde mig, så jag behöver glutenfri kost. Kan du lägga in det på
min anmälan?

2. Min kollega Maja Persson (maja.persson@borlange.se) vill också vara med. Hon går på samma träffar som jag,
alltså maj och september.

Tack på förhand!

Linda Öberg
Strateg, Stadsbyggnadsförvaltningen
Borlänge kommun
""",
             X("register", [P("Linda Öberg", "linda.oberg@borlange.se", "Borlänge kommun", diet="glutenfri"),
                            P("Maja Persson", "maja.persson@borlange.se", "Borlänge kommun")], [S1, S2],
               diet="glutenfri"),
             "diet update for the sender + a new colleague: labelled register (the colleague's signup is the new "
             "record; Linda's existing one gets the diet, so she is among people too); 'samma träffar som jag, "
             "alltså maj och september' = 3/5 + 21/9; diet is Linda's"),

        mail("bd094", "2027-03-02T15:40", ("Ida Mårtensson", "ida.martensson@ludvika.se"), "Byte av deltagare DalaLab",
             """Hej Linnea,

Jag har fått en ny tjänst i Borås och slutar i Ludvika sista mars, så jag kan tyvärr inte delta i DalaLab.

Min efterträdare som översiktsplanerare, Sven Halvarsson, tar över min plats på samtliga träffar. Hans adress
är sven.halvarsson@ludvika.se. Han har inga särskilda kostönskemål vad jag vet.

Tack för allt och lycka till med projektet!

Ida Mårtensson
Översiktsplanerare | Ludvika kommun
Tel 0240-86 2 45
""",
             X("change", [P("Ida Mårtensson", "ida.martensson@ludvika.se", "Ludvika kommun"),
                          P("Sven Halvarsson", "sven.halvarsson@ludvika.se", "Ludvika kommun")], ALL),
             "cancels herself and names a successor who takes her place: substitution -> change, both people; "
             "'samtliga träffar' = all four for Sven; Borås is not an organisation of the event"),

        mail("bd095", "2026-12-09T11:12", ("Anna-Karin Berg", "anna-karin.berg@leksand.se"),
             "Anmälan DalaLab + gammal adress",
             """Hej!

Jag vill anmäla mig till DalaLab, träffarna 21/9 och 29/11.

Inbjudan kom till min gamla jobbadress i Gagnef (anna-karin.berg@gagnef.se). Jag jobbar sedan i höstas på
Leksands kommun, så ni kan ta bort den gamla adressen ur era utskickslistor – den stängs vid årsskiftet.
Använd den här i stället.

Hälsningar
Anna-Karin Berg
Planeringsarkitekt
Leksands kommun, Samhällsbyggnad
Box 300, 793 27 Leksand
""",
             X("register", [P("Anna-Karin Berg", "anna-karin.berg@leksand.se", "Leksands kommun")], [S2, S3]),
             "signup + ask to drop an old address: register with the new address; removing the old Gagnef address "
             "from the mailing list is noted, not an erasure and not a second person; organisation Leksand, not Gagnef"),

        mail("bd096", "2027-01-11T16:58", ("Lovisa Ersson", "lovisa.ersson@alvdalen.se"), "Anmälan",
             """Hej,

Jag anmäler mig härmed till DalaLab, alla fyra träffarna. Inga allergier.

Mvh Lovisa Ersson
Samhällsplanerare, Älvdalens kommun
0251-310 00 (vx)

PS. Såg nu i kalendern att 22 februari 2028 krockar med vår budgetdag, så räkna bort den träffen. De tre första
blir bra!
""",
             X("register", [P("Lovisa Ersson", "lovisa.ersson@alvdalen.se", "Älvdalens kommun")], [S1, S2, S3]),
             "signup for 'alla fyra' corrected by a P.S. after the signature: without 22/2 -> the first three; "
             "'Inga allergier' is no diet"),

        tg("bd097", "2027-02-03T20:14", "Jonas Edlund", "6120448391",
           """Hej! Anmäler mig och Lisa Wennberg, vi är båda från Orsa kommun. jag tar maj och september, Lisa tar bara november 👍""",
           X("register", [P("Jonas Edlund", None, "Orsa kommun"), P("Lisa Wennberg", None, "Orsa kommun")],
             [S1, S2, S3]),
           "two colleagues with different sessions: Jonas 3/5 + 21/9, Lisa 29/11; message-level sessions are the "
           "union; name of the sender from the display name"),

        mail("bd098", "2027-03-09T09:31", ("Karolina Dufva", "karolina.dufva@mora.se"), "Ändring – 21 september",
             """Hej Linnea!

Erik Westin kan inte komma på träffen den 21 september eftersom han ska på en GIS-utbildning i Stockholm den
veckan. Vi har pratat ihop oss och jag går i stället för honom den gången. Erik är kvar på de övriga träffarna.

Jag har inga kostönskemål.

Hälsningar
Karolina Dufva
Planeringsstrateg
Mora kommun
""",
             X("change", [P("Erik Westin", None, "Mora kommun"),
                          P("Karolina Dufva", "karolina.dufva@mora.se", "Mora kommun")], [S2]),
             "one colleague out for one session, the sender goes in his stead: substitution -> change, both people, "
             "sessions = what the substitute takes (21/9); Erik keeps his other sessions"),

        mail("bd099", "2027-02-22T19:05", ("Viktoria Sahlén", "viktoria.sahlen@gagnef.se"),
             "Avanmälan och radering av uppgifter",
             """Hej,

Jag vill avanmäla mig från DalaLab, alla träffar. Samtidigt begär jag att ni raderar de personuppgifter ni har
om mig i samband med anmälan (namn, e-post, telefonnummer och uppgiften om min allergi).

Bekräfta gärna när det är gjort.

Viktoria Sahlén
Gagnefs kommun
""",
             X("erasure", [P("Viktoria Sahlén", "viktoria.sahlen@gagnef.se", "Gagnefs kommun")]),
             "cancellation + erasure request: erasure (deleting her data ends the signup too); sessions none "
             "for an erasure; 'allergi' is no diet to record"),

        tg("bd100", "2027-01-25T12:10", "Mikaela Rosén", "5403318876",
           """hej! jag är anmäld till maj-träffen. om det skulle krocka, kan jag byta till november då? vet inte än om jag får ledigt, så ingen ändring nu""",
           X("question"),
           "looks like a change but is a hypothetical ('om det skulle krocka', 'ingen ändring nu') -> question, "
           "no sessions"),

        tg("bd101", "2027-03-17T07:48", "Kristoffer Alm", "1287740556",
           """Hej Linnea! Kan jag byta från 3 maj till 29 november? Det har blivit krock med en förhandling. /Kristoffer, Hedemora kommun""",
           X("change", [P("Kristoffer Alm", None, "Hedemora kommun")], [S3]),
           "'Kan jag byta' with a concrete reason is a polite request, not a hypothetical -> change; bare swap "
           "gives only the new session (29/11)"),

        mail("bd102", "2027-02-08T14:30", ("Rickard Nord", "rickard.nord71@gmail.com"), "Re: Din anmälan till DalaLab",
             """Hej Linnea,

Smedjebackens kommun, jag jobbar på bygg- och miljöavdelningen med detaljplaner och ÖP. Använde privata
mejlen av misstag.

Passar på att anmäla min kollega Hugo Lind också, hugo.lind@smedjebacken.se. Han vill gå på samma träffar som
jag.

/Rickard

Den mån 8 feb. 2027 kl 09:02 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:
> Hej Rickard!
>
> Tack för din anmälan till 3 maj och 22 februari. Du skrev från en privat adress – vilken kommun eller
> organisation arbetar du på?
>
> Hälsningar
> Linnea
>
> Den sön 7 feb. 2027 kl 21:40 skrev Rickard Nord <rickard.nord71@gmail.com>:
>> Hej! Jag vill anmäla mig till DalaLab den 3 maj och den 22 februari. Mvh Rickard Nord
""",
             X("register", [P("Rickard Nord", "rickard.nord71@gmail.com", "Smedjebackens kommun"),
                            P("Hugo Lind", "hugo.lind@smedjebacken.se", "Smedjebackens kommun")], [S1, S4]),
             "answer to the organiser's question (organisation for a gmail signup) + a new colleague: register both; "
             "'samma träffar som jag' resolves through the quoted exchange to 3/5 + 22/2 (2028)"),

        mail("bd103", "2027-03-23T10:44", ("Åsa Pettersson", "asa.pettersson@falun.se"), "Avanmälan 21/9",
             """Hej!

Jag måste tyvärr avanmäla mig från träffen den 21 september – vi har en sedan länge bokad resa då. Övriga
träffar gäller som förut.

Blir det någon dokumentation från septemberträffen som man kan ta del av i efterhand? Temat om
utvecklingsinriktning är ju precis det vi håller på med i vår ÖP.

Tack och hälsningar
Åsa Pettersson
Översiktsplanerare
Falu kommun, Stadsbyggnadsförvaltningen
023-83 000
""",
             X("cancel", [P("Åsa Pettersson", "asa.pettersson@falun.se", "Falu kommun")], [S2]),
             "partial cancellation (21/9) + question about documentation: cancel, question noted; other sessions "
             "unchanged"),

        tg("bd104", "2027-04-01T08:20", "Tove Sandin", "7012984430",
           """hej! blev sjukskriven o kan inte komma 3 maj 😞 räknar med att vara med på resten. btw jag äter vegan numera, kan ni notera det till hösten? /Tove, Borlänge""",
           X("cancel", [P("Tove Sandin", None, "Borlänge kommun", diet="vegan")], [S1], diet="vegan"),
           "cancels 3 May and mentions a new diet for the rest: the action is the cancellation; the diet is "
           "stated so it is kept (for her later sessions)"),

        mail("bd105", "2027-01-07T10:15", ("Jens Hallgren", "jens.hallgren@malung-salen.se"),
             "Fråga om digitalt deltagande",
             """Hej Linnea,

Jag funderar på att anmäla mig till DalaLab men undrar först en sak: går det att delta digitalt på någon av
träffarna? Från Sälen är det drygt 20 mil till Falun, och i november kan vägarna vara besvärliga.

Min chef undrar också om det kostar något att delta, eller om det bara är resan vi står för.

Jag återkommer med anmälan när jag vet.

Mvh
Jens Hallgren
Planerare, Malung-Sälens kommun
0280-181 00
""",
             X("question"),
             "two questions before a signup ('funderar på', 'återkommer med anmälan') -> question, no people; "
             "'i november' is not a session request"),

        mail("bd106", "2027-02-25T16:02", ("Bengt Fors", "bengt.fors@avesta.se"), "Avanmälningar från Avesta",
             """Hej,

Två ändringar från oss på Avesta kommun:

– Emma Kvist (emma.kvist@avesta.se) kan inte delta alls i DalaLab i år, hon går på föräldraledighet i april.
Avanmäl henne från samtliga träffar.
– Rolf Jäder kan inte komma den 29 november men är kvar på de andra tre.

Jag söker en ersättare för Emma och återkommer om det blir någon.

Med vänlig hälsning
Bengt Fors
Planchef
Avesta kommun
0226-64 50 00
""",
             X("cancel", [P("Emma Kvist", "emma.kvist@avesta.se", "Avesta kommun"),
                          P("Rolf Jäder", None, "Avesta kommun")], ALL),
             "manager cancels two colleagues differently: Emma all four, Rolf only 29/11 (sessions = union); "
             "sender not in people; a replacement 'if any' later is no signup"),

        tg("bd107", "2027-03-04T18:40", "Linnéa Bodin", "6655102983",
           """hej, avanmäler mig från höstens träffar (sept o nov). maj och februari står kvar. behöver jag göra nåt mer? /Linnéa B, Gagnef""",
           X("cancel", [P("Linnéa Bodin", None, "Gagnefs kommun")], [S2, S3]),
           "partial cancellation of the autumn sessions (21/9 + 29/11) + a small question; 'maj och februari "
           "står kvar' are not cancelled"),

        mail("bd108", "2027-04-06T11:05", ("Martin Sjödin", "martin.sjodin@orsa.se"), "Avanmälan DalaLab",
             """Hej Linnea,

Jag måste tyvärr avanmäla mig från DalaLab. Jag har fått en tjänst på Länsstyrelsen i Uppsala och börjar där
den 1 maj.

Min tjänst utlyses nu; när det finns en efterträdare hör hen förhoppningsvis av sig till dig. Ni får gärna ha
kvar kommunens planeringsbrevlåda på utskickslistan.

Tack för ett fint upplägg!

Martin Sjödin
Orsa kommun
""",
             X("cancel", [P("Martin Sjödin", "martin.sjodin@orsa.se", "Orsa kommun")], ALL),
             "full cancellation (no session named -> all four) + a wish about the mailing list; a future unnamed "
             "successor is no signup; 'Länsstyrelsen i Uppsala' is his next employer, not Länsstyrelsen Dalarna"),

        mail("bd109", "2027-03-29T14:12", ("Eva Grönlund", "eva.gronlund@smedjebacken.se"), "Avanmälan Lars Brandt",
             """Hej!

Lars Brandt, som anmäldes till DalaLab i januari, har gått i pension vid månadsskiftet. Han ska därför
avanmälas från alla träffar.

Blir det någon avgift för att vi avanmäler honom så här sent? Fakturan i så fall till Smedjebackens kommun,
ref 4410, 777 81 Smedjebacken.

Vänligen
Eva Grönlund
Nämndsekreterare, Samhällsbyggnadsförvaltningen
Smedjebackens kommun
0240-660 00
""",
             X("cancel", [P("Lars Brandt", None, "Smedjebackens kommun")], ALL),
             "secretary cancels a retired colleague from all sessions + asks about a fee: cancel, question noted; "
             "sender not in people; 'ref 4410', postcode are not dates"),

        tg("bd110", "2027-04-09T16:25", "Sebastian Wåhlin", "5891207743",
           """Den i september gäller det, 21/9. Kim på vår enhet kanske vill ta platsen, jag frågar henne – hon hör av sig själv i så fall""",
           X("cancel", [P("Sebastian Wåhlin", None, None)], [S2]),
           "answer to the organiser's 'which session?' about his cancellation: 21/9; Kim (no surname, 'kanske') "
           "would register herself later -> not in people; no organisation in the text"),

        tg("bd111", "2027-01-20T21:03", "Niklas Berg", "4390017725",
           """Hej. Jag kommer inte att delta i DalaLab ändå, avanmäl mig. Och radera gärna allt ni har om mig (namn, nummer, matpreferenser). Tack""",
           X("erasure", [P("Niklas Berg", None, None)]),
           "cancellation + 'radera allt ni har om mig': erasure (covers the cancellation); the sender only, no "
           "organisation"),

        mail("bd112", "2027-03-12T09:50", ("Aisha Karlsson", "aisha.karlsson@lansstyrelsen.se"),
             "Begäran om radering – DalaLab",
             """Hej,

Jag avanmäler mig härmed från samtliga träffar i DalaLab och begär med stöd av artikel 17 i
dataskyddsförordningen att mina personuppgifter raderas.

Jag undrar också hur länge ni normalt sparar anmälningsuppgifter och om de delas med Boverket eller andra
medarrangörer.

Med vänlig hälsning
Aisha Karlsson
Handläggare, Samhällsbyggnadsenheten
Länsstyrelsen Dalarna
010-225 00 00
""",
             X("erasure", [P("Aisha Karlsson", "aisha.karlsson@lansstyrelsen.se", "Länsstyrelsen Dalarna")]),
             "cancellation + GDPR art. 17 erasure + questions about retention: erasure; the questions are noted"),

        tg("bd113", "2027-02-01T11:30", "Caroline Ahlström", "6011839452",
           """Hej! Om jag anmäler mig till maj nu, går det att lägga till höstens träffar senare när jag vet hur det blir med min tjänst? Vansbro kommun""",
           X("question", unsure=["intent"]),
           "conditional 'Om jag anmäler mig ... nu' about adding sessions later: a question; a careful organiser "
           "would answer and ask whether to register her for 3 May now"),

        tg("bd114", "2027-03-19T13:15", "Hanna Rydén", "2209458160",
           """Tack för bekräftelsen, fick den nu! Hur tar man sig enklast från resecentrum i Falun till lokalen? Och finns det laddplats för elbil?""",
           X("question"),
           "acknowledges a confirmation and asks two practical questions: question, nothing to register"),

        mail("bd115", "2027-01-14T15:20", ("Ulrika Nyström", "ulrika.nystrom@falun.se"), "Fyra från Falun?",
             """Hej Linnea,

Vi är fyra planerare på Falu kommun som gärna vill vara med i DalaLab, men jag ser att det är max tre per
kommun. Går det att dela på platserna, så att olika personer går på olika träffar – så länge vi aldrig är fler
än tre samtidigt?

Vi återkommer med namn och vilka träffar var och en tar när vi vet hur ni ser på det.

Vänliga hälsningar
Ulrika Nyström
Enhetschef Översiktsplanering
Falu kommun
""",
             X("question"),
             "quota question with an announced later signup ('återkommer med namn'): question, no people"),

        mail("bd116", "2027-03-16T06:02", ("Andreas Moberg", "andreas.moberg@mora.se"),
             "Automatiskt svar: Bekräftelse – DalaLab",
             """Tack för ditt meddelande.

Jag är föräldraledig till och med den 3 maj 2027 och läser inte min e-post under tiden.

Ärenden om detaljplaner: planering@mora.se eller växeln 0250-260 00.
Frågor om DalaLab kan skickas till min kollega Karolina Dufva, karolina.dufva@mora.se.

Vänliga hälsningar
Andreas Moberg
Mora kommun
""",
             X("auto_reply"),
             "Outlook out-of-office to a confirmation ('Automatiskt svar:'); '3 maj 2027' and a colleague's "
             "address are no signup"),

        mail("bd117", "2027-02-19T10:33", ("Mail Delivery System", "MAILER-DAEMON@regiondalarna.se"),
             "Olevererbart: Bekräftelse på din anmälan – DalaLab",
             """Leveransen misslyckades till följande mottagare:

    kalle.andersson@borlnge.se

Mottagarens domän kunde inte hittas (DNS-fel). Kontrollera att adressen är rätt stavad och försök igen.

Diagnostisk information för administratörer:
Genererande server: mx1.regiondalarna.se
Remote Server returned '550 5.4.1 Recipient address rejected: Domain not found'

Ursprungligt meddelande:

Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
Till: kalle.andersson@borlnge.se
Ämne: Bekräftelse på din anmälan – DalaLab
Datum: 19 februari 2027 10:32

Hej Kalle!

Tack för din anmälan. Du är anmäld till 3 maj och 29 november. Du frågade om lunch – ja, lunch ingår på alla
träffar, och vegetariskt alternativ finns.

Hälsningar
Linnea Hassis
Region Dalarna
""",
             X("auto_reply"),
             "bounce of a confirmation (mistyped domain); the returned text names a person, two sessions and "
             "'vegetariskt' -> nothing to act on as a signup"),

        mail("bd118", "2027-03-01T07:30", ("Gustav Mellin", "gustav.mellin@hedemora.se"), "ÖP-gruppen + DalaLab",
             """Hej Kent!

Bifogar minnesanteckningarna från ÖP-gruppen i fredags. Nästa möte blir efter påsk.

Angående DalaLab: jag tänkte att vi anmäler oss båda till alla träffarna, men vänta tills jag hunnit prata
med Birgitta om budgeten för resorna. Jag hör av mig.

/Gustav
""",
             X("unknown"),
             "misdirected internal mail addressed to Kent; 'tänkte att vi anmäler oss ... men vänta' is a plan, not "
             "a signup -> unknown"),

        mail("bd119", "2027-03-08T06:00", ("Planeringsnytt", "nyhetsbrev@planeringsnytt.se"),
             "Planeringsnytt 3/2027: ny PBL-vägledning och höstens konferenser",
             """PLANERINGSNYTT – nyhetsbrev för samhällsplanerare, nr 3/2027

I detta nummer:
• Boverket publicerar ny vägledning om planeringsstrategier
• 3 maj: Webbinarium om klimatanpassning i detaljplan – anmäl dig senast 14 april
• 21 september: Översiktsplaneringsdagen i Göteborg – early bird till 30 april
• Krönika: Varför behöver vi fler strateger i kommunerna?

Läs mer och anmäl dig på planeringsnytt.se/kalender

Du får detta nyhetsbrev eftersom du prenumererar på Planeringsnytt.
Avregistrera dig här: planeringsnytt.se/avregistrera
""",
             X("unknown"),
             "newsletter with other events on session-like dates, 'anmäl dig' and an unsubscribe line -> unknown"),

        tg("bd120", "2027-02-11T03:12", "Bonus Support ✅", "7945120036",
           """✅ Din registrering är bekräftad! Du har valts ut för en bonus på 0,5 BTC. Begränsat antal platser – svara JA senast idag och ange ditt kortnummer för verifiering.""",
           X("unknown"),
           "Telegram spam dressed as a registration confirmation -> unknown"),

        mail("bd121", "2026-12-14T09:12", ("Claire Whitfield", "claire.whitfield@lansstyrelsen.se"),
             "Registration – DalaLab",
             """Hi Linnea,

I'd like to register for the DalaLab sessions on 3 May and 29 November. My Swedish is still a work in
progress, so I hope it's fine that I write in English – I understand it well when spoken slowly!

Two practical questions: is there a hotel you would recommend close to the venue in Falun? I'll be coming from
Stockholm the evening before. And will the material be in Swedish only?

Best regards,
Claire Whitfield
Regional Development Officer
Länsstyrelsen Dalarna (County Administrative Board)
+46 10 225 01 37
""",
             X("register", [P("Claire Whitfield", "claire.whitfield@lansstyrelsen.se", "Länsstyrelsen Dalarna")],
               [S1, S3]),
             "English signup + two practical questions: register, questions noted; 3/5 + 29/11"),

        tg("bd122", "2027-01-28T17:45", "Mattias Blom", "3318820654",
           """Hej! Mattias Blom här, Vansbro kommun. Vill anmäla mig till träffen 21/9. En fråga: blir det vegetariskt alternativ till lunchen? Jag behöver vegetarisk kost""",
           X("register", [P("Mattias Blom", None, "Vansbro kommun", diet="vegetarisk")], [S2], diet="vegetarisk"),
           "signup + lunch question that also states his diet: register 21/9, diet 'vegetarisk'"),

        mail("bd123", "2027-02-10T13:05", ("Hampus Lidén", "hampus.liden@rattvik.se"), "Anmälan från Rättvik",
             """Hej!

Vi är tre från Rättviks kommun som vill vara med i DalaLab: jag, Sofie Lund och Mikael Eng. Sofie anmäler sig
själv eftersom hon har en del kostönskemål, men jag anmäler härmed mig och Mikael (mikael.eng@rattvik.se) till
alla fyra träffarna.

En fråga: om vår planeringspraktikant också vill följa med på en av träffarna, räknas hon då in i de tre
platserna?

Mvh
Hampus Lidén
Samhällsplanerare
Rättviks kommun
Storgatan 2, 795 30 Rättvik
""",
             X("register", [P("Hampus Lidén", "hampus.liden@rattvik.se", "Rättviks kommun"),
                            P("Mikael Eng", "mikael.eng@rattvik.se", "Rättviks kommun")], ALL),
             "signs up self + colleague for all four; Sofie 'anmäler sig själv' -> not in people; quota question "
             "about an unnamed trainee noted"),

        mail("bd124", "2027-03-03T08:55", ("Jessica Norling", "jessica.norling@ludvika.se"), "Anmälan till DalaLab",
             """<html><body><p>Hej Linnea,</p>
<p>Jag vill anm&auml;la mig till v&aring;rens tr&auml;ff och till den i februari 2028.</p>
<p>Jag undrar ocks&aring; om det g&aring;r bra att ta med en praktikant (studerar fysisk planering vid BTH) som
inte &auml;r anst&auml;lld hos oss?</p>
<p>Med v&auml;nliga h&auml;lsningar<br>Jessica Norling<br>Trafikplanerare<br>Ludvika kommun<br>0240-860 00</p>
</body></html>""",
             X("register", [P("Jessica Norling", "jessica.norling@ludvika.se", "Ludvika kommun")], [S1, S4]),
             "HTML-only signup + question: 'vårens träff' = 3 May (the only spring session), 'den i februari 2028' "
             "= 22 Feb; the unnamed trainee is a question, not a signup", html=True),

        tg("bd125", "2027-02-17T12:34", "Johanna Sköld", "1876502219",
           """Hej! Anmäl mig till 3 maj och 29 nov. Kan min kollega Ali Rahimi också komma på 3 maj? han är ny hos oss på Säters kommun 🙂""",
           X("register", [P("Johanna Sköld", None, "Säters kommun"), P("Ali Rahimi", None, "Säters kommun")],
             [S1, S3], unsure=["people"]),
           "signup + 'kan min kollega också komma på 3 maj?': most likely a request to register Ali for 3/5 (named, "
           "session given), but it may be asking permission -> unsure people; sessions union 3/5 + 29/11"),

        mail("bd126", "2027-01-22T14:48", ("Stefan Hultgren", "stefan.hultgren@gagnef.se"), "VB: DalaLab",
             """Hej Linnea,

Jag anmäler mig till alla fyra träffarna. Olle Nordin bad mig skicka vidare hans anmälan också, se nedan – han
har bytt dator och kommer inte åt sin e-post förrän nästa vecka.

Mvh Stefan Hultgren
Gagnefs kommun

---------- Vidarebefordrat meddelande ----------
Från: Olle Nordin <olle.nordin@gagnef.se>
Datum: ons 20 jan. 2027 kl 16:03
Ämne: DalaLab
Till: Stefan Hultgren <stefan.hultgren@gagnef.se>

Hej Stefan, kan du anmäla mig när du ändå skriver? Jag vill gå på maj och november. Laktosfri kost.
/Olle
""",
             X("register", [P("Stefan Hultgren", "stefan.hultgren@gagnef.se", "Gagnefs kommun"),
                            P("Olle Nordin", "olle.nordin@gagnef.se", "Gagnefs kommun", diet="laktosfri")], ALL,
               diet="laktosfri"),
             "own signup (all four) + a forwarded colleague's signup (3/5 + 29/11, laktosfri) that the sender "
             "asks to pass on: both registered, sessions = union; the diet is Olle's"),

        mail("bd127", "2027-02-05T10:20", ("Pernilla Wik", "pernilla.wik@regiondalarna.se"), "Anmälan + fråga om platser",
             """Hej Linnea!

Jag anmäler mig till samtliga träffar i DalaLab.

Gäller begränsningen till tre personer även oss på regionen? Jag vet att några på Regional utveckling är
intresserade, och jag vill inte sprida det internt om platserna redan är slut.

Hälsningar
Pernilla Wik
Utvecklingsstrateg, Samhällsplanering
Region Dalarna
Box 712, 791 29 Falun
""",
             X("register", [P("Pernilla Wik", "pernilla.wik@regiondalarna.se", "Region Dalarna")], ALL),
             "signup (samtliga) + quota question about the region: register, question noted; Falun box address "
             "is not the organisation"),

        tg("bd128", "2027-03-25T19:02", "Frida Holm", "6730218845",
           """Hej Linnea, Frida på Falu kommun här. Du frågade vilka träffar jag ville gå på – 3 maj och 21 september. Och jag är glutenintolerant, glömde skriva det sist""",
           X("register", [P("Frida Holm", None, "Falu kommun", diet="glutenintolerant")], [S1, S2],
             diet="glutenintolerant"),
           "answer to the organiser's question about which sessions (completes a signup) + a forgotten diet: "
           "register 3/5 + 21/9, diet 'glutenintolerant'"),

        mail("bd129", "2026-12-17T11:40", ("Marie Hansson", "marie.hansson@alvdalen.se"), "Anmälan DalaLab",
             """Hej!

Jag anmäler vår samhällsbyggnadschef Kjell Eriksson till samtliga träffar i DalaLab. Själv vill jag gärna komma
på den första träffen i maj, eftersom jag skriver minnesanteckningar åt vår ÖP-beredning och vill höra
Boverkets del.

Behöver ni en fakturaadress, eller är det kostnadsfritt?

Vänliga hälsningar
Marie Hansson
Kommunsekreterare
Älvdalens kommun
0251-310 00
""",
             X("register", [P("Kjell Eriksson", None, "Älvdalens kommun"),
                            P("Marie Hansson", "marie.hansson@alvdalen.se", "Älvdalens kommun")], ALL),
             "secretary registers her boss for all four and herself for the first (3/5): both, sessions = union; "
             "invoice question noted"),

        tg("bd130", "2027-04-07T21:10", "Elias Dahlberg", "5520673918",
           """Anmäler mig till alla 4 🙌 Elias, Mora kommun
ps. om det blir för många från Mora så kan jag stå över september""",
           X("register", [P("Elias Dahlberg", None, "Mora kommun")], ALL),
           "signup for all four; the P.S. only offers to skip 21/9 if Mora's quota is full -> still all four now"),

        mail("bd131", "2027-01-26T08:15", ("Joel Sandström", "joel.sandstrom@ludvika.se"), "Anmälan",
             """Hej,

Jag anmäler mig till träffarna 3 maj och 21 september.

Förra veckan nämnde jag i telefon att jag skulle anmäla Nina Borg också, men hon vill hellre anmäla sig själv
eftersom hon inte vet vilka träffar hon kan gå på än. Hon hör av sig direkt till dig.

Mvh
Joel Sandström
Ludvika kommun, Samhällsbyggnadsförvaltningen
""",
             X("register", [P("Joel Sandström", "joel.sandstrom@ludvika.se", "Ludvika kommun")], [S1, S2]),
             "own signup (3/5 + 21/9) + news that a colleague will register herself -> Nina not in people"),

        mail("bd132", "2027-03-10T15:30", ("Pontus Ek", "pontus.ek@vansbro.se"), "Anmälan Vansbro + Malung-Sälen",
             """Hej!

Jag vill anmäla mig och Saga Mårs från grannkommunen Malung-Sälen (saga.mars@malung-salen.se) till DalaLab.
Vi samåker, så vi kommer båda på alla fyra träffarna.

Var i Falun är första träffen? Det står bara "Falun" i inbjudan och vi behöver veta var vi ska parkera.

Hälsningar
Pontus Ek
Planingenjör
Vansbro kommun
0281-750 00
""",
             X("register", [P("Pontus Ek", "pontus.ek@vansbro.se", "Vansbro kommun"),
                            P("Saga Mårs", "saga.mars@malung-salen.se", "Malung-Sälens kommun")], ALL),
             "self + a colleague from another municipality, all four; venue question noted; Falun is the venue"),

        tg("bd133", "2027-02-24T07:55", "Alva Nyqvist", "2871094456",
           """hej! är anmäld till maj, vill lägga till september också. och kan ni ändra min kost till laktosfri? /Alva, Leksand""",
           X("change", [P("Alva Nyqvist", None, "Leksands kommun", diet="laktosfri")], [S1, S2], diet="laktosfri"),
           "add a session + change diet for an existing signup: change; sessions after the change = 3/5 + 21/9"),

        mail("bd134", "2027-03-31T10:10", ("Sara Lindén", "sara.linden@hedemora.se"), "Ändrat namn och ny träff",
             """Hej Linnea!

Jag anmälde mig i december som Sara Mört (sara.mort@hedemora.se) till 3 maj och 29 november. Sedan dess har
jag gift mig och heter nu Sara Lindén – min nya adress är den jag skriver från. Den gamla slutar fungera i
april.

Jag kan tyvärr inte komma den 29 november längre, men vill gärna gå på 22 februari 2028 i stället. 3 maj står
kvar.

Tack!
Sara Lindén
Bygglovshandläggare, Hedemora kommun
""",
             X("change", [P("Sara Lindén", "sara.linden@hedemora.se", "Hedemora kommun")], [S1, S4]),
             "name/address change + session swap in one: change; old name and address are not a second person; "
             "sessions after the change = 3/5 + 22/2 (2028)"),

        mail("bd135", "2027-04-08T13:50", ("Oscar Hellberg", "oscar.hellberg@leksand.se"), "Anmälan DalaLab",
             """Hej!

Jag vill anmäla mig till DalaLab, alla fyra träffarna. Jag började som planarkitekt i Leksand i mars.

Min kollega Jenny Dahlin anmälde sig i december, men hon har slutat hos oss, så henne kan ni stryka.

Mvh
Oscar Hellberg
Planarkitekt
Leksands kommun
""",
             X("change", [P("Jenny Dahlin", None, "Leksands kommun"),
                          P("Oscar Hellberg", "oscar.hellberg@leksand.se", "Leksands kommun")], ALL,
               unsure=["intent"]),
             "one person registers and a departed colleague is withdrawn in the same mail: in effect a substitution "
             "within Leksand's quota -> change with both, sessions = Oscar's (all four); could also be read as a "
             "register plus a cancel, hence unsure intent"),
    ]
