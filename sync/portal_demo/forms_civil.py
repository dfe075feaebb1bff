"""Demo forms for the civil registry: birth, marriage, partnership and death certificates (PStG).

The events happened in Lindenbrück (the registry issues certificates from its own registers), within the
retention periods (birth 110, marriage and partnership 80, death 30 years). Who may apply follows § 62 PStG:
the person concerned, spouse or partner, ancestors and descendants; siblings (birth and death registers) and
anyone else only with a stated interest. Applicants are at least 16.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from typing import Any

from sync.portal_demo.forms import (
    DocumentSpec,
    FormDraft,
    LevelOfAssurance,
    chance,
    date_between,
    german_date,
    pdf,
    weighted,
)
from sync.portal_demo.names import TOWN
from sync.portal_demo.people import (
    Person,
    Residence,
    Sex,
    german_address,
    make_person,
    origin_named,
    spouse_of,
)

_FIRST_COPY_CENTS = 1000  # AVerwGebO NRW: 10 € per certificate
_FURTHER_COPY_CENTS = 500  # 5 € for each further copy issued at the same time
_LEVELS = ((LevelOfAssurance.HIGH, 60), (LevelOfAssurance.SUBSTANTIAL, 40))
_INTEREST_REASONS = {
    "sibling": "Nachweis der Verwandtschaft für den Erbscheinsantrag nach dem Tod unserer Mutter.",
    "legal_interest": "Ich bin als Testamentsvollstrecker eingesetzt; das Nachlassgericht verlangt die Urkunde.",
}
_UNDERTAKER_REASON = "Beauftragt von den Angehörigen mit der Bestattung und den Formalitäten (Vollmacht anbei)."


def _applicant(rng: random.Random, today: dt.date, *, min_age: int = 18, max_age: int = 85) -> Person:
    residence = weighted(rng, ((Residence.TOWN, 6), (Residence.GERMANY, 3), (Residence.ABROAD, 1)))
    return make_person(rng, today, min_age=max(16, min_age), max_age=max_age, residence=residence)


def _relative(rng: random.Random, today: dt.date, of: Person, *, min_age: int, max_age: int) -> Person:
    """A blood relative of ``of``: same origin and family name."""
    sex = rng.choice((Sex.FEMALE, Sex.MALE))
    relative = make_person(rng, today, origin=origin_named(of.origin), sex=sex, min_age=min_age, max_age=max_age)
    stem = of.family_stem
    family = stem.partition("|")[2] if sex is Sex.FEMALE and "|" in stem else stem.partition("|")[0]
    return replace(relative, family_name=family, family_stem=stem, name_prefix=of.name_prefix)


def _common(
    rng: random.Random,
    applicant: Person,
    kind_weights: tuple[tuple[str, int], ...],
    copies: int,
    relationship: str,
    purpose: str,
    documents: list[DocumentSpec],
) -> dict[str, Any]:
    """The fields every certificate order shares, in form order after the event's own fields."""
    form: dict[str, Any] = {"certificateKind": weighted(rng, kind_weights), "copies": copies}
    form["relationship"] = relationship
    if relationship in _INTEREST_REASONS:
        form["interestReason"] = _INTEREST_REASONS[relationship]
        documents.append(pdf("Nachweis_rechtliches_Interesse.pdf", "Nachweis des Interesses", applicant.full_name))
    elif relationship in ("ancestor", "descendant") and chance(rng, 0.3):
        documents.append(
            pdf(
                f"Geburtsurkunde_{applicant.given_names.split()[0]}.pdf",
                "Geburtsurkunde (Kopie)",
                applicant.full_name,
                "Nachweis der Abstammung",
            )
        )
    elif chance(rng, 0.15):
        documents.append(pdf("Personalausweis_Scan.pdf", "Personalausweis (Kopie)", applicant.full_name))
    # The stated interest is an inheritance matter (see _INTEREST_REASONS), so the purpose must match it.
    form["purpose"] = "inheritance" if relationship in _INTEREST_REASONS else purpose
    delivery = weighted(rng, (("post", 75), ("post_other", 10), ("pickup", 15)))
    form["delivery"] = delivery
    if delivery == "post_other":
        other = german_address(rng)
        form["deliveryAddress"] = {
            "recipient": rng.choice(
                ("Notariat Dr. Hölscher", "Rechtsanwältin Şahin", "Bestattungshaus Große-Kleimann")
            ),
            **other.as_json(),
        }
    return form


def _copies(rng: random.Random, many: bool = False) -> int:
    if many:
        return weighted(rng, ((1, 10), (2, 20), (3, 30), (4, 20), (5, 15), (6, 5)))
    return weighted(rng, ((1, 60), (2, 25), (3, 10), (4, 4), (5, 1)))


def _fee(copies: int) -> int:
    return _FIRST_COPY_CENTS + _FURTHER_COPY_CENTS * (copies - 1)


