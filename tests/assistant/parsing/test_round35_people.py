"""Who takes part, round 35: by class, each in words of its own (none from a corpus), with near-misses.

- A: people said to be registered already, listed between "har redan" and "anmälda" ("vi har redan Eva Lund och Per
  Holm anmälda", "we already have Tom Berg and Eva Lind registered"): not part of this request; the one added is;
- B: a colleague said to have got our confirmation ("Tom Berg fick er bekräftelse", "Eva Lind got your
  confirmation"): registered before, not part of the writer's own signup; one who got none still may be;
- C: a time phrase before "och jag" ("förra veckan och jag vill också vara med"): no person named "Förra Veckan";
- D: a forwarded note or invitation with the Swedish preposition "i" ("delta i", "i så fall") beside a word of
  signing up: its writer does not ask to take part; a forwarded writer asking "anmäl mig" still does;
- E: a colleague's new address with the detail in two words ("my colleague Eva Lind has a new e-mail address: …"):
  hers, not the writer's; the writer's own new address stays the writer's;
- F: an address of a hyphenated given name's initials ("el.lind@…" for "Eva-Lena Lind"): hers, one person.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"


def _mail(text: str, config: Config, sender: str = ELSA, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: "vi har redan Eva Lund och Per Holm anmälda"

@pytest.mark.parametrize("text", [
    ("Hej! Vi har redan Eva Lund, Per Holm och Stina Ek anmälda från Mora. Nu vill vår nya kollega Tom Berg också "
    "följa med den 3 maj. Kan ni lägga till honom?"),
    ("Hi! We already have Eva Lund, Per Holm and Stina Ek registered from Mora. Now our new colleague Tom Berg would "
    "also like to join on 3 May. Could you add him?"),
])
def test_a_those_already_registered_are_not_the_request(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Tom Berg"]
    assert list(r.sessions) == [S1]


def test_a_near_miss_a_signup_of_three_stays(config: Config) -> None:
    r = _mail("Hej! Anmäl Eva Lund, Per Holm och Stina Ek till den 3 maj." + SIGNED, config)
    assert _names(r) == ["Eva Lund", "Per Holm", "Stina Ek"]


# --- B: "Tom Berg fick er bekräftelse"

@pytest.mark.parametrize("text", [
    ("Hej!\n\nMin kollega Tom Berg visade mig bekräftelsen han fick av er, och jag vill också vara med. "
    "Anmäl mig till alla fyra träffarna."),
    ("Hej!\n\nMin kollega Tom Berg fick er bekräftelse i går. Jag vill också vara med, anmäl mig till alla fyra "
    "träffarna."),
    ("Hi!\n\nMy colleague Tom Berg received your confirmation and I would like to come too. Please sign me up for "
    "all four sessions."),
])
def test_b_a_colleague_confirmed_before_is_not_signed_up(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elsa Norr"]
    assert list(r.sessions) == list(ALL)


def test_b_near_miss_a_colleague_named_beside_the_writer_still_counts(config: Config) -> None:
    r = _mail("Hej!\n\nMin kollega Tom Berg och jag vill vara med på alla fyra träffarna. Skicka gärna en "
              "bekräftelse." + SIGNED, config)
    assert _names(r) == ["Elsa Norr", "Tom Berg"]


# --- C: "förra veckan och jag"

@pytest.mark.parametrize("text", [
    "Hej! Min chef tipsade om er utbildning förra veckan och jag vill gärna vara med på alla fyra träffarna.",
    "Hej! Jag läste om DalaLab i nyhetsbrevet förra veckan och jag vill anmäla mig till alla fyra träffarna.",
])
def test_c_a_time_phrase_before_och_jag_is_no_name(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elsa Norr"]
    assert list(r.sessions) == list(ALL)


def test_c_near_miss_a_name_before_och_jag_still_counts(config: Config) -> None:
    r = _mail("Hej! Tom Berg och jag vill gärna vara med på alla fyra träffarna." + SIGNED, config)
    assert _names(r) == ["Elsa Norr", "Tom Berg"]


# --- D: a forwarded note with "i så fall"

_FORWARD = ("Hej,\n\nFick inbjudan vidarebefordrad från min chef. Jag anmäler mig härmed till alla fyra "
            "träffarna.\n\nHälsningar\nElsa Norr\nMora kommun\n\n"
            "Från: Per Holm <per.holm@mora.se>\nSkickat: den 2 februari 2027 10:12\n"
            "Till: Elsa Norr <elsa.norr@mora.se>; Tom Berg <tom.berg@mora.se>\nÄmne: VB: Inbjudan till DalaLab\n\n")


@pytest.mark.parametrize("note", [
    "Intressant för er? Anmäl er i så fall direkt till arrangören.\n/Per\n",
    "Kanske något för er. Ange vilka träffar du vill delta i när du anmäler dig.\n/Per\n",
])
def test_d_a_forwarded_note_to_others_adds_no_one(config: Config, note: str) -> None:
    r = _mail(_FORWARD + note, config, subject="VB: VB: Inbjudan till DalaLab")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Elsa Norr"]
    assert list(r.sessions) == list(ALL)


def test_d_near_miss_a_forwarded_writer_asking_to_be_signed_up_still_counts(config: Config) -> None:
    text = ("Hej, se nedan.\n\nHälsningar\nElsa Norr\nMora kommun\n\n"
            "Från: Per Holm <per.holm@mora.se>\nSkickat: den 2 februari 2027 10:12\nTill: Elsa Norr <elsa.norr@mora.se>\n"
            "Ämne: Anmälan\n\nHej Elsa, kan du anmäla mig till alla fyra träffarna i DalaLab?\n/Per\n")
    r = _mail(text, config, subject="VB: Anmälan")
    assert _names(r) == ["Per Holm"]


def test_b_near_miss_one_who_got_no_confirmation_is_signed_up(config: Config) -> None:
    r = _mail("Hej! Min kollega Tom Berg fick ingen bekräftelse. Kan ni anmäla honom till alla fyra träffarna?" + SIGNED,
              config)
    assert _names(r) == ["Tom Berg"]
    assert list(r.sessions) == list(ALL)


# --- E: "my colleague Eva Lind has a new e-mail address: …" (the detail written in two words)

@pytest.mark.parametrize("text", [
    ("Hi Linnea, just so you know: my colleague Eva Lind, whom I signed up in February, has a new e-mail address: "
    "e.lind@mora.se. Nothing else changes."),
    "Hi Linnea, Eva Lind has got a new e-mail address: e.lind@mora.se.",
])
def test_e_a_colleagues_new_address_is_hers(config: Config, text: str) -> None:
    r = _mail(text + "\n\nBest,\nElsa\n\nElsa Norr | Planner | Mora kommun\n", config)
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Eva Lind", "e.lind@mora.se")]
    assert list(r.sessions) == []


def test_e_near_miss_the_writers_own_new_address_is_the_writers(config: Config) -> None:
    r = _mail("Hi Linnea, I have a new e-mail address: elsa.n@mora.se. Please use it from now on."
              "\n\nBest,\nElsa Norr\nMora kommun\n", config)
    assert [(p.name, p.email) for p in r.people] == [("Elsa Norr", "elsa.n@mora.se")]


# --- F: an address of a hyphenated given name's initials ("ak.wiklund@…" for "Anna-Karin Wiklund")

def test_f_the_initials_of_a_hyphenated_given_name_make_her_address(config: Config) -> None:
    r = _mail("Hej Linnea, min kollega Eva-Lena Lind, som jag anmälde i januari, har fått en ny e-postadress: "
              "el.lind@mora.se. Inget annat ändras." + SIGNED, config)
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Eva-Lena Lind", "el.lind@mora.se")]


def test_f_near_miss_other_initials_are_not_hers() -> None:
    from assistant.parsing.names import matches_address
    assert matches_address("Eva-Lena Lind", "el.lind@mora.se")
    assert not matches_address("Eva-Lena Lind", "ek.lind@mora.se")
    assert not matches_address("Eva Lind", "el.lind@mora.se")
