"""After a full sync the client secret and the private keys are in no file and no database column."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import MetaData, select

from models import paths
from models.db import Database
from sync.sandbox.demo_submissions import send_demo_submissions
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import AMTSSTUBE, Destination, configure_workstation


def _secrets(destination: Destination) -> dict[str, str]:
    setup = destination.setup
    found = {"client secret": setup.subscriber.client_secret}
    for name, key in (("decryption key", setup.decryption_key), ("signing key", setup.signing_key)):
        for part in ("d", "p", "q", "dp", "dq", "qi"):
            found[f"{name} {part}"] = key[part]
    return found


def _database_text(db: Database) -> str:
    metadata = MetaData()
    metadata.reflect(db.engine)
    chunks = []
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    chunks.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    return "\n".join(chunks)


def test_no_secret_in_files_logs_or_database(
    db: Database, destination: Destination, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    with destination.sender() as sender:
        sent = send_demo_submissions(sender, destination.setup, 6, seed=1)
    env = configure_workstation(destination, memory_keyring)
    for _ in range(2):  # a pass with work and an empty one, with verbose logging
        run = subprocess.run(
            [AMTSSTUBE, "-v", "--database", db.url, "sync"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 0, run.stderr
    secrets = _secrets(destination)

    roots = (paths.data_dir(), paths.config_dir(), paths.log_dir())
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files), "the sync wrote a log"
    assert any(p.name == "settings.json" for p in files)
    for path in files:
        content = path.read_bytes().decode("latin-1")
        for name, secret in secrets.items():
            assert secret not in content, f"{name} found in {path}"
    database = _database_text(db)
    assert all(s.submission_id in database for s in sent)  # the search covers the synced cases
    for name, secret in secrets.items():
        assert secret not in database, f"{name} found in the database"
        assert secret not in run.stdout + run.stderr
