"""Intent, ninth round: general readings, each class in words of its own (none from a corpus).

- structure: a request written wholly in the subject over a body that is only a signature; answers written under
  the lines of a quoted mail (unquoted lines under ">" lines, or ">>" answers in an unquoted Outlook original); a
  message pasted under a chat client's forward label with its ">" quoting;
- a cannot-come in a second-language present tense ("jag kan inte kommer"), a bare swap ("byta: inte X, istället
  Y"), a place taken over by someone named between the verb and the place;
- a signup someone else made for a colleague, held: a diet or a session added for the colleague is a change; a
  session spoken of and then added as "den" ("kan du lägga till den?");
- a question whether a place may be shared, a question before a signup wanted ("vill anmäla mig men först ..."),
  a job application (unknown), a team sent in whose sender stays out (a signup).
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.intent import classify, whole_request
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.quoting import split_body
from assistant.parsing.text import fold, sentences
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4, build_mail

AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _classify(text: str, *, subject: str = "", diet: bool = False, sessions: bool = True) -> tuple[Intent, str | None]:
    own = sentences(text)
    r = classify(own, [fold(s) for s in own], fold(subject), sessions, diet, lambda i: False)
    return r.intent, r.change


# ------------------------------------------------ structure
def test_a_request_wholly_in_the_subject_over_a_bare_signature_is_read(config: Config) -> None:
    raw = build_mail("\n\n--\nOlle Sten\nHandläggare | Orsa kommun\n0250-55 55 55\n",
                     sender="Olle Sten <olle.sten@orsa.se>",
                     subject="Olle Sten, Orsa kommun, anmäler sig till DalaLab (21/9 och 29/11)")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)
    assert [p.name for p in r.people] == ["Olle Sten"]


def test_a_subject_that_makes_a_signup_by_itself() -> None:
    assert whole_request(fold("Eva Lund anmäler sig till alla träffar"))
    assert whole_request(fold("Anmäl mig till höstens träffar"))
    assert not whole_request(fold("Fråga om lunchen"))


def test_unquoted_answers_under_quoted_session_lines_are_the_writers_own() -> None:
    body = ("Hej, mina svar står under varje rad.\n\nEva Lund\n\n"
            "> Träff 1 – 3 maj, Falun\nnej, semester\n> Träff 2 – 21 september\nJa\n"
            "> Träff 3 – 29 november\njajamen\n> Träff 4 – 22 februari\nNej tyvärr\n")
    own = split_body(body, "SV: Inbjudan", ("Eva Lund",)).own
    assert "21 september" in own and "29 november" in own
    assert "3 maj" not in own and "22 februari" not in own


def test_marked_answers_in_an_unquoted_original_are_the_writers_own(config: Config) -> None:
    body = ("Hej! Mina svar nedan, markerade med >>.\n/Kalle\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
            "Skickat: den 2 februari 2027 09:00\nÄmne: DalaLab\n\nHej Karl,\n\n"
            "Vilka träffar vill du gå på (3 maj, 21 september, 29 november, 22 februari)?\n"
            ">> Höstens två träffar, tack.\n\nHar du någon specialkost?\n>> Vegetarisk.\n")
    raw = build_mail(body, sender="Karl Nygren <karl.nygren@mora.se>", subject="SV: DalaLab")
    r = parse_email(raw, config, AT)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)
    assert r.diet is not None


def test_a_single_line_under_a_quote_is_no_inline_answering() -> None:
    parts = split_body("Hej!\nKommer gärna.\n> Träff 1 – 3 maj\n> Träff 2 – 21 september\nSkickat från min mobil\n")
    assert "21 september" not in parts.own


def test_a_message_pasted_under_a_forward_label_is_read_with_its_author(config: Config) -> None:
    text = ("Vidarebefordrat från Lisa Holm:\n> Hej! Kan du anmäla mig till 3 maj och 22 februari? /L\n\n"
            "från min kollega här på Mora. Själv är jag redan anmäld.")
    r = parse_chat(text, Sender("telegram", "42", "Per Ek"), config, AT)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S1, S4)
    assert [p.name for p in r.people] == ["Lisa Holm"]


# ------------------------------------------------ cancels and changes said informally
@pytest.mark.parametrize("text", [
    "hej jag kan inte kommer 29 november, har läkartid. de andra kommer jag",
    "Vi kan tyvärr inte deltar den 21 september.",
])
def test_a_cannot_come_in_the_present_tense_is_a_cancel(text: str) -> None:
    assert _classify(text)[0] == Intent.CANCEL


def test_a_bare_swap_with_instead_is_a_change_of_sessions() -> None:
    assert _classify("Jag behöver byta: inte 3/5, i stället 29/11.") == (Intent.CHANGE, "sessions")


def test_a_place_taken_over_by_someone_named_between_is_a_substitution() -> None:
    text = "Jag går på vårträffen, men sedan tar min medarbetare Nils Berg över min plats."
    assert _classify(text) == (Intent.CHANGE, "substitute")


def test_a_diet_for_a_colleague_the_writer_signed_up_is_a_change() -> None:
    text = "I januari anmälde jag min kollega Sara Lind till 21/9. Hon är numera vegan, kan ni notera det?"
    assert _classify(text, diet=True) == (Intent.CHANGE, "diet")


def test_a_session_spoken_of_and_then_added_is_a_change() -> None:
    text = ("Jag och Per är anmälda till 21 september. Träffen i februari låter också intressant. "
            "Kan du lägga till den för oss?")
    assert _classify(text) == (Intent.CHANGE, "sessions")


def test_the_signup_sent_now_with_a_diet_is_no_diet_change() -> None:
    text = "Här kommer min anmälan: träff 1 och träff 4. Kost: vegetarisk."
    assert _classify(text, diet=True)[0] == Intent.REGISTER


# ------------------------------------------------ questions, unknown and a team sent in
def test_whether_a_place_may_be_shared_is_a_question() -> None:
    text = "Min kollega och jag kan inte gå på alla. Kan vi dela på en plats, så hon tar hösten och jag våren?"
    assert _classify(text)[0] == Intent.QUESTION


def test_a_question_before_a_signup_wanted_is_a_question() -> None:
    assert _classify("Blir det vegetarisk lunch? Jag vill anmäla mig men först vill jag veta.")[0] == Intent.QUESTION
    assert _classify("Is the lunch vegan? I'd like to register, but first I need to know.")[0] == Intent.QUESTION


def test_a_job_application_is_unknown() -> None:
    text = "Jag söker jobb som samhällsplanerare hos er och bifogar mitt CV. Vem ska jag vända mig till?"
    assert _classify(text, sessions=False)[0] == Intent.UNKNOWN


def test_a_job_application_about_the_event_is_not_dismissed() -> None:
    assert _classify("Jag söker tjänst hos er. Kan jag anmäla mig till träffen 21/9 ändå?")[0] != Intent.UNKNOWN


def test_a_team_sent_in_by_a_sender_who_stays_out_is_a_signup() -> None:
    text = ("Jag skickar härmed in vårt team: Eva Lund och Per Ek. De kommer den 3 maj. "
            "Själv har jag inte möjlighet att delta.")
    assert _classify(text)[0] == Intent.REGISTER
