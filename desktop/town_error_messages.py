"""The wording of refused town master data (``amtsstube town set`` and, later, the town settings dialog)."""

from __future__ import annotations

from desktop.translations import QT_TRANSLATE_NOOP, translate
from desktop.user_message import UserMessage
from models.errors import InvalidTownData

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
    field = _FIELDS.get(error.field)
    problem = _PROBLEMS.get(error.problem)
    return UserMessage(
        translate("ErrorMessages", "Town data not saved"),
        translate("ErrorMessages", "The {field} {problem}. Nothing was saved; please correct the value.").format(
            field=translate("ErrorMessages", field) if field else f"„{error.field}“",
            problem=translate("ErrorMessages", problem) if problem else error.problem,
        ),
    )
