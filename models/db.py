"""Engines and transactions for SQLite (one workstation) and PostgreSQL (the whole town hall).

Operations open one transaction per user action with :meth:`Database.write` or :meth:`Database.read`.
On SQLite a write transaction starts with ``BEGIN IMMEDIATE`` so that two writers queue up instead of failing
halfway; on PostgreSQL the row locks of the operations do that job.

What can go wrong before any operation runs is typed: an address that is no database URL
(:class:`DatabaseUrlInvalid`), a server that does not answer (:class:`DatabaseUnavailable`), and on SQLite a file
that cannot be used (:class:`DatabaseFileUnusable`: not a database, damaged, read-only, …), which is a problem of
that file and not of the network.

No engine ever logs the values bound to a statement (``hide_parameters``): with ``--verbose`` SQLAlchemy logs every
statement, and the values are citizens' names, addresses and search terms. A SQLite file is created readable by its
owner only (:mod:`models.sqlite_privacy`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from models import sqlite_privacy
from models.database_errors import DatabaseUrlInvalid, sqlite_file_error, supported_url
from models.errors import DatabaseUnavailable

__all__ = ["Database", "DatabaseUrlInvalid", "create_db_engine", "translate_connection_errors"]

log = logging.getLogger(__name__)

_SQLITE_BEGIN = "amtsstube_sqlite_begin"


def _configure_sqlite(engine: Engine) -> None:
    database_file = sqlite_privacy.database_file(engine.url)

    @event.listens_for(engine, "do_connect")
    def _before_connect(*_args: Any) -> None:
        if database_file is not None:
            sqlite_privacy.prepare(database_file)  # 0600 before SQLite creates it with the umask's mode

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (SQLAlchemy docs,
        # "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 15000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_SQLITE_BEGIN, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for a supported database URL; anything else is a :class:`DatabaseUrlInvalid`.

    Statements are never logged with their values (``hide_parameters`` cannot be switched off here).
    """
    supported_url(url)
    kwargs["hide_parameters"] = True
    if url.startswith("sqlite"):
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 10, "application_name": "amtsstube"})
    return create_engine(url, **kwargs)


class Database:
    """The unit-of-work factory handed to every operation."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = create_db_engine(url, **engine_kwargs)
        self.sqlite_file = self.engine.url.database if self.is_sqlite else None
        self.sqlite_path = sqlite_privacy.database_file(self.engine.url) if self.is_sqlite else None
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{_SQLITE_BEGIN: "IMMEDIATE"}) if self.is_sqlite else self.engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def private_to_this_account(self) -> bool:
        """A SQLite database only the current operating-system account can read (see :mod:`models.sqlite_privacy`);
        never a PostgreSQL one, which is shared by design."""
        return self.is_sqlite and sqlite_privacy.privately_owned(self.sqlite_path)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One read-write transaction: committed at the end, rolled back on any error."""
        with translate_connection_errors(self.sqlite_file), self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read-only transaction (nothing is committed)."""
        with translate_connection_errors(self.sqlite_file), self._read() as session:
            yield session  # closing the session rolls the transaction back

    def check_connection(self) -> None:
        """Raise :class:`DatabaseUnavailable` unless the server answers (on SQLite: unless the file is usable)."""
        with translate_connection_errors(self.sqlite_file), self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_connection_errors(sqlite_file: str | None = None) -> Iterator[None]:
    """Connection failures become :class:`DatabaseUnavailable`; on SQLite (``sqlite_file`` given) the failures of
    the file itself become :class:`DatabaseFileUnusable`. Other database errors pass unchanged."""
    try:
        yield
    except exc.DBAPIError as error:
        file_error = sqlite_file_error(sqlite_file, error.orig) if sqlite_file is not None else None
        if file_error is not None:
            log.warning("database file problem: %s", file_error, exc_info=True)
            raise file_error from error
        if not isinstance(error, exc.OperationalError | exc.InterfaceError):
            raise
        log.exception("database error")
        raise DatabaseUnavailable(str(error.orig) if error.orig else str(error)) from error
