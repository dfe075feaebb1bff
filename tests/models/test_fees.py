"""Fee rules as data: fixed, per copy (NRW certificates 10 €, each further copy 5 €), tariff within a range, free."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput
from models.fees import Fee, FeeRule, fee_cents, fee_from_json
from models.operations.catalogue import shipped_catalogue

CERTIFICATE = Fee(FeeRule.PER_COPY, 1000, further_copy_cents=500)
SEARCH = Fee(FeeRule.TARIFF, 1700, max_cents=6600, basis="AVerwGebO NRW: Nachforschung")
REGISTRATION = Fee(FeeRule.FREE, basis="§ 24 Abs. 2 BMG")


def test_each_rule_gives_its_fee() -> None:
    assert fee_cents(Fee(FeeRule.FIXED, 1100)) == 1100
    assert [fee_cents(CERTIFICATE, n) for n in (1, 2, 3)] == [1000, 1500, 2000]
    assert fee_cents(REGISTRATION) == 0
    assert fee_cents(SEARCH, tariff_cents=1700) == 1700
    assert fee_cents(SEARCH, tariff_cents=6600) == 6600


@pytest.mark.parametrize(
    ("fee", "copies", "tariff", "problem"),
    [
        (CERTIFICATE, 0, None, "at_least_one"),
        (Fee(FeeRule.FIXED, 1100), 2, None, "not_per_copy"),
        (SEARCH, 1, None, "tariff_amount_missing"),
        (SEARCH, 1, 1699, "tariff_amount_out_of_range"),
        (SEARCH, 1, 6601, "tariff_amount_out_of_range"),
    ],
)
def test_impossible_requests_are_refused(fee: Fee, copies: int, tariff: int | None, problem: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        fee_cents(fee, copies, tariff_cents=tariff)
    assert refused.value.problem == problem


@pytest.mark.parametrize(
    ("fee", "problem"),
    [
        (Fee(FeeRule.FIXED, -1), "negative_amount"),
        (Fee(FeeRule.PER_COPY, 1000), "further_copy_missing"),
        (Fee(FeeRule.TARIFF, 1700, max_cents=1000, basis="x"), "tariff_range_invalid"),
        (Fee(FeeRule.TARIFF, 1700, max_cents=6600, basis=" "), "tariff_reference_missing"),
        (Fee(FeeRule.FREE, 0, basis=""), "free_reason_missing"),
        (Fee(FeeRule.FREE, 100, basis="weil"), "free_with_amount"),
        (Fee(FeeRule.FIXED, 100, further_copy_cents=50), "further_copy_not_per_copy"),
        (Fee(FeeRule.FIXED, 100, max_cents=500), "range_not_tariff"),
    ],
)
def test_incomplete_rules_are_refused_with_a_code(fee: Fee, problem: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        fee.checked()
    assert (refused.value.field, refused.value.problem) == ("fee", problem)


def test_every_shipped_rule_is_complete_and_reads_back_as_written() -> None:
    rules = set()
    for entry in shipped_catalogue():
        fee = fee_from_json(entry["fee"])
        assert fee.as_json() == entry["fee"], entry["key"]
        rules.add(fee.rule)
    assert rules == set(FeeRule)
    by_key = {entry["key"]: fee_from_json(entry["fee"]) for entry in shipped_catalogue()}
    assert fee_cents(by_key["birth_certificate"], 3) == 2000  # 10 € and two further copies at 5 €
    assert by_key["residence_registration"].basis == "§ 24 Abs. 2 BMG: Meldebestätigung gebührenfrei"
