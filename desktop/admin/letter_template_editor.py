"""The letter template editor (Textvorlagen) for admins: the texts of confirmations, rejections, requests, fee notices.

Each kind of letter has a text for all services and, for some services, one of their own. A text is checked when
it is saved (and when it is previewed): a problem is shown in German next to its field, and what the admin typed
stays. Unsaved changes of several templates are kept while the admin switches between them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.letter_template_form import LetterTemplateForm
from desktop.admin.operations import (
    TemplateList,
    list_letter_templates,
    preview_letter_template,
    reset_letter_template,
    save_letter_template,
)
from desktop.core.labels import document_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.pdf_preview import PdfPreviewDialog
from models.documents import DocumentKind
from models.errors import InvalidInput
from models.letter_templates import LetterTemplate
from models.letters import RenderedDocument
from models.operations.letter_templates import TemplateEntry
from models.town_config import PendingBankChange
from printing.letter_page import grouped_iban

Key = tuple[DocumentKind, str]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _key(template: LetterTemplate) -> Key:
    return (template.kind, template.service_key)


class LetterTemplateEditor(QDialog):
    loaded = Signal()
    saved = Signal(object)  # LetterTemplate
    reset_done = Signal(object)  # Key
    failed = Signal(object)  # the exception of a save or preview
    preview_opened = Signal(object)  # PdfPreviewDialog

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterTemplates")
        self.setWindowTitle(self.tr("Letter templates"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1300, 760)
        self._workspace = workspace
        self._entries: dict[Key, TemplateEntry] = {}
        self._services: dict[str, str] = {}
        self._drafts: dict[Key, LetterTemplate] = {}
        self._current: Key | None = None
        self.preview: PdfPreviewDialog | None = None
        self.question: QMessageBox | None = None

        self.templates = QListWidget()
        self.templates.setObjectName("templateList")
        self.templates.setSpacing(2)
        self.templates.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.templates.currentItemChanged.connect(self._switch)
        self.form = LetterTemplateForm()
        self.form.edited.connect(self._edited)
        self.origin = plain_label()
        self.origin.setObjectName("templateOrigin")
        self.status = plain_label()
        self.status.setObjectName("templateStatus")
        self.bank_change = plain_label()  # the previews show the town's bank account: say when a new one waits
        self.bank_change.setObjectName("pendingBankChange")
        self.bank_change.setWordWrap(True)
        self.bank_change.hide()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("previewTemplate")
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("&Reset to default"))
        self.reset_button.setObjectName("resetTemplate")
        self.reset_button.clicked.connect(lambda: self.reset_to_default())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.preview_button, self.reset_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.origin)
        right_layout.addWidget(self.form, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.templates)
        splitter.addWidget(right)
        splitter.setSizes([280, 1020])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.bank_change)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._set_enabled(False)
        self.reload()

    # -- the list ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._workspace.runner.run(list_letter_templates(self._workspace, parent=self, on_success=self._loaded))

    def _loaded(self, result: TemplateList) -> None:
        entries, self._services, bank_change = result
        self._show_bank_change(bank_change)
        self._entries = {_key(entry.template): entry for entry in entries}
        wanted = self._current
        self._current = None
        self.templates.blockSignals(True)
        self.templates.clear()
        for key in self._entries:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            self.templates.addItem(item)
            self._label(item)
        self.templates.blockSignals(False)
        keys = list(self._entries)
        if keys:
            self.select_template(*(wanted if wanted in self._entries else keys[0]))
        self.loaded.emit()

    def _show_bank_change(self, change: PendingBankChange | None) -> None:
        self.bank_change.setVisible(change is not None)
        if change is None:
            return
        self.bank_change.setText(
            self.tr(
                "A new bank account (IBAN {new}) proposed by {proposer} is waiting for a second person's "
                "confirmation. Until then previews and letters show the current account (IBAN {old})."
            ).format(
                new=grouped_iban(change.new.iban), old=grouped_iban(change.old.iban), proposer=change.proposed_by_name
            )
        )

    def _label(self, item: QListWidgetItem) -> None:
        key: Key = item.data(KEY_ROLE)
        kind, service = key
        entry = self._entries[key]
        service_name = self._services.get(service, service) if service else self.tr("all services")
        text = f"{document_kind_label(kind)}\n    {service_name}"
        if entry.customised:
            text += " " + self.tr("(own text)")
        if key in self._drafts:
            text += " *"
        item.setText(text)

    def select_template(self, kind: DocumentKind, service_key: str = "") -> None:
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            if item.data(KEY_ROLE) == (kind, service_key):
                self.templates.setCurrentItem(item)
                return

    def _switch(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._current = current.data(KEY_ROLE) if current is not None else None
        self._set_enabled(self._current is not None)
        if self._current is None:
            return
        entry = self._entries[self._current]
        self.form.show_template(self._drafts.get(self._current, entry.template), entry.placeholders)
        self.origin.setText(
            self.tr("An own text of this town, saved by an administrator.")
            if entry.customised
            else self.tr("The text shipped with Amtsstube.")
        )
        self.status.clear()

    def _edited(self) -> None:
        if self._current is None:
            return
        typed = self.form.template()
        if typed == self._entries[self._current].template:
            self._drafts.pop(self._current, None)
        else:
            self._drafts[self._current] = typed
        self.form.clear_problems()
        current = self.templates.currentItem()
        if current is not None:
            self._label(current)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.form, self.preview_button, self.save_button, self.reset_button):
            widget.setEnabled(enabled)

    # -- save, reset, preview ------------------------------------------------------------------------------------

    def save(self) -> None:
        ws, template = self._workspace, self.form.template()
        self.status.clear()
        ws.runner.run(
            save_letter_template(
                ws, template, parent=self, on_success=lambda _none: self._saved(template), on_failure=self._failed
            )
        )

    def _saved(self, template: LetterTemplate) -> None:
        self._drafts.pop(_key(template), None)
        self.status.setText(self.tr("The text has been saved. New letters use it from now on."))
        self.saved.emit(template)
        self.reload()

    def _failed(self, error: Exception) -> None:
        shown = isinstance(error, InvalidInput) and self.form.show_problem(error.field, error.problem)
        if not shown:
            show_error(self, error)
        self.failed.emit(error)

    def reset_to_default(self, *, confirm: bool = True) -> None:
        """Delete the town's own text (after asking) so the shipped one applies again."""
        if self._current is None:
            return
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Reset to default"),
                self.tr("Replace this text by the one shipped with Amtsstube? The town's own text is deleted."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setObjectName("confirmReset")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.buttonClicked.connect(
                lambda button: (
                    self.reset_to_default(confirm=False)
                    if box.standardButton(button) == QMessageBox.StandardButton.Yes
                    else None
                )
            )
            self.question = box
            box.open()
            return
        ws, key = self._workspace, self._current
        ws.runner.run(reset_letter_template(ws, key, parent=self, on_success=lambda _template: self._reset(key)))

    def _reset(self, key: Key) -> None:
        self._drafts.pop(key, None)
        self.status.setText(self.tr("The text shipped with Amtsstube applies again."))
        self.reset_done.emit(key)
        self.reload()

    def show_preview(self) -> None:
        ws, template = self._workspace, self.form.template()
        ws.runner.run(
            preview_letter_template(
                ws,
                template,
                parent=self,
                on_success=lambda rendered: self._show_preview(template, rendered),
                on_failure=self._failed,
            )
        )

    def _show_preview(self, template: LetterTemplate, rendered: RenderedDocument) -> None:
        self.form.clear_problems()
        title = self.tr("Preview – {kind}").format(kind=document_kind_label(template.kind))
        info = self.tr("Filled in with sample values · %n page(s)", "", rendered.pages)
        if self.preview is not None:
            self.preview.close()
        self.preview = PdfPreviewDialog(rendered.pdf, title, info, self)
        self.preview.setObjectName("templatePreview")
        self.preview.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview.show()
        self.preview_opened.emit(self.preview)

    # -- closing -------------------------------------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        return len(self._drafts)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._drafts:
            super().closeEvent(event)
            return
        event.ignore()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("%n text(s) have unsaved changes. Close and discard them?", "", len(self._drafts)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDiscard")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._discard_and_close(box, button))
        self.question = box
        box.open()

    def _discard_and_close(self, box: QMessageBox, button: QAbstractButton) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Discard:
            self._drafts.clear()
            self.close()
