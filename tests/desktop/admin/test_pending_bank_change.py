"""Where the GUI shows the town's data (the letter previews of the template editor), a bank account change that
waits for a second person's confirmation is shown too."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.db import Database
from models.operations.town_settings import confirm_bank_change, update_town_profile
from tests.conftest import Staff
from tests.desktop.admin.test_letter_template_editor import _open


def test_the_template_editor_says_a_new_account_waits_for_confirmation(
    qtbot: QtBot, db: Database, staff: Staff, admin_window: MainWindow
) -> None:
    editor = _open(qtbot, admin_window)
    assert not editor.bank_change.isVisible()
    editor.close()
    qtbot.waitUntil(lambda: admin_window.extras.template_editor is None)

    update_town_profile(db, staff.admin, {"iban": "DE89 3704 0044 0532 0130 00"})
    editor = _open(qtbot, admin_window)
    assert editor.bank_change.isVisible()
    assert editor.bank_change.text() == (
        "Eine neue Bankverbindung (IBAN DE89 3704 0044 0532 0130 00), vorgeschlagen von Eva Klein, wartet auf die "
        "Bestätigung durch eine zweite Person. Bis dahin zeigen Vorschau und Schreiben die bisherige Bankverbindung "
        "(IBAN DE02 3705 0299 0000 6847 12)."
    )

    confirm_bank_change(db, staff.supervisor, "DE89370400440532013000")
    with qtbot.waitSignal(editor.loaded):
        editor.reload()
    assert not editor.bank_change.isVisible()
    editor.close()
