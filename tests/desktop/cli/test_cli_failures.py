"""Expected failures of the ``amtsstube`` command: exit code 1, a German message that says what to do, no traceback.

Each case runs the installed console script as a subprocess, as an admin or a script would. Read-only folders are
made with ``chmod``; run as root, the command runs without ``CAP_DAC_OVERRIDE`` (``setpriv``), so that read-only
means read-only for it too.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database
from models.migrate import head_revision, upgrade

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))


def run(
    *args: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    unset: tuple[str, ...] = (),
    unprivileged: bool = False,
) -> subprocess.CompletedProcess[str]:
    prefix = _without_file_override() if unprivileged else []
    environment = {name: value for name, value in {**os.environ, **(env or {})}.items() if name not in unset}
    completed = subprocess.run(
        [*prefix, AMTSSTUBE, *args], input=stdin, capture_output=True, timeout=120, check=False, env=environment
    )
    return subprocess.CompletedProcess(
        completed.args, completed.returncode, completed.stdout.decode(), completed.stderr.decode()
    )


def _without_file_override() -> list[str]:
    """As root, a prefix that drops the capability to write where the permission bits say no."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")  # util-linux, on every Debian
    assert setpriv is not None, "setpriv is needed to test read-only folders as root"
    return [setpriv, "--inh-caps=-dac_override", "--bounding-set=-dac_override"]


def assert_german_failure(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Fehler: "), result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, (phrase, result.stderr)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "schreibgeschuetzt"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    yield folder
    folder.chmod(stat.S_IRWXU)


@pytest.fixture
def amtsstube_sqlite(tmp_path: Path) -> Path:
    """A real, migrated Amtsstube database file (WAL checkpointed, so the file holds everything)."""
    path = tmp_path / "echt.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.mark.parametrize(
    ("url", "phrase"),
    [
        ("nonsense", "„nonsense“ ist keine Datenbankadresse"),
        ("mysql://amt@db/amtsstube", "Unterstützt werden SQLite und PostgreSQL"),
        ("postgresql+psycopg://amt:geheim@db:fuenf/amtsstube", "Der Port in der Datenbankadresse"),
        ("", "Die Datenbankadresse ist leer"),
    ],
)
def test_a_malformed_database_url(url: str, phrase: str) -> None:
    result = run("--database", url, "cases")
    assert_german_failure(result, phrase, "sqlite:///", "--database", "AMTSSTUBE_DATABASE_URL")
    assert "geheim" not in result.stderr  # a password in the address is not shown


def test_a_sqlite_file_that_is_not_a_database_is_a_file_problem(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.sqlite3"
    path.write_bytes(b"Dies ist keine Datenbank, sondern ein Brief.\n" * 100)
    result = run("--database", f"sqlite:///{path}", "cases")
    assert_german_failure(result, f"Die Datei {path} ist keine Datenbank", "Datenbankadresse")
    assert "nicht erreichbar" not in result.stderr
    assert "Netzwerk" not in result.stderr


def test_a_damaged_sqlite_database_names_the_file_and_the_backup(amtsstube_sqlite: Path) -> None:
    data = bytearray(amtsstube_sqlite.read_bytes())
    page = 4096
    data[3 * page : len(data) - page] = b"\xa5" * (len(data) - 4 * page)  # header intact, the tables garbage
    amtsstube_sqlite.write_bytes(bytes(data))
    result = run("--database", f"sqlite:///{amtsstube_sqlite}", "cases")
    assert_german_failure(result, f"Die Datenbankdatei {amtsstube_sqlite} ist beschädigt", "Sicherung")
    assert "nicht erreichbar" not in result.stderr


def test_a_sqlite_file_of_another_program_gets_no_tables(tmp_path: Path) -> None:
    path = tmp_path / "andere.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE rezepte (name TEXT)")
    result = run("--database", f"sqlite:///{path}", "db", "upgrade")
    assert_german_failure(result, "Datenbank eines anderen Programms")
    with sqlite3.connect(path) as other:
        tables = {row[0] for row in other.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"rezepte"}


