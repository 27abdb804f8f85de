"""People, round 41a: by class, each in words of its own (none from a corpus), with near-misses.

- A: colleagues said to stay as they are, in words the rules did not know ("ska vara kvar som anmälda", "Mia och jag
  är oförändrade", "Mia and I stay unchanged"): not part of the request (an erasure for one, a swap for one); those
  named as moving too are still people of the request.
- B: the writer's own signup above an invitation forwarded to her ("jag fick inbjudan vidarebefordrad av min chef och
  vill vara med", "the invitation below was forwarded to me"): the writer, not the one who forwarded it to her.
- C: a chain forwarded twice, the forwarder naming by the given name the one whose mail is at its bottom ("se nedan.
  Bekräfta gärna direkt till Eva" over Bo's forward of Eva's cancellation): Eva, not Bo.
- D: one said to go as planned, but replaced as "her"/"him" in the next sentence ("Eva går som planerat i maj, men hon
  byter tjänst. Per Holm ersätter henne på de två sista"): the one leaving of the substitution, not one kept as she
  is; one going as planned beside the writer replaced ("ersätter mig") is still no person of the request.
- E: a chat writer whose display name is a short form ("Lasse Holm") signing the formal name in lower case after a
  slash ("/lars holm"): the signed name; a short form signed ("/pelle lundqvist" by "Per Lundqvist") keeps the display
  name.
- F: a colleague struck off by the given name alone ("stryk Ingrid från vår lista", "avanmäl kollegan Ingrid"): that
  colleague, her full name asked (unsure people), not the writer; "stryk mig" is still the writer.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S3, S4, build_mail

PER = "Per Dahl <per.dahl@orsa.se>"
SIGNED = "\n\nPer Dahl\nOrsa kommun\n"


def _mail(text: str, config: Config, sender: str = PER) -> ParsedRequest:
    return parse_email(build_mail(text, sender=sender, subject="DalaLab"), config, ARRIVAL)


@pytest.mark.usefixtures("rules_only")
def test_a_colleagues_staying_signed_up_are_not_part_of_an_erasure(config: Config) -> None:
    r = _mail("Hej,\n\nEva Ek (eva.ek@orsa.se) har slutat hos oss. Vi ber er radera hennes personuppgifter och ta bort "
              "henne från deltagarlistan. Hennes kollegor Lars Holm och Mia Berg ska vara kvar som anmälda.\n\n"
              "HR, Orsa kommun", config, sender="HR Orsa <hr@orsa.se>")
    assert r.intent == Intent.ERASURE
    assert [p.name for p in r.people] == ["Eva Ek"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Hej! En ändring för oss: Lars Holm byter från 21 september till 29 november. Mia och jag är oförändrade.",
    "Hi, one change for our group: Lars Holm moves from 21 September to 29 November. Mia and I stay unchanged.",
])
def test_a_the_writer_and_a_colleague_unchanged_are_not_part_of_a_swap(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3,)
    assert [p.name for p in r.people] == ["Lars Holm"]


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_two_named_as_moving_are_both_people(config: Config) -> None:
    r = _mail("Hej! En ändring för oss: Lars Holm och Mia Berg byter båda från 21 september till 29 november."
              + SIGNED, config)
    assert r.intent == Intent.CHANGE
    assert [p.name for p in r.people] == ["Lars Holm", "Mia Berg"]


INVITATION = ("Hej!\n\nRegion Dalarna bjuder in till DalaLab.\n\nTräffar:\n• måndag 3 maj 2027\n• tisdag 21 september 2027\n"
              "• måndag 29 november 2027\n• tisdag 22 februari 2028\n\nAnmälan görs genom att svara på detta mejl.\n\n"
              "Linnea Hassis\nRegion Dalarna")


def _forwarded_invitation(own: str, boss_note: str) -> str:
    return (own + "\n\nSara Lind\nOrsa kommun\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Bo Ek <bo.ek@orsa.se>\nDatum: mån 11 jan. 2027 kl 09:10\nÄmne: VB: Inbjudan DalaLab\n"
            "Till: Sara Lind <sara.lind@orsa.se>\n\n" + boss_note + "\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nDatum: tis 1 dec. 2026 kl 13:47\n"
            "Ämne: Inbjudan DalaLab\n\n" + INVITATION)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("own", "note"), [
    ("Hej,\njag fick inbjudan vidarebefordrad av min chef och vill gärna vara med den 29 november.",
     "Sara – något för dig? Jag hinner inte själv. /Bo"),
    ("Hej! Min chef har vidarebefordrat inbjudan till mig, och jag vill gärna komma den 29 november.",
     "Kanske något för dig? Jag kan tyvärr inte. /Bo"),
    ("Hi, the invitation below was forwarded to me by my manager. I'd like to attend on 29 November.",
     "Sara – one for you? I can't make it myself. /Bo"),
])
def test_b_the_writers_own_signup_above_an_invitation_forwarded_to_her_is_hers(config: Config, own: str,
                                                                                note: str) -> None:
    r = parse_email(build_mail(_forwarded_invitation(own, note), sender="Sara Lind <sara.lind@orsa.se>",
                               subject="VB: Inbjudan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S3,)
    assert [p.name for p in r.people] == ["Sara Lind"]


def _chain(own: str) -> str:
    return (own + "\n/Lena\n\n---------- Forwarded message ---------\nFrom: Bo Ek <bo.ek@orsa.se>\n"
            "Date: tis 9 mars 2027 kl 16:20\nSubject: VB: Avanmälan DalaLab\nTo: Lena Sund <lena.sund@orsa.se>\n\n"
            "Lena, kan du skicka detta vidare? Jag vet inte vart.\n/Bo\n\n________________________________\n"
            "Från: Eva Strand <eva.strand@orsa.se>\nSkickat: den 9 mars 2027 09:12\nTill: Bo Ek <bo.ek@orsa.se>\n"
            "Ämne: Avanmälan DalaLab\n\nHej Bo,\n\nJag har fått nytt jobb och måste tyvärr avanmäla mig från alla "
            "träffar i DalaLab. Kan du skicka det vidare?\n\nEva Strand")


@pytest.mark.parametrize("own", [
    "Hej Linnea, se nedan. Bekräfta gärna direkt till Eva.",
    "Hej! Vidarebefordrar nedan – Eva vill avanmäla sig. Svara gärna henne direkt.",
])
def test_c_a_chain_forwarded_twice_is_about_the_one_the_writer_names(config: Config, own: str) -> None:
    # (with the intent model, which reads the cancellation the forwarded mail asks for)
    r = parse_email(build_mail(_chain(own), sender="Lena Sund <lena.sund@orsa.se>",
                               subject="Fwd: VB: Avanmälan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert [(p.name, p.email) for p in r.people] == [("Eva Strand", "eva.strand@orsa.se")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    ("Hej! Eva Ek går som planerat 3 maj och 21 september, men hon byter tjänst i höst. Per Holm (per.holm@orsa.se) "
     "ersätter henne på 29/11 och 22/2."),
    ("Hi, Eva Ek attends as planned on 3 May and 21 September, but she changes jobs this autumn. Per Holm "
     "(per.holm@orsa.se) replaces her on 29 November and 22 February."),
])
def test_d_one_going_as_planned_until_replaced_as_her_is_the_one_leaving(config: Config, text: str) -> None:
    r = _mail(text + SIGNED, config)
    assert r.intent == Intent.CHANGE
    assert r.sessions == (S3, S4)
    assert [p.name for p in r.people] == ["Eva Ek", "Per Holm"]


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_one_going_as_planned_beside_the_writer_replaced_is_no_person(config: Config) -> None:
    r = _mail("Hej! Eva Ek går som planerat på alla fyra. Per Holm (per.holm@orsa.se) ersätter mig den 29/11."
              + SIGNED, config)
    assert r.intent == Intent.CHANGE
    assert "Eva Ek" not in [p.name for p in r.people]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("display", "text", "name"), [
    ("Lasse Holm", "sorry, kan ni flytta mig från 21.9 till 29.11? /lars holm", "Lars Holm"),
    ("Kalle Ek", "hej! stryk mig från 29/11 tack /karl ek", "Karl Ek"),
])
def test_e_a_chat_writer_signing_the_formal_name_in_lower_case_is_that_name(config: Config, display: str, text: str,
                                                                            name: str) -> None:
    r = parse_chat(text, Sender("telegram", "4142", display), config, ARRIVAL)
    assert [p.name for p in r.people] == [name]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("display", "text"), [
    ("Per Lundqvist", "hej kan ni stryka mig från 21/9? /pelle lundqvist"),
    ("Lasse Holm", "hej kan ni stryka mig från 21/9? /lasse"),
])
def test_e_near_miss_a_short_form_signed_keeps_the_display_name(config: Config, display: str, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4143", display), config, ARRIVAL)
    assert [p.name for p in r.people] == [display]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Hej. Stryk Ingrid från vår lista, hon är föräldraledig i höst. Gäller alla träffar. /Bo",
    "hej, kan ni avanmäla kollegan Ingrid från alla träffar? hon har slutat. /bo",
])
def test_f_a_colleague_struck_by_given_name_is_the_one_cancelled_and_asked_about(config: Config, text: str) -> None:
    r = parse_chat(text, Sender("telegram", "4144", "Bo Lind"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Ingrid"]
    assert Unsure.PEOPLE in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_f_near_miss_the_writer_struck_is_the_writer(config: Config) -> None:
    r = parse_chat("hej, stryk mig från 21/9 tack", Sender("telegram", "4145", "Bo Lind"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert [p.name for p in r.people] == ["Bo Lind"]
