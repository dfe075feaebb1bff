"""The workstation's settings: one typed object with defaults and a schema version, JSON in the config directory.

What all workstations share (the town's letterhead data, pickup planning) lives in the database instead
(:mod:`models.town_config`). Secrets never live here; they go through the keyring wrapper.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from models import paths
from models.errors import InvalidInput
from models.output_files import replace_privately

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DATABASE_URL_ENV = "AMTSSTUBE_DATABASE_URL"


@dataclass(frozen=True)
class PrinterSettings:
    letters: str | None = None  # CUPS/Windows printer name for letters; None: ask
    certificates: str | None = None  # tray with security paper


@dataclass(frozen=True)
class FitConnectSettings:
    """Where the delivery service is (no secrets: client secret and private keys live in the keyring)."""

    token_url: str | None = None  # e.g. https://auth-testing.fit-connect.fitko.dev/token
    submission_api: str | None = None  # e.g. https://submission-api-testing.fit-connect.fitko.dev
    destination_id: str | None = None
    ca_bundle: str | None = None  # PEM file of a municipal CA; None: the system's trust store
    sync_interval_minutes: int = 10
    sync_on_start: bool = True

    @property
    def configured(self) -> bool:
        return bool(self.token_url and self.submission_api and self.destination_id)


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    database_url: str | None = None  # None: embedded SQLite file in the user data directory
    printers: PrinterSettings = field(default_factory=PrinterSettings)
    fitconnect: FitConnectSettings = field(default_factory=FitConnectSettings)
    #: This workstation's name in the cash book (Kasse, e.g. "Schalter 2"); None: the computer's name.
    workstation: str | None = None

    def effective_workstation(self) -> str:
        """The name the cash book records for bookings here: the setting, else the computer's host name."""
        return (self.workstation or "").strip() or socket.gethostname().split(".")[0] or "Arbeitsplatz"

    def effective_database_url(self) -> str:
        """Environment beats the file, the file beats the embedded default."""
        env = os.environ.get(DATABASE_URL_ENV)
        if env:
            return env
        if self.database_url:
            return self.database_url
        return f"sqlite:///{paths.default_sqlite_path()}"


SETTINGS_FILE = "settings.json"


class SettingsProblem(StrEnum):
    """Why a settings file cannot be used (the ``reason`` of :class:`SettingsFileUnusable`)."""

    NOT_JSON = "not_json"
    NOT_AN_OBJECT = "not_an_object"
    WRONG_VALUE = "wrong_value"
    UNREADABLE = "unreadable"
    NEWER_VERSION = "newer_version"


_PROBLEM_TEXTS = {
    SettingsProblem.NOT_JSON: "not valid JSON",
    SettingsProblem.NOT_AN_OBJECT: "must be an object",
    SettingsProblem.WRONG_VALUE: "has a wrong value",
    SettingsProblem.UNREADABLE: "cannot be read",
    SettingsProblem.NEWER_VERSION: "written by a newer version",
}


class SettingsFileUnusable(InvalidInput):
    """The settings file at ``path`` cannot be used: ``reason`` says why, ``particulars`` what exactly (English).

    An :class:`InvalidInput` (as before it had its own type) whose ``field`` is the path and ``problem`` the
    reason's code; ``detail`` is the English explanation for the IT, e.g. "has a wrong value
    (settings.database_url must be a text or null)".
    """

    def __init__(self, path: Path, reason: SettingsProblem, particulars: str) -> None:
        super().__init__(str(path), reason.value)
        self.path = path
        self.reason = reason
        self.particulars = particulars
        self.detail = f"{_PROBLEM_TEXTS[reason]} ({particulars})"
        self.args = (f"invalid {path}: {self.detail}",)


def settings_path() -> Path:
    """The settings file, its folder created (for writing it)."""
    return paths.config_dir() / SETTINGS_FILE


def settings_location() -> Path:
    """Where the settings file is or would be, without creating anything (reading needs no folder)."""
    return paths.config_dir_path() / SETTINGS_FILE


_NESTED: dict[str, type[Any]] = {"printers": PrinterSettings, "fitconnect": FitConnectSettings}


def _build(cls: type[Any], raw: object, where: str, path: Path) -> Any:
    if not isinstance(raw, dict):
        raise SettingsFileUnusable(path, SettingsProblem.NOT_AN_OBJECT, where)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in fields:
            log.warning("ignoring unknown setting %s.%s", where, name)
        elif cls is Settings and name in _NESTED:
            kwargs[name] = _build(_NESTED[name], value, f"{where}.{name}", path)
        else:
            kwargs[name] = _checked(fields[name], value, f"{where}.{name}", path)
    return cls(**kwargs)


def _checked(field_: dataclasses.Field[Any], value: object, where: str, path: Path) -> object:
    """The value if it has the type of the field's default (text or null, a whole number, true/false)."""
    default = field_.default
    if isinstance(default, bool):
        ok, expected = isinstance(value, bool), "true or false"
    elif isinstance(default, int):
        ok, expected = isinstance(value, int) and not isinstance(value, bool), "a whole number"
    else:
        ok, expected = value is None or isinstance(value, str), "a text or null"
    if not ok:
        raise SettingsFileUnusable(path, SettingsProblem.WRONG_VALUE, f"{where} must be {expected}")
    return value


def load(path: Path | None = None) -> Settings:
    """The settings in the file (the defaults without one); an unusable file is a :class:`SettingsFileUnusable`."""
    path = path or settings_location()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SettingsFileUnusable(path, SettingsProblem.NOT_JSON, str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise SettingsFileUnusable(path, SettingsProblem.NOT_JSON, f"not UTF-8: {exc.reason}") from exc
    except OSError as exc:
        raise SettingsFileUnusable(path, SettingsProblem.UNREADABLE, exc.strerror or str(exc)) from exc
    settings: Settings = _build(Settings, raw, "settings", path)
    if settings.schema_version > SCHEMA_VERSION:
        raise SettingsFileUnusable(path, SettingsProblem.NEWER_VERSION, f"schema {settings.schema_version}")
    return dataclasses.replace(settings, schema_version=SCHEMA_VERSION)


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically, readable by the user only (``0600``: it names the database server, perhaps with its
    password); a settings directory that cannot be written is a :class:`UserDirectoryUnusable`."""
    path = path or settings_path()
    text = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    try:
        replace_privately(path, text.encode("utf-8"))
    except OSError as error:
        raise paths.UserDirectoryUnusable("config", path.parent, error.strerror or str(error)) from error
