"""The page rules of ``data/page_rules.yaml``, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rashomon.data import load_yaml


@dataclass(frozen=True)
class PageRules:
    """Compiled patterns for categories, tags, chrome, captions and datelines."""

    categories: tuple[re.Pattern[str], ...]
    tags: tuple[re.Pattern[str], ...]
    chrome: tuple[re.Pattern[str], ...]
    sections: tuple[re.Pattern[str], ...]
    published_line: re.Pattern[str]
    trailing_credit: re.Pattern[str]
    credit_markers: tuple[re.Pattern[str], ...]
    caption_prefixes: tuple[re.Pattern[str], ...]
    credit_line: re.Pattern[str]
    dateline: re.Pattern[str]
    place_in_capitals: re.Pattern[str]
    caption_xpath: str
    navigation_xpath: str
    generic_site_names: frozenset[str]
    stamp_words: frozenset[str]


def _compile(patterns: list[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@cache
def page_rules() -> PageRules:
    """Load and compile the page rules."""
    raw = load_yaml("page_rules.yaml")
    captions = raw["captions"]
    return PageRules(
        categories=_compile(raw["categories"]),
        tags=_compile(raw["tags"]),
        chrome=_compile(raw["chrome"]),
        sections=_compile(raw["sections"]),
        published_line=re.compile(raw["published_line"], re.IGNORECASE),
        trailing_credit=re.compile(captions["trailing_credit"]),
        credit_markers=_compile(captions["credit_markers"]),
        caption_prefixes=_compile(captions["prefixes"]),
        credit_line=re.compile(captions["credit_line"], re.IGNORECASE),
        dateline=re.compile(raw["dateline"]),
        place_in_capitals=re.compile(raw["place_in_capitals"]),
        caption_xpath=captions["html_xpath"],
        navigation_xpath=raw["navigation_xpath"],
        generic_site_names=frozenset(n.lower() for n in raw["generic_site_names"]),
        stamp_words=frozenset(w.lower() for w in raw["stamp_words"]),
    )
