"""Who the request is about and how their names are written, tenth round: the one a request is made for by their
commission or who asks that another be signed up (a manager, a chair) beside those signed up; a named person who
takes part or stays away in a sentence naming a session; a request speaking of people by a pronoun alone; words
of a letter's head or a table's that are no names ("Gällande", "Kopia", "Förnamn"); table rows written surname
first with a title column; a chat display name with an emoji; a short surname folding to an English word ("Ås");
an address below the sign-off; an erasure of the data about another; "nå mig" is no taking part.
Each class with variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import without_symbols
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import sender_attends
from assistant.parsing.reading import _erasing_another
from assistant.parsing.text import fold
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "91", display), config, arrival)


# --- the one a request is made for, or who asks that another be signed up

def test_commissioning_manager_beside_a_list_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nPå uppdrag av plan- och byggchefen Göran Ekdahl anmäler vi följande två handläggare till alla "
            "träffar:\n\n- Sara Lilja, sara.lilja@orsa.se\n- Tobias Frost, tobias.frost@orsa.se\n\n"
            "Hälsningar\nKansliet\nOrsa kommun")
    r = email(mail, body, config, arrival, sender="Kansliet Orsa kommun <kansliet@orsa.se>")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Sara Lilja", "Tobias Frost"]


def test_commissioning_manager_signed_up_himself_stays(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nPå uppdrag av förvaltningschef Göran Ekdahl anmäler jag honom och Sara Lilja till träffen "
            "21 september.\n\nHälsningar\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Göran Ekdahl", "Sara Lilja"]


def test_manager_who_wants_another_signed_up_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nVår nya planerare Elin Strand (elin.strand@orsa.se) börjar hos oss i augusti. Hennes chef "
            "Jonas Wall vill att hon anmäls till träffarna 29 november och 22 februari. Det går bra att nå mig "
            "fram till dess.\n\nMvh\nKarin Dahl\nHR, Orsa kommun")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Elin Strand", "elin.strand@orsa.se", "Orsa kommun")]
    assert r.sessions == (S3, S4)


def test_chair_asking_the_writer_to_register_him_in_english(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hello,\n\nOur chair Peter Lund asked me to register them: Maja Berg (maja.berg@orsa.se) and Nils Ek "
            "(nils.ek@orsa.se) for all sessions.\n\nBest regards\nKarin Dahl")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Maja Berg", "Nils Ek"]


# --- a named person taking part or staying away in a sentence naming a session

def test_assistant_signing_up_her_manager_on_the_chat(config: Config, arrival: dt.datetime) -> None:
    text = "Hej! Jag är sekreterare på Leksands kommun. Får jag anmäla min chef? Greta Holmberg vill vara med 21 september."
    r = chat(text, "Lisa K", config, arrival)
    assert r.intent == Intent.REGISTER
    assert people(r) == [("Greta Holmberg", None, "Leksands kommun")]
    assert r.sessions == (S2,)


def test_two_colleagues_who_cannot_take_part_are_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nEftersom budgetmötet ligger samma dag kommer varken Oskar Nyman eller Vera Hed att kunna delta "
            "den 3 maj. Avanmäl dem från den träffen, tack.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Oskar Nyman", "Vera Hed"]
    assert r.sessions == (S1,)


# --- words of a letter's head or a table's

def test_regarding_before_a_name_is_no_part_of_it(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nBeträffande Ola Sten (ola.sten@orsa.se): han kan tyvärr inte komma den 29 november, "
            "avanmäl honom från den.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Ola Sten"]


def test_copy_line_joins_no_name(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Till: Region Dalarna, Linnea Hassis\nKopia: Ida Wern\n\nVi avanmäler härmed:\n"
            "– Ida Wern, ida.wern@orsa.se\n\nKansliet, Orsa kommun")
    r = email(mail, body, config, arrival, sender="Kansliet <kansliet@orsa.se>")
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Ida Wern", "ida.wern@orsa.se", "Orsa kommun")]


def test_table_rows_written_surname_first_with_a_title_column(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nHär är våra deltagare:\n\nEfternamn, Förnamn  Titel  Träffar\n"
            "Lindgren, Moa  planarkitekt  alla\n"
            "Holm, Viktor  miljöstrateg  21 september och 29 november 2027 (båda höstträffarna)\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Moa Lindgren", "Viktor Holm"]


# --- a chat display name with an emoji; a short surname folding to an English word

@pytest.mark.parametrize(("raw", "expected"), [
    ("Maja 🌸", "Maja"), ("⛷️ Per", "Per"), ("Eva Lind", "Eva Lind"), ("🎉", None), ("Åsa Öberg", "Åsa Öberg")])
def test_symbols_left_out_of_a_display_name(raw: str, expected: str | None) -> None:
    assert without_symbols(raw) == expected


def test_emoji_display_name_signing_in_lower_case(config: Config, arrival: dt.datetime) -> None:
    r = chat("tjena! boka in mig på 21/9 tack. greta lindh, orsa", "Greta 🌻", config, arrival)
    assert people(r) == [("Greta Lindh", None, "Orsa kommun")]


def test_short_surname_with_a_swedish_letter_is_kept(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nJag och min kollega Lena Ås vill vara med på alla träffar.\n\nKarin Dahl\nOrsa kommun"
    r = email(mail, body, config, arrival)
    assert names(r) == ["Karin Dahl", "Lena Ås"]


# --- an address below the sign-off; the data about another; being reached is no taking part

def test_address_on_a_copy_line_below_the_signature_is_the_persons(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nVår kollega Rut Falk, som är anmäld till alla träffar, är vegetarian.\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n\nKopia: rut.falk@orsa.se")
    r = email(mail, body, config, arrival)
    assert people(r) == [("Rut Falk", "rut.falk@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize(("text", "another"), [
    ("vi ber er ta bort de uppgifter om honom som ni har sparat", True),
    ("please delete any personal data you hold about her", True),
    ("radera mina uppgifter", False),
])
def test_erasure_of_the_data_about_another(text: str, another: bool) -> None:
    assert _erasing_another(fold(text)) is another


@pytest.mark.parametrize("text", [
    "vi vill anmäla henne till alla träffar. tills hon börjar går det bra att nå mig.",
    "vi anmäler honom till alla träffar; ni når mig på telefon om något är oklart.",
])
def test_being_reached_is_no_taking_part(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is False


def test_commissioned_list_keeps_its_sessions(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("På uppdrag av stadsbyggnadsdirektör Anders Fält anmäls följande till träffen 3 maj:\n\n"
            "1. Moa Lindgren, moa.lindgren@orsa.se\n2. Viktor Holm, viktor.holm@orsa.se\n\nRegistraturen, Orsa kommun")
    r = email(mail, body, config, arrival, sender="Registrator Orsa kommun <registrator@orsa.se>")
    assert names(r) == ["Moa Lindgren", "Viktor Holm"]
    assert r.sessions == (S1,)


# --- a request speaking of people by a pronoun alone

def test_request_by_a_pronoun_is_about_those_named_just_before(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nVåra planerare Alva Strid och Hugo Borg har fått nya uppdrag i höst. Kan ni avanmäla dem från "
            "träffen 21 september?\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Alva Strid", "Hugo Borg"]
    assert r.sessions == (S2,)


def test_request_naming_one_of_a_group_leaves_the_others_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nVi anmälde i januari Alva Strid och Hugo Borg. Hugo har fått förhinder, så stryk honom från alla "
            "träffar.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert names(r) == ["Hugo Borg"]
