"""An attachment of a case in a window of its own next to the case (Anlage öffnen), and saving it to a file.

PDFs show in the same viewer as letters, PNG and JPEG pictures fitted to the window; what the content really is
decides (:func:`models.operations.attachments.content_kind`), not what the sender claimed. Anything else -- or a
PDF that QtPdf cannot read, a picture that does not decode -- is only offered to save: the application never opens
a citizen's file with another program. The window shows one attachment of the case on screen: opening another
replaces it, and it closes when the clerk turns to another case.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.case import operations as case_operations
from desktop.case.attachment_content import ViewableAttachment
from desktop.core.plain_text import plain_label
from desktop.core.window_size import bring_up, fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.detail_sections import file_size
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.pdf_preview import PdfPane
from models.cases import Attachment
from models.operations.attachments import AttachmentBlob, ContentKind
from models.storable_text import file_name

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 8.0


class ImagePane(QWidget):
    """A picture fitted to the window (until the clerk zooms), in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._scale: float | None = None  # None: fitted to the window
        self.picture = QLabel()
        self.picture.setObjectName("attachmentImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea()
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        self.area.viewport().installEventFilter(self)
        zoom_in = QPushButton(self.tr("Zoom &in"))
        zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        zoom_out = QPushButton(self.tr("Zoom &out"))
        zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        fit = QPushButton(self.tr("Fit to &window"))
        fit.clicked.connect(self.fit)
        self.zoom_buttons = (zoom_out, zoom_in, fit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom(1 / ZOOM_STEP))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self.zoom_buttons:
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.area, 1)

    def show_image(self, image: QImage) -> None:
        self._image = image
        self._scale = None
        self._render()

    def clear(self) -> None:
        self._image = QImage()
        self.picture.clear()

    def zoom(self, factor: float) -> None:
        if not self._image.isNull():
            self._scale = max(MIN_SCALE, min(MAX_SCALE, self.scale * factor))
            self._render()

    def fit(self) -> None:
        self._scale = None
        self._render()

    @property
    def scale(self) -> float:
        """How large the picture is shown (1.0: one image pixel per screen pixel)."""
        if self._scale is not None:
            return self._scale
        if self._image.isNull():
            return 1.0
        room = self.area.viewport().size() - QSize(4, 4)
        return max(MIN_SCALE, min(room.width() / self._image.width(), room.height() / self._image.height()))

    def _render(self) -> None:
        if self._image.isNull():
            return
        scale = self.scale
        size = QSize(max(1, round(self._image.width() * scale)), max(1, round(self._image.height() * scale)))
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize and self._scale is None:
            self._render()  # fitted: follows the window's size
        return super().eventFilter(watched, event)


