"""Who sent an e-mail and where answers to it go (pure).

- **Identity** is the one address in ``From``, read from the header as sent, before any RFC 2047
  decoding: an encoded word is only ever a display name, never an address. A ``From`` with no
  address, more than one, group syntax or an address that is not a plain ``local@domain`` gives
  no identity, and is never answered (automatic mail with a null sender, ``parsing/automatic.py``; else
  held for an organiser as unverified, ``rules/unverified_sender.py``).
- **Replies** go to ``From``; to ``Reply-To`` only when it is in From's own domain (exactly: not a
  subdomain, not a parent) or is linked to From by a registration (one registered the other).
- **Verification**: where the receiving server's ``authserv-id`` is configured, the topmost
  ``Authentication-Results`` header (RFC 8601) it stamped decides; lower ones, and any other
  server's, are ignored (anyone can write them). DMARC pass: verified; DMARC fail, or no DMARC
  result and neither SPF nor DKIM passing: unverified; otherwise unknown.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from email.utils import getaddresses
from enum import StrEnum

from assistant.parsing.header_text import MAX_HEADER_CHARS, decode_header, raw_text

#: Authentication-Results headers read from the top (a receiving server stamps few).
MAX_AUTH_RESULTS = 20
# atext of RFC 5322 (and any non-ASCII letter, RFC 6532) in dot-atoms; a domain of letter-digit-hyphen labels.
_LOCAL = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*")
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+{_LABEL}")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"?')
_ANGLED = re.compile(r"<[^<>]*>?")
_RESULT = re.compile(r"\s*([a-z0-9_-]+)\s*(?:/\s*\d+\s*)?=\s*([a-z0-9_-]+)", re.IGNORECASE)
_HEADER_FROM = re.compile(r"\bheader\.from\s*=\s*\"?([^\s\";]+)", re.IGNORECASE)


class Verification(StrEnum):
    """What the receiving server's checks say of the From address."""

    VERIFIED = "verified"        # DMARC passed for the From domain
    UNVERIFIED = "unverified"    # failed, or no single From address: treat as an unknown address
    UNKNOWN = "unknown"          # not checked (no trusted header), or no verdict either way


@dataclass(frozen=True)
class AuthResults:
    """One ``Authentication-Results`` header: who stamped it and the results of its methods."""

    authserv_id: str                              # lower-case
    results: tuple[tuple[str, str, str | None], ...]   # (method, result, header.from), lower-case

    def of(self, method: str) -> set[str]:
        """The results given for ``method`` (``dmarc``, ``spf``, ``dkim``)."""
        return {result for m, result, _ in self.results if m == method}

    def dmarc(self, domain: str) -> set[str]:
        """The DMARC results about ``domain`` (a result naming another header.from is not about it)."""
        return {result for m, result, about in self.results
                if m == "dmarc" and (about is None or _ascii(about) == _ascii(domain))}


@dataclass(frozen=True)
class Identity:
    """Who a mail is from, by its headers as sent: ``address`` is None when there is no single one."""

    address: str | None = None         # lower-case
    name: str | None = None            # the display name, decoded: a name and nothing more
    reply_to: str | None = None        # the one Reply-To address, lower-case, not yet judged
    auth: tuple[AuthResults, ...] = ()

    @property
    def domain(self) -> str | None:
        """The From address's domain."""
        return self.address.rpartition("@")[2] if self.address else None

    def foreign_reply_to(self, organisation_domains: Collection[str]) -> str | None:
        """The Reply-To address unless it is From or in From's own domain, that domain being one of the
        organisations' (``organisation_domains``): a free-mail or unknown domain is shared with strangers, so
        there only a linked Reply-To is used."""
        if self.address is None or self.reply_to is None or self.reply_to == self.address:
            return None
        domain = _ascii(self.domain or "")
        own = domain in {_ascii(d) for d in organisation_domains}
        return None if own and _ascii(self.reply_to.rpartition("@")[2]) == domain else self.reply_to

    def reply_address(self, linked: Collection[str] = (), organisation_domains: Collection[str] = ()) -> str | None:
        """Where answers go: Reply-To when it is in From's own organisation domain or in ``linked`` (addresses a
        registration ties to From), else From; None without an identity."""
        if self.address is None:
            return None
        foreign = self.foreign_reply_to(organisation_domains)
        if foreign is not None and foreign not in {a.lower() for a in linked}:
            return self.address
        return self.reply_to or self.address

    def verification(self, authserv_ids: Collection[str]) -> Verification:
        """The verdict of the topmost Authentication-Results stamped by one of ``authserv_ids``."""
        if self.address is None:
            return Verification.UNVERIFIED
        trusted = {a.lower() for a in authserv_ids}
        stamped = next((a for a in self.auth if a.authserv_id in trusted), None)
        if stamped is None:
            return Verification.UNKNOWN
        dmarc = stamped.dmarc(self.domain or "")
        if "fail" in dmarc:
            return Verification.UNVERIFIED
        if "pass" in dmarc:
            return Verification.VERIFIED
        if "pass" in stamped.of("spf") or "pass" in stamped.of("dkim"):
            return Verification.UNKNOWN
        return Verification.UNVERIFIED


