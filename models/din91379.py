"""DIN 91379 (String.Latin+ 1.3): which characters a name or an address may hold, and the check at every door.

German registers exchange names in the norm's character set. Whatever reaches a name or address field — an online
submission, a clerk's typing, an import — is NFC-normalised and then checked against the norm's *data types*:

- data type A, names of natural persons: the normative Latin letters (``bll``, including the listed base letter +
  diacritic sequences) and the non-letters N1 (space, apostrophe, comma, hyphen, full stop, …);
- data type B, names of legal persons and addresses (street, house number, postcode, town): A plus the non-letters
  N2 (digits, ``/``, ``&``, parentheses, …).

Control characters, bidirectional overrides, zero-width characters, letters of other scripts and combining marks
that form no listed sequence are refused with :class:`~models.errors.InvalidCharacter`, which names the character.

The permitted set below is Amtsstube's own compact representation (code point ranges, sequences per base letter),
written once from the norm's published lists; ``tests/models/test_din91379.py`` checks it against the official list
in ``../shared/din91379/`` entry by entry.
"""

from __future__ import annotations

import enum
import unicodedata
from functools import cache

from models.errors import InvalidCharacter

# --- the permitted set (DIN 91379 1.3, normative part) ---------------------------------------------------------

LETTERS = (
    (0x0041, 0x005A),
    (0x0061, 0x007A),
    (0x00C0, 0x00D6),
    (0x00D8, 0x00F6),
    (0x00F8, 0x017E),
    (0x0187, 0x0188),
    (0x018F, 0x018F),
    (0x0197, 0x0197),
    (0x01A0, 0x01A1),
    (0x01AF, 0x01B0),
    (0x01B7, 0x01B7),
    (0x01CD, 0x01DC),
    (0x01DE, 0x01DF),
    (0x01E2, 0x01F0),
    (0x01F4, 0x01F5),
    (0x01F8, 0x01FF),
    (0x0212, 0x0213),
    (0x0218, 0x021B),
    (0x021E, 0x021F),
    (0x0227, 0x0233),
    (0x0259, 0x0259),
    (0x0268, 0x0268),
    (0x0292, 0x0292),
    (0x1E02, 0x1E03),
    (0x1E06, 0x1E07),
    (0x1E0A, 0x1E11),
    (0x1E17, 0x1E17),
    (0x1E1C, 0x1E2B),
    (0x1E2F, 0x1E37),
    (0x1E3A, 0x1E3B),
    (0x1E40, 0x1E49),
    (0x1E52, 0x1E5B),
    (0x1E5E, 0x1E63),
    (0x1E6A, 0x1E6F),
    (0x1E80, 0x1E87),
    (0x1E8C, 0x1E97),
    (0x1E9E, 0x1E9E),
    (0x1EA0, 0x1EF9),
)
NON_LETTERS_N1 = (
    (0x0020, 0x0020),
    (0x0027, 0x0027),
    (0x002C, 0x002E),
    (0x0060, 0x0060),
    (0x007E, 0x007E),
    (0x00A8, 0x00A8),
    (0x00B4, 0x00B4),
    (0x00B7, 0x00B7),
    (0x02B9, 0x02BA),
    (0x02BE, 0x02BF),
    (0x02C8, 0x02C8),
    (0x02CC, 0x02CC),
    (0x2019, 0x2019),
    (0x2021, 0x2021),
)
NON_LETTERS_N2 = (
    (0x0021, 0x0026),
    (0x0028, 0x002B),
    (0x002F, 0x0040),
    (0x005B, 0x005F),
    (0x007B, 0x007D),
    (0x00A1, 0x00A3),
    (0x00A5, 0x00A5),
    (0x00A7, 0x00A7),
    (0x00A9, 0x00AC),
    (0x00AE, 0x00B3),
    (0x00B5, 0x00B6),
    (0x00B9, 0x00BB),
    (0x00BF, 0x00BF),
    (0x00D7, 0x00D7),
    (0x00F7, 0x00F7),
    (0x20AC, 0x20AC),
)
SEQUENCES = (
    "0041: 030B",
    "0043: 0300 0304 0306 0308 0315 0323 0326 0328+0306",
    "0044: 0302",
    "0046: 0300 0304",
    "0047: 0300",
    "0048: 0304 0326 0331",
    "004A: 0301 030C",
    "004B: 0300 0302 0304 0307 0315 031B 0326 035F+0048 035F+0068",
    "004C: 0302 0325 0325+0304 0326",
    "004D: 0300 0302 0306 0310",
    "004E: 0302 0304 0306 0326",
    "0050: 0300 0304 0315 0323",
    "0052: 0306 0325 0325+0304",
    "0053: 0300 0304 031B+0304 0331",
    "0054: 0300 0304 0308 0315 031B",
    "0055: 0307",
    "005A: 0300 0304 0306 0308 0327",
    "0061: 030B",
    "0063: 0300 0304 0306 0308 0315 0323 0326 0328+0306",
    "0064: 0302",
    "0066: 0300 0304",
    "0067: 0300",
    "0068: 0304 0326",
    "006A: 0301",
    "006B: 0300 0302 0304 0307 0315 031B 0326 035F+0068",
    "006C: 0302 0325 0325+0304 0326",
    "006D: 0300 0302 0306 0310",
    "006E: 0302 0304 0306 0326",
    "0070: 0300 0304 0315 0323",
    "0072: 0306 0325 0325+0304",
    "0073: 0300 0304 031B+0304 0331",
    "0074: 0300 0304 0315 031B",
    "0075: 0307",
    "007A: 0300 0304 0306 0308 0327",
    "00C7: 0306",
    "00DB: 0304",
    "00E7: 0306",
    "00FB: 0304",
    "00FF: 0301",
    "010C: 0315 0323",
    "010D: 0315 0323",
    "0113: 030D",
    "012A: 0301",
    "012B: 0301",
    "014D: 030D",
    "017D: 0326 0327",
    "017E: 0326 0327",
    "1E32: 0304",
    "1E33: 0304",
    "1E62: 0304",
    "1E63: 0304",
    "1E6C: 0304",
    "1E6D: 0304",
    "1EA0: 0308",
    "1EA1: 0308",
    "1ECC: 0308",
    "1ECD: 0308",
    "1EE4: 0304 0308",
    "1EE5: 0304 0308",
)


