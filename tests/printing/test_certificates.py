"""Civil-status certificates read back from the PDF: every field of the PStV template, in order, at its place, with
DIN 91379 names printed exactly; the foot with place, date, officer and seal; the QR code scanned back to the
verification address; annotations as they stand; the bottom of the security paper left free.

Positions are millimetres from the top-left corner of the A4 page, measured by :func:`tests.printing.letter_samples.
read_pdf`; the expected figures are those of the issue (A4, the bottom 15 mm free), not constants of the renderer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import unicodedata

import pypdfium2
import pytest
import zxingcpp

from models.errors import InvalidInput
from models.registers.civil_status.certificate_content import (
    TITLES as FORM_TITLES,
)
from models.registers.civil_status.certificate_content import (
    CertificateContent,
    CertificateKind,
    certificate_content,
    content_from_json,
    content_to_json,
    spelled_date,
)
from models.registers.civil_status.entries import (
    Annotation,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    StandingAnnotation,
    StandingEntry,
    StandingPerson,
    entry_as_it_stands,
)
from models.registers.civil_status.issued import IssuedKind
from models.registers.residents.resident import Sex
from printing.certificate import render_certificate, render_certificates
from tests.printing.letter_samples import PageContent, TextLine, read_pdf

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
SERIAL_STRIP = 15.0  # the bottom of the security paper carries its printed serial number
LABEL_COLUMN_END = 60.0  # labels start at the left margin; values start right of this
HEAD_BOTTOM = 20.0  # the short head of a follow-up page lies above this
FOOT_TOP = 200.0  # the place, date and signature lie in the lower part of the last page
URL = "https://lindenbrueck.de/urkunde/K7QX-3M9P-2TBW"
CODE = "K7QX-3M9P-2TBW"
TOLERANCE = 0.5  # mm

#: DIN 91379 names: letters beyond Latin-1, an apostrophe, and a base letter with a combining mark (L + U+0325).
CHILD_FAMILY = "Nowak-Ğüleç"
CHILD_GIVEN = "Łukasz Zoë"
FATHER_FAMILY = "d'Ørsted"
FATHER_GIVEN = "L\u0325ars Jørgen"
MOTHER_GIVEN = "Agnieszka Őrsi"


def person(
    role: PersonRole,
    family: str,
    given: str,
    birth_name: str | None = None,
    sex: Sex | None = None,
    born: dt.date | None = None,
    place: str | None = None,
) -> StandingPerson:
    return StandingPerson(role, family, given, birth_name, sex, born, place, None)


def entry(
    kind: RegisterKind,
    number: str,
    persons: list[StandingPerson],
    annotations: tuple[StandingAnnotation, ...] = (),
) -> StandingEntry:
    return StandingEntry(
        id=1,
        kind=kind,
        register_number=number,
        recorded_on=dt.date(2026, 3, 20),
        event_date=dt.date(2026, 3, 14),
        event_place="Lindenbrück",
        officer_name="Maria Krüger",
        restricted=False,
        persons=tuple(persons),
        annotations=annotations,
        retention_ends=dt.date(2136, 3, 20),
    )


def birth_entry(annotations: tuple[StandingAnnotation, ...] = ()) -> StandingEntry:
    return entry(
        RegisterKind.BIRTH,
        "G 123/2026",
        [
            person(PersonRole.CHILD, CHILD_FAMILY, CHILD_GIVEN, None, Sex.MALE, dt.date(2026, 3, 14), "Lindenbrück"),
            person(PersonRole.MOTHER, CHILD_FAMILY, MOTHER_GIVEN, "Nowak", Sex.FEMALE, dt.date(1990, 1, 2), "Łódź"),
            person(PersonRole.FATHER, FATHER_FAMILY, FATHER_GIVEN, None, Sex.MALE, dt.date(1988, 5, 6), "København"),
        ],
        annotations,
    )


def marriage_entry() -> StandingEntry:
    return entry(
        RegisterKind.MARRIAGE,
        "E 45/2026",
        [
            person(PersonRole.SPOUSE, CHILD_FAMILY, "Agnieszka", "Nowak", Sex.FEMALE, dt.date(1990, 1, 2), "Łódź"),
            person(PersonRole.SPOUSE, CHILD_FAMILY, "Hüseyin", "Ğüleç", Sex.MALE, dt.date(1987, 11, 30), "İzmir"),
        ],
    )


def partnership_entry() -> StandingEntry:
    return entry(
        RegisterKind.PARTNERSHIP,
        "L 3/2016",
        [
            person(PersonRole.PARTNER, FATHER_FAMILY, "Zoë", None, Sex.FEMALE, dt.date(1980, 1, 2), "Aarhus"),
            person(PersonRole.PARTNER, FATHER_FAMILY, "Mette", "Skålund", Sex.FEMALE, dt.date(1982, 3, 4), "Bergen"),
        ],
    )


def death_entry() -> StandingEntry:
    return entry(
        RegisterKind.DEATH,
        "S 77/2026",
        [
            person(PersonRole.DECEASED, "Weiß", "Johann Friedrich", "Weiß", Sex.MALE, dt.date(1931, 2, 3), "Breslau"),
            person(PersonRole.INFORMANT, "Weiß", "Ines", None, Sex.FEMALE, None, None),
        ],
    )


def content(kind: CertificateKind, standing: StandingEntry, **overrides: object) -> CertificateContent:
    fields: dict[str, object] = {
        "registry_office": "Standesamt Lindenbrück",
        "place_of_issue": "Lindenbrück",
        "issued_on": dt.date(2026, 12, 3),
        "officer_name": "Clara Łęcka",
        "officer_title": "Standesbeamtin",
        "verification_code": CODE,
        "verification_url": URL,
    }
    return certificate_content(kind, standing, **(fields | overrides))  # type: ignore[arg-type]


SAMPLES = {
    "birth": (CertificateKind.BIRTH, birth_entry),
    "marriage": (CertificateKind.MARRIAGE, marriage_entry),
    "partnership": (CertificateKind.PARTNERSHIP, partnership_entry),
    "death": (CertificateKind.DEATH, death_entry),
    "printout": (CertificateKind.REGISTER_PRINTOUT, birth_entry),
}

#: The fields of each form in the template's order (PStV Anlagen 6 to 9), as printed for the sample entries.
EXPECTED_FIELDS = {
    "birth": [
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", CHILD_GIVEN),
        ("Geschlecht", "männlich"),
        ("Geburtstag", "14. März 2026"),
        ("Geburtsort", "Lindenbrück"),
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", MOTHER_GIVEN),
        ("Geburtsname", "Nowak"),
        ("Familienname", FATHER_FAMILY),
        ("Vornamen", FATHER_GIVEN),
    ],
    "marriage": [
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", "Agnieszka"),
        ("Geburtsname", "Nowak"),
        ("Geburtstag", "2. Januar 1990"),
        ("Geburtsort", "Łódź"),
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", "Hüseyin"),
        ("Geburtsname", "Ğüleç"),
        ("Geburtstag", "30. November 1987"),
        ("Geburtsort", "İzmir"),
        ("Tag der Eheschließung", "14. März 2026"),
        ("Ort der Eheschließung", "Lindenbrück"),
    ],
    "partnership": [
        ("Familienname", FATHER_FAMILY),
        ("Vornamen", "Zoë"),
        ("Geburtstag", "2. Januar 1980"),
        ("Geburtsort", "Aarhus"),
        ("Familienname", FATHER_FAMILY),
        ("Vornamen", "Mette"),
        ("Geburtsname", "Skålund"),
        ("Geburtstag", "4. März 1982"),
        ("Geburtsort", "Bergen"),
        ("Tag der Begründung", "14. März 2026"),
        ("Ort der Begründung", "Lindenbrück"),
    ],
    "death": [
        ("Familienname", "Weiß"),
        ("Geburtsname", "Weiß"),
        ("Vornamen", "Johann Friedrich"),
        ("Geschlecht", "männlich"),
        ("Geburtstag", "3. Februar 1931"),
        ("Geburtsort", "Breslau"),
        ("Sterbetag", "14. März 2026"),
        ("Sterbeort", "Lindenbrück"),
    ],
    "printout": [
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", CHILD_GIVEN),
        ("Geschlecht", "männlich"),
        ("Geburtstag", "14. März 2026"),
        ("Geburtsort", "Lindenbrück"),
        ("Familienname", CHILD_FAMILY),
        ("Vornamen", MOTHER_GIVEN),
        ("Geburtsname", "Nowak"),
        ("Geschlecht", "weiblich"),
        ("Geburtstag", "2. Januar 1990"),
        ("Geburtsort", "Łódź"),
        ("Familienname", FATHER_FAMILY),
        ("Vornamen", FATHER_GIVEN),
        ("Geschlecht", "männlich"),
        ("Geburtstag", "6. Mai 1988"),
        ("Geburtsort", "København"),
        ("Tag der Geburt", "14. März 2026"),
        ("Ort der Geburt", "Lindenbrück"),
        ("Tag der Beurkundung", "20. März 2026"),
        ("Urkundsperson", "Maria Krüger"),
    ],
}
TITLES = {
    "birth": "Geburtsurkunde",
    "marriage": "Eheurkunde",
    "partnership": "Lebenspartnerschaftsurkunde",
    "death": "Sterbeurkunde",
    "printout": "Beglaubigter Registerausdruck",
}
HEADINGS = {
    "birth": ["Mutter", "Vater"],
    "marriage": ["Ehegatte 1", "Ehegatte 2", "Eheschließung"],
    "partnership": ["Lebenspartner 1", "Lebenspartner 2", "Begründung der Lebenspartnerschaft"],
    "death": [],
    "printout": ["Kind", "Mutter", "Vater", "Geburt", "Beurkundung"],
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def render_sample(name: str) -> tuple[CertificateContent, list[PageContent]]:
    kind, make = SAMPLES[name]
    sample = content(kind, make())
    return sample, read_pdf(render_certificate(sample))


def field_rows(pages: list[PageContent]) -> list[tuple[TextLine, TextLine]]:
    """(label, value) of every form row, page by page (above the foot on the last), top to bottom."""
    last = len(pages)
    return [row for number, page in enumerate(pages, start=1) for row in page_rows(page, last=number == last)]


def page_rows(page: PageContent, *, last: bool = True) -> list[tuple[TextLine, TextLine]]:
    """The form rows of one page: a small grey label in the left column with the first line of its value to its
    right on the same baseline (a label wrapped over two lines is joined)."""
    foot = FOOT_TOP if last else PAGE_HEIGHT - SERIAL_STRIP - 8.0  # above "Seite x von y"
    rows: list[tuple[TextLine, TextLine]] = []
    values = [line for line in page.lines if line.x0 > LABEL_COLUMN_END and line.top < foot]
    for label in sorted(page.lines, key=lambda line: line.top):
        if not HEAD_BOTTOM < label.top < foot or label.x0 >= LABEL_COLUMN_END or label.sizes != frozenset({8.0}):
            continue
        level = [value for value in values if abs(value.bottom - label.bottom) < 1.5]
        if level:
            rows.append((label, min(level, key=lambda value: value.x0)))
        elif rows and 0 < label.top - rows[-1][0].top < 5.0:  # the second line of a label
            first = rows[-1][0]
            joined = dataclasses.replace(first, text=f"{first.text} {label.text}", x1=max(first.x1, label.x1))
            rows[-1] = (joined, rows[-1][1])
    return rows


def scanned_codes(pdf: bytes, page: int = -1) -> list[tuple[str, float, float, float, float]]:
    """Every QR code on the page rasterised at 200 dpi: its text and box (left, top, right, bottom) in mm."""
    scale = 200 / 72
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page if page >= 0 else len(document) + page].render(scale=scale).to_pil()
    finally:
        document.close()
    found = []
    for barcode in zxingcpp.read_barcodes(image):
        assert barcode.format == zxingcpp.BarcodeFormat.QRCode
        corners = [barcode.position.top_left, barcode.position.bottom_right]
        xs = [corner.x / scale * 25.4 / 72 for corner in corners]
        ys = [corner.y / scale * 25.4 / 72 for corner in corners]
        found.append((barcode.text, min(xs), min(ys), max(xs), max(ys)))
    return found


# -- the forms -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_every_field_prints_in_the_order_of_the_template_with_its_value_right_of_its_label(name: str) -> None:
    sample, pages = render_sample(name)
    rows = field_rows(pages)
    printed = [(label.text, nfc(value.text)) for label, value in rows]
    assert printed == [(label, nfc(value)) for label, value in EXPECTED_FIELDS[name]]
    assert [(f.label, f.value) for f in sample.fields] == EXPECTED_FIELDS[name]
    for label, value in rows:
        assert value.x0 > label.x1 + 2.0, (label.text, value.text)
        assert label.x0 == pytest.approx(rows[0][0].x0, abs=TOLERANCE)  # one label column
        assert value.x0 == pytest.approx(rows[0][1].x0, abs=TOLERANCE)  # one value column
        assert max(label.sizes) < min(value.sizes)  # labels small, values larger
    places = [
        (number, value.top)
        for number, page in enumerate(pages, start=1)
        for _, value in page_rows(page, last=number == len(pages))
    ]
    assert len(places) == len(rows)
    assert places == sorted(places)
    assert len(set(places)) == len(places)


@pytest.mark.parametrize("name", SAMPLES)
def test_the_head_names_the_office_the_title_centred_and_the_register_number_right(name: str) -> None:
    sample, pages = render_sample(name)
    first = pages[0]
    title = first.find(TITLES[name])
    office = first.find("Standesamt Lindenbrück")
    number = first.find(f"Registernummer {sample.register_number}")
    assert max(title.sizes) >= 18
    assert max(title.sizes) > max(office.sizes)
    assert (title.x0 + title.x1) / 2 == pytest.approx(PAGE_WIDTH / 2, abs=5.0)
    assert office.x0 < 40
    assert number.x1 > 170
    assert office.bottom < title.top
    assert number.bottom < title.top
    assert title.bottom < field_rows(pages)[0][0].top
    headings = [line.text for page in pages for line in page.lines if line.text in HEADINGS[name]]
    assert headings == HEADINGS[name]


@pytest.mark.parametrize("name", SAMPLES)
def test_the_foot_has_place_and_date_officer_seal_and_the_code_below_the_fields(name: str) -> None:
    _sample, pages = render_sample(name)
    last = pages[-1]
    issue = last.find("Lindenbrück, den 3. Dezember 2026")
    officer = last.find("Clara Łęcka")
    title = last.find("Standesbeamtin")
    seal = last.find("Siegel")
    code = last.find(f"Prüfcode: {CODE}")
    lowest_field = max(value.bottom for _, value in field_rows([last]))
    assert lowest_field < issue.top < seal.top
    assert issue.bottom + 15.0 < officer.top < title.top  # room for the signature above the name
    assert officer.x0 > seal.x1
    assert code.x1 < seal.x0
    seal_circle = [s for s in last.strokes if s.x0 < seal.x0 and s.x1 > seal.x1 and s.top < seal.top]
    assert seal_circle
    assert seal_circle[0].x1 - seal_circle[0].x0 > 20.0


@pytest.mark.parametrize("name", SAMPLES)
def test_nothing_lies_outside_the_page_or_on_the_serial_strip(name: str) -> None:
    _, pages = render_sample(name)
    for page in pages:
        assert page.glyphs
        for glyph in page.glyphs:
            assert 10.0 <= glyph.x0 <= glyph.x1 <= PAGE_WIDTH - 10.0, glyph  # a combining mark has no width
            assert 5.0 <= glyph.top < glyph.bottom <= PAGE_HEIGHT - SERIAL_STRIP, glyph
        for stroke in page.strokes:
            assert 10.0 <= stroke.x0 <= stroke.x1 <= PAGE_WIDTH - 10.0, stroke
            assert stroke.bottom <= PAGE_HEIGHT - SERIAL_STRIP, stroke


@pytest.mark.parametrize("name", SAMPLES)
def test_the_qr_code_scans_as_the_verification_address_at_the_bottom_left(name: str) -> None:
    kind, make = SAMPLES[name]
    pdf = render_certificate(content(kind, make()))
    ((text, left, top, right, bottom),) = scanned_codes(pdf)
    assert text == URL
    assert left < 60.0
    assert top > FOOT_TOP
    assert bottom < PAGE_HEIGHT - SERIAL_STRIP
    assert right - left > 15.0  # large enough for a phone camera
    code = read_pdf(pdf)[-1].find(f"Prüfcode: {CODE}")
    assert code.top > bottom
    assert code.x0 < right


# -- names and annotations ------------------------------------------------------------------------------


def test_din91379_names_print_exactly() -> None:
    _, pages = render_sample("printout")
    values = {nfc(value.text) for _, value in field_rows(pages)}
    for name in (CHILD_FAMILY, CHILD_GIVEN, FATHER_FAMILY, FATHER_GIVEN, MOTHER_GIVEN, "Łódź", "København"):
        assert nfc(name) in values
    assert "Clara Łęcka" in [line.text for line in pages[-1].lines]


def recorded_birth_entry(annotations: list[Annotation]) -> StandingEntry:
    """A birth entry as recorded (mapped rows, not stored) with the annotations applied by the register's rule."""
    recorded = CivilEntry(
        id=7,
        kind=RegisterKind.BIRTH,
        year=2026,
        number=123,
        recorded_on=dt.date(2026, 3, 20),
        event_date=dt.date(2026, 3, 14),
        event_place="Lindenbrück",
        officer_name="Maria Krüger",
        restricted=False,
    )
    persons = [
        EntryPerson(id=1, role=PersonRole.CHILD, family_name="Nowak", given_names=CHILD_GIVEN, birth_name=None,
                    sex=Sex.MALE, born=dt.date(2026, 3, 14), birth_place="Lindenbrück", resident_id=None),
        EntryPerson(id=2, role=PersonRole.MOTHER, family_name="Nowak", given_names=MOTHER_GIVEN, birth_name=None,
                    sex=Sex.FEMALE, born=None, birth_place=None, resident_id=None),
    ]  # fmt: skip
    return entry_as_it_stands(recorded, persons, annotations)


