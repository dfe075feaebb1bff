"""The backlog report's tables as CSV and XLSX: text that looks like a formula stays text, numbers stay numbers."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl

from models.operations.backlog import (
    AgeRow,
    BacklogReport,
    ClerkRow,
    DeadlineFigures,
    DeadlineKpi,
    WeekFlow,
)
from models.operations.backlog_export import backlog_csv, backlog_tables, backlog_xlsx

HOSTILE = ('=HYPERLINK("http://x";"y")', "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)")


def _report() -> BacklogReport:
    monday = dt.date(2026, 11, 30)
    return BacklogReport(
        as_of=dt.date(2026, 12, 2),
        open_cases=7,
        ages=(AgeRow("boese", HOSTILE[0], HOSTILE[1], (1, 2, 0, 0, 4)),),
        deadlines=DeadlineFigures(overdue=3, due_soon=1, paused=2),
        weeks=tuple(WeekFlow(monday - dt.timedelta(weeks=11 - n), n, n // 2, 7) for n in range(12)),
        trend=0,
        forecast_working_days=None,
        clerks=(ClerkRow("boese", HOSTILE[2], 7, 0, None, True),),
        kpis=(DeadlineKpi("boese", HOSTILE[3], 4, 3), DeadlineKpi("leer", "Leer", 0, 0)),
    )


def test_csv_cells_that_look_like_formulas_get_an_apostrophe() -> None:
    rows = list(csv.reader(io.StringIO(backlog_csv(_report())), delimiter=";"))
    cells = {cell for row in rows for cell in row}
    for text in HOSTILE:
        assert text not in cells
        assert "'" + text in cells
    assert ["Prognose: Arbeitstage bis zum Abbau", ""] in rows  # no forecast: an empty cell
    assert ["'" + HOSTILE[3], "boese", "4", "3", "75,0"] in rows
    assert ["Leer", "leer", "0", "0", ""] in rows
    assert ["boese", "'" + HOSTILE[2], "7", "0", "", "ja"] in rows


def test_xlsx_cells_that_look_like_formulas_are_text() -> None:
    book = openpyxl.load_workbook(io.BytesIO(backlog_xlsx(_report())))
    texts = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts[cell.value] = cell
    for text in HOSTILE:
        assert texts[text].data_type == "s", text
        assert texts[text].quotePrefix
    kpi = book["Fristquote"]
    assert (kpi["C2"].value, kpi["D2"].value, kpi["E2"].value) == (4, 3, 0.75)
    assert kpi["E3"].value is None
    assert book["Übersicht"]["B2"].value.date() == dt.date(2026, 12, 2)
    assert book["Übersicht"]["B5"].value is None


def test_every_table_has_a_header_of_its_rows_width() -> None:
    for table in backlog_tables(_report()):
        assert len(table.sheet) <= 31
        assert all(len(row) == len(table.header) for row in table.rows), table.sheet
