"""Reading, round 24b: reviewed proposals of round 24 applied, each class in words of its own (none from a corpus).

- A: the writer's former work address ("min dåvarande/förra jobbadress x@...") is not the address written from;
- B: the writer named in the text without the hyphen of the display name ("Lars Erik Berg" for "Lars-Erik Berg");
- C: lower-case names one to a line, no colon before them, after a line announcing how many;
- D: a bracket giving an absence, with a day or month of its own, is a clause of its own;
- E: a sentence of nothing but more dates and "också/too" adds to a signup's dates;
- F: "de tre andra" in a substitution: the other sessions; "menade bara vårens och höstens": only those.
"""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def mail(body: str, config: Config, sender: str = "Tove Dahl <tove.dahl@falun.se>",
         subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Tove Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "5120", name), config, ARRIVAL)


# --- A: a former work address

@pytest.mark.parametrize("said", ["min dåvarande jobbadress", "min förutvarande e-postadress",
                                  "min tidigare jobbmejl"])
def test_a_former_address_is_not_the_one_written_from(config: Config, said: str) -> None:
    body = (f"Hej,\n\nJag anmälde mig i vintras med {said} tove.dahl@falun.se men har nu slutat där. "
            "Radera alla mina personuppgifter hos er.\n\nTove Dahl")
    r = mail(body, config, sender="Tove Dahl <tove.dahl81@hotmail.com>")
    assert [(p.name, p.email) for p in r.people] == [("Tove Dahl", "tove.dahl81@hotmail.com")], said


def test_my_work_address_from_a_private_one_stays_the_work_address(config: Config) -> None:
    body = ("Hej! Skriver från privata mejlen, min jobbadress är tove.dahl@falun.se. "
            "Anmäl mig till träffen 3 maj.\n\nTove Dahl")
    r = mail(body, config, sender="Tove Dahl <tove.dahl81@hotmail.com>")
    assert [(p.name, p.email) for p in r.people] == [("Tove Dahl", "tove.dahl@falun.se")]


# --- B: the writer without the hyphen

@pytest.mark.parametrize(("text", "display"), [
    ("hej det är Lars Erik Berg på Falu kommun jag vill gå på träffen 21 september", "Lars-Erik Berg"),
    ("Hej! Jag heter Eva Lena Ström och vill anmäla mig till alla träffar.", "Eva-Lena Ström"),
])
def test_the_writer_named_without_the_hyphen_is_one_person(config: Config, text: str, display: str) -> None:
    assert names(chat(text, config, name=display)) == [display]


def test_a_colleague_with_part_of_the_writers_name_stays_apart(config: Config) -> None:
    text = "Hej! Anmäl min kollega Lars Berg till träffen 21 september, jag själv kan inte."
    assert names(chat(text, config, name="Lars-Erik Berg")) == ["Lars Berg"]


# --- C: lower-case names one to a line

def test_lower_case_names_on_lines_of_their_own(config: Config) -> None:
    text = "vi anmäler tre stycken (inte jag)\nsiv ek\nmaja holm\nolle lund\nalla från falu kommun, träffen 21/9"
    assert names(chat(text, config, name="Karl Stenberg")) == ["Maja Holm", "Olle Lund", "Siv Ek"]


def test_one_lower_case_pair_line_is_no_list(config: Config) -> None:
    text = "hej hej\nkan jag anmäla mig till träffen 21/9?"
    assert names(chat(text, config, name="Karl Stenberg")) == ["Karl Stenberg"]


# --- D: a bracket giving an absence

@pytest.mark.parametrize(("text", "expected"), [
    ("Please sign me up for the 3/5 and 29/11 sessions (I'm away in September and February, sadly).", {S1, S3}),
    ("Jag vill gå på 21/9 och 22/2 (i maj och november är jag bortrest).", {S2, S4}),
])
def test_a_bracket_giving_an_absence_is_its_own_clause(config: Config, text: str, expected: set) -> None:
    r = chat(text, config)
    assert r.intent == Intent.REGISTER, text
    assert set(r.sessions) == expected, text


def test_a_bracket_with_a_reason_and_no_date_stays_with_its_date(config: Config) -> None:
    text = "Sign me up for all sessions except May 3 (a family wedding - can't miss that one!)."
    assert set(chat(text, config).sessions) == {S2, S3, S4}


# --- E: more dates and "också"

@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kommer gärna 21/9. Jobbar på Falu kommun. 3/5 och 22/2 med.", {S1, S2, S4}),
    ("I'd like to come on 21/9. I work at Falu kommun. And 29/11 too please.", {S2, S3}),
])
def test_more_dates_with_also_add_to_the_signup(config: Config, text: str, expected: set) -> None:
    r = chat(text, config)
    assert r.intent == Intent.REGISTER, text
    assert set(r.sessions) == expected, text


def test_a_later_sentence_with_a_date_not_coming_adds_nothing(config: Config) -> None:
    text = "21/9 kommer jag gärna. jobbar på falu kommun. 22/2 kan jag inte."
    assert set(chat(text, config).sessions) == {S2}


# --- F: "the others" in a substitution, and what was meant over what was ticked

@pytest.mark.parametrize("said", ["tar de tre andra", "tar resten", "går på de övriga träffarna"])
def test_one_substitute_named_sessions_another_the_others(config: Config, said: str) -> None:
    body = ("Hej,\n\nJag går i pension i april. Mina platser tas över av två kollegor: Siv Ek (siv.ek@falun.se) går "
            f"på träffen i september, och Ola Berg (ola.berg@falun.se) {said}.\n\nTove Dahl")
    r = mail(body, config)
    assert r.intent == Intent.CHANGE, said
    assert set(r.sessions) == {S1, S2, S3, S4}, said


def test_one_substitute_for_one_session_keeps_that_one(config: Config) -> None:
    body = "Hej,\n\nJag slutar i april. Siv Ek (siv.ek@falun.se) tar min plats på träffen i september.\n\nTove Dahl"
    assert set(mail(body, config).sessions) == {S2}


@pytest.mark.parametrize(("text", "meant"), [
    ("I formuläret bockade jag för alla fyra, men jag menade bara höstens två. Kan du ändra det?", {S2, S3}),
    ("I webbformuläret valde jag alla träffar, men jag menade enbart vårens och höstens träffar. Vill du rätta det?",
     {S1, S2, S3}),
    ("Jag råkade anmäla mig till 29/11 men menade 21/9. Kan du ändra det?", {S2}),
])
def test_what_was_meant_replaces_what_was_ticked(config: Config, text: str, meant: set) -> None:
    r = mail(text, config, subject="Rättelse av min anmälan")
    assert r.intent == Intent.CHANGE, text
    assert set(r.sessions) == meant, text


def test_the_two_autumn_weeks_away_are_no_sessions(config: Config) -> None:
    text = "Anmäl mig till träffen 3 maj. Höstens två veckor i oktober är jag på semester."
    assert set(chat(text, config).sessions) == {S1}
