"""Tests of month words and the dateparser wrapper."""

import datetime as dt

from assistant.parsing.dates import month_of, parse_date, parse_weekday


def test_month_words_both_languages_and_misspelt() -> None:
    assert month_of("maj") == 5 and month_of("May") == 5
    assert month_of("sept") == 9 and month_of("Sept.") == 9
    assert month_of("septmber") == 9 and month_of("febuari") == 2 and month_of("novembr") == 11
    assert month_of("member") is None and month_of("moral") is None and month_of("and") is None


def test_parse_date_day_month_order() -> None:
    base = dt.date(2027, 1, 10)
    assert parse_date("3 maj", base) == dt.date(2027, 5, 3)
    assert parse_date("3/5", base) == dt.date(2027, 5, 3)
    assert parse_date("22 februari 2028", base) == dt.date(2028, 2, 22)


def test_weekday_is_the_next_one() -> None:
    thursday = dt.date(2027, 4, 29)
    assert parse_weekday("måndag", thursday) == dt.date(2027, 5, 3)
    assert parse_weekday("Monday", thursday) == dt.date(2027, 5, 3)
