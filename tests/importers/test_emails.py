"""Notification emails: .eml, .mbox, HTML-only mail, and mail that is not an invitation."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from tests.conftest import SHARED_DIR
from tests.importers.conftest import NOW
from triage.importers import parse_file
from triage.importers.emails import html_to_text, sender_name_from_header


def parse(data: bytes, name: str):  # type: ignore[no-untyped-def]
    return parse_file(name, data, time_zone=UTC, now=NOW).collect()


def corpus_entry(sender: str) -> dict:
    with open(SHARED_DIR / "corpus" / "dev.jsonl") as lines:
        for line in lines:
            entry = json.loads(line)
            if entry["sender"]["name"] == sender:
                return entry
    raise AssertionError(sender)


def test_eml_fixture(fixtures_dir: Path) -> None:
    result = parse((fixtures_dir / "emails/dev-001.eml").read_bytes(), "dev-001.eml")
    (record,) = result.record_list
    entry = corpus_entry("Giles Ashworth")
    assert record.sender_name == "Giles Ashworth"
    assert record.sender_headline == entry["sender"]["headline"]
    assert record.sender_profile_url == entry["sender"]["profile_url"]
    assert record.message == entry["message"]
    assert record.sent_at == datetime(2026, 6, 10, 16, 7, tzinfo=UTC)
    assert record.sent_at_exact


def test_mbox_fixture_holds_forty_invitations(fixtures_dir: Path) -> None:
    result = parse((fixtures_dir / "emails/invitations.mbox").read_bytes(), "invitations.mbox")
    records = result.record_list
    assert len(records) == 40
    assert result.skipped == 0
    for record in records:
        entry = corpus_entry(record.sender_name)
        assert record.sender_headline == entry["sender"]["headline"]
        assert record.sender_profile_url == entry["sender"]["profile_url"]


def _mail(subject: str, plain: str | None, html: str | None, sender: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "tom@example.com"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Mar 2026 09:30:00 +0100"
    if plain is not None:
        message.set_content(plain)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return bytes(message)


def test_html_only_invitation() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><p>Hi Tom, we met at &lt;PyCon&gt;!</p>"
        "<table><tr><td><b>Ana Gómez</b><br>Data Lead at Acme</td></tr></table>"
        "<a href='https://www.linkedin.com/comm/people/invite-accept?invitationId=1'>Accept</a>"
        "<a href='https://uk.linkedin.com/comm/in/ana-gomez?trk=x'>View profile</a></body></html>"
    )
    data = _mail(
        "Tom, please add me", None, html, '"Ana Gómez via LinkedIn" <invitations@linkedin.com>'
    )
    (record,) = parse(data, "ana.eml").record_list
    assert record.sender_name == "Ana Gómez"
    assert record.sender_headline == "Data Lead at Acme"
    assert record.message == "Hi Tom, we met at <PyCon>!"
    assert record.sender_profile_url == "https://www.linkedin.com/in/ana-gomez"
    assert record.sent_at == datetime(2026, 3, 3, 8, 30, tzinfo=UTC)


def test_mail_that_is_not_an_invitation_is_skipped_and_counted() -> None:
    newsletter = _mail(
        "Your weekly digest", "Five posts you missed.", None, "LinkedIn <news@linkedin.com>"
    )
    accepted = _mail(
        "Ben accepted your invitation",
        "Ben accepted your invitation to connect.",
        None,
        "LinkedIn <x@linkedin.com>",
    )
    invitation = _mail(
        "Ana wants to connect",
        "Hello!\n\nAna Gómez\nData Lead\n\nAccept: https://www.linkedin.com/comm/people/invite-accept?x=1\n",
        None,
        "Ana Gómez <invitations@linkedin.com>",
    )
    mbox = b""
    for raw in (newsletter, accepted, invitation):
        mbox += (
            b"From MAILER-DAEMON Tue Mar  3 09:30:00 2026\n" + raw.replace(b"\r\n", b"\n") + b"\n"
        )
    result = parse(mbox, "mail.mbox")
    assert [r.sender_name for r in result.record_list] == ["Ana Gómez"]
    assert result.record_list[0].message == "Hello!"
    assert result.skipped == 2

    single = parse(newsletter, "digest.eml")
    assert single.record_list == []
    assert single.skipped == 1


def test_lines_like_the_notifications_own_are_kept_inside_the_note() -> None:
    plain = (
        "Amy Stone wants to connect with you\n\n"
        "Hi Tom,\nOur CTO wants to connect the two teams before the launch.\n"
        "You have an invitation to our offsite too.\nAmy\n\n"
        "Amy Stone\nSourcer at Acme\n\n"
        "Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=9\n\n"
        "You received an invitation to connect.\n"
    )
    data = _mail("Tom, please add me", plain, None, "Amy Stone <invitations@linkedin.com>")
    (record,) = parse(data, "amy.eml").record_list
    assert record.message == (
        "Hi Tom,\nOur CTO wants to connect the two teams before the launch.\n"
        "You have an invitation to our offsite too.\nAmy"
    )
    assert record.sender_headline == "Sourcer at Acme"


def test_html_mail_with_name_and_headline_in_paragraphs_of_their_own() -> None:
    html = (
        "<html><body><p>Hi Tom, loved your talk at the meetup.</p>"
        "<p>Ana Gómez</p><p>Data Lead at Acme</p>"
        "<a href='https://www.linkedin.com/comm/people/invite-accept?invitationId=1'>Accept</a>"
        "</body></html>"
    )
    data = _mail("Tom, please add me", None, html, "Ana Gómez <invitations@linkedin.com>")
    (record,) = parse(data, "ana.eml").record_list
    assert record.sender_headline == "Data Lead at Acme"
    assert record.message == "Hi Tom, loved your talk at the meetup."


def test_nul_characters_are_dropped_from_an_email() -> None:
    plain = (
        "Hi Tom,\x00 we met at PyCon.\n\nAna Gómez\nData Lead\x00\n\n"
        "Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=1\n"
    )
    data = _mail("Tom, please add me", plain, None, "Ana Gómez <invitations@linkedin.com>")
    assert b"\x00" in data
    (record,) = parse(data, "nul.eml").record_list
    assert "\x00" not in record.message + record.sender_headline + record.sender_name
    assert record.message == "Hi Tom, we met at PyCon."
    assert record.sender_headline == "Data Lead"


def test_a_long_run_of_spaces_in_html_or_a_sender_name_is_read() -> None:
    # Both were regexes that rescanned the run from each of its positions.
    text = html_to_text("<p>Hi Tom" + " " * 100_000 + "x</p><p>Ana Gómez</p>")
    assert text.startswith("Hi Tom") and "\nAna Gómez" in text
    name = '"Ana' + " " * 100_000 + 'Gómez via LinkedIn" <invitations@linkedin.com>'
    assert sender_name_from_header(name) == "Ana Gómez"
