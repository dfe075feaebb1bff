"""Files with personal data are readable by the user only (issue 9, finding 8): folders 0700, files 0600.

Whatever the umask (the usual 022, and 000, which would leave everything world-writable) and whatever platformdirs
does: the database and its journal files, the settings, the log (rotated ones too), and every PDF, CSV or JSON file
a command writes. Own folders and files found more open are tightened.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import shlex
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import logging_setup
from models import paths, settings
from models.db import Database
from models.migrate import upgrade
from tests.support.command_line import AMTSSTUBE

UMASKS = [0o022, 0o000]
REPO = Path(__file__).resolve().parents[1]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_with_umask(umask: int, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = f"umask {umask:03o} && exec {shlex.join([AMTSSTUBE, *args])}"
    return subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, timeout=300, check=False, env=env or dict(os.environ)
    )


@pytest.fixture
def umask_of_this_process(request: pytest.FixtureRequest) -> Iterator[int]:
    """Set the process's umask for an in-process test; the old one comes back afterwards."""
    wanted: int = request.param
    previous = os.umask(wanted)
    yield wanted
    os.umask(previous)


def _home(tmp_path: Path) -> Path:
    return tmp_path / "home"  # the XDG folders of the test (tests/conftest.py)


@pytest.mark.parametrize("umask", UMASKS, ids=lambda m: f"umask {m:03o}")
def test_commands_create_everything_private(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "ausgabe"
    out.mkdir()
    earlier = out / "brief.pdf"
    earlier.write_bytes(b"an older export, readable by all")
    os.chmod(earlier, 0o644)

    seeded = run_with_umask(umask, "demo")
    assert seeded.returncode == 0, seeded.stderr
    listed = run_with_umask(umask, "cases", "--json")
    approved = next(c for c in json.loads(listed.stdout) if c["status"] == "approved")
    letter = run_with_umask(umask, "letter", approved["reference"], "--pdf", str(earlier))
    assert letter.returncode == 0, letter.stderr
    batch = run_with_umask(umask, "print-batch", "--pdf", str(out / "stapel.pdf"))
    assert batch.returncode == 0, batch.stderr

    home = _home(tmp_path)
    data = home / "xdg_data_home" / "amtsstube"
    state = home / "xdg_state_home"
    folders = [home / "xdg_data_home", data, state, state / "amtsstube", state / "amtsstube" / "log"]
    assert {folder: oct(mode(folder)) for folder in folders} == {folder: "0o700" for folder in folders}
    files = [data / "amtsstube.sqlite3", paths.log_dir() / "amtsstube.log", earlier, out / "stapel.pdf"]
    assert {file: oct(mode(file)) for file in files} == {file: "0o600" for file in files}
    assert earlier.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize("umask_of_this_process", UMASKS, indirect=True, ids=lambda m: f"umask {m:03o}")
def test_the_database_and_its_journal_files_are_private(tmp_path: Path, umask_of_this_process: int) -> None:
    folder = tmp_path / "daten"
    folder.mkdir()
    db = Database(f"sqlite:///{folder / 'amtsstube.sqlite3'}")
    try:
        upgrade(db)
        with db.engine.connect() as connection:  # held open: the -wal and -shm files exist meanwhile
            connection.exec_driver_sql("SELECT count(*) FROM users")
            created = sorted(p.name for p in folder.iterdir())
            assert created == ["amtsstube.sqlite3", "amtsstube.sqlite3-shm", "amtsstube.sqlite3-wal"]
            assert {name: oct(mode(folder / name)) for name in created} == dict.fromkeys(created, "0o600")
        assert db.private_to_this_account
    finally:
        db.dispose()


@pytest.mark.parametrize("umask_of_this_process", UMASKS, indirect=True, ids=lambda m: f"umask {m:03o}")
def test_settings_are_private(umask_of_this_process: int) -> None:
    settings.save(settings.Settings(database_url="postgresql+psycopg://amt:geheim@db.rathaus/amtsstube"))
    assert oct(mode(settings.settings_path())) == "0o600"
    assert oct(mode(paths.config_dir())) == "0o700"
    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]


@pytest.mark.parametrize("umask_of_this_process", UMASKS, indirect=True, ids=lambda m: f"umask {m:03o}")
def test_the_log_and_every_rotated_log_are_private(umask_of_this_process: int) -> None:
    log_file = logging_setup.log_file_path()
    log_file.write_text("an older log, readable by all\n", encoding="utf-8")
    os.chmod(log_file, 0o644)
    try:
        logging_setup.setup_logging()
        assert oct(mode(log_file)) == "0o600"  # tightened when it is opened
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        handler.doRollover()
        logging.getLogger("test").warning("after the rollover")
        rotated = log_file.with_name(log_file.name + ".1")
        assert {oct(mode(log_file)), oct(mode(rotated))} == {"0o600"}
        assert "after the rollover" in log_file.read_text(encoding="utf-8")
    finally:
        logging_setup.shutdown_logging()


def test_own_folders_found_too_open_are_tightened(tmp_path: Path) -> None:
    for folder in (paths.data_dir(), paths.log_dir(), paths.log_dir().parent):
        os.chmod(folder, 0o755)
    result = subprocess.run([AMTSSTUBE, "town", "show"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    for folder in (paths.data_dir_path(), paths.log_dir(), paths.log_dir().parent):
        assert oct(mode(folder)) == "0o700", folder
    log = logging_setup.log_file_path().read_text(encoding="utf-8")
    assert "was readable by other accounts (mode 755); now 700" in log


def test_the_sandbox_writes_its_connection_data_and_the_settings_privately(tmp_path: Path) -> None:
    info = tmp_path / "sandbox.json"
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.SeededKeyring",
        "PYTHONPATH": str(REPO),
    }
    command = (
        f"umask 000 && exec {shlex.join([AMTSSTUBE, 'sandbox', '--port', '0', '--info', str(info), '--configure'])}"
    )
    process = subprocess.Popen(
        ["sh", "-c", command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while not (info.exists() and info.stat().st_size > 0) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.2)
        assert info.exists()
        assert oct(mode(info)) == "0o600"  # it holds the client secrets
        assert oct(mode(settings.settings_location().parent)) == "0o700"
        assert oct(mode(settings.settings_location())) == "0o600"
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert process.returncode == 0
