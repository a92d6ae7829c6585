"""The recipient's name written in another script: "नमस्ते प्रिया", "トムさん", "Том".

The name patterns (matching.py) look for the name as the profile spells it, in Latin
letters. A note in Hindi, Japanese, Russian, Tamil or Thai writes it in its own script.
Each word in a script that writes its vowels is romanised (anyascii) and compared with
the first name and the nicknames. Only exact matches count, after the honorific is taken
off ("-san", "-ji"). A near match would also take "प्रिय" ("dear", romanised "priy") for
Priya. Scripts that leave short vowels out (Arabic, Hebrew, Urdu) are not read: "توم"
romanises as "twm", and so do other words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

# Runs of letters in the scripts read here: Greek, Cyrillic, Devanagari, Bengali, Tamil,
# Telugu, Kannada, Malayalam, Thai and Hangul; katakana apart from hiragana, which is how
# Japanese sets a foreign name off from the "さん" after it.
_OTHER_SCRIPT_WORD = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0c00-\u0c7f"
    "\u0c80-\u0cff\u0d00-\u0d7f\u0e00-\u0e7f\uac00-\ud7af]+|[\u30a0-\u30ff]+"
)
_KANA = re.compile("[\u30a0-\u30ff]")
# Honorifics written onto the name: Japanese -san, -sama, -kun, -chan, -sensei; Hindi -ji;
# Korean -nim, -ssi.
_HONORIFIC = re.compile(r"(?:san|sama|kun|chan|sensei|ji|nim|ssi)$")
# Japanese writes a vowel after every consonant: "トム" is "tomu", "プリヤ" "puriya".
_KANA_VOWEL = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])u(?=[bcdfghjklmnpqrstvwxz]|$)")
_NOT_A_LETTER = re.compile(r"[^a-z]")


def romanised(word: str) -> str:
    """A word of another script in Latin letters, lower case, honorific taken off."""
    latin = _NOT_A_LETTER.sub("", anyascii(word).lower())
    if _KANA.search(word):
        latin = _KANA_VOWEL.sub("", latin)
    stripped = _HONORIFIC.sub("", latin)
    return stripped if len(stripped) >= 3 else latin


def find_name(text: str, names: Iterable[str]) -> tuple[int, int] | None:
    """The span of the first word in another script that is one of the names."""
    wanted = {name for name in names if len(name) >= 3}
    if not wanted or text.isascii():
        return None
    for match in _OTHER_SCRIPT_WORD.finditer(text):
        if romanised(match.group()) in wanted:
            return match.start(), match.end()
    return None
