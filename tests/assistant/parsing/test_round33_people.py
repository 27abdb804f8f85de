"""Who a request is about, round 33: by class, each in words of its own (none from a corpus), with near-misses.

- A: one of several signed up together is withdrawn while the others (the writer among them) keep their places ("we
  signed up three (me, X and Y). Y can't take part any more. X and I come as planned"; "signed up me + X + Y. Y quit,
  strike her. the rest of us come as usual"): a cancellation of that one alone;
- B: a colleague swaps a session while the writer keeps theirs ("jag behåller mina"): the colleague alone;
- C: a colleague's new address, told by the one who signed them up: the colleague, with the new address (not the
  writer, not the old one);
- D: one person twice: a short given name in the text and the full one in the address ("Kalle" and karl.…@), or a
  chat name of initials ("PO") beside the full one in the text ("Per-Olof"): once, under the name in the text;
- E: an address dictated in words in a chat ("eva punkt lund snabel a orsa punkt se"): the writer's address;
- I: those named between dashes and the infinitive of going after them, the modal before ("nu kan hela gruppen – X,
  Y och Z – även gå på träffen i september"): they are the people, not the writer.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)

TOVE = "Tove Ek <tove.ek@leksand.se>"
SIGNED = "\n\nHälsningar\nTove Ek\nLeksands kommun\n"


def _mail(text: str, config: Config, sender: str = TOVE, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject=subject), config, ARRIVAL)


def _chat(text: str, config: Config, name: str = "Tove Ek") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "3301", name), config, ARRIVAL)


def _names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


# --- A: one of several withdrawn, the others stay

@pytest.mark.parametrize("text", [
    ("Hej! Vi anmälde tre från Leksand (jag, Gustav Rydén och Maja Lindkvist). Maja har fått ett nytt uppdrag och kan "
     "inte delta på träffarna. Jag och Gustav kommer som planerat."),
    ("Hej, vi anmälde oss tre i januari: jag, Gustav Rydén och Maja Lindkvist. Maja kan tyvärr inte delta längre. "
     "Gustav och jag deltar som vanligt."),
])
def test_a_mail_only_the_withdrawn_one(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, subject="Ändring")
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Maja Lindkvist"]
    assert list(r.sessions) == list(ALL)


def test_a_chat_the_rest_of_us_as_usual(config: Config) -> None:
    r = _chat("tjena, Tove här. Anmälde mig + Gustav Rydén + Maja Lindkvist från Leksand. Maja har slutat, stryk "
              "henne. vi andra kommer som vanligt", config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Maja Lindkvist"]


def test_a_near_miss_two_withdrawn_both_go(config: Config) -> None:
    r = _mail("Hej! Gustav Rydén och Maja Lindkvist kan inte delta längre, stryk dem båda." + SIGNED, config)
    assert r.intent == Intent.CANCEL
    assert _names(r) == ["Gustav Rydén", "Maja Lindkvist"]


def test_a_near_miss_the_writer_withdrawn_too(config: Config) -> None:
    r = _mail("Hej! Vi anmälde tre från Leksand (jag, Gustav Rydén och Maja Lindkvist). Maja och jag kan inte delta "
              "längre, stryk oss. Gustav kommer som planerat." + SIGNED, config)
    assert r.intent == Intent.CANCEL
    assert "Maja Lindkvist" in _names(r) and "Gustav Rydén" not in _names(r)


# --- B: the writer keeps theirs while a colleague swaps

def test_b_the_writer_keeping_theirs_is_no_part(config: Config) -> None:
    r = _chat("Hej, Tove Ek från Leksand. Jag och min kollega Oskar Nyberg är anmälda till 3/5 och 21/9. Oskar "
              "behöver byta 21/9 mot 29/11, jag behåller mina. Oskar går alltså 3/5 och 29/11.", config)
    assert r.intent == Intent.CHANGE
    assert _names(r) == ["Oskar Nyberg"]
    assert list(r.sessions) == [S1, S3]


def test_b_near_miss_the_writer_changing_too(config: Config) -> None:
    r = _chat("Hej, Tove Ek från Leksand. Jag och min kollega Oskar Nyberg är anmälda till 3/5 och 21/9. Vi behöver "
              "båda byta 21/9 mot 29/11.", config)
    assert r.intent == Intent.CHANGE
    assert _names(r) == ["Oskar Nyberg", "Tove Ek"]


# --- C: a colleague's new address

@pytest.mark.parametrize("text", [
    ("Hej,\n\nMaja Lindkvist, som jag anmälde i januari, har fått ny e-postadress: maja.lindkvist@leksand.se "
     "(den gamla maja.l@leksand.se upphör). Skicka kallelserna dit framöver."),
    ("Hej,\n\nMaja Lindkvist har fått en ny mejladress: maja.lindkvist@leksand.se. Den gamla, maja.l@leksand.se, "
     "slutar fungera."),
])
def test_c_the_colleague_with_the_new_address(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config, subject="Ny adress för deltagare")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Maja Lindkvist", "maja.lindkvist@leksand.se")]
    assert list(r.sessions) == []


def test_c_near_miss_the_writers_own_new_address(config: Config) -> None:
    r = _mail("Hej,\n\nJag har fått ny e-postadress: tove.ek2@leksand.se. Skicka allt dit framöver." + SIGNED, config,
              subject="Ny adress")
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Tove Ek", "tove.ek2@leksand.se")]


# --- D: one person under a short and a full given name

def test_d_short_name_and_full_name_address_are_one(config: Config) -> None:
    r = _chat("hej, jag går inte själv men anmäler mina kollegor Pelle Strömberg och Nora Aziz från Leksand, alla "
              "datum. pelle har mejl per.stromberg@leksand.se, nora vet jag inte", config, name="Gun-Britt")
    assert [(p.name, p.email) for p in r.people] == [("Pelle Strömberg", "per.stromberg@leksand.se"),
                                                    ("Nora Aziz", None)]


def test_d_near_miss_two_given_names_two_people(config: Config) -> None:
    r = _mail("Hej! Jag anmäler mina kollegor Per Strömberg och Nils Strömberg, per.stromberg@leksand.se och "
              "nils.stromberg@leksand.se." + SIGNED, config)
    assert _names(r) == ["Nils Strömberg", "Per Strömberg"]


def test_d_initials_of_a_double_name_take_the_full_one(config: Config) -> None:
    r = _chat("Hej Linnea, Lars-Göran Dahlin här från Leksand. Anmäler mig till 3/5 och 21/9", config,
              name="LG Dahlin")
    assert _names(r) == ["Lars-Göran Dahlin"]
    assert list(r.sessions) == [S1, S2]


# --- E: an address dictated in words

@pytest.mark.parametrize(("text", "address"), [
    (("hej det är tove ek från leksands kommun jag vill anmäla mig till alla träffar punkt min mejl är tove punkt ek "
      "snabel a leksand punkt se"), "tove.ek@leksand.se"),
    ("hi this is tove ek from leksand, please sign me up for all sessions. my email is tove dot ek at leksand dot se",
     "tove.ek@leksand.se"),
])
def test_e_a_dictated_address_is_the_writers(config: Config, text: str, address: str) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.email for p in r.people] == [address]


def test_e_near_miss_words_that_only_sound_like_it(config: Config) -> None:
    r = _chat("hej, anmäl mig till alla träffar. vi ses på plats at the start, punkt slut", config)
    assert [p.email for p in r.people] == [None]


# --- I: names, then the infinitive of going

def test_i_names_before_an_infinitive_of_going_are_the_people(config: Config) -> None:
    r = _mail("Hej!\n\nKursen har flyttats, så nu kan hela enheten – Tuva Berg, Omar Said och Lena Ås – även gå på "
              "träffen den 21 september." + SIGNED, config, subject="Tillägg")
    assert _names(r) == ["Lena Ås", "Omar Said", "Tuva Berg"]
    assert S2 in r.sessions


def test_i_near_miss_the_writer_alone(config: Config) -> None:
    r = _mail("Hej!\n\nKursen har flyttats, så nu kan jag även gå på träffen den 21 september." + SIGNED, config,
              subject="Tillägg")
    assert _names(r) == ["Tove Ek"]
