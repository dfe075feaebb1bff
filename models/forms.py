"""Showing form data with the labels of its JSON schema (FIM schemas carry German titles).

Services without a known schema still show every value, labelled with a readable form of its key.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from models.operations.rows import FormField

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def labelled_fields(schema: dict[str, Any] | None, data: dict[str, Any]) -> tuple[FormField, ...]:
    fields: list[FormField] = []
    _walk(schema or {}, data, 0, fields)
    return tuple(fields)


def _walk(schema: dict[str, Any], data: dict[str, Any], depth: int, out: list[FormField]) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    # Schema order first (as the citizen saw the form), then anything the schema does not know.
    keys = [k for k in properties if k in data] + [k for k in data if k not in properties]
    for key in keys:
        prop = properties.get(key, {})
        label = str(prop.get("title") or humanize_key(key))
        value = data[key]
        if isinstance(value, dict):
            out.append(FormField(label, "", depth))
            _walk(prop, value, depth + 1, out)
        elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
            item_schema = prop.get("items", {})
            for number, item in enumerate(value, start=1):
                out.append(FormField(f"{label} {number}", "", depth))
                if isinstance(item, dict):
                    _walk(item_schema, item, depth + 1, out)
                else:
                    out.append(FormField("", format_value(item, item_schema), depth + 1))
        elif isinstance(value, list):
            out.append(FormField(label, ", ".join(format_value(v, prop.get("items", {})) for v in value), depth))
        else:
            out.append(FormField(label, format_value(value, prop), depth))


def format_value(value: Any, prop: dict[str, Any]) -> str:
    """German presentation of a scalar form value."""
    if value is None:
        return "–"
    for option in prop.get("oneOf", []):  # an enumeration's own wording first ("120 Liter", not "120")
        if option.get("const") == value and type(option.get("const")) is type(value) and option.get("title"):
            return str(option["title"])
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
        except ValueError:
            return text
    return text


def humanize_key(key: str) -> str:
    """``pickupAddress`` or ``pickup_address`` → ``Pickup address``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:].lower() if spaced else key
