"""a dog's tax relief (exemption or reduction of the dog-tax statute) and its evidence

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 22:30:00

The relief a keeper claimed for a dog (the statute's code, e.g. ``assistance_dog``, ``shelter_dog``) and the
evidence shown for it (e.g. "Schwerbehindertenausweis Merkzeichen Bl"), as recorded on the registration; the dog
tax applies the statute's relief. Dogs registered so far have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dogs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relief', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('relief_evidence', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dogs', schema=None) as batch_op:
        batch_op.drop_column('relief_evidence')
        batch_op.drop_column('relief')
