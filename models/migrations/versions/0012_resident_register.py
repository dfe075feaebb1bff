"""resident register

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 18:50:00

The resident register (Melderegister, ``models/registers/residents/``): the streets of the town, the residents'
current state with the DIN 91379 search forms of their names, their addresses, and the append-only history of
changes from which that state follows (the database refuses UPDATE and DELETE on ``resident_changes``, like the
audit log).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import models.base
from models.migrations.append_only import make_append_only

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'residents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_name', sa.String(length=120), nullable=False),
        sa.Column('given_names', sa.String(length=120), nullable=False),
        sa.Column('birth_name', sa.String(length=120), nullable=True),
        sa.Column('doctoral_degree', sa.String(length=40), nullable=True),
        sa.Column('born', sa.Date(), nullable=True),
        sa.Column('birth_place', sa.String(length=120), nullable=True),
        sa.Column('sex', sa.Enum('m', 'w', 'd', 'x', name='sex', native_enum=False), nullable=False),
        sa.Column('nationalities', JSON, nullable=False),
        sa.Column('information_block_until', sa.Date(), nullable=True),
        sa.Column('information_block_reason', sa.Text(), nullable=True),
        sa.Column('conditional_block_reason', sa.Text(), nullable=True),
        sa.Column('transmission_blocks', JSON, nullable=False),
        sa.Column('died_on', sa.Date(), nullable=True),
        sa.Column('search_name', sa.Text(), nullable=False),
        sa.Column('search_family_name', sa.String(length=240), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_residents')),
    )
    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.create_index('ix_residents_born_search_name', ['born', 'search_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_residents_search_family_name'), ['search_family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_residents_search_name'), ['search_name'], unique=False)
    op.create_table(
        'streets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('postcode', sa.String(length=5), nullable=False),
        sa.Column('town', sa.String(length=80), nullable=False),
        sa.Column('district', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_streets')),
        sa.UniqueConstraint('name', 'postcode', name='uq_streets_name_postcode'),
    )
    op.create_table(
        'resident_addresses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('resident_id', sa.Integer(), nullable=False),
        sa.Column('street_id', sa.Integer(), nullable=False),
        sa.Column('house_number', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.Enum('main', 'secondary', name='addresskind', native_enum=False, length=10), nullable=False),
        sa.Column('moved_in', sa.Date(), nullable=False),
        sa.Column('moved_out', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_resident_addresses_resident_id_residents')),
        sa.ForeignKeyConstraint(['street_id'], ['streets.id'], name=op.f('fk_resident_addresses_street_id_streets')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_addresses')),
    )
    with op.batch_alter_table('resident_addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_addresses_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_resident_addresses_street_house', ['street_id', 'house_number'], unique=False)
    op.create_table(
        'resident_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('resident_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column(
            'kind',
            sa.Enum(
                'registered', 'moved_in', 'moved_out', 'name_changed', 'information_block_set',
                'information_block_lifted', 'conditional_block_set', 'conditional_block_lifted',
                'transmission_blocks_set', 'died', name='changekind', native_enum=False, length=30,
            ),
            nullable=False,
        ),
        sa.Column('data', JSON, nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('changed_by', sa.String(length=120), nullable=False),
        sa.Column('changed_at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_resident_changes_resident_id_residents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_changes')),
        sa.UniqueConstraint('resident_id', 'number', name='uq_resident_changes_resident_id_number'),
    )
    make_append_only("resident_changes")  # the history: the database refuses changes and deletions


def downgrade() -> None:
    op.drop_table('resident_changes')  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION resident_changes_append_only()")
    op.drop_table('resident_addresses')
    op.drop_table('streets')
    op.drop_table('residents')
