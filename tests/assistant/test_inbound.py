"""The key of an e-mail: the same mail (however delivered) has the same key, any other mail another one."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from assistant.bounded import storable
from assistant.inbound import mail_key


def _raw(sender: str = "Ola Ek <ola.ek@gagnef.se>", message_id: str | None = "<form@webform.example>",
         subject: str = "Anmälan", body: str = "Jag anmäler mig till 3 maj.\n", extra: str = "") -> bytes:
    head = f"{extra}From: {sender}\nTo: anmalan@dalalab.example\nSubject: {subject}\n"
    head += f"Message-ID: {message_id}\n" if message_id is not None else ""
    return (head + "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()


def test_the_same_mail_delivered_again_has_the_same_key() -> None:
    raw = _raw()
    relayed = _raw(extra="Received: from relay.example\n by mx.example; Mon, 1 Feb 2027 09:01:00 +0100\n"
                         "Delivered-To: anmalan@dalalab.example\n").replace(b"\n", b"\r\n")
    refolded = raw.replace(b"From: Ola Ek <", b"From: Ola Ek\n  <")
    assert mail_key(raw) == mail_key(relayed) == mail_key(refolded) == mail_key(raw + b"\n")
    assert mail_key(raw).startswith("<form@webform.example> ")


def test_another_sender_subject_or_text_under_the_same_message_id_is_another_mail() -> None:
    keys = {mail_key(_raw()), mail_key(_raw(sender="Anna Berg <anna.berg@falun.se>")),
            mail_key(_raw(extra="Reply-To: anna.berg@falun.se\n")), mail_key(_raw(subject="Avanmälan")),
            mail_key(_raw(body="Jag anmäler mig till 4 maj.\n"))}
    assert len(keys) == 5
    assert len({k.split(" ")[0] for k in keys}) == 1


def test_a_mail_without_a_message_id_is_keyed_by_its_bytes() -> None:
    raw = _raw(message_id=None)
    assert mail_key(raw) == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert mail_key(_raw(message_id="no brackets here")).startswith("sha256:")


def test_a_long_or_undecodable_message_id_is_hashed() -> None:
    long_key = mail_key(_raw(message_id="<" + "m" * 600 + "@hostile.example>"))
    assert long_key.startswith("sha256:") and len(long_key) == 71 + 1 + 32
    assert mail_key(_raw(message_id="<" + "m" * 398 + ">")).startswith("<mmm")
    raw = _raw().replace(b"<form@webform.example>", b"<f\xe5rm@webform.example>")   # Latin-1, not UTF-8
    assert mail_key(raw).startswith("sha256:")
    assert mail_key(raw) != mail_key(raw.replace(b"\xe5", b"\xe4"))


@given(st.binary(max_size=2000))
def test_any_bytes_have_a_key_that_fits_its_column(raw: bytes) -> None:
    key = mail_key(raw)
    assert len(key) <= 500 and storable(key) == key


@given(st.text(max_size=700), st.text(max_size=200))
def test_any_message_id_and_sender_give_a_storable_key(message_id: str, sender: str) -> None:
    raw = b"From: " + sender.encode("utf-8", "surrogatepass") + b"\nMessage-ID: <" + \
        message_id.encode("utf-8", "surrogatepass") + b">\n\nHej\n"
    key = mail_key(raw)
    assert len(key) <= 500 and storable(key) == key
