"""How the main window shows FIT-Connect synchronisation: progress and result in the status bar, failures as a notice.

The status bar always says how the last pass ended ("Synchronisiert um 10:42: 12 neue Vorgänge, 1 abgelehnt"), or
the last pass of another workstation that brought new cases (:meth:`SyncStatus.announced`).
A failure shows there in red; the notice bar explains it the first time a kind of failure occurs (and whenever the
user started the pass), so a pass that fails every ten minutes does not interrupt anybody every ten minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMainWindow, QProgressBar

from desktop.core.plain_text import literal_tooltip, plain_label
from desktop.core.translations import translate
from desktop.core.user_message import UserMessage
from desktop.messages.error_messages import describe_error
from desktop.sync.controller import SyncController, Trigger
from desktop.widgets.error_dialogs import crash_message
from desktop.widgets.notice_bar import NoticeBar
from models.errors import InvalidInput
from models.german_format import BERLIN
from sync.errors import CredentialsMissing, KeyringUnavailable, SyncNotConfigured
from sync.fitconnect.errors import CredentialsRejected, DeliveryServiceRefused, DeliveryServiceUnreachable
from sync.sync_pass import SyncSummary

FAILURE_COLOUR = "#a4000f"

# Failures the connection settings can fix: an administrator gets a button to them in the notice.
_SETTINGS_FIX = (SyncNotConfigured, KeyringUnavailable, CredentialsMissing, CredentialsRejected, InvalidInput)


def summary_text(summary: SyncSummary) -> str:
    """The result of a pass in a few words: "12 neue Vorgänge, 1 abgelehnt", "Keine neuen Anträge"."""
    if not summary.ran:
        return translate("SyncStatus", "another workstation is synchronising right now")
    parts = []
    if summary.new_cases:
        parts.append(translate("SyncStatus", "%n new case(s)", None, summary.new_cases))
    if summary.rejected:
        parts.append(translate("SyncStatus", "%n rejected", None, summary.rejected))
    if summary.held:
        parts.append(translate("SyncStatus", "%n kept aside after a technical error", None, summary.held))
    if summary.failed:
        parts.append(translate("SyncStatus", "%n not fetched, tried again next time", None, summary.failed))
    if summary.events_failed:
        parts.append(
            translate(
                "SyncStatus", "%n confirmation(s) not delivered, sent again next time", None, summary.events_failed
            )
        )
    return ", ".join(parts) if parts else translate("SyncStatus", "No new applications")


def failure_kind(error: Exception) -> Hashable:
    """Failures of one kind get one notice: the type, and what distinguishes its causes."""
    return type(error), getattr(error, "reason", None), getattr(error, "status", None)


def _now() -> str:
    return f"{dt.datetime.now(BERLIN):%H:%M}"  # the time zone of every time shown (format_moment)


class SyncStatus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        controller: SyncController,
        notice: NoticeBar,
        *,
        open_settings: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.notice = notice
        self.open_settings = open_settings  # None: the user may not change the connection
        self.seen_failures: set[Hashable] = set()
        self.last_summary: SyncSummary | None = None
        self.last_error: Exception | None = None
        self._notice_is_ours = False
        self._tooltip = ""  # as text; the label's tooltip is it made literal

        self.label = plain_label(object_name="syncStatus")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setFixedWidth(150)
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        status = window.statusBar()
        status.insertPermanentWidget(0, self.label)
        status.insertPermanentWidget(1, self.progress)

        controller.started.connect(self._started)
        controller.progressed.connect(self._progressed)
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        controller.finished.connect(self._finished)
        controller.ignored.connect(self._ignored)
        notice.dismissed.connect(lambda: setattr(self, "_notice_is_ours", False))

    def _show(self, text: str, *, failure: bool = False, tooltip: str = "") -> None:
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {FAILURE_COLOUR}; font-weight: bold;" if failure else "")
        self._set_tooltip(tooltip)

    def _set_tooltip(self, text: str) -> None:
        self._tooltip = text  # error messages may quote an address or a server's answer
        self.label.setToolTip(literal_tooltip(text))

    def _started(self, _trigger: Trigger) -> None:
        self.progress.setRange(0, 0)  # busy until the number of submissions is known
        self.progress.show()
        self._show(translate("SyncStatus", "Synchronising…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._show(translate("SyncStatus", "Synchronising… {done} / {total}").format(done=done, total=total))

    def _succeeded(self, summary: SyncSummary, _trigger: Trigger) -> None:
        self.last_summary, self.last_error = summary, None
        self.seen_failures.clear()
        if self._notice_is_ours:
            self.notice.dismiss()  # the problem it explained is gone
        if summary.ran:
            text = translate("SyncStatus", "Synchronised at {time}: {result}")
        else:
            text = translate("SyncStatus", "Not synchronised at {time}: {result}")
        self._show(text.format(time=_now(), result=summary_text(summary)), tooltip=self._summary_details(summary))

    def _summary_details(self, summary: SyncSummary) -> str:
        if not summary.ran:
            return translate("SyncStatus", "Only one workstation fetches at a time; the next pass tries again.")
        return translate(
            "SyncStatus",
            "Fetched: {listed}, already known: {known}, confirmations sent again: {resent} ({seconds} s).",
        ).format(
            listed=summary.listed,
            known=summary.already_known,
            resent=summary.events_resent,
            seconds=QLocale().toString(summary.seconds, "f", 1),
        )

    def _failed(self, error: Exception, trigger: Trigger) -> None:
        self.last_summary, self.last_error = None, error
        message = describe_error(error)
        if message is None:
            message, _incident = crash_message(error)
        self._show(
            translate("SyncStatus", "Synchronisation failed at {time}: {problem}").format(
                time=_now(), problem=message.title
            ),
            failure=True,
            tooltip=message.text,
        )
        kind = failure_kind(error)
        if trigger == Trigger.USER or kind not in self.seen_failures:
            self.seen_failures.add(kind)
            self._show_notice(error, message)

    def _show_notice(self, error: Exception, message: UserMessage) -> None:
        fixable = isinstance(error, _SETTINGS_FIX) or (isinstance(error, DeliveryServiceUnreachable) and error.tls)
        fixable = fixable or (isinstance(error, DeliveryServiceRefused) and error.status in (401, 403, 404))
        action = None
        if fixable and self.open_settings is not None:
            action = (translate("SyncStatus", "&Connection settings…"), self.open_settings)
        self.notice.show_notice(message, action=action)
        self._notice_is_ours = True

    def _finished(self) -> None:
        self.progress.hide()
        timer = self.controller.timer
        if timer.isActive():
            due = dt.datetime.now(BERLIN) + dt.timedelta(milliseconds=timer.remainingTime())
            next_pass = translate("SyncStatus", "Next automatic synchronisation at {time}.").format(time=f"{due:%H:%M}")
            tooltip = self._tooltip
            self._set_tooltip(f"{tooltip}\n{next_pass}" if tooltip else next_pass)

    def announced(self, new_cases: int) -> None:
        """Another workstation's sync pass brought ``new_cases`` new cases: this status bar says so too. A pass of
        our own running, or our last one failed: for a few seconds, and our own state stays."""
        text = translate("SyncStatus", "Synchronised at {time} by another workstation: {result}").format(
            time=_now(), result=translate("SyncStatus", "%n new case(s)", None, new_cases)
        )
        if self.controller.running or self.last_error is not None:
            self.window.statusBar().showMessage(text, 10_000)
        else:
            self._show(text)

    def _ignored(self, trigger: Trigger) -> None:
        if trigger == Trigger.USER:
            self.window.statusBar().showMessage(
                translate("SyncStatus", "The synchronisation is already running; please wait for its result."), 5000
            )
