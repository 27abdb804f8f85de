"""Property-based tests: any bytes, any text, any update gives a result in bounded time, never a crash."""

from __future__ import annotations

import datetime as dt
import time
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Config, load_config
from assistant.parsing.parser import parse_chat, parse_email, parse_telegram_update
from assistant.request import Intent, ParsedRequest, Sender

CONFIG: Config = load_config()
AT = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.UTC)
LIMIT_S = 1.0
FAST = settings(max_examples=60, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def _seed() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ola Dahl <ola.dahl@mora.se>"
    msg["To"] = "linnea.hassis@regiondalarna.se"
    msg["Subject"] = "Anmälan – DalaLab"
    msg.set_content("Hej!\n\nAnmäl mig till 3 maj och 21/9. Vegetarisk.\n\nMvh\nOla Dahl\nMora kommun\n"
                    "\n-----Ursprungligt meddelande-----\nFrån: L <l@r.se>\nSkickat: idag\n\n> 29 november")
    msg.add_alternative("<p>Anm&auml;l mig till <b>3 maj</b></p><table><tr><td>Per Ek</td></tr></table>",
                        subtype="html")
    msg.add_attachment(b"%PDF 22 februari 2028", maintype="application", subtype="pdf", filename="a.pdf")
    return bytes(msg)


SEED = _seed()


def _timed(call: object) -> ParsedRequest:
    start = time.process_time()  # CPU time: the bound holds on a busy machine too
    result = call()  # type: ignore[operator]
    assert time.process_time() - start < LIMIT_S
    assert isinstance(result, ParsedRequest)
    result.contract()
    return result


@FAST
@given(st.binary(max_size=4000))
def test_any_bytes_as_email(raw: bytes) -> None:
    _timed(lambda: parse_email(raw, CONFIG, AT))


@FAST
@given(st.lists(st.tuples(st.integers(0, len(SEED) - 1), st.binary(min_size=0, max_size=12)), max_size=12),
       st.integers(0, len(SEED)))
def test_mutated_email(edits: list[tuple[int, bytes]], cut: int) -> None:
    raw = bytearray(SEED[:cut] if cut > 40 else SEED)
    for at, junk in edits:
        raw[at:at + len(junk)] = junk
    _timed(lambda: parse_email(bytes(raw), CONFIG, AT))


@FAST
@given(st.text(max_size=3000))
def test_any_text_as_chat(text: str) -> None:
    _timed(lambda: parse_chat(text, Sender("telegram", "1", "Ola Dahl"), CONFIG, AT))


@FAST
@given(st.text(alphabet=st.sampled_from(list("0123456789/.:- maj sept nov febuari första sista alla träffar "
                                               "utom och i höst anmäl mig Ola Berg @ x.se kl ")), max_size=400))
def test_date_like_soup_as_chat(text: str) -> None:
    result = _timed(lambda: parse_chat(text, Sender("telegram", "1", "Ola"), CONFIG, AT))
    assert set(result.sessions) <= {s.date for s in CONFIG.event.sessions}


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                 max_size=4), max_leaves=20)


@FAST
@given(st.dictionaries(st.sampled_from(["update_id", "message", "edited_message", "x"]),
                       st.one_of(_JSON, st.fixed_dictionaries({"date": _JSON, "text": _JSON, "from": _JSON})),
                       max_size=3))
def test_any_update(update: dict[str, object]) -> None:
    _timed(lambda: parse_telegram_update(update, CONFIG))


def test_ten_megabyte_message_in_bounded_time() -> None:
    body = ("Anmäl mig till 3 maj. " + "x" * 70 + "\n") * (10_000_000 // 93)
    raw = b"From: a@mora.se\r\nSubject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()
    assert len(raw) >= 10_000_000
    result = _timed(lambda: parse_email(raw, CONFIG, AT))
    assert result.intent == Intent.REGISTER and any("bytes" in p for p in result.problems)


def test_ten_megabyte_chat_text_in_bounded_time() -> None:
    _timed(lambda: parse_chat("3/5 anmäl mig " * 800_000, Sender("telegram"), CONFIG, AT))


def test_deeply_nested_mime_in_bounded_time() -> None:
    depth = 3000
    head = "".join(f"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n" for i in range(depth))
    tail = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = ("From: a@b.se\r\n" + head + "Content-Type: text/plain\r\n\r\nAnmäl mig" + tail).encode()
    result = _timed(lambda: parse_email(raw, CONFIG, AT))
    assert result.problems


def test_many_parts_in_bounded_time() -> None:
    parts = "".join(f"--b\r\nContent-Type: text/html\r\n\r\n<p>del {i} 3 maj</p>\r\n" for i in range(5000))
    raw = ("From: a@b.se\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n").encode()
    _timed(lambda: parse_email(raw, CONFIG, AT))
