"""The rules: each function reads the invitation and records what it finds."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from . import patterns as p
from . import transliteration
from .evidence import HEADLINE, MESSAGE, RECIPIENT, Evidence
from .given_names import are_forms_of_one_name
from .matching import (
    GROUP,
    ORGANISATION,
    PET_FORM_ENDINGS,
    SCHOOL,
    CompiledProfile,
    Entity,
    Mention,
    name_key,
    names_another_entity,
)
from .normalise import FoldedText, fold_plain
from .prefilter import GatedPatterns

_CONTEXT = 40
_HYPOTHETICAL_WINDOW = 25
_KIND_TO_REASON = {ORGANISATION: "same_organisation", SCHOOL: "alumni", GROUP: "shared_group"}
# Capitalised words after a name that do not make it another entity: a legal form after
# a full two-word name ("Globex Cloud Inc."; "Globex Corporation" may be another firm) or
# an event the body holds ("the UKIRN Summit", "PTF Jahrestagung"). Only capitalised or
# upper-case forms matter (a lower-case word never starts another name).
_LEGAL_FORMS = "Inc|Ltd|LLC|GmbH|Pty|SpA|Srl|Plc|PLC|LLP"
_EVENT_NOUNS = "|".join(
    spelling
    for word in (
        *("conference", "summit", "awards", "award", "meetups", "meetup", "meet-up", "dinner"),
        *("lunch", "breakfast", "gala", "events", "event", "roundtable", "workshop", "webinar"),
        *("offsite", "kickoff", "kick-off", "festival", "jahrestagung", "tagung", "konferenz"),
        *("treffen", "veranstaltung", "stammtisch", "kongress", "bijeenkomst", "congres"),
        *("drinks", "party", "christmas", "xmas", "mixer", "social", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday", "unconference", "barcamp"),
        # German capitalises every noun: "beim WiB Victoria Frühstück"
        *("frühstück", "abend", "abendessen", "mittagessen", "sommerfest", "weihnachtsfeier"),
    )
    for spelling in (word.capitalize(), word.upper())
)
_NEUTRAL_AFTER_NAME = re.compile(
    rf"[A-Z][\w&'-]* [A-Z][\w&'-]* (?P<neutral>{_LEGAL_FORMS})\b|"
    rf"(?<=\w )(?P<event>{_EVENT_NOUNS})\b"
)
# A cheap test first: most texts have none of these words.
_NEUTRAL_GATE = re.compile(rf" (?:{_LEGAL_FORMS}|{_EVENT_NOUNS})\b")


def _lower_neutral_word(match: re.Match[str]) -> str:
    group = "neutral" if match.group("neutral") else "event"
    keep = match.start(group) - match.start()
    return match.group()[:keep] + match.group(group).lower()


def _sentence_before(text: str, position: int, limit: int) -> str:
    window = text[max(0, position - limit) : position]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return window[cut + 1 :]


def _original_position(text: FoldedText, folded_position: int) -> int:
    if text.origin is None:
        return folded_position
    if folded_position >= len(text.origin):
        return len(text.original)
    return text.origin[folded_position]


# --- organisations, schools and groups -----------------------------------------------------


def _with_neutral_words_lowered(text: FoldedText) -> FoldedText:
    """The same text with legal forms and event nouns in lower case (same offsets), so
    the matcher does not take them for the start of another name."""
    if not _NEUTRAL_GATE.search(text.original):
        return text  # the usual case: skip the regex, which tries every position
    lowered = _NEUTRAL_AFTER_NAME.sub(_lower_neutral_word, text.original)
    if lowered == text.original:
        return text
    return FoldedText(lowered, text.folded, text.origin)


# An article elided onto a name: Italian "dell'UKIRN", French "l'Initech", "d'Initech".
_ELISION = re.compile(r"\b(l|d|dell|all|nell|dall|sull|del|dal|un|qu)'(?=[^\W\d_])")


def _with_elisions_spaced(text: FoldedText) -> FoldedText:
    """The text for the name matcher, with an elided article's apostrophe a space (same
    offsets): a name may not follow an apostrophe ("o'brien" is no "brien"), but
    "dell'UKIRN" names UKIRN. The cue patterns still read the note as written."""
    if "'" not in text.folded:
        return text
    spaced = _ELISION.sub(r"\1 ", text.folded)
    return text if spaced == text.folded else FoldedText(text.original, spaced, text.origin)


def find_affiliations_in_message(evidence: Evidence, profile: CompiledProfile) -> None:
    text = _with_neutral_words_lowered(evidence.message)
    # Names the headline used as the start of another body's ("Broker, Southern Cross
    # Insurance Brokers"): read before the note adds its own.
    in_headline_as_another = set(evidence.names_of_others)
    names = profile.entities.mentions(_with_elisions_spaced(text), evidence.names_of_others)
    mentions = list(names)
    if not mentions:
        return
    # A short name the sender also uses as part of another one ("UT alum - well, UT
    # Dallas"; a headline "Student at UT Dallas") is taken to mean that other one.
    acronyms = [m for m in mentions if _is_short_name(text, m)]
    for mention in mentions:
        if (mention in acronyms or _is_alum_of(text, mention)) and _mention_key(
            text, mention
        ) in evidence.names_of_others:
            continue  # "Southern Cross alum" from a student of Southern Cross University
        key = _mention_key(text, mention)
        if (
            mention.entity.kind == ORGANISATION  # a group's name in a headline runs on into a role
            and key in in_headline_as_another
            and key != name_key(mention.entity.canonical)
        ):
            continue  # "a fellow Southern Cross person", from Southern Cross Insurance Brokers
        reason = _KIND_TO_REASON[mention.entity.kind]
        canonical = mention.entity.canonical
        reading = _reading_of(text, mention)
        if reading == CLAIM:  # verifying records the name too
            evidence.verify_folded(reason, MESSAGE, mention.start, mention.end, canonical)
            continue
        evidence.name(MESSAGE, mention.start, mention.end, reason, canonical)
        if reading == NOT_A_CLAIM:
            evidence.ruled_out.add(reason)


def _is_alum_of(text: FoldedText, mention: Mention) -> bool:
    alum = p.ALUM_AFTER.match(text.folded, mention.end)
    return mention.entity.kind == ORGANISATION and alum is not None


def _mention_key(text: FoldedText, mention: Mention) -> str:
    return name_key(text.folded[mention.start : mention.end])


def _is_short_name(text: FoldedText, mention: Mention) -> bool:
    # An acronym: "UT", "SCB", a school's place name ("Leeds", "Melbourne") or an
    # organisation's one word ("Initech"), which the note or headline may go on to use
    # for another body ("fellow Leeds grad - well, Leeds Beckett"; "Recruiter, Brightwater
    # Homes"). A full name ("UT Austin") is never ambiguous this way; event nouns and
    # weekdays after a name ("the Hadley Christmas party") are lowered before this
    # (_with_neutral_words_lowered), so they start no other name.
    written = text.original_text(mention.start, mention.end)
    if _is_acronym(written):
        return True
    if mention.entity.kind == ORGANISATION:
        return " " not in written
    return (
        mention.entity.kind == SCHOOL
        and " " not in written
        and not p.SCHOOL_WORDS.search(text.folded[mention.start : mention.end])
    )


def _is_acronym(written: str) -> bool:
    return written.isupper() and " " not in written and len(written) <= 5


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around start:end begins, and where its closing mark stands (the
    text's end when it has none)."""
    left = max(folded.rfind(mark, 0, start) for mark in ".!?\n") + 1
    rights = [i for i in (folded.find(mark, end) for mark in ".!?\n") if i != -1]
    return left, min(rights) if rights else len(folded)


