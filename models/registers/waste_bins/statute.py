"""The town's waste-fee statute (Abfallgebührensatzung) as data, read from ``waste_fee_statute.json``.

What the statute fixes:

- the fee per emptying of one bin by waste type (residual, bio, paper) and size; a size the table lacks for a type is
  not offered (paper is free: its collection is paid for by the packaging schemes);
- how often a bin is emptied per year at each interval (weekly 52, every two weeks 26, every four weeks 13);
- the minimum residual-waste volume per resident and week (Mindestbehältervolumen), checked against the residents
  the register has at the property.

The annual fee of a property is the sum over its bins of count × fee per emptying × emptyings per year, in cents.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

from models.errors import InvalidInput

DATA_FILE = "waste_fee_statute.json"
SIZES_LITRES = (60, 80, 120, 240, 770, 1100)
MAX_ORDERED = 10  # bins of one type, size and interval in one line of an order
MAX_AT_PROPERTY = 60  # … at one property (six lines of an order of ten)


class BinType(enum.StrEnum):
    RESIDUAL = "residual"  # Restabfall
    BIO = "bio"  # Bioabfall
    PAPER = "paper"  # Altpapier


class Interval(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    FOURWEEKLY = "fourweekly"


@dataclass(frozen=True)
class BinLine:
    """``count`` bins of one type and size, emptied at one interval."""

    bin_type: BinType
    size_litres: int
    count: int
    interval: Interval


@dataclass(frozen=True)
class WasteFeeStatute:
    name: str
    minimum_residual_litres_per_resident_week: int
    emptyings_per_year: dict[Interval, int]
    fee_per_emptying_cents: dict[BinType, dict[int, int]]

    def checked_line(self, line: BinLine, *, max_count: int = MAX_ORDERED) -> BinLine:
        """The line, if the tariff knows its size for its type and the count is sensible (an order's line holds
        at most ``MAX_ORDERED`` bins; a property's line, the sum of its orders, at most ``MAX_AT_PROPERTY``)."""
        if line.size_litres not in self.fee_per_emptying_cents[line.bin_type]:
            raise InvalidInput("bin_size", "unknown")
        if not 1 <= line.count <= max_count:
            raise InvalidInput("bin_count", "out_of_range")
        return line

    def fee_per_year_cents(self, line: BinLine) -> int:
        """One line's annual fee: count × fee per emptying × emptyings per year."""
        checked = self.checked_line(line, max_count=MAX_AT_PROPERTY)
        per_emptying = self.fee_per_emptying_cents[checked.bin_type][checked.size_litres]
        return checked.count * per_emptying * self.emptyings_per_year[checked.interval]

    def annual_fee_cents(self, lines: list[BinLine]) -> int:
        """The property's annual fee: the sum of its lines' (:meth:`fee_per_year_cents`)."""
        return sum(map(self.fee_per_year_cents, lines))

    def minimum_residual_litres_per_week(self, residents: int) -> int:
        return residents * self.minimum_residual_litres_per_resident_week

    def residual_litres_per_week(self, lines: list[BinLine]) -> Fraction:
        weeks = {interval: Fraction(52, per_year) for interval, per_year in self.emptyings_per_year.items()}
        return sum(
            (
                Fraction(line.size_litres * line.count) / weeks[line.interval]
                for line in lines
                if line.bin_type is BinType.RESIDUAL
            ),
            Fraction(0),
        )

    def check_minimum(self, lines: list[BinLine], residents: int) -> None:
        """Refuse bins that hold less residual waste per week than the statute's minimum for ``residents``."""
        required = self.minimum_residual_litres_per_week(residents)
        if self.residual_litres_per_week(lines) < required:
            raise InvalidInput("residual_volume", "below_minimum")


def _parsed(data: dict[str, Any]) -> WasteFeeStatute:
    return WasteFeeStatute(
        name=str(data["statute"]),
        minimum_residual_litres_per_resident_week=int(data["minimum_residual_litres_per_resident_week"]),
        emptyings_per_year={Interval(key): int(value) for key, value in data["emptyings_per_year"].items()},
        fee_per_emptying_cents={
            BinType(kind): {int(size): int(cents) for size, cents in sizes.items()}
            for kind, sizes in data["fee_per_emptying_cents"].items()
        },
    )


@cache
def town_waste_statute() -> WasteFeeStatute:
    text = resources.files("models.registers.waste_bins").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return _parsed(json.loads(text))
