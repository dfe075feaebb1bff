"""Running the installed ``amtsstube`` command, with or without a staff login (``--user NAME --password-stdin``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))


def login(username: str) -> tuple[str, ...]:
    """The global options of a login as one of the test staff (the password follows on stdin, see :func:`run`)."""
    return ("--user", username, "--password-stdin")


def run(
    *args: str, as_user: str | None = None, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``amtsstube ARGS``; with ``as_user`` logged in as that staff user, whose password is the first line of stdin
    (``stdin`` follows it: the second line for a command that reads a password too)."""
    options = login(as_user) if as_user is not None else ()
    given = f"{PASSWORD}\n{stdin}" if as_user is not None else stdin
    return subprocess.run(
        [AMTSSTUBE, *options, *args], capture_output=True, text=True, input=given, timeout=timeout, check=False
    )
