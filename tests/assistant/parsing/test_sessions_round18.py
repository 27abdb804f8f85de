"""Sessions, eighteenth round: classes of readings, each in words of its own (none from a corpus).

- sessions left to a later decision ("om de två sista tar vi beslut i höst", "we'll decide on the rest later"): not
  signed up;
- the whole series denied before the sessions named ("har inte möjlighet att gå på alla fyra, men kommer till ..."):
  those named, not all four;
- another person's own sessions said in a signup ("Siv kan bara 22/2", "she can only make November"): the union;
- a swap "från X till Y" / "from X to Y" is no range of days; a swap for several people over the writer's
  confirmation gives only the new session; a swap and an addition give the new sessions;
- the signup said whole in a diet change ("anmäld till alla"): every session;
- a dotted date with a zero month ("21.09") beside dates no time can be ("29.11") or after "den": a date;
- sessions restated after a cut "dvs." ("från september, dvs. de tre sista träffarna"): the restatement counts;
- a clause staying away that names no session ("vi återkommer om hösten") leaves the sessions named beside it;
- a change of name or address that names no session, our confirmation quoted: no session.
"""

from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, dates

CHAT = Sender("telegram", "7070", "Maja Sund")
MAJA = "Maja Sund <maja.sund@orsa.se>"
CONFIRMATION = ("\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\nSkickat: den 4 februari 2027 10:00\n"
                "Till: Maja Sund <maja.sund@orsa.se>\nÄmne: Bekräftelse DalaLab\n\nHej Maja, du är anmäld till:\n"
                "- 3 maj 2027\n- 21 september 2027\n\nHälsningar\nLinnea\n")


def _chat(config: Config, text: str) -> ParsedRequest:
    return parse_chat(text, CHAT, config, ARRIVAL)


