"""What a command makes sure of before it starts, each problem one line naming the key and the reason.

The secrets of the enabled channels are set in the environment; the SQLite database is there for a
command that only reads it (never created empty by a look), and can be made there for the others;
where its schema stands against this version's migrations (``assistant check``, a restore).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from assistant.config import Config, ConfigError


def missing_secrets(config: Config) -> list[str]:
    """The secrets the enabled channels need that are not set, as "key: reason" lines."""
    channels = config.channels
    wanted = [read for enabled, read in ((channels.imap.enabled, channels.imap.check_secrets),
                                         (channels.smtp.enabled, channels.smtp.check_secrets),
                                         (channels.telegram.enabled, channels.telegram.token)) if enabled]
    out = []
    for read in wanted:
        try:
            read()
        except ConfigError as exc:
            out.append(str(exc))
    return out


def missing_database(config: Config) -> str | None:
    """Why a reading command has no database to read (SQLite's file is not there), or None."""
    file = config.database.sqlite_file
    if file is None or file.is_file():
        return None
    return (f"no database at {file} (database.url): nothing has been stored with this config; check --config "
            "or ANMALAN_CONFIG (assistant run creates the database)")


def unwritable_database(config: Config) -> str | None:
    """Why SQLite's file cannot be written or created where the config puts it (its folder is made), or None."""
    file = config.database.sqlite_file
    if file is None:
        return None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        writable_folder(file.parent)   # SQLite keeps its -wal and -shm files beside the database
        if file.exists():
            with file.open("r+b"):
                pass
    except (FileExistsError, NotADirectoryError):
        return f"database.url: cannot write {file} ({nearest_existing(file.parent)} is not a folder)"
    except OSError as exc:
        return f"database.url: cannot write {file} ({exc.strerror or exc})"
    return None


def nearest_existing(path: Path) -> Path:
    """``path`` or its nearest ancestor that exists."""
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def writable_folder(folder: Path) -> None:
    """Raise OSError unless a file can be created in ``folder`` (tried for real: modes, mounts, quotas)."""
    with tempfile.TemporaryFile(dir=folder):
        pass
