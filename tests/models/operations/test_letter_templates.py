"""Letter texts as templates: shipped defaults, the sandbox, admin edits, and the letters written from them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.db import Database
from models.documents import DocumentKind
from models.errors import InvalidInput, PermissionDenied
from models.letter_templates import ALL_SERVICES, LetterTemplate, default_template, render_template
from models.letter_values import placeholders, sample_values
from models.operations.claims import claim_case
from models.operations.letter_templates import (
    list_letter_templates,
    preview_letter_template,
    reset_letter_template,
    save_letter_template,
)
from models.operations.transitions import transition_case
from models.town_config import TownProfile
from tests.conftest import Staff
from tests.printing.letter_samples import read_pdf
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, new_case

TODAY = dt.date(2026, 11, 25)


def template(
    body: str, *, subject: str = "Betreff {{ aktenzeichen }}", salutation: str = "{{ anrede }}"
) -> LetterTemplate:
    return LetterTemplate(DocumentKind.CONFIRMATION_LETTER, ALL_SERVICES, subject, salutation, body)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_ships_a_text_that_fills_in_with_its_placeholders(kind: DocumentKind) -> None:
    shipped = default_template(kind)
    assert shipped is not None
    text = render_template(shipped, sample_values(kind, ALL_SERVICES, TownProfile(), TODAY))
    assert text.subject
    assert text.paragraphs
    assert text.salutation == "Guten Tag Erika Mustermann,"
    assert not any("{{" in p or "{%" in p for p in text.paragraphs)


def test_values_are_data_not_markup_or_template_code() -> None:
    values = {"anrede": "Guten Tag,", "aktenzeichen": "{{ 7 * 7 }}", "name": "<b>Müller & Söhne</b>"}
    text = render_template(template("Hallo {{ name }}, Zeichen {{ aktenzeichen }}."), values)
    assert text.paragraphs == ("Hallo <b>Müller & Söhne</b>, Zeichen {{ 7 * 7 }}.",)
    assert text.subject == "Betreff {{ 7 * 7 }}"


@pytest.mark.parametrize(
    "body",
    [
        "{{ name.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{% for x in unterlagen.append('x') %}{% endfor %}",
    ],
)
def test_the_sandbox_reaches_nothing_but_the_values(body: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        render_template(template(body), {"anrede": "", "aktenzeichen": "1", "name": "A", "unterlagen": ["a"]})
    assert caught.value.field == "body"


def test_mistakes_name_the_field_the_line_and_the_placeholder() -> None:
    with pytest.raises(InvalidInput) as caught:
        render_template(template("Zeile eins\n{{ unbekannt }}"), {"anrede": "", "aktenzeichen": "1"})
    assert caught.value.problem == "unknown_placeholder:unbekannt"
    with pytest.raises(InvalidInput) as caught:
        render_template(template("eins\nzwei {% if %}"), {"anrede": "", "aktenzeichen": "1"})
    assert caught.value.problem.startswith("syntax_error:2:")
    with pytest.raises(InvalidInput) as caught:
        render_template(template("x", subject="{{ "), {"anrede": "", "aktenzeichen": "1"})
    assert caught.value.field == "subject"


def test_blank_lines_separate_paragraphs_and_single_breaks_stay() -> None:
    text = render_template(template("Erster\nAbsatz\n\n\n  \nZweiter"), {"anrede": "", "aktenzeichen": "1"})
    assert text.paragraphs == ("Erster\nAbsatz", "Zweiter")


def test_placeholders_of_a_kind_include_the_common_ones_and_its_own() -> None:
    request = placeholders(DocumentKind.DOCUMENT_REQUEST)
    assert {"anrede", "aktenzeichen", "unterlagen", "frist"} <= request.keys()
    assert "betrag" not in request
    assert "abholtermin" in placeholders(DocumentKind.CONFIRMATION_LETTER, "bulky_waste_pickup")


def test_only_admins_edit_texts(db: Database, staff: Staff) -> None:
    for actor in (staff.clerk, staff.supervisor, staff.registry):
        with pytest.raises(PermissionDenied):
            list_letter_templates(db, actor)
        with pytest.raises(PermissionDenied):
            save_letter_template(db, actor, template("x"))
    entries = list_letter_templates(db, staff.admin)
    kinds = {(e.template.kind, e.template.service_key) for e in entries}
    assert {(k, ALL_SERVICES) for k in DocumentKind} <= kinds
    assert (DocumentKind.CONFIRMATION_LETTER, "bulky_waste_pickup") in kinds
    assert not any(e.customised for e in entries)


def test_an_edited_text_is_used_for_the_next_letter_and_the_change_is_logged(db: Database, staff: Staff) -> None:
    edited = LetterTemplate(
        DocumentKind.REJECTION_LETTER,
        ALL_SERVICES,
        "Bescheid zu {{ leistung }}",
        "{{ anrede }}",
        "Leider nein, weil:\n{{ gruende }}\n\n{{ rechtsbehelfsbelehrung }}",
    )
    save_letter_template(db, staff.admin, edited)
    renderer = RecordingRenderer()
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    result = transition_case(
        db,
        staff.clerk,
        case.id,
        CaseStatus.REJECTED,
        expected_version=case.version,
        comment="Kein Wohnsitz in Lindenbrück",
        render_letter=renderer,
    )
    assert result.document is not None
    letter = renderer.letters[-1]
    assert letter.subject == "Bescheid zu Ersatz-Hundesteuermarke beantragen"
    assert letter.paragraphs[0] == "Leider nein, weil:\nKein Wohnsitz in Lindenbrück"
    assert "Verwaltungsgericht Arnsberg" in letter.paragraphs[1]
    with db.read() as session:
        actions = session.scalars(select(AuditRecord.action).where(AuditRecord.actor == staff.admin.username)).all()
    assert "letter_template.saved" in actions

    assert next(e for e in list_letter_templates(db, staff.admin) if e.customised).template == edited
    assert reset_letter_template(db, staff.admin, DocumentKind.REJECTION_LETTER, ALL_SERVICES) == default_template(
        DocumentKind.REJECTION_LETTER
    )
    assert not any(e.customised for e in list_letter_templates(db, staff.admin))


def test_a_broken_text_is_refused_and_the_saved_one_stays(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as caught:
        save_letter_template(db, staff.admin, template("Guten Tag {{ unbekannt }}"))
    assert caught.value.problem == "unknown_placeholder:unbekannt"
    with pytest.raises(InvalidInput):  # fee placeholders do not exist in a confirmation
        save_letter_template(db, staff.admin, template("{{ betrag }}"))
    assert not any(e.customised for e in list_letter_templates(db, staff.admin))


def test_preview_lays_out_the_text_with_sample_values(db: Database, staff: Staff) -> None:
    fee = default_template(DocumentKind.FEE_NOTICE)
    assert fee is not None
    rendered = preview_letter_template(db, staff.admin, fee, RecordingRenderer(), today=TODAY)
    text = read_pdf(rendered.pdf)[0].text
    assert "Gebührenbescheid – Beispielleistung" in text
    assert "Erika Mustermann" in text
    assert "15,00 €" in text


def test_the_payment_block_stands_where_the_template_puts_it(db: Database, staff: Staff) -> None:
    fee = default_template(DocumentKind.FEE_NOTICE)
    assert fee is not None
    rendered = preview_letter_template(db, staff.admin, fee, RecordingRenderer(), today=TODAY)
    lines = read_pdf(rendered.pdf)[0].text.splitlines()
    block = next(i for i, line in enumerate(lines) if line.startswith("Bitte überweisen Sie:"))
    remedy = next(i for i, line in enumerate(lines) if line.startswith("Rechtsbehelfsbelehrung"))
    scan = next(i for i, line in enumerate(lines) if "GiroCode scannen" in line)
    assert scan < block < remedy
    assert not any("ZAHLUNGSBLOCK" in line for line in lines)

    moved = LetterTemplate(
        fee.kind, fee.service_key, fee.subject, fee.salutation, fee.body.replace("{{ zahlungsblock }}", "")
    )
    lines = read_pdf(preview_letter_template(db, staff.admin, moved, RecordingRenderer(), today=TODAY).pdf)[0].text
    assert lines.index("Bitte überweisen Sie:") > lines.index("Rechtsbehelfsbelehrung")
