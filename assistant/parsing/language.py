"""Whether a message is written in English or Swedish (the default)."""

from __future__ import annotations

import re

_EN = frozenset(["me", "my", "we", "our", "you", "the", "a", "an", "and", "is", "are", "am", "was", "be", "will", "would", "could", "should", "please", "thanks", "thank", "hi", "hello", "dear", "for", "to", "of", "in", "on", "at", "with", "this", "that", "it", "can", "can't", "cannot", "i'm", "i'd", "we're", "unfortunately", "regards", "best", "kind", "sessions", "session", "register", "registration", "sign", "up", "would", "like"])
_SV = frozenset(["jag", "mig", "min", "mitt", "vi", "oss", "vår", "du", "dig", "och", "är", "att", "det", "som", "på", "till", "för", "av", "med", "en", "ett", "den", "de", "inte", "kan", "vill", "gärna", "tack", "hej", "hälsningar", "mvh", "träffen", "träffarna", "träff", "anmäl", "anmäla", "anmäler", "anmälan", "också", "eller", "men", "från", "har", "ska", "blir", "så", "om", "här"])
_WORD = re.compile(r"[a-zåäöé']+")


def detect_language(text: str) -> str:
    """``"en"`` when ``text`` reads as English, else ``"sv"``."""
    en = sv = 0
    for word in _WORD.findall(text[:4000].lower()):
        en += word in _EN
        sv += word in _SV
    return "en" if en > sv * 1.2 and en >= 2 else "sv"
