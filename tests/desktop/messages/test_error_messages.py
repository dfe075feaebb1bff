from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import models.errors
import printing.errors
import sync.errors
import sync.fitconnect.errors
from desktop.core.logging_setup import setup_logging, shutdown_logging
from desktop.core.translations import install_translations, remove_translations
from desktop.messages.error_messages import DESCRIBED_TYPES, describe_error, plain_user_message
from desktop.widgets.error_dialogs import show_error
from models.database_errors import DatabaseFileUnusable, DatabaseNewerThanProgram, DatabaseUrlInvalid
from models.errors import (
    AccessRevoked,
    AccountLocked,
    AlreadyClaimed,
    AmountBeyondOpenFee,
    AmtsstubeError,
    AuthenticationFailed,
    CaseNotWorkable,
    CashDayClosed,
    ConcurrentChange,
    DatabaseUnavailable,
    FormDataInvalid,
    IllegalTransition,
    InvalidCharacter,
    InvalidInput,
    InvalidTownData,
    LetterTextUnusable,
    NotClaimed,
    NotFound,
    NothingToClaim,
    PermissionDenied,
    ReceiptNumberTaken,
    SecondPersonRequired,
    ServiceChangedMeanwhile,
    TemplateTooCostly,
    TooLong,
)
from models.form_problems import FieldProblem
from models.operations.text_search import SearchTooLong
from models.output_files import OutputFileNotWritable
from models.paths import UserDirectoryUnusable
from models.permissions import Action
from models.settings import SettingsFileUnusable, SettingsProblem
from printing.errors import FontNotFound, PrinterNotFound, PrintingFailed, PrintJobRejected, PrintSystemUnavailable
from sync.errors import CredentialsMissing, KeyringUnavailable, SyncNotConfigured
from sync.fitconnect.errors import (
    CredentialsRejected,
    DeliveryServiceRefused,
    DeliveryServiceUnreachable,
    EventRejected,
    PayloadTooLarge,
    UnexpectedAnswer,
)

SAMPLES: list[AmtsstubeError] = [
    FormDataInvalid((FieldProblem(("copies",), "maximum", "höchstens 10"),)),
    NotFound("case", 17),
    NotFound("case", "2026-999999"),
    NotFound("letter of case", "2026-000001"),
    NotFound("document", 3),
    PermissionDenied(Action.WORK_CASE, "anna"),
    IllegalTransition("2026-000001", "closed", "approved"),
    ConcurrentChange("2026-000001"),
    AlreadyClaimed("2026-000001", "Ben Yılmaz"),
    NothingToClaim(),
    InvalidInput("reason", "required"),
    InvalidInput("somewhere", "odd"),
    InvalidTownData("iban", "invalid"),
    InvalidTownData("bank_change", "already_pending"),
    InvalidTownData("iban", "not_proposed"),
    SecondPersonRequired("Eva Weber"),
    TemplateTooCostly("body", "loop", 10_000),
    TemplateTooCostly("body", "time", 0.25),
    LetterTextUnusable("confirmation_letter", "2026-000001", "body", "limit:time:1.0"),
    LetterTextUnusable("fee_notice", "2026-000002", "subject", "unknown_placeholder:betrag"),
    AuthenticationFailed(),
    DatabaseUnavailable("connection refused"),
    FontNotFound(("/usr/share/fonts",)),
    PrintingFailed("Drucker 1", "paper jam"),
    PrinterNotFound("Drucker 1", "unknown"),
    PrintJobRejected("Drucker 1", "not accepting"),
    PrintSystemUnavailable("lp", "no lp"),
    SyncNotConfigured(),
    KeyringUnavailable("Keyring"),
    CredentialsMissing("signing_key"),
    DeliveryServiceUnreachable("fit.example", reason="tls", attempts=1, detail="CERTIFICATE_VERIFY_FAILED"),
    DeliveryServiceUnreachable("fit.example", reason="timeout", attempts=8),
    DeliveryServiceUnreachable("fit.example", reason="connection", attempts=1),
    CredentialsRejected(401, "invalid_client"),
    DeliveryServiceRefused(403, title="Forbidden", method="GET", path="/v1/submissions"),
    DeliveryServiceRefused(404),
    DeliveryServiceRefused(429),
    DeliveryServiceRefused(503),
    DeliveryServiceRefused(400, detail="limit too large"),
    EventRejected(422, "https://schema.fitko.de/fit-connect/problems/bad-set", "Bad SET", "iss does not match"),
    PayloadTooLarge(25 * 1024 * 1024, "attachment"),
    UnexpectedAnswer("/v1/submissions", "the answer is not JSON"),
    InvalidInput("token_url", "not_http_url"),
    InvalidCharacter("family_name", "\u202e"),
    InvalidCharacter("street", "\u200b", in_address=True),
    TooLong("city", 80, 312),
    SearchTooLong(5000),
    InvalidInput("ca_bundle", "file_not_found"),
    DatabaseUrlInvalid("nonsense", "unreadable"),
    DatabaseUrlInvalid("mysql://x@db/amtsstube", "unsupported"),
    DatabaseFileUnusable("/srv/amtsstube.sqlite3", "not_a_database", "file is not a database"),
    DatabaseFileUnusable("/srv/amtsstube.sqlite3", "read_only", "attempt to write a readonly database"),
    DatabaseNewerThanProgram("0042", "0003"),
    UserDirectoryUnusable("log", Path("/var/log/amtsstube"), "Permission denied"),
    OutputFileNotWritable(Path("/nirgends/brief.pdf"), "folder_missing"),
    OutputFileNotWritable(Path("/tmp"), "is_folder"),
    SettingsFileUnusable(Path("/home/anna/.config/amtsstube/settings.json"), SettingsProblem.NOT_JSON, "line 1"),
    # access (issue 9): sessions, logins, passwords, the holder and state rules of case work
    AccessRevoked("anna"),
    AccountLocked("anna", dt.datetime(2026, 12, 8, 13, 5, 30, tzinfo=dt.UTC)),
    NotClaimed("2026-000001"),
    CaseNotWorkable("2026-000001", "closed", "payment"),
    AmountBeyondOpenFee(700, 200),
    CashDayClosed("Schalter 1", "2026-12-02"),
    ReceiptNumberTaken("Q-2026-00042"),
    InvalidInput("method", "not_at_counter"),
    InvalidInput("password", "common"),
    InvalidInput("reprint_reason", "not_a_sentence"),
    # the catalogue (issue 11): a service another admin changed, a fee rule that is not complete
    ServiceChangedMeanwhile("birth_certificate"),
    InvalidInput("fee", "free_reason_missing"),
    InvalidInput("processing_days", "out_of_range"),
]


