"""Mail no participant wrote (newsletters, sales, invoice and listing scams, phishing) is ``unknown`` and never
answered, however much it borrows the event's words; participants' mail that speaks of invoices, links, offers
or dates is read as what it is."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from assistant.config import Config
from assistant.parsing import unsolicited as unsolicited_module
from assistant.parsing.automatic import Automatic, automatic_kind
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.quoting import split_body
from assistant.parsing.unsolicited import _Cue, _fold, _known, _look_alike, _stems, unsolicited
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import build_mail

# ---------------------------------------------------------------- mail nobody registering wrote
NEWSLETTERS = [
    ("Samhällsbyggarbladet <redaktion@samhallsbyggarbladet.se>", "Samhällsbyggarbladet nr 4/2027",
     ("Hej!\n\nI veckans nummer: Boverket om planeringsstrategier, tre kommuner om utvecklingsinriktning och "
     "sista dag för anmälan till Planeringsdagarna 29 november.\n\nAnmälan öppnar 3 maj – max tre deltagare per "
     "organisation.\n\nVill du inte längre få våra utskick? Avsluta prenumerationen här: "
     "https://samhallsbyggarbladet.se/avsluta")),
    ("Urban Planning Weekly <news@urbanplanningweekly.org>", "This week: accessibility in regional planning",
     ("View this email in your browser\n\nThis week we look at digital accessibility in regional planning and "
     "how Region Dalarna works with its municipalities. Register for our workshop on 21 September.\n\n"
     "You are receiving this email because you subscribed at urbanplanningweekly.org. Unsubscribe | "
     "Manage preferences")),
    ("Falu kommun Nyheter <nyhetsbrev@falun.se>", "Nyhetsbrev från Falu kommun – mars",
     ("Nyheter från Falu kommun\n\nÖversiktsplanen ute på samråd till 14 april. Kommunen deltar i DalaLab "
     "tillsammans med Region Dalarna.\n\nDu får detta nyhetsbrev eftersom du har anmält dig till våra utskick. "
     "Avregistrera dig här.")),
]
SALES = [
    ("Hotell Dalecarlia <info@hotelldalecarlia.se>", "Konferenspaket till ert lärprojekt",
     ("Hej!\n\nVi har sett att ni planerar fyra träffar i Falun under 2027 och 2028. Vi erbjuder konferenslokal, "
     "fika och lunch för upp till 60 deltagare – nu med 15 % rabatt för offentlig sektor.\n\nBoka före 31 mars "
     "så bjuder vi på förmiddagsfikat. Kontakta oss för en offert!\n\nMed vänliga hälsningar\nSofia Lund\n"
     "Hotell Dalecarlia AB")),
    ("Mark Jensen <mark@eventflow-app.io>", "Quick question about DalaLab",
     ("Hi there,\n\nI noticed that you are organising DalaLab with sessions on 3 May and 21 September. Our "
     "event app handles registrations, waiting lists and name badges for all participants.\n\nWe offer a free "
     "trial for public sector organisers – book a demo this week and get 30% off the first year.\n\n"
     "Best regards,\nMark Jensen\nEventFlow Ltd")),
    ("Dalafika Catering <order@dalafika.se>", "Fika till era träffar 3 maj och 21 september?",
     ("Hej!\n\nBeställ fika och lunch hos oss till era deltagare – pris från 95 kr per person. Erbjudandet "
     "gäller bokningar före 15 april.\n\nVänliga hälsningar\nDalafika Catering")),
    ("Planeringsakademin <kurs@planeringsakademin.se>", "Webbinarium: lyckas med översiktsplanen",
     ("Webbinarium 21 september kl 10–12: så lyckas ni med planeringsstrategin i ÖP-modellen.\n\nBoka nu – "
     "begränsat antal platser, max tre per organisation. Pris 1 495 kr exkl. moms per deltagare.\n\n"
     "Planeringsakademin AB")),
]
INVOICES = [
    ("Ekonomiservice Norden <faktura@ekonomiservice-norden.com>", "Påminnelse: obetald faktura 2027-1188",
     ("PÅMINNELSE\n\nAvser: Deltagarregistrering DalaLab, Region Dalarna, 2027-05-03.\n\nFakturanr: 2027-1188\n"
     "Att betala: 4 380,00 kr\nFörfallodag: 2027-03-10\nPlusgiro: 12 34 56-7\n\nVid utebliven betalning "
     "överlämnas ärendet till inkasso.")),
    ("Accounts Receivable <billing@eu-conference-services.com>", "Invoice 88213 – DalaLab registration",
     ("Dear customer,\n\nPlease pay the attached invoice for the registration of 3 participants at DalaLab "
     "(3 May 2027).\n\nAmount due: EUR 1 450.00\nIBAN: DE44 5001 0517 5407 3249 31\nDue date: 2027-03-15\n\n"
     "Kind regards,\nEU Conference Services")),
    ("Region Dalarna Anmälan <anmalan.regiondalarna@outlook.com>", "Anmälan och registrering – Region Dalarna",
     ("Hej,\n\nVi har tagit emot er anmälan av 3 deltagare till DalaLab (3 maj, 21 september, 29 november och "
     "22 februari). Deltagaravgiften 7 500 kr betalas till bankgiro 5050-1234 senast 2027-04-10. Ange "
     "kommunens namn som referens.\n\nRegion Dalarna")),
    ("DalaLab Kansli <kansli.dalalab@gmail.com>", "Din plats på DalaLab",
     ("Hej! För att din anmälan till träffen den 21 september ska gälla ska avgiften 300 kr betalas in på "
     "Swish 123 456 78 90 inom 3 dagar, annars går platsen vidare.\n\nDalaLab")),
]
LISTINGS = [
    ("Kommunkatalogen <info@kommunkatalogen-sverige.se>", "Registrering 2027 – kontrollera era uppgifter",
     ("Hej,\n\nEr kommun är förhandsregistrerad i Kommunkatalogen 2027 tillsammans med evenemanget DalaLab "
     "(3 maj 2027). Bekräfta era uppgifter senast 2027-03-20. Årsavgift 7 900 kr exkl. moms.\n\n"
     "Registreringen förnyas automatiskt.")),
    ("Conference Guide Europe <listings@conferenceguide-europe.com>", "Get your event listed – DalaLab 2027",
     ("Dear Region Dalarna,\n\nYour event DalaLab (21 September 2027, Falun) is not yet listed in the Conference "
     "Guide Europe. To be listed, sign and return the enclosed form.\n\nAnnual listing fee: EUR 990.\n\n"
     "Conference Guide Europe Ltd.")),
    ("Nordiska Evenemangsregistret <service@evenemangsregistret.eu>", "Uppdatera er registrering",
     ("Bästa kund,\n\nUppdatera era uppgifter i Nordiska Evenemangsregistret inför deltagarregistreringen till "
     "DalaLab den 29 november. Införandet i registret kostar 5 900 kr per år och förnyas årligen.\n\n"
     "Med vänlig hälsning\nNordiska Evenemangsregistret")),
]
PHISHING = [
    ("Region Dalarna <evenemang@region-dalarna.net>", "Din anmälan till DalaLab väntar",
     ("Hej,\n\nDin anmälan till DalaLab 3 maj är inte bekräftad. Logga in och bekräfta din plats:\n"
     "https://region-dalarna.net/dalalab/login\n\nObekräftade platser går till reservlistan.\n\nRegion Dalarna")),
    ("Linnea Hassis <linnea.hassis@regiondalarna-se.com>", "Deltagarlista DalaLab",
     ("Hej!\n\nJag har delat deltagarlistan för DalaLab med dig. Logga in med ditt Microsoft-konto för att "
     "öppna dokumentet:\nhttps://regiondalarna-se.com/share/deltagarlista\n\nLinnea")),
    ("IT Support <support@mail-helpdesk.info>", "Your mailbox is almost full",
     ("Your mailbox has reached its limit. Verify your account within 24 hours or your mailbox will be "
     "suspended:\nhttp://mail-helpdesk.info/verify\n\nIT Support")),
    ("DalaLab Registrering <no-reply@dalalab-registrering.com>", "Bekräfta din registrering",
     ("Bekräfta din registrering till DalaLab 21 september inom 48 timmar, annars går din plats förlorad:\n"
     "https://dalalab-registrering.com/bekrafta\n\nDalaLab")),
]
FRAUD = [
    ("Mr. James Okafor <j.okafor@intl-grants-board.org>", "Development grant for your municipality",
     ("Dear Sir/Madam,\n\nYour municipality has been selected for a development grant of USD 3,200,000. To "
     "release the funds, send your full name, your bank details and a copy of your passport.\n\n"
     "Yours faithfully,\nJames Okafor")),
]
UNSOLICITED = NEWSLETTERS + SALES + INVOICES + LISTINGS + PHISHING + FRAUD


@pytest.mark.parametrize(("sender", "subject", "body"), UNSOLICITED,
                         ids=[f"{i}-{s[1][:30]}" for i, s in enumerate(UNSOLICITED)])
def test_unsolicited_mail_is_unknown_and_never_answered(sender: str, subject: str, body: str, config: Config,
                                                       arrival: dt.datetime) -> None:
    r = parse_email(build_mail(body, sender=sender, subject=subject), config, arrival)
    assert r.intent is Intent.UNKNOWN
    assert r.never_answer
    assert r.people == () and r.sessions == ()
    assert any("not from a participant" in p for p in r.problems)


def test_an_html_only_newsletter_is_unknown(config: Config, arrival: dt.datetime) -> None:
    html = ("<html><body><p><a href='https://x.se/web'>Läs nyhetsbrevet i webbläsaren</a></p>"
            "<h1>Planera för tillgänglighet</h1><p>Anmälan till vårt seminarium 22 februari är öppen.</p>"
            "<p style='font-size:8pt'>Hantera din prenumeration eller <a href='https://x.se/u'>avregistrera dig</a>."
            "</p></body></html>")
    r = parse_email(build_mail("", html=html, sender="Planeringsnytt <info@planeringsnytt.se>",
                               subject="Planeringsnytt februari"), config, arrival)
    assert r.intent is Intent.UNKNOWN and r.never_answer


def test_chat_spam_is_unknown_and_never_answered(config: Config, arrival: dt.datetime) -> None:
    for text in (("💰 Tjäna 20 000 kr i veckan hemifrån! Investera i krypto idag, begränsat antal platser – "
                 "skriv till @snabbvinst"),
                 "Congratulations! You have won a prize. Send your card number to claim it: http://win.example/x"):
        r = parse_chat(text, Sender("telegram", "7", "Promo"), config, arrival)
        assert r.intent is Intent.UNKNOWN and r.never_answer


# ---------------------------------------------------------------- participants: read, not caught
PARTICIPANTS = [
    # a question about an invoice for the fee
    ("Anna Berg <anna.berg@mora.se>", "Faktura?",
     ("Hej!\n\nKommer det att skickas någon faktura för fika och lunch? I så fall behöver vi ange referens 4410 "
     "och vårt org.nr 212000-2080 på fakturan.\n\nHälsningar\nAnna"), Intent.QUESTION),
    # a signup giving where any invoice goes
    ("Per Ek <per.ek@ludvika.se>", "Anmälan DalaLab",
     ("Hej!\n\nJag vill anmäla mig till alla fyra träffarna. Om det blir någon avgift skickas fakturan till "
     "Ludvika kommun, Fakturaadress: Box 1234, 771 82 Ludvika, referens 5501.\n\nMvh\nPer Ek"), Intent.REGISTER),
    # a signup telling of a link that did not work
    ("Eva Nord <eva.nord@orsa.se>", "Anmälan",
     ("Hej! Anmäl mig till träffen 3 maj. Jag försökte först anmäla mig via länken "
     "https://www.regiondalarna.se/dalalab men kunde inte logga in.\n\nEva Nord\nOrsa kommun"), Intent.REGISTER),
    # a consultant working for a municipality, from a company's domain, signature with a company form
    ("Lars Holm <lars.holm@planeringskonsult.se>", "DalaLab",
     ("Hej!\n\nJag arbetar som planeringskonsult åt Rättviks kommun med översiktsplanen och vill gärna delta på "
     "träffarna 21 september och 29 november.\n\nMed vänlig hälsning\nLars Holm\nPlaneringskonsult Holm AB\n"
     "www.planeringskonsult.se"), Intent.REGISTER),
    # a question about a discount and a webinar
    ("Maria Lind <maria.lind@avesta.se>", "Kostnad?",
     ("Hej! Kostar det något att delta? Finns det rabatt om vi är tre från samma kommun? Blir det möjligt att "
     "följa träffarna som webbinarium?"), Intent.QUESTION),
    # a local firm's domain carrying a municipality's name
    ("Jonas Ek <jonas.ek@leksandsbostader.se>", "Anmälan",
     "Hej! Jag jobbar med planering på Leksandsbostäder och vill anmäla mig till första träffen.\n\nJonas",
     Intent.REGISTER),
    # an English signup greeting the organisation, mentioning an invoice
    ("Sam Reed <sam.reed@regiondalarna.se>", "Registration",
     ("Dear Region Dalarna,\n\nI would like to register for the session on 21 September. Please send any invoice "
     "to our finance department.\n\nKind regards,\nSam Reed"), Intent.REGISTER),
    # a cancellation with a link in the signature and "erbjudande"
    ("Ola Berg <ola.berg@gagnef.se>", "Avanmälan",
     ("Hej! Tack för erbjudandet, men jag kan tyvärr inte komma den 29 november. Avanmäl mig från den träffen.\n\n"
     "Ola Berg\nGagnefs kommun\nwww.gagnef.se"), Intent.CANCEL),
    # an English signup under a corporate disclaimer
    ("Tom Hale <tom.hale@ramboll.com>", "DalaLab 3 May",
     ("Hello,\n\nI would like to attend the session on 3 May; I support Borlänge kommun with its comprehensive "
     "plan.\n\nBest regards,\nTom Hale\nRamboll Sweden AB\n\nThis e-mail and any attachments are "
     "confidential. If you have received this e-mail in error, please notify the sender and delete it."),
     Intent.REGISTER),
    # a municipal signature with bankgiro and org.nr under a signup
    ("Lena Sund <lena.sund@smedjebacken.se>", "Anmälan DalaLab",
     ("Hej, jag anmäler mig till alla tillfällen.\n\nMed vänlig hälsning\nLena Sund\nSmedjebackens kommun\n"
     "Org.nr 212000-2197\nBankgiro 123-4567\nwww.smedjebacken.se"), Intent.REGISTER),
]


@pytest.mark.parametrize(("sender", "subject", "body", "intent"), PARTICIPANTS,
                         ids=[f"{i}-{s[1][:30]}" for i, s in enumerate(PARTICIPANTS)])
def test_participants_mentioning_invoices_links_and_offers_are_read(sender: str, subject: str, body: str,
                                                                    intent: Intent, config: Config,
                                                                    arrival: dt.datetime) -> None:
    r = parse_email(build_mail(body, sender=sender, subject=subject), config, arrival)
    assert r.intent is intent
    assert not any("not from a participant" in p for p in r.problems)


def test_a_forwarded_newsletter_with_a_question_is_read(config: Config, arrival: dt.datetime) -> None:
    body = ("Hej Linnea, krockar det här med er träff den 21 september?\n\n/Anna\n\n"
            "---------- Forwarded message ---------\nFrån: Planeringsbrevet <nyheter@planeringsbrevet.se>\n"
            "Ämne: Planeringsbrevet\n\nWebbinarium 21 september – boka nu, 20 % rabatt!\n"
            "Avsluta prenumerationen: https://planeringsbrevet.se/avsluta")
    r = parse_email(build_mail(body, subject="VB: Planeringsbrevet"), config, arrival)
    assert r.intent is not Intent.UNKNOWN
    assert not r.never_answer


def test_a_reply_quoting_a_mass_mailed_invitation_is_read(config: Config, arrival: dt.datetime) -> None:
    body = ("Hej! Jag anmäler mig till 3 maj och 21 september.\n\nMvh Anna\n\n"
            "Den 10 feb. 2027 kl. 09:00 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:\n"
            "> Välkommen att anmäla dig till DalaLab. Begränsat antal platser, max tre per kommun.\n"
            "> Du får detta utskick eftersom du arbetar med planering. Avregistrera dig här.\n")
    r = parse_email(build_mail(body, subject="SV: Inbjudan DalaLab"), config, arrival)
    assert r.intent is Intent.REGISTER
    assert r.sessions == (dt.date(2027, 5, 3), dt.date(2027, 9, 21))


def test_a_participant_asking_about_an_invoice_received_is_not_unsolicited(config: Config) -> None:
    """Amount, bankgiro and due date are all there, but told of as received and asked about."""
    body = ("Hej Linnea,\n\nVi har fått en faktura på 6 187,50 kr till bankgiro 5532-1187 som sägs gälla DalaLab. "
            "Förfallodag är 21 januari. Är den från er? Ska vi betala den?\n\nMvh Karin")
    assert unsolicited(split_body(body, "", ("Karin Dahl",)), "Faktura?", config,
                       from_address="karin.dahl@hedemora.se", from_name="Karin Dahl") == ""


def test_chat_questions_about_paying_are_read(config: Config, arrival: dt.datetime) -> None:
    for text in ("kan man betala lunchen med swish?", "Får vi faktura på fikat eller är det gratis?"):
        r = parse_chat(text, Sender("telegram", "7", "Anna Berg"), config, arrival)
        assert r.intent is Intent.QUESTION and not r.never_answer


# ---------------------------------------------------------------- automatic mail stays automatic
def test_a_plain_no_reply_notification_is_still_an_automatic_reply(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Mötet DalaLab 3 maj har lagts till i din kalender.", sender="Kalender <no-reply@mora.se>",
                     subject="Kalenderhändelse")
    r = parse_email(raw, config, arrival)
    assert r.intent is Intent.AUTO_REPLY and r.never_answer


def test_an_out_of_office_reply_is_not_taken_for_spam(config: Config, arrival: dt.datetime) -> None:
    raw = build_mail("Jag är på semester till och med 12 april och läser inte min e-post. Vid brådskande ärenden, "
                     "kontakta växeln på https://www.mora.se/kontakt.", subject="Semester")
    r = parse_email(raw, config, arrival)
    assert r.intent is Intent.AUTO_REPLY


def test_no_reply_and_bulk_envelope_senders_are_machine_sent() -> None:
    assert automatic_kind({}, "Hej", "noreply@x.com", "text/plain", None, "Hej")[0] is Automatic.MACHINE
    assert automatic_kind({"return-path": "<bounce-77-anna=mora.se@mail.x.com>"}, "Hej", "news@x.com",
                          "text/plain", None, "Hej")[0] is Automatic.MACHINE
    assert automatic_kind({}, "Automatiskt svar: x", "noreply@x.com", "text/plain", None, "")[0] \
        is Automatic.AUTO_REPLY
    assert automatic_kind({"return-path": "<>"}, "Hej", "noreply@x.com", "text/plain", None, "")[0] \
        is Automatic.AUTO_REPLY


# ---------------------------------------------------------------- the pieces
@pytest.mark.parametrize(("domain", "points"), [
    ("regiondalarna-se.com", 3), ("regiondalarna.se.login-secure.net", 3), ("falun-se.info", 3),
    ("region-dalarna.net", 2), ("regiondalarna.com", 2), ("regiondalama.se", 2), ("regiondalarna-event.com", 2),
    ("mora-kommun.com", 1),
    ("leksandsbostader.se", 0), ("gmail.com", 0), ("planeringskonsult.se", 0), ("falunborlange.se", 0),
])
def test_look_alike_domains(domain: str, points: int, config: Config) -> None:
    assert _look_alike(domain, _known(config).domains) == points


def test_one_word_alone_does_not_decide(config: Config) -> None:
    for text in ("Faktura", "Vi har fått fakturan, tack.", "Se länken https://regiondalarna.se/dalalab",
                 "Tack för erbjudandet!", "Boka nu!", "Logga in och titta.", "Betala senast 3 maj."):
        assert unsolicited(split_body(text), "", config) == "", text


def test_key_words_never_hide_a_match() -> None:
    """Each pattern runs only on text holding one of its key words: every match in every text here holds one."""
    cues = [v for v in vars(unsolicited_module).values() if isinstance(v, _Cue)]
    texts = [_fold(row[2]) for row in UNSOLICITED + PARTICIPANTS] + [_fold(row[1]) for row in UNSOLICITED]
    for cue in cues:
        for text in texts:
            for match in cue.pattern.finditer(text):
                assert not cue.keys.isdisjoint(_stems(match.group(0))), (cue.pattern.pattern[:40], match.group(0))


@pytest.mark.parametrize("text", ["1 " * 10_000, "1  " * 10_000, "1." * 10_000, "bankgiro " + "1 " * 10_000,
                                  "ditt " + "a " * 10_000, ("boka hos " + "x " * 50) * 400, "? " * 10_000])
def test_hostile_text_is_read_in_linear_time(text: str, config: Config) -> None:
    start = time.process_time()
    unsolicited(split_body(text), text[:200], config, from_address="a@regiondalarna-se.com", from_name="DalaLab")
    assert time.process_time() - start < 0.5
