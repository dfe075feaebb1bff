"""Looking at a stored letter before it goes out (Vorschau), with QtPdf's viewer."""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.labels import document_kind_label
from models.german_format import format_moment
from models.operations.rows import DocumentBlob


class PdfPreviewDialog(QDialog):
    def __init__(self, blob: DocumentBlob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = blob.row
        self.setWindowTitle(self.tr("{title} – {reference}").format(title=row.title, reference=row.case_reference))
        self.resize(820, 960)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self._bytes = QByteArray(blob.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        info = QLabel(
            self.tr("<b>{kind}</b> · {pages} page(s) · created {moment} by {user}").format(
                kind=html.escape(document_kind_label(row.kind)),
                pages=row.pages,
                moment=format_moment(row.created_at),
                user=html.escape(row.created_by),
            )
        )
        info.setTextFormat(Qt.TextFormat.RichText)
        zoom_in = QPushButton(self.tr("Zoom &in"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out = QPushButton(self.tr("Zoom &out"))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit = QPushButton(self.tr("&Fit width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(0.8))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(info, 1)
        for button in (zoom_out, zoom_in, fit):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()
