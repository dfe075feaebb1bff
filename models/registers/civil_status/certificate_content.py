"""What a civil-status certificate says: the fields of an entry as it stands, in the order of the PStV templates.

The certificates (Personenstandsurkunden, §55 PStG) are filled in on the forms of the Personenstandsverordnung
(§48 PStV): the Eheurkunde after Anlage 6, the Lebenspartnerschaftsurkunde after Anlage 7, the Geburtsurkunde after
Anlage 8 and the Sterbeurkunde after Anlage 9; the certified register printout (beglaubigter Registerausdruck)
follows the register entry itself (Anlagen 2 to 5) and carries the note that it matches the register.

:func:`certificate_content` turns a :class:`~.entries.StandingEntry` (every annotation already applied) into a
:class:`CertificateContent`: plain labelled strings in sections, ready to print, no database needed. The content is
what an issued certificate stores (:func:`content_to_json`) so that it can be printed again exactly as issued
(:func:`content_from_json`).

A Geburtsurkunde shows the names as they stand: a name change recorded as an annotation prints the new name, not
the annotation. Only the register printout shows the annotations (Folgebeurkundungen) themselves, each with its
number, date and text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from models.errors import InvalidInput
from models.german_format import spelled_date
from models.registers.civil_status.entries import PersonRole, RegisterKind, StandingEntry, StandingPerson
from models.registers.civil_status.issued import IssuedKind
from models.registers.residents.resident import Sex

#: How the sex entry reads on a certificate.
SEX_TEXT = {Sex.MALE: "männlich", Sex.FEMALE: "weiblich", Sex.DIVERSE: "divers", Sex.UNSPECIFIED: "ohne Angabe"}

#: The register's name, as the printout and the page head name it.
REGISTER_NAMES = {
    RegisterKind.BIRTH: "Geburtenregister",
    RegisterKind.MARRIAGE: "Eheregister",
    RegisterKind.PARTNERSHIP: "Lebenspartnerschaftsregister",
    RegisterKind.DEATH: "Sterberegister",
}

#: What the event of an entry is called on the register printout.
EVENT_NAMES = {
    RegisterKind.BIRTH: "Geburt",
    RegisterKind.MARRIAGE: "Eheschließung",
    RegisterKind.PARTNERSHIP: "Begründung der Lebenspartnerschaft",
    RegisterKind.DEATH: "Tod",
}

#: The event in the labels of its day and place (``Tag der Begründung``).
EVENT_LABELS = {
    RegisterKind.BIRTH: "Geburt",
    RegisterKind.MARRIAGE: "Eheschließung",
    RegisterKind.PARTNERSHIP: "Begründung",
    RegisterKind.DEATH: "Todes",
}

#: Headings of the persons of an entry, by role (the second spouse or partner gets "2").
ROLE_HEADINGS = {
    PersonRole.CHILD: "Kind",
    PersonRole.MOTHER: "Mutter",
    PersonRole.FATHER: "Vater",
    PersonRole.PARENT: "Elternteil",
    PersonRole.SPOUSE: "Ehegatte",
    PersonRole.PARTNER: "Lebenspartner",
    PersonRole.DECEASED: "Verstorbene Person",
    PersonRole.INFORMANT: "Anzeigende Person",
}

#: The order of the persons on the register printout.
ROLE_ORDER = tuple(ROLE_HEADINGS)
#: Roles of which an entry holds two, numbered on the certificate.
NUMBERED_ROLES = frozenset({PersonRole.SPOUSE, PersonRole.PARTNER})


#: The certificates of §55 PStG: one kind for what is issued and what is printed.
CertificateKind = IssuedKind


#: The certificate's title, as the form prints it.
TITLES = {
    CertificateKind.BIRTH: "Geburtsurkunde",
    CertificateKind.MARRIAGE: "Eheurkunde",
    CertificateKind.PARTNERSHIP: "Lebenspartnerschaftsurkunde",
    CertificateKind.DEATH: "Sterbeurkunde",
    CertificateKind.REGISTER_PRINTOUT: "Beglaubigter Registerausdruck",
}

#: Officer titles (Funktionsbezeichnung, PStV Anlage 1 field 0053).
OFFICER_TITLES = ("Standesbeamtin", "Standesbeamter", "Standesbeamtin/Standesbeamter")


@dataclass(frozen=True)
class CertificateField:
    """One labelled value of the form: ``Familienname`` – ``Nowak-Ğüleç``. A value may hold line breaks."""

    label: str
    value: str


@dataclass(frozen=True)
class CertificateSection:
    """A group of fields under a heading (``Mutter``, ``Ehegatte 1``); the first section may have none."""

    heading: str | None
    fields: tuple[CertificateField, ...]


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on one certificate, as text (dates already spelt out), in printing order."""

    kind: CertificateKind
    title: str  # "Geburtsurkunde"
    registry_office: str  # "Standesamt Lindenbrück"
    register_name: str  # "Geburtenregister"
    register_number: str  # "G 123/2026"
    sections: tuple[CertificateSection, ...]
    remarks: tuple[str, ...]  # the printout's annotations, or notes (Hinweise) of a certificate
    place_of_issue: str  # "Lindenbrück"
    issued_on: dt.date
    officer_name: str
    officer_title: str  # "Standesbeamtin", "Standesbeamter" or "Standesbeamtin/Standesbeamter"
    verification_code: str  # "K7QX-3M9P-2TBW"
    verification_url: str  # what the QR code holds
    certification: str | None = None  # the printout's note that it matches the register (§48 Abs. 1 PStV)

    @property
    def remarks_heading(self) -> str:
        return "Folgebeurkundungen" if self.kind is CertificateKind.REGISTER_PRINTOUT else "Hinweise"

    @property
    def issue_line(self) -> str:
        """``Lindenbrück, den 3. Dezember 2026``."""
        return f"{self.place_of_issue}, den {spelled_date(self.issued_on)}"

    @property
    def fields(self) -> tuple[CertificateField, ...]:
        """Every field of every section, in printing order."""
        return tuple(field for section in self.sections for field in section.fields)


