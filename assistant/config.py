"""The configuration: read a TOML file and validate it into typed, frozen objects.

A bad config stops the start with the key path and the reason, e.g.
``event.sessions[2].date: not a date`` — never a traceback.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import tomllib
import unicodedata
from functools import cached_property
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from sqlalchemy.engine import make_url

from assistant.config_checks import mistakes

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.example.toml"
#: The environment variable naming the config file when ``--config`` is not given.
CONFIG_ENV = "ANMALAN_CONFIG"


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the key and the reason."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Session(_Frozen):
    """One meeting of the event. ``id`` is what its registrations are stored under: the date it was first
    configured on (the default), kept when the session moves to another date, time or place."""

    id: str = ""
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    title: str
    capacity: int = Field(gt=0)

    @field_validator("id", mode="before")
    @classmethod
    def _id_is_a_date(cls, value: object) -> str:
        text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
        if text:
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError("must be the date the session was first configured on, "
                                 "as 2027-09-21 (its registrations are stored under it)") from None
        return text

    @model_validator(mode="after")
    def _end_after_start(self) -> Session:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if not self.id:
            object.__setattr__(self, "id", self.date.isoformat())
        return self

    @property
    def key(self) -> dt.date:
        """The key its registrations are stored under: ``id`` as a date."""
        return dt.date.fromisoformat(self.id)


class Event(_Frozen):
    """What people register for."""

    name: str
    language: Literal["sv", "en"] = "sv"
    timezone: str = "Europe/Stockholm"
    registration_deadline: dt.date
    contact: str
    sessions: tuple[Session, ...] = Field(min_length=1)
    max_sessions_per_person: int | None = Field(default=None, gt=0)   # unset: no cap
    #: Ask before booking, changing or cancelling anyone but the writer: the reply states the reading
    #: ("Vi uppfattade: anmälan av Per Holm och Eva Ek till 3 maj. Stämmer det?") and "ja" completes it.
    confirm_others_first: bool = False

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("sessions")
    @classmethod
    def _distinct_dates(cls, value: tuple[Session, ...]) -> tuple[Session, ...]:
        dates = [s.date for s in value]
        if len(set(dates)) != len(dates):
            raise ValueError("two sessions share a date")
        ids = [s.id for s in value]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"two sessions have the id {twice[0]} (a moved session keeps its first date as "
                             "its id: give the other one another id)")
        return tuple(sorted(value, key=lambda s: s.date))

    @property
    def tz(self) -> ZoneInfo:
        """The event's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def deadline_end(self) -> dt.datetime:
        """The first instant after the deadline: midnight after its day, local time."""
        next_day = self.registration_deadline + dt.timedelta(days=1)
        return dt.datetime.combine(next_day, dt.time(0, 0), tzinfo=self.tz)

    def session_on(self, day: dt.date) -> Session | None:
        """The session held on ``day``, if any."""
        return next((s for s in self.sessions if s.date == day), None)


class Organisation(_Frozen):
    """An organisation people register from, and how they write its name."""

    name: str
    kind: str = "other"
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    quota: int | None = Field(default=None, gt=0)

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.strip().lower().lstrip("@") for d in value)


class Organisers(_Frozen):
    """Who runs the event: where summaries and forwarded questions go."""

    emails: tuple[str, ...] = ()
    telegram_ids: tuple[int, ...] = ()


class Database(_Frozen):
    """Where registrations are stored."""

    url: str = "sqlite+aiosqlite:///var/anmalan.db"
    lock_timeout_seconds: float = Field(default=10.0, gt=0)

    @field_validator("url")
    @classmethod
    def _supported(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite database's file; None for PostgreSQL or an in-memory database."""
        url = make_url(self.url)
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database)

    @property
    def shown(self) -> str:
        """The database as a person reads it: SQLite's file, or the URL without its password."""
        file = self.sqlite_file
        return str(file) if file is not None else make_url(self.url).render_as_string(hide_password=True)


