"""Profile-dependent matchers, compiled once per profile and cached.

An entity (organisation, school or group) is found by its name or one of its
aliases, folded, on word boundaries. Two guards keep the match strict:

* short aliases ("UT") and generated acronyms ("SLA") only count in capitals, so the
  Latin or Spanish word "ut" and lowercase prose never match;
* an alias followed directly by another capitalised word names a different entity
  ("Globex Logistics" is not "Globex", "Leeds Building Society" is not "Leeds"),
  unless that word is a role or a plain noun ("ex-Hooli Engineer", "Leeds Alumni").

Names captured by a claim pattern ("fellow Melb Uni alum") are resolved with
abbreviation matching and rapidfuzz with a high cut-off, so typos and shortened words
match while look-alikes ("Globe Telecom" vs "Globex") do not. A claimed name also
resolves when it equals the distinctive part of an entry, the entry minus generic words
("Monash" for "Monash University", "Melbourne University" for "University of
Melbourne"): users do not type every alias. That holds only after a claim cue ("fellow
Monash alum"), never for a bare word in running text, where "Melbourne" is a city.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .given_names import are_forms_of_one_name
from .normalise import FoldedText, fold_plain
from .patterns import GREETING_WORDS, SCHOOL_WORDS
from .prefilter import CJK, Gates, words_of
from .types import Affiliation, ProfileInput

ORGANISATION = "organisation"
SCHOOL = "school"
GROUP = "group"

FUZZY_CUTOFF = 90.0
SHORT_ALIAS_LENGTH = 2
_ACRONYM_STOPWORDS = frozenset({"of", "at", "the", "in", "and", "for", "de", "di", "du", "&"})

# Capitalised words that may follow an entity name without making it another entity.
_NEUTRAL_FOLLOWERS = frozenset(
    [
        "alum",
        "alumni",
        "alumna",
        "alumnus",
        "alums",
        # degrees: "the KCL MSc", "an IIT MTech" name a programme of the same school
        "msc",
        "mba",
        # a business school of the same university: "Monash B-school '11"
        "b-school",
        "bschool",
        "bsc",
        "phd",
        "dphil",
        "mphil",
        "mres",
        "meng",
        "beng",
        "mtech",
        "btech",
        "llm",
        "llb",
        "masters",
        "degree",
        "batch",
        "cohort",
        # where a group talks: "the PlatformEng community Slack" is that community
        "slack",
        "discord",
        "channel",
        "forum",
        "chapter",
        "newsletter",
        "grad",
        "grads",
        "graduate",
        "graduates",
        "student",
        "students",
        "team",
        "teams",
        "colleague",
        "colleagues",
        "member",
        "members",
        "days",
        "office",
        "offices",
        "people",
        "folks",
        "person",
        "here",
        "too",
        "engineer",
        "engineers",
        "manager",
        "managers",
        "director",
        "directors",
        "recruiter",
        "recruiters",
        "consultant",
        "consultants",
        "analyst",
        "analysts",
        "developer",
        "developers",
        "designer",
        "designers",
        "intern",
        "interns",
        "employee",
        "employees",
        "staff",
        "lead",
        "leads",
        "veteran",
        "veterans",
        "family",
        "crew",
        "i",
        "and",
        "or",
        "in",
        "at",
        "on",
        "for",
        "with",
        "from",
        "to",
        "the",
        "a",
        "an",
    ]
)

# After a school's name, a subject names a course there ("KCL Chemistry 2009", "Leeds Law
# grad"); after a firm's name the same word may start another firm ("Hadley Engineering").
_SUBJECTS_AFTER_SCHOOL = frozenset(
    [
        "chemistry",
        "physics",
        "biology",
        "biochemistry",
        "law",
        "medicine",
        "engineering",
        "economics",
        "history",
        "maths",
        "math",
        "mathematics",
        "business",
        "computing",
        "psychology",
        "english",
        "philosophy",
        "pharmacy",
        "pharmacology",
        "nursing",
        "accounting",
        "finance",
        "marketing",
        "politics",
        "architecture",
        "sociology",
        "management",
        "chem",
        "electrical",
        "mechanical",
        "electronics",
        "computer",
        "econ",
        "eng",
        "engg",
        "mech",
        "civil",
        "comp",
        "sci",
        "bio",
        "phys",
        "cse",
        "ece",
        "eee",
        "arts",
        "commerce",
        "bcom",
        "cs",
        "geography",
        "linguistics",
        "statistics",
    ]
)

_PARTS_OF_A_SCHOOL = frozenset(["school", "faculty", "department", "dept", "institute", "society"])

# Words that say what kind of body an entry is, not which one; the rest is its
# distinctive part. Kept short on purpose: "Sales", "Search" or "Cloud" tell entities apart.
GENERIC_NAME_WORDS = frozenset(
    [
        "the",
        "of",
        "at",
        "university",
        "uni",
        "college",
        "school",
        "inc",
        "ltd",
        "limited",
        "llc",
        "plc",
        "pty",
        "gmbh",
        "ag",
        "sa",
        "bv",
        "nv",
        "srl",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "universidad",
        "universidade",
        "universita",
        "universite",
        "universitat",
        "universiteit",
    ]
)
_MIN_DISTINCTIVE_LENGTH = 4
_RESOLVED_LIMIT = 4096


def distinctive_key(key: str) -> str:
    """A name key without its generic words: "monash university" -> "monash"."""
    return " ".join(word for word in key.split() if word not in GENERIC_NAME_WORDS)


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'-]*)")
_JOINED_NAME = re.compile(r" ?& ?[A-Z]| and (?:Co|Sons|Partners|Associates)\b")
# An organisation's name, a place, then an office noun: one of its offices ("Brightwater
# Leeds office", "Hooli Mountain View days"), not another firm.
_ITS_OFFICE = re.compile(
    r"(?: [A-Z][\w'-]*){1,3},? "
    r"(?:office|offices|branch|site|days|desk|crew|hq|headquarters|floor)\b"
)


# A group's name, a place, then a part of it: "UKIRN Scotland chapter".
_ITS_CHAPTER = re.compile(
    r"(?: [A-Z][\w'-]*){1,3},? (?:chapter|branch|committee|region|circle|hub|cohort|meetup|"
    r"session|event|conference|summit|forum|breakfast|dinner|lunch|night|roundtable|social)\b"
)


@dataclass(frozen=True, slots=True)
class Entity:
    kind: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    start: int  # folded offsets
    end: int


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """Lookup key for a name: folded, apostrophes dropped, hyphens as spaces."""
    return " ".join(fold_plain(text).replace("'", "").replace("-", " ").split())


def _alias_pattern(name: str) -> str:
    """A name as a regex over folded text: its apostrophes optional, spaces or hyphens free."""
    words = fold_plain(name).replace("-", " ").split()
    return r"[\s-]+".join(re.escape(word).replace("'", "'?") for word in words)


_LEADING_WORD = re.compile(r"[^\W_]+")
# A letter that would make a name part of a longer word. CJK characters do not: names
# run straight into them ("Priyaさん", "Tanaka様").
_NAME_LETTER = rf"[^\W{CJK}]"
_NOT_BEFORE_LETTER = rf"(?!{_NAME_LETTER})"


class _NameAlternation:
    """Finds any of many names in folded text, as one alternation, longest name first.

    Each name has words one of which every match of it has as a whole word of the text
    (see _telling_words). A text runs only the alternation of the names it may contain:
    a name that cannot match anywhere never decides a match, so dropping it changes
    nothing, and a text with none of the words runs nothing. A name with no such word
    makes every text run the whole alternation."""

    _CACHE_LIMIT = 512

    def __init__(self, names: list[str]) -> None:
        self._names = names
        self._pattern = _names_pattern([_alias_pattern(n) for n in names], _NOT_BEFORE_LETTER)
        self._by_word: dict[str, list[int]] = {}
        self.always = False
        for number, name in enumerate(names):
            telling = _telling_words(name)
            if telling is None:
                self.always = True
            for word in telling or ():
                self._by_word.setdefault(word, []).append(number)
        self._words = frozenset(self._by_word)
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}

    def finditer(self, folded: str) -> Iterator[re.Match[str]]:
        if self.always or not Gates.enabled:
            return self._pattern.finditer(folded)
        present = self._words.intersection(words_of(folded)) if folded else ()
        if not present:
            return iter(())
        numbers = tuple(sorted({n for word in present for n in self._by_word[word]}))
        pattern = self._subsets.get(numbers)
        if pattern is None:
            if len(self._subsets) >= self._CACHE_LIMIT:
                self._subsets.clear()
            alternatives = [_alias_pattern(self._names[n]) for n in numbers]
            pattern = self._subsets[numbers] = _names_pattern(alternatives, _NOT_BEFORE_LETTER)
        return pattern.finditer(folded)


# A slip: one letter wrong, missing, extra or swapped ("initec", "pyhton"), in a word of
# at least this many letters; shorter words are too often another word ("leads", "patil").
_SLIP_MIN_LENGTH = 5
# A word cut short ("uni of melb"): at least this many letters of a word this long.
_CUT_MIN_LENGTH, _CUT_WORD_MIN_LENGTH = 4, 7
_PERSON_SLIP_MIN_LENGTH = 6
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


class _SlipFinder:
    """Finds names written with one slip: one word of the name mistyped or cut short,
    the others exact ("ben okafur", "harmon sales advisry", "uni of melb"), or a long
    one-word name mistyped ("northwnd"). The exact alternation misses these, and a
    hurried note is full of them.

    A text is looked at only when one of its words is a slip of a word of some name (one
    dictionary lookup per distinct word, cached); most notes have none. One slip per
    name at most, so two slips never add up to a look-alike ("Globe Clod")."""

    _CACHE_LIMIT = 20_000

    def __init__(self, names: list[str], min_slip_length: int = _SLIP_MIN_LENGTH) -> None:
        self._names: list[tuple[str, ...]] = []
        self._min_slip_length = min_slip_length
        vocabulary: set[str] = set()
        for name in dict.fromkeys(names):
            words = tuple(name_key(name).split())
            if len(words) > 1 or (words and len(words[0]) >= _CUT_WORD_MIN_LENGTH):
                self._names.append(words)
                vocabulary.update(words)
        self._vocabulary = frozenset(vocabulary)
        self._by_initial: dict[str, list[str]] = {}
        for word in vocabulary:
            if len(word) >= min(min_slip_length, _CUT_MIN_LENGTH):
                self._by_initial.setdefault(word[0], []).append(word)
        # Words seen so far; of them, the slips and what each may mean.
        self._known: set[str] = set(self._vocabulary)  # a name's own word is no slip
        self._slip_words: set[str] = set()
        self._slips: dict[str, tuple[str, ...]] = {}

    def _targets(self, word: str) -> tuple[str, ...]:
        """The words of names that `word` is a slip of."""
        found = []
        for target in self._by_initial.get(word[0], ()):
            if len(target) >= self._min_slip_length and abs(len(target) - len(word)) <= 1:
                if OSA.distance(word, target, score_cutoff=1) == 1:
                    found.append(target)
            elif (
                len(target) >= _CUT_WORD_MIN_LENGTH
                and len(word) >= _CUT_MIN_LENGTH
                and target.startswith(word)
            ):
                found.append(target)
        return tuple(found)

    def slipped(self, folded: str) -> dict[str, tuple[str, ...]]:
        """The words of the text that are slips, each with the name words it may mean."""
        if not self._names or not folded:
            return {}
        words = words_of(folded)
        # Set operations first: in a steady stream nearly every word is already known.
        unknown = words - self._known
        if unknown:
            self._learn(unknown)
        found = words & self._slip_words
        return {word: self._slips[word] for word in found} if found else {}

    def _learn(self, words: frozenset[str]) -> None:
        if len(self._known) > self._CACHE_LIMIT:
            self._known, self._slip_words, self._slips = set(self._vocabulary), set(), {}
        for word in words - self._vocabulary:
            targets = self._targets(word) if len(word) >= _CUT_MIN_LENGTH else ()
            if targets:
                self._slips[word] = targets
                self._slip_words.add(word)
        self._known.update(words)

    def find(self, text: FoldedText) -> list[tuple[int, int, str]]:
        """(start, end, the name as the profile writes its words) of each slipped name.

        Only a slip written in small letters: "Harmony Sales Advisory" or "Coral Telecom",
        capitalised, is another firm's proper name, and one that merely looks like the
        profile's; "harmon sales advisry" is a hurried hand."""
        folded = text.folded
        slipped = self.slipped(folded)
        if not slipped:
            return []
        meant = {target for targets in slipped.values() for target in targets}
        present = words_of(folded)
        # A name needs every word but the slipped one written out: most slips ("leads",
        # "networks") come with no other word of any name, and end here.
        names = [words for words in self._names if _one_missing(words, present, meant)]
        if not names:
            return []
        found = []
        tokens = [(m.start(), m.end(), m.group().replace("'", "")) for m in _TOKEN.finditer(folded)]
        for words in names:
            size = len(words)
            for first in range(len(tokens) - size + 1):
                window = tokens[first : first + size]
                slips = 0
                for (start, end, token), word in zip(window, words, strict=True):
                    if token == word:
                        continue
                    if word not in slipped.get(token, ()) or _capitalised(text, start, end):
                        break
                    slips += 1
                else:
                    if slips == 1 and _spaced_as_one_name(folded, window):
                        if size == 1 and abs(len(window[0][2]) - len(words[0])) > 1:
                            continue  # a one-word name cut short is another word ("north")
                        found.append((window[0][0], window[-1][1], " ".join(words)))
        return found


