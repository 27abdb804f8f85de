"""Issue 13's reproductions in the chat: everyone named is in the answer, each person their own (diet, e-mail
confirmation, calendar file), and a reading with doubt is asked about with buttons before anything is booked."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import icalendar

from assistant.clock import FixedClock
from assistant.request import Intent, ParsedRequest, Person, Sender, Unsure
from assistant.service import Inbound
from storage.models import Person as PersonRow
from storage.models import Registration
from tests.fakes.telegram_api import Sent, user
from tests.fakes.telegram_harness import BotHarness, telegram_config

PETRA = user(1101, "Petra", "Sjöberg")
KALLE = user(1102, "Kalle", "Svensson")
OLLE = user(1103, "Olle", "Berg")
KARIN = user(1104, "Karin", "Dahl")
EVA = user(1105, "Eva", "Lund")


async def _registered(h: BotHarness) -> list[tuple[str | None, dt.date, str | None]]:
    from sqlalchemy import select
    async with h.db.sessions() as session:
        rows = await session.execute(select(PersonRow.name, Registration.session_date, PersonRow.diet)
                                     .join(Registration, Registration.person_id == PersonRow.id)
                                     .order_by(PersonRow.id, Registration.session_date))
        return [tuple(r) for r in rows.all()]   # type: ignore[misc]


def _ics_days(sent: Sent) -> list[dt.date]:
    assert sent.document is not None
    return [e["DTSTART"].dt.date() for e in icalendar.Calendar.from_ical(sent.document[1]).walk("VEVENT")]


def _mails(h: BotHarness) -> list[EmailMessage]:
    return [email.message_from_bytes(raw, policy=policy.default) for raw in h.emails()]  # type: ignore[misc]


async def test_four_from_ludvika_are_all_in_the_answer(harness: BotHarness) -> None:
    # From a chat (no organisation's address) four people of one municipality wait for an organiser
    # (the mass-signup rule); the answer still names each of them.
    [text] = await harness.send(PETRA, "Vi blir fyra från Ludvika på första träffen: Petra Sjöberg, Ahmed Ali, "
                                       "Nils Berg och Sara Holm.")
    assert ("Anmälan gäller Petra Sjöberg (Ludvika kommun), Ahmed Ali (Ludvika kommun), Nils Berg (Ludvika kommun) "
            "och Sara Holm (Ludvika kommun).") in (text.text or "")
    assert "Ingen är anmäld ännu" in (text.text or "")


async def test_a_diet_given_for_one_colleague_is_that_colleagues_only(harness: BotHarness) -> None:
    await harness.send(KALLE, "Anmäler mig och Johan Andersson till 3 maj. Johan är glutenfri. "
                              "Kalle Svensson, Borlänge kommun", expect=2)
    assert {(name, diet) for name, _, diet in await _registered(harness)} == {
        ("Kalle Svensson", None), ("Johan Andersson", "glutenfri")}


async def test_a_group_signup_mails_each_colleague_their_own_confirmation(harness: BotHarness) -> None:
    text, ics = await harness.send(
        KALLE, "Anmäler mig själv och två kollegor till 3 maj och 21 september: Johan Andersson, "
               "johan.andersson@borlange.se och Lisa Ek, lisa.ek@borlange.se. Kalle Svensson, Borlänge kommun",
        expect=2)
    assert _ics_days(ics) == [dt.date(2027, 5, 3), dt.date(2027, 9, 21)]   # each session once
    assert "skickats till johan.andersson@borlange.se" in (text.text or "")
    await harness.drained()
    mails = {m["To"]: m for m in _mails(harness)}
    assert set(mails) == {"johan.andersson@borlange.se", "lisa.ek@borlange.se"}
    for mail in mails.values():
        [part] = [p for p in mail.iter_attachments() if p.get_content_type() == "text/calendar"]
        days = [e["DTSTART"].dt.date() for e in icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")]
        assert sorted(days) == [dt.date(2027, 5, 3), dt.date(2027, 9, 21)]


async def test_an_ambiguous_session_is_asked_with_buttons_and_the_answer_books_it(harness: BotHarness) -> None:
    [question] = await harness.send(OLLE, "Jag vill gärna vara med på höstens träff. Olle Berg, Mora kommun")
    assert "Vilken av träffarna menar du: 21 september 2027 eller 29 november 2027?" in (question.text or "")
    assert await _registered(harness) == []
    text, ics = await harness.send(OLLE, "29 november", expect=2)
    assert "Anmäld till måndag 29 november 2027" in (text.text or "")
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 11, 29))]
    assert _ics_days(ics) == [dt.date(2027, 11, 29)]


async def test_yes_completes_a_reading_asked_about(harness: BotHarness) -> None:
    sender = Sender("telegram", str(KALLE["id"]), "Kalle Svensson")
    request = ParsedRequest(Intent.REGISTER, (Person("Kalle Svensson", None, "Borlänge kommun"),),
                            (dt.date(2027, 5, 3),), None, sender, sessions_named=True,
                            unsure=(Unsure.SENDER_ATTENDS,))
    before = len(harness.fake.in_chat(KALLE["id"]))
    await harness.service.submit(Inbound("telegram", "built-1", b"{}", harness.clock.now(),
                                         {"chat_id": KALLE["id"]}), request)
    harness.dispatcher.wake.set()
    [question] = (await harness.fake.wait_sent(KALLE["id"], before + 1))[before:]
    assert "Vi uppfattade: anmälan av Kalle Svensson (Borlänge kommun) till 3 maj 2027." in (question.text or "")
    assert "Stämmer det? Svara ja" in (question.text or "")
    assert await _registered(harness) == []
    [_, ics] = await harness.press(KALLE, question, "Ja, stämmer", expect=2)
    assert _ics_days(ics) == [dt.date(2027, 5, 3)]
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Kalle Svensson", dt.date(2027, 5, 3))]
    [stale] = await harness.press(KALLE, question, "Ja, stämmer", expect=0) or [None]
    assert stale is None and len(await _registered(harness)) == 1   # a second press changes nothing


async def test_no_asks_what_to_change_and_the_typed_answer_completes_it(harness: BotHarness) -> None:
    [question] = await harness.send(OLLE, "Jag vill gärna vara med på höstens träff. Olle Berg, Mora kommun")
    [prompt] = await harness.press(OLLE, question, "Nej, ändra")
    assert "Skriv vad som ska ändras" in (prompt.text or "")
    await harness.send(OLLE, "Den 21 september", expect=2)
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 9, 21))]


async def test_an_event_that_confirms_others_first_asks_before_booking_a_colleague(tmp_path: Path,
                                                                                  clock: FixedClock) -> None:
    config = telegram_config(tmp_path)
    config = config.model_copy(update={"event": config.event.model_copy(update={"confirm_others_first": True})})
    h = await BotHarness(config, clock).start()
    try:
        [question] = await h.send(KALLE, "Anmäler mig och min kollega Johan Andersson till 3 maj. "
                                         "Kalle Svensson, Borlänge kommun")
        assert ("Vi uppfattade: anmälan av Kalle Svensson (Borlänge kommun) och Johan Andersson (Borlänge kommun) "
                "till 3 maj 2027.") in (question.text or "")
        assert await _registered(h) == []
        await h.press(KALLE, question, "Ja, stämmer", expect=2)
        assert {n for n, _, _ in await _registered(h)} == {"Kalle Svensson", "Johan Andersson"}
        await h.send(OLLE, "Anmäler mig till 21 september. Olle Berg, Mora kommun", expect=2)   # only oneself: booked
        assert ("Olle Berg", dt.date(2027, 9, 21), None) in await _registered(h)
    finally:
        await h.stop()


async def test_a_reading_the_people_model_doubts_is_asked_with_buttons_before_booking(harness: BotHarness) -> None:
    # the rules read only the writer in "Karin Dahl och Per Holm anmäler sig ..."; the shipped people model reads Per
    # Holm in too: the reading is stated and asked about, and nothing is booked until it is confirmed (the parser's
    # tests check the mechanism with models written for them; this text is read by the shipped model)
    [question] = await harness.send(KARIN, "Karin Dahl och Per Holm anmäler sig härmed till alla träffar, Borlänge kommun")
    assert "Vi uppfattade: anmälan av Karin Dahl (Borlänge kommun) till 3 maj 2027, 21 september" in (question.text or "")
    assert "Stämmer det?" in (question.text or "")
    assert await _registered(harness) == []
    await harness.press(KARIN, question, "Ja, stämmer", expect=2)
    assert {n for n, _, _ in await _registered(harness)} == {"Karin Dahl"}


async def test_a_reading_likely_wrong_is_asked_with_buttons_and_booked_only_on_a_yes(harness: BotHarness) -> None:
    # the rules read Olle Dahl ("samma som Olle Dahl") in as one more to book and no rule doubts it; the shipped doubt
    # about whole readings finds the reading likely wrong: it is stated with buttons, nothing is booked until the yes
    # (the parser's tests check the mechanism with models written for them; this text is read by the shipped model)
    [question] = await harness.send(EVA, "Hej! Kan ni anmäla mig också till novemberträffen, samma som Olle Dahl? "
                                         "Orsa kommun")
    text = question.text or ""
    assert "Vi uppfattade: anmälan av Eva Lund (Orsa kommun) och Olle Dahl (Orsa kommun) till 29 november" in text
    assert "Stämmer det?" in text
    assert [b["text"] for row in question.buttons for b in row] == ["Ja, stämmer", "Nej, ändra"]
    assert await _registered(harness) == []
    [prompt] = await harness.press(EVA, question, "Nej, ändra")
    assert "Skriv vad som ska ändras" in (prompt.text or "")
    assert await _registered(harness) == []


async def test_colleagues_named_by_the_given_name_alone_are_asked_for_in_full(harness: BotHarness) -> None:
    # "jag, lena och mats": both are in the question, with a request for their full names; nothing is booked
    # until the answer, which names them in full, completes the reading
    [question] = await harness.send(OLLE, "vi blir tre från mora: jag, lena och mats. 21/9 tack! /Olle Berg")
    text = question.text or ""
    assert "Vi uppfattade: anmälan av Olle Berg (Mora kommun), Lena (Mora kommun) och Mats (Mora kommun)" in text
    assert "Skriv gärna hela namnet på Lena och Mats." in text
    assert await _registered(harness) == []
    [prompt] = await harness.press(OLLE, question, "Nej, ändra")
    assert "Skriv vad som ska ändras" in (prompt.text or "")
    await harness.send(OLLE, "Lena Dahl och Mats Ek", expect=2)
    assert sorted(n or "" for n, _, _ in await _registered(harness)) == ["Lena Dahl", "Mats Ek", "Olle Berg"]


async def test_people_told_apart_to_different_sessions_go_to_an_organiser(harness: BotHarness) -> None:
    # one booking for both would put each on the other's sessions: an organiser books each, nothing is booked here
    [answer] = await harness.send(OLLE, "Jag vill gå på de två första träffarna. Min kollega Eva Ek kommer bara på den "
                                        "sista. /Olle Berg, Mora kommun")
    assert "olika träffar" in (answer.text or "") and "Ingenting är registrerat ännu." in (answer.text or "")
    assert await _registered(harness) == []


async def test_a_date_no_session_is_on_is_asked_with_buttons_and_the_answer_books_it(harness: BotHarness) -> None:
    # (eleventh session: "den 22 september", a day off the session of 21 September, booked all four; since the
    # fourteenth, the one session near it is the reading asked about, and a yes books it)
    [question] = await harness.send(OLLE, "Jag vill anmäla mig till den 22 september. Olle Berg, Mora kommun")
    assert ("Vi uppfattade: anmälan av Olle Berg (Mora kommun) till 21 september 2027. Stämmer det?"
            in (question.text or ""))
    assert await _registered(harness) == []
    text, ics = await harness.press(OLLE, question, "Ja, stämmer", expect=2)
    assert "Anmäld till tisdag 21 september 2027" in (text.text or "")
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 9, 21))]
    assert _ics_days(ics) == [dt.date(2027, 9, 21)]


async def test_a_colleague_said_to_come_unnamed_is_asked_for_and_the_answer_books_both(harness: BotHarness) -> None:
    # (eleventh session: "jag och min kollega" booked the writer and dropped the colleague silently)
    [question] = await harness.send(OLLE, "Jag och min kollega vill komma den 21 september. Olle Berg, Mora kommun")
    assert "Du nämner en person till utan namn: skriv namn och e-postadress" in (question.text or "")
    assert await _registered(harness) == []
    await harness.send(OLLE, "Hon heter Maria Ström, maria.strom@mora.se", expect=2)
    assert sorted((n, d) for n, d, _ in await _registered(harness)) == [
        ("Maria Ström", dt.date(2027, 9, 21)), ("Olle Berg", dt.date(2027, 9, 21))]
    await harness.drained()
    assert [m["To"] for m in _mails(harness)] == ["maria.strom@mora.se"]


async def test_a_writer_correcting_their_sessions_is_asked_and_the_answer_books_them(harness: BotHarness) -> None:
    # (eleventh session: "Nej vänta, inte 21/9" booked both sessions)
    [question] = await harness.send(OLLE, "Anmäl mig till 3/5 och 21/9. Nej vänta, inte 21/9. Olle Berg, Mora kommun")
    assert "Stämmer det?" in (question.text or "")
    assert await _registered(harness) == []
    _, ics = await harness.send(OLLE, "Bara 3 maj", expect=2)
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 5, 3))]
    assert _ics_days(ics) == [dt.date(2027, 5, 3)]


async def test_an_answer_picking_the_latter_of_those_offered_books_it(harness: BotHarness) -> None:
    # (eleventh session: "den första" booked 3 May, the series' first; "den senare" was unclear)
    [question] = await harness.send(OLLE, "Jag vill gärna vara med på höstens träff. Olle Berg, Mora kommun")
    assert "21 september 2027 eller 29 november 2027" in (question.text or "")
    _, ics = await harness.send(OLLE, "den senare", expect=2)
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 11, 29))]
    assert _ics_days(ics) == [dt.date(2027, 11, 29)]


async def test_a_colleague_said_to_come_unnamed_is_asked_for_in_english(harness: BotHarness) -> None:
    [question] = await harness.send(OLLE, "Hi, me and a colleague would like to join on 21 September. Olle Berg, "
                                          "Mora kommun")
    assert ("You mention one more person without a name: write their name and e-mail address and we will register "
            "them too.") in (question.text or "")
    assert await _registered(harness) == []


async def test_yes_to_a_colleague_said_to_come_unnamed_books_those_named(harness: BotHarness) -> None:
    [question] = await harness.send(OLLE, "Jag och min kollega vill komma den 21 september. Olle Berg, Mora kommun")
    await harness.press(OLLE, question, "Ja, stämmer", expect=2)
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 9, 21))]


async def test_a_diet_taken_off_is_cleared_and_the_places_kept(harness: BotHarness) -> None:
    # (eleventh session: "Kan ni ta bort glutenfri kost från min anmälan?" was a cancellation of every session on the
    # rules' reading, and a diet change without a diet left the recorded one in place, saying nothing of it)
    eva = user(1201, "Eva", "Lund")
    await harness.send(eva, "Anmäl mig till 3 maj och 21 september. Jag är glutenintolerant. Eva Lund, Mora kommun",
                       expect=2)
    assert {d for _, _, d in await _registered(harness)} == {"glutenintolerant"}
    [reply] = await harness.send(eva, "Kan ni ta bort glutenfri kost från min anmälan? Jag tål gluten nu.")
    assert await _registered(harness) == [("Eva Lund", dt.date(2027, 5, 3), None),
                                          ("Eva Lund", dt.date(2027, 9, 21), None)]
    assert "kost" in (reply.text or "").lower()


async def test_a_maybe_session_beside_those_booked_is_named_as_not_booked_in_english(harness: BotHarness) -> None:
    # (thirteenth session: the maybe was dropped without a word)
    text, ics = await harness.send(OLLE, "Please sign me up for 21 September, maybe November too. Olle Berg, Mora kommun",
                                   expect=2)
    assert "Not registered for 29 November 2027: you wrote that it is only a maybe. Write here when you know" in (
        text.text or "")
    assert _ics_days(ics) == [dt.date(2027, 9, 21)]
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 9, 21))]


async def test_a_swap_frees_only_the_session_given_up(harness: BotHarness) -> None:
    # (thirteenth session: "byta 3 maj mot 29 november" also cancelled the writer's 21 September)
    await harness.send(OLLE, "Anmäl mig till 3 maj och 21 september. Olle Berg, Mora kommun", expect=2)
    text, _calendar = await harness.send(OLLE, "Jag vill byta 3 maj mot 29 november.", expect=2)
    assert "Avanmäld från 3 maj 2027." in (text.text or "") and "21 september" not in (text.text or "")
    from sqlalchemy import select
    async with harness.db.sessions() as session:
        held = (await session.execute(select(Registration.session_date).where(Registration.status != "cancelled")
                                      .order_by(Registration.session_date))).scalars().all()
    assert list(held) == [dt.date(2027, 9, 21), dt.date(2027, 11, 29)]


def _labels(sent: Sent) -> list[str]:
    return [b["text"] for row in sent.buttons for b in row]


async def test_a_question_which_session_offers_a_button_for_each_and_a_press_books_it(harness: BotHarness) -> None:
    # (fourteenth session: the question which session came with [Ja, stämmer] / [Nej, ändra]; a yes said nothing
    # and asked again, so the chat had to type the date)
    [question] = await harness.send(OLLE, "Jag vill gärna vara med på höstens träff. Olle Berg, Mora kommun")
    assert _labels(question) == ["21 september 2027", "29 november 2027", "Nej, ändra"]
    text, ics = await harness.press(OLLE, question, "29 november", expect=2)
    assert "Anmäld till måndag 29 november 2027" in (text.text or "")
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 11, 29))]
    assert _ics_days(ics) == [dt.date(2027, 11, 29)]
    [stale] = await harness.press(OLLE, question, "21 september", expect=0) or [None]
    assert stale is None   # answered: the other session's button books nothing more
    assert [(n, d) for n, d, _ in await _registered(harness)] == [("Olle Berg", dt.date(2027, 11, 29))]


async def test_a_question_which_session_in_english_offers_english_dates(harness: BotHarness) -> None:
    [question] = await harness.send(OLLE, "I would like to join the autumn session. Olle Berg, Mora kommun")
    assert "21 September 2027" in _labels(question) and "29 November 2027" in _labels(question)
