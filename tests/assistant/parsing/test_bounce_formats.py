"""Real-world shapes of bounces, delivery reports and complaints are never answered; people are.

Each mail is a short reconstruction, in our own words, of a format that a run over a public
collection of real automatic mail (sisimai/set-of-emails, see benchmarks/automatic_mail_corpus.py)
found answered, or that issue 12 names.
"""

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_email
from assistant.request import Intent


def answered(raw: str, config: Config, arrival: dt.datetime) -> bool:
    """Whether the service would reply to this mail."""
    result = parse_email(raw.replace("\n", "\r\n").encode("utf-8"), config, arrival)
    return not (result.never_answer or result.intent is Intent.AUTO_REPLY)


AUTOMATIC = {
    "mailer-daemon return path": """\
Return-Path: <MAILER-DAEMON>
From: Mail Services <mail@mx.example.net>
To: anmalan@regiondalarna.se
Subject: Mail could not be delivered
Content-Type: text/plain; charset=us-ascii

Your mail to lena@example.net could not be delivered: the mailbox is full.
""",
    "postmaster return path, ordinary subject": """\
Return-Path: <postmaster@mx.example.net>
From: Hostmaster <hostmaster@example.net>
To: anmalan@regiondalarna.se
Subject: Anmälan DalaLab

Mottagaren finns inte.
""",
    "empty return path with spaces": """\
Return-Path: < >
From: Anna Berg <anna.berg@mora.se>
To: anmalan@regiondalarna.se
Subject: Anmälan

Anmäl mig till 3 maj.
""",
    "delivery warning from postmaster": """\
From: Postmaster <mail-admin@example.net>
To: anmalan@regiondalarna.se
Subject: Mail Delivery Warning
Content-Type: text/plain

This is an advisory only. Delivery to lena@example.net has been delayed; we will keep trying for 4 days.
""",
    "gateway reply, french non remis": """\
From: Passerelle <gw@exemple.fr>
To: anmalan@regiondalarna.se
Subject: RE: Anmälan DalaLab : non remis

Votre message n'a pas pu être remis au destinataire.
""",
    "abuse feedback report (ARF)": """\
From: feedback@isp.example
To: anmalan@regiondalarna.se
Subject: Report about a message
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="b1"

--b1
Content-Type: text/plain

A user of ours marked your message as spam.
--b1
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Reporter/1.0
Version: 1
--b1--
""",
    "complaint as multipart/mixed (Hotmail style)": """\
From: staff@hotmail.example
To: anmalan@regiondalarna.se
Subject: complaint about message from 192.0.2.9
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: message/rfc822
Content-Disposition: inline

From: Linnea <linnea.hassis@regiondalarna.se>
Subject: Välkommen

Hej!
--b2--
""",
    "report in odd case and parameters": """\
From: someone@mx.example.net
To: anmalan@regiondalarna.se
Subject: Info
MIME-Version: 1.0
Content-Type: MULTIPART/Report; Boundary="b3"; Report-Type="Delivery-Status"

--b3
Content-Type: text/plain

Anmäl mig.
--b3--
""",
    "report content-type without semicolon": """\
From: someone@mx.example.net
To: anmalan@regiondalarna.se
Subject: Info
MIME-Version: 1.0
Content-Type: multipart / report report-type=delivery-status; boundary="b4"

--b4
Content-Type: text/plain

Anmäl mig.
--b4--
""",
    "report nested in a mixed message": """\
From: relay@mx.example.net
To: anmalan@regiondalarna.se
Subject: Info
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/report; report-type=delivery-status; boundary="inner"

--inner
Content-Type: text/plain

Anmäl mig.
--inner--
--outer--
""",
    "apache james / verizon": """\
From: post_master@vtext.example.com
To: anmalan@regiondalarna.se
Subject: Re:Anmälan
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="j1"

--j1
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here
--j1--
""",
    "fml loop alert": """\
From: dala-admin@lists.example.se
To: anmalan@regiondalarna.se
Subject: Loop Alert: Duplicated Message-ID (dala ML)
Content-Type: text/plain

Duplicated Message-ID in <dala@lists.example.se>.
""",
    "mcafee gateway: empty From, delivery-status part in a mixed message": """\
From: <>
To: anmalan@regiondalarna.se
Subject: Delivery Status
MIME-Version: 1.0
Content-Type: Multipart/Mixed; boundary="m1"
X-NAI-Header: Modified by McAfee Email Gateway

--m1
Content-Type: text/plain

    --- The following addresses had delivery problems ---
<lena@example.net>   (No such user)
--m1
Content-Type: message/delivery-status; name="deliverystatus.txt"
Content-Disposition: attachment; filename="deliverystatus.txt"

Original-Recipient: <lena@example.net>
Action: failed
--m1--
""",
    "old sendmail bounce, forwarded without a word": """\
From: "Berg, Anna" <anna.berg@mora.se>
To: anmalan@regiondalarna.se
Subject: Fwd: Returned mail: see transcript for details
Content-Type: text/plain

Forwarding this.

Begin forwarded message:

> From: Mail Delivery Subsystem <MAILER-DAEMON>
> Subject: Returned mail: see transcript for details
>
>    ----- The following addresses had permanent fatal errors -----
> <lena@example.net>
>
> Final-Recipient: RFC822; lena@example.net
> Action: failed
> Status: 5.1.1
""",
    "delivery status fields in a plain body": """\
From: mx@example.net
To: anmalan@regiondalarna.se
Subject: Notice

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; lena@example.net
Action: failed
Status: 5.1.1
""",
    "exchange system mailbox": """\
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.net>
To: anmalan@regiondalarna.se
Subject: Anmälan

Delivery has failed to these recipients or groups.
""",
    "mail delivery subsystem display name": """\
From: Mail Delivery Subsystem <mx@example.net>
To: anmalan@regiondalarna.se
Subject: Anmälan

The original message was received and could not be handed on.
""",
}