def _one_missing(words: tuple[str, ...], present: frozenset[str], meant: set[str]) -> bool:
    missing = [word for word in words if word not in present]
    return len(missing) == 1 and missing[0] in meant


def _capitalised(text: FoldedText, start: int, end: int) -> bool:
    return text.original_text(start, end)[:1].isupper()


def _spaced_as_one_name(folded: str, window: list[tuple[int, int, str]]) -> bool:
    """Whether the words stand together as one name: spaces or hyphens between them only."""
    return all(not folded[end:start].strip(" -") for (_, end, _), (start, _, _) in pairwise(window))


def _telling_words(name: str) -> tuple[str, ...] | None:
    """Words one of which every match of _alias_pattern(name) has as a whole word of the
    text, or None when there are none.

    In that pattern each word of the name stands between the start of the match (after no
    word character or apostrophe), spaces or hyphens, and the end (before no word
    character), so the run of letters and digits a word starts with is a word of the text.
    An apostrophe in a word may be left out: "king's" is "king" then "s", or "kings"."""
    options: list[tuple[str, ...]] = []
    for word in fold_plain(name).replace("-", " ").split():
        if "'" not in word:
            leading = _LEADING_WORD.match(word)
            if leading is not None:
                options.append((leading.group(),))
            continue
        before, _, after = word.partition("'")
        if _LEADING_WORD.fullmatch(before) and _LEADING_WORD.fullmatch(after):
            options.append((before, before + after))
    if not options:
        return None
    return min(
        options, key=lambda words: (len(words), words[0] in GENERIC_NAME_WORDS, -len(words[0]))
    )


