"""The dog tax of a household for a calendar year (Hundesteuer), in whole cents, integer arithmetic only.

Rules, as the NRW model statute (Hundesteuermustersatzung NRW) and the town statutes following it say:

- **Who is taxed when.** The tax is owed from the first day of the calendar month after the dog was taken in (or
  after its keeper moved into the town with it) to the end of the calendar month in which it is given up (death,
  sale, moving away): acquired on 10 March → taxed from April; deregistered on 20 August → taxed to the end of
  August. A dog taken in on the 1st is taxed from the following month as well. So only full months are taxed, and
  the amount is the annual rate × months / 12.
- **Position in the household.** All dogs of a household are taken together, whoever of the household keeps them
  (the statutes tax "die von einem Haushalt gehaltenen Hunde"; which dogs form a household is the register's
  concern, :func:`models.registers.dogs.keeping.household_dogs`). In each month the dogs kept are
  numbered by the day they were acquired (ties by their id): first, second, third and more. A dangerous dog (§§ 3,
  10 LHundG NRW) always pays the dangerous rate *and counts* for the position of the others (a normal dog acquired
  after it is the second dog). A fully exempt dog does not count (the statutes: "Hunde, für die Steuerbefreiung
  gewährt wird, werden bei der Anzahl der Hunde nicht angesetzt"); a reduced dog counts. The position is taken
  month by month: when the first dog leaves, the second is the first dog from the month after.
- **Reliefs.** An exemption waives the whole tax, a reduction its percentage; the reason is the statute's paragraph.
  A relief a dangerous dog may not have is refused. A relief of limited time (a dog from an animal shelter: its
  first twelve taxed months) holds in the dog's first taxed months only; from then on the dog pays (and counts)
  like any other.
- **Rounding.** Each line (a dog's run of months at one rate) is rate × months × (100 − percent waived) / 1,200,
  rounded half up to the cent, once. The annual amount is the sum of the lines.
- **Instalments.** The annual amount is split evenly over the plan's due dates of that year (quarterly 15.02.,
  15.05., 15.08., 15.11., or 01.07. at once); the cents that do not divide go on the first instalment, so the
  instalments add up to the annual amount exactly. A dog registered in the course of the year is assessed for the
  whole year's months just the same; what is already due on the notice's date is the notice's concern.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import groupby

from models.errors import InvalidInput
from models.registers.dogs.tax_statute import InstalmentPlan, Relief, TaxStatute

MONTHS = 12


@dataclass(frozen=True)
class TaxedDog:
    """A dog as the tax sees it. ``acquired_on`` is the day it was taken in, or the day its keeper moved in with it."""

    dog_id: str
    acquired_on: dt.date
    deregistered_on: dt.date | None = None  # death, sale, moving away
    dangerous: bool = False  # §§ 3 or 10 LHundG NRW
    relief: str | None = None  # code of an exemption or reduction of the statute


@dataclass(frozen=True)
class TaxLine:
    """One dog's run of months at one rate; a dog whose position changes in the year has several lines."""

    dog_id: str
    first_month: int  # 1–12
    last_month: int
    position: int | None  # 1 = first dog; None for an exempt dog, which does not count
    rate_cents: int  # the annual rate applied (before any relief)
    amount_cents: int
    relief_reason: str | None

    @property
    def months(self) -> int:
        return self.last_month - self.first_month + 1


@dataclass(frozen=True)
class Instalment:
    due_on: dt.date
    amount_cents: int


