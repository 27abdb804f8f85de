"""Intent, round 22: by class, each in wordings of its own (none from a corpus), and near-misses that must not be
read that way.

- A: a place given up in words not read before ("kan inte följa med längre", "måste utgå helt", "ingen av oss tre –
  A, B och jag – kan komma den 29/11", "kommer inte kunna 22/2"): a cancellation;
- B: a signup held for some sessions only, widened in the same sentence ("anmälde mig bara till första träffen men
  vill gå på alla nu"): a change;
- C: a signup put off until an answer comes ("jag anmäler ingen förrän jag fått svar", "innan jag samlar in
  namn"): a question;
- D: fraud: the organiser's name from a free-mail address asking for gift cards, a place to be verified by a link
  within hours: nothing to do;
- E: the writer's data asked wiped, the data named first ("om ni har sparat mina uppgifter vill jag att ni raderar
  dem"): an erasure;
- F: a job change beside a cancellation is no move ("avanmäla mig, byter jobb från Orsa kommun till ..."); a new
  employer said "bytt till X kommun" beside a signup held: a change of details;
- G: an address changed ("min adress har ändrats, ny är ..."): a change of details;
- H: our confirmation put right ("det har blivit fel: jag anmälde mig till 3 maj, inte till 21 september", "ni har
  anmält mig till alla fyra men jag bad bara om ..."): a change;
- I: back after a cancellation, asked ("avanmälde mig i jan men nu funkar det ändå, kan jag komma 21/9?"): a signup;
- J: a colleague wishing to come too ("nu vill min kollega X också vara med"): a signup;
- K: a switch asked from a session named by its theme ("switch from the session on X (Nov 29) to the one in
  February"): a change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing import second_opinion
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import S1, S2, S3, S4, SESSIONS, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ELIN = "Elin Dahl <elin.dahl@hedemora.se>"
CHAT = Sender("telegram", "4711", "Elin Dahl")
ALL = {S1, S2, S3, S4}


def _mail(config: Config, body: str, subject: str = "DalaLab", sender: str = ELIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, AT)


def _read(config: Config, text: str, subject: str = "DalaLab") -> ParsedRequest:
    """A text sent as chat ("chat: ...") or as a mail."""
    if text.startswith("chat: "):
        return parse_chat(text[6:], CHAT, config, AT)
    return _mail(config, text + "\n\nVänliga hälsningar\nElin Dahl\nHedemora kommun\n", subject)


# --- A: a place given up in words not read before

GIVEN_UP = [
    "Jag anmälde mig och Per Lund i december. Per kan tyvärr inte följa med längre, han har bytt tjänst.",
    "Av oss tre som anmäldes i januari måste Per Lund tyvärr utgå helt. Jag är kvar som planerat.",
    "Ingen av oss två från Hedemora – Per Lund och jag – kan komma den 29 november. Övriga datum gäller.",
    "chat: kommer tyvärr inte kunna 22/2, har en resa bokad. de andra träffarna går bra",
    "Vi kommer inte att kunna den 21 september. Resten står fast.",
    "Ingen av oss på enheten, varken jag eller Per Lund, kan komma 3 maj. Resten gäller.",
    "chat: Per kan inte hänga med längre, han har slutat. jag är kvar",
]


@pytest.mark.parametrize("text", GIVEN_UP)
def test_a_place_given_up_in_new_words_is_a_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL, text


@pytest.mark.parametrize("text", [
    "Vi kan utgå från att vi blir tre. Anmäl mig och Per Lund till alla fyra träffarna.",
    "Jag vill anmäla mig till alla träffar. Kan Per Lund följa med också?",
    "Anmäl mig till 3 maj. Ingen av oss andra kan komma då, men de anmäler sig själva senare.",
])
def test_near_misses_of_giving_up_are_no_cancellation(config: Config, text: str) -> None:
    assert _read(config, text).intent != Intent.CANCEL, text


# --- B: a signup held for some sessions only, widened in the same sentence

WIDENED = [
    "chat: anmälde mig bara till första träffen men vill gå på alla nu om det finns plats!",
    "Jag anmälde mig bara till 3 maj, men nu vill jag vara med på alla fyra.",
    ("Hej! Jag anmälde mig bara till majträffen för att testa, men efter att ha läst programmet vill jag vara med på "
    "hela serien – alla fyra. Går det bra?"),
    "chat: bokade mig bara på 21/9 men vill gärna delta på 29/11 också",
    "Jag registrerade mig bara till den första träffen men skulle vilja gå på alla fyra nu.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_a_signup_held_for_some_sessions_widened_is_a_change(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CHANGE, text


def test_a_widening_keeps_the_sessions_after_it(config: Config) -> None:
    assert set(_read(config, WIDENED[1]).sessions) == ALL


# --- C: a signup put off until an answer comes

DEFERRED = [
    ("Vi har två konsulter hos oss. Kan jag anmäla dem som en del av kommunen? Jag anmäler ingen förrän jag har fått "
    "svar."),
    ("Gäller taket på tre personer även för Länsstyrelsen? Vi är fem som skulle vilja gå på 21 september, men jag vill "
    "veta vad som gäller innan jag samlar in namn."),
    "chat: går det att delta digitalt på nån av träffarna? bor långt bort. vill gärna vara med annars",
    "Räknas praktikanter in i kvoten? Vi anmäler inga förrän vi vet.",
    ("Hur många får komma från en förvaltning? Vi är fyra som gärna vill gå på 3 maj, men jag vill veta det innan jag "
    "samlar in namnen."),
]


@pytest.mark.parametrize("text", DEFERRED)
def test_a_signup_put_off_until_answered_is_a_question(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.QUESTION, text


@pytest.mark.parametrize("text", [
    "Jag vill anmäla mig till 3 maj. Finns det parkering?",
    "chat: vill gärna vara med på alla fyra. går det att komma digitalt ibland?",
])
def test_a_signup_beside_a_question_stays_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


# --- D: fraud dressed as the organiser or as a confirmation

def test_the_organiser_from_free_mail_asking_for_gift_cards_is_nothing(config: Config) -> None:
    body = ("Hej,\n\nHar du en minut? Sitter i möte och kan inte ringa. Jag behöver hjälp att lösa avgifterna för "
            "DalaLab innan anmälan stänger, det handlar om presentkort som ska köpas in i dag. Svara på det här mejlet "
            "så skickar jag detaljer.\n\nLinnea\n")
    r = _mail(config, body, "Brådskande", "Linnea Hassis <linnea.hassis.regiondalarna@gmail.com>")
    assert r.intent == Intent.UNKNOWN


@pytest.mark.parametrize("text", [
    ("Grattis! Din plats på DalaLab är reserverad. Verifiera via länken inom 24h annars går platsen till nästa: "
    "hxxp://dalalab-anmalan.top/verify"),
    "Din plats på DalaLab är reserverad! Bekräfta din plats via länken inom 12h: https://dalalab-plats.xyz/ok",
])
def test_a_place_to_verify_by_a_link_within_hours_is_nothing(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "99", "DalaLab Support"), config, AT)
    assert r.intent == Intent.UNKNOWN, text


def test_a_participant_asking_about_a_link_is_no_fraud(config: Config) -> None:
    r = _read(config, "chat: jag fick ett sms om att verifiera min plats via en länk inom 24h, är det från er?")
    assert r.intent == Intent.QUESTION


# --- E: the writer's data asked wiped, the data named first

ERASED = [
    "Jag är inte intresserad av att delta. Om ni har sparat mina uppgifter i någon lista vill jag att ni raderar dem.",
    "Mina uppgifter i er deltagarlista vill jag att ni tar bort.",
    "If you have stored my details anywhere, please delete them.",
    "Har ni mina personuppgifter kvar så vill jag att ni rensar dem.",
]


@pytest.mark.parametrize("text", ERASED)
def test_data_named_then_asked_wiped_is_an_erasure(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.ERASURE, text


def test_data_named_and_a_mail_deleted_is_no_erasure(config: Config) -> None:
    text = "Jag skickade mina uppgifter i förra mejlet, det kan ni radera. Anmäl mig till 3 maj."
    assert _read(config, text).intent == Intent.REGISTER


# --- F: a job change beside a cancellation; a new employer

@pytest.mark.parametrize("text", [
    "chat: måste avanmäla mig från allt, byter jobb i mars, från orsa kommun till privata sektorn.",
    "Jag måste tyvärr avanmäla mig. Jag byter tjänst i april, från Hedemora kommun till ett konsultbolag.",
    "chat: avboka mig tack, bytte jobb från säter till borlänge",
])
def test_a_job_change_beside_a_cancellation_is_no_move(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CANCEL, text


@pytest.mark.parametrize("text", [
    ("Jag anmälde mig från Säters kommun i december, men har sedan 1 januari bytt till Hedemora kommun. Min anmälan "
    "till 3 maj gäller fortfarande – kan ni uppdatera organisationen?"),
    "Jag är anmäld till alla fyra men har bytt till Falu kommun. Kan ni ändra det?",
])
def test_a_new_employer_beside_a_signup_held_is_a_change_of_details(config: Config, text: str) -> None:
    r = _read(config, text)
    assert (r.intent, r.change) == (Intent.CHANGE, "details"), text


def test_a_move_between_sessions_stays_a_move(config: Config) -> None:
    r = _read(config, "Jag är anmäld till 21/9 men vill byta till 29/11.")
    assert (r.intent, set(r.sessions)) == (Intent.CHANGE, {S3})


# --- G: an address changed

@pytest.mark.parametrize("text", [
    ("chat: Hej. Jag anmälde mig via mejl i december men min adress har ändrats, ny är elin.dahl@hedemora.se. Allt "
    "annat som förut."),
    "Min adress har bytts, nu är den elin.dahl@hedemora.se. Inget annat ändras.",
    "My address has changed: it is now elin.dahl@hedemora.se.",
])
def test_an_address_changed_is_a_change_of_details(config: Config, text: str) -> None:
    r = _read(config, text)
    assert (r.intent, r.change) == (Intent.CHANGE, "details"), text


# --- H: our confirmation put right (a reply over the confirmation)

_CONFIRMATION = ("\n\n-----Ursprungligt meddelande-----\nFrån: DalaLab <linnea.hassis@regiondalarna.se>\n"
                 "Skickat: den 4 februari 2027 11:20\nÄmne: Bekräftelse: din anmälan till DalaLab\n\n"
                 "Hej Elin,\n\nDu är anmäld till:\n- 3 maj 2027\n- 21 september 2027\n- 29 november 2027\n"
                 "- 22 februari 2028\n\nVänliga hälsningar\nLinnea Hassis\n")


@pytest.mark.parametrize(("text", "after"), [
    (("Tack för bekräftelsen, men det har blivit fel: jag anmälde mig till 3 maj och 22 februari, inte till 21 "
     "september. Kan du rätta det?"), {S1, S4}),
    ("Här har det blivit fel – ni har anmält mig till alla fyra men jag bad bara om 21/9 och 29/11. Rätta gärna.",
     {S2, S3}),
    ("Det har blivit fel, jag anmälde mig bara till 29/11, inte till de andra.", {S3}),
])
def test_a_confirmation_put_right_is_a_change(config: Config, text: str, after: set) -> None:
    body = text + "\n\n/Elin" + _CONFIRMATION
    r = _mail(config, body, "SV: Bekräftelse: din anmälan till DalaLab")
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == after, text


# --- I: back after a cancellation, asked

@pytest.mark.parametrize("text", [
    "chat: hej igen! avanmälde mig i jan men nu funkar det ändå 😄 kan jag komma 21/9 o 29/11?",
    "Jag avbokade mig i februari men nu går det ändå – kan jag få komma den 21 september?",
])
def test_back_after_a_cancellation_asked_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


def test_a_cancellation_told_beside_a_question_stays_a_cancellation(config: Config) -> None:
    r = _read(config, "chat: jag måste avanmäla mig från 21/9. kan jag få materialet efteråt?")
    assert r.intent == Intent.CANCEL


# --- J: a colleague wishing to come too

@pytest.mark.parametrize("text", [
    ("Jag är redan anmäld sedan december. Nu vill min kollega Per Lund (per.lund@hedemora.se) också vara med, på de "
    "två träffarna i höst. Går det bra?"),
    "Nu vill vår planerare Per Lund också gärna delta på 3 maj.",
])
def test_a_colleague_wishing_to_come_is_a_signup(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.REGISTER, text


# --- K: a switch asked from a session named by its theme

@pytest.mark.parametrize("text", [
    ("Could I switch from the session on uncertainties and desirable futures (Nov 29) to the accessibility one in "
    "February? I'm on a study trip then."),
    "Kan jag byta från träffen om osäkerheter och önskvärda framtider (29 nov) till den i februari?",
])
def test_a_switch_from_a_session_by_theme_is_a_change(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CHANGE, text


@pytest.mark.parametrize(("text", "gone"), [
    ("Tack, allt stämmer utom den 22 feb – då är jag föräldraledig. Resten går bra!", {S4}),
    ("Thanks, everything is fine except 21 September, I'm away then.", {S2}),
    ("Allt ser bra ut utom 3 maj, den krockar. Övriga gäller.", {S1}),
])
def test_a_confirmation_fine_but_for_a_session_is_a_cancellation(config: Config, text: str, gone: set) -> None:
    r = _mail(config, text + "\n\n/Elin" + _CONFIRMATION, "SV: Bekräftelse: din anmälan till DalaLab")
    assert r.intent == Intent.CANCEL, text
    # (the session given up is the one after "utom": read by the sessions part, not here)
    assert gone <= set(SESSIONS), text


def test_a_first_signup_for_all_but_a_session_stays_a_signup(config: Config) -> None:
    r = _read(config, "Jag vill anmäla mig. Alla datum passar utom 29/11.")
    assert r.intent == Intent.REGISTER


def test_a_confirmation_booked_beyond_what_was_asked_is_a_change(config: Config) -> None:
    text = "Här har det blivit fel – ni har anmält mig till alla fyra men jag bad bara om 21/9 och 29/11. Rätta gärna."
    r = _mail(config, text + "\n\n/Elin" + _CONFIRMATION, "SV: Bekräftelse: din anmälan till DalaLab")
    assert r.intent == Intent.CHANGE


# --- L: a session added for the writer and a colleague named, both signed up

@pytest.mark.parametrize("text", [
    ("Vi är anmälda tre från Hedemora till 3 maj. Nu vill även Per Lund och jag gå på 21/9, så lägg gärna till den "
    "för oss två. Sara stannar på bara majträffen."),
    "Jag och Per Lund är anmälda till 3 maj. Lägg gärna till 29/11 för Per Lund och mig också.",
    "We are registered for 3 May. Per Lund and I would like to add 21 September as well.",
])
def test_a_session_added_for_the_writer_and_a_colleague_is_a_change(config: Config, text: str) -> None:
    assert _read(config, text).intent == Intent.CHANGE, text


def test_a_colleague_added_alone_is_a_signup(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Jag är anmäld till 3 maj. Lägg gärna till min kollega Per Lund på 21/9 också."
    # the shipped intent model reads "lägg till ... också" as a change: its reading is stated and asked about
    read = _read(config, text)
    assert read.intent == Intent.REGISTER or Unsure.INTENT in read.unsure
    monkeypatch.setattr(second_opinion, "model", lambda: None)     # the rules' own reading
    assert _read(config, text).intent == Intent.REGISTER
