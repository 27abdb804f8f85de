"""Signing up by chat: free text like e-mail, and the conversation that asks for what is missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from assistant.clock import FixedClock
from storage.models import Conversation, InboundMessage, Person, Registration
from tests.conftest import local
from tests.fakes.telegram_api import FakeTelegram, Sent, user
from tests.fakes.telegram_harness import BotHarness, telegram_config

KALLE = user(1001, "Kalle", "Svensson")


async def _registrations(h: BotHarness) -> list[tuple[str | None, dt.date, str, int | None]]:
    async with h.db.sessions() as s:
        rows = (await s.execute(select(Person.name, Registration.session_date, Registration.status,
                                       Person.telegram_user_id).join(Person))).all()
    return sorted((r[0], r[1], r[2], r[3]) for r in rows)


def _press_exact(sent: Sent, label: str) -> str:
    for row in sent.buttons:
        for b in row:
            if b["text"] == label:
                return b["callback_data"]
    raise KeyError(label)


async def test_free_text_signup_is_confirmed_with_sessions_time_and_place(harness: BotHarness) -> None:
    out = await harness.send(KALLE, "hej! anmäler mig till 3/5 och 21/9 /Kalle, Ludvika", expect=2)
    text = out[0].text or ""
    assert "Anmäld till måndag 3 maj 2027 kl. 10.00–15.00, Falun" in text
    assert "21 september 2027" in text and "29 november" not in text
    assert "/avanmal" in text and "mejl" not in text
    assert out[1].document is not None and out[1].document[0].endswith(".ics")
    assert await _registrations(harness) == [
        ("Kalle Svensson", dt.date(2027, 5, 3), "confirmed", 1001),
        ("Kalle Svensson", dt.date(2027, 9, 21), "confirmed", 1001)]


async def test_a_signup_written_before_the_deadline_while_the_bot_was_down_is_in_time(
        harness: BotHarness, clock: FixedClock) -> None:
    clock.set(local(2027, 4, 16, 9, 0))   # two days after the deadline; the message waited three days
    out = await harness.send(KALLE, "hej! anmäler mig till 3/5 /Kalle Svensson, Ludvika", expect=2,
                             waited=3 * 86400)
    assert "Anmäld till måndag 3 maj 2027" in (out[0].text or "")
    late = await harness.send(KALLE, "och 21/9 också /Kalle Svensson, Ludvika")   # written now: too late
    assert "sista anmälningsdag" in (late[0].text or "")


async def test_full_conversation_with_buttons(harness: BotHarness) -> None:
    [ask_name] = await harness.send(KALLE, "/anmal")
    assert "Vad heter du" in (ask_name.text or "")
    edited, ask_org = await harness.press(KALLE, ask_name, "Jag heter Kalle Svensson", expect=2)
    assert edited.method == "editMessageText" and "Kalle Svensson" in (edited.text or "")
    assert any(b["text"] == "Mora kommun" for row in ask_org.buttons for b in row)
    before = len(harness.fake.in_chat(1001))
    harness.fake.press(KALLE, ask_org, _press_exact(ask_org, "Mora kommun"))
    _, ask_sessions = (await harness.fake.wait_sent(1001, before + 2))[before:]
    [toggled] = await harness.press(KALLE, ask_sessions, "3 maj")
    assert toggled.method == "editMessageText" and toggled.button_data("✅ 3 maj") == "c:s:2027-05-03"
    [toggled] = await harness.press(KALLE, toggled, "22 februari")
    out = await harness.press(KALLE, toggled, "Klar", expect=3)
    reply = next(s for s in out if s.method == "sendMessage")
    assert "Kalle Svensson, Mora kommun" in (reply.text or "")
    assert "3 maj 2027" in (reply.text or "") and "22 februari 2028" in (reply.text or "")
    assert await _registrations(harness) == [
        ("Kalle Svensson", dt.date(2027, 5, 3), "confirmed", 1001),
        ("Kalle Svensson", dt.date(2028, 2, 22), "confirmed", 1001)]
    async with harness.db.sessions() as s:
        assert (await s.scalars(select(Conversation))).all() == []


async def test_missing_organisation_is_asked_and_free_text_answers(harness: BotHarness) -> None:
    [ask_org] = await harness.send(KALLE, "Anmäl mig till 3 maj")
    assert "Vilken organisation" in (ask_org.text or "")
    assert await _registrations(harness) == []
    out = await harness.send(KALLE, "jag jobbar på Ludvika kommun", expect=2)
    assert "Kalle Svensson, Ludvika kommun" in (out[0].text or "")
    assert "3 maj 2027" in (out[0].text or "") and "21 september" not in (out[0].text or "")
    assert await _registrations(harness) == [("Kalle Svensson", dt.date(2027, 5, 3), "confirmed", 1001)]


async def test_unknown_organisation_is_asked_again_then_typed_sessions(harness: BotHarness) -> None:
    await harness.send(KALLE, "/anmal")
    [again] = await harness.send(KALLE, "Eva Ek")  # a name: the next question is the organisation
    assert "organisation" in (again.text or "")
    [again] = await harness.send(KALLE, "Ankeborg")
    assert "känner jag inte igen" in (again.text or "")
    [ask_sessions] = await harness.send(KALLE, "Säter")
    assert "Vilka träffar" in (ask_sessions.text or "")
    out = await harness.send(KALLE, "21/9 och 29/11", expect=2)
    assert "Eva Ek, Säters kommun" in (out[0].text or "")
    assert [r[1] for r in await _registrations(harness)] == [dt.date(2027, 9, 21), dt.date(2027, 11, 29)]


async def test_cancel_button_ends_the_conversation_with_nothing_registered(harness: BotHarness) -> None:
    [ask_name] = await harness.send(KALLE, "/anmal")
    [done] = await harness.press(KALLE, ask_name, "Avbryt")
    assert "avbruten" in (done.text or "")
    [reply] = await harness.send(KALLE, "/avbryt")
    assert "ingen påbörjad" in (reply.text or "").lower()
    assert await _registrations(harness) == []


async def test_a_restart_in_the_middle_of_a_conversation_loses_nothing(tmp_path: Path, clock: FixedClock) -> None:
    config = telegram_config(tmp_path)
    fake = FakeTelegram()
    first = await BotHarness(config, clock, fake).start()
    [ask_name] = await first.send(KALLE, "/anmal")
    _, ask_org = await first.press(KALLE, ask_name, "Jag heter", expect=2)
    await first.stop()

    second = await BotHarness(config, clock, fake).start()   # a new process: only the database remains
    try:
        before = len(fake.in_chat(1001))
        fake.press(KALLE, ask_org, _press_exact(ask_org, "Falu kommun"))
        _, ask_sessions = (await fake.wait_sent(1001, before + 2))[before:]
        out = await second.press(KALLE, ask_sessions, "Alla träffar", expect=3)
        reply = next(s for s in out if s.method == "sendMessage")
        assert "Kalle Svensson, Falu kommun" in (reply.text or "")
        assert len(await _registrations(second)) == 4
    finally:
        await second.stop()


async def test_a_duplicate_update_is_answered_once(harness: BotHarness) -> None:
    update_id = harness.fake.text(KALLE, "anmäler mig till 3/5, Kalle Svensson, Ludvika")
    await harness.fake.wait_sent(1001, 2)
    harness.fake.redeliver(update_id)              # Telegram sends it again (the bot "crashed" before confirming)
    marker = harness.fake.text(KALLE, "/hjalp")      # processed after the duplicate
    await harness.fake.wait_sent(1001, 3)
    await harness.fake.wait_confirmed(marker)
    assert [u["update_id"] for u in harness.fake.delivered].count(update_id) == 2
    assert [s.method for s in harness.fake.in_chat(1001)] == ["sendMessage", "sendDocument", "sendMessage"]
    async with harness.db.sessions() as s:
        keys = (await s.scalars(select(InboundMessage.external_key))).all()
    assert sorted(keys) == sorted([str(update_id), str(marker)])
    assert len(await _registrations(harness)) == 1


async def test_a_duplicate_conversation_step_changes_nothing(harness: BotHarness) -> None:
    [ask_name] = await harness.send(KALLE, "/anmal")
    step = harness.fake.press(KALLE, ask_name, "c:name")
    await harness.fake.wait_sent(1001, 3)
    harness.fake.redeliver(step)
    marker = harness.fake.text(KALLE, "Falun")     # the answer to the organisation question
    await harness.fake.wait_sent(1001, 4)
    await harness.fake.wait_confirmed(marker)
    texts = [s.text or "" for s in harness.fake.in_chat(1001)]
    assert len(texts) == 4 and sum("Vilken organisation" in t for t in texts) == 1
    assert "Vilka träffar" in texts[-1]


async def test_english_alias_speaks_english(harness: BotHarness) -> None:
    [ask_name] = await harness.send(KALLE, "/register")
    assert "What is your name" in (ask_name.text or "")


async def test_a_conversation_stored_in_an_older_shape_starts_over_politely(harness: BotHarness) -> None:
    old = {"request": {"people": [["Kalle Svensson", None]], "sessions": [], "diet": None},
           "todo": ["organisation", "sessions"], "asked": True, "chosen": [], "lang": "sv"}
    async with harness.db.sessions() as s, s.begin():
        s.add(Conversation(channel="telegram", chat_key="1001", state="ask_organisation", data=old,
                           updated_at=harness.clock.now()))
    sorry, ask_name = await harness.send(KALLE, "Mora kommun", expect=2)
    assert "börjar om" in (sorry.text or "") and "Vad heter du" in (ask_name.text or "")
    [ask_org] = await harness.send(KALLE, "Kalle Svensson")
    assert "Vilken organisation" in (ask_org.text or "")
    [ask_sessions] = await harness.send(KALLE, "Mora")
    out = await harness.send(KALLE, "3/5", expect=2)
    assert "Vilka träffar" in (ask_sessions.text or "") and "Kalle Svensson, Mora kommun" in (out[0].text or "")
    assert await _registrations(harness) == [("Kalle Svensson", dt.date(2027, 5, 3), "confirmed", 1001)]


# -- names that are no names (issue 11, items 4 and 5): asked for again, never registered --

EVE = user(1003, '=HYPERLINK("http://evil.example";"x")', "Evil")


async def test_a_typed_name_that_is_no_name_is_asked_for_again(harness: BotHarness) -> None:
    await harness.send(KALLE, "/anmal")
    for typed in ("=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example";"x")', "Eve \x1b]0;pwned\x07 Evil",
                  "+46 70 123 45 67", "Kalle www.evil.example", "@kalle svensson"):
        [again] = await harness.send(KALLE, typed)
        assert "Jag behöver ett för- och efternamn" in (again.text or ""), typed
    [ask_org] = await harness.send(KALLE, "Kalle Svensson")
    assert "Vilken organisation" in (ask_org.text or "")
    assert await _registrations(harness) == []


async def test_a_profile_name_that_is_no_name_is_neither_offered_nor_registered(harness: BotHarness) -> None:
    [ask_name] = await harness.send(EVE, "/anmal")
    assert "Vad heter du" in (ask_name.text or "")
    assert all("HYPERLINK" not in b["text"] for row in ask_name.buttons for b in row)
    # free text: the profile name is not taken as the participant's; the bot asks for it
    [asked] = await harness.send(EVE, "/avbryt")
    [asked] = await harness.send(EVE, "anmäler mig till 3/5, Falu kommun")
    assert "Vad heter du" in (asked.text or "") and "HYPERLINK" not in (asked.text or "")
    out = await harness.send(EVE, "Eva Lind", expect=2)
    assert "Eva Lind, Falu kommun" in (out[0].text or "")
    assert await _registrations(harness) == [("Eva Lind", dt.date(2027, 5, 3), "confirmed", 1003)]
