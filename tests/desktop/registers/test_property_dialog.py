"""Register → Grundstück suchen in the real main window: a property found by its address or its owner's name as
typed, its record opened on request (logged: it names the owner and counts the residents) with the bins in force,
their annual fee and their history; the property a waste-bin case names opened from the case; a role without the
right gets no menu entry, and the operations refuse it. On SQLite only: the database does not matter to the widgets
(the operations' tests run on both)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.registers.property_dialog import PropertyDialog
from desktop.widgets.row_table_model import RowTableModel
from models.db import Database
from models.errors import PermissionDenied
from models.operations.case_detail import case_detail
from models.operations.waste_bins import find_properties
from models.registers.residents.streets import Street
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinType, Interval
from tests.conftest import Staff
from tests.desktop.gui_helpers import audit_count, open_by_shortcut, open_main_window, show_case
from tests.support.factories import new_case

pytestmark = pytest.mark.parametrize("database_kind", ["sqlite"])

SINCE = dt.date(2024, 1, 1)
ENDED = dt.date(2023, 12, 31)
ADDRESS = {"street": "Amselweg", "houseNumber": "7", "postcode": "59821", "city": "Lindenbrück"}


def _property(db: Database) -> int:
    """Amselweg 7 of Erika und Max Groß: one 120 l residual-waste bin every two weeks since 2024 (before it, a
    60 l bin), and a 240 l paper bin."""
    with db.write() as session:
        street = Street(name="Amselweg", postcode="59821", town="Lindenbrück", district="Mitte")
        session.add(street)
        session.flush()
        prop = WasteProperty(street_id=street.id, house_number="7", house_key="7", owner_name="Erika und Max Groß",
                             manager_name=None, registered_on=dt.date(2020, 1, 1))  # fmt: skip
        session.add(prop)
        session.flush()
        session.add_all(
            [
                WasteBin(property_id=prop.id, bin_type=BinType.RESIDUAL, size_litres=60, count=1,
                         interval=Interval.BIWEEKLY, valid_from=dt.date(2020, 1, 1), valid_to=ENDED),
                WasteBin(property_id=prop.id, bin_type=BinType.RESIDUAL, size_litres=120, count=1,
                         interval=Interval.BIWEEKLY, valid_from=SINCE),
                WasteBin(property_id=prop.id, bin_type=BinType.PAPER, size_litres=240, count=1,
                         interval=Interval.FOURWEEKLY, valid_from=SINCE),
            ]
        )  # fmt: skip
        return prop.id


def _views(db: Database) -> int:
    return audit_count(db, "property.viewed")


def _open(qtbot: QtBot, window: MainWindow) -> PropertyDialog:
    return open_by_shortcut(qtbot, window, Qt.Key.Key_B, lambda: window.registers.property_dialog)


def _addresses(dialog: PropertyDialog) -> list[str]:
    return [match.address for match in dialog.matches.rows]


def _cells(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_a_property_is_found_by_address_or_owner_and_opened_on_request(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    _property(db)
    dialog = _open(qtbot, window)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "Amselweg 7")
    qtbot.waitUntil(lambda: _addresses(dialog) == ["Amselweg 7, 59821 Lindenbrück"], timeout=10_000)
    assert _cells(dialog.matches, 0) == ["Amselweg 7, 59821 Lindenbrück", "Erika und Max Groß", "–"]
    dialog.search.clear()
    qtbot.waitUntil(lambda: not dialog.matches.rows, timeout=10_000)
    qtbot.keyClicks(dialog.search, "Gross")  # the owner, in the search form
    qtbot.waitUntil(lambda: _addresses(dialog) == ["Amselweg 7, 59821 Lindenbrück"], timeout=10_000)
    assert dialog.count.text() == "Gefundene Grundstücke: 1"
    assert dialog.record is None
    assert _views(db) == 0  # found, not yet viewed

    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    facts = {key: label.text() for key, label in dialog.fact_labels.items()}
    assert facts["address"] == "Amselweg 7, 59821 Lindenbrück"
    assert facts["owner"] == "Erika und Max Groß"
    assert facts["manager"] == "–"
    assert facts["registered"] == "01.01.2020"
    assert facts["residents"].startswith("0 ")
    assert "mindestens 0 l Restabfall pro Woche" in facts["residents"]
    assert "60 l pro Woche" in facts["residents"]  # 120 l every two weeks
    assert dialog.bins.rowCount() == 2
    assert _cells(dialog.bins, 0)[:4] == ["Restabfall", "120 l", "1", "14-täglich"]
    assert _cells(dialog.bins, 0)[5] == "109,20 €"  # 26 emptyings of 4,20 €
    assert _cells(dialog.bins, 1)[:4] == ["Altpapier", "240 l", "1", "4-wöchentlich"]
    assert dialog.fee_total.text() == "Jahresgebühr: 109,20 €"
    assert dialog.history.rowCount() == 3
    history = [_cells(dialog.history, row) for row in range(3)]
    assert ["Restabfall", "60 l", "1", "14-täglich", "01.01.2020", "31.12.2023", "–"] in history
    assert ["Restabfall", "120 l", "1", "14-täglich", "01.01.2024", "offen", "–"] in history
    assert _views(db) == 1  # one view, one audit record


def test_the_property_of_a_waste_bin_case_is_opened_from_the_case(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    property_id = _property(db)
    unrelated = new_case(db, staff.system, "residence_certificate")
    case = new_case(db, staff.system, "waste_bin_change", form={"applicantRole": "owner", "propertyAddress": ADDRESS})
    show_case(qtbot, window, unrelated)
    assert not window.registers.case_property_action.isEnabled()  # no waste-bin case
    show_case(qtbot, window, case)
    assert window.registers.case_property_action.isEnabled()
    window.registers.case_property_action.trigger()
    qtbot.waitUntil(lambda: window.registers.property_dialog is not None)
    dialog = window.registers.property_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    assert dialog.record is not None
    assert dialog.record.match.id == property_id
    assert dialog.search.text() == "Amselweg 7"
    assert _views(db) == 1


def test_a_role_without_the_right_has_no_waste_bin_register(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    _property(db)
    registry = open_main_window(qtbot, Workspace(db, staff.registry, workspace.runner, workspace.render_letter))
    case = new_case(db, staff.system, "waste_bin_change", form={"propertyAddress": ADDRESS})
    registry.registers.case_shown(case_detail(db, staff.clerk, case.id))  # a waste-bin case, were it shown
    assert not registry.registers.property_action.isEnabled()
    assert not registry.registers.case_property_action.isEnabled()
    with pytest.raises(PermissionDenied):  # the operation itself refuses, whatever the GUI shows
        find_properties(db, staff.registry, "Amselweg 7")
