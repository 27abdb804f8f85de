"""Taking an organisation's place is no substitution: "han går i kommunens ställe" registers someone for the
municipality (a consultant, a stand-in for a post left empty); taking a person's place stays a substitution."""

from __future__ import annotations

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent
from tests.assistant.parsing.conftest import ARRIVAL, build_mail

GUNNEL = "Gunnel Dahl <gunnel.dahl@vansbro.se>"


@pytest.mark.parametrize("text", [
    "Vi har ingen planerare just nu, så Mattias Ro på Ramboll går i kommunens ställe. Anmäl honom till alla träffar.",
    "Konsulten Eva Strand tar kommunens plats i DalaLab och deltar på alla fyra träffarna.",
    "Vår konsult Per Lind från WSP går i kommunens ställe på träffarna den 3 maj och 21 september.",
    "Vi vill gärna att Anna Berg på Sweco går i regionens ställe tillsammans med mig. Vi anmäler oss båda till alla.",
    "Jonas Ek från Tyréns tar förvaltningens plats och anmäls härmed till samtliga träffar.",
    "Kan ni anmäla Lisa Ström (konsult)? Hon tar avdelningens plats på alla fyra träffarna.",
])
def test_taking_an_organisations_place_is_a_signup(config: Config, text: str) -> None:
    r = parse_email(build_mail(f"Hej!\n\n{text}\n\nMvh\nGunnel Dahl\nVansbro kommun", sender=GUNNEL), config,
                    ARRIVAL)
    assert r.intent == Intent.REGISTER


@pytest.mark.parametrize("text", [
    "Jag kan tyvärr inte komma, så Per Lind går i mitt ställe på alla träffar.",
    "Eva Strand tar Annas plats på träffarna, Anna har slutat.",
    "Per Lind går i Annas ställe den 21 september.",
    "Min kollega Jonas Ek tar hans plats från och med hösten.",
])
def test_taking_a_persons_place_stays_a_substitution(config: Config, text: str) -> None:
    r = parse_email(build_mail(f"Hej!\n\n{text}\n\nMvh\nGunnel Dahl\nVansbro kommun", sender=GUNNEL), config,
                    ARRIVAL)
    assert r.intent == Intent.CHANGE
