"""What a merge needs to weigh only the agreements that could be a report's instrument, and to update an
agreement's summary from its new report alone (resolve/agreements.py):

- ``agreements.tally``: counts of the values its reports give (kinds, names, party sets, dates, quantities);
- ``agreements.span_start`` / ``span_end``: the days its reports tell of; ``pledged``: the first day one of
  them tells of a pledge;
- ``agreement_tokens``: the distinctive words of the names its reports give.

Existing agreements get them at their next merge (from all their reports, once); until then every merge
weighs them, as before. ``pactwatch db remerge`` fills them all.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(sa.Column("tally", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("span_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("span_end", sa.Date(), nullable=True))
        batch.add_column(sa.Column("pledged", sa.Date(), nullable=True))
        batch.create_index("ix_agreements_span_start", ["span_start"])
        batch.create_index("ix_agreements_span_end", ["span_end"])
        batch.create_index("ix_agreements_pledged", ["pledged"])
    op.create_table(
        "agreement_tokens",
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("token", sa.String(100), primary_key=True),
    )
    op.create_index("ix_agreement_tokens_token", "agreement_tokens", ["token"])


def downgrade() -> None:
    op.drop_index("ix_agreement_tokens_token", table_name="agreement_tokens")
    op.drop_table("agreement_tokens")
    with op.batch_alter_table("agreements") as batch:
        batch.drop_index("ix_agreements_pledged")
        batch.drop_index("ix_agreements_span_end")
        batch.drop_index("ix_agreements_span_start")
        batch.drop_column("pledged")
        batch.drop_column("span_end")
        batch.drop_column("span_start")
        batch.drop_column("tally")
