"""Shared fixtures: isolated user directories, and every database test on SQLite *and* PostgreSQL.

The PostgreSQL server is started once per session from the installed binaries. Each test gets a fresh database
copied from a migrated template (``CREATE DATABASE … TEMPLATE``; on SQLite a file copy), so tests are independent
and the migrations run only once per database kind.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.actors import Actor, system_actor
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue
from models.operations.users import authenticate, create_user
from models.roles import Role
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres_server import PostgresServer
from tests.support.threads import no_dangling_threads  # noqa: F401 - an autouse fixture, for every test

PASSWORD = "Akten-Regal-4711"  # passes the password policy (models/password_policy.py)
STAFF = {
    "clerk": ("anna", "Anna Schmitz", {Role.CLERK}),
    "clerk2": ("ben", "Ben Yılmaz", {Role.CLERK}),
    "registry": ("clara", "Clara Nowak", {Role.REGISTRY_OFFICER}),
    "supervisor": ("dieter", "Dieter Brandt", {Role.SUPERVISOR}),
    "admin": ("eva", "Eva Klein", {Role.ADMIN}),
    "data_protection": ("frank", "Frank Weber", {Role.DATA_PROTECTION}),
}


@dataclass(frozen=True)
class Staff:
    clerk: Actor
    clerk2: Actor
    registry: Actor
    supervisor: Actor
    admin: Actor
    data_protection: Actor
    system: Actor


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring (there is no system keyring here, and none must be touched)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, config or logs."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    monkeypatch.delenv("AMTSSTUBE_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _small_demo_town(monkeypatch: pytest.MonkeyPatch) -> None:
    """A demo seed in a test (also in a subprocess) makes a town of 200 residents, not 20,000: only the tests of
    the register's generator pay for a large one."""
    monkeypatch.setenv("AMTSSTUBE_DEMO_RESIDENTS", "200")


def _seed(db: Database) -> Staff:
    upgrade(db)
    ensure_catalogue(db)
    system = system_actor("tests")
    actors = {}
    for key, (username, name, roles) in STAFF.items():
        phone = f"02999 123-{40 + len(actors)}"
        create_user(db, system, username, name, frozenset(roles), password=PASSWORD, phone=phone)
        actors[key] = authenticate(db, username, PASSWORD)
    return Staff(system=system, **actors)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_staff(postgres_server: PostgresServer) -> Staff:
    postgres_server.admin_execute("CREATE DATABASE template_amtsstube")
    db = Database(postgres_server.url("template_amtsstube"))
    staff = _seed(db)
    db.dispose()
    return staff


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Staff]:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    staff = _seed(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, staff


_counter = itertools.count()


#: The GUI and the command line reach the database only through the operations of ``models/``, whose own tests run on
#: both databases; so a test below these folders runs on SQLite only unless it is marked ``both_databases`` (where
#: what the user sees depends on the database: its errors, its locks, its append-only protection).
SQLITE_ONLY_BELOW = (Path(__file__).parent / "desktop",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, left_out = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgresql = callspec is not None and callspec.params.get("database_kind") == "postgresql"
        below = any(item.path.is_relative_to(folder) for folder in SQLITE_ONLY_BELOW)
        if on_postgresql and below and item.get_closest_marker("both_databases") is None:
            left_out.append(item)
        else:
            kept.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture(params=["sqlite", "postgresql"])
def database_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def db_and_staff(
    database_kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Database, Staff]]:
    if database_kind == "sqlite":
        template, staff = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "amtsstube.sqlite3"
        shutil.copyfile(template, path)
        db = Database(f"sqlite:///{path}")
        yield db, staff
        db.dispose()
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        staff = request.getfixturevalue("postgres_staff")
        name = f"test_{os.getpid()}_{next(_counter)}"
        server.admin_execute(f"CREATE DATABASE {name} TEMPLATE template_amtsstube")
        db = Database(server.url(name))
        yield db, staff
        db.dispose()
        server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def db(db_and_staff: tuple[Database, Staff]) -> Database:
    return db_and_staff[0]


@pytest.fixture
def staff(db_and_staff: tuple[Database, Staff]) -> Staff:
    return db_and_staff[1]


@pytest.fixture
def postgres_db(postgres_server: PostgresServer, postgres_staff: Staff) -> Iterator[Database]:
    """A fresh PostgreSQL database only (for tests of row locks and concurrency)."""
    name = f"test_{os.getpid()}_{next(_counter)}"
    postgres_server.admin_execute(f"CREATE DATABASE {name} TEMPLATE template_amtsstube")
    db = Database(postgres_server.url(name))
    yield db
    db.dispose()
    postgres_server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")