def _optional_date(day: dt.date | None) -> str | None:
    return None if day is None else spelled_date(day)


def _fields(pairs: Iterable[tuple[str, str | None]]) -> tuple[CertificateField, ...]:
    """The fields whose value is recorded; an empty or missing value leaves the field out (§48 Abs. 1 PStV:
    the form is adapted to the facts recorded)."""
    return tuple(CertificateField(label, value) for label, value in pairs if value is not None and value.strip())


def _sex(person: StandingPerson) -> str | None:
    return None if person.sex is None else SEX_TEXT[person.sex]


def _full_person(person: StandingPerson) -> tuple[CertificateField, ...]:
    """The person's names, sex, day and place of birth: a birth or death certificate's main person."""
    return _fields(
        (
            ("Familienname", person.family_name),
            ("Geburtsname", person.birth_name),
            ("Vornamen", person.given_names),
            ("Geschlecht", _sex(person)),
            ("Geburtstag", _optional_date(person.born)),
            ("Geburtsort", person.birth_place),
        )
    )


def _spouse(person: StandingPerson) -> tuple[CertificateField, ...]:
    """A spouse or partner (Anlagen 6 and 7): the name as it stands, the birth name, day and place of birth."""
    return _fields(
        (
            ("Familienname", person.family_name),
            ("Vornamen", person.given_names),
            ("Geburtsname", person.birth_name),
            ("Geburtstag", _optional_date(person.born)),
            ("Geburtsort", person.birth_place),
        )
    )


def _parent(person: StandingPerson) -> tuple[CertificateField, ...]:
    return _fields(
        (
            ("Familienname", person.family_name),
            ("Vornamen", person.given_names),
            ("Geburtsname", person.birth_name),
        )
    )


