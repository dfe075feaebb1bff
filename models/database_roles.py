"""The PostgreSQL role the workstations log in with: everything the application needs, nothing to rewrite history.

The tables belong to the role that runs ``amtsstube db upgrade`` (the owner); the workstations and the sync service
use an application role that may read and write the working tables but only read and append to the audit log and
the outgoing-mail book: no UPDATE, DELETE or TRUNCATE on them, so that not even someone who reads the workstation's
database password can rewrite them (the triggers and the hash chains are the second and third line). The admin
guide prints these statements; ``tests/models/test_database_role.py`` runs the application under such a role.
"""

from __future__ import annotations

import re

#: The append-only tables.
APPEND_ONLY_TABLES = (
    "audit_log",
    "mail_book",
    "receipts",
    "cash_day_closings",
    "resident_changes",
    "disclosure_log",
    "civil_annotations",
    "certificate_sheet_uses",
)

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def application_role_grants(role: str) -> list[str]:
    """The statements an owner runs (after each ``db upgrade``) to give ``role`` what the application needs."""
    if not _ROLE_NAME.fullmatch(role):
        raise ValueError(f"not a plain PostgreSQL role name: {role!r}")
    tables = ", ".join(APPEND_ONLY_TABLES)
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {tables} FROM {role}",
    ]
