"""counter drafts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:35:00

A clerk's unsaved counter form, one per clerk, so that a crash or a closed window loses nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import models.base


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counter_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('saved_at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_counter_drafts_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_counter_drafts')),
        sa.UniqueConstraint('user_id', name=op.f('uq_counter_drafts_user_id')),
    )


def downgrade() -> None:
    op.drop_table('counter_drafts')
