"""The main window's "Post" menu: the print queue (Postausgang) and the outgoing-mail book (Postausgangsbuch),
each a window of its own that does not block the work queue."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.mail.mail_book import MailBookDialog
from desktop.mail.print_queue import PrintQueueDialog
from desktop.widgets.letter_printing import printed_text
from models.operations.mail_rows import PrintBatchResult
from models.permissions import Action

STATUS_MESSAGE_MS = 8000


class MailMenu(QObject):
    printed = Signal()  # letters were printed: case details showing them may refresh

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self.print_queue: PrintQueueDialog | None = None
        self.mail_book: MailBookDialog | None = None
        actor = workspace.actor
        self.menu = window.menuBar().addMenu(self.tr("&Post"))
        self.print_queue_action = self.menu.addAction(self.tr("&Print queue…"))
        self.print_queue_action.setObjectName("action_print_queue")
        self.print_queue_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_queue_action.setEnabled(actor.may(Action.PRINT_MAIL))
        self.print_queue_action.triggered.connect(self.open_print_queue)
        self.mail_book_action = self.menu.addAction(self.tr("Outgoing-mail &book…"))
        self.mail_book_action.setObjectName("action_mail_book")
        self.mail_book_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.mail_book_action.setEnabled(actor.may(Action.VIEW_MAIL_BOOK))
        self.mail_book_action.triggered.connect(self.open_mail_book)
        for action in (self.print_queue_action, self.mail_book_action):
            window.addAction(action)  # the shortcuts work wherever the focus is in the window

    def open_print_queue(self) -> PrintQueueDialog:
        if self.print_queue is None:
            dialog = PrintQueueDialog(self._workspace, self._window)
            dialog.printed.connect(self._printed)
            dialog.finished.connect(lambda _result: setattr(self, "print_queue", None))
            self.print_queue = dialog
        bring_up(self.print_queue)
        return self.print_queue

    def open_mail_book(self) -> MailBookDialog:
        if self.mail_book is None:
            dialog = MailBookDialog(self._workspace, self._window)
            dialog.reprinted.connect(lambda _result: self.printed.emit())
            dialog.finished.connect(lambda _result: setattr(self, "mail_book", None))
            self.mail_book = dialog
        bring_up(self.mail_book)
        return self.mail_book

    def letters_changed(self) -> None:
        """A letter was written (a decision, a fee notice): an open print queue shows it."""
        if self.print_queue is not None:
            self.print_queue.reload()

    def _printed(self, result: PrintBatchResult) -> None:
        self._window.statusBar().showMessage(printed_text(result), STATUS_MESSAGE_MS)
        if self.mail_book is not None:
            self.mail_book.reload()
        self.printed.emit()

    def printed_elsewhere(self, result: PrintBatchResult) -> None:
        """A letter was printed outside these windows (from its preview): the open lists show it."""
        if self.print_queue is not None:
            self.print_queue.reload()
        self._printed(result)

    def close_windows(self) -> None:
        for dialog in (self.print_queue, self.mail_book):
            if dialog is not None:
                dialog.close()