NAME_CHANGE_TEXT = (
    "Der Familienname des Kindes lautet auf Grund der Erklärung der Eltern vom 28. Mai 2026 nunmehr "
    "„Nowak-Ğüleç“. Lindenbrück, den 1. Juni 2026."
)


def name_change() -> Annotation:
    return Annotation(
        number=1,
        kind=AnnotationKind.NAME_CHANGE,
        recorded_on=dt.date(2026, 6, 1),
        officer_name="Petra Schmidt",
        text=NAME_CHANGE_TEXT,
        changes=[{"role": "child", "field": "family_name", "value": CHILD_FAMILY}],
    )


def test_a_name_change_annotation_prints_the_new_name_on_the_birth_certificate() -> None:
    before = read_pdf(render_certificate(content(CertificateKind.BIRTH, recorded_birth_entry([]))))
    after_pages = read_pdf(render_certificate(content(CertificateKind.BIRTH, recorded_birth_entry([name_change()]))))
    assert field_rows(before)[0][1].text == "Nowak"
    (label, value) = field_rows(after_pages)[0]
    assert (label.text, nfc(value.text)) == ("Familienname", nfc(CHILD_FAMILY))
    assert "Folgebeurkundungen" not in after_pages[0].text
    assert not any("Erklärung der Eltern" in page.text for page in after_pages)  # the certificate shows the result
    mother = [nfc(v.text) for label, v in field_rows(after_pages) if label.text == "Familienname"][1]
    assert mother == "Nowak"  # only the child's name changed


