"""The parser's one refusal: a message built to cost more than any real message does.

Everything else the parser meets it reads as well as it can and reports in ``problems``; a
message past a structural limit (HTML nested deeper than any mail client writes) is refused
instead, and so is one that runs out of the parser process's time or memory
(``assistant/parse_worker.py``). The service stores such a message as failed, with the reason,
for the organisers, and answers nothing.
"""

from __future__ import annotations


class TooComplex(BaseException):
    """A message refused as too complex to parse; ``str()`` is the reason ("HTML nested more than ...").

    A ``BaseException`` on purpose, like ``KeyboardInterrupt``: the parser's never-raise handlers
    (``except Exception``) let it through instead of turning a refusal into a half-read message.
    Catch it by name.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"too complex: {self.reason}"
