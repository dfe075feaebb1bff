"""The wording of refused steps on likely duplicates (Doppelanträge)."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the duplicate steps, by (field, problem).
DUPLICATE_INVALID_INPUT = {
    ("duplicate", "not_linked"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This case is not linked to another one as a likely duplicate (any more). Please reload the case.",
    ),
}
