"""Indexes that answer the dashboard's and the API's filters from the index alone, on 100,000 agreements:

- ``agreement_parties (country, agreement_id)`` and ``agreement_sectors (sector, agreement_id)``: the agreements
  of a party or a sector without visiting the table (the single-column indexes held only the row address);
- ``agreements (kind, date)`` and ``(status, date)``: a kind or a status with a period, counted in the index.

Revision ID: 0010
Revises: 0008
"""

from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_agreement_parties_country_agreement", "agreement_parties", ["country", "agreement_id"]),
    ("ix_agreement_sectors_sector_agreement", "agreement_sectors", ["sector", "agreement_id"]),
    ("ix_agreements_kind_date", "agreements", ["kind", "date"]),
    ("ix_agreements_status_date", "agreements", ["status", "date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name == "sqlite":  # the planner weighs the new indexes by their statistics
        op.execute("ANALYZE")


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
