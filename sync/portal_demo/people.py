"""People and addresses for demo submissions: applicants, their families, and where they live.

Most live in Lindenbrück (the streets of the demo town, postcodes 59821–59825), some elsewhere in Germany, a few
abroad. Names come from ``demo_names`` and stay as typed (NFC, DIN 91379); only e-mail addresses are folded to ASCII,
as mail providers do.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from sync.portal_demo.names import (
    E_MAIL_DOMAINS,
    FOREIGN_ADDRESSES,
    GERMAN_ADDRESSES,
    NAME_PREFIXES,
    ORIGINS,
    TOWN,
    TOWN_STREETS,
    NameOrigin,
)


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"


class Residence(enum.Enum):
    TOWN = "town"
    GERMANY = "germany"
    ABROAD = "abroad"


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    postcode: str
    city: str
    country: str = "DE"
    addition: str | None = None
    district: str | None = None  # waste collection district (Abfuhrbezirk), only in Lindenbrück

    def as_json(self, *, with_country: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {"street": self.street, "houseNumber": self.house_number}
        if self.addition:
            body["addition"] = self.addition
        body["postcode"] = self.postcode
        body["city"] = self.city
        if with_country:
            body["country"] = self.country
        return body

    def one_line(self) -> str:
        line = f"{self.street} {self.house_number}, {self.postcode} {self.city}"
        return line if self.country == "DE" else f"{line} ({self.country})"


@dataclass(frozen=True)
class Person:
    given_names: str
    family_name: str
    family_stem: str  # the pool entry, e.g. "Wiśniewski|Wiśniewska", so relatives get the matching form
    sex: Sex
    date_of_birth: dt.date
    birthplace: str
    nationalities: tuple[str, ...]
    origin: str
    address: Address
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    name_prefix: str | None = None
    birth_name: str | None = None

    @property
    def full_name(self) -> str:
        parts = (self.title, self.given_names, self.name_prefix, self.family_name)
        return " ".join(part for part in parts if part)

    def age_on(self, day: dt.date) -> int:
        before_birthday = (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day)
        return day.year - self.date_of_birth.year - before_birthday

    def name_json(self, *, title: bool = True, birth_date: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if title and self.title:
            body["title"] = self.title
        body["givenNames"] = self.given_names
        if self.name_prefix:
            body["namePrefix"] = self.name_prefix
        body["familyName"] = self.family_name
        if self.birth_name:
            body["birthName"] = self.birth_name
        if birth_date:
            body["dateOfBirth"] = self.date_of_birth.isoformat()
        return body

    def applicant_json(self, *, birth_date: bool = True) -> dict[str, Any]:
        body = self.name_json(birth_date=birth_date)
        body["address"] = self.address.as_json()
        if self.email:
            body["email"] = self.email
        if self.phone:
            body["phone"] = self.phone
        return body


def pick_origin(rng: random.Random) -> NameOrigin:
    return rng.choices(ORIGINS, weights=[origin.weight for origin in ORIGINS])[0]


def origin_named(key: str) -> NameOrigin:
    return next(origin for origin in ORIGINS if origin.key == key)


def family_form(stem: str, sex: Sex) -> str:
    """``"Dvořák|Dvořáková"`` → the feminine form for women, the masculine one otherwise."""
    masculine, _, feminine = stem.partition("|")
    return feminine if sex is Sex.FEMALE and feminine else masculine


def given_name(rng: random.Random, origin: NameOrigin, sex: Sex) -> str:
    if sex is Sex.FEMALE:
        return rng.choice(origin.female)
    if sex is Sex.MALE:
        return rng.choice(origin.male)
    return rng.choice(origin.female + origin.male)


def birth_date(rng: random.Random, today: dt.date, min_age: int, max_age: int) -> dt.date:
    """A date of birth so that the person is between ``min_age`` and ``max_age`` years old ``today``."""
    earliest = _years_before(today, max_age + 1) + dt.timedelta(days=1)
    latest = _years_before(today, min_age)
    return earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def house_number(rng: random.Random, highest: int = 60) -> str:
    number = str(rng.randint(1, highest))
    return number + rng.choice("ab") if rng.random() < 0.12 else number


def town_address(rng: random.Random, *, with_addition: bool = True) -> Address:
    street = TOWN_STREETS[rng.choice(sorted(TOWN_STREETS))]
    addition = None
    if with_addition and rng.random() < 0.12:
        addition = rng.choice(("2. OG links", "Hinterhaus", "Whg. 3", "Dachgeschoss", "Erdgeschoss rechts"))
    return Address(street.name, house_number(rng), street.postcode, TOWN, addition=addition, district=street.district)


def german_address(rng: random.Random) -> Address:
    street, postcode, city = rng.choice(GERMAN_ADDRESSES)
    return Address(street, house_number(rng, 140), postcode, city)


def foreign_address(rng: random.Random, country: str | None = None) -> Address:
    if country not in FOREIGN_ADDRESSES:
        country = rng.choice(sorted(FOREIGN_ADDRESSES))
    street, number, postcode, city = FOREIGN_ADDRESSES[country]
    return Address(street, number, postcode, city, country=country)


def address_for(rng: random.Random, residence: Residence, origin: NameOrigin) -> Address:
    if residence is Residence.TOWN:
        return town_address(rng)
    if residence is Residence.GERMANY:
        return german_address(rng)
    return foreign_address(rng, origin.country)


def make_person(
    rng: random.Random,
    today: dt.date,
    *,
    origin: NameOrigin | None = None,
    sex: Sex | None = None,
    min_age: int = 18,
    max_age: int = 85,
    residence: Residence = Residence.TOWN,
    address: Address | None = None,
) -> Person:
    origin = origin or pick_origin(rng)
    sex = sex or rng.choices((Sex.FEMALE, Sex.MALE, Sex.DIVERSE), weights=(49, 49, 2))[0]
    stem = rng.choice(origin.family_names)
    prefix = None
    if origin.key == "german" and rng.random() < 0.04:
        prefix, stem = rng.choice(NAME_PREFIXES)
    born = birth_date(rng, today, min_age, max_age)
    age = _age(born, today)
    given = given_name(rng, origin, sex)
    family = family_form(stem, sex)
    birth_name = None
    if sex is Sex.FEMALE and age >= 25 and rng.random() < 0.25:
        other = family_form(rng.choice(origin.family_names), sex)
        birth_name = other if other != family else None
    nationalities: tuple[str, ...] = (origin.nationality,)
    birthplace = rng.choice(origin.birthplaces)
    if origin.key != "german" and rng.random() < 0.4:
        nationalities = ("deutsch", origin.nationality) if rng.random() < 0.5 else ("deutsch",)
        birthplace = rng.choice(("Lindenbrück", "Dortmund", "Hamm", birthplace))
    person = Person(
        given_names=given,
        family_name=family,
        family_stem=stem,
        sex=sex,
        date_of_birth=born,
        birthplace=birthplace,
        nationalities=nationalities,
        origin=origin.key,
        address=address or address_for(rng, residence, origin),
        title="Dr." if age >= 28 and rng.random() < 0.07 else None,
        name_prefix=prefix,
        birth_name=birth_name,
    )
    if age >= 16:
        person = replace(person, email=email_address(rng, person), phone=phone_number(rng, person.address))
    return person


def spouse_of(rng: random.Random, person: Person, today: dt.date) -> Person:
    """A spouse or partner at the same address, mostly with the same family name."""
    origin = origin_named(person.origin)
    sex = Sex.MALE if person.sex is Sex.FEMALE else Sex.FEMALE
    if rng.random() < 0.1:
        sex = person.sex  # same-sex couple
    age = person.age_on(today)
    spouse = make_person(
        rng, today, origin=origin, sex=sex, min_age=max(18, age - 6), max_age=max(18, age + 6), address=person.address
    )
    if rng.random() < 0.7 and not person.name_prefix:
        married_name = family_form(person.family_stem, sex)
        birth_name = spouse.family_name if spouse.family_name != married_name else None
        spouse = replace(spouse, family_name=married_name, family_stem=person.family_stem, birth_name=birth_name)
        spouse = replace(spouse, email=email_address(rng, spouse))
    return replace(spouse, phone=person.phone)


def child_of(rng: random.Random, parent: Person, today: dt.date, *, max_age: int = 17) -> Person:
    origin = origin_named(parent.origin)
    sex = rng.choice((Sex.FEMALE, Sex.MALE))
    parent_age = parent.age_on(today)
    child = make_person(
        rng,
        today,
        origin=origin,
        sex=sex,
        min_age=0,
        max_age=min(max_age, max(0, parent_age - 18)),
        address=parent.address,
    )
    return replace(
        child,
        family_name=family_form(parent.family_stem, sex),
        family_stem=parent.family_stem,
        name_prefix=parent.name_prefix,
        birth_name=None,
        title=None,
        nationalities=parent.nationalities,
        birthplace=rng.choice(("Lindenbrück", "Hamm", "Soest", parent.birthplace)),
    )


def _age(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


_ASCII_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ŋ": "ng",
        "Ŋ": "Ng",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "œ": "oe",
    }
)


def ascii_fold(text: str) -> str:
    """Letters without diacritics, as in an e-mail address (``Łukasz Kowalczyk`` → ``Lukasz Kowalczyk``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
    return "".join(char for char in decomposed if char.isascii() and not unicodedata.combining(char))


def email_address(rng: random.Random, person: Person) -> str:
    given = _mail_part(person.given_names.split()[0])
    family = _mail_part(person.family_name)
    local = f"{given}.{family}" if rng.random() < 0.7 else f"{given[:1]}{family}"
    if rng.random() < 0.2:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(E_MAIL_DOMAINS)}"


_GERMAN_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _mail_part(name: str) -> str:
    folded = ascii_fold(name.translate(_GERMAN_TRANSLITERATION)).lower()
    cleaned = "".join(char if char.isalnum() else "-" for char in folded).strip("-")
    return cleaned.replace("--", "-") or "post"


_CALLING_CODES = {
    "AT": "43",
    "CZ": "420",
    "DK": "45",
    "ES": "34",
    "FR": "33",
    "HU": "36",
    "IS": "354",
    "NL": "31",
    "PL": "48",
    "RO": "40",
    "TR": "90",
}


def phone_number(rng: random.Random, address: Address) -> str | None:
    if rng.random() < 0.25:
        return None
    if address.country != "DE":
        code = _CALLING_CODES.get(address.country, "33")
        return f"+{code} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    if rng.random() < 0.6:
        return f"01{rng.choice('567')}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}"
    return f"02999 {rng.randint(1000, 99999)}"
