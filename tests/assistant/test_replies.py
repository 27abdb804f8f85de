"""Reply texts: what was registered, or why not, in Swedish or English."""

from __future__ import annotations

import datetime as dt

from assistant.booking import Holder
from assistant.config import Config
from assistant.decision import Decision, Outcome, Verdict
from assistant.replies import Replies, and_join
from assistant.request import Intent, ParsedRequest, Person, Sender

SESSIONS = [dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)]
JONAS = Holder("new:0", "Jonas Berg", "jonas.berg@falun.se", "Falu kommun")


def _request(language: str = "sv", diet: str | None = None) -> ParsedRequest:
    return ParsedRequest(Intent.REGISTER, (Person("Jonas Berg", "jonas.berg@falun.se", "Falu kommun"),),
                         diet=diet, language=language, sender=Sender("email", "jonas.berg@falun.se", "Jonas Berg"))


def test_and_join() -> None:
    assert and_join(["A"], "sv") == "A"
    assert and_join(["A", "B", "C"], "sv") == "A, B och C"
    assert and_join(["A", "B"], "en") == "A and B"


def test_one_refusal_line_for_all_sessions_names_the_three(config: Config) -> None:
    facts = {"organisation": "Falu kommun", "quota": 3, "holders": ["Karin Dahl", "Per Holm", "Lena Ek"]}
    decision = Decision(tuple(Verdict(JONAS, d, Outcome.REJECTED, "organisation-quota", facts) for d in SESSIONS))
    text = Replies(config).decision_text(_request(), decision, "Jonas")
    assert text.startswith("Hej Jonas!")
    assert text.count("Inte anmäld") == 1
    assert ("Inte anmäld till 3 maj 2027, 21 september 2027, 29 november 2027 och 22 februari 2028: "
            "Falu kommun får delta med högst 3 personer och platserna är redan tagna av "
            "Karin Dahl, Per Holm och Lena Ek.") in text


def test_confirmation_states_sessions_time_place_and_diet_in_english(config: Config) -> None:
    decision = Decision((Verdict(JONAS, SESSIONS[0], Outcome.CONFIRMED, "place-available"),
                         Verdict(JONAS, SESSIONS[1], Outcome.WAITLISTED, "session-full", {"position": 2})))
    text = Replies(config).decision_text(_request("en", diet="vegetarian"), decision, "Jonas")
    assert text.startswith("Hello Jonas,")
    assert "Registered for Monday 3 May 2027 at 10:00–15:00, Falun" in text
    assert "You are number 2 on the waiting list" in text
    assert "Diet: vegetarian." in text


def test_html_alternative_escapes_what_people_wrote(config: Config) -> None:
    html = Replies(config).html("Hej <script>alert(1)</script>!\n\nRad två", "sv")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<p ") == 2


def test_a_reading_to_confirm_shows_the_address_given_for_someone_else(config: Config) -> None:
    # the writer confirms the reading before anyone is booked: an address mistyped or misread must be seen there,
    # or the colleague's confirmation goes to a stranger; the writer's own address is the one written from
    request = ParsedRequest(Intent.REGISTER, (Person("Jonas Berg", "jonas.berg@falun.se", "Falu kommun"),
                                              Person("Eva Ek", "eva.ek@falun.se", "Falu kommun"),
                                              Person("Olle Dahl", None, "Falu kommun")),
                            (SESSIONS[0],), sender=Sender("email", "jonas.berg@falun.se", "Jonas Berg"),
                            sessions_named=True)
    assert Replies(config).reading(request)["who"] == [
        "Jonas Berg (Falu kommun)", "Eva Ek (eva.ek@falun.se, Falu kommun)", "Olle Dahl (Falu kommun)"]


def test_a_diet_change_asked_about_names_no_sessions(config: Config) -> None:
    # (a diet told in a chat after a signup of two sessions was asked as "ändring av anmälan av Eva Holm till alla
    # träffar, kost: vegan": it changes no session)
    replies = Replies(config)
    for lang, wrong in (("sv", "alla träffar"), ("en", "all sessions")):
        request = ParsedRequest(Intent.CHANGE, (Person("Jonas Berg", "jonas.berg@falun.se", "Falu kommun"),),
                                diet="vegan", sender=Sender("email", "jonas.berg@falun.se", "Jonas Berg"),
                                language=lang, change="diet")
        text = replies.reason("unsure", lang, reading=replies.reading(request))
        assert wrong not in text and "vegan" in text
    cancel = ParsedRequest(Intent.CANCEL, (Person("Jonas Berg", "jonas.berg@falun.se", "Falu kommun"),),
                           sender=Sender("email", "jonas.berg@falun.se", "Jonas Berg"))
    assert "från alla träffar" in replies.reason("unsure", "sv", reading=replies.reading(cancel))
