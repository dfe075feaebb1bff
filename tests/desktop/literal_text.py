"""What a window really shows of its texts: labels, tooltips and list cells as Qt renders them.

A QLabel (and a tooltip) guesses whether its text is markup: "<b>x</b>" in a name would show a bold "x", an
``<img>`` an image. :func:`markup_shown_as_markup` lists every place in a window where data was taken for markup.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

MARKUP = '<b>fett</b> <img src="nirgends.png">'  # what a sender or a colleague might type
VISIBLE_WORD = "fett"  # shows in every rendering of MARKUP, as "<b>fett</b>" only when shown literally
OBJECT_REPLACEMENT = "\ufffc"  # what an image becomes in a rendered text


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The text a user reads: markup rendered where Qt takes the text for rich text."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _model_tooltips(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tooltip, str):
                yield tooltip
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            yield from _model_tooltips(model, first)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, what the user reads) for every label, widget tooltip and item tooltip under ``root``."""
    for label in root.findChildren(QLabel):
        if label.text():
            yield f"label {label.objectName() or label.text()[:30]!r}", rendered(label.text(), label.textFormat())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip():
            yield f"tooltip of {widget.objectName() or type(widget).__name__}", rendered(widget.toolTip())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            for tooltip in _model_tooltips(model, QModelIndex()):
                yield f"item tooltip in {view.objectName()}", rendered(tooltip)


def markup_shown_as_markup(root: QWidget) -> list[tuple[str, str]]:
    """Places where MARKUP was rendered (bold word without its tags, an image); empty when all is literal."""
    return [
        (where, text)
        for where, text in shown_texts(root)
        if (VISIBLE_WORD in text and "<b>fett</b>" not in text) or OBJECT_REPLACEMENT in text
    ]


def shows_literally(root: QWidget) -> list[str]:
    """Where MARKUP is shown, character for character."""
    return [where for where, text in shown_texts(root) if MARKUP in text]
