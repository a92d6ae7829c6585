"""The literal gates in front of the phrase patterns: sound, and built without private APIs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from triage.classifier import patterns, prefilter
from triage.classifier.normalise import fold
from triage.classifier.prefilter import GatedPatterns, Unsupported, parse, required_literals

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"


def _texts() -> list[str]:
    texts = [
        "we met at the pycon sprint, great chatting!",
        "our platform cuts costs by 40% - free trial, from $99/month",
        "j'etais chez initech; nous recrutons un vp",
    ]
    for path in (
        HERE / "challenge.jsonl",
        HERE / "blind2.jsonl",
        HERE / "blind3.jsonl",
        CORPUS / "dev.jsonl",
    ):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                texts.append(fold(json.loads(line)["message"]).folded)
    return texts


FAMILIES = {name: v for name, v in vars(patterns).items() if isinstance(v, GatedPatterns)}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_a_gate_never_hides_an_alternative_that_matches(name: str) -> None:
    family = FAMILIES[name]
    for text in _texts():
        candidates = set(family._candidates(text))
        for index, pattern in enumerate(family._patterns):
            if pattern.search(text):
                assert index in candidates, (family.alternatives[index], text)


def test_nearly_every_alternative_has_a_gate() -> None:
    alternatives = [a for family in FAMILIES.values() for a in family.alternatives]
    ungated = [a for a in alternatives if required_literals(a) is None]
    assert len(ungated) <= len(alternatives) // 20


def test_gates_are_the_words_a_match_needs() -> None:
    assert required_literals(r"\bwe\s+met\b") in (frozenset({"met"}), frozenset({"we"}))
    assert required_literals(r"\b(?:demo|trial)s?\b") == frozenset({"demo*", "trial*"})
    assert required_literals(r"\b(?:great\s+)?to\s+meet") is not None
    assert required_literals(r"\b\d+%") is None


def test_constructs_outside_the_subset_run_ungated() -> None:
    with pytest.raises(Unsupported):
        parse(r"(?i)abc")
    with pytest.raises(Unsupported):
        parse(r"(a)\1")
    assert required_literals(r"(?i)demo") is None


def test_the_parser_reads_the_patterns_it_gates() -> None:
    for family in FAMILIES.values():
        for alternative in family.alternatives:
            re.compile(alternative)
            parse(alternative)  # raises if the subset no longer covers the patterns


def test_no_private_regex_module_is_used() -> None:
    source = Path(prefilter.__file__).read_text(encoding="utf-8")
    assert "re._parser" not in source and "sre_parse" not in source
