"""Round 25b (people.py, intent.py, quoting.py), by class, each in other words than the corpus.

Class A (people.py): a substitution written in lower case by someone not taking part. The names are found when
where the person works comes between the name and the verb with a determiner ("från vår enhet", "from my team",
"på samma avdelning"), when the substitute "åker" or "deltar i stället", and when the signup was made in the past
("vi hade anmält tom ek till ...").

Class B (intent.py): someone struck from a session told by its date, its month or a compound ("stryk Tove från
3 maj", "kan du ta bort Tove från majträffen?") is a cancellation, asked politely or not; the same with a session told
by its number was one already. Genuine questions ("går det att stryka sig från 3 maj ...?") stay questions.

Class C (quoting.py): a forwarded header "Från: Name" with no address takes the address the forwarded text gives
that person, and only an address made of that name. Near-misses beside each."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.quoting import split_body
from assistant.request import Intent, ParsedRequest, Role, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail, read

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

MAY, SEP, NOV, FEB = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
ALL = [MAY, SEP, NOV, FEB]
KARIN = "Karin Dahl <karin.dahl@orsa.se>"


def mail(body: str, config: Config, subject: str = "DalaLab", sender: str = KARIN) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, display: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", display), config, ARRIVAL)


def roles(r: ParsedRequest) -> dict[str | None, Role | None]:
    return {p.name: p.role for p in r.people}


# --- Class A: a lower-case substitution by a third party

@pytest.mark.parametrize(("text", "channel", "leaving", "joining", "expected"), [
    # where the person works, with a determiner, between the name and the verb; "åker i stället"
    ("hej linnea! tom ek från vår enhet kan inte 21/9, olle berg åker i stället. /karin", "chat",
     "Tom Ek", "Olle Berg", [SEP]),
    ("hi, tom ek from my team can't make it in may, olle berg will go instead /karin", "mail",
     "Tom Ek", "Olle Berg", [MAY]),
    # "på samma avdelning"; "deltar i stället"
    ("hej! sara lind på samma avdelning har fått förhinder 29/11 så jonas ek deltar i stället /karin, orsa", "chat",
     "Sara Lind", "Jonas Ek", [NOV]),
    # the signup made in the past ("vi hade anmält", "vi anmälde")
    ("vi hade anmält tom ek till alla träffar men han har slutat. olle berg tar hans plats. /karin", "mail",
     "Tom Ek", "Olle Berg", ALL),
    ("hej, vi anmälde eva lind till 3 maj men hon har slutat. ola berg tar hennes plats.\nmvh karin", "mail",
     "Eva Lind", "Ola Berg", [MAY]),
])
def test_a_lower_case_substitution_by_a_third_party(text: str, channel: str, leaving: str, joining: str,
                                                     expected: list[dt.date], config: Config) -> None:
    r = chat(text, config) if channel == "chat" else mail(text, config)
    assert r.intent == Intent.CHANGE
    assert roles(r) == {leaving: Role.LEAVING, joining: Role.JOINING}   # the writer is not among them
    assert sorted(r.sessions) == expected


@pytest.mark.parametrize("body", [
    "anmälde mig i går, nu undrar jag om det finns parkering?",
    "hej! vi hade anmält hela enheten till 21/9. kan ni skicka programmet?\n/karin",
    "hej, jag har anmält alla kollegor till 3 maj. finns det vegetarisk lunch?\n/karin",
    "hej! vi anmälde alla nya medarbetare till 21/9. kan ni skicka programmet?\n/karin",
])
def test_a_past_signup_with_no_name_is_a_question(body: str, config: Config) -> None:
    """Near-miss: the past request verb before words that are no name."""
    r = mail(body, config)
    assert r.intent == Intent.QUESTION
    assert not r.people


def test_the_writer_going_instead_is_no_third_party(config: Config) -> None:
    """Near-miss: "jag åker i stället" is the writer's own change."""
    r = chat("hej! jag kan inte 21/9 så jag åker i stället den 29/11 /karin", config)
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Karin Dahl"]
    assert list(r.sessions) == [NOV]


def test_no_person_from_our_office(config: Config) -> None:
    """Near-miss: "the bus from our office can't make it" names nobody."""
    r = mail("hi, the bus from our office can't make it on may 3rd, so we will go instead by car. /karin", config)
    assert [p.name for p in r.people] == ["Karin Dahl"]


# --- Class B: someone struck from a session told by its date, month or a compound

@pytest.mark.parametrize("text", [
    "Kan du stryka Tove från majträffen?",
    "Kan du ta bort Tove från septemberträffen?",
    "Kan du stryka Tove Ek från 21/9?",
    "Stryk Tove från 3 maj, tack.",
    "Stryk Tove från novemberträffen.",
    "Stryk Tove från maj, tack.",
])
def test_someone_struck_from_a_dated_session_is_a_cancellation(text: str) -> None:
    assert read(text, names=True).intent == Intent.CANCEL