def _register_number(rng: random.Random, letter: str, year: int, chance_known: float = 0.5) -> dict[str, str]:
    if not chance(rng, chance_known):
        return {}
    return {"registerNumber": f"{letter} {rng.randint(1, 240)}/{year}", "registryOffice": f"Standesamt {TOWN}"}


def _kinds(national: str) -> tuple[tuple[str, int], ...]:
    return ((national, 85), ("international", 8), ("eu_multilingual", 7))


def birth_certificate(rng: random.Random, today: dt.date) -> FormDraft:
    relationship = weighted(
        rng,
        (
            ("self", 50),
            ("descendant", 12),
            ("ancestor", 18),
            ("spouse_partner", 8),
            ("sibling", 5),
            ("legal_interest", 7),
        ),
    )
    applicant = _applicant(rng, today, min_age=16 if relationship == "self" else 18)
    age = applicant.age_on(today)
    if relationship == "self":
        concerned = applicant
    elif relationship == "descendant":  # a child or grandchild asks for a parent's birth certificate
        concerned = _relative(rng, today, applicant, min_age=min(age + 18, 100), max_age=min(age + 40, 105))
    elif relationship == "ancestor":  # a parent asks for a child's
        concerned = _relative(rng, today, applicant, min_age=0, max_age=max(0, age - 18))
    elif relationship == "spouse_partner":
        concerned = spouse_of(rng, applicant, today)
    elif relationship == "sibling":
        concerned = _relative(rng, today, applicant, min_age=max(16, age - 10), max_age=min(age + 10, 100))
    else:
        concerned = make_person(rng, today, min_age=40, max_age=100)
    person = concerned.name_json(title=False)
    person["placeOfBirth"] = TOWN
    if chance(rng, 0.4):
        origin = origin_named(concerned.origin)
        mother, father = (make_person(rng, today, origin=origin, sex=sex).given_names for sex in (Sex.FEMALE, Sex.MALE))
        person["parentNames"] = f"{mother} und {father} {concerned.family_name}"
    documents: list[DocumentSpec] = []
    copies = _copies(rng)
    purpose = weighted(
        rng,
        (
            ("passport", 20),
            ("marriage", 25),
            ("child_benefit", 10),
            ("inheritance", 10),
            ("pension", 10),
            ("abroad", 10),
            ("court", 5),
            ("other", 10),
        ),
    )
    form: dict[str, Any] = {
        "applicant": applicant.applicant_json(),
        "personConcerned": person,
        **_register_number(rng, "G", concerned.date_of_birth.year),
    }
    form |= _common(rng, applicant, _kinds("national"), copies, relationship, purpose, documents)
    return FormDraft(_ordered(form), applicant, tuple(documents), _fee(copies), _LEVELS)


def marriage_certificate(rng: random.Random, today: dt.date) -> FormDraft:
    relationship = weighted(rng, (("self", 60), ("descendant", 20), ("ancestor", 5), ("legal_interest", 15)))
    applicant = _applicant(rng, today, min_age=20)
    age = applicant.age_on(today)
    if relationship == "self":
        first = applicant
    elif relationship == "descendant":
        first = _relative(rng, today, applicant, min_age=min(age + 20, 95), max_age=min(age + 40, 100))
    elif relationship == "ancestor":
        first = _relative(rng, today, applicant, min_age=max(18, age - 40), max_age=max(18, age - 18))
    else:
        first = make_person(rng, today, min_age=40, max_age=90)
    second = spouse_of(rng, first, today)
    youngest = max(first.date_of_birth, second.date_of_birth)
    earliest = max(dt.date(youngest.year + 18, youngest.month, 1), today - dt.timedelta(days=79 * 365))
    married = date_between(rng, earliest, today - dt.timedelta(days=30))
    documents: list[DocumentSpec] = []
    copies = _copies(rng)
    purpose = weighted(
        rng,
        (
            ("name_change", 25),
            ("divorce", 10),
            ("inheritance", 15),
            ("pension", 20),
            ("abroad", 15),
            ("court", 5),
            ("other", 10),
        ),
    )
    form: dict[str, Any] = {
        "applicant": applicant.applicant_json(),
        "spouses": [first.name_json(title=False), second.name_json(title=False)],
        "dateOfMarriage": married.isoformat(),
        "placeOfMarriage": TOWN,
        **_register_number(rng, "E", married.year),
    }
    form |= _common(rng, applicant, _kinds("national"), copies, relationship, purpose, documents)
    return FormDraft(_ordered(form), applicant, tuple(documents), _fee(copies), _LEVELS)


_PARTNERSHIP_FIRST = dt.date(2001, 8, 1)  # LPartG in force
_PARTNERSHIP_LAST = dt.date(2017, 9, 30)  # no new partnerships after the "Ehe für alle"