def test_the_register_printout_shows_each_annotation_with_number_date_and_text() -> None:
    second = Annotation(
        number=2,
        kind=AnnotationKind.DEATH,
        recorded_on=dt.date(2026, 11, 2),
        officer_name="Clara Łęcka",
        text="Das Kind ist am 30. Oktober 2026 in Lindenbrück verstorben (Sterberegister S 88/2026).",
        changes=[],
    )
    standing = recorded_birth_entry([name_change(), second])
    pages = read_pdf(render_certificate(content(CertificateKind.REGISTER_PRINTOUT, standing)))
    text = " ".join(" ".join(page.text.split()) for page in pages)
    assert "Folgebeurkundungen" in text
    first_at = text.index(f"Nr. 1 vom 1. Juni 2026: {' '.join(NAME_CHANGE_TEXT.split())} (Petra Schmidt)")
    second_at = text.index("Nr. 2 vom 2. November 2026: Das Kind ist am 30. Oktober 2026 in Lindenbrück verstorben")
    assert first_at < second_at
    assert nfc(CHILD_FAMILY) in [nfc(value.text) for _, value in field_rows(pages)]  # applied as well
    assert "Die Übereinstimmung dieses Ausdrucks mit dem Eintrag im Geburtenregister wird beglaubigt." in text


