"""A signup made again to be safe ("för säkerhets skull: jag vill vara med på ...", round 56e) is a signup, though
the writer thinks one is held already and the intent model reads a question: a duplicate is harmless."""

from __future__ import annotations

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, S2, S4, build_mail

BODY = ("Hej,\n\nJag tror bestämt att jag anmälde mig redan i november, men något kvitto har jag inte fått, så för "
        "säkerhets skull: jag vill vara med på 21 september och 22 februari. Om jag redan finns med kan ni bortse "
        "från det här!\n\nVänliga hälsningar\nSofia Ekman\nLeksands kommun\n")


def test_a_signup_made_again_to_be_safe_is_a_signup(config: Config) -> None:
    r = parse_email(build_mail(BODY, sender="Sofia Ekman <sofia.ekman@leksand.se>", subject="Anmälan igen"),
                    config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert list(r.sessions) == [S2, S4]
    assert [p.name for p in r.people] == ["Sofia Ekman"]


def test_a_signup_made_again_to_be_safe_is_one_in_the_writers_own_words() -> None:
    # what keeps the rules' signup over the intent model's question (reading.py's _rules_stand)
    from assistant.parsing.intent import signs_up_now
    from assistant.parsing.text import fold

    assert signs_up_now([fold("Något kvitto har jag inte fått, så för säkerhets skull: jag vill vara med på 21/9.")])
    assert signs_up_now([fold("No confirmation came, so just to be safe: I would like to attend 21 September.")])
    assert not signs_up_now([fold("För säkerhets skull: vill jag vara med på 21/9 om det blir av?")])
