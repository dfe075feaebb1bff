"""The registry officer's Standesamt menu in the real main window: the search finds a recorded entry and opens it
as it stands (an annotation's change applied, the annotation listed, the § 63 block noted); an entry recorded with
the keyboard is stored; a name outside DIN 91379 is refused with the German message and nothing typed is lost; an
annotation through its dialog changes the entry as it stands; the entries past retention are listed; a certificate
is reissued from the entry's view through the real cups-pdf queue (the old one revoked); the Bürgerbüro's clerk has
no such menu."""

from __future__ import annotations

import datetime as dt
import io
import time

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.main_window import MainWindow
from desktop.civil_status.entry_view import EntryView
from desktop.civil_status.reissue_dialog import ReissueDialog
from desktop.core.workspace import Workspace
from models import settings
from models.audit import AuditRecord
from models.db import Database
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    certificate_pdf,
    issue_certificates,
    issued_certificates,
    verify_certificate,
)
from models.operations.civil_status import (
    NewEntry,
    NewPerson,
    annotate_civil_entry,
    find_civil_entries,
    record_civil_entry,
)
from models.operations.security_paper import load_paper
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.residents.resident import Sex
from printing.certificate_sheet import render_on_sheet
from tests.conftest import Staff
from tests.desktop.gui_helpers import (
    audit_count,
    close_all_messages,
    open_by_shortcut,
    open_main_window,
    wait_for_message,
)
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf

ALT = Qt.KeyboardModifier.AltModifier


