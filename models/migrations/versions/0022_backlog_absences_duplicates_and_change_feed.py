"""backlog, absences, duplicates and the change feed

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04 19:10:00

The supervisor's part (issue 14): ``cases.decided_at`` (when a case left the open states, backfilled from its
history) with indexes for the backlog's figures; ``cases.duplicate_of_id`` and ``duplicate_state`` for likely
duplicates found on intake; ``cases.preferred_assignee_id`` for "keep one clerk"; ``absences`` of staff; and the
change feed of cases: triggers raise ``change_counters('cases')`` on every insert or update of a case (SQLite
workstations poll it) and, on PostgreSQL, send ``NOTIFY amtsstube_cases`` with the case's id, version, status and
assignee instead (a counter row every case write updated would serialise the town hall's writers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

_DECIDED = "('approved', 'rejected', 'closed', 'withdrawn')"

_POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('amtsstube_cases', json_build_object(
           'id', NEW.id, 'version', NEW.version, 'status', NEW.status, 'assignee', NEW.assignee_id, 'op', TG_OP
         )::text);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE ON cases
       FOR EACH ROW EXECUTE FUNCTION cases_changed()""",
]

_SQLITE_TRIGGERS = [
    """CREATE TRIGGER cases_inserted AFTER INSERT ON cases
       BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'cases'; END""",
    """CREATE TRIGGER cases_updated AFTER UPDATE ON cases
       BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'cases'; END""",
]


def upgrade() -> None:
    op.create_table(
        'absences',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('ends_on', sa.Date(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=True),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint('starts_on <= ends_on', name=op.f('ck_absences_absence_days_in_order')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_absences_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_absences')),
    )
    op.create_index(op.f('ix_absences_user_id'), 'absences', ['user_id'], unique=False)
    op.create_table(
        'change_counters',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_change_counters')),
    )
    op.execute("INSERT INTO change_counters (name, value) VALUES ('cases', 0)")
    # Added in place with the foreign keys inline (SQLite: ALTER TABLE … ADD COLUMN … REFERENCES): a batch copy of
    # the table would have to drop ``cases``, which SQLite refuses while other tables' rows refer to it.
    op.add_column('cases', sa.Column('decided_at', models.base.UtcDateTime(timezone=True), nullable=True))
    op.add_column('cases', sa.Column('duplicate_state', sa.Enum('suspected', 'confirmed', name='duplicatestate',
                                                                native_enum=False, length=20), nullable=True))
    for column, target in (('duplicate_of_id', 'cases'), ('preferred_assignee_id', 'users')):
        name = f'fk_cases_{column}_{target}'
        if op.get_bind().dialect.name == 'sqlite':
            op.execute(f'ALTER TABLE cases ADD COLUMN {column} INTEGER CONSTRAINT {name} REFERENCES {target} (id)')
        else:
            op.add_column('cases', sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(op.f(name), 'cases', target, [column], ['id'])
    op.create_index(op.f('ix_cases_decided_at'), 'cases', ['decided_at'], unique=False)
    op.create_index(op.f('ix_cases_duplicate_of_id'), 'cases', ['duplicate_of_id'], unique=False)
    op.create_index(op.f('ix_cases_preferred_assignee_id'), 'cases', ['preferred_assignee_id'], unique=False)
    op.create_index(op.f('ix_cases_received_at'), 'cases', ['received_at'], unique=False)
    # A decided case's decision: the first transition of its history into a decided state.
    op.execute(
        "UPDATE cases SET decided_at = (SELECT MIN(e.at) FROM case_events e WHERE e.case_id = cases.id "
        f"AND e.kind = 'transition' AND e.to_status IN {_DECIDED}) WHERE status IN {_DECIDED}"
    )
    op.execute(f"UPDATE cases SET decided_at = updated_at WHERE decided_at IS NULL AND status IN {_DECIDED}")
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRESQL_TRIGGERS if postgresql else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER cases_changed ON cases")
        op.execute("DROP FUNCTION cases_changed()")
    else:
        for name in ("cases_inserted", "cases_updated"):
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table('cases', schema=None) as batch_op:
        if op.get_bind().dialect.name != 'sqlite':  # SQLite's copy of the table leaves them out with the columns
            batch_op.drop_constraint(batch_op.f('fk_cases_preferred_assignee_id_users'), type_='foreignkey')
            batch_op.drop_constraint(batch_op.f('fk_cases_duplicate_of_id_cases'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_cases_received_at'))
        batch_op.drop_index(batch_op.f('ix_cases_preferred_assignee_id'))
        batch_op.drop_index(batch_op.f('ix_cases_duplicate_of_id'))
        batch_op.drop_index(batch_op.f('ix_cases_decided_at'))
        batch_op.drop_column('preferred_assignee_id')
        batch_op.drop_column('duplicate_state')
        batch_op.drop_column('duplicate_of_id')
        batch_op.drop_column('decided_at')
    op.drop_table('change_counters')
    op.drop_index(op.f('ix_absences_user_id'), table_name='absences')
    op.drop_table('absences')