def _sentence_around(folded: str, start: int, end: int) -> str:
    left, right = _sentence_bounds(folded, start, end)
    return folded[left:right]


# What a mention of one of the profile's names says about the sender: that they share
# it, that they do not (a wish, someone else's, the recipient's own), or nothing either way.
CLAIM, NOT_A_CLAIM, UNSAID = "claim", "not a claim", "unsaid"


def _reading_of(text: FoldedText, mention: Mention) -> str:
    """Whether a mention says the sender shares the affiliation (not just names it)."""
    folded = text.folded
    before = folded[max(0, mention.start - _CONTEXT) : mention.start]
    # Wishes and other people's affiliations run long ("thinking about moving to Austin
    # and joining"): they are read back to the start of the sentence.
    sentence_before = _sentence_before(folded, mention.start, 2 * _CONTEXT)
    if p.ASPIRATION_BEFORE.search(sentence_before):
        return NOT_A_CLAIM  # "I'd love to work at Globex" is a wish, not a shared past
    if p.INTRODUCTION_TO_BEFORE.search(sentence_before):
        return NOT_A_CLAIM  # "introduce me to whoever runs events at X": someone else's
    if p.JOKING_BEFORE.search(before):
        return NOT_A_CLAIM  # "practically a King's alum", "an honorary SCB alumnus"
    if _not_the_senders_own(folded, mention.end, before):
        return NOT_A_CLAIM  # "PTF members get 10% off", "as a member of the APUG you qualify"
    if p.ON_THE_RECIPIENTS_PROFILE.match(folded, mention.end):
        # "saw KCL on your profile" is the recipient's, unless the sender goes on to
        # share it ("- I did my BSc there", "I'm in PTF too")
        sentence = _sentence_around(folded, mention.start, mention.end)
        if not (p.STUDY_CUES.search(sentence) or p.ALSO_NEARBY.search(sentence)):
            return NOT_A_CLAIM
    if p.TAKEN_BACK_AFTER.match(folded, mention.end):
        return NOT_A_CLAIM  # "fellow IIT Madras... just kidding, I'm from NIT Trichy"
    if p.DENIED_BEFORE.search(before):
        if p.NO_LONGER_AFTER.match(folded, mention.end):
            return CLAIM  # "not at Initech any more": the sender was there
        return NOT_A_CLAIM  # "I didn't study at KCL myself"
    # "my daughter studies at UT", "my son has just started a commerce degree at Monash":
    # the sender does not.
    if p.SOMEONE_ELSE_BEFORE.search(sentence_before):
        return NOT_A_CLAIM
    kind = mention.entity.kind
    if kind == GROUP:
        return _reading_of_group(folded, mention, before)
    if kind == SCHOOL:
        if p.PLACE_AFTER.match(folded, mention.end):
            return NOT_A_CLAIM
        # "KCL's life sciences faculty" names a part of the school, not the sender's
        # study there; "Monash's alumni night" still says it.
        if folded.startswith("'s", mention.end):
            after = folded[mention.end : mention.end + _CONTEXT]
            if not p.STUDY_CUES.search(after):
                return NOT_A_CLAIM
        return _reading_of_school(text, mention, before, sentence_before)
    after = folded[mention.end : mention.end + _CONTEXT]
    after_match = p.ORGANISATION_AFTER.match(after)
    # "a demo for the Northwind TA team": the recipient's team
    recipients_team = bool(after_match and p.RECIPIENT_TEAM_BEFORE.search(before))
    if p.WORKED_UNDER_RECIPIENT_BEFORE.search(sentence_before):
        return CLAIM  # "I was one of your SDRs at X": the sender was there too
    if p.ALUM_AFTER.match(after) and _alum_of_a_school_so_named(text, mention):
        return NOT_A_CLAIM  # "Southern Cross alum - studied business at Lismore"
    second_person = p.SECOND_PERSON_BEFORE.search(before)  # "you were at X"
    said_by_sender = (after_match and not recipients_team) or p.ORGANISATION_BEFORE.search(before)
    if said_by_sender and not second_person:
        return CLAIM
    return NOT_A_CLAIM if recipients_team or second_person else UNSAID


