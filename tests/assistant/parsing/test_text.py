"""Tests of the shared text helpers."""

from assistant.parsing.text import MAX_TEXT_CHARS, clean, fold, sentences


def test_fold_strips_accents_and_keeps_length() -> None:
    assert fold("Borlänge Älvdalen Norén") == "borlange alvdalen noren"
    assert len(fold("Åsa Mård")) == len("Åsa Mård")


def test_clean_normalises_spaces_and_cuts() -> None:
    assert clean("a\u00a0 b\r\nc") == "a b\nc"
    assert len(clean("x" * (MAX_TEXT_CHARS * 3))) == MAX_TEXT_CHARS


def test_sentences_split_on_ends_lists_and_tables() -> None:
    text = "Hej. Jag vill vara med!\n- Karin Ö, k@x.se\n- Ola P\nNamn | E-post\nA B | a@b.se"
    assert sentences(text) == ["Hej.", "Jag vill vara med!", "- Karin Ö, k@x.se", "- Ola P",
                               "Namn | E-post", "A B | a@b.se"]
