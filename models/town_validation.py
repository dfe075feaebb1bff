"""Checks of the town's master data before it is stored (Stammdatenprüfung).

Bank details are checked with ``schwifty`` (IBAN mod-97 and national structure, BIC structure); the SEPA
creditor identifier with its own mod-97 check digits (EPC262-08). Errors are :class:`InvalidInput` with the
field name and an English problem key for the desktop's German message.
"""

from __future__ import annotations

import re
from pathlib import Path

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from models.errors import InvalidInput

_CREDITOR_ID = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$")
_POSTCODE = re.compile(r"^[0-9]{5}$")


def _mod97_digits(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text)) % 97


def normalised_iban(value: str) -> str:
    try:
        return str(IBAN(value).compact)
    except SchwiftyException as error:
        raise InvalidInput("iban", "invalid") from error


def normalised_bic(value: str) -> str:
    try:
        return str(BIC(value).compact)
    except SchwiftyException as error:
        raise InvalidInput("bic", "invalid") from error


def normalised_creditor_id(value: str) -> str:
    """SEPA creditor identifier (Gläubiger-Identifikationsnummer), e.g. ``DE98ZZZ09999999999``."""
    compact = "".join(value.split()).upper()
    if not _CREDITOR_ID.match(compact):
        raise InvalidInput("creditor_id", "invalid")
    # The check digits cover the national identifier (after the 3-character business code) + country + "00".
    if 98 - _mod97_digits(compact[7:] + compact[:2] + "00") != int(compact[2:4]):
        raise InvalidInput("creditor_id", "invalid")
    return compact


def checked_postcode(value: str) -> str:
    value = value.strip()
    if not _POSTCODE.match(value):
        raise InvalidInput("postcode", "invalid")
    return value


def checked_logo(value: str) -> str | None:
    """A readable PNG or JPEG file, or empty for no logo."""
    if not value.strip():
        return None
    path = Path(value.strip()).expanduser()
    try:
        head = path.read_bytes()[:8]
    except OSError as error:
        raise InvalidInput("logo_path", "not_readable") from error
    if not (head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8")):
        raise InvalidInput("logo_path", "not_an_image")
    return str(path.resolve())


def checked_days(field: str, value: str) -> int:
    try:
        days = int(value)
    except ValueError as error:
        raise InvalidInput(field, "not_a_number") from error
    if not 1 <= days <= 120:
        raise InvalidInput(field, "out_of_range")
    return days


def checked_letter_form(value: str) -> str:
    form = value.strip().upper()
    if form not in ("A", "B"):
        raise InvalidInput("letter_form", "invalid")
    return form
