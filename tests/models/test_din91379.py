"""Amtsstube's own DIN 91379 table against the official lists, and the check every name passes at the door."""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest

from models.din91379 import DataType, character_label, first_refused, normalised
from models.errors import InvalidCharacter
from tests.support.din91379_oracle import din91379_file


@cache
def _official() -> dict[str, list[str]]:
    """Group → its characters and sequences, as the official list 1.3 states them."""
    groups: dict[str, list[str]] = {}
    for line in din91379_file("latin_list_1.3.txt").read_text(encoding="utf-8").splitlines():
        group, _kind, codes, *_ = (part.strip() for part in line.split(";"))
        groups.setdefault(group, []).append("".join(chr(int(code, 16)) for code in codes.split()))
    return groups


NAME_GROUPS = ("bll", "bnlreq")
ADDRESS_ONLY_GROUPS = ("bnl",)
NEVER_GROUPS = ("bnlopt", "bnlnot", "dc", "gl", "cl", "enl")


@pytest.mark.parametrize("group", NAME_GROUPS)
def test_every_letter_sequence_and_n1_non_letter_is_a_valid_name(group: str) -> None:
    for entry in _official()[group]:
        assert first_refused(entry, DataType.NAME) is None, f"{group} {entry!r} {[hex(ord(c)) for c in entry]}"
        assert first_refused(f"A{entry}a", DataType.NAME) is None


def test_n2_non_letters_are_refused_in_names_and_permitted_in_addresses() -> None:
    for entry in _official()["bnl"]:
        assert first_refused(entry, DataType.NAME) == entry
        assert first_refused(f"Hauptstraße {entry}", DataType.ADDRESS) is None


@pytest.mark.parametrize("group", NEVER_GROUPS)
def test_groups_outside_data_types_a_and_b_are_refused(group: str) -> None:
    for entry in _official()[group]:
        assert first_refused(f"Ma {entry}", DataType.ADDRESS) == entry[0], f"{group} {entry!r}"


def test_the_table_permits_exactly_the_official_set() -> None:
    """No character beyond the official groups A and B: every BMP code point outside them is refused."""
    single = {e for g in (*NAME_GROUPS, *ADDRESS_ONLY_GROUPS) for e in _official()[g] if len(e) == 1}
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        permitted = first_refused(char, DataType.ADDRESS) is None
        assert permitted == (char in single), f"U+{code:04X}"


def test_a_combining_mark_forming_no_listed_sequence_is_refused() -> None:
    assert first_refused("C\u0328\u0306", DataType.NAME) is None  # a listed three-part sequence
    assert first_refused("Q\u0307", DataType.NAME) == "\u0307"  # Q + dot above is not in the norm


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        ("Anna\u202eregnüM", "\u202e"),  # RIGHT-TO-LEFT OVERRIDE
        ("Ann\u200ba", "\u200b"),  # ZERO WIDTH SPACE
        ("Ann\u200da", "\u200d"),  # ZERO WIDTH JOINER
        ("\ufeffAnna", "\ufeff"),  # ZERO WIDTH NO-BREAK SPACE (BOM)
        ("Ann\x00a", "\x00"),
        ("Ann\ta", "\t"),
        ("Anna\u00a0Müller", "\u00a0"),  # NO-BREAK SPACE is N4, not N1
        ("Аnna", "А"),  # CYRILLIC CAPITAL LETTER A
        ("Anna 😀", "😀"),
        ("Müller2", "2"),
        ("<b>Anna</b>", "<"),
    ],
)
def test_outside_characters_are_named_in_the_refusal(text: str, offender: str) -> None:
    with pytest.raises(InvalidCharacter) as refused:
        normalised(text, "family_name")
    assert refused.value.field == "family_name"
    assert refused.value.character == offender
    assert f"U+{ord(offender):04X}" in character_label(offender)


def test_input_is_nfc_normalised_before_the_check() -> None:
    decomposed = unicodedata.normalize("NFD", "Ömer Łukasz Nguyễn")
    assert decomposed != "Ömer Łukasz Nguyễn"
    assert normalised(f"  {decomposed} ", "given_names") == "Ömer Łukasz Nguyễn"


def test_addresses_take_digits_and_slashes() -> None:
    assert normalised("Am Ring 12/3a", "street", DataType.ADDRESS) == "Am Ring 12/3a"
    with pytest.raises(InvalidCharacter) as refused:
        normalised("Am Ring 12\u202e", "street", DataType.ADDRESS)
    assert refused.value.in_address
