"""Who the people are, sixth round (issue 13): several people in one lower-case breath; a field label before a
name written surname first; a manager or a colleague writing for others (not attending, approving, the
colleagues who stay or are registered already, one who cancelled on their own before); a group listed in full
and one of it named again by the given name; a roster of lines with slashes; a name's accents from the text
where the address cannot hold them; the organisation a letter is addressed to. Each class with variants of
its own."""

import datetime as dt
from collections.abc import Callable

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import names_in, sender_attends
from assistant.parsing.reading import tables
from assistant.parsing.text import fold
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import sorted_names as names


def people(r: ParsedRequest) -> list[tuple[str | None, str | None]]:
    return sorted(((p.name, p.organisation) for p in r.people), key=str)


def chat(text: str, config: Config, arrival: dt.datetime, display: str) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "77", display), config, arrival)


# --- lower case, "o" for "och", several people in one breath, the writer among them

def test_the_writer_and_two_lower_case_names_chained_by_o_are_all_people(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("anmäler mej o petra lund o oskar wiik från orsa till 21/9", config, arrival, "Maja Ström")
    assert names(r) == ["Maja Ström", "Oskar Wiik", "Petra Lund"]


def test_a_lower_case_list_with_commas_after_the_writer_goes_on_to_the_end(
        config: Config, arrival: dt.datetime) -> None:
    r = chat("anmäl mig, sara holm, leo nyberg och tove ek till alla fyra träffarna, vi är från mora",
             config, arrival, "Kim Fors")
    assert names(r) == ["Kim Fors", "Leo Nyberg", "Sara Holm", "Tove Ek"]


def test_colloquial_ja_o_min_chef_names_the_writer_and_the_manager(config: Config, arrival: dt.datetime) -> None:
    r = chat("tjena! ja o min chef gunnar berg vill va me på alla 4, vi e från vansbro", config, arrival, "Elsa Nord")
    assert names(r) == ["Elsa Nord", "Gunnar Berg"]


def test_a_verb_after_och_is_no_lower_case_name(config: Config) -> None:
    stop = tables(config).stop
    assert names_in("hon har slutat och ska avregistreras från alla träffar", 0, stop) == []
    assert names_in("han kommer och vill vara med från start", 0, stop) == []


def test_the_writer_first_in_a_list_after_alltsa_counts_the_writer_in() -> None:
    assert sender_attends(fold("vi från orsa, alltså jag, per ek och eva lind, kommer inte den 21/9"), True)[0]
    assert sender_attends(fold("tre av oss, dvs jag, per ek och eva lind, vill komma"), True)[0]


# --- a field label before a name written surname first ("Namn: Berg, Lisa")

def test_a_name_label_before_a_surname_first_name(config: Config) -> None:
    stop = tables(config).stop
    assert [n for n, _, _ in names_in("Namn: Lindgren, Sofia", 0, stop)] == ["Sofia Lindgren"]
    assert [n for n, _, _ in names_in("Deltagare: Åkesson, Nils", 0, stop)] == ["Nils Åkesson"]


def test_hr_mailbox_lists_the_employee_to_take_off_surname_first(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Följande person har slutat hos Orsa kommun och ska tas bort från kommande träffar:\n\n"
            "Namn: Nordin, Cecilia\nSista anställningsdag: 2027-01-31\n\nPersonalenheten Orsa kommun\n")
    r = parse_email(mail(body, sender="Personalenheten <personal@orsa.se>"), config, arrival)
    assert people(r) == [("Cecilia Nordin", "Orsa kommun")]


# --- a manager writing for staff: not attending, approving

def test_a_manager_who_cannot_come_herself_is_not_among_the_staff_she_sends(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nJag leder miljöenheten och hinner tyvärr inte själv vara med, men vill skicka två medarbetare:\n"
            "• Sandberg, Jens (miljöinspektör)\n• Vik, Amanda (ekolog)\n\nDe ska gå på alla fyra träffarna.\n\n"
            "Hälsningar\nBirgitta Ahl\n")
    r = parse_email(mail(body, sender="Birgitta Ahl <birgitta.ahl@orsa.se>"), config, arrival)
    assert names(r) == ["Amanda Vik", "Jens Sandberg"]


def test_a_manager_approving_is_not_attending() -> None:
    assert sender_attends(fold("Kalle nedan vill gå och jag har sagt ja. Anmäl honom till träffarna."), True) == (
        False, True)
    assert not sender_attends(fold("Eva asked to join and I have approved it, please sign her up."), True)[0]


def test_on_behalf_of_the_municipality_is_no_other_person() -> None:
    attends, _ = sender_attends(fold("Jag anmäler mig på kommunens vägnar till alla träffar."), True)
    assert attends
    assert not sender_attends(fold("Jag skriver på Per Eks vägnar."), True)[0]


def test_a_person_who_asked_the_writer_and_does_not_come_is_left_out(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag är konsult åt Orsa kommun. Stadsarkitekten Lars Dahl har bett mig gå på kommunens vägnar. "
            "Lars själv kommer inte att delta.\n\nJag anmäler mig därför till samtliga träffar.\n\nMvh\nMira Sjö\n")
    r = parse_email(mail(body, sender="Mira Sjö <mira.sjo@konsultbyran.se>"), config, arrival)
    assert people(r) == [("Mira Sjö", "Orsa kommun")]


# --- colleagues registered already, or who cancelled on their own before, beside this request

def test_colleagues_registered_already_are_not_part_of_adding_a_new_one(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nOlle Tapper och jag är redan anmälda till träffarna. Vår nya kollega Hanna Öst vill också "
            "vara med den 29 november. Hennes adress: hanna.ost@orsa.se\n\nMvh\nKarin Ruth\n")
    r = parse_email(mail(body, sender="Karin Ruth <karin.ruth@orsa.se>"), config, arrival)
    assert names(r) == ["Hanna Öst"]


def test_someone_who_cancelled_on_their_own_before_is_not_part_of_filling_the_place(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nAnders Bodin har ju avanmält sig, så vi har en plats över. Frida Sund vill ta den och gå på "
            "alla träffarna. Adress: frida.sund@mora.se\n\nHälsningar\nTina Lo\n")
    r = parse_email(mail(body, sender="Tina Lo <tina.lo@mora.se>"), config, arrival)
    assert names(r) == ["Frida Sund"]


# --- a group listed in full, then one of it named by the given name alone

def test_a_given_name_taken_off_is_the_one_of_the_group_listed_before(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nVi anmälde i höstas tre från Orsa: jag, Pontus Åman och Greta Lindvall. Greta har bytt jobb, "
            "så stryk henne från alla träffarna. Pontus och jag kommer som planerat.\n\nMvh\nSiv Orre\n")
    r = parse_email(mail(body, sender="Siv Orre <siv.orre@orsa.se>"), config, arrival)
    assert people(r) == [("Greta Lindvall", "Orsa kommun")]


def test_a_writer_reporting_an_earlier_signup_is_not_attending_now() -> None:
    attends, _ = sender_attends(fold("Vi anmälde i maj jag och Per Ek. Stryk Per från alla träffar."), True)
    assert not attends


# --- a roster of lines with slashes, one line without an address

def test_a_slash_roster_line_without_an_address_is_one_more_person(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nHär kommer vi från Vansbro:\n"
            "Tove Lindahl / planarkitekt / tove.lindahl@vansbro.se\n"
            "Ali Rezaei / GIS-ingenjör / ali.rezaei@vansbro.se\n"
            "Berit Holm / nämndsekreterare / (ingen adress än)\n\n"
            "Alla tre går på samtliga träffar.\n\nTove\n")
    r = parse_email(mail(body, sender="Tove Lindahl <tove.lindahl@vansbro.se>"), config, arrival)
    assert names(r) == ["Ali Rezaei", "Berit Holm", "Tove Lindahl"]


def test_a_roster_with_pipes_reads_the_neighbouring_line_too(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Anmälan till alla fyra träffarna:\n"
            "Nils Krantz | trafikplanerare | nils.krantz@mora.se\n"
            "Edith Ros | landskapsarkitekt | edith.ros@mora.se\n"
            "Moa Ekdahl | praktikant | saknar adress\n")
    r = parse_email(mail(body, sender="Nils Krantz <nils.krantz@mora.se>"), config, arrival)
    assert names(r) == ["Edith Ros", "Moa Ekdahl", "Nils Krantz"]


# --- a name's accents from the text, not from the address

def test_the_written_accent_of_a_successor_is_kept_over_the_address(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nJag slutar i april. Min plats tas över av Zoran Petrović, som går på alla träffarna i stället "
            "för mig. Hans adress är zoran.petrovic@orsa.se.\n\nMvh\nLena Tall\n")
    r = parse_email(mail(body, sender="Lena Tall <lena.tall@orsa.se>"), config, arrival)
    assert "Zoran Petrović" in names(r)


def test_a_name_written_with_an_accent_in_another_sentence_than_the_address(
        config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nVår nya kollega heter Renée Åslund och vill gå på träffen den 21 september.\n"
            "Adress: renee.aslund@mora.se\n\nHälsningar\nPer Bolin\n")
    r = parse_email(mail(body, sender="Per Bolin <per.bolin@mora.se>"), config, arrival)
    assert "Renée Åslund" in names(r)


# --- the organisation a letter is addressed to is not the writer's

def test_the_addressee_organisation_is_not_the_persons(config: Config) -> None:
    orgs = tables(config).orgs
    best = orgs.best("Region Dalarna Att.\nLinnea Hassis\n\nHärmed avanmäls Eva Ek.", "Länsstyrelsen Dalarna")
    assert best is not None and best.name == "Länsstyrelsen Dalarna"
    assert [m.organisation.name for m in orgs.named_by_writer("Till Region Dalarna, attn: kursansvarig")] == []
    assert [m.organisation.name for m in orgs.named_by_writer("Vi på Region Dalarna anmäler oss")] == ["Region Dalarna"]
