"""Whose diet and whose organisation, twenty-first round, by class: in a sentence naming people, a diet written
after "jag"/"själv"/"I" with a verb of having or being is the writer's, and one after a given name is that
person's, though someone else was named in full before ("jag är glutenfri, och min kollega Per Holm är vegan";
"Per Holm har blivit vegetarian, och själv har jag fått glutenintolerans"; "Eva är vegan och Per har
nötallergi"); a diet in a sentence speaking of someone only as "hon"/"han"/"she"/"he" is that of the one person
the sentence before speaks of ("Eva Lind går på alla fyra. Hon behöver vegetarisk kost."); one who takes the
municipality's place ("han går i kommunens ställe") has the writer's organisation whatever their address. Each
class with variants of its own, in other words than the corpus, and near-misses."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.parsing.text import sentences
from assistant.parsing.whose import writer_tells_own_diet
from assistant.request import ParsedRequest
from tests.assistant.parsing.conftest import build_mail

SENDER = "Karin Dahl <karin.dahl@orsa.se>"


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = SENDER) -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject="DalaLab"), config, arrival)


def mail_builder() -> Callable[..., bytes]:
    return build_mail


def diets_of(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.diet for p in r.people}


def orgs_of(r: ParsedRequest) -> dict[str | None, str | None]:
    return {p.name: p.organisation for p in r.people}


# Class 1: in a sentence naming someone, the writer's and others' diets by "jag" and by given name.
EACH_THEIR_OWN = [
    ("En komplettering till vår anmälan: jag är glutenfri, och min kollega Per Holm som också är anmäld är vegan.",
     {"Karin Dahl": "glutenfri", "Per Holm": "vegan"}),
    ("Två uppdateringar inför lunchen: Per Holm har blivit vegetarian, och själv har jag fått laktosintolerans.",
     {"Per Holm": "vegetarian", "Karin Dahl": "laktosintolerans"}),
    ("Jag anmälde Eva Lind och Per Holm förra veckan men glömde kosten: Eva är vegan och Per har nötallergi.",
     {"Eva Lind": "vegan", "Per Holm": "nötallergi"}),
    ("Quick update: I'm vegetarian and my colleague Per Holm, who is also registered, is lactose intolerant.",
     {"Karin Dahl": "vegetarian", "Per Holm": "lactose intolerant"}),
    ("Eva Lind och Per Holm är redan anmälda, Eva har celiaki och Per är vegetarian.",
     {"Eva Lind": "celiaki", "Per Holm": "vegetarian"}),
    ("jag o per holm är anmälda sen innan, jag är vegan och per är laktosintolerant",
     {"Karin Dahl": "vegan", "Per Holm": "laktosintolerant"}),
    ("Lite om specialkost för oss som är anmälda: Per Holm äter inte fläsk och jag behöver glutenfri kost.",
     {"Per Holm": "äter inte fläsk", "Karin Dahl": "glutenfri kost"}),
]


@pytest.mark.parametrize(("body", "expected"), EACH_THEIR_OWN)
def test_each_their_own_diet_in_a_sentence_naming_someone(body: str, expected: dict[str, str], config: Config,
                                                         arrival: dt.datetime) -> None:
    r = email(mail_builder(), body, config, arrival)
    assert diets_of(r) == expected


def test_registration_with_the_writer_and_a_named_colleague(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Per Holm och jag kommer på 3 maj, jag är vegan.", config, arrival)
    assert diets_of(r) == {"Karin Dahl": "vegan", "Per Holm": None}


# near-misses: "jag" that is no one's diet-bearer stays out; the one named before keeps theirs
def test_jag_without_a_verb_of_having_leaves_the_named_one_their_diet(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Anmäl gärna Per Holm till 3 maj. Per Holm, som jag nämnde tidigare, är vegan.",
              config, arrival)
    assert diets_of(r).get("Per Holm") == "vegan"
    assert diets_of(r).get("Karin Dahl") is None


def test_one_named_after_jag_has_the_diet(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Jag vill anmäla min kollega Per Holm till 3 maj, han är glutenfri.", config, arrival)
    assert diets_of(r) == {"Per Holm": "glutenfri"}


def test_diet_after_a_named_one_stays_theirs(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Jag anmäler Eva Lind (vegan) och Per Holm (laktosfri) till alla fyra träffarna.",
              config, arrival)
    assert diets_of(r) == {"Eva Lind": "vegan", "Per Holm": "laktosfri"}


# Class 2: "hon"/"han"/"she"/"he" in a sentence of its own: the one the sentence before speaks of.
PRONOUN = [
    (("Vi blir tre från Orsa. Jag kommer 3 maj. Eva Lind går på alla fyra. Hon behöver vegetarisk kost. "
      "Per Holm kommer bara den 21 september."), {"Karin Dahl": None, "Eva Lind": "vegetarisk kost", "Per Holm": None}),
    ("Anmäl Eva Lind och Per Holm till alla träffar. Per kommer bara på förmiddagarna. Han är laktosintolerant.",
     {"Eva Lind": None, "Per Holm": "laktosintolerant"}),
    ("We are three: me, Eva Lind and Per Holm. Eva Lind joins all four sessions. She is vegan.",
     {"Karin Dahl": None, "Eva Lind": "vegan", "Per Holm": None}),
    ("Jag anmäler Eva Lind och Per Holm till 3 maj. Per Holm har varit med förut. Han äter inte fläsk.",
     {"Eva Lind": None, "Per Holm": "äter inte fläsk"}),
    ("Eva Lind och Per Holm vill vara med på alla fyra. Eva Lind kommer med tåget. Hon har glutenintolerans.",
     {"Eva Lind": "glutenintolerans", "Per Holm": None}),
]


@pytest.mark.parametrize(("body", "expected"), PRONOUN)
def test_pronoun_diet_is_that_of_the_one_spoken_of_before(body: str, expected: dict[str, str | None],
                                                          config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), body, config, arrival)
    assert diets_of(r) == expected


def test_pronoun_after_two_people_is_no_ones(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Jag anmäler Eva Lind och Per Holm till 3 maj. Hon är vegan.", config, arrival)
    assert diets_of(r) == {"Eva Lind": None, "Per Holm": None}


def test_plural_after_two_people_is_both(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Jag anmäler Eva Lind och Per Holm till 3 maj. De är båda vegetarianer.",
              config, arrival)
    assert diets_of(r) == {"Eva Lind": "vegetarianer", "Per Holm": "vegetarianer"}


# Class 3: one who takes the municipality's place has the writer's organisation.
IN_OUR_PLACE = [
    ("Vi har anlitat Per Holm på Sweco (per.holm@sweco.se) för vår nya ÖP. Han går i kommunens ställe. "
     "Anmäl honom till alla fyra träffarna."),
    "Per Holm (per.holm@sweco.se) är konsult hos oss och deltar på kommunens plats den 3 maj.",
    "Anmäl konsulten Per Holm, per.holm@sweco.se, till 3 maj. Han tar kommunens plats.",
    "Per Holm från Sweco, per.holm@sweco.se, representerar kommunen på alla fyra träffarna.",
    "Please register Per Holm (per.holm@sweco.se) for 3 May; he attends in place of the municipality.",
    "Please register Per Holm (per.holm@sweco.se) for 3 May. He will represent our municipality.",
]


@pytest.mark.parametrize("body", IN_OUR_PLACE)
def test_one_taking_the_municipalitys_place_is_the_writers(body: str, config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), body, config, arrival)
    assert orgs_of(r).get("Per Holm") == "Orsa kommun"


@pytest.mark.parametrize("body", [
    "Per Holm (per.holm@sweco.se) hjälper kommunen med ÖP:n och vill gärna vara med 3 maj.",
    "Kan Per Holm (per.holm@sweco.se) komma 3 maj? Han har tidigare jobbat åt kommunen.",
])
def test_a_consultant_only_working_for_the_municipality_is_not_its(body: str, config: Config,
                                                                  arrival: dt.datetime) -> None:
    r = email(mail_builder(), body, config, arrival)
    assert orgs_of(r).get("Per Holm") != "Orsa kommun"



def test_a_persons_place_is_no_organisations(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Eva Lind kan inte komma 3 maj. Per Holm (per.holm@sweco.se) går i Evas ställe.",
              config, arrival)
    assert orgs_of(r).get("Per Holm") != "Orsa kommun"


def test_the_municipalitys_place_is_not_a_regions_writers(config: Config, arrival: dt.datetime) -> None:
    r = email(mail_builder(), "Per Holm (per.holm@sweco.se) går i kommunens ställe den 3 maj.", config, arrival,
              sender="Karin Dahl <karin.dahl@regiondalarna.se>")
    assert orgs_of(r).get("Per Holm") != "Region Dalarna"


@pytest.mark.parametrize(("text", "told"), [
    ("Elsa har blivit vegetarian, och själv har jag fått konstaterad glutenintolerans.", True),
    ("En komplettering: jag är glutenfri.", True),
    ("Quick note: I'm vegan.", True),
    ("Själv äter jag inte fläsk.", True),
    ("Per Holm, som jag nämnde, är vegan.", False),
    ("Jag vill lägga till att Per Holm är laktosintolerant.", False),
    ("Finns det vegetariskt?", False),
])
def test_the_writer_telling_their_own_diet(text: str, told: bool) -> None:
    assert writer_tells_own_diet(sentences(text)) is told
