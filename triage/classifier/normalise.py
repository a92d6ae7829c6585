"""Case- and accent-insensitive text, with a way back to the original offsets.

Patterns run on folded text (NFKD, combining marks dropped, casefolded, curly quotes
straightened) so one rule covers "Réseau", "reseau" and "RESEAU". Folding can change
the length of a string ("ß" -> "ss"), so each folded text keeps, per folded character,
the index of the original character it came from; evidence spans are reported in the
original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .prefilter import words_of

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


# --- the shorthand of notes typed on a phone -----------------------------------------------------
#
# "cld we feature ur post", "open to chatting w/ u?": the phrase rules are written in full words,
# so a note's shorthand is spelled out before they run (the evidence still quotes the note as
# written). Only the note's own text: names of people and organisations are never expanded.
_SPELLED_OUT = {
    "urs": "yours",
    "cld": "could",
    "wld": "would",
    "shld": "should",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "thx": "thanks",
    "tmrw": "tomorrow",
    "yday": "yesterday",
    "fwd": "forward",
    "abt": "about",
    "w/": "with",
}


# "u" and "ur" are words in other languages too (Dutch "u", the formal "you"; Swedish "ur",
# "out of"; Hungarian "úr", "Mr"): they are spelled out only in a note with English words.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ENGLISH_WORDS = _word_set(
    "the and you for with this that have would could your thanks thank just love hey hi what are "
    "from will our about like see hope great soon send chat can know heard been got get let lets "
    "keen catch hiring job role team coffee call meet met sure next week time today tomorrow "
    "yesterday cld wld shld pls plz thx"
)
# "ur" is "you're" before what says where or how someone is ("ur in this video", "ur hiring"),
# else "your".
_AFTER_YOU_ARE = _word_set(
    "in at on so not a an the welcome invited right wrong going doing looking hiring based still "
    "now too very really always never definitely probably gonna also back free around one moving "
    "leaving joining starting working speaking presenting coming heading ok okay fine busy well"
)
_TRIGGERS = frozenset({*_SPELLED_OUT, "u", "ur", "w"})
# A candidate on its own: not inside a word, an abbreviation ("u.s.", "UT-Austin") or a path;
# "w/" only before a space ("w/o" is "without").
_SHORTHAND = re.compile(
    r"(?<![\w'/.-])(?:(?:ur|urs|cld|wld|shld|pls|plz|ppl|thx|tmrw|yday|fwd|abt|u)(?![\w/'-])(?!\.\w)"
    r"|w/(?=\s))"
)
_NEXT_WORD = re.compile(r"\s*([\w']+)")


def expand_shorthand(text: FoldedText) -> FoldedText:
    """The note with its shorthand spelled out ("cld" -> "could", "ur" -> "your", "u" ->
    "you"), offsets still leading back to the note as written."""
    folded = text.folded
    words = words_of(folded)  # cached: the rules read the same words of an unchanged note
    if words.isdisjoint(_TRIGGERS):
        return text  # the usual case: one set operation
    english = not words.isdisjoint(_ENGLISH_WORDS)
    base = text.origin if text.origin is not None else range(len(folded))
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _SHORTHAND.finditer(folded):
        start, end = match.span()
        word = match.group()
        written = text.original_text(start, end)
        if written.isupper() and len(written) > 1:
            continue  # "PLS", "UR": an acronym
        if word in ("u", "ur"):
            following = _NEXT_WORD.match(folded, end)
            after = following.group(1) if following else ""
            after_written = text.original_text(*following.span(1)) if following else ""
            if not english or (written[0].isupper() and after_written[:1].isupper()):
                continue  # not English, or a name ("Ur Cohen")
            spelled = "you" if word == "u" else "you're" if after in _AFTER_YOU_ARE else "your"
        else:
            spelled = _SPELLED_OUT[word]
        pieces.append(folded[position:start])
        origin.extend(base[position:start])
        pieces.append(spelled)
        # Each letter of the spelled-out word leads back to a letter of the shorthand, the
        # last to the last: a span over the word maps back to the whole shorthand.
        length = end - start
        origin.extend(
            base[start + min(length - 1, index * length // len(spelled))]
            for index in range(len(spelled))
        )
        origin[-1] = base[end - 1]
        position = end
    if not pieces:
        return text
    pieces.append(folded[position:])
    origin.extend(base[position:])
    return FoldedText(text.original, "".join(pieces), tuple(origin))
