"""Cold start of the desktop: from launching the process to the login dialog on the screen (offscreen platform).

Ours: ``run_gui(demo=False)`` on an embedded database that exists already (migrated once before), in a fresh
interpreter each run, until the login dialog is shown and the event loop has painted it. Baseline in the same run:
a fresh interpreter that imports PySide6, shows a bare QWidget and paints it. Both are timed by this process from
the launch to the line the child prints. Issue 10's target: ours ≤ 1.0 s. Run alone with
``python -m bench.startup_bench``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.timing import report

RUNS = 7

OURS = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app.application as app_module
from desktop.app.login_dialog import LoginDialog

def look():
    app = QApplication.instance()
    if not [w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]:
        QTimer.singleShot(5, look)
        return
    app.processEvents()
    print("SHOWN", flush=True)
    app.exit(0)

original = app_module._application
def application(argv):
    app = original(argv)
    QTimer.singleShot(0, look)
    return app
app_module._application = application
app_module.run_gui(["amtsstube"], demo=False)
"""

BARE = r"""
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
app.processEvents()
print("SHOWN", flush=True)
"""


def _time_to_shown(script: str, environment: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=environment)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the child ended without showing its window")
    child.wait(timeout=60)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:///{Path(folder) / 'amtsstube.sqlite3'}"
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "AMTSSTUBE_DATABASE_URL": database,
            "XDG_STATE_HOME": str(Path(folder) / "state"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        amtsstube = str(Path(sys.executable).with_name("amtsstube"))
        subprocess.run([amtsstube, "db", "upgrade"], env=environment, check=True, capture_output=True)
        _time_to_shown(OURS, environment)  # warm the file system cache once
        ours = statistics.median(_time_to_shown(OURS, environment) for _ in range(RUNS))
        bare = statistics.median(_time_to_shown(BARE, environment) for _ in range(RUNS))
        report("start to the painted login dialog (non-demo)", ours, bare, unit="s")


if __name__ == "__main__":
    main()
