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


# -- headers as they were sent (issue 11, item 7): RFC 2047 encoded words and RFC 6532 raw UTF-8 alike --

def _headers(*lines: bytes) -> bytes:
    return b"\r\n".join(lines) + b"\r\n\r\nHej\r\n"


def test_raw_utf8_headers_are_read_as_utf8() -> None:
    content = read_mail(_headers("From: Åsa Öberg <asa@falun.se>".encode(), "Subject: Anmälan".encode(),
                                 "To: Linnéa Hässis <linnea@x.se>, Örjan Ås <orjan@x.se>".encode()))
    assert (content.from_name, content.from_address) == ("Åsa Öberg", "asa@falun.se")
    assert content.subject == "Anmälan" and content.headers["subject"] == "Anmälan"
    assert content.recipients == [("Linnéa Hässis", "linnea@x.se"), ("Örjan Ås", "orjan@x.se")]
    assert not any("\ufffd" in v for v in content.headers.values())


def test_raw_utf8_and_encoded_words_in_one_header() -> None:
    content = read_mail(_headers("From: \"Öberg, Åsa\" <asa@falun.se>".encode(),
                                 "Subject: Anmälan =?iso-8859-1?q?till_tr=E4ffen?= i Säter".encode()))
    assert content.from_name == "Öberg, Åsa"
    assert content.subject == "Anmälan till träffen i Säter"


def test_raw_legacy_8bit_headers_fall_back_to_windows_1252() -> None:
    content = read_mail(_headers("From: Åsa Öberg <asa@falun.se>".encode("latin-1"),
                                 "Subject: Anmälan – DalaLab".encode("windows-1252")))
    assert content.from_name == "Åsa Öberg" and content.subject == "Anmälan – DalaLab"


def test_encoded_words_are_read_as_before() -> None:
    content = read_mail(_headers(b"From: =?utf-8?b?w4VzYSDDlmJlcmc=?= <asa@falun.se>",
                                 b"Subject: =?utf-8?q?Anm=C3=A4lan?= =?utf-8?q?_till_DalaLab?=",
                                 b"Comments: =?utf-8?q?=C3?= =?utf-8?q?=A5?= split across words",
                                 b"X-Broken: =?utf-8?b?not base64!?= =?nosuchcharset?q?x?="))
    assert content.from_name == "Åsa Öberg"
    assert content.subject == "Anmälan till DalaLab"
    assert content.headers["comments"] == "å split across words"
    assert "x" in content.headers["x-broken"]


def test_control_characters_are_left_out_of_headers() -> None:
    content = read_mail(_headers(b"From: \"Eve \x1b[31mRed\x07 Evil\" <eve@gmail.com>",
                                 b"Subject: =?utf-8?q?Anm=C3=A4lan=1B]0;pwned=07?="))
    assert content.from_name == "Eve [31mRed Evil" and content.subject == "Anmälan]0;pwned"


def test_html_sent_as_text_plain_is_read_as_html(mail: Callable[..., bytes]) -> None:
    # Some clients label an HTML body text/plain: the reader would otherwise see tags, not a list of people.
    content = read_mail(mail("<html><body><ul><li>Kim Berg</li><li>Ola Sten</li></ul><p>Tack!</p></body></html>"))
    assert "<li>" not in content.body
    assert "Kim Berg" in content.body and "Ola Sten" in content.body
    plain = read_mail(mail("Skriv <b> om du vill, det är ju text."))
    assert plain.body == "Skriv <b> om du vill, det är ju text."