def _alum_of_a_school_so_named(text: FoldedText, mention: Mention) -> bool:
    """Whether an "alum" of one of the recipient's organisations studied at a school of
    that name: the sentence speaks of study, not work ("Southern Cross alum - studied
    business up at Lismore"). (A headline naming the school, "Student, Southern Cross
    University", is read in find_affiliations_in_message.)"""
    return bool(p.STUDIED_CUES.search(_sentence_around(text.folded, mention.start, mention.end)))


def _not_the_senders_own(folded: str, end: int, before: str) -> bool:
    """Whether a name is the audience of an offer or its sponsor ("PTF members get 10%
    off", "a special offer for WiBV members", "as an SLA sponsor"), the recipient's ("as a
    member of the APUG you qualify", "as a Monash grad you'll appreciate"), a customer of
    the sender's ("I sold HSA its printers", "we supply staff to a few Northwind sites",
    "I was at SCB too! Well, as a customer", "I look after the Globex relationship"), its
    competitor ("Globex's biggest rival") or a school only hoped for ("KCL is on my
    list"), not the sender's own."""
    return bool(
        p.AUDIENCE_AFTER.match(folded, end)
        or p.AUDIENCE_BEFORE.search(before)
        or p.AS_THE_RECIPIENT_BEFORE.search(before)
        or (p.AS_A_BEFORE.search(before) and p.YOU_AFTER.match(folded, end))
        or p.CUSTOMER_BEFORE.search(before)
        or p.OTHER_PARTY_AFTER.match(folded, end)
        or p.ACCOUNT_AFTER.match(folded, end)
        or p.WISH_AFTER.match(folded, end)
        or p.OTHERS_BEFORE.search(before)
        or p.OTHERS_AFTER.match(folded, end)
    )


def _reading_of_group(folded: str, mention: Mention, before: str) -> str:
    """Naming the recipient's group is common ground either way ("saw your comment in the
    PTF thread" is read by a member), unless the sender says otherwise (see
    _not_in_the_group) or names it as the recipient's alone ("you're in the SLA group,
    right?"; "you're in PTF too?" is shared)."""
    if _not_in_the_group(folded, mention.start, mention.end):
        return NOT_A_CLAIM
    if p.RECIPIENTS_GROUP_BEFORE.search(before):
        sentence = _sentence_around(folded, mention.start, mention.end)
        if not p.ALSO_NEARBY.search(sentence):
            return NOT_A_CLAIM
    return CLAIM


def _not_in_the_group(folded: str, start: int, end: int) -> bool:
    """Whether the note says the sender is not in the group ("not a member myself"), or
    the sentence naming it says they only watched it online ("saw the APUG meetup on
    YouTube")."""
    if p.NOT_A_MEMBER.search(folded):
        return True
    sentence = _sentence_around(folded, start, end)
    return bool(p.WATCHED_ONLINE.search(sentence)) and not p.MEMBER_WORDS.search(sentence)


def _reading_of_school(
    text: FoldedText, mention: Mention, before: str, sentence_before: str
) -> str:
    if p.WORK_CONTEXT_BEFORE.search(sentence_before):
        # "I lecture in the sales unit at Monash": staff, not a student; unless the
        # sentence goes on to say so ("I coordinate a subject at KCL (did my MBA there)")
        rest = _sentence_around(text.folded, mention.start, mention.end)
        rest = rest[rest.find(text.folded[mention.start : mention.end]) :]
        if not p.STUDIED_THERE_AFTER.search(rest):
            return NOT_A_CLAIM
    if p.STAFF_AFTER.match(text.folded, mention.end):
        return NOT_A_CLAIM  # "KCL careers team here": staff too
    if p.VISITING_BEFORE.search(before):
        return NOT_A_CLAIM  # "a researcher from Bologna visiting UT": a guest there
    if _is_town_after(text.folded, mention.start, text.folded[mention.start : mention.end]):
        return NOT_A_CLAIM  # "grew up in Leeds": the town
    sentence = _sentence_around(text.folded, mention.start, mention.end)
    at_an_event = p.VENUE_BEFORE.search(before) or (
        p.AT_THE_BEFORE.search(before) and p.VENUE_AFTER.match(text.folded, mention.end)
    )
    if at_an_event and not p.ALUMNI_WORDS.search(sentence):
        return NOT_A_CLAIM
    if p.SECOND_PERSON_BEFORE.search(before) and not p.ALSO_NEARBY.search(sentence):
        return NOT_A_CLAIM
    written = text.original_text(mention.start, mention.end)
    looks_like_a_school = p.SCHOOL_WORDS.search(text.folded[mention.start : mention.end]) or (
        written.isupper() and len(written) <= 6
    )
    # A bare place name ("Leeds", "Monash") needs some sign of study around it.
    return CLAIM if looks_like_a_school or p.STUDY_CUES.search(sentence) else UNSAID


