"""What ``pactwatch watch`` has alerted, kept in the database it watches (a new database is a new watch):
one row per alert key (``agreement:12``, ``commitment:3:2027-06``, a channel's confirmation, a pending alert)
and the ``@seen`` row, the newest agreement already considered.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_state",
        sa.Column("key", sa.String(400), primary_key=True),
        sa.Column("value", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("watch_state")
