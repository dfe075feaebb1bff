"""Reasons a clerk has to give (a reprint, a payment beyond the fee): a real sentence, not "." or "x".

A reason ends up in the outgoing-mail book, the case history and the audit log, where a data-protection officer or
an auditor reads it later; it must say something.
"""

from __future__ import annotations

from models.errors import InvalidInput
from models.storable_text import first_unstorable

#: Two words already make a German reason ("Brief verloren", "Adresse korrigiert": German packs a lot into one
#: compound); one word, a sign or a letter does not.
MIN_REASON_WORDS = 2
MIN_LETTERS_PER_WORD = 2


def is_sentence(text: str) -> bool:
    """At least :data:`MIN_REASON_WORDS` words of two letters or more (``Brief verloren``)."""
    words = [word for word in text.split() if sum(c.isalpha() for c in word) >= MIN_LETTERS_PER_WORD]
    return len(words) >= MIN_REASON_WORDS


def checked_reason(text: str | None, field: str, *, max_length: int) -> str:
    """The reason with its whitespace collapsed; ``InvalidInput(field, required | too_long | not_a_sentence)``."""
    reason = " ".join((text or "").split())
    if not reason:
        raise InvalidInput(field, "required")
    if len(reason) > max_length:
        raise InvalidInput(field, "too_long")
    if not is_sentence(reason):
        raise InvalidInput(field, "not_a_sentence")
    return reason


def stated_reason(text: object, field: str, *, max_length: int) -> str:
    """A reason that only has to be there (a reissue, a redistribution): stripped, as typed inside;
    ``InvalidInput(field, missing | too_long | unstorable_character)``."""
    reason = text.strip() if isinstance(text, str) else ""
    if not reason:
        raise InvalidInput(field, "missing")
    if len(reason) > max_length:
        raise InvalidInput(field, "too_long")
    if first_unstorable(reason) is not None:
        raise InvalidInput(field, "unstorable_character")
    return reason
