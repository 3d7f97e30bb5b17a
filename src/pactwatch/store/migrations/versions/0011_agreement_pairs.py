"""The pair table: each two parties of a canonical agreement (``a`` before ``b``), so that a merge reads the
agreements of a report's two countries as one range of its key, instead of every agreement of one of them
(which grows with the knowledge base); a report of three or more parties reads its pairs' ranges. Filled here
from ``agreement_parties`` for the agreements already stored.

PostgreSQL: ``reports (agreement_id, id)``, so that an agreement's latest reports are read from the end of that
key (SQLite's index on ``agreement_id`` holds the row id already).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_pairs",
        sa.Column("a", sa.String(8), primary_key=True),
        sa.Column("b", sa.String(8), primary_key=True),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_agreement_pairs_agreement_id", "agreement_pairs", ["agreement_id"])
    # codes in the order Python sorts them (byte order), whatever the database's collation
    before = 'p.country < q.country COLLATE "C"' if op.get_bind().dialect.name == "postgresql" \
        else "p.country < q.country"
    op.execute("INSERT INTO agreement_pairs (a, b, agreement_id) SELECT p.country, q.country, p.agreement_id "
               "FROM agreement_parties p JOIN agreement_parties q ON q.agreement_id = p.agreement_id "
               f"AND {before}")
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_reports_agreement_report", "reports", ["agreement_id", "id"])
    if op.get_bind().dialect.name == "sqlite":  # the planner weighs the new key by its statistics
        op.execute("ANALYZE agreement_pairs")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_reports_agreement_report", table_name="reports")
    op.drop_index("ix_agreement_pairs_agreement_id", table_name="agreement_pairs")
    op.drop_table("agreement_pairs")
