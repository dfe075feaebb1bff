"""A walk-in case at the counter through the real main window, from keyboard input to the stored case."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.case_status import CaseStatus
from models.cases import Channel
from models.db import Database
from models.german_format import today
from models.operations.case_detail import case_detail
from models.operations.counter_drafts import counter_draft
from models.operations.queue import QueueFilter, list_queue
from sync.portal_demo.forms_dogs import dog_registration
from sync.portal_demo.forms_waste import bulky_waste_pickup
from tests.conftest import Staff
from tests.desktop.counter.drivers import choose_service, open_counter_dialog, type_person
from tests.support.factories import new_case

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_service_without_schema_from_the_keyboard_to_the_stored_case(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "melde", "residence_certificate")
    assert dialog.service_label.text().startswith("Gewählt: Meldebescheinigung")
    type_person(qtbot, dialog, "Schmitz", "Paula")
    form = dialog.form
    assert form is not None
    subject, *_ = form.findChildren(QLineEdit)
    qtbot.keyClicks(subject, "Arbeitgeber")
    scan = tmp_path / "ausweis.pdf"
    scan.write_bytes(PDF)
    (tmp_path / "virus.pdf").write_bytes(b"MZ\x90\x00 not a pdf")
    dialog.add_documents([tmp_path / "virus.pdf"])
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "weder ein PDF" in dialog.problem.text()
    dialog.add_documents([scan])
    qtbot.waitUntil(lambda: dialog.document_list.count() == 1)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = saved.args[0]
    detail = case_detail(db, staff.clerk, row.id)
    assert detail.case.channel is Channel.COUNTER
    assert detail.case.status is CaseStatus.RECEIVED
    assert detail.applicant.full_name == "Paula Schmitz"
    assert detail.applicant.date_of_birth is not None
    assert [a.filename for a in detail.attachments] == ["ausweis.pdf"]
    assert counter_draft(db, staff.clerk) is None
    qtbot.waitUntil(lambda: window.detail_panel.detail is not None and window.detail_panel.detail.case.id == row.id)


def test_an_earlier_applicant_is_found_by_the_search_form_and_the_bulky_waste_form_completes_now(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    new_case(db, staff.system, "residence_certificate", family_name="Weiß", given_names="Jürgen")
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "sperr", "bulky_waste_pickup")
    qtbot.keyClicks(dialog.person_picker.search, "weiss juergen")
    qtbot.waitUntil(lambda: dialog.person_picker.list.count() == 1, timeout=10_000)
    qtbot.keyClick(dialog.person_picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person_picker.list, Qt.Key.Key_Return)
    assert dialog.person.edits["family_name"].text() == "Weiß"
    form = dialog.form
    assert form is not None
    form.set_value(bulky_waste_pickup(random.Random(3), today()).form)  # the demo portal's valid form
    dialog.printers.printer.clear()  # no printer here: the papers stay in the print queue
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as completed:
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    done = completed.args[0]
    detail = case_detail(db, staff.clerk, done.case.id)
    assert detail.case.status is CaseStatus.APPROVED
    assert detail.case.channel is Channel.COUNTER
    assert detail.applicant.full_name.endswith("Jürgen Weiß")
    assert len(list_queue(db, staff.clerk, QueueFilter(text="weiss")).rows) >= 1


def test_a_refused_save_keeps_everything_and_a_closed_form_is_offered_again(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "melde", "residence_certificate")
    type_person(qtbot, dialog, "Schmitz", "Paula")
    dialog.person.edits["family_name"].setText("Sch☺mitz")  # a character outside DIN 91379 (QtTest types ASCII)
    assert dialog.form is not None
    qtbot.keyClicks(dialog.form.findChildren(QLineEdit)[0], "Arbeitgeber")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert dialog.person.edits["family_name"].text() == "Sch☺mitz"
    assert "DIN 91379" in dialog.problem.text() or "Zeichen" in dialog.problem.text()
    dialog.person.edits["family_name"].setText("Schmitz")
    dialog.person.changed.emit()
    dialog.reject()  # closed unsaved
    qtbot.waitUntil(lambda: counter_draft(db, staff.clerk) is not None, timeout=10_000)
    kept = counter_draft(db, staff.clerk)
    assert kept is not None
    assert kept.data["service"] == "residence_certificate"
    assert kept.data["person"]["family_name"] == "Schmitz"
    qtbot.waitUntil(lambda: window.counter.dialog is None)
    window.counter.open()
    qtbot.waitUntil(lambda: window.counter.draft_question is not None)
    question = window.counter.draft_question
    assert question is not None
    (resume,) = [b for b in question.buttons() if b.text().replace("&", "") == "Fortsetzen"]
    resume.click()
    qtbot.waitUntil(lambda: window.counter.dialog is not None)
    again = window.counter.dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.service is not None, timeout=10_000)
    assert again.person.edits["family_name"].text() == "Schmitz"
    assert again.service is not None
    assert again.service.key == "residence_certificate"


def test_a_dog_registration_at_the_counter_keeps_what_was_typed_into_its_form(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "hund anm", "dog_registration")
    type_person(qtbot, dialog, "Kowalski", "Jan")
    form = dialog.form
    assert form is not None
    form.set_value(dog_registration(random.Random(5), today()).form)  # the demo portal's valid form
    name = form.field_widget(("dog", "name"))
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, "Bello")
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = case_detail(db, staff.clerk, saved.args[0].id)
    assert detail.case.channel is Channel.COUNTER
    assert any(field.value == "Bello" for field in detail.form_fields)
