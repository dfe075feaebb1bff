"""German words for the civil-status registers' values: the registers, the roles of persons, the kinds of
annotation, the person fields an annotation may change, and the sex entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.residents.resident import Sex

CONTEXT = "CivilStatusLabels"

_REGISTER = {
    RegisterKind.BIRTH: QT_TRANSLATE_NOOP("CivilStatusLabels", "Birth register"),
    RegisterKind.MARRIAGE: QT_TRANSLATE_NOOP("CivilStatusLabels", "Marriage register"),
    RegisterKind.PARTNERSHIP: QT_TRANSLATE_NOOP("CivilStatusLabels", "Civil partnership register"),
    RegisterKind.DEATH: QT_TRANSLATE_NOOP("CivilStatusLabels", "Death register"),
}
_ROLE = {
    PersonRole.CHILD: QT_TRANSLATE_NOOP("CivilStatusLabels", "Child"),
    PersonRole.MOTHER: QT_TRANSLATE_NOOP("CivilStatusLabels", "Mother"),
    PersonRole.FATHER: QT_TRANSLATE_NOOP("CivilStatusLabels", "Father"),
    PersonRole.PARENT: QT_TRANSLATE_NOOP("CivilStatusLabels", "Parent"),
    PersonRole.SPOUSE: QT_TRANSLATE_NOOP("CivilStatusLabels", "Spouse"),
    PersonRole.PARTNER: QT_TRANSLATE_NOOP("CivilStatusLabels", "Partner"),
    PersonRole.DECEASED: QT_TRANSLATE_NOOP("CivilStatusLabels", "Deceased"),
    PersonRole.INFORMANT: QT_TRANSLATE_NOOP("CivilStatusLabels", "Informant"),
}
_ANNOTATION = {
    AnnotationKind.NAME_CHANGE: QT_TRANSLATE_NOOP("CivilStatusLabels", "name change"),
    AnnotationKind.MARRIAGE: QT_TRANSLATE_NOOP("CivilStatusLabels", "marriage"),
    AnnotationKind.DEATH: QT_TRANSLATE_NOOP("CivilStatusLabels", "death"),
    AnnotationKind.CORRECTION: QT_TRANSLATE_NOOP("CivilStatusLabels", "correction"),
    AnnotationKind.OTHER: QT_TRANSLATE_NOOP("CivilStatusLabels", "other"),
}
_FIELD = {
    "family_name": QT_TRANSLATE_NOOP("CivilStatusLabels", "family name"),
    "given_names": QT_TRANSLATE_NOOP("CivilStatusLabels", "given names"),
    "birth_name": QT_TRANSLATE_NOOP("CivilStatusLabels", "birth name"),
    "sex": QT_TRANSLATE_NOOP("CivilStatusLabels", "sex"),
    "born": QT_TRANSLATE_NOOP("CivilStatusLabels", "date of birth"),
    "birth_place": QT_TRANSLATE_NOOP("CivilStatusLabels", "place of birth"),
}
_SEX = {
    Sex.MALE: QT_TRANSLATE_NOOP("CivilStatusLabels", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("CivilStatusLabels", "female"),
    Sex.DIVERSE: QT_TRANSLATE_NOOP("CivilStatusLabels", "diverse"),
    Sex.UNSPECIFIED: QT_TRANSLATE_NOOP("CivilStatusLabels", "not specified"),
}


def _label(table: Mapping[Any, str], value: object) -> str:
    text = table.get(value)
    return translate(CONTEXT, text) if text else str(value)


def register_label(kind: RegisterKind) -> str:
    return _label(_REGISTER, kind)


def role_label(role: PersonRole) -> str:
    return _label(_ROLE, role)


def annotation_kind_label(kind: AnnotationKind) -> str:
    return _label(_ANNOTATION, kind)


def person_field_label(field: str) -> str:
    return _label(_FIELD, field)


def sex_label(sex: Sex) -> str:
    return _label(_SEX, sex)
