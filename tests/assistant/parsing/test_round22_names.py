"""Names, organisations and per-person diets, twenty-second round, by class: one listed after people of other
organisations whose own line puts them at a firm (a consultant, an address at a firm's domain) takes no
organisation from the lines before ("* Nina Falk på regionen * Jesper Ahl, konsult på Ramboll,
jesper.ahl@ramboll.se"). Each class with variants of its own, in other words than the corpus, and near-misses that
must not change."""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def orgs_of(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.organisation for p in r.people}


def mail(body: str, config: Config, sender: str = "Veronica Lund <veronica.lund@borlange.se>") -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender), config, ARRIVAL)


# Class 1: one whose own line puts them at a firm takes no organisation from the lines before.
AT_A_FIRM = [
    (("Jag vill anmäla tre personer till träffen 29 november:\n\n* mig själv (Borlänge kommun)\n"
     "* Nina Falk, som jobbar på regionens trafikavdelning\n"
     "* Jesper Ahl, konsult på Ramboll som vi anlitat, jesper.ahl@ramboll.se\n\nMvh Veronica"), "Jesper Ahl"),
    (("Hej! Anmäl till alla träffar:\n- Eva Ek från Region Dalarna\n- Per Holm från Mora kommun\n"
     "- Ola Berg, per.berg@wsp.com, som är vår konsult\n\nVeronica"), "Ola Berg"),
    (("Vi anmäler följande till första träffen.\nRegion Dalarna: Eva Ek.\nLänsstyrelsen: Per Holm.\n"
     "Dessutom Tom Lind, tom.lind@sweco.se, konsult i projektet.\nHälsningar Veronica"), "Tom Lind"),
    (("Please register for the May session:\n* Eva Ek, Region Dalarna\n* Per Holm, Mora kommun\n"
     "* Tom Berg, consultant at Ramboll, tom.berg@ramboll.se\n\nBest, Veronica"), "Tom Berg"),
    (("Anmälan till höstens träffar:\n1. Lisa Ek (Avesta kommun)\n2. Jonas Wik (Region Dalarna)\n"
     "3. Sara Holm, planeringskonsult på Norconsult, sara.holm@norconsult.se\n/Veronica"), "Sara Holm"),
]


@pytest.mark.parametrize(("body", "consultant"), AT_A_FIRM)
def test_one_at_a_firm_takes_no_organisation_from_lines_before(body: str, consultant: str, config: Config) -> None:
    orgs = orgs_of(mail(body, config))
    assert consultant in orgs
    assert orgs[consultant] is None


# Near-misses: one without a firm of their own keeps the organisation of the lines before; a firm named on their
# own line that is a configured organisation is theirs; free mail says nothing of a workplace.
KEEPS = [
    (("Hej! Anmäl till alla träffar:\n- Eva Ek från Region Dalarna\n- Per Holm från Mora kommun\n"
     "- Ola Berg\n\nVeronica"), "Ola Berg", "Mora kommun"),
    (("Vi anmäler följande till första träffen.\nRegion Dalarna: Eva Ek.\nLänsstyrelsen: Per Holm.\n"
     "Dessutom Tom Lind, tom.lind@gmail.com.\nHälsningar Veronica"), "Tom Lind", "Länsstyrelsen Dalarna"),
    (("Hej! Anmäl till alla träffar:\n- Eva Ek från Region Dalarna\n- Per Holm från Mora kommun\n"
     "- Ola Berg, ola.berg@mora.se\n\nVeronica"), "Ola Berg", "Mora kommun"),
    (("Please register for the May session:\n* Eva Ek, Region Dalarna\n* Per Holm, Mora kommun\n"
     "* Tom Berg, consultant at Ramboll, tom.berg@ramboll.se\n\nBest, Veronica"), "Per Holm", "Mora kommun"),
]


@pytest.mark.parametrize(("body", "name", "organisation"), KEEPS)
def test_one_without_a_firm_keeps_the_organisation_before(body: str, name: str, organisation: str,
                                                          config: Config) -> None:
    assert orgs_of(mail(body, config)).get(name) == organisation


