"""Which dogs the Landeshundegesetz NRW regulates, and what the register needs before it approves one.

- § 3 Abs. 2 (gefährliche Hunde, dangerous dogs): Pitbull Terrier, American Staffordshire Terrier, Staffordshire
  Bullterrier, Bullterrier and their crosses. Keeping one needs a permit (Erlaubnis, § 4).
- § 10 Abs. 1 (Hunde bestimmter Rassen, certain breeds): Alano, American Bulldog, Bullmastiff, Mastiff, Mastino
  Español, Mastino Napoletano, Fila Brasileiro, Dogo Argentino, Rottweiler, Tosa Inu and their crosses. Also a
  permit (§ 10 Abs. 1 with § 4).
- § 11 Abs. 1 (große Hunde, large dogs): any other dog of at least 40 cm height at the withers or 20 kg weight
  must be reported (Anzeige) to the order office.

The lists live in ``lhundg_breeds.json`` so the town can follow a change of the law without a new release. A breed
text matches a listed breed when the listed name (or an alias) occurs in it, compared in the DIN 91379 search form
with spaces and hyphens removed: "Rottweiler-Mischling", "rottweiler mix", "Labrador x Pit-Bull" and "MASTINO
ESPANOL" all match. § 3 comes before § 10 ("Rottweiler x Pitbull" is a dangerous dog); of several names within one
section the longest counts ("Bullmastiff", not "Mastiff"). A cross with a listed breed is treated as that breed,
as the law says; the order office decides a doubtful case and records it with the permit.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from models.search_form import search_form

DATA_FILE = "lhundg_breeds.json"


class DogCategory(enum.Enum):
    """The dog's class under the LHundG NRW; the value is the key used in ``lhundg_breeds.json``."""

    DANGEROUS = "section_3"  # gefährlicher Hund, § 3
    CERTAIN_BREED = "section_10"  # Hund bestimmter Rasse, § 10
    LARGE = "section_11"  # großer Hund, § 11
    NONE = "none"

    @property
    def taxed_as_dangerous(self) -> bool:
        """Dog-tax statutes in NRW charge the higher rate for §§ 3 and 10 dogs alike."""
        return self in (DogCategory.DANGEROUS, DogCategory.CERTAIN_BREED)


class Requirement(enum.Enum):
    """What must be recorded before the registration is approved."""

    PERMIT = "permit"  # Erlaubnis of the order office
    REPORT = "report"  # Anzeige of a large dog


@dataclass(frozen=True)
class ListedBreed:
    name: str
    category: DogCategory
    keys: tuple[str, ...]  # the compact search forms of the name and its aliases


@dataclass(frozen=True)
class BreedRules:
    """The contents of ``lhundg_breeds.json``."""

    breeds: tuple[ListedBreed, ...]  # § 3 first, then § 10, as in the file
    sections: dict[DogCategory, str]  # the law's section of each category
    prerequisite: dict[DogCategory, str]  # where the permit or the report is required
    large_height_cm: Decimal
    large_weight_kg: Decimal


@dataclass(frozen=True)
class BreedAssessment:
    """The outcome for one dog: its category, the listed breed that decided it, and what approval needs."""

    category: DogCategory
    matched_breed: str | None  # the listed name found in the breed text, None for § 11 and none
    section: str | None  # e.g. "§ 3 Abs. 2 LHundG NRW"
    requirement: Requirement | None
    requirement_section: str | None  # e.g. "§ 4 LHundG NRW" for the permit of a dangerous dog

    @property
    def needs_permit(self) -> bool:
        return self.requirement is Requirement.PERMIT


def compact_key(text: str) -> str:
    """The search form without spaces and hyphens: how breed texts are compared."""
    return search_form(text).replace(" ", "").replace("-", "")


def parse_breed_rules(data: Any) -> BreedRules:
    """The rules from the JSON document (a dict as ``json.load`` returns it)."""
    breeds: list[ListedBreed] = []
    sections: dict[DogCategory, str] = {}
    prerequisite: dict[DogCategory, str] = {}
    for section in data["sections"]:
        category = DogCategory(section["category"])
        sections[category] = section["section"]
        prerequisite[category] = section["permit"]
        for breed in section["breeds"]:
            keys = tuple(compact_key(name) for name in (breed["name"], *breed["aliases"]))
            breeds.append(ListedBreed(breed["name"], category, keys))
    large = data["large_dog"]
    sections[DogCategory.LARGE] = large["section"]
    prerequisite[DogCategory.LARGE] = large["report"]
    return BreedRules(
        tuple(breeds),
        sections,
        prerequisite,
        Decimal(str(large["height_cm"])),
        Decimal(str(large["weight_kg"])),
    )


@cache
def breed_rules() -> BreedRules:
    """The shipped rules (read once)."""
    text = resources.files("models.registers.dogs").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_breed_rules(json.loads(text))


def listed_breed(breed_text: str, rules: BreedRules) -> ListedBreed | None:
    """The §§ 3/10 breed named in ``breed_text`` (a breed or a cross), § 3 first, the longest name within a section."""
    key = compact_key(breed_text)
    for category in (DogCategory.DANGEROUS, DogCategory.CERTAIN_BREED):
        found = [
            (len(name_key), breed)
            for breed in rules.breeds
            if breed.category is category
            for name_key in breed.keys
            if name_key and name_key in key
        ]
        if found:
            return max(found, key=lambda pair: pair[0])[1]
    return None


def classify_dog(
    breed_text: str,
    height_cm: Decimal | int | None = None,
    weight_kg: Decimal | int | None = None,
    rules: BreedRules | None = None,
) -> BreedAssessment:
    """The dog's category under the LHundG NRW and what must be recorded before the registration is approved.

    ``height_cm`` (at the withers) and ``weight_kg`` are the grown dog's; a value not given does not make a dog
    large. Decimals, not floats, so 19.9 kg is exactly 19.9.
    """
    rules = rules or breed_rules()
    listed = listed_breed(breed_text, rules)
    if listed is not None:
        category, requirement = listed.category, Requirement.PERMIT
    elif (height_cm is not None and height_cm >= rules.large_height_cm) or (
        weight_kg is not None and weight_kg >= rules.large_weight_kg
    ):
        category, requirement = DogCategory.LARGE, Requirement.REPORT
    else:
        return BreedAssessment(DogCategory.NONE, None, None, None, None)
    return BreedAssessment(
        category,
        listed.name if listed else None,
        rules.sections[category],
        requirement,
        rules.prerequisite[category],
    )
