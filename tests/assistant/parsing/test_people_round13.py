"""Who the request is about and their organisations, thirteenth round: a consultant naming the municipalities they
work for has no organisation (unless taking one's place); the one who made or withdrew a signup, or told the writer to
sign up, is no participant; "med kopia till mig" is no taking part; a table's unit column is no part of a name; an
address mistyped by a letter stays its holder's, and a domain mistyped by a letter is the sender's workplace; a
correction of a colleague's address is about the colleague; a chat writer signing with a fuller given name and where
they are from, or signing in lower case with no display name to go by; "hon heter maria blom"; a predecessor whose
signup was withdrawn before, and one who withdrew, beside a writer taking the place. Each class with variants of its
own, in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.names import nearly_matches_address, one_edit
from assistant.parsing.organisations import elsewhere
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import names_in
from assistant.parsing.reading import tables
from assistant.request import ParsedRequest, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.email, p.organisation) for p in r.people]


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str | None, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", display), config, arrival)


# --- a consultant naming the municipalities they work for

@pytest.mark.parametrize("body", [
    ("Jag jobbar som konsult och gör just nu detaljplaner åt bland annat Orsa och Rättviks kommuner. "
     "Om det går vill jag gärna vara med den 3 maj."),
    ("I'm a freelance planner and currently help Leksand with their masterplan. I would like to attend all "
     "four sessions if consultants are welcome."),
    "Jag driver en egen firma och har uppdrag för Mora kommun. Anmäl mig gärna till höstens två träffar.",
])
def test_consultant_naming_clients_has_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nVänliga hälsningar\nOlof Strand\n", config, arrival,
              sender="Olof Strand <olof@strandplan.se>")
    assert people(r) == [("Olof Strand", "olof@strandplan.se", None)]


def test_consultant_in_chat_naming_a_client_has_no_organisation(config: Config, arrival: dt.datetime) -> None:
    r = chat("hej! jag är konsult med eget bolag och jobbar åt orsa med deras detaljplaner. vill gärna gå på "
             "vårträffen", "Lars Ekholm", config, arrival)
    assert people(r) == [("Lars Ekholm", None, None)]


def test_former_consultant_now_employed_keeps_the_municipality(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nJag har tidigare jobbat som konsult men är sedan i höstas planarkitekt på Orsa kommun. Anmäl mig "
            "gärna till alla fyra träffarna.\n\nOlof Strand\n")
    r = email(mail, body, config, arrival, sender="Olof Strand <olof.strand@gmail.com>")
    assert people(r) == [("Olof Strand", "olof.strand@gmail.com", "Orsa kommun")]


@pytest.mark.parametrize("sentence", [
    "Mora kommun har bett mig delta på en av deras platser.",
    "Jag deltar för Mora kommuns räkning.",
    "I will attend on behalf of Mora kommun.",
])
def test_consultant_taking_a_municipalitys_place_has_its_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej!\n\nJag är konsult och arbetar med Moras översiktsplan. {sentence} Anmäl mig till alla träffar.\n\nOlof Strand\n"
    r = email(mail, body, config, arrival, sender="Olof Strand <olof@strandplan.se>")
    assert people(r) == [("Olof Strand", "olof@strandplan.se", "Mora kommun")]


# --- the one who made or withdrew a signup, or told the writer to sign up

@pytest.mark.parametrize("sentence", [
    "Per Holm, som Lena Ek anmälde i höstas, har bytt jobb och kan inte delta på någon av träffarna.",
    "Per Holm (anmäld av Lena Ek i januari) har bytt jobb och kommer inte att delta på någon träff.",
])
def test_the_one_who_made_a_signup_is_not_cancelled(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej,\n\n{sentence} Lena och jag kommer som vanligt.\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Per Holm"]


@pytest.mark.parametrize("sentence", [
    "Min chef Åsa Berg bad mig anmäla mig till DalaLab.",
    "Planchefen Åsa Berg föreslog att jag skulle delta i DalaLab.",
    "My manager Åsa Berg asked me to sign up for DalaLab.",
    "Åsa Berg tipsade om att jag kunde ta hennes plats.",
])
def test_the_one_who_told_the_writer_to_sign_up_is_not_signed_up(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sentence: str) -> None:
    body = f"Hej,\n\n{sentence} Jag vill gärna gå på den 21 september och den 29 november.\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]


def test_the_one_who_asks_to_be_signed_up_herself_stays(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nMin chef Åsa Berg bad mig anmäla henne till alla fyra träffarna.\n\nMvh\nKarin Dahl\n"
    r = email(mail, body, config, arrival)
    assert [p.name for p in r.people] == ["Åsa Berg"]


# --- a copy to the writer is no taking part

@pytest.mark.parametrize(("body", "sender", "expected"), [
    (("Jag anmäler vår planchef Olle Sand till den första träffen. Bekräftelsen kan gå till honom, "
      "olle.sand@orsa.se, gärna med kopia till mig."), "Karin Dahl <karin.dahl@orsa.se>", ("Olle Sand", "olle.sand@orsa.se", "Orsa kommun")),
    ("Please register our director Tom Ek (tom.ek@mora.se) for all four sessions, and send a copy to me.",
     "Anna Berg <anna.berg@mora.se>", ("Tom Ek", "tom.ek@mora.se", "Mora kommun")),
])
def test_copy_to_the_writer_is_no_taking_part(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, sender: str,
        expected: tuple[str, str, str]) -> None:
    r = email(mail, f"Hej,\n\n{body}\n\nMvh\n{sender.split(' <')[0]}\n", config, arrival, sender=sender)
    assert people(r) == [expected]


# --- a table's unit column run on after a name

@pytest.mark.parametrize(("line", "name"), [
    ("Eva Ekström Miljöförvaltningen vegan", "Eva Ekström"),
    ("Per Holm Stadsbyggnadskontoret -", "Per Holm"),
    ("Anna Lind Trafikplanering laktosfri", "Anna Lind"),
    ("Olle Sand Planenheten", "Olle Sand"),
])
def test_unit_after_a_name_is_no_part_of_it(config: Config, line: str, name: str) -> None:
    assert [n for n, _, _ in names_in(line, 0, tables(config).stop)] == [name]


def test_plain_text_table_with_unit_column_and_address_pattern(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nFrån Mora kommer vi tre, till alla träffar:\n\n"
            "Namn              Förvaltning                 Kost\n"
            "Anna Berg         Samhällsbyggnadsförvaltningen   -\n"
            "Jonas Åkesson     Miljöenheten                vegan\n\n"
            "Adresserna är fornamn.efternamn@mora.se.\n\nHälsningar\nAnna Berg\n")
    r = email(mail, body, config, arrival, sender="Anna Berg <anna.berg@mora.se>")
    assert people(r) == [("Anna Berg", "anna.berg@mora.se", "Mora kommun"),
                         ("Jonas Åkesson", "jonas.akesson@mora.se", "Mora kommun")]


# --- addresses mistyped by a letter

@pytest.mark.parametrize(("name", "address", "near"), [
    ("Ali Yusuf", "ali.yusef@orsa.se", True),
    ("Kristina Holm", "kristna.holm@orsa.se", True),
    ("Jonas Lindqvist", "jonas.lindqivst@orsa.se", True),
    ("Jonas Lindqvist", "jonas.lindqvist@orsa.se", False),     # no typo: the ordinary match
    ("Eva Ek", "eva.ok@orsa.se", False),                       # too short to tell
    ("Per Holm", "per.hult@orsa.se", False),
])
def test_nearly_matches_address(name: str, address: str, near: bool) -> None:
    assert nearly_matches_address(name, address) is near


def test_one_edit() -> None:
    assert one_edit("avesta.se", "avetsa.se") and one_edit("mora", "moora") and one_edit("orsa", "ora")
    assert not one_edit("mora", "orsa") and not one_edit("leksand", "leksand")


def test_mistyped_address_in_a_table_row_stays_its_holders(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    html = ("<p>Hej! Här är våra deltagare till alla träffar:</p><table>"
            "<tr><td>Namn</td><td>Titel</td><td>E-post</td></tr>"
            "<tr><td>Karin Dahl</td><td>Planchef</td><td>karin.dahl@orsa.se</td></tr>"
            "<tr><td>Sara Lindqvist</td><td>Ekolog</td><td>sara.lindkvist@orsa.se</td></tr></table><p>Mvh Karin</p>")
    r = parse_email(mail("", html=html), config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun"),
                         ("Sara Lindqvist", "sara.lindkvist@orsa.se", "Orsa kommun")]


def test_domain_mistyped_by_a_letter_is_the_senders_workplace(config: Config) -> None:
    orgs = tables(config).orgs
    assert not elsewhere("jonas.berg@orsaa.se", "karin.dahl@orsa.se", orgs)
    assert not elsewhere("jonas.berg@mroa.se", "anna.berg@mora.se", orgs)
    assert elsewhere("jonas.berg@boverket.se", "karin.dahl@orsa.se", orgs)


def test_colleague_with_a_mistyped_domain_gets_the_senders_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hej,\n\nAnmäl mig och min kollega Jonas Berg (jonas.berg@lekasnd.se) till höstens båda träffar.\n\n"
            "Mvh\nEva Lund\n")
    r = email(mail, body, config, arrival, sender="Eva Lund <eva.lund@leksand.se>")
    assert people(r) == [("Eva Lund", "eva.lund@leksand.se", "Leksands kommun"),
                         ("Jonas Berg", "jonas.berg@lekasnd.se", "Leksands kommun")]


# --- a colleague's details put right

@pytest.mark.parametrize("body", [
    ("Jag skrev fel på Jonas mejladress i anmälan i förra veckan. Den rätta är jonas.berg@orsa.se. Han ska "
     "fortfarande gå på samma träffar."),
    "Jonas Bergs adress blev fel i min anmälan. Rätt adress är jonas.berg@orsa.se.",
])
def test_correcting_a_colleagues_address_is_about_the_colleague(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej igen,\n\n{body}\n\n/Karin\n", config, arrival, subject="SV: Anmälan DalaLab")
    assert people(r) == [("Jonas Berg", "jonas.berg@orsa.se", "Orsa kommun")]


# --- a chat writer's name as they sign

@pytest.mark.parametrize(("display", "text", "name"), [
    ("P-O Ek", "hej! anmäler mig till 21/9 och 22/2. / Per-Olof Ek Orsa", "Per-Olof Ek"),
    ("L-G Nilsson", "vill gå på alla träffar.\nMvh Lars-Göran Nilsson, Mora kommun", "Lars-Göran Nilsson"),
])
def test_display_initials_give_way_to_the_name_signed_with_a_place(
        config: Config, arrival: dt.datetime, display: str, text: str, name: str) -> None:
    assert [p.name for p in chat(text, display, config, arrival).people] == [name]


@pytest.mark.parametrize(("display", "text", "name"), [
    ("kalle_n", "anmäler mig till alla träffar / kalle nilsson mora", "Kalle Nilsson"),
    ("🦊", "vill gärna komma på vårträffen. hälsningar lisa ström, orsa kommun", "Lisa Ström"),
    (None, "hej vill gå på höstens träffar / anna sjöberg leksand", "Anna Sjöberg"),
])
def test_lower_case_signature_with_a_place_names_a_writer_without_display_name(
        config: Config, arrival: dt.datetime, display: str | None, text: str, name: str) -> None:
    assert [p.name for p in chat(text, display, config, arrival).people] == [name]


# --- another introduced by name in lower case

@pytest.mark.parametrize("sentence", ["hon heter lena holm", "han heter per-erik sand", "her name is lena holm"])
def test_another_introduced_in_lower_case_is_a_name(config: Config, sentence: str) -> None:
    found = [n for n, _, _ in names_in(f"{sentence} och jobbar i orsa", 0, tables(config).stop)]
    assert found == [sentence.rsplit(" ", 2)[-2].title() + " " + sentence.rsplit(" ", 1)[-1].title()]


def test_colleague_introduced_in_chat_is_signed_up_without_the_writer(config: Config, arrival: dt.datetime) -> None:
    r = chat("hej, kan jag anmäla en kollega här? hon heter lena holm och jobbar på miljö i orsa, hon vill gå på "
             "alla träffar. själv kan jag inte", "Olle Berg", config, arrival)
    assert people(r) == [("Lena Holm", None, "Orsa kommun")]


# --- a predecessor withdrawn before; the writer taking the place

@pytest.mark.parametrize("body", [
    ("Jag har börjat på planenheten efter Olle Sand, som Lena Ek avanmälde i december. Lena tipsade om att jag "
     "kunde ta hans plats, så jag anmäler mig till alla fyra träffarna."),
    ("Som ni vet har Olle Sand avanmält sig eftersom han går i pension. Jag har tagit över hans ärenden och tar "
     "gärna hans plats på alla träffarna."),
])
def test_writer_taking_the_place_of_one_withdrawn_before_is_the_only_one(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nMvh\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert people(r) == [("Karin Dahl", "karin.dahl@orsa.se", "Orsa kommun")]
