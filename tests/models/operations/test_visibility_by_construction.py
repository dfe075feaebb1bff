"""Reads of case data start from ``models/operations/visibility.py``, which carries the visibility rule — by
construction, not by remembering it. This test reads the source of ``models/operations`` and fails for a query that
selects or loads case data (cases, applicants, attachments, payments, history, letters, the mail book, pickups)
anywhere else. A query of rows belonging to a case that was loaded through the module says so with a
``# visible: <why>`` comment on its line."""

from __future__ import annotations

import ast
from pathlib import Path

import models.operations

#: The mapped classes that hold personal data of a case.
CASE_DATA = {
    "Case",
    "Person",
    "Attachment",
    "FeePayment",
    "CaseEvent",
    "OutgoingDocument",
    "MailBookEntry",
    "PortalPayment",
    "BulkyWastePickup",
}
#: Calls that start a query or load a row (a ``join`` onto a visible query only narrows it, so it is not listed).
STARTS = {"select", "get", "get_one", "query", "update", "delete"}
#: Where such calls are right without a comment, and why.
ALLOWED = {
    "visibility.py": "the rule itself",
    "audit_log.py:_selection": "the data-protection officer's search of the log by person or case: ids only",
    "intake_book.py:_reference": "the sync pass's own bookkeeping: the reference of a case it booked",
}
OPERATIONS = Path(models.operations.__file__).parent


def _enclosing(functions: list[ast.FunctionDef], line: int) -> str | None:
    inside = [f for f in functions if f.lineno <= line <= (f.end_lineno or f.lineno)]
    return max(inside, key=lambda f: f.lineno).name if inside else None


def _violations(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        root = node.args[0]
        while isinstance(root, ast.Attribute):
            root = root.value
        if called not in STARTS or not (isinstance(root, ast.Name) and root.id in CASE_DATA):
            continue
        function = _enclosing(functions, node.lineno)
        where = f"{path.name}:{function}" if function else path.name
        if path.name in ALLOWED or where in ALLOWED or "# visible:" in lines[node.lineno - 1]:
            continue
        found.append(f"{where} line {node.lineno}: {ast.unparse(node)[:80]}")
    return sorted(found)


def test_case_data_is_only_queried_through_the_visibility_module() -> None:
    modules = sorted(OPERATIONS.glob("*.py"))
    assert len(modules) > 20
    violations = [v for path in modules for v in _violations(path)]
    assert violations == [], "query case data through models/operations/visibility.py"


def test_the_scan_finds_a_query_that_bypasses_the_rule(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text(
        "def letters(session, actor, document_id):\n"
        "    return session.get(OutgoingDocument, document_id)\n"
        "def cases(session):\n"
        "    return session.scalars(select(Case).where(Case.id > 0))\n"
        "def pickups(session, case):\n"
        "    return session.scalars(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case.id))  # visible:\n",
        encoding="utf-8",
    )
    assert [v.split(" line ")[0] for v in _violations(leaky)] == ["leaky.py:cases", "leaky.py:letters"]
