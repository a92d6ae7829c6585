"""The shortcuts that make classification fast never change a verdict.

The fast path skips work: phrase alternatives whose required words are absent, profile
names none of whose telling words are present; it runs phrase patterns rewritten so the
regex engine can skip ahead, from the first place their leading word occurs. The reference
path (gates disabled) runs everything in its written form on the whole text. Both must
give the same verdict, evidence included, on every record.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from triage.classifier import (
    Affiliation,
    InvitationInput,
    ProfileInput,
    classify,
    patterns,
    prefilter,
)
from triage.classifier.corpus import load_profiles, load_records
from triage.classifier.matching import _telling_words
from triage.classifier.normalise import fold
from triage.classifier.prefilter import (
    GatedPatterns,
    Gates,
    fast_start,
    gates_disabled,
)

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
DATA = [CORPUS / "dev.jsonl", HERE / "challenge.jsonl"]
MORE = [
    HERE / name
    for name in (
        "fresh.jsonl",
        "blind2.jsonl",
        "blind3.jsonl",
        "blind4.jsonl",
        "blind5.jsonl",
        "blind6.jsonl",
    )
]
FAMILIES = {name: v for name, v in vars(patterns).items() if isinstance(v, GatedPatterns)}


def _pairs() -> list[tuple[InvitationInput, ProfileInput]]:
    profiles = load_profiles(CORPUS / "profiles.json")
    pairs = []
    for path in DATA + MORE:
        pairs += [(r.invitation, profiles[r.profile_key]) for r in load_records(path)]
    return pairs


def _texts() -> list[str]:
    texts = []
    for path in DATA:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts += [fold(record["message"]).folded, fold(record.get("headline", "")).folded]
    return texts


pytestmark = pytest.mark.skipif(
    not all(path.exists() for path in DATA), reason="the shared corpus is not checked out"
)


def test_fast_and_reference_paths_give_identical_verdicts() -> None:
    pairs = _pairs()
    assert len(pairs) > 400
    fast = [classify(invitation, profile).to_dict() for invitation, profile in pairs]
    with gates_disabled():
        assert not Gates.enabled
        reference = [classify(invitation, profile).to_dict() for invitation, profile in pairs]
    assert Gates.enabled
    for (invitation, _), got, expected in zip(pairs, fast, reference, strict=True):
        assert got == expected, invitation.message


def test_the_reference_path_really_runs_everything() -> None:
    """A gate that wrongly said no would be caught only if the reference path ignores it."""
    text = fold("Hi, we met at the meetup.").folded
    family = patterns.MET_IN_PERSON
    with gates_disabled():
        assert family._candidates(text) == list(range(len(family.alternatives)))
    assert len(family._candidates(text)) < len(family.alternatives)


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_rewritten_patterns_match_exactly_where_the_written_ones_do(name: str) -> None:
    family = FAMILIES[name]
    texts = [*_texts(), "x" + "we met", "we met", "_we met", "9we met", "we\nmet you", "grads"]
    for written, fast in zip(family._patterns, family._fast, strict=True):
        for text in texts:
            expected = [m.span() for m in written.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, (written.pattern, text)


def test_fast_start_moves_the_boundary_after_the_leading_word() -> None:
    assert fast_start(r"\bwould\s+you") == r"would(?<!\w.{5})\s+you"
    assert fast_start(r"\b(?:love|like)\s+you") == r"(?:love(?<!\w.{4})|like(?<!\w.{4}))\s+you"
    assert fast_start(r"\bgrads?\b|\bdemo") == r"grad(?<!\w.{4})s?\b|demo(?<!\w.{4})"
    assert fast_start(r"\b\d+\s+mutual") == r"\d(?<!\w.)\d*\s+mutual"
    for untouched in (r"\b\d*x", r"(?:\bwould|'d)\s+love", r"\b(?:we\s+)?met"):
        assert fast_start(untouched) == untouched
    cases = (
        (r"\bmet\b", "met, unmet, met"),
        (r"\b(?:ab|c)d", "abd xcd cd"),
        (r"\b\d+k\b", "5k x5k 55k 5kk"),
    )
    for pattern, text in cases:
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in re.finditer(fast_start(pattern), text)] == expected


def test_names_are_gated_on_words_every_spelling_of_them_contains() -> None:
    assert _telling_words("University of Leeds") == ("leeds",)
    assert _telling_words("King's") == ("king", "kings")  # "king's" or "kings"
    assert _telling_words("AT&T") == ("at",)
    assert _telling_words("a'b'c") is None  # no safe word: the names always run


def test_names_with_apostrophes_and_symbols_match_as_without_gates() -> None:

    profile = ProfileInput(
        "Ana Lima",
        organisations=(Affiliation("O'Reilly Media"), Affiliation("AT&T")),
        connections=("D'Arcy Jones",),
    )
    verdict = classify(
        InvitationInput("Bo Ek", message="I was at OReilly Media, and AT&T before that."),
        profile,
    )
    with gates_disabled():
        reference = classify(
            InvitationInput("Bo Ek", message="I was at OReilly Media, and AT&T before that."),
            profile,
        )
    assert verdict.to_dict() == reference.to_dict()
    assert verdict.reasons["same_organisation"]


def test_forgetting_cached_words_changes_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_WORD_CACHE_LIMIT", 50)
    prefilter._REGISTRY._forget_words()
    pairs = _pairs()[:120]
    fast = [classify(invitation, profile).to_dict() for invitation, profile in pairs]
    with gates_disabled():
        reference = [classify(invitation, profile).to_dict() for invitation, profile in pairs]
    assert fast == reference
    assert len(prefilter._REGISTRY._words[0]) <= 50 + 200  # forgotten, not grown without end
