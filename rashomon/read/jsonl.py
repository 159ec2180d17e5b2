"""JSON and JSONL articles: objects with ``text`` (or ``html``) and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rashomon.errors import Errors, RashomonError

FIELDS = ("text", "html", "title", "url", "published", "date", "publisher", "id", "path")


def looks_like_json(text: str) -> bool:
    """Whether ``text`` starts like a JSON object or array."""
    return text.lstrip()[:1] in ("{", "[")


def iter_json_articles(text: str, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, article)`` from a JSON object, a JSON array or JSONL text.

    Raises a one-line ``RashomonError`` naming the line of the first bad record.
    """
    stripped = text.strip()
    whole: Any = None
    if stripped.startswith("[") or "\n" not in stripped:
        try:
            whole = json.loads(stripped)
        except json.JSONDecodeError as error:
            if stripped.startswith("["):
                raise RashomonError(
                    Errors.R006, what=what, line=error.lineno, reason=error.msg
                ) from None
    if whole is not None:
        items = whole if isinstance(whole, list) else [whole]
        for number, item in enumerate(items, start=1):
            yield number, _validated(item, what, number)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise RashomonError(Errors.R006, what=what, line=number, reason=error.msg) from None
        yield number, _validated(item, what, number)


def _validated(item: Any, what: str, line: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise RashomonError(Errors.R006, what=what, line=line, reason="not a JSON object")
    body = item.get("text") or item.get("html")
    if not isinstance(body, str) or not body.strip():
        raise RashomonError(Errors.R007, what=what, line=line)
    for field in FIELDS:
        value = item.get(field)
        if value is not None and not isinstance(value, str):
            raise RashomonError(Errors.R011, what=what, line=line, field=field)
    return item