def chat(text: str, shown: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", shown), config, ARRIVAL)


# Class 2: a chat writer introducing themselves in lower case at the start, after a greeting, with where they are
# from after the name (with a comma or nothing between, perhaps "här" after it), the display name the same given
# name or a short form of it: the name is the writer's, though the request follows in the same sentence.
SELF_INTRODUCED = [
    ("hej, charlotte ek, orsa kn. vill gå på alla träffar", "Lotta", "Charlotte Ek"),
    ("tja per lindh avesta, anmäl mig till 3 maj tack", "Pelle", "Per Lindh"),
    ("hej! birgitta sundin, leksand. jag vill gå på första träffen", "Gittan", "Birgitta Sundin"),
    ("hej johan wik falun, vill anmäla mig till alla träffar", "Johan", "Johan Wik"),
    ("hejsan, ebba strand mora här! vill anmäla mig till träffen i maj", "Ebba", "Ebba Strand"),
    ("hej mikael sund, rättvik. anmäler mig till alla fyra", "Micke", "Mikael Sund"),
]


@pytest.mark.parametrize(("text", "shown", "expected"), SELF_INTRODUCED)
def test_a_chat_writer_introduced_in_lower_case_is_named_so(text: str, shown: str, expected: str,
                                                            config: Config) -> None:
    assert [p.name for p in chat(text, shown, config).people] == [expected]


# Near-misses: a name of another given name than the display name's is not the writer's, nor one followed by a
# place that goes on as a clause of its own.
NOT_THE_WRITER = [
    ("hej anna berg mora, anmäl mig till 3 maj", "Pelle", "Anna Berg"),
    ("hej, eva lind orsa vill också komma på alla träffar", "Moa", "Eva Lind"),
]


@pytest.mark.parametrize(("text", "shown", "other"), NOT_THE_WRITER)
def test_another_name_is_not_the_chat_writers(text: str, shown: str, other: str, config: Config) -> None:
    r = chat(text, shown, config)
    assert r.people
    assert r.people[0].name != other


# Class 3: names pasted from an address book surname first without a comma, each with an address that shows the
# order ("Hållén Nils <nils.hallen@sater.se>"): "Förnamn Efternamn", as the address has it.
ADDRESS_BOOK = [
    (("Jag klistrar in dem från adressboken: Ström Anna <anna.strom@orsa.se>; Lund Per <per.lund@orsa.se>. "
     "De vill gå på första träffen."), ["Anna Ström", "Per Lund"]),
    ("Anmäl följande till alla träffar:\nWik Eva <eva.wik@orsa.se>\nHolm Jonas <jonas.holm@orsa.se>\n",
     ["Eva Wik", "Jonas Holm"]),
    ("Please register Berg David <david.berg@orsa.se> and Kowalski Anna <anna.kowalski@orsa.se> for May.",
     ["Anna Kowalski", "David Berg"]),
]


@pytest.mark.parametrize(("body", "expected"), ADDRESS_BOOK)
def test_names_surname_first_beside_their_address_are_turned(body: str, expected: list[str], config: Config) -> None:
    r = mail(body, config, sender="Karin Dahl <karin.dahl@orsa.se>")
    assert sorted(p.name for p in r.people if p.email != "karin.dahl@orsa.se") == expected


# Near-miss: a name written given name first beside its address stays as written.
def test_a_name_in_the_addresss_order_stays(config: Config) -> None:
    r = mail("Anmäl Anna Ström <anna.strom@orsa.se> och Per Lund <per.lund@orsa.se> till första träffen. "
             "Själv kan jag inte.", config, sender="Karin Dahl <karin.dahl@orsa.se>")
    assert sorted(p.name for p in r.people) == ["Anna Ström", "Per Lund"]


# Class 4: a lower-case colleague named after where they work, set off by a comma ("o en kollega från lst, karin
# dahlberg"): the colleague, of that organisation.
COLLEAGUE_FROM = [
    ("hej anmäl mig (rättvik) o en kollega från lst, karin dahlberg. bara första träffen", "Emma",
     ("Karin Dahlberg", "Länsstyrelsen Dalarna")),
    ("hej! jag och min kollega från mora, per holm, vill komma på alla träffar", "Eva",
     ("Per Holm", "Mora kommun")),
    ("anmäler mig o en kollega på regionen, lisa ek, till träffen i maj", "Nina", ("Lisa Ek", "Region Dalarna")),
]


@pytest.mark.parametrize(("text", "shown", "colleague"), COLLEAGUE_FROM)
def test_a_colleague_after_where_they_work_is_read(text: str, shown: str, colleague: tuple[str, str],
                                                   config: Config) -> None:
    assert colleague in [(p.name, p.organisation) for p in chat(text, shown, config).people]
