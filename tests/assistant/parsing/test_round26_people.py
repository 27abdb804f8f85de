"""Round 26 (people.py), by class, each in other words than the corpus, with near-misses beside.

Class A: a chat or mail written one thought to a line, its lines run together into one sentence: a line opening
with a verb and no subject ("Jobbar på ...", "Vill gärna ...", "Kommer båda ...") does not lend its verb to the
name ending the line before ("Jag heter Amanda Larsson" / "Jobbar på Region Dalarna").

Class B: a chat writer whose full display name has the given name in initials or short ("AK Holm", "LE Dahl")
says the name in full ("jag heter anna-karin holm"): the name said is theirs, the same surname and the given name
beginning alike; not a short form of the display name's given name ("Per Lundqvist" saying "Pelle Lundqvist")."""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def chat(text: str, config: Config, who: str) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, ARRIVAL)


def mail(body: str, config: Config, sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- class A: a line opening with a verb is no part of the name on the line before

@pytest.mark.parametrize(("text", "who", "expected"), [
    ("Hallå!\nMitt namn är Johan Berg\nArbetar på Mora kommun\nAnmäler mig till 21 september", "Johan",
     ["Johan Berg"]),
    ("Hej\nDet är Per Holm\nSitter på Länsstyrelsen\nKommer gärna 29 november", "P", ["Per Holm"]),
    ("Hallå\nJag heter Sara Lind\nVill anmäla mig till 3 maj\nTack", "Sara", ["Sara Lind"]),
    ("Tjena\nJag heter Oskar Nyberg\nBor i Falun\nAnmäl mig till 21/9", "Oskar", ["Oskar Nyberg"]),
])
def test_a_chat_line_opening_with_a_verb(text: str, who: str, expected: list[str], config: Config) -> None:
    r = chat(text, config, who)
    assert r.intent == Intent.REGISTER
    assert names(r) == expected


def test_a_mail_line_opening_with_a_verb_after_a_colleague(config: Config) -> None:
    r = mail("Hej!\nAnmäler mig och min kollega Eva Lind\nKommer båda till 3 maj\n/Karin", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Eva Lind", "Karin Dahl"]


def test_a_three_word_name_keeps_its_third_word(config: Config) -> None:
    """Near-miss: a third capitalised word that is a surname stays in the name."""
    r = mail("Hej!\nAnmäl gärna min kollega Eva Lind Holm till 3 maj.\n/Karin", config)
    assert names(r) == ["Eva Lind Holm"]


def test_a_name_then_a_verb_in_its_own_sentence(config: Config) -> None:
    """Near-miss: the name ends its sentence and the verb opens the next, as it always did."""
    r = chat("Hej! Jag heter Amir Haddad och jobbar på Falu kommun. Anmäl mig till 3 maj.", config, "Amir")
    assert names(r) == ["Amir Haddad"]


# --- class B: the full name said by a writer whose display name has the given name in initials

@pytest.mark.parametrize(("text", "who", "expected"), [
    ("hej! jag heter lars-erik dahl, orsa kommun. anmäler mig till 3/5", "LE Dahl", ["Lars-Erik Dahl"]),
    ("Hej, jag heter Britt-Marie Ek och vill anmäla mig till 21 september", "BM Ek", ["Britt-Marie Ek"]),
    ("anmäler mig o kollegan per lind till 29/11. jag heter karl-johan nilsson, leksand", "KJ Nilsson",
     ["Karl-Johan Nilsson", "Per Lind"]),
    ("Hi, my name is Anna-Lena Ström, please sign me up for 3 May", "AL Ström", ["Anna-Lena Ström"]),
])
def test_b_full_name_said_beside_initials(text: str, who: str, expected: list[str], config: Config) -> None:
    r = chat(text, config, who)
    assert r.intent == Intent.REGISTER
    assert names(r) == expected


def test_b_short_form_said_keeps_the_display_name(config: Config) -> None:
    """Near-miss: "Pelle" is a short form of the display name's "Per": the display name stays."""
    r = chat("hej, jag heter pelle lundqvist och vill anmäla mig till 3 maj", config, "Per Lundqvist")
    assert names(r) == ["Per Lundqvist"]


def test_b_another_surname_said_is_no_writer(config: Config) -> None:
    """Near-miss: a colleague of another surname named beside a full display name is the colleague."""
    r = chat("hej! anmäl mig och min kollega anna holm till 21/9", config, "Anna Berg")
    assert names(r) == ["Anna Berg", "Anna Holm"]


def test_b_display_name_unchanged_when_the_text_gives_the_same(config: Config) -> None:
    """Near-miss: the display name said as it is."""
    r = chat("Hej, jag heter Eva Lind och vill anmäla mig till 29 november", config, "Eva Lind")
    assert names(r) == ["Eva Lind"]



def test_b_formal_name_said_beside_a_short_display_name(config: Config) -> None:
    """A display name in a short form ("Kalle Byström") and the formal name said: the formal one, as when signed."""
    r = chat("Hej, jag heter Karl Byström och vill anmäla mig till 3 maj", config, "Kalle Byström")
    assert names(r) == ["Karl Byström"]
