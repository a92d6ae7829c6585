"""The whole classifier (rules and learned model) on labelled sets the model has not
learned from: each set in turn is left out of training, the model is fitted on every
other labelled file, and that set is classified and scored. The pooled figures are
printed as eval_classifier.py prints them.

python scripts/eval_held_out.py [--data FILE ...] [--quiet]

By default it holds out each set in tests/classifier/test_dev_set.py's LEARNED_FROM in
turn. This is how learned.py's thresholds (MIN_WORDS, UPPER, LOWER) were chosen: on sets
the model had not seen, not on its own training data. The rules are the committed ones,
so on a set whose mistakes a rule was later written for, the figure is not blind for the
rules: the figures it arrived with are in LEARNED_FROM.
Needs scikit-learn (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_classifier import Scores, report, score_record  # noqa: E402
from train_classifier_model import CORPUS, Folds  # noqa: E402

from tests.classifier.test_dev_set import LEARNED_FROM  # noqa: E402
from triage.classifier import classify  # noqa: E402
from triage.classifier.corpus import load_profiles, load_records, output_record  # noqa: E402
from triage.classifier.learned import build_model  # noqa: E402


def held_out_scores(held_out: list[Path], profiles_path: Path) -> Scores:
    profiles = load_profiles(profiles_path)
    folds = Folds(profiles_path)
    scores = Scores()
    for path in held_out:
        model = build_model(*folds.fit_without(path))
        for record in load_records(path):
            verdict = classify(record.invitation, profiles[record.profile_key], model=model)
            output = output_record(record.id, verdict)
            score_record(scores, record, output["labels"], output["queue"])
        print(f"held out {path.name}", file=sys.stderr)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=Path, default=CORPUS / "profiles.json")
    parser.add_argument("--data", type=Path, nargs="*")
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistakes")
    args = parser.parse_args()
    here = REPO / "tests" / "classifier"
    held_out = args.data or [here / name for name in LEARNED_FROM]
    report(held_out_scores(held_out, args.profiles), show_mistakes=not args.quiet)


if __name__ == "__main__":
    main()
