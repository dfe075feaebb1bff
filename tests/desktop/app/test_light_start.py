"""A normal (non-demo) start of the GUI loads neither the local delivery service nor Flask (issue 10, the demo apart
from the product): checked in a fresh interpreter when the first window is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app.application as app_module

def look():
    app = QApplication.instance()
    if not [w for w in app.topLevelWidgets() if w.isVisible()]:
        QTimer.singleShot(20, look)
        return
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("flask", "werkzeug")
                    or m.startswith("sync.sandbox") or m == "desktop.sync.demo_delivery")
    print("LOADED " + json.dumps({"double": loaded, "widgets": "PySide6.QtWidgets" in sys.modules}), flush=True)
    app.exit(0)

original = app_module._application
def application(argv):
    app = original(argv)
    QTimer.singleShot(0, look)
    return app
app_module._application = application
app_module.run_gui(["amtsstube"], demo=False)
"""


def test_a_normal_start_imports_neither_the_delivery_double_nor_flask() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=environment, check=False
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("LOADED ")), None)
    assert line is not None, done.stderr
    seen = json.loads(line.removeprefix("LOADED "))
    assert seen["widgets"] is True  # the probe did look at a running GUI
    assert seen["double"] == []


LOGIN_PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app.application as app_module
from desktop.app.login_dialog import LoginDialog

HEAVY = ("alembic", "mako", "reportlab", "models.demo", "desktop.app.demo_start", "desktop.app.main_window",
         "desktop.queue", "desktop.case", "desktop.mail", "desktop.admin", "desktop.audit", "jwcrypto", "requests")

def heavy_loaded():
    return sorted(name for name in HEAVY if name in sys.modules)

def look():
    app = QApplication.instance()
    if not [w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]:
        QTimer.singleShot(5, look)
        return
    at_login = heavy_loaded()
    QTimer.singleShot(3000, lambda: later(at_login))

def later(at_login):
    print("LOADED " + json.dumps({"at_login": at_login, "later": heavy_loaded()}), flush=True)
    QApplication.instance().exit(0)

original = app_module._application
def application(argv):
    app = original(argv)
    QTimer.singleShot(0, look)
    return app
app_module._application = application
app_module.run_gui(["amtsstube"], demo=False)
"""


def test_the_login_of_a_normal_start_waits_for_no_migration_tool_printing_demo_or_feature_room(
    tmp_path: Path,
) -> None:
    """Issue 10's cold start: on a database at the shipped revision, the login needs neither Alembic, reportlab,
    the demo's seed nor the main window's rooms; the main window's modules load while the login is up."""
    database = f"sqlite:///{tmp_path / 'amtsstube.sqlite3'}"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AMTSSTUBE_DATABASE_URL": database}
    subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "db", "upgrade"], env=environment, check=True, capture_output=True
    )
    done = subprocess.run(
        [sys.executable, "-c", LOGIN_PROBE], capture_output=True, text=True, timeout=120, env=environment, check=False
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("LOADED ")), None)
    assert line is not None, done.stderr
    seen = json.loads(line.removeprefix("LOADED "))
    assert seen["at_login"] == []
    assert "desktop.app.main_window" in seen["later"]  # loaded in the background of the login
    assert "models.demo" not in seen["later"]
