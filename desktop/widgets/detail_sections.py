"""Filling the lists of the case detail: form data, attachments, documents, payments, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.core.labels import (
    actor_label,
    document_kind_label,
    document_status_label,
    event_comment,
    event_text,
    payment_method_label,
)
from desktop.core.plain_text import literal_tooltip
from desktop.core.translations import translate
from models.documents import DocumentStatus
from models.forms import FormField
from models.german_format import BERLIN, format_date, format_euro, format_moment
from models.operations.rows import AttachmentRow, DocumentRow, EventRow, PaymentRow

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_STRETCH_WIDTH = 110  # what the stretching column (title, file name, receipt) keeps at least, elided
CELL_PADDING = 16  # around a cell's text (the item delegate's margins and the focus frame)


def make_tree(object_name: str, headers: list[str], *, stretch_column: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch_column else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return tree


def keep_columns_in_view(tree: QTreeWidget, stretch_column: int, samples: dict[int, list[str]]) -> None:
    """Make ``tree`` at least as wide as its columns need, so that none reaches past its right edge.

    Every column but the stretching one gets the width of its content (rows shown and ``samples``, e.g. every label
    the column can show), the stretching one at least MIN_STRETCH_WIDTH. The width only grows: switching cases does
    not make the columns of the case detail jump back and forth.
    """
    header, metrics = tree.header(), tree.fontMetrics()
    needed = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
    for column in range(header.count()):
        if column == stretch_column:
            needed += max(MIN_STRETCH_WIDTH, header.sectionSizeHint(column))
            continue
        widths = [header.sectionSizeHint(column), tree.sizeHintForColumn(column)]
        widths += [metrics.horizontalAdvance(sample) + CELL_PADDING for sample in samples.get(column, [])]
        needed += max(widths)
    if needed > tree.minimumWidth():
        tree.setMinimumWidth(needed)


def document_samples() -> dict[int, list[str]]:
    """What the date and status columns of the letters list can show (the kind column grows with what it shows)."""
    return {2: [format_date(dt.date(2000, 12, 31))], 3: [document_status_label(status) for status in DocumentStatus]}


def fill_form_fields(tree: QTreeWidget, fields: tuple[FormField, ...]) -> None:
    """Nested groups become tree levels (``depth``); group headings are bold."""
    tree.clear()
    parents: list[QTreeWidgetItem] = []
    bold = QFont(tree.font())
    bold.setBold(True)
    for field in fields:
        del parents[field.depth :]
        parent = parents[-1] if parents else None
        item = QTreeWidgetItem([field.label, field.value])
        item.setToolTip(1, literal_tooltip(field.value))
        if parent is None:
            tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        if not field.value:
            item.setFont(0, bold)
        parents.append(item)
    tree.setRootIsDecorated(any(field.depth > 0 for field in fields))
    tree.expandAll()


def fill_attachments(tree: QTreeWidget, attachments: tuple[AttachmentRow, ...]) -> None:
    tree.clear()
    for attachment in attachments:
        item = QTreeWidgetItem([attachment.filename, attachment.media_type, file_size(attachment.size)])
        item.setData(0, ATTACHMENT_ID_ROLE, attachment.id)
        tree.addTopLevelItem(item)


def fill_documents(tree: QTreeWidget, documents: tuple[DocumentRow, ...]) -> None:
    tree.clear()
    for document in documents:
        item = QTreeWidgetItem(
            [
                document.title,
                document_kind_label(document.kind),
                format_date(document.created_at.astimezone(BERLIN).date()),
                document_status_label(document.status),
            ]
        )
        item.setToolTip(0, literal_tooltip(document.title))
        item.setToolTip(2, format_moment(document.created_at))
        item.setData(0, DOCUMENT_ID_ROLE, document.id)
        tree.addTopLevelItem(item)
    newest = tree.topLevelItem(tree.topLevelItemCount() - 1) if documents else None
    if newest is not None:
        tree.setCurrentItem(newest)


def fill_payments(tree: QTreeWidget, payments: tuple[PaymentRow, ...]) -> None:
    tree.clear()
    for payment in payments:
        tree.addTopLevelItem(
            QTreeWidgetItem(
                [
                    format_euro(payment.amount_cents),
                    payment_method_label(payment.method),
                    payment.reference or "–",
                    format_moment(payment.recorded_at),
                ]
            )
        )


def fill_history(tree: QTreeWidget, events: tuple[EventRow, ...]) -> None:
    """Newest first; a comment (e.g. the reason of a rejection) is a child line under its event."""
    tree.clear()
    italic = QFont(tree.font())
    italic.setItalic(True)
    for event in reversed(events):
        item = QTreeWidgetItem([format_moment(event.at), actor_label(event.actor_display), event_text(event)])
        item.setToolTip(1, literal_tooltip(event.actor_display))
        item.setToolTip(2, literal_tooltip(event_text(event)))
        comment = event_comment(event)
        if comment:
            child = QTreeWidgetItem(["", "", comment])
            child.setFont(2, italic)
            child.setToolTip(2, literal_tooltip(comment))
            item.addChild(child)
        tree.addTopLevelItem(item)
    tree.expandAll()


def file_size(size: int) -> str:
    if size < 1024:
        return translate("DetailSections", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return translate("DetailSections", "{size} KB").format(size=_decimal(size / 1024))
    return translate("DetailSections", "{size} MB").format(size=_decimal(size / (1024 * 1024)))


def _decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)