def test_the_birth_certificate_without_parents_names_no_parent() -> None:
    sample = content(CertificateKind.BIRTH, birth_entry(), without_parents=True)
    pages = read_pdf(render_certificate(sample))
    text = pages[0].text
    assert [(label.text, nfc(value.text)) for label, value in field_rows(pages)] == [
        (label, nfc(value)) for label, value in EXPECTED_FIELDS["birth"][:5]
    ]
    for absent in ("Mutter", "Vater", "Eltern", "Agnieszka", "Őrsi", "Ørsted", "Jørgen", "Geburtsname"):
        assert absent not in text
    assert "Geburtsurkunde" in text


# -- refused, stored, long ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "make"),
    [
        (CertificateKind.MARRIAGE, birth_entry),
        (CertificateKind.BIRTH, marriage_entry),
        (CertificateKind.DEATH, partnership_entry),
        (CertificateKind.PARTNERSHIP, death_entry),
    ],
)
def test_a_certificate_of_another_register_is_refused(kind: CertificateKind, make: object) -> None:
    with pytest.raises(InvalidInput) as refused:
        content(kind, make())  # type: ignore[operator]
    assert (refused.value.field, refused.value.problem) == ("certificate_kind", "other_register")


def test_only_the_birth_certificate_is_issued_without_parents() -> None:
    with pytest.raises(ValueError, match="without the parents"):
        content(CertificateKind.REGISTER_PRINTOUT, birth_entry(), without_parents=True)