def read_identity(items: Iterable[tuple[str, object]]) -> Identity:
    """The identity in raw header items (``Message.raw_items()``, top to bottom)."""
    first: dict[str, object] = {}
    auth: list[AuthResults] = []
    for header, value in items:
        key = str(header).lower()
        if key == "authentication-results" and len(auth) < MAX_AUTH_RESULTS:
            found = auth_results(value)
            auth += [found] if found else []
        elif key in ("from", "reply-to"):
            first.setdefault(key, value)
    name, address = mailbox(first.get("from"))
    _, reply_to = mailbox(first.get("reply-to"))
    return Identity(address, name, reply_to, tuple(auth))


def mailbox(value: object) -> tuple[str | None, str | None]:
    """The display name and address of a header that must hold exactly one mailbox, read as sent.

    (name, None) when it holds no address, several, a group, or an address that is not plain
    ``local@domain``; words without ``@`` beside the one address (``Andersson, Anna <a@b.se>``
    unquoted) are taken as its display name.
    """
    text = raw_text(value)[:MAX_HEADER_CHARS] if value is not None else ""
    if not text.strip():
        return None, None
    words: list[str] = []
    addresses: list[tuple[str, str]] = []
    for shown, address in getaddresses([text]):
        if "@" in address:
            addresses.append((shown, address))
        elif address or shown:
            words.append(shown or address)
    name_parts = [*words, *(shown for shown, _ in addresses if shown)]
    name = decode_header(", ".join(name_parts)).strip('" ') or None
    if len(addresses) != 1 or _is_group(text):
        return name, None
    local, _, domain = addresses[0][1].rpartition("@")
    if not _LOCAL.fullmatch(local) or not _DOMAIN.fullmatch(domain) or domain.rpartition(".")[2].isdigit():
        return name, None
    return name, f"{local}@{domain}".lower()


def auth_results(value: object) -> AuthResults | None:
    """One ``Authentication-Results`` value read (comments left out); None when it names no authserv-id."""
    parts = _without_comments(raw_text(value)[:MAX_HEADER_CHARS]).split(";")
    head = parts[0].split()
    if not head:
        return None
    results = []
    for part in parts[1:]:
        found = _RESULT.match(part)
        if found:
            about = _HEADER_FROM.search(part)
            results.append((found.group(1).lower(), found.group(2).lower(),
                            about.group(1).lower() if about else None))
    return AuthResults(head[0].lower(), tuple(results))


def _without_comments(text: str) -> str:
    """``text`` without its (nested) comments; quoted strings kept, a ``;`` in one blanked (it ends no
    result). Linear."""
    out: list[str] = []
    depth, quoted, escaped = 0, False, False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"' and not depth:
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
            continue
        elif not quoted and char == ")" and depth:
            depth -= 1
            continue
        if not depth:
            out.append(" " if quoted and char == ";" else char)
    return "".join(out)


def _is_group(text: str) -> bool:
    """Whether a header uses group syntax (``Team: a@b.se;``): a colon outside comments, quotes and <...>."""
    return ":" in _ANGLED.sub("", _QUOTED.sub("", _without_comments(text)))


def _ascii(domain: str) -> str:
    """A domain in its ASCII (IDNA) form, lower-case, for comparing."""
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return domain.lower()
