"""Sessions and diet, fourteenth round: general readings, each class in words of its own (none from a corpus).

- a day that no longer suits ("21/9 passar inte längre", "går tyvärr inte", "no longer works", "will not be able to
  attend") is a session given up in a change or cancellation, beside those held and those kept;
- a cancellation that says which sessions the person still goes to ("så han går bara på 22/2", "she will only come
  on ..."): those are kept, only the others are cancelled;
- the sessions said whole as the result of a change ("det ska vara 3 maj och 29/11", "då blir det ...", "it should be
  ..."): those, when they restate one held; a bare replacement ("det skulle vara 29/11, inte 21/9") keeps the rest;
- "bara hösten", "endast våren", "only the autumn": the season's sessions though no session noun is written;
  "vintern" is winter; busy elsewhere on a day ("på ett annat uppdrag", "på kurs", "another commitment") is an absence;
- a diet or address "for all the sessions I'm registered for" names none: the update has no sessions; a diet beside
  "I'm registered for all four" keeps them;
- a colleague who cannot come one day "but wants to go to 3 May and 21 September instead": the sessions gone to
  instead, not the one declined, however the change is read.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, dates

CHAT = Sender("telegram", "5150", "Gun Ahl")
GUN = "Gun Ahl <gun.ahl@rattvik.se>"


# ------------------------------------------------ a day that no longer suits, in a change
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag är anmäld till 21 september och 29 november. 21 september passar tyvärr inte längre, men 22 februari "
      "tar jag gärna i stället. 29 november gäller som tidigare.\n\nGun Ahl, Rättviks kommun"), {S3, S4}),
    (("Hej, jag står anmäld till 3/5 och 22/2. Den 3 maj funkar inte för mig nu, byt gärna till 21/9 i stället. "
      "Februari som planerat.\n\nGun Ahl, Rättviks kommun"), {S2, S4}),
    (("Hi, I'm registered for 21 September and 22 February. 21 September no longer works for me, so I'd like "
      "29 November instead. February as planned.\n\nGun Ahl, Rättvik"), {S3, S4}),
])
def test_a_day_that_no_longer_suits_is_given_up_in_a_change(config: Config, mail: Callable[..., bytes], body: str,
                                                            expected: set[dt.date]) -> None:
    r = parse_email(mail(body, sender=GUN, subject="Ändring DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# ------------------------------------------------ a cancellation saying what is still gone to
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Avanmälan för vår kollega Ola Berg: han kommer tyvärr inte kunna delta den 3 maj, så han går bara på "
      "22 februari.\n\nGun Ahl, Rättviks kommun"), {S1}),
    (("Hello, a cancellation: my colleague Ola Berg will not be able to attend on 21 September, so he will only "
      "join on 29 November.\n\nGun Ahl, Rättvik"), {S2}),
])
def test_a_cancellation_keeps_the_sessions_still_gone_to(config: Config, mail: Callable[..., bytes], body: str,
                                                         expected: set[dt.date]) -> None:
    r = parse_email(mail(body, sender=GUN, subject="Avanmälan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


# ------------------------------------------------ the sessions after a change, said whole
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag vill ändra min anmälan. Jag står på 21 september och 22 februari, men det ska vara 21 september och "
      "29 november.\n\nGun Ahl, Rättviks kommun"), {S2, S3}),
    (("Hej, ändra gärna min anmälan: jag är anmäld till 3 maj och 21/9, stryk 21/9 och lägg till 22/2. Då blir det "
      "3/5 och 22/2 för mig.\n\nGun Ahl, Rättviks kommun"), {S1, S4}),
    (("Hi, please change my registration. I'm registered for May 3 and September 21, but it should be May 3 and "
      "November 29.\n\nGun Ahl, Rättvik"), {S1, S3}),
])
def test_the_sessions_said_as_the_result_are_those_after_the_change(config: Config, mail: Callable[..., bytes],
                                                                    body: str, expected: set[dt.date]) -> None:
    r = parse_email(mail(body, sender=GUN, subject="Ändring DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


def test_a_bare_replacement_keeps_the_sessions_held_beside_it(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag är anmäld till 3 maj och 22 februari. Jag vill byta: det ska vara 29 november, inte 22 "
            "februari.\n\nGun Ahl, Rättviks kommun")
    r = parse_email(mail(body, sender=GUN, subject="Ändring DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S3}


# ------------------------------------------------ "bara hösten": a season with "only", no noun
@pytest.mark.parametrize(("text", "expected"), [
    ("Bara hösten för min del.", {S2, S3}),
    ("Endast våren, tack.", {S1}),
    ("Only the autumn for me, please.", {S2, S3}),
    ("bara vintern", {S4}),
    ("Träffen i vintern passar mig.", {S4}),
    ("Hösten har varit tung.", set()),
    ("Bara höst och vinter i Dalarna.", set()),
])
def test_a_season_said_with_only_names_its_sessions(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "hej! anmäler mig. bara hösten – i maj är jag på kurs hela veckan. /gun, rättvik",
    "hej, anmäl mig gärna. endast hösten, i maj har jag ett annat åtagande. gun ahl rättviks kommun",
    "hi, please sign me up. only the autumn - in may i have another commitment. gun ahl, rättvik",
])
def test_a_season_with_only_beside_a_busy_month_is_a_signup_for_the_season(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S2, S3}


def test_busy_elsewhere_on_a_day_leaves_it_out_of_a_signup(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag anmäler mig till DalaLab. Den 29 november är jag på ett annat uppdrag i Mora, men övriga "
            "träffar kommer jag gärna på.\n\nGun Ahl, Rättviks kommun")
    r = parse_email(mail(body, sender=GUN, subject="Anmälan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S1, S2, S4}


# ------------------------------------------------ a diet for the sessions held, whichever they are
@pytest.mark.parametrize("text", [
    "tack för bekräftelsen! jag är vegan, det gäller alla träffar jag är anmäld till. /gun, rättvik",
    "hej igen, glömde säga att jag är glutenintolerant – gäller alla mina träffar. gun ahl, rättviks kommun",
    "thanks! forgot to mention I'm vegetarian, for all the sessions I'm registered for. gun ahl, rättvik",
])
def test_a_diet_for_all_the_sessions_held_names_no_session(config: Config, text: str) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.diet is not None
    assert r.sessions == ()


def test_a_diet_beside_all_four_held_keeps_them(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag är anmäld till alla fyra träffarna sedan december. Nu har jag blivit vegetarian, kan ni "
            "notera det?\n\nGun Ahl, Rättviks kommun")
    r = parse_email(mail(body, sender=GUN, subject="Specialkost"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.diet == "vegetarian"
    assert r.sessions == ALL


# ------------------------------------------------ a colleague who cannot one day but goes to others instead
@pytest.mark.parametrize("body", [
    ("Hej! En ändring för vår enhet: Per Ek kan inte komma den 22 februari längre, men han vill i stället gå på "
     "träffarna 3 maj och 21 september. Jag står kvar på 22 februari.\n\nGun Ahl, Rättviks kommun"),
    ("Hi, one change for our team: Per Ek can't make it on 22 February any more, but he would like to come on "
     "3 May and 21 September instead. I stay on 22 February.\n\nGun Ahl, Rättvik"),
])
def test_the_sessions_gone_to_instead_are_taken_not_the_one_declined(config: Config, mail: Callable[..., bytes],
                                                                    body: str) -> None:
    r = parse_email(mail(body, sender=GUN, subject="Ändring DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == {S1, S2}
