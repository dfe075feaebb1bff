"""pickup districts with their own weekdays and daily capacity; the volume of each booked pickup

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 19:40:00

Bulky-waste and e-waste pickups were planned town-wide (one daily capacity in the town's settings). Each collection
district (Abfuhrbezirk) now has its own pickup weekdays and capacity, as data the town can change; the district of
an address is that of its street in the street directory. Seeded with the six districts of Lindenbrück. Each booked
pickup records its volume, for the daily volume limit and the crew's route list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

#: name, ISO weekdays, pickups per day, litres per day
DISTRICTS = (
    ("Altstadt", "1,4", 8, 30_000),
    ("Mitte", "2,4", 10, 35_000),
    ("Lindenhöhe", "3", 8, 30_000),
    ("Nordviertel", "1,3", 8, 30_000),
    ("Bruchhausen", "2,5", 6, 25_000),
    ("Ostfeld", "3,5", 6, 25_000),
)


def upgrade() -> None:
    districts = op.create_table(
        'pickup_districts',
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('weekdays', sa.String(length=20), nullable=False),
        sa.Column('daily_capacity', sa.Integer(), nullable=False),
        sa.Column('daily_volume_litres', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_pickup_districts')),
    )
    op.bulk_insert(
        districts,
        [
            {"name": name, "weekdays": days, "daily_capacity": count, "daily_volume_litres": litres}
            for name, days, count, litres in DISTRICTS
        ],
    )
    with op.batch_alter_table('bulky_waste_pickups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('volume_litres', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('bulky_waste_pickups', schema=None) as batch_op:
        batch_op.drop_column('volume_litres')
    op.drop_table('pickup_districts')
