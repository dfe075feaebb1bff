"""``amtsstube db upgrade``: bring the schema to this version's revision, recorded in the audit log.

Run by the IT under a named technical account (``system:db-upgrade:<os user>``), so the audit log says who changed
the schema, when, and from which revision to which.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.actors import Actor
from models.db import Database
from models.errors import PermissionDenied
from models.migrate import current_revision, upgrade
from models.operations.audit_trail import record
from models.operations.catalogue import ensure_catalogue
from models.operations.rights import operation


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None  # None: the database was empty
    after: str | None


@operation
def upgrade_schema(db: Database, actor: Actor) -> UpgradeResult:
    """Migrate, as the technical account only: no member of staff changes the schema."""
    if not actor.is_system:
        raise PermissionDenied("upgrade the database schema", actor.username)
    before = current_revision(db)
    upgrade(db)
    ensure_catalogue(db)
    after = current_revision(db)
    with db.write() as session:
        record(session, actor, "database.upgraded", "database", after or "-", previous=before)
    return UpgradeResult(before, after)
