"""LHundG NRW: §§ 3 and 10 breeds and their crosses need a permit, § 11 large dogs a report."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.registers.dogs.breeds import DogCategory, Requirement, breed_rules, classify_dog

S3, S10, S11, NONE = DogCategory.DANGEROUS, DogCategory.CERTAIN_BREED, DogCategory.LARGE, DogCategory.NONE


@pytest.mark.parametrize(
    ("breed", "category", "matched"),
    [
        ("Pitbull Terrier", S3, "Pitbull Terrier"),
        ("Pit-Bull-Terrier", S3, "Pitbull Terrier"),
        ("pitbull", S3, "Pitbull Terrier"),
        ("Pittbull-Terrier", S3, "Pitbull Terrier"),  # the law's own spelling
        ("American Pit Bull Terrier", S3, "Pitbull Terrier"),
        ("AMERICAN STAFFORDSHIRE TERRIER", S3, "American Staffordshire Terrier"),
        ("Amstaff-Mischling", S3, "American Staffordshire Terrier"),
        ("Staffordshire Bull Terrier", S3, "Staffordshire Bullterrier"),
        ("Bullterrier", S3, "Bullterrier"),
        ("Labrador x Bull Terrier", S3, "Bullterrier"),
        ("Rottweiler", S10, "Rottweiler"),
        ("Rottweiler-Mischling", S10, "Rottweiler"),
        ("Schäferhund / Rottweiler Mix", S10, "Rottweiler"),
        ("Rottweiler x Pitbull", S3, "Pitbull Terrier"),  # § 3 before § 10
        ("Bullmastiff", S10, "Bullmastiff"),  # the longer name, not "Mastiff"
        ("Mastiff", S10, "Mastiff"),
        ("Mastino Español", S10, "Mastino Español"),
        ("mastino espanol", S10, "Mastino Español"),  # ñ typed as n
        ("Spanischer Mastiff", S10, "Mastino Español"),
        ("Mastino Napoletano", S10, "Mastino Napoletano"),
        ("Fila Brasileiro", S10, "Fila Brasileiro"),
        ("Dogo Argentino-Mix", S10, "Dogo Argentino"),
        ("Tosa-Inu", S10, "Tosa Inu"),
        ("American Bulldog", S10, "American Bulldog"),
        ("Alano", S10, "Alano"),
        ("Labrador", NONE, None),
        ("Französische Bulldogge", NONE, None),
        ("Dackel", NONE, None),
    ],
)
def test_a_breed_text_is_classified_by_the_listed_breed_in_it(
    breed: str, category: DogCategory, matched: str | None
) -> None:
    assessment = classify_dog(breed)
    assert (assessment.category, assessment.matched_breed) == (category, matched)


@pytest.mark.parametrize(
    ("height", "weight", "category"),
    [
        (Decimal(39), Decimal("19.9"), NONE),
        (Decimal(40), Decimal("19.9"), S11),  # 40 cm is large
        (Decimal("39.9"), Decimal(20), S11),  # 20 kg is large
        (Decimal(39), None, NONE),
        (None, Decimal("19.9"), NONE),
        (None, None, NONE),
        (55, 30, S11),
    ],
)
def test_a_large_dog_is_one_of_40_cm_or_20_kg(
    height: Decimal | None, weight: Decimal | None, category: DogCategory
) -> None:
    assessment = classify_dog("Labrador-Mischling", height, weight)
    assert assessment.category is category
    if category is S11:
        assert (assessment.requirement, assessment.requirement_section) == (
            Requirement.REPORT,
            "§ 11 Abs. 1 LHundG NRW",
        )
    else:
        assert assessment.requirement is None


def test_what_approval_needs_names_the_law() -> None:
    dangerous = classify_dog("Staffordshire Bullterrier", Decimal(38), Decimal(15))
    assert (dangerous.section, dangerous.requirement, dangerous.requirement_section) == (
        "§ 3 Abs. 2 LHundG NRW",
        Requirement.PERMIT,
        "§ 4 LHundG NRW",
    )
    assert dangerous.needs_permit
    certain = classify_dog("Rottweiler", Decimal(60), Decimal(45))  # a § 10 dog stays § 10 however large
    assert (certain.category, certain.section, certain.requirement_section) == (
        S10,
        "§ 10 Abs. 1 LHundG NRW",
        "§ 10 Abs. 1 i. V. m. § 4 LHundG NRW",
    )
    assert certain.category.taxed_as_dangerous
    assert not classify_dog("Labrador", Decimal(60)).needs_permit
    assert not S11.taxed_as_dangerous


def test_the_lists_are_the_laws() -> None:
    listed = {(breed.name, breed.category) for breed in breed_rules().breeds}
    assert {name for name, category in listed if category is S3} == {
        "Pitbull Terrier",
        "American Staffordshire Terrier",
        "Staffordshire Bullterrier",
        "Bullterrier",
    }
    assert {name for name, category in listed if category is S10} == {
        "Alano",
        "American Bulldog",
        "Bullmastiff",
        "Mastiff",
        "Mastino Español",
        "Mastino Napoletano",
        "Fila Brasileiro",
        "Dogo Argentino",
        "Rottweiler",
        "Tosa Inu",
    }
