"""Text search in SQL over stored DIN 91379 search forms, the same on SQLite and PostgreSQL.

Neither database folds letters beyond ASCII the same way (SQLite's ``lower()`` folds ASCII only, PostgreSQL's depends
on the server's collation), so the fold is ours: the stored columns hold :func:`models.search_form.search_form` of
their text, and the typed words go through the same function. Each word must occur in one of the columns.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_

from models.search_form import search_terms


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: SQLColumnExpression[str], text: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` literally (LIKE wildcards in ``text`` are escaped)."""
    return column.like(f"%{escape_like(text)}%", escape="\\")


def matches_every_word(query: str | None, *columns: SQLColumnExpression[str]) -> ColumnElement[bool] | None:
    """Each word of ``query`` in search form occurs in one of ``columns``; None when the query has no words.

    The columns hold search forms, or text that is its own search form (case references: digits and a dash).
    """
    terms = search_terms(query or "")
    if not terms:
        return None
    return and_(*(or_(*(contains(column, term) for column in columns)) for term in terms))
