"""What can be wrong with the database address or, on SQLite, with the database file (see :mod:`models.db`).

A SQLite file that cannot be used is a problem of that file (not a database, damaged, read-only, folder missing,
disk full, locked by another program), never "the database cannot be reached": the user is told which file and
what to do with it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.engine import URL, make_url

from models.errors import AmtsstubeError

#: The drivers Amtsstube is built and tested for (SQLite through the standard library, PostgreSQL through psycopg 3).
SUPPORTED_DRIVERS = {"sqlite": "pysqlite", "postgresql": "psycopg"}
_SHOWN_URL_LENGTH = 200


class DatabaseUrlInvalid(AmtsstubeError):
    """The database address is no URL Amtsstube can use. ``problem``: unreadable, unsupported, bad_port, empty."""

    def __init__(self, url: str, problem: str) -> None:
        shown = redacted_url(url)
        super().__init__(f"invalid database URL {shown!r}: {problem}")
        self.url = shown
        self.problem = problem


class DatabaseFileUnusable(AmtsstubeError):
    """The SQLite database file cannot be used.

    ``problem``: not_a_database, foreign (a SQLite file of another program), damaged, folder_missing, is_folder,
    read_only, cannot_open, locked, disk_full or other; ``detail`` is SQLite's own words for the IT.
    """

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(f"the database file {path} cannot be used ({problem}): {detail}")
        self.path = path
        self.problem = problem
        self.detail = detail

    @property
    def folder(self) -> str:
        return str(Path(self.path).parent)


class DatabaseNewerThanProgram(AmtsstubeError):
    """The database was migrated by a newer Amtsstube: this version does not know its revision."""

    def __init__(self, revision: str, known: str | None) -> None:
        super().__init__(f"the database is at revision {revision}, this program knows up to {known}")
        self.revision = revision
        self.known = known


def redacted_url(url: str) -> str:
    """The address as the user may see it: no password, no control characters, not endlessly long."""
    shown = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
    shown = "".join(c if c.isprintable() else "?" for c in shown)
    return shown if len(shown) <= _SHOWN_URL_LENGTH else shown[:_SHOWN_URL_LENGTH] + "…"


def supported_url(url: str) -> URL:
    """The parsed URL, or :class:`DatabaseUrlInvalid` unless it names SQLite or PostgreSQL (psycopg)."""
    if not url.strip():
        raise DatabaseUrlInvalid(url, "empty")
    try:
        parsed = make_url(url)
        port = parsed.port  # parsed lazily by some versions
    except exc.ArgumentError as error:
        raise DatabaseUrlInvalid(url, "unreadable") from error
    except ValueError as error:  # a port that is not a number
        raise DatabaseUrlInvalid(url, "bad_port") from error
    if SUPPORTED_DRIVERS.get(parsed.get_backend_name()) != parsed.get_driver_name():
        raise DatabaseUrlInvalid(url, "unsupported")
    if port is not None and not 0 < port < 65536:
        raise DatabaseUrlInvalid(url, "bad_port")
    return parsed


# SQLite's primary result codes (``sqlite3.Error.sqlite_errorname``) that describe the file, by their problem.
_SQLITE_FILE_PROBLEMS = {
    "SQLITE_NOTADB": "not_a_database",
    "SQLITE_CORRUPT": "damaged",
    "SQLITE_CANTOPEN": "cannot_open",
    "SQLITE_READONLY": "read_only",
    "SQLITE_PERM": "read_only",
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_FULL": "disk_full",
    "SQLITE_IOERR": "other",
}


def sqlite_file_error(sqlite_file: str | None, orig: BaseException | None) -> DatabaseFileUnusable | None:
    """The file problem behind a sqlite3 error, or None if the error is not about the file."""
    name = getattr(orig, "sqlite_errorname", None)
    if not isinstance(name, str):
        return None
    problem = _SQLITE_FILE_PROBLEMS.get("_".join(name.split("_")[:2]))  # SQLITE_IOERR_SHORT_READ → SQLITE_IOERR
    if problem is None:
        return None
    path = sqlite_file or ":memory:"
    if problem in ("cannot_open", "read_only"):
        problem = _why_not_writable(Path(path)) or problem
    return DatabaseFileUnusable(os.path.abspath(path), problem, str(orig))


def _why_not_writable(path: Path) -> str | None:
    """Look at the file system to say why SQLite could not open or write ``path``."""
    if path.is_dir():
        return "is_folder"
    folder = path.absolute().parent
    if not folder.is_dir():
        return "folder_missing"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        return "read_only"
    return None