class Limits(_Frozen):
    """Limits on what is parsed and how often one address is answered."""

    max_message_bytes: int = Field(default=5_000_000, gt=0)
    max_replies_per_address_per_day: int = Field(default=10, gt=0)
    #: CPU seconds one message may take to parse; past it the message is stored as too complex.
    max_parse_seconds: float = Field(default=2.0, gt=0, le=60)
    # -- floods: more people than this are held for an organiser, not booked --------------------------
    #: People one message may register; more are held for an organiser.
    max_people_per_message: int = Field(default=10, gt=0)
    #: People one sender may register in a day (Stockholm time); more are held for an organiser.
    max_people_per_sender_per_day: int = Field(default=10, gt=0)
    #: People a sender may register for an organisation whose domains the sender's address is not in.
    max_people_outside_own_domain: int = Field(default=3, ge=0)
    # -- what we send: no address and no hour gets more than this ----------------------------------
    #: Automatic replies to all addresses together in one hour.
    max_replies_per_hour: int = Field(default=300, gt=0)
    #: Forwards to the organisers in one hour; above it they are gathered into one digest.
    max_forwards_per_hour: int = Field(default=5, gt=0)
    #: Confirmation-code mails to one address in one day.
    max_code_mails_per_address_per_day: int = Field(default=3, gt=0)
    #: Telegram link (/koppla) mails to one address in one day.
    max_link_mails_per_address_per_day: int = Field(default=3, gt=0)


class Privacy(_Frozen):
    """How long personal data is kept."""

    #: Days after the last session after which raw mail, outbox bodies, conversations, codes and chat ids
    #: are purged and registrations anonymised (a daily job).
    retention_days: int = Field(default=90, ge=0)


class MaildirChannel(_Frozen):
    """The embedded default mailbox: a local Maildir in, .eml files out."""

    enabled: bool = True
    inbox: Path = Path("var/inbox")
    outbox: Path = Path("var/outbox")
    address: str = "anmalan@localhost"
    poll_seconds: float = Field(default=0.2, gt=0)


Security = Literal["tls", "starttls", "plain"]


def _secret(env_name: str, key: str) -> str:
    value = os.environ.get(env_name)
    if not value:
        raise ConfigError(f"{key}: environment variable {env_name} is not set")
    return value


Auth = Literal["password", "oauth2-microsoft", "oauth2-google"]


class OAuth2(_Frozen):
    """OAuth 2.0 (XOAUTH2) for a mailbox: Microsoft 365 app-only client credentials, or Gmail with a
    refresh token. Secrets come from the environment variables named here, never from the file."""

    tenant_id: str = ""                                      # Microsoft: the directory (tenant) id
    client_id: str = ""                                      # the application (client) id
    client_secret_env: str = "ANMALAN_OAUTH_CLIENT_SECRET"
    #: Microsoft, instead of a client secret: a PEM file with the certificate's private key, and the
    #: certificate's thumbprint (SHA-1, hex) as Entra ID shows it.
    certificate_path: Path | None = None
    certificate_thumbprint: str = ""
    refresh_token_env: str = "ANMALAN_OAUTH_REFRESH_TOKEN"   # Google
    #: Another token endpoint (another cloud, a test): Microsoft's authority, by default
    #: https://login.microsoftonline.com/<tenant_id>; Google's token URI, by default
    #: https://oauth2.googleapis.com/token.
    authority: str | None = None
    token_uri: str | None = None

    def missing(self, auth: Auth) -> str | None:
        """The first setting a login of this kind still lacks, or None."""
        needed = [] if auth == "password" else ["client_id"]
        if auth == "oauth2-microsoft":
            needed += ["tenant_id"] if self.authority is None else []
            needed += ["certificate_thumbprint"] if self.certificate_path is not None else []
        lacking = next((name for name in needed if not getattr(self, name)), None)
        return f'oauth2.{lacking} is needed for auth = "{auth}"' if lacking else None

    def client_secret(self, key: str) -> str:
        """The client secret, from the environment."""
        return _secret(self.client_secret_env, f"{key}.client_secret_env")

    def refresh_token(self, key: str) -> str:
        """Google's refresh token, from the environment."""
        return _secret(self.refresh_token_env, f"{key}.refresh_token_env")

    def private_key(self, key: str) -> str:
        """The certificate's private key (PEM), read from ``certificate_path``."""
        path = self.certificate_path
        try:
            if path is None:
                raise OSError("not set")
            return path.read_text("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{key}.certificate_path: cannot read {path}: {exc}") from None

    def check_secrets(self, auth: Auth, key: str) -> None:
        """Read every secret a login of this kind needs (a ConfigError names one that is missing)."""
        if auth == "oauth2-google":
            self.client_secret(key)
            self.refresh_token(key)
        elif auth == "oauth2-microsoft" and self.certificate_path is not None:
            self.private_key(key)
        elif auth == "oauth2-microsoft":
            self.client_secret(key)


def _auth_complete(auth: Auth, user: str, oauth2: OAuth2) -> None:
    if auth != "password" and not user:
        raise ValueError(f'user (the mailbox address) is needed for auth = "{auth}"')
    problem = oauth2.missing(auth)
    if problem:
        raise ValueError(problem)


