"""Correcting a case's form data (Angaben berichtigen): the citizen's details as the clerk finds them right.

The new data must pass the same check as a submission of the service (:func:`models.form_problems.form_problems`:
the intake's schema validation and DIN 91379 for names); otherwise :class:`FormDataInvalid` carries each problem at
its field. The old values are not lost: the case history gets an event listing each changed field, old → new, with
the clerk's reason, and the audit log the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.actors import Actor
from models.case_status import OPEN_STATES
from models.cases import EventKind
from models.db import Database
from models.errors import FormDataInvalid, InvalidInput
from models.form_problems import Path, form_problems
from models.form_schema import object_properties, resolved, schema_of_data
from models.forms import common_fields, format_value
from models.operations.case_access import add_event, case_for_work
from models.operations.mapping import case_row
from models.operations.reasons import checked_reason
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.visibility import visible_case
from models.services.registry import COUNTER_GENERIC_FILE, load_schema_file, schema_for

MAX_REASON_LENGTH = 500
EMPTY = "–"  # how a value that was not given shows in the history


@dataclass(frozen=True)
class CorrectableForm:
    """A case's form data with the schema its form is built from (the service's, else the generic counter form)."""

    case: CaseRow
    schema: dict[str, Any]
    data: dict[str, Any]


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class FormCorrection:
    case: CaseRow
    changes: tuple[FieldChange, ...]


@operation
def form_for_correction(db: Database, actor: Actor, case_id: int) -> CorrectableForm:
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        actor.require_case_work(case.service)
        data = dict(case.form_data)
        return CorrectableForm(case_row(case), correction_schema(case.service.key, case.service.schema_uri, data), data)


def correction_schema(service_key: str, schema_uri: str | None, data: dict[str, Any]) -> dict[str, Any]:
    """The service's schema; for a service without one the generic counter form, if the data is one of it, else
    a schema of the data as it is (so that a correction keeps every field it has)."""
    shipped = schema_for(service_key, schema_uri)
    if shipped is not None:
        return shipped
    generic = load_schema_file(COUNTER_GENERIC_FILE)
    if set(data) <= set(generic["properties"]):
        return generic
    return schema_of_data(data, common_fields())


@operation
def correct_form_data(
    db: Database,
    actor: Actor,
    case_id: int,
    new_data: dict[str, Any],
    reason: str,
    *,
    expected_version: int | None,
) -> FormCorrection:
    """Replace the case's form data with ``new_data``; the history keeps each changed field old → new.

    Refuses data that does not pass the service's check (:class:`FormDataInvalid`), a correction that changes
    nothing (``InvalidInput("form_data", "unchanged")``) and a missing reason.
    """
    why = checked_reason(reason, "correction_reason", max_length=MAX_REASON_LENGTH)
    with db.write() as session:
        case = case_for_work(
            session, actor, case_id, expected_version, step="correct_form_data", states=OPEN_STATES, take_over=True
        )
        schema = schema_for(case.service.key, case.service.schema_uri) or {}
        problems = form_problems(schema, new_data)
        if problems:
            raise FormDataInvalid(tuple(problems))
        labels = correction_schema(case.service.key, case.service.schema_uri, case.form_data)
        changes = changed_fields(labels, case.form_data, new_data)
        if not changes:
            raise InvalidInput("form_data", "unchanged")
        case.form_data = dict(new_data)
        lines = [why, *(f"{change.label}: {change.old} → {change.new}" for change in changes)]
        add_event(session, case, actor, EventKind.FORM_CORRECTED, comment="\n".join(lines))
        session.flush()
        return FormCorrection(case_row(case), tuple(changes))


def changed_fields(schema: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """Every leaf value that differs, labelled by the titles of its path ("Anschrift › Straße"), in the order of the
    new data (the form's), then what was removed (the stored data's key order is the database's)."""
    before, after = _leaves(old, ()), _leaves(new, ())
    paths = list(after) + [path for path in before if path not in after]
    return [
        FieldChange(_label(schema, path), _shown(before.get(path)), _shown(after.get(path)))
        for path in paths
        if before.get(path, EMPTY) != after.get(path, EMPTY)
    ]


def _leaves(value: Any, path: Path) -> dict[Path, Any]:
    if isinstance(value, dict):
        return {leaf: item for key, child in value.items() for leaf, item in _leaves(child, (*path, key)).items()}
    if isinstance(value, list) and value:
        return {leaf: item for i, child in enumerate(value) for leaf, item in _leaves(child, (*path, i)).items()}
    return {path: value}


def _shown(value: Any) -> str:
    return EMPTY if value is None else format_value(value, {})


def _label(schema: dict[str, Any], path: Path) -> str:
    """The titles along ``path``; a row is "Gegenstand 2"; a key the schema does not know keeps its name."""
    parts: list[str] = []
    node: dict[str, Any] | None = schema
    for key in path:
        if node is None:
            parts.append(str(key))
            continue
        if isinstance(key, int):
            node = resolved(node.get("items") or {}, schema) if isinstance(node.get("items"), dict) else None
            title = str(node.get("title")) if node and node.get("title") else ""
            parts[-1:] = [f"{title or (parts[-1] if parts else '')} {key + 1}"]
            continue
        properties, _required = object_properties(node, schema)
        node = resolved(properties[key], schema) if key in properties else None
        parts.append(str(node["title"]) if node and node.get("title") else key)
    return " › ".join(parts)
