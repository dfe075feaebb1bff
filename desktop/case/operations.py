"""What a clerk does to a case, one function per step, each building the step's :class:`~desktop.core.tasks.Operation`.

The steps of the workflow (take over, approve, …) report to the workflow, which handles success and failure alike
for all of them; showing a case and opening its letter report to the main window; printing from the preview ties
its handlers to the preview (they run only while it is open, a failure shows on it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from desktop.case.actions import TARGETS, CaseAction
from desktop.case.attachment_content import ViewableAttachment, decoded
from desktop.case.entitlement_dialog import Entitlement
from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.certificate_printer import certificate_output
from desktop.widgets.error_dialogs import errors_shown_on
from desktop.widgets.letter_printing import print_queued_work
from desktop.widgets.printer_choice import PrinterChoice
from models import settings
from models.case_status import CaseStatus
from models.operations import (
    case_fees,
    certificate_orders,
    claims,
    correspondence,
    duplicates,
    form_corrections,
    held_information,
    pickups,
    transitions,
)
from models.operations.attachments import AttachmentBlob, attachment_content
from models.operations.case_detail import case_detail
from models.operations.certificate_orders import PrintPlan
from models.operations.documents import document_pdf
from models.operations.form_corrections import CorrectableForm
from models.operations.mail_rows import PrintBatchResult
from models.operations.rows import CaseDetail, CaseRow, DocumentBlob, DocumentRow
from models.output_files import write_atomically
from models.registers.civil_status.order_matching import MatchResult
from printing.certificate_sheet import render_on_sheet

StepDone = Callable[[CaseRow], object]  # gets the case as it is after the step


class Step(Protocol):
    """A workflow step below with its case bound (``functools.partial``), waiting for the workflow's handlers."""

    def __call__(self, *, on_success: StepDone, on_failure: FailureHandler) -> Operation[CaseRow]: ...


def claim_case(
    workspace: Workspace, case: CaseRow, *, on_success: StepDone, on_failure: FailureHandler
) -> Operation[CaseRow]:
    return Operation(
        name=f"claim {case.reference}",
        work=lambda: claims.claim_case(workspace.db, workspace.actor, case.id, expected_version=case.version),
        on_success=on_success,
        on_failure=on_failure,
    )


def claim_next_case(workspace: Workspace, *, on_success: StepDone, on_failure: FailureHandler) -> Operation[CaseRow]:
    return Operation(
        name="claim next case",
        work=lambda: claims.claim_next(workspace.db, workspace.actor),
        on_success=on_success,
        on_failure=on_failure,
    )


def release_case(
    workspace: Workspace, case: CaseRow, *, on_success: StepDone, on_failure: FailureHandler
) -> Operation[CaseRow]:
    return Operation(
        name=f"release {case.reference}",
        work=lambda: claims.release_case(workspace.db, workspace.actor, case.id, expected_version=case.version),
        on_success=on_success,
        on_failure=on_failure,
    )


def duplicate_step(
    workspace: Workspace, action: CaseAction, case: CaseRow, *, on_success: StepDone, on_failure: FailureHandler
) -> Operation[CaseRow]:
    """Confirm the case as the duplicate of the first case it is linked to, or unlink it."""
    step = duplicates.confirm_duplicate if action == CaseAction.CONFIRM_DUPLICATE else duplicates.unlink_duplicate
    return Operation(
        name=f"{action.value} {case.reference}",
        work=lambda: step(workspace.db, workspace.actor, case.id, expected_version=case.version),
        on_success=on_success,
        on_failure=on_failure,
    )


def change_status(
    workspace: Workspace,
    action: CaseAction,
    case: CaseRow,
    *,
    comment: str | None,
    reply_by: dt.date | None,
    on_success: StepDone,
    on_failure: FailureHandler,
    unpaid_fee: transitions.UnpaidFee | None = None,
) -> Operation[CaseRow]:
    """Approve, reject, ask the citizen, resume or close: the step to the action's status, with the letter it means
    (confirmation, rejection, request); an approval with the fee open records ``unpaid_fee``."""
    target = TARGETS[action]

    def work() -> CaseRow:
        result: transitions.TransitionResult = transitions.transition_case(
            workspace.db,
            workspace.actor,
            case.id,
            target,
            expected_version=case.version,
            comment=comment,
            render_letter=workspace.render_letter,
            reply_by=reply_by,
            unpaid_fee=unpaid_fee,
        )
        return result.case

    return Operation(name=f"{action.value} {case.reference}", work=work, on_success=on_success, on_failure=on_failure)


def issue_fee_notice(
    workspace: Workspace, case: CaseRow, *, on_success: StepDone, on_failure: FailureHandler
) -> Operation[CaseRow]:
    """A fee notice for what is still to pay; it waits in the print queue."""

    def work() -> CaseRow:
        correspondence.issue_fee_notice(
            workspace.db, workspace.actor, case.id, workspace.render_letter, expected_version=case.version
        )
        return case_detail(workspace.db, workspace.actor, case.id).case

    return Operation(name=f"fee notice {case.reference}", work=work, on_success=on_success, on_failure=on_failure)


