"""The start's cheap question "is the structure current?" (models/schema_revision.py) agrees with Alembic."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from models.database_errors import DatabaseNewerThanProgram
from models.db import Database
from models.migrate import alembic_config, current_revision, head_revision, upgrade
from models.schema_revision import bring_up_to_date, shipped_head, shipped_revisions, stored_revision


def test_the_file_names_give_alembics_revisions_and_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    by_alembic = sorted(revision.revision for revision in script.walk_revisions())
    assert list(shipped_revisions()) == by_alembic
    assert shipped_head() == head_revision()
    # each file's revision is its name's number, and it follows the one before (a straight line, no branches)
    folder = resources.files("models.migrations").joinpath("versions")
    for number, revision in enumerate(shipped_revisions()):
        (path,) = [entry for entry in folder.iterdir() if entry.name.startswith(f"{revision}_")]
        source = path.read_text(encoding="utf-8")
        assert re.search(rf"^revision = ['\"]{revision}['\"]$", source, re.MULTILINE), path.name
        before = f"['\"]{shipped_revisions()[number - 1]}['\"]" if number else "None"
        assert re.search(rf"^down_revision = {before}$", source, re.MULTILINE), path.name


def test_a_new_database_is_migrated_once_and_then_left_alone(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        assert stored_revision(db) is None
        assert bring_up_to_date(db) is True
        assert stored_revision(db) == current_revision(db) == head_revision()
        assert bring_up_to_date(db) is False
    finally:
        db.dispose()


def test_a_database_behind_the_program_is_brought_up_to_the_head(db: Database, tmp_path: Path) -> None:
    old = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        upgrade(old, shipped_revisions()[-2])
        assert stored_revision(old) == shipped_revisions()[-2]
        assert bring_up_to_date(old) is True
        assert stored_revision(old) == head_revision()
    finally:
        old.dispose()
    assert stored_revision(db) == head_revision()  # the suite's databases (SQLite and PostgreSQL) say the same


def test_a_revision_of_a_newer_program_is_refused_not_skipped(tmp_path: Path) -> None:
    newer = Database(f"sqlite:///{tmp_path / 'newer.sqlite3'}")
    try:
        upgrade(newer)
        with newer.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(DatabaseNewerThanProgram):
            bring_up_to_date(newer)
    finally:
        newer.dispose()
