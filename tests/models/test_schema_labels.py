"""Every label a clerk sees for form data is German: walked through every shipped schema and every demo form.

The case detail labels form values with the titles of the form's schema (:func:`models.forms.labelled_fields`).
These tests walk each schema Amtsstube ships, down every path a value can take (nested objects, array
entries, ``$ref``, ``oneOf``/``anyOf``/``allOf`` and conditional branches), with synthetic data holding every
property and with the demo portal's real form data, and require each label to be one of the schema's own
German titles: never the key, never a key turned into English words.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import pytest

from models.forms import FormField, common_fields, labelled_fields
from models.services import load_schema_file
from models.services.registry import schema_for_uri
from sync.portal_demo.forms_generic import GENERIC_DEMO_SERVICES
from sync.portal_demo.submissions import SPECIALISED_DEMO_SERVICES, demo_submission

Schema = dict[str, Any]

TODAY = dt.date(2026, 11, 25)
SEEDS = range(25)
SCHEMA_FILES = sorted(
    entry.name for entry in resources.files("models.services.schemas").iterdir() if entry.name.endswith(".json")
)

#: English words of the issue's reports and of our keys that must never appear in a label.
ENGLISH = {
    "purpose", "copies", "copy", "date", "death", "given", "names", "house", "number", "street", "city",
    "postcode", "country", "address", "phone", "email", "applicant", "birth", "title", "addition", "family",
    "prefix", "delivery", "kind", "certificate", "spouse", "partner", "reason", "owner", "keeper", "breed",
    "colour", "sex", "weight", "height", "insurance", "items", "item", "quantity", "volume", "pickup",
    "preferred", "contact", "note", "relationship", "interest", "register", "office", "place", "of", "the",
    "and", "previous", "new", "landlord", "confirmation", "nationalities", "marital", "status", "since",
    "valid", "until", "issued", "by", "mandate", "account", "holder", "bank", "payment", "method", "tax",
    "district", "bin", "size", "interval", "change", "changes", "waste", "device", "devices",
    "category", "dog", "dogs", "household", "residents", "requested", "person", "persons", "last", "known",
}  # fmt: skip
GERMAN_TOO = {"person", "name", "status", "anliegen"}  # words both languages share, German keys


def _shipped(name: str) -> Schema:
    return load_schema_file(name)


@cache
def _keys_of(name: str) -> frozenset[str]:
    """Every property key anywhere in the schema."""
    keys: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                keys.update(properties)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(_shipped(name))
    return frozenset(keys)


def _titles(schema: Schema) -> set[str]:
    """Every title in the schema (of properties, array entries, definitions, options)."""
    titles: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("title"), str):
                titles.add(node["title"])
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for prop in value.values():
                        visit(prop)
                elif key != "title" or not isinstance(value, str):
                    visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    return titles


def _humanized(key: str) -> str:
    """What the old fallback made of a key ("houseNumber" → "House number"), to be sure it never shows."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:].lower()


def _words(label: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-zÄÖÜäöüß]+", label)}


def assert_german_labels(fields: tuple[FormField, ...], schema: Schema, keys: frozenset[str]) -> None:
    titles = _titles(schema) | _titles(common_fields())
    for field in fields:
        if not field.label:
            continue  # a scalar entry of a list of objects carries no label of its own
        base = re.sub(r" \d+$", "", field.label)  # "Gegenstand 2" is the entry title and a number
        assert base in titles, f"{field.label!r} is no title of the schema"
        assert field.label not in keys, f"{field.label!r} is a raw key"
        if field.label.lower() not in GERMAN_TOO:  # "Name" is German, the key "name" notwithstanding
            assert field.label not in {_humanized(key) for key in keys}, f"{field.label!r} is a key in English"
        english = (_words(field.label) & ENGLISH) - GERMAN_TOO
        assert not english, f"{field.label!r} contains English words {english}"


# -- synthetic data holding every property of a schema -------------------------------------------------------


def _resolve(node: Schema, root: Schema) -> Schema:
    while isinstance(node.get("$ref"), str):
        target: Any = root
        for part in node["$ref"].lstrip("#").split("/"):
            target = target[part] if part else target
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _branches(node: Schema, root: Schema) -> list[Schema]:
    node = _resolve(node, root)
    found = [node]
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(keyword, []):
            found += _branches(branch, root)
    for keyword in ("if", "then", "else"):
        if isinstance(node.get(keyword), dict):
            found += _branches(node[keyword], root)
    return found