def enter(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ``text`` into ``field``; a text beyond ASCII (QTest types no ü, ş or ễ) is pasted with Ctrl+V, as the
    officer copies a name from the document's transcription."""
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        QGuiApplication.clipboard().setText(text)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    typed = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert typed.endswith(text)


def _officer_window(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> MainWindow:
    return open_main_window(qtbot, Workspace(db, staff.registry, workspace.runner, workspace.render_letter))


def _birth_entry(db: Database, staff: Staff, *, restricted: bool = False) -> int:
    child = NewPerson(PersonRole.CHILD, "Łukasiewicz", "Zoë Ágnes", sex=Sex.FEMALE, born=dt.date(1991, 8, 23))
    mother = NewPerson(PersonRole.MOTHER, "Łukasiewicz", "Irena", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, dt.date(1991, 8, 26), dt.date(1991, 8, 23), "Lindenbrück", "Hans Vogt",
                     (child, mother), restricted=restricted)  # fmt: skip
    return record_civil_entry(db, staff.registry, entry).id


def _view(qtbot: QtBot, window: MainWindow, entry_id: int) -> EntryView:
    qtbot.waitUntil(lambda: entry_id in window.civil_status.entry_views, timeout=10_000)
    view = window.civil_status.entry_views[entry_id]
    qtbot.waitUntil(lambda: view.record is not None, timeout=10_000)
    return view


def test_the_search_finds_a_recorded_entry_and_shows_it_as_it_stands(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    entry_id = _birth_entry(db, staff, restricted=True)
    change = {"role": "child", "field": "family_name", "value": "Brand"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.NAME_CHANGE, dt.date(2019, 6, 1),
                         "Familienname durch Erklärung vom 01.06.2019 nunmehr: „Brand“", [change])  # fmt: skip
    window = _officer_window(qtbot, db, staff, workspace)
    dialog = open_by_shortcut(qtbot, window, Qt.Key.Key_S, lambda: window.civil_status.search_dialog)
    assert dialog.family_name.hasFocus()
    qtbot.keyClicks(dialog.family_name, "lukasiewicz")  # the search form: Ł is L
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.given_names, "zoe")
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)
    assert dialog.matches.rowCount() == 1
    assert dialog.matches.data(dialog.matches.index(0, 0)) == "G 1/1991"
    assert dialog.matches.data(dialog.matches.index(0, 1)) == "Geburtenregister"
    assert dialog.count.text() == "Gefundene Einträge: 1"
    assert audit_count(db, "civil_entries.searched") == 1
    assert audit_count(db, "civil_entry.viewed") == 0  # nothing opened by searching
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    view = _view(qtbot, window, entry_id)
    assert audit_count(db, "civil_entry.viewed") == 1
    assert view.facts["number"].text() == "G 1/1991 (Geburtenregister)"
    assert view.facts["officer"].text() == "Hans Vogt"
    assert view.facts["event_date"].text() == "23.08.1991"
    assert view.facts["retention"].text() == "26.08.2101"
    assert not view.block_note.isHidden()
    assert view.block_note.text() == "Sperrvermerk nach § 63 PStG"
    child = view.persons.row_at(0)
    assert child is not None
    assert (child.family_name, child.given_names) == ("Brand", "Zoë Ágnes")  # the annotation applied
    assert view.persons.data(view.persons.index(0, 0)) == "Kind"
    assert view.annotations.rowCount() == 1
    assert view.annotations.data(view.annotations.index(0, 0)) == "1"
    assert view.annotations.data(view.annotations.index(0, 1)) == "01.06.2019"
    assert "nunmehr: „Brand“" in view.annotations.data(view.annotations.index(0, 3))


def test_a_day_that_is_no_date_is_not_searched(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    window = _officer_window(qtbot, db, staff, workspace)
    dialog = window.civil_status.open_search()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.family_name, "nowak")
    qtbot.keyClicks(dialog.event_date, "31.02.1990")
    qtbot.keyClick(dialog.event_date, Qt.Key.Key_Return)
    assert not dialog.problem.isHidden()
    assert "TT.MM.JJJJ" in dialog.problem.text()
    assert dialog.event_date.hasFocus()
    assert audit_count(db, "civil_entries.searched") == 0


def test_recording_with_the_keyboard_stores_the_entry(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    window = _officer_window(qtbot, db, staff, workspace)
    dialog = open_by_shortcut(qtbot, window, Qt.Key.Key_D, lambda: window.civil_status.record_dialog)
    assert dialog.kind.hasFocus()
    assert dialog.officer.text() == staff.registry.display_name
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Eheregister
    assert dialog.kind.currentData() == RegisterKind.MARRIAGE
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.recorded_on.hasFocus()
    qtbot.keyClick(dialog.recorded_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.recorded_on, "14.06.2024")
    qtbot.keyClick(dialog.recorded_on, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.event_date, "14.06.2024")
    qtbot.keyClick(dialog.event_date, Qt.Key.Key_Tab)
    enter(qtbot, dialog.event_place, "Lindenbrück")
    first, second = dialog.persons()
    for person, family, given, sex in ((first, "Öztürk", "Ayşe", "w"), (second, "Nguyễn", "Văn Minh", "m")):
        enter(qtbot, person.family_name, family)
        qtbot.keyClick(person.family_name, Qt.Key.Key_Tab)
        assert person.given_names.hasFocus()
        enter(qtbot, person.given_names, given)
        person.sex.setFocus()
        qtbot.keyClicks(person.sex, sex)  # the first letter of "weiblich", "männlich"
    assert first.sex.currentData() == Sex.FEMALE
    assert second.sex.currentData() == Sex.MALE
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as recorded:
        qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # „&Beurkunden“: the save button's mnemonic
    row = recorded.args[0]
    assert row.register_number == "E 1/2024"
    (found,) = find_civil_entries(db, staff.registry, "oeztuerk", kind=RegisterKind.MARRIAGE)
    assert found.id == row.id
    assert found.names == ("Ayşe Öztürk", "Văn Minh Nguyễn")
    assert found.event_place == "Lindenbrück"
    view = _view(qtbot, window, row.id)  # the new entry is shown as recorded
    assert view.facts["number"].text() == "E 1/2024 (Eheregister)"
    assert view.block_note.isHidden()


def test_a_name_outside_din_91379_is_refused_and_nothing_typed_is_lost(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    window = _officer_window(qtbot, db, staff, workspace)
    dialog = window.civil_status.open_record()
    qtbot.keyClicks(dialog.event_date, "01.03.2025")
    enter(qtbot, dialog.event_place, "Lindenbrück")
    child, mother, _father = dialog.persons()
    enter(qtbot, child.family_name, "Heinrich Ⅻ")
    qtbot.keyClicks(child.given_names, "Lena")
    qtbot.keyClicks(mother.family_name, "Nowak")
    dialog.save.click()
    message = wait_for_message(qtbot)
    assert "U+216B" in message.text()
    assert "in Namen nicht zulässig" in message.text()
    close_all_messages()
    assert dialog.isVisible()
    assert child.family_name.text() == "Heinrich Ⅻ"
    assert child.given_names.text() == "Lena"
    assert mother.family_name.text() == "Nowak"
    assert dialog.event_place.text() == "Lindenbrück"
    assert dialog.save.isEnabled()
    assert find_civil_entries(db, staff.registry, "nowak") == ()


def test_an_annotation_through_its_dialog_changes_the_entry_as_it_stands(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    entry_id = _birth_entry(db, staff)
    window = _officer_window(qtbot, db, staff, workspace)
    view = window.civil_status.open_entry(entry_id)
    qtbot.waitUntil(lambda: view.record is not None, timeout=10_000)
    assert view.block_note.isHidden()
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)  # „Folgebeurkun&dung eintragen…“
    qtbot.waitUntil(lambda: window.civil_status.annotate_dialog is not None)
    dialog = window.civil_status.annotate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.kind.currentData() == AnnotationKind.NAME_CHANGE
    enter(qtbot, dialog.text, "Familienname nunmehr: „Brand“")
    dialog.person.setCurrentIndex(1)  # Kind: Zoë Ágnes Łukasiewicz
    assert dialog.person.currentText() == "Kind: Zoë Ágnes Łukasiewicz"
    assert dialog.field.currentData() == "family_name"
    qtbot.keyClicks(dialog.value, "Brand")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save.click()
    child = view.persons.row_at(0)
    assert child is not None
    assert child.family_name == "Brand"
    assert view.annotations.data(view.annotations.index(0, 2)) == "Namensänderung"
    assert view.annotations.data(view.annotations.index(0, 3)) == "Familienname nunmehr: „Brand“"
    assert audit_count(db, "civil_entry.annotated") == 1


def test_the_entries_past_retention_are_listed(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    deceased = NewPerson(PersonRole.DECEASED, "Vogt", "Hermann", sex=Sex.MALE, born=dt.date(1901, 2, 1))
    old = NewEntry(
        RegisterKind.DEATH, dt.date(1980, 5, 6), dt.date(1980, 5, 4), "Lindenbrück", "Hans Vogt", (deceased,)
    )
    record_civil_entry(db, staff.registry, old)
    _birth_entry(db, staff)  # kept until 2101
    window = _officer_window(qtbot, db, staff, workspace)
    window.civil_status.retention_action.trigger()
    dialog = window.civil_status.retention_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 1, timeout=10_000)
    assert dialog.rows.data(dialog.rows.index(0, 0)) == "S 1/1980"
    assert dialog.rows.data(dialog.rows.index(0, 3)) == "06.05.2010"
    assert dialog.count.text() == "Einträge nach Ablauf der Aufbewahrung: 1"


def test_the_clerk_has_no_registry_office_menu(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.civil_status
    assert not menu.menu.menuAction().isVisible()
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert titles
    assert not any("Standesamt" in title for title in titles)
    assert not menu.search_action.isEnabled()
    assert not menu.record_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert menu.search_dialog is None


def test_the_entry_view_lists_the_certificates_issued_from_it(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, "Standesamt 1", 40, 45)
    first, second = issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.BIRTH, entry_id, copies=2)],
                                       "Standesamt 1", render_on_sheet)  # fmt: skip
    window = _officer_window(qtbot, db, staff, workspace)
    view = window.civil_status.open_entry(entry_id)
    qtbot.waitUntil(lambda: view.certificates.rowCount() == 2, timeout=10_000)
    shown = [view.certificates.row_at(row) for row in range(2)]
    assert [c.verification_code for c in shown if c is not None] == [second.verification_code, first.verification_code]
    assert view.certificates.data(view.certificates.index(0, 1)) == "Geburtsurkunde"
    assert view.certificates.data(view.certificates.index(0, 4)) == "41"
    assert view.certificates.data(view.certificates.index(0, 6)) == "gültig"
    assert audit_count(db, "certificates.listed") == 1


def _issued_and_corrected(db: Database, staff: Staff) -> tuple[int, str]:
    """A birth entry with one certificate issued, then corrected (the child's family name)."""
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, "Standesamt 1", 60, 65)
    (first,) = issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.BIRTH, entry_id)],
                                  "Standesamt 1", render_on_sheet)  # fmt: skip
    change = {"role": "child", "field": "family_name", "value": "Łukasiewicz-Brand"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.CORRECTION, dt.date.today(), "Berichtigt",
                         [change])  # fmt: skip
    return entry_id, first.verification_code


