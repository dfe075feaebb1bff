"""The fields of one letter template (Betreff, Anrede, Text) with a problem line under each, and the placeholders.

A double-click (or Enter) on a placeholder inserts ``{{ name }}`` where the cursor was in the field last edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages.letters import template_problem_text
from desktop.widgets.detail_sections import make_tree
from models.documents import DocumentKind
from models.letter_templates import LetterTemplate

PROBLEM_STYLE = "color: #b00020;"


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class LetterTemplateForm(QWidget):
    edited = Signal()  # the admin changed a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = DocumentKind.CONFIRMATION_LETTER
        self._service_key = ""
        self._loading = False
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.salutation = QLineEdit()
        self.salutation.setObjectName("templateSalutation")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems = {
            "subject": _problem_label("subjectProblem"),
            "salutation": _problem_label("salutationProblem"),
            "body": _problem_label("bodyProblem"),
        }
        self._last_field: QLineEdit | QPlainTextEdit = self.body
        for field in (self.subject, self.salutation, self.body):
            field.installEventFilter(self)
        self.subject.textEdited.connect(lambda _text: self._edited())
        self.salutation.textEdited.connect(lambda _text: self._edited())
        self.body.textChanged.connect(self._edited)

        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget, problem in (
            (self.tr("&Subject:"), self.subject, "subject"),
            (self.tr("Sal&utation:"), self.salutation, "salutation"),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.problems[problem])
        body_label = QLabel(self.tr("&Text:"))
        body_label.setBuddy(self.body)
        form.addRow(body_label, self.body)
        form.addRow("", self.problems["body"])

        self.placeholders: QTreeWidget = make_tree(
            "placeholders", [self.tr("Placeholder"), self.tr("Meaning")], stretch_column=1
        )
        self.placeholders.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.placeholders.setToolTip(self.tr("Double-click inserts the placeholder at the cursor"))
        self.placeholders.itemActivated.connect(self._insert_placeholder)
        hint = QLabel(self.tr("Placeholders – double-click inserts one where the cursor is:"))
        hint.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(hint)
        side_layout.addWidget(self.placeholders, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(fields)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._last_field = watched
        return super().eventFilter(watched, event)

    def show_template(self, template: LetterTemplate, placeholders: dict[str, str]) -> None:
        self._loading = True
        self._kind, self._service_key = template.kind, template.service_key
        self.subject.setText(template.subject)
        self.salutation.setText(template.salutation)
        self.body.setPlainText(template.body)
        self._loading = False
        self.clear_problems()
        self.placeholders.clear()
        for name, meaning in placeholders.items():
            item = QTreeWidgetItem([name, meaning])
            item.setToolTip(1, meaning)
            self.placeholders.addTopLevelItem(item)
        self.placeholders.doItemsLayout()  # wrapped explanations get their height

    def template(self) -> LetterTemplate:
        """The texts as the admin typed them."""
        return LetterTemplate(
            kind=self._kind,
            service_key=self._service_key,
            subject=self.subject.text(),
            salutation=self.salutation.text(),
            body=self.body.toPlainText(),
        )

    def show_problem(self, field: str, problem: str) -> bool:
        """Show the problem under its field; False when ``field`` is not one of the template's fields."""
        label = self.problems.get(field)
        if label is None:
            return False
        label.setText(template_problem_text(problem))
        label.show()
        {"subject": self.subject, "salutation": self.salutation, "body": self.body}[field].setFocus()
        return True

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.clear()
            label.hide()

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _insert_placeholder(self, item: QTreeWidgetItem, _column: int) -> None:
        text = f"{{{{ {item.text(0)} }}}}"
        field = self._last_field
        if isinstance(field, QLineEdit):
            field.insert(text)
            self._edited()  # insert() does not emit textEdited
        else:
            field.insertPlainText(text)
        field.setFocus()
