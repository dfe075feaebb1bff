"""The wording of refused entries and annotations of the civil-status registers: the persons a register records,
the dates of recording and of the event, and what an annotation may change."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the civil-status registers, by (field, problem).
CIVIL_STATUS_INVALID_INPUT = {
    ("civil_persons", "role_not_allowed"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This register does not record a person in this role. A birth entry names the child and the parents, a "
        "marriage entry the two spouses, a partnership entry the two partners, a death entry the deceased and the "
        "informant.",
    ),
    ("civil_persons", "role_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A person the register needs is missing: the child of a birth, both spouses of a marriage, both partners of "
        "a life partnership, the deceased of a death. Nothing was recorded.",
    ),
    ("civil_persons", "role_repeated"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The entry names more persons in one role than the register has: one child, one mother, one father, two "
        "spouses or partners, one deceased, one informant. Nothing was recorded.",
    ),
    ("civil_persons", "parent_missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A birth entry names at least one parent. Please enter the mother, the father or a parent."
    ),
    ("civil_persons", "too_many_parents"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A birth entry names at most two parents. Please remove the others."
    ),
    ("recorded_on", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of recording lies in the future. An entry is recorded on the day it is made."
    ),
    ("event_date", "after_recording"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The event (birth, marriage, partnership or death) lies after the date of recording. Please check both dates.",
    ),
    ("event_place", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the place of the birth, marriage, partnership or death."
    ),
    ("officer_name", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the name of the certifying registrar."
    ),
    ("born", "after_recording"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A date of birth lies after the date of recording. Please check it."
    ),
    ("resident_id", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The linked resident is not in the resident register (any more). Please search for the person again.",
    ),
    ("annotation_text", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the text of the annotation as it is to appear in the register."
    ),
    ("annotation_recorded_on", "before_entry"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "An annotation cannot be recorded before the entry it belongs to. Please check the date."
    ),
    ("annotation_recorded_on", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of the annotation lies in the future. Please check it."
    ),
    ("annotation_changes", "unknown_role"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The annotation changes a person the entry does not have in this role. Please choose a person of the entry.",
    ),
    ("annotation_changes", "unknown_field"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "An annotation can change the names, sex, date and place of birth of a person and the date and place of the "
        "event only. The entry itself is never edited.",
    ),
    ("annotation_changes", "value_required"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The annotation leaves a field empty that the entry must have (family name, given names, date or place of "
        "the event). Please enter the new value.",
    ),
    ("annotation_changes", "invalid_value"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A new value of the annotation is not valid (a date, a sex entry or a name). Please check it."
    ),
}
