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


#: The chained tables (:mod:`models.log_chain`) and the column of each that the database's clock fills in.
CHAINED_TABLES = {"audit_log": "at", "mail_book": "printed_at"}

#: How far a record's time may be from the database's clock when it is inserted (the application reads the
#: clock a moment before; a client that brings its own time is refused).
TIME_TOLERANCE_SECONDS = 10


def chain_guard_statements(table: str, time_column: str, dialect: str) -> list[str]:
    """Triggers of migration 0007: no insert that reuses an id or a place in the chain (SQLite's INSERT OR REPLACE
    would otherwise delete the old row without firing its delete trigger), and none with a time of its own."""
    if dialect == "postgresql":
        return [
            f"""CREATE FUNCTION {table}_database_time() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.{time_column} IS NULL
            OR abs(extract(epoch FROM NEW.{time_column} - clock_timestamp())) > {TIME_TOLERANCE_SECONDS} THEN
           RAISE EXCEPTION '{table}: the time of a record comes from the database';
         END IF;
         RETURN NEW;
       END $$""",
            f"""CREATE TRIGGER {table}_database_time BEFORE INSERT ON {table}
       FOR EACH ROW EXECUTE FUNCTION {table}_database_time()""",
        ]
    return [
        f"""CREATE TRIGGER {table}_no_reuse BEFORE INSERT ON {table}
       WHEN EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id OR seq = NEW.seq)
       BEGIN SELECT RAISE(ABORT, '{table} is append-only: an id is never used twice'); END""",
        f"""CREATE TRIGGER {table}_database_time BEFORE INSERT ON {table}
       WHEN NEW.{time_column} IS NULL
         OR abs(julianday(NEW.{time_column}) - julianday('now')) * 86400.0 > {TIME_TOLERANCE_SECONDS}
       BEGIN SELECT RAISE(ABORT, '{table}: the time of a record comes from the database'); END""",
    ]


def guarding_statements(table: str, dialect: str) -> list[str]:
    """Every statement that guards a chained table today (what ``audit verify`` expects to find in place)."""
    return append_only_statements(table, dialect) + chain_guard_statements(table, CHAINED_TABLES[table], dialect)
