"""Where Amtsstube keeps its files: the platform's user directories (XDG on Linux).

Setting ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME`` and ``XDG_STATE_HOME`` therefore gives a separate user.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "amtsstube"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_sqlite_path() -> Path:
    return data_dir() / "amtsstube.sqlite3"
