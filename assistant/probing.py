"""What a probe of ``assistant check`` says when a part fails: the reason in plain words.

A channel's probe (``handlers/*_probe.py``) raises ``ProbeFailed`` with the reason; ``plain_reason``
words the usual network failures (refused, unknown host, no answer, an untrusted certificate).
"""

from __future__ import annotations

import socket
import ssl


class ProbeFailed(Exception):
    """A part of the service cannot work as configured; the message says why, for a person."""


def plain_reason(exc: BaseException, where: str, timeout: float) -> str:
    """A network error at ``where`` (host:port) in plain words."""
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host of {where} (unknown name)"
    if isinstance(exc, ConnectionRefusedError):
        return f"connection refused at {where}: nothing listens there"
    if isinstance(exc, TimeoutError):
        return f"no answer from {where} within {timeout:g} s"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the TLS certificate of {where} is not trusted ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed ({exc.reason or exc})"
    if isinstance(exc, OSError):
        return f"cannot connect to {where} ({exc.strerror or exc})"
    return f"{where}: {exc}"
