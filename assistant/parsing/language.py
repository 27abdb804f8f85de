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


#: Words only Norwegian or Danish writes ("jeg", "ikke", "gjerne", "desværre"): two of them mark a text as one of those.
_NORDIC_ONLY = frozenset([
    "jeg", "ikke", "ikkje", "meg", "deg", "dere", "gjerne", "gerne", "dessverre", "desværre", "hilsen", "takk", "hvis",
    "også", "være", "vores", "alligevel", "likevel", "endre", "ændre", "påmelding", "tilmelding", "påmeldt", "tilmeldt",
    "samlingene", "samlingerne", "møtet", "mødet", "afbud", "forfall", "venlig", "vennlig", "unnskyld", "undskyld"])
#: The Norwegian and Danish words (and a few phrases) of a request that differ from Swedish, with their Swedish kin.
#: Words Swedish shares ("vil", "kan", "på", "men", "den") are not here, nor a diet (kept as written: "nøtteallergi"),
#: nor a month (read in dates: "3. mai", "22. februar").
_TO_SWEDISH = {
    "jeg": "jag", "meg": "mig", "deg": "dig", "seg": "sig", "dere": "ni", "hun": "hon", "vores": "vår", "mine": "mina",
    "ikke": "inte", "ikkje": "inte", "aldri": "aldrig", "gjerne": "gärna", "gerne": "gärna", "dessverre": "tyvärr",
    "desværre": "tyvärr", "også": "också", "alligevel": "ändå", "likevel": "ändå", "stadig": "fortfarande",
    "fortsatt": "fortfarande", "fortsat": "fortfarande", "kun": "bara", "bare": "bara", "allerede": "redan",
    "lenger": "längre", "længere": "längre", "og": "och", "at": "att", "til": "till", "fra": "från", "hvis": "om",
    "er": "är", "være": "vara", "ble": "blev", "hadde": "hade", "havde": "hade", "kunne": "kunde", "skal": "ska",
    "må": "måste", "vil": "vill", "komme": "komma", "deltage": "delta", "deltager": "deltar", "ønsker": "önskar", "å": "att",
    "melde": "anmäla", "melder": "anmäler", "meldt": "anmäld", "påmelde": "anmäla", "tilmelde": "anmäla",
    "påmeldt": "anmäld", "tilmeldt": "anmäld", "påmelding": "anmälan", "tilmelding": "anmälan",
    "påmeldingen": "anmälan", "tilmeldingen": "anmälan", "avmelde": "avanmäla", "afmelde": "avanmäla",
    "avmelding": "avanmälan", "afmelding": "avanmälan", "endre": "ändra", "ændre": "ändra", "endrer": "ändrar",
    "ændrer": "ändrar", "endring": "ändring", "ændring": "ändring", "bytte": "byta", "jobber": "jobbar",
    "arbeider": "arbetar", "arbejder": "arbetar", "takk": "tack", "tak": "tack", "hei": "hej", "hilsen": "hälsningar",
    "vennlig": "vänlig", "venlig": "vänlig", "unnskyld": "ursäkta", "undskyld": "ursäkta",
    "samling": "träff", "samlingen": "träffen", "samlinger": "träffar", "samlingene": "träffarna",
    "samlingerne": "träffarna", "møte": "möte", "møde": "möte", "møtet": "mötet", "mødet": "mötet", "møter": "möten",
    "møder": "möten", "møtene": "mötena", "møderne": "mötena", "alle": "alla", "begge": "båda", "første": "första",
    "fjerde": "fjärde", "siste": "sista", "sidste": "sista", "neste": "nästa", "næste": "nästa",
    "i stedet": "i stället", "istedet": "i stället", "i steden": "i stället", "isteden": "i stället",
    "ved magt": "kvar", "ved makt": "kvar", "melde afbud": "lämna återbud", "melde forfall": "lämna återbud",
}
_NORDIC_WORD = re.compile(r"[^\W\d_]+")
_TO_SWEDISH_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(
    _TO_SWEDISH, key=len, reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE)


def _kin(m: re.Match[str]) -> str:
    word = _TO_SWEDISH[" ".join(m.group(0).lower().split())]
    return word[0].upper() + word[1:] if m.group(0)[0].isupper() else word


def as_swedish(text: str) -> str:
    """``text`` read in Swedish when it is written in Norwegian or Danish (their words that differ from Swedish given
    as their Swedish kin: "Jeg vil gjerne melde meg på" -> "Jag vill gärna anmäla mig på"); other text as it is."""
    if len({w for w in _NORDIC_WORD.findall(text[:4000].lower()) if w in _NORDIC_ONLY}) < 2:
        return text
    return _TO_SWEDISH_RE.sub(_kin, text)
