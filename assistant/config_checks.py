"""The config's mistakes that no single key shows: found at start, each as "key: reason".

A deadline on or after the first session's day (sessions already held would be confirmed), an
organiser address without a domain or no organiser address at all (questions are forwarded there,
and the sender is told so), a domain claimed by two organisations, a quota for a kind no
organisation has (a misspelling turns the quota off), a ``templates_dir`` that is not there, mail
read with no way for its replies (or the forwards to the organisers) to leave, webhook mode without
its URL.
"""

from __future__ import annotations

from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.config import Config


def mistakes(config: Config) -> list[str]:
    """Every mistake in ``config``, one "key: reason" line each (empty: none)."""
    return [*_deadline(config), *_organisers(config), *_shared_domains(config), *_quota_kinds(config),
            *_templates(config), *_ways_out(config)]


def _deadline(config: Config) -> list[str]:
    deadline, first = config.event.registration_deadline, config.event.sessions[0].date
    if deadline < first:
        return []
    return [(f"event.registration_deadline: {deadline} is not before the first session ({first}): registration "
            "closes at the end of that day, so places in sessions already held would be confirmed")]


def _has_domain(address: str) -> bool:
    try:
        parsed = Address(addr_spec=address)
    except (HeaderParseError, ValueError, IndexError):
        return False
    return bool(parsed.username) and "." in parsed.domain.strip(".") and parsed.addr_spec == address


def _organisers(config: Config) -> list[str]:
    emails = config.organisers.emails
    if not emails:
        return [("organisers.emails: empty, but questions and held messages are forwarded to the organisers "
                 "by e-mail and the sender is told so: name at least one address")]
    return [f"organisers.emails[{i}]: {address!r} is not an e-mail address with a domain (name@example.se)"
            for i, address in enumerate(emails) if not _has_domain(address)]


def _shared_domains(config: Config) -> list[str]:
    owner: dict[str, str] = {}
    out = []
    for i, org in enumerate(config.organisations):
        for domain in dict.fromkeys(org.domains):
            if domain in owner:
                out.append(f"organisations[{i}].domains: {domain} is also {owner[domain]}'s: "
                           "a domain may belong to one organisation only")
            else:
                owner[domain] = org.name
    return out


def _quota_kinds(config: Config) -> list[str]:
    kinds = sorted({o.kind for o in config.organisations})
    return [f"quota.{kind}: no organisation is of kind {kind!r} (kinds in use: {', '.join(kinds) or 'none'})"
            for kind in config.quota if kind not in kinds]


def _templates(config: Config) -> list[str]:
    folder = config.templates_dir
    if folder is None or folder.is_dir():
        return []
    return [f"templates_dir: {folder} is not a folder" + ("" if folder.exists() else " (it does not exist)")]


def _ways_out(config: Config) -> list[str]:
    channels = config.channels
    out = []
    if channels.imap.enabled and not (channels.smtp.enabled or channels.maildir.enabled):
        out.append("channels.imap.enabled: mail is read but replies have no way out: "
                   "enable channels.smtp (or channels.maildir)")
    if not (channels.smtp.enabled or channels.maildir.enabled):
        out.append("channels.smtp.enabled: questions are forwarded to organisers.emails by e-mail, but neither "
                   "channels.smtp nor channels.maildir is enabled")
    telegram = channels.telegram
    if telegram.enabled and telegram.mode == "webhook" and not telegram.webhook_url:
        out.append("channels.telegram.webhook_url: must be set in webhook mode (the HTTPS address Telegram calls)")
    return out
