"""Tests of reading MIME messages."""

from collections.abc import Callable
from email.message import EmailMessage

from assistant.parsing.mime import MAX_DEPTH, read_mail


def test_plain_utf8_and_encoded_subject(mail: Callable[..., bytes]) -> None:
    content = read_mail(mail("Hej, jag vill vara med!", subject="Anmälan – Säter",
                             sender="Cecilia Wallin-Åberg <c@sater.se>"))
    assert content.subject == "Anmälan – Säter"
    assert content.from_name == "Cecilia Wallin-Åberg" and content.from_address == "c@sater.se"
    assert content.body == "Hej, jag vill vara med!"
    assert content.message_id == "<test@example.org>"


def test_legacy_charsets_quoted_printable_and_base64() -> None:
    for charset, cte in (("iso-8859-1", "quoted-printable"), ("windows-1252", "base64"), ("utf-8", "8bit")):
        msg = EmailMessage()
        msg["From"] = "a@b.se"
        msg["Subject"] = "x"
        msg.set_content("Hälsningar från Älvdalen, tack", charset=charset, cte=cte)
        body = read_mail(bytes(msg)).body
        assert "Hälsningar från Älvdalen" in body


def test_html_only_and_alternative_prefers_plain(mail: Callable[..., bytes]) -> None:
    html_only = read_mail(mail("", html="<p>Anm&auml;l mig</p>"))
    assert html_only.body == "Anmäl mig"
    both = read_mail(mail("plain text", html="<p>html text</p>"))
    assert both.body == "plain text"


def test_attachments_are_not_the_body(mail: Callable[..., bytes]) -> None:
    msg = EmailMessage()
    msg["From"] = "a@b.se"
    msg.set_content("Se bifogad fil.")
    msg.add_attachment(b"%PDF-1.4 3 maj 2027", maintype="application", subtype="pdf", filename="x.pdf")
    msg.add_attachment("DTSTART:20270503T090000", subtype="calendar", filename="x.ics")
    assert read_mail(bytes(msg)).body == "Se bifogad fil."


def test_deep_nesting_is_capped() -> None:
    inner = b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    for i in range(MAX_DEPTH + 5):
        b = f"b{i}".encode()
        inner = (b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n" + inner
                 + b"\r\n--" + b + b"--\r\n")
    content = read_mail(b"From: a@b.se\r\n" + inner)
    assert any("nested" in p for p in content.problems)


def test_garbage_is_read_without_raising() -> None:
    content = read_mail(b"\x00\xff\xfe garbage \x80\x81")
    assert isinstance(content.body, str)
