"""Answers to our question about an unsure reading ("Vi uppfattade: … Stämmer det?"): the [Ja, stämmer]
button completes the stored request, [Nej, ändra] asks the participant to write what to change, and a
message typed while the question is open is its answer (the service merges it: ``rules/unsure.py``).
"""

from __future__ import annotations

from assistant.confirmations import asked_token_prefix
from assistant.request import Intent, ParsedRequest
from handlers.telegram.texts import say
from handlers.telegram.turn import CHANNEL, Turn

#: The word a pressed button stands for, as the service reads an answer.
_WORDS = {"yes": "ja", "no": "nej"}


async def question_open(turn: Turn) -> bool:
    """Whether this chat has an open question about an unsure reading (its next message answers it)."""
    async with turn.ctx.service.reading() as uow:
        return await uow.confirmations.latest(asked_token_prefix(CHANNEL, turn.sender.address or ""),
                                              turn.now) is not None


async def on_answer_button(turn: Turn) -> None:
    """Take [Ja, stämmer] (the reading goes ahead) or [Nej, ändra] (write what to change)."""
    press = turn.press
    assert press is not None
    lang, word = (press.parts + ("", ""))[:2]
    turn.lang = "en" if lang == "en" else "sv"
    if word not in _WORDS or not await question_open(turn):
        turn.toast = say(turn.lang, "nothing_to_answer")
        await turn.commit(intent="stale-button")
    elif word == "yes":
        await turn.submit(ParsedRequest(Intent.UNKNOWN, sender=turn.sender, language=turn.lang),
                          answer=_WORDS[word])
    else:
        turn.say(say(turn.lang, "write_change"))
        await turn.commit(intent="answer")
