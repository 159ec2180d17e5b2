"""Cardinal numbers written in digits or words ("1200", "twenty-five", "a"), which the
time, events and compare stages all read. The number words are data
(``time_words.yaml``: ``numbers``)."""

from __future__ import annotations

import re
from functools import cache

from rashomon.data import load_yaml


@cache
def _number_words() -> dict[str, int]:
    return load_yaml("time_words.yaml")["numbers"]


_TENS = frozenset(range(20, 100, 10))


def number(text: str) -> float | None:
    """The value of a cardinal written in digits or words ("twenty-five", "a"), or None."""
    text = " ".join(text.lower().split())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    numbers = _number_words()
    if text in numbers:
        return float(numbers[text])
    tens, _, ones = text.partition("-" if "-" in text else " ")  # "twenty-four", "twenty four"
    if tens in numbers and ones in numbers and numbers[tens] in _TENS and 1 <= numbers[ones] <= 9:
        return float(numbers[tens] + numbers[ones])
    return None
