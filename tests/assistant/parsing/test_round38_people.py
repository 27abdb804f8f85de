"""Who takes part, round 38: by class, each in words of its own (none from a corpus), with near-misses.

- A: a chat writer shown by the given name who opens with the name surname first and a dash before where they are from
  ("Lindgren, Karl – Mora. …"): "Karl Lindgren"; another's name so written is not the writer's;
- B: a chat writer shown by the given name who writes the full name with a particle ("Cecilia af Klint"): one person,
  not the given name and the full name beside it; a colleague with the writer's given name stays another;
- C: a place after a list that opens with the writer ("vi tre (jag, Per Holm och Eva Ek i Leksand)"): the last one's
  only, those between the writer's; a list without the writer shares it as before ("Per Holm och Eva Ek från Leksand");
- D: a count of people to add heading a list ("Lägg gärna till två till från oss:" then the names a line each): those
  listed are the signup, not the writer named in the quoted confirmation; a line heading no list adds nobody;
- E: a chat writer who says who they are with "här" and their post ("Lars Ek här, chef för plan i Mora.") and then
  takes another off: not among the people; one who takes part or gives up their own place is;
- F: colleagues given by the given name alone after a plural role word ("kollegorna emma och oskar", "mina kollegor
  Lena och Mats"), the others' diet told ("de andra äter allt"): people, whose surnames are to be asked; "de andra"
  going on as before names none;
- G: colleagues named in lower case before a diet told of them, a particle perhaps before the surname ("…: erik von
  essen har blivit vegetarian, och lisa ström ska ha laktosfri kost"): those people, the writer not among them when
  left as before; a group's word before a diet ("hela gänget äter glutenfritt") names nobody.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def _chat(text: str, config: Config, shown: str) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "3801", shown), config, ARRIVAL)


def _mail(text: str, config: Config, sender: str = "Karin Dahl <karin.dahl@gagnef.se>",
          subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def _orgs(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.organisation for p in r.people}


# --- A: surname first, a dash before where from

@pytest.mark.parametrize(("shown", "text", "expected"), [
    ("Karl", "Lindgren, Karl – Mora. anmäler mig till 3 maj", "Karl Lindgren"),
    ("Elin", "Sundberg, Elin - Orsa. Vill gå på höstens båda träffar", "Elin Sundberg"),
])
def test_a_the_writer_surname_first_before_a_dash(config: Config, shown: str, text: str, expected: str) -> None:
    r = _chat(text, config, shown)
    assert r.intent == Intent.REGISTER
    assert _names(r) == [expected]


def test_a_near_miss_another_s_name_so_written_is_not_the_writer_s(config: Config) -> None:
    r = _chat("Holm, Per – Mora. anmäler honom till 3 maj, själv kan jag inte", config, "Karl")
    assert all(name is None or "Karl" not in name for name in _names(r))


# --- B: the full name with a particle

@pytest.mark.parametrize("text", [
    "anmäler mig: Cecilia af Klint, länsstyrelsen — alla träffar utom den i maj",
    "anmäler mig: Cecilia af Klint, länsstyrelsen, cecilia.afklint@lansstyrelsen.se, alla träffar utom maj",
    "hej! Cecilia de Geer, länsstyrelsen här. anmäler mig till alla utom maj",
])
def test_b_the_writer_named_with_a_particle_is_one_person(config: Config, text: str) -> None:
    r = _chat(text, config, "Cecilia")
    assert r.intent == Intent.REGISTER
    assert len(r.people) == 1
    assert r.people[0].name in ("Cecilia af Klint", "Cecilia de Geer")
    assert r.people[0].organisation == "Länsstyrelsen Dalarna"
    assert r.sessions == (S2, S3, ALL[3])


def test_b_near_miss_a_colleague_with_the_writer_s_given_name(config: Config) -> None:
    r = _chat("anmäl mig och Cecilia af Klint från Mora till 3 maj", config, "Cecilia")
    assert "Cecilia af Klint" in _names(r)
    assert len(r.people) == 2


# --- C: a place ending a list that opens with the writer

@pytest.mark.parametrize("text", [
    "Hej!\n\nVi tre (jag, Mikael Hed och Ylva Sten i Leksand) vill gå på träffen 3 maj.\n\nKarin Dahl\nGagnefs kommun",
    "Hej!\n\nVi blir tre: jag, Mikael Hed och Ylva Sten från Leksand, alla till 3 maj.\n\nKarin Dahl\nGagnefs kommun",
])
def test_c_a_place_ending_a_list_opening_with_the_writer_is_the_last_one_s(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.sessions == (S1,)
    assert _orgs(r) == {"Karin Dahl": "Gagnefs kommun", "Mikael Hed": "Gagnefs kommun", "Ylva Sten": "Leksands kommun"}


@pytest.mark.parametrize("text", [
    "Hej!\n\nJag anmäler Mikael Hed och Ylva Sten från Leksand till 3 maj.\n\nKarin Dahl\nGagnefs kommun",
    "Hej!\n\nJag anmäler mig, Mikael Hed från Leksand och Ylva Sten till 3 maj.\n\nKarin Dahl\nGagnefs kommun",
])
def test_c_near_miss_a_list_without_the_writer_or_a_place_beside_one(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert _orgs(r)["Mikael Hed"] == "Leksands kommun"


# --- D: a count of people to add heading a list

@pytest.mark.parametrize("lines", [
    "Nilsson, Ingrid\nLund, Tomas",
    "Ingrid Nilsson\nTomas Lund",
])
def test_d_a_count_to_add_heading_a_list(config: Config, lines: str) -> None:
    r = _mail(f"Lägg gärna till två till från oss:\n\n{lines}\n\nbåda Gagnef, alla träffar.\n\n/Anders\n\n"
              "> Anmäld: Anders Holm (Gagnefs kommun)\n> Träffar: alla fyra",
              config, "Anders Holm <anders.holm@gagnef.se>", "SV: Bekräftelse: anmälan till DalaLab")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Ingrid Nilsson", "Tomas Lund"]
    assert r.sessions == ALL


def test_d_near_miss_adding_a_session_heads_no_list(config: Config) -> None:
    r = _mail("Lägg gärna till två träffar till för mig:\n\n21 september\n29 november\n\n/Anders Holm, Gagnefs kommun",
              config, "Anders Holm <anders.holm@gagnef.se>")
    assert _names(r) == ["Anders Holm"]


# --- E: a writer who says who they are, taking another off

@pytest.mark.parametrize("text", [
    "Hej, Lars Ek här, chef för samhällsbyggnad i Mora. Tove Lind har slutat hos oss så stryk henne från 29/11.",
    "Hej, Lars Ek här, Mora. Tove Lind har slutat så stryk henne från träffen 29/11. Ingen ersättare.",
])
def test_e_a_writer_introduced_with_here_taking_another_off(config: Config, text: str) -> None:
    r = _chat(text, config, "Lars Ek")
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Tove Lind"]
    assert r.sessions == (S3,)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hej, Eva Ek här, planerare på Orsa kommun. Stryk mig från 3 maj, tyvärr.", ["Eva Ek"]),
    ("Hej, Eva Ek här, planerare på Orsa kommun. Jag och Per Holm vill gå på 3 maj.", ["Eva Ek", "Per Holm"]),
])
def test_e_near_miss_the_writer_s_own_place(config: Config, text: str, expected: list[str]) -> None:
    assert _names(_chat(text, config, "Eva Ek")) == expected


# --- F: given names after a plural role word

@pytest.mark.parametrize("text", [
    "hej! anmäler mig + kollegorna emma och oskar från orsa till alla träffarna 🙂 jag är vegan, de andra äter allt",
    "Hej! Jag anmäler mig och mina kollegor Emma och Oskar till alla träffarna.",
])
def test_f_given_names_after_a_plural_role_word(config: Config, text: str) -> None:
    r = _chat(text, config, "Frida Sand")
    assert _names(r) == ["Emma", "Frida Sand", "Oskar"]
    assert r.sessions == ALL


def test_f_near_miss_the_others_going_on_as_before(config: Config) -> None:
    r = _chat("hej! stryk mig från 3 maj, de andra kommer som planerat. kollegorna emma och oskar vet om det",
              config, "Frida Sand")
    assert _names(r) == ["Frida Sand"]


# --- G: lower-case names before a diet

def test_g_lower_case_names_before_a_diet(config: Config) -> None:
    r = _mail("hej\n\nen uppdatering om maten för oss från orsa som är anmälda till maj: carl af ugglas har blivit "
              "vegan, och ida berg ska ha glutenfri kost. mig själv kan du lämna som förut.\n\n/ola",
              config, "Ola Ek <ola.ek@orsa.se>", "kost")
    assert r.intent == Intent.CHANGE
    assert _orgs(r) == {"Carl af Ugglas": "Orsa kommun", "Ida Berg": "Orsa kommun"}


def test_g_near_miss_a_group_s_word_before_a_diet(config: Config) -> None:
    r = _chat("hej! anmäler mig till 3 maj. hela gänget äter glutenfritt", config, "Eva Ek")
    assert _names(r) == ["Eva Ek"]
