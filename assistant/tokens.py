"""Single-use codes mailed to a registered address: to confirm a change, or to link a Telegram user.

One way to make them, one pattern each to find them in what comes back.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets

CONFIRM_PREFIX = "BEKR-"
LINK_PREFIX = "KOPPLA-"
CONFIRM_CODE = re.compile(rb"BEKR-([A-Za-z0-9_-]{16})")
LINK_CODE = re.compile(r"KOPPLA-([A-Za-z0-9_-]{16})")
VALID_FOR = dt.timedelta(days=14)


def new_token() -> str:
    """A fresh random code body (16 URL-safe characters, ~96 bits)."""
    return secrets.token_urlsafe(12)[:16]
