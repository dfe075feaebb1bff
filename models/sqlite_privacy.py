"""The SQLite database file is readable by its owner only, and whether it is: the file's owner is then trusted.

SQLite creates its file with ``0644`` minus the umask, and its ``-wal`` and ``-shm`` files with the mode of the
database file. So the database file is created here first, ``0600`` whatever the umask, before SQLite opens it; the
journal files follow it. A file in Amtsstube's own data directory found more open (an older version made it so) is
tightened, with its journal files; a file elsewhere (``--database sqlite:///…``) is left as it is, since someone may
have set it so on purpose, and a warning is logged.

:func:`privately_owned` says whether only the current operating-system account can read the file. Such a file is a
single-user desktop database: whoever runs as that account could open the file with any SQLite tool anyway, so the
command line trusts that account without a staff login. A file other accounts can read (or that belongs to another
account) is shared, and the command line asks for a login as on PostgreSQL.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from sqlalchemy.engine import URL

from models.paths import POSIX_MODES, PRIVATE_FILE_MODE, is_in_own_directory, tighten

log = logging.getLogger(__name__)

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def database_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or a ``file:`` URI (SQLite opens those itself)."""
    name = url.database
    if not name or name == ":memory:" or url.query.get("uri") in ("true", "1") or name.startswith("file:"):
        return None
    return Path(name)


def with_journals(path: Path) -> tuple[Path, ...]:
    return (path, *(path.with_name(path.name + suffix) for suffix in JOURNAL_SUFFIXES))


def prepare(path: Path) -> None:
    """Before SQLite opens ``path``: create it ``0600`` if it is missing; tighten it in the own data directory.

    Problems are left to SQLite, which names them in its own words (folder missing, read-only, …).
    """
    if not POSIX_MODES:
        return
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        _check_existing(path)
        return
    except OSError:
        return
    try:
        os.fchmod(descriptor, PRIVATE_FILE_MODE)
    finally:
        os.close(descriptor)


def _check_existing(path: Path) -> None:
    try:
        if is_in_own_directory(path):
            for part in with_journals(path):
                tighten(part, PRIVATE_FILE_MODE)
        elif not privately_owned(path):
            log.warning("the database file %s can be read by other accounts; the command line asks for a login", path)
    except OSError as error:
        log.warning("could not check the permissions of %s: %s", path, error)


def privately_owned(path: Path | None) -> bool:
    """Whether the database file (and its journal files, where they exist) belong to the current account and no
    other account may read or write them. An in-memory database (``None``) is private to the process.

    Outside POSIX (Windows) the file counts as private when it lies in Amtsstube's own data directory, which the
    user profile's permissions keep to its account.
    """
    if path is None:
        return True
    if not POSIX_MODES:
        return path.exists() and is_in_own_directory(path)
    for part in with_journals(path):
        try:
            status = part.stat()
        except FileNotFoundError:
            if part == path:
                return False
            continue
        if status.st_uid != os.getuid() or stat.S_IMODE(status.st_mode) & 0o077:
            return False
    return True
