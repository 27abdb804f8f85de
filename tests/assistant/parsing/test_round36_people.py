"""Who takes part, round 36: by class, each in words of its own (none from a corpus), with near-misses.

- A: the writer's own coming left open beside others signed up ("Själv hoppas jag kunna komma på den första",
  "Eventuellt hänger jag själv med", "I might join too"): not among the people, and asked about; "hoppas jag inte är
  för sen" or the writer signing up too still count;
- B: a name with a particle and an address that joins it ("Karl af Klercker", karl.afklercker@…): one person, named
  as the text writes it;
- C: the writer among those registered before ("hon kompletterar oss två som redan är anmälda"): not part of the
  new signup; "anmäl oss två, mig och …" still is;
- D: a table with a status column, a row staying as it is ("Kvar", "Oförändrad"): not part of the cancellation;
- E: the yes-sayers of a forwarded thread named by the given name ("de som svarat ja är Emma och Viktor"): each of
  them, whatever their answer's words;
- F: a chat writer shown by a short name who writes out the full one: in brackets ("Micke (Mikael Strand)") or
  surname first opening the message ("Lindgren, Karl. Falu kommun."); another's bracket is not the writer's.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

ELSA = "Elsa Norr <elsa.norr@mora.se>"
SIGNED = "\n\nHälsningar\nElsa Norr\nMora kommun\n"


def _mail(text: str, config: Config, subject: str = "DalaLab", html: str | None = None) -> ParsedRequest:
    return parse_email(build_mail(text, sender=ELSA, subject=subject, html=html), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: the writer's coming left open

@pytest.mark.parametrize("text", [
    "Hej! Anmäler Per Holm och Eva Lund till alla träffar. Själv hoppas jag kunna komma på den första, men det är oklart.",
    "Hej! Anmäler Per Holm och Eva Lund till alla träffar. Eventuellt hänger jag själv med på någon, vi får se.",
    "Hej! Anmäler Per Holm och Eva Lund till alla träffar. Jag kanske följer med på någon av dem senare.",
    "Hi! Please register Per Holm and Eva Lund for all sessions. I might join too, but my calendar is not clear yet.",
])
def test_a_the_writers_undecided_coming_leaves_them_out_and_asks(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Eva Lund", "Per Holm"]
    assert Unsure.SENDER_ATTENDS in r.unsure


@pytest.mark.parametrize("text", [
    "Hoppas jag inte är för sen! Anmäler mig och Per Holm till alla träffar.",
    "Hej! Anmäler Per Holm och Eva Lund till alla träffar. Jag kommer också.",
])
def test_a_near_miss_the_writer_signing_up_stays(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert "Elsa Norr" in _names(r)


# --- B: a particle joined in the address

@pytest.mark.parametrize("text", [
    ("Hej! Jag slutar vid årsskiftet. Karl af Klercker tar över mina uppgifter och min plats på alla träffar. Han nås "
     "på karl.afklercker@mora.se."),
    "Hej! Anmäl Karl af Klercker till 3 maj. Hans adress är karl.afklercker@mora.se.",
])
def test_b_a_particle_name_and_its_joined_address_are_one_person(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    karl = [p for p in r.people if p.name and "Klercker" in p.name]
    assert [(p.name, p.email) for p in karl] == [("Karl af Klercker", "karl.afklercker@mora.se")]


# --- C: "oss två som redan är anmälda"

@pytest.mark.parametrize("text", [
    "Hej! Anmäl även vår kollega Sara Nord till 3 maj. Hon kompletterar oss två som redan är anmälda från Mora.",
    "Hej! Anmäl Sara Nord till 3 maj. Hon följer med oss som redan är anmälda.",
])
def test_c_the_writer_registered_before_is_not_part_of_the_signup(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Sara Nord"]
    assert list(r.sessions) == [S1]


def test_c_near_miss_us_signed_up_now_stays(config: Config) -> None:
    r = _mail("Hej! Anmäl oss två, mig och Sara Nord, till 3 maj." + SIGNED, config)
    assert _names(r) == ["Elsa Norr", "Sara Nord"]


# --- D: a status table, one row staying

_STATUS = ("<html><body><p>Hej!</p><p>Uppdaterad lista för Mora:</p><table>"
           "<tr><th>Namn</th><th>Status</th></tr>"
           "<tr><td>Per Holm</td><td>{per}</td></tr>"
           "<tr><td>Eva Lund</td><td>Avanmäls</td></tr>"
           "<tr><td>Tom Berg</td><td>Avanmäls</td></tr>"
           "</table><p>De avanmäls från alla träffar.</p><p>Hälsningar<br>Elsa Norr<br>Mora kommun</p></body></html>")


@pytest.mark.parametrize("per", ["Kvar", "Oförändrad", "Står kvar"])
def test_d_a_row_staying_is_not_cancelled(config: Config, per: str) -> None:
    r = _mail("", config, subject="Ändringar", html=_STATUS.format(per=per))
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Eva Lund", "Tom Berg"]
    assert list(r.sessions) == list(ALL)


def test_d_near_miss_every_row_cancelled_stays(config: Config) -> None:
    r = _mail("", config, subject="Ändringar", html=_STATUS.format(per="Avanmäls"))
    assert _names(r) == ["Eva Lund", "Per Holm", "Tom Berg"]


# --- E: the yes-sayers named by the given name

_THREAD = """Hej!