def every_property(nodes: list[Schema], root: Schema, depth: int = 0) -> Any:
    """A value for ``nodes`` (a property and its branches) with every property of every branch filled in."""
    branches = [branch for node in nodes for branch in _branches(node, root)]
    properties: dict[str, list[Schema]] = {}
    for branch in branches:
        for key, prop in branch.get("properties", {}).items():
            properties.setdefault(key, []).append(prop)
    if properties and depth < 12:
        return {key: every_property(props, root, depth + 1) for key, props in properties.items()}
    items = [branch["items"] for branch in branches if isinstance(branch.get("items"), dict)]
    if items:
        return [every_property(items, root, depth + 1) for _ in range(2)]
    for branch in branches:
        options = [option["const"] for option in branch.get("oneOf", []) if "const" in option]
        if options:
            return options[-1]
        if branch.get("enum"):
            return branch["enum"][0]
    kinds = {branch.get("type") for branch in branches}
    if "boolean" in kinds:
        return True
    if "integer" in kinds:
        return 2
    if "number" in kinds:
        return 1.5
    return "2026-11-25" if any(b.get("format") == "date" for b in branches) else "Wert"


def _count(value: Any) -> int:
    """How many rows :func:`labelled_fields` shows for ``value``'s entries (groups, entries and values)."""
    if isinstance(value, dict):
        return sum(_count(v) if _entries(v) else 1 + _count(v) for v in value.values())
    if _entries(value):
        return sum(1 + _count(item) for item in value)
    return 0


def _entries(value: Any) -> bool:
    """A list of objects: each entry gets a numbered row, the list none of its own."""
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_every_shipped_schema_is_sound_and_every_property_and_entry_has_a_title(name: str) -> None:
    schema = _shipped(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema.get("title"), name
    untitled: list[str] = []

    def visit(node: Schema, path: str) -> None:
        for key, prop in node.get("properties", {}).items():
            if not (prop.get("title") or _resolve(prop, schema).get("title")):
                untitled.append(f"{path}/{key}")
            visit(prop, f"{path}/{key}")
        if isinstance(node.get("items"), dict):
            if not _resolve(node["items"], schema).get("title"):
                untitled.append(f"{path}[]")
            visit(node["items"], f"{path}[]")
        for key, definition in node.get("$defs", {}).items():
            if not definition.get("title"):
                untitled.append(f"{path}/$defs/{key}")
            visit(definition, f"{path}/$defs/{key}")
        for option in node.get("oneOf", []):
            if "const" in option and not option.get("title"):
                untitled.append(f"{path}={option['const']}")

    visit(schema, "")
    assert untitled == []


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_a_form_with_every_property_of_a_schema_is_labelled_in_german(name: str) -> None:
    schema = _shipped(name)
    data = every_property([schema], schema)
    assert isinstance(data, dict)
    assert data
    fields = labelled_fields(schema, data)
    assert len(fields) == _count(data)  # nothing left out
    assert_german_labels(fields, schema, _keys_of(name))


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_coded_values_show_their_german_wording(name: str) -> None:
    schema = _shipped(name)
    fields = labelled_fields(schema, every_property([schema], schema))
    wording = {
        option["title"]
        for node in _all_nodes(schema)
        for option in node.get("oneOf", [])
        if isinstance(option, dict) and "const" in option
    }
    codes = {
        str(option["const"])
        for node in _all_nodes(schema)
        for option in node.get("oneOf", [])
        if isinstance(option, dict) and isinstance(option.get("const"), str)
    }
    values = {field.value for field in fields}
    assert not values & (codes - wording), "a coded value shows its code"
    if wording:
        assert values & wording


def _all_nodes(node: Any) -> list[Schema]:
    if isinstance(node, dict):
        return [node, *(n for value in node.values() for n in _all_nodes(value))]
    if isinstance(node, list):
        return [n for value in node for n in _all_nodes(value)]
    return []


@pytest.mark.parametrize("service_key", SPECIALISED_DEMO_SERVICES)
def test_the_demo_portals_forms_are_labelled_in_german(service_key: str) -> None:
    for seed in SEEDS:
        demo = demo_submission(random.Random(seed), service_key, today=TODAY)
        schema = schema_for_uri(demo.schema_uri)
        assert schema is not None, demo.schema_uri
        fields = labelled_fields(schema, demo.form_data)
        assert len(fields) == _count(demo.form_data)
        name = next(n for n in SCHEMA_FILES if _shipped(n).get("$id") == demo.schema_uri)
        assert_german_labels(fields, schema, _keys_of(name))


@pytest.mark.parametrize("service_key", GENERIC_DEMO_SERVICES)
def test_a_town_portal_form_without_schema_is_labelled_in_german(service_key: str) -> None:
    """The forms of the town's portal for services without a schema of their own: the applicant block and the
    portal's common fields carry German titles in ``common_fields.json``."""
    for seed in SEEDS:
        demo = demo_submission(random.Random(seed), service_key, today=TODAY)
        assert schema_for_uri(demo.schema_uri) is None  # Amtsstube ships no schema for these services
        fields = labelled_fields(None, demo.form_data)
        applicant = demo.form_data["applicant"]
        assert fields[0] == FormField("Antragstellende Person", "", 0)
        assert ("Vornamen", applicant["givenNames"]) in {(f.label, f.value) for f in fields}
        assert len(fields) == _count(demo.form_data)
        assert_german_labels(fields, common_fields(), frozenset(_keys_of("common_fields.json")))


def test_unknown_keys_show_as_they_are_never_as_invented_english() -> None:
    schema = _shipped("bulky_waste_pickup.json")
    data = {"pickupAddress": {"street": "Lindenallee", "floorLevel": "3"}, "extra_key": True, "preferredDate": None}
    pairs = [(f.label, f.value, f.depth) for f in labelled_fields(schema, data)]
    assert pairs == [
        ("Abholadresse", "", 0),
        ("Straße", "Lindenallee", 1),
        ("floorLevel", "3", 1),
        ("Wunschtermin", "–", 0),
        ("extra_key", "ja", 0),
    ]
    assert [f.label for f in labelled_fields(None, {"ownerName": "X", "given_names": "Y"})] == [
        "ownerName",
        "given_names",
    ]


REFERENCING_SCHEMA: Schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "keeper": {"$ref": "#/$defs/person"},  # title from the definition
        "coKeeper": {"title": "Zweite Halterin / zweiter Halter", "$ref": "#/$defs/person"},  # own title wins
        "dogs": {"title": "Hunde", "type": "array", "items": {"$ref": "#/$defs/dog"}},
        "payment": {
            "title": "Zahlung",
            "oneOf": [
                {"type": "object", "properties": {"iban": {"title": "IBAN des Kontos"}}},
                {"type": "object", "properties": {"cardNumber": {"title": "Kartennummer"}}},
            ],
        },
        "pair": {"title": "Paar", "type": "array", "prefixItems": [{"title": "Erster Wert"}, {"title": "Zweiter"}]},
        "tags": {"title": "Schlagworte", "type": "array", "items": {"$ref": "#/$defs/tag"}},
    },
    "allOf": [{"properties": {"remark": {"title": "Bemerkung"}}}],
    "if": {"properties": {"keeper": {"required": ["familyName"]}}},
    "then": {"properties": {"reason": {"title": "Begründung"}}},
    "patternProperties": {"^extra": {"title": "Zusatzangabe"}},
    "$defs": {
        "person": {
            "title": "Halterin / Halter",
            "type": "object",
            "properties": {"familyName": {"title": "Familienname"}, "address": {"$ref": "#/$defs/address"}},
        },
        "address": {"title": "Anschrift", "type": "object", "properties": {"city": {"title": "Ort"}}},
        "dog": {"title": "Hund", "type": "object", "properties": {"name": {"title": "Rufname"}}},
        "tag": {
            "title": "Schlagwort",
            "type": "string",
            "oneOf": [{"const": "big", "title": "groß"}, {"const": "small", "title": "klein"}],
        },
    },
}


