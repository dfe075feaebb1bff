"""The wording of refused redistributions and absences (the supervisor's): the target clerk, the reason, the days."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of redistributions and absences, by (field, problem).
REASSIGNMENT_INVALID_INPUT = {
    ("assignee", "absent"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The chosen clerk is absent today. Please choose someone who is here, or release the cases to the pool; "
        "nothing was moved.",
    ),
    ("assignee", "inactive"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The chosen account is deactivated. Please choose an active clerk; nothing was moved."
    ),
    ("assignee", "cannot_handle"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The chosen clerk does not handle the service of every chosen case (e.g. a registry-office case to the "
        "Bürgerbüro). Please choose the cases of one office or another clerk; nothing was moved.",
    ),
    ("assignee", "same_clerk"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The cases would go to the clerk who holds them already. Please choose another clerk."
    ),
    ("reassignment_reason", "missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please give the reason for the redistribution; it is written into the history of each case.",
    ),
    ("reassignment_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason may be at most 500 characters long. Please shorten it; nothing was moved."
    ),
    ("reassigned_cases", "none"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "There are no open cases to move. Please choose at least one open case."
    ),
    ("reassigned_cases", "too_many"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "At most 5,000 cases can be moved at once. Please narrow the choice; nothing was moved."
    ),
    ("absence_days", "out_of_order"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The absence ends before it begins. Please check the two dates."
    ),
    ("absence_days", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "An absence can be at most a year long. Please enter a longer one as several absences."
    ),
    ("absence_days", "in_the_past"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This absence ended before today. Only current and planned absences are recorded."
    ),
    ("absence_user", "not_a_clerk"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Absences are recorded for active staff who work on cases (Bürgerbüro or registry office) only.",
    ),
    ("stale_working_days", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give between 1 and 250 working days."
    ),
    ("reassignment_reason", "unstorable_character"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The reason contains an invisible control character (e.g. copied from another program). Please type it "
        "again; nothing was moved.",
    ),
    ("absence_note", "unstorable_character"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The note contains an invisible control character (e.g. copied from another program). Please type it "
        "again; nothing was recorded.",
    ),
}
