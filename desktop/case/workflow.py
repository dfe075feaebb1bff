"""Carrying out a clerk's step on a case: one operation on the task runner per step.

After a step the window refreshes the row and the detail. When a step fails (e.g. someone else changed the case
meanwhile) the view is refreshed first and then the message shown; a dialog with the clerk's text stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.case import operations
from desktop.case.actions import CaseAction
from desktop.case.certificate_print_dialog import CertificatePrintDialog
from desktop.case.correction_dialog import CorrectionDialog
from desktop.case.entitlement_dialog import Entitlement, EntitlementDialog, details_for_the_registers
from desktop.case.fee_dialog import FeeDialog
from desktop.case.operations import CertificatePrinting, Step
from desktop.case.pickup_dialog import MovePickupDialog
from desktop.core.workspace import Workspace
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.error_dialogs import show_error
from models.documents import DocumentKind
from models.german_format import format_euro
from models.german_format import today as german_today
from models.operations.form_corrections import CorrectableForm
from models.operations.rows import CaseDetail, CaseRow
from models.operations.transitions import UnpaidFee
from models.registers.civil_status.order_matching import MatchResult

REPLY_DAYS = 14  # the reply deadline the request for documents proposes


def fee_question_needed(detail: CaseDetail) -> bool:
    """An approval asks about the fee when some of it is open and no fee notice has been written for it."""
    fee_open = detail.fee_cents > detail.paid_cents
    noticed = any(document.kind is DocumentKind.FEE_NOTICE for document in detail.documents)
    return fee_open and not noticed


class CaseWorkflow(QObject):
    started = Signal(object)  # CaseAction
    succeeded = Signal(object, object)  # CaseAction, CaseRow (the case as it is now)
    failed = Signal(object, object, object)  # CaseAction, case id or None, the exception
    refresh_needed = Signal(int)  # case id: reload detail and row (before a failure message is shown)

    def __init__(self, workspace: Workspace, window: QWidget, current_detail: Callable[[], CaseDetail | None]) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._current_detail = current_detail  # the newest detail shown: a retry uses its version
        self._window = window
        self.dialog: CommentDialog | None = None  # the open reason/question dialog, if any
        self.correction: CorrectionDialog | None = None  # the last "Angaben berichtigen" dialog opened
        self.fee_dialog: FeeDialog | None = None  # the last "Gebühr festsetzen" dialog opened
        self.pickup_dialog: MovePickupDialog | None = None  # the last "Abholtermin verlegen" dialog opened
        self.entitlement_dialog: EntitlementDialog | None = None  # the last "Berechtigung prüfen" dialog opened
        self.print_dialog: CertificatePrintDialog | None = None  # the last "Urkunden drucken" dialog opened
        self.last_message: QMessageBox | None = None
        self.fee_question: QMessageBox | None = None  # "Gebühr offen" while it is asked

    # -- steps -------------------------------------------------------------------------------------------------

    def claim(self, detail: CaseDetail) -> None:
        self._run(CaseAction.CLAIM, detail.case.id, partial(operations.claim_case, self._workspace, detail.case))

    def claim_next(self) -> None:
        self._run(CaseAction.CLAIM_NEXT, None, partial(operations.claim_next_case, self._workspace))

    def duplicate(self, action: CaseAction, detail: CaseDetail) -> None:
        """Confirm or unlink the likely duplicate shown."""
        self._run(action, detail.case.id, partial(operations.duplicate_step, self._workspace, action, detail.case))

    def release(self, detail: CaseDetail) -> None:
        self._run(CaseAction.RELEASE, detail.case.id, partial(operations.release_case, self._workspace, detail.case))

    def transition(
        self, action: CaseAction, detail: CaseDetail, comment: str | None = None, reply_by: dt.date | None = None
    ) -> None:
        """The step to the action's status; the letter it means (confirmation, rejection, request) is written."""
        step = partial(
            operations.change_status, self._workspace, action, detail.case, comment=comment, reply_by=reply_by
        )
        self._run(action, detail.case.id, step)

    def approve(self, detail: CaseDetail) -> None:
        """Approve; a fee by tariff not set yet is set first (the fee dialog opens instead, then the clerk approves
        again); with the fee still open and no fee notice written, ask once what to do and record the choice."""
        if detail.tariff_fee_missing:
            self.set_fee(detail)
            return
        if not fee_question_needed(detail):
            self.transition(CaseAction.APPROVE, detail)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Fee open"),
            self.tr(
                "The fee of case {reference} is open: {amount}. Issue a fee notice or approve anyway? Your choice is "
                "recorded in the case's history."
            ).format(reference=detail.case.reference, amount=format_euro(detail.fee_cents - detail.paid_cents)),
            parent=self._window,
        )
        box.setObjectName("unpaidFeeQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        notice = box.addButton(self.tr("Issue &fee notice"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Approve &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(notice)

        def answered(_result: int) -> None:
            self.fee_question = None
            current = self._current_detail() or detail
            if box.clickedButton() is notice:
                self._run(
                    CaseAction.APPROVE,
                    current.case.id,
                    partial(operations.approve_after_fee_notice, self._workspace, current.case),
                )
            elif box.clickedButton() is anyway:
                step = partial(
                    operations.change_status,
                    self._workspace,
                    CaseAction.APPROVE,
                    current.case,
                    comment=None,
                    reply_by=None,
                    unpaid_fee=UnpaidFee.APPROVE_ANYWAY,
                )
                self._run(CaseAction.APPROVE, current.case.id, step)

        box.finished.connect(answered)
        self.fee_question = box
        box.open()

    def issue_fee_notice(self, detail: CaseDetail) -> None:
        """A fee notice for what is still to pay; it waits in the print queue."""
        step = partial(operations.issue_fee_notice, self._workspace, detail.case)
        self._run(CaseAction.FEE_NOTICE, detail.case.id, step)

    def correct_form(self, detail: CaseDetail) -> None:
        """Angaben berichtigen: load the form data, then open the dialog; its save runs as a step of the case."""
        load = operations.load_form_for_correction(
            self._workspace,
            detail.case.id,
            on_success=lambda form: self._open_correction(form),
            on_failure=lambda error: self._failed(CaseAction.CORRECT_FORM, detail.case.id, error),
        )
        self._workspace.runner.run(load)

    def _open_correction(self, form: CorrectableForm) -> None:
        dialog = CorrectionDialog(form, self._window)
        self.correction = dialog
        _open(dialog, lambda data, reason: self._save_correction(dialog, data, reason))

    def _save_correction(self, dialog: CorrectionDialog, data: dict[str, Any], reason: str) -> None:
        step = partial(operations.correct_form_data, self._workspace, dialog.correctable, data, reason, dialog=dialog)
        self._run_from_dialog(CaseAction.CORRECT_FORM, dialog, dialog.correctable.case.id, step)

    def _run_from_dialog(
        self,
        action: CaseAction,
        dialog: CorrectionDialog | FeeDialog | MovePickupDialog | EntitlementDialog | CertificatePrintDialog,
        case_id: int,
        step: Step,
    ) -> None:
        """A step saved from a dialog that stays open until it succeeds; a failure shows over the dialog, and
        what was typed stays in it."""
        self.started.emit(action)

        def saved(row: CaseRow) -> None:
            dialog.finish()
            self.succeeded.emit(action, row)

        def failed(error: Exception) -> None:
            self.refresh_needed.emit(case_id)  # the view shows the case as it is now, the actions with it
            dialog.retry(error)
            self.failed.emit(action, case_id, error)

        self._workspace.runner.run(step(on_success=saved, on_failure=failed))

    def set_fee(self, detail: CaseDetail) -> None:
        """Gebühr festsetzen: the dialog for the amount by tariff; its save runs as a step of the case."""
        dialog = FeeDialog(detail, self._window)
        self.fee_dialog = dialog
        _open(dialog, lambda amount, note: self._save_fee(dialog, amount, note))

    def _save_fee(self, dialog: FeeDialog, amount_cents: int, note: str | None) -> None:
        current = self._current_detail()  # after a refused save the view was refreshed: its version counts
        same_case = current is not None and current.case.id == dialog.detail.case.id
        case = current.case if current is not None and same_case else dialog.detail.case
        step = partial(operations.set_tariff_fee, self._workspace, case, amount_cents, note, dialog=dialog)
        self._run_from_dialog(CaseAction.SET_FEE, dialog, case.id, step)

    def move_pickup(self, detail: CaseDetail) -> None:
        """Abholtermin verlegen: the dialog for the new day and the reason; the move runs as a step of the case."""
        dialog = MovePickupDialog(detail, self._window)
        self.pickup_dialog = dialog
        _open(dialog, lambda day, reason: self._save_move(dialog, day, reason))

    def _save_move(self, dialog: MovePickupDialog, day: dt.date, reason: str) -> None:
        case = dialog.detail.case
        step = partial(operations.move_pickup, self._workspace, case, day, reason, dialog=dialog)
        self._run_from_dialog(CaseAction.MOVE_PICKUP, dialog, case.id, step)

    def check_entitlement(self, detail: CaseDetail) -> None:
        """Berechtigung prüfen: match the order to the registers (on a worker), then open the dialog; the
        decision is recorded as a step of the case."""
        case_id = detail.case.id
        load = operations.load_order_candidates(
            self._workspace,
            case_id,
            on_success=lambda result: self._open_entitlement(detail, result),
            on_failure=lambda error: self._failed(CaseAction.CHECK_ENTITLEMENT, case_id, error),
        )
        self._workspace.runner.run(load)

    def _open_entitlement(self, detail: CaseDetail, result: MatchResult) -> None:
        dialog = EntitlementDialog(detail, result, self._window)
        self.entitlement_dialog = dialog
        dialog.submitted.connect(lambda choice: self._save_entitlement(dialog, choice))
        dialog.details_wanted.connect(lambda: self._ask_for_details(dialog))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _save_entitlement(self, dialog: EntitlementDialog, choice: Entitlement) -> None:
        current = self._current_detail()  # after a refused save the view was refreshed: its version counts
        same_case = current is not None and current.case.id == dialog.detail.case.id
        case = current.case if current is not None and same_case else dialog.detail.case
        step = partial(operations.record_entitlement, self._workspace, case, choice, dialog=dialog)
        self._run_from_dialog(CaseAction.CHECK_ENTITLEMENT, dialog, case.id, step)

    def _ask_for_details(self, dialog: EntitlementDialog) -> None:
        """No entry matched: the request to the applicant, the details the registers need preset (one per line)."""
        dialog.reject()
        current = self._current_detail()
        same_case = current is not None and current.case.id == dialog.detail.case.id
        self.ask_text(CaseAction.ASK_CITIZEN, current if current is not None and same_case else dialog.detail,
                      "\n".join(details_for_the_registers()))  # fmt: skip

    def print_certificates(self, detail: CaseDetail) -> None:
        """Urkunden drucken: what it will use (loaded on a worker) for the officer to confirm; then the order's
        certificates go to this workstation's certificate printer as a step of the case."""
        case_id = detail.case.id
        load = operations.load_print_plan(
            self._workspace,
            case_id,
            on_success=lambda printing: self._open_print(detail, printing),
            on_failure=lambda error: self._failed(CaseAction.PRINT_CERTIFICATES, case_id, error),
        )
        self._workspace.runner.run(load)

    def _open_print(self, detail: CaseDetail, printing: CertificatePrinting) -> None:
        dialog = CertificatePrintDialog(detail, printing.plan, printing.printer, self._window)
        self.print_dialog = dialog
        dialog.submitted.connect(lambda without_parents, printouts: self._print(dialog, without_parents, printouts))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _print(self, dialog: CertificatePrintDialog, without_parents: bool, printouts: int) -> None:
        current = self._current_detail()
        same_case = current is not None and current.case.id == dialog.detail.case.id
        case = current.case if current is not None and same_case else dialog.detail.case
        step = partial(
            operations.print_order_certificates, self._workspace, case, without_parents, printouts, dialog=dialog
        )
        self._run_from_dialog(CaseAction.PRINT_CERTIFICATES, dialog, case.id, step)

    def ask_text(self, action: CaseAction, detail: CaseDetail, text: str = "") -> CommentDialog:
        """Open the dialog for the rejection reason or the question (``text`` preset); the step runs when the clerk
        confirms."""
        reference = detail.case.reference
        if action == CaseAction.REJECT:
            dialog = CommentDialog(
                self.tr("Reject case {reference}").format(reference=reference),
                self.tr(
                    "Please give the &reason for the rejection. It is recorded in the history and is the basis "
                    "of the notice to the citizen."
                ),
                self.tr("&Reject"),
                self._window,
            )
        else:
            dialog = CommentDialog(
                self.tr("Ask the citizen – case {reference}").format(reference=reference),
                self.tr(
                    "Which documents are missing? Please write &one document per line: each line becomes one item "
                    "of the list in the letter to the citizen. The deadline pauses until you resume the case."
                ),
                self.tr("&Send request"),
                self._window,
                text=text,
                date_label=self.tr("Reply &by:"),
                date=german_today() + dt.timedelta(days=REPLY_DAYS),
            )
        dialog.setObjectName(f"dialog_{action.value}")
        dialog.submitted.connect(lambda text: self._submit_text(action, detail, text))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_decision(self, action: CaseAction, detail: CaseDetail) -> CommentDialog:
        """The supervisor's decision on a held register information (§ 52 BMG): the dialog for its reason; the
        decision is recorded when the supervisor confirms."""
        reference = detail.case.reference
        allow = action == CaseAction.ALLOW_INFORMATION
        if allow:
            dialog = CommentDialog(
                self.tr("Allow the information – case {reference}").format(reference=reference),
                self.tr(
                    "The person concerned was heard and the information does not impair interests worthy of "
                    "protection (§ 52 BMG). Please give the &reason; it is recorded in the history. The clerk "
                    "then answers the request."
                ),
                self.tr("&Allow"),
                self._window,
            )
        else:
            dialog = CommentDialog(
                self.tr("Refuse the information – case {reference}").format(reference=reference),
                self.tr(
                    "The information would impair interests of the person concerned worthy of protection (§ 52 BMG). "
                    "Please give the &reason; it is recorded in the history. The clerk then rejects the request."
                ),
                self.tr("&Refuse"),
                self._window,
            )
        dialog.setObjectName(f"dialog_{action.value}")
        dialog.submitted.connect(lambda text: self._submit_decision(action, detail, allow, text))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_decision(self, action: CaseAction, opened_for: CaseDetail, allow: bool, text: str) -> None:
        current = self._current_detail()
        detail = current if current is not None and current.case.id == opened_for.case.id else opened_for
        step = partial(operations.decide_held_information, self._workspace, detail.case, allow, text)
        self._run(action, detail.case.id, step)

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _submit_text(self, action: CaseAction, opened_for: CaseDetail, text: str) -> None:
        current = self._current_detail()
        same_case = current is not None and current.case.id == opened_for.case.id
        date = self.dialog.date if self.dialog is not None else None
        self.transition(action, current if current is not None and same_case else opened_for, text, date)

    def _forget_dialog(self, dialog: CommentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(self, action: CaseAction, case_id: int | None, step: Step) -> None:
        self.started.emit(action)
        self._workspace.runner.run(
            step(
                on_success=lambda row: self._succeeded(action, row),
                on_failure=lambda error: self._failed(action, case_id, error),
            )
        )

    def _succeeded(self, action: CaseAction, row: CaseRow) -> None:
        if self.dialog is not None:
            self.dialog.finish()
        self.succeeded.emit(action, row)

    def _failed(self, action: CaseAction, case_id: int | None, error: Exception) -> None:
        if case_id is not None:
            self.refresh_needed.emit(case_id)
        dialog = self.dialog
        if dialog is not None:
            dialog.retry()
        self.last_message = show_error(dialog or self._window, error)
        self.failed.emit(action, case_id, error)


def _open(dialog: CorrectionDialog | FeeDialog | MovePickupDialog, save: Callable[[Any, Any], None]) -> None:
    """Open a dialog of a case step: its ``submitted`` saves, and it is gone once closed."""
    dialog.submitted.connect(save)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
