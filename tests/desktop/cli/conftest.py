"""The command line has no GUI: the desktop tests' Qt fixtures (collection on the GUI thread, the German Qt
catalogue) do not apply here; a command finds its German texts without Qt, as on a server."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def gc_on_the_gui_thread() -> None:
    """No GUI thread and no Qt objects: Python collects as usual."""


@pytest.fixture(autouse=True)
def german() -> None:
    """The commands' German comes from :mod:`desktop.core.catalogue`, not from a Qt translator."""
