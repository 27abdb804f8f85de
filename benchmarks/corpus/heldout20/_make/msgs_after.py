"""Batch 21, writer "after": mail after the first signups (January to 10 April 2027), ids b091-b135."""
import textwrap

from build import P, X, mail, tg, S1, S2, S3, S4, ALL

ORG_FROM = "DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>"
LINES = {S1: "3 maj 2027, kl. 10.00–15.00, Falun", S2: "21 september 2027", S3: "29 november 2027",
         S4: "22 februari 2028"}


def d(s):
    return textwrap.dedent(s).strip("\n")


def conf(first, sessions):
    """The service's confirmation, as the participant received it."""
    return (f"Hej {first}!\n\nTack för din anmälan till DalaLab – Planering för hållbarhet och utvecklingskraft. "
            "Du är anmäld till följande träffar:\n\n" + "\n".join("- " + LINES[s] for s in sessions) +
            "\n\nSvara på det här mejlet om något behöver ändras.\n\nHälsningar\nDalaLab, Region Dalarna")


def outlook(first, sessions, sent, to):
    return (f"\n\n________________________________\nFrån: {ORG_FROM}\nSkickat: {sent}\nTill: {to}\n"
            f"Ämne: Bekräftelse: anmälan till DalaLab\n\n" + conf(first, sessions))


def gt(first, sessions, header):
    return f"\n\n{header}\n" + "\n".join(("> " + l) if l else ">" for l in conf(first, sessions).split("\n"))


REMINDER = d("""
    Hej!

    Påminnelse: sista dag att anmäla sig till DalaLab – Planering för hållbarhet och utvecklingskraft är onsdag
    14 april 2027. Träffarna:

    - 3 maj 2027, kl. 10.00–15.00 (fika från 09.30), Falun
    - 21 september 2027
    - 29 november 2027
    - 22 februari 2028

    Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara på det här mejlet.

    Vänliga hälsningar
    Linnea Hassis
    Region Dalarna
""")


def hdr(lines, item):
    """Extra header lines (auto-reply and list headers) put before the rendered message."""
    item["_content"] = "".join(l + "\r\n" for l in lines).encode() + item["_content"]
    return item


