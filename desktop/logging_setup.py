"""The application log: a rotating file in the user's log directory (``models.paths.log_dir()``).

The crash dialog points the user at this file; support finds the incident there by its number.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from models import paths

LOG_FILE_NAME = "amtsstube.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"


class _AmtsstubeFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so setup is idempotent and can be undone."""


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
    handler = _AmtsstubeFileHandler(
        # a submission's hostile text may reach a message: spelled out, it never breaks the log
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", errors="backslashreplace"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger(__name__).info("log started")
    return path


def configure_logging(*, verbose: bool = False) -> Path:
    """For the ``amtsstube`` command: the log file always, and with ``verbose`` everything on stderr too.

    Without ``verbose`` nothing is logged to stderr: the command prints its own German message there.
    """
    path = setup_logging(logging.DEBUG if verbose else logging.INFO)
    root = logging.getLogger()
    if verbose and not any(isinstance(h, _VerboseStderrHandler) for h in root.handlers):
        stderr = _VerboseStderrHandler()
        stderr.setFormatter(logging.Formatter(_FORMAT))
        stderr.setLevel(logging.DEBUG)
        root.addHandler(stderr)
        root.setLevel(logging.DEBUG)
    return path


def shutdown_logging() -> None:
    """Remove and close the file handler (at exit, and between tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _AmtsstubeFileHandler | _VerboseStderrHandler):
            root.removeHandler(handler)
            handler.close()
