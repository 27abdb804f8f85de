"""Who the request is about and their organisations, fourteenth round: a lower-case description before a full name
("jag och nya planeraren Sara Ljung") is no name; one who does not go, or left the job ("slutade hos oss"), beside
another who goes instead is the one leaving; "skicka bekräftelsen till mig" is no taking part; an address made of the
name outweighs one written wrong before it; a workplace moved from, or a meeting's town, is no employer; a colleague
who signed up on their own ("har anmält sig själv") or is registered already ("på vår enhet är redan anmäld") is not
among the people; "vill vi vara två till" lists those taking part; a colleague at the sender's own firm's domain takes
no municipality named elsewhere; the one who told the writer of the event is no participant; a writer named only to
say who they are, or whose own signup stands, is neither taking part nor leaving. Each class with variants of its own,
in other words than the corpus."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.organisations import same_firm
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import introduces, names_in
from assistant.parsing.reading import tables
from assistant.request import Intent, ParsedRequest, Sender


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.email, p.organisation) for p in r.people]


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = "Karin Dahl <karin.dahl@orsa.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, display: str | None, config: Config, arrival: dt.datetime) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", display), config, arrival)


# --- a lower-case description before a full name

@pytest.mark.parametrize("sentence", [
    "Jag och vice ordföranden Bengt Ek vill gärna delta på den första träffen.",
    "Jag och nya planeraren Sara Ljung kommer på alla fyra.",
    "Mig och biträdande stadsarkitekten Olle Hed vill vi anmäla till hösten.",
])
def test_a_description_before_a_full_name_is_no_name(config: Config, sentence: str) -> None:
    found = [n for n, _, _ in names_in(sentence, 0, tables(config).stop)]
    assert len(found) == 1 and found[0] in ("Bengt Ek", "Sara Ljung", "Olle Hed")


def test_a_lower_case_name_beside_the_writer_is_still_read(config: Config) -> None:
    found = [n for n, _, _ in names_in("jag och lisa ek kommer på alla", 0, tables(config).stop)]
    assert found == ["Lisa Ek"]


def test_the_writer_and_a_described_colleague_sign_up(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hej!\n\nJag och nya planeraren Sara Ljung vill gärna vara med den 21 september.\n\n"
                    "Hälsningar\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert names(r) == ["Karin Dahl", "Sara Ljung"]


# --- one who does not go, or has left, beside another going instead

@pytest.mark.parametrize("body", [
    ("Vi har ändrat oss här. Moa Lind går inte på majträffen som vi först tänkte. I stället går "
     "Elin Rask (elin.rask@orsa.se) den 3 maj. Moa behåller sina höstträffar."),
    ("En sak: Moa Lind deltar inte i maj längre. Istället kommer Elin Rask, elin.rask@orsa.se, "
     "på träffen den 3 maj."),
])
def test_one_not_going_and_one_going_instead_are_both_read(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej,\n\n{body}\n\nHälsningar\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert r.intent == Intent.CHANGE
    assert names(r) == ["Elin Rask", "Moa Lind"]


@pytest.mark.parametrize("left", [
    "Vår ekolog Moa Lind slutade hos oss vid årsskiftet.",
    "Vår ekolog Moa Lind bytte jobb i januari.",
])
def test_one_who_left_the_job_and_the_successor_are_both_read(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, left: str) -> None:
    r = email(mail, f"Hej,\n\n{left} Hon var anmäld till samtliga träffar.\n\nHennes efterträdare Elin Rask "
                    "tar över hennes plats på alla träffarna. Elins adress är elin.rask@orsa.se.\n\n"
                    "Hälsningar\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert names(r) == ["Elin Rask", "Moa Lind"]


# --- something sent to the writer is no taking part

@pytest.mark.parametrize("ask", [
    "Skicka gärna bekräftelsen till mig också.",
    "Mejla gärna kallelsen till mig med.",
    "Please send the confirmation to me as well.",
])
def test_a_copy_sent_to_the_writer_is_no_taking_part(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, ask: str) -> None:
    r = email(mail, "Hej,\n\nVår nya handläggare Elin Rask vill gärna vara med på höstens två träffar. Hennes adress är "
                    f"elin.rask@orsa.se. {ask}\n\nHälsningar\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert people(r) == [("Elin Rask", "elin.rask@orsa.se", "Orsa kommun")]


def test_the_writer_added_to_the_list_still_takes_part(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hej,\n\nLägg gärna till mig på alla träffar. Min kollega Elin Rask kommer också.\n\n"
                    "Karin Dahl\n", config, arrival)
    assert names(r) == ["Elin Rask", "Karin Dahl"]


# --- an address made of the name outweighs one written wrong before it

@pytest.mark.parametrize("body", [
    ("När jag anmälde min kollega Johan Wikström skrev jag fel på hans adress (johan.vikstrom@orsa.se). "
     "Rätt adress är johan.wikstrom@orsa.se."),
    ("Jag stavade fel på Johan Wikströms mejladress förra veckan, jag skrev johan.wikstrm@orsa.se. "
     "Den ska vara johan.wikstrom@orsa.se."),
])
def test_the_right_address_of_a_colleague_wins(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej,\n\n{body}\n\nTack!\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert [p.email for p in r.people] == ["johan.wikstrom@orsa.se"]


# --- a workplace moved from, a meeting's town: no employer

@pytest.mark.parametrize(("text", "expected"), [
    ("Jag har bytt jobb från Orsa kommun till Mora kommun sedan februari.", "Mora kommun"),
    ("I moved from Leksand to Region Dalarna in January.", "Region Dalarna"),
    ("Jag jobbade tidigare på Falu kommun men är nu anställd på Rättviks kommun.", "Rättviks kommun"),
    ("Anmälan från Orsa kommun till Region Dalarnas träffar.", "Orsa kommun"),
    ("Jag jobbar sedan tidigare på Mora kommun.", "Mora kommun"),
    ("Jag är kursansvarig i Mora kommun.", "Mora kommun"),
])
def test_the_workplace_moved_from_is_not_the_employer(config: Config, text: str, expected: str) -> None:
    found = tables(config).orgs.employer(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", [
    "Vi träffades på nätverksmötet i Rättvik förra veckan.",
    "We met at the planning conference in Sälen last month.",
])
def test_a_meetings_town_is_no_employer(config: Config, text: str) -> None:
    assert tables(config).orgs.employer(text) is None


def test_a_chat_writer_who_changed_jobs_has_the_new_organisation(config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej, jag är anmäld till alla träffar men har bytt jobb från Orsa kommun till Rättviks kommun. "
             "Gäller min anmälan ändå? /Moa Lind", "Moa", config, arrival)
    assert [p.organisation for p in r.people] == ["Rättviks kommun"]


# --- a colleague who signed up on their own, or is registered already

@pytest.mark.parametrize("aside", [
    "Moa Lind har anmält sig själv, så vi blir tre.",
    "Moa Lind anmälde sig själv i förra veckan.",
])
def test_a_colleague_who_signed_up_on_their_own_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, aside: str) -> None:
    r = email(mail, "Hej!\n\nJag anmäler följande två till alla träffar:\n\n- Elin Rask, elin.rask@orsa.se\n"
                    f"- Olle Hed, olle.hed@orsa.se\n\n{aside}\n\nJag deltar inte själv.\n\nKarin Dahl\n", config, arrival)
    assert names(r) == ["Elin Rask", "Olle Hed"]


@pytest.mark.parametrize("aside", [
    "Moa Lind på vår avdelning är ju redan anmäld, så vi är representerade ändå.",
    "Moa Lind from our team is already registered, so we will still be there.",
])
def test_a_colleague_registered_already_is_not_among_the_people(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, aside: str) -> None:
    r = email(mail, "Hej,\n\nTyvärr måste jag avanmäla mig från båda mina träffar, 3 maj och 21 september.\n\n"
                    f"{aside}\n\nKarin Dahl\nOrsa kommun\n", config, arrival)
    assert names(r) == ["Karin Dahl"]


def test_two_more_besides_one_signed_up_before(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hej!\n\nUtöver Moa Lind, som redan har anmält sig, vill vi vara två till från Orsa: jag (Karin "
                    "Dahl) och Olle Hed. Båda på alla träffarna.\n\nKarin Dahl\n", config, arrival)
    assert names(r) == ["Karin Dahl", "Olle Hed"]


# --- a colleague at the sender's own firm

def test_a_colleague_at_the_senders_firm_takes_no_client_named_elsewhere(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hello,\n\nI'm an urban planning consultant and currently help Orsa and Rättvik with their detailed "
                    "plans. My colleague Sara Holm (sara.holm@vikplan.se) and I would like to join the September "
                    "session.\n\nBest regards,\nTom Vik\n", config, arrival, sender="Tom Vik <tom.vik@vikplan.se>")
    assert people(r) == [("Tom Vik", "tom.vik@vikplan.se", None), ("Sara Holm", "sara.holm@vikplan.se", None)]


def test_same_firm_is_an_unknown_shared_domain(config: Config) -> None:
    orgs = tables(config).orgs
    assert same_firm("sara.holm@vikplan.se", "tom.vik@vikplan.se", orgs)
    assert not same_firm("sara.holm@gmail.com", "tom.vik@gmail.com", orgs)       # free mail
    assert not same_firm("sara.holm@orsa.se", "tom.vik@orsa.se", orgs)           # a configured domain
    assert not same_firm("sara.holm@ramboll.se", "tom.vik@vikplan.se", orgs)


# --- the one who told the writer of the event

@pytest.mark.parametrize("told", [
    "Er kollega Johan Ekberg berättade om DalaLab när vi sågs på en konferens förra månaden.",
    "Min chef Johan Ekberg tipsade mig om lärprojektet.",
    "Your colleague Johan Ekberg told me about the project last week.",
])
def test_the_one_who_told_the_writer_is_no_participant(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, told: str) -> None:
    r = email(mail, f"Hej,\n\n{told} Jag vill gärna vara med på den första träffen den 3 maj.\n\nVänliga hälsningar\n"
                    "Ida Berge\n", config, arrival, sender="Ida Berge <ida.berge@vestland.no>")
    assert people(r) == [("Ida Berge", "ida.berge@vestland.no", None)]


# --- a writer named only to say who they are

def test_a_chat_writer_introduced_who_cancels_a_colleague_is_not_among_the_people(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("Hej! Karin Dahl, Orsa. Olle Hed har slutat hos oss, så stryk honom från höstens träffar. "
             "Själv kommer jag som vanligt.", "Karin", config, arrival)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Olle Hed"]


def test_introduces_is_not_a_line_of_a_list(config: Config) -> None:
    stop = tables(config).stop
    assert introduces(["Hej!", "Karin Dahl, Orsa.", "Stryk Olle Hed."], 1, stop)
    assert introduces(["Det är Karin Dahl från Orsa kommun", "Stryk Olle Hed."], 0, stop)
    assert not introduces(["Följande anmäls:", "Dahl, Karin", "Hed, Olle"], 1, stop)
    assert not introduces(["Anmäl dessa:", "Karin Dahl", "Olle Hed"], 1, stop)
    assert not introduces(["Jag och Olle Hed kommer på alla."], 0, stop)


def test_the_writer_in_a_list_of_names_is_still_read(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hej!\n\nFöljande från Orsa kommun anmäls till alla träffar:\n\nDahl, Karin\nHed, Olle\n\n/Karin\n",
              config, arrival)
    assert names(r) == ["Karin Dahl", "Olle Hed"]


# --- the writer's own signup stands beside another's change

def test_a_writer_whose_signup_stands_is_not_the_one_leaving(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, "Hej!\n\nEn ändring: Olle Hed kan inte komma den 3 maj, men han vill i stället gå på träffen "
                    "den 29 november. Eva och jag står kvar på 3 maj.\n\n/Karin\n", config, arrival)
    assert names(r) == ["Olle Hed"]
