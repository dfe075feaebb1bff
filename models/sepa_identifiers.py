"""The identifiers of SEPA payments, checked and normalised in one place: IBAN, BIC and creditor identifier.

Used for the town's own bank details (:mod:`models.town_validation`, where any fault is "invalid") and for the
citizens' direct-debit mandates (:mod:`models.registers.dogs.sepa_mandate`, which tell the faults apart).

- IBAN: ``schwifty`` checks the country's structure and length and the mod-97 check digits (ISO 13616). The codes:
  ``iban_country`` (no IBAN country), ``iban_checksum`` (the check digits do not match: a typing error),
  ``iban_format`` (wrong length or characters for the country).
- BIC: ``schwifty`` (ISO 9362 structure, country); code ``bic_format``.
- Creditor identifier (Gläubiger-Identifikationsnummer, EPC262-08): country, two check digits, a 3-character
  business code (Geschäftsbereichskennung, ``ZZZ`` unless the creditor chose one) and the national identifier; in
  Germany 11 digits, 18 characters in all (``DE98ZZZ09999999999``). The check digits are ISO 7064 MOD 97-10 over
  the national identifier followed by the country code and ``00``, letters counted A = 10 … Z = 35; the business
  code is left out, so a creditor may change it without new check digits. Codes ``creditor_id_format`` and
  ``creditor_id_checksum``.
"""

from __future__ import annotations

import re

from schwifty import BIC, IBAN
from schwifty.exceptions import InvalidChecksumDigits, InvalidCountryCode, SchwiftyException

from models.errors import InvalidInput

_CREDITOR_ID = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$")
_GERMAN_CREDITOR_ID = re.compile(r"^DE[0-9]{2}[A-Z0-9]{3}[0-9]{11}$")


def _mod97(text: str) -> int:
    """ISO 7064 MOD 97-10 remainder of ``text``, letters as two-digit numbers (A = 10 … Z = 35)."""
    return int("".join(str(int(char, 36)) for char in text)) % 97


def checked_iban(value: str) -> str:
    """The IBAN compact in capitals; :class:`InvalidInput` ``("iban", code)`` with the codes of the module."""
    try:
        return str(IBAN(value).compact)
    except InvalidCountryCode as error:
        raise InvalidInput("iban", "iban_country") from error
    except InvalidChecksumDigits as error:
        raise InvalidInput("iban", "iban_checksum") from error
    except SchwiftyException as error:  # length, structure, characters, the country's own account checks
        raise InvalidInput("iban", "iban_format") from error


def is_sepa_iban(iban: str) -> bool:
    """Does the (checked) IBAN belong to a country of the SEPA scheme, so that it can be debited."""
    return bool(IBAN(iban).in_sepa_zone)


def formatted_iban(iban: str) -> str:
    """The IBAN in groups of four, as printed: ``DE89 3704 0044 0532 0130 00``."""
    return str(IBAN(iban).formatted)


MASK = "•"
SHOWN_AT_THE_END = 4


def masked_iban(iban: str) -> str:
    """The IBAN for a screen: country and check digits and the last four characters, the rest masked, in groups of
    four (``DE89 •••• •••• •••• ••30 00``): enough to tell accounts apart, not enough to debit one."""
    compact = "".join(iban.split()).upper()
    middle = MASK * max(0, len(compact) - 4 - SHOWN_AT_THE_END)
    shown = compact[:4] + middle + compact[4 + len(middle) :]
    return " ".join(shown[start : start + 4] for start in range(0, len(shown), 4))


def checked_bic(value: str) -> str:
    try:
        return str(BIC(value).compact)
    except SchwiftyException as error:
        raise InvalidInput("bic", "bic_format") from error


def checked_creditor_id(value: str) -> str:
    """The creditor identifier compact in capitals (spaces removed); see the module for its check."""
    compact = "".join(value.split()).upper()
    if not _CREDITOR_ID.match(compact) or (compact.startswith("DE") and not _GERMAN_CREDITOR_ID.match(compact)):
        raise InvalidInput("creditor_id", "creditor_id_format")
    if 98 - _mod97(compact[7:] + compact[:2] + "00") != int(compact[2:4]):
        raise InvalidInput("creditor_id", "creditor_id_checksum")
    return compact
