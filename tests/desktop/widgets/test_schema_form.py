"""The form builder against every shipped schema: each field reachable by keyboard, each requirement enforced, the
demo portal's submissions round-tripped, and the German problems shown at their fields."""

from __future__ import annotations

import random
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.widgets.schema_form import SchemaForm
from models.form_problems import FieldProblem
from models.form_schema import kind_of, object_properties, resolved, schema_of_data
from models.form_validation import schema_validator
from models.forms import common_fields
from models.services.registry import COUNTER_GENERIC_FILE, form_schema_for, load_schema_file
from sync.portal_demo.submissions import SPECIALISED_DEMO_SERVICES, demo_submission

Path = tuple[str | int, ...]
SCHEMA_FILES = sorted(
    entry.name for entry in resources.files("models.services.schemas").iterdir() if entry.name.endswith(".json")
)


def _form(qtbot: QtBot, schema: dict[str, Any]) -> SchemaForm:
    form = SchemaForm(schema)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def _fields(schema: dict[str, Any], root: dict[str, Any], path: Path, *, only_required: bool) -> Iterator[Path]:
    """Every property path of an object schema (arrays: their first row), or only those required all the way."""
    properties, required = object_properties(schema, root)
    for key, prop in properties.items():
        if only_required and key not in required:
            continue
        yield (*path, key)
        prop = resolved(prop, root)
        if kind_of(prop) == "object":
            yield from _fields(prop, root, (*path, key), only_required=only_required)
        elif kind_of(prop) == "array" and not only_required:
            items = resolved(prop.get("items", {}), root)
            yield (*path, key, 0)
            if kind_of(items) == "object":
                yield from _fields(items, root, (*path, key, 0), only_required=False)


def _focus_chain(form: QWidget) -> set[int]:
    chain: set[int] = set()
    widget = form.nextInFocusChain()
    while widget is not form and id(widget) not in chain:
        chain.add(id(widget))
        widget = widget.nextInFocusChain()
    return chain


def _add_row_by_keyboard(qtbot: QtBot, form: SchemaForm, array: Path) -> None:
    """A row in the array at ``array``, by its add button and the space key."""
    group = form.field_widget(array)
    assert group is not None
    add = group.findChildren(QPushButton, options=Qt.FindChildOption.FindDirectChildrenOnly)[-1]
    assert add.text().startswith("Hinzufügen")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)


@pytest.mark.parametrize("schema_file", SCHEMA_FILES)
def test_every_property_has_an_enabled_widget_in_the_focus_chain(qtbot: QtBot, schema_file: str) -> None:
    schema = load_schema_file(schema_file)
    form = _form(qtbot, schema)
    paths = list(_fields(schema, schema, (), only_required=False))
    for path in paths:  # parents come first: every array gets a row before its fields are looked up
        if isinstance(path[-1], int) and form.field_widget(path) is None:
            _add_row_by_keyboard(qtbot, form, path[:-1])
    chain = _focus_chain(form)

    assert paths
    for path in paths:
        widget = form.field_widget(path)
        assert widget is not None, path
        assert widget.isEnabled(), path
        assert widget.isVisible(), path
        if not isinstance(widget, QGroupBox):
            assert id(widget) in chain, path
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, path
            assert widget.accessibleName(), path


@pytest.mark.parametrize("schema_file", [name for name in SCHEMA_FILES if name != "common_fields.json"])
def test_an_empty_form_names_each_required_field_with_pflichtangabe(qtbot: QtBot, schema_file: str) -> None:
    schema = load_schema_file(schema_file)
    form = _form(qtbot, schema)

    problems = form.validate()

    at = {p.path: p.message_de for p in problems}
    required = list(_fields(schema, schema, (), only_required=True))
    assert required  # every service form asks for something: an empty one is never sent
    for path in required:
        if kind_of(resolved(_property(schema, path), schema)) == "object":
            continue  # a required group is always there; its own required fields are named instead
        assert at.get(path) == "Pflichtangabe", path
        shown = form.field_widget(path)
        assert shown is not None
        assert "Pflichtangabe" in shown.toolTip() or _problem_line(shown) == "Pflichtangabe", path
    assert form.focusWidget() is form.field_widget(problems[0].path) or isinstance(
        form.field_widget(problems[0].path), QGroupBox
    )


