"""Names and organisations, round 30, by class. Variants in words of their own, and near-misses that must keep
their reading.

- A: a lower-case full name beside the writer after "(varken) jag eller" / "(neither) I nor" ("varken jag eller
  per holm kan komma 29/11"): the writer and that person;
- B: a name written "Efternamn, Förnamn" after a request's label ("Anmälan: Lind, Tove – Orsa kommun – alla
  träffar"): that name, also when the Telegram profile name is shortened ("Tove L");
- C: a lower-case list after a colon whose items carry the writer's mark or an address ("tove lind (me), jonas ek
  jonas.ek@orsa.se and maja holm"): every one of them, each name as written ("åsa öberg" is Åsa Öberg, an address
  "sofie.astrom@…" spells Sofie Åström);
- D: a supine after a role word in the perfect's inverted order ("nu har chefen gett klartecken", "har min chef
  godkänt resan") is a verb, no lower-case name.
"""

import pytest

from assistant.config import Config
from assistant.parsing.names import name_from_address
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def emails(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.email for p in r.people}


def mail(body: str, config: Config, sender: str = "Olle Strand <olle.strand@orsa.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Tove Lind") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


# --- A: a lower-case name after "jag eller" / "I nor"

def test_a_neither_the_writer_nor_a_lower_case_colleague(config: Config) -> None:
    r = mail("hej! varken jag eller per holm kan komma 29/11. resten går bra\n/olle", config)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Olle Strand", "Per Holm"]
    assert r.sessions == (S3,)


def test_a_neither_in_english(config: Config) -> None:
    r = mail("hi, neither i nor eva lind can make it on 3 may, sorry. the other dates are fine\n/olle", config)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Eva Lind", "Olle Strand"]
    assert r.sessions == (S1,)


def test_a_near_miss_jag_eller_min_kollega(config: Config) -> None:
    """Near-miss: "jag eller min kollega kan skicka …": no lower-case name."""
    r = mail("Hej, jag eller min kollega kan skicka adresserna sen.\n/Olle", config)
    assert all(n in ("Olle Strand", None) for n in names(r))


# --- B: "Efternamn, Förnamn" after a request's label

def test_b_surname_first_after_anmalan_on_telegram(config: Config) -> None:
    r = chat("Anmälan: Lind, Tove – Orsa kommun – alla träffar. Vegansk kost tack", config, name="Tove L")
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Tove Lind"]
    assert r.people[0].organisation == "Orsa kommun"
    assert r.sessions == ALL


def test_b_surname_first_after_avanmalan(config: Config) -> None:
    r = chat("Avanmälan: Holm, Per – Mora kommun – 21/9.", config, name="Per H")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Per Holm"]
    assert r.sessions == (S2,)


def test_b_near_miss_two_places_after_anmalan(config: Config) -> None:
    """Near-miss: two places written with a comma after the label are no name."""
    r = chat("Anmälan: Leksand, Rättvik – alla träffar.", config, name="Tove Lind")
    assert names(r) == ["Tove Lind"]


# --- C: a lower-case list after a colon, items with "(me)" or an address

def test_c_swenglish_list_with_me_and_an_address(config: Config) -> None:
    r = chat("hi! me and 2 colleagues from orsa want to come to all sessions: tove lind (me), jonas ek "
             "jonas.ek@orsa.se and maja holm. thanks!", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Jonas Ek", "Maja Holm", "Tove Lind"]
    assert emails(r)["Jonas Ek"] == "jonas.ek@orsa.se"
    assert r.sessions == ALL


def test_c_swedish_list_with_jag_and_an_address(config: Config) -> None:
    r = chat("hej! vi är tre från orsa som vill komma på alla träffar: tove lind (jag), åsa öberg "
             "asa.oberg@orsa.se och per sund", config)
    assert names(r) == ["Per Sund", "Tove Lind", "Åsa Öberg"]
    assert emails(r)["Åsa Öberg"] == "asa.oberg@orsa.se"


def test_c_a_lower_case_name_with_a_letter_its_address_leaves_out(config: Config) -> None:
    r = chat("hej! vi vill komma på alla träffar: tove lind (jag), sofie åström sofie.astrom@orsa.se "
             "och per sund", config)
    assert "Sofie Åström" in names(r)
    assert emails(r)["Sofie Åström"] == "sofie.astrom@orsa.se"


def test_c_an_address_alone_spells_astrom_with_its_a_ring() -> None:
    assert name_from_address("sofie.astrom@orsa.se") == "Sofie Åström"
    assert name_from_address("eva.asberg@orsa.se") == "Eva Åsberg"     # unchanged
    assert name_from_address("anna.astrom@orsa.se", "Anna Aström") == "Anna Aström"    # as the text writes it


def test_c_near_miss_plain_lower_case_list(config: Config) -> None:
    """Near-miss: a plain list after a colon keeps its reading."""
    r = chat("hej! anmäl oss till alla träffar: tove lind, maja holm och per sund", config)
    assert names(r) == ["Maja Holm", "Per Sund", "Tove Lind"]


def test_c_near_miss_a_list_of_things_after_a_colon(config: Config) -> None:
    """Near-miss: words after a colon that are no names, one with an address."""
    r = chat("hej! jag vill komma på alla träffar. frågor till: kansliet info@orsa.se och ekonomi", config)
    assert names(r) == ["Tove Lind"]


# --- D: a supine after a role word is a verb

def test_d_chefen_gett_klartecken(config: Config) -> None:
    r = mail("Hej!\nJag anmälde mig bara till maj. Nu har chefen gett klartecken, så jag vill vara med på alla "
             "träffar.\nOlle Strand\nOrsa kommun", config)
    assert names(r) == ["Olle Strand"]
    assert r.sessions == ALL


def test_d_min_chef_godkant_resan(config: Config) -> None:
    r = mail("Hej,\nnu har min chef godkänt resorna, så anmäl mig till alla fyra träffarna.\nOlle", config)
    assert names(r) == ["Olle Strand"]


def test_d_kollegan_ordnat_vikarie(config: Config) -> None:
    r = mail("Hej! Eftersom min kollega ordnat vikarie kan jag komma på alla träffar.\n/Olle", config)
    assert names(r) == ["Olle Strand"]


def test_d_near_miss_a_name_after_chefen_still_one(config: Config) -> None:
    """Near-miss: a lower-case name after a role word keeps its reading ("min kollega britt sundin")."""
    r = mail("hej, min kollega britt sundin vill komma på alla träffar\n/olle", config)
    assert names(r) == ["Britt Sundin"]


def test_d_near_miss_a_name_then_a_supine(config: Config) -> None:
    """Near-miss: "nu har min kollega bengt ek fått förhinder": the name, then the verb."""
    r = mail("Hej,\nnu har min kollega bengt ek tyvärr fått förhinder 21/9. Lisa Berg går i hans ställe.\n/Olle",
             config)
    assert "Bengt Ek" in names(r) and "Lisa Berg" in names(r)
