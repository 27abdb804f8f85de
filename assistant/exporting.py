"""Exports of the participant list: CSV, and XLSX with an overview, the organisations and one sheet per session.

Pure: rows in (``storage`` reads them), bytes out. Used by ``assistant export``, the summary's
attachments and Telegram's ``/export``. Every text cell is made safe here, whatever wrote it: control
characters are left out, and a value a spreadsheet would run as a formula (one starting with
``= + - @``, a tab or a carriage return) is text — a string cell marked as quoted in the workbook, a
leading ``'`` in the CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assistant.config import Config
from assistant.control_chars import strip_controls
from assistant.labels import person_name, status_label
from assistant.listing import Row

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS = ["Träff", "Status", "Namn", "E-post", "Organisation", "Kost", "Anmäld"]
#: First characters that make a spreadsheet read a cell as a formula (or a DDE call); a tab or CR first hides one.
_FORMULA_FIRST = ("=", "+", "-", "@")
_LAYOUT = "\t\n\r"


def _clean(value: str) -> str:
    """A text cell without control characters (tab and line breaks are legal in both formats and kept)."""
    return strip_controls(value, keep=_LAYOUT)


def _formula_like(value: str) -> bool:
    """Whether a spreadsheet could take the (clean) text as a formula."""
    return value.startswith(("\t", "\r")) or value.lstrip(" \t\r\n").startswith(_FORMULA_FIRST)


def _csv_cell(value: str) -> str:
    value = _clean(value)
    return "'" + value if _formula_like(value) else value


def _local(at: dt.datetime, config: Config | None) -> dt.datetime:
    """A stored (UTC) instant in the event's time zone."""
    return at.astimezone(config.event.tz) if config is not None else at


#: The sheet of registrations stored under a session id no configured session has (``assistant sessions``).
ORPHANS = "Utan träff"


def _session_cell(row: Row) -> str:
    return f"{row.session.isoformat()} (ingen träff med det id:t)" if row.orphan else row.session.isoformat()


def _cells(row: Row, config: Config | None = None) -> list[str]:
    return [_session_cell(row), status_label(row.status), person_name(row.name),
            row.email or "", row.organisation or "", row.diet or "",
            _local(row.registered_at, config).strftime("%Y-%m-%d %H:%M")]


def to_csv(rows: list[Row], config: Config | None = None) -> bytes:
    """The list as CSV (UTF-8 with BOM so that Excel reads å, ä, ö right; semicolons as Swedish Excel expects).

    With ``config``, times are the event's local time; without, as stored (UTC).
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_csv_cell(c) for c in _cells(row, config)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


SESSION_HEADERS = ["Nr", "Status", "Namn", "E-post", "Organisation", "Kost", "Anmäld"]
_NUMBER_FORMATS: dict[type[object], str] = {dt.datetime: "yyyy-mm-dd hh:mm", dt.date: "yyyy-mm-dd"}


def to_xlsx(rows: list[Row], config: Config) -> bytes:
    """The list as a workbook: an overview, the organisations, then one sheet per session (named for the date
    it is held on), and registrations stored under no configured session on a sheet of their own.

    Real date cells (local time; Excel has no time zones), bold frozen headers, filters, and
    column widths fitted to the content.
    """
    wb = Workbook()
    overview = wb.active
    assert overview is not None
    overview.title = "Översikt"
    _append(overview, ["Träff", "Plats", "Rubrik", "Kapacitet", "Bekräftade", "Väntelista", "Lediga"])
    for s in config.event.sessions:
        confirmed = sum(1 for r in rows if r.session == s.date and not r.orphan and r.status == "confirmed")
        waiting = sum(1 for r in rows if r.session == s.date and not r.orphan and r.status == "waitlisted")
        _append(overview, [s.date, s.place, s.title, s.capacity, confirmed, waiting, max(0, s.capacity - confirmed)])
    _style(overview)
    _organisation_sheet(wb.create_sheet("Organisationer"), rows, config)
    for s in config.event.sessions:
        _session_sheet(wb.create_sheet(s.date.isoformat()), [r for r in rows if r.session == s.date and not r.orphan],
                       config)
    orphans = [r for r in rows if r.orphan]
    if orphans:
        sheet = wb.create_sheet(ORPHANS)
        _append(sheet, ["Lagrad under id", *SESSION_HEADERS[1:]])
        for r in orphans:
            _append(sheet, [r.session.isoformat(), status_label(r.status), person_name(r.name), r.email or "",
                            r.organisation or "", r.diet or "", _local(r.registered_at, config).replace(tzinfo=None)])
        _style(sheet)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _session_sheet(sheet: Worksheet, rows: list[Row], config: Config) -> None:
    """One session's people in queue order, the waiting list numbered."""
    _append(sheet, SESSION_HEADERS)
    queue = 0
    for n, r in enumerate(rows, start=1):
        if r.status == "waitlisted":
            queue += 1
        status = f"{status_label(r.status)} ({queue})" if r.status == "waitlisted" else status_label(r.status)
        _append(sheet, [n, status, person_name(r.name), r.email or "", r.organisation or "", r.diet or "",
                        _local(r.registered_at, config).replace(tzinfo=None)])
    _style(sheet)


