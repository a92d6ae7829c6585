"""Load corpus-format records (dev.jsonl, profiles.json) and write output records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .types import REASONS, Affiliation, InvitationInput, ProfileInput, Verdict

OUTPUT_LABELS: tuple[str, ...] = (*REASONS, "personal", "generic", "pitch")


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    profile_key: str
    invitation: InvitationInput
    labels: dict[str, bool]
    queue: str | None
    note: str


def _affiliations(entries: list[dict[str, Any]]) -> tuple[Affiliation, ...]:
    return tuple(
        Affiliation(
            name=str(entry["name"]),
            aliases=tuple(str(a) for a in entry.get("aliases", ())),
            current=bool(entry.get("current", False)),
        )
        for entry in entries
    )


def profile_from_dict(data: dict[str, Any]) -> ProfileInput:
    return ProfileInput(
        full_name=str(data.get("full_name", "")),
        first_name=str(data.get("first_name", "")),
        nicknames=tuple(str(n) for n in data.get("nicknames", ())),
        organisations=_affiliations(data.get("organisations", [])),
        schools=_affiliations(data.get("schools", [])),
        groups=_affiliations(data.get("groups", [])),
        connections=tuple(str(c) for c in data.get("connections", ())),
        no_reason_queue=str(data.get("no_reason_queue", "query")),
    )


def load_profiles(path: str | Path) -> dict[str, ProfileInput]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {key: profile_from_dict(value) for key, value in data.items()}


def invitation_from_dict(data: dict[str, Any]) -> InvitationInput:
    sender = data.get("sender", {})
    mutual = data.get("mutual_connections")
    return InvitationInput(
        sender_name=str(sender.get("name", "")),
        headline=str(sender.get("headline") or ""),
        message=str(data.get("message") or ""),
        mutual_connections=None if mutual is None else int(mutual),
    )


def record_from_dict(data: dict[str, Any]) -> Record:
    labels = data.get("labels", {})
    return Record(
        id=str(data["id"]),
        profile_key=str(data.get("profile", "")),
        invitation=invitation_from_dict(data),
        labels={name: bool(labels.get(name, False)) for name in OUTPUT_LABELS},
        queue=data.get("queue"),
        note=str(data.get("note", "")),
    )


def load_records(path: str | Path) -> Iterator[Record]:
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield record_from_dict(json.loads(line))


def output_record(record_id: str, verdict: Verdict) -> dict[str, Any]:
    """The output format: labels, queue and evidence grouped by label."""
    labels: dict[str, bool] = {name: verdict.reasons[name] for name in REASONS}
    labels.update(personal=verdict.personal, generic=verdict.generic, pitch=verdict.pitch)
    evidence: dict[str, list[dict[str, Any]]] = {}
    for finding in verdict.findings:
        evidence.setdefault(finding.label, []).append(finding.to_dict())
    return {
        "id": record_id,
        "labels": labels,
        "queue": verdict.queue,
        "evidence": evidence,
        "unverified": [claim.to_dict() for claim in verdict.unverified],
        "strength": verdict.strength,
        "summary": verdict.summary,
    }
