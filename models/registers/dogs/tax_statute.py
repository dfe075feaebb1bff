"""The town's dog-tax statute (Hundesteuersatzung) as data, read from ``dog_tax_statute.json``.

What the statute fixes and :mod:`models.registers.dogs.dog_tax` applies:

- the annual rate (Steuersatz) by the dog's position in the household: first, second, third and every further dog,
  and one rate for a dangerous dog (§§ 3 and 10 LHundG NRW) whatever its position;
- exemptions (Steuerbefreiung): the dog pays nothing, e.g. an assistance or a rescue dog;
- reductions (Steuerermäßigung) by a percentage, e.g. 50 % for recipients of social benefits;
- each with the statute's paragraph as the reason printed on the notice, a short label for the form and the lists,
  the evidence the keeper shows for it, whether a dangerous dog may have it (NRW statutes usually grant no reduction
  for a dangerous dog, an assistance dog excepted), and, for a relief of limited time (a dog from an animal shelter:
  its first year), the number of taxed months after acquisition it lasts;
- the due dates (Fälligkeit): quarterly on 15.02., 15.05., 15.08. and 15.11., or once a year on 01.07. on request.

All amounts are whole cents.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from models.errors import InvalidInput

DATA_FILE = "dog_tax_statute.json"
EXEMPT = 100  # percent waived


class InstalmentPlan(enum.Enum):
    """How the annual tax is paid: in four quarterly instalments, or at once (on request)."""

    QUARTERLY = "quarterly"
    ANNUAL = "annual"


@dataclass(frozen=True)
class Relief:
    """An exemption (``percent`` 100) or a reduction of the statute."""

    code: str
    percent: int  # share of the tax waived
    reason: str  # the paragraph, as printed on the notice
    dangerous_dogs: bool  # may a dangerous dog have it
    label: str = ""  # short, for forms and lists (the reason if the statute gives none)
    evidence: str = ""  # what the keeper shows for it
    months: int | None = None  # taxed months after acquisition it lasts; None: as long as its conditions hold

    @property
    def exempt(self) -> bool:
        return self.percent == EXEMPT

    def applies(self, taxed_months_so_far: int) -> bool:
        """Does the relief still hold in the dog's ``taxed_months_so_far``-th taxed month (1 = the first)."""
        return self.months is None or taxed_months_so_far <= self.months


@dataclass(frozen=True)
class TaxStatute:
    name: str
    first_cents: int
    second_cents: int
    third_and_more_cents: int
    dangerous_cents: int
    reliefs: tuple[Relief, ...]
    due_dates: tuple[tuple[InstalmentPlan, tuple[tuple[int, int], ...]], ...]  # plan → (month, day) in order

    def rate_cents(self, position: int, *, dangerous: bool) -> int:
        """The annual rate of the dog at ``position`` (1 = first dog of the household)."""
        if dangerous:
            return self.dangerous_cents
        return (self.first_cents, self.second_cents)[position - 1] if position <= 2 else self.third_and_more_cents

    def relief(self, code: str) -> Relief:
        for relief in self.reliefs:
            if relief.code == code:
                return relief
        raise InvalidInput("relief", "unknown")

    def due_days(self, plan: InstalmentPlan) -> tuple[tuple[int, int], ...]:
        return dict(self.due_dates)[plan]


def _cents(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInput("tax_statute", "invalid")
    return value


def _day(text: str) -> tuple[int, int]:
    """``"15.02."`` → (2, 15). ValueError unless the day exists in every year (so no 29.02.)."""
    day, month, rest = text.split(".")
    if rest:
        raise ValueError(text)
    dt.date(2001, int(month), int(day))  # a year without 29 February
    return int(month), int(day)


def _optional_text(entry: Any, key: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise InvalidInput("tax_statute", "invalid")
    return value.strip()


def _relief(entry: Any, percent: int) -> Relief:
    if not 0 < percent <= EXEMPT or not isinstance(entry["reason"], str) or not entry["reason"].strip():
        raise InvalidInput("tax_statute", "invalid")
    months = entry.get("months")
    if months is not None and (isinstance(months, bool) or not isinstance(months, int) or months < 1):
        raise InvalidInput("tax_statute", "invalid")
    return Relief(
        str(entry["code"]),
        percent,
        entry["reason"],
        bool(entry["dangerous_dogs"]),
        _optional_text(entry, "label") or entry["reason"],
        _optional_text(entry, "evidence"),
        months,
    )


def parse_tax_statute(data: Any) -> TaxStatute:
    """The statute from its JSON document; :class:`InvalidInput` ``("tax_statute", "invalid")`` if it is unusable."""
    try:
        rates = data["rates_cents"]
        reliefs = tuple(_relief(entry, EXEMPT) for entry in data["exemptions"]) + tuple(
            _relief(entry, _cents(entry["percent"])) for entry in data["reductions"]
        )
        due_dates = tuple(
            (plan, tuple(_day(text) for text in data["instalments"][plan.value])) for plan in InstalmentPlan
        )
        statute = TaxStatute(
            str(data["name"]),
            _cents(rates["first"]),
            _cents(rates["second"]),
            _cents(rates["third_and_more"]),
            _cents(rates["dangerous"]),
            reliefs,
            due_dates,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInput("tax_statute", "invalid") from error
    codes = [relief.code for relief in reliefs]
    if len(set(codes)) != len(codes) or not all(days for _plan, days in due_dates):
        raise InvalidInput("tax_statute", "invalid")
    return statute


@cache
def town_tax_statute() -> TaxStatute:
    """The statute shipped with the application (read once)."""
    text = resources.files("models.registers.dogs").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_tax_statute(json.loads(text))