def _organisation_sheet(sheet: Worksheet, rows: list[Row], config: Config) -> None:
    """Per organisation: its quota, how many distinct people use it, and who."""
    _append(sheet, ["Organisation", "Kvot", "Använda", "Personer"])
    people: dict[str, dict[int, str]] = {}
    for r in sorted(rows, key=lambda r: r.queued_at):
        if r.organisation:
            people.setdefault(r.organisation, {}).setdefault(r.person_id, person_name(r.name))
    order = {o.name: i for i, o in enumerate(config.organisations)}
    for name in sorted(people, key=lambda n: (order.get(n, len(order)), n)):
        quota = config.quota_for(name)
        _append(sheet, [name, quota if quota is not None else "–", len(people[name]), ", ".join(people[name].values())])
    _style(sheet)


def _append(sheet: Worksheet, values: Sequence[object]) -> None:
    """Append a row; a text cell is clean, and one that a spreadsheet could run is a string marked as quoted."""
    cleaned = [_clean(v) if isinstance(v, str) else v for v in values]
    sheet.append(cleaned)
    for column, value in enumerate(cleaned, start=1):
        if isinstance(value, str) and _formula_like(value):
            cell = sheet.cell(row=sheet.max_row, column=column)
            cell.data_type = "s"        # openpyxl made it a formula ("="): never one
            cell.quotePrefix = True     # and Excel keeps it text when the cell is edited


def _display_width(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _style(sheet: Worksheet) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    if sheet.max_row > 1:
        sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(sheet.iter_cols(), start=1):
        for cell in column[1:]:
            fmt = _NUMBER_FORMATS.get(type(cell.value))
            if fmt:
                cell.number_format = fmt
        width = max((_display_width(c.value) for c in column if c.value is not None), default=8)
        # +2 for padding, +2 on the header row for the filter button; long titles wrap past 60.
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, width + 4))


def write_export(rows: list[Row], config: Config, fmt: str, output: Path | None) -> Path:
    """Write the export to ``output`` (default: ``anmalningar.<fmt>`` in the current folder)."""
    data = to_csv(rows, config) if fmt == "csv" else to_xlsx(rows, config)
    path = output or Path(f"anmalningar.{fmt}")
    path.write_bytes(data)
    return path


def export_document(rows: list[Row], config: Config, now: dt.datetime) -> tuple[str, bytes]:
    """The list as XLSX named for the local day (Telegram's ``/export``): (filename, bytes)."""
    day = now.astimezone(config.event.tz).date()
    return f"deltagare-{day.isoformat()}.xlsx", to_xlsx(rows, config)
