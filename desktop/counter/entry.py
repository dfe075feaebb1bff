"""Vorgang → Neuer Vorgang am Schalter (Ctrl+Shift+N), and the draft a clerk left unsaved offered again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.core.user_message import UserMessage
from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.counter.dialog import CounterCaseDialog
from desktop.counter.operations import discard_draft, load_draft
from desktop.widgets.notice_bar import NoticeBar
from models.german_format import format_moment
from models.operations.counter_drafts import SavedDraft
from models.operations.rows import CaseRow
from models.permissions import Action


class CounterEntry(QObject):
    case_created = Signal(int)  # the new case's id: the window shows it

    def __init__(self, window: QMainWindow, workspace: Workspace, menu: QMenu, notice: NoticeBar) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._notice = notice
        self.dialog: CounterCaseDialog | None = None
        self.draft_question: QMessageBox | None = None
        self.action = QAction(self.tr("New case at the &counter…"), window)
        self.action.setObjectName("action_counter_case")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action.setStatusTip(self.tr("Enter a case for a citizen at the counter (Ctrl+Shift+N)"))
        self.action.setEnabled(workspace.actor.may(Action.WORK_CASE))
        self.action.triggered.connect(self.open)
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addAction(self.action)
        else:
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        window.addAction(self.action)
        if self.action.isEnabled():
            workspace.runner.run(load_draft(workspace, parent=window, on_success=self._offer_at_start))

    def _offer_at_start(self, draft: SavedDraft | None) -> None:
        if draft is None:
            return
        self._notice.show_notice(
            UserMessage(
                self.tr("Unsaved counter case"),
                self.tr("A case you entered at the counter on {moment} was not saved.").format(
                    moment=format_moment(draft.saved_at)
                ),
            ),
            action=(self.tr("Continue"), self.open),
        )

    def open(self) -> None:
        if self.dialog is not None:
            bring_up(self.dialog)
            return
        ws = self._workspace
        ws.runner.run(load_draft(ws, parent=self._window, on_success=self._open_with))

    def _open_with(self, draft: SavedDraft | None) -> None:
        if self.dialog is not None:
            return
        if draft is None:
            self._show(None)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved counter case"),
            self.tr("A case you entered on {moment} was not saved. Continue with it?").format(
                moment=format_moment(draft.saved_at)
            ),
            parent=self._window,
        )
        box.setObjectName("counterDraftQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        resume = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Discard and start anew"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)

        def answered(_result: int) -> None:
            self.draft_question = None
            if box.clickedButton() is resume:
                self._show(draft.data)
            else:
                self._workspace.runner.run(discard_draft(self._workspace, parent=self._window))
                self._show(None)

        box.finished.connect(answered)
        self.draft_question = box
        box.open()

    def _show(self, draft: dict[str, object] | None) -> None:
        self._notice.dismiss()
        dialog = CounterCaseDialog(self._workspace, self._window, draft=dict(draft) if draft else None)
        dialog.saved.connect(lambda row: self._created(row))
        dialog.completed.connect(lambda done: self._created(done.case))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        bring_up(dialog)

    def _created(self, row: CaseRow) -> None:
        self._window.statusBar().showMessage(
            self.tr("Case {reference} entered at the counter.").format(reference=row.reference), 8000
        )
        self.case_created.emit(row.id)

    def close_windows(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