def test_titles_are_found_through_refs_items_combinators_and_conditions() -> None:
    jsonschema.Draft202012Validator.check_schema(REFERENCING_SCHEMA)
    data = {
        "keeper": {"familyName": "Öztürk", "address": {"city": "Lindenbrück"}},
        "coKeeper": {"familyName": "Nguyễn"},
        "dogs": [{"name": "Bello"}, {"name": "Luna"}],
        "payment": {"cardNumber": "4111"},
        "pair": [1, 2],
        "tags": ["big", "small"],
        "remark": "Bitte rasch",
        "reason": "Umzug",
        "extraInfo": "x",
    }
    pairs = [(f.label, f.value) for f in labelled_fields(REFERENCING_SCHEMA, data)]
    assert pairs == [
        ("Halterin / Halter", ""),
        ("Familienname", "Öztürk"),
        ("Anschrift", ""),
        ("Ort", "Lindenbrück"),
        ("Zweite Halterin / zweiter Halter", ""),
        ("Familienname", "Nguyễn"),
        ("Hund 1", ""),
        ("Rufname", "Bello"),
        ("Hund 2", ""),
        ("Rufname", "Luna"),
        ("Zahlung", ""),
        ("Kartennummer", "4111"),
        ("Paar", "1, 2"),
        ("Schlagworte", "groß, klein"),
        ("Bemerkung", "Bitte rasch"),
        ("Begründung", "Umzug"),
        ("Zusatzangabe", "x"),
    ]


def test_a_cyclic_reference_or_absurdly_deep_data_does_not_break_the_labels() -> None:
    cyclic: Schema = {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}
    assert labelled_fields(cyclic, {"x": 1}) == (FormField("x", "1", 0),)
    deep: Any = "unten"
    for _ in range(200):
        deep = {"ebene": deep}
    fields = labelled_fields(None, deep)
    assert len(fields) < 60
    assert json.loads(fields[-1].value)  # the rest as JSON text, nothing lost
