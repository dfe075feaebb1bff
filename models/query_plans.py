"""How a query is read, where the planner cannot know it: which table to read first, which index not to start from.

:class:`DrivingJoin` is a join whose left side SQLite reads first: ``a CROSS JOIN b ON …``. SQLite's planner, without
statistics, starts a sorted page of the work queue from the cases and sorts all of them (100,000 rows sorted for a
page of 100) when the order is a column of a joined table — the service's or the applicant's name. ``CROSS JOIN`` is
SQLite's documented way to fix the join order: the left table is the outer loop, so the database walks its index in
the order asked for and stops after the page. Other databases get a plain inner join (the same rows; PostgreSQL's
planner chooses well on its own).

:func:`unindexed` is a column that SQLite should not read a condition through (``+column`` there): a filter or search
that matches a third of the cases is then checked on the way along the order's index, instead of every match being
collected through the filter's index and sorted for a page of 100. PostgreSQL's planner weighs that itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.visitors import InternalTraversal


class DrivingJoin(Join):
    """``Join(left, right, onclause)`` that SQLite executes with ``left`` as the outer loop."""

    inherit_cache = True


@compiles(DrivingJoin, "sqlite")
def _cross_join_on_sqlite(join: DrivingJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    left = join.left._compiler_dispatch(compiler, **kw)
    right = join.right._compiler_dispatch(compiler, **kw)
    kw.pop("asfrom")
    assert join.onclause is not None  # a DrivingJoin is always built with its condition
    return f"{left} CROSS JOIN {right} ON {join.onclause._compiler_dispatch(compiler, **kw)}"


class Unindexed(ColumnElement[Any]):
    """``column`` in a condition that SQLite must not read through the column's index: ``+column`` there (the
    documented way; ``+`` is a no-op on any value), the plain column elsewhere."""

    __visit_name__ = "unindexed"
    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


def unindexed(column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """``column``, which SQLite reads without its index in a condition."""
    return Unindexed(column.expression)


@compiles(Unindexed)
def _plain(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return element.column._compiler_dispatch(compiler, **kw)


@compiles(Unindexed, "sqlite")
def _plus_on_sqlite(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{element.column._compiler_dispatch(compiler, **kw)}"
