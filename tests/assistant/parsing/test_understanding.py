"""Readings of messages written the way people nobody here has seen write them (issue 13): who attends, people
without addresses, two organisations, changes versus cancellations, sessions named by theme or day, questions
that are no signups, invoice spam, per-person diets, and what the reading is unsure of."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, S1, S2, S3, S4, names
from tests.assistant.parsing.conftest import people as who

KARIN = "Karin Lund <karin.lund@falun.se>"


# ---------------------------------------------------------------- who attends
def test_a_secretary_registering_colleagues_is_not_among_them(config: Config, arrival: dt.datetime,
                                                              mail: Callable[..., bytes]) -> None:
    body = "Hej! Jag anmäler två kollegor till DalaLab: Erik Sand och Maria Holm. Jag själv kan inte delta.\n\nKarin Lund"
    r = parse_email(mail(body, sender=KARIN), config, arrival)
    assert r.intent == Intent.REGISTER and names(r) == ["Erik Sand", "Maria Holm"]


def test_hr_cancelling_someone_who_has_left_is_not_cancelled_herself(config: Config, arrival: dt.datetime,
                                                                     mail: Callable[..., bytes]) -> None:
    body = "Hej, Erik Sand har slutat hos oss, så vänligen avanmäl honom från DalaLab.\n\nMvh Karin Lund, HR"
    r = parse_email(mail(body, sender=KARIN, subject="Avanmälan"), config, arrival)
    assert r.intent == Intent.CANCEL and names(r) == ["Erik Sand"]


def test_names_written_surname_first_in_a_list(config: Config, arrival: dt.datetime,
                                               mail: Callable[..., bytes]) -> None:
    body = "Vi anmäler följande till DalaLab:\nHolm, Maria\nBerg, Anders\nSvensson, Lisa\n\nMvh Maria"
    r = parse_email(mail(body, sender="Holm, Maria <maria.holm@mora.se>"), config, arrival)
    assert who(r) == [("Maria Holm", "maria.holm@mora.se", "Mora kommun"), ("Anders Berg", None, "Mora kommun"),
                      ("Lisa Svensson", None, "Mora kommun")]


def test_registering_us_without_saying_who_us_is_is_unsure_of_the_sender(config: Config, arrival: dt.datetime,
                                                                         mail: Callable[..., bytes]) -> None:
    body = "Hej, vi vill anmäla oss till DalaLab: Erik Sand och Maria Holm.\n\nKarin Lund"
    r = parse_email(mail(body, sender=KARIN), config, arrival)
    assert {"Erik Sand", "Maria Holm"} <= set(names(r))
    assert Unsure.SENDER_ATTENDS in r.unsure


def test_a_plain_signup_is_sure(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej, jag anmäler mig och Erik Sand till alla träffar.\n\nKarin Lund", sender=KARIN),
                    config, arrival)
    assert names(r) == ["Karin Lund", "Erik Sand"] and r.unsure == ()


# ---------------------------------------------------------------- people without addresses, two organisations
def test_everyone_in_a_group_is_kept(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Vi blir fyra från Ludvika på första träffen: Petra Sjöberg, Ahmed Ali, Nils Berg och Sara Holm."
    r = parse_email(mail(body, sender="Petra Sjöberg <petra.sjoberg@ludvika.se>"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == (S1,)
    assert names(r) == ["Petra Sjöberg", "Ahmed Ali", "Nils Berg", "Sara Holm"]


def test_each_person_gets_the_organisation_named_beside_them(config: Config, arrival: dt.datetime,
                                                             mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag anmäler mig och Nils Berg från Ludvika kommun, samt Sara Holm från Smedjebackens kommun, "
            "till alla träffar.")
    r = parse_email(mail(body, sender="Petra Sjöberg <petra.sjoberg@ludvika.se>"), config, arrival)
    assert who(r) == [("Petra Sjöberg", "petra.sjoberg@ludvika.se", "Ludvika kommun"),
                      ("Nils Berg", None, "Ludvika kommun"), ("Sara Holm", None, "Smedjebackens kommun")]


def test_a_function_mailbox_writing_for_a_person_in_the_signature(config: Config, arrival: dt.datetime,
                                                                  mail: Callable[..., bytes]) -> None:
    body = "Hej,\n\njag vill anmäla mig till den 3 maj.\n\nMed vänlig hälsning\nLena Ek\nlena.ek@orsa.se\nOrsa kommun"
    r = parse_email(mail(body, sender="Orsa kommun <kansli@orsa.se>"), config, arrival)
    assert who(r) == [("Lena Ek", "lena.ek@orsa.se", "Orsa kommun")]


def test_a_colleague_at_an_unknown_municipality_is_unsure(config: Config, arrival: dt.datetime,
                                                          mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej, jag anmäler mig till alla träffar. Jag jobbar på Sundsvalls kommun.\n\nOla Dahl",
                         sender="Ola Dahl <ola.dahl@gmail.com>"), config, arrival)
    assert who(r) == [("Ola Dahl", "ola.dahl@gmail.com", None)] and Unsure.ORGANISATION in r.unsure


# ---------------------------------------------------------------- change, cancel or register
def test_adding_a_session_to_a_signup_is_a_change_to_both(config: Config, arrival: dt.datetime,
                                                          mail: Callable[..., bytes]) -> None:
    body = "Hej! Jag är redan anmäld till 3 maj. Kan jag även lägga till den 29 november?\n\nMvh Anna Berg"
    r = parse_email(mail(body, subject="Re: Anmälan"), config, arrival)
    assert r.intent == Intent.CHANGE and r.change == "sessions" and r.sessions == (S1, S3)


def test_a_swap_with_a_typo_keeps_the_new_session(config: Config, arrival: dt.datetime,
                                                  mail: Callable[..., bytes]) -> None:
    r = parse_email(mail("Hej, jag skulle vilja byta 3 maj mot 21 setpember. Mvh Anna", subject="Ändring"),
                    config, arrival)
    assert r.intent == Intent.CHANGE and r.sessions == (S2,)


def test_withdrawing_a_colleague_leaves_the_sender_alone(config: Config, arrival: dt.datetime,
                                                         mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag måste tyvärr avanmäla mig från DalaLab. Min kollega Erik Sands anmälan gäller som förut."
            "\n\nAnna Berg")
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.CANCEL and names(r) == ["Anna Berg"]


def test_a_substitution_written_in_lower_case_by_a_third_party(config: Config, arrival: dt.datetime,
                                                               mail: Callable[..., bytes]) -> None:
    body = "hej, erik sand kan inte komma den 21/9, maria holm går i hans ställe. /karin"
    r = parse_email(mail(body, sender=KARIN, subject="byte"), config, arrival)
    assert r.intent == Intent.CHANGE and r.change == "substitute" and r.sessions == (S2,)
    assert names(r) == ["Erik Sand", "Maria Holm"]


def test_a_diet_for_an_existing_signup_is_the_writers_change(config: Config, arrival: dt.datetime,
                                                             mail: Callable[..., bytes]) -> None:
    body = "Hej, jag är anmäld sedan tidigare och vill bara meddela att jag är glutenintolerant.\n\nAnna Berg"
    r = parse_email(mail(body), config, arrival)
    assert r.intent == Intent.CHANGE and r.change == "diet"
    assert [(p.name, p.diet) for p in r.people] == [("Anna Berg", "glutenintolerant")]


def test_a_cancellation_forwarded_by_a_mailbox_cancels_its_writer(config: Config, arrival: dt.datetime,
                                                                  mail: Callable[..., bytes]) -> None:
    body = ("Se nedan.\n\n---------- Forwarded message ---------\nFrån: Lena Ek <lena.ek@orsa.se>\n"
            "Datum: 1 mars 2027\nÄmne: Återbud DalaLab\n\nHej, jag kan tyvärr inte delta på DalaLab. /Lena\n")
    r = parse_email(mail(body, sender="Kansli <kansli@orsa.se>", subject="VB: Återbud DalaLab"), config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == ALL
    assert who(r) == [("Lena Ek", "lena.ek@orsa.se", "Orsa kommun")]


# ---------------------------------------------------------------- which sessions
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill anmäla mig till den om tillgänglighet.", (S4,)),
    ("Jag anmäler mig till träffen om utvecklingsinriktning i ÖP-modellen.", (S2,)),
    ("Anmäler mig till den om önskvärda framtider och osäkerheter.", (S3,)),
    ("Jag anmäler mig, men bara den 29:e.", (S3,)),
    ("Jag anmäler mig till vårens och höstens träffar.", (S1, S2, S3)),
    ("Jag anmäler mig till alla utom den i november.", (S1, S2, S4)),
])
def test_sessions_named_by_theme_or_day(config: Config, arrival: dt.datetime, text: str,
                                        expected: tuple[dt.date, ...]) -> None:
    r = parse_chat(text, Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.intent == Intent.REGISTER and r.sessions == expected and Unsure.SESSIONS not in r.unsure


def test_taking_part_digitally_names_no_session(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("Jag anmäler mig till 3 maj, kan man delta digitalt?", Sender("telegram", "1", "Vera Lind"),
                   config, arrival)
    assert r.sessions == (S1,)


def test_one_autumn_session_of_two_is_unsure(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("jag vill gärna vara med på höstens träff", Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.sessions == (S2, S3) and Unsure.SESSIONS in r.unsure


def test_both_autumn_sessions_are_sure(config: Config, arrival: dt.datetime) -> None:
    r = parse_chat("jag vill vara med på höstens träffar", Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.sessions == (S2, S3) and r.unsure == ()


# ---------------------------------------------------------------- questions, spam
@pytest.mark.parametrize("text", [
    "Hej! Funderar på att anmäla mig till 21/9 – måste man gå på alla?",
    "Hej, vi är fyra på planeringsavdelningen som vill vara med, får vi turas om?",
    "Thinking of signing up for the September session - do we have to attend all four?",
])
def test_questions_about_taking_part_book_nothing(config: Config, arrival: dt.datetime, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "1", "Vera Lind"), config, arrival)
    assert r.intent == Intent.QUESTION and r.sessions == () and r.people == ()


def test_an_invoice_scam_dressed_as_registration_is_unknown(config: Config, arrival: dt.datetime,
                                                            mail: Callable[..., bytes]) -> None:
    body = ("Anmälan och registrering – Region Dalarna\nEr anmälan till konferensen 2027-05-03 är registrerad. "
            "Avgift: 4 950 kr exkl. moms. Vänligen betala fakturan till bankgiro 5432-1098 senast 2027-04-14.")
    r = parse_email(mail(body, sender="Region Dalarna <faktura@regiondalarna-se.com>",
                         subject="Anmälan och registrering"), config, arrival)
    assert r.intent == Intent.UNKNOWN and r.people == () and r.sessions == ()


# ---------------------------------------------------------------- per-person diet
def test_a_diet_written_beside_one_name_is_that_persons(config: Config, arrival: dt.datetime,
                                                        mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag anmäler mig själv och två kollegor till alla träffar: Johan Andersson – glutenfri kost, "
            "och Eva Ek.\n\nMvh Lisa Berg")
    r = parse_email(mail(body, sender="Lisa Berg <lisa.berg@borlange.se>"), config, arrival)
    assert [(p.name, p.diet) for p in r.people] == [("Lisa Berg", None), ("Johan Andersson", "glutenfri kost"),
                                                    ("Eva Ek", None)]
    assert r.diet == "glutenfri kost"


def test_the_writers_own_diet(config: Config, arrival: dt.datetime, mail: Callable[..., bytes]) -> None:
    body = "Hej! Jag anmäler mig och Eva Ek till alla träffar. Själv är jag vegetarian.\n\nMvh Lisa Berg"
    r = parse_email(mail(body, sender="Lisa Berg <lisa.berg@borlange.se>"), config, arrival)
    assert [(p.name, p.diet) for p in r.people] == [("Lisa Berg", "vegetarian"), ("Eva Ek", None)]
