"""Showing failures: a message box for expected errors, the crash dialog with a log reference for bugs.

Boxes are opened with ``open()`` (window-modal, non-blocking), so no nested event loop runs inside a handler.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.logging_setup import log_file_path, log_incident
from desktop.core.tasks import FailureHandler, while_alive
from desktop.core.translations import translate
from desktop.messages.error_messages import UserMessage, describe_error

log = logging.getLogger(__name__)


def show_message(parent: QWidget | None, message: UserMessage, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(icon, message.title, message.text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if message.details:
        box.setDetailedText(message.details)
    box.open()
    return box


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """The German message for an expected error; the crash dialog for anything else."""
    message = describe_error(error)
    if message is None:
        return show_crash(parent, error)
    return show_message(parent, message, QMessageBox.Icon.Warning)


def errors_shown_on(parent: QWidget) -> FailureHandler:
    """The standard failure handler of an operation a window starts: the error shown on it, while it is open."""
    return while_alive(parent, lambda error: show_error(parent, error))


def show_error_on_active_window(error: BaseException) -> QMessageBox:
    """The task runner's default failure handler."""
    return show_error(QApplication.activeWindow(), error)


def crash_message(error: BaseException) -> tuple[UserMessage, str]:
    """Log the bug with a new incident number; the message that tells the user where the report is."""
    incident = log_incident(error)
    message = UserMessage(
        translate("ErrorDialogs", "Unexpected error"),
        translate(
            "ErrorDialogs",
            "An unexpected error occurred. Your last step may not have been carried out; please check the case "
            "before you continue.\n\nIf this happens again, please tell the IT the incident number {incident}. "
            "The details are in the log file:\n{path}",
        ).format(incident=incident, path=log_file_path()),
        f"{type(error).__name__}: {error}",
    )
    return message, incident


def show_crash(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Log the bug with an incident number and tell the user where the report is."""
    message, incident = crash_message(error)
    box = QMessageBox(QMessageBox.Icon.Critical, message.title, message.text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("crashDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(message.details or "")
    box.setProperty("incident", incident)
    box.open()
    return box


def install_excepthook() -> Callable[[type[BaseException], BaseException, TracebackType | None], object]:
    """Exceptions escaping a Qt slot end in a dialog instead of vanishing on the console; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception) or QApplication.instance() is None:
            previous(kind, error, trace)
            return
        error.__traceback__ = trace
        show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
    return previous
