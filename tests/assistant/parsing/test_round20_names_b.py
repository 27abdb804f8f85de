"""Names, twentieth round, second part, by class: an HTML table writing the given name and the surname in columns
of their own (either order, Swedish or English headings) lists each row's person by the whole name, given name
first; an address of the given name's initial and the surname ("m.rask@…") is that person's. Each class with
variants of its own, in other words than the corpus, and near-misses."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.html_text import html_to_text
from assistant.parsing.names import matches_address
from assistant.parsing.parser import parse_email
from assistant.request import ParsedRequest

SENDER = "Karin Dahl <karin.dahl@orsa.se>"


def table(head: list[str], rows: list[list[str]], intro: str = "Hej! Vi anmäler följande till alla träffar:") -> str:
    cells = "".join(f"<th>{c}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><body><p>{intro}</p><table border=\"1\"><tr>{cells}</tr>{body}</table>"
            "<p>Mvh<br>Karin Dahl<br>Orsa kommun</p></body></html>")


def html_mail(mail: Callable[..., bytes], html: str, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_email(mail("", html=html, sender=SENDER, subject="DalaLab"), config, arrival)


def names_emails(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.email for p in r.people}


# Class 1: an HTML table with the given name and the surname in columns of their own.
SPLIT_TABLES = [
    (["Efternamn", "Förnamn", "E-post"], [["Holm", "Per", "per.holm@orsa.se"], ["Ek", "Jenny", "(saknas)"]]),
    (["Förnamn", "Efternamn", "E-post", "Träffar"], [["Per", "Holm", "per.holm@orsa.se", "1–4"],
                                                     ["Jenny", "Ek", "", "1–4"]]),
    (["Last name", "First name", "Email"], [["Holm", "Per", "per.holm@orsa.se"], ["Ek", "Jenny", "-"]]),
    (["Surname", "Given name", "Sessions"], [["Holm", "Per", "1-4"], ["Ek", "Jenny", "all"]]),
    (["Efternamn", "Förnamn", "Kost"], [["Holm", "Per", "vegetarisk"], ["Ek", "Jenny", ""]]),
    (["Nr", "Förnamn", "Efternamn"], [["1", "Per", "Holm"], ["2", "Jenny", "Ek"]]),
    (["Efternamn", "Tilltalsnamn", "Arbetsplats"], [["Holm", "Per", "Orsa kommun"], ["Ek", "Jenny", "Orsa kommun"]]),
    (["FIRST NAME", "LAST NAME", "E-MAIL"], [["Per", "Holm", "per.holm@orsa.se"], ["Jenny", "Ek", ""]]),
]


@pytest.mark.parametrize(("head", "rows"), SPLIT_TABLES)
def test_split_name_columns(head: list[str], rows: list[list[str]], mail: Callable[..., bytes], config: Config,
                            arrival: dt.datetime) -> None:
    found = names_emails(html_mail(mail, table(head, rows), config, arrival))
    assert "Per Holm" in found and "Jenny Ek" in found
    assert "Holm Per" not in found and "Ek Jenny" not in found
    if any("per.holm@orsa.se" in r for r in rows):
        assert found["Per Holm"] == "per.holm@orsa.se"


def test_split_name_columns_text() -> None:
    text = html_to_text(table(["Efternamn", "Förnamn", "E-post"], [["Dahlberg", "Sanna", "sanna@x.se"],
                                                                   ["Ek", "Jenny", "(saknar ännu)"]]))
    assert "Namn | E-post" in text
    assert "Sanna Dahlberg | sanna@x.se" in text
    assert "Jenny Ek | (saknar ännu)" in text


SPLIT_NEAR_MISSES = [
    # a table of whole names: as it was
    (["Namn", "E-post"], [["Per Holm", "per.holm@orsa.se"]], "Per Holm | per.holm@orsa.se"),
    # a given-name column but no surname column
    (["Förnamn", "Kost"], [["Per", "vegetarisk"]], "Per | vegetarisk"),
    # a row whose cells under the headings are no name parts
    (["Efternamn", "Förnamn", "Träffar"], [["12", "3 maj", "1-4"]], "12 | 3 maj | 1-4"),
    # a table after the one with the headings is read as it is
    (["Datum", "Plats"], [["3 maj", "Falun"]], "3 maj | Falun"),
]


@pytest.mark.parametrize(("head", "rows", "line"), SPLIT_NEAR_MISSES)
def test_split_name_columns_near_misses(head: list[str], rows: list[list[str]], line: str) -> None:
    assert line in html_to_text(table(head, rows)).split("\n")


def test_second_table_not_joined() -> None:
    html = table(["Efternamn", "Förnamn"], [["Holm", "Per"]]) + table(["Ort", "Dag"], [["Falun", "Maj"]])
    lines = html_to_text(html).split("\n")
    assert "Per Holm" in lines and "Falun | Maj" in lines


# Class 2: an address of the given name's initial and the surname is that person's.
INITIAL_ADDRESSES = [
    ("Mattias Rask", "m.rask@vansbro.se"),
    ("Anna Berg", "a.berg@mora.se"),
    ("Åsa Lind", "a.lind@orsa.se"),
    ("Per-Olof Ek", "p.ek@falun.se"),
    ("Eva Strömberg", "e.stromberg@gmail.com"),
    ("Jonas Ek", "j_ek@leksand.se"),
]


@pytest.mark.parametrize(("name", "address"), INITIAL_ADDRESSES)
def test_initial_address_matches(name: str, address: str) -> None:
    assert matches_address(name, address)


INITIAL_NEAR_MISSES = [
    ("Anna Rask", "m.rask@vansbro.se"),     # another initial
    ("Mattias Ras", "m.rask@vansbro.se"),   # another surname
    ("Mattias Rask", "mr.rask@vansbro.se"),  # two letters are no initial
    ("Mattias", "m.rask@vansbro.se"),       # no surname to compare
    ("M Rask", "mattias.berg@vansbro.se"),
]


@pytest.mark.parametrize(("name", "address"), INITIAL_NEAR_MISSES)
def test_initial_address_near_misses(name: str, address: str) -> None:
    assert not matches_address(name, address)
