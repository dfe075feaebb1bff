"""The form data of a case, as the clerk sees it in the case detail: German labels only."""

from __future__ import annotations

import datetime as dt
import random
import re

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.db import Database
from models.forms import common_fields
from models.services.registry import schema_for_uri
from sync.portal_demo.submissions import demo_submission
from tests.conftest import Staff
from tests.desktop.case.test_case_work import show_case
from tests.support.factories import new_case

ENGLISH = re.compile(r"\b(Given|House|Number|Purpose|Copies|Date|Birth|Family|Street|City|Address|Phone)\b")


def _labels(tree: QTreeWidget) -> list[tuple[str, str]]:
    labels: list[tuple[str, str]] = []

    def visit(item: QTreeWidgetItem) -> None:
        labels.append((item.text(0), item.text(1)))
        for index in range(item.childCount()):
            visit(item.child(index))

    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        visit(item)
    return labels


def _titles(node: object) -> set[str]:
    if isinstance(node, dict):
        own = {node["title"]} if isinstance(node.get("title"), str) else set()
        return own | {
            t for key, value in node.items() if key != "title" or isinstance(value, dict) for t in _titles(value)
        }
    if isinstance(node, list):
        return {t for value in node for t in _titles(value)}
    return set()


def test_a_dog_registration_shows_only_the_schemas_german_titles(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    demo = demo_submission(random.Random(3), "dog_registration", today=dt.date(2026, 11, 25))
    schema = schema_for_uri(demo.schema_uri)
    assert schema is not None
    show_case(qtbot, window, new_case(db, staff.system, "dog_registration", form=demo.form_data))
    labels = _labels(window.detail_panel.form)
    assert len(labels) > 20
    titles = _titles(schema)
    for label, _ in labels:
        assert re.sub(r" \d+$", "", label) in titles, label
        assert not ENGLISH.search(label), label
    assert ("Hund", "") in labels


def test_a_form_of_the_town_portal_without_schema_is_labelled_in_german(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    demo = demo_submission(random.Random(3), "no_parking_zone", today=dt.date(2026, 11, 25))
    show_case(qtbot, window, new_case(db, staff.system, "no_parking_zone", form=demo.form_data))
    labels = dict(_labels(window.detail_panel.form))
    applicant = demo.form_data["applicant"]
    assert labels["Antragstellende Person"] == ""
    assert labels["Vornamen"] == applicant["givenNames"]
    assert labels["Grund"] == demo.form_data["reason"]
    assert labels["Hausnummer"] == demo.form_data["houseNumber"]
    assert labels["Länge in Metern"] == str(demo.form_data["lengthMetres"])
    for label in labels:
        assert not ENGLISH.search(label), label
        assert label not in demo.form_data, f"{label!r} is the form's raw key"
    assert set(labels) <= _titles(common_fields())
