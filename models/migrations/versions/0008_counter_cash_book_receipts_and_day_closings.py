"""counter cash book: receipts and day closings

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 16:10:00

Payments taken at the counter get a receipt (Quittung) numbered without a gap per year; a cancellation is a receipt
of its own with counter-bookings, never a change. Each workstation's closed day is recorded with its totals.
Receipts and day closings are append-only, like the audit log.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base
from models.migrations.append_only import make_append_only


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'receipts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.Enum('payment', 'cancellation', name='receiptkind', native_enum=False, length=20), nullable=False),
        sa.Column('method', sa.Enum('cash', 'card', 'transfer', 'online', name='paymentmethod', native_enum=False, length=20), nullable=False),
        sa.Column('total_cents', sa.Integer(), nullable=False),
        sa.Column('payer_name', sa.String(length=300), nullable=False),
        sa.Column('workstation', sa.String(length=80), nullable=False),
        sa.Column('business_day', sa.Date(), nullable=False),
        sa.Column('issued_at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column('clerk_username', sa.String(length=80), nullable=False),
        sa.Column('clerk_name', sa.String(length=200), nullable=False),
        sa.Column('cancels_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['cancels_id'], ['receipts.id'], name=op.f('fk_receipts_cancels_id_receipts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
        sa.UniqueConstraint('cancels_id', name=op.f('uq_receipts_cancels_id')),
        sa.UniqueConstraint('number', name=op.f('uq_receipts_number')),
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_business_day'), ['business_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipts_workstation'), ['workstation'], unique=False)
    op.create_table(
        'receipt_counters',
        sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('last_number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('year', name=op.f('pk_receipt_counters')),
    )
    op.create_table(
        'cash_day_closings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workstation', sa.String(length=80), nullable=False),
        sa.Column('business_day', sa.Date(), nullable=False),
        sa.Column('closed_at', models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column('closed_by', sa.String(length=80), nullable=False),
        sa.Column('receipts', sa.Integer(), nullable=False),
        sa.Column('cash_cents', sa.Integer(), nullable=False),
        sa.Column('card_cents', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_day_closings')),
        sa.UniqueConstraint('workstation', 'business_day', name='uq_cash_day_closings_workstation_day'),
    )
    with op.batch_alter_table('fee_payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('receipt_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('cancels_payment_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_fee_payments_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_fee_payments_cancels_payment_id'), ['cancels_payment_id'])
        batch_op.create_foreign_key(
            batch_op.f('fk_fee_payments_receipt_id_receipts'), 'receipts', ['receipt_id'], ['id']
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_fee_payments_cancels_payment_id_fee_payments'), 'fee_payments', ['cancels_payment_id'], ['id']
        )
    make_append_only('receipts')  # a receipt is never changed or deleted: a cancellation is a receipt of its own
    make_append_only('cash_day_closings')


def downgrade() -> None:
    with op.batch_alter_table('fee_payments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_fee_payments_cancels_payment_id_fee_payments'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_fee_payments_receipt_id_receipts'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_fee_payments_cancels_payment_id'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_fee_payments_receipt_id'))
        batch_op.drop_column('cancels_payment_id')
        batch_op.drop_column('receipt_id')
    op.drop_table('cash_day_closings')  # their triggers go with the tables
    op.drop_table('receipt_counters')
    op.drop_table('receipts')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION receipts_append_only()")
        op.execute("DROP FUNCTION cash_day_closings_append_only()")
