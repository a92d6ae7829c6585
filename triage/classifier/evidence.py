"""Collects findings while the rules run, in original-text offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from .normalise import FoldedText
from .types import REASONS, Finding, UnverifiedClaim

MESSAGE = "message"
HEADLINE = "headline"
RECIPIENT = "recipient"  # the kind of a name that is the recipient's own


@dataclass(slots=True)
class Evidence:
    message: FoldedText
    headline: FoldedText
    findings: list[Finding] = field(default_factory=list)
    unverified: list[UnverifiedClaim] = field(default_factory=list)
    reasons: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(REASONS, False))
    # Where the profile's own names are, per source: folded start and end, the reason
    # each would support (or RECIPIENT) and the profile entry. The learned model reads
    # them as placeholders.
    names: dict[str, list[tuple[int, int, str, str]]] = field(
        default_factory=lambda: {MESSAGE: [], HEADLINE: []}
    )
    # Reasons the rules found said not to hold ("would love to meet you at", "my son
    # studies at UT"); the learned model does not add them back.
    ruled_out: set[str] = field(default_factory=set)
    # Keys of the profile's names that the note or headline uses as the start of another
    # body's name ("UT" beside "UT Dallas"), gathered as the entity matcher reads both.
    names_of_others: set[str] = field(default_factory=set)

    def text(self, source: str) -> FoldedText:
        return self.message if source == MESSAGE else self.headline

    def name(self, source: str, start: int, end: int, kind: str, canonical: str) -> None:
        """Note where one of the profile's names is (folded offsets)."""
        self.names[source].append((start, end, kind, canonical))

    def add(
        self,
        label: str,
        source: str,
        start: int,
        end: int,
        matched: str | None = None,
        verified: bool = True,
        learned: bool = False,
    ) -> Finding:
        """Record a finding; start and end are offsets in the original text."""
        original = self.text(source).original
        if end < len(original) and original[end].isalpha():
            end = _word_end(original, end)
        finding = Finding(
            label, source, start, end, original[start:end], matched, verified, learned
        )
        self.findings.append(finding)
        return finding

    def add_folded(
        self,
        label: str,
        source: str,
        start: int,
        end: int,
        matched: str | None = None,
        verified: bool = True,
        learned: bool = False,
    ) -> Finding:
        """Record a finding given offsets in the folded text."""
        first, last = self.text(source).original_span(start, end)
        return self.add(label, source, first, last, matched, verified, learned)

    def verify(self, reason: str, source: str, start: int, end: int, matched: str | None) -> None:
        self.reasons[reason] = True
        finding = self.add(reason, source, start, end, matched, verified=True)
        if matched is not None:  # a profile entry, named in the text
            first, last = self.text(source).folded_span(finding.start, finding.end)
            self.name(source, first, last, reason, matched)

    def verify_folded(
        self, reason: str, source: str, start: int, end: int, matched: str | None
    ) -> None:
        first, last = self.text(source).original_span(start, end)
        self.verify(reason, source, first, last, matched)

    def reject(self, reason: str, source: str, start: int, end: int, claimed: str) -> None:
        """Record a claim the profile cannot confirm."""
        if any(c.start < end and start < c.end for c in self.unverified):
            return
        self.unverified.append(UnverifiedClaim(reason, claimed, source, start, end))
        self.add(reason, source, start, end, claimed, verified=False)

    def overlaps_claim(self, source: str, start: int, end: int) -> bool:
        """Whether a span is already part of a recorded claim (verified or not)."""
        return any(
            f.source == source and f.start < end and start < f.end and f.label in REASONS
            for f in self.findings
        )


# Latin letters, accented ones included; scripts written without spaces are left alone,
# where a "word" would run to the end of the sentence.
_LATIN_END = 0x250


def _word_end(text: str, end: int) -> int:
    """Carry a span that stops inside a word ("rencontr|ées") to the end of that word."""
    while (
        0 < end < len(text)
        and text[end].isalpha()
        and text[end - 1].isalpha()
        and ord(text[end]) < _LATIN_END
    ):
        end += 1
    return end
