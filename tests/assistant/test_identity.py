"""Who sent a mail and where answers go (issue 12, point 1): the From address read before any decoding, Reply-To
only within From's domain or a registration's link, and the receiving server's DMARC verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.deciding import triage
from assistant.identity import Identity, Verification, auth_results, mailbox, read_identity
from assistant.parsing.parser import parse_email
from assistant.rules.base import Message, Proceed, Stop, Triage

MX = "mx.dalalab.example"


@pytest.mark.parametrize(("header", "name", "address"), [
    ("Anna Andersson <anna.andersson@falun.se>", "Anna Andersson", "anna.andersson@falun.se"),
    ("<Anna.Andersson@Falun.SE>", None, "anna.andersson@falun.se"),
    ("anna.andersson@falun.se (Anna Andersson)", "Anna Andersson", "anna.andersson@falun.se"),
    ("Johan =?utf-8?q?Wikstr=C3=B6m?= <johan.wikstrom@ludvika.se>", "Johan Wikström", "johan.wikstrom@ludvika.se"),
    ("Åsa Öberg <åsa@falun.se>", "Åsa Öberg", "åsa@falun.se"),                  # RFC 6532, raw UTF-8
    # an encoded word is a display name and nothing more, whatever it decodes to
    ("=?utf-8?q?anna=2Eandersson=40falun=2Ese?= <mallory@evil.example>", "anna.andersson@falun.se",
     "mallory@evil.example"),
    ("=?utf-8?q?anna=2Eandersson=40falun=2Ese?=", "anna.andersson@falun.se", None),
    ("=?utf-8?q?x?= <=?utf-8?q?anna=40falun.se?=>", "x", None),
    ("=?utf-8?b?YW5uYUBmYWx1bi5zZQ==?= <mallory@evil.example>", "anna@falun.se", "mallory@evil.example"),
    # quoted display names may hold anything, an address included
    ('"Andersson, Anna (anna@falun.se)" <mallory@evil.example>', "Andersson, Anna (anna@falun.se)",
     "mallory@evil.example"),
    ('"anna@falun.se" <mallory@evil.example>', "anna@falun.se", "mallory@evil.example"),
    ('"Team: x" <anna@falun.se>', "Team: x", "anna@falun.se"),
    ("Andersson, Anna <anna@falun.se>", "Andersson, Anna", "anna@falun.se"),      # an unquoted comma
    # no single plain address: no identity
    ("anna@falun.se, mallory@evil.example", None, None),
    ("mallory@evil.example <anna@falun.se>", None, None),
    ("Anna <mallory@evil.example <anna@falun.se>>", "Anna", None),
    ("undisclosed-recipients:;", None, None),                                   # group syntax
    ("Team: anna@falun.se;", None, None),
    ('Anna <"anna@falun.se"@evil.example>', "Anna", None),                     # quoted local part
    ("Anna <anna@[127.0.0.1]>", "Anna", None),                                 # address literal
    ("anna@falun.se@evil.example", None, None),
    ("", None, None),
])
def test_the_sender_is_the_one_address_in_from_as_sent(header: str, name: str | None, address: str | None) -> None:
    assert mailbox(header) == (name, address)


ORGANISATION_DOMAINS = ("falun.se", "regiondalarna.se")


def _identity(headers: list[tuple[str, str]]) -> Identity:
    return read_identity(headers)


@pytest.mark.parametrize(("reply_to", "linked", "answer"), [
    (None, (), "anna@falun.se"),
    ("anna@falun.se", (), "anna@falun.se"),
    ("kansliet@falun.se", (), "kansliet@falun.se"),                  # the sender's own domain
    ("Kansliet <KANSLIET@FALUN.SE>", (), "kansliet@falun.se"),
    ("mallory@evil.example", (), "anna@falun.se"),                   # another domain
    ("anna@mail.falun.se", (), "anna@falun.se"),                     # a subdomain is another domain
    ("anna@se", (), "anna@falun.se"),
    ("anna.privat@gmail.com", ("anna.privat@gmail.com",), "anna.privat@gmail.com"),   # linked by a registration
    ("mallory@evil.example, kansliet@falun.se", (), "anna@falun.se"),   # not one address: ignored
])
def test_replies_go_to_reply_to_only_in_the_senders_domain_or_when_linked(
        reply_to: str | None, linked: tuple[str, ...], answer: str) -> None:
    headers = [("From", "Anna <anna@falun.se>")] + ([("Reply-To", reply_to)] if reply_to else [])
    assert _identity(headers).reply_address(linked, ORGANISATION_DOMAINS) == answer


@pytest.mark.parametrize(("sender", "reply_to", "answer"), [
    ("mallory@gmail.com", "victim@gmail.com", "mallory@gmail.com"),        # free mail: a domain shared with strangers
    ("info@konsult.example", "anna@konsult.example", "info@konsult.example"),   # a domain no organisation has
    ("kansli@falun.se", "anna@falun.se", "anna@falun.se"),                  # an organisation's own domain
])
def test_a_reply_to_in_the_same_domain_counts_only_in_an_organisations_domain(
        sender: str, reply_to: str, answer: str) -> None:
    assert _identity([("From", sender), ("Reply-To", reply_to)]).reply_address((), ORGANISATION_DOMAINS) == answer


def test_a_mail_without_an_identity_is_answered_nowhere() -> None:
    identity = _identity([("From", "anna@falun.se, bo@falun.se"), ("Reply-To", "anna@falun.se")])
    assert identity.address is None and identity.reply_address() is None


def test_a_foreign_reply_to_is_the_one_to_look_up() -> None:
    assert _identity([("From", "anna@falun.se"), ("Reply-To", "x@evil.example")]).foreign_reply_to(
        ORGANISATION_DOMAINS) == "x@evil.example"
    assert _identity([("From", "anna@falun.se"), ("Reply-To", "x@FALUN.se")]).foreign_reply_to(ORGANISATION_DOMAINS) is None


FAIL = f"{MX}; dmarc=fail (p=none) header.from=falun.se; spf=fail smtp.mailfrom=evil.example; dkim=none"
PASS = f"{MX}; dmarc=pass (p=reject) header.from=falun.se; spf=pass smtp.mailfrom=falun.se; dkim=pass header.d=falun.se"


@pytest.mark.parametrize(("results", "verdict"), [
    ([], Verification.UNKNOWN),                                            # nothing stamped
    ([PASS], Verification.VERIFIED),
    ([FAIL], Verification.UNVERIFIED),
    ([f"{MX} 1; DMARC=FAIL header.from=FALUN.SE"], Verification.UNVERIFIED),   # a version, any case
    ([FAIL, f"{MX}; dmarc=pass"], Verification.UNVERIFIED),                # a lower one is anybody's
    ([PASS, FAIL], Verification.VERIFIED),
    ([PASS.replace(MX, "mx.evil.example"), FAIL], Verification.UNVERIFIED),   # another server's counts not
    ([PASS.replace(MX, "mx.evil.example")], Verification.UNKNOWN),
    ([f"{MX}; dmarc=pass header.from=evil.example"], Verification.UNVERIFIED),   # about another domain
    ([f"{MX}; dmarc=none; spf=fail smtp.mailfrom=falun.se; dkim=none"], Verification.UNVERIFIED),
    ([f"{MX}; spf=pass smtp.mailfrom=falun.se"], Verification.UNKNOWN),      # no DMARC, SPF passes
    ([f"{MX}; dmarc=temperror; dkim=pass header.d=falun.se"], Verification.UNKNOWN),
    ([f"{MX}; none"], Verification.UNVERIFIED),                             # checked, nothing passed
    ([f"{MX} (dmarc=pass; spf=pass); dmarc=fail"], Verification.UNVERIFIED),   # comments are no results
    ([f'{MX}; dkim=pass header.i="@x;dmarc=pass" (a (nested) comment)'], Verification.UNKNOWN),   # quoted
])
def test_the_topmost_header_of_a_configured_server_decides(results: list[str], verdict: Verification) -> None:
    headers = [("Received", "from mx"), *(("Authentication-Results", r) for r in results),
               ("From", "Anna <anna@falun.se>")]
    assert _identity(headers).verification([MX.upper()]) is verdict


def test_without_a_configured_server_no_header_is_read() -> None:
    identity = _identity([("Authentication-Results", FAIL), ("From", "anna@falun.se")])
    assert identity.verification([]) is Verification.UNKNOWN


def test_no_single_from_address_is_unverified() -> None:
    for header in ("anna@falun.se, bo@falun.se", "undisclosed-recipients:;", "=?utf-8?q?anna=40falun.se?="):
        assert _identity([("From", header), ("Authentication-Results", PASS)]).verification([MX]) \
            is Verification.UNVERIFIED


def test_an_authentication_results_header_is_read_as_rfc_8601_writes_it() -> None:
    found = auth_results(f"{MX};\r\n\tdkim=pass (2048-bit key) header.d=falun.se;\r\n\tdmarc = pass header.from=Falun.se")
    assert found is not None and found.authserv_id == MX
    assert found.of("dkim") == {"pass"} and found.dmarc("falun.se") == {"pass"} and found.dmarc("evil.example") == set()
    assert auth_results("  ") is None


# -- the rule: a mail the receiving server failed, or with no single sender, is held and answered nothing ------


def _mail(from_: str, *results: str) -> bytes:
    head = "".join(f"Authentication-Results: {r}\r\n" for r in results)
    return (f"{head}From: {from_}\r\nReply-To: mallory@evil.example\r\nSubject: Radera\r\n"
            "Message-ID: <m1@falun.se>\r\n\r\nRadera alla mina personuppgifter\r\n").encode()


def _triage(config: Config, raw: bytes) -> tuple[Triage | Proceed, Verification]:
    config = config.model_copy(update={"channels": config.channels.model_copy(update={"authserv_ids": (MX,)})})
    request = parse_email(raw, config, dt.datetime(2027, 2, 1, 9, tzinfo=dt.UTC))
    return triage(Message(config, "email", request, request.sender.address, 0)), request.sender.verification


@pytest.mark.parametrize(("raw", "held"), [
    (_mail("Bo Berg <bo.berg@falun.se>", FAIL), True),
    (_mail("Bo Berg <bo.berg@falun.se>", PASS), False),
    (_mail("Bo Berg <bo.berg@falun.se>"), False),                        # not stamped: not known either way
])
def test_an_unverified_sender_is_held_for_an_organiser(config: Config, raw: bytes, held: bool) -> None:
    answer, _ = _triage(config, raw)
    if held:
        assert answer == Triage("unverified-sender", Stop.HELD)
    else:
        assert isinstance(answer, Proceed) and answer.request.sender.address == "bo.berg@falun.se"


def test_a_mail_with_no_single_sender_is_answered_nothing(config: Config) -> None:
    # no identity: the automatic-mail rule takes it as a null sender (before unverified-sender would hold it)
    answer, verification = _triage(config, _mail("bo.berg@falun.se, mallory@evil.example", PASS))
    assert isinstance(answer, Triage) and answer.reply is None and not answer.forward
    assert verification is Verification.UNVERIFIED
