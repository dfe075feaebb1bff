"""The town's master data printed on every letter (Stammdaten der Kommune): read by everyone, changed by admins.

Stored in the database, so every workstation prints the same letterhead, bank details and court.
"""

from __future__ import annotations

import dataclasses

from models.db import Database
from models.din91379 import DataType, normalised
from models.errors import InvalidCharacter, InvalidInput, InvalidTownData
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.permissions import Action
from models.town_config import TownProfile, load_section, store_section
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
}
MAX_TEXT_LENGTH = 200
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


def update_town_profile(db: Database, actor: Actor, changes: dict[str, str]) -> TownProfile:
    """Apply ``changes`` (field name → text as typed) after checking every one; all or nothing."""
    actor.require(Action.CONFIGURE_TOWN)
    try:
        values = _checked(changes)
    except InvalidCharacter:
        raise  # names the character; worded like every refused name
    except InvalidInput as error:
        raise InvalidTownData(error.field, error.problem) from error
    with db.write() as session:
        before = load_section(session, TownProfile)
        after = dataclasses.replace(before, **values)  # type: ignore[arg-type]
        store_section(session, after, actor.username)
        changed = {
            k: [str(getattr(before, k)), str(getattr(after, k))]
            for k in values
            if getattr(before, k) != getattr(after, k)
        }
        record(session, actor, "town.updated", "town_config", "town", changes=changed)
        return after
