"""Bank details for demo SEPA mandates: IBANs with correct ISO 13616 check digits (mod 97-10, ISO 7064).

The banks are made up (bank codes in the Westphalian range, BICs of the right shape), so no demo IBAN points
at a real account by design; the check digits are computed, so every IBAN passes the validation a portal or
Amtsstube applies.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

_LETTER_VALUES = {letter: str(10 + index) for index, letter in enumerate(string.ascii_uppercase)}


@dataclass(frozen=True)
class DemoBank:
    name: str
    country: str
    bank_code: str  # BLZ in Germany; in the BBAN in front of the account number
    bic: str
    account_digits: int  # length of the account part of the BBAN


@dataclass(frozen=True)
class BankAccount:
    iban: str
    bic: str
    bank_name: str


BANKS: tuple[DemoBank, ...] = (
    DemoBank("Sparkasse Lindenbrück", "DE", "41651999", "WELADED1LBR", 10),
    DemoBank("Volksbank Hellweg-Lindenbrück eG", "DE", "41661999", "GENODEM1LBV", 10),
    DemoBank("Sparkasse Hamm-Soest", "DE", "41450999", "WELADED1HSO", 10),
    DemoBank("Postbank Lindenbrück", "DE", "44010999", "PBNKDEFFLBR", 10),
    DemoBank("Westfälische Genossenschaftsbank", "DE", "40060999", "GENODEM1WGB", 10),
    DemoBank("Erste Demobank Wien", "AT", "20999", "DEMOATWWXXX", 11),
    DemoBank("Demobank Nederland", "NL", "DEMO", "DEMONL2AXXX", 10),
)


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits for ``country`` and ``bban``: 98 minus (BBAN + country + "00") mod 97."""
    remainder = _mod97(bban + country + "00")
    return f"{98 - remainder:02d}"


def make_iban(country: str, bban: str) -> str:
    return f"{country}{iban_check_digits(country, bban)}{bban}"


def iban_is_valid(iban: str) -> bool:
    """Structure and check digits (the account itself cannot be checked without the bank)."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or len(compact) > 34 or not compact.isalnum() or not compact.isascii():
        return False
    if not (compact[:2].isalpha() and compact[2:4].isdigit()):
        return False
    return _mod97(compact[4:] + compact[:4]) == 1


def format_iban(iban: str) -> str:
    """Groups of four, as printed on a fee notice (``DE89 3704 0044 0532 0130 00``)."""
    return " ".join(iban[index : index + 4] for index in range(0, len(iban), 4))


def demo_account(rng: random.Random, *, domestic_share: float = 0.9) -> BankAccount:
    """A German account most of the time, now and then one from another SEPA country."""
    domestic = [bank for bank in BANKS if bank.country == "DE"]
    foreign = [bank for bank in BANKS if bank.country != "DE"]
    bank = rng.choice(domestic if rng.random() < domestic_share else foreign)
    account = "".join(rng.choice(string.digits) for _ in range(bank.account_digits))
    account = str(rng.randint(1, 9)) + account[1:]  # no leading zero: looks like a real account number
    return BankAccount(make_iban(bank.country, bank.bank_code + account), bank.bic, bank.name)


def _mod97(text: str) -> int:
    digits = "".join(_LETTER_VALUES.get(char, char) for char in text.upper())
    remainder = 0
    for start in range(0, len(digits), 9):  # piecewise, as ISO 7064 describes it for small integers
        remainder = int(str(remainder) + digits[start : start + 9]) % 97
    return remainder
