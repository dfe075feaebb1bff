"""What the user does at the cash desk, one function per action, each building its
:class:`~desktop.core.tasks.Operation` with the standard wiring (handlers only while ``parent`` is open, failures
shown on it unless the caller handles them). Printing runs on the network lane, after the booking is stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.csv_export import write_csv
from desktop.core.tasks import FailureHandler, Lane, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.core.workstation import workstation_name
from desktop.widgets.error_dialogs import errors_shown_on
from models.cash_records import CashDayReport, ReceiptRow
from models.operations import cash_day, counter_payments
from models.operations.counter_payments import OpenFee, PaymentLine
from models.operations.town_settings import town_profile
from models.output_files import write_atomically
from models.payment_methods import PaymentMethod
from printing.cash_documents import render_cash_day, render_receipt
from printing.printer_adapter import print_pdf


def load_visit(
    workspace: Workspace, case_id: int, *, parent: QWidget, on_success: Callable[[tuple[OpenFee, ...]], object]
) -> Operation[tuple[OpenFee, ...]]:
    return Operation(
        name=f"open fees of the visit of case {case_id}",
        work=lambda: counter_payments.fees_of_the_visit(workspace.db, workspace.actor, case_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def take_payment(
    workspace: Workspace,
    lines: Sequence[PaymentLine],
    method: PaymentMethod,
    payer_name: str,
    *,
    parent: QWidget,
    on_success: Callable[[ReceiptRow], object],
    on_failure: FailureHandler,
) -> Operation[ReceiptRow]:
    def work() -> ReceiptRow:
        return counter_payments.take_payment(
            workspace.db, workspace.actor, lines, method, workstation=workstation_name(), payer_name=payer_name
        )

    return Operation(
        name=f"take a payment on {len(lines)} case(s)",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def print_receipt(
    workspace: Workspace,
    receipt: ReceiptRow,
    printer: str,
    *,
    parent: QWidget,
    on_success: Callable[[str], object],
    on_failure: FailureHandler,
) -> Operation[str]:
    """Render the receipt and send it to ``printer``; the job id on success."""

    def work() -> str:
        pdf = render_receipt(receipt, town_profile(workspace.db)).pdf
        return print_pdf(pdf, printer, title=f"Quittung {receipt.number}")

    return Operation(
        name=f"print receipt {receipt.number}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
        lane=Lane.NETWORK,
    )


def save_receipt_pdf(
    workspace: Workspace, receipt: ReceiptRow, path: Path, *, parent: QWidget, on_success: Callable[[Path], object]
) -> Operation[Path]:
    return Operation(
        name=f"save receipt {receipt.number}",
        work=lambda: write_atomically(path, render_receipt(receipt, town_profile(workspace.db)).pdf),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def load_day(
    workspace: Workspace,
    all_workstations: bool,
    day: dt.date,
    *,
    parent: QWidget,
    on_success: Callable[[CashDayReport], object],
) -> Operation[CashDayReport]:
    def work() -> CashDayReport:
        station = None if all_workstations else workstation_name()
        return cash_day.cash_day_report(workspace.db, workspace.actor, station, day)

    return Operation(
        name=f"cash report of {day.isoformat()}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def close_day(
    workspace: Workspace, day: dt.date, *, parent: QWidget, on_success: Callable[[CashDayReport], object]
) -> Operation[CashDayReport]:
    return Operation(
        name=f"close the cash day {day.isoformat()}",
        work=lambda: cash_day.close_cash_day(workspace.db, workspace.actor, workstation_name(), day),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def cancel_receipt(
    workspace: Workspace,
    number: str,
    reason: str,
    *,
    parent: QWidget,
    on_success: Callable[[ReceiptRow], object],
    on_failure: FailureHandler,
) -> Operation[ReceiptRow]:
    def work() -> ReceiptRow:
        return counter_payments.cancel_receipt(
            workspace.db, workspace.actor, number, reason, workstation=workstation_name()
        )

    return Operation(
        name=f"cancel receipt {number}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def save_day_pdf(
    workspace: Workspace, report: CashDayReport, path: Path, *, parent: QWidget, on_success: Callable[[Path], object]
) -> Operation[Path]:
    return Operation(
        name=f"save the cash report of {report.day.isoformat()}",
        work=lambda: write_atomically(path, render_cash_day(report, town_profile(workspace.db)).pdf),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def export_day_csv(
    workspace: Workspace,
    report: CashDayReport,
    path: Path,
    *,
    parent: QWidget,
    on_success: Callable[[Path], object],
) -> Operation[Path]:
    def work() -> Path:
        text = cash_day.export_cash_day(workspace.db, workspace.actor, report.workstation, report.day)
        return write_csv(text, path)

    return Operation(
        name=f"export the cash report of {report.day.isoformat()}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )
