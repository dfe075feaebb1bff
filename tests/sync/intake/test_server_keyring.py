"""A sync service without a terminal unlocks the encrypted file keyring (keyrings.cryptfile) from its password file.

The admin guide recommends keyrings.cryptfile on servers; it asks for its password on a terminal, which a systemd
service does not have. ``AMTSSTUBE_KEYRING_PASSWORD_FILE`` (or the systemd credential ``amtsstube-keyring``) gives it
the password; a wrong one, or a file others may read, ends with a German message instead of a hanging prompt.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import keyring
import pytest
from keyrings.cryptfile.cryptfile import CryptFileKeyring

from models import settings
from models.db import Database
from sync import credentials
from sync.sandbox.local_setup import credentials_of
from tests.sync.intake.helpers import AMTSSTUBE, REPO, Destination

BACKEND = "keyrings.cryptfile.cryptfile.CryptFileKeyring"
# the keyring, not the database, is under test here (and cryptfile's argon2 costs seconds per secret)
pytestmark = pytest.mark.parametrize("database_kind", ["sqlite"], indirect=True)
PASSWORD = "Rathaus-Schlüssel-2026"


def _server(destination: Destination, tmp_path: Path) -> dict[str, str]:
    """Settings and a cryptfile keyring holding the credentials, as an admin sets a server up."""
    current = settings.load()
    fitconnect = dataclasses.replace(
        current.fitconnect,
        token_url=destination.setup.token_url,
        submission_api=destination.setup.submission_api,
        destination_id=destination.setup.destination_id,
    )
    settings.save(dataclasses.replace(current, fitconnect=fitconnect))
    backend = CryptFileKeyring()
    backend.keyring_key = PASSWORD
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        credentials.store(credentials_of(destination.setup))
    finally:
        keyring.set_keyring(previous)
    assert Path(backend.file_path).exists()
    assert destination.setup.subscriber.client_secret not in Path(backend.file_path).read_text()
    password_file = tmp_path / "keyring-password"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    env = dict(os.environ)
    env.update(PYTHON_KEYRING_BACKEND=BACKEND, PYTHONPATH=str(REPO), AMTSSTUBE_KEYRING_PASSWORD_FILE=str(password_file))
    return env


def _sync(db: Database, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [AMTSSTUBE, "--database", db.url, "sync"],
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal: a prompt would fail or hang
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_service_reads_the_keyring_password_from_its_file(
    db: Database, destination: Destination, tmp_path: Path
) -> None:
    destination.send_demo("bulky_waste_pickup", seed=31)
    env = _server(destination, tmp_path)
    run = _sync(db, env)
    assert run.returncode == 0, run.stderr
    assert "1 neuer Vorgang" in run.stdout
    assert "password" not in run.stderr.lower()


def test_a_systemd_credential_works_the_same(db: Database, destination: Destination, tmp_path: Path) -> None:
    destination.send_demo("bulky_waste_pickup", seed=32)
    env = _server(destination, tmp_path)
    credential_dir = tmp_path / "credentials"
    credential_dir.mkdir(mode=0o700)
    (credential_dir / "amtsstube-keyring").write_text(PASSWORD, encoding="utf-8")
    (credential_dir / "amtsstube-keyring").chmod(0o400)
    del env["AMTSSTUBE_KEYRING_PASSWORD_FILE"]
    env["CREDENTIALS_DIRECTORY"] = str(credential_dir)
    run = _sync(db, env)
    assert run.returncode == 0, run.stderr
    assert "1 neuer Vorgang" in run.stdout


def test_a_wrong_password_or_a_file_others_may_read_is_a_clear_message(
    db: Database, destination: Destination, tmp_path: Path
) -> None:
    env = _server(destination, tmp_path)
    password_file = Path(env["AMTSSTUBE_KEYRING_PASSWORD_FILE"])
    password_file.write_text("falsch-falsch-falsch", encoding="utf-8")
    wrong = _sync(db, env)
    assert wrong.returncode == 1
    assert "Schlüsselbund" in wrong.stderr
    assert "not accepted" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    password_file.write_text(PASSWORD, encoding="utf-8")
    password_file.chmod(0o644)
    readable = _sync(db, env)
    assert readable.returncode == 1
    assert "chmod 600" in readable.stderr
