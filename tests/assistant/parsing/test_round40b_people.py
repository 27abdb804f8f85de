"""People, round 40b: by class, each in words of its own (none from a corpus), with near-misses.

- A: an erasure asked for the writer and a colleague named beside them as its object ("radera uppgifterna om mig och
  min kollega Per Ek", "ta bort mig och Per Ek", "delete the data about me and my colleague Per Ek"): both are the
  people; the writer alone when the colleague is named only elsewhere.
- B: a mail signed with a one-line signature whose first field is the writer's name ("Eva Lind | Planerare | Orsa
  kommun", "Eva Lind, Orsa kommun"), or with the given name alone above it: the signature, so a writer asking only
  for a colleague is not among the people; a roster's rows with the writer's name among them are still people.
- C: a forwarded or quoted thread whose header sends a mail to someone ("Till: Per Ek <per.ek@mora.se>", "To: ...")
  gives that person's address when the request names them (a substitute asked in the thread); another recipient's
  address is no one else's.
- D: a joint administration named by two municipalities side by side ("Samhällsbyggnadsförvaltningen Falun Borlänge",
  "miljöförvaltningen Leksand/Rättvik") by a writer whose address tells neither: the first one, marked unsure (the
  text does not say which employs them); with a work address, or with the two named apart, as before.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

IDA = Sender("telegram", "4041", "Ida Sundin")


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, IDA, config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return [p.name for p in r.people]


BOTH = [
    "hej, vill att ni tar bort alla uppgifter om mig och min kollega Per Ek ur ert register. /Ida, Mora",
    "Hej! Radera mig och Per Ek ur registret, tack. Ida",
    "Hi, please delete all the data you hold about me and my colleague Per Ek. Ida",
]


@pytest.mark.parametrize("text", BOTH)
def test_a_an_erasure_about_me_and_a_named_colleague_is_for_both(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.ERASURE
    assert _names(r) == ["Ida Sundin", "Per Ek"]


def test_a_by_mail_the_erasure_about_me_and_a_colleague_is_for_both(config: Config) -> None:
    text = "Hej,\n\nkan ni radera alla uppgifter om mig och min kollega Per Ek?\n\nIda Sundin\nMora kommun\n"
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin@mora.se>", subject="Radering"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert _names(r) == ["Ida Sundin", "Per Ek"]


JUNK_AFTER_ME = [
    "hej, jag hoppar av. kan ni ta bort mig och radera allt ni har om mig?",
    "Hi, I'm withdrawing. Please delete all data about me and confirm when done.",
]


@pytest.mark.parametrize("text", JUNK_AFTER_ME)
def test_a_near_miss_words_after_me_and_are_no_colleague(config: Config, text: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.ERASURE
    assert _names(r) == ["Ida Sundin"]


def test_a_near_miss_a_colleague_named_only_elsewhere_is_not_erased(config: Config) -> None:
    r = _chat("Kan ni radera alla uppgifter om mig? Min kollega Per Ek anmäler sig själv om han vill.", config)
    assert r.intent == Intent.ERASURE
    assert _names(r) == ["Ida Sundin"]


FOR_A_COLLEAGUE = [
    ("Hej,\n\nPer Ek är anmäld till 3 maj men vill också gå på 21/9. Kan ni lägga till den för honom?\n\n"
     "Ida\n\nIda Sundin | Översiktsplanerare | Mora kommun"),
    "Hej,\n\nkan ni anmäla min kollega Per Ek till 21/9? Tack!\n\nIda Sundin | Mora kommun | 0250-123 45",
    "Hej,\n\nkan ni anmäla min kollega Per Ek till 21/9?\n\nIda Sundin, planerare, Mora kommun",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", FOR_A_COLLEAGUE)
def test_b_a_one_line_signature_is_no_person_of_the_request(config: Config, text: str) -> None:
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin@mora.se>"), config, ARRIVAL)
    assert _names(r) == ["Per Ek"]


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_a_roster_row_with_the_writers_name_is_still_a_person(config: Config) -> None:
    text = ("Vi anmäler oss till 21/9:\n\nIda Sundin | planerare | ida.sundin@mora.se\n"
            "Per Ek | GIS | per.ek@mora.se\n")
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin@mora.se>"), config, ARRIVAL)
    assert sorted(_names(r)) == ["Ida Sundin", "Per Ek"]


def _forward(own: str, to: str) -> bytes:
    thread = ("\n\nFrån: Ida Sundin\nSkickat: den 2 mars 2027 08:15\nTill: " + to + "\nÄmne: DalaLab\n\n"
              "Hej, kan du gå på DalaLab i mitt ställe? Det är fyra träffar.\n\nFrån: Per Ek\n"
              "Skickat: den 2 mars 2027 09:01\n\nJa, det fixar jag!\n")
    return build_mail(own + "\n\nIda" + thread, sender="Ida Sundin <ida.sundin@mora.se>", subject="VB: DalaLab")


SUBSTITUTES = [
    "Hej Linnea,\n\nse nedan. Jag kan inte gå på DalaLab längre, Per Ek tar min plats på alla träffarna.",
    "Hej!\n\nJag måste hoppa av DalaLab. Per Ek går i stället för mig, se mejlet nedan.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", SUBSTITUTES)
def test_c_a_substitutes_address_from_the_threads_to_line(config: Config, text: str) -> None:
    r = parse_email(_forward(text, "Per Ek <per.ek@mora.se>"), config, ARRIVAL)
    emails = {p.name: p.email for p in r.people}
    assert emails.get("Per Ek") == "per.ek@mora.se"


@pytest.mark.usefixtures("rules_only")
def test_c_near_miss_another_recipients_address_is_not_the_substitutes(config: Config) -> None:
    r = parse_email(_forward(SUBSTITUTES[0], "Eva Lind <eva.lind@mora.se>"), config, ARRIVAL)
    emails = {p.name: p.email for p in r.people}
    assert emails.get("Per Ek") is None
    assert "Eva Lind" not in emails


JOINT = [
    (("Hej!\n\nJag är bygglovshandläggare på Samhällsbyggnadsförvaltningen Falun Borlänge och vill anmäla mig till "
     "alla fyra träffarna. Skriver från privata mejlen.\n\nIda Sundin"), "Falu kommun"),
    ("Hej,\n\njag jobbar på miljöförvaltningen Leksand/Rättvik och vill gärna vara med på 21/9.\n\nIda Sundin",
     "Leksands kommun"),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "first"), JOINT)
def test_d_a_joint_administration_gives_the_first_named_marked_unsure(config: Config, text: str, first: str) -> None:
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin88@gmail.com>"), config, ARRIVAL)
    assert [p.organisation for p in r.people] == [first]
    assert Unsure.ORGANISATION in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_two_municipalities_named_apart_are_not_joint(config: Config) -> None:
    text = ("Hej!\n\nJag jobbar på Borlänge kommun och vill anmäla mig till alla träffar. Min kollega på Falu kommun "
            "anmäler sig själv.\n\nIda Sundin")
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin88@gmail.com>"), config, ARRIVAL)
    assert [p.organisation for p in r.people] == ["Borlänge kommun"]
    assert Unsure.ORGANISATION not in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_a_work_address_tells_which_of_the_two(config: Config) -> None:
    text = ("Hej!\n\nJag jobbar på Samhällsbyggnadsförvaltningen Falun Borlänge och vill anmäla mig till alla "
            "träffar.\n\nIda Sundin")
    r = parse_email(build_mail(text, sender="Ida Sundin <ida.sundin@borlange.se>"), config, ARRIVAL)
    assert [p.organisation for p in r.people] == ["Borlänge kommun"]
    assert Unsure.ORGANISATION not in r.unsure
