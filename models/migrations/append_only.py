"""Database triggers that make a table append-only (audit log, outgoing-mail book), for SQLite and PostgreSQL.

Used by the migrations; the statements for a table never change once a migration has created them.
"""

from __future__ import annotations

from alembic import op


def append_only_statements(table: str, dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            f"""CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '{table} is append-only'; END $$""",
            f"""CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table}
       FOR EACH ROW EXECUTE FUNCTION {table}_append_only()""",
            f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
       FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()""",
        ]
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
       BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
       BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
    ]


def make_append_only(table: str) -> None:
    """The database itself refuses to change or delete the rows of ``table``."""
    for statement in append_only_statements(table, op.get_bind().dialect.name):
        op.execute(statement)
