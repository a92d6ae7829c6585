"""classify(invitation, profile) -> Verdict."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from . import learned, rules
from .evidence import Evidence
from .matching import CompiledProfile, compile_profile, name_key
from .normalise import expand_shorthand, fold
from .policy import choose_queue, strength, summarise
from .types import REASONS, Finding, InvitationInput, ProfileInput, Verdict

_REFERENCE_REASONS = frozenset(
    {"met_in_person", "same_organisation", "shared_group", "common_connection", "alumni"}
)


@dataclass(slots=True)
class RulesReading:
    """What the rules make of an invitation, before the learned model has its say."""

    evidence: Evidence
    compiled: CompiledProfile
    has_note: bool
    pitch: bool
    spam: bool
    personal: bool
    stock: bool


def read_with_rules(invitation: InvitationInput, profile: ProfileInput) -> RulesReading:
    compiled = compile_profile(profile)
    evidence = Evidence(
        message=expand_shorthand(fold(invitation.message)), headline=fold(invitation.headline)
    )
    sender_key = name_key(invitation.sender_name)

    rules.find_affiliations_in_headline(evidence, compiled)
    offers_opportunity = pitch = spam = personal = False
    has_note = bool(invitation.message.strip())
    if has_note:  # most invitations come with no note at all
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
    return RulesReading(evidence, compiled, has_note, pitch, spam, personal, stock)


def classify(
    invitation: InvitationInput,
    profile: ProfileInput,
    *,
    second_opinion: bool = True,
    model: learned.Model | None = None,
) -> Verdict:
    """The verdict on one invitation; `second_opinion=False` leaves the learned model
    out (scripts/eval_classifier.py --rules-only measures the rules alone with it), and
    `model` replaces the committed one (scripts/eval_held_out.py)."""
    reading = read_with_rules(invitation, profile)
    evidence, pitch, spam = reading.evidence, reading.pitch, reading.spam
    personal, stock = reading.personal, reading.stock
    reasons = {name: evidence.reasons[name] for name in REASONS}
    # A stock or empty note says nothing for the model to read; the headline is the rules'.
    if second_opinion and reading.has_note and not stock:
        current = reading.compiled.current_organisations
        changes = learned.second_opinion(evidence, {**reasons, "pitch": pitch}, current, model)
        pitch = changes.pop("pitch", pitch)
        reasons.update(changes)
    generic = stock and not any(reasons.values())
    findings = tuple(_keep_relevant(evidence, reasons, pitch))
    unverified = tuple(evidence.unverified)
    queue = choose_queue(reasons, pitch, spam, bool(unverified), profile.no_reason_queue)
    referenced = any(reasons[name] for name in _REFERENCE_REASONS) or any(
        claim.kind in _REFERENCE_REASONS for claim in unverified
    )
    return Verdict(
        reasons=reasons,
        personal=personal,
        referenced=referenced,
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
            empty=not reading.has_note,
        ),
    )


def _keep_relevant(evidence: Evidence, reasons: dict[str, bool], pitch: bool) -> Iterator[Finding]:
    """Drop the spans of a reason or pitch that did not stand: an opportunity that
    turned out to be a pitch, or a label the learned model overruled. A claim the
    profile cannot confirm is kept: it is why the invitation is queried."""
    final = {**reasons, "pitch": pitch}
    for finding in evidence.findings:
        if finding.verified and final.get(finding.label, True) is False:
            continue
        yield finding
