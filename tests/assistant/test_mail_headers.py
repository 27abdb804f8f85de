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