def approve_after_fee_notice(
    workspace: Workspace, case: CaseRow, *, on_success: StepDone, on_failure: FailureHandler
) -> Operation[CaseRow]:
    """The fee is still open: write the fee notice, then approve (the history says so)."""

    def work() -> CaseRow:
        notice = correspondence.issue_fee_notice(
            workspace.db, workspace.actor, case.id, workspace.render_letter, expected_version=case.version
        )
        assert notice is not None
        written = case_detail(workspace.db, workspace.actor, case.id).case  # the version after the fee notice
        result = transitions.transition_case(
            workspace.db,
            workspace.actor,
            case.id,
            CaseStatus.APPROVED,
            expected_version=written.version,
            render_letter=workspace.render_letter,
            unpaid_fee=transitions.UnpaidFee.FEE_NOTICE,
        )
        return result.case

    return Operation(
        name=f"fee notice and approve {case.reference}", work=work, on_success=on_success, on_failure=on_failure
    )


def show_case(
    workspace: Workspace,
    case_id: int,
    *,
    on_success: Callable[[CaseDetail], object],
    on_failure: FailureHandler,
) -> Operation[CaseDetail]:
    return Operation(
        name=f"show case {case_id}",
        work=lambda: case_detail(workspace.db, workspace.actor, case_id),
        on_success=on_success,
        on_failure=on_failure,
    )


def open_document(
    workspace: Workspace,
    document_id: int,
    *,
    on_success: Callable[[DocumentBlob], object],
    on_failure: FailureHandler,
) -> Operation[DocumentBlob]:
    return Operation(
        name=f"open document {document_id}",
        work=lambda: document_pdf(workspace.db, workspace.actor, document_id),
        on_success=on_success,
        on_failure=on_failure,
    )


def open_attachment(
    workspace: Workspace,
    attachment_id: int,
    *,
    on_success: Callable[[ViewableAttachment], object],
    on_failure: FailureHandler,
) -> Operation[ViewableAttachment]:
    """Read an attachment (the reading is logged) and decode its picture, if it is one, in the worker."""
    return Operation(
        name=f"open attachment {attachment_id}",
        work=lambda: decoded(attachment_content(workspace.db, workspace.actor, attachment_id)),
        on_success=on_success,
        on_failure=on_failure,
    )


