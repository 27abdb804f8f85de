"""``assistant check`` for SMTP: connect, EHLO, STARTTLS (when configured), AUTH (when a user is set), QUIT.

Nothing is sent. Every step is bounded by ``timeout``.
"""

from __future__ import annotations

import aiosmtplib

from assistant.config import SmtpChannel
from assistant.probing import ProbeFailed, plain_reason
from handlers.oauth_tokens import AccessTokens, TokenError
from handlers.smtp_sender import connect


async def probe_smtp(settings: SmtpChannel, login: str | AccessTokens | None, timeout: float) -> str:
    """What works (one line), or ProbeFailed with the reason in plain words. ``login``: the password (None:
    no AUTH), or the tokens of an OAuth login (XOAUTH2)."""
    where = f"{settings.host}:{settings.port}"
    try:
        smtp = await connect(settings, login, timeout)
        try:
            if smtp.is_ehlo_or_helo_needed:   # no STARTTLS and no AUTH: nothing has said EHLO yet
                await smtp.ehlo()
            await smtp.quit()
        finally:
            smtp.close()
    except TokenError as exc:
        raise ProbeFailed(f"OAuth login ({settings.auth}) as {settings.user!r} at {where}: {exc}") from None
    except aiosmtplib.SMTPAuthenticationError as exc:
        raise ProbeFailed(f"login as {settings.user!r} refused by {where}: {exc.code} {exc.message}") from None
    except aiosmtplib.SMTPNotSupported as exc:
        raise ProbeFailed(f"{where}: {exc} (channels.smtp)") from None
    except aiosmtplib.SMTPResponseException as exc:
        raise ProbeFailed(f"{where} answered {exc.code} {exc.message}") from None
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise ProbeFailed(plain_reason(_cause(exc), where, timeout)) from None
    done = [f"{where} ({settings.security})", "EHLO", *(["STARTTLS"] if settings.security == "starttls" else [])]
    if isinstance(login, AccessTokens):
        done.append(f"AUTH XOAUTH2 as {settings.user!r}")
    elif settings.user:
        done.append(f"AUTH as {settings.user!r}")
    return ", ".join(done) + "; nothing sent"


def _cause(exc: BaseException) -> BaseException:
    """The network error under aiosmtplib's wrapper (a refused connection, a certificate, a timeout)."""
    if isinstance(exc, aiosmtplib.SMTPTimeoutError):
        return TimeoutError()
    return exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