def find_affiliations_in_headline(evidence: Evidence, profile: CompiledProfile) -> None:
    text = _with_neutral_words_lowered(evidence.headline)
    studies = bool(p.STUDY_WORDS.search(text.folded) or p.HEADLINE_DEGREE.search(text.folded))
    for mention in profile.entities.mentions(text, evidence.names_of_others):
        beside = p.DEGREE_AFTER_SCHOOL.match(text.folded, mention.end)
        if mention.entity.kind == SCHOOL and not (studies or beside):
            evidence.name(HEADLINE, mention.start, mention.end, "alumni", mention.entity.canonical)
            continue  # working at a university is not studying there
        reason = _KIND_TO_REASON[mention.entity.kind]
        if _spelled_out_as_another(text, mention, profile):
            evidence.name(HEADLINE, mention.start, mention.end, reason, mention.entity.canonical)
            continue  # "Standard Chartered (SCB)": another body's initials
        if mention.entity.kind == ORGANISATION and _served_in_headline(text.folded, mention):
            evidence.name(HEADLINE, mention.start, mention.end, reason, mention.entity.canonical)
            continue  # "Vendor to Globex Cloud": a customer, not an employer
        evidence.verify_folded(
            reason, HEADLINE, mention.start, mention.end, mention.entity.canonical
        )


# Capitalised words written just before an acronym in brackets: "Standard Chartered (SCB)"
_SPELLED_OUT = re.compile(r"((?:[A-ZÀ-Þ][\w'&-]*\s+){1,5})\($")


def _spelled_out_as_another(text: FoldedText, mention: Mention, profile: CompiledProfile) -> bool:
    """Whether one of the profile's acronyms is written in brackets after the name it
    stands for, and that name is another body's: "Standard Chartered (SCB)" is not
    Southern Cross Bank; "Southern Cross Bank (SCB)" is."""
    written = text.original_text(mention.start, mention.end)
    if not _is_acronym(written):
        return False
    first, _last = text.original_span(mention.start, mention.end)
    spelled = _SPELLED_OUT.search(text.original[max(0, first - 60) : first])
    if spelled is None:
        return False
    words = spelled.group(1).split()
    initials = "".join(word[0] for word in words).upper()
    if len(initials) < 2 or not written.upper().startswith(initials[: len(written)]):
        return False
    return profile.entities.resolve(" ".join(words), (mention.entity.kind,)) != mention.entity


def _served_in_headline(folded: str, mention: Mention) -> bool:
    before = folded[max(0, mention.start - _CONTEXT) : mention.start]
    return bool(
        p.HEADLINE_SERVES_BEFORE.search(before)
        or p.ACCOUNT_AFTER.match(folded, mention.end)
        or p.OTHER_PARTY_AFTER.match(folded, mention.end)
    )


# --- people ---------------------------------------------------------------------------------


def find_connections(evidence: Evidence, profile: CompiledProfile, sender_key: str) -> None:
    text = evidence.message
    for name, start, end in profile.people.mentions(text):
        if name_key(name) != sender_key and not _only_seen(text.folded, start, end):
            evidence.verify_folded("common_connection", MESSAGE, start, end, name)
    if not p.mentions_any(text.folded, p.REFERRER_HINTS):
        return
    # One scan: a capitalised name with a referral cue right after it ("Rory's wedding",
    # "Noah suggested"); backtracking hands a possessive "'s" to the cue.
    for match in p.REFERRED_PERSON.finditer(text.original):
        start, name = _strip_leading_common_words(match.start(), match.group())
        if not name or _is_not_a_referrer(name, profile, sender_key):
            continue
        if _IN_A_PLACE.search(text.original, max(0, start - 12), start):
            continue  # "a doctor in Yemen and I need your help": a place, not a person
        end = start + len(name)
        if evidence.overlaps_claim(MESSAGE, start, end):
            continue
        connection = profile.people.resolve(name)
        if connection is not None:
            evidence.verify("common_connection", MESSAGE, start, end, connection)
        else:
            evidence.reject("common_connection", MESSAGE, start, end, name)


# "in", "across" or "throughout" right before a capitalised word: a place ("in Yemen").
_IN_A_PLACE = re.compile(r"\b(?:in|across|throughout)\s+$")


def _only_seen(folded: str, start: int, end: int) -> bool:
    """Whether a connection is named only as someone whose post, talk or endorsement the
    sender saw ("saw Noah Kim's talk", "Hannah Wright endorsed you"), which says nothing
    of knowing them."""
    before = folded[max(0, start - _HYPOTHETICAL_WINDOW) : start]
    return bool(p.ONLY_SEEN_AFTER.match(folded, end) or p.ONLY_SEEN_BEFORE.search(before))