@dataclass(frozen=True)
class TaxAssessment:
    """The household's dog tax for ``year`` (the content of the Hundesteuerbescheid)."""

    year: int
    lines: tuple[TaxLine, ...]
    plan: InstalmentPlan
    instalments: tuple[Instalment, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    def dog_cents(self, dog_id: str) -> int:
        return sum(line.amount_cents for line in self.lines if line.dog_id == dog_id)

    def dog_months(self, dog_id: str) -> int:
        return sum(line.months for line in self.lines if line.dog_id == dog_id)


@dataclass(frozen=True)
class TaxChange:
    """A reassessment in the course of the year: the old assessment, the new one and what it means for the keeper."""

    before: TaxAssessment
    after: TaxAssessment

    @property
    def difference_cents(self) -> int:
        """New minus old: positive is owed in addition, negative is refunded."""
        return self.after.total_cents - self.before.total_cents

    @property
    def refund_cents(self) -> int:
        return max(0, -self.difference_cents)

    @property
    def extra_cents(self) -> int:
        return max(0, self.difference_cents)


def _month_index(day: dt.date) -> int:
    return day.year * MONTHS + day.month - 1


def _checked(dogs: Sequence[TaxedDog], statute: TaxStatute) -> None:
    if len({dog.dog_id for dog in dogs}) != len(dogs):
        raise ValueError("each dog of a household once")  # a caller's bug, not the citizen's input
    for dog in dogs:
        if dog.deregistered_on is not None and dog.deregistered_on < dog.acquired_on:
            raise InvalidInput("deregistered_on", "before_acquired")
        relief = statute.relief(dog.relief) if dog.relief is not None else None  # unknown: ("relief", "unknown")
        if relief is not None and dog.dangerous and not relief.dangerous_dogs:
            raise InvalidInput("relief", "not_for_dangerous_dog")


def _taxed(dog: TaxedDog, month: int) -> bool:
    """Is ``dog`` taxed in the month with index ``month`` (see :func:`_month_index`)."""
    if month <= _month_index(dog.acquired_on):  # from the month after acquisition
        return False
    return dog.deregistered_on is None or month <= _month_index(dog.deregistered_on)


def _amount(rate_cents: int, months: int, percent_waived: int) -> int:
    """rate × months / 12 × (100 − percent) / 100, rounded half up, in one step."""
    return (rate_cents * months * (100 - percent_waived) + 600) // 1200


def instalments(total_cents: int, year: int, plan: InstalmentPlan, statute: TaxStatute) -> tuple[Instalment, ...]:
    """``total_cents`` over the plan's due dates in ``year``, the remainder on the first; none for nothing owed."""
    if total_cents == 0:
        return ()
    days = statute.due_days(plan)
    share, remainder = divmod(total_cents, len(days))
    return tuple(
        Instalment(dt.date(year, month, day), share + (remainder if number == 0 else 0))
        for number, (month, day) in enumerate(days)
    )


def _relief_in(dog: TaxedDog, month: int, statute: TaxStatute) -> Relief | None:
    """The dog's relief if it holds in the month with index ``month`` (a limited one ends after its months)."""
    if dog.relief is None:
        return None
    relief = statute.relief(dog.relief)
    return relief if relief.applies(month - _month_index(dog.acquired_on)) else None


def tax_for_year(
    dogs: Sequence[TaxedDog],
    year: int,
    statute: TaxStatute,
    plan: InstalmentPlan = InstalmentPlan.QUARTERLY,
) -> TaxAssessment:
    """The household's assessment for ``year``: a line per dog and rate, and the instalments (see the module)."""
    _checked(dogs, statute)
    ordered = sorted(dogs, key=lambda dog: (dog.acquired_on, dog.dog_id))
    # per dog and taxed month: (month, position, rate, relief holding that month)
    months: dict[str, list[tuple[int, int | None, int, Relief | None]]] = {dog.dog_id: [] for dog in ordered}
    for month in range(1, MONTHS + 1):
        index = year * MONTHS + month - 1
        position = 0
        for dog in ordered:
            if not _taxed(dog, index):
                continue
            relief = _relief_in(dog, index, statute)
            if relief is not None and relief.exempt:
                months[dog.dog_id].append((month, None, 0, relief))
                continue
            position += 1
            rate = statute.rate_cents(position, dangerous=dog.dangerous)
            months[dog.dog_id].append((month, position, rate, relief))
    lines: list[TaxLine] = []
    for dog in ordered:
        for (position, rate, relief), run in groupby(months[dog.dog_id], key=lambda taxed: taxed[1:]):
            run_months = [taxed[0] for taxed in run]
            lines.append(
                TaxLine(
                    dog.dog_id,
                    run_months[0],
                    run_months[-1],
                    position,
                    rate,
                    _amount(rate, len(run_months), relief.percent if relief else 0),
                    relief.reason if relief else None,
                )
            )
    total = sum(line.amount_cents for line in lines)
    return TaxAssessment(year, tuple(lines), plan, instalments(total, year, plan, statute))


def tax_change(
    before: Sequence[TaxedDog],
    after: Sequence[TaxedDog],
    year: int,
    statute: TaxStatute,
    plan: InstalmentPlan = InstalmentPlan.QUARTERLY,
) -> TaxChange:
    """The old and the new assessment of ``year`` when the household's dogs changed (a dog added, left, relieved)."""
    return TaxChange(tax_for_year(before, year, statute, plan), tax_for_year(after, year, statute, plan))


def tax_after_deregistration(
    dogs: Sequence[TaxedDog],
    dog_id: str,
    deregistered_on: dt.date,
    statute: TaxStatute,
    plan: InstalmentPlan = InstalmentPlan.QUARTERLY,
) -> TaxChange:
    """One dog of the household given up on ``deregistered_on``: the year's assessment before and after."""
    if dog_id not in {dog.dog_id for dog in dogs}:
        raise InvalidInput("dog", "not_in_household")
    after = [replace(dog, deregistered_on=deregistered_on) if dog.dog_id == dog_id else dog for dog in dogs]
    return tax_change(dogs, after, deregistered_on.year, statute, plan)
