"""The main window's "Register" menu: look up a resident (Ctrl+Shift+E), also the applicant of the case shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.registers.resident_dialog import ResidentDialog
from models.operations.rows import CaseDetail
from models.permissions import Action


class RegistersMenu(QObject):
    def __init__(
        self, window: QMainWindow, workspace: Workspace, current_case: Callable[[], CaseDetail | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._current_case = current_case
        self.dialog: ResidentDialog | None = None
        may_view = workspace.actor.may(Action.VIEW_RESIDENTS)
        self.menu = window.menuBar().addMenu(self.tr("Re&gisters"))
        self.find_action = self.menu.addAction(self.tr("Find &resident…"))
        self.find_action.setObjectName("action_find_resident")
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.find_action.setStatusTip(self.tr("Look up a resident in the resident register (Ctrl+Shift+E)"))
        self.find_action.setEnabled(may_view)
        self.find_action.triggered.connect(lambda: self.open_search())
        self.applicant_action = self.menu.addAction(self.tr("&Applicant of the case in the register…"))
        self.applicant_action.setObjectName("action_applicant_in_register")
        self.applicant_action.setStatusTip(self.tr("Look up the applicant of the case shown in the resident register"))
        self.applicant_action.setEnabled(False)
        self.applicant_action.triggered.connect(self.open_applicant)
        for action in (self.find_action, self.applicant_action):
            window.addAction(action)

    def case_shown(self, detail: CaseDetail | None) -> None:
        may_view = self._workspace.actor.may(Action.VIEW_RESIDENTS)
        self.applicant_action.setEnabled(may_view and detail is not None)

    def open_applicant(self) -> ResidentDialog | None:
        detail = self._current_case()
        if detail is None:
            return None
        applicant = detail.applicant
        # The name without degrees ("Dr.", "Prof."): the register keeps them apart from the name it searches.
        name = " ".join(word for word in applicant.full_name.split() if not word.endswith("."))
        return self.open_search(name, applicant.date_of_birth)

    def open_search(self, name: str = "", born: dt.date | None = None) -> ResidentDialog:
        if self.dialog is None:
            self.dialog = ResidentDialog(self._workspace, self._window)
            self.dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        if name:
            self.dialog.look_for(name, born)
        bring_up(self.dialog)
        return self.dialog

    def close_windows(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
