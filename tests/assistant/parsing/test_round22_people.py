"""Who the request is about, twenty-second round, by class: a colleague withdrawn while the writer's own signup
stays ("Kent kommer inte alls. Jag kommer som planerat", "Pia och jag står kvar som förut"); colleagues who go on
"som förut" beside a substitution; the writer who says "jag anmäler inte mig"; a change of address to the address
from now on ("använd gärna … framöver", "går till min jobbadress i stället: …"); a table whose "Deltar" column says
no; a title column after a name; an erasure of the writer's data and a colleague's in the genitive; lower-case names
one to a line after a colon; a place taken from one named by the given name in the genitive, their full name in the
forwarded thread. Each class with variants of its own and near-misses that must not change."""

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ARRIVAL, build_mail


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def mail(body: str, config: Config, sender: str = "Karin Dahl <karin.dahl@mora.se>", subject: str = "DalaLab",
         ) -> ParsedRequest:
    return parse_email(build_mail(body, sender=sender, subject=subject), config, ARRIVAL)


def chat(text: str, config: Config, name: str = "Elin Sjödin") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4711", name), config, ARRIVAL)


# Class 1: a colleague withdrawn, the writer's own signup stays as it was.
WITHDRAWN = [
    (("hej, jag anmälde mig och Kent Blom från Smedjebacken i december. Kent har slutat hos oss så han kommer inte "
     "alls. jag kommer som planerat /Elin"), ["Kent Blom"]),
    ("Hej! Jag anmälde mig och Olle Berg i januari. Olle har slutat, så han kommer inte. Jag kommer som vanligt.",
     ["Olle Berg"]),
    (("Vi anmälde tre personer för en tid sedan: Elin Sjödin, Mikael Ström och Pia Gustafsson. Mikael har fått nytt "
     "jobb, så stryk honom helt. Pia och jag står kvar som förut."), ["Mikael Ström"]),
    (("Jag registrerade Elin Sjödin, Tove Lind och Jon Ek i februari. Tove har slutat hos oss, stryk henne. "
      "Jon och jag står kvar."), ["Tove Lind"]),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWN)
def test_withdrawn_colleague_without_the_writer(text: str, expected: list[str], config: Config) -> None:
    r = chat(text, config)
    assert r.intent == Intent.CANCEL
    assert names(r) == expected


# Near-misses: the writer withdrawn too, or taking part in a new signup.
def test_writer_withdrawn_with_the_colleague(config: Config) -> None:
    r = chat("Hej! Jag anmälde mig och Olle Berg i januari. Vi har båda fått förhinder, så stryk oss båda.", config)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Elin Sjödin", "Olle Berg"]


