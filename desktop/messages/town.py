"""The wording of refused town master data (``amtsstube town set`` and, later, the town settings dialog), and of a
bank account change confirmed by the person who proposed it (four eyes)."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.errors import InvalidTownData, SecondPersonRequired

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ErrorMessages", "name of the town"),
    "street": QT_TRANSLATE_NOOP("ErrorMessages", "street"),
    "city": QT_TRANSLATE_NOOP("ErrorMessages", "town"),
    "postcode": QT_TRANSLATE_NOOP("ErrorMessages", "postcode"),
    "iban": QT_TRANSLATE_NOOP("ErrorMessages", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("ErrorMessages", "BIC"),
    "creditor_id": QT_TRANSLATE_NOOP("ErrorMessages", "creditor identifier"),
    "logo_path": QT_TRANSLATE_NOOP("ErrorMessages", "logo file"),
    "letter_form": QT_TRANSLATE_NOOP("ErrorMessages", "letter form (A or B)"),
    "reply_days": QT_TRANSLATE_NOOP("ErrorMessages", "reply period (days)"),
    "payment_days": QT_TRANSLATE_NOOP("ErrorMessages", "payment period (days)"),
    "lock_after_minutes": QT_TRANSLATE_NOOP("ErrorMessages", "time until a workstation locks (minutes)"),
    "bank_name": QT_TRANSLATE_NOOP("ErrorMessages", "name of the bank"),
}

#: Problems of the bank account change as a whole (field ``bank_change``, or the IBAN repeated to confirm it).
_BANK_CHANGE_PROBLEMS = {
    ("bank_change", "already_pending"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Another change of the bank account is already waiting for confirmation. Nothing was saved. Please have "
        "it confirmed or discard it first (amtsstube town show).",
    ),
    ("bank_change", "nothing_pending"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "No change of the bank account is waiting for confirmation (perhaps it was confirmed or discarded in the "
        "meantime). Nothing was changed.",
    ),
    ("iban", "not_proposed"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The IBAN you entered is not the one proposed. Nothing was confirmed. Please compare it with the bank's "
        "letter and with the proposal (amtsstube town show).",
    ),
}

_PROBLEMS = {
    "invalid": QT_TRANSLATE_NOOP("ErrorMessages", "is not valid (please check for typing errors)"),
    "required": QT_TRANSLATE_NOOP("ErrorMessages", "must not be empty"),
    "not_readable": QT_TRANSLATE_NOOP("ErrorMessages", "cannot be read (does the file exist?)"),
    "not_an_image": QT_TRANSLATE_NOOP("ErrorMessages", "is not a PNG or JPEG image"),
    "not_a_number": QT_TRANSLATE_NOOP("ErrorMessages", "must be a whole number"),
    "out_of_range": QT_TRANSLATE_NOOP("ErrorMessages", "must lie between 1 and 120"),
    "too_long": QT_TRANSLATE_NOOP("ErrorMessages", "is too long"),
    "unknown_field": QT_TRANSLATE_NOOP("ErrorMessages", "is not a field of the town data"),
}


def town_data_message(error: InvalidTownData) -> UserMessage:
    bank_change = _BANK_CHANGE_PROBLEMS.get((error.field, error.problem))
    if bank_change is not None:
        return UserMessage(
            translate("ErrorMessages", "Bank account not changed"), translate("ErrorMessages", bank_change)
        )
    field = _FIELDS.get(error.field)
    problem = _PROBLEMS.get(error.problem)
    return UserMessage(
        translate("ErrorMessages", "Town data not saved"),
        translate("ErrorMessages", "The {field} {problem}. Nothing was saved; please correct the value.").format(
            field=translate("ErrorMessages", field) if field else f"„{error.field}“",
            problem=translate("ErrorMessages", problem) if problem else error.problem,
        ),
    )


def second_person_message(error: SecondPersonRequired) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Confirmation by a second person"),
        translate(
            "ErrorMessages",
            "{proposer} proposed this change of the bank account, so {proposer} cannot confirm it as well (four-eyes "
            "principle). Nothing was changed. Please ask a second administrator or the head of office to confirm it.",
        ).format(proposer=error.proposer),
    )
