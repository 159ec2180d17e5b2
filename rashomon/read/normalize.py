"""Text normalisation that keeps every offset traceable to the input.

The normalised text is what ``Record.text`` holds and what all evidence offsets point into.
Changes are few and local: line breaks unified, exotic spaces made plain spaces, invisible
characters dropped, trailing spaces and runs of blank lines collapsed, rare quote marks
mapped to the usual curly ones, and a space put between a curly quotation mark and the word
it is glued to (“…,”Ruiz said; said,“Look …”), so the word is a word of its own.
``OffsetMap`` maps any normalised offset back to the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_QUOTES = {
    "„": "“",
    "‟": "“",
    "″": "”",
    "〝": "“",
    "〞": "”",
    "‚": "‘",
    "‛": "‘",
    "``": "“",
    "''": "”",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 output can hold: a JSON ``"\\ud800"``,
    an undecodable file name) replaced one for one by U+FFFD, offsets unchanged."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t") + "\x7f"

_PATTERN = re.compile(
    "|".join(
        [
            f"(?P<blank>(?:[ {re.escape(_SPACES)}]*(?:\r\n?|\n)){{3,}})",
            r"(?P<newline>\r\n?)",
            f"(?P<trailing>[ {re.escape(_SPACES)}]+)(?=\r|\n)",
            f"(?P<space>[{re.escape(_SPACES)}])",
            f"(?P<drop>[{re.escape(_INVISIBLE + _CONTROL)}]+)",
            r"(?P<quote>``|''(?=\W|$)|[„‟″〝〞‚‛])",
            r"(?P<open_quote>(?<![^\s(\[{—–/-])''(?=\w))",  # ''Then …: an opening mark
            r"(?P<glued_close>(?<=[,.!?])”(?=[^\W\d_]))",
            r"(?P<glued_open>[,:](?=“[^\W\d_]))",
        ]
    )
)
_REPLACEMENTS = {"newline": "\n", "trailing": "", "space": " ", "drop": "", "blank": "\n\n",
                 "open_quote": "“"}
_GLUED = ("glued_close", "glued_open")  # a mark or comma, then a space


def _replacement(match: re.Match[str]) -> str:
    kind = match.lastgroup or "drop"
    if kind in _GLUED:
        return match.group() + " "
    return _QUOTES[match.group()] if kind == "quote" else _REPLACEMENTS[kind]


@dataclass
class OffsetMap:
    """Maps offsets in normalised text back to the input, from anchors at each change."""

    normalized: list[int] = field(default_factory=lambda: [0])
    original: list[int] = field(default_factory=lambda: [0])

    def to_original(self, offset: int) -> int:
        """The input offset of the character at normalised ``offset``."""
        i = bisect_right(self.normalized, offset) - 1
        return self.original[i] + (offset - self.normalized[i])


def normalize(text: str) -> tuple[str, OffsetMap]:
    """Return the normalised text (stripped at both ends) and its map to ``text``."""
    pieces: list[str] = []
    offsets = OffsetMap()
    lead = len(text) - len(text.lstrip())
    position, out = lead, 0
    offsets.original[0] = lead
    for match in _PATTERN.finditer(text, lead):
        pieces.append(text[position : match.start()])
        out += match.start() - position
        replacement = _replacement(match)
        pieces.append(replacement)
        out += len(replacement)
        position = match.end()
        offsets.normalized.append(out)
        offsets.original.append(position)
    pieces.append(text[position:])
    return "".join(pieces).rstrip(), offsets
