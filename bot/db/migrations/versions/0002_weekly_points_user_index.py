"""weekly_points: index on user_id, so forgetting a player needs no table scan

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_weekly_points_user', 'weekly_points', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_weekly_points_user', table_name='weekly_points')
