"""People, round 52a: by class, in words of its own (none from a corpus), with near-misses.

- A: a given name alone listed after a full name in a signup ("anmäler Per Ek och Lisa", "mig, Per Ek och Lisa"):
  Lisa is a person too (her surname to be asked), not dropped because the one before her is named in full.
- B: a determiner and a noun in lower case after a request verb ("anmäla någon ersättare", "anmäler ingen vikarie")
  name nobody; "anmäla Lena Berg" still does.
- C: an English writer saying "I'm not attending myself" (the contraction) beside a signup of another: not among
  those signed up, as "I am not attending myself" already was; "I'm attending myself too" is.
- D: one named by the given name alone as gone or away ("Jonas har slutat", "Jonas är föräldraledig", "Jonas har fått
  förhinder") whose place another named in full takes ("... Eva Lind tar hans plats"): both are people of the
  substitution, as with "Jonas kan inte"; the given name of one only spoken of ("Jonas har slutat, vi hälsar honom")
  names nobody.
- E: a chat writer shown by a given name or a short form of it, who gives the full name in lower case in the text:
  "heter <name> förresten" opening a clause, the subject left out, with the display name's given name; or signed
  after a slash at the message's end ("/mattias ek" from "Matte"): that full name is the writer's. "heter" after
  another subject ("kollegan heter ...") is not the writer's name, nor a slash-signed name of another given name.
- F: a colleague in lower case set off by a comma after the role word ("mig o en kollega, lena holm, på ..."): a
  person, as "min kollega lena holm" already was.
- G: a surname corrected where it is written ("kollegan Lena Berg – förlåt, Lena Borg menar jag", "Per Lund, nej
  vänta, Per Lind ska det vara"): one person, the name as corrected; two of the same given name with no word of
  correction between ("Per Lund och Per Lind") are two.
- H: an address mistyped for one and then given right ("det blev per.lundin@mroa.se ... Rätt adress är
  per.lundin@mora.se", "Korrekt är …", "the correct address is …"): the right one is theirs, the wrong one dropped;
  two people each with an address keep their own.
- I: one the writer asks to sign up whose forwarded mail is below, its From: line written surname first ("Från: Holm
  Lena <lena.holm@mora.se>"): that address is theirs, though written the other way round.
- J: in lower case, a full name then a given name after a request verb ("anmäl stina berg o maja från plan"): both are
  people, the full name whole (not its given name alone) and the given name alone (her surname to be asked); "fr"
  (short for "från") after her is no surname.
- K: those said to be signed up already ("Vi är redan anmälda, jag och Per Lundin.") in a message adding another
  ("Nu vill vi lägga till Eva Ek …", "Hon ska gå på alla träffar"): only the one added is a person of the request;
  one already signed up who is to be added to more ("lägg till honom på 21/9 också") is.
- L: a table typed with its columns aligned by spaces or tabs (a header row "Roll   Namn   Enhet", then one row a
  person), the name in any column: those of its rows are the people, as in a table typed with "|"; the writer,
  "kontaktperson" only, is not among them.
- M: one named by the given name alone said to come along ("Maja i mitt team ska också med", "Maja hänger också
  med") in a follow-up, the same sessions as "vi andra" (who hold theirs already): Maja is the person of the request
  (her surname to be asked), not the writer.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")


def _chat(text: str, config: Config, who: str = "Eva Nord") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", who), config, ARRIVAL)


AFTER_FULL = [
    ("Hej! Anmäler mig och Per Ek och Lisa från planenheten i Mora till alla träffar.",
     ["Eva Nord", "Per Ek", "Lisa"]),
    ("Hej! Anmäl Per Ek och Lisa från Mora till alla fyra, tack!", ["Per Ek", "Lisa"]),
    ("Hej, anmäl mig, Per Ek och Lisa på bygglov i Mora, alla tillfällen.", ["Eva Nord", "Per Ek", "Lisa"]),
]


@pytest.mark.parametrize(("text", "names"), AFTER_FULL)
def test_a_a_given_name_listed_after_a_full_name_is_a_person(config: Config, text: str, names: list[str]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == sorted(names)
    assert Unsure.PEOPLE in r.unsure or "Lisa" not in names


def test_a_near_miss_a_full_name_then_a_word_is_no_person(config: Config) -> None:
    r = _chat("Hej! Anmäler mig och Per Ek och resten av gruppen kommer senare, alla träffar i Mora.", config)
    assert sorted(p.name or "" for p in r.people) == ["Eva Nord", "Per Ek"]


def _mail(text: str, config: Config, sender: str = "Eva Nord <eva.nord@mora.se>", subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMvh Eva\n", sender=sender, subject=subject), config, ARRIVAL)


NOBODY = [
    "Hej, stryk Per Lundin från alla träffar. Vi kommer inte att anmäla någon ersättare.",
    "Hej, stryk Per Lundin från alla träffar. Vi anmäler ingen vikarie i hans ställe.",
    "Hej, stryk Per Lundin från alla träffar, vi avser inte anmäla någon annan.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_b_a_determiner_and_a_noun_after_a_request_verb_name_nobody(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Lundin"]


def test_b_near_miss_a_name_after_the_verb_is_a_person(config: Config) -> None:
    r = _mail("Hej, stryk Per Lundin från alla träffar. Vi anmäler lena berg i hans ställe.", config)
    assert "Lena Berg" in [p.name for p in r.people]


TOM = "Tom Berg <tom.berg@mora.se>"
NOT_MYSELF = [
    "Hi, please register my manager Lena Holm for all sessions. I'm not attending myself.",
    "Hello! My colleague Lena Holm wants to join all four sessions. I’m not joining myself this time.",
    "Hi, could you sign up Lena Holm from our unit for all sessions? I'm not coming myself.",
]


@pytest.mark.parametrize("text", NOT_MYSELF)
def test_c_i_m_not_attending_myself_is_the_writer_out(config: Config, text: str) -> None:
    r = _mail(text, config, sender=TOM)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Lena Holm"]


def test_c_near_miss_attending_myself_too_is_the_writer_in(config: Config) -> None:
    r = _mail("Hi, please register my manager Lena Holm for all sessions. I'm attending myself too.", config, sender=TOM)
    assert sorted(p.name or "" for p in r.people) == ["Lena Holm", "Tom Berg"]


GONE = [
    "Hej! Jonas har slutat hos oss i Mora, Eva Lind tar hans plats på alla träffar.",
    "Hej, Jonas är föräldraledig i höst så Eva Lind tar hans plats på träffarna.",
    "Hej! Jonas har fått förhinder, så Eva Lind från Mora tar över hans plats.",
]


@pytest.mark.parametrize("text", GONE)
def test_d_one_gone_by_the_given_name_whose_place_another_takes(config: Config, text: str) -> None:
    r = _chat(text, config, who="Birgit Hed")
    assert r.intent == Intent.CHANGE
    assert sorted(p.name or "" for p in r.people) == ["Eva Lind", "Jonas"]


def test_d_near_miss_one_gone_spoken_of_only(config: Config) -> None:
    r = _chat("Hej! Jonas har slutat hos oss i Mora, så vi anmäler Eva Lind till alla träffar i stället.", config,
              who="Birgit Hed")
    assert "Eva Lind" in [p.name for p in r.people]


OWN_NAME = [
    ("Frida", "hej! jag har precis börjat som planerare i orsa. skriv upp mig på 3 maj! heter frida svedberg btw 😊",
     "Frida Svedberg"),
    ("Frida", "hej, anmäl mig till alla träffar tack. heter frida svedberg förresten, jobbar i orsa", "Frida Svedberg"),
    ("Matte", "tjena! skriv upp mig på vårträffen, sitter på plan i orsa 👍 /mattias ek", "Mattias Ek"),
]


@pytest.mark.parametrize(("who", "text", "name"), OWN_NAME)
def test_e_the_writer_s_full_name_given_in_lower_case(config: Config, who: str, text: str, name: str) -> None:
    r = _chat(text, config, who=who)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == [name]


def test_e_near_miss_another_s_name_after_heter_is_not_the_writer_s(config: Config) -> None:
    r = _chat("hej! skriv upp mig på 3 maj. min kollega ska också med, hon heter frida svedberg.", config, who="Matte")
    assert "Frida Svedberg" in [p.name for p in r.people]
    assert "Matte" in [p.name for p in r.people]


def test_e_near_miss_a_slash_signed_name_of_another_given_name(config: Config) -> None:
    r = _chat("tjena! skriv upp mig på vårträffen, sitter på plan i orsa 👍 /lena holm", config, who="Matte")
    assert "Mattias Ek" not in [p.name for p in r.people]


APPOSED = [
    "tja! skriv upp mig o en kollega, lena holm, på vårträffen. vi sitter båda på plan i mora",
    "hej! anmäl mig och min kollega, lena holm, till alla träffar. vi jobbar i mora",
]


@pytest.mark.parametrize("text", APPOSED)
def test_f_a_lower_case_colleague_set_off_by_a_comma_after_the_role_word(config: Config, text: str) -> None:
    r = _chat(text, config, who="Eva Nord")
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Eva Nord", "Lena Holm"]


CORRECTED = [
    ("Hej! Anmäl mig och kollegan Lena Berg – förlåt, Lena Borg menar jag – till alla träffar.", "Lena Borg"),
    ("Hej, anmäl mig och Per Lund, nej vänta, Per Lind ska det vara, till alla fyra träffarna.", "Per Lind"),
    ("Hi! Please register me and my colleague Sam Holt, sorry, I mean Sam Hult, for all sessions.", "Sam Hult"),
]


@pytest.mark.parametrize(("text", "name"), CORRECTED)
def test_g_a_surname_corrected_where_written_is_one_person(config: Config, text: str, name: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == sorted(["Eva Nord", name])


def test_g_near_miss_two_of_one_given_name_are_two(config: Config) -> None:
    r = _mail("Hej! Anmäl mig, Per Lund och Per Lind till alla fyra träffarna.", config)
    assert sorted(p.name or "" for p in r.people) == ["Eva Nord", "Per Lind", "Per Lund"]


MISTYPED = [
    ("Hej, jag skrev fel adress när jag anmälde Per Lundin i måndags (det blev per.lundin@mroa.se). Rätt adress är "
     "per.lundin@mora.se. Han är anmäld till alla fyra träffarna och ska vara kvar."),
    ("Hej! Per Lundins adress blev fel i anmälan: per.lundin@mora.com. Korrekt är per.lundin@mora.se. Han är anmäld "
     "till alla fyra träffar och ska vara det."),
]


@pytest.mark.parametrize("text", MISTYPED)
def test_h_an_address_given_right_after_a_mistyped_one(config: Config, text: str) -> None:
    r = _mail(text, config, subject="Fel adress")
    assert [(p.name, p.email) for p in r.people] == [("Per Lundin", "per.lundin@mora.se")]


def test_h_near_miss_two_people_keep_their_own_addresses(config: Config) -> None:
    r = _mail("Hej! Anmäl Per Lundin, per.lundin@mora.se, och Eva Ek, eva.ek@mora.se, till alla träffar. Rätt "
              "adress till mig är eva.nord@mora.se om ni undrar.", config)
    got = {(p.name, p.email) for p in r.people}
    assert {("Per Lundin", "per.lundin@mora.se"), ("Eva Ek", "eva.ek@mora.se")} <= got


FORWARDED = """Hej!

