"""The `unaccent` extension on PostgreSQL, so dashboard search folds accents there too.

SQLite gets the same from its FTS5 index (migration 0003); other databases skip this.
"""

from typing import Any

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor


def _create(apps: Any, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("triage", "0003_invitation_search_index")]

    operations = [migrations.RunPython(_create, migrations.RunPython.noop)]
