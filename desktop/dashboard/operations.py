"""The dashboard's operations for the task runner: the backlog report, and its export as CSV or XLSX. The report is
read on the database lane and the file written there too, atomically (no partial file on a failure)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.backlog import BacklogReport, backlog_report
from models.operations.backlog_export import backlog_csv, backlog_xlsx
from models.output_files import check_writable, write_atomically


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def load_backlog(
    workspace: Workspace,
    *,
    parent: QWidget,
    on_success: Callable[[BacklogReport], object],
    on_failure: FailureHandler,
) -> Operation[BacklogReport]:
    return Operation(
        name="backlog report",
        work=lambda: backlog_report(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def export_backlog(
    workspace: Workspace,
    path: Path,
    kind: ExportFormat,
    *,
    parent: QWidget,
    on_success: Callable[[Path], object],
    on_done: Callable[[], object],
) -> Operation[Path]:
    """The report as it stands now (read again, so the file matches its date), written to ``path``."""

    def work() -> Path:
        target = check_writable(path)  # a read-only folder is refused before the report is read
        report = backlog_report(workspace.db, workspace.actor)
        data = backlog_csv(report).encode("utf-8-sig") if kind == ExportFormat.CSV else backlog_xlsx(report)
        return write_atomically(target, data)

    return Operation(
        name=f"export the backlog report as {kind.value}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
        on_done=while_alive(parent, on_done),
    )
