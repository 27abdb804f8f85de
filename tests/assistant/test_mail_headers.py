"""Tests of the header facts of an e-mail: the reply's subject and threading."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from assistant.mail_headers import read_mail_facts


def _facts_of(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna.berg@mora.se>"
    msg["Subject"] = subject          # encoded words where not ASCII, as mail programs send it
    msg["Message-ID"] = "<m1@mora.se>"
    msg["References"] = "<m0@r.se>"
    msg.set_content("Hej")
    return bytes(msg)


@pytest.mark.parametrize(("subject", "reply"), [
    ("Anmälan till DalaLab", "Re: Anmälan till DalaLab"),
    ("SV: Anmälan till DalaLab", "Re: Anmälan till DalaLab"),
    ("Sv: VB: RE: Anmälan till DalaLab", "Re: Anmälan till DalaLab"),
    ("AW[2]: WG: Anmälan", "Re: Anmälan"),
    ("Antw: Ref: TR: Anmälan", "Re: Anmälan"),
    ("Re:", "Re: Anmälan"),
    ("", "Re: Anmälan"),
])
def test_the_reply_subject_has_one_re(subject: str, reply: str) -> None:
    assert read_mail_facts(_facts_of(subject)).reply_subject() == reply


def test_the_reply_references_end_with_the_message() -> None:
    facts = read_mail_facts(_facts_of("x"))
    assert facts.sender == "anna.berg@mora.se"
    assert facts.reply_references() == "<m0@r.se> <m1@mora.se>"


def test_raw_utf8_headers_give_the_reply_its_subject_and_address() -> None:
    # RFC 6532: the mail program sent UTF-8 in the headers, not encoded words (issue 11, item 7)
    raw = ("From: Åsa Öberg <asa@falun.se>\r\nSubject: Anmälan\r\nMessage-ID: <m1@falun.se>\r\n\r\nHej\r\n"
           ).encode()
    facts = read_mail_facts(raw)
    assert facts.subject == "Anmälan" and facts.reply_subject() == "Re: Anmälan"
    assert facts.sender == "asa@falun.se" and facts.message_id == "<m1@falun.se>"
    latin = read_mail_facts("From: Åsa <asa@falun.se>\r\nSubject: SV: Anmälan\r\n\r\nHej\r\n".encode("latin-1"))
    assert latin.reply_subject() == "Re: Anmälan"


def test_control_characters_are_left_out_of_the_reply_subject() -> None:
    facts = read_mail_facts(b"From: a@b.se\r\nSubject: =?utf-8?q?Anm=C3=A4lan=1B[2J=07?=\r\n\r\nHej\r\n")
    assert facts.reply_subject() == "Re: Anmälan[2J"