# ------------------------------------------------ sessions left to a later decision
@pytest.mark.parametrize(("text", "expected"), [
    (("Hej! Jag anmäler mig till 3 maj och 21 september. Om de två sista träffarna tar vi beslut i höst. "
      "/Maja Sund, Orsa"), {S1, S2}),
    ("anmäl mig till 21/9. februari beslutar vi senare /maja sund orsa", {S2}),
    ("Vi vill anmäla oss till vårträffen. Höstens träffar bestämmer vi efter sommaren. Maja Sund, Orsa kommun", {S1}),
    ("Please sign me up for 3 May. We will decide on 29 November later. Maja Sund, Orsa", {S1}),
    ("Hej, jag vill vara med 3/5. 21/9 och 29/11 fattar chefen beslut om i augusti. Maja Sund, Orsa", {S1}),
    ("Count me in for September 21. February is still to be decided. Maja Sund, Orsa", {S2}),
    ("hej! vill va med 3 maj, sista träffen tar vi beslut om sen. maja sund orsa", {S1}),
    ("Anmäl mig till 29 november. 22 februari får vi återkomma om. Maja Sund, Orsa", {S3}),
    # near-misses: a decision taken, or the word alone, leaves the sessions named signed up
    ("Vi har tagit beslut: anmäl mig till 3 maj och 21 september. Maja Sund, Orsa", {S1, S2}),
    ("Beslutet är fattat, jag kommer på alla fyra. Maja Sund, Orsa", set(ALL)),
])
def test_sessions_left_to_a_later_decision_are_not_signed_up(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ the whole series denied before the sessions named
@pytest.mark.parametrize(("text", "expected"), [
    ("De har inte möjlighet att gå på alla fyra, men kommer till första och sista träffen.", {S1, S4}),
    ("Jag kan inte vara med på alla träffarna men gärna 3 maj och 21/9.", {S1, S2}),
    ("hinner inte riktigt med hela programmet, men den 29/11 kommer jag", {S3}),
    ("We can't really make all four sessions, but we will come to the first and the third one.", {S1, S3}),
    ("Jag har inte tid att delta i alla fyra, bara i september.", {S2}),
    ("Unable to attend the whole series, but 22 February works.", {S4}),
    ("har ej möjlighet att komma på samtliga träffar men vårträffen går bra", {S1}),
    ("Not able to join all of them - only May 3 and Nov 29.", {S1, S3}),
    # near-misses: all of them, said plainly, or "not only"
    ("Jag kommer på alla fyra träffarna.", set(ALL)),
    ("We will attend all four sessions, not only the first.", set(ALL)),
])
def test_the_whole_series_denied_leaves_the_sessions_named(text: str, expected: set) -> None:
    assert dates(text) == expected


# ------------------------------------------------ another person's own sessions in a signup: the union
@pytest.mark.parametrize(("text", "expected"), [
    (("Hej! Jag anmäler mig och Siv Berg till DalaLab. Jag tar 21 september. Siv kan bara den 22 februari. "
      "/Maja Sund, Orsa"), {S2, S4}),
    ("Anmäl mig och Per Ek till 3 maj. Per kan endast den 29 november också. Maja Sund, Orsa", {S1, S3}),
    ("Please register me and Anna Holm for 21 September. Anna can only make 22 February. Maja Sund, Orsa", {S2, S4}),
    ("Jag vill anmäla mig och kollegan Eva Lund till 3 maj. Hon kommer på 21/9 också. Maja Sund, Orsa", {S1, S2}),
    ("anmäler mig o Tor Nyman till 29/11. tor kan bara 3/5 tyvärr. /maja sund orsa", {S1, S3}),
    ("Sign me and Lars Berg up for May 3. He will attend on 21 September as well. Maja Sund, Orsa", {S1, S2}),
    # near-misses: what the person cannot, or asks, adds nothing
    ("Anmäl mig och Per Ek till 3 maj. Per kan inte 29 november. Maja Sund, Orsa", {S1}),
    ("Anmäl mig och Per Ek till 3 maj. Kan Per komma den 29 november också? Maja Sund, Orsa", {S1}),
])
def test_another_persons_own_sessions_join_the_signup(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a swap "from X to Y" is no range
@pytest.mark.parametrize(("text", "expected"), [
    ("can i swap from may 3 to sept 21?", {S1, S2}),
    ("kan jag byta från 3 maj till 21 sept?", {S1, S2}),
    ("Kan ni flytta mig från 21 september till 29 november?", {S2, S3}),
    ("byt fr 29 nov till 22 feb tack", {S3, S4}),
    ("I'd like to switch from 21 Sept to 22 Feb.", {S2, S4}),
    ("Vill ändra från 3 maj till 29 november.", {S1, S3}),
    ("kan ni flytta mig fr 3/5 till 21/9", {S1, S2}),
    # near-misses: a range written with a dash stays a range
    ("Jag är ledig 3 maj – 21 september.", {S2}),
])
def test_a_swap_from_one_session_to_another_is_no_range(text: str, expected: set) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("hej! kan jag byta från 3 maj till 21 sept? /maja sund orsa", {S2}),
    ("Hello, could you move me from September 21 to November 29? Maja Sund, Orsa", {S3}),
    ("hi! can i swap from may 3 to 29 nov? rest unchanged. maja sund, orsa", {S3}),
])
def test_a_bare_swap_from_to_gives_the_new_session(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej! Både jag och min kollega Per Ek vill byta från 21 september till 22 februari.\n\nMaja", {S4}),
    ("Hej, jag och Per Ek vill byta 21/9 mot 29/11 om det går.\n\nMaja", {S3}),
    ("Hi, my colleague Per Ek and I would like to swap 21 September for 22 February.\n\nMaja", {S4}),
    ("Vi båda vill byta 21 september mot 29 november.\n\nMaja och Per", {S3}),
    # near-miss: the writer alone swaps over their own confirmation: the others held stay
    ("Hej! Kan ni byta 21 september mot 29 november?\n\nMaja", {S1, S3}),
])
def test_a_swap_for_several_over_the_writers_confirmation(config: Config, mail: Callable[..., bytes], body: str,
                                                           expected: set) -> None:
    r = parse_email(mail(body + CONFIRMATION, sender=MAJA, subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag är anmäld till 3 maj men måste byta – kan jag få 21 september i stället? Lägg gärna till 29 november också.",
     {S2, S3}),
    ("Jag står på 21/9 men vill byta till 29/11, och lägg till 22/2 också tack.", {S3, S4}),
    ("I'm booked for May 3 but need to swap - can I have September 21 instead? Please add November 29 too.", {S2, S3}),
])
def test_a_swap_and_an_addition_give_the_new_sessions(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text + " /Maja Sund, Orsa")
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# ------------------------------------------------ the signup said whole in a diet change
@pytest.mark.parametrize("text", [
    "hej! ändrat mig om maten, är numera vegan. anmäld till alla. maja sund, orsa",
    "Hej, jag äter vegetariskt från och med nu. Jag är anmäld till alla. /Maja Sund, Orsa",
    "hi, I'm vegan now - registered for all. maja sund, orsa",
    "Ny kost för mig: glutenfri. Registrerad på alla. Maja Sund, Orsa",
    "Please note I have a nut allergy now; I'm booked on all. Maja Sund, Orsa",
])
def test_a_signup_said_whole_in_a_diet_change_is_every_session(config: Config, text: str) -> None:
    r = _chat(config, text)     # (the intent is the classifier's: some of these are still read as a signup)
    assert set(r.sessions) == set(ALL)