def _names_pattern(alternatives: list[str], after: str) -> re.Pattern[str]:
    """Any of the names, with no word character or apostrophe before it, then `after`."""
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile("(?:" + "|".join(_bounded_name(a) for a in alternatives) + f"){after}")


_PLAIN_LEAD = re.compile(r"[a-z0-9]+")


def _bounded_name(alternative: str) -> str:
    """One name, checked for a letter before it only once its first word has matched.

    A leading look-behind hides the name's first letters from the regex engine, which
    then tries the name at every position; checked after a plain first word (a
    look-behind of that word's width plus one) it gives the same matches, found sooner.
    """
    lead = _PLAIN_LEAD.match(alternative)
    if lead is None or alternative[lead.end() : lead.end() + 1] in ("?", "*", "+", "{"):
        return rf"(?<!{_NAME_LETTER}|'){alternative}"
    width = lead.end()
    return rf"{lead.group()}(?<!(?:{_NAME_LETTER}|').{{{width}}}){alternative[width:]}"


def _acronyms(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 3:
        return set()
    every = "".join(w[0] for w in words)
    significant = "".join(w[0] for w in words if w.casefold() not in _ACRONYM_STOPWORDS)
    return {a.upper() for a in (every, significant) if len(a) >= 3}


# "University of Melbourne" as senders write it in their own languages.
_UNIVERSITY_OF = re.compile(r"^university\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_UNIVERSITY_OF_IN_OTHER_LANGUAGES = (
    "Universidad de {}",
    "Universidade de {}",
    "Université de {}",
    "Università di {}",
    "Universität {}",
    "Universiteit van {}",
)


def translated_school_names(name: str) -> tuple[str, ...]:
    match = _UNIVERSITY_OF.match(name.strip())
    if not match:
        return ()
    return tuple(form.format(match.group(1)) for form in _UNIVERSITY_OF_IN_OTHER_LANGUAGES)


class EntityMatcher:
    """Finds mentions of the profile's organisations, schools and groups."""

    def __init__(self, entries: list[tuple[Affiliation, str]]) -> None:
        self._by_key: dict[str, Entity] = {}
        self._by_distinctive: dict[str, Entity | None] = {}
        # Claimed names recur ("Stanford", "LinkedIn"); fuzzy resolution is the costly part.
        self._resolved: dict[tuple[str, tuple[str, ...]], Entity | None] = {}
        self._capitals_only: set[str] = set()
        # Acronyms made from a name, not given by the user: "APM" is also a kind of
        # product, "SLA" a contract term, so they need the group's or firm's context.
        self._generated: set[str] = set()
        spellings: set[str] = set()
        for affiliation, kind in entries:
            entity = Entity(kind, affiliation.name)
            written = (affiliation.name, *affiliation.aliases)
            if kind == SCHOOL:
                written += translated_school_names(affiliation.name)
            for alias in written:
                key = name_key(alias)
                spellings.add(alias)
                if key:
                    self._by_key.setdefault(key, entity)
                    if len(key) <= SHORT_ALIAS_LENGTH:
                        self._capitals_only.add(key)
                    self._add_distinctive(key, entity)
            if kind != SCHOOL:  # school acronyms collide too often (UTA, UCL...)
                for acronym in _acronyms(affiliation.name):
                    key = acronym.lower()
                    if key not in self._by_key:
                        self._by_key[key] = entity
                        self._capitals_only.add(key)
                        self._generated.add(key)
                        spellings.add(acronym)
        names = sorted(spellings, key=len, reverse=True)
        self._names = _NameAlternation(names)
        self._slips = _SlipFinder([n for n in names if name_key(n) not in self._capitals_only])
        self._keys_by_kind: dict[str, list[str]] = {}
        for key, entity in self._by_key.items():
            self._keys_by_kind.setdefault(entity.kind, []).append(key)

    def _add_distinctive(self, key: str, entity: Entity) -> None:
        distinctive = distinctive_key(key)
        if len(distinctive) < _MIN_DISTINCTIVE_LENGTH:
            return
        known = self._by_distinctive.get(distinctive, entity)
        # Two entries sharing a distinctive part ("Monash University", "Monash Health")
        # make it ambiguous: then neither is resolved by it.
        self._by_distinctive[distinctive] = known if known == entity else None

    def mentions(self, text: FoldedText, elsewhere: set[str] | None = None) -> Iterator[Mention]:
        """The profile's entities named in the text. Names that turn out to start another
        entity's name ("UT Dallas") are skipped, and their keys added to `elsewhere`."""
        found: list[tuple[int, int]] = []
        exact = self._names.finditer(text.folded)
        # Read now, while the text's words are the cached ones (see prefilter.words_of).
        slipped = self._slips.find(text)
        for match in exact:
            key = name_key(match.group())
            entity = self._by_key.get(key)
            if entity is None:
                continue
            if key in self._capitals_only and not _written_in_capitals(text, match):
                continue
            # Before the context test below: a claim cue may still name the acronym
            # ("a member of the SLA too - the Sales Leaders Alliance"), and is told here.
            if _is_acronym_written(text, match, key) and (
                _spelled_out_before(text, match.start(), key)
                or self._spelled_out_nearby(text, match.start(), key)
            ):
                if elsewhere is not None:
                    elsewhere.add(key)
                continue  # "Health and Safety Authority (HSA)": that body's own initials
            if key in self._generated and not _in_its_context(text.folded, match):
                continue
            # An entity's whole name of two words or more, followed by a capitalised
            # word, is that entity somewhere ("Hadley Search Partners Frankfurt"); a
            # short alias may start another's name ("Southern Cross University").
            whole = key == name_key(entity.canonical) and " " in key
            if (
                not whole
                and names_another_entity(text, match.end(), entity.kind)
                and not _fellow_and_a_last_word(text, match)
            ):
                if elsewhere is not None:
                    elsewhere.add(key)
                continue
            found.append(match.span())
            yield Mention(entity, match.start(), match.end())
        for start, end, key in slipped:
            entity = self._by_key[key]
            if _overlaps_any(found, start, end) or names_another_entity(text, end, entity.kind):
                continue
            yield Mention(entity, start, end)

    def _spelled_out_nearby(self, text: FoldedText, folded_start: int, acronym: str) -> bool:
        """Whether the note spells the acronym out as another body's name close by ("I'm in
        PTF too, the Property Tax Foundation", "UT grad - the University of Toronto")."""
        start, _ = text.original_span(folded_start, folded_start + 1)
        window = text.original[max(0, start - _NEARBY) : start + _NEARBY]
        # A name is a run of words with nothing but spaces between them.
        runs = (segment.split() for segment in _NAME_BREAK.split(window))
        return any(
            self._spells(words[first:], acronym) for words in runs for first in range(len(words))
        )

    def _spells(self, words: list[str], acronym: str) -> bool:
        """Whether capitalised words from the first on give the acronym's letters, as a
        name that is not the profile's own."""
        initials, run = "", []
        for word in words:
            run.append(word)
            if word.lower() in _ACRONYM_STOPWORDS:
                continue
            if not word[0].isupper():
                return False
            initials += word[0].lower()
            if len(initials) == len(acronym):
                return initials == acronym and name_key(" ".join(run)) not in self._by_key
        return False

    def resolve(self, name: str, kinds: tuple[str, ...]) -> Entity | None:
        """The profile entity a claimed name refers to, or None."""
        cache_key = (name, kinds)
        if cache_key in self._resolved:
            return self._resolved[cache_key]
        if len(self._resolved) >= _RESOLVED_LIMIT:
            self._resolved.clear()
        entity = self._resolved[cache_key] = self._resolve(name, kinds)
        return entity

    def _resolve(self, name: str, kinds: tuple[str, ...]) -> Entity | None:
        key = name_key(name)
        if not key:
            return None
        entity = self._by_key.get(key)
        if entity is None:
            entity = self._by_distinctive.get(distinctive_key(key))
            # "Southern Cross University" is not Southern Cross Bank: a name with a word
            # of schools in it is a school's.
            if entity is not None and entity.kind != SCHOOL and SCHOOL_WORDS.search(key):
                return None
        if entity is not None:
            return entity if entity.kind in kinds else None
        for kind in kinds:
            candidates = self._keys_by_kind.get(kind, [])
            found = _abbreviation_of(key, candidates)
            if found is None:
                found = _fuzzy_match(key, candidates)
                # A typo, not a look-alike: each word as written or one slip from it
                # ("Sales Leaders Australia" is another body than Sales Leadership Australia).
                if found is not None and not _one_slip_per_word(key, found):
                    found = None
            if found is not None:
                return self._by_key[found]
        return None


def _one_slip_per_word(key: str, known: str) -> bool:
    """Each word of the key as the known name writes it or one slip from it, or the two
    the same but for spaces ("Coral Bay Telecom")."""
    words, known_words = key.split(), known.split()
    if key.replace(" ", "") == known.replace(" ", ""):
        return True
    return len(words) == len(known_words) and all(
        word == other or OSA.distance(word, other, score_cutoff=1) <= 1
        for word, other in zip(words, known_words, strict=True)
    )


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


_ACRONYM_MAX_LENGTH = 6
_NEARBY = 120  # characters either side of an acronym where its spelling-out is looked for
_NAME_BREAK = re.compile(r"[^\w\s'&]+")
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[^\W\d_][\w'&-]*\s+){1,8})\($")


_CONTEXT_AFTER = re.compile(
    r"[\s-]?(?:[\w-]+\s+)?(?:meetups?|group|grp|members?|chapter|events?|drinks|night|dinner|"
    r"treffen|talks?|sessions?|conference|community|forum|alum\w*|colleagues?|days|office|"
    r"crew|people|folks|regulars?|breakfast|lunch|congress|congres|kongress|congresso|"
    r"summit|mixer)\b"
)
# ...or after it: "at", "fellow", and an event or group in other languages ("conferenza
# SLA", "evento SLA", "gruppo SLA").
_CONTEXT_BEFORE = re.compile(
    r"\b(?:fellow|ex-?|former|at|from|in|with|of|joined|member\s+of|conferenza|conferencia|"
    r"conference|evento|event|gruppo|grupo|groupe|gruppe|groep|congres|congresso|reunion|"
    r"riunione|treffen|del|della|dello|du|des|der|van|do|da)\s*$"
)


def _in_its_context(folded: str, match: re.Match[str]) -> bool:
    before = folded[max(0, match.start() - 20) : match.start()]
    return bool(_CONTEXT_AFTER.match(folded, match.end()) or _CONTEXT_BEFORE.search(before))


def _is_acronym_written(text: FoldedText, match: re.Match[str], key: str) -> bool:
    return " " not in key and len(key) <= _ACRONYM_MAX_LENGTH and _written_in_capitals(text, match)


def _spelled_out_before(text: FoldedText, folded_start: int, acronym: str) -> bool:
    """Whether an acronym in brackets follows the words it abbreviates ("Health and Safety
    Authority (HSA)"): it is then that body's, whatever the profile's HSA stands for."""
    start, _ = text.original_span(folded_start, folded_start + 1)
    found = _WORDS_BEFORE_BRACKET.search(text.original, max(0, start - _NEARBY), start)
    if found is None:
        return False
    # Any case: the headline's role words may have been lowered (rules._with_neutral_words_lowered).
    words = [word for word in found.group(1).split() if word.lower() not in _ACRONYM_STOPWORDS]
    initials = "".join(word[0] for word in words)
    return len(initials) >= len(acronym) and initials[-len(acronym) :].lower() == acronym


def _written_in_capitals(text: FoldedText, match: re.Match[str]) -> bool:
    written = text.original_text(match.start(), match.end())
    return written.isupper()


# A shop or trade named with a possessive: "Hadley's Jewellers" is no office of Hadley.
_POSSESSIVE_SHOP = re.compile(
    r"['’]s (?:Jewell?ers|Furniture|Bakery|Cafe|Café|Restaurant|Salon|Garage|Pharmacy|Chemist|"
    r"Store|Shop|Bar|Pub|Kitchen|Diner|Homes|Hardware|Florist|Butchers?|Deli|Bistro|Motors|Tyres|"
    r"Plumbing|Electrical|Cleaning|Catering|Barbers?|Boutique|Market|Supermarket|Grocers?|Nursery|"
    r"Removals|Dental|Clinic)\b"
)


_FELLOW_BEFORE = re.compile(r"\bfellow\s+$")
# One capitalised word that ends the phrase: "Fellow UT Austin Longhorn!"
_LAST_WORD_AFTER = re.compile(
    r" (?!(?:College|University|School|Institute|Academy|Bank|Group|Society|Club)\b)"
    r"[A-Z][\w'-]*\s*(?:[!.)]|$)"
)


def _fellow_and_a_last_word(text: FoldedText, match: re.Match[str]) -> bool:
    """Whether the name follows "fellow" and one capitalised word ends the phrase ("Fellow
    UT Austin Longhorn!"): a nickname for its people, not another body's name ("fellow
    Leeds Beckett grad" goes on)."""
    if not _FELLOW_BEFORE.search(text.folded, max(0, match.start() - 8), match.start()):
        return False
    _, end = text.original_span(match.end() - 1, match.end())
    return _LAST_WORD_AFTER.match(text.original, end) is not None


def names_another_entity(text: FoldedText, folded_end: int, kind: str) -> bool:
    _, end = text.original_span(folded_end - 1, folded_end)
    if _JOINED_NAME.match(text.original, end):
        return True  # "Hadley & Co Estate Agents", "Hadley and Sons": a firm of its own
    if _POSSESSIVE_SHOP.match(text.original, end):
        return True  # "Hadley's Jewellers", "Initech's Bakery": a shop of that name
    following = _NEXT_WORD.match(text.original, end)
    if following is None:
        return False
    word = following.group(1)
    if not word[0].isupper():
        return False
    if kind == ORGANISATION and _ITS_OFFICE.match(text.original, end):
        return False
    if kind == GROUP and _ITS_CHAPTER.match(text.original, end):
        return False  # "the UKIRN Scotland chapter" is the same network's
    if word.isupper() and len(word) <= 4:  # a role or degree acronym: "UT Austin CS"
        return False
    folded = fold_plain(word).replace("'", "")
    if kind == SCHOOL and folded in _SUBJECTS_AFTER_SCHOOL:
        # "Leeds Law 2010" is a course; "Leeds Arts University" another school.
        after = _NEXT_WORD.match(text.original, following.end())
        # ...unless that word says it is a part of the school ("Leeds Uni Business School").
        return (
            after is not None
            and after.group(1)[0].isupper()
            and fold_plain(after.group(1)) not in _PARTS_OF_A_SCHOOL
        )
    return folded not in _NEUTRAL_FOLLOWERS


def _abbreviation_of(key: str, candidates: list[str]) -> str | None:
    """A candidate whose words the key shortens in order ("melb uni" -> "melbourne uni").
    A cut keeps at most three fifths of its word: "leaders" is a word of its own, not
    "leadership" cut short ("Sales Leaders Australia" is another body)."""
    words = key.split()
    for candidate in candidates:
        target = candidate.split()
        if len(target) != len(words) or len(words) < 2:
            continue
        pairs = list(zip(words, target, strict=True))
        if all(_is_cut_of(w, t) for w, t in pairs if w != t) and any(w == t for w, t in pairs):
            return candidate
    return None


def _is_cut_of(word: str, full: str) -> bool:
    return len(word) >= 3 and 5 * len(word) <= 3 * len(full) and full.startswith(word)


def _fuzzy_match(key: str, candidates: list[str]) -> str | None:
    if len(key) < 5 or not candidates:
        return None
    best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    candidate = str(best[0])
    # Same first letter: a typo rarely hits the first character, look-alikes often do.
    return candidate if candidate[0] == key[0] else None


class PersonMatcher:
    """Finds the recipient's connections named in a text."""

    def __init__(self, connections: tuple[str, ...]) -> None:
        self._by_key = {name_key(name): name for name in connections if name_key(name)}
        by_first: dict[str, list[str]] = {}
        for key, name in self._by_key.items():
            if " " in key:
                by_first.setdefault(key.split()[0], []).append(name)
        # A first name alone identifies a connection only when no other connection has it.
        self._by_first_name = {
            first: names[0] for first, names in by_first.items() if len(names) == 1
        }
        # A surname alone, given as a referrer's name, when one connection has it and it is
        # nobody's first name ("Grant suggested" may be a Grant, not Olivia Grant).
        by_surname: dict[str, list[str]] = {}
        for key, name in self._by_key.items():
            if " " in key:
                by_surname.setdefault(key.split()[-1], []).append(name)
        self._by_surname_alone = {
            surname: names[0]
            for surname, names in by_surname.items()
            if len(names) == 1 and len(surname) >= 3 and surname not in by_first
        }
        names = sorted(connections, key=len, reverse=True)
        names = [n for n in names if n.strip()]
        self._names = _NameAlternation(names)
        # A person's name is short: only a slip in a word of six letters or more is read
        # as a typo ("okafur"), not "Patil" for "Patel".
        self._slips = _SlipFinder(names, min_slip_length=_PERSON_SLIP_MIN_LENGTH)
        self._initials = _InitialledNames(self._by_key)
        self._keys = list(self._by_key)
        self._resolved: dict[str, str | None] = {}
        self._nicknamed = _NicknamedNames(self._by_key)

    def mentions(self, text: FoldedText) -> Iterator[tuple[str, int, int]]:
        found: list[tuple[int, int]] = []
        exact = self._names.finditer(text.folded)
        slipped = self._slips.find(text)  # while the text's words are cached
        other_forms = self._initials.find(text) + self._nicknamed.find(text)
        for match in exact:
            name = self._by_key.get(name_key(match.group()))
            if name is not None:
                found.append(match.span())
                yield name, match.start(), match.end()
        for start, end, key in slipped:
            if key in self._by_key and not _overlaps_any(found, start, end):
                found.append((start, end))
                yield self._by_key[key], start, end
        for start, end, name in other_forms:
            if not _overlaps_any(found, start, end):
                yield name, start, end

    def resolve(self, name: str) -> str | None:
        """The connection a name given as a referrer's refers to, or None."""
        if name in self._resolved:
            return self._resolved[name]
        if len(self._resolved) >= _RESOLVED_LIMIT:
            self._resolved.clear()
        found = self._resolved[name] = self._resolve(name)
        return found

    def _resolve(self, name: str) -> str | None:
        written = name_key(name)
        key = _without_titles(written)
        if key in self._by_key:
            return self._by_key[key]
        if " " not in key:
            # "Dave suggested", "Whitfield passed on your details", "Dr Petrova said"; a
            # short surname alone only with a title ("Kim suggested" may be a Kim, not
            # Noah Kim; "Dr Kim suggested" is not a first name)
            found = self._by_first_name.get(key)
            if found is None and (len(key) >= _SURNAME_ALONE_LENGTH or key != written):
                found = self._by_surname_alone.get(key)
            return found
        found = _fuzzy_match(key, self._keys)
        if found is not None and _same_person_spelling(key, found):
            return self._by_key[found]
        return self._nicknamed.resolve(key)


class _InitialledNames:
    """Connections named by a first name and the surname's initial ("David N.", "Tara
    Q") or an initial and the surname ("K. Tran"), as people often write a colleague's
    name. Only forms that one connection alone has; the initial written as a capital or
    followed by a full stop, so that "told Sam a story" is not Sam Ahmed."""

    def __init__(self, by_key: dict[str, str]) -> None:
        forms: dict[str, list[str]] = {}
        for key, name in by_key.items():
            words = key.split()
            if len(words) < 2 or not (words[0][:1].isalpha() and words[-1][:1].isalpha()):
                continue
            first, last = words[0], words[-1]
            forms.setdefault(f"{first} {last[0]}", []).append(name)
            forms.setdefault(f"{first[0]} {last}", []).append(name)
        # "first l" or "f last", each naming one connection only.
        self._names = {form: names[0] for form, names in forms.items() if len(names) == 1}
        # A text needs both words of some form before the pattern is run: a name word,
        # and the initial that goes with it ("will" is in many texts, "will h" in few).
        self._partners: dict[str, set[str]] = {}
        for form in self._names:
            one, other = form.split(" ", 1)
            name_word, initial = (other, one) if len(one) == 1 else (one, other)
            self._partners.setdefault(name_word, set()).add(initial)
        self._words = frozenset(self._partners)
        alternatives = [
            rf"{re.escape(given)} {re.escape(other)}\.?"
            if len(other) == 1
            else rf"{re.escape(given)}(?:\. ?| ){re.escape(other)}"
            for given, other in (form.split(" ", 1) for form in self._names)
        ]
        alternatives.sort(key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w'’.-])(?:" + "|".join(alternatives or [r"(?!x)x"]) + r")(?![\w'’-])"
        )

    def find(self, text: FoldedText) -> list[tuple[int, int, str]]:
        """(start, end, the connection) of each name written this way."""
        words = words_of(text.folded) if text.folded else frozenset()
        if self._words.isdisjoint(words) or not any(
            not self._partners[word].isdisjoint(words) for word in self._words & words
        ):
            return []
        found = []
        for match in self._pattern.finditer(text.folded):
            written = match.group()
            form = " ".join(written.replace(".", " ").split())
            name = self._names.get(form)
            if name is None:
                continue
            given, other = form.split(" ", 1)
            initial_at = match.start() if len(given) == 1 else match.start() + len(given) + 1
            stopped = text.folded.startswith(".", initial_at + 1)
            if stopped or text.original_text(initial_at, initial_at + 1).isupper():
                end = initial_at + 1 if len(other) == 1 else match.end()  # no full stop
                found.append((match.start(), end, name))
        return found


