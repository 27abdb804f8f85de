"""Who the request is about, twentieth round, by class: the writer named in brackets or between commas right after
"jag" ("jag (Frida Ek, Rättvik) tar hans plats") is the one taking the place; a colleague said to be registered
already with "här" between ("Per Holm här är redan anmäld") is no person; a role word before a verb in lower case
("någon kollega ta platsen") is no name; the writer whose own signup stays as it is or who stays out ("Arvid and I
stay as we are", "Jag och Hedvig står fortsatt utanför") is no person; the writer's "oss" in a cancellation made
before ("Vi avanmälde oss i januari, men ...") is no taking part; a group named after "det är"/"that is" with the
writer ("That is Anna Berg, Per Holm and myself") are people; a third party's old address ("Hennes gamla adress
…") is still that person's. Each class with variants of its own, in other words than the corpus, and near-misses."""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# Class 1: the writer named in apposition to "jag" takes another's place: both are people.
APPOSED_SUBSTITUTE = [
    "Hej! Per Holm är sjuk, jag (Karin Dahl, Orsa) tar hans plats 3/5.",
    "Per Holm kan inte komma på 3/5, så jag (Karin Dahl från Orsa kommun) går i hans ställe.",
    "Per Holm has fallen ill; I (Karin Dahl, Orsa kommun) will take his place on 3 May.",
    "Per Holm är föräldraledig. Jag, Karin Dahl på Orsa kommun, tar hans plats på alla träffar.",
    "Per Holm är sjukskriven så jag (Karin, Orsa) tar hans plats den 3 maj.",
    "god morgon, Per Holm är sjuk idag, jag (karin dahl, orsa) tar hans plats 3/5",
]


@pytest.mark.parametrize("text", APPOSED_SUBSTITUTE)
def test_apposed_writer_takes_place(text: str, config: Config, arrival: dt.datetime) -> None:
    r = chat(text, config, arrival)
    assert names(r) == ["Karin Dahl", "Per Holm"]
    assert {p.name: p.role.value for p in r.people} == {"Karin Dahl": "joining", "Per Holm": "leaving"}


