"""Vorgänge zuweisen: the chosen cases — or all open cases of one clerk — go to another clerk or back to the pool,
with the reason written into each case's history. Someone absent today cannot be chosen. A refusal (a case another
workstation changed meanwhile, a target who cannot handle a case) moves nothing; the dialog stays open with what
was typed and says why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.supervision.clerk_choice import clerk_combo, fill_clerks
from desktop.supervision.operations import load_clerks, reassign
from desktop.widgets.error_dialogs import show_error
from models.operations.reassignment import MAX_REASON_LENGTH, ChosenCase, ClerkChoice
from models.operations.rows import CaseRow

PROBLEM_STYLE = "color: #a4000f; font-weight: bold;"
SHOWN_REFERENCES = 5


class ReassignDialog(QDialog):
    """``cases``: the cases chosen in the queue; without them the dialog moves all open cases of a clerk."""

    reassigned = Signal(object)  # tuple[CaseRow, ...]

    def __init__(
        self,
        workspace: Workspace,
        cases: tuple[CaseRow, ...] = (),
        parent: QWidget | None = None,
        *,
        release: bool = False,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.cases = cases
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Assign cases") if cases else self.tr("Assign all cases of a clerk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self._release = release

        form = QFormLayout()
        self.holder: QComboBox | None = None
        if cases:
            references = ", ".join(case.reference for case in cases[:SHOWN_REFERENCES])
            if len(cases) > SHOWN_REFERENCES:
                references += ", …"
            what = self.tr("%n case(s): {references}", "", len(cases)).format(references=references)
            chosen = plain_label(what, object_name="reassignCases")
            chosen.setWordWrap(True)
            form.addRow(self.tr("Cases:"), chosen)
        else:
            self.holder = clerk_combo("reassignHolder")
            form.addRow(self.tr("All open cases &of:"), self.holder)
        self.target = clerk_combo("reassignTarget")
        form.addRow(self.tr("&To:"), self.target)
        self.reason = QLineEdit()
        self.reason.setObjectName("reassignReason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("e.g. holiday cover – written into each case's history"))
        form.addRow(self.tr("&Reason:"), self.reason)

        self.problem = plain_label(object_name="reassignProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = self.buttons.addButton(self.tr("&Assign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.assign_button.setObjectName("reassignSubmit")
        self.assign_button.setEnabled(False)  # until the clerks are loaded
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        workspace.runner.run(load_clerks(workspace, parent=self, on_success=self.show_clerks))

    def show_clerks(self, clerks: tuple[ClerkChoice, ...]) -> None:
        fill_clerks(self.target, clerks, pool=True, absent_allowed=False)
        if not self._release:
            first_present = next((n for n in range(1, self.target.count()) if not clerks[n - 1].absent_today), 0)
            self.target.setCurrentIndex(first_present)
        if self.holder is not None:
            fill_clerks(self.holder, clerks, pool=False, absent_allowed=True)
            self.holder.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.assign_button.setEnabled(True)

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self._problem(self.tr("Please give the reason: it is written into the history of each case."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        holder = self.holder.currentData() if self.holder is not None else None
        if self.holder is not None and holder is None:
            self._problem(self.tr("Please choose whose cases are to be moved."))
            return
        self.problem.hide()
        self.assign_button.setEnabled(False)
        chosen = [ChosenCase(case.id, case.version) for case in self.cases]
        ws = self._workspace
        ws.runner.run(
            reassign(
                ws,
                chosen,
                holder,
                self.target.currentData(),
                reason,
                parent=self,
                on_success=self._done,
                on_failure=self._refused,
            )
        )

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _done(self, rows: tuple[CaseRow, ...]) -> None:
        self.reassigned.emit(rows)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.assign_button.setEnabled(True)
        show_error(self, error)