def _strip_leading_common_words(start: int, name: str) -> tuple[int, str]:
    words = name.split()
    while words and name_key(words[0]) in p.NOT_A_PERSON:
        start = start + name.index(words[0]) + len(words[0])
        name = name[name.index(words[0]) + len(words[0]) :]
        words = words[1:]
    stripped = name.lstrip()
    return start + len(name) - len(stripped), stripped


def _is_not_a_referrer(name: str, profile: CompiledProfile, sender_key: str) -> bool:
    key = name_key(name)
    if key == sender_key or key == profile.recipient.full:
        return True
    if " " not in key and sender_key.split()[:1] == [key]:
        return True  # the sender's own first name, as in a sign-off
    if all(profile.is_recipient_word(word) for word in key.split()):
        return True
    return profile.entities.resolve(name, (ORGANISATION, SCHOOL, GROUP)) is not None


# --- meeting ---------------------------------------------------------------------------------


_TIME_WE_MET = re.compile(r"(?<!last\s)(?<!first\s)(?<!next\s)\btime\s+(?:that\s+)?$")
# The start of a yes-or-no question: "¿", or a verb before its subject ("did we", "have we").
_QUESTION_START = re.compile(
    r"\s*(?:¿|(?:did|have|had|were|was|do|haven'?t|didn'?t|weren'?t|wasn'?t)\s+(?:we|you|u|i)\b)"
)


def _asked(folded: str, start: int, end: int) -> bool:
    """Whether the words at start:end are in a yes-or-no question ("have we met?", "¿nos
    conocimos en Austin?"), not in a statement with a tag ("we met at KubeCon, remember?")."""
    opening, closing = _sentence_bounds(folded, start, end)
    if folded[closing : closing + 1] != "?":
        return False
    return folded[end : end + 3].lstrip().startswith("?") or bool(
        _QUESTION_START.match(folded, opening)
    )


_SENTENCE_END = re.compile(r"[.!?\n]")


def _clause_after(folded: str, end: int) -> str:
    """The text after `end` to the end of its sentence or a dash ("met you at the lunch -
    we were both at X too I think?" guesses only about X)."""
    _, closing = _sentence_bounds(folded, end, end)
    rest = folded[end : closing + 1]  # with its closing mark: "I think?"
    for mark in (" - ", ";"):
        cut = rest.find(mark)
        if cut != -1:
            rest = rest[:cut]
    return rest


def _taken_back_later(folded: str, end: int, later: int) -> bool:
    """Whether a denial at `later` follows, in the same sentence, what ends at `end`."""
    return end <= later and _SENTENCE_END.search(folded, end, later) is None


# Another person as the one who met the recipient: "my friend Jess met you".
_SOMEONE_ELSE_MET = re.compile(
    r"\b(?:my|our|a)\s+(?:friend|colleague|boss|manager|partner|wife|husband|sister|brother|teammate|"
    r"co-?founder|cousin|daughter|son|mum|mom|dad)\s+(?:[a-z][\w'-]*\s+)?$"
)
# A guess that the recipient was among those met.
_GUESSED_AFTER = re.compile(
    r"\bhope\s+you\s+were\s+(?:one\s+of\s+them|there|among\s+them)\b|\b(?:were|was)\s+you\s+(?:there|one\s+of\s+"
    r"them)\s*\?|"
    # "we met at the awards - or was that someone else?"
    r"\bor\s+was\s+(?:that|it)\s+(?:someone|somebody)\s+else\b"
)
# A guess closing the clause: "we met at the Austin Python Meetup, I think?"
# (only right after the place or event: "best session of the year I think" is an opinion)
_I_THINK_AFTER = re.compile(r"^[^,]{0,40}?,?\s*i\s+think\s*\?")


def find_meetings(evidence: Evidence) -> None:
    folded = evidence.message.folded
    never = list(p.NEVER_MET.finditer(folded))
    if p.WISHED_MEETING.search(folded) or never:
        evidence.ruled_out.add("met_in_person")
    for match in p.MET_IN_PERSON.finditer(folded):
        if any(_taken_back_later(folded, match.end(), other.start()) for other in never):
            continue  # "at the same RecFest as you - wish we'd actually met!"
        if _asked(folded, match.start(), match.end()):
            continue  # "have we met?", "¿nos conocimos en Austin?": asked, not said
        if _TIME_WE_MET.search(folded, max(0, match.start() - 16), match.start()):
            continue  # "must be time we met": a wish
        if _SOMEONE_ELSE_MET.search(folded, max(0, match.start() - 40), match.start()):
            evidence.ruled_out.add("met_in_person")
            continue  # "my friend Jess met you at a conference": she did, not the sender
        if _GUESSED_AFTER.search(_sentence_around(folded, match.start(), match.end())) or (
            _I_THINK_AFTER.search(_clause_after(folded, match.end()))
        ):
            evidence.ruled_out.add("met_in_person")
            continue  # "met so many people at the summit, hope you were one of them"
        if p.TAKEN_BACK_AFTER.match(folded, match.end()):
            evidence.ruled_out.add("met_in_person")  # "we met at the summit... just kidding"
            continue
        if p.HYPOTHETICAL.search(_sentence_before(folded, match.start(), _HYPOTHETICAL_WINDOW)):
            evidence.ruled_out.add("met_in_person")  # "would be great to meet you at..."
            continue
        evidence.verify_folded("met_in_person", MESSAGE, match.start(), match.end(), None)
    if p.HAS_CJK.search(folded):
        for match in p.MET_IN_PERSON_CJK.finditer(folded):
            evidence.verify_folded("met_in_person", MESSAGE, match.start(), match.end(), None)


