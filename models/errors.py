"""The error taxonomy: expected failures the user can act on.

Every error carries structured fields; the desktop turns them into German messages through Qt's translation
system (``desktop/messages/error_messages.py``). ``str(error)`` is an English sentence for logs and scripts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the form checks load jsonschema; the taxonomy stays plain types
    from models.form_problems import FieldProblem


class AmtsstubeError(Exception):
    """Base of all expected failures."""


class NotFound(AmtsstubeError):
    def __init__(self, kind: str, key: object) -> None:
        super().__init__(f"{kind} {key!r} does not exist")
        self.kind = kind
        self.key = key


class PermissionDenied(AmtsstubeError):
    def __init__(self, action: str, username: str) -> None:
        super().__init__(f"user {username!r} may not {action}")
        self.action = action
        self.username = username


class IllegalTransition(AmtsstubeError):
    def __init__(self, reference: str, current: str, target: str) -> None:
        super().__init__(f"case {reference} cannot go from {current} to {target}")
        self.reference = reference
        self.current = current
        self.target = target


class ConcurrentChange(AmtsstubeError):
    """The record was changed by someone else since it was read (optimistic locking)."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"case {reference} was changed by someone else in the meantime")
        self.reference = reference


class AlreadyClaimed(AmtsstubeError):
    def __init__(self, reference: str, holder: str) -> None:
        super().__init__(f"case {reference} is already being worked on by {holder}")
        self.reference = reference
        self.holder = holder


class NothingToClaim(AmtsstubeError):
    def __init__(self) -> None:
        super().__init__("no unclaimed case is waiting in the queue")


class InvalidInput(AmtsstubeError):
    """Input that cannot be accepted; ``field`` names it, ``problem`` says why (English key for the GUI)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"invalid {field}: {problem}")
        self.field = field
        self.problem = problem


class InvalidCharacter(InvalidInput):
    """A character that DIN 91379 does not permit in a name (or an address); ``character`` is that character."""

    def __init__(self, field: str, character: str, *, in_address: bool = False) -> None:
        super().__init__(field, "invalid_character")
        self.args = (f"invalid {field}: character U+{ord(character):04X} is not permitted by DIN 91379",)
        self.character = character
        self.in_address = in_address


class TooLong(InvalidInput):
    """A text longer than the database column it is meant for (``limit`` characters)."""

    def __init__(self, field: str, limit: int, length: int) -> None:
        super().__init__(field, "too_long")
        self.args = (f"invalid {field}: {length} characters, at most {limit} fit",)
        self.limit = limit
        self.length = length


class InvalidTownData(InvalidInput):
    """A value of the town's master data (letterhead, bank account, court, deadlines) that cannot be stored."""


class SecondPersonRequired(AmtsstubeError):
    """A change of the town's bank account is confirmed by someone other than ``proposer`` (four eyes)."""

    def __init__(self, proposer: str) -> None:
        super().__init__(f"the bank account change proposed by {proposer!r} needs another person's confirmation")
        self.proposer = proposer


class TemplateTooCostly(InvalidInput):
    """Filling in a letter template exceeded a bound: ``limit`` is time, loop, calls, recursion, size, number or
    output, ``bound`` its value (seconds, iterations, calls, levels, elements, bits, characters)."""

    def __init__(self, field: str, limit: str, bound: float) -> None:
        super().__init__(field, f"limit:{limit}:{bound}")
        self.args = (f"invalid {field}: filling in the template exceeds the {limit} limit ({bound})",)
        self.limit = limit
        self.bound = bound


class LetterTextUnusable(AmtsstubeError):
    """A letter could not be written because its template cannot be filled in with the case's values.

    Raised before anything is booked: the decision or fee notice it belongs to did not happen. ``kind`` is the
    letter's :class:`~models.documents.DocumentKind` value; ``field`` and ``problem`` as in :class:`InvalidInput`.
    """

    def __init__(self, kind: str, reference: str, field: str, problem: str) -> None:
        super().__init__(
            f"the {kind} template cannot be filled in for case {reference} ({field}: {problem}); nothing was booked"
        )
        self.kind = kind
        self.reference = reference
        self.field = field
        self.problem = problem


class AuthenticationFailed(AmtsstubeError):
    def __init__(self) -> None:
        super().__init__("unknown user name or wrong password")


class DatabaseUnavailable(AmtsstubeError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"the database cannot be reached: {detail}")
        self.detail = detail


# -- Access: sessions, logins, passwords, the holder and state rules of case work ------------------------------


class AccessRevoked(AmtsstubeError):
    """The account was deactivated, or its roles or password changed, since this session logged in.

    Every operation compares the actor's rights stamp with the stored one; the user has to log in again.
    """

    def __init__(self, username: str) -> None:
        super().__init__(f"the access of user {username!r} has changed or been disabled; please log in again")
        self.username = username


class AccountLocked(AmtsstubeError):
    """Too many failed logins in a row: the account is locked until ``until`` (UTC), or until an admin unlocks it."""

    def __init__(self, username: str, until: dt.datetime) -> None:
        super().__init__(f"user {username!r} is locked after repeated failed logins until {until.isoformat()}")
        self.username = username
        self.until = until


class NotClaimed(AmtsstubeError):
    """The step needs the case to be held by the acting clerk (taken over first)."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"case {reference} must be taken over before this step")
        self.reference = reference


class CaseNotWorkable(AmtsstubeError):
    """The case is in a state in which the step is no longer (or not yet) possible, e.g. a payment on a closed case."""

    def __init__(self, reference: str, status: str, step: str) -> None:
        super().__init__(f"case {reference} is {status}: {step} is not possible")
        self.reference = reference
        self.status = status
        self.step = step


class AmountBeyondOpenFee(InvalidInput):
    """More money than the fee still open on the case, and no reason given for it (``open_cents`` may be 0)."""

    def __init__(self, amount_cents: int, open_cents: int) -> None:
        super().__init__("amount", "beyond_open_fee")
        self.args = (f"invalid amount: {amount_cents} cents, but only {open_cents} cents of the fee are open",)
        self.amount_cents = amount_cents
        self.open_cents = open_cents


class CashDayClosed(AmtsstubeError):
    """The workstation's day is closed (Tagesabschluss): no more bookings on it at that workstation."""

    def __init__(self, workstation: str, day: str) -> None:
        super().__init__(f"the cash day {day} of workstation {workstation} is closed")
        self.workstation = workstation
        self.day = day


class ReceiptNumberTaken(AmtsstubeError):
    """Another workstation booked the same receipt number at the same moment; nothing was stored."""

    def __init__(self, number: str) -> None:
        super().__init__(f"receipt number {number} was taken by another booking")
        self.number = number


class FormDataInvalid(AmtsstubeError):
    """Form data that would not pass the service's check (the intake's); ``problems`` names each field."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        where = ", ".join("/".join(map(str, p.path)) for p in problems[:5])
        super().__init__(f"the form data has {len(problems)} problem(s): {where}")
        self.problems = problems


class ServiceChangedMeanwhile(ConcurrentChange):
    """A catalogue service was changed by another admin since the form showing it was filled (optimistic locking)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.args = (f"service {key} was changed by someone else in the meantime",)
        self.key = key
