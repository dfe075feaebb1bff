"""Where the backlog dashboard (Übersicht) lives in the main window.

A supervisor starts on it: the window's centre is two tabs, *Übersicht* first, then *Arbeitsliste*. Everyone else
who may see cases keeps the window as it was and opens the dashboard — their own part — as a window of its own.
Either way Ctrl+Shift+R (Arbeitsliste → Übersicht) shows it, and a click on one of its figures lists exactly those
cases in the work queue and brings the queue to the front.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.core.window_size import bring_up, fit_on_screen
from desktop.core.workspace import Workspace
from desktop.dashboard.view import DashboardView
from desktop.queue.view import QueueView
from models.operations.queue import QueueFilter
from models.permissions import Action

#: The shortest time between two reloads of a dashboard on screen after other workstations' changes.
LIVE_REFRESH_MS = 2000


class DashboardWindow(QWidget):
    """The dashboard as a window of its own (for a clerk or a registry officer)."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Amtsstube – Overview"))
        self.view = DashboardView(workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        fit_on_screen(self, 1280, 820)


class Overview(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, queue: QueueView) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._queue = queue
        self.may_see = workspace.actor.may(Action.VIEW_CASES)
        self.as_start_screen = self.may_see and workspace.actor.may(Action.ASSIGN_CASES)  # the supervisor
        self.tabs: QTabWidget | None = None
        self.dashboard: DashboardView | None = None  # in the tab, or in the window once opened
        self.dashboard_window: DashboardWindow | None = None
        self._queue_page: QWidget | None = None
        self._queue_placed = False
        self.action = QAction(self.tr("O&verview"), window)
        self.action.setObjectName("action_overview")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setStatusTip(
            self.tr("The backlog: open cases by age, deadlines, weekly flow, clerks (Ctrl+Shift+R)")
        )
        self.action.setEnabled(self.may_see)
        self.action.triggered.connect(self.show_overview)
        window.addAction(self.action)
        self._live_refresh = QTimer(self)
        self._live_refresh.setSingleShot(True)
        self._live_refresh.setInterval(LIVE_REFRESH_MS)
        self._live_refresh.timeout.connect(self._refresh_if_shown)

    def central(self, queue_page: QWidget) -> QWidget:
        """The window's centre: the queue page, or for the supervisor the tabs Übersicht | Arbeitsliste."""
        if not self.as_start_screen:
            return queue_page
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = self._connected(DashboardView(self._workspace))
        self.tabs.addTab(self.dashboard, self.tr("Overview"))
        self.tabs.addTab(queue_page, self.tr("Work queue"))
        self.tabs.setCurrentIndex(0)
        self._queue_page = queue_page
        self.tabs.currentChanged.connect(self._tab_changed)
        return self.tabs

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def show_overview(self) -> None:
        if not self.may_see:
            return
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)
            return
        if self.dashboard_window is None:
            self.dashboard_window = DashboardWindow(self._workspace, self._window)
            self.dashboard = self._connected(self.dashboard_window.view)
        bring_up(self.dashboard_window)

    def show_queue(self) -> None:
        """The work queue in front (the supervisor's second tab); a no-op in a clerk's window."""
        if self.tabs is not None:
            self.tabs.setCurrentIndex(1)

    def queue_first(self, step: Callable[[], object]) -> Callable[[], None]:
        """``step`` (e.g. focus the search) after bringing the queue to the front."""

        def run() -> None:
            self.show_queue()
            step()

        return run

    def show_in_queue(self, queue_filter: QueueFilter, caption: str) -> None:
        self._queue.show_filter(queue_filter, caption)
        self.show_queue()
        if self.dashboard_window is not None:
            bring_up(self._window)  # the dashboard's own window stays open behind it
        self._queue.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_changed(self, index: int) -> None:
        """The first time the queue is shown, queue and case share its height (the window placed them while the
        tab was hidden)."""
        page = self._queue_page
        if index != 1 or self._queue_placed or not isinstance(page, QSplitter):
            return
        self._queue_placed = True
        total = page.height() - page.handleWidth()
        if total > 0:
            page.setSizes([total // 2, total - total // 2])

    def cases_changed(self) -> None:
        """Another workstation changed cases: a dashboard on screen reads its figures again, at most every
        :data:`LIVE_REFRESH_MS` (a busy town hall changes cases every few seconds)."""
        if not self._live_refresh.isActive():
            self._live_refresh.start()

    def _refresh_if_shown(self) -> None:
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.reload()

    def close_windows(self) -> None:
        if self.dashboard_window is not None:
            self.dashboard_window.close()

    def _connected(self, view: DashboardView) -> DashboardView:
        view.drill_down.connect(self.show_in_queue)
        return view
