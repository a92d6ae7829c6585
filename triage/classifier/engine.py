"""classify(invitation, profile) -> Verdict."""

from __future__ import annotations

from collections.abc import Iterator

from . import rules
from .evidence import Evidence
from .matching import compile_profile, name_key
from .normalise import fold
from .policy import choose_queue, strength, summarise
from .types import REASONS, Finding, InvitationInput, ProfileInput, Verdict

_REFERENCE_REASONS = frozenset(
    {"met_in_person", "same_organisation", "shared_group", "common_connection", "alumni"}
)


def classify(invitation: InvitationInput, profile: ProfileInput) -> Verdict:
    compiled = compile_profile(profile)
    evidence = Evidence(message=fold(invitation.message), headline=fold(invitation.headline))
    sender_key = name_key(invitation.sender_name)

    rules.find_affiliations_in_headline(evidence, compiled)
    offers_opportunity = pitch = spam = personal = False
    if invitation.message.strip():  # most invitations come with no note at all
        rules.find_affiliations_in_message(evidence, compiled)
        rules.find_connections(evidence, compiled, sender_key)
        rules.find_claimed_affiliations(evidence, compiled)
        rules.find_meetings(evidence)
        rules.find_near_misses(evidence)
        offers_opportunity = rules.find_opportunity(evidence)
        pitch = rules.find_pitch(evidence)
        spam = rules.find_spam(evidence)
        personal = rules.find_personal(evidence, compiled)
    stock = rules.is_stock_or_empty(evidence, compiled, sender_key)

    # An opportunity that is the sender's own offer is a pitch, not a reason.
    evidence.reasons["specific_opportunity"] = offers_opportunity and not pitch
    reasons = {name: evidence.reasons[name] for name in REASONS}
    generic = stock and not any(reasons.values())
    findings = tuple(_keep_relevant(evidence, reasons))
    unverified = tuple(evidence.unverified)
    queue = choose_queue(reasons, pitch, spam, bool(unverified), profile.no_reason_queue)
    return Verdict(
        reasons=reasons,
        personal=personal,
        referenced=bool(evidence.claimed & _REFERENCE_REASONS),
        purpose=reasons["specific_opportunity"],
        generic=generic,
        pitch=pitch,
        spam=spam,
        unverified=unverified,
        findings=findings,
        queue=queue,
        strength=strength(reasons, personal, generic, pitch, spam, len(unverified)),
        summary=summarise(
            queue,
            reasons,
            findings,
            unverified,
            pitch,
            spam,
            generic,
            empty=not invitation.message.strip(),
        ),
    )


def _keep_relevant(evidence: Evidence, reasons: dict[str, bool]) -> Iterator[Finding]:
    """Drop opportunity spans when the opportunity turned out to be a pitch."""
    for finding in evidence.findings:
        if finding.label == "specific_opportunity" and not reasons["specific_opportunity"]:
            continue
        yield finding
