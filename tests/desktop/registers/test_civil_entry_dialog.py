"""Register → Personenstandseintrag suchen, in the registry officer's real main window: found by name as typed,
opened from the keyboard, shown as it stands (an annotation's change applied, the annotation listed) with the
certificates issued from it; each search and each entry opened is logged; the Bürgerbüro's clerk has no such
entry in the menu."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.registers.civil_entry_dialog import searched_names
from models.db import Database
from models.operations.certificates import CertificateRequest, IssuedKind, Sheet, issue_certificates
from models.operations.civil_status import NewEntry, NewPerson, annotate_civil_entry, record_civil_entry
from models.operations.security_paper import load_paper
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind, StandingEntry
from models.registers.residents.resident import Sex
from tests.conftest import Staff
from tests.desktop.gui_helpers import audit_count, open_by_shortcut, open_main_window


def _render(sheet: Sheet, entry: StandingEntry, _town: object = None) -> tuple[dict[str, Any], bytes]:
    return {}, b"%PDF-1.4 test"


def _entry(db: Database, staff: Staff) -> str:
    child = NewPerson(PersonRole.CHILD, "Łukasiewicz", "Zoë Ágnes", sex=Sex.FEMALE, born=dt.date(1991, 8, 23))
    mother = NewPerson(PersonRole.MOTHER, "Łukasiewicz", "Irena", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, dt.date(1991, 8, 26), dt.date(1991, 8, 23), "Lindenbrück", "Hans Vogt",
                     (child, mother))  # fmt: skip
    entry_id = record_civil_entry(db, staff.registry, entry).id
    change = {"role": "child", "field": "family_name", "value": "Brand"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.MARRIAGE, dt.date(2019, 6, 1),
                         "Eheschließung am 01.06.2019 in Lindenbrück (E 12/2019); Familienname nunmehr: „Brand“",
                         [change])  # fmt: skip
    load_paper(db, staff.registry, "Standesamt 1", 1, 5)
    (issued,) = issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.BIRTH, entry_id)],
                                   "Standesamt 1", _render)  # fmt: skip
    return issued.verification_code


def test_the_registry_officer_finds_an_entry_and_sees_it_as_it_stands(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    code = _entry(db, staff)
    window = open_main_window(qtbot, Workspace(db, staff.registry, workspace.runner, workspace.render_letter))
    dialog = open_by_shortcut(qtbot, window, Qt.Key.Key_R, lambda: window.registers.civil_dialog)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "lukasiewicz zoe")
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1, timeout=10_000)
    assert dialog.matches.data(dialog.matches.index(0, 0)) == "G 1/1991"
    assert dialog.record is None
    searches = audit_count(db, "civil_entries.searched")
    assert searches >= 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the list
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # open the entry
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    assert audit_count(db, "civil_entry.viewed") == 1
    assert dialog.fact_labels["number"].text().startswith("G 1/1991 (Geburtenregister)")
    child = dialog.persons.row_at(0)
    assert child is not None
    assert (child.family_name, child.given_names) == ("Brand", "Zoë Ágnes")  # the annotation applied
    annotation = dialog.annotations.row_at(0)
    assert annotation is not None
    assert "Familienname nunmehr" in annotation.text
    certificate = dialog.certificates.row_at(0)
    assert certificate is not None
    assert certificate.verification_code == code
    assert dialog.certificates.data(dialog.certificates.index(0, 1)) == "Geburtsurkunde"


def test_the_clerk_has_no_civil_status_lookup(window: MainWindow) -> None:
    assert not window.registers.civil_action.isVisible()
    assert not window.registers.civil_action.isEnabled()


def test_a_family_name_of_several_words_ends_with_a_comma() -> None:
    assert searched_names("von Bergen, Anna Maria") == ("von Bergen", "Anna Maria")
    assert searched_names("  nowak   lena ") == ("nowak", "lena")
    assert searched_names("") == ("", "")
