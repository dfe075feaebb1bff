"""Checks of the town's master data before it is stored (Stammdatenprüfung).

Bank details and the SEPA creditor identifier are checked by :mod:`models.sepa_identifiers` (``schwifty`` for
IBAN and BIC, ISO 7064 MOD 97-10 for the creditor identifier). Errors are :class:`InvalidInput` with the
field name and an English problem key for the desktop's German message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from models.errors import InvalidInput
from models.sepa_identifiers import checked_bic, checked_creditor_id, checked_iban

_POSTCODE = re.compile(r"^[0-9]{5}$")


def _any_fault_invalid(check: Callable[[str], str], field: str, value: str) -> str:
    """The town's data has one message for a refused value: "is not valid (please check for typing errors)"."""
    try:
        return check(value)
    except InvalidInput as error:
        raise InvalidInput(field, "invalid") from error


def normalised_iban(value: str) -> str:
    return _any_fault_invalid(checked_iban, "iban", value)


def normalised_bic(value: str) -> str:
    return _any_fault_invalid(checked_bic, "bic", value)


def normalised_creditor_id(value: str) -> str:
    """SEPA creditor identifier (Gläubiger-Identifikationsnummer), e.g. ``DE98ZZZ09999999999``."""
    return _any_fault_invalid(checked_creditor_id, "creditor_id", value)


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
