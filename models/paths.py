"""Where Amtsstube keeps its files: the platform's user directories (XDG on Linux).

Setting ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME`` and ``XDG_STATE_HOME`` therefore gives a separate user. A directory
that cannot be created or written is a :class:`UserDirectoryUnusable`, which names the directory and the variable
that moves it, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from models.errors import AmtsstubeError

APP_NAME = "amtsstube"

#: kind of directory → the variable that moves it on Linux
DIRECTORY_VARIABLES = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME", "log": "XDG_STATE_HOME"}


class UserDirectoryUnusable(AmtsstubeError):
    """One of Amtsstube's own directories (``kind``: data, config or log) cannot be created or written."""

    def __init__(self, kind: str, path: Path, detail: str) -> None:
        super().__init__(f"the {kind} directory {path} cannot be used: {detail}")
        self.kind = kind
        self.path = path
        self.detail = detail

    @property
    def variable(self) -> str:
        return DIRECTORY_VARIABLES[self.kind]


def data_dir() -> Path:
    return _usable("data", platformdirs.user_data_path(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The settings directory, created (it is written when settings are saved)."""
    return _usable("config", config_dir_path())


def config_dir_path() -> Path:
    """The settings directory without creating it (reading settings needs no directory)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return _usable("log", platformdirs.user_log_path(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "amtsstube.sqlite3"


def _usable(kind: str, path: Path) -> Path:
    """Create ``path`` if needed and make sure files can be created in it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:  # a file where the directory should be
        raise UserDirectoryUnusable(kind, path, "a file of this name is in the way") from error
    except OSError as error:
        raise UserDirectoryUnusable(kind, path, error.strerror or str(error)) from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserDirectoryUnusable(kind, path, os.strerror(13))  # EACCES: "Permission denied"
    return path