# --- the check ---------------------------------------------------------------------------------------------------


class DataType(enum.Enum):
    """The norm's data types that Amtsstube uses."""

    NAME = "A"  # names of natural persons
    ADDRESS = "B"  # names of legal persons, addresses


@cache
def _characters(data_type: DataType) -> frozenset[str]:
    ranges = LETTERS + NON_LETTERS_N1 + (NON_LETTERS_N2 if data_type is DataType.ADDRESS else ())
    return frozenset(chr(code) for start, end in ranges for code in range(start, end + 1))


@cache
def _sequences() -> dict[str, tuple[str, ...]]:
    """Base letter → the combining tails that form a listed sequence with it, longest first."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in SEQUENCES:
        base, _, tails = entry.partition(": ")
        table[chr(int(base, 16))] = tuple(
            sorted(
                ("".join(chr(int(code, 16)) for code in tail.split("+")) for tail in tails.split()),
                key=len,
                reverse=True,
            )
        )
    return table


def first_refused(text: str, data_type: DataType) -> str | None:
    """The first character of (NFC) ``text`` that data type ``data_type`` does not permit, or None."""
    allowed = _characters(data_type)
    sequences = _sequences()
    index = 0
    while index < len(text):
        char = text[index]
        for tail in sequences.get(char, ()):
            if text.startswith(tail, index + 1):
                index += 1 + len(tail)
                break
        else:
            if char not in allowed:
                return char
            index += 1
    return None


def normalised(value: str, field: str, data_type: DataType = DataType.NAME) -> str:
    """``value`` NFC-normalised and trimmed, or :class:`InvalidCharacter` naming the first refused character."""
    text = unicodedata.normalize("NFC", value).strip()
    refused = first_refused(text, data_type)
    if refused is not None:
        raise InvalidCharacter(field, refused, in_address=data_type is DataType.ADDRESS)
    return text


def character_label(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: how a message names a character (never the character itself)."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()
