"""Names, round 23, by class: a chat (or phone mail) writer whose display name is a nickname, a given name only or
no name at all, while the text gives their full name, often in lower case. Each class with variants of its own, in
other words than the corpus, and near-misses that must not change.

- A: the writer says who they are in lower case: "x y här (ort)", "x y ort här", "x y i ort", "x y here, ...",
  "jag heter x y och ..." (the pair before it a verb), the display name the given name, a short form of it
  ("Majsan", "Ullis", "Stoffe", "Nicke", "Jo"), or none;
- B: people listed in lower case with "o"/"och"/"+", the writer among them, in brackets after "jag"/"ja" or opening
  the message: all found, the display name no person of its own;
- C: a mail whose display name has a short given name ("Dan Okafor", daniel.okafor@…) signed in full: the full name.
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def chat(text: str, shown: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", shown), config, ARRIVAL)


def names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


# --- A: the writer introduced in lower case, the display name a nickname, a given name or none

INTRODUCED = [
    ("hej! lena nordin här (rättvik) 🙂 vill anmäla mig till alla träffar", "Lenis", "Lena Nordin"),
    ("tjena. fredrik almqvist här (leksand). kan inte komma 21/9 längre, stryk mig där", "Freddan", "Fredrik Almqvist"),
    ("hej hej, sara lundin ludvika här. vill gå på träffen i maj", "Sara 🌼", "Sara Lundin"),
    ("hej! karin berglund i orsa 👋 anmäl mig till första träffen", "Karin 🌸", "Karin Berglund"),
    ("hi! sam porter here, working at region dalarna. can i come to the may session?", "Sam 🇬🇧", "Sam Porter"),
    ("hello, lisa grant here, from länsstyrelsen. please sign me up for all sessions", "Lisa", "Lisa Grant"),
    ("hej. jag heter oskar lindgren och vill avanmäla mig från alla träffar", "🙈 anon", "Oskar Lindgren"),
    ("jag heter petra sund och bor i falun. kan jag komma på träffen i september?", "xyz", "Petra Sund"),
    ("hej! josefin åström, mora kommun, josefin.astrom@mora.se. alla träffar utom den sista", "Jossan",
     "Josefin Åström"),
    ("hej, petra lund borlänge här 👋 vill gå på alla träffar", "xyz", "Petra Lund"),
    ("niklas ek, falu kommun. anmäl mig till alla fyra", "Nicke", "Niklas Ek"),
    ("majken holm här 👋 kan jag flytta från 3/5 till 21/9?", "Majken", "Majken Holm"),
    ("Hi! Joanna Price from Region Dalarna, please sign me up for the September session.", "Jo", "Joanna Price"),
    ("hej, kristoffer berg borlänge här, vill anmäla mig till alla träffar", "Stoffe", "Kristoffer Berg"),
    # as before: a name opening the message with "här" closing the clause, whatever the display name
    ("hej! per nordin här, vill anmäla mig till alla träffar", "🦊 räven", "Per Nordin"),
    # as before: "heter jag" after the name, wherever it stands
    ("tja! vill gå på alla träffar. petra holm heter jag btw", "zz", "Petra Holm"),
]


@pytest.mark.parametrize(("text", "shown", "expected"), INTRODUCED)
def test_a_chat_writer_introducing_themselves_is_named_so(text: str, shown: str, expected: str,
                                                          config: Config) -> None:
    assert names(chat(text, shown, config)) == [expected]


def test_the_address_written_stays_with_the_writer(config: Config) -> None:
    r = chat("hej! josefin åström, mora kommun, josefin.astrom@mora.se. alla träffar utom den sista", "Jossan", config)
    assert [(p.name, p.email) for p in r.people] == [("Josefin Åström", "josefin.astrom@mora.se")]


# Near-misses: ordinary words before "här"/"here" are no name; a colleague the writer signs up is not the writer;
# a name the writer says is another's stays another's.
NOT_A_NAME = [
    ("jag läser mejlen här. vill anmäla mig till alla träffar", "Lenis"),
    ("can i sign up here, please? all sessions", "Sam 🇬🇧"),
    ("hej! nya jobbet här (mora) gör att jag måste avanmäla mig", "Stoffe"),
    ("jag bor i mora 👋 och vill komma på alla träffar", "Karin 🌸"),
]


@pytest.mark.parametrize(("text", "shown"), NOT_A_NAME)
def test_ordinary_words_are_no_writers_name(text: str, shown: str, config: Config) -> None:
    from assistant.parsing.names import clean_name, without_symbols
    assert names(chat(text, shown, config)) == [clean_name(without_symbols(shown))]


COLLEAGUE_ONLY = [
    ("anmäl min kollega johan ek till alla träffar", "Stoffe", "Johan Ek"),
    ("hej! kan ni anmäla min kollega petra lund i orsa till första träffen?", "Majsan", "Petra Lund"),
]


@pytest.mark.parametrize(("text", "shown", "colleague"), COLLEAGUE_ONLY)
def test_a_colleague_signed_up_is_not_the_writer(text: str, shown: str, colleague: str, config: Config) -> None:
    assert names(chat(text, shown, config)) == [colleague]


# --- B: people listed in lower case, the writer among them

LISTED = [
    ("anmäler mora-gänget: jag (sofia hed), per ek och lisa wik. alla träffar", "Sofia",
     ["Sofia Hed", "Per Ek", "Lisa Wik"]),
    pytest.param("vi kommer fyra från orsa: ja (moa lind), erik sund o tova berg. bara första", "Moa",
                 ["Moa Lind", "Erik Sund", "Tova Berg"],
                 marks=pytest.mark.xfail(strict=True, reason="the rules read no request in it (unknown); the intent model of round 22 stated the right intent (and asked), the one retrained on dev30 does not")),
    ("hej! jag emma falk + olof ek o sten dahl vill gå på alla träffar", "Emma",
     ["Emma Falk", "Olof Ek", "Sten Dahl"]),
    ("hej! lina berg o maria wahl, båda från falu kommun. vi vill gå på alla träffar", "Lina B",
     ["Lina Berg", "Maria Wahl"]),
    ("hej! Lina Berg o Maria Wahl, båda från Falu kommun. vi vill gå på alla träffar", "Lina B",
     ["Lina Berg", "Maria Wahl"]),
    ("tjena! karin ek och johan wik från leksand vill komma på träffen i maj", "Kajsa",
     ["Karin Ek", "Johan Wik"]),
]


@pytest.mark.parametrize(("text", "shown", "expected"), LISTED)
def test_people_listed_in_lower_case_are_all_found(text: str, shown: str, expected: list[str],
                                                   config: Config) -> None:
    assert sorted(n or "" for n in names(chat(text, shown, config))) == sorted(expected)


# Near-misses: ordinary words joined by "o" are no names.
NO_LIST = [
    ("hej! nya jobbet o nya tjänsten gör att jag måste avanmäla mig", "Stoffe"),
    ("hej! kaffe o kaka blir det väl? anmäl mig till alla träffar", "Lenis"),
    ("tjena! bra träff o fint väder, vill gärna komma igen på alla träffar", "Lenis"),
]


@pytest.mark.parametrize(("text", "shown"), NO_LIST)
def test_ordinary_words_joined_are_no_list(text: str, shown: str, config: Config) -> None:
    assert names(chat(text, shown, config)) == [shown]


# --- C: a mail's display name with a short given name, the text signed in full

SIGNED_IN_FULL = [
    ("Hi, please book me for the May session. Thanks, Ben (Benjamin Holt, Falun)", "Ben Holt <benjamin.holt@falun.se>",
     "Benjamin Holt"),
    ("Hej, anmäl mig till alla träffar.\n/Mats (Mattias Öberg, Orsa)", "Mats Öberg <mattias.oberg@orsa.se>",
     "Mattias Öberg"),
]


@pytest.mark.parametrize(("body", "sender", "expected"), SIGNED_IN_FULL)
def test_a_short_display_name_signed_in_full(body: str, sender: str, expected: str, config: Config) -> None:
    r = parse_email(build_mail(body, sender=sender), config, ARRIVAL)
    assert names(r) == [expected]


# Near-miss: not written out in the text, the display name stays.
def test_a_short_display_name_not_written_out_stays(config: Config) -> None:
    r = parse_email(build_mail("Hi, please book me for the May session. Thanks, Ben", sender="Ben Holt <benjamin.holt@falun.se>"),
                    config, ARRIVAL)
    assert names(r) == ["Ben Holt"]
