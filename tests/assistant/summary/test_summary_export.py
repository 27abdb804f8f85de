"""The participant list as a workbook an organiser opens in Excel: overview, organisations, one sheet per session."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import load_workbook

from assistant.config import Config
from assistant.exporting import export_document, to_csv, to_xlsx
from assistant.listing import Row
from tests.conftest import local

S1, S2 = dt.date(2027, 5, 3), dt.date(2027, 9, 21)


def _row(pid: int, name: str, org: str, session: dt.date, status: str = "confirmed", diet: str | None = None) -> Row:
    at = local(2027, 3, 1, 8, 0) + dt.timedelta(minutes=pid)
    return Row(pid, name, f"{name.split()[0].lower()}@falun.se", org, diet, session, status, at, at)


ROWS = [_row(1, "Anna Berg", "Falu kommun", S1, diet="vegetarisk"), _row(2, "Erik Lund", "Falu kommun", S1),
        _row(3, "Karin Sjö", "Region Dalarna", S1, "waitlisted"), _row(4, "Per Ström", "Region Dalarna", S1,
                                                                     "waitlisted"),
        _row(1, "Anna Berg", "Falu kommun", S2, diet="vegetarisk")]


def test_workbook_sheets_headers_cells_and_widths(config: Config) -> None:
    book = load_workbook(io.BytesIO(to_xlsx(ROWS, config)))
    assert book.sheetnames == ["Översikt", "Organisationer", "2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"]
    overview = [list(r) for r in book["Översikt"].iter_rows(values_only=True)]
    assert overview[0] == ["Träff", "Plats", "Rubrik", "Kapacitet", "Bekräftade", "Väntelista", "Lediga"]
    assert overview[1][0] == dt.datetime(2027, 5, 3) and overview[1][3:] == [60, 2, 2, 58]
    orgs = [list(r) for r in book["Organisationer"].iter_rows(min_row=2, values_only=True)]
    assert orgs == [["Falu kommun", 3, 2, "Anna Berg, Erik Lund"], ["Region Dalarna", "–", 2, "Karin Sjö, Per Ström"]]
    first = book["2027-05-03"]
    assert [c.value for c in first[1]] == ["Nr", "Status", "Namn", "E-post", "Organisation", "Kost", "Anmäld"]
    assert [c.value for c in first[2]][:6] == [1, "bekräftad", "Anna Berg", "anna@falun.se", "Falu kommun", "vegetarisk"]
    assert first["B4"].value == "väntelista (1)" and first["B5"].value == "väntelista (2)"
    # Registered at 08:01 Stockholm time, a real date cell (Excel has no time zones).
    assert first["G2"].value == dt.datetime(2027, 3, 1, 8, 1) and first["G2"].number_format == "yyyy-mm-dd hh:mm"
    assert first["A1"].font.b and first.freeze_panes == "A2" and first.auto_filter.ref == "A1:G5"
    widths = {k: first.column_dimensions[k].width for k in "ABCDG"}
    assert widths["C"] >= len("Anna Berg") and widths["D"] >= len("anna@falun.se") and widths["G"] >= 16
    assert book["Översikt"].column_dimensions["C"].width == 60        # long titles capped


def test_csv_is_excel_friendly_and_in_local_time(config: Config) -> None:
    data = to_csv(ROWS, config)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Träff", "Status", "Namn", "E-post", "Organisation", "Kost", "Anmäld"]
    assert rows[1] == ["2027-05-03", "bekräftad", "Anna Berg", "anna@falun.se", "Falu kommun", "vegetarisk",
                       "2027-03-01 08:01"]


def test_the_telegram_export_is_the_workbook_named_for_the_local_day(config: Config) -> None:
    name, data = export_document(ROWS, config, local(2027, 3, 2, 0, 30))     # 23:30 UTC the day before
    assert name == "deltagare-2027-03-02.xlsx" and data[:2] == b"PK"
    assert load_workbook(io.BytesIO(data))["2027-05-03"]["C2"].value == "Anna Berg"