def find_near_misses(evidence: Evidence) -> None:
    for match in p.NEAR_MISS.finditer(evidence.message.folded):
        evidence.add_folded("near_miss", MESSAGE, match.start(), match.end())
        # Seeing a talk or reading a post is said not to be meeting; what else the note
        # says is left to the rules.
        evidence.ruled_out.add("met_in_person")


# --- claims the profile cannot confirm ----------------------------------------------------------


def find_claimed_affiliations(evidence: Evidence, profile: CompiledProfile) -> None:
    """Names given after a claim cue; verified when the profile has them, else unverified."""
    text = evidence.message
    cue_kinds: tuple[tuple[GatedPatterns, tuple[str, ...]], ...] = (
        (p.SHARED_ORGANISATION_CUES, (ORGANISATION, SCHOOL)),
        (p.SCHOOL_CUES, (SCHOOL, ORGANISATION)),
        (p.GROUP_CUES, (GROUP,)),
    )
    for cues, kinds in cue_kinds:
        for cue in cues.finditer(text.folded):
            position = _original_position(text, cue.end())
            named = p.CLAIMED_NAME.match(text.original, position)
            if named is not None and not _about_someone_else(text.folded, cue.start()):
                name = named.group().rstrip(".,;:!?'")
                if _is_town_after(text.folded, cue.end(), name):
                    continue  # "I also studied in Melbourne (Swinburne)": the town
                _settle_claim(evidence, profile, kinds, named.start(), name)
    for hints, pattern, kinds in (
        (p.ALUMNI_HINTS, p.NAME_BEFORE_ALUMNI_NOUN, (SCHOOL, ORGANISATION)),
        (p.GROUP_HINTS, p.NAME_BEFORE_GROUP_NOUN, (GROUP,)),
    ):
        if not p.mentions_any(text.folded, hints):
            continue
        # "I work in the UniMelb alumni office": staff of the school, not one of its alumni
        of_a_school = kinds[0] == SCHOOL
        for found in pattern.finditer(text.original):
            start, name = _strip_leading_common_words(found.start(1), found.group(1).rstrip())
            before = text.original[max(0, start - _CONTEXT) : start].lower()
            if (
                name
                and not name.endswith(("'s", "’s"))
                and not p.SECOND_PERSON_BEFORE.search(before)
                and not p.SOMEONE_ELSE_BEFORE.search(before)
                and not p.ASPIRATION_BEFORE.search(
                    _sentence_before(text.original, start, 2 * _CONTEXT).lower()
                )
                and not p.JOKING_BEFORE.search(before)
                and not (of_a_school and p.WORK_CONTEXT_BEFORE.search(before))
            ):
                _settle_claim(evidence, profile, kinds, start, name)


def _studied_at_a_namesake(
    evidence: Evidence,
    entity: Entity | None,
    kinds: tuple[str, ...],
    start: int,
    end: int,
    name: str,
) -> bool:
    """Whether an alumni claim naming one of the recipient's organisations is of a school
    by that name: the sentence speaks of study ("Southern Cross alum - studied business
    at Lismore") or the headline names the school ("Southern Cross University")."""
    if entity is None or entity.kind != ORGANISATION or kinds[0] != SCHOOL:
        return False
    if name_key(name) in evidence.names_of_others:
        return True
    sentence = _sentence_around(evidence.message.folded, start, end)
    return bool(p.STUDIED_CUES.search(sentence))


def _starts_another_name(text: FoldedText, name: str) -> bool:
    """Whether the note also writes the name as the start of another one ("Melbourne
    Polytechnic"), for a name the profile's matcher does not look for on its own."""
    key = fold_plain(name)
    return any(
        names_another_entity(text, match.end(), SCHOOL)
        for match in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text.folded)
    )


def _is_town_after(folded: str, position: int, name: str) -> bool:
    """Whether a name right after "studied in", "grew up in"... or before "originally"
    ("I'm from Leeds originally") is a town, not a school."""
    if p.SCHOOL_WORDS.search(name_key(name)):
        return False
    before = folded[max(0, position - _CONTEXT) : position]
    return bool(p.TOWN_BEFORE.search(before) or p.TOWN_AFTER.match(folded, position + len(name)))


def _about_someone_else(folded: str, position: int) -> bool:
    """Whether the words before a claim cue say it is someone else's ("my son studied at"),
    only a wish ("thinking of joining") or denied ("I never studied at")."""
    before = folded[max(0, position - _CONTEXT) : position]
    return bool(
        p.SOMEONE_ELSE_BEFORE.search(before)
        or p.ASPIRATION_BEFORE.search(before)
        or p.DENIED_BEFORE.search(before)
        or p.JOKING_BEFORE.search(before)
    )