class ImapChannel(_Frozen):
    """The registration mailbox over IMAP."""

    enabled: bool = False
    host: str = "localhost"
    port: int = Field(default=993, gt=0, lt=65536)
    security: Security = "tls"
    user: str = ""
    password_env: str = "ANMALAN_IMAP_PASSWORD"
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    idle_timeout_seconds: float = Field(default=300, gt=0, le=1500)
    batch_size: int = Field(default=100, gt=0)
    auth: Auth = "password"
    oauth2: OAuth2 = OAuth2()

    @model_validator(mode="after")
    def _auth_settings(self) -> ImapChannel:
        _auth_complete(self.auth, self.user, self.oauth2)
        return self

    def password(self) -> str:
        """The IMAP password, from the environment."""
        return _secret(self.password_env, "channels.imap.password_env")

    def check_secrets(self) -> None:
        """Read every secret the login needs (a ConfigError names one that is missing)."""
        if self.auth == "password":
            self.password()
        self.oauth2.check_secrets(self.auth, "channels.imap.oauth2")


class SmtpChannel(_Frozen):
    """Outgoing mail over SMTP."""

    enabled: bool = False
    host: str = "localhost"
    port: int = Field(default=587, gt=0, lt=65536)
    security: Security = "starttls"
    user: str = ""
    password_env: str = "ANMALAN_SMTP_PASSWORD"
    from_address: str = "anmalan@localhost"
    timeout_seconds: float = Field(default=30, gt=0)
    auth: Auth = "password"
    oauth2: OAuth2 = OAuth2()

    @model_validator(mode="after")
    def _auth_settings(self) -> SmtpChannel:
        _auth_complete(self.auth, self.user, self.oauth2)
        return self

    def password(self) -> str | None:
        """The SMTP password from the environment, or None when no AUTH is configured."""
        return _secret(self.password_env, "channels.smtp.password_env") if self.user else None

    def check_secrets(self) -> None:
        """Read every secret the login needs (a ConfigError names one that is missing)."""
        if self.auth == "password":
            self.password()
        self.oauth2.check_secrets(self.auth, "channels.smtp.oauth2")


class TelegramChannel(_Frozen):
    """The Telegram bot."""

    enabled: bool = False
    token_env: str = "ANMALAN_TELEGRAM_TOKEN"
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443

    def token(self) -> str:
        """The bot token, from the environment."""
        return _secret(self.token_env, "channels.telegram.token_env")


def domain_of(address: str) -> str:
    """The domain of a sending address (Message-IDs and calendar UIDs are made in it)."""
    return address.partition("@")[2] or "anmalan.local"


class Channels(_Frozen):
    """The channels the service listens on."""

    maildir: MaildirChannel = MaildirChannel()
    imap: ImapChannel = ImapChannel()
    smtp: SmtpChannel = SmtpChannel()
    telegram: TelegramChannel = TelegramChannel()
    #: The ``authserv-id`` of the receiving server whose ``Authentication-Results`` header is trusted (RFC 8601).
    #: Empty: the header is not read (anyone can write one). A mail whose From domain fails DMARC (or fails
    #: both SPF and DKIM) by that server's verdict is treated as coming from an unknown address.
    authserv_ids: tuple[str, ...] = ()

    @property
    def sent_from(self) -> str:
        """The address replies are sent from: SMTP's when it is on, else the demo mailbox's."""
        return self.smtp.from_address if self.smtp.enabled else self.maildir.address

    @property
    def mail_domain(self) -> str:
        """The domain of ``sent_from``: Message-IDs and calendar UIDs are made in it."""
        return domain_of(self.sent_from)


class Summary(_Frozen):
    """The organisers' daily summary."""

    time: dt.time = dt.time(7, 0)
    send_when_nothing_happened: bool = True


class Logging(_Frozen):
    """The service's log on stderr: plain lines or one JSON object a line, and from which level."""

    format: Literal["text", "json"] = "text"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Metrics(_Frozen):
    """Prometheus metrics over HTTP (off by default; on loopback unless another address is set)."""

    enabled: bool = False
    port: int = Field(default=9464, gt=0, lt=65536)
    address: str = "127.0.0.1"

    @field_validator("address")
    @classmethod
    def _ip_address(cls, value: str) -> str:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise ValueError(f"not an IP address: {value!r}") from None
        return value


