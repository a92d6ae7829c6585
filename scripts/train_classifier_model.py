"""Train the classifier's learned model (triage/classifier/learned.py) and write it to
triage/classifier/model.json.

python scripts/train_classifier_model.py              # train on every labelled set, write
python scripts/train_classifier_model.py --cross-validate
    # leave one labelled file out at a time: how the model alone does on a set it has not
    # seen, per label, printed; nothing is written

The training data is every labelled file in the repository: ../shared/corpus/dev.jsonl and
tests/classifier/*.jsonl. A new labelled set goes in tests/classifier/ and then `make
train`; tests/classifier/test_learned.py fails until the model has been retrained on it.
Needs scikit-learn (requirements-dev.txt); the app itself needs only numpy to use the model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_classifier import Counts  # noqa: E402

from triage.classifier.corpus import Record, load_profiles, load_records  # noqa: E402
from triage.classifier.engine import read_with_rules  # noqa: E402
from triage.classifier.learned import LABELS, MODEL_FORMAT, MODEL_PATH, note_features  # noqa: E402
from triage.classifier.types import REASONS  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
# Inverse regularisation strength, chosen by --cross-validate: 3, 10 and 30 gave a
# macro-F1 of 0.927, 0.932 and 0.933 on held-out files (2,464 notes then); 10 is the
# smaller model.
C = 10.0
MIN_DOCUMENTS = 2  # a feature seen in one invitation only says nothing general
DECIMALS = 4


def training_files() -> list[Path]:
    return [CORPUS / "dev.jsonl", *sorted((REPO / "tests" / "classifier").glob("*.jsonl"))]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_key(path: Path) -> str:
    """A labelled file's name in the model's record, relative to the repository."""
    return os.path.relpath(path, REPO)


def with_notes(path: Path) -> list[Record]:
    """A file's records that have a note: the model never reads an empty one."""
    return [r for r in load_records(path) if r.invitation.message.strip()]


def record_features(records: Sequence[Record], profiles_path: Path) -> list[list[str]]:
    """Each note's features as the classifier computes them: after the rules, which
    find the profile's names the model reads as placeholders."""
    profiles = load_profiles(profiles_path)
    return [
        note_features(read_with_rules(r.invitation, profiles[r.profile_key]).evidence)
        for r in records
    ]


def vocabulary(feature_lists: Sequence[list[str]]) -> tuple[list[str], np.ndarray]:
    """The features seen in at least MIN_DOCUMENTS invitations, and their inverse
    document frequency (smoothed, as scikit-learn's TfidfTransformer has it)."""
    documents: dict[str, int] = {}
    for features in feature_lists:
        for feature in set(features):
            documents[feature] = documents.get(feature, 0) + 1
    kept = sorted(f for f, n in documents.items() if n >= MIN_DOCUMENTS)
    total = len(feature_lists)
    idf = np.array([np.log((1 + total) / (1 + documents[f])) + 1 for f in kept])
    return kept, idf


def matrix(
    feature_lists: Sequence[list[str]], index: dict[str, int], idf: np.ndarray
) -> csr_matrix:
    """Each feature present once, weighted by its idf, each row scaled to unit length
    (as learned.Model.logits does)."""
    rows, columns, values = [], [], []
    for row, features in enumerate(feature_lists):
        present = sorted({index[f] for f in features if f in index})
        norm = float(np.sqrt(np.sum(idf[present] ** 2))) if present else 1.0
        for column in present:
            rows.append(row)
            columns.append(column)
            values.append(idf[column] / norm)
    return csr_matrix((values, (rows, columns)), shape=(len(feature_lists), len(index)))


def fit(
    feature_lists: Sequence[list[str]], records: Sequence[Record]
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    features, idf = vocabulary(feature_lists)
    index = {f: i for i, f in enumerate(features)}
    x = matrix(feature_lists, index, idf)
    weights = np.zeros((len(features), len(LABELS)))
    bias = np.zeros(len(LABELS))
    for column, label in enumerate(LABELS):
        y = np.array([r.labels[label] for r in records])
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        model.fit(x, y)
        weights[:, column] = model.coef_[0]
        bias[column] = model.intercept_[0]
    return features, idf, weights, bias


def write_model(
    features: list[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray, files: list[Path]
) -> None:
    data = {
        "format": MODEL_FORMAT,
        "labels": list(LABELS),
        "bias": [round(float(b), DECIMALS) for b in bias],
        "features": features,
        "idf": [round(float(w), DECIMALS) for w in idf],
        "weights": [[round(float(w), DECIMALS) for w in row] for row in weights],
        "trained_on": {data_key(p): file_digest(p) for p in files},
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    MODEL_PATH.write_text(text + "\n", encoding="utf-8")


class Folds:
    """Every labelled file's notes and features, computed once, and the model fitted with
    one file left out: how --cross-validate and scripts/eval_held_out.py score a set the
    model has not learned from."""

    def __init__(self, profiles: Path) -> None:
        self.files = training_files()
        self.notes = {path: with_notes(path) for path in self.files}
        self.features = {path: record_features(self.notes[path], profiles) for path in self.files}

    def fit_without(self, held_out: Path) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        others = [path for path in self.files if path.resolve() != held_out.resolve()]
        return fit(
            [f for path in others for f in self.features[path]],
            [r for path in others for r in self.notes[path]],
        )


def cross_validate(profiles: Path) -> None:
    folds = Folds(profiles)
    counts = {label: Counts() for label in LABELS}
    for held_out in folds.files:
        features, idf, weights, bias = folds.fit_without(held_out)
        index = {f: i for i, f in enumerate(features)}
        logits = matrix(folds.features[held_out], index, idf) @ weights + bias
        for row, record in enumerate(folds.notes[held_out]):
            for column, label in enumerate(LABELS):
                counts[label].count(bool(logits[row, column] > 0), record.labels[label])
    print(f"{'label':22} precision recall   f1   (notes only; each file held out in turn)")
    for label, scored in counts.items():
        print(f"{label:22} {scored.precision():9.3f} {scored.recall():6.3f} {scored.f1():6.3f}")
    macro = sum(counts[label].f1() for label in REASONS) / len(REASONS)
    print(f"macro-F1 (six reasons): {macro:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=Path, default=CORPUS / "profiles.json")
    parser.add_argument("--cross-validate", action="store_true")
    args = parser.parse_args()
    files = training_files()
    if args.cross_validate:
        cross_validate(args.profiles)
        return
    records = [r for path in files for r in with_notes(path)]
    features, idf, weights, bias = fit(record_features(records, args.profiles), records)
    write_model(features, idf, weights, bias, files)
    print(f"wrote {MODEL_PATH.relative_to(REPO)}: {len(features)} features, {len(records)} records")


if __name__ == "__main__":
    main()
