"""The main window's "Disposition" menu, for supervisors only (the operations refuse everyone else anyway): assign
the cases chosen in the work queue (Ctrl+Shift+Z) or all of a clerk's, the absences of staff, the claims left
untouched. The queue lets a supervisor choose several cases (Shift/Ctrl+click, Shift+arrows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.supervision.absences_dialog import AbsencesDialog
from desktop.supervision.reassign_dialog import ReassignDialog
from desktop.supervision.stale_claims_dialog import StaleClaimsDialog
from models.operations.rows import CaseRow
from models.permissions import Action


class SupervisionMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        chosen_cases: Callable[[], tuple[CaseRow, ...]],
        moved: Callable[[tuple[CaseRow, ...]], object],
    ) -> None:
        """``chosen_cases``: the cases chosen in the work queue; ``moved`` is told of the cases moved."""
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._chosen_cases = chosen_cases
        self._moved = moved
        may = workspace.actor.may(Action.ASSIGN_CASES)
        self.menu = window.menuBar().addMenu(self.tr("&Supervision"))
        self.menu.setObjectName("menu_supervision")
        self.menu.menuAction().setVisible(may)
        self.assign_action = self.menu.addAction(self.tr("&Assign chosen cases…"))
        self.assign_action.setObjectName("action_assign_cases")
        self.assign_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.assign_action.setStatusTip(
            self.tr("Give the cases chosen in the work queue to another clerk or back to the pool (Ctrl+Shift+Z)")
        )
        self.assign_action.triggered.connect(lambda: self.open_assign())
        self.assign_all_action = self.menu.addAction(self.tr("Assign all cases &of a clerk…"))
        self.assign_all_action.setObjectName("action_assign_all_of")
        self.assign_all_action.triggered.connect(lambda: self.open_assign_all())
        self.menu.addSeparator()
        self.absences_action = self.menu.addAction(self.tr("A&bsences…"))
        self.absences_action.setObjectName("action_absences")
        self.absences_action.triggered.connect(lambda: self.open_absences())
        self.stale_action = self.menu.addAction(self.tr("Claims left &untouched…"))
        self.stale_action.setObjectName("action_stale_claims")
        self.stale_action.triggered.connect(lambda: self.open_stale())
        for action in (self.assign_action, self.assign_all_action, self.absences_action, self.stale_action):
            action.setEnabled(may)
        if may:
            window.addAction(self.assign_action)
        self.assign_dialog: ReassignDialog | None = None
        self.absences_dialog: AbsencesDialog | None = None
        self.stale_dialog: StaleClaimsDialog | None = None

    def open_assign(self, cases: tuple[CaseRow, ...] | None = None, *, release: bool = False) -> ReassignDialog | None:
        chosen = cases if cases is not None else self._chosen_cases()
        if not chosen:
            self._window.statusBar().showMessage(
                self.tr("Please choose the cases in the work queue first (Shift or Ctrl with the mouse or arrows)."),
                8000,
            )
            return None
        return self._open_assign(ReassignDialog(self._workspace, chosen, self._window, release=release))

    def open_assign_all(self) -> ReassignDialog:
        return self._open_assign(ReassignDialog(self._workspace, (), self._window))

    def _open_assign(self, dialog: ReassignDialog) -> ReassignDialog:
        dialog.reassigned.connect(self._reassigned)
        dialog.finished.connect(lambda _result: setattr(self, "assign_dialog", None))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _reassigned(self, rows: tuple[CaseRow, ...]) -> None:
        self._window.statusBar().showMessage(self.tr("%n case(s) moved.", "", len(rows)), 8000)
        self._moved(rows)
        if self.stale_dialog is not None:
            self.stale_dialog.reload()

    def open_absences(self) -> AbsencesDialog:
        if self.absences_dialog is None:
            self.absences_dialog = AbsencesDialog(self._workspace, self._window)
            self.absences_dialog.finished.connect(lambda _result: setattr(self, "absences_dialog", None))
        bring_up(self.absences_dialog)
        return self.absences_dialog

    def open_stale(self) -> StaleClaimsDialog:
        if self.stale_dialog is None:
            dialog = StaleClaimsDialog(self._workspace, self._window)
            dialog.release_requested.connect(lambda cases: self._open_over_stale(cases))
            dialog.finished.connect(lambda _result: setattr(self, "stale_dialog", None))
            self.stale_dialog = dialog
        bring_up(self.stale_dialog)
        return self.stale_dialog

    def _open_over_stale(self, cases: tuple[CaseRow, ...]) -> None:
        parent = self.stale_dialog if self.stale_dialog is not None else self._window
        dialog = ReassignDialog(self._workspace, cases, parent, release=True)
        self._open_assign(dialog)

    def close_windows(self) -> None:
        dialogs: tuple[QDialog | None, ...] = (self.assign_dialog, self.absences_dialog, self.stale_dialog)
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
