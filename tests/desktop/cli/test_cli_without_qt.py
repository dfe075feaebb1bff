"""The headless commands run on a server without Qt: none of them imports PySide6 (issue 10, the command line as
its own room). Each runs in a fresh interpreter on the embedded database of isolated folders; the German messages
of a failing command come from the catalogue without Qt too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.commands import COMMANDS
from desktop.cli.main import main

SEQUENCE = r"""
import json, sys, threading, time
from desktop.cli.main import main

seen = []
for argv in json.loads(sys.argv[1]):
    if "--loop" in argv:  # runs until stopped: look after a moment
        threading.Thread(target=main, args=(argv,), daemon=True).start()
        time.sleep(3)
        code = None
    else:
        try:
            code = main(argv)
        except SystemExit as done:
            code = done.code
    seen.append({"argv": argv, "code": code, "qt": sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")})
print("\nPROBE " + json.dumps(seen))
"""


def _probe_in_turn(commands: list[tuple[str, ...]], *, timeout: int = 180) -> tuple[list[dict[str, object]], str]:
    """The commands one after another in one fresh interpreter; after each, its exit code and the Qt modules loaded
    so far (so the first command that loads Qt is the one named)."""
    done = subprocess.run(
        [sys.executable, "-c", SEQUENCE, json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("PROBE ")), None)
    assert line is not None, done.stderr
    seen: list[dict[str, object]] = json.loads(line.removeprefix("PROBE "))
    return seen, done.stdout + done.stderr


def _probe(*argv: str) -> tuple[int | None, list[str], str]:
    """One command in a fresh interpreter: its exit code and the Qt modules it loaded."""
    (seen,), output = _probe_in_turn([argv], timeout=120)
    return seen["code"], seen["qt"], output  # type: ignore[return-value]


def _seeded() -> str:
    code, qt, output = _probe("demo")
    assert code == 0, output
    assert qt == []
    cases = subprocess.run(
        [str(Path(sys.executable).with_name("amtsstube")), "cases", "--json"], capture_output=True, text=True
    )
    approved = [c for c in json.loads(cases.stdout) if c["status"] == "approved"]
    return str(approved[0]["reference"])


def test_every_headless_command_runs_without_importing_qt(tmp_path: Path) -> None:
    reference = _seeded()
    commands = [
        ("db", "upgrade"),
        ("cases", "--json"),
        ("catalogue", "list", "--json"),
        ("catalogue", "show", "birth_certificate"),
        ("letter", reference, "--pdf", str(tmp_path / "brief.pdf")),
        ("print-batch", "--pdf", str(tmp_path / "stapel.pdf")),
        ("town", "show"),
        ("user", "list"),
        ("audit", "verify"),
        ("audit", "list", "--json"),
        ("disclosures", "--json"),
        ("payments", "day", "--json"),
        ("payments", "day", "--pdf", str(tmp_path / "tag.pdf")),
        ("sync",),
        ("sync", "--loop"),
    ]
    seen, output = _probe_in_turn(commands)
    assert [tuple(run["argv"]) for run in seen] == commands  # type: ignore[arg-type]
    for run in seen:
        assert run["qt"] == [], (run["argv"], run["qt"])
        if run["argv"][0] != "sync":  # type: ignore[index]  # no delivery service is configured: sync says so
            assert run["code"] == 0, (run["argv"], output)
    assert (tmp_path / "brief.pdf").exists()
    assert (tmp_path / "stapel.pdf").exists()
    assert (tmp_path / "tag.pdf").exists()


def test_a_failing_command_says_it_in_german_without_qt(tmp_path: Path) -> None:
    code, qt, output = _probe("--database", "nonsense", "cases", "--json")
    assert code == 1
    assert qt == []
    assert "ist keine Datenbankadresse" in output


def test_the_gui_command_is_the_one_that_loads_qt() -> None:
    code, qt, output = _probe("gui", "--help")
    assert code == 0
    assert "--demo" in output
    assert qt == []  # its help needs no Qt either; only starting the GUI does


LOADED = r"""
import json, sys
import pytest

from desktop.cli.commands import COMMANDS
from desktop.cli.main import main

try:
    main(json.loads(sys.argv[1]))
except SystemExit:
    pass
seen = ("desktop.cli.commands.", "flask", "sync.", "jwcrypto", "requests", "keyring")
print("\nLOADED " + json.dumps(sorted(m for m in sys.modules if m.startswith(seen))))
"""


HEAVY = ("flask", "sync.sandbox", "sync.portal_demo", "sync.runner", "sync.fitconnect.client", "jwcrypto", "requests")


def _loaded(*argv: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED, json.dumps(argv)], capture_output=True, text=True, timeout=120, check=False
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("LOADED ")), None)
    assert line is not None, done.stderr
    loaded: list[str] = json.loads(line.removeprefix("LOADED "))
    return loaded


def test_a_command_loads_its_own_module_only() -> None:
    loaded = _loaded("cases", "--help")
    assert [m for m in loaded if m.startswith("desktop.cli.commands.")] == ["desktop.cli.commands.cases"]
    # neither the double, the demo portal nor the FIT-Connect client with its crypto, HTTP and keyring
    assert [m for m in loaded if m.startswith(HEAVY)] == []


def test_the_overview_lists_every_command_and_loads_none(capsys: pytest.CaptureFixture[str]) -> None:
    loaded = _loaded("--help")
    assert [m for m in loaded if m.startswith(("desktop.cli.commands.", *HEAVY))] == []
    with pytest.raises(SystemExit):
        main(["--help"])
    overview = " ".join(capsys.readouterr().out.split())  # argparse wraps long summaries
    for command in COMMANDS:
        assert command.name in overview
        assert command.summary in overview
