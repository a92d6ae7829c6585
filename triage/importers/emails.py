"""Invitation notification emails: .eml files, .mbox archives and pasted email text."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser

from triage.importers.records import InvitationRecord, ParseResult, Problem
from triage.importers.text import clean_line

_PROFILE_URL = re.compile(
    r"https?://(?:[a-z]{2,3}\.)?linkedin\.com/(?:comm/)?in/([A-Za-z0-9\-_%.]+)", re.IGNORECASE
)
_ACCEPT_LINK = re.compile(r"invite-accept|invitationid=", re.IGNORECASE)
_INVITATION_WORDS = re.compile(
    r"invitation to connect|wants to connect|invited you to connect|add me to your (?:\w+ )?network"
    r"|invitation (?:from|to join)|would like to connect|sent you an invitation",
    re.IGNORECASE,
)
_NOT_AN_INVITATION = re.compile(
    r"accepted your invitation|invitation was accepted|new connection", re.IGNORECASE
)
# Whole lines the notification itself writes around the note. They are only taken off
# the note's edges: a sender may well write "our CTO wants to connect the teams" inside it.
_CHROME_LINE = re.compile(
    r"^(?:you (?:have|received) (?:an? |\d{1,3} )?(?:new )?invitations?(?: to connect)?"
    r"(?: on linkedin)?[.!]?|-{2,}|_{2,}|unsubscribe\b.*|this email was intended for\b.*"
    r"|learn why we included this\b.*|©.*)$",
    re.IGNORECASE,
)
# "Ann Lee wants to connect with you": chrome only when it names the sender.
_WANTS_TO_CONNECT = re.compile(
    r"^(?P<name>.{1,200}?) (?:wants to connect|invited you to connect|would like to connect)"
    r"(?: with you)?(?: on linkedin)?[.!]?$",
    re.IGNORECASE,
)
# Longer than this, a line is the sender's writing, never a line of the notification.
MAX_CHROME_LINE = 300
_STOP_LINE = re.compile(
    r"^(?:accept\b|ignore\b|reply\b|view (?:.+['’]s )?profile|https?://|see all invitations)",
    re.IGNORECASE,
)
_VIEW_PROFILE_NAME = re.compile(r"^view (.+?)['’]s profile", re.IGNORECASE)
_VIA = re.compile(r"\s+(?:via|on|from)\s+linkedin\s*$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^(From|To|Subject|Date|Sent|Cc|Reply-To):\s*(.*)$", re.IGNORECASE)


class _HtmlText(HTMLParser):
    """HTML to plain lines; links kept at the end so the profile URL can be found."""

    BLOCKS = frozenset(
        {"p", "br", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "title"}:
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "title"} and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        # Line by line rather than a regex over the whole text: a long run of spaces
        # with no newline after it made "[ \t]*\n" rescan it from every position.
        body = "\n".join(line.strip(" \t") for line in "".join(self.parts).split("\n"))
        body = re.sub(r"\n{3,}", "\n\n", body).strip()
        return body + "\n\n" + "\n".join(unescape(link) for link in self.links)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text()


def sender_name_from_header(value: str) -> str:
    """ "Giles Ashworth via LinkedIn" <...> -> Giles Ashworth; "LinkedIn" alone is no name."""
    addresses = getaddresses([value]) if value else []
    # Spaces collapsed first: _VIA's "\s+" would otherwise rescan a long run of them.
    name = " ".join(addresses[0][0].split()) if addresses else ""
    name = _VIA.sub("", name).strip(" \"'")
    return "" if name.casefold() in {"", "linkedin"} else name


def profile_url_in(text: str) -> str:
    match = _PROFILE_URL.search(text)
    return f"https://www.linkedin.com/in/{match[1].rstrip('.')}" if match else ""


def is_invitation(subject: str, body: str) -> bool:
    if _NOT_AN_INVITATION.search(subject):
        return False
    return bool(
        _ACCEPT_LINK.search(body)
        or _INVITATION_WORDS.search(subject)
        or _INVITATION_WORDS.search(body)
    )


def invitation_from_text(
    body: str, *, sender_name: str = "", sent_at: datetime | None = None, exact: bool = True
) -> InvitationRecord | None:
    """An invitation from the text of a notification: note, name, headline, profile link."""
    lines = [clean_line(line) for line in body.splitlines()]
    name = sender_name
    if not name:
        for line in lines:
            match = _VIEW_PROFILE_NAME.match(line)
            if match:
                name = match[1].strip()
                break
    name_index = next(
        (i for i, line in enumerate(lines) if name and line.casefold() == name.casefold()), None
    )
    if name_index is None:
        # No name to anchor on: the name heads the last paragraph before the buttons.
        stop = next((i for i, line in enumerate(lines) if _STOP_LINE.match(line)), len(lines))
        paragraph_start = stop
        while paragraph_start > 0 and not lines[paragraph_start - 1]:
            paragraph_start -= 1
        while paragraph_start > 0 and lines[paragraph_start - 1]:
            paragraph_start -= 1
        if paragraph_start < stop and lines[paragraph_start] and not name:
            name_index = paragraph_start
            name = lines[paragraph_start]
    if not name:
        return None
    headline = ""
    note_lines = lines
    if name_index is not None:
        # HTML mail puts name and headline in paragraphs of their own, a blank line apart.
        following = next((line for line in lines[name_index + 1 :] if line), "")
        if following and not _STOP_LINE.match(following):
            headline = following
        note_lines = lines[:name_index]
    else:
        stop = next((i for i, line in enumerate(lines) if _STOP_LINE.match(line)), len(lines))
        note_lines = lines[:stop]
    return InvitationRecord(
        sender_name=name,
        sender_headline=headline,
        sender_profile_url=profile_url_in(body),
        message=_note(note_lines, name),
        sent_at=sent_at,
        sent_at_exact=exact,
    )


def _note(lines: list[str], sender_name: str) -> str:
    """The note: the lines given, less the notification's own lines above and below it."""
    start, end = 0, len(lines)
    while start < end and (not lines[start] or _is_chrome(lines[start], sender_name)):
        start += 1
    while end > start and (not lines[end - 1] or _is_chrome(lines[end - 1], sender_name)):
        end -= 1
    return "\n".join(lines[start:end]).strip()