def _all_error_types() -> set[type[AmtsstubeError]]:
    # every taxonomy is imported (models, printing, sync), so every subclass is known
    assert len({m.__name__ for m in (models.errors, printing.errors, sync.fitconnect.errors, sync.errors)}) == 4
    found: set[type[AmtsstubeError]] = set()
    pending = [AmtsstubeError]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith(("models.", "printing.", "sync.")):
                found.add(sub)
            pending.append(sub)
    return found


def test_every_error_type_of_the_taxonomy_has_its_own_message() -> None:
    assert _all_error_types() <= DESCRIBED_TYPES
    assert {type(sample) for sample in SAMPLES} >= _all_error_types()


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: f"{type(e).__name__}")
def test_messages_are_german_and_say_what_to_do(qapp: QApplication, error: AmtsstubeError) -> None:
    german = describe_error(error)
    assert german is not None
    remove_translations(qapp)
    try:
        english = describe_error(error)
    finally:
        install_translations(qapp)
    assert english is not None
    assert german.text != english.text
    assert german.title != english.title or german.title == "Amtsstube"
    assert "{" not in german.text  # every placeholder was filled


def test_the_concurrent_change_message_is_the_agreed_one() -> None:
    message = describe_error(ConcurrentChange("2026-000042"))
    assert message is not None
    assert message.text == (
        "Der Vorgang 2026-000042 wurde inzwischen von jemand anderem geändert. Die Ansicht wurde aktualisiert; "
        "bitte prüfen Sie die Änderung und wiederholen Sie den Schritt."
    )


def test_messages_name_what_the_user_knows() -> None:
    assert "Ben Yılmaz" in describe_error(AlreadyClaimed("2026-000001", "Ben Yılmaz")).text  # type: ignore[union-attr]
    assert "2026-999999" in plain_user_message(NotFound("case", "2026-999999"))
    assert "Vorgänge dieser Leistung zu bearbeiten" in plain_user_message(PermissionDenied(Action.WORK_CASE, "x"))
    down = plain_user_message(DatabaseUnavailable("connection refused"))
    assert "Datenbank" in down
    assert "connection refused" in down  # the technical detail for the IT


def test_unexpected_errors_get_the_crash_dialog_with_a_log_reference(qtbot: QtBot) -> None:
    assert describe_error(ZeroDivisionError("boom")) is None
    log_path = setup_logging()
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError as error:
            box = show_error(None, error)
        assert box.objectName() == "crashDialog"
        incident = box.property("incident")
        assert incident in box.text()
        assert str(log_path) in box.text()
        assert "unerwarteter Fehler" in box.text()
        for handler in logging.getLogger().handlers:
            handler.flush()
        log_text = log_path.read_text(encoding="utf-8")
        assert f"incident {incident}" in log_text
        assert "ZeroDivisionError: boom" in log_text  # the traceback is in the log
    finally:
        shutdown_logging()
    box.done(QMessageBox.StandardButton.Ok)


def test_sync_messages_say_what_the_it_can_do() -> None:
    tls = plain_user_message(
        DeliveryServiceUnreachable("zustelldienst.kommune.example", reason="tls", attempts=1, detail="self-signed")
    )
    assert "CA-Zertifikat der Kommune" in tls
    assert "Verbindungseinstellungen" in tls
    assert "self-signed" in tls
    keyring_text = plain_user_message(KeyringUnavailable("fail.Keyring"))
    for hint in ("PYTHON_KEYRING_BACKEND", "keyrings.alt", "gnome-keyring", "docs/admin.md"):
        assert hint in keyring_text
    assert "den privaten Signaturschlüssel" in plain_user_message(CredentialsMissing("signing_key"))
    assert "(8 Versuche)" in plain_user_message(DeliveryServiceUnreachable("x", reason="timeout", attempts=8))
    assert "(1 Versuch)" in plain_user_message(DeliveryServiceUnreachable("x", reason="connection", attempts=1))
    assert "25 MB" in plain_user_message(PayloadTooLarge(25 * 1024 * 1024))
    assert "GET /v1/submissions: HTTP 403" in plain_user_message(
        DeliveryServiceRefused(403, method="GET", path="/v1/submissions")
    )


def test_a_refused_character_is_named_by_its_code_in_the_message() -> None:
    name = plain_user_message(InvalidCharacter("family_name", "\u202e"))
    assert "Zeichen U+202E ist in Namen nicht zulässig" in name
    assert "Familienname" in name
    assert "RIGHT-TO-LEFT OVERRIDE" in name
    assert "\u202e" not in name  # never the invisible character itself
    address = plain_user_message(InvalidCharacter("city", "\u200b", in_address=True))
    assert "Zeichen U+200B ist in Anschriften nicht zulässig" in address
    assert "Ort" in address
    assert "höchstens 80" in plain_user_message(TooLong("city", 80, 312))
