"""Sessions, round 40b: by class, each in words of its own (none from a corpus), with near-misses.

- A: a session noun followed by a date whose day has an ordinal's ending ("träffen 3:e maj", "tillfället 21:a sept"):
  the day of that date, not the session of that number ("träffen 3" alone is still the third session).
- B: "the next one instead" after a session given up in the same sentence ("kan inte 21/9, kan jag ta nästa
  istället?", "could I take the next one instead?"): the session after the one given up, not the next after the
  arrival day; "nästa träff" with nothing given up is still the next to come; after the last session there is no
  next one, and the sessions are marked unsure.
- C: a reply over our confirmation that lists each person on a line with their sessions ("Per Ek – 3 maj, 21 sept")
  withdraws one of them without naming a session: the sessions on that person's line, not the whole series; a
  session named in the withdrawal still decides, and a person the list does not show keeps the old reading.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")

EVA = Sender("telegram", "4040", "Eva Strand")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, EVA, config, ARRIVAL)


DAY_WITH_ENDING = [
    ("kan ni boka in mig på första träffen 3:e maj? eva strand, mora kommun", (S1,)),
    ("anmäl mig till träff 3:e maj och 21/9 tack, eva strand, orsa kommun", (S1, S2)),
    ("jag vill gå på tillfället 3:e maj. eva strand, leksands kommun", (S1,)),
    ("anmäl mig till träffen 21:a september tack, eva strand, orsa kommun", (S2,)),
]


@pytest.mark.parametrize(("text", "expected"), DAY_WITH_ENDING)
def test_a_a_session_noun_before_a_day_with_an_ordinal_ending_is_that_date(config: Config, text: str,
                                                                           expected: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == expected


def test_a_near_miss_a_session_noun_before_a_bare_number_is_still_that_session(config: Config) -> None:
    r = _chat("anmäl mig till träff 3 tack. eva strand, mora kommun", config)
    assert r.sessions == (S3,)


def test_a_near_miss_session_numbers_listed_are_still_sessions(config: Config) -> None:
    r = _chat("anmäl mig till träff 2 och 4 tack. eva strand, mora kommun", config)
    assert r.sessions == (S2, S4)


NEXT_INSTEAD = [
    ("kan inte komma den 21/9, går det att hoppa på nästa istället?", (S3,)),
    ("jag kan inte komma 3 maj, kan jag ta nästa träff i stället?", (S2,)),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_INSTEAD)
def test_b_the_next_one_instead_of_a_session_given_up_is_the_one_after_it(config: Config, text: str,
                                                                          expected: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == expected


def test_b_in_english_the_next_one_instead_is_the_one_after_it(config: Config) -> None:
    text = ("Hi, I can't make it on 21 September after all, could I take the next session instead?\n\nEva Strand\n"
            "Mora kommun\n")
    r = parse_email(build_mail(text, sender="Eva Strand <eva.strand@mora.se>"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)


def test_b_the_next_one_after_the_last_session_is_asked_about(config: Config) -> None:
    r = _chat("kan inte komma den 22/2, kan jag ta nästa istället?", config)
    assert Unsure.SESSIONS in r.unsure


def test_b_near_miss_the_next_session_with_nothing_given_up_is_the_next_to_come(config: Config) -> None:
    r = _chat("hej, skriv upp mig på nästa träff! eva strand, mora kommun", config)
    assert r.sessions == (S1,)


def test_b_near_miss_a_session_named_instead_is_still_that_one(config: Config) -> None:
    r = _chat("kan inte komma 21/9, kan jag ta 22/2 istället?", config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S4,)


CONFIRMATION = ("\n\n-----Ursprungligt meddelande-----\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
                "Skickat: den 10 januari 2027 09:12\nÄmne: Bekräftelse DalaLab\n\nHej Eva,\n\ntack! Vi har "
                "registrerat följande från Mora kommun:\n\nEva Strand – 3 maj, 21 sept, 29 nov, 22 feb\n"
                "Jonas Ek – 21 sept, 29 nov\nLena Myr – 3 maj\n\nHälsningar\nLinnea\n")


def _reply(own: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(own + "\n\nEva Strand\nMora kommun" + CONFIRMATION, sender="Eva Strand <eva.strand@mora.se>",
                                  subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)


WITHDRAWN = [
    "Hej!\n\nJonas Ek har bytt tjänst och ska inte vara med längre, stryk honom är ni snälla. Vi andra kommer som planerat.",
    "Hej,\n\nvi avanmäler Jonas Ek, han har gått i pension. Övriga står kvar.",
    "Hej,\n\nJonas Ek måste tyvärr lämna återbud, han är sjukskriven. Övriga anmälningar gäller som förut.",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_c_one_withdrawn_from_a_quoted_list_loses_the_sessions_on_his_line(config: Config, text: str) -> None:
    r = _reply(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Jonas Ek"]
    assert r.sessions == (S2, S3)


def test_c_near_miss_a_session_named_in_the_withdrawal_still_decides(config: Config) -> None:
    r = _reply("Hej,\n\nJonas Ek kan tyvärr inte komma den 29 november, stryk honom från den träffen.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S3,)


def test_c_near_miss_someone_the_list_does_not_show_keeps_the_whole_series(config: Config) -> None:
    r = _reply("Hej,\n\nvi avanmäler Karl Berg, han har slutat hos oss.", config)
    assert r.intent == Intent.CANCEL
    assert r.sessions == (S1, S2, S3, S4)