@pytest.mark.parametrize("text", [
    "Kan du stryka Tove från första träffen?",       # the session by its number: a cancellation already
    "Kan ni stryka mig från första träffen?",
    "Kan du stryka honom från majträffen?",          # a pronoun: a cancellation already
])
def test_someone_struck_from_a_numbered_session_stays_a_cancellation(text: str) -> None:
    assert read(text, names=True).intent == Intent.CANCEL


@pytest.mark.parametrize(("text", "intent"), [
    ("Går det att stryka sig från 3 maj om man blir sjuk?", Intent.QUESTION),
    ("Kan man stryka sig från majträffen i efterhand?", Intent.QUESTION),
    ("Hur gör jag för att ta bort mig från majträffen?", Intent.QUESTION),
    ("Kan man ta bort sin anmälan från novemberträffen själv på webben?", Intent.QUESTION),
    ("Kan du ta bort min laktosfria kost från majträffen?", Intent.QUESTION),
    ("Kan du stryka ett ord från inbjudan till majträffen?", Intent.QUESTION),
    ("Jag tog bort en rad från 21/9 i kalendern, men jag kommer som planerat.", Intent.REGISTER),
    ("Vi har tagit bort bilen från 3 maj, så vi åker tåg.", Intent.REGISTER),
])
def test_no_one_struck_keeps_its_reading(text: str, intent: Intent) -> None:
    """Near-misses: a genuine question about striking oneself, a diet or a word struck, a thing taken away."""
    assert read(text).intent == intent


FORWARD = ("Hej Linnea,\n\n{own}\n\n/Britt\nBritt Sandberg, nämndsekreterare, Ludvika kommun\n\n"
           "Från: Sofia Wik <sofia.wik@ludvika.se>\nSkickat: den 20 februari 2027 08:10\n"
           "Till: Britt Sandberg <britt.sandberg@ludvika.se>\nÄmne: DalaLab\n\n"
           "Hej Britt,\nnovembermötet kan jag inte vara med på, då är jag på konferens i Göteborg. "
           "Resten går bra. Kan du meddela regionen?\nTack! Sofia\n")


@pytest.mark.parametrize("own", [
    "Se nedan. Kan du stryka Sofia från novemberträffen?",
    "Stryk Sofia från novemberträffen, tack.",
    "Se nedan. Kan du stryka Sofia från 29/11?",
])
def test_a_forwarded_absence_struck_by_the_forwarder(own: str, config: Config) -> None:
    r = mail(FORWARD.format(own=own), config, "VB: DalaLab", "Britt Sandberg <britt.sandberg@ludvika.se>")
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.email) for p in r.people] == [("Sofia Wik", "sofia.wik@ludvika.se")]
    assert list(r.sessions) == [NOV]


# --- Class C: a forwarded header with a name and no address

REGISTRY = "Diariet Region Dalarna <diariet@regiondalarna.se>"
FORWARDED = ("Ärendenummer RD 2027/311\nInkommet till regionens funktionsbrevlåda, vidarebefordras för handläggning.\n\n"
             "-----Ursprungligt meddelande-----\nFrån: Jonas Frisk\nÄmne: Anmälan\n\n"
             "Hej, jag heter Jonas Frisk och arbetar på regionen. Jag vill gärna delta den 3 maj.\n{more}\n")


@pytest.mark.parametrize("more", [
    "Min adress är jonas.frisk@regiondalarna.se.",
    "Svara gärna till jonas.frisk@regiondalarna.se om något saknas.",
])
def test_a_forwarded_header_without_an_address(more: str, config: Config) -> None:
    body = FORWARDED.format(more=more)
    assert split_body(body, "VB: Anmälan DalaLab").quoted_people == [("Jonas Frisk", "jonas.frisk@regiondalarna.se")]
    r = mail(body, config, "VB: Anmälan DalaLab", REGISTRY)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email, p.organisation) for p in r.people] == [
        ("Jonas Frisk", "jonas.frisk@regiondalarna.se", "Region Dalarna")]
    assert list(r.sessions) == [MAY]


def test_a_colleagues_address_is_not_the_forwarded_writers(config: Config) -> None:
    """Near-miss: the only address in the forwarded text is a colleague's; it is not taken for the writer's."""
    body = FORWARDED.format(more="Min kollega Eva Ek (eva.ek@regiondalarna.se) vill också komma.")
    assert split_body(body, "VB: Anmälan DalaLab").quoted_people == []


def test_a_forwarded_header_with_its_address_is_read_as_before() -> None:
    """Near-miss: the header's own address is taken, not another the text gives."""
    body = FORWARDED.replace("Från: Jonas Frisk", "Från: Jonas Frisk <jonas.frisk@regiondalarna.se>").format(
        more="Skriv gärna till jonas.frisk@gmail.com också.")
    assert split_body(body, "VB: Anmälan DalaLab").quoted_people == [("Jonas Frisk", "jonas.frisk@regiondalarna.se")]
