"""Name matching that tolerates transliteration: Kovalchukiy = Kovalchuky = Kovalchukyy."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

from rashomon import settings
from rashomon.nlp.common import lexicon

# Romanisation variants folded to one spelling (BGN/PCGN, Library of Congress, passport and
# French/German transcriptions of the same Cyrillic or Arabic letters).
_FOLDS = (
    ("yy", "y"), ("iy", "y"), ("ij", "y"), ("yi", "i"), ("ii", "i"),
    ("kh", "h"), ("zh", "z"), ("sch", "sh"), ("tch", "ch"), ("dj", "j"),
    ("ou", "u"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("q", "k"),
)  # fmt: skip


@cache
def _article_prefix() -> re.Pattern[str]:
    """The Arabic article written onto a surname ("al-Assad" is "Assad"): the
    ``name_article_prefixes`` of ``actor_words.yaml`` before a hyphen."""
    prefixes = "|".join(sorted(lexicon.words("name_article_prefixes"), key=len, reverse=True))
    return re.compile(rf"^(?:{prefixes})[-‐]", re.I)


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A comparison key: ASCII, lower case, letters only, romanisation variants folded, an
    Arabic article prefix ("al-") dropped."""
    text = re.sub(r"[^a-z ]", "", anyascii(_article_prefix().sub("", name)).lower())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text).strip()


def same_name(a: str, b: str, similarity: int = settings.NAME_SIMILARITY) -> bool:
    """Whether two single names (surnames, given names) are spellings of one name: the
    same when folded, or at least ``similarity`` (rapidfuzz ratio, 0-100) alike."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa[0] != fb[0]:
        return False
    return fa == fb or ratio(fa, fb) >= similarity


def compatible_given_names(
    a: list[str], b: list[str], similarity: int = settings.NAME_SIMILARITY
) -> bool:
    """Given names agree: one side has none, or they match by name or by initial; and
    where both sides write a middle initial, the initials agree ("George W." is not
    "George H. W.", but "Hillary Rodham" is "Hillary Diane Rodham")."""
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        if fold(x)[:1] != fold(y)[:1]:
            return False
    elif not same_name(x, y, similarity):
        return False
    middle_a, middle_b = (_initial(a[1]) if len(a) > 1 else ""), (
        _initial(b[1]) if len(b) > 1 else "")
    return not (middle_a and middle_b and middle_a != middle_b)


def _initial(word: str) -> str:
    """The letter of a middle initial ("W.", "H.W." -> "h"), else "" (a full name)."""
    letters = word.replace(".", "")
    return fold(letters)[:1] if 0 < len(letters) <= 2 and word.endswith(".") else ""


def acronym(name: str) -> str:
    """Initials of the capitalised words, a leading article left out: "Prime Minister's
    Office" -> "PMO", "The Pellin Hurricane Center" -> "PHC"."""
    words = re.findall(r"[A-Z][\w]*", re.sub(r"['’]s\b", "", lexicon.strip_article(name)))
    return "".join(w[0] for w in words)
