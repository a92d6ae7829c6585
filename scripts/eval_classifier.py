"""Score the classifier against a labelled corpus (no Django).

python scripts/eval_classifier.py [--profiles PATH] [--data PATH] [--quiet] [--rules-only]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.classifier import REASONS, classify  # noqa: E402
from triage.classifier.corpus import (  # noqa: E402
    OUTPUT_LABELS,
    Record,
    load_profiles,
    load_records,
    output_record,
)

CORPUS = REPO.parent / "shared" / "corpus"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def count(self, predicted: bool, expected: bool) -> None:
        self.tp += predicted and expected
        self.fp += predicted and not expected
        self.fn += expected and not predicted


@dataclass
class Scores:
    labels: dict[str, Counts] = field(default_factory=lambda: {n: Counts() for n in OUTPUT_LABELS})
    queues: dict[str, Counts] = field(
        default_factory=lambda: {q: Counts() for q in ("accept", "query", "decline")}
    )
    correct_queues: int = 0
    total: int = 0
    mistakes: list[str] = field(default_factory=list)

    def macro_f1(self) -> float:
        return sum(self.labels[name].f1() for name in REASONS) / len(REASONS)

    def queue_accuracy(self) -> float:
        return self.correct_queues / self.total if self.total else 0.0


def evaluate(profiles_path: Path, data_path: Path, rules_only: bool = False) -> Scores:
    profiles = load_profiles(profiles_path)
    scores = Scores()
    for record in load_records(data_path):
        verdict = classify(
            record.invitation, profiles[record.profile_key], second_opinion=not rules_only
        )
        output = output_record(record.id, verdict)
        score_record(scores, record, output["labels"], output["queue"])
    return scores


def score_record(scores: Scores, record: Record, labels: dict[str, bool], queue: str) -> None:
    scores.total += 1
    differences = []
    for name in OUTPUT_LABELS:
        scores.labels[name].count(labels[name], record.labels[name])
        if labels[name] != record.labels[name]:
            differences.append(f"{name}={labels[name]} (expected {record.labels[name]})")
    for name, counts in scores.queues.items():
        counts.count(queue == name, record.queue == name)
    if queue == record.queue:
        scores.correct_queues += 1
    else:
        differences.append(f"queue={queue} (expected {record.queue})")
    if differences:
        message = record.invitation.message.replace("\n", " ")
        scores.mistakes.append(
            f"{record.id} [{record.profile_key}] {'; '.join(differences)}\n"
            f"    headline: {record.invitation.headline}\n    message: {message}"
        )


def report(scores: Scores, show_mistakes: bool = True) -> None:
    print(f"{'label':<22}{'precision':>10}{'recall':>10}{'f1':>10}")
    for name, counts in scores.labels.items():
        print(f"{name:<22}{counts.precision():>10.3f}{counts.recall():>10.3f}{counts.f1():>10.3f}")
    print(f"\nmacro-F1 (six reasons): {scores.macro_f1():.3f}")
    print(f"queue accuracy:         {scores.queue_accuracy():.3f} over {scores.total}")
    print(f"decline precision:      {scores.queues['decline'].precision():.3f}")
    print(f"accept precision:       {scores.queues['accept'].precision():.3f}")
    if show_mistakes:
        print(f"\n{len(scores.mistakes)} records with a difference:")
        for mistake in scores.mistakes:
            print(mistake)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profiles", type=Path, default=CORPUS / "profiles.json")
    parser.add_argument("--data", type=Path, default=CORPUS / "dev.jsonl")
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistakes")
    parser.add_argument(
        "--rules-only", action="store_true", help="leave the learned model out (learned.py)"
    )
    args = parser.parse_args()
    report(evaluate(args.profiles, args.data, args.rules_only), show_mistakes=not args.quiet)


if __name__ == "__main__":
    main()