class AttachmentViewer(QDialog):
    """One attachment: shown where the application can show it, and saved to a file on request."""

    saved = Signal(object)  # the Path the attachment was saved as

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("Attachment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 820, 960)
        self._workspace = workspace
        self.blob: AttachmentBlob | None = None
        self.shown_as: ContentKind | None = None  # how the attachment is shown (OTHER: only to save)
        self.file_dialog: QFileDialog | None = None

        self.info = QLabel()
        self.info.setObjectName("attachmentInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.pdf = PdfPane(self)
        self.image = ImagePane(self)
        self.message = plain_label(object_name="attachmentMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (self.pdf, self.image, self.message):
            self.pages.addWidget(page)

        self.status = plain_label(object_name="attachmentStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.setAutoDefault(False)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the file exactly as the citizen sent it (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    @property
    def case_id(self) -> int | None:
        return self.blob.case_id if self.blob is not None else None

    def show_attachment(self, attachment: ViewableAttachment) -> None:
        blob = attachment.blob
        self.blob = blob
        self.status.clear()
        self.setWindowTitle(self.tr("{file} – {reference}").format(file=blob.file_name, reference=blob.case_reference))
        self.info.setText(self._info(blob))
        self.pdf.clear()
        self.image.clear()
        kind = blob.kind
        if kind == ContentKind.PDF:
            self.pdf.show_pdf(blob.content)
            if self.pdf.document.status() == QPdfDocument.Status.Ready and self.pdf.page_count > 0:
                self._show(ContentKind.PDF, self.pdf)
                self.pdf.view.setFocus()
                return
            self.pdf.clear()
            explanation = self.tr("The file begins like a PDF but cannot be read as one.")
        elif kind == ContentKind.IMAGE and attachment.image is not None:
            self._show(ContentKind.IMAGE, self.image)
            self.image.show_image(attachment.image)
            self.image.area.setFocus()
            return
        elif kind == ContentKind.IMAGE:
            explanation = self.tr("The file begins like a PNG or JPEG picture but cannot be shown as one.")
        elif blob.size == 0:
            explanation = self.tr("The file is empty.")
        else:
            explanation = self.tr("This kind of file cannot be shown here: only PDF files and PNG or JPEG pictures.")
        self.message.setText(
            explanation
            + "\n\n"
            + self.tr(
                "You can save it with “Save as…” and check it with a suitable program, as your IT department "
                "advises (files from the internet may be harmful)."
            )
        )
        self._show(ContentKind.OTHER, self.message)
        self.save_button.setFocus()

    def _show(self, kind: ContentKind, page: QWidget) -> None:
        self.shown_as = kind
        self.pages.setCurrentWidget(page)

    def _info(self, blob: AttachmentBlob) -> str:
        text = self.tr("<b>{file}</b> · {type} · {size} · case {reference}").format(
            file=html.escape(blob.file_name),
            type=html.escape(blob.media_type),
            size=file_size(blob.size),
            reference=html.escape(blob.case_reference),
        )
        if not blob.claim_matches:
            text += "<br>" + self.tr("The sender declared it as “{type}”; its content is {kind}.").format(
                type=html.escape(blob.media_type), kind=self._kind_label(blob.kind)
            )
        return text

    def _kind_label(self, kind: ContentKind) -> str:
        if kind == ContentKind.PDF:
            return self.tr("a PDF")
        if kind == ContentKind.IMAGE:
            return self.tr("a picture")
        return self.tr("neither a PDF nor a picture")

    # -- saving --------------------------------------------------------------------------------------------------

    def save_as(self) -> None:
        blob = self.blob
        if blob is None or self.file_dialog is not None:
            return
        dialog = QFileDialog(self, self.tr("Save the attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(file_name(blob.file_name, Attachment.filename, self.tr("Attachment")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self._save(blob, Path(name)))
        dialog.finished.connect(lambda _result: self._forget_file_dialog(dialog))
        self.file_dialog = dialog
        dialog.open()

    def _forget_file_dialog(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None

    def _save(self, blob: AttachmentBlob, path: Path) -> None:
        self._workspace.runner.run(case_operations.save_attachment(blob, path, parent=self, on_success=self._saved))

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved as {path}.").format(path=path))
        self.saved.emit(path)


class AttachmentViewing(QObject):
    """The main window's attachment viewer: opens it (loading on the task runner) and closes it with the case."""

    def __init__(self, window: QWidget, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self.viewer: AttachmentViewer | None = None
        self._request = 0

    def open(self, attachment_id: int) -> None:
        self._request += 1
        request = self._request
        self._workspace.runner.run(
            case_operations.open_attachment(
                self._workspace,
                attachment_id,
                on_success=lambda attachment: self._show(request, attachment),
                on_failure=lambda error: show_error(self._window, error),
            )
        )

    def _show(self, request: int, attachment: ViewableAttachment) -> None:
        if request != self._request:
            return  # another attachment (or case) was chosen meanwhile
        if self.viewer is None:
            viewer = AttachmentViewer(self._workspace, self._window)
            viewer.finished.connect(lambda _result: self._forget(viewer))
            _place_on_the_right(viewer, self._window)
            self.viewer = viewer
        self.viewer.show_attachment(attachment)
        bring_up(self.viewer)

    def follow(self, case_id: int) -> None:
        """The case on screen is ``case_id``: an attachment of another case is not left open."""
        if self.viewer is not None and self.viewer.case_id != case_id:
            self.close_windows()

    def close_windows(self) -> None:
        """Close the viewer; an attachment still loading is not shown either."""
        self._request += 1
        viewer, self.viewer = self.viewer, None
        if viewer is not None:
            viewer.close()

    def _forget(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None


def _place_on_the_right(viewer: QWidget, window: QWidget) -> None:
    """On the right of the screen, level with the main window: the case's form data on its left stays in view."""
    screen = window.screen().availableGeometry()
    x = screen.left() + max(0, screen.width() - viewer.width())
    y = max(screen.top(), min(window.geometry().top(), screen.bottom() - viewer.height()))
    viewer.move(x, y)
