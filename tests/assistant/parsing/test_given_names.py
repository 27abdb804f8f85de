"""People named by the given name alone, beside the writer or after a role word ("jag och Ahmed", "min kollega
anders", "jag, lena och mats"): each is a person of the reading, not dropped, and the reading is unsure of its
people so that the service asks for the full name instead of booking "Ahmed"; a word beside the writer that is no
given name ("jag och min chef", "mig och resten") names nobody, and one named in full is that one.

Also the writer of a chat signing with the full name on a line the sentence before runs on to, with a title
between the name and the place ("Anmäl mig till alla tillfällen" / "Tove Lund, översiktsplanerare, Mora kommun").
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.given_names import given_names_beside
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from assistant.rules.unsure import merged, wanted_in_full
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

LISA = "Lisa Ek <lisa.ek@vansbro.se>"
SIGNED = "\n\nHälsningar\nLisa Ek\nVansbro kommun\n"
CHAT = Sender("telegram", "4711", "Sara Ek")


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=LISA, subject="DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config, sender: Sender = CHAT) -> ParsedRequest:
    return parse_chat(text, sender, config, ARRIVAL)


def _people(r: ParsedRequest) -> list[tuple[str | None, str | None]]:
    return sorted(((p.name, p.organisation) for p in r.people), key=str)


@pytest.mark.parametrize(("text", "given"), [
    ("Hej! Jag och Ahmed kan tyvärr inte komma den 21/9.", ["Ahmed"]),
    ("Hej, jag och min kollega Jonas vill vara med den 3 maj.", ["Jonas"]),
    ("Hej, Jonas och jag vill vara med den 3 maj.", ["Jonas"]),
    ("Jag anmäler mig själv samt Kalle och Stina till den 3 maj.", ["Kalle", "Stina"]),
    ("Vi blir tre: jag, Lena och Mats. Vi kommer den 3 maj.", ["Lena", "Mats"]),
    ("Jag och vår nya ekolog Hedvig anmäler oss till den 3 maj.", ["Hedvig"]),
    ("Kan du anmäla Oskar och Tilda till den 3 maj? Själv kan jag inte.", ["Oskar", "Tilda"]),
])
def test_a_colleague_named_by_the_given_name_is_a_person_asked_about(config: Config, text: str,
                                                                     given: list[str]) -> None:
    r = _mail(text, config)
    writer = [] if "Själv kan jag inte" in text else [("Lisa Ek", "Vansbro kommun")]
    assert _people(r) == sorted([*writer, *((g, "Vansbro kommun") for g in given)], key=str)
    assert Unsure.PEOPLE in r.unsure
    assert wanted_in_full(r) == given


@pytest.mark.parametrize(("text", "given"), [
    ("hej! anmäler mig och min kollega anders till första träffen. /sara", ["Anders"]),
    ("vi blir tre från orsa: jag, lena och mats. alla fyra träffarna", ["Lena", "Mats"]),
    ("jag o jonas kommer på 21/9", ["Jonas"]),
])
def test_in_lower_case_a_given_name_the_lexicon_knows(config: Config, text: str, given: list[str]) -> None:
    r = _chat(text, config)
    assert [p.name for p in r.people] == ["Sara Ek", *given]
    assert Unsure.PEOPLE in r.unsure


@pytest.mark.parametrize("text", [
    "Hej, jag och min chef vill vara med den 3 maj.",
    "Hej, mig och resten av gruppen kan ni anmäla till den 3 maj.",
    "Hej! Jag och kollegorna kommer den 3 maj.",
    "Jag anmäler mig till den 3 maj och kommer med tåget från Falun.",
    "Min kollega Jonas har redan fått en bekräftelse, och nu vill jag också vara med den 3 maj.",
    "Jag anmäler mig till den 3 maj. Kollegan Elsa skickar en egen anmälan.",
    "Jag anmäler mig till den 3 maj, samma som Karin och jag gjorde förra året.",
])
def test_near_miss_no_given_name_beside_the_writer(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert _people(r) == [("Lisa Ek", "Vansbro kommun")]
    assert Unsure.PEOPLE not in r.unsure


@pytest.mark.parametrize(("text", "full"), [
    ("Hej, jag och min kollega Ahmed Ali vill vara med den 3 maj.", "Ahmed Ali"),
    ("Hej, jag och Anna Berg vill vara med den 3 maj.", "Anna Berg"),
    ("Vi anmäler Ahmed Ali till den 3 maj. Jag och Ahmed kommer tillsammans.", "Ahmed Ali"),
])
def test_near_miss_one_named_in_full_is_that_one(config: Config, text: str, full: str) -> None:
    r = _mail(text, config)
    assert _people(r) == sorted([("Lisa Ek", "Vansbro kommun"), (full, "Vansbro kommun")], key=str)
    assert not wanted_in_full(r)


def test_lower_case_words_that_are_also_given_names_name_nobody() -> None:
    assert given_names_beside("jag och per person betalar ingenting") == []
    assert given_names_beside("jag och Per kommer") == [("Per", 8)]
    assert given_names_beside("anmäler min kollega Zlatan") == [("Zlatan", 20)]   # capitalised after a role word
    assert given_names_beside("min kollega Zlatan fick en bekräftelse") == []      # spoken of, not signed up
    assert given_names_beside("jag och Zlatan kommer") == []     # elsewhere only names the lexicon knows
    assert given_names_beside("anmäl mig o Kalle (Karl Ek) till 3/5") == []   # the bracket names him in full
    assert given_names_beside("vi är tre (jag, Cecilia Brandt och Tomas Wik)") == []    # named in full
    assert given_names_beside("Anmäl Ekonomienheten till 3 maj") == []      # after the verb only known given names
    assert given_names_beside("kan du anmäla Amanda och Viktor?") == [("Amanda", 14), ("Viktor", 25)]


def test_the_answer_naming_them_in_full_completes_the_reading(config: Config) -> None:
    asked = _mail("Hej! Jag och Ahmed vill vara med den 3 maj.", config)
    answer = _mail("Han heter Ahmed Ali.", config)
    done = merged(asked, answer)
    assert _people(done) == [("Ahmed Ali", "Vansbro kommun"), ("Lisa Ek", "Vansbro kommun")]
    assert Unsure.PEOPLE not in done.unsure
    assert list(done.sessions) == [S1]
    unclear = merged(asked, _mail("Ja, det stämmer.", config))     # a yes keeps the given name, as confirmed
    assert wanted_in_full(unclear) == ["Ahmed"]


@pytest.mark.parametrize(("text", "name"), [
    ("Anmäl mig till alla tillfällen\nTove Lund, översiktsplanerare, Mora kommun", "Tove Lund"),
    ("Anmäl mig till alla tillfällen\nTove Lund, Mora kommun", "Tove Lund"),
    ("hej! vill anmäla mig till alla fyra gångerna\n/Tove Lund, planerare mora kommun", "Tove Lund"),
])
def test_a_chat_writer_signing_in_full_on_a_line_of_their_own(config: Config, text: str, name: str) -> None:
    r = _chat(text, config, Sender("telegram", "77", "Tove"))
    assert _people(r) == [(name, "Mora kommun")]
    assert list(r.sessions) == list(ALL)
    assert r.intent == Intent.REGISTER


def test_near_miss_another_full_name_opening_a_line_is_a_colleague(config: Config) -> None:
    r = _chat("Anmäl mig och Per Holm till 21/9\nPer Holm, Mora kommun", config, Sender("telegram", "77", "Tove"))
    assert [p.name for p in r.people] == ["Tove", "Per Holm"]
    assert list(r.sessions) == [S2]


def test_near_miss_those_staying_as_before_are_not_cancelled(config: Config) -> None:
    r = _mail("Stryk Per Holm från den 3 maj. Lena och jag står kvar som förut.", config)
    assert r.intent == Intent.CANCEL
    assert _people(r) == [("Per Holm", "Vansbro kommun")]


def test_near_miss_the_writer_of_a_forwarded_mail_is_named_in_its_header(config: Config) -> None:
    text = ("Hej! Jag anmäler Jonatan nedan till alla träffar, han hinner inte skriva själv. Själv deltar jag inte."
            "\n\n/Lisa\n\n-----Ursprungligt meddelande-----\nFrån: Jonatan Wester <jonatan.wester@vansbro.se>\n"
            "Skickat: den 3 februari 2027 09:12\nTill: Lisa Ek\nÄmne: DalaLab\n\nKan du anmäla mig? Jag vill gärna vara med.\n")
    r = parse_email(build_mail(text, sender=LISA, subject="VB: DalaLab"), config, ARRIVAL)
    assert [(p.name, p.email) for p in r.people] == [("Jonatan Wester", "jonatan.wester@vansbro.se")]
    assert not wanted_in_full(r)
