"""People a signup says come but does not name are asked for (found by trying the service as a user, eleventh
session). Before, "jag anmäler mig själv och min kollega" booked the writer and dropped the colleague silently, as
did "vi blir tre" with one name and "två kollegor: Anders Holm och en till".

Near-misses: the colleague named (in full, by address, or by the given name, which is asked for on its own), as
many named as counted, a count of something else.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from assistant.rules.unsure import merged
from tests.assistant.parsing.conftest import ARRIVAL, S1, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

EVA = "Eva Lund <eva.lund@mora.se>"
SIGNED = "\n\nEva Lund\nMora kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=EVA, subject="Anmälan"), config, ARRIVAL)


@pytest.mark.parametrize(("text", "missing"), [
    ("Hej, jag anmäler härmed mig själv och min kollega till alla fyra träffar.", 1),
    ("Hej, jag och en kollega vill komma på alla träffar.", 1),
    ("Min chef och jag vill gärna vara med den 3 maj.", 1),
    ("Hi, me and a colleague would like to join on 3 May.", 1),
    ("Hej, vi blir tre från Mora på första träffen. Namnen kommer senare.", 2),
    ("Vi är tre som vill delta på alla träffar: jag och Anders Holm (anders.holm@mora.se).", 1),
    ("Jag anmäler två kollegor till 3 maj: Anders Holm och en till som jag återkommer om.", 1),
    ("Hej! Vi anmäler hela planenheten (5 personer) till alla träffar.", 4),
    ("Jag anmäler mig och mina två kollegor till alla träffar.", 2),
])
def test_people_said_to_come_but_not_named_are_asked_for(config: Config, text: str, missing: int) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.UNNAMED in r.unsure
    assert r.unnamed == missing


def test_one_more_said_as_a_count_in_the_chat_is_asked_for(config: Config) -> None:
    r = parse_chat("anmäl mig + 1 till alla träffarna", Sender("telegram", "77", "Eva Lund"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert Unsure.UNNAMED in r.unsure and r.unnamed == 1


@pytest.mark.parametrize("text", [
    "Hej, jag och min kollega Anders Holm (anders.holm@mora.se) vill komma på alla träffar.",
    "Hej, jag och min kollega, anders.holm@mora.se, vill komma på alla träffar.",
    "Vi är två från Mora som vill delta: Eva Lund och Anders Holm. Vi tar alla fyra.",
    "Vi blir tre: jag, Anders Holm och Lisa Nord, alla från Mora, på alla träffar.",
    "Jag anmäler mig och mina två kollegor Anders Holm och Lisa Nord till alla träffar.",
    "Jag anmäler mig till alla träffar. Vi är tre planerare på kontoret men de andra hinner inte.",
    "Jag anmäler mig till 3 maj. Vi blir två veckor i Spanien i september, så inte då.",
])
def test_people_named_as_counted_are_not_asked_for(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.UNNAMED not in r.unsure
    assert r.unnamed == 0


def test_a_colleague_named_by_the_given_name_is_asked_for_in_full_not_as_unnamed(config: Config) -> None:
    r = _mail("Hej, jag och min kollega Anders vill komma på alla träffar.", config)
    assert Unsure.UNNAMED not in r.unsure
    assert Unsure.PEOPLE in r.unsure
    assert sorted(p.name or "" for p in r.people) == ["Anders", "Eva Lund"]


@pytest.mark.parametrize("answer", [
    "Hon heter Maria Ström, maria.strom@mora.se.",
    "Maria Ström (maria.strom@mora.se)",
])
def test_the_answer_naming_them_completes_the_reading(config: Config, answer: str) -> None:
    asked = _mail("Hej, jag och min kollega vill komma den 3 maj.", config)
    done = merged(asked, _mail(answer, config))
    assert sorted((p.name, p.email) for p in done.people) == [("Eva Lund", "eva.lund@mora.se"),
                                                              ("Maria Ström", "maria.strom@mora.se")]
    assert Unsure.UNNAMED not in done.unsure and done.unnamed == 0
    assert list(done.sessions) == [S1]


def test_an_answer_naming_fewer_than_missing_asks_for_the_rest(config: Config) -> None:
    asked = _mail("Hej, vi blir tre från Mora på första träffen.", config)
    done = merged(asked, _mail("Den ena är Maria Ström, maria.strom@mora.se.", config))
    assert "Maria Ström" in [p.name for p in done.people]
    assert Unsure.UNNAMED in done.unsure and done.unnamed == 1


def test_a_count_that_includes_one_signed_up_already_is_no_one_unnamed(config: Config) -> None:
    r = _mail("Anmäl gärna Elsa Ljung och Noah Berglund till de två första träffarna. Ola Holm har redan anmält "
              "sig själv, så vi blir tre från Mora.", config)
    assert r.intent == Intent.REGISTER
    assert Unsure.UNNAMED not in r.unsure


def test_a_colleague_signing_up_on_their_own_is_not_asked_for(config: Config) -> None:
    r = _mail("Anmäler mig till 3 maj. Jag och min kollega har pratat om det och han anmäler sig själv senare.", config)
    assert Unsure.UNNAMED not in r.unsure


def test_we_signing_up_with_only_the_writer_named_asks_for_the_others(config: Config) -> None:
    r = _mail("Hej, vi anmäler oss till alla träffar.", config)
    assert Unsure.UNNAMED in r.unsure and r.unnamed == 1      # one more at least
    done = merged(r, _mail("Vi är jag, Maria Ström (maria.strom@mora.se) och Anders Holm (anders.holm@mora.se).",
                           config))
    assert sorted(p.name or "" for p in done.people) == ["Anders Holm", "Eva Lund", "Maria Ström"]
    assert Unsure.UNNAMED not in done.unsure


@pytest.mark.parametrize("text", [
    "Anmäl hela gruppen till 3 maj.",
    "Anmäl samma personer som förra året.",
])
def test_a_group_named_as_such_is_asked_for(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert Unsure.UNNAMED in r.unsure


def test_the_whole_series_is_no_group(config: Config) -> None:
    r = _mail("Anmäl mig till hela serien.", config)
    assert Unsure.UNNAMED not in r.unsure
