"""The backlog report as tables for a spreadsheet: CSV (one file, one block per table) and XLSX (one sheet per
table), with German headers — what ``amtsstube report backlog --csv/--xlsx`` and the dashboard's export write.

Numbers stay numbers and dates dates (in the CSV as a German spreadsheet reads them: ``12,5``, ``07.12.2026``);
text that could be taken for a formula (a service or person named ``=…``, ``+…``, ``-…``, ``@…``) is written as
text: in the CSV with the leading apostrophe of :mod:`models.spreadsheet_text`, in the XLSX as a text cell marked
"text follows" (quotePrefix), which shows it unchanged and never evaluates it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.german_format import format_date
from models.operations.backlog import AGE_LABELS, WEEKS, BacklogReport
from models.spreadsheet_text import FORMULA_STARTS, literal_cell

Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class Percent:
    """A share (0.0–1.0) shown as a percentage."""

    value: float


@dataclass(frozen=True)
class Table:
    sheet: str  # the XLSX sheet's name (at most 31 characters)
    title: str  # the CSV block's first line
    header: tuple[str, ...]
    rows: tuple[tuple[Cell | Percent, ...], ...]


def backlog_tables(report: BacklogReport) -> tuple[Table, ...]:
    """Overview, ages, deadlines, weeks, clerks and the deadline KPI, in this order."""
    return (
        Table(
            "Übersicht",
            "Übersicht",
            ("Kennzahl", "Wert"),
            (
                ("Stand", report.as_of),
                ("Offene Vorgänge", report.open_cases),
                (f"Trend des Rückstands über {WEEKS} Wochen", report.trend),
                ("Prognose: Arbeitstage bis zum Abbau", _rounded(report.forecast_working_days)),
            ),
        ),
        Table(
            "Alter",
            "Offene Vorgänge nach Alter (Arbeitstage seit Eingang)",
            ("Fachbereich", "Leistung", "Schlüssel", *(f"{label} AT" for label in AGE_LABELS), "Gesamt"),
            tuple((row.department, row.service_name, row.service_key, *row.counts, row.total) for row in report.ages),
        ),
        Table(
            "Fristen",
            "Fristen der offenen Vorgänge",
            ("Kennzahl", "Anzahl"),
            (
                ("Überfällig", report.deadlines.overdue),
                ("Fällig in 2 Arbeitstagen", report.deadlines.due_soon),
                ("Frist pausiert (wartet auf Bürger)", report.deadlines.paused),
            ),
        ),
        Table(
            "Wochen",
            f"Eingang und Erledigung der letzten {WEEKS} Wochen",
            ("Woche ab", "KW", "Eingang", "Erledigt", "Rückstand am Wochenende"),
            tuple(
                (week.week_start, week.week_start.isocalendar().week, week.inflow, week.outflow, week.backlog_at_end)
                for week in report.weeks
            ),
        ),
        Table(
            "Sachbearbeitung",
            "Sachbearbeitung",
            ("Benutzer", "Name", "Offene Vorgänge", "Diese Woche erledigt", "Ältester offener seit", "Abwesend"),
            tuple(
                (
                    row.username,
                    row.display_name,
                    row.held,
                    row.done_this_week,
                    row.oldest_held_since,
                    "ja" if row.absent else "nein",
                )
                for row in report.clerks
            ),
        ),
        Table(
            "Fristquote",
            f"In der Frist entschieden (letzte {WEEKS} Wochen)",
            ("Leistung", "Schlüssel", "Entschieden", "Davon in der Frist", "Anteil in der Frist"),
            tuple(
                (
                    kpi.service_name,
                    kpi.service_key,
                    kpi.decided,
                    kpi.within_deadline,
                    None if kpi.share is None else Percent(kpi.share),
                )
                for kpi in report.kpis
            ),
        ),
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _csv_cell(value: Cell | Percent) -> object:
    if value is None:
        return ""
    if isinstance(value, Percent):
        return f"{value.value * 100:.1f}".replace(".", ",")
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, dt.date):
        return format_date(value)
    return literal_cell(value)


def backlog_csv(report: BacklogReport) -> str:
    """Semicolon-separated, one block per table (its title, its header, its rows, an empty line); write it with
    ``utf-8-sig`` so that LibreOffice and Excel read the umlauts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for table in backlog_tables(report):
        writer.writerow([literal_cell(table.title)])
        writer.writerow([literal_cell(name) for name in table.header])
        for row in table.rows:
            writer.writerow([_csv_cell(cell) for cell in row])
        writer.writerow([])
    return buffer.getvalue()


def backlog_xlsx(report: BacklogReport) -> bytes:
    """One sheet per table, the header in bold and frozen, dates as dates, shares as percentages."""
    from openpyxl import Workbook  # noqa: PLC0415 - loaded only when a workbook is written
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for table in backlog_tables(report):
        sheet = workbook.create_sheet(table.sheet)
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = bold
        for number, row in enumerate(table.rows, start=2):
            for column, value in enumerate(row, start=1):
                _put(sheet.cell(row=number, column=column), value)
        sheet.freeze_panes = "A2"
        for column, width in enumerate(_widths(table), start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _put(cell: Any, value: Cell | Percent) -> None:
    if isinstance(value, Percent):
        cell.value = value.value
        cell.number_format = "0.0%"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "DD.MM.YYYY"
    else:
        cell.value = value
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell.data_type = "s"  # openpyxl takes a text starting with "=" for a formula
            cell.quotePrefix = True


def _widths(table: Table) -> Sequence[float]:
    columns = zip(table.header, *table.rows, strict=True)
    return [min(60.0, max(10.0, *(len(str(value or "")) + 2.0 for value in column))) for column in columns]
