"""hash chains over the audit log and the mail book

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 05:10:00

Every record of ``audit_log`` and ``mail_book`` gets its place in a chain (``seq``), its predecessor's hash and its
own (see :mod:`models.log_chain`); ``log_chain_heads`` names each chain's newest record. The records already there
are chained in the order of their ids (``legacy_seq``: their times came from the workstations' clocks, so their
order of time is not checked). New triggers refuse an insert that reuses an id or brings its own time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.log_chain import GENESIS, content_hash
from models.migrations.append_only import CHAINED_TABLES, append_only_statements, chain_guard_statements

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_EXCLUDED = {"audit_log": {"record_hash"}, "mail_book": {"record_hash", "search_text"}}


def _lift_append_only(table: str, postgresql: bool) -> None:
    if postgresql:
        op.execute(f"ALTER TABLE {table} DISABLE TRIGGER {table}_no_change")
    else:
        op.execute(f"DROP TRIGGER {table}_no_update")
        op.execute(f"DROP TRIGGER {table}_no_delete")


def _restore_append_only(table: str, postgresql: bool) -> None:
    if postgresql:
        op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {table}_no_change")
    else:
        for statement in append_only_statements(table, "sqlite"):
            op.execute(statement)


def _chain_existing(table: str) -> None:
    bind = op.get_bind()
    rows = sa.Table(table, sa.MetaData(), autoload_with=bind)
    previous, seq = GENESIS, 0
    for row in bind.execute(sa.select(rows).order_by(rows.c.id)).mappings():
        seq += 1
        content = {key: value for key, value in row.items() if key not in _EXCLUDED[table]}
        content.update(seq=seq, previous_hash=previous)
        digest = content_hash(content)
        bind.execute(
            rows.update().where(rows.c.id == row["id"]).values(seq=seq, previous_hash=previous, record_hash=digest)
        )
        previous = digest
    bind.execute(
        sa.text(
            "INSERT INTO log_chain_heads (table_name, seq, record_hash, legacy_seq) VALUES (:t, :s, :h, :s)"
        ).bindparams(t=table, s=seq, h=previous)
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    postgresql = dialect == "postgresql"
    op.create_table('log_chain_heads',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('record_hash', sa.String(length=64), nullable=False),
    sa.Column('legacy_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', name=op.f('pk_log_chain_heads'))
    )
    for table, time_column in CHAINED_TABLES.items():
        _lift_append_only(table, postgresql)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column('previous_hash', sa.String(length=64), nullable=True))
            batch_op.add_column(sa.Column('record_hash', sa.String(length=64), nullable=True))
        _chain_existing(table)
        if postgresql:
            for column in ('seq', 'previous_hash', 'record_hash'):
                op.alter_column(table, column, nullable=False)
            op.create_unique_constraint(op.f(f'uq_{table}_seq'), table, ['seq'])
        else:  # a rebuild of the table (SQLite cannot change NOT NULL in place); its triggers were dropped above
            with op.batch_alter_table(table, schema=None, recreate='always') as batch_op:
                for column in ('seq', 'previous_hash', 'record_hash'):
                    batch_op.alter_column(column, existing_type=sa.Integer() if column == 'seq' else sa.String(64),
                                          nullable=False)
                batch_op.create_unique_constraint(batch_op.f(f'uq_{table}_seq'), ['seq'])
        _restore_append_only(table, postgresql)
        for statement in chain_guard_statements(table, time_column, dialect):
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in CHAINED_TABLES:
        if postgresql:
            op.execute(f"DROP TRIGGER {table}_database_time ON {table}")
            op.execute(f"DROP FUNCTION {table}_database_time()")
        else:
            op.execute(f"DROP TRIGGER {table}_no_reuse")
            op.execute(f"DROP TRIGGER {table}_database_time")
        _lift_append_only(table, postgresql)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'uq_{table}_seq'), type_='unique')
            batch_op.drop_column('record_hash')
            batch_op.drop_column('previous_hash')
            batch_op.drop_column('seq')
        _restore_append_only(table, postgresql)
    op.drop_table('log_chain_heads')
