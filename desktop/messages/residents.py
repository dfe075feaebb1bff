"""The wording of the resident register's refusals: unknown streets, implausible dates, blocks that are not set."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of changes of the resident register, by (field, problem).
RESIDENT_INVALID_INPUT = {
    ("held_information", "refused"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "After hearing the person concerned, the head of department decided not to give this register information "
        "(§ 52 BMG; the reason is in the case's history). Please reject the request.",
    ),
    ("held_information", "not_held"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This request is not waiting for a decision of the head of department (it was not held back, or it was "
        "decided already). Please refresh the view.",
    ),
    ("decision_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the reason for the decision; it is kept in the case's history."
    ),
    ("decision_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 1,000 characters). Please shorten it."
    ),
    ("change_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the reason for the change. It is kept in the register's history."
    ),
    ("street", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The street is not in the town's street directory. Please check the spelling (for example “Straße” "
        "written out); nothing was saved.",
    ),
    ("postcode", "street_has_several"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The street has more than one postcode. Please give the postcode of the address."
    ),
    ("postcode", "not_of_street"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The street has no addresses with this postcode. Please check the postcode."
    ),
    ("house_number", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the house number as a number with an optional letter, for example 12 or 4a."
    ),
    ("moved_in", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date lies in the future. A move is registered once it has happened."
    ),
    ("moved_in", "too_long_ago"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date lies more than a year back. Please check the date."
    ),
    ("moved_in", "before_current_address"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date lies before the move into the current main residence. Please check it."
    ),
    ("moved_in", "before_birth"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-in date lies before the date of birth. Please check both dates."
    ),
    ("moved_out", "before_moved_in"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-out date lies before the move into this address. Please check it."
    ),
    ("moved_out", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The move-out date lies in the future. A move is registered once it has happened."
    ),
    ("born", "in_future"): QT_TRANSLATE_NOOP("ErrorMessages", "The date of birth lies in the future."),
    ("born", "too_long_ago"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of birth lies more than 130 years back. Please check it."
    ),
    ("died_on", "already_recorded"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The death of this person is already recorded in the register."
    ),
    ("died_on", "before_birth"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of death lies before the date of birth. Please check both dates."
    ),
    ("resident", "died"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The person has died according to the register; a move cannot be recorded."
    ),
    ("purpose", "advertising_without_consent"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A register information for advertising or address trading is given only with the consent of the person "
        "concerned (§ 44(3) BMG), and the applicant declared none. Please reject the request; the rejection letter "
        "names the reason.",
    ),
    ("address", "none_current"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The person has no current address of this kind in the town."
    ),
    ("nationalities", "not_iso_code"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter each nationality as a two-letter country code (for example DE or TR)."
    ),
    ("block_until", "not_in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The end of the information block must lie in the future."
    ),
    ("block_until", "beyond_two_years"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "An information block lasts at most two years (§51 BMG). Please choose an earlier end; it can be extended.",
    ),
    ("information_block", "not_set"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The person has no information block that could be lifted."
    ),
    ("conditional_block", "not_set"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The person has no conditional block that could be lifted."
    ),
}