def _is_chrome(line: str, sender_name: str) -> bool:
    if len(line) > MAX_CHROME_LINE:
        return False
    if _CHROME_LINE.match(line):
        return True
    match = _WANTS_TO_CONNECT.match(line)
    return match is not None and match["name"].casefold() == sender_name.casefold()


def _body_text(message: EmailMessage) -> str:
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        text = plain.get_content()
        if isinstance(text, str) and text.strip():
            return text
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        content = html.get_content()
        if isinstance(content, str):
            return html_to_text(content)
    return ""


def email_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_message(message: EmailMessage, where: str, result: ParseResult) -> InvitationRecord | None:
    """The invitation an email holds; anything else is counted as skipped."""
    subject = str(message.get("Subject", ""))
    try:
        body = _body_text(message)
    except (LookupError, ValueError, AttributeError) as error:
        result.add_problem(Problem(where, f"Could not read the email's text ({error})."))
        return None
    if not is_invitation(subject, body):
        result.skipped += 1
        return None
    sent_at = email_date(str(message.get("Date", "")))
    record = invitation_from_text(
        body,
        sender_name=sender_name_from_header(str(message.get("From", ""))),
        sent_at=sent_at,
    )
    if record is None:
        result.add_problem(Problem(where, "An invitation email with no sender name found."))
    return record


def parse_eml(data: bytes, where: str) -> ParseResult:
    result = ParseResult(source="email")
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    record = read_message(message, where, result)
    result.records = [record] if record else []
    return result


def looks_like_mbox(data: bytes) -> bool:
    return data.startswith(b"From ")


def looks_like_eml(data: bytes) -> bool:
    head = data[:4096].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].lower()
    fields = {line.split(b":", 1)[0] for line in head.split(b"\n") if b":" in line}
    return b"from" in fields and bool(fields & {b"subject", b"date", b"mime-version", b"to"})


def parse_mbox(data: bytes, where: str) -> ParseResult:
    """Each message in turn, so a large archive is never parsed all at once."""
    result = ParseResult(source="email")
    result.records = _iter_mbox(data, where, result)
    return result


def _iter_mbox(data: bytes, where: str, result: ParseResult) -> Iterator[InvitationRecord]:
    for number, raw in enumerate(_mbox_messages(data), start=1):
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        record = read_message(message, f"{where}, message {number}", result)
        if record is not None:
            yield record


def _mbox_messages(data: bytes) -> Iterator[bytes]:
    current: list[bytes] = []
    previous_blank = True
    for line in io.BytesIO(data):
        if line.startswith(b"From ") and previous_blank:
            if current:
                yield b"".join(current)
            current = []
        else:
            # mboxrd quoting: ">From " in a body was "From " before it was stored.
            current.append(line[1:] if re.match(rb"^>+From ", line) else line)
        previous_blank = not line.strip()
    if current:
        yield b"".join(current)


def split_pasted_headers(text: str) -> tuple[dict[str, str], str]:
    """Header lines a person copied with an email ("From: ...", "Subject: ...") and the rest."""
    headers: dict[str, str] = {}
    lines = text.strip().splitlines()
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.match(lines[index].strip())
        if not match:
            break
        headers.setdefault(match[1].casefold(), match[2].strip())
        index += 1
    return headers, "\n".join(lines[index:])