def _settle_claim(
    evidence: Evidence, profile: CompiledProfile, kinds: tuple[str, ...], start: int, name: str
) -> None:
    end = start + len(name)
    if evidence.overlaps_claim(MESSAGE, start, end) or name_key(name) in p.NOT_A_GROUP:
        return
    folded = evidence.message.folded
    folded_start, folded_end = evidence.message.folded_span(start, end)
    if kinds[0] == GROUP and _not_in_the_group(folded, folded_start, folded_end):
        return
    before = folded[max(0, folded_start - _CONTEXT) : folded_start]
    if _not_the_senders_own(folded, folded_end, before):
        return  # "King's alumni get a special rate": the audience of an offer
    if p.TAKEN_BACK_AFTER.match(evidence.message.original, end):
        return  # "fellow KCL alum... just kidding"
    entity = _resolve_with_shorter_names(profile, name, kinds)
    may_mean_another = _is_acronym(name) or (
        entity is not None and entity.kind == SCHOOL and " " not in name.strip()
    )
    if (
        may_mean_another
        and (
            name_key(name) in evidence.names_of_others
            or _starts_another_name(evidence.message, name)
        )
    ) or _studied_at_a_namesake(evidence, entity, kinds, folded_start, folded_end, name):
        # "Fellow UT alum - well, UT Dallas", "fellow Leeds grad - well, Leeds Beckett": a
        # claim, of a school the profile lacks.
        evidence.reject(_KIND_TO_REASON[kinds[0]], MESSAGE, start, end, name)
        return
    if entity is not None:
        evidence.verify(_KIND_TO_REASON[entity.kind], MESSAGE, start, end, entity.canonical)
        return
    reason = _KIND_TO_REASON[kinds[0]]
    if kinds[0] == ORGANISATION and p.SCHOOL_WORDS.search(name_key(name)):
        reason = "alumni"
    evidence.reject(reason, MESSAGE, start, end, name)


def _resolve_with_shorter_names(
    profile: CompiledProfile, name: str, kinds: tuple[str, ...]
) -> Entity | None:
    # Only trailing lowercase words may go ("Leeds chemistry"); a capitalised one names
    # another place ("Leeds Beckett" is not "Leeds").
    words = name.split()
    while words:
        entity = profile.entities.resolve(" ".join(words), kinds)
        if entity is not None or not words[-1][:1].islower():
            return entity
        words.pop()
    return None


# --- purpose, pitch, junk ------------------------------------------------------------------------


def find_opportunity(evidence: Evidence) -> bool:
    folded = evidence.message.folded
    matches = list(p.OPPORTUNITY.finditer(folded))
    if p.HAS_CJK.search(folded):
        matches += p.OPPORTUNITY_CJK.finditer(folded)
    for match in matches:
        evidence.add_folded("specific_opportunity", MESSAGE, match.start(), match.end())
    return bool(matches)


def find_pitch(evidence: Evidence) -> bool:
    folded = evidence.message.folded
    if (
        p.SOLICITED.search(folded)
        or p.ASKS_UNPAID_HELP.search(folded)
        or p.RECIPIENT_IS_PAID.search(folded)
    ):
        return False
    matches = list(p.PITCH.finditer(folded))
    if p.HAS_CJK.search(folded):
        matches += p.PITCH_CJK.finditer(folded)
    if len(matches) == 1 and _supplies_the_recipients_firm(evidence, matches[0]):
        return False
    for match in matches:
        evidence.add_folded("pitch", MESSAGE, match.start(), match.end())
    return bool(matches)


def _supplies_the_recipients_firm(evidence: Evidence, match: re.Match[str]) -> bool:
    """Whether the one pitch cue is the sender saying what they already supply to the
    recipient's own firm ("we supply lab consumables to Northwind's Cambridge site"): an
    existing tie, said without an offer, is not a pitch. ("We provide software to pharma
    companies and I'd love to show Northwind a demo" names the firm as a prospect.)"""
    if not p.SUPPLIER_SAYS.match(match.group()):
        return False
    folded = evidence.message.folded
    return any(
        kind == "same_organisation"
        and start >= match.end()
        and p.CUSTOMER_BEFORE.search(folded[match.start() : start]) is not None
        for start, _end, kind, _canonical in evidence.names[MESSAGE]
    )


def find_spam(evidence: Evidence) -> bool:
    folded = evidence.message.folded
    scams = [m for m in p.SCAM_STRONG.finditer(folded) if not _warned_against(folded, m.start())]
    strong = [*scams, *p.ABUSE.finditer(folded)]
    weak = list(p.SCAM_WEAK.finditer(folded))
    if p.HAS_CJK.search(folded):
        strong += p.SCAM_CJK.finditer(folded)
        weak += p.SCAM_WEAK_CJK.finditer(folded)
    hits = strong if strong else (weak if len(weak) >= 2 else [])
    for match in hits:
        evidence.add_folded("spam", MESSAGE, match.start(), match.end())
    return bool(hits)


# A warning in the same clause just before: "banks will never ask you to share your bank
# details", "don't ever send your password here".
_WARNING_BEFORE = re.compile(
    r"\b(?:never|don'?t|do\s+not|won'?t|will\s+not|no\s+one|nobody|beware)\b[^.!?;,\n]{0,30}$"
)


def _warned_against(folded: str, start: int) -> bool:
    return bool(_WARNING_BEFORE.search(folded, max(0, start - 40), start))


# --- personal and generic ------------------------------------------------------------------------


