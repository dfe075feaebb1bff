"""indexes for the queue counted by clerk and by search

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 21:50:00

The work queue of a large town hall sorted by clerk counts the matching cases per clerk, and a search counts the
cases of the applicants whose name matches; both also need each case's service (which cases a clerk may see). With
the service in the clerk's and the applicant's index the count reads the index alone: sorted by clerk 66 → 20 ms,
a one-letter search's count 139 → 36 ms over 100,000 cases on SQLite (issue 14, item 6).
"""

from __future__ import annotations

from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cases_assignee_service', 'cases', ['assignee_id', 'service_id'], unique=False)
    op.create_index('ix_cases_applicant_service', 'cases', ['applicant_id', 'service_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_cases_applicant_service', table_name='cases')
    op.drop_index('ix_cases_assignee_service', table_name='cases')
