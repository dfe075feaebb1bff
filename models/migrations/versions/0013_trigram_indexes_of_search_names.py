"""trigram indexes of search names on PostgreSQL (pg_trgm), where the extension can be had

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 20:15:00

The counter's search for earlier applicants and the resident register's search look for every typed word inside
the stored search name (``LIKE '%weiss%'``), which a B-tree index cannot answer: PostgreSQL read all 100,000
applicants for each keystroke (30 ms). A GIN index over the name's trigrams answers it. The index needs the
``pg_trgm`` extension; PostgreSQL ships it as a trusted extension (13 and later), which the database's owner may
create. Where the role may not, or the server lacks it, the migration leaves it out and the search works as
before, only slower: the IT admin can run ``CREATE EXTENSION pg_trgm`` as a superuser and ``amtsstube db upgrade``
(or this revision's upgrade again) adds the indexes. SQLite needs nothing: it reads the narrow B-tree index instead.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from models.search_indexes import TRIGRAM_INDEXES

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if not _trigrams_available(bind):
        log.warning("pg_trgm is not available to this database role: the name searches read every row")
        return
    for name, (table, column) in TRIGRAM_INDEXES.items():
        op.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"))


def _trigrams_available(bind: sa.Connection) -> bool:
    """Whether pg_trgm is there or could be created by this role; a refusal rolls back only its own attempt."""
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar():
        return True
    if not bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar():
        return False
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        op.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
