"""Invitation classifier: a plain Python package with no Django import.

from triage.classifier import classify, InvitationInput, ProfileInput
verdict = classify(InvitationInput("Jane Doe", message="..."), profile)
"""

from .engine import classify
from .matching import compile_profile
from .types import (
    REASONS,
    Affiliation,
    Finding,
    InvitationInput,
    ProfileInput,
    UnverifiedClaim,
    Verdict,
)

__all__ = [
    "REASONS",
    "Affiliation",
    "Finding",
    "InvitationInput",
    "ProfileInput",
    "UnverifiedClaim",
    "Verdict",
    "classify",
    "compile_profile",
]
