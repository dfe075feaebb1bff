"""Chip numbers after ISO 11784/11785: 15 digits, a country code or a manufacturer code 900–998 first."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput
from models.registers.dogs.iso3166_numeric import ISO_3166_NUMERIC
from models.registers.dogs.transponder import ChipOrigin, checked_transponder, chip_origin, grouped_chip


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("276098100123456", "276098100123456"),  # Germany
        ("276 098 100 123 456", "276098100123456"),  # grouped as vets write it
        (" 2760 9810 0123 456\t", "276098100123456"),
        ("040123456789012", "040123456789012"),  # Austria, leading zero kept
        ("756000000000001", "756000000000001"),  # Switzerland
        ("900000000000001", "900000000000001"),  # the first manufacturer code
        ("981098100123456", "981098100123456"),  # a manufacturer code in use
        ("998999999999999", "998999999999999"),  # the last manufacturer code
    ],
)
def test_a_chip_number_is_accepted_without_its_spaces(typed: str, stored: str) -> None:
    assert checked_transponder(typed) == stored


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "length"),
        ("27609810012345", "length"),  # 14 digits
        ("2760981001234567", "length"),  # 16 digits
        ("276-098-100-123-456", "not_digits"),
        ("27609810012345A", "not_digits"),
        ("２７６０９８１００１２３４５６", "not_digits"),  # full-width digits are no digits 0-9
        ("27609810012345²", "not_digits"),
        ("999000000000001", "prefix"),  # a test transponder
        ("899000000000001", "prefix"),  # below the manufacturer codes, no country
        ("000123456789012", "prefix"),
        ("277098100123456", "prefix"),  # 277 is not assigned by ISO 3166
        ("001123456789012", "prefix"),
    ],
)
def test_a_wrong_chip_number_is_refused_with_its_reason(typed: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        checked_transponder(typed)
    assert (refused.value.field, refused.value.problem) == ("chip", problem)


@pytest.mark.parametrize(
    ("chip", "origin"),
    [
        ("276098100123456", ChipOrigin.COUNTRY),
        ("250269604123456", ChipOrigin.COUNTRY),  # France
        ("900000000000001", ChipOrigin.MANUFACTURER),
        ("985 141 000 123 456", ChipOrigin.MANUFACTURER),
    ],
)
def test_the_origin_of_a_chip_number(chip: str, origin: ChipOrigin) -> None:
    assert chip_origin(chip) is origin


def test_a_chip_number_is_grouped_by_three_for_print() -> None:
    assert grouped_chip("276098100123456") == "276 098 100 123 456"


def test_the_country_list_is_the_iso_3166_numeric_list() -> None:
    assert len(ISO_3166_NUMERIC) == 249
    assert {"276", "040", "756", "250", "826", "840", "004", "894"} <= ISO_3166_NUMERIC
    assert all(len(code) == 3 and code.isdigit() and int(code) < 900 for code in ISO_3166_NUMERIC)
    assert "000" not in ISO_3166_NUMERIC
