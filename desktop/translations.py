"""Loading the German translation (the default) and Qt's own German strings (standard buttons, context menus).

Source strings in the code are English; ``desktop/i18n/amtsstube_de.ts`` holds the German text. Setting
``AMTSSTUBE_LANG=en`` starts the application untranslated. :func:`translate` also works without a
QCoreApplication (the headless ``amtsstube`` commands print German error messages too).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import pyside_workarounds

log = logging.getLogger(__name__)

pyside_workarounds.ensure_applied()  # before the first signal is emitted

LANG_ENV = "AMTSSTUBE_LANG"
CATALOGUE = "amtsstube_de"

_installed: list[QTranslator] = []  # translators must stay alive as long as they are installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation where it is defined (lupdate looks for this name); :func:`translate`
    translates it where it is shown."""
    del context
    return source


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, or the German catalogue directly when there is no application object."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator = _headless_translator()
    translated = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    if not translated:
        translated = text.replace("%n", str(n)) if n >= 0 else text
    return translated


@cache
def _headless_translator() -> QTranslator | None:
    if not german_wanted():
        return None
    translator = QTranslator()
    return translator if translator.load(str(catalogue_path())) else None


def german_wanted() -> bool:
    return not os.environ.get(LANG_ENV, "de").strip().lower().startswith("en")


def catalogue_path() -> Path:
    return Path(str(resources.files("desktop.i18n").joinpath(f"{CATALOGUE}.qm")))


def install_translations(app: QCoreApplication) -> bool:
    """Install the German translation unless English was asked for; returns whether German is active."""
    remove_translations(app)
    if not german_wanted():
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Germany))
        return False
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    own = QTranslator(app)
    if not own.load(str(catalogue_path())):
        log.error("translation %s could not be loaded", catalogue_path())
        return False
    qt_own = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(QLocale.Language.German), "qtbase", "_", qt_translations):
        _installed.append(qt_own)
    else:
        log.warning("Qt's German translation not found in %s", qt_translations)
    _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    return True


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
