"""Refreshing the loaded rows of the queue in place (after another workstation's change): the steps that turn the
rows shown into the rows just read, so that the view keeps the clerk's selection, current row and scroll position
instead of starting over (a model reset would lose all three, and flicker).

The steps are plain Qt model changes in this order: remove the rows that are gone, move the remaining ones into
the new order (one layout change, persistent indexes follow), insert the new ones, then report changed contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


@dataclass(frozen=True)
class Block:
    first: int
    last: int


def with_kept(old: Sequence[R], new: Sequence[R], keep: int | None) -> list[R]:
    """``new``, and the row ``keep`` (the clerk's current case) where it was if ``new`` lacks it: a row does not
    vanish under the cursor (it goes with the next reload)."""
    rows = list(new)
    if keep is None or any(row.id == keep for row in rows):
        return rows
    for position, row in enumerate(old):
        if row.id == keep:
            rows.insert(min(position, len(rows)), row)
            break
    return rows


def removed_blocks(old_ids: Sequence[int], new_ids: Sequence[int]) -> list[Block]:
    """The runs of rows to remove, from the bottom up (so earlier positions stay valid)."""
    return _runs_not_in(old_ids, set(new_ids))[::-1]


def inserted_blocks(kept_ids: Sequence[int], new_ids: Sequence[int]) -> list[Block]:
    """The runs of new rows, top down, as positions in the new list (the kept rows already in its order)."""
    return _runs_not_in(new_ids, set(kept_ids))


def _runs_not_in(ids: Sequence[int], others: set[int]) -> list[Block]:
    """The runs of positions in ``ids`` whose id is not among ``others``, top down."""
    blocks: list[Block] = []
    for position, case_id in enumerate(ids):
        if case_id in others:
            continue
        if blocks and blocks[-1].last == position - 1:
            blocks[-1] = Block(blocks[-1].first, position)
        else:
            blocks.append(Block(position, position))
    return blocks
