"""Answers to our question about an unsure reading ("Vi uppfattade: … Stämmer det?"): the [Ja, stämmer]
button completes the stored request, [Nej, ändra] asks the participant to write what to change, a session's
button (asked which session is meant) answers with that session, and a message typed while the question is
open is its answer (the service merges it: ``rules/unsure.py``).
"""

from __future__ import annotations

import datetime as dt

from assistant.confirmations import asked_token_prefix
from assistant.request import Intent, ParsedRequest
from handlers.telegram.callback_data import DAY
from handlers.telegram.texts import say
from handlers.telegram.turn import CHANNEL, Turn

#: The word a pressed button stands for, as the service reads an answer.
_WORDS = {"yes": "ja", "no": "nej"}


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


async def question_open(turn: Turn) -> bool:
    """Whether this chat has an open question about an unsure reading (its next message answers it)."""
    async with turn.ctx.service.reading() as uow:
        return await uow.confirmations.latest(asked_token_prefix(CHANNEL, turn.sender.address or ""),
                                              turn.now) is not None


async def on_answer_button(turn: Turn) -> None:
    """Take [Ja, stämmer] (the reading goes ahead) or [Nej, ändra] (write what to change)."""
    press = turn.press
    assert press is not None
    lang, word, day = (press.parts + ("", "", ""))[:3]
    turn.lang = "en" if lang == "en" else "sv"
    chosen = _day(day) if word == DAY else None
    if (word not in _WORDS and chosen is None) or not await question_open(turn):
        turn.toast = say(turn.lang, "nothing_to_answer")
        await turn.commit(intent="stale-button")
    elif chosen is not None:   # as if the date were typed: the service takes the session named
        await turn.submit(ParsedRequest(Intent.UNKNOWN, sessions=(chosen,), sender=turn.sender, language=turn.lang,
                                        sessions_named=True))
    elif word == "yes":
        await turn.submit(ParsedRequest(Intent.UNKNOWN, sender=turn.sender, language=turn.lang),
                          answer=_WORDS[word])
    else:
        turn.say(say(turn.lang, "write_change"))
        await turn.commit(intent="answer")
