"""Names written in hard forms, round 56b: by class, in words of its own (none from a corpus), with near-misses.

- A: an e-mail display name with the given name's initial only ("M. Wik"), the signature or the address writing it
  out ("Marta Wik", marta.wik@…): the full name is the writer's.
- B: an e-mail display name surname first with no comma and a surname of two words ("Berg Holm Per-Erik"), the
  address giving the order (per-erik.berg-holm@…): the given name first.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender

pytestmark = pytest.mark.usefixtures("rules_only")


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime, sender: str) -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject="Anmälan DalaLab"), config, arrival)


def chat(text: str, shown: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender(channel="telegram", address="4711", name=shown), config, arrival)


# --- class A: the given name's initial in the display name, written out in the signature or the address

@pytest.mark.parametrize("sender, body, expected", [
    ("M. Wik <marta.wik@orsa.se>", "Hej,\n\nAnmäl mig till alla träffarna.\n\n/Marta Wik\nOrsa kommun\n", "Marta Wik"),
    ("M Wik <marta.wik@orsa.se>", "Hej,\n\nAnmäl mig till alla träffarna.\n\nHälsningar\nMarta Wik\nOrsa kommun\n",
     "Marta Wik"),
    ("M. Wik <marta.wik@orsa.se>", "Hej,\n\nAnmäl mig till alla träffarna.\n\nMvh Marta\n", "Marta Wik"),
    # near-miss: an initial the address does not write out stays as shown
    ("M. Wik <mw@orsa.se>", "Hej,\n\nAnmäl mig till alla träffarna.\n\nMvh M. Wik\n", "M. Wik"),
])
def test_initialled_display_name_written_out(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                             sender: str, body: str, expected: str) -> None:
    assert names(email(mail, body, config, arrival, sender)) == [expected]


# --- class B: surname first, no comma, a surname of two words

@pytest.mark.parametrize("sender, body, expected", [
    ("Berg Holm Per-Erik <per-erik.berg-holm@orsa.se>",
     "Hej,\n\nJag vill anmäla mig till DalaLab.\n\nHälsningar\n\nPer-Erik Berg Holm\nPlanarkitekt, Orsa kommun\n",
     "Per-Erik Berg Holm"),
    ("Berg Holm Per-Erik <per-erik.berg-holm@orsa.se>", "Hej,\n\nJag vill anmäla mig till DalaLab.\n",
     "Per-Erik Berg Holm"),
    ("Berg Holm Per <per.bergholm@orsa.se>", "Hej,\n\nJag vill anmäla mig till DalaLab.\n", "Per Berg Holm"),
    # near-misses: a name of three words in the address's order stays as it is
    ("Per-Erik Berg Holm <per-erik.berg-holm@orsa.se>", "Hej,\n\nJag vill anmäla mig till DalaLab.\n",
     "Per-Erik Berg Holm"),
    ("Per Erik Holm <per.holm@orsa.se>", "Hej,\n\nJag vill anmäla mig till DalaLab.\n", "Per Erik Holm"),
])
def test_surname_first_two_word_surname(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                        sender: str, body: str, expected: str) -> None:
    assert names(email(mail, body, config, arrival, sender)) == [expected]


# --- class C: a colleague written by the initials of a double given name, the address spelling it out

@pytest.mark.parametrize("body, expected", [
    ("Jag vill anmäla mig och kollegan M-L Sund (marie-louise.sund@orsa.se) till alla träffar.",
     ["Marie-Louise Sund", "Marta Wik"]),
    ("Anmäl mig och M-L Sund, marie-louise.sund@orsa.se, till alla träffar.", ["Marie-Louise Sund", "Marta Wik"]),
    ("Anmäl mig och M. Sund (maja.sund@orsa.se) till alla träffar.", ["Maja Sund", "Marta Wik"]),
    # near-misses: initials the address does not spell, or another surname, stay as written
    ("Anmäl mig och M-L Sund (ml.sund@orsa.se) till alla träffar.", ["M-L Sund", "Marta Wik"]),
])
def test_colleague_initials_spelled_by_address(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                               body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej,\n\n{body}\n\n/Marta Wik\nOrsa kommun\n", config, arrival, "Marta Wik <marta.wik@orsa.se>")
    assert names(r) == expected


# --- class D: a chat writer shown by a short form (a nickname, initials) with the surname, the full name in the text

@pytest.mark.parametrize("shown, text, expected", [
    ("Tompa Lind", "Hej, Tomas Lind här (Tompa), planerare i Mora. Vill anmäla mig till 21/9 🙂", ["Tomas Lind"]),
    ("Lasse Wik", "Hej igen, Lasse (Lars Wik) i Mora. Jag måste tyvärr avanmäla mig från alla träffar.", ["Lars Wik"]),
    ("Tom Lind", "Hi! Thomas Lind, Mora municipality. Please sign me up for May 3 and Sep 21.", ["Thomas Lind"]),
    ("M-L Berg", "Hej! Det är Marie-Louise Berg från Mora kommun (M-L på jobbet). Jag vill anmäla mig till 21/9.",
     ["Marie-Louise Berg"]),
    # near-misses: another surname is another person; a nickname written in the text does not replace the full name
    ("Tom Lind", "Hi! Please sign up me and Thomas Berg, Mora municipality, for May 3.", ["Thomas Berg", "Tom Lind"]),
    ("Lars Wik", "Hej, Lasse Wik här, från Mora. Vill anmäla mig till 21/9.", ["Lars Wik"]),
])
def test_chat_short_form_written_out(config: Config, arrival: dt.datetime, shown: str, text: str,
                                     expected: list[str]) -> None:
    assert names(chat(text, shown, config, arrival)) == expected


@pytest.mark.parametrize("shown, text, expected", [
    ("Janne", "Hej, Jan Holm (Janne) från Mora. Jag vill inte vara med längre, ta bort mina uppgifter.", ["Jan Holm"]),
    ("Lasse", "Hej! Lars Wik (Lasse) i Orsa här. Anmäl mig till alla träffar.", ["Lars Wik"]),
    # near-miss: a short form in brackets of another given name than the writer's is not the writer's
    ("Janne", "Hej, anmäl Per Holm (Pelle) till alla träffar.", ["Per Holm"]),
])
def test_chat_nickname_in_brackets_after_full_name(config: Config, arrival: dt.datetime, shown: str, text: str,
                                                   expected: list[str]) -> None:
    assert names(chat(text, shown, config, arrival)) == expected


# --- class E: a list one name to a line, surname first without commas, the writer's own row telling the order

@pytest.mark.parametrize("rows, expected", [
    ("Wik Marta\nSund Jonas\nvan Dijk Anouk", ["Anouk van Dijk", "Jonas Sund", "Marta Wik"]),
    ("- Wik Marta\n- Sund Jonas", ["Jonas Sund", "Marta Wik"]),
    # near-miss: a list in the ordinary order stays so
    ("Marta Wik\nJonas Sund\nAnouk van Dijk", ["Anouk van Dijk", "Jonas Sund", "Marta Wik"]),
])
def test_list_surname_first_told_by_writer_row(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                               rows: str, expected: list[str]) -> None:
    body = f"Hej,\n\nFöljande från Orsa kommun anmäls till alla träffar:\n\n{rows}\n\nHälsningar\nMarta Wik\n"
    assert names(email(mail, body, config, arrival, "Wik Marta <marta.wik@orsa.se>")) == expected


def test_list_surname_first_unconfirmed_stays(mail: Callable[..., bytes], config: Config,
                                              arrival: dt.datetime) -> None:
    # nothing tells the order (the writer not on the list): the rows stay as written
    body = "Hej,\n\nFöljande från Orsa kommun anmäls till alla träffar:\n\nSund Jonas\nBerg Lisa\n\nHälsningar\nMarta Wik\n"
    assert names(email(mail, body, config, arrival, "Marta Wik <marta.wik@orsa.se>")) == ["Berg Lisa", "Sund Jonas"]
