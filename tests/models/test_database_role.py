"""On PostgreSQL the application works under a role that cannot UPDATE, DELETE or TRUNCATE the append-only tables."""

from __future__ import annotations

import itertools
import os

import pytest
from sqlalchemy.exc import DBAPIError

from models.database_roles import APPEND_ONLY_TABLES, application_role_grants
from models.db import Database
from models.operations.audit_verification import verify_audit_trail
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.support.factories import new_case
from tests.support.postgres_server import PostgresServer

_names = itertools.count()


@pytest.fixture
def application_db(postgres_server: PostgresServer, postgres_db: Database) -> Database:
    """``postgres_db`` opened as a fresh application role with the admin guide's grants."""
    role = f"amtsstube_app_{os.getpid()}_{next(_names)}"
    postgres_server.admin_execute(f"CREATE ROLE {role} LOGIN")
    with postgres_db.engine.begin() as connection:
        for statement in application_role_grants(role):
            connection.exec_driver_sql(statement)
    url = postgres_db.engine.url.set(username=role)
    return Database(url.render_as_string(hide_password=False))


def test_the_application_role_works_but_cannot_rewrite_the_trail(
    application_db: Database, postgres_db: Database, postgres_staff: Staff
) -> None:
    staff = postgres_staff
    case = new_case(application_db, staff.system)
    case_detail(application_db, staff.supervisor, case.id)  # reads, writes a case and two audit records
    assert verify_audit_trail(application_db, staff.admin).intact
    for table in APPEND_ONLY_TABLES:
        for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}", f"TRUNCATE {table}"):
            with pytest.raises(DBAPIError, match="permission denied"), application_db.engine.begin() as connection:
                connection.exec_driver_sql(statement)
    assert verify_audit_trail(postgres_db, staff.admin).intact
    application_db.dispose()


def test_a_role_name_is_never_pasted_into_sql_unchecked() -> None:
    with pytest.raises(ValueError, match="not a plain PostgreSQL role name"):
        application_role_grants("app; DROP TABLE audit_log")
