"""The town's master data printed on every letter (Stammdaten der Kommune): read by everyone, changed by admins.

Stored in the database, so every workstation prints the same letterhead, bank details and court. The bank
account printed on every fee notice (and in its GiroCode) follows the four-eyes principle: one admin proposes a
new one, a second admin or a supervisor confirms it, and only then do letters show it; both steps are in the
audit log.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.db import Database
from models.din91379 import DataType, normalised
from models.errors import InvalidCharacter, InvalidInput, InvalidTownData, SecondPersonRequired
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import Action
from models.town_config import (
    BANK_ACCOUNT_FIELDS,
    BankAccount,
    PendingBankChange,
    TownProfile,
    drop_pending_bank_change,
    load_pending_bank_change,
    load_section,
    store_pending_bank_change,
    store_section,
)
from models.town_validation import (
    checked_days,
    checked_letter_form,
    checked_logo,
    checked_postcode,
    normalised_bic,
    normalised_creditor_id,
    normalised_iban,
)

#: Field → converter from the text an admin typed to the stored value.
_CONVERTERS = {
    "iban": normalised_iban,
    "bic": normalised_bic,
    "creditor_id": normalised_creditor_id,
    "postcode": checked_postcode,
    "logo_path": checked_logo,
    "office_hours": lambda value: tuple(line.strip() for line in value.replace(";", "\n").splitlines() if line.strip()),
    "letter_form": checked_letter_form,
    "reply_days": lambda value: checked_days("reply_days", value),
    "payment_days": lambda value: checked_days("payment_days", value),
    "lock_after_minutes": lambda value: checked_days("lock_after_minutes", value),  # 1 to 120, as the periods
}
MAX_TEXT_LENGTH = 200
_TOWN_LOCK_KEY = 5_008_002  # PostgreSQL advisory lock: one change of the town data at a time
#: Names and address lines on the letterhead follow DIN 91379 data type B, like every address we print.
_DIN_91379_FIELDS = ("name", "department", "street", "city", "bank_name", "court_name", "court_address")


def town_profile(db: Database) -> TownProfile:
    with db.read() as session:
        return load_section(session, TownProfile)


def _checked(changes: dict[str, str]) -> dict[str, object]:
    names = {field.name for field in dataclasses.fields(TownProfile)}
    values: dict[str, object] = {}
    for name, text in changes.items():
        if name not in names:
            raise InvalidInput(name, "unknown_field")
        if len(text) > MAX_TEXT_LENGTH * 4:
            raise InvalidInput(name, "too_long")
        converter = _CONVERTERS.get(name)
        values[name] = converter(text) if converter else " ".join(text.split())
        if name in _DIN_91379_FIELDS:
            values[name] = normalised(str(values[name]), name, DataType.ADDRESS)
        if values[name] == "" and name in ("name", "street", "city"):
            raise InvalidInput(name, "required")
    return values


@dataclass(frozen=True)
class TownUpdate:
    """What :func:`update_town_profile` did."""

    profile: TownProfile  # the data in force now (the bank account: still the confirmed one)
    changed: tuple[str, ...]  # fields that took effect at once
    pending: PendingBankChange | None  # a bank account change waiting for a second person, if any
    proposed: bool  # ``pending`` was proposed by this update


def _lock_town_data(session: Session) -> None:
    """One change of the town data at a time (SQLite write transactions are exclusive anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": _TOWN_LOCK_KEY})


@operation
def update_town_profile(db: Database, actor: Actor, changes: dict[str, str]) -> TownUpdate:
    """Apply ``changes`` (field name → text as typed) after checking every one; all or nothing.

    A new bank account (bank name, IBAN, BIC) does not take effect: it is proposed, and a second person confirms
    it (:func:`confirm_bank_change`); fee notices show the old account until then. While one proposal waits,
    another is refused (discard it first).
    """
    actor.require(Action.CONFIGURE_TOWN)
    try:
        values = _checked(changes)
    except InvalidCharacter:
        raise  # names the character; worded like every refused name
    except InvalidInput as error:
        raise InvalidTownData(error.field, error.problem) from error
    with db.write() as session:
        _lock_town_data(session)
        before = load_section(session, TownProfile)
        pending = load_pending_bank_change(session)
        account = {k: v for k, v in values.items() if k in BANK_ACCOUNT_FIELDS}
        proposal = dataclasses.replace(BankAccount.of(before), **account)  # type: ignore[arg-type]
        proposed = False
        if proposal != BankAccount.of(before) and (pending is None or pending.new != proposal):
            if pending is not None:
                raise InvalidTownData("bank_change", "already_pending")
            pending = PendingBankChange(BankAccount.of(before), proposal, actor.username, actor.display_name, utcnow())
            store_pending_bank_change(session, pending)
            record(session, actor, "town.bank_change_proposed", "town_config", "bank_account", **_audited(pending))
            proposed = True
        others = {k: v for k, v in values.items() if k not in BANK_ACCOUNT_FIELDS}
        after = dataclasses.replace(before, **others)  # type: ignore[arg-type]
        changed = {
            k: [str(getattr(before, k)), str(getattr(after, k))]
            for k in others
            if getattr(before, k) != getattr(after, k)
        }
        if changed:
            store_section(session, after, actor.username)
            record(session, actor, "town.updated", "town_config", "town", changes=changed)
        return TownUpdate(after, tuple(changed), pending, proposed)


def pending_bank_change(db: Database) -> PendingBankChange | None:
    """The proposed bank account waiting for confirmation, if any (everyone may see it, as the town data)."""
    with db.read() as session:
        return load_pending_bank_change(session)


@operation
def confirm_bank_change(db: Database, actor: Actor, iban: str) -> TownProfile:
    """Put the proposed bank account in force: by an admin or a supervisor who did not propose it.

    ``iban`` is the new IBAN as the confirming person sees it (on the bank's letter, say): only the proposal with
    exactly that IBAN is confirmed, never one exchanged in the meantime.
    """
    actor.require(Action.CONFIRM_BANK_CHANGE)
    try:
        expected = normalised_iban(iban)
    except InvalidInput as error:
        raise InvalidTownData(error.field, error.problem) from error
    with db.write() as session:
        _lock_town_data(session)
        pending = load_pending_bank_change(session)
        if pending is None:
            raise InvalidTownData("bank_change", "nothing_pending")
        if same_person(actor.username, pending.proposed_by):
            raise SecondPersonRequired(pending.proposed_by_name)
        if pending.new.iban != expected:
            raise InvalidTownData("iban", "not_proposed")
        before = load_section(session, TownProfile)
        after = dataclasses.replace(before, **dataclasses.asdict(pending.new))
        store_section(session, after, actor.username)
        drop_pending_bank_change(session)
        record(session, actor, "town.bank_change_confirmed", "town_config", "bank_account", **_audited(pending))
        return after


@operation
def discard_bank_change(db: Database, actor: Actor) -> PendingBankChange:
    """Drop the proposed bank account (the proposer or anyone who may confirm it); the old one stays."""
    if not actor.may(Action.CONFIRM_BANK_CHANGE):
        actor.require(Action.CONFIGURE_TOWN)
    with db.write() as session:
        _lock_town_data(session)
        pending = load_pending_bank_change(session)
        if pending is None:
            raise InvalidTownData("bank_change", "nothing_pending")
        drop_pending_bank_change(session)
        record(session, actor, "town.bank_change_discarded", "town_config", "bank_account", **_audited(pending))
        return pending


def same_person(username: str, other: str) -> bool:
    """Whether two recorded actors are one person; headless work counts as its operating-system account."""
    return _person(username) == _person(other)


def _person(username: str) -> str:
    if username.startswith("system:"):
        return "system:" + username.rsplit(":", 1)[-1]
    return username


def _audited(change: PendingBankChange) -> dict[str, object]:
    return {
        "proposed_by": change.proposed_by,
        "proposed_at": change.proposed_at.isoformat(),
        "old": dataclasses.asdict(change.old),
        "new": dataclasses.asdict(change.new),
    }
