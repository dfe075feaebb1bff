"""The FIT-Connect connection dialog: entering, testing against a real local delivery service, saving to the keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.admin.connection_dialog import ConnectionDialog
from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from models import settings
from models.errors import PermissionDenied
from sync import credentials
from sync.connection_check import ConnectionReport
from sync.sandbox.local_setup import credentials_of
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_window_without_queue
from tests.desktop.sync_helpers import fitconnect_of, write_jwk
from tests.sync.sandbox.helpers import RunningSandbox, SandboxKeys


@pytest.fixture
def admin_workspace(workspace: Workspace, staff: Staff) -> Workspace:
    return Workspace(workspace.db, staff.admin, workspace.runner, workspace.render_letter)


def _open(qtbot: QtBot, workspace: Workspace) -> ConnectionDialog:
    dialog = ConnectionDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stored_loaded):
        dialog.show()
    return dialog


def _fill(dialog: ConnectionDialog, sandbox: RunningSandbox, tmp_path: Path, *, secret: str | None = None) -> None:
    setup = sandbox.setup
    dialog.token_url.setText(setup.token_url)
    dialog.submission_api.setText(setup.submission_api)
    dialog.destination_id.setText(setup.destination_id)
    dialog.client_id.setText(setup.subscriber.client_id)
    dialog.client_secret.setText(secret or setup.subscriber.client_secret)
    assert dialog.import_key(dialog.decryption_key, write_jwk(tmp_path / "entschluesseln.json", setup.decryption_key))
    assert dialog.import_key(dialog.signing_key, write_jwk(tmp_path / "signieren.jwk", setup.signing_key))


def _test(qtbot: QtBot, dialog: ConnectionDialog) -> object:
    with qtbot.waitSignal(dialog.test_finished, timeout=15_000) as finished:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_only_admins_may_open_the_connection_settings(
    qtbot: QtBot, window: MainWindow, admin_workspace: Workspace
) -> None:
    assert not window.extras.connection_action.isEnabled()  # the clerk's window
    admin_window = open_window_without_queue(qtbot, admin_workspace)
    assert admin_window.extras.connection_action.isEnabled()
    assert admin_window.extras.connection_action.text() == "FIT-Connect-&Verbindung …"
    admin_window.extras.connection_action.trigger()
    dialog = admin_window.extras.connection_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "FIT-Connect-Verbindung"
    assert not dialog.isModal()
    dialog.close()


def test_testing_the_entered_values_reports_destination_services_and_key(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    dialog = _open(qtbot, admin_workspace)
    _fill(dialog, sandbox, tmp_path)
    report = _test(qtbot, dialog)
    assert isinstance(report, ConnectionReport)
    text = dialog.result_label.text()
    assert text.startswith("Die Verbindung funktioniert: Token erhalten, Zustellpunkt")
    assert "ist „aktiv“ und bietet 2 Leistungen an." in text
    assert f"passt zum Verschlüsselungsschlüssel des Zustellpunkts ({sandbox.setup.encryption_kid})" in text
    assert dialog.result_label.property("kind") == "ok"
    assert keyring.get_password(credentials.SERVICE, "client_id") is None  # tested, not saved


def test_a_key_that_does_not_fit_the_destination_is_pointed_out(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, sandbox_keys: SandboxKeys, tmp_path: Path
) -> None:
    dialog = _open(qtbot, admin_workspace)
    _fill(dialog, sandbox, tmp_path)
    other = dict(sandbox_keys.signing.private, kid="alter-schluessel", alg="RSA-OAEP-256", key_ops=["unwrapKey"])
    assert dialog.import_key(dialog.decryption_key, write_jwk(tmp_path / "alt.json", other))
    _test(qtbot, dialog)
    assert "kein privater Schlüssel eingetragen" in dialog.result_label.text()
    assert dialog.result_label.property("kind") == "warning"


def test_a_failed_test_says_why_in_german(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    dialog = _open(qtbot, admin_workspace)
    _fill(dialog, sandbox, tmp_path, secret="falsch")
    _test(qtbot, dialog)
    assert dialog.result_label.text().startswith("Zugangsdaten abgelehnt: Der Zustelldienst hat die Client-ID")
    sandbox.server.stop()
    dialog.client_secret.setText(sandbox.setup.subscriber.client_secret)
    _test(qtbot, dialog)
    assert dialog.result_label.text().startswith("Zustelldienst nicht erreichbar: Der Zustelldienst 127.0.0.1")
    assert dialog.result_label.property("kind") == "error"
    assert dialog.client_secret.text() == sandbox.setup.subscriber.client_secret  # nothing typed is lost


def test_saving_stores_the_secrets_in_the_keyring_and_never_shows_them_again(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window = open_window_without_queue(qtbot, admin_workspace)
    dialog = window.extras.open_connection_settings()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    _fill(dialog, sandbox, tmp_path)
    dialog.interval.setValue(15)
    dialog.sync_on_start.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.extras.connection_dialog is None)
    assert credentials.load() == credentials_of(sandbox.setup)
    expected = fitconnect_of(sandbox.setup, sync_interval_minutes=15, sync_on_start=False)
    assert settings.load().fitconnect == expected
    assert window.statusBar().currentMessage() == "Die FIT-Connect-Verbindung wurde gespeichert."
    assert window.sync.schedule.interval_ms == 15 * 60_000
    assert window.sync.timer.isActive()

    again = _open(qtbot, admin_workspace)
    secret = sandbox.setup.subscriber.client_secret
    assert again.client_id.text() == sandbox.setup.subscriber.client_id
    assert again.client_secret.text() == ""
    assert again.client_secret.placeholderText() == "gespeichert – leer lassen, um es beizubehalten"
    assert again.decryption_key.label.text() == f"Schlüssel-ID {sandbox.setup.encryption_kid}\ngespeichert"
    shown = [w.text() for w in again.findChildren(QLineEdit)] + [w.text() for w in again.findChildren(QLabel)]
    assert not any(secret in text or '"d":' in text for text in shown)
    # An empty secret keeps the stored one: testing and saving work without typing it again.
    _test(qtbot, again)
    assert again.result_label.property("kind") == "ok"


def test_a_clerk_cannot_save(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace)
    _fill(dialog, sandbox, tmp_path)
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(failed.args[0], PermissionDenied)
    assert dialog.result_label.text().startswith("Keine Berechtigung: Sie sind nicht berechtigt, die FIT-Connect")
    assert dialog.isVisible()
    assert keyring.get_password(credentials.SERVICE, "client_id") is None
    assert not settings.load().fitconnect.configured


def test_invalid_entries_are_explained_next_to_their_field_and_nothing_is_lost(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, sandbox_keys: SandboxKeys, tmp_path: Path
) -> None:
    dialog = _open(qtbot, admin_workspace)
    _fill(dialog, sandbox, tmp_path)
    dialog.token_url.setText("ftp://auth.example/token")
    dialog.submission_api.setText("http://zustelldienst.example")
    dialog.destination_id.setText("Zustellpunkt 7")
    dialog.ca_bundle.setText(str(tmp_path / "fehlt.pem"))
    public_only = write_jwk(tmp_path / "oeffentlich.json", sandbox_keys.encryption.public)
    assert not dialog.import_key(dialog.decryption_key, public_only)
    assert not dialog.import_key(dialog.signing_key, tmp_path / "gibt-es-nicht.jwk")
    not_json = tmp_path / "notiz.txt"
    not_json.write_text("geheim", encoding="utf-8")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = {name: label.text() for name, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert errors == {
        "token_url": "Das ist keine Webadresse. Sie muss mit https:// beginnen.",
        "submission_api": "Die Adresse muss mit https:// beginnen (einfaches http:// nur für einen Dienst auf diesem "
        "Computer).",
        "destination_id": "Die Zustellpunkt-ID besteht aus 8-4-4-4-12 Hexadezimalziffern, z. B. 2fd6a2b4-…; bitte "
        "kopieren Sie sie erneut.",
        "decryption_key": "oeffentlich.json: Die Datei enthält nur den öffentlichen Teil des Schlüssels. Bitte wählen "
        "Sie die Datei mit dem privaten Schlüssel (sie enthält das Feld „d“).",
        "signing_key": "gibt-es-nicht.jwk: Diese Datei gibt es nicht.",
        "ca_bundle": "Diese Datei gibt es nicht. Bitte wählen Sie die Datei mit dem CA-Zertifikat erneut.",
    }
    assert dialog.token_url.text() == "ftp://auth.example/token"  # nothing typed is lost
    assert dialog.client_secret.text() == sandbox.setup.subscriber.client_secret
    assert dialog.decryption_key.chosen is not None  # the key chosen before stays
    assert not dialog.import_key(dialog.signing_key, not_json)
    assert "kein JSON" in dialog.errors["signing_key"].text()
    swapped = write_jwk(tmp_path / "vertauscht.json", sandbox.setup.signing_key)
    assert not dialog.import_key(dialog.decryption_key, swapped)
    assert dialog.errors["decryption_key"].text().startswith("vertauscht.json: Das ist ein Signaturschlüssel.")
    assert keyring.get_password(credentials.SERVICE, "client_id") is None


def test_without_a_keyring_the_dialog_says_so(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture restores the test keyring afterwards
    dialog = _open(qtbot, admin_workspace)
    banner = dialog.keyring_banner
    assert banner.isVisible()
    assert banner.text().startswith("Kein Schlüsselbund verfügbar: Auf diesem Computer ist kein nutzbarer")
    assert "PYTHON_KEYRING_BACKEND" in banner.text()
    assert "docs/admin.md" in banner.text()
    _fill(dialog, sandbox, tmp_path)
    _test(qtbot, dialog)  # the entered values can still be tested
    assert dialog.result_label.property("kind") == "ok"
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().startswith("Kein Schlüsselbund verfügbar")
    assert not settings.load().fitconnect.configured


def test_german_mnemonics_are_unique_in_the_connection_dialog(qtbot: QtBot, admin_workspace: Workspace) -> None:
    dialog = _open(qtbot, admin_workspace)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)  # Escape; Qt's own text
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text() and b is not cancel]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert all("&" in text for text in texts), texts
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) == len(set(letters)), texts
    assert "&Verbindung testen" in texts


def test_an_admin_gets_from_the_failure_notice_to_the_connection_settings(
    qtbot: QtBot, admin_workspace: Workspace
) -> None:
    window = open_window_without_queue(qtbot, admin_workspace)  # nothing configured on this workstation
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.notice.title.text() == "FIT-Connect nicht eingerichtet"
    button = window.notice.action_button
    assert button.isVisible()
    assert button.text() == "Verbindungse&instellungen …"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.extras.connection_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(dialog.stored_loaded):
        pass
    dialog.close()


def _squeezed(dialog: ConnectionDialog) -> list[str]:
    """Fields and buttons of the dialog that got less height than their text needs."""
    fields = [w for w in dialog.findChildren(QLineEdit) if not isinstance(w.parent(), QAbstractSpinBox)]
    widgets: list[QWidget] = [w for w in fields + dialog.findChildren(QPushButton) if w.isVisible()]
    widgets += [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
    return [
        f"{w.objectName() or w.text()}: {w.height()} < {w.minimumSizeHint().height()}"  # type: ignore[attr-defined]
        for w in widgets
        if w.height() < w.minimumSizeHint().height()
        or (isinstance(w, QLabel) and w.wordWrap() and w.height() < w.heightForWidth(w.width()))
    ]


def test_no_row_is_cut_when_messages_appear_after_the_dialog_opened(
    qtbot: QtBot, admin_workspace: Workspace, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())  # the keyring banner appears once the keyring has been tried
    dialog = _open(qtbot, admin_workspace)
    assert dialog.keyring_banner.isVisible()
    qtbot.waitUntil(lambda: _squeezed(dialog) == [])
    _fill(dialog, sandbox, tmp_path)  # two-line key IDs
    _test(qtbot, dialog)  # and the test result under the form
    assert dialog.result_label.isVisible()
    qtbot.waitUntil(lambda: _squeezed(dialog) == [])