def _register_person(person: StandingPerson) -> tuple[CertificateField, ...]:
    """Everything the register records of a person, for the printout."""
    return _fields(
        (
            ("Familienname", person.family_name),
            ("Vornamen", person.given_names),
            ("Geburtsname", person.birth_name),
            ("Geschlecht", _sex(person)),
            ("Geburtstag", _optional_date(person.born)),
            ("Geburtsort", person.birth_place),
        )
    )


def _only(entry: StandingEntry, role: PersonRole) -> StandingPerson:
    persons = entry.persons_in(role)
    if not persons:
        raise ValueError(f"entry {entry.register_number} records no {role.value}")
    return persons[0]


def _heading(role: PersonRole, index: int, count: int) -> str:
    heading = ROLE_HEADINGS[role]
    return f"{heading} {index}" if role in NUMBERED_ROLES or count > 1 else heading


def _birth_sections(entry: StandingEntry, without_parents: bool) -> list[CertificateSection]:
    sections = [CertificateSection(None, _full_person(_only(entry, PersonRole.CHILD)))]
    if not without_parents:
        for role in (PersonRole.MOTHER, PersonRole.FATHER, PersonRole.PARENT):
            parents = entry.persons_in(role)
            for index, parent in enumerate(parents, start=1):
                sections.append(CertificateSection(_heading(role, index, len(parents)), _parent(parent)))
    return sections


def _couple_sections(entry: StandingEntry, role: PersonRole) -> list[CertificateSection]:
    couple = entry.persons_in(role)
    if len(couple) != 2:
        raise ValueError(f"entry {entry.register_number} records {len(couple)} persons as {role.value}, not 2")
    sections = [CertificateSection(_heading(role, index, 2), _spouse(p)) for index, p in enumerate(couple, start=1)]
    sections.append(_event_section(entry))
    return sections


def _event_section(entry: StandingEntry) -> CertificateSection:
    """Day and place of the entry's event, under its name (``Eheschließung``: ``Tag der Eheschließung``)."""
    event = EVENT_NAMES[entry.kind]
    short = EVENT_LABELS[entry.kind]
    return CertificateSection(
        event, _fields(((f"Tag der {short}", spelled_date(entry.event_date)), (f"Ort der {short}", entry.event_place)))
    )


def _death_sections(entry: StandingEntry) -> list[CertificateSection]:
    deceased = _full_person(_only(entry, PersonRole.DECEASED))
    death = _fields((("Sterbetag", spelled_date(entry.event_date)), ("Sterbeort", entry.event_place)))
    return [CertificateSection(None, deceased + death)]


def _printout_sections(entry: StandingEntry) -> list[CertificateSection]:
    sections = []
    for role in ROLE_ORDER:
        persons = entry.persons_in(role)
        for index, person in enumerate(persons, start=1):
            sections.append(CertificateSection(_heading(role, index, len(persons)), _register_person(person)))
    sections.append(_event_section(entry))
    sections.append(
        CertificateSection(
            "Beurkundung",
            _fields((("Tag der Beurkundung", spelled_date(entry.recorded_on)), ("Urkundsperson", entry.officer_name))),
        )
    )
    return sections


def annotation_remark(number: int, recorded_on: dt.date, officer_name: str, text: str) -> str:
    """One annotation as the printout shows it: number, date, text and the officer who recorded it."""
    return f"Nr. {number} vom {spelled_date(recorded_on)}: {text.strip()} ({officer_name})"


