"""Invitations.csv in its real variations: headers, encodings, dates, odd text."""

from __future__ import annotations

import codecs
import zoneinfo
from datetime import UTC, datetime

import pytest

from tests.importers.conftest import NEW_HEADER, NOW, OLD_HEADER
from triage.importers import ImportRejected, parse_file
from triage.importers.csv_export import parse_export_datetime


def parse(data: bytes, name: str = "Invitations.csv", time_zone=UTC):  # type: ignore[no-untyped-def]
    return parse_file(name, data, time_zone=time_zone, now=NOW).collect()


ROWS = (
    '"Okafor, Ben, CFA 🚀",Alice Archer,"4/6/26, 2:12 PM",'
    '"Hi Alice,\n""we met"" at the fair, remember?",'
    "INCOMING,https://www.linkedin.com/in/ben,https://www.linkedin.com/in/alice\n"
    'Alice Archer,Zoë Price,"4/7/26, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/alice,'
    "https://www.linkedin.com/in/zoe\n"
    'Zoë Price,Alice Archer,"12/31/25, 11:59 PM",,INCOMING,https://www.linkedin.com/in/zoe,\n'
)


def test_new_header_keeps_incoming_and_counts_outgoing_as_skipped() -> None:
    result = parse(f"{NEW_HEADER}\n{ROWS}".encode())
    assert [r.sender_name for r in result.record_list] == ["Okafor, Ben, CFA 🚀", "Zoë Price"]
    assert result.skipped == 1
    first = result.record_list[0]
    assert first.message == 'Hi Alice,\n"we met" at the fair, remember?'
    assert first.sender_profile_url == "https://www.linkedin.com/in/ben"
    assert first.sent_at == datetime(2026, 4, 6, 14, 12, tzinfo=UTC)
    assert first.sent_at_exact
    assert result.record_list[1].sent_at == datetime(2025, 12, 31, 23, 59, tzinfo=UTC)


def test_old_header_without_profile_urls() -> None:
    data = f'{OLD_HEADER}\nAnn Lee,Tom B,"1/2/25, 12:05 AM",hello,INCOMING\n'.encode()
    (record,) = parse(data).record_list
    assert record.sender_profile_url == ""
    assert record.sent_at == datetime(2025, 1, 2, 0, 5, tzinfo=UTC)


def test_recognised_by_header_not_name() -> None:
    result = parse(f"{NEW_HEADER}\n{ROWS}".encode(), name="download (3).txt")
    assert len(result.record_list) == 2


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode(),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_unicode_encodings(encode) -> None:  # type: ignore[no-untyped-def]
    result = parse(encode(f"{NEW_HEADER}\r\n{ROWS}"))
    assert [r.sender_name for r in result.record_list] == ["Okafor, Ben, CFA 🚀", "Zoë Price"]


def test_windows_1252() -> None:
    text = f'{OLD_HEADER}\nZoë Price,Alice,"4/6/26, 2:12 PM",Café – “soon”,INCOMING\n'
    (record,) = parse(text.encode("cp1252")).record_list
    assert record.sender_name == "Zoë Price"
    assert record.message == "Café – “soon”"


def test_sent_at_is_read_in_the_users_time_zone() -> None:
    london = zoneinfo.ZoneInfo("Europe/London")
    data = f'{OLD_HEADER}\nAnn,Tom,"7/1/26, 2:12 PM",,INCOMING\n'.encode()
    (record,) = parse(data, time_zone=london).record_list
    assert record.sent_at is not None
    assert record.sent_at.astimezone(UTC) == datetime(2026, 7, 1, 13, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("4/6/26, 2:12 PM", datetime(2026, 4, 6, 14, 12, tzinfo=UTC)),
        ("4/6/26, 12:00 AM", datetime(2026, 4, 6, 0, 0, tzinfo=UTC)),
        ("4/6/26, 12:30 PM", datetime(2026, 4, 6, 12, 30, tzinfo=UTC)),
        ("4/6/26, 2:12\u202fPM", datetime(2026, 4, 6, 14, 12, tzinfo=UTC)),
        ("04/06/2026 14:12", datetime(2026, 4, 6, 14, 12, tzinfo=UTC)),
        ("2026-04-06 14:12:00 UTC", datetime(2026, 4, 6, 14, 12, tzinfo=UTC)),
        ("13/6/26, 2:12 PM", None),
        ("4/6/26, 13:12 PM", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_export_datetimes(raw: str, expected: datetime | None) -> None:
    assert parse_export_datetime(raw, UTC) == expected


def test_missing_columns_are_named() -> None:
    data = b"From,To,Message,Whatever,Direction\nAnn,Tom,hi,x,INCOMING\n"
    with pytest.raises(ImportRejected, match="Sent At"):
        parse(data)


def test_two_missing_columns_are_both_named() -> None:
    data = b"From,To,Sent At,inviterProfileUrl\nAnn,Tom,x,y\n"
    with pytest.raises(ImportRejected) as raised:
        parse(data)
    assert "Message, Direction columns" in raised.value.message


def test_unparseable_date_names_the_row() -> None:
    data = f'{OLD_HEADER}\nAnn,Tom,"4/6/26, 2:12 PM",,INCOMING\nBo,Tom,last Tuesday,,INCOMING\n'
    with pytest.raises(ImportRejected, match=r"row 3: cannot read the date \"last Tuesday\""):
        parse(data.encode())


def test_odd_rows_are_reported_not_lost() -> None:
    data = f'{OLD_HEADER}\n,Tom,"4/6/26, 2:12 PM",,INCOMING\nBo,Tom,"4/6/26, 2:12 PM",,SIDEWAYS\n\n'
    result = parse(data.encode())
    assert result.record_list == []
    assert [p.where for p in result.problems] == [
        "Invitations.csv, row 2",
        "Invitations.csv, row 3",
    ]
    assert "SIDEWAYS" in result.problems[1].message


def test_values_that_look_like_formulas_are_kept_as_given() -> None:
    data = f'{OLD_HEADER}\n=HYPERLINK(1),Tom,"4/6/26, 2:12 PM","+44 call me @once -now",INCOMING\n'
    (record,) = parse(data.encode()).record_list
    assert record.sender_name == "=HYPERLINK(1)"
    assert record.message == "+44 call me @once -now"


def test_an_unterminated_quote_is_rejected_with_its_row() -> None:
    data = f'{OLD_HEADER}\nAnn,Tom,"4/6/26, 2:12 PM","never ends,INCOMING\n'.encode()
    data += b"x" * 200_000
    with pytest.raises(ImportRejected, match="Row"):
        parse(data)


def test_a_csv_we_do_not_know_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="not a file we recognise"):
        parse(b"Name,Skill\nAnn,Python\n", name="Skills.csv")


def test_large_file_streams() -> None:
    rows = "".join(
        f'Person {n},Tom,"3/{n % 28 + 1}/26, 1:{n % 60:02d} PM",note {n},INCOMING\n'
        for n in range(5000)
    )
    result = parse_file("big.csv", f"{OLD_HEADER}\n{rows}".encode(), time_zone=UTC, now=NOW)
    assert not isinstance(result.records, list)
    assert sum(1 for _ in result.records) == 5000


def test_nul_characters_are_dropped_from_a_utf16_csv() -> None:
    text = f'{OLD_HEADER}\nAnn\x00 Lee,Tom,"4/6/26, 2:12 PM","Hi\x00 Tom",INCOMING\n'
    (record,) = parse(codecs.BOM_UTF16_LE + text.encode("utf-16-le")).record_list
    assert (record.sender_name, record.message) == ("Ann Lee", "Hi Tom")