SUBJECTS = [
    "Undeliverable: Anmälan", "Olevererbart: Anmälan", "Kan ikke leveres: Anmälan", "Ikke leveret: Anmälan",
    "Ei voitu toimittaa: Anmälan", "Unzustellbar: Anmälan", "Non remis : Anmälan", "No se puede entregar: Anmälan",
    "Non recapitabile: Anmälan", "Onbestelbaar: Anmälan", "Não entregue: Anmälan", "Delivery delayed: Anmälan",
    "Returned mail: see transcript for details", "Undelivered Mail Returned to Sender",
    "Delivery Status Notification (Delay)", "Mail delivery failed: returning message to sender",
    "Warning: could not send message for past 4 hours", "Delayed Mail (still being retried)", "failure notice",
    "DELIVERY FAILURE: User lena not listed", "Leverans misslyckades: Anmälan", "Zustellung verzögert: Anmälan",
    "Échec de la remise : Anmälan", "Mancato recapito: Anmälan", "Falha na entrega: Anmälan",
    "SV: Anmälan: Olevererbart", "Re: Anmälan: Unzustellbar", "Automatische Antwort: Anmälan",
    "Respuesta automática: Anmälan", "Automaattinen vastaus: Anmälan", "Automatisch antwoord: Anmälan",
]


@pytest.mark.parametrize("raw", AUTOMATIC.values(), ids=AUTOMATIC.keys())
def test_bounce_formats_are_never_answered(raw: str, config: Config, arrival: dt.datetime) -> None:
    assert not answered(raw, config, arrival)


@pytest.mark.parametrize("subject", SUBJECTS)
def test_delivery_status_subjects_are_never_answered(subject: str, config: Config, arrival: dt.datetime) -> None:
    raw = f"From: Lena Ek <lena.ek@example.net>\nTo: anmalan@regiondalarna.se\nSubject: {subject}\n\nText.\n"
    assert not answered(raw, config, arrival)


PEOPLE = {
    "signup that could not come last time": """\
From: Karin Dahl <karin.dahl@falun.se>
To: anmalan@regiondalarna.se
Subject: Anmälan

Hej! Jag kunde inte komma förra gången, så anmäl mig till 3 maj. Mvh Karin Dahl, Falu kommun
""",
    "signup that mentions delivery": """\
From: Karin Dahl <karin.dahl@falun.se>
To: anmalan@regiondalarna.se
Subject: Anmälan, leverans av material

Anmäl mig till 3 maj. Kan ni leverera materialet i förväg? Det kunde inte levereras förra året.
Mvh Karin Dahl, Falu kommun
""",
    "a person's reply": """\
From: Karin Dahl <karin.dahl@falun.se>
To: anmalan@regiondalarna.se
Subject: Re: Anmälan
In-Reply-To: <x@example.org>

Tack, det blir bra!
""",
    "a municipality's registry mailbox": """\
From: Falu kommun <post@falun.se>
To: anmalan@regiondalarna.se
Subject: Anmälan DalaLab

Anmäl Karin Dahl, Falu kommun, till 3 maj.
""",
    "a bounced signup forwarded with a request": """\
From: Karin Dahl <karin.dahl@falun.se>
To: anmalan@regiondalarna.se
Subject: Fwd: Undeliverable: Anmälan

Min anmälan studsade, jag skickade den till fel adress. Anmäl mig till 3 maj!

---------- Forwarded message ---------
From: Microsoft Outlook <postmaster@falun.se>
Subject: Undeliverable: Anmälan

Delivery has failed to these recipients or groups: anmalan@regiondalarn.se
""",
}


@pytest.mark.parametrize("raw", PEOPLE.values(), ids=PEOPLE.keys())
def test_people_are_answered(raw: str, config: Config, arrival: dt.datetime) -> None:
    assert answered(raw, config, arrival)