Se nedan – de som svarat ja från oss är {who}. Anmäl dem till alla träffar, tack.

Elsa Norr
Mora kommun

-----Ursprungligt meddelande-----
Från: Tom Berg <tom.berg@mora.se>
Skickat: den 10 januari 2027 09:12
Till: Elsa Norr <elsa.norr@mora.se>
Ämne: SV: DalaLab

Absolut, räkna med mig!

-----Ursprungligt meddelande-----
Från: Sara Nord <sara.nord@mora.se>
Skickat: den 9 januari 2027 15:40
Till: Elsa Norr <elsa.norr@mora.se>
Ämne: SV: DalaLab

Jag vill! Men 22/2 krockar nog med bokslutet, så den får jag kanske stå över.

-----Ursprungligt meddelande-----
Från: Elsa Norr
Skickat: den 9 januari 2027 08:00
Ämne: VB: DalaLab

Någon som vill följa med?
"""


def test_e_the_yes_sayers_named_are_taken_whatever_their_words(config: Config) -> None:
    r = _mail(_THREAD.format(who="Tom och Sara"), config, subject="VB: SV: DalaLab")
    assert r.intent == Intent.REGISTER
    assert _names(r) == ["Sara Nord", "Tom Berg"]


def test_e_near_miss_one_not_named_needs_a_yes_of_their_own(config: Config) -> None:
    r = _mail(_THREAD.format(who="Tom"), config, subject="VB: SV: DalaLab")
    assert _names(r) == ["Tom Berg"]


# --- F: a short display name, the full name written out

@pytest.mark.parametrize(("shown", "text", "expected"), [
    ("Micke", "tjenare! kör på alla fyra 👍 Micke (Mikael Strand) Leksand", "Mikael Strand"),
    ("Micke", "anmäler mig till alla. micke (mikael strand), Leksand", "Mikael Strand"),
    ("Kalle", "Lindgren, Karl. Falu kommun. anmäler mig till 3 maj 🙏", "Karl Lindgren"),
    ("Kalle", "Lindgren, Karl, Falu kommun. Vill vara med på alla träffar.", "Karl Lindgren"),
])
def test_f_the_full_name_written_out_is_the_writers(config: Config, shown: str, text: str, expected: str) -> None:
    r = parse_chat(text, Sender("telegram", "812", shown), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert _names(r) == [expected]


def test_f_near_miss_anothers_bracket_is_not_the_writers(config: Config) -> None:
    r = parse_chat("anmäler mig och Pelle (Per Holm) till alla", Sender("telegram", "813", "Micke"), config, ARRIVAL)
    assert "Mikael Strand" not in _names(r)
    assert "Per Holm" in _names(r)


def test_f_near_miss_another_surname_first_is_not_the_writer(config: Config) -> None:
    r = parse_chat("Holm, Per. Anmäler mig till 3 maj.", Sender("telegram", "814", "Kalle"), config, ARRIVAL)
    assert "Per Holm" not in _names(r)
