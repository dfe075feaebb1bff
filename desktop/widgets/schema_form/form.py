"""A form built from a JSON schema: the editors of :mod:`~desktop.widgets.schema_form.groups`, value in and out,
and the check the intake runs, each problem shown at its field.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.widgets.schema_form.editor import Editor, FormContext, Schema
from desktop.widgets.schema_form.groups import ArrayEditor, ObjectEditor
from models.form_problems import FieldProblem, Path, form_problems


class SchemaForm(QWidget):
    """The form of ``schema``: :meth:`value` holds only what is filled (dates as ISO), :meth:`validate` checks it.

    The tab order follows the form, also after rows were added or removed.
    """

    changed = Signal()

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        context = FormContext(root=schema, changed=lambda *_: self.changed.emit(), rows_changed=self._follow_the_form)
        self.root = ObjectEditor(schema, context, required=True, framed=False)
        self._mirrored: set[int] = set()  # ids of the editors showing a copy (mirror)
        self._hidden: dict[Path, Editor] = {}  # groups with nothing left to type (hide_when_mirrored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.root)
        layout.addStretch(1)  # extra height below the fields, not between a label and its field
        self._follow_the_form()

    def value(self) -> dict[str, Any]:
        value: dict[str, Any] = self.root.value()
        return value

    def set_value(self, value: dict[str, Any]) -> None:
        self.root.set_value(value)

    def mirror(self, path: Path, value: Any) -> bool:
        """Show ``value`` in the field at ``path`` as a copy of what is typed elsewhere in the window: the field
        is read-only and out of the tab chain. False if the form has no such field."""
        editor = self._editor_at(path, exact=True)
        if editor is None:
            return False
        editor.set_value(value)
        self._mirrored.add(id(editor))
        widget = editor.input_widget()
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return True

    def hide_when_mirrored(self, path: Path) -> bool:
        """Hide the group at ``path`` when nothing is left to type in it: each of its fields is a copy
        (:meth:`mirror`) or optional. It shows again when a problem is found at a field of it that is no copy
        (:meth:`show_problems`). Returns whether it is hidden."""
        group = self._editor_at(path, exact=True)
        if not isinstance(group, ObjectEditor):
            return False
        fields = [editor for editor in group.editors() if not isinstance(editor, (ObjectEditor, ArrayEditor))]
        hidden = all(id(editor) in self._mirrored or not editor.required for editor in fields)
        group.setVisible(not hidden)
        if hidden:
            self._hidden[path] = group
        else:
            self._hidden.pop(path, None)
        return hidden

    def field_widget(self, path: Path) -> QWidget | None:
        """The input of the field at ``path`` (a group box for objects and arrays), None if the form has none."""
        editor = self._editor_at(path, exact=True)
        return editor.input_widget() if editor is not None else None

    def problems(self) -> list[FieldProblem]:
        """What the fields refuse themselves (no date, no number), then the intake's check, in form order."""
        own = self.root.own_problems(())
        refused = {p.path for p in own}
        checked = [p for p in form_problems(self.schema, self.value()) if p.path not in refused]
        order = {id(editor): index for index, editor in enumerate(self.root.editors())}
        found = [*own, *checked]
        return sorted(found, key=lambda p: order.get(id(self._editor_at(p.path, exact=False)), len(order)))

    def validate(self) -> list[FieldProblem]:
        """:meth:`problems`, each shown at its field (or the nearest group that has it); the first gets the focus."""
        found = self.problems()
        self.show_problems(found)
        return found

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show ``problems`` (e.g. those a save was refused with) at their fields, and no others."""
        for editor in self.root.editors():
            editor.show_problem(None)
        messages: dict[int, tuple[Editor, list[str]]] = {}
        for field_problem in problems:
            editor = self._editor_at(field_problem.path, exact=False) or self.root
            messages.setdefault(id(editor), (editor, []))[1].append(field_problem.message_de)
        for editor, texts in messages.values():
            editor.show_problem("; ".join(dict.fromkeys(texts)))
        for path, group in list(self._hidden.items()):
            if any(
                problem.path[: len(path)] == path
                and id(self._editor_at(problem.path, exact=False)) not in self._mirrored
                for problem in problems
            ):
                group.setVisible(True)  # something to correct in it: no longer hidden
                del self._hidden[path]
        if problems:
            first = self._editor_at(problems[0].path, exact=False) or self.root
            focusables = first.focusables()
            (focusables[0] if focusables else first.input_widget()).setFocus()

    def _editor_at(self, path: Path, *, exact: bool) -> Editor | None:
        editor: Editor = self.root
        for key in path:
            child = editor.child(key)
            if child is None:
                return None if exact else editor
            editor = child
        return editor

    def _follow_the_form(self) -> None:
        widgets = self.root.focusables()
        for before, after in itertools.pairwise(widgets):
            QWidget.setTabOrder(before, after)
