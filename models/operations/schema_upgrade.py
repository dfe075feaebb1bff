"""``amtsstube db upgrade``: bring the schema to this version's revision, recorded in the audit log.

Run by the IT under a named technical account (``system:db-upgrade:<os user>``), so the audit log says who changed
the schema, when, and from which revision to which.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.db import Database
from models.migrate import current_revision, upgrade
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.operations.catalogue import ensure_catalogue


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None  # None: the database was empty
    after: str | None


def upgrade_schema(db: Database, actor: Actor) -> UpgradeResult:
    before = current_revision(db)
    upgrade(db)
    ensure_catalogue(db)
    after = current_revision(db)
    with db.write() as session:
        record(session, actor, "database.upgraded", "database", after or "-", previous=before)
    return UpgradeResult(before, after)
