"""Text search in SQL over stored DIN 91379 search forms, the same on SQLite and PostgreSQL.

Neither database folds letters beyond ASCII the same way (SQLite's ``lower()`` folds ASCII only, PostgreSQL's depends
on the server's collation), so the fold is ours: the stored columns hold :func:`models.search_form.search_form` of
their text, and the typed words go through the same function. Each word must occur in one of the columns.

A search text has a sane length (:data:`MAX_SEARCH_LENGTH`): names and references are short, and a pasted page of
text would become thousands of conditions, which SQLite refuses ("expression tree is too large") and which would
otherwise reach the user as "the database cannot be reached". It gets its own message instead.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_

from models.errors import InvalidInput
from models.search_form import search_terms

#: What may stand before a word inside a search name: its start, a space, a hyphen ("Müller-Lüdenscheidt") or an
#: apostrophe ("O'Brien").
WORD_STARTS = (" ", "-", "'")

#: Characters of a search text: room for several names and a reference, far below what the databases refuse.
MAX_SEARCH_LENGTH = 200


class SearchTooLong(InvalidInput):
    """A search text longer than :data:`MAX_SEARCH_LENGTH` characters (``length`` of them)."""

    def __init__(self, length: int, limit: int = MAX_SEARCH_LENGTH) -> None:
        super().__init__("search", "too_long")
        self.args = (f"the search text has {length} characters, at most {limit} are searched for",)
        self.length = length
        self.limit = limit


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: SQLColumnExpression[str], text: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` literally (LIKE wildcards in ``text`` are escaped)."""
    return column.like(f"%{escape_like(text)}%", escape="\\")


def matches_every_word(query: str | None, *columns: SQLColumnExpression[str]) -> ColumnElement[bool] | None:
    """Each word of ``query`` in search form occurs in one of ``columns``; None when the query has no words.

    The columns hold search forms, or text that is its own search form (case references: digits and a dash).
    Raises :class:`SearchTooLong` for a query beyond :data:`MAX_SEARCH_LENGTH` characters.
    """
    return every_word(query, lambda term: or_(*(contains(column, term) for column in columns)))


def every_word(query: str | None, found: Callable[[str], ColumnElement[bool]]) -> ColumnElement[bool] | None:
    """``found(word)`` for each word of ``query`` in search form; None when the query has no words. Raises
    :class:`SearchTooLong` for a query beyond :data:`MAX_SEARCH_LENGTH` characters."""
    query = (query or "").strip()
    if len(query) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(len(query))
    terms = list(dict.fromkeys(search_terms(query)))  # a word typed twice is one condition
    if not terms:
        return None
    return and_(*(found(term) for term in terms))


def starts_a_word(column: SQLColumnExpression[str], term: str) -> ColumnElement[bool]:
    """``term`` starts a word of the search name in ``column``. The plain "contains" first: it rules out nearly
    every row with one comparison, and an index of the search names lets SQLite read it instead of the table."""
    escaped = escape_like(term)
    return and_(
        contains(column, term),
        or_(
            column.like(f"{escaped}%", escape="\\"),
            *(column.like(f"%{start}{escaped}%", escape="\\") for start in WORD_STARTS),
        ),
    )
