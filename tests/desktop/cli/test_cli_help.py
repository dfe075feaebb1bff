"""``amtsstube --help``, every subcommand's help and argparse's error messages are German."""

from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import german_argparse
from desktop.cli.main import build_parser

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))
CATALOGUE_SOURCE = Path(german_argparse.__file__).with_name("argparse_de.po")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([AMTSSTUBE, *args], capture_output=True, text=True, timeout=60, check=False)


def argparse_messages() -> list[tuple[str, ...]]:
    """Every text argparse (of this Python) puts through gettext: ``_("…")`` and ``ngettext("…", "…", n)``."""
    found = []
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            texts = tuple(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
            if texts:
                found.append(texts)
    return found


def english_fragments() -> set[str]:
    """The words of argparse's English texts between their placeholders (``usage:``, ``options``, …)."""
    fragments = set()
    for texts in argparse_messages():
        for text in texts:
            for piece in re.split(r"%\(\w+\)[sr]|%[sr]", text):
                piece = piece.strip(" :\n'\"()-")
                if len(piece) >= 4:
                    fragments.add(piece)
    return fragments


def parser_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parser_paths(sub, (*path, name))


@pytest.fixture
def german_parser() -> Iterator[argparse.ArgumentParser]:
    german_argparse.install()
    yield build_parser()
    vars(argparse).update(_=gettext.gettext, ngettext=gettext.ngettext)  # the rest of the suite as before


def test_the_catalogue_translates_every_text_of_this_pythons_argparse() -> None:
    german = german_argparse.catalogue()
    untranslated = []
    for texts in argparse_messages():
        translated = german.gettext(texts[0]) if len(texts) == 1 else german.ngettext(texts[0], texts[1], 2)
        if translated == texts[-1]:
            untranslated.append(texts)
    assert untranslated == []
    assert len(argparse_messages()) > 30


def test_the_shipped_catalogue_is_compiled_from_its_source(tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None, "msgfmt (Debian package gettext) is needed for `make translations`"
    compiled = tmp_path / "argparse_de.mo"
    subprocess.run([msgfmt, "--check", "-o", str(compiled), str(CATALOGUE_SOURCE)], check=True)
    with compiled.open("rb") as stream:
        fresh = gettext.GNUTranslations(stream)
    shipped = german_argparse.catalogue()
    assert shipped._catalog == fresh._catalog  # type: ignore[attr-defined]


def test_every_subcommand_has_german_help_without_argparse_english(german_parser: argparse.ArgumentParser) -> None:
    paths = list(parser_paths(german_parser))
    assert ("user", "add") in paths
    assert ("town", "set") in paths
    assert len(paths) >= 15
    fragments = english_fragments()
    assert {"usage", "positional arguments", "options", "show this help message and exit"} <= fragments
    for path in paths:
        help_text = _subparser(german_parser, path).format_help()  # what `amtsstube PATH --help` prints
        assert help_text.startswith(f"Aufruf: amtsstube {' '.join(path)}".rstrip())
        assert "Optionen:" in help_text
        assert "diese Hilfe anzeigen und beenden" in help_text
        left = sorted(f for f in fragments if re.search(rf"\b{re.escape(f)}\b", help_text))
        assert left == [], (path, left)
    # The installed command prints exactly that, in German, for the top level and a nested command.
    for path in ((), ("user", "add")):
        result = run(*path, "--help")
        assert result.returncode == 0, (path, result.stderr)
        assert result.stdout == _subparser(german_parser, path).format_help()


def _subparser(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> argparse.ArgumentParser:
    for name in path:
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = subparsers.choices[name]
    return parser


def test_every_argument_is_explained(german_parser: argparse.ArgumentParser) -> None:
    unexplained = []
    for path in parser_paths(german_parser):
        parser = _subparser(german_parser, path)
        assert parser.description, path
        arguments = [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]
        unexplained += [(path, a.dest) for a in arguments if not a.help]  # subcommands: each has its own help
    assert unexplained == []


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["user", "add", "frieda", "--role", "chef"], "Argument --role: ungültige Auswahl: 'chef' (möglich sind"),
        (["user", "add"], "diese Angaben fehlen: BENUTZERNAME, --role"),
        (["lettr"], "Argument BEFEHL: ungültige Auswahl: 'lettr'"),
        (["cases", "--jsn"], "unbekannte Argumente: --jsn"),
        (["letter", "2026-000001", "--pdf"], "Argument --pdf: erwartet einen Wert"),
        (["print-batch", "--pdf", "a.pdf", "--printer", "x"], "Argument --printer: nicht zusammen mit --pdf möglich"),
        (["sandbox", "--port", "99999"], "Port 99999 gibt es nicht"),
        (["sync", "--interval", "zehn"], "„zehn“ ist keine ganze Zahl"),
        (["db"], "diese Angaben fehlen: AKTION"),
    ],
)
def test_wrong_usage_is_explained_in_german_with_exit_code_2(args: list[str], german: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Aufruf: amtsstube" in result.stderr
    assert ": Fehler: " in result.stderr
    assert german in result.stderr
    assert re.search(r"Hilfe: amtsstube[ \w-]* --help", result.stderr)
    assert not any(f in result.stderr for f in ("usage:", "error:", "invalid choice", "required", "expected"))


def test_english_is_kept_when_asked_for() -> None:
    result = subprocess.run(
        [AMTSSTUBE, "--help"], capture_output=True, text=True, timeout=60, check=False, env={"AMTSSTUBE_LANG": "en"}
    )
    assert result.stdout.startswith("usage: amtsstube")
