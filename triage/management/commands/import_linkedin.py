"""python manage.py import_linkedin --user USERNAME PATH [PATH ...]"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from triage.services.imports import FileReport, ImportReport, import_file, too_big


class Command(BaseCommand):
    help = (
        "Import received invitations from export .zip/.csv files, .eml/.mbox emails or .txt "
        "pastes, through the same service as the web upload, and queue their classification."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, help="Username to import for.")
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = User.objects.get(username=options["user"])
        except User.DoesNotExist as error:
            raise CommandError(f"No user named {options['user']!r}.") from error
        report = ImportReport()
        for name in options["paths"]:
            report.files.append(self._import_path(user, Path(name)))
        self.stdout.write(report.summary())
        # At most MAX_REJECTION_LINES reasons, then a count of the rest.
        for line in report.rejection_lines():
            self.stdout.write(line)
        if report.rejected_files:
            raise SystemExit(1)

    def _import_path(self, user: User, path: Path) -> FileReport:
        try:
            # Sized before it is read: a file over the limit never enters memory.
            size = path.stat().st_size
            if size > settings.TRIAGE_MAX_UPLOAD_BYTES:
                return too_big(str(path), size)
            data = path.read_bytes()
        except OSError as error:
            return FileReport(str(path), rejected_reason=f"Cannot read it ({error.strerror}).")
        return import_file(user, str(path), data)
