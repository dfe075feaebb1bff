"""Opening the counter dialog (Neuer Vorgang am Schalter) with the full catalogue, until its service search answers.

Ours: a new CounterCaseDialog on a migrated SQLite database with the shipped catalogue, shown, until the catalogue
has arrived from the task runner and the search finds "sperr". Baseline in the same run: a bare QDialog with a
QLineEdit and a QListWidget filled with the same number of rows, shown. Target (issue 11): ours ≤ 200 ms.
Also: one keystroke of the service search in the open dialog (target ≤ 20 ms). Offscreen; run with
``python -m bench.counter_dialog_bench``.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget, QVBoxLayout

from bench.timing import median_seconds, report
from desktop.core.tasks import TaskRunner
from desktop.core.workspace import Workspace
from desktop.counter.dialog import CounterCaseDialog
from models.actors import system_actor
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue
from models.operations.service_choices import service_choices
from models.operations.users import authenticate, create_user
from models.roles import Role
from printing.letter import render_letter

PASSWORD = "Akten-Regal-im-Keller-7"


def _open_until_searchable(app: QApplication, workspace: Workspace) -> None:
    dialog = CounterCaseDialog(workspace)
    dialog.show()
    deadline = time.perf_counter() + 10
    while not dialog.service_picker.index.find("sperr"):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the catalogue did not arrive")
        time.sleep(0.0005)
    dialog._done = True  # nothing typed: no draft
    dialog.close()
    dialog.deleteLater()
    app.processEvents()


def _bare(app: QApplication, rows: int) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit())
    items = QListWidget()
    items.addItems([f"Leistung {n}" for n in range(rows)])
    layout.addWidget(items)
    dialog.show()
    app.processEvents()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(db)
        ensure_catalogue(db)
        create_user(db, system_actor("bench"), "schalter", "Schalter Bench", frozenset({Role.CLERK}), password=PASSWORD)
        clerk = authenticate(db, "schalter", PASSWORD)
        runner = TaskRunner(lambda error: print("failed:", error))
        workspace = Workspace(db, clerk, runner, render_letter)
        try:
            choices = service_choices(db, clerk)
            services = len(choices)
            ours = median_seconds(lambda: _open_until_searchable(app, workspace), runs=9)
            bare = median_seconds(lambda: _bare(app, services), runs=9)
            report(f"counter dialog open, {services} services searchable", ours, bare)
            dialog = CounterCaseDialog(workspace)
            dialog.show()
            while not dialog.service_picker.index.find("sperr"):
                app.processEvents()
            typed = "sperrmüll"

            def keystrokes() -> None:
                dialog.service_picker.search.clear()
                for letter in typed:
                    dialog.service_picker.search.insert(letter)

            per_key = median_seconds(keystrokes, runs=9) / len(typed)
            plain = median_seconds(lambda: [s for s in choices if "sperr" in s.name.lower()], runs=9)
            report("counter dialog: one keystroke of the service search", per_key, plain)
            dialog._done = True
            dialog.close()
        finally:
            runner.shutdown()
            db.dispose()


if __name__ == "__main__":
    main()
