"""Intent, tenth round: general readings, each class in words of its own (none from a corpus).

- a signup held and widened: "utöka" in the text or in the subject, a signup held for some sessions "bara" and
  one made now for more, a mind changed towards coming ("ändrat mig, kan ändå komma"); the sessions after;
- the held signup told with the verb first or in the passive ("anmälde jag mig", "anmäldes"); a colleague whose
  signup is said to be unchanged is no part of the change;
- a substitute told with a pronoun between ("ersätts hon av ..."); one still to be found ("om vi hittar en
  ersättare") is no substitution;
- a cancellation for two ("kommer varken X eller Y att kunna delta", "stryka dem från ...");
- a correction "skrev fel" speaks of an earlier message ("inte på X utan på Y": only Y);
- a registry's record of a document received, sent for information: unknown.
"""

import datetime as dt

from assistant.config import Config
from assistant.parsing.intent import classify
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.text import fold, sentences
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _classify(text: str, *, subject: str = "", sessions: bool = True) -> tuple[Intent, str | None, bool]:
    own = sentences(text)
    r = classify(own, [fold(s) for s in own], fold(subject), sessions, False, lambda i: False)
    return r.intent, r.change, r.adds


# ------------------------------------------------ a signup held, widened
def test_a_signup_held_for_one_session_only_and_one_made_now_for_more_is_a_change() -> None:
    text = ("Förra månaden anmälde jag mig endast till höstträffen i september. "
            "Nu har jag fått klartecken från chefen, så jag vill gärna delta på samtliga fyra.")
    assert _classify(text) == (Intent.CHANGE, "sessions", True)


def test_widening_in_the_subject_beside_a_signup_held_is_a_change() -> None:
    text = ("Jag anmälde mig till den 21 september. "
            "Jag skulle gärna vilja gå på den 29 november också om det finns plats.")
    assert _classify(text, subject="Utökning av anmälan")[0] == Intent.CHANGE


def test_a_mind_changed_towards_coming_beside_a_signup_held_is_a_change() -> None:
    assert _classify("har ändrat mig – kan ändå komma i februari. är redan anmäld till 21/9.") == (
        Intent.CHANGE, "sessions", True)


def test_a_signup_without_one_held_stays_a_signup() -> None:
    assert _classify("Jag vill gärna delta på alla fyra träffarna, bara maj som är osäker.")[0] == Intent.REGISTER


def test_a_signup_held_and_a_session_still_missed_is_no_widening() -> None:
    assert _classify("Jag anmälde mig bara till maj. Har ändrat mig, kan inte komma då heller.")[0] == Intent.CANCEL


def test_widened_signup_keeps_the_sessions_held_and_adds_the_new(config: Config) -> None:
    raw = build_mail("Hej!\n\nI januari anmälde jag mig bara till träffen den 21 september. Nu vet jag att jag kan, "
                     "så jag vill gärna gå på 29 november och 22 februari också.\n\nHälsningar\nKarin Sjö\nOrsa kommun",
                     sender="Karin Sjö <karin.sjo@orsa.se>", subject="Utöka anmälan")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S2, S3, S4)


def test_a_colleague_whose_signup_stays_unchanged_is_not_among_the_people(config: Config) -> None:
    raw = build_mail("Hej,\n\nI januari anmäldes Karl Berg och Lisa Holm från Mora kommun till träffen den 3 maj. "
                     "Vi vill nu utöka hans anmälan så att den omfattar 3 maj och 21 september. "
                     "Lisas anmälan är oförändrad.\n\nMvh\nStina Ek\nMora kommun",
                     sender="Stina Ek <stina.ek@mora.se>", subject="Ändrad anmälan")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Karl Berg"]
    assert r.sessions == (S1, S2)


# ------------------------------------------------ substitutes
def test_a_substitute_with_a_pronoun_between_is_a_substitution() -> None:
    text = "Från och med februari ersätts hon av Maja Lind, maja.lind@mora.se."
    assert _classify(text)[:2] == (Intent.CHANGE, "substitute")


def test_a_substitute_still_to_be_found_is_no_substitution(config: Config) -> None:
    raw = build_mail("Hej,\n\nPer Holm kan inte delta den 21 september och avanmäls härmed från det tillfället. "
                     "Om vi hittar en ersättare hör vi av oss.\n\nMvh\nAnna Berg\nRättviks kommun",
                     sender="Anna Berg <anna.berg@rattvik.se>", subject="Avanmälan")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Holm"]
    assert r.sessions == (S2,)


# ------------------------------------------------ cancellations for two
def test_neither_of_two_with_the_verb_first_is_a_cancellation() -> None:
    text = "På grund av en konferens kommer varken Ola Ek eller Siv Berg att kunna delta den 29 november."
    assert _classify(text)[0] == Intent.CANCEL


def test_asked_to_strike_them_from_a_session_is_a_cancellation() -> None:
    assert _classify("Vi ber er stryka dem från novemberträffen.")[0] == Intent.CANCEL


# ------------------------------------------------ a correction
def test_wrote_wrong_before_not_one_session_but_another_gives_only_the_new(config: Config) -> None:
    r = parse_chat("oj, skrev fel igår – jag ska inte på 29 november utan på 22 februari. /Per Ek, Mora",
                   Sender("telegram", "42", "Per Ek"), config, AT)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S4,)


# ------------------------------------------------ a registry's record
def test_a_registry_record_of_a_received_invitation_is_unknown(config: Config) -> None:
    raw = build_mail("Till: Samhällsbyggnad\n\nInkommen handling har diarieförts enligt följande:\n\n"
                     "Diarienummer: SBN 2027/101\nInkom: 2027-01-10\nAvsändare: Region Dalarna\n"
                     "Ärendemening: Inbjudan DalaLab, träffar 3 maj och 21 september 2027\n"
                     "Åtgärd: För kännedom\n\nRegistraturen\nMora kommun",
                     sender="Registrator <registrator@mora.se>", subject="Fördelning av handling")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.UNKNOWN
    assert r.people == ()


def test_a_registry_that_signs_people_up_is_no_record(config: Config) -> None:
    raw = build_mail("Hej,\n\nVi anmäler härmed Eva Ek, eva.ek@mora.se, till alla träffar.\n\n"
                     "Diarienummer: SBN 2027/101\nHandläggare: Planchef\nInkom: 2027-01-10\n\nRegistraturen\nMora kommun",
                     sender="Registrator <registrator@mora.se>", subject="Anmälan DalaLab")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.REGISTER
