"""The dog tax against a table computed by hand (the town's statute: 96 €, 120 €, 144 €, dangerous 600 € a year).

Monthly shares, for the comments: first dog 9600 / 12 = 800 cents, second 12000 / 12 = 1000, third and more
14400 / 12 = 1200, dangerous 60000 / 12 = 5000.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from models.errors import InvalidInput
from models.registers.dogs.dog_tax import (
    Instalment,
    TaxedDog,
    instalments,
    tax_after_deregistration,
    tax_change,
    tax_for_year,
)
from models.registers.dogs.tax_statute import InstalmentPlan, parse_tax_statute, town_tax_statute

YEAR = 2026
LONG_AGO = dt.date(2019, 4, 2)
STATUTE = town_tax_statute()
ASSISTANCE = "Steuerbefreiung nach § 3 Abs. 1 Buchst. a der Hundesteuersatzung (Assistenzhund, z. B. Blindenführhund)"
SOCIAL = "Steuerermäßigung um 50 % nach § 4 Abs. 1 der Hundesteuersatzung (Leistungen nach dem SGB II oder SGB XII)"


def dog(
    dog_id: str,
    acquired: dt.date = LONG_AGO,
    gone: dt.date | None = None,
    *,
    dangerous: bool = False,
    relief: str | None = None,
) -> TaxedDog:
    return TaxedDog(dog_id, acquired, gone, dangerous, relief)


# (household, expected cents per dog, expected months per dog, expected total) — every figure by hand.
TABLE = [
    pytest.param([dog("Bello")], {"Bello": 9600}, {"Bello": 12}, 9600, id="one dog all year: 96,00 €"),
    pytest.param(
        [dog("A", dt.date(2018, 1, 5)), dog("B", dt.date(2020, 6, 1)), dog("C", dt.date(2023, 3, 3))],
        {"A": 9600, "B": 12000, "C": 14400},  # 96 + 120 + 144 = 360 €
        {"A": 12, "B": 12, "C": 12},
        36000,
        id="three dogs: first, second, third",
    ),
    pytest.param(
        [
            dog("A", dt.date(2018, 1, 5)),
            dog("B", dt.date(2019, 1, 5)),
            dog("C", dt.date(2020, 1, 5)),
            dog("D", dt.date(2021, 1, 5)),
        ],
        {"A": 9600, "B": 12000, "C": 14400, "D": 14400},  # the fourth pays the third-and-more rate
        {"A": 12, "B": 12, "C": 12, "D": 12},
        50400,  # 9600 + 12000 + 14400 + 14400
        id="four dogs",
    ),
    pytest.param([dog("Rex", dangerous=True)], {"Rex": 60000}, {"Rex": 12}, 60000, id="a dangerous dog: 600 €"),
    pytest.param(
        [dog("Rex", dt.date(2018, 1, 1), dangerous=True), dog("Bello", dt.date(2020, 1, 1))],
        {"Rex": 60000, "Bello": 12000},  # the dangerous dog counts: Bello is the second dog
        {"Rex": 12, "Bello": 12},
        72000,
        id="a dangerous dog counts for the position",
    ),
    pytest.param(
        [dog("Bello", dt.date(2018, 1, 1)), dog("Rex", dt.date(2020, 1, 1), dangerous=True)],
        {"Bello": 9600, "Rex": 60000},  # the dangerous rate whatever the position
        {"Bello": 12, "Rex": 12},
        69600,
        id="a dangerous second dog",
    ),
    pytest.param(
        [dog("Luna", dt.date(2026, 3, 10))],
        {"Luna": 7200},  # April–December: 9 × 800
        {"Luna": 9},
        7200,
        id="acquired on 10 March: April to December, 9/12",
    ),
    pytest.param(
        [dog("Luna", dt.date(2026, 3, 1))],
        {"Luna": 7200},  # taken in on the 1st: still from the month after, 9 × 800
        {"Luna": 9},
        7200,
        id="acquired on 1 March: also from April",
    ),
    pytest.param(
        [dog("Max", gone=dt.date(2026, 8, 20))],
        {"Max": 6400},  # January–August: 8 × 800
        {"Max": 8},
        6400,
        id="deregistered on 20 August: January to August",
    ),
    pytest.param(
        [dog("Max", dt.date(2026, 3, 10), dt.date(2026, 8, 20))],
        {"Max": 4000},  # April–August: 5 × 800
        {"Max": 5},
        4000,
        id="acquired and deregistered in the year",
    ),
    pytest.param(
        [dog("Max", dt.date(2026, 5, 2), dt.date(2026, 5, 30))],
        {"Max": 0},
        {"Max": 0},
        0,
        id="kept within one month: no tax",
    ),
    pytest.param(
        [dog("Max", dt.date(2026, 12, 24))], {"Max": 0}, {"Max": 0}, 0, id="acquired in December: from next year"
    ),
    pytest.param(
        [dog("Max", gone=dt.date(2025, 11, 3))], {"Max": 0}, {"Max": 0}, 0, id="deregistered last year: no tax"
    ),
    pytest.param(
        [dog("Ajax", dt.date(2018, 1, 1), relief="assistance_dog"), dog("Bello", dt.date(2020, 1, 1))],
        {"Ajax": 0, "Bello": 9600},  # the exempt dog does not count: Bello is the first dog
        {"Ajax": 12, "Bello": 12},
        9600,
        id="an exempt assistance dog",
    ),
    pytest.param(
        [dog("Bello", relief="social_benefits")],
        {"Bello": 4800},  # 9600 × 50 %
        {"Bello": 12},
        4800,
        id="50 % for social benefits",
    ),
    pytest.param(
        [dog("A", dt.date(2018, 1, 1)), dog("B", dt.date(2020, 1, 1), relief="social_benefits")],
        {"A": 9600, "B": 6000},  # a reduced dog counts: B is second, 12000 × 50 %
        {"A": 12, "B": 12},
        15600,
        id="a reduced second dog",
    ),
    pytest.param(
        [dog("Lucky", dt.date(2025, 9, 10), relief="shelter_dog")],
        {"Lucky": 2400},  # taxed from October 2025; exempt its first 12 months (to September 2026): 3 × 800
        {"Lucky": 12},
        2400,
        id="a dog from the shelter: exempt for its first year",
    ),
    pytest.param(
        [dog("Bello", dt.date(2020, 1, 1)), dog("Lucky", dt.date(2025, 9, 10), relief="shelter_dog")],
        {"Bello": 9600, "Lucky": 3000},  # Lucky counts from October, as the second dog: 3 × 1000
        {"Bello": 12, "Lucky": 12},
        12600,
        id="a shelter dog's first year ends: it counts as the second dog",
    ),
    pytest.param(
        [dog("Lucky", dt.date(2026, 2, 3), relief="shelter_dog")],
        {"Lucky": 0},  # March–December 2026 all within its first year
        {"Lucky": 10},
        0,
        id="a shelter dog taken in this year",
    ),
    pytest.param(
        [dog("A", dt.date(2018, 1, 1), dt.date(2026, 6, 20)), dog("B", dt.date(2021, 1, 1))],
        {"A": 4800, "B": 10800},  # A: Jan–Jun 6 × 800; B: Jan–Jun second 6 × 1000, Jul–Dec first 6 × 800
        {"A": 6, "B": 12},
        15600,
        id="the first dog leaves: the second is first from the month after",
    ),
    pytest.param(
        [dog("A", dt.date(2018, 1, 1)), dog("B", dt.date(2026, 3, 10))],
        {"A": 9600, "B": 9000},  # B: April–December as the second dog, 9 × 1000
        {"A": 12, "B": 9},
        18600,
        id="a second dog acquired in March",
    ),
]


@pytest.mark.parametrize(("dogs", "per_dog", "months", "total"), TABLE)
def test_the_dog_tax_equals_the_hand_computed_table(
    dogs: list[TaxedDog], per_dog: dict[str, int], months: dict[str, int], total: int
) -> None:
    assessment = tax_for_year(dogs, YEAR, STATUTE)
    assert {d.dog_id: assessment.dog_cents(d.dog_id) for d in dogs} == per_dog
    assert {d.dog_id: assessment.dog_months(d.dog_id) for d in dogs} == months
    assert assessment.total_cents == total
    assert sum(instalment.amount_cents for instalment in assessment.instalments) == total


def test_the_lines_say_months_rate_and_reason() -> None:
    dogs = [
        dog("A", dt.date(2018, 1, 1), dt.date(2026, 6, 20)),
        dog("B", dt.date(2021, 1, 1), relief="social_benefits"),
        dog("C", dt.date(2022, 1, 1), relief="assistance_dog"),
    ]
    # (dog, first month, last month, position, annual rate, amount, reason)
    assert [dataclasses.astuple(line) for line in tax_for_year(dogs, YEAR, STATUTE).lines] == [
        ("A", 1, 6, 1, 9600, 4800, None),  # 6 × 800
        ("B", 1, 6, 2, 12000, 3000, SOCIAL),  # 6 × 1000 × 50 %
        ("B", 7, 12, 1, 9600, 2400, SOCIAL),  # 6 × 800 × 50 %
        ("C", 1, 12, None, 0, 0, ASSISTANCE),
    ]


def test_quarterly_instalments_on_the_statutes_due_dates() -> None:
    assessment = tax_for_year([dog("A"), dog("B", dt.date(2020, 1, 1))], YEAR, STATUTE)  # 9600 + 12000 = 21600
    assert assessment.instalments == (
        Instalment(dt.date(2026, 2, 15), 5400),  # 21600 / 4
        Instalment(dt.date(2026, 5, 15), 5400),
        Instalment(dt.date(2026, 8, 15), 5400),
        Instalment(dt.date(2026, 11, 15), 5400),
    )


def test_annual_payment_on_1_july() -> None:
    assessment = tax_for_year([dog("A")], YEAR, STATUTE, InstalmentPlan.ANNUAL)
    assert assessment.instalments == (Instalment(dt.date(2026, 7, 1), 9600),)


def _statute_with_first_rate(cents: int) -> Any:
    data = json.loads(resources.files("models.registers.dogs").joinpath("dog_tax_statute.json").read_text("utf-8"))
    data["rates_cents"]["first"] = cents
    return data


def test_the_remainder_cent_goes_on_the_first_instalment() -> None:
    statute = parse_tax_statute(_statute_with_first_rate(10000))  # 100 € a year: 833,33… cents a month
    seven_months = tax_for_year([dog("A", dt.date(2026, 5, 20))], YEAR, statute)  # June–December
    # 10000 × 7 / 12 = 5833.33 → 5833; 5833 = 4 × 1458 + 1
    assert seven_months.total_cents == 5833
    assert [i.amount_cents for i in seven_months.instalments] == [1459, 1458, 1458, 1458]
    five_months = tax_for_year([dog("A", dt.date(2026, 7, 3))], YEAR, statute)  # August–December
    # 10000 × 5 / 12 = 4166.67 → 4167 (half up); 4167 = 4 × 1041 + 3
    assert five_months.total_cents == 4167
    assert [i.amount_cents for i in five_months.instalments] == [1044, 1041, 1041, 1041]
    # 10000 × 3 / 12 = 2500 exactly; 2500 / 4 = 625
    assert [i.amount_cents for i in instalments(2500, YEAR, InstalmentPlan.QUARTERLY, statute)] == [625] * 4
    assert instalments(0, YEAR, InstalmentPlan.QUARTERLY, statute) == ()  # nothing owed, nothing due


def test_a_deregistration_mid_year_is_a_refund() -> None:
    household = [dog("A", dt.date(2018, 1, 1)), dog("B", dt.date(2021, 1, 1))]
    change = tax_after_deregistration(household, "A", dt.date(2026, 6, 20), STATUTE)
    assert change.before.total_cents == 21600  # 9600 + 12000
    assert change.after.total_cents == 15600  # A 6 × 800 = 4800; B 6 × 1000 + 6 × 800 = 10800
    assert (change.difference_cents, change.refund_cents, change.extra_cents) == (-6000, 6000, 0)
    assert [i.amount_cents for i in change.after.instalments] == [3900, 3900, 3900, 3900]  # 15600 / 4


def test_a_dog_added_mid_year_is_an_extra_amount() -> None:
    before = [dog("A", dt.date(2018, 1, 1))]
    change = tax_change(before, [*before, dog("Rex", dt.date(2026, 9, 14), dangerous=True)], YEAR, STATUTE)
    # Rex: October–December as dangerous dog, 3 × 5000
    assert (change.difference_cents, change.extra_cents, change.refund_cents) == (15000, 15000, 0)


@pytest.mark.parametrize(
    ("dogs", "field", "problem"),
    [
        ([dog("A", dt.date(2026, 5, 2), dt.date(2026, 5, 1))], "deregistered_on", "before_acquired"),
        ([dog("A", relief="lottery_winner")], "relief", "unknown"),
        ([dog("A", dangerous=True, relief="social_benefits")], "relief", "not_for_dangerous_dog"),
        ([dog("A", dangerous=True, relief="shelter_dog")], "relief", "not_for_dangerous_dog"),
    ],
)
def test_impossible_input_is_refused_with_its_reason(dogs: list[TaxedDog], field: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        tax_for_year(dogs, YEAR, STATUTE)
    assert (refused.value.field, refused.value.problem) == (field, problem)


def test_a_dangerous_assistance_dog_is_exempt() -> None:
    assessment = tax_for_year([dog("A", dangerous=True, relief="assistance_dog")], YEAR, STATUTE)
    assert (assessment.total_cents, assessment.instalments) == (0, ())


def test_a_deregistration_of_a_dog_not_in_the_household_is_refused() -> None:
    with pytest.raises(InvalidInput) as refused:
        tax_after_deregistration([dog("A")], "B", dt.date(2026, 6, 1), STATUTE)
    assert (refused.value.field, refused.value.problem) == ("dog", "not_in_household")
    with pytest.raises(InvalidInput) as before:
        tax_after_deregistration([dog("A", dt.date(2026, 6, 2))], "A", dt.date(2026, 6, 1), STATUTE)
    assert (before.value.field, before.value.problem) == ("deregistered_on", "before_acquired")


def test_the_same_dog_twice_is_a_bug() -> None:
    with pytest.raises(ValueError, match="once"):
        tax_for_year([dog("A"), dog("A")], YEAR, STATUTE)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data["rates_cents"].update(first=-1),
        lambda data: data["rates_cents"].update(first=96.5),
        lambda data: data["rates_cents"].pop("dangerous"),
        lambda data: data["reductions"][0].update(percent=0),
        lambda data: data["reductions"][0].update(percent=101),
        lambda data: data["exemptions"][0].update(reason=" "),
        lambda data: data["exemptions"].append(dict(data["exemptions"][0])),  # a code twice
        lambda data: data["instalments"].update(quarterly=["29.02."]),
        lambda data: data["instalments"].update(quarterly=["15.13."]),
        lambda data: data["instalments"].update(annual=[]),
        lambda data: data["exemptions"][0].update(months=0),
        lambda data: data["exemptions"][0].update(months="12"),
        lambda data: data["exemptions"][0].update(label=3),
    ],
)
def test_an_unusable_statute_file_is_refused(spoil: Callable[[Any], object]) -> None:
    data = _statute_with_first_rate(9600)
    spoil(data)
    with pytest.raises(InvalidInput) as refused:
        parse_tax_statute(data)
    assert (refused.value.field, refused.value.problem) == ("tax_statute", "invalid")


def test_the_shipped_statute() -> None:
    assert (STATUTE.first_cents, STATUTE.second_cents, STATUTE.third_and_more_cents, STATUTE.dangerous_cents) == (
        9600,
        12000,
        14400,
        60000,
    )
    assert STATUTE.due_days(InstalmentPlan.QUARTERLY) == ((2, 15), (5, 15), (8, 15), (11, 15))
    assert STATUTE.due_days(InstalmentPlan.ANNUAL) == ((7, 1),)
    assert {relief.code: relief.percent for relief in STATUTE.reliefs} == {
        "assistance_dog": 100,
        "rescue_dog": 100,
        "shelter_dog": 100,
        "social_benefits": 50,
        "remote_property": 50,
    }
    assert STATUTE.relief("shelter_dog").months == 12
    assert all(relief.label and relief.evidence for relief in STATUTE.reliefs)
    # no reduction for a dangerous dog unless the statute data says so: only the assistance and the rescue dog
    assert {relief.code for relief in STATUTE.reliefs if relief.dangerous_dogs} == {"assistance_dog", "rescue_dog"}
