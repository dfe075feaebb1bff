"""Every user action of the GUI is one small function in its room's ``operations.py`` (as Anki's ``aqt/operations/``):
the function builds the :class:`~desktop.core.tasks.Operation` and ties its handlers to the window (``while_alive``,
the standard failure handler). Windows and models say *what* happens and call those functions. This test reads the
source of ``desktop/`` and fails for an ``Operation(...)`` or a ``while_alive(...)`` anywhere else."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

DESKTOP = Path(desktop.__file__).parent
#: Where an operation may be built outside an ``operations.py``, and why.
BUILDS_OPERATIONS = {
    "app/startup.py": "the start-up steps (prepare the database, start the demo delivery service): they run before "
    "any window or user action, for the start-up's own progress dialog",
    "core/tasks.py": "dialog_operation, the standard wiring of an operation to its window (called only in the "
    "operations.py modules, see below)",
}
#: Where a handler may be tied to a widget's life outside an ``operations.py``, and why.
WIRES_HANDLERS = {
    "widgets/error_dialogs.py": "errors_shown_on, the standard failure handler the operations use",
    "core/tasks.py": "dialog_operation, the standard wiring of an operation to its window",
}
TASKS = "desktop.core.tasks"


def _calls(path: Path, name: str) -> list[int]:
    """The lines where ``path`` calls ``name`` of ``desktop.core.tasks`` (imported as it is, renamed, or through the
    module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local_names = {name}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == TASKS:
            local_names |= {alias.asname for alias in node.names if alias.name == name and alias.asname}
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Name) and func.id in local_names) or (
            isinstance(func, ast.Attribute) and func.attr == name
        ):
            lines.append(node.lineno)
    return lines


def _violations(root: Path, name: str, allowed: dict[str, str]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root).as_posix()
        if path.name == "operations.py" or where in allowed:
            continue
        found += [f"{where} line {line}" for line in _calls(path, name)]
    return found


def test_operations_are_built_only_in_the_operations_modules() -> None:
    assert len(list(DESKTOP.rglob("operations.py"))) >= 7  # app, case, queue, mail, admin, sync, audit, widgets
    for builder in ("Operation", "dialog_operation"):
        assert _violations(DESKTOP, builder, BUILDS_OPERATIONS) == [], (
            f"build the {builder} in a function of the room's operations.py and call that function"
        )


def test_handlers_are_tied_to_their_window_only_in_the_operations_modules() -> None:
    assert _violations(DESKTOP, "while_alive", WIRES_HANDLERS) == [], (
        "tie handlers to their window in the room's operations.py (or use errors_shown_on there)"
    )


def test_the_allowances_are_still_needed() -> None:
    """A file that no longer needs its exception leaves the list, so that the list says what is true."""
    for allowed, name in ((BUILDS_OPERATIONS, "Operation"), (WIRES_HANDLERS, "while_alive")):
        for where in allowed:
            assert _calls(DESKTOP / where, name), f"{where} no longer calls {name}: drop it from the allowances"


def test_the_scan_finds_an_operation_built_in_a_widget(tmp_path: Path) -> None:
    room = tmp_path / "mail"
    room.mkdir()
    (room / "operations.py").write_text("def print_all():\n    return Operation(name='print', work=print)\n")
    (room / "dialog.py").write_text(
        "from desktop.core import tasks\n"
        "from desktop.core.tasks import Operation as Op, while_alive\n"
        "def load(self):\n"
        "    self.runner.run(Op(name='a', work=list, on_failure=while_alive(self, print)))\n"
        "    self.runner.run(tasks.Operation(name='b', work=list))\n"
    )
    assert _violations(tmp_path, "Operation", {}) == ["mail/dialog.py line 4", "mail/dialog.py line 5"]
    assert _violations(tmp_path, "while_alive", {}) == ["mail/dialog.py line 4"]
