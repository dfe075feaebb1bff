"""The service catalogue for admins (Extras → Leistungskatalog): filter as one types, change a service from the
keyboard and save; a refused value is shown in German and nothing is stored; other roles cannot open it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.admin.catalogue_dialog import CatalogueDialog
from desktop.app.main_window import MainWindow
from models.audit import AuditRecord
from models.db import Database
from models.fees import Fee, FeeRule
from models.operations.catalogue import catalogue_entry, shipped_catalogue
from tests.conftest import Staff


def _open(qtbot: QtBot, window: MainWindow) -> CatalogueDialog:
    action = window.extras.catalogue_action
    assert action.isEnabled()
    assert action.text() == "&Leistungskatalog …"
    action.trigger()
    dialog = window.extras.catalogue_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(shipped_catalogue()))
    assert dialog.windowTitle() == "Leistungskatalog"
    return dialog


def _filter_to(qtbot: QtBot, dialog: CatalogueDialog, text: str) -> list[str]:
    dialog.filter.selectAll()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.filter, text)
    return dialog.visible_keys()


def _replace(qtbot: QtBot, widget: object, text: str) -> None:
    """Select what the field holds and type over it, as the admin does after Tab."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def test_filter_then_change_a_certificate_fee_and_deadline_from_the_keyboard(
    qtbot: QtBot, db: Database, staff: Staff, admin_window: MainWindow
) -> None:
    dialog = _open(qtbot, admin_window)
    assert _filter_to(qtbot, dialog, "Sofa") == ["bulky_waste_pickup"]  # a search word, not in the name
    assert set(_filter_to(qtbot, dialog, "Hund steuer")) >= {"dog_registration", "dog_tag_replacement"}
    assert set(_filter_to(qtbot, dialog, "friedhofsverwaltung")) == {
        e["key"] for e in shipped_catalogue() if e["department"] == "Friedhofsverwaltung"
    }
    assert _filter_to(qtbot, dialog, "Geburtsurkunde") == ["birth_certificate"]

    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # on to the service found
    assert dialog.focusWidget() is dialog.table
    assert dialog.isVisible()  # Return did not close the window
    form = dialog.form
    qtbot.waitUntil(lambda: form.isEnabled() and form.title.text() == "Geburtsurkunde beantragen")
    assert form.rule.currentText() == "Je Ausfertigung (weitere Ausfertigungen ermäßigt)"
    assert form.further_copy.isEnabled()
    assert not form.max_amount.isEnabled()
    assert "99027002012000" in form.identifier.text()

    form.amount.setFocus()
    _replace(qtbot, form.amount, "12,00")
    _replace(qtbot, form.further_copy, "6,00")
    _replace(qtbot, form.days, "7")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.status.text() == "„Geburtsurkunde beantragen“ wurde gespeichert."

    stored = catalogue_entry(db, "birth_certificate")
    assert stored.fee == Fee(FeeRule.PER_COPY, 1200, further_copy_cents=600)
    assert stored.processing_days == 7
    assert stored.department == "Standesamt"
    with db.read() as session:
        audited = session.scalars(select(AuditRecord).where(AuditRecord.action == "service.updated")).all()
    assert [(r.actor, r.object_id, sorted(r.details["changes"])) for r in audited] == [
        ("eva", "birth_certificate", ["fee", "processing_days"])
    ]
    qtbot.waitUntil(lambda: "12,00 €, jede weitere Ausfertigung 6,00 €" in dialog.table.item(
        dialog.table.currentRow(), 2
    ).text())  # fmt: skip


def test_a_tariff_without_its_reference_is_refused_in_german_and_nothing_is_stored(
    qtbot: QtBot, db: Database, admin_window: MainWindow
) -> None:
    dialog = _open(qtbot, admin_window)
    dialog.select_service("poster_permit")
    form = dialog.form
    qtbot.waitUntil(lambda: form.title.text() == "Plakatierung genehmigen lassen")
    before = catalogue_entry(db, "poster_permit")
    form.rule.setFocus()
    qtbot.keyClick(form.rule, Qt.Key.Key_Down)  # fixed → per copy
    qtbot.keyClick(form.rule, Qt.Key.Key_Down)  # → by tariff
    assert form.rule.currentText() == "Nach Tarif (die Sachbearbeitung setzt den Betrag fest)"
    assert form.max_amount.isEnabled()
    assert form.basis.isEnabled()
    _replace(qtbot, form.max_amount, "80,00")
    with qtbot.waitSignal(dialog.failed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Ein Tarif braucht seine Fundstelle (Tarifstelle oder Satzung)."
    assert catalogue_entry(db, "poster_permit") == before
    assert form.max_amount.value() == 80.0  # what was typed stays

    qtbot.keyClicks(form.basis, "Sondernutzungssatzung § 7")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert catalogue_entry(db, "poster_permit").fee == Fee(
        FeeRule.TARIFF, 2500, max_cents=8000, basis="Sondernutzungssatzung § 7"
    )


def test_switching_a_service_off_and_only_admins_see_the_menu_entry(
    qtbot: QtBot, db: Database, admin_window: MainWindow, window: MainWindow
) -> None:
    assert not window.extras.catalogue_action.isEnabled()  # the clerk's window
    dialog = _open(qtbot, admin_window)
    dialog.select_service("fishing_permit_tourist")
    qtbot.waitUntil(lambda: dialog.form.active.isChecked())
    qtbot.keyClick(dialog.form.active, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert catalogue_entry(db, "fishing_permit_tourist").active is False
    qtbot.waitUntil(lambda: "(nicht angeboten)" in dialog.table.item(dialog.table.currentRow(), 0).text())
