"""The dashboard's tables: per clerk (held, done this week, oldest held, absent) and the share of cases decided within
the deadline per service."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.widgets.record_table import record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, format_decimal
from models.operations.backlog import ClerkRow, DeadlineKpi

CONTEXT = "DashboardTables"


_ABSENT = QT_TRANSLATE_NOOP("DashboardTables", "absent")


def _absent(row: ClerkRow) -> str:
    return translate(CONTEXT, _ABSENT) if row.absent else ""


def percent(share: float | None) -> str:
    """``87,5 %`` (German), or a dash when nothing was decided."""
    return "–" if share is None else f"{format_decimal(share * 100)} %"


CLERK_COLUMNS: tuple[TableColumn[ClerkRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Name"), lambda r: r.display_name),
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Held"), lambda r: str(r.held), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Done this week"), lambda r: str(r.done_this_week), numeric=True),
    TableColumn(
        QT_TRANSLATE_NOOP("DashboardTables", "Oldest held since"),
        lambda r: format_date(r.oldest_held_since) if r.oldest_held_since else "–",
        numeric=True,
    ),
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Absent"), _absent),
)

KPI_COLUMNS: tuple[TableColumn[DeadlineKpi], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Service"), lambda k: k.service_name),
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Decided"), lambda k: str(k.decided), numeric=True),
    TableColumn(
        QT_TRANSLATE_NOOP("DashboardTables", "Within the deadline"), lambda k: str(k.within_deadline), numeric=True
    ),
    TableColumn(QT_TRANSLATE_NOOP("DashboardTables", "Share"), lambda k: percent(k.share), numeric=True),
)


def figures_table(
    name: str, model: RowTableModel[ClerkRow] | RowTableModel[DeadlineKpi], parent: QWidget
) -> QTableView:
    """A read-only table whose first column (the name) takes the width the figures leave."""
    table = record_table(name, model, parent)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table
