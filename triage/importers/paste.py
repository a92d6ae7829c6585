"""Text a person pasted: the received-invitations page, or a notification email.

Lines that fit no card are returned as problems so the preview can show them
rather than guessing in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from triage.importers.emails import (
    email_date,
    invitation_from_text,
    is_invitation,
    sender_name_from_header,
    split_pasted_headers,
)
from triage.importers.records import InvitationRecord, ParseResult, Problem
from triage.importers.text import clean_line

_AGE = re.compile(
    r"^(?:(?:sent |received )?(?P<n>\d+|an?|one)\s*"
    r"(?P<unit>minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?\s+ago"
    r"|(?P<short>\d+)\s*(?P<short_unit>[mhdwy])|(?P<word>yesterday|today|just now|now))$",
    re.IGNORECASE,
)
_UNIT_DAYS = {
    "minute": 1 / 1440,
    "min": 1 / 1440,
    "hour": 1 / 24,
    "hr": 1 / 24,
    "day": 1,
    "week": 7,
    "wk": 7,
    "month": 30,
    "mo": 30,
    "year": 365,
    "yr": 365,
}
_SHORT_UNIT_DAYS = {"m": 1 / 1440, "h": 1 / 24, "d": 1, "w": 7, "y": 365}

# The regexes below run on every line of a paste, so none may backtrack over a long
# line: a count is "12" or "1,234" (never a run of digits and commas), spaces are
# collapsed to one before matching, and a line longer than any card line is no count.
_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"
MAX_MUTUAL_LINE = 300
_MUTUAL_COUNT = re.compile(rf"^({_COUNT}) (?:shared|mutual) connections?$", re.IGNORECASE)
_MUTUAL_NAMED_OTHERS = re.compile(
    rf"^(?P<names>.+?) ?(?:,|&|\band\b) ?(?P<n>{_COUNT}) other (?:shared|mutual) connections?$",
    re.IGNORECASE,
)
_MUTUAL_NAMED = re.compile(
    r"^(?P<names>.+) (?:is an? (?:shared|mutual) connection|are (?:shared|mutual) connections)$",
    re.IGNORECASE,
)
_BUTTON = re.compile(
    r"^(?:ignore|accept|decline|message|reply|reply to .+|connect|follow|see more|…see more"
    r"|\.\.\.see more|show less|see less|more)$",
    re.IGNORECASE,
)
_CARD_END = re.compile(r"^(?:ignore|accept|decline)$", re.IGNORECASE)
# The page around the cards: headings, tabs and links that hold no invitation.
_PAGE_CHROME = re.compile(
    r"^(?:invitations(?: \(\d+\))?|manage(?: invitations)?|received|sent|show all(?: \d+)?"
    r"|see all(?: \d+)?|all|people(?: \(\d+\))?|newsletters?(?: \(\d+\))?|pages?(?: \(\d+\))?"
    r"|events?(?: \(\d+\))?|groups?(?: \(\d+\))?|no pending invitations|grow|catch up"
    r"|manage my network|invitations? \(\d+\) manage)$",
    re.IGNORECASE,
)
# Searched across the whole paste: the name after "view" is bounded, or every "view"
# in a long line would rescan the rest of it.
_EMAIL_MARKERS = re.compile(
    r"invite-accept|invitationid=|view [^\n]{1,100}?['’]s profile|invitation to connect"
    r"|wants to connect|add me to your (?:\w+ )?network",
    re.IGNORECASE,
)


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def mutual_connections(line: str) -> int | None:
    """ "12 mutual connections", "Ann, Bo & 8 other mutual connections" -> 12, 10; else None."""
    if len(line) > MAX_MUTUAL_LINE:
        return None
    text = " ".join(clean_line(line).split())
    if not text.casefold().endswith(("connection", "connections")):
        return None
    if match := _MUTUAL_COUNT.match(text):
        return _count(match[1])
    if match := _MUTUAL_NAMED_OTHERS.match(text):
        return _count(match["n"]) + _named_count(match["names"])
    if match := _MUTUAL_NAMED.match(text):
        return _named_count(match["names"])
    return None


def _named_count(names: str) -> int:
    return len([name for name in re.split(r",|&|\band\b", names) if name.strip()])


def age_to_datetime(line: str, now: datetime) -> datetime | None:
    """ "2 days ago", "Yesterday", "1w" -> a datetime that far before `now`; else None."""
    match = _AGE.match(clean_line(line))
    if not match:
        return None
    if word := match["word"]:
        return now - timedelta(days=1) if word.lower() == "yesterday" else now
    if match["short"]:
        days = int(match["short"]) * _SHORT_UNIT_DAYS[match["short_unit"].lower()]
    else:
        amount = match["n"].lower()
        number = 1 if amount in {"a", "an", "one"} else int(amount)
        days = number * _UNIT_DAYS[match["unit"].lower()]
    return now - timedelta(days=days)


@dataclass
class _Card:
    lines: list[tuple[int, str]] = field(default_factory=list)

    def has_text(self) -> bool:
        return any(text for _, text in self.lines)


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL_MARKERS.search(text))


def parse_paste(text: str, now: datetime, where: str = "Pasted text") -> ParseResult:
    """A paste of the invitations page, or of one or more notification emails."""
    if looks_like_email(text) and not _has_cards(text):
        return parse_pasted_emails(text, now, where)
    return parse_invitations_page(text, now, where)


def _has_cards(text: str) -> bool:
    lines = [clean_line(line) for line in text.splitlines()]
    return sum(1 for line in lines if _CARD_END.match(line)) >= 2 and any(
        _AGE.match(line) for line in lines
    )


def parse_invitations_page(text: str, now: datetime, where: str = "Pasted text") -> ParseResult:
    result = ParseResult(source="paste")
    records: list[InvitationRecord] = []
    for card in _cards(text):
        record = _read_card(card, now, where, result)
        if record is not None:
            records.append(record)
    result.records = records
    return result


def _cards(text: str) -> list[_Card]:
    """Cards end with their buttons (Ignore / Accept); the next text line starts a new one."""
    cards: list[_Card] = [_Card()]
    in_buttons = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = clean_line(raw)
        if not line:
            continue
        if _CARD_END.match(line):
            in_buttons = True
            cards[-1].lines.append((number, line))
            continue
        if in_buttons and not _BUTTON.match(line):
            cards.append(_Card())
            in_buttons = False
        cards[-1].lines.append((number, line))
    return [card for card in cards if card.has_text()]


def _read_card(
    card: _Card, now: datetime, where: str, result: ParseResult
) -> InvitationRecord | None:
    lines = [(number, line) for number, line in card.lines if not _PAGE_CHROME.match(line)]
    ended_by_buttons = any(_CARD_END.match(line) for _, line in lines)
    age_at = next((i for i, (_, line) in enumerate(lines) if _AGE.match(line)), None)
    if age_at is None:
        _unplaced(lines, where, result, 'no age such as "2 days ago" to anchor a card')
        return None
    before = lines[:age_at]
    mutual: int | None = None
    people: list[tuple[int, str]] = []
    for number, line in before:
        count = mutual_connections(line)
        if count is not None and mutual is None:
            mutual = count
        else:
            people.append((number, line))
    if not people:
        _unplaced(lines, where, result, "a card with no name")
        return None
    # Name then headline sit right above the age; anything higher is not part of the card.
    if len(people) >= 2:
        name, headline = people[-2][1], people[-1][1]
        _unplaced(people[:-2], where, result, "not part of any card")
    else:
        name, headline = people[0][1], ""
    note_lines: list[str] = []
    after = lines[age_at + 1 :]
    for index, (_number, line) in enumerate(after):
        if _BUTTON.match(line):
            rest = [item for item in after[index:] if not _BUTTON.match(item[1])]
            _unplaced(rest, where, result, "after the buttons of a card")
            break
        note_lines.append(line)
    if not ended_by_buttons and not note_lines and len(people) < 2:
        _unplaced(lines, where, result, "an incomplete card")
        return None
    sent_at = age_to_datetime(lines[age_at][1], now)
    return InvitationRecord(
        sender_name=name,
        sender_headline=headline,
        message="\n".join(note_lines).strip(),
        sent_at=sent_at,
        sent_at_exact=False,
        mutual_connections=mutual,
    )


def _unplaced(lines: list[tuple[int, str]], where: str, result: ParseResult, why: str) -> None:
    for number, line in lines:
        if _BUTTON.match(line) or _PAGE_CHROME.match(line):
            continue
        result.add_problem(Problem(f"{where}, line {number}", f"Not placed ({why}): {line}"))


def parse_pasted_emails(text: str, now: datetime, where: str = "Pasted text") -> ParseResult:
    """One or more notification emails copied as text, split where a "From:" line starts one."""
    result = ParseResult(source="paste")
    records: list[InvitationRecord] = []
    for number, chunk in enumerate(_split_emails(text), start=1):
        headers, body = split_pasted_headers(chunk)
        label = f"{where}, email {number}"
        if not is_invitation(headers.get("subject", ""), body):
            result.skipped += 1
            continue
        sent_at = email_date(headers.get("date", "") or headers.get("sent", ""))
        record = invitation_from_text(
            body,
            sender_name=sender_name_from_header(headers.get("from", "")),
            sent_at=sent_at or now,
            exact=sent_at is not None,
        )
        if record is None:
            result.add_problem(Problem(label, "Could not find the sender's name."))
            continue
        records.append(record)
    result.records = records
    return result


def _split_emails(text: str) -> list[str]:
    chunks: list[list[str]] = [[]]
    for line in text.strip().splitlines():
        if re.match(r"^From:\s", line.strip(), re.IGNORECASE) and any(
            item.strip() for item in chunks[-1]
        ):
            chunks.append([])
        chunks[-1].append(line)
    return ["\n".join(chunk) for chunk in chunks if any(item.strip() for item in chunk)]
