"""Tests of finding people in sentences."""

from assistant.parsing.people import STOPWORDS, StopWords, find_names, names_in, sender_attends
from assistant.parsing.text import fold

STOP = StopWords({"dalalab", "falun", "falu", "mora", "planering"})


def names(sentence: str) -> list[str]:
    return [n for n, _, _ in names_in(sentence, 0, STOP)]


def test_capitalised_names_with_swedish_letters_and_hyphens() -> None:
    assert names("Anmäl Jonas Bergqvist och mig till DalaLab.") == ["Jonas Bergqvist"]
    assert names("mig själv, Elin Sjöberg samt Ahmed Karimi") == ["Elin Sjöberg", "Ahmed Karimi"]
    assert names("Hej! Cecilia Wallin-Åberg här") == ["Cecilia Wallin-Åberg"]


def test_firms_and_lower_case_chat_names() -> None:
    assert names("konsult på Tallmo Planering & Analys AB") == []
    assert names("Konsult på Berg Arkitekter AB") == []
    assert names("vi e två: jag och lisa norberg") == ["Lisa Norberg"]
    assert names("anmäl min kollega per olsson") == ["Per Olsson"]


def test_addresses_beside_names_and_alone() -> None:
    sentences = ["- Karin Ödman, karin.odman@falun.se", "Mattias Berg, mattias.berg@x.se, går istället.",
                 "Skriv till ola.persson@mora.se", "Boverket hälsar"]
    hits = find_names(sentences, [True, True, True, True], STOP, set(), set())
    assert [(h.name, h.email) for h in hits] == [("Karin Ödman", "karin.odman@falun.se"),
                                                ("Mattias Berg", "mattias.berg@x.se"),
                                                ("Ola Persson", "ola.persson@mora.se")]


def test_sender_in_or_out() -> None:
    assert sender_attends(fold("Jag vill anmäla mig."), False)[0]
    assert sender_attends(fold("Anmäl Jonas och mig."), True)[0]
    assert not sender_attends(fold("Vi vill anmäla Emil och Sigrid."), True)[0]
    assert not sender_attends(fold("Själv kommer jag inte att delta."), True)[0]
    assert sender_attends(fold("Jag kan inte komma den 21/9."), False)[0]
    assert "jag" in STOPWORDS


def test_a_name_longer_than_any_real_one_is_no_name() -> None:
    # issue 11, item 4: "very long strings" are never a participant's name
    long_name = "A" + "a" * 80 + " B" + "b" * 80
    assert names(f"Anmäl {long_name} och Jonas Berg till DalaLab.") == ["Jonas Berg"]
    assert names(f"jag och {long_name.lower()} kommer") == []
