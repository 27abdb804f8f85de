"""Tests of the reply and forward prefixes of a subject (one list, used by the parser and by replies)."""

from __future__ import annotations

import pytest

from assistant.parsing.subject import FORWARD_PREFIXES, REPLY_PREFIXES, is_forward, is_reply, strip_prefixes

#: Every reply form either old list had (the parser's and the reply subject's), in the cases programs write.
REPLIES = ["Re", "RE", "re", "Sv", "SV", "sv", "AW", "Aw", "Antw", "ANTW", "VS", "Vs", "Ref", "REF"]
#: Every forward form.
FORWARDS = ["Fwd", "FWD", "fwd", "Fw", "FW", "VB", "Vb", "WG", "Wg", "TR", "Tr", "VS"]


def test_the_lists_hold_every_prefix_either_old_pattern_had() -> None:
    assert set(REPLY_PREFIXES) >= {"re", "sv", "aw", "antw", "vs", "ref"}
    assert set(FORWARD_PREFIXES) >= {"fwd", "fw", "vb", "wg", "tr", "vs"}
    assert {p.lower() for p in REPLIES} == set(REPLY_PREFIXES)
    assert {p.lower() for p in FORWARDS} == set(FORWARD_PREFIXES)


@pytest.mark.parametrize("prefix", REPLIES)
def test_a_reply_prefix_is_a_reply_and_is_stripped(prefix: str) -> None:
    subject = f"{prefix}: Anmälan till DalaLab"
    assert is_reply(subject)
    assert strip_prefixes(subject) == "Anmälan till DalaLab"


@pytest.mark.parametrize("prefix", FORWARDS)
def test_a_forward_prefix_is_a_forward_and_is_stripped(prefix: str) -> None:
    subject = f"{prefix}: Anmälan till DalaLab"
    assert is_forward(subject)
    assert strip_prefixes(subject) == "Anmälan till DalaLab"


@pytest.mark.parametrize("prefix", sorted(set(FORWARDS) - {"VS", "Vs"}))
def test_a_forward_is_not_a_reply(prefix: str) -> None:
    assert not is_reply(f"{prefix}: Anmälan")


@pytest.mark.parametrize("subject", ["Re[2]: Anmälan", "SV : Anmälan", "  re:Anmälan", "AW [3] : Anmälan"])
def test_counters_and_spaces(subject: str) -> None:
    assert is_reply(subject)
    assert strip_prefixes(subject) == "Anmälan"


@pytest.mark.parametrize("subject", ["SV: VB: Anmälan", "Re: Fwd: Anmälan", "AW: WG: AW: Anmälan",
                                     "RE:RE: FW: Anmälan"])
def test_piled_up_prefixes_are_all_stripped(subject: str) -> None:
    assert strip_prefixes(subject) == "Anmälan"


@pytest.mark.parametrize("subject", ["Re: VB: Anmälan", "SV: Fwd: Anmälan", "Aw: Re: WG: Anmälan"])
def test_a_forward_replied_to_is_a_forward(subject: str) -> None:
    assert is_forward(subject)


@pytest.mark.parametrize("subject", ["Reservation: 3 maj", "Svar på frågan", "Referens: 42", "Travel: maj",
                                     "Anmälan: Re: x", "Vb-träffen", "Fwdx: y", "Aware: z", ""])
def test_words_that_only_begin_like_a_prefix_are_not_prefixes(subject: str) -> None:
    assert not is_reply(subject) and not is_forward(subject)
    assert strip_prefixes(subject) == subject.strip()
