"""Transponder chip numbers (Transpondernummer) after ISO 11784/11785, as the dog register stores them.

A chip number has exactly 15 digits. The first three are either an ISO 3166-1 numeric country code (276 for
Germany) or a manufacturer code 900–998 (ICAR assigns them; a chip with one is unique only together with the
manufacturer). 999 marks test transponders: they are never implanted in an animal, so the register refuses them,
as it refuses prefixes that are neither (000, 001, 899, …). Spaces (and other white space) that people type to
group the digits are removed; anything else that is not a digit 0–9 is refused.
"""

from __future__ import annotations

import enum

from models.errors import InvalidInput
from models.registers.dogs.iso3166_numeric import ISO_3166_NUMERIC

CHIP_LENGTH = 15
GERMANY = "276"
FIRST_MANUFACTURER_CODE = 900
LAST_MANUFACTURER_CODE = 998  # 999 is the test code


class ChipOrigin(enum.Enum):
    """Who gave out the chip number: a country's register or a manufacturer."""

    COUNTRY = "country"
    MANUFACTURER = "manufacturer"


def _origin(prefix: str) -> ChipOrigin | None:
    if prefix in ISO_3166_NUMERIC:
        return ChipOrigin.COUNTRY
    if FIRST_MANUFACTURER_CODE <= int(prefix) <= LAST_MANUFACTURER_CODE:
        return ChipOrigin.MANUFACTURER
    return None


def checked_transponder(text: str) -> str:
    """The chip number as 15 digits without spaces; :class:`InvalidInput` ``("chip", code)`` otherwise.

    Codes: ``not_digits`` (a character other than 0–9 and white space), ``length`` (not 15 digits, also empty),
    ``prefix`` (the first three digits are neither a country nor a manufacturer code).
    """
    compact = "".join(text.split())
    if compact and not (compact.isascii() and compact.isdigit()):  # isdigit alone accepts '²' and '٣'
        raise InvalidInput("chip", "not_digits")
    if len(compact) != CHIP_LENGTH:
        raise InvalidInput("chip", "length")
    if _origin(compact[:3]) is None:
        raise InvalidInput("chip", "prefix")
    return compact


def chip_origin(chip: str) -> ChipOrigin:
    """Whether a checked chip number (see :func:`checked_transponder`) has a country or a manufacturer code."""
    origin = _origin(checked_transponder(chip)[:3])
    assert origin is not None  # checked_transponder refused anything else
    return origin


def grouped_chip(chip: str) -> str:
    """The chip number in groups of three digits for notices and lists: ``276 098 100 123 456``."""
    compact = checked_transponder(chip)
    return " ".join(compact[start : start + 3] for start in range(0, CHIP_LENGTH, 3))
