"""Tests of recognising mail that must never be answered."""

import pytest

from assistant.parsing.automatic import Automatic, automatic_kind, out_of_office_text


def kind(headers: dict[str, str] | None = None, subject: str = "Hej", sender: str | None = "a@b.se",
         ctype: str = "text/plain", report: str | None = None, body: str = "Anmäl mig") -> Automatic | None:
    return automatic_kind(headers or {}, subject, sender, ctype, report, body)[0]


@pytest.mark.parametrize("headers", [
    {"auto-submitted": "auto-replied"}, {"auto-submitted": "auto-generated"}, {"x-autoreply": "yes"},
    {"x-autorespond": "x"}, {"precedence": "auto_reply"}, {"return-path": "<>"},
])
def test_headers_mark_auto_replies(headers: dict[str, str]) -> None:
    assert kind(headers) is Automatic.AUTO_REPLY


def test_auto_submitted_no_is_human() -> None:
    assert kind({"auto-submitted": "no"}) is None


@pytest.mark.parametrize("headers", [{"precedence": "bulk"}, {"precedence": "list"}, {"precedence": "junk"},
                                     {"list-unsubscribe": "<mailto:x@y>"}, {"list-id": "<x.y>"}])
def test_bulk_and_lists(headers: dict[str, str]) -> None:
    assert kind(headers) is Automatic.BULK


def test_daemons_reports_and_subjects() -> None:
    assert kind(sender="MAILER-DAEMON@mx.se") is Automatic.AUTO_REPLY
    assert kind(sender="postmaster@mx.se") is Automatic.AUTO_REPLY
    assert kind(ctype="multipart/report", report="delivery-status") is Automatic.AUTO_REPLY
    for subject in ("Automatiskt svar: x", "Frånvaromeddelande: x", "Out of Office: x", "Läst: x",
                    "Read: x", "Autosvar: x", "Undeliverable: x"):
        assert kind(subject=subject) is Automatic.AUTO_REPLY


def test_out_of_office_text_without_headers() -> None:
    assert out_of_office_text("Jag är på tjänsteresa 1–12 februari och har begränsad tillgång till e-post.")
    assert out_of_office_text("I am currently on leave and will reply when I return.")
    assert not out_of_office_text("Jag vill anmäla mig. Jag är ledig 23/12–7/1 men är tillbaka sen.")
    assert not out_of_office_text("Anmäl mig till 3 maj, tack")
