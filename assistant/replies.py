"""Replies in Swedish (English when written to in English), from templates organisers can edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from assistant.booking import Holder
from assistant.config import Config, Session
from assistant.decision import Decision, Outcome, Verdict
from assistant.request import Intent, ParsedRequest, Person, Sender, Unsure
from assistant.rules.authority import may_change
from assistant.rules.unsure import choices, wanted_in_full

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"

_MONTHS = {"sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                  "oktober", "november", "december"],
           "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]}
_WEEKDAYS = {"sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
             "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def long_date(day: dt.date, language: str) -> str:
    """"måndag 3 maj 2027" / "Monday 3 May 2027"."""
    lang = language if language in _MONTHS else "sv"
    return f"{_WEEKDAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def short_date(day: dt.date, language: str) -> str:
    """"3 maj 2027"."""
    lang = language if language in _MONTHS else "sv"
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


class Replies:
    """Renders replies for one configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config
        loaders: list[Any] = []
        if config.templates_dir is not None:
            loaders.append(FileSystemLoader(str(config.templates_dir)))
        loaders.append(FileSystemLoader(str(PACKAGE_TEMPLATES)))
        self.env = Environment(loader=ChoiceLoader(loaders), undefined=StrictUndefined,
                               keep_trailing_newline=True, autoescape=False)
        self.env.filters["and_join"] = and_join
        self.html_env = Environment(loader=ChoiceLoader(loaders), autoescape=True)

    def render(self, template_name: str, language: str, **values: Any) -> str:
        """Render ``<language>/<template_name>.txt.j2`` with the event and ``values``."""
        lang = language if language in _MONTHS else "sv"
        template = self.env.get_template(f"{lang}/{template_name}.txt.j2")
        text = template.render(event=self.config.event, **values)
        return _tidy(text)

    def reason(self, name: str, language: str, **values: Any) -> str:
        """The text of a rule (or other reason) ``name``: ``<language>/reasons/<name>.txt.j2``, one paragraph."""
        lang = language if language in _MONTHS else "sv"
        template = self.env.get_template(f"{lang}/reasons/{name}.txt.j2")
        values.setdefault("all_sessions", self.all_sessions(lang))
        values.setdefault("deadline", short_date(self.config.event.registration_deadline, lang))
        return " ".join(template.render(event=self.config.event, limits=self.config.limits, **values).split())

    def subject(self, kind: str, language: str, **values: Any) -> str:
        """A subject line: ``<language>/subjects/<kind>.txt.j2``."""
        lang = language if language in _MONTHS else "sv"
        template = self.env.get_template(f"{lang}/subjects/{kind}.txt.j2")
        return " ".join(template.render(event=self.config.event, **values).split())

    def html(self, text: str, language: str) -> str:
        """The HTML alternative of a plain-text reply (escaped; paragraphs kept)."""
        paragraphs = [p.splitlines() for p in text.split("\n\n") if p.strip()]
        return self.html_env.get_template("body.html.j2").render(paragraphs=paragraphs, language=language)

    def session_view(self, day: dt.date, language: str) -> dict[str, Any]:
        """What templates say about a session."""
        session = self.config.event.session_on(day)
        if session is None:
            return {"day": short_date(day, language), "when": long_date(day, language), "place": "", "title": ""}
        return _session_view(session, language)

    def all_sessions(self, language: str) -> str:
        """"3 maj 2027, 21 september 2027, ..."."""
        return ", ".join(short_date(s.date, language) for s in self.config.event.sessions)

    def decision_text(self, request: ParsedRequest, decision: Decision, greeting_name: str | None,
                      stopped_by: str | None = None, kept: frozenset[dt.date] = frozenset()) -> str:
        """The reply to the sender of a request (``stopped_by``: the message rule that answered instead; ``kept``:
        the sessions the sender's calendar keeps, ``deciding.kept_for_sender``)."""
        lang = request.language
        people = _people_view(self, decision.verdicts, request, lang)
        missing = [self.reason(f"needs-{fact}", lang) for fact in decision.missing]
        return self.render(
            "reply", lang, greeting_name=greeting_name, missing=missing,
            stopped_by=self._stopped_by(stopped_by, decision, request) if stopped_by else None,
            intent=request.intent.value, people=people, channel=request.sender.channel,
            # promotions are told to the promoted person in a message of their own, with their own calendar file;
            # so is a colleague with an address (``notify``): the sender's file holds the others' sessions
            confirmed_any=any(v.outcome is Outcome.CONFIRMED and not v.facts.get("notify") for v in decision.verdicts),
            cancelled_any=any(v.outcome is Outcome.CANCELLED and not v.facts.get("notify") for v in decision.verdicts),
            leaves_calendar=any(v.outcome is Outcome.CANCELLED and not v.facts.get("notify") and v.session not in kept
                                for v in decision.verdicts),
            question=request.question if request.intent is not Intent.QUESTION else None,
            deadline=short_date(self.config.event.registration_deadline, lang),
            all_sessions=self.all_sessions(lang),
            # sessions named only as a maybe beside those booked: not booked, and said so
            maybe=and_join([short_date(d, lang) for d in request.maybe], lang) if request.maybe else None)

    def _stopped_by(self, reason: str, decision: Decision, request: ParsedRequest) -> str:
        """The text of the reason that answered instead, with its verdict's facts when the decision holds one,
        and the request as we read it (``reading``: a question about an unsure reading states it)."""
        verdict = next((v for v in decision.verdicts if v.reason == reason), None)
        return self.reason(reason, request.language, reading=self.reading(request), **said(verdict))

    def reading(self, request: ParsedRequest) -> dict[str, Any]:
        """What we read in a request, for a text that states it: who (name, organisation), the intent, the
        sessions (none named: all), the sessions an unsure reference hesitates between (``choices``), those
        named by the given name alone, whose full name is asked for (``given_only``; ``several``: one or more of those to
        choose from may be meant), and how many are said to come
        unnamed, whose names are asked for (``unnamed``)."""
        lang = request.language
        days = sorted(set(request.sessions)) if request.sessions_named else []
        return {"who": [_who(p, request.sender) for p in request.people],
                "intent": request.intent.value, "change": request.change, "diet": request.diet,
                "days": and_join((short_date(d, lang) for d in days), lang),
                "choices": _or_join([short_date(dt.date.fromisoformat(d), lang) for d in choices(request)], lang),
                "several": request.several,
                "given_only": wanted_in_full(request),
                "unnamed": request.unnamed if Unsure.UNNAMED in request.unsure else 0,
                "channel": request.sender.channel}


