"""The cheap first look at the command line (which command's module to load) agrees with argparse's full parse."""

from __future__ import annotations

import pytest

from desktop.cli import german_argparse
from desktop.cli.commands import DEFAULT
from desktop.cli.main import build_parser, chosen_command

ACCEPTED = [
    [],
    ["-v"],
    ["cases", "--json"],
    ["-v", "cases", "--json"],
    ["--user", "cases", "sync"],  # a user called "cases"
    ["--user=sync", "cases"],
    ["--data", "sync", "cases"],  # an abbreviated option whose value is a command's name
    ["--datab", "x", "audit", "verify"],
    ["--verb", "db", "upgrade"],
    ["--password-stdin", "--user", "anna", "cases"],
    ["gui", "--demo"],
    ["--database", "sqlite:///x.sqlite3", "demo"],
]


@pytest.mark.parametrize("argv", ACCEPTED, ids=" ".join)
def test_the_first_look_names_the_command_argparse_runs(argv: list[str]) -> None:
    german_argparse.install()
    parsed = build_parser().parse_args(argv)
    looked = chosen_command(argv)
    assert (looked.name if looked else None) == parsed.command
    # the parser built for that one command alone gives it its handler
    only = build_parser(looked or DEFAULT, every_command=False)
    alone = only.parse_args(argv if looked else [*argv, DEFAULT.name])
    assert callable(alone.handler)