def partnership_certificate(rng: random.Random, today: dt.date) -> FormDraft:
    relationship = weighted(rng, (("self", 80), ("descendant", 5), ("legal_interest", 15)))
    # Both partners were adults by the last day a partnership could be founded.
    min_age = today.year - (_PARTNERSHIP_LAST.year - 18) + 1
    if relationship == "self":
        applicant = first = _applicant(rng, today, min_age=min_age)
    elif relationship == "descendant":
        applicant = _applicant(rng, today, min_age=18, max_age=40)
        first = _relative(rng, today, applicant, min_age=max(min_age, applicant.age_on(today) + 20), max_age=95)
    else:
        applicant = _applicant(rng, today)
        first = make_person(rng, today, min_age=max(min_age, 40), max_age=85)
    first_age = first.age_on(today)
    partner = make_person(
        rng,
        today,
        origin=origin_named(first.origin),
        sex=first.sex,
        min_age=max(min_age, first_age - 8),
        max_age=max(min_age, first_age + 8),
    )
    youngest = max(first.date_of_birth, partner.date_of_birth)
    earliest = max(_PARTNERSHIP_FIRST, dt.date(youngest.year + 19, 1, 1))
    founded = date_between(rng, earliest, _PARTNERSHIP_LAST)
    documents: list[DocumentSpec] = []
    copies = _copies(rng)
    purpose = weighted(
        rng,
        (("conversion", 40), ("dissolution", 10), ("pension", 20), ("inheritance", 15), ("abroad", 10), ("other", 5)),
    )
    form: dict[str, Any] = {
        "applicant": applicant.applicant_json(),
        "partners": [first.name_json(title=False), partner.name_json(title=False)],
        "dateOfPartnership": founded.isoformat(),
        "placeOfPartnership": TOWN,
        **_register_number(rng, "L", founded.year),
    }
    form |= _common(rng, applicant, _kinds("national"), copies, relationship, purpose, documents)
    return FormDraft(_ordered(form), applicant, tuple(documents), _fee(copies), _LEVELS)


def death_certificate(rng: random.Random, today: dt.date) -> FormDraft:
    relationship = weighted(
        rng, (("spouse_partner", 35), ("descendant", 45), ("sibling", 5), ("ancestor", 3), ("legal_interest", 12))
    )
    applicant = _applicant(rng, today, min_age=25 if relationship != "ancestor" else 45)
    age = applicant.age_on(today)
    if relationship == "spouse_partner":
        deceased = spouse_of(rng, applicant, today)
    elif relationship == "descendant":
        deceased = _relative(rng, today, applicant, min_age=min(age + 20, 98), max_age=min(age + 40, 104))
    elif relationship == "sibling":
        deceased = _relative(rng, today, applicant, min_age=max(18, age - 10), max_age=min(age + 10, 100))
    elif relationship == "ancestor":
        deceased = _relative(rng, today, applicant, min_age=max(1, age - 45), max_age=max(1, age - 20))
    else:
        deceased = make_person(rng, today, min_age=55, max_age=100)
    recent = chance(rng, 0.85)
    died = today - dt.timedelta(days=rng.randint(2, 40) if recent else rng.randint(41, 29 * 365))
    died = max(died, deceased.date_of_birth + dt.timedelta(days=1))
    person = deceased.name_json(title=False, birth_date=chance(rng, 0.9))
    person["lastAddress"] = deceased.address.one_line()
    documents: list[DocumentSpec] = []
    copies = _copies(rng, many=recent)
    purpose = weighted(
        rng,
        (
            ("bank", 25),
            ("insurance", 20),
            ("widow_pension", 15),
            ("inheritance", 25),
            ("court", 5),
            ("abroad", 5),
            ("other", 5),
        ),
    )
    form: dict[str, Any] = {
        "applicant": applicant.applicant_json(),
        "deceased": person,
        "dateOfDeath": died.isoformat(),
        "placeOfDeath": TOWN,
        **_register_number(rng, "S", died.year, 0.3),
    }
    form |= _common(rng, applicant, _kinds("national"), copies, relationship, purpose, documents)
    if relationship == "legal_interest" and chance(rng, 0.5):  # undertakers order most death certificates
        form["interestReason"] = _UNDERTAKER_REASON
        form["purpose"] = weighted(rng, (("bank", 1), ("insurance", 1), ("other", 1)))
        documents[-1] = pdf(
            "Vollmacht_Angehörige.pdf",
            "Vollmacht der Angehörigen",
            deceased.full_name,
            f"verstorben am {german_date(died)}",
        )
    return FormDraft(_ordered(form), applicant, tuple(documents), _fee(copies), _LEVELS)


_ORDER = ("applicant", "certificateKind", "copies")


def _ordered(form: dict[str, Any]) -> dict[str, Any]:
    """Form order as the citizen saw it: applicant, kind and copies first."""
    return {**{key: form[key] for key in _ORDER if key in form}, **form}
