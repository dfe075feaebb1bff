"""A change order's lines (Bestellen, Tauschen, Abmelden) read from the form and applied to a property's bins.

Pure: no database. The register (:mod:`models.registers.waste_bins.properties`) gives the bins in force, the order
gives the changes, :func:`bins_after` the bins from the effective date:

- *order* adds ``count`` bins of the type, size and interval;
- *exchange* swaps ``count`` bins of the type from ``previousSizeLitres`` to ``sizeLitres`` (larger or smaller),
  emptied at the order's interval from then on;
- *cancel* takes ``count`` bins of the type and size away.

Exchanging or cancelling bins the property does not have is refused (``bin_change``: ``no_such_bin``), as is every
line that is not what the form promises (an unknown action, type, size or interval; a count outside 1–10).
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from models.errors import InvalidInput
from models.registers.waste_bins.statute import MAX_ORDERED, BinLine, BinType, Interval, WasteFeeStatute

MAX_CHANGES = 6  # lines of one order, as the form allows


class Action(enum.StrEnum):
    ORDER = "order"  # zusätzlich bestellen
    EXCHANGE = "exchange"  # tauschen (andere Größe)
    CANCEL = "cancel"  # abmelden


@dataclass(frozen=True)
class BinChange:
    action: Action
    line: BinLine  # for an exchange: the new size
    previous_size_litres: int | None = None  # exchange only


Key = tuple[BinType, int, Interval]
_E = TypeVar("_E", bound=enum.StrEnum)


def _choice(kind: type[_E], value: object, field: str) -> _E:
    try:
        return kind(str(value))
    except ValueError:
        raise InvalidInput(field, "unknown") from None


def _integer(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, "invalid")
    return value


def parsed_change(item: object, statute: WasteFeeStatute) -> BinChange:
    """One line of the form's ``changes``, checked against the tariff."""
    if not isinstance(item, dict):
        raise InvalidInput("bin_change", "invalid")
    action = _choice(Action, item.get("action"), "bin_action")
    count = _integer(item.get("count"), "bin_count")
    if not 1 <= count <= MAX_ORDERED:
        raise InvalidInput("bin_count", "out_of_range")
    line = BinLine(
        bin_type=_choice(BinType, item.get("binType"), "bin_type"),
        size_litres=_integer(item.get("sizeLitres"), "bin_size"),
        count=count,
        interval=_choice(Interval, item.get("interval"), "bin_interval"),
    )
    statute.checked_line(line)
    previous = None
    if action is Action.EXCHANGE:
        if item.get("previousSizeLitres") is None:
            raise InvalidInput("previous_size", "required")
        previous = _integer(item.get("previousSizeLitres"), "bin_size")
        if previous == line.size_litres:
            raise InvalidInput("previous_size", "same_size")
    return BinChange(action, line, previous)


def parsed_changes(items: object, statute: WasteFeeStatute) -> tuple[BinChange, ...]:
    if not isinstance(items, list) or not items:
        raise InvalidInput("bin_changes", "required")
    if len(items) > MAX_CHANGES:
        raise InvalidInput("bin_changes", "too_many")
    return tuple(parsed_change(item, statute) for item in items)


def _counts(lines: list[BinLine]) -> Counter[Key]:
    counts: Counter[Key] = Counter()
    for line in lines:
        counts[(line.bin_type, line.size_litres, line.interval)] += line.count
    return counts


def _take(counts: Counter[Key], bin_type: BinType, size: int, interval: Interval, count: int) -> None:
    """Take ``count`` bins of the type and size away, those of the same interval first."""
    keys = sorted(
        (key for key in counts if key[0] is bin_type and key[1] == size and counts[key] > 0),
        key=lambda key: key[2] is not interval,
    )
    if sum(counts[key] for key in keys) < count:
        raise InvalidInput("bin_change", "no_such_bin")
    for key in keys:
        taken = min(count, counts[key])
        counts[key] -= taken
        count -= taken


def bins_after(current: list[BinLine], changes: tuple[BinChange, ...]) -> list[BinLine]:
    """The property's bins once the changes apply, one line per type, size and interval (sorted)."""
    counts = _counts(current)
    for change in changes:
        line = change.line
        if change.action is Action.CANCEL:
            _take(counts, line.bin_type, line.size_litres, line.interval, line.count)
            continue
        if change.action is Action.EXCHANGE:
            assert change.previous_size_litres is not None
            _take(counts, line.bin_type, change.previous_size_litres, line.interval, line.count)
        counts[(line.bin_type, line.size_litres, line.interval)] += line.count
    order = {kind: index for index, kind in enumerate(BinType)}
    keys = sorted((key for key, count in counts.items() if count > 0), key=lambda key: (order[key[0]], key[1]))
    return [BinLine(bin_type, size, counts[(bin_type, size, interval)], interval) for bin_type, size, interval in keys]
