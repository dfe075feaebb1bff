"""Finding by typing: the service (in the catalogue, at every keystroke, on the GUI thread: it is fast) and the
citizen among earlier applicants (in the database, on the worker, a moment after the last keystroke).

Down moves from the search field into the list, Return takes the highlighted entry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.german_format import format_euro
from models.operations.people_search import PersonMatch
from models.service_search import ServiceChoice, ServiceIndex

PERSON_SEARCH_DELAY_MS = 250
LIST_HEIGHT = 140  # about six rows: the form stays in view


class _Picker(QWidget):
    """A search field over a list; :meth:`_take` is called with the chosen row's data."""

    def __init__(self, placeholder: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName(f"{object_name}Search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{object_name}List")
        self.list.setMaximumHeight(LIST_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._take_current)
        self.list.itemActivated.connect(lambda _item: self._take_current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.list.count():
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            self.list.setCurrentRow(max(self.list.currentRow(), 0))
            return True
        return super().eventFilter(watched, event)

    def _show(self, rows: list[tuple[str, object]]) -> None:
        self.list.clear()
        for text, data in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)

    def _take_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._take(item.data(Qt.ItemDataRole.UserRole))

    def _take(self, data: object) -> None:
        raise NotImplementedError


class ServicePicker(_Picker):
    chosen = Signal(object)  # ServiceChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Part of the name or a keyword, e.g. “sperr” or “hund”"), "service", parent)
        self.index = ServiceIndex(())
        self.search.textChanged.connect(self.filter)

    def set_services(self, services: tuple[ServiceChoice, ...]) -> None:
        self.index = ServiceIndex(services)
        self.filter(self.search.text())

    def filter(self, text: str) -> None:
        found = self.index.find(text) if text.strip() else ()
        self._show([(self.label(service), service) for service in found])

    def label(self, service: ServiceChoice) -> str:
        if service.tariff is not None:
            fee = self.tr("{low} to {high} by tariff").format(
                low=format_euro(service.tariff.cents), high=format_euro(service.tariff.max_cents or 0)
            )
        else:
            fee = format_euro(service.fee_cents) if service.fee_cents else self.tr("free of charge")
        return f"{service.name} · {service.department} · {fee}"

    def _take(self, data: object) -> None:
        assert isinstance(data, ServiceChoice)
        self.chosen.emit(data)


class PersonPicker(_Picker):
    picked = Signal(object)  # PersonMatch

    def __init__(self, search: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Name (and date of birth) of an earlier applicant, e.g. “weiss jürgen”"), "person", parent
        )
        self._run_search = search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PERSON_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.searched_for = ""

    def _search_now(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self._show([])
            return
        self.searched_for = text
        self._run_search(text)

    def show_matches(self, text: str, matches: tuple[PersonMatch, ...]) -> None:
        if text != self.search.text().strip():
            return  # typed on meanwhile: a newer search follows
        rows: list[tuple[str, object]] = []
        for person in matches:
            born = f" · *{person.date_of_birth.strftime('%d.%m.%Y')}" if person.date_of_birth else ""
            address = " ".join(
                part for part in (person.street, person.house_number, person.postcode, person.city) if part
            )
            name = " ".join(
                part for part in (person.title, person.given_names, person.name_prefix, person.family_name) if part
            )
            cases = self.tr("%n case(s)", "", person.cases)
            rows.append((f"{name}{born} · {address} · {cases}, {person.latest_reference}", person))
        self._show(rows)

    def _take(self, data: object) -> None:
        assert isinstance(data, PersonMatch)
        self.picked.emit(data)