def _who(person: Person, sender: Sender) -> str:
    """A person as a reading states them: the name, and in brackets the address given for them (not the writer's
    own: an address mistyped or misread is seen before anyone is booked on it) and the organisation."""
    address = person.email if person.email and person.email.casefold() != (sender.address or "").casefold() else None
    details = ", ".join(d for d in (address, person.organisation) if d)
    shown = person.name or person.email or "?"
    return f"{shown} ({details})" if details and person.name else shown


def said(verdict: Verdict | None) -> dict[str, Any]:
    """What a reason's text is given of its verdict: the facts and the outcome (nothing without one)."""
    return {"facts": verdict.facts, "outcome": verdict.outcome.value} if verdict is not None else {}


def _session_view(session: Session, language: str) -> dict[str, Any]:
    sep = "kl." if language == "sv" else "at"
    when = (f"{long_date(session.date, language)} {sep} {session.start:%H.%M}–{session.end:%H.%M}"
            if language == "sv" else
            f"{long_date(session.date, language)} {sep} {session.start:%H:%M}–{session.end:%H:%M}")
    return {"day": short_date(session.date, language), "when": when, "place": session.place,
            "title": session.title, "date": session.date.isoformat()}


def _or_join(words: list[str], language: str) -> str:
    """"A, B eller C" / "A, B or C"."""
    return _joined(words, " eller " if language == "sv" else " or ")


def and_join(items: Iterable[str], language: str) -> str:
    """"A, B och C" / "A, B and C"."""
    return _joined([str(i) for i in items], " och " if language == "sv" else " and ")


def _joined(words: list[str], last: str) -> str:
    return ", ".join(words[:-1]) + last + words[-1] if len(words) > 1 else "".join(words)


def _own(holder: Holder, request: ParsedRequest) -> bool:
    """Whether the sender is the person or whoever registered them: only they are shown the stored diet
    (an allergy is nobody else's business)."""
    return not holder.stored or may_change(holder, request.sender)


def _reachable(holder: Holder) -> bool:
    """Whether a person can be told directly: an address, or a Telegram account of their own."""
    return bool(holder.email or holder.telegram_user_id)


def _people_view(replies: Replies, verdicts: Iterable[Verdict], request: ParsedRequest,
                 language: str) -> list[dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for v in verdicts:
        if v.outcome is Outcome.PROMOTED:
            continue  # the promoted person is told in a message of their own
        entry = people.setdefault(v.holder.ref, {
            "name": v.holder.name or v.holder.email or "?", "organisation": v.holder.organisation,
            "diet": (v.holder.diet if _own(v.holder, request) else None)
            or (request.diet if len(request.people) == 1 else None), "lines": [],
            "confirmed_any": False, "told": None, "no_address": False})
        if v.facts.get("notify"):
            entry["told"] = v.facts["notify"]   # the person's own confirmation went to their address
        elif v.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED) and not _reachable(v.holder):
            entry["no_address"] = True         # no address of their own: the sender is the one told
        session = replies.session_view(v.session, language) if v.session else {}
        line = {"outcome": v.outcome.value, "reason": v.reason, "facts": v.facts, "session": session,
                "days": [session["day"]] if session else []}
        previous = entry["lines"][-1] if entry["lines"] else None
        if (previous is not None and v.outcome is not Outcome.CONFIRMED and session
                and (previous["outcome"], previous["reason"], previous["facts"]) == (line["outcome"], v.reason, v.facts)):
            previous["days"].append(session["day"])   # one line for the same answer about several sessions
            previous["session"] = {**previous["session"], "day": and_join(previous["days"], language)}
            continue
        entry["lines"].append(line)
        if v.outcome is Outcome.CONFIRMED:
            entry["confirmed_any"] = True
    for entry in people.values():
        for line in entry["lines"]:
            line["text"] = replies.reason(line["reason"], language, s=line["session"], facts=line["facts"],
                                          outcome=line["outcome"])
    return list(people.values())


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"
