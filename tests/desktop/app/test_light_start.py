"""A normal (non-demo) start of the GUI loads neither the local delivery service nor Flask (issue 10, the demo apart
from the product): checked in a fresh interpreter when the first window is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
