"""The whole export zip: the fixtures, the profile files, and hostile or broken archives."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date
from pathlib import Path

import pytest

from tests.importers.conftest import NOW, OLD_HEADER, make_zip
from triage.importers import ImportRejected, parse_file
from triage.importers.records import AffiliationRecord, ConnectionRecord


def parse(data: bytes, name: str = "export.zip", **limits: int):  # type: ignore[no-untyped-def]
    return parse_file(name, data, time_zone=UTC, now=NOW, **limits).collect()


def incoming_rows(zip_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("Invitations.csv").decode("utf-8-sig")
    return [row for row in csv.DictReader(io.StringIO(text)) if row["Direction"] == "INCOMING"]


@pytest.mark.parametrize("who", ["sue", "tom", "priya"])
def test_each_fixture_export_gives_exactly_its_incoming_rows(fixtures_dir: Path, who: str) -> None:
    path = fixtures_dir / f"{who}_LinkedInDataExport.zip"
    result = parse(path.read_bytes(), path.name)
    expected = incoming_rows(path)
    assert [r.sender_name for r in result.record_list] == [row["From"] for row in expected]
    assert [r.message for r in result.record_list] == [row["Message"] for row in expected]
    assert result.skipped == 5
    assert result.problems == []


def test_fixture_profile_files(fixtures_dir: Path) -> None:
    result = parse((fixtures_dir / "tom_LinkedInDataExport.zip").read_bytes())
    profile = result.profile
    assert profile is not None
    assert (profile.first_name, profile.last_name) == ("Tom", "Becker")
    assert (
        AffiliationRecord("organisation", "Northwind Pharma", current=True) in profile.affiliations
    )
    assert AffiliationRecord("organisation", "Hadley Search Partners") in profile.affiliations
    assert AffiliationRecord("school", "University of Leeds") in profile.affiliations
    assert len(profile.connections) == 20
    assert profile.connections[0].connected_on is not None


def test_connections_preamble_old_header_and_date_only_rows() -> None:
    new = (
        'Notes:\n"When exporting your connection data, some emails, are missing."\n\n'
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann,,Acme,CTO,09 Sep 2022\n"
        ",,,,,,10 Sep 2022\n"
        'Bo,Chan,,,,,"1/8/18, 6:14 PM"\n'
    )
    old = "First Name,Last Name,Email Address,Company,Position,Connected On\nCy,Dee,,,,2021-03-04\n"
    data = make_zip({"Connections.csv": new, "old/Connections_old.csv": old})
    result = parse(data)
    assert result.profile is not None
    assert result.profile.connections == [
        ConnectionRecord(
            "Ann Lee", "https://www.linkedin.com/in/ann", "Acme", "CTO", date(2022, 9, 9)
        ),
        ConnectionRecord("Bo Chan", connected_on=date(2018, 1, 8)),
        ConnectionRecord("Cy Dee", connected_on=date(2021, 3, 4)),
    ]
    assert result.skipped == 1
    assert result.record_list == []


def test_positions_current_when_finished_on_is_blank() -> None:
    data = make_zip(
        {
            "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Acme,CTO,,,Jan 2022,\nGlobex,Dev,,,Jan 2019,Dec 2021\n",
            "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
            "MIT,2010,2014,,BSc,\n",
        }
    )
    profile = parse(data).profile
    assert profile is not None
    assert profile.affiliations == [
        AffiliationRecord("organisation", "Acme", current=True),
        AffiliationRecord("organisation", "Globex", current=False),
        AffiliationRecord("school", "MIT"),
    ]


def test_other_export_files_are_ignored() -> None:
    data = make_zip(
        {
            "Messages.csv": "CONVERSATION ID,FROM,TO,DATE,CONTENT\n1,a,b,c,d\n",
            "Invitations.csv": f'{OLD_HEADER}\nAnn,Tom,"4/6/26, 2:12 PM",hi,INCOMING\n',
            "media/photo.jpg": b"\xff\xd8\xff",
        }
    )
    assert [r.sender_name for r in parse(data).record_list] == ["Ann"]


def test_truncated_zip_is_rejected(fixtures_dir: Path) -> None:
    data = (fixtures_dir / "sue_LinkedInDataExport.zip").read_bytes()
    with pytest.raises(ImportRejected, match="damaged or incomplete zip"):
        parse(data[: len(data) // 2])


def test_not_a_zip_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="not a zip file"):
        parse(b"this is just some text, not an archive", "export.zip")


def test_zip_without_export_files_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="none of the export's files"):
        parse(make_zip({"notes.txt": "hello"}))


def test_zip_bomb_is_refused_before_unpacking() -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("Invitations.csv", "w") as member,
    ):
        block = b"\0" * (1024 * 1024)
        for _ in range(210):
            member.write(block)
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    with pytest.raises(ImportRejected, match="would unpack to 210 MB"):
        parse(data)


def test_too_many_members_is_refused() -> None:
    members: dict[str, str | bytes] = {f"f{n}.csv": "x" for n in range(501)}
    with pytest.raises(ImportRejected, match="501 files"):
        parse(make_zip(members))


def test_corrupt_member_is_rejected() -> None:
    csv_text = f"{OLD_HEADER}\n" + "".join(
        f'P{n},Tom,"4/6/26, 2:12 PM",note {n},INCOMING\n' for n in range(2000)
    )
    data = bytearray(make_zip({"Invitations.csv": csv_text}))
    # Flip bytes in the middle of the compressed data: the CRC no longer matches.
    middle = len(data) // 2
    data[middle : middle + 8] = b"\x00" * 8
    with pytest.raises(ImportRejected):
        parse(bytes(data))


def _with_compression_method(data: bytes, method: int) -> bytes:
    """The zip with every member's compression method rewritten (local and central headers)."""
    patched = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = patched.find(signature)
        while at != -1:
            patched[at + offset : at + offset + 2] = method.to_bytes(2, "little")
            at = patched.find(signature, at + 4)
    return bytes(patched)


@pytest.mark.parametrize("method", [9, 98])  # Deflate64, PPMd: zipfile reads neither
def test_a_member_compressed_in_a_way_we_cannot_read_is_refused(method: int) -> None:
    data = make_zip({"Invitations.csv": f'{OLD_HEADER}\nAnn,Tom,"4/6/26, 2:12 PM",,INCOMING\n'})
    with pytest.raises(ImportRejected) as refused:
        parse(_with_compression_method(data, method))
    assert refused.value.message == (
        "export.zip: Invitations.csv uses a compression method we cannot read; nothing was saved."
    )


def test_a_file_with_more_rows_than_allowed_is_refused_as_it_is_read() -> None:
    rows = "".join(f'P{n},Tom,"4/6/26, 2:12 PM",,INCOMING\n' for n in range(6))
    # OUTGOING rows count too: reading them keeps the import open as long.
    rows += "".join(f'Me,P{n},"4/6/26, 2:12 PM",,OUTGOING\n' for n in range(3))
    data = make_zip({"Invitations.csv": f"{OLD_HEADER}\n{rows}"})
    assert len(parse(data, max_rows=9).record_list) == 6
    with pytest.raises(ImportRejected, match="more than 7 rows, the most one import takes"):
        parse(data, max_rows=7)
