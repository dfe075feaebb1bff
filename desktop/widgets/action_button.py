"""A push button that stands for a QAction, for bars of buttons beside menus and shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


class ActionButton(QPushButton):
    """A push button that mirrors a QAction: same text (with mnemonic), tooltip and enabled state."""

    def __init__(self, action: QAction, parent: QWidget | None = None, *, hidden_while_disabled: bool = False) -> None:
        super().__init__(action.text(), parent)
        self._action = action
        self._hidden_while_disabled = hidden_while_disabled
        self.setObjectName(f"button_{action.objectName().removeprefix('action_')}")
        self.setToolTip(action.toolTip())
        self.setEnabled(action.isEnabled())
        self.setVisible(action.isEnabled() or not hidden_while_disabled)
        action.changed.connect(self._sync)
        self.clicked.connect(action.trigger)

    def _sync(self) -> None:
        self.setEnabled(self._action.isEnabled())
        if self._hidden_while_disabled:
            self.setVisible(self._action.isEnabled())
        self.setText(self._action.text())
