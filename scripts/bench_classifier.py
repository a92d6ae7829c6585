"""Classifier throughput on one core: the dev set repeated to at least 20,000 invitations.

python scripts/bench_classifier.py [--profiles PATH] [--data PATH] [--count N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.classifier import InvitationInput, ProfileInput, classify  # noqa: E402
from triage.classifier.corpus import load_profiles, load_records  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"


def _cpu_seconds(work: list[tuple[InvitationInput, ProfileInput]]) -> float:
    started = time.process_time()
    for invitation, profile in work:
        classify(invitation, profile)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profiles", type=Path, default=CORPUS / "profiles.json")
    parser.add_argument("--data", type=Path, default=CORPUS / "dev.jsonl")
    parser.add_argument("--count", type=int, default=24_000)
    args = parser.parse_args()

    profiles = load_profiles(args.profiles)
    pairs = [(r.invitation, profiles[r.profile_key]) for r in load_records(args.data)]
    repeats = -(-max(args.count, 20_000) // len(pairs))
    work = pairs * repeats
    for invitation, profile in pairs:  # warm the per-profile cache, as a worker would be
        classify(invitation, profile)

    # CPU time of this process, best of five rounds: other work on a shared machine
    # should not count against the classifier.
    elapsed = min(_cpu_seconds(work) for _ in range(5))
    rate = len(work) / elapsed
    print(f"classifier: {rate:,.0f} invitations/s over {len(work):,} (single core)")


if __name__ == "__main__":
    main()