def messages():
    return [
        mail("b091", "2027-01-08T09:14", ("Lundberg Anders", "anders.lundberg@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej,

                Glömde skriva i anmälan att jag äter vegetarisk kost. Tack!

                Med vänliga hälsningar

                Anders Lundberg
                Översiktsplanerare
                Samhällsbyggnadsförvaltningen
                Borlänge kommun
                Röda vägen 50, 781 81 Borlänge
                Tel: 0243-740 12 | Mobil: 070-312 44 87
                www.borlange.se
             """) + outlook("Anders", ALL, "den 18 december 2026 10:02",
                            "Lundberg Anders <anders.lundberg@borlange.se>"),
             X("change", [P("Anders Lundberg", "anders.lundberg@borlange.se", "Borlänge kommun",
                            diet="vegetarisk")], [], diet="vegetarisk"),
             "Outlook reply to the confirmation adding a diet; names no sessions itself -> change with []; "
             "quoted confirmation lists all four; surname-first display name; postcode and phones"),

        mail("b092", "2027-01-11T13:40", ("Eva Lindström", "eva.lindstrom@hedemora.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             d("""
                Tack för bekräftelsen! Ser fram emot att ses i Falun den 3 maj.

                /Eva

                Skickat från Outlook för iOS
             """) + gt("Eva", ALL, "Den 10 jan. 2027 kl. 16:21 skrev DalaLab – Region Dalarna "
                                   "<linnea.hassis@regiondalarna.se>:"),
             X("unknown", [], []),
             "thanks only, nothing to do; '3 maj' is her looking forward, not a new signup; '>'-quoted "
             "confirmation lists all four"),

        tg("b093", "2027-01-13T20:05", "Karl Holm", 6104827735,
           "Hej! Är anmäld till 3 maj sen tidigare, kan ni lägga till 21 sept också? /Karl, Vansbro kommun",
           X("change", [P("Karl Holm", None, "Vansbro kommun")], [S1, S2]),
           "addition to an existing signup; he states his current session, so sessions after the change = 3 May "
           "+ 21 Sep"),

        mail("b094", "2027-01-15T11:22", ("Linda Söderberg", "linda.soderberg@smedjebacken.se"),
             "Byte av datum DalaLab",
             d("""
                Hej Linnea!

                Skulle det gå att byta min plats den 29 november mot den 22 februari istället? Vi har
                budgetberedning i slutet av november och jag kommer inte loss.

                Hälsningar
                Linda Söderberg
                Planarkitekt, Smedjebackens kommun
                777 81 Smedjebacken
                0240-66 00 00 (vx)
             """),
             X("change", [P("Linda Söderberg", "linda.soderberg@smedjebacken.se", "Smedjebackens kommun")], [S4]),
             "bare swap 29 Nov -> 22 Feb: only the new session; '22 februari' without year = the 2028 session"),

        mail("b095", "2027-01-18T08:51", ("Jennie Wahlström", "jennie.wahlstrom@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej!

                En liten sak: mitt namn är felstavat i bekräftelsen – det är Jennie med ie, inte Jenny.
                Efternamnet stämmer. I övrigt ser allt bra ut.

                Vänligen
                Jennie Wahlström
                Leksands kommun | Box 300 | 793 27 Leksand
                0247-802 41
             """) + outlook("Jenny", [S1, S3], "den 14 januari 2027 15:30",
                            "Jennie Wahlström <jennie.wahlstrom@leksand.se>"),
             X("change", [P("Jennie Wahlström", "jennie.wahlstrom@leksand.se", "Leksands kommun")], []),
             "name correction (Jenny -> Jennie) for an existing signup; no sessions named in her text -> []; the "
             "misspelt name in the quote must not become a second person"),

        hdr(["Auto-Submitted: auto-replied"],
            mail("b096", "2027-01-19T14:03", ("Mail Delivery System", "MAILER-DAEMON@mx1.regiondalarna.se"),
                 "Undelivered Mail Returned to Sender",
                 d("""
                    This is the mail system at host mx1.regiondalarna.se.

                    I'm sorry to have to inform you that your message could not
                    be delivered to one or more recipients. It's attached below.

                    For further assistance, please send mail to postmaster.

                                       The mail system

                    <magnus.hjort@ratvik.se>: Host or domain name not found. Name service error
                        for name=ratvik.se type=MX: Host not found, try again

                    ------ Returned message ------

                    From: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
                    To: magnus.hjort@ratvik.se
                    Subject: Bekräftelse: anmälan till DalaLab
                    Date: Tue, 19 Jan 2027 14:02:51 +0100
                 """) + "\n\n" + conf("Magnus", ALL),
             X("auto_reply", [], []),
             "bounce (misspelt domain ratvik.se); the returned confirmation names Magnus and all four dates -> "
             "nothing to register")),

        mail("b097", "2027-01-21T10:17", ("Lotta Nyqvist", "lotta.nyqvist@orsa.se"), "Ändra e-postadress",
             d("""
                Hej,

                Jag anmälde mig till DalaLab från min privata adress (lotta.nyqvist73@gmail.com) av misstag.
                Kan ni ändra så att all information går till den här adressen istället, dvs. min jobbmejl?

                Tack på förhand!

                Lotta Nyqvist
                Samhällsplanerare
                Orsa kommun, Box 23, 794 21 Orsa
                Tfn 0250-552 07
             """),
             X("change", [P("Lotta Nyqvist", "lotta.nyqvist@orsa.se", "Orsa kommun")], []),
             "address correction from the work address; the old gmail address is not a second person; no sessions "
             "-> []"),

        mail("b098", "2027-01-25T16:44", ("Roger Pettersson", "roger.pettersson@hedemora.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej!

                Jag ser nu att den 21/9 krockar med vår interna planeringsdag, så jag kan tyvärr inte komma då.
                Övriga träffar står kvar.

                Mvh
                Roger Pettersson
                Bygg- och miljöförvaltningen, Hedemora kommun
                776 81 Hedemora
                0225-340 00
             """) + outlook("Roger", ALL, "den 20 januari 2027 09:45",
                            "Roger Pettersson <roger.pettersson@hedemora.se>"),
             X("cancel", [P("Roger Pettersson", "roger.pettersson@hedemora.se", "Hedemora kommun")], [S2]),
             "partial withdrawal '21/9' -> cancel of that session only; quote lists all four"),

        tg("b099", "2027-01-27T07:38", "Sebastian Lind", 5291037764,
           "hej, måste tyvärr avanmäla mig från dalalab helt, har fått ett annat uppdrag. mvh Sebastian, Falu kommun",
           X("cancel", [P("Sebastian Lind", None, "Falu kommun")], ALL),
           "full cancellation by Telegram, no sessions named -> all four; lower case"),

        hdr(["Auto-Submitted: auto-generated"],
            mail("b100", "2027-01-29T09:12", ("Avesta kommun Kontaktcenter", "kontaktcenter@avesta.se"),
                 "[Ärende AV-2027-01873] Bekräftelse: anmälan till DalaLab",
                 d("""
                    Detta är ett automatiskt svar – svara inte på det här meddelandet.

                    Tack för att du kontaktar Avesta kommun! Vi har tagit emot ditt meddelande och registrerat det
                    med ärendenummer AV-2027-01873. Normal handläggningstid är 5 arbetsdagar.

                    Öppettider Kontaktcenter: måndag–fredag 08.00–16.30, lunchstängt 12.00–13.00.
                    Telefon 0226-64 50 00

                    Ditt meddelande:
                 """) + "\n" + conf("Samhällsbyggnad", ALL),
             X("auto_reply", [], []),
             "ticket receipt from a municipal contact centre (a shared mailbox was registered); case number, "
             "phone, opening hours and the echoed confirmation with all dates")),

        hdr(["List-Unsubscribe: <https://planeringsforum.se/avsluta>", "Precedence: bulk"],
            mail("b101", "2027-02-01T06:30", ("Planeringsforum", "nyhetsbrev@planeringsforum.se"),
                 "Nyhetsbrev februari: ÖP-dagarna, ny vägledning och vårens kurser",
                 d("""
                    NYHETSBREV FRÅN PLANERINGSFORUM – FEBRUARI 2027

                    ÖP-dagarna 2027
                    Årets ÖP-dagar hålls 21–22 september i Västerås. Tema: planeringsstrategier och
                    utvecklingsinriktning i den nya översiktsplanen. Anmäl dig senast 15 maj!

                    Ny vägledning om översiktsplanering
                    Boverket har uppdaterat sin vägledning om planeringsstrategi. Läs vår sammanfattning på webben.

                    Vårens kurser
                    - Grundkurs PBL, 3 maj (digital)
                    - Detaljplan och klimatanpassning, 29 november

                    Du får det här mejlet eftersom du prenumererar på Planeringsforums nyhetsbrev.
                    Avsluta prenumerationen: https://planeringsforum.se/avsluta
                 """),
             X("unknown", [], []),
             "newsletter (List-Unsubscribe, Precedence: bulk) with '21–22 september', '3 maj', '29 november' and "
             "'Anmäl dig' -> unknown")),

        mail("b102", "2027-02-03T13:05", ("Thomas Engström", "thomas.engstrom@ludvika.se"),
             "Avanmälan DalaLab – Jessica Åberg",
             d("""
                Hej,

                Jessica Åberg, som är anmäld till alla fyra träffarna i DalaLab, har slutat hos oss per
                31 januari. Ni kan stryka henne. Vi återkommer när vi vet vem som tar över hennes plats.

                Med vänlig hälsning

                Thomas Engström
                Planchef
                Ludvika kommun
                771 82 Ludvika
                Direkt: 0240-860 31
             """),
             X("cancel", [P("Jessica Åberg", None, "Ludvika kommun")], ALL),
             "manager cancels a colleague who left (sender not in people); no substitute yet -> cancel, all four; "
             "'31 januari' is not a session"),

        mail("b103", "2027-02-05T10:48", ("Maja Ström", "maja.strom@sater.se"), "Ny arbetsplats – DalaLab",
             d("""
                Hej Linnea!

                Från 1 mars jobbar jag på Länsstyrelsen Dalarna, på samhällsbyggnadsenheten. Jag vill gärna
                vara kvar i DalaLab på samma träffar som förut, men använd min nya adress
                maja.strom@lansstyrelsen.se framöver – Säter-adressen stängs i slutet av februari.

                Jag förstår om det innebär att Säters plats blir ledig för någon annan där.

                Hälsningar
                Maja Ström
                Översiktsplanerare, Säters kommun (t.o.m. 28/2)
                783 27 Säter
                0225-550 00
             """),
             X("change", [P("Maja Ström", "maja.strom@lansstyrelsen.se", "Länsstyrelsen Dalarna")], []),
             "job move from Säter to Länsstyrelsen: same person, new address and organisation; 'samma träffar "
             "som förut' names none -> []; '1 mars', '28/2' are not sessions",
             ),

        mail("b104", "2027-02-08T15:26", ("Liam O'Connor", "liam.oconnor@regiondalarna.se"),
             "RE: Bekräftelse: anmälan till DalaLab",
             d("""
                Hi,

                Thanks for the confirmation. Quick question: is there parking near the venue in Falun on
                May 3rd, or should I take the bus from the station? I will be coming from Borlänge.

                Best regards,
                Liam O'Connor
                Analyst, Regional Development
                Region Dalarna | Box 712 | 791 29 Falun
                +46 23 49 00 00
             """) + outlook("Liam", [S1, S2], "den 4 februari 2027 11:10",
                            "Liam O'Connor <liam.oconnor@regiondalarna.se>"),
             X("question", [], []),
             "English question (parking) in a reply to the confirmation; 'May 3rd' and 'Borlänge' add nothing"),

        tg("b105", "2027-02-10T12:19", "Elsa Mård", 7042398816,
           "Hej! Jag är anmäld till alla fyra träffarna. Har glutenintolerans, bara så ni vet inför fikat 🙂 "
           "/Elsa, Gagnef",
           X("change", [P("Elsa Mård", None, "Gagnefs kommun", diet="glutenintolerans")], ALL,
             diet="glutenintolerans"),
           "diet update for an existing signup; she states her sessions (all four) -> change with ALL"),

        mail("b106", "2027-02-12T09:33", ("Andreas Hult", "andreas.hult@mora.se"), "DalaLab – föräldraledighet",
             d("""
                Hej!

                Jag blir föräldraledig från mitten av augusti och ett halvår framåt, så jag behöver tyvärr
                stryka mig från träffarna i september, november och februari. Den 3 maj kommer jag som planerat.

                Vi får se om någon kollega kan ta mina platser i höst, jag hör av mig i så fall.

                Hälsningar
                Andreas Hult
                Planeringsarkitekt, Mora kommun
                792 80 Mora
                0250-260 00
                Föräldraledig 16 aug 2027 – 31 mars 2028
             """),
             X("cancel", [P("Andreas Hult", "andreas.hult@mora.se", "Mora kommun")], [S2, S3, S4]),
             "parental leave: partial withdrawal of Sep, Nov and Feb; stays for 3 May; leave dates in the "
             "signature; possible future colleague is not a person"),

        mail("b107", "2027-02-15T14:11", ("Pontus Grahn", "pontus.grahn@rattvik.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej,

                Jag går på föräldraledighet i sommar. Min kollega Frida Nordin (frida.nordin@rattvik.se) tar
                över min plats från september, dvs. de tre sista träffarna. Den 3 maj kommer jag själv.

                Frida äter vegetariskt.

                /Pontus

                Pontus Grahn
                Strategisk samhällsplanerare
                Rättviks kommun, 795 80 Rättvik
                Tel 0248-70 000
             """) + outlook("Pontus", ALL, "den 9 december 2026 13:55", "Pontus Grahn <pontus.grahn@rattvik.se>"),
             X("change", [P("Pontus Grahn", "pontus.grahn@rattvik.se", "Rättviks kommun"),
                          P("Frida Nordin", "frida.nordin@rattvik.se", "Rättviks kommun", diet="vegetarisk")],
               [S2, S3, S4], diet="vegetarisk"),
             "substitution for part of the programme: Pontus keeps 3 May, Frida takes 'de tre sista' -> change "
             "with both people and the substitute's sessions; diet is Frida's"),

        mail("b108", "2027-02-17T19:52", ("Malin Gustafsson", "malin.gustafsson@borlange.se"),
             "Radera mina personuppgifter",
             d("""
                Hej,

                Jag anmälde mig till DalaLab i december men har sedan dess avanmält mig. Jag begär härmed, med
                stöd av dataskyddsförordningen (GDPR), att ni raderar alla personuppgifter ni har om mig.

                Bekräfta gärna när det är gjort.

                Malin Gustafsson
                Borlänge kommun
             """),
             X("erasure", [P("Malin Gustafsson", "malin.gustafsson@borlange.se", "Borlänge kommun")], []),
             "GDPR erasure; earlier cancellation mentioned in passing; 'december' is not a session"),

        mail("b109", "2027-02-19T11:07", ("Simon Eriksson", "simon.eriksson@avesta.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
                <body dir="ltr"><div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">
                <p>Hej!</p>
                <p>Kan ni &auml;ven anm&auml;la min kollega <b>Olivia Berg</b>, olivia.berg@avesta.se, till samma
                tr&auml;ffar som mig, allts&aring; 3 maj och 21 september?</p>
                <p>Tack!</p>
                <p>Simon Eriksson<br>Samh&auml;llsbyggnadsf&ouml;rvaltningen<br>Avesta kommun<br>
                774 81 Avesta<br>0226-64 50 00</p>
                </div>
                <hr style="display:inline-block;width:98%">
                <div><b>Fr&aring;n:</b> DalaLab &ndash; Region Dalarna &lt;linnea.hassis@regiondalarna.se&gt;<br>
                <b>Skickat:</b> den 2 februari 2027 09:31<br>
                <b>Till:</b> Simon Eriksson &lt;simon.eriksson@avesta.se&gt;<br>
                <b>&Auml;mne:</b> Bekr&auml;ftelse: anm&auml;lan till DalaLab</div>
                <p>Hej Simon!</p>
                <p>Tack f&ouml;r din anm&auml;lan till DalaLab &ndash; Planering f&ouml;r h&aring;llbarhet och
                utvecklingskraft. Du &auml;r anm&auml;ld till f&ouml;ljande tr&auml;ffar:</p>
                <ul><li>3 maj 2027, kl. 10.00&ndash;15.00, Falun</li><li>21 september 2027</li></ul>
                <p>Svara p&aring; det h&auml;r mejlet om n&aring;got beh&ouml;ver &auml;ndras.</p>
                <p>H&auml;lsningar<br>DalaLab, Region Dalarna</p>
                </body></html>
             """),
             X("register", [P("Olivia Berg", "olivia.berg@avesta.se", "Avesta kommun")], [S1, S2]),
             "HTML-only Outlook reply adding a colleague 'till samma träffar som mig' with the dates spelled out; "
             "sender already registered, not in people; entities", html=True),

        mail("b110", "2027-02-22T04:17", ("Nordic Events Directory", "listings@nordic-event-register.com"),
             "Action required: verify your event listing – DalaLab",
             d("""
                Dear Organiser,

                Your event "DalaLab – Planering för hållbarhet och utvecklingskraft" (Falun, 3 May 2027) has been
                pre-entered in the Nordic Events Directory 2027/2028, reaching over 250,000 professionals.

                To keep your listing active, please verify the details and return the signed form within
                7 days. The annual listing fee is EUR 1,190 (excl. VAT), payable upon confirmation.

                Listing reference: NED-27-449812
                Verify here: http://nordic-event-register.com/verify?id=449812

                Kind regards,
                Listings Department
                Nordic Events Directory Ltd.
             """),
             X("unknown", [], []),
             "English event-directory listing scam; names the event and 3 May -> unknown"),

        tg("b111", "2027-02-24T21:47", "Jonna Persson", 1873305962,
           "hejhej, kan jag byta från 21/9 till 29/11?",
           X("change", [P("Jonna Persson", None, None)], [S3]),
           "bare swap on Telegram -> only the new session; no organisation anywhere"),

        hdr(["X-Autoreply: yes", "Auto-Submitted: auto-replied"],
            mail("b112", "2027-02-26T08:02", ("Gustav Lindholm", "gustav.lindholm@avesta.se"),
                 "Automatiskt svar: Bekräftelse: anmälan till DalaLab",
                 d("""
                    <html><body><div style="font-family: Calibri, sans-serif; font-size: 11pt;">
                    Hej,<br><br>
                    Jag &auml;r p&aring; semester 22 februari &ndash; 5 mars och l&auml;ser inte min e-post.
                    Br&aring;dskande &auml;renden: kontakta v&auml;xeln 0226-64 50 00.<br><br>
                    Med v&auml;nlig h&auml;lsning<br>Gustav Lindholm<br>Avesta kommun
                    </div></body></html>
                 """),
             X("auto_reply", [], []),
             "HTML out-of-office to the confirmation; '22 februari' is his leave, not the 2028 session", html=True)),

        mail("b113", "2027-03-01T10:26", ("Tove Näslund", "tove.naslund@alvdalen.se"),
             "Re: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej!

                Jag är anmäld till 3 maj men måste tyvärr byta – kan jag få 21 september i stället? Lägg gärna
                till 29 november också, det temat verkar jättebra för oss.

                Tack!
                Tove Näslund
                Älvdalens kommun
                Dalgatan 21, 796 80 Älvdalen
                0251-310 00
             """) + gt("Tove", [S1], "Den 21 jan. 2027 kl. 14:05 skrev DalaLab – Region Dalarna "
                                    "<linnea.hassis@regiondalarna.se>:"),
             X("change", [P("Tove Näslund", "tove.naslund@alvdalen.se", "Älvdalens kommun")], [S2, S3]),
             "swap 3 May -> 21 Sep plus an addition of 29 Nov; sessions after the change = 21 Sep + 29 Nov"),

        tg("b114", "2027-03-03T18:30", "Hampus Borg", 6652019483,
           "Hej! Hampus på Smedjebacken här. Jag kan inte komma 29 nov, har KF-sammanträde. Övriga datum står kvar 👍",
           X("cancel", [P("Hampus Borg", None, "Smedjebackens kommun")], [S3]),
           "partial withdrawal on Telegram -> cancel of 29 Nov only"),

        mail("b115", "2027-03-05T13:58", ("Mikael Sundin", "mikael.sundin@falun.se"),
             "VB: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej Linnea,

                Vidarebefordrar Idas bekräftelse nedan. Ida Ståhl heter numera Ida Rehn och har fått ny
                mejladress: ida.rehn@falun.se. Hon kommer på träffarna precis som tidigare. Kan ni uppdatera
                era uppgifter? Hon är ledig just nu så jag tar det åt henne.

                Tack!
                Mikael Sundin
                Enhetschef Översiktlig planering
                Falu kommun, 791 83 Falun
                023-830 00

                -------- Vidarebefordrat meddelande --------
                Från: DalaLab – Region Dalarna <linnea.hassis@regiondalarna.se>
                Datum: 8 december 2026 10:40
                Ämne: Bekräftelse: anmälan till DalaLab
                Till: Ida Ståhl <ida.stahl@falun.se>
             """) + "\n\n" + conf("Ida", [S1, S3]),
             X("change", [P("Ida Rehn", "ida.rehn@falun.se", "Falu kommun")], []),
             "forwarded confirmation; manager updates a colleague's name and address (sender not in people); old "
             "name/address not a second person; 'som tidigare' names no sessions -> []"),

        tg("b116", "2027-03-08T12:12", "Ali Yusuf", 5120946638,
           "Hej! Står jag på listan för 3 maj? Fick aldrig någon bekräftelse på mejlen",
           X("question", [], []),
           "question whether he is registered; names 3 May but asks, does not sign up"),

        hdr(["Auto-Submitted: auto-replied"],
            mail("b117", "2027-03-10T08:00", ("Sandra Wik", "sandra.wik@alvdalen.se"),
                 "Automatiskt svar: Påminnelse: DalaLab – sista anmälningsdag 14 april",
                 d("""
                    Hej! Jag är föräldraledig till och med 1 september 2027 och läser inte min e-post.
                    För frågor om detaljplaner, kontakta plan@alvdalen.se. Övriga ärenden: 0251-310 00.

                    Hi! I am on parental leave until 1 September 2027 and will not read my e-mail.
                    For planning matters, please contact plan@alvdalen.se.

                    Sandra Wik, Älvdalens kommun
                 """),
             X("auto_reply", [], []),
             "Swedish/English out-of-office (parental leave) to the deadline reminder; '14 april', '1 september' "
             "are no sessions")),

        mail("b118", "2027-03-12T09:41", ("Thomas Engström", "thomas.engstrom@ludvika.se"),
             "Ny deltagare från Ludvika i DalaLab",
             d("""
                Hej igen!

                Som jag skrev i februari har Jessica Åberg slutat hos oss. Nu har vi anställt Leo Karlsson som
                ny översiktsplanerare, och han tar hennes plats. Anmäl honom gärna till alla fyra träffarna.
                Hans adress är leo.karlsson@ludvika.se.

                Med vänlig hälsning

                Thomas Engström
                Planchef
                Ludvika kommun
                771 82 Ludvika
                Direkt: 0240-860 31
             """),
             X("register", [P("Leo Karlsson", "leo.karlsson@ludvika.se", "Ludvika kommun")], ALL),
             "same manager as b102 writes again: the newcomer replacing a colleague cancelled in an earlier mail is "
             "a register; Jessica is not a person here"),

        mail("b119", "2027-03-15T15:20", ("Rebecka Lööf", "rebecka.loof@gagnef.se"), "DalaLab 3 maj",
             d("""
                Hej!

                Min kollega Anna-Karin Ljung kan inte delta den 3 maj eftersom hon har semester då. Hon kommer
                på de tre andra träffarna som vanligt.

                Hälsningar
                Rebecka Lööf
                Administratör, Samhällsbyggnad
                Gagnefs kommun
                0241-150 00
             """),
             X("cancel", [P("Anna-Karin Ljung", None, "Gagnefs kommun")], [S1]),
             "colleague's partial withdrawal sent by an administrator (not in people); 3 May only"),

        mail("b120", "2027-03-17T22:09", ("Jörgen Mattila", "jorgen.mattila@orsa.se"),
             "SV: Påminnelse: DalaLab – sista anmälningsdag 14 april",
             d("""
                Hej,

                Sent omsider, men jag vill anmäla mig till de två höstträffarna. Laktosfri kost tack.

                Jörgen Mattila
                Orsa kommun
                Skickat från min iPhone

                ________________________________
                Från: Linnea Hassis <linnea.hassis@regiondalarna.se>
                Skickat: den 15 mars 2027 08:00
                Ämne: Påminnelse: DalaLab – sista anmälningsdag 14 april

             """) + "\n\n" + REMINDER,
             X("register", [P("Jörgen Mattila", "jorgen.mattila@orsa.se", "Orsa kommun", diet="laktosfri")],
               [S2, S3], diet="laktosfri"),
             "late signup as a reply to the reminder; 'de två höstträffarna' = 21 Sep + 29 Nov; the quoted reminder "
             "lists all dates and the deadline"),

        hdr(["List-Unsubscribe: <https://www.regiondalarna.se/nyhetsbrev/avsluta>", "Precedence: bulk"],
            mail("b121", "2027-03-19T07:15", ("Region Dalarna Nyhetsbrev", "nyhetsbrev@regiondalarna.se"),
                 "Samhällsplanering i Dalarna – nyhetsbrev mars 2027",
                 d("""
                    <html><body style="font-family: Arial, sans-serif;">
                    <h1>Samhällsplanering i Dalarna</h1>
                    <p><i>Nyhetsbrev mars 2027</i></p>
                    <h2>Sista chansen: DalaLab</h2>
                    <p>Har du anm&auml;lt dig till l&auml;rprojektet DalaLab? Sista dag &auml;r <b>14 april</b>.
                    F&ouml;rsta tr&auml;ffen &auml;r 3 maj i Falun tillsammans med Boverket, d&auml;refter
                    21 september, 29 november och 22 februari 2028. <a href="https://www.regiondalarna.se/dalalab">
                    Anm&auml;l dig h&auml;r</a>.</p>
                    <h2>Regional utvecklingsstrategi</h2>
                    <p>Remissen f&ouml;r den nya RUS:en skickas ut i april. Svar senast 30 juni.</p>
                    <hr><p style="font-size:9pt">Du f&aring;r detta nyhetsbrev fr&aring;n Region Dalarna.
                    <a href="https://www.regiondalarna.se/nyhetsbrev/avsluta">Avsluta prenumeration</a></p>
                    </body></html>
                 """),
             X("unknown", [], []),
             "the organiser's own HTML newsletter (regiondalarna.se domain) advertising DalaLab with all four dates "
             "and 'Anmäl dig' -> unknown", html=True)),

        tg("b122", "2027-03-22T17:54", "Chloe Martin", 7719204455,
           "Hi! I'm signed up for all four sessions but I can't make it in November. My colleague Ben Carter "
           "(ben.carter@borlange.se) will go instead on Nov 29. We're both at Borlänge kommun. Thanks!",
           X("change", [P("Chloe Martin", None, "Borlänge kommun"),
                        P("Ben Carter", "ben.carter@borlange.se", "Borlänge kommun")], [S3]),
           "English substitution for one session on Telegram: people = both; sessions = what Ben takes (29 Nov)"),

        mail("b123", "2027-03-24T11:36", ("Camilla Rosén", "camilla.rosen@vansbro.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej!

                Utöver 3 maj vill jag även anmäla mig till träffen den 22 februari om tillgänglighet. Det är
                precis vad vi jobbar med i ÖP:n just nu.

                Vänliga hälsningar
                Camilla Rosén
                Vansbro kommun
                Medborgarhuset, 786 80 Vansbro
                0281-750 00
             """) + outlook("Camilla", [S1], "den 3 mars 2027 14:12", "Camilla Rosén <camilla.rosen@vansbro.se>"),
             X("change", [P("Camilla Rosén", "camilla.rosen@vansbro.se", "Vansbro kommun")], [S1, S4]),
             "addition: 'Utöver 3 maj ... även 22 februari' states her sessions after the change -> 3 May + 22 Feb"),

        hdr(["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
            mail("b124", "2027-03-26T10:02", ("Länsstyrelsen Dalarna", "dalarna@lansstyrelsen.se"),
                 "Mottagningsbekräftelse: Bekräftelse: anmälan till DalaLab",
                 d("""
                    Tack för ditt meddelande till Länsstyrelsen Dalarna.

                    Ditt e-postmeddelande har kommit in till oss och kommer att registreras och fördelas till
                    berörd handläggare. Om ditt ärende är brådskande, ring oss på 010-225 00 00.

                    Detta meddelande går inte att svara på.

                    Länsstyrelsen Dalarna, 791 84 Falun
                    Besöksadress: Åsgatan 38
                 """),
             X("auto_reply", [], []),
             "receipt from an authority's registry mailbox (a confirmation was sent there); phone and street "
             "numbers only")),

        mail("b125", "2027-03-29T13:44", ("Patrik Nygren", "patrik.nygren@malung-salen.se"),
             "Avanmälan DalaLab",
             d("""
                Hej Linnea,

                Tyvärr har vi fått ändrade prioriteringar när arbetet med den nya översiktsplanen pausas, så både
                jag och min kollega Karolina Axelsson behöver avanmäla oss från DalaLab.

                Hoppas på en fortsättning längre fram!

                Patrik Nygren
                Samhällsbyggnadschef
                Malung-Sälens kommun
                Box 14, 782 21 Malung
                0280-181 00
             """),
             X("cancel", [P("Patrik Nygren", "patrik.nygren@malung-salen.se", "Malung-Sälens kommun"),
                          P("Karolina Axelsson", None, "Malung-Sälens kommun")], ALL),
             "full cancellation for sender and colleague, no sessions named -> all four"),

        mail("b126", "2027-03-31T08:27", ("Nadia Saleh", "nadia.saleh@sater.se"), "Re: Bekräftelse: anmälan till DalaLab",
             d("""
                Tack för bekräftelsen!

                Jag har nötallergi, så det vore bra om det finns ett nötfritt alternativ på fikat. Blir det
                lunch alla dagar eller bara i maj?

                Nadia Saleh
                Säters kommun
             """) + gt("Nadia", [S1, S2, S3], "Den 29 mars 2027 kl. 16:40 skrev DalaLab – Region Dalarna "
                                              "<linnea.hassis@regiondalarna.se>:"),
             X("change", [P("Nadia Saleh", "nadia.saleh@sater.se", "Säters kommun", diet="nötallergi")], [],
               diet="nötallergi"),
             "diet added in a reply to the confirmation plus a lunch question -> change with [] (her text names no "
             "sessions; 'i maj' is part of the question)"),

        tg("b127", "2027-04-01T21:13", "Noah Sandström", 6388012547,
           "hej är det försent? vill anmäla mig och min kollega alva hedin till 3/5 och 21/9. vi jobbar på ludvika kommun",
           X("register", [P("Noah Sandström", None, "Ludvika kommun"), P("Alva Hedin", None, "Ludvika kommun")],
             [S1, S2]),
           "late Telegram signup for sender + colleague in lower case; asks if too late but signs up -> register"),

        mail("b128", "2027-04-02T10:58", ("Birgitta Rask", "birgitta.rask@leksand.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej,

                Jag har fått den här bekräftelsen men jag har aldrig anmält mig – det måste vara någon annan som
                har skrivit fel adress (vi har en Britt Rask här också). Ta bort mina uppgifter ur er lista.

                Birgitta Rask
                Leksands kommun
             """) + outlook("Britt", ALL, "den 1 april 2027 09:02", "birgitta.rask@leksand.se"),
             X("erasure", [P("Birgitta Rask", "birgitta.rask@leksand.se", "Leksands kommun")], [],
               unsure=["people"]),
             "'Ta bort mina uppgifter' after a confirmation she never asked for -> erasure of the sender; Britt Rask "
             "(the likely real registrant) is not a person here, though a human might check with her"),

        mail("b129", "2027-04-05T09:19", ("Ulrika Mörk", "ulrika.mork@hedemora.se"), "Avanmälan – nytt jobb",
             d("""
                Hej!

                Jag har fått ett nytt jobb i Uppsala och slutar i Hedemora kommun den 30 april, så jag måste
                tyvärr avanmäla mig från DalaLab. Vi har inte hunnit rekrytera någon efterträdare, men min chef
                hör av sig om någon annan ska gå i mitt ställe.

                Tack för ett bra initiativ!

                Ulrika Mörk
                Hedemora kommun
                0225-340 00
             """),
             X("cancel", [P("Ulrika Mörk", "ulrika.mork@hedemora.se", "Hedemora kommun")], ALL),
             "job move -> full cancellation, no sessions named -> all four; '30 april' is not a session"),

        mail("b130", "2027-04-06T14:50", ("Jesper Lund", "jesper.lund@orsa.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej,

                Var i Falun är den första träffen? Det står bara "Falun" i bekräftelsen. Och är det fika från
                halv tio som i inbjudan?

                /Jesper Lund, Orsa kommun
             """) + outlook("Jesper", [S1, S4], "den 6 april 2027 08:30", "Jesper Lund <jesper.lund@orsa.se>"),
             X("question", [], []),
             "question about the venue in a reply to the confirmation; 'första träffen' is asked about, not signed "
             "up for"),

        mail("b131", "2027-04-07T16:05", ("Ingela Frost", "ingela.frost@falun.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej!

                Jag kan tyvärr inte den 3 maj, men min kollega Axel Wester går i mitt ställe den dagen. Hösten och
                februari går jag själv som planerat.

                Hälsningar
                Ingela Frost
                Stadsbyggnadsförvaltningen, Falu kommun
                Stadshuset, 791 83 Falun
                023-830 00
             """) + outlook("Ingela", ALL, "den 11 januari 2027 10:14", "Ingela Frost <ingela.frost@falun.se>"),
             X("change", [P("Ingela Frost", "ingela.frost@falun.se", "Falu kommun"),
                          P("Axel Wester", None, "Falu kommun")], [S1]),
             "substitution for one session: Axel takes 3 May -> change with both people and the substitute's "
             "session; 'Hösten och februari' are hers as before"),

        tg("b132", "2027-04-08T07:41", "Wilma Ekdahl", 1290457836,
           "Hej, Wilma från Säter. Hinner inte första träffen, kan ni stryka mig från den? Kommer på de andra",
           X("cancel", [P("Wilma Ekdahl", None, "Säters kommun")], [S1]),
           "partial withdrawal: 'första träffen' = 3 May"),

        mail("b133", "2027-04-09T11:30", ("Gunnar Tell", "gunnar.tell@mora.se"), "Anmälan DalaLab – Mora",
             d("""
                Hej!

                I sista stund: vi vill anmäla två planerare från Mora kommun till DalaLab, till träffarna 3 maj
                och 29 november:

                - Sofie Granlund, sofie.granlund@mora.se
                - Kasper Nyman, kasper.nyman@mora.se (laktosfri)

                Själv har jag tyvärr inte möjlighet att delta.

                Med vänlig hälsning
                Gunnar Tell
                Förvaltningschef Samhällsbyggnad
                Mora kommun, 792 80 Mora
                0250-260 00
             """),
             X("register", [P("Sofie Granlund", "sofie.granlund@mora.se", "Mora kommun"),
                            P("Kasper Nyman", "kasper.nyman@mora.se", "Mora kommun", diet="laktosfri")],
               [S1, S3], diet="laktosfri"),
             "late signup of two colleagues in a list; sender not attending, not in people; diet is Kasper's"),

        mail("b134", "2027-04-10T03:22", ("IT-support Region Dalarna", "no-reply@regiondalarna-se.com"),
             "Din e-postlåda har nått sin gräns",
             d("""
                Bästa användare,

                Din e-postlåda linnea.hassis@regiondalarna.se har nått 98 % av sin lagringskapacitet. Inkommande
                meddelanden kommer att avvisas inom 24 timmar.

                Verifiera ditt konto här för att få 10 GB extra utrymme:
                http://regiondalarna-se.com/owa/verifiera

                IT-support
                Region Dalarna
             """),
             X("unknown", [], []),
             "phishing imitating the organiser's IT support (look-alike domain) -> unknown"),

        mail("b135", "2027-04-10T12:48", ("Lundberg Anders", "anders.lundberg@borlange.se"),
             "SV: Bekräftelse: anmälan till DalaLab",
             d("""
                Hej igen,

                Ursäkta, ett till tillägg: jag kan inte den 21 september ändå, då är jag på studieresa. Resten
                står kvar.

                Med vänliga hälsningar

                Anders Lundberg
                Översiktsplanerare
                Samhällsbyggnadsförvaltningen
                Borlänge kommun
                Röda vägen 50, 781 81 Borlänge
                Tel: 0243-740 12 | Mobil: 070-312 44 87
             """) + outlook("Anders", ALL, "den 18 december 2026 10:02",
                            "Lundberg Anders <anders.lundberg@borlange.se>"),
             X("cancel", [P("Anders Lundberg", "anders.lundberg@borlange.se", "Borlänge kommun")], [S2]),
             "same person as b091 writes again: partial withdrawal of 21 Sep -> cancel of that session"),
    ]
