"""The classifier's inputs and output: plain frozen dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REASONS: tuple[str, ...] = (
    "met_in_person",
    "same_organisation",
    "shared_group",
    "common_connection",
    "alumni",
    "specific_opportunity",
)

QUEUES: tuple[str, ...] = ("accept", "query", "decline")


@dataclass(frozen=True, slots=True)
class InvitationInput:
    sender_name: str
    headline: str = ""
    message: str = ""
    mutual_connections: int | None = None


@dataclass(frozen=True, slots=True)
class Affiliation:
    name: str
    aliases: tuple[str, ...] = ()
    current: bool = False


@dataclass(frozen=True, slots=True)
class ProfileInput:
    full_name: str
    first_name: str = ""
    nicknames: tuple[str, ...] = ()
    organisations: tuple[Affiliation, ...] = ()
    schools: tuple[Affiliation, ...] = ()
    groups: tuple[Affiliation, ...] = ()
    connections: tuple[str, ...] = ()
    no_reason_queue: str = "query"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of evidence: which label, where in which text, and what it matched.

    `matched` is the canonical profile entry for a verified claim, or what was claimed
    for an unverified one; None for findings that are not claims (stock text, pitch...).
    `learned` marks a finding the learned model added (classifier/learned.py), which
    points at the words that carried it rather than at a phrase a rule knows.
    """

    label: str
    source: str  # "message" or "headline"
    start: int
    end: int
    text: str
    matched: str | None = None
    verified: bool = True
    learned: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "matched": self.matched,
            "verified": self.verified,
            "learned": self.learned,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            label=str(data["label"]),
            source=str(data["source"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            matched=None if data.get("matched") is None else str(data["matched"]),
            verified=bool(data.get("verified", True)),
            learned=bool(data.get("learned", False)),
        )


@dataclass(frozen=True, slots=True)
class UnverifiedClaim:
    """A reason the sender gave that the profile cannot confirm (kind: a reason label)."""

    kind: str
    claimed: str
    source: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claimed": self.claimed,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UnverifiedClaim:
        return cls(
            kind=str(data["kind"]),
            claimed=str(data["claimed"]),
            source=str(data["source"]),
            start=int(data["start"]),
            end=int(data["end"]),
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    reasons: dict[str, bool]
    personal: bool
    referenced: bool
    purpose: bool
    generic: bool
    pitch: bool
    spam: bool  # scam, abuse or other junk that is declined whatever it claims
    unverified: tuple[UnverifiedClaim, ...]
    findings: tuple[Finding, ...]
    queue: str
    strength: int
    summary: str

    @property
    def true_reasons(self) -> tuple[str, ...]:
        return tuple(name for name in REASONS if self.reasons.get(name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "reasons": {name: bool(self.reasons.get(name)) for name in REASONS},
            "personal": self.personal,
            "referenced": self.referenced,
            "purpose": self.purpose,
            "generic": self.generic,
            "pitch": self.pitch,
            "spam": self.spam,
            "unverified": [claim.to_dict() for claim in self.unverified],
            "findings": [finding.to_dict() for finding in self.findings],
            "queue": self.queue,
            "strength": self.strength,
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        reasons = data.get("reasons", {})
        return cls(
            reasons={name: bool(reasons.get(name, False)) for name in REASONS},
            personal=bool(data.get("personal", False)),
            referenced=bool(data.get("referenced", False)),
            purpose=bool(data.get("purpose", False)),
            generic=bool(data.get("generic", False)),
            pitch=bool(data.get("pitch", False)),
            spam=bool(data.get("spam", False)),
            unverified=tuple(UnverifiedClaim.from_dict(c) for c in data.get("unverified", ())),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", ())),
            queue=str(data.get("queue", "query")),
            strength=int(data.get("strength", 0)),
            summary=str(data.get("summary", "")),
        )
