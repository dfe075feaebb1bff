"""What a form shows for a JSON schema: the properties of an object with its conditions merged, and the options.

A form cannot know in advance which branch of ``if``/``then``/``else``, ``oneOf`` or ``anyOf`` the data will take.
So an object shows the **union** of the properties of all its branches (a property a branch only narrows, such as
the German postcode's ``pattern`` under ``if country = DE``, keeps the keywords of the object's own declaration),
and marks as required only what is required unconditionally (its own ``required`` and those of ``allOf``
branches without a condition). Everything conditional is left to the validation, which runs the intake's check on
the whole form (:mod:`models.form_problems`) and puts its problems at the fields.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

_MAX_REFS = 16  # $ref hops followed; more means a cycle


def resolved(schema: Schema, root: Schema) -> Schema:
    """``schema`` with its local ``$ref`` chain followed; the referring schema's own keywords win."""
    for _ in range(_MAX_REFS):
        ref = schema.get("$ref")
        target = _pointer(root, ref) if isinstance(ref, str) else None
        if target is None:
            break
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _pointer(root: Schema, ref: str) -> Schema | None:
    """The subschema a local reference (``#`` or ``#/$defs/address``) points to; None for anything else."""
    if not ref.startswith("#"):
        return None
    target: Any = root
    for part in (p.replace("~1", "/").replace("~0", "~") for p in ref[1:].split("/") if p):
        if isinstance(target, dict):
            target = target.get(part)
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return None
    return target if isinstance(target, dict) else None


def object_properties(schema: Schema, root: Schema) -> tuple[dict[str, Schema], frozenset[str]]:
    """The properties a form shows for an object schema, in order, and the ones required unconditionally."""
    properties: dict[str, Schema] = {}
    required: set[str] = set()
    _collect(resolved(schema, root), root, properties, required, conditional=False, depth=0)
    return properties, frozenset(required)


def _collect(
    schema: Schema, root: Schema, properties: dict[str, Schema], required: set[str], *, conditional: bool, depth: int
) -> None:
    own = schema.get("properties")
    for key, prop in (own if isinstance(own, dict) else {}).items():
        if isinstance(prop, dict):
            properties[key] = {**resolved(prop, root), **properties.get(key, {})}  # the first declaration wins
    if not conditional and isinstance(schema.get("required"), list):
        required.update(str(key) for key in schema["required"])
    if depth >= _MAX_REFS:
        return
    branches: list[tuple[Any, bool]] = [(branch, conditional) for branch in schema.get("allOf", [])]
    branches += [(branch, True) for keyword in ("anyOf", "oneOf") for branch in schema.get(keyword, [])]
    branches += [(schema.get(keyword), True) for keyword in ("then", "else")]
    for branch, branch_conditional in branches:
        if isinstance(branch, dict):
            _collect(
                resolved(branch, root), root, properties, required, conditional=branch_conditional, depth=depth + 1
            )


def options(schema: Schema) -> list[tuple[Any, str]] | None:
    """``(value, title)`` of an enumeration: ``oneOf``/``anyOf`` of ``{const, title}``, or ``enum`` (its values as
    their own titles); None for anything else."""
    for keyword in ("oneOf", "anyOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and branches and all(isinstance(b, dict) and "const" in b for b in branches):
            return [(b["const"], str(b.get("title") or b["const"])) for b in branches]
    values = schema.get("enum")
    if isinstance(values, list) and values:
        return [(value, str(value)) for value in values]
    return None


def kind_of(schema: Schema) -> str:
    """Which editor a property gets: choice, object, array, boolean, integer, number, date, text."""
    if options(schema) is not None:
        return "choice"
    kind = schema.get("type")
    if kind == "object" or (kind is None and "properties" in schema):
        return "object"
    if kind in ("array", "boolean", "integer", "number"):
        return str(kind)
    return "date" if schema.get("format") == "date" else "text"


def schema_of_data(data: dict[str, Any], titles: Schema) -> Schema:
    """A schema that shows ``data`` as it is, for a case whose service has no schema: each key with the title the
    shared components (``titles``, e.g. ``common_fields.json``) give it, else its own name, typed by its value.
    Nothing typed is lost when such a case is corrected."""
    return _of_value(data, titles, titles)


def _of_value(value: Any, titles: Schema, root: Schema) -> Schema:
    if isinstance(value, dict):
        known, _required = object_properties(titles, root) if titles else ({}, frozenset())
        properties = {}
        for key, item in value.items():
            described = resolved(known.get(key, {}), root)
            properties[key] = {**_of_value(item, described, root), "title": described.get("title") or key}
        return {"type": "object", "properties": properties}
    if isinstance(value, list):
        items = resolved(titles.get("items", {}), root) if isinstance(titles.get("items"), dict) else {}
        first = value[0] if value else ""
        return {"type": "array", "items": _of_value(first, items, root)}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    return {"type": "string", **({"format": "date"} if titles.get("format") == "date" else {})}
