"""Tests of finding the sessions a sentence refers to."""

import datetime as dt

import pytest

from assistant.parsing.sessions import find_mention

S1, S2, S3, S4 = dt.date(2027, 5, 3), dt.date(2027, 9, 21), dt.date(2027, 11, 29), dt.date(2028, 2, 22)
SESSIONS = (S1, S2, S3, S4)
BASE = dt.date(2027, 1, 10)


def dates(text: str, base: dt.date = BASE) -> set[dt.date]:
    m = find_mention(text, SESSIONS, base)
    chosen = set(SESSIONS) if m.whole or (m.minus and not m.dates) else set(m.dates)
    return chosen - m.minus


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kommer den 3 maj.", {S1}),
    ("anmäl mig till den 3:e maj och 21.9", {S1, S2}),
    ("träffarna 3/5 och 29/11", {S1, S3}),
    ("den 21:a sept och 29 nov", {S2, S3}),
    ("22 februari 2028 passar", {S4}),
    ("May 3rd and Sept 21 please", {S1, S2}),
    ("måndag 29/11 och tisdag 22/2", {S3, S4}),
    ("till 22 febuari o 29 nov", {S3, S4}),
    ("septmber och november träffarna", {S2, S3}),
    ("första och sista träffen", {S1, S4}),
    ("andra och tredje träffen", {S2, S3}),
    ("the first session", {S1}),
    ("de två första träffarna", {S1, S2}),
    ("höstens träffar", {S2, S3}),
    ("the autumn sessions", {S2, S3}),
    ("alla träffar utom den i februari, då är jag ledig", {S1, S2, S3}),
    ("all sessions except the one in May", {S2, S3, S4}),
    ("alla tillfällen tack", set(SESSIONS)),
    ("samtliga", set(SESSIONS)),
    ("the whole DalaLab programme", set(SESSIONS)),
    ("all four sessions", set(SESSIONS)),
    ("2027-09-21", {S2}),
    ("träff 1 och 3.", {S1, S3}),
    ("the May and September sessions", {S1, S2}),
])
def test_session_references(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "kl. 10.00–15.00 med fika från 09.30",
    "Tel 0247-80 41 12, mobil 073-094 21 58",
    "Dnr KS 2027/123, Storgatan 3, 783 30 Säter",
    "Semester 5–23 juli, ledig 23/12–7/1",
    "konferensen 3–4 maj 2027",
    "3 maj 2026",
    "jag är ledig i slutet av april",
    "I may come later",
    "sista anmälningsdag är 14 april",
    "vi jobbar alla tre med planen",
    "om höstens schema vet vi inget",
])
def test_not_sessions(text: str) -> None:
    assert dates(text) == set()


def test_relative_weekday_anchored_at_arrival() -> None:
    thursday = dt.date(2027, 4, 29)
    assert dates("kan inte komma på träffen på måndag", thursday) == {S1}
    assert dates("sista dag var i onsdags", thursday) == set()
