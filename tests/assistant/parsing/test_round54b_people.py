"""People, round 54b: who the request is about, by class, in words of its own (none from a corpus), with near-misses.

- A: a colleague said to be signed up as before ("Per Holm är anmäld som tidigare", "Eva is registered as before")
  beside a substitution or a cancellation: whose booking stays as it is is no part of the change; one struck whose
  signup otherwise stands ("Stryk Per Holm från 21/9, han är anmäld som tidigare till de andra") still is.
- B: a signup made before listed in brackets ("Angående vår anmälan (Per Holm, Lena Ek och Tove Sand) vill jag
  meddela en ändring: Tove Sand ersätts av ...") with the others' signups said to stand ("Pers och Lenas anmälningar
  gäller som tidigare"): only the one replaced and the one replacing them are the people, the one replaced leaving
  (though first named in the list); one whose standing signup is not told stays a person.
- C: one said to be on copy with a relative clause between ("Per Holm, som anmälde oss, står på kopia", "Tom Berg,
  who signed us up, is in cc"): no part of the request; one on copy who also comes ("Per Holm står på kopia och
  kommer också") still is.
- D: a shared mailbox ("Stadsbyggnadskontoret Mora <stadsbyggnad@mora.se>") sending for the people it lists ("Vi är
  två från Mora som vill vara med: - Lisa Berg, … - Per Holm, …"): the mailbox is no participant; a person signing it
  with an address of their own who says "jag och Per Holm" still is.
- E: a follow-up undoing a substitution by given names only ("Glöm mitt förra mejl! Pers möte har flyttats, så han
  kan gå 21/9 ändå. Lena ska alltså inte anmälas."), the two named in full in the quoted mail: those two are the
  people (the one named in the genitive whom "han" then speaks of, and the one who "ska inte anmälas"), not the
  writer; a given name the thread does not name is no one.
- F: a manager withdrawing a colleague, another nominee only perhaps later ("Vi återkommer om vi vill anmäla någon
  annan i hans ställe", "We will let you know if we wish to nominate someone else in his place"): a cancellation of
  the colleague, not a substitution; a stand-in named ("Lisa Berg tar hans plats") is still one.
- G: one at a private firm, the firm hired by a municipality ("Vi är anlitade av Orsa kommun för deras översiktsplan",
  "we have been hired by Orsa municipality"), writing from the firm's address: the municipality is a client, the
  organisation null; a consultant who says they take one of the municipality's places is placed there as before.
- H: one said to stay at home on a day ("Tove Sand har tentamen den 21/9 och stannar hemma", "jag stannar hemma 21/9"):
  not coming then, a cancellation of that day for them; the sessions they still come to are not signed up anew.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent, ParsedRequest, Role
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

pytestmark = pytest.mark.usefixtures("rules_only")

WRITER = "Eva Nord <eva.nord@mora.se>"


def _mail(text: str, config: Config, sender: str = WRITER, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nMvh\nEva Nord\nMora kommun\n", sender=sender, subject=subject),
                       config, ARRIVAL)


def _roles(r: ParsedRequest) -> dict[str, Role]:
    return {p.name or "": p.role for p in r.people}


AS_BEFORE_BESIDE_SUBSTITUTE = [
    ("Jag kan inte komma den 21 september. Min kollega Lisa Berg, lisa.berg@mora.se, tar min plats den dagen. "
    "Resten går jag på som vanligt, och Per Holm är anmäld som tidigare."),
    ("Jag har fått förhinder 21/9. Lisa Berg (lisa.berg@mora.se) går i mitt ställe. Per Holm är fortfarande anmäld "
    "som förut."),
]


@pytest.mark.parametrize("text", AS_BEFORE_BESIDE_SUBSTITUTE)
def test_a_one_signed_up_as_before_is_no_part_of_a_substitution(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Eva Nord": Role.LEAVING, "Lisa Berg": Role.JOINING}


def test_a_in_english_registered_as_before(config: Config) -> None:
    r = _mail("I can't make it on 21 September. My colleague Lisa Berg (lisa.berg@mora.se) will go in my place that "
              "day. Per Holm is registered as before.", config)
    assert _roles(r) == {"Eva Nord": Role.LEAVING, "Lisa Berg": Role.JOINING}


def test_a_near_miss_one_struck_and_otherwise_as_before_is_a_person(config: Config) -> None:
    r = _mail("Stryk Per Holm från träffen 21/9, han är anmäld som tidigare till de andra.", config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Holm"]


BRACKETED_SIGNUP = [
    ("Angående vår anmälan till DalaLab (Per Holm, Lena Ek och Tove Sand) vill jag meddela en ändring: Tove Sand, "
    "som var anmäld till alla träffar, ersätts av Olle Berg (olle.berg@mora.se) på samtliga träffar.\n\n"
    "Pers och Lenas anmälningar gäller som tidigare."),
    ("Vi anmälde tre personer (Per Holm, Lena Ek och Tove Sand) i januari. Nu en ändring: Tove Sand ersätts av Olle "
    "Berg (olle.berg@mora.se) på alla fyra träffar. Per och Lena står kvar som förut."),
]


@pytest.mark.parametrize("text", BRACKETED_SIGNUP)
def test_b_the_others_of_a_bracketed_signup_that_stand_are_no_people(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Tove Sand": Role.LEAVING, "Olle Berg": Role.JOINING}


def test_b_near_miss_one_of_the_list_not_said_to_stand_is_kept(config: Config) -> None:
    r = _mail("Angående vår anmälan till DalaLab (Per Holm, Lena Ek och Tove Sand) vill jag meddela en ändring: "
              "Tove Sand ersätts av Olle Berg (olle.berg@mora.se) på samtliga träffar, och Per Holm kan inte 21/9.",
              config)
    assert {"Tove Sand", "Olle Berg", "Per Holm"} <= set(_roles(r))


ON_COPY = [
    ("Jag måste tyvärr stryka mig från träffen den 21 september. Träffen 3 maj står kvar.\n\n"
    "Per Holm, som anmälde oss, står på kopia."),
    "Jag kan tyvärr inte komma den 21 september, stryk mig därifrån. Per Holm, vår enhetschef, står i kopia.",
]


@pytest.mark.parametrize("text", ON_COPY)
def test_c_one_on_copy_is_no_part_of_the_request(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Eva Nord"]


def test_c_in_english_with_a_relative_clause(config: Config) -> None:
    r = _mail("Unfortunately I have to cancel my place on 21 September. Tom Berg, who signed us up, is in cc.", config)
    assert [p.name for p in r.people] == ["Eva Nord"]


def test_c_near_miss_one_on_copy_who_comes_too_is_a_person(config: Config) -> None:
    r = _mail("Anmäler mig till alla fyra träffar. Per Holm, som är min chef, står på kopia och vill också komma på "
              "alla fyra.", config)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Eva Nord", "Per Holm"]


MAILBOX = "Stadsbyggnadskontoret Mora <stadsbyggnad@mora.se>"


@pytest.mark.parametrize("signed", ["Lisa Berg\nStadsbyggnadskontoret, Mora kommun", "Stadsbyggnadskontoret\nMora kommun"])
def test_d_a_shared_mailbox_sending_for_those_it_lists_is_no_participant(config: Config, signed: str) -> None:
    text = ("Hej,\n\nVi är två från Mora kommun som vill vara med i DalaLab, alla fyra träffarna:\n\n"
            "- Lisa Berg, lisa.berg@mora.se\n- Per Holm, per.holm@mora.se\n\nSvara gärna till var och en.\n\n"
            "Hälsningar\n" + signed + "\n")
    r = parse_email(build_mail(text, sender=MAILBOX), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted(p.name or "" for p in r.people) == ["Lisa Berg", "Per Holm"]


def test_d_near_miss_one_signing_the_mailbox_with_an_address_of_their_own_comes(config: Config) -> None:
    text = ("Hej,\n\nJag och Per Holm (per.holm@mora.se) vill vara med i DalaLab, alla fyra träffarna.\n\n"
            "Hälsningar\nLisa Berg\nlisa.berg@mora.se\nStadsbyggnadskontoret, Mora kommun\n")
    r = parse_email(build_mail(text, sender=MAILBOX), config, ARRIVAL)
    assert sorted(p.name or "" for p in r.people) == ["Lisa Berg", "Per Holm"]


EARLIER = ("\n\nDen 25 jan 2027 skrev Eva Nord <eva.nord@mora.se>:\n> Per Holm har fått förhinder den 21 september. "
           "I stället går\n> Lena Berg, lena.berg@mora.se, på den träffen. Per är kvar på de andra tre.\n")


@pytest.mark.parametrize("text", [
    "Glöm mitt förra mejl! Pers möte har flyttats, så han kan gå den 21 september ändå. Lena ska alltså inte anmälas.",
    "Bortse från mitt förra mejl. Pers resa är inställd, så han kommer den 21 september ändå. Lena ska inte anmälas.",
])
def test_e_a_substitution_undone_by_given_names_is_about_the_two(config: Config, text: str) -> None:
    r = parse_email(build_mail(text + "\n\nMvh Eva" + EARLIER, sender=WRITER, subject="SV: Ändring DalaLab"),
                    config, ARRIVAL)
    assert sorted(p.name or "" for p in r.people) == ["Lena Berg", "Per Holm"]


def test_e_near_miss_a_given_name_the_thread_does_not_name_is_no_one(config: Config) -> None:
    r = parse_email(build_mail("Glöm mitt förra mejl! Kalles möte har flyttats, så han kan gå den 21 september ändå."
                               "\n\nMvh Eva" + EARLIER, sender=WRITER, subject="SV: Ändring DalaLab"), config, ARRIVAL)
    assert "Kalle" not in " ".join(p.name or "" for p in r.people)


@pytest.mark.parametrize("text", [
    ("Per Holm kommer tyvärr inte att kunna delta i DalaLab eftersom han slutar hos oss i april. Stryk honom från alla "
    "träffar. Lena Ek fortsätter som planerat. Vi återkommer om vi vill anmäla någon annan i hans ställe."),
    ("I regret that Per Holm will not be able to take part, as he leaves our department in April. Please remove him "
    "from all sessions. Lena Ek will continue as planned. We will let you know if we want to send someone else in "
    "his place."),
])
def test_f_a_withdrawal_with_a_nominee_only_perhaps_later_is_a_cancellation(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Per Holm"]


def test_f_near_miss_a_stand_in_named_is_a_substitution(config: Config) -> None:
    r = _mail("Per Holm kommer tyvärr inte att kunna delta eftersom han slutar hos oss i april. Lisa Berg "
              "(lisa.berg@mora.se) tar hans plats på alla träffar.", config)
    assert r.intent == Intent.CHANGE
    assert _roles(r) == {"Per Holm": Role.LEAVING, "Lisa Berg": Role.JOINING}


FIRM = "Jonas Alm <jonas.alm@granplan.se>"


def _firm_mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + "\n\nHälsningar\nJonas Alm\nGranplan Arkitekter AB\n", sender=FIRM),
                       config, ARRIVAL)


@pytest.mark.parametrize("text", [
    ("Jag heter Jonas Alm och är planarkitekt på Granplan Arkitekter AB. Vi är anlitade av Orsa kommun för att ta fram "
    "deras nya översiktsplan, och planchefen har bett mig delta i DalaLab i kommunens ställe. Jag anmäler mig till "
    "alla fyra träffarna."),
    ("My name is Jonas Alm, an architect at Granplan Arkitekter AB. We have been hired by Orsa municipality for its new "
    "comprehensive plan, and their planning manager asked me to attend DalaLab. I would like to register for all four "
    "sessions."),
])
def test_g_a_firm_hired_by_a_municipality_is_not_placed_there(config: Config, text: str) -> None:
    r = _firm_mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.organisation) for p in r.people] == [("Jonas Alm", None)]


def test_g_near_miss_a_consultant_taking_one_of_its_places_is_placed_there(config: Config) -> None:
    r = _firm_mail("Jag är konsult och tar en av Orsa kommuns platser i DalaLab. Jag anmäler mig till alla fyra "
                   "träffarna.", config)
    assert [(p.name, p.organisation) for p in r.people] == [("Jonas Alm", "Orsa kommun")]


@pytest.mark.parametrize(("text", "who"), [
    ("Tove Sand har tentamen den 21/9 och stannar hemma, men kommer på de andra träffarna.", "Tove Sand"),
    ("Jag har tentamen den 21/9 och stannar hemma. Övriga träffar kommer jag på.", "Eva Nord"),
])
def test_h_one_staying_at_home_on_a_day_cancels_it(config: Config, text: str, who: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == [who]
    assert [d.isoformat() for d in r.sessions] == ["2027-09-21"]
