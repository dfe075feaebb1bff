"""A walk-in case at the counter through the real main window, from keyboard input to the stored case."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.case_status import CaseStatus
from models.cases import Case, Channel
from models.db import Database
from models.german_format import today
from models.operations.case_detail import case_detail
from models.operations.counter_drafts import counter_draft
from models.operations.queue import QueueFilter, list_queue
from sync.portal_demo.forms_waste import bulky_waste_pickup
from tests.conftest import Staff
from tests.desktop.counter.drivers import choose_service, open_counter_dialog, type_person
from tests.support.factories import GENERIC_FEE_SERVICE, known_street, new_case

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_service_without_schema_from_the_keyboard_to_the_stored_case(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "ersatz-hundest", GENERIC_FEE_SERVICE)
    assert dialog.service_label.text().startswith("Gewählt: Ersatz-Hundesteuermarke")
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
    new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Weiß", given_names="Jürgen")
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "sperr", "bulky_waste_pickup")
    qtbot.keyClicks(dialog.person_picker.search, "weiss juergen")
    qtbot.waitUntil(lambda: dialog.person_picker.list.count() == 1, timeout=10_000)
    qtbot.keyClick(dialog.person_picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person_picker.list, Qt.Key.Key_Return)
    assert dialog.person.edits["family_name"].text() == "Weiß"
    form = dialog.form
    assert form is not None
    value = bulky_waste_pickup(random.Random(3), today()).form  # the demo portal's valid form
    known_street(db, value["pickupAddress"]["street"], value["pickupAddress"]["postcode"])  # in the directory
    form.set_value(value)
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
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "ersatz-hundest", GENERIC_FEE_SERVICE)
    type_person(qtbot, dialog, "Schmitz", "Paula")
    kept_scan, changed_scan = tmp_path / "ausweis.pdf", tmp_path / "vollmacht.pdf"
    kept_scan.write_bytes(PDF)
    changed_scan.write_bytes(PDF + b"% Vollmacht\n")
    dialog.add_documents([kept_scan, changed_scan])
    qtbot.waitUntil(lambda: dialog.document_list.count() == 2, timeout=10_000)
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
    assert kept.data["service"] == GENERIC_FEE_SERVICE
    assert kept.data["person"]["family_name"] == "Schmitz"
    assert [d["name"] for d in kept.data["documents"]] == ["ausweis.pdf", "vollmacht.pdf"]
    changed_scan.write_bytes(PDF + b"% eine andere Vollmacht\n")  # the file changed after the crash
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
    assert again.service.key == GENERIC_FEE_SERVICE
    qtbot.waitUntil(lambda: again.document_list.count() == 1, timeout=10_000)  # read again from its file
    assert again.documents[0].attachment.content == PDF
    assert "vollmacht.pdf" in again.problem.text()  # changed since: named, to add again


def test_a_dog_registration_at_the_counter_typed_field_by_field_into_its_form(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "hund anm", "dog_registration")
    type_person(qtbot, dialog, "Kowalski", "Jan")
    for field, text in (("street", "Lindenweg"), ("house_number", "3a"), ("postcode", "x"), ("city", "Hamm")):
        qtbot.keyClicks(dialog.person.edits[field], text)
    form = dialog.form
    assert form is not None
    keeper = form.field_widget(("applicant", "familyName"))  # the form's own keeper block mirrors the citizen
    assert isinstance(keeper, QLineEdit)
    assert keeper.text() == "Kowalski"
    assert keeper.isReadOnly()
    assert not keeper.focusPolicy() & Qt.FocusPolicy.TabFocus
    block = form.field_widget(("applicant",))
    dog = form.field_widget(("dog",))
    assert block is not None
    assert dog is not None
    assert not block.isVisibleTo(dialog)  # nothing else to type in it: the dog's fields come first
    assert dog.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing of the form filled yet
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "markierten" in dialog.problem.text()
    postcode = form.field_widget(("applicant", "address", "postcode"))
    assert postcode is not None
    (refused,) = [p for p in form.problems() if p.path == ("applicant", "address", "postcode")]
    assert postcode.toolTip() == refused.message_de  # shown at the mirrored field
    assert dialog.focusWidget() is dialog.person.edits["postcode"]  # corrected where it was typed
    assert dialog.person.problem.text() == refused.message_de
    dialog.person.edits["postcode"].clear()
    qtbot.keyClicks(dialog.person.edits["postcode"], "59065")

    def type_into(path: tuple[str, ...], text: str) -> None:
        widget = form.field_widget(path)
        assert isinstance(widget, QLineEdit), path
        qtbot.keyClicks(widget, text)

    def choose(path: tuple[str, ...], typed: str, expected: str) -> None:
        combo = form.field_widget(path)
        assert isinstance(combo, QComboBox), path
        combo.setFocus()
        qtbot.keyClicks(combo, typed)  # a closed combo box selects by the typed start of a title
        assert combo.currentText() == expected, path

    for path, text in {
        ("dog", "name"): "Bello",
        ("dog", "breed"): "Labrador Retriever",
        ("dog", "colour"): "schwarz",
        ("dog", "dateOfBirth"): "01.03.2024",
        ("dog", "keptSince"): "15.05.2024",
        ("liabilityInsurance", "insurer"): "Provinzial",
        ("liabilityInsurance", "policyNumber"): "HV-123456",
        ("dogsInHousehold",): "1",
    }.items():
        type_into(path, text)
    choose(("dog", "breedKind"), "Rasse", "Rassehund")
    choose(("dog", "sex"), "R", "Rüde")
    choose(("listedBreed", "category"), "K", "Keine der gelisteten Rassen")
    payment = form.field_widget(("paymentMethod",))
    assert isinstance(payment, QComboBox)
    payment.setFocus()
    for _ in range(2):  # "", SEPA-Lastschrift, Überweisung (QtTest types no Ü)
        qtbot.keyClick(payment, Qt.Key.Key_Down)
    assert payment.currentText() == "Überweisung"
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = case_detail(db, staff.clerk, saved.args[0].id)
    assert detail.case.channel is Channel.COUNTER
    assert detail.case.service_key == "dog_registration"
    with db.read() as session:
        stored = session.get(Case, detail.case.id)
        assert stored is not None
        data = stored.form_data
    assert data["dog"] == {
        "name": "Bello",
        "breedKind": "purebred",
        "breed": "Labrador Retriever",
        "sex": "male",
        "colour": "schwarz",
        "dateOfBirth": "2024-03-01",
        "keptSince": "2024-05-15",
    }
    assert data["applicant"]["address"] == {
        "street": "Lindenweg",
        "houseNumber": "3a",
        "postcode": "59065",
        "city": "Hamm",
    }
    assert (data["applicant"]["familyName"], data["applicant"]["dateOfBirth"]) == ("Kowalski", "1980-12-24")
    assert data["dogsInHousehold"] == 1
    assert data["paymentMethod"] == "transfer"