def certificate_content(
    kind: CertificateKind,
    entry: StandingEntry,
    *,
    registry_office: str,
    place_of_issue: str,
    issued_on: dt.date,
    officer_name: str,
    officer_title: str,
    verification_code: str,
    verification_url: str,
    without_parents: bool = False,
    remarks: tuple[str, ...] = (),
) -> CertificateContent:
    """The certificate of ``kind`` from ``entry`` as it stands (see the module's description).

    ``without_parents`` gives the Geburtsurkunde without the parents (§59 Abs. 2 PStG); ``remarks`` are notes
    (Hinweise) the officer adds. A kind that does not fit the entry's register (an Eheurkunde from a birth entry)
    is refused with :class:`InvalidInput`; ``without_parents`` on another kind and an entry without the persons its
    certificate names raise ValueError (a programming error: recording checks the roles).
    """
    if not kind.fits(entry.kind):
        raise InvalidInput("certificate_kind", "other_register")
    if without_parents and kind is not CertificateKind.BIRTH:
        raise ValueError("only a Geburtsurkunde is issued without the parents")
    if kind is CertificateKind.BIRTH:
        sections = _birth_sections(entry, without_parents)
    elif kind is CertificateKind.MARRIAGE:
        sections = _couple_sections(entry, PersonRole.SPOUSE)
    elif kind is CertificateKind.PARTNERSHIP:
        sections = _couple_sections(entry, PersonRole.PARTNER)
    elif kind is CertificateKind.DEATH:
        sections = _death_sections(entry)
    else:
        sections = _printout_sections(entry)
    certification = None
    notes = tuple(remark.strip() for remark in remarks if remark.strip())
    if kind is CertificateKind.REGISTER_PRINTOUT:
        annotations = tuple(
            annotation_remark(a.number, a.recorded_on, a.officer_name, a.text) for a in entry.annotations
        )
        notes = annotations + notes
        certification = (
            f"Die Übereinstimmung dieses Ausdrucks mit dem Eintrag im {REGISTER_NAMES[entry.kind]} wird beglaubigt."
        )
    return CertificateContent(
        kind=kind,
        title=TITLES[kind],
        registry_office=registry_office,
        register_name=REGISTER_NAMES[entry.kind],
        register_number=entry.register_number,
        sections=tuple(sections),
        remarks=notes,
        place_of_issue=place_of_issue,
        issued_on=issued_on,
        officer_name=officer_name,
        officer_title=officer_title,
        verification_code=verification_code,
        verification_url=verification_url,
        certification=certification,
    )


# -- stored as JSON ------------------------------------------------------------------------------------------


def content_to_json(content: CertificateContent) -> dict[str, Any]:
    """The content as plain JSON (strings, lists, an ISO date), for storing with the issued certificate."""
    return {
        "kind": content.kind.value,
        "title": content.title,
        "registry_office": content.registry_office,
        "register_name": content.register_name,
        "register_number": content.register_number,
        "sections": [
            {"heading": section.heading, "fields": [[field.label, field.value] for field in section.fields]}
            for section in content.sections
        ],
        "remarks": list(content.remarks),
        "place_of_issue": content.place_of_issue,
        "issued_on": content.issued_on.isoformat(),
        "officer_name": content.officer_name,
        "officer_title": content.officer_title,
        "verification_code": content.verification_code,
        "verification_url": content.verification_url,
        "certification": content.certification,
    }


def content_from_json(data: Mapping[str, Any]) -> CertificateContent:
    """The content stored by :func:`content_to_json`, to print the certificate again exactly as issued."""
    return CertificateContent(
        kind=CertificateKind(data["kind"]),
        title=str(data["title"]),
        registry_office=str(data["registry_office"]),
        register_name=str(data["register_name"]),
        register_number=str(data["register_number"]),
        sections=tuple(
            CertificateSection(
                None if section["heading"] is None else str(section["heading"]),
                tuple(CertificateField(str(label), str(value)) for label, value in section["fields"]),
            )
            for section in data["sections"]
        ),
        remarks=tuple(str(remark) for remark in data["remarks"]),
        place_of_issue=str(data["place_of_issue"]),
        issued_on=dt.date.fromisoformat(data["issued_on"]),
        officer_name=str(data["officer_name"]),
        officer_title=str(data["officer_title"]),
        verification_code=str(data["verification_code"]),
        verification_url=str(data["verification_url"]),
        certification=None if data.get("certification") is None else str(data["certification"]),
    )