# A surname written alone names a connection from this length on; shorter ones ("Kim",
# "Chen", "Rao") are as often first names, and need a title ("Dr Chen").
_SURNAME_ALONE_LENGTH = 5

# Words around a name that are not part of it: titles before ("Dr Petrova"), honorifics
# after ("Tanaka-san", "Verma-ji"), as name_key spells them.
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "herr", "frau"}
    | {"sr", "sra", "don", "dona", "dott"}
)
_HONORIFICS = frozenset({"san", "sama", "kun", "chan", "sensei", "ji", "sahab", "saab"})


def _without_titles(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in _HONORIFICS:
        words = words[:-1]
    return " ".join(words)


class _NicknamedNames:
    """Connections named by another form of the first name and the full surname ("Rach
    Stein" for Rachel Stein, "Sammy Patel" for Sam Patel, "Dave Nguyen" for David Nguyen),
    or with a middle name or initial between ("Rahul K. Verma", "Priyanka Devi Shah"), for
    surnames only one connection has."""

    def __init__(self, by_key: dict[str, str]) -> None:
        by_surname: dict[str, list[tuple[str, str]]] = {}
        for key, name in by_key.items():
            words = key.split()
            if len(words) >= 2 and len(words[-1]) >= 3:
                by_surname.setdefault(words[-1], []).append((words[0], name))
        # surname -> (first name, the connection, a pattern of a word then the surname)
        self._by_surname: dict[str, tuple[str, str, re.Pattern[str]]] = {}
        for surname, people in by_surname.items():
            if len(people) == 1:
                first, name = people[0]
                # one or two words before the surname, which may end in a possessive
                written = (
                    rf"(?<![\w'’-])((?:[^\W\d_]+\.? ){{1,2}}){re.escape(surname)}"
                    rf"(?:(?='s(?![\w'’-]))|(?![\w'’-]))"
                )
                self._by_surname[surname] = (first, name, re.compile(written))
        self._surnames = frozenset(self._by_surname)

    def find(self, text: FoldedText) -> list[tuple[int, int, str]]:
        words = words_of(text.folded) if text.folded else frozenset()
        if self._surnames.isdisjoint(words):
            return []  # the usual case: no connection's surname at all
        found = []
        present = self._surnames & words
        for surname in present:
            first, name, pattern = self._by_surname[surname]
            for match in pattern.finditer(text.folded):
                start = self._start_of_name(text, match, first)
                if start is not None:
                    found.append((start, match.end(), name))
        return found

    @staticmethod
    def _start_of_name(text: FoldedText, match: re.Match[str], first: str) -> int | None:
        """Where the name before the surname starts: the word right before it another
        form of the first name, or the word before a middle name or initial the first
        name itself or another form of it. None when neither."""
        before = match.group(1).split()
        starts = [m.start() for m in re.finditer(r"\S+", match.group(1))]
        if _is_short_form(before[-1], first):
            return match.start() + starts[-1]
        if len(before) < 2:
            return None
        given = before[0]
        if given.endswith(".") or not (given == first or _is_short_form(given, first)):
            return None
        middle_at = match.start() + starts[1]
        # A middle name or initial is written with a capital ("Rahul K. Verma"), so that
        # "Priya and Shah" or "told Sam Patel" does not make one of a small word.
        if not text.original_text(middle_at, middle_at + 1).isupper():
            return None
        return match.start()

    def resolve(self, key: str) -> str | None:
        """The connection a referrer's name key ("dave nguyen", "rahul k verma") names by
        another form of the first name or with middle names, or None."""
        words = key.split()
        if len(words) < 2 or len(words) > 4 or words[-1] not in self._by_surname:
            return None
        first, name, _pattern = self._by_surname[words[-1]]
        given = words[0]
        if (given == first and len(words) > 2) or _is_short_form(given, first):
            return name
        return None


# Endings of pet forms: "Sammy", "Charlie", "Gabi"; also those that change the name's own
# last letters ("Sue" -> "Suzie", "Susie"), which the rules' greeting test reads.
PET_FORM_ENDINGS = ("ie", "y", "ee", "i")


def _is_short_form(word: str, first: str) -> bool:
    """Another form of a first name, not another name: its start ("Rach", "Pat", "Hiro"),
    the name with a pet ending ("Sammy", "Benny"), a start of it with one ("Charlie" for
    Charlotte), or a form given_names lists ("Jim" for James). "Samir" is not Sam, nor
    "Kyle" Kylie."""
    if word == first:
        return False
    if are_forms_of_one_name(word, first):  # "Dave" for David, "Georgios" for George
        return True
    if len(first) < 3:
        return False
    if len(word) >= 3 and first.startswith(word):
        return True
    for ending in PET_FORM_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if stem in (first, first + first[-1]) or (len(stem) >= 3 and first.startswith(stem)):
            return True
    return False


def _same_person_spelling(key: str, known: str) -> bool:
    """A typo in a person's name, not another person: the same parts, each at most one
    slip away, two letters swapped counting as one ("Sophie Martni", "Hamish McLoed").
    Not a slip that leaves a name of three letters ("Kylie Tan" is not Kylie Tran: Tan,
    Lee, Kim are names of their own), nor the known name with an "s" ("Sophie Martins"
    is not Sophie Martin: Martins, Roberts, Williams are surnames too)."""
    words, known_words = key.split(), known.split()
    if len(words) != len(known_words):
        return False
    return all(_same_name_word(word, other) for word, other in zip(words, known_words, strict=True))


def _same_name_word(word: str, known: str) -> bool:
    if word == known:
        return True
    if len(known) < 4 or len(word) < 4 or word == known + "s":
        return False
    return OSA.distance(word, known, score_cutoff=1) <= 1


@dataclass(frozen=True, slots=True)
class RecipientNames:
    first: str
    surname: str
    full: str
    nicknames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompiledProfile:
    profile: ProfileInput
    entities: EntityMatcher
    people: PersonMatcher
    recipient: RecipientNames

    recipient_pattern: re.Pattern[str]
    words_to_ignore_in_stock_text: frozenset[str]
    current_organisations: frozenset[str]  # canonical names

    def is_recipient_word(self, folded_word: str) -> bool:
        names = self.recipient
        return folded_word in (names.first, names.surname) or folded_word in names.nicknames


def _recipient_names(profile: ProfileInput) -> RecipientNames:
    full = name_key(profile.full_name)
    parts = full.split()
    first = name_key(profile.first_name) or (parts[0] if parts else "")
    surname = parts[-1] if len(parts) > 1 else ""
    nicknames = tuple(name_key(n) for n in profile.nicknames if name_key(n))
    return RecipientNames(first, surname, full, nicknames)


# Titles before a surname, in en, es, pt, de, fr, it, nl, pl, cs and Vietnamese ("ông", "bà").
_HONORIFIC = (
    r"(?:mr|ms|mrs|miss|dr|mx|sr|sra|herr|frau|mme|madame|monsieur|signora|signor|dott|don|dona|"
    r"senhor|senhora|meneer|mevrouw|mevr|dhr|pan|pani|pane|ong|ba)\.?"
)


def _recipient_pattern(names: RecipientNames) -> re.Pattern[str]:
    """The recipient's full name, first name, nicknames, or surname after a title."""
    options = [_alias_pattern(n) for n in (names.full, names.first, *names.nicknames) if n]
    if names.surname:
        options.append(rf"{_HONORIFIC}\s+{_alias_pattern(names.surname)}")
    return _names_pattern(options, rf"(?!{_NAME_LETTER}|')")


def _words_to_ignore(names: RecipientNames) -> frozenset[str]:
    own = {names.first, names.surname, *names.full.split(), *names.nicknames}
    return frozenset(GREETING_WORDS | {w for w in own if w})


_RECENT_LIMIT = 64
_recent: dict[int, tuple[ProfileInput, CompiledProfile]] = {}


def compile_profile(profile: ProfileInput) -> CompiledProfile:
    """Everything about a profile the rules need, built once and reused.

    Hashing a profile walks all its tuples, so profiles seen recently are found by
    identity first; equal profiles built elsewhere still share one compiled copy.
    """
    recent = _recent.get(id(profile))
    if recent is not None and recent[0] is profile:
        return recent[1]
    compiled = _compile_profile(profile)
    if len(_recent) >= _RECENT_LIMIT:
        _recent.clear()
    _recent[id(profile)] = (profile, compiled)
    return compiled


@lru_cache(maxsize=256)
def _compile_profile(profile: ProfileInput) -> CompiledProfile:
    entries = [(a, ORGANISATION) for a in profile.organisations]
    entries += [(a, SCHOOL) for a in profile.schools]
    entries += [(a, GROUP) for a in profile.groups]
    recipient = _recipient_names(profile)
    return CompiledProfile(
        profile=profile,
        entities=EntityMatcher(entries),
        people=PersonMatcher(profile.connections),
        recipient=recipient,
        recipient_pattern=_recipient_pattern(recipient),
        words_to_ignore_in_stock_text=_words_to_ignore(recipient),
        current_organisations=frozenset(a.name for a in profile.organisations if a.current),
    )
