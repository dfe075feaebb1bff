"""Showing data as what it is: text, never markup (Klartext).

Names, addresses, form entries, reasons, file names and error details come from citizens, colleagues and other
systems. A QLabel, a message box or a tooltip guesses whether its text is rich text: "<b>x</b>" in a display name
would show a bold "x", ``<img src=…>`` an image. Every label that shows data is a plain-text label, and every tooltip
that shows data goes through :func:`literal_tooltip`. Where a label needs markup for its layout (a bold value after a
caption), the data in it is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, object_name: str = "") -> QLabel:
    """A label that shows its text character for character."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def make_plain(*labels: QLabel) -> None:
    """Turn labels built elsewhere (a message box's, a form's) into plain-text labels."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def literal_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt takes a tooltip that looks like markup for rich text."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space: pre-wrap">{html.escape(text)}</p>'
