"""The summary's report and texts, from plain facts (no database): what an organiser reads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.config import Config
from assistant.listing import Row
from assistant.summary.facts import AttentionItem, HistoryEntry, SummaryFacts
from assistant.summary.render import (
    attention_text,
    deadline_line,
    one_line,
    organisation_line,
    render_html,
    render_telegram,
    render_text,
    subject,
)
from assistant.summary.report import build_report, classify
from tests.conftest import local

S1, S2 = dt.date(2027, 5, 3), dt.date(2027, 9, 21)
NOW = local(2027, 3, 3, 7, 0)
SINCE = local(2027, 3, 2, 7, 0)


def _row(pid: int, name: str, org: str | None, session: dt.date, status: str = "confirmed",
         diet: str | None = None) -> Row:
    at = local(2027, 3, 1, 8, 0) + dt.timedelta(minutes=pid)
    return Row(pid, name, f"p{pid}@example.se", org, diet, session, status, at, at)


def _entry(pid: int, name: str, session: dt.date | None, to: str | None, reason: str,
           intent: str | None = "register", before: str | None = None, diet: str | None = None) -> HistoryEntry:
    return HistoryEntry(local(2027, 3, 2, 9, pid), pid, name, "Falu kommun", session, before, to, reason, intent, diet)


ROWS = (_row(1, "Anna Berg", "Falu kommun", S1, diet="vegetarisk"),
        _row(2, "Erik Lund", "Falu kommun", S1, diet="Vegetarisk "),
        _row(3, "Maria Holm", "Falu kommun", S1, "waitlisted", diet="glutenfri"),
        _row(4, "Karin Sjö", "Region Dalarna", S1),
        _row(1, "Anna Berg", "Falu kommun", S2, diet="vegetarisk"))


def _facts(history: Sequence[HistoryEntry] = (), attention: Sequence[AttentionItem] = (),
           since: dt.datetime | None = SINCE, now: dt.datetime = NOW) -> SummaryFacts:
    return SummaryFacts(now, since, ROWS, tuple(history), tuple(attention))


def test_sessions_organisations_and_catering(config: Config) -> None:
    report = build_report(config, _facts())
    first = report.sessions[0]
    assert (first.confirmed, first.capacity, first.waitlisted, first.places_left) == (3, 60, 1, 57)
    lines = [organisation_line(o) for o in report.organisations]
    assert lines == ["Falu kommun 3/3: Anna Berg, Erik Lund, Maria Holm", "Region Dalarna 1: Karin Sjö"]
    assert "Avesta kommun" in report.nobody_from and "Region Dalarna" not in report.nobody_from
    # Catering counts the confirmed only, one spelling per need.
    assert report.diets[0].counts == (("vegetarisk", 2),) and report.diets[0].without == 1



def test_catering_counts_a_need_whatever_word_follows_it(config: Config) -> None:
    # Diets are stored as written ("glutenfri kost", "vegetarisk mat"); the kitchen counts the need once.
    rows = (_row(1, "Anna Berg", "Falu kommun", S1, diet="Glutenfri kost"),
            _row(2, "Erik Lund", "Falu kommun", S1, diet="glutenfri"),
            _row(3, "Maria Holm", "Falu kommun", S1, diet="vegetarisk mat"),
            _row(4, "Karin Sjö", "Region Dalarna", S1, diet="specialkost"),
            _row(5, "Per Ek", "Region Dalarna", S1, diet="vegetarian diet"))
    report = build_report(config, SummaryFacts(NOW, SINCE, rows, (), ()))
    assert report.diets[0].counts == (("glutenfri", 2), ("specialkost", 1), ("vegetarian", 1), ("vegetarisk", 1))

def test_history_is_told_as_new_cancelled_changed_and_promoted(config: Config) -> None:
    history = [_entry(1, "Anna Berg", S1, "confirmed", "place-available"),
               _entry(1, "Anna Berg", S2, "waitlisted", "session-full"),
               _entry(2, "Erik Lund", S1, "cancelled", "cancelled-by-request", "cancel", "confirmed"),
               _entry(3, "Maria Holm", S1, "confirmed", "waitlist-promotion", "cancel", "waitlisted"),
               _entry(4, "Karin Sjö", None, None, "changed-diet", "change", diet="vegansk"),
               _entry(5, "Olle Björk", S2, "confirmed", "substitute", "change")]
    assert [classify(h) for h in history] == ["new", "new", "cancelled", "promoted", "changed", "changed"]
    report = build_report(config, _facts(history))
    text = render_text(report)
    assert "Nya anmälningar (1):\n  - Anna Berg (Falu kommun): 3 maj, 21 sep (väntelista)" in text
    assert "Avanmälningar (1):\n  - Erik Lund (Falu kommun): 3 maj" in text
    assert "Karin Sjö (Falu kommun) – ny kost: vegansk" in text
    assert "Olle Björk (Falu kommun): 21 sep – tog över en kollegas plats" in text
    assert "Flyttade från väntelistan till plats (1):\n  - Maria Holm (Falu kommun): 3 maj" in text
    assert subject(report).endswith("1 ny, 1 avanmäld, 2 ändrade, 1 från kö")


def test_items_for_a_human_old_ones_marked(config: Config) -> None:
    attention = [AttentionItem("failed-reply", local(2027, 3, 1, 12, 0), "x@orsa.se",
                               "550 5.1.1 User unknown", "confirmation", "email"),
                 AttentionItem("question", local(2027, 3, 2, 10, 5), "emma@ludvika.se", "Blir det lunch?")]
    report = build_report(config, _facts(attention=attention))
    text = render_text(report)
    assert "Frågor som vidarebefordrats (1):\n  - 2 mar 10.05, emma@ludvika.se: Blir det lunch?" in text
    assert "x@orsa.se: bekräftelse via email: 550 5.1.1 User unknown (sedan tidigare)" in text
    assert not report.quiet
    assert build_report(config, _facts(attention=attention[:1])).quiet   # only old news: a quiet day


def test_a_quiet_day_is_one_line(config: Config) -> None:
    report = build_report(config, _facts())
    assert report.quiet
    line = one_line(report)
    assert line.count("\n") == 1 and "inget nytt" in line and "4 bekräftade platser, 1 på väntelista" in line
    assert "inget nytt" in subject(report)
    assert render_telegram(report) == line


def test_deadline_counts_down_then_says_closed(config: Config) -> None:
    def line(day: dt.date) -> str:
        return deadline_line(build_report(config, _facts(now=local(day.year, day.month, day.day, 7, 0))))
    assert line(dt.date(2027, 4, 1)) == "13 dagar kvar till sista anmälningsdag (14 april 2027)."
    assert line(dt.date(2027, 4, 13)).startswith("1 dag kvar")
    assert line(dt.date(2027, 4, 14)).startswith("Sista anmälningsdag är i dag")
    assert line(dt.date(2027, 4, 15)).startswith("Anmälan är stängd sedan 14 april 2027")


def test_the_first_summary_says_so(config: Config) -> None:
    text = render_text(build_report(config, _facts(since=None)))
    assert "Första sammanfattningen" in text and "HITTILLS" in text


def test_html_uses_inline_styles_and_table_bars_only(config: Config) -> None:
    rows = ROWS + (_row(9, "<script>alert(1)</script>", None, S1),)
    report = build_report(config, SummaryFacts(NOW, SINCE, rows, (), ()))
    html = render_html(report)
    assert "class=" not in html and "<img" not in html and "<style" not in html
    assert "<script>" not in html and "&lt;script&gt;" not in html   # not an organisation: not listed at all
    # One bar per session: a 160 px table whose filled cell is as wide as the session is full.
    assert len(re.findall(r'<table role="presentation" width="160"', html)) == 4
    assert 'width="11" height="12" bgcolor="#2e7d32"' in html          # 4/60 → 7 % of 160 px
    assert "Falu kommun" in html and "3/3" in html


def test_telegram_text_is_compact(config: Config) -> None:
    history = [_entry(i, f"Person {i}", S1, "confirmed", "place-available") for i in range(1, 60)]
    text = render_telegram(build_report(config, _facts(history)))
    assert len(text) < 1000 and "59 nya" in text and "/export" in text
    assert "3 maj: 3/60, kö 1, 57 lediga" in text


def test_items_for_a_human_are_told_in_words_from_their_codes(config: Config) -> None:
    at = local(2027, 3, 2, 10, 0)
    attention = [AttentionItem("held", at, None, None, "too-large"),
                 AttentionItem("held", at, "bo@mora.se", "Anmälan", "reply-limit"),
                 AttentionItem("failed-message", at, "x@orsa.se", None),
                 AttentionItem("pending-confirmation", at, "Johan Ek", code="cancel", asked_by="chef@borlange.se",
                               confirm_to="johan.ek@borlange.se"),
                 AttentionItem("pending-confirmation", at, None, code="change", confirm_to="ny@borlange.se"),
                 AttentionItem("failed-reply", at, "p@orsa.se", None, "promotion", "email")]
    report = build_report(config, _facts(attention=attention))
    assert [attention_text(a) for a in report.attention] == [
        "2 mar 10.00, Johan Ek: avanmälan begärd av chef@borlange.se, väntar på svar från johan.ek@borlange.se",
        "2 mar 10.00, ny@borlange.se: ändring begärd av ?, väntar på svar från ny@borlange.se",
        "2 mar 10.00, p@orsa.se: plats från väntelistan via email: inget svar från servern",
        "2 mar 10.00, (okänd avsändare): för stort, inte tolkat: (ingen ämnesrad)",
        "2 mar 10.00, bo@mora.se: svarsgränsen för adressen nådd: Anmälan",
        "2 mar 10.00, x@orsa.se: okänt fel"]
