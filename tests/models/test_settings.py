from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import paths, settings
from models.errors import InvalidInput


def test_settings_round_trip_in_the_xdg_config_dir(tmp_path: Path) -> None:
    assert str(paths.config_dir()).startswith(str(tmp_path))
    original = settings.Settings(
        database_url="postgresql+psycopg://amt@db/amtsstube",
        printers=settings.PrinterSettings(letters="Brief_OG2"),
    )
    settings.save(original)
    assert settings.load() == original
    assert settings.load().effective_database_url() == "postgresql+psycopg://amt@db/amtsstube"


def test_default_database_is_sqlite_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = settings.load().effective_database_url()
    assert url == f"sqlite:///{tmp_path / 'home' / 'xdg_data_home' / 'amtsstube' / 'amtsstube.sqlite3'}"
    monkeypatch.setenv("AMTSSTUBE_DATABASE_URL", "sqlite:////elsewhere.db")
    assert settings.load().effective_database_url() == "sqlite:////elsewhere.db"


def test_broken_or_newer_settings_are_reported() -> None:
    settings.settings_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput):
        settings.load()
    settings.settings_path().write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    with pytest.raises(InvalidInput):
        settings.load()
