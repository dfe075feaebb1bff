"""The service catalogue: seeded from ``models/catalogue_data.json``, listed for filters and forms."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select

from models.catalogue import PublicService
from models.db import Database
from models.roles import Role


@dataclass(frozen=True)
class ServiceRow:
    key: str
    name: str
    fee_cents: int
    processing_days: int
    handling_role: Role


def ensure_catalogue(db: Database) -> int:
    """Add the services Amtsstube ships that the database does not have yet; edits stay untouched.

    Returns the number of services added.
    """
    shipped = json.loads(resources.files("models").joinpath("catalogue_data.json").read_text(encoding="utf-8"))
    with db.write() as session:
        known = set(session.scalars(select(PublicService.key)))
        added = 0
        for entry in shipped:
            if entry["key"] in known:
                continue
            session.add(
                PublicService(
                    key=entry["key"],
                    name=entry["name"],
                    fee_cents=entry["fee_cents"],
                    processing_days=entry["processing_days"],
                    handling_role=Role(entry["handling_role"]),
                    schema_uri=entry.get("schema_uri"),
                    leika_id=entry.get("leika_id"),
                )
            )
            added += 1
        return added


def list_services(db: Database) -> tuple[ServiceRow, ...]:
    with db.read() as session:
        services = session.scalars(select(PublicService).where(PublicService.active).order_by(PublicService.name))
        return tuple(ServiceRow(s.key, s.name, s.fee_cents, s.processing_days, s.handling_role) for s in services)


#: Where submissions for services the catalogue does not know land (handled generically).
FALLBACK_SERVICE_KEY = "online_application_other"


def service_key_for(db: Database, identifier: str | None, schema_uri: str | None) -> str:
    """The catalogue service of an online submission: by portal identifier, then by form schema, else the fallback."""
    with db.read() as session:
        if identifier:
            key = session.scalar(select(PublicService.key).where(PublicService.leika_id == identifier))
            if key:
                return key
        if schema_uri:
            key = session.scalar(select(PublicService.key).where(PublicService.schema_uri == schema_uri).limit(1))
            if key:
                return key
    return FALLBACK_SERVICE_KEY
