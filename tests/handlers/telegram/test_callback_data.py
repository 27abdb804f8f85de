"""The buttons' callback data: written and read in one place, in the formats of buttons already sent."""

from __future__ import annotations

import pytest

from handlers.telegram.callback_data import Kind, Press, button, data, read


def test_data_is_written_in_the_formats_already_sent_and_read_back() -> None:
    assert data(Kind.CONVERSATION, "s", "2027-05-03") == "c:s:2027-05-03"
    assert data(Kind.CANCEL, "sv", "ok", "all") == "av:sv:ok:all"
    assert button("Ja, radera", Kind.ERASE, "sv", "yes") == ["Ja, radera", "er:sv:yes"]
    assert read("c:org:3") == Press(Kind.CONVERSATION, ("org", "3"))
    assert read("av:en:2027-09-21") == Press(Kind.CANCEL, ("en", "2027-09-21"))
    assert read("er") == Press(Kind.ERASE, ())


@pytest.mark.parametrize("foreign", [None, "", "zz:1", "C:name", "avanmal:sv"])
def test_data_this_bot_does_not_make_is_not_read(foreign: str | None) -> None:
    assert read(foreign) is None


def test_data_telegram_would_refuse_is_not_made() -> None:
    with pytest.raises(ValueError):
        data(Kind.CONVERSATION, "org", "x" * 64)
    with pytest.raises(ValueError):
        data(Kind.CONVERSATION, "s", "a:b")
