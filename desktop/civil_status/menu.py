"""The main window's "Standesamt" menu, for registry officers only (the Bürgerbüro's clerks do not see it; the
operations refuse them anyway): search the registers (Ctrl+Shift+S) and open an entry as it stands, record an entry
(Ctrl+Shift+D), add an annotation or reissue a certificate from the entry's view, and the entries past
retention."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.civil_status.annotate_dialog import AnnotateDialog
from desktop.civil_status.entry_view import EntryView
from desktop.civil_status.record_dialog import RecordDialog
from desktop.civil_status.reissue_dialog import ReissueDialog
from desktop.civil_status.retention_dialog import RetentionDialog
from desktop.civil_status.search_dialog import CivilSearchDialog
from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from models.operations.certificates import IssuedRow
from models.operations.civil_status import CivilEntryRecord, EntryRow
from models.permissions import Action


class CivilStatusMenu(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, order_steps: Sequence[QAction] = ()) -> None:
        """``order_steps``: the window's steps on a certificate order (check the entitlement, print the
        certificates), listed here too, where the registry officer looks for them."""
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        may_view = workspace.actor.may(Action.VIEW_CIVIL_STATUS)
        may_record = workspace.actor.may(Action.RECORD_CIVIL_STATUS)
        self.menu = window.menuBar().addMenu(self.tr("Registry &office"))
        self.menu.setObjectName("menu_civil_status")
        self.menu.menuAction().setVisible(may_view)
        self.search_action = self.menu.addAction(self.tr("&Search the registers…"))
        self.search_action.setObjectName("action_search_civil_registers")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.search_action.setStatusTip(
            self.tr("Find entries of the birth, marriage, partnership and death registers (Ctrl+Shift+S)")
        )
        self.search_action.setEnabled(may_view)
        self.search_action.triggered.connect(lambda: self.open_search())
        self.record_action = self.menu.addAction(self.tr("&Record entry…"))
        self.record_action.setObjectName("action_record_civil_entry")
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.record_action.setStatusTip(self.tr("Record a new entry in a civil-status register (Ctrl+Shift+D)"))
        self.record_action.setEnabled(may_record)
        self.record_action.triggered.connect(lambda: self.open_record())
        if order_steps:
            self.menu.addSeparator()
            for step in order_steps:
                self.menu.addAction(step)
        self.menu.addSeparator()
        self.retention_action = self.menu.addAction(self.tr("Entries past re&tention…"))
        self.retention_action.setObjectName("action_civil_retention")
        self.retention_action.setStatusTip(self.tr("The entries to be offered to the archive"))
        self.retention_action.setEnabled(may_view)
        self.retention_action.triggered.connect(lambda: self.open_retention())
        if may_view:
            for action in (self.search_action, self.record_action, self.retention_action):
                window.addAction(action)
        self.search_dialog: CivilSearchDialog | None = None
        self.record_dialog: RecordDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.entry_views: dict[int, EntryView] = {}
        self.annotate_dialog: AnnotateDialog | None = None
        self.reissue_dialog: ReissueDialog | None = None

    def open_search(self) -> CivilSearchDialog:
        if self.search_dialog is None:
            self.search_dialog = CivilSearchDialog(self._workspace, self._window)
            self.search_dialog.entry_chosen.connect(self.open_entry)
            self.search_dialog.finished.connect(lambda _result: setattr(self, "search_dialog", None))
        bring_up(self.search_dialog)
        return self.search_dialog

    def open_record(self) -> RecordDialog:
        if self.record_dialog is None:
            self.record_dialog = RecordDialog(self._workspace, self._window)
            self.record_dialog.recorded.connect(self._recorded)
            self.record_dialog.finished.connect(lambda _result: setattr(self, "record_dialog", None))
        bring_up(self.record_dialog)
        return self.record_dialog

    def open_retention(self) -> RetentionDialog:
        if self.retention_dialog is None:
            self.retention_dialog = RetentionDialog(self._workspace, self._window)
            self.retention_dialog.finished.connect(lambda _result: setattr(self, "retention_dialog", None))
        bring_up(self.retention_dialog)
        return self.retention_dialog

    def open_entry(self, entry_id: int) -> EntryView:
        """The entry's view (one per entry; opening it again brings it up without reading it again)."""
        view = self.entry_views.get(entry_id)
        if view is None:
            view = EntryView(self._workspace, entry_id, self._window)
            view.annotate_requested.connect(lambda record: self.open_annotate(view, record))
            view.reissue_requested.connect(lambda certificate: self.open_reissue(view, certificate))
            view.finished.connect(lambda _result: self.entry_views.pop(entry_id, None))
            self.entry_views[entry_id] = view
        bring_up(view)
        return view

    def open_annotate(self, view: EntryView, record: CivilEntryRecord) -> AnnotateDialog:
        dialog = AnnotateDialog(self._workspace, record, view)
        self._open_over(view, dialog, dialog.annotated, "annotate_dialog")
        return dialog

    def open_reissue(self, view: EntryView, certificate: IssuedRow) -> ReissueDialog:
        dialog = ReissueDialog(self._workspace, certificate, view)
        self._open_over(view, dialog, dialog.reissued, "reissue_dialog")
        return dialog

    def _open_over(self, view: EntryView, dialog: QDialog, done: SignalInstance, attribute: str) -> None:
        """Open ``dialog`` over the entry's view, kept in ``attribute`` while open; the view reloads when it is done."""
        done.connect(lambda _row: view.reload())
        dialog.finished.connect(lambda _result: setattr(self, attribute, None))
        setattr(self, attribute, dialog)
        dialog.open()

    def _recorded(self, row: EntryRow) -> None:
        self.open_entry(row.id)

    def close_windows(self) -> None:
        dialogs = (self.annotate_dialog, self.reissue_dialog, self.record_dialog, self.search_dialog,
                   self.retention_dialog)  # fmt: skip
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
        for view in list(self.entry_views.values()):
            view.close()
