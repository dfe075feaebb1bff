"""indexes of search names and of cases by applicant, for finding earlier applicants at the counter

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:45:00

The counter dialog finds a citizen among the applicants of earlier cases (``models/operations/people_search.py``):
the matching people first, then their cases. Without an index on ``cases.applicant_id`` each matching person costs
a scan of the cases (or the databases read every case and its applicant instead); the index of ``people.search_name``
is narrower than the table, so SQLite reads it instead of every row for the "contains" of a search.
"""

from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_applicant_id'), ['applicant_id'], unique=False)
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_search_name'), ['search_name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_search_name'))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_applicant_id'))
