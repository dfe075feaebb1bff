"""The letter template editor (Extras → Textvorlagen) for admins: save, errors next to the field, preview, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.admin.letter_template_editor import LetterTemplateEditor
from desktop.app.main_window import MainWindow
from desktop.messages.error_messages import describe_error
from models.case_status import CaseStatus
from models.db import Database
from models.documents import DocumentKind
from models.errors import PermissionDenied
from models.letter_templates import default_template
from models.operations.claims import claim_case
from models.operations.letter_templates import list_letter_templates
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.desktop.gui_helpers import wait_for_message
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, new_case

MARKER = "Wir danken Ihnen fuer Ihre Geduld (Testmarke 4711)."


def _open(qtbot: QtBot, window: MainWindow) -> LetterTemplateEditor:
    action = window.extras.templates_action
    assert action.isEnabled()
    assert action.text() == "&Textvorlagen …"
    action.trigger()
    editor = window.extras.template_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.templates.count() > 0 and editor.form.subject.text() != "")
    return editor


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as the admin would: Return for a line break (QTest types ASCII characters only)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def _customised(db: Database, staff: Staff, kind: DocumentKind, service_key: str = "") -> bool:
    entries = list_letter_templates(db, staff.admin)
    return next(e for e in entries if (e.template.kind, e.template.service_key) == (kind, service_key)).customised


def test_a_saved_text_is_used_by_the_next_letter(
    qtbot: QtBot, db: Database, staff: Staff, admin_window: MainWindow, renderer: RecordingRenderer
) -> None:
    editor = _open(qtbot, admin_window)
    assert editor.windowTitle() == "Textvorlagen für Schreiben"
    texts = [editor.templates.item(n).text() for n in range(editor.templates.count())]
    assert "Bestätigungsschreiben\n    alle Leistungen" in texts
    assert "Bestätigungsschreiben\n    Sperrmüllabholung anmelden" in texts
    editor.select_template(DocumentKind.CONFIRMATION_LETTER)
    placeholders = [editor.form.placeholders.topLevelItem(n).text(0) for n in range(3)]  # type: ignore[union-attr]
    assert placeholders == ["anrede", "name", "vorname"]

    editor.form.body.setFocus()
    editor.form.body.moveCursor(editor.form.body.textCursor().MoveOperation.End)
    _type(qtbot, editor.form.body, f"\n\n{MARKER} ")
    item = editor.form.placeholders.topLevelItem(1)  # name
    assert item is not None
    editor.form.placeholders.itemActivated.emit(item, 0)  # what a double-click does
    assert editor.form.body.toPlainText().endswith(f"{MARKER} {{{{ name }}}}")
    assert editor.templates.currentItem().text().endswith(" *")  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Der Text wurde gespeichert. Neue Schreiben verwenden ihn ab sofort."
    qtbot.waitUntil(lambda: "(eigener Text)" in editor.templates.currentItem().text())  # type: ignore[union-attr]
    assert _customised(db, staff, DocumentKind.CONFIRMATION_LETTER)

    case = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Quast")
    claim_case(db, staff.clerk, case.id)
    transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=renderer)
    letter = renderer.letters[-1]
    assert letter.kind == DocumentKind.CONFIRMATION_LETTER
    assert any(MARKER in paragraph and "Quast" in paragraph for paragraph in letter.paragraphs)

    with qtbot.waitSignal(editor.reset_done):
        editor.reset_to_default()
        box = wait_for_message(qtbot, "confirmReset")
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: MARKER not in editor.form.body.toPlainText())
    shipped = default_template(DocumentKind.CONFIRMATION_LETTER)
    assert shipped is not None
    assert editor.form.body.toPlainText() == shipped.body
    assert not _customised(db, staff, DocumentKind.CONFIRMATION_LETTER)
    editor.close()


def test_an_unknown_placeholder_is_shown_next_to_the_field_and_the_text_stays(
    qtbot: QtBot, db: Database, staff: Staff, admin_window: MainWindow
) -> None:
    editor = _open(qtbot, admin_window)
    editor.select_template(DocumentKind.REJECTION_LETTER)
    editor.form.body.setFocus()
    editor.form.body.moveCursor(editor.form.body.textCursor().MoveOperation.End)
    _type(qtbot, editor.form.body, "\n\nBitte beachten Sie {{ unbekannt }}.")
    typed = editor.form.body.toPlainText()
    with qtbot.waitSignal(editor.failed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    problem = editor.form.problems["body"]
    assert problem.isVisible()
    assert problem.text() == (
        "Den Platzhalter „unbekannt“ gibt es nicht. Bitte wählen Sie einen aus der Liste der Platzhalter."
    )
    assert not editor.form.problems["subject"].isVisible()
    assert editor.form.body.toPlainText() == typed
    assert editor.form.body.hasFocus()
    assert not _customised(db, staff, DocumentKind.REJECTION_LETTER)

    editor.form.subject.setFocus()
    editor.form.subject.selectAll()
    qtbot.keyClicks(editor.form.subject, "{% if %}")
    with qtbot.waitSignal(editor.failed):
        editor.save()
    assert editor.form.problems["subject"].text().startswith("Zeile 1: Der Text kann nicht als Vorlage gelesen werden")
    assert "{{ }}" in editor.form.problems["subject"].text()
    assert editor.unsaved == 1
    editor.close()
    box = wait_for_message(qtbot, "confirmDiscard")  # the typed text is not lost by accident
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_the_preview_shows_the_text_as_a_letter(qtbot: QtBot, admin_window: MainWindow) -> None:
    editor = _open(qtbot, admin_window)
    editor.select_template(DocumentKind.FEE_NOTICE)
    with qtbot.waitSignal(editor.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.page_count >= 1)
    assert preview.windowTitle() == "Vorschau – Gebührenbescheid"
    assert "Beispielwerten" in preview.pane.info.text()
    preview.close()
    editor.close()


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, admin_window: MainWindow) -> None:
    editor = _open(qtbot, admin_window)
    editor.form.body.setFocus()
    qtbot.keyClicks(editor.form.body, "Neu ")
    editor.close()
    box = wait_for_message(qtbot, "confirmDiscard")
    assert editor.isVisible()
    assert "1 Text hat ungespeicherte Änderungen" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_a_clerk_has_no_template_editor_and_the_operation_refuses(
    db: Database, staff: Staff, window: MainWindow
) -> None:
    assert not window.extras.templates_action.isEnabled()
    with pytest.raises(PermissionDenied) as refused:
        list_letter_templates(db, staff.clerk)
    message = describe_error(refused.value)
    assert message is not None
    assert "die Textvorlagen zu bearbeiten" in message.text