def _property(schema: dict[str, Any], path: Path) -> dict[str, Any]:
    node = schema
    for key in path:
        node = object_properties(resolved(node, schema), schema)[0][str(key)]
    return node


def _problem_line(widget: QWidget) -> str:
    editor = widget.parentWidget()
    labels = [label for label in editor.findChildren(QLabel, "fieldProblem") if label.isVisible()]
    return labels[0].text() if labels else ""


@pytest.mark.parametrize("service_key", SPECIALISED_DEMO_SERVICES)
@pytest.mark.parametrize("seed", [1, 2])
def test_a_portal_submission_round_trips_and_stays_valid(qtbot: QtBot, service_key: str, seed: int) -> None:
    demo = demo_submission(random.Random(seed), service_key)
    schema = form_schema_for(service_key, demo.schema_uri)  # the service's own (two services may share one)
    submitted = demo.form_data
    form = _form(qtbot, schema)

    form.set_value(submitted)
    value = form.value()

    assert value == submitted
    assert list(schema_validator(schema).iter_errors(value)) == []
    assert form.validate() == []
    form.set_value(value)
    assert form.value() == value


def test_services_without_a_schema_get_the_generic_counter_form(qtbot: QtBot) -> None:
    schema = form_schema_for("parking_permit", None)
    assert schema == load_schema_file(COUNTER_GENERIC_FILE)
    form = _form(qtbot, schema)
    subject = form.field_widget(("subject",))
    assert isinstance(subject, QLineEdit)
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(subject, "Parkausweis")
    qtbot.keyClick(subject, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.field_widget(("text",))
    qtbot.keyClicks(form.field_widget(("text",)), "Altstadt, Zone B")

    assert form.validate() == []
    assert form.value() == {"subject": "Parkausweis", "text": "Altstadt, Zone B"}


def test_an_impossible_date_typed_is_refused_at_its_field(qtbot: QtBot) -> None:
    schema = load_schema_file("bulky_waste_pickup.json")
    form = _form(qtbot, schema)
    form.set_value(demo_submission(random.Random(1), "bulky_waste_pickup").form_data | {"preferredDate": None})
    date = form.field_widget(("preferredDate",))
    assert isinstance(date, QLineEdit)

    qtbot.keyClicks(date, "31.02.2026")
    problems = form.validate()

    assert [(p.path, p.code) for p in problems] == [(("preferredDate",), "date_impossible")]
    assert "Datum im Format TT.MM.JJJJ" in problems[0].message_de
    assert "Datum" in _problem_line(date)
    assert "Datum" in date.toolTip()
    assert form.focusWidget() is date
    date.clear()
    qtbot.keyClicks(date, "26.02.2026")
    assert form.validate() == []
    assert form.value()["preferredDate"] == "2026-02-26"
    assert _problem_line(date) == ""


def test_too_many_rows_and_a_number_beyond_its_maximum(qtbot: QtBot) -> None:
    schema = load_schema_file("e_waste_pickup.json")
    form = _form(qtbot, schema)
    submitted = demo_submission(random.Random(1), "e_waste_pickup").form_data
    device = {"category": "small", "description": "Toaster", "quantity": 1}
    form.set_value({**submitted, "devices": [device] * 21})
    quantity = form.field_widget(("devices", 0, "quantity"))
    assert isinstance(quantity, QLineEdit)
    add = [b for b in form.findChildren(QPushButton) if b.text().startswith("Hinzufügen")]
    assert add
    assert not add[0].isEnabled()

    quantity.clear()
    qtbot.keyClicks(quantity, "99")
    problems = {p.path: p.message_de for p in form.validate()}

    assert problems == {("devices",): "höchstens 20 Stück", ("devices", 0, "quantity"): "höchstens 20"}
    assert _problem_line(quantity) == "höchstens 20"
    assert form.focusWidget() is form.field_widget(("devices", 0, "category"))  # the first field of the first problem


def test_rows_are_added_and_removed_by_keyboard_in_the_tab_order(qtbot: QtBot) -> None:
    schema = load_schema_file("bulky_waste_pickup.json")
    form = _form(qtbot, schema)
    add = next(b for b in form.findChildren(QPushButton) if b.text() == "Hinzufügen: Elektrogerät")
    assert form.field_widget(("eWaste", 0, "description")) is None

    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    description = form.field_widget(("eWaste", 0, "description"))
    assert description is not None
    assert form.focusWidget() is description
    qtbot.keyClicks(description, "Waschmaschine")
    qtbot.keyClick(description, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.field_widget(("eWaste", 0, "quantity"))
    qtbot.keyClicks(form.focusWidget(), "1")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.field_widget(("eWaste", 0, "weightKg"))
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    remove = form.focusWidget()
    assert isinstance(remove, QPushButton)
    assert remove.text() == "Entfernen"
    assert form.value()["eWaste"] == [{"description": "Waschmaschine", "quantity": 1}]

    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert "eWaste" not in form.value()
    assert form.focusWidget() is add


def test_required_marks_titles_and_choices_by_their_titles(qtbot: QtBot) -> None:
    schema = load_schema_file("waste_bin_change.json")
    form = _form(qtbot, schema)
    form.set_value({"changes": [{"sizeLitres": 120}], "homeComposting": False})
    size = form.field_widget(("changes", 0, "sizeLitres"))
    labels = {label.text() for label in form.findChildren(QLabel)}

    assert size is not None
    assert size.currentText() == "120 Liter"
    assert "Gewünscht ab *" in labels
    assert "Anzahl der Haushalte" in labels
    assert form.field_widget(("effectiveDate",)).accessibleName() == "Gewünscht ab (Pflichtangabe)"  # type: ignore[union-attr]
    assert form.value() == {"applicant": {"address": {}}, "propertyAddress": {}, "changes": [{"sizeLitres": 120}],
                            "homeComposting": False}  # fmt: skip


def test_a_form_of_data_without_a_schema_keeps_every_field(qtbot: QtBot) -> None:
    data = {"anliegen": "Parkausweis", "copies": 2, "extended": True, "from": "2026-12-01", "applicant": {"city": "X"}}
    form = _form(qtbot, schema_of_data(data, common_fields()))
    form.set_value(data)

    assert form.value() == data
    date = form.field_widget(("from",))
    assert isinstance(date, QLineEdit)
    assert date.text() == "01.12.2026"
    copies = form.field_widget(("copies",))
    assert isinstance(copies, QLineEdit)
    for typed, stored in (("3", 3), ("1.000", None), ("zwei", None)):
        copies.clear()
        qtbot.keyClicks(copies, typed)
        assert form.value().get("copies") == stored
    assert [(p.path, p.message_de) for p in form.validate()] == [(("copies",), "bitte eine ganze Zahl angeben")]


def test_a_number_takes_a_decimal_comma_or_point(qtbot: QtBot) -> None:
    form = _form(qtbot, load_schema_file("bulky_waste_pickup.json"))
    volume = form.field_widget(("items", 0, "volumeM3"))
    assert isinstance(volume, QLineEdit)
    for typed, stored in (("1,5", 1.5), ("0.5", 0.5), ("2", 2.0)):
        volume.clear()
        qtbot.keyClicks(volume, typed)
        assert form.value()["items"][0]["volumeM3"] == stored


def test_a_group_of_copies_hides_and_shows_again_for_a_problem_in_a_field_of_its_own(qtbot: QtBot) -> None:
    form = _form(qtbot, load_schema_file("waste_bin_change.json"))
    names = {("applicant", "givenNames"): "Max", ("applicant", "familyName"): "Groß"}
    for path, value in names.items():
        assert form.mirror(path, value)
    assert not form.hide_when_mirrored(("applicant",))  # the address is still to type: the block stays
    for key in ("street", "houseNumber", "postcode", "city"):
        form.mirror(("applicant", "address", key), "1")
    assert form.hide_when_mirrored(("applicant",))  # only optional fields left
    block = form.field_widget(("applicant",))
    assert block is not None
    assert not block.isVisibleTo(form)
    form.show_problems([FieldProblem(("applicant", "familyName"), "x", "Familienname prüfen")])
    assert not block.isVisibleTo(form)  # a copy: corrected where it was typed, the block stays hidden
    form.show_problems([FieldProblem(("applicant", "address", "addition"), "x", "Zusatz zu lang")])
    assert block.isVisibleTo(form)  # a field of its own: shown to be corrected
