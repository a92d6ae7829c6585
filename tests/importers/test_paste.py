"""Pasted text: the invitations page and notification emails, and lines that fit nowhere."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR
from tests.importers.conftest import NOW
from triage.importers import parse_paste
from triage.importers.paste import age_to_datetime, looks_like_email, mutual_connections
from triage.importers.records import MAX_PROBLEMS_KEPT


@pytest.mark.parametrize("who", ["sue", "tom", "priya"])
def test_fixture_pages(fixtures_dir: Path, who: str) -> None:
    text = (fixtures_dir / f"{who}_invitations_page.txt").read_text()
    result = parse_paste(text, NOW).collect()
    assert len(result.record_list) == 25
    assert result.problems == []
    corpus = {}
    with open(SHARED_DIR / "corpus" / "dev.jsonl") as lines:
        for line in lines:
            entry = json.loads(line)
            if entry["profile"] == who:
                corpus[entry["sender"]["name"]] = entry
    for record in result.record_list:
        entry = corpus[record.sender_name]
        assert record.sender_headline == entry["sender"]["headline"]
        assert record.message == entry["message"]
        assert (record.mutual_connections or 0) == (entry["mutual_connections"] or 0)
        assert not record.sent_at_exact


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("12 mutual connections", 12),
        ("1 mutual connection", 1),
        ("Sophie Martin and 2 other mutual connections", 3),
        ("Ann Lee, Bo Chan & 8 other mutual connections", 10),
        ("Ann Lee is a mutual connection", 1),
        ("Ann Lee and Bo Chan are mutual connections", 2),
        ("1,204 mutual connections", 1204),
        ("Head of Sales at Acme", None),
    ],
)
def test_mutual_connections(line: str, count: int | None) -> None:
    assert mutual_connections(line) == count


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("Yesterday", 1),
        ("2 days ago", 2),
        ("1 week ago", 7),
        ("3 weeks ago", 21),
        ("1 month ago", 30),
        ("an hour ago", 1 / 24),
        ("Today", 0),
        ("2d", 2),
    ],
)
def test_ages(line: str, days: float) -> None:
    assert age_to_datetime(line, NOW) == NOW - timedelta(days=days)


def test_age_that_is_not_one() -> None:
    assert age_to_datetime("Head of Ops", NOW) is None


PAGE = """Invitations (3)
Manage

Some stray banner we do not know

Ann Lee
Founder at <b>Acme</b> & Co
Bo Chan, Cy Dee & 3 other mutual connections
2 days ago
Hi, we met at the meetup.
Second line of the note.
Reply to Ann
Ignore
Accept

=cmd|' /C calc'!A0
Sales, Globex
1 week ago
Ignore
Accept

Lonely line without a card
"""


def test_page_with_unplaced_lines() -> None:
    result = parse_paste(PAGE, NOW).collect()
    ann, formula = result.record_list
    assert ann.sender_name == "Ann Lee"
    assert ann.sender_headline == "Founder at <b>Acme</b> & Co"
    assert ann.mutual_connections == 5
    assert ann.message == "Hi, we met at the meetup.\nSecond line of the note."
    assert ann.sent_at == NOW - timedelta(days=2)
    assert formula.sender_name == "=cmd|' /C calc'!A0"
    assert formula.message == ""
    unplaced = [problem.message for problem in result.problems]
    assert any("Some stray banner we do not know" in message for message in unplaced)
    assert any("Lonely line without a card" in message for message in unplaced)
    assert [p.where for p in result.problems] == ["Pasted text, line 4", "Pasted text, line 22"]


def test_pasted_email_with_headers() -> None:
    text = (
        "From: Giles Ashworth <invitations@linkedin.com>\n"
        "Subject: Tom, please add me to your LinkedIn network\n"
        "Date: Wed, 10 Jun 2026 16:07:00 +0000\n\n"
        "Hi Tom, open to a chat?\n\nGiles Ashworth\nPartner, Thornbury\n\n"
        "Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=1\n\n"
        "View Giles Ashworth's profile: https://www.linkedin.com/in/gashworth\n"
    )
    (record,) = parse_paste(text, NOW).collect().record_list
    assert record.sender_name == "Giles Ashworth"
    assert record.sender_headline == "Partner, Thornbury"
    assert record.message == "Hi Tom, open to a chat?"
    assert record.sender_profile_url == "https://www.linkedin.com/in/gashworth"
    assert record.sent_at is not None and record.sent_at.year == 2026 and record.sent_at_exact


def test_pasted_email_body_only_takes_the_name_from_the_profile_link() -> None:
    text = (
        "I'd like to join your LinkedIn network.\n\nJacob Freeman\nInvestor\n\n"
        "Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=2\n"
        "View Jacob Freeman's profile: https://www.linkedin.com/in/jfreeman\n"
    )
    (record,) = parse_paste(text, NOW).collect().record_list
    assert (record.sender_name, record.sender_headline) == ("Jacob Freeman", "Investor")
    assert record.sent_at == NOW
    assert not record.sent_at_exact


def test_text_with_no_invitation() -> None:
    result = parse_paste("just some words\nand more", NOW).collect()
    assert result.record_list == []
    assert len(result.problems) == 2


# 'a' + 40,000 spaces + 'b' took the old mutual-connection regexes close to a minute; a
# 20 KB pasted line, 13 s of one request. These are correctness checks on such lines
# (speed is measured in the benchmarks), run at a size that would hang before.
PATHOLOGICAL = "a" + " " * 40_000 + "b"


@pytest.mark.parametrize(
    "line",
    [
        PATHOLOGICAL,
        "Ann, " + "1," * 20_000 + " other mutual connections",
        "Ann" + " " * 20_000 + "and 3 other mutual connections",
        "x" * 400 + " is a mutual connection",
    ],
)
def test_a_pathological_line_is_no_count(line: str) -> None:
    assert mutual_connections(line) is None


def test_counts_with_odd_spacing_still_read() -> None:
    assert mutual_connections("Ann  Lee ,  Bo &  1,234   other mutual connections") == 1236
    assert mutual_connections("  3   mutual   connections ") == 3


def test_a_card_under_a_pathological_line_is_still_read() -> None:
    text = (
        f"{PATHOLOGICAL}\nAnn Lee\nFounder at Acme\n3 mutual connections\n2 days ago\nHi!\n"
        "Ignore\nAccept\n"
    )
    result = parse_paste(text, NOW).collect()
    (record,) = result.record_list
    assert (record.sender_name, record.sender_headline) == ("Ann Lee", "Founder at Acme")
    assert (record.mutual_connections, record.message) == (3, "Hi!")
    assert [p.where for p in result.problems] == ["Pasted text, line 1"]


def test_a_long_line_of_view_is_no_email() -> None:
    assert not looks_like_email("view " * 100_000)
    assert looks_like_email("View Sean O'Brien's profile: https://www.linkedin.com/in/sob")


def test_only_the_first_problems_are_kept_and_the_rest_counted() -> None:
    text = "".join(f"stray line {n}\n" for n in range(250))
    result = parse_paste(text, NOW).collect()
    assert len(result.problems) == MAX_PROBLEMS_KEPT
    assert result.more_problems == 150
    assert result.problem_count == 250
