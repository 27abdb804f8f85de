"""The quota cannot be escaped (issue 12, point 5): not by an unknown domain when the text names the
organisation, not by a forged reply to a clarification. End to end: Dovecot in, aiosmtpd out."""

from __future__ import annotations

import pytest

from tests.servers.dovecot import PASSWORD
from tests.servers.mail_world import PASSWORD_ENV, MailWorld, text_of
from tests.servers.mails import mail

pytestmark = pytest.mark.dovecot

FALUN = [("Karin Ödman", "karin.odman@falun.se"), ("Viktor Lindqvist", "viktor.lindqvist@falun.se"),
         ("Amira Hassan", "amira.hassan@falun.se")]


@pytest.fixture(autouse=True)
def _imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


async def _falun_full(world: MailWorld) -> None:
    """Falu kommun's three places taken, from falun.se."""
    for name, address in FALUN:
        world.send(mail(address, "Anmälan", f"Jag anmäler mig till alla träffar.\n\n{name}\nFalu kommun", name=name))
    await world.settled()


async def _without_organisation(world: MailWorld) -> set[str | None]:
    return {row.name for row in await world.registrations() if row.organisation is None}


async def test_an_unknown_domain_naming_falu_kommun_is_counted_in_its_quota(world: MailWorld) -> None:
    await _falun_full(world)
    world.send(mail("eva.ros@rosplan.se", "Anmälan", "Hej! Jag vill anmäla mig till alla träffar. "
                    "Jag jobbar på Falu kommun.\n\nMvh\nEva Ros\nFalu kommun", name="Eva Ros"))
    replies = await world.settled()
    [answer] = [m for m in replies if m["To"] == "eva.ros@rosplan.se"]
    assert "Karin Ödman" in text_of(answer)   # refused: the quota's holders are named
    assert await _without_organisation(world) == set()
    assert "Eva Ros" not in {row.name for row in await world.registrations()}


async def test_answering_the_clarification_from_an_unknown_domain_does_not_escape_the_quota(
        world: MailWorld) -> None:
    await _falun_full(world)
    world.send(mail("eva.ros@rosplan.se", "Anmälan", "Hej! Jag vill anmäla mig till alla träffar.\n\nEva Ros",
                    name="Eva Ros"))
    [question] = [m for m in await world.settled() if m["To"] == "eva.ros@rosplan.se"]
    assert "organisation" in text_of(question)
    world.send(mail("eva.ros@rosplan.se", "Re: Anmälan", "Jag anmäler mig till alla träffar, från Falu kommun.\n\n"
                    "Eva Ros", name="Eva Ros",
                    headers={"In-Reply-To": question["Message-ID"], "References": question["Message-ID"]}))
    [refused] = [m for m in await world.settled() if m["To"] == "eva.ros@rosplan.se"][1:]
    assert "Karin Ödman" in text_of(refused)   # refused: the quota's holders are named
    assert await _without_organisation(world) == set()
    assert "Eva Ros" not in {row.name for row in await world.registrations()}


async def test_a_forged_reply_to_a_clarification_is_no_answer(world: MailWorld) -> None:
    await _falun_full(world)
    forged = "<clarify.anything@dalalab.example>"
    people = [("Per Ek", "per.ek@gmail.com"), ("Lisa Ström", "lisa.strom@gmail.com"),
              ("Bo Berg", "bo.berg@rosplan.se"), ("Ola Ek", "ola.ek@hotmail.com")]
    for name, address in people:
        world.send(mail(address, "Re: Anmälan", f"Jag anmäler mig till alla träffar.\n\n{name}", name=name,
                        headers={"In-Reply-To": forged, "References": forged}))
    replies = await world.settled()
    assert await _without_organisation(world) == set()   # before: four people without organisation
    for _, address in people:
        [asked] = [m for m in replies if m["To"] == address]
        assert "organisation" in text_of(asked)
    # A real answer to the question actually sent still counts: a consultant with no organisation registers.
    [asked] = [m for m in replies if m["To"] == "bo.berg@rosplan.se"]
    world.send(mail("bo.berg@rosplan.se", "Re: Anmälan", "Jag anmäler mig till alla träffar. Jag är konsult och "
                    "tillhör ingen organisation.\n\nBo Berg",
                    name="Bo Berg", headers={"In-Reply-To": asked["Message-ID"], "References": asked["Message-ID"]}))
    await world.settled()
    assert await _without_organisation(world) == {"Bo Berg"}
