"""Editing the letter texts (Textvorlagen): list, check and save, reset to the shipped text, preview.

Only admins change texts (:data:`Action.EDIT_LETTER_TEMPLATES`); every change is in the audit log with the
old and new text. A text is checked by filling it in with several sets of sample values before it is saved,
within stricter bounds than a letter has, so a typing mistake in a placeholder or a runaway repetition is
reported to the admin, not to a clerk approving a case. (A template that behaves differently for real values
still cannot hang a clerk's workstation: letters are bounded too, see :mod:`models.template_sandbox`.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.actors import Actor
from models.db import Database
from models.documents import DocumentKind
from models.german_format import today as german_today
from models.letter_templates import (
    ALL_SERVICES,
    LETTER_LIMITS,
    LetterTemplate,
    LetterTemplateRecord,
    default_template,
    render_template,
    shipped_service_keys,
    stored_or_default,
)
from models.letter_values import placeholders, sample_value_sets, sample_values
from models.letters import InfoBlock, LetterRenderer, RenderedDocument, postal_address
from models.operations.audit_trail import record
from models.operations.correspondence import filled_letter, payment_to_town
from models.operations.rights import operation
from models.permissions import Action
from models.town_config import TownProfile, load_section


@dataclass(frozen=True)
class TemplateEntry:
    template: LetterTemplate
    customised: bool  # an admin saved it; otherwise the shipped text
    placeholders: dict[str, str]  # name → explanation


@operation
def list_letter_templates(db: Database, actor: Actor) -> tuple[TemplateEntry, ...]:
    actor.require(Action.EDIT_LETTER_TEMPLATES)
    with db.read() as session:
        saved = {(r.kind, r.service_key) for r in session.scalars(select(LetterTemplateRecord))}
        keys = [(kind, service) for kind in DocumentKind for service in (ALL_SERVICES, *shipped_service_keys(kind))]
        keys += sorted((DocumentKind(k), s) for k, s in saved if (DocumentKind(k), s) not in keys)
        entries = []
        for kind, service in keys:
            template = stored_or_default(session, kind, service)
            if template is not None:
                entries.append(TemplateEntry(template, (kind.value, service) in saved, placeholders(kind, service)))
        return tuple(entries)


#: A template is checked within a quarter of the bounds a letter has: what passes leaves room for real values
#: (longer lists, longer names) before a clerk's letter reaches a bound.
CHECK_LIMITS = LETTER_LIMITS.scaled(0.25)


def check_letter_template(template: LetterTemplate, town: TownProfile, today: dt.date) -> None:
    """Raise :class:`InvalidInput` when the template cannot be filled in (syntax, unknown placeholder), and
    :class:`TemplateTooCostly` when it costs too much, with any of the sample value sets (typical, many and
    long values, empty lists)."""
    for values in sample_value_sets(template.kind, template.service_key, town, today):
        render_template(template, values, CHECK_LIMITS)


@operation
def save_letter_template(db: Database, actor: Actor, template: LetterTemplate, today: dt.date | None = None) -> None:
    """Check ``template`` (outside any transaction: checking holds no lock), then store it."""
    actor.require(Action.EDIT_LETTER_TEMPLATES)
    today = today or german_today()
    with db.read() as session:
        town = load_section(session, TownProfile)
    check_letter_template(template, town, today)
    with db.write() as session:
        key = (template.kind.value, template.service_key)
        existing = session.get(LetterTemplateRecord, key)
        before = stored_or_default(session, template.kind, template.service_key)
        if existing is None:
            existing = LetterTemplateRecord(kind=key[0], service_key=key[1], updated_by=actor.username)
            session.add(existing)
        existing.subject = template.subject
        existing.salutation = template.salutation
        existing.body = template.body
        existing.updated_by = actor.username
        record(
            session,
            actor,
            "letter_template.saved",
            "letter_template",
            "/".join(key),
            before=before.body if before else None,
            after=template.body,
            subject=template.subject,
        )


@operation
def reset_letter_template(db: Database, actor: Actor, kind: DocumentKind, service_key: str) -> LetterTemplate | None:
    """Back to the shipped text (``None`` when there is none for this service: the general one applies)."""
    actor.require(Action.EDIT_LETTER_TEMPLATES)
    with db.write() as session:
        existing = session.get(LetterTemplateRecord, (kind.value, service_key))
        if existing is not None:
            record(session, actor, "letter_template.reset", "letter_template", f"{kind.value}/{service_key}")
            session.delete(existing)
    return default_template(kind, service_key)


@operation
def preview_letter_template(
    db: Database, actor: Actor, template: LetterTemplate, render_letter: LetterRenderer, today: dt.date | None = None
) -> RenderedDocument:
    """The template filled in with sample values, laid out as the real letter (nothing is stored)."""
    actor.require(Action.EDIT_LETTER_TEMPLATES)
    today = today or german_today()
    with db.read() as session:
        town = load_section(session, TownProfile)
    values = sample_values(template.kind, template.service_key, town, today)
    payment = None
    if template.kind == DocumentKind.FEE_NOTICE:
        payment = payment_to_town(town, 1500, values["verwendungszweck"], today)
    content = filled_letter(
        template,
        values,
        town=town,
        recipient=postal_address(
            name=values["name"], street="Heidestraße", house_number="17", postcode="51147", city="Köln"
        ),
        info=InfoBlock(
            our_reference=town.department,
            case_reference=values["aktenzeichen"],
            date=today,
            clerk=values["sachbearbeitung"],
            phone=town.phone,
            email=town.email,
        ),
        signature=values["sachbearbeitung"],
        payment=payment,
        limits=CHECK_LIMITS,  # what the preview shows, saving accepts
    )
    return render_letter(content)
