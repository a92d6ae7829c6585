"""How often each invitation's classification was tried, and how many rows an import left out.

Adding a column makes SQLite rebuild triage_invitation, and the rebuild drops the triggers
that keep its search index (migration 0003) in step with it, so they are made again after
it, both ways.
"""

import importlib

from django.db import migrations, models

search_index = importlib.import_module("triage.migrations.0003_invitation_search_index")
remake_search_triggers = search_index._run(search_index.CREATE)


class Migration(migrations.Migration):
    dependencies = [("triage", "0004_postgres_unaccent")]

    operations = [
        # Undone last: after the column is dropped (and the table rebuilt) again.
        migrations.RunPython(migrations.RunPython.noop, remake_search_triggers),
        migrations.AddField(
            model_name="importbatch",
            name="problem_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="invitation",
            name="classification_attempts",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.RunPython(remake_search_triggers, migrations.RunPython.noop),
    ]
