"""A registry's forward "för åtgärd" (round 58b): a shared mailbox passing on a message "För kännedom och åtgärd"
or "För åtgärd" points to it; the forwarded writer's request is the request, the mailbox no person of it. (Tested
with the intent model, whose erasure read from the forward kept the rules from the forwarded request before.)"""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

ASKS = ("\n\n________________________________\nFrån: Eskil Borg <eskil.borg@orsa.se>\nSkickat: tisdag 2 mars 2027 "
        "11:05\nTill: Diariet\nÄmne: Ta bort mig\n\nHej. Jag får mejl om DalaLab men har aldrig anmält mig och jobbar "
        "inte med planering. Jag vill att mina uppgifter raderas ur era register.\n\nEskil Borg\nKultur och fritid")


@pytest.mark.parametrize("lead", [("För kännedom och åtgärd – inkom till kommunens registratur 2027-03-02, dnr KS "
                                   "2027/114."),
                                  "För åtgärd – inkom till diariet 2027-03-02."])
def test_a_registry_forward_for_action_is_the_forwarded_request(lead: str, config: Config) -> None:
    r = parse_email(build_mail(f"{lead}\n\nRegistrator\nOrsa kommun" + ASKS, sender="Registrator Orsa kommun <registrator@orsa.se>",
                               subject="VB: Ta bort mig"), config, ARRIVAL)
    assert r.intent == Intent.ERASURE
    assert [(p.name, p.email) for p in r.people] == [("Eskil Borg", "eskil.borg@orsa.se")]
    assert list(r.sessions) == []