class Config(_Frozen):
    """The whole configuration."""

    event: Event
    quota: dict[str, int] = Field(default_factory=dict)
    organisations: tuple[Organisation, ...] = ()
    organisers: Organisers = Organisers()
    database: Database = Database()
    limits: Limits = Limits()
    channels: Channels = Channels()
    summary: Summary = Summary()
    privacy: Privacy = Privacy()
    logging: Logging = Logging()
    metrics: Metrics = Metrics()
    templates_dir: Path | None = None

    @field_validator("quota")
    @classmethod
    def _positive(cls, value: dict[str, int]) -> dict[str, int]:
        for kind, n in value.items():
            if n <= 0:
                raise ValueError(f"quota for {kind!r} must be positive")
        return value

    @field_validator("organisations")
    @classmethod
    def _unique_names(cls, value: tuple[Organisation, ...]) -> tuple[Organisation, ...]:
        names = [o.name for o in value]
        if len(set(names)) != len(names):
            raise ValueError("two organisations share a name")
        return value

    def quota_for(self, organisation: str | None) -> int | None:
        """How many distinct people ``organisation`` may register, or None for no limit."""
        org = self.organisation(organisation)
        if org is None:
            return None
        if org.quota is not None:
            return org.quota
        return self.quota.get(org.kind)

    def organisation(self, name: str | None) -> Organisation | None:
        """The organisation with this canonical name."""
        return self._by_name.get(name) if name else None

    def organisation_for_domain(self, domain: str) -> Organisation | None:
        """The organisation that owns an e-mail domain (or a parent domain of it)."""
        domain = domain.lower()
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            hit = self._by_domain.get(".".join(parts[i:]))
            if hit:
                return hit
        return None

    @cached_property
    def _by_name(self) -> dict[str, Organisation]:
        return {o.name: o for o in self.organisations}

    @cached_property
    def _by_domain(self) -> dict[str, Organisation]:
        return {d: o for o in self.organisations for d in o.domains}


_MESSAGES = {
    "date_type": "not a date",
    "date_parsing": "not a date",
    "date_from_datetime_parsing": "not a date",
    "date_from_datetime_inexact": "not a date",
    "time_type": "not a time of day",
    "time_parsing": "not a time of day",
    "int_type": "not a whole number",
    "int_parsing": "not a whole number",
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "string_type": "not a text",
    "bool_type": "not true or false",
    "bool_parsing": "not true or false",
}


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _reason(error: Any) -> str:
    kind = error["type"]
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    msg = str(error["msg"])
    return msg.removeprefix("Value error, ")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def parse_config(data: dict[str, Any], base_dir: Path | None = None) -> Config:
    """Validate a TOML document (already read) into a Config, or raise ConfigError."""
    try:
        config = Config.model_validate(_nfc(data))
    except ValidationError as exc:
        lines = [f"{_path(tuple(e['loc']))}: {_reason(e)}" for e in exc.errors()]
        raise ConfigError("; ".join(lines)) from None
    if base_dir is not None:
        config = _resolve_paths(config, base_dir)
    found = mistakes(config)
    if found:
        raise ConfigError("; ".join(found))
    return config


def _resolve_paths(config: Config, base_dir: Path) -> Config:
    md = config.channels.maildir
    maildir = md.model_copy(update={"inbox": base_dir / md.inbox, "outbox": base_dir / md.outbox})
    url = config.database.url
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and not url[len(prefix):].startswith(("/", ":memory:")):
        url = prefix + str(base_dir / url[len(prefix):])
    updates: dict[str, Any] = {
        "channels": config.channels.model_copy(update={"maildir": maildir}),
        "database": config.database.model_copy(update={"url": url}),
    }
    if config.templates_dir is not None and not config.templates_dir.is_absolute():
        updates["templates_dir"] = base_dir / config.templates_dir
    return config.model_copy(update=updates)


def find_config(given: Path | str | None = None) -> tuple[Path, str]:
    """The config file to use and how it was found: ``--config``, else ``$ANMALAN_CONFIG``, else the example."""
    if given is not None:
        return Path(given).absolute(), "--config"
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]).absolute(), CONFIG_ENV
    return DEFAULT_CONFIG, "the embedded example"


def load_config(path: Path | str | None = None, base_dir: Path | None = None) -> Config:
    """Read and validate a config file (default: the embedded example); relative paths in it are taken
    from ``base_dir``, by default the file's own folder, never the current directory."""
    path = Path(path).absolute() if path is not None else DEFAULT_CONFIG
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the file ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})") from None
    return parse_config(data, base_dir if base_dir is not None else path.parent)