def test_a_sqlite_file_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "gibt-es-nicht" / "amtsstube.sqlite3"
    result = run("--database", f"sqlite:///{path}", "cases")
    assert_german_failure(result, f"weil es den Ordner {path.parent} nicht gibt")
    assert "nicht erreichbar" not in result.stderr


def test_a_sqlite_database_in_a_read_only_folder(amtsstube_sqlite: Path, read_only_folder: Path) -> None:
    path = read_only_folder / "amtsstube.sqlite3"
    read_only_folder.chmod(stat.S_IRWXU)
    shutil.copyfile(amtsstube_sqlite, path)
    read_only_folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    result = run("--database", f"sqlite:///{path}", "user", "list", unprivileged=True)
    assert_german_failure(result, f"Die Datenbankdatei {path} kann nicht beschrieben werden", "Schreibrechte")


@pytest.mark.parametrize(
    "command",
    [
        ["letter", "2026-000001", "--pdf"],
        ["print-batch", "--pdf"],
        ["sandbox", "--port", "0", "--info"],
    ],
    ids=["letter", "print-batch", "sandbox"],
)
def test_an_output_file_in_a_missing_folder(tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "fehlt" / "ausgabe.pdf"
    result = run(*command, str(target))
    assert_german_failure(result, f"Die Datei {target} kann nicht geschrieben werden", "Ordner zuerst an")
    assert not target.parent.exists()  # nothing was created behind the user's back


@pytest.mark.parametrize(
    "command",
    [
        ["letter", "2026-000001", "--pdf"],
        ["print-batch", "--pdf"],
        ["sandbox", "--port", "0", "--info"],
    ],
    ids=["letter", "print-batch", "sandbox"],
)
def test_an_output_file_in_a_read_only_folder(read_only_folder: Path, command: list[str]) -> None:
    target = read_only_folder / "ausgabe.pdf"
    result = run(*command, str(target), unprivileged=True)
    assert_german_failure(result, f"Im Ordner {read_only_folder} fehlt die Schreibberechtigung")
    assert not target.exists()


def test_an_output_path_that_is_a_folder(tmp_path: Path) -> None:
    result = run("letter", "2026-000001", "--pdf", str(tmp_path))
    assert_german_failure(result, f"{tmp_path} ist ein Ordner", f"{tmp_path / 'dokument.pdf'}")


def test_a_read_only_data_folder(read_only_folder: Path) -> None:
    result = run("cases", env={"XDG_DATA_HOME": str(read_only_folder)}, unprivileged=True)
    assert_german_failure(
        result, f"in seinen Datenordner {read_only_folder / 'amtsstube'} schreiben", "XDG_DATA_HOME", "Schreibrechte"
    )


def test_a_read_only_log_folder(read_only_folder: Path) -> None:
    result = run("cases", env={"XDG_STATE_HOME": str(read_only_folder)}, unprivileged=True)
    assert_german_failure(result, "in seinen Protokollordner", "XDG_STATE_HOME")


def test_a_read_only_settings_folder_only_matters_when_settings_are_written(read_only_folder: Path) -> None:
    listed = run("cases", env={"XDG_CONFIG_HOME": str(read_only_folder)}, unprivileged=True)
    assert listed.returncode == 0, listed.stderr  # reading needs no settings folder


def test_town_set_without_an_equals_sign(tmp_path: Path) -> None:
    result = run("town", "set", "iban")
    assert_german_failure(result, "„iban“ ist keine Zuweisung", "FELD=WERT", "amtsstube town show")


def test_a_password_on_stdin_that_is_not_utf8() -> None:
    result = run("user", "add", "frieda", "--role", "clerk", "--password-stdin", stdin=b"Stra\xdfe-1234-geheim\n")
    assert_german_failure(result, "kein UTF-8-Text")
    assert "frieda" not in run("user", "list").stdout


def test_a_reference_with_terminal_escapes_is_printed_harmlessly(tmp_path: Path) -> None:
    result = run("letter", "\x1b]0;gehackt\x07\u202e2026", "--pdf", str(tmp_path / "brief.pdf"))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "\\x1b]0;gehackt\\x07\\u202e2026" in result.stderr


def test_output_to_a_full_disk() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([AMTSSTUBE, "cases", "--json"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Die Ausgabe konnte nicht geschrieben werden" in result.stderr


def test_sandbox_configure_without_a_keyring_says_what_to_type_before_it_starts(tmp_path: Path) -> None:
    info = tmp_path / "sandbox.json"
    result = run(
        "sandbox", "--port", "0", "--info", str(info), "--configure",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert_german_failure(
        result,
        "kein nutzbarer Schlüsselbund",
        f"{sys.executable} -m pip install keyrings.cryptfile",
        "export PYTHON_KEYRING_BACKEND=keyrings.cryptfile.cryptfile.CryptFileKeyring",
    )
    assert "FIT-Connect-Sandbox läuft" not in result.stdout  # refused before the slow start
    assert not info.exists()


def test_a_file_keyring_without_a_terminal_for_its_password_says_what_to_do(tmp_path: Path) -> None:
    result = run(
        "sandbox", "--port", "0", "--info", str(tmp_path / "sandbox.json"), "--configure",
        env={"PYTHON_KEYRING_BACKEND": "keyrings.cryptfile.cryptfile.CryptFileKeyring"}, stdin=b"",
    )  # fmt: skip
    assert_german_failure(result, "kein nutzbarer Schlüsselbund", "AMTSSTUBE_KEYRING_PASSWORD_FILE")


def test_sandbox_on_a_port_in_use(tmp_path: Path) -> None:
    import socket  # noqa: PLC0415

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("sandbox", "--port", str(port))
    assert_german_failure(result, f"Port {port} auf diesem Computer ist nicht frei", "--port 0")


def test_a_settings_file_with_a_wrong_value(tmp_path: Path) -> None:
    settings_file = tmp_path / "home" / "xdg_config_home" / "amtsstube" / "settings.json"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('{"database_url": 5, "fitconnect": {"sync_on_start": "ja"}}', encoding="utf-8")
    result = run("cases")
    assert_german_failure(result, f"Die Einstellungsdatei {settings_file}", "settings.database_url must be a text")


def test_an_unexpected_error_gives_an_incident_number_and_the_log_file_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import failures  # noqa: PLC0415
    from desktop.core.logging_setup import configure_logging, shutdown_logging  # noqa: PLC0415

    log_file = configure_logging()
    try:
        try:
            {}["nicht da"]
        except KeyError as error:
            code = failures.unexpected_failure(error)
    finally:
        shutdown_logging()
    stderr = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in stderr
    incident = re.search(r"Vorfall (\d{8}-\d{6}-[0-9A-F]{4})", stderr)
    assert incident is not None
    assert str(log_file) in stderr
    logged = log_file.read_text(encoding="utf-8")
    assert f"incident {incident.group(1)}" in logged
    assert "KeyError: 'nicht da'" in logged  # the traceback is in the log, for the IT


def test_the_gui_without_a_screen_says_so_instead_of_aborting() -> None:
    result = run("gui", unset=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert_german_failure(result, "Die Oberfläche braucht einen Bildschirm", "amtsstube --help")
    assert "qt.qpa" not in result.stderr


def test_a_database_of_a_newer_version_is_left_alone(amtsstube_sqlite: Path) -> None:
    with sqlite3.connect(amtsstube_sqlite) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run("--database", f"sqlite:///{amtsstube_sqlite}", "db", "upgrade")
    assert_german_failure(result, "von einer neueren Version von Amtsstube", "(Stand 9999)", f"bis {head_revision()}")
    with sqlite3.connect(amtsstube_sqlite) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
