"""The daily summary's texts, in Swedish: plain text (also the CLI preview), HTML, Telegram, one line.

Pure: a ``Report`` in, strings out; every word of the summary is here (the status words are
``assistant/labels.py``'s). The HTML comes from ``templates/summary/summary.html.j2``
(organisers may override it in their ``templates_dir``): inline styles and table-based fill bars
only, so that it renders the same in Outlook, Gmail and Apple Mail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from tabulate import tabulate

from assistant.labels import status_label
from assistant.replies import PACKAGE_TEMPLATES, long_date, short_date
from assistant.summary.facts import NOT_ANSWERED
from assistant.summary.report import (
    ATTENTION_KINDS,
    CHANGE_KINDS,
    Attention,
    ChangeLine,
    OrganisationUse,
    RefusalLine,
    Report,
)

TELEGRAM_LIMIT = 4096
BAR_CELLS = 10
CHANGE_TITLES = {"new": "Nya anmälningar", "cancelled": "Avanmälningar", "changed": "Ändringar",
                 "promoted": "Flyttade från väntelistan till plats"}
ATTENTION_TITLES = {"question": "Frågor som vidarebefordrats", "not-understood": "Meddelanden som inte förstods",
                    "pending-confirmation": "Ändringar som väntar på bekräftelse",
                    "failed-reply": "Svar som inte kunde skickas", "held": "Meddelanden som hålls för granskning",
                    "failed-message": "Meddelanden som inte kunde behandlas"}
DETAILS = {"erasure": "uppgifterna raderade på begäran", "substituted": "lämnade platsen till en kollega",
           "substitute": "tog över en kollegas plats", "changed-diet": "kost ändrad",
           "changed-details": "uppgifter ändrade", "changed-sessions": "byte av träffar"}
NOT_ANSWERED_TITLE = "Inte besvarade"
NOT_ANSWERED_NOTE = "tack, utskick, bluffmejl och annat som inte gäller träffarna; sparade, inget att göra"
HELD = {"too-large": "för stort, inte tolkat", "reply-limit": "svarsgränsen för adressen nådd",
        "mass-signup": "många personer på en gång – väntar på en arrangör",
        "unverified-sender": "avsändaren kunde inte styrkas (DMARC)",
        "organiser-mail": "från en arrangörsadress, inte tolkat som anmälan",
        "unsure": "oklar begäran – väntar på en arrangör"}
#: A count of items for a human, singular and plural ("1 fråga", "2 frågor").
ATTENTION_COUNTS = {"question": ("fråga", "frågor"),
                    "not-understood": ("meddelande som inte förstods", "meddelanden som inte förstods"),
                    "pending-confirmation": ("ändring som väntar på bekräftelse", "ändringar som väntar på bekräftelse"),
                    "failed-reply": ("svar som inte kunde skickas", "svar som inte kunde skickas"),
                    "held": ("meddelande som hålls för granskning", "meddelanden som hålls för granskning"),
                    "failed-message": ("meddelande som inte kunde behandlas", "meddelanden som inte kunde behandlas")}
#: Why places were refused, by rule (any other rule: its name).
REFUSAL_TITLES = {"organisation-quota": "Organisationens kvot var full", "deadline-passed": "Efter sista anmälningsdag",
                  "session-full": "Träffen var full", "max-sessions-per-person": "Fler träffar än en person får gå på",
                  "already-registered": "Redan anmäld"}
INTENTS = {"register": "anmälan", "cancel": "avanmälan", "change": "ändring", "erasure": "radering"}
REPLY_KINDS = {"confirmation": "bekräftelse", "rejection": "avböjande", "cancellation": "avanmälan",
               "clarification": "motfråga", "acknowledgement": "kvittens", "forward": "vidarebefordran",
               "promotion": "plats från väntelistan", "confirm-change": "begäran om bekräftelse",
               "summary": "sammanfattning", "reply": "svar"}
#: What the caps on sending held back, by outbox kind, in words (any other kind: an answer, "svar").
HELD_BACK_WORDS = {"confirm-change": "kodmejl", "link-telegram": "kopplingsmejl",
                   "promotion": "besked om plats från väntelistan"}
_SHORT_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def count(n: int, singular: str, plural: str) -> str:
    """"1 avanmäld", "2 avanmälda", "0 personer"."""
    return f"{n} {singular if n == 1 else plural}"


def day_month(day: dt.date) -> str:
    """"3 maj"."""
    return f"{day.day} {_SHORT_MONTHS[day.month - 1]}"


def moment(at: dt.datetime) -> str:
    """"2 feb 14.03" (local time already)."""
    return f"{day_month(at.date())} {at:%H.%M}"


def deadline_line(report: Report) -> str:
    """How long registration stays open, or that it has closed."""
    last = short_date(report.deadline, "sv")
    if report.days_left > 1:
        return f"{report.days_left} dagar kvar till sista anmälningsdag ({last})."
    if report.days_left == 1:
        return f"1 dag kvar till sista anmälningsdag ({last})."
    if report.days_left == 0:
        return f"Sista anmälningsdag är i dag ({last})."
    return f"Anmälan är stängd sedan {last}: nya anmälningar tas inte emot."


def subject(report: Report) -> str:
    """The e-mail subject: the day and what happened, at a glance."""
    return f"[Anmälan] Daglig sammanfattning {short_date(report.day, 'sv')}: {_at_a_glance(report)}"


def _at_a_glance(report: Report, with_todo: bool = True) -> str:
    if report.quiet:
        return "inget nytt"
    parts = [count(len(report.changes_of(k)), one, many) for k, one, many in
             (("new", "ny", "nya"), ("cancelled", "avanmäld", "avanmälda"), ("changed", "ändrad", "ändrade"),
              ("promoted", "från kö", "från kö")) if report.changes_of(k)]
    refused = sum(len(r.people) for r in report.refusals)
    if refused:
        parts.append(count(refused, "avböjd", "avböjda"))
    todo = sum(1 for a in report.attention if a.new)
    if todo and with_todo:
        parts.append(f"{todo} att hantera")
    return ", ".join(parts)


def one_line(report: Report) -> str:
    """The summary of a day when nothing happened."""
    confirmed = sum(s.confirmed for s in report.sessions)
    waiting = sum(s.waitlisted for s in report.sessions)
    return (f"{report.event}: inget nytt sedan förra sammanfattningen – "
            f"{count(confirmed, 'bekräftad plats', 'bekräftade platser')}, {waiting} på väntelista. "
            f"{deadline_line(report)}\n")


def _bar(percent: int) -> str:
    filled = round(percent * BAR_CELLS / 100)
    return "[" + "#" * filled + "-" * (BAR_CELLS - filled) + f"] {percent} %"


def session_table(report: Report) -> str:
    """The sessions as a plain-text table."""
    rows = [(short_date(s.date, "sv"), s.place, f"{s.confirmed}/{s.capacity}", s.waitlisted, s.places_left,
             _bar(s.percent)) for s in report.sessions]
    return str(tabulate(rows, headers=["Träff", "Plats", "Bekräftade", "Väntelista", "Lediga", "Fyllnad"]))


def organisation_line(use: OrganisationUse) -> str:
    """"Falu kommun 3/3: A, B, C" (no quota: "Region Dalarna 2: A, B")."""
    used = f"{len(use.people)}/{use.quota}" if use.quota is not None else str(len(use.people))
    return f"{use.name} {used}: {', '.join(use.people)}"


def change_detail(line: ChangeLine) -> str:
    """What the change was, in words ("tog över en kollegas plats", "ny kost: vegansk"); "" if nothing to add."""
    if line.detail == "changed-diet" and line.diet:
        return f"ny kost: {line.diet}"
    return DETAILS.get(line.detail, line.detail) if line.detail else ""


def change_text(line: ChangeLine) -> str:
    """"Anna Andersson (Falu kommun): 3 maj, 21 sep (väntelista) – tog över en kollegas plats"."""
    who = f"{line.name} ({line.organisation})" if line.organisation else line.name
    when = ", ".join(day_month(d) + ("" if status in ("confirmed", "cancelled") or line.kind == "cancelled"
                                     else f" ({status_label(status)})")
                     for d, status in line.sessions)
    text = f"{who}: {when}" if when else who
    detail = change_detail(line)
    return f"{text} – {detail}" if detail else text


def attention_detail(item: Attention) -> str:
    """What the item is about, in words ("för stort, inte tolkat: Anmälan", "bekräftelse via email: 550 ...")."""
    if item.kind == "held":
        why = HELD.get(item.code or "", item.code or "")
        return f"{why}: {item.text or '(ingen ämnesrad)'}"
    if item.kind == "failed-message":
        return item.text or "okänt fel"
    if item.kind == "pending-confirmation":
        what = INTENTS.get(item.code or "", item.code or "")
        return f"{what} begärd av {item.asked_by or '?'}, väntar på svar från {item.confirm_to or '?'}"
    if item.kind == "failed-reply":
        kind = REPLY_KINDS.get(item.code or "", item.code or "")
        return f"{kind} via {item.channel}: {item.text or 'inget svar från servern'}"
    if item.kind == "question" and item.code == "handled":
        return f"{item.text or ''} – besvarad"
    return item.text or ""


def attention_who(item: Attention) -> str:
    """Who the item is about: the sender, recipient or person (or the address awaited)."""
    if item.kind == "pending-confirmation":
        return item.who or item.confirm_to or "?"
    return item.who or "(okänd avsändare)"


def waiting(report: Report) -> bool:
    """Whether anything waits for a human (mail never answered on purpose does not)."""
    return any(report.attention_of(kind) for kind in ATTENTION_KINDS)


def not_answered(report: Report) -> list[Attention]:
    """The mail stored and never answered on purpose since the last summary (a thank-you, a newsletter, a scam)."""
    return [a for a in report.attention_of(NOT_ANSWERED) if a.new]


def attention_text(item: Attention) -> str:
    """"2 feb 14.03, anna@falun.se: Blir det lunch?"."""
    mark = "" if item.new else " (sedan tidigare)"
    return f"{moment(item.at)}, {attention_who(item)}: {attention_detail(item)}{mark}"


def held_back_lines(report: Report) -> list[str]:
    """"3 svar och 2 kodmejl hölls tillbaka ...", "7 vidarebefordringar samlades ..." (none: [])."""
    held: dict[str, int] = {}
    gathered = 0
    for h in report.held_back:
        if h.gathered:
            gathered += h.count
        else:
            word = HELD_BACK_WORDS.get(h.kind, "svar")
            held[word] = held.get(word, 0) + h.count
    out = []
    if held:
        parts = [f"{n} {word}" for word, n in held.items()]
        listed = " och ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
        out.append(f"{listed} hölls tillbaka av gränserna för utskick och skickades aldrig.")
    if gathered:
        what = "1 vidarebefordran" if gathered == 1 else f"{gathered} vidarebefordringar"
        out.append(f"{what} samlades i en sammanställning i stället för att skickas var för sig "
                   "(högst en sammanställning i timmen).")
    return out


def diet_text(report: Report, date: dt.date) -> str:
    """"vegetarisk 3, glutenfri 1; utan särskild kost 8"; a quiet session in a few words ("inga bekräftade
    deltagare", "3 personer, ingen särskild kost")."""
    diet = next(d for d in report.diets if d.date == date)
    if not diet.counts:
        return f"{count(diet.without, 'person', 'personer')}, ingen särskild kost" if diet.without \
            else "inga bekräftade deltagare"
    counts = ", ".join(f"{name} {n}" for name, n in diet.counts)
    return f"{counts}; utan särskild kost {diet.without}" if diet.without else counts


def refusal_text(line: RefusalLine) -> str:
    """"Organisationens kvot var full (2): Olle Dahl 21 sep, Eva Berg 21 sep"."""
    title = REFUSAL_TITLES.get(line.reason, line.reason)
    who = ", ".join(name + (f" {day_month(day)}" if day else "") for name, day in line.people)
    return f"{title} ({len(line.people)}): {who}"


def at_quota_line(report: Report) -> str:
    """"Har nått sin kvot (nästa person avböjs): Falu kommun 3/3." ("" when none has)."""
    if not report.at_quota:
        return ""
    return ("Har nått sin kvot (nästa person avböjs): "
            + ", ".join(f"{o.name} {len(o.people)}/{o.quota}" for o in report.at_quota) + ".")


def render_text(report: Report) -> str:
    """The full summary as plain text (the e-mail's text part and ``assistant summary --preview``)."""
    since = (f"Sedan förra sammanfattningen {long_date(report.since.date(), 'sv')} kl. {report.since:%H.%M}."
             if report.since else "Första sammanfattningen: allt sedan start.")
    out = [report.event, f"Daglig sammanfattning {long_date(report.day, 'sv')}", since, "",
           deadline_line(report), "", "TRÄFFAR", session_table(report), "", "ORGANISATIONER"]
    out += [organisation_line(o) for o in report.organisations] or ["Inga anmälda ännu."]
    if report.nobody_from:
        out.append("Ingen anmäld ännu från: " + ", ".join(report.nobody_from) + ".")
    if report.at_quota:
        out.append(at_quota_line(report))
    out += ["", "SEDAN FÖRRA SAMMANFATTNINGEN" if report.since else "HITTILLS"]
    for kind in CHANGE_KINDS:
        lines = report.changes_of(kind)
        if lines:
            out.append(f"{CHANGE_TITLES[kind]} ({len(lines)}):")
            out += [f"  - {change_text(c)}" for c in lines]
    if not report.changes:
        out.append("Inga ändringar.")
    if report.refusals:
        out += ["", "AVBÖJDA PLATSER"]
        out += [f"  - {refusal_text(r)}" for r in report.refusals]
    out += ["", "BEHÖVER EN MÄNNISKA"]
    for kind in ATTENTION_KINDS:
        items = report.attention_of(kind)
        if items:
            out.append(f"{ATTENTION_TITLES[kind]} ({len(items)}):")
            out += [f"  - {attention_text(a)}" for a in items]
    if not waiting(report):
        out.append("Inget väntar.")
    if quiet := not_answered(report):
        out += ["", f"{NOT_ANSWERED_TITLE.upper()} ({len(quiet)}; {NOT_ANSWERED_NOTE})"]
        out += [f"  - {attention_text(a)}" for a in quiet]
    if report.held_back:
        out += ["", "GRÄNSER FÖR UTSKICK", *held_back_lines(report)]
    out += ["", "KOST (bekräftade deltagare)"]
    out += [f"{short_date(d.date, 'sv')}: {diet_text(report, d.date)}" for d in report.diets]
    out += ["", "Deltagarlistan finns bifogad som Excel (XLSX) och CSV."]
    return "\n".join(out) + "\n"


def render_telegram(report: Report) -> str:
    """A compact version for the organisers' Telegram chats (the list itself: /export)."""
    if report.quiet:
        return one_line(report)
    out = [f"Sammanfattning {short_date(report.day, 'sv')} – {report.event}", "",
           "Träffar (bekräftade/kapacitet):"]
    out += [f"{day_month(s.date)}: {s.confirmed}/{s.capacity}" + (f", kö {s.waitlisted}" if s.waitlisted else "")
            + (" – fullt" if s.places_left == 0 else f", {s.places_left} lediga") for s in report.sessions]
    out += ["", "Sedan sist: " + (_at_a_glance(report, with_todo=False) if report.changes or report.refusals
                                   else "inga ändringar")]
    if report.at_quota:
        out.append(at_quota_line(report))
    todo = [count(len(report.attention_of(k)), *ATTENTION_COUNTS[k]) for k in ATTENTION_KINDS
            if report.attention_of(k)]
    if todo:
        out += ["Behöver en människa: " + "; ".join(todo) + " (se e-posten)"]
    out += held_back_lines(report)
    out += [deadline_line(report), "", "Deltagarlistan som Excel: /export"]
    text = "\n".join(out) + "\n"
    return text if len(text) <= TELEGRAM_LIMIT else text[:TELEGRAM_LIMIT - 2] + "…\n"


def _environment(templates_dir: Path | None) -> Environment:
    loaders: list[Any] = [FileSystemLoader(str(templates_dir))] if templates_dir else []
    loaders.append(FileSystemLoader(str(PACKAGE_TEMPLATES)))
    return Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(["html", "j2"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_html(report: Report, templates_dir: Path | None = None) -> str:
    """The summary as HTML for the e-mail's HTML part."""
    template = _environment(templates_dir).get_template("summary/summary.html.j2")
    return template.render(
        r=report, since=(f"{long_date(report.since.date(), 'sv')} kl. {report.since:%H.%M}"
                         if report.since else None),
        day=long_date(report.day, "sv"), deadline=deadline_line(report), short_date=short_date,
        change_kinds=CHANGE_KINDS, change_titles=CHANGE_TITLES, change_text=change_text,
        attention_kinds=ATTENTION_KINDS, attention_titles=ATTENTION_TITLES, attention_text=attention_text,
        waiting=waiting(report), not_answered=not_answered(report), not_answered_title=NOT_ANSWERED_TITLE,
        not_answered_note=NOT_ANSWERED_NOTE,
        held_back=held_back_lines(report), diet_text=diet_text, bar_colour=_bar_colour,
        refusal_text=refusal_text, at_quota=at_quota_line(report))


def render_quiet_html(report: Report) -> str:
    """The one-line summary as HTML."""
    from markupsafe import escape
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head>'
            f'<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">'
            f'<p style="margin: 0;">{escape(one_line(report).strip())}</p></body></html>')


def _bar_colour(percent: int) -> str:
    return "#c62828" if percent >= 100 else "#ef8f00" if percent >= 80 else "#2e7d32"
