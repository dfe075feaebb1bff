"""How big windows and panes are: never larger than the screen, never smaller than what their contents need.

A window asks for a comfortable size with :func:`fit_on_screen`; on a laptop screen it gets what the screen has.
Qt's minimum size of a window ignores labels that wrap (height for width): a message appearing in a dialog (a
banner, a test result, two-line key IDs) would squeeze the rows below it until their text is cut.
:func:`fit_height_to_contents` grows the window instead, and keeps it from being shrunk that far.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, but to no more than the screen it opens on offers."""
    available = window.screen().availableGeometry()
    window.resize(min(width, available.width()), min(height, available.height()))


def fit_height_to_contents(window: QWidget) -> None:
    """Make ``window`` at least as high as its layout needs at its current width (wrapped labels included)."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return  # Qt's own minimum size is right
    width = window.width()
    needed = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
    if window.minimumHeight() != needed:
        window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(width, needed)


class VerticalScrollArea(QScrollArea):
    """Shows ``content`` at its full width and scrolls it up and down where the window gives it less height.

    For a pane of several lists (the case's letters, attachments and payments): the pane can shrink below the sum of
    its lists' heights, so the queue above it keeps its share of the window, while every column stays in view.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        content = self._content.minimumSizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        content = self._content.sizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), content.height())


def bring_up(dialog: QWidget) -> None:
    """Show a tool window, or bring it to the front if it is open already (behind the main window)."""
    if dialog.isVisible():
        dialog.raise_()
    dialog.show()
    dialog.activateWindow()
