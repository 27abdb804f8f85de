"""Sessions, round 52c (on ``dev52``): by class, in words of their own (none from a corpus), with near-misses.

- A: a full calendar said of a session's month or day ("i november är kalendern full för dem", "22/2 är det
  fullbokat för oss", "our calendars are full in May"): that session is one they are away from, as with "kan inte",
  taken from the sessions of the signup. A session itself asked about as full ("är 3 maj fullbokad?") is no absence.
  Nor is such an absence, said of the whole group, one more person's own sessions beside "De deltar på ...": no
  each-their-own question.
"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ARRIVAL, S1, S2, S3, S4, build_mail

PER = "Per Dahl <per.dahl@orsa.se>"
SIGNED = "\n\nPer Dahl\nOrsa kommun\n"


def _mail(text: str, config: Config) -> ParsedRequest:
    return parse_email(build_mail(text + SIGNED, sender=PER, subject="DalaLab"), config, ARRIVAL)


def _chat(text: str, config: Config) -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "4242", "Per Dahl"), config, ARRIVAL)


FULL_CALENDAR = [
    (("Hej! Anna Lund och Bo Ek kommer på första, andra och fjärde träffen. I november är kalendern tyvärr full för "
     "dem båda."), (S1, S2, S4)),
    (("Hej! Vi anmäler Anna Lund och Bo Ek till tre av träffarna: 3 maj, 21/9 och 29/11. Den 22/2 är det fullbokat "
     "för oss."), (S1, S2, S3)),
    (("Hej! Anna Lund och Bo Ek vill vara med på den andra, tredje och fjärde träffen. I maj är det fullt i "
     "kalendrarna för hela enheten."), (S2, S3, S4)),
    (("Hi! Anna Lund and Bo Ek will join the 1st, 2nd and 3rd sessions. In February our calendars are full, "
     "unfortunately."), (S1, S2, S3)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), FULL_CALENDAR)
def test_a_a_full_calendar_in_a_month_is_that_session_away(config: Config, text: str,
                                                             sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert [p.name for p in r.people] == ["Anna Lund", "Bo Ek"]
    assert r.sessions == sessions


@pytest.mark.usefixtures("rules_only")
def test_a_an_absence_of_the_whole_group_is_not_each_their_own(config: Config) -> None:
    r = _mail("Hej!\n\nFrån oss kommer två:\n\nAnna Lund – anna.lund@orsa.se\nBo Ek – bo.ek@orsa.se\n\n"
              "De deltar på den andra, tredje och fjärde träffen. I maj är det fullt i kalendrarna för oss alla.",
              config)
    assert [p.name for p in r.people] == ["Anna Lund", "Bo Ek"]
    assert r.sessions == (S2, S3, S4)
    assert Unsure.EACH_OWN not in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_a_near_miss_a_session_asked_about_as_full_is_no_absence(config: Config) -> None:
    r = _mail("Hej! Jag vill anmäla mig till 3 maj och 21 september. Är 21 september redan fullbokad?", config)
    assert r.sessions == (S1, S2)


# B: a lone ordinal followed by what the session is about or who holds it ("den sista om tillgänglighet", "den
#    första med Boverket", "the last on accessibility"): that session, as the ordinal alone ("den sista") is. A
#    noun after the ordinal that is not a session's ("den första anmälan") is still nothing.
ORDINAL_WITH_THEME = [
    ("Hej! Jag vill anmäla mig till den första och till den sista om tillgänglighet.", (S1, S4)),
    ("Hej! Anmäl mig till den tredje om osäkerheter, tack.", (S3,)),
    ("Hej! Jag kommer på den första med Boverket och den sista.", (S1, S4)),
    ("Hi! Please register me for the last on accessibility.", (S4,)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), ORDINAL_WITH_THEME)
def test_b_a_lone_ordinal_with_its_theme_is_that_session(config: Config, text: str,
                                                         sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == sessions


@pytest.mark.usefixtures("rules_only")
def test_b_near_miss_an_ordinal_of_something_else_is_no_session(config: Config) -> None:
    r = _mail("Hej! Jag vill anmäla mig till 21 september. Den första anmälan jag skickade var fel.", config)
    assert r.sessions == (S2,)


# C: a signup with an exception opened by "fast" or "dock" ("Räkna med mig! Fast inte i februari", "Anmäl mig, dock
#    inte 21/9"): the series less that session, as with "men inte". "inte bara" after "fast" is still no exception.
BUT_NOT = [
    ("räkna med mig! fast inte i februari, då är jag på semester", (S1, S2, S3)),
    ("Anmäl mig till DalaLab, fast inte den 3 maj.", (S2, S3, S4)),
    ("Hej! Anmäl mig till DalaLab. Dock inte i september.", (S1, S3, S4)),
    ("anmäl mig, dock inte 29/11", (S1, S2, S4)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), BUT_NOT)
def test_c_an_exception_after_fast_or_dock_is_left_out(config: Config, text: str,
                                                        sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == sessions


@pytest.mark.usefixtures("rules_only")
def test_c_near_miss_fast_inte_bara_is_no_exception(config: Config) -> None:
    r = _chat("anmäl mig till 3 maj. fast inte bara jag, min kollega Eva Lund också", config)
    assert r.sessions == (S1,)


# D: a month that ends someone's time away ("han är borta till början av maj", "ledig fram till mitten av maj", "away
#    until early May"): when the absence ends, not a session asked for. A month asked for after "till" ("anmäl mig
#    till maj") is still that session.
AWAY_UNTIL = [
    ("Hej! Anna Lund (anna.lund@orsa.se) är borta till början av maj, men hon ska gå på 21 september och 29 "
     "november. Kan du anmäla henne?"),
    "Hej! Jag är föräldraledig fram till mitten av maj men vill gärna komma på 21 september och 29 november.",
    "Hi! I'm on leave until early May, but please sign me up for 21 September and 29 November.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", AWAY_UNTIL)
def test_d_the_month_an_absence_ends_is_no_session(config: Config, text: str) -> None:
    r = _mail(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == (S2, S3)


@pytest.mark.usefixtures("rules_only")
def test_d_near_miss_a_month_asked_for_after_till_is_that_session(config: Config) -> None:
    r = _mail("Hej! Anmäl mig till maj och till 21 september, tack.", config)
    assert r.sessions == (S1, S2)


# E: a taking back inside one sentence, no stop before it ("boka mig på 3 maj nej vänta 21 september menar jag",
#    "sign me up for 21/9 no wait 22/2 I mean"): the sessions meant, asked about (corrected), as when a stop or a
#    comma stands before "nej vänta". A "nej" that takes nothing back ("nej, jag har ingen specialkost") keeps both.
TAKEN_BACK_INLINE = [
    ("boka mig på 3 maj nej vänta 21 september menar jag", (S2,)),
    ("jag anmäler mig till 21/9 nej vänta 22/2 menade jag 😅", (S4,)),
    ("sign me up for 29/11 no wait 22/2 I mean", (S4,)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), TAKEN_BACK_INLINE)
def test_e_a_taking_back_inside_a_sentence_leaves_the_one_meant(config: Config, text: str,
                                                                sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == sessions
    assert Unsure.CORRECTED in r.unsure


@pytest.mark.usefixtures("rules_only")
def test_e_near_miss_a_no_that_takes_nothing_back_keeps_both(config: Config) -> None:
    r = _chat("anmäl mig till 3 maj och 21/9. nej, ingen specialkost", config)
    assert r.sessions == (S1, S2)
    assert Unsure.CORRECTED not in r.unsure


# F: an emoji between two clauses of a chat message ends the first as a stop would ("kan inte i maj 😕 ses i
#    november!"): "vi ses i november" is a farewell to a session kept, not one more cancelled. An emoji before a joining
#    word ("3 maj 🙂 och 21/9") joins as before.
EMOJI_STOP = [
    ("hej! jag kan tyvärr inte komma den 3 maj 😞 vi ses i september!", Intent.CANCEL, (S1,)),
    ("stryk mig från 21/9 är du snäll 🙏 ses i november", Intent.CANCEL, (S2,)),
    ("anmäl mig till 3 maj 🙂 och 21/9", Intent.REGISTER, (S1, S2)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "intent", "sessions"), EMOJI_STOP)
def test_f_an_emoji_between_clauses_ends_a_sentence(config: Config, text: str, intent: Intent,
                                                    sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == intent
    assert r.sessions == sessions


# G: a lone ordinal before a word of time ("kan bara den sista nu", "only the first then"): that session, as before a
#    stop.
@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "sessions"), [
    ("anmäl mig till den sista nu, tack", (S4,)),
    ("hej! jag hinner bara den första nu i vår. anmäl mig dit", (S1,)),
])
def test_g_a_lone_ordinal_before_now_is_that_session(config: Config, text: str, sessions: tuple[object, ...]) -> None:
    r = _chat(text, config)
    assert r.intent == Intent.REGISTER
    assert r.sessions == sessions


# H: taking part from a season, no "och framåt" ("vill vara med i DalaLab från hösten", "delta från våren 2028",
#    "join from the autumn"): that season's sessions and those after, as "från hösten och framåt". A season said as
#    when something else begins ("Från hösten har vi en ny chef") names no session.
FROM_SEASON = [
    ("Hej! Jag vill vara med i DalaLab från hösten.", Intent.REGISTER, (S2, S3, S4)),
    ("Hej! Min nya kollega Eva Lund (eva.lund@orsa.se) vill delta från hösten. Kan du anmäla henne?", Intent.REGISTER,
     (S2, S3, S4)),
    ("Hi! I would like to join from the autumn, please register me.", Intent.REGISTER, (S2, S3, S4)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "intent", "sessions"), FROM_SEASON)
def test_h_taking_part_from_a_season_is_that_season_on(config: Config, text: str, intent: Intent,
                                                         sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == intent
    assert r.sessions == sessions


@pytest.mark.usefixtures("rules_only")
def test_h_near_miss_a_season_of_something_else_is_no_session(config: Config) -> None:
    r = _mail("Hej! Från hösten har vi en ny chef, men jag vill anmäla mig till 3 maj.", config)
    assert r.sessions == (S1,)


# I: a count of the sessions left ("de tre träffar som återstår", "de två återstående träffarna", "the three remaining
#    sessions"): the last ones, as "de tre senare träffarna"; in a substitution, those the newcomer takes, not the one
#    the leaver keeps.
REMAINING = [
    ("Hej! Anmäl mig till de tre träffar som återstår efter sommaren.", Intent.REGISTER, (S2, S3, S4)),
    ("Hej! Jag vill gå på de två återstående träffarna.", Intent.REGISTER, (S3, S4)),
    ("Hi! Please sign me up for the three remaining sessions.", Intent.REGISTER, (S2, S3, S4)),
    (("Hej! Anna Lund kan bara vara med på träffen i maj. Hennes efterträdare Bo Ek (bo.ek@orsa.se) tar över hennes "
     "plats på de tre träffar som återstår."), Intent.CHANGE, (S2, S3, S4)),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "intent", "sessions"), REMAINING)
def test_i_the_sessions_left_are_the_last_ones(config: Config, text: str, intent: Intent,
                                              sessions: tuple[object, ...]) -> None:
    r = _mail(text, config)
    assert r.intent == intent
    assert r.sessions == sessions
