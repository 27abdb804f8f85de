"""``assistant check`` for SMTP: connect, EHLO, STARTTLS (when configured), AUTH (when a user is set), QUIT.

Nothing is sent. Every step is bounded by ``timeout``.
"""

from __future__ import annotations

import ssl

import aiosmtplib

from assistant.config import SmtpChannel
from assistant.probing import ProbeFailed, plain_reason
from handlers.oauth_tokens import AccessTokens, TokenError
from handlers.smtp_sender import login_xoauth2


async def probe_smtp(settings: SmtpChannel, login: str | AccessTokens | None, timeout: float) -> str:
    """What works (one line), or ProbeFailed with the reason in plain words. ``login``: the password (None:
    no AUTH), or the tokens of an OAuth login (XOAUTH2)."""
    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context() if settings.security != "plain" else None
    smtp = aiosmtplib.SMTP(hostname=settings.host, port=settings.port, timeout=timeout,
                           use_tls=settings.security == "tls", start_tls=False, tls_context=context)
    done = [f"{where} ({settings.security})"]
    try:
        await smtp.connect()
        await smtp.ehlo()
        done.append("EHLO")
        if settings.security == "starttls":
            await smtp.starttls(tls_context=context)
            done.append("STARTTLS")
        if isinstance(login, AccessTokens):
            await login_xoauth2(smtp, settings.user, login)
            done.append(f"AUTH XOAUTH2 as {settings.user!r}")
        elif settings.user:
            await smtp.login(settings.user, login or "")
            done.append(f"AUTH as {settings.user!r}")
        await smtp.quit()
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
    finally:
        smtp.close()
    return ", ".join(done) + "; nothing sent"


def _cause(exc: BaseException) -> BaseException:
    """The network error under aiosmtplib's wrapper (a refused connection, a certificate, a timeout)."""
    if isinstance(exc, aiosmtplib.SMTPTimeoutError):
        return TimeoutError()
    return exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