def save_attachment(
    blob: AttachmentBlob, path: Path, *, parent: QWidget, on_success: Callable[[Path], object]
) -> Operation[Path]:
    """Write an attachment's exact bytes to a file the user chose, readable by the user only."""
    return Operation(
        name=f"save attachment {blob.id}",
        work=lambda: write_atomically(path, blob.content),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def print_letter(
    workspace: Workspace,
    printers: PrinterChoice,
    row: DocumentRow,
    *,
    parent: QWidget,
    on_success: Callable[[PrintBatchResult], object],
    on_done: Callable[[], object],
) -> Operation[PrintBatchResult]:
    """Print a letter waiting in the print queue on the printer chosen in ``printers``."""
    return Operation(
        name=f"print document {row.id} on {printers.printer_name}",
        work=print_queued_work(workspace, printers, [row.id]),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
        on_done=while_alive(parent, on_done),
    )


def load_form_for_correction(
    workspace: Workspace,
    case_id: int,
    *,
    on_success: Callable[[CorrectableForm], object],
    on_failure: FailureHandler,
) -> Operation[CorrectableForm]:
    """The case's form data and the schema of its form, for *Angaben berichtigen*."""
    return Operation(
        name=f"load form of case {case_id}",
        work=lambda: form_corrections.form_for_correction(workspace.db, workspace.actor, case_id),
        on_success=on_success,
        on_failure=on_failure,
    )


def correct_form_data(
    workspace: Workspace,
    form: CorrectableForm,
    data: dict[str, Any],
    reason: str,
    *,
    dialog: QWidget,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Store the corrected form data; the history keeps the old values. The handlers run only while ``dialog``
    (the correction dialog, which keeps the form until the save succeeds) is open."""

    def work() -> CaseRow:
        return form_corrections.correct_form_data(
            workspace.db, workspace.actor, form.case.id, data, reason, expected_version=form.case.version
        ).case

    return Operation(
        name=f"correct form of {form.case.reference}",
        work=work,
        on_success=while_alive(dialog, on_success),
        on_failure=while_alive(dialog, on_failure),
    )


def set_tariff_fee(
    workspace: Workspace,
    case: CaseRow,
    amount_cents: int,
    note: str | None,
    *,
    dialog: QWidget,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Set the fee of a tariff case; the history keeps old → new. The handlers run only while ``dialog`` (the fee
    dialog, which keeps what was typed until the save succeeds) is open."""
    return Operation(
        name=f"set fee of {case.reference}",
        work=lambda: case_fees.set_tariff_fee(
            workspace.db, workspace.actor, case.id, amount_cents, note=note, expected_version=case.version
        ),
        on_success=while_alive(dialog, on_success),
        on_failure=while_alive(dialog, on_failure),
    )


def move_pickup(
    workspace: Workspace,
    case: CaseRow,
    new_date: dt.date,
    reason: str,
    *,
    dialog: QWidget,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Move the booked pickup; the new confirmation letter waits in the print queue. The handlers run only while
    ``dialog`` (which keeps date and reason until the move succeeds) is open."""

    def work() -> CaseRow:
        pickups.move_pickup(
            workspace.db, workspace.actor, case.id, new_date, reason, render_letter=workspace.render_letter
        )
        return case_detail(workspace.db, workspace.actor, case.id).case

    return Operation(
        name=f"move pickup {case.reference}",
        work=work,
        on_success=while_alive(dialog, on_success),
        on_failure=while_alive(dialog, on_failure),
    )


def decide_held_information(
    workspace: Workspace,
    case: CaseRow,
    allow: bool,
    reason: str,
    *,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """The supervisor's decision on the case's held register information (§ 52 BMG), with the reason."""
    return Operation(
        name=f"decide held information {case.reference}",
        work=lambda: held_information.decide_held_information(
            workspace.db, workspace.actor, case.id, allow=allow, reason=reason, expected_version=case.version
        ),
        on_success=on_success,
        on_failure=on_failure,
    )


def load_order_candidates(
    workspace: Workspace,
    case_id: int,
    *,
    on_success: Callable[[MatchResult], object],
    on_failure: FailureHandler,
) -> Operation[MatchResult]:
    """The register entries a certificate order matches (an audited search of the registers, with the case)."""
    return Operation(
        name=f"match certificate order {case_id}",
        work=lambda: certificate_orders.certificate_order_candidates(workspace.db, workspace.actor, case_id),
        on_success=on_success,
        on_failure=on_failure,
    )


def record_entitlement(
    workspace: Workspace,
    case: CaseRow,
    choice: Entitlement,
    *,
    dialog: QWidget,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Record the § 62 decision on the order (the rules decide); the handlers run only while ``dialog`` is open."""

    def work() -> CaseRow:
        certificate_orders.record_eligibility(
            workspace.db,
            workspace.actor,
            case.id,
            choice.entry_id,
            choice.relation,
            choice.applicant_age,
            choice.reason,
            choice.evidence,
            expected_version=case.version,
        )
        return case_detail(workspace.db, workspace.actor, case.id).case

    return Operation(
        name=f"record entitlement {case.reference}",
        work=work,
        on_success=while_alive(dialog, on_success),
        on_failure=while_alive(dialog, on_failure),
    )


@dataclass(frozen=True)
class CertificatePrinting:
    """What printing an order's certificates would use, and the certificate printer of this workstation."""

    plan: PrintPlan
    printer: str | None


def load_print_plan(
    workspace: Workspace,
    case_id: int,
    *,
    on_success: Callable[[CertificatePrinting], object],
    on_failure: FailureHandler,
) -> Operation[CertificatePrinting]:
    """The order's print plan on this workstation (its name and certificate printer from the settings)."""

    def work() -> CertificatePrinting:
        current = settings.load()
        plan = certificate_orders.certificate_print_plan(
            workspace.db, workspace.actor, case_id, current.effective_workstation()
        )
        return CertificatePrinting(plan, current.printers.certificates)

    return Operation(name=f"print plan of case {case_id}", work=work, on_success=on_success, on_failure=on_failure)


def print_order_certificates(
    workspace: Workspace,
    case: CaseRow,
    without_parents: bool,
    printouts: int,
    *,
    dialog: QWidget,
    on_success: StepDone,
    on_failure: FailureHandler,
) -> Operation[CaseRow]:
    """Print the order's certificates (and ``printouts`` certified register printouts of the entry) on this
    workstation's security paper, in its certificate printer
    (``printers.certificates`` of the settings); a printer that is not set, gone or refusing issues nothing. The
    handlers run only while ``dialog`` is open."""

    def work() -> CaseRow:
        output = certificate_output()
        certificate_orders.issue_order_certificates(
            workspace.db,
            workspace.actor,
            case.id,
            output.workstation,
            render_on_sheet,
            expected_version=case.version,
            without_parents=without_parents,
            printouts=printouts,
            deliver=output.deliver,
        )
        return case_detail(workspace.db, workspace.actor, case.id).case

    return Operation(
        name=f"print certificates {case.reference}",
        work=work,
        on_success=while_alive(dialog, on_success),
        on_failure=while_alive(dialog, on_failure),
    )
