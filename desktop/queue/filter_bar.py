"""The filter bar above the work queue: text search (debounced), status, service, and whose cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.labels import status_label
from models.case_status import OPEN_STATES, CaseStatus
from models.operations.catalogue import ServiceRow
from models.operations.queue import AssigneeFilter, QueueFilter

#: Keys this close together (a held key repeating, a burst) are one search. Longer would be felt: the queue answers a
#: search of 100,000 cases in 25–55 ms, so each key typed gets its own answer before the next (issue 14: a keystroke
#: answers within 100 ms). Each search run is entered in the audit log, as the clerk saw its list.
SEARCH_DELAY_MS = 40


class QueueFilterBar(QWidget):
    filter_changed = Signal(object)  # QueueFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Reference or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)  # the whole bar and its buttons fit a screen 1280 pixels wide
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Open cases"), frozenset(OPEN_STATES))
        self.status.addItem(self.tr("All cases"), None)
        for status in CaseStatus:
            self.status.addItem(status_label(status), frozenset({status}))

        self.service = QComboBox()
        self.service.setObjectName("serviceFilter")
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(16)  # the list that opens shows the names in full (set_services)
        self.service.addItem(self.tr("All services"), None)

        self.assignee = QComboBox()
        self.assignee.setObjectName("assigneeFilter")
        self.assignee.addItem(self.tr("Everyone's"), AssigneeFilter.ANYONE)
        self.assignee.addItem(self.tr("Only mine"), AssigneeFilter.MINE)
        self.assignee.addItem(self.tr("Unassigned"), AssigneeFilter.UNASSIGNED)

        for combo in (self.status, self.service, self.assignee):
            combo.currentIndexChanged.connect(self._emit_now)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in (
            (self.tr("Sear&ch:"), self.search, 2),
            (self.tr("S&tatus:"), self.status, 0),
            (self.tr("Ser&vice:"), self.service, 1),
            (self.tr("&Whose:"), self.assignee, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, stretch)
            layout.addSpacing(8)

    def set_services(self, services: tuple[ServiceRow, ...]) -> None:
        current = self.service.currentData()
        self.service.blockSignals(True)
        try:
            while self.service.count() > 1:
                self.service.removeItem(1)
            for service in services:
                self.service.addItem(service.name, service.key)
            index = self.service.findData(current)
            self.service.setCurrentIndex(max(index, 0))
        finally:
            self.service.blockSignals(False)
        view = self.service.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())

    def current_filter(self) -> QueueFilter:
        key = self.service.currentData()
        return QueueFilter(
            statuses=self.status.currentData(),
            service_keys=frozenset({key}) if key else None,
            assignee=self.assignee.currentData(),
            text=self.search.text().strip() or None,
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())
