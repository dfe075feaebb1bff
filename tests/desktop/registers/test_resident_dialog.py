"""Register → Einwohner suchen in the real main window: found by the DIN 91379 search form as typed, a record opened
by keyboard (and logged), the applicant of a case looked up; a role without the right gets no menu entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop.app.main_window import MainWindow
from desktop.registers.resident_dialog import ResidentDialog
from models.db import Database
from models.german_format import today
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from tests.conftest import Staff
from tests.desktop.gui_helpers import audit_count, open_by_shortcut
from tests.support.factories import new_case

BORN = dt.date(1961, 4, 9)


def _town(db: Database, staff: Staff) -> int:
    with db.write() as session:
        session.execute(
            insert(Street), [{"name": "Mühlenbach", "postcode": "59999", "town": "Lindenbrück", "district": "Altstadt"}]
        )
    moved_in = MoveIn("Mühlenbach", "22", today() - dt.timedelta(days=30))
    weiss = NewResident(family_name="Weiß", given_names="Jürgen", sex=Sex.MALE, born=BORN, birth_place="Soest")
    resident_id = register_resident(db, staff.clerk, weiss, moved_in, reason="Zuzug aus Soest").resident_id
    other = NewResident(
        family_name="Weißenborn", given_names="Anna", sex=Sex.FEMALE, born=dt.date(1990, 1, 2), birth_name="Kowalski"
    )
    married = NewResident(family_name="Beck", given_names="Greta", sex=Sex.FEMALE, born=dt.date(1950, 6, 29),
                          birth_name="Weiß")  # fmt: skip
    register_resident(db, staff.clerk, married, moved_in, reason="Zuzug")
    register_resident(db, staff.clerk, other, moved_in, reason="Zuzug")
    return resident_id


def _views(db: Database) -> int:
    return audit_count(db, "resident.viewed")


def _open(qtbot: QtBot, window: MainWindow) -> ResidentDialog:
    return open_by_shortcut(qtbot, window, Qt.Key.Key_E, lambda: window.registers.dialog)


def test_a_resident_is_found_as_typed_and_opened_from_the_keyboard(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    resident_id = _town(db, staff)
    dialog = _open(qtbot, window)
    assert dialog.search.hasFocus()
    assert "DIN 91379" in dialog.rule.text()
    qtbot.keyClicks(dialog.search, "weiss")
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 3, timeout=10_000)  # Weiß, Weißenborn, Beck born Weiß
    by_birth_name = dialog.matches.index(0, 0)  # Beck sorts first
    assert dialog.matches.data(by_birth_name) == "Beck (geb. Weiß)"  # why she matches
    assert dialog.matches.data(dialog.matches.index(2, 0)) == "Weißenborn (geb. Kowalski)"
    assert dialog.matches.data(dialog.matches.index(1, 0)) == "Weiß"  # no birth name: the name alone
    qtbot.keyClicks(dialog.search, " j")
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1, timeout=10_000)
    match = dialog.matches.row_at(0)
    assert match is not None
    assert (match.id, match.family_name, match.born) == (resident_id, "Weiß", BORN)
    assert dialog.record is None
    assert _views(db) == 0  # found, not yet viewed
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the list
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # open the record
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    assert dialog.fact_labels["name"].text() == "Jürgen Weiß"
    assert dialog.fact_labels["born"].text() == "09.04.1961, Soest"
    assert dialog.addresses.rowCount() == 1
    address = dialog.addresses.row_at(0)
    assert address is not None
    assert address.line.startswith("Mühlenbach 22")
    assert [change.reason for change in dialog.history.rows] == ["Zuzug aus Soest", "Zuzug aus Soest"]
    assert _views(db) == 1  # one view, one audit record


def test_a_wrong_date_is_said_at_once_and_nothing_is_searched(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    _town(db, staff)
    dialog = _open(qtbot, window)
    dialog.search.setText("weiss")
    dialog.born.setText("31.02.1961")
    dialog.run_search()
    assert dialog.problem.isVisible()
    assert "TT.MM.JJJJ" in dialog.problem.text()
    dialog.born.setText("09.04.1961")
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1, timeout=10_000)
    assert not dialog.problem.isVisible()


def test_the_applicant_of_the_case_shown_is_looked_up_in_the_register(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    resident_id = _town(db, staff)
    case = new_case(db, staff.system, family_name="Weiß", given_names="Jürgen", title="Dr.", date_of_birth=BORN)
    window.queue.model.reload()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=10_000)
    window.queue.select_case(case.id)
    qtbot.waitUntil(lambda: window.detail_panel.detail is not None and window.registers.applicant_action.isEnabled())
    dialog = window.registers.open_applicant()
    assert dialog is not None
    assert dialog.search.text() == "Jürgen Weiß"  # without the degree
    assert dialog.born.text() == "09.04.1961"
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1, timeout=10_000)
    match = dialog.matches.row_at(0)
    assert match is not None
    assert match.id == resident_id


def test_a_role_without_the_right_has_no_register(qtbot: QtBot, admin_window: MainWindow) -> None:
    assert not admin_window.registers.find_action.isEnabled()