def find_personal(evidence: Evidence, profile: CompiledProfile) -> bool:
    text = evidence.message
    # The first mention only: the pattern is costly to run to the end of every note.
    match = profile.recipient_pattern.search(text.folded) if text.folded else None
    if match:
        evidence.name(MESSAGE, match.start(), match.end(), RECIPIENT, profile.profile.full_name)
        evidence.add_folded("personal", MESSAGE, match.start(), match.end())
        return True
    names = profile.recipient
    span = transliteration.find_name(text.original, (names.first, *names.nicknames))
    if span is not None:  # "नमस्ते प्रिया", "トムさん"
        evidence.add("personal", MESSAGE, *span)
        return True
    return _greets_by_nickname(evidence, profile.recipient.first, profile.recipient.surname)


def _is_pet_form(word: str, first: str) -> bool:
    """A short or pet form of a first name: "Pri" for Priya, "Tommy" for Tom, "Suzie"
    for Sue."""
    if len(first) < 3:
        return False
    shortened = len(word) >= 3 and first.startswith(word)
    lengthened = word.startswith(first) and len(word) - len(first) <= 3
    return lengthened or shortened or _is_reshaped_pet_form(word, first)


def _is_reshaped_pet_form(word: str, first: str) -> bool:
    """A pet ending on the name's start: "Kathy" (Kath-y), or with the common s/z
    inserted, "Susie" and "Suzy" for Sue, but not "Sunny"."""
    if word == first:
        return False
    for ending in PET_FORM_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        if len(stem) >= 3 and first.startswith(stem):
            return True
        if stem[-1] in "sz" and len(stem) >= 3 and first.startswith(stem[:-1]):
            return True
    return False


def _is_slip_of(word: str, first: str) -> bool:
    """The first name greeted with one letter wrong, missing or swapped ("Hi Pryia"); not
    for a short name, where one letter makes another ("Tim" for Tom)."""
    return len(first) >= 5 and word[:1] == first[:1] and OSA.distance(word, first) == 1


def _greets_by_nickname(evidence: Evidence, first: str, surname: str = "") -> bool:
    """A greeting with a short or pet form of the first name ("Hey Pri", "Hi Tommy"), or
    with the surname alone, as old colleagues do ("oi Becker")."""
    if len(first) < 3:
        return False
    folded = evidence.message.folded
    greeted = [m.span(1) for m in p.GREETING.finditer(folded)]
    opening = re.match(r"\s*([^\W\d_][\w'-]*)[\s,!]", folded)
    candidates = list(greeted)
    if opening:
        if folded[opening.end() - 1] in ",!":
            greeted.append(opening.span(1))  # "Suze! ...": the opening word alone greets
        candidates.append(opening.span(1))
    for start, end in candidates:
        word = folded[start:end]
        # After a greeting, a form of the name its list knows ("Hi Suze"); not as the
        # note's first word, which may be a connection's name ("Thomas Reilly says hi").
        known = (start, end) in greeted and are_forms_of_one_name(word, first)
        if known or _is_pet_form(word, first) or _is_slip_of(word, first) or word == surname:
            evidence.add_folded("personal", MESSAGE, start, end)
            return True
    return False


def _all_stock_words(words: list[str]) -> bool:
    """Every word is a stock-text word, allowing for typos ("profesional", "ad"): one
    unknown word of two letters at most, and longer words one slip from a stock word."""
    unknown = [w for w in words if w not in p.STOCK_WORDS]
    if len(unknown) > 2:
        return False
    short = [w for w in unknown if len(w) <= 2]
    longer = [w for w in unknown if len(w) > 2]
    return len(short) <= 1 and all(p.is_stock_word_typo(w) for w in longer)


def _is_short_cjk_connect_note(folded: str, profile: CompiledProfile) -> bool:
    """A few CJK words asking to connect, with at most the network's name, the
    recipient's name and punctuation besides."""
    if not p.HAS_CJK.search(folded) or not p.CJK_CONNECT.search(folded):
        return False
    rest = p.CJK_PUNCTUATION.sub("", profile.recipient_pattern.sub("", folded))
    rest = rest.replace("linkedin", "")
    latin = [w for w in p.WORD.findall(rest) if w.isascii()]
    return not latin and len(rest) <= p.CJK_STOCK_LIMIT


def is_stock_or_empty(evidence: Evidence, profile: CompiledProfile, sender_key: str) -> bool:
    """Empty, or only the network's stock text with greetings and names around it."""
    text = evidence.message
    if not text.original.strip():
        return True
    if _is_short_cjk_connect_note(text.folded, profile):
        evidence.add("generic", MESSAGE, 0, len(text.original))
        return True
    # (the substring test first: the pattern starts with a boundary, tried at every position)
    formula = "connect" in text.folded and p.CONNECT_FORMULA.search(text.folded) is not None
    if not formula and not p.mentions_any(text.folded, p.NETWORK_HINTS):
        return False
    words = p.WORD.findall(text.folded.replace("'", " "))
    if not formula and p.NETWORK_WORDS.isdisjoint(words):
        return False
    ignored = profile.words_to_ignore_in_stock_text
    sender_words = sender_key.replace("'", " ").split()
    first = profile.recipient.first
    remaining = [
        w
        for w in words
        if w not in ignored and w not in sender_words and not _is_pet_form(w, first)
    ]
    if remaining and _all_stock_words(remaining):
        evidence.add("generic", MESSAGE, 0, len(text.original))
        return True
    return False