def _open_reissue(qtbot: QtBot, window: MainWindow, view: EntryView) -> ReissueDialog:
    assert not view.reissue_button.isEnabled()  # nothing chosen yet
    view.certificates_table.setFocus()
    qtbot.keyClick(view.certificates_table, Qt.Key.Key_Down)
    qtbot.waitUntil(view.reissue_button.isEnabled)
    qtbot.keyClick(view, Qt.Key.Key_N, ALT)  # „&Neu ausstellen…“
    qtbot.waitUntil(lambda: window.civil_status.reissue_dialog is not None)
    dialog = window.civil_status.reissue_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_certificate_is_reissued_from_the_entry_as_it_stands_and_the_old_one_revoked(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    require_cups_queue()
    settings.save(
        settings.Settings(workstation="Standesamt 1", printers=settings.PrinterSettings(certificates=PRINTER))
    )
    entry_id, old_code = _issued_and_corrected(db, staff)
    window = _officer_window(qtbot, db, staff, workspace)
    view = window.civil_status.open_entry(entry_id)
    qtbot.waitUntil(lambda: view.certificates.rowCount() == 1, timeout=10_000)
    dialog = _open_reissue(qtbot, window, view)
    assert "Geburtsurkunde G 1/1991" in dialog.findChild(QLabel, "reissueWhat").text()
    assert dialog.without_parents.isVisibleTo(dialog)
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)  # no reason given: refused before any sheet is used
    assert dialog.problem.isVisibleTo(dialog)
    assert "Grund" in dialog.problem.text()
    assert len(issued_certificates(db, staff.registry)) == 1
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)  # the first reason offered
    assert dialog.reason.currentText() == "Berichtigung des Eintrags"
    submitted_at = time.time()
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    assert view.certificates.rowCount() == 2
    assert view.certificates.data(view.certificates.index(0, 6)) == "gültig"
    assert view.certificates.data(view.certificates.index(1, 6)).startswith("ungültig seit")
    new = view.certificates.row_at(0)
    assert new is not None
    assert new.sheet_serial == 61
    assert not verify_certificate(db, staff.clerk, old_code).valid
    with db.read() as session:
        (printed,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificates.printed"))
        (reissued,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificate.reissued"))
    assert reissued.details["reason"] == "Berichtigung des Eintrags"
    written = wait_for_cups_pdf(printed.details["job"], submitted_at)
    with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
        page = document.pages[0].extract_text() or ""
    written.unlink()
    assert "ukasiewicz-Brand" in page  # cups-pdf's copy keeps no text for the glyphs beyond ASCII
    assert new.verification_code in page
    _row, kept = certificate_pdf(db, staff.registry, new.verification_code)
    with pdfplumber.open(io.BytesIO(kept)) as document:
        assert "Łukasiewicz-Brand" in (document.pages[0].extract_text() or "")


def test_without_a_certificate_printer_the_reissue_is_refused_and_the_reason_stays(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    settings.save(settings.Settings(workstation="Standesamt 1"))
    entry_id, old_code = _issued_and_corrected(db, staff)
    window = _officer_window(qtbot, db, staff, workspace)
    view = window.civil_status.open_entry(entry_id)
    qtbot.waitUntil(lambda: view.certificates.rowCount() == 1, timeout=10_000)
    dialog = _open_reissue(qtbot, window, view)
    qtbot.keyClicks(dialog.reason, "Urkunde beim Umzug verloren")
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    message = wait_for_message(qtbot)
    assert "kein Urkundendrucker" in message.text()
    close_all_messages()
    assert dialog.isVisible()
    assert dialog.reason.currentText() == "Urkunde beim Umzug verloren"
    assert dialog.print_button.isEnabled()
    assert verify_certificate(db, staff.clerk, old_code).valid
    assert len(issued_certificates(db, staff.registry)) == 1
