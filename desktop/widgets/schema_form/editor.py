"""What every editor of a :class:`~desktop.widgets.schema_form.SchemaForm` can do, and the scalar editors.

An editor knows its value (None while empty), shows a problem under itself (a red line and the tooltip of its
input) and reports the problems only it can see: text that is no number or no date never reaches the schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from models.form_problems import FieldProblem, NotADate, Path, german_from_iso, german_number, iso_from_german, problem

Schema = dict[str, Any]
MULTILINE_FROM = 1000  # strings allowed this long get a multi-line editor


@dataclass(frozen=True)
class FormContext:
    """What the editors of one form share: the schema ``$ref``s point into, and whom to tell about changes."""

    root: Schema
    changed: Callable[..., object]  # takes and ignores what the signal of the input sends
    rows_changed: Callable[[], None]


class Editor(QWidget):
    """An input (or a group of editors) with a problem line below it."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__()
        self.schema = schema
        self.context = context
        self.required = required
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldProblem")
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)

    @property
    def title(self) -> str:
        return str(self.schema.get("title") or "")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        return self.value() is None

    def input_widget(self) -> QWidget:
        """The widget :meth:`SchemaForm.field_widget` returns and that gets the focus for a problem."""
        raise NotImplementedError

    def focusables(self) -> list[QWidget]:
        """The widgets of this editor that take the keyboard focus, in the order of the form."""
        return [self.input_widget()]

    def own_problems(self, path: Path) -> list[FieldProblem]:
        return []

    def child(self, key: str | int) -> Editor | None:
        return None

    def editors(self) -> list[Editor]:
        """This editor and all below it, in form order."""
        return [self]

    def show_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))
        self.input_widget().setToolTip(message or str(self.schema.get("description") or ""))

    def _finish(self, widget: QWidget) -> None:
        """Lay out ``widget`` above the problem line, with the field's title as its accessible name."""
        self.box.addWidget(widget)
        self.box.addWidget(self.problem_label)
        name = self.title
        if self.required:
            name = QCoreApplication.translate("SchemaForm", "{title} (required)").format(title=name)
        widget.setAccessibleName(name)
        description = self.schema.get("description")
        if isinstance(description, str):
            widget.setToolTip(description)
            widget.setAccessibleDescription(description)


class TextEditor(Editor):
    """A string: one line (``maxLength`` as the limit), or several lines for long free text."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__(schema, context, required=required)
        max_length = schema.get("maxLength")
        self.multiline = isinstance(max_length, int) and max_length >= MULTILINE_FROM
        if self.multiline:
            self.plain = QPlainTextEdit()
            self.plain.setTabChangesFocus(True)
            self.plain.setFixedHeight(90)
            self.plain.textChanged.connect(context.changed)
            self._finish(self.plain)
            return
        self.line = QLineEdit()
        if isinstance(max_length, int):
            self.line.setMaxLength(max_length)
        description = schema.get("description")
        if isinstance(description, str):
            self.line.setPlaceholderText(description)
        self.line.textChanged.connect(context.changed)
        self._finish(self.line)

    def text(self) -> str:
        return self.plain.toPlainText() if self.multiline else self.line.text()

    def value(self) -> Any:
        text = self.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.multiline:
            self.plain.setPlainText(text)
        else:
            self.line.setText(text)

    def input_widget(self) -> QWidget:
        return self.plain if self.multiline else self.line


class DateEditor(TextEditor):
    """A date typed as TT.MM.JJJJ, held as an ISO date; a day that does not exist is the field's own problem."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__({k: v for k, v in schema.items() if k != "description"}, context, required=required)
        self.schema = schema
        self.line.setPlaceholderText(QCoreApplication.translate("SchemaForm", "DD.MM.YYYY"))
        self.line.setMaxLength(10)

    def value(self) -> Any:
        try:
            return iso_from_german(self.line.text()) if self.line.text().strip() else None
        except NotADate:
            return None

    def set_value(self, value: Any) -> None:
        self.line.setText(german_from_iso(str(value)) if value is not None else "")

    def own_problems(self, path: Path) -> list[FieldProblem]:
        if not self.line.text().strip():
            return []
        try:
            iso_from_german(self.line.text())
        except NotADate as refused:
            return [problem(path, refused.code)]
        return []


class NumberEditor(TextEditor):
    """An integer or a number typed with a German decimal comma; empty stays possible for optional fields."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__(schema, context, required=required)
        self.integer = schema.get("type") == "integer"
        low, high = schema.get("minimum"), schema.get("maximum")
        if isinstance(low, (int, float)) and isinstance(high, (int, float)):
            self.line.setPlaceholderText(f"{german_number(low)} – {german_number(high)}")

    def _parsed(self) -> int | float | None:
        """``1,5`` or ``1.5``; with a comma, points are thousands separators (``1.000,5``)."""
        text = self.line.text().strip()
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        if not text:
            return None
        try:
            return int(text) if self.integer else float(text)
        except ValueError:
            return None

    def value(self) -> Any:
        return self._parsed()

    def set_value(self, value: Any) -> None:
        self.line.setText(german_number(value) if isinstance(value, (int, float)) else "")

    def own_problems(self, path: Path) -> list[FieldProblem]:
        if self.line.text().strip() and self._parsed() is None:
            return [problem(path, "integer" if self.integer else "number")]
        return []


class ChoiceEditor(Editor):
    """An enumeration, showing the titles of its options; the first entry is "nothing chosen"."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool, choices: list[tuple[Any, str]]) -> None:
        super().__init__(schema, context, required=required)
        self.choices = choices
        self.combo = QComboBox()
        self.combo.addItem("")
        for _value, title in choices:
            self.combo.addItem(title)
        self.combo.currentIndexChanged.connect(context.changed)
        self._finish(self.combo)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self.choices[index - 1][0] if index > 0 else None

    def set_value(self, value: Any) -> None:
        for index, (option, _title) in enumerate(self.choices, start=1):
            if option == value and type(option) is type(value):
                self.combo.setCurrentIndex(index)
                return
        self.combo.setCurrentIndex(0)

    def input_widget(self) -> QWidget:
        return self.combo


class CheckEditor(Editor):
    """A yes/no the citizen may leave open: unchecked and untouched is empty, unchecked by hand is "no"."""

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__(schema, context, required=required)
        self.check = QCheckBox(f"{self.title} *" if required else self.title)
        self.answered = False
        self.check.toggled.connect(self._toggled)
        self._finish(self.check)

    def _toggled(self) -> None:
        self.answered = True
        self.context.changed()

    def value(self) -> Any:
        if self.check.isChecked():
            return True
        return False if self.answered else None

    def set_value(self, value: Any) -> None:
        self.check.setChecked(value is True)
        self.answered = isinstance(value, bool)

    def input_widget(self) -> QWidget:
        return self.check
