"""A full-text index of each invitation's name, headline and note, on SQLite.

Searching 100,000 invitations with LIKE '%word%' reads every row; an FTS5
index answers in milliseconds. Triggers keep it in step with every insert,
update and delete, whichever code writes the row. Other databases fall back
to icontains (see triage.selectors).
"""

from collections.abc import Callable
from typing import Any

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

CREATE = [
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS triage_invitation_search USING fts5(
        sender_name, sender_headline, message,
        content='triage_invitation', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER IF NOT EXISTS triage_invitation_search_ai AFTER INSERT ON triage_invitation
    BEGIN
        INSERT INTO triage_invitation_search(rowid, sender_name, sender_headline, message)
        VALUES (new.id, new.sender_name, new.sender_headline, new.message);
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS triage_invitation_search_ad AFTER DELETE ON triage_invitation
    BEGIN
        INSERT INTO triage_invitation_search(triage_invitation_search, rowid, sender_name,
                                             sender_headline, message)
        VALUES ('delete', old.id, old.sender_name, old.sender_headline, old.message);
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS triage_invitation_search_au
    AFTER UPDATE OF sender_name, sender_headline, message ON triage_invitation
    BEGIN
        INSERT INTO triage_invitation_search(triage_invitation_search, rowid, sender_name,
                                             sender_headline, message)
        VALUES ('delete', old.id, old.sender_name, old.sender_headline, old.message);
        INSERT INTO triage_invitation_search(rowid, sender_name, sender_headline, message)
        VALUES (new.id, new.sender_name, new.sender_headline, new.message);
    END
    """,
    "INSERT INTO triage_invitation_search(triage_invitation_search) VALUES ('rebuild')",
]

DROP = [
    "DROP TRIGGER IF EXISTS triage_invitation_search_au",
    "DROP TRIGGER IF EXISTS triage_invitation_search_ad",
    "DROP TRIGGER IF EXISTS triage_invitation_search_ai",
    "DROP TABLE IF EXISTS triage_invitation_search",
]


def _run(statements: list[str]) -> Callable[[Any, BaseDatabaseSchemaEditor], None]:
    def run(apps: Any, schema_editor: BaseDatabaseSchemaEditor) -> None:
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("triage", "0002_dashboard_todo_indexes")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
