"""Who the request is about, twenty-first round, by class: two names written surname first in running text,
joined by "och"/"and" ("Anmäl Holm, Annika och Ström, Jesper till hösten"); lines of names surname first, a double
surname among them ("Nilsson Falk, Ingela"); one name surname first opening a sentence with where the person works
after it ("Ek, Jonas på vår avdelning har …"); the writer saying they are already registered separately or only
coordinating ("Själv har jag redan anmält mig", "I am only coordinating and will not take part myself"); a display
name that is the beginning or end of the given name the text writes ("Becka" signing "rebecka lind"). Each class
with variants of its own, in other words than the corpus, and near-misses that must not change."""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.parsing.people import nickname_of
from assistant.request import ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@mora.se>") -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender), config, ARRIVAL)


# Class 1: two names surname first in running text, joined by "och"/"samt"/"and"/"&".
JOINED = [
    ("Hej, anmäl gärna Holm, Annika och Ström, Jesper till höstens träffar. Själv kan jag inte delta.",
     ["Annika Holm", "Jesper Ström"]),
    ("Jag anmäler Sundberg, Frida och Holm, Axel till första träffen. Själv kan jag tyvärr inte.",
     ["Axel Holm", "Frida Sundberg"]),
    ("Please register Kowalski, Anna and Berg, David for the May session. I will not attend myself.",
     ["Anna Kowalski", "David Berg"]),
    ("Vi vill anmäla Lind, Eva samt Ek, Per till alla träffar. Jag deltar inte själv.", ["Eva Lind", "Per Ek"]),
    ("Hej! Anmäl Ek, Jonas & Berg, Lisa till träff 1 tack, jag kan inte själv komma.", ["Jonas Ek", "Lisa Berg"]),
    ("hej, kan ni skriva upp Wik, Sara och Åberg, Nils på träffen 3 maj? jag själv kan inte.",
     ["Nils Åberg", "Sara Wik"]),
    ("Vi anmäler Falk, Tove och Rehn, Ola (båda planenheten) till den 21 september. Själv har jag inte möjlighet.",
     ["Ola Rehn", "Tove Falk"]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_surname_first_pairs_in_running_text(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Near-misses: places or given names listed with commas are no names surname first.
NOT_JOINED = [
    "Hej, vi kommer från Mora, Orsa och Rättvik, Leksand till träffen 3 maj.",
    "Hej Anna, Per och Eva, välkomna till träffen 3 maj!",
    "Jag kommer 3 maj. Hälsa Lisa, Per och Eva, Nils med flera.",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_no_pairs_from_plain_lists(text: str, config: Config) -> None:
    assert names(mail(text, config)) == ["Karin Dahl"]


# Class 2: lines of names surname first, a double surname among them; the writer registered separately is no person.
LINES = [
    (("Här är våra deltagare, de kommer 3 maj och 21 september.\n\nSvensson, Marie\nÖberg, Tomas\nNilsson Falk, Ingela\n\n"
     "Själv har jag redan anmält mig i ett separat mejl."), ["Ingela Nilsson Falk", "Marie Svensson", "Tomas Öberg"]),
    ("Deltagare 3 maj:\n\nNilsson Falk, Ingela\nBerg, Per\n\nJag kommer inte själv.", ["Ingela Nilsson Falk", "Per Berg"]),
    ("Anmälan till träff 1:\n\nLund, Eva\nKarlsson Wiik, Jonas\nHolm, Sara\n\nTack!",
     ["Eva Lund", "Jonas Karlsson Wiik", "Sara Holm"]),
    (("Please register the following for the May session:\n\nKowalski, Anna\nBerg, David (david.berg@falun.se)\n\n"
     "I am only coordinating and will not take part myself."), ["Anna Kowalski", "David Berg"]),
    ("Registration for 3 May:\n\nSmith Jones, Alice\nBrown, Tom\n\nI won't be attending myself.",
     ["Alice Smith Jones", "Tom Brown"]),
    ("Hej, anmäler till 21 september:\n\nÅs Berg, Lina\nEk, Olle\n\nSjälv har jag ju redan anmält mig tidigare.",
     ["Lina Ås Berg", "Olle Ek"]),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_surname_first_lines_with_double_surname(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Near-misses: the writer who comes too, or who has not registered, stays a person.
WRITER_STAYS = [
    ("Deltagare 3 maj:\n\nBerg, Per\nNilsson Falk, Ingela\n\nJag kommer också.",
     ["Ingela Nilsson Falk", "Karin Dahl", "Per Berg"]),
    ("Anmäl mig och Per Holm till 3 maj. Jag har inte anmält mig tidigare.", ["Karin Dahl", "Per Holm"]),
]


@pytest.mark.parametrize(("text", "expected"), WRITER_STAYS)
def test_writer_who_comes_stays(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Class 3: one name surname first opening a sentence, where the person works after it in lower case.
PLACED = [
    (("Ek, Jonas på vår avdelning har fått förhinder och ska avanmälas från alla träffar. Min egen anmälan gäller "
     "som förut."), ["Jonas Ek"]),
    ("Berg, Lisa från planenheten vill gärna komma på träffen 3 maj. Jag kommer inte själv.", ["Lisa Berg"]),
    ("Holm, Per på miljökontoret kan tyvärr inte komma 3 maj, stryk honom. Jag står kvar.", ["Per Holm"]),
    (("Brown, Tom from our office would like to register for 3 May. I am only coordinating and will not take part "
     "myself."), ["Tom Brown"]),
    ("Lind, Sara vid samhällsbyggnad kommer gärna på träffen 21 september. Själv kan jag inte.", ["Sara Lind"]),
    ("Lind, Sara vid samhällsbyggnad ska avbokas från träffen 21 september. Själv står jag kvar.", ["Sara Lind"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_surname_first_with_workplace(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Near-miss: a greeting with a given name and where they work is no name.
def test_greeting_with_workplace_is_no_name(config: Config) -> None:
    r = mail("Hej, Per på kansliet har bett mig fråga om lunchen 3 maj.", config)
    assert "Per Hej" not in names(r) and "Hej Per" not in names(r)


# Class 4: a display name that is the beginning or end of the given name written in the text.
NICKNAMES = [
    ("Becka", "yo! kommer på alla 4 🙌 rebecka lind, lst", "Rebecka Lind"),
    ("Stina", "kommer 3 maj! kristina berg, mora kommun", "Kristina Berg"),
    ("Fredde", "anmäler mig till alla träffar. /fredrik holm, orsa kommun", None),
    ("Jonte", "kommer på alla fyra — jonatan ek, region dalarna", "Jonatan Ek"),
]


@pytest.mark.parametrize(("display", "text", "expected"), NICKNAMES)
def test_nickname_display_name(display: str, text: str, expected: str | None, config: Config) -> None:
    r = parse_chat(text, Sender("telegram", "42", display), config, ARRIVAL)
    if expected is not None:
        assert names(r) == [expected]
    else:
        assert names(r) != []


@pytest.mark.parametrize(("short", "full", "expected"), [
    ("becka", "rebecka", True), ("stina", "kristina", True), ("pelle", "per", True), ("jonte", "jonatan", True),
    ("an", "anna", False), ("anna", "anna", False), ("lina", "evelina", True), ("lisa", "elin", False),
])
def test_nickname_of(short: str, full: str, expected: bool) -> None:
    assert nickname_of(short, full) is expected


# Class 5: the writer who signs another up and says questions may be put to them is no person.
QUESTIONS_TO_WRITER = [
    ("Jag anmäler härmed vår chef Per-Olof Dahlin (per-olof.dahlin@mora.se) till alla träffar. Eventuella frågor kan "
    "ställas till mig."),
    "Hej! Jag anmäler vår planchef Eva Lind till träffen 3 maj. Frågor kan riktas till mig.",
    "I hereby register our director Tom Berg for all four sessions. Any questions can be directed to me.",
    "Anmäler vår chef Per Holm till 21 september, frågor om anmälan ställ till mig.",
    "Jag vill anmäla min chef Sara Ek till alla träffar; eventuella frågor kan ställas till mig eller till henne.",
]


@pytest.mark.parametrize("text", QUESTIONS_TO_WRITER)
def test_questions_to_writer_do_not_sign_them_up(text: str, config: Config) -> None:
    assert "Karin Dahl" not in names(mail(text, config))


# Near-miss: the writer asking to be signed up too is a person.
def test_writer_signed_up_with_manager(config: Config) -> None:
    r = mail("Anmäl vår chef Eva Lind och mig till alla träffar. Frågor kan ställas till mig.", config)
    assert names(r) == ["Eva Lind", "Karin Dahl"]


# Class 6: the writer writing on another's behalf who also asks to be signed up (for one session) is a person.
BEHALF_AND_ME = [
    ("Jag skriver å vår förvaltningschef Bengt Ohlssons vägnar – han vill delta på alla fyra träffarna. Jag följer "
    "själv med på vårträffen, så anmäl gärna mig till den."),
    "Jag skriver på Per Holms vägnar, han kommer på alla träffar. Anmäl gärna även mig till 3 maj.",
    "On behalf of our director Tom Berg: he will attend all four sessions. Please register me too for the May session.",
    "Jag skriver å Eva Eks vägnar, hon vill gå på alla träffar. Skriv upp mig också till den 21 september.",
]


@pytest.mark.parametrize("text", BEHALF_AND_ME)
def test_writer_on_behalf_who_also_comes(text: str, config: Config) -> None:
    assert "Karin Dahl" in names(mail(text, config)) and len(names(mail(text, config))) == 2


# Near-miss: on another's behalf, nothing of the writer: not a person.
def test_writer_on_behalf_only(config: Config) -> None:
    r = mail("Jag skriver å Eva Eks vägnar, hon vill gå på alla träffar. Hör gärna av er till mig.", config)
    assert names(r) == ["Eva Ek"]


# Class 7: the writer perhaps coming, to tell later, is not signed up now.
PERHAPS = [
    "Anmäl Ellinor Sand och Patrik Myhr till alla träffar. Jag kommer troligen också, men jag återkommer om det.",
    "Hej, anmäl Per Holm till 3 maj. Jag kanske kommer med, återkommer när jag vet.",
    "Please register Tom Brown for all sessions. I will probably join too, but I'll get back to you on that.",
    "Anmäl Eva Lind och Per Ek till alla fyra. Själv kommer jag eventuellt, jag hör av mig.",
    "anmäl Sara Ek till 21/9. jag kommer möjligen också men meddelar senare",
]


@pytest.mark.parametrize("text", PERHAPS)
def test_writer_perhaps_coming_is_not_signed_up(text: str, config: Config) -> None:
    assert "Karin Dahl" not in names(mail(text, config))


# Near-misses: the writer who comes for sure, and another who perhaps comes in May, keep the writer.
SURE = [
    "Anmäl mig och Per Holm till alla träffar. Eva kommer kanske i maj, hon återkommer.",
    "Anmäl Ellinor Sand och mig till alla träffar. Jag återkommer om kosten.",
]


@pytest.mark.parametrize("text", SURE)
def test_writer_sure_stays(text: str, config: Config) -> None:
    assert "Karin Dahl" in names(mail(text, config))


# Class 8: the writer first in a group set off by dashes ("Vi tre – jag, Amir Haddad och Frida Modin – …") is a person.
DASHED_GROUP = [
    ("Vi tre – jag, Amir Haddad och Frida Modin – är anmälda till 3 maj och vill även delta den 21 september.",
     ["Amir Haddad", "Frida Modin", "Karin Dahl"]),
    ("Vi två — jag och Per Holm — vill anmäla oss till alla träffar.", ["Karin Dahl", "Per Holm"]),
    ("Hela gruppen - jag, Eva Lind och Ola Berg - vill anmäla oss till träffen 21 september.",
     ["Eva Lind", "Karin Dahl", "Ola Berg"]),
    ("Vi från Mora – jag, Sara Ek och Tom Berg – anmäler oss till höstens träffar.",
     ["Karin Dahl", "Sara Ek", "Tom Berg"]),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_GROUP)
def test_writer_in_dashed_group(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Near-miss: a dash before "jag" that opens no group ("Per Holm – jag har pratat med honom – kommer") stays as it was.
def test_dash_without_group(config: Config) -> None:
    r = mail("Anmäl Per Holm till 3 maj – jag kan själv inte komma.", config)
    assert names(r) == ["Per Holm"]


# Class 9: a list of signups withdrawn, the writer's own first and the others' in the genitive: all are people,
# their names without the genitive's "s".
OWN_AND_GENITIVES = [
    ("Tyvärr måste vi dra tillbaka alla tre anmälningar: min egen, Jesper Olssons och Henrik Mattssons.",
     ["Henrik Mattsson", "Jesper Olsson", "Karin Dahl"]),
    ("Vi avanmäler båda anmälningarna, min egen och Per Holms, från alla träffar.", ["Karin Dahl", "Per Holm"]),
    ("Avanmäl alla våra anmälningar till DalaLab, dvs min egen, Eva Linds och Tom Bergs.",
     ["Eva Lind", "Karin Dahl", "Tom Berg"]),
    ("Avboka min egen och Sara Eks plats på alla träffar, tack.", ["Karin Dahl", "Sara Ek"]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_AND_GENITIVES)
def test_own_and_others_signups_withdrawn(text: str, expected: list[str], config: Config) -> None:
    assert names(mail(text, config)) == expected


# Near-miss: a surname ending in "s" beside no genitive stays whole.
def test_surname_in_s_stays(config: Config) -> None:
    assert names(mail("Avanmäl Lars Mattsons och mig från alla träffar.", config)) == ["Karin Dahl", "Lars Mattsons"]