Se nedan: Lena Holm på miljöenheten vill vara med på vårträffen i maj. Kan ni anmäla henne?

/Eva

-----Ursprungligt meddelande-----
Från: Holm Lena <lena.holm@mora.se>
Skickat: den 2 mars 2027 08:15
Till: Nord Eva <eva.nord@mora.se>
Ämne: DalaLab

Hej Eva, kan du anmäla mig till första träffen? /Lena
"""


def test_i_the_address_of_a_forwarded_from_line_written_surname_first(config: Config) -> None:
    r = parse_email(build_mail(FORWARDED, sender="Eva Nord <eva.nord@mora.se>", subject="VB: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email) for p in r.people] == [("Lena Holm", "lena.holm@mora.se")]


def test_i_near_miss_another_from_line_gives_no_address(config: Config) -> None:
    text = FORWARDED.replace("Holm Lena <lena.holm@mora.se>", "Berg Anna <anna.berg@mora.se>").replace("/Lena", "/Anna")
    r = parse_email(build_mail(text, sender="Eva Nord <eva.nord@mora.se>", subject="VB: DalaLab"), config, ARRIVAL)
    assert ("Lena Holm", None) in [(p.name, p.email) for p in r.people]


LOWER_THEN_GIVEN = [
    "hej! anmäl stina berg o maja från plan i mora. alla träffar /eva",
    "hej, anmäl stina berg och maja på miljö i mora till alla tillfällen",
    "hej anmäl stina berg o maja fr miljö mora. alla ggr",
]


@pytest.mark.parametrize("text", LOWER_THEN_GIVEN)
def test_j_a_lower_case_full_name_then_a_given_name(config: Config, text: str) -> None:
    r = _chat(text, config, who="Eva Nord")
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Maja", "Stina Berg"]


def test_j_near_miss_a_lower_case_full_name_then_a_word(config: Config) -> None:
    r = _chat("hej! anmäl stina berg o resten av gänget på plan i mora. alla träffar /eva", config, who="Eva Nord")
    assert "Stina Berg" in [p.name for p in r.people]
    assert all(len((p.name or "").split()) == 2 for p in r.people)


ADDED = [
    "Hej! Vi är redan anmälda, jag och Per Lundin. Nu vill vi lägga till Eva Ek, eva.ek@mora.se, på alla träffar.",
    ("Hej! Två av oss är redan anmälda (jag och Per Lundin). Nu vill vi lägga till en till:\n\nEva Ek, "
     "eva.ek@mora.se\n\nHon ska gå på alla träffar."),
]


@pytest.mark.parametrize("text", ADDED)
def test_k_those_signed_up_already_beside_one_added(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email) for p in r.people] == [("Eva Ek", "eva.ek@mora.se")]


def test_k_near_miss_one_signed_up_already_added_to_more(config: Config) -> None:
    r = _mail("Hej! Per Lundin är redan anmäld till 3 maj. Lägg till honom på 21/9 också, tack.", config)
    assert "Per Lundin" in [p.name for p in r.people]


ROWS = [("Planarkitekt", "Per Lundin", "Plan och bygg"), ("Ekolog", "Eva Ek", "Miljöenheten"),
        ("Strateg", "Ola Sund", "Kommunledningskontoret")]


def _aligned(sep: str, name_first: bool) -> str:
    header = ("Namn", "Roll", "Enhet") if name_first else ("Roll", "Namn", "Enhet")
    rows = [(n, r, u) if name_first else (r, n, u) for r, n, u in ROWS]
    width = [max(len(row[k]) for row in (header, *rows)) + 4 for k in range(3)]
    lines = [(sep.join(row) if sep == "\t" else "".join(c.ljust(width[k]) for k, c in enumerate(row))).rstrip()
             for row in (header, *rows)]
    return ("Hej,\n\nHärmed anmäler vi från Mora kommun följande tre deltagare till de två första träffarna.\n\n"
            + "\n".join(lines) + "\n\nKontaktperson för anmälan är undertecknad.\n\nMed vänlig hälsning\nKarin Berg\n"
            "Mora kommun\n")


@pytest.mark.parametrize(("sep", "name_first"), [(" ", False), (" ", True), ("\t", False), ("\t", True)])
def test_l_a_table_aligned_by_spaces_or_tabs(config: Config, sep: str, name_first: bool) -> None:
    r = parse_email(build_mail(_aligned(sep, name_first), sender="Karin Berg <karin.berg@mora.se>"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Eva Ek", "Ola Sund", "Per Lundin"]


def test_l_near_miss_the_writer_coming_too_beside_the_table(config: Config) -> None:
    text = _aligned(" ", False).replace("Kontaktperson för anmälan är undertecknad.", "Jag kommer själv också.")
    r = parse_email(build_mail(text, sender="Karin Berg <karin.berg@mora.se>"), config, ARRIVAL)
    assert sorted(p.name or "" for p in r.people) == ["Eva Ek", "Karin Berg", "Ola Sund", "Per Lundin"]


def test_l_near_miss_an_aligned_signature_is_no_table(config: Config) -> None:
    text = ("Hej! Jag vill anmäla mig till alla fyra träffarna.\n\nMvh\nKarin Berg\nTelefon:    0250-123 45\n"
            "E-post:     karin.berg@mora.se\n")
    r = parse_email(build_mail(text, sender="Karin Berg <karin.berg@mora.se>"), config, ARRIVAL)
    assert [(p.name, p.email) for p in r.people] == [("Karin Berg", "karin.berg@mora.se")]


ALONG = [
    "Hej igen! Glömde säga: Maja i mitt team ska också med, samma som vi andra (alla fyra träffarna).",
    "Hallå igen, Maja från min enhet vill också vara med, samma som vi andra (alla fyra).",
    "Hej igen, en sak till: Maja hänger också med på alla träffar, precis som vi andra.",
]


@pytest.mark.parametrize("text", ALONG)
def test_m_one_by_the_given_name_coming_along_like_the_others(config: Config, text: str) -> None:
    r = _chat(text, config, who="Tobbe L")
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Maja"]


def test_m_near_miss_a_given_name_within_the_as_before_phrase(config: Config) -> None:
    r = _chat("Hej! Jag vill anmäla mig till alla träffar, samma som Maja och jag hade förra året.", config,
              who="Tobbe Lind")
    assert "Maja" not in [p.name for p in r.people]
