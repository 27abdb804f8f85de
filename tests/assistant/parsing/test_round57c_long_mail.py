"""Long mail where the request is a small part, found missing in round 57c: a PS under the signature is the writer's
own words (often the only request in a mail about another errand), and "Vänligen" opening a line with a verb after it
is a polite request, not a closing. Near-miss: a PS that asks nothing leaves the reading as it was."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Ekdahl <karin.ekdahl@mora.se>"


def _mail(body: str, config: Config, subject: str = "Underlag") -> ParsedRequest:
    return parse_email(build_mail(body, sender=KARIN, subject=subject), config, ARRIVAL)


def test_a_signup_in_a_ps_under_the_signature_is_read(config: Config) -> None:
    r = _mail("Hej Linnea,\n\nHär kommer kartmaterialet till grönstrukturplanen som vi pratade om. Kan ni titta på "
              "det innan den 12 april?\n\nHälsningar\nKarin Ekdahl\nPlanarkitekt, Mora kommun\nMobil 070-555 09 21\n\n"
              "PS. Anmäl mig gärna till DalaLab också, alla träffar utom den första.\n", config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Karin Ekdahl"]
    assert r.sessions == (S2, S3, S4)


def test_a_diet_in_a_ps_under_the_signature_is_a_change(config: Config) -> None:
    r = _mail("Hej,\n\nBifogar tabellerna till trafikprognosen. Hör av er om något saknas.\n\nMvh\nKarin Ekdahl\n"
              "Mora kommun\n\nP.S. Om DalaLab: jag äter numera glutenfritt, så ändra gärna min anmälan "
              "(jag är anmäld till alla fyra).\n", config)
    assert r.intent == Intent.CHANGE
    assert r.diet is not None and "gluten" in r.diet
    assert r.sessions == ALL


def test_a_ps_that_asks_nothing_leaves_the_reading(config: Config) -> None:
    r = _mail("Hej! Jag vill anmäla mig till DalaLab den 21 september.\n\nMvh\nKarin Ekdahl\n\n"
              "PS. Vilket fint väder det var i helgen.\n", config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2,)


def test_vanligen_with_a_verb_after_it_is_a_request_not_a_closing(config: Config) -> None:
    r = _mail("Hej Linnea,\n\nFrån ledningsgruppens möte: Per Stål slutar hos oss i mars och hans plats i DalaLab "
              "frigörs.\n\nVänligen stryk alltså Per Stål från DalaLab.\n\nMed vänlig hälsning\nKarin Ekdahl\n"
              "Mora kommun\n", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Stål"]
    assert r.sessions == ALL


@pytest.mark.parametrize("text", [
    "Sätt upp mig på DalaLab – inte den första träffen men de tre andra.",
    "Sätt upp mig på DalaLab – inte första träffen (då har vi en egen kurs i Mora 3 maj) men de tre andra.",
    "Sätt upp mig på DalaLab, inte 3 maj (fullmäktige 3 maj), men alla andra.",
])
def test_a_session_left_out_after_a_dash_or_with_its_reason_in_brackets(text: str, config: Config) -> None:
    r = _mail(f"Hej!\n\n{text}\n\nMvh\nKarin Ekdahl\n", config, subject="DalaLab")
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3, S4)


def test_a_bracket_that_turns_to_a_wanted_session_is_not_left_out(config: Config) -> None:
    r = _mail("Hej!\n\nAnmäl mig till DalaLab, inte 3 maj (men gärna 21/9).\n\nMvh\nKarin Ekdahl\n", config,
              subject="DalaLab")
    assert r.sessions == (S2,)


def test_minutes_withdrawing_a_colleague_name_no_session_of_their_own(config: Config) -> None:
    r = _mail("Hej,\n\nUr protokollet från ledningsgruppen:\n\n§ 3 Ekonomi: rapport till nämnden 4 februari.\n"
              "§ 4 Personal: Per Stål slutar hos oss 31 mars. Hans plats i DalaLab ska avbokas. En ny planerare "
              "rekryteras tidigast i höst.\n§ 5 Nästa möte: 11 februari kl. 9.00.\n\nVänligen avboka alltså Per Stål "
              "från DalaLab.\n\nMed vänlig hälsning\nKarin Ekdahl\nMora kommun\n", config, subject="Protokollsutdrag")
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Stål"]
    assert r.sessions == ALL


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kommer på nästa träff.", (S1,)),
    ("Jag kommer på nästa träff 21/9.", (S2,)),
])
def test_the_next_session_unless_its_day_is_given(text: str, expected: tuple[object, ...], config: Config) -> None:
    r = _mail(f"Hej!\n\nAnmäl mig till DalaLab. {text}\n\nMvh\nKarin Ekdahl\n", config, subject="DalaLab")
    assert r.sessions == expected
