"""Showing form data with the labels of its JSON schema (the schemas Amtsstube ships carry German titles).

A value is labelled with the ``title`` of its property, found also through ``$ref``, the branches of
``allOf``/``anyOf``/``oneOf`` and ``if``/``then``/``else``, ``patternProperties`` and the ``items`` of arrays.
Where the form's schema has no title for a key, or Amtsstube knows no schema for the form, the shared
components in ``common_fields.json`` label the applicant block that every form carries. Any other key is shown
exactly as the form names it: the clerk sees the form's own field name, never an invented translation.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from models.form_schema import resolved
from models.services import load_schema_file

Schema = dict[str, Any]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_REFS = 16  # $ref hops and nested branches followed for one lookup; more means a cycle
_MAX_DEPTH = 24  # deeper form data (no real form nests that far) is shown as compact JSON
COMMON_FIELDS_FILE = "common_fields.json"


@dataclass(frozen=True)
class FormField:
    """One labelled value of the form data; ``depth`` indents nested groups."""

    label: str
    value: str
    depth: int = 0


@dataclass(frozen=True)
class _Node:
    """A subschema together with the schema its ``$ref``s point into."""

    schema: Schema
    root: Schema

    @property
    def title(self) -> str | None:
        title = self.schema.get("title")
        return title if isinstance(title, str) and title.strip() else None


@cache
def common_fields() -> Schema:
    """The shared components (applicant, address) that label a form's applicant block."""
    return load_schema_file(COMMON_FIELDS_FILE)


def labelled_fields(schema: Schema | None, data: dict[str, Any]) -> tuple[FormField, ...]:
    """The form data as labelled rows, in the schema's order, then whatever the schema does not know."""
    nodes = [_Node(schema, schema)] if schema else []
    nodes.append(_Node(common_fields(), common_fields()))
    fields: list[FormField] = []
    _walk(nodes, data, 0, fields)
    return tuple(fields)


def _walk(nodes: list[_Node], data: dict[str, Any], depth: int, out: list[FormField]) -> None:
    declared = _declared_keys(nodes)
    keys = [k for k in declared if k in data] + [k for k in data if k not in declared]
    for key in keys:
        props = [prop for node in nodes for prop in _property(node, key)]
        label = label_of(props, key)
        value = data[key]
        if depth >= _MAX_DEPTH and isinstance(value, (dict, list)):
            out.append(FormField(label, json.dumps(value, ensure_ascii=False, separators=(",", ":")), depth))
        elif isinstance(value, dict):
            out.append(FormField(label, "", depth))
            _walk(props, value, depth + 1, out)
        elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
            for number, item in enumerate(value, start=1):
                items = [entry for prop in props for entry in _items(prop, number - 1)]
                out.append(FormField(f"{label_of(items, label)} {number}", "", depth))
                if isinstance(item, dict):
                    _walk(items, item, depth + 1, out)
                else:
                    out.append(FormField("", _format(item, items), depth + 1))
        elif isinstance(value, list):
            shown = (
                _format(item, [e for prop in props for e in _items(prop, index)]) for index, item in enumerate(value)
            )
            out.append(FormField(label, ", ".join(shown), depth))
        else:
            out.append(FormField(label, _format(value, props), depth))


def label_of(nodes: list[_Node], fallback: str) -> str:
    """The first title among ``nodes`` (the form's schema before the shared components), else ``fallback``."""
    return next((node.title for node in nodes if node.title), fallback)


def _resolve(node: _Node) -> _Node:
    """``node`` with its local ``$ref`` chain followed; the referring schema's own keywords (its title) win."""
    return _Node(resolved(node.schema, node.root), node.root)


def _branches(node: _Node, depth: int = 0) -> list[_Node]:
    """``node`` resolved and every subschema that also describes the same object (combinators, conditions)."""
    resolved = _resolve(node)
    found = [resolved]
    if depth >= _MAX_REFS:
        return found
    schema = resolved.schema
    subschemas: list[Any] = []
    for keyword in ("allOf", "anyOf", "oneOf"):
        branches = schema.get(keyword)
        subschemas += branches if isinstance(branches, list) else []
    subschemas += [schema.get(keyword) for keyword in ("if", "then", "else")]
    dependent = schema.get("dependentSchemas")
    subschemas += list(dependent.values()) if isinstance(dependent, dict) else []
    for subschema in subschemas:
        if isinstance(subschema, dict):
            found += _branches(_Node(subschema, node.root), depth + 1)
    return found


def _declared_keys(nodes: list[_Node]) -> list[str]:
    keys: dict[str, None] = {}
    for node in nodes:
        for branch in _branches(node):
            properties = branch.schema.get("properties")
            if isinstance(properties, dict):
                keys.update(dict.fromkeys(properties))
    return list(keys)


def _property(node: _Node, key: str) -> list[_Node]:
    """Every subschema describing ``key`` of an object that ``node`` describes, titled ones first."""
    found: list[_Node] = []
    for branch in _branches(node):
        schema = branch.schema
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        candidates = [properties.get(key)]
        patterns = schema.get("patternProperties")
        if isinstance(patterns, dict):
            candidates += [sub for pattern, sub in patterns.items() if _matches(pattern, key)]
        if key not in properties and isinstance(schema.get("additionalProperties"), dict):
            candidates.append(schema["additionalProperties"])
        found += [_resolve(_Node(c, node.root)) for c in candidates if isinstance(c, dict)]
    return sorted(found, key=lambda prop: prop.title is None)


def _matches(pattern: str, key: str) -> bool:
    try:
        return re.search(pattern, key) is not None
    except re.error:
        return False


def _items(node: _Node, index: int) -> list[_Node]:
    """The subschemas describing entry ``index`` of an array that ``node`` describes."""
    found: list[_Node] = []
    for branch in _branches(node):
        prefix = branch.schema.get("prefixItems")
        if isinstance(prefix, list) and index < len(prefix) and isinstance(prefix[index], dict):
            found.append(_resolve(_Node(prefix[index], node.root)))
        items = branch.schema.get("items")
        if isinstance(items, dict):
            found.append(_resolve(_Node(items, node.root)))
    return sorted(found, key=lambda item: item.title is None)


def _format(value: Any, nodes: list[_Node]) -> str:
    for node in nodes:
        for branch in _branches(node):
            title = _option_title(value, branch.schema)
            if title is not None:
                return title
    return format_value(value, {})


def _option_title(value: Any, prop: Schema) -> str | None:
    """An enumeration's own wording for ``value`` ("120 Liter", not "120")."""
    for keyword in ("oneOf", "anyOf"):
        options = prop.get(keyword)
        for option in options if isinstance(options, list) else []:
            if not isinstance(option, dict) or "const" not in option or not option.get("title"):
                continue
            if option["const"] == value and type(option["const"]) is type(value):
                return str(option["title"])
    return None


def format_value(value: Any, prop: Schema) -> str:
    """German presentation of a scalar form value."""
    if value is None:
        return "–"
    title = _option_title(value, prop)
    if title is not None:
        return title
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = str(value)
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
        except ValueError:
            return text
    return text
