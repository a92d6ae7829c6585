"""Turning uploaded bytes into text whatever the encoding, without holding two copies."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable
from typing import IO

from triage.importers.records import ImportRejected

_SCAN_BLOCK = 64 * 1024
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")


def detect_encoding(open_stream: Callable[[], IO[bytes]], where: str = "The file") -> str:
    """The encoding of a text file: UTF-8 (BOM or not), UTF-16 or Windows-1252.

    `open_stream` is called once per pass, so a zip member is decompressed
    again rather than kept in memory.
    """
    with open_stream() as stream:
        head = stream.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # UTF-16 without a BOM: ASCII text has a NUL in every other byte.
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] and head[2]:
        return "utf-16-le"
    if len(head) >= 4 and head[0] == 0 and head[2] == 0 and head[1] and head[3]:
        return "utf-16-be"
    if b"\x00" in head:
        raise _not_text(where)
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open_stream() as stream:
        try:
            while block := stream.read(_SCAN_BLOCK):
                if b"\x00" in block:
                    raise _not_text(where)
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            # Excel on Windows saves CSV as Windows-1252, which every byte decodes as.
            return "cp1252"
    return "utf-8"


def _not_text(where: str) -> ImportRejected:
    return ImportRejected(f"{where} is not a text file (it holds binary data); nothing was saved.")


def text_stream(open_stream: Callable[[], IO[bytes]], where: str = "The file") -> IO[str]:
    """A text stream over the bytes, decoded with the detected encoding; CSV-ready newlines."""
    encoding = detect_encoding(open_stream, where)
    return io.TextIOWrapper(open_stream(), encoding=encoding, errors="replace", newline="")


def decode_bytes(data: bytes, where: str = "The file") -> str:
    with text_stream(lambda: io.BytesIO(data), where) as stream:
        return stream.read()


def clean_line(text: str) -> str:
    """One line with odd spaces (no-break, narrow) made plain and the ends trimmed."""
    return _SPACES.sub(" ", text).strip()


def web_address(url: str) -> str:
    """The URL if it is a web address; anything else (javascript:, data:) is never stored,
    because pages turn it into a link."""
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


def size_text(size: int) -> str:
    """A byte count as people read it: "20 MB", "1.5 MB", "100 KB", "80 bytes"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} byte{'s' if size != 1 else ''}"
