"""indexes for the queue sorted by service or applicant

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 20:30:00

The work queue of a large town hall sorted by service or by applicant's family name: with an index on the name the
database walks the services (or applicants) in name order and takes each one's cases by their own index, and stops
after the page instead of joining and sorting every case (issue 14, item 6).
"""

from __future__ import annotations

from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_public_services_name'), 'public_services', ['name'], unique=False)
    op.create_index(op.f('ix_people_family_name'), 'people', ['family_name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_people_family_name'), table_name='people')
    op.drop_index(op.f('ix_public_services_name'), table_name='public_services')
