"""Every value of the domain's enums that the user can meet has its own German label (no raw key leaks through)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from desktop.core.labels import action_label, role_label, status_label
from models.case_status import CaseStatus
from models.permissions import Action
from models.roles import Role


def test_every_action_has_a_german_label(qapp: QApplication) -> None:
    labels = {action: action_label(action) for action in Action}
    raw = [action for action, label in labels.items() if label == action.value]
    assert raw == [], "add these actions to _ACTION in desktop/core/labels.py"
    assert len(set(labels.values())) == len(labels), "two actions read the same to the user"
    assert labels[Action.READ_DISCLOSURE_LOG] == "das Protokoll der Melderegisterauskünfte zu lesen"
    # The label completes "Sie sind nicht berechtigt, {action}.", so each ends in an infinitive with "zu".
    not_infinitive = [label for label in labels.values() if not re.search(r"(\bzu \w+|\w+zu\w+)$", label)]
    assert not_infinitive == []


def test_every_role_and_status_has_a_german_label(qapp: QApplication) -> None:
    assert all(role_label(role) != role.value for role in Role)
    assert all(status_label(status) != status.value for status in CaseStatus)