def test_the_printout_is_issued_from_every_register_and_the_kinds_match_the_issued_kinds() -> None:
    for make in (birth_entry, marriage_entry, partnership_entry, death_entry):
        standing = make()
        printout = content(CertificateKind.REGISTER_PRINTOUT, standing)
        assert printout.register_number == standing.register_number
        assert len(printout.fields) >= 6
    assert set(FORM_TITLES) == set(IssuedKind)
    assert FORM_TITLES[CertificateKind.BIRTH] == "Geburtsurkunde"


def test_the_content_survives_json_and_prints_the_same_again() -> None:
    standing = recorded_birth_entry([name_change()])
    for kind in (CertificateKind.BIRTH, CertificateKind.REGISTER_PRINTOUT):
        original = content(kind, standing)
        stored = json.loads(json.dumps(content_to_json(original)))
        assert content_from_json(stored) == original
        again, first = read_pdf(render_certificate(content_from_json(stored))), read_pdf(render_certificate(original))
        assert [page.text for page in again] == [page.text for page in first]


def test_long_values_wrap_inside_the_value_column() -> None:
    long_given = " ".join(["Maximilian-Ğüleç Bartholomäus Friedrich-Wilhelm"] * 3)  # about 150 characters
    standing = dataclasses.replace(
        birth_entry(), persons=(person(PersonRole.CHILD, CHILD_FAMILY, long_given, None, Sex.MALE, None, None),)
    )
    pages = read_pdf(render_certificate(content(CertificateKind.BIRTH, standing)))
    rows = field_rows(pages)
    index = [label.text for label, _ in rows].index("Vornamen")
    value, next_label = rows[index][1], rows[index + 1][0]
    printed = [
        line
        for line in pages[0].lines
        if line.x0 == pytest.approx(value.x0, abs=TOLERANCE)
        and value.top <= line.top
        and line.bottom < next_label.bottom - 1.5
    ]
    assert len(printed) >= 2  # wrapped, not run over the margin
    assert nfc(" ".join(line.text for line in printed)) == nfc(long_given)
    assert all(line.x1 <= 190.5 for line in pages[0].lines)


