"""The labelled dev set: the targets the classifier must meet."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "profiles.json").exists(), reason="shared corpus not available"
)


@needs_corpus
def test_dev_set_meets_the_targets() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_classifier import evaluate

    scores = evaluate(CORPUS / "profiles.json", CORPUS / "dev.jsonl")
    assert scores.queue_accuracy() >= 0.97
    assert scores.macro_f1() >= 0.95
    assert scores.queues["decline"].precision() >= 0.99
    assert scores.queues["accept"].precision() >= 0.97


@needs_corpus
def test_held_out_challenge_set_meets_the_targets() -> None:
    """Written before the rules were tuned (see its notes); guards against regressions."""
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_classifier import evaluate

    scores = evaluate(CORPUS / "profiles.json", Path(__file__).with_name("challenge.jsonl"))
    assert scores.total >= 150
    assert scores.queue_accuracy() >= 0.97
    assert scores.macro_f1() >= 0.95
    assert scores.queues["decline"].precision() >= 0.99
    assert scores.queues["accept"].precision() >= 0.97


@needs_corpus
def test_fresh_many_voices_set_meets_the_targets() -> None:
    """150 invitations in many voices and languages, labelled before the classifier was
    read; it scored 0.887 queue accuracy then (see the report), so it guards the rules
    added since."""
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_classifier import evaluate

    scores = evaluate(CORPUS / "profiles.json", Path(__file__).with_name("fresh.jsonl"))
    assert scores.total >= 150
    assert scores.queue_accuracy() >= 0.97
    assert scores.macro_f1() >= 0.95
    assert scores.queues["decline"].precision() >= 0.99
    assert scores.queues["accept"].precision() >= 0.97


@needs_corpus
def test_second_blind_set_meets_the_targets() -> None:
    """160 more invitations, written by someone who had not read the classifier. Before
    the rules in test_general_rules_blind2.py it scored 0.912 queue accuracy, 0.854
    macro-F1 and 0.988 accept precision; it guards those rules now."""
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_classifier import evaluate

    scores = evaluate(CORPUS / "profiles.json", Path(__file__).with_name("blind2.jsonl"))
    assert scores.total >= 160
    assert scores.queue_accuracy() >= 0.97
    assert scores.macro_f1() >= 0.95
    assert scores.queues["decline"].precision() >= 0.99
    assert scores.queues["accept"].precision() >= 0.97


@needs_corpus
def test_third_blind_set_meets_the_targets() -> None:
    """150 more, written blind after the second set's rules: it scored 0.900 queue
    accuracy, 0.929 macro-F1, 0.955 decline and 0.971 accept precision before the rules
    in test_general_rules_blind3.py."""
    sys.path.insert(0, str(REPO / "scripts"))
    from eval_classifier import evaluate

    scores = evaluate(CORPUS / "profiles.json", Path(__file__).with_name("blind3.jsonl"))
    assert scores.total >= 150
    assert scores.queue_accuracy() >= 0.97
    assert scores.macro_f1() >= 0.95
    assert scores.queues["decline"].precision() >= 0.99
    assert scores.queues["accept"].precision() >= 0.97
