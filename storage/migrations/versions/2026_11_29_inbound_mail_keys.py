"""Inbound mail keyed by its Message-ID *and* a digest of its sender, subject and body, so that a
different mail reusing a Message-ID is a new message: the keys of stored mail recomputed from their
raw bytes. No column changes (the new keys fit the 500 characters of ``external_key``).

The key is computed here as ``assistant.inbound.mail_key`` computed it when this migration was
written (frozen: a later change of the key needs a migration of its own); a test checks that the keys
this migration writes are the keys the channels compute. Mail whose raw bytes were erased keeps its
key (it cannot be recomputed); Telegram updates are untouched.

Downgrade: each mail gets its Message-ID back as its key (or the SHA-256 of its bytes when it has
none), except where that key is taken (a reused Message-ID: the first mail gets it, the later ones
keep their new keys) or longer than the old code could store.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 10:00:00
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 500
_OLD_KEY_LENGTH = 500
_MESSAGE_ID_KEPT = 400
_END_OF_HEADERS = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_MESSAGE_ID = re.compile(rb"<[^<>\s]+>")
_NEW_FORM = re.compile(r"^(<\S+>) [0-9a-f]{32}$")

_inbound = sa.table("inbound_messages", sa.column("id", sa.Integer), sa.column("channel", sa.String),
                    sa.column("external_key", sa.String), sa.column("raw", sa.LargeBinary))


def _headers(raw: bytes) -> tuple[dict[bytes, bytes], bytes]:
    end = _END_OF_HEADERS.search(raw)
    head, body = (raw[:end.start()], raw[end.end():]) if end else (raw, b"")
    headers: dict[bytes, bytes] = {}
    for line in _FOLD.sub(b"", head).splitlines():
        name, colon, value = line.partition(b":")
        if colon:
            headers.setdefault(name.strip().lower(), b" ".join(value.split()))
    return headers, body


def _message_id(headers: dict[bytes, bytes]) -> str | None:
    found = _MESSAGE_ID.search(headers.get(b"message-id", b""))
    return None if found is None else found.group(0).decode("utf-8", "surrogateescape")


def _storable_as_is(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _new_key(raw: bytes) -> str:
    """``mail_key`` as of revision 0004."""
    headers, body = _headers(raw)
    message_id = _message_id(headers)
    if message_id is None:
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    digest = hashlib.sha256()
    for name in (b"from", b"reply-to", b"subject"):
        digest.update(name + b":" + headers.get(name, b"") + b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip(b"\n"))
    if len(message_id) > _MESSAGE_ID_KEPT or not _storable_as_is(message_id):
        message_id = "sha256:" + hashlib.sha256(message_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{message_id} {digest.hexdigest()[:32]}"


def _old_key(raw: bytes) -> str:
    """The key before revision 0004: the Message-ID, or the SHA-256 of the bytes when there is none."""
    message_id = _message_id(_headers(raw)[0])
    return message_id if message_id is not None else "sha256:" + hashlib.sha256(raw).hexdigest()


def _rekey(key_of: Callable[[int, str, bytes | None], str | None]) -> None:
    """Give every stored mail the key ``key_of(id, key, raw)`` (None: keep its key), in batches by id."""
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(sa.select(_inbound.c.id, _inbound.c.external_key, _inbound.c.raw)
                            .where(_inbound.c.channel == "email", _inbound.c.id > last)
                            .order_by(_inbound.c.id).limit(_BATCH)).all()
        if not rows:
            return
        changes = []
        for row_id, key, raw in rows:
            new = key_of(row_id, key, raw)
            if new is not None and new != key:
                changes.append({"row_id": row_id, "new_key": new})
        if changes:
            bind.execute(_inbound.update().where(_inbound.c.id == sa.bindparam("row_id"))
                         .values(external_key=sa.bindparam("new_key")), changes)
        last = rows[-1][0]


def upgrade() -> None:
    _rekey(lambda _id, _key, raw: None if raw is None else _new_key(raw))


def downgrade() -> None:
    taken = set(op.get_bind().execute(
        sa.select(_inbound.c.external_key).where(_inbound.c.channel == "email")).scalars())

    def old(_id: int, key: str, raw: bytes | None) -> str | None:
        if raw is not None:
            wanted: str | None = _old_key(raw)
        else:
            match = _NEW_FORM.match(key)
            wanted = match.group(1) if match else None
        if wanted is None or wanted == key or wanted in taken or len(wanted) > _OLD_KEY_LENGTH:
            return None
        taken.discard(key)
        taken.add(wanted)
        return wanted

    _rekey(old)
