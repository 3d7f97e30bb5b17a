"""Agreement summaries (organizations, statuses) for merging without loading reports; bands looked up in one query.

Revision ID: 0002
Revises: 0001
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(sa.Column("organizations", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("statuses", sa.JSON(), nullable=False, server_default="[]"))
    op.execute("UPDATE minhash_bands SET value = CAST(band AS VARCHAR(8)) || ':' || value WHERE value NOT LIKE '%:%'")
    op.create_index("ix_band_value", "minhash_bands", ["value"])
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT agreement_id, organizations, status, date FROM reports "
                                "WHERE agreement_id IS NOT NULL ORDER BY id")).all()
    summary: dict[int, tuple[list, list]] = {}
    for agreement_id, organizations, status, date in rows:
        orgs, statuses = summary.setdefault(agreement_id, ([], []))
        for org in json.loads(organizations) if isinstance(organizations, str) else organizations or []:
            if org not in orgs:
                orgs.append(org)
        statuses.append([status, date])
    for agreement_id, (orgs, statuses) in summary.items():
        bind.execute(sa.text("UPDATE agreements SET organizations = :o, statuses = :s WHERE id = :i"),
                     {"o": json.dumps(orgs), "s": json.dumps(statuses), "i": agreement_id})


def downgrade() -> None:
    op.drop_index("ix_band_value", table_name="minhash_bands")
    op.execute("UPDATE minhash_bands SET value = substr(value, strpos(value, ':') + 1)"
               if op.get_bind().dialect.name == "postgresql"
               else "UPDATE minhash_bands SET value = substr(value, instr(value, ':') + 1)")
    with op.batch_alter_table("agreements") as batch:
        batch.drop_column("statuses")
        batch.drop_column("organizations")
