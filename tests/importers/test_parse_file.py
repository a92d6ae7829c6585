"""What parse_file makes of files by their content: the dispatcher and its refusals."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from tests.importers.conftest import NOW, OLD_HEADER
from triage.importers import ImportRejected, parse_file


def parse(data: bytes, name: str):  # type: ignore[no-untyped-def]
    return parse_file(name, data, time_zone=UTC, now=NOW).collect()


def test_page_paste_saved_as_txt(fixtures_dir: Path) -> None:
    result = parse((fixtures_dir / "sue_invitations_page.txt").read_bytes(), "page.txt")
    assert result.source == "paste"
    assert len(result.record_list) == 25


def test_eml_recognised_without_its_extension(fixtures_dir: Path) -> None:
    result = parse((fixtures_dir / "emails/dev-002.eml").read_bytes(), "message")
    assert result.source == "email"
    assert [r.sender_name for r in result.record_list] == ["Hannah Lee"]


def test_csv_sources_are_exports() -> None:
    data = f'{OLD_HEADER}\nAnn,Tom,"4/6/26, 2:12 PM",,INCOMING\n'.encode()
    assert parse(data, "x.csv").source == "export"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"hello there\nnothing to see", "not a zip, CSV, email or pasted invitations page"),
    ],
)
def test_refusals(data: bytes, message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        parse(data, "upload.bin")


def test_a_binary_file_is_named_and_nothing_saved() -> None:
    with pytest.raises(ImportRejected) as refused:
        parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.png")
    assert refused.value.message == (
        "photo.png is not a text file (it holds binary data); nothing was saved."
    )