APPOSED_NEAR_MISSES = [
    ("Per Holm är sjuk, jag tar hans plats 3/5. Orsa kommun", ["Karin Dahl", "Per Holm"]),
    ("Jag (Karin Dahl, Orsa) vill komma på 3/5.", ["Karin Dahl"]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_NEAR_MISSES)
def test_apposed_near_misses(text: str, expected: list[str], config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == expected


# Class 2: a colleague said to be registered already, "här" (here) between, is no person.
ALREADY_HERE = [
    "Jag vill anmäla mig till alla träffarna. Per Holm här är redan anmäld. Orsa kommun",
    "Anmäl mig till 3 maj. Per Holm här på enheten är redan anmäld, så honom behöver ni inte lägga till. Orsa kommun",
    "Please register me for all sessions. Per Holm here is already registered. Orsa kommun",
    "Hej! Anmäl mig till alla fyra träffar. Per Holm här hos oss är ju redan anmäld. Orsa kommun",
    "Jag vill vara med på alla träffar. Per Holm här har redan anmält sig sedan tidigare. Orsa kommun",
]


@pytest.mark.parametrize("text", ALREADY_HERE)
def test_registered_colleague_here(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl"]


ALREADY_HERE_NEAR_MISSES = [
    "Anmäl mig och Per Holm här till alla träffar. Orsa kommun",
    "Jag vill anmäla mig och Per Holm här på enheten till 3 maj. Orsa kommun",
]


@pytest.mark.parametrize("text", ALREADY_HERE_NEAR_MISSES)
def test_colleague_here_signed_up(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl", "Per Holm"]


# Class 3: a role word before a verb written in lower case is no name ("någon kollega ta platsen").
ROLE_BEFORE_VERB = [
    "Stryk mig från september. Förhoppningsvis kan någon kollega ta platsen, jag återkommer. Orsa kommun",
    "Avanmäl mig från 21/9. Kanske kan en kollega ta platsen istället. Orsa kommun",
    "Jag kan inte 21/9, stryk mig. En kollega kanske kan gå istället, jag hör av mig. Orsa kommun",
    "Stryk mig från 29/11 tack, någon kollega får ta platsen om det går. Orsa kommun",
    "Jag måste avboka 21/9. Låt gärna en kollega ta över platsen. Orsa kommun",
]


@pytest.mark.parametrize("text", ROLE_BEFORE_VERB)
def test_role_before_verb_no_name(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl"]


def test_role_before_lower_name_still_a_name(config: Config, arrival: dt.datetime) -> None:
    r = chat("anmäl mig och min kollega anna berg till 3/5, orsa kommun", config, arrival)
    assert names(r) == ["Anna Berg", "Karin Dahl"]


# Class 4: the writer whose own signup stays as it is, or who stays out, beside another named: not a person.
WRITER_UNCHANGED = [
    ("A quick update: Per Holm has now started and his address is per.holm@orsa.se. He'd also like to join the "
     "November session. Arvid and I stay as we are."),
    "Per Holm would like to come on 21 September and 29 November. I stay as I am. Orsa kommun",
    "Anmäl Per Holm till 21/9. Jag och Hedvig står fortsatt utanför. Orsa kommun",
    "Anmäl gärna Per Holm till alla träffar, jag står själv utanför den här gången. Orsa kommun",
    ("Per Holm vill också vara med i november, så han kommer 3 maj, 21 september och 29 november. "
     "Arvid och jag är kvar som förut. Orsa kommun"),
    "Per Holm vill gå på alla träffar. Jag står kvar som tidigare. Orsa kommun",
]


@pytest.mark.parametrize("text", WRITER_UNCHANGED)
def test_writer_unchanged_not_a_person(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Per Holm"]


WRITER_UNCHANGED_NEAR_MISSES = [
    "Anmäl mig och Per Holm till 21/9. Orsa kommun",
    "Per Holm och jag vill komma på alla träffar, vi står inte utanför längre. Orsa kommun",
]


@pytest.mark.parametrize("text", WRITER_UNCHANGED_NEAR_MISSES)
def test_writer_unchanged_near_misses(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl", "Per Holm"]


# Class 5: "oss"/"mig" in a cancellation made before is not the writer taking part now.
CANCELLED_BEFORE = [
    ("Vi avanmälde oss i januari, men nu kan vi skicka en person ändå. Anmäl gärna Per Holm (per.holm@orsa.se) "
     "till 29/11. Orsa kommun"),
    "Vi avbokade oss i december men nu har vi en ny planerare. Anmäl Per Holm till alla träffar. Orsa kommun",
    "I januari avanmälde vi oss, men nu har vi en ny kollega. Anmäl Per Holm till 21/9. Orsa kommun",
    "Vi hade avanmält oss tidigare, men nu kan vi skicka Per Holm till 29/11 och 22/2 ändå. Orsa kommun",
    "Jag avanmälde mig i höstas. Nu vill vi anmäla Per Holm till 21/9 i stället. Orsa kommun",
]


@pytest.mark.parametrize("text", CANCELLED_BEFORE)
def test_cancelled_before_not_writer(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Per Holm"]


CANCELLED_BEFORE_NEAR_MISSES = [
    "Vi avanmälde oss i januari, men nu vill jag och Per Holm anmäla oss igen till 21/9. Orsa kommun",
    "Anmäl mig och Per Holm till 21/9. Orsa kommun",
]


@pytest.mark.parametrize("text", CANCELLED_BEFORE_NEAR_MISSES)
def test_cancelled_before_near_misses(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl", "Per Holm"]


# Class 6: the group a withdrawal is about, named after "det är", "that is", "dvs", with the writer among them.
GROUP_NAMED = [
    ("Our whole team has to withdraw from the session on 21 September. That is Anna Berg, Per Holm and myself. "
     "Orsa kommun"),
    "Unfortunately our team has to withdraw from 21 September. That's Anna Berg, Per Holm and me. Orsa kommun",
    "Vår grupp kan inte komma den 21/9. Det är Anna Berg, Per Holm och jag. Orsa kommun",
    "Vi måste tyvärr avboka 21/9 för hela gruppen. Det vill säga Anna Berg, Per Holm och mig. Orsa kommun",
    "Hela enheten måste avanmäla sig från 21 september. Alltså Anna Berg, Per Holm och jag. Orsa kommun",
    "We have to cancel 21 September for the whole team, i.e. Anna Berg, Per Holm and me. Orsa kommun",
]


@pytest.mark.parametrize("text", GROUP_NAMED)
def test_group_named_with_writer(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Anna Berg", "Karin Dahl", "Per Holm"]


def test_writer_introduced_not_a_group(config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej! Det är Karin Dahl från Orsa kommun. Jag vill anmäla mig till 3 maj.", config, arrival)
    assert names(r) == ["Karin Dahl"]


# Class 7: a third party's old address is still that person's (not the writer's old one).
OLD_ADDRESS_OF_ANOTHER = [
    "Hennes gamla adress ylva.nordin@orsa.se är avstängd.",
    "Hennes gamla mejladress (ylva.nordin@orsa.se) fungerar inte längre.",
    "Her old address ylva.nordin@orsa.se no longer works.",
    "Hans gamla adress ylva.nordin@orsa.se går inte att nå.",
]


@pytest.mark.parametrize("tail", OLD_ADDRESS_OF_ANOTHER)
def test_old_address_of_another(tail: str, config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nYlva Nordin, som vi anmälde till DalaLab i december, har slutat hos oss. Hon vill att alla "
            f"hennes personuppgifter raderas ur era register. {tail}\n\nMvh\nAgneta Rydén\nOrsa kommun\n")
    r = parse_email(build_mail(body, sender="Plan Orsa <plan@orsa.se>"), config, arrival)
    assert [(p.name, p.email) for p in r.people] == [("Ylva Nordin", "ylva.nordin@orsa.se")]


def test_own_old_address_is_nobody(config: Config, arrival: dt.datetime) -> None:
    body = ("Hej! Jag har fått ny adress: anna.berg@orsa.se. Min gamla adress anna.b@orsa.se slutar fungera. "
            "Min anmälan gäller som förut.\n\nAnna Berg\nOrsa kommun\n")
    r = parse_email(build_mail(body, sender="Anna Berg <anna.b@orsa.se>"), config, arrival)
    assert all(p.email != "anna.b@orsa.se" or p.name == "Anna Berg" for p in r.people)
    assert names(r) == ["Anna Berg"]


# Class 8: a named person's own sessions told right after the name, beside the writer's signup, make them a person.
NAMED_GOES = [
    ("Vi blir tre från Orsa kommun. Jag själv kommer på första träffen 3 maj. Anna Berg går på alla fyra. "
     "Per Holm kommer bara den 21 september."),
    "Anmäl mig till 3 maj. Anna Berg kommer också den 21/9. Orsa kommun",
    "Jag kommer på alla träffar. Anna Berg deltar i maj och september. Orsa kommun",
    "Jag vill vara med på vårträffen. Anna Berg vill gå på alla träffar. Orsa kommun",
    "Anmäl mig till alla fyra. Anna Berg ska vara med på de två första. Orsa kommun",
]


@pytest.mark.parametrize("text", NAMED_GOES)
def test_named_person_goes(text: str, config: Config, arrival: dt.datetime) -> None:
    found = names(chat(text, config, arrival))
    assert "Anna Berg" in found and "Karin Dahl" in found


NAMED_GOES_NEAR_MISSES = [
    "Jag kommer på alla träffar. Anna Berg kommer inte i maj. Orsa kommun",
    "Jag kommer på alla träffar. Anna Berg kan tyvärr inte komma. Orsa kommun",
    "Jag kommer på alla träffar. Anna Berg kommer att höra av sig själv. Orsa kommun",
]


@pytest.mark.parametrize("text", NAMED_GOES_NEAR_MISSES)
def test_named_person_not_going(text: str, config: Config, arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == ["Karin Dahl"]


def test_named_person_as_planned_is_no_change(config: Config, arrival: dt.datetime) -> None:
    r = chat("Anna Berg kan inte den 29 november, stryk henne där. Per Holm går på allt som planerat. Orsa kommun",
             config, arrival)
    assert names(r) == ["Anna Berg"]


def test_writer_cancelling_now_with_another(config: Config, arrival: dt.datetime) -> None:
    r = chat("Jag har avanmält mig från 21/9 och Per Holm från 29/11, bekräfta gärna. Orsa kommun", config, arrival)
    assert "Karin Dahl" in names(r)
