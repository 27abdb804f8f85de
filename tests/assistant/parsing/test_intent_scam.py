"""A participant asking about an invoice they received is asking a question; an invoice demanding payment is
still unsolicited mail (``unsolicited`` weighs it before the intent is read)."""

from __future__ import annotations

import datetime as dt

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import build_mail


def test_a_participant_asking_about_an_invoice_received_is_a_question(config: Config, arrival: dt.datetime) -> None:
    body = ("Hej!\n\nVi har fått en faktura på 3 200 kr att betala till bankgiro 5821-4410 för våra platser i DalaLab. "
            "Stämmer det? Jag trodde att träffarna var kostnadsfria.\n\nMvh\nPer Lind")
    result = parse_email(build_mail(body, subject="Faktura?", sender="Per Lind <per.lind@orsa.se>"), config, arrival)
    assert result.intent is Intent.QUESTION
    assert not result.never_answer


def test_a_chat_question_about_a_payment_demand_is_a_question(config: Config, arrival: dt.datetime) -> None:
    text = "fick en faktura med plusgiro 44 12 33-9, ska vi betala den?? trodde dalalab var gratis"
    result = parse_chat(text, Sender("telegram", "9", "Mia Berg"), config, arrival)
    assert result.intent is Intent.QUESTION


def test_an_invoice_demanding_payment_is_still_unknown(config: Config, arrival: dt.datetime) -> None:
    body = ("FAKTURA 2027-311\n\nAvser: registrering av 2 deltagare, DalaLab 3 maj 2027.\n\n"
            "Att betala: 5 900,00 kr\nBetalas till bankgiro 5821-4410 senast 2027-02-15.\n"
            "Vid utebliven betalning debiteras påminnelseavgift.\n\nKursregistret Norden AB")
    result = parse_email(build_mail(body, subject="Faktura 2027-311", sender="Kursregistret <faktura@kursreg.eu>"),
                         config, arrival)
    assert result.intent is Intent.UNKNOWN
    assert result.never_answer
