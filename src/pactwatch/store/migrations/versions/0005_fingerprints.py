"""Fingerprints: documents the relevance gate judged irrelevant, kept as the hash of their text only.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fingerprints",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(300), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("outlet", sa.String(300), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("text_hash", name="uq_fingerprints_text_hash"),
    )


def downgrade() -> None:
    op.drop_table("fingerprints")
