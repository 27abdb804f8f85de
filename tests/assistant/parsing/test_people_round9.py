"""Who the request is about and how their names are written, ninth round: writing "på uppdrag av" another and
"I'm already registered" beside others; a message pasted from someone else under a forward line; a colleague taken
ill, named in lower case; an erasure asked for another's data; the one whose place the writer takes, named only
before; a forwarded writer cited as context; each their own diet in one sentence; a name in capitals whose accent
the address loses; a second surname only in the signature; a chat writer's full or Latin name given in the text.
Each class with variants of its own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import display_name
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import sender_attends
from assistant.parsing.text import fold
from assistant.parsing.whose import Spot, diets
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import S1, S2, S3, S4


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.email, p.organisation) for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "91", display), config, arrival)


# --- writing on another's commission, or registered already, beside the one signed up

@pytest.mark.parametrize("text", [
    "på uppdrag av vår förvaltningschef per ek anmäler jag honom till alla träffar.",
    "jag mejlar på uppdrag av kommunalrådet eva lind, som vill vara med den 3 maj.",
    "i'm already registered myself, so please add only my colleague.",
])
def test_writing_for_another_or_registered_already_keeps_the_writer_out(text: str) -> None:
    assert sender_attends(fold(text), True)[0] is False


def test_commissioned_writer_who_signs_up_herself_too_stays_in() -> None:
    text = "på uppdrag av min chef anmäler jag mig och per ek till 3 maj."
    assert sender_attends(fold(text), True)[0] is True


def test_secretary_registering_her_chair_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nPå uppdrag av nämndens ordförande Sven Olofsson anmäler jag honom till träffen 21 september. "
            "Kopior får gärna gå till både honom och mig.\n\nHälsningar\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Sven Olofsson"]


# --- a message pasted from someone else under a forward line

def test_pasted_chat_message_is_its_writers_voice(config: Config, arrival: dt.datetime) -> None:
    text = ("[Forwarded from Lars Nyberg]\nhej Maja, jag kan tyvärr inte komma den 21/9, resten går bra\n\n"
            "gäller Lars hos oss på Orsa kommun. stryk honom från 21 september tack")
    r = chat(text, "Maja Ström", config, arrival)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Lars Nyberg"]
    assert r.sessions == (S2,)


def test_pasted_writer_asking_to_be_signed_up_is_the_person(config: Config, arrival: dt.datetime) -> None:
    text = ("Vidarebefordrat från Elsa Grip:\n> Maja, kan du anmäla mig till träffen 29/11? Jag saknar Telegram.\n\n"
            "min kollega på Orsa. själv är jag redan anmäld sedan tidigare, så det gäller bara Elsa")
    r = chat(text, "Maja Ström", config, arrival)
    assert [p.name for p in r.people] == ["Elsa Grip"]
    assert r.sessions == (S3,)


# --- a colleague taken ill, named in lower case

def test_lower_case_colleague_taken_ill_is_the_person(config: Config, arrival: dt.datetime) -> None:
    text = "hej, lena sjögren här på mora kommun har blivit sjuk, så hon kommer inte på träffen 3 maj. hon bad mig meddela er"
    r = chat(text, "Tove Ahl", config, arrival)
    assert r.intent == Intent.CANCEL
    assert people(r) == [("Lena Sjögren", None, "Mora kommun")]


def test_lower_case_name_before_here_and_a_place_is_the_writer_when_it_is_theirs(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("hej, tove ahl här på mora kommun kan inte komma på träffen 3 maj", "Tove Ahl", config, arrival)
    assert people(r) == [("Tove Ahl", None, "Mora kommun")]


# --- an erasure asked for another's data

def test_erasure_for_a_former_colleague_is_about_her(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nMalin Åkesson (malin.akesson@orsa.se), som var anmäld till DalaLab, har gått i pension. "
            "Hon vill att ni raderar hennes uppgifter ur era register.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.ERASURE
    assert people(r) == [("Malin Åkesson", "malin.akesson@orsa.se", "Orsa kommun")]


def test_erasure_of_ones_own_data_is_about_the_writer(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nRadera mina personuppgifter, tack.\n\nKarin Dahl\nOrsa kommun"
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.ERASURE
    assert [p.name for p in r.people] == ["Karin Dahl"]


# --- the one whose place the writer takes, named only before

def test_substitute_writing_herself_names_the_one_replaced(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hi,\n\nOskar Lind told me he has a clash on 21 September. I will go in his place that day. "
            "He keeps the other dates.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival)
    assert r.intent == Intent.CHANGE
    roles = {p.name: p.role for p in r.people}
    assert roles == {"Karin Dahl": Role.JOINING, "Oskar Lind": Role.LEAVING}
    assert r.sessions == (S2,)


# --- a forwarded writer cited as context, the signup sent before

def test_forwarded_signup_cited_as_context_is_not_registered_again(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nJag är kollegan som Johan nämnde nedan. Jag vill också vara med den 3 maj.\n\nKarin Dahl\n"
            "Orsa kommun\n\n---------- Vidarebefordrat meddelande ----------\n"
            "Från: Johan Berg <johan.berg@orsa.se>\nDatum: 2 feb. 2027\nÄmne: DalaLab\nTill: <linnea.hassis@regiondalarna.se>\n\n"
            "Hej! Anmäl mig till 3 maj. En kollega hör av sig själv.\n\nJohan")
    r = email(mail, body, config, arrival, subject="VB: DalaLab")
    assert [p.name for p in r.people] == ["Karin Dahl"]
    assert r.sessions == (S1,)


# --- each their own diet, told in one sentence

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Per äter halal och jag är vegetarian.", ["vegetarian", "halal"]),
    ("Jag är glutenintolerant, Per är vegan.", ["glutenintolerant", "vegan"]),
    ("Per och jag är veganer.", ["veganer", "veganer"]),
])
def test_each_diet_goes_to_the_one_named_before_it(sentence: str, expected: list[str]) -> None:
    own = ["Jag och Per Holm är anmälda.", sentence]
    assert diets(own, [Spot(0, 0), Spot(0, 8)], ["karin", "per"], 0) == expected


def test_self_and_colleague_diets_each_their_own(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nJag och Per Holm är redan anmälda till alla träffar. Vi glömde kosten: jag äter glutenfritt "
            "och Per är vegetarian.\n\nKarin Dahl\nOrsa kommun")
    r = email(mail, body, config, arrival, subject="Kost")
    assert {p.name: p.diet for p in r.people} == {"Karin Dahl": "glutenfritt", "Per Holm": "vegetarian"}


# --- names: capitals, a second surname, a chat writer's name in full or in Latin letters

def test_name_in_capitals_keeps_the_accent_its_address_loses(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("HEJ\n\nANMÄLER MIG OCH ANNA-LENA SJÖÅS TILL ALLA TRÄFFAR.\nHENNES MEJL: ANNA-LENA.SJOAS@ORSA.SE\n\n"
            "KARIN DAHL\nORSA KOMMUN")
    r = email(mail, body, config, arrival, sender="KARIN DAHL <karin.dahl@orsa.se>")
    assert ("Anna-Lena Sjöås", "anna-lena.sjoas@orsa.se", "Orsa kommun") in people(r)


def test_second_surname_from_the_signature() -> None:
    assert display_name("Lucía Fernández", "lucia.fernandez@orsa.se", "Lucía Fernández García\nOrsa kommun") \
        == "Lucía Fernández García"


@pytest.mark.parametrize("signature", ["Lucía Fernández, Orsa", "Lucía Fernández Planarkitekt", "LUCÍA FERNÁNDEZ GARCÍA"])
def test_no_second_surname_from_a_place_a_title_or_capitals(signature: str) -> None:
    assert display_name("Lucía Fernández", "lucia.fernandez@orsa.se", signature) == "Lucía Fernández"


def test_chat_writer_gives_the_name_in_full(config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej! Ana María López här, Orsa kommun. Anmäl mig till 3 maj tack.", "Ana López", config, arrival)
    assert people(r) == [("Ana María López", None, "Orsa kommun")]


def test_chat_writer_in_another_script_gives_the_latin_name(config: Config, arrival: dt.datetime) -> None:
    r = chat("Здравствуйте! Jag är Irina Volkova, Orsa kommun. Jag vill anmäla mig till alla träffar.",
             "Ирина Волкова", config, arrival)
    assert people(r) == [("Irina Volkova", None, "Orsa kommun")]
    assert r.sessions == (S1, S2, S3, S4)


def test_jag_ar_before_a_genitive_is_no_introduction(config: Config, arrival: dt.datetime) -> None:
    r = chat("Jag är Eva Lunds kollega. Anmäl mig till 3 maj.", "Karin D", config, arrival)
    assert r.people[0].name == "Karin D"