def test_a_printout_with_many_annotations_goes_on_over_pages_with_the_foot_on_the_last() -> None:
    annotations = tuple(
        StandingAnnotation(
            number, AnnotationKind.CORRECTION, dt.date(2026, 4, 1) + dt.timedelta(days=number), "Petra Schmidt",
            f"Berichtigung {number}: Der Geburtsort der Mutter lautet richtig „Łódź“ statt „Lodz“; "
            "berichtigt auf Grund der vorgelegten Geburtsurkunde des Standesamts.",
        )
        for number in range(1, 31)
    )  # fmt: skip
    pdf = render_certificate(content(CertificateKind.REGISTER_PRINTOUT, birth_entry(annotations)))
    pages = read_pdf(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.find(f"Seite {number} von {len(pages)}")
        assert all(glyph.bottom <= PAGE_HEIGHT - SERIAL_STRIP for glyph in page.glyphs)
        assert ("Lindenbrück, den 3. Dezember 2026" in page.text) is (number == len(pages))
    text = " ".join(" ".join(page.text.split()) for page in pages)
    positions = [text.index(f"Nr. {number} vom {spelled_date(dt.date(2026, 4, 1) + dt.timedelta(days=number))}:")
                 for number in range(1, 31)]  # fmt: skip
    assert positions == sorted(positions)
    assert pages[1].find("Registernummer G 123/2026")  # every page names the entry
    assert [code[0] for code in scanned_codes(pdf)] == [URL]
    assert scanned_codes(pdf, 0) == []


def test_several_certificates_render_at_once() -> None:
    contents = [content(kind, make()) for kind, make in SAMPLES.values()]
    pdfs = render_certificates(contents)
    assert [read_pdf(pdf)[0].find(TITLES[name]).text for name, pdf in zip(SAMPLES, pdfs, strict=True)] == list(
        TITLES.values()
    )


def test_qr_codes_of_many_different_codes_scan() -> None:
    """The QR codes use one fixed data mask (see :mod:`printing.certificate_qr`): codes of varied content and length
    must still scan."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for index in range(24):
        code = "-".join(
            "".join(alphabet[(index * 7 + group * 5 + i * 11) % 32] for i in range(4)) for group in range(3)
        )
        url = f"https://{'stadt-' * (index % 4)}lindenbrueck.de/urkunde/{code}" + "?p=1" * (index % 3)
        pdf = render_certificate(
            content(CertificateKind.DEATH, death_entry(), verification_url=url, verification_code=code)
        )
        assert [found[0] for found in scanned_codes(pdf)] == [url]
