"""From findings to a queue, a strength and a one-line summary.

Queue policy (LABELS.md, default):
1. spam, scam or abuse -> decline; but if the profile confirms a reason, query instead,
   because declining a good invitation is the worst mistake and a human should look;
2. at least one true reason -> accept (a pitch with a real reason is still accepted);
3. a pitch -> decline;
4. a claim the profile cannot confirm -> query, whatever `no_reason_queue` says: the
   claim may be true under a name the profile lacks, and "how are we connected?" settles it;
5. anything else (empty, stock, no reason) -> the profile's `no_reason_queue`
   ("query" by default, or "decline").
"""

from __future__ import annotations

from .types import REASONS, Finding, UnverifiedClaim

ACCEPT = "accept"
QUERY = "query"
DECLINE = "decline"

_WEIGHTS = {
    "met_in_person": 3,
    "same_organisation": 3,
    "common_connection": 3,
    "specific_opportunity": 3,
    "alumni": 2,
    "shared_group": 2,
}
_PITCH_PENALTY = 4
_SPAM_PENALTY = 8
_UNVERIFIED_PENALTY = 2


def choose_queue(
    reasons: dict[str, bool], pitch: bool, spam: bool, unverified: bool, no_reason_queue: str
) -> str:
    has_reason = any(reasons.values())
    if spam:
        return QUERY if has_reason else DECLINE
    if has_reason:
        return ACCEPT
    if pitch:
        return DECLINE
    if unverified:
        return QUERY
    return DECLINE if no_reason_queue == DECLINE else QUERY


def strength(
    reasons: dict[str, bool],
    personal: bool,
    generic: bool,
    pitch: bool,
    spam: bool,
    unverified: int,
) -> int:
    """How strong the case for connecting is: higher sorts first."""
    score = sum(_WEIGHTS[name] for name in REASONS if reasons.get(name))
    score += 1 if personal else 0
    score -= 1 if generic else 0
    score -= _PITCH_PENALTY if pitch else 0
    score -= _SPAM_PENALTY if spam else 0
    return score - _UNVERIFIED_PENALTY * unverified


def _first_match(findings: tuple[Finding, ...], label: str) -> str | None:
    for finding in findings:
        if finding.label == label and finding.verified:
            return finding.matched
    return None


def _reason_phrase(name: str, findings: tuple[Finding, ...]) -> str:
    matched = _first_match(findings, name)
    if name == "met_in_person":
        return "says you met"
    if name == "same_organisation":
        return f"works or worked at {matched}"
    if name == "shared_group":
        return f"shares your group {matched}"
    if name == "common_connection":
        return f"names your connection {matched}"
    if name == "alumni":
        return f"alumni of {matched}"
    return "gives a specific reason to talk now"


def summarise(
    queue: str,
    reasons: dict[str, bool],
    findings: tuple[Finding, ...],
    unverified: tuple[UnverifiedClaim, ...],
    pitch: bool,
    spam: bool,
    generic: bool,
    empty: bool,
) -> str:
    """One short sentence saying why the invitation landed in its queue."""
    if spam:
        reason = "Looks like spam, a scam or abuse"
        return (
            f"{reason}, but a reason checks out: have a look." if queue == QUERY else f"{reason}."
        )
    phrases = [_reason_phrase(name, findings) for name in REASONS if reasons.get(name)]
    if phrases:
        text = "; ".join(phrases)
        text = text[0].upper() + text[1:]
        return f"{text} (despite a sales pitch)." if pitch else f"{text}."
    if pitch:
        return "A sales pitch with no reason to connect."
    if unverified:
        claims = ", ".join(f"{c.claimed}" for c in unverified)
        return f"Claims {claims}, which your profile does not show."
    if empty:
        return "No note, and nothing in the headline links you."
    if generic:
        return "Only the network's stock text, and nothing in the headline links you."
    near = [f for f in findings if f.label == "near_miss"]
    if near:
        return f"No reason to connect (\u201c{near[0].text}\u201d is not one)."
    return "The note gives no reason to connect."
