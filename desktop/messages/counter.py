"""The wording of the counter's refusals: scanned documents that cannot be added, a draft that cannot be kept."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the counter dialog, by (field, problem).
COUNTER_INVALID_INPUT = {
    ("postcode", "needed_for_confirmation"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The confirmation the citizen takes home is a letter: please enter the address (at least postcode and "
        "town), or save the case without completing it now.",
    ),
    ("attachment", "empty"): QT_TRANSLATE_NOOP("ErrorMessages", "The file is empty. Please scan the document again."),
    ("attachment", "unreadable"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The file cannot be read (moved, deleted or no permission). Please choose it again or scan it again.",
    ),
    ("attachment", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The file is larger than 10 MB. Please scan it with a lower resolution or in black and white.",
    ),
    ("attachment", "not_pdf_or_image"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The file is neither a PDF nor a JPEG or PNG image (whatever its name says). Please add scanned documents "
        "as PDF, JPEG or PNG.",
    ),
    ("attachment", "too_many"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A case takes at most 20 documents at the counter. Please combine pages into one PDF."
    ),
    ("date_of_birth", "not_a_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the date of birth as TT.MM.JJJJ, for example 24.12.1980."
    ),
    ("date_of_birth", "implausible"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of birth lies in the future or more than 130 years back. Please check it."
    ),
    ("draft", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The form is too long to be kept as a draft. Please save the case or shorten the texts."
    ),
    ("draft", "no_account"): QT_TRANSLATE_NOOP("ErrorMessages", "Only a member of staff keeps a counter draft."),
}
