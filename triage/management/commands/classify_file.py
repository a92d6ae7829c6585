"""Classify corpus-format invitations (JSON lines) with the app's classifier.

Prints one JSON object per input line, in input order, and nothing else on stdout,
so the output can be piped straight into a scorer.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from triage.classifier import classify
from triage.classifier.corpus import load_profiles, output_record, record_from_dict


class Command(BaseCommand):
    help = "Classify a JSON-lines file of invitations against profiles.json; print JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--profiles", required=True, help="profiles.json (corpus format)")
        parser.add_argument("input", help="invitations, one JSON object per line")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            profiles = load_profiles(options["profiles"])
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read profiles {options['profiles']}: {error}") from error
        try:
            lines = open(options["input"], encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot read {options['input']}: {error}") from error
        with lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = record_from_dict(json.loads(line))
                    profile = profiles[record.profile_key]
                except (ValueError, KeyError) as error:
                    raise CommandError(f"Line {number} is not a usable record: {error}") from error
                verdict = classify(record.invitation, profile)
                self.stdout.write(json.dumps(output_record(record.id, verdict), ensure_ascii=False))
