"""The application log: a rotating file in the user's log directory (``models.paths.log_dir()``).

The crash dialog (and the command line, for an unexpected error) points the user at this file; support finds the
incident there by its number. A log directory that cannot be written is a ``UserDirectoryUnusable``.

The log is readable by the user only (the file and every rotated one ``0600``, the folder ``0700``), and it names
cases by their reference and staff by their user name, never a citizen's name or what someone searched for: SQL is
logged without its parameter values (``hide_parameters`` on every engine, :mod:`models.db`).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import logging.handlers
import os
import secrets
from pathlib import Path

from models import paths

LOG_FILE_NAME = "amtsstube.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"


class _AmtsstubeFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so setup is idempotent and can be undone; opens every log file
    (the first one and each after a rollover) readable by the user only, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, paths.PRIVATE_FILE_MODE)
        if paths.POSIX_MODES:
            os.fchmod(descriptor, paths.PRIVATE_FILE_MODE)  # the umask-free mode, and a file once more open is closed
        # always appending: a rotating handler opens its file with mode "a" only
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


class _VerboseStderrHandler(logging.StreamHandler):
    """The ``--verbose`` console log."""


def log_file_path() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the log of every module to the rotating file; returns its path. Calling it twice is harmless."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _AmtsstubeFileHandler):
            return Path(handler.baseFilename)
    path = log_file_path()
    try:
        handler = _AmtsstubeFileHandler(
            # a submission's hostile text may reach a message: spelled out, it never breaks the log
            path,
            maxBytes=MAX_BYTES,
            backupCount=BACKUP_COUNT,
            encoding="utf-8",
            errors="backslashreplace",
        )
    except OSError as error:
        raise paths.UserDirectoryUnusable("log", path.parent, error.strerror or str(error)) from error
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger(__name__).info("log started")
    return path


SQL_LOGGER = "sqlalchemy.engine"


def _log_sql_statements(verbose: bool) -> None:
    """With ``verbose`` the log shows every SQL statement (for the IT: what ran, how long), never the values bound
    to it (``hide_parameters``) and never the rows a query returns (SQLAlchemy logs those only at DEBUG: names and
    addresses of citizens). Without ``verbose``, SQLAlchemy's own default: warnings only."""
    logging.getLogger(SQL_LOGGER).setLevel(logging.INFO if verbose else logging.WARNING)


def configure_logging(*, verbose: bool = False) -> Path:
    """For the ``amtsstube`` command: the log file always, and with ``verbose`` everything on stderr too, the SQL
    statements included (without their values).

    Without ``verbose`` nothing is logged to stderr: the command prints its own German message there.
    """
    path = setup_logging(logging.DEBUG if verbose else logging.INFO)
    _log_sql_statements(verbose)
    root = logging.getLogger()
    if verbose and not any(isinstance(h, _VerboseStderrHandler) for h in root.handlers):
        stderr = _VerboseStderrHandler()
        stderr.setFormatter(logging.Formatter(_FORMAT))
        stderr.setLevel(logging.DEBUG)
        root.addHandler(stderr)
        root.setLevel(logging.DEBUG)
    return path


def new_incident_number() -> str:
    """Short enough to read out on the phone, unique enough to find in the log."""
    return f"{dt.datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(2).upper()}"


def log_incident(error: BaseException) -> str:
    """Log an unexpected error with its traceback under a new incident number, which is returned."""
    incident = new_incident_number()
    logging.getLogger(__name__).error("unexpected error, incident %s", incident, exc_info=error)
    return incident


def file_logging_active() -> bool:
    return any(isinstance(handler, _AmtsstubeFileHandler) for handler in logging.getLogger().handlers)


def shutdown_logging() -> None:
    """Remove and close the file handler (at exit, and between tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _AmtsstubeFileHandler | _VerboseStderrHandler):
            root.removeHandler(handler)
            handler.close()
    logging.getLogger(SQL_LOGGER).setLevel(logging.NOTSET)
