"""A learned second opinion on what a note says, beside the rules.

Why: the phrase rules are precise, but every new writer brings phrasings no rule has
seen ("we got talking on the train", "you showed us round"). A linear model over the
note's words judges wording by many small cues at once, and carries over to new
phrasings better than a list of phrases. Trained on every labelled invitation in the
repository (`make train`, scripts/train_classifier_model.py), it overrides the rules
only where it is confident; measured on sets neither had seen, it fixed many more
verdicts than it broke (README, "How the classifier decides"):

- above UPPER (p > 0.8) it adds a meeting, an opportunity, a pitch or a shared
  organisation the rules missed, with the sentence (or the organisation's name) that
  carries it as evidence; never one the rules found said not to hold ("would love to
  meet you at", "my son worked at"), never a shared organisation without one of the
  profile's organisations named, and in a pitch only a past one: a pitch names the
  recipient's current firm as the prospect. Schools, groups and connections are the
  rules' alone: their near misses (a child's school, a group one means to join) turn on
  words a bag of words misses;
- below LOWER (p < 0.1) it drops any of those the rules found, but only when it knows
  most of the note's words: in a language it has hardly seen, its silence is no evidence.
  Nor does it add a pitch there: a pitch can decline an invitation, the worst mistake.

It reads the profile's own names as placeholders ("ex-zorg", "hi zname"): trained on
three recipients, it would otherwise learn their names and nothing that carries over to
a fourth. The names are the ones the rules found (evidence.names), fuzzy matches and
all. It never reads an empty note.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

import numpy as np

from .evidence import HEADLINE, MESSAGE, RECIPIENT, Evidence
from .types import REASONS

MODEL_PATH = Path(__file__).with_name("model.json")
MODEL_FORMAT = 1
LABELS: tuple[str, ...] = (*REASONS, "pitch")

UPPER = math.log(0.8 / 0.2)  # logit of p = 0.8
# A pitch it adds can decline the invitation, the worst mistake: that needs more certainty.
ADD_PITCH = math.log(0.9 / 0.1)  # logit of p = 0.9; chosen held out (README)
LOWER = math.log(0.1 / 0.9)  # logit of p = 0.1
# Share of the note's words the model has seen in training before its "no" counts.
MIN_KNOWN_WORDS = 0.7
# Words a note needs before the model may overrule the rules on it: in a short note each
# word weighs a lot once the features are scaled to unit length. Chosen held out (README).
MIN_WORDS = 10
# The labels the model may add; it may drop any of LABELS.
MAY_ADD = frozenset({"met_in_person", "same_organisation", "specific_opportunity", "pitch"})

# The placeholder for each kind of name (evidence.names).
PLACEHOLDERS = {
    "same_organisation": "zorg",
    "alumni": "zschool",
    "shared_group": "zgroup",
    "common_connection": "zconn",
    RECIPIENT: "zname",
}

_PLACEHOLDERS = frozenset(PLACEHOLDERS.values())  # a word of their own: no stem as well
_WORD = re.compile(r"\w\w+")
_PREFIX = 5  # "recruit", "recruiter", "recruiting" share the feature "~recru"
_SENTENCE = re.compile(r"[^.!?\n。！？]+")


def _note_features(message_words: list[str], headline: str) -> list[str]:
    # No word pairs: measured leave-one-set-out they added 0.002 of queue accuracy and
    # doubled the model and its time per note.
    features = list(message_words)
    features += [
        "~" + w[:_PREFIX] for w in message_words if len(w) > _PREFIX and w not in _PLACEHOLDERS
    ]
    features += ["h:" + w for w in _WORD.findall(headline)]
    return features


def masked(evidence: Evidence, source: str) -> str:
    """The folded text with each of the profile's names the rules found replaced by its
    placeholder."""
    text = evidence.text(source).folded
    return _mask(text, evidence.names[source], 0, len(text))


def _mask(text: str, names: list[tuple[int, int, str, str]], start: int, end: int) -> str:
    if not names:
        return text[start:end]
    pieces, position = [], start
    for first, last, kind, _canonical in sorted(names):
        if first < position or last > end:
            continue  # a name inside one already replaced, or outside the span
        pieces += [text[position:first], " ", PLACEHOLDERS[kind], " "]
        position = last
    pieces.append(text[position:end])
    return "".join(pieces)


def note_features(evidence: Evidence) -> list[str]:
    """The model's features of a note and its headline, once the rules have run: words,
    word stems and headline words, with the profile's names as placeholders. Training
    (scripts/train_classifier_model.py) calls this same function."""
    return _note_features(_WORD.findall(masked(evidence, MESSAGE)), masked(evidence, HEADLINE))


@dataclass(frozen=True, slots=True)
class Model:
    labels: tuple[str, ...]
    index: dict[str, int]  # feature -> row of `weights`
    # One row per feature: a column per label, already times the feature's idf, then
    # the idf squared, so that one sum of rows gives both the scores and the norm.
    weights: np.ndarray
    bias: tuple[float, ...]

    def logits(self, features: Iterable[str]) -> list[float]:
        """Log-odds per label: each feature present once, idf-weighted, the whole
        vector scaled to unit length (the training script's `matrix`)."""
        return self._logits_of(map(self.index.get, features))

    def read(self, words: list[str], features: list[str]) -> tuple[list[float], float]:
        """The logits of a note's features, which start with its words (as
        _note_features makes them), and the share of those words the model knows: one
        lookup per feature for both."""
        rows = list(map(self.index.get, features))
        known = (len(words) - rows[: len(words)].count(None)) / len(words) if words else 0.0
        return self._logits_of(rows), known

    def _logits_of(self, rows: Iterable[int | None]) -> list[float]:
        found = set(rows)
        found.discard(None)
        if not found:
            return list(self.bias)
        # numpy for the sum of rows only (its reduce called directly: ndarray.sum goes through
        # a Python wrapper); on seven numbers plain floats are quicker.
        rows_taken = self.weights.take(cast("list[int]", list(found)), axis=0)
        total = np.add.reduce(rows_taken, axis=0).tolist()
        scale = 1.0 / math.sqrt(total[-1])
        return [bias + value * scale for bias, value in zip(self.bias, total, strict=False)]


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT or tuple(data["labels"]) != LABELS:
        raise ValueError(f"{path} is not a model for labels {LABELS}; run `make train`")
    features = data["features"]
    idf = np.asarray(data["idf"], dtype=np.float64)
    weights = np.asarray(data["weights"], dtype=np.float64).reshape(len(features), -1)
    return build_model(features, idf, weights, data["bias"])


def build_model(
    features: list[str], idf: np.ndarray, weights: np.ndarray, bias: Iterable[float]
) -> Model:
    """A model from what training gives: the features, their idf, one row of weights per
    feature (a column per label) and a bias per label."""
    return Model(
        labels=LABELS,
        index={feature: row for row, feature in enumerate(features)},
        weights=np.column_stack([weights * idf[:, np.newaxis], idf**2]),
        bias=tuple(float(b) for b in bias),
    )


def second_opinion(
    evidence: Evidence,
    decided: dict[str, bool],
    current_organisations: frozenset[str] = frozenset(),
    model: Model | None = None,
) -> dict[str, bool]:
    """The labels (of LABELS) the model overrides, and their new values.

    `decided` holds the rules' value of every label; `current_organisations` the
    canonical names of the recipient's current employers. Evidence for an added label is
    recorded on `evidence` (marked as learned); dropping one leaves its findings for the
    caller to filter.
    """
    model = model or load_model()
    words = _WORD.findall(masked(evidence, MESSAGE))
    if len(words) < MIN_WORDS:
        return {}  # too short for its reading to outweigh the rules'
    logits, known = model.read(words, _note_features(words, masked(evidence, HEADLINE)))
    knows_the_words = known >= MIN_KNOWN_WORDS
    changes: dict[str, bool] = {}
    pitch_column = model.labels.index("pitch")
    # The pitch first: whether the note pitches bears on what else may be added.
    for column in (pitch_column, *(c for c in range(len(logits)) if c != pitch_column)):
        label, logit = model.labels[column], logits[column]
        if LOWER <= logit <= UPPER:
            continue  # unsure: the rules stand (the usual case)
        if decided[label]:
            # A meeting the rules found beside a near miss they also found ("saw your talk
            # and came up afterwards") has been weighed against it already: the model,
            # reading the near miss's words, would only count it twice.
            weighed = label == "met_in_person" and _has_near_miss(evidence)
            if logit < LOWER and knows_the_words and not weighed:
                changes[label] = False
        elif label == "pitch" and (not knows_the_words or logit <= ADD_PITCH):
            continue  # an added pitch can decline: only in words it knows, and surer
        elif logit > UPPER:
            pitch = changes.get("pitch", decided["pitch"])
            # In a pitch the recipient's current firm is the prospect ("a pilot for
            # Globex"); a past one still says where the two met ("from the SCB days").
            skip = current_organisations if pitch else frozenset()
            name = _first_name_of(evidence, label, skip)
            if _may_add(evidence, label, pitch, logits[pitch_column], name):
                _record_evidence(evidence, model, label, column, name)
                changes[label] = True
    return changes


def _has_near_miss(evidence: Evidence) -> bool:
    return any(finding.label == "near_miss" for finding in evidence.findings)


def _may_add(
    evidence: Evidence,
    label: str,
    pitch: bool,
    pitch_logit: float,
    name: tuple[str, int, int, str] | None,
) -> bool:
    if label not in MAY_ADD or label in evidence.ruled_out:
        return False
    if label == "specific_opportunity":
        # In a note that pitches, an opportunity is the sender's offer, unless the model
        # does not read the note as a pitch itself (the rules' pitch may be wrong).
        return not pitch or pitch_logit < 0
    if label == "same_organisation":
        return name is not None  # one of the profile's organisations, named
    return True


def _first_name_of(
    evidence: Evidence, kind: str, skip: frozenset[str]
) -> tuple[str, int, int, str] | None:
    """The first of the profile's names of one kind in the texts, but not those in `skip`."""
    for source in (MESSAGE, HEADLINE):
        for start, end, found, canonical in sorted(evidence.names[source]):
            if found == kind and canonical not in skip:
                return source, start, end, canonical
    return None


def _record_evidence(
    evidence: Evidence,
    model: Model,
    label: str,
    column: int,
    name: tuple[str, int, int, str] | None,
) -> None:
    """Record why the model adds a label: the profile's name for an affiliation, else
    the sentence that speaks most for it."""
    if name is not None:
        source, start, end, canonical = name
        evidence.add_folded(label, source, start, end, matched=canonical, learned=True)
        return
    start, end = _strongest_sentence(evidence, model, column)
    evidence.add_folded(label, MESSAGE, start, end, learned=True)


def _strongest_sentence(evidence: Evidence, model: Model, column: int) -> tuple[int, int]:
    """The span (folded offsets) of the note's sentence that speaks most for one label."""
    message, names = evidence.message.folded, evidence.names[MESSAGE]
    best, best_score = (0, len(message)), -math.inf
    for sentence in _SENTENCE.finditer(message):
        text = sentence.group()
        if not text.strip():
            continue
        words = _WORD.findall(_mask(message, names, sentence.start(), sentence.end()))
        score = model.logits(_note_features(words, ""))[column]
        if score > best_score:
            stripped = len(text) - len(text.lstrip())
            best = (sentence.start() + stripped, sentence.start() + len(text.rstrip()))
            best_score = score
    return best
