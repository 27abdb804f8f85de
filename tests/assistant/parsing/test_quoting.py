"""Tests of cutting a body into own words, signature, quotes and forwards."""

from assistant.parsing.quoting import split_body


def test_gt_quotes_and_attribution_are_dropped() -> None:
    body = "Ja, jag kommer.\n\nDen 12 mars 2027 09:15 skrev Linnea <l@r.se>:\n> Träffar 3 maj\n> 21 september"
    parts = split_body(body)
    assert parts.own == "Ja, jag kommer."
    assert "3 maj" in parts.quoted and not parts.forwarded


def test_outlook_reply_headers() -> None:
    for sep in ("-----Ursprungligt meddelande-----\nFrån: L <l@r.se>\nSkickat: den 2 maj",
                "Från: L <l@r.se>\nSkickat: den 2 februari 2027 08:14\nTill: x\nÄmne: y",
                "________________________________\nFrom: L <l@r.se>\nSent: Monday"):
        parts = split_body("Kan inte komma 21/9.\n\n" + sep + "\n\nDu är anmäld till 3 maj")
        assert parts.own == "Kan inte komma 21/9."
        assert "3 maj" not in parts.own


def test_english_attribution_over_two_lines() -> None:
    parts = split_body("Count me in.\n\nOn Mon, 1 Mar 2027 at 10:00, Linnea Hassis\n<l@r.se> wrote:\n> dates")
    assert parts.own == "Count me in."


def test_forward_is_kept_with_its_sender() -> None:
    body = ("Anmäl gärna Ola Berg till träffarna han nämner nedan.\n\n"
            "---------- Forwarded message ---------\nFrån: Ola Berg <ola.berg@mora.se>\nDate: 1 jan\n"
            "Subject: x\n\nJag vill gå på 3 maj.")
    parts = split_body(body, "Fwd: x")
    assert parts.is_forward and parts.forwarded.strip() == "Jag vill gå på 3 maj."
    assert ("Ola Berg", "ola.berg@mora.se") in parts.quoted_people


def test_signature_and_greeting() -> None:
    parts = split_body("Hej Linnea,\n\nAnmäl mig.\n\nMed vänlig hälsning\nOla Berg\nTel 0250-123 45")
    assert parts.greeting == "Hej Linnea,"
    assert parts.own == "Anmäl mig."
    assert parts.signature.startswith("Med vänlig hälsning")
    chat = split_body("anmäler mig till 3/5 🙂 /Stina, Borlange")
    assert chat.own == "anmäler mig till 3/5 🙂" and chat.signature == "/Stina, Borlange"
