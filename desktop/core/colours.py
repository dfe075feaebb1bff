"""Colours with a meaning, the same wherever they appear."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: A deadline that has passed: dark red, readable on white and on the selection colour's contrast text.
OVERDUE_COLOUR = QColor("#a4000f")
