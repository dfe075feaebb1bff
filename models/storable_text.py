"""Text that both databases store alike: within its column's length, without NUL, surrogates or control codes.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` and any NUL character; SQLite stores both without a word.
So that a value means the same on either database, it is checked here before it is written, against the length
declared once in the mapping (``mapped_column(String(120))``) — never against a number repeated elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute

from models.errors import InvalidInput, TooLong

#: Control characters other than tab, line feed and carriage return; C1 controls; lone UTF-16 surrogates.
UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


#: Control, format (bidirectional overrides, zero-width characters) and surrogate code points.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})


def first_unstorable(text: str) -> str | None:
    found = UNSTORABLE.search(text)
    return found.group() if found else None


def max_length(column: InstrumentedAttribute[Any]) -> int | None:
    """The declared length of a mapped string column (``None``: unbounded, e.g. ``Text``)."""
    length = getattr(column.property.columns[0].type, "length", None)
    return int(length) if length is not None else None


def fitted(column: InstrumentedAttribute[Any], value: str, field: str) -> str:
    """``value`` if it can be stored in ``column``; else ``TooLong`` or ``InvalidInput(field, "unstorable")``."""
    if first_unstorable(value) is not None:
        raise InvalidInput(field, "unstorable_character")
    limit = max_length(column)
    if limit is not None and len(value) > limit:
        raise TooLong(field, limit, len(value))
    return value


def clipped(column: InstrumentedAttribute[Any], value: str | None) -> str | None:
    """An informational value (a portal's label, an error text) made storable: cleaned and cut to the column."""
    if value is None:
        return None
    cleaned = UNSTORABLE.sub("\N{REPLACEMENT CHARACTER}", value)
    limit = max_length(column)
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def file_name(raw: str, column: InstrumentedAttribute[Any], fallback: str) -> str:
    """A file name as a sender or a clerk's file dialog gave it, made harmless: no folders (``../``), no control
    codes, NFC, cut to the column keeping the extension; ``fallback`` if nothing is left."""
    visible = "".join(c for c in raw if unicodedata.category(c) not in _INVISIBLE)  # bidi overrides, zero widths
    name = unicodedata.normalize("NFC", visible).replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = name.lstrip(".").strip() or fallback
    limit = max_length(column)
    if limit is not None and len(name) > limit:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) < 16:
            name = stem[: limit - len(extension) - 2] + "…." + extension
        else:
            name = name[: limit - 1] + "…"
    return name
