"""Indexes for listing agreements newest first (or by money) with unknown values last.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_agreements_date_id ON agreements (date DESC NULLS LAST, id DESC)")
        op.execute("CREATE INDEX ix_agreements_usd_id ON agreements (usd DESC NULLS LAST, id DESC)")
    else:  # SQLite sorts NULL first ascending, so last descending
        op.execute("CREATE INDEX ix_agreements_date_id ON agreements (date DESC, id DESC)")
        op.execute("CREATE INDEX ix_agreements_usd_id ON agreements (usd DESC, id DESC)")


def downgrade() -> None:
    op.drop_index("ix_agreements_usd_id", table_name="agreements")
    op.drop_index("ix_agreements_date_id", table_name="agreements")
