"""Messages are chosen by an error's type and fields, never by its English text.

Every lookup table of :mod:`desktop.messages` is keyed by machine codes, every problem raised anywhere is one, every
``(field, problem)`` of the tables is raised somewhere, the raise sites that were once matched by their English text
get their own message, and no message module compares, searches or slices an error's text.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.messages
from desktop.core.user_message import UserMessage
from desktop.messages.error_messages import describe_error
from models import settings
from models.errors import InvalidInput
from models.settings import SettingsFileUnusable, SettingsProblem
from sync.fitconnect.client import SubscriberClient

ROOT = Path(__file__).resolve().parents[3]
CODE = re.compile(r"^[a-z][a-z0-9_]*$")
DOTTED_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")  # the audit actions: "case.created"
CODE_WITH_DATA = re.compile(r"^[a-z][a-z0-9_]*:")  # "syntax_error:<line>:<message>" of the letter templates
_INVALID_INPUT_TYPES = {"InvalidInput", "InvalidTownData"}
# The letter page's layout guards: raised only when a caller skipped the checks of models.letters, and looked up by
# no message (the general wording, the English as technical detail).
_NOT_LOOKED_UP = {("printing/letter_page.py", "notes"), ("printing/letter_page.py", "recipient")}


def _tables() -> Iterator[tuple[str, dict[object, object]]]:
    """Every module-level table of the message modules that maps keys to texts."""
    for info in pkgutil.iter_modules(desktop.messages.__path__):
        module = importlib.import_module(f"desktop.messages.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            if isinstance(value, dict) and value and all(isinstance(text, str) for text in value.values()):
                yield f"{info.name}.{name}", value


def _raise_sites() -> Iterator[tuple[str, int, ast.expr, ast.expr]]:
    """``(file, line, field, problem)`` of every ``InvalidInput(field, problem)`` in the application's code."""
    for package in ("models", "sync", "desktop", "printing"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                if node.func.id in _INVALID_INPUT_TYPES and len(node.args) == 2:
                    yield str(path.relative_to(ROOT)), node.lineno, node.args[0], node.args[1]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_table_of_the_messages_is_keyed_by_machine_codes() -> None:
    tables = dict(_tables())
    assert {"error_messages._INVALID_INPUT", "town._PROBLEMS", "files._DATABASE_FILE_PROBLEMS"} <= set(tables)
    for name, table in tables.items():
        for key in table:
            parts = key if isinstance(key, tuple) else (key,)
            assert all(isinstance(part, str) and DOTTED_CODE.match(part) for part in parts), (name, key)
            if isinstance(key, tuple):
                assert all(CODE.match(part) for part in parts), (name, key)


def test_every_problem_raised_is_a_machine_code() -> None:
    sites = list(_raise_sites())
    assert len(sites) > 50
    for path, line, field, problem in sites:
        if (path, _literal(field)) in _NOT_LOOKED_UP:
            continue
        where = f"{path}:{line}: {ast.unparse(problem)}"
        if isinstance(problem, ast.JoinedStr):  # a code with data after it
            first = problem.values[0]
            assert isinstance(first, ast.Constant), where
            assert CODE_WITH_DATA.match(str(first.value)), where
        elif isinstance(problem, ast.Constant):
            assert CODE.match(str(problem.value)), where
        else:  # handed on from a caught error, e.g. InvalidTownData(error.field, error.problem)
            assert isinstance(problem, ast.Name | ast.Attribute), where


def test_every_problem_of_the_tables_is_raised_somewhere() -> None:
    """A code changed at its raise site but not in the table would silently fall back to the general wording."""
    raised = {(_literal(field), _literal(problem)) for _path, _line, field, problem in _raise_sites()}
    keys = {key for _name, table in _tables() for key in table if isinstance(key, tuple)}
    assert len(keys) > 40
    for field, problem in keys:
        assert (field, problem) in raised or (None, problem) in raised, (field, problem)


def _message(error: BaseException) -> UserMessage:
    message = describe_error(error)
    assert message is not None
    return message


@pytest.mark.parametrize(
    ("field", "url", "text"),
    [
        ("token_url", "auth.example/token", "Die Token-URL ist keine Webadresse. Sie muss mit https:// beginnen."),
        (
            "submission_api",
            "ftp://zustelldienst.example",
            "Die Adresse der Submission-API ist keine Webadresse. Sie muss mit https:// beginnen.",
        ),
        (
            "token_url",
            "http://auth.example/token",
            "Die Token-URL muss mit https:// beginnen (einfaches http:// nur für einen Zustelldienst auf diesem "
            "Computer).",
        ),
        (
            "submission_api",
            "http://zustelldienst.example",
            "Die Adresse der Submission-API muss mit https:// beginnen (einfaches http:// nur für einen Zustelldienst "
            "auf diesem Computer).",
        ),
    ],
)
def test_a_refused_delivery_service_address_gets_its_own_message(field: str, url: str, text: str) -> None:
    urls = {"submission_api": "https://zustelldienst.example", "token_url": "https://auth.example/token", field: url}
    with pytest.raises(InvalidInput) as refused:
        SubscriberClient(
            submission_api=urls["submission_api"], token_url=urls["token_url"], client_id="c", client_secret="s"
        )
    assert refused.value.field == field
    message = _message(refused.value)
    assert (message.title, message.text) == ("Bitte Eingabe prüfen", text)


def test_a_refused_ca_bundle_gets_its_own_message(tmp_path: Path) -> None:
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("this is not a certificate", encoding="utf-8")
    expected = {
        tmp_path / "missing.pem": "Die Datei mit dem CA-Zertifikat gibt es nicht. Bitte wählen Sie sie in den "
        "Verbindungseinstellungen erneut.",
        not_pem: "Die Datei mit dem CA-Zertifikat enthält keine Zertifikate im PEM-Format. Bitte fragen Sie die IT "
        "der Kommune nach dem CA-Zertifikat als PEM-Datei (.pem oder .crt).",
    }
    for bundle, text in expected.items():
        with pytest.raises(InvalidInput) as refused:
            SubscriberClient(
                submission_api="https://zustelldienst.example/",
                token_url="https://auth.example/token",
                client_id="c",
                client_secret="s",
                ca_bundle=bundle,
            )
        assert _message(refused.value).text == text


def _unusable_settings(tmp_path: Path) -> Iterator[tuple[Path, SettingsProblem, str]]:
    """A settings file for every reason, with the technical detail the IT reads."""
    cases: list[tuple[str, bytes | None, SettingsProblem, str]] = [
        ("broken.json", b"{not json", SettingsProblem.NOT_JSON, "not valid JSON (Expecting property name"),
        ("latin1.json", b'{"database_url": "M\xfcnchen"}', SettingsProblem.NOT_JSON, "not valid JSON (not UTF-8: "),
        ("list.json", b"[]", SettingsProblem.NOT_AN_OBJECT, "must be an object (settings)"),
        ("nested.json", b'{"printers": 5}', SettingsProblem.NOT_AN_OBJECT, "must be an object (settings.printers)"),
        (
            "value.json",
            b'{"fitconnect": {"sync_on_start": "ja"}}',
            SettingsProblem.WRONG_VALUE,
            "has a wrong value (settings.fitconnect.sync_on_start must be true or false)",
        ),
        ("newer.json", b'{"schema_version": 99}', SettingsProblem.NEWER_VERSION, "written by a newer version (schema"),
        ("folder.json", None, SettingsProblem.UNREADABLE, "cannot be read ("),
    ]
    for name, content, reason, detail in cases:
        path = tmp_path / name
        if content is None:
            path.mkdir()  # exists, but cannot be read as a file
        else:
            path.write_bytes(content)
        yield path, reason, detail


def test_an_unusable_settings_file_is_reported_by_its_reason(tmp_path: Path) -> None:
    reasons = set()
    for path, reason, detail in _unusable_settings(tmp_path):
        with pytest.raises(SettingsFileUnusable) as unusable:
            settings.load(path)
        assert (unusable.value.path, unusable.value.reason) == (path, reason)
        assert unusable.value.detail.startswith(detail)
        assert str(unusable.value) == f"invalid {path}: {unusable.value.detail}"  # the log says what is wrong
        message = _message(unusable.value)
        assert message.title == "Einstellungen nicht lesbar"
        assert message.text == (
            f"Die Einstellungsdatei {path} kann nicht gelesen werden. Bitte lassen Sie sie von der IT prüfen oder "
            "ersetzen; ohne gültige Einstellungen kann Amtsstube nicht starten."
        )
        assert message.details == unusable.value.detail
        reasons.add(reason)
    assert reasons == set(SettingsProblem)


def test_the_settings_file_message_does_not_depend_on_the_english_text(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    with pytest.raises(SettingsFileUnusable) as unusable:
        settings.load(path)
    reworded = unusable.value
    reworded.args = ("something else entirely",)
    reworded.detail = "anders formuliert"
    message = _message(reworded)
    assert message.title == "Einstellungen nicht lesbar"
    assert message.details == "anders formuliert"
    # the English sentence alone, in a plain InvalidInput, is no longer recognised as a settings problem
    old_style = _message(InvalidInput(str(path), "written by a newer version (schema 99)"))
    assert old_style.title == "Bitte Eingabe prüfen"


_TEXT_MATCHING_METHODS = {"startswith", "endswith", "match", "fullmatch", "search", "findall", "find", "count"}


def _message_sources() -> Iterator[Path]:
    yield from sorted((ROOT / "desktop" / "messages").glob("*.py"))
    yield ROOT / "desktop" / "widgets" / "error_dialogs.py"


def _is_str_of_something(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"


def test_no_message_module_looks_at_an_error_text() -> None:
    """``str(error)`` may be shown as the technical detail, never compared, searched or sliced."""
    for path in _message_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
                assert "re" not in names, where
            elif isinstance(node, ast.Attribute):
                assert node.attr not in _TEXT_MATCHING_METHODS | {"args"}, where
            elif isinstance(node, ast.Compare):
                operands = [node.left, *node.comparators]
                assert not any(_is_str_of_something(operand) for operand in operands), where
                # a substring test such as "not valid JSON" in error.problem
                assert not (isinstance(node.left, ast.Constant) and isinstance(node.ops[0], ast.In | ast.NotIn)), where
            elif isinstance(node, ast.Subscript):
                assert not _is_str_of_something(node.value), where
