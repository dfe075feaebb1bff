"""Where Amtsstube keeps its files: the platform's user directories (XDG on Linux), readable by the user only.

Setting ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME`` and ``XDG_STATE_HOME`` therefore gives a separate user. A directory
that cannot be created or written is a :class:`UserDirectoryUnusable`, which names the directory and the variable
that moves it, never a traceback.

The database, the settings and the log hold personal data (names, addresses, who searched for whom), so every folder
Amtsstube creates is ``0700`` and every file ``0600``, whatever the umask and whatever ``platformdirs`` does (from
4.3 it can create folders itself, with the umask's 0755). The modes are set explicitly after creating; an own folder
found too open (made by an older version or by hand) is tightened, with a warning in the log.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import platformdirs

from models.errors import AmtsstubeError

log = logging.getLogger(__name__)

APP_NAME = "amtsstube"
PRIVATE_DIRECTORY_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
#: Whether file modes mean anything here (on Windows the profile's ACLs keep other accounts out instead).
POSIX_MODES = os.name == "posix"

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
    return _usable("data", data_dir_path())


def data_dir_path() -> Path:
    """The data directory without creating it."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


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


def is_in_own_directory(path: Path) -> bool:
    """Whether ``path`` lies in one of Amtsstube's own directories (data, settings, log), which hold nothing else."""
    resolved = Path(os.path.abspath(path))
    own = (data_dir_path(), config_dir_path(), platformdirs.user_log_path(APP_NAME, appauthor=False))
    return any(resolved.is_relative_to(Path(os.path.abspath(directory))) for directory in own)


def make_private_directory(path: Path) -> None:
    """Create ``path`` (and missing parents, as the XDG spec asks: ``0700``) readable by the user only.

    Raises ``OSError`` as ``mkdir`` does (``FileExistsError``: a file of this name is in the way).
    """
    if path.is_dir():
        return
    if path.parent != path and not path.parent.is_dir():
        make_private_directory(path.parent)
    path.mkdir(mode=PRIVATE_DIRECTORY_MODE)
    if POSIX_MODES:
        os.chmod(path, PRIVATE_DIRECTORY_MODE)  # mkdir's mode is filtered by the umask; this is not


def tighten(path: Path, private_mode: int) -> None:
    """Take away group and other permissions of ``path`` if it is the user's own; a warning says so."""
    if not POSIX_MODES:
        return
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    if status.st_uid != os.getuid() or not stat.S_IMODE(status.st_mode) & 0o077:
        return
    mode = stat.S_IMODE(status.st_mode)
    os.chmod(path, private_mode)
    log.warning("%s was readable by other accounts (mode %o); now %o", path, mode, private_mode)


def _own_folders(path: Path) -> list[Path]:
    """``path`` and its parents up to the folder named after Amtsstube (e.g. ``~/.local/state/amtsstube/log``)."""
    folders = [path]
    for parent in path.parents:
        if folders[-1].name == APP_NAME:
            break
        folders.append(parent)
    return folders if folders[-1].name == APP_NAME else [path]


def _usable(kind: str, path: Path) -> Path:
    """Create ``path`` if needed (``0700``), tighten it if it is too open, and make sure files can be created in it."""
    try:
        make_private_directory(path)
        for folder in _own_folders(path):
            tighten(folder, PRIVATE_DIRECTORY_MODE)
    except FileExistsError as error:  # a file where the directory should be
        raise UserDirectoryUnusable(kind, path, "a file of this name is in the way") from error
    except OSError as error:
        raise UserDirectoryUnusable(kind, path, error.strerror or str(error)) from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserDirectoryUnusable(kind, path, os.strerror(13))  # EACCES: "Permission denied"
    return path
