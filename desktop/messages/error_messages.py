"""What the user reads when an expected failure happens: what went wrong and what to do now.

Every error type of :mod:`models.errors`, :mod:`printing.errors` and of the sync (worded in
:mod:`desktop.messages.sync`) has its own message here (a test checks that none is missing). Anything else is
a bug: :func:`describe_error` returns None and the caller shows the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import action_label, status_label
from desktop.core.user_message import UserMessage, shortened
from desktop.messages.access import ACCESS_DESCRIBERS, ACCESS_INVALID_INPUT
from desktop.messages.cash import CASH_DESCRIBERS, CASH_INVALID_INPUT
from desktop.messages.catalogue import CATALOGUE_DESCRIBERS, CATALOGUE_INVALID_INPUT
from desktop.messages.certificate_orders import CERTIFICATE_ORDER_INVALID_INPUT
from desktop.messages.civil_status import CIVIL_STATUS_INVALID_INPUT
from desktop.messages.counter import COUNTER_INVALID_INPUT
from desktop.messages.dogs import DOG_INVALID_INPUT
from desktop.messages.duplicates import DUPLICATE_INVALID_INPUT
from desktop.messages.files import FILE_DESCRIBERS
from desktop.messages.letters import (
    LETTER_INVALID_INPUT,
    bank_details_message,
    letter_text_message,
    template_message,
)
from desktop.messages.names import invalid_character_message, too_long_message
from desktop.messages.pickups import PICKUP_INVALID_INPUT
from desktop.messages.reassignment import REASSIGNMENT_INVALID_INPUT
from desktop.messages.residence import RESIDENCE_INVALID_INPUT
from desktop.messages.residents import RESIDENT_INVALID_INPUT
from desktop.messages.security_paper import SECURITY_PAPER_INVALID_INPUT
from desktop.messages.sync import SYNC_DESCRIBERS
from desktop.messages.town import second_person_message, town_data_message
from desktop.messages.waste_bins import WASTE_BIN_INVALID_INPUT
from models.errors import (
    AlreadyClaimed,
    AmtsstubeError,
    AuthenticationFailed,
    ConcurrentChange,
    DatabaseUnavailable,
    IllegalTransition,
    InvalidCharacter,
    InvalidInput,
    InvalidTownData,
    LetterTextUnusable,
    NotFound,
    NothingToClaim,
    PermissionDenied,
    SecondPersonRequired,
    TemplateTooCostly,
    TooLong,
)
from models.operations.text_search import SearchTooLong
from models.settings import SettingsFileUnusable
from printing.errors import FontNotFound, PrinterNotFound, PrintingFailed, PrintJobRejected, PrintSystemUnavailable

__all__ = ["DESCRIBED_TYPES", "UserMessage", "describe_error", "plain_user_message"]


# Known invalid inputs by (field, problem); anything else gets the general wording.
_INVALID_INPUT = {
    ("reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give a reason for the rejection. It is printed in the notice to the citizen."
    ),
    ("comment", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the text for the citizen."),
    ("comment", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The text is too long (at most 4000 characters). Please shorten it."
    ),
    ("amount", "not_positive"): QT_TRANSLATE_NOOP("ErrorMessages", "The amount must be more than 0 €."),
    ("date_to", "before_date_from"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The last day of the period lies before its first day. Please swap or correct the dates."
    ),
    ("amount", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The amount is unusually high (more than 10,000 €). Please check your entry."
    ),
    ("reference", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The receipt or transaction number is too long (at most 120 characters)."
    ),
    ("family_name", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the family name."),
    ("search", "impossible_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of birth in the search does not exist. Please enter it as DD.MM.YYYY."
    ),
    ("country", "not_iso_code"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the country as a two-letter code (for example DE or AT)."
    ),
    ("username", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The user name is not valid: it must not be empty or contain spaces (at most 60 characters)."
    ),
    ("username", "taken"): QT_TRANSLATE_NOOP("ErrorMessages", "This user name is already taken."),
    ("roles", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please choose at least one role."),
    ("fitconnect", "incomplete"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the token URL, the submission API address and the destination ID."
    ),
    ("token_url", "not_http_url"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The token URL is not a web address. It must start with https://."
    ),
    ("submission_api", "not_http_url"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The submission API address is not a web address. It must start with https://."
    ),
    ("token_url", "plain_http_not_local"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The token URL must start with https:// (plain http:// only for a delivery service on this computer).",
    ),
    ("submission_api", "plain_http_not_local"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The submission API address must start with https:// (plain http:// only for a delivery service on "
        "this computer).",
    ),
    ("ca_bundle", "file_not_found"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The CA certificate file does not exist. Please choose it again in the connection settings."
    ),
    ("ca_bundle", "not_pem_certificates"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The CA certificate file does not contain certificates in PEM format. Please ask the town's IT for the CA "
        "certificate as a PEM file (.pem or .crt).",
    ),
    ("database_url", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The database address in the settings is not valid. Please ask the IT to correct the workstation's settings.",
    ),
    **LETTER_INVALID_INPUT,
    **ACCESS_INVALID_INPUT,
    **CASH_INVALID_INPUT,
    **COUNTER_INVALID_INPUT,
    **DOG_INVALID_INPUT,
    **CATALOGUE_INVALID_INPUT,
    **RESIDENT_INVALID_INPUT,
    **RESIDENCE_INVALID_INPUT,
    **PICKUP_INVALID_INPUT,
    **WASTE_BIN_INVALID_INPUT,
    **CIVIL_STATUS_INVALID_INPUT,
    **CERTIFICATE_ORDER_INVALID_INPUT,
    **SECURITY_PAPER_INVALID_INPUT,
    **REASSIGNMENT_INVALID_INPUT,
    **DUPLICATE_INVALID_INPUT,
    # The command line (desktop/cli/login.py): a password read from stdin.
    ("password", "not_utf8"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The password on standard input is not UTF-8 text. Please pass it as UTF-8 (the usual encoding on Linux); "
        "nothing was saved.",
    ),
    ("password", "no_stdin"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "There is no standard input to read the password from. Please pipe it in, e.g. with echo."
    ),
    ("password", "stdin_ended"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Standard input ended before the password was read. After a login with --password-stdin the first line is "
        "the login password and the second the new password; nothing was saved.",
    ),
}


def plain_user_message(error: BaseException) -> str:
    """The message as one text for the command line (German unless ``AMTSSTUBE_LANG=en``)."""
    message = describe_error(error)
    if message is None:
        return str(error)
    if message.details:
        return translate("ErrorMessages", "{text}\nTechnical detail: {details}").format(
            text=message.text, details=message.details
        )
    return message.text


def describe_error(error: BaseException) -> UserMessage | None:
    """The message for an expected failure; None for anything unexpected (a bug: show the crash dialog)."""
    if not isinstance(error, AmtsstubeError):
        return None
    for error_type, describe in _DESCRIBERS:
        if isinstance(error, error_type):
            return describe(error)
    return UserMessage(
        translate("ErrorMessages", "Action not possible"),
        translate("ErrorMessages", "The action could not be carried out. Please check your entries and try again."),
        str(error),
    )


def _not_found(error: NotFound) -> UserMessage:
    title = translate("ErrorMessages", "Not found")
    key = shortened(error.key) if isinstance(error.key, str) else error.key
    if error.kind == "case" and isinstance(key, str):
        text = translate("ErrorMessages", "There is no case {reference}. Please check the reference.").format(
            reference=key
        )
    elif error.kind == "case":
        text = translate("ErrorMessages", "The case no longer exists. Please refresh the work queue (F5).")
    elif error.kind == "document":
        text = translate("ErrorMessages", "The document no longer exists. Please refresh the case.")
    elif error.kind == "letter of case":
        text = translate("ErrorMessages", "No letter has been created for case {reference} yet.").format(reference=key)
    elif error.kind == "user":
        text = translate("ErrorMessages", "The user {key} does not exist or has been deactivated.").format(key=key)
    elif error.kind == "service":
        text = translate("ErrorMessages", "The service {key} is not in the catalogue.").format(key=key)
    elif error.kind == "resident":
        text = translate("ErrorMessages", "The resident is not in the register (any more). Please search again.")
    elif error.kind == "receipt":
        text = translate("ErrorMessages", "There is no receipt {number}. Please check the number.").format(number=key)
    else:
        text = translate("ErrorMessages", "The requested entry does not exist (any more).")
    return UserMessage(title, text)


def _permission_denied(error: PermissionDenied) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "No permission"),
        translate(
            "ErrorMessages",
            "You are not allowed to {action}. If this should be part of your work, please ask your supervisor "
            "to give you the role for it.",
        ).format(action=action_label(error.action)),
    )


def _search_too_long(error: SearchTooLong) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Search text too long"),
        translate(
            "ErrorMessages",
            "The search text is too long ({length} characters, at most {limit}). Please search for a shorter part, "
            "for example the family name or the case reference.",
        ).format(length=error.length, limit=error.limit),
    )


def _illegal_transition(error: IllegalTransition) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Step not possible"),
        translate(
            "ErrorMessages",
            "Case {reference} cannot go from “{current}” to “{target}”. The view has been refreshed; please "
            "check the current state of the case.",
        ).format(reference=error.reference, current=status_label(error.current), target=status_label(error.target)),
    )


def _concurrent_change(error: ConcurrentChange) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Changed by someone else"),
        translate(
            "ErrorMessages",
            "Case {reference} has been changed by someone else in the meantime. The view has been refreshed; "
            "please check the change and repeat your step.",
        ).format(reference=error.reference),
    )


def _already_claimed(error: AlreadyClaimed) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Case already taken"),
        translate(
            "ErrorMessages",
            "Case {reference} is being worked on by {holder}. Please choose another case, or ask {holder} or "
            "your supervisor to release it.",
        ).format(reference=error.reference, holder=error.holder),
    )


def _nothing_to_claim(_error: NothingToClaim) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "No case waiting"),
        translate(
            "ErrorMessages",
            "There is no unassigned case waiting for you at the moment. Please refresh the work queue later.",
        ),
    )


def _invalid_input(error: InvalidInput) -> UserMessage:
    known = _INVALID_INPUT.get((error.field, error.problem))
    if known is not None:
        return UserMessage(translate("ErrorMessages", "Please check your entry"), translate("ErrorMessages", known))
    specific = template_message(error) or bank_details_message(error)
    if specific is not None:
        return specific
    return UserMessage(
        translate("ErrorMessages", "Please check your entry"),
        translate("ErrorMessages", "The entry “{field}” is not valid. Please correct it and try again.").format(
            field=error.field
        ),
        str(error),
    )


def _settings_file_unusable(error: SettingsFileUnusable) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Settings cannot be read"),
        translate(
            "ErrorMessages",
            "The settings file {path} cannot be read. Please ask the IT to check or replace it; Amtsstube "
            "cannot start without valid settings.",
        ).format(path=error.path),
        error.detail,
    )


def _authentication_failed(_error: AuthenticationFailed) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Login failed"),
        translate(
            "ErrorMessages", "User name or password is wrong. Please check your entry (is Caps Lock on?) and try again."
        ),
    )


def _database_unavailable(error: DatabaseUnavailable) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Database not reachable"),
        translate(
            "ErrorMessages",
            "The database cannot be reached, so nothing was saved. Please check the network connection and try "
            "again. If the problem persists, please contact the IT (the database server may be down).",
        ),
        error.detail,
    )


def _font_not_found(error: FontNotFound) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Font missing"),
        translate(
            "ErrorMessages",
            "The letter cannot be created because a font for letters is missing on this workstation. Nothing "
            "was changed. Please contact the IT.",
        ),
        str(error),
    )


def _printer_not_found(error: PrinterNotFound) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Printer not found"),
        translate(
            "ErrorMessages",
            "The printer “{printer}” was not found. Please check that it is switched on and connected, or choose "
            "another printer. The document is saved and can be printed again.",
        ).format(printer=error.printer),
        error.detail,
    )


def _print_job_rejected(error: PrintJobRejected) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Print job rejected"),
        translate(
            "ErrorMessages",
            "The printer “{printer}” did not accept the job. Please check the printer (paper, jams, messages on its "
            "display) and print again. The document is saved.",
        ).format(printer=error.printer),
        error.detail,
    )


def _print_system_unavailable(error: PrintSystemUnavailable) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Printing not available"),
        translate(
            "ErrorMessages",
            "The print system of this workstation is not responding. The document is saved and can be printed "
            "later. If the problem persists, please contact the IT.",
        ),
        error.detail,
    )


def _printing_failed(error: PrintingFailed) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Printing failed"),
        translate(
            "ErrorMessages",
            "Printing on “{printer}” failed. The document is saved and can be printed again. If the problem "
            "persists, please contact the IT.",
        ).format(printer=error.printer),
        error.detail,
    )


# Most specific first: subclasses before their base class.
_DESCRIBERS: tuple[tuple[type[AmtsstubeError], Callable[[Any], UserMessage]], ...] = (
    *ACCESS_DESCRIBERS,
    *CASH_DESCRIBERS,
    *CATALOGUE_DESCRIBERS,
    (NotFound, _not_found),
    (PermissionDenied, _permission_denied),
    (IllegalTransition, _illegal_transition),
    (ConcurrentChange, _concurrent_change),
    (AlreadyClaimed, _already_claimed),
    (NothingToClaim, _nothing_to_claim),
    (InvalidCharacter, invalid_character_message),
    (SearchTooLong, _search_too_long),
    (TooLong, too_long_message),
    (InvalidTownData, town_data_message),
    (TemplateTooCostly, _invalid_input),  # worded by template_message, for the admin editing the text
    (LetterTextUnusable, letter_text_message),
    (SecondPersonRequired, second_person_message),
    (SettingsFileUnusable, _settings_file_unusable),
    (InvalidInput, _invalid_input),
    (AuthenticationFailed, _authentication_failed),
    (DatabaseUnavailable, _database_unavailable),
    (FontNotFound, _font_not_found),
    (PrinterNotFound, _printer_not_found),
    (PrintJobRejected, _print_job_rejected),
    (PrintSystemUnavailable, _print_system_unavailable),
    (PrintingFailed, _printing_failed),
    *SYNC_DESCRIBERS,
    *FILE_DESCRIBERS,
)

# The error types with their own message (the test checks every error type of the taxonomy is here).
DESCRIBED_TYPES = frozenset(error_type for error_type, _ in _DESCRIBERS)
