"""The case detail (Vorgangsansicht): header, applicant and form data, attachments, documents, payments, history."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colours import OVERDUE_COLOUR
from desktop.core.labels import channel_label, status_label
from desktop.core.plain_text import plain_label
from desktop.core.window_size import VerticalScrollArea
from desktop.widgets.detail_sections import (
    ATTACHMENT_ID_ROLE,
    DOCUMENT_ID_ROLE,
    document_samples,
    fill_attachments,
    fill_documents,
    fill_form_fields,
    fill_history,
    fill_payments,
    keep_columns_in_view,
    make_tree,
)
from desktop.widgets.notice_bar import NoticeBar
from models.case_status import is_overdue
from models.cases import DuplicateState
from models.fees import FeeRule
from models.german_format import format_date, format_euro, format_long_date, format_moment
from models.german_format import today as german_today
from models.operations.rows import CaseDetail

DUPLICATE_STYLE = "color: #8a4b00; font-weight: bold;"  # a note, not an error


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CaseDetailPanel(QWidget):
    document_requested = Signal(int)  # document id
    attachment_requested = Signal(int)  # attachment id

    def __init__(self, action_bar: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self._stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Choose a case in the work queue, or take the next one (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("detailPlaceholder")
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_detail(action_bar))
        self.change_notice = NoticeBar()  # another workstation changed the case shown (desktop.case.change_notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.change_notice)
        layout.addWidget(self._stack, 1)

    # -- building ----------------------------------------------------------------------------------------------

    def _build_detail(self, action_bar: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_header())
        self.duplicate = plain_label(object_name="duplicateLink")  # a likely duplicate, and what follows from it
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet(DUPLICATE_STYLE)
        self.duplicate.hide()
        layout.addWidget(self.duplicate)
        layout.addWidget(action_bar)

        self.applicant = QLabel()
        self.applicant.setObjectName("applicant")
        self.applicant.setTextFormat(Qt.TextFormat.PlainText)  # citizens' input is never markup
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.applicant.setWordWrap(True)
        self.form = make_tree("formFields", [self.tr("Field"), self.tr("Entry")], stretch_column=1)
        self.form.header().setSectionResizeMode(0, self.form.header().ResizeMode.Interactive)
        self.form.setColumnWidth(0, 220)
        application = _group(self.tr("Applicant and application"), self.applicant, self.form)

        self.attachments = make_tree(
            "attachments", [self.tr("File"), self.tr("Type"), self.tr("Size")], stretch_column=0
        )
        self.attachments.itemActivated.connect(self._attachment_activated)  # double-click or Enter
        self.open_attachment = QPushButton(self.tr("Open &attachment"))
        self.open_attachment.setObjectName("openAttachment")
        self.open_attachment.clicked.connect(self._open_current_attachment)
        self.attachments.currentItemChanged.connect(
            lambda current, _previous: self.open_attachment.setEnabled(self._attachment_id(current) is not None)
        )
        self.documents = make_tree(
            "documents", [self.tr("Title"), self.tr("Kind"), self.tr("Created"), self.tr("Status")], stretch_column=0
        )
        self.documents.itemActivated.connect(self._document_activated)  # double-click or Enter
        self.open_document = QPushButton(self.tr("&Open document"))
        self.open_document.setObjectName("openDocument")
        self.open_document.clicked.connect(self._open_current_document)
        self.documents.currentItemChanged.connect(
            lambda current, _previous: self.open_document.setEnabled(current is not None)
        )
        self.fees = plain_label(object_name="fees")
        self.payments = make_tree(
            "payments",
            [self.tr("Amount"), self.tr("Method"), self.tr("Receipt"), self.tr("Recorded")],
            stretch_column=2,
        )
        papers = QWidget()
        papers_layout = QVBoxLayout(papers)
        papers_layout.setContentsMargins(0, 0, 0, 0)
        open_row = QHBoxLayout()
        open_row.addWidget(_caption(self.tr("Letters and notices")))
        open_row.addStretch(1)
        open_row.addWidget(self.open_document)
        papers_layout.addLayout(open_row)
        papers_layout.addWidget(self.documents, 3)
        attachments_row = QHBoxLayout()
        attachments_row.addWidget(_caption(self.tr("Attachments")))
        attachments_row.addStretch(1)
        attachments_row.addWidget(self.open_attachment)
        papers_layout.addLayout(attachments_row)
        papers_layout.addWidget(self.attachments, 2)
        papers_layout.addWidget(_caption(self.tr("Fees")))
        papers_layout.addWidget(self.fees)
        papers_layout.addWidget(self.payments, 2)
        self.papers = VerticalScrollArea(papers)
        documents = _group(self.tr("Documents and payments"), self.papers)

        self.history = make_tree("history", [self.tr("When"), self.tr("Who"), self.tr("What")], stretch_column=2)
        self.history.setRootIsDecorated(False)
        self.history.setIndentation(0)
        history = _group(self.tr("History"), self.history)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        for widget, stretch in ((application, 5), (documents, 3), (history, 4)):
            columns.addWidget(widget)
            columns.setStretchFactor(columns.count() - 1, stretch)
        layout.addWidget(columns, 1)
        return page

    def _build_header(self) -> QGridLayout:
        self.reference = QLabel()
        self.reference.setObjectName("reference")
        big = QFont(self.reference.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.reference.setFont(big)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.service = QLabel()
        self.service.setObjectName("service")
        service_font = QFont(self.service.font())
        service_font.setPointSizeF(service_font.pointSizeF() * 1.15)
        self.service.setFont(service_font)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.assignee = QLabel()
        self.assignee.setObjectName("assignee")
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.received = QLabel()
        self.received.setObjectName("received")
        self.pickup = QLabel()
        self.pickup.setObjectName("pickup")
        for label in (self.reference, self.service, self.received):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.status, self.assignee, self.deadline, self.pickup):
            label.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self.reference, 0, 0)
        grid.addWidget(self.service, 0, 1, 1, 3)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.assignee, 1, 1)
        grid.addWidget(self.deadline, 1, 2)
        grid.addWidget(self.received, 1, 3)
        grid.addWidget(self.pickup, 1, 4)
        grid.setColumnStretch(4, 1)
        return grid

    # -- showing -----------------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.detail = None
        self.change_notice.hide()
        self._stack.setCurrentIndex(0)

    def show_detail(self, detail: CaseDetail) -> None:
        same_case = self.detail is not None and self.detail.case.id == detail.case.id
        self.detail = detail
        case = detail.case
        self.reference.setText(case.reference)
        self.service.setText(case.service_name)
        self.status.setText(self.tr("Status: <b>{status}</b>").format(status=html.escape(status_label(case.status))))
        self.assignee.setText(
            self.tr("Assignee: <b>{name}</b>").format(name=html.escape(case.assignee_name))
            if case.assignee_name
            else self.tr("Assignee: <b>nobody yet</b>")
        )
        self._show_deadline(detail)
        self.received.setText(
            self.tr("Received: {moment} ({channel})").format(
                moment=format_moment(case.received_at), channel=channel_label(case.channel)
            )
        )
        self.pickup.setText(
            self.tr("Pickup: <b>{date}</b>").format(date=format_long_date(detail.pickup_date))
            if detail.pickup_date
            else ""
        )
        self.applicant.setText(self._applicant_text(detail))
        duplicate = self._duplicate_text(detail)
        self.duplicate.setText(duplicate)
        self.duplicate.setVisible(bool(duplicate))
        fill_form_fields(self.form, detail.form_fields)
        fill_attachments(self.attachments, detail.attachments)
        if not detail.attachments:
            self.attachments.addTopLevelItem(QTreeWidgetItem([self.tr("No attachments")]))
        keep_columns_in_view(self.attachments, 0, {})
        self.open_attachment.setEnabled(bool(detail.attachments))
        fill_documents(self.documents, detail.documents)
        keep_columns_in_view(self.documents, 0, document_samples())
        self.open_document.setEnabled(bool(detail.documents))
        self.fees.setText(self._fee_text(detail))
        fill_payments(self.payments, detail.payments)
        keep_columns_in_view(self.payments, 2, {})
        self.papers.updateGeometry()  # the lists' widths may have grown
        fill_history(self.history, detail.events)
        if not same_case:
            self.form.scrollToTop()
            self.history.scrollToTop()
        self._stack.setCurrentIndex(1)

    def _duplicate_text(self, detail: CaseDetail) -> str:
        lines = []
        if detail.duplicate_of is not None and detail.duplicate_state is DuplicateState.SUSPECTED:
            lines.append(
                self.tr(
                    "Likely duplicate of case {reference} (same service, same person): confirm it (Ctrl+Shift+Y) "
                    "to decide it with that case, or unlink it (Ctrl+Shift+X)."
                ).format(reference=detail.duplicate_of)
            )
        elif detail.duplicate_of is not None:
            lines.append(
                self.tr("Duplicate of case {reference}: it is decided with that case.").format(
                    reference=detail.duplicate_of
                )
            )
        if detail.duplicates:
            lines.append(
                self.tr("Linked duplicates: {references}. Deciding this case decides the confirmed ones.").format(
                    references=", ".join(detail.duplicates)
                )
            )
        return "\n".join(lines)

    def _fee_text(self, detail: CaseDetail) -> str:
        """The fee and what was paid; a fee by tariff with its range, and whether it is still to be set."""
        paid = format_euro(detail.paid_cents)
        if detail.fee_rule is FeeRule.TARIFF:
            low, high = format_euro(detail.tariff_min_cents or 0), format_euro(detail.tariff_max_cents or 0)
            if detail.tariff_fee_missing:
                text = self.tr("by tariff: {low} – {high} (still to be set)").format(low=low, high=high)
                return text + self.tr(", paid {paid}").format(paid=paid) if detail.paid_cents else text
            return self.tr("Fee {fee} (by tariff, {low} – {high}), paid {paid}").format(
                fee=format_euro(detail.fee_cents), low=low, high=high, paid=paid
            )
        if detail.fee_cents == 0 and detail.paid_cents == 0:
            return self.tr("No fee")
        return self.tr("Fee {fee}, paid {paid}").format(fee=format_euro(detail.fee_cents), paid=paid)

    def _show_deadline(self, detail: CaseDetail) -> None:
        case = detail.case
        if is_overdue(case.status, case.due_date, german_today()):
            self.deadline.setText(self.tr("Deadline: <b>{date} – exceeded</b>").format(date=format_date(case.due_date)))
            self.deadline.setStyleSheet(f"color: {OVERDUE_COLOUR.name()};")
        else:
            self.deadline.setText(self.tr("Deadline: <b>{date}</b>").format(date=format_date(case.due_date)))
            self.deadline.setStyleSheet("")

    def _applicant_text(self, detail: CaseDetail) -> str:
        applicant = detail.applicant
        lines = list(applicant.address_lines or (applicant.full_name,))
        extra: list[str] = []
        if applicant.date_of_birth:
            extra.append(self.tr("born {date}").format(date=format_date(applicant.date_of_birth)))
        if applicant.phone:
            extra.append(self.tr("phone {phone}").format(phone=applicant.phone))
        if applicant.email:
            extra.append(applicant.email)
        text = "\n".join(lines)
        if extra:
            text += "\n" + " · ".join(extra)
        return text

    def current_document_id(self) -> int | None:
        item = self.documents.currentItem()
        value = item.data(0, DOCUMENT_ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _open_current_document(self) -> None:
        document_id = self.current_document_id()
        if document_id is not None:
            self.document_requested.emit(document_id)

    def _document_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, DOCUMENT_ID_ROLE)
        if value is not None:
            self.document_requested.emit(int(value))

    def current_attachment_id(self) -> int | None:
        return self._attachment_id(self.attachments.currentItem())

    @staticmethod
    def _attachment_id(item: QTreeWidgetItem | None) -> int | None:
        value = item.data(0, ATTACHMENT_ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _open_current_attachment(self) -> None:
        attachment_id = self.current_attachment_id()
        if attachment_id is None and self.detail is not None and self.detail.attachments:
            attachment_id = self.detail.attachments[0].id  # none chosen yet: the first
        if attachment_id is not None:
            self.attachment_requested.emit(attachment_id)

    def _attachment_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        attachment_id = self._attachment_id(item)
        if attachment_id is not None:
            self.attachment_requested.emit(attachment_id)
