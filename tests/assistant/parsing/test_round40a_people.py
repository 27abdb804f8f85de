"""People, round 40a: by class, each in words of its own (none from a corpus), with near-misses.

- A: a surname with an apostrophe after its capital ("Sean O'Brien", "Nina D’Souza"): one name as written, and the
  one an address without the apostrophe is made of ("sean.obrien@…"); a possessive or a contraction ("Annas", "I'm")
  makes no name.
- B: a given name that is also a month ("Jan", "Maj") before a surname with particles ("Jan van der Berg", "Maj af
  Ekström") is a name; a chat writer whose display name shortens the particles ("Jan vd Berg") and who writes their
  name out in full ("Jan van der Berg här") is that name; a date before the month ("3 Maj") stays a date.
- C: the writer saying they are still "med som planerat" ("själv är jag med som planerat") beside a colleague who
  withdraws: not among the people; a writer who withdraws too is.
- D: staff signed up by the given name after "mina medarbetare" / "medarbetarna" ("anmäl mina medarbetare Jenny och
  Rasmus"), as after "mina kollegor": those people, asked for in full; the manager who stays away is not among them.
- E: a substitution whose leaver is named by the given name alone ("Camilla kan inte 29/11, så jag tar hennes plats",
  "jag tar Camillas plats"): the given name leaves, the writer joins; a leaver named in full is that one name, once.
- F: an erasure "om oss tre" / "for all three of us" after the writer told of signing up herself and colleagues named
  ("jag anmälde mig och två kollegor, Eva Lund och Olof Strand"): the writer and those colleagues; an erasure of "mina
  uppgifter" beside the same story is the writer's alone.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Role, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, build_mail, names, people

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

KARIN = "Karin Ek <karin.ek@falun.se>"
SIGNED = "\n\nKarin Ek\nFalu kommun\n"


@pytest.mark.parametrize(("text", "person"), [
    ("Hej,\n\nKan ni anmäla min kollega Sean O'Brien (sean.obrien@falun.se) till 3 maj?",
     ("Sean O'Brien", "sean.obrien@falun.se", "Falu kommun")),
    ("Hi,\n\nPlease register my colleague Nina D’Souza, nina.dsouza@falun.se, for 3 May.",
     ("Nina D’Souza", "nina.dsouza@falun.se", "Falu kommun")),
    ("Hej,\n\nAnmäl gärna Sean O'Brien till 3 maj, han har ingen egen mejl än.",
     ("Sean O'Brien", None, "Falu kommun")),
])
def test_a_a_surname_with_an_apostrophe_is_one_name(config: Config, text: str, person: tuple[str, str, str]) -> None:
    r = parse_email(build_mail(text + SIGNED, sender=KARIN), config, ARRIVAL)
    assert people(r) == [person]
    assert r.sessions == (S1,)


def test_a_near_miss_a_contraction_makes_no_name(config: Config) -> None:
    r = parse_email(build_mail("Hi,\n\nI'd like to sign up for 3 May. It's just me." + SIGNED, sender=KARIN),
                    config, ARRIVAL)
    assert names(r) == ["Karin Ek"]


@pytest.mark.parametrize(("display", "text", "name"), [
    ("Jan vd Berg", "hej, Jan van der Berg här från Falu kommun. anmäl mig till 3 maj", "Jan van der Berg"),
    ("Maj af Ekström", "Maj af Ekström här, Falu kommun. Kan jag få komma på 3 maj?", "Maj af Ekström"),
    ("J. van der Berg", "hej! anmäl mig till 3 maj tack. /Jan van der Berg, Falu kommun", "Jan van der Berg"),
])
def test_b_a_month_given_name_before_particles_is_the_writers_name(config: Config, display: str, text: str,
                                                                    name: str) -> None:
    r = parse_chat(text, Sender("telegram", "4041", display), config, ARRIVAL)
    assert names(r) == [name]
    assert r.sessions == (S1,)


def test_b_near_miss_a_day_before_the_month_stays_a_date(config: Config) -> None:
    r = parse_chat("anmäl mig till 3 Maj van Berg kommer också. /Karin Ek, Falu kommun", Sender("telegram", "4042", "Karin Ek"),
                   config, ARRIVAL)
    assert r.sessions == (S1,)


@pytest.mark.parametrize("text", [
    "Hej!\n\nOlof Strand kommer inte att delta i höstens träffar. Själv är jag med som planerat.",
    "Hej!\n\nOlof Strand hoppar av höstens träffar. Jag är kvar som planerat.",
])
def test_c_the_writer_still_med_as_planned_is_not_among_the_people(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + SIGNED, sender=KARIN, subject="Ändring"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Olof Strand"]


def test_c_near_miss_the_writer_withdrawing_too_is_among_them(config: Config) -> None:
    r = parse_email(build_mail("Hej!\n\nOlof Strand och jag kan inte vara med i höst." + SIGNED, sender=KARIN,
                               subject="Ändring"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert sorted(n for n in names(r) if n) == ["Karin Ek", "Olof Strand"]


PETER = "Peter Sahl <peter.sahl@hedemora.se>"


@pytest.mark.parametrize("text", [
    "Hej,\n\nAnmäl mina medarbetare Jenny och Rasmus till 3 maj. Själv kan jag inte den dagen.",
    "Hej,\n\nJag vill anmäla medarbetarna Jenny och Rasmus till 3 maj, jag går inte själv.",
    "Hi,\n\nPlease register my staff Jenny and Rasmus for 3 May. I won't attend myself.",
])
def test_d_staff_by_given_name_are_the_people(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + "\n\nPeter Sahl\nHedemora kommun\n", sender=PETER), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Jenny", "Rasmus"]
    assert Unsure.PEOPLE in r.unsure


def test_d_near_miss_staff_named_in_full_are_as_before(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\nAnmäl mina medarbetare Jenny Lund och Rasmus Ek till 3 maj. Själv kan jag inte."
                               "\n\nPeter Sahl\nHedemora kommun\n", sender=PETER), config, ARRIVAL)
    assert names(r) == ["Jenny Lund", "Rasmus Ek"]


MATTIAS = Sender("telegram", "4044", "Mattias Grön")


@pytest.mark.parametrize("text", [
    "hej, Mattias här från Avesta kommun. Camilla kan inte gå på novemberträffen så jag tar hennes plats där",
    "Min kollega Camilla kan inte komma 29/11, så jag tar hennes plats. /Mattias Grön, Avesta kommun",
    "jag tar Camillas plats den 29/11, hon är sjuk. /Mattias Grön, Avesta kommun",
])
def test_e_a_leaver_by_given_name_in_a_substitution(config: Config, text: str) -> None:
    r = parse_chat(text, MATTIAS, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert sorted((p.name or "", p.role) for p in r.people) == [("Camilla", Role.LEAVING), ("Mattias Grön", Role.JOINING)]


def test_e_near_miss_a_leaver_named_in_full_is_one_name(config: Config) -> None:
    r = parse_chat("Camilla Berg kan inte komma 29/11, så jag tar hennes plats. /Mattias Grön, Avesta kommun", MATTIAS,
                   config, ARRIVAL)
    assert sorted(n or "" for n in names(r)) == ["Camilla Berg", "Mattias Grön"]


JENNY = "Jenny Hall <jenny.hall@regiondalarna.se>"
TOLD = "I januari anmälde jag mig och två kollegor på enheten, Eva Lund och Olof Strand, till DalaLab. "


@pytest.mark.parametrize("text", [
    TOLD + "Nu blir det inget av. Stryk oss och radera alla uppgifter om oss tre.",
    TOLD + "Vi ska inte vara med längre, så radera gärna uppgifterna om oss alla.",
])
def test_f_an_erasure_for_us_three_takes_the_colleagues_told(config: Config, text: str) -> None:
    r = parse_email(build_mail("Hej,\n\n" + text + "\n\nJenny Hall\nRegion Dalarna\n", sender=JENNY,
                               subject="Radera uppgifter"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert sorted(n or "" for n in names(r)) == ["Eva Lund", "Jenny Hall", "Olof Strand"]


def test_f_near_miss_an_erasure_of_my_data_is_the_writers(config: Config) -> None:
    r = parse_email(build_mail("Hej,\n\n" + TOLD + "Radera mina uppgifter, tack." + "\n\nJenny Hall\nRegion Dalarna\n",
                               sender=JENNY, subject="Radera uppgifter"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert names(r) == ["Jenny Hall"]
