"""Loading the German translation (the default) and Qt's own German strings (standard buttons, context menus).

Source strings in the code are English; ``desktop/i18n/amtsstube_de.ts`` holds the German text. Setting
``AMTSSTUBE_LANG=en`` starts the application untranslated. :func:`translate` also works without a
QCoreApplication (the headless ``amtsstube`` commands print German error messages too): it and
``QT_TRANSLATE_NOOP`` live in :mod:`desktop.core.catalogue`, which needs no Qt.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import pyside_workarounds
from desktop.core.catalogue import CATALOGUE, LANG_ENV, QT_TRANSLATE_NOOP, german_wanted, translate

log = logging.getLogger(__name__)

pyside_workarounds.ensure_applied()  # before the first signal is emitted


__all__ = ["LANG_ENV", "QT_TRANSLATE_NOOP", "german_wanted", "install_translations", "translate"]

_installed: list[QTranslator] = []  # translators must stay alive as long as they are installed


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
