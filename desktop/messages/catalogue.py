"""The wording of refused catalogue changes (Extras → Leistungskatalog), of fees asked for or set impossibly (a fee
by tariff outside its range, below what was paid), and of a service another admin changed in the meantime."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.errors import ServiceChangedMeanwhile

#: Invalid inputs of a service's fee rule, deadline, role and department, by (field, problem).
CATALOGUE_INVALID_INPUT = {
    ("fee", "negative_amount"): QT_TRANSLATE_NOOP("ErrorMessages", "A fee cannot be negative."),
    ("fee", "further_copy_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A fee per copy needs the amount of each further copy."
    ),
    ("fee", "tariff_range_invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A tariff needs a highest amount that is not below its lowest amount."
    ),
    ("fee", "tariff_reference_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A tariff needs its reference (the tariff number or the statute)."
    ),
    ("fee", "free_reason_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A free service needs the reason why no fee is due (e.g. § 24 Abs. 2 BMG)."
    ),
    ("fee", "free_with_amount"): QT_TRANSLATE_NOOP("ErrorMessages", "A free service cannot have an amount."),
    ("fee", "further_copy_not_per_copy"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Only a fee per copy has an amount for further copies."
    ),
    ("fee", "range_not_tariff"): QT_TRANSLATE_NOOP("ErrorMessages", "Only a tariff has a highest amount."),
    ("fee", "too_high"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The fee is implausibly high (more than 100,000 €). Please check the amount."
    ),
    ("fee", "tariff_amount_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This fee is set by tariff: please enter the amount within the tariff's range."
    ),
    ("fee", "tariff_amount_out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The amount is outside the tariff's range. Please enter an amount within it."
    ),
    ("fee", "not_tariff"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The fee of this service is not set by tariff; it follows from the catalogue."
    ),
    ("fee", "below_paid"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "More than this amount has already been paid. Please enter at least the amount paid, or cancel the payment "
        "first.",
    ),
    ("fee", "unchanged"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The fee has already been set to this amount; there is nothing to change."
    ),
    ("fee_note", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The note is too long (at most 500 characters). Please shorten it."
    ),
    ("copies", "at_least_one"): QT_TRANSLATE_NOOP("ErrorMessages", "At least one copy is needed."),
    ("copies", "not_per_copy"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This service is not charged per copy: only one copy can be ordered."
    ),
    ("processing_days", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The processing deadline must be between 1 and 250 working days."
    ),
    ("handling_role", "not_case_work"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Cases are handled by clerks or registry officers: please choose one of these roles."
    ),
    ("department", "empty_or_too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the department (at most 80 characters); it is printed on the letters."
    ),
}


def _service_changed(error: ServiceChangedMeanwhile) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Changed by someone else"),
        translate(
            "ErrorMessages",
            "The service {key} has been changed by someone else in the meantime. Nothing was saved; the catalogue "
            "has been reloaded, please check it and repeat your change.",
        ).format(key=error.key),
    )


CATALOGUE_DESCRIBERS: tuple[tuple[type[Any], Callable[[Any], UserMessage]], ...] = (
    (ServiceChangedMeanwhile, _service_changed),
)