@pytest.mark.parametrize("text", [
    "hej! ändrat mig om maten, är numera vegan. maja sund, orsa",
    "Jag är numera vegan, gäller alla träffar jag är anmäld till. /Maja Sund, Orsa",
])
def test_a_diet_change_naming_no_session_names_none(config: Config, text: str) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == set()


# ------------------------------------------------ dotted dates
@pytest.mark.parametrize(("text", "expected"), [
    ("vill va med på 21.09 & 29.11", {S2, S3}),
    ("Jag kommer den 21.09.", {S2}),
    ("anmäl mig till 22.02 och 29.11", {S3, S4}),
    ("21.09, 29.11 och 22.2 passar", {S2, S3, S4}),
    ("I'd like to attend on 21.09.", {S2}),
    ("3.05 och 21.09 och 29.11", {S1, S2, S3}),
    # near-misses: times
    ("Mötet börjar kl 10.05 och slutar 15.00.", set()),
    ("vi ses 21.09 på stationen", set()),
])
def test_a_dotted_date_with_a_zero_month_beside_other_dates(text: str, expected: set) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a restatement after "dvs."
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej,\n\nMin kollega Eva Lund (eva.lund@orsa.se) tar över min plats från september, dvs. de tre sista "
      "träffarna. Den 3 maj kommer jag själv.\n\nMaja Sund\nOrsa kommun"), {S2, S3, S4}),
    (("Hej,\n\nEva Lund (eva.lund@orsa.se) går i mitt ställe på hösten, dvs. de två mittersta träffarna "
      "21/9 och 29/11.\n\nMaja Sund\nOrsa kommun"), {S2, S3}),
])
def test_sessions_restated_after_dvs_count(config: Config, mail: Callable[..., bytes], body: str,
                                           expected: set) -> None:
    r = parse_email(mail(body, sender=MAJA), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# ------------------------------------------------ staying away in a clause naming no session
@pytest.mark.parametrize(("text", "expected"), [
    ("Hej, jag o Per Ek vill gärna va med. Bara 3 maj tills vidare, vi återkommer om hösten. /Maja Sund, Orsa", {S1}),
    ("Anmäl mig. 21/9 passar, resten är jag ledig. Maja Sund, Orsa", {S2}),
    ("Sign me up please. May 3 for now, I'm away on holiday for most of the autumn. Maja Sund, Orsa", {S1}),
    ("Jag vill vara med. Bara 22/2 går, vi återkommer om resten. Maja Sund, Orsa", {S4}),
    # near-miss: the clause away names the session: not that one
    ("Anmäl mig till alla utom 21/9, då är jag ledig. Maja Sund, Orsa", {S1, S3, S4}),
])
def test_a_clause_staying_away_naming_no_session_leaves_the_named(config: Config, text: str, expected: set) -> None:
    r = _chat(config, text)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a change of name or address under our confirmation
@pytest.mark.parametrize("body", [
    "Ja det stämmer, men ändra min mejl till msund@orsa.se, den gamla slutar fungera i april.\n\n/Maja",
    "Hi, please update my e-mail address to msund@orsa.se. Thanks!\n\nMaja",
    "Min nya adress är maja.s@orsa.se, allt annat som förut.\n\nMaja",
])
def test_a_details_change_under_our_confirmation_names_no_session(config: Config, mail: Callable[..., bytes],
                                                                 body: str) -> None:
    r = parse_email(mail(body + CONFIRMATION, sender=MAJA, subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent != Intent.REGISTER or set(r.sessions) != {S1, S2}     # the intent is the classifier's
    assert set(r.sessions) == set()


def test_a_details_change_referring_to_the_confirmation_keeps_its_sessions(
        config: Config, mail: Callable[..., bytes]) -> None:
    body = "Hej! Byt min adress till msund@orsa.se, samma träffar som i bekräftelsen nedan.\n\nMaja"
    r = parse_email(mail(body + CONFIRMATION, sender=MAJA, subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S2}


@pytest.mark.parametrize("text", [
    "Tack för bekräftelsen! Jag har nötallergi. Blir det lunch alla dagar eller bara i maj? /Maja Sund, Orsa",
    "Hej, jag äter glutenfritt. Serveras fika även 21/9? /Maja Sund, Orsa",
    "Hi, I'm vegan. Is lunch served on all days or only in May? Maja Sund, Orsa",
])
def test_a_question_beside_a_new_diet_asks_for_no_session(config: Config, text: str) -> None:
    r = _chat(config, text)
    if r.intent == Intent.CHANGE:       # (the intent is the classifier's)
        assert set(r.sessions) == set()
