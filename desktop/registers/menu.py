"""The main window's "Register" menu: look up a resident (Ctrl+Shift+E), also the applicant of the case shown; look
up a dog (Ctrl+Shift+H), also the dog of the dog-tax case shown (the dog its registration entered, else the
applicant's dogs); look up a property in the waste-bin register (Ctrl+Shift+B), also the property a waste-bin case
names (its record opened at once when the address finds exactly one). The civil-status registers are the registry
office's own menu (:mod:`desktop.civil_status.menu`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.registers.dog_dialog import DogDialog
from desktop.registers.operations import find_dog_of_case
from desktop.registers.property_dialog import PropertyDialog
from desktop.registers.resident_dialog import ResidentDialog
from models.forms import labelled_fields
from models.operations.rows import CaseDetail
from models.permissions import Action
from models.services.registry import schema_for

DOG_SERVICES = ("dog_registration", "dog_deregistration")
WASTE_BIN_SERVICES = ("waste_bin_change",)
PROPERTY_FIELD = "propertyAddress"


def _searched_name(detail: CaseDetail) -> str:
    """The applicant's name without degrees ("Dr.", "Prof."): the register keeps them apart from the name it
    searches."""
    return " ".join(word for word in detail.applicant.full_name.split() if not word.endswith("."))


def _property_address(detail: CaseDetail) -> str:
    """The street and house number of the property the case's form names ("" where it names none).

    The case carries its form as labelled rows (:attr:`CaseDetail.form_fields`); the labels of the property's group
    and of its street and house number are the ones the service's schema gives, found by labelling a form that
    holds only them."""
    schema = schema_for(detail.case.service_key, None)
    probe = labelled_fields(schema, {PROPERTY_FIELD: {"street": "", "houseNumber": ""}})
    if len(probe) < 3:
        return ""
    group, street_label, number_label = probe[0].label, probe[1].label, probe[2].label
    values: dict[str, str] = {}
    fields = detail.form_fields
    for index, field in enumerate(fields):
        if field.depth == 0 and field.label == group and not field.value:
            for inner in fields[index + 1 :]:
                if inner.depth == 0:
                    break
                if inner.depth == 1 and inner.label in (street_label, number_label):
                    values.setdefault(inner.label, inner.value.strip())
            break
    return " ".join(value for value in (values.get(street_label), values.get(number_label)) if value)


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
        self.menu.addSeparator()
        self.dog_action = self.menu.addAction(self.tr("Find &dog…"))
        self.dog_action.setObjectName("action_find_dog")
        self.dog_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.dog_action.setStatusTip(
            self.tr("Look up a dog by tax tag, chip number or keeper in the dog register (Ctrl+Shift+H)")
        )
        self.dog_action.setEnabled(may_view)
        self.dog_action.triggered.connect(lambda: self.open_dogs())
        self.case_dog_action = self.menu.addAction(self.tr("Dog of the &case in the register…"))
        self.case_dog_action.setObjectName("action_dog_of_case")
        self.case_dog_action.setStatusTip(self.tr("Show the dog of the dog-tax case shown in the dog register"))
        self.case_dog_action.setEnabled(False)
        self.case_dog_action.triggered.connect(self.open_dog_of_case)
        self.dog_dialog: DogDialog | None = None
        self.menu.addSeparator()
        self.property_action = self.menu.addAction(self.tr("Find &property…"))
        self.property_action.setObjectName("action_find_property")
        self.property_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.property_action.setStatusTip(
            self.tr("Look up a property by address, owner or property manager in the waste-bin register (Ctrl+Shift+B)")
        )
        self.property_action.setEnabled(may_view)
        self.property_action.triggered.connect(lambda: self.open_properties())
        self.case_property_action = self.menu.addAction(self.tr("Pr&operty of the case in the register…"))
        self.case_property_action.setObjectName("action_property_of_case")
        self.case_property_action.setStatusTip(
            self.tr("Show the property of the waste-bin case shown in the waste-bin register")
        )
        self.case_property_action.setEnabled(False)
        self.case_property_action.triggered.connect(self.open_property_of_case)
        self.property_dialog: PropertyDialog | None = None
        for action in (
            self.find_action,
            self.applicant_action,
            self.dog_action,
            self.case_dog_action,
            self.property_action,
            self.case_property_action,
        ):
            window.addAction(action)

    def case_shown(self, detail: CaseDetail | None) -> None:
        may_view = self._workspace.actor.may(Action.VIEW_RESIDENTS)
        self.applicant_action.setEnabled(may_view and detail is not None)
        self.case_dog_action.setEnabled(may_view and detail is not None and detail.case.service_key in DOG_SERVICES)
        self.case_property_action.setEnabled(
            may_view and detail is not None and detail.case.service_key in WASTE_BIN_SERVICES
        )

    def open_applicant(self) -> ResidentDialog | None:
        detail = self._current_case()
        if detail is None:
            return None
        return self.open_search(_searched_name(detail), detail.applicant.date_of_birth)

    def open_search(self, name: str = "", born: dt.date | None = None) -> ResidentDialog:
        if self.dialog is None:
            self.dialog = ResidentDialog(self._workspace, self._window)
            self.dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        if name:
            self.dialog.look_for(name, born)
        bring_up(self.dialog)
        return self.dialog

    def open_dogs(self, text: str = "") -> DogDialog:
        if self.dog_dialog is None:
            self.dog_dialog = DogDialog(self._workspace, self._window)
            self.dog_dialog.finished.connect(lambda _result: setattr(self, "dog_dialog", None))
        if text:
            self.dog_dialog.look_for(text)
        bring_up(self.dog_dialog)
        return self.dog_dialog

    def open_dog_of_case(self) -> DogDialog | None:
        """The dog register at the dog the case shown registered; for a case that registered none (yet), or a
        deregistration, the dogs of its applicant by name."""
        detail = self._current_case()
        if detail is None or detail.case.service_key not in DOG_SERVICES:
            return None
        dialog = self.open_dogs()
        name = _searched_name(detail)
        ws = self._workspace

        def found(dog_id: int | None) -> None:
            if dog_id is None:
                dialog.look_for(name)
            else:
                dialog.open_dog(dog_id)

        ws.runner.run(find_dog_of_case(ws, detail.case.id, parent=dialog, on_success=found))
        return dialog

    def open_properties(self, text: str = "", *, open_if_one: bool = False) -> PropertyDialog:
        if self.property_dialog is None:
            self.property_dialog = PropertyDialog(self._workspace, self._window)
            self.property_dialog.finished.connect(lambda _result: setattr(self, "property_dialog", None))
        if text:
            self.property_dialog.look_for(text, open_if_one=open_if_one)
        bring_up(self.property_dialog)
        return self.property_dialog

    def open_property_of_case(self) -> PropertyDialog | None:
        """The waste-bin register at the property the case shown names: searched by its street and house number,
        and its record opened when that finds exactly one (the clerk asked for it)."""
        detail = self._current_case()
        if detail is None or detail.case.service_key not in WASTE_BIN_SERVICES:
            return None
        return self.open_properties(_property_address(detail), open_if_one=True)

    def close_windows(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if self.dog_dialog is not None:
            self.dog_dialog.close()
        if self.property_dialog is not None:
            self.property_dialog.close()
