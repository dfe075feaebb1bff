"""The German catalogue without Qt: what the command line needs to print the GUI's messages in German.

Source strings in the code are English; ``desktop/i18n/amtsstube_de.ts`` holds the German text. The GUI installs the
compiled catalogue into Qt (:mod:`desktop.core.translations`); a headless command reads the ``.ts`` file directly, so
that ``amtsstube cases --json`` or ``sync --loop`` on a server never loads Qt. :func:`translate` uses Qt's when the GUI
is running and this reader otherwise. ``AMTSSTUBE_LANG=en`` keeps everything English.
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources
from pathlib import Path

LANG_ENV = "AMTSSTUBE_LANG"
CATALOGUE = "amtsstube_de"

Key = tuple[str, str, str]  # context, source, disambiguation


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation where it is defined; :func:`translate` translates it where it is shown."""
    del context
    return source


def german_wanted() -> bool:
    return not os.environ.get(LANG_ENV, "de").strip().lower().startswith("en")


def source_path() -> Path:
    return Path(str(resources.files("desktop.i18n").joinpath(f"{CATALOGUE}.ts")))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` while a Qt application runs, else the German catalogue read without Qt."""
    qt_core = sys.modules.get("PySide6.QtCore")  # only if something else loaded Qt already
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        return str(qt_core.QCoreApplication.translate(context, text, disambiguation, n))
    forms = _headless_catalogue().get((context, text, disambiguation or "")) if german_wanted() else None
    if not forms:
        forms = (text,)
    chosen = forms[0] if n == 1 or len(forms) == 1 else forms[1]  # German: one form for 1, one for the rest
    return chosen.replace("%n", str(n)) if n >= 0 else chosen


@cache
def _headless_catalogue() -> dict[Key, tuple[str, ...]]:
    try:
        root = ET.parse(source_path()).getroot()
    except (OSError, ET.ParseError):
        return {}
    entries: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            numerus = [form.text or "" for form in translation.iter("numerusform")]
            forms = tuple(numerus) if numerus else (translation.text or "",)
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                entries[key] = forms
    return entries
