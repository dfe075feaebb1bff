"""The attachments of a case in a viewer next to it (Anlage öffnen): PDFs and pictures shown, anything else only
saved, every opening in the audit log."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.main_window import MainWindow
from desktop.case.attachment_viewer import AttachmentViewer
from models.audit import AuditRecord
from models.db import Database
from models.operations.attachments import ContentKind
from models.operations.case_creation import AttachmentInput
from models.operations.rows import CaseRow
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case, wait_for_window
from tests.support.attachment_files import HTML_FILE, pdf_file, png_file
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _case_with(db: Database, staff: Staff, *files: AttachmentInput, family_name: str = "Amsel") -> CaseRow:
    return new_case(db, staff.system, GENERIC_FEE_SERVICE, attachments=files, family_name=family_name)


def _open_with_keyboard(qtbot: QtBot, window: MainWindow, row: int) -> AttachmentViewer:
    """Go to the attachment list, choose the ``row``-th attachment with the arrow keys and press Enter."""
    tree = window.detail_panel.attachments
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    viewer = wait_for_window(qtbot, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.blob is not None and viewer.blob.file_name == tree.currentItem().text(0))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)  # in front, to go on with the keyboard
    return viewer


def _openings(db: Database, username: str) -> list[str]:
    with db.read() as session:
        query = select(AuditRecord.object_id).where(
            AuditRecord.action == "attachment.opened", AuditRecord.actor == username
        )
        return list(session.scalars(query))


def test_a_pdf_attachment_shows_its_pages_and_the_opening_is_logged(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = _case_with(db, staff, AttachmentInput("Mietvertrag.pdf", "application/pdf", pdf_file(3)))
    show_case(qtbot, window, case)
    viewer = _open_with_keyboard(qtbot, window, 0)
    assert viewer.shown_as == ContentKind.PDF
    assert viewer.pdf.page_count == 3
    assert viewer.pdf.view.isVisible()
    assert viewer.pages.currentWidget() is viewer.pdf
    assert viewer.windowTitle() == f"Mietvertrag.pdf – {case.reference}"
    assert "Eingereicht als" not in viewer.info.text()  # the claim is true
    assert viewer.save_button.isVisible()
    assert viewer.blob is not None
    assert _openings(db, staff.clerk.username) == [str(viewer.blob.id)]
    viewer.close()


def test_a_picture_is_shown_fitted_to_the_window_whatever_the_sender_claimed(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = _case_with(db, staff, AttachmentInput("Ausweis.pdf", "application/pdf", png_file(1600, 1000)))
    show_case(qtbot, window, case)
    qtbot.mouseClick(window.detail_panel.open_attachment, Qt.MouseButton.LeftButton)  # the button opens the first
    viewer = wait_for_window(qtbot, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.shown_as is not None)
    assert viewer.shown_as == ContentKind.IMAGE
    assert viewer.pages.currentWidget() is viewer.image
    pixmap = viewer.image.picture.pixmap()
    assert not pixmap.isNull()
    room = viewer.image.area.viewport().size()
    assert pixmap.width() <= room.width()
    assert pixmap.height() <= room.height()
    assert pixmap.width() >= room.width() - 8 or pixmap.height() >= room.height() - 8  # fitted, not tiny
    assert "Eingereicht als „application/pdf“; der Inhalt ist ein Bild." in viewer.info.text()
    fitted = pixmap.width()
    viewer.image.zoom(2.0)
    assert abs(viewer.image.picture.pixmap().width() - 2 * fitted) <= 2  # rounded to whole pixels
    viewer.image.fit()
    assert viewer.image.picture.pixmap().width() == fitted
    viewer.close()


def test_an_unknown_file_is_only_offered_to_save_and_saved_exactly_for_the_user_only(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    case = _case_with(
        db,
        staff,
        AttachmentInput("Nachweis.pdf", "application/pdf", pdf_file(1)),
        AttachmentInput("Foto.png", "image/png", HTML_FILE),  # a web page that claims to be a picture
    )
    show_case(qtbot, window, case)
    viewer = _open_with_keyboard(qtbot, window, 1)
    assert viewer.shown_as == ContentKind.OTHER
    assert viewer.pages.currentWidget() is viewer.message
    assert not viewer.pdf.view.isVisible()
    assert viewer.image.picture.pixmap().isNull()
    assert viewer.message.text().startswith("Diese Art von Datei kann hier nicht angezeigt werden")
    assert "der Inhalt ist weder ein PDF noch ein Bild" in viewer.info.text()
    assert QApplication.focusWidget() is viewer.save_button

    qtbot.keyClick(viewer.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.file_dialog is not None)  # a button's shortcut clicks it animated
    dialog = viewer.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.selectedFiles()[0].endswith("/Foto.png")  # the sender's name proposed
    target = tmp_path / "gespeichert.png"
    with qtbot.waitSignal(viewer.saved, check_params_cb=lambda path: path == target):
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(target))  # typed by the clerk
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert target.read_bytes() == HTML_FILE
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert viewer.status.text() == f"Gespeichert als {target}."
    viewer.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: the open viewer comes to the front
def test_a_broken_pdf_and_an_empty_file_are_only_offered_to_save(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = _case_with(
        db,
        staff,
        AttachmentInput("kaputt.pdf", "application/pdf", b"%PDF-1.4 Nachweis"),
        AttachmentInput("leer.pdf", "application/pdf", b""),
    )
    show_case(qtbot, window, case)
    viewer = _open_with_keyboard(qtbot, window, 0)
    assert viewer.shown_as == ContentKind.OTHER
    assert viewer.message.text().startswith("Die Datei beginnt wie ein PDF, lässt sich aber nicht als PDF lesen.")
    assert not viewer.pdf.view.isVisible()
    viewer = _open_with_keyboard(qtbot, window, 1)  # the same window shows the next one
    assert viewer.shown_as == ContentKind.OTHER
    assert viewer.message.text().startswith("Die Datei ist leer.")
    assert len(_openings(db, staff.clerk.username)) == 2
    viewer.close()


def test_the_viewer_closes_when_the_clerk_turns_to_another_case(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    first = _case_with(db, staff, AttachmentInput("Nachweis.pdf", "application/pdf", pdf_file(1)))
    other = _case_with(db, staff, AttachmentInput("Foto.png", "image/png", png_file(40, 30)), family_name="Zeisig")
    show_case(qtbot, window, first)
    viewer = _open_with_keyboard(qtbot, window, 0)
    assert viewer.case_id == first.id
    show_case(qtbot, window, other)
    qtbot.waitUntil(lambda: not viewer.isVisible())
    assert window.attachment_viewing.viewer is None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.queue.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    viewer = wait_for_window(qtbot, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.shown_as is not None)
    assert viewer.case_id == other.id
    assert viewer.shown_as == ContentKind.IMAGE
    viewer.close()