def test_writer_coming_as_planned_with_a_new_colleague(config: Config) -> None:
    r = chat("Hej! Anmäl gärna Olle Berg till alla fyra träffarna, jag och han kommer tillsammans.", config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Elin Sjödin", "Olle Berg"]


# Class 2: colleagues going on "som förut" beside a substitution are not among the people.
SUBSTITUTION = [
    (("Hej! Vi är tre från Falun anmälda: Johan Ekberg, Karolina Nyström och jag. Jag kan inte fortsätta, "
      "så Sara Melin tar min plats på alla träffar. Johan och Karolina fortsätter som förut."),
     ["Karin Dahl", "Sara Melin"]),
    (("Hej! Vi är anmälda jag, Per Holm och Eva Ek. Jag har bytt tjänst, så Sara Melin tar min plats på alla träffar. "
     "Per och Eva fortsätter som tidigare."), ["Karin Dahl", "Sara Melin"]),
]


@pytest.mark.parametrize(("text", "expected"), SUBSTITUTION)
def test_colleagues_going_on_as_before(text: str, expected: list[str], config: Config) -> None:
    r = mail(text, config)
    assert r.intent == Intent.CHANGE
    assert names(r) == expected


# Class 3: the writer saying they register only the others ("så jag anmäler inte mig").
NOT_ME = [
    ("Hej,\n\nJag vill anmäla två kollegor:\n\n- ronja persson, ronja.persson@mora.se\n- erik holm, erik.holm@mora.se"
     "\n\nDe vill komma på alla träffar. Själv är jag föräldraledig från april så jag anmäler inte mig."),
    ("Hej,\n\nJag vill anmäla Ronja Persson och Erik Holm till alla träffar. Mig själv anmäler jag inte, jag har "
    "semester då."),
]


@pytest.mark.parametrize("text", NOT_ME)
def test_writer_not_registering_themselves(text: str, config: Config) -> None:
    r = mail(text, config)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Erik Holm", "Ronja Persson"]


def test_writer_registering_themselves_and_others(config: Config) -> None:
    r = mail("Hej,\n\nJag vill anmäla mig, Ronja Persson och Erik Holm till alla träffar.", config)
    assert names(r) == ["Erik Holm", "Karin Dahl", "Ronja Persson"]


# Class 4: a change of address: the address from now on is the person's.
NEW_ADDRESS = [
    (("Hej!\n\nJag har gift mig och bytt efternamn från Åkerlund till Moberg. Nu fungerar också jobbmejlen, så använd "
     "gärna sanna.moberg@orsa.se framöver i stället för gmailen.\n\nAnmälan gäller som förut."
      "\n\nSanna Moberg\nOrsa kommun"),
     "Sanna Moberg <sanna.akerlund@gmail.com>", "sanna.moberg@orsa.se"),
    (("Hej!\n\nJag anmälde mig från min privata adress av misstag. Kan du ändra så att all information går till min "
     "jobbadress i stället:\nhanna.sjolund@vansbro.se\n\nHanna Sjölund, Vansbro kommun"),
     "Hanna Sjölund <hanna.s82@gmail.com>", "hanna.sjolund@vansbro.se"),
    ("Hej! Använd min jobbadress hanna.sjolund@vansbro.se i stället, tack. /Hanna Sjölund",
     "Hanna Sjölund <hanna.s82@gmail.com>", "hanna.sjolund@vansbro.se"),
]


@pytest.mark.parametrize(("text", "sender", "address"), NEW_ADDRESS)
def test_address_from_now_on(text: str, sender: str, address: str, config: Config) -> None:
    r = mail(text, config, sender=sender, subject="Ny mejladress")
    assert r.intent == Intent.CHANGE
    assert [p.email for p in r.people] == [address]


def test_address_mail_went_to_is_not_the_new_one(config: Config) -> None:
    r = mail("Hej! Bekräftelsen gick till hanna.s82@gmail.com i stället, men rätt adress är hanna.sjolund@vansbro.se.",
             config, sender="Hanna Sjölund <hanna.s82@gmail.com>", subject="Fel adress")
    assert [p.email for p in r.people] == ["hanna.sjolund@vansbro.se"]


# Class 5: a table whose column says who takes part; a row saying no is nobody taking part.
TABLE = ("Hej!\n\nHär kommer Leksands anmälan till samtliga fyra träffar.\n\n"
         "Namn | Titel | E-post | {col}\n\n"
         "Emma Jernberg | Översiktsplanerare | emma.jernberg@leksand.se | Ja\n\n"
         "Olof Backlund | GIS-ingenjör | olof.backlund@leksand.se | {olof}\n\n"
         "Karin Moberg | Planchef | karin.moberg@leksand.se | {karin}\n\n"
         "Vänliga hälsningar\nKarin Moberg\nPlanchef, Leksands kommun")


@pytest.mark.parametrize(("col", "olof", "karin", "expected"), [
    ("Deltar", "Ja", "Nej – vill bara ha materialet", ["Emma Jernberg", "Olof Backlund"]),
    ("Deltar", "Nej", "Ja", ["Emma Jernberg", "Karin Moberg"]),
    ("Kommer", "Ja", "Nej", ["Emma Jernberg", "Olof Backlund"]),
    ("Attends", "Yes", "No", ["Emma Jernberg", "Olof Backlund"]),
    # near-misses: every row says yes; a column that is not about taking part
    ("Deltar", "Ja", "Ja", ["Emma Jernberg", "Karin Moberg", "Olof Backlund"]),
    ("Specialkost", "Ja", "Nej", ["Emma Jernberg", "Karin Moberg", "Olof Backlund"]),
])
def test_table_column_saying_who_takes_part(col: str, olof: str, karin: str, expected: list[str],
                                            config: Config) -> None:
    r = mail(TABLE.format(col=col, olof=olof, karin=karin), config, sender="Karin Moberg <karin.moberg@leksand.se>")
    assert names(r) == expected


# Class 6: a title column after a name in a plain-text table.
def test_title_column_is_no_part_of_the_name(config: Config) -> None:
    r = mail("Hej!\n\nVi anmäler oss tre från Älvdalens kommun:\n\n Namn Roll Kost\n Stefan Jonsson "
             "Planeringsarkitekt -\n Maria Bäck Miljöstrateg glutenfri\n Nils Hed Näringslivsutvecklare -\n"
             " Per Ek Drifttekniker -\n\n"
             "Vi kommer på alla träffar.\n\nHälsningar\nStefan Jonsson", config,
             sender="Stefan Jonsson <stefan.jonsson@alvdalen.se>")
    assert names(r) == ["Maria Bäck", "Nils Hed", "Per Ek", "Stefan Jonsson"]


# Class 7: an erasure of the writer's data and a colleague's, the colleague in the genitive.
ERASE_BOTH = [
    ("Hej,\n\nJag vill att ni raderar mina uppgifter från DalaLab-anmälan, och även Lennart Bodins – han har slutat "
    "hos oss."),
    "Hej,\n\nRadera mina och Lennart Bodins uppgifter, tack.",
    "Hej, ta bort mina personuppgifter ur era listor samt Lennart Bodins. Vi deltar inte längre.",
]


@pytest.mark.parametrize("text", ERASE_BOTH)
def test_erasure_of_writer_and_colleague(text: str, config: Config) -> None:
    r = mail(text, config, sender="Åsa Lindkvist <asa.lindkvist@orsa.se>", subject="Radera uppgifter")
    assert r.intent == Intent.ERASURE
    assert names(r) == ["Lennart Bodin", "Åsa Lindkvist"]


def test_erasure_of_writer_only(config: Config) -> None:
    r = mail("Hej, radera mina uppgifter. Lennart Bodin har redan bett om samma sak själv.", config,
             sender="Åsa Lindkvist <asa.lindkvist@orsa.se>", subject="Radera uppgifter")
    assert names(r) == ["Åsa Lindkvist"]


# Class 8: lower-case names, one to a line, after a line ending in a colon.
LINES = [
    ("hej! anmälan från vansbro:\nkristina lönn (jag)\nali rezaei\njohanna frid\nalla fyra träffarna. ali e glutenfri",
     "Kicki", ["Ali Rezaei", "Johanna Frid", "Kristina Lönn"]),
    ("hej! anmälan från vansbro:\n- ali rezaei\n- johanna frid\nalla fyra träffarna. själv kan jag inte", "Kicki",
     ["Ali Rezaei", "Johanna Frid"]),
    ("hej! jag vill anmäla följande:\n1. ali rezaei\n2. johanna frid\ntill alla fyra träffarna. själv kan jag inte",
     "Kicki", ["Ali Rezaei", "Johanna Frid"]),
]


@pytest.mark.parametrize(("text", "name", "expected"), LINES)
def test_lower_case_names_one_to_a_line(text: str, name: str, expected: list[str], config: Config) -> None:
    r = chat(text, config, name=name)
    assert r.intent == Intent.REGISTER
    assert names(r) == expected


def test_lower_case_lines_that_are_no_names(config: Config) -> None:
    r = chat("hej! anmäler mig till alla fyra träffarna. två frågor:\nvar är det\nhur dags börjar ni", config,
             name="Kicki Lönn")
    assert names(r) == ["Kicki Lönn"]


# Class 9: a place taken from one named by the given name in the genitive; the full name in the forwarded thread.
FORWARD = ("Hej Linnea,\n\nSe nedan. {line} Hans adress är bo.lindqvist@alvdalen.se.\n\nHälsningar\nTor Eriksson\n"
           "Älvdalens kommun\n\n________________________________\n"
           "Från: Karin Sahlin <karin.sahlin@alvdalen.se>\nSkickat: den 2 februari 2027 16:40\n"
           "Till: Tor Eriksson <tor.eriksson@alvdalen.se>\nÄmne: DalaLab\n\n"
           "Hej Tor,\nJag måste lämna min plats i DalaLab. Bosse går gärna i stället. Kan du meddela Region Dalarna?\n"
           "/Karin")


@pytest.mark.parametrize("line", [
    "Bosse tar alltså Karins plats på alla fyra träffarna.",
    "Bosse går i Karins ställe på alla fyra träffarna.",
])
def test_place_taken_from_one_named_in_the_thread(line: str, config: Config) -> None:
    r = mail(FORWARD.format(line=line), config, sender="Tor Eriksson <tor.eriksson@alvdalen.se>",
             subject="VB: DalaLab")
    assert r.intent == Intent.CHANGE
    assert sorted((p.name, p.email) for p in r.people) == [("Bo Lindqvist", "bo.lindqvist@alvdalen.se"),
                                                           ("Karin Sahlin", "karin.sahlin@alvdalen.se")]


# Class 10: the writer and another staying "som planerat" beside two withdrawn.
@pytest.mark.parametrize("stays", ["Jag och Rolf är kvar som planerat.", "Jag och Rolf står kvar som förut.",
                                   "Rolf och jag står kvar."])
def test_two_withdrawn_writer_and_another_stay(stays: str, config: Config) -> None:
    r = mail("Hej Linnea,\n\nAv oss fyra som anmäldes i januari måste Kim Lundh och Amanda Berggren tyvärr avanmälas – "
             f"Kim har fått ny tjänst och Amanda går på föräldraledighet i april. {stays}", config,
             sender="Jessica Ahl <jessica.ahl@sater.se>", subject="Två avanmälningar")
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Amanda Berggren", "Kim Lundh"]


# Class 11: the writer coming to one session "men inte på de andra" is coming, not declining.
@pytest.mark.parametrize(("own", "expected"), [
    ("Jag hänger själv med på första träffen, men inte på de andra.", ["Maria Kullander", "Tilda Ersson"]),
    ("Jag själv kommer på första träffen, men inte på de andra.", ["Maria Kullander", "Tilda Ersson"]),
    # near-misses: the writer not coming at all
    ("Jag själv kan tyvärr inte komma.", ["Tilda Ersson"]),
    ("Själv har jag inte möjlighet, men hon kan.", ["Tilda Ersson"]),
])
def test_writer_coming_to_some_but_not_all(own: str, expected: list[str], config: Config) -> None:
    r = mail(f"Hej! Anmäl gärna Tilda Ersson till alla träffar. {own}", config,
             sender="Maria Kullander <maria.kullander@gagnef.se>")
    assert names(r) == expected
