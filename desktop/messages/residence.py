"""The wording of a residence registration's refusals on approval: the landlord's confirmation, the move-in date,
the persons moving in, a person the register cannot tell apart."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of residence registrations (models/services/residence.py), by (field, problem).
RESIDENCE_INVALID_INPUT = {
    ("landlord_confirmation", "missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The landlord's confirmation (§19 BMG) is missing. A move in is registered only with it; please ask the "
        "citizen for it. Nothing was saved.",
    ),
    ("landlord_confirmation", "incomplete"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The landlord's confirmation lacks the landlord's name and address, the move-in date or the flat's address. "
        "Please complete the form data from the confirmation (Correct the data). Nothing was saved.",
    ),
    ("landlord_confirmation", "other_address"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The landlord's confirmation is for another address than the registration (street, house number or "
        "postcode differ). Please check both; nothing was saved.",
    ),
    ("landlord_confirmation", "other_move_in_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The landlord's confirmation names another move-in date than the registration. Please check both dates; "
        "nothing was saved.",
    ),
    ("landlord_confirmation", "not_a_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date of the landlord's confirmation is not a date. Please correct it."
    ),
    ("move_in_date", "not_a_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date of the registration is not a date. Please correct it."
    ),
    ("move_in_date", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The move-in date lies in the future. A move is registered once it has happened (§17 BMG); nothing was saved.",
    ),
    ("move_in_date", "too_long_ago"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The move-in date lies more than a year back. Please check the date; an older move is a correction of the "
        "register, not a registration. Nothing was saved.",
    ),
    ("dwelling_status", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please state whether the new flat is the sole, the main or a secondary residence."
    ),
    ("persons", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The registration names no person moving in. Please add at least one person."
    ),
    ("person", "ambiguous"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The register holds more than one person with this name and date of birth. Please find the right person "
        "in the register and record the move there; nothing was saved.",
    ),
    ("nationality", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A nationality of the form is not known to the register. Please enter it as a two-letter country code "
        "(for example DE or TR).",
    ),
    ("person_date_of_birth", "not_a_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A date of birth of the form is not a date. Please correct it."
    ),
    ("person", "not_in_register"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A person of the deregistration is not in the register with this name and date of birth. Please check the "
        "spelling and the date; nothing was saved.",
    ),
    ("destination", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please state where the person moves: abroad, unknown, or no new flat (the main one stays)."
    ),
    ("move_out_date", "not_a_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-out date of the deregistration is not a date. Please correct it."
    ),
    ("move_out_date", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The move-out date lies in the future. The deregistration is recorded once the person has moved out; "
        "nothing was saved.",
    ),
    ("move_out_date", "too_long_ago"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-out date lies more than a year back. Please check the date; nothing was saved."
    ),
    ("applicant", "not_in_register"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The applicant is not in the register with this name and date of birth, so no residence certificate can be "
        "printed. Please check the spelling and the date of birth; nothing was saved.",
    ),
    ("applicant", "ambiguous"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The register holds more than one person with the applicant's name and date of birth, so the residence "
        "certificate cannot be printed automatically. Please clarify who is meant; nothing was saved.",
    ),
}
