"""catalogue as data: departments, keywords, fee rules, documents, shipped values

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:00:00

Every service gets its department, search words, fee rule, required documents, whether its identifier is a
confirmed LeiKa id (and the identifiers it had before), a version for optimistic locking, and the values Amtsstube
shipped last (``shipped``). The services already there get as ``shipped`` what revision 0007's catalogue shipped, so
that the next ``ensure_catalogue`` updates exactly the fields the town left unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

#: What the catalogue shipped up to this revision: key, name, fee, days, role, schema, identifier.
_SHIPPED_BEFORE: list[tuple[str, str, int, int, str, str | None, str | None]] = [
    ('bulky_waste_pickup', 'Sperrmüllabholung anmelden', 0, 10, 'clerk', 'https://schema.amtsstube.example/bulky_waste_pickup/1.0.schema.json', 'urn:de:lindenbrueck:leistung:bulky_waste_pickup'),
    ('e_waste_pickup', 'Elektroschrott-Abholung anmelden', 0, 10, 'clerk', 'https://schema.amtsstube.example/e_waste_pickup/1.0.schema.json', 'urn:de:lindenbrueck:leistung:e_waste_pickup'),
    ('dog_registration', 'Hund anmelden (Hundesteuer)', 0, 10, 'clerk', 'https://schema.amtsstube.example/dog_registration/1.0.schema.json', 'urn:de:lindenbrueck:leistung:dog_registration'),
    ('dog_deregistration', 'Hund abmelden (Hundesteuer)', 0, 10, 'clerk', 'https://schema.amtsstube.example/dog_deregistration/1.0.schema.json', 'urn:de:lindenbrueck:leistung:dog_deregistration'),
    ('dog_tax_reduction', 'Hundesteuer: Ermäßigung oder Befreiung beantragen', 0, 20, 'clerk', None, 'urn:de:lindenbrueck:leistung:dog_tax_reduction'),
    ('waste_bin_change', 'Abfallbehälter bestellen, tauschen oder abmelden', 0, 10, 'clerk', 'https://schema.amtsstube.example/waste_bin_change/1.0.schema.json', 'urn:de:lindenbrueck:leistung:waste_bin_change'),
    ('residence_registration', 'Wohnsitz anmelden', 0, 3, 'clerk', 'https://schema.amtsstube.example/residence_registration/1.0.schema.json', 'urn:de:lindenbrueck:leistung:residence_registration'),
    ('residence_deregistration', 'Wohnsitz abmelden (Wegzug ins Ausland)', 0, 3, 'clerk', None, 'urn:de:lindenbrueck:leistung:residence_deregistration'),
    ('residence_certificate', 'Meldebescheinigung beantragen', 500, 3, 'clerk', None, 'urn:de:lindenbrueck:leistung:residence_certificate'),
    ('register_information', 'Einfache Melderegisterauskunft (§ 44 BMG)', 1100, 5, 'clerk', 'https://schema.amtsstube.example/register_information/1.0.schema.json', 'urn:de:lindenbrueck:leistung:register_information'),
    ('register_information_extended', 'Erweiterte Melderegisterauskunft (§ 45 BMG)', 1500, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:register_information_extended'),
    ('information_block', 'Auskunftssperre im Melderegister beantragen', 0, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:information_block'),
    ('transmission_block', 'Übermittlungssperre einrichten', 0, 5, 'clerk', None, 'urn:de:lindenbrueck:leistung:transmission_block'),
    ('postal_vote', 'Briefwahlunterlagen beantragen', 0, 2, 'clerk', None, 'urn:de:lindenbrueck:leistung:postal_vote'),
    ('residents_parking_permit', 'Bewohnerparkausweis beantragen', 3000, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:residents_parking_permit'),
    ('no_parking_zone', 'Halteverbotszone einrichten (Umzug)', 3500, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:no_parking_zone'),
    ('special_use_permit', 'Sondernutzungserlaubnis (Container, Gerüst, Baustelle)', 5000, 20, 'clerk', None, 'urn:de:lindenbrueck:leistung:special_use_permit'),
    ('trade_registration', 'Gewerbe anmelden', 2600, 5, 'clerk', None, 'urn:de:lindenbrueck:leistung:trade_registration'),
    ('trade_change', 'Gewerbe ummelden', 2000, 5, 'clerk', None, 'urn:de:lindenbrueck:leistung:trade_change'),
    ('trade_deregistration', 'Gewerbe abmelden', 1500, 5, 'clerk', None, 'urn:de:lindenbrueck:leistung:trade_deregistration'),
    ('event_notification', 'Veranstaltung anzeigen', 0, 20, 'clerk', None, 'urn:de:lindenbrueck:leistung:event_notification'),
    ('poster_permit', 'Plakatierung genehmigen lassen', 2500, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:poster_permit'),
    ('tree_felling_permit', 'Baumfällung beantragen', 4000, 30, 'clerk', None, 'urn:de:lindenbrueck:leistung:tree_felling_permit'),
    ('house_number', 'Hausnummer zuteilen lassen', 3000, 20, 'clerk', None, 'urn:de:lindenbrueck:leistung:house_number'),
    ('lost_property', 'Fundsache melden oder Verlust anzeigen', 0, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:lost_property'),
    ('street_defect', 'Schaden im Straßenraum melden', 0, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:street_defect'),
    ('grave_rights_extension', 'Grabnutzungsrecht verlängern', 0, 20, 'clerk', None, 'urn:de:lindenbrueck:leistung:grave_rights_extension'),
    ('fishing_licence', 'Fischereischein beantragen', 2000, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:fishing_licence'),
    ('sepa_mandate', 'SEPA-Lastschriftmandat für städtische Abgaben erteilen', 0, 10, 'clerk', None, 'urn:de:lindenbrueck:leistung:sepa_mandate'),
    ('certificate_of_conduct', 'Führungszeugnis beantragen', 1300, 3, 'clerk', None, 'urn:de:lindenbrueck:leistung:certificate_of_conduct'),
    ('birth_certificate', 'Geburtsurkunde beantragen', 1000, 5, 'registry_officer', 'https://schema.amtsstube.example/birth_certificate/1.0.schema.json', 'urn:de:lindenbrueck:leistung:birth_certificate'),
    ('marriage_certificate', 'Eheurkunde beantragen', 1000, 5, 'registry_officer', 'https://schema.amtsstube.example/marriage_certificate/1.0.schema.json', 'urn:de:lindenbrueck:leistung:marriage_certificate'),
    ('partnership_certificate', 'Lebenspartnerschaftsurkunde beantragen', 1000, 5, 'registry_officer', 'https://schema.amtsstube.example/partnership_certificate/1.0.schema.json', 'urn:de:lindenbrueck:leistung:partnership_certificate'),
    ('death_certificate', 'Sterbeurkunde beantragen', 1000, 5, 'registry_officer', 'https://schema.amtsstube.example/death_certificate/1.0.schema.json', 'urn:de:lindenbrueck:leistung:death_certificate'),
    ('register_printout', 'Beglaubigter Registerausdruck beantragen', 1000, 5, 'registry_officer', None, 'urn:de:lindenbrueck:leistung:register_printout'),
    ('marriage_notice', 'Eheschließung anmelden', 4000, 20, 'registry_officer', None, 'urn:de:lindenbrueck:leistung:marriage_notice'),
    ('name_declaration', 'Namenserklärung abgeben', 2500, 20, 'registry_officer', None, 'urn:de:lindenbrueck:leistung:name_declaration'),
    ('online_application_other', 'Online-Antrag (Leistung nicht im Katalog)', 0, 10, 'clerk', None, None),
]


def _shipped(name: str, fee_cents: int, days: int, role: str, schema_uri: str | None, leika_id: str | None) -> dict[str, object]:
    return {
        "name": name,
        "leika_id": leika_id,
        "identifier_confirmed": False,
        "identifier_aliases": [],
        "department": "Bürgerbüro",
        "keywords": [],
        "fee": {"rule": "fixed", "cents": fee_cents},
        "required_documents": [],
        "processing_days": days,
        "schema_uri": schema_uri,
        "handling_role": role,
    }


def upgrade() -> None:
    # Plain ADD COLUMN, also on SQLite: a batch copy of the table would drop it under the cases' foreign keys.
    op.add_column('public_services', sa.Column('identifier_confirmed', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('public_services', sa.Column('identifier_aliases', models.base.JsonType, server_default='[]', nullable=False))
    op.add_column('public_services', sa.Column('department', sa.String(length=80), server_default='Bürgerbüro', nullable=False))
    op.add_column('public_services', sa.Column('keywords', models.base.JsonType, server_default='[]', nullable=False))
    op.add_column('public_services', sa.Column('fee_rule', sa.Enum('fixed', 'per_copy', 'tariff', 'free', name='feerule', native_enum=False, length=20), server_default='fixed', nullable=False))
    op.add_column('public_services', sa.Column('fee_further_copy_cents', sa.Integer(), nullable=True))
    op.add_column('public_services', sa.Column('fee_max_cents', sa.Integer(), nullable=True))
    op.add_column('public_services', sa.Column('fee_basis', sa.String(length=200), nullable=True))
    op.add_column('public_services', sa.Column('required_documents', models.base.JsonType, server_default='[]', nullable=False))
    op.add_column('public_services', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('public_services', sa.Column('shipped', models.base.JsonType, server_default='{}', nullable=False))
    services = sa.table('public_services', sa.column('key', sa.String()), sa.column('shipped', models.base.JsonType))
    for key, name, fee_cents, days, role, schema_uri, leika_id in _SHIPPED_BEFORE:
        shipped = _shipped(name, fee_cents, days, role, schema_uri, leika_id)
        op.execute(services.update().where(services.c.key == key).values(shipped=shipped))


def downgrade() -> None:
    with op.batch_alter_table('public_services', schema=None) as batch_op:
        for column in ('shipped', 'version', 'required_documents', 'fee_basis', 'fee_max_cents',
                       'fee_further_copy_cents', 'fee_rule', 'keywords', 'department', 'identifier_aliases',
                       'identifier_confirmed'):
            batch_op.drop_column(column)
