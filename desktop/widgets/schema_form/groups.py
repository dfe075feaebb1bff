"""The editors that hold editors: an object as a group of labelled rows, an array as rows to add and remove.

Which editor a property gets is :func:`models.form_schema.kind_of`; which properties an object shows, and which of
them are marked as required, is :func:`models.form_schema.object_properties` (the union of its branches).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.widgets.schema_form.editor import (
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    Editor,
    FormContext,
    NumberEditor,
    Schema,
    TextEditor,
)
from models.form_problems import FieldProblem, Path
from models.form_schema import kind_of, object_properties, options, resolved


def editor_for(schema: Schema, context: FormContext, *, required: bool, title: str | None = None) -> Editor:
    """The editor for one property (``title`` overrides the schema's, e.g. "Person 2" for a row)."""
    schema = resolved(schema, context.root)
    if title is not None:
        schema = {**schema, "title": title}
    kind = kind_of(schema)
    if kind == "object":
        return ObjectEditor(schema, context, required=required)
    if kind == "array":
        return ArrayEditor(schema, context, required=required)
    if kind == "choice":
        return ChoiceEditor(schema, context, required=required, choices=options(schema) or [])
    if kind == "boolean" and required and schema.get("const") is not True:
        yes_no = [
            (True, QCoreApplication.translate("SchemaForm", "yes")),
            (False, QCoreApplication.translate("SchemaForm", "no")),
        ]
        return ChoiceEditor(schema, context, required=required, choices=yes_no)
    if kind == "boolean":
        return CheckEditor(schema, context, required=required)
    if kind in ("integer", "number"):
        return NumberEditor(schema, context, required=required)
    if kind == "date":
        return DateEditor(schema, context, required=required)
    return TextEditor(schema, context, required=required)


#: Labels up to this length stay on one line: a wrapped label in a form row is cut to the height of its field.
ONE_LINE_LABEL = 32


def field_label(editor: Editor) -> QLabel:
    """The label of a row: the title, with an asterisk when the field is required; only a long one wraps."""
    label = QLabel(f"{editor.title} *" if editor.required else editor.title)
    label.setWordWrap(len(label.text()) > ONE_LINE_LABEL)
    label.setBuddy(editor.input_widget())
    return label


class ObjectEditor(Editor):
    """An object: a group box (no frame for the form itself) with one row per property, in the schema's order.

    An optional object that is left empty is no value at all; a required one is always there (possibly ``{}``),
    so the check names each of its missing fields rather than the whole group.
    """

    def __init__(self, schema: Schema, context: FormContext, *, required: bool, framed: bool = True) -> None:
        super().__init__(schema, context, required=required)
        properties, required_keys = object_properties(schema, context.root)
        self.group = QGroupBox(f"{self.title} *" if required and framed else self.title) if framed else QWidget()
        rows = QFormLayout(self.group)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Editor] = {}
        for key, prop in properties.items():
            child = editor_for(prop, context, required=key in required_keys)
            child.setObjectName(f"field_{key}")
            self.fields[key] = child
            if isinstance(child, (ObjectEditor, ArrayEditor, CheckEditor)):
                rows.addRow(child)
            else:
                rows.addRow(field_label(child), child)
        self.box.addWidget(self.problem_label)
        self.box.addWidget(self.group)
        self.group.setAccessibleName(self.title)

    def value(self) -> Any:
        if not self.required and self.is_empty():
            return None
        values = {key: child.value() for key, child in self.fields.items()}
        return {key: value for key, value in values.items() if value is not None}

    def is_empty(self) -> bool:
        return all(child.is_empty() for child in self.fields.values())

    def set_value(self, value: Any) -> None:
        given = value if isinstance(value, dict) else {}
        for key, child in self.fields.items():
            child.set_value(given.get(key))

    def input_widget(self) -> QWidget:
        return self.group

    def focusables(self) -> list[QWidget]:
        return [widget for child in self.fields.values() for widget in child.focusables()]

    def own_problems(self, path: Path) -> list[FieldProblem]:
        return [p for key, child in self.fields.items() for p in child.own_problems((*path, key))]

    def child(self, key: str | int) -> Editor | None:
        return self.fields.get(key) if isinstance(key, str) else None

    def editors(self) -> list[Editor]:
        return [self, *(editor for child in self.fields.values() for editor in child.editors())]

    def show_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))


class ArrayRow(QWidget):
    """One entry of an array: its editor and the button that removes it."""

    def __init__(self, editor: Editor, remove_text: str) -> None:
        super().__init__()
        self.editor = editor
        self.remove = QPushButton(remove_text)
        self.remove.setAccessibleName(f"{remove_text}: {editor.title}")
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(self.remove)


