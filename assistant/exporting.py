"""Exports of the participant list: CSV, and XLSX with one sheet per session plus an overview."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from assistant.config import Config
from storage.registrations import Row

HEADERS = ["Träff", "Status", "Namn", "E-post", "Organisation", "Kost", "Anmäld"]
_STATUS_SV = {"confirmed": "bekräftad", "waitlisted": "väntelista", "cancelled": "avanmäld"}


def _cells(row: Row) -> list[str]:
    return [row.session.isoformat(), _STATUS_SV.get(row.status, row.status), row.name or "(raderad)",
            row.email or "", row.organisation or "", row.diet or "",
            row.registered_at.strftime("%Y-%m-%d %H:%M")]


def to_csv(rows: list[Row]) -> bytes:
    """The list as CSV (UTF-8 with BOM so that Excel reads å, ä, ö right; semicolons as Swedish Excel expects)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow(_cells(row))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(rows: list[Row], config: Config) -> bytes:
    """The list as a workbook: an overview sheet, then one sheet per session."""
    wb = Workbook()
    overview = wb.active
    overview.title = "Översikt"
    overview.append(["Träff", "Plats", "Kapacitet", "Bekräftade", "Väntelista", "Lediga"])
    for s in config.event.sessions:
        confirmed = sum(1 for r in rows if r.session == s.date and r.status == "confirmed")
        waiting = sum(1 for r in rows if r.session == s.date and r.status == "waitlisted")
        overview.append([s.date.isoformat(), s.place, s.capacity, confirmed, waiting, max(0, s.capacity - confirmed)])
    _style(overview)
    for s in config.event.sessions:
        sheet = wb.create_sheet(s.date.isoformat())
        sheet.append(HEADERS)
        for r in rows:
            if r.session == s.date:
                sheet.append(_cells(r))
        _style(sheet)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _style(sheet: object) -> None:
    from openpyxl.worksheet.worksheet import Worksheet
    assert isinstance(sheet, Worksheet)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(sheet.columns, start=1):
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[get_column_letter(i)].width = min(60, max(10, width + 2))


def write_export(rows: list[Row], config: Config, fmt: str, output: Path | None) -> Path:
    """Write the export to ``output`` (default: ``anmalningar.<fmt>`` in the current folder)."""
    data = to_csv(rows) if fmt == "csv" else to_xlsx(rows, config)
    path = output or Path(f"anmalningar.{fmt}")
    path.write_bytes(data)
    return path
