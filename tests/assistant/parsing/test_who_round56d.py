"""Who a request is about (round 56d): a manager who said no, a name corrected in the same mail, a personal assistant
who only comes along, colleagues' diets changed while the writer's stays, a session added for a colleague, and the
work address a writer names from a private one."""

import datetime as dt
from collections.abc import Callable

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, names
from tests.assistant.parsing.conftest import people as who


def _chat(text: str, config: Config, name: str = "Maja Lindqvist") -> object:
    return parse_chat(text, Sender("telegram", "5561", name), config, ARRIVAL)


def test_the_boss_who_said_no_is_no_participant(config: Config) -> None:
    r = _chat("hej, maja lindqvist från orsa. det blir inget för mig, min chef (Göran Holst) sa nej. "
              "så ta bort mig är du snäll", config)
    assert r.intent == Intent.CANCEL and names(r) == ["Maja Lindqvist"]


def test_surname_corrected_in_brackets_is_the_name(config: Config, arrival: dt.datetime,
                                                   mail: Callable[..., bytes]) -> None:
    body = ("Hej,\n\nVår planerare Tove Sandbreg (oj, Sandberg ska det stå) har gått vidare till ett annat jobb, "
            "så hon kommer inte på träffarna. Avanmäl henne, tack.\n\nMvh\nGunnar Alm\nAvdelningschef, Orsa kommun")
    r = parse_email(mail(body, sender="Gunnar Alm <gunnar.alm@orsa.se>", subject="Avanmälan"), config, arrival)
    assert r.intent == Intent.CANCEL and names(r) == ["Tove Sandberg"]


def test_a_name_wrongly_given_before_is_no_person(config: Config, arrival: dt.datetime,
                                                  mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nI måndags anmälde jag en kollega som \"Fredrik Holm\", men han heter Fredrika Holm och har adressen "
            "fredrika.holm@orsa.se. Hon ska vara kvar på alla fyra träffarna.\n\nTack!\nLena Stråhle\nOrsa kommun")
    r = parse_email(mail(body, sender="Lena Stråhle <lena.strahle@orsa.se>", subject="Fel namn"), config, arrival)
    assert who(r) == [("Fredrika Holm", "fredrika.holm@orsa.se", "Orsa kommun")]


def test_a_personal_assistant_coming_along_is_asked_about(config: Config, arrival: dt.datetime,
                                                          mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag anmäler mig till alla träffarna.\n\nJag har en personlig assistent, Petra Sund, som följer med mig "
            "på varje träff. Hon deltar inte i själva projektet men sitter bredvid mig och äter med oss. Behöver hon "
            "också anmälas?\n\n"
            "Kost: laktosfri. Petra äter allt.\n\nHälsningar\nOla Frisk\nOrsa kommun")
    r = parse_email(mail(body, sender="Ola Frisk <ola.frisk@orsa.se>"), config, arrival)
    assert r.intent == Intent.REGISTER and names(r) == ["Ola Frisk"]
    assert Unsure.PEOPLE in r.unsure


def test_diet_changes_for_two_colleagues_leave_the_writer_out(config: Config, arrival: dt.datetime,
                                                              mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nVi är tre från Orsa som är anmälda till alla träffar (jag, Tomas Ek och Vera Lund). "
            "Två ändringar i kosten:\n\n- Tomas är inte längre vegan utan äter allt.\n"
            "- Vera har blivit laktosintolerant.\n\nMin egen kost är oförändrad.\n\nMvh\nIrja Bodén\nOrsa kommun")
    r = parse_email(mail(body, sender="Irja Bodén <irja.boden@orsa.se>", subject="Ändrad kost"), config, arrival)
    assert r.intent == Intent.CHANGE and names(r) == ["Tomas Ek", "Vera Lund"]


def test_a_session_added_for_a_colleague_leaves_the_writer_out(config: Config, arrival: dt.datetime,
                                                               mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag och min kollega Hampus Dahl är anmälda till 3/5 och 29/11. Hampus vill gärna gå på 21/9 också, "
            "kan du lägga till honom där? För mig är allt som förut.\n\nTessa Nyberg\nOrsa kommun")
    r = parse_email(mail(body, sender="Tessa Nyberg <tessa.nyberg@orsa.se>"), config, arrival)
    assert r.intent == Intent.CHANGE and names(r) == ["Hampus Dahl"] and r.sessions == (S1, S2, S3)


def test_the_work_address_named_from_a_private_one_is_the_writers(config: Config, arrival: dt.datetime,
                                                                  mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nJag mejlar från min egen adress, jobbmejlen ligger nere. Jag måste avanmäla mig från 21 september.\n\n"
            "Jag är anmäld med karin.stal@orsa.se – nej vänta, karin.stahl@orsa.se, med h.\n\nMvh\nKarin Ståhl\nOrsa kommun")
    r = parse_email(mail(body, sender="Karin Ståhl <kstahl88@gmail.com>", subject="Avanmälan"), config, arrival)
    assert r.intent == Intent.CANCEL and r.sessions == (S2,)
    assert who(r) == [("Karin Ståhl", "karin.stahl@orsa.se", "Orsa kommun")]


def test_still_all_sessions_when_only_the_name_is_corrected(config: Config, arrival: dt.datetime,
                                                            mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nI måndags anmälde jag en kollega som \"Fredrik Holm\", men han heter Fredrika Holm och har adressen "
            "fredrika.holm@orsa.se. Hon ska vara kvar på alla fyra träffarna.\n\nTack!\nLena Stråhle\nOrsa kommun")
    r = parse_email(mail(body, sender="Lena Stråhle <lena.strahle@orsa.se>", subject="Fel namn"), config, arrival)
    assert r.sessions == ALL


def test_a_surname_corrected_then_written_out_is_one_person(config: Config, arrival: dt.datetime,
                                                            mail: Callable[..., bytes]) -> None:
    body = ("hej! anmäl mig till alla träffar. och kollegan Moa Ekvall – förlåt, EKHOLM menar jag, Moa Ekholm. "
            "hon vill också gå.\n\ntack!\nIda\nOrsa kommun")
    r = parse_email(mail(body, sender="Ida Brandt <ida.brandt@orsa.se>"), config, arrival)
    assert names(r) == ["Ida Brandt", "Moa Ekholm"]
