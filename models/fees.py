"""Fee rules of the catalogue (Gebührenregeln) and the fee they give for a service and a number of copies.

A rule is data: ``fixed`` (one amount), ``per_copy`` (the first copy, each further copy made at the same time for
less — NRW certificates: 10 €, then 5 €), ``tariff`` (the clerk sets the amount within a range of a tariff
reference, e.g. a Sondernutzung by area and duration) and ``free`` (no fee, with the reason).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from models.errors import InvalidInput


class FeeRule(enum.StrEnum):
    FIXED = "fixed"
    PER_COPY = "per_copy"
    TARIFF = "tariff"
    FREE = "free"


@dataclass(frozen=True)
class Fee:
    """A service's fee rule; which amounts apply depends on ``rule`` (see :meth:`checked`)."""

    rule: FeeRule
    cents: int = 0  # fixed: the fee; per_copy: the first copy; tariff: the lowest amount; free: 0
    further_copy_cents: int | None = None  # per_copy only
    max_cents: int | None = None  # tariff only
    basis: str | None = None  # tariff: the tariff reference; free: the reason no fee is due

    def checked(self) -> Fee:
        """This rule, if it is complete and consistent; else ``InvalidInput("fee", code)``."""
        if self.cents < 0 or (self.further_copy_cents or 0) < 0 or (self.max_cents or 0) < 0:
            raise InvalidInput("fee", "negative_amount")
        if self.rule is FeeRule.PER_COPY and self.further_copy_cents is None:
            raise InvalidInput("fee", "further_copy_missing")
        if self.rule is FeeRule.TARIFF:
            if self.max_cents is None or self.max_cents < self.cents:
                raise InvalidInput("fee", "tariff_range_invalid")
            if not (self.basis or "").strip():
                raise InvalidInput("fee", "tariff_reference_missing")
        if self.rule is FeeRule.FREE:
            if self.cents != 0:
                raise InvalidInput("fee", "free_with_amount")
            if not (self.basis or "").strip():
                raise InvalidInput("fee", "free_reason_missing")
        if self.rule is not FeeRule.PER_COPY and self.further_copy_cents is not None:
            raise InvalidInput("fee", "further_copy_not_per_copy")
        if self.rule is not FeeRule.TARIFF and self.max_cents is not None:
            raise InvalidInput("fee", "range_not_tariff")
        return self

    def as_json(self) -> dict[str, Any]:
        """The rule as the catalogue data and ``amtsstube catalogue --json`` spell it."""
        if self.rule is FeeRule.FIXED:
            return {"rule": "fixed", "cents": self.cents}
        if self.rule is FeeRule.PER_COPY:
            return {"rule": "per_copy", "first_copy_cents": self.cents, "further_copy_cents": self.further_copy_cents}
        if self.rule is FeeRule.TARIFF:
            return {"rule": "tariff", "tariff": self.basis, "min_cents": self.cents, "max_cents": self.max_cents}
        return {"rule": "free", "reason": self.basis}


def fee_from_json(data: dict[str, Any]) -> Fee:
    """The rule from its JSON form (:meth:`Fee.as_json`), checked."""
    rule = FeeRule(data["rule"])
    if rule is FeeRule.FIXED:
        return Fee(rule, int(data["cents"])).checked()
    if rule is FeeRule.PER_COPY:
        return Fee(rule, int(data["first_copy_cents"]), further_copy_cents=int(data["further_copy_cents"])).checked()
    if rule is FeeRule.TARIFF:
        return Fee(rule, int(data["min_cents"]), max_cents=int(data["max_cents"]), basis=data["tariff"]).checked()
    return Fee(rule, 0, basis=data["reason"]).checked()


def fee_cents(fee: Fee, copies: int = 1, *, tariff_cents: int | None = None) -> int:
    """What ``copies`` copies cost under ``fee``; a tariff fee takes the clerk's amount ``tariff_cents``.

    Raises ``InvalidInput`` for fewer than one copy, several copies of a service that is not charged per copy, or a
    tariff amount missing or outside the tariff's range.
    """
    if copies < 1:
        raise InvalidInput("copies", "at_least_one")
    if copies > 1 and fee.rule is not FeeRule.PER_COPY:
        raise InvalidInput("copies", "not_per_copy")
    if fee.rule is FeeRule.FREE:
        return 0
    if fee.rule is FeeRule.FIXED:
        return fee.cents
    if fee.rule is FeeRule.PER_COPY:
        return fee.cents + (copies - 1) * (fee.further_copy_cents or 0)
    if tariff_cents is None:
        raise InvalidInput("fee", "tariff_amount_missing")
    if not fee.cents <= tariff_cents <= (fee.max_cents if fee.max_cents is not None else fee.cents):
        raise InvalidInput("fee", "tariff_amount_out_of_range")
    return tariff_cents
