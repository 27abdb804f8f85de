"""The order the rules are asked in: four tables, each read top to bottom. A new rule is one row here.

The first rule that answers decides. Every path that gives a place (a signup, a session added by a
change, a substitute) asks the same ``PLACE_RULES``; each rule's ``applies_to`` says which paths it
judges, so a new rule applies to every path unless it says otherwise.
"""

from __future__ import annotations

from assistant.rules.authority import ErasureByThePerson, NotRegistered, SenderMayChange
from assistant.rules.automatic_mail import AutomaticMail
from assistant.rules.base import MessageRule, PersonRule, RequestRule, Rule
from assistant.rules.capacity import PlaceAvailable, SessionCapacity
from assistant.rules.confirmation_code import ConfirmationCode
from assistant.rules.deadline import DeadlinePassed
from assistant.rules.duplicate import AlreadyRegistered
from assistant.rules.each_own_sessions import EachOwnSessions
from assistant.rules.mass_signup import MassSignup
from assistant.rules.missing_facts import NeedsName, NeedsOrganisation, NeedsSessions
from assistant.rules.not_understood import NotUnderstood
from assistant.rules.organiser_instruction import OrganiserInstruction
from assistant.rules.organiser_mail import OrganiserMail
from assistant.rules.question import Question
from assistant.rules.quota import OrganisationQuota
from assistant.rules.reply_limit import ReplyLimit
from assistant.rules.sessions_per_person import MaxSessionsPerPerson
from assistant.rules.substitute import TakesOverPlace
from assistant.rules.too_large import TooLarge
from assistant.rules.unsure import UnsureAnswer, UnsureReading
from assistant.rules.unverified_sender import UnverifiedSender

# A whole message, before its request is decided: stop it here, or send a request on.
MESSAGE_RULES: tuple[MessageRule, ...] = (
    TooLarge(),              # not parsed: nothing else can be judged
    AutomaticMail(),         # never answered, so no reply limit is spent on it
    UnverifiedSender(),      # a forged or unknown sender: held, nothing answered, nothing changed
    ReplyLimit(),
    ConfirmationCode(),      # the code's one action for its one person goes on, as the person's own request
    OrganiserInstruction(),  # an organiser's "Avanmäl Per Holm från 21 september": done as her action
    OrganiserMail(),         # an organiser's reply to a forward goes to the asker; no signup by accident
    MassSignup(),            # many people at once: held for an organiser, not booked
    Question(),
    EachOwnSessions(),       # people told apart to come to different sessions: an organiser books each
    UnsureAnswer(),          # the answer to our question about an unsure reading completes it (or a human decides)
    UnsureReading(),         # a reading with doubt books nothing: one question states it
    NotUnderstood(),
)

# Before anything is decided: what must be asked for.
REQUEST_RULES: tuple[RequestRule, ...] = (
    NeedsName(),
    NeedsSessions(),
    NeedsOrganisation(),
)

# One person whose registrations a cancellation, change, substitution or erasure would touch.
PERSON_RULES: tuple[PersonRule, ...] = (
    NotRegistered(),
    ErasureByThePerson(),    # erasure: the person only (else a code to their address)
    SenderMayChange(),       # the person or whoever registered them (else a code)
)

# One person asking for a place in one session: the first rule that answers decides.
PLACE_RULES: tuple[Rule, ...] = (
    AlreadyRegistered(),     # a duplicate is answered as such, even after the deadline
    DeadlinePassed(),
    MaxSessionsPerPerson(),
    OrganisationQuota(),
    SessionCapacity(),
    PlaceAvailable(),        # always answers a signup or change: the place is given
    TakesOverPlace(),        # always answers a substitute: the place is taken over
)
