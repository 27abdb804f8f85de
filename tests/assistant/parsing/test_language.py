"""Tests of language detection."""

from assistant.parsing.language import detect_language


def test_english_and_swedish() -> None:
    assert detect_language("Hi! I'd like to sign up for the first session, thanks") == "en"
    assert detect_language("Hej! Jag vill anmäla mig till första träffen, tack") == "sv"
    assert detect_language("") == "sv"
