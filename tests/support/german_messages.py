"""German messages for tests outside the GUI that read what a user is told (``describe_error``).

Without a Qt application the messages come from the catalogue read without Qt; but once an earlier test of the same
run created one (pytest-qt's ``qapp``), they come from Qt, which speaks German only with the translator installed.
This fixture installs it for the test in that case, so the result does not depend on which tests ran before.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture
def german_messages() -> Iterator[None]:
    qt_core = sys.modules.get("PySide6.QtCore")
    app = qt_core.QCoreApplication.instance() if qt_core is not None else None
    if app is None:
        yield  # the catalogue read without Qt answers in German
        return
    from desktop.core.translations import install_translations, remove_translations  # noqa: PLC0415

    assert install_translations(app)
    yield
    remove_translations(app)
