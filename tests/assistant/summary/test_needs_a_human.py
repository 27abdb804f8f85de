"""The summary tells everything that needs a human: refusals since the last summary with names, the
organisations at their quota, held requests (whatever their age), open and handled questions, failed replies,
in correct Swedish singular and plural, a quiet session in a few words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from assistant.clock import FixedClock
from assistant.config import Config
from assistant.listing import Row
from assistant.summary.facts import AttentionItem, HistoryEntry, Refusal, SummaryFacts
from assistant.summary.render import diet_text, render_html, render_telegram, render_text, subject
from assistant.summary.report import build_report
from storage.models import InboundMessage
from tests.conftest import local
from tests.servers.service import falun_signup, prepared_service

S1, S2 = dt.date(2027, 5, 3), dt.date(2027, 9, 21)
NOW, SINCE = local(2027, 3, 3, 7, 0), local(2027, 3, 2, 7, 0)
FALU = ("Anna Berg", "Erik Lund", "Maria Holm")


def _row(pid: int, name: str, session: dt.date, org: str = "Falu kommun") -> Row:
    at = local(2027, 3, 1, 8, pid)
    return Row(pid, name, f"p{pid}@falun.se", org, None, session, "confirmed", at, at)


def _facts(rows: Sequence[Row] = (), history: Sequence[HistoryEntry] = (), attention: Sequence[AttentionItem] = (),
           refusals: Sequence[Refusal] = ()) -> SummaryFacts:
    return SummaryFacts(NOW, SINCE, tuple(rows), tuple(history), tuple(attention), (), tuple(refusals))


def _cancelled(pid: int) -> HistoryEntry:
    return HistoryEntry(local(2027, 3, 2, 9, pid), pid, f"Person {pid}", "Falu kommun", S1, "confirmed", "cancelled",
                        "cancelled", "cancel")


def test_refusals_since_the_last_summary_are_named_by_rule(config: Config) -> None:
    at = local(2027, 3, 2, 10, 0)
    report = build_report(config, _facts(refusals=(
        Refusal(at, "Olle Dahl", S2, "organisation-quota"), Refusal(at, "Eva Berg", S2, "organisation-quota"),
        Refusal(at, "sen@avesta.se", S1, "deadline-passed"))))
    text = render_text(report)
    assert "AVBÖJDA PLATSER" in text
    assert "  - Organisationens kvot var full (2): Olle Dahl 21 sep, Eva Berg 21 sep" in text
    assert "  - Efter sista anmälningsdag (1): sen@avesta.se 3 maj" in text
    assert subject(report).endswith("3 avböjda") and not report.quiet
    assert "Olle Dahl 21 sep" in render_html(report)
    one = build_report(config, _facts(refusals=(Refusal(at, "Olle Dahl", S2, "organisation-quota"),)))
    assert subject(one).endswith("1 avböjd")


def test_organisations_at_their_quota_are_named(config: Config) -> None:
    report = build_report(config, _facts(rows=[_row(i, n, S1) for i, n in enumerate(FALU, 1)],
                                         history=[_cancelled(9)]))
    line = "Har nått sin kvot (nästa person avböjs): Falu kommun 3/3."
    assert line in render_text(report) and line in render_telegram(report) and line in render_html(report)
    two = build_report(config, _facts(rows=[_row(i, n, S1) for i, n in enumerate(FALU[:2], 1)]))
    assert "Har nått sin kvot" not in render_text(two)


def test_held_requests_questions_and_failed_replies_are_listed(config: Config) -> None:
    at = local(2027, 3, 2, 9, 0)
    report = build_report(config, _facts(attention=(
        AttentionItem("held", at, "lisa@gmail.com", "Anmälan av hela kontoret", "mass-signup"),
        AttentionItem("held", local(2027, 2, 20, 9, 0), "falsk@falun.se", "Avanmälan", "unverified-sender"),
        AttentionItem("held", at, "oklar@mora.se", "Ang. träffarna", "unsure"),
        AttentionItem("question", at, "anna@falun.se", "Blir det lunch?"),
        AttentionItem("question", local(2027, 2, 28, 9, 0), "per@falun.se", "Var ligger lokalen?", "handled"),
        AttentionItem("failed-reply", at, "bo@borlange.se", "550 no such user", "confirmation", "email"))))
    text = render_text(report)
    assert "många personer på en gång – väntar på en arrangör: Anmälan av hela kontoret" in text
    assert "falsk@falun.se: avsändaren kunde inte styrkas (DMARC): Avanmälan (sedan tidigare)" in text
    assert "oklar@mora.se: oklar begäran – väntar på en arrangör: Ang. träffarna" in text
    assert "anna@falun.se: Blir det lunch?" in text and "Var ligger lokalen? – besvarad" in text
    assert "bo@borlange.se: bekräftelse via email: 550 no such user" in text
    telegram = render_telegram(report)
    assert "3 meddelanden som hålls för granskning" in telegram and "2 frågor" in telegram
    assert "1 svar som inte kunde skickas" in telegram


def test_swedish_singular_and_plural(config: Config) -> None:
    one = build_report(config, _facts(history=[_cancelled(1)],
                                      attention=[AttentionItem("question", NOW, "a@falun.se", "Lunch?")]))
    assert subject(one).endswith("1 avanmäld, 1 att hantera")
    assert "1 fråga " in render_telegram(one) and "1 frågor" not in render_telegram(one)
    two = build_report(config, _facts(history=[_cancelled(1), _cancelled(2)]))
    assert subject(two).endswith("2 avanmälda")
    quiet = build_report(config, SummaryFacts(NOW, SINCE, (_row(1, "Anna Berg", S1),), (), ()))
    assert "– 1 bekräftad plats, 0 på väntelista." in render_telegram(quiet)


def test_a_quiet_session_reads_in_a_few_words(config: Config) -> None:
    report = build_report(config, _facts(rows=[_row(1, "Anna Berg", S1), _row(2, "Erik Lund", S2),
                                               _row(3, "Maria Holm", S2), _row(4, "Bo Ek", S2, "Region Dalarna")]))
    assert diet_text(report, S1) == "1 person, ingen särskild kost"
    assert diet_text(report, S2) == "3 personer, ingen särskild kost"
    assert diet_text(report, dt.date(2027, 11, 29)) == "inga bekräftade deltagare"
    text = render_text(report)
    assert "29 november 2027: inga bekräftade deltagare" in text
    assert "inga särskilda önskemål" not in text and "utan särskild kost 0" not in text


async def test_through_the_service_a_quota_refusal_and_an_old_held_request(config: Config, clock: FixedClock,
                                                                           db_url: str) -> None:
    async with prepared_service(config, db_url, clock) as (service, db):
        for n, name in enumerate((*FALU, "Olle Dahl")):
            await service.handle(falun_signup(name, f"{name.split()[0].lower()}@falun.se", n))
        async with db.sessions() as s, s.begin():   # held for an organiser a week before the last summary
            s.add(InboundMessage(channel="email", external_key="held-1", received_at=local(2027, 1, 25, 9, 0),
                                 processed_at=local(2027, 1, 25, 9, 0), sender="lisa@gmail.com",
                                 subject="Hela kontoret", size=10, state="held", decision={"reason": "mass-signup"}))
        async with service.reading() as uow:
            facts = await uow.summary.facts(local(2027, 2, 2, 7, 0), local(2027, 2, 1, 7, 0))
        text = render_text(build_report(config, facts))
    assert "  - Organisationens kvot var full (1): Olle Dahl 21 sep" in text
    assert "Har nått sin kvot (nästa person avböjs): Falu kommun 3/3." in text
    assert "lisa@gmail.com: många personer på en gång – väntar på en arrangör: Hela kontoret (sedan tidigare)" in text
