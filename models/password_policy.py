"""The password policy for staff accounts (Passwortregeln), one function for creating, changing and resetting.

A password has at least :data:`MIN_LENGTH` characters, is not the user name and does not contain it (ignoring
case), is not one character repeated, and is not a common password: neither itself nor its core (without
leading and trailing digits and signs, so ``Passwort1234!`` counts as ``passwort``), also with digits and signs
read as letters (``P@ssw0rd``), is on the shipped lists
(``models/common_passwords/``: SecLists' most common passwords and German ones, see SOURCE.md there).
Refusals are :class:`InvalidInput` on the field ``password`` with the rule as ``problem``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from models.errors import InvalidInput

MIN_LENGTH = 10
MAX_LENGTH = 256  # beyond any passphrase; a bound, so that nobody has the server hash megabytes
#: User names shorter than this are not looked for inside a password (``al`` would refuse ``Walnussbaum…``).
MIN_CONTAINED_USERNAME = 3
_LISTS = ("seclists_top.txt", "german.txt")
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
#: Letters written as digits or signs (``P@ssw0rd``); ``1`` stands for ``i`` or ``l``.
_LEET = (str.maketrans("@4031!$57+", "aaoeiisstt"), str.maketrans("@4031!$57+", "aaoelisstt"))


@cache
def common_passwords() -> frozenset[str]:
    """The shipped lists, in lower case (read once)."""
    package = resources.files("models.common_passwords")
    entries: set[str] = set()
    for name in _LISTS:
        for line in package.joinpath(name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("# ") and line != "#":
                entries.add(line.casefold())
    return frozenset(entries)


def core_of(password: str) -> str:
    """The password in lower case without leading and trailing digits, signs and spaces."""
    return _EDGES.sub("", password.casefold())


def _variants(password: str) -> set[str]:
    """What is looked up: the password and its core, each also with digits and signs read as letters."""
    folded = password.casefold()
    plain = {folded, core_of(password)}
    return plain | {text.translate(table) for text in plain for table in _LEET}


def check_password(password: str, username: str) -> None:
    """Raise ``InvalidInput("password", rule)`` unless ``password`` may be the password of ``username``."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput("password", "too_short")
    if len(password) > MAX_LENGTH:
        raise InvalidInput("password", "too_long")
    folded = password.casefold()
    name = username.strip().casefold()
    if name and (folded == name or (len(name) >= MIN_CONTAINED_USERNAME and name in folded)):
        raise InvalidInput("password", "contains_username")
    if len(set(folded)) == 1:
        raise InvalidInput("password", "one_character")
    if not _variants(password).isdisjoint(common_passwords()):
        raise InvalidInput("password", "common")
