"""German words for the registers' values (sex, kind of residence, history entries, objections; a dog's sex and its
class under the LHundG NRW; a waste bin's kind of waste and how often it is emptied)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from models.registers.dogs.breeds import DogCategory
from models.registers.dogs.register import DogSex
from models.registers.residents.history import ChangeKind
from models.registers.residents.resident import AddressKind, Sex, TransmissionBlock
from models.registers.waste_bins.statute import BinType, Interval

_SEX = {
    Sex.MALE: QT_TRANSLATE_NOOP("RegisterLabels", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("RegisterLabels", "female"),
    Sex.DIVERSE: QT_TRANSLATE_NOOP("RegisterLabels", "diverse"),
    Sex.UNSPECIFIED: QT_TRANSLATE_NOOP("RegisterLabels", "not specified"),
}
_ADDRESS_KIND = {
    AddressKind.MAIN: QT_TRANSLATE_NOOP("RegisterLabels", "main residence"),
    AddressKind.SECONDARY: QT_TRANSLATE_NOOP("RegisterLabels", "secondary residence"),
}
_CHANGE = {
    ChangeKind.REGISTERED: QT_TRANSLATE_NOOP("RegisterLabels", "registered"),
    ChangeKind.MOVED_IN: QT_TRANSLATE_NOOP("RegisterLabels", "moved in"),
    ChangeKind.MOVED_OUT: QT_TRANSLATE_NOOP("RegisterLabels", "moved out"),
    ChangeKind.NAME_CHANGED: QT_TRANSLATE_NOOP("RegisterLabels", "name changed"),
    ChangeKind.INFORMATION_BLOCK_SET: QT_TRANSLATE_NOOP("RegisterLabels", "information block set (§ 51 BMG)"),
    ChangeKind.INFORMATION_BLOCK_LIFTED: QT_TRANSLATE_NOOP("RegisterLabels", "information block lifted"),
    ChangeKind.CONDITIONAL_BLOCK_SET: QT_TRANSLATE_NOOP("RegisterLabels", "conditional block set (§ 52 BMG)"),
    ChangeKind.CONDITIONAL_BLOCK_LIFTED: QT_TRANSLATE_NOOP("RegisterLabels", "conditional block lifted"),
    ChangeKind.TRANSMISSION_BLOCKS_SET: QT_TRANSLATE_NOOP("RegisterLabels", "objections to transmissions changed"),
    ChangeKind.DIED: QT_TRANSLATE_NOOP("RegisterLabels", "died"),
}
_TRANSMISSION = {
    TransmissionBlock.RELIGIOUS_SOCIETY: QT_TRANSLATE_NOOP("RegisterLabels", "religious society (§ 42(3) BMG)"),
    TransmissionBlock.PARTIES_AND_ELECTIONS: QT_TRANSLATE_NOOP("RegisterLabels", "parties before elections (§ 50(1))"),
    TransmissionBlock.JUBILEES: QT_TRANSLATE_NOOP("RegisterLabels", "jubilees (§ 50(2))"),
    TransmissionBlock.ADDRESS_BOOKS: QT_TRANSLATE_NOOP("RegisterLabels", "address books (§ 50(3))"),
    TransmissionBlock.ARMED_FORCES: QT_TRANSLATE_NOOP("RegisterLabels", "armed forces (§ 36(2))"),
}
_DOG_SEX = {
    DogSex.MALE: QT_TRANSLATE_NOOP("RegisterLabels", "male dog"),
    DogSex.FEMALE: QT_TRANSLATE_NOOP("RegisterLabels", "female dog"),
}
_DOG_CATEGORY = {
    DogCategory.NONE: QT_TRANSLATE_NOOP("RegisterLabels", "none"),
    DogCategory.DANGEROUS: QT_TRANSLATE_NOOP("RegisterLabels", "dangerous dog (§ 3 LHundG NRW)"),
    DogCategory.CERTAIN_BREED: QT_TRANSLATE_NOOP("RegisterLabels", "dog of a certain breed (§ 10 LHundG NRW)"),
    DogCategory.LARGE: QT_TRANSLATE_NOOP("RegisterLabels", "large dog (§ 11 LHundG NRW)"),
}

_BIN_TYPE = {
    BinType.RESIDUAL: QT_TRANSLATE_NOOP("RegisterLabels", "Residual waste"),
    BinType.BIO: QT_TRANSLATE_NOOP("RegisterLabels", "Bio waste"),
    BinType.PAPER: QT_TRANSLATE_NOOP("RegisterLabels", "Paper"),
}
_INTERVAL = {
    Interval.WEEKLY: QT_TRANSLATE_NOOP("RegisterLabels", "weekly"),
    Interval.BIWEEKLY: QT_TRANSLATE_NOOP("RegisterLabels", "every two weeks"),
    Interval.FOURWEEKLY: QT_TRANSLATE_NOOP("RegisterLabels", "every four weeks"),
}


def _label(table: Mapping[Any, str], value: object) -> str:
    text = table.get(value)
    return translate("RegisterLabels", text) if text else str(value)


def sex_label(sex: Sex) -> str:
    return _label(_SEX, sex)


def address_kind_label(kind: AddressKind) -> str:
    return _label(_ADDRESS_KIND, kind)


def change_label(kind: ChangeKind) -> str:
    return _label(_CHANGE, kind)


def transmission_label(block: str) -> str:
    try:
        return _label(_TRANSMISSION, TransmissionBlock(block))
    except ValueError:
        return block


def dog_sex_label(sex: DogSex) -> str:
    return _label(_DOG_SEX, sex)


def dog_category_label(category: str) -> str:
    try:
        return _label(_DOG_CATEGORY, DogCategory(category))
    except ValueError:
        return category


def bin_type_label(kind: BinType) -> str:
    return _label(_BIN_TYPE, kind)


def interval_label(interval: Interval) -> str:
    return _label(_INTERVAL, interval)
