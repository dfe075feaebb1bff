"""The wording of refused pickup moves and route lists (bulky waste and e-waste by district)."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of booked pickups, by (field, problem). Refusals of the form itself (unknown street, volume
#: cap, weight of an item) carry their German text with each field (FormDataInvalid).
PICKUP_INVALID_INPUT = {
    ("pickup_date", "not_booked"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This case has no booked pickup: only the pickup of an approved case can be moved."
    ),
    ("pickup_date", "unchanged"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The pickup is already booked for this day. Please choose another pickup day."
    ),
    ("pickup_date", "not_in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The new pickup day must lie after today. Please choose a later day."
    ),
    ("pickup_date", "not_a_pickup_day"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The crew does not collect in this district on that day. Please choose one of the district's pickup days.",
    ),
    ("pickup_date", "day_full"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "That pickup day of the district is fully booked. Please choose another pickup day."
    ),
    ("pickup_date", "no_free_day"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The district has no pickup day with free capacity within the next year. Please check its pickup days "
        "and capacity.",
    ),
    ("move_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the reason for moving the pickup. It is kept in the case's history."
    ),
    ("move_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 500 characters). Please shorten it."
    ),
    ("district", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "There is no collection district of this name. Please check the spelling, e.g. Altstadt."
    ),
}