class ArrayEditor(Editor):
    """An array: a row per entry with a remove button, and an add button (off at ``maxItems``).

    A required array starts with ``minItems`` empty rows. Rows left completely empty are no entries: an array of
    only empty rows is no value, and empty rows of strings are left out.
    """

    def __init__(self, schema: Schema, context: FormContext, *, required: bool) -> None:
        super().__init__(schema, context, required=required)
        self.items = resolved(schema.get("items") or {"type": "string"}, context.root)
        self.item_title = str(self.items.get("title") or self.title)
        self.rows: list[ArrayRow] = []
        self.group = QGroupBox(f"{self.title} *" if required else self.title)
        self.group.setAccessibleName(self.title)
        self.row_box = QVBoxLayout()
        self.add = QPushButton(QCoreApplication.translate("SchemaForm", "Add {item}").format(item=self.item_title))
        self.add.clicked.connect(self._add_by_hand)
        outer = QVBoxLayout(self.group)
        outer.addLayout(self.row_box)
        outer.addWidget(self.add)
        self.box.addWidget(self.group)
        self.box.addWidget(self.problem_label)
        minimum = schema.get("minItems")
        for _ in range(minimum if required and isinstance(minimum, int) else 0):
            self._add_row()

    @property
    def max_items(self) -> int | None:
        maximum = self.schema.get("maxItems")
        return maximum if isinstance(maximum, int) else None

    def _add_by_hand(self) -> None:
        row = self._add_row()
        self.context.rows_changed()
        self.context.changed()
        row.editor.focusables()[0].setFocus()

    def _add_row(self) -> ArrayRow:
        number = len(self.rows) + 1
        editor = editor_for(self.items, self.context, required=True, title=f"{self.item_title} {number}")
        row = ArrayRow(editor, QCoreApplication.translate("SchemaForm", "Remove"))
        row.remove.clicked.connect(lambda: self._remove_by_hand(row))
        self.rows.append(row)
        self.row_box.addWidget(row)
        row.show()  # now: a layout shows a new child of a visible widget only after the next event loop turn
        self._limit()
        return row

    def _remove_by_hand(self, row: ArrayRow) -> None:
        index = self.rows.index(row)
        self._remove(row)
        self.context.rows_changed()
        self.context.changed()
        (self.rows[min(index, len(self.rows) - 1)].remove if self.rows else self.add).setFocus()

    def _remove(self, row: ArrayRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._limit()

    def _limit(self) -> None:
        self.add.setEnabled(self.max_items is None or len(self.rows) < self.max_items)

    def _entries(self) -> list[ArrayRow]:
        """The rows that are entries of the value (in its order)."""
        if all(row.editor.is_empty() for row in self.rows):
            return []
        if isinstance(self.rows[0].editor, ObjectEditor):
            return list(self.rows)
        return [row for row in self.rows if not row.editor.is_empty()]

    def value(self) -> Any:
        entries = self._entries()
        return [row.editor.value() for row in entries] if entries else None

    def is_empty(self) -> bool:
        return not self._entries()

    def set_value(self, value: Any) -> None:
        given = value if isinstance(value, list) else []
        while len(self.rows) > len(given) and (len(self.rows) > self._minimum_rows()):
            self._remove(self.rows[-1])
        while len(self.rows) < len(given):
            self._add_row()
        for index, row in enumerate(self.rows):
            row.editor.set_value(given[index] if index < len(given) else None)
        self.context.rows_changed()

    def _minimum_rows(self) -> int:
        minimum = self.schema.get("minItems")
        return minimum if self.required and isinstance(minimum, int) else 0

    def input_widget(self) -> QWidget:
        return self.group

    def focusables(self) -> list[QWidget]:
        return [*(w for row in self.rows for w in (*row.editor.focusables(), row.remove)), self.add]

    def own_problems(self, path: Path) -> list[FieldProblem]:
        entries = self._entries()
        return [p for index, row in enumerate(entries) for p in row.editor.own_problems((*path, index))]

    def child(self, key: str | int) -> Editor | None:
        """Entry ``key`` of the value; while no row is filled, row ``key`` of the form."""
        entries = self._entries() or self.rows
        return entries[key].editor if isinstance(key, int) and 0 <= key < len(entries) else None

    def editors(self) -> list[Editor]:
        return [self, *(editor for row in self.rows for editor in row.editor.editors())]

    def show_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(bool(message))
