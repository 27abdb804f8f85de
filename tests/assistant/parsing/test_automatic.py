"""Tests of recognising mail that must never be answered."""

import time

import pytest

from assistant.parsing.automatic import Automatic, automatic_kind, out_of_office_text
from assistant.parsing.mime import read_mail


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


@pytest.mark.parametrize("return_path", ["<>", "< >", "", "<MAILER-DAEMON>", "<mailer-daemon@mx.example.net>",
                                         "<postmaster@falun.se>", "<MAILER_DAEMON@mx.example.net>"])
def test_null_or_daemon_envelope_sender(return_path: str) -> None:
    assert kind({"return-path": return_path}) is Automatic.AUTO_REPLY


@pytest.mark.parametrize("sender", ["post_master@vtext.example.com", "owner-dala@lists.example.se",
                                    "dala-bounces@lists.example.se", "bounce+x=y@mail.example.net",
                                    "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@falun.se"])
def test_mail_system_senders(sender: str) -> None:
    assert kind(sender=sender) is Automatic.AUTO_REPLY


def test_function_mailboxes_and_people_are_not_daemons() -> None:
    """post@, info@, registrator@ are municipalities' function mailboxes, read and sent from by people."""
    for sender in ("post@falun.se", "info@gagnef.se", "registrator@borlange.se", "postmasterson@x.se",
                   "anna.owner@x.se"):
        assert kind({"from": sender, "return-path": f"<{sender}>"}, sender=sender) is None


def test_empty_from_address_is_a_null_sender() -> None:
    assert kind({"from": "<>"}, sender=None) is Automatic.AUTO_REPLY
    assert kind({"from": "Mail Delivery System <mx@x.se>"}, sender="mx@x.se") is Automatic.AUTO_REPLY
    assert kind({}, sender=None) is None


@pytest.mark.parametrize("content_type", [
    "multipart/report; report-type=feedback-report; boundary=x", "MULTIPART/REPORT; boundary=x",
    "multipart / report report-type=delivery-status", "multipart/report",
])
def test_report_content_type_in_any_spelling(content_type: str) -> None:
    assert kind({"content-type": content_type}) is Automatic.AUTO_REPLY


@pytest.mark.parametrize("inner", ["multipart/report; report-type=delivery-status; boundary=in",
                                   "message/delivery-status", "message/feedback-report",
                                   "message/disposition-notification"])
def test_report_parts_anywhere_mark_the_mail(inner: str) -> None:
    raw = (f"From: a@b.se\nContent-Type: multipart/mixed; boundary=out\n\n--out\nContent-Type: text/plain\n\n"
           f"Anmäl mig\n--out\nContent-Type: {inner}\n\nAction: failed\n--out--\n").encode()
    assert read_mail(raw).report_type


def test_a_report_inside_an_attached_message_does_not_mark_the_mail() -> None:
    """A person forwarding a bounce as an attachment wrote a mail of their own."""
    raw = (b"From: a@b.se\nContent-Type: multipart/mixed; boundary=out\n\n--out\nContent-Type: text/plain\n\n"
           b"Anmal mig\n--out\nContent-Type: message/rfc822\n\nFrom: x@y.se\nContent-Type: multipart/report; "
           b"boundary=in\n\n--in\nContent-Type: text/plain\n\nbounce\n--in--\n--out--\n")
    assert read_mail(raw).report_type is None


@pytest.mark.parametrize("subject", ["Anmälan", "Re: Anmälan", "Fråga om leverans av material", "Kunde inte komma",
                                     "Last minute: anmälan", "Status: anmälan", "Leveransadress för fakturan"])
def test_ordinary_subjects_are_not_delivery_reports(subject: str) -> None:
    assert kind(subject=subject) is None


def test_forwarded_bounce_with_a_signup_is_read() -> None:
    body = "Min anmälan studsade. Anmäl mig till 3 maj!\n\n> Final-Recipient: rfc822; x@y.se\n> Action: failed"
    assert kind(subject="Fwd: Undeliverable: Anmälan", body=body) is None
    assert kind(subject="Fwd: Undeliverable: Anmälan", body="Se nedan.\n\n> Action: failed") is Automatic.AUTO_REPLY
    assert kind(subject="Re: Fwd: Undeliverable: Anmälan", body=body) is Automatic.AUTO_REPLY


@pytest.mark.parametrize("hostile", ["a" * 100_000, ":" * 100_000, "> " * 50_000, "\n>" * 50_000,
                                     "Final-Recipient:" * 5000, ("re: " * 20_000) + "x", "-" * 100_000 + "@x"])
def test_hostile_input_is_read_in_linear_time(hostile: str) -> None:
    started = time.perf_counter()
    automatic_kind({"from": hostile, "return-path": hostile, "content-type": hostile[:2000]}, hostile[:2000],
                   hostile[:2000], hostile, None, hostile)
    assert time.perf_counter() - started < 0.5
