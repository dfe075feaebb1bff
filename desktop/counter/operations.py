"""What the clerk does at the counter, one function per action, each building its
:class:`~desktop.core.tasks.Operation` (handlers only while ``parent`` is open). Files are read and checked on the
worker; printing the citizen's papers runs on the network lane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Lane, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.core.workstation import workstation_name
from desktop.counter.scanned_documents import RereadDocuments, ScannedDocument, read_scans, reread_from_draft
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations import counter_drafts
from models.operations.case_creation import NewCase, create_case
from models.operations.case_fees import set_tariff_fee
from models.operations.counter_cases import CompletedAtCounter, complete_at_counter
from models.operations.counter_drafts import SavedDraft
from models.operations.outgoing_mail import print_documents
from models.operations.people_search import PersonMatch, find_people
from models.operations.rows import CaseRow
from models.operations.service_choices import service_choices
from models.operations.town_settings import town_profile
from models.payment_methods import PaymentMethod
from models.service_search import ServiceChoice
from printing.cash_documents import render_receipt
from printing.printer_adapter import print_pdf, printer_delivery


def load_services(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[ServiceChoice, ...]], object]
) -> Operation[tuple[ServiceChoice, ...]]:
    return Operation(
        name="services for the counter",
        work=lambda: service_choices(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def search_people(
    workspace: Workspace, text: str, *, parent: QWidget, on_success: Callable[[tuple[PersonMatch, ...]], object]
) -> Operation[tuple[PersonMatch, ...]]:
    return Operation(
        name="search earlier applicants",
        work=lambda: find_people(workspace.db, workspace.actor, text),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def read_documents(
    paths: Sequence[Path],
    *,
    parent: QWidget,
    on_success: Callable[[tuple[ScannedDocument, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[ScannedDocument, ...]]:
    """Read the chosen files and check each is a PDF, JPEG or PNG within the limit (by content, not by name)."""
    return Operation(
        name=f"read {len(paths)} document(s)",
        work=lambda: read_scans(paths),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def reread_draft_documents(
    entries: object, *, parent: QWidget, on_success: Callable[[RereadDocuments], object]
) -> Operation[RereadDocuments]:
    """Read a draft's documents again from their files; the ones gone or changed are named, not refused."""
    return Operation(
        name="read the draft's documents again",
        work=lambda: reread_from_draft(entries),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def save_case(
    workspace: Workspace,
    new: NewCase,
    *,
    tariff_cents: int | None = None,
    parent: QWidget,
    on_success: Callable[[CaseRow], object],
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Open the case; with ``tariff_cents`` (a service charged by tariff) its fee is set as well."""

    def work() -> CaseRow:
        row = create_case(workspace.db, workspace.actor, new)
        if tariff_cents is None:
            return row
        return set_tariff_fee(workspace.db, workspace.actor, row.id, tariff_cents, expected_version=row.version)

    return Operation(
        name=f"counter case for {new.service_key}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def complete_case(
    workspace: Workspace,
    new: NewCase,
    method: PaymentMethod,
    *,
    tariff_cents: int | None = None,
    parent: QWidget,
    on_success: Callable[[CompletedAtCounter], object],
    on_failure: FailureHandler,
) -> Operation[CompletedAtCounter]:
    def work() -> CompletedAtCounter:
        return complete_at_counter(
            workspace.db,
            workspace.actor,
            new,
            method,
            workstation=workstation_name(),
            render_letter=workspace.render_letter,
            tariff_cents=tariff_cents,
        )

    return Operation(
        name=f"complete a counter case for {new.service_key}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def print_for_the_citizen(
    workspace: Workspace,
    done: CompletedAtCounter,
    printer: str,
    *,
    parent: QWidget,
    on_success: Callable[[None], object],
    on_failure: FailureHandler,
) -> Operation[None]:
    """The confirmation (booked in the outgoing-mail book, as every letter) and the receipt, to take home."""

    def work() -> None:
        if done.letter is not None:
            print_documents(workspace.db, workspace.actor, printer_delivery(printer), [done.letter.id])
        if done.receipt is not None:
            pdf = render_receipt(done.receipt, town_profile(workspace.db)).pdf
            print_pdf(pdf, printer, title=f"Quittung {done.receipt.number}")

    return Operation(
        name=f"print the papers of {done.case.reference}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
        lane=Lane.NETWORK,
    )


def save_draft(workspace: Workspace, data: dict[str, Any], *, parent: QWidget) -> Operation[None]:
    return Operation(
        name="keep the counter draft",
        work=lambda: counter_drafts.save_counter_draft(workspace.db, workspace.actor, data),
        on_failure=errors_shown_on(parent),
    )


def load_draft(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[SavedDraft | None], object]
) -> Operation[SavedDraft | None]:
    return Operation(
        name="the counter draft",
        work=lambda: counter_drafts.counter_draft(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def discard_draft(workspace: Workspace, *, parent: QWidget) -> Operation[None]:
    return Operation(
        name="discard the counter draft",
        work=lambda: counter_drafts.discard_counter_draft(workspace.db, workspace.actor),
        on_failure=errors_shown_on(parent),
    )
