"""disclosure log of register information (§40 BMG)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 19:50:00

The log of every answer to a register information request (``models/registers/residents/disclosures.py``):
recipient, data given, time, purpose, case reference, clerk. Append-only like the audit log: the database refuses
UPDATE and DELETE (triggers; the application role also lacks the rights, ``models/database_roles.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import models.base
from models.migrations.append_only import make_append_only

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'disclosure_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column('case_reference', sa.String(length=40), nullable=False),
        sa.Column('service_key', sa.String(length=80), nullable=False),
        sa.Column(
            'outcome',
            sa.Enum(
                'answered', 'no_match', 'not_unambiguous', 'information_block', 'refused',
                name='disclosureoutcome', native_enum=False, length=30,
            ),
            nullable=False,
        ),
        sa.Column('recipient', sa.Text(), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('data_given', JSON, nullable=False),
        sa.Column('resident_id', sa.Integer(), nullable=True),
        sa.Column('clerk', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure_log')),
    )
    with op.batch_alter_table('disclosure_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosure_log_case_reference'), ['case_reference'], unique=False)
    make_append_only("disclosure_log")


def downgrade() -> None:
    op.drop_table('disclosure_log')  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION disclosure_log_append_only()")
