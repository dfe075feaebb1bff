"""The FIT-Connect connection of this workstation (FIT-Connect-Verbindung): addresses, access data, keys, schedule.

URLs and the schedule go to the settings file; client ID, secret and both private keys to the keyring (through
:func:`sync.connection_settings.store_connection`, which lets only administrators save). A stored secret is never shown:
an empty secret field keeps it. Keys are imported from JWK files, and only their key IDs appear. "Verbindung
testen" tries the entered values (not yet saved) on the network lane. Nothing typed is lost on a mistake: the
problem shows under its field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.connection_fields import RESULT_STYLES, KeyFileField, error_label
from desktop.admin.connection_form import FIELDS, ConnectionEntries, check_entries, report_outcome
from desktop.admin.key_files import KeyFileProblem, KeyPurpose, read_private_jwk
from desktop.admin.operations import read_stored_credentials, save_connection, try_connection
from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_height_to_contents
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import crash_message
from models import settings as settings_module
from models.errors import AmtsstubeError, InvalidInput
from models.settings import FitConnectSettings
from sync.connection_check import ConnectionReport
from sync.credentials import Credentials
from sync.errors import KeyringUnavailable


class ConnectionDialog(QDialog):
    saved = Signal(object)  # FitConnectSettings
    stored_loaded = Signal()  # what the keyring holds is known (or that it cannot be used)
    test_finished = Signal(object)  # ConnectionReport or the exception
    save_failed = Signal(object)  # the exception

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, note: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionSettings")
        self.setWindowTitle(self.tr("FIT-Connect connection"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(760)
        self._workspace = workspace
        self._stored: Credentials | None = None
        self._busy = False
        self._bad_key_files: dict[str, str] = {}  # field → why the last chosen file could not be imported

        intro = QLabel(
            self.tr(
                "Where this workstation fetches the online applications. Client secret and private keys are kept in "
                "the keyring of this computer, never in a file. The values come from the FIT-Connect self-service "
                "portal."
            )
        )
        intro.setWordWrap(True)
        self.note = self._banner("connectionNote", note or "", "info")
        self.note.setVisible(bool(note))
        self.keyring_banner = self._banner("keyringUnavailable", "", "error")
        self.keyring_banner.hide()

        self.token_url = self._line("token_url", "https://auth-testing.fit-connect.fitko.dev/token")
        self.submission_api = self._line("submission_api", "https://submission-api-testing.fit-connect.fitko.dev")
        self.destination_id = self._line("destination_id", "2fd6a2b4-0c5e-4b7e-9d3a-6f1c2a7e8b90")
        self.client_id = self._line("client_id", "")
        self.client_secret = self._line("client_secret", "")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.decryption_key = KeyFileField(KeyPurpose.DECRYPTION, self.tr("Choose &file…"))
        self.signing_key = KeyFileField(KeyPurpose.SIGNING, self.tr("Choose f&ile…"))
        self.decryption_key.button.clicked.connect(lambda: self._choose_key(self.decryption_key))
        self.signing_key.button.clicked.connect(lambda: self._choose_key(self.signing_key))
        self.ca_bundle = self._line("ca_bundle", self.tr("empty: the certificates of the system"))
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_bundle, 1)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_ca_bundle)
        ca_layout.addWidget(browse)
        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.sync_on_start = QCheckBox(self.tr("S&ynchronise when Amtsstube starts"))
        self.sync_on_start.setObjectName("sync_on_start")

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("token_url", self.tr("&Token URL:"), self.token_url),
            ("submission_api", self.tr("Submission &API:"), self.submission_api),
            ("destination_id", self.tr("&Destination ID:"), self.destination_id),
            ("client_id", self.tr("&Client ID:"), self.client_id),
            ("client_secret", self.tr("Client &secret:"), self.client_secret),
            ("decryption_key", self.tr("Decr&yption key:"), self.decryption_key),
            ("signing_key", self.tr("Si&gning key:"), self.signing_key),
            ("ca_bundle", self.tr("CA c&ertificate:"), ca_row),
        ]
        for name, label, widget in rows:
            buddy = widget.button if isinstance(widget, KeyFileField) else widget
            form.addRow(self._label(label, buddy), self._with_error(name, widget))
        form.addRow(self._label(self.tr("Synchronise e&very:"), self.interval), self.interval)
        form.addRow("", self.sync_on_start)

        self.result_label = self._banner("connectionResult", "", "info")
        self.result_label.hide()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.setToolTip(
            self.tr("Fetches a token and the destination with the values above, without saving them")
        )
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.keyring_banner)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_from_settings()
        self._load_stored()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # A banner, a result or a second line of a key ID appeared: the rows keep their height, the dialog grows.
            fit_height_to_contents(self)
        return handled

    # -- building ----------------------------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(name != "client_secret")
        return line

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        error = error_label(name)
        self.errors[name] = error
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return box

    def _banner(self, name: str, text: str, kind: str) -> QLabel:
        banner = plain_label(text, object_name=name)  # URLs, error details, what the keyring said
        banner.setWordWrap(True)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.setStyleSheet(RESULT_STYLES[kind])
        return banner

    # -- what is there -----------------------------------------------------------------------------------------

    def _fill_from_settings(self) -> None:
        try:
            fitconnect = settings_module.load().fitconnect
        except AmtsstubeError as error:
            fitconnect = FitConnectSettings()
            self._show_result(error)
        self.token_url.setText(fitconnect.token_url or "")
        self.submission_api.setText(fitconnect.submission_api or "")
        self.destination_id.setText(fitconnect.destination_id or "")
        self.ca_bundle.setText(fitconnect.ca_bundle or "")
        self.interval.setValue(fitconnect.sync_interval_minutes)
        self.sync_on_start.setChecked(fitconnect.sync_on_start)

    def _load_stored(self) -> None:
        """The keyring is read in the background: a desktop keyring may first ask to be unlocked."""
        self._set_busy(True)
        self.client_secret.setPlaceholderText(self.tr("reading the keyring…"))
        self._workspace.runner.run(
            read_stored_credentials(
                parent=self, on_success=self._stored_read, on_failure=self._stored_unreadable, on_done=self._stored_done
            )
        )

    def _stored_read(self, stored: Credentials | None) -> None:
        self._stored = stored
        if stored is not None and not self.client_id.text():
            self.client_id.setText(stored.client_id)
        self.decryption_key.stored_kids = list(stored.decryption_keys) if stored else []
        self.signing_key.stored_kids = [str(stored.signing_key.get("kid", "?"))] if stored else []
        self.decryption_key.refresh()
        self.signing_key.refresh()

    def _stored_unreadable(self, error: Exception) -> None:
        message = describe_error(error)
        if isinstance(error, KeyringUnavailable) and message is not None:
            self.keyring_banner.setText(f"{message.title}: {message.text}")
            self.keyring_banner.show()
        else:
            self._show_result(error)

    def _stored_done(self) -> None:
        self._set_busy(False)
        stored = self.tr("stored – leave empty to keep it")
        self.client_secret.setPlaceholderText(stored if self._stored is not None else "")
        self.stored_loaded.emit()

    # -- choosing files ----------------------------------------------------------------------------------------

    def _choose_key(self, field: KeyFileField) -> None:
        chooser = QFileDialog(self, self.tr("Choose the private key (JWK file)"))
        chooser.setNameFilters([self.tr("JWK key files (*.json *.jwk)"), self.tr("All files (*)")])
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda path: self.import_key(field, Path(path)))
        chooser.open()

    def import_key(self, field: KeyFileField, path: Path) -> bool:
        """Read a private JWK for ``field``; a problem shows next to it and the previous key stays."""
        name = "decryption_key" if field is self.decryption_key else "signing_key"
        try:
            field.chosen = read_private_jwk(path, field.purpose)
        except KeyFileProblem as problem:
            self._bad_key_files[name] = f"{path.name}: {problem}"
            self._set_error(name, self._bad_key_files[name])
            return False
        self._bad_key_files.pop(name, None)
        self._set_error(name, None)
        field.refresh()
        return True

    def _choose_ca_bundle(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the CA certificate of the town (PEM file)"))
        chooser.setNameFilters([self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")])
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.ca_bundle.setText)
        chooser.open()

    # -- checking, testing, saving -----------------------------------------------------------------------------

    def _set_error(self, name: str, text: str | None) -> None:
        label = self.errors[name]
        label.setText(text or "")
        label.setVisible(bool(text))

    def collect(self) -> tuple[FitConnectSettings, Credentials] | None:
        """The entered connection with the stored secret and keys where nothing new was entered; None on problems."""
        entries = ConnectionEntries(
            token_url=self.token_url.text().strip(),
            submission_api=self.submission_api.text().strip(),
            destination_id=self.destination_id.text().strip(),
            client_id=self.client_id.text().strip(),
            client_secret=self.client_secret.text(),
            decryption_key=self.decryption_key.chosen,
            signing_key=self.signing_key.chosen,
            ca_bundle=self.ca_bundle.text().strip(),
            interval_minutes=self.interval.value(),
            sync_on_start=self.sync_on_start.isChecked(),
        )
        checked = check_entries(entries, self._stored)
        problems = dict.fromkeys(FIELDS, None) | ({} if isinstance(checked, tuple) else checked)
        problems.update(self._bad_key_files)  # a file that could not be imported is not silently skipped
        for name, problem in problems.items():
            self._set_error(name, problem)
        first = next((name for name in FIELDS if problems[name]), None)
        if first is not None or not isinstance(checked, tuple):
            widget = getattr(self, first or "token_url")
            if isinstance(widget, QLineEdit):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return checked

    def test_connection(self) -> None:
        collected = self.collect()
        if collected is None or self._busy:
            return
        fitconnect, credentials = collected
        self._set_busy(True)
        self._show_text(self.tr("Testing the connection…"), "info")
        self._workspace.runner.run(
            try_connection(
                fitconnect,
                credentials,
                parent=self,
                on_success=self._tested,
                on_failure=self._test_failed,
                on_done=lambda: self._set_busy(False),
            )
        )

    def _tested(self, report: ConnectionReport) -> None:
        outcome = report_outcome(report)
        self._show_text(outcome.text, "ok" if outcome.ok else "warning")
        self.test_finished.emit(report)

    def _test_failed(self, error: Exception) -> None:
        self._show_result(error)
        self.test_finished.emit(error)

    def save(self) -> None:
        collected = self.collect()
        if collected is None or self._busy:
            return
        fitconnect, credentials = collected
        changed = credentials if credentials != self._stored else None  # None keeps what the keyring holds
        self._set_busy(True)
        self._show_text(self.tr("Saving…"), "info")
        self._workspace.runner.run(
            save_connection(
                self._workspace,
                fitconnect,
                changed,
                parent=self,
                on_success=lambda _none: self._saved(fitconnect, credentials),
                on_failure=self._save_failed,
                on_done=lambda: self._set_busy(False),
            )
        )

    def _saved(self, fitconnect: FitConnectSettings, credentials: Credentials) -> None:
        self._stored = credentials
        self.saved.emit(fitconnect)
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self._show_result(error)
        self.save_failed.emit(error)

    def _show_result(self, error: Exception) -> None:
        if isinstance(error, InvalidInput) and error.field in self.errors:
            message = describe_error(error)
            self._set_error(error.field, message.text if message else str(error))
            self.result_label.hide()
            return
        message = describe_error(error)
        if message is None:
            message, _incident = crash_message(error)
        text = f"{message.title}: {message.text}"
        self._show_text(f"{text}\n{message.details}" if message.details else text, "error")

    def _show_text(self, text: str, kind: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(RESULT_STYLES[kind])
        self.result_label.setProperty("kind", kind)
        self.result_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
