"""Exports are safe to open: no cell is a formula, no control character breaks the workbook (issue 11, items 4 and 5)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import load_workbook

from assistant.config import Config
from assistant.exporting import export_document, to_csv, to_xlsx
from assistant.listing import Row
from tests.conftest import local

S1 = dt.date(2027, 5, 3)
HYPERLINK = '=HYPERLINK("http://evil.example";"x")'
CALC = "=cmd|' /C calc'!A0"
#: Values a stranger can make a spreadsheet read as a formula (or DDE), one for each dangerous first character.
FORMULAS = [HYPERLINK, CALC, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]
CONTROLS = "Eve \x1b[2J\x07Evil\x00 \x9b31m\x7f"


def _row(pid: int, name: str | None, email: str = "eve@example.org", org: str | None = "Falu kommun",
         diet: str | None = None) -> Row:
    at = local(2027, 3, 1, 8, 0) + dt.timedelta(minutes=pid)
    return Row(pid, name, email, org, diet, S1, "confirmed", at, at)


def _csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe(config: Config, value: str) -> None:
    rows = [_row(1, value, email=value, org=value, diet=value)]
    [_, cells] = _csv_cells(to_csv(rows, config))
    assert cells[2:6] == ["'" + value] * 4


@pytest.mark.parametrize("value", FORMULAS)
def test_xlsx_cells_that_would_be_formulas_are_text(config: Config, value: str) -> None:
    data = to_xlsx([_row(1, value, email=value, org=value, diet=value)], config)
    assert "<f>" not in _sheet_xml(data), "no cell of the workbook is a formula"
    book = load_workbook(io.BytesIO(data))
    cells = book["2027-05-03"][2][2:6]
    # kept as written, but as text (XML reads a carriage return as a line feed)
    assert [c.value for c in cells] == [value.replace("\r", "\n")] * 4
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    [org_row] = book["Organisationer"].iter_rows(min_row=2)
    assert org_row[0].data_type == "s" and org_row[3].data_type == "s"


def test_the_telegram_export_has_no_formula_either(config: Config) -> None:
    _, data = export_document([_row(1, HYPERLINK), _row(2, CALC)], config, local(2027, 3, 2, 9, 0))
    assert "<f>" not in _sheet_xml(data)


def test_control_characters_never_break_the_workbook_and_are_left_out(config: Config) -> None:
    rows = [_row(1, CONTROLS, org="Falu\x1b kommun", diet="vegetarisk\x07")]
    data = to_xlsx(rows, config)                   # openpyxl raised IllegalCharacterError
    cells = load_workbook(io.BytesIO(data))["2027-05-03"][2]
    assert [c.value for c in cells[2:6]] == ["Eve [2JEvil 31m", "eve@example.org", "Falu kommun", "vegetarisk"]
    _, _, name, _, org, diet, _ = _csv_cells(to_csv(rows, config))[1]
    assert (name, org, diet) == ("Eve [2JEvil 31m", "Falu kommun", "vegetarisk")


def test_ordinary_values_are_unchanged(config: Config) -> None:
    rows = [_row(1, "Anna Berg-Åkesson", email="anna@falun.se", diet="laktosfri, nötallergi"), _row(2, None)]
    cells = _csv_cells(to_csv(rows, config))
    assert cells[1][2:6] == ["Anna Berg-Åkesson", "anna@falun.se", "Falu kommun", "laktosfri, nötallergi"]
    assert cells[2][2] == "(raderad)"
    sheet = load_workbook(io.BytesIO(to_xlsx(rows, config)))["2027-05-03"]
    assert sheet["C2"].value == "Anna Berg-Åkesson" and not sheet["C2"].quotePrefix
