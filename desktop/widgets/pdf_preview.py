"""Looking at a letter before it goes out (Vorschau), with QtPdf's viewer.

:class:`PdfPane` is the viewer with its zoom buttons, embedded where a list shows the selected letter (print
queue); :class:`PdfPreviewDialog` is a window of its own around one, e.g. for a template preview (a stored letter
of a case has its own window with printing, :mod:`desktop.case.document_preview`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.labels import document_kind_label
from desktop.core.translations import translate
from desktop.core.window_size import fit_on_screen
from models.german_format import format_moment
from models.operations.rows import DocumentBlob


class PdfPane(QWidget):
    """A PDF shown page below page, fitted to the width, with zoom buttons next to an info line."""

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.info = QLabel()
        self.info.setObjectName("pdfInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        zoom_in = QPushButton(self.tr("Zoom &in"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out = QPushButton(self.tr("Zoom &out"))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit = QPushButton(self.tr("&Fit width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.zoom_buttons = (zoom_out, zoom_in, fit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(0.8))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        if stacked:  # a narrow pane: the info line gets the whole width, the buttons a row of their own
            layout.addWidget(self.info)
            top.addStretch(1)
        else:
            top.addWidget(self.info, 1)
        for button in self.zoom_buttons:
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_pdf(self, pdf: bytes, info_html: str = "") -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.show()
        self.info.setText(info_html)

    def clear(self, message: str = "") -> None:
        self.document.close()
        self.view.hide()  # else it keeps the last letter's (empty) page on screen
        self.info.setText(html.escape(message))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def document_info(blob: DocumentBlob) -> str:
    """The info line of a stored letter: kind, pages, when and by whom it was written."""
    row = blob.row
    return translate("PdfPreviewDialog", "<b>{kind}</b> · {pages} page(s) · created {moment} by {user}").format(
        kind=html.escape(document_kind_label(row.kind)),
        pages=row.pages,
        moment=format_moment(row.created_at),
        user=html.escape(row.created_by),
    )


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes | None, title: str, info_html: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_on_screen(self, 820, 960)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pane = PdfPane(self)
        if pdf is not None:
            self.pane.show_pdf(pdf, info_html)
        self.document = self.pane.document
        self.view = self.pane.view
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.pane, 1)
        self.main_layout.addWidget(self.buttons)

    @property
    def page_count(self) -> int:
        return self.pane.page_count
