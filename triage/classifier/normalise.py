"""Case- and accent-insensitive text, with a way back to the original offsets.

Patterns run on folded text (NFKD, combining marks dropped, casefolded, curly quotes
straightened) so one rule covers "Réseau", "reseau" and "RESEAU". Folding can change
the length of a string ("ß" -> "ss"), so each folded text keeps, per folded character,
the index of the original character it came from; evidence spans are reported in the
original text.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# Same-length replacements, applied before folding so they never shift offsets.
_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-"})


@dataclass(frozen=True, slots=True)
class FoldedText:
    original: str
    folded: str
    # origin[i] is the index in `original` of folded character i; None when identical.
    origin: tuple[int, ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to the original text."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        """Map an original [start, end) span to the folded text."""
        if self.origin is None or start >= end:
            return start, end
        return bisect_left(self.origin, start), bisect_left(self.origin, end)

    def original_text(self, start: int, end: int) -> str:
        first, last = self.original_span(start, end)
        return self.original[first:last]


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    if "\uac00" <= char <= "\ud7a3":
        # A Hangul syllable stays whole: decomposed into jamo, "Sue님" would no longer
        # look like a name followed by a syllable, and Korean phrases would need spelling
        # out letter by letter.
        return char
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Every non-ASCII character seen so far, folded (straightened first): one translate call
# then folds a whole text. Characters that fold to other than one character are kept
# apart, as they shift offsets.
_FOLDED: dict[int, str] = {k: str(v) for k, v in _STRAIGHTEN.items() if k != ord("`")}
_KNOWN: set[str] = {chr(code) for code in range(128)} | {chr(code) for code in _FOLDED}
_RESIZED: set[str] = set()
_KNOWN_LIMIT = 20_000


def _learn(chars: set[str]) -> None:
    if len(_KNOWN) > _KNOWN_LIMIT:
        return  # a text full of rare characters: fold_char's own cache still helps
    for char in chars:
        folded = fold_char(char)
        _FOLDED[ord(char)] = folded
        if len(folded) != 1:
            _RESIZED.add(char)
        _KNOWN.add(char)


def fold(text: str) -> FoldedText:
    if text.isascii():
        # Fast path (most messages): ASCII lower-casing keeps every offset.
        return FoldedText(text, (text.replace("`", "'") if "`" in text else text).lower(), None)
    chars = set(text)
    unknown = chars - _KNOWN
    if unknown:
        _learn(unknown)
    if unknown <= _KNOWN and _RESIZED.isdisjoint(chars):
        # "é" -> "e", emoji unchanged: still one character for one, offsets hold.
        return FoldedText(text, text.replace("`", "'").translate(_FOLDED).lower(), None)
    return _fold_resizing(text)


def _fold_resizing(text: str) -> FoldedText:
    straight = text.translate(_STRAIGHTEN)
    table = {ord(c): fold_char(c) for c in set(straight) if not c.isascii()}
    if all(len(folded) == 1 for folded in table.values()):
        return FoldedText(text, straight.translate(table).lower(), None)
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(straight):
        folded = char.lower() if char.isascii() else table[ord(char)]
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return FoldedText(text, "".join(pieces), tuple(origin))


def fold_plain(text: str) -> str:
    """Folded text without the offset map, for names and dictionary keys."""
    return " ".join(fold(text).folded.split())
