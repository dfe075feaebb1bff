"""The certificates' verification code: its check symbol finds every single typo and every swap of neighbours
without a database, and typed codes are read as Crockford's base 32 is read."""

from __future__ import annotations

import random

import pytest

from models.errors import InvalidInput
from models.verification_code import ALPHABET, LENGTH, checked_code, grouped, new_code, normalised


def _codes(count: int) -> list[str]:
    rng = random.Random(4711)
    return [new_code(rng.randrange) for _ in range(count)]


def _problem(text: str) -> str:
    with pytest.raises(InvalidInput) as refused:
        checked_code(text)
    assert refused.value.field == "verification_code"
    return refused.value.problem


def test_a_new_code_is_twelve_symbols_in_three_groups_and_passes_its_check() -> None:
    for code in _codes(200):
        assert len(code) == 14
        assert code[4] == code[9] == "-"
        symbols = code.replace("-", "")
        assert len(symbols) == LENGTH
        assert set(symbols) <= set(ALPHABET)
        assert checked_code(code) == code


def test_codes_differ() -> None:
    codes = _codes(500)
    assert len(set(codes)) == 500


def test_every_single_substitution_is_found_as_a_typo() -> None:
    for code in _codes(20):
        symbols = code.replace("-", "")
        for position in range(LENGTH):
            for symbol in ALPHABET:
                if symbol == symbols[position]:
                    continue
                typed = symbols[:position] + symbol + symbols[position + 1 :]
                assert _problem(typed) == "typo", typed


def test_every_swap_of_two_neighbours_is_found_as_a_typo() -> None:
    for code in _codes(200):
        symbols = code.replace("-", "")
        for position in range(LENGTH - 1):
            a, b = symbols[position], symbols[position + 1]
            if a == b:
                continue
            typed = symbols[:position] + b + a + symbols[position + 2 :]
            assert _problem(typed) == "typo", typed


def test_typed_codes_are_read_leniently() -> None:
    code = next(c for c in _codes(200) if "0" in c and "1" in c)
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalised(sloppy) == code.replace("-", "")
    assert checked_code(sloppy) == code
    assert checked_code(code.replace("-", "")) == code
    assert grouped(code.replace("-", "")) == code


@pytest.mark.parametrize(
    "typed",
    ["", "K7QX-3M9P-2TB", "K7QX-3M9P-2TBWX", "K7QX-3M9P-2TBU", "K7QX 3M9P 2TB!", "Ä" * 12, "1" * 41, "\x00" * 12],
)
def test_what_is_no_code_at_all_is_refused_as_a_format(typed: str) -> None:
    assert _problem(typed) == "format"
