"""The whole data export as a .zip, opened with limits so a hostile archive cannot hurt."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import tzinfo
from typing import IO

from triage.importers.csv_export import add_csv
from triage.importers.records import (
    ImportRejected,
    InvitationRecord,
    ParseResult,
    UnrecognisedFile,
)
from triage.importers.text import size_text

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
# A real export holds a few dozen small CSVs; far more is not an export.
MAX_MEMBERS = 500
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024


def looks_like_zip(data: bytes) -> bool:
    return data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC))


def parse_zip(
    data: bytes,
    where: str,
    time_zone: tzinfo,
    *,
    max_members: int = MAX_MEMBERS,
    max_uncompressed_bytes: int = MAX_UNCOMPRESSED_BYTES,
) -> ParseResult:
    """Every export CSV in the zip; other members are ignored."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        if looks_like_zip(data):
            raise ImportRejected(
                f"{where} is a damaged or incomplete zip (was the download cut short?); "
                "nothing was saved."
            ) from error
        raise ImportRejected(f"{where} is not a zip file; nothing was saved.") from error
    infos = archive.infolist()
    if len(infos) > max_members:
        raise ImportRejected(
            f"{where} holds {len(infos)} files, more than the {max_members} an export has; "
            "nothing was saved."
        )
    # zipfile stops each member at the size its header gives, so a header cannot lie
    # its way past this.
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_uncompressed_bytes:
        raise ImportRejected(
            f"{where} would unpack to {size_text(unpacked)}, more than the "
            f"{size_text(max_uncompressed_bytes)} allowed; nothing was saved."
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise ImportRejected(f"{where} is password-protected; nothing was saved.")

    result = ParseResult(source="export")
    invitations: list[Iterator[InvitationRecord]] = []
    recognised = 0
    for info in infos:
        name = info.filename
        if info.is_dir() or not name.lower().endswith(".csv") or "__MACOSX" in name:
            continue

        def open_member(info: zipfile.ZipInfo = info) -> IO[bytes]:
            return archive.open(info)

        member_where = f"{where}: {name.rsplit('/', 1)[-1]}"
        try:
            add_csv(open_member, member_where, time_zone, result, invitations)
        except UnrecognisedFile:
            # A full export has messages, skills and more we have no use for.
            continue
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise ImportRejected(
                f"{member_where} is damaged inside the zip ({error}); nothing was saved."
            ) from error
        except NotImplementedError as error:
            # zipfile's answer to a method it has no decompressor for (Deflate64, PPMd...).
            raise ImportRejected(
                f"{member_where} uses a compression method we cannot read; nothing was saved."
            ) from error
        recognised += 1
    if not recognised:
        raise ImportRejected(
            f"{where} holds none of the export's files (Invitations.csv, Connections.csv, "
            "Positions.csv, Education.csv, Profile.csv); nothing was saved."
        )
    return result
