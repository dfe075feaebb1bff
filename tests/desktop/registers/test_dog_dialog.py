"""Register → Hund suchen in the real main window: found by tax tag, chip number or keeper's name as typed, a record
opened by keyboard (logged: it shows the keeper's personal data) with the tax of the year, the relief and the masked
IBAN; the dog of a dog-registration case opened from the case; a role without the right gets no menu entry, and
the operations refuse it. On SQLite only: the database does not matter to the widgets (the operations' tests run
on both)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.registers.dog_dialog import DogDialog
from models.db import Database
from models.errors import PermissionDenied
from models.operations.dogs import find_dogs
from tests.conftest import Staff
from tests.desktop.gui_helpers import audit_count, open_by_shortcut, show_case
from tests.models.services.test_dog_services import approve, keeper, registration_form  # noqa: F401 - a fixture
from tests.support.factories import new_case

pytestmark = [pytest.mark.parametrize("database_kind", ["sqlite"]), pytest.mark.usefixtures("keeper")]

IBAN = "DE89370400440532013000"
SEPA = {"accountHolder": "Łukasz Öztürk-Nguyễn", "iban": IBAN, "mandateType": "recurring", "place": "Lindenbrück",
        "signedOn": "2026-03-01", "consent": True}  # fmt: skip
ASSISTANCE = {"code": "assistance_dog", "evidence": "Schwerbehindertenausweis Merkzeichen Bl"}


def _register_two(db: Database, staff: Staff) -> int:
    """Bello (tag 1, by transfer) and Ajax (tag 2, assistance dog, SEPA); the case id of Ajax's registration."""
    approve(db, staff, "dog_registration", registration_form())
    result, _text = approve(
        db, staff, "dog_registration",
        registration_form(dog={"name": "Ajax", "chipNumber": "276098100654321"}, paymentMethod="sepa",
                          sepaMandate=SEPA, taxRelief=ASSISTANCE),
    )  # fmt: skip
    return result.case.id


def _views(db: Database) -> int:
    return audit_count(db, "dog.viewed")


def _open(qtbot: QtBot, window: MainWindow) -> DogDialog:
    return open_by_shortcut(qtbot, window, Qt.Key.Key_H, lambda: window.registers.dog_dialog)


def _names(dialog: DogDialog) -> list[str]:
    return [match.name for match in dialog.matches.rows]


def test_a_dog_is_found_by_tag_chip_or_keeper_and_opened_from_the_keyboard(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    _register_two(db, staff)
    dialog = _open(qtbot, window)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "2")  # tax tag 2
    qtbot.waitUntil(lambda: _names(dialog) == ["Ajax"], timeout=10_000)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "276 0981 0012")  # the start of Bello's chip, spaces as read aloud
    qtbot.waitUntil(lambda: _names(dialog) == ["Bello"], timeout=10_000)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "oeztuerk")  # the keeper, in the search form
    qtbot.waitUntil(lambda: _names(dialog) == ["Ajax", "Bello"], timeout=10_000)
    assert dialog.matches.data(dialog.matches.index(0, 4)) == "Łukasz Öztürk-Nguyễn"
    assert dialog.count.text() == "Gefundene Hunde: 2"
    assert dialog.record is None
    assert _views(db) == 0  # found, not yet viewed

    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the list
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # open Ajax, the first row
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    facts = {key: label.text() for key, label in dialog.fact_labels.items()}
    assert facts["name"] == "Ajax, Rüde, schwarz"
    assert facts["keeper"] == "Łukasz Öztürk-Nguyễn, Lindenweg 4a, 59999 Lindenbrück"
    assert facts["breed"] == "Labrador-Mischling (Mischling)"
    assert facts["category"] == "keine"
    assert facts["chip"] == "276 098 100 654 321"
    assert facts["tag"].startswith("Nr. 2 seit ")
    assert facts["insurance"] == "Muster Versicherung AG, HH-123"
    assert facts["relief"] == (
        "Assistenzhund (blinde, gehörlose oder hilflose Person); Nachweis: Schwerbehindertenausweis Merkzeichen Bl"
    )
    assert facts["mandate"].endswith("IBAN DE89 •••• •••• •••• ••30 00")  # masked: not the whole account
    assert IBAN[4:18] not in facts["mandate"].replace(" ", "")
    assert dialog.tax_box.title().startswith("Hundesteuer ")
    lines = dialog.tax.rows
    assert lines
    assert all(line.amount_cents == 0 for line in lines)
    assert dialog.tax.data(dialog.tax.index(0, 1)) == "steuerfrei, zählt nicht mit"
    assert "Steuerbefreiung nach § 3 Abs. 1 Buchst. a" in dialog.tax.data(dialog.tax.index(0, 4))
    assert _views(db) == 1  # one view, one audit record

    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.record.row.name == "Bello", timeout=10_000)
    assert dialog.fact_labels["mandate"].text() == "–"
    # Bello is the first dog of the household: the exempt Ajax does not count
    assert dialog.tax.data(dialog.tax.index(0, 1)) == "1. Hund des Haushalts"
    assert _views(db) == 2


def test_the_dog_of_a_registration_case_is_opened_from_the_case(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case_id = _register_two(db, staff)
    unrelated = new_case(db, staff.system, "residence_certificate")
    window.queue.filter_bar.status.setCurrentIndex(1)  # all cases: the registration is approved
    show_case(qtbot, window, unrelated)
    assert not window.registers.case_dog_action.isEnabled()  # no dog-tax case
    show_case(qtbot, window, case_id)
    assert window.registers.case_dog_action.isEnabled()
    window.registers.case_dog_action.trigger()
    qtbot.waitUntil(lambda: window.registers.dog_dialog is not None)
    dialog = window.registers.dog_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    assert dialog.record is not None
    assert dialog.record.row.name == "Ajax"
    assert _views(db) == 1


def test_a_case_that_registered_no_dog_yet_shows_its_applicants_dogs(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    _register_two(db, staff)
    pending = new_case(db, staff.system, "dog_registration", form=registration_form(dog={"name": "Rex"}),
                       family_name="Öztürk-Nguyễn", given_names="Łukasz")  # fmt: skip
    show_case(qtbot, window, pending)
    window.registers.case_dog_action.trigger()
    qtbot.waitUntil(lambda: window.registers.dog_dialog is not None)
    dialog = window.registers.dog_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: _names(dialog) == ["Ajax", "Bello"], timeout=10_000)
    assert dialog.search.text() == "Łukasz Öztürk-Nguyễn"
    assert dialog.record is None  # nothing opened: no view logged
    assert _views(db) == 0


def test_a_role_without_the_right_has_no_dog_register(qtbot: QtBot, admin_window: MainWindow, db: Database,
                                                       staff: Staff) -> None:  # fmt: skip
    assert not admin_window.registers.dog_action.isEnabled()
    assert not admin_window.registers.case_dog_action.isEnabled()
    with pytest.raises(PermissionDenied):  # the operation itself refuses, whatever the GUI shows
        find_dogs(db, staff.admin, "Bello")
