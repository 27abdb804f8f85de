"""Who the request is about, eighteenth round, by class: a writer's name given as a nickname beside the full one
(display name "Per Lundqvist" signing "/Pelle Lundqvist", display name "Jocke" or "Fia M" signing "joakim
strömberg" or "Sofia Mårtensson") is the full one; colleagues listed in lower case beside the writer ("jag, robin ek
och fatima al-sayed") are each a person; a writer who says they need not be counted ("mig behöver du inte räkna")
is none. Each class with variants of its own, in other words than the corpus, and near-misses."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import find_names, renamed_another
from assistant.parsing.reading import tables
from assistant.parsing.text import fold, sentences
from assistant.request import ParsedRequest, Sender


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject="DalaLab"), config, arrival)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# Class 1: the writer's nickname beside the full name: the full name is the person.
NICKNAME_CHATS = [
    ("Per Lundqvist", "Glömde säga att jag är vegan, går det att ordna? /Pelle Lundqvist, Mora", "Per Lundqvist"),
    ("Karl Ek", "hej, anmäler mig till alla fyra träffarna! /Kalle Ek, Orsa kommun", "Karl Ek"),
    ("Jocke", "tja. anmäler mig till första träffen 😀 joakim strömberg, mora", "Joakim Strömberg"),
    ("Stina", "hejsan! vill gärna vara med 21/9 🙂 kristina holm, orsa", "Kristina Holm"),
    ("Micke", "anmal mig till alla traffar tack, mikael lindh ludvika kommun", "Mikael Lindh"),
    ("Lars Berg", "I'd like to sign up for all four sessions. Cheers, Lasse Berg, Region Dalarna", "Lars Berg"),
    ("Vicky", "hi! please sign me up for May 3 👍 viktoria sand, gagnef", "Viktoria Sand"),
]


@pytest.mark.parametrize(("who", "text", "expected"), NICKNAME_CHATS)
def test_chat_writer_full_name_beside_nickname(who: str, text: str, expected: str, config: Config,
                                               arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival, who=who)) == [expected]


NICKNAME_MAILS = [
    ("Fia M <fiam1985@gmail.com>", ("hej! jobbar på orsa kommun men skriver från privata mejlen. vill anmäla mig "
                                    "till alla träffar.\nmvh Sofia Mårtensson\n"), "Sofia Mårtensson"),
    ("Lasse B <lasse.b@hotmail.com>", ("Hej,\n\nJag vill anmäla mig till träffen 3 maj.\n\nVänliga hälsningar\n"
                                      "Lars Berglund\nMora kommun\n"), "Lars Berglund"),
]


@pytest.mark.parametrize(("sender", "body", "expected"), NICKNAME_MAILS)
def test_mail_writer_full_name_beside_nickname(sender: str, body: str, expected: str, mail: Callable[..., bytes],
                                               config: Config, arrival: dt.datetime) -> None:
    assert names(email(mail, body, config, arrival, sender=sender)) == [expected]


def test_nickname_of_a_colleague_is_no_writer_name(config: Config, arrival: dt.datetime) -> None:
    """Near-miss: a colleague named with a nickname-like given name stays a person of their own."""
    r = chat("anmäler mig och kollegan Pelle Ek till alla träffar", config, arrival, who="Per Lundqvist")
    assert names(r) == ["Pelle Ek", "Per Lundqvist"]


def test_different_person_same_initial_is_no_nickname(config: Config, arrival: dt.datetime) -> None:
    """Near-miss: a writer with a full display name signing with it keeps it."""
    r = chat("anmäler mig till 3/5. /Per Lundqvist, Mora", config, arrival, who="Per Lundqvist")
    assert names(r) == ["Per Lundqvist"]


# Class 2: colleagues listed in lower case beside the writer: each one is a person.
LOWER_LISTS = [
    ("hej! kan jag anmala mig + 2 kollegor? jag, robin ek och fatima al-sayed, alla mora. vi kör 3/5 🙂",
     ["Fatima Al-Sayed", "Karin Dahl", "Robin Ek"]),
    ("hej! karin här från orsa kommun. vill anmäla mig + mina kollegor ronja berg och ville ståhl, alla träffarna",
     ["Karin Dahl", "Ronja Berg", "Ville Ståhl"]),
    ("vi blir tre: jag, nils holm och eva-lena ek. alla fyra träffarna", ["Eva-Lena Ek", "Karin Dahl", "Nils Holm"]),
    ("kan du anmäla mig samt kollegorna tove lind och ville ek till 21/9?", ["Karin Dahl", "Tove Lind", "Ville Ek"]),
    ("anmäl mig, ida ström o kalle berg till alla tack", ["Ida Ström", "Kalle Berg", "Karin Dahl"]),
    ("me and my colleagues ville berg and anna ek would like to join all four sessions",
     ["Anna Ek", "Karin Dahl", "Ville Berg"]),
    ("vi är tre som vill komma 3/5: jag, olle sten och maja lund", ["Karin Dahl", "Maja Lund", "Olle Sten"]),
    ("anmäler mig + nya kollegan ville nord till alla fyra", ["Karin Dahl", "Ville Nord"]),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_LISTS)
def test_lower_case_colleagues_beside_writer(text: str, expected: list[str], config: Config,
                                             arrival: dt.datetime) -> None:
    assert names(chat(text, config, arrival)) == expected


def test_lower_case_words_are_no_colleagues(config: Config, arrival: dt.datetime) -> None:
    """Near-miss: lower-case words after "jag," that are no names add no one."""
    assert names(chat("anmäler mig till alla träffar, jag och min chef vill gärna komma senare", config,
                      arrival)) == ["Karin Dahl"]


# Class 3: the writer saying they need not be counted is not among the people.
SELF_OUT = [
    "Båda vill gå på träffen 21 september. Själv är jag redan med, så mig behöver du inte räkna.",
    "Anmäl dem till 21/9. Mig behöver ni inte räkna in.",
    "De vill komma den 21 september. Du behöver inte räkna med mig, jag är redan anmäld.",
    "They would both like to attend 21 September. No need to count me, I'm already registered.",
    "Båda vill gå 21/9. Räkna inte med mig, jag är redan med som processledare.",
    "Båda kommer den 21/9. Mig behöver du inte räkna med.",
    "Båda vill gå 21/9. Jag själv behöver inte räknas, jag är redan anmäld.",
    "Båda vill gå 21/9, men mig ska du inte raekna - jag ar redan med.".replace("raekna", "rakna"),
]


@pytest.mark.parametrize("tail", SELF_OUT)
def test_writer_not_counted(tail: str, mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nTvå planerare vill vara med:\n\n- Tyra Ek, Mora kommun, tyra.ek@mora.se\n"
            "- Bo Holm, Orsa kommun, bo.holm@orsa.se\n\n" + tail + "\n\nHälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Bo Holm", "Tyra Ek"]


def test_writer_counted_in(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    """Near-miss: "räkna med mig också" puts the writer among them."""
    body = ("Hej,\n\nAnmäl Tyra Ek, tyra.ek@mora.se, till 21 september. Räkna med mig också!\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl", "Tyra Ek"]


# Class 4: a colleague said to have signed up before, in the active past ("anmälde sig förra veckan"), beside the
# writer's own signup, is no part of it.
SIGNED_UP_BEFORE = [
    ("Min kollega Eva Ek anmälde sig förra veckan. Nu vill jag också anmäla mig till samma träffar, 3 maj och "
     "21 september."),
    "Eva Ek anmälde sig i januari och nu vill jag också anmäla mig, till alla fyra träffarna.",
    "My colleague Tom Berg signed up last week, and now I would like to register too, for 3 May.",
    "Kollegan Per Holm registrerade sig tidigare; själv vill jag anmäla mig till 21/9.",
    "Per Holm anmalde sig igar, jag vill anmala mig till samma traffar: 3/5 och 29/11.",
    "Vår planerare Eva Ek har redan anmält sig. Jag anmäler mig till 3 maj.",
    "Eva Ek anmälde sig för två veckor sedan. Anmäl mig också till alla träffar.",
    "Tom Berg registered earlier this month; please sign me up for all four sessions as well.",
]


@pytest.mark.parametrize("text", SIGNED_UP_BEFORE)
def test_colleague_signed_up_before(text: str, mail: Callable[..., bytes], config: Config,
                                    arrival: dt.datetime) -> None:
    body = "Hej,\n\n" + text + "\n\nHälsningar\nKarin Dahl\nOrsa kommun\n"
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl"]


def test_colleague_signed_up_before_then_withdrawn(mail: Callable[..., bytes], config: Config,
                                                   arrival: dt.datetime) -> None:
    """Near-miss: the one who signed up before is the one taken off."""
    body = ("Hej,\n\nEva Ek anmälde sig i januari men kan inte komma 21/9, stryk henne från den träffen.\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Eva Ek"]


def test_colleague_signing_up_with_writer(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    """Near-miss: a colleague signed up in this message with the writer."""
    body = ("Hej,\n\nAnmäl mig och Eva Ek till 3 maj, hon har bytt tjänst i januari.\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Eva Ek", "Karin Dahl"]


# Class 5: a colleague's new name: the old name is no second person.
RENAMED = [
    ("Linda Persson i min grupp har gift sig och heter nu Linda Ek. Hennes nya adress är linda.ek@orsa.se – kan ni "
     "uppdatera deltagarlistan?"),
    "Per Holm har bytt namn till Per Lind, ny adress per.lind@orsa.se. Uppdatera gärna deltagarlistan.",
    ("Our colleague Anna Berg has changed her name to Anna Ek; her new address is anna.ek@orsa.se. Please update "
     "your list."),
    "Eva Ström heter numera Eva Sjö och har adressen eva.sjo@orsa.se, kan ni ändra i listan?",
    "Vår planerare Tom Dahl heter sedan i somras Tom Björk (tom.bjork@orsa.se), kan ni rätta namnet i listan?",
    "Maria Lund is now called Maria Nord, new address maria.nord@orsa.se, please update the participant list.",
    "Uppdatera gärna: Sara Holm (tidigare Sara Lind) har ny adress sara.holm@orsa.se.",
    "Kalle Nyberg har bytt efternamn till Kalle Sund och har ny adress kalle.sund@orsa.se, ändra gärna det.",
]


NEW_NAMES = ["Linda Ek", "Per Lind", "Anna Ek", "Eva Sjö", "Tom Björk", "Maria Nord", "Sara Holm", "Kalle Sund"]


@pytest.mark.parametrize(("text", "new"), list(zip(RENAMED, NEW_NAMES)))
def test_old_name_is_no_second_person(text: str, new: str, config: Config) -> None:
    own = sentences(text)
    stop = tables(config).stop
    assert [h.name for h in find_names(own, [True] * len(own), stop, set(), set())] == [new]
    assert renamed_another(fold(text))


def test_own_new_name_is_no_others(config: Config) -> None:
    """Near-miss: the writer telling their own new name renames no one else."""
    assert not renamed_another(fold("Jag har gift mig och heter nu Karin Ek, min nya adress är karin.ek@orsa.se."))


def test_two_people_of_one_given_name(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    """Near-miss: two people with the same given name, no renaming."""
    body = ("Hej,\n\nAnmäl Linda Persson och Linda Ek till 21 september.\n\nHälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Linda Ek", "Linda Persson"]


# Class 6: a colleague named in full in one sentence, then by the given name alone in the request to take them off:
# that colleague is the one withdrawn (not the writer).
NAMED_THEN_REMOVED = [
    ("Jag ser att Jamal Aziz också har fått en bekräftelse. Jamal har bytt tjänst, så stryk honom.", "Jamal Aziz"),
    ("Vi fick en bekräftelse för Eva Lind. Eva har slutat hos oss, avanmäl henne.", "Eva Lind"),
    (("I noticed Tom Berg also got a confirmation. Tom has left us, so please cancel him from all sessions. "
      "My own registration stands."), "Tom Berg"),
    ("Per Holm står på er lista. Per slutar i april – ta bort honom från alla träffar.", "Per Holm"),
    ("Angående Sara Ek. Sara kan inte vara med längre, stryk henne.", "Sara Ek"),
    ("Jag såg att ni har Nils Berg på deltagarlistan. Nils ska inte vara med, ta bort honom tack.", "Nils Berg"),
    ("Lisa Ek fick också en bekräftelse. Lisa har bytt jobb så stryk henne tack.", "Lisa Ek"),
    ("Kalle Sund finns med bland era anmälda. Kalle har gått i pension, så avregistrera honom.", "Kalle Sund"),
]


@pytest.mark.parametrize(("text", "who"), NAMED_THEN_REMOVED)
def test_named_in_full_then_removed_by_given_name(text: str, who: str, mail: Callable[..., bytes], config: Config,
                                                  arrival: dt.datetime) -> None:
    stays = "" if "My own" in text else "\nMin egen anmälan gäller som förut."
    body = "Hej,\n\n" + text + stays + "\n\nHälsningar\nKarin Dahl\nOrsa kommun\n"
    assert names(email(mail, body, config, arrival)) == [who]


def test_informant_named_before_is_no_one_removed(mail: Callable[..., bytes], config: Config,
                                                  arrival: dt.datetime) -> None:
    """Near-miss: a colleague named in passing, the writer signing up themselves."""
    body = ("Hej,\n\nPer Ek tipsade mig om DalaLab. Anmäl mig till alla träffar.\n\n"
            "Hälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl"]


def test_given_name_without_removal_is_no_one(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    """Near-miss: named in full, then by the given name in no request to take them off."""
    body = ("Hej,\n\nPer Ek tipsade mig om DalaLab. Per tycker att jag ska anmäla mig till alla träffar, så gör det "
            "gärna.\n\nHälsningar\nKarin Dahl\nOrsa kommun\n")
    assert names(email(mail, body, config, arrival)) == ["Karin Dahl"]
