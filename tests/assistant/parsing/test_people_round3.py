"""Who is found and each person's organisation, on variants the development corpus lacks (issue 13, third round):
titles before names, organisations in the genitive, surnames that are places, organisations the config does not
know, colleagues at another workplace's address, names written surname first in running text, English."""

import datetime as dt
from collections.abc import Callable

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Sender, Unsure
from tests.assistant.parsing.conftest import ANNA, people


def test_a_capitalised_job_title_is_not_part_of_the_name(config: Config, arrival: dt.datetime,
                                                          mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej!\n\nAnmäler mig och vår GIS-samordnare Omar Haddad (omar.haddad@mora.se) till 3 maj.\n"
                         "\nMvh Anna", sender=ANNA), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"),
                         ("Omar Haddad", "omar.haddad@mora.se", "Mora kommun")]
    r = parse_email(mail("Hej!\nFöljande vill delta:\n- Stadsarkitekt Per Lind, Falu kommun\n"
                         "- Översiktsplanerare Eva Ek, Borlänge\n\nMvh Anna", sender=ANNA), config, arrival)
    assert people(r) == [("Per Lind", None, "Falu kommun"), ("Eva Ek", None, "Borlänge kommun")]


def test_an_organisation_in_the_genitive_before_a_name_is_the_persons(config: Config, arrival: dt.datetime,
                                                                       mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej, Regionens Karin Lind och jag vill komma den 3 maj.", sender=ANNA), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"), ("Karin Lind", None, "Region Dalarna")]


def test_a_surname_that_is_a_place(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej! Anmäl mig och kollegan Stina Mora till 3 maj.\nMvh Anna",
                         sender="Anna Berg <anna.berg@orsa.se>"), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@orsa.se", "Orsa kommun"), ("Stina Mora", None, "Orsa kommun")]


def test_an_organisation_the_config_does_not_know_is_none_of_its_own(config: Config, arrival: dt.datetime,
                                                                      mail: Callable[..., bytes]) -> None:
    for signature in ("Länsstyrelsen Gävleborg", "Länsstyrelsen i Värmland", "Region Värmland"):
        r = parse_email(mail(f"Hej, anmäler mig till 3 maj.\n\nMvh\nAnna Berg\n{signature}",
                             sender="Anna Berg <anna.berg@gmail.com>"), config, arrival)
        assert people(r) == [("Anna Berg", "anna.berg@gmail.com", None)], signature
        assert Unsure.ORGANISATION in r.unsure
    r = parse_email(mail("Hej, anmäler mig till 3 maj.\n\nMvh\nAnna Berg\nLänsstyrelsen i Dalarna",
                         sender="Anna Berg <anna.berg@gmail.com>"), config, arrival)
    assert people(r) == [("Anna Berg", "anna.berg@gmail.com", "Länsstyrelsen Dalarna")]


def test_a_colleague_at_another_workplaces_address_is_not_the_senders_colleague(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej,\n\nJag kommer till träffen den 29/11 från Lst Dalarna. Vi har också med Lina Berg, "
                         "lina.berg@boverket.se.\n\nSandra Ek", sender="Sandra Ek <sandra.ek@lansstyrelsen.se>"),
                    config, arrival)
    assert people(r) == [("Sandra Ek", "sandra.ek@lansstyrelsen.se", "Länsstyrelsen Dalarna"),
                         ("Lina Berg", "lina.berg@boverket.se", None)]
    assert Unsure.ORGANISATION in r.unsure
    # free mail says nothing of the workplace: the colleague is the sender's
    r = parse_email(mail("Hej! Anmäl mig och Per Ek, per.ek@gmail.com, till 3 maj.", sender=ANNA), config, arrival)
    assert people(r)[1] == ("Per Ek", "per.ek@gmail.com", "Mora kommun")


def test_a_name_written_surname_first_in_running_text(config: Config, arrival: dt.datetime,
                                                       mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej,\n\nLind, Maria har slutat hos oss. Vänligen stryk henne från samtliga träffar.\n\n"
                         "Med vänlig hälsning\nHR-avdelningen\nAvesta kommun", sender="HR Avesta <hr@avesta.se>",
                         subject="Avanmälan"), config, arrival)
    assert people(r) == [("Maria Lind", None, "Avesta kommun")]


def test_the_sender_in_a_list_or_already_registered(config: Config, arrival: dt.datetime,
                                                     mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej,\n\nMora: jag (Anna Berg), Oskar Falk och Lena Lind kommer på första träffen.",
                         sender=ANNA), config, arrival)
    assert [p.name for p in r.people] == ["Anna Berg", "Oskar Falk", "Lena Lind"]
    r = parse_email(mail("Hej!\n\nMora anmäler Elin Rosén och Tomas Lind till 21/9. Jag har redan anmält mig "
                         "separat.", sender=ANNA), config, arrival)
    assert [p.name for p in r.people] == ["Elin Rosén", "Tomas Lind"]


def test_english_signups(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hi,\nPlease sign up me and two colleagues from Borlänge municipality: Tom Ek and Lisa Falk."
                         "\nThanks, Karin", sender="Karin Sten <karin.sten@falun.se>"), config, arrival)
    assert [p.name for p in r.people] == ["Karin Sten", "Tom Ek", "Lisa Falk"]
    r = parse_email(mail("Dear Linnea,\n\nPlease register me and my colleague Sofia Ek (sofia.ek@lansstyrelsen.se) "
                         "from the County Administrative Board for all four sessions.",
                         sender="Jan Berg <jan.berg@lansstyrelsen.se>"), config, arrival)
    assert [p.name for p in r.people] == ["Jan Berg", "Sofia Ek"]
    r = parse_email(mail("Hi,\nI'd like to register for all sessions. My colleague Tom Berg will join too.",
                         sender="Karin Sten <karin.sten@falun.se>"), config, arrival)
    assert [p.name for p in r.people] == ["Karin Sten", "Tom Berg"]


def test_telegram_colleagues_with_place_and_word_names(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("hej! jag och rosa berg från borlänge vill komma 3 maj", Sender("telegram", "42", "Sten Lind"),
                   config, arrival)
    assert people(r) == [("Sten Lind", None, "Borlänge kommun"), ("Rosa Berg", None, "Borlänge kommun")]
    r = parse_chat("Anmäl mig och Per Falk (Orsa) till 3 maj", Sender("telegram", "42", "Rosa Berg"), config, arrival)
    assert [p.name for p in r.people] == ["Rosa Berg", "Per Falk"]
