"""The service catalogue: seeded and updated from ``models/catalogue_data.json``, listed, changed by admins.

A shipped update reaches an existing database by key without overwriting what the town changed: every service
remembers the values Amtsstube shipped last (``PublicService.shipped``), and a field takes a new shipped value only
while it still holds the previous one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import select

from models.actors import Actor
from models.catalogue import PublicService
from models.db import Database
from models.errors import InvalidInput, NotFound, ServiceChangedMeanwhile
from models.fees import Fee, FeeRule, fee_cents, fee_from_json
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import Action
from models.roles import Role


@dataclass(frozen=True)
class ServiceRow:
    key: str
    name: str
    fee_cents: int
    processing_days: int
    handling_role: Role


@dataclass(frozen=True)
class ServiceEntry:
    """Everything the catalogue says about one service (for the admin view and ``amtsstube catalogue``)."""

    key: str
    name: str
    leika_id: str | None
    identifier_confirmed: bool
    department: str
    handling_role: Role
    processing_days: int
    fee: Fee
    active: bool
    keywords: tuple[str, ...]
    required_documents: tuple[str, ...]
    schema_uri: str | None
    version: int


@dataclass(frozen=True)
class ServiceChange:
    """What an admin sets for a service, as the form holds it (every field, changed or not)."""

    key: str
    version: int  # of the entry the form showed
    fee: Fee
    processing_days: int
    handling_role: Role
    department: str
    active: bool


#: The fields a shipped catalogue sets, as the catalogue data spells them.
SHIPPED_FIELDS = (
    "name",
    "leika_id",
    "identifier_confirmed",
    "identifier_aliases",
    "department",
    "keywords",
    "fee",
    "required_documents",
    "processing_days",
    "schema_uri",
    "handling_role",
)


@cache
def shipped_catalogue() -> tuple[dict[str, Any], ...]:
    """The catalogue Amtsstube ships, in its order."""
    text = resources.files("models").joinpath("catalogue_data.json").read_text(encoding="utf-8")
    return tuple(json.loads(text))


def fee_of(service: PublicService) -> Fee:
    return service.fee


def _set_fee(service: PublicService, fee: Fee) -> None:
    service.fee_rule = fee.rule
    service.fee_cents = fee.cents
    service.fee_further_copy_cents = fee.further_copy_cents
    service.fee_max_cents = fee.max_cents
    service.fee_basis = fee.basis


def _value(service: PublicService, field: str) -> Any:
    """A field of ``service`` in the JSON form of the catalogue data."""
    if field == "fee":
        return fee_of(service).as_json()
    if field == "handling_role":
        return service.handling_role.value
    value = getattr(service, field)
    return list(value) if isinstance(value, list | tuple) else value


def _apply(service: PublicService, field: str, value: Any) -> None:
    if field == "fee":
        _set_fee(service, fee_from_json(value))
    elif field == "handling_role":
        service.handling_role = Role(value)
    else:
        setattr(service, field, value)


def _shipped_value(entry: dict[str, Any], field: str) -> Any:
    default: Any = [] if field in ("identifier_aliases", "keywords", "required_documents") else None
    return entry.get(field, False if field == "identifier_confirmed" else default)


def _update(service: PublicService, entry: dict[str, Any]) -> bool:
    """Bring ``service`` to the shipped ``entry`` where the town left the previous shipped value; True if changed."""
    before = dict(service.shipped or {})
    changed = False
    for field in SHIPPED_FIELDS:
        new = _shipped_value(entry, field)
        if field in before and before[field] == new:
            continue
        left_as_shipped = field not in before or _value(service, field) == before[field]
        if left_as_shipped and _value(service, field) != new:
            _apply(service, field, new)
            changed = True
        before[field] = new
    if before != service.shipped:
        service.shipped = before
        changed = True
    return changed


def ensure_catalogue(db: Database, shipped: Sequence[dict[str, Any]] | None = None) -> int:
    """Add the services Amtsstube ships (``shipped``: those of ``catalogue_data.json``) that the database does not
    have yet and bring the others up to date, keeping every value the town changed.

    Returns the number of services added or changed.
    """
    with db.write() as session:
        known = {s.key: s for s in session.scalars(select(PublicService))}
        touched = 0
        for entry in shipped_catalogue() if shipped is None else shipped:
            service = known.get(entry["key"])
            if service is None:
                service = PublicService(key=entry["key"], shipped={})
                for field in SHIPPED_FIELDS:
                    _apply(service, field, _shipped_value(entry, field))
                service.shipped = {field: _shipped_value(entry, field) for field in SHIPPED_FIELDS}
                session.add(service)
                touched += 1
            elif _update(service, entry):
                touched += 1
        return touched


def list_services(db: Database) -> tuple[ServiceRow, ...]:
    with db.read() as session:
        services = session.scalars(select(PublicService).where(PublicService.active).order_by(PublicService.name))
        return tuple(ServiceRow(s.key, s.name, s.fee_cents, s.processing_days, s.handling_role) for s in services)


def _entry(s: PublicService) -> ServiceEntry:
    return ServiceEntry(
        key=s.key,
        name=s.name,
        leika_id=s.leika_id,
        identifier_confirmed=s.identifier_confirmed,
        department=s.department,
        handling_role=s.handling_role,
        processing_days=s.processing_days,
        fee=fee_of(s),
        active=s.active,
        keywords=tuple(s.keywords or ()),
        required_documents=tuple(s.required_documents or ()),
        schema_uri=s.schema_uri,
        version=s.version,
    )


def catalogue_entries(db: Database) -> tuple[ServiceEntry, ...]:
    """Every service, inactive ones too, by name."""
    with db.read() as session:
        return tuple(_entry(s) for s in session.scalars(select(PublicService).order_by(PublicService.name)))


def catalogue_entry(db: Database, key: str) -> ServiceEntry:
    """One service; ``NotFound("service", key)`` if the catalogue has no such key."""
    with db.read() as session:
        service = session.scalar(select(PublicService).where(PublicService.key == key))
        if service is None:
            raise NotFound("service", key)
        return _entry(service)


def case_fee_cents(service: PublicService, form_data: dict[str, Any]) -> int:
    """The fee a new case of ``service`` starts with: per copy for the copies the form asks for (``copies``), a
    tariff's lowest amount (the clerk sets the real one), else the service's fee."""
    fee = fee_of(service)
    copies = form_data.get("copies")
    if fee.rule is FeeRule.PER_COPY and isinstance(copies, int) and not isinstance(copies, bool) and copies >= 1:
        return fee_cents(fee, copies)
    return 0 if fee.rule is FeeRule.FREE else fee.cents


#: Longest deadline an admin may set: a year of working days.
MAX_PROCESSING_DAYS = 250
#: Highest fee an admin may set (a typo guard: 100,000 €).
MAX_FEE_CENTS = 10_000_000


def _checked_changes(
    fee: Fee | None, processing_days: int | None, handling_role: Role | None, department: str | None
) -> None:
    if fee is not None:
        fee.checked()
        if max(fee.cents, fee.further_copy_cents or 0, fee.max_cents or 0) > MAX_FEE_CENTS:
            raise InvalidInput("fee", "too_high")
    if processing_days is not None and not 1 <= processing_days <= MAX_PROCESSING_DAYS:
        raise InvalidInput("processing_days", "out_of_range")
    if handling_role is not None and handling_role not in (Role.CLERK, Role.REGISTRY_OFFICER):
        raise InvalidInput("handling_role", "not_case_work")
    if department is not None and not 1 <= len(department.strip()) <= 80:
        raise InvalidInput("department", "empty_or_too_long")


@operation
def update_service(
    db: Database,
    actor: Actor,
    key: str,
    *,
    expected_version: int,
    fee: Fee | None = None,
    processing_days: int | None = None,
    handling_role: Role | None = None,
    department: str | None = None,
    active: bool | None = None,
) -> ServiceEntry:
    """Change what the town decides about a service (only admins); every change is audited with old and new value.

    ``None`` leaves a field as it is. Raises ``InvalidInput`` for an incomplete fee rule, a deadline outside
    1–250 working days, a role that does not work on cases or an empty department, and
    ``ServiceChangedMeanwhile`` when ``expected_version`` is no longer the service's version.
    """
    actor.require(Action.EDIT_CATALOGUE)
    _checked_changes(fee, processing_days, handling_role, department)
    new: dict[str, Any] = {
        "fee": fee.as_json() if fee is not None else None,
        "processing_days": processing_days,
        "handling_role": handling_role.value if handling_role is not None else None,
        "department": department.strip() if department is not None else None,
        "active": active,
    }
    with db.write() as session:
        service = session.scalar(select(PublicService).where(PublicService.key == key).with_for_update())
        if service is None:
            raise NotFound("service", key)
        if service.version != expected_version:
            raise ServiceChangedMeanwhile(key)
        changes = {}
        for field, value in new.items():
            old = _value(service, field)
            if value is not None and value != old:
                changes[field] = {"old": old, "new": value}
                _apply(service, field, value)
        if changes:
            service.version += 1
            record(session, actor, "service.updated", "public_service", key, changes=changes)
        return _entry(service)


#: Where submissions for services the catalogue does not know land (handled generically).
FALLBACK_SERVICE_KEY = "online_application_other"


def service_key_for(db: Database, identifier: str | None, schema_uri: str | None) -> str:
    """The catalogue service of an online submission: by portal identifier (or one the service had before), then
    by form schema, else the fallback."""
    with db.read() as session:
        if identifier:
            key = session.scalar(select(PublicService.key).where(PublicService.leika_id == identifier))
            if key:
                return key
            for key, aliases in session.execute(select(PublicService.key, PublicService.identifier_aliases)):
                if identifier in (aliases or ()):
                    return str(key)
        if schema_uri:
            key = session.scalar(select(PublicService.key).where(PublicService.schema_uri == schema_uri).limit(1))
            if key:
                return key
    return FALLBACK_SERVICE_KEY
