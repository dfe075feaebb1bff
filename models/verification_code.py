"""The verification code a certificate carries (Prüfcode), e.g. ``K7QX-3M9P-2TBW``.

Twelve characters of Crockford's base 32 (digits and capital letters without I, L, O and U, so that nothing reads
as something else), printed in groups of four. Eleven are random (55 bits: no code can be guessed from another);
the twelfth makes the whole code, read as a number in base 32, divisible by 37. As 37 is prime and larger than
every digit, changing any one character changes the number by ``d · 32^k`` and swapping two neighbours changes it
by ``(a − b) · 31 · 32^k``; neither is a multiple of 37, so every single typo and every swap of two adjacent
characters is found from the code alone, before anything is looked up. A check value of 32 to 36 (which would need
a symbol outside the alphabet) is never chosen: such payloads are drawn again.

Typed codes are read leniently: case, spaces and hyphens do not matter, and ``O`` reads as ``0``, ``I`` and ``L``
as ``1`` (Crockford's rule).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from models.errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
MODULUS = 37
_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_IGNORED = frozenset(" -\t")
#: The longest text :func:`checked_code` reads (a pasted code with spaces or hyphens between every character).
MAX_TYPED_LENGTH = 40


def _remainder(symbols: str) -> int:
    total = 0
    for symbol in symbols:
        total = (total * len(ALPHABET) + _VALUES[symbol]) % MODULUS
    return total


def _check_symbol(payload: str) -> str | None:
    """The symbol that makes ``payload`` + symbol divisible by 37, or None if it would lie outside the alphabet."""
    value = (-_remainder(payload) * len(ALPHABET)) % MODULUS
    return ALPHABET[value] if value < len(ALPHABET) else None


def grouped(code: str) -> str:
    """``K7QX3M9P2TBW`` as printed: ``K7QX-3M9P-2TBW``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def new_code(random_index: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code, grouped (``random_index(n)`` draws 0 … n−1; the default is the operating system's)."""
    while True:
        payload = "".join(ALPHABET[random_index(len(ALPHABET))] for _ in range(LENGTH - 1))
        check = _check_symbol(payload)
        if check is not None:
            return grouped(payload + check)


def normalised(text: str) -> str:
    """The code's twelve symbols as typed: upper case, without spaces and hyphens, O read as 0, I and L as 1.

    Raises ``InvalidInput("verification_code", "format")`` for anything that is not twelve symbols of the alphabet.
    """
    if len(text) > MAX_TYPED_LENGTH:
        raise InvalidInput("verification_code", "format")
    symbols = []
    for character in text.upper():
        if character in _IGNORED:
            continue
        character = _READ_AS.get(character, character)
        if character not in _VALUES:
            raise InvalidInput("verification_code", "format")
        symbols.append(character)
    if len(symbols) != LENGTH:
        raise InvalidInput("verification_code", "format")
    return "".join(symbols)


def checked_code(text: str) -> str:
    """The typed code, grouped as stored, if its check symbol fits; else ``InvalidInput("verification_code",
    "typo")`` (or ``"format"``, see :func:`normalised`). Needs no database."""
    symbols = normalised(text)
    if _remainder(symbols) != 0:
        raise InvalidInput("verification_code", "typo")
    return grouped(symbols)
