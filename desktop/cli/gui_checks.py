"""Before the GUI starts on Linux: is there a screen, and can Qt's X11 plugin load?

Without these checks Qt aborts the process with an English message (and a core dump) that names the wrong cause:
"xcb-cursor0 or libxcb-cursor0 is needed" for any missing library, "could not load the Qt platform plugin" when
there is no display at all. Qt-free: the plugin is only opened with the dynamic linker.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path


def gui_problem() -> str | None:
    """A German sentence saying why the GUI cannot start here, or None."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return None
    if not os.environ.get("DISPLAY") and (platform == "xcb" or not os.environ.get("WAYLAND_DISPLAY")):
        return (
            "Die Oberfläche braucht einen Bildschirm, aber hier läuft keine grafische Sitzung (DISPLAY und "
            "WAYLAND_DISPLAY sind nicht gesetzt). Bitte starten Sie Amtsstube in der Desktop-Sitzung oder über "
            "„ssh -X“; die Befehle ohne Oberfläche zeigt „amtsstube --help“."
        )
    if os.environ.get("WAYLAND_DISPLAY") and platform == "":
        return None  # Qt takes its Wayland plugin
    missing = _missing_xcb_library()
    if missing is None:
        return None
    return (
        f"Der Oberfläche fehlt die Systembibliothek {missing}, die Qt für X11 braucht. Unter Debian oder Ubuntu "
        "installiert „sudo apt-get install $(grep -o '^[^#]*' debian-packages.txt)“ im Ordner von Amtsstube alle "
        "nötigen Pakete (die Liste steht in debian-packages.txt)."
    )


def _missing_xcb_library() -> str | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object file", str(error))
        return found.group(1) if found else str(error)
    return None
