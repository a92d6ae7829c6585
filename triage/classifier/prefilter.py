"""Cheap literal gates in front of regular expressions.

Python's regex engine tries every alternative at every position of the text, which made
the big phrase lists the slowest part of classification. Each alternative usually needs
some literal word to be present ("demo", "trial", "we met"), so before running it we
check with set lookups, which cost nanoseconds. The required literals are read off the
pattern by a small parser of the regex subset the phrase lists use (the standard
library's parser is private); anything outside that subset simply runs ungated. One
registry indexes every pattern set, so a text is looked up once for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Node kinds of the small regex parser below (the standard library's own parser is
# private and changes between Python versions).
LITERAL = "literal"  # arg: code point
IN = "in"  # arg: list of (LITERAL, code point) | (CATEGORY, SPACE) | (OTHER, None)
ANY = "any"
AT = "at"  # arg: BOUNDARY, NON_BOUNDARY, BEGINNING or END
BRANCH = "branch"  # arg: (None, [alternative, ...]), each a list of nodes
SUBPATTERN = "subpattern"  # arg: (None, nodes)
MAX_REPEAT = "repeat"  # arg: (low, high, nodes)
ASSERT = "assert"  # a lookaround: zero width, requires nothing we rely on
CATEGORY = "category"
OTHER = "other"
SPACE = "space"
BOUNDARY = "boundary"
NON_BOUNDARY = "non_boundary"
BEGINNING = "beginning"
END = "end"
UNBOUNDED = 1 << 30

Node = tuple[str, Any]


class Unsupported(ValueError):
    """A construct the parser does not model; the pattern then runs ungated."""


_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_CLASS_ESCAPES = {"s": (CATEGORY, SPACE), "n": (LITERAL, 10), "t": (LITERAL, 9)}


class _Parser:
    """Parses the subset of `re` syntax the phrase patterns use into plain tuples."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0

    def parse(self) -> list[Node]:
        nodes = self._alternation()
        if self.pos != len(self.pattern):
            raise Unsupported(f"unbalanced ) at {self.pos}")
        return nodes

    def _alternation(self) -> list[Node]:
        alternatives = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            alternatives.append(self._sequence())
        if len(alternatives) == 1:
            return alternatives[0]
        return [(BRANCH, (None, alternatives))]

    def _peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def _sequence(self) -> list[Node]:
        nodes: list[Node] = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            nodes.append(self._quantified(atom))
        return nodes

    def _quantified(self, atom: Node) -> Node:
        char = self._peek()
        if char in ("?", "*", "+"):
            self.pos += 1
            low, high = {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}[char]
        elif char == "{" and (found := _QUANTIFIER.match(self.pattern, self.pos)):
            self.pos = found.end()
            low = int(found.group(1) or 0)
            high = (
                UNBOUNDED
                if found.group(2) and not found.group(3)
                else int(found.group(3) or found.group(1) or 0)
            )
        else:
            return atom
        if atom[0] in (AT, ASSERT):
            raise Unsupported("quantified assertion")
        if self._peek() in ("?", "+"):  # lazy or possessive: the same strings match
            self.pos += 1
        return (MAX_REPEAT, (low, high, [atom]))

    def _atom(self) -> Node:
        char = self.pattern[self.pos]
        self.pos += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape()
        if char == ".":
            return (ANY, None)
        if char == "^":
            return (AT, BEGINNING)
        if char == "$":
            return (AT, END)
        if char in "*+?":
            raise Unsupported("nothing to repeat")
        return (LITERAL, ord(char))

    def _group(self) -> Node:
        lookaround = False
        if self.pattern.startswith("?:", self.pos):
            self.pos += 2
        elif self.pattern.startswith(("?=", "?!"), self.pos):
            self.pos += 2
            lookaround = True
        elif self.pattern.startswith(("?<=", "?<!"), self.pos):
            self.pos += 3
            lookaround = True
        elif self.pattern.startswith("?P<", self.pos):
            self.pos = self.pattern.index(">", self.pos) + 1
        elif self._peek() == "?":
            raise Unsupported("inline flags, comments or conditionals")
        body = self._alternation()
        if self._peek() != ")":
            raise Unsupported("unclosed group")
        self.pos += 1
        return (ASSERT, None) if lookaround else (SUBPATTERN, (None, body))

    def _class(self) -> Node:
        items: list[tuple[str, Any]] = []
        if self._peek() == "^":
            self.pos += 1
            items.append((OTHER, None))  # a negated class can match almost anything
        first = True
        while True:
            char = self._peek()
            if char == "":
                raise Unsupported("unclosed class")
            self.pos += 1
            if char == "]" and not first:
                break
            first = False
            if char == "\\":
                escaped = self._peek()
                self.pos += 1
                if escaped in _CLASS_ESCAPES:
                    items.append(_CLASS_ESCAPES[escaped])
                elif escaped.isalnum():
                    items.append((OTHER, None))
                else:
                    items.append((LITERAL, ord(escaped)))
            elif self._peek() == "-" and self.pattern[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 2  # a range
                items.append((OTHER, None))
            else:
                items.append((LITERAL, ord(char)))
        return (IN, items)

    def _escape(self) -> Node:
        char = self._peek()
        self.pos += 1
        if char == "b":
            return (AT, BOUNDARY)
        if char == "B":
            return (AT, NON_BOUNDARY)
        if char == "A":
            return (AT, BEGINNING)
        if char == "Z":
            return (AT, END)
        if char in _CLASS_ESCAPES:
            kind, arg = _CLASS_ESCAPES[char]
            return (IN, [(kind, arg)]) if kind == CATEGORY else (LITERAL, arg)
        if char in "SwWdD":
            return (IN, [(OTHER, None)])
        if char == "" or char.isalnum():
            raise Unsupported(f"escape \\{char}")
        return (LITERAL, ord(char))


def parse(pattern: str) -> list[Node]:
    """The pattern as nodes; raises Unsupported for constructs outside the subset."""
    return _Parser(pattern).parse()


Gate = frozenset[str] | None  # None: no literal is required, always run


def required_literals(pattern: str) -> Gate:
    """Whole words, at least one of which every match of the pattern contains."""
    try:
        return _sequence(parse(pattern), at_boundary=False, then_boundary=False)
    except Unsupported:  # an unexpected construct only costs speed, never correctness
        return None


_MOST_GATES = 3
_CHEAP_GATE = 5.0


def required_literal_sets(pattern: str) -> list[frozenset[str]]:
    """Up to three gates, cheapest first, every one of which every match satisfies: an
    alternative runs only when the text passes them all ("love|like" and "you" and
    "interview|quote")."""
    try:
        options = _sequence_options(parse(pattern), at_boundary=False, then_boundary=False)
    except Unsupported:
        return []
    unique = sorted(set(options), key=_gate_cost)
    # A further gate made of common words passes on nearly every text: it only costs.
    return unique[:1] + [g for g in unique[1:_MOST_GATES] if _gate_cost(g) < _CHEAP_GATE]


def _gate_cost(gate: frozenset[str]) -> float:
    return sum(_literal_cost(s) for s in gate)


# Words so frequent that gating on them saves nothing.
_COMMON = frozenset(
    [
        "you",
        "your",
        "the",
        "a",
        "an",
        "and",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "my",
        "our",
        "we",
        "i",
        "me",
        "it",
        "is",
        "are",
        "be",
        "would",
        "like",
        "love",
        "want",
        "can",
        "will",
        "could",
        "just",
        "from",
        "only",
        "this",
        "that",
        "have",
        "has",
        "some",
        "more",
        "about",
        "how",
        "what",
        "so",
        "but",
        "not",
        "all",
        "de",
        "la",
        "le",
        "en",
        "el",
        "et",
        "con",
        "co",
        "es",
        "un",
        "une",
        "da",
        "do",
        "di",
        "il",
        "je",
        "ik",
        "ich",
        "wir",
        "sie",
        "du",
        "het",
        "een",
        "van",
        "good",
        "great",
        "time",
        "start",
        "first",
        "before",
        "one",
        "out",
        "as",
    ]
)


def _literal_cost(literal: str) -> float:
    literal = literal.rstrip(PREFIX)
    if len(literal) <= 2:
        return 20.0
    return 10.0 if literal in _COMMON else 4.0 / len(literal)


def _best(options: list[frozenset[str]]) -> Gate:
    """The cheapest gate: fewest, rarest literals."""
    if not options:
        return None
    return min(options, key=_gate_cost)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


PREFIX = "*"  # marks a literal that may go on ("demo*" is in "demos"), not a whole word


def _whole_word(run: str, at_boundary: bool, then_boundary: bool) -> str | None:
    """The part of a literal run that begins a word: a whole word when the pattern says the
    word ends there, else a prefix marked with PREFIX."""
    for index, char in enumerate(run):
        begins_word = at_boundary if index == 0 else not _is_word_char(run[index - 1])
        if _is_word_char(char) and begins_word:
            literal = run[index:]
            whole = then_boundary and all(_is_word_char(c) for c in literal)
            return literal if whole else literal + PREFIX
    return None


def _is_space_class(op: Any, arg: Any) -> bool:
    if op == LITERAL:
        return chr(arg).isspace()
    return op == IN and all(
        item == (CATEGORY, SPACE) or (item[0] == LITERAL and chr(item[1]).isspace()) for item in arg
    )


def _ends_with_space(items: list[tuple[Any, Any]]) -> bool:
    """Whether a sequence always ends with whitespace (so a word may start next)."""
    if not items:
        return False
    op, arg = items[-1]
    if op in (LITERAL, IN):
        return _is_space_class(op, arg)
    if op == MAX_REPEAT:
        return arg[0] >= 1 and _ends_with_space(list(arg[2]))
    if op == SUBPATTERN:
        return _ends_with_space(list(arg[-1]))
    if op == BRANCH:
        return all(_ends_with_space(list(alternative)) for alternative in arg[1])
    return False


def _starts_after_word(items: list[tuple[Any, Any]], then_boundary: bool) -> bool:
    """Whether what follows always begins where a word has just ended."""
    if not items:
        return then_boundary
    op, arg = items[0]
    if op == AT:
        return arg in (BOUNDARY, END)
    if op == LITERAL:
        return not _is_word_char(chr(arg))
    if op == IN:
        return _is_space_class(op, arg)
    if op == MAX_REPEAT:
        body = list(arg[2])
        if arg[0] >= 1:
            return _starts_after_word(body, False)
        return _starts_after_word(body, False) and _starts_after_word(items[1:], then_boundary)
    if op == SUBPATTERN:
        return _starts_after_word(list(arg[-1]) + items[1:], then_boundary)
    if op == BRANCH:
        return all(_starts_after_word(list(a) + items[1:], then_boundary) for a in arg[1])
    return False


def _boundary_after(op: Any, arg: Any, boundary_before: bool) -> bool:
    if op == MAX_REPEAT and arg[0] == 0:
        # An optional part may match nothing, leaving the boundary as it was.
        return boundary_before and _ends_with_space(list(arg[2]))
    return _ends_with_space([(op, arg)])


def _sequence(items: list[tuple[Any, Any]], at_boundary: bool, then_boundary: bool) -> Gate:
    return _best(_sequence_options(items, at_boundary, then_boundary))


def _sequence_options(
    items: list[tuple[Any, Any]], at_boundary: bool, then_boundary: bool
) -> list[frozenset[str]]:
    """Gates each of which every match of the sequence satisfies."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    run_at_boundary = boundary = at_boundary

    def flush(rest: list[tuple[Any, Any]]) -> None:
        if run:
            word = _whole_word(
                "".join(run), run_at_boundary, _starts_after_word(rest, then_boundary)
            )
            if word:
                options.append(frozenset({word}))
            run.clear()

    for position, (op, arg) in enumerate(items):
        if op == LITERAL:
            if not run:
                run_at_boundary = boundary
            run.append(chr(arg))
            boundary = not _is_word_char(chr(arg))
            continue
        follows = _starts_after_word(items[position + 1 :], then_boundary)
        if run and op in (BRANCH, SUBPATTERN):
            # A run right before a group belongs to the group's words ("s(?:hare|end)"):
            # glue it on so the gate words are whole.
            glued = _glued(run, op, arg, run_at_boundary, follows)
            if glued:
                options.append(glued)
        flush(items[position:])
        if op == AT:
            boundary = arg in (BOUNDARY, BEGINNING)
            continue
        gate = _item(op, arg, boundary, follows)
        if gate:
            options.append(gate)
        boundary = _boundary_after(op, arg, boundary)
    flush([])
    return options


def _glued(run: list[str], op: Any, arg: Any, at_boundary: bool, then_boundary: bool) -> Gate:
    prefix = [(LITERAL, ord(char)) for char in run]
    if op == SUBPATTERN:
        return _sequence(prefix + list(arg[-1]), at_boundary, then_boundary)
    gates = [_sequence(prefix + list(a), at_boundary, then_boundary) for a in arg[1]]
    if any(gate is None for gate in gates):
        return None
    return frozenset().union(*(g for g in gates if g is not None))


def _item(op: Any, arg: Any, at_boundary: bool, then_boundary: bool) -> Gate:
    if op == SUBPATTERN:
        return _sequence(list(arg[-1]), at_boundary, then_boundary)
    if op == BRANCH:
        gates = [_sequence(list(a), at_boundary, then_boundary) for a in arg[1]]
        if any(gate is None for gate in gates):
            return None
        return frozenset().union(*(g for g in gates if g is not None))
    if op == MAX_REPEAT:
        low, high, body = arg
        # Inside a repeat a word may be followed by another copy: only trust a single pass.
        return _sequence(list(body), at_boundary, then_boundary and high == 1) if low >= 1 else None
    return None


def _required_characters(pattern: str) -> frozenset[str]:
    """Symbols ("$£€") one of which every match must contain, when the pattern says so."""
    try:
        items = parse(pattern)
    except Unsupported:
        return frozenset()
    for op, arg in items:
        if op == IN and arg and all(item[0] == LITERAL for item in arg):
            chars = frozenset(chr(item[1]) for item in arg)
            if not any(_is_word_char(c) or c.isspace() for c in chars):
                return chars
    return frozenset()


# Chinese, Japanese and Korean characters are a word of their own kind: "Sueさん" is the
# name "sue" then an honorific, written with no space between them.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_WORDS = re.compile(rf"[^\W_{CJK}]+|[{CJK}]+")
_HEAD = 3
_WORD_CACHE_LIMIT = 100_000


class Gates:
    """Whether the gates are on. Off, every alternative and matcher runs on every text in
    its written form: the slow reference the fast path is tested against."""

    enabled = True


@contextmanager
def gates_disabled() -> Iterator[None]:
    previous = Gates.enabled
    Gates.enabled = False
    try:
        yield
    finally:
        Gates.enabled = previous


class _LastWords:
    """The words of the last text asked about: every rule asks about the same message in a
    row. One tuple, replaced whole, so threads sharing it never pair a text with another's
    words."""

    last: tuple[str | None, frozenset[str]] = (None, frozenset())


# ASCII letters and digits kept, every other byte a space: the same words as _WORDS finds.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def words_of(text: str) -> frozenset[str]:
    """The distinct words of a text (runs of letters and digits)."""
    seen, found = _LastWords.last
    if seen is not text:
        if text.isascii():
            spaced = text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii")
            found = frozenset(spaced.split())
        else:
            found = frozenset(_WORDS.findall(text))
        _LastWords.last = (text, found)
    return found


class _Hits:
    """What one literal (or one word of a text) satisfies: whole alternatives that need
    nothing else (one bit each, by alternative number), and bits of the gates of
    alternatives that need several. Plain ints: OR-ing two is one C call however many
    alternatives a word satisfies."""

    __slots__ = ("alternatives", "bits")

    def __init__(self) -> None:
        self.alternatives = 0
        self.bits = 0

    def add(self, other: _Hits) -> None:
        self.alternatives |= other.alternatives
        self.bits |= other.bits


# Words whose hits are known; of them, the ones with any hit, and those hits.
_WordCache = tuple[set[str], dict[str, tuple[int, int]], set[str]]


def _new_word_cache() -> _WordCache:
    return set(), {}, set()


class _Registry:
    """Every gated pattern set, indexed together: one lookup per text says which
    alternatives of every set may match, so a set with no candidate costs nothing.

    Alternatives are numbered in the order they were added, each set's contiguously, and
    a text's candidates are one int with a bit per alternative. An alternative with one
    gate is a candidate as soon as a literal of that gate is in the text. An alternative
    with several has one bit per gate, numbered in the order the alternatives were added,
    and is a candidate when all its bits are set. What each distinct word of a text
    satisfies is worked out once, then cached."""

    def __init__(self) -> None:
        self.size = 0  # alternatives added so far
        self._of_bit: list[tuple[int, int]] = []  # bit -> (alternative bit, all its bits)
        self._unconditional = 0  # no literal: run always
        self._whole: dict[str, _Hits] = {}  # whole-word literals
        self._by_head: dict[str, list[tuple[str, _Hits]]] = {}  # prefix literals by 3 letters
        self._short: dict[str, _Hits] = {}  # prefix literals of one or two letters
        # Literals with a symbol in them ("s'est", "bit.ly"): a substring test each, only
        # when the text has the word they start with ("s", "bit"); "$" and the like always.
        self._odd: dict[str, list[tuple[str, _Hits]]] = {}
        self._odd_words: frozenset[str] = frozenset()
        # One entry per symbol, however many alternatives need it: one substring test each.
        self._symbols: dict[str, _Hits] = {}
        self._words: _WordCache = _new_word_cache()

    def add(self, gates: list[list[frozenset[str]]]) -> tuple[int, int]:
        """Registers a set's alternatives; returns the number of its first one and how
        many it has."""
        first_number = self.size
        for conjunction in gates:
            bit = 1 << self.size
            self.size += 1
            if not conjunction:
                self._unconditional |= bit
                continue
            hits = []
            if len(conjunction) == 1:
                single = _Hits()
                single.alternatives = bit
                hits.append(single)
            else:
                first = len(self._of_bit)
                needs = ((1 << len(conjunction)) - 1) << first
                for offset in range(len(conjunction)):
                    self._of_bit.append((bit, needs))
                    gate_bit = _Hits()
                    gate_bit.bits = 1 << (first + offset)
                    hits.append(gate_bit)
            for gate, hit in zip(conjunction, hits, strict=True):
                for literal in gate:
                    self._register(literal, hit)
        self._odd_words = frozenset(self._odd)
        self._forget_words()
        return first_number, len(gates)

    def _register(self, marked: str, hit: _Hits) -> None:
        if not marked.endswith(PREFIX):
            self._whole.setdefault(marked, _Hits()).add(hit)
            return
        literal = marked[: -len(PREFIX)]
        if not all(_is_word_char(char) for char in literal):
            # A literal begins a word, so the letters before its first symbol are a word.
            head = _WORDS.match(literal)
            if head is None:
                self._symbols.setdefault(literal, _Hits()).add(hit)
            else:
                self._odd.setdefault(head.group(), []).append((literal, hit))
        elif len(literal) < _HEAD:
            self._short.setdefault(literal, _Hits()).add(hit)
        else:
            self._by_head.setdefault(literal[:_HEAD], []).append((literal, hit))

    def _forget_words(self) -> None:
        # Replaced whole, never cleared: a thread still using the old cache stays consistent.
        self._words = _new_word_cache()

    def _learn(self, words: frozenset[str], cache: _WordCache) -> None:
        seen, word_hits, words_with_hits = cache
        if len(seen) + len(words) > _WORD_CACHE_LIMIT:
            self._forget_words()
        empty = _Hits()
        for word in words:
            hits = _Hits()
            hits.add(self._whole.get(word, empty))
            for literal, hit in self._by_head.get(word[:_HEAD], ()):
                if word.startswith(literal):
                    hits.add(hit)
            for length in (1, 2):
                hits.add(self._short.get(word[:length], empty))
            if hits.alternatives or hits.bits:
                word_hits[word] = (hits.alternatives, hits.bits)
                words_with_hits.add(word)  # after word_hits: a reader never misses it
        seen.update(words)

    def hits_of(self, text: str) -> tuple[int, int]:
        """The one-gate alternatives the text satisfies, and the bits of the other gates."""
        words = words_of(text)
        cache = self._words
        seen, word_hits, words_with_hits = cache
        unknown = words - seen
        if unknown:
            self._learn(unknown, cache)
        chosen = bits = 0
        for word in words & words_with_hits:
            alternatives, word_bits = word_hits[word]
            chosen |= alternatives
            bits |= word_bits
        for word in words & self._odd_words:
            for literal, hit in self._odd[word]:
                if literal in text:
                    chosen |= hit.alternatives
                    bits |= hit.bits
        for literal, hit in self._symbols.items():
            if literal in text:
                chosen |= hit.alternatives
                bits |= hit.bits
        return chosen, bits

    def candidates(self, text: str) -> int:
        """The alternatives worth running on `text`, one bit each, by number."""
        if not Gates.enabled:
            return (1 << self.size) - 1
        chosen, bits = self.hits_of(text)
        chosen |= self._unconditional
        remaining, of_bit = bits, self._of_bit
        while remaining:
            alternative, needs = of_bit[(remaining & -remaining).bit_length() - 1]
            if bits & needs == needs:
                chosen |= alternative
            remaining &= ~needs  # the alternative's other bits need no second look
        return chosen


_REGISTRY = _Registry()


class _LastAnswer:
    """The candidates for the last text scanned: every pattern set scans the same message
    in a row. One tuple, replaced whole, so threads sharing it never pair a text with
    another's answer."""

    last: tuple[str | None, bool, int] = (None, True, 0)


def _candidates_of(text: str) -> int:
    seen, gated, found = _LastAnswer.last
    if seen is not text or gated is not Gates.enabled:
        found = _REGISTRY.candidates(text)
        _LastAnswer.last = (text, Gates.enabled, found)
    return found


def _indices(mask: int) -> list[int]:
    """The positions of a mask's set bits, lowest first."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found


# --- a faster start for Python's regex engine -------------------------------------------------
#
# A pattern that begins with a literal (or a choice of literals) lets the engine skip ahead
# to where that literal occurs; a leading \b hides the literal and makes it try every
# position. "\bword..." matches exactly where "word(?<!\w.{4})..." does: the word is all word
# characters, so "a boundary before it" is "no word character just before it", checked once
# the word has been found.

_LEADING_RUN = re.compile(r"[a-z0-9]+")


def _split_top_level(pattern: str) -> list[str] | None:
    """The pattern's top-level alternatives, or None when it cannot be split safely."""
    parts: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]" or pattern[position - 1] == "["
        elif char == "[":
            in_class = True
            if pattern.startswith("[^]", position) or pattern.startswith("[]", position):
                return None
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(pattern[start:position])
            start = position + 1
        position += 1
    if depth != 0 or in_class:
        return None
    parts.append(pattern[start:])
    return parts


def _closing_paren(pattern: str, opening: int) -> int | None:
    depth, position, in_class = 0, opening, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position
        position += 1
    return None


def _word_first(branch: str) -> str | None:
    """A branch that starts with a plain word, with the boundary check after the word."""
    run = _LEADING_RUN.match(branch)
    if run is None:
        return None
    word = run.group()
    if branch[run.end() : run.end() + 1] in ("?", "*", "+", "{"):
        word = word[:-1]  # the last letter is quantified: not part of the fixed word
    if not word:
        return None
    return rf"{word}(?<!\w.{{{len(word)}}}){branch[len(word) :]}"


def _bounded_branch(branch: str) -> str | None:
    """A top-level branch starting "\\bword" or "\\b(?:word...|word...)", rewritten."""
    if not branch.startswith(r"\b"):
        return None
    rest = branch[2:]
    if rest.startswith(r"\d"):  # "\b\d+" is "\d(?<!\w.)\d*": a digit with no word before
        if rest[2:3] == "+":
            return r"\d(?<!\w.)\d*" + rest[3:]
        return None if rest[2:3] in ("?", "*", "{") else r"\d(?<!\w.)" + rest[2:]
    if rest.startswith("(?:"):
        close = _closing_paren(rest, 0)
        if close is None or rest[close + 1 : close + 2] in ("?", "*", "+", "{"):
            return None
        inner = _split_top_level(rest[3:close])
        if inner is None:
            return None
        rewritten = [_word_first(option) for option in inner]
        if any(option is None for option in rewritten):
            return None
        return "(?:" + "|".join(o for o in rewritten if o is not None) + ")" + rest[close + 1 :]
    return _word_first(rest)


def leading_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern starts with, when fast_start could move
    each branch's boundary after its leading word: no match starts before the first place
    one of them occurs."""
    branches = _split_top_level(pattern)
    if branches is None:
        return None
    words: list[str] = []
    for branch in branches:
        if not branch.startswith(r"\b") or _bounded_branch(branch) is None:
            return None
        rest = branch[2:]
        if rest.startswith(r"\d"):
            return None
        options = [rest]
        if rest.startswith("(?:"):
            close = _closing_paren(rest, 0)
            inner = None if close is None else _split_top_level(rest[3:close])
            if inner is None:
                return None
            options = inner
        for option in options:
            run = _LEADING_RUN.match(option)
            if run is None:
                return None
            word = run.group()
            if option[run.end() : run.end() + 1] in ("?", "*", "+", "{"):
                word = word[:-1]
            if not word:
                return None
            words.append(word)
    return tuple(dict.fromkeys(words))


def fast_start(pattern: str) -> str:
    """The same pattern, written so the engine can skip to where it may match."""
    branches = _split_top_level(pattern)
    if branches is None:
        return pattern
    rewritten = [_bounded_branch(branch) or branch for branch in branches]
    return "|".join(rewritten)


class GatedPatterns:
    """Many alternatives; each runs only when its required literals are present."""

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        # Each top-level branch on its own: "a|b" written as one alternative would run on
        # any text that has the words of either, and try both at every position.
        self.alternatives = tuple(
            branch for written in alternatives for branch in _split_top_level(written) or [written]
        )
        alternatives = self.alternatives
        self._patterns = [re.compile(a) for a in alternatives]
        self._fast = [re.compile(fast_start(a)) for a in alternatives]
        self._leads = [leading_words(a) for a in alternatives]
        gates = [required_literal_sets(a) for a in alternatives]
        # Symbols a match needs ("$£€") are one more gate, tested as substrings.
        for gate, pattern in zip(gates, alternatives, strict=True):
            symbols = _required_characters(pattern)
            if symbols:
                gate.append(frozenset(char + PREFIX for char in symbols))
        self._first, count = _REGISTRY.add(gates)
        self._all = (1 << count) - 1

    def _candidates(self, text: str) -> list[int]:
        if not text:
            return []
        seen, gated, found = _LastAnswer.last  # inlined _candidates_of: a hot path
        if seen is not text or gated is not Gates.enabled:
            found = _candidates_of(text)
        mine = (found >> self._first) & self._all
        return _indices(mine) if mine else []

    def _compiled(self) -> list[re.Pattern[str]]:
        return self._fast if Gates.enabled else self._patterns

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of all alternatives, in order, without overlaps."""
        candidates = self._candidates(text)
        if not candidates:
            return iter(())
        if Gates.enabled:
            found = self._fast_matches(candidates, text)
        else:
            found = [m for i in candidates for m in self._patterns[i].finditer(text)]
        if len(found) <= 1:
            return iter(found)
        found.sort(key=lambda m: (m.start(), -m.end()))
        return _without_overlaps(found)

    def _fast_matches(self, candidates: list[int], text: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        fast, leads = self._fast, self._leads
        for index in candidates:
            words = leads[index]
            if words is None:
                found.extend(fast[index].finditer(text))
                continue
            # Start where the first leading word occurs, if any does (look-behinds and
            # boundaries still see the text before that point).
            start = -1
            for word in words:
                position = text.find(word)
                if position != -1 and (start == -1 or position < start):
                    start = position
            if start != -1:
                found.extend(fast[index].finditer(text, start))
        return found

    def search(self, text: str) -> re.Match[str] | None:
        patterns = self._compiled()
        for index in self._candidates(text):
            found = patterns[index].search(text)
            if found:
                return found
        return None


def _without_overlaps(found: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    last_end = -1
    for match in found:
        if match.start() >= last_end:
            last_end = match.end()
            yield match
